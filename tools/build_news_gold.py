#!/usr/bin/env python3
"""Writes data/news/gold.jsonl: the news coder's gold set.

62 documents written for this project: 59 in the style of wire reports about real events in Khyber Pakhtunkhwa and
Balochistan (2019-2025), and three opinion pieces, each annotated with the events it reports (docs/news-coder.md
gives the conventions). They are modelled on real events but are not quotations, and their figures need not match
final tallies. Half the reports ("tune") were used to write the coder's rules; the other half ("test") is the score.

Run from the repository root: /usr/bin/python3 tools/build_news_gold.py
"""
import json, datetime
D = datetime.date.fromisoformat
docs = []
def doc(i, split, date, title, text, events):
    docs.append(dict(id=f"g{i:03d}", split=split, date=date, title=title, text=text, url=None, events=events))
def ev(t, date, district, province, a1, a2, low, best, high, country="Pakistan", injured=None, claimed=None, attributed=None, denied=None):
    # The dev set's conventions (data/news/dev/README.md, section 7): "at least N", "more than N", "up to N" -> N.
    if best is not None:
        low = best if low is None else low
        high = best if high is None else high
    # Strikes are coded to the Pakistan military, as the dev set's conventions (section 6) say.
    if a1 == "pak-air-force":
        a1 = "pak-military"
    # "Islamic State" is coded ISKP (section 6 of the dev set's conventions).
    a1 = "iskp" if a1 == "islamic-state" else a1
    claimed = "iskp" if claimed == "islamic-state" else claimed
    e = dict(event_type=t, date=date, country=country, province=province, district=district, actor1=a1, actor2=a2,
             killed_low=low, killed_best=best, killed_high=high, injured=injured)
    if claimed: e["claimed_by"] = claimed
    if attributed: e["attributed_to"] = attributed
    if denied: e["denied_by"] = denied
    return e
KP, BA = "Khyber Pakhtunkhwa", "Balochistan"

# ---------------- tune half ----------------
doc(1, "tune", "2023-01-30", "Suicide bomber kills dozens at Peshawar police mosque",
"PESHAWAR, Jan 30 (Crosscurrents) - A suicide bomber blew himself up inside a mosque in the Police Lines compound in Peshawar on Monday, killing at least 59 people, most of them policemen, officials said. More than 150 people were wounded in the blast during afternoon prayers. A commander of the Tehreek-e-Taliban Pakistan (TTP) claimed responsibility, but the group's spokesman later denied any role.",
[ev("suicide_attack","2023-01-30","Peshawar",KP,"ttp","pak-police",59,59,None,injured=150,claimed="ttp",denied="ttp")])

doc(2, "tune", "2024-03-16", "Seven soldiers killed in attack on army post in North Waziristan",
"MIR ALI, Pakistan, March 16 (Crosscurrents) - Militants rammed an explosives-laden vehicle into a security post in Mir Ali, North Waziristan, on Saturday and then stormed it, killing seven soldiers, the military said. All six attackers were killed in the ensuing fight. A newly formed group, Jaish-e-Fursan-e-Muhammad, claimed the attack, which security officials attributed to the Hafiz Gul Bahadur group.",
[ev("suicide_attack","2024-03-16","North Waziristan",KP,"ttp-jfm","pak-military",13,13,13,claimed="ttp-jfm",attributed="ttp-hgb")])

doc(3, "tune", "2024-03-18", "Pakistan carries out air strikes inside Afghanistan",
"ISLAMABAD, March 18 (Crosscurrents) - Pakistani aircraft struck suspected hideouts of the Hafiz Gul Bahadur group in Afghanistan's Khost and Paktika provinces early on Monday, Pakistan's foreign office said, two days after an attack on an army post in North Waziristan. The Taliban administration in Kabul said eight people, all women and children, were killed in the strikes.",
# Two provinces named together are one event each; the figure given for both together is not split (dev conventions, d38).
[ev("cross_border_strike","2024-03-18",None,"Khost","pak-air-force","ttp-hgb",None,None,None,country="Afghanistan"),
 ev("cross_border_strike","2024-03-18",None,"Paktika","pak-air-force","ttp-hgb",None,None,None,country="Afghanistan")])

doc(4, "tune", "2025-03-04", "Suicide bombers attack Bannu cantonment",
"BANNU, March 4 (Crosscurrents) - Two suicide bombers drove explosives-laden vehicles into the wall of the Bannu cantonment on Tuesday evening, and gunmen then tried to storm the base, killing 18 people, including 13 civilians and five soldiers, the army said. Sixteen attackers were killed. Jaish-e-Fursan-e-Muhammad, which officials link to the Hafiz Gul Bahadur group, claimed responsibility.",
[ev("suicide_attack","2025-03-04","Bannu",KP,"ttp-jfm","pak-military",34,34,34,claimed="ttp-jfm",attributed="ttp-hgb")])

doc(5, "tune", "2025-03-12", "Gunmen hijack train in Balochistan",
"QUETTA, March 12 (Crosscurrents) - Separatist militants blew up a railway track and seized the Jaffar Express with more than 400 passengers on board near Mach in the Bolan district on Tuesday, officials said. The Baloch Liberation Army said it was holding the passengers hostage. Security officials said on Wednesday that 21 passengers and four soldiers had been killed, and 33 militants died when troops retook the train.",
[ev("kidnapping","2025-03-11","Bolan",BA,"bla","civilians",58,58,58,claimed="bla")])

doc(6, "tune", "2024-11-09", "Blast at Quetta railway station kills 26",
"QUETTA, Nov 9 (Crosscurrents) - A suicide bomber struck a crowded platform at Quetta railway station on Saturday morning, killing at least 26 people, among them 14 soldiers, police said. About 62 others were injured. The Baloch Liberation Army claimed responsibility for the bombing.",
[ev("suicide_attack","2024-11-09","Quetta",BA,"bla","pak-military",26,26,None,injured=62,claimed="bla")])

doc(7, "tune", "2023-07-31", "Death toll from Bajaur rally bombing rises",
"KHAR, Pakistan, July 31 (Crosscurrents) - The death toll from Sunday's suicide bombing at a political rally in the Bajaur district rose to 63 on Monday, officials said. The bomber struck a gathering of the Jamiat Ulema-e-Islam-Fazl party. The Islamic State Khorasan Province (ISKP) claimed responsibility for the attack.",
[ev("suicide_attack","2023-07-30","Bajaur",KP,"iskp","civilians",63,63,63,claimed="iskp")])

doc(8, "tune", "2024-03-26", "Five Chinese engineers killed in suicide attack in Shangla",
"BESHAM, Pakistan, March 26 (Crosscurrents) - A suicide bomber rammed an explosives-laden car into a convoy carrying Chinese engineers near Besham in Shangla district on Tuesday, killing five Chinese nationals and their Pakistani driver, police said. No group immediately claimed responsibility, and the TTP denied involvement.",
[ev("suicide_attack","2024-03-26","Shangla",KP,"unidentified","civilians",6,6,6,denied="ttp")])

doc(9, "tune", "2023-12-12", "23 soldiers killed in attack on police station in Dera Ismail Khan",
"DERA ISMAIL KHAN, Dec 12 (Crosscurrents) - Militants drove an explosives-laden truck into a police station used by the army in Daraban early on Tuesday, killing 23 soldiers, the military said. All six attackers were killed. Tehreek-e-Jihad Pakistan, a little-known group, claimed the attack.",
[ev("suicide_attack","2023-12-12","Dera Ismail Khan",KP,"ttp-tjp","pak-military",29,29,29,claimed="ttp-tjp")])

doc(10, "tune", "2023-07-12", "Nine soldiers die in attack on Zhob garrison",
"ZHOB, July 12 (Crosscurrents) - Heavily armed militants attacked a military garrison in Zhob in Balochistan early on Wednesday, killing nine soldiers, the army said. Five militants were killed in the exchange of fire. Tehreek-e-Jihad Pakistan claimed responsibility.",
[ev("armed_assault","2023-07-12","Zhob",BA,"ttp-tjp","pak-military",14,14,14,claimed="ttp-tjp")])

doc(11, "tune", "2023-09-29", "Twin blasts kill dozens at religious gatherings",
"QUETTA, Sept 29 (Crosscurrents) - A suicide bomber blew himself up near a procession marking the Prophet's birthday in Mastung district on Friday, killing at least 52 people, officials said. In a separate attack, a blast at a mosque in Hangu district in Khyber Pakhtunkhwa killed five worshippers. No group claimed either attack, and the TTP denied involvement.",
[ev("suicide_attack","2023-09-29","Mastung",BA,"unidentified","civilians",52,52,None,denied="ttp"),
 ev("bombing","2023-09-29","Hangu",KP,"unidentified","civilians",5,5,5,denied="ttp")])

doc(12, "tune", "2024-03-20", "Militants attack Gwadar port complex",
"GWADAR, March 20 (Crosscurrents) - Eight gunmen attacked the Gwadar Port Authority complex on Wednesday, and all of them were killed by security forces, officials said. Two soldiers also died in the fighting. The Baloch Liberation Army claimed the assault.",
[ev("armed_assault","2024-03-20","Gwadar",BA,"bla","pak-military",10,10,10,claimed="bla")])

doc(13, "tune", "2024-08-26", "Separatists kill dozens in coordinated attacks across Balochistan",
"QUETTA, Aug 26 (Crosscurrents) - Gunmen stopped vehicles on a highway in the Musakhel district late on Sunday, checked passengers' identity cards and shot dead 23 people, police said. In another attack, militants blew up a railway bridge in Bolan and killed six people. Security forces said 21 militants had been killed in the operations that followed. The Baloch Liberation Army said it carried out the attacks.",
[ev("armed_assault","2024-08-25","Musa Khel",BA,"bla","civilians",23,23,23,claimed="bla"),
 ev("bombing","2024-08-25","Bolan",BA,"bla","civilians",6,6,6,claimed="bla"),
 ev("security_operation","2024-08-25",None,BA,"pak-military","bla",21,21,21)])

doc(14, "tune", "2024-11-21", "Gunmen kill 42 in attack on passenger convoy in Kurram",
"PARACHINAR, Pakistan, Nov 21 (Crosscurrents) - Gunmen opened fire on a convoy of passenger vehicles in the Kurram district on Thursday, killing at least 42 people, including women and children, officials said. Dozens more were wounded. No group claimed responsibility for the attack.",
[ev("armed_assault","2024-11-21","Kurram",KP,"unidentified","civilians",42,42,None)])

doc(15, "tune", "2024-12-22", "Sixteen soldiers killed in South Waziristan",
"WANA, Pakistan, Dec 22 (Crosscurrents) - Militants attacked a security checkpoint in the Makeen area of South Waziristan late on Saturday, killing sixteen soldiers, the military said. Eight militants were killed, it added. The Pakistani Taliban said they had carried out the attack.",
[ev("armed_assault","2024-12-21","South Waziristan",KP,"ttp","pak-military",24,24,24,claimed="ttp")])

doc(16, "tune", "2022-11-28", "Pakistani Taliban end ceasefire with government",
"ISLAMABAD, Nov 28 (Crosscurrents) - The Tehrik-i-Taliban Pakistan on Monday called off the ceasefire it agreed with the government in June and ordered its fighters to carry out attacks across the country, the group said in a statement. The truce had been brokered by the Afghan Taliban during talks in Kabul.",
# Ceasefire rows are the Government of Pakistan's with the other party, whoever announces (dev conventions, section 6).
[ev("ceasefire","2022-11-28",None,None,"pak-state","ttp",None,None,None)])

doc(17, "tune", "2021-11-09", "Government and TTP agree one-month ceasefire",
"ISLAMABAD, Nov 9 (Crosscurrents) - Pakistan's government and the Pakistani Taliban have agreed to a month-long ceasefire, Information Minister Fawad Chaudhry said on Tuesday, after talks mediated by the Taliban government in Afghanistan.",
[ev("ceasefire","2021-11-09",None,None,"pak-state","ttp",None,None,None)])

doc(18, "tune", "2025-10-12", "Dozens killed as Pakistan and Afghan forces clash along border",
"ISLAMABAD, Oct 12 (Crosscurrents) - Afghan Taliban forces and Pakistani troops exchanged heavy fire at several points along the border late on Saturday, the military said, saying 23 of its soldiers were killed. Kabul said nine of its troops were killed and accused Pakistan of violating Afghan airspace.",
[ev("border_clash","2025-10-11",None,None,"afg-emirate","pak-military",32,32,32)])

doc(19, "tune", "2025-10-19", "Pakistan and Afghanistan agree ceasefire in Doha",
"DOHA, Oct 19 (Crosscurrents) - Pakistan and Afghanistan agreed to an immediate ceasefire after talks in Doha mediated by Qatar and Turkey, Qatar's foreign ministry said on Sunday. The two sides agreed to hold further meetings to ensure the truce holds.",
[ev("ceasefire","2025-10-19",None,None,"pak-state","afg-emirate",None,None,None)])

doc(20, "tune", "2023-02-18", "Attack on Karachi police headquarters",
"KARACHI, Feb 18 (Crosscurrents) - Pakistani Taliban gunmen stormed the police chief's office in Karachi on Friday evening, killing four people before security forces ended the siege, officials said. Three attackers were killed. The TTP claimed responsibility.",
[ev("armed_assault","2023-02-17","Karachi","Sindh","ttp","pak-police",7,7,7,claimed="ttp")])

doc(21, "tune", "2023-11-04", "Militants attack air base in Mianwali",
"ISLAMABAD, Nov 4 (Crosscurrents) - Nine militants attacked the Pakistan Air Force training base in Mianwali before dawn on Friday, damaging three grounded aircraft, the military said. All nine attackers were killed. Tehreek-e-Jihad Pakistan claimed the attack.",
[ev("armed_assault","2023-11-03","Mianwali","Punjab","ttp-tjp","pak-air-force",9,9,9,claimed="ttp-tjp")])

doc(22, "tune", "2024-10-07", "Two Chinese nationals killed in blast near Karachi airport",
"KARACHI, Oct 7 (Crosscurrents) - A bomb hit a convoy carrying Chinese engineers outside Karachi airport late on Sunday, killing two Chinese nationals, officials said on Monday. Ten people were wounded. The Baloch Liberation Army said it carried out the bombing.",
[ev("bombing","2024-10-06","Karachi","Sindh","bla","civilians",2,2,2,injured=10,claimed="bla")])

doc(23, "tune", "2025-01-12", "Security forces kill 30 militants in Khyber Pakhtunkhwa operations",
"PESHAWAR, Jan 12 (Crosscurrents) - Security forces killed 30 militants in intelligence-based operations in the Lakki Marwat, Karak and Khyber districts on Saturday, the military's media wing said.",
[ev("security_operation","2025-01-11","Lakki Marwat",KP,"pak-military",None,30,30,30)])

doc(24, "tune", "2025-05-21", "Bomb hits school bus in Khuzdar",
"KHUZDAR, Pakistan, May 21 (Crosscurrents) - A suicide car bomb struck a school bus in Khuzdar on Wednesday morning, killing eight people, five of them children, officials said. Dozens were wounded. No group claimed responsibility, but the government blamed militants it says are backed by India.",
[ev("suicide_attack","2025-05-21","Khuzdar",BA,"unidentified","civilians",8,8,8)])

doc(25, "tune", "2025-09-02", "Suicide attack on FC headquarters in Bannu",
"BANNU, Sept 2 (Crosscurrents) - Suicide bombers attacked the Frontier Corps headquarters in Bannu on Tuesday morning, killing six soldiers, officials said. Five attackers were shot dead by troops. A faction of the Hafiz Gul Bahadur group claimed responsibility.",
[ev("suicide_attack","2025-09-02","Bannu",KP,"ttp-hgb","pak-fc",11,11,11,claimed="ttp-hgb")])

doc(26, "tune", "2023-08-03", "Opinion: The costs of talking to the TTP",
"Opinion. When the state sat down with the Tehrik-i-Taliban Pakistan in 2021 and again in 2022, it hoped that a ceasefire would bring peace to the tribal districts. Instead, the group used the truce to regroup. The attack on the Army Public School in Peshawar in December 2014 should have taught us that the militants negotiate only to rearm. We must not repeat that mistake.",
[])

doc(27, "tune", "2022-09-13", "Senior peace committee member killed in Swat blast",
"MINGORA, Pakistan, Sept 13 (Crosscurrents) - A roadside bomb killed a former member of a village peace committee and four police guards in the Kabal area of Swat on Tuesday, police said. The Pakistani Taliban claimed the bombing.",
[ev("bombing","2022-09-13","Swat",KP,"ttp","pak-police",5,5,5,claimed="ttp")])

doc(28, "tune", "2024-06-22", "Gunmen abduct customs officials in D.I. Khan",
"DERA ISMAIL KHAN, June 22 (Crosscurrents) - Gunmen abducted three customs officials and two other people from a highway in the Daraban area of D.I. Khan on Saturday, police said. No one has claimed the kidnapping.",
[ev("kidnapping","2024-06-22","Dera Ismail Khan",KP,"unidentified","civilians",None,None,None)])

doc(29, "tune", "2020-10-15", "Gunmen ambush oil company convoy in Ormara",
"QUETTA, Oct 15 (Crosscurrents) - Gunmen ambushed a convoy of the state-run Oil and Gas Development Company on the coastal highway near Ormara on Thursday, killing fourteen people, including seven security guards and seven paramilitary troops, officials said. A Baloch separatist alliance, Baloch Raaji Aajoi Sangar, claimed responsibility.",
[ev("armed_assault","2020-10-15","Gwadar",BA,"bras","pak-fc",14,14,14,claimed="bras")])

doc(30, "tune", "2019-05-11", "Gunmen storm luxury hotel in Gwadar",
"GWADAR, May 11 (Crosscurrents) - Gunmen stormed the Pearl Continental hotel overlooking Gwadar port on Saturday, killing five people, including a navy soldier, officials said. Security forces killed the three attackers after an overnight siege. The Baloch Liberation Army claimed the attack.",
[ev("armed_assault","2019-05-11","Gwadar",BA,"bla","civilians",8,8,8,claimed="bla")])

doc(31, "tune", "2022-04-16", "Pakistan strikes inside Afghanistan's Khost and Kunar",
"KABUL, April 16 (Crosscurrents) - Pakistani military aircraft carried out air strikes in the Khost and Kunar provinces of Afghanistan early on Saturday, killing at least 47 people, mostly women and children, Afghan officials said. Islamabad did not confirm the strikes, which came after a series of attacks on its troops in North Waziristan.",
[ev("cross_border_strike","2022-04-16",None,"Khost","pak-air-force","civilians",None,None,None,country="Afghanistan"),
 ev("cross_border_strike","2022-04-16",None,"Kunar","pak-air-force","civilians",None,None,None,country="Afghanistan")])

# ---------------- test half ----------------
doc(32, "test", "2023-01-31", "Peshawar mosque bombing toll rises to 100",
"PESHAWAR, Jan 31 (Crosscurrents) - The death toll from Monday's suicide bombing at a mosque inside the Peshawar police headquarters rose to 100 on Tuesday, officials said, as rescuers pulled more bodies from the rubble. Police said the bomber had entered the heavily guarded compound wearing a police uniform.",
[ev("suicide_attack","2023-01-30","Peshawar",KP,"unidentified","pak-police",100,100,100)])

doc(33, "test", "2024-12-24", "Pakistani jets strike TTP hideouts in Paktika, Taliban say 46 dead",
"KABUL, Dec 24 (Crosscurrents) - Pakistani warplanes bombed several locations in the Barmal district of Afghanistan's Paktika province late on Tuesday, the Taliban government said, adding that 46 people, mostly women and children, were killed. A Pakistani security official said the strikes targeted training camps of the Tehrik-i-Taliban Pakistan.",
[ev("cross_border_strike","2024-12-24",None,"Paktika","pak-air-force","ttp",46,46,46,country="Afghanistan")])

doc(34, "test", "2024-03-25", "Separatists attack naval air base in Turbat",
"TURBAT, Pakistan, March 25 (Crosscurrents) - Militants attacked the PNS Siddique naval air station in Turbat late on Monday, officials said. All four attackers were killed and one paramilitary soldier died. The Majeed Brigade of the Baloch Liberation Army claimed responsibility.",
[ev("armed_assault","2024-03-25","Kech",BA,"bla","pak-military",5,5,5,claimed="bla")])

doc(35, "test", "2023-07-30", "Blast at political rally in Bajaur kills dozens",
"KHAR, Pakistan, July 30 (Crosscurrents) - A suicide bomber struck a political rally in the Bajaur tribal district on Sunday, killing at least 44 people and wounding nearly 200, officials said. No group immediately claimed the attack, and the Pakistani Taliban denied involvement.",
[ev("suicide_attack","2023-07-30","Bajaur",KP,"unidentified","civilians",44,44,None,injured=200,denied="ttp")])

doc(36, "test", "2025-03-05", "Bannu attack: army says 16 militants killed",
"BANNU, March 5 (Crosscurrents) - Militants wearing suicide vests attacked the cantonment in Bannu on Tuesday, killing five soldiers and thirteen civilians, the army said on Wednesday. Officials attributed the attack to the Hafiz Gul Bahadur group; Jaish-e-Fursan-e-Muhammad claimed it.",
[ev("suicide_attack","2025-03-04","Bannu",KP,"ttp-jfm","pak-military",18,18,18,claimed="ttp-jfm",attributed="ttp-hgb")])

doc(37, "test", "2023-09-30", "Mastung bombing toll reaches 60",
"QUETTA, Sept 30 (Crosscurrents) - The toll from Friday's suicide bombing in Mastung rose to 60, officials said on Saturday, making it one of the deadliest attacks in Balochistan in years. The bomber blew himself up near a police vehicle escorting a religious procession. The Islamic State has been behind similar attacks in the area, a police official said.",
[ev("suicide_attack","2023-09-29","Mastung",BA,"unidentified","civilians",60,60,60)])

doc(38, "test", "2024-08-27", "Balochistan attacks: 14 security personnel among dead",
"QUETTA, Aug 27 (Crosscurrents) - Militants attacked police stations and a highway in the Kalat district late on Sunday, killing 10 people, including four policemen, officials said. Elsewhere, gunmen killed 14 soldiers in attacks on security posts in Bolan. The Baloch Liberation Army claimed all the attacks.",
[ev("armed_assault","2024-08-25","Kalat",BA,"bla","pak-police",10,10,10,claimed="bla"),
 ev("armed_assault","2024-08-25","Bolan",BA,"bla","pak-military",14,14,14,claimed="bla")])

doc(39, "test", "2024-11-22", "Kurram convoy attack toll rises to 44",
"PESHAWAR, Nov 22 (Crosscurrents) - The number of people killed in Thursday's attack on a convoy of passenger vans near Parachinar rose to 44, officials said on Friday. The gunmen fired on the vehicles from both sides of the road. No one claimed responsibility.",
[ev("armed_assault","2024-11-21","Kurram",KP,"unidentified","civilians",44,44,44)])

doc(40, "test", "2024-12-21", "Checkpost attack kills 16 soldiers in South Waziristan",
"PESHAWAR, Dec 21 (Crosscurrents) - Around 30 militants attacked a security forces check post in the Makeen area of S. Waziristan early on Saturday, killing 16 soldiers, the military said. The Tehrik-e-Taliban Pakistan said it carried out the attack to avenge the killing of its commanders.",
[ev("armed_assault","2024-12-21","South Waziristan",KP,"ttp","pak-military",16,16,16,claimed="ttp")])

doc(41, "test", "2025-10-12", "Pakistan says it killed over 200 Afghan fighters in border clashes",
"RAWALPINDI, Oct 12 (Crosscurrents) - Pakistan's army said on Sunday that 23 of its soldiers were killed in overnight border clashes with Afghan Taliban forces, and that its troops had destroyed several Afghan border posts. Fighting was reported near Torkham and Chaman.",
[ev("border_clash","2025-10-11","Khyber",KP,"afg-emirate","pak-military",23,23,23)])

doc(42, "test", "2025-11-07", "Pakistan-Afghanistan talks in Istanbul end without deal",
"ISTANBUL, Nov 7 (Crosscurrents) - Talks between Pakistan and Afghanistan in Istanbul ended on Friday without an agreement, Pakistan's defence minister said, blaming the Taliban for refusing to act against militants who attack Pakistan from Afghan soil.",
[ev("talks","2025-11-07",None,None,"pak-state","afg-emirate",None,None,None)])

doc(43, "test", "2025-01-12", "Opinion: Sanctuaries across the Durand Line",
"Opinion. For two decades Pakistan has argued that militants find shelter in Afghanistan. After the Taliban returned to power in August 2021, attacks by the TTP rose sharply, peaking in 2023. I believe that no operation inside Pakistan, however well planned, can succeed while the sanctuaries remain. We need joint action against them.",
[])

doc(44, "test", "2023-12-13", "Daraban attack: army says 23 soldiers martyred",
"DERA ISMAIL KHAN, Dec 13 (Crosscurrents) - Six militants attacked a security forces post in Daraban in the early hours of Tuesday, the military said, killing 23 soldiers. Tehreek-e-Jihad Pakistan claimed responsibility; officials said the group is a front for the TTP.",
[ev("suicide_attack","2023-12-12","Dera Ismail Khan",KP,"ttp-tjp","pak-military",23,23,23,claimed="ttp-tjp",attributed="ttp")])

doc(45, "test", "2024-05-10", "Policemen shot dead in Lakki Marwat",
"LAKKI MARWAT, Pakistan, May 10 (Crosscurrents) - Gunmen on motorcycles shot dead two policemen guarding a polio vaccination team in Lakki Marwat on Friday, police said. No group claimed the killings.",
[ev("targeted_killing","2024-05-10","Lakki Marwat",KP,"unidentified","pak-police",2,2,2)])

doc(46, "test", "2023-04-25", "Blasts at CTD station in Swat kill 17",
"MINGORA, Pakistan, April 25 (Crosscurrents) - Two explosions ripped through a Counter Terrorism Department police station in Kabal, Swat, on Monday night, killing 17 people, most of them policemen, officials said. Police said the blasts may have been caused by stored ammunition, but provincial officials called it a terrorist attack.",
[ev("bombing","2023-04-24","Swat",KP,"unidentified","pak-police",17,17,17)])

doc(47, "test", "2023-05-10", "Islamic State claims killing of Taliban commander in Bajaur",
"PESHAWAR, May 10 (Crosscurrents) - Gunmen shot dead a local leader of a pro-government peace committee in Bajaur on Wednesday, police said. The Islamic State Khorasan Province claimed responsibility in a statement.",
[ev("targeted_killing","2023-05-10","Bajaur",KP,"iskp","civilians",1,1,1,claimed="iskp")])

doc(48, "test", "2024-07-15", "Militants attack Bannu cantonment, eight soldiers killed",
"BANNU, July 15 (Crosscurrents) - Militants rammed an explosives-laden vehicle into the perimeter wall of the Bannu cantonment on Monday, killing eight soldiers, the military said. Ten attackers were killed. A group calling itself Jaish-e-Fursan-e-Muhammad said it carried out the attack.",
[ev("suicide_attack","2024-07-15","Bannu",KP,"ttp-jfm","pak-military",18,18,18,claimed="ttp-jfm")])

doc(49, "test", "2024-10-25", "Ten FC troops killed in attack in D I Khan",
"DERA ISMAIL KHAN, Oct 25 (Crosscurrents) - Militants attacked a Frontier Constabulary checkpost in the Daraban area of Dera Ismail Khan late on Thursday, killing ten paramilitary troops, police said. The Pakistani Taliban claimed responsibility.",
[ev("armed_assault","2024-10-24","Dera Ismail Khan",KP,"ttp","pak-fcons",10,10,10,claimed="ttp")])

doc(50, "test", "2025-02-28", "Suicide blast at seminary near Peshawar kills six",
"PESHAWAR, Feb 28 (Crosscurrents) - A suicide bomber blew himself up at the Darul Uloom Haqqania seminary in Akora Khattak in Nowshera district after Friday prayers, killing six people, including the head of the seminary, police said. Around 15 people were wounded. No group claimed the attack.",
[ev("suicide_attack","2025-02-28","Nowshera",KP,"unidentified","civilians",6,6,6,injured=15)])

doc(51, "test", "2025-07-18", "Passengers pulled off bus and killed in Balochistan",
"QUETTA, July 18 (Crosscurrents) - Gunmen stopped a passenger bus in the Kalat district on Wednesday night and killed three people, including a child, officials said. Seven people were wounded. Officials blamed the Baloch Liberation Army, which did not comment.",
[ev("armed_assault","2025-07-16","Kalat",BA,"bla","civilians",3,3,3,injured=7,attributed="bla")])

doc(52, "test", "2024-02-07", "Twin blasts near election offices kill 28 in Balochistan",
"QUETTA, Feb 7 (Crosscurrents) - Two bombs exploded outside election candidates' offices in Balochistan on Wednesday, a day before the general election, killing 28 people, officials said. The first blast killed 18 people in Pishin district, and a second killed 10 in Killa Saifullah. The Islamic State claimed both bombings.",
[ev("bombing","2024-02-07","Pishin",BA,"islamic-state","civilians",18,18,18,claimed="islamic-state"),
 ev("bombing","2024-02-07","Killa Saifullah",BA,"islamic-state","civilians",10,10,10,claimed="islamic-state")])

doc(53, "test", "2025-01-28", "Army says 30 militants killed in Khyber operation",
"PESHAWAR, Jan 28 (Crosscurrents) - Security forces killed thirty militants in an intelligence-based operation in the Tirah valley of Khyber district on Monday, the military's media wing said. Officials said the militants belonged to the TTP.",
[ev("security_operation","2025-01-27","Khyber",KP,"pak-military","ttp",30,30,30)])

doc(54, "test", "2023-03-06", "Suicide bomber kills nine police in Bolan",
"QUETTA, March 6 (Crosscurrents) - A suicide bomber on a motorcycle rammed into a police truck near the Kambri bridge in Bolan on Monday, killing nine policemen, officials said. More than a dozen others were injured. No group immediately claimed responsibility.",
[ev("suicide_attack","2023-03-06","Bolan",BA,"unidentified","pak-police",9,9,9)])

doc(55, "test", "2022-03-04", "Islamic State bomber kills worshippers at Peshawar mosque",
"PESHAWAR, March 4 (Crosscurrents) - A suicide bomber attacked a Shi'ite mosque in Peshawar's old city during Friday prayers, killing at least 56 people, police said. Nearly 200 were wounded. The Islamic State claimed the bombing.",
[ev("suicide_attack","2022-03-04","Peshawar",KP,"islamic-state","civilians",56,56,None,injured=200,claimed="islamic-state")])

doc(56, "test", "2025-06-28", "Suicide car bomb kills 13 soldiers in North Waziristan",
"MIR ALI, Pakistan, June 28 (Crosscurrents) - A suicide bomber rammed an explosives-laden car into a military convoy in N. Waziristan on Saturday, killing 13 soldiers and wounding 24 others, officials said. A faction of the Hafiz Gul Bahadur group claimed responsibility.",
[ev("suicide_attack","2025-06-28","North Waziristan",KP,"ttp-hgb","pak-military",13,13,13,injured=24,claimed="ttp-hgb")])

doc(57, "test", "2025-04-26", "Bomb kills 10 at Quetta FC post",
"QUETTA, April 26 (Crosscurrents) - A remote-controlled bomb hit a Frontier Corps vehicle in the Margat area near Quetta on Friday, killing ten paramilitary soldiers, officials said on Saturday. The BLA claimed the attack.",
[ev("bombing","2025-04-25","Quetta",BA,"bla","pak-fc",10,10,10,claimed="bla")])

doc(58, "test", "2023-08-20", "Gunmen kill eleven labourers in North Waziristan",
"PESHAWAR, Aug 20 (Crosscurrents) - An explosion tore through a vehicle carrying labourers in Shewa, North Waziristan, on Sunday, killing eleven workers, police said. Local officials said the bomb had been planted on the road. No group claimed it.",
[ev("bombing","2023-08-20","North Waziristan",KP,"unidentified","civilians",11,11,11)])

doc(59, "test", "2024-09-30", "Opinion: Is retaliation working?",
"Opinion. Each time the TTP strikes, Islamabad promises a befitting response. The March 2024 strikes in Khost and Paktika and the December strikes in Paktika were meant to deter. Yet the attacks have continued. We should ask whether proportionate retaliation can prevent further escalation, or whether it feeds it.",
[])

doc(60, "test", "2025-03-16", "Bus carrying troops hit by blast in Noshki",
"QUETTA, March 16 (Crosscurrents) - A bomb struck a convoy of buses carrying paramilitary troops in Noshki on Sunday, killing five people, including three soldiers, officials said. The Baloch Liberation Army claimed the attack and said it had killed 90 troops, a figure officials rejected.",
[ev("bombing","2025-03-16","Nushki",BA,"bla","pak-fc",5,5,5,claimed="bla")])

doc(61, "test", "2022-01-26", "Ten soldiers killed in attack on Kech checkpost",
"QUETTA, Jan 26 (Crosscurrents) - Militants attacked a security forces post in the Kech district late on Tuesday, killing ten soldiers, the military said. One attacker was killed. The Baloch Liberation Front claimed the assault.",
[ev("armed_assault","2022-01-25","Kech",BA,"blf","pak-military",11,11,11,claimed="blf")])

doc(62, "test", "2023-02-01", "Police say Peshawar bomber wore uniform; separately, two soldiers killed in Lakki Marwat",
"PESHAWAR, Feb 1 (Crosscurrents) - Police said on Wednesday that the suicide bomber who struck the Police Lines mosque in Peshawar on Monday had worn a police uniform and a helmet. In a separate incident, two soldiers were killed when militants attacked a check post in Lakki Marwat on Tuesday night, the military said.",
[ev("armed_assault","2023-01-31","Lakki Marwat",KP,"unidentified","pak-military",2,2,2)])

with open("data/news/gold.jsonl","w") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False)+"\n")
import collections
print(len(docs), collections.Counter(d["split"] for d in docs), sum(len(d["events"]) for d in docs))
