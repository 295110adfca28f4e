from common import *
DOCS = []

DOCS.append(D("p21", "2021-06-09", "short newspaper brief",
"Levies official shot dead in Pishin",
["""PISHIN: A Levies risaldar was shot dead by unidentified gunmen in the Saranan area of Pishin district on Tuesday, officials said.""",
"""Risaldar Muhammad Younas was standing outside a tea stall near the Saranan Levies thana when two men on a motorcycle opened fire on him and escaped, the assistant commissioner said. He received three bullets and died before he could be taken to hospital. His body was handed over to the family after legal formalities.""",
"""The Balochistan Liberation Army claimed the killing in a statement to the media, accusing the official of working for the intelligence agencies. Levies officials said the slain risaldar had no such role and had been posted at the thana for administrative work.""",
"""A case has been registered and a search for the attackers is under way. Levies personnel in the district staged a brief protest and demanded that officials deployed in the field be issued bulletproof jackets."""],
[PK("targeted_killing", "2021-06-08", BAL, "Pishin", "BLA", "Pakistan police", "BLA", 1, 1, 1, None)]))

DOCS.append(D("p22", "2025-06-24", "ISPR press release",
"ISPR: five Indian-sponsored terrorists killed in Kech IBO; two soldiers martyred in Sui",
["""INTER SERVICES PUBLIC RELATIONS — PRESS RELEASE""",
"""Rawalpindi, 24 June 2025""",
"""On 23 June 2025, security forces conducted an intelligence based operation in general area Zamuran, Kech District, on the reported presence of terrorists belonging to the Indian proxy Fitna al Hindustan. During the conduct of the operation, own troops engaged the terrorists' hideout with precision and five Indian-sponsored terrorists were sent to hell. Weapons, ammunition and explosives were also recovered from the killed terrorists, who remained actively involved in numerous terrorist activities in the area.""",
"""In another incident on the same day, terrorists opened fire on a vehicle of the security forces near Sui, Dera Bugti District. Own troops responded swiftly and one terrorist was killed, while two brave sons of soil, Havildar Ghulam Mustafa (age 36 years, resident of District Jhang) and Sepoy Abdul Basit (age 25 years, resident of District Kech), having fought gallantly, embraced shahadat.""",
"""Sanitisation operations are being conducted to eliminate any other Indian-sponsored terrorist found in the area, as security forces of Pakistan are determined to wipe out the menace of Indian-sponsored terrorism from the country.""",
"""The people of Balochistan have rejected the Indian proxies, and such cowardly acts cannot shake the resolve of the nation and its security forces to restore lasting peace and stability in the province."""],
[PK("security_operation", "2025-06-23", BAL, "Kech", "Pakistan military", "unidentified militants", None, 5, 5, 5, None),
 PK("armed_assault", "2025-06-23", BAL, "Dera Bugti", "unidentified militants", "Pakistan military", None, 3, 3, 3, None)]))

DOCS.append(D("p23", "2023-01-23", "long feature with quotes",
"In Matta, a father and son buried together, and a village that no longer sleeps",
["""MATTA, Swat: The two graves in the family plot at Shakardara are so fresh that the mud has not yet dried. Between them, someone has planted a sprig of basil in a tin can. "My brother always said he would be buried next to our father," said Fazal Hadi, 51, standing over them on Sunday. "He did not say his son would be buried next to him.\"""",
"""Haji Bakht Zamin, 56, a former member of the village defence committee that fought the Taliban in Swat in 2009, and his son Abdul Wali, 24, were shot dead on Friday evening as they drove home from their fruit orchard on the outskirts of Matta. Police said two gunmen waiting at a bend in the road fired at their pickup from close range. Bakht Zamin's nephew, who was sitting in the back, was hit in the shoulder and survived.""",
"""The Tehreek-i-Taliban Pakistan claimed the attack the same night. In a statement, the group said it had killed "three members of the so-called peace committee". Police said there were only two dead, and that Abdul Wali had never belonged to any committee; he ran a mobile phone shop in the bazaar.""",
""""They wanted to send a message," said a police officer in Matta who asked not to be named. "The old men who stood against them in 2009 are being picked off one by one.\"""",
"""It is a message the valley has heard before. Last month, a remote-controlled bomb ripped through a car carrying the head of another village committee near Kabal, killing him and five others, including two police guards; the TTP claimed that attack too. Since then, several former committee members have moved their families to Mingora or to Peshawar.""",
"""In Shakardara, people say they have stopped going out after dark. "In 2009 we had the army in every village. Now we have a police post with eight men and one vehicle," said a shopkeeper, who gave his name only as Rahim. "Who will guard us? We guarded ourselves then, and look what it got us.\"""",
"""Swat's police chief told journalists on Saturday that special teams had been formed to trace the attackers and that security for former peace committee members was being reviewed. Residents marched through the Matta bazaar on Saturday afternoon, chanting slogans for peace and holding white flags — a scene reminiscent of the protests that swept the valley a few months earlier.""",
"""Fazal Hadi said his brother had been offered a police guard two years ago and refused it. "He said, 'My gun is enough. And if they come for me, let them come.' He had courage. Courage is not a bulletproof vest.\"""",
"""His nephew is recovering at the Saidu Teaching Hospital. He has not been told that his cousin died with his father."""],
[PK("targeted_killing", "2023-01-20", KP, "Swat", "TTP", "civilians", "TTP", 2, 2, 3, 1),
 PK("bombing", "2022-12-01", KP, "Swat", "TTP", "civilians", "TTP", 6, 6, 6, None, True, "month")]))

DOCS.append(D("p24", "2023-04-19", "wire (Pakistani dateline)",
"Suicide bomber on motorbike kills three police, passer-by in Nowshera; Jamaat-ul-Ahrar claims attack",
["""NOWSHERA, Pakistan (XX) — A suicide bomber on a motorcycle rammed a police patrol vehicle near Pir Sabaq in northwestern Pakistan on Tuesday, killing three policemen and a passer-by, police said.""",
"""The attacker, who also died, struck the double-cabin pickup as it slowed at a speed breaker on the road between Nowshera and Pir Sabaq, said the district police chief. The bomber's head and parts of the motorcycle were found some 30 metres from the blast site, he said.""",
"""The District Headquarters Hospital in Nowshera received eight wounded people and three more were taken to Lady Reading Hospital in Peshawar, health officials said. Two of the wounded were policemen.""",
"""Jamaat-ul-Ahrar, a faction that broke away from the Pakistani Taliban and later rejoined it, claimed responsibility in a message to journalists and said ten policemen had been killed. Police called the figure an exaggeration. The TTP's central spokesman did not comment.""",
"""Footage shared on social media showed the charred pickup on its side next to a shop whose front had been blown in. A shopkeeper said he had heard the motorcycle engine revving before the blast. "Then there was smoke and people screaming," he said. "The policemen were inside. We could not get to them.\"""",
"""Police in Khyber Pakhtunkhwa have borne the brunt of a surge in militant violence since the Pakistani Taliban called off a truce with the government in November. Officers say patrols are now ordered to avoid predictable routes and stops, but that this is difficult on busy roads.""",
"""Nowshera, about 45 km east of Peshawar, is home to a large army cantonment and has been relatively peaceful in recent years."""],
[PK("suicide_attack", "2023-04-18", KP, "Nowshera", "Jamaat-ul-Ahrar", "Pakistan police", "Jamaat-ul-Ahrar", 5, 5, 12, 11)]))

DOCS.append(D("p25", "2024-05-27", "follow-up with revised toll",
"Police revise toll in Kundian checkpost attack to two, say three attackers killed",
["""MIANWALI: The Punjab police on Monday revised the number of policemen killed in a militant attack on a checkpost in Kundian tehsil of Mianwali district late on Saturday night, saying two officers had lost their lives and not four, as reported on Sunday.""",
"""Initial reports, quoting rescue officials and a local police source, had said four policemen were martyred when militants armed with rifles and hand grenades stormed the Chashma road checkpost shortly before midnight.""",
"""In a statement issued on Monday, the District Police Officer said Sub-Inspector Zafar Iqbal and Constable Muhammad Amjad had been martyred, while three other policemen had been wounded and were now stable at the District Headquarters Hospital. He said the police had returned fire and that three of the attackers had been killed; their bodies were shifted to the hospital for identification. The other attackers fled towards the riverine belt.""",
"""The DPO said the confusion over the toll arose because two wounded constables had initially been declared dead by people at the scene.""",
"""The banned Tehreek-i-Taliban Pakistan claimed the attack on Sunday, claiming in a statement that its fighters had killed 12 police personnel and "seized the post". Police rejected the claim, saying the checkpost had never fallen.""",
"""Mianwali borders Khyber Pakhtunkhwa's Lakki Marwat and Dera Ismail Khan districts, and the Punjab police have set up additional posts along the provincial boundary over the past year after a series of attacks. The Inspector General of Punjab Police visited the injured on Monday and announced that the checkpost would be upgraded with concrete bunkers and surveillance cameras.""",
"""Funeral prayers for the two policemen were offered at the Police Lines Mianwali on Sunday afternoon."""],
[PK("armed_assault", "2024-05-25", "Punjab", "Mianwali", "TTP", "Pakistan police", "TTP", 5, 5, 15, 3)]))

DOCS.append(D("p26", "2021-10-16", "radio bulletin",
"Radio news, 8 p.m.: FC man killed in Quetta blast; two soldiers, three militants dead in Razmak operation",
["""Good evening. Here is the news at eight.""",
"""A member of the Frontier Corps was killed and four others were wounded this morning when a bomb went off beside their vehicle on Sariab Road in Quetta. Police say the device had been hidden in a pile of rubbish on the roadside and was set off as the vehicle passed. The Islamic State group has claimed responsibility through its Amaq news agency.""",
"""In North Waziristan, two soldiers have been martyred and three militants killed during an intelligence-based operation near Razmak earlier today, the military says. The operation was launched on the reported presence of militants in the area. The military's statement does not name the group to which the militants belonged.""",
"""In Islamabad, the federal cabinet has approved a new national policy on internally displaced persons and decided to extend the registration deadline for families from the merged districts by three months.""",
"""Wheat flour prices have risen again in the provincial capitals, with a 20-kilogramme bag now selling for more than 1,300 rupees in Peshawar.""",
"""And in cricket, Pakistan's squad has arrived in Dubai ahead of next week's opening match of the Twenty20 World Cup.""",
"""That is the news. The next bulletin is at nine."""],
[PK("bombing", "2021-10-16", BAL, "Quetta", "ISKP", "Frontier Corps", "ISKP", 1, 1, 1, 4),
 PK("security_operation", "2021-10-16", KP, "North Waziristan", "Pakistan military", "unidentified militants", None, 5, 5, 5, None)]))

DOCS.append(D("p27", "2024-09-05", "Pakistani newspaper",
"Soldier, two children martyred as Afghan forces shell Bajaur border villages",
["""KHAR: A soldier and two children were martyred and four villagers were injured on Wednesday when Afghan forces opened fire with mortars and heavy weapons on Pakistani border posts and villages in the Mamund tehsil of Bajaur, officials said.""",
"""According to security sources, the firing began at around 2pm when Afghan Taliban personnel objected to construction work at a Pakistani post near the Ghakhi pass and opened fire without warning. Pakistani troops responded. Several mortar rounds landed in the villages of Kharkai and Gurbaz, where two brothers, aged nine and twelve, were killed when a shell hit the courtyard of their house. Four other villagers, including a woman, were wounded and shifted to the District Headquarters Hospital in Khar.""",
"""The exchange continued intermittently till evening. Security sources claimed that the Afghan side had suffered "heavy losses" but gave no figures.""",
"""A spokesman for the Taliban's border forces in Kunar, in a post on social media, said Pakistani forces had started the fighting and claimed that five Pakistani soldiers had been killed, while no Afghan guards were hurt. Pakistani officials dismissed the claim.""",
"""Residents said dozens of families had fled towards Khar and Inayat Kalay. "We have heard firing before, but never shells in the middle of the village," said Malik Noor Zaman, an elder of Kharkai. Schools in Mamund were closed on Thursday and the district administration set up a relief camp in Khar.""",
"""The deputy commissioner said that the trade and pedestrian movement at the Ghakhi crossing had been suspended until further notice.""",
"""The Foreign Office said it had lodged a strong protest with the Afghan interim government and called on it to "respect the sanctity of the border". Bajaur has seen sporadic cross-border firing for years, and both sides regularly accuse each other of provocation."""],
[PK("border_clash", "2024-09-04", KP, "Bajaur", "Afghan Taliban", "Pakistan military", None, 3, 3, 7, 4)]))

DOCS.append(D("p28", "2022-05-23", "translated-Urdu news style",
"Harnai: terrorists attack coal mine, four miners martyred; bodies of two abducted labourers found (translated from Urdu)",
["""Harnai (correspondent) — Armed terrorists attacked a coal mine in the Khost area of Harnai district late on Saturday night, martyring four labourers, while two labourers were taken away by the attackers, whose bodies were found the next day.""",
"""According to details, around fifteen armed men on motorcycles reached the coal mine at around 11pm, where the labourers were sleeping in their quarters after finishing their shift. The terrorists first set fire to the machinery and a generator at the mine, then opened fire on the labourers, as a result of which four labourers were martyred on the spot and two were injured. While fleeing, the attackers also took two labourers with them.""",
"""On Sunday morning, the Levies force, during a search of the area, found the bodies of the two abducted labourers in a nearby ravine. According to Levies sources, both had been shot.""",
"""The martyred labourers belonged to Swat and Shangla districts of Khyber Pakhtunkhwa, and their bodies were shifted to their native areas after legal formalities. The injured were shifted to the Civil Hospital Quetta.""",
"""No organisation has yet accepted responsibility for the incident. After the incident, the coal miners' union announced a strike and demanded the government to provide security to the mines. The union's leader said that owners of the mines did not fulfil their responsibility and that labourers were working in the mines without any security arrangements.""",
"""It should be remembered that coal mines in Harnai, Duki and Sanjdi have been targeted several times in the past, and owners have complained of threats and demands of extortion."""],
[PK("armed_assault", "2022-05-21", BAL, "Harnai", "unidentified militants", "civilians", None, 6, 6, 6, 2)]))

DOCS.append(D("p29", "2021-05-17", "wire (Pakistani dateline)",
"Four Levies killed in attack on Khuzdar post, Baloch alliance claims seven",
["""QUETTA, Pakistan (XX) — Separatist gunmen stormed a Levies checkpost in Pakistan's southwestern province of Balochistan on Sunday, killing four paramilitary police officers and making off with their weapons, officials said.""",
"""The attack took place in the Zehri area of Khuzdar district, about 250 kilometres south of the provincial capital Quetta, a senior district official said by telephone. Two more Levies personnel were wounded, he said, and the attackers set fire to a vehicle parked at the post before retreating into the mountains.""",
"""BRAS, an alliance of Baloch separatist groups, said in a statement that its fighters had killed seven personnel and seized rifles and ammunition. The official said the number of dead in the claim was exaggerated.""",
"""Levies, a tribal force that polices rural parts of Balochistan, are often poorly equipped and have increasingly become a target of the insurgents, who want independence for the resource-rich province. The Levies chief for the division said the post had been manned by nine men at the time.""",
"""Ethnic Baloch insurgents have waged a long-running campaign against the state, saying the province's gas and minerals are exploited by outsiders while locals remain poor. They have also attacked projects linked to China's investment in the region.""",
"""Pakistan's government says the militants are backed by India, a charge New Delhi denies."""],
[PK("armed_assault", "2021-05-16", BAL, "Khuzdar", "BRAS", "Pakistan police", "BRAS", 4, 4, 7, 2)]))

DOCS.append(D("p30", "2024-07-10", "wire (Afghan dateline)",
"Pakistan envoy presses Taliban on militants in Kabul talks days after border clash",
["""KABUL, Afghanistan (XX) — Pakistan's special envoy for Afghanistan held talks with senior Taliban officials in Kabul on Wednesday, urging them to act against Pakistani militants operating from Afghan soil, officials from both governments said.""",
"""The envoy met acting Foreign Minister Amir Khan Muttaqi and the acting interior minister, according to a statement from the Taliban's foreign ministry, which said the sides discussed trade, transit, refugees and "security concerns". Pakistan's embassy said the envoy had conveyed Islamabad's "deep concern" about attacks by the Tehrik-e-Taliban Pakistan and asked for "verifiable steps".""",
"""The visit came four days after Pakistani and Afghan border forces exchanged fire near the Ghulam Khan crossing in Pakistan's North Waziristan district. A Pakistani soldier was killed in that clash, which Pakistani officials said began when Afghan forces fired on a post. Two Afghan border guards were wounded, according to Taliban officials in Khost.""",
"""A Taliban official who attended Wednesday's meeting, speaking on condition of anonymity, said Kabul had again rejected Pakistan's accusations and had proposed a joint mechanism to investigate specific allegations. "We are not responsible for the security of Pakistan," the official said.""",
"""The two sides agreed to hold the next meeting of their joint coordination committee in Islamabad, but gave no date.""",
"""Trade between the neighbours has fallen sharply over the past year amid repeated closures of the main border crossings and Pakistan's expulsion of hundreds of thousands of undocumented Afghans."""],
[G("talks", "2024-07-10", "day", "Afghanistan", "Kabul", None, "Government of Pakistan", "Afghan Taliban", None, None, None, None, None),
 PK("border_clash", "2024-07-06", KP, "North Waziristan", "Afghan Taliban", "Pakistan military", None, 1, 1, 1, 2, True)]))
