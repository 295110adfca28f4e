from common import *

# ---------------------------------------------------------------- n01
D("n01", "2023-08-22", "wire (Pakistani dateline)",
  "Militants kill three policemen in night attack on Tank checkpost; roadside bomb wounds two soldiers",
  """
PESHAWAR, Pakistan (XX) — Militants armed with rifles and rocket-propelled grenades attacked a
police checkpost in Tank district of Khyber Pakhtunkhwa province late on Monday night, killing three
officers, police said on Tuesday. Two of the assailants were shot dead before the rest withdrew.

The post, on the road between Kot Azam and the town of Tank, came under fire from three sides at
around 11 p.m., the district police chief, Waqar Ahmed Khan, said by telephone. Four policemen were
wounded, one of them critically, and were taken to the district headquarters hospital.

"The men on duty held their ground for almost an hour," Khan said. Reinforcements from the city
police station reached the post after the attackers had pulled back towards the hills that separate
the district from South Waziristan. The bodies of the two dead gunmen were left behind, along with a
Kalashnikov and a bag of ammunition.

The Pakistani Taliban, or Tehreek-e-Taliban Pakistan (TTP), claimed responsibility in a message sent
to journalists, saying its fighters had held the post for a time. Police denied that the attackers
had got inside the building.

In a separate incident on Tuesday morning, a roadside bomb went off beside an army pickup near Mir
Ali in North Waziristan, wounding two soldiers, a security official said. Nobody was killed, and the
damaged vehicle was towed back to the Mir Ali camp. There was no claim for the blast.

Attacks on police in the southern districts of the province have risen steeply since the TTP called
off a ceasefire with the government late last year. Officers in Tank and the neighbouring districts
complain that they are short of armoured vehicles and night-vision equipment, and that many posts
are manned by fewer than ten men.
""",
  [R("armed_assault", "2023-08-21", "day", PK, KP, "Tank", "TTP", POL, "TTP", 5, 5, 5, 4),
   R("bombing", "2023-08-22", "day", PK, KP, "North Waziristan", UM, MIL, None, 0, 0, 0, 2)])

# ---------------------------------------------------------------- n02
D("n02", "2024-04-15", "Pakistani newspaper",
  "ASI, constable martyred in rocket attack on Mandan police station in Bannu",
  """
BANNU: Two policemen, including an assistant sub-inspector, were martyred and three others injured
when militants attacked the Mandan police station with rockets and automatic weapons late on
Saturday night, police said.

Police officials said the attackers, believed to number around a dozen, opened fire from the
sugarcane fields surrounding the station at about 10:45pm and fired at least four rockets, one of
which struck the boundary wall. ASI Gul Nawaz and Constable Rehmatullah were hit while taking
positions on the roof and died before they could be moved to hospital.

The policemen returned fire and the exchange continued for over an hour. One of the assailants was
also killed; his body was found in a ditch behind the station at first light on Sunday, the district
police officer told this newspaper. The injured constables were shifted to the District Headquarters
Hospital, where doctors described their condition as stable.

No group has so far claimed the attack. Police sources said they suspected fighters loyal to a local
commander of the Hafiz Gul Bahadur group, which is active in the belt adjoining North Waziristan, but
added that the investigation was at an early stage.

The funeral prayers of the martyred personnel were offered at the police lines on Sunday afternoon
and attended by the regional police officer and the deputy commissioner. The two were later laid to
rest in their native villages with official honours.

The district police officer said the station's boundary wall would be raised and that an armoured
personnel carrier had been requested from Peshawar. Residents of Mandan said gunfire had been heard
on the outskirts of the town on several nights in recent weeks.

The attack was the second on the district police in a month. Last month, a DSP and his guard were
martyred when a roadside bomb struck their vehicle in Jani Khel, an area where, according to police,
militants have been regrouping since the winter.
""",
  [R("armed_assault", "2024-04-13", "day", PK, KP, "Bannu", UM, POL, None, 3, 3, 3, 3),
   R("bombing", "2024-03-01", "month", PK, KP, "Bannu", UM, POL, None, 2, 2, 2, None, True)])

# ---------------------------------------------------------------- n03
D("n03", "2024-11-06", "ISPR press release",
  "ISPR: IBOs in Boya and Mamond leave nine khwarij dead; Lance Naik embraces shahadat",
  """
INTER SERVICES PUBLIC RELATIONS (ISPR) — PRESS RELEASE No PR-271/2024

Rawalpindi, 6 November 2024

On 4 November 2024, security forces conducted an intelligence based operation in general area Boya,
North Waziristan District, on the reported presence of khwarij. During the conduct of the operation,
own troops effectively engaged the khwarij location and, after an intense exchange of fire, six
khwarij were sent to hell.

However, during the fire exchange, Lance Naik Sajid Ali, aged 27 years, resident of District Karak,
having fought gallantly, paid the ultimate price and embraced shahadat.

In another operation on 5 November 2024, conducted in general area Mamond, Bajaur District, own
troops successfully neutralised three khwarij, while two others were apprehended. Weapons, ammunition
and explosives were also recovered from the khwarij, who remained actively involved in numerous
terrorist activities against the security forces as well as target killings of innocent civilians.

With these actions, a total of nine khwarij have been neutralised in the two districts over the past
forty-eight hours.

Sanitisation operations are being carried out to eliminate any other khariji found in the area, as
the security forces of Pakistan are determined to wipe out the menace of terrorism from the country.
Such sacrifices of our brave soldiers further strengthen our resolve.
""",
  [R("security_operation", "2024-11-04", "day", PK, KP, "North Waziristan", MIL, "TTP", None, 7, 7, 7, None),
   R("security_operation", "2024-11-05", "day", PK, KP, "Bajaur", MIL, "TTP", None, 3, 3, 3, None)])

# ---------------------------------------------------------------- n04
D("n04", "2025-08-28", "wire (Afghan dateline)",
  "Taliban say Pakistani drones hit homes in Khost and Paktika; Islamabad says a militant hideout was targeted",
  """
KHOST, Afghanistan (XX) — Pakistani drones struck a house in Afghanistan's southeastern Khost
province late on Tuesday night, killing seven people, most of them from one family, Taliban officials
said, in the latest blow to relations between the two neighbours.

Mustafa Zadran, spokesman for the Taliban's provincial administration, said the house stood in a
village of the Sperah district, a few kilometres from the Pakistani border, and was hit at about 11
p.m. On Wednesday morning he said five bodies had been recovered; by the evening he had raised the
figure to seven, three of them children, after two more were pulled from the rubble. Three other
people were wounded and taken to the provincial hospital.

A second strike the same night hit a compound belonging to a farmer in the Birmal district of
neighbouring Paktika province, Zadran said. The family had left the house a week earlier, and nobody
was hurt there.

A Pakistani security official, speaking on condition of anonymity, said the Sperah strike had been
aimed at a hideout used by commanders of the Tehrik-e-Taliban Pakistan (TTP), the group blamed for a
string of recent attacks in Khyber Pakhtunkhwa. He would not comment on the Paktika strike. Pakistan's
Foreign Office declined to comment.

"We heard the drone for an hour before it fired," said a resident who helped dig through the
debris. "There were only women and children inside, and an old man."

Taliban spokesman Zabihullah Mujahid called the strikes a violation of Afghan sovereignty and said
Kabul would respond at a time of its choosing. Islamabad accuses the Taliban of letting the TTP
operate from Afghan soil, a charge Kabul rejects.

Traders said the Ghulam Khan crossing, which links Khost with Pakistan's North Waziristan district,
stayed open on Wednesday, although Taliban guards had tightened checks at the gate and turned back
some empty lorries.
""",
  [R("cross_border_strike", "2025-08-26", "day", AF, "Khost", "Spera", MIL, "TTP", None, 5, 7, 7, 3),
   R("cross_border_strike", "2025-08-26", "day", AF, "Paktika", "Barmal", MIL, CIV, None, 0, 0, 0, 0)])

# ---------------------------------------------------------------- n05
D("n05", "2022-06-14", "TV ticker with updates",
  "TICKER: remote-controlled blast hits police on Quetta's Spinny Road; firing on Wadh road Levies post",
  """
11:20 — QUETTA: Explosion near a police mobile on Spinny Road; one person dead, six hurt, rescue
officials say.

11:45 — Police: the device was fixed to a motorcycle parked on the roadside and set off by remote
control as the police vehicle passed.

12:05 — Civil Hospital spokesman: death toll now two. A police constable is among the dead.

12:50 — Emergency declared at Civil Hospital and the Trauma Centre; citizens asked to donate blood.

13:30 — DIG Quetta: three killed, two policemen and a shopkeeper, and nine injured, four of them
police personnel. One of the wounded died on the operating table.

14:10 — KHUZDAR: Unknown gunmen open fire on a Levies checkpost on the Wadh road; one Levies sepoy
killed, a second wounded, Levies officials say. Attackers escaped on motorbikes.

15:00 — The banned TTP claims the Spinny Road blast in a message to reporters. No claim so far for
the Khuzdar firing.

15:40 — Chief minister orders an inquiry; checking tightened at the entry and exit points of Quetta.
""",
  [R("bombing", "2022-06-14", "day", PK, BA, "Quetta", "TTP", POL, "TTP", 1, 3, 3, 9),
   R("armed_assault", "2022-06-14", "day", PK, BA, "Khuzdar", UM, POL, None, 1, 1, 1, 1)])

# ---------------------------------------------------------------- n06
D("n06", "2023-03-09", "police FIR summary",
  "FIR summary: advocate shot dead outside D.I. Khan district courts; clerk wounded",
  """
FIRST INFORMATION REPORT — SUMMARY (copy lodged at Police Station Cantt, Dera Ismail Khan)

Offences: 302, 324 and 34 PPC and Section 7 of the Anti-Terrorism Act (ATA), 1997. Report lodged:
08-03-2023, 10:40 hours.

Place of occurrence: Circular Road, opposite the main gate of the District Courts, D.I. Khan. Time of
occurrence: approximately 08:15 hours, Wednesday, 08-03-2023.

Accused: two unknown persons on a black 125cc motorcycle without a number plate, aged about 25 to 30
years, one wearing a helmet and the other a chadar wrapped around his face.

Statement of complainant (summarised): The complainant, Muhammad Asif, stated that he works as clerk
to Advocate Zahid Iqbal Baloch, aged 51. On the day of occurrence he was walking with the advocate
from the parking area towards the chambers when the accused came from the direction of the Bannu
Road and slowed down beside them. The pillion rider took out a pistol and fired several shots at the
advocate, who was hit in the chest and head and died at the spot. A bullet struck the complainant in
his left arm. The accused fled back towards the Bannu Road. The complainant stated that he can
identify the rider if produced before him.

Police action: Eleven spent 9mm cartridges were collected at the scene and forwarded to the
forensic laboratory. The injured complainant was shifted to the DHQ Hospital, where his condition is
stable. The dead body was sent for post-mortem examination. CCTV footage from the camera at the court
gate has been obtained.

Remarks of the investigating officer: According to the family, the deceased had received threatening
calls from an unknown number during the last two weeks and had no dispute over land or property. The
district bar association has announced a boycott of the courts for three days.
""",
  [R("targeted_killing", "2023-03-08", "day", PK, KP, "Dera Ismail Khan", UM, CIV, None, 1, 1, 1, 1)])

# ---------------------------------------------------------------- n07
D("n07", "2025-02-17", "long feature with quotes",
  "'The post was his second home': Musa Khel buries two constables killed at a frontier checkpost",
  """
MUSA KHEL — The checkpost sits on a bare ridge where the plains of Mianwali give way to the brown
hills of Khyber Pakhtunkhwa. From its sandbagged roof the men on duty can see the lights of villages
on both sides of the provincial boundary, and, on a clear night, the headlights of any vehicle coming
down the track from the west.

It was along that track, police say, that a group of armed men came at around midnight on Saturday.
They opened fire on the Sultan Khel checkpost from two directions, and the exchange went on for
about forty minutes before the attackers fell back into the hills. Constables Muhammad Iqbal, 34,
and Zafar Abbas, 26, were killed. A third policeman, Head Constable Ghulam Rasool, was shot in the
shoulder and is being treated in Mianwali.

A spokesman for the Punjab police said the attackers belonged to the "Fitna al-Khawarij" and had
crossed over from the Lakki Marwat side. The Counter-Terrorism Department has registered a case, and
police and Rangers searched the surrounding hills through Sunday.

On Sunday afternoon, mourners filled the courtyard of Iqbal's family home in a village a few miles
from the tehsil headquarters. His father, a retired schoolteacher, sat on a charpai and accepted
condolences without lifting his eyes.

"The post was his second home. He spent more nights there than with us," he said. "He used to say
that if the men on the hill run away, the thieves and the killers will walk straight into our
bazaars."

Iqbal had joined the force twelve years ago and was posted to the ridge after volunteering for a
frontier allowance of a few thousand rupees a month. He leaves a wife and three daughters, the
eldest of them eleven.

Abbas had been married for less than a year. His elder brother, who works in a bakery in Lahore,
took the overnight bus home after receiving a phone call from the police station. "They told me he
was injured," he said. "By the time I reached Mianwali they said he was gone."

Colleagues said the post had been attacked before. In March last year, gunmen fired on it from the
same slopes, killing a constable, and the small garrison was reinforced afterwards with a second
machine gun and floodlights. "The lights help," said one constable who was off duty on Saturday
night. "But the lights also show them exactly where we are standing."

Residents say the attacks have changed the rhythm of life in the villages near the boundary. Farmers
no longer go to their fields on the slopes after dark, and the weekly cattle market has moved closer
to the town.

The provincial government announced compensation for the families and promised that a new police
station would be built in the area. Iqbal's father said he had heard such promises before. "Build
whatever you want," he said. "Just do not send other people's sons up that hill with two men and a
rifle."
""",
  [R("armed_assault", "2025-02-15", "day", PK, "Punjab", "Mianwali", "TTP", POL, None, 2, 2, 2, 1),
   R("armed_assault", "2024-03-01", "month", PK, "Punjab", "Mianwali", UM, POL, None, 1, 1, 1, None, True)])

# ---------------------------------------------------------------- n08
D("n08", "2024-07-13", "weekly roundup",
  "The frontier this week: a van fired on in Kurram, a raid in Bara, two brothers found dead in Lakki Marwat",
  """
A quieter week than the last, by the grim arithmetic of the frontier, but not a peaceful one. These
were the main incidents reported from the border districts.

KURRAM — Earlier in the week, gunmen hiding behind a roadside wall fired on a passenger van on the
Thall–Parachinar road near Chapri, killing three passengers and wounding five, among them a woman.
The van, carrying 14 people, was travelling without an escort. The district administration suspended
traffic on the road for a day and called a jirga of elders from both sides of the sectarian divide.
No group claimed the attack.

KHYBER — On Wednesday, security forces raided a compound in the Akka Khel area of Bara tehsil and,
according to officials, killed four militants of the banned Lashkar-e-Islam after they opened fire on
the troops. A soldier was wounded. Officials said two Kalashnikovs, a rocket launcher and a motorcycle
were seized from the compound.

LAKKI MARWAT — Two brothers who were abducted on Thursday from their fields near Pezu were found
dead on Friday morning in a dry stream bed a few kilometres away. Both had been shot. Their family
said the men, who drove a tractor for hire, had no enemies. Police said they had not identified the
kidnappers, though officers privately pointed to the TTP, whose fighters have set up checkpoints on
rural roads in the district after dark.

ALSO THIS WEEK — The provincial cabinet approved Rs2.3 billion for bulletproof vehicles for the police
in the southern districts and announced that 1,200 constables would be recruited in the merged
districts. The Torkham crossing remained open despite a brief protest by transporters.

NEXT WEEK — Muharram processions in Kurram, Hangu and Kohat, for which the army has been asked to
stand by.
""",
  [R("armed_assault", "2024-07-08", "week", PK, KP, "Kurram", UM, CIV, None, 3, 3, 3, 5),
   R("security_operation", "2024-07-10", "day", PK, KP, "Khyber", MIL, "Lashkar-e-Islam", None, 4, 4, 4, 1),
   R("kidnapping", "2024-07-11", "day", PK, KP, "Lakki Marwat", UM, CIV, None, 2, 2, 2, None)])

# ---------------------------------------------------------------- n09
D("n09", "2024-06-09", "opinion piece (background events only)",
  "Opinion: The men who stand beside the vaccinators",
  """
Last Tuesday, in a lane of Bajaur's Mamond tehsil, a constable named Rafiullah stood at the gate of a
house while two women vaccinators went inside with their cold box. Two men on a motorcycle rode up,
the pillion rider fired four shots into him, and they were gone before the women reached the door.
No one else was hurt. The campaign in that union council was suspended by the afternoon.

Rafiullah was not the first. In January, a bomb hidden beside a path in Mohmand district killed two
policemen who were walking ahead of a polio team to check the route. Over the past decade, dozens of
vaccinators and the men who guard them have been shot or blown up across Khyber Pakhtunkhwa, and each
death is followed by the same ritual: a condemnation, a funeral with a guard of honour, and a
compensation cheque that arrives months late.

It is easy to treat these men as an administrative detail. They are not. The polio programme in the
province depends on several thousand constables who walk door to door for days at a time in the
heat, carrying an old rifle and a register, and who are the most visible symbol of the state in
villages where the state is otherwise absent. That is precisely why militants choose them.

The government's response has been to add more guards to each team. But a team of two vaccinators
and three policemen is still a small, predictable target that moves slowly through narrow streets
on a published schedule. What would actually help is intelligence work in the districts where the
killings recur, faster trials for the few suspects who are arrested, and a compensation system that
pays the families within weeks rather than years.

Equally, the campaign must stop pretending that the guards are invisible. They should be given body
armour, not just a uniform, and radios that work in the valleys. Their names should be known and
honoured before, not only after, they die.

The virus is close to defeat in most of the world. If it survives in Pakistan, it will not be for lack
of vaccine. It will be because we failed to protect the people carrying it.
""",
  [R("targeted_killing", "2024-06-04", "day", PK, KP, "Bajaur", UM, POL, None, 1, 1, 1, 0, True),
   R("bombing", "2024-01-01", "month", PK, KP, "Mohmand", UM, POL, None, 2, 2, 2, None, True)])

# ---------------------------------------------------------------- n10
D("n10", "2023-05-21", "update story (revised toll)",
  "UPDATE: Parachinar bazaar blast toll rises to 10 as three more succumb; IS-K claims attack",
  """
PARACHINAR: The death toll from Friday's bomb blast in a vegetable market in Parachinar rose to 10 on
Sunday after three of the critically injured died at Peshawar's Lady Reading Hospital, the Kurram
deputy commissioner said.

Seven people had been confirmed dead on Friday evening. Officials said 42 people had been wounded in
the explosion, which took place at around 11am as the market was crowded with shoppers ahead of the
weekend. Nine of the injured remain in a serious condition.

A local elder, speaking at a protest outside the press club, said the real toll was 11, because the
family of a boy who died at home on Saturday had buried him without taking him to hospital. Officials
said they had not been able to verify his account.

Police said the device, packed with about four kilogrammes of explosives and ball bearings, had been
placed in a handcart parked between two stalls and was detonated by remote control. The Islamic State
Khorasan Province (IS-K) claimed responsibility through its Amaq news agency on Saturday night. Police
said they had not ruled out a sectarian motive and were checking the claim.

Shopkeepers in the market shut their businesses for a third day on Sunday in protest against what
they called the failure of the authorities to secure the town, which is connected to the rest of the
country by a single road that has been closed repeatedly because of violence.

The provincial government announced Rs1 million in compensation for each bereaved family and said a
trauma centre would be set up at the district headquarters hospital.

An earlier version of this story, published on Friday, gave the number of injured as 35, quoting
hospital officials.
""",
  [R("bombing", "2023-05-19", "day", PK, KP, "Kurram", "ISKP", CIV, "ISKP", 7, 10, 11, 42)])
