import base64, json

SCT = "http://snomed.info/sct"
ICD = "http://hl7.org/fhir/sid/icd-10-cm"
LN = "http://loinc.org"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
DIN = "http://hl7.org/fhir/sid/ca-hc-din"
UCUM = "http://unitsofmeasure.org"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

TZ = {"ON": "-05:00", "MB": "-06:00", "BC": "-08:00", "US-E": "-05:00", "US-C": "-06:00", "US-M": "-07:00", "US-P": "-08:00"}

ORGS = {
    "nsrhc": dict(kind="CA", name="Northshore Regional Health Centre", base="https://fhir.nsrhc.on.ca/r4", prov="ON",
                  fht="Lakeview Family Health Team", city="Thunder Bay", payor="Ontario Ministry of Health (OHIP)",
                  hcn="https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn", mrn="https://fhir.nsrhc.on.ca/id/mrn"),
    "rgh": dict(kind="CA", name="Riverside General Hospital - Prairie Lakes Health", base="https://ehr.prairielakeshealth.mb.ca/fhir/R4", prov="MB",
                fht="Assiniboine Family Medical Clinic", city="Brandon", payor="Manitoba Health, Seniors and Long-Term Care",
                hcn="https://fhir.infoway-inforoute.ca/NamingSystem/ca-mb-patient-healthcare-id", mrn="https://ehr.prairielakeshealth.mb.ca/id/chart"),
    "frch": dict(kind="CA", name="Fraser Ridge Community Hospital", base="https://fhir.fraserridge.bc.ca/r4", prov="BC",
                 fht="Ridgeview Primary Care Network", city="Maple Ridge", payor="BC Medical Services Plan (MSP)",
                 hcn="https://fhir.infoway-inforoute.ca/NamingSystem/ca-bc-patient-healthcare-id", mrn="https://fhir.fraserridge.bc.ca/id/mrn"),
    "swift": dict(kind="UC", name="SwiftCare Urgent Care & Telehealth", base="https://api.swiftcare-health.com/fhir/r4", prov="US-C",
                  city="Plano", st="TX", mrn="https://api.swiftcare-health.com/id/patient"),
    "beacon": dict(kind="UC", name="Beacon Walk-In & Virtual Care", base="https://fhir.beaconvirtualcare.com/R4", prov="US-E",
                   city="Columbus", st="OH", mrn="https://fhir.beaconvirtualcare.com/id/mrn"),
    "summit": dict(kind="SP", name="Summit Spine & Sports Medicine", base="https://ehr.summitspine.com/fhir/R4", prov="US-M",
                   city="Lakewood", st="CO", mrn="https://ehr.summitspine.com/id/acct"),
    "cascade": dict(kind="SP", name="Cascade Pain & Orthopedic Spine Institute", base="https://fhir.cascadespine.org/r4", prov="US-P",
                    city="Tacoma", st="WA", mrn="https://fhir.cascadespine.org/id/mrn"),
}


def cc(*codings, text=None):
    out = {}
    cs = [c for c in codings if c]
    if cs:
        out["coding"] = [dict(system=s, code=c, display=d) if d else dict(system=s, code=c) for (s, c, d) in cs]
    if text:
        out["text"] = text
    elif cs and cs[0][2]:
        out["text"] = cs[0][2]
    return out


def ref(x):
    return {"reference": x}


class Case:
    def __init__(self, cid, orgkey):
        self.cid = cid
        self.o = ORGS[orgkey]
        self.base = self.o["base"]
        self.tz = TZ[self.o["prov"]]
        self.entries = []
        self.counts = {}
        self.ca = self.o["kind"] == "CA"

    def nid(self, short):
        self.counts[short] = self.counts.get(short, 0) + 1
        return f"{self.cid}-{short}-{self.counts[short]}"

    def add(self, rt, res, short, rid=None):
        rid = rid or self.nid(short)
        r = {"resourceType": rt, "id": rid}
        r.update(res)
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def ts(self, d, t="09:30:00"):
        return d if "T" in d else f"{d}T{t}{self.tz}"

    # ---- admin
    def setup(self, given, family, gender, birth, mrn, pracs, hcn=None, ssn_plan=None, addr=None, phone=None,
              payor=None, plan=None, member=None, lang=None, extra_orgs=()):
        o = self.o
        self.org = self.add("Organization", {"active": True, "name": o["name"],
                             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))]}, "org")
        self.orgs = {"main": self.org}
        if self.ca:
            self.orgs["fht"] = self.add("Organization", {"active": True, "name": o["fht"], "partOf": ref(self.org) if False else None} if False else {"active": True, "name": o["fht"],
                             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))]}, "org")
        for k, nm in extra_orgs:
            self.orgs[k] = self.add("Organization", {"active": True, "name": nm}, "org")
        self.pr = {}
        for key, (gn, fn, qual) in pracs.items():
            self.pr[key] = self.add("Practitioner", {"active": True, "name": [{"family": fn, "given": [gn], "prefix": ["Dr."] if qual.startswith(("MD", "DO", "MBBS")) else []}],
                                    "qualification": [{"code": {"text": qual}}]}, "pract")
        ids = [{"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                "system": o["mrn"], "value": mrn}]
        if hcn:
            ids.append({"use": "official", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "JHN", "Jurisdictional health number (Canada)")),
                        "system": o["hcn"], "value": hcn})
        pat = {"identifier": ids, "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
               "gender": gender, "birthDate": birth,
               "address": [addr or {"city": o["city"], "state": o.get("st", o["prov"]), "country": "CA" if self.ca else "US"}],
               "managingOrganization": ref(self.org)}
        if phone:
            pat["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if lang:
            pat["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        self.pat = self.add("Patient", pat, "", rid=self.cid)
        self.counts.pop("", None)
        pay_name = payor or o.get("payor")
        if pay_name:
            payref = self.add("Organization", {"active": True, "name": pay_name,
                              "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "ins" if not self.ca else "govt",
                                           "Insurance Company" if not self.ca else "Government"))]}, "org")
            cov = {"status": "active", "beneficiary": ref(self.pat), "payor": [ref(payref)],
                   "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL" if self.ca else "EHCPOL",
                               "public healthcare" if self.ca else "extended healthcare"), text=plan),
                   "subscriberId": member or hcn or mrn, "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self"))}
            self.add("Coverage", cov, "cov")
        return self.pat

    def enc(self, start, cls="AMB", typ=None, reason=None, pr=None, end=None, org=None, status="finished", priority=None, dx=None, loc_text=None):
        disp = {"AMB": "ambulatory", "VR": "virtual", "IMP": "inpatient encounter", "EMER": "emergency"}[cls]
        e = {"status": status, "class": {"system": ACT, "code": cls, "display": disp}, "subject": ref(self.pat),
             "period": {"start": self.ts(start)}, "serviceProvider": ref(org or self.org)}
        if end:
            e["period"]["end"] = self.ts(end, "17:00:00")
        elif status == "finished":
            e["period"]["end"] = self.ts(start, "10:10:00")
        if typ:
            e["type"] = [typ if isinstance(typ, dict) else {"text": typ}]
        if reason:
            e["reasonCode"] = [reason if isinstance(reason, dict) else {"text": reason}]
        if pr:
            e["participant"] = [{"individual": ref(self.pr[pr])}]
        if priority:
            e["priority"] = cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", priority[0], priority[1]))
        if dx:
            e["diagnosis"] = [{"condition": ref(d)} for d in dx]
        if loc_text:
            e["location"] = [{"location": {"display": loc_text}}]
        return self.add("Encounter", e, "enc")

    def cond(self, code, onset=None, status="active", ver="confirmed", cat="problem-list-item", enc=None, abate=None,
             recorded=None, note=None, severity=None, pr=None, body=None):
        c = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status, None)),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver, None)),
             "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                              "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
             "code": code, "subject": ref(self.pat)}
        c["clinicalStatus"].pop("text", None); c["verificationStatus"].pop("text", None)
        if severity:
            c["severity"] = cc((SCT, *severity))
        if body:
            c["bodySite"] = [body]
        if onset:
            c["onsetDateTime"] = onset
        if abate:
            c["abatementDateTime"] = abate
        c["recordedDate"] = recorded or onset or "2026-01-01"
        if enc:
            c["encounter"] = ref(enc)
        if pr:
            c["recorder"] = ref(self.pr[pr])
        if note:
            c["note"] = [{"text": note}]
        return self.add("Condition", c, "cond")

    def obs(self, code, date, value=None, unit=None, ucum=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, vstr=None, comps=None, refText=None, note=None, status="final", vcc=None, perf=None, method=None):
        o = {"status": status, "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                                                              "imaging": "Imaging", "exam": "Exam", "procedure": "Procedure", "activity": "Activity"}[cat]))],
             "code": code, "subject": ref(self.pat), "effectiveDateTime": self.ts(date, "08:15:00") if cat == "laboratory" else date}
        if enc:
            o["encounter"] = ref(enc)
        if perf:
            o["performer"] = [ref(perf)]
        if value is not None:
            q = {"value": value}
            if unit is not None:
                q["unit"] = unit; q["system"] = UCUM; q["code"] = ucum or unit
            o["valueQuantity"] = q
        if vstr is not None:
            o["valueString"] = vstr
        if vcc is not None:
            o["valueCodeableConcept"] = vcc
        if interp:
            o["interpretation"] = [cc((INTERP, interp, {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low", "POS": "Positive", "NEG": "Negative"}[interp]))]
        if low is not None or high is not None or refText:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": ucum or unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": ucum or unit}
            if refText:
                rr["text"] = refText
            o["referenceRange"] = [rr]
        if comps:
            o["component"] = comps
        if note:
            o["note"] = [{"text": note}]
        if method:
            o["method"] = {"text": method}
        return self.add("Observation", o, "obs")

    def lab(self, key, date, value, interp=None, enc=None, **kw):
        spec = LABS_CA[key] if self.ca and key in LABS_CA else LABS[key]
        lo, hi = spec[4], spec[5]
        if interp is None and value is not None and (lo is not None or hi is not None):
            interp = "L" if (lo is not None and value < lo) else "H" if (hi is not None and value > hi) else "N"
        return self.obs(cc((LN, spec[0], spec[1])), date, value, spec[2], spec[3], lo, hi, interp, enc=enc, **kw)

    def vitals(self, date, enc=None, sbp=None, dbp=None, hr=None, wt=None, temp=None, spo2=None, rr=None, ht=None):
        out = []
        if sbp:
            out.append(self.obs(cc((LN, "85354-9", "Blood pressure panel with all children optional")), date, cat="vital-signs", enc=enc,
                                comps=[{"code": cc((LN, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": sbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                                       {"code": cc((LN, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dbp, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}]))
        if hr:
            out.append(self.obs(cc((LN, "8867-4", "Heart rate")), date, hr, "/min", "/min", cat="vital-signs", enc=enc))
        if wt:
            out.append(self.obs(cc((LN, "29463-7", "Body weight")), date, wt, "kg", "kg", cat="vital-signs", enc=enc))
        if ht:
            out.append(self.obs(cc((LN, "8302-2", "Body height")), date, ht, "cm", "cm", cat="vital-signs", enc=enc))
        if temp:
            out.append(self.obs(cc((LN, "8310-5", "Body temperature")), date, temp, "Cel", "Cel", cat="vital-signs", enc=enc))
        if spo2:
            out.append(self.obs(cc((LN, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2, "%", "%", cat="vital-signs", enc=enc))
        if rr:
            out.append(self.obs(cc((LN, "9279-1", "Respiratory rate")), date, rr, "/min", "/min", cat="vital-signs", enc=enc))
        return out

    def med(self, code, authored, dose, status="active", intent="order", pr=None, reason=None, enc=None, rt="MedicationRequest", end=None, note=None, start=None):
        if rt == "MedicationRequest":
            m = {"status": status, "intent": intent, "medicationCodeableConcept": code, "subject": ref(self.pat),
                 "authoredOn": authored, "dosageInstruction": [{"text": dose}]}
            if pr:
                m["requester"] = ref(self.pr[pr])
            if enc:
                m["encounter"] = ref(enc)
            if reason:
                m["reasonReference"] = [ref(reason)]
            if start or end:
                m["dispenseRequest"] = {"validityPeriod": {k: v for k, v in (("start", start or authored), ("end", end)) if v}}
        else:
            m = {"status": status, "medicationCodeableConcept": code, "subject": ref(self.pat),
                 "effectivePeriod": {k: v for k, v in (("start", start or authored), ("end", end)) if v},
                 "dateAsserted": authored, "dosage": [{"text": dose}]}
            if reason:
                m["reasonReference"] = [ref(reason)]
        if note:
            m["note"] = [{"text": note}]
        return self.add(rt, m, "med" if rt == "MedicationRequest" else "medst")

    def note(self, date, typ, title, text, pr=None, enc=None, org=None):
        loinc = {"consult": ("11488-4", "Consult note"), "progress": ("11506-3", "Progress note"), "discharge": ("18842-5", "Discharge summary"),
                 "ed": ("34111-5", "Emergency department note"), "hp": ("34117-2", "History and physical note"), "imaging": ("18748-4", "Diagnostic imaging study"),
                 "procedure": ("28570-0", "Procedure note"), "referral": ("57133-1", "Referral note"), "pt": ("11507-1", "Occupational therapy note") if False else ("11508-9", "Physical therapy progress note"),
                 "telehealth": ("11506-3", "Progress note"), "letter": ("11488-4", "Consult note"), "path": ("11526-1", "Pathology study"), "nursing": ("34746-8", "Nurse note"),
                 "lab": ("11502-2", "Laboratory report"), "op": ("11504-8", "Surgical operation note")}[typ]
        d = {"status": "current", "docStatus": "final", "type": cc((LN, *loinc)), "subject": ref(self.pat),
             "date": self.ts(date, "16:20:00"), "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": "en-CA" if self.ca else "en-US", "title": title,
                                         "data": base64.b64encode(text.strip().encode()).decode(), "creation": self.ts(date, "16:20:00")}}]}
        if pr:
            d["author"] = [ref(self.pr[pr])]
        d["custodian"] = ref(org or self.org)
        if enc:
            d["context"] = {"encounter": [ref(enc)]}
        return self.add("DocumentReference", d, "doc")

    def sr(self, code, authored, status="active", intent="order", occ=None, pr=None, performer=None, reason=None, cat=None, note=None, priority=None, enc=None, reasonText=None):
        s = {"status": status, "intent": intent, "code": code, "subject": ref(self.pat), "authoredOn": authored}
        if cat:
            s["category"] = [cat]
        if priority:
            s["priority"] = priority
        if occ:
            if isinstance(occ, tuple):
                s["occurrencePeriod"] = {"start": occ[0], "end": occ[1]}
            else:
                s["occurrenceDateTime"] = occ
        if pr:
            s["requester"] = ref(self.pr[pr])
        if performer:
            s["performer"] = [ref(performer)] if isinstance(performer, str) and "/" in performer else [{"display": performer}]
        if reason:
            s["reasonReference"] = [ref(reason)]
        if reasonText:
            s["reasonCode"] = [{"text": reasonText}]
        if enc:
            s["encounter"] = ref(enc)
        if note:
            s["note"] = [{"text": note}]
        return self.add("ServiceRequest", s, "sr")

    def proc(self, code, date, status="completed", reason=None, pr=None, note=None, enc=None, body=None, outcome=None, based=None):
        p = {"status": status, "code": code, "subject": ref(self.pat)}
        if date:
            p["performedDateTime"] = date
        if reason:
            p["reasonReference"] = [ref(reason)]
        if pr:
            p["performer"] = [{"actor": ref(self.pr[pr])}]
        if enc:
            p["encounter"] = ref(enc)
        if body:
            p["bodySite"] = [body]
        if outcome:
            p["outcome"] = {"text": outcome}
        if based:
            p["basedOn"] = [ref(based)]
        if note:
            p["note"] = [{"text": note}]
        return self.add("Procedure", p, "proc")

    def report(self, code, date, conclusion, results=(), cat=("RAD", "Radiology"), pr=None, enc=None, status="final"):
        d = {"status": status, "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", *cat))], "code": code,
             "subject": ref(self.pat), "effectiveDateTime": date, "issued": self.ts(date, "15:00:00"), "conclusion": conclusion}
        if results:
            d["result"] = [ref(r) for r in results]
        if pr:
            d["performer"] = [ref(self.pr[pr])]
        if enc:
            d["encounter"] = ref(enc)
        return self.add("DiagnosticReport", d, "dr")

    def allergy(self, code, crit="low", reaction=None, date="2015-01-01"):
        a = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", None)),
             "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", None)),
             "type": "allergy", "category": ["medication"], "criticality": crit, "code": code, "patient": ref(self.pat), "recordedDate": date}
        a["clinicalStatus"].pop("text", None); a["verificationStatus"].pop("text", None)
        if reaction:
            a["reaction"] = [{"manifestation": [{"text": reaction}]}]
        return self.add("AllergyIntolerance", a, "alg")

    def imm(self, cvx, disp, date):
        return self.add("Immunization", {"status": "completed", "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, disp)),
                                         "patient": ref(self.pat), "occurrenceDateTime": date, "primarySource": True}, "imm")

    def raw(self, rt, res, short):
        return self.add(rt, res, short)

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


# key: loinc, display, unit, ucum, low, high
LABS = {
    "hgb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL", 13.5, 17.5),
    "hgbF": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", "g/dL", 12.0, 15.5),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", 4.0, 11.0),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", "10*3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", "fL", 80, 100),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", 24, 336),
    "cr": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 0.6, 1.3),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 70, 99),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "%", 4.0, 5.6),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", "m[IU]/L", 0.4, 4.5),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", "ng/dL", 0.8, 1.8),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 3.5, 5.1),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 136, 145),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", "mg/L", None, 10),
    "esr": ("30341-2", "Erythrocyte sedimentation rate", "mm/h", "mm/h", 0, 20),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 40, 129),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 7, 56),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", "g/dL", 3.5, 5.0),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", "mg/dL", 0.1, 1.2),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", "{INR}", 0.8, 1.2),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", "mg/dL", None, 100),
    "ua_wbc": ("5821-4", "Leukocytes [#/area] in Urine sediment by Microscopy high power field", "/[HPF]", "/[HPF]", 0, 5),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", "pg/mL", None, 125),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", None, 3.0),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g", "mg/g{creat}", None, 30),
    "vitd": ("1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", "ng/mL", "ng/mL", 30, 100),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "U/L", 30, 200),
}
LABS_CA = {
    "hgb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "g/L", 135, 175),
    "hgbF": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "g/L", 120, 160),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "x10E9/L", "10*9/L", 4.0, 11.0),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "x10E9/L", "10*9/L", 150, 400),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", "ug/L", 30, 300),
    "cr": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", "umol/L", 50, 110),
    "glu": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 3.6, 6.0),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", "%", 4.0, 6.0),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "mU/L", "m[IU]/L", 0.32, 4.0),
    "ft4": ("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "pmol/L", "pmol/L", 9.0, 19.0),
    "alb": ("61151-7", "Albumin [Mass/volume] in Serum or Plasma by Bromocresol green (BCG) dye binding method", "g/L", "g/L", 35, 50),
    "bili": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", "umol/L", 3, 20),
    "ldl": ("22748-8", "Cholesterol in LDL [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", None, 3.4),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "ng/L", "ng/L", None, 125),
    "uacr": ("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine", "mg/mmol", "mg/mmol{creat}", None, 2.0),
    "vitd": ("62292-8", "25-hydroxyvitamin D2+25-hydroxyvitamin D3 [Moles/volume] in Serum or Plasma", "nmol/L", "nmol/L", 75, 250),
}


def dump(case, path):
    with open(path, "w") as f:
        json.dump(case.bundle(), f, indent=1, ensure_ascii=False)
