#!/usr/bin/env python3
"""Flag gold rows that coincide with incidents in /work/h5in/avoid_titles.txt:
same type + same district (or province when district is null) within WINDOW days,
and titles that share 5+ consecutive words with an avoided title."""
import datetime as dt, json, re
WINDOW = 7
avoid, titles = [], []
for line in open("/work/h5in/avoid_titles.txt", encoding="utf-8"):
    line = line.rstrip("\n")
    m = re.match(r"\s*event:\s*(\d{4}-\d{2}-\d{2})\s+(\S+)\s+(.*)$", line)
    if m:
        avoid.append((dt.date.fromisoformat(m.group(1)), m.group(2), m.group(3)))
    elif line.strip():
        titles.append(line.strip())
n = 0
for l in open("/work/heldout7/gold.jsonl", encoding="utf-8"):
    g = json.loads(l)
    d = dt.date.fromisoformat(g["date"])
    place = f"{g['province']} {g['district']}"
    for ad, at, ap in avoid:
        if at == g["event_type"] and ap == place and abs((ad - d).days) <= WINDOW + (31 if g["date_precision"] == "month" else 0):
            n += 1
            print("CONFLICT", g["doc_id"], g["event_type"], g["date"], place, "~", ad)
tok = lambda s: re.findall(r"[a-z0-9]+", s.lower())
tg = set()
for t in titles:
    w = tok(t); tg |= {tuple(w[i:i+5]) for i in range(len(w)-4)}
for l in open("/work/heldout7/docs.jsonl", encoding="utf-8"):
    d = json.loads(l); w = tok(d["title"])
    for i in range(len(w)-4):
        if tuple(w[i:i+5]) in tg:
            n += 1; print("TITLE", d["id"], " ".join(w[i:i+5]))
print(f"{n} conflict(s)")
