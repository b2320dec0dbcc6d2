#!/usr/bin/env python3
"""Regenerate <this set>/cases/*.json, expectations.json and the README case table."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import fhirlib  # noqa: E402
import cases1  # noqa: E402,F401
import cases2  # noqa: E402,F401

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "cases")
SEED = 3401


def main():
    regs = list(fhirlib.REG)
    assert len(regs) == 40, len(regs)
    nums = list(range(1, 41))
    random.Random(SEED).shuffle(nums)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for reg, n in zip(regs, nums):
        cid = f"cs-{n:02d}"
        b = fhirlib.Case(cid, reg["org"])
        reg["fn"](b)
        with open(os.path.join(OUT, cid + ".json"), "w") as fh:
            json.dump(b.bundle(), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        rows.append(dict(case=cid, target=reg["target"], kind=reg["kind"], expected=reg["expected"], why=reg["why"],
                         org=reg["org"], summary=reg["summary"], n=len(b.entries)))
    rows.sort(key=lambda r: r["case"])
    exp = {"anchorDate": "2026-12-01",
           "cases": [{k: r[k] for k in ("case", "target", "kind", "expected", "why")} for r in rows]}
    with open(os.path.join(ROOT, "expectations.json"), "w") as fh:
        json.dump(exp, fh, indent=2)
        fh.write("\n")
    orgn = {"C": "cancer centre", "B": "behavioural health", "O": "obstetrics/gynaecology", "S": "skilled nursing"}
    table = ["| case | target | kind | summary |", "| --- | --- | --- | --- |"]
    for r in rows:
        extra = [e for e in r["expected"] if e != r["target"]]
        s = f"{r['summary']} ({orgn[r['org']]}, {r['n']} resources" + (f"; also {', '.join(extra)}" if extra else "") + ")"
        table.append(f"| {r['case']} | {r['target']} | {r['kind']} | {s} |")
    readme = os.path.join(ROOT, "README.md")
    head = open(os.path.join(HERE, "README.head.md")).read()
    with open(readme, "w") as fh:
        fh.write(head.rstrip() + "\n\n" + "\n".join(table) + "\n")
    print(f"wrote {len(rows)} cases; resources per case {min(r['n'] for r in rows)}-{max(r['n'] for r in rows)}")


if __name__ == "__main__":
    main()
