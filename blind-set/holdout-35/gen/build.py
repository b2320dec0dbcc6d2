#!/usr/bin/env python3
"""Regenerate blind-35: cases/ct-NN.json, expectations.json and README.md."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases_a  # noqa: E402,F401
import cases_b  # noqa: E402,F401
from lib import B, CASES, ORGS  # noqa: E402

ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "cases")
ORGLABEL = {"de": "German university hospital", "id": "ID & HIV clinic", "ns": "Neurosurgery & spine centre",
            "th": "Telehealth primary care"}


def main():
    assert len(CASES) == 40, len(CASES)
    order = list(range(40))
    random.Random(3535).shuffle(order)
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith(".json"):
            os.remove(os.path.join(OUT, f))
    rows = []
    for num, idx in enumerate(order, 1):
        c = CASES[idx]
        cid = f"ct-{num:02d}"
        b = B(cid, c["org"])
        c["fn"](b)
        with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(b.bundle(), fh, ensure_ascii=False, indent=1)
        rows.append(dict(case=cid, target=c["target"], kind=c["kind"], expected=c["expected"], why=c["why"],
                         org=c["org"], summary=c["summary"], n=len(b.entries)))
    rows.sort(key=lambda r: r["case"])
    exp = {"anchorDate": "2026-12-01",
           "cases": [{k: r[k] for k in ("case", "target", "kind", "expected", "why")} for r in rows]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    write_readme(rows)
    print(f"wrote {len(rows)} cases, {sum(r['n'] for r in rows)} resources "
          f"(min {min(r['n'] for r in rows)}, max {max(r['n'] for r in rows)})")


def write_readme(rows):
    lines = [
        "# blind-35 - held-out evaluation set (40 synthetic FHIR R4 patient records)", "",
        "## How it was written", "",
        "Written blind: the only inputs were the task brief (the eight published criteria and their default definitions),",
        "the FHIR R4 specification, public terminology references (ICD-10-GM, ICD-10-CM, OPS, CPT, LOINC, SNOMED CT,",
        "RxNorm, ATC, CVX, Orphanet, HL7 code systems) and clinical knowledge. No product code, rules or other evaluation",
        "sets were looked at. For each criterion there are 3 positives and 2 near misses (clinically sound reasons the",
        "criterion is not met: explained by a later diagnosis, follow-up already done, symptoms resolved, label replaced,",
        "procedure already performed, minor procedure, second opinion on record, surgery-only limitation, preventive",
        "low-burden drugs, order revoked, 'No' answer, change below the minimal important difference, treatment stopped,",
        "too few active chronic conditions, rare disease resolved).", "",
        "**Anchor date: 2026-12-01.** History lies before it; planned operations, treatments and admissions after it.", "",
        "## Format", "",
        "- `cases/ct-NN.json`: one FHIR R4 `Bundle` of type `transaction` per case; every entry has a `fullUrl` on the",
        "  originating organisation's FHIR base, a resource with explicit id and `request: PUT <Type>/<id>`. The Patient id",
        "  is the case id, all other ids are prefixed with it. References are relative and resolve inside the bundle.",
        "- Clinical notes are `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments.",
        "- Case numbers are shuffled with a fixed seed (`random.Random(3535)`), so they say nothing about the expectation.",
        "- `expectations.json`: anchor date and, per case, target criterion, kind (positive / near-miss), the full list of",
        "  criteria a careful clinician would say the record meets, and a one-to-two-sentence reason.",
        "- `gen/build.py` regenerates everything (`gen/lib.py` = small bundle builder, `gen/cases_a.py` and",
        "  `gen/cases_b.py` = the 40 case definitions). `python3 check.py` verifies the structure.", "",
        "## Organisations and their export styles", "",
        f"1. **{ORGS['de']['name']}** (German university hospital, base `{ORGS['de']['base']}`): ICD-10-GM 2026 with the",
        "   Diagnosesicherheit extension (G/V/A/Z), OPS procedure codes, LOINC plus local lab codes with German display",
        "   names, ATC medication codes, German notes (Ambulanzbrief, Prämedikation) and English discharge letters for",
        "   international patients, GKV coverage.",
        f"2. **{ORGS['id']['name']}** (base `{ORGS['id']['base']}`): ICD-10-CM with SNOMED CT, LOINC viral loads and CD4",
        "   series (with `<` comparators), antiretroviral regimens as local formulary codes/text, resistance genotypes,",
        "   hepatitis B/C care, travel medicine, CPT procedures.",
        f"3. **{ORGS['ns']['name']}** (base `{ORGS['ns']['base']}`): imaging reports as DiagnosticReport text with CPT codes,",
        "   neuro-oncology, DBS, spine surgery booking (ServiceRequest + Appointment), pre-operative assessments,",
        "   local neurological scale codes.",
        f"4. **{ORGS['th']['name']}** (base `{ORGS['th']['base']}`): video visits (Encounter class VR), patient-generated",
        "   home BP / glucose observations, patient-portal Communications, e-consults to specialists, RxNorm, ICD-10-CM.", "",
        "## Cases", "",
        "| case | target | kind | summary |", "| --- | --- | --- | --- |",
    ]
    for r in rows:
        extra = [e for e in r["expected"] if e != r["target"]]
        s = f"{r['summary']} ({ORGLABEL[r['org']]})" + (f"; also expected: {', '.join(extra)}" if extra else "")
        lines.append(f"| {r['case']} | {r['target']} | {r['kind']} | {s} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
