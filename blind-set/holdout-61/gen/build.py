#!/usr/bin/env python3
"""Regenerate cases/dt-NN.json and expectations.json from the case modules.

Case numbers are assigned by a seeded shuffle so that they say nothing about target or kind.
Run: python3 gen/build.py
"""
import json
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

from fhirkit import ORGS, Rec  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402

SEED = 6120261201


def main():
    cases = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES
    keys = [c["key"] for c in cases]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    numbers = list(range(1, len(cases) + 1))
    random.Random(SEED).shuffle(numbers)
    out_dir = os.path.join(ROOT, "cases")
    if os.path.isdir(out_dir):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir)
    exp = []
    for c, n in zip(cases, numbers):
        cid = f"dt-{n:02d}"
        rec = Rec(cid, ORGS[c["org"]])
        c["fn"](rec)
        with open(os.path.join(out_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            json.dump(rec.bundle(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        c["cid"] = cid
        c["n_resources"] = len(rec.entries)
        exp.append({"case": cid, "target": c["target"], "kind": c["kind"], "expected": c["expected"],
                    "why": c["why"]})
    exp.sort(key=lambda e: e["case"])
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # summary table for the README (between the table markers)
    rows = sorted(cases, key=lambda c: c["cid"])
    table = ["| case | target | kind | summary |", "| --- | --- | --- | --- |"]
    for c in rows:
        table.append(f"| {c['cid']} | {c['target']} | {c['kind']} | [{c['org']}] {c['summary']} |")
    readme = os.path.join(ROOT, "README.md")
    if os.path.exists(readme):
        txt = open(readme, encoding="utf-8").read()
        start, end = "<!-- table:start -->", "<!-- table:end -->"
        if start in txt and end in txt:
            pre = txt.split(start)[0]
            post = txt.split(end)[1]
            txt = pre + start + "\n" + "\n".join(table) + "\n" + end + post
            with open(readme, "w", encoding="utf-8") as f:
                f.write(txt)
    for c in rows:
        print(c["cid"], c["n_resources"], c["org"], c["target"], c["kind"], c["key"])


if __name__ == "__main__":
    main()
