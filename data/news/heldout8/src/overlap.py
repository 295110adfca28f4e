"""Report runs of >= N consecutive lower-cased word tokens shared between heldout8 docs and the dev docs."""
import json, re, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
tok = lambda s: re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", s.lower())
def grams(ws, n): return {tuple(ws[i:i+n]) for i in range(len(ws) - n + 1)}
dev = set()
for l in open("/work/shared/data/news-dev/docs.jsonl"):
    d = json.loads(l); dev |= grams(tok(d["title"] + " " + d["text"]), N)
hits = 0
for l in open("/work/heldout8/docs.jsonl"):
    d = json.loads(l)
    ws = tok(d["title"] + " " + d["text"])
    for g in sorted(grams(ws, N) & dev):
        print(d["id"], " ".join(g)); hits += 1
print(f"shared {N}-grams: {hits}")
