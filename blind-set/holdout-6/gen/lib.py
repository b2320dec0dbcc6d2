import base64, json

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LNC = "http://loinc.org"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "urn:oid:2.16.840.1.113883.6.285"
UCUM = "http://unitsofmeasure.org"
SYS = {"sct": SCT, "icd": ICD, "lnc": LNC, "rx": RX, "cpt": CPT, "hcpcs": HCPCS}


def cc(text, *codes):
    """codes: ('sct','123','Display') or (system_url, code, display)"""
    c = {"text": text}
    if codes:
        c["coding"] = [{"system": SYS.get(s, s), "code": k, "display": d} for s, k, d in codes]
    return c


def ref(x):
    return {"reference": x}


class Case:
    def __init__(self, key, base, org, pat, mrn_sys, payer="Blue Cross Blue Shield"):
        self.key = key
        self.cid = None
        self.base = base.rstrip("/")
        self.org_spec = org
        self.pat_spec = pat
        self.mrn_sys = mrn_sys
        self.payer = payer
        self.items = []  # (rt, suffix, body)
        self.counter = {}
        self.pracs = {}

    def _id(self, prefix):
        n = self.counter.get(prefix, 0) + 1
        self.counter[prefix] = n
        return f"{prefix}-{n}"

    def add(self, rt, prefix, body):
        suf = self._id(prefix)
        self.items.append((rt, suf, body))
        return f"{rt}/@@/{suf}"

    # ---- core
    def setup(self):
        o = self.org_spec
        self.org = self.add("Organization", "org", {"active": True, "name": o["name"],
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": o.get("npi", "1457389021")}],
            "address": [{"city": o["city"], "state": o["state"], "country": "US"}],
            "type": [cc("Healthcare Provider", ("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))]})
        p = self.pat_spec
        body = {"identifier": [{"use": "usual", "type": cc("Medical Record Number", ("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                                "system": self.mrn_sys, "value": p["mrn"]}],
                "active": True, "name": [{"use": "official", "family": p["family"], "given": p["given"]}],
                "gender": p["gender"], "birthDate": p["birth"],
                "telecom": [{"system": "phone", "value": p.get("phone", "555-0142"), "use": "home"}],
                "address": [{"use": "home", "line": [p.get("line", "12 Elm St")], "city": p["city"], "state": p["state"], "postalCode": p.get("zip", "00000")}],
                "managingOrganization": ref(self.org)}
        if p.get("lang"):
            body["communication"] = [{"language": cc(p["lang"][1], ("urn:ietf:bcp:47", p["lang"][0], p["lang"][1])), "preferred": True}]
        self.items.insert(0, ("Patient", None, body))
        self.pat = "Patient/@@"
        self.add("Coverage", "cov", {"status": "active", "beneficiary": ref(self.pat), "subscriberId": p["mrn"][-6:] + "01",
                 "type": cc(self.payer_type(), ("http://terminology.hl7.org/CodeSystem/v3-ActCode", self.payer_code(), self.payer_type())),
                 "payor": [{"display": self.payer}], "period": {"start": "2025-01-01"}})

    def payer_code(self):
        return {"Medicare": "SUBSIDIZ", "Medicaid": "SUBSIDIZ"}.get(self.payer.split()[0], "EHCPOL")

    def payer_type(self):
        return {"SUBSIDIZ": "subsidized health program", "EHCPOL": "extended healthcare"}[self.payer_code()]

    def prac(self, family, given, prefix="MD", specialty=None):
        r = self.add("Practitioner", "prac", {"active": True, "name": [{"family": family, "given": [given], "prefix": ["Dr."], "suffix": [prefix]}],
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": str(1000000000 + abs(hash(family + given)) % 899999999)}],
            **({"qualification": [{"code": cc(specialty)}]} if specialty else {})})
        return r

    def enc(self, date, text, cls="AMB", prac=None, reason=None, status="finished", end=None, etype=None, admit=None, disp=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health"}[cls]
        b = {"status": status, "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls, "display": clsd},
             "type": [etype or cc(text)], "subject": ref(self.pat),
             "period": {"start": date + ("T09:30:00-05:00" if len(date) == 10 else ""), **({"end": end} if end else ({} if status == "planned" else {"end": date + "T10:10:00-05:00"} if len(date) == 10 else {}))},
             "serviceProvider": ref(self.org)}
        if prac:
            b["participant"] = [{"type": [cc("primary performer", ("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF", "primary performer"))]}]
            b["participant"][0]["individual"] = ref(prac)
        if reason:
            b["reasonCode"] = [reason]
        if admit or disp:
            b["hospitalization"] = {}
            if admit:
                b["hospitalization"]["admitSource"] = cc(admit)
            if disp:
                b["hospitalization"]["dischargeDisposition"] = cc(disp)
        return self.add("Encounter", "enc", b)

    def cond(self, code, onset, status="active", cat="problem-list-item", abate=None, ver="confirmed", enc=None, note=None, recorded=None, asserter=None, severity=None):
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        b = {"clinicalStatus": cc(status.capitalize(), ("http://terminology.hl7.org/CodeSystem/condition-clinical", status, status.capitalize())),
             "verificationStatus": cc(ver.capitalize(), ("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, ver.capitalize())),
             "category": [cc(catd, ("http://terminology.hl7.org/CodeSystem/condition-category", cat, catd))],
             "code": code, "subject": ref(self.pat), "onsetDateTime": onset, "recordedDate": recorded or onset}
        if abate:
            b["abatementDateTime"] = abate
        if enc:
            b["encounter"] = ref(enc)
        if note:
            b["note"] = [{"text": note}]
        if asserter:
            b["asserter"] = ref(asserter)
        if severity:
            b["severity"] = cc(severity)
        return self.add("Condition", "cond", b)

    def obs(self, code, date, value=None, unit=None, ref_range=None, interp=None, cat="laboratory", enc=None, text=None, comps=None, vcc=None, note=None, performer=None, status="final"):
        if isinstance(code, tuple):
            code = cc(code[2], ("lnc", code[1], code[2])) if code[0] == "lnc" else cc(code[2], code)
        catd = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure"}[cat]
        b = {"status": status, "category": [cc(catd, ("http://terminology.hl7.org/CodeSystem/observation-category", cat, catd))],
             "code": code, "subject": ref(self.pat), "effectiveDateTime": date + ("T08:15:00-05:00" if len(date) == 10 else ""),
             "issued": (date if len(date) > 10 else date + "T14:00:00-05:00")}
        if value is not None:
            if unit is None:
                b["valueInteger" if isinstance(value, int) else "valueQuantity"] = value if isinstance(value, int) else {"value": value}
            else:
                b["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": unit}
        if text is not None:
            b["valueString"] = text
        if vcc is not None:
            b["valueCodeableConcept"] = vcc
        if ref_range:
            lo, hi = ref_range
            rr = {}
            if lo is not None:
                rr["low"] = {"value": lo, "unit": unit, "system": UCUM, "code": unit}
            if hi is not None:
                rr["high"] = {"value": hi, "unit": unit, "system": UCUM, "code": unit}
            b["referenceRange"] = [rr]
            if interp is None and isinstance(value, (int, float)):
                interp = "L" if lo is not None and value < lo else "H" if hi is not None and value > hi else "N"
        if interp:
            d = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "HH": "Critical high", "LL": "Critical low"}[interp]
            b["interpretation"] = [cc(d, ("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", interp, d))]
        if comps:
            b["component"] = comps
        if enc:
            b["encounter"] = ref(enc)
        if note:
            b["note"] = [{"text": note}]
        if performer:
            b["performer"] = [ref(performer)]
        return self.add("Observation", "obs", b)

    def bp(self, date, sys_, dia, enc=None):
        comps = [{"code": cc("Systolic blood pressure", ("lnc", "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sys_, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}},
                 {"code": cc("Diastolic blood pressure", ("lnc", "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dia, "unit": "mm[Hg]", "system": UCUM, "code": "mm[Hg]"}}]
        return self.obs(("lnc", "85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs", enc=enc, comps=comps)

    def vitals(self, date, enc=None, bp=None, hr=None, wt=None, temp=None, spo2=None, bmi=None):
        if bp:
            self.bp(date, bp[0], bp[1], enc)
        if hr:
            self.obs(("lnc", "8867-4", "Heart rate"), date, hr, "/min", cat="vital-signs", enc=enc)
        if wt:
            self.obs(("lnc", "29463-7", "Body weight"), date, wt, "kg", cat="vital-signs", enc=enc)
        if bmi:
            self.obs(("lnc", "39156-5", "Body mass index (BMI) [Ratio]"), date, bmi, "kg/m2", cat="vital-signs", enc=enc)
        if temp:
            self.obs(("lnc", "8310-5", "Body temperature"), date, temp, "Cel", cat="vital-signs", enc=enc)
        if spo2:
            self.obs(("lnc", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), date, spo2, "%", cat="vital-signs", enc=enc, ref_range=(94, 100))

    def lab(self, key, date, value, enc=None, interp=None, note=None):
        code, disp, unit, lo, hi = LABS[key]
        return self.obs(("lnc", code, disp), date, value, unit, (lo, hi), interp=interp, enc=enc, note=note)

    def dxr(self, code, date, results, conclusion, cat="LAB", enc=None, performer=None, status="final"):
        catd = {"LAB": "Laboratory", "RAD": "Radiology", "CG": "Cardiac Catheterization", "EC": "Electrocardiac", "PAT": "Pathology (gross & histopath, not surgical)", "OTH": "Other", "NRS": "Nursing Service Measures", "CUS": "Cardiac Ultrasound", "GE": "Genetics", "SP": "Surgical Pathology", "PF": "Pulmonary Function", "NMR": "Nuclear Magnetic Resonance", "GI": "Gastroenterology"}[cat]
        b = {"status": status, "category": [cc(catd, ("http://terminology.hl7.org/CodeSystem/v2-0074", cat, catd))], "code": code,
             "subject": ref(self.pat), "effectiveDateTime": date, "issued": date + "T16:00:00-05:00", "conclusion": conclusion}
        if results:
            b["result"] = [ref(r) for r in results]
        if enc:
            b["encounter"] = ref(enc)
        if performer:
            b["performer"] = [ref(performer)]
        return self.add("DiagnosticReport", "dr", b)

    def medreq(self, med, start, dose, status="active", intent="order", prac=None, reason=None, end=None, note=None, cat="outpatient"):
        if isinstance(med, tuple):
            med = cc(med[1], ("rx", med[0], med[1]))
        b = {"status": status, "intent": intent, "medicationCodeableConcept": med, "subject": ref(self.pat), "authoredOn": start,
             "dosageInstruction": [{"text": dose}],
             "category": [cc(cat.capitalize(), ("http://terminology.hl7.org/CodeSystem/medicationrequest-category", cat, cat.capitalize()))]}
        if prac:
            b["requester"] = ref(prac)
        if reason:
            b["reasonReference"] = [ref(reason)]
        if end:
            b["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
        if note:
            b["note"] = [{"text": note}]
        return self.add("MedicationRequest", "mr", b)

    def medstmt(self, med, start, status="active", end=None, dose=None, reason=None, note=None, asserted=None):
        if isinstance(med, tuple):
            med = cc(med[1], ("rx", med[0], med[1]))
        b = {"status": status, "medicationCodeableConcept": med, "subject": ref(self.pat),
             "effectivePeriod": {"start": start, **({"end": end} if end else {})}, "dateAsserted": asserted or start}
        if dose:
            b["dosage"] = [{"text": dose}]
        if reason:
            b["reasonReference"] = [ref(reason)]
        if note:
            b["note"] = [{"text": note}]
        return self.add("MedicationStatement", "ms", b)

    def note(self, date, title, text, enc=None, author=None, ntype=("11506-3", "Progress note")):
        b = {"status": "current", "docStatus": "final", "type": cc(ntype[1], ("lnc", ntype[0], ntype[1])),
             "category": [cc("Clinical Note", ("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": ref(self.pat), "date": date + "T17:00:00-05:00", "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "title": title, "creation": date,
                                         "data": base64.b64encode(text.strip().encode()).decode()}}]}
        if author:
            b["author"] = [ref(author)]
        if enc:
            b["context"] = {"encounter": [ref(enc)], "period": {"start": date}}
        return self.add("DocumentReference", "doc", b)

    def sr(self, code, status, intent, authored, occ=None, prac=None, reason=None, cat=None, performer=None, note=None, priority="routine", enc=None):
        b = {"status": status, "intent": intent, "priority": priority, "code": code, "subject": ref(self.pat), "authoredOn": authored}
        if occ:
            b["occurrenceDateTime"] = occ
        if prac:
            b["requester"] = ref(prac)
        if reason:
            b["reasonReference"] = [ref(reason)]
        if cat:
            b["category"] = [cat]
        if performer:
            b["performer"] = [performer if isinstance(performer, dict) else ref(performer)]
        if note:
            b["note"] = [{"text": note}]
        if enc:
            b["encounter"] = ref(enc)
        return self.add("ServiceRequest", "sr", b)

    def proc(self, code, status, date=None, prac=None, reason=None, note=None, enc=None, body=None, outcome=None, basedOn=None):
        b = {"status": status, "code": code, "subject": ref(self.pat)}
        if date:
            b["performedDateTime" if len(date) <= 25 else "performedDateTime"] = date
        if prac:
            b["performer"] = [{"actor": ref(prac)}]
        if reason:
            b["reasonReference"] = [ref(reason)]
        if note:
            b["note"] = [{"text": note}]
        if enc:
            b["encounter"] = ref(enc)
        if body:
            b["bodySite"] = [body]
        if outcome:
            b["outcome"] = cc(outcome)
        if basedOn:
            b["basedOn"] = [ref(basedOn)]
        return self.add("Procedure", "proc", b)

    def allergy(self, code, reaction=None, crit="low"):
        b = {"clinicalStatus": cc("Active", ("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
             "verificationStatus": cc("Confirmed", ("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
             "type": "allergy", "category": ["medication"], "criticality": crit, "code": code, "patient": ref(self.pat)}
        if reaction:
            b["reaction"] = [{"manifestation": [cc(reaction)]}]
        return self.add("AllergyIntolerance", "alg", b)

    def nka(self):
        return self.add("AllergyIntolerance", "alg", {
            "clinicalStatus": cc("Active", ("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
            "verificationStatus": cc("Confirmed", ("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
            "code": cc("No known drug allergies", ("sct", "409137002", "No known drug allergy")), "patient": ref(self.pat)})

    def imm(self, code, date):
        return self.add("Immunization", "imm", {"status": "completed", "vaccineCode": code, "patient": ref(self.pat), "occurrenceDateTime": date, "primarySource": True})

    def raw(self, rt, prefix, body):
        body = dict(body)
        return self.add(rt, prefix, body)

    # ---- output
    def build(self, cid):
        self.cid = cid
        entries = []
        for rt, suf, body in self.items:
            rid = cid if suf is None else f"{cid}-{suf}"
            res = {"resourceType": rt, "id": rid}
            res.update(body)
            entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": res, "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        txt = json.dumps({"resourceType": "Bundle", "type": "transaction", "entry": entries}, indent=1)
        txt = txt.replace("Patient/@@\"", f"Patient/{cid}\"")
        import re
        txt = re.sub(r'"(\w+)/@@/([\w-]+)"', lambda m: f'"{m.group(1)}/{cid}-{m.group(2)}"', txt)
        return txt


LABS = {
    "hgb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12.0, 15.5),
    "hgbm": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 13.5, 17.5),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", 4.0, 11.0),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", 80, 100),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 135, 145),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1),
    "cr": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.2),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/{1.73_m2}", 60, None),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 99),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.4, 4.5),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", 0.8, 1.8),
    "ferr": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 30, 400),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", None, 4.0),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 30, 200),
    "esr": ("30341-2", "Erythrocyte sedimentation rate", "mm/h", 0, 20),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", None, 10.0),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 7, 56),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 10, 40),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 0.1, 1.2),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", 3.5, 5.0),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", 0.8, 1.2),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", None, 100),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", None, 125),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", None, 50),
    "lipase": ("1798-8", "Amylase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 30, 110),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", 8.6, 10.3),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", 7, 20),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g{creat}", None, 30),
    "afp": ("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "ng/mL", None, 8.3),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL", None, 3.0),
    "ua": ("3084-1", "Urate [Mass/volume] in Serum or Plasma", "mg/dL", 3.5, 7.2),
    "vitb12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", 200, 900),
    "troponin": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", None, 34),
}
# amylase key name kept as 'lipase' by mistake -> provide proper lipase too
LABS["amylase"] = LABS.pop("lipase")
LABS["lipase"] = ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 160)


def cbc(c, date, enc=None, hgb=13.6, wbc=6.8, plt=248, male=False):
    c.lab("hgbm" if male else "hgb", date, hgb, enc)
    c.lab("wbc", date, wbc, enc)
    c.lab("plt", date, plt, enc)


def bmp(c, date, enc=None, na=139, k=4.2, cr=0.8, glu=92, egfr=None):
    c.lab("na", date, na, enc)
    c.lab("k", date, k, enc)
    c.lab("cr", date, cr, enc)
    c.lab("glu", date, glu, enc)
    if egfr:
        c.lab("egfr", date, egfr, enc)
