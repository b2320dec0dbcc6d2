"""Small helpers that write FHIR R4 resources as plain dicts.

Every builder returns the relative reference ("Type/id") of the resource it added to the record.
Ids are minted as <case id>-<short type>-<n>.
"""
import base64
import re

# ---------------------------------------------------------------- code systems
SCT = "http://snomed.info/sct"
SCT_CA = "http://snomed.info/sct/20611000087101"      # Canadian edition module (used as Coding.version)
SCT_UK = "http://snomed.info/sct/83821000000107"      # UK clinical edition module
LOINC = "http://loinc.org"
PCLOCD = "https://fhir.infoway-inforoute.ca/CodeSystem/pCLOCD"
ICD10CA = "http://hl7.org/fhir/sid/icd-10-ca"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
CCI = "http://cihi.ca/fhir/CodeSystem/cihi-cci"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
DIN = "http://hl7.org/fhir/NamingSystem/ca-hc-din"
DMD = "https://dmd.nhs.uk"
UCUM = "http://unitsofmeasure.org"
CVX = "http://hl7.org/fhir/sid/cvx"
NUCC = "http://nucc.org/provider-taxonomy"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
V3_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3_INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
DR_CAT = "http://terminology.hl7.org/CodeSystem/v2-0074"
PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
ADMIT = "http://terminology.hl7.org/CodeSystem/admit-source"
DISCH = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
COMM_CAT = "http://terminology.hl7.org/CodeSystem/communication-category"
FLAG_CAT = "http://terminology.hl7.org/CodeSystem/flag-category"
MED_CAT = "http://terminology.hl7.org/CodeSystem/medicationrequest-category"
MEDST_CAT = "http://terminology.hl7.org/CodeSystem/medication-statement-category"
ALLERGY_CLIN = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGY_VER = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
SUBSCRIBER_REL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
ORG_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type"
PARTICIPANT = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
ROUTE_SCT = SCT

BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)


def coding(system, code, display=None, version=None):
    c = {"system": system}
    if version:
        c["version"] = version
    c["code"] = code
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    out = {}
    cs = [c for c in codings if c]
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    if not out:
        raise ValueError("empty CodeableConcept")
    return out


def txt(text):
    return {"text": text}


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


def qty(value, unit, code=None, comparator=None):
    q = {"value": value, "unit": unit, "system": UCUM, "code": code or unit}
    if comparator:
        q = {"value": value, "comparator": comparator, "unit": unit, "system": UCUM, "code": code or unit}
    return q


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DT_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?([+-]\d{2}:\d{2}|Z)$")


class Org:
    """How one organisation exports: base URL, time zone, identifier systems."""

    def __init__(self, key, name, base, tz_winter, tz_summer, local_cs):
        self.key = key
        self.name = name
        self.base = base.rstrip("/")
        self.tz_winter = tz_winter
        self.tz_summer = tz_summer
        self.local_cs = local_cs  # prefix for local code systems

    def tz(self, date):
        m = int(date[5:7])
        d = int(date[8:10]) if len(date) >= 10 else 15
        summer = (4 <= m <= 10) or (m == 3 and d >= 10) or (m == 11 and d < 3)
        return self.tz_summer if summer else self.tz_winter

    def dt(self, date, time="09:00"):
        """date (YYYY-MM-DD) + local time -> FHIR dateTime/instant with seconds and offset."""
        if "T" in date:
            return date
        if len(time) == 5:
            time += ":00"
        return f"{date}T{time}{self.tz(date)}"

    def cs(self, name):
        return f"{self.local_cs}/{name}"


class Rec:
    """One patient record: collects resources, mints ids, builds the transaction bundle."""

    SHORT = {
        "Patient": "pt", "Organization": "org", "Practitioner": "prac", "PractitionerRole": "role",
        "Encounter": "enc", "Condition": "cond", "Observation": "obs", "DiagnosticReport": "dr",
        "MedicationRequest": "mrx", "MedicationStatement": "mst", "MedicationAdministration": "madm",
        "Medication": "med", "DocumentReference": "note", "ServiceRequest": "sr", "Procedure": "proc",
        "CarePlan": "cp", "Communication": "comm", "QuestionnaireResponse": "qr", "Flag": "flag",
        "ClinicalImpression": "ci", "Coverage": "cov", "AllergyIntolerance": "alg", "Immunization": "imm",
        "Device": "dev", "DeviceUseStatement": "dus", "Appointment": "appt", "Location": "loc",
        "FamilyMemberHistory": "fmh", "Goal": "goal", "CareTeam": "ct", "EpisodeOfCare": "eoc",
        "Specimen": "spec", "ImagingStudy": "img", "RelatedPerson": "rp", "Consent": "cons",
    }

    def __init__(self, cid, org):
        self.cid = cid
        self.org = org
        self.res = []
        self.counter = {}
        self.pt = f"Patient/{cid}"
        self.org_ref = None
        self.sex = None

    # ------------------------------------------------------------ core
    def add(self, r, rid=None):
        rt = r["resourceType"]
        if rid is None:
            short = self.SHORT[rt]
            n = self.counter.get(short, 0) + 1
            self.counter[short] = n
            rid = f"{self.cid}-{short}-{n}"
        body = {"resourceType": rt, "id": rid}
        body.update({k: v for k, v in r.items() if k != "resourceType"})
        self.res.append(body)
        return f"{rt}/{rid}"

    def bundle(self):
        entries = []
        for r in self.res:
            rt, rid = r["resourceType"], r["id"]
            entries.append({
                "fullUrl": f"{self.org.base}/{rt}/{rid}",
                "resource": r,
                "request": {"method": "PUT", "url": f"{rt}/{rid}"},
            })
        return {"resourceType": "Bundle", "type": "transaction", "entry": entries}

    def dt(self, date, time="09:00"):
        return self.org.dt(date, time)

    # ------------------------------------------------------------ people and places
    def patient(self, family, given, gender, birth, identifiers, address, phone=None, language=None,
                marital=None, deceased=None, extra=None):
        self.sex = gender
        r = {"resourceType": "Patient", "identifier": identifiers, "active": True,
             "name": [{"use": "official", "family": family, "given": given}],
             "gender": gender, "birthDate": birth, "address": [address]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if marital:
            r["maritalStatus"] = cc(coding("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1]))
        if language:
            r["communication"] = [{"language": cc(coding("urn:ietf:bcp:47", language[0], language[1])), "preferred": True}]
        if self.org_ref:
            r["managingOrganization"] = ref(self.org_ref)
        if extra:
            r.update(extra)
        return self.add(r, rid=self.cid)

    def organization(self, name, identifiers=None, type_code=("prov", "Healthcare Provider"), address=None,
                     part_of=None, phone=None, alias=None):
        r = {"resourceType": "Organization", "active": True}
        if identifiers:
            r["identifier"] = identifiers
        if type_code:
            r["type"] = [cc(coding(ORG_TYPE, type_code[0], type_code[1]))]
        r["name"] = name
        if alias:
            r["alias"] = alias
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "work"}]
        if address:
            r["address"] = [address]
        if part_of:
            r["partOf"] = ref(part_of)
        out = self.add(r)
        if self.org_ref is None:
            self.org_ref = out
        return out

    def practitioner(self, family, given, prefix="Dr", qual=None, identifiers=None, gender=None):
        r = {"resourceType": "Practitioner", "active": True}
        if identifiers:
            r["identifier"] = identifiers
        n = {"family": family, "given": given}
        if prefix:
            n["prefix"] = [prefix]
        r["name"] = [n]
        if gender:
            r["gender"] = gender
        if qual:
            r["qualification"] = [{"code": qual}]
        return self.add(r)

    def coverage(self, payor, type_cc, subscriber_id, start, end=None, plan=None, relationship="self"):
        r = {"resourceType": "Coverage", "status": "active", "type": type_cc,
             "subscriberId": subscriber_id, "beneficiary": ref(self.pt),
             "relationship": cc(coding(SUBSCRIBER_REL, relationship, relationship.capitalize())),
             "period": {"start": start}, "payor": [ref(payor)]}
        if end:
            r["period"]["end"] = end
        if plan:
            r["class"] = [{"type": cc(coding("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                           "value": plan[0], "name": plan[1]}]
        return self.add(r)

    # ------------------------------------------------------------ encounters
    def encounter(self, start, cls="AMB", type_cc=None, reason=None, practitioner=None, end=None,
                  status="finished", time="09:00", end_time=None, admit=None, discharge=None,
                  priority=None, service_type=None, diagnosis=None, identifier=None, location_text=None):
        cls_disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                    "HH": "home health", "SS": "short stay", "OBSENC": "observation encounter"}[cls]
        r = {"resourceType": "Encounter"}
        if identifier:
            r["identifier"] = [identifier]
        r["status"] = status
        r["class"] = coding(V3_ACT, cls, cls_disp)
        if type_cc:
            r["type"] = [type_cc]
        if service_type:
            r["serviceType"] = service_type
        if priority:
            r["priority"] = cc(coding(PRIORITY, priority[0], priority[1]))
        r["subject"] = ref(self.pt)
        if practitioner:
            r["participant"] = [{"type": [cc(coding(PARTICIPANT, "ATND", "attender"))], "individual": ref(practitioner)}]
        per = {"start": self.dt(start, time)}
        if status == "finished":
            if end is None:
                end = start
            if end_time is None:
                hh, mm = map(int, time.split(":"))
                mm += 30
                hh += mm // 60
                mm %= 60
                end_time = f"{hh:02d}:{mm:02d}"
            per["end"] = self.dt(end, end_time)
        elif end:
            per["end"] = self.dt(end, end_time or "17:00")
        r["period"] = per
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if diagnosis:
            r["diagnosis"] = [{"condition": ref(c), "rank": i + 1} for i, c in enumerate(diagnosis)]
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = cc(coding(ADMIT, admit[0], admit[1]))
            if discharge:
                h["dischargeDisposition"] = cc(coding(DISCH, discharge[0], discharge[1]))
            r["hospitalization"] = h
        if location_text:
            r["location"] = [{"location": {"display": location_text}}]
        if self.org_ref:
            r["serviceProvider"] = ref(self.org_ref)
        return self.add(r)

    # ------------------------------------------------------------ problems
    def condition(self, code, onset=None, clinical="active", ver="confirmed", cat="problem-list-item",
                  recorded=None, abatement=None, note=None, encounter=None, asserter=None, severity=None,
                  body_site=None, stage=None, evidence=None, onset_string=None):
        clin_disp = {"active": "Active", "recurrence": "Recurrence", "relapse": "Relapse", "inactive": "Inactive",
                     "remission": "Remission", "resolved": "Resolved"}
        ver_disp = {"confirmed": "Confirmed", "provisional": "Provisional", "differential": "Differential",
                    "unconfirmed": "Unconfirmed", "refuted": "Refuted"}
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        r = {"resourceType": "Condition"}
        if clinical:
            r["clinicalStatus"] = cc(coding(COND_CLIN, clinical, clin_disp[clinical]))
        r["verificationStatus"] = cc(coding(COND_VER, ver, ver_disp[ver]))
        r["category"] = [cc(coding(COND_CAT, cat, cat_disp[cat]))]
        if severity:
            r["severity"] = severity
        r["code"] = code
        if body_site:
            r["bodySite"] = [body_site]
        r["subject"] = ref(self.pt)
        if encounter:
            r["encounter"] = ref(encounter)
        if onset:
            r["onsetDateTime"] = onset
        elif onset_string:
            r["onsetString"] = onset_string
        if abatement:
            r["abatementDateTime"] = abatement
        if recorded or onset:
            r["recordedDate"] = recorded or onset
        if asserter:
            r["asserter"] = ref(asserter)
        if stage:
            r["stage"] = [{"summary": stage}]
        if evidence:
            r["evidence"] = [{"detail": [ref(e) for e in evidence]}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def allergy(self, code, reaction_cc, recorded, criticality="low", severity="mild", category="medication"):
        r = {"resourceType": "AllergyIntolerance",
             "clinicalStatus": cc(coding(ALLERGY_CLIN, "active", "Active")),
             "verificationStatus": cc(coding(ALLERGY_VER, "confirmed", "Confirmed")),
             "type": "allergy", "category": [category], "criticality": criticality,
             "code": code, "patient": ref(self.pt), "recordedDate": recorded,
             "reaction": [{"manifestation": [reaction_cc], "severity": severity}]}
        return self.add(r)

    def immunization(self, cvx, display, date, lot=None, site=None):
        r = {"resourceType": "Immunization", "status": "completed",
             "vaccineCode": cc(coding(CVX, cvx, display), text=display),
             "patient": ref(self.pt), "occurrenceDateTime": date, "primarySource": True}
        if lot:
            r["lotNumber"] = lot
        return self.add(r)

    def family_history(self, relationship, rel_display, condition_cc, onset_age=None, deceased=None):
        r = {"resourceType": "FamilyMemberHistory", "status": "completed", "patient": ref(self.pt),
             "relationship": cc(coding("http://terminology.hl7.org/CodeSystem/v3-RoleCode", relationship, rel_display)),
             "condition": [{"code": condition_cc}]}
        if onset_age:
            r["condition"][0]["onsetAge"] = {"value": onset_age, "unit": "a", "system": UCUM, "code": "a"}
        if deceased is not None:
            r["deceasedBoolean"] = deceased
        return self.add(r)

    # ------------------------------------------------------------ observations
    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, ref_text=None,
            interp=None, category="laboratory", encounter=None, performer=None, note=None, components=None,
            status="final", time="08:30", value_kind=None, issued=None, method=None, body_site=None,
            derived=None, has_member=None, auto_interp=True, effective_period=None):
        r = {"resourceType": "Observation", "status": status}
        if category:
            cats = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                    "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                    "therapy": "Therapy", "activity": "Activity"}
            r["category"] = [cc(coding(OBS_CAT, category, cats[category]))]
        r["code"] = code
        r["subject"] = ref(self.pt)
        if encounter:
            r["encounter"] = ref(encounter)
        if effective_period:
            r["effectivePeriod"] = effective_period
        else:
            r["effectiveDateTime"] = self.dt(date, time) if len(date) == 10 and time else date
        r["issued"] = issued or self.dt(date, "16:45")
        if performer is None and self.org_ref and category in ("laboratory", "vital-signs", "imaging", "procedure", "exam"):
            performer = self.org_ref
        if performer:
            r["performer"] = [ref(performer)]
        if value is not None:
            if value_kind == "int" or (isinstance(value, int) and not isinstance(value, bool) and unit is None and value_kind is None):
                r["valueInteger"] = int(value)
            elif isinstance(value, bool):
                r["valueBoolean"] = value
            elif isinstance(value, dict):
                r["valueCodeableConcept"] = value
            elif isinstance(value, str):
                r["valueString"] = value
            else:
                r["valueQuantity"] = qty(value, unit, ucum)
        if interp is None and auto_interp and isinstance(value, (int, float)) and not isinstance(value, bool) \
                and (low is not None or high is not None):
            if high is not None and value > high:
                interp = "H"
            elif low is not None and value < low:
                interp = "L"
            else:
                interp = "N"
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                    "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate", "W": "Worse",
                    "B": "Better", "AA": "Critical abnormal", "DET": "Detected", "ND": "Not detected"}[interp]
            r["interpretation"] = [cc(coding(V3_INTERP, interp, disp))]
        if note:
            r["note"] = [{"text": note}]
        if body_site:
            r["bodySite"] = body_site
        if method:
            r["method"] = method
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, unit, ucum)
            if high is not None:
                rr["high"] = qty(high, unit, ucum)
            if ref_text:
                rr["text"] = ref_text
            r["referenceRange"] = [rr]
        if has_member:
            r["hasMember"] = [ref(m) for m in has_member]
        if derived:
            r["derivedFrom"] = [ref(m) for m in derived]
        if components:
            r["component"] = components
        return self.add(r)

    def bp(self, date, sys_, dia, encounter=None, time="09:10"):
        comps = [
            {"code": cc(coding(LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sys_, "mmHg", "mm[Hg]")},
            {"code": cc(coding(LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dia, "mmHg", "mm[Hg]")},
        ]
        return self.obs(cc(coding(LOINC, "85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"),
                        date, category="vital-signs", encounter=encounter, components=comps, time=time)

    def vitals(self, date, encounter=None, bp=None, hr=None, weight=None, height=None, temp=None, spo2=None,
               rr=None, bmi=None, time="09:10"):
        out = []
        if bp:
            out.append(self.bp(date, bp[0], bp[1], encounter, time))
        if hr:
            out.append(self.obs(cc(coding(LOINC, "8867-4", "Heart rate")), date, hr, "beats/min", "/min",
                                category="vital-signs", encounter=encounter, time=time))
        if rr:
            out.append(self.obs(cc(coding(LOINC, "9279-1", "Respiratory rate")), date, rr, "breaths/min", "/min",
                                category="vital-signs", encounter=encounter, time=time))
        if temp:
            out.append(self.obs(cc(coding(LOINC, "8310-5", "Body temperature")), date, temp, "Cel", "Cel",
                                category="vital-signs", encounter=encounter, time=time))
        if spo2:
            out.append(self.obs(cc(coding(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),
                                   coding(LOINC, "2708-6", "Oxygen saturation in Arterial blood")), date, spo2, "%", "%",
                                category="vital-signs", encounter=encounter, time=time))
        if weight:
            out.append(self.obs(cc(coding(LOINC, "29463-7", "Body weight")), date, weight[0], weight[1],
                                {"kg": "kg", "lb": "[lb_av]"}[weight[1]], category="vital-signs", encounter=encounter, time=time))
        if height:
            out.append(self.obs(cc(coding(LOINC, "8302-2", "Body height")), date, height[0], height[1],
                                {"cm": "cm", "in": "[in_i]"}[height[1]], category="vital-signs", encounter=encounter, time=time))
        if bmi:
            out.append(self.obs(cc(coding(LOINC, "39156-5", "Body mass index (BMI) [Ratio]")), date, bmi, "kg/m2", "kg/m2",
                                category="vital-signs", encounter=encounter, time=time))
        return out

    def report(self, code, date, results=None, conclusion=None, category=("LAB", "Laboratory"), performer=None,
               encounter=None, status="final", conclusion_code=None, presented_text=None, time="11:00",
               based_on=None, interpreter=None, issued_date=None):
        r = {"resourceType": "DiagnosticReport"}
        if based_on:
            r["basedOn"] = [ref(b) for b in based_on]
        r["status"] = status
        r["category"] = [cc(coding(DR_CAT, category[0], category[1]))]
        r["code"] = code
        r["subject"] = ref(self.pt)
        if encounter:
            r["encounter"] = ref(encounter)
        r["effectiveDateTime"] = self.dt(date, time)
        r["issued"] = self.dt(issued_date or date, "17:30")
        if performer:
            r["performer"] = [ref(performer)]
        if interpreter:
            r["resultsInterpreter"] = [ref(interpreter)]
        if results:
            r["result"] = [ref(x) for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if conclusion_code:
            r["conclusionCode"] = conclusion_code
        if presented_text:
            r["presentedForm"] = [{"contentType": "text/plain", "language": "en",
                                   "data": b64(presented_text), "title": code.get("text", "Report")}]
        return self.add(r)

    # ------------------------------------------------------------ medicines
    def med_request(self, med, authored, dosage_text, status="active", intent="order", reason=None, requester=None,
                    reason_ref=None, encounter=None, category="outpatient", dispense=None, note=None, validity=None,
                    timing=None, dose=None, route=None, course=None):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent}
        if category:
            disp = {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community", "discharge": "Discharge"}
            r["category"] = [cc(coding(MED_CAT, category, disp[category]))]
        r["medicationCodeableConcept"] = med
        r["subject"] = ref(self.pt)
        if encounter:
            r["encounter"] = ref(encounter)
        r["authoredOn"] = authored
        if requester:
            r["requester"] = ref(requester)
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if course:
            r["courseOfTherapyType"] = cc(coding("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
                                                 course[0], course[1]))
        if note:
            r["note"] = [{"text": note}]
        d = {"text": dosage_text}
        if timing:
            d["timing"] = timing
        if route:
            d["route"] = route
        if dose:
            d["doseAndRate"] = [{"doseQuantity": dose}]
        r["dosageInstruction"] = [d]
        if dispense or validity:
            dr = {}
            if validity:
                dr["validityPeriod"] = validity
            if dispense:
                dr["numberOfRepeatsAllowed"] = dispense[0]
                dr["quantity"] = dispense[1]
            r["dispenseRequest"] = dr
        return self.add(r)

    def med_statement(self, med, start, status="active", end=None, dosage_text=None, reason=None, asserted=None,
                      reason_ref=None, note=None, status_reason=None, info_source=None, category="community"):
        r = {"resourceType": "MedicationStatement", "status": status}
        if status_reason:
            r["statusReason"] = [status_reason]
        if category:
            disp = {"inpatient": "Inpatient", "outpatient": "Outpatient", "community": "Community",
                    "patientspecified": "Patient Specified"}
            r["category"] = cc(coding(MEDST_CAT, category, disp[category]))
        r["medicationCodeableConcept"] = med
        r["subject"] = ref(self.pt)
        per = {"start": start}
        if end:
            per["end"] = end
        r["effectivePeriod"] = per
        r["dateAsserted"] = asserted or start
        if info_source:
            r["informationSource"] = ref(info_source)
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if note:
            r["note"] = [{"text": note}]
        if dosage_text:
            r["dosage"] = [{"text": dosage_text}]
        return self.add(r)

    def med_admin(self, med, when, dose_text, dose=None, route=None, status="completed", request=None,
                  performer=None, reason=None, encounter=None, end=None, note=None):
        r = {"resourceType": "MedicationAdministration", "status": status, "medicationCodeableConcept": med,
             "subject": ref(self.pt)}
        if encounter:
            r["context"] = ref(encounter)
        if end:
            r["effectivePeriod"] = {"start": when, "end": end}
        else:
            r["effectiveDateTime"] = when
        if performer:
            r["performer"] = [{"actor": ref(performer)}]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if request:
            r["request"] = ref(request)
        if note:
            r["note"] = [{"text": note}]
        d = {"text": dose_text}
        if route:
            d["route"] = route
        if dose:
            d["dose"] = dose
        r["dosage"] = d
        return self.add(r)

    # ------------------------------------------------------------ orders, procedures, plans
    def service_request(self, code, authored, status="active", intent="order", reason=None, requester=None,
                        performer=None, occurrence=None, category=None, priority="routine", note=None,
                        reason_ref=None, encounter=None, body_site=None, patient_instruction=None,
                        occurrence_period=None, identifier=None, based_on=None, do_not_perform=None):
        r = {"resourceType": "ServiceRequest"}
        if identifier:
            r["identifier"] = [identifier]
        if based_on:
            r["basedOn"] = [ref(b) for b in based_on]
        r["status"] = status
        r["intent"] = intent
        if category:
            r["category"] = [category]
        if priority:
            r["priority"] = priority
        if do_not_perform is not None:
            r["doNotPerform"] = do_not_perform
        r["code"] = code
        r["subject"] = ref(self.pt)
        if encounter:
            r["encounter"] = ref(encounter)
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        elif occurrence_period:
            r["occurrencePeriod"] = occurrence_period
        r["authoredOn"] = authored
        if requester:
            r["requester"] = ref(requester)
        if performer:
            r["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if body_site:
            r["bodySite"] = [body_site]
        if note:
            r["note"] = [{"text": note}]
        if patient_instruction:
            r["patientInstruction"] = patient_instruction
        return self.add(r)

    def procedure(self, code, status="completed", performed=None, reason=None, performer=None, body_site=None,
                  note=None, outcome=None, reason_ref=None, encounter=None, category=None, based_on=None,
                  performed_period=None, report=None, location_text=None, status_reason=None, complication=None,
                  follow_up=None):
        r = {"resourceType": "Procedure"}
        if based_on:
            r["basedOn"] = [ref(b) for b in based_on]
        r["status"] = status
        if status_reason:
            r["statusReason"] = status_reason
        if category:
            r["category"] = category
        r["code"] = code
        r["subject"] = ref(self.pt)
        if encounter:
            r["encounter"] = ref(encounter)
        if performed:
            r["performedDateTime"] = performed
        elif performed_period:
            r["performedPeriod"] = performed_period
        if performer:
            r["performer"] = [{"actor": ref(p)} for p in (performer if isinstance(performer, list) else [performer])]
        if location_text:
            r["location"] = {"display": location_text}
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [ref(x) for x in reason_ref]
        if body_site:
            r["bodySite"] = [body_site]
        if outcome:
            r["outcome"] = outcome
        if report:
            r["report"] = [ref(x) for x in report]
        if complication:
            r["complication"] = complication
        if follow_up:
            r["followUp"] = follow_up
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def careplan(self, title, status, intent, start, category=None, description=None, addresses=None,
                 activities=None, author=None, end=None, note=None, goals=None, created=None):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent}
        if category:
            r["category"] = category
        r["title"] = title
        if description:
            r["description"] = description
        r["subject"] = ref(self.pt)
        per = {"start": start}
        if end:
            per["end"] = end
        r["period"] = per
        r["created"] = created or start
        if author:
            r["author"] = ref(author)
        if addresses:
            r["addresses"] = [ref(a) for a in addresses]
        if goals:
            r["goal"] = [ref(g) for g in goals]
        if activities:
            acts = []
            for a in activities:
                det = {"status": a.get("status", "in-progress")}
                if "kind" in a:
                    det["kind"] = a["kind"]
                det["code"] = a["code"]
                if a.get("scheduled"):
                    det["scheduledString"] = a["scheduled"]
                if a.get("description"):
                    det["description"] = a["description"]
                if a.get("performer"):
                    det["performer"] = [ref(a["performer"])]
                acts.append({"detail": det})
            r["activity"] = acts
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def goal(self, description, start, target=None, status="active", addresses=None, note=None):
        r = {"resourceType": "Goal", "lifecycleStatus": status, "description": description,
             "subject": ref(self.pt), "startDate": start}
        if target:
            r["target"] = [target]
        if addresses:
            r["addresses"] = [ref(a) for a in addresses]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def note(self, date, type_cc, title, text, author=None, encounter=None, time="16:00", category=None,
             description=None, status="current"):
        if BANNED.search(text):
            raise ValueError(f"{self.cid}: banned word in note {title!r}: {BANNED.search(text).group(0)}")
        r = {"resourceType": "DocumentReference", "status": status, "docStatus": "final", "type": type_cc}
        if category:
            r["category"] = [category]
        r["subject"] = ref(self.pt)
        r["date"] = self.dt(date, time)
        if author:
            r["author"] = [ref(a) for a in (author if isinstance(author, list) else [author])]
        if self.org_ref:
            r["custodian"] = ref(self.org_ref)
        r["description"] = description or title
        r["content"] = [{"attachment": {"contentType": "text/plain", "language": "en",
                                        "data": b64(text), "title": title, "creation": self.dt(date, time)}}]
        if encounter:
            r["context"] = {"encounter": [ref(encounter)]}
        return self.add(r)

    def communication(self, sent, sender, recipient, text, status="completed", category=None, topic=None,
                      medium=None, about=None, in_response_to=None, received=None, encounter=None, reason=None):
        r = {"resourceType": "Communication"}
        if in_response_to:
            r["inResponseTo"] = [ref(in_response_to)]
        r["status"] = status
        if category:
            r["category"] = [cc(coding(COMM_CAT, category[0], category[1]))]
        if medium:
            r["medium"] = [medium]
        r["subject"] = ref(self.pt)
        if topic:
            r["topic"] = topic
        if about:
            r["about"] = [ref(a) for a in about]
        if encounter:
            r["encounter"] = ref(encounter)
        r["sent"] = sent
        if received:
            r["received"] = received
        r["recipient"] = [ref(x) for x in (recipient if isinstance(recipient, list) else [recipient])]
        r["sender"] = ref(sender)
        if reason:
            r["reasonCode"] = [reason]
        r["payload"] = [{"contentString": text}]
        return self.add(r)

    def questionnaire_response(self, questionnaire, authored, items, author=None, source=None, status="completed",
                               encounter=None, identifier=None):
        r = {"resourceType": "QuestionnaireResponse"}
        if identifier:
            r["identifier"] = identifier
        r["questionnaire"] = questionnaire
        r["status"] = status
        r["subject"] = ref(self.pt)
        if encounter:
            r["encounter"] = ref(encounter)
        r["authored"] = authored
        if author:
            r["author"] = ref(author)
        if source:
            r["source"] = ref(source)
        r["item"] = items
        return self.add(r)

    def flag(self, code, start, status="active", category=("clinical", "Clinical"), author=None, end=None,
             encounter=None):
        r = {"resourceType": "Flag", "status": status,
             "category": [cc(coding(FLAG_CAT, category[0], category[1]))],
             "code": code, "subject": ref(self.pt)}
        per = {"start": start}
        if end:
            per["end"] = end
        r["period"] = per
        if encounter:
            r["encounter"] = ref(encounter)
        if author:
            r["author"] = ref(author)
        return self.add(r)

    def clinical_impression(self, date, summary, assessor=None, problems=None, findings=None, status="completed",
                            description=None, encounter=None, prognosis=None, note=None, code=None,
                            investigations=None):
        r = {"resourceType": "ClinicalImpression", "status": status}
        if code:
            r["code"] = code
        if description:
            r["description"] = description
        r["subject"] = ref(self.pt)
        if encounter:
            r["encounter"] = ref(encounter)
        r["effectiveDateTime"] = date
        r["date"] = date
        if assessor:
            r["assessor"] = ref(assessor)
        if problems:
            r["problem"] = [ref(p) for p in problems]
        if investigations:
            r["investigation"] = [{"code": investigations[0], "item": [ref(i) for i in investigations[1]]}]
        r["summary"] = summary
        if findings:
            r["finding"] = [{"itemCodeableConcept": f} if "coding" in f or "text" in f else f for f in findings]
        if prognosis:
            r["prognosisCodeableConcept"] = [prognosis]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def device(self, name, type_cc, manufacturer=None, model=None, serial=None, udi=None):
        r = {"resourceType": "Device", "status": "active"}
        if udi:
            r["udiCarrier"] = [{"deviceIdentifier": udi}]
        if manufacturer:
            r["manufacturer"] = manufacturer
        r["deviceName"] = [{"name": name, "type": "user-friendly-name"}]
        if model:
            r["modelNumber"] = model
        if serial:
            r["serialNumber"] = serial
        r["type"] = type_cc
        r["patient"] = ref(self.pt)
        return self.add(r)

    def device_use(self, device, start, status="active", reason=None, recorded=None, end=None, note=None, source=None):
        r = {"resourceType": "DeviceUseStatement", "status": status, "subject": ref(self.pt)}
        per = {"start": start}
        if end:
            per["end"] = end
        r["timingPeriod"] = per
        r["recordedOn"] = recorded or start
        if source:
            r["source"] = ref(source)
        r["device"] = ref(device)
        if reason:
            r["reasonCode"] = [reason]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, status, start, end, service_type=None, reason=None, description=None, based_on=None,
                    participants=None, comment=None, created=None, appt_type=None, cancel_reason=None):
        r = {"resourceType": "Appointment", "status": status}
        if cancel_reason:
            r["cancelationReason"] = cancel_reason
        if service_type:
            r["serviceType"] = [service_type]
        if appt_type:
            r["appointmentType"] = appt_type
        if reason:
            r["reasonCode"] = [reason]
        if description:
            r["description"] = description
        r["start"] = start
        r["end"] = end
        if created:
            r["created"] = created
        if comment:
            r["comment"] = comment
        if based_on:
            r["basedOn"] = [ref(b) for b in based_on]
        parts = [{"actor": ref(self.pt), "required": "required", "status": "accepted"}]
        for p in participants or []:
            parts.append({"actor": ref(p), "required": "required", "status": "accepted"})
        r["participant"] = parts
        return self.add(r)

    def related_person(self, family, given, relationship, rel_display, phone=None):
        r = {"resourceType": "RelatedPerson", "active": True, "patient": ref(self.pt),
             "relationship": [cc(coding("http://terminology.hl7.org/CodeSystem/v3-RoleCode", relationship, rel_display))],
             "name": [{"family": family, "given": given}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone}]
        return self.add(r)


# ---------------------------------------------------------------- questionnaire items
def qi(link_id, text, answer=None, items=None):
    """QuestionnaireResponse item; answer is int / str / bool / (system, code, display) / dict(value[x])."""
    it = {"linkId": link_id, "text": text}
    if answer is not None:
        if isinstance(answer, bool):
            a = {"valueBoolean": answer}
        elif isinstance(answer, int):
            a = {"valueInteger": answer}
        elif isinstance(answer, float):
            a = {"valueDecimal": answer}
        elif isinstance(answer, tuple):
            a = {"valueCoding": coding(*answer)}
        elif isinstance(answer, dict):
            a = answer
        else:
            a = {"valueString": answer}
        it["answer"] = [a]
    if items:
        it["item"] = items
    return it


YES = ("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")
NO = ("http://terminology.hl7.org/CodeSystem/v2-0136", "N", "No")
LA_YES = (LOINC, "LA33-6", "Yes")
LA_NO = (LOINC, "LA32-8", "No")
