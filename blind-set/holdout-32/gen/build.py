#!/usr/bin/env python3
"""Regenerates <this set>/cases/cq-NN.json, expectations.json and the README case table.

Run from anywhere:  python3 gen/build.py
Case numbers are shuffled with a fixed seed so that they say nothing about the expectation.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import cases_epic, cases_ed, cases_rheum, cases_peds  # noqa: E402

ORG_LABEL = {"epic": "academic centre", "ed": "ED/urgent-care network", "rheum": "rheumatology/infusion",
             "peds": "children's hospital"}
STRICT = re.compile(r"\btest|scenario|blind|near[ -]?miss", re.I)


def main():
    cases = []
    for mod, org in ((cases_epic, "epic"), (cases_ed, "ed"), (cases_rheum, "rheum"), (cases_peds, "peds")):
        for cdef in mod.CASES:
            cdef = dict(cdef)
            cdef["org"] = org
            cases.append(cdef)
    assert len(cases) == 40, len(cases)
    order = list(range(40))
    random.Random(3217).shuffle(order)
    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(out_dir, f))
    exp, rows = [], []
    for n, idx in enumerate(order, 1):
        cdef = cases[idx]
        cid = f"cq-{n:02d}"
        c = cdef["build"](cid)
        b = c.bundle()
        raw = json.dumps(b, indent=2, ensure_ascii=False)
        m = STRICT.search(raw)
        assert not m, (cid, cdef["build"].__name__, raw[max(0, m.start() - 80):m.end() + 40])
        n_ent = len(b["entry"])
        assert 15 <= n_ent <= 60, (cid, cdef["build"].__name__, n_ent)
        with open(os.path.join(out_dir, f"{cid}.json"), "w") as f:
            f.write(raw + "\n")
        exp.append({"case": cid, "target": cdef["target"], "kind": cdef["kind"], "expected": cdef["expected"],
                    "why": cdef["why"]})
        rows.append((cid, cdef["target"], cdef["kind"], f"[{ORG_LABEL[cdef['org']]}] {cdef['summary']}", n_ent,
                     cdef["build"].__name__))
    with open(os.path.join(ROOT, "expectations.json"), "w") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=2)
        f.write("\n")
    # README case table between markers
    readme = os.path.join(ROOT, "README.md")
    table = ["| case | target | kind | summary |", "| --- | --- | --- | --- |"]
    for cid, t, k, s, _, _ in rows:
        table.append(f"| {cid} | {t} | {k} | {s} |")
    tbl = "\n".join(table)
    if os.path.exists(readme):
        txt = open(readme).read()
        txt = re.sub(r"<!-- cases -->.*<!-- /cases -->", "<!-- cases -->\n" + tbl.replace("\\", "\\\\") +
                     "\n<!-- /cases -->", txt, flags=re.S)
        open(readme, "w").write(txt)
    for cid, t, k, s, n_ent, fn in rows:
        print(f"{cid} {n_ent:3d} {t:35s} {k:9s} {fn}")


if __name__ == "__main__":
    main()
