#!/usr/bin/env python3
"""Report runs of >= N consecutive lower-cased word tokens shared between heldout7 docs and dev docs
(and titles). Usage: python3 overlap.py [N=8]"""
import json, re, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
tok = lambda s: re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", s.lower())
def grams(words):
    return {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}
dev = set()
for l in open("/work/shared/data/news-dev/docs.jsonl", encoding="utf-8"):
    d = json.loads(l)
    dev |= grams(tok(d["title"] + " " + d["text"]))
hits = 0
for l in open("/work/heldout7/docs.jsonl", encoding="utf-8"):
    d = json.loads(l)
    for field in ("title", "text"):
        shared = grams(tok(d[field])) & dev
        for g in sorted(shared):
            hits += 1
            print(d["id"], field, " ".join(g))
print(f"{hits} shared {N}-gram(s)")
