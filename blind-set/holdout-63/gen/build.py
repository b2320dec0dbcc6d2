#!/usr/bin/env python3
"""Regenerate the blind-63 evaluation set: cases/dv-NN.json, expectations.json and README.md.

Run from anywhere:  python3 gen/build.py
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import cases_a  # noqa: E402
import cases_b  # noqa: E402
import cases_c  # noqa: E402
import cases_d  # noqa: E402

ORGS = [("Croatian general hospital", cases_a), ("Vietnamese central hospital", cases_b),
        ("Hand and upper-limb surgery service", cases_c), ("Headache and migraine centre", cases_d)]
ANCHOR = "2026-12-01"
SEED = 63


def main():
    logical = []
    for org_name, mod in ORGS:
        for fn, target, kind, expected, why, summary in mod.CASES:
            logical.append((org_name, fn, target, kind, expected, why, summary))
    assert len(logical) == 40, len(logical)
    numbers = list(range(1, 41))
    random.Random(SEED).shuffle(numbers)

    cases_dir = os.path.join(ROOT, "cases")
    os.makedirs(cases_dir, exist_ok=True)
    for f in os.listdir(cases_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(cases_dir, f))

    rows = []
    for (org_name, fn, target, kind, expected, why, summary), n in zip(logical, numbers):
        cid = f"dv-{n:02d}"
        case = fn(cid)
        with open(os.path.join(cases_dir, cid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(case.bundle(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        rows.append({"case": cid, "target": target, "kind": kind, "expected": list(expected), "why": why,
                     "_org": org_name, "_summary": summary, "_n": len(case.entries)})
    rows.sort(key=lambda r: r["case"])

    exp = {"anchorDate": ANCHOR,
           "cases": [{k: v for k, v in r.items() if not k.startswith("_")} for r in rows]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD)
        fh.write("| case | target | kind | summary |\n| --- | --- | --- | --- |\n")
        for r in rows:
            extra = ""
            others = [e for e in r["expected"] if e != r["target"]]
            if others:
                extra = " (also expected: " + ", ".join(others) + ")"
            fh.write(f"| {r['case']} | {r['target']} | {r['kind']} | {r['_org']}: {r['_summary']}{extra} "
                     f"({r['_n']} resources) |\n")
    print(f"wrote {len(rows)} cases to {cases_dir}")


README_HEAD = """# blind-63: held-out evaluation set (40 synthetic FHIR R4 patient records)

## How it was written

This set was written **blind**: its author did not read the product's code, rules, tests or any other evaluation
set. The only inputs were the task brief (the eight published criteria with their default definitions), the FHIR R4
specification, public terminologies (WHO ICD-10, ICD-10-CM, SNOMED CT, LOINC and LOINC answer lists, RxNorm, ATC,
CPT, HCPCS, CVX, UCUM, Orphanet, HL7 code systems) and clinical knowledge. All patients, clinicians, organisations,
identifiers and web addresses are fictitious.

For each of the eight criteria there are **3 positives** (a careful clinician would say the criterion is met) and
**2 near misses** (records that look similar but where the criterion is not met, for a clinically sound reason:
already done, explained by a later diagnosis, change below the minimal important difference, treatment not running,
a "No" answer, a second opinion already on record, minor procedure, benign finding, rare disease refuted, ...).
`expected` in `expectations.json` lists every criterion the whole record meets; extra criteria were avoided on
purpose, so every near miss expects nothing and every positive expects only its target.

**Anchor date: 2026-12-01.** Everything before it is history; planned operations, treatment cycles and admissions
lie after it.

## Format

- `cases/dv-NN.json` (dv-01 ... dv-40): one FHIR R4 `Bundle` of type `transaction` per patient, 15-60 entries.
  Every entry has a `fullUrl` on the originating organisation's FHIR base, a resource with an explicit `id`
  (the Patient id is the case id, every other id starts with it) and `request: PUT <Type>/<id>`. References are
  relative and resolve inside the bundle (Organizations and Practitioners included). Clinical notes are
  `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments.
- Case numbers were shuffled with a fixed seed (63) so they say nothing about the expectation.
- `expectations.json`: `{"anchorDate", "cases": [{"case", "target", "kind", "expected", "why"}]}`.
- `gen/`: `fhirkit.py` (resource builders), `cases_a.py` ... `cases_d.py` (ten cases per organisation) and
  `build.py`; `python3 gen/build.py` regenerates cases, expectations and this README.
- `python3 check.py` checks the structure.

## The organisations and their styles

1. **Opća bolnica Zlatna Dolina** (Croatian general hospital, `cases_a.py`): WHO ICD-10 diagnoses with Croatian
   text, local procedure and visit-type code systems (`dtp-postupci`, `vrsta-posjete`), LOINC laboratory results in
   SI units, ATC-coded medicines with Croatian product text, notes (nalaz i mišljenje, otpusno pismo, konzilij) in
   Croatian, HZZO compulsory insurance (MBO/OIB identifiers), a primary-care Dom zdravlja and a tertiary KBC as
   second-opinion or cardiac-surgery centre.
2. **Bệnh viện Trung ương Sông Hồng** (Vietnamese central hospital, `cases_b.py`): ICD-10 Vietnamese edition under a
   national system URI with Vietnamese displays, Ministry of Health technical-service codes (`dich-vu-ky-thuat`),
   BHYT insurance cards, CCCD identifiers, notes and consultation minutes (biên bản hội chẩn) in Vietnamese, and
   family members (RelatedPerson: son, daughter, wife, husband, father) speaking for the patient.
3. **Northbridge Hand and Upper Limb Unit** (UK NHS hand surgery service, `cases_c.py`): SNOMED CT and ICD-10,
   NHS numbers, local codes for neurophysiology (nerve conduction studies/EMG) and PROMs (QuickDASH, Boston carpal
   tunnel questionnaire), splints and hand-therapy care plans, clinic letters to the GP, tendon and nerve surgery
   decisions.
4. **Lakeside Headache and Migraine Center** (US headache centre, `cases_d.py`): ICD-10-CM, CPT and HCPCS,
   RxNorm/ATC, LOINC, CVX; headache-diary observations (monthly migraine/headache/acute-medication days), MIDAS,
   HIT-6 and EQ-5D scores, preventive trials, onabotulinumtoxinA and CGRP antibodies, imaging and optometry for red
   flags, patient-portal messages.

## Judgement calls

- The PATIENT_REPORTED_CONCERN positive from the Vietnamese hospital is a portal message from the patient's son,
  written on her behalf and with her stated agreement (a RelatedPerson sender, not the Patient).
- The headache-centre HIGH_IMPACT_TREATMENT positive meets the criterion only through its second limb: a
  patient-reported quality-of-life score (EQ-5D) falling beyond its MCID after a preventive drug started.
- MCIDs used: HbA1c 0.5 %, QuickDASH about 15 points, EORTC QLQ-C30 global health 10 points, EQ-5D VAS about 10,
  HIT-6 about 6, a change of 1 migraine day/month treated as below MCID.
- Singh/Murphy e-triggers are used for two PERSISTENT_SYMPTOMS_NORMAL_WORKUP positives (unplanned admission 8 days
  after a GP visit; positive FIT with iron-deficiency anaemia and no colonoscopy for more than 60 days).
- Office injections (occipital nerve block, onabotulinumtoxinA) and a fingertip terminalisation under digital block
  are treated as minor procedures.

## Cases

"""

if __name__ == "__main__":
    main()
