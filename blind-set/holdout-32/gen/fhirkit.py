"""Small helpers for writing FHIR R4 transaction bundles by hand.

Everything here produces plain dicts; build.py serialises them.  Dates are written as
FHIR dates / dateTimes (with a UTC offset whenever a time is given) / instants.
"""
import base64
import datetime as _dt

# ---------------------------------------------------------------- code systems
SCT = "http://snomed.info/sct"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
LOINC = "http://loinc.org"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CVX = "http://hl7.org/fhir/sid/cvx"
UCUM = "http://unitsofmeasure.org"
V3_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
V3_ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
V3_PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
V3_PARTTYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
USCORE_COND_CAT = "http://hl7.org/fhir/us/core/CodeSystem/condition-category"
USCORE_DOC_CAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
USCORE_CP_CAT = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"
DIAG_ROLE = "http://terminology.hl7.org/CodeSystem/diagnosis-role"
ADMIT_SRC = "http://terminology.hl7.org/CodeSystem/admit-source"
DISCH_DISP = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
FLAG_CAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COMM_CAT = "http://terminology.hl7.org/CodeSystem/communication-category"
MED_REQ_CAT = "http://terminology.hl7.org/CodeSystem/medicationrequest-category"
MED_STMT_CAT = "http://terminology.hl7.org/CodeSystem/medication-statement-category"
MED_ADMIN_CAT = "http://terminology.hl7.org/CodeSystem/medication-admin-category"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
ALLERGY_CLIN = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VER = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class"
SUBSCRIBER_REL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
ROUTE_SCT = SCT
LOINC_ANS = LOINC  # LOINC answer codes (LA...) live in the LOINC system
CDC_RACE = "urn:oid:2.16.840.1.113883.6.238"
NPI = "http://hl7.org/fhir/sid/us-npi"
ORPHA = "http://www.orpha.net"

YES = {"system": LOINC, "code": "LA33-6", "display": "Yes"}
NO = {"system": LOINC, "code": "LA32-8", "display": "No"}


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def sct(code, display):
    return coding(SCT, code, display)


def icd(code, display):
    return coding(ICD10CM, code, display)


def lnc(code, display):
    return coding(LOINC, code, display)


def rx(code, display):
    return coding(RXNORM, code, display)


def cpt(code, display):
    return coding(CPT, code, display)


def hcpcs(code, display):
    return coding(HCPCS, code, display)


def cc(*codings, text=None):
    out = {}
    cs = [c for c in codings if c]
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    elif cs and cs[0].get("display"):
        out["text"] = cs[0]["display"]
    return out


def text_cc(text):
    return {"text": text}


def qty(value, unit, code=None):
    q = {"value": value, "unit": unit, "system": UCUM, "code": code or unit}
    return q


# ---------------------------------------------------------------- dates
STD_OFFSET = [-6]  # standard-time UTC offset of the organisation being written (set per case)


def _offset(d):
    """US local time offset for a date (DST 2nd Sunday of March .. 1st Sunday of November)."""
    y = d.year
    mar = _dt.date(y, 3, 8)
    dst_start = mar + _dt.timedelta(days=(6 - mar.weekday()) % 7)
    nov = _dt.date(y, 11, 1)
    dst_end = nov + _dt.timedelta(days=(6 - nov.weekday()) % 7)
    h = STD_OFFSET[0] + (1 if dst_start <= d < dst_end else 0)
    return f"-{abs(h):02d}:00"


def dt(date, time="09:00"):
    """FHIR dateTime with offset: dt('2026-10-05', '14:20')."""
    d = _dt.date.fromisoformat(date)
    if len(time) == 5:
        time += ":00"
    return f"{date}T{time}{_offset(d)}"


def instant(date, time="12:00"):
    return dt(date, time)


def add_days(date, n):
    return (_dt.date.fromisoformat(date) + _dt.timedelta(days=n)).isoformat()


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- the case builder
class Case:
    """Collects the resources of one case (one patient) into a transaction bundle."""

    def __init__(self, cid, org):
        self.cid = cid
        self.org = org
        self.entries = []
        self._ids = set()
        self.pt = None          # patient reference dict
        self.org_ref = None

    # -- plumbing
    def rid(self, local):
        return f"{self.cid}-{local}"

    def ref(self, rtype, local, display=None):
        r = {"reference": f"{rtype}/{self.rid(local)}"}
        if display:
            r["display"] = display
        return r

    def add(self, rtype, local, body, rid=None):
        rid = rid or self.rid(local)
        assert rid not in self._ids, rid
        assert len(rid) <= 64, rid
        self._ids.add(rid)
        res = {"resourceType": rtype, "id": rid}
        res.update(body)
        self.entries.append({
            "fullUrl": f"{self.org['base']}{rtype}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rtype}/{rid}"},
        })
        return {"reference": f"{rtype}/{rid}"}

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    def find(self, ref):
        for e in self.entries:
            r = e["resource"]
            if f"{r['resourceType']}/{r['id']}" == ref["reference"]:
                return r
        raise KeyError(ref)

    # -- administrative
    def organization(self, local, name, *, type_code="prov", identifier=None, address=None, telecom=None,
                     part_of=None, alias=None):
        body = {"active": True,
                "type": [cc(coding("http://terminology.hl7.org/CodeSystem/organization-type", type_code,
                                   {"prov": "Healthcare Provider", "ins": "Insurance Company",
                                    "dept": "Hospital Department", "other": "Other"}[type_code]))],
                "name": name}
        if identifier:
            body["identifier"] = identifier
        if alias:
            body["alias"] = alias
        if telecom:
            body["telecom"] = telecom
        if address:
            body["address"] = [address]
        if part_of:
            body["partOf"] = part_of
        return self.add("Organization", local, body)

    def practitioner(self, local, given, family, *, prefix="Dr.", suffix=None, npi=None, qual=None, gender=None):
        body = {"active": True,
                "name": [{"use": "official", "family": family, "given": given.split(),
                          **({"prefix": [prefix]} if prefix else {}),
                          **({"suffix": [suffix]} if suffix else {})}]}
        if npi:
            body["identifier"] = [{"system": NPI, "value": npi}]
        if gender:
            body["gender"] = gender
        if qual:
            body["qualification"] = [{"code": text_cc(qual)}]
        return self.add("Practitioner", local, body)

    def coverage(self, local, payor, *, plan, member_id, start, relationship="self", subscriber=None,
                 type_code="HIP", type_display="health insurance plan policy", group=None):
        body = {"status": "active",
                "type": cc(coding(V3_ACT, type_code, type_display)),
                "subscriberId": member_id,
                "beneficiary": self.pt,
                "relationship": cc(coding(SUBSCRIBER_REL, relationship, relationship.capitalize())),
                "period": {"start": start},
                "payor": [payor],
                "class": [{"type": cc(coding(COVERAGE_CLASS, "plan", "Plan")), "value": plan[0], "name": plan[1]}]}
        if group:
            body["class"].append({"type": cc(coding(COVERAGE_CLASS, "group", "Group")), "value": group[0],
                                  "name": group[1]})
        if subscriber:
            body["subscriber"] = subscriber
        return self.add("Coverage", local, body)

    def related_person(self, local, given, family, rel_code, rel_display, *, gender=None, phone=None,
                       address=None):
        body = {"active": True, "patient": self.pt,
                "relationship": [cc(coding(V3_ROLE, rel_code, rel_display))],
                "name": [{"use": "official", "family": family, "given": given.split()}]}
        if gender:
            body["gender"] = gender
        if phone:
            body["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if address:
            body["address"] = [address]
        return self.add("RelatedPerson", local, body)

    # -- clinical
    def encounter(self, local, start, end=None, *, cls="AMB", type_cc=None, reason=None, practitioner=None,
                  status="finished", diagnoses=None, hosp=None, priority=None, location_text=None,
                  service_type=None, appointment=None, part_of=None, service_provider=None, identifier=None):
        cls_display = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter",
                       "OBSENC": "observation encounter", "VR": "virtual", "HH": "home health"}[cls]
        body = {"status": status, "class": coding(V3_ACT, cls, cls_display)}
        if identifier:
            body["identifier"] = identifier
        if type_cc:
            body["type"] = type_cc if isinstance(type_cc, list) else [type_cc]
        if service_type:
            body["serviceType"] = service_type
        if priority:
            pd = {"R": "routine", "EL": "elective", "EM": "emergency", "UR": "urgent", "A": "ASAP"}[priority]
            body["priority"] = cc(coding(V3_PRIORITY, priority, pd))
        body["subject"] = self.pt
        if practitioner:
            plist = practitioner if isinstance(practitioner, list) else [practitioner]
            body["participant"] = []
            for i, p in enumerate(plist):
                code, disp = ("ATND", "attender") if i == 0 else ("PART", "Participation")
                body["participant"].append({"type": [cc(coding(V3_PARTTYPE, code, disp))], "individual": p})
        if appointment:
            body["appointment"] = [appointment]
        per = {"start": start}
        if end:
            per["end"] = end
        body["period"] = per
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if diagnoses:
            body["diagnosis"] = diagnoses
        if hosp:
            body["hospitalization"] = hosp
        if location_text:
            body["location"] = [{"location": {"display": location_text}}]
        body["serviceProvider"] = service_provider or self.org_ref
        if part_of:
            body["partOf"] = part_of
        return self.add("Encounter", local, body)

    def condition(self, local, code_cc, *, onset=None, recorded=None, clinical="active", verification="confirmed",
                  category="problem-list-item", encounter=None, abatement=None, note=None, severity=None,
                  asserter=None, recorder=None, body_site=None, evidence=None, stage=None, onset_string=None):
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis",
                    "health-concern": "Health Concern"}[category]
        cat_sys = USCORE_COND_CAT if category == "health-concern" else COND_CAT
        body = {"clinicalStatus": cc(coding(COND_CLIN, clinical, clinical.capitalize())),
                "verificationStatus": cc(coding(COND_VER, verification, verification.capitalize())),
                "category": [cc(coding(cat_sys, category, cat_disp))]}
        if severity:
            body["severity"] = severity
        body["code"] = code_cc
        if body_site:
            body["bodySite"] = [body_site]
        body["subject"] = self.pt
        if encounter:
            body["encounter"] = encounter
        if onset:
            body["onsetDateTime"] = onset
        elif onset_string:
            body["onsetString"] = onset_string
        if abatement:
            body["abatementDateTime"] = abatement
        if recorded:
            body["recordedDate"] = recorded
        if recorder:
            body["recorder"] = recorder
        if asserter:
            body["asserter"] = asserter
        if stage:
            body["stage"] = [stage]
        if evidence:
            body["evidence"] = evidence
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", local, body)

    def observation(self, local, code_cc, when, *, category="laboratory", value=None, interp=None, low=None,
                    high=None, range_text=None, encounter=None, performer=None, components=None, note=None,
                    status="final", issued=None, method=None, body_site=None, derived_from=None, has_member=None,
                    specimen_text=None):
        cat_disp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                    "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure",
                    "social-history": "Social History", "therapy": "Therapy", "activity": "Activity"}[category]
        body = {"status": status, "category": [cc(coding(OBS_CAT, category, cat_disp))], "code": code_cc,
                "subject": self.pt}
        if encounter:
            body["encounter"] = encounter
        body["effectiveDateTime"] = when
        if issued:
            body["issued"] = issued
        if performer:
            body["performer"] = [performer]
        if value is not None:
            if isinstance(value, dict) and "value" in value and "unit" in value:
                body["valueQuantity"] = value
            elif isinstance(value, dict) and ("coding" in value or "text" in value):
                body["valueCodeableConcept"] = value
            elif isinstance(value, bool):
                body["valueBoolean"] = value
            elif isinstance(value, int):
                body["valueInteger"] = value
            elif isinstance(value, str):
                body["valueString"] = value
            else:
                raise TypeError(value)
        if interp is None and isinstance(body.get("valueQuantity"), dict) and (low is not None or high is not None):
            v = body["valueQuantity"]["value"]
            if low is not None and v < low:
                interp = "L"
            elif high is not None and v > high:
                interp = "H"
            else:
                interp = "N"
        if interp:
            idisp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                     "LL": "Critical low", "POS": "Positive", "NEG": "Negative", "W": "Worse", "B": "Better",
                     "U": "Significant change up", "D": "Significant change down"}[interp]
            body["interpretation"] = [cc(coding(V3_INTERP, interp, idisp))]
        if note:
            body["note"] = [{"text": note}]
        if body_site:
            body["bodySite"] = body_site
        if method:
            body["method"] = method
        if specimen_text:
            body["specimen"] = {"display": specimen_text}
        if low is not None or high is not None or range_text:
            rr = {}
            unit = body.get("valueQuantity", {})
            if low is not None:
                rr["low"] = {k: unit[k] for k in ("unit", "system", "code") if k in unit}
                rr["low"]["value"] = low
            if high is not None:
                rr["high"] = {k: unit[k] for k in ("unit", "system", "code") if k in unit}
                rr["high"]["value"] = high
            if range_text:
                rr["text"] = range_text
            body["referenceRange"] = [rr]
        if has_member:
            body["hasMember"] = has_member
        if derived_from:
            body["derivedFrom"] = derived_from
        if components:
            body["component"] = components
        return self.add("Observation", local, body)

    def vitals(self, prefix, when, *, enc=None, bp=None, hr=None, rr=None, temp=None, spo2=None, wt=None, ht=None,
               bmi=None, performer=None, head=None):
        refs = []
        kw = dict(category="vital-signs", encounter=enc, performer=performer)
        if bp:
            comps = [{"code": cc(lnc("8480-6", "Systolic blood pressure")), "valueQuantity": qty(bp[0], "mm[Hg]")},
                     {"code": cc(lnc("8462-4", "Diastolic blood pressure")), "valueQuantity": qty(bp[1], "mm[Hg]")}]
            refs.append(self.observation(f"{prefix}-bp", cc(lnc("85354-9", "Blood pressure panel with all children optional")),
                                         when, components=comps, **kw))
        if hr is not None:
            refs.append(self.observation(f"{prefix}-hr", cc(lnc("8867-4", "Heart rate")), when,
                                         value=qty(hr, "/min"), **kw))
        if rr is not None:
            refs.append(self.observation(f"{prefix}-rr", cc(lnc("9279-1", "Respiratory rate")), when,
                                         value=qty(rr, "/min"), **kw))
        if temp is not None:
            refs.append(self.observation(f"{prefix}-temp", cc(lnc("8310-5", "Body temperature")), when,
                                         value=qty(temp, "Cel"), **kw))
        if spo2 is not None:
            refs.append(self.observation(f"{prefix}-spo2", cc(lnc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),
                                                              lnc("2708-6", "Oxygen saturation in Arterial blood")),
                                         when, value=qty(spo2, "%"), **kw))
        if wt is not None:
            refs.append(self.observation(f"{prefix}-wt", cc(lnc("29463-7", "Body weight")), when,
                                         value=qty(wt, "kg"), **kw))
        if ht is not None:
            refs.append(self.observation(f"{prefix}-ht", cc(lnc("8302-2", "Body height")), when,
                                         value=qty(ht, "cm"), **kw))
        if bmi is not None:
            refs.append(self.observation(f"{prefix}-bmi", cc(lnc("39156-5", "Body mass index (BMI) [Ratio]")), when,
                                         value=qty(bmi, "kg/m2"), **kw))
        if head is not None:
            refs.append(self.observation(f"{prefix}-hc", cc(lnc("9843-4", "Head Occipital-frontal circumference")), when,
                                         value=qty(head, "cm"), **kw))
        return refs

    def report(self, local, code_cc, when, *, results=None, conclusion=None, category=None, encounter=None,
               performer=None, status="final", issued=None, conclusion_code=None, interpreter=None):
        cat = category or cc(coding("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory"))
        body = {"status": status, "category": [cat], "code": code_cc, "subject": self.pt}
        if encounter:
            body["encounter"] = encounter
        body["effectiveDateTime"] = when
        body["issued"] = issued or when
        if performer:
            body["performer"] = [performer]
        if interpreter:
            body["resultsInterpreter"] = [interpreter]
        if results:
            body["result"] = results
        if conclusion:
            body["conclusion"] = conclusion
        if conclusion_code:
            body["conclusionCode"] = conclusion_code
        return self.add("DiagnosticReport", local, body)

    def note(self, local, type_cc, when, author, text, *, enc=None, title=None, category="clinical-note",
             period=None, authenticator=None, description=None):
        body = {"status": "current", "docStatus": "final", "type": type_cc,
                "category": [cc(coding(USCORE_DOC_CAT, "clinical-note", "Clinical Note"))],
                "subject": self.pt, "date": when, "author": [author]}
        if authenticator:
            body["authenticator"] = authenticator
        if description:
            body["description"] = description
        att = {"contentType": "text/plain", "language": "en-US", "data": b64(text.strip() + "\n")}
        if title:
            att["title"] = title
        att["creation"] = when
        body["content"] = [{"attachment": att}]
        ctx = {}
        if enc:
            ctx["encounter"] = [enc]
        if period:
            ctx["period"] = period
        if ctx:
            body["context"] = ctx
        return self.add("DocumentReference", local, body)

    def med_request(self, local, med_cc, authored, *, status="active", intent="order", requester=None,
                    dosage_text=None, dose=None, route=None, timing=None, reason=None, reason_ref=None,
                    encounter=None, dispense=None, note=None, category="outpatient", course=None,
                    dosages=None, as_needed=None, prior=None, status_reason=None):
        body = {"status": status, "intent": intent}
        if status_reason:
            body["statusReason"] = status_reason
        if category:
            disp = {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community",
                    "discharge": "Discharge"}[category]
            body["category"] = [cc(coding(MED_REQ_CAT, category, disp))]
        body["medicationCodeableConcept"] = med_cc
        body["subject"] = self.pt
        if encounter:
            body["encounter"] = encounter
        body["authoredOn"] = authored
        if requester:
            body["requester"] = requester
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if course:
            body["courseOfTherapyType"] = cc(coding("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
                                                    course, {"continuous": "Continuous long term therapy",
                                                             "acute": "Short course (acute) therapy",
                                                             "seasonal": "Seasonal"}[course]))
        if note:
            body["note"] = [{"text": note}]
        if dosages is not None:
            body["dosageInstruction"] = dosages
        elif dosage_text or dose or route or timing:
            body["dosageInstruction"] = [dosage(dosage_text, dose=dose, route=route, timing=timing,
                                                as_needed=as_needed)]
        if dispense:
            body["dispenseRequest"] = dispense
        if prior:
            body["priorPrescription"] = prior
        return self.add("MedicationRequest", local, body)

    def med_statement(self, local, med_cc, *, status="active", start=None, end=None, asserted=None,
                      source=None, dosage_text=None, reason=None, note=None, based_on=None, status_reason=None):
        body = {"status": status}
        if based_on:
            body["basedOn"] = [based_on]
        if status_reason:
            body["statusReason"] = [status_reason]
        body["medicationCodeableConcept"] = med_cc
        body["subject"] = self.pt
        if start or end:
            per = {}
            if start:
                per["start"] = start
            if end:
                per["end"] = end
            body["effectivePeriod"] = per
        if asserted:
            body["dateAsserted"] = asserted
        if source:
            body["informationSource"] = source
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if note:
            body["note"] = [{"text": note}]
        if dosage_text:
            body["dosage"] = [{"text": dosage_text}]
        return self.add("MedicationStatement", local, body)

    def med_admin(self, local, med_cc, when, *, end=None, status="completed", dose=None, route=None,
                  rate=None, performer=None, encounter=None, request=None, reason=None, note=None,
                  dosage_text=None, site=None):
        body = {"status": status, "category": cc(coding(MED_ADMIN_CAT, "outpatient", "Outpatient")),
                "medicationCodeableConcept": med_cc, "subject": self.pt}
        if encounter:
            body["context"] = encounter
        if end:
            body["effectivePeriod"] = {"start": when, "end": end}
        else:
            body["effectiveDateTime"] = when
        if performer:
            body["performer"] = [{"actor": performer}]
        if reason:
            body["reasonReference"] = reason if isinstance(reason, list) else [reason]
        if request:
            body["request"] = request
        if note:
            body["note"] = [{"text": note}]
        d = {}
        if dosage_text:
            d["text"] = dosage_text
        if site:
            d["site"] = site
        if route:
            d["route"] = route
        if dose:
            d["dose"] = dose
        if rate:
            d["rateQuantity"] = rate
        if d:
            body["dosage"] = d
        return self.add("MedicationAdministration", local, body)

    def service_request(self, local, code_cc, authored, *, status="active", intent="order", category=None,
                        priority="routine", occurrence=None, occurrence_period=None, requester=None,
                        performer=None, reason=None, reason_ref=None, encounter=None, note=None,
                        identifier=None, body_site=None, patient_instruction=None, performer_type=None,
                        based_on=None, order_detail=None, supporting_info=None):
        body = {}
        if identifier:
            body["identifier"] = identifier
        if based_on:
            body["basedOn"] = based_on
        body.update({"status": status, "intent": intent})
        if category:
            body["category"] = [category]
        if priority:
            body["priority"] = priority
        body["code"] = code_cc
        if order_detail:
            body["orderDetail"] = order_detail
        body["subject"] = self.pt
        if encounter:
            body["encounter"] = encounter
        if occurrence:
            body["occurrenceDateTime"] = occurrence
        elif occurrence_period:
            body["occurrencePeriod"] = occurrence_period
        body["authoredOn"] = authored
        if requester:
            body["requester"] = requester
        if performer_type:
            body["performerType"] = performer_type
        if performer:
            body["performer"] = performer if isinstance(performer, list) else [performer]
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if supporting_info:
            body["supportingInfo"] = supporting_info
        if body_site:
            body["bodySite"] = [body_site]
        if note:
            body["note"] = [{"text": note}]
        if patient_instruction:
            body["patientInstruction"] = patient_instruction
        return self.add("ServiceRequest", local, body)

    def procedure(self, local, code_cc, *, status="completed", performed=None, performed_period=None,
                  performer=None, reason=None, reason_ref=None, encounter=None, note=None, body_site=None,
                  outcome=None, based_on=None, category=None, location_text=None, recorder=None,
                  status_reason=None, report=None, follow_up=None):
        body = {}
        if based_on:
            body["basedOn"] = [based_on]
        body["status"] = status
        if status_reason:
            body["statusReason"] = status_reason
        if category:
            body["category"] = category
        body["code"] = code_cc
        body["subject"] = self.pt
        if encounter:
            body["encounter"] = encounter
        if performed:
            body["performedDateTime"] = performed
        elif performed_period:
            body["performedPeriod"] = performed_period
        if recorder:
            body["recorder"] = recorder
        if performer:
            body["performer"] = [{"actor": p} for p in (performer if isinstance(performer, list) else [performer])]
        if location_text:
            body["location"] = {"display": location_text}
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if body_site:
            body["bodySite"] = [body_site]
        if outcome:
            body["outcome"] = outcome
        if report:
            body["report"] = report
        if follow_up:
            body["followUp"] = follow_up
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", local, body)

    def careplan(self, local, title, *, status="active", intent="plan", category=None, start=None, end=None,
                 created=None, author=None, addresses=None, activities=None, description=None, note=None,
                 encounter=None, goal=None, care_team=None):
        body = {"status": status, "intent": intent}
        body["category"] = category or [cc(coding(USCORE_CP_CAT, "assess-plan", "Assessment and Plan of Treatment"))]
        body["title"] = title
        if description:
            body["description"] = description
        body["subject"] = self.pt
        if encounter:
            body["encounter"] = encounter
        if start or end:
            body["period"] = {k: v for k, v in (("start", start), ("end", end)) if v}
        if created:
            body["created"] = created
        if author:
            body["author"] = author
        if care_team:
            body["careTeam"] = care_team
        if addresses:
            body["addresses"] = addresses
        if goal:
            body["goal"] = goal
        if activities:
            body["activity"] = activities
        if note:
            body["note"] = [{"text": note}]
        return self.add("CarePlan", local, body)

    def communication(self, local, sent, sender, recipients, text, *, status="completed", category="notification",
                      topic=None, in_response_to=None, received=None, medium=None, encounter=None, about=None,
                      reason=None):
        cat_disp = {"notification": "Notification", "alert": "Alert", "reminder": "Reminder",
                    "instruction": "Instruction"}[category]
        body = {}
        if in_response_to:
            body["inResponseTo"] = [in_response_to]
        body.update({"status": status, "category": [cc(coding(COMM_CAT, category, cat_disp))]})
        if medium:
            body["medium"] = [medium]
        body["subject"] = self.pt
        if topic:
            body["topic"] = topic
        if about:
            body["about"] = about
        if encounter:
            body["encounter"] = encounter
        body["sent"] = sent
        if received:
            body["received"] = received
        body["recipient"] = recipients if isinstance(recipients, list) else [recipients]
        body["sender"] = sender
        if reason:
            body["reasonCode"] = [reason]
        body["payload"] = [{"contentString": text}]
        return self.add("Communication", local, body)

    def flag(self, local, code_cc, start, *, author=None, category="clinical", status="active", end=None,
             encounter=None):
        cat_disp = {"clinical": "Clinical", "admin": "Administrative", "safety": "Safety",
                    "behavioral": "Behavioral", "contact": "Subject Contact", "drug": "Drug", "lab": "Lab"}[category]
        body = {"status": status, "category": [cc(coding(FLAG_CAT, category, cat_disp))], "code": code_cc,
                "subject": self.pt, "period": {"start": start, **({"end": end} if end else {})}}
        if encounter:
            body["encounter"] = encounter
        if author:
            body["author"] = author
        return self.add("Flag", local, body)

    def qr(self, local, questionnaire, authored, items, *, author=None, source=None, encounter=None,
           status="completed"):
        body = {"questionnaire": questionnaire, "status": status, "subject": self.pt}
        if encounter:
            body["encounter"] = encounter
        body["authored"] = authored
        if author:
            body["author"] = author
        if source:
            body["source"] = source
        body["item"] = items
        return self.add("QuestionnaireResponse", local, body)

    def impression(self, local, when, assessor, summary, *, status="completed", problems=None, findings=None,
                   encounter=None, description=None, prognosis=None, note=None, code=None):
        body = {"status": status}
        if code:
            body["code"] = code
        if description:
            body["description"] = description
        body["subject"] = self.pt
        if encounter:
            body["encounter"] = encounter
        body["effectiveDateTime"] = when
        body["date"] = when
        body["assessor"] = assessor
        if problems:
            body["problem"] = problems
        body["summary"] = summary
        if findings:
            body["finding"] = findings
        if prognosis:
            body["prognosisCodeableConcept"] = prognosis
        if note:
            body["note"] = [{"text": note}]
        return self.add("ClinicalImpression", local, body)

    def allergy(self, local, code_cc, *, recorded=None, reaction=None, criticality=None, category=None,
                verification="confirmed", clinical="active", nkda=False):
        body = {"clinicalStatus": cc(coding(ALLERGY_CLIN, clinical, clinical.capitalize())),
                "verificationStatus": cc(coding(ALLERGY_VER, verification, verification.capitalize()))}
        if not nkda:
            body["type"] = "allergy"
        if category:
            body["category"] = [category]
        if criticality:
            body["criticality"] = criticality
        body["code"] = code_cc
        body["patient"] = self.pt
        if recorded:
            body["recordedDate"] = recorded
        if reaction:
            body["reaction"] = [{"manifestation": [reaction[0]], **({"severity": reaction[1]} if len(reaction) > 1 else {})}]
        return self.add("AllergyIntolerance", local, body)

    def immunization(self, local, cvx_code, display, when, *, lot=None, site=None, dose_ml=None, performer=None,
                     encounter=None):
        body = {"status": "completed", "vaccineCode": cc(coding(CVX, cvx_code, display)), "patient": self.pt}
        if encounter:
            body["encounter"] = encounter
        body["occurrenceDateTime"] = when
        body["primarySource"] = True
        if lot:
            body["lotNumber"] = lot
        if site:
            body["site"] = site
        body["route"] = cc(coding("http://terminology.hl7.org/CodeSystem/v3-RouteOfAdministration", "IM",
                                  "Injection, intramuscular"))
        if dose_ml:
            body["doseQuantity"] = qty(dose_ml, "mL")
        if performer:
            body["performer"] = [{"actor": performer}]
        return self.add("Immunization", local, body)

    def appointment(self, local, start, end, *, status="booked", description=None, participants=None,
                    service_type=None, reason=None, appt_type=None, created=None, based_on=None):
        body = {"status": status}
        if service_type:
            body["serviceType"] = [service_type]
        if appt_type:
            body["appointmentType"] = appt_type
        if reason:
            body["reasonCode"] = [reason]
        if description:
            body["description"] = description
        body["start"] = start
        body["end"] = end
        if created:
            body["created"] = created
        if based_on:
            body["basedOn"] = [based_on]
        parts = [{"actor": self.pt, "status": "accepted"}]
        for p in participants or []:
            parts.append({"actor": p, "status": "accepted"})
        body["participant"] = parts
        return self.add("Appointment", local, body)

    def goal(self, local, description, *, status="active", start=None, target=None, addresses=None, note=None):
        body = {"lifecycleStatus": status, "description": {"text": description}, "subject": self.pt}
        if start:
            body["startDate"] = start
        if target:
            body["target"] = [target]
        if addresses:
            body["addresses"] = addresses
        if note:
            body["note"] = [{"text": note}]
        return self.add("Goal", local, body)


def dosage(text=None, *, dose=None, route=None, timing=None, as_needed=None, sequence=None, rate=None):
    d = {}
    if sequence is not None:
        d["sequence"] = sequence
    if text:
        d["text"] = text
    if timing:
        d["timing"] = timing
    if as_needed is not None:
        if isinstance(as_needed, dict):
            d["asNeededCodeableConcept"] = as_needed
        else:
            d["asNeededBoolean"] = bool(as_needed)
    if route:
        d["route"] = route
    if dose or rate:
        dr = {}
        if dose:
            dr["doseQuantity"] = dose
        if rate:
            dr["rateQuantity"] = rate
        d["doseAndRate"] = [dr]
    return d


def timing(freq=1, period=1, unit="d", bounds=None, when=None, count=None):
    rep = {"frequency": freq, "period": period, "periodUnit": unit}
    if bounds:
        rep["boundsPeriod"] = bounds
    if when:
        rep["when"] = when
    if count:
        rep["count"] = count
    return {"repeat": rep}


ORAL = cc(sct("26643006", "Oral route"))
IV = cc(sct("47625008", "Intravenous route"))
SC = cc(sct("34206005", "Subcutaneous route"))
INH = cc(sct("447694001", "Respiratory tract route"), text="Inhalation")
TOPICAL = cc(sct("6064005", "Topical route"))


def qitem(link_id, text, answer=None, items=None):
    """QuestionnaireResponse item; answer may be a coding dict, int, float, str, bool or a list of those."""
    it = {"linkId": link_id, "text": text}
    if answer is not None:
        ans = answer if isinstance(answer, list) else [answer]
        out = []
        for a in ans:
            if isinstance(a, dict):
                out.append({"valueCoding": a})
            elif isinstance(a, bool):
                out.append({"valueBoolean": a})
            elif isinstance(a, int):
                out.append({"valueInteger": a})
            elif isinstance(a, float):
                out.append({"valueDecimal": a})
            else:
                out.append({"valueString": a})
        it["answer"] = out
    if items:
        it["item"] = items
    return it


def comp(code_cc, value):
    c = {"code": code_cc}
    if isinstance(value, dict) and "unit" in value:
        c["valueQuantity"] = value
    elif isinstance(value, dict):
        c["valueCodeableConcept"] = value
    elif isinstance(value, int) and not isinstance(value, bool):
        c["valueInteger"] = value
    elif isinstance(value, str):
        c["valueString"] = value
    else:
        raise TypeError(value)
    return c
