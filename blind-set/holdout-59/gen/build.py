#!/usr/bin/env python3
"""Regenerate the blind-59 evaluation set: cases/dr-NN.json, expectations.json and README.md.

Run from anywhere:  python3 gen/build.py
"""
import json
import os
import random
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import fhirkit  # noqa: E402
import cases_a  # noqa: E402,F401  Chilean public hospital
import cases_b  # noqa: E402,F401  Thai university hospital
import cases_c  # noqa: E402,F401  urology and men's health service
import cases_d  # noqa: E402,F401  US home-health agency

SEED = 5959
ANCHOR = "2026-12-01"
STRICT_BANNED = re.compile(r"\btest(s|ed|ing)?\b|scenario|blind|near[ -]?miss", re.I)
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]


def main():
    reg = list(fhirkit.REGISTRY)
    assert len(reg) == 40, len(reg)
    keys = [r["key"] for r in reg]
    assert len(set(keys)) == 40
    order = sorted(reg, key=lambda r: r["key"])
    random.Random(SEED).shuffle(order)
    cases_dir = os.path.join(ROOT, "cases")
    if os.path.isdir(cases_dir):
        shutil.rmtree(cases_dir)
    os.makedirs(cases_dir)
    exp_cases, rows, problems = [], [], []
    for n, r in enumerate(order, 1):
        cid = f"dr-{n:02d}"
        c = r["fn"](cid)
        problems += [f"{cid} ({r['key']}): {p}" for p in c.validate_all()]
        b = c.bundle()
        b["id"] = f"{cid}-bundle"
        b["timestamp"] = None
        del b["timestamp"]
        raw = json.dumps(b, ensure_ascii=False, indent=1)
        n_entries = len(b["entry"])
        if not 15 <= n_entries <= 60:
            problems.append(f"{cid} ({r['key']}): {n_entries} entries")
        if STRICT_BANNED.search(raw):
            problems.append(f"{cid} ({r['key']}): banned word {STRICT_BANNED.search(raw).group(0)!r}")
        for e in b["entry"]:
            res = e["resource"]
            if res["resourceType"] == "DocumentReference":
                import base64
                txt = base64.b64decode(res["content"][0]["attachment"]["data"]).decode("utf-8")
                m = STRICT_BANNED.search(txt)
                if m:
                    problems.append(f"{cid} ({r['key']}): note {res['id']} has banned word {m.group(0)!r}")
            # nothing in the future except planned things
        with open(os.path.join(cases_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        assert all(x in CRITERIA for x in r["expected"]), r["key"]
        if r["kind"] == "positive":
            assert r["target"] in r["expected"], r["key"]
        else:
            assert r["target"] not in r["expected"], r["key"]
        exp_cases.append({"case": cid, "target": r["target"], "kind": r["kind"], "expected": r["expected"],
                          "why": r["why"]})
        rows.append((cid, r, n_entries))
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": ANCHOR, "cases": exp_cases}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_readme(rows)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    total = sum(x[2] for x in rows)
    print(f"wrote {len(rows)} cases, {total} resources")


README_HEAD = """# blind-59: held-out evaluation set (40 synthetic FHIR R4 patient records)

## How it was written

Written **blind**: the only inputs were the task brief (the eight criteria with their published default
definitions, the formats and the four organisations), the FHIR R4 specification, public terminology references
(WHO ICD-10 / CIE-10, ICD-10-TM, ICD-10-CM, ICD-9-CM volume 3, CPT, HCPCS, LOINC, RxNorm, SNOMED CT, UCUM, CVX,
HL7 code systems) and general clinical knowledge. None of the product's code, rules, fixtures or other evaluation
sets was read. All people, organisations, identifiers and addresses are fictitious.

Each criterion has **3 positives** (a careful clinician would say the criterion is met) and **2 near misses**
(a similar-looking record where it is not met for a clinically sound reason). `expected` in `expectations.json`
lists every criterion the whole record meets; extra criteria are rare and deliberate (one planned radical
prostatectomy is both a major procedure and a high-impact treatment).

## Anchor date and format

- Anchor date **2026-12-01**: history lies before it; planned operations, treatments and admissions after it.
- `cases/dr-NN.json`: one FHIR R4 `Bundle` of type `transaction` per case (15-60 entries). Each entry has a
  `fullUrl` on the originating organisation's FHIR base, a `resource` with an explicit `id`, and
  `request: {{method: PUT, url: <Type>/<id>}}`. The Patient id is the case id; every other id starts with
  `<case id>-`. References are relative and resolve inside the bundle. Clinical notes are `DocumentReference`
  resources with base64 `text/plain` (UTF-8) attachments.
- Case numbers are shuffled with a fixed seed (`gen/build.py`, seed {seed}) so they say nothing about the
  expectation.
- `expectations.json`: `{{"anchorDate", "cases": [{{"case", "target", "kind", "expected", "why"}}]}}`.
- Regenerate everything with `python3 gen/build.py`; check with `python3 check.py`.
  `gen/fhirkit.py` holds the helpers and organisation profiles; `gen/cases_a.py` .. `gen/cases_d.py` hold ten
  cases each (one organisation per file).

## The organisations and their styles

| organisation | FHIR base | style |
| --- | --- | --- |
| Hospital Clínico Regional San Gregorio (Valdivia, Chile; public) | `{cl}` | CIE-10 (WHO ICD-10, Spanish displays), FONASA MAI procedure codes under a local system, GES programme references (Condition categories, CarePlans, notes), RUN identifiers, FONASA coverage by tramo, notes in Chilean Spanish; LOINC labs with Spanish text. |
| Chao Phraya University Hospital (Bangkok, Thailand; university) | `{th}` | ICD-10-TM diagnoses, ICD-9-CM procedure codes, local drug and lab codes, Thai citizen id and HN, Universal Coverage Scheme (NHSO), notes mixing Thai and English. |
| Riverbend Urology & Men's Health (Columbus, Ohio, USA) | `{ur}` | ICD-10-CM, CPT, HCPCS, LOINC, RxNorm; PSA series, prostate MRI with PI-RADS, biopsies with Grade Group, IPSS and IIEF-5 questionnaires (local codes), surgery, radiotherapy and active-surveillance decisions; Medicare or commercial coverage. |
| Prairie Hearth Home Health & Community Nursing (Des Moines, Iowa, USA) | `{hh}` | ICD-10-CM, OASIS-E items as QuestionnaireResponses, wound measurements, visiting-nurse and therapy notes, medication reconciliation (MedicationStatements), caregiver messages, hospital stays and readmissions; Medicare coverage. |

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
"""


def write_readme(rows):
    o = fhirkit.ORGS
    text = README_HEAD.format(seed=SEED, cl=o["chile"]["base"], th=o["thai"]["base"], ur=o["urology"]["base"],
                              hh=o["homehealth"]["base"])
    for cid, r, n in rows:
        extra = [x for x in r["expected"] if x != r["target"]]
        summ = r["summary"] + (f" (also expected: {', '.join(extra)})" if extra else "")
        text += f"| {cid} | {r['target']} | {r['kind']} | {o[r['org']]['label'].split(' (')[0]}: {summ} |\n"
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(text)


if __name__ == "__main__":
    main()
