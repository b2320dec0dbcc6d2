"""A small structural validator for the FHIR R4 resources used in this set.

Not a replacement for the official validator (no JVM here): it checks element names,
cardinality (list vs single), required elements, primitive formats (date, dateTime,
instant, integer, decimal, code, base64), the datatypes of nested elements, value[x]
exclusivity, a few invariants and the target types of important references.
"""
import base64
import re

S, L = "S", "L"
R = "R"  # required marker

P_RE = {
    "date": re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"),
    "dateTime": re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$"),
    "instant": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$"),
    "code": re.compile(r"^[^\s]+( [^\s]+)*$"),
    "id": re.compile(r"^[A-Za-z0-9\-\.]{1,64}$"),
    "uri": re.compile(r"^\S*$"),
}

COMMON_DR = {"id": (S, "id"), "meta": (S, "Meta"), "implicitRules": (S, "uri"), "language": (S, "code"),
             "text": (S, "Narrative"), "contained": (L, "Resource"), "extension": (L, "Extension"),
             "modifierExtension": (L, "Extension"), "resourceType": (S, "string")}

T = {
    "Meta": {"versionId": (S, "id"), "lastUpdated": (S, "instant"), "source": (S, "uri"), "profile": (L, "canonical"),
             "security": (L, "Coding"), "tag": (L, "Coding")},
    "Extension": {"url": (S, "uri", R), "valueString": (S, "string"), "valueCodeableConcept": (S, "CodeableConcept"),
                  "valueBoolean": (S, "boolean"), "valueDateTime": (S, "dateTime"), "valueInteger": (S, "integer")},
    "Narrative": {"status": (S, "code", R), "div": (S, "string", R)},
    "Coding": {"system": (S, "uri"), "version": (S, "string"), "code": (S, "code"), "display": (S, "string"),
               "userSelected": (S, "boolean")},
    "CodeableConcept": {"coding": (L, "Coding"), "text": (S, "string")},
    "Reference": {"reference": (S, "string"), "type": (S, "uri"), "identifier": (S, "Identifier"), "display": (S, "string")},
    "Identifier": {"use": (S, "code"), "type": (S, "CodeableConcept"), "system": (S, "uri"), "value": (S, "string"),
                   "period": (S, "Period"), "assigner": (S, "Reference")},
    "Period": {"start": (S, "dateTime"), "end": (S, "dateTime")},
    "Quantity": {"value": (S, "decimal"), "comparator": (S, "code"), "unit": (S, "string"), "system": (S, "uri"),
                 "code": (S, "code")},
    "Range": {"low": (S, "Quantity"), "high": (S, "Quantity")},
    "Ratio": {"numerator": (S, "Quantity"), "denominator": (S, "Quantity")},
    "HumanName": {"use": (S, "code"), "text": (S, "string"), "family": (S, "string"), "given": (L, "string"),
                  "prefix": (L, "string"), "suffix": (L, "string"), "period": (S, "Period")},
    "Address": {"use": (S, "code"), "type": (S, "code"), "text": (S, "string"), "line": (L, "string"),
                "city": (S, "string"), "district": (S, "string"), "state": (S, "string"), "postalCode": (S, "string"),
                "country": (S, "string"), "period": (S, "Period")},
    "ContactPoint": {"system": (S, "code"), "value": (S, "string"), "use": (S, "code"), "rank": (S, "positiveInt"),
                     "period": (S, "Period")},
    "Annotation": {"authorReference": (S, "Reference"), "authorString": (S, "string"), "time": (S, "dateTime"),
                   "text": (S, "markdown", R)},
    "Attachment": {"contentType": (S, "code"), "language": (S, "code"), "data": (S, "base64Binary"), "url": (S, "uri"),
                   "size": (S, "unsignedInt"), "hash": (S, "base64Binary"), "title": (S, "string"), "creation": (S, "dateTime")},
    "Dosage": {"sequence": (S, "integer"), "text": (S, "string"), "patientInstruction": (S, "string"),
               "timing": (S, "Timing"), "asNeededBoolean": (S, "boolean"), "route": (S, "CodeableConcept"),
               "doseAndRate": (L, "Dosage.doseAndRate")},
    "Dosage.doseAndRate": {"type": (S, "CodeableConcept"), "doseQuantity": (S, "Quantity"), "doseRange": (S, "Range")},
    "Timing": {"event": (L, "dateTime"), "repeat": (S, "Timing.repeat"), "code": (S, "CodeableConcept")},
    "Timing.repeat": {"frequency": (S, "positiveInt"), "period": (S, "decimal"), "periodUnit": (S, "code"),
                      "boundsPeriod": (S, "Period")},
    "Age": {"value": (S, "decimal"), "unit": (S, "string"), "system": (S, "uri"), "code": (S, "code")},
}

RES = {
    "Patient": {"identifier": (L, "Identifier"), "active": (S, "boolean"), "name": (L, "HumanName"),
                "telecom": (L, "ContactPoint"), "gender": (S, "code"), "birthDate": (S, "date"),
                "deceasedBoolean": (S, "boolean"), "deceasedDateTime": (S, "dateTime"), "address": (L, "Address"),
                "maritalStatus": (S, "CodeableConcept"), "multipleBirthBoolean": (S, "boolean"),
                "multipleBirthInteger": (S, "integer"), "contact": (L, "Patient.contact"),
                "communication": (L, "Patient.communication"), "generalPractitioner": (L, "Reference"),
                "managingOrganization": (S, "Reference")},
    "Patient.contact": {"relationship": (L, "CodeableConcept"), "name": (S, "HumanName"), "telecom": (L, "ContactPoint"),
                        "address": (S, "Address"), "gender": (S, "code"), "organization": (S, "Reference")},
    "Patient.communication": {"language": (S, "CodeableConcept", R), "preferred": (S, "boolean")},
    "Organization": {"identifier": (L, "Identifier"), "active": (S, "boolean"), "type": (L, "CodeableConcept"),
                     "name": (S, "string"), "alias": (L, "string"), "telecom": (L, "ContactPoint"),
                     "address": (L, "Address"), "partOf": (S, "Reference")},
    "Practitioner": {"identifier": (L, "Identifier"), "active": (S, "boolean"), "name": (L, "HumanName"),
                     "telecom": (L, "ContactPoint"), "address": (L, "Address"), "gender": (S, "code"),
                     "birthDate": (S, "date"), "qualification": (L, "Practitioner.qualification"),
                     "communication": (L, "CodeableConcept")},
    "Practitioner.qualification": {"identifier": (L, "Identifier"), "code": (S, "CodeableConcept", R),
                                   "period": (S, "Period"), "issuer": (S, "Reference")},
    "RelatedPerson": {"identifier": (L, "Identifier"), "active": (S, "boolean"), "patient": (S, "Reference", R),
                      "relationship": (L, "CodeableConcept"), "name": (L, "HumanName"), "telecom": (L, "ContactPoint"),
                      "gender": (S, "code"), "birthDate": (S, "date"), "address": (L, "Address")},
    "Coverage": {"identifier": (L, "Identifier"), "status": (S, "code", R), "type": (S, "CodeableConcept"),
                 "policyHolder": (S, "Reference"), "subscriber": (S, "Reference"), "subscriberId": (S, "string"),
                 "beneficiary": (S, "Reference", R), "dependent": (S, "string"), "relationship": (S, "CodeableConcept"),
                 "period": (S, "Period"), "payor": (L, "Reference", R), "order": (S, "positiveInt"), "network": (S, "string")},
    "Encounter": {"identifier": (L, "Identifier"), "status": (S, "code", R), "class": (S, "Coding", R),
                  "type": (L, "CodeableConcept"), "serviceType": (S, "CodeableConcept"), "priority": (S, "CodeableConcept"),
                  "subject": (S, "Reference"), "basedOn": (L, "Reference"), "participant": (L, "Encounter.participant"),
                  "period": (S, "Period"), "reasonCode": (L, "CodeableConcept"), "reasonReference": (L, "Reference"),
                  "diagnosis": (L, "Encounter.diagnosis"), "hospitalization": (S, "Encounter.hospitalization"),
                  "serviceProvider": (S, "Reference"), "partOf": (S, "Reference")},
    "Encounter.participant": {"type": (L, "CodeableConcept"), "period": (S, "Period"), "individual": (S, "Reference")},
    "Encounter.diagnosis": {"condition": (S, "Reference", R), "use": (S, "CodeableConcept"), "rank": (S, "positiveInt")},
    "Encounter.hospitalization": {"admitSource": (S, "CodeableConcept"), "dischargeDisposition": (S, "CodeableConcept"),
                                  "reAdmission": (S, "CodeableConcept")},
    "Condition": {"identifier": (L, "Identifier"), "clinicalStatus": (S, "CodeableConcept"),
                  "verificationStatus": (S, "CodeableConcept"), "category": (L, "CodeableConcept"),
                  "severity": (S, "CodeableConcept"), "code": (S, "CodeableConcept"), "bodySite": (L, "CodeableConcept"),
                  "subject": (S, "Reference", R), "encounter": (S, "Reference"), "onsetDateTime": (S, "dateTime"),
                  "onsetString": (S, "string"), "onsetAge": (S, "Age"), "onsetPeriod": (S, "Period"),
                  "abatementDateTime": (S, "dateTime"), "abatementString": (S, "string"),
                  "recordedDate": (S, "dateTime"), "recorder": (S, "Reference"), "asserter": (S, "Reference"),
                  "stage": (L, "Condition.stage"), "evidence": (L, "Condition.evidence"), "note": (L, "Annotation")},
    "Condition.stage": {"summary": (S, "CodeableConcept"), "assessment": (L, "Reference"), "type": (S, "CodeableConcept")},
    "Condition.evidence": {"code": (L, "CodeableConcept"), "detail": (L, "Reference")},
    "Observation": {"identifier": (L, "Identifier"), "basedOn": (L, "Reference"), "partOf": (L, "Reference"),
                    "status": (S, "code", R), "category": (L, "CodeableConcept"), "code": (S, "CodeableConcept", R),
                    "subject": (S, "Reference"), "focus": (L, "Reference"), "encounter": (S, "Reference"),
                    "effectiveDateTime": (S, "dateTime"), "effectivePeriod": (S, "Period"), "issued": (S, "instant"),
                    "performer": (L, "Reference"), "valueQuantity": (S, "Quantity"),
                    "valueCodeableConcept": (S, "CodeableConcept"), "valueString": (S, "string"),
                    "valueBoolean": (S, "boolean"), "valueInteger": (S, "integer"), "valueRange": (S, "Range"),
                    "dataAbsentReason": (S, "CodeableConcept"), "interpretation": (L, "CodeableConcept"),
                    "note": (L, "Annotation"), "bodySite": (S, "CodeableConcept"), "method": (S, "CodeableConcept"),
                    "referenceRange": (L, "Observation.referenceRange"), "hasMember": (L, "Reference"),
                    "derivedFrom": (L, "Reference"), "component": (L, "Observation.component")},
    "Observation.referenceRange": {"low": (S, "Quantity"), "high": (S, "Quantity"), "type": (S, "CodeableConcept"),
                                   "appliesTo": (L, "CodeableConcept"), "age": (S, "Range"), "text": (S, "string")},
    "Observation.component": {"code": (S, "CodeableConcept", R), "valueQuantity": (S, "Quantity"),
                              "valueCodeableConcept": (S, "CodeableConcept"), "valueString": (S, "string"),
                              "valueInteger": (S, "integer"), "valueBoolean": (S, "boolean"),
                              "interpretation": (L, "CodeableConcept"),
                              "referenceRange": (L, "Observation.referenceRange")},
    "MedicationRequest": {"identifier": (L, "Identifier"), "status": (S, "code", R), "statusReason": (S, "CodeableConcept"),
                          "intent": (S, "code", R), "category": (L, "CodeableConcept"), "priority": (S, "code"),
                          "doNotPerform": (S, "boolean"), "medicationCodeableConcept": (S, "CodeableConcept"),
                          "subject": (S, "Reference", R), "encounter": (S, "Reference"), "authoredOn": (S, "dateTime"),
                          "requester": (S, "Reference"), "reasonCode": (L, "CodeableConcept"),
                          "reasonReference": (L, "Reference"), "basedOn": (L, "Reference"),
                          "courseOfTherapyType": (S, "CodeableConcept"), "note": (L, "Annotation"),
                          "dosageInstruction": (L, "Dosage")},
    "MedicationStatement": {"identifier": (L, "Identifier"), "basedOn": (L, "Reference"), "partOf": (L, "Reference"),
                            "status": (S, "code", R), "statusReason": (L, "CodeableConcept"),
                            "category": (S, "CodeableConcept"), "medicationCodeableConcept": (S, "CodeableConcept"),
                            "subject": (S, "Reference", R), "context": (S, "Reference"),
                            "effectiveDateTime": (S, "dateTime"), "effectivePeriod": (S, "Period"),
                            "dateAsserted": (S, "dateTime"), "informationSource": (S, "Reference"),
                            "reasonCode": (L, "CodeableConcept"), "reasonReference": (L, "Reference"),
                            "note": (L, "Annotation"), "dosage": (L, "Dosage")},
    "MedicationAdministration": {"identifier": (L, "Identifier"), "partOf": (L, "Reference"), "status": (S, "code", R),
                                 "statusReason": (L, "CodeableConcept"), "category": (S, "CodeableConcept"),
                                 "medicationCodeableConcept": (S, "CodeableConcept"), "subject": (S, "Reference", R),
                                 "context": (S, "Reference"), "effectiveDateTime": (S, "dateTime"),
                                 "effectivePeriod": (S, "Period"), "performer": (L, "MedicationAdministration.performer"),
                                 "reasonCode": (L, "CodeableConcept"), "reasonReference": (L, "Reference"),
                                 "request": (S, "Reference"), "note": (L, "Annotation"),
                                 "dosage": (S, "MedicationAdministration.dosage")},
    "MedicationAdministration.performer": {"function": (S, "CodeableConcept"), "actor": (S, "Reference", R)},
    "MedicationAdministration.dosage": {"text": (S, "string"), "site": (S, "CodeableConcept"),
                                        "route": (S, "CodeableConcept"), "method": (S, "CodeableConcept"),
                                        "dose": (S, "Quantity")},
    "Procedure": {"identifier": (L, "Identifier"), "basedOn": (L, "Reference"), "partOf": (L, "Reference"),
                  "status": (S, "code", R), "statusReason": (S, "CodeableConcept"), "category": (S, "CodeableConcept"),
                  "code": (S, "CodeableConcept"), "subject": (S, "Reference", R), "encounter": (S, "Reference"),
                  "performedDateTime": (S, "dateTime"), "performedPeriod": (S, "Period"), "recorder": (S, "Reference"),
                  "asserter": (S, "Reference"), "performer": (L, "Procedure.performer"), "location": (S, "Reference"),
                  "reasonCode": (L, "CodeableConcept"), "reasonReference": (L, "Reference"),
                  "bodySite": (L, "CodeableConcept"), "outcome": (S, "CodeableConcept"), "report": (L, "Reference"),
                  "complication": (L, "CodeableConcept"), "followUp": (L, "CodeableConcept"), "note": (L, "Annotation"),
                  "usedCode": (L, "CodeableConcept")},
    "Procedure.performer": {"function": (S, "CodeableConcept"), "actor": (S, "Reference", R),
                            "onBehalfOf": (S, "Reference")},
    "ServiceRequest": {"identifier": (L, "Identifier"), "basedOn": (L, "Reference"), "replaces": (L, "Reference"),
                       "status": (S, "code", R), "intent": (S, "code", R), "category": (L, "CodeableConcept"),
                       "priority": (S, "code"), "doNotPerform": (S, "boolean"), "code": (S, "CodeableConcept"),
                       "subject": (S, "Reference", R), "encounter": (S, "Reference"),
                       "occurrenceDateTime": (S, "dateTime"), "occurrencePeriod": (S, "Period"),
                       "authoredOn": (S, "dateTime"), "requester": (S, "Reference"),
                       "performerType": (S, "CodeableConcept"), "performer": (L, "Reference"),
                       "reasonCode": (L, "CodeableConcept"), "reasonReference": (L, "Reference"),
                       "supportingInfo": (L, "Reference"), "bodySite": (L, "CodeableConcept"),
                       "note": (L, "Annotation"), "patientInstruction": (S, "string")},
    "CarePlan": {"identifier": (L, "Identifier"), "basedOn": (L, "Reference"), "status": (S, "code", R),
                 "intent": (S, "code", R), "category": (L, "CodeableConcept"), "title": (S, "string"),
                 "description": (S, "string"), "subject": (S, "Reference", R), "encounter": (S, "Reference"),
                 "period": (S, "Period"), "created": (S, "dateTime"), "author": (S, "Reference"),
                 "contributor": (L, "Reference"), "careTeam": (L, "Reference"), "addresses": (L, "Reference"),
                 "supportingInfo": (L, "Reference"), "goal": (L, "Reference"), "activity": (L, "CarePlan.activity"),
                 "note": (L, "Annotation")},
    "CarePlan.activity": {"outcomeCodeableConcept": (L, "CodeableConcept"), "outcomeReference": (L, "Reference"),
                          "progress": (L, "Annotation"), "reference": (S, "Reference"),
                          "detail": (S, "CarePlan.activity.detail")},
    "CarePlan.activity.detail": {"kind": (S, "code"), "code": (S, "CodeableConcept"), "reasonCode": (L, "CodeableConcept"),
                                 "reasonReference": (L, "Reference"), "goal": (L, "Reference"), "status": (S, "code", R),
                                 "statusReason": (S, "CodeableConcept"), "doNotPerform": (S, "boolean"),
                                 "scheduledPeriod": (S, "Period"), "scheduledString": (S, "string"),
                                 "scheduledTiming": (S, "Timing"), "location": (S, "Reference"),
                                 "performer": (L, "Reference"), "productCodeableConcept": (S, "CodeableConcept"),
                                 "description": (S, "string")},
    "Communication": {"identifier": (L, "Identifier"), "basedOn": (L, "Reference"), "partOf": (L, "Reference"),
                      "inResponseTo": (L, "Reference"), "status": (S, "code", R), "statusReason": (S, "CodeableConcept"),
                      "category": (L, "CodeableConcept"), "priority": (S, "code"), "medium": (L, "CodeableConcept"),
                      "subject": (S, "Reference"), "topic": (S, "CodeableConcept"), "about": (L, "Reference"),
                      "encounter": (S, "Reference"), "sent": (S, "dateTime"), "received": (S, "dateTime"),
                      "recipient": (L, "Reference"), "sender": (S, "Reference"), "reasonCode": (L, "CodeableConcept"),
                      "reasonReference": (L, "Reference"), "payload": (L, "Communication.payload"), "note": (L, "Annotation")},
    "Communication.payload": {"contentString": (S, "string"), "contentAttachment": (S, "Attachment"),
                              "contentReference": (S, "Reference")},
    "QuestionnaireResponse": {"identifier": (S, "Identifier"), "basedOn": (L, "Reference"), "partOf": (L, "Reference"),
                              "questionnaire": (S, "canonical"), "status": (S, "code", R), "subject": (S, "Reference"),
                              "encounter": (S, "Reference"), "authored": (S, "dateTime"), "author": (S, "Reference"),
                              "source": (S, "Reference"), "item": (L, "QuestionnaireResponse.item")},
    "QuestionnaireResponse.item": {"linkId": (S, "string", R), "definition": (S, "uri"), "text": (S, "string"),
                                   "answer": (L, "QuestionnaireResponse.item.answer"),
                                   "item": (L, "QuestionnaireResponse.item")},
    "QuestionnaireResponse.item.answer": {"valueBoolean": (S, "boolean"), "valueDecimal": (S, "decimal"),
                                          "valueInteger": (S, "integer"), "valueDate": (S, "date"),
                                          "valueDateTime": (S, "dateTime"), "valueString": (S, "string"),
                                          "valueCoding": (S, "Coding"), "valueQuantity": (S, "Quantity"),
                                          "item": (L, "QuestionnaireResponse.item")},
    "Flag": {"identifier": (L, "Identifier"), "status": (S, "code", R), "category": (L, "CodeableConcept"),
             "code": (S, "CodeableConcept", R), "subject": (S, "Reference", R), "period": (S, "Period"),
             "encounter": (S, "Reference"), "author": (S, "Reference")},
    "DocumentReference": {"masterIdentifier": (S, "Identifier"), "identifier": (L, "Identifier"), "status": (S, "code", R),
                          "docStatus": (S, "code"), "type": (S, "CodeableConcept"), "category": (L, "CodeableConcept"),
                          "subject": (S, "Reference"), "date": (S, "instant"), "author": (L, "Reference"),
                          "authenticator": (S, "Reference"), "custodian": (S, "Reference"), "description": (S, "string"),
                          "content": (L, "DocumentReference.content", R), "context": (S, "DocumentReference.context")},
    "DocumentReference.content": {"attachment": (S, "Attachment", R), "format": (S, "Coding")},
    "DocumentReference.context": {"encounter": (L, "Reference"), "event": (L, "CodeableConcept"), "period": (S, "Period"),
                                  "facilityType": (S, "CodeableConcept"), "practiceSetting": (S, "CodeableConcept"),
                                  "related": (L, "Reference")},
    "DiagnosticReport": {"identifier": (L, "Identifier"), "basedOn": (L, "Reference"), "status": (S, "code", R),
                         "category": (L, "CodeableConcept"), "code": (S, "CodeableConcept", R), "subject": (S, "Reference"),
                         "encounter": (S, "Reference"), "effectiveDateTime": (S, "dateTime"),
                         "effectivePeriod": (S, "Period"), "issued": (S, "instant"), "performer": (L, "Reference"),
                         "resultsInterpreter": (L, "Reference"), "result": (L, "Reference"),
                         "conclusion": (S, "string"), "conclusionCode": (L, "CodeableConcept")},
    "ClinicalImpression": {"identifier": (L, "Identifier"), "status": (S, "code", R), "code": (S, "CodeableConcept"),
                           "description": (S, "string"), "subject": (S, "Reference", R), "encounter": (S, "Reference"),
                           "effectiveDateTime": (S, "dateTime"), "date": (S, "dateTime"), "assessor": (S, "Reference"),
                           "previous": (S, "Reference"), "problem": (L, "Reference"), "summary": (S, "string"),
                           "finding": (L, "ClinicalImpression.finding"),
                           "prognosisCodeableConcept": (L, "CodeableConcept"), "prognosisReference": (L, "Reference"),
                           "supportingInfo": (L, "Reference"), "note": (L, "Annotation")},
    "ClinicalImpression.finding": {"itemCodeableConcept": (S, "CodeableConcept"), "itemReference": (S, "Reference"),
                                   "basis": (S, "string")},
    "AllergyIntolerance": {"identifier": (L, "Identifier"), "clinicalStatus": (S, "CodeableConcept"),
                           "verificationStatus": (S, "CodeableConcept"), "type": (S, "code"), "category": (L, "code"),
                           "criticality": (S, "code"), "code": (S, "CodeableConcept"), "patient": (S, "Reference", R),
                           "recordedDate": (S, "dateTime"), "reaction": (L, "AllergyIntolerance.reaction")},
    "AllergyIntolerance.reaction": {"manifestation": (L, "CodeableConcept", R), "severity": (S, "code")},
    "Immunization": {"identifier": (L, "Identifier"), "status": (S, "code", R), "vaccineCode": (S, "CodeableConcept", R),
                     "patient": (S, "Reference", R), "encounter": (S, "Reference"),
                     "occurrenceDateTime": (S, "dateTime", R), "primarySource": (S, "boolean"),
                     "lotNumber": (S, "string"), "note": (L, "Annotation")},
}

CODES = {
    ("Encounter", "status"): {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled",
                              "entered-in-error", "unknown"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                                "entered-in-error", "unknown"},
    ("MedicationRequest", "status"): {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped",
                                      "draft", "unknown"},
    ("MedicationRequest", "intent"): {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order",
                                      "instance-order", "option"},
    ("MedicationStatement", "status"): {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold",
                                        "unknown", "not-taken"},
    ("MedicationAdministration", "status"): {"in-progress", "not-done", "on-hold", "completed", "entered-in-error",
                                             "stopped", "unknown"},
    ("Procedure", "status"): {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                              "entered-in-error", "unknown"},
    ("ServiceRequest", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("ServiceRequest", "intent"): {"proposal", "plan", "directive", "order", "original-order", "reflex-order",
                                   "filler-order", "instance-order", "option"},
    ("CarePlan", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "intent"): {"proposal", "plan", "order", "option"},
    ("Communication", "status"): {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                                  "entered-in-error", "unknown"},
    ("QuestionnaireResponse", "status"): {"in-progress", "completed", "amended", "entered-in-error", "stopped"},
    ("Flag", "status"): {"active", "inactive", "entered-in-error"},
    ("DocumentReference", "status"): {"current", "superseded", "entered-in-error"},
    ("DocumentReference", "docStatus"): {"preliminary", "final", "amended", "entered-in-error"},
    ("DiagnosticReport", "status"): {"registered", "partial", "preliminary", "final", "amended", "corrected",
                                     "appended", "cancelled", "entered-in-error", "unknown"},
    ("ClinicalImpression", "status"): {"in-progress", "completed", "entered-in-error"},
    ("Coverage", "status"): {"active", "cancelled", "draft", "entered-in-error"},
    ("Patient", "gender"): {"male", "female", "other", "unknown"},
    ("Practitioner", "gender"): {"male", "female", "other", "unknown"},
    ("RelatedPerson", "gender"): {"male", "female", "other", "unknown"},
    ("Immunization", "status"): {"completed", "entered-in-error", "not-done"},
    ("CarePlan.activity.detail", "status"): {"not-started", "scheduled", "in-progress", "on-hold", "completed",
                                             "cancelled", "stopped", "unknown", "entered-in-error"},
    ("CarePlan.activity.detail", "kind"): {"Appointment", "CommunicationRequest", "DeviceRequest", "MedicationRequest",
                                           "NutritionOrder", "Task", "ServiceRequest", "VisionPrescription"},
    ("AllergyIntolerance", "criticality"): {"low", "high", "unable-to-assess"},
    ("AllergyIntolerance", "type"): {"allergy", "intolerance"},
}

# target types of some references
REFT = {
    ("Condition", "asserter"): {"Practitioner", "PractitionerRole", "Patient", "RelatedPerson"},
    ("Condition", "recorder"): {"Practitioner", "PractitionerRole", "Patient", "RelatedPerson"},
    ("Communication", "sender"): {"Device", "Organization", "Patient", "Practitioner", "PractitionerRole",
                                  "RelatedPerson", "HealthcareService"},
    ("Communication", "recipient"): {"Device", "Organization", "Patient", "Practitioner", "PractitionerRole",
                                     "RelatedPerson", "Group", "CareTeam", "HealthcareService"},
    ("QuestionnaireResponse", "author"): {"Device", "Practitioner", "PractitionerRole", "Patient", "RelatedPerson",
                                          "Organization"},
    ("QuestionnaireResponse", "source"): {"Patient", "Practitioner", "PractitionerRole", "RelatedPerson"},
    ("Flag", "author"): {"Device", "Organization", "Patient", "Practitioner", "PractitionerRole"},
    ("DocumentReference", "author"): {"Practitioner", "PractitionerRole", "Organization", "Device", "Patient",
                                      "RelatedPerson"},
    ("Observation", "performer"): {"Practitioner", "PractitionerRole", "Organization", "CareTeam", "Patient",
                                   "RelatedPerson"},
    ("MedicationRequest", "requester"): {"Practitioner", "PractitionerRole", "Organization", "Patient",
                                         "RelatedPerson", "Device"},
    ("ServiceRequest", "requester"): {"Practitioner", "PractitionerRole", "Organization", "Patient", "RelatedPerson",
                                      "Device"},
    ("ServiceRequest", "performer"): {"Practitioner", "PractitionerRole", "Organization", "CareTeam",
                                      "HealthcareService", "Patient", "Device", "RelatedPerson"},
    ("ServiceRequest", "reasonReference"): {"Condition", "Observation", "DiagnosticReport", "DocumentReference"},
    ("Procedure", "reasonReference"): {"Condition", "Observation", "Procedure", "DiagnosticReport", "DocumentReference"},
    ("MedicationRequest", "reasonReference"): {"Condition", "Observation"},
    ("MedicationStatement", "reasonReference"): {"Condition", "Observation", "DiagnosticReport"},
    ("MedicationStatement", "informationSource"): {"Patient", "Practitioner", "PractitionerRole", "RelatedPerson",
                                                   "Organization"},
    ("MedicationAdministration", "reasonReference"): {"Condition", "Observation", "DiagnosticReport"},
    ("MedicationAdministration", "request"): {"MedicationRequest"},
    ("CarePlan", "addresses"): {"Condition"},
    ("CarePlan", "author"): {"Patient", "Practitioner", "PractitionerRole", "Device", "RelatedPerson", "Organization",
                             "CareTeam"},
    ("Encounter.diagnosis", "condition"): {"Condition", "Procedure"},
    ("DiagnosticReport", "result"): {"Observation"},
    ("ClinicalImpression", "assessor"): {"Practitioner", "PractitionerRole"},
    ("ClinicalImpression", "problem"): {"Condition", "AllergyIntolerance"},
    ("Coverage", "payor"): {"Organization", "Patient", "RelatedPerson"},
    ("Encounter", "serviceProvider"): {"Organization"},
    ("Encounter", "reasonReference"): {"Condition", "Procedure", "Observation", "ImmunizationRecommendation"},
    ("Patient", "generalPractitioner"): {"Organization", "Practitioner", "PractitionerRole"},
    ("Communication", "about"): None,
    ("Procedure", "report"): {"DiagnosticReport", "DocumentReference", "Composition"},
}


def _prim_ok(t, v):
    if t == "boolean":
        return isinstance(v, bool)
    if t in ("integer", "positiveInt", "unsignedInt"):
        if not isinstance(v, int) or isinstance(v, bool):
            return False
        return v > 0 if t == "positiveInt" else (v >= 0 if t == "unsignedInt" else True)
    if t == "decimal":
        return isinstance(v, (int, float)) and not isinstance(v, bool)
    if not isinstance(v, str) or v == "" or v != v.strip() and t != "markdown":
        return False
    if t in P_RE:
        return bool(P_RE[t].match(v))
    if t == "base64Binary":
        try:
            base64.b64decode(v, validate=True)
            return True
        except Exception:
            return False
    return True  # string, markdown, canonical


def _check(obj, tname, path, errs, rtype):
    spec = RES.get(tname) or T.get(tname)
    if spec is None:
        errs.append(f"{path}: no spec for {tname}")
        return
    if tname in RES and "." not in tname:
        spec = {**COMMON_DR, **spec}
    if not isinstance(obj, dict):
        errs.append(f"{path}: expected object for {tname}")
        return
    if not obj:
        errs.append(f"{path}: empty object")
    for k, v in obj.items():
        if k not in spec:
            errs.append(f"{path}.{k}: unknown element for {tname}")
            continue
        card, typ = spec[k][0], spec[k][1]
        items = v
        if card == L:
            if not isinstance(v, list) or not v:
                errs.append(f"{path}.{k}: must be a non-empty list")
                continue
        else:
            if isinstance(v, list):
                errs.append(f"{path}.{k}: must not be a list")
                continue
            items = [v]
        for i, it in enumerate(items):
            p = f"{path}.{k}[{i}]" if card == L else f"{path}.{k}"
            if typ in RES or typ in T:
                _check(it, typ, p, errs, rtype)
            elif typ == "Resource":
                pass
            elif not _prim_ok(typ, it):
                errs.append(f"{p}: bad {typ} value {it!r}")
            if typ == "Reference" and isinstance(it, dict) and "reference" in it:
                allowed = REFT.get((tname, k))
                tgt = it["reference"].split("/")[0]
                if allowed and tgt not in allowed:
                    errs.append(f"{p}: reference to {tgt} not allowed")
            if (tname, k) in CODES and it not in CODES[(tname, k)]:
                errs.append(f"{p}: code {it!r} not in value set")
    for k, s in spec.items():
        if len(s) > 2 and s[2] == R and k not in obj:
            errs.append(f"{path}: missing required {k}")
    vals = [k for k in obj if k.startswith("value") and k[5:6].isupper()]
    if len(vals) > 1:
        errs.append(f"{path}: several value[x]")
    for choice in ("onset", "abatement", "effective", "performed", "occurrence", "deceased"):
        ks = [k for k in obj if k.startswith(choice) and k[len(choice):len(choice) + 1].isupper()]
        if len(ks) > 1:
            errs.append(f"{path}: several {choice}[x]")
    if tname == "Quantity" and obj.get("system") == "http://unitsofmeasure.org" and "code" not in obj:
        errs.append(f"{path}: UCUM quantity without code")
    if tname == "Coding" and "code" in obj and "system" not in obj:
        errs.append(f"{path}: coding without system")


def validate_resource(res):
    errs = []
    rt = res.get("resourceType")
    if rt not in RES:
        return [f"unknown resourceType {rt}"]
    _check(res, rt, rt + "/" + str(res.get("id")), errs, rt)
    # invariants
    if rt == "Condition":
        clin = (res.get("clinicalStatus") or {}).get("coding", [{}])[0].get("code")
        ver = (res.get("verificationStatus") or {}).get("coding", [{}])[0].get("code")
        if any(k.startswith("abatement") for k in res) and clin not in ("inactive", "resolved", "remission"):
            errs.append(f"Condition/{res['id']}: con-4 abatement with clinicalStatus {clin}")
        if ver == "entered-in-error" and clin:
            errs.append(f"Condition/{res['id']}: con-5")
        cats = [c.get("code") for cc in res.get("category", []) for c in cc.get("coding", [])]
        if "problem-list-item" in cats and ver != "entered-in-error" and not clin:
            errs.append(f"Condition/{res['id']}: con-3")
        if clin and clin not in ("active", "recurrence", "relapse", "inactive", "remission", "resolved"):
            errs.append(f"Condition/{res['id']}: bad clinicalStatus {clin}")
        if ver and ver not in ("unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error"):
            errs.append(f"Condition/{res['id']}: bad verificationStatus {ver}")
    if rt == "Observation":
        if "dataAbsentReason" in res and any(k.startswith("value") for k in res):
            errs.append(f"Observation/{res['id']}: obs-6")
        for rr in res.get("referenceRange", []):
            if not any(k in rr for k in ("low", "high", "text")):
                errs.append(f"Observation/{res['id']}: obs-3")
    if rt == "CarePlan":
        for a in res.get("activity", []):
            if "reference" in a and "detail" in a:
                errs.append(f"CarePlan/{res['id']}: cpl-3")
    if rt == "QuestionnaireResponse":
        def walk(items):
            for it in items:
                if it.get("answer") and it.get("item"):
                    errs.append(f"QuestionnaireResponse/{res['id']}: qrs-1")
                walk(it.get("item", []))
                for a in it.get("answer", []):
                    walk(a.get("item", []))
        walk(res.get("item", []))
    if rt == "Encounter":
        p = res.get("period", {})
        if p.get("start") and p.get("end") and p["end"][:10] < p["start"][:10]:
            errs.append(f"Encounter/{res['id']}: period ends before it starts")
    if rt == "DocumentReference":
        for c in res.get("content", []):
            a = c.get("attachment", {})
            if "data" in a and "contentType" not in a:
                errs.append(f"DocumentReference/{res['id']}: att-1")
    return errs


def validate_bundle(b):
    errs = []
    for e in b.get("entry", []):
        errs.extend(validate_resource(e["resource"]))
    return errs
