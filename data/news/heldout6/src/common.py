KP, BAL = "Khyber Pakhtunkhwa", "Balochistan"
def G(et, date, prec, country, prov, dist, a1, a2, cb, lo, be, hi, inj, bg=False):
    return {"event_type": et, "date": date, "date_precision": prec, "country": country,
            "province": prov, "district": dist, "actor1": a1, "actor2": a2, "claimed_by": cb,
            "killed_low": lo, "killed_best": be, "killed_high": hi, "injured": inj, "background": bg}
def PK(et, date, prov, dist, a1, a2, cb, lo, be, hi, inj, bg=False, prec="day"):
    return G(et, date, prec, "Pakistan", prov, dist, a1, a2, cb, lo, be, hi, inj, bg)
def D(id, date, style, title, paras, gold):
    return {"id": id, "date": date, "style": style, "title": title,
            "text": "\n\n".join(p.strip() for p in paras), "gold": gold}
