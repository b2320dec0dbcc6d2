#!/usr/bin/env python3
"""Regenerate the blind-54 evaluation set: cases/dm-NN.json, expectations.json and README.md.

Case numbers are assigned by a seeded shuffle so that they say nothing about the expectation.
Run from anywhere:  python3 gen/build.py
"""
import importlib
import json
import os
import random
import re
import sys
import base64

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhirkit import validate  # noqa: E402

MODULES = ["cases_a", "cases_b", "cases_c", "cases_d"]
SEED = 540054
ANCHOR = "2026-12-01"
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
# stricter than check.py: also catch inflected forms
BANNED = re.compile(r"\btest\w*|scenario|blind|near[ -]?miss", re.I)


def main():
    fns = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            print(f"(module {m} not written yet)")
            continue
        for fn in mod.CASES:
            fns.append((m, fn))
    order = list(range(len(fns)))
    random.Random(SEED).shuffle(order)
    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(out_dir, f))
    rows = []
    problems = []
    for slot, idx in enumerate(order, start=1):
        mod, fn = fns[idx]
        cid = f"dm-{slot:02d}"
        case, meta = fn(cid)
        bundle = case.bundle()
        for p in validate(bundle):
            problems.append(f"{cid} ({fn.__name__}): {p}")
        raw = json.dumps(bundle, ensure_ascii=False, indent=1)
        for m in BANNED.finditer(raw):
            problems.append(f"{cid} ({fn.__name__}): banned word {m.group(0)!r}")
        for e in bundle["entry"]:
            r = e["resource"]
            if r["resourceType"] == "DocumentReference":
                t = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8")
                for m in BANNED.finditer(t):
                    problems.append(f"{cid} ({fn.__name__}): banned word in note {m.group(0)!r}")
        n = len(bundle["entry"])
        if not 15 <= n <= 60:
            problems.append(f"{cid} ({fn.__name__}): {n} entries")
        for k in meta["expected"]:
            assert k in CRITERIA, k
        assert meta["target"] in CRITERIA
        with open(os.path.join(out_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        rows.append({"case": cid, "target": meta["target"], "kind": meta["kind"],
                     "expected": [k for k in CRITERIA if k in meta["expected"]], "why": meta["why"],
                     "_summary": meta["summary"], "_org": case.org_key, "_fn": fn.__name__, "_n": n})
    exp = {"anchorDate": ANCHOR,
           "cases": [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "case_index.json"), "w", encoding="utf-8") as f:
        json.dump(rows, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "README.template.md"), encoding="utf-8") as f:
        tmpl = f.read()
    table = "\n".join(f"| {r['case']} | {r['target']} | {r['kind']} | {r['_summary']} (org {r['_org']}) |"
                      for r in sorted(rows, key=lambda r: r["case"]))
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        rng = f"{min(r['_n'] for r in rows)}-{max(r['_n'] for r in rows)}"
        f.write(tmpl.replace("{TABLE}", table).replace("{RANGE}", rng))
    for p in problems:
        print("PROBLEM", p)
    print(f"wrote {len(rows)} cases, {sum(r['_n'] for r in rows)} resources; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
