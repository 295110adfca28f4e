"""One-off: append extra paragraphs to some documents (run once, edits part*.py in place)."""
import re
ADD = {
"r01": "Residents of nearby villages said they heard explosions and heavy firing for much of the night. Schools in the area stayed closed on Tuesday, and police set up additional pickets on the road to Bannu. A police spokesman said the wounded officers included a sub-inspector who had been in charge of the post.",
"r02": "The district's police chief said later that security had been increased at the entrances of Tank city and that police would patrol the bazaar on foot in the evenings. In Bannu, the Miryan road was reopened to traffic in the afternoon after the bomb disposal squad declared it safe.",
"r04": "According to sources, the martyred Havaldar had served in the Levies force for 22 years and was due to retire next year. The funeral prayers of the two martyrs were offered in their native villages in the evening, in which a large number of people participated. The Levies force has announced that a case will be registered against the unknown attackers.",
"r06": "Remarks: The deceased was laid to rest in his native village the same afternoon. The area SHO has been directed to submit a progress report within seven days. A separate inquiry has been requested into whether the deceased had applied for police protection after receiving the threats.",
"r10": "A senior police officer said the gate had been fitted with a new barrier only last month and that it had probably prevented the bomber from getting inside the compound, where dozens of recruits were assembled.",
"r12": "The Ministry also calls on the international community and the United Nations to take notice of the repeated violations of Afghan territory and airspace, and to play their role in preventing such acts, which endanger the lives of innocent people living on both sides of the Durand Line.",
"r13": "A spokesman for Pakistan's Foreign Office described the meeting as constructive and said Islamabad expected practical steps rather than assurances. He did not answer questions about whether the deportation drive would be paused, saying only that registered refugees were not affected by it.",
"r14": "The XX could not independently verify either account. Access to the border districts of Paktika is restricted, and the Taliban authorities often limit visits by journalists after such incidents.",
"r15": "Customs officials at Torkham said the crossing normally handles several hundred trucks a day in each direction. Pedestrians, including patients travelling to Peshawar for treatment, were also turned back. An official of the Khyber district administration said arrangements had been made to provide food and water to drivers stuck on the Pakistani side.",
"r16": "The killings took place a few hundred metres from a checkpoint of the Rangers, residents said. A shopkeeper who saw the attack said the gunmen had been waiting at the corner for some time before the constables arrived. \"They wore helmets and did not say a word. It was over in seconds,\" he said.",
"r18": "Security officials said the surveyors were working on a road that is meant to connect several remote villages with the main highway. Work on the project was suspended after the blast. A security official said additional troops had been deployed along the route and that the area around Kishingi was being searched.",
"r20": "The Levies said the bodies of the three labourers were shifted to the Teaching Hospital in Turbat and would be sent to their home towns after legal formalities. The contractor of the project said around 20 workers had been staying at the camp and that the others had fled into the darkness when the firing began.",
"r21": "Residents said the area had been searched twice in the past month after reports of suspicious movement. The deputy commissioner said the road would be patrolled more often.",
"r24": "Relatives of the dead said they had received the bodies on Thursday night and buried them on Friday. Several of the wounded were shopkeepers whose stalls were destroyed. The provincial government announced compensation for the families of those killed and for the injured, and said damaged shops would be rebuilt at government expense.",
"r26": "The report also said that seven civilians were killed in attacks on polio teams and their escorts during the year so far, though it did not break the figure down by month.",
"r28": "A local resident said the commander had moved between several houses in the province and had recently bought land near Asadabad. The guest house was damaged in the explosion, and a shop next to it lost its windows.",
"r29": "A senior CTD official told reporters that the four men had been under surveillance for several weeks and that a fifth suspect had escaped. He said the raid had been filmed and that the footage would be presented to any inquiry. Police cordoned off the house for most of Saturday while forensic teams collected evidence.",
"r31": "Officials said a new registration drive would begin in the spring to update the records of families with children born since the last exercise, which was carried out in 2021. Refugee groups have asked that the drive be held in the camps and in the cities at the same time, so that families do not have to travel.",
"r33": "Levies officials said the injured woman and the two FC personnel were shifted to the district hospital in Chaman and that the woman was later referred to Quetta. The village where the shell landed lies about a kilometre from the border. Residents said several families had moved to relatives' homes in the town after the firing.",
"r34": "Relatives of the victims gathered outside the hospital in Karachi on Wednesday, waiting for the bodies to be handed over. The coach had been carrying about 40 passengers from Karachi to Turbat, a transporter said.",
"r39": "The Khyber district police officer said the teacher's family had been given protection and that two suspects had been detained for questioning. The education department announced that the school would be named after the teacher.",
}
import glob
for p in sorted(glob.glob("part*.py")):
    s = open(p).read()
    for rid, extra in ADD.items():
        m = re.search(r'D\("%s".*?\n(.*?)\n""", \[' % rid, s, re.S)
        if not m:
            continue
        end = m.end(1)
        s = s[:end] + "\n\n" + extra + s[end:]
    open(p, "w").write(s)
