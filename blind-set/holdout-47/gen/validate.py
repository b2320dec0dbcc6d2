#!/usr/bin/env python3
"""Validate the generated bundles as FHIR R4 (4.0.1).

1. JSON Schema: the official FHIR R4 JSON schema (fhir.schema.json, 'http://hl7.org/fhir/json-schema/4.0'),
   read from $FHIR_R4_SCHEMA or /tmp/fhirschema/package/fhir.schema.json; skipped with a notice if absent.
2. Cardinality of required primitive elements that the schema leaves optional, and a few R4 invariants
   (con-3, con-4, obs-6, obs-7, qty-3, att-1, app-2/app-3, org-1, per-1) plus calendar-valid dates.
Run: python3 gen/validate.py   (exit status 0 = valid)
"""
import datetime
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA = os.environ.get("FHIR_R4_SCHEMA", "/tmp/fhirschema/package/fhir.schema.json")

REQUIRED = {
    "Observation": ["status", "code"], "Condition": ["subject"], "Encounter": ["status", "class"],
    "MedicationRequest": ["status", "intent", "medicationCodeableConcept|medicationReference", "subject"],
    "MedicationStatement": ["status", "medicationCodeableConcept|medicationReference", "subject"],
    "MedicationAdministration": ["status", "medicationCodeableConcept|medicationReference", "subject", "effectiveDateTime|effectivePeriod"],
    "ServiceRequest": ["status", "intent", "subject"], "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"], "Communication": ["status"],
    "QuestionnaireResponse": ["status"], "Flag": ["status", "code", "subject"],
    "DocumentReference": ["status", "content"], "DiagnosticReport": ["status", "code"],
    "ClinicalImpression": ["status", "subject"], "Coverage": ["status", "beneficiary", "payor"],
    "Appointment": ["status", "participant"], "EpisodeOfCare": ["status", "patient"],
    "Goal": ["lifecycleStatus", "description", "subject"], "AllergyIntolerance": ["patient"],
    "FamilyMemberHistory": ["status", "patient", "relationship"],
    "Immunization": ["status", "vaccineCode", "patient", "occurrenceDateTime|occurrenceString"],
    "RelatedPerson": ["patient"], "Patient": [], "Practitioner": [], "Organization": [],
}
DATE_KEYS = re.compile(r"(Date|DateTime|date|start|end|authoredOn|issued|recordedDate|sent|authored|created|occurrenceDateTime|birthDate|dateAsserted|creation|onsetDateTime|abatementDateTime|performedDateTime|effectiveDateTime)$")
errors = []


def err(m):
    errors.append(m)


def parse_when(s):
    if "T" in s:
        datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
        if not re.search(r"(Z|[+-]\d\d:\d\d)$", s):
            raise ValueError("dateTime with time but no zone")
        return datetime.datetime.fromisoformat(s.replace("Z", "+00:00"))
    parts = s.split("-")
    if len(parts) == 3:
        return datetime.datetime(int(parts[0]), int(parts[1]), int(parts[2]), tzinfo=datetime.timezone.utc)
    if len(parts) == 2:
        return datetime.datetime(int(parts[0]), int(parts[1]), 1, tzinfo=datetime.timezone.utc)
    return datetime.datetime(int(parts[0]), 1, 1, tzinfo=datetime.timezone.utc)


def walk(node, path, where):
    if isinstance(node, dict):
        if "code" in node and "system" not in node and isinstance(node.get("code"), str) and ("display" in node or "unit" in node):
            if "unit" in node or "value" in node:
                err(f"{where}: qty-3 quantity code without system at {path}")
            else:
                err(f"{where}: coding without system at {path}")
        if "start" in node and "end" in node and isinstance(node["start"], str) and isinstance(node["end"], str):
            try:
                if parse_when(node["start"]) > parse_when(node["end"]):
                    err(f"{where}: per-1 start after end at {path}")
            except Exception as e:  # noqa
                err(f"{where}: bad period at {path}: {e}")
        if "data" in node and "contentType" not in node:
            err(f"{where}: att-1 at {path}")
        for k, v in node.items():
            if isinstance(v, str) and DATE_KEYS.search(k) and re.match(r"^\d{4}", v):
                try:
                    parse_when(v)
                except Exception as e:  # noqa
                    err(f"{where}: bad date {k}={v!r} ({e})")
            walk(v, f"{path}.{k}", where)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            walk(x, f"{path}[{i}]", where)


def custom(r, where):
    rt = r["resourceType"]
    if rt not in REQUIRED:
        err(f"{where}: resource type {rt} not covered by custom checks")
    for req in REQUIRED.get(rt, []):
        if not any(k in r for k in req.split("|")):
            err(f"{where}: missing required {req}")
    if rt == "Condition":
        ver = r.get("verificationStatus", {}).get("coding", [{}])[0].get("code")
        clin = r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
        cats = [c["coding"][0]["code"] for c in r.get("category", [])]
        if "problem-list-item" in cats and ver != "entered-in-error" and not clin:
            err(f"{where}: con-3 problem-list-item without clinicalStatus")
        if any(k.startswith("abatement") for k in r) and clin not in ("inactive", "resolved", "remission"):
            err(f"{where}: con-4 abatement with clinicalStatus {clin}")
    if rt == "Observation":
        if "dataAbsentReason" in r and any(k.startswith("value") for k in r):
            err(f"{where}: obs-6")
        own = {(c.get("system"), c.get("code")) for c in r["code"].get("coding", [])}
        for comp in r.get("component", []):
            cc = {(c.get("system"), c.get("code")) for c in comp["code"].get("coding", [])}
            if own & cc and any(k.startswith("value") for k in r):
                err(f"{where}: obs-7")
        for rr in r.get("referenceRange", []):
            if not any(k in rr for k in ("low", "high", "text")):
                err(f"{where}: obs-3")
    if rt == "Appointment":
        has_s, has_e = "start" in r, "end" in r
        if has_s != has_e:
            err(f"{where}: app-2")
        if not has_s and r["status"] not in ("proposed", "cancelled", "waitlist"):
            err(f"{where}: app-3")
        for p in r["participant"]:
            if "status" not in p:
                err(f"{where}: participant.status missing")
    if rt == "Organization" and not (r.get("name") or r.get("identifier")):
        err(f"{where}: org-1")
    if rt == "CarePlan":
        for a in r.get("activity", []):
            if "detail" in a and "status" not in a["detail"]:
                err(f"{where}: activity.detail.status missing")
    if rt == "QuestionnaireResponse":
        def items(lst):
            for it in lst:
                if "linkId" not in it:
                    err(f"{where}: item without linkId")
                items(it.get("item", []))
        items(r.get("item", []))
    if rt == "AllergyIntolerance":
        for rx in r.get("reaction", []):
            if not rx.get("manifestation"):
                err(f"{where}: reaction.manifestation missing")
    if rt == "DocumentReference" and r.get("date") and "T" not in r["date"]:
        err(f"{where}: DocumentReference.date must be an instant")


def main():
    validator = None
    if os.path.exists(SCHEMA):
        import jsonschema
        with open(SCHEMA) as f:
            schema = json.load(f)
        defs = schema["definitions"]
        validators = {}

        def get(rt):
            if rt not in validators:
                validators[rt] = jsonschema.Draft6Validator({"$ref": f"#/definitions/{rt}", "definitions": defs})
            return validators[rt]
        validator = get
    else:
        print(f"notice: {SCHEMA} not found: JSON-schema step skipped (custom checks only)")
    cases = os.path.join(HERE, "cases")
    n = 0
    for fn in sorted(os.listdir(cases)):
        with open(os.path.join(cases, fn)) as f:
            b = json.load(f)
        shell = {k: v for k, v in b.items() if k != "entry"}
        shell["entry"] = [{k: v for k, v in e.items() if k != "resource"} for e in b["entry"]]
        if validator:
            for e in validator("Bundle").iter_errors(shell):
                err(f"{fn}: Bundle: {e.message[:200]} at {list(e.absolute_path)}")
        for e in b["entry"]:
            r = e["resource"]
            where = f"{fn} {r['resourceType']}/{r['id']}"
            n += 1
            if validator:
                for ve in validator(r["resourceType"]).iter_errors(r):
                    err(f"{where}: {ve.message[:200]} at {list(ve.absolute_path)}")
            custom(r, where)
            walk(r, r["resourceType"], where)
    if errors:
        print("INVALID")
        for m in errors[:200]:
            print(" -", m)
        print(f"{len(errors)} problems")
        sys.exit(1)
    print(f"valid: {n} resources in {len(os.listdir(cases))} bundles")


if __name__ == "__main__":
    main()
