#!/usr/bin/env python3
"""Generate /work/blind-7/cases/br-XX.json, expectations.json and the README case table."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import importlib

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULES = ["c_psn", "c_dsm", "c_mpp", "c_unt", "c_hit", "c_prc", "c_wdt", "c_roc"]

allcases = []
for m in MODULES:
    try:
        mod = importlib.import_module(m)
    except ModuleNotFoundError:
        continue
    allcases.extend(mod.CASES)

order = list(range(len(allcases)))
random.Random(20261201).shuffle(order)
os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
exp = []
rows = []
for num, idx in enumerate(order, start=1):
    target, kind, fn, expected, why, summary = allcases[idx]
    cid = f"br-{num:02d}"
    rec = fn(cid)
    with open(os.path.join(HERE, "cases", cid + ".json"), "w") as f:
        json.dump(rec.bundle(), f, indent=2)
    exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
    rows.append((cid, target, kind, summary, len(rec.entries), fn.__name__))
with open(os.path.join(HERE, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=2)
with open(os.path.join(HERE, "gen", "case_table.md"), "w") as f:
    f.write("| case | target | kind | summary |\n| --- | --- | --- | --- |\n")
    for cid, t, k, s, n, _ in rows:
        f.write(f"| {cid} | `{t}` | {k} | {s} |\n")
for row in rows:
    print(row[0], row[5], row[2], row[4])
