#!/usr/bin/env python3
"""Regenerate the blind-48 evaluation set: cases/dg-NN.json, expectations.json and README.md.

Run from anywhere:  python3 gen/build.py
Case content lives in cases_a.py (US Veterans health system), cases_b.py (Swiss cantonal hospital),
cases_c.py (heart failure and cardiology clinic) and cases_d.py (adolescent and young-adult transition
clinic).  Case numbers are shuffled with a fixed seed so that they say nothing about the expectation.
"""
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhirkit import ANCHOR, Case  # noqa: E402
import validate  # noqa: E402

CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
SEED = 4848
MODULES = ["cases_a", "cases_b", "cases_c", "cases_d"]
ORG_NAMES = {"va": "US Veterans health system", "ch": "Swiss cantonal hospital",
             "hf": "Heart failure & cardiology clinic", "aya": "AYA transition clinic"}

README_HEAD = """# blind-48: held-out evaluation set (40 synthetic FHIR R4 patient records)

## How it was written

Written **blind**: the only inputs were the task brief (the eight criteria with their published default
definitions, the suppression rule and the format), the FHIR R4 specification and public terminology
references (SNOMED CT, ICD-10-GM, ICD-10-CM, CHOP, CPT, HCPCS, LOINC and LOINC answer lists, RxNorm, ATC,
UCUM, Orphanet, HL7 code systems) and clinical knowledge.  No rules, value sets, cases or code of the
product were read.  Every patient, organisation, clinician and identifier is fictitious.

For each criterion there are 3 positives (a careful clinician would say the criterion is met) and 2 near
misses (similar-looking records that do not meet it for a clinically sound reason).  `expected` lists every
criterion a careful clinician would say the whole record meets; extra criteria beyond the target are rare
and deliberate (see the `why` of each case in `expectations.json`).

* **Anchor date: 2026-12-01.**  History lies before it; planned operations, treatments and admissions after.
* A flag is taken as suppressed when a second opinion on the same problem is on record within the 12 months
  before the anchor date.
* Minimal clinically important differences used when judging trends: PHQ-9 5 points, HbA1c 0.5 %-points,
  KCCQ 5 points, Harvey-Bradshaw Index 3 points, Asthma Control score (ACT) 3 points, pain NRS 2 points,
  eGFR a sustained fall of about 30 % (or > 5 mL/min/1.73 m2 per year), DLQI 4 points.

## Format

* `cases/dg-NN.json` (dg-01 ... dg-40): one FHIR R4 `Bundle` of type `transaction` per patient, 15-60
  entries.  Each entry has a `fullUrl` on the originating organisation's FHIR base, a resource with an
  explicit id and `request: PUT <Type>/<id>`.  The Patient id is the case id, every other id starts with it.
  References are relative and resolve inside the bundle.  Clinical notes are `DocumentReference`s with
  base64 `text/plain` (UTF-8) attachments.
* `expectations.json`: `{"anchorDate", "cases": [{"case", "target", "kind", "expected", "why"}]}`.
* `gen/`: the generator.  `python3 gen/build.py` rewrites `cases/`, `expectations.json` and this README and
  validates every resource (`gen/validate.py`: the official FHIR R4 JSON schema when available, see the
  module docstring, plus hand-written checks of cardinalities, integers, invariants and reference target
  types).  `python3 check.py` checks the structure of the set.
* Case numbers are shuffled with a fixed seed (4848).

## The organisations and their styles

1. **Kantonsspital Alpenrhein-Jura** (Swiss cantonal hospital; base `https://fhir.kaj-spital.example/r4`):
   three sites, Brunnegg (German notes), Montvernier (French) and Valmaggiore (Italian).  Diagnoses in
   ICD-10-GM (`http://fhir.de/CodeSystem/bfarm/icd-10-gm`), procedures in CHOP
   (`urn:oid:2.16.756.5.30.1.126.3.1`), medication in ATC, labs in SI units with LOINC, discharge summaries
   with SwissDRG grouping, some local codes; health insurers as payors.
2. **VA Northern Prairie Health Care System** (US Veterans health system; base `https://fhir.vanph.example/r4`):
   ICD-10-CM problem lists, CPT and HCPCS procedures, RxNorm medication, VA-style progress notes with
   templated headings (LOCAL TITLE / STANDARD TITLE / CC / HPI / A/P), PTSD/TBI screening
   questionnaires, Community Care (CCN) referrals, VA as payor (SOPT 32).
3. **Lakeshore Heart Failure & Cardiology Clinic** (base `https://fhir.lakeshore-heart.example/fhir/R4`):
   SNOMED CT and ICD-10-CM, CPT, LOINC, RxNorm, echocardiography DiagnosticReports, NYHA class and KCCQ-12
   scores as local-coded observations, NT-proBNP trends, device and valve planning.
4. **Harbourview Adolescent & Young-Adult Transition Clinic** (base `https://ehr.harbourview-aya.example/fhir`):
   paediatric records handed over to adult care (SNOMED CT, ICD-10-CM, free-text medication), parents' and
   patients' questionnaires, school and college absence notes, rheumatology/IBD/congenital/respiratory
   conditions.

## Coding notes

* CHOP procedure codes are given at the four-character level inherited from ICD-9-CM volume 3 (e.g. 45.76,
  81.51), without the catalogue's "Z" prefix; ICD-10-GM codes use the 2026 version with the site's language
  for the display.
* Instruments without a LOINC code the author was sure of (KCCQ-12 summary, NYHA class, Harvey-Bradshaw Index,
  ACT, PASI, DLQI, PC-PTSD-5, SLUMS, echo measurements, PI-RADS) carry organisation-local codes with a display.
* Some medications are text-only concepts, as in the source systems.

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
"""


def load_cases():
    cases = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        cases += mod.CASES
    return cases


def main():
    cases = load_cases()
    keys = [c["key"] for c in cases]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    cases.sort(key=lambda c: c["key"])
    rng = random.Random(SEED)
    rng.shuffle(cases)
    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for f in os.listdir(out_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(out_dir, f))
    exp = {"anchorDate": ANCHOR, "cases": []}
    rows = []
    all_errors = []
    if not validate.schema_available():
        print("note: FHIR R4 JSON schema not found; only the hand-written checks run")
    for i, case in enumerate(cases, 1):
        cid = f"dg-{i:02d}"
        c = Case(cid, case["org"], case.get("site"))
        case["build"](c)
        b = c.bundle()
        errs = validate.validate_bundle(b)
        n = len(b["entry"])
        if not 15 <= n <= 60:
            errs.append(f"{n} entries")
        all_errors += [f"{cid} ({case['key']}): {e}" for e in errs]
        with open(os.path.join(out_dir, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(b, f, indent=2, ensure_ascii=False)
            f.write("\n")
        for x in case["expected"]:
            assert x in CRITERIA, x
        if case["kind"] == "positive":
            assert case["target"] in case["expected"], case["key"]
        else:
            assert case["target"] not in case["expected"], case["key"]
        exp["cases"].append({"case": cid, "target": case["target"], "kind": case["kind"],
                             "expected": case["expected"], "why": case["why"]})
        org = ORG_NAMES[case["org"]] + (f" ({case['site']})" if case.get("site") else "")
        rows.append(f"| {cid} | {case['target']} | {case['kind']} | {org}: {case['summary']} |")
        print(f"{cid}  {case['key']:<8} {n:>3} entries  {case['target']:<34} {case['kind']}")
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + "\n".join(rows) + "\n")
    if all_errors:
        print("VALIDATION ERRORS:")
        for e in all_errors:
            print(" -", e)
        sys.exit(1)
    print(f"{len(cases)} cases written, all resources valid")


if __name__ == "__main__":
    main()
