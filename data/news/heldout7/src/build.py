#!/usr/bin/env python3
"""Build /work/heldout7/docs.jsonl and gold.jsonl from the hand-written documents in docs_*.py."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import docs_a, docs_b, docs_c, docs_d  # noqa: F401  (registering documents)
OUT = os.path.dirname(HERE)
import extras
for d in common.DOCS:
    paras = d["text"].split("\n\n")
    for pos, para in extras.EXTRA.get(d["id"], []):
        if pos is None:
            paras.append(para)
        else:
            paras.insert(pos if pos >= 0 else len(paras) + pos, para)
    d["text"] = "\n\n".join(paras)
for did, row in zip(extras.EXTRA_GOLD_IDS, extras.EXTRA_GOLD):
    common.GOLD.append(dict(zip(common.KEYS, [did] + row)))
docs = sorted(common.DOCS, key=lambda d: d["id"])
ids = [d["id"] for d in docs]
assert ids == [f"q{i:02d}" for i in range(1, 41)], ids
order = {d: i for i, d in enumerate(ids)}
gold = sorted(common.GOLD, key=lambda g: order[g["doc_id"]])  # stable within a doc
with open(os.path.join(OUT, "docs.jsonl"), "w", encoding="utf-8") as f:
    for d in docs:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(OUT, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(docs), "docs", len(gold), "gold rows")
