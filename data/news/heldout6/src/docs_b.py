from common import *
DOCS = []

DOCS.append(D("p11", "2023-08-29", "wire (Afghan dateline)",
"Pakistani and Afghan border forces trade fire near Chaman over fence repairs",
["""KANDAHAR, Afghanistan (XX) — Pakistani and Afghan Taliban border forces exchanged fire for several hours near the Chaman crossing on Monday after a dispute over repairs to the border fence, leaving one Pakistani paramilitary soldier and two Afghan border guards dead, officials on both sides said.""",
"""Pakistan's military said Afghan forces opened fire without provocation on Frontier Corps posts near the Killi Luqman area of Chaman, on the Pakistani side, where FC troops were mending a damaged section of the fence. One FC soldier was killed and three were wounded, it said, adding that its troops had "responded befittingly".""",
"""Taliban officials in Spin Boldak, the Afghan district across the frontier, gave a different account. A spokesman for the provincial police said Pakistani troops had tried to move the fence forward into Afghan territory and fired first when Afghan guards objected. Two members of the Taliban border force were killed and four civilians, including two children, were wounded when mortar shells hit houses in the Wesh area, he said.""",
"""The firing stopped in the evening after commanders of the two sides met at the Friendship Gate, a local trader in Spin Boldak said. The crossing, one of the busiest on the 2,600-km frontier, was closed to pedestrians and cargo and had not reopened by Tuesday morning. Hundreds of lorries loaded with fruit were stuck on both sides.""",
"""Kabul does not recognise the border, drawn in the colonial era, and the Taliban have repeatedly objected to the fence Pakistan has built along most of its length. Islamabad says the barrier is needed to stop militants crossing into Pakistan.""",
"""Relations between the neighbours have soured as attacks inside Pakistan have increased. Pakistani officials say Tehrik-e-Taliban Pakistan fighters operate from Afghan soil, which the Taliban government denies."""],
[PK("border_clash", "2023-08-28", BAL, "Chaman", "Afghan Taliban", "Frontier Corps", None, 3, 3, 3, 7)]))

DOCS.append(D("p12", "2024-08-12", "Afghan ministry statement",
"Statement of the Ministry of National Defence of the Islamic Emirate of Afghanistan on the bombardment in Spera district, Khost (unofficial translation)",
["""In the name of Allah, the Most Gracious, the Most Merciful.""",
"""At approximately 3 o'clock this morning, Monday, aircraft of the Pakistani military regime violated the airspace of the Islamic Emirate of Afghanistan and bombed two residential houses in the Lakan area of Spera district, Khost province.""",
"""As a result of this cowardly act, six civilians were martyred, among them three women and two children, and four other persons, including an elderly man, were wounded. The wounded have been taken to the provincial hospital in Khost. All of the victims were ordinary inhabitants of the area. None of them had any connection with any armed group, and the houses belonged to local families who have lived there for generations.""",
"""The Ministry of National Defence strongly condemns this aggression, which is a clear violation of international principles and of the sovereignty of Afghanistan, and regards it as a provocative act that serves no one's interest.""",
"""The Islamic Emirate has repeatedly declared that it does not permit anyone to use the soil of Afghanistan against any other country. Problems between the two neighbours should be resolved through understanding and dialogue, not through the bombing of women and children. Such irresponsible actions will only deepen distrust between the two Muslim nations.""",
"""The Islamic Emirate considers the defence of its territory and people its legitimate right, and reserves the right to respond at a time and in a manner of its choosing. The responsibility for the consequences will lie with the Pakistani side.""",
"""Our thoughts and prayers are with the families of the martyrs. The ministry has instructed the relevant authorities to provide assistance to the affected families and to record the damage.""",
"""Ministry of National Defence, Islamic Emirate of Afghanistan, Kabul"""],
[G("cross_border_strike", "2024-08-12", "day", "Afghanistan", "Khost", "Spera", "Pakistan military", "civilians", None, 6, 6, 6, 4)]))

DOCS.append(D("p13", "2022-10-26", "Pakistani newspaper",
"Two Levies men, three attackers killed in Jiwani checkpost raid; grenade hurts four policemen in Quetta",
["""GWADAR: Two Levies personnel were martyred when militants attacked a checkpost near Jiwani, close to the Iranian border, late on Tuesday night, officials said on Wednesday. Three of the attackers were killed in retaliatory fire.""",
"""Assistant Commissioner Jiwani said a group of about a dozen heavily armed men approached the checkpost on the coastal road from two sides at around 11pm and opened fire with automatic weapons and rocket-propelled grenades. The Levies personnel on duty returned fire and the gunfight continued for nearly an hour. One Levies sepoy was injured and has been shifted to the GDA hospital in Gwadar.""",
"""The bodies of the three attackers were later handed over to the police for identification, officials said, while the others escaped towards the mountains. Weapons and a motorcycle were recovered from the site.""",
"""The banned Baloch Liberation Front claimed responsibility on Wednesday, claiming that its fighters had killed six Levies men and captured weapons. The Levies authorities rejected the claim and said the post was never overrun.""",
"""Separately, four policemen were injured in Quetta on Tuesday evening when unidentified motorcyclists hurled a hand grenade at a police van on Spinny Road. No one was killed, police said. The van had stopped at a traffic signal when the grenade landed beside it. The injured policemen were taken to the Civil Hospital, where their condition was said to be out of danger.""",
"""Police cordoned off the area and collected evidence. The Capital City Police Officer said CCTV footage from nearby shops was being examined to identify the attackers.""",
"""The Balochistan home minister condemned both attacks and directed the authorities to increase patrolling on the coastal highway."""],
[PK("armed_assault", "2022-10-25", BAL, "Gwadar", "BLF", "Pakistan police", "BLF", 5, 5, 9, 1),
 PK("armed_assault", "2022-10-25", BAL, "Quetta", "unidentified militants", "Pakistan police", None, 0, 0, 0, 4)]))

DOCS.append(D("p14", "2021-12-05", "translated-Urdu news style",
"Wana: one killed, seven injured in motorcycle bomb blast in main bazaar (translated from Urdu)",
["""Wana (news desk) — One person was killed and seven others were injured in an explosion in a motorcycle parked in the main bazaar of Wana, headquarters of South Waziristan, on Saturday evening.""",
"""According to details, the explosive material had been fitted in a motorcycle parked outside a cloth shop, which exploded at around 5:30pm when the bazaar was crowded with shoppers. As a result of the blast, a shopkeeper named Hazrat Umar, resident of Zari Noor, died on the spot, while seven people including two children were injured, who were shifted to the District Headquarters Hospital Wana. According to hospital sources, the condition of two injured is critical.""",
"""Several shops and vehicles were also damaged in the blast. After the incident, police and security forces reached the spot, cordoned off the area and started investigation. The bomb disposal squad said that approximately two kilogrammes of explosive material was used in the blast, which was detonated with a remote control.""",
"""No organisation has so far accepted responsibility for the blast. The traders of Wana bazaar announced a shutter-down strike for Sunday against the incident and demanded the administration to ensure security.""",
"""It should be noted that in November, unknown persons had thrown a hand grenade at the lorry adda of Wana, in which five people were injured but no life was lost.""",
"""The deputy commissioner of South Waziristan said that the elements involved in the incident would be brought to justice soon and that the security of the bazaar would be further tightened. He appealed to the traders to cooperate with the police and to immediately report suspicious persons and vehicles."""],
[PK("bombing", "2021-12-04", KP, "South Waziristan", "unidentified militants", "civilians", None, 1, 1, 1, 7),
 PK("armed_assault", "2021-11-01", KP, "South Waziristan", "unidentified militants", "civilians", None, 0, 0, 0, 5, True, "month")]))

DOCS.append(D("p15", "2024-02-22", "court reporting",
"ATC hands death sentences to two men over Kasi Road blast that killed two policemen",
["""QUETTA: An anti-terrorism court in Quetta on Thursday sentenced two men to death on two counts each for planting the bomb that killed two policemen on Kasi Road in March last year.""",
"""Judge Ghulam Sarwar Baloch, who announced the reserved verdict in a packed courtroom inside the judicial complex, also sentenced the convicts, Sami Ullah and Abdul Wahid, to a combined 35 years in prison on charges of possessing explosives and belonging to a proscribed organisation. A third accused was acquitted for lack of evidence and ordered to be released if not wanted in any other case.""",
"""According to the prosecution, the two men had hidden a pressure-cooker device in a handcart parked near a police picket on Kasi Road. It exploded as a police patrol arrived at the picket, killing two constables and injuring 11 people, including four passers-by and a child selling newspapers.""",
"""The CTD told the court that the convicts belonged to the proscribed Tehreek-i-Taliban Pakistan and had received training in Afghanistan. In his judgment, the judge said the prosecution had established their affiliation through their confessional statements, recovered phone data and the testimony of 17 witnesses.""",
"""Advocate Noor Muhammad Kakar, who appeared for one of the accused, said the confessions had been extracted under duress and that the verdict would be challenged before the Balochistan High Court. The law requires death sentences to be confirmed by the high court before they can be carried out.""",
"""The families of the policemen were present in court. "It has taken almost a year, but at least the court has spoken," said the brother of one of the constables outside the complex.""",
"""The prosecutor general's office said more than 40 terrorism cases were pending before the four anti-terrorism courts in Quetta and that shortage of judges and witnesses' fear of reprisals remained the main causes of delay."""],
[PK("bombing", "2023-03-01", BAL, "Quetta", "TTP", "Pakistan police", None, 2, 2, 2, 11, True, "month")]))

DOCS.append(D("p16", "2025-02-19", "parliamentary reporting",
"NA passes resolution on terrorism after heated debate; minister gives toll of Bara checkpost attack",
["""ISLAMABAD: The National Assembly on Wednesday unanimously adopted a resolution condemning the recent wave of militant attacks in Khyber Pakhtunkhwa, after a debate in which treasury and opposition members accused each other of playing politics with security.""",
"""Winding up the debate, the minister of state for interior told the house that the khawarij who attacked a police checkpost in Bara, Khyber district, on Monday had killed three policemen and a shopkeeper whose stall stood beside the post, and that five other people had been wounded. He said those responsible had crossed over from Afghanistan and that the matter had been raised with Kabul "at the highest level".""",
"""Opposition lawmaker Gul Zarin Afridi, who was elected from the area, disputed the figure, saying residents had told him at least six people had died in the attack and that the government was "hiding the true cost of its failures". The minister replied that the figure came from the inspector general of police and offered to share the record with the member.""",
"""Members from Balochistan complained that the debate had ignored their province. Several spoke of the insecurity on the national highways and of what one described as a "collapse of trust" between the people and the state.""",
"""The resolution called on the federal government to convene an all-parties conference on national security, to expedite the provision of equipment to the provincial police and to press the Afghan interim government to act against militant sanctuaries. It also paid tribute to the personnel of the armed forces and police who had lost their lives this year.""",
"""Earlier, the minister said in a written reply that the counter-terrorism departments of the four provinces had registered more than 600 cases in the previous six months. The figure drew a sarcastic remark from an opposition member, who asked how many had ended in convictions.""",
"""The house was later adjourned till Friday morning."""],
[PK("armed_assault", "2025-02-17", KP, "Khyber", "TTP", "Pakistan police", None, 4, 4, 6, 5, True)]))

DOCS.append(D("p17", "2023-09-14", "policy / briefing report (no event)",
"FO says Pakistan has shared 'concrete evidence' with Kabul, calls for action not assurances",
["""ISLAMABAD: Pakistan has shared what it described as concrete evidence with the Afghan interim government about the presence of militant hideouts on Afghan soil and expects "action, not assurances", the Foreign Office spokesperson said on Thursday.""",
"""Speaking at the weekly media briefing, the spokesperson said the rise in cross-border terrorism over the past months was a matter of grave concern and that Pakistan's patience should not be mistaken for weakness. She declined to give details of the material handed over, saying only that it included information on individuals and locations.""",
"""Asked whether Pakistan was considering military action across the border, she said Islamabad remained committed to dialogue and to its relationship with the Afghan people, but that "every option to protect our citizens" was under consideration. She refused to comment on media reports of an imminent visit by a Pakistani delegation to Kabul, saying any such visit would be announced in due course.""",
"""On the situation at the border crossings, the spokesperson said trade and pedestrian traffic through the main points had been restored, and that the joint coordination mechanism between the two sides was working to prevent misunderstandings. She said the government's decision to enforce travel document requirements at the crossings would go ahead on schedule.""",
"""The spokesperson also addressed questions about the planned repatriation of undocumented foreigners, saying a final decision would be taken by the federal cabinet and that it would not target any particular nationality.""",
"""Responding to a question on the Taliban's statement that no foreign fighters were present in Afghanistan, she said the statement was "contradicted by facts on the ground" and by United Nations monitoring reports.""",
"""On other matters, she condemned the desecration of the Holy Quran in Europe and said Pakistan would raise the issue at the upcoming session of the UN General Assembly."""],
[]))

DOCS.append(D("p18", "2024-05-02", "think-tank statistics report (no event)",
"April saw a dip in militant attacks but a rise in deaths among police, says think tank",
["""ISLAMABAD: The number of militant attacks in Pakistan fell in April compared with March, but more police officials were killed than in any month since last summer, according to figures released on Thursday by an Islamabad-based security research institute.""",
"""The institute's monthly security assessment recorded 68 militant attacks across the country during April, down from 81 the month before. The attacks killed a total of 89 people, it said, including 41 personnel of the security forces and police, 32 civilians and 16 militants. Another 110 people were injured.""",
"""Khyber Pakhtunkhwa, including its merged tribal districts, again accounted for the largest share of violence, with 47 attacks, followed by Balochistan with 19. The report said the southern districts of Khyber Pakhtunkhwa — Dera Ismail Khan, Lakki Marwat, Bannu and Tank — had become "the new front line", with police stations and checkposts bearing the brunt.""",
"""Security forces said they had killed 73 militants in operations during the month, the report noted, while 29 suspected militants were arrested. The institute cautioned that these figures came from official statements and could not be independently verified.""",
"""The report said the trend of attacks on Chinese interests and on election-related gatherings, which had peaked earlier in the year, had not continued in April. It warned, however, that militants appeared to be shifting towards smaller, frequent attacks on soft targets, including tribal elders and government employees.""",
"""The institute's director, speaking at the launch, said the government's counter-terrorism policy lacked "a political track" and that the absence of elected local governments in the tribal districts left a vacuum. "Operations can clear an area," he said. "They cannot hold it without people.\"""",
"""He added that the number of suicide attacks had fallen to two in April from five in March, but that the use of quadcopters to drop explosives on police posts was a worrying new development."""],
[]))

DOCS.append(D("p19", "2023-06-13", "wire (Afghan dateline)",
"Roadside bomb kills Pakistani Taliban commander in Afghanistan's Khost",
["""KHOST, Afghanistan (XX) — A roadside bomb killed a senior commander of the Pakistani Taliban and one of his guards in Afghanistan's eastern province of Khost on Monday evening, Taliban officials and members of the militant group said.""",
"""The blast struck a pickup truck carrying the commander, who went by the name of Mullah Sher Zaman, on a dirt road in the Gurbuz district close to the border with Pakistan's North Waziristan region, a spokesman for the Taliban-run provincial police command told reporters by telephone. A passer-by was wounded, he said.""",
"""Two members of the Tehrik-e-Taliban Pakistan, who asked not to be named as they had no permission to brief reporters, confirmed the commander's death but said three people had died, including his teenage son, who was travelling with him.""",
"""No one claimed the bombing. The Taliban police spokesman said an investigation had been opened and declined to speculate on who might be behind it.""",
"""Sher Zaman had led TTP fighters in parts of North Waziristan before moving across the border, according to Pakistani security officials, who say he had planned several attacks on troops in the region. Pakistan has not commented on his death.""",
"""A number of Pakistani militants living in eastern Afghanistan have been killed in mysterious circumstances in recent years. Islamabad accuses the Taliban government of harbouring the TTP, an allegation Kabul rejects, and the killings have fuelled speculation of a covert campaign, which Pakistan has never acknowledged.""",
"""Khost has been a haven for militants displaced by Pakistani military operations since the 2014 offensive in North Waziristan, when thousands of families from the tribal region also crossed into the province as refugees."""],
[G("bombing", "2023-06-12", "day", "Afghanistan", "Khost", "Gurbuz", "unidentified militants", "TTP", None, 2, 2, 3, 1)]))

DOCS.append(D("p20", "2022-03-16", "Pakistani newspaper",
"Two peace committee members shot dead in Bara; two Lashkar-e-Islam militants killed in Tirah raid",
["""LANDI KOTAL: Two members of a local peace committee were shot dead and a third was wounded when gunmen ambushed their car in the Sipah area of Bara, Khyber district, on Tuesday afternoon, police said.""",
"""Police identified the deceased as Malik Sher Afzal and Haji Lal Badshah. The two, along with Gul Rehman, who was wounded, were returning from a jirga in Bara bazaar when assailants hiding behind a boundary wall opened fire on their vehicle. The attackers fled. The injured man was taken to Hayatabad Medical Complex in Peshawar.""",
"""The Bara police station house officer said the slain elders had been receiving threats from Lashkar-e-Islam, and blamed the banned group for the attack. The two had been active in the peace committee that helped the administration during operations against the group a decade ago.""",
"""Later the same night, security forces raided a compound in the Akakhel area of Tirah valley and killed two militants, the military's media wing said in a statement on Wednesday. It said the two belonged to Lashkar-e-Islam and had been involved in the killing of the elders. A soldier was injured in the exchange of fire. Weapons and ammunition were recovered.""",
"""Elders of the Sipah tribe staged a protest on the Bara road on Wednesday with the bodies of the two men, demanding that the government restore the peace committees' weapons licences and provide them security. The protest ended after the deputy commissioner assured them of action.""",
"""Lashkar-e-Islam, once led by Mangal Bagh, controlled much of Bara and Tirah before military operations in the last decade pushed its fighters into Afghanistan. Residents say small groups have returned in recent months."""],
[PK("targeted_killing", "2022-03-15", KP, "Khyber", "Lashkar-e-Islam", "civilians", None, 2, 2, 2, 1),
 PK("security_operation", "2022-03-15", KP, "Khyber", "Pakistan military", "Lashkar-e-Islam", None, 2, 2, 2, 1)]))
