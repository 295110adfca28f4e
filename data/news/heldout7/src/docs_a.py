# q01-q13
from common import G, D
PK, KP, BA = "Pakistan", "Khyber Pakhtunkhwa", "Balochistan"

D("q01", "2023-06-14", "Militants kill three policemen at Daraban checkpoint; TTP claims far higher toll", [
"DERA ISMAIL KHAN, Pakistan (XX) — Militants with automatic rifles overran a police checkpoint in the Daraban area of Dera Ismail Khan late on Tuesday night, killing three policemen, police said. Two of the attackers were shot dead by the post's guards as they tried to withdraw toward the Sheikh Badin hills.",
"District police chief Aamir Nawaz Khattak said roughly a dozen men approached the checkpoint on the Daraban–Zhob road from two directions shortly before 11 p.m. and opened fire. Two more constables were hurt and were taken to the District Headquarters Hospital, where doctors described their condition as stable.",
"\"Our men fought for almost forty minutes. They did not leave the post,\" Khattak told reporters on Wednesday morning, standing beside a bullet-pocked sandbag wall. The bodies of the two attackers, he said, had been handed to the hospital for identification.",
"The Pakistani Taliban, known as Tehrik-e-Taliban Pakistan or TTP, said in a message sent to journalists that its fighters had carried out the raid and killed seven policemen. Police rejected that figure as propaganda and said the dead were three constables, all from nearby villages.",
"Daraban lies at the edge of the plains where the road climbs toward Balochistan, and its checkpoints have been attacked repeatedly since the TTP ended a ceasefire with the government. Police in the district have asked for armoured vehicles and night-vision equipment; officials say only some of it has arrived.",
"Funeral prayers for the three constables were held at police lines in the city on Wednesday afternoon."],
[G("armed_assault","2023-06-13","day",PK,KP,"Dera Ismail Khan","TTP","Pakistan police","TTP",5,5,9,2)])

D("q02", "2024-08-22", "Two policemen martyred in Jani Khel roadside blast; elder gunned down outside Lakki mosque", [
"BANNU: Two policemen were martyred and three others injured on Wednesday when a roadside device exploded beside their patrol vehicle in the Jani Khel area of Bannu district, police said.",
"A police spokesman said the van was returning from a routine patrol along the Kurram river embankment at about 4:30pm when the device, concealed in a culvert, was set off by remote control. The dead were identified as head constable Sher Zaman and constable Ihsanullah. The injured were moved to the Khalifa Gul Nawaz Teaching Hospital, from where one was later referred to Peshawar.",
"No group claimed the blast. Bannu's regional police officer told reporters gathered at the hospital that the device had been \"made by people who know this area well\", but would not say who he held responsible.",
"The attack came seven months after a similar device killed four policemen in the same area in January, an incident that led to a sit-in by residents demanding that the government restore order.",
"In neighbouring Lakki Marwat, a tribal elder, Malik Gul Rehman, was shot dead on Thursday morning by two men on a motorcycle as he left a mosque in the Tajori area. His nephew, who was walking with him, was wounded in the leg. Police said the elder had served on a local aman committee for several years and had received threats. The attackers escaped.",
"Traders in Tajori closed their shops in protest after the funeral and blocked the Indus Highway for two hours."],
[G("bombing","2024-08-21","day",PK,KP,"Bannu","unidentified militants","Pakistan police",None,2,2,2,3),
 G("targeted_killing","2024-08-22","day",PK,KP,"Lakki Marwat","unidentified militants","civilians",None,1,1,1,1),
 G("bombing","2024-01-01","month",PK,KP,"Bannu","unidentified militants","Pakistan police",None,4,4,4,None,True)])

D("q03", "2024-11-21", "ISPR: nine khwarij killed in Boya IBO and three in Tank's Gomal area; two soldiers martyred", [
"INTER SERVICES PUBLIC RELATIONS (ISPR)",
"No PR-231/2024-ISPR — Rawalpindi, 21 November 2024",
"On the night of 19/20 November 2024, security forces conducted an intelligence based operation in general area Boya, North Waziristan District, on the reported presence of khwarij. During the conduct of the operation, own troops effectively engaged the khwarij location, and as a result nine khwarij were sent to hell.",
"During the intense exchange of fire, Lance Naik Muhammad Asif (age 29, resident of District Chakwal) and Sepoy Hazrat Bilal (age 22, resident of District Swabi), having fought gallantly, paid the ultimate sacrifice and embraced shahadat.",
"In another engagement on 20 November 2024, own troops carried out an operation in general area Gomal, Tank District, and three khwarij were neutralised. Weapons and ammunition were recovered from the killed khwarij, who remained actively involved in numerous terrorist activities against security forces as well as the killing of innocent civilians.",
"With these two successful engagements, a dozen khwarij have been sent to hell. Sanitisation operations are being conducted to eliminate any other kharji found in the area.",
"Security forces of Pakistan are determined to wipe out the menace of terrorism from the country, and such sacrifices of our brave soldiers further strengthen our resolve."],
[G("security_operation","2024-11-19","day",PK,KP,"North Waziristan","Pakistan military","TTP",None,11,11,11,None),
 G("security_operation","2024-11-20","day",PK,KP,"Tank","Pakistan military","TTP",None,3,3,3,None)])

D("q04", "2025-01-16", "TICKER — Darra Adamkhel market blast", [
"10:05 — Explosion reported at vegetable market in Darra Adamkhel, Kohat district. Rescue 1122 says three killed, several wounded.",
"10:40 — Police cordon off the main bazaar. Injured being shifted to KDA Teaching Hospital Kohat.",
"11:20 — UPDATE: Toll rises to five, 14 injured, says district health officer.",
"12:15 — Bomb disposal squad says device was planted on a parked motorcycle near a fruit stall and detonated by remote control. Estimated 4 kg of explosives used.",
"13:40 — UPDATE: DPO Kohat confirms six dead, including a twelve-year-old boy who succumbed to his wounds in hospital. 17 wounded, four of them critical.",
"14:10 — KP chief minister condemns blast, orders report within 24 hours. No claim of responsibility so far.",
"15:30 — Traders announce strike in Darra Adamkhel for Friday. Weapons market to remain closed.",
"16:05 — Police say CCTV footage from two shops being examined; a man seen parking the motorcycle at about 9:50am."],
[G("bombing","2025-01-16","day",PK,KP,"Kohat","unidentified militants","civilians",None,3,6,6,17)])

D("q05", "2022-10-09", "Baloch separatists claim deadly attack on Frontier Corps post near Kalat", [
"QUETTA, Pakistan (XX) — Gunmen attacked a Frontier Corps checkpoint on the highway north of Kalat on Saturday night, killing four paramilitary soldiers, a provincial official said on Sunday.",
"The attackers fired rockets and machine guns at the post from a ridge above the road before dawn patrols arrived, according to the official, who was not authorised to speak to reporters and asked not to be named. Two FC soldiers and a truck driver parked near the post were wounded.",
"The outlawed Baloch Liberation Army said its fighters had \"destroyed\" the checkpoint and killed eleven soldiers. The group routinely inflates casualty figures, and the provincial government said its count of four dead was final.",
"Kalat, about 140 kilometres south of Quetta, sits on the main road linking the provincial capital with Karachi. Traffic was halted for several hours on Sunday while troops searched the hills.",
"Separately, a bomb hidden in a roadside drain went off near the general bus stand in Khuzdar on Saturday evening, wounding six people, among them two children, police said. Nobody was killed. No one claimed that blast.",
"Balochistan, Pakistan's largest and poorest province, has seen an insurgency for two decades by groups demanding a greater share of its gas and mineral wealth or outright independence."],
[G("armed_assault","2022-10-08","day",PK,BA,"Kalat","BLA","Frontier Corps","BLA",4,4,11,3),
 G("bombing","2022-10-08","day",PK,BA,"Khuzdar","unidentified militants","civilians",None,0,0,0,6)])

D("q06", "2023-09-19", "Suicide bomber kills two policemen at Mardan checkpost", [
"MARDAN: Two policemen were martyred and four people injured when a suicide bomber blew himself up at a police checkpost on the Mardan–Swabi road on Monday evening, officials said. The bomber was also killed.",
"According to the district police officer, the attacker arrived on foot and detonated his vest when constables tried to search him at about 7pm. Constables Fazal Wahid and Muhammad Ilyas died on the spot. Two other policemen and two passers-by, one of them a rickshaw driver, were taken to Mardan Medical Complex with splinter wounds.",
"The DPO told reporters that initial evidence pointed to the \"Fitna al-Khawarij\", and that the bomber's head and legs had been recovered for forensic examination. A spokesman for the Tehrik-i-Taliban Pakistan, however, said in a short statement that the group had no link with the attack and did not target \"public places\".",
"Counter-terrorism officials said they were not taking the denial at face value. \"They deny whatever causes them embarrassment,\" one officer said.",
"Security at police installations across the Mardan division was raised after the blast, and checkposts were told not to let people approach on foot without first being asked to stop at a distance.",
"The injured were said to be out of danger on Tuesday."],
[G("suicide_attack","2023-09-18","day",PK,KP,"Mardan","TTP","Pakistan police",None,3,3,3,4)])

D("q07", "2024-04-10", "'She carried the cold box, he carried the rifle': Mohmand buries a polio team's guard", [
"GHALANAI, Mohmand — The cold box is still in the corner of the Basic Health Unit, its lid cracked where it hit the ground. Nobody has wanted to move it since Tuesday morning, when two men on a motorcycle opened fire on a polio vaccination team in a village outside Ghalanai and killed the policeman who had been sent to guard it.",
"Constable Abdul Wakeel, 34, had walked beside vaccination teams in Mohmand for six campaigns. His colleagues say he used to joke that he had seen more children than any schoolteacher in the district.",
"\"He said the children were not afraid of him, only of the drops,\" said his elder brother, Haji Sardar, sitting on a charpoy outside the family's mud-walled house on Wednesday. \"He told us nothing would happen, that the people here know the team.\"",
"According to the police, the gunmen came up a dirt lane at about 9 a.m., fired at Wakeel from close range and then at the two vaccinators. One of them, a woman in her twenties, was hit in the shoulder and is being treated in Peshawar. The second vaccinator escaped by running into a house. The attackers rode away toward the hills.",
"No one has claimed the killing. A district health official said the campaign in the area had been paused and would resume \"when the police say it is safe\".",
"Polio teams in Khyber Pakhtunkhwa have been attacked many times. In March last year, two vaccinators were shot dead in Kohat's Lachi area, a case that remains unsolved. Health workers in Mohmand say the latest shooting has made families, too, reluctant to open their doors.",
"\"The vaccine is free, the fear is not,\" said Gulalai, a lady health worker who has been with the programme for eleven years and who asked that her family name not be used. \"After Tuesday, even my own husband asked me to stay at home.\"",
"Wakeel leaves his wife and four children. The eldest, a nine-year-old, was among those who had received drops at the same health unit the previous day."],
[G("targeted_killing","2024-04-09","day",PK,KP,"Mohmand","unidentified militants","Pakistan police",None,1,1,1,1),
 G("targeted_killing","2023-03-01","month",PK,KP,"Kohat","unidentified militants","civilians",None,2,2,2,None,True)])

D("q08", "2025-02-14", "Taliban say Pakistani drone strikes on Urgun killed six civilians; border fire in Kurram", [
"KABUL, Afghanistan (XX) — The Taliban government on Thursday accused Pakistan of carrying out drone strikes in the Urgun district of eastern Paktika province, saying six civilians, including three children, were killed and four others wounded.",
"A spokesman for the provincial governor said the strikes hit two houses in a village near the district centre late on Wednesday. Residents reached by telephone said the families living there had moved from North Waziristan several years ago and had registered as refugees.",
"Pakistan's foreign ministry did not confirm the strikes. Two Pakistani security officials, speaking on condition of anonymity, said the targets were hideouts of the Tehrik-e-Taliban Pakistan used to plan attacks across the border, and that \"about 15\" militants had been killed. Neither account could be independently verified; journalists are not allowed into the area.",
"Afghanistan's defence ministry said it had \"the right to respond\". On Thursday afternoon, Afghan border forces fired mortars and heavy machine guns at Pakistani posts facing Kurram district, according to a Pakistani official there. One Frontier Corps soldier was wounded; no one was killed on the Pakistani side, he said. The Taliban said they had inflicted \"heavy losses\" but gave no figures.",
"The two governments have traded accusations for months over the TTP, which Islamabad says operates freely from Afghan soil. Kabul denies this.",
"The Torkham and Kharlachi crossings remained open on Thursday, traders said."],
[G("cross_border_strike","2025-02-12","day","Afghanistan","Paktika","Urgun","Pakistan military","TTP",None,6,6,15,4),
 G("border_clash","2025-02-13","day",PK,KP,"Kurram","Afghan Taliban","Frontier Corps",None,0,0,0,1)])

D("q09", "2021-07-17", "Dera Ismail Khan: two customs officials martyred in firing near Kulachi (translated from Urdu)", [
"DERA ISMAIL KHAN (correspondent) — Unknown armed persons opened fire on a vehicle of the Customs department near Kulachi, as a result of which two officials were martyred while the driver was injured.",
"According to details, the customs officials were returning to Dera Ismail Khan in an official vehicle on Friday evening after duty at a check point on the Kulachi road when armed persons hiding in the fields near Luni village fired on them. Inspector Rafiullah and sepoy Noor Alam succumbed to their wounds on the spot, while the driver Muhammad Akram was shifted to the District Headquarters Hospital in an injured condition.",
"The police reached the spot on receiving information and collected evidence. The bodies were shifted to the hospital, where after medico-legal formalities they were handed over to the heirs. The police have registered a case against unknown persons and started investigation.",
"It should be noted that last month a police constable was also martyred in firing by unknown persons in the Paharpur area of the district, and that the accused in that case have not yet been arrested.",
"Customs employees held a protest outside the collectorate on Saturday and demanded that the killers be arrested at once and that officials posted at border check points be given security. The Collector of Customs said the martyrs would be given the shuhada package."],
[G("targeted_killing","2021-07-16","day",PK,KP,"Dera Ismail Khan","unidentified militants","civilians",None,2,2,2,1),
 G("targeted_killing","2021-06-01","month",PK,KP,"Dera Ismail Khan","unidentified militants","Pakistan police",None,1,1,1,None,True)])

D("q10", "2023-05-30", "Gunmen kill three Levies personnel at Mekhtar post; FC soldier dies in Zhob roadside blast", [
"LORALAI: Three personnel of the Balochistan Levies were martyred when armed men attacked a Levies checkpost in the Mekhtar area of Loralai late on Monday night, officials said.",
"Deputy Commissioner Loralai said around eight to ten attackers armed with rocket launchers and Kalashnikovs fired at the post from nearby fields for about half an hour. Risaldar Abdul Qadir and sepoys Muhammad Nawaz and Gul Hassan were martyred. The attackers fled before reinforcements arrived, he said. Nobody else was hurt.",
"A combing operation was under way in the area on Tuesday. Nobody had come forward to claim the raid as of Tuesday evening.",
"Separately, a Frontier Corps soldier was martyred and two others injured on Tuesday morning when an improvised explosive device went off near their patrol on the outskirts of Zhob town. An FC spokesman said the patrol was clearing a route ahead of a convoy when the device, planted under a culvert, exploded. The injured were shifted to the Combined Military Hospital in Zhob.",
"Levies personnel in the area complain that their posts lack boundary walls and that many still use weapons that are decades old. The provincial government has promised to merge the Levies force with the police in stages."],
[G("armed_assault","2023-05-29","day",PK,BA,"Loralai","unidentified militants","Pakistan police",None,3,3,3,0),
 G("bombing","2023-05-30","day",PK,BA,"Zhob","unidentified militants","Frontier Corps",None,1,1,1,2)])

D("q11", "2025-06-22", "Seven days in Khyber Pakhtunkhwa: a bridge blast, three kidnapped engineers and a dawn raid", [
"Another week in Khyber Pakhtunkhwa in which violence seldom made the national headlines for more than an hour.",
"Earlier in the week, militants attacked a police post in the Kalaya area of Orakzai district with rockets and small arms. Two constables were martyred and one was wounded before the attackers withdrew, the district police said. No group took responsibility.",
"On Thursday, a device buried under a small bridge in Bara, Khyber district, went off as a pickup carrying labourers crossed it. A ten-year-old boy sitting in the back was killed and three of the labourers were injured. Police believe the device was meant for a police vehicle that uses the route every morning.",
"On Saturday, three engineers working for a private company building a water scheme in Kurram's Sadda area were taken away at gunpoint from their site office. The kidnappers fired no shots and no one was hurt, police said; the men's families say they have received no ransom call yet.",
"And early on Sunday, security forces raided a compound in Lakki Marwat's Bargai area. The military said four militants were killed and a soldier was wounded in the exchange of fire that followed.",
"The provincial counter-terrorism department says it recorded more than 300 incidents in the first five months of the year, a figure that includes threats and extortion calls as well as attacks. Police officers say the numbers tell only part of the story: in many villages, they say, people have stopped reporting demands for money at all.",
"Next week: the provincial budget, and what it sets aside for the police."],
[G("armed_assault","2025-06-16","week",PK,KP,"Orakzai","unidentified militants","Pakistan police",None,2,2,2,1),
 G("bombing","2025-06-19","day",PK,KP,"Khyber","unidentified militants","Pakistan police",None,1,1,1,3),
 G("kidnapping","2025-06-21","day",PK,KP,"Kurram","unidentified militants","civilians",None,0,0,0,0),
 G("security_operation","2025-06-22","day",PK,KP,"Lakki Marwat","Pakistan military","unidentified militants",None,4,4,4,1)])

D("q12", "2024-02-12", "Shia scholar and guard shot dead in Karachi's Gulshan-e-Iqbal", [
"KARACHI, Pakistan (XX) — Gunmen on a motorcycle shot dead a Shia religious scholar and his police guard in Karachi on Saturday night, police said, in the latest in a series of sectarian attacks in Pakistan's largest city.",
"Allama Syed Hasnain Raza, 58, was leaving a religious gathering in the Gulshan-e-Iqbal neighbourhood at around 10:30 p.m. when two men riding a motorbike pulled up beside his car and fired through the window, police spokesman Ali Raza Jatoi said. Raza and the constable assigned to guard him, Shakeel Ahmed, died before they could be taken to hospital. The car's driver was not hit, and no one else was hurt.",
"Investigators recovered 14 spent 9mm cartridges from the road. Police said the killing bore the hallmarks of Lashkar-e-Jhangvi, a banned anti-Shia group whose members have carried out similar shootings in the city, but said it was too early to say who was responsible. No group has claimed the attack.",
"Hundreds of mourners gathered at the Ancholi imambargah on Sunday, chanting slogans against the provincial government, and some blocked the University Road for several hours. Shia organisations announced three days of mourning.",
"Sindh's home minister ordered the police to arrest the killers within a week and said security for religious scholars would be reviewed."],
[G("targeted_killing","2024-02-10","day",PK,"Sindh","Karachi","unidentified militants","civilians",None,2,2,2,0)])

D("q13", "2022-03-08", "FIR summary: contractor abducted from road project site in Kohat, guard wounded", [
"FIRST INFORMATION REPORT — summary of case registered at Police Station Lachi, District Kohat.",
"FIR No: 117. Date and time of report: 07-03-2022, 21:40. Date and time of occurrence: 07-03-2022, about 18:15. Place of occurrence: site camp of a road construction company on the Kohat–Lachi link road, about 6 km from the police station.",
"Sections: 365-A (kidnapping for ransom), 324 (attempt to murder), 34 PPC, and 7 ATA.",
"Complainant: Muhammad Tariq, 41, site supervisor, resident of Karak.",
"Statement of complainant, in summary: At about 18:15 on 7 March, five armed men with covered faces, carrying Kalashnikovs, entered the camp in a white double-cabin vehicle. They forced the contractor, Engineer Sajid Mehmood, into the vehicle. When the camp guard, Gul Nawaz, raised his weapon, one of the men fired at him, hitting him in the thigh. The men drove off toward the hills to the south. The complainant recognised none of them. He states that the company had received a phone call two weeks earlier demanding money, which was not paid.",
"Injured: one (camp guard), shifted to KDA Teaching Hospital Kohat, condition stable. No one was killed.",
"Accused: unknown, five in number.",
"Recovered at the spot: nine empty 7.62mm cartridges.",
"Investigation: entrusted to the CTD Kohat region. Raids have been carried out in two villages; no arrest has been made. Call records of the extortion number have been requested."],
[G("kidnapping","2022-03-07","day",PK,KP,"Kohat","unidentified militants","civilians",None,0,0,0,1)])
