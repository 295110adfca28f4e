from common import *

# ---------------------------------------------------------------- n31
D("n31", "2025-09-30", "update story (revised toll)",
  "Khuzdar grenade attack: death toll climbs to five as two wounded die in Karachi",
  """
KHUZDAR: Two more victims of Saturday night's grenade attack on a crowded market in Khuzdar died
on Monday in a Karachi hospital, raising the death toll to five, the district administration said.

On Saturday night, hospital officials had reported three people dead and 17 injured after unknown
men on a motorcycle lobbed two hand grenades into the vegetable market near the Shahi Bazaar and
sprayed the crowd with gunfire before speeding away. The dead included a 12-year-old boy who was
helping his father at a fruit stall.

According to the medical superintendent of the district headquarters hospital, 15 other people are
being treated for their wounds, in Khuzdar and Karachi. Four of them are in a critical condition.
Officials said the revised figure of the injured had been compiled after cross-checking the lists of
the hospitals.

The deputy commissioner said the attackers had not been identified and that no group had claimed
the attack. A Levies official, who asked not to be named, said the method resembled earlier attacks
by Baloch separatists in the district, but he added that investigators had found nothing to connect
any particular group to the incident.

Traders kept the market closed for a third day on Monday and staged a sit-in on the national highway,
demanding the arrest of the attackers and compensation for the families. They called off the protest
in the evening after talks with the district administration.

The provincial government announced Rs1 million for the family of each person killed and Rs300,000
for each of the injured.
""",
  [R("armed_assault", "2025-09-27", "day", PK, BA, "Khuzdar", UM, CIV, None, 3, 5, 5, 15)])

# ---------------------------------------------------------------- n32
D("n32", "2022-02-15", "Pakistani newspaper",
  "Afghan fire on Nawa Pass posts wounds two soldiers; Taliban say two of their guards killed",
  """
KHAR: Two Pakistani soldiers were injured on Monday when Afghan border forces opened fire on
security forces' posts in the Nawa Pass area of Bajaur district, officials said.

According to security sources, the firing from across the border began in the afternoon while troops
were working on the fencing along a stretch of the frontier. Pakistani troops responded, and the
exchange of fire with light and heavy weapons continued intermittently for about three hours. The
injured soldiers were shifted to the Combined Military Hospital in Khar.

A Taliban official in the Afghan province of Kunar, contacted by telephone, said two Afghan border
guards had been killed and three wounded in the exchange. He accused the Pakistani side of trying to
move the fence into Afghan territory. Pakistani officials did not comment on the Afghan casualties.

Residents of villages close to the border said they had stayed indoors as shells landed in the
fields. Schools in the area were closed on Tuesday as a precaution.

Officials said the matter had been taken up with the Afghan authorities through a flag meeting, and
that the situation had returned to normal by Tuesday morning. The fencing work would continue, they
said.

It was the latest in a series of disputes over the border fence since the Taliban took power in Kabul
last August. The Taliban have never accepted the Durand Line as the international border, and local
commanders have repeatedly tried to stop Pakistani troops from erecting the barrier.
""",
  [R("border_clash", "2022-02-14", "day", PK, KP, "Bajaur", AT, MIL, None, 2, 2, 2, 5)])

# ---------------------------------------------------------------- n33
D("n33", "2023-06-18", "policy report (no event)",
  "KP cabinet approves new counter-terrorism force, armoured vehicles for police in southern districts",
  """
PESHAWAR: The Khyber Pakhtunkhwa caretaker cabinet on Saturday approved the raising of a special
counter-terrorism force for the southern districts and the purchase of armoured personnel carriers
for police stations that have come under repeated attack, the provincial information department said.

The meeting, chaired by the caretaker chief minister, approved Rs4.5 billion for the first phase of
the plan, under which 1,500 personnel would be recruited and trained for the new force, to be based
in Bannu, Lakki Marwat, Tank and Dera Ismail Khan. The Counter-Terrorism Department would also get
new forensic equipment and an expanded intelligence wing.

The cabinet was briefed that attacks on the police had risen sharply since the TTP called off its
truce last year and that many of the police stations in the south were housed in old buildings with
no boundary walls. Officials told the meeting that night-vision equipment and drones would be
provided to the most vulnerable posts by the end of the year.

The cabinet also approved an increase in the compensation paid to the families of police personnel
killed on duty, and directed that the packages be released within thirty days.

Opposition politicians welcomed the decision but questioned how the caretaker set-up would find the
money when the province was struggling to pay salaries. A former inspector general of police said
the new force would only succeed if it was given its own intelligence and not used for VIP duties.

The plan will be presented to the federal apex committee next month.
""",
  [])

# ---------------------------------------------------------------- n34
D("n34", "2025-04-29", "wire (no event)",
  "At Torkham, truck drivers wait as Pakistan and Afghanistan prepare for another round of trade talks",
  """
TORKHAM, Pakistan (XX) — The line of lorries waiting to cross into Afghanistan stretched for several
kilometres along the Khyber Pass on Tuesday, as drivers and traders waited for the outcome of talks
that officials from both countries say will take place in Islamabad next week.

Traffic through the crossing, the busiest between the two countries, has been slowed for weeks by new
documentation rules and by on-off closures, traders said. Drivers said they had spent up to nine days
in the queue, sleeping in their cabins and buying food from roadside stalls at inflated prices.

"I have 30 tonnes of cement and no idea when I will get across," said one driver from Peshawar. "The
politicians talk, and we wait."

Officials of the Pakistan-Afghanistan Joint Chamber of Commerce and Industry said bilateral trade had
fallen by more than a third over the past two years, and that exporters of fruit, vegetables and
medicine had suffered most. They urged both governments to keep the crossing open around the clock
and to separate trade from security disputes.

A Pakistani commerce ministry official said the coming meeting would discuss transit trade, visa
rules for drivers and the opening of more border markets. The Afghan side is expected to raise the
issue of Afghans being returned from Pakistan under a government drive.

Relations between Islamabad and Kabul have been strained by Pakistan's accusation that the Taliban
allow Pakistani militants to operate from Afghanistan, which the Taliban deny, and by repeated
clashes along the border over the past three years.

At a roadside tea stall near the gate, a clearing agent said he had stopped making plans. "Every
month there is a meeting," he said. "Every month we hope. Then something happens, and the gate
closes again."
""",
  [])

# ---------------------------------------------------------------- n35
D("n35", "2021-06-10", "opinion piece (background events only)",
  "Opinion: Makran's quiet war deserves more than silence",
  """
Last Saturday, a bomb fixed to a motorcycle went off outside a private school in Turbat just as the
children were leaving for home. A seven-year-old girl was killed and three other people were
wounded. The story ran for a day in the national press and then disappeared, as stories from Makran
usually do.

It should not have. The attack was part of a pattern that anyone who follows the Kech and Gwadar
districts will recognise. In May, militants attacked a Coast Guards post near Jiwani, killing two
personnel, and the Baloch Liberation Front claimed the raid within hours. Earlier this year, there
were attacks on construction crews on the coastal highway and on mobile phone towers near Buleda.
Few of these incidents reach the evening bulletins in Lahore or Karachi.

The silence has consequences. It allows the state to present the conflict in Balochistan purely as a
matter of foreign-sponsored terrorism, and it allows the insurgents to present every death as the
price of resistance. Both narratives leave out the people of Makran: the fishermen who lose access to
the sea when new security zones are declared, the students who are questioned at checkpoints on their
way to college, the families of missing persons who have camped outside press clubs for years.

None of this justifies a bomb outside a school. The BLF and its allies, who claim to fight on behalf
of the Baloch people, kill Baloch civilians with depressing regularity, and they should be held to
account for it. But the response cannot only be more checkpoints and more operations in the hills.
It must include the things that the people of the region have been asking for: jobs at the port,
clean water, electricity, and answers about the disappeared.

The federal government has announced yet another development package for southern Balochistan. It
would do well to start by listening. A parliamentary committee that held hearings in Turbat and
Gwadar, and that published what it heard, would do more to win trust than any number of press
conferences in Islamabad.

The girl killed in Turbat last week was in the second grade. Her name deserves to be remembered,
and so does the question of why she died.
""",
  [R("bombing", "2021-06-05", "day", PK, BA, "Kech", UM, CIV, None, 1, 1, 1, 3, True),
   R("armed_assault", "2021-05-01", "month", PK, BA, "Gwadar", "BLF", MIL, "BLF", 2, 2, 2, None, True)])

# ---------------------------------------------------------------- n36
D("n36", "2025-01-15", "correction note",
  "Correction: Mohmand roadside bomb report",
  """
Correction: A report published on Tuesday under the headline "Four killed as roadside bomb hits
elders' vehicle in Mohmand" contained two errors, which we regret.

The report said four people had been killed in the blast. The district administration has since
clarified that three people were killed: two tribal elders, Malik Sher Bahadur and Malik Gul Rehman,
and their driver. A fourth man, who was initially reported dead, is being treated at the Lady Reading
Hospital in Peshawar. In all, five people were injured.

The report also said that the Tehreek-i-Taliban Pakistan had claimed responsibility. That was
incorrect. The statement quoted in the report was issued in 2023 and related to an earlier incident.
No group has claimed Monday's blast.

The rest of the report was accurate. The explosion took place on Monday afternoon on the road
between Ghallanai and the Safi tehsil headquarters, as the elders were returning from a jirga
convened to settle a land dispute between two tribes. According to the police, the device was
planted under a culvert and detonated by remote control as the double-cabin pickup passed over it.
The vehicle was destroyed.

Police have registered a case under the Anti-Terrorism Act against unknown persons, and the
district police officer said a team of the Counter-Terrorism Department had collected evidence from
the site. Elders of the Safi tribe held a protest outside the district headquarters on Tuesday and
demanded the arrest of those responsible.

The online version of the report has been updated.
""",
  [R("bombing", "2025-01-13", "day", PK, KP, "Mohmand", UM, CIV, None, 3, 3, 3, 5)])

# ---------------------------------------------------------------- n37
D("n37", "2024-09-18", "Afghan (Taliban) statement",
  "Mujahid: Pakistani aircraft bombed a family home in Khost's Gurbaz district (statement, unofficial translation)",
  """
At around 2:00 a.m. last night, Pakistani military aircraft bombed the house of a local resident,
Haji Sardar Wali, in the Gurbaz district of Khost province.

As a result of this bombardment, six members of one family, two women and four children, were
martyred, and four others, among them an elderly man, were wounded. The house was completely
destroyed. The victims had no connection with any armed group and were asleep at the time of the
attack.

The Islamic Emirate of Afghanistan strongly condemns this crime and considers it a clear violation
of the sovereignty of Afghanistan and of all international norms. Bombing the homes of civilians
cannot solve any problem; it only increases hatred and distrust between the two brotherly nations.

We once again remind the Pakistani side that the security problems of Pakistan are its own internal
matter. The Islamic Emirate does not allow anyone to use the soil of Afghanistan against any country,
and the accusations made by Pakistani officials in this regard are baseless.

The Islamic Emirate considers it its legitimate right to defend its airspace and its people, and
warns that such irresponsible actions will have consequences, for which the Pakistani regime will
be responsible.

The relevant authorities of the Islamic Emirate have been instructed to help the affected family and
to provide treatment to the wounded.

Zabihullah Mujahid, spokesman of the Islamic Emirate of Afghanistan

[Translator's note: The statement was posted on X on Wednesday morning. Pakistan's military and
foreign ministry had not responded by the time of publication.]
""",
  [R("cross_border_strike", "2024-09-18", "day", AF, "Khost", "Gurbuz", MIL, CIV, None, 6, 6, 6, 4)])

# ---------------------------------------------------------------- n38
D("n38", "2025-07-16", "Pakistani newspaper",
  "Three traders kidnapped from Wana bazaar; tribal elder shot dead in Azam Warsak",
  """
WANA: Armed men kidnapped three traders from the main bazaar of Wana, the headquarters of South
Waziristan, on Tuesday evening, while a tribal elder was shot dead in the nearby Azam Warsak area a
day earlier, officials and residents said.

According to the police, the traders were closing their shops at around 8pm when six armed men in
two vehicles arrived, forced them into one of the vehicles at gunpoint and drove off towards the
Shakai road. No shots were fired and nobody was hurt, a police official said. Residents said the
kidnappers had demanded Rs5 million from the traders' families in a phone call later that night.

Traders shut down the bazaar on Wednesday in protest and blocked the Wana–Tank road for several
hours, demanding the recovery of their colleagues. The deputy commissioner assured them that police
and security forces had launched a search and that the abductors would be traced.

On Monday evening, Malik Rehmat Khan, an elder of the Zali Khel tribe, was shot dead by unknown
gunmen near his house in Azam Warsak. His nephew, who was with him, was injured and was taken to the
district headquarters hospital in Wana. The attackers escaped. Police said the elder, who had taken
part in recent jirgas with the authorities, had received threats, but no group had claimed the
killing.

The families of the three traders said they had not heard from them since the phone call. One of
the traders, a wholesaler of cooking oil, had been threatened in a letter a month ago, his brother
said, but had decided not to close his business.

Residents said the security situation in the district had worsened in recent months, with several
kidnappings for ransom and threats to traders and government employees. "People are afraid to open
their shops after dark," said the president of the Wana traders' association.
""",
  [R("kidnapping", "2025-07-15", "day", PK, KP, "South Waziristan", UM, CIV, None, 0, 0, 0, 0),
   R("targeted_killing", "2025-07-14", "day", PK, KP, "South Waziristan", UM, CIV, None, 1, 1, 1, 1)])

# ---------------------------------------------------------------- n39
D("n39", "2023-04-26", "wire (Pakistani dateline)",
  "Four soldiers killed in separatist attack on Frontier Corps camp in Panjgur",
  """
QUETTA, Pakistan (XX) — Separatist militants attacked a Frontier Corps camp in Pakistan's southwestern
Balochistan province late on Monday, killing four soldiers before troops beat them back, officials
said on Tuesday.

The attackers opened fire on the camp in the Panjgur district from several directions and tried to
break through the perimeter, two security officials said. Between eight and 11 attackers were killed
in the fighting, which went on for several hours, one of the officials said, adding that the exact
number would be known once the area had been cleared. Six soldiers were wounded.

The wounded were flown to Quetta by helicopter on Tuesday morning, and the bodies of the four soldiers
were sent to their home towns after funeral prayers at the camp, officials said.

The Baloch Liberation Army claimed the attack in a statement sent to reporters, saying its fighters
had inflicted "heavy losses" on the troops. It did not say how many of its men had died.

The military's media wing said in a brief statement that "the terrorists' designs had been foiled"
and that a clearance operation was under way. It did not give a toll.

Panjgur, near the Iranian border, has been the scene of repeated attacks on security forces by
separatists, who accuse the government of exploiting the province's resources while leaving its
people poor. The government says the insurgents are supported from abroad.

"We heard the firing from midnight until the morning prayer," said a shopkeeper in the town, who
gave only his first name, Abdul Rauf. "Nobody went out. In the morning the roads were full of
soldiers."

Residents said mobile phone services in the town were suspended on Tuesday and that troops had set up
checkpoints on the main roads.
""",
  [R("armed_assault", "2023-04-24", "day", PK, BA, "Panjgur", "BLA", FC, "BLA", 12, 14, 15, 6)])

# ---------------------------------------------------------------- n40
D("n40", "2024-12-04", "Pakistani newspaper",
  "Four FC personnel embrace shahadat as IED hits vehicle in Mohmand's Baizai; Jamaat-ul-Ahrar claims attack",
  """
MOHMAND: Four personnel of the Frontier Corps embraced shahadat and two others were wounded when an
improvised explosive device struck their vehicle in the Baizai tehsil of Mohmand district on
Tuesday, officials said.

Official sources said the FC vehicle was on its way to a post near the border when the device,
planted on the side of a dirt track, went off. The vehicle was thrown off the track by the force of
the explosion. The martyred personnel were identified as Naik Abdul Qadir, Lance Naik Sher Zaman and
Sepoys Jamshed and Inamullah. The injured were taken to the Combined Military Hospital in Peshawar.

The Jamaat-ul-Ahrar faction of the banned TTP claimed responsibility for the blast in a message
circulated on social media. Security forces cordoned off the area and started a search.

Funeral prayers for the martyred personnel were offered at the FC headquarters in Ghallanai and were
attended by senior military and civil officials.

The attack came amid rising violence in the district. Last week, a police constable was shot dead in
the Ekka Ghund bazaar by two men on a motorcycle who escaped before police could reach the spot.

Mohmand, which borders Afghanistan's Kunar and Nangarhar provinces, was one of the districts worst
hit by militancy in the last decade, and many families were displaced during military operations in
the area.

Elders in Mohmand said militants had been seen moving in the border villages at night and demanded
more security. The district administration said additional check posts would be set up on the roads
leading to the border.
""",
  [R("bombing", "2024-12-03", "day", PK, KP, "Mohmand", "Jamaat-ul-Ahrar", FC, "Jamaat-ul-Ahrar", 4, 4, 4, 2),
   R("targeted_killing", "2024-11-25", "week", PK, KP, "Mohmand", UM, POL, None, 1, 1, 1, None, True)])
