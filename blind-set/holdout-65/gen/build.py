#!/usr/bin/env python3
"""Regenerate the blind-65 set: cases/dx-NN.json, expectations.json and README.md.

Run from anywhere:  python3 gen/build.py
"""
import collections
import os
import random
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402
from fhirkit import write_json  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "cases")
SEED = 6565
ANCHOR = "2026-12-01"
ORGS = {"A": "Moroccan university hospital", "B": "Saudi MOH hospital", "C": "ILD clinic", "D": "Scottish rural GP"}


def main():
    specs = cases_a.CASES + cases_b.CASES + cases_c.CASES + cases_d.CASES
    assert len(specs) == 40
    order = list(range(40))
    random.Random(SEED).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith("dx-") and fn.endswith(".json"):
            os.remove(os.path.join(OUT, fn))
    rows = []
    for num, idx in enumerate(order, start=1):
        spec = specs[idx]
        cid = f"dx-{num:02d}"
        case = spec["build"](cid)
        write_json(os.path.join(OUT, f"{cid}.json"), case.bundle())
        rows.append((cid, spec, len(case.entries)))
    exp = {"anchorDate": ANCHOR,
           "cases": [{"case": cid, "target": s["target"], "kind": s["kind"], "expected": s["expected"], "why": s["why"]}
                     for cid, s, _ in rows]}
    write_json(os.path.join(ROOT, "expectations.json"), exp)
    write_readme(rows)
    tally = collections.Counter((s["target"], s["kind"]) for _, s, _ in rows)
    for k in sorted(tally):
        print(k, tally[k])
    print("resources per case:", min(n for *_, n in rows), "-", max(n for *_, n in rows))


def write_readme(rows):
    lines = [
        "# blind-65: held-out evaluation set (40 synthetic FHIR R4 patient records)",
        "",
        "## How it was written",
        "",
        "Written blind: the only inputs were the task brief (the eight criteria with their default definitions, the four",
        "organisations and the format), the FHIR R4 specification, public terminologies (SNOMED CT, WHO ICD-10 / CIM-10,",
        "ICD-10-AM and ACHI, ICD-10-CM, CPT, LOINC and LOINC answer lists, RxNorm, ATC, Read v2, UCUM, CVX, HL7 code systems)",
        "and clinical knowledge. No product code, rules, other evaluation sets or shared project files were read.",
        "Every expectation is what a careful clinician would say the whole record meets, not what any rule engine would output.",
        "",
        "- Anchor date: **2026-12-01**. History lies before it; planned operations, treatments and admissions after it.",
        "- 40 cases: for each of the eight criteria, 3 positives and 2 near misses (clinically sound reasons for not meeting",
        "  the criterion: already done, explained by a later diagnosis, change below the MCID, treatment not running, a 'No'",
        "  answer, second opinion already on record, minor procedure, benign finding, below the complexity threshold, ...).",
        "- Incidental extra criteria: none were intended; each `expected` list was reviewed against all eight criteria",
        "  (e.g. complexity counts, red-flag results, e-trigger encounter patterns, worsening trends) and kept to the target.",
        "",
        "## Format",
        "",
        "- `cases/dx-NN.json`: one FHIR R4 `Bundle` of type `transaction` per case (15-60 entries). Each entry has a `fullUrl`",
        "  on the originating organisation's FHIR base, a resource with an explicit id and `request: PUT <Type>/<id>`. The",
        "  Patient id is the case id; all other ids start with it. References are relative and resolve inside the bundle.",
        "- Clinical notes are `DocumentReference` resources with base64 UTF-8 `text/plain` attachments.",
        "- Case numbers are shuffled with a fixed seed, so they say nothing about the expectation.",
        "- `expectations.json`: `{anchorDate, cases: [{case, target, kind, expected, why}]}`.",
        "- `gen/`: `fhirkit.py` (resource helpers), `cases_a.py` .. `cases_d.py` (ten cases per organisation), `build.py`",
        "  (regenerates `cases/`, `expectations.json` and this README). Run `python3 gen/build.py`, then `python3 check.py`.",
        "",
        "## Organisations and their styles",
        "",
        "1. **Centre Hospitalier Universitaire Zerhoun de Meknès** (Moroccan university hospital): diagnoses in CIM-10 (WHO",
        "   ICD-10, French labels), local act codes (`actes-chu`) and local imaging codes, drugs by ATC with French names,",
        "   notes in French with transliterated Darija (\"ma 3andek walou\", \"bghit nchouf chi tbib akhor\"), AMO-CNSS,",
        "   AMO-CNOPS and RAMED / AMO Tadamon coverage, RCP (tumour board) and staff decisions.",
        "2. **Al-Rawabi General Hospital, Qassim Health Cluster** (Saudi Ministry of Health): ICD-10-AM diagnoses, ACHI",
        "   procedures (plus local order codes), ATC drugs, English notes with Arabic phrases (inshallah, alhamdulillah,",
        "   \"abi ra'y thani\", \"mafi 'ilaj\"), RelatedPerson family members and family meetings in decisions, MOH eligibility.",
        "3. **Lakeshore Interstitial Lung Disease Center** (US ILD clinic): ICD-10-CM, CPT, LOINC, RxNorm, HRCT reports,",
        "   pulmonary function (FVC, DLCO with % predicted components), 6-minute walk distance with nadir SpO2, K-BILD/LCQ,",
        "   antifibrotics and immunosuppression, multidisciplinary discussion, hospice, Medicare/Medicaid/commercial cover.",
        "4. **Strathdon & Glenbuchat Medical Practice, NHS Grampian** (rural Scottish GP): SNOMED CT with legacy Read v2",
        "   codes, CHI numbers, terse SOAP consultation notes, repeat prescriptions (text dm+d-style names), telephone",
        "   consultations and home visits, secondary-care letters and long waits (physio, diabetes clinic).",
        "",
        "## Judgement calls",
        "",
        "- Haemodialysis start (Saudi, CKD 5) is counted as a high-impact treatment only, not as a planned major procedure;",
        "  the AV fistula had already been created.",
        "- Functional colopathy with new nocturnal diarrhoea, weight loss and raised calprotectin is a diagnosis-mismatch case;",
        "  the calprotectin is under 60 days old, so the red-flag e-trigger of the first criterion is not claimed.",
        "- Asbestosis, RA-ILD, IPAF and amiodarone lung toxicity are treated as not rare (not Orphanet entities); IPF,",
        "  hypersensitivity pneumonitis and sarcoidosis were avoided outside the rare-disease cases for that reason.",
        "- MCIDs used: DAS28 1.2, PHQ-9 5, HbA1c ~5 mmol/mol (0.5 %), FVC 5-10 % relative, K-BILD ~5-8 points.",
        "- ICD-10-AM and ACHI have no HL7-registered system URI; `http://hl7.org/fhir/sid/icd-10-am` and",
        "  `http://hl7.org/fhir/sid/achi` are used. Codes the author was not sure of were left as local codes or text.",
        "",
        "## Cases",
        "",
        "| case | target | kind | summary |",
        "| --- | --- | --- | --- |",
    ]
    for cid, s, _ in rows:
        lines.append(f"| {cid} | {s['target']} | {s['kind']} | {s['summary']} |")
    lines.append("")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
