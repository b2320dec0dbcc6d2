"""Small helpers for writing FHIR R4 transaction bundles by hand (no external libraries).

Every helper returns a reference string ("Type/id") so that later resources can point at it.
A light R4 validator (validate_bundle) checks required elements, value-set bound codes,
datatypes of dates/instants/quantities and list-versus-object shapes for the elements used here.
"""
import base64
import datetime as _dt
import re

# ----------------------------------------------------------------------------- code systems
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10NO = "urn:oid:2.16.578.1.12.4.1.1.7110"        # ICD-10, Norwegian edition (Volven 7110)
NCSP = "urn:oid:2.16.578.1.12.4.1.1.7275"           # NCMP/NCSP/NCRP procedure codes (Norway)
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
UCUM = "http://unitsofmeasure.org"
CVX = "http://hl7.org/fhir/sid/cvx"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
V20074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
ADMIT = "http://terminology.hl7.org/CodeSystem/admit-source"
DISCH = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COVTYPE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
SUBREL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
PARTTYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
ALLCLIN = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLVER = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"
COMMCAT = "http://terminology.hl7.org/CodeSystem/communication-category"
MEDIUM = "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode"
DOCCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
MSCAT = "http://terminology.hl7.org/CodeSystem/medication-statement-category"
MRCAT = "http://terminology.hl7.org/CodeSystem/medicationrequest-category"
YESNO = "http://terminology.hl7.org/CodeSystem/v2-0136"
BCP47 = "urn:ietf:bcp:47"


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(system=None, code=None, display=None, text=None, extra=None):
    """CodeableConcept. system=None gives a text-only concept. extra: list of (system, code, display)."""
    out = {}
    codings = []
    if system and code:
        codings.append(coding(system, code, display))
    for e in extra or []:
        codings.append(coding(*e))
    if codings:
        out["coding"] = codings
    if text:
        out["text"] = text
    elif not codings:
        raise ValueError("empty CodeableConcept")
    return out


def txt(text):
    return {"text": text}


def q(value, unit, code=None):
    """UCUM Quantity."""
    return {"value": value, "unit": unit, "system": UCUM, "code": code if code is not None else unit}


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


# ----------------------------------------------------------------------------- time
def _last_sunday(year, month):
    d = _dt.date(year, month + 1, 1) - _dt.timedelta(days=1) if month < 12 else _dt.date(year, 12, 31)
    while d.weekday() != 6:
        d -= _dt.timedelta(days=1)
    return d


def _offset(tz, date):
    y = date.year
    if tz in ("CET", "WET"):
        base = 1 if tz == "CET" else 0
        summer = _last_sunday(y, 3) <= date < _last_sunday(y, 10)
        h = base + (1 if summer else 0)
    elif tz == "US-E":
        # second Sunday in March to first Sunday in November
        d = _dt.date(y, 3, 1)
        while d.weekday() != 6:
            d += _dt.timedelta(days=1)
        start = d + _dt.timedelta(days=7)
        d = _dt.date(y, 11, 1)
        while d.weekday() != 6:
            d += _dt.timedelta(days=1)
        summer = start <= date < d
        h = -4 if summer else -5
    else:
        raise ValueError(tz)
    sign = "+" if h >= 0 else "-"
    return f"{sign}{abs(h):02d}:00"


# ----------------------------------------------------------------------------- organisations
ORGS = {
    "NO": {
        "name": "Helse Vestfjord HF",
        "base": "https://fhir.helse-vestfjord.example.no/fhir",
        "tz": "CET",
        "lang": "nb",
        "ident_system": "urn:oid:2.16.578.1.12.4.1.4.101",   # Enhetsregisteret (organisation number)
        "ident": "998877665",
        "city": "Førde", "postal": "6800", "country": "NO",
        "local": "https://fhir.helse-vestfjord.example.no/kodeverk/lokal",
    },
    "PT": {
        "name": "Unidade Local de Saúde do Alto Tejo, E.P.E.",
        "base": "https://fhir.ulsat.example.pt/r4",
        "tz": "WET",
        "lang": "pt-PT",
        "ident_system": "https://fhir.ulsat.example.pt/sid/nif",
        "ident": "509876543",
        "city": "Abrantes", "postal": "2200-072", "country": "PT",
        "local": "https://fhir.ulsat.example.pt/CodeSystem/codigos-locais",
    },
    "ENDO": {
        "name": "Northgate Endocrinology & Diabetes Centre",
        "base": "https://fhir.northgate-endo.example.org/fhir",
        "tz": "WET",
        "lang": "en-GB",
        "ident_system": "https://fhir.northgate-endo.example.org/sid/org",
        "ident": "NEDC-01",
        "city": "Northgate", "postal": "NG4 7QT", "country": "GB",
        "local": "https://fhir.northgate-endo.example.org/CodeSystem/local",
    },
    "VASC": {
        "name": "Riverside Vascular Surgery Service",
        "base": "https://fhir.riverside-vascular.example.org/fhir",
        "tz": "US-E",
        "lang": "en-US",
        "ident_system": "http://hl7.org/fhir/sid/us-npi",
        "ident": "1992837465",
        "city": "Riverside Falls", "postal": "06107", "country": "US",
        "local": "https://fhir.riverside-vascular.example.org/CodeSystem/local",
    },
}


class Case:
    def __init__(self, cid, org_key):
        self.cid = cid
        self.ok = org_key
        self.o = ORGS[org_key]
        self.entries = []
        self.ids = set()
        self.pat = f"Patient/{cid}"
        self.org = None
        self.local = self.o["local"]

    # -- time helpers -------------------------------------------------------
    def dt(self, date, time="09:00"):
        d = _dt.date.fromisoformat(date)
        return f"{date}T{time}:00{_offset(self.o['tz'], d)}"

    # -- core ---------------------------------------------------------------
    def add(self, rtype, suffix, body, base=None):
        rid = self.cid if rtype == "Patient" else f"{self.cid}-{suffix}"
        if rid in self.ids:
            raise ValueError(f"duplicate id {rid}")
        self.ids.add(rid)
        res = {"resourceType": rtype, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None})
        self.entries.append({
            "fullUrl": f"{base or self.o['base']}/{rtype}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rtype}/{rid}"},
        })
        return f"{rtype}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction",
                "entry": self.entries}

    # -- administrative -----------------------------------------------------
    def organization(self, suffix="org", name=None, type_cc=None, ident=None, city=None, country=None,
                     part_of=None, main=False):
        o = self.o
        body = {
            "identifier": [ident or {"system": o["ident_system"], "value": o["ident"]}],
            "active": True,
            "type": [type_cc] if type_cc else [cc("http://terminology.hl7.org/CodeSystem/organization-type",
                                                     "prov", "Healthcare Provider")],
            "name": name or o["name"],
            "address": [{"city": city or o["city"], "country": country or o["country"]}],
            "partOf": ref(part_of) if part_of else None,
        }
        r = self.add("Organization", suffix, body)
        if main or (self.org is None and name is None):
            self.org = r
        return r

    def practitioner(self, suffix, given, family, prefix=None, qual=None, ident=None):
        name = {"use": "official", "family": family, "given": given.split()}
        if prefix:
            name["prefix"] = [prefix]
        body = {"identifier": [ident] if ident else None, "active": True, "name": [name],
                "qualification": [{"code": txt(qual)}] if qual else None}
        return self.add("Practitioner", suffix, body)

    def patient(self, given, family, gender, birth, ident, city=None, postal=None, gp=None, line=None,
                phone=None, marital=None):
        o = self.o
        addr = {"use": "home", "city": city or o["city"], "country": o["country"]}
        if line:
            addr["line"] = [line]
        if postal:
            addr["postalCode"] = postal
        body = {
            "identifier": ident,
            "active": True,
            "name": [{"use": "official", "family": family, "given": given.split()}],
            "telecom": [{"system": "phone", "value": phone, "use": "mobile"}] if phone else None,
            "gender": gender,
            "birthDate": birth,
            "address": [addr],
            "maritalStatus": cc("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1])
            if marital else None,
            "communication": [{"language": cc(BCP47, o["lang"]), "preferred": True}],
            "generalPractitioner": [ref(gp)] if gp else None,
            "managingOrganization": ref(self.org) if self.org else None,
        }
        return self.add("Patient", None, body)

    def coverage(self, suffix, payor, type_cc, subscriber_id=None, start=None):
        body = {"status": "active", "type": type_cc, "subscriberId": subscriber_id,
                "beneficiary": ref(self.pat),
                "relationship": cc(SUBREL, "self", "Self"),
                "period": {"start": start} if start else None,
                "payor": [ref(payor)]}
        return self.add("Coverage", suffix, body)

    # -- encounters ---------------------------------------------------------
    def encounter(self, suffix, start, end=None, cls="AMB", type_cc=None, reason=None, prac=None, status=None,
                  provider=None, admit=None, discharge=None, diagnoses=None, time="09:00", end_time="09:40",
                  priority=None, part_of=None):
        disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                "HH": "home health", "SS": "short stay", "ACUTE": "inpatient acute"}[cls]
        future = start > "2026-12-01"
        status = status or ("planned" if future else "finished")
        period = {"start": self.dt(start, time)}
        if status == "finished":
            period["end"] = self.dt(end or start, end_time)
        body = {
            "status": status,
            "class": coding(V3ACT, cls, disp),
            "type": [type_cc] if type_cc else None,
            "priority": priority,
            "subject": ref(self.pat),
            "participant": [{"individual": ref(prac)}] if prac else None,
            "period": period,
            "reasonCode": reason if isinstance(reason, list) else ([reason] if reason else None),
            "diagnosis": [{"condition": ref(d)} for d in diagnoses] if diagnoses else None,
            "hospitalization": None,
            "serviceProvider": ref(provider or self.org),
            "partOf": ref(part_of) if part_of else None,
        }
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = admit
            if discharge:
                h["dischargeDisposition"] = discharge
            body["hospitalization"] = h
        return self.add("Encounter", suffix, body)

    # -- clinical -----------------------------------------------------------
    def condition(self, suffix, code, onset=None, clinical="active", verification="confirmed",
                  category="problem-list-item", recorded=None, abatement=None, enc=None, recorder=None,
                  note=None, severity=None, body_site=None, stage=None):
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        body = {
            "clinicalStatus": cc(CONDCLIN, clinical) if clinical else None,
            "verificationStatus": cc(CONDVER, verification),
            "category": [cc(CONDCAT, category, cat_disp[category])],
            "severity": severity,
            "code": code,
            "bodySite": [body_site] if body_site else None,
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "onsetDateTime": onset,
            "abatementDateTime": abatement,
            "recordedDate": recorded or onset,
            "recorder": ref(recorder) if recorder else None,
            "stage": [{"summary": stage}] if stage else None,
            "note": [{"text": note}] if note else None,
        }
        return self.add("Condition", suffix, body)

    def obs(self, suffix, code, date, value=None, low=None, high=None, interp=None, category="laboratory",
            enc=None, performer=None, ref_text=None, status="final", note=None, components=None,
            value_key=None, time="08:30", method=None, body_site=None, derived=None, has_member=None):
        cat_disp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                    "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure",
                    "social-history": "Social History", "activity": "Activity"}
        body = {
            "status": status,
            "category": [cc(OBSCAT, category, cat_disp[category])],
            "code": code,
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, time) if "T" not in date else date,
            "issued": self.dt(date[:10], "16:00") if category == "laboratory" else None,
            "performer": [ref(performer)] if performer else None,
        }
        if value is not None:
            if value_key:
                body[value_key] = value
            elif isinstance(value, dict) and "system" in value and "value" in value:
                body["valueQuantity"] = value
            elif isinstance(value, dict):
                body["valueCodeableConcept"] = value
            elif isinstance(value, bool):
                body["valueBoolean"] = value
            elif isinstance(value, int):
                body["valueInteger"] = value
            elif isinstance(value, str):
                body["valueString"] = value
            else:
                raise ValueError(f"bad value {value!r}")
        # interpretation, computed from the reference range unless given
        qv = body.get("valueQuantity")
        if interp is None and qv is not None and (low is not None or high is not None):
            v = qv["value"]
            if low is not None and v < low:
                interp = "L"
            elif high is not None and v > high:
                interp = "H"
            else:
                interp = "N"
        if interp:
            idisp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                     "LL": "Critical low", "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate"}
            body["interpretation"] = [cc(INTERP, interp, idisp[interp])]
        if note:
            body["note"] = [{"text": note}]
        if method:
            body["method"] = method
        if body_site:
            body["bodySite"] = body_site
        if low is not None or high is not None or ref_text:
            rr = {}
            unit = qv["unit"] if qv else None
            ucode = qv["code"] if qv else None
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucode}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucode}
            if ref_text:
                rr["text"] = ref_text
            body["referenceRange"] = [rr]
        if components:
            body["component"] = components
        if derived:
            body["derivedFrom"] = [ref(x) for x in derived]
        if has_member:
            body["hasMember"] = [ref(x) for x in has_member]
        return self.add("Observation", suffix, body)

    def bp(self, suffix, date, sys_, dia, enc=None, time="09:10", note=None):
        comps = [
            {"code": cc(LOINC, "8480-6", "Systolic blood pressure"), "valueQuantity": q(sys_, "mm[Hg]")},
            {"code": cc(LOINC, "8462-4", "Diastolic blood pressure"), "valueQuantity": q(dia, "mm[Hg]")},
        ]
        return self.obs(suffix, cc(LOINC, "85354-9", "Blood pressure panel with all children optional"), date,
                        category="vital-signs", enc=enc, components=comps, time=time, note=note)

    def vital(self, suffix, kind, date, value, enc=None, time="09:05"):
        table = {
            "hr": ("8867-4", "Heart rate", "/min"),
            "wt": ("29463-7", "Body weight", "kg"),
            "ht": ("8302-2", "Body height", "cm"),
            "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
            "temp": ("8310-5", "Body temperature", "Cel"),
            "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
            "rr": ("9279-1", "Respiratory rate", "/min"),
        }
        code, disp, unit = table[kind]
        return self.obs(suffix, cc(LOINC, code, disp), date, q(value, unit), category="vital-signs", enc=enc,
                        time=time)

    def med_request(self, suffix, med, authored, status="active", intent="order", requester=None, reason=None,
                    dose_text=None, dose=None, enc=None, note=None, category=None, validity=None):
        di = None
        if dose_text or dose:
            d = {}
            if dose_text:
                d["text"] = dose_text
            if dose:
                d["doseAndRate"] = [{"doseQuantity": dose}]
            di = [d]
        body = {
            "status": status, "intent": intent,
            "category": [category] if category else None,
            "medicationCodeableConcept": med,
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "authoredOn": authored,
            "requester": ref(requester) if requester else None,
            "reasonReference": [ref(x) for x in reason] if reason else None,
            "dosageInstruction": di,
            "note": [{"text": note}] if note else None,
            "dispenseRequest": {"validityPeriod": validity} if validity else None,
        }
        return self.add("MedicationRequest", suffix, body)

    def med_statement(self, suffix, med, start, end=None, status="active", asserted=None, reason=None,
                      dose_text=None, note=None, source=None, status_reason=None):
        per = {"start": start}
        if end:
            per["end"] = end
        body = {
            "status": status,
            "statusReason": [status_reason] if status_reason else None,
            "category": cc(MSCAT, "outpatient", "Outpatient"),
            "medicationCodeableConcept": med,
            "subject": ref(self.pat),
            "effectivePeriod": per,
            "dateAsserted": asserted,
            "informationSource": ref(source) if source else None,
            "reasonReference": [ref(x) for x in reason] if reason else None,
            "note": [{"text": note}] if note else None,
            "dosage": [{"text": dose_text}] if dose_text else None,
        }
        return self.add("MedicationStatement", suffix, body)

    def med_admin(self, suffix, med, date, dose=None, route=None, performer=None, enc=None, request=None,
                  status="completed", reason=None, note=None, time="10:00"):
        dosage = {}
        if dose:
            dosage["dose"] = dose
        if route:
            dosage["route"] = route
        body = {
            "status": status,
            "medicationCodeableConcept": med,
            "subject": ref(self.pat),
            "context": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, time),
            "performer": [{"actor": ref(performer)}] if performer else None,
            "reasonReference": [ref(x) for x in reason] if reason else None,
            "request": ref(request) if request else None,
            "note": [{"text": note}] if note else None,
            "dosage": dosage or None,
        }
        return self.add("MedicationAdministration", suffix, body)

    def service_request(self, suffix, code, authored, status="active", intent="order", requester=None,
                        performer=None, reason_code=None, reason_ref=None, occurrence=None, enc=None,
                        priority=None, category=None, note=None, body_site=None, based_on=None):
        body = {
            "status": status, "intent": intent,
            "category": [category] if category else None,
            "priority": priority,
            "code": code,
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "occurrenceDateTime": occurrence,
            "authoredOn": authored,
            "requester": ref(requester) if requester else None,
            "performer": [ref(performer)] if performer else None,
            "reasonCode": reason_code if isinstance(reason_code, list) else ([reason_code] if reason_code else None),
            "reasonReference": [ref(x) for x in reason_ref] if reason_ref else None,
            "bodySite": [body_site] if body_site else None,
            "basedOn": [ref(x) for x in based_on] if based_on else None,
            "note": [{"text": note}] if note else None,
        }
        return self.add("ServiceRequest", suffix, body)

    def procedure(self, suffix, code, date=None, status="completed", performer=None, reason_ref=None,
                  reason_code=None, enc=None, body_site=None, outcome=None, note=None, based_on=None,
                  end=None, category=None, report=None):
        body = {
            "basedOn": [ref(x) for x in based_on] if based_on else None,
            "status": status,
            "category": category,
            "code": code,
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "performer": [{"actor": ref(performer)}] if performer else None,
            "reasonCode": [reason_code] if reason_code else None,
            "reasonReference": [ref(x) for x in reason_ref] if reason_ref else None,
            "bodySite": [body_site] if body_site else None,
            "outcome": outcome,
            "report": [ref(x) for x in report] if report else None,
            "note": [{"text": note}] if note else None,
        }
        if date:
            if end:
                body["performedPeriod"] = {"start": date, "end": end}
            else:
                body["performedDateTime"] = date
        return self.add("Procedure", suffix, body)

    def care_plan(self, suffix, title, status, intent, category, created, author=None, addresses=None,
                  activities=None, description=None, start=None, end=None, note=None):
        acts = []
        for a in activities or []:
            det = {"status": a.get("status", "scheduled")}
            if a.get("code"):
                det["code"] = a["code"]
            if a.get("description"):
                det["description"] = a["description"]
            if a.get("scheduled"):
                det["scheduledString"] = a["scheduled"]
            acts.append({"detail": det})
        per = None
        if start:
            per = {"start": start}
            if end:
                per["end"] = end
        body = {
            "status": status, "intent": intent,
            "category": category if isinstance(category, list) else [category],
            "title": title, "description": description,
            "subject": ref(self.pat), "period": per, "created": created,
            "author": ref(author) if author else None,
            "addresses": [ref(x) for x in addresses] if addresses else None,
            "activity": acts or None,
            "note": [{"text": note}] if note else None,
        }
        return self.add("CarePlan", suffix, body)

    def communication(self, suffix, sent, sender, recipients, text, status="completed", category=None,
                      medium=None, in_response_to=None, topic=None, received=None, about=None):
        body = {
            "inResponseTo": [ref(in_response_to)] if in_response_to else None,
            "status": status,
            "category": [category] if category else None,
            "medium": [medium] if medium else None,
            "subject": ref(self.pat),
            "topic": topic,
            "about": [ref(x) for x in about] if about else None,
            "sent": sent,
            "received": received,
            "recipient": [ref(x) for x in recipients],
            "sender": ref(sender),
            "payload": [{"contentString": text}],
        }
        return self.add("Communication", suffix, body)

    def questionnaire(self, suffix, url, title, items, date):
        body = {"url": url, "version": "2", "name": re.sub(r"[^A-Za-z0-9]", "", title)[:40] or "Q",
                "title": title, "status": "active", "date": date, "subjectType": ["Patient"],
                "item": items}
        return self.add("Questionnaire", suffix, body)

    def questionnaire_response(self, suffix, questionnaire_url, authored, items, author=None,
                               enc=None, status="completed"):
        body = {"questionnaire": questionnaire_url, "status": status, "subject": ref(self.pat),
                "encounter": ref(enc) if enc else None, "authored": authored,
                "author": ref(author or self.pat), "source": ref(self.pat), "item": items}
        return self.add("QuestionnaireResponse", suffix, body)

    def flag(self, suffix, code, start, author=None, status="active", category=None, enc=None, end=None):
        per = {"start": start}
        if end:
            per["end"] = end
        body = {"status": status, "category": [category] if category else None, "code": code,
                "subject": ref(self.pat), "period": per, "encounter": ref(enc) if enc else None,
                "author": ref(author) if author else None}
        return self.add("Flag", suffix, body)

    def note(self, suffix, date, title, text, author=None, type_cc=None, enc=None, time="14:00",
             custodian=None, lang=None, category=None, status="current"):
        type_cc = type_cc or cc(LOINC, "11506-3", "Progress note")
        body = {
            "status": status,
            "docStatus": "final",
            "type": type_cc,
            "category": [category or cc(DOCCAT, "clinical-note", "Clinical Note")],
            "subject": ref(self.pat),
            "date": self.dt(date, time),
            "author": [ref(author)] if author else None,
            "custodian": ref(custodian or self.org) if (custodian or self.org) else None,
            "description": title,
            "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.o["lang"],
                                        "data": b64(text), "title": title, "creation": self.dt(date, time)}}],
            "context": {"encounter": [ref(enc)]} if enc else None,
        }
        return self.add("DocumentReference", suffix, body)

    def report(self, suffix, code, date, results=None, conclusion=None, category="LAB", performer=None,
               enc=None, status="final", conclusion_code=None, time="11:00"):
        catd = {"LAB": "Laboratory", "RAD": "Radiology", "CUS": "Cardiac Ultrasound", "PAT": "Pathology (gross & histopath, not surgical)",
                "VUS": "Vascular Ultrasound", "CT": "CAT Scan", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)",
                "GE": "Genetics", "OTH": "Other", "NMR": "Nuclear Magnetic Resonance", "NMS": "Nuclear Medicine Scan",
                "SP": "Surgical Pathology", "PF": "Pulmonary Function", "HM": "Hematology"}
        body = {
            "status": status,
            "category": [cc(V20074, category, catd[category])],
            "code": code,
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, time),
            "issued": self.dt(date, "17:30"),
            "performer": [ref(performer)] if performer else None,
            "result": [ref(x) for x in results] if results else None,
            "conclusion": conclusion,
            "conclusionCode": conclusion_code,
        }
        return self.add("DiagnosticReport", suffix, body)

    def impression(self, suffix, date, summary, assessor=None, problems=None, findings=None, enc=None,
                   description=None, status="completed", prognosis=None, code=None, note=None):
        body = {
            "status": status,
            "code": code,
            "description": description,
            "subject": ref(self.pat),
            "encounter": ref(enc) if enc else None,
            "effectiveDateTime": date,
            "date": self.dt(date, "15:00"),
            "assessor": ref(assessor) if assessor else None,
            "problem": [ref(x) for x in problems] if problems else None,
            "summary": summary,
            "finding": [{"itemCodeableConcept": f} if "reference" not in f else {"itemReference": f}
                        for f in findings] if findings else None,
            "prognosisCodeableConcept": [prognosis] if prognosis else None,
            "note": [{"text": note}] if note else None,
        }
        return self.add("ClinicalImpression", suffix, body)

    def allergy(self, suffix, code, recorded, criticality="low", category="medication", note=None):
        body = {
            "clinicalStatus": cc(ALLCLIN, "active", "Active"),
            "verificationStatus": cc(ALLVER, "confirmed", "Confirmed"),
            "type": "allergy", "category": [category], "criticality": criticality,
            "code": code, "patient": ref(self.pat), "recordedDate": recorded,
            "note": [{"text": note}] if note else None,
        }
        return self.add("AllergyIntolerance", suffix, body)

    def immunization(self, suffix, vaccine, date, lot=None):
        body = {"status": "completed", "vaccineCode": vaccine, "patient": ref(self.pat),
                "occurrenceDateTime": date, "primarySource": True, "lotNumber": lot}
        return self.add("Immunization", suffix, body)

    def device(self, suffix, name, type_cc, manufacturer=None, serial=None):
        body = {"status": "active", "manufacturer": manufacturer, "serialNumber": serial,
                "deviceName": [{"name": name, "type": "user-friendly-name"}], "type": type_cc,
                "patient": ref(self.pat)}
        return self.add("Device", suffix, body)

    def device_use(self, suffix, device, start, recorded, reason=None, status="active"):
        body = {"status": status, "subject": ref(self.pat), "timingPeriod": {"start": start},
                "recordedOn": recorded, "device": ref(device),
                "reasonReference": [ref(x) for x in reason] if reason else None}
        return self.add("DeviceUseStatement", suffix, body)

    def goal(self, suffix, description, start, measure=None, target=None, due=None, status="active"):
        t = None
        if measure:
            t = [{"measure": measure, "detailQuantity": target, "dueDate": due}]
            t = [{k: v for k, v in t[0].items() if v is not None}]
        body = {"lifecycleStatus": status, "description": description, "subject": ref(self.pat),
                "startDate": start, "target": t}
        return self.add("Goal", suffix, body)

    def appointment(self, suffix, start, end, description, participants, status="booked", service_type=None,
                    reason=None, based_on=None):
        body = {"status": status,
                "serviceType": [service_type] if service_type else None,
                "reasonReference": [ref(x) for x in reason] if reason else None,
                "description": description,
                "start": start, "end": end,
                "basedOn": [ref(x) for x in based_on] if based_on else None,
                "participant": [{"actor": ref(p), "status": "accepted"} for p in [self.pat] + participants]}
        return self.add("Appointment", suffix, body)


# ----------------------------------------------------------------------------- validation
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DATETIME_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])"
                         r"(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$")
INSTANT_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
                        r"(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$")

REQUIRED = {
    "Encounter": ["status", "class"], "Condition": ["subject"], "Observation": ["status", "code"],
    "MedicationRequest": ["status", "intent", "medicationCodeableConcept", "subject"],
    "MedicationStatement": ["status", "medicationCodeableConcept", "subject"],
    "MedicationAdministration": ["status", "medicationCodeableConcept", "subject", "effectiveDateTime"],
    "ServiceRequest": ["status", "intent", "subject"], "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"], "Communication": ["status"],
    "QuestionnaireResponse": ["status"], "Flag": ["status", "code", "subject"],
    "DocumentReference": ["status", "content"], "DiagnosticReport": ["status", "code"],
    "ClinicalImpression": ["status", "subject"], "Coverage": ["status", "beneficiary", "payor"],
    "DeviceUseStatement": ["status", "subject", "device"], "AllergyIntolerance": ["patient"],
    "Immunization": ["status", "vaccineCode", "patient", "occurrenceDateTime"],
    "Goal": ["lifecycleStatus", "description", "subject"], "Questionnaire": ["status"],
    "Appointment": ["status", "participant"], "Patient": [], "Practitioner": [], "Organization": [],
    "Device": [],
}
ENUMS = {
    ("Encounter", "status"): {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled",
                              "entered-in-error", "unknown"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                                "entered-in-error", "unknown"},
    ("MedicationRequest", "status"): {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped",
                                      "draft", "unknown"},
    ("MedicationRequest", "intent"): {"proposal", "plan", "order", "original-order", "reflex-order",
                                      "filler-order", "instance-order", "option"},
    ("MedicationStatement", "status"): {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold",
                                        "unknown", "not-taken"},
    ("MedicationAdministration", "status"): {"in-progress", "not-done", "on-hold", "completed", "entered-in-error",
                                             "stopped", "unknown"},
    ("ServiceRequest", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error",
                                   "unknown"},
    ("ServiceRequest", "intent"): {"proposal", "plan", "directive", "order", "original-order", "reflex-order",
                                   "filler-order", "instance-order", "option"},
    ("ServiceRequest", "priority"): {"routine", "urgent", "asap", "stat"},
    ("Procedure", "status"): {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                              "entered-in-error", "unknown"},
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
    ("DeviceUseStatement", "status"): {"active", "completed", "entered-in-error", "intended", "stopped",
                                       "on-hold"},
    ("Immunization", "status"): {"completed", "entered-in-error", "not-done"},
    ("Goal", "lifecycleStatus"): {"proposed", "planned", "accepted", "active", "on-hold", "completed",
                                  "cancelled", "entered-in-error", "rejected"},
    ("Questionnaire", "status"): {"draft", "active", "retired", "unknown"},
    ("Appointment", "status"): {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow",
                                "entered-in-error", "checked-in", "waitlist"},
    ("Patient", "gender"): {"male", "female", "other", "unknown"},
    ("Device", "status"): {"active", "inactive", "entered-in-error", "unknown"},
    ("AllergyIntolerance", "criticality"): {"low", "high", "unable-to-assess"},
    ("AllergyIntolerance", "type"): {"allergy", "intolerance"},
}
TOP_LIST = {"identifier", "name", "telecom", "address", "category", "interpretation", "referenceRange",
            "component", "reasonCode", "reasonReference", "participant", "diagnosis", "type", "note",
            "performer", "result", "content", "payor", "recipient", "payload", "item",
            "dosageInstruction", "dosage", "activity", "addresses", "author", "bodySite", "basedOn",
            "problem", "finding", "qualification", "communication", "generalPractitioner", "conclusionCode",
            "medium", "inResponseTo", "about", "deviceName", "target", "derivedFrom", "hasMember",
            "prognosisCodeableConcept", "serviceType", "stage", "statusReason", "report", "subjectType"}
TOP_SINGLE = {("DocumentReference", "type"), ("Coverage", "type"), ("Device", "type"),
              ("MedicationStatement", "category"), ("MedicationAdministration", "dosage"),
              ("Organization", "name"), ("Questionnaire", "name"), ("QuestionnaireResponse", "author"),
              ("Flag", "author"), ("CarePlan", "author"), ("Procedure", "category"), ("Appointment", "type"),
              ("AllergyIntolerance", "type")}
NESTED_LIST = {"coding", "given", "prefix", "line", "answer", "doseAndRate", "answerOption"}
DATE_FIELDS = {"birthDate", "recordedDate", "authoredOn", "dateAsserted", "recordedOn", "startDate", "dueDate",
               "occurrenceDateTime", "onsetDateTime", "abatementDateTime", "effectiveDateTime",
               "performedDateTime", "sent", "received", "authored", "created", "start", "end", "creation",
               "valueDate", "valueDateTime", "date"}
INSTANT_FIELDS = {"issued"}


def _walk(node, path, rtype, errs, top=False):
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}"
            if v is None or v == [] or v == {} or v == "":
                errs.append(f"{p}: empty value")
                continue
            if top and k in TOP_LIST and (rtype, k) not in TOP_SINGLE and not isinstance(v, list):
                errs.append(f"{p}: should be a list")
            if top and (rtype, k) in TOP_SINGLE and isinstance(v, list):
                errs.append(f"{p}: should not be a list")
            if not top and k in NESTED_LIST and not isinstance(v, list):
                errs.append(f"{p}: should be a list")
            if k in DATE_FIELDS and isinstance(v, str):
                rx = DATE_RE if k in ("birthDate",) else DATETIME_RE
                if not rx.match(v):
                    errs.append(f"{p}: bad date {v!r}")
                if "T" in v and not INSTANT_RE.match(v):
                    errs.append(f"{p}: dateTime with time needs seconds and zone {v!r}")
            if k in INSTANT_FIELDS and not INSTANT_RE.match(str(v)):
                errs.append(f"{p}: bad instant {v!r}")
            if k in ("valueQuantity", "doseQuantity", "dose", "detailQuantity", "low", "high"):
                if not isinstance(v, dict) or not isinstance(v.get("value"), (int, float)) or \
                        isinstance(v.get("value"), bool):
                    errs.append(f"{p}: bad Quantity")
                elif v.get("system") != UCUM or "code" not in v or "unit" not in v:
                    errs.append(f"{p}: Quantity without UCUM system/code")
            if k == "valueInteger" and (not isinstance(v, int) or isinstance(v, bool)):
                errs.append(f"{p}: valueInteger not an integer")
            if k == "valueDecimal" and (not isinstance(v, (int, float)) or isinstance(v, bool)):
                errs.append(f"{p}: valueDecimal not a number")
            if k == "reference" and not re.match(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-\.]{1,64}$", v):
                errs.append(f"{p}: bad reference {v!r}")
            if k == "coding" and isinstance(v, list):
                for c in v:
                    if not c.get("system") or not c.get("code"):
                        errs.append(f"{p}: coding without system/code")
                    elif re.search(r"^\s|\s$", c["code"]):
                        errs.append(f"{p}: code with whitespace")
            if k == "data":
                try:
                    base64.b64decode(v, validate=True)
                except Exception:
                    errs.append(f"{p}: not base64")
            _walk(v, p, rtype, errs)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            _walk(x, f"{path}[{i}]", rtype, errs)


def validate_resource(r):
    errs = []
    rt = r.get("resourceType")
    if rt not in REQUIRED:
        errs.append(f"unsupported resourceType {rt}")
        return errs
    for f in REQUIRED[rt]:
        if f not in r:
            errs.append(f"{rt}/{r.get('id')}: missing {f}")
    for (t, f), allowed in ENUMS.items():
        if t == rt and f in r and r[f] not in allowed:
            errs.append(f"{rt}/{r.get('id')}: {f}={r[f]!r} not allowed")
    # invariants
    if rt == "Condition":
        cs = r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
        if "abatementDateTime" in r and cs not in ("inactive", "resolved", "remission"):
            errs.append(f"Condition/{r['id']}: abatement with clinicalStatus {cs}")
        vs = r.get("verificationStatus", {}).get("coding", [{}])[0].get("code")
        if vs == "entered-in-error" and cs:
            errs.append(f"Condition/{r['id']}: con-5")
        if vs != "entered-in-error" and not cs and any(
                c.get("code") == "problem-list-item" for cat in r.get("category", []) for c in cat.get("coding", [])):
            errs.append(f"Condition/{r['id']}: con-3")
        if cs not in ("active", "recurrence", "relapse", "inactive", "remission", "resolved", None):
            errs.append(f"Condition/{r['id']}: bad clinicalStatus {cs}")
        if vs not in ("unconfirmed", "provisional", "differential", "confirmed", "refuted", "entered-in-error"):
            errs.append(f"Condition/{r['id']}: bad verificationStatus {vs}")
    if rt == "Procedure" and r.get("status") in ("preparation",) and any(k.startswith("performed") for k in r):
        errs.append(f"Procedure/{r['id']}: preparation with performed time")
    if rt == "Observation":
        for comp in r.get("component", []):
            if comp.get("code") == r.get("code"):
                errs.append(f"Observation/{r['id']}: obs-7")
    if rt == "CarePlan":
        for a in r.get("activity", []):
            st = a.get("detail", {}).get("status")
            if st not in ("not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled",
                          "stopped", "unknown", "entered-in-error"):
                errs.append(f"CarePlan/{r['id']}: activity status {st}")
    if rt == "QuestionnaireResponse":
        def chk(items):
            for it in items:
                if "linkId" not in it:
                    errs.append(f"QuestionnaireResponse/{r['id']}: item without linkId")
                for a in it.get("answer", []):
                    keys = [k for k in a if k.startswith("value")]
                    if len(keys) != 1:
                        errs.append(f"QuestionnaireResponse/{r['id']}: answer needs one value[x]")
                chk(it.get("item", []))
        chk(r.get("item", []))
    if rt == "Questionnaire":
        for it in r.get("item", []):
            if not it.get("linkId") or not it.get("type"):
                errs.append(f"Questionnaire/{r['id']}: item needs linkId and type")
    if rt == "Communication":
        if not r.get("payload"):
            errs.append(f"Communication/{r['id']}: no payload")
    if rt == "DocumentReference":
        if not INSTANT_RE.match(r.get("date", "")):
            errs.append(f"DocumentReference/{r['id']}: date must be an instant")
    if rt == "Encounter" and r.get("class", {}).get("system") != V3ACT:
        errs.append(f"Encounter/{r['id']}: class must be a v3-ActCode Coding")
    _walk(r, rt, rt, errs, top=True)
    return errs


def validate_bundle(b):
    errs = []
    for e in b["entry"]:
        errs += validate_resource(e["resource"])
    return errs


# ----------------------------------------------------------------------------- per-organisation scaffolding
PAYORS = {
    "NO": ("payor", "HELFO – Helseøkonomiforvaltningen", "urn:oid:2.16.578.1.12.4.1.4.101", "983544622",
           ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), "NO"),
    "PT": ("payor", "Serviço Nacional de Saúde (SNS)", "https://fhir.ulsat.example.pt/sid/nif", "600000001",
           ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), "PT"),
    "ENDO": ("payor", "NHS Northgate Integrated Care Board", "https://fhir.nhs.uk/Id/ods-organization-code",
             "Q9N1T", ("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), "GB"),
}
US_PAYORS = {
    "medicare": ("Medicare Part B – Jurisdiction K", "http://hl7.org/fhir/sid/us-npi", "1000000009",
                 ("https://nahdo.org/sopt", "1", "MEDICARE")),
    "commercial": ("Blue Harbor Health Plan", "http://hl7.org/fhir/sid/us-npi", "1000000017",
                   ("https://nahdo.org/sopt", "5", "PRIVATE HEALTH INSURANCE")),
    "medicaid": ("Connecticut Medical Assistance Program", "http://hl7.org/fhir/sid/us-npi", "1000000025",
                 ("https://nahdo.org/sopt", "2", "MEDICAID")),
}
PAYOR_TYPE = {"payor": cc("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")}


def person_ident(c, birth, n):
    """Fictitious person identifiers in each organisation's style (n: a small distinct integer)."""
    y, m, d = birth.split("-")
    if c.ok == "NO":
        # synthetic Norwegian national identity number (month + 80 marks a synthetic number)
        val = f"{d}{int(m) + 80:02d}{y[2:]}{40000 + n * 137:05d}"
        return [{"use": "official", "system": "urn:oid:2.16.578.1.12.4.1.4.1", "value": val},
                {"use": "usual", "system": c.o["base"] + "/sid/pasientnr", "value": f"HVF{700000 + n}"}]
    if c.ok == "PT":
        return [{"use": "official", "system": "https://fhir.ulsat.example.pt/sid/numero-utente-sns",
                 "value": f"{310000000 + n * 7919}"},
                {"use": "usual", "system": c.o["base"] + "/sid/processo", "value": f"ULSAT-{200000 + n}"}]
    if c.ok == "ENDO":
        return [{"use": "official", "system": "https://fhir.nhs.uk/Id/nhs-number",
                 "value": f"999{4000000 + n * 389:07d}"},
                {"use": "usual", "system": c.o["base"] + "/sid/mrn", "value": f"NEDC{50000 + n}"}]
    return [{"use": "usual", "system": c.o["base"] + "/sid/mrn", "value": f"RVS-{880000 + n}"}]


def scaffold(c, given, family, gender, birth, n, pracs, city=None, postal=None, gp=None, payor="medicare",
             marital=None, phone=None, line=None):
    """Main organisation, payer, practitioners, patient and coverage. Returns dict of references."""
    R = {}
    R["org"] = c.organization("org", main=True)
    if c.ok == "VASC":
        name, sysu, val, plan = US_PAYORS[payor]
        R["payor"] = c.organization("payer", name=name, type_cc=PAYOR_TYPE["payor"],
                                    ident={"system": sysu, "value": val})
        cov_type = cc(*plan)
    else:
        _, name, sysu, val, t, ctry = PAYORS[c.ok]
        R["payor"] = c.organization("payer", name=name, type_cc=PAYOR_TYPE["payor"],
                                    ident={"system": sysu, "value": val}, country=ctry, city={
                                        "NO": "Tønsberg", "PT": "Lisboa", "ENDO": "Northgate"}[c.ok])
        cov_type = cc(*t)
    for suffix, g, f, qual in pracs:
        R[suffix] = c.practitioner(suffix, g, f, qual=qual)
    gp_ref = R.get(gp) if gp else None
    R["pat"] = c.patient(given, family, gender, birth, person_ident(c, birth, n), city=city, postal=postal,
                         gp=gp_ref, marital=marital, phone=phone, line=line)
    R["cov"] = c.coverage("cov", R["payor"], cov_type, subscriber_id=person_ident(c, birth, n)[0]["value"],
                          start=birth if c.ok != "VASC" else "2019-01-01")
    return R


def local(c, code, display):
    return cc(c.local, code, display, text=display)


# ----------------------------------------------------------------------------- code display tables
LOINC_DISPLAY = {
    "718-7": "Hemoglobin [Mass/volume] in Blood",
    "787-2": "MCV [Entitic volume] by Automated count",
    "6690-2": "Leukocytes [#/volume] in Blood by Automated count",
    "777-3": "Platelets [#/volume] in Blood by Automated count",
    "2276-4": "Ferritin [Mass/volume] in Serum or Plasma",
    "2498-4": "Iron [Mass/volume] in Serum or Plasma",
    "2502-3": "Iron saturation [Mass Fraction] in Serum or Plasma",
    "2132-9": "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma",
    "2284-8": "Folate [Mass/volume] in Serum or Plasma",
    "3016-3": "Thyrotropin [Units/volume] in Serum or Plasma",
    "14920-3": "Thyroxine (T4) free [Moles/volume] in Serum or Plasma",
    "2823-3": "Potassium [Moles/volume] in Serum or Plasma",
    "2951-2": "Sodium [Moles/volume] in Serum or Plasma",
    "2000-8": "Calcium [Moles/volume] in Serum or Plasma",
    "1988-5": "C reactive protein [Mass/volume] in Serum or Plasma",
    "4537-7": "Erythrocyte sedimentation rate by Westergren method",
    "67151-1": "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method",
    "33762-6": "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma",
    "38445-3": "Calprotectin [Mass/mass] in Stool",
    "1742-6": "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
    "1920-8": "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
    "2532-0": "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma",
    "2157-6": "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma",
    "31017-7": "Tissue transglutaminase Ab.IgA [Units/volume] in Serum",
    "2458-8": "IgA [Mass/volume] in Serum or Plasma",
    "14631-6": "Bilirubin.total [Moles/volume] in Serum or Plasma",
    "1751-7": "Albumin [Mass/volume] in Serum or Plasma",
    "24108-3": "Cancer Ag 19-9 [Units/volume] in Serum or Plasma",
    "10230-1": "Left ventricular Ejection fraction",
    "8061-4": "Nuclear Ab [Presence] in Serum",
    "89247-1": "ECOG Performance Status score",
    "14682-9": "Creatinine [Moles/volume] in Serum or Plasma",
    "2160-0": "Creatinine [Mass/volume] in Serum or Plasma",
    "62238-1": "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by "
               "Creatinine-based formula (CKD-EPI)",
    "4548-4": "Hemoglobin A1c/Hemoglobin.total in Blood",
    "59261-8": "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol",
    "2857-1": "Prostate specific Ag [Mass/volume] in Serum or Plasma",
    "44261-6": "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
    "72514-3": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
    "2093-3": "Cholesterol [Mass/volume] in Serum or Plasma",
    "13457-7": "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation",
    "22748-8": "Cholesterol in LDL [Moles/volume] in Serum or Plasma",
    "2484-4": "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma",
    "2963-7": "Somatotropin [Mass/volume] in Serum or Plasma",
    "2143-6": "Cortisol [Mass/volume] in Serum or Plasma",
    "1763-2": "Aldosterone [Mass/volume] in Serum or Plasma",
    "9318-7": "Albumin/Creatinine [Mass Ratio] in Urine",
    "97510-2": "Glucose measurements in range out of Total glucose measurements during reporting period",
    "97507-8": "Average glucose [Mass/volume] in Interstitial fluid during Reporting Period",
    "14771-0": "Fasting glucose [Moles/volume] in Serum or Plasma",
    "2345-7": "Glucose [Mass/volume] in Serum or Plasma",
    "75325-1": "Symptom",
    "2731-8": "Parathyrin.intact [Mass/volume] in Serum or Plasma",
    "3040-3": "Lipase [Enzymatic activity/volume] in Serum or Plasma",
    "6301-6": "INR in Platelet poor plasma by Coagulation assay",
    "2085-9": "Cholesterol in HDL [Mass/volume] in Serum or Plasma",
    "2571-8": "Triglyceride [Mass/volume] in Serum or Plasma",
    "19926-5": "FEV1/FVC",
    "20150-9": "FEV1",
    "11506-3": "Progress note",
}

ATC_DISPLAY = {
    "N02CC01": "sumatriptan", "C08CA01": "amlodipine", "A03AA04": "mebeverine", "N02AA05": "oxycodone",
    "A09AA02": "multienzymes (lipase, protease etc.)", "L01DB03": "epirubicin", "L01AA01": "cyclophosphamide",
    "L01CD01": "paclitaxel", "A04AA01": "ondansetron", "L04AX03": "methotrexate", "B03BB01": "folic acid",
    "H02AB06": "prednisolone", "N06AB06": "sertraline", "N03AX16": "pregabalin", "M01AE01": "ibuprofen",
    "N02BE01": "paracetamol", "L01FA01": "rituximab", "C09AA05": "ramipril", "C09CA01": "losartan",
    "J01EE01": "sulfamethoxazole and trimethoprim", "A02BC01": "omeprazole", "C10AA05": "atorvastatin",
    "C10AA01": "simvastatin", "B01AC06": "acetylsalicylic acid", "B01AC04": "clopidogrel", "A10BA02": "metformin",
    "A10BJ06": "semaglutide", "A10AB05": "insulin aspart", "A10AE04": "insulin glargine",
    "H03AA01": "levothyroxine sodium", "C03DA01": "spironolactone", "C07AB07": "bisoprolol",
    "C03CA01": "furosemide", "B01AF02": "apixaban", "R03BB04": "tiotropium bromide", "N06AB10": "escitalopram",
    "N03AX11": "topiramate", "L01XA01": "cisplatin", "C07AA05": "propranolol", "A06AD11": "lactulose",
    "H01CB03": "lanreotide", "H02AB09": "hydrocortisone", "A10BK03": "empagliflozin", "A10BK01": "dapagliflozin",
    "C10AA07": "rosuvastatin", "N02AX02": "tramadol", "B03AA07": "ferrous sulfate", "M05BA04": "alendronic acid",
    "C09DX04": "valsartan and sacubitril", "R03AK06": "salmeterol and fluticasone", "R03AC02": "salbutamol",
    "A03FA01": "metoclopramide", "N05CF01": "zopiclone", "C03AA03": "hydrochlorothiazide",
    "A12AX": "calcium, combinations with vitamin D and/or other drugs", "N06AX11": "mirtazapine",
    "M04AA01": "allopurinol", "A07EC02": "mesalazine", "H03BB02": "thiamazole", "C09AA03": "lisinopril",
    "L02BG04": "letrozole", "C01DA14": "isosorbide mononitrate", "B01AC24": "ticagrelor",
    "R03AL03": "vilanterol and umeclidinium bromide", "N02AB03": "fentanyl", "J07BX03": "covid-19 vaccines",
    "C09AA02": "enalapril", "N06AA09": "amitriptyline", "A06AD65": "macrogol, combinations",
    "R03AL06": "olodaterol and tiotropium bromide", "C09AA04": "perindopril",
    "L01CB01": "etoposide", "L01FF03": "durvalumab", "A07DA03": "loperamide",
}


def loinc(code, text=None):
    return cc(LOINC, code, LOINC_DISPLAY[code], text=text or LOINC_DISPLAY[code])


def atc(code, text):
    return cc(ATC, code, ATC_DISPLAY[code], text=text)
