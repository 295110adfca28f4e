from common import *
DOCS = []
def D(id, date, title, style, text, rows):
    DOCS.append(dict(id=id, date=date, title=title, style=style, text=text.strip(), rows=rows))

D("r01", "2023-06-06", "Militants storm police post in Lakki Marwat; three policemen, two attackers dead",
  "wire (Pakistani dateline)", """
PESHAWAR, Pakistan (XX) — Militants armed with rifles and hand grenades attacked a police post in Lakki Marwat district late on Monday, killing three policemen before officers fought them off, local police said on Tuesday.

Two of the assailants were shot dead during the exchange, which went on for nearly an hour, according to the district police officer. Four other policemen were wounded and taken to the district headquarters hospital, where doctors described two of them as stable and two as serious.

The post, on a road that links the district with neighbouring Bannu, had been reinforced only a fortnight ago after intelligence warnings, a police official said, speaking on condition of anonymity because he was not authorised to talk to reporters. He said around a dozen attackers had approached from two directions under cover of darkness.

The Pakistani Taliban, or Tehrik-e-Taliban Pakistan, said in a message to journalists that its fighters had carried out the raid and had killed six policemen. Police rejected that figure and said the bodies of the two attackers had been handed to the local administration for identification.

Lakki Marwat, a largely rural district south of Peshawar, has seen a steady rise in attacks on police since the Pakistani Taliban ended a ceasefire with the government late last year. Police in the area complain that they are outgunned and that many posts still lack night-vision equipment.

The provincial caretaker chief minister condemned the attack and announced compensation for the families of the dead officers.

Residents of nearby villages said they heard explosions and heavy firing for much of the night. Schools in the area stayed closed on Tuesday, and police set up additional pickets on the road to Bannu. A police spokesman said the wounded officers included a sub-inspector who had been in charge of the post.
""", [R("armed_assault", "2023-06-05", "day", PK, KP, "Lakki Marwat", "TTP", "Pakistan police", "TTP", 5, 5, 8, 4)])

D("r02", "2022-04-13", "Two soldiers martyred in Bannu IED blast; shopkeeper gunned down in Tank",
  "Pakistani newspaper", """
BANNU: Two soldiers were martyred and three others injured when an improvised explosive device went off next to a security forces' vehicle in the Miryan area of Bannu district on Tuesday, officials said.

According to police, the vehicle was on its way back to a camp after a routine patrol when the device, planted along a dirt track, was detonated. The injured were shifted to the Combined Military Hospital in Bannu. A search of the surrounding fields was carried out after the blast, but no arrests were reported.

No group had claimed responsibility till the filing of this report. A police officer said the device had been triggered by remote control from a distance, adding that the same stretch of track had been targeted in February, when a roadside bomb killed a soldier.

Separately, a shopkeeper was shot dead in Tank city on Monday evening. Police said two men on a motorcycle stopped outside his general store near the main bazaar, fired several shots at him and escaped. The victim, identified as Abdul Wahab, 46, died on the spot.

Mr Wahab's brother told police the family had no known enmity with anyone. Police said they were examining footage from cameras installed at nearby shops and had registered a case against unknown persons.

Traders in Tank kept their shops closed for two hours on Tuesday to protest against the killing and demanded better security in the bazaar, which has seen several incidents of extortion in recent months.

The district's police chief said later that security had been increased at the entrances of Tank city and that police would patrol the bazaar on foot in the evenings. In Bannu, the Miryan road was reopened to traffic in the afternoon after the bomb disposal squad declared it safe.
""", [R("bombing", "2022-04-12", "day", PK, KP, "Bannu", "unidentified militants", "Pakistan military", None, 2, 2, 2, 3),
      R("targeted_killing", "2022-04-11", "day", PK, KP, "Tank", "unidentified militants", "civilians", None, 1, 1, 1, None),
      R("bombing", "2022-02-01", "month", PK, KP, "Bannu", "unidentified militants", "Pakistan military", None, 1, 1, 1, None, True)])

D("r03", "2024-08-22", "ISPR: six khwarij killed in Datta Khel IBO, three more as Bajaur post attack repulsed",
  "ISPR press release", """
RAWALPINDI: On the night of 20/21 August 2024, security forces conducted an intelligence based operation in the general area of Datta Khel, North Waziristan District, on the reported presence of khwarij.

During the conduct of the operation, own troops effectively engaged the khwarij location and, after an intense exchange of fire, six khwarij were sent to hell. However, during the intense exchange of fire, Sepoy Muhammad Irfan (age 24 years, resident of District Chakwal), having fought gallantly, embraced shahadat.

Weapons, ammunition and explosives were also recovered from the killed khwarij, who remained actively involved in numerous terrorist activities against the security forces as well as the killing of innocent civilians.

In another incident, on 21 August 2024, khwarij attacked a security forces' check post in the general area of Salarzai, Bajaur District. Own troops responded swiftly and, in the ensuing exchange of fire, three khwarij were sent to hell, while two soldiers, Naik Sher Zaman (age 31 years, resident of District Bajaur) and Lance Naik Tariq Khan (age 27 years, resident of District Mardan), embraced shahadat.

Sanitisation operations are being conducted to eliminate any other khwarij found in the area. In all, nine khwarij have been sent to hell in the two engagements.

Security forces of Pakistan are determined to wipe out the menace of terrorism from the country, and such sacrifices of our brave soldiers further strengthen our resolve.
""", [R("security_operation", "2024-08-20", "day", PK, KP, "North Waziristan", "Pakistan military", "TTP", None, 7, 7, 7, None),
      R("armed_assault", "2024-08-21", "day", PK, KP, "Bajaur", "TTP", "Pakistan military", None, 5, 5, 5, None)])

D("r04", "2022-09-27", "Kech: terrorists fire on Levies vehicle, two personnel martyred, BLF accepts responsibility (translated from Urdu)",
  "translated Urdu", """
TURBAT: In the Mand area of district Kech, unknown armed terrorists opened fire on a vehicle of the Levies force, as a result of which two Levies personnel were martyred and one was injured.

According to details, the Levies vehicle was on routine patrolling near the Pak-Iran border road on Monday afternoon when armed men hiding behind the hills opened indiscriminate fire on it. The martyred personnel have been identified as Havaldar Ghulam Rasool and Sepoy Naveed Baloch, while Sepoy Shakeel was injured and has been shifted to Teaching Hospital Turbat, where his condition is said to be out of danger.

After the incident, heavy contingents of Levies and FC reached the spot and cordoned off the area, and a search operation was started. The bodies of the martyred were handed over to their heirs after legal formalities.

The banned Balochistan Liberation Front (BLF) has accepted responsibility for the attack. In a statement issued to the media, the spokesman of the organisation said that its fighters had targeted the vehicle. The Levies spokesman said that the martyrs' sacrifices would not go in vain.

It should be noted that incidents of firing on security forces have increased in the border areas of Kech in recent months. Chief Minister Balochistan strongly condemned the incident and directed the authorities to arrest the culprits at the earliest. He expressed condolences to the heirs of the martyrs.

According to sources, the martyred Havaldar had served in the Levies force for 22 years and was due to retire next year. The funeral prayers of the two martyrs were offered in their native villages in the evening, in which a large number of people participated. The Levies force has announced that a case will be registered against the unknown attackers.
""", [R("armed_assault", "2022-09-26", "day", PK, BA, "Kech", "BLF", "Pakistan police", "BLF", 2, 2, 2, 1)])

D("r05", "2023-05-09", "TICKER: blast in Quetta's Sariab area; firing on Kalat checkpost",
  "TV ticker with updates", """
11:20 — Loud explosion heard near Sariab Road in Quetta. Rescue teams and police rushing to the site. Two dead, several injured, according to initial reports.

11:45 — Civil Hospital Quetta declares emergency. Hospital spokesman says four bodies and 11 injured brought in so far.

12:30 — DIG Quetta: explosives were fitted to a motorcycle parked outside a row of shops; device detonated by remote control. The area has been cordoned off.

13:10 — Toll rises to six as two of the injured die in hospital, health department says. Number of wounded now put at 18, three of them critical.

14:05 — No group has claimed responsibility so far. Chief minister condemns blast, orders inquiry report within 24 hours.

14:40 — Separately: unidentified men fired on a Levies checkpost on the outskirts of Kalat town late last night. Levies official says there were no casualties and the attackers fled towards the hills.

15:30 — Traders' association announces shutter-down strike on Sariab Road tomorrow to protest against the blast. Police say the bomb disposal squad estimates the device contained three to four kilogrammes of explosives.
""", [R("bombing", "2023-05-09", "day", PK, BA, "Quetta", "unidentified militants", "civilians", None, 2, 6, 6, 18),
      R("armed_assault", "2023-05-08", "day", PK, BA, "Kalat", "unidentified militants", "Pakistan police", None, 0, 0, 0, 0)])

D("r06", "2021-11-08", "FIR summary: village elder shot dead, son wounded near Kohat",
  "police FIR summary", """
First Information Report (summary) — Police Station Billitang, District Kohat. FIR registered on 7 November 2021 at 11:40 under sections 302, 324 and 34 of the Pakistan Penal Code and section 7 of the Anti-Terrorism Act.

Complainant: Fazal Rehman, son of the deceased, resident of village Sheikhan, injured in the occurrence, statement recorded at the emergency ward of KDA Hospital, Kohat.

Statement of the complainant: On the morning of the same day, at about 08:15, the complainant and his father, Malik Sher Bahadur, aged about 63, were walking from their house to the village mosque for a jirga. When they reached the culvert near the graveyard, two young men with covered faces came from behind on a black motorcycle without a number plate. The pillion rider took out a pistol and fired at Malik Sher Bahadur, who was hit in the head and chest and fell down. The complainant was hit in the left arm while trying to shield his father. The accused fled towards the Kohat–Hangu road.

The complainant states that his father was a member of the local peace committee and had received threatening telephone calls in recent months from an unknown number. He does not nominate anyone in the FIR and states that he will identify the accused if produced before him.

Police action: The injured were taken to KDA Hospital, where Malik Sher Bahadur was declared dead on arrival. The complainant's injury is not life-threatening. Six empty 9mm shells were collected from the spot and sent to the forensic laboratory. Call data records of the threatening number have been requested. No other person was injured. Investigation entrusted to the CTD, Kohat region.

Remarks: The deceased was laid to rest in his native village the same afternoon. The area SHO has been directed to submit a progress report within seven days. A separate inquiry has been requested into whether the deceased had applied for police protection after receiving the threats.
""", [R("targeted_killing", "2021-11-07", "day", PK, KP, "Kohat", "unidentified militants", "civilians", None, 1, 1, 1, 1)])

D("r07", "2023-10-19", "'We heard the music stop': a Bajaur family counts its dead after a wedding-day bomb",
  "long feature with quotes", """
KHAR: The drums had only just gone quiet when the pick-up truck carrying Gul Nawaz's family reached the small bridge below their village in Mamund tehsil. It was a little after seven on Monday evening, and the family was coming home from his nephew's wedding in a neighbouring valley.

"The children were still singing in the back," said Gul Nawaz, 52, who had been driving a second vehicle a few hundred metres behind. "Then there was a flash and a sound like the mountain had split. When I got there, there was nothing left of the truck but the chassis."

Police say a bomb had been buried in the gravel at the edge of the road and set off by remote control as the truck passed. Five people were killed on the spot: Gul Nawaz's sister-in-law, two of her daughters, and two of his cousins' sons, aged nine and eleven. Three others, including the driver, were wounded and taken to the district headquarters hospital in Khar, then on to Peshawar.

On Tuesday morning, villagers searching the stream bed under the bridge found the body of a sixth victim, 15-year-old Yasir, who had been thrown clear by the blast and was missing overnight. "We searched with torches until two in the morning," said his uncle, Hazrat Ali. "We kept calling his name."

No group has said it planted the device. A police official in Khar said investigators were trying to establish whether the truck was the intended target or whether the bomb had been meant for a security patrol that uses the same road most evenings.

For the people of Mamund, the questions are familiar. In March last year, a roadside bomb a few kilometres away killed two Levies men on their way to a checkpost, and residents say the road has never been properly cleared since.

"We are not against anyone. We are farmers," said Shah Jehan, a schoolteacher who helped carry the bodies. "Every time something happens they tell us the area will be searched. Then they leave, and we are the ones who have to drive on these roads."

On Wednesday, the six were buried side by side in the family graveyard above the village. Hundreds of men from the surrounding hamlets attended the funeral prayers. The wedding tent was still standing in the courtyard, Gul Nawaz said. Nobody had had the heart to take it down.

The district administration announced compensation for the families and said the injured would be treated at government expense.
""", [R("bombing", "2023-10-16", "day", PK, KP, "Bajaur", "unidentified militants", "civilians", None, 6, 6, 6, 3),
      R("bombing", "2022-03-01", "month", PK, KP, "Bajaur", "unidentified militants", "Pakistan police", None, 2, 2, 2, None, True)])

D("r08", "2022-06-04", "The week on the frontier: a head constable shot in Tank, a roadside bomb near Mir Ali, a CTD raid in Peshawar",
  "weekly roundup", """
PESHAWAR: A killing in Tank, a roadside bomb in North Waziristan and a raid on the edge of Peshawar marked the week, while talks between the government and the banned Tehreek-i-Taliban Pakistan continued in Kabul with little public word on their progress. Here is what happened.

Tank. Head Constable Rahimullah was shot dead on Wednesday morning outside his house in the Gul Imam area as he left for duty. Police said two gunmen who had been waiting in a car opened fire on him and sped away. He had served in the district's special branch for 14 years. No one claimed the killing.

North Waziristan. Earlier in the week, a roadside bomb struck a patrol of security forces near Mir Ali, martyring two soldiers, according to security officials who spoke on condition of anonymity. The military's media wing did not issue a statement on the blast. Local residents said the explosion damaged a culvert and that the road was closed for several hours.

Peshawar. On Thursday night, the Counter-Terrorism Department said it had killed three militants of the banned TTP in an exchange of fire in the Regi area on the city's western outskirts. According to the CTD, the men were planning attacks on police installations and opened fire when a team surrounded the compound where they were staying. One CTD official was wounded. Officials said two Kalashnikovs, a pistol and four hand grenades were recovered.

The week also saw the funeral in Swabi of a police officer wounded in an attack in March who died in hospital on Wednesday; police did not give further details of the March incident.

Looking ahead, the provincial government says it will present a security plan for the former tribal districts with the budget later this month. Officials have promised 1,200 new posts for the police in the merged districts.
""", [R("targeted_killing", "2022-06-01", "day", PK, KP, "Tank", "unidentified militants", "Pakistan police", None, 1, 1, 1, None),
      R("bombing", "2022-05-30", "week", PK, KP, "North Waziristan", "unidentified militants", "Pakistan military", None, 2, 2, 2, None),
      R("security_operation", "2022-06-02", "day", PK, KP, "Peshawar", "Pakistan police", "TTP", None, 3, 3, 3, 1)])

D("r09", "2024-03-10", "Opinion: The police in the south are fighting a war they were never equipped for",
  "opinion (background events only)", """
Every few weeks the same photograph appears: a row of coffins wrapped in the police flag, lined up on the parade ground of a district police lines somewhere between Bannu and Dera Ismail Khan, and a senior officer saluting. The photograph changes. The problem does not.

The southern districts of Khyber Pakhtunkhwa have become the front line of a conflict the provincial police were never designed to fight. Last October, militants overran a police post in Lakki Marwat's Bargai area in the early hours, killing four constables who had, by their colleagues' account, fewer than a hundred rounds between them. In January, a roadside bomb in Tank killed three policemen who were escorting a polio vaccination team back to the city. These are not isolated tragedies. They are the predictable outcome of asking a force built for crime and traffic to hold ground against a trained insurgency.

The official response has been to announce things. There have been new armoured personnel carriers, a promise of night-vision goggles, a new counter-terrorism force, a rise in the martyrs' compensation package. Some of this has reached the districts. Much of it has not. Constables at remote posts still describe buying their own torches, and several posts in Bannu and Lakki were for months supplied with food by local shopkeepers rather than the department.

There is also the question of what happens around the police. Military operations have cleared and re-cleared the same valleys since 2009. Each time, the militants return when the troops move on, and each time it is the police who are left behind to hold the roads.

None of this is an argument against the police. It is an argument for treating them as what they have become: a counter-insurgency force that needs training, equipment, and a clear chain of command with the army. Until then, we will keep seeing the same photograph.

The writer is a former inspector general of police.
""", [R("armed_assault", "2023-10-01", "month", PK, KP, "Lakki Marwat", "unidentified militants", "Pakistan police", None, 4, 4, 4, None, True),
      R("bombing", "2024-01-01", "month", PK, KP, "Tank", "unidentified militants", "Pakistan police", None, 3, 3, 3, None, True)])

D("r10", "2025-02-19", "UPDATE: Zhob police lines suicide attack toll rises to seven; Ittehad-ul-Mujahideen claims responsibility",
  "update / revised toll", """
ZHOB: The number of people killed in Monday's suicide attack on the gate of the police lines in Zhob rose to seven on Wednesday after two more of the injured died at a hospital in Quetta, officials said. The figure does not include the attacker, who was killed when he detonated his explosives.

Initial reports on Monday had put the toll at five, all of them policemen. The deputy commissioner said on Wednesday that the dead included six police officials and a civilian who had been selling tea outside the gate.

The provincial home department said 14 people had been injured. A figure of 16 given by the district hospital on Monday night had included two people who were treated for minor cuts and sent home, an official said.

According to police, the bomber walked towards the main gate shortly after the morning roll call and blew himself up when a constable on duty tried to stop him. Officials estimated that he had carried around six kilogrammes of explosives packed with ball bearings.

The Ittehad-ul-Mujahideen Pakistan, a coalition of several militant groups that emerged in 2023, claimed responsibility for the bombing in a statement circulated on social media. Police said they had taken note of the claim and that a forensic team was working to identify the attacker from his remains.

Zhob, which borders both Afghanistan and the South Waziristan district of Khyber Pakhtunkhwa, has been the scene of repeated attacks on security forces over the past two years. Shops in the town remained shut for a second day on Wednesday in mourning.

Funeral prayers for the policemen were held at the police lines on Tuesday and attended by the provincial police chief.

A senior police officer said the gate had been fitted with a new barrier only last month and that it had probably prevented the bomber from getting inside the compound, where dozens of recruits were assembled.
""", [R("suicide_attack", "2025-02-17", "day", PK, BA, "Zhob", "Ittehad-ul-Mujahideen Pakistan", "Pakistan police", "Ittehad-ul-Mujahideen Pakistan", 6, 8, 8, 14)])
