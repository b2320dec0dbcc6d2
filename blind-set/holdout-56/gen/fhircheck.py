"""A small structural FHIR R4 checker for the resources this generator writes.

It is no replacement for the official validator, but it catches the usual slips:
unknown or misspelt top-level elements, missing required elements, status codes outside
their required value sets, malformed dates/instants, Quantities with a code but no system,
empty values, lists where single values belong (and the reverse), and a few invariants.
"""
import base64
import re

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DATETIME = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$")
INSTANT = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$")

COMMON = {"resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension", "modifierExtension"}

ALLOWED = {
    "Patient": {"identifier", "active", "name", "telecom", "gender", "birthDate", "deceasedBoolean", "deceasedDateTime",
                "address", "maritalStatus", "multipleBirthBoolean", "photo", "contact", "communication",
                "generalPractitioner", "managingOrganization", "link"},
    "Organization": {"identifier", "active", "type", "name", "alias", "telecom", "address", "partOf", "contact", "endpoint"},
    "Practitioner": {"identifier", "active", "name", "telecom", "address", "gender", "birthDate", "photo", "qualification", "communication"},
    "RelatedPerson": {"identifier", "active", "patient", "relationship", "name", "telecom", "gender", "birthDate", "address",
                      "photo", "period", "communication"},
    "Coverage": {"identifier", "status", "type", "policyHolder", "subscriber", "subscriberId", "beneficiary", "dependent",
                 "relationship", "period", "payor", "class", "order", "network", "costToBeneficiary", "subrogation", "contract"},
    "Encounter": {"identifier", "status", "statusHistory", "class", "classHistory", "type", "serviceType", "priority", "subject",
                  "episodeOfCare", "basedOn", "participant", "appointment", "period", "length", "reasonCode", "reasonReference",
                  "diagnosis", "account", "hospitalization", "location", "serviceProvider", "partOf"},
    "Condition": {"identifier", "clinicalStatus", "verificationStatus", "category", "severity", "code", "bodySite", "subject",
                  "encounter", "onsetDateTime", "onsetAge", "onsetPeriod", "onsetRange", "onsetString", "abatementDateTime",
                  "abatementAge", "abatementPeriod", "abatementRange", "abatementString", "recordedDate", "recorder", "asserter",
                  "stage", "evidence", "note"},
    "Observation": {"identifier", "basedOn", "partOf", "status", "category", "code", "subject", "focus", "encounter",
                    "effectiveDateTime", "effectivePeriod", "effectiveTiming", "effectiveInstant", "issued", "performer",
                    "valueQuantity", "valueCodeableConcept", "valueString", "valueBoolean", "valueInteger", "valueRange",
                    "valueRatio", "valueSampledData", "valueTime", "valueDateTime", "valuePeriod", "dataAbsentReason",
                    "interpretation", "note", "bodySite", "method", "specimen", "device", "referenceRange", "hasMember",
                    "derivedFrom", "component"},
    "MedicationRequest": {"identifier", "status", "statusReason", "intent", "category", "priority", "doNotPerform", "reportedBoolean",
                          "reportedReference", "medicationCodeableConcept", "medicationReference", "subject", "encounter",
                          "supportingInformation", "authoredOn", "requester", "performer", "performerType", "recorder",
                          "reasonCode", "reasonReference", "instantiatesCanonical", "instantiatesUri", "basedOn", "groupIdentifier",
                          "courseOfTherapyType", "insurance", "note", "dosageInstruction", "dispenseRequest", "substitution",
                          "priorPrescription", "detectedIssue", "eventHistory"},
    "MedicationStatement": {"identifier", "basedOn", "partOf", "status", "statusReason", "category", "medicationCodeableConcept",
                            "medicationReference", "subject", "context", "effectiveDateTime", "effectivePeriod", "dateAsserted",
                            "informationSource", "derivedFrom", "reasonCode", "reasonReference", "note", "dosage"},
    "MedicationAdministration": {"identifier", "instantiates", "partOf", "status", "statusReason", "category",
                                 "medicationCodeableConcept", "medicationReference", "subject", "context", "supportingInformation",
                                 "effectiveDateTime", "effectivePeriod", "performer", "reasonCode", "reasonReference", "request",
                                 "device", "note", "dosage", "eventHistory"},
    "ServiceRequest": {"identifier", "instantiatesCanonical", "instantiatesUri", "basedOn", "replaces", "requisition", "status",
                       "intent", "category", "priority", "doNotPerform", "code", "orderDetail", "quantityQuantity", "subject",
                       "encounter", "occurrenceDateTime", "occurrencePeriod", "occurrenceTiming", "asNeededBoolean", "authoredOn",
                       "requester", "performerType", "performer", "locationCode", "reasonCode", "reasonReference", "insurance",
                       "supportingInfo", "specimen", "bodySite", "note", "patientInstruction", "relevantHistory"},
    "Procedure": {"identifier", "instantiatesCanonical", "instantiatesUri", "basedOn", "partOf", "status", "statusReason",
                  "category", "code", "subject", "encounter", "performedDateTime", "performedPeriod", "performedString",
                  "recorder", "asserter", "performer", "location", "reasonCode", "reasonReference", "bodySite", "outcome",
                  "report", "complication", "complicationDetail", "followUp", "note", "focalDevice", "usedReference", "usedCode"},
    "CarePlan": {"identifier", "instantiatesCanonical", "instantiatesUri", "basedOn", "replaces", "partOf", "status", "intent",
                 "category", "title", "description", "subject", "encounter", "period", "created", "author", "contributor",
                 "careTeam", "addresses", "supportingInfo", "goal", "activity", "note"},
    "Communication": {"identifier", "instantiatesCanonical", "instantiatesUri", "basedOn", "partOf", "inResponseTo", "status",
                      "statusReason", "category", "priority", "medium", "subject", "topic", "about", "encounter", "sent",
                      "received", "recipient", "sender", "reasonCode", "reasonReference", "payload", "note"},
    "Flag": {"identifier", "status", "category", "code", "subject", "period", "encounter", "author"},
    "QuestionnaireResponse": {"identifier", "basedOn", "partOf", "questionnaire", "status", "subject", "encounter", "authored",
                              "author", "source", "item"},
    "DocumentReference": {"masterIdentifier", "identifier", "status", "docStatus", "type", "category", "subject", "date",
                          "author", "authenticator", "custodian", "relatesTo", "description", "securityLabel", "content", "context"},
    "DiagnosticReport": {"identifier", "basedOn", "status", "category", "code", "subject", "encounter", "effectiveDateTime",
                         "effectivePeriod", "issued", "performer", "resultsInterpreter", "specimen", "result", "imagingStudy",
                         "media", "conclusion", "conclusionCode", "presentedForm"},
    "ClinicalImpression": {"identifier", "status", "statusReason", "code", "description", "subject", "encounter",
                           "effectiveDateTime", "effectivePeriod", "date", "assessor", "previous", "problem", "investigation",
                           "protocol", "summary", "finding", "prognosisCodeableConcept", "prognosisReference", "supportingInfo", "note"},
    "AllergyIntolerance": {"identifier", "clinicalStatus", "verificationStatus", "type", "category", "criticality", "code",
                           "patient", "encounter", "onsetDateTime", "recordedDate", "recorder", "asserter", "lastOccurrence",
                           "note", "reaction"},
    "Immunization": {"identifier", "status", "statusReason", "vaccineCode", "patient", "encounter", "occurrenceDateTime",
                     "occurrenceString", "recorded", "primarySource", "reportOrigin", "location", "manufacturer", "lotNumber",
                     "expirationDate", "site", "route", "doseQuantity", "performer", "note", "reasonCode", "protocolApplied"},
    "Appointment": {"identifier", "status", "cancelationReason", "serviceCategory", "serviceType", "specialty", "appointmentType",
                    "reasonCode", "reasonReference", "priority", "description", "supportingInformation", "start", "end",
                    "minutesDuration", "slot", "created", "comment", "patientInstruction", "basedOn", "participant", "requestedPeriod"},
    "EpisodeOfCare": {"identifier", "status", "statusHistory", "type", "diagnosis", "patient", "managingOrganization", "period",
                      "referralRequest", "careManager", "team", "account"},
}

REQUIRED = {
    "RelatedPerson": ["patient"], "Coverage": ["status", "beneficiary", "payor"], "Encounter": ["status", "class"],
    "Condition": ["subject"], "Observation": ["status", "code"], "MedicationRequest": ["status", "intent", "subject", "medication"],
    "MedicationStatement": ["status", "subject", "medication", "effective"],
    "MedicationAdministration": ["status", "subject", "medication", "effective"],
    "ServiceRequest": ["status", "intent", "subject"], "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"], "Communication": ["status"], "Flag": ["status", "code", "subject"],
    "QuestionnaireResponse": ["status"], "DocumentReference": ["status", "content"], "DiagnosticReport": ["status", "code"],
    "ClinicalImpression": ["status", "subject"], "AllergyIntolerance": ["patient"],
    "Immunization": ["status", "vaccineCode", "patient", "occurrence"], "Appointment": ["status", "participant"],
    "EpisodeOfCare": ["status", "patient"],
}

STATUS = {
    "Coverage": {"active", "cancelled", "draft", "entered-in-error"},
    "Encounter": {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled", "entered-in-error", "unknown"},
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"},
    "MedicationRequest": {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown"},
    "MedicationStatement": {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"},
    "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed", "entered-in-error", "stopped", "unknown"},
    "ServiceRequest": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"},
    "CarePlan": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    "Communication": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"},
    "Flag": {"active", "inactive", "entered-in-error"},
    "QuestionnaireResponse": {"in-progress", "completed", "amended", "entered-in-error", "stopped"},
    "DocumentReference": {"current", "superseded", "entered-in-error"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled",
                         "entered-in-error", "unknown"},
    "ClinicalImpression": {"in-progress", "completed", "entered-in-error"},
    "Immunization": {"completed", "entered-in-error", "not-done"},
    "Appointment": {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "entered-in-error",
                    "checked-in", "waitlist"},
    "EpisodeOfCare": {"planned", "waitlist", "active", "onhold", "finished", "cancelled", "entered-in-error"},
}
INTENT = {
    "MedicationRequest": {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    "ServiceRequest": {"proposal", "plan", "directive", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    "CarePlan": {"proposal", "plan", "order", "option"},
}
CARE_ACT_STATUS = {"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped", "unknown", "entered-in-error"}

# element name -> kind, wherever it appears
DATE_KEYS = {"birthDate": "date"}
DATETIME_KEYS = {"onsetDateTime", "abatementDateTime", "recordedDate", "effectiveDateTime", "authoredOn", "occurrenceDateTime",
                 "performedDateTime", "sent", "received", "authored", "creation", "dateAsserted", "created", "start", "end",
                 "deceasedDateTime"}
INSTANT_KEYS = {"issued"}
LIST_KEYS = {"identifier", "name", "telecom", "address", "communication", "qualification", "relationship", "payor",
             "type_list", "reasonCode", "reasonReference", "participant", "category_list", "bodySite_list", "note", "performer_list",
             "interpretation", "referenceRange", "component", "dosageInstruction", "basedOn", "statusReason_list", "activity",
             "addresses", "payload", "recipient", "item", "answer", "author_list", "content", "result", "problem", "finding",
             "conclusionCode", "coding", "given", "prefix", "line", "evidence", "detail", "stage", "derivedFrom", "inResponseTo",
             "about", "medium", "prognosisCodeableConcept", "diagnosis", "reaction", "manifestation", "encounter_list",
             "related", "class_list", "serviceType_list", "report"}


class Problems(list):
    def add(self, where, msg):
        self.append(f"{where}: {msg}")


def _walk(node, path, probs):
    if isinstance(node, dict):
        if not node:
            probs.add(path, "empty object")
        for k, v in node.items():
            p = f"{path}.{k}"
            if v is None or v == "" or v == [] or v == {}:
                probs.add(p, "empty value")
                continue
            if k in DATETIME_KEYS and isinstance(v, str) and not DATETIME.match(v):
                probs.add(p, f"bad dateTime {v!r}")
            if k == "birthDate" and not DATE.match(v):
                probs.add(p, f"bad date {v!r}")
            if k in INSTANT_KEYS and not INSTANT.match(v):
                probs.add(p, f"bad instant {v!r}")
            if k == "valueInteger" and not (isinstance(v, int) and not isinstance(v, bool)):
                probs.add(p, "valueInteger not an integer")
            if k == "valueDecimal" and not isinstance(v, (int, float)):
                probs.add(p, "valueDecimal not a number")
            if k == "valueBoolean" and not isinstance(v, bool):
                probs.add(p, "valueBoolean not boolean")
            if k in ("valueQuantity", "low", "high", "dose") and isinstance(v, dict):
                if not isinstance(v.get("value"), (int, float)) or isinstance(v.get("value"), bool):
                    probs.add(p, "Quantity without numeric value")
                if "code" in v and "system" not in v:
                    probs.add(p, "Quantity code without system")
                if v.get("system") == "http://unitsofmeasure.org" and not v.get("code"):
                    probs.add(p, "UCUM Quantity without code")
            if k == "reference":
                if not isinstance(v, str) or not re.match(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-\.]{1,64}$", v):
                    probs.add(p, f"bad reference {v!r}")
            if k == "coding":
                if not isinstance(v, list):
                    probs.add(p, "coding must be a list")
                else:
                    for c in v:
                        if not isinstance(c, dict) or not isinstance(c.get("code"), str) or not isinstance(c.get("system"), str):
                            probs.add(p, f"coding without system/code {c!r}")
                        elif c["code"] != c["code"].strip() or " " in c["code"] and c["system"].startswith("http://loinc"):
                            probs.add(p, f"suspicious code {c['code']!r}")
            if k in ("reasonCode", "payload", "participant", "identifier", "telecom", "address", "interpretation",
                     "referenceRange", "component", "dosageInstruction", "note", "addresses", "recipient", "item", "answer",
                     "content", "result", "problem", "finding", "given", "line", "basedOn", "reasonReference", "payor",
                     "qualification", "communication", "activity", "about", "inResponseTo", "derivedFrom",
                     "evidence", "conclusionCode") and not isinstance(v, list):
                probs.add(p, "must be a list")
            if k in ("subject", "patient", "beneficiary", "requester", "managingOrganization", "serviceProvider", "custodian",
                     "assessor", "recorder", "asserter", "informationSource", "sender", "request", "partOf", "focus") and isinstance(v, list):
                probs.add(p, "must be a single Reference")
            if k in ("code", "vaccineCode", "medicationCodeableConcept", "valueCodeableConcept", "maritalStatus", "route",
                     "priority_cc", "severity", "outcome", "topic") and isinstance(v, dict) and not ({"coding", "text"} & set(v)):
                probs.add(p, "CodeableConcept without coding or text")
            _walk(v, p, probs)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            if x is None or x == "" or x == {}:
                probs.add(f"{path}[{i}]", "empty list item")
            _walk(x, f"{path}[{i}]", probs)


def check_resource(r):
    probs = Problems()
    rt = r.get("resourceType")
    where = f"{rt}/{r.get('id')}"
    if rt not in ALLOWED:
        probs.add(where, "resource type not covered by checker")
        return probs
    for k in r:
        if k not in COMMON and k not in ALLOWED[rt]:
            probs.add(where, f"unknown element {k}")
    for req in REQUIRED.get(rt, []):
        if not any(k == req or k.startswith(req) and k[len(req):len(req) + 1].isupper() for k in r):
            probs.add(where, f"missing required {req}")
    if rt in STATUS and r.get("status") not in STATUS[rt]:
        probs.add(where, f"status {r.get('status')!r} not allowed")
    if rt in INTENT and r.get("intent") not in INTENT[rt]:
        probs.add(where, f"intent {r.get('intent')!r} not allowed")
    if "language" in r and not re.match(r"^[a-z]{2}(-[A-Z]{2})?$", r["language"]):
        probs.add(where, "bad language")
    # choice types: at most one
    for base in ("value", "effective", "onset", "abatement", "occurrence", "performed", "medication", "deceased"):
        n = [k for k in r if k.startswith(base) and k[len(base):len(base) + 1].isupper()]
        if len(n) > 1:
            probs.add(where, f"several {base}[x]: {n}")
    if rt == "Observation":
        if "dataAbsentReason" in r and any(k.startswith("value") for k in r):
            probs.add(where, "obs-6")
        for c in r.get("component", []):
            if "code" not in c:
                probs.add(where, "component without code")
    if rt == "Condition":
        cs = (r.get("clinicalStatus") or {}).get("coding", [{}])[0].get("code")
        if any(k.startswith("abatement") for k in r) and cs not in ("inactive", "resolved", "remission"):
            probs.add(where, "con-4 abatement with active clinicalStatus")
        cats = [c.get("code") for cat in r.get("category", []) for c in cat.get("coding", [])]
        if "problem-list-item" in cats and not cs:
            probs.add(where, "con-3 missing clinicalStatus")
    if rt == "Encounter":
        if not isinstance(r.get("class"), dict) or "code" not in r["class"]:
            probs.add(where, "Encounter.class must be a Coding")
    if rt == "CarePlan":
        for a in r.get("activity", []):
            d = a.get("detail", {})
            if d and d.get("status") not in CARE_ACT_STATUS:
                probs.add(where, "CarePlan activity detail status")
    if rt == "Appointment":
        for prt in r.get("participant", []):
            if prt.get("status") not in ("accepted", "declined", "tentative", "needs-action"):
                probs.add(where, "Appointment participant status")
    if rt == "DocumentReference":
        for c in r.get("content", []):
            a = c.get("attachment", {})
            try:
                base64.b64decode(a.get("data", ""), validate=True).decode("utf-8")
            except Exception:
                probs.add(where, "attachment not base64 utf-8")
        if "date" in r and not INSTANT.match(r["date"]):
            probs.add(where, "DocumentReference.date must be an instant")
    if rt == "QuestionnaireResponse":
        def items(its):
            for it in its:
                if "linkId" not in it:
                    probs.add(where, "item without linkId")
                for a in it.get("answer", []):
                    if len([k for k in a if k.startswith("value")]) != 1:
                        probs.add(where, "answer needs exactly one value[x]")
                items(it.get("item", []))
        items(r.get("item", []))
    if rt == "Flag" and "author" in r:
        if not re.match(r"^(Device|Organization|Patient|Practitioner|PractitionerRole)/", r["author"]["reference"]):
            probs.add(where, "Flag.author target type")
    if rt == "Communication" and "sender" in r:
        if not re.match(r"^(Device|Organization|Patient|Practitioner|PractitionerRole|RelatedPerson|HealthcareService)/", r["sender"]["reference"]):
            probs.add(where, "Communication.sender target type")
    if rt in ("Patient", "Practitioner", "RelatedPerson") and "name" in r and not isinstance(r["name"], list):
        probs.add(where, "name must be a list")
    if rt == "Organization" and "name" in r and not isinstance(r["name"], str):
        probs.add(where, "Organization.name must be a string")
    if rt == "RelatedPerson" and not isinstance(r.get("relationship", []), list):
        probs.add(where, "RelatedPerson.relationship must be a list")
    if rt == "Coverage" and isinstance(r.get("relationship"), list):
        probs.add(where, "Coverage.relationship must be a CodeableConcept")
    _walk(r, where, probs)
    return probs
