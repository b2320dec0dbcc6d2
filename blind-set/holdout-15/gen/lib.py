import base64, json, zlib
def h(x): return zlib.crc32(x.encode())

SCT = "http://snomed.info/sct"; ICD = "http://hl7.org/fhir/sid/icd-10-cm"; CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"; LOINC = "http://loinc.org"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"; NCIT = "http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl"
UCUM = "http://unitsofmeasure.org"; INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"

ORGS = {
 "va-np": dict(name="VA Northern Plains Health Care System", base="https://fhir.vanorthernplains.example.org/r4", city="Fargo", state="ND", kind="va", local="https://fhir.vanorthernplains.example.org/CodeSystem/vista-local"),
 "va-cb": dict(name="Chesapeake Bay VA Medical Center", base="https://ehr.chesapeakeva.example.org/fhir/r4", city="Perry Point", state="MD", kind="va", local="https://ehr.chesapeakeva.example.org/CodeSystem/local"),
 "va-sd": dict(name="Sonoran Desert VA Health Care System", base="https://fhir.sonoranva.example.org/api/r4", city="Tucson", state="AZ", kind="va", local="https://fhir.sonoranva.example.org/CodeSystem/vista"),
 "va-gl": dict(name="Great Lakes River VA Medical Center", base="https://fhir.glrvamc.example.org/r4", city="Dayton", state="OH", kind="va", local="https://fhir.glrvamc.example.org/CodeSystem/local-codes"),
 "ac-ls": dict(name="Lakeshore University Medical Center", base="https://fhir.lakeshoreumc.example.org/r4", city="Chicago", state="IL", kind="acad", local="https://fhir.lakeshoreumc.example.org/CodeSystem/eap"),
 "ac-hv": dict(name="Hudson Valley Academic Health System", base="https://api.hudsonvalleyhealth.example.org/fhir/R4", city="New York", state="NY", kind="acad", local="https://api.hudsonvalleyhealth.example.org/CodeSystem/proc"),
 "ac-bv": dict(name="Bayview University Hospital", base="https://fhir.bayviewuh.example.org/r4", city="San Francisco", state="CA", kind="acad", local="https://fhir.bayviewuh.example.org/CodeSystem/local"),
 "ac-cu": dict(name="Cumberland University Medical Center", base="https://fhir.cumberlandumc.example.org/r4", city="Nashville", state="TN", kind="acad", local="https://fhir.cumberlandumc.example.org/CodeSystem/local"),
 "on-pd": dict(name="Piedmont Oncology & Infusion Associates", base="https://fhir.piedmontoncology.example.org/r4", city="Greensboro", state="NC", kind="onc", local="https://fhir.piedmontoncology.example.org/CodeSystem/regimen"),
 "on-ds": dict(name="Desert Sky Cancer Care", base="https://fhir.desertskycancer.example.org/r4", city="Albuquerque", state="NM", kind="onc", local="https://fhir.desertskycancer.example.org/CodeSystem/local"),
 "on-rb": dict(name="Riverbend Hematology Oncology, PC", base="https://fhir.riverbendhemonc.example.org/r4", city="St. Louis", state="MO", kind="onc", local="https://fhir.riverbendhemonc.example.org/CodeSystem/local"),
 "on-gc": dict(name="Gulf Coast Infusion & Cancer Specialists", base="https://fhir.gulfcoastinfusion.example.org/r4", city="Tampa", state="FL", kind="onc", local="https://fhir.gulfcoastinfusion.example.org/CodeSystem/local"),
}

def cc(*codings, text=None):
    out = {"coding": [{"system": s, "code": c, "display": d} for (s, c, d) in codings]}
    if text: out["text"] = text
    if not codings: out = {"text": text}
    return out

def ref(r): return {"reference": f"{r['resourceType']}/{r['id']}"}

def ts(d):
    return d if "T" in d else d + "T09:00:00-05:00"

class Case:
    def __init__(self, cid, orgkey):
        self.cid = cid; self.o = ORGS[orgkey]; self.entries = []; self.n = {}
        self.org = self.add("Organization", {"name": self.o["name"], "active": True,
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": str(1000000000 + h(orgkey) % 899999999)}],
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "address": [{"city": self.o["city"], "state": self.o["state"], "country": "US"}]}, "org")
        self.pat = None; self.enc_last = None

    def add(self, rt, body, short=None):
        short = short or rt.lower()[:5]
        k = self.n.get(short, 0) + 1; self.n[short] = k
        rid = f"{self.cid}-{short}-{k}"
        r = {"resourceType": rt, "id": rid}; r.update(body)
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{rid}", "resource": r, "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return r

    def patient(self, given, family, gender, dob, mrn, line="", extra_ids=None, marital="M", lang="en"):
        ids = [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                "system": self.o["base"].rsplit("/", 1)[0] + "/identifiers/mrn", "value": mrn}]
        if self.o["kind"] == "va":
            ids.append({"use": "official", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "NI", "National unique individual identifier"), text="ICN"),
                        "system": "urn:oid:2.16.840.1.113883.4.349", "value": f"10{mrn[-6:]}{len(family)}V{str(h(mrn))[:6]}"})
        ids += extra_ids or []
        r = {"resourceType": "Patient", "id": self.cid, "identifier": ids, "active": True,
             "name": [{"use": "official", "family": family, "given": given.split()}], "gender": gender, "birthDate": dob,
             "address": [{"use": "home", "line": [line or "100 Main St"], "city": self.o["city"], "state": self.o["state"], "country": "US"}],
             "maritalStatus": cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital, {"M": "Married", "S": "Never Married", "D": "Divorced", "W": "Widowed"}[marital])),
             "communication": [{"language": cc(("urn:ietf:bcp:47", lang, "English" if lang == "en" else "Spanish"))}],
             "managingOrganization": ref(self.org)}
        self.entries.insert(1, {"fullUrl": f"{self.o['base']}/Patient/{self.cid}", "resource": r, "request": {"method": "PUT", "url": f"Patient/{self.cid}"}})
        self.pat = r
        return r

    def prac(self, given, family, prefix="Dr.", qual=None, npi=None):
        b = {"active": True, "name": [{"family": family, "given": given.split(), "prefix": [prefix] if prefix else []}]}
        if qual: b["qualification"] = [{"code": cc(text=qual)}]
        b["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi or str(1200000000 + h(given + family) % 799999999)}]
        return self.add("Practitioner", b, "prac")

    def payer(self, name):
        return self.add("Organization", {"name": name, "active": True, "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))]}, "payer")

    def coverage(self, sopt, sopt_disp, payor, member, start="2020-01-01", plan=None):
        b = {"status": "active", "type": cc(("https://nahdo.org/sopt", sopt, sopt_disp)), "subscriberId": member,
             "beneficiary": ref(self.pat), "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
             "period": {"start": start}, "payor": [ref(payor)]}
        if plan: b["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan[0], "name": plan[1]}]
        return self.add("Coverage", b, "cov")

    def enc(self, start, type_text, who=None, cls="AMB", end=None, reason=None, status="finished", priority=None, admit=None, codes=(), service=None, discharge=None):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}[cls]
        b = {"status": status, "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": clsd},
             "type": [cc(*codes, text=type_text)], "subject": ref(self.pat),
             "period": {"start": ts(start)}, "serviceProvider": ref(self.org)}
        if end: b["period"]["end"] = ts(end)
        elif status == "finished": b["period"]["end"] = ts(start).replace("T09:00", "T09:40")
        if who: b["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF", "primary performer"))], "individual": ref(who)}]
        if reason: b["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if priority: b["priority"] = cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", priority, {"EL": "elective", "EM": "emergency", "R": "routine", "UR": "urgent"}[priority]))
        if admit or discharge:
            b["hospitalization"] = {}
            if admit: b["hospitalization"]["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit, {"emd": "From accident/emergency department", "outp": "From outpatient department", "gp": "General Practitioner referral"}[admit]))
            if discharge: b["hospitalization"]["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", discharge, {"home": "Home", "rehab": "Rehabilitation", "hosp": "Hospice"}[discharge]))
        if service: b["serviceType"] = cc(text=service)
        r = self.add("Encounter", b, "enc"); self.enc_last = r
        return r

    def cond(self, code, onset, status="active", abated=None, cat="problem-list-item", recorded=None, ver="confirmed", enc=None, note=None, severity=None, who=None, bodysite=None):
        b = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat, {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
             "code": code, "subject": ref(self.pat)}
        if onset: b["onsetDateTime"] = onset
        if abated: b["abatementDateTime"] = abated
        b["recordedDate"] = recorded or onset
        if enc: b["encounter"] = ref(enc)
        if who: b["recorder"] = ref(who)
        if note: b["note"] = [{"text": note}]
        if severity: b["severity"] = cc(text=severity)
        if bodysite: b["bodySite"] = [cc(text=bodysite)]
        return self.add("Condition", b, "cond")

    def obs(self, code, date, value=None, unit=None, lo=None, hi=None, interp=None, cat="laboratory", enc=None, text=None, vstr=None, vcc=None, ucum=None, comps=None, note=None, reftext=None, perf=None, status="final"):
        if isinstance(code, tuple): code = cc((LOINC, code[0], code[1]))
        catd = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History"}[cat]
        b = {"status": status, "category": [cc(("http://terminology.hl7.org/CodeSystem/observation-category", cat, catd))],
             "code": code, "subject": ref(self.pat), "effectiveDateTime": ts(date)}
        if date: b["issued"] = ts(date).replace("T09:00", "T14:30")
        if enc: b["encounter"] = ref(enc)
        if perf: b["performer"] = [ref(perf)]
        if value is not None:
            q = {"value": value}
            if unit is not None:
                q["unit"] = unit; q["system"] = UCUM; q["code"] = ucum or unit
            b["valueQuantity"] = q
        if vstr is not None: b["valueString"] = vstr
        if vcc is not None: b["valueCodeableConcept"] = vcc
        if comps: b["component"] = comps
        if lo is not None or hi is not None or reftext:
            rr = {}
            if lo is not None: rr["low"] = {"value": lo, "unit": unit, "system": UCUM, "code": ucum or unit}
            if hi is not None: rr["high"] = {"value": hi, "unit": unit, "system": UCUM, "code": ucum or unit}
            if reftext: rr["text"] = reftext
            b["referenceRange"] = [rr]
        if interp is None and value is not None and (lo is not None or hi is not None):
            interp = "H" if (hi is not None and value > hi) else "L" if (lo is not None and value < lo) else "N"
        if interp:
            b["interpretation"] = [cc((INTERP, interp, {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}[interp]))]
        if note: b["note"] = [{"text": note}]
        return self.add("Observation", b, "obs")

    def vitals(self, date, enc, sbp, dbp, hr, wt=None, spo2=None, temp=None, bmi=None, rr=None):
        out = [self.obs(cc((LOINC, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc, comps=[
            {"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
            {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}])]
        out.append(self.obs(("8867-4", "Heart rate"), date, hr, "/min", cat="vital-signs", enc=enc))
        if wt: out.append(self.obs(("29463-7", "Body weight"), date, wt, "kg", cat="vital-signs", enc=enc))
        if bmi: out.append(self.obs(("39156-5", "Body mass index (BMI) [Ratio]"), date, bmi, "kg/m2", cat="vital-signs", enc=enc, ucum="kg/m2"))
        if spo2: out.append(self.obs(("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), date, spo2, "%", cat="vital-signs", enc=enc))
        if temp: out.append(self.obs(("8310-5", "Body temperature"), date, temp, "Cel", cat="vital-signs", enc=enc))
        if rr: out.append(self.obs(("9279-1", "Respiratory rate"), date, rr, "/min", cat="vital-signs", enc=enc))
        return out

    def med(self, code, text, authored, status="active", intent="order", dose=None, who=None, reason=None, enc=None, note=None, kind="MedicationRequest", period=None, category=None):
        mcc = code if isinstance(code, dict) else (cc((RX, code, text), text=text) if code else cc(text=text))
        if kind == "MedicationStatement":
            b = {"status": status, "medicationCodeableConcept": mcc, "subject": ref(self.pat), "dateAsserted": ts(authored)}
            if period: b["effectivePeriod"] = period
            if dose: b["dosage"] = [{"text": dose}]
            if reason: b["reasonReference"] = [ref(reason)]
            if note: b["note"] = [{"text": note}]
            return self.add("MedicationStatement", b, "mst")
        b = {"status": status, "intent": intent, "medicationCodeableConcept": mcc, "subject": ref(self.pat), "authoredOn": ts(authored)}
        if category: b["category"] = [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category, category.capitalize()))]
        if who: b["requester"] = ref(who)
        if enc: b["encounter"] = ref(enc)
        if reason: b["reasonReference"] = [ref(reason)]
        if dose: b["dosageInstruction"] = [{"text": dose}]
        if note: b["note"] = [{"text": note}]
        if period: b["dispenseRequest"] = {"validityPeriod": period}
        return self.add("MedicationRequest", b, "medrx")

    def sr(self, code, authored, status="active", intent="order", occ=None, who=None, reason=None, performer=None, note=None, cat=None, enc=None, priority=None, occ_period=None):
        b = {"status": status, "intent": intent, "code": code, "subject": ref(self.pat), "authoredOn": ts(authored)}
        if cat: b["category"] = [cat]
        if priority: b["priority"] = priority
        if occ: b["occurrenceDateTime"] = ts(occ)
        if occ_period: b["occurrencePeriod"] = occ_period
        if who: b["requester"] = ref(who)
        if performer: b["performer"] = [ref(performer)]
        if reason: b["reasonReference"] = [ref(x) for x in (reason if isinstance(reason, list) else [reason])]
        if enc: b["encounter"] = ref(enc)
        if note: b["note"] = [{"text": note}]
        return self.add("ServiceRequest", b, "sr")

    def proc(self, code, date, status="completed", who=None, reason=None, note=None, enc=None, based=None, outcome=None):
        b = {"status": status, "code": code, "subject": ref(self.pat)}
        if date: b["performedDateTime"] = ts(date)
        if who: b["performer"] = [{"actor": ref(who)}]
        if reason: b["reasonReference"] = [ref(x) for x in (reason if isinstance(reason, list) else [reason])]
        if enc: b["encounter"] = ref(enc)
        if based: b["basedOn"] = [ref(based)]
        if note: b["note"] = [{"text": note}]
        if outcome: b["outcome"] = cc(text=outcome)
        return self.add("Procedure", b, "proc")

    def note(self, loinc, disp, title, date, author, text, enc=None, status="current"):
        b = {"status": status, "docStatus": "final", "type": cc((LOINC, loinc, disp)),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": ref(self.pat), "date": ts(date), "author": [ref(author)], "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": "en-US", "title": title, "creation": ts(date),
                                          "data": base64.b64encode(text.strip().encode()).decode()}}]}
        if enc: b["context"] = {"encounter": [ref(enc)], "period": {"start": ts(date)}}
        return self.add("DocumentReference", b, "doc")

    def report(self, code, date, conclusion, results=(), cat="RAD", who=None, enc=None, status="final"):
        b = {"status": status, "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat, {"RAD": "Radiology", "LAB": "Laboratory", "PAT": "Pathology (gross & histopath, not surgical)", "CUS": "Cardiac Ultrasound", "PF": "Pulmonary Function", "SP": "Surgical Pathology", "OTH": "Other"}[cat]))],
             "code": code, "subject": ref(self.pat), "effectiveDateTime": ts(date), "issued": ts(date).replace("T09:00", "T16:00"), "conclusion": conclusion}
        if results: b["result"] = [ref(r) for r in results]
        if who: b["performer"] = [ref(who)]
        if enc: b["encounter"] = ref(enc)
        return self.add("DiagnosticReport", b, "dr")

    def careplan(self, title, status, start, end=None, cat=None, addresses=(), activities=(), who=None, desc=None, intent="plan", note=None):
        b = {"status": status, "intent": intent, "title": title, "subject": ref(self.pat), "period": {"start": start}, "created": ts(start)}
        if end: b["period"]["end"] = end
        if cat: b["category"] = [cat]
        if desc: b["description"] = desc
        if addresses: b["addresses"] = [ref(a) for a in addresses]
        if who: b["author"] = ref(who)
        if activities: b["activity"] = [{"reference": ref(a)} if isinstance(a, dict) and "resourceType" in a else {"detail": a} for a in activities]
        if note: b["note"] = [{"text": note}]
        return self.add("CarePlan", b, "cp")

    def comm(self, sent, sender, recipient, text, reply_to=None, topic=None, medium="portal", status="completed", received=None):
        b = {"status": status, "subject": ref(self.pat), "sent": ts(sent), "sender": ref(sender), "recipient": [ref(recipient)],
             "payload": [{"contentString": text}],
             "medium": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT", "email"), text="Secure message (patient portal)")]}
        if received: b["received"] = ts(received)
        if reply_to: b["inResponseTo"] = [ref(reply_to)]
        if topic: b["topic"] = cc(text=topic)
        return self.add("Communication", b, "comm")

    def qr(self, questionnaire, authored, items, author=None, status="completed", enc=None):
        b = {"questionnaire": questionnaire, "status": status, "subject": ref(self.pat), "authored": ts(authored),
             "author": ref(author or self.pat), "source": ref(self.pat), "item": items}
        if enc: b["encounter"] = ref(enc)
        return self.add("QuestionnaireResponse", b, "qr")

    def impression(self, date, assessor, summary, problems=(), desc=None, status="completed", enc=None, findings=()):
        b = {"status": status, "subject": ref(self.pat), "date": ts(date), "effectiveDateTime": ts(date), "assessor": ref(assessor), "summary": summary}
        if desc: b["description"] = desc
        if problems: b["problem"] = [ref(p) for p in problems]
        if enc: b["encounter"] = ref(enc)
        if findings: b["finding"] = [{"itemCodeableConcept": f} if "resourceType" not in f else {"itemReference": ref(f)} for f in findings]
        return self.add("ClinicalImpression", b, "ci")

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

# common codes
def ccs(sct=None, icd=None, text=None, cpt=None, hcpcs=None, local=None, loinc=None, ncit=None):
    cods = []
    if sct: cods.append((SCT,) + sct)
    if icd: cods.append((ICD,) + icd)
    if cpt: cods.append((CPT,) + cpt)
    if hcpcs: cods.append((HCPCS,) + hcpcs)
    if loinc: cods.append((LOINC,) + loinc)
    if ncit: cods.append((NCIT,) + ncit)
    if local: cods.append(local)
    return cc(*cods, text=text)
