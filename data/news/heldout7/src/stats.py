#!/usr/bin/env python3
"""Print the numbers used in README.md."""
import json, statistics, collections
docs = [json.loads(l) for l in open("/work/heldout7/docs.jsonl", encoding="utf-8")]
gold = [json.loads(l) for l in open("/work/heldout7/gold.jsonl", encoding="utf-8")]
w = {d["id"]: len(d["text"].split()) for d in docs}
print("docs", len(docs), "pub", min(d["date"] for d in docs), max(d["date"] for d in docs))
print("gold", len(gold), "new", sum(not g["background"] for g in gold), "bg", sum(g["background"] for g in gold),
      "bg docs", sorted({g["doc_id"] for g in gold if g["background"]}))
print("types", collections.Counter(g["event_type"] for g in gold).most_common())
print("claims", collections.Counter(g["claimed_by"] for g in gold if g["claimed_by"]).most_common(),
      [g["doc_id"] for g in gold if g["claimed_by"]])
print("afghan", [(g["doc_id"], g["province"], g["district"]) for g in gold if g["country"] == "Afghanistan"])
nd = collections.Counter(g["doc_id"] for g in gold if not g["background"])
print("multi-new", sorted(k for k, v in nd.items() if v >= 2))
print("no rows", sorted(set(w) - {g["doc_id"] for g in gold}))
print("conflicting", [(g["doc_id"], g["district"], g["killed_low"], g["killed_best"], g["killed_high"])
                      for g in gold if g["killed_low"] is not None and g["killed_low"] != g["killed_high"]])
print("words min/median/max", min(w.values()), statistics.median(w.values()), max(w.values()),
      "in 150-450:", sum(150 <= v <= 450 for v in w.values()))
print(w)
