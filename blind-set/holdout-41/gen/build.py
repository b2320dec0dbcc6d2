#!/usr/bin/env python3
"""Regenerate blind-41: python3 gen/build.py (writes cases/, expectations.json, README.md)."""
import json, os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from lib import Case, ORGS
import cases_es, cases_sp, cases_rh, cases_hn

ROOT = os.path.dirname(HERE)
ORGNAME = {"ES": "Spanish public hospital", "SP": "US spine centre", "RH": "Rheumatology clinic", "HN": "Head-and-neck / ENT cancer"}
specs = [(k, *b) for k, mod in [("ES", cases_es), ("SP", cases_sp), ("RH", cases_rh), ("HN", cases_hn)] for b in mod.BUILDERS]
assert len(specs) == 40
order = list(range(40))
random.Random(4141).shuffle(order)
os.makedirs(os.path.join(ROOT, "cases"), exist_ok=True)
for f in os.listdir(os.path.join(ROOT, "cases")):
    os.remove(os.path.join(ROOT, "cases", f))
exp, rows = [], []
for i, (org, target, kind, fn, pat, extra, why, summary) in enumerate(specs):
    cid = f"cz-{order[i] + 1:02d}"
    c = Case(cid, org, pat)
    fn(c)
    with open(os.path.join(ROOT, "cases", cid + ".json"), "w", encoding="utf-8") as f:
        json.dump(c.bundle(), f, ensure_ascii=False, indent=1)
    expected = ([target] if kind == "positive" else []) + list(extra)
    exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
    rows.append((cid, target, kind, f"{ORGNAME[org]}: {summary} ({len(c.entries)} resources)"))
exp.sort(key=lambda x: x["case"]); rows.sort()
with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, ensure_ascii=False, indent=1)

readme = f"""# blind-41: held-out evaluation set (40 synthetic FHIR R4 patient records)

Written **blind**: the only inputs were the task brief (eight criteria and their published default definitions), the FHIR R4
specification, public terminology references (SNOMED CT, ICD-10-CM / CIE-10-ES, ICD-10-PCS, CPT, LOINC, RxNorm, ATC, UCUM,
CVX, Orphanet, HL7 code systems) and clinical knowledge. No product code, rules or other evaluation sets were read.

- **Anchor date:** 2026-12-01. History lies before it; planned operations, treatments and admissions lie after it.
- **Format:** `cases/cz-NN.json`, each a FHIR R4 `Bundle` of `type: transaction`; every entry has a `fullUrl` on the
  originating organisation's FHIR base and `request: PUT <Type>/<id>`; Patient id = case id, other ids are prefixed with it.
  References are relative and resolve inside the bundle. Clinical notes are `DocumentReference` with base64 `text/plain`.
- **Expectations:** `expectations.json` lists, per case, the target criterion, `positive` or `near-miss`, every criterion a
  careful clinician would say the whole record meets (`expected`), and a short rationale.
- Case numbers were shuffled with a fixed seed (4141), so they carry no information about the expectation.
- **Regenerate:** `python3 gen/build.py` (helpers in `gen/lib.py`, cases per organisation in `gen/cases_*.py`).
- **Check:** `python3 check.py`.

## Organisations and their styles

| org | fullUrl base | style |
| --- | --- | --- |
| {ORGS['ES']['name']} (Spain) | `{ORGS['ES']['base']}` | CIE-10-ES diagnoses and ICD-10-PCS (CIE-10-ES procedimientos) codes, local laboratory codes with Spanish names (LOINC alongside), ATC medication codes, notes in Spanish, some with an English summary, primary-care and hospital encounters |
| {ORGS['SP']['name']} (US) | `{ORGS['SP']['base']}` | ICD-10-CM, CPT procedures and visits, Oswestry Disability Index, PROMIS PF, EQ-5D-5L, pain NRS (LOINC 72514-3), epidural injections, PT courses, fusion and decompression bookings, RxNorm |
| {ORGS['RH']['name']} (US) | `{ORGS['RH']['base']}` | ICD-10-CM with SNOMED CT, local disease-activity codes (DAS28-CRP, CDAI, HAQ-DI, BVAS, DAPSA), ESR/CRP series, biologic switches, vasculitis, steroid effects, RxNorm |
| {ORGS['HN']['name']} (US) | `{ORGS['HN']['base']}` | ICD-10-CM, SNOMED CT, CPT (laryngoscopy, biopsy, PET/CT, IMRT, swallow evaluation), audiology and voice/swallow scores with local codes, tumour-board notes |

Each organisation contributes 10 cases; the signal sits in different resource types (Condition, Observation series,
ServiceRequest, Procedure, CarePlan, MedicationRequest/Statement, Communication, QuestionnaireResponse, Flag,
DocumentReference, DiagnosticReport, Encounter), sometimes only in a note.

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
""" + "\n".join(f"| {a} | {b} | {c_} | {d} |" for a, b, c_, d in rows) + "\n"
with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
print("wrote", len(rows), "cases")
