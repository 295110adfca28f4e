from common import *
DOCS = []
def D(id, date, title, style, text, rows):
    DOCS.append(dict(id=id, date=date, title=title, style=style, text=text.strip(), rows=rows))

D("r11", "2023-07-26", "Correction: Khad Kocha Levies post attack report",
  "correction note", """
Correction: This report, as first published on Tuesday evening, wrongly placed the attack in Kalat district. Khad Kocha is in Mastung district. The report has been corrected.

MASTUNG: Two Levies personnel were martyred and two others injured when armed men attacked a Levies checkpost in the Khad Kocha area of Mastung district on Tuesday, officials said.

According to a Levies official, the attackers opened fire on the post from a nearby orchard shortly after sunset. The personnel on duty returned fire, and one of the attackers was killed, the official said. His accomplices escaped in the dark, taking his weapon with them but leaving the body behind.

The martyred personnel were identified as Naib Risaldar Abdul Ghaffar and Sepoy Mir Hassan. The injured were shifted to the district hospital in Mastung and later referred to Quetta.

No group has claimed responsibility for the attack. The deputy commissioner said a search operation had been launched in the surrounding area and that additional personnel had been deployed on the national highway, which passes close to the post.

Khad Kocha lies on the road between Mastung town and Kalat, a route used by traffic heading south towards Khuzdar and Karachi.
""", [R("armed_assault", "2023-07-25", "day", PK, BA, "Mastung", "unidentified militants", "Pakistan police", None, 3, 3, 3, 2)])

D("r12", "2025-03-19", "Statement of the Ministry of National Defence of the Islamic Emirate on the Pakistani drone strike in Spin Boldak (unofficial translation)",
  "Afghan ministry statement", """
In the name of Allah, the Most Gracious, the Most Merciful.

On the night of Tuesday, the military regime of Pakistan once again violated the airspace of the Islamic Emirate of Afghanistan and carried out a drone strike on a residential house in the Wesh area of Spin Boldak district, Kandahar province.

As a result of this cowardly attack, three civilians, among them a woman and a child, were martyred and five others were wounded. The wounded have been taken to the provincial hospital in Kandahar for treatment. All the victims were ordinary residents of the area who had no connection with any armed group.

The Ministry of National Defence strongly condemns this act, which is a clear violation of international principles and of the sovereignty of Afghanistan. Such irresponsible actions will not solve any problem and will only increase mistrust between the two Muslim nations.

The Islamic Emirate has repeatedly said that it does not allow anyone to use the soil of Afghanistan against any other country. The Pakistani side should not blame Afghanistan for its own internal security failures.

The Ministry reminds the Pakistani side that the defence of the territory of Afghanistan is the legitimate right of the Islamic Emirate, and that the consequences of such acts will be the responsibility of Pakistan.

Enayatullah Khwarazmi, spokesman, Ministry of National Defence.

[Editor's note: Pakistani officials had not commented on the statement by the time of publication.]

The Ministry also calls on the international community and the United Nations to take notice of the repeated violations of Afghan territory and airspace, and to play their role in preventing such acts, which endanger the lives of innocent people living on both sides of the Durand Line.
""", [R("cross_border_strike", "2025-03-18", "day", AF, "Kandahar", "Spin Boldak", "Pakistan military", "civilians", None, 3, 3, 3, 5)])

D("r13", "2024-03-01", "Afghan foreign ministry: Muttaqi and Pakistani envoy discuss border tensions, refugees in Kabul",
  "Afghan ministry statement", """
KABUL: The foreign ministry of the Islamic Emirate of Afghanistan said on Friday that Foreign Minister Amir Khan Muttaqi had met Pakistan's special representative for Afghanistan in Kabul on Thursday and discussed security along the border, trade, and the treatment of Afghan refugees in Pakistan.

According to a statement posted by the ministry's deputy spokesman, Mr Muttaqi told the Pakistani delegation that the forced expulsion of Afghan families from Pakistan had caused "deep sorrow" among Afghans and urged Islamabad to halt it at least until the end of the school year. The Pakistani side raised its concerns about attacks by the banned Tehreek-i-Taliban Pakistan and asked the Afghan authorities to act against militants operating from Afghan soil.

The two sides agreed to use existing mechanisms to resolve border incidents through dialogue, the statement said. It gave no details of any specific commitments.

The meeting came three days after an exchange of fire between Afghan border forces and the Frontier Corps near the Kharlachi crossing in Kurram district. Pakistani officials said the Afghan side had opened fire on an FC post and that one FC soldier was wounded; no one was killed, according to both sides. The crossing was closed for a day and reopened on Wednesday.

The Pakistani delegation was also scheduled to meet the acting commerce minister and officials dealing with transit trade, a Pakistani embassy official said. A further round of discussions on trade is expected in Islamabad next month.

Pakistan has not recognised the Taliban government, but the two sides maintain embassies and regular contacts.

A spokesman for Pakistan's Foreign Office described the meeting as constructive and said Islamabad expected practical steps rather than assurances. He did not answer questions about whether the deportation drive would be paused, saying only that registered refugees were not affected by it.
""", [NV("talks", "2024-02-29", AF, "Kabul", None),
      R("border_clash", "2024-02-26", "day", PK, KP, "Kurram", "Afghan Taliban", "Frontier Corps", None, 0, 0, 0, 1, True)])

D("r14", "2025-05-14", "Taliban say Pakistani drone strikes in Paktika killed six; strike in Khost caused no casualties",
  "wire (Afghan dateline)", """
KABUL, Afghanistan (XX) — Pakistani drones struck two villages in Paktika province's Barmal district overnight, killing at least five civilians, including two children, a Taliban government spokesman said on Wednesday.

The spokesman said another drone struck a family home in Spera district of neighbouring Khost province in the same night, causing no casualties because the family was away at a wedding. He said the strikes began shortly after 1 a.m. on Wednesday.

Later on Wednesday, the Paktika provincial information department raised the toll in Barmal to six, saying a man wounded in the strike had died in hospital. It said four other people remained in hospital.

Pakistan's military did not comment. A Pakistani security official, speaking on condition of anonymity, said hideouts of "Fitna al-Khawarij" — Islamabad's official name for the TTP — had been targeted in Barmal. He gave no further details and would not discuss Khost.

Residents in Barmal told the XX by phone that the bombs fell on two houses near a mosque. "We were asleep. There are no fighters in our village," said a man who gave his name as Rahmatullah, adding that a cousin's wife and her two sons were among the dead.

Islamabad has repeatedly accused the Taliban of sheltering fighters of the Pakistani Taliban, who it says use Afghan territory to plan attacks in Pakistan. The Taliban deny this.

The strikes were the first reported on Afghan territory in several weeks. Relations between the neighbours have been strained since last year, when repeated border clashes closed crossings for days at a time.

The Taliban's defence ministry said it reserved the right to respond.

The XX could not independently verify either account. Access to the border districts of Paktika is restricted, and the Taliban authorities often limit visits by journalists after such incidents.
""", [R("cross_border_strike", "2025-05-14", "day", AF, "Paktika", "Barmal", "Pakistan military", "TTP", None, 5, 6, 6, 4),
      R("cross_border_strike", "2025-05-14", "day", AF, "Khost", "Spera", "Pakistan military", "civilians", None, 0, 0, 0, 0)])

D("r15", "2023-09-12", "Soldier martyred as Afghan forces open fire at Torkham; sides agree to halt firing after flag meeting",
  "Pakistani newspaper", """
LANDI KOTAL: A soldier was martyred and two others were injured when Afghan border forces opened fire on Pakistani posts near the Torkham border crossing on Sunday evening, officials said, in the latest flare-up that has shut the busiest commercial crossing on the frontier since the weekend.

According to officials in Khyber district, the firing started after Afghan forces tried to set up a new post close to the border line, which Pakistani troops objected to. Pakistani forces responded to the fire, officials said.

An Afghan Taliban official in Nangarhar province said two of their border guards had been killed and one injured in the exchange, and accused Pakistani forces of firing first. Pakistani officials did not comment on Afghan casualties.

On Monday, commanders from both sides met at the zero point in a flag meeting and agreed to stop firing and to refer the dispute over the post to higher authorities, a Pakistani security official said. The official said the two sides would meet again in the coming days to discuss reopening the crossing.

Hundreds of trucks carrying fruit, vegetables and coal remained stranded on both sides of the border. Transporters at Landi Kotal said they were losing millions of rupees each day. "Our drivers have been sitting here for three nights," said Haji Ajmal, a transporter. "The fruit is rotting in the containers."

The Torkham crossing has been closed repeatedly in recent years over disputes about fencing and new border structures. Traders' bodies on both sides have called for a permanent mechanism to settle such disputes without shutting the border.

Customs officials at Torkham said the crossing normally handles several hundred trucks a day in each direction. Pedestrians, including patients travelling to Peshawar for treatment, were also turned back. An official of the Khyber district administration said arrangements had been made to provide food and water to drivers stuck on the Pakistani side.
""", [R("border_clash", "2023-09-10", "day", PK, KP, "Khyber", "Afghan Taliban", "Pakistan military", None, 3, 3, 3, 3),
      NV("ceasefire", "2023-09-11")])

D("r16", "2022-10-05", "Two policemen shot dead in Karachi's Baldia Town; TTP claims killings",
  "Pakistani newspaper", """
KARACHI: Two policemen were shot dead by motorcyclists in Baldia Town on Tuesday night, police said, and the banned Tehreek-i-Taliban Pakistan later claimed responsibility for the killings.

Police said Constable Ashfaq Ahmed and Constable Zulfiqar Ali, both posted at the Saeedabad police station, had stopped at a tea stall near Sector 4 when two men on a motorcycle pulled up and fired at them with pistols. Both constables were hit several times and died before they could be taken to the Civil Hospital. The attackers escaped through the narrow lanes towards the Northern Bypass.

A senior superintendent of police for Keamari told reporters that the constables had been singled out. "The attackers did not fire at anyone else at the stall. They knew who they were looking for," he said. A tea stall worker suffered minor injuries when he fell while running for cover.

In a message shared with journalists, a spokesman for the TTP said its men were behind the shooting. The Counter-Terrorism Department said it was examining the claim and had collected 11 empty shells of 30-bore pistols from the scene.

The city has seen a handful of similar attacks on policemen in its western outskirts this year, officials said, though they declined to give figures. The inspector general of Sindh police ordered that constables on patrol in sensitive areas should move in pairs and wear bulletproof jackets at all times.

Funeral prayers for the two constables were offered at the Central Police Office on Wednesday. Both were in their twenties.

The killings took place a few hundred metres from a checkpoint of the Rangers, residents said. A shopkeeper who saw the attack said the gunmen had been waiting at the corner for some time before the constables arrived. "They wore helmets and did not say a word. It was over in seconds," he said.
""", [R("targeted_killing", "2022-10-04", "day", PK, "Sindh", "Karachi", "TTP", "Pakistan police", "TTP", 2, 2, 2, 1)])

D("r17", "2024-10-23", "Radio bulletin, 9 p.m.: three killed as van fired on in Kurram; two FC men die in Panjgur attack",
  "radio bulletin", """
Good evening. Here is the news.

Three people, including a woman, were killed and four injured when gunmen opened fire on a passenger van in Lower Kurram this afternoon. Police said the van was travelling from Sadda to Parachinar when it came under fire from a hillside near the main road. The injured have been moved to the district headquarters hospital in Parachinar. No group has claimed responsibility.

In Balochistan, two Frontier Corps soldiers were martyred when militants attacked an FC post in Panjgur district before dawn today. An official said the attackers fled after a gunfight lasting about 40 minutes. The banned Balochistan Liberation Army said in a statement that its fighters had killed eight soldiers. Officials rejected the figure.

The Foreign Office says a Pakistani delegation will travel to Kabul next week to discuss border management and trade. The spokesperson said Pakistan expects the Afghan interim government to act against groups using its territory.

In Peshawar, the provincial cabinet approved funds for armoured vehicles for police stations in the southern districts.

And the weather: cold and dry in most of the province, with light rain expected in the hills of Swat and Chitral tomorrow.

That is the end of the news.
""", [R("armed_assault", "2024-10-23", "day", PK, KP, "Kurram", "unidentified militants", "civilians", None, 3, 3, 3, 4),
      R("armed_assault", "2024-10-23", "day", PK, BA, "Panjgur", "BLA", "Frontier Corps", "BLA", 2, 2, 8, None)])

D("r18", "2023-06-28", "Four FC soldiers martyred in Noshki roadside blast; BLA claims attack",
  "Pakistani newspaper", """
QUETTA: Four soldiers of the Frontier Corps were martyred and five others injured when a roadside bomb struck their vehicle in the Kishingi area of Noshki district on Tuesday, officials said.

According to Levies officials, the FC vehicle was part of a convoy escorting a team of surveyors when the device, planted under a small bridge, exploded. The vehicle was badly damaged. The injured were airlifted to the Combined Military Hospital in Quetta, where two of them were said to be in critical condition.

The banned Balochistan Liberation Army claimed responsibility for the blast in a statement sent to the media. The group claimed that nine soldiers had been killed and that the convoy had been attacked with gunfire after the explosion. Officials said there had been no exchange of fire and that the group's figures were exaggerated, as they often are.

The FC said the martyred soldiers belonged to Dera Ismail Khan, Lakki Marwat, Jhang and Noshki. Their funeral prayers were held at the FC headquarters in Quetta on Wednesday.

Chief Minister Mir Abdul Quddus Bizenjo condemned the attack and said the government would not allow "enemies of development" to sabotage projects in the province. He directed the authorities to provide the best possible medical care to the injured.

Noshki district, on the road linking Quetta with the Iranian border town of Taftan, has been the scene of several attacks on security forces in recent years. Separatists have repeatedly targeted survey teams and construction crews working on roads and mining projects in the area.

Security officials said the surveyors were working on a road that is meant to connect several remote villages with the main highway. Work on the project was suspended after the blast. A security official said additional troops had been deployed along the route and that the area around Kishingi was being searched.
""", [R("bombing", "2023-06-27", "day", PK, BA, "Noshki", "BLA", "Frontier Corps", "BLA", 4, 4, 9, 5)])

D("r19", "2023-04-11", "LIVE TICKER: blast in Dera Ismail Khan bazaar",
  "TV ticker with updates", """
09:10 — Explosion in Topanwala Bazaar, Dera Ismail Khan. Rescue 1122 says two people killed, several injured. Ambulances on the scene.

09:40 — Police: the blast happened near a row of cloth shops at the busiest time of the morning. The area has been sealed off.

10:05 — Toll rises to four. District Headquarters Hospital says 12 injured brought in, some with serious burns.

11:30 — RPO D.I. Khan: the device was planted in a handcart parked outside a shop and set off by remote control. Bomb disposal squad says it contained about two kilogrammes of explosives.

13:00 — One more of the injured dies; death toll now five, hospital says.

14:00 — Health department updates the number of injured to 15. Three critical patients being shifted to Peshawar.

15:20 — TTP spokesman denies involvement in the blast and says the group does not target public places. No other group has claimed it.

16:45 — Traders announce a three-day mourning; markets in the city to remain closed tomorrow.
""", [R("bombing", "2023-04-11", "day", PK, KP, "Dera Ismail Khan", "unidentified militants", "civilians", None, 2, 5, 5, 15)])

D("r20", "2021-08-18", "Three labourers shot dead in Kech, grenade wounds five in Quetta; blast damages railway track near Sibi",
  "Pakistani newspaper", """
QUETTA: Three labourers were shot dead at a road construction site in Kech district, while five people were injured in a grenade attack in Quetta and a blast damaged a railway track near Sibi, officials said on Wednesday.

In Kech, gunmen arrived on motorcycles at a camp of labourers working on a link road in the Hoshab area on Tuesday night and opened fire, killing three of them on the spot, Levies officials said. The workers were from Sindh and southern Punjab. The banned Balochistan Liberation Front (BLF) claimed responsibility for the attack, saying that the labourers were working on a project linked to the security forces. Officials rejected the claim and said the road was a civilian project for local villages.

In Quetta, unidentified men on a motorcycle hurled a hand grenade at a mobile phone shop on Jinnah Road on Wednesday afternoon, injuring five people, including the owner of the shop and two passers-by. Police said nobody was killed. They said the shop owner had received extortion calls in recent weeks and had refused to pay.

Near Sibi, an explosive device went off under the railway track on Wednesday morning, damaging a section of about two feet. Railway officials said no train was passing at the time and that nobody was hurt. Train services between Quetta and the rest of the country were suspended for several hours while the track was repaired.

No one has claimed responsibility for the Quetta and Sibi incidents.

The Levies said the bodies of the three labourers were shifted to the Teaching Hospital in Turbat and would be sent to their home towns after legal formalities. The contractor of the project said around 20 workers had been staying at the camp and that the others had fled into the darkness when the firing began.
""", [R("armed_assault", "2021-08-17", "day", PK, BA, "Kech", "BLF", "civilians", "BLF", 3, 3, 3, None),
      R("armed_assault", "2021-08-18", "day", PK, BA, "Quetta", "unidentified militants", "civilians", None, 0, 0, 0, 5),
      R("bombing", "2021-08-18", "day", PK, BA, "Sibi", "unidentified militants", "civilians", None, 0, 0, 0, 0)])
