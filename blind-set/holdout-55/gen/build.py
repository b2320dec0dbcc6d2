#!/usr/bin/env python3
"""Regenerate the blind-55 evaluation set: cases/dn-NN.json, expectations.json and README.md.

Run from the set directory or anywhere:  python3 gen/build.py
Case numbers are shuffled with a fixed seed so that they say nothing about the expectation.
"""
import collections
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import fhirkit  # noqa: E402
import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402

ORGS = {"BR": fhirkit.BR, "SG": fhirkit.SG, "UK": fhirkit.UK, "US": fhirkit.US}
ORG_NAMES = {
    "BR": "Hospital Regional Santa Luzia (SUS, Brazil)",
    "SG": "Kallang River General Hospital (public, Singapore)",
    "UK": "St Aldhelm's IBD & Colorectal Surgery Service (NHS, England)",
    "US": "Lakeshore Dermatology & Skin Cancer Center (Ohio, USA)",
}
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)
SEED = 55


def main():
    defs = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES
    keys = [d["key"] for d in defs]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    order = list(range(len(defs)))
    random.Random(SEED).shuffle(order)
    numbering = {defs[i]["key"]: f"dn-{n + 1:02d}" for n, i in enumerate(order)}

    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for fn in os.listdir(out_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(out_dir, fn))

    problems = []
    rows = []
    tally = collections.Counter()
    for d in defs:
        cid = numbering[d["key"]]
        c = fhirkit.Case(cid, ORGS[d["org"]])
        d["build"](c)
        b = c.bundle()
        errs = fhirkit.validate_bundle(b)
        problems += [f"{cid} ({d['key']}): {e}" for e in errs]
        n = len(b["entry"])
        if not 15 <= n <= 60:
            problems.append(f"{cid} ({d['key']}): {n} entries")
        raw = json.dumps(b, ensure_ascii=False, indent=1)
        if BANNED.search(raw):
            problems.append(f"{cid} ({d['key']}): banned word {BANNED.search(raw).group(0)!r}")
        for note in (e["resource"] for e in b["entry"] if e["resource"]["resourceType"] == "DocumentReference"):
            import base64
            txt = base64.b64decode(note["content"][0]["attachment"]["data"]).decode("utf-8")
            if BANNED.search(txt):
                problems.append(f"{cid} ({d['key']}): banned word in note")
        with open(os.path.join(out_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        assert d["target"] in CRITERIA and all(x in CRITERIA for x in d["expected"])
        if d["kind"] == "positive":
            assert d["target"] in d["expected"], d["key"]
        else:
            assert d["target"] not in d["expected"], d["key"]
        tally[(d["target"], d["kind"])] += 1
        rows.append((cid, d, n))

    rows.sort(key=lambda r: r[0])
    exp = {"anchorDate": "2026-12-01",
           "cases": [{"case": cid, "target": d["target"], "kind": d["kind"], "expected": d["expected"], "why": d["why"]}
                     for cid, d, _ in rows]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")

    write_readme(rows)

    for crit in CRITERIA:
        if tally[(crit, "positive")] != 3 or tally[(crit, "near-miss")] != 2:
            problems.append(f"{crit}: {tally[(crit, 'positive')]} positives / {tally[(crit, 'near-miss')]} near misses")
    orgs = collections.Counter(d["org"] for _, d, _ in rows)
    print("cases per organisation:", dict(orgs))
    print("resources per case: min %d max %d total %d" % (min(r[2] for r in rows), max(r[2] for r in rows), sum(r[2] for r in rows)))
    if problems:
        print("PROBLEMS")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"wrote {len(rows)} cases")


def write_readme(rows):
    with open(os.path.join(HERE, "README_head.md"), encoding="utf-8") as f:
        head = f.read()
    lines = [head.rstrip("\n"), "", "## Cases", "",
             "| case | target | kind | summary |", "| --- | --- | --- | --- |"]
    for cid, d, n in rows:
        extra = [x for x in d["expected"] if x != d["target"]]
        summ = f"[{d['org']}] {d['summary']}"
        if extra:
            summ += " (also expected: " + ", ".join(extra) + ")"
        lines.append(f"| {cid} | {d['target']} | {d['kind']} | {summ} |")
    lines.append("")
    per = collections.Counter((d["target"], d["kind"]) for _, d, _ in rows)
    lines += ["## Counts", "", "| criterion | positive | near-miss | cases expecting it |", "| --- | --- | --- | --- |"]
    for crit in CRITERIA:
        exp_n = sum(1 for _, d, _ in rows if crit in d["expected"])
        lines.append(f"| {crit} | {per[(crit, 'positive')]} | {per[(crit, 'near-miss')]} | {exp_n} |")
    lines.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
