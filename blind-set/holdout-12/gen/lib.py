import base64, json, os

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LNC = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
PCS = "http://www.cms.gov/Medicare/Coding/ICD10"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

ORGS = {
    "C1": ("Lakeshore Comprehensive Cancer Center", "https://fhir.lakeshorecancer.org/r4", "https://lakeshorecancer.org/identifiers/mrn", "Chicago", "IL"),
    "C2": ("Sonoran Cancer Institute", "https://ehr.sonorancancer.org/fhir/R4", "urn:oid:1.2.840.114350.1.13.421.2.7.5.737384.14", "Phoenix", "AZ"),
    "C3": ("Piedmont Oncology & Hematology Associates", "https://api.piedmontonc.com/fhir/r4", "https://piedmontonc.com/mrn", "Charlotte", "NC"),
    "C4": ("Cascadia Cancer Alliance", "https://fhir.cascadiacancer.org/api/FHIR/R4", "urn:oid:2.16.840.1.113883.3.7204.1.2", "Portland", "OR"),
    "H1": ("Great Plains Heart & Vascular Institute", "https://fhir.gpheart.org/r4", "https://gpheart.org/fhir/mrn", "Omaha", "NE"),
    "H2": ("Tidewater Cardiovascular Institute", "https://interop.tidewatercv.org/fhir/r4", "urn:oid:1.2.840.114350.1.13.588.2.7.5.737384.14", "Norfolk", "VA"),
    "H3": ("Mid-Hudson Heart Center", "https://ehr.midhudsonheart.org/FHIR/R4", "https://midhudsonheart.org/id/mrn", "Poughkeepsie", "NY"),
    "H4": ("Bayou Heart & Vascular", "https://fhir.bayouheart.com/r4", "https://bayouheart.com/ids/mrn", "Lafayette", "LA"),
    "K1": ("Rocky Mountain Kidney & Transplant Program", "https://fhir.rmktp.org/r4", "https://rmktp.org/fhir/sid/mrn", "Denver", "CO"),
    "K2": ("Allegheny Liver & Transplant Institute", "https://fhir.alleghenyliver.org/R4", "urn:oid:2.16.840.1.113883.3.5511.2.1", "Pittsburgh", "PA"),
    "K3": ("Gulf Coast Digestive Health & Hepatology", "https://api.gulfcoastdigestive.com/fhir/r4", "https://gulfcoastdigestive.com/mrn", "Mobile", "AL"),
    "K4": ("Northwoods Kidney Care", "https://fhir.northwoodskidney.org/r4", "https://northwoodskidney.org/sid/mrn", "Duluth", "MN"),
}


def cc(*codings, text=None):
    d = {}
    if codings:
        d["coding"] = [{"system": s, "code": c, "display": disp} for (s, c, disp) in codings]
    if text:
        d["text"] = text
    elif codings:
        d["text"] = codings[0][2]
    return d


def S(c, d): return (SCT, c, d)
def I(c, d): return (ICD, c, d)
def L(c, d): return (LNC, c, d)
def P(c, d): return (CPT, c, d)
def RX(c, d): return (RXN, c, d)


class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.org_key = org
        self.orgname, self.base, self.mrnsys, self.city, self.state = ORGS[org]
        self.entries = []
        self.n = {}
        self.org = self.add({"resourceType": "Organization", "name": self.orgname, "active": True,
                             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
                             "address": [{"city": self.city, "state": self.state, "country": "US"}]}, "org")
        self.docs = {}

    def nid(self, key):
        self.n[key] = self.n.get(key, 0) + 1
        return f"{self.cid}-{key}-{self.n[key]}"

    def add(self, res, key=None):
        rid = res.get("id") or self.nid(key or res["resourceType"].lower()[:6])
        res["id"] = rid
        rt = res["resourceType"]
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    # ---- actors
    def patient(self, given, family, gender, birth, mrn, line, postal, phone, lang=None, marital=None):
        r = {"resourceType": "Patient", "id": self.cid, "active": True,
             "identifier": [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                             "system": self.mrnsys, "value": mrn}],
             "name": [{"use": "official", "family": family, "given": given.split()}],
             "telecom": [{"system": "phone", "value": phone, "use": "home"}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home", "line": [line], "city": self.city, "state": self.state, "postalCode": postal, "country": "US"}],
             "managingOrganization": {"reference": self.org}}
        if marital:
            r["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital, {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
        if lang:
            r["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang, {"es": "Spanish", "en": "English", "vi": "Vietnamese", "pl": "Polish"}[lang])), "preferred": True}]
        self.add(r)
        self.pt = f"Patient/{self.cid}"
        return self.pt

    def extorg(self, name, city=None, state=None):
        return self.add({"resourceType": "Organization", "name": name, "active": True,
                         "address": [{"city": city or self.city, "state": state or self.state, "country": "US"}]}, "org")

    def pract(self, given, family, suffix="MD", npi=None, key="pr"):
        r = {"resourceType": "Practitioner", "active": True,
             "name": [{"family": family, "given": given.split(), "suffix": [suffix]}]}
        if npi:
            r["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        return self.add(r, key)

    def coverage(self, payor, plan, start, memberid, typ=("HIP", "health insurance plan policy")):
        p = self.extorg(payor)
        return self.add({"resourceType": "Coverage", "status": "active",
                         "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", typ[0], typ[1])),
                         "subscriberId": memberid, "beneficiary": {"reference": self.pt},
                         "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
                         "period": {"start": start}, "payor": [{"reference": p}],
                         "class": [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")), "value": plan, "name": plan}]}, "cov")

    def allergy(self, coding, text, reaction=None, recorded="2019-01-01"):
        r = {"resourceType": "AllergyIntolerance",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
             "code": cc(coding, text=text) if coding else {"text": text},
             "patient": {"reference": self.pt}, "recordedDate": recorded}
        if reaction:
            r["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add(r, "alg")

    def nkda(self, recorded="2020-01-01"):
        return self.add({"resourceType": "AllergyIntolerance",
                         "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                         "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                         "code": cc(S("716186003", "No known allergy")), "patient": {"reference": self.pt}, "recordedDate": recorded}, "alg")

    def immun(self, date, cvx, disp):
        return self.add({"resourceType": "Immunization", "status": "completed",
                         "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, disp)),
                         "patient": {"reference": self.pt}, "occurrenceDateTime": date, "primarySource": True}, "imm")

    # ---- encounters
    def enc(self, date, typ, cls="AMB", reason=None, end=None, status="finished", who=None, org=None, service=None,
            priority=None, admit=None, discharge=None, typecode=None):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health", "OBSENC": "observation encounter"}[cls]
        r = {"resourceType": "Encounter", "status": status,
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": clsd},
             "type": [cc(typecode, text=typ) if typecode else {"text": typ}],
             "subject": {"reference": self.pt},
             "period": {"start": date} if not end else {"start": date, "end": end},
             "serviceProvider": {"reference": org or self.org}}
        if status in ("finished",) and not end:
            r["period"]["end"] = date
        if status == "planned":
            r["period"] = {"start": date}
        if service:
            r["serviceType"] = {"text": service}
        if who:
            r["participant"] = [{"individual": {"reference": who}}]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if priority:
            r["priority"] = cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", priority, {"EL": "elective", "EM": "emergency", "R": "routine", "UR": "urgent"}[priority]))
        if admit or discharge:
            r["hospitalization"] = {}
            if admit:
                r["hospitalization"]["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1]))
            if discharge:
                r["hospitalization"]["dischargeDisposition"] = cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", discharge[0], discharge[1]))
        return self.add(r, "enc")

    # ---- conditions
    def cond(self, code, onset=None, status="active", ver="confirmed", cat="problem-list-item", abated=None, note=None,
             recorded=None, enc=None, who=None, severity=None, stage=None, bodysite=None):
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        r = {"resourceType": "Condition",
             "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat, catd))],
             "code": code, "subject": {"reference": self.pt}}
        if status in ("inactive", "resolved", "remission") and abated is None:
            pass
        if onset: r["onsetDateTime"] = onset
        if abated: r["abatementDateTime"] = abated
        r["recordedDate"] = recorded or onset or "2020-01-01"
        if enc: r["encounter"] = {"reference": enc}
        if who: r["recorder"] = {"reference": who}
        if severity: r["severity"] = severity
        if stage: r["stage"] = [stage]
        if bodysite: r["bodySite"] = [bodysite]
        if note: r["note"] = [{"text": note}]
        return self.add(r, "cond")

    # ---- observations
    def obs(self, code, value=None, unit=None, date=None, low=None, high=None, interp=None, cat="laboratory",
            ucum=None, enc=None, text_range=None, vstring=None, vcc=None, note=None, comps=None, members=None,
            status="final", method=None, vint=None, vbool=None, performer=None, deriv=None, key="obs"):
        r = {"resourceType": "Observation", "status": status,
             "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History", "therapy": "Therapy"}[cat]))],
             "code": code, "subject": {"reference": self.pt}, "effectiveDateTime": date}
        if value is not None:
            r["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
        if vint is not None: r["valueInteger"] = vint
        if vstring is not None: r["valueString"] = vstring
        if vcc is not None: r["valueCodeableConcept"] = vcc
        if vbool is not None: r["valueBoolean"] = vbool
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}[interp]
            r["interpretation"] = [cc((INTERP, interp, disp))]
        if low is not None or high is not None or text_range:
            rr = {}
            if low is not None: rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None: rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            if text_range: rr["text"] = text_range
            r["referenceRange"] = [rr]
        if enc: r["encounter"] = {"reference": enc}
        if note: r["note"] = [{"text": note}]
        if comps: r["component"] = comps
        if members: r["hasMember"] = [{"reference": m} for m in members]
        if method: r["method"] = {"text": method}
        if performer: r["performer"] = [{"reference": performer}]
        if deriv: r["derivedFrom"] = [{"reference": d} for d in deriv]
        return self.add(r, key)

    def lab(self, code, disp, value, unit, date, low=None, high=None, ucum=None, enc=None, text_range=None, note=None):
        interp = "N"
        if low is not None and value < low: interp = "L"
        if high is not None and value > high: interp = "H"
        return self.obs(cc(L(code, disp)), value, unit, date, low, high, interp, ucum=ucum, enc=enc, text_range=text_range, note=note, key="lab")

    def vitals(self, date, sbp, dbp, hr, wt=None, spo2=None, temp=None, rr=None, enc=None, bmi=None):
        refs = []
        refs.append(self.obs(cc(L("85354-9", "Blood pressure panel with all children optional")), date=date, cat="vital-signs", enc=enc,
                             comps=[{"code": cc(L("8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                                    {"code": cc(L("8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}], key="vs"))
        refs.append(self.obs(cc(L("8867-4", "Heart rate")), hr, "/min", date, cat="vital-signs", enc=enc, key="vs"))
        if wt: refs.append(self.obs(cc(L("29463-7", "Body weight")), wt, "kg", date, cat="vital-signs", enc=enc, key="vs"))
        if bmi: refs.append(self.obs(cc(L("39156-5", "Body mass index (BMI) [Ratio]")), bmi, "kg/m2", date, cat="vital-signs", ucum="kg/m2", enc=enc, key="vs"))
        if spo2: refs.append(self.obs(cc(L("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), spo2, "%", date, cat="vital-signs", enc=enc, key="vs"))
        if temp: refs.append(self.obs(cc(L("8310-5", "Body temperature")), temp, "Cel", date, cat="vital-signs", enc=enc, key="vs"))
        if rr: refs.append(self.obs(cc(L("9279-1", "Respiratory rate")), rr, "/min", date, cat="vital-signs", enc=enc, key="vs"))
        return refs

    def report(self, code, date, results=None, conclusion=None, cat=("LAB", "Laboratory"), status="final", enc=None,
               performer=None, conc_code=None, key="dr", issued=None):
        r = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat[0], cat[1]))],
             "code": code, "subject": {"reference": self.pt}, "effectiveDateTime": date, "issued": (issued or date) + ("T17:00:00Z" if "T" not in (issued or date) else "")}
        if results: r["result"] = [{"reference": x} for x in results]
        if conclusion: r["conclusion"] = conclusion
        if conc_code: r["conclusionCode"] = [conc_code]
        if enc: r["encounter"] = {"reference": enc}
        if performer: r["performer"] = [{"reference": performer}]
        return self.add(r, key)

    # panels with defaults
    def cbc(self, date, hgb, wbc=7.1, plt=245, mcv=89, sex="F", enc=None):
        lo, hi = (12.0, 15.5) if sex == "F" else (13.5, 17.5)
        res = [self.lab("718-7", "Hemoglobin [Mass/volume] in Blood", hgb, "g/dL", date, lo, hi, enc=enc),
               self.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", wbc, "10*3/uL", date, 4.0, 11.0, enc=enc),
               self.lab("777-3", "Platelets [#/volume] in Blood by Automated count", plt, "10*3/uL", date, 150, 400, enc=enc),
               self.lab("787-2", "MCV [Entitic volume] by Automated count", mcv, "fL", date, 80, 100, enc=enc)]
        self.report(cc(L("58410-2", "CBC panel - Blood by Automated count")), date, res, enc=enc)
        return res

    def bmp(self, date, creat, egfr, na=139, k=4.2, glu=94, bun=15, ca=9.4, sex="F", enc=None, extra=None):
        hi = 1.1 if sex == "F" else 1.3
        lo = 0.5 if sex == "F" else 0.7
        res = [self.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", na, "mmol/L", date, 135, 145, enc=enc),
               self.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", k, "mmol/L", date, 3.5, 5.1, enc=enc),
               self.lab("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", bun, "mg/dL", date, 7, 20, enc=enc),
               self.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", creat, "mg/dL", date, lo, hi, enc=enc),
               self.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", egfr, "mL/min/{1.73_m2}", date, 60, None, enc=enc),
               self.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", glu, "mg/dL", date, 70, 99, enc=enc),
               self.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", ca, "mg/dL", date, 8.6, 10.3, enc=enc)]
        if extra: res += extra
        self.report(cc(L("51990-0", "Basic metabolic panel - Blood")), date, res, enc=enc)
        return res

    def lft(self, date, alt=24, ast=22, alp=82, tbili=0.6, alb=4.2, enc=None, extra=None, code=("24325-3", "Hepatic function 2000 panel - Serum or Plasma")):
        res = [self.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", alt, "U/L", date, 7, 56, enc=enc),
               self.lab("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", ast, "U/L", date, 10, 40, enc=enc),
               self.lab("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", alp, "U/L", date, 44, 147, enc=enc),
               self.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", tbili, "mg/dL", date, 0.1, 1.2, enc=enc),
               self.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", alb, "g/dL", date, 3.5, 5.0, enc=enc)]
        if extra: res += extra
        self.report(cc(L(*code)), date, res, enc=enc)
        return res

    # ---- meds
    def medreq(self, med, date, dosage, status="active", intent="order", reason=None, who=None, enc=None, note=None, period=None, category=None):
        r = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
             "medicationCodeableConcept": med, "subject": {"reference": self.pt}, "authoredOn": date,
             "dosageInstruction": [{"text": dosage}]}
        if who: r["requester"] = {"reference": who}
        if reason: r["reasonReference"] = [{"reference": reason}]
        if enc: r["encounter"] = {"reference": enc}
        if note: r["note"] = [{"text": note}]
        if period: r["dispenseRequest"] = {"validityPeriod": period}
        if category: r["category"] = [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category, {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community"}[category]))]
        return self.add(r, "mrx")

    def medstmt(self, med, start, status="active", end=None, dosage=None, reason=None, note=None, asserted=None):
        r = {"resourceType": "MedicationStatement", "status": status, "medicationCodeableConcept": med,
             "subject": {"reference": self.pt}, "effectivePeriod": {"start": start} if not end else {"start": start, "end": end},
             "dateAsserted": asserted or start}
        if dosage: r["dosage"] = [{"text": dosage}]
        if reason: r["reasonReference"] = [{"reference": reason}]
        if note: r["note"] = [{"text": note}]
        return self.add(r, "mst")

    # ---- orders/procedures
    def sr(self, code, date, status="active", intent="order", reason=None, occ=None, who=None, performer=None, note=None,
           cat=None, priority=None, enc=None, occ_period=None):
        r = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "code": code,
             "subject": {"reference": self.pt}, "authoredOn": date}
        if cat: r["category"] = [cat]
        if priority: r["priority"] = priority
        if occ: r["occurrenceDateTime"] = occ
        if occ_period: r["occurrencePeriod"] = occ_period
        if reason: r["reasonReference"] = [{"reference": x} for x in (reason if isinstance(reason, list) else [reason])]
        if who: r["requester"] = {"reference": who}
        if performer: r["performer"] = [{"reference": performer}]
        if note: r["note"] = [{"text": note}]
        if enc: r["encounter"] = {"reference": enc}
        return self.add(r, "sr")

    def proc(self, code, date=None, status="completed", reason=None, who=None, note=None, enc=None, outcome=None, based=None, cat=None, end=None, bodysite=None):
        r = {"resourceType": "Procedure", "status": status, "code": code, "subject": {"reference": self.pt}}
        if cat: r["category"] = cat
        if date:
            if end: r["performedPeriod"] = {"start": date, "end": end}
            else: r["performedDateTime"] = date
        if reason: r["reasonReference"] = [{"reference": x} for x in (reason if isinstance(reason, list) else [reason])]
        if who: r["performer"] = [{"actor": {"reference": who}}]
        if note: r["note"] = [{"text": note}]
        if enc: r["encounter"] = {"reference": enc}
        if outcome: r["outcome"] = {"text": outcome}
        if based: r["basedOn"] = [{"reference": based}]
        if bodysite: r["bodySite"] = [bodysite]
        return self.add(r, "proc")

    def careplan(self, title, start, status="active", intent="plan", cat=None, addresses=None, desc=None, acts=None, end=None, author=None, note=None):
        r = {"resourceType": "CarePlan", "status": status, "intent": intent, "title": title,
             "subject": {"reference": self.pt}, "period": {"start": start} if not end else {"start": start, "end": end}}
        if cat: r["category"] = [cat]
        if addresses: r["addresses"] = [{"reference": a} for a in addresses]
        if desc: r["description"] = desc
        if author: r["author"] = {"reference": author}
        if acts: r["activity"] = acts
        if note: r["note"] = [{"text": note}]
        return self.add(r, "cp")

    def note(self, date, title, text, typ=("11506-3", "Progress note"), author=None, enc=None, status="current"):
        r = {"resourceType": "DocumentReference", "status": status, "docStatus": "final",
             "type": cc(L(*typ)),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": {"reference": self.pt}, "date": date + "T18:00:00Z", "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "title": title, "creation": date,
                                         "data": base64.b64encode(text.strip().encode("utf-8")).decode("ascii")}}]}
        if author: r["author"] = [{"reference": author}]
        if enc: r["context"] = {"encounter": [{"reference": enc}]}
        return self.add(r, "doc")

    def write(self, outdir):
        b = {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}
        with open(os.path.join(outdir, f"{self.cid}.json"), "w") as f:
            json.dump(b, f, indent=2)
        return len(self.entries)
