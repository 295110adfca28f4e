#!/usr/bin/env python3
"""Summarises the backtest JSON files in benchmarks/results/forecasts/ as the Markdown tables of
benchmarks/results/forecast-backtest.md (run after the backtest commands listed there)."""
import json
import os
import sys

DIR = os.path.join(os.path.dirname(__file__), "..", "benchmarks", "results", "forecasts")
MODELS = ["zero", "last", "mean", "conflictology", "nb", "ensemble"]


def table(path, units):
    d = json.load(open(path))
    out = [f"**{d['target']}** — origins {d['firstOrigin']}..{d['lastOrigin']}, {d['samples']} draws, seed {d['seed']}, data snapshot `{d['snapshot']}`", ""]
    out.append("| unit | h | n | " + " | ".join(f"CRPS {m}" for m in MODELS) + " | best baseline | ensemble skill (DM p) | nb skill (DM p) | ensemble 50% / 90% cover | nb 50% / 90% cover |")
    out.append("|" + "---|" * (3 + len(MODELS) + 5))
    summ = {(s["unit"], s["model"], s["horizon"]): s for s in d["summary"]}
    skill = {(s["unit"], s["model"], s["horizon"]): s for s in d["skill"]}
    for unit in units or sorted({s["unit"] for s in d["summary"]}):
        for h in sorted({s["horizon"] for s in d["summary"]}):
            if (unit, "nb", h) not in summ or (h > 3 and h not in (6, 12)):
                continue
            def sk(m):
                s = skill.get((unit, m, h))
                return "n/a" if s is None or s["skill"] is None else f"{100 * s['skill']:+.1f}% ({s['pValue']:.3f})"
            def cov(m):
                s = summ[(unit, m, h)]
                return f"{100 * s['coverage50']:.0f}% / {100 * s['coverage90']:.0f}%"
            best = skill.get((unit, "nb", h), {}).get("bestBaseline", "")
            out.append(f"| {unit} | {h} | {summ[(unit, 'nb', h)]['forecasts']} | " + " | ".join(f"{summ[(unit, m, h)]['crps']:.3f}" for m in MODELS)
                       + f" | {best} | {sk('ensemble')} | {sk('nb')} | {cov('ensemble')} | {cov('nb')} |")
    return "\n".join(out)


if __name__ == "__main__":
    for name, units in [("ttp-province-events", ["all", "Khyber Pakhtunkhwa", "Balochistan", "Sindh", "Punjab"]), ("ttp-national-events", None),
                        ("ttp-national-fatalities", None), ("picss-attacks", None), ("picss-killed", None)]:
        print(table(os.path.join(DIR, name + ".json"), units))
        print()
