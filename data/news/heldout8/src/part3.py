from common import *
DOCS = []
def D(id, date, title, style, text, rows):
    DOCS.append(dict(id=id, date=date, title=title, style=style, text=text.strip(), rows=rows))

D("r21", "2024-11-06", "Two soldiers hurt in Orakzai IED blast",
  "short newspaper brief", """
KALAYA: Two soldiers were injured when an improvised explosive device went off near a security forces' vehicle in the Mishti Mela area of Orakzai district on Tuesday, officials said.

The soldiers were part of a team that was clearing the road ahead of a convoy, a local administration official said. Both were taken to the Combined Military Hospital in Kohat, where their condition was described as stable. No one was killed in the blast.

Security forces cordoned off the area and began a search. No group claimed responsibility. The road between Kalaya and the upper parts of the district was closed to traffic for several hours.

Orakzai has been relatively calm in recent years compared with neighbouring districts, but officials say militants have tried to re-establish a presence in its remote valleys since last year.

Residents said the area had been searched twice in the past month after reports of suspicious movement. The deputy commissioner said the road would be patrolled more often.
""", [R("bombing", "2024-11-05", "day", PK, KP, "Orakzai", "unidentified militants", "Pakistan military", None, 0, 0, 0, 2)])

D("r22", "2025-07-16", "ISPR: eight khwarij killed as infiltration bid foiled in Zhob; three terrorists of Fitna al-Hindustan killed in Kech",
  "ISPR press release", """
RAWALPINDI: On the night of 14/15 July 2025, security forces detected the movement of a group of khwarij who were attempting to infiltrate through the Pakistan-Afghanistan border in the general area of Sambaza, Zhob District.

Own troops effectively engaged the infiltrating khwarij and, after an intense exchange of fire, by the grace of Allah, eight khwarij were sent to hell. A large cache of weapons, ammunition and explosives was also recovered from the killed khwarij.

In another engagement on 15 July 2025, security forces conducted an intelligence based operation in the general area of Buleda, Kech District, on the reported presence of terrorists belonging to the Indian proxy Fitna al-Hindustan. During the operation, three terrorists were killed, while one soldier was injured.

Pakistan has consistently asked the interim Afghan government to ensure effective border management on its side. The interim Afghan government is expected to fulfil its obligations and deny the use of Afghan soil by khwarij for perpetrating acts of terrorism against Pakistan.

Sanitisation operations are being carried out in both areas, and security forces of Pakistan remain determined to thwart the attempts to sabotage peace, stability and progress in Balochistan.
""", [R("security_operation", "2025-07-14", "day", PK, BA, "Zhob", "Pakistan military", "TTP", None, 8, 8, 8, None),
      R("security_operation", "2025-07-15", "day", PK, BA, "Kech", "Pakistan military", "unidentified militants", None, 3, 3, 3, 1)])

D("r23", "2025-08-20", "'The drone came at dinner time': a Bannu family buries three after a quadcopter attack",
  "long feature with quotes", """
BANNU: In the courtyard of the Khan family's mud-brick house in the Hawaid area, a charpoy still stands beside a blackened patch of earth. This is where, on Sunday evening, the family had spread a cloth for dinner when something fell out of the sky.

"We heard it buzzing, like a big bee," said Muhammad Ayaz, 38, who was washing his hands at the water pump. "My mother looked up. Then it dropped." The explosive, released by a small quadcopter, killed his mother, Bibi Zarmina, and two of his children, Sumaira, seven, and Hamza, four. Four other members of the family, including his wife, were wounded.

Police say the attack was carried out by khwarij, the term officials use for the Pakistani Taliban. A senior police officer in Bannu said the quadcopter had probably been aimed at a police post about 300 metres from the house and had either malfunctioned or been misdirected. The TTP has not commented. Local people say armed men have been seen in the fields at night for months.

Quadcopter attacks are new to this district. Last month, a quadcopter dropped explosives on a police post in the Miryan area, wounding two constables. Police have since installed jamming equipment at some posts, but not, residents say, in the villages around them.

"They say the drone was not meant for us," said Ayaz's neighbour, Gul Marjan, a retired schoolteacher. "That does not make the children less dead."

On Monday, hundreds of people gathered for the funeral prayers at the village's open ground. Some carried the small bodies of the children on their shoulders. Afterwards, elders sat with the police and asked for the post to be moved away from the houses. The police officer said the request would be considered.

Ayaz's wife was transferred to a hospital in Peshawar with shrapnel wounds to her back. His eldest son, who is twelve, sits by the charpoy most evenings. "He does not want to eat inside," Ayaz said. "And he does not want to eat outside either."
""", [R("armed_assault", "2025-08-17", "day", PK, KP, "Bannu", "TTP", "civilians", None, 3, 3, 3, 4),
      R("armed_assault", "2025-07-01", "month", PK, KP, "Bannu", "unidentified militants", "Pakistan police", None, 0, 0, 0, 2, True)])

D("r24", "2023-12-09", "Police revise Khar bazaar blast toll down to seven; IS-K claims responsibility",
  "follow-up with revised toll", """
KHAR: Police in Bajaur on Saturday revised the death toll from Thursday's bombing in the main bazaar of Khar to seven, saying that an earlier figure of nine given by rescue workers had counted two badly injured men as dead.

The district police officer said the two men, both shopkeepers, were being treated at Lady Reading Hospital in Peshawar. He said the number of wounded now stood at 23, up from the 19 reported on Thursday, as more people came forward for treatment of minor wounds.

The Islamic State Khorasan Province claimed responsibility for the blast on Friday through its Amaq news agency, saying it had targeted a gathering of "apostates". Police said the bomb had been hidden in a vegetable cart parked outside a shop belonging to a local leader of the Jamiat Ulema-e-Islam-Fazl (JUI-F), who was not hurt.

The blast, at around 4 p.m. on Thursday, came at a time when the bazaar was crowded with shoppers. Among the dead were a ten-year-old boy and a man who sold tea outside the shop.

Bajaur has seen repeated attacks by IS-K on JUI-F workers since the summer. The group has criticised the party for its support of the Afghan Taliban, with whom IS-K is at war.

Traders in Khar kept their shops closed for a second day on Saturday, and the district administration said a new system of checkpoints would be set up at the entrances of the bazaar.

Relatives of the dead said they had received the bodies on Thursday night and buried them on Friday. Several of the wounded were shopkeepers whose stalls were destroyed. The provincial government announced compensation for the families of those killed and for the injured, and said damaged shops would be rebuilt at government expense.
""", [R("bombing", "2023-12-07", "day", PK, KP, "Bajaur", "ISKP", "civilians", "ISKP", 7, 7, 9, 23)])

D("r25", "2022-03-02", "Khyber: terrorists attack Ali Masjid check post, two policemen martyred, one terrorist killed (translated from Urdu)",
  "translated Urdu", """
LANDI KOTAL: Terrorists attacked a police check post in the Ali Masjid area of district Khyber, as a result of which two policemen were martyred, while one terrorist was killed in the retaliatory fire of the police.

According to details, the incident took place at about 2 o'clock on Wednesday morning, in the night between Tuesday and Wednesday, when unknown terrorists attacked the check post from the surrounding hills with heavy weapons. The policemen present at the check post responded immediately and the exchange of fire continued for a long time.

According to police, the martyred have been identified as Head Constable Noor Muhammad and Constable Abdul Samad, while Constable Wajid was injured and has been shifted to Landi Kotal hospital. The body of the terrorist killed in the exchange of fire was taken into custody; his identity is being ascertained.

DPO Khyber said that after the incident, police and security forces reached the spot and a search operation was started in the area. He said the sacrifices of the police would not go in vain.

It should be noted that attacks on police in Khyber district have increased in recent months. The Inspector General of Police Khyber Pakhtunkhwa took notice of the incident and sought a report from the DPO.

The funeral prayers of the martyred policemen were offered at the police lines with official honours.
""", [R("armed_assault", "2022-03-02", "day", PK, KP, "Khyber", "unidentified militants", "Pakistan police", None, 3, 3, 3, 1)])

D("r26", "2021-06-02", "May security report: attacks on security forces climb in Balochistan and the tribal districts, says think tank",
  "monthly roundup", """
ISLAMABAD: Militant attacks in Pakistan rose in May for the third month running, with security forces bearing the brunt of the violence in Balochistan and the former tribal districts of Khyber Pakhtunkhwa, an Islamabad-based think tank said in its monthly report released on Wednesday.

The Frontier Security Observatory (a research group that tracks violence through media reports and its own sources) said it had recorded 42 militant attacks during the month, compared with 31 in April. It said 61 people were killed in these attacks, 34 of them security personnel, and more than 90 were injured. The figures, it said, did not include militants killed in operations.

The report singled out three incidents. On 8 May, militants attacked Frontier Corps personnel who were guarding a gas pipeline in the Pir Koh area of Dera Bugti district, killing four soldiers. On 19 May, a roadside bomb struck a military vehicle in the Ghariom area of North Waziristan, killing two soldiers and wounding three. On 22 May, two policemen were shot dead on patrol in the Paharpur area of Dera Ismail Khan district by gunmen who escaped on motorcycles.

In Balochistan, the report said, separatist groups carried out 14 attacks, most of them on the Makran coast and in the districts along the Iranian border. In Khyber Pakhtunkhwa, militant activity was concentrated in North Waziristan and the southern districts.

The think tank warned that the planned withdrawal of foreign forces from Afghanistan could embolden militants on both sides of the border. It urged the government to strengthen the police in the merged districts and to revive the stalled development programme there.

The interior ministry did not respond to the report. Officials have previously said that most of the attacks are planned from across the border.

The report also said that seven civilians were killed in attacks on polio teams and their escorts during the year so far, though it did not break the figure down by month.
""", [R("armed_assault", "2021-05-08", "day", PK, BA, "Dera Bugti", "unidentified militants", "Frontier Corps", None, 4, 4, 4, None, True),
      R("bombing", "2021-05-19", "day", PK, KP, "North Waziristan", "unidentified militants", "Pakistan military", None, 2, 2, 2, 3, True),
      R("targeted_killing", "2021-05-22", "day", PK, KP, "Dera Ismail Khan", "unidentified militants", "Pakistan police", None, 2, 2, 2, None, True)])

D("r27", "2021-05-12", "ISPR: two soldiers embrace shahadat as terrorists fire on Mohmand border post from Afghanistan",
  "ISPR press release", """
RAWALPINDI: On 11 May 2021, terrorists from inside Afghanistan opened fire on a Pakistani border post in the Mohmand District along the Pak-Afghan border, which is being fenced.

Own troops responded befittingly, and heavy losses were inflicted on the terrorists as per reliable intelligence reports.

During the exchange of fire, two soldiers, Sepoy Wajid Ali (age 23 years, resident of District Swat) and Sepoy Hayat Ullah (age 26 years, resident of District Karak), having fought gallantly, embraced shahadat. One soldier was injured and has been evacuated to the Combined Military Hospital.

Pakistan strongly condemns the use of Afghan soil by terrorists for activities against Pakistan and expects the Afghan government to take effective measures on its side of the border. Pakistan has consistently been emphasising the need for effective border management, and the fencing of the border is being carried out in the interest of both brotherly countries.

Pakistan Army remains determined to defeat the nefarious designs of the enemies of peace, and such sacrifices of our brave soldiers further strengthen our resolve.
""", [R("armed_assault", "2021-05-11", "day", PK, KP, "Mohmand", "unidentified militants", "Pakistan military", None, 2, 2, 2, 1)])

D("r28", "2022-02-17", "Pakistani Taliban commander killed in Kunar motorcycle bomb",
  "wire (Afghan dateline)", """
ASADABAD, Afghanistan (XX) — A bomb hidden on a parked motorcycle killed a commander of the Pakistani Taliban and one of his bodyguards in Afghanistan's eastern Kunar province late on Tuesday, Taliban officials said.

A spokesman for the provincial police said the explosion went off as the commander stepped out of a car outside a guest house. He said two people had been killed and that no one else was hurt. He did not name the dead.

Two members of the Pakistani Taliban, or Tehrik-e-Taliban Pakistan, confirmed to the XX that the man killed was a commander from Pakistan's Bajaur district who had lived in Kunar for several years. One of them said a second bodyguard had also died, putting the toll at three. Neither would be named because they were not authorised to speak to journalists.

No one claimed responsibility. TTP figures have been killed in several mysterious attacks inside Afghanistan in recent years, most of which have gone unclaimed. The Taliban authorities said they had begun an investigation.

Pakistan has long accused the Afghan Taliban of allowing the TTP to operate from Afghan soil, a charge Kabul denies. The two Taliban movements are separate but closely allied.

Kunar, a mountainous province across the border from Pakistan's Bajaur and Chitral districts, has long sheltered militants from both countries.

A local resident said the commander had moved between several houses in the province and had recently bought land near Asadabad. The guest house was damaged in the explosion, and a shop next to it lost its windows.
""", [R("bombing", "2022-02-15", "day", AF, "Kunar", None, "unidentified militants", "TTP", None, 2, 2, 3, 0)])

D("r29", "2024-05-04", "CTD says four TTP militants killed in encounter near Lahore; families allege staged shootout",
  "Pakistani newspaper", """
LAHORE: The Counter-Terrorism Department of Punjab said on Saturday it had killed four militants of the banned Tehreek-i-Taliban Pakistan in an exchange of fire on the outskirts of Lahore late on Friday night.

According to a CTD spokesperson, a team raided a house near Raiwind on a tip-off that the militants were planning attacks on "sensitive installations" in the city. The militants opened fire on the raiding team, and in the exchange that followed, all four were killed. Two CTD personnel were injured and taken to a hospital, where their condition was said to be stable.

The spokesperson said two Kalashnikovs, pistols, three suicide vests and some explosive material had been recovered from the house. The dead men were identified as residents of Swat and Khyber who had been living in Lahore under false names, he said.

Relatives of two of the dead men, however, told reporters outside the Lahore Press Club that both had been picked up from their homes in March and had been in custody ever since. "They were taken in front of us. How can they fire on anyone from inside a cell?" said the elder brother of one of the men. The CTD rejected the allegation.

Rights groups have for years raised concerns about encounters in Punjab, in which suspects are reported killed in shootouts while in custody. The Human Rights Commission of Pakistan called for a judicial inquiry.

The CTD says it has carried out more than 1,100 intelligence-based operations in the province this year.

A senior CTD official told reporters that the four men had been under surveillance for several weeks and that a fifth suspect had escaped. He said the raid had been filmed and that the footage would be presented to any inquiry. Police cordoned off the house for most of Saturday while forensic teams collected evidence.
""", [R("security_operation", "2024-05-03", "day", PK, "Punjab", "Lahore", "Pakistan police", "TTP", None, 4, 4, 4, 2)])

D("r30", "2024-04-16", "Analysis: Islamabad and Kabul keep talking past each other",
  "opinion / analysis (background events only)", """
The relationship between Pakistan and the Taliban government in Kabul now follows a pattern so predictable that officials on both sides could almost write each other's statements in advance.

First comes an attack inside Pakistan, usually on a police or army post in the tribal districts. Islamabad says the attackers came from Afghanistan. Kabul says Pakistan should solve its own problems. Then something happens on the border. In February, Afghan forces opened fire on Pakistani posts near Chaman during a dispute over a new gate, and a porter was killed on the Pakistani side. The crossing closed for days; thousands of traders and labourers were stranded.

Then come the talks. Last July, a Pakistani delegation led by the foreign secretary held talks with Taliban ministers in Kabul, and both sides spoke afterwards of a "common understanding" on security. Whatever that understanding was, it did not survive the autumn.

The core problem is simple to state. Pakistan wants the Taliban to act against the Tehrik-i-Taliban Pakistan, which it says has sanctuaries in Afghanistan. The Taliban do not want to fight an allied movement whose members fought alongside them for two decades, and they fear that a crackdown would push TTP fighters into the arms of the Islamic State.

Islamabad's levers, meanwhile, are blunt: closing crossings, expelling refugees, and, increasingly, threatening military action across the border. Each of these hurts ordinary Afghans more than it hurts the Taliban leadership, and each deepens resentment of Pakistan on the other side.

There is no shortcut here. What might help is a standing mechanism at the border — one that does not shut down every time a shot is fired — and a channel of talks that is not suspended every time an attack happens. Neither is glamorous. Both are overdue.

The writer is a former ambassador who served in Kabul.
""", [R("border_clash", "2024-02-01", "month", PK, BA, "Chaman", "Afghan Taliban", "Pakistan military", None, 1, 1, 1, None, True),
      dict(NV("talks", "2023-07-01", AF, "Kabul", None, True), date_precision="month")])
