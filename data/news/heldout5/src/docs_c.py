from common import *

# ---------------------------------------------------------------- n21
D("n21", "2022-09-03", "monthly security report (background events only)",
  "August security report: attacks up for a third month as violence spreads beyond the tribal districts",
  """
ISLAMABAD: Militant attacks in Pakistan rose for the third consecutive month in August, with the
northwestern province of Khyber Pakhtunkhwa and the southwestern province of Balochistan together
accounting for almost nine in every ten incidents, an Islamabad-based research centre said in its
monthly security review released on Saturday.

The centre recorded 31 militant attacks during the month, up from 26 in July, in which 47 people were
killed, among them 19 security personnel. Security forces, for their part, reported killing 38
suspected militants in operations across the country. Khyber Pakhtunkhwa saw 20 attacks and
Balochistan nine, the report said, while Sindh and Punjab recorded one each.

The deadliest single incident of the month was the suicide attack on a military convoy near Mir Ali
in North Waziristan on 17 August, in which four soldiers were killed and seven wounded. No group
claimed that attack.

In Balochistan, the review highlighted the 9 August raid on a Levies checkpost in the Nal area of
Khuzdar district, where attackers killed three Levies personnel and set the post on fire before
escaping. The Baloch Liberation Army claimed the raid.

Among the operations listed in the report was an intelligence-based raid in Tank district on 20
August, in which, according to the military, five militants of the Tehreek-i-Taliban Pakistan were
killed.

The centre said the figures showed that the informal ceasefire between the government and the TTP,
announced during talks earlier in the summer, had done little to reduce violence on the ground. It
noted a rise in extortion demands and threatening letters to traders in Swat, Dir and the southern
districts, and warned that militants appeared to be moving back into areas cleared in earlier
operations.

The report recommended that the government take parliament into confidence on the talks process and
improve coordination between the provincial police and the federal agencies. It also called for
better equipment for the police in the merged districts, where most of the month's attacks on law
enforcers took place.
""",
  [R("suicide_attack", "2022-08-17", "day", PK, KP, "North Waziristan", UM, MIL, None, 4, 4, 4, 7, True),
   R("armed_assault", "2022-08-09", "day", PK, BA, "Khuzdar", "BLA", POL, "BLA", 3, 3, 3, None, True),
   R("security_operation", "2022-08-20", "day", PK, KP, "Tank", MIL, "TTP", None, 5, 5, 5, None, True)])

# ---------------------------------------------------------------- n22
D("n22", "2022-04-06", "wire (Pakistani dateline)",
  "Karachi counter-terrorism police kill three suspected Pakistani Taliban in raid",
  """
KARACHI, Pakistan (XX) — Counter-terrorism police in Pakistan's southern port city of Karachi said
on Wednesday they had killed three suspected members of the Pakistani Taliban in a raid on a hideout
in the Manghopir area.

The raid took place before dawn on Tuesday, after a tip-off that men wanted in attacks on police in
the city had been staying in a house on the edge of the neighbourhood, an official of the Sindh
Counter-Terrorism Department (CTD) said. The men opened fire when officers surrounded the building,
and all three were killed in the exchange that followed. One CTD officer was wounded in the leg.

The official said the dead men belonged to the Tehreek-e-Taliban Pakistan (TTP) and that one of them
had been wanted for the killing of two policemen in the city last year. Two other suspects escaped
through a back lane, he said.

Police said they recovered four hand grenades, two Kalashnikov rifles, a pistol and about five
kilogrammes of explosives from the house.

Manghopir, a sprawling district of low-rise settlements on Karachi's northwestern fringe, was once a
stronghold of the TTP, whose fighters moved into the city's Pashtun neighbourhoods after military
operations in the northwest more than a decade ago. Police say a series of operations since 2013
broke up most of the group's Karachi cells, but officers have warned of signs that it is regrouping.

The bodies were taken to the Abbasi Shaheed Hospital for post-mortem examination, and officials said
fingerprints were being matched against the national identity database to confirm who the men were.

Human rights groups have long questioned the circumstances of such encounters, in which suspects are
routinely reported killed and officers rarely hurt. The CTD said a judicial inquiry would be held as
required by law.
""",
  [R("security_operation", "2022-04-05", "day", PK, "Sindh", "Karachi", POL, "TTP", None, 3, 3, 3, 1)])

# ---------------------------------------------------------------- n23
D("n23", "2023-09-26", "long feature with quotes",
  "A grenade at the volleyball court: Bajaur village mourns two boys",
  """
KHAR — The volleyball court in Inayat Kalay is a strip of beaten earth between a mosque and a row of
shops, with a net strung between two iron poles that a blacksmith welded years ago. On summer
evenings, half the village gathers there. On Sunday evening, it was where two boys died.

The match had been going for about half an hour when a man on a motorcycle slowed down on the road
above the court, witnesses said, and threw something into the crowd of spectators sitting on the
ground. "I thought it was a stone," said Noor Muhammad, a shopkeeper who was watching from his
doorway. "Then there was a flash, and everybody was lying down."

The hand grenade killed Abdul Wahab, 15, and his cousin Shahid, 16, who were sitting together near
the pole at the end of the court. Nine other people were wounded, among them two of the players. They
were brought to the DHQ hospital in Khar, and three were later referred to Peshawar.

Police have registered a case against unknown attackers. No group has claimed the attack, and
officers said they did not know why anyone would target a volleyball match. Some residents said the
attacker may have been aiming at a local political worker who often watched the games; he was not
there on Sunday.

At Abdul Wahab's house, his mother sat with the women of the family behind a curtain while men
received mourners in the hujra outside. His father, a labourer who spent years working in Dubai,
held a photograph of the boy in a school uniform. "He wanted to join the army," he said. "He used to
practise running on this road every morning before school."

Shahid's elder brother said the family had moved back to the village two years ago, believing the
worst was over. "We thought Bajaur had seen enough," he said. "Now the children ask if they can still
go to the ground. What do I tell them?"

Residents say fear has been growing in the district for months. In August, a roadside bomb killed two
men from a neighbouring village as they walked to the mosque for the dawn prayer, and there have been
repeated reports of armed men moving at night on the slopes above the villages.

On Monday, elders of the area held a jirga and demanded that the police post at the bazaar be
strengthened and that the roads be patrolled after dark. The district police officer promised extra
personnel.

The court was empty on Monday evening. Someone had taken down the net and folded it on the step of
the mosque. "Nobody will play for a while," Noor Muhammad said. "Maybe after the chehlum."
""",
  [R("armed_assault", "2023-09-24", "day", PK, KP, "Bajaur", UM, CIV, None, 2, 2, 2, 9),
   R("bombing", "2023-08-01", "month", PK, KP, "Bajaur", UM, CIV, None, 2, 2, 2, None, True)])

# ---------------------------------------------------------------- n24
D("n24", "2023-12-13", "short newspaper brief",
  "Two FC men injured in attack on Thall checkpost",
  """
HANGU: Two Frontier Corps personnel were injured when unidentified militants opened fire on an FC
checkpost near Thall late on Tuesday night, officials said.

The attackers fired with automatic weapons from the dry riverbed below the post for about twenty
minutes and then fled, a police official said. The two injured soldiers were shifted to the Combined
Military Hospital in Kohat and were stated to be out of danger. Nobody was killed.

Police and FC personnel later searched the surrounding area, which borders North Waziristan and
Kurram, and set up extra pickets on the roads leading out of the town. No group claimed the attack.

Thall, a market town on the road to Parachinar, has seen several attacks on security posts this year,
and traders in the bazaar said shops had closed early on Wednesday. Local elders urged the
authorities to restore the night patrols that were withdrawn from the area last spring.
""",
  [R("armed_assault", "2023-12-12", "day", PK, KP, "Hangu", UM, FC, None, 0, 0, 0, 2)])

# ---------------------------------------------------------------- n25
D("n25", "2025-03-22", "Pakistani newspaper",
  "Jamaat-ul-Ahrar claims iftar-time attack on Jamrud police post; two constables martyred",
  """
JAMRUD: Two policemen embraced martyrdom and another was injured when militants attacked a police
checkpost near the Jamrud bazaar in Khyber district on Friday evening, police said. One of the
attackers was killed in retaliatory fire.

District Police Officer Saleem Abbas Kulachi said four to five militants approached the Takhta Baig
checkpost at about 7pm, just after iftar, and opened fire with sub-machine guns. Constables Hazrat
Bilal and Muhammad Yousaf were hit in the first burst and died on the spot. Head Constable Rahim Shah
was wounded and shifted to the Hayatabad Medical Complex in Peshawar.

"The personnel at the post returned fire and killed one of the terrorists, while the others escaped
in the dark towards the hills," the DPO told reporters. He said the dead attacker had not yet been
identified and that a sub-machine gun and a suicide vest, which had not been detonated, were found on
his body.

The Jamaat-ul-Ahrar faction claimed responsibility for the attack in a message circulated on social
media on Friday night, saying its men had killed four policemen at the post. The Tehreek-i-Taliban Pakistan, from which the faction has at times drifted
apart, said in a separate statement that it had no connection with the attack and that its fighters
did not target "the common public or the police during Ramazan".

Funeral prayers for the two martyred constables were offered at the Jamrud police lines on Saturday
morning, attended by the regional police officer of Peshawar and officials of the district administration.

Khyber Pakhtunkhwa's chief minister condemned the attack and directed the police to hunt down the
perpetrators. He also announced a compensation package for the families of the martyrs.

Jamrud, the gateway to the Khyber Pass, lies on the main road to the Torkham border crossing and has
been the scene of several attacks on police and security forces over the past two years.
""",
  [R("armed_assault", "2025-03-21", "day", PK, KP, "Khyber", "Jamaat-ul-Ahrar", POL, "Jamaat-ul-Ahrar", 3, 3, 5, 1)])

# ---------------------------------------------------------------- n26
D("n26", "2024-02-20", "Pakistani newspaper",
  "Blast damages railway track near Sibi, two passengers hurt; one killed in Pishin bazaar explosion",
  """
QUETTA: Two passengers sustained minor injuries when a blast damaged the railway track near Sibi on
Monday night, causing three bogies of the Quetta-bound Bolan Mail to derail, railway officials said.
There was no loss of life.

According to Pakistan Railways officials, the explosion occurred at around 10:15pm, moments before
the train, carrying around 300 passengers, reached the spot between Sibi and Nari Bank. About two
feet of track was blown away. The engine driver applied the brakes, and the train, which had 18
bogies, came to a halt after three of them left the rails.

The injured passengers were given first aid at the Sibi civil hospital and allowed to continue their
journey by road. Railway traffic between Quetta and the rest of the country remained suspended for
more than 12 hours while the track was repaired. No one claimed responsibility for the blast. Railway
police said an explosive device had been planted under the track.

Separately, one person was killed and six others injured on Tuesday morning when an explosive device
fitted to a motorcycle went off in the main bazaar of Pishin town. The deceased was identified as a
fruit vendor, Gul Muhammad. Police said the motorcycle had been parked near a row of shops, and the
device was detonated by remote control as shoppers crowded the area.

The Pishin deputy commissioner said the injured had been moved to the district headquarters hospital,
where two of them were said to be in a critical condition. Police said they suspected that the
bomb had been meant for a Levies vehicle that passes through the bazaar every morning, but this
could not be confirmed.

The two incidents came days after the general election, which was held amid heavy security across
the province.
""",
  [R("bombing", "2024-02-19", "day", PK, BA, "Sibi", UM, CIV, None, 0, 0, 0, 2),
   R("bombing", "2024-02-20", "day", PK, BA, "Pishin", UM, CIV, None, 1, 1, 1, 6)])

# ---------------------------------------------------------------- n27
D("n27", "2023-08-07", "wire (Pakistani dateline)",
  "Pakistani envoy meets Muttaqi in Kabul; sides agree on monthly border mechanism after Torkham firing",
  """
ISLAMABAD (XX) — A Pakistani delegation led by the special representative for Afghanistan held talks
with Taliban officials in Kabul on Sunday on border security and the presence of Pakistani militants
in Afghanistan, the Foreign Office said on Monday.

The delegation met Afghan Foreign Minister Amir Khan Muttaqi and officials of the Taliban's interior
and defence ministries. According to the Foreign Office, the two sides discussed "the threat of
terrorism emanating from Afghan soil" and agreed to set up a joint working group on border incidents
that would meet every month. The Taliban's foreign ministry said in its own statement that trade,
transit and the treatment of Afghan refugees in Pakistan had also been discussed.

The talks came three days after a shooting at the Torkham crossing. On Thursday, Afghan border
guards opened fire on Pakistani personnel who were repairing a section of fencing near the gate, and
Pakistani troops returned fire, officials in the Khyber district said. One Pakistani soldier was
wounded, and nobody was killed. The crossing was closed for several hours before reopening on Friday.

Officials in Islamabad have said that a wave of attacks in Khyber Pakhtunkhwa this year was planned
by TTP commanders based in Afghanistan. The Taliban deny that, saying Pakistan's security problems
are an internal matter.

A Western diplomat in Islamabad said the agreement to hold monthly meetings was a modest step but
that neither side appeared ready to give ground on the central issue of the TTP's sanctuaries.

Pakistani officials said the working group would include representatives of the border forces of
both sides and would also deal with complaints about the movement of patients and traders through
the main crossings.

The two countries share a 2,600-km border that Afghanistan has never formally recognised.
""",
  [R("talks", "2023-08-06", "day", AF, "Kabul", None, GOP, AT, None, None, None, None, None),
   R("border_clash", "2023-08-03", "day", PK, KP, "Khyber", AT, MIL, None, 0, 0, 0, 1, True)])

# ---------------------------------------------------------------- n28
D("n28", "2021-11-24", "wire (Afghan dateline)",
  "Afghan and Pakistani forces agree to stop firing at Spin Boldak crossing after deadly clash",
  """
SPIN BOLDAK, Afghanistan (XX) — Afghan and Pakistani border commanders agreed on Tuesday to halt
firing along the Spin Boldak–Chaman crossing after a clash late on Monday that killed at least three
people, officials on both sides said.

The fighting began when Taliban border forces fired at Pakistani troops who were putting up a
section of the border fence near the crossing, according to a Taliban commander in Spin Boldak, who
said his men had acted to stop the fence being built on Afghan land. Pakistani officials in Chaman
said mortar shells and machine-gun fire hit their posts and that Pakistani troops responded.

A Pakistani soldier was killed and three others were wounded, a security official in Chaman said.
The Taliban commander said two of his fighters had died and five had been wounded. He also claimed
that four Pakistani soldiers had been killed, which the Pakistani side denied.

After a flag meeting at the crossing on Tuesday, commanders from the two sides agreed to stop
firing and to refer the dispute over the fence to their governments, a spokesman for the Taliban's
provincial administration in Kandahar said. Pakistani officials confirmed the agreement.

The crossing, one of the busiest between the two countries, was closed to traffic on Tuesday, leaving
hundreds of lorries stranded on both sides. Traders said it would reopen on Wednesday.

The Taliban, who took power in Kabul in August, have objected to the fence that Pakistan has been
building along the 2,600-km frontier, which Afghanistan has never recognised as an international
border.
""",
  [R("border_clash", "2021-11-22", "day", PK, BA, "Chaman", AT, MIL, None, 3, 3, 6, 8),
   R("ceasefire", "2021-11-23", "day", PK, None, None, GOP, AT, None, None, None, None, None)])

# ---------------------------------------------------------------- n29
D("n29", "2022-08-29", "Pakistani newspaper",
  "Constable guarding polio team martyred in Paharpur; two policemen wounded in Tank ambush",
  """
DERA ISMAIL KHAN: A police constable performing security duty with a polio vaccination team was
martyred and a vaccinator was injured when unidentified gunmen fired on them in the Paharpur tehsil
of DI Khan district on Monday morning.

According to the police, the team was going door to door in a village near Paharpur when two
armed men on a motorcycle opened fire on Constable Abdul Jabbar, who was standing outside a house.
He was hit by several bullets and died at the spot. A female vaccinator, who was stepping out of the
house at the time, was hit in the hand and taken to the District Headquarters Hospital.

The district police officer said the constable appeared to have been the target and that the attackers
escaped through the fields. He said officials suspected the banned TTP because of the way the attack
was carried out, but no group had accepted responsibility. The polio campaign was suspended in the
union council for the day.

In a separate incident on Sunday, two constables were injured when militants ambushed a police patrol
on the Tank–Jandola road in Tank district. Police said the attackers fired on the patrol vehicle from
a hill and fled when the personnel returned fire. The injured were shifted to the DHQ Hospital Tank.

The provincial health department said the three-day vaccination campaign would continue in the rest
of the district under tight security, with more than 400,000 children to be vaccinated.
""",
  [R("targeted_killing", "2022-08-29", "day", PK, KP, "Dera Ismail Khan", UM, POL, None, 1, 1, 1, 1),
   R("armed_assault", "2022-08-28", "day", PK, KP, "Tank", UM, POL, None, 0, 0, 0, 2)])

# ---------------------------------------------------------------- n30
D("n30", "2024-05-27", "wire (Pakistani dateline)",
  "IMP claims suicide car bombing that killed five soldiers and two civilians at Bannu checkpoint",
  """
PESHAWAR, Pakistan (XX) — A suicide bomber drove an explosives-laden car into a military checkpoint
in northwest Pakistan on Sunday, killing five soldiers and two civilians, security officials said.

The attack took place at a checkpoint in the Kakki area of Bannu district, on the road linking the
district to North Waziristan, two officials said. The bomber, who also died, rammed the car into a
barrier at the entrance as soldiers were checking vehicles. The two civilians were in a pickup truck
waiting in the queue. Eleven people were wounded, including six soldiers.

A doctor at the district headquarters hospital in Bannu, however, said the bodies of four civilians
had been brought in from the pickup, all of them members of one family from Mir Ali. Officials did
not explain the difference.

The Ittehad-ul-Mujahideen Pakistan (IMP), a coalition of armed factions set up last year, claimed
responsibility in a statement. The group, which includes fighters loyal to the Hafiz Gul Bahadur
faction, has claimed several attacks on security forces in Bannu and North Waziristan this year.

The military's media wing did not immediately comment. Prime Minister Shehbaz Sharif condemned the
bombing and said the nation would not forget the sacrifices of the security forces.

Residents of Kakki said the checkpoint, where vehicles often queue for long periods, had been
reinforced with concrete blocks only a few weeks ago. Shops along the road were closed for the rest
of the day, and the road to Miranshah was shut to traffic until the evening.

Pakistan has faced a surge in militant attacks since the Afghan Taliban returned to power in Kabul in
2021. Islamabad says militants use Afghan territory to plan attacks, a charge the Taliban government
denies.
""",
  [R("suicide_attack", "2024-05-26", "day", PK, KP, "Bannu", "Ittehad-ul-Mujahideen Pakistan", MIL,
     "Ittehad-ul-Mujahideen Pakistan", 8, 8, 10, 11)])
