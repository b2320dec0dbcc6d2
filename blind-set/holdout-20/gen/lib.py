"""Small helpers that build FHIR R4 resources for the held-out set."""
import base64

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LNC = "http://loinc.org"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"

ORGS = {
    "cascadia": dict(base="https://fhir.cascadiapermanente.org/r4", name="Cascadia Permanente Medical Group",
                     plan="Cascadia Health Plan of Washington", city="Tacoma", state="WA", zip="98405", tz=-8,
                     mrn="https://cascadiapermanente.org/fhir/sid/mrn", local="https://cascadiapermanente.org/fhir/CodeSystem/local"),
    "sierra": dict(base="https://api.sierravalleyhealth.org/fhir/R4", name="Sierra Valley Medical Group",
                   plan="Sierra Valley Health Plan", city="Sacramento", state="CA", zip="95816", tz=-8,
                   mrn="urn:oid:1.3.6.1.4.1.54392.10.1", local="https://sierravalleyhealth.org/codes"),
    "greatlakes": dict(base="https://ehr.greatlakesintegrated.org/fhir/r4", name="Great Lakes Integrated Health Medical Group",
                       plan="Great Lakes Integrated Health Plan", city="Toledo", state="OH", zip="43604", tz=-5,
                       mrn="https://greatlakesintegrated.org/id/mrn", local="https://greatlakesintegrated.org/fhir/CodeSystem/orderables"),
    "lakeshore": dict(base="https://fhir.lakeshorechildrens.org/r4", name="Lakeshore Children's Neuroscience Institute",
                      plan=None, city="Evanston", state="IL", zip="60201", tz=-6,
                      mrn="https://lakeshorechildrens.org/mrn", local="https://lakeshorechildrens.org/fhir/CodeSystem/neuro-local"),
    "pinecrest": dict(base="https://interop.pinecrestchildrens.org/fhir/r4", name="Pinecrest Children's Hospital Center for Brain, Nerve and Muscle",
                      plan=None, city="Aurora", state="CO", zip="80045", tz=-7,
                      mrn="urn:oid:2.16.840.1.113883.3.7204.2", local="https://pinecrestchildrens.org/codes"),
    "gulfcoast": dict(base="https://fhir.gulfcoastkids.org/R4", name="Gulf Coast Children's Neurology and Neurosurgery",
                      plan=None, city="Houston", state="TX", zip="77030", tz=-6,
                      mrn="https://gulfcoastkids.org/identifiers/mrn", local="https://gulfcoastkids.org/fhir/local"),
    "heartland": dict(base="https://fhir.heartlandtransplant.org/r4", name="Heartland Regional Transplant and Dialysis Network",
                      plan=None, city="Omaha", state="NE", zip="68105", tz=-6,
                      mrn="https://heartlandtransplant.org/mrn", local="https://heartlandtransplant.org/fhir/CodeSystem/local"),
    "midsouth": dict(base="https://fhir.midsouthtransplant.org/api/r4", name="Mid-South Kidney, Liver and Heart Transplant Alliance",
                     plan=None, city="Memphis", state="TN", zip="38103", tz=-6,
                     mrn="urn:oid:2.16.840.1.113883.3.6120.1", local="https://midsouthtransplant.org/codes/local"),
    "northern": dict(base="https://r4.northernplainskidney.org/fhir", name="Northern Plains Transplant and Dialysis Partners",
                     plan=None, city="Minneapolis", state="MN", zip="55415", tz=-6,
                     mrn="https://northernplainskidney.org/mrn", local="https://northernplainskidney.org/fhir/local-codes"),
}


def cc(*codings, text=None):
    d = {}
    if codings:
        d["coding"] = [{"system": s, "code": c, "display": disp} for (s, c, disp) in codings]
    if text:
        d["text"] = text
    return d


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.o = ORGS[org]
        self.orgkey = org
        self.entries = []
        self.n = {}
        self.pat = None
        self.mainorg = None

    # ---------- infrastructure
    def nid(self, short):
        k = self.n.get(short, 0) + 1
        self.n[short] = k
        return f"{self.cid}-{short}-{k}"

    def add(self, r):
        rt = r["resourceType"]
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{r['id']}", "resource": r,
                             "request": {"method": "PUT", "url": f"{rt}/{r['id']}"}})
        return f"{rt}/{r['id']}"

    def t(self, date, hm="09:00"):
        if "T" in date:
            return date
        m = int(date[5:7])
        off = self.o["tz"] + (1 if 3 < m < 11 else 0)
        return f"{date}T{hm}:00{off:+03d}:00"

    def local(self, code, display):
        return (self.o["local"], code, display)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ---------- administrative
    def patient(self, given, family, gender, birth, mrn, line, phone, city=None, state=None, zip_=None, lang=None, extra_names=None):
        r = {"resourceType": "Patient", "id": self.cid,
             "identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": self.o["mrn"], "value": mrn}],
             "active": True,
             "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
             "telecom": [{"system": "phone", "value": phone, "use": "home"}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": city or self.o["city"], "state": state or self.o["state"],
                          "postalCode": zip_ or self.o["zip"], "country": "US"}]}
        if lang:
            r["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        if self.mainorg:
            r["managingOrganization"] = ref(self.mainorg)
        self.pat = self.add(r)
        return self.pat

    def org(self, name=None, npi="1000000000", typ="prov", alias=None):
        r = {"resourceType": "Organization", "id": self.nid("org"), "active": True,
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ,
                          {"prov": "Healthcare Provider", "ins": "Insurance Company", "pay": "Payer", "dept": "Hospital Department"}[typ]))],
             "name": name or self.o["name"]}
        if alias:
            r["alias"] = [alias]
        x = self.add(r)
        if self.mainorg is None:
            self.mainorg = x
        return x

    def prac(self, given, family, qual="MD", npi="1999999999", prefix="Dr."):
        r = {"resourceType": "Practitioner", "id": self.nid("pr"), "active": True,
             "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}],
             "name": [{"family": family, "given": [given], "prefix": [prefix] if prefix else [], "suffix": [qual]}]}
        return self.add(r)

    def coverage(self, payor, member, plan, typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HIP", "health insurance plan policy"), start="2024-01-01", rel="self"):
        r = {"resourceType": "Coverage", "id": self.nid("cov"), "status": "active",
             "type": cc(typ), "subscriberId": member,
             "beneficiary": ref(self.pat),
             "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", rel, rel.capitalize())),
             "period": {"start": start}, "payor": [ref(payor)],
             "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan.split()[0].upper()[:6], "name": plan}]}
        return self.add(r)

    def allergy(self, text, code=None, recorded="2020-01-01", reaction=None, crit="low"):
        r = {"resourceType": "AllergyIntolerance", "id": self.nid("alg"),
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
             "criticality": crit,
             "code": cc(code, text=text) if code else cc(text=text), "patient": ref(self.pat), "recordedDate": recorded}
        if reaction:
            r["reaction"] = [{"manifestation": [cc(text=reaction)]}]
        return self.add(r)

    # ---------- clinical
    def enc(self, date, cls="AMB", typ="Office visit", reason=None, prac=None, end=None, status="finished", cpt=None,
            org=None, hm="09:00", disp=None, loc_text=None):
        cls_disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        typ_cc = cc(("http://www.ama-assn.org/go/cpt", cpt[0], cpt[1]), text=typ) if cpt else cc(text=typ)
        r = {"resourceType": "Encounter", "id": self.nid("enc"), "status": status,
             "class": {"system": V3ACT, "code": cls, "display": cls_disp},
             "type": [typ_cc], "subject": ref(self.pat),
             "period": {"start": self.t(date, hm)}}
        if status == "finished":
            r["period"]["end"] = self.t(end, "15:00") if end else self.t(date, f"{int(hm[:2]) + 1:02d}:{hm[3:]}")
        if prac:
            r["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND", "attender"))],
                                 "individual": ref(prac)}]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if disp:
            r["hospitalization"] = {"dischargeDisposition": cc(text=disp)}
        if loc_text:
            r["location"] = [{"location": {"display": loc_text}}]
        r["serviceProvider"] = ref(org or self.mainorg)
        return self.add(r)

    def cond(self, code, onset, status="active", ver="confirmed", cat="problem-list-item", abate=None, recorded=None,
             enc=None, note=None, asserter=None, severity=None, stage=None):
        r = {"resourceType": "Condition", "id": self.nid("cond"),
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc((CONDCAT, cat, {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]))],
             "code": code, "subject": ref(self.pat)}
        if severity:
            r["severity"] = cc(text=severity)
        if onset:
            r["onsetDateTime"] = onset
        if abate:
            r["abatementDateTime"] = abate
        r["recordedDate"] = recorded or onset
        if enc:
            r["encounter"] = ref(enc)
        if asserter:
            r["asserter"] = ref(asserter)
        if note:
            r["note"] = [{"text": note}]
        if stage:
            r["stage"] = [{"summary": cc(text=stage)}]
        return self.add(r)

    def obs(self, code, date, value=None, cat="laboratory", enc=None, interp=None, rr=None, note=None, comps=None,
            performer=None, status="final", hm="08:30", method=None, derived=None):
        cat_disp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                    "imaging": "Imaging", "procedure": "Procedure", "activity": "Activity", "therapy": "Therapy", "social-history": "Social History"}[cat]
        r = {"resourceType": "Observation", "id": self.nid("obs"), "status": status,
             "category": [cc((OBSCAT, cat, cat_disp))], "code": code, "subject": ref(self.pat),
             "effectiveDateTime": self.t(date, hm)}
        if enc:
            r["encounter"] = ref(enc)
        if performer:
            r["performer"] = [ref(performer)]
        if isinstance(value, tuple):
            v, unit = value
            ucode = {"%": "%"}.get(unit, unit)
            r["valueQuantity"] = {"value": v, "unit": unit, "system": UCUM, "code": ucode}
        elif isinstance(value, bool):
            r["valueBoolean"] = value
        elif isinstance(value, int) and cat == "survey":
            r["valueInteger"] = value
        elif isinstance(value, dict):
            r["valueCodeableConcept"] = value
        elif isinstance(value, str):
            r["valueString"] = value
        elif isinstance(value, (int, float)):
            r["valueQuantity"] = {"value": value}
        if interp:
            names = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}
            r["interpretation"] = [cc((INTERP, interp, names[interp]))]
        if rr:
            r["referenceRange"] = [rr]
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        if method:
            r["method"] = cc(text=method)
        if derived:
            r["derivedFrom"] = [ref(x) for x in derived]
        return self.add(r)

    def lab(self, loinc, disp, val, unit, date, lo=None, hi=None, enc=None, interp="auto", text_range=None, hm="08:30", note=None):
        rr = None
        if lo is not None or hi is not None or text_range:
            rr = {}
            if lo is not None:
                rr["low"] = {"value": lo, "unit": unit, "system": UCUM, "code": unit}
            if hi is not None:
                rr["high"] = {"value": hi, "unit": unit, "system": UCUM, "code": unit}
            if text_range:
                rr["text"] = text_range
        if interp == "auto":
            interp = None
            if isinstance(val, (int, float)):
                if hi is not None and val > hi:
                    interp = "H"
                elif lo is not None and val < lo:
                    interp = "L"
                elif lo is not None or hi is not None:
                    interp = "N"
        return self.obs(cc((LNC, loinc, disp)), date, (val, unit) if unit is not None else val, "laboratory", enc, interp, rr, hm=hm, note=note)

    def vitals(self, date, enc, bp=None, hr=None, wt=None, spo2=None, temp=None, bmi=None, hm="09:10"):
        out = []
        if bp:
            out.append(self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional")), date, None, "vital-signs", enc, hm=hm,
                                comps=[{"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": bp[0], "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                                       {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": bp[1], "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]))
        if hr:
            out.append(self.obs(cc((LNC, "8867-4", "Heart rate")), date, None, "vital-signs", enc, hm=hm))
            self.entries[-1]["resource"]["valueQuantity"] = {"value": hr, "unit": "/min", "system": UCUM, "code": "/min"}
        if wt:
            out.append(self.obs(cc((LNC, "29463-7", "Body weight")), date, None, "vital-signs", enc, hm=hm))
            self.entries[-1]["resource"]["valueQuantity"] = {"value": wt, "unit": "kg", "system": UCUM, "code": "kg"}
        if spo2:
            out.append(self.obs(cc((LNC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, None, "vital-signs", enc, hm=hm))
            self.entries[-1]["resource"]["valueQuantity"] = {"value": spo2, "unit": "%", "system": UCUM, "code": "%"}
        if temp:
            out.append(self.obs(cc((LNC, "8310-5", "Body temperature")), date, None, "vital-signs", enc, hm=hm))
            self.entries[-1]["resource"]["valueQuantity"] = {"value": temp, "unit": "Cel", "system": UCUM, "code": "Cel"}
        if bmi:
            out.append(self.obs(cc((LNC, "39156-5", "Body mass index (BMI) [Ratio]")), date, None, "vital-signs", enc, hm=hm))
            self.entries[-1]["resource"]["valueQuantity"] = {"value": bmi, "unit": "kg/m2", "system": UCUM, "code": "kg/m2"}
        return out

    def survey(self, code, date, score, enc=None, interp=None, note=None, comps=None, performer=None):
        return self.obs(code, date, score, "survey", enc, interp, note=note, comps=comps, performer=performer, hm="10:00")

    def medreq(self, med, status, authored, dose, reason=None, intent="order", requester=None, note=None, start=None, end=None, reason_text=None):
        r = {"resourceType": "MedicationRequest", "id": self.nid("mrq"), "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": ref(self.pat), "authoredOn": authored,
             "dosageInstruction": [{"text": dose}]}
        if requester:
            r["requester"] = ref(requester)
        if reason:
            r["reasonReference"] = [ref(reason)]
        if reason_text:
            r["reasonCode"] = [cc(text=reason_text)]
        if note:
            r["note"] = [{"text": note}]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            r["dispenseRequest"] = {"validityPeriod": vp}
        return self.add(r)

    def medstmt(self, med, status, start, dose, end=None, reason=None, note=None, info_src=None):
        r = {"resourceType": "MedicationStatement", "id": self.nid("mst"), "status": status,
             "medicationCodeableConcept": med, "subject": ref(self.pat),
             "effectivePeriod": {"start": start}, "dateAsserted": end or start, "dosage": [{"text": dose}]}
        if end:
            r["effectivePeriod"]["end"] = end
        if reason:
            r["reasonReference"] = [ref(reason)]
        if note:
            r["note"] = [{"text": note}]
        if info_src:
            r["informationSource"] = ref(info_src)
        return self.add(r)

    def sr(self, code, status, intent, authored, occ=None, reason=None, requester=None, performer=None, cat=None, note=None,
           priority=None, reason_text=None, occ_period=None, based_on=None):
        r = {"resourceType": "ServiceRequest", "id": self.nid("sr"), "status": status, "intent": intent,
             "code": code, "subject": ref(self.pat), "authoredOn": authored}
        if cat:
            r["category"] = [cat]
        if priority:
            r["priority"] = priority
        if occ:
            r["occurrenceDateTime"] = occ
        if occ_period:
            r["occurrencePeriod"] = occ_period
        if requester:
            r["requester"] = ref(requester)
        if performer:
            r["performer"] = [ref(performer)]
        if reason:
            r["reasonReference"] = [ref(x) for x in (reason if isinstance(reason, list) else [reason])]
        if reason_text:
            r["reasonCode"] = [cc(text=reason_text)]
        if note:
            r["note"] = [{"text": note}]
        if based_on:
            r["basedOn"] = [ref(based_on)]
        return self.add(r)

    def proc(self, code, status, date=None, reason=None, performer=None, note=None, outcome=None, enc=None, period=None, based_on=None, body=None):
        r = {"resourceType": "Procedure", "id": self.nid("proc"), "status": status, "code": code, "subject": ref(self.pat)}
        if date:
            r["performedDateTime"] = date
        if period:
            r["performedPeriod"] = period
        if enc:
            r["encounter"] = ref(enc)
        if performer:
            r["performer"] = [{"actor": ref(performer)}]
        if reason:
            r["reasonReference"] = [ref(x) for x in (reason if isinstance(reason, list) else [reason])]
        if outcome:
            r["outcome"] = cc(text=outcome)
        if note:
            r["note"] = [{"text": note}]
        if based_on:
            r["basedOn"] = [ref(based_on)]
        if body:
            r["bodySite"] = [body]
        return self.add(r)

    def careplan(self, title, cat, status, start, desc, activities=(), addresses=None, author=None, end=None, intent="plan"):
        r = {"resourceType": "CarePlan", "id": self.nid("cp"), "status": status, "intent": intent,
             "category": [cat], "title": title, "description": desc, "subject": ref(self.pat),
             "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if author:
            r["author"] = ref(author)
        if addresses:
            r["addresses"] = [ref(x) for x in (addresses if isinstance(addresses, list) else [addresses])]
        acts = []
        for a in activities:
            if isinstance(a, str):
                acts.append({"detail": {"status": "in-progress", "description": a}})
            else:
                acts.append(a)
        if acts:
            r["activity"] = acts
        return self.add(r)

    def comm(self, sent, sender, recipient, text, cat="Patient portal message", status="completed", in_resp=None, topic=None, medium=None):
        r = {"resourceType": "Communication", "id": self.nid("com"), "status": status,
             "category": [cc(text=cat)], "subject": ref(self.pat), "sent": sent,
             "sender": ref(sender), "recipient": [ref(recipient)], "payload": [{"contentString": text}]}
        if in_resp:
            r["inResponseTo"] = [ref(in_resp)]
        if topic:
            r["topic"] = cc(text=topic)
        if medium:
            r["medium"] = [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", medium[0], medium[1]))]
        return self.add(r)

    def qr(self, questionnaire, authored, author, items, source=None, status="completed", enc=None):
        its = []
        for it in items:
            link, text, ans = it
            if isinstance(ans, bool):
                a = {"valueBoolean": ans}
            elif isinstance(ans, int):
                a = {"valueInteger": ans}
            elif isinstance(ans, tuple):
                a = {"valueCoding": {"system": ans[0], "code": ans[1], "display": ans[2]}}
            else:
                a = {"valueString": ans}
            its.append({"linkId": link, "text": text, "answer": [a]})
        r = {"resourceType": "QuestionnaireResponse", "id": self.nid("qr"), "questionnaire": questionnaire,
             "status": status, "subject": ref(self.pat), "authored": authored, "author": ref(author),
             "source": ref(source or author), "item": its}
        if enc:
            r["encounter"] = ref(enc)
        return self.add(r)

    def flag(self, code, status, start, author, cat=None, end=None):
        r = {"resourceType": "Flag", "id": self.nid("flag"), "status": status, "code": code,
             "subject": ref(self.pat), "period": {"start": start}, "author": ref(author)}
        if end:
            r["period"]["end"] = end
        if cat:
            r["category"] = [cat]
        return self.add(r)

    def note(self, date, typ, author, text, enc=None, title=None, hm="16:00", cat="clinical-note"):
        loinc = {"progress": ("11506-3", "Progress note"), "consult": ("11488-4", "Consult note"),
                 "discharge": ("18842-5", "Discharge summary"), "hp": ("34117-2", "History and physical note"),
                 "procedure": ("28570-0", "Procedure note"), "nursing": ("34746-8", "Nurse note"),
                 "ed": ("34111-5", "Emergency department note"), "plan": ("18776-5", "Plan of care note"),
                 "referral": ("57133-1", "Referral note"), "pathology": ("11526-1", "Pathology study"),
                 "imaging": ("18748-4", "Diagnostic imaging study"), "summary": ("60591-5", "Patient summary Document"),
                 "transfer": ("18761-7", "Transfer summary note")}
        code = loinc[typ] if typ in loinc else None
        type_cc = cc((LNC, code[0], code[1]), text=title) if code else cc(text=typ)
        r = {"resourceType": "DocumentReference", "id": self.nid("doc"), "status": "current", "docStatus": "final",
             "type": type_cc,
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": ref(self.pat), "date": self.t(date, hm), "author": [ref(author)],
             "content": [{"attachment": {"contentType": "text/plain", "language": "en-US",
                                         "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii"),
                                         "title": title or (code[1] if code else typ), "creation": self.t(date, hm)}}]}
        if enc:
            r["context"] = {"encounter": [ref(enc)]}
        return self.add(r)

    def dr(self, code, date, conclusion, results=(), cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory"),
           performer=None, status="final", enc=None, concl_code=None):
        r = {"resourceType": "DiagnosticReport", "id": self.nid("dr"), "status": status, "category": [cc(cat)],
             "code": code, "subject": ref(self.pat), "effectiveDateTime": self.t(date, "11:00"), "issued": self.t(date, "17:00"),
             "conclusion": conclusion}
        if results:
            r["result"] = [ref(x) for x in results]
        if performer:
            r["performer"] = [ref(performer)]
        if enc:
            r["encounter"] = ref(enc)
        if concl_code:
            r["conclusionCode"] = [concl_code]
        return self.add(r)

    def ci(self, date, summary, assessor, problems=None, findings=None, status="completed", desc=None):
        r = {"resourceType": "ClinicalImpression", "id": self.nid("ci"), "status": status, "subject": ref(self.pat),
             "date": self.t(date, "15:00"), "effectiveDateTime": self.t(date, "15:00"), "assessor": ref(assessor), "summary": summary}
        if desc:
            r["description"] = desc
        if problems:
            r["problem"] = [ref(x) for x in problems]
        if findings:
            r["finding"] = [{"itemCodeableConcept": cc(text=f)} for f in findings]
        return self.add(r)

    def task(self, code, status, authored, focus=None, owner=None, requester=None, note=None, business=None, intent="order"):
        r = {"resourceType": "Task", "id": self.nid("task"), "status": status, "intent": intent, "code": code,
             "for": ref(self.pat), "authoredOn": authored}
        if focus:
            r["focus"] = ref(focus)
        if owner:
            r["owner"] = ref(owner)
        if requester:
            r["requester"] = ref(requester)
        if business:
            r["businessStatus"] = cc(text=business)
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def immun(self, code, date, status="completed"):
        r = {"resourceType": "Immunization", "id": self.nid("imm"), "status": status, "vaccineCode": code,
             "patient": ref(self.pat), "occurrenceDateTime": date, "primarySource": True}
        return self.add(r)

    def episode(self, typ, status, start, care_manager=None, conds=None, end=None):
        r = {"resourceType": "EpisodeOfCare", "id": self.nid("eoc"), "status": status, "type": [typ],
             "patient": ref(self.pat), "managingOrganization": ref(self.mainorg), "period": {"start": start}}
        if end:
            r["period"]["end"] = end
        if care_manager:
            r["careManager"] = ref(care_manager)
        if conds:
            r["diagnosis"] = [{"condition": ref(c)} for c in conds]
        return self.add(r)


# common medication concepts
def rx(code, disp, text=None):
    return cc((RXN, code, disp), text=text or disp)
