KP, BA = "Khyber Pakhtunkhwa", "Balochistan"
PK, AF = "Pakistan", "Afghanistan"

def R(et, date, prec, country, prov, dist, a1, a2, claim, lo, best, hi, inj, bg=False):
    return {"event_type": et, "date": date, "date_precision": prec, "country": country,
            "province": prov, "district": dist, "actor1": a1, "actor2": a2, "claimed_by": claim,
            "killed_low": lo, "killed_best": best, "killed_high": hi, "injured": inj,
            "background": bg}

def NV(et, date, country="Pakistan", prov=None, dist=None, bg=False):
    return R(et, date, "day", country, prov, dist, "Government of Pakistan", "Afghan Taliban",
             None, None, None, None, None, bg)
