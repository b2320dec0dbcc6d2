import base64, json, zlib

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LNC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
ORPHA = "http://www.orpha.net"
CS_CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CS_VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CS_OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CS_INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CS_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

ORGS = {
    "A": dict(base="https://fhir.valledelsolchc.org/r4", name="Valle del Sol Community Health Centers",
              local="https://fhir.valledelsolchc.org/codes", mrn="https://valledelsolchc.org/mrn",
              city="Nogales", state="AZ", zip="85621", lang="es"),
    "A2": dict(base="https://ehr.riogranderedsalud.org/fhir/R4", name="Red de Salud Rio Grande FQHC",
               local="https://riogranderedsalud.org/fhir/local-codes", mrn="urn:oid:2.16.840.1.113883.3.7712.1",
               city="Weslaco", state="TX", zip="78596", lang="es"),
    "B": dict(base="https://ehr.cascademsk.org/fhir/r4", name="Cascade Musculoskeletal & Sports Medicine Institute",
              local="https://ehr.cascademsk.org/codes", mrn="https://cascademsk.org/patient-mrn",
              city="Portland", state="OR", zip="97239", lang="en"),
    "B2": dict(base="https://fhir.summitorthospine.com/api/FHIR/R4", name="Summit Orthopaedic & Spine Institute",
               local="https://summitorthospine.com/fhir/CodeSystem/local", mrn="urn:oid:1.2.840.114350.1.13.552.2.7.5.737384.14",
               city="Denver", state="CO", zip="80218", lang="en"),
    "C": dict(base="https://fhir.magnoliawomenshealth.com/r4", name="Magnolia Women's Health & Reproductive Endocrinology",
              local="https://magnoliawomenshealth.com/codes", mrn="https://magnoliawomenshealth.com/mrn",
              city="Atlanta", state="GA", zip="30309", lang="en"),
    "C2": dict(base="https://interconnect.bayviewgynonc.org/fhir/r4", name="Bayview Women's Health and Gynecologic Oncology",
               local="https://bayviewgynonc.org/codes", mrn="urn:oid:2.16.840.1.113883.3.9921.2",
               city="Tampa", state="FL", zip="33606", lang="en"),
}


def cc(*codings, text=None):
    d = {"coding": [{"system": s, "code": c, "display": disp} for (s, c, disp) in codings]}
    if text:
        d["text"] = text
    if not codings:
        d = {"text": text}
    return d


def ref(r):
    return {"reference": f"{r['resourceType']}/{r['id']}"}


class Case:
    def __init__(self, cid, orgkey):
        self.cid = cid
        self.o = ORGS[orgkey]
        self.entries = []
        self.n = {}
        self.org = self.add("Organization", "org", {
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1" + str(zlib.crc32(self.o['name'].encode()) % 10**9).zfill(9)}],
            "active": True, "name": self.o["name"],
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "address": [{"city": self.o["city"], "state": self.o["state"], "postalCode": self.o["zip"], "country": "US"}]})

    def nid(self, suffix):
        self.n[suffix] = self.n.get(suffix, 0) + 1
        return f"{self.cid}-{suffix}-{self.n[suffix]}"

    def add(self, rtype, suffix, body, rid=None):
        rid = rid or self.nid(suffix)
        r = {"resourceType": rtype, "id": rid}
        r.update(body)
        self.entries.append({"fullUrl": f"{self.o['base']}/{rtype}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{rtype}/{rid}"}})
        return r

    # ---- people
    def patient(self, given, family, gender, birth, mrn, lang=None, extra=None):
        body = {"identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                                "system": self.o["mrn"], "value": mrn}],
                "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
                "gender": gender, "birthDate": birth,
                "address": [{"use": "home", "city": self.o["city"], "state": self.o["state"], "postalCode": self.o["zip"], "country": "US"}],
                "managingOrganization": ref(self.org)}
        lang = lang or self.o["lang"]
        body["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang, {"es": "Spanish", "en": "English"}[lang])), "preferred": True}]
        if extra:
            body.update(extra)
        self.pat = self.add("Patient", None, body, rid=self.cid)
        return self.pat

    def pract(self, given, family, qual="MD", specialty=None):
        body = {"identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": str(1000000000 + zlib.crc32((given + family).encode()) % 899999999)}],
                "active": True, "name": [{"family": family, "given": [given], "suffix": [qual]}]}
        if specialty:
            body["qualification"] = [{"code": cc(text=specialty)}]
        return self.add("Practitioner", "pr", body)

    def coverage(self, payor_text, plan_type="Medicaid", start="2026-01-01"):
        pay = self.add("Organization", "payer", {"active": True, "name": payor_text,
                                                 "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))]})
        return self.add("Coverage", "cov", {"status": "active", "type": cc(text=plan_type),
                                            "beneficiary": {"reference": f"Patient/{self.cid}"},
                                            "period": {"start": start}, "payor": [ref(pay)]})

    @property
    def P(self):
        return {"reference": f"Patient/{self.cid}"}

    # ---- encounters
    def enc(self, date, text, cls="AMB", pract=None, end=None, status="finished", etype=None, reason=None):
        b = {"status": status, "class": {"system": CS_ACT, "code": cls,
                                         "display": {"AMB": "ambulatory", "VR": "virtual", "IMP": "inpatient encounter", "EMER": "emergency", "HH": "home health"}[cls]},
             "type": [etype or cc(text=text)], "subject": self.P,
             "period": {"start": date + ("T09:00:00-07:00" if "T" not in date else "")}, "serviceProvider": ref(self.org)}
        if end:
            b["period"]["end"] = end + ("T17:00:00-07:00" if "T" not in end else "")
        elif status == "finished":
            b["period"]["end"] = date + "T09:40:00-07:00"
        if status == "planned":
            del b["period"]["end"]
        if pract:
            b["participant"] = [{"individual": ref(pract)}]
        if reason:
            b["reasonCode"] = [reason]
        return self.add("Encounter", "enc", b)

    # ---- conditions
    def cond(self, code, onset, clinical="active", ver="confirmed", cat="problem-list-item", enc=None, abate=None,
             recorded=None, note=None, severity=None, rec=None):
        b = {"clinicalStatus": cc((CS_CLIN, clinical, clinical.capitalize())),
             "verificationStatus": cc((CS_VER, ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                              "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
             "code": code, "subject": self.P, "onsetDateTime": onset, "recordedDate": recorded or onset}
        if enc:
            b["encounter"] = ref(enc)
        if abate:
            b["abatementDateTime"] = abate
        if note:
            b["note"] = [{"text": note}]
        if severity:
            b["severity"] = severity
        if rec:
            b["recorder"] = ref(rec)
        return self.add("Condition", "cond", b)

    # ---- observations
    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, vstring=None, vcc=None, components=None, rr_text=None, note=None, status="final", perf=None):
        b = {"status": status, "category": [cc((CS_OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                                                                  "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[cat]))],
             "code": code, "subject": self.P, "effectiveDateTime": date}
        if enc:
            b["encounter"] = ref(enc)
        if perf:
            b["performer"] = [ref(perf)]
        if value is not None:
            b["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        if vstring is not None:
            b["valueString"] = vstring
        if vcc is not None:
            b["valueCodeableConcept"] = vcc
        if components:
            b["component"] = components
        if low is not None or high is not None or rr_text:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            if rr_text:
                rr["text"] = rr_text
            b["referenceRange"] = [rr]
        if interp is None and value is not None and (low is not None or high is not None):
            interp = "N"
            if low is not None and value < low:
                interp = "L"
            if high is not None and value > high:
                interp = "H"
        if interp:
            b["interpretation"] = [cc((CS_INT, interp, {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "POS": "Positive",
                                                         "NEG": "Negative", "HH": "Critical high", "LL": "Critical low"}[interp]))]
        if note:
            b["note"] = [{"text": note}]
        return self.add("Observation", "obs", b)

    def lab(self, loinc, disp, date, value, unit, low=None, high=None, ucum=None, enc=None, interp=None):
        return self.obs(cc((LNC, loinc, disp), text=disp), date, value, unit, ucum, low, high, interp=interp, enc=enc)

    def vitals(self, date, sbp, dbp, hr, wt=None, enc=None, temp=None):
        out = [self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"), date, cat="vital-signs", enc=enc,
                        components=[{"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                                    {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]),
               self.obs(cc((LNC, "8867-4", "Heart rate")), date, hr, "/min", "/min", cat="vital-signs", enc=enc)]
        if wt:
            out.append(self.obs(cc((LNC, "29463-7", "Body weight")), date, wt, "kg", cat="vital-signs", enc=enc))
        if temp:
            out.append(self.obs(cc((LNC, "8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs", enc=enc))
        return out

    def dr(self, code, date, conclusion, results=(), cat="RAD", enc=None, status="final", perf=None):
        b = {"status": status, "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat, {"RAD": "Radiology", "LAB": "Laboratory", "PAT": "Pathology (gross & histopath, not surgical)", "CUS": "Cardiac Ultrasound", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)", "SP": "Surgical Pathology", "OTH": "Other"}[cat]))],
             "code": code, "subject": self.P, "effectiveDateTime": date, "issued": date + "T16:00:00Z", "conclusion": conclusion}
        if results:
            b["result"] = [ref(r) for r in results]
        if enc:
            b["encounter"] = ref(enc)
        if perf:
            b["performer"] = [ref(perf)]
        return self.add("DiagnosticReport", "dr", b)

    # ---- meds
    def medreq(self, med, authored, status="active", dosage=None, reason=None, intent="order", requester=None, end=None, note=None):
        b = {"status": status, "intent": intent, "medicationCodeableConcept": med, "subject": self.P, "authoredOn": authored}
        if dosage:
            b["dosageInstruction"] = [{"text": dosage}]
        if reason:
            b["reasonReference"] = [ref(reason)]
        if requester:
            b["requester"] = ref(requester)
        if end:
            b["dispenseRequest"] = {"validityPeriod": {"start": authored, "end": end}}
        if note:
            b["note"] = [{"text": note}]
        return self.add("MedicationRequest", "mr", b)

    def medstmt(self, med, start, status="active", end=None, reason=None, note=None):
        b = {"status": status, "medicationCodeableConcept": med, "subject": self.P, "effectivePeriod": {"start": start}}
        if end:
            b["effectivePeriod"]["end"] = end
        if reason:
            b["reasonReference"] = [ref(reason)]
        if note:
            b["note"] = [{"text": note}]
        return self.add("MedicationStatement", "ms", b)

    # ---- orders / procedures
    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, requester=None, performer=None,
           cat=None, note=None, priority=None):
        b = {"status": status, "intent": intent, "code": code, "subject": self.P, "authoredOn": authored}
        if cat:
            b["category"] = [cat]
        if occ:
            b["occurrenceDateTime"] = occ
        if reason:
            b["reasonReference"] = [ref(reason)]
        if requester:
            b["requester"] = ref(requester)
        if performer:
            b["performer"] = [ref(performer)]
        if note:
            b["note"] = [{"text": note}]
        if priority:
            b["priority"] = priority
        return self.add("ServiceRequest", "sr", b)

    def proc(self, code, date, status="completed", reason=None, performer=None, note=None, enc=None, basedOn=None):
        b = {"status": status, "code": code, "subject": self.P}
        if date:
            b["performedDateTime"] = date
        if reason:
            b["reasonReference"] = [ref(reason)]
        if performer:
            b["performer"] = [{"actor": ref(performer)}]
        if note:
            b["note"] = [{"text": note}]
        if enc:
            b["encounter"] = ref(enc)
        if basedOn:
            b["basedOn"] = [ref(basedOn)]
        return self.add("Procedure", "proc", b)

    def careplan(self, title, cat, start, status="active", intent="plan", addresses=None, desc=None, activities=None, author=None):
        b = {"status": status, "intent": intent, "title": title, "category": [cat], "subject": self.P, "period": {"start": start}}
        if addresses:
            b["addresses"] = [ref(a) for a in addresses]
        if desc:
            b["description"] = desc
        if activities:
            b["activity"] = [{"detail": {"code": a, "status": "in-progress"}} for a in activities]
        if author:
            b["author"] = ref(author)
        return self.add("CarePlan", "cp", b)

    # ---- notes
    def note(self, date, title, text, author=None, typ=("11506-3", "Progress note"), enc=None):
        b = {"status": "current", "docStatus": "final", "type": cc((LNC, typ[0], typ[1])),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": self.P, "date": date + "T18:00:00Z", "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": "es" if any(w in text for w in (" el ", " la ", " de ", " que ")) else "en",
                                         "data": base64.b64encode(text.encode("utf-8")).decode("ascii"), "title": title}}]}
        if author:
            b["author"] = [ref(author)]
        if enc:
            b["context"] = {"encounter": [ref(enc)]}
        return self.add("DocumentReference", "doc", b)

    def comm(self, date, text, sender=None, recipient=None, status="completed", topic=None):
        b = {"status": status, "subject": self.P, "sent": date + "T21:14:00Z",
             "category": [cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"))],
             "payload": [{"contentString": text}]}
        b["sender"] = sender or self.P
        if recipient:
            b["recipient"] = [ref(recipient)]
        if topic:
            b["topic"] = cc(text=topic)
        return self.add("Communication", "comm", b)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


def q_item(link, text, answer):
    a = answer
    if isinstance(answer, bool):
        a = {"valueBoolean": answer}
    elif isinstance(answer, (int, float)):
        a = {"valueInteger": answer} if isinstance(answer, int) else {"valueDecimal": answer}
    elif isinstance(answer, str):
        a = {"valueString": answer}
    return {"linkId": link, "text": text, "answer": [a]}


def yn(v):
    return {"valueCoding": {"system": LNC, "code": "LA33-6" if v else "LA32-8", "display": "Yes" if v else "No"}}
