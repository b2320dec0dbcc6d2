#!/usr/bin/env python3
"""Regenerate the evaluation set: cases/du-NN.json (FHIR R4 transaction bundles), expectations.json, README.md.

Run from anywhere:  python3 gen/build.py
Case numbers are shuffled with a fixed seed so that they say nothing about the expectation.
Each resource goes through fhirkit.validate() (R4 element shapes, required elements, value sets of the
status/intent codes, date/dateTime/instant formats, Quantity/UCUM, references) before anything is written.
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

SEED = 62
ANCHOR = "2026-12-01"
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]


ORGNAME = {"lt": "LT hospital", "ke": "Kenyan county hospital", "bc": "Breast centre", "ach": "ACHD clinic"}

README_HEAD = """# blind-62: held-out evaluation set (40 synthetic FHIR R4 records)

## How the set was written

Written **blind**: the only inputs were the task brief (the eight criteria with their published default definitions
and the second-opinion suppression rule), the FHIR R4 specification, public terminology references (ICD-10 / ICD-10-CM /
ICD-10-AM, ACHI, SNOMED CT, LOINC and LOINC answer lists, CPT, RxNorm, ATC, UCUM, Orphanet, HL7 code systems) and
clinical knowledge. No product code, rules, other evaluation sets or shared project files were read.
Expectations are what a careful clinician would say about the **whole record** at the anchor date, not what a rule
engine would compute; where the definitions leave room for judgement the choice is stated below.

- **Anchor date: 2026-12-01.** History lies before it; planned operations, treatments, admissions and appointments
  lie after it.
- 8 criteria x (3 positives + 2 near misses) = 40 cases, 10 per organisation; case numbers are shuffled with a fixed
  seed (62) and carry no information.
- Near-miss reasons are varied: already done, revoked/withdrawn, explained by a later diagnosis, benign finding,
  change below the MCID, treatment not running, a "No" answer, second opinion already on record, wording trap
  ("palliative" shunt), refuted rare disease, conditions resolved rather than active.

## Format

- `cases/du-NN.json`: one FHIR R4 `Bundle` of type `transaction` per patient (15-60 entries). Every entry has a
  `fullUrl` on the originating organisation's FHIR base, a resource with an explicit `id` and
  `request: {method: PUT, url: <Type>/<id>}`. The Patient id is the case id; every other id is prefixed with it.
  References are relative and resolve inside the bundle (Organizations and Practitioners included). No `meta.tag`.
- Clinical notes are `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments.
- `expectations.json`: `{"anchorDate": "2026-12-01", "cases": [{case, target, kind, expected, why}]}`; `expected`
  lists every criterion a careful clinician would say the record meets (one deliberate extra: @@achd_tof_palliative@@).
- `gen/`: `fhirkit.py` (builders + a structural R4 validator: element cardinality/shape per resource type, required
  elements, status/intent value sets, date/dateTime/instant formats, Quantity with UCUM, Condition con-3/4/5,
  Observation obs-3/6, Appointment app-2/3, references), `cases_a.py` .. `cases_d.py` (ten cases each),
  `build.py` (writes `cases/`, `expectations.json` and this README). Regenerate with `python3 gen/build.py`;
  check with `python3 check.py`.

## The organisations and their styles

| org | name (fictitious) | style |
| --- | --- | --- |
| A | Nemuno universiteto ligoninė, Kaunas (Lithuanian university hospital) | ICD-10-AM diagnoses, ACHI procedure codes where used (49518-00, 32090-00), local laboratory codes with LOINC on some, SI units, notes and referral letters (forma 027/a) in Lithuanian, family-doctor referrals, tumour boards (konsiliumas), VLK compulsory insurance |
| B | Kilima County Referral Hospital (Kenyan level-5 hospital) | WHO ICD-10, local procedure/lab codes and text-only entries, Kenyan clinical shorthand (c/o, 1/52, TCA, PCM, BS for MPS) with Swahili phrases, GOPC / casualty / CCC / MOPC / SOPC clinics, SHA cover or out-of-pocket payment, HIV together with diabetes, hypertension, CKD |
| C | Lee Valley Breast Centre, Cork (breast cancer and breast surgery centre) | SNOMED CT with ICD-10, LOINC, ATC-coded medicines, BI-RADS assessments, core biopsies and receptor status, MDM outcomes, mastectomy / WLE / reconstruction decisions, endocrine-therapy side effects, patient-reported outcomes (EORTC QLQ-C30, FACT-B) |
| D | Lakeshore Adult Congenital Heart Clinic, Chicago (ACHD clinic) | ICD-10-CM, CPT, SNOMED CT, LOINC, RxNorm; echocardiography and cardiac MRI reports with measurements, CPET/6MWD, heart-team re-intervention decisions, pregnancy counselling, portal messages; commercial or Medicaid cover |

## Judgement calls (where a reader might disagree)

- Completed high-impact treatments far in the past (e.g. radiotherapy in 2020/2021/2024, chemotherapy and mastectomy
  in 2019/2023) are treated as history, not as a "planned or started" high-impact treatment. Adjuvant endocrine
  therapy for breast cancer is not by itself counted as high impact (it is the measured quality-of-life fall that makes
  @@bc_qol_drop_ai@@ positive). Open cardiac surgery (@@achd_bav_bentall@@) is counted only as a major procedure.
- Tetralogy of Fallot, Ebstein anomaly and Li-Fraumeni syndrome are counted as Orphanet rare diseases; bicuspid aortic
  valve, secundum ASD, VSD, Parkinson's disease, pancreatic, prostate, cervical and breast cancer are not.
- Symptom codes (e.g. dizziness) recorded without a diagnosis belong to the first criterion, not to the
  catch-all-diagnosis criterion, as the brief says. Red-flag findings that appear inside a catch-all diagnosis's
  story (@@lt_ibs_redflags@@, @@bc_fibromyalgia_bone@@, @@ke_viral_label_tb@@) are placed under the mismatch criterion; their abnormal results were dated within 60
  days of the anchor so that the "no follow-up within 60 days" trigger is not also met.
- The second-opinion suppression is applied to a patient concern (@@achd_vsd_sport_done@@); the return-visit e-trigger (@@ke_return_visits@@) counts
  although the symptoms span only three weeks.

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
"""


def write_readme(exp):
    head = README_HEAD
    for e in exp:
        head = head.replace("@@" + e["_key"] + "@@", e["case"])
    assert "@@" not in head, "unresolved case key in README"
    lines = [head]
    for e in exp:
        lines.append(f"| {e['case']} | {e['target']} | {e['kind']} | {e['_summary']} |\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(lines))


def all_cases():
    cases = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES
    keys = [c["key"] for c in cases]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    return cases


def build_one(spec, cid):
    c = fhirkit.Case(cid, spec["org"])
    spec["fn"](c)
    bundle = c.bundle()
    errs = []
    present = set()
    for e in bundle["entry"]:
        r = e["resource"]
        present.add(f"{r['resourceType']}/{r['id']}")
        for msg in fhirkit.validate(r):
            errs.append(f"{cid} ({spec['key']}) {r['resourceType']}/{r['id']}: {msg}")
    refs = []

    def walk(n):
        if isinstance(n, dict):
            for k, v in n.items():
                if k == "reference" and isinstance(v, str):
                    refs.append(v)
                else:
                    walk(v)
        elif isinstance(n, list):
            for x in n:
                walk(x)
    walk(bundle)
    for ref in refs:
        if ref not in present:
            errs.append(f"{cid} ({spec['key']}): unresolved reference {ref}")
    n = len(bundle["entry"])
    if not 15 <= n <= 60:
        errs.append(f"{cid} ({spec['key']}): {n} entries")
    raw = fhirkit.dumps(bundle)
    m = BANNED.search(raw)
    if m:
        errs.append(f"{cid} ({spec['key']}): banned word {m.group(0)!r} near {raw[max(0, m.start() - 60):m.end() + 20]!r}")
    for e in bundle["entry"]:
        r = e["resource"]
        if r["resourceType"] == "DocumentReference":
            import base64
            txt = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8")
            m = BANNED.search(txt)
            if m:
                errs.append(f"{cid} ({spec['key']}): banned word in note {r['id']}: {txt[max(0, m.start() - 60):m.end() + 20]!r}")
    # nothing dated after the anchor except what is planned
    return bundle, raw, errs


def main():
    cases = all_cases()
    order = list(range(len(cases)))
    random.Random(SEED).shuffle(order)
    assigned = {}
    for num, idx in enumerate(order, start=1):
        assigned[idx] = f"du-{num:02d}"
    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for fn in os.listdir(out_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(out_dir, fn))
    errors = []
    exp = []
    tally = collections.Counter()
    for idx, spec in enumerate(cases):
        cid = assigned[idx]
        bundle, raw, errs = build_one(spec, cid)
        errors += errs
        with open(os.path.join(out_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        assert set(spec["expected"]) <= set(CRITERIA)
        exp.append({"case": cid, "target": spec["target"], "kind": spec["kind"],
                    "expected": [c for c in CRITERIA if c in spec["expected"]], "why": spec["why"],
                    "_summary": spec["summary"], "_org": spec["org"], "_key": spec["key"], "_n": len(bundle["entry"])})
        tally[(spec["target"], spec["kind"])] += 1
    exp.sort(key=lambda x: x["case"])
    public = [{k: v for k, v in e.items() if not k.startswith("_")} for e in exp]
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": ANCHOR, "cases": public}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for crit in CRITERIA:
        if tally[(crit, "positive")] != 3 or tally[(crit, "near-miss")] != 2:
            errors.append(f"{crit}: {tally[(crit, 'positive')]}/{tally[(crit, 'near-miss')]}")
    write_readme(exp)
    if "--stats" in sys.argv:
        for e in exp:
            print(e["case"], e["_org"], e["_n"], e["target"], e["kind"], e["expected"])
    if errors:
        print("ERRORS:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print(f"wrote {len(cases)} cases, expectations.json and README.md")


if __name__ == "__main__":
    main()
