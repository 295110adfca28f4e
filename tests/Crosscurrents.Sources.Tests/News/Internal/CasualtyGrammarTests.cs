using Crosscurrents.Sources.News.Internal;

namespace Crosscurrents.Sources.Tests.News.Internal;

/// <summary>The casualty grammar on single sentences: number phrase + victim noun + verb, active, passive and nominal.</summary>
public sealed class CasualtyGrammarTests
{
    private static List<Casualty> Read(string sentence) => CasualtyGrammar.Read(sentence, 0, sentence.Length);

    private static int Killed(string sentence) => Read(sentence).Where(c => c.Killed && !c.Part).Sum(c => c.Best);

    [Theory]
    [InlineData("Gunmen killed two policemen in Quetta on Monday.", 2)]
    [InlineData("A policeman was shot dead in Quetta on Monday.", 1)]
    [InlineData("Six brave soldiers, having fought valiantly, laid down their lives and embraced shahadat.", 6)]
    [InlineData("Eighteen soldiers of the Frontier Corps embraced shahadat.", 18)]
    [InlineData("Four members of the law enforcement agencies and two civilians lost their lives.", 6)]
    [InlineData("Two more policemen succumbed to their injuries in hospital.", 2)]
    [InlineData("Ten bodies were found in a nearby field.", 10)]
    [InlineData("The militants opened fire, killing nine children and a woman.", 10)]
    [InlineData("Five boys, four girls and a woman were killed.", 10)]
    [InlineData("Twelve terrorists were sent to hell.", 12)]
    [InlineData("All seven khwarij were eliminated.", 7)]
    [InlineData("Troops killed 13 of the attackers in the firefight that followed.", 13)]
    [InlineData("Subedar Major Khursheed Akram, Sepoy Saeed and Sepoy Babar were martyred.", 3)]
    [InlineData("Eight Afghan Taliban fighters, including two local commanders, were killed.", 8)]
    [InlineData("Defence Minister said that \"all 33\" militants held in the compound had been killed.", 33)]
    [InlineData("The bomb killed 11 Hazara coal miners.", 11)]
    [InlineData("Lance Naik Abdul Rehman, having fought gallantly, paid the ultimate price and embraced shahadat.", 1)]
    [InlineData("Twelve people, including five civilians and a child, were killed.", 12)]
    [InlineData("Seven men from the Khanewal and Lodhran districts were shot dead.", 7)]
    [InlineData("A blast in Quetta killed five and injured 12.", 5)]
    public void Read_VictimNounAndVerb_GiveTheDeaths(string sentence, int killed) =>
        Assert.Equal(killed, Killed(sentence));

    [Theory]
    [InlineData("No one was killed.", true, false)]
    [InlineData("Nobody was hurt or killed in the blast.", true, true)]
    [InlineData("Nobody was injured, and traffic resumed within the hour.", false, true)]
    public void Read_NobodyKilled_IsATollOfNoneForWhatItNames(string sentence, bool killed, bool injured)
    {
        var read = Read(sentence);
        Assert.All(read, c => Assert.Equal(0, c.Best));
        Assert.Equal(killed, read.Any(c => c.Killed));
        Assert.Equal(injured, read.Any(c => !c.Killed));
    }

    [Theory]
    [InlineData("Three passengers sustained minor injuries in the blast.", 3)]
    [InlineData("Two constables received bullet injuries and were taken to hospital.", 2)]
    public void Read_InjuriesWithAnAdjective_AreTheInjured(string sentence, int injured) =>
        Assert.Equal(injured, Read(sentence).Where(c => !c.Killed).Sum(c => c.Best));

    [Fact]
    public void Read_AnAsideAboutEachName_DoesNotHideTheList() =>
        Assert.Equal(2, Killed("Naik Ghulam Rasool (age 31, resident of District Khushab) and Sepoy Imran Ali (age 24, resident of District Swat) embraced shahadat."));

    [Fact]
    public void Read_NobodyElseAfterAFigure_KeepsTheFigure() => Assert.Equal(3, Killed("Three guards were killed, but nobody else was hurt."));

    [Fact]
    public void Read_Range_IsLowMidpointHigh()
    {
        var c = Assert.Single(Read("Between 15 and 20 attackers were killed, the military said."));
        Assert.Equal((15, 18, 20, CasualtyRole.Attacker), (c.Low, c.Best, c.High, c.Role));
    }

    [Theory]
    [InlineData("killing at least 19 people", 19)]
    [InlineData("killing more than 40 people", 40)]
    [InlineData("killing some 25 people", 25)]
    [InlineData("killing twenty-three soldiers", 23)]
    public void Read_QualifiedFigures_AreTheStatedNumber(string phrase, int n)
    {
        var c = Assert.Single(Read($"A bomb exploded in Bannu, {phrase}."));
        Assert.Equal((n, n, n), (c.Low, c.Best, c.High));
    }

    [Theory]
    [InlineData("The blast killed 18 people, including 13 civilians and five soldiers.", 18)]
    [InlineData("Nine militants were killed there, five of them in a clearance operation.", 9)]
    [InlineData("Three local players were among the dead.", 0)]
    [InlineData("Eight of the dead belonged to the Hazara community.", 0)]
    public void Read_PartsOfAFigure_AreNotCountedAgain(string sentence, int killed) =>
        Assert.Equal(killed, Killed(sentence));

    [Fact]
    public void Read_GroupsAreTaggedByRole()
    {
        var roles = Read("Seven soldiers were killed and all six attackers died.").ToDictionary(c => c.Role, c => c.Best);
        Assert.Equal(7, roles[CasualtyRole.State]);
        Assert.Equal(6, roles[CasualtyRole.Attacker]);
        Assert.Contains(Read("All five attackers were killed."), c => c.RoleTotal && c.Best == 5);
    }

    [Theory]
    [InlineData("The death toll from the bombing rose to 15 on Wednesday.", 15)]
    [InlineData("District officials later put the total number of dead at 11.", 11)]
    [InlineData("Home Minister said the toll had reached 19.", 19)]
    public void Read_Tolls_AreTotals(string sentence, int total)
    {
        var c = Assert.Single(Read(sentence), c => c.Total);
        Assert.Equal(total, c.Best);
    }

    [Theory]
    [InlineData("The group said it had killed 90 soldiers.", 90)]
    [InlineData("In an emailed statement, the group said its fighters had killed 40 troops.", 40)]
    public void Read_AGroupsClaimOfWhatItKilled_IsAnotherAccount(string sentence, int claimed)
    {
        Assert.Equal(claimed, Killed(sentence));
        Assert.True(CasualtyGrammar.IsAlternativeAccount(sentence));
    }

    [Theory]
    [InlineData("Toll rises to 31, more than 40 injured shifted to hospitals.", 31, 40)]
    [InlineData("Three soldiers martyred, 9 injured: ISPR.", 3, 9)]
    [InlineData("By evening the police had counted 14 dead.", 14, 0)]
    [InlineData("The deputy commissioner later put the number at 16.", 16, 0)]
    [InlineData("The bodies of three labourers were recovered from a field.", 3, 0)]
    [InlineData("By God's grace there were no casualties.", 0, 0)]
    public void Read_HeadlineAndNominalFigures(string sentence, int killed, int injured)
    {
        var read = Read(sentence);
        Assert.Contains(read, c => c.Killed);
        Assert.Equal(killed, read.Where(c => c.Killed).Sum(c => c.Best));
        Assert.Equal(injured, read.Where(c => !c.Killed).Sum(c => c.Best));
    }

    [Theory]
    [InlineData("Seven people — five policemen and two passers-by — had been reported killed on Monday.", 7)]
    [InlineData("As a result, five members of one family, among them three children and a woman, were martyred.", 5)]
    [InlineData("A driver and a policeman escorting the vehicles lost their lives.", 2)]
    [InlineData("During the exchange of fire, Sepoy Hamid Ullah (age 23 years, resident of District Karak), having fought bravely, paid the ultimate sacrifice and embraced shahadat.", 1)]
    [InlineData("During the fire exchange, two brave sons of soil, Naik Imran Ali (age 31 years, resident of District Chakwal) and Sepoy Muhammad Usman (age 22 years, resident of District Kohat), having fought valiantly, embraced shahadat.", 2)]
    [InlineData("Own troops engaged the khwarij location and three khwarij were neutralised.", 3)]
    [InlineData("Two brave sons of soil embraced shahadat.", 2)]
    [InlineData("Two sons of soil, Naik Imran Ali and Sepoy Muhammad Usman, embraced shahadat.", 2)]
    [InlineData("Two soldiers, Naik Imran Ali (age 31 years, resident of District Chakwal) and Sepoy Muhammad Usman (age 22 years, resident of District Kohat), embraced shahadat.", 2)]
    public void Read_AppositionsAndComplements_DoNotHideTheVerb(string sentence, int killed) =>
        Assert.Equal(killed, Read(sentence).Where(c => c.Killed && !c.Part).Sum(c => c.Best));

    [Fact]
    public void Read_TheNumberOfInjured_IsNotADeathToll() =>
        Assert.Equal(0, Killed("Earlier, a minister had put the number of injured at 38."));

    [Fact]
    public void Read_TheBomberWhoDied_IsOneMore() =>
        Assert.Contains(Read("The bomber, who also died, had been waiting near the gate."), c => c.Killed && c.Role == CasualtyRole.Attacker && c.Best == 1 && c.Additional);

    [Theory]
    [InlineData("About 150 personnel had gathered for the morning parade.")]
    [InlineData("Police recovered eight kilogrammes of explosives and 15 rockets.")]
    [InlineData("About 10 to 12 armed men had set up the blockade.")]
    public void Read_NumbersThatAreNotDeaths_AreNotDeaths(string sentence) =>
        Assert.Equal(0, Killed(sentence));

    [Theory]
    [InlineData("Seven people were wounded, a police officer said.", 7)]
    [InlineData("The attack killed one person, wounding four others.", 4)]
    [InlineData("At least 19 people were killed and 48 injured.", 48)]
    [InlineData("Twelve policemen and one civilian were injured.", 13)]
    public void Read_Injuries(string sentence, int injured) =>
        Assert.Equal(injured, Read(sentence).Where(c => !c.Killed && !c.Part).Sum(c => c.Best));

    [Fact]
    public void Read_NobodyElseHurt_IsZeroInjured() =>
        Assert.Contains(Read("No other person was hurt."), c => !c.Killed && c.Total && c.Best == 0);

    [Theory]
    [InlineData("Early local television reports had said four guards were among the dead.", true)]
    [InlineData("Earlier on Saturday, a police statement had put the total number of dead at 13.", true)]
    [InlineData("The Pakistani Taliban claimed the attack and said 30 soldiers had died, a figure the military did not comment on.", true)]
    [InlineData("Seven soldiers were killed, the military said.", false)]
    public void IsAlternativeAccount_EarlyReportsAndEarlierStatements(string sentence, bool alternative) =>
        Assert.Equal(alternative, CasualtyGrammar.IsAlternativeAccount(sentence));
}
