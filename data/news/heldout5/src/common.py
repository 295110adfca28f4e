"""Shared helpers for the held-out set generator (n01-n40)."""
import re

KP = "Khyber Pakhtunkhwa"
BA = "Balochistan"
PK = "Pakistan"
AF = "Afghanistan"
UM = "unidentified militants"
CIV = "civilians"
MIL = "Pakistan military"
POL = "Pakistan police"
FC = "Frontier Corps"
GOP = "Government of Pakistan"
AT = "Afghan Taliban"

DOCS = []


def R(event_type, date, prec, country, province, district, actor1, actor2, claimed_by,
      lo, best, hi, injured, background=False):
    return {"event_type": event_type, "date": date, "date_precision": prec,
            "country": country, "province": province, "district": district,
            "actor1": actor1, "actor2": actor2, "claimed_by": claimed_by,
            "killed_low": lo, "killed_best": best, "killed_high": hi,
            "injured": injured, "background": background}


def clean(text):
    paras = [re.sub(r"\s*\n\s*", " ", p.strip()) for p in re.split(r"\n\s*\n", text.strip())]
    return "\n\n".join(p for p in paras if p)


def D(doc_id, date, style, title, text, rows):
    DOCS.append({"id": doc_id, "date": date, "style": style, "title": title,
                 "text": clean(text), "rows": rows})
