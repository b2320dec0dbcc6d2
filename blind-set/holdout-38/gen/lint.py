#!/usr/bin/env python3
"""Own structural FHIR R4 checks (datatypes, required elements, a few invariants) for the cases."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DT = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?)?)?$")
INST = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
REQ = {"Patient": [], "Organization": [], "Practitioner": [], "RelatedPerson": ["patient"], "Coverage": ["status", "beneficiary", "payor"],
       "Encounter": ["status", "class"], "Condition": ["subject"], "Observation": ["status", "code"], "MedicationRequest": ["status", "intent", "subject"],
       "MedicationStatement": ["status", "subject"], "MedicationAdministration": ["status", "subject"], "Procedure": ["status", "subject"],
       "ServiceRequest": ["status", "intent", "subject"], "CarePlan": ["status", "intent", "subject"], "Communication": ["status"], "Flag": ["status", "code", "subject"],
       "QuestionnaireResponse": ["status"], "DocumentReference": ["status", "content"], "DiagnosticReport": ["status", "code"], "ClinicalImpression": ["status", "subject"]}
DATEF = {"birthDate": DATE, "onsetDateTime": DT, "recordedDate": DT, "abatementDateTime": DT, "effectiveDateTime": DT, "authoredOn": DT, "occurrenceDateTime": DT,
         "performedDateTime": DT, "start": DT, "end": DT, "sent": DT, "dateAsserted": DT, "creation": DT, "issued": INST}
errs = []


def walk(n, path, fn):
    if isinstance(n, dict):
        if not n:
            errs.append(f"{fn} {path}: empty object")
        for k, v in n.items():
            if v is None or v == "" or v == []:
                errs.append(f"{fn} {path}.{k}: empty/null")
            if k in DATEF and isinstance(v, str) and not DATEF[k].match(v):
                errs.append(f"{fn} {path}.{k}: bad date {v}")
            if k == "coding":
                for c in v:
                    if not c.get("system") or not c.get("code"):
                        errs.append(f"{fn} {path}: coding without system/code")
            if k == "valueInteger" and (not isinstance(v, int) or isinstance(v, bool)):
                errs.append(f"{fn} {path}: valueInteger {v!r}")
            if k in ("valueQuantity",) and (not isinstance(v.get("value"), (int, float)) or v.get("system") != "http://unitsofmeasure.org" or not v.get("code")):
                errs.append(f"{fn} {path}: bad valueQuantity {v}")
            if k in ("reasonCode", "category", "interpretation", "performer", "note", "identifier", "name", "result", "author") and path.count(".") == 0 and not isinstance(v, list) and k != "author" and not (k == "name" and path == "Organization"):
                errs.append(f"{fn} {path}.{k}: should be list")
            walk(v, f"{path}.{k}", fn)
    elif isinstance(n, list):
        for i, x in enumerate(n):
            walk(x, f"{path}[{i}]", fn)


for f in sorted(glob.glob(os.path.join(HERE, "cases", "*.json"))):
    fn = os.path.basename(f)
    b = json.load(open(f))
    for e in b["entry"]:
        r = e["resource"]
        rt = r["resourceType"]
        for k in REQ.get(rt, ["?"]):
            if k == "?" or k not in r:
                errs.append(f"{fn} {rt}/{r['id']}: missing {k}")
        if rt in ("MedicationRequest", "MedicationStatement", "MedicationAdministration") and "medicationCodeableConcept" not in r:
            errs.append(f"{fn} {r['id']}: no medication[x]")
        if rt == "MedicationAdministration" and "effectiveDateTime" not in r:
            errs.append(f"{fn} {r['id']}: no effective[x]")
        if rt == "DocumentReference" and not INST.match(r.get("date", "")):
            errs.append(f"{fn} {r['id']}: date not instant")
        if rt == "Condition":
            cs = (r.get("clinicalStatus") or {}).get("coding", [{}])[0].get("code")
            if "abatementDateTime" in r and cs not in ("inactive", "resolved", "remission"):
                errs.append(f"{fn} {r['id']}: con-4")
        if rt == "Encounter" and r["status"] == "finished" and "end" not in r.get("period", {}):
            errs.append(f"{fn} {r['id']}: finished without end")
        if rt == "CarePlan":
            for a in r.get("activity", []):
                if "status" not in a.get("detail", {}):
                    errs.append(f"{fn} {r['id']}: activity detail status")
        if rt == "Observation" and "valueQuantity" in r and "referenceRange" in r:
            for rr in r["referenceRange"]:
                for q in rr.values():
                    if q.get("code") != r["valueQuantity"].get("code"):
                        errs.append(f"{fn} {r['id']}: range unit differs")
        walk(r, rt, fn)
print("\n".join(errs[:80]) or "lint OK", f"({len(errs)} problems)")
sys.exit(1 if errs else 0)
