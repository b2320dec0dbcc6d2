#!/usr/bin/env python3
"""Regenerate the evaluation set: cases/do-NN.json, expectations.json and README.md.

    python3 gen/build.py

Case numbers are shuffled with a fixed seed so that they say nothing about the expectation.
Every resource is run through gen/fhircheck.py; the build stops on any problem.
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
import cases_a  # noqa: E402,F401
import cases_b  # noqa: E402,F401
import cases_c  # noqa: E402,F401
import cases_d  # noqa: E402,F401
from fhircheck import check_resource  # noqa: E402

ANCHOR = "2026-12-01"
SEED = 5601
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)
ORG_LABEL = {"AT": "Austrian regional hospital", "AE": "UAE hospital", "BAR": "Bariatric programme",
             "SCI": "Spinal cord injury unit"}


def main():
    reg = list(fhirkit.REGISTRY)
    if len(reg) != 40:
        sys.exit(f"expected 40 registered cases, found {len(reg)}")
    names = [c["name"] for c in reg]
    if len(set(names)) != len(names):
        sys.exit("duplicate case function names")
    numbers = list(range(1, 41))
    random.Random(SEED).shuffle(numbers)
    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for fn in os.listdir(out_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(out_dir, fn))

    problems = []
    rows = []
    for c, n in zip(reg, numbers):
        cid = f"do-{n:02d}"
        rec = c["fn"](cid)
        bundle = rec.bundle()
        entries = bundle["entry"]
        if not 15 <= len(entries) <= 60:
            problems.append(f"{cid} ({c['name']}): {len(entries)} entries")
        for e in entries:
            for p in check_resource(e["resource"]):
                problems.append(f"{cid} ({c['name']}): {p}")
        raw = json.dumps(bundle, ensure_ascii=False, indent=1)
        m = BANNED.search(raw)
        if m:
            problems.append(f"{cid} ({c['name']}): banned word {m.group(0)!r} near {raw[max(0, m.start() - 60):m.end() + 20]!r}")
        # later than anchor only for planned things: flag finished encounters or completed events after the anchor
        for e in entries:
            r = e["resource"]
            for key in ("effectiveDateTime", "performedDateTime", "recordedDate", "onsetDateTime", "authored", "sent", "date", "issued"):
                v = r.get(key)
                if isinstance(v, str) and v[:10] > ANCHOR:
                    problems.append(f"{cid} ({c['name']}): {r['resourceType']}/{r['id']} {key} {v} after anchor")
            if r["resourceType"] == "Encounter" and r["status"] != "planned" and r["period"]["start"][:10] > ANCHOR:
                problems.append(f"{cid} ({c['name']}): Encounter {r['id']} after anchor but not planned")
        with open(os.path.join(out_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        rows.append({"case": cid, "target": c["target"], "kind": c["kind"], "expected": c["expected"], "why": c["why"],
                     "summary": c["summary"], "org": c["org"], "n": len(entries), "name": c["name"]})

    tally = collections.Counter((r["target"], r["kind"]) for r in rows)
    for crit in CRITERIA:
        if tally[(crit, "positive")] != 3 or tally[(crit, "near-miss")] != 2:
            problems.append(f"{crit}: {tally[(crit, 'positive')]} positives / {tally[(crit, 'near-miss')]} near misses")
    for r in rows:
        if r["kind"] == "positive" and r["target"] not in r["expected"]:
            problems.append(f"{r['case']}: positive without its target in expected")
        if r["kind"] == "near-miss" and r["target"] in r["expected"]:
            problems.append(f"{r['case']}: near miss with its target in expected")
        if any(x not in CRITERIA for x in r["expected"]):
            problems.append(f"{r['case']}: unknown code in expected")

    rows.sort(key=lambda r: r["case"])
    exp = {"anchorDate": ANCHOR,
           "cases": [{"case": r["case"], "target": r["target"], "kind": r["kind"],
                      "expected": [x for x in CRITERIA if x in r["expected"]], "why": r["why"]} for r in rows]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_readme(rows)

    org_tally = collections.Counter(r["org"] for r in rows)
    print(f"wrote {len(rows)} cases; entries per case {min(r['n'] for r in rows)}-{max(r['n'] for r in rows)}; "
          f"organisations {dict(org_tally)}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)


README_HEAD = """# Evaluation set blind-56: 40 synthetic FHIR R4 patient records

## How it was written

This is a held-out evaluation set for a decision-support product that reads FHIR R4 records and flags patients
whose case warrants a second medical opinion. It was written **blind**: the only inputs were the task brief (the eight
criteria with their published default definitions, the organisations and the format), the FHIR R4 specification,
public terminology references (SNOMED CT, ICD-10 BMSGPK / ICD-10-CM / WHO ICD-10, CPT, LOINC, RxNorm, ATC, UCUM,
CVX, HL7 code systems) and clinical knowledge. No part of the product, its rules, its own records or any other
evaluation set was read.

Every record is synthetic: names, identifiers, organisations and addresses are invented (`example` domains). Each
case is one of the eight criteria's **3 positives** (a careful clinician would say the criterion is met) or **2 near
misses** (similar-looking records where it is not met for a stated clinical reason). `expected` in
`expectations.json` lists every criterion a careful clinician would say the whole record meets; incidental extra
criteria are rare and deliberate (one positive, the planned colostomy, is both a planned major operation and a
planned ostomy).

## Anchor date

**2026-12-01.** All history lies before it; planned operations, admissions and appointments lie after it.

## Format

- `cases/do-NN.json` (do-01 … do-40): one FHIR R4 `Bundle` of type `transaction` per patient, 15–60 entries. Every
  entry has a `fullUrl` on the originating organisation's FHIR base, a resource with an explicit `id` and
  `request: {method: PUT, url: <Type>/<id>}`. The Patient id is the case id; every other id starts with the case id
  and a dash. References are relative and resolve inside the bundle (Organizations, Practitioners and RelatedPersons
  are included). Clinical notes and letters are `DocumentReference`s with base64 `text/plain` (UTF-8) attachments.
- Case numbers are shuffled with a fixed seed and say nothing about the expectation.
- `expectations.json`: `{"anchorDate", "cases": [{"case", "target", "kind", "expected", "why"}]}`.
- `gen/`: the generator. `python3 gen/build.py` regenerates `cases/`, `expectations.json` and this README;
  `gen/fhirkit.py` holds the resource builders, `gen/fhircheck.py` a structural R4 check run on every resource,
  `gen/cases_a.py` … `gen/cases_d.py` the cases (one file per organisation). `python3 check.py` checks the set.

## The organisations and their styles

1. **Regionalkrankenhaus St. Veitsberg** (Austrian regional hospital): diagnoses in ICD-10 BMSGPK
   (`https://termgit.elga.gv.at/CodeSystem/icd-10-bmsgpk-2025`), procedures in the LKF catalogue of medical
   procedures (MEL, `https://termgit.elga.gv.at/CodeSystem/lkat-bmsgpk-2025`), medication in ATC with German
   product text, LOINC plus local laboratory codes with German labels, local report types, social-insurance number
   identifiers; notes, tumour-board minutes, outpatient and discharge letters in German.
2. **Al Safwa Specialty Hospital, Abu Dhabi** (UAE): ICD-10-CM diagnoses, CPT procedures, LOINC laboratories,
   local formulary codes with ATC, notes in English, patient and family messages in Arabic, family members
   (RelatedPerson) speaking for patients.
3. **Lakeshore Metabolic and Bariatric Surgery Program** (US): ICD-10-CM, CPT, RxNorm, LOINC; weight and BMI series,
   HbA1c, GLP-1 therapy, sleeve and bypass planning and follow-up, nutritional deficiencies, programme questionnaires.
4. **Northfield Regional Spinal Injuries Centre** (UK-style spinal cord injury and neurorehabilitation unit): SNOMED CT
   and WHO ICD-10, ATC medication, local assessment codes (SCIM III, ISNCSCI levels, Modified Ashworth, NRS, EQ-5D-5L),
   spasticity, bladder and bowel management, pressure injuries, intrathecal pumps; English notes.

Terminology caveat: codes were chosen from public references and memory without a terminology server. The LKF/MEL
procedure codes follow the catalogue's system and format but their numbers were not checked against the catalogue;
the German display texts carry the meaning. Local code systems (laboratory, scores, report types, formulary) are
invented for the fictitious organisations.

Signals sit in different resources in different cases (Condition, Observation series, ServiceRequest, Procedure in
preparation, CarePlan, MedicationRequest/Statement/Administration, Communication, QuestionnaireResponse, Flag,
DocumentReference, DiagnosticReport, ClinicalImpression, Encounter patterns), some only in a note.

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
"""


def write_readme(rows):
    lines = [README_HEAD.rstrip("\n")]
    for r in rows:
        summary = f"{ORG_LABEL[r['org']]}: {r['summary']}"
        extra = [x for x in r["expected"] if x != r["target"]]
        if extra:
            summary += f" Also expected: {', '.join(extra)}."
        lines.append(f"| {r['case']} | {r['target']} | {r['kind']} | {summary} |")
    counts = collections.Counter(r["org"] for r in rows)
    lines.append("")
    lines.append("Cases per organisation: " + ", ".join(f"{ORG_LABEL[k]} {counts[k]}" for k in ORG_LABEL) + ".")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
