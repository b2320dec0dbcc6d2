"""Small helpers to write synthetic FHIR R4 transaction bundles for blind-46.

Each case is built with a Case object: it owns the case id, the originating
organisation (base URL, time zone, default code systems) and the list of
resources.  Every builder returns the relative reference ("Type/id").
"""
import base64
import re

ANCHOR = "2026-12-01"

# ---- code systems -------------------------------------------------------
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CVX = "http://hl7.org/fhir/sid/cvx"
ATC = "http://www.whocc.no/atc"
# Japan
JP_ICD10 = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full"
JP_MEDIS_DX = "http://medis.or.jp/CodeSystem/master-disease-exchangeCode"
JP_KCODE = "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/medical-fee-procedure-kcode"
JP_JLAC10 = "urn:oid:1.2.392.200119.4.504"
JP_YJ = "urn:oid:1.2.392.100495.20.1.73"
# Korea
KCD7 = "http://www.hl7korea.or.kr/CodeSystem/kostat-kcd-7"
KR_EDI_PROC = "http://www.hl7korea.or.kr/CodeSystem/hira-edi-procedure"
KR_EDI_MED = "http://www.hl7korea.or.kr/CodeSystem/hira-edi-medication"
# HL7 terminology
V3_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBS_CAT = "http://terminology.hl7.org/CodeSystem/observation-category"
COND_CAT = "http://terminology.hl7.org/CodeSystem/condition-category"
COND_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
COND_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
DIAG_SVC = "http://terminology.hl7.org/CodeSystem/v2-0074"
COV_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
SUBSCRIBER_REL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
ADMIT_SRC = "http://terminology.hl7.org/CodeSystem/admit-source"
ORG_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type"
BCP47 = "urn:ietf:bcp:47"
FLAG_CAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COMM_CAT = "http://terminology.hl7.org/CodeSystem/communication-category"
PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
REQ_PRIORITY = "http://hl7.org/fhir/request-priority"

INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high",
                  "LL": "Critical low", "A": "Abnormal", "POS": "Positive", "NEG": "Negative",
                  "AA": "Critical abnormal"}
CLASS_DISPLAY = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter",
                 "VR": "virtual", "HH": "home health", "SS": "short stay"}

BANNED = re.compile(r"\btest\b|scenario|blind|near[ -]?miss", re.I)


# ---- datatype helpers ---------------------------------------------------
def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(system, code, display=None, text=None):
    out = {"coding": [coding(system, code, display)]}
    if text:
        out["text"] = text
    return out


def ccm(*codings, text=None):
    """CodeableConcept from several (system, code, display) triples."""
    out = {"coding": [coding(*c) for c in codings]}
    if text:
        out["text"] = text
    return out


def cct(text):
    return {"text": text}


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


def interp(code):
    return [{"coding": [coding(INTERP, code, INTERP_DISPLAY[code])]}]


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# ---- organisations ------------------------------------------------------
ORGS = {
    "JP": dict(
        key="JP", base="https://fhir.toto-univ-hosp.example.jp/R4", tz="+09:00", lang="ja",
        name="東都大学医学部附属病院", alias="Toto University Hospital",
        ident=("http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no", "1312345678"),
        city="東京都文京区", country="JP", dx=JP_ICD10, phone="03-5800-0000",
        payer=("東都健康保険組合", "06139981", "http://jpfhir.jp/fhir/core/IdSystem/insurer-number"),
    ),
    "KR": dict(
        key="KR", base="https://emr.hanbit-gh.example.kr/fhir", tz="+09:00", lang="ko",
        name="한빛종합병원", alias="Hanbit General Hospital",
        ident=("http://www.hl7korea.or.kr/Identifier/hira-krnk", "31201234"),
        city="경기도 성남시", country="KR", dx=KCD7, phone="031-780-0000",
        payer=("국민건강보험공단", "NHIS-KR", "http://www.hl7korea.or.kr/Identifier/nhis-payer"),
    ),
    "EYE": dict(
        key="EYE", base="https://fhir.lakeshore-eye.example.org/r4", tz="-05:00", lang="en-US",
        name="Lakeshore Eye & Neuro-Ophthalmology Institute", alias="Lakeshore Eye",
        ident=("http://hl7.org/fhir/sid/us-npi", "1437285016"),
        city="Chicago", country="US", dx=ICD10CM, phone="312-555-0144",
        payer=("Great Lakes Health Plan", "GLHP-60054", "https://lakeshore-eye.example.org/payer-id"),
    ),
    "NEPH": dict(
        key="NEPH", base="https://fhir.northbridge-renal.example.uk/fhir", tz="+00:00", lang="en-GB",
        name="Northbridge Renal & Transplant Centre", alias="Northbridge Renal",
        ident=("https://fhir.nhs.uk/Id/ods-organization-code", "RNB01"),
        city="Northbridge", country="GB", dx=ICD10, phone="0161 555 0190",
        payer=("NHS England", "X24", "https://fhir.nhs.uk/Id/ods-organization-code"),
    ),
}


class Case:
    def __init__(self, cid, org, target, kind, expected, why, summary):
        self.cid = cid
        self.org = ORGS[org]
        self.meta = dict(case=cid, target=target, kind=kind, expected=list(expected), why=why,
                         summary=summary, org=org)
        self.resources = []
        self.ids = set()
        self.counter = {}
        self.patient_ref = None
        self.org_ref = None
        self.payer_ref = None
        self.pract = {}

    # ---- infrastructure -------------------------------------------------
    def _id(self, key):
        rid = f"{self.cid}-{key}"
        if rid in self.ids:
            raise ValueError(f"duplicate id {rid}")
        if len(rid) > 64 or not re.match(r"^[A-Za-z0-9\-]+$", rid):
            raise ValueError(f"bad id {rid}")
        self.ids.add(rid)
        return rid

    def _auto(self, prefix):
        n = self.counter.get(prefix, 0) + 1
        self.counter[prefix] = n
        return f"{prefix}{n}"

    def add(self, rtype, body, key=None, prefix=None):
        if key is None:
            key = self._auto(prefix or rtype.lower()[:4])
        rid = self.cid if rtype == "Patient" else self._id(key)
        res = {"resourceType": rtype, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None})
        self.resources.append(res)
        return f"{rtype}/{rid}"

    def ts(self, date, time="09:00:00"):
        """FHIR instant/dateTime with the organisation's zone."""
        return f"{date}T{time}{self.org['tz']}"

    def subj(self):
        return {"reference": self.patient_ref}

    def bundle(self):
        entries = []
        for r in self.resources:
            url = f"{r['resourceType']}/{r['id']}"
            entries.append({"fullUrl": f"{self.org['base']}/{url}", "resource": r,
                            "request": {"method": "PUT", "url": url}})
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction",
                "entry": entries}

    # ---- administrative -------------------------------------------------
    def setup(self, family, given, gender, birth, mrn, practitioners, plan_no, name_text=None,
              extra_names=None, address=None, marital=None):
        o = self.org
        self.org_ref = self.add("Organization", {
            "identifier": [{"system": o["ident"][0], "value": o["ident"][1]}],
            "active": True,
            "type": [cc(ORG_TYPE, "prov", "Healthcare Provider")],
            "name": o["name"], "alias": [o["alias"]],
            "telecom": [{"system": "phone", "value": o["phone"], "use": "work"}],
            "address": [{"city": o["city"], "country": o["country"]}],
        }, key="org")
        pname, pid, psys = o["payer"]
        self.payer_ref = self.add("Organization", {
            "identifier": [{"system": psys, "value": pid}], "active": True,
            "type": [cc(ORG_TYPE, "pay", "Payer")], "name": pname,
        }, key="payer")
        for key, (fam, giv, prefix, qual) in practitioners.items():
            body = {"active": True,
                    "name": [{"family": fam, "given": [giv]} | ({"prefix": [prefix]} if prefix else {})],
                    "qualification": [{"code": cct(qual)}]}
            self.pract[key] = self.add("Practitioner", body, key=f"pr-{key}")
        names = [{"use": "official", "family": family, "given": [given]}]
        if name_text:
            names[0]["text"] = name_text
        for n in extra_names or []:
            names.append(n)
        pat = {
            "identifier": [{"type": cc(V2_0203, "MR", "Medical record number"),
                            "system": f"{o['base']}/mrn", "value": mrn}],
            "active": True, "name": names, "gender": gender, "birthDate": birth,
            "address": [address or {"city": o["city"], "country": o["country"]}],
            "communication": [{"language": cc(BCP47, o["lang"]), "preferred": True}],
            "managingOrganization": {"reference": self.org_ref},
        }
        if marital:
            pat["maritalStatus"] = cc("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital)
        self.patient_ref = self.add("Patient", pat)
        self.add("Coverage", {
            "status": "active",
            "type": cc(COV_TYPE, "PUBLICPOL" if o["key"] in ("JP", "KR", "NEPH") else "HIP",
                       "public healthcare" if o["key"] in ("JP", "KR", "NEPH") else "health insurance plan policy"),
            "subscriberId": plan_no,
            "beneficiary": self.subj(),
            "relationship": cc(SUBSCRIBER_REL, "self", "Self"),
            "period": {"start": "2020-04-01"},
            "payor": [{"reference": self.payer_ref}],
        }, key="cov")
        return self.patient_ref

    def pr(self, key):
        return {"reference": self.pract[key]}

    # ---- encounters -----------------------------------------------------
    def encounter(self, date, cls="AMB", type_text=None, reason=None, pract=None, end=None,
                  status="finished", key=None, admit=None, service=None, discharge=None, diag=None,
                  time="09:00:00", end_time="10:00:00"):
        body = {"status": status, "class": coding(V3_ACT, cls, CLASS_DISPLAY[cls]),
                "subject": self.subj(),
                "period": {"start": self.ts(date, time)} if status in ("planned",) else
                {"start": self.ts(date, time), "end": self.ts(end or date, end_time)},
                "serviceProvider": {"reference": self.org_ref}}
        if type_text:
            body["type"] = [type_text if isinstance(type_text, dict) else cct(type_text)]
        if service:
            body["serviceType"] = service if isinstance(service, dict) else cct(service)
        if reason:
            body["reasonCode"] = reason
        if pract:
            body["participant"] = [{"individual": self.pr(pract)}]
        if diag:
            body["diagnosis"] = [{"condition": {"reference": d}, "rank": i + 1} for i, d in enumerate(diag)]
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = admit
            if discharge:
                h["dischargeDisposition"] = discharge
            body["hospitalization"] = h
        if cls == "EMER":
            body["priority"] = cc("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EM", "emergency")
        return self.add("Encounter", body, key=key, prefix="enc")

    # ---- conditions -----------------------------------------------------
    def condition(self, code, onset, clinical="active", verification="confirmed",
                  category="problem-list-item", abatement=None, note=None, encounter=None,
                  recorded=None, asserter=None, severity=None, key=None, evidence=None, stage=None):
        body = {
            "clinicalStatus": cc(COND_CLIN, clinical),
            "verificationStatus": cc(COND_VER, verification),
            "category": [cc(COND_CAT, category, "Problem List Item" if category == "problem-list-item"
                            else "Encounter Diagnosis")],
            "severity": severity,
            "code": code, "subject": self.subj(),
            "encounter": {"reference": encounter} if encounter else None,
            "onsetDateTime": onset,
            "abatementDateTime": abatement,
            "recordedDate": recorded or onset,
            "asserter": self.pr(asserter) if asserter else None,
            "stage": stage,
            "evidence": evidence,
            "note": [{"text": note}] if note else None,
        }
        return self.add("Condition", body, key=key, prefix="cond")

    # ---- observations ---------------------------------------------------
    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, flag=None,
            category="laboratory", key=None, text_value=None, cc_value=None, int_value=None,
            bool_value=None, encounter=None, body_site=None, method=None, note=None,
            components=None, performer=None, range_text=None, time="09:30:00", status="final",
            has_member=None, derived=None):
        body = {"status": status,
                "category": [cc(OBS_CAT, category)],
                "code": code, "subject": self.subj(),
                "encounter": {"reference": encounter} if encounter else None,
                "effectiveDateTime": self.ts(date, time),
                "issued": self.ts(date, "17:00:00"),
                "performer": [self.pr(performer)] if performer else None}
        if value is not None:
            body["valueQuantity"] = qty(value, unit, ucum)
        elif text_value is not None:
            body["valueString"] = text_value
        elif cc_value is not None:
            body["valueCodeableConcept"] = cc_value
        elif int_value is not None:
            assert isinstance(int_value, int)
            body["valueInteger"] = int_value
        elif bool_value is not None:
            body["valueBoolean"] = bool_value
        if flag:
            body["interpretation"] = interp(flag)
        if note:
            body["note"] = [{"text": note}]
        if body_site:
            body["bodySite"] = body_site
        if method:
            body["method"] = method
        if low is not None or high is not None or range_text:
            rr = {}
            u = ucum or unit
            if low is not None:
                rr["low"] = qty(low, unit, u)
            if high is not None:
                rr["high"] = qty(high, unit, u)
            if range_text:
                rr["text"] = range_text
            body["referenceRange"] = [rr]
        if components:
            body["component"] = components
        if has_member:
            body["hasMember"] = [{"reference": r} for r in has_member]
        if derived:
            body["derivedFrom"] = [{"reference": r} for r in derived]
        return self.add("Observation", body, key=key, prefix="obs")

    def lab(self, loinc, display, date, value, unit, low=None, high=None, ucum=None, local=None,
            text=None, flag=None, **kw):
        """Lab result; flag computed from range when not given."""
        codings = [(LOINC, loinc, display)] if loinc else []
        if local:
            codings.append(local)
        code = ccm(*codings, text=text or display)
        if flag is None and (low is not None or high is not None):
            flag = "N"
            if low is not None and value < low:
                flag = "L"
            if high is not None and value > high:
                flag = "H"
        return self.obs(code, date, value=value, unit=unit, ucum=ucum, low=low, high=high, flag=flag, **kw)

    def bp(self, date, sys_, dia, encounter=None, **kw):
        comps = [
            {"code": cc(LOINC, "8480-6", "Systolic blood pressure"), "valueQuantity": qty(sys_, "mmHg", "mm[Hg]")},
            {"code": cc(LOINC, "8462-4", "Diastolic blood pressure"), "valueQuantity": qty(dia, "mmHg", "mm[Hg]")},
        ]
        return self.obs(cc(LOINC, "85354-9", "Blood pressure panel with all children optional"), date,
                        category="vital-signs", components=comps, encounter=encounter, **kw)

    def vital(self, kind, date, value, encounter=None, **kw):
        table = {
            "hr": ("8867-4", "Heart rate", "/min", "/min"),
            "wt": ("29463-7", "Body weight", "kg", "kg"),
            "ht": ("8302-2", "Body height", "cm", "cm"),
            "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2"),
            "temp": ("8310-5", "Body temperature", "Cel", "Cel"),
            "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
            "rr": ("9279-1", "Respiratory rate", "/min", "/min"),
        }
        loinc, disp, unit, ucum = table[kind]
        return self.obs(cc(LOINC, loinc, disp), date, value=value, unit=unit, ucum=ucum,
                        category="vital-signs", encounter=encounter, **kw)

    # ---- medications ----------------------------------------------------
    def med_request(self, med, authored, dosage, status="active", intent="order", reason=None,
                    requester=None, key=None, note=None, reason_ref=None, start=None, end=None,
                    status_reason=None, course=None):
        body = {"status": status, "statusReason": status_reason, "intent": intent,
                "medicationCodeableConcept": med, "subject": self.subj(),
                "authoredOn": authored,
                "requester": self.pr(requester) if requester else None,
                "reasonCode": reason, "reasonReference": [{"reference": r} for r in reason_ref] if reason_ref else None,
                "courseOfTherapyType": course,
                "note": [{"text": note}] if note else None,
                "dosageInstruction": [{"text": dosage}]}
        if start:
            vp = {"start": start}
            if end:
                vp["end"] = end
            body["dispenseRequest"] = {"validityPeriod": vp}
        return self.add("MedicationRequest", body, key=key, prefix="mr")

    def med_statement(self, med, start, status="active", end=None, reason=None, key=None, note=None,
                      asserted=None, dosage=None, status_reason=None, source=None):
        period = {"start": start}
        if end:
            period["end"] = end
        body = {"status": status, "statusReason": status_reason, "medicationCodeableConcept": med,
                "subject": self.subj(), "effectivePeriod": period,
                "dateAsserted": asserted, "informationSource": source,
                "reasonCode": reason, "note": [{"text": note}] if note else None,
                "dosage": [{"text": dosage}] if dosage else None}
        return self.add("MedicationStatement", body, key=key, prefix="ms")

    def med_admin(self, med, date, dose_text, status="completed", request=None, reason=None, key=None,
                  performer=None, dose=None, route=None, note=None, time="10:00:00"):
        dosage = {"text": dose_text}
        if route:
            dosage["route"] = route
        if dose:
            dosage["dose"] = dose
        body = {"status": status, "medicationCodeableConcept": med, "subject": self.subj(),
                "effectiveDateTime": self.ts(date, time),
                "performer": [{"actor": self.pr(performer)}] if performer else None,
                "request": {"reference": request} if request else None,
                "reasonCode": reason, "note": [{"text": note}] if note else None,
                "dosage": dosage}
        return self.add("MedicationAdministration", body, key=key, prefix="ma")

    # ---- orders / procedures -------------------------------------------
    def service_request(self, code, authored, status="active", intent="order", occurrence=None,
                        reason=None, reason_ref=None, requester=None, performer=None, category=None,
                        priority=None, note=None, key=None, encounter=None, occurrence_period=None,
                        performer_type=None, based_on=None):
        body = {"status": status, "intent": intent, "category": category, "priority": priority,
                "code": code, "subject": self.subj(),
                "basedOn": [{"reference": r} for r in based_on] if based_on else None,
                "encounter": {"reference": encounter} if encounter else None,
                "occurrenceDateTime": occurrence,
                "occurrencePeriod": occurrence_period,
                "authoredOn": authored,
                "requester": self.pr(requester) if requester else None,
                "performerType": performer_type,
                "performer": [{"reference": p} for p in performer] if performer else None,
                "reasonCode": reason,
                "reasonReference": [{"reference": r} for r in reason_ref] if reason_ref else None,
                "note": [{"text": note}] if note else None}
        return self.add("ServiceRequest", body, key=key, prefix="sr")

    def procedure(self, code, status="completed", performed=None, reason=None, reason_ref=None,
                  performer=None, note=None, key=None, body_site=None, outcome=None, based_on=None,
                  category=None, encounter=None, report=None, performed_period=None):
        body = {"basedOn": [{"reference": r} for r in based_on] if based_on else None,
                "status": status, "category": category, "code": code, "subject": self.subj(),
                "encounter": {"reference": encounter} if encounter else None,
                "performedDateTime": performed, "performedPeriod": performed_period,
                "performer": [{"actor": self.pr(performer)}] if performer else None,
                "reasonCode": reason,
                "reasonReference": [{"reference": r} for r in reason_ref] if reason_ref else None,
                "bodySite": body_site, "outcome": outcome,
                "report": [{"reference": r} for r in report] if report else None,
                "note": [{"text": note}] if note else None}
        return self.add("Procedure", body, key=key, prefix="proc")

    def careplan(self, title, created, status="active", intent="plan", category=None, description=None,
                 addresses=None, activities=None, author=None, key=None, period_start=None,
                 period_end=None, note=None):
        acts = []
        for a in activities or []:
            d = {"status": a.get("status", "not-started")}
            if "code" in a:
                d["code"] = a["code"]
            if "description" in a:
                d["description"] = a["description"]
            if "scheduled" in a:
                d["scheduledString"] = a["scheduled"]
            if "kind" in a:
                d["kind"] = a["kind"]
            acts.append({"detail": d})
        body = {"status": status, "intent": intent, "category": category, "title": title,
                "description": description, "subject": self.subj(),
                "period": ({"start": period_start} | ({"end": period_end} if period_end else {}))
                if period_start else None,
                "created": created, "author": self.pr(author) if author else None,
                "addresses": [{"reference": r} for r in addresses] if addresses else None,
                "activity": acts or None, "note": [{"text": note}] if note else None}
        return self.add("CarePlan", body, key=key, prefix="cp")

    # ---- patient voice --------------------------------------------------
    def communication(self, sent, text, from_patient=True, recipient=None, status="completed",
                      category=None, medium=None, key=None, topic=None, about=None, time="21:14:00"):
        sender = self.subj() if from_patient else self.pr(recipient[0])
        rcpt = [self.pr(r) for r in recipient] if from_patient else [self.subj()]
        if not from_patient and len(recipient) > 1:
            rcpt = [self.subj()]
        body = {"status": status, "category": category, "medium": medium, "subject": self.subj(),
                "topic": topic, "about": [{"reference": r} for r in about] if about else None,
                "sent": self.ts(sent, time), "received": self.ts(sent, time),
                "recipient": rcpt, "sender": sender,
                "payload": [{"contentString": text}]}
        return self.add("Communication", body, key=key, prefix="comm")

    def qr(self, questionnaire, authored, items, status="completed", key=None, encounter=None,
           author_patient=True):
        body = {"questionnaire": questionnaire, "status": status, "subject": self.subj(),
                "encounter": {"reference": encounter} if encounter else None,
                "authored": self.ts(authored, "08:40:00"),
                "author": self.subj() if author_patient else None,
                "source": self.subj(),
                "item": items}
        return self.add("QuestionnaireResponse", body, key=key, prefix="qr")

    def flag(self, code, start, status="active", author=None, category=None, key=None, end=None,
             encounter=None):
        period = {"start": start}
        if end:
            period["end"] = end
        body = {"status": status, "category": category, "code": code, "subject": self.subj(),
                "period": period, "encounter": {"reference": encounter} if encounter else None,
                "author": author}
        return self.add("Flag", body, key=key, prefix="flag")

    # ---- documents / reports -------------------------------------------
    def note(self, date, title, text, author=None, type_cc=None, encounter=None, key=None,
             lang=None, time="17:30:00", category=None):
        if BANNED.search(text) or BANNED.search(title):
            raise ValueError(f"banned word in note {title}: {BANNED.search(text + title).group(0)}")
        body = {"status": "current", "docStatus": "final",
                "type": type_cc or cc(LOINC, "11506-3", "Progress note"),
                "category": category,
                "subject": self.subj(), "date": self.ts(date, time),
                "author": [self.pr(author)] if author else None,
                "description": title,
                "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.org["lang"],
                                            "data": b64(text), "title": title,
                                            "creation": self.ts(date, time)}}]}
        if encounter:
            body["context"] = {"encounter": [{"reference": encounter}]}
        return self.add("DocumentReference", body, key=key, prefix="doc")

    def report(self, code, date, conclusion=None, results=None, category=None, conclusion_codes=None,
               performer=None, key=None, encounter=None, status="final", based_on=None):
        body = {"basedOn": [{"reference": r} for r in based_on] if based_on else None,
                "status": status, "category": [category] if category else None, "code": code,
                "subject": self.subj(), "encounter": {"reference": encounter} if encounter else None,
                "effectiveDateTime": self.ts(date, "10:00:00"), "issued": self.ts(date, "16:00:00"),
                "performer": [self.pr(performer)] if performer else None,
                "result": [{"reference": r} for r in results] if results else None,
                "conclusion": conclusion, "conclusionCode": conclusion_codes}
        return self.add("DiagnosticReport", body, key=key, prefix="dr")

    def impression(self, date, summary, assessor=None, problems=None, findings=None, status="completed",
                   description=None, key=None, encounter=None, prognosis=None, note=None):
        body = {"status": status, "description": description, "subject": self.subj(),
                "encounter": {"reference": encounter} if encounter else None,
                "effectiveDateTime": self.ts(date, "11:00:00"), "date": self.ts(date, "11:00:00"),
                "assessor": self.pr(assessor) if assessor else None,
                "problem": [{"reference": r} for r in problems] if problems else None,
                "summary": summary,
                "finding": [{"itemCodeableConcept": f} for f in findings] if findings else None,
                "prognosisCodeableConcept": [prognosis] if prognosis else None,
                "note": [{"text": note}] if note else None}
        return self.add("ClinicalImpression", body, key=key, prefix="ci")

    def appointment(self, start, description, pract=None, status="booked", service=None, reason=None,
                    based_on=None, key=None, minutes=30, start_time="09:00:00", end_time="09:30:00"):
        parts = [{"actor": self.subj(), "status": "accepted"}]
        if pract:
            parts.append({"actor": self.pr(pract), "status": "accepted"})
        body = {"status": status,
                "serviceType": [service] if service else None,
                "reasonCode": reason, "description": description,
                "start": self.ts(start, start_time), "end": self.ts(start, end_time),
                "minutesDuration": minutes,
                "basedOn": [{"reference": r} for r in based_on] if based_on else None,
                "participant": parts}
        return self.add("Appointment", body, key=key, prefix="appt")
