#!/usr/bin/env python3
"""Generate the blind-45 evaluation set: 40 synthetic FHIR R4 transaction bundles, expectations.json and README.md.

Run:  python3 gen/build.py      (helpers in gen/fhirkit.py; cases in gen/cases_a.py ... cases_d.py, collected by gen/cases.py)
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fhirkit import ANCHOR, ORGS, B, HERE, ROOT  # noqa: E402
from cases import CASES  # noqa: E402


def main():
    keys = list(CASES.keys())
    rng = random.Random(45)
    nums = list(range(1, len(keys) + 1))
    rng.shuffle(nums)
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "cases")):
        if f.endswith(".json"):
            os.remove(os.path.join(ROOT, "cases", f))
    exp, rows = [], []
    for key, num in sorted(zip(keys, nums), key=lambda x: x[1]):
        fn, org, target, kind, expected, why, summary = CASES[key]
        cid = f"dd-{num:02d}"
        b = B(cid, org)
        fn(b)
        with open(os.path.join(ROOT, "cases", cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(b.bundle(), f, ensure_ascii=False, indent=1)
        exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
        rows.append(f"| {cid} | {target} | {kind} | {ORGS[org]['short']}: {summary} |")
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": ANCHOR, "cases": exp}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tpl = f.read()
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(tpl.replace("{{TABLE}}", "\n".join(rows)))
    print(f"wrote {len(exp)} cases")


if __name__ == "__main__":
    main()
