"""Build docs.jsonl and gold.jsonl in /work/heldout6 from the docs_*.py modules."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs_a, docs_b, docs_c, docs_d
DOCS = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS + docs_d.DOCS
ids = [d["id"] for d in DOCS]
assert ids == [f"p{i:02d}" for i in range(1, 41)], ids
KEYS = ["doc_id", "event_type", "date", "date_precision", "country", "province", "district",
        "actor1", "actor2", "claimed_by", "killed_low", "killed_best", "killed_high", "injured", "background"]
with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as f:
    for d in DOCS:
        f.write(json.dumps({"id": d["id"], "date": d["date"], "title": d["title"], "text": d["text"], "url": None}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for d in DOCS:
        for g in d["gold"]:
            row = {"doc_id": d["id"], **g}
            f.write(json.dumps({k: row[k] for k in KEYS}, ensure_ascii=False) + "\n")
json.dump({d["id"]: d["style"] for d in DOCS}, open(os.path.join(HERE, "styles.json"), "w"), indent=0)
print("built", len(DOCS), "docs,", sum(len(d["gold"]) for d in DOCS), "gold rows")
