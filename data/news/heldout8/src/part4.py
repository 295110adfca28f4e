from common import *
DOCS = []
def D(id, date, title, style, text, rows):
    DOCS.append(dict(id=id, date=date, title=title, style=style, text=text.strip(), rows=rows))

D("r31", "2023-02-08", "Government extends PoR cards for Afghan refugees by six months",
  "policy report (no event)", """
ISLAMABAD: The federal government has extended the validity of Proof of Registration (PoR) cards held by some 1.3 million Afghan refugees until the end of June, the Ministry of States and Frontier Regions said on Wednesday.

The cards, which allow registered refugees to live legally in Pakistan, expired on December 31. Refugees and rights groups had complained that police in several cities had begun detaining card holders in the weeks since, despite assurances that no action would be taken while a decision was pending.

An official of the ministry said the extension had been approved by the federal cabinet after consultations with the provinces and the UN refugee agency. He said the government would use the coming months to "review the overall policy" on Afghans living in Pakistan, including those who arrived after the Taliban takeover in August 2021 and do not hold PoR cards.

Officials estimate that around 600,000 Afghans have entered Pakistan since the takeover, many on visas that have since expired. They are not covered by the extension.

The representative of the UNHCR in Pakistan welcomed the decision, but said a longer extension would give families more certainty. "Every six months these families hold their breath," a spokesperson said.

Refugee elders in Peshawar said harassment at police checkpoints had increased over the winter. Some officials have linked the tightening to a rise in militant violence in Khyber Pakhtunkhwa since 2021, though refugee groups say their communities are being blamed for attacks they have nothing to do with.

The provincial government of Khyber Pakhtunkhwa, which hosts more than half of the registered refugees, has asked for additional federal funds for refugee-hosting districts.

Officials said a new registration drive would begin in the spring to update the records of families with children born since the last exercise, which was carried out in 2021. Refugee groups have asked that the drive be held in the camps and in the cities at the same time, so that families do not have to travel.
""", [])

D("r32", "2025-01-15", "Army chief visits Wana, says operations will continue until militancy is eliminated",
  "Pakistani newspaper (no event)", """
WANA: Chief of Army Staff General Asim Munir visited South Waziristan on Wednesday, where he was briefed on the security situation and ongoing operations against militants in the region, the military's media wing said.

According to the Inter-Services Public Relations, the army chief was given a detailed briefing on intelligence-based operations being carried out in the area and on measures to improve border management along the Pak-Afghan border. He also met tribal elders, who raised concerns about the closure of local markets and the slow pace of compensation payments for damaged houses.

The army chief was quoted as saying that the security forces would continue to pursue the khwarij "until the last of them" and that the cooperation of the people of the area was essential. He praised the sacrifices of the soldiers, police and civilians of the tribal districts.

The elders told him that young people in the district needed jobs and that the reopening of the Angoor Adda crossing for trade would help the local economy. The ISPR statement said the army chief assured them that development projects would be completed on time.

The visit came amid a rise in attacks on security forces in the province over the past year. Officials in Wana said security had been tightened on the road between Wana and Tank ahead of the visit.

Later, the army chief laid a wreath at the monument to the martyrs at the Wana cantonment.
""", [])

D("r33", "2021-12-20", "Child killed as Afghan forces fire on FC post near Chaman; Taliban deny firing first",
  "Pakistani newspaper", """
CHAMAN: A child was killed and three people were injured on Sunday when Afghan forces opened fire on a Frontier Corps post near the Chaman border crossing, Pakistani officials said, after a dispute over fencing work on the border.

According to a Levies official, a mortar shell fired from the Afghan side landed on a house in a village near the post, killing a nine-year-old boy and wounding his mother. Two FC personnel at the post were also injured. The FC responded to the fire, officials said.

Residents of Spin Boldak on the Afghan side said one Afghan border guard had been killed in the exchange. However, a spokesman for the Taliban's provincial police in Kandahar denied that any Afghan had been killed and said Pakistani forces had fired first after Afghan guards objected to the fencing.

A Pakistani security official rejected the Taliban's version and said the FC had been repairing an existing section of fence inside Pakistani territory.

The Friendship Gate was closed for traffic for several hours on Sunday and reopened on Monday morning after officials from both sides held a meeting at the border. Thousands of people cross the border at Chaman every day, many of them traders and labourers.

The fence along the 2,600-km border has been a source of friction since Pakistan began building it in 2017. The Taliban, like previous Afghan governments, do not recognise the border.

Levies officials said the injured woman and the two FC personnel were shifted to the district hospital in Chaman and that the woman was later referred to Quetta. The village where the shell landed lies about a kilometre from the border. Residents said several families had moved to relatives' homes in the town after the firing.
""", [R("border_clash", "2021-12-19", "day", PK, BA, "Chaman", "Afghan Taliban", "Frontier Corps", None, 1, 1, 2, 3)])

D("r34", "2025-06-11", "Gunmen fire on passenger coach in Lasbela, killing five; BLA claims attack",
  "wire (Pakistani dateline)", """
QUETTA, Pakistan (XX) — Gunmen blocked a highway in southwestern Pakistan and opened fire on a passenger coach late on Tuesday, killing five people, officials said on Wednesday.

The attack took place near Bela in Lasbela district on the highway between Karachi and Quetta. A local administration official said the gunmen, who had set up a roadblock with their vehicles, stopped the coach and opened fire on it when the driver tried to turn back.

Officials had initially said four passengers were killed. One of the wounded died overnight in a hospital in Karachi, raising the toll to five, a health official said. Six other passengers were being treated for gunshot wounds.

The outlawed Baloch Liberation Army claimed responsibility in a statement, saying its fighters had targeted personnel of the security forces travelling in civilian clothes. The deputy commissioner of Lasbela rejected the claim and said all the victims were civilians, including a driver and two students returning home for the holidays.

Separatist groups have in recent years repeatedly blocked highways in Balochistan and attacked vehicles, sometimes checking passengers' identity cards. The official said the gunmen had not done so on Tuesday.

Traffic on the highway was suspended for several hours after the attack. Security forces launched a search in the surrounding hills.

Balochistan, Pakistan's largest and poorest province, has been the scene of a decades-long separatist insurgency. Separatists accuse the central government of exploiting the province's gas and minerals, a charge the government denies.

Relatives of the victims gathered outside the hospital in Karachi on Wednesday, waiting for the bodies to be handed over. The coach had been carrying about 40 passengers from Karachi to Turbat, a transporter said.
""", [R("armed_assault", "2025-06-10", "day", PK, BA, "Lasbela", "BLA", "civilians", "BLA", 4, 5, 5, 6)])

D("r35", "2024-07-24", "Statement of the spokesman of the Islamic Emirate on Pakistani accusations over the Lakki Marwat attack (unofficial translation)",
  "Taliban statement", """
The Islamic Emirate of Afghanistan has taken note of the remarks made by officials of the Pakistani government, who have once again blamed Afghanistan for the suicide attack on a police vehicle in the Lakki Marwat area on Monday.

The Islamic Emirate rejects these accusations. The soil of Afghanistan is not being used against any country, and the Islamic Emirate does not allow anyone to carry out activities against the security of neighbouring countries from its territory.

The Islamic Emirate considers such attacks on the lives of people to be unacceptable and expresses its sorrow at the loss of life. At the same time, it is not appropriate for Pakistan to hold others responsible for the security problems that exist inside its own territory. These problems are old and have their roots inside Pakistan.

The Islamic Emirate wants good relations with all its neighbours, including Pakistan, and believes that all issues can be solved through dialogue and understanding. Blame games and threats only damage the trust between the two peoples.

We call on the Pakistani side to present evidence through the appropriate channels instead of making statements to the media, and we are ready to discuss any concern through the existing mechanisms.

Zabihullah Mujahid, spokesman of the Islamic Emirate of Afghanistan.
""", [R("suicide_attack", "2024-07-22", "day", PK, KP, "Lakki Marwat", "unidentified militants", "Pakistan police", None, None, None, None, None)])

D("r36", "2023-11-22", "'He settled other people's quarrels': Orakzai mourns an elder shot in his own hujra",
  "long feature with quotes", """
GHILJO: The hujra where Malik Sahib Gul received visitors for forty years is a long, low room with a carpet worn thin by the feet of petitioners. On Monday night, two men walked into it while the 71-year-old elder was sitting with his guard and his nephew, and opened fire.

Malik Sahib Gul and his guard, Ameer Nawaz, died on the carpet. His nephew, Inayat, 24, was hit in the leg and survived by pretending to be dead. "They did not say anything," he said from his bed at the district hospital. "They just looked at my uncle, and then they started shooting."

Police in Orakzai say the gunmen escaped into the hills behind the village, in the Mamozai area of upper Orakzai. Nobody has claimed the killing. Some villagers believe it was the work of militants who have been trying to return to the district; others mention a land dispute that the elder had been helping to resolve. A police officer said both lines were being investigated.

Malik Sahib Gul had been a member of the local peace committee since the army's operations in the district more than a decade ago, and his family has paid for it before. In August 2013, his elder brother and two other committee members were killed when a roadside bomb hit their car on the road to Kalaya. "After that my uncle said, if they want me, they know where I sit," Inayat said.

Relatives describe a man who spent his days settling disputes over water, boundaries and marriages, and who refused to carry a gun himself. "He said a malik with a gun is just another man with a gun," said his son, Sher Afzal, who flew back from Dubai for the funeral.

On Tuesday, thousands of people attended the funeral prayers in the village, including elders from Hangu and Kohat. Speakers called on the government to protect the members of peace committees, many of whom say they have been left alone since the operations ended.

The district police officer said the guard's family would receive compensation as the family of a martyr, and that a case had been registered under the anti-terrorism law.

Across upper Orakzai, the killing has revived a fear that many families thought they had left behind. Shopkeepers in Ghiljo bazaar said they now close before the evening prayer. A member of the village council, who asked not to be named, said that at least three other elders in the area had received threatening letters in the past year, and that one had moved his family to Kohat. "We are told the area is cleared," he said. "Cleared of what? The men who did this walked in and walked out."

Sher Afzal says he has not decided whether to go back to his job in Dubai. His father's visitors have not stopped coming; on the day after the funeral, two men arrived from a neighbouring village to ask who would now settle their dispute over a spring. "I told them I did not know," he said. "Then I sat with them anyway."

In the hujra, the carpet has been rolled up and taken away. Someone has placed a new one on the floor. "People will still come," Sher Afzal said. "There are still quarrels to settle."
""", [R("targeted_killing", "2023-11-20", "day", PK, KP, "Orakzai", "unidentified militants", "civilians", None, 2, 2, 2, 1),
      R("bombing", "2013-08-01", "month", PK, KP, "Orakzai", "unidentified militants", "civilians", None, 3, 3, 3, None, True)])

D("r37", "2021-10-13", "Toll in Tiarza post attack rises to nine as bodies of two missing soldiers are found",
  "follow-up with revised toll", """
WANA: The bodies of two soldiers who went missing after militants attacked a security post in the Tiarza area of South Waziristan on Sunday were found in a ravine near the post on Tuesday, officials said, raising the death toll among security personnel to five.

Three soldiers had been reported martyred in the attack on Sunday night, when militants fired rockets and machine guns at the post from surrounding heights before trying to storm it. Four attackers were killed when troops repulsed the assault, according to security officials.

A security official said the two missing soldiers had been manning a picket on the slope below the main post and were believed to have been killed early in the attack. Their bodies were recovered by a search party on Tuesday morning and brought to Wana. Six other soldiers were wounded in the attack and remain under treatment.

The banned Tehrik-i-Taliban Pakistan claimed responsibility for the attack in a statement on Monday, saying its fighters had killed 12 soldiers and captured weapons. Officials rejected the figure.

The attack was one of the deadliest on security forces in South Waziristan this year. Officials in the area said the militants had regrouped in the mountains along the border with Afghanistan, where the Taliban took power in August.

Funeral prayers for the five soldiers were offered in Wana on Tuesday evening before their bodies were sent to their home towns.
""", [R("armed_assault", "2021-10-10", "day", PK, KP, "South Waziristan", "TTP", "Pakistan military", "TTP", 7, 9, 16, 6)])

D("r38", "2022-07-21", "Pakistan and Afghanistan sign deal to extend transit trade arrangement",
  "wire (Afghan dateline)", """
KABUL, Afghanistan (XX) — Pakistan and Afghanistan's Taliban government signed an agreement in Kabul on Wednesday extending arrangements for Afghan goods to travel through Pakistani ports, officials from both sides said.

The agreement was signed by Pakistan's commerce secretary and Afghanistan's acting deputy minister of commerce after two days of meetings, according to a statement from the Afghan commerce ministry. It allows Afghan traders to continue shipping goods through Karachi and Gwadar under existing rules for another six months while a new framework is negotiated.

A Pakistani official said the two sides had also discussed reducing delays at the Torkham and Chaman crossings, where long queues of trucks have built up this summer. The crossings have been closed several times this year. In May, Torkham was shut for eight days after Afghan forces fired on a Pakistani post during a dispute over a gate, wounding two Pakistani soldiers.

Traders' groups welcomed the deal but said it did little to address their main complaints, including the inspection of containers and the requirement for bank guarantees.

Trade between the two neighbours has fallen sharply since the Taliban took over Kabul last August, in part because of sanctions on Afghanistan's banking system and a shortage of dollars.

Pakistan has not formally recognised the Taliban government, but the two sides have held regular talks on trade and security. Officials said a joint committee would meet again in Islamabad in September.
""", [NV("agreement", "2022-07-20", AF, "Kabul", None),
      R("border_clash", "2022-05-01", "month", PK, KP, "Khyber", "Afghan Taliban", "Pakistan military", None, 0, 0, 0, 2, True)])

D("r39", "2025-09-24", "Grenade attack on Daudzai police station injures two; teacher shot dead in Jamrud",
  "Pakistani newspaper", """
PESHAWAR: Two policemen were injured when unidentified men hurled a hand grenade into the compound of the Daudzai police station on the outskirts of Peshawar on Tuesday night, police said. In a separate incident in neighbouring Khyber district, a schoolteacher was shot dead on his way to work on Tuesday morning.

According to the police, the grenade was thrown over the boundary wall of the police station at around 10:30 p.m. and exploded near the barracks. Constables Fazal Wahid and Ihsanullah received splinter wounds and were taken to Lady Reading Hospital, where their condition was stated to be out of danger. Police said no one was killed and the attackers escaped in the dark.

Police said they had fired in the direction of the attackers. A search of nearby fields found no trace of them. The Daudzai police station has been attacked twice before in the last two years, police said, without giving details.

In Jamrud, Master Gul Rehman, a teacher at a government primary school, was shot dead by two gunmen on a motorcycle who intercepted him near the school gate, police said. He was 48 and had taught at the school for 20 years. Police said the teacher had been threatened earlier over his work in a community campaign against drugs, and that the motive was being investigated.

No group has claimed responsibility for either incident. Teachers in Jamrud boycotted classes on Wednesday in protest and demanded the arrest of the killers.

The Khyber district police officer said the teacher's family had been given protection and that two suspects had been detained for questioning. The education department announced that the school would be named after the teacher.
""", [R("armed_assault", "2025-09-23", "day", PK, KP, "Peshawar", "unidentified militants", "Pakistan police", None, 0, 0, 0, 2),
      R("targeted_killing", "2025-09-23", "day", PK, KP, "Khyber", "unidentified militants", "civilians", None, 1, 1, 1, None)])

D("r40", "2023-08-02", "ISPR: more than a dozen Afghan Taliban killed as border posts in Kurram attacked; two soldiers embrace shahadat",
  "ISPR press release", """
RAWALPINDI: On the night of 31 July/1 August 2023, Afghan Taliban fighters opened unprovoked fire on Pakistani border posts in the general area of Burki, Kurram District, using small arms, mortars and rockets.

Own troops responded in a befitting manner, causing heavy losses to the attackers. As per reports, more than 12 Afghan Taliban were killed and several of their posts were destroyed.

During the intense exchange of fire, two soldiers, Havaldar Muhammad Arif (age 35 years, resident of District Kurram) and Sepoy Naeem Ullah (age 22 years, resident of District Lakki Marwat), having fought gallantly, embraced shahadat, while three soldiers were injured.

Pakistan has lodged a strong protest with the Afghan interim government and expects it to ensure that such incidents are not repeated. Pakistan wants peaceful relations with Afghanistan but will not allow any violation of its territorial integrity.

The Pakistan Army stands resolute to defend the borders of the motherland, and such sacrifices of our brave soldiers further strengthen our resolve.
""", [R("border_clash", "2023-07-31", "day", PK, KP, "Kurram", "Afghan Taliban", "Pakistan military", None, 14, 14, 14, 3)])
