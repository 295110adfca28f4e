"""Build docs.jsonl and gold.jsonl for the held-out set n01-n40 from docs_[a-d].py."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
import docs_a, docs_b, docs_c, docs_d  # noqa: F401  (they fill common.DOCS)

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
docs = sorted(common.DOCS, key=lambda d: d["id"])
assert [d["id"] for d in docs] == [f"n{i:02d}" for i in range(1, 41)], [d["id"] for d in docs]
with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps({"id": d["id"], "date": d["date"], "title": d["title"],
                            "text": d["text"], "url": None}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for d in docs:
        for r in d["rows"]:
            f.write(json.dumps({"doc_id": d["id"], **r}, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "src", "styles.json"), "w") as f:
    json.dump({d["id"]: d["style"] for d in docs}, f, indent=1)
print("wrote", len(docs), "docs,", sum(len(d["rows"]) for d in docs), "rows")
