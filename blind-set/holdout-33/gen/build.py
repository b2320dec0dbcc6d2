#!/usr/bin/env python3
"""Regenerate evaluation set blind-33: cases/cr-NN.json, expectations.json and README.md.

Run from anywhere:  python3 <this set>/gen/build.py
Case numbers are shuffled with a fixed seed so that they say nothing about target or expectation.
"""
import collections
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhirlib import BANNED  # noqa: E402
import cases_a  # noqa: E402

MODULES = [cases_a]
for name in ("cases_b", "cases_c", "cases_d"):
    try:
        MODULES.append(__import__(name))
    except ModuleNotFoundError:
        pass

SEED = 3301
ANCHOR = "2026-12-01"
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
ORG_LABEL = {"A": "Northshore Lakes Regional Hospital (ON, Canada)",
             "B": "Front Range Orthopaedics & Sports Medicine (CO, USA)",
             "C": "Tamarind Vale Endocrinology & Diabetes Centre (England, UK)",
             "D": "Miami Valley Nephrology & Urology Partners (OH, USA)"}


def main():
    specs = [c for m in MODULES for c in m.CASES]
    keys = [c["key"] for c in specs]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    rng = random.Random(SEED)
    numbers = list(range(1, len(specs) + 1))
    rng.shuffle(numbers)

    cases_dir = os.path.join(ROOT, "cases")
    os.makedirs(cases_dir, exist_ok=True)
    for fn in os.listdir(cases_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(cases_dir, fn))

    out = []
    for spec, n in zip(specs, numbers):
        cid = f"cr-{n:02d}"
        rec = spec["fn"](cid)
        bundle = rec.bundle()
        raw = json.dumps(bundle, indent=2, ensure_ascii=False)
        m = BANNED.search(raw)
        if m:
            i = m.start()
            raise SystemExit(f"{spec['key']} ({cid}): banned word {m.group(0)!r} near: {raw[max(0, i - 80):i + 40]!r}")
        for e in bundle["entry"]:
            d = e["resource"]
            if d["resourceType"] == "Patient":
                continue
        with open(os.path.join(cases_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        out.append(dict(case=cid, key=spec["key"], org=spec["org"], target=spec["target"], kind=spec["kind"],
                        expected=spec["expected"], why=spec["why"], summary=spec["summary"],
                        n_resources=len(bundle["entry"])))

    out.sort(key=lambda c: c["case"])
    exp = {"anchorDate": ANCHOR,
           "cases": [{"case": c["case"], "target": c["target"], "kind": c["kind"], "expected": c["expected"],
                      "why": c["why"]} for c in out]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, indent=2, ensure_ascii=False)
        f.write("\n")
    write_readme(out)

    tally = collections.Counter((c["target"], c["kind"]) for c in out)
    per_org = collections.Counter(c["org"] for c in out)
    n_res = [c["n_resources"] for c in out]
    print(f"wrote {len(out)} cases; resources per case {min(n_res)}-{max(n_res)} (total {sum(n_res)})")
    print("per organisation:", dict(sorted(per_org.items())))
    for crit in CRITERIA:
        print(f"  {crit:36s} +{tally[(crit, 'positive')]} / ~{tally[(crit, 'near-miss')]}")


def write_readme(out):
    lines = []
    w = lines.append
    w("# Evaluation set blind-33: 40 synthetic FHIR R4 patient records")
    w("")
    w("Held-out evaluation set for the second-opinion decision-support product. Each file in `cases/` is one "
      "patient's record as a FHIR R4 transaction Bundle; `expectations.json` says which of the eight criteria a "
      "careful clinician would say each whole record meets.")
    w("")
    w("## How it was written")
    w("")
    w("- **Blind.** The author saw only the task brief (the eight criteria with their published default "
      "definitions, the four organisation profiles and the format), the FHIR R4 specification, public terminology "
      "references (SNOMED CT, ICD-10-CA / ICD-10-CM / ICD-10, CCI, CPT, HCPCS, LOINC / pCLOCD, RxNorm, Health Canada "
      "DIN, UCUM, CVX, HL7 code systems) and clinical knowledge. No product code, rules, other evaluation sets or "
      "shared project material were read.")
    w("- **Anchor date 2026-12-01.** History lies before it; booked operations, planned treatments and admissions "
      "lie after it.")
    w("- **Design.** For each criterion: 3 positives and 2 near misses (records that look similar but where the "
      "criterion is not met for a clinically sound reason - already done, explained by a later diagnosis, change "
      "below the minimal important difference, treatment not running, a 'No' answer, second opinion already on "
      "record, minor procedure, benign finding, ...). The signal sits in different resource types from case to case "
      "(Condition, Observation, ServiceRequest, Procedure, CarePlan, Medication*, Communication, "
      "QuestionnaireResponse, Flag, DocumentReference, DiagnosticReport, ClinicalImpression, Encounter, "
      "DeviceUseStatement) and sometimes only in a clinical note. One record meets a second criterion on purpose; "
      "`expected` lists every criterion met.")
    w("- **Generation.** `python3 gen/build.py` regenerates everything (cases, expectations, this README). "
      "Case numbers are shuffled with a fixed seed. `gen/validator/` holds a small HAPI FHIR (R4 core "
      "StructureDefinitions) validator used to check every bundle: `bash gen/validate.sh`.")
    w("")
    w("## Format")
    w("")
    w("- `cases/cr-NN.json` (cr-01 ... cr-40): `Bundle` of `type: transaction`; every entry has `fullUrl` (the "
      "resource URL on the originating organisation's FHIR base), `resource` with an explicit `id`, and "
      "`request: {method: PUT, url: <Type>/<id>}`. The Patient id is the case id; every other id is "
      "`<case id>-<type>-<n>`. References are relative and resolve inside the bundle (Organizations and "
      "Practitioners included). No `meta.tag`.")
    w("- Clinical notes are `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments; some "
      "imaging and pathology reports also carry a `presentedForm` text.")
    w("- `expectations.json`: `{anchorDate, cases: [{case, target, kind, expected, why}]}`.")
    w("")
    w("## The organisations and their export styles")
    w("")
    w("| org | organisation | style |")
    w("| --- | --- | --- |")
    w("| A | Northshore Lakes Regional Hospital, Parry Sound, Ontario (`https://fhir.nslrh.example.ca/fhir/R4`) | "
      "ICD-10-CA diagnoses (with SNOMED CT Canadian edition where coded), CCI intervention codes, pCLOCD + LOINC lab "
      "codes, SI units (g/L, umol/L, mmol/L), Ontario health card numbers, DIN (with RxNorm beside where it exists), "
      "French-speaking patients flagged, local encounter-type and scale codes |")
    w("| B | Front Range Orthopaedics & Sports Medicine, Boulder, Colorado (`https://ehr.frontrange-ortho.example.com/fhir/r4`) | "
      "ICD-10-CM, CPT and HCPCS, NPI, NUCC taxonomy, RxNorm; imaging as DiagnosticReport text; outcome scores (KOOS, "
      "HOOS JR, Oswestry, QuickDASH, PROMIS PF, pain NRS) under local codes; injections, physiotherapy plans, surgical "
      "booking (ServiceRequest + Appointment) |")
    w("| C | Tamarind Vale Endocrinology & Diabetes Centre, Harrogate, England (`https://api.tvedc.example.org.uk/fhir/R4`) | "
      "SNOMED CT UK edition first, ICD-10 (WHO) beside it, NHS numbers, GMC numbers, HbA1c in mmol/mol, CGM summaries "
      "(time in range, GMI) and questionnaires under local codes, medicines as text with a local formulary code, "
      "insulin pumps and sensors as Device + DeviceUseStatement |")
    w("| D | Miami Valley Nephrology & Urology Partners, Dayton, Ohio (`https://fhir.mvnu.example.com/api/FHIR/R4`) | "
      "ICD-10-CM, CPT, LOINC, RxNorm, SNOMED CT; US conventional units (mg/dL); eGFR (CKD-EPI 2021) and UACR series, "
      "PSA series, stone and dialysis planning, patient-portal Communications, clinic questionnaires |")
    w("")
    w("## Cases")
    w("")
    w("| case | target | kind | summary |")
    w("| --- | --- | --- | --- |")
    for c in out:
        extra = [x for x in c["expected"] if x != c["target"]]
        s = c["summary"] + (f" (also meets {', '.join(extra)})" if extra else "")
        w(f"| {c['case']} | {c['target']} | {c['kind']} | [{c['org']}] {s} |")
    w("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
