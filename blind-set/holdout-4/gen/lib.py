import base64, json

SYS = {
    "sct": "http://snomed.info/sct",
    "icd": "http://hl7.org/fhir/sid/icd-10-cm",
    "loinc": "http://loinc.org",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "hcpcs": "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",
    "rx": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "ucum": "http://unitsofmeasure.org",
}

def cc(*codings, text=None):
    out = {}
    cods = []
    for c in codings:
        sysk, code, disp = c
        cods.append({"system": SYS.get(sysk, sysk), "code": code, "display": disp})
    if cods:
        out["coding"] = cods
    if text:
        out["text"] = text
    elif cods:
        out["text"] = cods[0]["display"]
    return out

def interp_of(v, low, high):
    if low is not None and v < low:
        return "L"
    if high is not None and v > high:
        return "H"
    return "N"

IDISP = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}

class B:
    def __init__(self, cid, base, org_name, city, state):
        self.cid, self.base = cid, base.rstrip("/")
        self.entries = []
        self.n = {}
        self.city, self.state = city, state
        self.org = self.add({"resourceType": "Organization", "active": True, "name": org_name,
                             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
                             "address": [{"city": city, "state": state, "country": "US"}]}, "org")
        self.pats = None
        self.pr = {}

    def nid(self, suf):
        self.n[suf] = self.n.get(suf, 0) + 1
        return f"{self.cid}-{suf}-{self.n[suf]}"

    def add(self, r, suf=None, rid=None):
        rid = rid or self.nid(suf)
        r = dict(r)
        r = {"resourceType": r.pop("resourceType"), "id": rid, **r}
        self.entries.append({"fullUrl": f"{self.base}/{r['resourceType']}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{r['resourceType']}/{rid}"}})
        return f"{r['resourceType']}/{rid}"

    def patient(self, given, family, gender, dob, mrn, phone="555-0100", line="100 Main St", postal="00000", mrn_sys=None, extra=None):
        r = {"resourceType": "Patient", "active": True,
             "identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": mrn_sys or f"{self.base.rsplit('/',1)[0]}/mrn", "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "telecom": [{"system": "phone", "value": phone, "use": "mobile"}],
             "gender": gender, "birthDate": dob,
             "address": [{"use": "home", "line": [line], "city": self.city, "state": self.state, "postalCode": postal, "country": "US"}],
             "managingOrganization": {"reference": self.org}}
        if extra:
            r.update(extra)
        self.pats = self.add(r, rid=self.cid)
        return self.pats

    def prac(self, key, given, family, spec_code, spec_disp, npi):
        p = self.add({"resourceType": "Practitioner", "active": True,
                      "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
                      "name": [{"family": family, "given": [given], "prefix": ["Dr."]}],
                      "qualification": [{"code": cc(("sct", spec_code, spec_disp))}]}, "prac")
        self.pr[key] = p
        return p

    def coverage(self, payer, kind="commercial", member="M000", start="2025-01-01"):
        po = self.add({"resourceType": "Organization", "active": True, "name": payer,
                       "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))]}, "payer")
        t = {"commercial": ("PPO", "preferred provider organization policy"), "medicare": ("SUBSIDIZ", "subsidized health program"),
             "medicaid": ("MCPOL", "managed care policy"), "hmo": ("HMO", "health maintenance organization policy")}[kind]
        return self.add({"resourceType": "Coverage", "status": "active",
                         "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode",) + t),
                         "subscriberId": member, "beneficiary": {"reference": self.pats},
                         "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
                         "period": {"start": start}, "payor": [{"reference": po}]}, "cov")

    def enc(self, date, text, cls="AMB", prac=None, reason=None, end=None, status="finished", etype=None, admit=None, disp=None, svc=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health"}[cls]
        r = {"resourceType": "Encounter", "status": status,
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": clsd},
             "type": [etype or {"text": text}], "subject": {"reference": self.pats},
             "period": {"start": date + ("T09:00:00-05:00" if len(date) == 10 else "")},
             "serviceProvider": {"reference": self.org}}
        if svc:
            r["serviceType"] = {"text": svc}
        if end:
            r["period"]["end"] = end + ("T17:00:00-05:00" if len(end) == 10 else "")
        elif status == "finished":
            r["period"]["end"] = date + "T09:40:00-05:00" if len(date) == 10 else date
        if prac:
            r["participant"] = [{"individual": {"reference": self.pr[prac]}}]
        if reason:
            r["reasonCode"] = [reason]
        if admit or disp:
            r["hospitalization"] = {}
            if admit:
                r["hospitalization"]["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source",) + admit)
            if disp:
                r["hospitalization"]["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition",) + disp)
        return self.add(r, "enc")

    def cond(self, code, onset, status="active", abated=None, cat="problem-list-item", ver="confirmed", recorded=None, note=None, enc=None, severity=None, recorder=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                               "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
             "code": code, "subject": {"reference": self.pats}, "onsetDateTime": onset,
             "recordedDate": recorded or onset}
        if severity:
            r["severity"] = severity
        if abated:
            r["abatementDateTime"] = abated
        if note:
            r["note"] = [{"text": note}]
        if enc:
            r["encounter"] = {"reference": enc}
        if recorder:
            r["recorder"] = {"reference": self.pr[recorder]}
        return self.add(r, "cond")

    def obs(self, code, date, value=None, unit=None, low=None, high=None, interp="auto", cat="laboratory", enc=None,
            ucum=None, text_value=None, components=None, ref_text=None, note=None, status="final", method=None, performer=None):
        r = {"resourceType": "Observation", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/observation-category", cat,
                               {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                                "imaging": "Imaging", "procedure": "Procedure"}[cat]))],
             "code": code, "subject": {"reference": self.pats},
             "effectiveDateTime": date + ("T08:30:00-05:00" if len(date) == 10 else ""), "issued": (date if len(date) > 10 else date + "T14:00:00-05:00")}
        if value is not None:
            q = {"value": value}
            if unit is not None:
                q.update({"unit": unit, "system": SYS["ucum"], "code": ucum or unit})
            r["valueQuantity"] = q
        if text_value is not None:
            r["valueCodeableConcept"] = text_value if isinstance(text_value, dict) else {"text": text_value}
        if components:
            r["component"] = components
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": SYS["ucum"], "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": SYS["ucum"], "code": ucum or unit}
            if ref_text:
                rr["text"] = ref_text
            r["referenceRange"] = [rr]
        if interp == "auto" and value is not None and (low is not None or high is not None):
            interp = interp_of(value, low, high)
        if interp and interp != "auto":
            r["interpretation"] = [cc(("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", interp, IDISP[interp]))]
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        if performer:
            r["performer"] = [{"reference": self.pr[performer]}]
        return self.add(r, "obs")

    def lab(self, loinc, disp, date, value, unit, low=None, high=None, ucum=None, enc=None, interp="auto"):
        return self.obs(cc(("loinc", loinc, disp)), date, value, unit, low, high, enc=enc, ucum=ucum, interp=interp)

    def vitals(self, date, sbp, dbp, hr=None, wt=None, enc=None, temp=None):
        out = [self.obs(cc(("loinc", "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc, interp=None,
                        components=[{"code": cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}},
                                    {"code": cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": SYS["ucum"], "code": "mm[Hg]"}}])]
        if hr:
            out.append(self.obs(cc(("loinc", "8867-4", "Heart rate")), date, hr, "/min", cat="vital-signs", enc=enc, interp=None))
        if wt:
            out.append(self.obs(cc(("loinc", "29463-7", "Body weight")), date, wt, "kg", cat="vital-signs", enc=enc, interp=None))
        if temp:
            out.append(self.obs(cc(("loinc", "8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs", enc=enc, interp=None))
        return out

    def medreq(self, code, start, dose, status="active", intent="order", reason=None, prac=None, end=None, note=None):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent, "medicationCodeableConcept": code,
             "subject": {"reference": self.pats}, "authoredOn": start,
             "dosageInstruction": [{"text": dose}]}
        if status in ("active", "completed", "stopped") or end:
            r["dispenseRequest"] = {"validityPeriod": {"start": start, **({"end": end} if end else {})}}
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason}] if isinstance(reason, str) else [reason]
        if prac:
            r["requester"] = {"reference": self.pr[prac]}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "medrx")

    def medstmt(self, code, start, dose, status="active", end=None, reason=None, note=None):
        r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": code,
             "subject": {"reference": self.pats}, "effectivePeriod": {"start": start}, "dateAsserted": start,
             "dosage": [{"text": dose}]}
        if end:
            r["effectivePeriod"]["end"] = end
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "medst")

    def note(self, date, title, text, prac=None, enc=None, loinc=("11506-3", "Progress note")):
        r = {"resourceType": "DocumentReference", "status": "current", "docStatus": "final",
             "type": cc(("loinc",) + loinc), "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": {"reference": self.pats}, "date": date + "T16:00:00-05:00", "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "title": title,
                                         "data": base64.b64encode(text.strip().encode()).decode(), "creation": date}}]}
        if prac:
            r["author"] = [{"reference": self.pr[prac]}]
        if enc:
            r["context"] = {"encounter": [{"reference": enc}], "period": {"start": date}}
        return self.add(r, "doc")

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, prac=None, cat=None, note=None, priority="routine", performer_type=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "priority": priority, "code": code,
             "subject": {"reference": self.pats}, "authoredOn": authored}
        if cat:
            r["category"] = [cat]
        if occ:
            r["occurrenceDateTime"] = occ
        if reason:
            r["reasonReference" if isinstance(reason, str) else "reasonCode"] = [{"reference": reason}] if isinstance(reason, str) else [reason]
        if prac:
            r["requester"] = {"reference": self.pr[prac]}
        if note:
            r["note"] = [{"text": note}]
        if performer_type:
            r["performerType"] = performer_type
        return self.add(r, "sr")

    def proc(self, code, status, date=None, reason=None, prac=None, note=None, based_on=None, body=None):
        r = {"resourceType": "Procedure", "status": status, "code": code, "subject": {"reference": self.pats}}
        if date:
            r["performedDateTime"] = date
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if prac:
            r["performer"] = [{"actor": {"reference": self.pr[prac]}}]
        if note:
            r["note"] = [{"text": note}]
        if based_on:
            r["basedOn"] = [{"reference": based_on}]
        if body:
            r["bodySite"] = [body]
        return self.add(r, "proc")

    def careplan(self, title, cat, start, status="active", addresses=None, desc=None, activities=None, prac=None, intent="plan"):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "category": [cat], "title": title,
             "subject": {"reference": self.pats}, "period": {"start": start}, "created": start}
        if desc:
            r["description"] = desc
        if addresses:
            r["addresses"] = [{"reference": a} for a in addresses]
        if prac:
            r["author"] = {"reference": self.pr[prac]}
        if activities:
            r["activity"] = [{"detail": {"status": s, "description": d}} for d, s in activities]
        return self.add(r, "cp")

    def comm(self, sent, text, sender, recipient, status="completed", cat=None, about=None, medium=None):
        r = {"resourceType": "Communication", "status": status, "subject": {"reference": self.pats}, "sent": sent,
             "sender": {"reference": sender}, "recipient": [{"reference": recipient}], "payload": [{"contentString": text}]}
        if cat:
            r["category"] = [cat]
        if medium:
            r["medium"] = [medium]
        if about:
            r["about"] = [{"reference": about}]
        return self.add(r, "comm")

    def dr(self, code, date, conclusion, results=None, cat=("RAD", "Radiology"), prac=None, concl_code=None):
        r = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074",) + cat)], "code": code,
             "subject": {"reference": self.pats}, "effectiveDateTime": date, "issued": date + "T18:00:00-05:00", "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": x} for x in results]
        if prac:
            r["resultsInterpreter"] = [{"reference": self.pr[prac]}]
        if concl_code:
            r["conclusionCode"] = [concl_code]
        return self.add(r, "dr")

    def allergy(self, code, date, crit="low"):
        return self.add({"resourceType": "AllergyIntolerance",
                         "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                         "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                         "code": code, "patient": {"reference": self.pats}, "recordedDate": date, "criticality": crit}, "alg")

    def imm(self, cvx, disp, date):
        return self.add({"resourceType": "Immunization", "status": "completed",
                         "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, disp)), "patient": {"reference": self.pats},
                         "occurrenceDateTime": date, "primarySource": True}, "imm")

    def raw(self, r, suf):
        return self.add(r, suf)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}
