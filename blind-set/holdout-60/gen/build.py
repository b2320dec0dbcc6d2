#!/usr/bin/env python3
"""Regenerate the whole evaluation set: cases/ds-NN.json, expectations.json and README.md.

    python3 gen/build.py

Case numbers are assigned by a seeded shuffle, so a number says nothing about
the criterion a record was written for or whether it is a positive.
"""
import sys

sys.dont_write_bytecode = True  # keep gen/ free of __pycache__

import importlib  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhirkit import Case  # noqa: E402

SEED = 6060
ANCHOR = "2026-12-01"
MODULES = ["cases_a", "cases_b", "cases_c", "cases_d"]
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]


def collect():
    specs = []
    for name in MODULES:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        for spec in mod.CASES:
            specs.append((mod, spec))
    return specs


def main():
    specs = collect()
    numbers = list(range(1, len(specs) + 1))
    random.Random(SEED).shuffle(numbers)
    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for fn in os.listdir(out_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(out_dir, fn))
    rows = []
    for (mod, spec), n in zip(specs, numbers):
        cid = f"ds-{n:02d}"
        case = Case(cid, mod.ORG)
        spec["fn"](case)
        n_entries = len(case.entries)
        assert 15 <= n_entries <= 60, (cid, spec["fn"].__name__, n_entries)
        for code in spec["expected"]:
            assert code in CRITERIA, code
        with open(os.path.join(out_dir, f"{cid}.json"), "w", encoding="utf-8") as f:
            json.dump(case.bundle(), f, ensure_ascii=False, indent=2)
            f.write("\n")
        rows.append(dict(case=cid, target=spec["target"], kind=spec["kind"], expected=spec["expected"],
                         why=spec["why"], summary=spec["summary"], org=mod.ORG.key, entries=n_entries,
                         source=spec["fn"].__name__))
    rows.sort(key=lambda r: r["case"])
    exp = {"anchorDate": ANCHOR,
           "cases": [{k: r[k] for k in ("case", "target", "kind", "expected", "why")} for r in rows]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
        f.write("\n")
    write_readme(rows)
    print(f"wrote {len(rows)} cases, {sum(r['entries'] for r in rows)} resources")


ORG_NAMES = {
    "A": "Romanian county emergency hospital",
    "B": "Indonesian public hospital",
    "C": "Endocrine surgery and thyroid cancer service",
    "D": "Hospital-at-home and community paramedic service",
}

README_HEAD = """# blind-60: held-out evaluation set (40 synthetic FHIR R4 patient records)

## How it was written

Written **blind**: the only inputs were the task brief (the eight criteria with their published default
definitions, the four organisations and the format), the FHIR R4 specification, public terminology
references (SNOMED CT, ICD-10, ICD-10-AM, ICD-10-CM, ICD-9-CM, CPT, LOINC, RxNorm, ATC, UCUM, HL7 code systems)
and clinical knowledge. No code, rules, fixtures or other evaluation sets of the product were read. Every
patient, clinician, organisation and identifier is fictitious.

For each criterion there are 3 positives (a careful clinician would say the criterion is met) and 2 near misses
(similar-looking records where it is not met, for a clinically sound reason). `expected` lists every criterion
the whole record meets; {extras} a second criterion besides the target (noted in the table).

- **Anchor date: {anchor}.** History lies before it; planned operations, treatments and admissions after it.
- Case numbers were shuffled with a fixed seed (`SEED` in `gen/build.py`) and say nothing about the expectation.

## Format

- `cases/ds-NN.json` (ds-01 ... ds-40): one FHIR R4 `Bundle` of `type: transaction` per patient. Every entry has
  a `fullUrl` on the originating organisation's FHIR base, a `resource` with an explicit `id`, and
  `request: {{method: PUT, url: <Type>/<id>}}`. The Patient id is the case id; all other ids start with the case id
  and a dash. References are relative and resolve inside the bundle (Organizations and Practitioners included).
- Clinical notes are `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments.
- `expectations.json`: `{{"anchorDate", "cases": [{{"case", "target", "kind", "expected", "why"}}]}}`.
- `gen/`: the generator. `python3 gen/build.py` rewrites `cases/`, `expectations.json` and this README.
  `gen/fhirkit.py` holds the resource helpers; `gen/cases_a.py` ... `gen/cases_d.py` hold ten records each, one
  module per organisation. `python3 check.py` checks the structure.

## The organisations and their styles

1. **Spitalul Județean de Urgență Râmnicu Olt** (Romanian county emergency hospital; base
   `https://fhir.sju-ramnicuolt.example.org/fhir/`): ICD-10-AM diagnoses with Romanian labels (as the DRG system
   uses them), hospital-local procedure codes, Romanian laboratory names beside LOINC, ATC-coded medicines, notes
   in Romanian (scrisoare medicală, fișa UPU, bilet de externare, proces-verbal comisie oncologică), CNAS coverage
   through the county health insurance house, CNP identifiers.
2. **RSUD Sekar Wangi, Kabupaten Bukit Asri** (Indonesian public district hospital; base
   `https://fhir.rsud-sekarwangi.example.org/fhir/R4/`): WHO ICD-10 diagnoses, ICD-9-CM procedures (as INA-CBG
   claims for BPJS Kesehatan use them), laboratory names in Bahasa Indonesia beside LOINC, SOAP notes in Bahasa
   Indonesia mixed with English medical terms, referral letters (surat rujukan) from puskesmas, BPJS coverage
   (PBI / non-PBI classes), NIK identifiers.
3. **Lakeshore Thyroid & Endocrine Surgery Center** (US endocrine surgery and thyroid cancer service; base
   `https://fhir.lakeshore-thyroid.example.org/fhir/`): ICD-10-CM, CPT, SNOMED CT, LOINC, RxNorm; ACR TI-RADS
   and Bethesda categories in ultrasound and cytology reports, thyroglobulin and calcitonin series, radioiodine,
   thyroidectomy and parathyroidectomy plans, tumor board notes, patient-reported questionnaires.
4. **Riverside Hospital at Home & Community Paramedic Service** (UK NHS trust; base
   `https://fhir.riverside-hah.example.org/fhir/R4/`): SNOMED CT, NEWS2, remote-monitoring readings from devices,
   virtual-ward admissions, paramedic visit records (scheduled and unscheduled), GP practice records in the shared
   care record, escalation notes, NHS numbers, local formulary medicine codes.

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
"""


def write_readme(rows):
    n_extra = sum(1 for r in rows if any(e != r["target"] for e in r["expected"]))
    extras = ("one record deliberately meets" if n_extra == 1
              else f"{n_extra} records deliberately meet")
    lines = [README_HEAD.format(anchor=ANCHOR, extras=extras)]
    for r in rows:
        extra = [e for e in r["expected"] if e != r["target"]]
        summ = r["summary"]
        if extra:
            summ += " (also expected: " + ", ".join(extra) + ")"
        lines.append(f"| {r['case']} | {r['target']} | {r['kind']} | {summ} |\n")
    counts = {}
    for r in rows:
        counts[r["org"]] = counts.get(r["org"], 0) + 1
    lines.append("\nRecords per organisation: " + ", ".join(f"{ORG_NAMES[k]} {v}" for k, v in sorted(counts.items())) + ".\n")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("".join(lines))


if __name__ == "__main__":
    main()
