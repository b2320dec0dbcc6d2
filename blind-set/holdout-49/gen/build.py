#!/usr/bin/env python3
"""Regenerate the blind-49 set: cases/dh-NN.json, expectations.json and README.md.

Run from anywhere:  python3 gen/build.py
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhirkit import validate  # noqa: E402

MODULES = ["cases_a", "cases_b", "cases_c", "cases_d"]
ORG_NAMES = {
    "mx": "Mexican public hospital",
    "pl": "Polish university hospital",
    "rh": "Rheumatology and autoimmune centre",
    "or": "Orthopaedic and sports-medicine clinic",
}
SEED = 4949


def collect():
    funcs = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError:
            continue
        funcs.extend(mod.CASES)
    return funcs


def main():
    funcs = collect()
    n = len(funcs)
    numbers = list(range(1, n + 1))
    random.Random(SEED).shuffle(numbers)
    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for fn in os.listdir(out_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(out_dir, fn))
    exp, rows, problems = [], [], []
    for func, num in zip(funcs, numbers):
        cid = f"dh-{num:02d}"
        case = func(cid)
        for e in case.entries:
            for p in validate(e["resource"]):
                problems.append(f"{cid} ({func.__name__}): {p}")
        with open(os.path.join(out_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            json.dump(case.bundle(), f, ensure_ascii=False, indent=1)
        m = case.meta
        exp.append({"case": cid, "target": m["target"], "kind": m["kind"], "expected": m["expected"],
                    "why": m["why"]})
        rows.append((cid, m["target"], m["kind"], case.org_key, m["summary"], len(case.entries), func.__name__))
    exp.sort(key=lambda x: x["case"])
    rows.sort()
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, ensure_ascii=False, indent=1)
    write_readme(rows)
    for p in problems:
        print("VALIDATION:", p)
    print(f"built {n} cases; {sum(r[5] for r in rows)} resources; {len(problems)} validation problems")
    return 1 if problems else 0


README_HEAD = """# blind-49: held-out evaluation set (40 synthetic FHIR R4 records)

## How it was written

Written **blind**: the only inputs were the task brief (the eight criteria with their published default
definitions and the second-opinion suppression rule), the FHIR R4 specification, public terminology references
(SNOMED CT, WHO ICD-10 in its Spanish and Polish editions, ICD-10-CM, ICD-9-CM / CIE-9-MC, ICD-9-PL, CPT, LOINC,
RxNorm, ATC, CVX, UCUM, HL7 code systems) and clinical knowledge. No product code, rule, value set or other
evaluation set was read. All people, organisations, identifiers and web addresses are fictitious.

- **Anchor date: 2026-12-01.** History lies before it; planned operations, treatments and admissions after it.
- **Format:** `cases/dh-NN.json` is one FHIR R4 `Bundle` of type `transaction` per patient (PUT entries with
  explicit ids; the Patient id is the case id and every other id starts with it; relative references that all
  resolve inside the bundle; clinical notes are `DocumentReference` resources with base64 `text/plain`
  attachments). `expectations.json` lists, per case, the target criterion, the kind (`positive` / `near-miss`),
  every criterion a careful clinician would say the whole record meets (`expected`) and a short reason.
- **Generator:** `python3 gen/build.py` rebuilds everything (`gen/fhirkit.py` holds the resource helpers and a
  light structural validator; `gen/cases_a.py` … `gen/cases_d.py` hold ten cases each). Case numbers are
  shuffled with a fixed seed so they say nothing about the expectation.
- **Check:** `python3 check.py`.

Each criterion has 3 positives and 2 near misses. Near-miss reasons vary: problem explained by a later
diagnosis, red flag followed up in time, symptoms no longer continuing, procedure already done, minor procedure,
second opinion already on record, "no treatment needed" for a benign finding, treatment completed years ago,
low-dose DMARD rather than chemotherapy, a "No" answer, change below the minimal important difference, treatment
not running, benign primary finding, chronic conditions that are resolved rather than active.
A few records deliberately meet more than one criterion; `expected` says so.

## The four organisations and their styles

1. **Hospital General Regional Valle del Sol** (Mexican public hospital): diagnoses in CIE-10 (WHO ICD-10,
   Spanish displays), procedures in CIE-9-MC, notes in Spanish, sparse structured data (few coded labs, many
   findings only in notes), referral forms ("hoja de referencia") as ServiceRequest + note, medicines as
   text with the national formulary key, IMSS-Bienestar coverage.
2. **Uniwersytecki Szpital Kliniczny im. prof. Adama Wierzbickiego** (Polish university hospital): ICD-10 with
   Polish displays, ICD-9-PL procedure codes, notes and questionnaires in Polish, laboratory results with the
   hospital LIS's local codes only (UCUM units, reference ranges, interpretations), ATC-coded medicines, NFZ
   coverage.
3. **Northlake Center for Rheumatology and Autoimmune Disease** (rheumatology centre): SNOMED CT problem list,
   LOINC serology and monitoring labs, disease-activity scores (DAS28-CRP, BASDAI, ASDAS, BVAS) and HAQ-DI as
   locally coded Observations, capillaroscopy reports, RxNorm-coded DMARD/biologic histories, immunizations.
4. **Summit Orthopaedic and Sports Medicine Clinic** (orthopaedic clinic): ICD-10-CM diagnoses, CPT procedures
   and bookings (ServiceRequest, Appointment), MRI/radiograph reports, physiotherapy plans and sessions, PROMs
   (Oxford hip/knee score, KOOS, ODI as local codes; EQ-5D-5L index with SNOMED CT; pain NRS with LOINC),
   HCPCS supplies, post-visit surveys as QuestionnaireResponses, portal messages as Communications.

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
"""


def write_readme(rows):
    lines = [README_HEAD]
    for cid, target, kind, org, summary, n, _ in rows:
        lines.append(f"| {cid} | {target} | {kind} | [{ORG_NAMES[org]}] {summary} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    sys.exit(main())
