"""Small helpers to write FHIR R4 transaction bundles by hand, plus a structural R4 validator.

Every case module builds its record through a Case object: Case(cid, orgkey) creates the
organisation-specific base URL, time zone and identifier systems, and every add_* helper
returns a {"reference": "Type/id"} dict that can be dropped into another resource.
"""
import base64
import json
import re

# ---------------------------------------------------------------- code systems
LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
UCUM = "http://unitsofmeasure.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10AM = "http://hl7.org/fhir/sid/icd-10-am"
ACHI = "http://hl7.org/fhir/sid/achi"
CPT = "http://www.ama-assn.org/go/cpt"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
ORPHA = "http://www.orpha.net"
CVX = "http://hl7.org/fhir/sid/cvx"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ACTPRIO = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
ROLECODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
ADMITSRC = "http://terminology.hl7.org/CodeSystem/admit-source"
DISCH = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COMMCAT = "http://terminology.hl7.org/CodeSystem/communication-category"
SELFPAY = "http://terminology.hl7.org/CodeSystem/coverage-selfpay"
SUBREL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
DRSERV = "http://terminology.hl7.org/CodeSystem/v2-0074"
ALLCLIN = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLVER = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
MEDSTMTCAT = "http://terminology.hl7.org/CodeSystem/medication-statement-category"
MEDREQCAT = "http://terminology.hl7.org/CodeSystem/medicationrequest-category"
DOCCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
FAMREL = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """CodeableConcept from (system, code[, display]) tuples and/or a text."""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    return out


def tx(text):
    return {"text": text}


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


# ---------------------------------------------------------------- organisations
ORGS = {
    "lt": {
        "base": "https://fhir.nemunoul.lt/r4",
        "tz": ("+02:00", "+03:00"),
        "lang": "lt",
        "mrn": "https://fhir.nemunoul.lt/sid/ligos-istorija",
        "national": "https://fhir.nemunoul.lt/sid/asmens-kodas",
        "local": "https://fhir.nemunoul.lt/CodeSystem/",
    },
    "ke": {
        "base": "https://his.kilima-crh.go.ke/fhir",
        "tz": ("+03:00", "+03:00"),
        "lang": "en-KE",
        "mrn": "https://his.kilima-crh.go.ke/sid/op-number",
        "national": "https://his.kilima-crh.go.ke/sid/national-id",
        "local": "https://his.kilima-crh.go.ke/CodeSystem/",
    },
    "bc": {
        "base": "https://fhir.leevalleybreast.ie/R4",
        "tz": ("+00:00", "+01:00"),
        "lang": "en-IE",
        "mrn": "https://fhir.leevalleybreast.ie/sid/mrn",
        "national": "https://fhir.leevalleybreast.ie/sid/ihi",
        "local": "https://fhir.leevalleybreast.ie/CodeSystem/",
    },
    "ach": {
        "base": "https://ehr.lakeshoreachd.org/fhir/r4",
        "tz": ("-06:00", "-05:00"),
        "lang": "en-US",
        "mrn": "https://ehr.lakeshoreachd.org/sid/mrn",
        "national": "https://ehr.lakeshoreachd.org/sid/member-id",
        "local": "https://ehr.lakeshoreachd.org/CodeSystem/",
    },
}


class Case:
    def __init__(self, cid, orgkey):
        self.cid = cid
        self.ok = orgkey
        self.o = ORGS[orgkey]
        self.entries = []
        self.shorts = set()
        self.P = {"reference": f"Patient/{cid}"}

    # ------------------------------------------------------------ basics
    def local(self, name):
        return self.o["local"] + name

    def ts(self, date, time="09:00"):
        """FHIR instant/dateTime with the organisation's offset (summer time Apr-Oct)."""
        month = int(date[5:7])
        off = self.o["tz"][1] if 4 <= month <= 10 else self.o["tz"][0]
        if len(time) == 5:
            time += ":00"
        return f"{date}T{time}{off}"

    def add(self, rtype, short, body):
        if rtype == "Patient":
            rid = self.cid
        else:
            assert short not in self.shorts, short
            self.shorts.add(short)
            rid = f"{self.cid}-{short}"
        res = {"resourceType": rtype, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None})
        self.entries.append({
            "fullUrl": f"{self.o['base']}/{rtype}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rtype}/{rid}"},
        })
        return {"reference": f"{rtype}/{rid}"}

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ------------------------------------------------------------ administrative
    def organization(self, short, name, type_text=None, city=None, country=None, ident=None, alias=None, telecom=None, part_of=None, type_code=None):
        body = {"active": True, "name": name}
        if ident:
            body["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if type_code or type_text:
            t = {"coding": [coding("http://terminology.hl7.org/CodeSystem/organization-type", type_code)]} if type_code else {}
            if type_text:
                t["text"] = type_text
            body["type"] = [t]
        if alias:
            body["alias"] = [alias]
        if telecom:
            body["telecom"] = [{"system": "phone", "value": telecom, "use": "work"}]
        if city or country:
            a = {}
            if city:
                a["city"] = city
            if country:
                a["country"] = country
            body["address"] = [a]
        if part_of:
            body["partOf"] = part_of
        return self.add("Organization", short, body)

    def practitioner(self, short, family, given, prefix=None, gender=None, qual=None, ident=None):
        name = {"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}
        if prefix:
            name["prefix"] = [prefix]
        body = {"active": True, "name": [name]}
        if ident:
            body["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if gender:
            body["gender"] = gender
        if qual:
            body["qualification"] = [{"code": qual if isinstance(qual, dict) else tx(qual)}]
        return self.add("Practitioner", short, body)

    def patient(self, given, family, gender, birth, mrn, national=None, city=None, country=None, line=None,
                phone=None, lang=None, gp=None, org=None, marital=None, extra_ids=None, postal=None):
        ids = [{"use": "usual", "type": cc((V2_0203, "MR", "Medical record number")), "system": self.o["mrn"], "value": mrn}]
        if national:
            ids.append({"use": "official", "system": self.o["national"], "value": national})
        for sysu, val in (extra_ids or []):
            ids.append({"system": sysu, "value": val})
        body = {
            "identifier": ids,
            "active": True,
            "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
            "gender": gender,
            "birthDate": birth,
        }
        if phone:
            body["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if city or country or line:
            a = {"use": "home"}
            if line:
                a["line"] = [line]
            if city:
                a["city"] = city
            if postal:
                a["postalCode"] = postal
            if country:
                a["country"] = country
            body["address"] = [a]
        if marital:
            body["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital))
        if lang:
            body["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang)), "preferred": True}]
        if gp:
            body["generalPractitioner"] = gp if isinstance(gp, list) else [gp]
        if org:
            body["managingOrganization"] = org
        return self.add("Patient", None, body)

    def coverage(self, short, payor, type_cc, start, subscriber_id=None, klass=None, status="active", end=None):
        body = {
            "status": status,
            "type": type_cc,
            "subscriberId": subscriber_id,
            "beneficiary": self.P,
            "relationship": cc((SUBREL, "self", "Self")),
            "period": {"start": start, **({"end": end} if end else {})},
            "payor": [payor],
        }
        if klass:
            body["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": klass[0], "name": klass[1]}]
        return self.add("Coverage", short, body)

    # ------------------------------------------------------------ clinical
    def encounter(self, short, date, type_text, cls="AMB", prac=None, org=None, reason=None, status="finished",
                  end=None, time="09:00", end_time=None, type_cc=None, priority=None, admit=None, discharge=None,
                  service_type=None, reason_ref=None, diagnosis=None, based_on=None, part_of=None):
        classes = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                   "HH": "home health", "SS": "short stay"}
        t = type_cc or {}
        t = dict(t)
        t.setdefault("text", type_text)
        body = {
            "status": status,
            "class": coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", cls, classes[cls]),
            "type": [t],
            "subject": self.P,
        }
        if service_type:
            body["serviceType"] = service_type
        if priority:
            pr = {"EM": "emergency", "UR": "urgent", "R": "routine", "EL": "elective"}
            body["priority"] = cc((ACTPRIO, priority, pr[priority]))
        if based_on:
            body["basedOn"] = based_on
        if prac:
            body["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF", "primary performer"))], "individual": prac}]
        if status != "planned" or end:
            per = {"start": self.ts(date, time)}
            if end:
                per["end"] = self.ts(end, end_time or "11:00")
            elif status == "finished":
                hh, mm = [int(x) for x in time.split(":")[:2]]
                mm += 30
                hh += mm // 60
                per["end"] = self.ts(date, f"{hh:02d}:{mm % 60:02d}")
            body["period"] = per
        else:
            body["period"] = {"start": self.ts(date, time)}
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if diagnosis:
            body["diagnosis"] = [{"condition": d, "rank": i + 1} for i, d in enumerate(diagnosis)]
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = admit
            if discharge:
                h["dischargeDisposition"] = discharge
            body["hospitalization"] = h
        if org:
            body["serviceProvider"] = org
        if part_of:
            body["partOf"] = part_of
        return self.add("Encounter", short, body)

    def condition(self, short, code, onset=None, recorded=None, clinical="active", ver="confirmed",
                  category="problem-list-item", abatement=None, note=None, severity=None, encounter=None,
                  recorder=None, asserter=None, evidence=None, body_site=None, stage=None, onset_string=None):
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        body = {}
        if clinical:
            body["clinicalStatus"] = cc((CONDCLIN, clinical))
        body["verificationStatus"] = cc((CONDVER, ver))
        body["category"] = [cc((CONDCAT, category, catd[category]))]
        if severity:
            body["severity"] = severity
        body["code"] = code
        if body_site:
            body["bodySite"] = [body_site]
        body["subject"] = self.P
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
            body["stage"] = [{"summary": stage}]
        if evidence:
            body["evidence"] = [{"detail": evidence if isinstance(evidence, list) else [evidence]}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", short, body)

    def obs(self, short, code, date, value=None, category="laboratory", interp=None, low=None, high=None,
            range_text=None, encounter=None, performer=None, note=None, components=None, status="final",
            time="09:00", issued=None, method=None, body_site=None, has_member=None, derived=None, unit_code=None,
            specimen_text=None, absent=None):
        cats = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History", "therapy": "Therapy",
                "activity": "Activity"}
        body = {"status": status, "category": [cc((OBSCAT, category, cats[category]))], "code": code, "subject": self.P}
        if encounter:
            body["encounter"] = encounter
        body["effectiveDateTime"] = self.ts(date, time) if len(date) == 10 else date
        if issued:
            body["issued"] = self.ts(issued[0], issued[1]) if isinstance(issued, tuple) else self.ts(issued, "15:00")
        if performer:
            body["performer"] = performer if isinstance(performer, list) else [performer]
        unit = None
        if value is not None:
            if isinstance(value, bool):
                body["valueBoolean"] = value
            elif isinstance(value, tuple):
                unit = value[1]
                body["valueQuantity"] = qty(value[0], value[1], unit_code)
            elif isinstance(value, int):
                body["valueInteger"] = value
            elif isinstance(value, str):
                body["valueString"] = value
            elif isinstance(value, dict):
                body["valueCodeableConcept"] = value
            else:
                raise ValueError(value)
        elif absent:
            body["dataAbsentReason"] = tx(absent)
        if interp is None and isinstance(value, tuple) and (low is not None or high is not None):
            v = value[0]
            if low is not None and v < low:
                interp = "L"
            elif high is not None and v > high:
                interp = "H"
            else:
                interp = "N"
        if interp:
            names = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low",
                     "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate"}
            body["interpretation"] = [cc((V3INT, interp, names[interp]))]
        if note:
            body["note"] = [{"text": note}]
        if body_site:
            body["bodySite"] = body_site
        if method:
            body["method"] = method
        if low is not None or high is not None or range_text:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, unit, unit_code) if unit else {"value": low}
            if high is not None:
                rr["high"] = qty(high, unit, unit_code) if unit else {"value": high}
            if range_text:
                rr["text"] = range_text
            body["referenceRange"] = [rr]
        if has_member:
            body["hasMember"] = has_member
        if derived:
            body["derivedFrom"] = derived
        if components:
            body["component"] = components
        return self.add("Observation", short, body)

    def bp(self, short, date, sys_, dia, encounter=None, time="09:00", performer=None):
        comps = [
            {"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sys_, "mm[Hg]")},
            {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dia, "mm[Hg]")},
        ]
        return self.obs(short, cc((LOINC, "85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"),
                        date, category="vital-signs", components=comps, encounter=encounter, time=time, performer=performer)

    def vital(self, short, kind, date, value, encounter=None, time="09:00", text=None):
        k = {
            "hr": ("8867-4", "Heart rate", "/min"),
            "wt": ("29463-7", "Body weight", "kg"),
            "ht": ("8302-2", "Body height", "cm"),
            "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
            "temp": ("8310-5", "Body temperature", "Cel"),
            "rr": ("9279-1", "Respiratory rate", "/min"),
            "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
        }[kind]
        return self.obs(short, cc((LOINC, k[0], k[1]), text=text), date, value=(value, k[2]), category="vital-signs",
                        encounter=encounter, time=time)

    def report(self, short, code, date, conclusion=None, results=None, category=("LAB", "Laboratory"), performer=None,
               status="final", encounter=None, time="10:00", issued=None, conclusion_code=None, based_on=None,
               presented_text=None):
        body = {"status": status}
        if based_on:
            body["basedOn"] = based_on
        body["category"] = [cc((DRSERV, category[0], category[1]))]
        body["code"] = code
        body["subject"] = self.P
        if encounter:
            body["encounter"] = encounter
        body["effectiveDateTime"] = self.ts(date, time)
        body["issued"] = self.ts(issued or date, "16:00")
        if performer:
            body["performer"] = performer if isinstance(performer, list) else [performer]
        if results:
            body["result"] = results
        if conclusion:
            body["conclusion"] = conclusion
        if conclusion_code:
            body["conclusionCode"] = conclusion_code
        if presented_text:
            body["presentedForm"] = [{"contentType": "text/plain", "data": b64(presented_text)}]
        return self.add("DiagnosticReport", short, body)

    def note(self, short, date, type_cc, text, author, encounter=None, time="12:00", description=None, lang=None,
             title=None, custodian=None, category=None):
        body = {
            "status": "current",
            "docStatus": "final",
            "type": type_cc,
            "category": [category or cc((DOCCAT, "clinical-note", "Clinical Note"))],
            "subject": self.P,
            "date": self.ts(date, time),
            "author": author if isinstance(author, list) else [author],
        }
        if custodian:
            body["custodian"] = custodian
        if description:
            body["description"] = description
        att = {"contentType": "text/plain", "language": lang or self.o["lang"], "data": b64(text),
               "creation": self.ts(date, time)}
        if title:
            att["title"] = title
        body["content"] = [{"attachment": att}]
        if encounter:
            body["context"] = {"encounter": [encounter]}
        return self.add("DocumentReference", short, body)

    def medreq(self, short, med, authored, dose_text, status="active", intent="order", reason=None, reason_ref=None,
               requester=None, note=None, encounter=None, category=None, validity=None, course=None, timing=None):
        body = {"status": status, "intent": intent}
        if category:
            body["category"] = [cc((MEDREQCAT, category))]
        body["medicationCodeableConcept"] = med
        body["subject"] = self.P
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
            body["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", course))
        if note:
            body["note"] = [{"text": note}]
        d = {"text": dose_text}
        if timing:
            d["timing"] = timing
        body["dosageInstruction"] = [d]
        if validity:
            body["dispenseRequest"] = {"validityPeriod": {"start": validity[0], "end": validity[1]}}
        return self.add("MedicationRequest", short, body)

    def medstmt(self, short, med, status, start, end=None, dose_text=None, reason=None, reason_ref=None,
                status_reason=None, note=None, asserted=None, source=None, category="community", based_on=None):
        body = {"status": status}
        if based_on:
            body["basedOn"] = based_on
        if status_reason:
            body["statusReason"] = [status_reason]
        body["category"] = cc((MEDSTMTCAT, category))
        body["medicationCodeableConcept"] = med
        body["subject"] = self.P
        per = {"start": start}
        if end:
            per["end"] = end
        body["effectivePeriod"] = per
        if asserted:
            body["dateAsserted"] = asserted
        if source:
            body["informationSource"] = source
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if note:
            body["note"] = [{"text": note}]
        if dose_text:
            body["dosage"] = [{"text": dose_text}]
        return self.add("MedicationStatement", short, body)

    def medadmin(self, short, med, date, status="completed", dose=None, reason_ref=None, performer=None, note=None,
                 time="10:00", route=None, request=None):
        body = {"status": status, "medicationCodeableConcept": med, "subject": self.P,
                "effectiveDateTime": self.ts(date, time)}
        if performer:
            body["performer"] = [{"actor": performer}]
        if reason_ref:
            body["reasonReference"] = [reason_ref]
        if request:
            body["request"] = request
        if note:
            body["note"] = [{"text": note}]
        if dose or route:
            d = {}
            if dose:
                d["text"] = dose[0]
                if len(dose) > 1:
                    d["dose"] = qty(dose[1], dose[2])
            if route:
                d["route"] = route
            body["dosage"] = d
        return self.add("MedicationAdministration", short, body)

    def sreq(self, short, code, status, intent, authored, occurrence=None, reason=None, reason_ref=None,
             requester=None, performer=None, category=None, note=None, priority=None, encounter=None,
             occurrence_period=None, patient_instruction=None, based_on=None, body_site=None):
        body = {"status": status, "intent": intent}
        if based_on:
            body["basedOn"] = based_on
        if category:
            body["category"] = [category]
        if priority:
            body["priority"] = priority
        body["code"] = code
        body["subject"] = self.P
        if encounter:
            body["encounter"] = encounter
        if occurrence:
            body["occurrenceDateTime"] = occurrence
        elif occurrence_period:
            body["occurrencePeriod"] = {"start": occurrence_period[0], **({"end": occurrence_period[1]} if occurrence_period[1] else {})}
        body["authoredOn"] = authored
        if requester:
            body["requester"] = requester
        if performer:
            body["performer"] = performer if isinstance(performer, list) else [performer]
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if body_site:
            body["bodySite"] = [body_site]
        if note:
            body["note"] = [{"text": note}]
        if patient_instruction:
            body["patientInstruction"] = patient_instruction
        return self.add("ServiceRequest", short, body)

    def procedure(self, short, code, status, date=None, period=None, reason=None, reason_ref=None, performer=None,
                  note=None, outcome=None, body_site=None, category=None, encounter=None, based_on=None,
                  status_reason=None, time="10:00", location=None, performed_string=None, report=None):
        body = {"status": status}
        if based_on:
            body["basedOn"] = based_on
        if status_reason:
            body["statusReason"] = status_reason
        if category:
            body["category"] = category
        body["code"] = code
        body["subject"] = self.P
        if encounter:
            body["encounter"] = encounter
        if date:
            body["performedDateTime"] = self.ts(date, time) if len(date) == 10 else date
        elif period:
            body["performedPeriod"] = {"start": period[0], "end": period[1]}
        elif performed_string:
            body["performedString"] = performed_string
        if performer:
            body["performer"] = [{"actor": p} for p in (performer if isinstance(performer, list) else [performer])]
        if location:
            body["location"] = location
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
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", short, body)

    def careplan(self, short, title, status, intent, start, categories, activities=None, addresses=None,
                 description=None, author=None, note=None, end=None, created=None, contributors=None):
        body = {"status": status, "intent": intent, "category": categories, "title": title}
        if description:
            body["description"] = description
        body["subject"] = self.P
        per = {"start": start}
        if end:
            per["end"] = end
        body["period"] = per
        if created:
            body["created"] = created
        if author:
            body["author"] = author
        if contributors:
            body["contributor"] = contributors
        if addresses:
            body["addresses"] = addresses
        if activities:
            acts = []
            for a in activities:
                if "reference" in a:
                    acts.append({"reference": a["reference"]})
                    continue
                det = {"status": a.get("status", "in-progress")}
                if a.get("kind"):
                    det["kind"] = a["kind"]
                if a.get("code"):
                    det["code"] = a["code"]
                if a.get("description"):
                    det["description"] = a["description"]
                if a.get("performer"):
                    det["performer"] = [a["performer"]]
                acts.append({"detail": det})
            body["activity"] = acts
        if note:
            body["note"] = [{"text": note}]
        return self.add("CarePlan", short, body)

    def comm(self, short, sent, sender, recipient, text, status="completed", category=None, topic=None,
             about=None, in_response_to=None, medium=None, received=None, time="20:15"):
        body = {"status": status}
        if in_response_to:
            body["inResponseTo"] = in_response_to
        if category:
            body["category"] = [category]
        if medium:
            body["medium"] = [medium]
        body["subject"] = self.P
        if topic:
            body["topic"] = topic
        if about:
            body["about"] = about
        body["sent"] = self.ts(sent, time)
        if received:
            body["received"] = self.ts(received[0], received[1])
        body["recipient"] = recipient if isinstance(recipient, list) else [recipient]
        body["sender"] = sender
        body["payload"] = [{"contentString": text}]
        return self.add("Communication", short, body)

    def qr(self, short, questionnaire, authored, items, author=None, source=None, status="completed", encounter=None,
           time="10:30"):
        its = []
        for it in items:
            d = {"linkId": it[0], "text": it[1]}
            if len(it) > 2 and it[2] is not None:
                d["answer"] = [answer(it[2])]
            its.append(d)
        body = {"questionnaire": questionnaire, "status": status, "subject": self.P}
        if encounter:
            body["encounter"] = encounter
        body["authored"] = self.ts(authored, time)
        if author:
            body["author"] = author
        if source:
            body["source"] = source
        body["item"] = its
        return self.add("QuestionnaireResponse", short, body)

    def flag(self, short, code, start, author=None, category=None, status="active", encounter=None, end=None):
        body = {"status": status}
        if category:
            body["category"] = [category]
        body["code"] = code
        body["subject"] = self.P
        per = {"start": start}
        if end:
            per["end"] = end
        body["period"] = per
        if encounter:
            body["encounter"] = encounter
        if author:
            body["author"] = author
        return self.add("Flag", short, body)

    def impression(self, short, date, assessor, summary, problems=None, findings=None, status="completed",
                   description=None, prognosis=None, encounter=None, investigations=None, note=None, code=None):
        body = {"status": status}
        if code:
            body["code"] = code
        if description:
            body["description"] = description
        body["subject"] = self.P
        if encounter:
            body["encounter"] = encounter
        body["effectiveDateTime"] = self.ts(date, "11:00")
        body["date"] = self.ts(date, "11:30")
        body["assessor"] = assessor
        if problems:
            body["problem"] = problems
        if investigations:
            body["investigation"] = [{"code": tx(investigations[0]), "item": investigations[1]}]
        body["summary"] = summary
        if findings:
            body["finding"] = [({"itemReference": f} if "reference" in f else {"itemCodeableConcept": f}) for f in findings]
        if prognosis:
            body["prognosisCodeableConcept"] = [prognosis]
        if note:
            body["note"] = [{"text": note}]
        return self.add("ClinicalImpression", short, body)

    def appointment(self, short, start, end, status, description, participants, service_type=None, reason=None,
                    reason_ref=None, based_on=None, created=None, start_time="08:00", end_time="09:00"):
        body = {"status": status}
        if service_type:
            body["serviceType"] = [service_type]
        if reason:
            body["reasonCode"] = [reason]
        if reason_ref:
            body["reasonReference"] = [reason_ref]
        body["description"] = description
        body["start"] = self.ts(start, start_time)
        body["end"] = self.ts(end, end_time)
        if created:
            body["created"] = created
        if based_on:
            body["basedOn"] = [based_on]
        body["participant"] = [{"actor": p, "status": "accepted"} for p in participants]
        return self.add("Appointment", short, body)

    def allergy(self, short, code, recorded, reaction=None, category="medication", criticality="low"):
        body = {
            "clinicalStatus": cc((ALLCLIN, "active")),
            "verificationStatus": cc((ALLVER, "confirmed")),
            "type": "allergy",
            "category": [category],
            "criticality": criticality,
            "code": code,
            "patient": self.P,
            "recordedDate": recorded,
        }
        if reaction:
            body["reaction"] = [{"manifestation": [reaction]}]
        return self.add("AllergyIntolerance", short, body)

    def immunization(self, short, vaccine, date, lot=None, performer=None, note=None):
        body = {"status": "completed", "vaccineCode": vaccine, "patient": self.P,
                "occurrenceDateTime": self.ts(date, "10:00"), "primarySource": True}
        if lot:
            body["lotNumber"] = lot
        if performer:
            body["performer"] = [{"actor": performer}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Immunization", short, body)

    def family(self, short, rel_code, rel_display, conditions, date, sex=None, deceased=None, note=None):
        body = {"status": "completed", "patient": self.P, "date": date,
                "relationship": cc((FAMREL, rel_code, rel_display))}
        if sex:
            body["sex"] = cc(("http://hl7.org/fhir/administrative-gender", sex))
        if deceased is not None:
            body["deceasedBoolean"] = deceased
        conds = []
        for code, age in conditions:
            d = {"code": code}
            if age is not None:
                d["onsetAge"] = {"value": age, "unit": "a", "system": UCUM, "code": "a"}
            conds.append(d)
        body["condition"] = conds
        if note:
            body["note"] = [{"text": note}]
        return self.add("FamilyMemberHistory", short, body)


def answer(v):
    if isinstance(v, bool):
        return {"valueBoolean": v}
    if isinstance(v, int):
        return {"valueInteger": v}
    if isinstance(v, float):
        return {"valueDecimal": v}
    if isinstance(v, str):
        return {"valueString": v}
    if isinstance(v, dict) and "system" in v:
        return {"valueCoding": v}
    if isinstance(v, dict) and "valueDate" in v:
        return v
    raise ValueError(v)


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# ================================================================== validator
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DATETIME_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$")
INSTANT_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$")
ID_RE = re.compile(r"^[A-Za-z0-9\-\.]{1,64}$")
REF_RE = re.compile(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-\.]{1,64}$")


def _s(x):
    return set(x.split())


# top-level elements per resource type: (list elements, single elements), R4
SHAPE = {
    "Patient": (_s("identifier name telecom address communication generalPractitioner contact"),
                _s("active gender birthDate deceasedBoolean maritalStatus managingOrganization")),
    "Organization": (_s("identifier type alias telecom address"), _s("active name partOf")),
    "Practitioner": (_s("identifier name telecom address qualification"), _s("active gender birthDate")),
    "Coverage": (_s("identifier payor class"), _s("status type subscriberId beneficiary relationship period dependent network order subscriber policyHolder")),
    "Encounter": (_s("identifier type participant reasonCode reasonReference diagnosis basedOn location episodeOfCare statusHistory classHistory account"),
                  _s("status class serviceType priority subject period length hospitalization serviceProvider partOf appointment")),
    "Condition": (_s("identifier category bodySite stage evidence note"),
                  _s("clinicalStatus verificationStatus severity code subject encounter onsetDateTime onsetString onsetAge onsetPeriod abatementDateTime abatementString recordedDate recorder asserter")),
    "Observation": (_s("identifier basedOn partOf category focus performer interpretation note referenceRange hasMember derivedFrom component"),
                    _s("status code subject encounter effectiveDateTime effectivePeriod issued valueQuantity valueCodeableConcept valueString valueBoolean valueInteger valueRange valueRatio valueDateTime valuePeriod dataAbsentReason bodySite method specimen device")),
    "DiagnosticReport": (_s("identifier basedOn category performer resultsInterpreter specimen result imagingStudy media conclusionCode presentedForm"),
                         _s("status code subject encounter effectiveDateTime effectivePeriod issued conclusion")),
    "DocumentReference": (_s("identifier category author relatesTo securityLabel content"),
                          _s("masterIdentifier status docStatus type subject date authenticator custodian description context")),
    "MedicationRequest": (_s("identifier category supportingInformation reasonCode reasonReference basedOn insurance note dosageInstruction detectedIssue eventHistory instantiatesCanonical"),
                          _s("status statusReason intent priority doNotPerform reportedBoolean medicationCodeableConcept medicationReference subject encounter authoredOn requester performer performerType recorder groupIdentifier courseOfTherapyType dispenseRequest substitution priorPrescription")),
    "MedicationStatement": (_s("identifier basedOn partOf statusReason derivedFrom reasonCode reasonReference note dosage"),
                            _s("status category medicationCodeableConcept subject context effectiveDateTime effectivePeriod dateAsserted informationSource")),
    "MedicationAdministration": (_s("identifier partOf statusReason supportingInformation performer reasonCode reasonReference device note eventHistory instantiates"),
                                 _s("status category medicationCodeableConcept subject context effectiveDateTime effectivePeriod request dosage")),
    "ServiceRequest": (_s("identifier basedOn replaces category orderDetail performer locationCode locationReference reasonCode reasonReference insurance supportingInfo specimen bodySite note relevantHistory instantiatesCanonical"),
                       _s("requisition status intent priority doNotPerform code quantityQuantity subject encounter occurrenceDateTime occurrencePeriod asNeededBoolean authoredOn requester performerType patientInstruction")),
    "Procedure": (_s("identifier basedOn partOf performer reasonCode reasonReference bodySite report complication complicationDetail followUp note focalDevice usedReference usedCode"),
                  _s("status statusReason category code subject encounter performedDateTime performedPeriod performedString recorder asserter location outcome")),
    "CarePlan": (_s("identifier basedOn replaces partOf category contributor careTeam addresses supportingInfo goal activity note instantiatesCanonical"),
                 _s("status intent title description subject encounter period created author")),
    "Communication": (_s("identifier basedOn partOf inResponseTo category medium about recipient reasonCode reasonReference payload note"),
                      _s("status statusReason priority subject topic encounter sent received sender")),
    "QuestionnaireResponse": (_s("basedOn partOf item"), _s("identifier questionnaire status subject encounter authored author source")),
    "Flag": (_s("identifier category"), _s("status code subject period encounter author")),
    "ClinicalImpression": (_s("identifier problem investigation protocol finding prognosisCodeableConcept prognosisReference supportingInfo note"),
                           _s("status statusReason code description subject encounter effectiveDateTime date assessor previous summary")),
    "Appointment": (_s("identifier serviceCategory serviceType specialty reasonCode reasonReference supportingInformation slot basedOn participant requestedPeriod"),
                    _s("status cancelationReason appointmentType priority description start end minutesDuration created comment patientInstruction")),
    "AllergyIntolerance": (_s("identifier category note reaction"),
                           _s("clinicalStatus verificationStatus type criticality code patient encounter onsetDateTime recordedDate recorder asserter lastOccurrence")),
    "Immunization": (_s("identifier performer note reasonCode reasonReference reaction protocolApplied"),
                     _s("status statusReason vaccineCode patient encounter occurrenceDateTime recorded primarySource lotNumber expirationDate site route doseQuantity")),
    "FamilyMemberHistory": (_s("identifier reasonCode reasonReference note condition"),
                            _s("status patient date name relationship sex deceasedBoolean ageAge bornDate")),
}
REQUIRED = {
    "Patient": [], "Organization": [], "Practitioner": [],
    "Coverage": ["status", "beneficiary", "payor"],
    "Encounter": ["status", "class"],
    "Condition": ["subject"],
    "Observation": ["status", "code"],
    "DiagnosticReport": ["status", "code"],
    "DocumentReference": ["status", "content"],
    "MedicationRequest": ["status", "intent", "medicationCodeableConcept", "subject"],
    "MedicationStatement": ["status", "medicationCodeableConcept", "subject"],
    "MedicationAdministration": ["status", "medicationCodeableConcept", "subject", "effectiveDateTime"],
    "ServiceRequest": ["status", "intent", "subject"],
    "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"],
    "Communication": ["status"],
    "QuestionnaireResponse": ["status"],
    "Flag": ["status", "code", "subject"],
    "ClinicalImpression": ["status", "subject"],
    "Appointment": ["status", "participant"],
    "AllergyIntolerance": ["patient"],
    "Immunization": ["status", "vaccineCode", "patient", "occurrenceDateTime"],
    "FamilyMemberHistory": ["status", "patient", "relationship"],
}
STATUS = {
    "Coverage": "active cancelled draft entered-in-error",
    "Encounter": "planned arrived triaged in-progress onleave finished cancelled entered-in-error unknown",
    "Observation": "registered preliminary final amended corrected cancelled entered-in-error unknown",
    "DiagnosticReport": "registered partial preliminary final amended corrected appended cancelled entered-in-error unknown",
    "DocumentReference": "current superseded entered-in-error",
    "MedicationRequest": "active on-hold cancelled completed entered-in-error stopped draft unknown",
    "MedicationStatement": "active completed entered-in-error intended stopped on-hold unknown not-taken",
    "MedicationAdministration": "in-progress not-done on-hold completed entered-in-error stopped unknown",
    "ServiceRequest": "draft active on-hold revoked completed entered-in-error unknown",
    "Procedure": "preparation in-progress not-done on-hold stopped completed entered-in-error unknown",
    "CarePlan": "draft active on-hold revoked completed entered-in-error unknown",
    "Communication": "preparation in-progress not-done on-hold stopped completed entered-in-error unknown",
    "QuestionnaireResponse": "in-progress completed amended entered-in-error stopped",
    "Flag": "active inactive entered-in-error",
    "ClinicalImpression": "in-progress completed entered-in-error",
    "Appointment": "proposed pending booked arrived fulfilled cancelled noshow entered-in-error checked-in waitlist",
    "Immunization": "completed entered-in-error not-done",
    "FamilyMemberHistory": "partial completed entered-in-error health-unknown",
}
INTENT = {
    "MedicationRequest": "proposal plan order original-order reflex-order filler-order instance-order option",
    "ServiceRequest": "proposal plan directive order original-order reflex-order filler-order instance-order option",
    "CarePlan": "proposal plan order option",
}
INSTANT_FIELDS = {("DocumentReference", "date"), ("DiagnosticReport", "issued"), ("Observation", "issued"),
                  ("Appointment", "start"), ("Appointment", "end")}
DATETIME_KEYS = {"effectiveDateTime", "onsetDateTime", "abatementDateTime", "recordedDate", "authoredOn",
                 "occurrenceDateTime", "performedDateTime", "sent", "received", "authored", "start", "end",
                 "dateAsserted", "created", "creation", "date"}
NESTED_LISTS = {"coding", "given", "prefix", "line", "answer", "item", "payload", "reasonCode", "manifestation"}
CODE_FIELDS = {"gender", "status", "use", "system_", "contentType", "language", "criticality", "type_allergy"}


def _walk(rt, node, path, errs):
    if isinstance(node, dict):
        if not node:
            errs.append(f"{path}: empty object")
        for k, v in node.items():
            p = f"{path}.{k}"
            if v is None or v == "" or v == [] or v == {}:
                errs.append(f"{p}: empty value")
                continue
            if k in NESTED_LISTS and not isinstance(v, list):
                errs.append(f"{p}: must be a list")
            if k == "reference" and (not isinstance(v, str) or not REF_RE.match(v)):
                errs.append(f"{p}: bad reference {v!r}")
            if k == "birthDate" and not DATE_RE.match(v):
                errs.append(f"{p}: bad date {v}")
            if k in DATETIME_KEYS and isinstance(v, str) and not DATETIME_RE.match(v):
                errs.append(f"{p}: bad dateTime {v}")
            if k in ("valueQuantity", "low", "high", "dose", "onsetAge", "doseQuantity"):
                if not isinstance(v, dict) or "value" not in v or isinstance(v["value"], bool) or not isinstance(v["value"], (int, float)):
                    errs.append(f"{p}: bad Quantity")
                elif "unit" in v and (v.get("system") != UCUM or not v.get("code")):
                    errs.append(f"{p}: Quantity unit without UCUM code")
            if k == "valueInteger" and (isinstance(v, bool) or not isinstance(v, int)):
                errs.append(f"{p}: valueInteger not int")
            if k == "valueDecimal" and (isinstance(v, bool) or not isinstance(v, (int, float))):
                errs.append(f"{p}: valueDecimal not number")
            if k == "valueBoolean" and not isinstance(v, bool):
                errs.append(f"{p}: valueBoolean not bool")
            if k == "coding" and isinstance(v, list):
                for c in v:
                    code = c.get("code")
                    if not c.get("system") or not isinstance(code, str) or not code or code != code.strip():
                        errs.append(f"{p}: coding without proper system/code")
                    extra = set(c) - {"system", "code", "display", "version", "userSelected"}
                    if extra:
                        errs.append(f"{p}: unknown Coding keys {extra}")
            if k == "data" and isinstance(v, str):
                try:
                    base64.b64decode(v, validate=True)
                except Exception:
                    errs.append(f"{p}: not base64")
            _walk(rt, v, p, errs)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            if isinstance(x, list):
                errs.append(f"{path}[{i}]: nested list")
            _walk(rt, x, f"{path}[{i}]", errs)


def validate(res):
    rt = res.get("resourceType")
    errs = []
    if rt not in SHAPE:
        return [f"unknown resource type {rt}"]
    if not ID_RE.match(res.get("id", "")):
        errs.append("bad id")
    lists, singles = SHAPE[rt]
    for k, v in res.items():
        if k in ("resourceType", "id", "meta", "text", "language"):
            continue
        if k in lists:
            if not isinstance(v, list):
                errs.append(f"{rt}.{k} must be a list")
        elif k in singles:
            if isinstance(v, list):
                errs.append(f"{rt}.{k} must not be a list")
        else:
            errs.append(f"{rt}.{k} is not an R4 element here")
        if (rt, k) in INSTANT_FIELDS and not INSTANT_RE.match(v):
            errs.append(f"{rt}.{k} bad instant {v}")
    for k in REQUIRED[rt]:
        if k not in res:
            errs.append(f"{rt}.{k} missing")
    if rt in STATUS and res.get("status") not in STATUS[rt].split():
        errs.append(f"{rt}.status {res.get('status')} invalid")
    if rt in INTENT and res.get("intent") not in INTENT[rt].split():
        errs.append(f"{rt}.intent {res.get('intent')} invalid")
    if rt == "Patient" and res.get("gender") not in (None, "male", "female", "other", "unknown"):
        errs.append("Patient.gender")
    if rt == "Condition":
        ver = res.get("verificationStatus", {}).get("coding", [{}])[0].get("code")
        clin = res.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
        if "abatementDateTime" in res and clin not in ("inactive", "resolved", "remission"):
            errs.append("con-4: abatement with active clinical status")
        if ver == "entered-in-error" and clin:
            errs.append("con-5")
        if clin and clin not in ("active", "recurrence", "relapse", "inactive", "remission", "resolved"):
            errs.append("clinicalStatus code")
        if ver not in (None, "unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error"):
            errs.append("verificationStatus code")
        cat = res.get("category", [{}])[0].get("coding", [{}])[0].get("code")
        if cat == "problem-list-item" and ver != "entered-in-error" and not clin:
            errs.append("con-3: problem-list item without clinicalStatus")
    if rt == "Observation":
        if "dataAbsentReason" in res and any(k.startswith("value") for k in res):
            errs.append("obs-6")
        for comp in res.get("component", []):
            if "code" not in comp:
                errs.append("component without code")
        for rr in res.get("referenceRange", []):
            if not any(x in rr for x in ("low", "high", "text")):
                errs.append("obs-3")
    if rt == "Appointment":
        if res["status"] not in ("proposed", "cancelled", "waitlist") and not ("start" in res and "end" in res):
            errs.append("app-3")
        if ("start" in res) != ("end" in res):
            errs.append("app-2")
        for pa in res.get("participant", []):
            if pa.get("status") not in ("accepted", "declined", "tentative", "needs-action") or not ("actor" in pa or "type" in pa):
                errs.append("app participant")
    if rt == "CarePlan":
        for a in res.get("activity", []):
            if "detail" in a:
                d = a["detail"]
                if d.get("status") not in ("not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped", "unknown", "entered-in-error"):
                    errs.append("careplan activity detail status")
                if "reference" in a:
                    errs.append("cpl-3")
    if rt == "DocumentReference":
        for c in res["content"]:
            if "attachment" not in c:
                errs.append("content without attachment")
            elif "data" in c["attachment"] and "contentType" not in c["attachment"]:
                errs.append("att-1")
        ctx = res.get("context", {})
        if ctx and not isinstance(ctx.get("encounter", []), list):
            errs.append("DocumentReference.context.encounter must be a list")
    if rt == "QuestionnaireResponse":
        def chk(items):
            for it in items:
                if "linkId" not in it:
                    errs.append("item without linkId")
                for an in it.get("answer", []):
                    if not any(k.startswith("value") for k in an):
                        errs.append("answer without value")
                chk(it.get("item", []))
        chk(res.get("item", []))
    if rt == "Encounter" and not isinstance(res.get("class"), dict):
        errs.append("Encounter.class must be a Coding")
    if rt == "Coverage":
        for c in res.get("class", []):
            if "type" not in c or "value" not in c:
                errs.append("Coverage.class needs type and value")
    if rt == "FamilyMemberHistory" and "condition" in res:
        for c in res["condition"]:
            if "code" not in c:
                errs.append("FMH condition needs code")
    if rt == "MedicationAdministration" and "dosage" in res:
        d = res["dosage"]
        if not any(x in d for x in ("dose", "rateRatio", "rateQuantity")) and "text" not in d and "route" not in d:
            errs.append("mad-1")
    _walk(rt, res, rt, errs)
    return errs


def dumps(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1)
