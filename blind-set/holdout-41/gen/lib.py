"""Helpers for building FHIR R4 transaction bundles (blind-41)."""
import base64, collections

SCT = "http://snomed.info/sct"; LNC = "http://loinc.org"; ICD = "http://hl7.org/fhir/sid/icd-10-cm"
CIE = "https://eciemaps.sanidad.gob.es/fhir/CodeSystem/cie10es-diagnosticos"
CIEP = "https://eciemaps.sanidad.gob.es/fhir/CodeSystem/cie10es-procedimientos"
CPT = "http://www.ama-assn.org/go/cpt"; RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"; UCUM = "http://unitsofmeasure.org"; CVX = "http://hl7.org/fhir/sid/cvx"
ORPHA = "http://www.orpha.net"
V2 = "http://terminology.hl7.org/CodeSystem/"

ORGS = {
    "ES": dict(base="https://fhir.hospital-vallehermoso.example.es/fhir/", name="Hospital Universitario Valle Hermoso",
               local="https://hospital-vallehermoso.example.es/fhir/CodeSystem/", tz="+01:00", lang="es",
               city="Alcalá del Valle", state="Madrid", country="ES",
               prs=[("García Ortega", "Lucía", "Medicina Interna"), ("Martín Roldán", "Javier", "Medicina Familiar y Comunitaria"),
                    ("Serrano Ibáñez", "Elena", "Cardiología")],
               payer="Servicio Regional de Salud"),
    "SP": dict(base="https://fhir.cascadespine.example.com/r4/", name="Cascade Spine & Orthopaedic Center",
               local="https://cascadespine.example.com/fhir/CodeSystem/", tz="-08:00", lang="en",
               city="Tacoma", state="WA", country="US",
               prs=[("Whitfield", "Daniel", "Orthopaedic spine surgery"), ("Okafor", "Grace", "Physical medicine and rehabilitation"),
                    ("Lindqvist", "Marcus", "Physical therapy")],
               payer="Evergreen Mutual Health Plan"),
    "RH": dict(base="https://fhir.lakeside-rheum.example.org/fhir/", name="Lakeside Rheumatology & Autoimmune Clinic",
               local="https://lakeside-rheum.example.org/fhir/CodeSystem/", tz="-05:00", lang="en",
               city="Madison", state="WI", country="US",
               prs=[("Banerjee", "Anita", "Rheumatology"), ("Kowalski", "Peter", "Rheumatology"), ("Hughes", "Renee", "Nurse practitioner")],
               payer="Great Lakes Health Cooperative"),
    "HN": dict(base="https://ehr.northgate-hn.example.net/fhir/R4/", name="Northgate Head & Neck and ENT Cancer Service",
               local="https://northgate-hn.example.net/fhir/CodeSystem/", tz="-05:00", lang="en",
               city="Pittsburgh", state="PA", country="US",
               prs=[("Castellano", "Miguel", "Otolaryngology - head and neck surgery"), ("Nguyen", "Thao", "Radiation oncology"),
                    ("Brennan", "Siobhan", "Speech-language pathology")],
               payer="Keystone Health Alliance"),
}

# key: (loinc, english, local code, spanish, ucum, low, high)
LAB = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "HEM-HB", "Hemoglobina", "g/dL", 12.0, 16.5),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "HEM-VCM", "Volumen corpuscular medio", "fL", 80, 100),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood", "HEM-LEU", "Leucocitos", "10*3/uL", 4.0, 11.0),
    "plt": ("777-3", "Platelets [#/volume] in Blood", "HEM-PLQ", "Plaquetas", "10*3/uL", 150, 400),
    "ferr": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "BQ-FERR", "Ferritina", "ng/mL", 30, 300),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "BQ-GLU", "Glucosa", "mg/dL", 70, 110),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "BQ-HBA1C", "Hemoglobina glicada (HbA1c)", "%", 4.0, 6.0),
    "cre": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "BQ-CREA", "Creatinina", "mg/dL", 0.6, 1.2),
    "egfr": ("62238-1", "GFR/BSA.pred [Volume Rate/Area] in Serum, Plasma or Blood by CKD-EPI", "BQ-FGE",
             "Filtrado glomerular estimado (CKD-EPI)", "mL/min/{1.73_m2}", 60, None),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "BQ-NA", "Sodio", "mmol/L", 135, 145),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "BQ-K", "Potasio", "mmol/L", 3.5, 5.1),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "HOR-TSH", "Tirotropina (TSH)", "m[IU]/L", 0.4, 4.0),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "BQ-GPT",
            "Alanina aminotransferasa (GPT)", "U/L", 7, 40),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "BQ-PCR", "Proteína C reactiva", "mg/L", None, 5),
    "esr": ("30341-2", "Erythrocyte sedimentation rate", "HEM-VSG", "Velocidad de sedimentación globular", "mm/h", None, 20),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "BQ-CK", "Creatina cinasa", "U/L", 30, 200),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "BQ-B12", "Vitamina B12", "pg/mL", 200, 900),
    "bnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "BQ-NTPRO",
            "NT-proBNP", "pg/mL", None, 450),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "HEC-CALP", "Calprotectina fecal", "ug/g", None, 50),
    "fit": ("29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay", "HEC-SOH",
            "Sangre oculta en heces (inmunoquímica)", "ug/g", None, 20),
    "chol": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "BQ-COL", "Colesterol total", "mg/dL", None, 200),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "BQ-ALB", "Albúmina", "g/dL", 3.5, 5.2),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "BQ-CA", "Calcio", "mg/dL", 8.5, 10.5),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "HOR-PTH", "Parathormona intacta", "pg/mL", 15, 65),
    "rf": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "INM-FR", "Factor reumatoide", "[IU]/mL", None, 14),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "ORI-ACR", "Cociente albúmina/creatinina en orina", "mg/g", None, 30),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "BQ-LDL", "Colesterol LDL", "mg/dL", None, 130),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "BQ-IST", "Índice de saturación de transferrina", "%", 20, 50),
}


def cc(*codings, text=None):
    out = {}
    cs = [dict(system=s, code=c, display=d) if d else dict(system=s, code=c) for s, c, d in codings]
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    return out


def txt(t):
    return {"text": t}


def q(v, unit, code=None):
    return {"value": v, "unit": unit, "system": UCUM, "code": code or unit}


def interp(code):
    d = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "HH": "Critical high", "LL": "Critical low"}
    return [cc((V2 + "v3-ObservationInterpretation", code, d[code]))]


CAT_OBS = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
           "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History", "therapy": "Therapy"}


class Case:
    def __init__(self, cid, org, pat):
        self.cid, self.k, self.o = cid, org, ORGS[org]
        self.entries, self.n = [], collections.Counter()
        self.es = org == "ES"
        o = self.o
        self.org = self.put("Organization", "org", {
            "identifier": [{"system": o["local"] + "organizations", "value": org + "-001"}],
            "active": True, "type": [cc((V2 + "organization-type", "prov", "Healthcare Provider"))],
            "name": o["name"], "address": [{"city": o["city"], "state": o["state"], "country": o["country"]}]})
        self.payer = self.put("Organization", "payer", {
            "active": True, "type": [cc((V2 + "organization-type", "pay" if not self.es else "govt",
                                         "Payer" if not self.es else "Government"))], "name": o["payer"]})
        self.prs = []
        for fam, giv, spec in o["prs"]:
            self.prs.append(self.put("Practitioner", "pr", {
                "active": True, "name": [{"family": fam, "given": [giv], "prefix": ["Dr." if self.es or "therapy" not in spec else "Mx."]}],
                "qualification": [{"code": txt(spec)}]}))
        fam, giv, g, bd = pat
        p = {"identifier": [{"use": "usual", "type": cc((V2 + "v2-0203", "MR", "Medical record number")),
                             "system": o["local"] + "mrn", "value": "HC" + cid.replace("cz-", "") + "7" + bd[2:4] + bd[5:7]}],
             "active": True, "name": [{"use": "official", "family": fam, "given": giv.split()}], "gender": g, "birthDate": bd,
             "address": [{"use": "home", "city": o["city"], "state": o["state"], "country": o["country"]}],
             "communication": [{"language": cc(("urn:ietf:bcp:47", "es" if self.es else "en", "Spanish" if self.es else "English")), "preferred": True}],
             "managingOrganization": {"reference": self.org}}
        self.pat = self.put("Patient", None, p)
        self.put("Coverage", "cov", {
            "status": "active", "type": cc((V2 + "v3-ActCode", "PUBLICPOL" if self.es else "EHCPOL",
                                              "public healthcare" if self.es else "extended healthcare")),
            "subscriberId": "SUB" + cid.replace("cz-", "") + bd[:4], "beneficiary": {"reference": self.pat},
            "relationship": cc((V2 + "subscriber-relationship", "self", "Self")),
            "period": {"start": "2019-01-01"}, "payor": [{"reference": self.payer}]})

    def put(self, rt, key, body):
        if key is None:
            rid = self.cid
        else:
            self.n[key] += 1
            rid = f"{self.cid}-{key}{self.n[key]}"
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        self.entries.append({"fullUrl": self.o["base"] + f"{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def R(self, ref):
        return {"reference": ref}

    def pr(self, i=0):
        return {"reference": self.prs[i]}

    def inst(self, d, t="10:00:00"):
        return d if "T" in d else f"{d}T{t}{self.o['tz']}"

    # ---- resources
    def extorg(self, name):
        return self.put("Organization", "org", {"active": True, "name": name})

    def extpr(self, fam, giv, spec):
        return self.put("Practitioner", "pr", {"active": True, "name": [{"family": fam, "given": [giv]}],
                                                "qualification": [{"code": txt(spec)}]})

    def enc(self, date, typ, cls="AMB", reason=None, end=None, pr=0, status="finished", org=None, prac=None, hosp=None):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}[cls]
        b = {"status": status, "class": {"system": V2 + "v3-ActCode", "code": cls, "display": clsd},
             "type": [typ if isinstance(typ, dict) else txt(typ)], "subject": self.R(self.pat),
             "participant": [{"individual": {"reference": prac or self.prs[pr]}}],
             "period": {"start": self.inst(date, "09:00:00")} if status != "planned" else {"start": self.inst(date, "08:00:00")},
             "serviceProvider": {"reference": org or self.org}}
        if end:
            b["period"]["end"] = self.inst(end, "12:00:00")
        elif status == "finished":
            b["period"]["end"] = self.inst(date, "09:30:00")
        if reason:
            b["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if hosp:
            b["hospitalization"] = hosp
        return self.put("Encounter", "enc", b)

    def cond(self, code, onset, status="active", ver="confirmed", cat="problem-list-item", abate=None, note=None, enc=None, sev=None, recorded=None):
        b = {}
        if status:
            b["clinicalStatus"] = cc((V2 + "condition-clinical", status, None))
        b["verificationStatus"] = cc((V2 + "condition-ver-status", ver, None))
        b["category"] = [cc((V2 + "condition-category", cat, "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))]
        if sev:
            b["severity"] = txt(sev)
        b["code"] = code
        b["subject"] = self.R(self.pat)
        if enc:
            b["encounter"] = self.R(enc)
        b["onsetDateTime"] = onset
        if abate:
            b["abatementDateTime"] = abate
        b["recordedDate"] = recorded or onset
        if note:
            b["note"] = [{"text": note}]
        return self.put("Condition", "cond", b)

    def obs(self, code, date, cat="laboratory", val=None, unit=None, lo=None, hi=None, it=None, vint=None, vstr=None,
            vcc=None, vbool=None, comps=None, enc=None, note=None, status="final", pr=None, key="obs"):
        b = {"status": status, "category": [cc((V2 + "observation-category", cat, CAT_OBS[cat]))], "code": code,
             "subject": self.R(self.pat), "effectiveDateTime": date}
        if enc:
            b["encounter"] = self.R(enc)
        if pr is not None:
            b["performer"] = [self.pr(pr)]
        if val is not None:
            b["valueQuantity"] = q(val, unit[0], unit[1]) if isinstance(unit, tuple) else q(val, unit)
        elif vint is not None:
            b["valueInteger"] = vint
        elif vstr is not None:
            b["valueString"] = vstr
        elif vcc is not None:
            b["valueCodeableConcept"] = vcc
        elif vbool is not None:
            b["valueBoolean"] = vbool
        if it is None and val is not None and (lo is not None or hi is not None):
            it = "L" if lo is not None and val < lo else "H" if hi is not None and val > hi else "N"
        if it:
            b["interpretation"] = interp(it)
        if note:
            b["note"] = [{"text": note}]
        if (lo is not None or hi is not None) and val is not None:
            u = unit[0] if isinstance(unit, tuple) else unit
            rr = {}
            if lo is not None:
                rr["low"] = q(lo, u, unit[1] if isinstance(unit, tuple) else None)
            if hi is not None:
                rr["high"] = q(hi, u, unit[1] if isinstance(unit, tuple) else None)
            b["referenceRange"] = [rr]
        if comps:
            b["component"] = comps
        return self.put("Observation", key, b)

    def lab(self, key, date, val, enc=None, lo=None, hi=None, it=None):
        ln, en, lc, es, u, l0, h0 = LAB[key]
        lo = l0 if lo is None else lo
        hi = h0 if hi is None else hi
        if self.es:
            code = cc((self.o["local"] + "laboratorio", lc, es), (LNC, ln, en), text=es)
        else:
            code = cc((LNC, ln, en), text=en.split(" [")[0])
        return self.obs(code, date, val=val, unit=u, lo=lo, hi=hi, it=it, enc=enc, key="lab")

    def labs(self, date, enc=None, **kv):
        return [self.lab(k, date, v, enc) for k, v in kv.items()]

    def panel(self, date, title, results, enc=None, concl=None, code=None, cat="LAB"):
        b = {"status": "final", "category": [cc((V2 + "v2-0074", cat, {"LAB": "Laboratory", "RAD": "Radiology", "PAT": "Pathology (gross & histopath, not surgical)", "OTH": "Other", "NMS": "Nuclear Medicine Scan"}[cat]))],
             "code": code or txt(title), "subject": self.R(self.pat), "effectiveDateTime": date,
             "issued": self.inst(date, "14:00:00"), "performer": [{"reference": self.org}]}
        if enc:
            b["encounter"] = self.R(enc)
        if results:
            b["result"] = [self.R(r) for r in results]
        if concl:
            b["conclusion"] = concl
        return self.put("DiagnosticReport", "dr", b)

    def vitals(self, date, sbp, dbp, hr=None, wt=None, enc=None):
        out = [self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional"), text="Presión arterial" if self.es else "Blood pressure"),
                        date, cat="vital-signs", enc=enc, key="vs",
                        comps=[{"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": q(sbp, "mm[Hg]")},
                               {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": q(dbp, "mm[Hg]")}])]
        if hr:
            out.append(self.obs(cc((LNC, "8867-4", "Heart rate")), date, cat="vital-signs", val=hr, unit=("/min", "/min"), enc=enc, key="vs"))
        if wt:
            out.append(self.obs(cc((LNC, "29463-7", "Body weight")), date, cat="vital-signs", val=wt, unit="kg", enc=enc, key="vs"))
        return out

    def note(self, date, title, text, typ=("11506-3", "Progress note"), enc=None, pr=0, author=None, custodian=None):
        b = {"status": "current", "docStatus": "final", "type": cc((LNC, typ[0], typ[1])),
             "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category", "clinical-note", "Clinical Note"))],
             "subject": self.R(self.pat), "date": self.inst(date, "16:30:00"),
             "author": [{"reference": author or self.prs[pr]}], "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": "es" if self.es and not text.startswith("EN:") else "en",
                                         "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                                         "title": title, "creation": self.inst(date, "16:00:00")}}]}
        if custodian:
            b["custodian"] = {"reference": custodian}
        if enc:
            b["context"] = {"encounter": [self.R(enc)], "period": {"start": self.inst(date, "09:00:00")}}
        return self.put("DocumentReference", "doc", b)

    def med(self, code, start, dose, status="active", intent="order", reason=None, pr=0, end=None, note=None):
        b = {"status": status, "intent": intent, "medicationCodeableConcept": code, "subject": self.R(self.pat),
             "authoredOn": start, "requester": self.pr(pr), "dosageInstruction": [{"text": dose}]}
        if reason:
            b["reasonReference"] = [self.R(reason)]
        if end:
            b["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
        if note:
            b["note"] = [{"text": note}]
        return self.put("MedicationRequest", "mr", b)

    def medst(self, code, start, status="active", end=None, reason=None, dose=None, asserted="2026-11-01", note=None):
        b = {"status": status, "medicationCodeableConcept": code, "subject": self.R(self.pat),
             "effectivePeriod": {"start": start, **({"end": end} if end else {})}, "dateAsserted": asserted}
        if reason:
            b["reasonReference"] = [self.R(reason)]
        if dose:
            b["dosage"] = [{"text": dose}]
        if note:
            b["note"] = [{"text": note}]
        return self.put("MedicationStatement", "ms", b)

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, cat=None, performer=None, note=None, pr=0, prio=None, reasontxt=None):
        b = {"status": status, "intent": intent}
        if cat:
            b["category"] = [cat]
        if prio:
            b["priority"] = prio
        b.update({"code": code, "subject": self.R(self.pat), "authoredOn": authored, "requester": self.pr(pr)})
        if occ:
            b["occurrenceDateTime"] = occ
        if performer:
            b["performer"] = [self.R(performer)]
        if reason:
            b["reasonReference"] = [self.R(r) for r in (reason if isinstance(reason, list) else [reason])]
        if reasontxt:
            b["reasonCode"] = [txt(reasontxt)]
        if note:
            b["note"] = [{"text": note}]
        return self.put("ServiceRequest", "sr", b)

    def proc(self, code, status="completed", date=None, end=None, reason=None, based=None, note=None, pr=0, outcome=None, cat=None, enc=None):
        b = {"status": status}
        if based:
            b["basedOn"] = [self.R(based)]
        if cat:
            b["category"] = cat
        b.update({"code": code, "subject": self.R(self.pat)})
        if enc:
            b["encounter"] = self.R(enc)
        if date and end:
            b["performedPeriod"] = {"start": date, "end": end}
        elif date:
            b["performedDateTime"] = date
        b["performer"] = [{"actor": self.pr(pr)}]
        if reason:
            b["reasonReference"] = [self.R(r) for r in (reason if isinstance(reason, list) else [reason])]
        if outcome:
            b["outcome"] = txt(outcome)
        if note:
            b["note"] = [{"text": note}]
        return self.put("Procedure", "proc", b)

    def careplan(self, title, start, cat, status="active", intent="plan", addresses=None, desc=None, end=None, acts=None, pr=0):
        b = {"status": status, "intent": intent, "category": [cat], "title": title, "subject": self.R(self.pat),
             "period": {"start": start, **({"end": end} if end else {})}, "author": self.pr(pr)}
        if desc:
            b["description"] = desc
        if addresses:
            b["addresses"] = [self.R(a) for a in (addresses if isinstance(addresses, list) else [addresses])]
        if acts:
            b["activity"] = [{"detail": {"kind": "ServiceRequest", "code": txt(a[0]), "status": a[1], "description": a[2]}} for a in acts]
        return self.put("CarePlan", "cp", b)

    def comm(self, date, text, sender_patient=True, pr=0, cat="notification", about=None, status="completed"):
        b = {"status": status, "category": [cc((V2 + "communication-category", cat, cat.title()))],
             "medium": [cc((V2 + "v3-ParticipationMode", "ELECTRONIC", "electronic data"), text="Patient portal message")],
             "subject": self.R(self.pat), "sent": self.inst(date, "19:42:00"),
             "recipient": [self.pr(pr)] if sender_patient else [self.R(self.pat)],
             "sender": self.R(self.pat) if sender_patient else self.pr(pr), "payload": [{"contentString": text}]}
        if about:
            b["about"] = [self.R(about)]
        return self.put("Communication", "com", b)

    def qr(self, date, title, items, author_patient=True):
        b = {"status": "completed", "subject": self.R(self.pat), "authored": self.inst(date, "08:15:00"),
             "author": self.R(self.pat) if author_patient else self.pr(), "source": self.R(self.pat), "item": []}
        b["item"] = [{"linkId": "title", "text": title, "item": items}]
        return self.put("QuestionnaireResponse", "qr", b)

    def imm(self, date, cvx="150", disp="Influenza, injectable, quadrivalent, preservative free"):
        return self.put("Immunization", "imm", {"status": "completed", "vaccineCode": cc((CVX, cvx, disp)),
                                                "patient": self.R(self.pat), "occurrenceDateTime": date, "primarySource": True})

    def allergy(self, code, date):
        return self.put("AllergyIntolerance", "alg", {
            "clinicalStatus": cc((V2 + "allergyintolerance-clinical", "active", "Active")),
            "verificationStatus": cc((V2 + "allergyintolerance-verification", "confirmed", "Confirmed")),
            "type": "allergy", "category": ["medication"], "code": code, "patient": self.R(self.pat), "recordedDate": date})

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


def yn(linkId, text, yes):
    return {"linkId": linkId, "text": text, "answer": [{"valueCoding": {"system": V2 + "v2-0136", "code": "Y" if yes else "N",
                                                                          "display": "Yes" if yes else "No"}}]}


def atc(code, disp):
    return cc((ATC, code, disp), text=disp)


def rx(code, disp):
    return cc((RXN, code, disp), text=disp)


def cie(code, disp):
    return cc((CIE, code, disp), text=disp)


def icd(code, disp, sct=None):
    cs = [(ICD, code, disp)] + ([(SCT, sct[0], sct[1])] if sct else [])
    return cc(*cs, text=disp)


def sct(code, disp, text=None):
    return cc((SCT, code, disp), text=text or disp)


def cpt(code, disp, text=None):
    return cc((CPT, code, disp), text=text or disp)


def local(case, system, code, disp):
    return cc((case.o["local"] + system, code, disp), text=disp)


PRESENT = cc((SCT, "52101004", "Present"))
