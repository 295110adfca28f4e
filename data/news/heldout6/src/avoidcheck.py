"""Flag gold rows that match an avoid-list incident: same type and place within 7 days."""
import json, datetime as dt
av = []
for l in open("/work/h5in/avoid_titles.txt"):
    p = l.split()
    if p and p[0] == "event:":
        av.append((dt.date.fromisoformat(p[1]), p[2], " ".join(p[3:])))
n = 0
for g in map(json.loads, open("/work/heldout6/gold.jsonl")):
    d = dt.date.fromisoformat(g["date"]); place = g["province"] if g["country"]=="Pakistan" else None
    key = f'{g["province"]} {g["district"]}' if g["country"]=="Pakistan" else f'{g["province"]} {g["district"]}'
    for ad, at, apl in av:
        if at == g["event_type"] and apl == key.replace("None","None") and abs((ad-d).days) <= 7:
            n += 1; print("CONFLICT", g["doc_id"], g["date"], at, apl, ad)
        elif apl == key and abs((ad-d).days) <= 3:
            print("near (other type)", g["doc_id"], g["date"], g["event_type"], apl, ad, at)
print(n, "conflicts")
