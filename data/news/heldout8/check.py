#!/usr/bin/env python3
"""Validate docs.jsonl and gold.jsonl of the news-to-event development set.

Usage: python3 check.py [folder]   (default: the folder this script is in)
Exit status 0 when every check passes, 1 otherwise.
"""
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDER = sys.argv[1] if len(sys.argv) > 1 else HERE

DOC_KEYS = {"id", "date", "title", "text", "url"}
GOLD_KEYS = ["doc_id", "event_type", "date", "date_precision", "country", "province",
             "district", "actor1", "actor2", "claimed_by", "killed_low", "killed_best",
             "killed_high", "injured", "background"]

VIOLENT = {"armed_assault", "bombing", "suicide_attack", "targeted_killing", "kidnapping",
           "security_operation", "cross_border_strike", "border_clash"}
NONVIOLENT = {"ceasefire", "talks", "agreement"}
EVENT_TYPES = VIOLENT | NONVIOLENT
PRECISIONS = {"day", "week", "month"}

# province -> allowed district names (None = district may be null)
PROVINCES = {
    "Pakistan": {
        "Khyber Pakhtunkhwa": {"Bajaur", "Bannu", "Dera Ismail Khan", "Khyber", "Kurram",
                               "Lakki Marwat", "North Waziristan", "Peshawar",
                               "South Waziristan", "Swat", "Mohmand", "Orakzai", "Tank",
                               "Lower Chitral", "Upper Chitral", "Shangla", "Nowshera",
                               "Hangu", "Kohat", "Mardan", "Upper Kohistan"},
        "Balochistan": {"Chaman", "Gwadar", "Harnai", "Kachhi", "Kalat", "Noshki",
                        "Panjgur", "Quetta", "Sibi", "Kech", "Mastung", "Zhob", "Dera Bugti",
                        "Lasbela", "Pishin", "Duki", "Loralai", "Khuzdar"},
        "Sindh": {"Karachi"},
        "Punjab": {"Lahore", "Mianwali"},
    },
    "Afghanistan": {
        "Khost": {"Gurbuz", "Spera"},
        "Paktika": {"Urgun", "Barmal"},
        "Kunar": set(),
        "Nangarhar": {"Achin"},
        "Paktia": {"Dand-e-Patan"},
        "Kandahar": {"Spin Boldak"},
        "Kabul": set(),
    },
}

ARMED_GROUPS = {"TTP", "Jamaat-ul-Ahrar", "Hafiz Gul Bahadur group",
                "Jaish-e-Fursan-e-Muhammad", "Ittehad-ul-Mujahideen Pakistan", "ISKP", "BLA",
                "BLF", "BRAS", "BNA", "Lashkar-e-Islam", "Afghan Taliban"}
STATE = {"Pakistan military", "Pakistan police", "Frontier Corps", "Government of Pakistan"}
ACTORS = ARMED_GROUPS | STATE | {"civilians", "unidentified militants"}
CLAIMANTS = ARMED_GROUPS

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def parse_date(s, where):
    if not isinstance(s, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        err(where, f"bad date {s!r}")
        return None
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        err(where, f"impossible date {s!r}")
        return None


def load_jsonl(name):
    path = os.path.join(FOLDER, name)
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                err(f"{name}:{n}", "blank line")
                continue
            try:
                rows.append((n, json.loads(line)))
            except json.JSONDecodeError as e:
                err(f"{name}:{n}", f"invalid JSON ({e})")
    return rows


# ---------------------------------------------------------------- docs
docs = {}
for n, d in load_jsonl("docs.jsonl"):
    where = f"docs.jsonl:{n}"
    if set(d) != DOC_KEYS:
        err(where, f"keys {sorted(d)} != {sorted(DOC_KEYS)}")
        continue
    did = d["id"]
    if not re.fullmatch(r"r\d{2}", str(did)):
        err(where, f"bad id {did!r}")
    if did in docs:
        err(where, f"duplicate id {did}")
    if d["url"] is not None:
        err(where, "url must be null")
    pub = parse_date(d["date"], where)
    if not isinstance(d["title"], str) or not d["title"].strip():
        err(where, "empty title")
    text = d["text"]
    if not isinstance(text, str) or not text.strip():
        err(where, "empty text")
        continue
    if re.search(r"(?<!\n)\n(?!\n)", text) or "\n\n\n" in text:
        err(where, "paragraphs must be separated by exactly one blank line (\\n\\n)")
    if text != text.strip():
        err(where, "text has leading/trailing whitespace")
    words = len(text.split())
    if not 40 <= words <= 600:
        err(where, f"{did}: {words} words, outside 40-600")
    docs[did] = pub

expected = {f"r{i:02d}" for i in range(1, 41)}
if set(docs) != expected:
    err("docs.jsonl", f"ids differ from r01..r40: missing {sorted(expected - set(docs))}, "
                      f"extra {sorted(set(docs) - expected)}")

# ---------------------------------------------------------------- gold
gold = load_jsonl("gold.jsonl")
rows_per_doc = {}
for n, g in gold:
    where = f"gold.jsonl:{n}"
    if list(g) != GOLD_KEYS:
        err(where, f"keys/order {list(g)} != {GOLD_KEYS}")
        if set(g) != set(GOLD_KEYS):
            continue
    did = g["doc_id"]
    where = f"gold.jsonl:{n} ({did})"
    if did not in docs:
        err(where, "doc_id not in docs.jsonl")
        continue
    rows_per_doc[did] = rows_per_doc.get(did, 0) + 1
    et = g["event_type"]
    if et not in EVENT_TYPES:
        err(where, f"event_type {et!r}")
    prec = g["date_precision"]
    if prec not in PRECISIONS:
        err(where, f"date_precision {prec!r}")
    ev = parse_date(g["date"], where)
    pub = docs[did]
    if not isinstance(g["background"], bool):
        err(where, "background must be true/false")
    if ev and pub:
        if ev > pub:
            err(where, f"event date {ev} after publication {pub}")
        if prec == "month" and ev.day != 1:
            err(where, "month precision must use the 1st of the month")
        if prec == "week" and ev.weekday() != 0:
            err(where, "week precision must use a Monday")
        if g["background"] is False:
            if prec == "day" and (pub - ev).days > 3:
                err(where, f"non-background event {(pub - ev).days} days before publication")
            if prec == "week" and (pub - ev).days > 13:
                err(where, "non-background week-precision event more than a week back")
            if prec == "month" and (pub.year, pub.month) not in {(ev.year, ev.month)} and \
                    (pub - ev).days > 62:
                err(where, "non-background month-precision event too old")
    # place
    country, prov, dist = g["country"], g["province"], g["district"]
    if country not in PROVINCES:
        err(where, f"country {country!r}")
    else:
        if prov is None:
            if et not in NONVIOLENT:
                err(where, "province may be null only for ceasefire/talks/agreement")
            if dist is not None:
                err(where, "district given without province")
        elif prov not in PROVINCES[country]:
            err(where, f"province {prov!r} not in {country}")
        elif dist is not None and dist not in PROVINCES[country][prov]:
            err(where, f"district {dist!r} not listed for {prov}")
    if et == "cross_border_strike" and country != "Afghanistan":
        err(where, "cross_border_strike must be located in Afghanistan")
    if et == "border_clash" and country != "Pakistan":
        err(where, "border_clash is located on the Pakistani side")
    if et == "talks" and prov == "Kabul" and dist is not None:
        err(where, "Kabul talks take district null")
    # actors
    for k in ("actor1", "actor2"):
        if g[k] not in ACTORS:
            err(where, f"{k} {g[k]!r} not in actor list")
    cb = g["claimed_by"]
    if cb is not None:
        if cb not in CLAIMANTS:
            err(where, f"claimed_by {cb!r}")
        if g["actor1"] != cb:
            err(where, "actor1 must equal claimed_by when a claim is coded")
    if et == "border_clash" and g["actor1"] != "Afghan Taliban":
        warn(where, "border_clash actor1 is not 'Afghan Taliban'")
    if et in NONVIOLENT and g["actor1"] != "Government of Pakistan":
        err(where, "ceasefire/talks/agreement: actor1 must be 'Government of Pakistan'")
    # casualties
    ks = [g["killed_low"], g["killed_best"], g["killed_high"]]
    inj = g["injured"]
    if et in NONVIOLENT:
        if any(v is not None for v in ks + [inj]):
            err(where, "casualty fields must be null for ceasefire/talks/agreement")
    else:
        if all(v is None for v in ks):
            warn(where, "violent event with unknown toll (all killed fields null)")
        elif any(v is None for v in ks):
            err(where, "killed_low/best/high must be all null or all integers")
        else:
            if not all(isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in ks):
                err(where, f"killed values must be non-negative integers: {ks}")
            elif not ks[0] <= ks[1] <= ks[2]:
                err(where, f"need killed_low <= killed_best <= killed_high, got {ks}")
        if inj is not None and (not isinstance(inj, int) or isinstance(inj, bool) or inj < 0):
            err(where, f"injured must be null or a non-negative integer: {inj!r}")

for did in sorted(expected - set(rows_per_doc)):
    warn(did, "document has no gold rows (expected only for no-event documents)")

# ---------------------------------------------------------------- report
n_bg = sum(1 for _, g in gold if g.get("background") is True)
print(f"docs: {len(docs)}   gold rows: {len(gold)}   background rows: {n_bg}   "
      f"non-background rows: {len(gold) - n_bg}")
for w in warnings:
    print("WARNING", w)
for e in errors:
    print("ERROR", e)
if errors:
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK: all checks passed")
