"""Report runs of N or more consecutive lower-cased word tokens shared between the
held-out documents (../docs.jsonl) and the dev documents. Usage: python3 overlap.py [N=8]"""
import json, os, re, sys
N = int(sys.argv[1]) if len(sys.argv) > 1 else 8
HERE = os.path.dirname(os.path.abspath(__file__))
DEV = "/work/shared/data/news-dev/docs.jsonl"
NEW = os.path.join(os.path.dirname(HERE), "docs.jsonl")

def toks(s):
    return re.findall(r"[a-z0-9]+(?:['’][a-z]+)?", s.lower())

def grams(t, n):
    return {tuple(t[i:i + n]) for i in range(len(t) - n + 1)}

dev = {}
for l in open(DEV):
    d = json.loads(l)
    for g in grams(toks(d["title"] + " " + d["text"]), N):
        dev.setdefault(g, set()).add(d["id"])
hits = 0
for l in open(NEW):
    d = json.loads(l)
    for g in sorted(grams(toks(d["title"] + " " + d["text"]), N)):
        if g in dev:
            hits += 1
            print(d["id"], sorted(dev[g]), " ".join(g))
print(f"{hits} shared {N}-grams")
sys.exit(1 if hits else 0)
