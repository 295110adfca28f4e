DOCS = []
GOLD = []
KEYS = ["doc_id","event_type","date","date_precision","country","province","district","actor1","actor2",
        "claimed_by","killed_low","killed_best","killed_high","injured","background"]
def G(et, date, prec, country, prov, dist, a1, a2, claim, lo, best, hi, inj, bg=False):
    return [et, date, prec, country, prov, dist, a1, a2, claim, lo, best, hi, inj, bg]
def D(did, date, title, paras, rows, style=None):
    DOCS.append({"id": did, "date": date, "title": title, "text": "\n\n".join(paras), "url": None})
    for r in rows:
        GOLD.append(dict(zip(KEYS, [did] + r)))
