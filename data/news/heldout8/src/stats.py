"""Print the numbers used in README.md."""
import json, statistics, collections
docs = [json.loads(l) for l in open("/work/heldout8/docs.jsonl")]
gold = [json.loads(l) for l in open("/work/heldout8/gold.jsonl")]
wc = {d["id"]: len(d["text"].split()) for d in docs}
print("docs", len(docs), "dates", min(d["date"] for d in docs), max(d["date"] for d in docs))
print("gold", len(gold), "new", sum(not g["background"] for g in gold), "bg", sum(g["background"] for g in gold),
      "bg docs", sorted({g["doc_id"] for g in gold if g["background"]}))
print("words min/median/max", min(wc.values()), statistics.median(wc.values()), max(wc.values()))
print("types", collections.Counter(g["event_type"] for g in gold).most_common())
print("claims", collections.Counter(g["claimed_by"] for g in gold if g["claimed_by"]).most_common())
print("afghan rows", [(g["doc_id"], g["event_type"], g["province"], g["district"]) for g in gold if g["country"] == "Afghanistan"])
per = collections.Counter(g["doc_id"] for g in gold if not g["background"])
print("docs with >=2 new events", sorted(k for k, v in per.items() if v >= 2))
print("no rows", sorted(set(wc) - {g["doc_id"] for g in gold}))
print("conflicting", [(g["doc_id"], g["killed_low"], g["killed_best"], g["killed_high"]) for g in gold if g["killed_low"] is not None and not (g["killed_low"] == g["killed_best"] == g["killed_high"])])
print("explicit zero killed", [g["doc_id"] for g in gold if g["killed_best"] == 0], "injured 0", [g["doc_id"] for g in gold if g["injured"] == 0])
print("provinces", collections.Counter((g["country"], g["province"]) for g in gold).most_common())
print("wc", wc)
