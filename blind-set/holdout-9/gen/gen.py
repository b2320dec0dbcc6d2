#!/usr/bin/env python3
"""Generate the 40 case bundles, expectations.json and README.md of this set (anchor date 2026-12-01)."""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import cases1, cases2, cases3, cases4  # noqa: E402

OUT = os.path.dirname(HERE)
designs = cases1.CASES + cases2.CASES + cases3.CASES + cases4.CASES
assert len(designs) == 40
order = list(range(40))
random.Random(20261201).shuffle(order)

os.makedirs(os.path.join(OUT, "cases"), exist_ok=True)
exp = []
rows = []
names = {}
for n, di in enumerate(order, start=1):
    cid = f"bt-{n:02d}"
    b, meta = designs[di](cid)
    with open(os.path.join(OUT, "cases", f"{cid}.json"), "w") as f:
        json.dump(b.bundle(), f, indent=2)
        f.write("\n")
    exp.append({"case": cid, "target": meta["target"], "kind": meta["kind"], "expected": meta["expected"], "why": meta["why"]})
    rows.append((cid, meta["target"], meta["kind"], meta["specialty"], meta["summary"], len(b.entries)))
    names[designs[di].__name__] = cid

with open(os.path.join(OUT, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=2)
    f.write("\n")

readme = ["# Held-out evaluation set blind-9 (40 synthetic FHIR R4 records)", "",
          "## How it was written", "",
          "Written blind: the records and the expected flags come only from the eight criterion descriptions in the task brief, "
          "the FHIR R4 / US Core specifications and public terminology references (SNOMED CT, ICD-10-CM, CPT, HCPCS, LOINC and LOINC answer lists, "
          "RxNorm, UCUM). No product code, rules, value sets, tests, documentation or other evaluation sets were consulted. "
          "All people, organisations, identifiers and NPIs are fictitious.", "",
          "Each expectation reflects what a careful clinician reviewing the record would conclude, not what any particular implementation does. "
          "Positives are meant to meet only their target criterion and near misses none; `expected` lists every criterion the record meets.", "",
          "## Format", "",
          "- Anchor date: **2026-12-01** (history before it; planned treatments 1-10 weeks after it).",
          "- `cases/bt-NN.json`: one FHIR R4 `Bundle` of type `transaction` per case; every entry has `fullUrl` on the originating organisation's FHIR base, "
          "a `resource` with explicit `id`, and `request: PUT <Type>/<id>`. Patient id = case id; all other ids start with the case id. "
          "References are relative and resolve inside the bundle. Notes are `DocumentReference`s with base64 `text/plain` attachments.",
          "- Records are styled as US Core exports from regional delivery networks and practices: problem lists in SNOMED CT (a few text-only), "
          "encounter diagnoses in ICD-10-CM, procedures in CPT/HCPCS, labs/surveys in LOINC (some local codes), medications in RxNorm "
          "mixing MedicationRequest and MedicationStatement, blood pressure and PHQ-9 as component Observations.",
          "- Case numbers were assigned by a seeded shuffle and carry no meaning.",
          "- `expectations.json`: `{anchorDate, cases: [{case, target, kind, expected, why}]}`.",
          "- `gen/`: the Python generator (`python3 gen/gen.py` rewrites cases, expectations and this README). `check.py`: structural check.", "",
          "## Cases", "", "| case | target | kind | specialty | summary | resources |", "| --- | --- | --- | --- | --- | --- |"]
for r in rows:
    readme.append(f"| {r[0]} | `{r[1]}` | {r[2]} | {r[3]} | {r[4]} | {r[5]} |")
readme += ["", "## Counts", ""]
from collections import Counter
c = Counter((r[1], r[2]) for r in rows)
for t in sorted({r[1] for r in rows}):
    readme.append(f"- `{t}`: {c[(t, 'positive')]} positives, {c[(t, 'near-miss')]} near misses")
calls = [
    ("d27", "chronic spontaneous urticaria has ongoing hives with normal labs, but it is a named diagnosis with active treatment, so only the patient's explicit request (PATIENT_REPORTED_CONCERN) is expected."),
    ("d28", "the request comes from the mother of a 3-year-old (RelatedPerson proxy); the planned tympanostomy tubes are treated as a minor procedure, not MAJOR_PROCEDURE_PLANNED."),
    ("d17", "a completed liver-transplant evaluation that ended in 'not a candidate' is not a planned transplant, so HIGH_IMPACT_TREATMENT is not expected."),
    ("d34", "a kidney transplant completed in 2019 with stable maintenance immunosuppression is not a planned or newly started high-impact treatment."),
    ("d23", "the quality-of-life fall is attributed to treatment toxicity (high-impact QoL branch); FACT-B is not a disease-activity measure, so WORSENING_DESPITE_TREATMENT is not expected."),
    ("d21", "eGFR 11 -> 9 before dialysis is below a clinically important change, so only HIGH_IMPACT_TREATMENT is expected."),
    ("d02", "the initial 'acute bronchitis' label was superseded by the admission diagnosis, so DIAGNOSIS_SYMPTOM_MISMATCH is not expected; the case is the 14-day return-admission e-trigger."),
]
readme += ["", "## Judgement calls", ""]
for fn, txt in calls:
    readme.append(f"- {names[fn]}: {txt}")
with open(os.path.join(OUT, "README.md"), "w") as f:
    f.write("\n".join(readme) + "\n")
print("written", len(rows), "cases;", sum(r[5] for r in rows), "resources")
for r in rows:
    print(r[0], r[1], r[2], r[5])
