from common import *

# ---------------------------------------------------------------- n11
D("n11", "2021-10-04", "Pakistani newspaper with correction note",
  "Two Levies personnel martyred in attack on Charmang checkpost in Bajaur",
  """
KHAR: Two Levies personnel were martyred and two others wounded when militants attacked a checkpost
in the Charmang area of Bajaur district late on Sunday night, officials said on Monday.

According to the district administration, the attackers opened fire on the post with automatic
weapons from a nearby hilltop at about 11:30pm and lobbed at least two hand grenades before the
personnel on duty could respond. Sepoys Fazal Wahid and Abdul Haseeb were killed on the spot. The
injured, a havaldar and a sepoy, were rushed to the DHQ hospital at Khar, from where
one of them was referred to Peshawar.

Reinforcements of police and Levies reached the area and launched a search, but the attackers had
escaped towards the border by then, a Levies official said. Charmang lies a few kilometres from the
Afghan province of Kunar, and officials have long said militants use the mountain passes to move in
and out of the district.

No one has accepted responsibility for the attack. A police officer said the Tehreek-i-Taliban
Pakistan had a presence in the area, but that it was too early to say who was behind it.

Residents of Charmang said the valley had been calm for most of the year, although armed men had
been seen moving on the ridges at night in recent weeks and some families had stopped sending their
children to a school near the border.

The funeral prayers of the two martyred sepoys were held in Khar on Monday, with the deputy
commissioner and the district police officer in attendance. The personnel of the Levies force in
the former tribal districts are being absorbed into the provincial police, a process that officials
say has left many posts undermanned.

Correction: The online edition of this story on Sunday night wrongly placed the checkpost in the
neighbouring Mohmand district. It is in Bajaur's Charmang area.
""",
  [R("armed_assault", "2021-10-03", "day", PK, KP, "Bajaur", UM, POL, None, 2, 2, 2, 2)])

# ---------------------------------------------------------------- n12
D("n12", "2023-10-31", "Afghan ministry statement (translation)",
  "Islamic Emirate defence ministry condemns Pakistani bombing of homes in Paktia's Dand-i-Patan (statement, unofficial translation)",
  """
In the name of Allah, the Most Gracious, the Most Merciful.

Last night, Monday, at around 11 o'clock, military aircraft of the Pakistani regime violated the
airspace of the Islamic Emirate of Afghanistan and bombed the homes of ordinary civilians in the
Dand-i-Patan district of Paktia province.

As a result of this cruel act, three women and two children were martyred and four other civilians
were wounded. The wounded have been moved to the regional hospital in Gardez. All of the victims are
ordinary residents of the area and had no link to any armed group.

The Ministry of National Defence of the Islamic Emirate strongly condemns this act, which is against
all international principles and good neighbourliness, and considers it a clear violation of the
sovereignty of Afghanistan.

This is not the first such violation this month. On 14 October, a drone of the Pakistani regime
struck a house in the Birmal district of Paktika province, as a result of which one civilian was
martyred.

The Islamic Emirate has repeatedly told the Pakistani side that problems should be solved through
understanding and dialogue, not through force. It will not allow anyone to use the soil of
Afghanistan against other countries, and it expects the same from its neighbours.

We call on the United Nations, international organisations and human rights bodies to take notice of
these repeated violations and of the suffering of ordinary Afghans living along the Durand Line.

The Islamic Emirate reserves the right to defend its territory and its people, and will respond at a
suitable time. The responsibility for the consequences will rest with the Pakistani side.

Ministry of National Defence, Islamic Emirate of Afghanistan, Kabul

[Translator's note: The statement was issued in Pashto and Dari on Tuesday. Pakistan's military and
Foreign Office did not comment on it.]
""",
  [R("cross_border_strike", "2023-10-30", "day", AF, "Paktia", "Dand-e-Patan", MIL, CIV, None, 5, 5, 5, 4),
   R("cross_border_strike", "2023-10-14", "day", AF, "Paktika", "Barmal", MIL, CIV, None, 1, 1, 1, None, True)])

# ---------------------------------------------------------------- n13
D("n13", "2024-01-24", "translated-Urdu news style",
  "Sui: armed terrorists fire on vehicle of gas company employees, two martyred, BRAS accepts responsibility (translated from Urdu)",
  """
Dera Bugti (Correspondent) — In the Sui area of district Dera Bugti, before dawn on Tuesday, armed
terrorists opened indiscriminate fire on a vehicle of employees of a gas company who were
going to the field for duty, as a result of which two employees were martyred and one was injured.

According to details, the employees were travelling from the company's residential colony towards a
gas well when the armed men, who were hiding behind bushes near the road, fired at the vehicle with
heavy weapons. The driver of the vehicle, Muhammad Saleem, and a technician, Abdul Ghani, were
martyred on the spot, while a third employee was injured and was shifted to the Sui hospital, where
his condition is said to be out of danger.

After the incident, FC and Levies personnel reached the spot, cordoned off the area and started a
search operation. The bodies were handed over to the heirs after legal formalities.

The banned organisation Baloch Raji Aajoi Sangar (BRAS) accepted responsibility for the incident
through its spokesman, claiming that the company was involved in the exploitation of the resources
of Balochistan.

The employees' union of the company has announced a boycott of work until the security of the staff
is ensured, and staged a protest in front of the colony.

It should be noted that in district Dera Bugti, attacks on gas installations and the security forces
deployed for them are continuing. Before this, on January 15, in the Pir Koh area, a Levies sepoy was
martyred in the explosion of a bomb planted near a gas pipeline. The people of the area have demanded
of the government that the security arrangements be made more effective.
""",
  [R("armed_assault", "2024-01-23", "day", PK, BA, "Dera Bugti", "BRAS", CIV, "BRAS", 2, 2, 2, 1),
   R("bombing", "2024-01-15", "day", PK, BA, "Dera Bugti", UM, POL, None, 1, 1, 1, None, True)])

# ---------------------------------------------------------------- n14
D("n14", "2022-11-30", "translated-Urdu news style",
  "North Waziristan: three soldiers martyred in IED blast on security forces vehicle in Dosali, Gul Bahadur group accepts responsibility (translated from Urdu)",
  """
Miranshah (Staff Reporter) — In the Dosali area of North Waziristan, at about half past one on
Tuesday night, in the night between Monday and Tuesday, an improvised explosive device exploded near
a vehicle of the security forces, as a result of which three soldiers were martyred and two were
injured.

According to details, the vehicle was part of a convoy of six vehicles which was going from the Razmak
side towards Dosali when the explosive material planted on the side of the road was detonated. Due to
the intensity of the blast, the vehicle was badly damaged. The injured were shifted to the Combined
Military Hospital in Bannu.

According to security sources, after the incident the area was cordoned off and a search operation
was started. Security sources say that the terrorists had planted the explosive material a few hours
earlier under cover of darkness.

The banned Hafiz Gul Bahadur group accepted responsibility for the incident through a statement
released on social media.

The funeral prayers of the martyred soldiers were offered at Miranshah, after which their bodies were
sent to their native areas, where they were laid to rest with military honours.

It should be noted that in North Waziristan, incidents of terrorism have increased in recent weeks.
On Sunday, in the Hurmaz village of Mir Ali tehsil, unknown persons martyred a tribal elder, Malik
Khanzeb, by firing at him when he was returning home from the mosque, while his nephew was injured in
the firing.
""",
  [R("bombing", "2022-11-29", "day", PK, KP, "North Waziristan", "Hafiz Gul Bahadur group", MIL,
     "Hafiz Gul Bahadur group", 3, 3, 3, 2),
   R("targeted_killing", "2022-11-27", "day", PK, KP, "North Waziristan", UM, CIV, None, 1, 1, 1, 1, True)])

# ---------------------------------------------------------------- n15
D("n15", "2021-12-09", "Pakistani newspaper",
  "Former village council chairman gunned down in Khwazakhela; TTP claims killing",
  """
MINGORA: A former village council chairman was shot dead and his son injured when gunmen sprayed their
car with bullets near Khwazakhela in Swat on Wednesday evening, police said.

Police said Haji Amir Zaman, who had headed a village council in the area until the local
governments were dissolved, was driving home from a wedding when two men standing by the roadside
fired at the car with Kalashnikovs. He died on the way to hospital. His 19-year-old son, who was in
the passenger seat, was hit in the leg and was admitted to the Saidu Sharif Teaching Hospital.

According to relatives, Amir Zaman had been a member of the peace committee formed in the area after
the 2009 military operation and had received threats in the past. He had recently been campaigning
for the upcoming local government elections.

Responsibility for the killing was claimed by the Tehreek-i-Taliban Pakistan in a statement sent
to journalists, which described the victim as a government collaborator.

The district police officer said a case had been registered under terrorism laws and that teams had
been formed to trace the killers. He said police were also looking into a family dispute over land,
but the TTP statement was being taken seriously.

Hundreds of people attended his funeral prayers in his native village on Thursday morning, where
speakers demanded that the killers be arrested within a week and warned of protests otherwise.

The killing caused panic in the valley, where residents staged large protests last year against
what they called the return of militants. Elders in Khwazakhela demanded that the government
provide security to the candidates contesting the polls.

Swat had largely been calm since the military drove out the Taliban more than a decade ago, though
there have been sporadic targeted killings in the upper reaches of the valley.
""",
  [R("targeted_killing", "2021-12-08", "day", PK, KP, "Swat", "TTP", CIV, "TTP", 1, 1, 1, 1)])

# ---------------------------------------------------------------- n16
D("n16", "2025-05-19", "wire (Pakistani dateline)",
  "BLF claims raid on Hoshab FC post; officials put toll at three soldiers and four attackers",
  """
QUETTA, Pakistan (XX) — Baloch separatists attacked a paramilitary checkpost in southwestern
Pakistan late on Saturday, setting off a gunfight in which three soldiers and four of the attackers
were killed, officials said on Sunday.

The attack targeted a Frontier Corps post on the M-8 highway near Hoshab in Kech district, two
security officials said. The attackers fired rockets at the post before trying to get inside, and
troops killed four of them as they approached the perimeter, the officials said. Five soldiers were
wounded and were airlifted to the military hospital in Turbat.

The Baloch Liberation Front (BLF) claimed the attack in a statement to the media, saying its fighters
had killed 11 personnel and seized weapons from the post. It said none of its fighters had died.
The officials dismissed the claim as propaganda, and neither account could be independently
verified because access to the area is restricted.

Among the wounded was a captain who commanded the post, one of the officials said. The others were
reported to be out of danger.

Traffic on the highway, which links the port city of Gwadar with the rest of the country, was
suspended for several hours on Sunday while troops searched the surrounding hills.

The BLF is one of several separatist groups fighting for an independent Balochistan. The groups have
stepped up attacks on security forces and on workers from other provinces over the past two years,
and accuse the government of plundering the province's gas and minerals.

The military says the insurgents are backed by India, a charge New Delhi denies.
""",
  [R("armed_assault", "2025-05-17", "day", PK, BA, "Kech", "BLF", FC, "BLF", 7, 7, 11, 5)])

# ---------------------------------------------------------------- n17
D("n17", "2022-03-15", "wire (Afghan dateline)",
  "BLA commander and his guard gunned down in Spin Boldak",
  """
KANDAHAR, Afghanistan (XX) — A senior commander of a Pakistani separatist group was shot dead by
gunmen in the Afghan border town of Spin Boldak on Monday evening, a Taliban official and the group
said.

The commander, identified by the Baloch Liberation Army as Diljan Baloch, was sitting outside a
rented house with a bodyguard when two men on a motorcycle opened fire on them shortly after sunset,
a Taliban police official in Kandahar province said. Both men died at the scene, and a shopkeeper
nearby was wounded in the leg.

The Baloch Liberation Army confirmed the death in a statement on Tuesday and blamed Pakistan's
intelligence agencies. A Pakistani security official, asked about the accusation, said Pakistan had
nothing to do with the killing and that it showed separatist leaders were living in Afghanistan.

The Taliban official said investigations were under way and that nobody had been arrested. The
Taliban government has repeatedly said it will not allow Afghan territory to be used against any
country.

Several Baloch separatist commanders have been killed in Kandahar province over the past few years in
shootings and bombings that were never claimed. Residents of Spin Boldak said the dead commander had lived in the town for about three years and
rarely left his house without armed guards. Taliban police sealed off the street on Tuesday and
questioned shopkeepers.

The BLA has fought for decades for the independence
of Pakistan's Balochistan province, which borders Kandahar, and its fighters are accused by
Islamabad of using Afghanistan as a rear base.
""",
  [R("targeted_killing", "2022-03-14", "day", AF, "Kandahar", "Spin Boldak", UM, "BLA", None, 2, 2, 2, 1)])

# ---------------------------------------------------------------- n18
D("n18", "2024-10-26", "Pakistani newspaper",
  "Three policemen hurt in grenade attack on Mathra checkpost; traffic warden shot dead in Chamkani",
  """
PESHAWAR: Three policemen were injured when unidentified men hurled hand grenades and opened fire on
a police picket in Mathra, a suburb of Peshawar, late on Friday night, police
said.

The police said the attackers came on foot from the direction of the fields and threw two
grenades at the picket before firing a few bursts and escaping. One of the grenades went off inside
the sandbagged enclosure. The injured constables, Imran, Sajjad and Waqas, were taken to the Khyber
Teaching Hospital, where doctors said they were out of danger. No one was killed in the attack.

Senior Superintendent of Police (Operations) Masood Bangash said the police had increased patrolling in the
suburbs, which border the Khyber and Mohmand tribal districts, and that the attackers would soon be
traced.

In a separate incident on Saturday morning, a traffic warden was shot dead in Chamkani while he was
on duty near the GT Road. Police said two men on a motorbike stopped near the warden, Fazal
Rabbi, and the pillion rider fired at him with a pistol before the two fled towards the Ring Road.
The warden died before he could be taken to hospital. Police officials said he appeared to have been
deliberately singled out, and that the possibility of a personal enmity was also being examined.

The slain warden's funeral prayers were held at the Malik Saad Shaheed Police Lines and were
attended by the capital city police officer.

Investigators were examining footage from cameras installed at shops along the GT Road, and the
motorcycle used in the Chamkani shooting was later found abandoned near the Ring Road, police said.

The provincial capital has seen a series of attacks on police in its rural suburbs this year, and
several picket posts on the city's edges have been shifted or reinforced.
""",
  [R("armed_assault", "2024-10-25", "day", PK, KP, "Peshawar", UM, POL, None, 0, 0, 0, 3),
   R("targeted_killing", "2024-10-26", "day", PK, KP, "Peshawar", UM, POL, None, 1, 1, 1, None)])

# ---------------------------------------------------------------- n19
D("n19", "2025-06-02", "ISPR press release",
  "ISPR: Shakai post attack thwarted at cost of two soldiers; IBO in Tank, infiltrators pushed back at Lwara Mandi",
  """
INTER SERVICES PUBLIC RELATIONS — PRESS RELEASE

Rawalpindi, 2 June 2025

On the night of 31 May/1 June 2025, a group of khwarij, belonging to Indian-sponsored Fitna al
Khawarij, attempted to attack a security forces' post in general area Shakai, South Waziristan
District. Own troops effectively thwarted the attempt and, in the ensuing exchange of fire, four
khwarij were sent to hell.

During the intense exchange of fire, two brave sons of the soil, Sepoy Irfan Ullah, aged 24 years,
resident of District Lakki Marwat, and Sepoy Muhammad Shoaib, aged 22 years, resident of District
Chakwal, having fought gallantly, embraced shahadat.

On 1 June 2025, in another intelligence based operation in District Tank, own troops engaged the
khwarij location and two khwarij were sent to hell, while one khariji was apprehended. Weapons and
ammunition were recovered.

On the same day, security forces observed the movement of a group of khwarij trying to infiltrate
through the Pakistan-Afghanistan border in general area Lwara Mandi, North Waziristan District. Own
troops engaged the infiltrators, who fled back across the border.

Thus far, six khwarij have been neutralised in these engagements. Sanitisation operations are being
conducted to eliminate any other khariji found in the area.

Pakistan has consistently been asking the Interim Afghan Government to ensure effective border
management on their side of the border. The Interim Afghan Government is expected to fulfil its
obligations and deny the use of Afghan soil by khwarij for perpetrating terrorist activities against
Pakistan.
""",
  [R("armed_assault", "2025-05-31", "day", PK, KP, "South Waziristan", "TTP", MIL, None, 6, 6, 6, None),
   R("security_operation", "2025-06-01", "day", PK, KP, "Tank", MIL, "TTP", None, 2, 2, 2, None),
   R("security_operation", "2025-06-01", "day", PK, KP, "North Waziristan", MIL, "TTP", None, None, None, None, None)])

# ---------------------------------------------------------------- n20
D("n20", "2021-08-30", "radio bulletin",
  "Radio bulletin, 1 p.m.: two Levies men killed in Loi Mamund blast; grenade wounds four in Quetta",
  """
This is the one o'clock news.

Two Levies personnel have been killed and three others wounded in a roadside bomb blast in the Loi
Mamund area of Bajaur district this morning. Officials say the device went off as a Levies vehicle on
patrol passed a culvert near the Afghan border. The district police officer told Radio that
terrorists of the banned Tehreek-e-Taliban Pakistan had planted the explosives, and that the area had
been sealed off.

In Quetta, four people, among them a shopkeeper and a ten-year-old boy, were wounded when unknown
men riding a motorcycle threw a hand grenade into a shop on Prince Road this morning. Police say the
attackers escaped. All four injured are reported to be out of danger.

Turning to other news: the federal cabinet will meet in Islamabad tomorrow to review the situation in
Afghanistan, where the Taliban took control of Kabul two weeks ago. The Foreign Office says flights
evacuating foreigners through Islamabad will continue this week.

And now the weather. Hot and humid conditions will persist in most parts of the country, with rain
expected in the upper districts of Khyber Pakhtunkhwa.
""",
  [R("bombing", "2021-08-30", "day", PK, KP, "Bajaur", "TTP", POL, None, 2, 2, 2, 3),
   R("armed_assault", "2021-08-30", "day", PK, BA, "Quetta", UM, CIV, None, 0, 0, 0, 4)])
