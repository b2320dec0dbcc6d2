"""Small helpers to build FHIR R4 transaction bundles for the blind-43 set."""
import base64
import zlib
import collections

SCT = "http://snomed.info/sct"
LNC = "http://loinc.org"
I10 = "http://hl7.org/fhir/sid/icd-10"
I10CM = "http://hl7.org/fhir/sid/icd-10-cm"
I9 = "http://hl7.org/fhir/sid/icd-9-cm"
RX = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
CPT = "http://www.ama-assn.org/go/cpt"
UCUM = "http://unitsofmeasure.org"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"

ORGS = {
    "IT": dict(base="https://fhir.ao-valdarno.example.it/fhir", tz="+01:00", lang="it",
               name="Azienda Ospedaliera Regionale del Valdarno - Presidio Ospedaliero San Giovanni",
               payer="Servizio Sanitario Regionale - Regione Toscana (SSN)",
               local="https://fhir.ao-valdarno.example.it/CodeSystem/"),
    "CARD": dict(base="https://fhir.riverside-umc.example.org/heart/R4", tz="-05:00", lang="en-US",
                 name="Riverside University Medical Center - Heart & Vascular Institute",
                 payer="Keystone Mutual Health Plan",
                 local="https://fhir.riverside-umc.example.org/CodeSystem/"),
    "PED": dict(base="https://fhir.harborview-children.example.org/fhir", tz="-05:00", lang="en-US",
                name="Harborview Children's Hospital",
                payer="State Children's Health Insurance Program",
                local="https://fhir.harborview-children.example.org/CodeSystem/"),
    "TELE": dict(base="https://api.clearpath-telehealth.example.com/fhir/r4", tz="-06:00", lang="en-US",
                 name="ClearPath Virtual Primary Care",
                 payer="Summit Choice PPO",
                 local="https://clearpath-telehealth.example.com/codes/"),
}

# key: (loinc, english display, italian display, unit, low, high)
LAB = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Emoglobina", "g/dL", 12.0, 16.0),
    "hbm": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Emoglobina", "g/dL", 13.5, 17.5),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Leucociti", "10*3/uL", 4.0, 10.5),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "Piastrine", "10*3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "Volume corpuscolare medio", "fL", 80, 98),
    "crea": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Creatinina", "mg/dL", 0.6, 1.2),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
             "Filtrato glomerulare stimato (CKD-EPI)", "mL/min/{1.73_m2}", 60, None),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Sodio", "mmol/L", 135, 145),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Potassio", "mmol/L", 3.5, 5.1),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glicemia", "mg/dL", 70, 99),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "Emoglobina glicata (HbA1c)", "%", 4.0, 5.6),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH reflex", "m[IU]/L", 0.4, 4.0),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "FT4", "ng/dL", 0.8, 1.8),
    "ferr": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritina", "ng/mL", 30, 400),
    "fe": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "Sideremia", "ug/dL", 60, 170),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ALT (GPT)", "U/L", 7, 45),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "AST (GOT)", "U/L", 8, 40),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "Bilirubina totale", "mg/dL", 0.2, 1.2),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "Proteina C reattiva", "mg/L", 0, 5),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "VES", "mm/h", 0, 20),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "CK totale", "U/L", 26, 192),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA totale", "ng/mL", 0, 4.0),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "NT-proBNP", "pg/mL", 0, 125),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "Colesterolo LDL", "mg/dL", 0, 100),
    "chol": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "Colesterolo totale", "mg/dL", 0, 200),
    "calp": ("38445-3", "Calprotectin [Mass/mass] in Stool", "Calprotectina fecale", "ug/g", 0, 50),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "Calcemia", "mg/dL", 8.6, 10.3),
    "ttg": ("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum", "Anti-transglutaminasi IgA", "U/mL", 0, 4),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumina", "g/dL", 3.5, 5.2),
    "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "CA 19-9", "U/mL", 0, 37),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "INR", "{INR}", 0.8, 1.2),
    "afp": ("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "Alfa-fetoproteina", "ng/mL", 0, 8.3),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "CEA", "ng/mL", 0, 5),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "PTH intatto", "pg/mL", 15, 65),
    "hdl": ("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", "Colesterolo HDL", "mg/dL", 40, None),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "Albuminuria/creatininuria", "mg/g", 0, 30),
    "neut": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "Neutrofili", "10*3/uL", 1.8, 7.7),
    "ferrped": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritina", "ng/mL", 12, 150),
}

VITAL = {
    "sbp": ("8480-6", "Systolic blood pressure", "mm[Hg]"),
    "dbp": ("8462-4", "Diastolic blood pressure", "mm[Hg]"),
    "hr": ("8867-4", "Heart rate", "/min"),
    "wt": ("29463-7", "Body weight", "kg"),
    "ht": ("8302-2", "Body height", "cm"),
    "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2"),
    "temp": ("8310-5", "Body temperature", "Cel"),
    "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%"),
    "rr": ("9279-1", "Respiratory rate", "/min"),
}


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    return out


def qty(v, unit):
    return {"value": v, "unit": unit, "system": UCUM, "code": unit}


class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.orgkey = org
        self.o = ORGS[org]
        self.entries = []
        self.n = collections.Counter()
        self.pt = f"Patient/{cid}"
        self.org = None
        self.pr = {}

    # ---- core
    def add(self, res, sfx=None):
        rt = res["resourceType"]
        if sfx is None:
            self.n[rt] += 1
            abbrev = {"Observation": "obs", "Encounter": "enc", "Condition": "cond", "DocumentReference": "note",
                      "MedicationRequest": "mr", "MedicationStatement": "ms", "MedicationAdministration": "ma",
                      "DiagnosticReport": "dr", "ServiceRequest": "sr", "Procedure": "proc", "Practitioner": "pract",
                      "Organization": "org", "Communication": "msg", "QuestionnaireResponse": "qr",
                      "CarePlan": "cp", "ClinicalImpression": "ci", "Flag": "flag", "Coverage": "cov",
                      "RelatedPerson": "rp", "AllergyIntolerance": "allergy", "Immunization": "imm"}.get(rt, rt.lower())
            sfx = f"{abbrev}{self.n[rt]}"
        rid = f"{self.cid}-{sfx}"
        res = {"resourceType": rt, "id": rid, **{k: v for k, v in res.items() if k != "resourceType"}}
        if rt == "Patient":
            res["id"] = self.cid
            rid = self.cid
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction", "entry": self.entries}

    def dt(self, d, time="09:30:00"):
        return d if "T" in d else f"{d}T{time}{self.o['tz']}"

    # ---- administrative
    def setup(self, given, family, gender, birth, practs, city=None, ident=None, lang=None, extra_pt=None):
        """practs: list of (key, given, family, role text)."""
        o = self.o
        self.org = self.add({"resourceType": "Organization", "active": True, "name": o["name"],
                             "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
                             "identifier": [{"system": o["local"] + "org", "value": self.orgkey.lower() + "-main"}]}, "org")
        payer = self.add({"resourceType": "Organization", "active": True, "name": o["payer"],
                          "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))]}, "payer")
        pt = {"resourceType": "Patient", "active": True,
              "name": [{"use": "official", "family": family, "given": given.split()}],
              "gender": gender, "birthDate": birth, "managingOrganization": {"reference": self.org}}
        if self.orgkey == "IT":
            pt["identifier"] = [{"system": "http://hl7.it/sid/codiceFiscale", "value": ident or "XXXXXX00X00X000X"}]
            pt["address"] = [{"city": city or "Arezzo", "country": "IT"}]
            pt["communication"] = [{"language": cc(("urn:ietf:bcp:47", "it", "Italian"))}]
        else:
            pt["identifier"] = [{"system": o["local"] + "mrn", "value": ident or f"MRN{zlib.crc32(self.cid.encode()) % 10**7:07d}"}]
            pt["address"] = [{"city": city or "Springfield", "country": "US"}]
        if extra_pt:
            pt.update(extra_pt)
        self.add(pt)
        for key, g, f, role in practs:
            p = {"resourceType": "Practitioner", "active": True, "name": [{"family": f, "given": [g], "prefix": ["Dr." if self.orgkey != "IT" else "Dott."]}],
                 "qualification": [{"code": cc(text=role)}]}
            self.pr[key] = self.add(p, f"pr-{key}")
        self.add({"resourceType": "Coverage", "status": "active",
                  "type": cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL" if self.orgkey in ("IT", "PED") else "EHCPOL",
                              "public healthcare" if self.orgkey in ("IT", "PED") else "extended healthcare")),
                  "beneficiary": {"reference": self.pt}, "payor": [{"reference": payer}],
                  "period": {"start": "2024-01-01"}}, "cov")
        return self

    def ext_org(self, name, key):
        return self.add({"resourceType": "Organization", "active": True, "name": name}, f"org-{key}")

    def ref(self, r):
        return {"reference": r}

    def p(self, key=None):
        if key is None:
            key = next(iter(self.pr))
        return {"reference": self.pr[key]}

    # ---- clinical
    def enc(self, date, text, cls="AMB", reason=None, status="finished", end=None, pr=None, sfx=None,
            code=None, org=None, admit=None, loc_text=None):
        clsd = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                "HH": "home health", "ACUTE": "inpatient acute"}[cls]
        e = {"resourceType": "Encounter", "status": status, "class": coding(ACT, cls, clsd),
             "type": [cc(code, text=text) if code else cc(text=text)],
             "subject": self.ref(self.pt), "serviceProvider": self.ref(org or self.org)}
        if status != "planned":
            e["period"] = {"start": self.dt(date), "end": self.dt(end or date, "18:00:00" if end else "10:10:00")}
        else:
            e["period"] = {"start": self.dt(date)}
        if pr:
            e["participant"] = [{"individual": self.p(pr)}]
        if reason:
            e["reasonCode"] = [reason if isinstance(reason, dict) else cc(text=reason)]
        if admit:
            e["hospitalization"] = {"admitSource": cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1]))}
        return self.add(e, sfx)

    def cond(self, text, codes=(), onset=None, status="active", ver="confirmed", cat="problem-list-item",
             abate=None, note=None, enc=None, recorder=None, severity=None, sfx=None, stage=None):
        c = {"resourceType": "Condition"}
        if status:
            c["clinicalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", status))
        c["verificationStatus"] = cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver))
        c["category"] = [cc(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                             "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))]
        if severity:
            c["severity"] = cc(text=severity)
        c["code"] = cc(*codes, text=text)
        c["subject"] = self.ref(self.pt)
        if enc:
            c["encounter"] = self.ref(enc)
        if onset:
            c["onsetDateTime"] = onset
            c["recordedDate"] = onset
        if abate:
            c["abatementDateTime"] = abate
        if recorder:
            c["recorder"] = self.p(recorder)
        if stage:
            c["stage"] = [{"summary": cc(text=stage)}]
        if note:
            c["note"] = [{"text": note}]
        return self.add(c, sfx)

    def _interp(self, v, lo, hi):
        if not isinstance(v, (int, float)) or isinstance(v, bool):
            return None
        if lo is not None and v < lo:
            return "L"
        if hi is not None and v > hi:
            return "H"
        return "N"

    def obs(self, code, date, value=None, unit=None, lo=None, hi=None, cat="laboratory", enc=None, interp="auto",
            note=None, comps=None, performer=None, method=None, sfx=None, status="final", range_text=None, issued=True):
        o = {"resourceType": "Observation", "status": status,
             "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                                            "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure",
                                            "social-history": "Social History"}[cat]))],
             "code": code, "subject": self.ref(self.pt), "effectiveDateTime": self.dt(date, "08:15:00")}
        if issued and cat == "laboratory":
            o["issued"] = self.dt(date, "14:20:00")
        if enc:
            o["encounter"] = self.ref(enc)
        if performer:
            o["performer"] = [performer if isinstance(performer, dict) else self.ref(performer)]
        if isinstance(value, bool):
            o["valueBoolean"] = value
        elif isinstance(value, (int, float)):
            if unit is None:
                o["valueInteger"] = value
            else:
                o["valueQuantity"] = qty(value, unit)
        elif isinstance(value, str):
            o["valueString"] = value
        elif isinstance(value, dict):
            o["valueCodeableConcept"] = value
        if comps:
            o["component"] = comps
        if method:
            o["method"] = cc(text=method)
        if interp == "auto":
            interp = self._interp(value, lo, hi) if (lo is not None or hi is not None) else None
        if interp:
            o["interpretation"] = [cc((INTERP, interp, {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal",
                                                       "HH": "Critical high", "POS": "Positive", "NEG": "Negative"}[interp]))]
        if lo is not None or hi is not None or range_text:
            rr = {}
            if lo is not None:
                rr["low"] = qty(lo, unit)
            if hi is not None:
                rr["high"] = qty(hi, unit)
            if range_text:
                rr["text"] = range_text
            o["referenceRange"] = [rr]
        if note:
            o["note"] = [{"text": note}]
        return self.add(o, sfx)

    def lab(self, key, date, value, enc=None, lo="d", hi="d", note=None):
        code, en, it, unit, dlo, dhi = LAB[key]
        lo = dlo if lo == "d" else lo
        hi = dhi if hi == "d" else hi
        if self.orgkey == "IT":
            cd = cc((LNC, code, en), (self.o["local"] + "lab", "LAB-" + key.upper(), it), text=it)
        else:
            cd = cc((LNC, code, en), text=en.split(" [")[0])
        return self.obs(cd, date, value, unit, lo, hi, enc=enc, note=note)

    def panel(self, date, title, items, enc=None, conclusion=None, code=None, performer=None, cat="LAB"):
        refs = [self.lab(*it[:1], date, *it[1:2], enc=enc) if len(it) == 2 else
                self.lab(it[0], date, it[1], enc=enc, lo=it[2], hi=it[3]) for it in items]
        d = {"resourceType": "DiagnosticReport", "status": "final",
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", cat, "Laboratory" if cat == "LAB" else cat))],
             "code": code or cc(text=title), "subject": self.ref(self.pt), "effectiveDateTime": self.dt(date, "08:15:00"),
             "issued": self.dt(date, "15:00:00"), "result": [self.ref(r) for r in refs]}
        if enc:
            d["encounter"] = self.ref(enc)
        if performer:
            d["performer"] = [self.ref(performer)]
        if conclusion:
            d["conclusion"] = conclusion
        return self.add(d)

    def report(self, date, code, conclusion, cat=("RAD", "Radiology"), enc=None, results=(), performer=None,
               ccode=None, status="final"):
        d = {"resourceType": "DiagnosticReport", "status": status,
             "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", *cat))],
             "code": code, "subject": self.ref(self.pt), "effectiveDateTime": self.dt(date, "11:00:00"),
             "issued": self.dt(date, "16:30:00"), "conclusion": conclusion}
        if results:
            d["result"] = [self.ref(r) for r in results]
        if enc:
            d["encounter"] = self.ref(enc)
        if performer:
            d["performer"] = [self.p(performer)]
        if ccode:
            d["conclusionCode"] = [ccode]
        return self.add(d)

    def vitals(self, date, sbp=None, dbp=None, hr=None, wt=None, enc=None, ht=None, temp=None, spo2=None, note=None):
        out = []
        vs = lambda k: cc((LNC, VITAL[k][0], VITAL[k][1]), text=VITAL[k][1])
        if sbp:
            comps = [{"code": vs("sbp"), "valueQuantity": qty(sbp, "mm[Hg]")},
                     {"code": vs("dbp"), "valueQuantity": qty(dbp, "mm[Hg]")}]
            out.append(self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"),
                                date, cat="vital-signs", enc=enc, comps=comps, note=note))
        for k, v in (("hr", hr), ("wt", wt), ("ht", ht), ("temp", temp), ("spo2", spo2)):
            if v is not None:
                out.append(self.obs(vs(k), date, v, VITAL[k][2], cat="vital-signs", enc=enc))
        return out

    def med(self, kind, medcc, start, status="active", reason=None, dose=None, end=None, pr=None, enc=None,
            note=None, intent="order", sfx=None):
        m = {"resourceType": kind, "status": status, "medicationCodeableConcept": medcc, "subject": self.ref(self.pt)}
        if kind == "MedicationRequest":
            m["intent"] = intent
            m["authoredOn"] = start
            if pr:
                m["requester"] = self.p(pr)
            if enc:
                m["encounter"] = self.ref(enc)
            if dose:
                m["dosageInstruction"] = [{"text": dose}]
            if reason:
                m["reasonCode"] = [reason]
        elif kind == "MedicationStatement":
            per = {"start": start}
            if end:
                per["end"] = end
            m["effectivePeriod"] = per
            m["dateAsserted"] = end or start
            if dose:
                m["dosage"] = [{"text": dose}]
            if reason:
                m["reasonCode"] = [reason]
        elif kind == "MedicationAdministration":
            m["effectiveDateTime"] = self.dt(start, "10:00:00")
            if dose:
                m["dosage"] = {"text": dose}
            if pr:
                m["performer"] = [{"actor": self.p(pr)}]
            if reason:
                m["reasonCode"] = [reason]
            if enc:
                m["context"] = self.ref(enc)
        if note:
            m["note"] = [{"text": note}]
        return self.add(m, sfx)

    def note(self, date, title, text, enc=None, author=None, typ=None, lang=None, time="17:00:00"):
        typ = typ or (cc((LNC, "11506-3", "Progress note"), text=title))
        d = {"resourceType": "DocumentReference", "status": "current", "docStatus": "final", "type": typ,
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": self.ref(self.pt), "date": self.dt(date, time), "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.o["lang"],
                                         "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                                         "title": title, "creation": self.dt(date, time)}}]}
        if author:
            d["author"] = [self.p(author) if author in self.pr else self.ref(author)]
        if enc:
            d["context"] = {"encounter": [self.ref(enc)]}
        return self.add(d)

    def sr(self, code, status, intent, authored, occ=None, reason=None, pr=None, performer=None, note=None,
           category=None, enc=None, priority="routine", reasonref=None, sfx=None):
        s = {"resourceType": "ServiceRequest", "status": status, "intent": intent, "priority": priority,
             "code": code, "subject": self.ref(self.pt), "authoredOn": self.dt(authored, "12:00:00")}
        if category:
            s["category"] = [category]
        if occ:
            s["occurrenceDateTime"] = occ
        if reason:
            s["reasonCode"] = [reason]
        if reasonref:
            s["reasonReference"] = [self.ref(reasonref)]
        if pr:
            s["requester"] = self.p(pr)
        if performer:
            s["performer"] = [self.ref(performer)]
        if enc:
            s["encounter"] = self.ref(enc)
        if note:
            s["note"] = [{"text": note}]
        return self.add(s, sfx)

    def proc(self, code, status, date=None, reason=None, pr=None, note=None, enc=None, outcome=None, body=None, sfx=None,
             category=None):
        p = {"resourceType": "Procedure", "status": status, "code": code, "subject": self.ref(self.pt)}
        if category:
            p["category"] = category
        if date:
            p["performedDateTime"] = self.dt(date, "11:00:00")
        if reason:
            p["reasonCode"] = [reason]
        if pr:
            p["performer"] = [{"actor": self.p(pr)}]
        if enc:
            p["encounter"] = self.ref(enc)
        if outcome:
            p["outcome"] = cc(text=outcome)
        if body:
            p["bodySite"] = [body]
        if note:
            p["note"] = [{"text": note}]
        return self.add(p, sfx)

    def careplan(self, title, cat, start, status="active", desc=None, acts=(), addresses=None, pr=None, sfx=None):
        c = {"resourceType": "CarePlan", "status": status, "intent": "plan", "category": [cat], "title": title,
             "subject": self.ref(self.pt), "period": {"start": start}, "created": start}
        if desc:
            c["description"] = desc
        if addresses:
            c["addresses"] = [self.ref(a) for a in addresses]
        if pr:
            c["author"] = self.p(pr)
        if acts:
            c["activity"] = [{"detail": {"kind": "ServiceRequest", "code": a[0], "status": a[1], "description": a[2]}}
                             for a in acts]
        return self.add(c, sfx)

    def msg(self, date, text, sender=None, recipient=None, reply_to=None, cat="notification", sfx=None, topic=None):
        m = {"resourceType": "Communication", "status": "completed",
             "category": [cc(("http://terminology.hl7.org/CodeSystem/communication-category", cat))],
             "subject": self.ref(self.pt), "sent": self.dt(date, "20:14:00"),
             "sender": self.ref(sender or self.pt), "payload": [{"contentString": text}]}
        if recipient:
            m["recipient"] = [self.ref(recipient)]
        if reply_to:
            m["inResponseTo"] = [self.ref(reply_to)]
        if topic:
            m["topic"] = cc(text=topic)
        return self.add(m, sfx)

    def impression(self, date, summary, pr=None, desc=None, findings=(), problems=(), enc=None):
        ci = {"resourceType": "ClinicalImpression", "status": "completed", "subject": self.ref(self.pt),
              "date": self.dt(date, "16:00:00"), "summary": summary}
        if desc:
            ci["description"] = desc
        if pr:
            ci["assessor"] = self.p(pr)
        if enc:
            ci["encounter"] = self.ref(enc)
        if problems:
            ci["problem"] = [self.ref(p) for p in problems]
        if findings:
            ci["finding"] = [{"itemCodeableConcept": f} for f in findings]
        return self.add(ci)

    def qr(self, date, qname, items, author=None, source=None):
        def mk(it):
            link, text, ans = it
            a = []
            for v in (ans if isinstance(ans, list) else [ans]):
                if isinstance(v, bool):
                    a.append({"valueBoolean": v})
                elif isinstance(v, int):
                    a.append({"valueInteger": v})
                elif isinstance(v, dict):
                    a.append({"valueCoding": v})
                else:
                    a.append({"valueString": v})
            return {"linkId": link, "text": text, "answer": a}
        q = {"resourceType": "QuestionnaireResponse", "status": "completed", "subject": self.ref(self.pt),
             "authored": self.dt(date, "13:05:00"), "item": [mk(i) for i in items],
             "questionnaire": self.o["local"] + "Questionnaire/" + qname}
        if author:
            q["author"] = self.ref(author)
        if source:
            q["source"] = self.ref(source)
        return self.add(q)
