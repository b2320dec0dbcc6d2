"""Validation of the generated bundles beyond check.py.

1. The official FHIR R4 JSON schema (fhir.schema.json, 4.0), when a copy is found at $FHIR_SCHEMA or
   /tmp/fhirschema/package/fhir.schema.json: each resource is validated against its own definition
   (datatypes, enums of code elements, unknown elements, patterns of date/dateTime/instant).
2. Hand-written checks of required primitive elements and a few R4 invariants that the schema does not
   carry (con-3/4/5, obs-6, per-1, dom-?), UCUM quantities, and the banned-word rule.
"""
import json
import os
import re

REQUIRED = {
    "Observation": ["status", "code"],
    "Condition": ["subject"],
    "Encounter": ["status", "class"],
    "MedicationRequest": ["status", "intent", "subject", "medicationCodeableConcept"],
    "MedicationStatement": ["status", "subject", "medicationCodeableConcept"],
    "MedicationAdministration": ["status", "subject", "medicationCodeableConcept"],
    "ServiceRequest": ["status", "intent", "subject"],
    "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"],
    "Communication": ["status"],
    "Flag": ["status", "code", "subject"],
    "QuestionnaireResponse": ["status"],
    "DocumentReference": ["status", "content"],
    "DiagnosticReport": ["status", "code"],
    "ClinicalImpression": ["status", "subject"],
    "Coverage": ["status", "beneficiary", "payor"],
    "Appointment": ["status", "participant"],
    "Goal": ["lifecycleStatus", "description", "subject"],
    "AllergyIntolerance": ["patient"],
    "Immunization": ["status", "vaccineCode", "patient"],
    "CareTeam": [],
    "Patient": [],
    "Practitioner": [],
    "Organization": [],
}
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)

_validators = {}


def _schema_validator(rt):
    path = os.environ.get("FHIR_SCHEMA", "/tmp/fhirschema/package/fhir.schema.json")
    if not os.path.exists(path):
        return None
    if "_schema" not in _validators:
        import jsonschema
        with open(path) as f:
            _validators["_schema"] = json.load(f)
        _validators["_cls"] = jsonschema.Draft6Validator
    schema = _validators["_schema"]
    if rt not in _validators:
        sub = {"$ref": f"#/definitions/{rt}", "definitions": schema["definitions"]}
        _validators[rt] = _validators["_cls"](sub)
    return _validators[rt]


def schema_available():
    return _schema_validator("Patient") is not None


def _walk_quantities(node, path, out):
    if isinstance(node, dict):
        if "value" in node and "unit" in node and isinstance(node.get("value"), (int, float)):
            out.append((path, node))
        for k, v in node.items():
            _walk_quantities(v, path + "." + k, out)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            _walk_quantities(x, f"{path}[{i}]", out)


INT_KEYS = {"valueInteger", "numberOfRepeatsAllowed", "rank", "sequence", "count"}


def _walk_ints(node, path, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in INT_KEYS:
                out.append((path + "." + k, v))
            else:
                _walk_ints(v, path + "." + k, out)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            _walk_ints(x, f"{path}[{i}]", out)


def check_resource(r):
    errs = []
    rt = r.get("resourceType")
    v = _schema_validator(rt)
    if v is not None:
        for e in v.iter_errors(r):
            errs.append(f"schema: {'/'.join(map(str, e.path))}: {e.message[:200]}")
    for el in REQUIRED.get(rt, []):
        if el not in r:
            errs.append(f"missing required {el}")
    if rt == "MedicationAdministration" and not ("effectiveDateTime" in r or "effectivePeriod" in r):
        errs.append("missing effective[x]")
    if rt == "Immunization" and "occurrenceDateTime" not in r:
        errs.append("missing occurrence[x]")
    if rt == "Condition":
        ver = r.get("verificationStatus", {}).get("coding", [{}])[0].get("code")
        clin = r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
        if ver == "entered-in-error" and clin:
            errs.append("con-5")
        if ver != "entered-in-error" and not clin:
            errs.append("con-3: clinicalStatus missing")
        if ("abatementDateTime" in r or "abatementString" in r) and clin not in ("inactive", "resolved", "remission"):
            errs.append("con-4: abatement with active status")
    if rt == "Observation":
        has_val = any(k.startswith("value") for k in r)
        if has_val and "dataAbsentReason" in r:
            errs.append("obs-6")
        if not has_val and "component" not in r and "dataAbsentReason" not in r and "hasMember" not in r:
            errs.append("observation without value/component")
    if rt == "Encounter":
        p = r.get("period", {})
        if "start" in p and "end" in p and p["end"] < p["start"]:
            errs.append("per-1: end before start")
    if rt in ("CarePlan", "Flag"):
        p = r.get("period", {})
        if "start" in p and "end" in p and p["end"] < p["start"]:
            errs.append("per-1: end before start")
    if rt == "DocumentReference":
        for c in r.get("content", []):
            if c.get("attachment", {}).get("contentType") != "text/plain":
                errs.append("note not text/plain")
    ints = []
    _walk_ints(r, rt, ints)
    for path, v in ints:
        if not isinstance(v, int) or isinstance(v, bool):
            errs.append(f"{path}: integer element holds {v!r}")
    qs = []
    _walk_quantities(r, rt, qs)
    for path, q in qs:
        if "code" in q and q.get("system") != "http://unitsofmeasure.org":
            errs.append(f"{path}: quantity code without UCUM system")
    return errs


def _walk_refs(node, out):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                _walk_refs(v, out)
    elif isinstance(node, list):
        for x in node:
            _walk_refs(x, out)


def check_bundle(b):
    errs = []
    ids = set()
    for e in b["entry"]:
        r = e["resource"]
        ids.add(f"{r['resourceType']}/{r['id']}")
        for m in check_resource(r):
            errs.append(f"{r['resourceType']}/{r['id']}: {m}")
    refs = []
    _walk_refs(b, refs)
    for x in refs:
        if not x.startswith("#") and x not in ids:
            errs.append(f"unresolved reference {x!r}")
    raw = json.dumps(b, ensure_ascii=False)
    if BANNED.search(raw):
        errs.append(f"banned word: {BANNED.search(raw).group(0)!r}")
    return errs
