#!/usr/bin/env python3
"""Regenerate the blind-50 set: python3 gen/build.py (from the set directory or anywhere)."""
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhirkit import Case, ANCHOR  # noqa: E402
from fhirvalid import validate_bundle  # noqa: E402

CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
ORG_NAMES = {
    "TR": "Turkish university hospital",
    "CN": "Chinese tertiary (grade-A) hospital",
    "PO": "Paediatric oncology and haematology unit",
    "CL": "Consultation-liaison psychiatry and neuropsychiatry service",
}
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)
# elements where a date after the anchor is expected (plans, bookings)
FUTURE_OK = ("occurrenceDateTime", "occurrencePeriod", "scheduledPeriod", "scheduledString", "period.end",
             "Procedure.preparation", "Encounter.planned")
SEED = 5017


def load_cases():
    cases = []
    for mod in ("cases_a", "cases_b", "cases_c", "cases_d"):
        try:
            m = importlib.import_module(mod)
        except ModuleNotFoundError as e:
            if e.name == mod:
                continue
            raise
        cases.extend(m.CASES)
    return cases


def future_dates(res):
    """Dates after the anchor outside plan-like elements."""
    out = []

    def walk(node, path):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, path + [k])
        elif isinstance(node, list):
            for x in node:
                walk(x, path)
        elif isinstance(node, str) and re.match(r"^\d{4}-\d{2}-\d{2}", node) and node[:10] > ANCHOR:
            p = ".".join(path)
            if any(f in p for f in ("occurrence", "scheduled")):
                return
            if res["resourceType"] == "Encounter" and res.get("status") == "planned":
                return
            if res["resourceType"] in ("CarePlan", "Coverage", "Flag") and "period" in p:
                return
            out.append(f"{res['resourceType']}/{res['id']} {p}={node}")
    walk(res, [])
    return out


def main():
    cases = load_cases()
    keys = [c["key"] for c in cases]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    rng = random.Random(SEED)
    order = list(range(len(cases)))
    rng.shuffle(order)
    os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
    for f in os.listdir(os.path.join(ROOT, "cases")):
        if f.endswith(".json"):
            os.remove(os.path.join(ROOT, "cases", f))
    exp = []
    rows = []
    problems = []
    for n, idx in enumerate(order, start=1):
        c = cases[idx]
        cid = f"di-{n:02d}"
        b = Case(cid, c["org"])
        c["build"](b)
        bundle = b.bundle()
        errs = validate_bundle(bundle)
        if errs:
            problems.extend(f"{cid} ({c['key']}): {e}" for e in errs)
        ne = len(bundle["entry"])
        if not 15 <= ne <= 60:
            problems.append(f"{cid} ({c['key']}): {ne} entries")
        raw = json.dumps(bundle, ensure_ascii=False, indent=1)
        if BANNED.search(raw):
            problems.append(f"{cid} ({c['key']}): banned word {BANNED.search(raw).group(0)!r}")
        for e in bundle["entry"]:
            for fd in future_dates(e["resource"]):
                problems.append(f"{cid} ({c['key']}): date after anchor: {fd}")
        if c["kind"] == "positive":
            assert c["target"] in c["expected"], c["key"]
        else:
            assert c["target"] not in c["expected"], c["key"]
        assert all(x in CRITERIA for x in c["expected"]), c["key"]
        with open(os.path.join(ROOT, "cases", cid + ".json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        exp.append({"case": cid, "target": c["target"], "kind": c["kind"], "expected": c["expected"],
                    "why": c["why"]})
        rows.append((cid, c, ne))
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": ANCHOR, "cases": exp}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(rows)
    tally = {}
    for c in cases:
        tally.setdefault(c["target"], [0, 0])[0 if c["kind"] == "positive" else 1] += 1
    print(f"{len(cases)} cases written")
    for k in CRITERIA:
        print(f"  {k:36s} {tally.get(k, [0, 0])}")
    by_org = {}
    for c in cases:
        by_org[c["org"]] = by_org.get(c["org"], 0) + 1
    print("  by organisation:", by_org)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print("  -", p)
        sys.exit(1)


def write_readme(rows):
    head = open(os.path.join(HERE, "readme_head.md"), encoding="utf-8").read() if os.path.exists(
        os.path.join(HERE, "readme_head.md")) else "# blind-50\n"
    lines = [head.rstrip(), "", "## Cases", "",
             "Summaries start with the organisation code; the full expectation (every criterion met) is in expectations.json.", "",
             "| case | target | kind | summary |",
             "| --- | --- | --- | --- |"]
    for cid, c, ne in rows:
        extra = [x for x in c["expected"] if x != c["target"]]
        also = f" (also expected: {', '.join(extra)})" if extra else ""
        lines.append(f"| {cid} | {c['target']} | {c['kind']} | [{c['org']}] {c['summary']}{also} |")
    tally = {}
    for cid, c, ne in rows:
        tally.setdefault((c["target"], c["org"]), []).append(c["kind"][0].upper())
    lines += ["", "## Counts", "", "| criterion | positives | near misses | organisations (P = positive, N = near miss) |",
              "| --- | --- | --- | --- |"]
    for k in CRITERIA:
        pos = sum(1 for _, c, _n in rows if c["target"] == k and c["kind"] == "positive")
        nm = sum(1 for _, c, _n in rows if c["target"] == k and c["kind"] == "near-miss")
        orgs = ", ".join(f"{o} {''.join(sorted(tally[(k, o)], reverse=True))}" for o in ("TR", "CN", "PO", "CL") if (k, o) in tally)
        lines.append(f"| {k} | {pos} | {nm} | {orgs} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
