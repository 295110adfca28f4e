from common import G, D
PK, KP, BA = "Pakistan", "Khyber Pakhtunkhwa", "Balochistan"

D("q14", "2024-07-10", "Former peace committee head, two guards killed in Kabal blast; TTP claims", [
"MINGORA: A former head of a village peace committee and two of his guards were killed when a remote-controlled bomb struck their vehicle in Kabal tehsil of Swat on Tuesday afternoon, police said.",
"The explosion hit the double-cabin pickup of Haji Amir Zada near the Shakardara turn as he was driving back from a jirga. Two passers-by were wounded. District Police Officer Swat said the device had been placed in a drain beside the road and set off when the vehicle passed.",
"The banned Tehreek-e-Taliban Pakistan claimed responsibility in a statement, saying Amir Zada had \"helped the army\" during the military operation of 2009.",
"Amir Zada had led a lashkar in Kabal more than a decade ago and had survived an earlier attempt on his life. Residents of the valley, who held large rallies for peace two years ago, said they feared a return of the years when militants controlled much of Swat.",
"\"We have seen these days before. Nobody wants to see them again,\" a shopkeeper in Kabal bazaar said.",
"The provincial government announced compensation for the families and directed police to submit a report."],
[G("bombing","2024-07-09","day",PK,KP,"Swat","TTP","civilians","TTP",3,3,3,2)])

D("q15", "2022-08-23", "Orakzai checkpost attack: toll rises to six soldiers after injured man dies, missing body found", [
"KALAYA: The number of soldiers martyred in Sunday night's attack on a security forces checkpost in upper Orakzai rose to six on Tuesday, after one injured soldier died in hospital in Peshawar and the body of another, missing since the attack, was found in a ravine below the post.",
"Four soldiers had been reported martyred on Monday, when the military's media wing said militants had attacked the post \"from multiple directions\" and that troops had responded effectively. Two soldiers were then described as injured and one as missing.",
"Security sources said on Tuesday that two of the attackers were also killed in the fighting but that their comrades had carried the bodies away across the ridge. The ISPR statement did not mention any militant casualties, and there was no independent confirmation of the claim.",
"The post sits on the ridgeline that separates Orakzai from Kurram and has been attacked before. Tribal elders in the area said the militants had been seen moving in small groups over the past month.",
"One soldier remained under treatment at CMH Peshawar on Tuesday.",
"Funeral prayers for the martyred soldiers were offered at the garrison in Kohat after which the coffins left by road for villages in Punjab and Khyber Pakhtunkhwa."],
[G("armed_assault","2022-08-21","day",PK,KP,"Orakzai","unidentified militants","Pakistan military",None,4,6,8,1)])

D("q16", "2021-10-05", "Kabul's defence ministry condemns bombardment of Spin Boldak villages, says two civilians dead", [
"In the name of Allah, the Most Gracious, the Most Merciful.",
"The Ministry of Defence of the Islamic Emirate of Afghanistan informs the noble people of Afghanistan that on the afternoon of Monday, military aircraft of the neighbouring country violated the airspace of the Islamic Emirate and bombed areas of the Spin Boldak district of Kandahar province, near the Durand Line. According to the initial report, the bombs fell on farmland and near the houses of ordinary villagers. Two civilians, a man and a woman, were martyred and three children were injured.",
"The border forces of the Islamic Emirate have been placed on alert and have been ordered to defend the soil of the country, but showed restraint in order that the situation does not become worse.",
"The Islamic Emirate considers such acts to be a violation of the sovereignty of Afghanistan and harmful to good relations between the two neighbouring Muslim countries. The Islamic Emirate wants problems to be solved through understanding and talks, and warns that repeating such actions will have consequences, the responsibility for which will rest with the other side.",
"The Ministry of Defence calls on the relevant officials of the other side to prevent such incidents and to respect the rights of the residents who live on both sides of the line. The families of the martyrs will be supported by the Islamic Emirate.",
"Spokesman, Ministry of Defence. Kabul, 5 October 2021 (13 Mizan 1400)."],
[G("cross_border_strike","2021-10-04","day","Afghanistan","Kandahar","Spin Boldak","Pakistan military","civilians",None,2,2,2,3)])

D("q17", "2023-12-01", "Six killed as gunmen target passenger coach on Kohat road; police recover bodies of two abducted men", [
"PESHAWAR: Six passengers were killed and eight injured when unidentified gunmen opened fire on a passenger coach travelling from Peshawar to Kohat near Matani on Thursday night, police said.",
"The coach was carrying about 40 passengers when it came under fire from both sides of the road at around 9pm, Superintendent of Police (Rural) said. The driver managed to keep moving and reached a police post about two kilometres away. Four passengers died on the spot, and two more succumbed to their wounds in Lady Reading Hospital overnight, a hospital spokesman said on Friday.",
"An initial police report had put the toll at four. Police said the attack appeared to be a bid to target the coach itself rather than any one passenger. No group has claimed the attack.",
"In a separate development, police on Friday recovered the bullet-riddled bodies of two men from a field in the Adezai area, also on the outskirts of Peshawar. Relatives said the two, cousins who ran a shop in the city, had been abducted by armed men on Wednesday evening. Police said they had been shot in the head.",
"The provincial government announced Rs1 million for the families of each of those killed in the coach attack."],
[G("armed_assault","2023-11-30","day",PK,KP,"Peshawar","unidentified militants","civilians",None,4,6,6,8),
 G("kidnapping","2023-11-29","day",PK,KP,"Peshawar","unidentified militants","civilians",None,2,2,2,None)])

D("q18", "2024-09-28", "Correction: Panjgur attack report", [
"Correction: A report published in these pages on Friday under the headline \"Seven labourers shot dead in Panjgur\" gave the wrong district for the killing of the labourers and the wrong number of dead. The attack took place in Kech district, near Hoshab, not in Panjgur. According to the deputy commissioner of Kech, five labourers were killed and two wounded, not seven killed. The earlier figure came from a local official who included two men who were later found alive. We regret the errors.",
"The corrected report follows.",
"TURBAT: Five labourers from Punjab were shot dead and two others wounded when armed men raided their rented quarters near Hoshab in Kech district in the early hours of Thursday, officials said.",
"The men, who were working on a private housing project, were asleep when the attackers broke open the door at about 2am, the deputy commissioner said. The attackers checked the workers' identity cards before opening fire. The wounded were taken to Turbat Teaching Hospital.",
"The Baloch Liberation Front claimed the killings in a statement, alleging that the men were working for \"intelligence agencies\". Officials rejected the allegation and said all of them were daily-wage workers from Multan and Bahawalpur.",
"Their bodies were sent home by road on Friday."],
[G("armed_assault","2024-09-26","day",PK,BA,"Kech","BLF","civilians","BLF",5,5,7,2)])

D("q19", "2021-12-14", "Two soldiers killed as militants attack army convoy in North Waziristan's Ghulam Khan area", [
"MIRANSHAH, Pakistan (XX) — Militants ambushed a military convoy near the Ghulam Khan border crossing in North Waziristan on Monday, killing two soldiers, the army said. The military said its troops returned fire and killed three of the attackers.",
"The convoy was moving supplies to border posts when it came under fire from a hillside, according to the army statement, which said three more soldiers were wounded. A local government official, speaking anonymously, said four soldiers had died, including two whose vehicle was hit by a rocket; the army did not respond to requests for comment on the discrepancy.",
"There was no immediate claim of responsibility. Suspicion is likely to fall on the Pakistani Taliban, whose contacts with the government have stalled in recent weeks, but the group has not commented on the attack.",
"Ghulam Khan is one of the main crossings for trade between Pakistan and Afghanistan's Khost province. Traders said the crossing was closed for the rest of the day."],
[G("armed_assault","2021-12-13","day",PK,KP,"North Waziristan","unidentified militants","Pakistan military",None,5,5,7,3)])

D("q20", "2025-04-15", "ISPR: infiltration bid foiled in Hassan Khel, 17 khwarij killed; separate IBO in Zhob", [
"INTER SERVICES PUBLIC RELATIONS — PRESS RELEASE",
"Rawalpindi, 15 April 2025",
"On 14 April 2025, security forces picked up movement of a large group of khwarij attempting to infiltrate through the Pakistan-Afghanistan border in general area Hassan Khel, North Waziristan District. Own troops promptly engaged the infiltrating khwarij and, after an intense exchange of fire, seventeen khwarij were sent to hell. A huge cache of weapons, ammunition and explosives was recovered.",
"In another intelligence based operation conducted on the night of 14/15 April 2025 in general area Sambaza, Zhob District, own troops engaged the khwarij location. Resultantly, four khwarij were neutralised, while one soldier, Naik Zahoor Ahmed (age 31, resident of District Lasbela), having fought gallantly, embraced shahadat.",
"Pakistan has consistently urged the Interim Afghan Government to manage the border on its side effectively. The Interim Afghan Government is expected to fulfil its obligations and deny the use of Afghan soil by khwarij for perpetrating acts of terrorism against Pakistan.",
"Security forces of Pakistan remain determined to secure the country's borders, and the sacrifices of our brave soldiers further strengthen our resolve."],
[G("security_operation","2025-04-14","day",PK,KP,"North Waziristan","Pakistan military","TTP",None,17,17,17,None),
 G("security_operation","2025-04-14","day",PK,BA,"Zhob","Pakistan military","TTP",None,5,5,5,None)])

D("q21", "2023-02-07", "Analysis: the Levies, the police and a province that cannot decide who guards it", [
"For years, the argument in Balochistan over whether to merge the Levies into the police has been conducted as a quarrel over budgets and uniforms. The past eighteen months have turned it into something more urgent.",
"Consider three incidents. In November 2021, gunmen killed two Levies sepoys at a checkpost on the outskirts of Sibi and walked away with their rifles; the post had no wall and no telephone. In March last year, four policemen were shot dead when their van was ambushed on the Quetta–Chaman road in Pishin, an attack the Baloch Liberation Army later said its fighters had carried out. And more than once this winter, Levies stations in the Marri hills have come under rocket fire for hours without any reinforcement arriving at all.",
"What links them is not the identity of the attackers but the geography of neglect. The Levies were built for a world of tribal mediation, not rocket-propelled grenades. The police, for their part, were never trained to hold remote posts in open country.",
"Officials in Quetta say the merger is proceeding. The provincial assembly has passed resolutions; committees have met. But the men at the posts — many of them in their fifties, many of them paid less than a labourer in Karachi — say they have heard this before.",
"A province that is attacked on its roads cannot defend itself from its offices. Until the government decides who is responsible for the countryside, and gives that force the means to do the job, the countryside will be held by whoever is willing to fight for it.",
"The author is a former civil servant who served in Balochistan."],
[G("armed_assault","2021-11-01","month",PK,BA,"Sibi","unidentified militants","Pakistan police",None,2,2,2,None,True),
 G("armed_assault","2022-03-01","month",PK,BA,"Pishin","BLA","Pakistan police","BLA",4,4,4,None,True)])
