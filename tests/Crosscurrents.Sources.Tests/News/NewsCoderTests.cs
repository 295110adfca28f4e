using Crosscurrents.Core.Events;
using Crosscurrents.Sources.News;

namespace Crosscurrents.Sources.Tests.News;

public sealed class NewsCoderTests
{
    [Fact]
    public void Code_WireReport_ReadsTypePlaceDateDeathsAndActorsWithEvidence()
    {
        var e = NewsTestKit.CodeNew(
            "QUETTA, Nov 9 (Agency) - A suicide bomber struck a crowded platform at Quetta railway station on Saturday morning, " +
            "killing at least 26 people, among them 14 soldiers, police said. About 62 others were injured. " +
            "The Baloch Liberation Army claimed responsibility for the bombing.", "2024-11-09").Single();
        Assert.Equal("suicide_attack", e.EventType);
        Assert.Equal(new DateOnly(2024, 11, 9), e.Date);
        Assert.Equal(("Balochistan", "Quetta"), (e.Province, e.District));
        Assert.Equal("district", e.PlacePrecision);
        Assert.Equal((26, 26, (int?)26), (e.KilledLow!.Value, e.KilledBest!.Value, e.KilledHigh));
        Assert.Equal(62, e.Injured);
        Assert.Equal("bla", e.Actor1);
        Assert.Equal("bla", e.ClaimedBy);
        Assert.Equal("pak-military", e.Actor2);
        Assert.Contains(e.Evidence, x => x.Field == "event_type" && x.Text == "suicide bomber");
        Assert.Contains(e.Evidence, x => x.Field == "killed" && x.Text.Contains("at least 26", StringComparison.Ordinal));
        Assert.Contains(e.Evidence, x => x.Field == "claimed_by" && x.Text.StartsWith("Baloch Liberation Army", StringComparison.Ordinal));
        Assert.All(e.Evidence.Where(x => x.Start > 0), x => Assert.Contains(x.Text, "QUETTA, Nov 9 (Agency) - A suicide bomber struck a crowded platform at Quetta railway station on Saturday morning, killing at least 26 people, among them 14 soldiers, police said. About 62 others were injured. The Baloch Liberation Army claimed responsibility for the bombing.", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("on Saturday", "2024-12-22", "2024-12-21")]
    [InlineData("late on Sunday", "2024-08-27", "2024-08-25")]
    [InlineData("in the early hours of Tuesday", "2023-12-13", "2023-12-12")]
    [InlineData("on Monday", "2024-03-18", "2024-03-18")]
    [InlineData("overnight", "2025-10-12", "2025-10-11")]
    public void Code_RelativeDates_ResolveAgainstTheDateline(string when, string dateline, string expected)
    {
        var d = DateOnly.Parse(dateline, System.Globalization.CultureInfo.InvariantCulture);
        var e = NewsTestKit.CodeNew($"BANNU, {d:MMM d} (Agency) - Militants attacked a police station in Bannu {when}, killing two policemen, officials said.", dateline).Single();
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.Date);
    }

    [Fact]
    public void Code_WeekdayAfterSaid_IsWhenSomeoneSpoke_NotTheEventDate()
    {
        var e = NewsTestKit.CodeNew("QUETTA, March 12 (Agency) - Gunmen abducted 20 passengers from a train near Mach on Tuesday. Officials said on Wednesday that four soldiers had been killed.", "2025-03-12").Single();
        Assert.Equal(new DateOnly(2025, 3, 11), e.Date);
        Assert.Equal("kidnapping", e.EventType);
        Assert.Equal("Kachhi", e.District);
    }

    [Theory]
    [InlineData("killing sixteen soldiers", 16, 16, 16)]
    [InlineData("killing at least 42 people", 42, 42, 42)]
    [InlineData("killing more than 40 people", 40, 40, 40)]
    [InlineData("killing up to 12 people", 12, 12, 12)]
    [InlineData("killing 10 to 15 people", 10, 13, 15)]
    [InlineData("killing between 15 and 20 people", 15, 18, 20)]
    [InlineData("killing twenty-three soldiers", 23, 23, 23)]
    [InlineData("killing 18 people, including 13 civilians and five soldiers", 18, 18, 18)]
    [InlineData("killing five soldiers and thirteen civilians", 18, 18, 18)]
    [InlineData("killing eight people, five of them children", 8, 8, 8)]
    public void Code_Numbers_FollowTheLowBestHighConvention(string phrase, int? low, int best, int? high)
    {
        var e = NewsTestKit.CodeNew($"PESHAWAR, March 18 (Agency) - Militants attacked a checkpoint in Peshawar on Monday, {phrase}, police said.").Single();
        Assert.Equal((low, (int?)best, high), (e.KilledLow, e.KilledBest, e.KilledHigh));
    }

    [Theory]
    [InlineData("The BLA claimed the attack in an email, saying nine soldiers had been killed.")]
    [InlineData("The BLA said its fighters had \"overrun\" the camp and killed nine soldiers.")]
    public void Code_AClaimsFigure_SetsTheHigh_InItsOtherPhrasings(string claim)
    {
        var e = NewsTestKit.CodeNew($"TURBAT, Pakistan (Agency) - Militants attacked an army camp near Turbat on Friday, killing two soldiers, the military said. {claim}", "2024-08-16").Single();
        Assert.Equal(2, e.KilledBest);
        Assert.Equal(9, e.KilledHigh);
    }

    [Fact]
    public void Code_TheLatestInASeriesOfAttacks_KeepsItsOwnToll()
    {
        var e = NewsTestKit.CodeNew("KARACHI, Pakistan (Agency) - Gunmen shot dead a trader and his guard in Karachi on Friday, police said, in the latest in a series of attacks on traders in the city.", "2024-03-15").Single();
        Assert.Equal(2, e.KilledBest);
    }

    [Fact]
    public void Code_NoCasualtiesAmongTheTroops_LeavesTheMilitantsKilled()
    {
        var e = NewsTestKit.CodeNew("QUETTA, Pakistan (Agency) - The Frontier Corps said on Tuesday it had killed four militants in an operation in Kohlu. There were no casualties among the troops, a spokesman said.", "2024-03-12").Single();
        Assert.Equal(4, e.KilledLow);
        Assert.Equal(4, e.KilledBest);
    }

    [Fact]
    public void Code_TheBodiesOfTheTwoAttackers_AreTheAttackersCounted()
    {
        var e = NewsTestKit.CodeNew("TANK, Pakistan (Agency) - Militants attacked a police post in Tank on Monday, killing two policemen. Two of the attackers were shot dead. The bodies of the two attackers were taken to the hospital.", "2024-09-02").Single();
        Assert.Equal(4, e.KilledBest);
    }

    [Fact]
    public void Code_AnUnnamedOfficialsDifferentFigure_IsAnotherAccount()
    {
        var e = NewsTestKit.CodeNew("MIRANSHAH, Pakistan (Agency) - Militants ambushed a convoy in North Waziristan on Sunday, killing two soldiers, the military said. A local official, speaking on condition of anonymity, said five soldiers had died.", "2024-10-06").Single();
        Assert.Equal(2, e.KilledBest);
        Assert.Equal(5, e.KilledHigh);
    }

    [Fact]
    public void Code_AClaimThatSaysHowManyWereKilled_IsAnotherAccount_NotMoreDeaths()
    {
        var e = NewsTestKit.CodeNew("LAKKI MARWAT, Pakistan (Agency) - Gunmen attacked a police post in Lakki Marwat on Tuesday, killing three policemen, officials said. The TTP claimed responsibility in a statement and said 12 policemen had been killed.", "2024-04-09").Single();
        Assert.Equal(3, e.KilledBest);
        Assert.Equal(3, e.KilledLow);
        Assert.Equal(12, e.KilledHigh);
    }

    [Fact]
    public void Code_RanksAndNamesAfterTheToll_AreThePeopleCounted_NotMoreDeaths()
    {
        var e = NewsTestKit.CodeNew("SIBI, June 3 (Agency) - Four FC personnel were martyred when a bomb hit their vehicle near Sibi on Monday. Two personnel, Naik Karim Bakhsh and sepoy Abdul Ghani, were martyred on the spot.", "2024-06-03").Single();
        Assert.Equal(4, e.KilledBest);
    }

    [Fact]
    public void Code_ATruceEndedAsTheAttacksContext_IsBackground_NotNewsOfTheDay()
    {
        var events = NewsTestKit.Code("KOHAT, Pakistan (Agency) - Militants attacked a police station in Kohat on Tuesday, killing two constables, police said. Attacks on the police have risen since the TTP ended a ceasefire with the government late last year.", "2023-02-14");
        Assert.Single(events, e => !e.Background);
        Assert.DoesNotContain(events, e => e.EventType == "ceasefire" && !e.Background);
    }

    [Fact]
    public void Code_BothMenAfterOneNamedVictim_IsTheTwoOfThem_NotThreeDeaths()
    {
        var e = NewsTestKit.CodeNew("CHAMAN, May 6 (Agency) - A tribal leader was shot dead by gunmen in Chaman on Monday, police said. He was standing outside a shop with his driver when the attackers fired. Both men died on the way to hospital.", "2024-05-06").Single();
        Assert.Equal(2, e.KilledBest);
    }

    [Fact]
    public void Code_KilledByFiringAtHim_IsATargetedKilling_AndADayOfItsOwn()
    {
        var events = NewsTestKit.CodeNew("BANNU, June 12 (Agency) - Two policemen were killed when a roadside bomb hit their van in Bannu on Wednesday, officials said.\n\nOn Monday, in Domel, unknown men martyred a school teacher by firing at him outside his house.", "2024-06-12");
        Assert.Contains(events, e => e.EventType == "bombing" && e.KilledBest == 2 && e.Date == new DateOnly(2024, 6, 12));
        Assert.Contains(events, e => e.EventType == "targeted_killing" && e.KilledBest == 1 && e.Date == new DateOnly(2024, 6, 10));
    }

    [Fact]
    public void Code_SeparateFiguresAdd_AndALaterTollReplacesThem()
    {
        var added = NewsTestKit.CodeNew("ZHOB, July 12 (Agency) - Militants attacked a garrison in Zhob on Wednesday, killing nine soldiers. Five militants were killed in the exchange of fire.", "2023-07-12").Single();
        Assert.Equal(14, added.KilledBest);
        var toll = NewsTestKit.CodeNew("KHAR, July 31 (Agency) - The death toll from Sunday's suicide bombing in Bajaur rose to 63 on Monday, officials said.", "2023-07-31").Single();
        Assert.Equal((63, 63, 63), (toll.KilledLow!.Value, toll.KilledBest!.Value, toll.KilledHigh!.Value));
        Assert.Equal(new DateOnly(2023, 7, 30), toll.Date);
    }

    [Fact]
    public void Code_SeveralEventsInOneReport_AreSeparated()
    {
        var events = NewsTestKit.CodeNew("QUETTA, Sept 29 (Agency) - A suicide bomber blew himself up near a procession in Mastung district on Friday, killing at least 52 people. " +
            "In a separate attack, a blast at a mosque in Hangu district killed five worshippers.", "2023-09-29");
        Assert.Equal(2, events.Count);
        Assert.Equal(("suicide_attack", "Mastung"), (events[0].EventType, events[0].District));
        Assert.Equal(("bombing", "Hangu", 5), (events[1].EventType, events[1].District, events[1].KilledBest!.Value));
    }

    [Fact]
    public void Code_ClaimAttributionAndDenial_AreKeptApart()
    {
        var e = NewsTestKit.CodeNew("BANNU, March 4 (Agency) - Suicide bombers attacked the Bannu cantonment on Tuesday, killing 18 people. " +
            "Jaish-e-Fursan-e-Muhammad, which officials link to the Hafiz Gul Bahadur group, claimed responsibility.", "2025-03-04").Single();
        Assert.Equal(("ttp-jfm", "ttp-jfm", "ttp-hgb"), (e.Actor1, e.ClaimedBy, e.AttributedTo));

        var denied = NewsTestKit.CodeNew("BESHAM, March 26 (Agency) - A suicide bomber rammed a car into a convoy near Besham on Tuesday, killing five people. The TTP denied involvement.", "2024-03-26").Single();
        Assert.Equal(("unidentified", "ttp"), (denied.Actor1, denied.DeniedBy));
        Assert.Equal("Shangla", denied.District);
    }

    [Theory]
    [InlineData("D.I. Khan", "Dera Ismail Khan")]
    [InlineData("N. Waziristan", "North Waziristan")]
    [InlineData("Noshki", "Noshki")]
    [InlineData("Nushki", "Noshki")]
    [InlineData("Musakhel", "Musa Khel")]
    [InlineData("Birmal", "Barmal")]
    [InlineData("Mir Ali", "North Waziristan")]
    [InlineData("Parachinar", "Kurram")]
    public void Code_PlaceSpellingsAndTowns_ResolveToTheGazetteerDistrict(string written, string district)
    {
        var e = NewsTestKit.CodeNew($"ISLAMABAD, March 18 (Agency) - Gunmen opened fire on a police van in {written} on Monday, killing three policemen.").Single();
        Assert.Equal(district, e.District);
    }

    [Fact]
    public void Code_CrossBorderStrike_IsPlacedInAfghanistan()
    {
        var e = NewsTestKit.CodeNew("KABUL, Dec 24 (Agency) - Pakistani warplanes bombed several locations in Afghanistan's Paktika province late on Tuesday, the Taliban government said, adding that 46 people were killed.", "2024-12-24").Single();
        Assert.Equal("cross_border_strike", e.EventType);
        Assert.Equal(("Afghanistan", "Paktika"), (e.Country, e.Province));
        Assert.Equal("pak-military", e.Actor1);
        Assert.Equal(46, e.KilledBest);
    }

    [Fact]
    public void Code_PassingMentionsOfEarlierEvents_AreNotNewEvents()
    {
        var events = NewsTestKit.Code("ISLAMABAD, March 18 (Agency) - Pakistani aircraft struck hideouts in Khost province on Monday, two days after an attack on an army post in North Waziristan killed seven soldiers.");
        var e = Assert.Single(events);
        Assert.Equal("Khost", e.Province);
        Assert.Null(e.KilledBest);

        var mention = NewsTestKit.Code("PESHAWAR, Feb 1 (Agency) - Police said on Wednesday that the suicide bomber who struck the Police Lines mosque in Peshawar on Monday had worn a uniform.", "2023-02-01");
        Assert.True(Assert.Single(mention).Background);
    }

    [Fact]
    public void Code_OpinionPiece_CodesOnlyBackground()
    {
        var events = NewsTestKit.Code("Opinion. The attack on the Army Public School in Peshawar in December 2014 killed 150 people. We must not negotiate with the TTP again.", title: "Opinion: no more talks");
        Assert.All(events, e => Assert.True(e.Background));
    }

    [Fact]
    public void Code_NonViolentEvents_AreCodedWithTheirParties()
    {
        var e = NewsTestKit.CodeNew("ISLAMABAD, Nov 28 (Agency) - The Tehrik-i-Taliban Pakistan on Monday called off the ceasefire it agreed with the government in June, the group said.", "2022-11-28").Single();
        Assert.Equal("ceasefire", e.EventType);
        // The conventions: a truce is the Government of Pakistan's with the other party, whoever announces it.
        Assert.Equal(("pak-state", "ttp"), (e.Actor1, e.Actor2));
        Assert.Null(e.KilledBest);
    }

    [Fact]
    public void Code_ReportWithNoEvent_CodesNothing() =>
        Assert.Empty(NewsTestKit.Code("ISLAMABAD, March 18 (Agency) - The finance minister presented the budget to parliament on Monday."));

    [Fact]
    public void Code_ShotDeadAndKilledByGunmen_AreEvents()
    {
        var shot = NewsTestKit.CodeNew("QUETTA, March 18 (Agency) - A policeman was shot dead in Quetta on Monday, officials said.").Single();
        Assert.Equal((1, "Quetta"), (shot.KilledBest!.Value, shot.District));
        var gunmen = NewsTestKit.CodeNew("PESHAWAR, March 18 (Agency) - Gunmen killed two policemen at a checkpoint in Peshawar on Monday.").Single();
        Assert.Equal(2, gunmen.KilledBest);
    }

    [Fact]
    public void Code_OpposingDeathClaims_AreNotSummed_ButGiveTheRange()
    {
        var e = NewsTestKit.CodeNew(
            "PESHAWAR, Pakistan (XX) — Afghan Taliban forces opened fire on Pakistani border posts in the Kurram district on Saturday, Pakistani officials said.\n\n" +
            "One Pakistani soldier was killed and 11 were wounded, the officials said. They said Pakistani troops killed eight Taliban fighters.\n\n" +
            "Afghanistan's Ministry of Defence gave a very different account. A source in the ministry told Afghan media that 19 Pakistani soldiers had been killed.",
            "2024-12-28").Single();
        Assert.Equal("border_clash", e.EventType);
        Assert.Equal("Kurram", e.District);
        Assert.Equal((9, 9, 27), (e.KilledLow!.Value, e.KilledBest!.Value, e.KilledHigh!.Value));
    }

    [Fact]
    public void Code_Roundup_SectionsComeApart_WithTheirOwnPlacesAndDays()
    {
        var events = NewsTestKit.CodeNew(
            "These were the main incidents reported this week.\n\n" +
            "SIBI (BALOCHISTAN) — On Tuesday evening, a bomb went off as a rally passed along Jinnah Road in Sibi, killing four people.\n\n" +
            "BAJAUR (KHYBER PAKHTUNKHWA) — On Wednesday, a candidate was shot dead while campaigning in a bazaar near Khar. Four other people were wounded.",
            "2024-02-02");
        Assert.Equal(2, events.Count);
        Assert.Equal(("bombing", "Sibi", new DateOnly(2024, 1, 30), 4), (events[0].EventType, events[0].District, events[0].Date, events[0].KilledBest!.Value));
        Assert.Equal(("targeted_killing", "Bajaur", new DateOnly(2024, 1, 31), 1, 4), (events[1].EventType, events[1].District, events[1].Date, events[1].KilledBest!.Value, events[1].Injured!.Value));
    }

    [Fact]
    public void Code_FollowUpParagraphs_AttachToTheIncidentWhosePlaceTheyName()
    {
        var events = NewsTestKit.CodeNew(
            "QUETTA: At least 19 people were killed and 48 injured in a suicide attack at the Hazarganji market on Friday morning. " +
            "Hours later, a bomb fitted to a motorcycle exploded in the border town of Chaman, killing one person.\n\n" +
            "The Hazarganji blast took place at about 7:35am. An FC soldier deputed for their security was also killed.\n\n" +
            "A faction of the Tehreek-i-Taliban Pakistan claimed responsibility for the Quetta attack.",
            "2019-04-13");
        Assert.Equal(2, events.Count);
        Assert.Equal(("suicide_attack", "Quetta", 19, 48), (events[0].EventType, events[0].District, events[0].KilledBest!.Value, events[0].Injured!.Value));
        Assert.Equal("ttp", events[0].ClaimedBy);
        Assert.Equal(("bombing", "Chaman", 1), (events[1].EventType, events[1].District, events[1].KilledBest!.Value));
    }

    [Fact]
    public void Code_EarlierEventsDatedMonthsBack_AreBackground()
    {
        var events = NewsTestKit.Code(
            "QUETTA: Four Frontier Corps personnel were martyred on Sunday morning when a suicide bomber rammed a motorcycle into an FC vehicle on Mastung Road.\n\n" +
            "Last month, two policemen were martyred when a bomb went off next to a police vehicle near the provincial assembly.",
            "2021-09-06");
        Assert.Equal(2, events.Count);
        Assert.False(events[0].Background);
        Assert.Equal(("Quetta", 4), (events[0].District, events[0].KilledBest!.Value));
        Assert.True(events[1].Background);
        Assert.Equal((new DateOnly(2021, 8, 1), DatePrecision.Month), (events[1].Date, events[1].DatePrecision));
    }

    /// <summary>The op-ed of issue 13: Islamabad standing for the government is not a place, and a strike "inside
    /// Afghanistan" is not placed in Pakistan.</summary>
    [Fact]
    public void Code_CapitalAsGovernment_IsNotAPlace_AndAStrikeIsNotPlacedInIslamabad()
    {
        var events = NewsTestKit.Code(
            "Islamabad again accused Kabul of sheltering the Tehrik-i-Taliban Pakistan (TTP). In response to a brazen assault, " +
            "Pakistan undertook a retaliatory strike targeting TTP militants inside Afghanistan. Islamabad says it will respond again.",
            title: "Opinion: the TTP problem");
        Assert.DoesNotContain(events, e => e.Province == "Islamabad Capital Territory" || e.District == "Islamabad");
        Assert.DoesNotContain(events, e => e.EventType == "cross_border_strike" && e.Country == "Pakistan");
    }

    [Fact]
    public void Code_AnotherPlaceNamedInAnAlternativeAccount_DoesNotOpenAnEvent()
    {
        var events = NewsTestKit.CodeNew(
            "JALALABAD, Afghanistan (XX) — A militant leader was killed by a roadside bomb in the Achin district of Nangarhar province on Thursday, the governor said.\n\n" +
            "Two Afghan Taliban officials said the explosion happened in the neighbouring Nazyan district.",
            "2021-01-28");
        var e = Assert.Single(events);
        Assert.Equal(("bombing", "Achin"), (e.EventType, e.District));
    }

    [Fact]
    public void Code_HostileDocuments_AreIsolated()
    {
        var documents = new[]
        {
            new NewsDocument("ok1", new DateOnly(2024, 3, 18), "t", "PESHAWAR, March 18 (Agency) - Gunmen killed two policemen in Peshawar on Monday."),
            new NewsDocument("bad", new DateOnly(2024, 3, 18), "t", null!),
            new NewsDocument("odd", new DateOnly(2024, 3, 18), null!, new string('.', 5000) + " killed killed 999999999999 were killed ,,,, ((((( \u0000"),
            new NewsDocument("ok2", new DateOnly(2024, 3, 18), "t", "QUETTA, March 18 (Agency) - A bomb killed three people in Quetta on Monday."),
        };
        var results = documents.Select(d => NewsTestKit.Coder.TryCode(d, "batch.jsonl")).ToList();
        Assert.Equal(2, results[0].Events.Count + results[3].Events.Count);
        Assert.Equal("bad", results[1].Error!.DocId);
        Assert.Null(results[2].Error);
    }

    [Fact]
    public void Code_SeparatelyReportedOperations_AreTheirOwnEvent_AndAClaimOfTheAttacksCoversThem()
    {
        var events = NewsTestKit.CodeNew(
            "QUETTA: In Musakhel district, gunmen stopped vehicles on a highway and shot dead 23 passengers on Sunday night. " +
            "In Kalat, ten people, including four policemen, were killed in an attack on a police station. " +
            "Security forces said 21 militants had been killed in the operations that followed. The Baloch Liberation Army claimed the attacks.",
            "2024-08-26");
        Assert.Equal(3, events.Count);
        Assert.Equal(("armed_assault", "Musa Khel", 23, "bla"), (events[0].EventType, events[0].District, events[0].KilledBest!.Value, events[0].Actor1));
        Assert.Equal(("armed_assault", "Kalat", 10, "bla"), (events[1].EventType, events[1].District, events[1].KilledBest!.Value, events[1].Actor1));
        Assert.Equal(("security_operation", 21), (events[2].EventType, events[2].KilledBest!.Value));
    }

    [Fact]
    public void Code_TickerLinesUnderTwoPlaces_AreTwoIncidents_AndADenialOpensNone()
    {
        var events = NewsTestKit.CodeNew(
            "BREAKING — KHUZDAR: Blast at a bus stand in Khuzdar city\n" +
            "KHUZDAR: Police say a suicide bomber blew himself up among waiting passengers\n" +
            "KHUZDAR: Toll rises to 11, 23 injured taken to hospital: DC\n" +
            "ISLAMABAD: BLA denies involvement in Khuzdar blast\n" +
            "KOHAT: Gunmen attack police post in Lachi; two constables martyred, one injured\n", "2024-05-02");
        Assert.Equal(2, events.Count);
        var khuzdar = Assert.Single(events, e => e.District == "Khuzdar");
        Assert.Equal(("suicide_attack", 11, 23), (khuzdar.EventType, khuzdar.KilledBest, khuzdar.Injured));
        var kohat = Assert.Single(events, e => e.District == "Kohat");
        Assert.Equal((2, 1), (kohat.KilledBest, kohat.Injured));
    }

    [Theory]
    [InlineData("In the night between Friday and Saturday, at about 3 a.m.,", "2024-07-13")]
    [InlineData("In the night between Friday and Saturday,", "2024-07-12")]
    [InlineData("On the night of 12/13 July, at around 1.15 a.m.,", "2024-07-13")]
    public void Code_NightsWithAClockTimeAfterMidnight_AreDatedByTheSecondDay(string when, string expected)
    {
        var e = NewsTestKit.CodeNew($"TANK: {when} terrorists attacked a police checkpost in Tank and two constables embraced shahadat, police said.", "2024-07-14").Single();
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), e.Date);
    }

    [Fact]
    public void Code_StrikesOnTwoProvinces_EachGetTheFiguresTheTextGivesThem()
    {
        var events = NewsTestKit.CodeNew(
            "KABUL (XX) — Pakistani jets bombed houses in Paktika province and Kunar province before dawn on Monday, the Taliban said.\n\n" +
            "In Paktika province, five civilians were killed and two were wounded.\n\n" +
            "In Kunar province a shop was destroyed. There were no casualties there.", "2025-02-03");
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("cross_border_strike", e.EventType));
        var paktika = Assert.Single(events, e => e.Province == "Paktika");
        Assert.Equal((5, 2), (paktika.KilledBest, paktika.Injured));
        var kunar = Assert.Single(events, e => e.Province == "Kunar");
        Assert.Equal((0, 0), (kunar.KilledBest, kunar.Injured));
    }

    [Fact]
    public void Code_AnEarlierAttackToldAsTheStrikesContext_IsBackground()
    {
        var events = NewsTestKit.Code(
            "KABUL (XX) — Pakistani air strikes on the Urgun district of Paktika province late on Wednesday killed 12 people, a Taliban spokesman said on Thursday.\n\n" +
            "The strikes came days after an ambush on a convoy in Wana, South Waziristan, on Sunday, in which nine soldiers were killed. The military said four attackers also died.", "2025-06-05");
        var strike = Assert.Single(events, e => !e.Background);
        Assert.Equal(("cross_border_strike", "Urgun", 12), (strike.EventType, strike.District, strike.KilledBest));
        var ambush = Assert.Single(events, e => e.Background);
        Assert.Equal(("South Waziristan", 13), (ambush.District, ambush.KilledBest));
    }

    [Fact]
    public void Code_AClaimOfMoreKills_RaisesOnlyTheHighFigure()
    {
        var e = NewsTestKit.CodeNew(
            "QUETTA (XX) — Eight soldiers were killed when insurgents attacked a post in Panjgur on Monday night, the military said on Wednesday. " +
            "Troops killed two of the attackers. The Baloch Liberation Front claimed the attack and said its fighters had killed 25 soldiers.", "2023-05-10").Single();
        Assert.Equal((10, 10, (int?)27), (e.KilledLow!.Value, e.KilledBest!.Value, e.KilledHigh));
        Assert.Equal(new DateOnly(2023, 5, 8), e.Date);
    }

    [Fact]
    public void Code_AParagraphAboutAnotherPlaceAndDay_OpensItsOwnIncident()
    {
        var events = NewsTestKit.CodeNew(
            "PESHAWAR: A roadside bomb killed three policemen in Mardan on Monday, police said.\n\n" +
            "The bloodiest attack of the week came on Wednesday in Lakki Marwat. Gunmen stormed a check post and six policemen were martyred.", "2024-08-08");
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.District == "Mardan" && e.KilledBest == 3);
        Assert.Contains(events, e => e.District == "Lakki Marwat" && e.KilledBest == 6 && e.Date == new DateOnly(2024, 8, 7));
    }

    [Fact]
    public void Code_ADatelineWithTheDayFirstAndAYear_IsTheReference_NotTheEventDate()
    {
        var e = NewsTestKit.CodeNew("RAWALPINDI, 14 June 2025: On 13 June 2025, khwarij attacked a security forces' post in Ladha, South Waziristan District. Three soldiers embraced shahadat.", "2025-06-14").Single();
        Assert.Equal(new DateOnly(2025, 6, 13), e.Date);
        Assert.Equal(3, e.KilledBest);
    }

    [Fact]
    public void Code_TheStateSayingItKilledMilitants_IsItsOwnFigure_NotAClaim()
    {
        var e = NewsTestKit.CodeNew("PESHAWAR: The military said on Friday that troops had killed eight khwarij in an intelligence-based operation in Datta Khel, North Waziristan, on Thursday night. Two soldiers were martyred.", "2024-07-12").Single();
        Assert.Equal("security_operation", e.EventType);
        Assert.Equal((10, 10, (int?)10), (e.KilledLow!.Value, e.KilledBest!.Value, e.KilledHigh));
    }

    [Fact]
    public void Code_OneOfTheInjuredWhoDied_IsADeathMore()
    {
        var e = NewsTestKit.CodeNew("TURBAT: Gunmen opened fire on a passenger van near Hoshab in Kech district on Sunday, killing four passengers and wounding three. One of the injured passengers later succumbed to his wounds in hospital, officials said.", "2024-02-12").Single();
        Assert.Equal(5, e.KilledBest);
    }

    [Fact]
    public void Code_ASummaryOfSeveralIncidents_OpensNone_AndEachKeepsItsDay()
    {
        var events = NewsTestKit.CodeNew(
            "QUETTA: Three people were killed in separate incidents in Balochistan on Monday and Tuesday, officials said.\n\n" +
            "In Zhob, gunmen shot dead a shopkeeper on Tuesday and escaped.\n\n" +
            "In Sibi, two labourers were killed on Monday when a roadside bomb went off near their tractor.", "2024-10-16");
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.District == "Zhob" && e.Date == new DateOnly(2024, 10, 15) && e.KilledBest == 1);
        Assert.Contains(events, e => e.District == "Sibi" && e.Date == new DateOnly(2024, 10, 14) && e.KilledBest == 2);
    }
}
