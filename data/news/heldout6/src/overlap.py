"""Report any run of >= N consecutive lower-cased word tokens shared between a heldout6 doc and a dev doc."""
import json, re, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
tok = lambda s: re.findall(r"[a-z0-9]+(?:'[a-z]+)?", s.lower())
def grams(t): return {tuple(t[i:i+N]) for i in range(len(t)-N+1)}
dev = set()
for d in map(json.loads, open("/work/shared/data/news-dev/docs.jsonl")):
    dev |= grams(tok(d["title"] + " " + d["text"]))
hits = 0
for d in map(json.loads, open("/work/heldout6/docs.jsonl")):
    for g in sorted(grams(tok(d["title"] + " " + d["text"])) & dev):
        hits += 1; print(d["id"], " ".join(g))
print(f"{hits} shared {N}-gram(s)")
