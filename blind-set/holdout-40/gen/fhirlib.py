"""Small helpers to write FHIR R4 resources for the blind-40 set (no external packages)."""
import base64, collections

SYS = {
    "sct": "http://snomed.info/sct", "loinc": "http://loinc.org", "ucum": "http://unitsofmeasure.org",
    "icdgm": "http://fhir.de/CodeSystem/bfarm/icd-10-gm", "ops": "http://fhir.de/CodeSystem/bfarm/ops",
    "atc": "http://fhir.de/CodeSystem/bfarm/atc", "icdcm": "http://hl7.org/fhir/sid/icd-10-cm",
    "rx": "http://www.nlm.nih.gov/research/umls/rxnorm", "cpt": "http://www.ama-assn.org/go/cpt",
    "cvx": "http://hl7.org/fhir/sid/cvx",
    "obscat": "http://terminology.hl7.org/CodeSystem/observation-category",
    "interp": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
    "act": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
    "ccl": "http://terminology.hl7.org/CodeSystem/condition-clinical",
    "cver": "http://terminology.hl7.org/CodeSystem/condition-ver-status",
    "ccat": "http://terminology.hl7.org/CodeSystem/condition-category",
    "ans": "http://loinc.org",
}
VERSIONS = {"icdgm": "2026", "ops": "2026"}


def coding(sk, code, display=None):
    c = {"system": SYS.get(sk, sk), "code": code}
    if sk in VERSIONS:
        c["version"] = VERSIONS[sk]
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    elif codings and len(codings[0]) > 2:
        out["text"] = codings[0][2]
    return out


def txt(t):
    return {"text": t}


def q(value, code, unit=None):
    return {"value": value, "unit": unit or code, "system": SYS["ucum"], "code": code}


def ref(r, display=None):
    o = {"reference": f"{r['resourceType']}/{r['id']}"}
    if display:
        o["display"] = display
    return o


TZ = {"A": "+01:00", "B": "-05:00", "C": "-05:00", "D": "-06:00"}


class Case:
    def __init__(self, cid, org):
        self.cid, self.org, self.entries = cid, org, []
        self.n = collections.Counter()
        self.pat = None
        self.orgres = None
        self.pr = []

    # ---- generic ----
    def add(self, rt, prefix, body):
        if rt == "Patient":
            rid = self.cid
        else:
            self.n[prefix] += 1
            rid = f"{self.cid}-{prefix}{self.n[prefix]}"
        r = {"resourceType": rt, "id": rid}
        r.update({k: v for k, v in body.items() if v is not None})
        self.entries.append(r)
        return r

    def inst(self, d, t="09:30:00"):
        return f"{d}T{t}{TZ[self.org['key']]}" if len(d) == 10 else d

    def bundle(self):
        base = self.org["base"]
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction",
                "entry": [{"fullUrl": f"{base}/{r['resourceType']}/{r['id']}", "resource": r,
                           "request": {"method": "PUT", "url": f"{r['resourceType']}/{r['id']}"}}
                          for r in self.entries]}

    @property
    def P(self):
        return ref(self.pat)

    # ---- administrative ----
    def organization(self, name, ident, typ=None, city=None, prefix="org"):
        o = self.add("Organization", prefix, {
            "identifier": [{"system": self.org["idsys"] + "/organization", "value": ident}],
            "active": True, "type": [typ] if typ else None, "name": name,
            "address": [{"city": city or self.org["city"], "country": self.org["country"]}]})
        if self.orgres is None:
            self.orgres = o
        return o

    def practitioner(self, family, given, prefix_title=None, qual=None):
        name = {"family": family, "given": [given]}
        if prefix_title in ("MD", "DO", "RN", "PT", "CP", "PharmD"):
            name["suffix"] = [prefix_title]
        elif prefix_title:
            name["prefix"] = [prefix_title]
        p = self.add("Practitioner", "pr", {
            "identifier": [{"system": self.org["idsys"] + "/staff", "value": f"{family[:3].upper()}{len(self.pr)+1:03d}{self.cid[-2:]}"}],
            "active": True, "name": [name],
            "qualification": [{"code": txt(qual)}] if qual else None})
        self.pr.append(p)
        return p

    def patient(self, family, given, gender, birth, mrn, extra=None):
        body = {"identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                                "system": self.org["idsys"] + "/mrn", "value": mrn}],
                "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
                "gender": gender, "birthDate": birth,
                "address": [{"city": self.org["city"], "country": self.org["country"]}],
                "communication": [{"language": cc(("urn:ietf:bcp:47", self.org["lang"]))}]}
        if self.orgres:
            body["managingOrganization"] = ref(self.orgres)
        if extra:
            body.update(extra)
        self.pat = self.add("Patient", "pt", body)
        return self.pat

    def coverage(self, payor, typ, subscriber_id, start):
        return self.add("Coverage", "cov", {"status": "active", "type": typ, "subscriberId": subscriber_id,
                                            "beneficiary": self.P, "period": {"start": start}, "payor": [ref(payor)]})

    def encounter(self, date, cls="AMB", typ=None, reason=None, status="finished", end=None, pr=None,
                  org=None, reasonref=None, hosp=None):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}[cls]
        per = {"start": self.inst(date, "08:15:00")}
        if end:
            per["end"] = self.inst(end, "16:00:00")
        elif status == "finished":
            per["end"] = self.inst(date, "09:10:00")
        return self.add("Encounter", "enc", {
            "status": status, "class": {"system": SYS["act"], "code": cls, "display": clsd},
            "type": [typ] if typ else None, "subject": self.P,
            "participant": [{"individual": ref(pr or self.pr[0])}] if (pr or self.pr) else None,
            "period": per, "reasonCode": [reason] if reason else None,
            "reasonReference": [ref(x) for x in reasonref] if reasonref else None,
            "hospitalization": hosp,
            "serviceProvider": ref(org or self.orgres)})

    # ---- clinical ----
    def condition(self, code, onset, status="active", cat="problem-list-item", abate=None, recorded=None,
                  note=None, ver="confirmed", severity=None, enc=None, evidence=None, stage=None):
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        return self.add("Condition", "cond", {
            "clinicalStatus": cc(("ccl", status)), "verificationStatus": cc(("cver", ver)),
            "category": [cc(("ccat", cat, catd))], "severity": severity, "code": code, "subject": self.P,
            "encounter": ref(enc) if enc else None, "onsetDateTime": onset,
            "abatementDateTime": abate, "recordedDate": recorded or onset,
            "recorder": ref(self.pr[0]) if self.pr else None,
            "stage": [{"summary": stage}] if stage else None,
            "evidence": evidence,
            "note": [{"text": note}] if note else None})

    def obs(self, code, date, value=None, cat="laboratory", enc=None, low=None, high=None, interp=None,
            note=None, components=None, status="final", method=None, performer=None, text_range=None,
            derived=None, focus=None):
        catd = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[cat]
        body = {"status": status, "category": [cc(("obscat", cat, catd))], "code": code, "subject": self.P,
                "encounter": ref(enc) if enc else None, "effectiveDateTime": date,
                "performer": [ref(performer or self.pr[0])] if (performer or self.pr) else None}
        if isinstance(value, dict) and "system" in value and "value" in value:
            body["valueQuantity"] = value
            if interp is None and (low is not None or high is not None):
                v = value["value"]
                interp = "L" if (low is not None and v < low) else "H" if (high is not None and v > high) else "N"
        elif isinstance(value, bool):
            body["valueBoolean"] = value
        elif isinstance(value, int):
            body["valueInteger"] = value
        elif isinstance(value, str):
            body["valueString"] = value
        elif isinstance(value, dict):
            body["valueCodeableConcept"] = value
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                    "A": "Abnormal", "POS": "Positive", "NEG": "Negative"}[interp]
            body["interpretation"] = [cc(("interp", interp, disp))]
        if low is not None or high is not None or text_range:
            rr = {}
            u = value if isinstance(value, dict) and "code" in value else {}
            if low is not None:
                rr["low"] = {k: u[k] for k in ("unit", "system", "code")} | {"value": low}
            if high is not None:
                rr["high"] = {k: u[k] for k in ("unit", "system", "code")} | {"value": high}
            if text_range:
                rr["text"] = text_range
            body["referenceRange"] = [rr]
        if method:
            body["method"] = method
        if components:
            body["component"] = components
        if derived:
            body["derivedFrom"] = [ref(x) for x in derived]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Observation", "obs", body)

    def lab(self, code, date, v, unit, low=None, high=None, enc=None, interp=None, note=None, text_range=None):
        return self.obs(code, date, q(v, unit), "laboratory", enc, low, high, interp, note, text_range=text_range)

    def vitals(self, date, enc=None, sys_=None, dia=None, hr=None, wt=None, temp=None):
        out = []
        if sys_:
            out.append(self.obs(cc(("loinc", "85354-9", "Blood pressure panel with all children optional")), date, None,
                                "vital-signs", enc, components=[
                                    {"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": q(sys_, "mm[Hg]", "mmHg")},
                                    {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": q(dia, "mm[Hg]", "mmHg")}]))
        if hr:
            out.append(self.obs(cc(("loinc", "8867-4", "Heart rate")), date, q(hr, "/min", "beats/minute"), "vital-signs", enc))
        if wt:
            out.append(self.obs(cc(("loinc", "29463-7", "Body weight")), date, q(wt, "kg"), "vital-signs", enc))
        if temp:
            out.append(self.obs(cc(("loinc", "8310-5", "Body temperature")), date, q(temp, "Cel", "°C"), "vital-signs", enc))
        return out

    def medstmt(self, med, start, status="active", end=None, reason=None, dosage=None, status_reason=None, note=None):
        per = {"start": start}
        if end:
            per["end"] = end
        return self.add("MedicationStatement", "ms", {
            "status": status, "statusReason": [status_reason] if status_reason else None,
            "medicationCodeableConcept": med, "subject": self.P, "effectivePeriod": per,
            "dateAsserted": end or start, "informationSource": ref(self.pr[0]),
            "reasonReference": [ref(x) for x in reason] if reason else None,
            "dosage": [{"text": dosage}] if dosage else None, "note": [{"text": note}] if note else None})

    def medreq(self, med, authored, status="active", intent="order", reason=None, dosage=None, enc=None,
               note=None, start=None, cat=None):
        return self.add("MedicationRequest", "mr", {
            "status": status, "intent": intent, "category": [cat] if cat else None,
            "medicationCodeableConcept": med, "subject": self.P,
            "encounter": ref(enc) if enc else None, "authoredOn": authored, "requester": ref(self.pr[0]),
            "reasonReference": [ref(x) for x in reason] if reason else None,
            "note": [{"text": note}] if note else None,
            "dosageInstruction": [{"text": dosage}] if dosage else None,
            "dispenseRequest": {"validityPeriod": {"start": start}} if start else None})

    def medadmin(self, med, date, dose=None, enc=None, reason=None, status="completed"):
        return self.add("MedicationAdministration", "ma", {
            "status": status, "medicationCodeableConcept": med, "subject": self.P,
            "context": ref(enc) if enc else None, "effectiveDateTime": self.inst(date, "10:00:00"),
            "performer": [{"actor": ref(self.pr[-1])}],
            "reasonReference": [ref(x) for x in reason] if reason else None,
            "dosage": {"text": dose} if dose else None})

    def servreq(self, code, authored, status="active", intent="order", occ=None, reason=None, reasonref=None,
                cat=None, performer=None, note=None, enc=None, priority=None, requester=None):
        return self.add("ServiceRequest", "sr", {
            "status": status, "intent": intent, "category": [cat] if cat else None, "priority": priority,
            "code": code, "subject": self.P, "encounter": ref(enc) if enc else None,
            "occurrenceDateTime": occ, "authoredOn": authored, "requester": ref(requester or self.pr[0]),
            "performer": [ref(performer)] if performer else None,
            "reasonCode": [reason] if reason else None,
            "reasonReference": [ref(x) for x in reasonref] if reasonref else None,
            "note": [{"text": note}] if note else None})

    def procedure(self, code, date=None, status="completed", reason=None, reasonref=None, enc=None, note=None,
                  outcome=None, body_site=None, period=None, performer=None):
        return self.add("Procedure", "proc", {
            "status": status, "code": code, "subject": self.P, "encounter": ref(enc) if enc else None,
            "performedDateTime": date, "performedPeriod": period,
            "performer": [{"actor": ref(performer or self.pr[0])}] if status != "preparation" else None,
            "reasonCode": [reason] if reason else None,
            "reasonReference": [ref(x) for x in reasonref] if reasonref else None,
            "bodySite": [body_site] if body_site else None, "outcome": outcome,
            "note": [{"text": note}] if note else None})

    def careplan(self, title, status, start, cat, activities, addresses=None, end=None, desc=None, intent="plan"):
        per = {"start": start}
        if end:
            per["end"] = end
        return self.add("CarePlan", "cp", {
            "status": status, "intent": intent, "category": [cat], "title": title, "description": desc,
            "subject": self.P, "period": per, "created": start, "author": ref(self.pr[0]),
            "addresses": [ref(x) for x in addresses] if addresses else None,
            "activity": [{"detail": {"code": a[0], "status": a[1], "description": a[2]}} for a in activities]})

    def communication(self, sent, text, sender=None, recipient=None, cat=None, topic=None, about=None, status="completed"):
        return self.add("Communication", "com", {
            "status": status, "category": [cat] if cat else None, "subject": self.P, "topic": topic,
            "about": [ref(x) for x in about] if about else None,
            "sent": self.inst(sent, "21:14:00"), "recipient": [ref(recipient or self.pr[0])],
            "sender": ref(sender or self.pat), "payload": [{"contentString": text}]})

    def qresp(self, authored, items, questionnaire=None, enc=None):
        its = []
        for link, text, ans in items:
            if isinstance(ans, tuple):
                a = {"valueCoding": coding(*ans)}
            elif isinstance(ans, bool):
                a = {"valueBoolean": ans}
            elif isinstance(ans, int):
                a = {"valueInteger": ans}
            else:
                a = {"valueString": ans}
            its.append({"linkId": link, "text": text, "answer": [a]})
        return self.add("QuestionnaireResponse", "qr", {
            "questionnaire": questionnaire, "status": "completed", "subject": self.P,
            "encounter": ref(enc) if enc else None, "authored": self.inst(authored, "07:50:00"),
            "author": self.P, "source": self.P, "item": its})

    def flag(self, code, start, author=None, cat=None, status="active"):
        return self.add("Flag", "flag", {"status": status, "category": [cat] if cat else None, "code": code,
                                         "subject": self.P, "period": {"start": start}, "author": ref(author or self.pat)})

    def note(self, date, text, typ=None, enc=None, author=None, title=None, lang=None):
        typ = typ or cc(("loinc", "11506-3", "Progress note"))
        return self.add("DocumentReference", "doc", {
            "status": "current", "docStatus": "final", "type": typ, "subject": self.P,
            "date": self.inst(date, "15:20:00"), "author": [ref(author or self.pr[0])],
            "description": title,
            "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.org["lang"],
                                        "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                                        "title": title, "creation": self.inst(date, "15:20:00")}}],
            "context": {"encounter": [ref(enc)]} if enc else None})

    def report(self, code, date, conclusion, results=None, cat=None, enc=None, ccode=None, status="final"):
        return self.add("DiagnosticReport", "dr", {
            "status": status, "category": [cat] if cat else None, "code": code, "subject": self.P,
            "encounter": ref(enc) if enc else None, "effectiveDateTime": date,
            "issued": self.inst(date, "17:45:00"), "performer": [ref(self.orgres)],
            "result": [ref(x) for x in results] if results else None,
            "conclusion": conclusion, "conclusionCode": [ccode] if ccode else None})

    def impression(self, date, summary, findings=None, problems=None, enc=None, desc=None):
        return self.add("ClinicalImpression", "ci", {
            "status": "completed", "description": desc, "subject": self.P, "encounter": ref(enc) if enc else None,
            "effectiveDateTime": date, "date": self.inst(date, "16:00:00"), "assessor": ref(self.pr[0]),
            "problem": [ref(x) for x in problems] if problems else None, "summary": summary,
            "finding": [{"itemCodeableConcept": f} for f in findings] if findings else None})

    def allergy(self, code, recorded):
        return self.add("AllergyIntolerance", "al", {
            "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active")),
            "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed")),
            "type": "allergy", "category": ["medication"], "code": code, "patient": self.P, "recordedDate": recorded})

    def appointment(self, start, desc, status="booked", reasonref=None, service=None):
        return self.add("Appointment", "appt", {
            "status": status, "serviceType": [service] if service else None, "description": desc,
            "reasonReference": [ref(x) for x in reasonref] if reasonref else None,
            "start": self.inst(start, "08:00:00"), "end": self.inst(start, "12:00:00"),
            "participant": [{"actor": self.P, "status": "accepted"}, {"actor": ref(self.pr[0]), "status": "accepted"}]})
