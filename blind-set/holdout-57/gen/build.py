#!/usr/bin/env python3
"""Regenerate the blind-57 evaluation set: cases/dp-NN.json and expectations.json.

Run from the set directory:  python3 gen/build.py
Case numbers are shuffled with a fixed seed so that they say nothing about the expectation.
Before writing, every resource is checked against a compact description of FHIR R4
(allowed elements, required elements, status codes, reference targets, date formats).
"""
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import fhirkit  # noqa: E402
from fhirkit import Case, REGISTRY, ANCHOR  # noqa: E402
import cases_a  # noqa: E402,F401
import cases_b  # noqa: E402,F401
import cases_c  # noqa: E402,F401
import cases_d  # noqa: E402,F401

SEED = 5707

# ------------------------------------------------------------------------------------------------
# compact R4 description: allowed top-level elements, required ones, required-binding codes
# ------------------------------------------------------------------------------------------------
COMMON = {"resourceType", "id", "meta", "implicitRules", "language", "text", "contained", "extension",
          "modifierExtension"}
ALLOWED = {
    "Patient": "identifier active name telecom gender birthDate deceasedBoolean deceasedDateTime address "
               "maritalStatus multipleBirthBoolean multipleBirthInteger photo contact communication "
               "generalPractitioner managingOrganization link",
    "Organization": "identifier active type name alias telecom address partOf contact endpoint",
    "Practitioner": "identifier active name telecom address gender birthDate photo qualification communication",
    "RelatedPerson": "identifier active patient relationship name telecom gender birthDate address photo period "
                     "communication",
    "Coverage": "identifier status type policyHolder subscriber subscriberId beneficiary dependent relationship "
                "period payor class order network costToBeneficiary subrogation contract",
    "Encounter": "identifier status statusHistory class classHistory type serviceType priority subject "
                 "episodeOfCare basedOn participant appointment period length reasonCode reasonReference "
                 "diagnosis account hospitalization location serviceProvider partOf",
    "Condition": "identifier clinicalStatus verificationStatus category severity code bodySite subject encounter "
                 "onsetDateTime onsetAge onsetPeriod onsetRange onsetString abatementDateTime abatementAge "
                 "abatementPeriod abatementRange abatementString recordedDate recorder asserter stage evidence note",
    "Observation": "identifier basedOn partOf status category code subject focus encounter effectiveDateTime "
                   "effectivePeriod effectiveTiming effectiveInstant issued performer valueQuantity "
                   "valueCodeableConcept valueString valueBoolean valueInteger valueRange valueRatio "
                   "valueSampledData valueTime valueDateTime valuePeriod dataAbsentReason interpretation note "
                   "bodySite method specimen device referenceRange hasMember derivedFrom component",
    "DiagnosticReport": "identifier basedOn status category code subject encounter effectiveDateTime "
                        "effectivePeriod issued performer resultsInterpreter specimen result imagingStudy media "
                        "conclusion conclusionCode presentedForm",
    "DocumentReference": "masterIdentifier identifier status docStatus type category subject date author "
                         "authenticator custodian relatesTo description securityLabel content context",
    "MedicationRequest": "identifier status statusReason intent category priority doNotPerform reportedBoolean "
                         "reportedReference medicationCodeableConcept medicationReference subject encounter "
                         "supportingInformation authoredOn requester performer performerType recorder reasonCode "
                         "reasonReference instantiatesCanonical instantiatesUri basedOn groupIdentifier "
                         "courseOfTherapyType insurance note dosageInstruction dispenseRequest substitution "
                         "priorPrescription detectedIssue eventHistory",
    "MedicationStatement": "identifier basedOn partOf status statusReason category medicationCodeableConcept "
                           "medicationReference subject context effectiveDateTime effectivePeriod dateAsserted "
                           "informationSource derivedFrom reasonCode reasonReference note dosage",
    "MedicationAdministration": "identifier instantiates partOf status statusReason category "
                                "medicationCodeableConcept medicationReference subject context "
                                "supportingInformation effectiveDateTime effectivePeriod performer reasonCode "
                                "reasonReference request device note dosage eventHistory",
    "Procedure": "identifier instantiatesCanonical instantiatesUri basedOn partOf status statusReason category code "
                 "subject encounter performedDateTime performedPeriod performedString performedAge performedRange "
                 "recorder asserter performer location reasonCode reasonReference bodySite outcome report "
                 "complication complicationDetail followUp note focalDevice usedReference usedCode",
    "ServiceRequest": "identifier instantiatesCanonical instantiatesUri basedOn replaces requisition status intent "
                      "category priority doNotPerform code orderDetail quantityQuantity subject encounter "
                      "occurrenceDateTime occurrencePeriod occurrenceTiming asNeededBoolean authoredOn requester "
                      "performerType performer locationCode locationReference reasonCode reasonReference insurance "
                      "supportingInfo specimen bodySite note patientInstruction relevantHistory",
    "CarePlan": "identifier instantiatesCanonical instantiatesUri basedOn replaces partOf status intent category "
                "title description subject encounter period created author contributor careTeam addresses "
                "supportingInfo goal activity note",
    "Goal": "identifier lifecycleStatus achievementStatus category priority description subject startDate "
            "startCodeableConcept target statusDate statusReason expressedBy addresses note outcomeCode "
            "outcomeReference",
    "Communication": "identifier instantiatesCanonical instantiatesUri basedOn partOf inResponseTo status "
                     "statusReason category priority medium subject topic about encounter sent received recipient "
                     "sender reasonCode reasonReference payload note",
    "Flag": "identifier status category code subject period encounter author",
    "Questionnaire": "url identifier version name title derivedFrom status experimental subjectType date publisher "
                     "contact description useContext jurisdiction purpose copyright approvalDate lastReviewDate "
                     "effectivePeriod code item",
    "QuestionnaireResponse": "identifier basedOn partOf questionnaire status subject encounter authored author "
                             "source item",
    "ClinicalImpression": "identifier status statusReason code description subject encounter effectiveDateTime "
                          "effectivePeriod date assessor previous problem investigation protocol summary finding "
                          "prognosisCodeableConcept prognosisReference supportingInfo note",
    "AllergyIntolerance": "identifier clinicalStatus verificationStatus type category criticality code patient "
                          "encounter onsetDateTime recordedDate recorder asserter lastOccurrence note reaction",
    "Immunization": "identifier status statusReason vaccineCode patient encounter occurrenceDateTime "
                    "occurrenceString recorded primarySource reportOrigin location manufacturer lotNumber "
                    "expirationDate site route doseQuantity performer note reasonCode reasonReference isSubpotent "
                    "subpotentReason education programEligibility fundingSource reaction protocolApplied",
    "FamilyMemberHistory": "identifier instantiatesCanonical instantiatesUri status dataAbsentReason patient date "
                           "name relationship sex bornDate ageAge estimatedAge deceasedBoolean reasonCode note "
                           "condition",
    "CareTeam": "identifier status category name subject encounter period participant reasonCode reasonReference "
                "managingOrganization telecom note",
}
ALLOWED = {k: set(v.split()) | COMMON for k, v in ALLOWED.items()}
REQUIRED = {
    "Coverage": ["status", "beneficiary", "payor"], "Encounter": ["status", "class"],
    "Observation": ["status", "code"], "DiagnosticReport": ["status", "code"],
    "DocumentReference": ["status", "content"], "MedicationRequest": ["status", "intent", "subject"],
    "MedicationStatement": ["status", "subject"], "MedicationAdministration": ["status", "subject"],
    "Procedure": ["status", "subject"], "ServiceRequest": ["status", "intent", "subject"],
    "CarePlan": ["status", "intent", "subject"], "Goal": ["lifecycleStatus", "description", "subject"],
    "Communication": ["status"], "Flag": ["status", "code", "subject"], "Questionnaire": ["status"],
    "QuestionnaireResponse": ["status"], "ClinicalImpression": ["status", "subject"],
    "AllergyIntolerance": ["patient"], "Immunization": ["status", "vaccineCode", "patient", "occurrenceDateTime"],
    "FamilyMemberHistory": ["status", "patient", "relationship"], "RelatedPerson": ["patient"],
    "Condition": ["subject"],
}
STATUS = {
    "Encounter": "planned arrived triaged in-progress onleave finished cancelled entered-in-error unknown",
    "Observation": "registered preliminary final amended corrected cancelled entered-in-error unknown",
    "DiagnosticReport": "registered partial preliminary final amended corrected appended cancelled "
                        "entered-in-error unknown",
    "MedicationRequest": "active on-hold cancelled completed entered-in-error stopped draft unknown",
    "MedicationStatement": "active completed entered-in-error intended stopped on-hold unknown not-taken",
    "MedicationAdministration": "in-progress not-done on-hold completed entered-in-error stopped unknown",
    "Procedure": "preparation in-progress not-done on-hold stopped completed entered-in-error unknown",
    "ServiceRequest": "draft active on-hold revoked completed entered-in-error unknown",
    "CarePlan": "draft active on-hold revoked completed entered-in-error unknown",
    "Communication": "preparation in-progress not-done on-hold stopped completed entered-in-error unknown",
    "Flag": "active inactive entered-in-error",
    "QuestionnaireResponse": "in-progress completed amended entered-in-error stopped",
    "ClinicalImpression": "in-progress completed entered-in-error",
    "Coverage": "active cancelled draft entered-in-error",
    "DocumentReference": "current superseded entered-in-error",
    "Immunization": "completed entered-in-error not-done",
    "FamilyMemberHistory": "partial completed entered-in-error health-unknown",
    "Questionnaire": "draft active retired unknown",
}
STATUS = {k: set(v.split()) for k, v in STATUS.items()}
INTENT = {
    "MedicationRequest": set("proposal plan order original-order reflex-order filler-order instance-order "
                             "option".split()),
    "ServiceRequest": set("proposal plan directive order original-order reflex-order filler-order instance-order "
                          "option".split()),
    "CarePlan": set("proposal plan order option".split()),
}
REF_TARGETS = {
    ("Communication", "sender"): {"Patient", "Practitioner", "RelatedPerson", "Organization"},
    ("Communication", "recipient"): {"Patient", "Practitioner", "RelatedPerson", "Organization", "CareTeam", "Group"},
    ("Flag", "author"): {"Patient", "Practitioner", "Organization", "Device"},
    ("QuestionnaireResponse", "author"): {"Patient", "Practitioner", "RelatedPerson", "Organization"},
    ("QuestionnaireResponse", "source"): {"Patient", "Practitioner", "RelatedPerson"},
    ("DocumentReference", "author"): {"Patient", "Practitioner", "RelatedPerson", "Organization"},
    ("ClinicalImpression", "assessor"): {"Practitioner"},
    ("ClinicalImpression", "problem"): {"Condition", "AllergyIntolerance"},
    ("Condition", "asserter"): {"Patient", "Practitioner", "RelatedPerson"},
    ("Condition", "recorder"): {"Patient", "Practitioner", "RelatedPerson"},
    ("MedicationStatement", "informationSource"): {"Patient", "Practitioner", "RelatedPerson", "Organization"},
    ("MedicationRequest", "requester"): {"Practitioner", "Organization", "Patient", "RelatedPerson"},
    ("MedicationRequest", "reasonReference"): {"Condition", "Observation"},
    ("ServiceRequest", "requester"): {"Practitioner", "Organization", "Patient", "RelatedPerson"},
    ("ServiceRequest", "performer"): {"Practitioner", "Organization", "Patient", "RelatedPerson", "CareTeam"},
    ("ServiceRequest", "reasonReference"): {"Condition", "Observation", "DiagnosticReport", "DocumentReference"},
    ("Procedure", "reasonReference"): {"Condition", "Observation", "Procedure", "DiagnosticReport",
                                       "DocumentReference"},
    ("Procedure", "basedOn"): {"CarePlan", "ServiceRequest"},
    ("Procedure", "report"): {"DiagnosticReport", "DocumentReference"},
    ("Encounter", "reasonReference"): {"Condition", "Procedure", "Observation"},
    ("Encounter", "basedOn"): {"ServiceRequest"},
    ("Encounter", "serviceProvider"): {"Organization"},
    ("CarePlan", "addresses"): {"Condition"},
    ("CarePlan", "author"): {"Patient", "Practitioner", "Organization", "RelatedPerson", "CareTeam"},
    ("CarePlan", "contributor"): {"Patient", "Practitioner", "Organization", "RelatedPerson", "CareTeam"},
    ("CarePlan", "goal"): {"Goal"},
    ("Goal", "addresses"): {"Condition", "Observation", "MedicationStatement", "ServiceRequest"},
    ("DiagnosticReport", "result"): {"Observation"},
    ("DiagnosticReport", "performer"): {"Practitioner", "Organization"},
    ("DiagnosticReport", "resultsInterpreter"): {"Practitioner", "Organization"},
    ("DiagnosticReport", "basedOn"): {"ServiceRequest", "CarePlan", "MedicationRequest"},
    ("MedicationAdministration", "request"): {"MedicationRequest"},
    ("MedicationAdministration", "context"): {"Encounter"},
    ("MedicationAdministration", "reasonReference"): {"Condition", "Observation", "DiagnosticReport"},
    ("MedicationRequest", "basedOn"): {"CarePlan", "MedicationRequest", "ServiceRequest"},
    ("Observation", "performer"): {"Practitioner", "Organization", "Patient", "RelatedPerson"},
    ("Observation", "derivedFrom"): {"Observation", "DocumentReference", "QuestionnaireResponse"},
    ("Coverage", "payor"): {"Organization", "Patient", "RelatedPerson"},
    ("Patient", "generalPractitioner"): {"Organization", "Practitioner"},
    ("Patient", "managingOrganization"): {"Organization"},
    ("Condition", "encounter"): {"Encounter"},
    ("Observation", "encounter"): {"Encounter"},
    ("Condition", "subject"): {"Patient"},
}
DATE = r"\d{4}(-\d{2}(-\d{2})?)?"
DATETIME = re.compile(r"^" + DATE + r"(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$")
INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"birthDate", "onsetDateTime", "abatementDateTime", "recordedDate", "effectiveDateTime", "authoredOn",
             "start", "end", "dateAsserted", "sent", "received", "authored", "created", "creation", "startDate",
             "occurrenceDateTime", "performedDateTime", "dueDate", "date"}
INSTANT_KEYS = {("Observation", "issued"), ("DiagnosticReport", "issued"), ("DocumentReference", "date")}
BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)


def walk(node, path, fn):
    fn(node, path)
    if isinstance(node, dict):
        for k, v in node.items():
            walk(v, path + [k], fn)
    elif isinstance(node, list):
        for x in node:
            walk(x, path, fn)


def validate(bundle, cid):
    errs = []
    ids = {}
    for e in bundle["entry"]:
        r = e["resource"]
        ids[f"{r['resourceType']}/{r['id']}"] = r["resourceType"]
    for e in bundle["entry"]:
        r = e["resource"]
        rt = r["resourceType"]
        tag = f"{cid} {rt}/{r['id']}"
        if rt not in ALLOWED:
            errs.append(f"{tag}: resource type not described")
            continue
        for k, v in r.items():
            if k not in ALLOWED[rt]:
                errs.append(f"{tag}: element {k} not in R4 {rt}")
            if v in (None, [], {}, ""):
                errs.append(f"{tag}: empty element {k}")
        for k in REQUIRED.get(rt, []):
            if k not in r:
                errs.append(f"{tag}: required {k} missing")
        if rt in ("MedicationRequest", "MedicationStatement", "MedicationAdministration"):
            if "medicationCodeableConcept" not in r and "medicationReference" not in r:
                errs.append(f"{tag}: medication[x] missing")
        if rt == "MedicationAdministration" and not ("effectiveDateTime" in r or "effectivePeriod" in r):
            errs.append(f"{tag}: effective[x] missing")
        if rt in STATUS and r.get("status") not in STATUS[rt]:
            errs.append(f"{tag}: bad status {r.get('status')}")
        if rt in INTENT and r.get("intent") not in INTENT[rt]:
            errs.append(f"{tag}: bad intent {r.get('intent')}")
        if rt == "Condition":
            ver = r.get("verificationStatus", {}).get("coding", [{}])[0].get("code")
            clin = r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
            if clin and clin not in {"active", "recurrence", "relapse", "inactive", "remission", "resolved"}:
                errs.append(f"{tag}: bad clinicalStatus")
            if ver not in {"unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error"}:
                errs.append(f"{tag}: bad verificationStatus")
            if "abatementDateTime" in r and clin not in {"inactive", "resolved", "remission"}:
                errs.append(f"{tag}: con-4 abated but clinicalStatus {clin}")
            if ver != "entered-in-error" and not clin:
                errs.append(f"{tag}: con-3 clinicalStatus missing")
        if rt == "Observation":
            vals = [k for k in r if k.startswith("value")]
            if len(vals) > 1:
                errs.append(f"{tag}: several value[x]")
            if "valueInteger" in r and not isinstance(r["valueInteger"], int):
                errs.append(f"{tag}: valueInteger not an integer")
            for rr in r.get("referenceRange", []):
                if not any(x in rr for x in ("low", "high", "text")):
                    errs.append(f"{tag}: rng-2")
            if not vals and "component" not in r and "dataAbsentReason" not in r and "hasMember" not in r:
                errs.append(f"{tag}: observation without value")
        if rt == "CarePlan":
            for a in r.get("activity", []):
                if "detail" in a and "status" not in a["detail"]:
                    errs.append(f"{tag}: activity.detail.status missing")
                st = a.get("detail", {}).get("status")
                if st and st not in {"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled",
                                     "stopped", "unknown", "entered-in-error"}:
                    errs.append(f"{tag}: bad activity status {st}")
        if rt == "ServiceRequest" and r.get("priority") and r["priority"] not in {"routine", "urgent", "asap", "stat"}:
            errs.append(f"{tag}: bad priority")
        if rt == "Goal" and r.get("lifecycleStatus") not in {"proposed", "planned", "accepted", "active", "on-hold",
                                                            "completed", "cancelled", "entered-in-error",
                                                            "rejected"}:
            errs.append(f"{tag}: bad lifecycleStatus")
        if rt == "DocumentReference":
            for c in r["content"]:
                a = c["attachment"]
                if a.get("contentType") != "text/plain" or not a.get("data"):
                    errs.append(f"{tag}: attachment")
        if rt == "Patient" and r.get("gender") not in {"male", "female", "other", "unknown"}:
            errs.append(f"{tag}: gender")

        def check(node, path):
            if isinstance(node, dict):
                if "coding" in node:
                    for c in node["coding"]:
                        if not c.get("system") or not c.get("code"):
                            errs.append(f"{tag}: coding without system/code at {'.'.join(path)}")
                if "value" in node and "system" in node and node.get("system") == fhirkit.SYS["ucum"]:
                    if not isinstance(node["value"], (int, float)) or isinstance(node["value"], bool):
                        errs.append(f"{tag}: quantity value not numeric at {'.'.join(path)}")
                    if not node.get("code"):
                        errs.append(f"{tag}: quantity without code")
                if "reference" in node:
                    ref = node["reference"]
                    if ref not in ids:
                        errs.append(f"{tag}: unresolved {ref}")
                    key = (rt, path[-1] if path else "")
                    if key in REF_TARGETS and ref.split("/")[0] not in REF_TARGETS[key]:
                        errs.append(f"{tag}: {path[-1]} -> {ref} not an allowed target")
                if "start" in node and "end" in node and isinstance(node["start"], str):
                    if node["start"][:10] > node["end"][:10]:
                        errs.append(f"{tag}: period start after end at {'.'.join(path)}")
            if path and isinstance(node, str):
                k = path[-1]
                if (rt, k) in INSTANT_KEYS and not INSTANT.match(node):
                    errs.append(f"{tag}: {k} not an instant: {node}")
                elif k in DATE_KEYS and not DATETIME.match(node):
                    errs.append(f"{tag}: {k} not a FHIR date/dateTime: {node}")
                if k == "valueString" or k == "contentString" or k == "text":
                    pass
            if isinstance(node, float) and node != node:
                errs.append(f"{tag}: NaN")
            if node is None or node == "" or node == [] or node == {} or (isinstance(node, str)
                                                                          and node != node.strip()):
                errs.append(f"{tag}: empty or padded value at {'.'.join(path)}")
        walk(r, [], check)
    return errs


ORG_SHORT = {"nz": "NZ", "gr": "GR", "hc": "HC", "mc": "MC"}

README_HEAD = """# blind-57 – held-out evaluation set (40 synthetic FHIR R4 records)

Forty synthetic patient records for measuring how the second-opinion decision-support product holds up on records
written by someone who never saw its rules. Each record is one FHIR R4 transaction Bundle; `expectations.json` gives
the criteria a careful clinician would say each whole record meets.

## How the set was written

- **Blind.** The only inputs were the task brief (the eight criteria and their published default definitions, the
  organisations, the format), the FHIR R4 specification, public terminologies (SNOMED CT international, New Zealand,
  UK and US editions; ICD-10 WHO, ICD-10-AM, ICD-10-CM; LOINC and LOINC answers; RxNorm; CPT; ATC; CVX; Orphanet;
  UCUM; HL7 code systems) and clinical knowledge. The product's code, its rules, its tests and every other
  evaluation set were not read.
- **Generator.** `python3 gen/build.py` regenerates `cases/` and `expectations.json` (and this file). `gen/fhirkit.py`
  holds the FHIR helpers, `gen/cases_a.py` … `gen/cases_d.py` define the forty cases (each a function registered with
  its target, kind, expected criteria and reasons), and `gen/build.py` checks every resource against a compact
  description of R4 (allowed and required elements, status and intent codes, reference targets, date/instant
  formats, Quantity/UCUM, Observation value rules, Condition constraints) before writing. Case numbers are shuffled
  with a fixed seed (5707), so a number says nothing about the expectation.
- Everything is fictitious: patients, clinicians, organisations, identifiers (NHI, NHS numbers in the 999 range,
  AMKA, MRNs, Medicare numbers), addresses and telephone numbers.

## Anchor date

**2026-12-01.** Histories run up to it; planned operations, treatments and admissions lie after it (December 2026 –
February 2027). "Last 12 months", "60 days", "≥ 90 days" and similar windows are meant relative to this date.

## Format

- `cases/dp-NN.json` (dp-01 … dp-40): a FHIR R4 `Bundle` of `type: transaction`, {nmin}-{nmax} entries. Each entry has a
  `fullUrl` on the originating organisation's FHIR base, a `resource` with an explicit id and
  `request: {method: PUT, url: <Type>/<id>}`. The Patient id is the case id; all other ids start with it. References
  are relative and resolve inside the bundle (Organizations, Practitioners and RelatedPersons included). No `meta.tag`.
- Clinical notes are `DocumentReference` resources with `text/plain` UTF-8 attachments (base64).
- Resource types used: Patient, Organization, Practitioner, RelatedPerson, Coverage, Encounter, Condition,
  Observation, DiagnosticReport, DocumentReference, MedicationRequest, MedicationStatement, MedicationAdministration,
  Procedure, ServiceRequest, CarePlan, Communication, Flag, Questionnaire, QuestionnaireResponse, ClinicalImpression,
  AllergyIntolerance, Immunization.
- `expectations.json`: `{"anchorDate": "2026-12-01", "cases": [{"case", "target", "kind", "expected", "why"}]}`.
  `expected` lists every criterion the whole record meets; for a near miss it never contains the target.
- `python3 check.py` verifies the structure.

## The organisations and their styles

| key | organisation | style |
| --- | --- | --- |
| NZ | Waimarie Hospital (Te Whatu Ora, fictitious district), New Zealand public hospital | SNOMED CT NZ edition problem lists, ICD-10-AM on discharge and coded diagnoses, NHI numbers, NZ ethnicity extension, medicines as text (NZ formulary names), community GP records from Kōwhai Medical Centre, notes in NZ English with te reo Māori (whānau hui, karakia, kaumātua, mokopuna, kōrero, kaiāwhina), whānau/kāinga involvement in decisions |
| GR | Πανεπιστημιακό Γενικό Νοσοκομείο «Αριάδνη», Heraklion (Greek university hospital) | ICD-10 (WHO) diagnoses with Greek text, local procedure codes (`epembaseis`), local referral codes, ATC-coded medicines, Greek laboratory units (g/dL, mg/dL), AMKA identifiers, ΕΟΠΥΥ coverage, notes entirely in Greek, referrals from the primary-care Κέντρο Υγείας Ελαιώνα |
| HC | Severnside Haemophilia Comprehensive Care Centre (NHS) | SNOMED CT UK edition, ICD-10, Orphanet codes, local pathology codes for factor assays/VWF/PFA-100, bleeding scores (ISTH-BAT, PBAC), joint scores (HJHS), Haem-A-QoL/EQ-5D, prophylaxis and gene therapy, perioperative factor plans, clinic letters to GPs |
| MC | Lakeview Memory and Neurodegenerative Disease Center (USA) | ICD-10-CM, CPT, RxNorm, SNOMED CT US edition, LOINC MMSE/MoCA series, local CDR-SB/FAQ/NPI-Q, amyloid PET, CSF and plasma biomarkers, anti-amyloid infusions and ARIA MRIs, caregiver (RelatedPerson) reports, capacity and care planning, Medicare coverage |

## Counts

Each of the eight criteria has 3 positives and 2 near misses (40 cases: {orgcounts}).
Deliberate extra expected criteria: three severe-haemophilia records whose target is another criterion also meet
`RARE_OR_COMPLEX_CONDITION` (haemophilia A/B is an Orphanet rare disease). No other record is expected to meet more
than its target; near misses were built so that nothing else is met either.

Minimal important differences assumed where the record's judgement depends on them: pain NRS 2 points, HbA1c 0.5 %
(DCCT), PHQ-9 5, MMSE about 2-3, CDR-SB 1-2, MoCA about 2, EORTC QLQ-C30 scales 10, EQ VAS 7-10, Haem-A-QoL about 7.

## Cases

| case | target | kind | summary |
| --- | --- | --- | --- |
"""


def write_readme(registry, numbers, sizes):
    import collections as _c
    oc = _c.Counter(ORG_SHORT[s["org"]] for s in registry)
    head = README_HEAD.replace("{nmin}", str(min(sizes))).replace("{nmax}", str(max(sizes))).replace(
        "{orgcounts}", ", ".join(f"{k} {oc[k]}" for k in ("NZ", "GR", "HC", "MC")))
    rows = []
    for spec, num in zip(registry, numbers):
        rows.append((f"dp-{num:02d}", spec))
    rows.sort(key=lambda x: x[0])
    lines = [head.rstrip("\n")]
    for cid, spec in rows:
        extra = [c for c in spec["expected"] if c != spec["target"]]
        summ = f"[{ORG_SHORT[spec['org']]}] {spec['summary']}"
        if extra:
            summ += " (also expected: " + ", ".join(extra) + ")"
        lines.append(f"| {cid} | {spec['target']} | {spec['kind']} | {summ} |")
    with open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    partial = "--partial" in sys.argv
    assert partial or len(REGISTRY) == 40, f"{len(REGISTRY)} cases registered"
    keys = [c["key"] for c in REGISTRY]
    assert len(set(keys)) == len(keys), "duplicate case function names"
    rng = random.Random(SEED)
    numbers = list(range(1, 41))
    rng.shuffle(numbers)
    outdir = os.path.join(ROOT, "cases")
    os.makedirs(outdir, exist_ok=True)
    for fn in os.listdir(outdir):
        if fn.endswith(".json"):
            os.remove(os.path.join(outdir, fn))
    exp = []
    problems = []
    stats = []
    for spec, num in zip(REGISTRY, numbers):
        cid = f"dp-{num:02d}"
        k = Case(cid, spec["org"], seed=num)
        spec["fn"](k)
        b = k.bundle()
        raw = json.dumps(b, ensure_ascii=False, indent=1)
        problems += validate(b, cid)
        n = len(b["entry"])
        if not 15 <= n <= 60:
            problems.append(f"{cid} ({spec['key']}): {n} entries")
        if BANNED.search(raw):
            problems.append(f"{cid} ({spec['key']}): banned word: {BANNED.search(raw).group(0)}")
        for e in b["entry"]:
            r = e["resource"]
            if r["resourceType"] == "DocumentReference":
                import base64
                txt = base64.b64decode(r["content"][0]["attachment"]["data"]).decode("utf-8")
                if BANNED.search(txt):
                    problems.append(f"{cid} ({spec['key']}): banned word in note {r['id']}")
        with open(os.path.join(outdir, f"{cid}.json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        exp.append({"case": cid, "target": spec["target"], "kind": spec["kind"], "expected": spec["expected"],
                    "why": spec["why"]})
        stats.append((cid, spec["org"], spec["key"], n))
    exp.sort(key=lambda c: c["case"])
    write_readme(REGISTRY, numbers, [st[3] for st in stats])
    with open(os.path.join(ROOT, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": ANCHOR, "cases": exp}, f, ensure_ascii=False, indent=2)
        f.write("\n")
    if "-v" in sys.argv:
        for s in sorted(stats):
            print(*s)
    if problems:
        print("PROBLEMS:")
        for p in problems:
            print(" -", p)
        sys.exit(1)
    print(f"wrote {len(exp)} cases, {sum(s[3] for s in stats)} resources")


if __name__ == "__main__":
    main()
