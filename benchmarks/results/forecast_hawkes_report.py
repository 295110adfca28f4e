#!/usr/bin/env python3
"""The Hawkes forecaster's rows of benchmarks/results/forecast-backtest.md, from the same backtest JSON files as
tools/forecast_report.py (which prints the other models' tables): CRPS and skill against the best baseline on the
targets the Hawkes model forecast, DM p-value, 50%/90% coverage, and how many (unit, origin) pairs it could not forecast."""
import collections
import json
import os

DIR = os.path.join(os.path.dirname(__file__), "forecasts")


def table(path, units):
    d = json.load(open(path))
    summ = {(s["unit"], s["model"], s["horizon"]): s for s in d["summary"]}
    skill = {(s["unit"], s["model"], s["horizon"]): s for s in d["skill"]}
    out = [f"**{d['target']}** — origins {d['firstOrigin']}..{d['lastOrigin']}, {d['samples']} draws, seed {d['seed']}, data snapshot `{d['snapshot']}`", ""]
    if "hawkes" not in d["models"]:
        out.append("hawkes not run: " + "; ".join(d.get("notes", [])))
        return "\n".join(out)
    failures = d.get("failures", [])
    kinds = collections.Counter("".join(ch for ch in f["reason"] if not ch.isdigit()).split(" (")[0] for f in failures if f["model"] == "hawkes")
    out.append(f"hawkes could not forecast {sum(kinds.values())} (unit, origin) pairs: " + "; ".join(f"{n}× “{k}”" for k, n in kinds.most_common()))
    out.append("")
    out.append("| unit | h | n hawkes / all | CRPS hawkes | best baseline on those targets | hawkes skill (DM p) | hawkes 50% / 90% cover | CRPS ensemble | ensemble skill (DM p) | ensemble 50% / 90% cover |")
    out.append("|---|---|---|---|---|---|---|---|---|---|")
    for unit in units or sorted({s["unit"] for s in d["summary"]}, key=lambda u: (u != "all", u)):
        for h in sorted({s["horizon"] for s in d["summary"]}):
            if h > 3 and h not in (6, 12):
                continue
            e = summ.get((unit, "ensemble", h))
            k = summ.get((unit, "hawkes", h))
            if e is None:
                continue
            def sk(m):
                s = skill.get((unit, m, h))
                return "n/a" if s is None or s["skill"] is None else f"{100 * s['skill']:+.1f}% ({'n/a' if s['pValue'] is None else format(s['pValue'], '.3f')})"
            def cov(s):
                return "" if s is None else f"{100 * s['coverage50']:.0f}% / {100 * s['coverage90']:.0f}%"
            hs = skill.get((unit, "hawkes", h))
            base = "" if hs is None else f"{hs['bestBaseline']} {hs['baselineCrps']:.3f}"
            out.append(f"| {unit} | {h} | {k['forecasts'] if k else 0} / {e['forecasts']} | {k['crps']:.3f} | {base} | {sk('hawkes')} | {cov(k)} | {e['crps']:.3f} | {sk('ensemble')} | {cov(e)} |"
                       if k else f"| {unit} | {h} | 0 / {e['forecasts']} | | | | | {e['crps']:.3f} | {sk('ensemble')} | {cov(e)} |")
    return "\n".join(out)


if __name__ == "__main__":
    # Every backtest file, every unit (the pooled "all" first where there are several).
    for name in sorted(f for f in os.listdir(DIR) if f.endswith(".json")):
        print(table(os.path.join(DIR, name), None))
        print()
