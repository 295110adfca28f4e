"""Flag gold rows that may repeat an incident listed in /work/h5in/avoid_titles.txt.
Rule: same event type and same province/district within 7 days -> CLASH;
same district, any type, within 3 days -> NOTE."""
import json, re, datetime as dt
PROVS = ["Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab", "Khost", "Paktika", "Kunar",
         "Nangarhar", "Paktia", "Kandahar", "Kabul", "None"]
avoid = []
for line in open("/work/h5in/avoid_titles.txt"):
    m = re.match(r"\s*event:\s*(\d{4}-\d{2}-\d{2})\s+(\S+)\s+(.*)$", line)
    if not m:
        continue
    rest = m.group(3).strip()
    prov = next((p for p in PROVS if rest.startswith(p)), None)
    dist = rest[len(prov):].strip() if prov else rest
    avoid.append((dt.date.fromisoformat(m.group(1)), m.group(2), prov, dist or "None"))
print(len(avoid), "avoid events parsed")
n = 0
for l in open("/work/heldout8/gold.jsonl"):
    g = json.loads(l)
    d = dt.date.fromisoformat(g["date"])
    for (ad, at, ap, adist) in avoid:
        same_place = (str(g["province"]) == str(ap)) and (str(g["district"]) == adist)
        if not same_place:
            continue
        gap = abs((d - ad).days)
        if at == g["event_type"] and gap <= 7:
            print("CLASH", g["doc_id"], g["date"], g["event_type"], g["district"], "<->", ad, at); n += 1
        elif gap <= 3:
            print("NOTE ", g["doc_id"], g["date"], g["event_type"], g["district"], "<->", ad, at)
        elif at == g["event_type"] and gap <= 31:
            print("near ", g["doc_id"], g["date"], g["event_type"], g["district"], "<->", ad, at, gap, "days")
print("clashes:", n)
