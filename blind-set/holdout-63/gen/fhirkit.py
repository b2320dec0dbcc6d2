"""Small helpers to write FHIR R4 transaction bundles for the blind-63 evaluation set."""
import base64
import random
from collections import Counter

SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ATC = "http://www.whocc.no/atc"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
CVX = "http://hl7.org/fhir/sid/cvx"
ORPHA = "http://www.orpha.net"
THO = "http://terminology.hl7.org/CodeSystem/"
INTERP = THO + "v3-ObservationInterpretation"
ACT = THO + "v3-ActCode"
ROUTE = {"oral": (SCT, "26643006", "Oral route"), "iv": (SCT, "47625008", "Intravenous route"),
         "sc": (SCT, "34206005", "Subcutaneous route"), "im": (SCT, "78421000", "Intramuscular route"),
         "inh": (SCT, "447694001", "Respiratory tract route")}
YES = (LOINC, "LA33-6", "Yes")
NO = (LOINC, "LA32-8", "No")


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """codings: tuples (system, code, display). text-only concept when no codings."""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    return out


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# ---------------------------------------------------------------- organisation styles
class Style:
    def __init__(self, key, base, lang, icd, tzfn):
        self.key, self.base, self.lang, self.icd, self.tzfn = key, base, lang, icd, tzfn

    def tz(self, date):
        return self.tzfn(date)


def _eu_tz(std, dst):
    def f(date):
        m = int(date[5:7])
        d = int(date[8:10])
        if 4 <= m <= 9 or (m == 3 and d >= 29) or (m == 10 and d < 25):
            return dst
        return std
    return f


def _us_tz(date):
    m = int(date[5:7])
    d = int(date[8:10])
    if 4 <= m <= 10 or (m == 3 and d >= 8) or (m == 11 and d < 1):
        return "-05:00"
    return "-06:00"


HR = Style("hr", "https://fhir.ob-zlatnadolina.hr/r4/", "hr", ICD10, _eu_tz("+01:00", "+02:00"))
VN = Style("vn", "https://fhir.bvtwsonghong.vn/r4/", "vi", "https://terminology.moh.gov.vn/CodeSystem/icd-10-vn",
           lambda d: "+07:00")
UK = Style("uk", "https://fhir.northbridgehand.co.uk/R4/", "en-GB", ICD10, _eu_tz("+00:00", "+01:00"))
US = Style("us", "https://fhir.lakesideheadache.org/R4/", "en-US", ICD10CM, _us_tz)

HR_LOCAL = "https://fhir.ob-zlatnadolina.hr/CodeSystem/"
VN_LOCAL = "https://fhir.bvtwsonghong.vn/CodeSystem/"
VN_DVKT = "https://terminology.moh.gov.vn/CodeSystem/dich-vu-ky-thuat"
UK_LOCAL = "https://fhir.northbridgehand.co.uk/CodeSystem/"
US_LOCAL = "https://fhir.lakesideheadache.org/CodeSystem/"


def nhs_number(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(4, 9)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return "".join(map(str, d)) + str(chk)


def oib(rng):
    d = [rng.randint(0, 9) for _ in range(10)]
    a = 10
    for x in d:
        a = (a + x) % 10
        if a == 0:
            a = 10
        a = (a * 2) % 11
    chk = 11 - a
    if chk == 10:
        chk = 0
    return "".join(map(str, d)) + str(chk)


# ---------------------------------------------------------------- the case builder
class Case:
    def __init__(self, cid, style):
        self.cid, self.s = cid, style
        self.entries = []
        self.n = Counter()
        self.rng = random.Random(cid)
        self.pat = None
        self.org = None

    # -- plumbing
    def dt(self, date, time=None):
        if time is None:
            return date
        if len(time) == 5:
            time += ":00"
        return f"{date}T{time}{self.s.tz(date)}"

    def add(self, rt, body, prefix):
        self.n[prefix] += 1
        rid = f"{self.cid}-{prefix}{self.n[prefix]}" if prefix != "" else self.cid
        res = {"resourceType": rt, "id": rid}
        res.update({k: v for k, v in body.items() if v is not None})
        self.entries.append({"fullUrl": self.s.base + f"{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return {"reference": f"{rt}/{rid}"}

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # -- administrative
    def organization(self, name, type_cc=None, ident=None, address=None, phone=None, part_of=None, alias=None):
        return self.add("Organization", {
            "identifier": [ident] if ident else None, "active": True,
            "type": [type_cc] if type_cc else None, "name": name, "alias": alias,
            "telecom": [{"system": "phone", "value": phone, "use": "work"}] if phone else None,
            "address": [address] if address else None, "partOf": part_of}, "org")

    def practitioner(self, family, given, prefix=None, qual=None, ident=None, gender=None):
        name = {"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}
        if prefix:
            name["prefix"] = [prefix]
        return self.add("Practitioner", {
            "identifier": [ident] if ident else None, "active": True, "name": [name], "gender": gender,
            "qualification": [{"code": qual}] if qual else None}, "pr")

    def patient(self, family, given, gender, birth, identifiers, address=None, phone=None, lang=None,
                marital=None, gp=None, contact=None, extra=None):
        name = {"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}
        body = {"identifier": identifiers, "active": True, "name": [name],
                "telecom": [{"system": "phone", "value": phone, "use": "mobile"}] if phone else None,
                "gender": gender, "birthDate": birth, "address": [address] if address else None,
                "maritalStatus": cc((THO + "v3-MaritalStatus", marital,
                                     {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
                if marital else None,
                "contact": contact,
                "communication": [{"language": cc(("urn:ietf:bcp:47", lang or self.s.lang, None)), "preferred": True}],
                "generalPractitioner": gp, "managingOrganization": self.org}
        if extra:
            body.update(extra)
        self.n["pat"] += 1
        res = {"resourceType": "Patient", "id": self.cid}
        res.update({k: v for k, v in body.items() if v is not None})
        self.entries.insert(0, {"fullUrl": self.s.base + f"Patient/{self.cid}", "resource": res,
                                "request": {"method": "PUT", "url": f"Patient/{self.cid}"}})
        self.pat = {"reference": f"Patient/{self.cid}"}
        return self.pat

    def related(self, rel_code, rel_display, family, given, gender, phone=None, text=None, lang=None):
        return self.add("RelatedPerson", {
            "active": True, "patient": self.pat,
            "relationship": [cc((THO + "v3-RoleCode", rel_code, rel_display), text=text)],
            "name": [{"family": family, "given": given if isinstance(given, list) else [given]}],
            "telecom": [{"system": "phone", "value": phone}] if phone else None, "gender": gender,
            "communication": [{"language": cc(("urn:ietf:bcp:47", lang or self.s.lang, None))}]}, "rp")

    def coverage(self, payor, type_cc, subscriber_id=None, start=None, ident=None, cls=None, relationship="self"):
        return self.add("Coverage", {
            "identifier": [ident] if ident else None, "status": "active", "type": type_cc,
            "subscriberId": subscriber_id, "beneficiary": self.pat,
            "relationship": cc((THO + "subscriber-relationship", relationship, relationship.capitalize())),
            "period": {"start": start} if start else None, "payor": [payor], "class": cls}, "cov")

    # -- clinical
    def encounter(self, date, cls="AMB", type_cc=None, reason=None, prac=None, end=None, status="finished",
                  time="09:00", end_time=None, admit=None, discharge=None, priority=None, org=None, reason_ref=None,
                  service_type=None, part_of=None):
        cls_disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                    "SS": "short stay", "HH": "home health"}[cls]
        period = {"start": self.dt(date, time)}
        if end or end_time:
            period["end"] = self.dt(end or date, end_time or ("10:00" if not end else "11:00"))
        elif status == "finished":
            h = int(time[:2])
            period["end"] = self.dt(date, f"{min(h + 1, 23):02d}{time[2:5]}")
        hosp = None
        if admit or discharge:
            hosp = {}
            if admit:
                hosp["admitSource"] = cc((THO + "admit-source", admit[0], admit[1]))
            if discharge:
                hosp["dischargeDisposition"] = cc((THO + "discharge-disposition", discharge[0], discharge[1]))
        return self.add("Encounter", {
            "status": status, "class": coding(ACT, cls, cls_disp),
            "type": [type_cc] if type_cc else None, "serviceType": service_type,
            "priority": cc((THO + "v3-ActPriority", priority[0], priority[1])) if priority else None,
            "subject": self.pat,
            "participant": [{"individual": prac}] if prac else None, "period": period,
            "reasonCode": reason if reason is None or isinstance(reason, list) else [reason],
            "reasonReference": reason_ref, "hospitalization": hosp,
            "serviceProvider": org or self.org, "partOf": part_of}, "enc")

    def condition(self, code, onset=None, recorded=None, clinical="active", ver="confirmed", cat="problem-list-item",
                  abatement=None, note=None, enc=None, severity=None, body_site=None, recorder=None, evidence=None,
                  stage=None):
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        body = {
            "clinicalStatus": cc((THO + "condition-clinical", clinical, clinical.capitalize())) if clinical else None,
            "verificationStatus": cc((THO + "condition-ver-status", ver, ver.capitalize())),
            "category": [cc((THO + "condition-category", cat, cat_disp))],
            "severity": severity, "code": code, "bodySite": [body_site] if body_site else None,
            "subject": self.pat, "encounter": enc,
            "onsetDateTime": onset, "abatementDateTime": abatement,
            "recordedDate": recorded or onset, "recorder": recorder, "stage": stage,
            "evidence": evidence, "note": [{"text": note}] if note else None}
        return self.add("Condition", body, "cond")

    def obs(self, code, date, value=None, unit=None, ucum=None, kind=None, time="08:30", cat="laboratory",
            rng=None, interp=None, enc=None, performer=None, note=None, components=None, method=None,
            body_site=None, status="final", issued_time=None, derived=None):
        cat_disp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                    "procedure": "Procedure", "imaging": "Imaging", "social-history": "Social History",
                    "activity": "Activity"}[cat]
        body = {"status": status, "category": [cc((THO + "observation-category", cat, cat_disp))], "code": code,
                "subject": self.pat, "encounter": enc, "effectiveDateTime": self.dt(date, time)}
        if cat == "laboratory" or issued_time:
            body["issued"] = self.dt(date, issued_time or "14:10:00")
        body["performer"] = [performer] if performer else None
        if kind is None:
            kind = "q" if unit is not None else ("cc" if isinstance(value, dict) else
                                                  ("int" if isinstance(value, int) and not isinstance(value, bool)
                                                   else "str" if isinstance(value, str) else
                                                   "bool" if isinstance(value, bool) else None))
        if kind == "q":
            body["valueQuantity"] = qty(value, unit, ucum)
        elif kind == "int":
            body["valueInteger"] = value
        elif kind == "str":
            body["valueString"] = value
        elif kind == "cc":
            body["valueCodeableConcept"] = value
        elif kind == "bool":
            body["valueBoolean"] = value
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                    "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}[interp]
            body["interpretation"] = [cc((INTERP, interp, disp))]
        if note:
            body["note"] = [{"text": note}]
        body["bodySite"] = body_site
        body["method"] = method
        if rng:
            rr = {}
            if isinstance(rng, str):
                rr["text"] = rng
            else:
                lo, hi = rng[0], rng[1]
                u = unit
                if lo is not None:
                    rr["low"] = qty(lo, u, ucum)
                if hi is not None:
                    rr["high"] = qty(hi, u, ucum)
                if len(rng) > 2:
                    rr["text"] = rng[2]
            body["referenceRange"] = [rr]
        body["derivedFrom"] = derived
        if components:
            body["component"] = components
        return self.add("Observation", body, "obs")

    def lab(self, loinc, display, date, value, unit, ucum, lo, hi, enc=None, text=None, local=None, performer=None):
        """quantity lab with reference range and computed interpretation"""
        codings = [(LOINC, loinc, display)] if loinc else []
        if local:
            codings.insert(0, local)
        interp = "N"
        if lo is not None and value < lo:
            interp = "L"
        if hi is not None and value > hi:
            interp = "H"
        return self.obs(cc(*codings, text=text or display), date, value, unit, ucum, rng=(lo, hi), interp=interp,
                        enc=enc, performer=performer)

    def bp(self, date, sys_, dia, enc=None, time="09:10"):
        comps = [{"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sys_, "mmHg", "mm[Hg]")},
                 {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dia, "mmHg", "mm[Hg]")}]
        return self.obs(cc((LOINC, "85354-9", "Blood pressure panel with all children optional"),
                           text="Blood pressure"), date, cat="vital-signs", enc=enc, components=comps, time=time)

    def vitals(self, date, enc=None, weight=None, height=None, hr=None, bp=None, temp=None, spo2=None, time="09:10"):
        out = []
        if bp:
            out.append(self.bp(date, bp[0], bp[1], enc, time))
        if hr:
            out.append(self.obs(cc((LOINC, "8867-4", "Heart rate")), date, hr, "beats/minute", "/min",
                                cat="vital-signs", enc=enc, time=time))
        if weight:
            out.append(self.obs(cc((LOINC, "29463-7", "Body weight")), date, weight, "kg", cat="vital-signs",
                                enc=enc, time=time))
        if height:
            out.append(self.obs(cc((LOINC, "8302-2", "Body height")), date, height, "cm", cat="vital-signs",
                                enc=enc, time=time))
        if weight and height:
            bmi = round(weight / (height / 100) ** 2, 1)
            out.append(self.obs(cc((LOINC, "39156-5", "Body mass index (BMI) [Ratio]")), date, bmi, "kg/m2",
                                cat="vital-signs", enc=enc, time=time))
        if temp:
            out.append(self.obs(cc((LOINC, "8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs",
                                enc=enc, time=time))
        if spo2:
            out.append(self.obs(cc((LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")),
                                date, spo2, "%", cat="vital-signs", enc=enc, time=time))
        return out

    def score(self, code, date, value, enc=None, unit=None, note=None, time="10:00", performer=None, interp=None,
              rng=None):
        if unit is None and isinstance(value, int):
            return self.obs(code, date, value, kind="int", cat="survey", enc=enc, note=note, time=time,
                            performer=performer, interp=interp, rng=rng)
        return self.obs(code, date, value, unit or "{score}", unit or "{score}", cat="survey", enc=enc, note=note,
                        time=time, performer=performer, interp=interp, rng=rng)

    def report(self, code, date, results=None, conclusion=None, cat=None, enc=None, performer=None,
               status="final", conclusion_code=None, time="11:00", interpreter=None):
        return self.add("DiagnosticReport", {
            "status": status,
            "category": [cc((THO + "v2-0074", cat[0], cat[1]))] if cat else None,
            "code": code, "subject": self.pat, "encounter": enc,
            "effectiveDateTime": self.dt(date, time), "issued": self.dt(date, "16:00:00"),
            "performer": [performer] if performer else None,
            "resultsInterpreter": [interpreter] if interpreter else None,
            "result": results, "conclusion": conclusion,
            "conclusionCode": conclusion_code}, "dr")

    def _dosage(self, text, route=None, freq=None, period=1, unit="d", dose=None, as_needed=None):
        d = {"text": text}
        if freq:
            d["timing"] = {"repeat": {"frequency": freq, "period": period, "periodUnit": unit}}
        if as_needed is not None:
            d["asNeededBoolean"] = as_needed
        if route:
            d["route"] = cc(ROUTE[route])
        if dose:
            d["doseAndRate"] = [{"doseQuantity": qty(*dose)}]
        return d

    def medreq(self, med, authored, dosage, status="active", intent="order", requester=None, reason=None,
               reason_ref=None, route=None, freq=None, period=1, unit="d", dose=None, note=None, enc=None,
               category="outpatient", validity=None, as_needed=None, status_reason=None, based_on=None):
        cat_disp = {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community",
                    "discharge": "Discharge"}[category]
        return self.add("MedicationRequest", {
            "status": status, "statusReason": status_reason, "intent": intent,
            "category": [cc((THO + "medicationrequest-category", category, cat_disp))],
            "medicationCodeableConcept": med, "subject": self.pat, "encounter": enc,
            "authoredOn": authored, "requester": requester,
            "reasonCode": [reason] if reason else None, "reasonReference": reason_ref, "basedOn": based_on,
            "note": [{"text": note}] if note else None,
            "dosageInstruction": [self._dosage(dosage, route, freq, period, unit, dose, as_needed)],
            "dispenseRequest": {"validityPeriod": validity} if validity else None}, "mr")

    def medstmt(self, med, status, start, end=None, dosage=None, reason=None, reason_ref=None, asserted=None,
                source=None, note=None, status_reason=None, route=None, category="community"):
        cat_disp = {"community": "Community", "outpatient": "Outpatient", "inpatient": "Inpatient",
                    "patientspecified": "Patient Specified"}[category]
        eff = {"start": start}
        if end:
            eff["end"] = end
        return self.add("MedicationStatement", {
            "status": status, "statusReason": [status_reason] if status_reason else None,
            "category": cc((THO + "medication-statement-category", category, cat_disp)),
            "medicationCodeableConcept": med, "subject": self.pat, "effectivePeriod": eff,
            "dateAsserted": asserted or end or start, "informationSource": source,
            "reasonCode": [reason] if reason else None, "reasonReference": reason_ref,
            "note": [{"text": note}] if note else None,
            "dosage": [self._dosage(dosage, route)] if dosage else None}, "ms")

    def medadmin(self, med, date, time, dose=None, route=None, performer=None, enc=None, request=None, reason_ref=None,
                 status="completed", dose_text=None, end_time=None, note=None):
        dosage = {}
        if dose_text:
            dosage["text"] = dose_text
        if route:
            dosage["route"] = cc(ROUTE[route])
        if dose:
            dosage["dose"] = qty(*dose)
        eff = {"effectivePeriod": {"start": self.dt(date, time), "end": self.dt(date, end_time)}} if end_time else \
            {"effectiveDateTime": self.dt(date, time)}
        body = {"status": status, "medicationCodeableConcept": med, "subject": self.pat, "context": enc}
        body.update(eff)
        body.update({"performer": [{"actor": performer}] if performer else None, "reasonReference": reason_ref,
                     "request": request, "note": [{"text": note}] if note else None,
                     "dosage": dosage or None})
        return self.add("MedicationAdministration", body, "ma")

    def servicerequest(self, code, authored, status="active", intent="order", category=None, occurrence=None,
                       reason=None, reason_ref=None, requester=None, performer=None, note=None, priority="routine",
                       enc=None, body_site=None, patient_instruction=None, occurrence_period=None, based_on=None):
        return self.add("ServiceRequest", {
            "status": status, "intent": intent, "category": [category] if category else None, "priority": priority,
            "code": code, "subject": self.pat, "encounter": enc,
            "occurrenceDateTime": occurrence, "occurrencePeriod": occurrence_period, "authoredOn": authored,
            "requester": requester, "performer": [performer] if performer else None, "basedOn": based_on,
            "reasonCode": [reason] if reason else None, "reasonReference": reason_ref,
            "bodySite": [body_site] if body_site else None,
            "note": [{"text": note}] if note else None, "patientInstruction": patient_instruction}, "sr")

    def procedure(self, code, status="completed", date=None, period=None, performer=None, reason=None,
                  reason_ref=None, note=None, outcome=None, body_site=None, enc=None, category=None, based_on=None,
                  location=None, status_reason=None):
        return self.add("Procedure", {
            "basedOn": based_on, "status": status, "statusReason": status_reason, "category": category, "code": code,
            "subject": self.pat, "encounter": enc, "performedDateTime": date, "performedPeriod": period,
            "performer": [{"actor": performer}] if performer else None,
            "reasonCode": [reason] if reason else None, "reasonReference": reason_ref,
            "bodySite": [body_site] if body_site else None, "outcome": outcome,
            "note": [{"text": note}] if note else None}, "proc")

    def careplan(self, title, status, intent, start, description=None, addresses=None, author=None, category=None,
                 activities=None, end=None, created=None, note=None):
        acts = []
        for a in activities or []:
            det = {"status": a.get("status", "in-progress"), "code": a.get("code"), "description": a.get("text")}
            if a.get("kind"):
                det["kind"] = a["kind"]
            acts.append({"detail": {k: v for k, v in det.items() if v is not None}})
        period = {"start": start}
        if end:
            period["end"] = end
        return self.add("CarePlan", {
            "status": status, "intent": intent, "category": [category] if category else None, "title": title,
            "description": description, "subject": self.pat, "period": period, "created": created or start,
            "author": author, "addresses": addresses, "activity": acts or None,
            "note": [{"text": note}] if note else None}, "cp")

    def communication(self, sent, sender, recipient, text, status="completed", category=None, medium=None,
                      topic=None, about=None, in_response_to=None, received=None, enc=None):
        return self.add("Communication", {
            "inResponseTo": in_response_to, "status": status,
            "category": [cc((THO + "communication-category", category, category.capitalize()))] if category else None,
            "medium": [cc((THO + "v3-ParticipationMode", medium[0], medium[1]))] if medium else None,
            "subject": self.pat, "topic": topic, "about": about, "encounter": enc, "sent": sent,
            "received": received, "recipient": recipient if isinstance(recipient, list) else [recipient],
            "sender": sender, "payload": [{"contentString": text}]}, "comm")

    def questionnaire_response(self, questionnaire, authored, items, author=None, source=None, enc=None,
                               status="completed"):
        return self.add("QuestionnaireResponse", {
            "questionnaire": questionnaire, "status": status, "subject": self.pat, "encounter": enc,
            "authored": authored, "author": author, "source": source, "item": items}, "qr")

    def flag(self, code, start, author=None, status="active", category=("clinical", "Clinical"), end=None, enc=None):
        period = {"start": start}
        if end:
            period["end"] = end
        return self.add("Flag", {
            "status": status, "category": [cc((THO + "flag-category", category[0], category[1]))],
            "code": code, "subject": self.pat, "period": period, "encounter": enc, "author": author}, "flag")

    def note(self, title, date, time, text, author=None, enc=None, type_cc=None, lang=None, status="current"):
        type_cc = type_cc or cc((LOINC, "11506-3", "Progress note"))
        inst = self.dt(date, time)
        ctx = {"encounter": [enc]} if enc else None
        return self.add("DocumentReference", {
            "status": status, "docStatus": "final", "type": type_cc, "subject": self.pat, "date": inst,
            "author": [author] if author else None, "custodian": self.org, "description": title,
            "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.s.lang,
                                        "data": b64(text), "title": title, "creation": inst}}],
            "context": ctx}, "doc")

    def impression(self, date, summary, assessor=None, enc=None, problems=None, findings=None, status="completed",
                   description=None, note=None):
        return self.add("ClinicalImpression", {
            "status": status, "description": description, "subject": self.pat, "encounter": enc,
            "effectiveDateTime": date, "date": self.dt(date, "12:00"), "assessor": assessor, "problem": problems,
            "summary": summary, "finding": findings, "note": [{"text": note}] if note else None}, "ci")

    def allergy(self, code, recorded, reaction=None, criticality="low", category="medication"):
        body = {"clinicalStatus": cc((THO + "allergyintolerance-clinical", "active", "Active")),
                "verificationStatus": cc((THO + "allergyintolerance-verification", "confirmed", "Confirmed")),
                "type": "allergy", "category": [category], "criticality": criticality, "code": code,
                "patient": self.pat, "recordedDate": recorded}
        if reaction:
            body["reaction"] = [{"manifestation": [reaction]}]
        return self.add("AllergyIntolerance", body, "alg")

    def immunization(self, vaccine, date, lot=None, performer=None, site_text=None):
        return self.add("Immunization", {
            "status": "completed", "vaccineCode": vaccine, "patient": self.pat, "occurrenceDateTime": date,
            "primarySource": True, "lotNumber": lot,
            "performer": [{"actor": performer}] if performer else None}, "imm")

    def appointment(self, start, end, desc, participants, based_on=None, status="booked", service_type=None):
        return self.add("Appointment", {
            "status": status, "serviceType": [service_type] if service_type else None, "description": desc,
            "start": start, "end": end, "created": None, "basedOn": based_on,
            "participant": [{"actor": p, "status": "accepted"} for p in participants]}, "appt")
