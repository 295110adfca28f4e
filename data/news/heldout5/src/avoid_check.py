"""Check that no gold row of the held-out set repeats an incident listed in
/work/h5in/avoid_titles.txt (same date + event type + province + district), and flag
titles whose word overlap with an avoided title is high."""
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
lines = open("/work/h5in/avoid_titles.txt", encoding="utf-8").read().splitlines()
events = set()
titles = []
for l in lines:
    m = re.match(r"\s*event:\s*(.*)$", l)
    if m:
        events.add(" ".join(m.group(1).split()))
    elif l.strip():
        titles.append(l.strip())
bad = 0
for l in open(os.path.join(ROOT, "gold.jsonl")):
    g = json.loads(l)
    key = " ".join(f"{g['date']} {g['event_type']} {g['province']} {g['district']}".split())
    if key in events:
        bad += 1
        print("REUSED INCIDENT", g["doc_id"], key)
    # same place+type within 3 days is also suspicious
    for e in events:
        p = e.split(" ", 2)
        if len(p) == 3 and p[1] == g["event_type"] and p[2] == " ".join(f"{g['province']} {g['district']}".split()):
            import datetime as dt
            try:
                dd = abs((dt.date.fromisoformat(p[0]) - dt.date.fromisoformat(g["date"])).days)
            except ValueError:
                continue
            if 0 < dd <= 3:
                print("near (<=3 days)", g["doc_id"], key, "~", e)
W = lambda s: set(re.findall(r"[a-z]+", s.lower())) - {"the", "in", "of", "a", "as", "and", "on", "to", "at"}
for l in open(os.path.join(ROOT, "docs.jsonl")):
    d = json.loads(l)
    for t in titles:
        a, b = W(d["title"]), W(t)
        j = len(a & b) / max(1, len(a | b))
        if j >= 0.4:
            print(f"similar title {d['id']} ({j:.2f}): {d['title']!r} ~ {t!r}")
print(f"{len(events)} avoided incidents, {bad} reused")
sys.exit(1 if bad else 0)
