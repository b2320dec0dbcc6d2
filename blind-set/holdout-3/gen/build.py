#!/usr/bin/env python3
"""Generate cases/bm-XX.json, expectations.json and the README case table."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_psnw, cases_dsm, cases_mpp, cases_up, cases_hit, cases_prc, cases_wdt, cases_roc

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALL = []
for m in (cases_psnw, cases_dsm, cases_mpp, cases_up, cases_hit, cases_prc, cases_wdt, cases_roc):
    ALL.extend(m.CASES)
assert len(ALL) == 40
order = list(ALL)
random.Random(20261201).shuffle(order)

os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
exp = {"anchorDate": "2026-12-01", "cases": []}
rows = []
for i, fn in enumerate(order, 1):
    cid = f"bm-{i:02d}"
    c, meta = fn(cid)
    with open(os.path.join(HERE, "cases", f"{cid}.json"), "w") as f:
        json.dump(c.bundle(), f, indent=2, ensure_ascii=False)
        f.write("\n")
    exp["cases"].append({"case": cid, "target": meta["target"], "kind": meta["kind"], "expected": meta["expected"], "why": meta["why"]})
    rows.append((cid, meta["target"], meta["kind"], meta["summary"], len(c.entries), fn.__name__))
with open(os.path.join(HERE, "expectations.json"), "w") as f:
    json.dump(exp, f, indent=2, ensure_ascii=False)
    f.write("\n")
with open(os.path.join(HERE, "gen", "case_table.md"), "w") as f:
    f.write("| case | target | kind | summary |\n| --- | --- | --- | --- |\n")
    for cid, t, k, s, n, _ in rows:
        f.write(f"| {cid} | `{t}` | {k} | {s} |\n")
for r in rows:
    print(r[0], r[1][:12], r[2], r[4], r[5])
