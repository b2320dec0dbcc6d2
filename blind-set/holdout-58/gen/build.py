#!/usr/bin/env python3
"""Regenerate the blind-58 evaluation set: cases/dq-NN.json, expectations.json and README.md.

Run from anywhere:  python3 gen/build.py
Case numbers are assigned by a seeded shuffle so that they carry no information about the expectation.
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402
from fhirkit import ANCHOR  # noqa: E402

SEED = 5806
ORG_NAMES = {"A": "Hungarian university hospital", "B": "Philippine tertiary hospital",
             "C": "Thoracic oncology & lung screening programme", "D": "Post-viral & chronic-fatigue clinic"}
README_HEAD = """# blind-58 – held-out evaluation set (40 synthetic FHIR R4 patient records)

## How the set was written

Written **blind**: the author saw only the task brief (the eight criteria with their default definitions), the
FHIR R4 specification, public terminology references (SNOMED CT, ICD-10 / ICD-10-CM / the Hungarian BNO-10,
CPT, HCPCS, LOINC, RxNorm, ATC, UCUM, CVX, Orphanet, HL7 code systems) and clinical knowledge. No product code,
no other evaluation set and no shared project material were read. Every record is fictitious; names, identifiers,
addresses and organisations are invented.

Each criterion has 3 positives (a careful clinician would say the criterion is met) and 2 near misses (a similar
record where it is not met for a clinically sound reason). `expected` in `expectations.json` lists every criterion
the whole record meets; one record (the patient-flagged second-opinion request before a planned lobectomy)
deliberately meets two criteria.

- **Anchor date: 2026-12-01.** History lies before it; planned operations, treatments and admissions after it.
- **Format:** `cases/dq-NN.json` – one FHIR R4 `Bundle` of type `transaction` per patient, 15–60 entries each;
  every entry has a `fullUrl` on the originating organisation's FHIR base, a resource with an explicit id and a
  `PUT <Type>/<id>` request. The Patient id is the case id; all other ids start with the case id. References are
  relative and resolve inside the bundle (Organizations, Practitioners, RelatedPersons included). Clinical notes
  are `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments.
- `expectations.json`: `{anchorDate, cases: [{case, target, kind, expected, why}]}`.
- **Generator:** `python3 gen/build.py` regenerates all cases, `expectations.json` and this README.
  `gen/fhirkit.py` holds the resource helpers; `gen/cases_a.py` … `gen/cases_d.py` hold ten cases per
  organisation. Case numbers come from a seeded shuffle (seed 5806) and carry no information.
- `python3 check.py` verifies the structure.

## Organisations and their styles

| key | organisation | style |
| --- | --- | --- |
| A | Duna-menti Egyetemi Klinikai Központ (Pécs, HU) – university hospital | BNO-10 diagnoses (5-character Hungarian codes, local system URI), OENO procedure codes under a local URI (codes illustrative), laboratory results with LOINC plus Hungarian local names and SI units, ATC-coded medications, notes in Hungarian, NEAK coverage with TAJ numbers |
| B | Mabini Memorial Medical Center (Quezon City, PH) – tertiary hospital | WHO ICD-10, PhilHealth RVS procedure codes under a local URI, ATC/generic medications, Taglish notes, RelatedPersons (children, spouses) speaking for the patient, PhilHealth coverage and PINs |
| C | Northbridge Thoracic Oncology & Lung Screening Program (Cleveland, US) | LDCT screening with Lung-RADS v2022 categories (local value codes) and nodule sizes, PET/CT, EBUS and biopsies, tumour boards, chemoradiation, immunotherapy, lobectomy/SBRT plans; ICD-10-CM, SNOMED CT, CPT/HCPCS, RxNorm |
| D | Hollowell Post-Viral & Fatigue Clinic (Minneapolis, US) | long-COVID and ME/CFS patients, fatigue (FSS), post-exertional (DSQ-PEM), EQ-5D, COMPASS-31 and sleep scales under local instrument codes, PHQ-9/GAD-7 (LOINC), repeated normal work-ups, specialist referrals, patient symptom diaries and questionnaires |

## Cases
"""

BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)


def main():
    all_cases = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES
    assert len(all_cases) == 40, len(all_cases)
    numbers = list(range(1, len(all_cases) + 1))
    random.Random(SEED).shuffle(numbers)

    out_dir = os.path.join(ROOT, "cases")
    os.makedirs(out_dir, exist_ok=True)
    for fn in os.listdir(out_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(out_dir, fn))

    exp = []
    rows = []
    for case, n in zip(all_cases, numbers):
        cid = f"dq-{n:02d}"
        bundle = case["build"](cid).bundle()
        n_entries = len(bundle["entry"])
        if not 15 <= n_entries <= 60:
            raise SystemExit(f"{case['key']} ({cid}): {n_entries} entries")
        raw = json.dumps(bundle, ensure_ascii=False, indent=2)
        if BANNED.search(raw):
            raise SystemExit(f"{case['key']} ({cid}): banned word {BANNED.search(raw).group(0)!r}")
        with open(os.path.join(out_dir, cid + ".json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        exp.append({"case": cid, "target": case["target"], "kind": case["kind"],
                    "expected": case["expected"], "why": case["why"]})
        rows.append((cid, case["target"], case["kind"], f"[{case['key'][0]}] {case['summary']}", n_entries))

    exp.sort(key=lambda e: e["case"])
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": ANCHOR, "cases": exp}, f, ensure_ascii=False, indent=2)
        f.write("\n")

    rows.sort()
    head = README_HEAD
    table = ["| case | target | kind | summary |", "| --- | --- | --- | --- |"]
    for cid, target, kind, summary, _ in rows:
        table.append(f"| {cid} | {target} | {kind} | {summary} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write(head.rstrip() + "\n\n" + "\n".join(table) + "\n")
    total = sum(r[4] for r in rows)
    print(f"wrote {len(rows)} cases, {total} resources (min {min(r[4] for r in rows)}, max {max(r[4] for r in rows)})")


if __name__ == "__main__":
    main()
