#!/usr/bin/env python3
"""Regenerate the blind-51 evaluation set: cases/dj-NN.json, expectations.json and README.md.

Run from anywhere:  python3 gen/build.py
Case definitions live in cases_a.py (Norwegian trust), cases_b.py (Portuguese hospital),
cases_c.py (endocrinology centre) and cases_d.py (vascular service).
"""
import collections
import importlib
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import fhirkit  # noqa: E402

CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
ORG_LABEL = {"NO": "Norwegian trust", "PT": "Portuguese hospital", "ENDO": "Endocrine centre",
             "VASC": "Vascular service"}
BANNED = re.compile(r"\btest|scenario|blind|near[ -]?miss", re.I)
SEED = 5151


def load_specs():
    specs = []
    for mod in ("cases_a", "cases_b", "cases_c", "cases_d"):
        if os.path.exists(os.path.join(HERE, mod + ".py")):
            specs += importlib.import_module(mod).CASES
    return specs


def active_problem_count(bundle):
    n = 0
    for e in bundle["entry"]:
        r = e["resource"]
        if r["resourceType"] != "Condition":
            continue
        cs = r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
        vs = r.get("verificationStatus", {}).get("coding", [{}])[0].get("code")
        cats = [c.get("code") for cat in r.get("category", []) for c in cat.get("coding", [])]
        if cs in ("active", "recurrence", "relapse") and vs not in ("refuted", "entered-in-error") \
                and "problem-list-item" in cats:
            n += 1
    return n


def main():
    specs = load_specs()
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate spec keys"
    rng = random.Random(SEED)
    order = list(range(1, len(specs) + 1))
    rng.shuffle(order)
    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for fn in os.listdir(out_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(out_dir, fn))
    problems = []
    exp_cases = []
    rows = []
    tally = collections.Counter()
    for spec, num in zip(specs, order):
        cid = f"dj-{num:02d}"
        c = fhirkit.Case(cid, spec["org"])
        spec["build"](c)
        b = c.bundle()
        errs = fhirkit.validate_bundle(b)
        problems += [f"{cid} ({spec['key']}): {e}" for e in errs]
        n = len(b["entry"])
        if not 15 <= n <= 60:
            problems.append(f"{cid} ({spec['key']}): {n} entries")
        raw = json.dumps(b, ensure_ascii=False)
        decoded = raw
        for e in b["entry"]:
            r = e["resource"]
            if r["resourceType"] == "DocumentReference":
                for ct in r["content"]:
                    decoded += fhirkit.base64.b64decode(ct["attachment"]["data"]).decode("utf-8")
        m = BANNED.search(decoded)
        if m:
            problems.append(f"{cid} ({spec['key']}): banned word near {decoded[max(0, m.start()-40):m.end()+40]!r}")
        ap = active_problem_count(b)
        spec["_active"] = ap
        complex_expected = "RARE_OR_COMPLEX_CONDITION" in spec["expected"]
        if ap >= 5 and not complex_expected:
            problems.append(f"{cid} ({spec['key']}): {ap} active problem-list conditions but not expected complex")
        if spec["kind"] == "positive":
            assert spec["target"] in spec["expected"], spec["key"]
        else:
            assert spec["target"] not in spec["expected"], spec["key"]
        with open(os.path.join(out_dir, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(b, f, ensure_ascii=False, indent=1)
            f.write("\n")
        exp_cases.append({"case": cid, "target": spec["target"], "kind": spec["kind"],
                          "expected": spec["expected"], "why": spec["why"]})
        rows.append((cid, spec, n, ap))
        tally[(spec["target"], spec["kind"])] += 1
    exp_cases.sort(key=lambda x: x["case"])
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp_cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(sorted(rows, key=lambda r: r[0]))
    for crit in CRITERIA:
        print(f"{crit:36s} positive={tally[(crit, 'positive')]} near-miss={tally[(crit, 'near-miss')]}")
    orgs = collections.Counter(s["org"] for s in specs)
    print("organisations:", dict(orgs))
    print("entries per case: min", min(r[2] for r in rows), "max", max(r[2] for r in rows))
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"built {len(specs)} cases")


README_HEAD = """# blind-51: held-out evaluation set (40 synthetic FHIR R4 patient records)

## How it was written

Written **blind**: the only inputs were the task brief (the eight criteria with their published default
definitions), the FHIR R4 specification, public terminology references (ICD-10 and ICD-10-CM/PCS, the Norwegian
NCMP/NCSP procedure classification, SNOMED CT, LOINC, UCUM, RxNorm, ATC, CPT, HCPCS, CVX, HL7 code systems) and
clinical knowledge. No product code, rules, value sets or earlier cases were read. Every patient, organisation,
practitioner and identifier is fictitious.

For each criterion there are 3 positives (a careful clinician would say the criterion is met) and 2 near misses
(similar-looking records where it is not met, for a clinically sound reason). `expected` in
`expectations.json` lists every criterion the whole record meets; incidental extra criteria are rare and
deliberate.

**Anchor date: 2026-12-01.** History lies before it; planned operations, treatments and visits lie after it.

## Format

- `cases/dj-NN.json` (dj-01 … dj-40): one FHIR R4 `Bundle` of type `transaction` per patient; each entry has a
  `fullUrl` on the originating organisation's FHIR base, a resource with an explicit id and a
  `request` of `PUT <Type>/<id>`. The Patient id is the case id; all other ids start with it. References are
  relative and resolve inside the bundle. Clinical notes are `DocumentReference`s with base64 `text/plain`
  (UTF-8) attachments.
- Case numbers are shuffled with a fixed seed, so they carry no information about the expectation.
- `expectations.json`: `{"anchorDate", "cases": [{"case", "target", "kind", "expected", "why"}]}`.
- `gen/`: the generator. `python3 gen/build.py` rebuilds everything (helpers in `gen/fhirkit.py`, which also
  runs a light R4 structural validation; cases in `gen/cases_a.py` … `gen/cases_d.py`).
  `python3 check.py` checks the structure of the set.

## The four organisations and their styles

1. **Helse Vestfjord HF** (Norwegian hospital trust): ICD-10 (Norwegian edition, Volven OID) diagnoses,
   NCMP/NCSP procedure codes, ATC for medicines, notes in Norwegian bokmål, patient messages through the national
   health portal (helsenorge) as `Communication`s, HELFO as payer, synthetic national identity numbers.
2. **Unidade Local de Saúde do Alto Tejo** (Portuguese NHS hospital): ICD-10-CM and ICD-10-PCS (Portuguese
   editions, Portuguese displays), ATC, notes in Portuguese, referrals from primary care (USF) and to other SNS
   institutions, patient-experience questionnaires.
3. **Northgate Endocrinology & Diabetes Centre** (English-language, UK style): SNOMED CT and ICD-10, HbA1c in
   mmol/mol (IFCC) and sometimes %, CGM metrics (time in range), insulin pumps and GLP-1 therapy for diabetes
   and obesity, thyroid and adrenal work-ups, endocrine surgery referrals, local codes for non-LOINC assays.
4. **Riverside Vascular Surgery Service** (US style): ICD-10-CM, CPT and HCPCS, RxNorm, duplex and CT angiography
   reports, ankle-brachial indices, claudication and wound clinics, revascularisation, aneurysm surveillance and
   amputation planning.

The signal sits in different resources in different cases (Condition, Observation, ServiceRequest, Procedure,
CarePlan, Medication*, Communication, QuestionnaireResponse, Flag, DocumentReference, DiagnosticReport,
ClinicalImpression, Encounter), sometimes only in a note.

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
"""


def write_readme(rows):
    lines = [README_HEAD.rstrip("\n")]
    for cid, spec, n, ap in rows:
        extra = [x for x in spec["expected"] if x != spec["target"]]
        summ = spec["summary"]
        if extra:
            summ += " (also expected: " + ", ".join(extra) + ")"
        lines.append(f"| {cid} | {spec['target']} | {spec['kind']} | [{ORG_LABEL[spec['org']]}] {summ} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
