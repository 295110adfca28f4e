"""Build docs.jsonl and gold.jsonl for heldout8 from part1..part4."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import part1, part2, part3, part4
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEYS = ["doc_id", "event_type", "date", "date_precision", "country", "province", "district",
        "actor1", "actor2", "claimed_by", "killed_low", "killed_best", "killed_high", "injured",
        "background"]
docs = part1.DOCS + part2.DOCS + part3.DOCS + part4.DOCS
assert [d["id"] for d in docs] == [f"r{i:02d}" for i in range(1, 41)], [d["id"] for d in docs]
with open(os.path.join(OUT, "docs.jsonl"), "w") as f:
    for d in docs:
        f.write(json.dumps({"id": d["id"], "date": d["date"], "title": d["title"],
                            "text": d["text"], "url": None}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "gold.jsonl"), "w") as f:
    for d in docs:
        for r in d["rows"]:
            row = {"doc_id": d["id"], **r}
            f.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")
json.dump([{"id": d["id"], "style": d["style"]} for d in docs],
          open(os.path.join(OUT, "src", "styles.json"), "w"), indent=0)
for d in docs:
    print(d["id"], d["date"], len(d["text"].split()), len(d["rows"]), d["style"])
