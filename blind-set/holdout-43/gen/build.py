#!/usr/bin/env python3
"""Regenerate the blind-43 evaluation set: cases/db-NN.json, expectations.json, README.md table."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from fhirkit import Case  # noqa: E402
import cases_a  # noqa: E402,F401
import cases_b  # noqa: E402,F401
from cases_a import SPEC  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "cases")
ORGNAME = {"IT": "Italian regional hospital", "CARD": "US cardiology / cardiac surgery", "PED": "Paediatric tertiary hospital",
           "TELE": "Telehealth primary care"}


def main():
    assert len(SPEC) == 40, len(SPEC)
    nums = list(range(1, 41))
    random.Random(20261201).shuffle(nums)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    exp = []
    for spec, n in zip(SPEC, nums):
        cid = f"db-{n:02d}"
        c = Case(cid, spec["org"])
        spec["fn"](c)
        with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(c.bundle(), fh, ensure_ascii=False, indent=1)
        exp.append(dict(case=cid, target=spec["target"], kind=spec["kind"], expected=spec["expected"], why=spec["why"],
                        org=spec["org"], summary=spec["summary"], n=len(c.entries)))
    exp.sort(key=lambda e: e["case"])
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as fh:
        json.dump({"anchorDate": "2026-12-01",
                   "cases": [{k: e[k] for k in ("case", "target", "kind", "expected", "why")} for e in exp]},
                  fh, ensure_ascii=False, indent=1)
    rows = "\n".join(f"| {e['case']} | {e['target']} | {e['kind']} | {ORGNAME[e['org']]}: {e['summary']} |" for e in exp)
    tmpl = open(os.path.join(HERE, "README.template.md"), encoding="utf-8").read()
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(tmpl.replace("{{TABLE}}", rows))
    for e in exp:
        print(e["case"], e["org"], e["target"], e["kind"], e["n"])


if __name__ == "__main__":
    main()
