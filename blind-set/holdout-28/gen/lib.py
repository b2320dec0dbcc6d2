"""Small FHIR R4 builder used to write the case bundles."""
import base64

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LNC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
CC = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CV = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"


def c(system, code, display=None):
    d = {"system": system, "code": code}
    if display:
        d["display"] = display
    return d


def sct(code, display=None):
    return c(SCT, code, display)


def icd(code, display=None):
    return c(ICD, code, display)


def ln(code, display=None):
    return c(LNC, code, display)


def cpt(code, display=None):
    return c(CPT, code, display)


def hcpcs(code, display=None):
    return c(HCPCS, code, display)


def rx(code, display=None):
    return c(RXN, code, display)


def cc(*codings, text=None):
    d = {}
    if codings:
        d["coding"] = list(codings)
    if text:
        d["text"] = text
    elif codings and codings[0].get("display"):
        d["text"] = codings[0]["display"]
    return d


def txt(text):
    return {"text": text}


class B:
    def __init__(self, cid, base):
        self.cid = cid
        self.base = base.rstrip("/")
        self.entries = []
        self.n = {}
        self.pt = "Patient/" + cid

    def nid(self, kind):
        self.n[kind] = self.n.get(kind, 0) + 1
        return f"{self.cid}-{kind}-{self.n[kind]}"

    def add(self, r, kind=None, rid=None):
        rt = r["resourceType"]
        if rid is None:
            rid = self.nid(kind or rt.lower()[:6])
        r = {"resourceType": rt, "id": rid, **{k: v for k, v in r.items() if k != "resourceType"}}
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---- administrative -------------------------------------------------
    def org(self, name, kind="prov", ident=None, addr=None, phone=None):
        r = {"resourceType": "Organization", "active": True, "name": name,
             "type": [cc(c("http://terminology.hl7.org/CodeSystem/organization-type", kind,
                           {"prov": "Healthcare Provider", "pay": "Payer", "dept": "Hospital Department",
                            "other": "Other"}[kind]))]}
        if ident:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": ident}]
        if addr:
            r["address"] = [addr]
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone}]
        return self.add(r, "org")

    def prac(self, family, given, prefix="Dr.", npi=None, suffix=None):
        r = {"resourceType": "Practitioner", "active": True,
             "name": [{"family": family, "given": given.split(), "prefix": [prefix] if prefix else []}]}
        if suffix:
            r["name"][0]["suffix"] = [suffix]
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        return self.add(r, "prac")

    def patient(self, family, given, gender, birth, mrn_system, mrn, addr, phone=None, org=None,
                extra_ids=None, marital=None, lang="en"):
        ids = [{"use": "usual", "type": cc(c("http://terminology.hl7.org/CodeSystem/v2-0203", "MR",
                                            "Medical record number")),
                "system": mrn_system, "value": mrn}]
        for e in extra_ids or []:
            ids.append(e)
        r = {"resourceType": "Patient", "identifier": ids, "active": True,
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "gender": gender, "birthDate": birth, "address": [addr],
             "communication": [{"language": cc(c("urn:ietf:bcp:47", lang,
                                                {"en": "English", "es": "Spanish", "vi": "Vietnamese"}.get(lang, lang))),
                                "preferred": True}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "home"}]
        if marital:
            r["maritalStatus"] = cc(c("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                      {"M": "Married", "S": "Never Married", "D": "Divorced", "W": "Widowed"}[marital]))
        if org:
            r["managingOrganization"] = {"reference": org}
        return self.add(r, rid=self.cid)

    def coverage(self, payor, type_text, member, start, rel="self", plan=None):
        r = {"resourceType": "Coverage", "status": "active", "type": txt(type_text),
             "subscriberId": member, "beneficiary": {"reference": self.pt},
             "relationship": cc(c("http://terminology.hl7.org/CodeSystem/subscriber-relationship", rel, rel.capitalize())),
             "period": {"start": start}, "payor": [{"reference": payor}]}
        if plan:
            r["class"] = [{"type": cc(c("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                           "value": plan}]
        return self.add(r, "cov")

    # ---- clinical --------------------------------------------------------
    def enc(self, start, cls="AMB", type_=None, prac=None, org=None, reason=None, end=None, dx=None,
            status="finished", service=None):
        names = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                 "HH": "home health", "SS": "short stay"}
        r = {"resourceType": "Encounter", "status": status, "class": c(ACT, cls, names[cls]),
             "subject": {"reference": self.pt}, "period": {"start": start}}
        if end or status == "finished":
            r["period"]["end"] = end or start
        if type_:
            r["type"] = [type_]
        if service:
            r["serviceType"] = service
        if prac:
            r["participant"] = [{"individual": {"reference": prac}}]
        if org:
            r["serviceProvider"] = {"reference": org}
        if reason:
            r["reasonCode"] = [reason]
        if dx:
            r["diagnosis"] = [{"condition": {"reference": d}, "rank": i + 1} for i, d in enumerate(dx)]
        return self.add(r, "enc")

    def cond(self, code, status="active", onset=None, recorded=None, cat="problem-list-item", abated=None,
             ver="confirmed", note=None, enc=None, asserter=None, body=None, severity=None, stage=None):
        r = {"resourceType": "Condition",
             "clinicalStatus": cc(c(CC, status)),
             "verificationStatus": cc(c(CV, ver)),
             "category": [cc(c(CCAT, cat, {"problem-list-item": "Problem List Item",
                                           "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
             "code": code, "subject": {"reference": self.pt}}
        if severity:
            r["severity"] = severity
        if body:
            r["bodySite"] = [body]
        if enc:
            r["encounter"] = {"reference": enc}
        if onset:
            r["onsetDateTime"] = onset
        if abated:
            r["abatementDateTime"] = abated
        r["recordedDate"] = recorded or onset
        if asserter:
            r["asserter"] = {"reference": asserter}
        if stage:
            r["stage"] = [{"summary": stage}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "cond")

    def obs(self, code, date, value=None, unit=None, low=None, high=None, interp="auto", cat="laboratory",
            enc=None, string=None, vcc=None, comps=None, note=None, perf=None, body=None, method=None,
            status="final", rr_text=None):
        r = {"resourceType": "Observation", "status": status,
             "category": [cc(c(OCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                           "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                           "procedure": "Procedure", "social-history": "Social History",
                                           "therapy": "Therapy"}[cat]))],
             "code": code, "subject": {"reference": self.pt}, "effectiveDateTime": date}
        if enc:
            r["encounter"] = {"reference": enc}
        if perf:
            r["performer"] = [{"reference": perf}]
        if value is not None:
            q = {"value": value}
            if unit:
                q.update({"unit": unit, "system": UCUM, "code": unit})
            r["valueQuantity"] = q
        elif string is not None:
            r["valueString"] = string
        elif vcc is not None:
            r["valueCodeableConcept"] = vcc
        if comps:
            r["component"] = comps
        if body:
            r["bodySite"] = body
        if method:
            r["method"] = method
        if low is not None or high is not None or rr_text:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": unit} if unit else {"value": low}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": unit} if unit else {"value": high}
            if rr_text:
                rr["text"] = rr_text
            r["referenceRange"] = [rr]
        if interp == "auto" and value is not None and (low is not None or high is not None):
            code_ = "N"
            if low is not None and value < low:
                code_ = "L"
            if high is not None and value > high:
                code_ = "H"
            interp = code_
        if interp and interp != "auto":
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                    "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}[interp]
            r["interpretation"] = [cc(c(INTERP, interp, disp))]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "obs")

    def vitals(self, date, enc, sbp, dbp, hr, wt=None, temp=None, spo2=None, rr_=None, bmi=None):
        refs = []
        refs.append(self.obs(cc(ln("85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs",
                             enc=enc, interp=None,
                             comps=[{"code": cc(ln("8480-6", "Systolic blood pressure")),
                                     "valueQuantity": {"value": sbp, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}},
                                    {"code": cc(ln("8462-4", "Diastolic blood pressure")),
                                     "valueQuantity": {"value": dbp, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}}]))
        refs.append(self.obs(cc(ln("8867-4", "Heart rate")), date, hr, "/min", cat="vital-signs", enc=enc, interp=None))
        if wt is not None:
            refs.append(self.obs(cc(ln("29463-7", "Body weight")), date, wt, "kg", cat="vital-signs", enc=enc, interp=None))
        if temp is not None:
            refs.append(self.obs(cc(ln("8310-5", "Body temperature")), date, temp, "Cel", cat="vital-signs", enc=enc, interp=None))
        if spo2 is not None:
            refs.append(self.obs(cc(ln("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2, "%",
                                 cat="vital-signs", enc=enc, interp=None))
        if rr_ is not None:
            refs.append(self.obs(cc(ln("9279-1", "Respiratory rate")), date, rr_, "/min", cat="vital-signs", enc=enc, interp=None))
        if bmi is not None:
            refs.append(self.obs(cc(ln("39156-5", "Body mass index (BMI) [Ratio]")), date, bmi, "kg/m2", cat="vital-signs",
                                 enc=enc, interp=None))
        return refs

    def lab(self, loinc, disp, date, value, unit, low=None, high=None, enc=None, interp="auto", note=None):
        return self.obs(cc(ln(loinc, disp)), date, value, unit, low, high, interp=interp, enc=enc, note=note)

    def cbc(self, date, enc, hb, wbc, plt, mcv=None, anc=None, sex="M", report=True, conclusion=None):
        hb_lo, hb_hi = (13.2, 16.6) if sex == "M" else (11.6, 15.0)
        refs = [self.lab("718-7", "Hemoglobin [Mass/volume] in Blood", date, hb, "g/dL", hb_lo, hb_hi, enc),
                self.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", date, wbc, "10*3/uL", 3.4, 9.6, enc),
                self.lab("777-3", "Platelets [#/volume] in Blood by Automated count", date, plt, "10*3/uL", 135, 317, enc)]
        if mcv is not None:
            refs.append(self.lab("787-2", "MCV [Entitic volume] by Automated count", date, mcv, "fL", 78.2, 97.9, enc))
        if anc is not None:
            refs.append(self.lab("751-8", "Neutrophils [#/volume] in Blood by Automated count", date, anc, "10*3/uL", 1.56, 6.45, enc))
        if report:
            self.dr(cc(ln("58410-2", "CBC panel - Blood by Automated count")), date, refs, enc=enc, conclusion=conclusion)
        return refs

    def dr(self, code, date, results=None, enc=None, conclusion=None, cat="LAB", status="final", perf=None,
           concl_codes=None):
        catname = {"LAB": "Laboratory", "RAD": "Radiology", "PAT": "Pathology (gross & histopath, not surgical)",
                   "HM": "Hematology", "AUD": "Audiology", "OPH": "Ophthalmology", "OTH": "Other", "CG": "Cytogenetics",
                   "PHY": "Physician", "CUS": "Cardiac Ultrasound", "SP": "Surgical Pathology", "OUS": "OB Ultrasound",
                   "RUS": "Radiology Ultrasound", "CT": "CAT Scan", "NMR": "Nuclear Magnetic Resonance",
                   "PF": "Pulmonary Function", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)"}[cat]
        r = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(c("http://terminology.hl7.org/CodeSystem/v2-0074", cat, catname))],
             "code": code, "subject": {"reference": self.pt}, "effectiveDateTime": date, "issued": date + "T17:00:00Z"
             if len(date) == 10 else date}
        if enc:
            r["encounter"] = {"reference": enc}
        if perf:
            r["performer"] = [{"reference": perf}]
        if results:
            r["result"] = [{"reference": x} for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if concl_codes:
            r["conclusionCode"] = concl_codes
        return self.add(r, "dr")

    def note(self, date, text, type_=("11506-3", "Progress note"), author=None, enc=None, title=None, status="current"):
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        r = {"resourceType": "DocumentReference", "status": status, "docStatus": "final",
             "type": cc(ln(*type_)),
             "category": [cc(c("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                               "clinical-note", "Clinical Note"))],
             "subject": {"reference": self.pt}, "date": date if "T" in date else date + "T16:00:00Z",
             "content": [{"attachment": {"contentType": "text/plain", "data": data,
                                         "title": title or type_[1], "creation": date if "T" in date else date + "T16:00:00Z"}}]}
        if author:
            r["author"] = [{"reference": author}]
        if enc:
            r["context"] = {"encounter": [{"reference": enc}]}
        return self.add(r, "doc")

    def medreq(self, med, authored, dose_text, status="active", intent="order", requester=None, reason=None,
               start=None, end=None, enc=None, note=None, category="outpatient"):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "category": [cc(c("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category,
                               category.capitalize()))],
             "medicationCodeableConcept": med, "subject": {"reference": self.pt}, "authoredOn": authored,
             "dosageInstruction": [{"text": dose_text}]}
        if start or end:
            bp = {}
            if start:
                bp["start"] = start
            if end:
                bp["end"] = end
            r["dosageInstruction"][0]["timing"] = {"repeat": {"boundsPeriod": bp}}
        if requester:
            r["requester"] = {"reference": requester}
        if reason:
            r["reasonReference"] = [{"reference": x} for x in (reason if isinstance(reason, list) else [reason])]
        if enc:
            r["encounter"] = {"reference": enc}
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "medrq")

    def medstmt(self, med, start, status="active", end=None, dose_text=None, reason=None, note=None, asserted=None):
        r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": med,
             "subject": {"reference": self.pt}, "effectivePeriod": {"start": start}}
        if end:
            r["effectivePeriod"]["end"] = end
        if asserted:
            r["dateAsserted"] = asserted
        if dose_text:
            r["dosage"] = [{"text": dose_text}]
        if reason:
            r["reasonReference"] = [{"reference": x} for x in (reason if isinstance(reason, list) else [reason])]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "medst")

    def proc(self, code, status="completed", date=None, reason=None, performer=None, enc=None, note=None,
             body=None, outcome=None, cat=None):
        r = {"resourceType": "Procedure", "status": status, "code": code, "subject": {"reference": self.pt}}
        if cat:
            r["category"] = cat
        if date:
            r["performedDateTime"] = date
        if enc:
            r["encounter"] = {"reference": enc}
        if performer:
            r["performer"] = [{"actor": {"reference": performer}}]
        if reason:
            r["reasonReference"] = [{"reference": x} for x in (reason if isinstance(reason, list) else [reason])]
        if body:
            r["bodySite"] = [body]
        if outcome:
            r["outcome"] = txt(outcome)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "proc")

    def sr(self, code, authored, status="active", intent="order", when=None, reason=None, requester=None,
           performer=None, note=None, priority="routine", cat=None, enc=None, reason_code=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "priority": priority,
             "code": code, "subject": {"reference": self.pt}, "authoredOn": authored}
        if cat:
            r["category"] = [cat]
        if when:
            r["occurrenceDateTime"] = when
        if enc:
            r["encounter"] = {"reference": enc}
        if requester:
            r["requester"] = {"reference": requester}
        if performer:
            r["performer"] = [{"reference": performer}]
        if reason:
            r["reasonReference"] = [{"reference": x} for x in (reason if isinstance(reason, list) else [reason])]
        if reason_code:
            r["reasonCode"] = [reason_code]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r, "sr")

    def careplan(self, title, cat, start, status="active", intent="plan", addresses=None, activities=None,
                 author=None, desc=None, end=None):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "category": [cat], "title": title,
             "subject": {"reference": self.pt}, "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if desc:
            r["description"] = desc
        if author:
            r["author"] = {"reference": author}
        if addresses:
            r["addresses"] = [{"reference": x} for x in addresses]
        if activities:
            r["activity"] = [{"detail": a} for a in activities]
        return self.add(r, "cp")

    def appt(self, start, desc, status="booked", reason=None, practitioner=None, based_on=None, minutes=60):
        from datetime import datetime, timedelta
        s = datetime.fromisoformat(start.replace("Z", "+00:00"))
        e = s + timedelta(minutes=minutes)
        parts = [{"actor": {"reference": self.pt}, "status": "accepted"}]
        if practitioner:
            parts.append({"actor": {"reference": practitioner}, "status": "accepted"})
        r = {"resourceType": "Appointment", "status": status, "description": desc,
             "start": s.strftime("%Y-%m-%dT%H:%M:%SZ"), "end": e.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "participant": parts}
        if reason:
            r["reasonReference"] = [{"reference": reason}]
        if based_on:
            r["basedOn"] = [{"reference": based_on}]
        return self.add(r, "appt")

    def comm(self, sent, text, sender, recipient, status="completed", cat=None, about=None, in_resp=None):
        r = {"resourceType": "Communication", "status": status, "subject": {"reference": self.pt},
             "sent": sent, "sender": {"reference": sender}, "recipient": [{"reference": recipient}],
             "payload": [{"contentString": text}]}
        if cat:
            r["category"] = [cat]
        if about:
            r["about"] = [{"reference": about}]
        if in_resp:
            r["inResponseTo"] = [{"reference": in_resp}]
        return self.add(r, "comm")

    def qr(self, questionnaire, authored, items, author=None, status="completed"):
        r = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": status,
             "subject": {"reference": self.pt}, "authored": authored,
             "author": {"reference": author or self.pt}, "source": {"reference": self.pt}, "item": items}
        return self.add(r, "qr")

    def flag(self, code, start, author, status="active", cat="clinical"):
        r = {"resourceType": "Flag", "status": status,
             "category": [cc(c("http://terminology.hl7.org/CodeSystem/flag-category", cat,
                               {"clinical": "Clinical", "admin": "Administrative", "behavioral": "Behavioral",
                                "safety": "Safety"}[cat]))],
             "code": code, "subject": {"reference": self.pt}, "period": {"start": start},
             "author": {"reference": author}}
        return self.add(r, "flag")

    def impression(self, date, summary, assessor=None, problems=None, status="completed", findings=None):
        r = {"resourceType": "ClinicalImpression", "status": status, "subject": {"reference": self.pt},
             "effectiveDateTime": date, "date": date, "summary": summary}
        if assessor:
            r["assessor"] = {"reference": assessor}
        if problems:
            r["problem"] = [{"reference": x} for x in problems]
        if findings:
            r["finding"] = [{"itemCodeableConcept": f} for f in findings]
        return self.add(r, "ci")

    def allergy(self, code, recorded, reaction=None):
        r = {"resourceType": "AllergyIntolerance",
             "clinicalStatus": cc(c("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active")),
             "verificationStatus": cc(c("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed")),
             "code": code, "patient": {"reference": self.pt}, "recordedDate": recorded}
        if reaction:
            r["reaction"] = [{"manifestation": [txt(reaction)]}]
        return self.add(r, "alg")

    def nka(self, recorded):
        return self.allergy(cc(sct("716186003", "No known allergy")), recorded)

    def imm(self, cvx, disp, date):
        r = {"resourceType": "Immunization", "status": "completed",
             "vaccineCode": cc(c("http://hl7.org/fhir/sid/cvx", cvx, disp)),
             "patient": {"reference": self.pt}, "occurrenceDateTime": date, "primarySource": True}
        return self.add(r, "imm")

    def smoking(self, date, code, disp):
        return self.obs(cc(ln("72166-2", "Tobacco smoking status")), date, vcc=cc(sct(code, disp)),
                        cat="social-history", interp=None)
