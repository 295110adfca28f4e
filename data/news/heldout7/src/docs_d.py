from common import G, D
PK, KP, BA = "Pakistan", "Khyber Pakhtunkhwa", "Balochistan"

D("q30", "2023-04-14", "Wana blast: officials revise toll down to four after double count; injured shifted to D.I. Khan", [
"WANA: The district administration of South Waziristan on Friday revised the death toll from Thursday's blast in Wana's Rustam bazaar to four, saying two victims had been counted twice when bodies were moved between the Wana hospital and the Agency Headquarters Hospital.",
"On Thursday evening, officials and hospital sources had told reporters that six people had died. \"Some of the bodies were taken to one hospital and registered, then moved to another and registered again,\" an assistant commissioner said. \"The correct figure is four, and we have confirmed it with the families.\"",
"The explosion, caused by a device hidden in a vegetable cart outside a grocery store, went off at around 5pm on Thursday when the bazaar was crowded with shoppers ahead of iftar. Eleven people were wounded, three of whom were shifted to Dera Ismail Khan for treatment.",
"Among the dead was a local trader, Haji Nek Muhammad Wazir, who had been leading a campaign by the bazaar's traders against extortion. Police said they were investigating whether he was the target.",
"No group has claimed the blast. The traders' union called a strike on Friday and demanded that the government protect the market."],
[G("bombing","2023-04-13","day",PK,KP,"South Waziristan","unidentified militants","civilians",None,4,4,6,11)])

D("q31", "2022-11-15", "Taliban say Pakistani drone killed five in Kunar; Pakistan says target was TTP", [
"ASADABAD, Afghanistan (XX) — Taliban authorities in eastern Kunar province said on Monday that a drone strike they blamed on Pakistan killed five civilians, including two women, in a village close to the border.",
"The provincial information director said the drone struck a house on Sunday evening and that two other people were injured. He did not name the district, and said the families living in the house had no links to any armed group.",
"A Pakistani security official, speaking on condition of anonymity, said the strike had targeted a gathering of Tehrik-e-Taliban Pakistan commanders planning attacks in Bajaur and that eight militants were killed. Pakistan's foreign ministry said it would not comment on \"operational matters\".",
"The strike came three days after Afghan border forces opened fire on a Pakistani post near the Nawa Pass on Thursday, setting off an exchange in which a Pakistani soldier and a Bajaur resident were wounded, according to Pakistani officials. No one was killed in that exchange, they said.",
"Kunar's long, mountainous frontier with Bajaur and Chitral is among the least policed sections of the border. Residents in the area said drones had been heard overhead for several nights."],
[G("cross_border_strike","2022-11-13","day","Afghanistan","Kunar",None,"Pakistan military","TTP",None,5,5,8,2),
 G("border_clash","2022-11-10","day",PK,KP,"Bajaur","Afghan Taliban","Pakistan military",None,0,0,0,2,True)])

D("q32", "2024-01-01", "Balochistan in December: a month of highway ambushes and a bloody last weekend", [
"QUETTA: December ended in Balochistan much as November had — with roads closed, funerals in district towns and officials promising that the next month would be different.",
"Earlier in the month, gunmen stopped vehicles on the N-25 highway near Khuzdar, checked identity cards and shot dead three men travelling from Sindh, police said. The Baloch Liberation Army later said its fighters had set up the roadblock; the government said the victims were ordinary travellers.",
"The last weekend of the year was the worst. On Saturday, a remote-controlled bomb struck a Frontier Corps vehicle on the outskirts of Turbat in Kech district, martyring two soldiers and wounding four. No one claimed it.",
"On Sunday, the last day of the year, police in Quetta said two constables were martyred when gunmen opened fire on their motorcycle on Sariab Road. A third policeman, initially reported missing, turned up unhurt at a police station hours later.",
"Officials counted their own figures differently from independent monitors. A think-tank based in Islamabad put the number of militant attacks in the province in 2023 at more than 170, while the provincial home department cited a lower figure without giving a number. Both agree the trend is upward.",
"Elections are due in February. Candidates in several districts have already asked for additional security, and the caretaker government has said it will deploy the army at sensitive polling stations.",
"Travel on the N-25 after dark, which had resumed in autumn, has again been restricted by the district administrations of Khuzdar and Kalat."],
[G("armed_assault","2023-12-01","month",PK,BA,"Khuzdar","BLA","civilians","BLA",3,3,3,None),
 G("bombing","2023-12-30","day",PK,BA,"Kech","unidentified militants","Frontier Corps",None,2,2,2,4),
 G("targeted_killing","2023-12-31","day",PK,BA,"Quetta","unidentified militants","Pakistan police",None,2,2,2,None)])

D("q33", "2021-05-04", "Traffic warden martyred in Peshawar", [
"PESHAWAR: A traffic warden was martyred when two unidentified motorcyclists opened fire on him at the Hashtnagri chowk on Monday evening, police said.",
"Warden Shah Faisal, 37, was regulating traffic at the busy intersection when the attackers fired several shots from close range and escaped through a narrow street. He died on the way to Lady Reading Hospital. A fruit vendor standing nearby received a bullet wound in the hand.",
"The capital city police officer said a special team had been formed and that footage from the Safe City cameras was being examined. No group has claimed the killing.",
"Faisal's funeral was held at Malik Saad Shaheed Police Lines, where the inspector general of police laid a wreath. He is survived by a widow and three daughters."],
[G("targeted_killing","2021-05-03","day",PK,KP,"Peshawar","unidentified militants","Pakistan police",None,1,1,1,1)])

D("q34", "2024-10-22", "Punjab police say two Islamic State suspects killed in Lahore shootout", [
"LAHORE, Pakistan (XX) — Counter-terrorism police in Pakistan's Punjab province said on Tuesday they had killed two suspected members of the Islamic State group in a shootout on the outskirts of Lahore, foiling what they described as a plan to attack a religious procession.",
"A Counter Terrorism Department spokesman said officers surrounded a house near the Ring Road late on Monday night after a tip-off. The suspects opened fire and were killed in the exchange that followed, he said, adding that a third suspect escaped in the dark. One CTD officer was wounded.",
"The department said it recovered suicide vests, two pistols and a map marking a procession route in central Lahore. It identified the dead men as members of \"Daesh\", the Arabic acronym for the Islamic State group, and said the pair had been taking instructions from Afghanistan over messaging apps.",
"Human rights groups have repeatedly questioned the CTD's accounts of such shootouts, saying many suspects die in custody. Police say the encounters are genuine. There was no independent account of Monday's raid.",
"In July, the CTD said it had arrested 11 suspected militants in raids across Punjab; no one was hurt in those operations."],
[G("security_operation","2024-10-21","day",PK,"Punjab","Lahore","Pakistan police","ISKP",None,2,2,2,1)])

D("q35", "2025-03-25", "Torkham traders count losses as crossing reopens after customs system upgrade", [
"LANDI KOTAL: Trade through the Torkham border crossing resumed on Monday after a four-day suspension that officials said was needed to install a new customs clearance system, but transporters said the delay had left hundreds of trucks stranded on both sides.",
"The Pakistani customs collectorate said the new software would cut clearance times for goods vehicles by nearly half once staff had been trained. On the first day, however, the queue of trucks on the Pakistani side stretched beyond Landi Kotal bazaar, and drivers said they had been waiting since Thursday.",
"\"Fruit does not wait for software,\" said Zar Muhammad, a transporter who had four trucks of Afghan pomegranates stuck near the terminal. He estimated his losses at more than Rs2 million.",
"Officials of the Pak-Afghan Joint Chamber of Commerce said the suspension should have been announced in advance and asked for a dedicated lane for perishable goods. The chamber said bilateral trade had fallen sharply over the past two years because of repeated closures.",
"Pedestrian movement, which had continued during the suspension, was normal on Monday. Afghan officials on the other side said they had been informed of the upgrade and had no objection.",
"The customs collector said the system would be extended to the Ghulam Khan and Kharlachi crossings later in the year."],
[])

D("q36", "2023-06-27", "Two policemen martyred as militants storm Drosh police station; three attackers killed", [
"CHITRAL: Two policemen were martyred and three others injured when militants attacked the Drosh police station in Lower Chitral late on Monday night, police said on Tuesday. Three of the attackers were killed in the return fire.",
"District Police Officer Lower Chitral said a group of between eight and ten militants approached the station from the riverbed at about 11pm and fired rocket-propelled grenades at the main gate before trying to climb the rear wall. The station's staff, helped by a quick-response team from the nearby Frontier Corps camp, held them off for nearly two hours, he said.",
"Head constable Wali Khan and constable Sher Afzal were martyred. The bodies of three attackers were found at the foot of the wall on Tuesday morning, along with two rifles and a bag of hand grenades. The remaining militants escaped toward the mountains.",
"The police officer said the attackers belonged to the \"Fitna al-Khawarij\". The Tehreek-e-Taliban Pakistan, in a message to journalists, claimed the attack and said its fighters had killed eight policemen, a figure the police rejected.",
"Residents of Drosh bazaar said they had heard explosions for most of the night. Shops stayed shut on Tuesday morning and reopened in the afternoon.",
"Lower Chitral, a district of mountain valleys along Afghanistan's Kunar and Nuristan provinces, was largely spared the violence of the past decade, but police in the district say militant movement on the other side of the border has increased over the past year."],
[G("armed_assault","2023-06-26","day",PK,KP,"Lower Chitral","TTP","Pakistan police","TTP",5,5,11,3)])

D("q37", "2023-07-19", "Islamic Emirate spokesman: Pakistani drone strike in Gurbuz killed woman, two children", [
"STATEMENT OF THE SPOKESMAN OF THE ISLAMIC EMIRATE OF AFGHANISTAN",
"On Tuesday night, an unmanned aircraft coming from the Pakistani side carried out a strike on a house in the Gurbuz district of Khost province. As a result of this cruel act, a woman and two children of one family were martyred and five other members of the same family were wounded, among them old people.",
"The Islamic Emirate of Afghanistan strongly condemns this attack and considers it a clear violation of the territorial integrity of Afghanistan and of international principles. The victims were ordinary refugees who had come to Khost years ago because of military operations on the other side.",
"The Islamic Emirate once again tells the Pakistani side that the problems of Pakistan cannot be solved by such actions, and that it should not blame Afghanistan for its own failures in security. The Islamic Emirate does not permit anyone to use the soil of Afghanistan against any country.",
"The Islamic Emirate reserves the right to defend its territory and its people, and the responsibility for the consequences of such acts will fall on the Pakistani side.",
"Zabihullah Mujahid, Spokesman of the Islamic Emirate of Afghanistan."],
[G("cross_border_strike","2023-07-18","day","Afghanistan","Khost","Gurbuz","Pakistan military","civilians",None,3,3,3,5)])

D("q38", "2022-09-20", "Opinion: The border that Islamabad keeps closing on itself", [
"Every few months, the same scene plays out at one of the crossings between Pakistan and Afghanistan. A dispute over a fence, a gate or a checkpoint becomes an exchange of fire; the gate is shut; the trucks stop; traders on both sides lose money; and, after a week or two of telephone calls, the gate opens again. Nothing in the underlying problem has changed.",
"Take the episode at Kharlachi in May. Afghan border guards, objecting to repairs on the Pakistani fence, opened fire on a Frontier Corps post on the Kurram side; in the exchange that followed, one FC soldier was killed and three were wounded, according to the military. The crossing stayed closed for eleven days. Or take the March drone strike in the Gurbuz district of Afghanistan's Khost province, which Pakistan never officially acknowledged and which the Taliban said killed six civilians. Islamabad's message — that it would no longer tolerate attacks from across the line — was heard in Kabul as an insult, not a warning.",
"The Taliban government, for its part, has done little to suggest it takes Pakistan's concerns about the TTP seriously. The group's fighters move freely in the eastern provinces, and its leaders give interviews from Afghan soil.",
"But closing the border is not a policy. It punishes the people of Kurram, Khyber and Chaman, whose livelihoods depend on the crossings, far more than it punishes the Taliban. A policy would be a permanent joint mechanism for handling incidents at the crossings, with officers on both sides who know each other and can talk before the shooting starts.",
"Pakistan has proposed such mechanisms before and let them lapse. It should propose one again, and this time keep it alive even when the headlines are bad.",
"The writer is a retired diplomat who served in Kabul and Jalalabad."],
[G("border_clash","2022-05-01","month",PK,KP,"Kurram","Afghan Taliban","Frontier Corps",None,1,1,1,3,True),
 G("cross_border_strike","2022-03-01","month","Afghanistan","Khost","Gurbuz","Pakistan military","civilians",None,6,6,6,None,True)])

D("q39", "2025-07-08", "Two Levies personnel injured in Noshki firing", [
"NOSHKI: Two Levies personnel were injured when unidentified armed men opened fire on a Levies check post near Kishingi in Noshki district on Monday night, officials said.",
"Deputy Commissioner Noshki said the attackers fired from a moving vehicle and fled toward the desert before the Levies could respond fully. The injured, identified as Naib Risaldar Abdul Ghaffar and sepoy Sanaullah, were shifted to the district hospital and later referred to Quetta. No one was killed.",
"The Levies have launched a search in the area. No group has claimed responsibility for the attack.",
"The Quetta–Taftan highway, which passes near the post, was briefly closed to traffic after the firing but was reopened on Tuesday morning."],
[G("armed_assault","2025-07-07","day",PK,BA,"Noshki","unidentified militants","Pakistan police",None,0,0,0,2)])

D("q40", "2022-09-22", "KP police get 40 armoured personnel carriers for southern districts", [
"PESHAWAR: The Khyber Pakhtunkhwa police on Wednesday received the first batch of 40 armoured personnel carriers meant for police stations in the southern districts, including Lakki Marwat, Bannu, Tank and Dera Ismail Khan.",
"At a ceremony at the Central Police Office, the inspector general said the vehicles would be used for patrolling and for reaching stations that come under attack at night, when ordinary police pickups are most vulnerable. He said the force had also ordered thermal-imaging equipment and that the first shipment was expected before the winter.",
"The provincial finance department has released Rs1.2 billion for the purchase, officials said, and a second batch of vehicles is to be delivered next year.",
"Police officers in the southern districts have complained for years that they are outgunned. A senior officer from Lakki Marwat who attended the ceremony said the carriers would make \"a real difference\", but added that what the stations needed most was more men. \"A vehicle cannot guard a wall,\" he said.",
"The inspector general also announced that 1,500 new constables would be recruited in the province this year, most of them for the merged districts, and that their training at the Police Training College in Hangu would start in November."],
[])
