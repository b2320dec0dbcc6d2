#!/usr/bin/env python3
"""Regenerate every case bundle, expectations.json and the README case table.

Run from anywhere:  python3 gen/build.py
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import fhirkit  # noqa: E402

MODULES = ["cases_a", "cases_b", "cases_c", "cases_d"]
SEED = 5202
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)


def load_cases():
    cases = []
    for m in MODULES:
        if os.path.exists(os.path.join(HERE, m + ".py")):
            mod = __import__(m)
            cases.extend(mod.CASES)
    return cases


def main():
    cases = load_cases()
    keys = [c["key"] for c in cases]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    order = sorted(keys)
    rnd = random.Random(SEED)
    numbers = list(range(1, len(order) + 1))
    rnd.shuffle(numbers)
    number_of = dict(zip(order, numbers))

    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for fn in os.listdir(out_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(out_dir, fn))

    problems = []
    exp_rows = []
    for c in sorted(cases, key=lambda c: number_of[c["key"]]):
        cid = f"dk-{number_of[c['key']]:02d}"
        rec = c["build"](cid)
        bundle = rec.bundle()
        errs = fhirkit.validate_bundle(bundle)
        problems.extend(f"{cid} ({c['key']}): {e}" for e in errs)
        raw = json.dumps(bundle, ensure_ascii=False, indent=1)
        if BANNED.search(raw):
            problems.append(f"{cid} ({c['key']}): banned word {BANNED.search(raw).group(0)!r}")
        for e in bundle["entry"]:
            r = e["resource"]
            if r["resourceType"] == "DocumentReference":
                import base64
                t = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8")
                m = BANNED.search(t)
                if m:
                    problems.append(f"{cid} ({c['key']}): banned word in note {m.group(0)!r}")
        n = len(bundle["entry"])
        if not 15 <= n <= 60:
            problems.append(f"{cid} ({c['key']}): {n} entries")
        with open(os.path.join(out_dir, cid + ".json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        assert c["kind"] in ("positive", "near-miss")
        if c["kind"] == "positive":
            assert c["target"] in c["expected"], c["key"]
        else:
            assert c["target"] not in c["expected"], c["key"]
        exp_rows.append({"case": cid, "target": c["target"], "kind": c["kind"], "expected": c["expected"],
                         "why": c["why"], "_org": c["org"], "_summary": c["summary"], "_n": n, "_key": c["key"]})

    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": fhirkit.ANCHOR,
                   "cases": [{k: v for k, v in r.items() if not k.startswith("_")} for r in exp_rows]},
                  f, ensure_ascii=False, indent=2)
        f.write("\n")

    readme_head = open(os.path.join(HERE, "README_head.md"), encoding="utf-8").read() \
        if os.path.exists(os.path.join(HERE, "README_head.md")) else "# blind-52\n"
    orgname = {"IL": "Israeli HMO", "CZ": "Czech university hospital", "ED": "ED / acute medical unit",
               "WH": "Women's health & maternity"}
    lines = [readme_head.rstrip("\n"), "", "## Cases", "",
             "| case | target | kind | summary |", "| --- | --- | --- | --- |"]
    for r in exp_rows:
        extra = [e for e in r["expected"] if e != r["target"]]
        extra_s = f"; also expected: {', '.join(extra)}" if extra else ""
        lines.append(f"| {r['case']} | {r['target']} | {r['kind']} | {orgname[r['_org']]}: {r['_summary']}{extra_s} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")

    for r in exp_rows:
        print(f"{r['case']}  {r['_org']}  {r['_n']:3d}  {r['kind']:9s} {r['target']:34s} {r['_key']}  {r['expected']}")
    if problems:
        print("\nPROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"\nbuilt {len(exp_rows)} cases, no validation problems")


if __name__ == "__main__":
    main()
