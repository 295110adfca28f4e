from common import G, D
PK, KP, BA = "Pakistan", "Khyber Pakhtunkhwa", "Balochistan"

D("q22", "2022-06-28", "TTP commander and two guards die in Achin car bomb, Afghan officials say", [
"JALALABAD, Afghanistan (XX) — A senior commander of the Pakistani Taliban was killed along with two bodyguards when a bomb attached to his car exploded in the Achin district of eastern Nangarhar province on Sunday, Afghan officials and the militant group said.",
"A spokesman for the Nangarhar police said the device had been fixed under the vehicle and detonated as it left a village market. He put the death toll at three. Relatives who spoke to local media said a fourth man, the driver, died of his wounds in a Jalalabad hospital on Monday; the police had not confirmed that death by Tuesday.",
"The Tehrik-e-Taliban Pakistan confirmed the death of its commander, identified as Qari Abdul Basit, in a statement and blamed \"the enemies of Islam\", without naming anyone. No one claimed the attack.",
"Several TTP figures have been killed in mysterious attacks in eastern Afghanistan over the past year. Islamabad has never commented on such killings. The Taliban administration in Kabul says it does not allow any group to use Afghan soil against another country."],
[G("bombing","2022-06-26","day","Afghanistan","Nangarhar","Achin","unidentified militants","TTP",None,3,3,4,None)])

D("q23", "2025-09-12", "Peshawar seminar calls for new tribal-district policing plan", [
"PESHAWAR: Speakers at a seminar on policing in the merged tribal districts on Thursday called for a separate recruitment drive for the former Levies and Khasadar personnel, saying many of them had yet to receive the training promised when the forces were absorbed into the police in 2019.",
"The seminar, organised by a Peshawar University research centre, was attended by retired police officers, lawyers and two members of the provincial assembly. A former inspector general said the police in Bajaur, Khyber and the two Waziristans were still short of vehicles, communications equipment and investigators, and that many stations worked out of rented buildings.",
"A lawyer from Landi Kotal said residents were reluctant to register cases because courts in the tribal districts were still understaffed. Another speaker argued that the government should rebuild the jirga system alongside the courts instead of replacing it.",
"Participants agreed that the rise in attacks in the province over the past three years had put police stations in the merged districts under pressure they were not built for. They did not discuss any specific incident.",
"A set of recommendations will be sent to the provincial home department next month, the organisers said."],
[])

D("q24", "2021-04-06", "Two FC men martyred, three injured in Panjgur attack; BLA, BRAS both claim", [
"PANJGUR: Two Frontier Corps personnel were martyred and three others injured when militants attacked an FC patrol near Gichk in Panjgur district on Monday, officials said.",
"A spokesman for the FC said the patrol was returning to its camp in the afternoon when militants hiding in the orchards opened fire. He said the troops responded and the attackers fled, leaving behind blood trails. One of the injured is in critical condition at the district hospital.",
"The Baloch Liberation Army claimed the attack in a statement to the media, saying five soldiers had been killed. A separate statement, attributed to the umbrella alliance Baloch Raji Aajoi Sangar, also claimed the attack hours later.",
"Officials said the FC had launched a search in the area. The district administration suspended mobile internet in Panjgur town for the evening."],
[G("armed_assault","2021-04-05","day",PK,BA,"Panjgur","BLA","Frontier Corps","BLA",2,2,5,3)])

D("q25", "2022-01-18", "Bajaur: terrorists attack police mobile in Mamund, ASI among three martyred (translated from Urdu)", [
"KHAR (news agencies) — In the Mamund tehsil of Bajaur district, terrorists attacked a police mobile, as a result of which an assistant sub-inspector and two constables were martyred while one constable was injured.",
"According to details, the police mobile was on routine patrol in the Lowi Mamund area on Monday night at about 8 o'clock when terrorists hiding behind a wall opened fire on it with automatic weapons. ASI Habib Khan, constable Zahir Shah and constable Iftikhar Ali were martyred on the spot. Police officials said that constable Naseer Ahmed, who was injured in the attack, was shifted to the District Headquarters Hospital Khar, where his condition is out of danger.",
"On getting information, a heavy contingent of police and security forces reached the spot and cordoned off the area and started a search operation. The District Police Officer said that the terrorists would soon be brought to their logical end.",
"The Tehrik-e-Taliban Pakistan accepted responsibility for the attack through a statement issued to the media, in which it claimed that five policemen were killed.",
"It should be noted that three days ago, on Saturday, a bomb planted on the roadside had exploded near a security forces vehicle in the Salarzai area of Bajaur, in which two soldiers were injured; no one was martyred in that incident.",
"The funeral prayers of the martyred policemen were offered at police lines Khar with official honours, in which the Deputy Commissioner, the DPO and a large number of people participated."],
[G("armed_assault","2022-01-17","day",PK,KP,"Bajaur","TTP","Pakistan police","TTP",3,3,5,1),
 G("bombing","2022-01-15","day",PK,KP,"Bajaur","unidentified militants","Pakistan military",None,0,0,0,2,True)])

D("q26", "2024-05-12", "'The shots came through the window where the boys slept': a police family in Doaba counts its losses", [
"DOABA, Hangu — The guest room of Inspector Khan Bahadur's house still smells of gunpowder. On the wall facing the window, plaster has come away in a rough line at the height of a man lying on a bed, and someone has pushed a child's school bag into the largest of the holes, as if to stop the draught.",
"Late on Friday night, at least four gunmen climbed the wall of the compound on the edge of Doaba and fired into the room where the inspector's two sons, aged 19 and 16, were sleeping. Both were killed. Their mother, who ran toward the room when she heard the firing, was hit in the arm and is being treated in Kohat. The inspector himself was on duty at a checkpost forty kilometres away.",
"\"They came for me and they found my boys,\" Khan Bahadur said on Saturday, receiving mourners in a tent set up in the lane outside. \"I have served twenty-two years. I have never hidden where I live.\"",
"Police said the attackers left on foot through the orchards behind the house, firing into the air. They found 31 spent cartridges in the courtyard. No group has claimed the attack, and the district police officer declined to say whom he suspected. \"We will not name anyone until we are sure,\" he said.",
"Residents say policemen's families in the area have become targets in a way they were not before. In August last year, three constables were killed in Doaba when a bomb hidden in a handcart went off beside their van at the bazaar, a case that is still under investigation.",
"The elder son, Ihsan, had passed his intermediate examinations in the spring and wanted to join the police himself, his uncle said. The younger, Waqas, played in goal for the village football team. Their teammates carried the coffins on Saturday afternoon to a graveyard on the slope above the village, where several other policemen are buried.",
"\"Every family in this street has someone in uniform,\" said Gul Nawab, a neighbour who runs a pharmacy. \"Now every family is asking whether they should leave.\"",
"The provincial inspector general visited the house on Saturday evening and promised that the killers would be caught. Khan Bahadur said he would go back to his post after the third-day prayers."],
[G("armed_assault","2024-05-10","day",PK,KP,"Hangu","unidentified militants","Pakistan police",None,2,2,2,1),
 G("bombing","2023-08-01","month",PK,KP,"Hangu","unidentified militants","Pakistan police",None,3,3,3,None,True)])

D("q27", "2023-08-09", "Grenade attack on Quetta shop wounds nine; Levies officer gunned down in Mastung", [
"QUETTA, Pakistan (XX) — Attackers on a motorcycle threw a hand grenade into a mobile phone shop on Quetta's busy Jinnah Road on Tuesday evening, wounding nine people, one of whom later died in hospital, police said.",
"Police surgeon Dr. Ayesha Baloch said the man who died, a 24-year-old shop assistant, had suffered severe head injuries. The other eight wounded, including two children who had been walking past with their father, were in stable condition at the Civil Hospital.",
"Police said the shop's owner had received threatening calls demanding money over the past month. There was no claim of responsibility.",
"Earlier on Tuesday, gunmen shot dead a Levies naib risaldar, Muhammad Yaqoob, outside his home in Mastung, about 50 kilometres south of Quetta, as he left for work, a Levies spokesman said. He had been involved in several arrests of suspected militants, the spokesman said, and had reported receiving threats. The attackers escaped in a car.",
"Balochistan has seen a steady rise in attacks by both separatist and Islamist militant groups. Extortion by criminal gangs operating under the cover of militant names has also increased in Quetta, traders say."],
[G("armed_assault","2023-08-08","day",PK,BA,"Quetta","unidentified militants","civilians",None,1,1,1,8),
 G("targeted_killing","2023-08-08","day",PK,BA,"Mastung","unidentified militants","Pakistan police",None,1,1,1,None)])

D("q28", "2023-10-26", "LIVE: Parachinar bazaar blast — updates", [
"09:12 — Explosion heard in Parachinar's main bazaar, Kurram district. Police say blast near a row of cloth shops.",
"09:35 — DHQ hospital Parachinar: two bodies received, more than ten injured brought in. Emergency declared.",
"10:20 — Toll rises to four, officials say. Injured include two policemen on bazaar duty.",
"11:05 — Kurram deputy commissioner: device was fitted to a handcart and set off by timer. Bazaar sealed, search in progress.",
"12:40 — UPDATE: Seven killed, 21 injured, DC confirms in a statement. Five critically injured to be airlifted to Peshawar.",
"13:55 — Islamic State Khorasan Province claims blast in message carried by Amaq, says 15 \"Shia apostates\" killed. Officials stand by their figure of seven.",
"14:30 — Mobile internet suspended in Kurram till further orders. Traders announce three days of mourning.",
"16:10 — KP caretaker chief minister: compensation for families; condemns \"attempt to ignite sectarian strife\"."],
[G("bombing","2023-10-26","day",PK,KP,"Kurram","ISKP","civilians","ISKP",2,7,15,21)])

D("q29", "2024-03-05", "BRAS claims Sui pipeline blast; FC kill three militants in Pir Koh operation", [
"DERA BUGTI: Two private security guards were injured when militants blew up a section of a gas pipeline near Sui in Dera Bugti district early on Monday, disrupting supplies to parts of the province.",
"Officials of the gas company said the blast, caused by explosives planted beneath the 18-inch line, set off a fire that was brought under control after three hours. The guards, who were patrolling nearby, suffered burns and were shifted to the Sui hospital. Nobody was killed.",
"The Baloch Raji Aajoi Sangar, an umbrella alliance of separatist groups, claimed responsibility in a statement.",
"Separately, the Frontier Corps said it had killed three militants in an operation in the Pir Koh area of the district on Tuesday. An FC spokesman said the troops had acted on intelligence about a hideout used by militants involved in attacks on gas installations, and that two Kalashnikovs and a quantity of explosives were recovered. There were no casualties among the troops, he said.",
"Repair work on the pipeline was under way and supply was expected to be restored within a day."],
[G("bombing","2024-03-04","day",PK,BA,"Dera Bugti","BRAS","civilians","BRAS",0,0,0,2),
 G("security_operation","2024-03-05","day",PK,BA,"Dera Bugti","Frontier Corps","unidentified militants",None,3,3,3,None)])
