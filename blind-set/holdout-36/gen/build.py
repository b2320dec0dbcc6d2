#!/usr/bin/env python3
"""Regenerate the 40 synthetic FHIR R4 transaction bundles, expectations.json and README.md of this set.

Usage: python3 gen/build.py   (from the set directory or anywhere)
Each case is a small function that calls the helpers of class Rec; case numbers are shuffled with a fixed seed.
"""
import base64, collections, json, os, random, zlib

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ANCHOR = "2026-12-01"
SYS = {
    "sct": "http://snomed.info/sct", "loinc": "http://loinc.org", "icd": "http://hl7.org/fhir/sid/icd-10-cm",
    "cim": "http://data.esante.gouv.fr/atih/cim10", "ccam": "http://data.esante.gouv.fr/cnam/ccam",
    "atc": "http://www.whocc.no/atc", "ucd": "http://data.esante.gouv.fr/ansm/medicament/UCD",
    "cip": "http://data.esante.gouv.fr/ansm/medicament/CIP", "rx": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "cpt": "http://www.ama-assn.org/go/cpt", "orpha": "http://www.orpha.net", "hcpcs": "urn:oid:2.16.840.1.113883.6.285",
    "v3act": "http://terminology.hl7.org/CodeSystem/v3-ActCode",
}
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
UCUM = "http://unitsofmeasure.org"

ORGS = {
    "chu": dict(name="CHU de Valmont - Hôpital Saint-Aubin", base="https://fhir.chu-valmont.fr/r4", lang="fr-FR",
                local="https://fhir.chu-valmont.fr/CodeSystem/", city="Valmont", country="FR",
                docs=[("Claire", "Morel", "Médecine interne"), ("Julien", "Garnier", "Oncologie"), ("Anne", "Lefebvre", "Néphrologie")],
                payer="CPAM de Valmont (Assurance maladie)"),
    "fqhc": dict(name="Rio Verde Community Health Center", base="https://ehr.rioverdechc.org/fhir/R4", lang="en-US",
                 local="https://ehr.rioverdechc.org/fhir/CodeSystem/", city="Harlingen", country="US",
                 docs=[("Maria", "Delgado", "Family Medicine"), ("Kevin", "Osei", "Internal Medicine"), ("Lucia", "Ferrer", "Nurse Practitioner")],
                 payer="Texas Medicaid"),
    "pulm": dict(name="Lakeshore Pulmonary & Sleep Institute", base="https://fhir.lakeshorepulm.com/r4", lang="en-US",
                 local="https://fhir.lakeshorepulm.com/CodeSystem/", city="Milwaukee", country="US",
                 docs=[("Rajesh", "Iyer", "Pulmonology"), ("Hannah", "Kowalski", "Sleep Medicine"), ("Samuel", "Brandt", "Thoracic Surgery")],
                 payer="Medicare Part B"),
    "sport": dict(name="Summit Sports Medicine & Orthopaedic Trauma", base="https://api.summitortho.com/fhir", lang="en-US",
                  local="https://api.summitortho.com/fhir/CodeSystem/", city="Denver", country="US",
                  docs=[("Olivia", "Grant", "Sports Medicine"), ("Marcus", "Webb", "Orthopaedic Surgery"), ("Priya", "Nair", "Physical Therapy")],
                  payer="Pinnacle Workers' Compensation Insurance"),
}

# standard labs: key -> (loinc, English display, French label, UCUM unit, low, high)
LABS = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hémoglobine", "g/dL", 12.0, 16.5),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Leucocytes", "10*3/uL", 4.0, 10.5),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "Plaquettes", "10*3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "VGM", "fL", 80, 100),
    "ferr": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritine", "ng/mL", 20, 300),
    "creat": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Créatinine", "mg/dL", 0.6, 1.2),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "DFG estimé (CKD-EPI)", "mL/min/{1.73_m2}", 60, None),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "%", 4.0, 5.6),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glycémie", "mg/dL", 70, 99),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", "mg/L", 0, 5),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "VS", "mm/h", 0, 20),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", "m[IU]/L", 0.4, 4.0),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Kaliémie", "mmol/L", 3.5, 5.1),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Natrémie", "mmol/L", 136, 145),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ALAT", "U/L", 7, 40),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "PAL", "U/L", 40, 130),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "CPK", "U/L", 30, 200),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA total", "ng/mL", 0, 4.0),
    "bnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "NT-proBNP", "pg/mL", 0, 125),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumine", "g/dL", 3.5, 5.0),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "Bilirubine totale", "mg/dL", 0.2, 1.2),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "INR", "{INR}", 0.8, 1.2),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "LDL-cholestérol", "mg/dL", 0, 130),
}
CHU_LOCAL_LABS = {"crp": "BIO-CRPUS", "esr": "BIO-VS1H", "ck": "BIO-CPK", "ferr": "BIO-FERR"}  # not LOINC-mapped at the CHU


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


class Rec:
    ABBR = {"Organization": "org", "Practitioner": "pr", "Coverage": "cov", "Encounter": "enc", "Condition": "cond",
            "Observation": "obs", "MedicationRequest": "mrq", "MedicationStatement": "mst", "MedicationAdministration": "mad",
            "ServiceRequest": "sr", "Procedure": "proc", "CarePlan": "cp", "Communication": "com", "QuestionnaireResponse": "qr",
            "Flag": "flag", "DocumentReference": "doc", "DiagnosticReport": "dr", "ClinicalImpression": "ci"}

    def __init__(self, cid, orgkey):
        self.cid, self.ok, self.o = cid, orgkey, ORGS[orgkey]
        self.entries, self.n = [], collections.Counter()
        self.fr = orgkey == "chu"

    # ---- plumbing
    def add(self, rt, res):
        self.n[rt] += 1
        rid = res.pop("_id", None) or f"{self.cid}-{self.ABBR[rt]}{self.n[rt]}"
        res = {"resourceType": rt, "id": rid, **res}
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def coding(self, t):
        s, code, disp = t
        system = self.o["local"] + s[6:] if s.startswith("local:") else SYS[s]
        return {"system": system, "code": code, "display": disp}

    def cc(self, *codes, text=None):
        """codes: tuples (system, code, display); a bare string means a text-only concept."""
        out, tx = {}, text
        cods = [self.coding(c) for c in codes if isinstance(c, tuple)]
        for c in codes:
            if isinstance(c, str):
                tx = c
        if cods:
            out["coding"] = cods
        if tx or not cods:
            out["text"] = tx or cods[0]["display"]
        return out

    def ref(self, r, display=None):
        d = {"reference": r}
        if display:
            d["display"] = display
        return d

    @property
    def P(self):
        return {"reference": f"Patient/{self.cid}"}

    # ---- base record
    def start(self, given, family, gender, birth, lang=None, interp=False, payer=None, mrn=None, extra_org=None, marital=None):
        o = self.o
        self.org = self.add("Organization", {"_id": f"{self.cid}-org", "active": True, "name": o["name"],
                            "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type", "code": "prov", "display": "Healthcare Provider"}]}],
                            "address": [{"city": o["city"], "country": o["country"]}]})
        self.docs = []
        for i, (g, f, spec) in enumerate(o["docs"]):
            self.docs.append(self.add("Practitioner", {"_id": f"{self.cid}-pr{i+1}", "active": True,
                                      "name": [{"family": f, "given": [g], "prefix": ["Dr"] if "Nurse" not in spec and "Physical" not in spec else []}],
                                      "qualification": [{"code": {"text": spec}}]}))
        pat = {"_id": self.cid, "identifier": [{"system": o["local"] + "mrn", "value": mrn or f"{self.ok.upper()}{zlib.crc32(self.cid.encode()) % 900000 + 100000}"}],
               "active": True, "name": [{"use": "official", "family": family, "given": given.split()}], "gender": gender,
               "birthDate": birth, "address": [{"city": o["city"], "country": o["country"]}],
               "managingOrganization": {"reference": self.org}}
        if lang:
            pat["communication"] = [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": lang}]}, "preferred": True}]
        if interp:
            pat["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired", "valueBoolean": True}]
        if marital:
            pat["maritalStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "code": marital}]}
        self.add("Patient", pat)
        payor = [{"display": payer or o["payer"]}] if payer != "self" else [self.P]
        cov = {"status": "active", "beneficiary": self.P, "payor": payor}
        if payer == "self":
            cov["type"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/coverage-selfpay", "code": "pay", "display": "PAY"}]}
        self.add("Coverage", cov)
        if extra_org:
            self.org2 = self.add("Organization", {"_id": f"{self.cid}-org2", "active": True, "name": extra_org})
        return self

    def enc(self, date, text, cls="AMB", end=None, doc=0, reason=None, code=None, admit=None, status="finished", org=None):
        clsd = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual", "HH": "home health"}[cls]
        e = {"status": status, "class": {"system": SYS["v3act"], "code": cls, "display": clsd},
             "type": [self.cc(*(code or []), text=text)], "subject": self.P,
             "participant": [{"individual": {"reference": self.docs[doc]}}],
             "period": {"start": date, **({"end": end} if end else ({"end": date} if status == "finished" else {}))},
             "serviceProvider": {"reference": org or self.org}}
        if reason:
            e["reasonCode"] = [self.cc(*reason) if isinstance(reason, (list, tuple)) and not isinstance(reason, str) else self.cc(reason)]
        if admit:
            e["hospitalization"] = {"admitSource": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/admit-source", "code": admit}]}}
        return self.add("Encounter", e)

    def cond(self, codes, onset, status="active", abate=None, cat="problem-list-item", ver="confirmed", enc=None, note=None, recorded=None, severity=None):
        c = {"clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical", "code": status}]},
             "verificationStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": ver}]},
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category", "code": cat}]}],
             "code": self.cc(*codes), "subject": self.P, "onsetDateTime": onset, "recordedDate": recorded or onset}
        if abate:
            c["abatementDateTime"] = abate
        if enc:
            c["encounter"] = {"reference": enc}
        if note:
            c["note"] = [{"text": note}]
        if severity:
            c["severity"] = {"coding": [{"system": SYS["sct"], "code": {"severe": "24484000", "moderate": "6736007", "mild": "255604002"}[severity], "display": severity.capitalize()}]}
        return self.add("Condition", c)

    def obs(self, codes, date, value, unit=None, low=None, high=None, interp=None, cat="laboratory", enc=None, note=None, comps=None, method=None, status="final"):
        o = {"status": status, "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": cat}]}],
             "code": self.cc(*codes), "subject": self.P, "effectiveDateTime": date}
        if isinstance(value, bool):
            o["valueBoolean"] = value
        elif isinstance(value, int) and unit is None:
            o["valueInteger"] = value
        elif isinstance(value, (int, float)):
            o["valueQuantity"] = {"value": value, "unit": unit, "system": UCUM, "code": unit}
        elif isinstance(value, tuple):
            o["valueCodeableConcept"] = self.cc(value)
        elif isinstance(value, str):
            o["valueString"] = value
        if low is not None or high is not None:
            rr = {}
            if low is not None:
                rr["low"] = {"value": low, "unit": unit, "system": UCUM, "code": unit}
            if high is not None:
                rr["high"] = {"value": high, "unit": unit, "system": UCUM, "code": unit}
            o["referenceRange"] = [rr]
            if interp is None and isinstance(value, (int, float)):
                interp = "H" if high is not None and value > high else "L" if low is not None and value < low else "N"
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "HH": "Critical high", "LL": "Critical low"}[interp]
            o["interpretation"] = [{"coding": [{"system": INTERP, "code": interp, "display": disp}]}]
        if enc:
            o["encounter"] = {"reference": enc}
        if note:
            o["note"] = [{"text": note}]
        if comps:
            o["component"] = comps
        if method:
            o["method"] = self.cc(method)
        return self.add("Observation", o)

    def lab(self, key, date, value, enc=None, interp=None, note=None, low=None, high=None):
        loinc, disp, fr, unit, lo, hi = LABS[key]
        lo = lo if low is None else low
        hi = hi if high is None else high
        if self.fr and key in CHU_LOCAL_LABS:
            codes = [("local:labo", CHU_LOCAL_LABS[key], fr)]
        elif self.fr:
            codes = [("loinc", loinc, disp), fr]
        else:
            codes = [("loinc", loinc, disp)]
        return self.obs(codes, date, value, unit, lo, hi, interp=interp, enc=enc, note=note)

    def labs(self, date, enc=None, **vals):
        return [self.lab(k, date, v, enc=enc) for k, v in vals.items()]

    def vitals(self, date, sbp, dbp, hr=None, wt=None, enc=None, spo2=None):
        q = lambda v, u: {"value": v, "unit": u, "system": UCUM, "code": u}
        bp = [{"code": self.cc(("loinc", "8480-6", "Systolic blood pressure")), "valueQuantity": q(sbp, "mm[Hg]")},
              {"code": self.cc(("loinc", "8462-4", "Diastolic blood pressure")), "valueQuantity": q(dbp, "mm[Hg]")}]
        self.obs([("loinc", "85354-9", "Blood pressure panel with all children optional")], date, None, cat="vital-signs", enc=enc, comps=bp)
        if hr:
            self.obs([("loinc", "8867-4", "Heart rate")], date, hr, "/min", cat="vital-signs", enc=enc)
        if wt:
            self.obs([("loinc", "29463-7", "Body weight")], date, wt, "kg", cat="vital-signs", enc=enc)
        if spo2:
            self.obs([("loinc", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")], date, spo2, "%", cat="vital-signs", enc=enc)

    def med(self, codes, start, dose, status="active", kind="MedicationRequest", end=None, reason=None, doc=0, intent="order", note=None):
        m = {"status": status, "medicationCodeableConcept": self.cc(*codes), "subject": self.P}
        if kind == "MedicationRequest":
            m.update({"intent": intent, "authoredOn": start, "requester": {"reference": self.docs[doc]},
                      "dosageInstruction": [{"text": dose}]})
            if end:
                m["dispenseRequest"] = {"validityPeriod": {"start": start, "end": end}}
        elif kind == "MedicationStatement":
            m.update({"effectivePeriod": {"start": start, **({"end": end} if end else {})}, "dateAsserted": start,
                      "dosage": [{"text": dose}]})
        else:  # MedicationAdministration
            m.update({"effectiveDateTime": start, "dosage": {"text": dose}, "performer": [{"actor": {"reference": self.docs[doc]}}]})
        if reason:
            m["reasonCode"] = [self.cc(*reason)] if isinstance(reason, list) else [self.cc(reason)]
        if note:
            m["note"] = [{"text": note}]
        return self.add(kind, m)

    def note(self, date, title, text, typ=("loinc", "11506-3", "Progress note"), doc=0, enc=None, tz=None, lang=None, desc=None, org=None):
        tz = tz or ("+01:00" if self.fr else "-06:00")
        d = {"status": "current", "docStatus": "final", "type": self.cc(typ), "subject": self.P,
             "date": f"{date}T10:30:00{tz}", "author": [{"reference": self.docs[doc]}], "description": desc or title,
             "content": [{"attachment": {"contentType": "text/plain", "language": lang or ("fr-FR" if self.fr else "en-US"),
                                         "data": b64(text), "title": title, "creation": f"{date}T10:30:00{tz}"}}]}
        if org:
            d["custodian"] = {"reference": org}
        if enc:
            d["context"] = {"encounter": [{"reference": enc}]}
        return self.add("DocumentReference", d)

    def sr(self, codes, date, status, intent, occ=None, reason=None, cat=None, doc=0, note=None, performer=None, priority=None):
        s = {"status": status, "intent": intent, "code": self.cc(*codes), "subject": self.P, "authoredOn": date,
             "requester": {"reference": self.docs[doc]}}
        if cat:
            s["category"] = [self.cc(cat)]
        if occ:
            s["occurrenceDateTime"] = occ
        if reason:
            s["reasonCode"] = [self.cc(*reason)] if isinstance(reason, list) else [self.cc(reason)]
        if note:
            s["note"] = [{"text": note}]
        if performer:
            s["performer"] = [{"reference": performer}]
        if priority:
            s["priority"] = priority
        return self.add("ServiceRequest", s)

    def proc(self, codes, status, date=None, reason=None, doc=0, note=None, based=None, outcome=None):
        p = {"status": status, "code": self.cc(*codes), "subject": self.P, "performer": [{"actor": {"reference": self.docs[doc]}}]}
        if date:
            p["performedDateTime"] = date
        if reason:
            p["reasonCode"] = [self.cc(*reason)] if isinstance(reason, list) else [self.cc(reason)]
        if note:
            p["note"] = [{"text": note}]
        if based:
            p["basedOn"] = [{"reference": based}]
        if outcome:
            p["outcome"] = self.cc(outcome)
        return self.add("Procedure", p)

    def report(self, codes, date, conclusion, results=None, cat="RAD", doc=0, status="final", codes_concl=None):
        r = {"status": status, "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0074", "code": cat}]}],
             "code": self.cc(*codes), "subject": self.P, "effectiveDateTime": date, "issued": f"{date}T16:00:00Z",
             "performer": [{"reference": self.docs[doc]}], "conclusion": conclusion}
        if results:
            r["result"] = [{"reference": x} for x in results]
        if codes_concl:
            r["conclusionCode"] = [self.cc(x) for x in codes_concl]
        return self.add("DiagnosticReport", r)

    def careplan(self, title, date, codes, status="active", intent="plan", addresses=None, activities=(), desc=None, doc=0):
        cp = {"status": status, "intent": intent, "category": [self.cc(*codes)], "title": title, "subject": self.P,
              "period": {"start": date}, "created": date, "author": {"reference": self.docs[doc]}}
        if desc:
            cp["description"] = desc
        if addresses:
            cp["addresses"] = [{"reference": a} for a in addresses]
        if activities:
            cp["activity"] = [{"detail": {"status": st, "description": d}} for d, st in activities]
        return self.add("CarePlan", cp)

    def comm(self, date, text, from_patient=True, doc=0, status="completed", cat=None, lang=None):
        c = {"status": status, "subject": self.P, "sent": f"{date}T19:12:00-06:00" if not self.fr else f"{date}T21:05:00+01:00",
             "payload": [{"contentString": text}]}
        if from_patient:
            c["sender"], c["recipient"] = self.P, [{"reference": self.docs[doc]}]
        else:
            c["sender"], c["recipient"] = {"reference": self.docs[doc]}, [self.P]
        if cat:
            c["category"] = [self.cc(cat)]
        if lang:
            c["language"] = lang
        return self.add("Communication", c)

    def qr(self, date, items, title, author_patient=True):
        its = []
        for i, (q, a) in enumerate(items):
            ans = {"valueCoding": self.coding(a)} if isinstance(a, tuple) else ({"valueInteger": a} if isinstance(a, int) else {"valueString": a})
            its.append({"linkId": str(i + 1), "text": q, "answer": [ans]})
        r = {"status": "completed", "subject": self.P, "authored": f"{date}T09:00:00-06:00", "item": its,
             "author": self.P if author_patient else {"reference": self.docs[0]}, "source": self.P}
        r["identifier"] = {"system": self.o["local"] + "forms", "value": title}
        return self.add("QuestionnaireResponse", r)

    def flag(self, date, text, codes=(), author_patient=True, cat="admin"):
        f = {"status": "active", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/flag-category", "code": cat}]}],
             "code": self.cc(*codes, text=text), "subject": self.P, "period": {"start": date},
             "author": self.P if author_patient else {"reference": self.docs[0]}}
        return self.add("Flag", f)

    def impression(self, date, summary, problems=(), doc=0, status="completed", findings=()):
        ci = {"status": status, "subject": self.P, "effectiveDateTime": date, "date": date, "assessor": {"reference": self.docs[doc]},
              "summary": summary}
        if problems:
            ci["problem"] = [{"reference": p} for p in problems]
        if findings:
            ci["finding"] = [{"itemCodeableConcept": self.cc(f)} for f in findings]
        return self.add("ClinicalImpression", ci)


YES, NO = ("loinc", "LA33-6", "Yes"), ("loinc", "LA32-8", "No")
PAIN = [("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")]
PHQ9 = [("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")]
FEV1 = [("loinc", "20150-9", "FEV1")]
FVC = [("loinc", "19870-5", "Forced vital capacity [Volume] Respiratory system")]
DLCO = [("loinc", "19911-7", "Carbon monoxide diffusing capacity")]
SMWD = [("loinc", "64098-7", "Six minute walk distance"), "6MW distance"]
FOOD = [("loinc", "88122-7", "Within the past 12 months we worried whether our food would run out before we got money to buy more")]
HOUSING = [("loinc", "71802-3", "Housing status")]


def sdoh(c, date, food_yes=False, lang="es"):
    c.obs(FOOD, date, ("loinc", "LA28397-0", "Often true") if food_yes else ("loinc", "LA28398-8", "Never true"), cat="social-history")
    c.obs(HOUSING, date, ("loinc", "LA31993-1", "I have housing") , cat="social-history")


# =====================================================================================================
# Case table. Each entry: target, kind, organisation, expected criteria, why, summary, builder function.
# =====================================================================================================
CASES = []


def case(target, kind, org, expected, why, summary):
    def deco(fn):
        CASES.append(dict(target=target, kind=kind, org=org, expected=expected, why=why, summary=summary, fn=fn))
        return fn
    return deco


PS, DM, MP, UP, HI, PR, WD, RC = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                                  "UNTREATABLE_PROGNOSIS", "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                                  "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")


# ---------------------------------------------------------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP
@case(PS, "positive", "chu", [PS],
      "PSA of 9.8 ng/mL (previously 2.1) in May 2026 with no repeat assay, no urology referral and no imaging in the following six months: red-flag result without follow-up beyond 60 days.",
      "64-year-old man, diabetes and hypertension follow-up; raised PSA left without any follow-up.")
def psa_unfollowed(c):
    c.start("Gérard", "Lambert", "male", "1962-03-14", lang="fr")
    c.cond([("cim", "E11.9", "Diabète sucré de type 2, sans complication"), "Diabète de type 2"], "2015-06-01")
    c.cond([("cim", "I10", "Hypertension essentielle (primitive)"), "HTA essentielle"], "2012-09-01")
    c.cond([("cim", "E78.0", "Hypercholestérolémie essentielle"), "Hypercholestérolémie"], "2016-01-01")
    c.med([("atc", "A10BA02", "metformine"), ("ucd", "9181441", "METFORMINE 1000MG CPR"), "Metformine 1000 mg"], "2015-06-10", "1 cp matin et soir", kind="MedicationStatement")
    c.med([("atc", "C09AA05", "ramipril"), "Ramipril 5 mg"], "2012-09-20", "1 cp le matin", kind="MedicationStatement")
    c.med([("atc", "C10AA05", "atorvastatine"), "Atorvastatine 20 mg"], "2016-02-01", "1 cp le soir", kind="MedicationStatement")
    c.lab("psa", "2024-04-18", 2.1)
    e1 = c.enc("2026-05-12", "Consultation de suivi médecine interne", reason=[("cim", "E11.9", "Diabète sucré de type 2, sans complication")])
    c.vitals("2026-05-12", 138, 82, 72, 86.4, enc=e1)
    r = c.labs("2026-05-12", enc=e1, a1c=7.1, creat=0.98, egfr=79, k=4.4, ldl=96)
    psa = c.lab("psa", "2026-05-12", 9.8, enc=e1)
    c.report([("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "Bilan biologique annuel"], "2026-05-12",
             "Bilan du diabète satisfaisant. PSA total à 9,8 ng/mL (N < 4).", results=r + [psa], cat="LAB")
    c.note("2026-05-14", "Compte rendu de consultation",
           "Consultation de suivi. Diabète équilibré (HbA1c 7,1 %). Tension correcte sous ramipril. Pas de plainte urinaire rapportée. "
           "Poursuite du traitement. Prochain rendez-vous dans 4 mois.\n[English summary: routine diabetes review, no change.]", enc=e1)
    e2 = c.enc("2026-09-15", "Consultation de suivi médecine interne", reason=[("cim", "E11.9", "Diabète sucré de type 2, sans complication")])
    c.vitals("2026-09-15", 134, 80, 70, 85.9, enc=e2)
    c.labs("2026-09-15", enc=e2, a1c=7.0, glu=128)
    c.note("2026-09-15", "Compte rendu de consultation",
           "Suivi diabète : HbA1c 7,0 %. Pas d'hypoglycémie. Examen des pieds normal. Fond d'oeil à programmer. "
           "Renouvellement des traitements à l'identique.", enc=e2)
    c.vitals("2026-11-20", 136, 84, 74, 86.1, enc=c.enc("2026-11-20", "Consultation infirmière - éducation thérapeutique", doc=0))


@case(PS, "positive", "fqhc", [PS],
      "Seen in clinic for abdominal pain on 2026-10-20 and sent home on omeprazole, then admitted through the emergency department 9 days later: unplanned admission within 14 days of a primary-care visit (Singh e-trigger).",
      "47-year-old Spanish-speaking woman; clinic visit for epigastric pain followed by an emergency admission 9 days later.")
def singh_admission(c):
    c.start("Rosa Elena", "Villanueva", "female", "1979-07-02", lang="es", interp=True, payer="Texas Medicaid")
    c.cond([("icd", "E66.9", "Obesity, unspecified")], "2021-03-01")
    c.cond(["Prediabetes"], "2023-05-10")
    c.lab("a1c", "2026-03-09", 6.1)
    sdoh(c, "2026-03-09", food_yes=True)
    e1 = c.enc("2026-10-20", "Acute visit - primary care", reason=["dolor abdominal"], doc=2)
    c.vitals("2026-10-20", 128, 78, 92, 94.5, enc=e1)
    c.obs([("sct", "21522001", "Abdominal pain")], "2026-10-20", "Epigastric pain 3 days, worse after meals, radiating to right side; nausea", cat="exam", enc=e1)
    c.obs(PAIN, "2026-10-20", 6, cat="survey", enc=e1)
    c.labs("2026-10-20", enc=e1, wbc=10.1, hb=13.2)
    c.med([("rx", "7646", "omeprazole"), "omeprazole 20 mg capsule"], "2026-10-20", "1 cap daily before breakfast x 4 weeks", doc=2)
    c.note("2026-10-20", "Acute visit note",
           "Interpreter used (Spanish, phone interpreter #4471). Pt reports dolor en la boca del estómago x 3 days, worse with fatty food, some nausea. "
           "No fever reported. Abd soft, mild epigastric tenderness. Assessment: likely gastritis/dyspepsia. Plan: omeprazole, avoid NSAIDs, "
           "return if worse. No imaging ordered today.", doc=2, enc=e1)
    e2 = c.enc("2026-10-29", "Emergency department visit", cls="EMER", reason=["RUQ pain, fever, vomiting"], doc=1,
               org=None)
    e3 = c.enc("2026-10-29", "Inpatient admission - general surgery", cls="IMP", end="2026-11-02", admit="emd", doc=1,
               reason=[("icd", "K80.00", "Calculus of gallbladder with acute cholecystitis without obstruction")])
    c.vitals("2026-10-29", 104, 66, 118, enc=e2)
    c.obs([("loinc", "8310-5", "Body temperature")], "2026-10-29", 38.9, "Cel", cat="vital-signs", enc=e2)
    c.lab("wbc", "2026-10-29", 17.8, enc=e2)
    c.lab("bili", "2026-10-29", 1.9, enc=e2)
    c.lab("alp", "2026-10-29", 188, enc=e2)
    c.cond([("icd", "K80.00", "Calculus of gallbladder with acute cholecystitis without obstruction")], "2026-10-29", status="resolved",
           abate="2026-11-02", cat="encounter-diagnosis", enc=e3)
    c.proc([("cpt", "47562", "Laparoscopic cholecystectomy"), ("sct", "45595009", "Laparoscopic cholecystectomy")], "completed", "2026-10-30", doc=1)
    c.note("2026-11-02", "Discharge summary",
           "47F admitted from ED with acute calculous cholecystitis, sepsis physiology on arrival (HR 118, T 38.9). Seen in clinic 10/20 for epigastric pain, "
           "treated as dyspepsia. Lap chole 10/30 uncomplicated. Discharged home day 4. Follow up in clinic 2 weeks.",
           typ=("loinc", "18842-5", "Discharge summary"), doc=1, enc=e3)
    e4 = c.enc("2026-11-16", "Post-hospital follow-up", doc=2)
    c.vitals("2026-11-16", 122, 76, 80, 92.8, enc=e4)


@case(PS, "positive", "sport", [PS],
      "Left knee pain recorded on four dates from May to October 2026 (over 23 weeks); radiographs, MRI, CRP, ESR and Lyme serology all normal, no diagnosis made; patient told nothing structural is wrong.",
      "29-year-old recreational runner with persistent knee pain and an entirely normal work-up.")
def knee_normal_workup(c):
    c.start("Jessica", "Thornton", "female", "1997-02-11", payer="Rocky Mountain Health Plan (PPO)")
    kp = c.cond([("sct", "30989003", "Knee pain"), ("icd", "M25.562", "Pain in left knee")], "2026-05-04", note="Symptom, no diagnosis established")
    dates = ["2026-05-04", "2026-06-22", "2026-08-31", "2026-10-19"]
    pains = [6, 6, 7, 6]
    texts = [
        "New pt. L knee pain 5 wk, diffuse/medial, no trauma, no locking, no giving way. Runs 25 km/week. Exam: no effusion, full ROM, ligaments stable, McMurray neg. Plan: XR, relative rest, PT referral.",
        "L knee pain unchanged despite 6 wk of reduced running. XR normal. Exam again unremarkable. Labs normal. MRI ordered.",
        "MRI normal - no meniscal or ligament tear, cartilage preserved, no bone marrow oedema. Pain persists, now also at rest in the evening. Reassured: no structural injury found.",
        "Still 6/10 pain, has stopped running. PT course completed without benefit. Discussed that imaging and bloods are normal and there is no structural cause identified; advised gradual return.",
    ]
    for i, (d, p, t) in enumerate(zip(dates, pains, texts)):
        e = c.enc(d, "Sports medicine visit", reason=[("sct", "30989003", "Knee pain")], doc=0)
        c.obs(PAIN, d, p, cat="survey", enc=e)
        if i in (0, 3):
            c.vitals(d, 114, 70, 58, 61.2, enc=e)
        c.note(d, "Clinic note", t, enc=e)
    xr = c.obs([("local:rad", "XR-KNEE-L", "XR Knee - left 3 Views"), "XR left knee"], "2026-05-04", "No fracture, no effusion, joint spaces preserved, no osseous lesion.", cat="imaging", interp="N")
    c.report([("local:rad", "XR-KNEE-L", "XR Knee - left 3 Views")], "2026-05-04", "Normal left knee radiographs.", results=[xr])
    c.labs("2026-06-22", crp=1.2, esr=8, wbc=6.3, hb=13.6)
    c.obs([("local:lab", "LYME-AB", "Borrelia burgdorferi Ab [Presence] in Serum"), "Lyme serology"], "2026-06-22", ("loinc", "LA6577-6", "Negative"), interp="NEG")
    mri = c.obs([("local:rad", "MR-KNEE-L", "MR Knee - left WO contrast"), "MRI left knee"], "2026-08-24", "Menisci, cruciate and collateral ligaments intact; articular cartilage normal; no marrow oedema; no effusion.", cat="imaging", interp="N")
    c.report([("local:rad", "MR-KNEE-L", "MR Knee - left WO contrast")], "2026-08-24", "Normal MRI of the left knee.", results=[mri])
    c.sr([("cpt", "97110", "Therapeutic exercises"), "Physical therapy - left knee"], "2026-05-04", "completed", "order", reason=[("sct", "30989003", "Knee pain")], doc=2)


@case(PS, "near-miss", "pulm", [],
      "Chronic cough on three visits over 11 weeks with normal CXR, CT and spirometry, but a methacholine challenge then established cough-variant asthma; inhaled steroid resolved the cough: the symptom is explained.",
      "51-year-old woman with chronic cough, normal imaging and spirometry, later diagnosed cough-variant asthma.")
def cough_explained(c):
    c.start("Denise", "Halvorsen", "female", "1975-08-30", payer="Anthem Blue Cross")
    cough = c.cond([("sct", "68154008", "Chronic cough"), ("icd", "R05.3", "Chronic cough")], "2026-03-10", status="resolved", abate="2026-09-15")
    c.cond([("sct", "267036007", "Dyspnea"), "Exertional dyspnoea (mild)"], "2026-03-10", status="resolved", abate="2026-09-15")
    for d in ["2026-03-10", "2026-04-21", "2026-05-26"]:
        e = c.enc(d, "Pulmonary clinic visit", reason=[("sct", "68154008", "Chronic cough")])
        c.vitals(d, 126, 78, 74, spo2=98, enc=e)
    c.obs([("loinc", "36643-5", "XR Chest 2 Views"), "CXR PA/lateral"], "2026-03-10", "Clear lungs. No focal consolidation. Normal heart size.", cat="imaging", interp="N")
    ct = c.obs([("loinc", "24627-2", "CT Chest"), "CT chest without contrast"], "2026-04-21", "No bronchiectasis, no nodules, no interstitial change, no mediastinal adenopathy.", cat="imaging", interp="N")
    c.report([("loinc", "24627-2", "CT Chest")], "2026-04-21", "Normal CT chest.", results=[ct])
    f1 = c.obs(FEV1, "2026-04-21", 2.71, "L", cat="exam", note="98% predicted", interp="N")
    f2 = c.obs(FVC, "2026-04-21", 3.35, "L", cat="exam", note="101% predicted", interp="N")
    c.report([("local:pft", "SPIRO-PRE-POST", "Spirometry pre/post bronchodilator")], "2026-04-21", "Normal spirometry, no significant bronchodilator response.", results=[f1, f2], cat="PF")
    c.labs("2026-04-21", wbc=6.8, hb=13.4)
    c.obs([("loinc", "26449-9", "Eosinophils [#/volume] in Blood"), "Eosinophil count"], "2026-04-21", 0.41, "10*3/uL", 0.0, 0.5)
    mch = c.obs([("local:pft", "MCH-PC20", "Methacholine challenge PC20"), "Methacholine PC20"], "2026-06-16", 1.2, "mg/mL", low=16, interp="A", cat="exam")
    c.report([("local:pft", "MCH-CHAL", "Methacholine bronchoprovocation study")], "2026-06-16", "Positive methacholine challenge (PC20 1.2 mg/mL): airway hyperresponsiveness consistent with cough-variant asthma.", results=[mch], cat="PF")
    asth = c.cond([("sct", "195967001", "Asthma"), ("icd", "J45.991", "Cough variant asthma")], "2026-06-16")
    c.med([("rx", "19831", "budesonide"), "budesonide 180 mcg inhaler"], "2026-06-16", "2 puffs twice daily", reason=[("icd", "J45.991", "Cough variant asthma")])
    c.med([("rx", "435", "albuterol"), "albuterol HFA 90 mcg"], "2026-06-16", "2 puffs q4-6h PRN")
    e = c.enc("2026-09-15", "Pulmonary clinic follow-up", reason=[("icd", "J45.991", "Cough variant asthma")])
    c.vitals("2026-09-15", 122, 76, 70, spo2=99, enc=e)
    c.note("2026-09-15", "Follow-up note",
           "Cough resolved after 6 weeks of ICS. Sleeping through the night. FeNO 18 ppb. Continue budesonide, review in 6 months. "
           "Diagnosis: cough-variant asthma (positive methacholine challenge 06/16).", enc=e)


@case(PS, "near-miss", "fqhc", [],
      "Positive FIT in August 2026 was followed within 38 days by colonoscopy (hyperplastic polyp only); the red flag was followed up, haemoglobin normal.",
      "56-year-old man with positive stool immunoassay promptly worked up by colonoscopy.")
def fit_followed(c):
    c.start("Arturo", "Beltrán", "male", "1970-01-22", lang="es", interp=True, payer="Texas Medicaid")
    c.cond([("icd", "I10", "Essential (primary) hypertension")], "2019-04-01")
    c.cond(["Tobacco use - quit 2020"], "2020-01-01", status="inactive")
    c.med([("rx", "29046", "lisinopril"), "lisinopril 10 mg tab"], "2019-04-01", "1 tab daily")
    e1 = c.enc("2026-07-20", "Annual wellness visit", doc=1)
    c.vitals("2026-07-20", 132, 84, 76, 88.0, enc=e1)
    sdoh(c, "2026-07-20")
    c.labs("2026-07-20", enc=e1, hb=14.6, mcv=89, creat=1.0, k=4.3)
    fit = c.obs([("loinc", "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"), "FIT"], "2026-08-03", ("loinc", "LA6576-8", "Positive"), interp="POS")
    ref = c.sr([("sct", "73761001", "Colonoscopy"), ("cpt", "45378", "Colonoscopy, flexible; diagnostic")], "2026-08-05", "completed", "order",
               reason=["Positive FIT"], doc=1, priority="urgent")
    c.comm("2026-08-05", "Sr. Beltrán: su prueba de heces salió positiva. Le hicimos una cita para colonoscopia el 10 de septiembre. Llámenos si tiene preguntas.",
           from_patient=False, doc=2, lang="es")
    c.proc([("cpt", "45385", "Colonoscopy with removal of polyp by snare technique"), ("sct", "73761001", "Colonoscopy")], "completed", "2026-09-10", based=ref,
           note="Single 6 mm sigmoid polyp removed by cold snare. Otherwise normal to caecum. Good prep.")
    path = c.obs([("loinc", "22634-0", "Pathology report.gross observation"), "Polyp histology"], "2026-09-14", "Hyperplastic polyp. No dysplasia.", cat="laboratory")
    c.report([("local:lab", "SURG-PATH", "Pathology Synoptic report"), "Surgical pathology"], "2026-09-14", "Hyperplastic polyp, no dysplasia. Repeat colonoscopy in 10 years.", results=[path], cat="SP")
    e2 = c.enc("2026-09-24", "Follow-up visit", doc=1)
    c.vitals("2026-09-24", 128, 80, 72, 87.6, enc=e2)
    c.note("2026-09-24", "Progress note",
           "Interpreter present. Reviewed colonoscopy: benign hyperplastic polyp removed. Explained results in Spanish; pt relieved. "
           "Next colonoscopy 2036. BP controlled on lisinopril.", doc=1, enc=e2)


# ---------------------------------------------------------------- DIAGNOSIS_SYMPTOM_MISMATCH
@case(DM, "positive", "fqhc", [DM],
      "Irritable bowel syndrome (K58.9, a catch-all functional label) active since September 2025, more than 14 months, while abdominal pain and bloating continue at every visit on dicyclomine.",
      "38-year-old woman labelled IBS for over a year with ongoing abdominal pain.")
def ibs_catchall(c):
    c.start("Yesenia", "Cárdenas", "female", "1988-05-19", lang="es", payer="Texas Medicaid")
    ibs = c.cond([("icd", "K58.9", "Irritable bowel syndrome without diarrhea")], "2025-09-15")
    c.cond(["Anxiety"], "2024-02-01")
    c.med([("rx", "3361", "dicyclomine"), "dicyclomine 20 mg tab"], "2025-09-15", "1 tab up to 4 times daily as needed", reason=[("icd", "K58.9", "Irritable bowel syndrome without diarrhea")])
    c.med([("rx", "36437", "sertraline"), "sertraline 50 mg tab"], "2024-02-01", "1 tab daily")
    sdoh(c, "2025-09-15", food_yes=False)
    c.labs("2025-09-15", hb=12.9, wbc=7.2, crp=2.1, tsh=1.8)
    c.obs([("loinc", "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum"), "tTG-IgA"], "2025-09-15", 2, "U/mL", high=4)
    notes = {
        "2026-01-12": "Still cramping pain lower abdomen, bloating daily. Dicyclomine helps a little. Weight stable.",
        "2026-05-18": "Pain continues 4-5 days/week, bloating, alternating stools. Pt asks why pain persists. Continue IBS management, fiber.",
        "2026-09-21": "Dolor abdominal persiste, hinchazón. 'Sigo igual.' Exam benign. Dx IBS - continue dicyclomine, referred to nutrition (low FODMAP).",
    }
    for d, t in notes.items():
        e = c.enc(d, "Follow-up visit", reason=[("icd", "K58.9", "Irritable bowel syndrome without diarrhea")], doc=0)
        c.vitals(d, 118, 74, 78, 63.0, enc=e)
        c.obs([("sct", "21522001", "Abdominal pain")], d, "present", cat="exam", enc=e)
        c.note(d, "Progress note", t, enc=e)
    c.labs("2026-09-21", hb=13.1, crp=1.8)
    c.sr(["Nutrition referral - low FODMAP diet"], "2026-09-21", "active", "order", reason=[("icd", "K58.9", "Irritable bowel syndrome without diarrhea")])


@case(DM, "positive", "chu", [DM],
      "Fibromyalgia (M79.7) diagnosed in 2025 but since mid-2026 the patient has proximal weakness with CK 1850-2100 U/L and raised ALT, findings fibromyalgia cannot explain; still attributed to fibromyalgia.",
      "52-year-old woman labelled fibromyalgia who develops proximal weakness and a raised CK.")
def fibro_ck(c):
    c.start("Sylvie", "Marchand", "female", "1974-10-03", lang="fr")
    fm = c.cond([("cim", "M79.7", "Fibromyalgie"), "Fibromyalgie"], "2025-03-18")
    c.cond([("cim", "E03.9", "Hypothyroïdie, sans précision"), "Hypothyroïdie substituée"], "2019-01-01")
    c.med([("atc", "N06AX21", "duloxétine"), "Duloxétine 60 mg"], "2025-03-18", "1 gélule le matin", reason=[("cim", "M79.7", "Fibromyalgie")], kind="MedicationStatement")
    c.med([("atc", "H03AA01", "lévothyroxine sodique"), "Lévothyrox 75 µg"], "2019-01-01", "1 cp à jeun", kind="MedicationStatement")
    c.labs("2025-03-18", crp=2, esr=12, tsh=2.1, ck=110)
    e1 = c.enc("2026-06-09", "Consultation rhumatologie", reason=[("cim", "M79.7", "Fibromyalgie")])
    c.vitals("2026-06-09", 124, 76, 80, 66.0, enc=e1)
    c.labs("2026-06-09", enc=e1, ck=1850, alt=68, crp=4, tsh=2.4)
    c.note("2026-06-09", "Consultation de rhumatologie",
           "Patiente suivie pour fibromyalgie. Se plaint depuis 2 mois de difficultés à monter les escaliers et à se relever d'une chaise, "
           "douleurs des cuisses. Cotation musculaire non réalisée. CPK à 1850 UI/L. Conclusion : poussée douloureuse de la fibromyalgie, "
           "majoration de l'activité physique adaptée.", enc=e1)
    c.obs([("sct", "26544005", "Muscle weakness"), "Faiblesse musculaire proximale"], "2026-06-09", "Difficulté à se relever d'une chaise sans appui", cat="exam", enc=e1)
    e2 = c.enc("2026-09-22", "Consultation rhumatologie", reason=[("cim", "M79.7", "Fibromyalgie")])
    c.vitals("2026-09-22", 126, 78, 84, 64.1, enc=e2)
    c.labs("2026-09-22", enc=e2, ck=2100, alt=74, crp=6)
    c.obs([("sct", "26544005", "Muscle weakness"), "Faiblesse musculaire proximale"], "2026-09-22", "Déficit proximal des membres inférieurs, dysphagie légère aux solides", cat="exam", enc=e2)
    c.note("2026-09-22", "Consultation de rhumatologie",
           "Persistance des douleurs et de la faiblesse proximale, perte de 2 kg, dysphagie légère. CPK 2100 UI/L, ALAT 74. "
           "Maintien du diagnostic de fibromyalgie ; poursuite duloxétine et kinésithérapie.\n"
           "[English summary: weakness and CK rise persist; still managed as fibromyalgia.]", enc=e2)
    c.sr([("ccam", "PEQP005", "Séance de rééducation"), "Kinésithérapie - reconditionnement à l'effort"], "2026-09-22", "active", "order",
         reason=[("cim", "M79.7", "Fibromyalgie")])


@case(DM, "positive", "sport", [DM],
      "Labelled lumbar strain after a lifting incident in March 2026, but eight months on the back pain persists with inflammatory features, CRP 24 mg/L, HLA-B27 positive and an episode of anterior uveitis, which a strain cannot explain.",
      "31-year-old warehouse worker with 'lumbar strain' and inflammatory back pain, raised CRP, HLA-B27 and uveitis.")
def strain_axspa(c):
    c.start("Tyler", "Brennan", "male", "1995-06-27", payer="Pinnacle Workers' Compensation Insurance")
    ls = c.cond([("icd", "S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter"), "Lumbar strain (work injury 03/02/26)"], "2026-03-02")
    c.med([("rx", "7258", "naproxen"), "naproxen 500 mg tab"], "2026-03-02", "1 tab twice daily with food", reason=[("icd", "S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter")], doc=0)
    c.sr([("cpt", "97110", "Therapeutic exercises"), "PT lumbar - work conditioning"], "2026-03-02", "active", "order", doc=0)
    visits = [("2026-03-02", 6, "Low back pain after lifting boxes at work. Paraspinal tenderness, neuro intact. Dx lumbar strain. Modified duty, PT, naproxen."),
              ("2026-04-27", 6, "Back pain persisting, worse in the morning, stiffness ~90 min, better with movement. Wakes at night 2nd half. Continue PT."),
              ("2026-07-13", 7, "Ongoing pain + alternating buttock pain. Had red painful L eye 3 wk ago - ophthalmology dx anterior uveitis, on steroid drops. CRP 24. Still classed as strain for claim."),
              ("2026-10-05", 6, "No improvement after 7 months of PT. Morning stiffness >1 h. HLA-B27 positive. Lumbar XR: no fracture. Plan: continue PT, FCE for return to full duty.")]
    for d, p, t in visits:
        e = c.enc(d, "Occupational ortho visit", reason=[("icd", "S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter")])
        c.obs(PAIN, d, p, cat="survey", enc=e)
        c.note(d, "Work injury progress note", t, enc=e)
    c.vitals("2026-03-02", 124, 78, 68, 84.0)
    c.labs("2026-07-13", crp=24, esr=38, wbc=8.1, hb=13.9)
    c.obs([("local:lab", "HLA-B27", "HLA-B27 [Presence] by Flow cytometry"), "HLA-B27"], "2026-08-24", ("loinc", "LA6576-8", "Positive"), interp="POS")
    c.cond([("icd", "H20.012", "Primary iridocyclitis, left eye"), "Acute anterior uveitis L eye (outside ophthalmology)"], "2026-06-20", status="resolved", abate="2026-08-01")
    xr = c.obs([("local:rad", "XR-LSPINE", "XR Lumbar spine Views"), "XR lumbar spine"], "2026-10-05", "No fracture or listhesis. Sacroiliac joints partly seen, poorly assessed.", cat="imaging")
    c.report([("local:rad", "XR-LSPINE", "XR Lumbar spine Views")], "2026-10-05", "No acute osseous abnormality of the lumbar spine.", results=[xr])


@case(DM, "near-miss", "pulm", [],
      "Fatigue coded R53.83 in May 2026 was explained within three months by polysomnography (AHI 34/h, OSA); on CPAP the fatigue resolved and the catch-all code was closed - no persisting unexplained label.",
      "49-year-old man with fatigue (R53.83) explained by obstructive sleep apnoea and resolved on CPAP.")
def fatigue_osa(c):
    c.start("Bradley", "Nowak", "male", "1977-12-05", payer="UnitedHealthcare")
    fat = c.cond([("icd", "R53.83", "Other fatigue"), ("sct", "84229001", "Fatigue")], "2026-05-05", status="resolved", abate="2026-10-06")
    c.cond([("icd", "I10", "Essential (primary) hypertension")], "2018-01-01")
    c.cond([("sct", "414916001", "Obesity"), ("icd", "E66.9", "Obesity, unspecified")], "2018-01-01")
    c.med([("rx", "17767", "amlodipine"), "amlodipine 5 mg"], "2018-01-01", "1 tab daily", kind="MedicationStatement")
    e1 = c.enc("2026-05-05", "Sleep medicine consultation", reason=[("icd", "R53.83", "Other fatigue")], doc=1)
    c.vitals("2026-05-05", 142, 90, 78, 112.5, enc=e1)
    c.obs([("local:sleep", "ESS", "Epworth Sleepiness Scale total score"), "Epworth score"], "2026-05-05", 15, cat="survey", enc=e1)
    c.labs("2026-05-05", enc=e1, tsh=1.9, hb=15.1, ferr=140, glu=97)
    c.note("2026-05-05", "Sleep consult", "Daytime fatigue 6 months, loud snoring, witnessed apnoeas per wife, dozes while driving. Neck 45 cm, Mallampati IV. Plan: in-lab PSG.", doc=1, enc=e1)
    ahi = c.obs([("local:sleep", "AHI", "Apnea-hypopnea index"), "AHI"], "2026-06-20", 34.0, "/h", high=5)
    nad = c.obs([("local:sleep", "SPO2NADIR", "Oxygen saturation nadir during sleep")], "2026-06-20", 78, "%", low=88)
    c.report([("local:sleep", "PSG-DIAG", "Diagnostic polysomnography"), "Polysomnography"],
             "2026-06-20", "Severe obstructive sleep apnoea, AHI 34/h, SpO2 nadir 78%.", results=[ahi, nad], doc=1, cat="NRS")
    osa = c.cond([("sct", "78275009", "Obstructive sleep apnea syndrome"), ("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2026-07-01", severity="severe")
    c.sr([("hcpcs", "E0601", "Continuous positive airway pressure (CPAP) device"), "Auto-CPAP 6-14 cmH2O"], "2026-07-01", "completed", "order", doc=1)
    e2 = c.enc("2026-10-06", "Sleep medicine follow-up", reason=[("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")], doc=1)
    c.vitals("2026-10-06", 132, 84, 72, 109.8, enc=e2)
    c.obs([("local:sleep", "ESS", "Epworth Sleepiness Scale total score"), "Epworth score"], "2026-10-06", 6, cat="survey", enc=e2)
    c.obs([("local:sleep", "CPAP-USE", "CPAP adherence (nights >= 4 h)")], "2026-10-06", 92, "%", cat="exam", enc=e2)
    c.note("2026-10-06", "Sleep follow-up", "On CPAP, 92% of nights >4 h, residual AHI 2.1. Energy much better, no longer dozing. Fatigue resolved. Continue CPAP.", doc=1, enc=e2)


@case(DM, "near-miss", "fqhc", [],
      "Unspecified viral infection (B34.9) diagnosed 2026-11-10 and resolved by the 2026-11-24 recheck: a short self-limiting illness, far under 90 days, with no continuing symptoms.",
      "24-year-old man with a brief unspecified viral illness that resolved in two weeks.")
def viral_short(c):
    c.start("Diego", "Salcedo", "male", "2002-04-16", lang="es", payer="self")
    c.cond(["Mild intermittent asthma (childhood)"], "2010-01-01", status="inactive")
    e0 = c.enc("2026-02-03", "New patient visit", doc=2)
    c.vitals("2026-02-03", 118, 72, 70, 74.0, enc=e0)
    sdoh(c, "2026-02-03", food_yes=True)
    c.obs(PHQ9, "2026-02-03", 3, cat="survey", enc=e0)
    e1 = c.enc("2026-11-10", "Same-day sick visit", reason=["fiebre, dolor de cuerpo"], doc=2)
    c.vitals("2026-11-10", 116, 70, 96, 73.1, enc=e1)
    c.obs([("loinc", "8310-5", "Body temperature")], "2026-11-10", 38.4, "Cel", cat="vital-signs", enc=e1)
    c.obs([("loinc", "94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection")], "2026-11-10", ("loinc", "LA11883-8", "Not detected"), interp="NEG")
    c.obs([("loinc", "92142-9", "Influenza virus A RNA [Presence] in Respiratory system specimen by NAA with probe detection")], "2026-11-10", ("loinc", "LA11883-8", "Not detected"), interp="NEG")
    c.labs("2026-11-10", enc=e1, wbc=5.1, hb=14.8, plt=210)
    vir = c.cond([("icd", "B34.9", "Viral infection, unspecified")], "2026-11-08", status="resolved", abate="2026-11-20", cat="encounter-diagnosis", enc=e1, recorded="2026-11-10")
    c.med([("rx", "161", "acetaminophen"), "acetaminophen 500 mg tab"], "2026-11-10", "1-2 tabs every 6 h as needed, max 6/day", status="completed", doc=2)
    c.note("2026-11-10", "Sick visit", "Fiebre y mialgias x 2 días, garganta irritada. COVID/flu PCR negative. Lungs clear. Dx viral syndrome. Supportive care, return if worse.", doc=2, enc=e1)
    e2 = c.enc("2026-11-24", "Follow-up visit", doc=2)
    c.vitals("2026-11-24", 114, 70, 68, 73.8, enc=e2)
    c.note("2026-11-24", "Follow-up", "Se siente bien. Afebrile since 11/13, no symptoms. Back at work. Resolved.", doc=2, enc=e2)


# ---------------------------------------------------------------- MAJOR_PROCEDURE_PLANNED
@case(MP, "positive", "sport", [MP],
      "Total hip arthroplasty for end-stage right hip osteoarthritis ordered (ServiceRequest active, intent order) and booked for 2027-01-18, not yet performed.",
      "58-year-old former rugby player booked for a right total hip replacement.")
def tha_booked(c):
    c.start("Graham", "Whitaker", "male", "1968-09-09", payer="Cigna Open Access Plus")
    oa = c.cond([("sct", "239872002", "Osteoarthritis of hip"), ("icd", "M16.11", "Unilateral primary osteoarthritis, right hip")], "2022-05-01", severity="severe")
    c.cond([("icd", "I10", "Essential (primary) hypertension")], "2017-01-01")
    c.med([("rx", "17767", "amlodipine"), "amlodipine 10 mg"], "2017-01-01", "1 tab daily", kind="MedicationStatement")
    c.med([("rx", "5640", "ibuprofen"), "ibuprofen 600 mg"], "2024-01-10", "1 tab three times daily as needed", kind="MedicationStatement", status="stopped", end="2026-06-01")
    c.proc([("cpt", "20610", "Arthrocentesis, aspiration and/or injection, major joint"), "US-guided R hip corticosteroid injection"], "completed", "2026-03-12",
           reason=[("icd", "M16.11", "Unilateral primary osteoarthritis, right hip")], note="40 mg triamcinolone; 6 weeks of relief only")
    xr = c.obs([("local:rad", "XR-HIP-R", "XR Hip - right 2 Views"), "XR right hip AP/lateral"], "2026-10-14", "Severe joint space loss, subchondral sclerosis and cysts, large osteophytes; Kellgren-Lawrence 4.", cat="imaging", interp="A")
    c.report([("local:rad", "XR-HIP-R", "XR Hip - right 2 Views")], "2026-10-14", "End-stage right hip osteoarthritis.", results=[xr], doc=1)
    for d, p in [("2026-03-12", 7), ("2026-07-06", 8), ("2026-10-14", 8)]:
        e = c.enc(d, "Orthopaedic visit", reason=[("icd", "M16.11", "Unilateral primary osteoarthritis, right hip")], doc=1)
        c.obs(PAIN, d, p, cat="survey", enc=e)
    c.obs([("local:prom", "HOOS-JR", "HOOS JR interval score"), "HOOS JR"], "2026-10-14", 42.3, "{score}", cat="survey")
    c.vitals("2026-10-14", 136, 84, 70, 96.0)
    sr = c.sr([("cpt", "27130", "Arthroplasty, acetabular and proximal femoral prosthetic replacement (total hip arthroplasty)"),
               ("sct", "52734007", "Total replacement of hip")], "2026-10-14", "active", "order", occ="2027-01-18T07:30:00-07:00",
              reason=[("icd", "M16.11", "Unilateral primary osteoarthritis, right hip")], doc=1, note="Posterior approach, cementless. Pre-op clinic 2026-12-29.")
    c.labs("2026-11-24", hb=14.4, plt=238, creat=0.97, k=4.2, inr=1.0)
    c.note("2026-10-14", "Surgical consultation",
           "End-stage R hip OA, failed NSAIDs, PT and injection. Night pain, walking <1 block. Discussed risks/benefits of THA; pt wishes to proceed. "
           "Booked R THA 01/18/2027. Pre-op medical clearance and labs.", doc=1)


@case(MP, "positive", "chu", [MP],
      "Three-vessel coronary disease (SYNTAX 34); heart-team meeting decided coronary artery bypass grafting; Procedure in status 'preparation' scheduled for December 2026.",
      "67-year-old man with three-vessel coronary disease awaiting CABG.")
def cabg_prep(c):
    c.start("Bernard", "Roussel", "male", "1959-01-28", lang="fr")
    cad = c.cond([("cim", "I25.1", "Cardiopathie artérioscléreuse"), ("sct", "53741008", "Coronary arteriosclerosis"), "Coronaropathie tritronculaire"], "2026-10-20")
    c.cond([("cim", "E11.9", "Diabète sucré de type 2, sans complication")], "2014-01-01")
    c.cond([("cim", "I10", "Hypertension essentielle (primitive)")], "2010-01-01")
    for atc, name, dose in [("B01AC06", "acide acétylsalicylique", "Kardégic 75 mg 1 sachet/j"), ("C07AB07", "bisoprolol", "Bisoprolol 2,5 mg 1 cp/j"),
                            ("C10AA05", "atorvastatine", "Atorvastatine 80 mg 1 cp/j"), ("A10BA02", "metformine", "Metformine 850 mg x2/j")]:
        c.med([("atc", atc, name)], "2026-10-21" if atc != "A10BA02" else "2014-01-01", dose, kind="MedicationStatement")
    e1 = c.enc("2026-10-20", "Hospitalisation de jour cardiologie - coronarographie", cls="IMP", end="2026-10-21", doc=0)
    c.proc([("ccam", "DDQH009", "Coronarographie par voie artérielle transcutanée"), "Coronarographie"], "completed", "2026-10-20",
           note="Sténoses serrées IVA proximale 90 %, circonflexe 80 %, coronaire droite 85 %. SYNTAX 34. FEVG 50 %.")
    c.labs("2026-10-20", enc=e1, hb=13.8, creat=1.05, egfr=72, k=4.5, a1c=7.4)
    c.obs([("loinc", "10230-1", "Left ventricular Ejection fraction"), "FEVG (échographie)"], "2026-10-21", 50, "%", low=55)
    e2 = c.enc("2026-11-05", "Réunion de concertation - Heart Team", doc=0)
    c.note("2026-11-05", "Compte rendu RCP Heart Team",
           "Patient de 67 ans, diabétique, coronaropathie tritronculaire, SYNTAX 34. Avis de la Heart Team : revascularisation chirurgicale par pontages "
           "aorto-coronariens (3 pontages, dont mammaire interne gauche sur IVA). Intervention programmée le 14/12/2026.\n"
           "[English summary: heart team recommends triple CABG, scheduled 14 Dec 2026.]", typ=("loinc", "11488-4", "Consult note"), enc=e2)
    c.proc([("sct", "232717009", "Coronary artery bypass grafting"), ("local:actes", "CHIR-CARD-PAC3", "Triple pontage aorto-coronarien sous CEC"),
            "Pontages aorto-coronariens x3"], "preparation", reason=[("cim", "I25.1", "Cardiopathie artérioscléreuse")], doc=0,
           note="Programmé le 2026-12-14, chirurgie cardiaque, bloc B.")
    e3 = c.enc("2026-11-24", "Consultation d'anesthésie", doc=0)
    c.vitals("2026-11-24", 132, 78, 62, 82.0, enc=e3)
    c.obs([("loinc", "11524-6", "EKG study"), "ECG de repos"], "2026-11-24", "Rythme sinusal 62/min, pas de trouble de conduction, pas d'onde Q.", cat="procedure")


@case(MP, "positive", "pulm", [MP],
      "Biopsy-proven stage IA3 lung adenocarcinoma; tumour board recommended VATS right upper lobectomy, ordered (ServiceRequest active) for 2026-12-14.",
      "66-year-old former smoker with early lung adenocarcinoma booked for VATS lobectomy.")
def lobectomy(c):
    c.start("Carol", "Jankowski", "female", "1960-04-07", payer="Medicare Part B")
    c.cond([("sct", "77176002", "Smoker"), "Former smoker, 40 pack-years, quit 2018"], "1978-01-01", status="inactive")
    c.cond([("sct", "13645005", "Chronic obstructive lung disease"), ("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified")], "2019-02-01", severity="mild")
    ca = c.cond([("sct", "254637007", "Non-small cell lung cancer"), ("icd", "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"),
                 "Adenocarcinoma RUL cT1cN0M0, stage IA3"], "2026-10-08")
    c.med([("rx", "69120", "tiotropium"), "tiotropium 2.5 mcg Respimat"], "2019-02-01", "2 inhalations daily")
    ct = c.obs([("loinc", "24627-2", "CT Chest"), "CT chest with contrast"], "2026-08-28", "2.1 cm spiculated RUL nodule; no adenopathy; mild centrilobular emphysema.", cat="imaging", interp="A")
    c.report([("loinc", "24627-2", "CT Chest")], "2026-08-28", "Suspicious 2.1 cm RUL nodule (Lung-RADS 4B).", results=[ct])
    pet = c.obs([("local:rad", "PET-CT", "PET whole body"), "FDG PET-CT"], "2026-09-15", "RUL nodule SUVmax 6.2; no FDG-avid nodes or distant disease.", cat="imaging", interp="A")
    c.report([("local:rad", "PET-CT", "PET whole body")], "2026-09-15", "Hypermetabolic RUL nodule, no nodal or distant disease.", results=[pet])
    c.proc([("cpt", "32405", "Biopsy, lung or mediastinum, percutaneous needle"), "CT-guided core biopsy RUL"], "completed", "2026-10-08", doc=2)
    path = c.obs([("loinc", "22637-3", "Pathology report final diagnosis"), "Histology"], "2026-10-10", "Invasive adenocarcinoma, acinar predominant; TTF-1 positive; EGFR/ALK negative.")
    f1 = c.obs(FEV1, "2026-10-20", 1.86, "L", cat="exam", note="78% predicted")
    d1 = c.obs(DLCO, "2026-10-20", 16.4, "mL/min/mm[Hg]", cat="exam", note="72% predicted")
    c.report([("local:pft", "PFT-FULL", "Full pulmonary function study")], "2026-10-20", "Mild obstruction, DLCO mildly reduced; adequate reserve for lobectomy.", results=[f1, d1], cat="PF")
    e = c.enc("2026-11-12", "Thoracic surgery consultation", doc=2)
    c.vitals("2026-11-12", 128, 76, 74, 68.0, spo2=96, enc=e)
    c.labs("2026-11-12", enc=e, hb=13.5, creat=0.82, egfr=78)
    c.note("2026-11-12", "Thoracic tumor board / surgical consult",
           "Stage IA3 adenocarcinoma RUL. Tumor board consensus: anatomic resection. Good functional reserve. Plan: VATS right upper lobectomy with mediastinal lymph node dissection 12/14/2026.", doc=2, enc=e)
    c.sr([("cpt", "32663", "Thoracoscopy, surgical; with lobectomy"), ("sct", "173171007", "Lobectomy of lung"), "VATS RUL lobectomy + MLND"],
         "2026-11-12", "active", "order", occ="2026-12-14T07:00:00-06:00", reason=[("icd", "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung")], doc=2)


@case(MP, "near-miss", "sport", [],
      "The only planned intervention is an ultrasound-guided subacromial corticosteroid injection (CPT 20611), a minor office procedure; no surgery is proposed.",
      "44-year-old tennis player with rotator-cuff tendinopathy scheduled for a subacromial injection.")
def injection_minor(c):
    c.start("Megan", "Castellano", "female", "1982-11-30", payer="Aetna Choice POS II")
    rc = c.cond([("icd", "M75.41", "Impingement syndrome of right shoulder"), "R rotator cuff tendinopathy with impingement"], "2026-07-15")
    c.cond([("icd", "E03.9", "Hypothyroidism, unspecified")], "2015-01-01")
    c.med([("rx", "10582", "levothyroxine"), "levothyroxine 88 mcg"], "2015-01-01", "1 tab daily", kind="MedicationStatement")
    for d, p in [("2026-07-15", 5), ("2026-09-09", 5), ("2026-11-18", 4)]:
        e = c.enc(d, "Sports medicine visit", reason=[("icd", "M75.41", "Impingement syndrome of right shoulder")])
        c.obs(PAIN, d, p, cat="survey", enc=e)
    c.vitals("2026-07-15", 118, 74, 64, 62.5)
    us = c.obs([("local:rad", "US-SHOULDER", "US Shoulder"), "US right shoulder"], "2026-09-09", "Supraspinatus tendinosis, no full-thickness tear; mild subacromial bursal thickening.", cat="imaging")
    c.report([("local:rad", "US-SHOULDER", "US Shoulder")], "2026-09-09", "Supraspinatus tendinosis with subacromial bursitis; no tear.", results=[us])
    c.obs([("local:prom", "QDASH", "QuickDASH disability score"), "QuickDASH"], "2026-09-09", 29.5, "{score}", cat="survey")
    c.sr([("cpt", "97110", "Therapeutic exercises"), "PT - scapular stabilisation / cuff strengthening"], "2026-07-15", "active", "order", doc=2)
    c.sr([("cpt", "20611", "Arthrocentesis, aspiration and/or injection, major joint or bursa; with ultrasound guidance"),
          "US-guided subacromial corticosteroid injection"], "2026-11-18", "active", "order", occ="2026-12-08T10:00:00-07:00",
         reason=[("icd", "M75.41", "Impingement syndrome of right shoulder")], note="Triamcinolone 40 mg + lidocaine. Office procedure.")
    c.note("2026-11-18", "Clinic note",
           "R shoulder impingement, improving slowly with PT. Still painful overhead serve. Plan: US-guided subacromial injection 12/08 in clinic, continue PT; no surgical indication.")


@case(MP, "near-miss", "fqhc", [],
      "Laparoscopic cholecystectomy for symptomatic gallstones was already performed on 2026-09-02 (ServiceRequest completed, Procedure completed); nothing remains planned.",
      "45-year-old woman whose cholecystectomy was already done in September 2026.")
def chole_done(c):
    c.start("Guadalupe", "Ortega", "female", "1981-03-08", lang="es", interp=True, payer="Texas Medicaid")
    gs = c.cond([("icd", "K80.20", "Calculus of gallbladder without cholecystitis without obstruction")], "2026-06-10", status="resolved", abate="2026-09-02")
    c.cond(["Hypothyroidism"], "2016-01-01")
    c.cond([("icd", "E11.9", "Type 2 diabetes mellitus without complications")], "2020-01-01")
    c.med([("rx", "6809", "metformin"), "metformin 500 mg"], "2020-01-01", "1 tab twice daily")
    c.med([("rx", "10582", "levothyroxine"), "levothyroxine 50 mcg"], "2016-01-01", "1 tab daily")
    e1 = c.enc("2026-06-10", "Acute visit", reason=["dolor en el lado derecho después de comer"], doc=0)
    c.vitals("2026-06-10", 124, 80, 82, 79.0, enc=e1)
    us = c.obs([("local:rad", "US-ABD", "US Abdomen"), "RUQ ultrasound"], "2026-06-12", "Multiple gallstones, no wall thickening, CBD 4 mm.", cat="imaging")
    c.report([("local:rad", "US-ABD", "US Abdomen")], "2026-06-12", "Cholelithiasis without cholecystitis.", results=[us])
    c.labs("2026-06-12", alt=28, alp=96, bili=0.7, wbc=7.0, a1c=6.9)
    sr = c.sr([("cpt", "47562", "Laparoscopic cholecystectomy"), "Referral general surgery - lap chole"], "2026-06-15", "completed", "order",
              reason=[("icd", "K80.20", "Calculus of gallbladder without cholecystitis without obstruction")], doc=0)
    c.proc([("cpt", "47562", "Laparoscopic cholecystectomy"), ("sct", "45595009", "Laparoscopic cholecystectomy")], "completed", "2026-09-02",
           based=sr, reason=[("icd", "K80.20", "Calculus of gallbladder without cholecystitis without obstruction")], note="Outpatient at Valley Baptist; uncomplicated.")
    e2 = c.enc("2026-09-16", "Post-op follow-up", doc=0)
    c.vitals("2026-09-16", 120, 78, 76, 77.5, enc=e2)
    sdoh(c, "2026-09-16")
    c.note("2026-09-16", "Progress note", "Intérprete presente. S/p lap chole 9/2. Incisions healed, eating well, no pain. Back to work. A1c 6.9 - continue metformin.", enc=e2)
    c.lab("a1c", "2026-11-10", 6.8)


# ---------------------------------------------------------------- UNTREATABLE_PROGNOSIS
@case(UP, "positive", "chu", [UP],
      "Metastatic pancreatic adenocarcinoma; multidisciplinary meeting concluded no indication for chemotherapy (ECOG 3) and exclusive supportive care; palliative CarePlan and referral to the palliative team, no second opinion on record.",
      "71-year-old man with metastatic pancreatic cancer moved to exclusive palliative care.")
def pancreas_palliative(c):
    c.start("Henri", "Dufresne", "male", "1955-05-21", lang="fr", marital="W")
    pc = c.cond([("cim", "C25.0", "Tumeur maligne de la tête du pancréas"), ("sct", "363418001", "Malignant tumor of pancreas"), "Adénocarcinome de la tête du pancréas"], "2026-08-18")
    c.cond([("cim", "C78.7", "Tumeur maligne secondaire du foie et des voies biliaires intrahépatiques"), "Métastases hépatiques multiples"], "2026-08-18")
    c.cond([("cim", "I48.9", "Fibrillation et flutter auriculaires, sans précision")], "2018-01-01")
    e1 = c.enc("2026-08-18", "Hospitalisation gastro-entérologie - ictère", cls="IMP", end="2026-08-26", doc=0)
    c.labs("2026-08-18", enc=e1, bili=9.8, alp=612, alt=145, alb=2.9, hb=11.2)
    c.obs([("loinc", "24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"), "CA 19-9"], "2026-08-18", 2840, "U/mL", high=37)
    ct = c.obs([("local:imagerie", "TDM-TAP", "Scanner thoraco-abdomino-pelvien"), "TDM TAP"], "2026-08-19",
               "Masse céphalique pancréatique 38 mm, engainement de l'AMS, multiples métastases hépatiques.", cat="imaging", interp="A")
    c.report([("local:imagerie", "TDM-TAP", "Scanner thoraco-abdomino-pelvien")], "2026-08-19", "Adénocarcinome pancréatique probable, métastatique (foie).", results=[ct])
    c.proc([("ccam", "HMLE002", "Pose d'endoprothèse biliaire par endoscopie"), "Prothèse biliaire métallique par CPRE"], "completed", "2026-08-21")
    c.med([("atc", "N02AA01", "morphine"), "Skénan LP 30 mg"], "2026-09-24", "1 gélule matin et soir + Actiskénan si douleur", reason=[("cim", "C25.0", "Tumeur maligne de la tête du pancréas")])
    c.med([("atc", "B01AF02", "apixaban")], "2018-01-01", "Eliquis 5 mg x2/j", kind="MedicationStatement")
    c.obs([("loinc", "89247-1", "ECOG Performance Status score"), "Score OMS / ECOG"], "2026-09-20", 3, cat="survey")
    e2 = c.enc("2026-09-24", "Réunion de concertation pluridisciplinaire - digestif", doc=1)
    c.note("2026-09-24", "Compte rendu RCP oncologie digestive",
           "Adénocarcinome du pancréas métastatique hépatique. Altération majeure de l'état général (OMS 3), dénutrition (albumine 29 g/L). "
           "Décision : pas d'indication à une chimiothérapie, aucune option thérapeutique spécifique. Soins de support exclusifs, "
           "orientation vers l'équipe mobile de soins palliatifs.\n[English summary: no anticancer treatment options; best supportive care only.]",
           typ=("loinc", "11488-4", "Consult note"), doc=1, enc=e2)
    c.careplan("Projet de soins palliatifs", "2026-09-24", [("sct", "103735009", "Palliative care"), "Soins palliatifs"], addresses=[pc], doc=1,
               activities=[("Contrôle de la douleur (morphine LP)", "in-progress"), ("Suivi équipe mobile soins palliatifs", "scheduled"), ("HAD à discuter", "not-started")])
    c.sr([("sct", "306237005", "Referral to palliative care service"), "Demande d'intervention EMSP"], "2026-09-24", "active", "order", reason=[("cim", "C25.0", "Tumeur maligne de la tête du pancréas")], doc=1)
    e3 = c.enc("2026-11-19", "Consultation soins palliatifs", doc=1)
    c.vitals("2026-11-19", 104, 64, 96, 58.3, enc=e3)


@case(UP, "positive", "pulm", [UP],
      "Very severe COPD (FEV1 24%) judged unsuitable for transplant and for lung-volume reduction; clinical impression states no further disease-directed options and a hospice referral is active; FEV1 itself stable.",
      "74-year-old man with end-stage COPD referred to hospice after being declined for all interventions.")
def copd_hospice(c):
    c.start("Walter", "Brzezinski", "male", "1952-02-17", payer="Medicare Part A/B")
    copd = c.cond([("sct", "313299006", "Severe chronic obstructive pulmonary disease"), ("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified"), "COPD GOLD 4, group E"], "2012-01-01", severity="severe")
    c.cond([("sct", "87433001", "Pulmonary emphysema"), "Homogeneous emphysema"], "2012-01-01")
    c.cond([("icd", "J96.11", "Chronic respiratory failure with hypoxia")], "2023-06-01")
    c.cond([("icd", "I50.32", "Chronic diastolic (congestive) heart failure")], "2021-01-01")
    for rx, name, dose in [("69120", "tiotropium", "2 inh daily"), ("25255", "formoterol", "20 mcg nebulised BID"), ("19831", "budesonide", "0.5 mg nebulised BID"), ("435", "albuterol", "neb q4h PRN")]:
        c.med([("rx", rx, name)], "2020-01-01", dose, reason=[("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified")])
    c.sr([("hcpcs", "E1390", "Oxygen concentrator"), "Home oxygen 3 L/min continuous"], "2023-06-01", "active", "order")
    for d, v in [("2026-02-10", 0.66), ("2026-06-09", 0.63), ("2026-10-13", 0.62)]:
        c.obs(FEV1, d, v, "L", cat="exam", note="~24% predicted")
    c.obs(DLCO, "2026-06-09", 3.9, "mL/min/mm[Hg]", cat="exam", note="17% predicted")
    c.obs(SMWD, "2026-06-09", 140, "m", cat="exam", note="Desaturation to 82% on 4 L")
    for d in ["2026-06-09", "2026-10-13"]:
        e = c.enc(d, "Pulmonary clinic visit", reason=[("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified")])
        c.vitals(d, 118, 70, 98, 54.0, spo2=89, enc=e)
    c.note("2026-07-22", "Transplant / LVR evaluation summary",
           "Outside transplant program letter: age 74, frailty, BMI 17, DLCO 17% - not a candidate for lung transplantation. "
           "Homogeneous emphysema with DLCO <20% - excluded from endobronchial valves and LVRS.", typ=("loinc", "11488-4", "Consult note"))
    ci = c.impression("2026-10-13", "End-stage COPD on maximal inhaled therapy and LTOT, 3 admissions in 2026. Not a candidate for transplant or volume reduction. "
                      "No further disease-directed treatment options; focus on comfort. Goals-of-care discussion held; patient agrees to hospice.", problems=[copd])
    c.sr([("sct", "305911006", "Referral to hospice"), "Hospice referral - home hospice"], "2026-10-13", "active", "order", reason=[("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified")])
    c.med([("rx", "7052", "morphine"), "morphine oral solution 2 mg/mL"], "2026-10-13", "2.5 mg q4h PRN dyspnea", reason=["Refractory dyspnoea"])


@case(UP, "positive", "fqhc", [UP],
      "Decompensated alcohol-related cirrhosis; an outside hepatology note states he is not a transplant candidate and that there are no treatment options beyond comfort measures - signal only in the note, no second opinion.",
      "58-year-old uninsured Spanish-speaking man told nothing more can be done for his cirrhosis.")
def cirrhosis_note(c):
    c.start("Rigoberto", "Mendoza", "male", "1968-08-12", lang="es", interp=True, payer="self", extra_org="Valley Regional Hepatology")
    c.cond(["Cirrhosis of liver"], "2024-03-01")
    c.cond(["Ascites"], "2025-11-01")
    c.cond([("icd", "F10.21", "Alcohol dependence, in remission")], "2024-03-01")
    c.med([("rx", "9997", "spironolactone"), "spironolactone 100 mg"], "2025-11-01", "1 tab daily")
    c.med([("rx", "4603", "furosemide"), "furosemide 40 mg"], "2025-11-01", "1 tab daily")
    c.med([("rx", "6218", "lactulose"), "lactulose 10 g/15 mL"], "2026-04-01", "30 mL 2-3 times daily, titrate to 2-3 soft stools")
    sdoh(c, "2026-03-10", food_yes=True)
    for d, bili, alb, inr in [("2026-05-11", 3.1, 2.7, 1.7), ("2026-09-14", 4.4, 2.4, 1.9)]:
        e = c.enc(d, "Chronic care visit", doc=1)
        c.vitals(d, 102, 62, 88, 71.0, enc=e)
        c.lab("bili", d, bili, enc=e)
        c.lab("alb", d, alb, enc=e)
        c.lab("inr", d, inr, enc=e)
        c.lab("na", d, 131, enc=e)
    c.note("2026-08-20", "Outside hepatology consult (scanned)",
           "Valley Regional Hepatology. 58M decompensated EtOH cirrhosis, MELD-Na 24, refractory ascites needing paracentesis q2-3 weeks. "
           "Not a transplant candidate at this time (uninsured, no social support documented). No treatment options other than comfort-focused care "
           "and palliative paracentesis. Discussed with patient via interpreter.", typ=("loinc", "11488-4", "Consult note"), org=c.org2)
    e = c.enc("2026-11-09", "Chronic care visit", doc=1)
    c.vitals("2026-11-09", 98, 60, 92, 73.5, enc=e)
    c.note("2026-11-09", "Progress note",
           "Intérprete. Pt says 'me dijeron que ya no hay nada que hacer'. Abdomen distended, last paracentesis 11/02. "
           "Continue diuretics/lactulose. Offered chaplain/social work.", doc=1, enc=e)


@case(UP, "near-miss", "chu", [],
      "Platinum-resistant ovarian cancer on a palliative care plan, but a second opinion from a regional cancer centre (recourse tumour board) is on record in October 2026 for the same problem, which suppresses the flag.",
      "63-year-old woman with platinum-resistant ovarian cancer in palliative care after a documented second opinion.")
def ovarian_second_opinion(c):
    c.start("Martine", "Perrault", "female", "1963-06-11", lang="fr", extra_org="Institut régional de cancérologie de l'Ouest")
    ov = c.cond([("cim", "C56", "Tumeur maligne de l'ovaire"), ("sct", "363443007", "Malignant tumor of ovary"), "Carcinome séreux de haut grade de l'ovaire, stade IV, platino-résistant"], "2024-11-05")
    c.cond([("cim", "C78.6", "Tumeur maligne secondaire du rétropéritoine et du péritoine"), "Carcinose péritonéale"], "2024-11-05")
    c.proc([("local:actes", "CHIR-CYTO", "Chirurgie de cytoréduction"), "Cytoréduction complète"], "completed", "2025-01-15")
    c.med([("atc", "L01CD01", "paclitaxel"), "Paclitaxel hebdomadaire"], "2026-04-02", "80 mg/m2 J1 J8 J15", status="stopped", end="2026-08-20", doc=1,
          note="Arrêt pour progression (ligne 3).")
    c.obs([("loinc", "10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma"), "CA-125"], "2026-08-18", 1240, "U/mL", high=35)
    e1 = c.enc("2026-09-03", "RCP gynécologie oncologique", doc=1)
    c.note("2026-09-03", "Compte rendu RCP",
           "Progression sous 3e ligne. Pas d'essai thérapeutique disponible. Proposition : soins de support et projet palliatif. "
           "La patiente souhaite un second avis : dossier adressé à l'Institut régional de cancérologie (RCP de recours).", typ=("loinc", "11488-4", "Consult note"), doc=1, enc=e1)
    e2 = c.enc("2026-10-06", "Second avis - RCP de recours", doc=1, org=c.org2)
    c.note("2026-10-06", "Second avis oncologique (RCP de recours)",
           "Second avis rendu par l'Institut régional de cancérologie de l'Ouest. Relecture des imageries et de l'histologie. "
           "Confirmation du caractère platino-résistant, pas d'éligibilité aux essais en cours (profil HRD négatif). "
           "Avis concordant : soins palliatifs exclusifs.\n[English summary: second opinion from regional cancer centre concurs with palliative care.]",
           typ=("loinc", "11488-4", "Consult note"), doc=1, enc=e2, org=c.org2, desc="Second avis oncologique")
    c.careplan("Projet de soins palliatifs", "2026-10-08", [("sct", "103735009", "Palliative care")], addresses=[ov], doc=1,
               activities=[("Ponctions d'ascite évacuatrices à la demande", "in-progress"), ("Consultation douleur", "scheduled")])
    c.med([("atc", "N02AA05", "oxycodone"), "Oxycontin 10 mg LP"], "2026-10-08", "1 cp x2/j", doc=1)
    e3 = c.enc("2026-11-16", "Consultation soins palliatifs", doc=1)
    c.vitals("2026-11-16", 112, 68, 90, 55.2, enc=e3)
    c.labs("2026-11-16", enc=e3, hb=10.4, alb=3.0, creat=0.8)


@case(UP, "near-miss", "sport", [],
      "A note says 'no surgical treatment indicated' for a partial-thickness rotator cuff tear, but conservative treatment (physiotherapy, injection, NSAID) is active and effective options remain: not an untreatable condition.",
      "52-year-old carpenter told he does not need surgery for a partial rotator cuff tear.")
def no_surgery_cuff(c):
    c.start("Dale", "Eriksen", "male", "1974-01-19", payer="Pinnacle Workers' Compensation Insurance")
    tear = c.cond([("icd", "M75.111", "Incomplete rotator cuff tear or rupture of right shoulder, not specified as traumatic"), "Partial-thickness articular-sided supraspinatus tear, R"], "2026-06-04")
    c.cond([("icd", "E78.5", "Hyperlipidemia, unspecified")], "2019-01-01")
    c.med([("rx", "83367", "atorvastatin"), "atorvastatin 20 mg"], "2019-01-01", "1 tab daily", kind="MedicationStatement")
    c.med([("rx", "7258", "naproxen"), "naproxen 500 mg"], "2026-06-04", "1 tab BID with food x 6 weeks, then PRN", reason=[("icd", "M75.111", "Incomplete rotator cuff tear or rupture of right shoulder, not specified as traumatic")])
    mri = c.obs([("local:rad", "MR-SHOULDER", "MR Shoulder"), "MRI R shoulder"], "2026-07-01", "Partial-thickness (approx. 30%) articular-sided supraspinatus tear; no retraction; muscle bulk normal.", cat="imaging")
    c.report([("local:rad", "MR-SHOULDER", "MR Shoulder")], "2026-07-01", "Low-grade partial-thickness supraspinatus tear.", results=[mri])
    for d, p in [("2026-06-04", 6), ("2026-08-12", 4), ("2026-10-28", 3)]:
        e = c.enc(d, "Orthopaedic visit", reason=[("icd", "M75.111", "Incomplete rotator cuff tear or rupture of right shoulder, not specified as traumatic")], doc=1)
        c.obs(PAIN, d, p, cat="survey", enc=e)
    c.vitals("2026-06-04", 130, 82, 72, 90.1)
    c.proc([("cpt", "20610", "Arthrocentesis, aspiration and/or injection, major joint"), "Subacromial corticosteroid injection"], "completed", "2026-08-12", doc=1)
    c.sr([("cpt", "97110", "Therapeutic exercises"), "PT rotator cuff program 2x/week"], "2026-07-01", "active", "order", doc=1)
    c.note("2026-08-12", "Orthopaedic surgery consult",
           "Low-grade partial-thickness supraspinatus tear on MRI. No surgical treatment indicated at present: these do well with structured rehab. "
           "Injection given today. Continue PT 12 weeks. Light duty, no overhead work. Re-image only if failure to progress.", doc=1)
    c.obs([("local:prom", "QDASH", "QuickDASH disability score"), "QuickDASH"], "2026-10-28", 18.2, "{score}", cat="survey")


# ---------------------------------------------------------------- HIGH_IMPACT_TREATMENT
@case(HI, "positive", "chu", [HI],
      "Stage III sigmoid adenocarcinoma after colectomy; adjuvant FOLFOX chemotherapy started 2026-10-06 and ongoing (oxaliplatin prescriptions and administrations).",
      "59-year-old man receiving adjuvant FOLFOX chemotherapy after sigmoid colectomy.")
def folfox(c):
    c.start("Patrick", "Vasseur", "male", "1967-12-02", lang="fr")
    ca = c.cond([("cim", "C18.7", "Tumeur maligne du côlon sigmoïde"), ("sct", "363406005", "Malignant tumor of colon"), "Adénocarcinome sigmoïdien pT3N1bM0"], "2026-07-28")
    c.cond([("cim", "K21.9", "Reflux gastro-oesophagien sans oesophagite")], "2018-01-01")
    c.proc([("ccam", "HHFA006", "Colectomie gauche avec libération de l'angle colique gauche, avec rétablissement de la continuité, par laparotomie"),
            "Colectomie sigmoïdienne"], "completed", "2026-08-25", doc=1, note="Résection R0, 3/21 ganglions envahis.")
    e0 = c.enc("2026-09-22", "RCP oncologie digestive", doc=1)
    c.note("2026-09-22", "Compte rendu RCP", "Adénocarcinome sigmoïdien pT3N1b, R0. Indication à une chimiothérapie adjuvante par FOLFOX, 12 cures (6 mois). Pose de PAC.",
           typ=("loinc", "11488-4", "Consult note"), doc=1, enc=e0)
    c.proc([("ccam", "EBLA003", "Pose d'un cathéter veineux central relié à un site implantable"), "Pose de chambre implantable"], "completed", "2026-10-01")
    plan = c.careplan("Chimiothérapie adjuvante FOLFOX 12 cures", "2026-10-06", [("sct", "367336001", "Chemotherapy"), "Chimiothérapie"], addresses=[ca], doc=1,
                      activities=[("Cures FOLFOX J1=J15", "in-progress")])
    for atc, name, dose in [("L01XA03", "oxaliplatine", "85 mg/m2 J1"), ("L01BC02", "fluorouracile", "400 mg/m2 bolus + 2400 mg/m2 sur 46 h"), ("V03AF03", "folinate de calcium", "400 mg/m2 J1")]:
        c.med([("atc", atc, name)], "2026-10-06", dose, reason=[("cim", "C18.7", "Tumeur maligne du côlon sigmoïde")], doc=1)
    for i, d in enumerate(["2026-10-06", "2026-10-20", "2026-11-03", "2026-11-17"]):
        e = c.enc(d, f"Hôpital de jour oncologie - cure {i+1}", doc=1)
        c.med([("atc", "L01XA03", "oxaliplatine"), ("ucd", "9276012" , "OXALIPLATINE 5MG/ML INJ"), "Oxaliplatine"], d, "160 mg IV sur 2 h", kind="MedicationAdministration", status="completed", doc=1)
        c.lab("plt", d, [248, 221, 176, 162][i], enc=e)
    c.labs("2026-11-17", hb=12.1, wbc=4.6)
    c.note("2026-11-17", "Consultation oncologie", "Cure 4 bien tolérée. Neuropathie sensitive grade 1 au froid. Poursuite du protocole.", doc=1)


@case(HI, "positive", "fqhc", [HI],
      "End-stage kidney disease from diabetic nephropathy; in-centre haemodialysis three times a week started 2026-11-03 after tunnelled catheter placement and continues.",
      "63-year-old woman who started maintenance haemodialysis in November 2026.")
def dialysis_start(c):
    c.start("Marisol", "Treviño", "female", "1963-09-25", lang="es", interp=True, payer="Medicare Part B / Texas Medicaid")
    esrd = c.cond([("icd", "N18.6", "End stage renal disease")], "2026-10-28")
    c.cond([("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")], "2008-01-01")
    c.cond([("icd", "I10", "Essential (primary) hypertension")], "2008-01-01")
    c.cond(["Anemia of CKD"], "2025-05-01")
    c.med([("rx", "274783", "insulin glargine"), "insulin glargine 100 units/mL pen"], "2019-01-01", "18 units at bedtime")
    c.med([("rx", "20352", "carvedilol"), "carvedilol 12.5 mg"], "2015-01-01", "1 tab twice daily")
    c.lab("egfr", "2026-08-11", 11)
    c.lab("egfr", "2026-10-20", 8)
    c.labs("2026-10-20", k=5.9, hb=9.1, a1c=7.2)
    c.note("2026-10-28", "Nephrology consult (outside)", "ESRD, uremic symptoms (nausea, pruritus), K 5.9. Recommend initiation of hemodialysis; tunneled HD catheter now, AV fistula later.",
           typ=("loinc", "11488-4", "Consult note"), doc=1)
    c.proc([("cpt", "36558", "Insertion of tunneled centrally inserted central venous catheter, without subcutaneous port"), "Tunneled HD catheter R IJ"], "completed", "2026-11-02", doc=1)
    c.sr([("cpt", "90935", "Hemodialysis procedure with single evaluation"), ("sct", "302497006", "Hemodialysis"), "Outpatient hemodialysis MWF"], "2026-10-28",
         "active", "order", reason=[("icd", "N18.6", "End stage renal disease")], doc=1)
    c.proc([("sct", "302497006", "Hemodialysis"), "Maintenance hemodialysis 3x/week"], "in-progress", "2026-11-03", reason=[("icd", "N18.6", "End stage renal disease")], doc=1)
    for d in ["2026-11-03", "2026-11-13", "2026-11-25"]:
        e = c.enc(d, "Dialysis session - DaVita Harlingen", doc=1)
        c.vitals(d, 152, 84, 80, 68.2, enc=e)
    sdoh(c, "2026-11-16", food_yes=True)
    e = c.enc("2026-11-16", "Primary care follow-up", doc=0)
    c.note("2026-11-16", "Progress note", "Intérprete. Started HD 11/3, tolerating, tired after sessions, 'la diálisis me cambió la vida, no puedo trabajar'. Transport to dialysis arranged via Medicaid.", enc=e)


@case(HI, "positive", "pulm", [HI],
      "Stage I NSCLC in a patient too frail for surgery; stereotactic body radiotherapy (54 Gy in 3 fractions) ordered to start 2026-12-09.",
      "79-year-old man with early lung cancer and severe COPD planned for stereotactic radiotherapy.")
def sbrt(c):
    c.start("Eugene", "Lindqvist", "male", "1947-03-03", payer="Medicare Part B")
    c.cond([("sct", "13645005", "Chronic obstructive lung disease"), ("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified")], "2010-01-01", severity="severe")
    ca = c.cond([("sct", "254637007", "Non-small cell lung cancer"), ("icd", "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung"), "Squamous cell carcinoma RLL, cT1bN0M0"], "2026-09-30")
    c.cond([("icd", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")], "2016-01-01")
    c.med([("rx", "69120", "tiotropium"), "tiotropium 18 mcg"], "2010-01-01", "1 cap inhaled daily")
    c.obs(FEV1, "2026-10-15", 0.98, "L", cat="exam", note="38% predicted")
    c.obs(DLCO, "2026-10-15", 8.1, "mL/min/mm[Hg]", cat="exam", note="35% predicted")
    c.obs(SMWD, "2026-10-15", 230, "m", cat="exam")
    ct = c.obs([("loinc", "24627-2", "CT Chest"), "CT chest"], "2026-09-02", "1.6 cm solid RLL nodule; severe emphysema.", cat="imaging", interp="A")
    c.report([("loinc", "24627-2", "CT Chest")], "2026-09-02", "RLL nodule suspicious for malignancy.", results=[ct])
    c.proc([("cpt", "31654", "Bronchoscopy with transendoscopic endobronchial ultrasound (EBUS) for peripheral lesion(s)"), "Navigational bronchoscopy with biopsy"], "completed", "2026-09-30")
    e = c.enc("2026-11-05", "Thoracic oncology clinic", doc=0)
    c.vitals("2026-11-05", 138, 76, 84, 66.4, spo2=92, enc=e)
    c.note("2026-11-05", "Tumor board note", "cT1bN0 squamous RLL. FEV1 38%, DLCO 35% - high risk for resection, patient declines surgery. Recommendation: SBRT 54 Gy in 3 fractions. Simulation 11/25, treatment starts 12/09.", enc=e)
    c.sr([("cpt", "77373", "Stereotactic body radiation therapy, treatment delivery"), ("sct", "108290001", "Radiation oncology AND/OR radiotherapy"), "SBRT RLL 54 Gy/3 fx"],
         "2026-11-05", "active", "order", occ="2026-12-09", reason=[("icd", "C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung")])
    c.labs("2026-11-05", hb=13.0, creat=1.1, wbc=7.9)


@case(HI, "near-miss", "sport", [],
      "QuickDASH worsened from 36.4 to 43.2 (6.8 points) after PRP injection and bracing began, below the ~11-16 point minimal important difference; no high-impact treatment planned.",
      "47-year-old woman with lateral epicondylitis whose QuickDASH worsened slightly after treatment.")
def quickdash_small(c):
    c.start("Karen", "Delacroix", "female", "1979-04-14", payer="Blue Cross Blue Shield of Colorado")
    le = c.cond([("icd", "M77.11", "Lateral epicondylitis, right elbow")], "2026-05-20")
    c.cond([("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")], "2020-01-01")
    c.med([("rx", "7646", "omeprazole"), "omeprazole 20 mg"], "2020-01-01", "1 cap daily", kind="MedicationStatement")
    for d, s in [("2026-06-03", 36.4), ("2026-08-12", 40.9), ("2026-10-21", 43.2)]:
        e = c.enc(d, "Sports medicine visit", reason=[("icd", "M77.11", "Lateral epicondylitis, right elbow")])
        c.obs([("local:prom", "QDASH", "QuickDASH disability score"), "QuickDASH"], d, s, "{score}", cat="survey", enc=e)
        c.obs(PAIN, d, {36.4: 5, 40.9: 5, 43.2: 6}[s], cat="survey", enc=e)
    c.vitals("2026-06-03", 116, 72, 66, 64.0)
    us = c.obs([("local:rad", "US-ELBOW", "US Elbow"), "US right elbow"], "2026-06-03", "Thickened hypoechoic common extensor origin, no tear.", cat="imaging")
    c.proc([("local:proc", "PRP-INJ", "Platelet-rich plasma injection, common extensor origin"), ("hcpcs", "0232T", "Injection(s), platelet rich plasma")], "completed", "2026-06-10")
    c.sr([("cpt", "97110", "Therapeutic exercises"), "PT eccentric loading program + counterforce brace"], "2026-06-10", "active", "order", doc=2)
    c.note("2026-10-21", "Clinic note",
           "R lateral epicondylitis, 5 months. QuickDASH 43 (36 at baseline) - small change. Pain 6/10 with gripping. Continue eccentric program, activity modification; "
           "expect slow natural improvement. Review in 3 months.")


@case(HI, "near-miss", "chu", [],
      "Haemodialysis was proposed for acute kidney injury in September 2026 but the request was revoked when renal function recovered (creatinine back to 1.3 mg/dL); no dialysis planned or running.",
      "70-year-old man whose proposed dialysis for septic AKI was cancelled after renal recovery.")
def dialysis_revoked(c):
    c.start("Jean-Claude", "Bertin", "male", "1956-07-30", lang="fr")
    aki = c.cond([("cim", "N17.9", "Insuffisance rénale aiguë, sans précision"), "IRA sur sepsis urinaire"], "2026-09-10", status="resolved", abate="2026-10-15")
    c.cond([("cim", "N18.3", "Maladie rénale chronique, stade 3"), "MRC stade 3a"], "2021-01-01")
    c.cond([("cim", "N40", "Hyperplasie de la prostate")], "2019-01-01")
    c.med([("atc", "G04CA02", "tamsulosine"), "Tamsulosine LP 0,4 mg"], "2019-01-01", "1 gélule/j", kind="MedicationStatement")
    e1 = c.enc("2026-09-10", "Hospitalisation néphrologie - IRA sur pyélonéphrite", cls="IMP", end="2026-09-24", doc=2)
    for d, cr in [("2026-09-10", 5.49), ("2026-09-16", 3.90), ("2026-09-23", 1.81), ("2026-10-15", 1.32)]:
        c.lab("creat", d, cr, enc=e1 if d < "2026-09-25" else None)
    c.lab("k", "2026-09-10", 6.0, enc=e1)
    c.sr([("sct", "302497006", "Hemodialysis"), "Mise en route d'une épuration extrarénale (hémodialyse)"], "2026-09-12", "revoked", "proposal",
         reason=[("cim", "N17.9", "Insuffisance rénale aiguë, sans précision")], doc=2, note="Annulée le 18/09 : reprise de diurèse et amélioration de la créatinine.")
    c.med([("atc", "J01DD04", "ceftriaxone"), "Ceftriaxone 1 g IV"], "2026-09-10", "1 g/j IV 10 jours", status="completed", doc=2)
    c.note("2026-09-24", "Compte rendu d'hospitalisation",
           "IRA KDIGO 3 sur pyélonéphrite obstructive. Hémodialysé envisagée le 12/09, non réalisée : reprise de diurèse, créatinine 1,81 mg/dL à la sortie. "
           "[English summary: dialysis was considered but not needed; kidney function recovered.]", typ=("loinc", "18842-5", "Discharge summary"), doc=2, enc=e1)
    e2 = c.enc("2026-10-15", "Consultation néphrologie", doc=2)
    c.vitals("2026-10-15", 134, 80, 70, 77.0, enc=e2)
    c.lab("egfr", "2026-10-15", 56, enc=e2)
    c.lab("hb", "2026-10-15", 12.8, enc=e2)


# ---------------------------------------------------------------- PATIENT_REPORTED_CONCERN
@case(PR, "positive", "fqhc", [PR],
      "Patient-authored portal message in Spanish (2026-11-18) says she feels unheard and explicitly asks for a second opinion from another specialist about her headaches.",
      "44-year-old Spanish-speaking woman with chronic migraine who asks for a second opinion.")
def migraine_message(c):
    c.start("Claudia", "Ibarra", "female", "1982-02-09", lang="es", interp=True, payer="Texas Medicaid")
    mig = c.cond([("icd", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")], "2019-06-01")
    c.cond(["Obesity"], "2019-06-01")
    c.med([("rx", "38404", "topiramate"), "topiramate 50 mg"], "2025-08-01", "1 tab twice daily", reason=[("icd", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")])
    c.med([("rx", "37418", "sumatriptan"), "sumatriptan 50 mg"], "2023-01-01", "1 tab at onset, may repeat in 2 h")
    for d, days in [("2026-04-14", 8), ("2026-07-21", 9), ("2026-10-27", 8)]:
        e = c.enc(d, "Follow-up visit", reason=[("icd", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")], doc=0)
        c.vitals(d, 122, 78, 76, 88.2, enc=e)
        c.obs([("local:ha", "HA-DAYS", "Headache days per month (patient diary)")], d, days, cat="survey", enc=e)
    sdoh(c, "2026-04-14")
    c.note("2026-10-27", "Progress note", "Migraine ~8 days/month on topiramate, stable. Neuro exam normal. Pt frustrated that headaches continue. Continue regimen, sleep hygiene.")
    c.comm("2026-11-18", "Doctora Delgado, siento que nadie me escucha con mis dolores de cabeza, llevo años igual. "
                         "Me gustaría una segunda opinión con otro especialista, un neurólogo. ¿Me puede referir? Gracias, Claudia.", lang="es",
           cat="Patient portal message")
    c.comm("2026-11-19", "Recibimos su mensaje. La doctora lo revisará y le llamaremos esta semana.", from_patient=False, doc=2, lang="es")


@case(PR, "positive", "sport", [PR],
      "Intake QuestionnaireResponse: the patient answers 'Yes' to wanting another surgeon to review his case (second opinion) and writes that his ankle is not being taken seriously.",
      "23-year-old soccer player with chronic ankle instability who requests a second opinion on the intake form.")
def ankle_qr(c):
    c.start("Marcus", "Oyelaran", "male", "2003-08-21", payer="Student Health - University of Denver")
    ai = c.cond([("icd", "M25.371", "Other instability, right ankle"), "Chronic lateral ankle instability after recurrent sprains"], "2025-10-01")
    c.cond([("icd", "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")], "2026-03-14", status="resolved", abate="2026-05-01")
    c.cond([("icd", "J45.909", "Unspecified asthma, uncomplicated")], "2012-01-01")
    c.med([("rx", "435", "albuterol"), "albuterol HFA"], "2012-01-01", "2 puffs before exercise PRN", kind="MedicationStatement")
    mri = c.obs([("local:rad", "MR-ANKLE", "MR Ankle"), "MRI R ankle"], "2026-04-02", "Thickened, attenuated ATFL consistent with prior tear; CFL intact; no osteochondral lesion.", cat="imaging")
    c.report([("local:rad", "MR-ANKLE", "MR Ankle")], "2026-04-02", "Chronic ATFL injury; no osteochondral lesion.", results=[mri])
    for d, p in [("2026-04-06", 4), ("2026-07-20", 4), ("2026-11-09", 4)]:
        e = c.enc(d, "Sports medicine visit", reason=[("icd", "M25.371", "Other instability, right ankle")])
        c.obs(PAIN, d, p, cat="survey", enc=e)
    c.obs([("local:prom", "FAAM-SP", "FAAM sports subscale"), "FAAM Sports"], "2026-11-09", 62.5, "%", cat="survey")
    c.sr([("cpt", "97110", "Therapeutic exercises"), "Proprioceptive/peroneal strengthening program"], "2026-04-06", "active", "order", doc=2)
    c.qr("2026-11-09", [("How would you rate your overall ankle function today (0-10)?", 5),
                        ("Do you feel your concerns were addressed at your last visit?", NO),
                        ("Would you like another surgeon to review your case (second opinion)?", YES),
                        ("Comments", "Third sprain this year. Keep being told to do rehab. I feel my ankle isn't being taken seriously and want a surgeon to look at a repair.")],
         "Return-visit intake form")
    c.note("2026-11-09", "Clinic note", "Recurrent R ankle giving way, 3 sprains in 12 months despite 6 months of rehab. Positive anterior drawer. Continue bracing and rehab.")
    c.vitals("2026-11-09", 120, 70, 54, 78.5)


@case(PR, "positive", "chu", [PR],
      "Flag authored by the patient through the hospital portal: 'Je souhaite un second avis chirurgical avant toute décision' regarding her lumbar disc herniation; no second opinion yet on record.",
      "48-year-old woman with L5-S1 disc herniation who records a request for a second surgical opinion.")
def flag_second_opinion(c):
    c.start("Nathalie", "Girard", "female", "1978-03-27", lang="fr")
    hd = c.cond([("cim", "M51.1", "Atteintes d'un disque lombaire et d'autres disques intervertébraux avec radiculopathie"), "Hernie discale L5-S1 avec radiculalgie S1 gauche"], "2026-05-12")
    c.cond([("cim", "E03.9", "Hypothyroïdie, sans précision")], "2012-01-01")
    c.med([("atc", "N02BE01", "paracétamol")], "2026-05-12", "1 g jusqu'à 3 fois/j", kind="MedicationStatement")
    c.med([("atc", "N03AX16", "prégabaline"), "Prégabaline 75 mg"], "2026-06-02", "1 gélule x2/j")
    c.med([("atc", "H03AA01", "lévothyroxine sodique")], "2012-01-01", "Lévothyrox 100 µg 1 cp/j", kind="MedicationStatement")
    irm = c.obs([("local:imagerie", "IRM-RACHIS-L", "IRM du rachis lombaire"), "IRM lombaire"], "2026-06-10", "Hernie discale postéro-latérale gauche L5-S1 au contact de la racine S1 gauche.", cat="imaging")
    c.report([("local:imagerie", "IRM-RACHIS-L", "IRM du rachis lombaire")], "2026-06-10", "Hernie discale L5-S1 gauche conflictuelle.", results=[irm])
    for d, p in [("2026-06-02", 7), ("2026-08-25", 6), ("2026-11-03", 6)]:
        e = c.enc(d, "Consultation neurochirurgie / rachis", reason=[("cim", "M51.1", "Atteintes d'un disque lombaire et d'autres disques intervertébraux avec radiculopathie")])
        c.obs([("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "EVA douleur radiculaire"], d, p, cat="survey", enc=e)
    c.proc([("ccam", "LHLB001", "Infiltration péridurale lombaire"), "Infiltration épidurale L5-S1 sous scopie"], "completed", "2026-08-30")
    c.note("2026-11-03", "Consultation de chirurgie du rachis",
           "Radiculalgie S1 gauche persistante malgré infiltration, sans déficit moteur. Pas d'indication opératoire retenue à ce jour ; une discectomie pourrait être discutée en cas d'échec du traitement médical à 3 mois. Réévaluation à 2 mois.")
    c.flag("2026-11-08", "Je souhaite un second avis chirurgical avant toute décision concernant une éventuelle opération du dos (message déposé via le portail patient).",
           codes=[("local:portail", "DEM-2AVIS", "Demande de second avis par le patient")])
    c.vitals("2026-11-03", 118, 72, 70, 61.0)


@case(PR, "near-miss", "pulm", [],
      "Annual CPAP questionnaire: the patient answers 'No' to wanting a second opinion and 'Yes' to feeling heard; adherence and control are good.",
      "57-year-old man with OSA on CPAP who declines a second opinion on the annual questionnaire.")
def osa_no(c):
    c.start("Russell", "Pietrowski", "male", "1969-10-10", payer="Humana Gold Plus")
    osa = c.cond([("sct", "78275009", "Obstructive sleep apnea syndrome"), ("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2021-02-01", severity="moderate")
    c.cond([("icd", "I10", "Essential (primary) hypertension")], "2016-01-01")
    c.cond([("icd", "E78.5", "Hyperlipidemia, unspecified")], "2016-01-01")
    c.med([("rx", "29046", "lisinopril"), "lisinopril 20 mg"], "2016-01-01", "1 tab daily", kind="MedicationStatement")
    c.obs([("local:sleep", "AHI", "Apnea-hypopnea index"), "Baseline AHI"], "2021-01-15", 22.0, "/h", high=5)
    for d, use, res in [("2026-05-12", 88, 2.4), ("2026-11-10", 91, 1.9)]:
        e = c.enc(d, "Sleep clinic follow-up", reason=[("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")], doc=1)
        c.vitals(d, 128, 80, 68, 101.0, enc=e)
        c.obs([("local:sleep", "CPAP-USE", "CPAP adherence (nights >= 4 h)")], d, use, "%", cat="exam", enc=e)
        c.obs([("local:sleep", "AHI-RES", "Residual AHI on CPAP")], d, res, "/h", high=5, cat="exam", enc=e)
        c.obs([("local:sleep", "ESS", "Epworth Sleepiness Scale total score"), "Epworth score"], d, 5, cat="survey", enc=e)
    c.qr("2026-11-10", [("Are you satisfied with your CPAP therapy?", YES),
                        ("Do you feel your concerns are heard by your care team?", YES),
                        ("Would you like a second opinion about your diagnosis or treatment?", NO),
                        ("Anything else you want us to know?", "Mask fits well after switching to nasal pillows.")], "Annual CPAP review questionnaire")
    c.note("2026-11-10", "Sleep follow-up", "Excellent adherence, residual AHI 1.9, ESS 5. New nasal pillows mask. Continue CPAP, annual review.", doc=1)
    c.labs("2026-05-12", glu=96, ldl=104)


@case(PR, "near-miss", "pulm", [],
      "The patient asked for a second opinion in May 2026 and received one at a university lung centre in July 2026 (consult note on record), within 12 months and for the same problem, so the request is satisfied.",
      "68-year-old man with severe emphysema whose requested second opinion was obtained in July 2026.")
def emphysema_second_done(c):
    c.start("Leonard", "Haskins", "male", "1958-05-05", payer="Medicare Advantage - Humana", extra_org="Great Lakes University Lung Center")
    em = c.cond([("sct", "87433001", "Pulmonary emphysema"), ("icd", "J43.9", "Emphysema, unspecified"), "Severe heterogeneous emphysema, upper-lobe predominant"], "2017-01-01", severity="severe")
    c.cond([("icd", "I10", "Essential (primary) hypertension")], "2012-01-01")
    for rx, name, dose in [("69120", "tiotropium", "2 inh daily"), ("25255", "formoterol", "BID"), ("19831", "budesonide", "BID")]:
        c.med([("rx", rx, name)], "2019-01-01", dose, reason=[("icd", "J43.9", "Emphysema, unspecified")])
    c.obs(FEV1, "2026-03-17", 0.92, "L", cat="exam", note="31% predicted")
    c.obs(FEV1, "2026-09-15", 0.90, "L", cat="exam", note="30% predicted")
    c.comm("2026-05-04", "Dr. Iyer, before I decide about the valve procedure I would like a second opinion from the university lung center. Can you send my records?",
           cat="Patient portal message")
    c.sr([("sct", "3457005", "Patient referral"), "Referral for second opinion - endobronchial valve candidacy"], "2026-05-06", "completed", "order",
         performer=c.org2, reason=[("icd", "J43.9", "Emphysema, unspecified")])
    e2 = c.enc("2026-07-14", "Second opinion consultation - interventional pulmonology", org=c.org2)
    c.note("2026-07-14", "Second opinion consultation",
           "Great Lakes University Lung Center. Second opinion requested by patient regarding bronchoscopic lung volume reduction. Chart, CT and Chartis data reviewed. "
           "Agree with referring team: heterogeneous upper-lobe emphysema, but collateral ventilation present in the RUL target; not a valve candidate at present. "
           "Continue pulmonary rehabilitation.", typ=("loinc", "11488-4", "Consult note"), enc=e2, org=c.org2, desc="Second opinion consultation")
    c.sr([("cpt", "94625", "Physician or other qualified health care professional services for outpatient pulmonary rehabilitation"), "Pulmonary rehabilitation"], "2026-07-20", "active", "order")
    for d in ["2026-03-17", "2026-09-15"]:
        e = c.enc(d, "Pulmonary clinic visit", reason=[("icd", "J43.9", "Emphysema, unspecified")])
        c.vitals(d, 130, 78, 86, 63.0, spo2=92, enc=e)
    c.note("2026-09-15", "Progress note", "Reviewed second-opinion letter with patient; he is reassured and content with plan. Doing rehab 2x/week, 6MWD improved 310 -> 345 m.")
    c.obs(SMWD, "2026-09-15", 345, "m", cat="exam")


# ---------------------------------------------------------------- WORSENING_DESPITE_TREATMENT
@case(WD, "positive", "fqhc", [WD],
      "HbA1c rose 7.8 -> 8.6 -> 9.3 -> 10.1 % over nine months (2.3 points, far above the 0.5 % MID) while metformin and glipizide were active throughout.",
      "52-year-old Spanish-speaking man with type 2 diabetes worsening on metformin and glipizide.")
def a1c_rising(c):
    c.start("Efraín", "Guzmán", "male", "1974-11-11", lang="es", interp=True, payer="Texas Medicaid")
    dm = c.cond([("icd", "E11.9", "Type 2 diabetes mellitus without complications")], "2019-03-01")
    c.cond([("icd", "E78.5", "Hyperlipidemia, unspecified")], "2019-03-01")
    c.med([("rx", "6809", "metformin"), "metformin 1000 mg tab"], "2019-03-01", "1 tab twice daily", reason=[("icd", "E11.9", "Type 2 diabetes mellitus without complications")])
    c.med([("rx", "4821", "glipizide"), "glipizide 10 mg tab"], "2025-10-06", "1 tab twice daily", reason=[("icd", "E11.9", "Type 2 diabetes mellitus without complications")])
    c.med([("rx", "83367", "atorvastatin"), "atorvastatin 40 mg"], "2019-03-01", "1 tab daily")
    for d, v, wt in [("2026-01-15", 7.8, 92.0), ("2026-04-20", 8.6, 93.1), ("2026-07-22", 9.3, 93.8), ("2026-10-28", 10.1, 94.4)]:
        e = c.enc(d, "Diabetes follow-up", reason=[("icd", "E11.9", "Type 2 diabetes mellitus without complications")], doc=1)
        c.vitals(d, 136, 86, 80, wt, enc=e)
        c.lab("a1c", d, v, enc=e)
    c.labs("2026-10-28", creat=0.95, egfr=88, ldl=112)
    sdoh(c, "2026-04-20", food_yes=True)
    c.note("2026-10-28", "Progress note",
           "Interpreter used. A1c 10.1 (9.3 in July). Reports taking metformin and glipizide daily, pharmacy fill history consistent. Polyuria, nocturia. "
           "Food insecurity - referred to food bank. Discussed adding basal insulin; pt hesitant. Will revisit in 4 weeks.", doc=1)


@case(WD, "positive", "chu", [WD],
      "Rheumatoid arthritis on methotrexate 20 mg/week since 2024: DAS28-CRP rose 3.0 -> 3.9 -> 4.6 -> 5.1 from March to November 2026 (2.1 points, above the 1.2 MID) with treatment active throughout.",
      "57-year-old woman with seropositive rheumatoid arthritis worsening on methotrexate.")
def ra_das28(c):
    c.start("Isabelle", "Fournier", "female", "1969-08-08", lang="fr")
    ra = c.cond([("cim", "M05.9", "Polyarthrite rhumatoïde séropositive, sans précision"), ("sct", "69896004", "Rheumatoid arthritis"), "Polyarthrite rhumatoïde séropositive"], "2023-11-01")
    c.cond([("cim", "M81.9", "Ostéoporose, sans précision")], "2024-06-01")
    c.med([("atc", "L04AX03", "méthotrexate"), ("cip", "3400936548910", "METOJECT 20 mg, solution injectable en seringue préremplie"), "Méthotrexate 20 mg SC"],
          "2024-01-15", "20 mg SC une fois par semaine (lundi)", reason=[("cim", "M05.9", "Polyarthrite rhumatoïde séropositive, sans précision")])
    c.med([("atc", "B03BB01", "acide folique"), "Spéciafoldine 5 mg"], "2024-01-15", "1 cp le jeudi")
    c.med([("atc", "M05BA04", "acide alendronique")], "2024-06-01", "70 mg/semaine", kind="MedicationStatement")
    for d, das, crp, tjc, sjc in [("2026-03-10", 3.0, 4, 2, 1), ("2026-06-16", 3.9, 11, 5, 3), ("2026-09-22", 4.6, 19, 8, 5), ("2026-11-17", 5.1, 26, 10, 7)]:
        e = c.enc(d, "Consultation rhumatologie", reason=[("cim", "M05.9", "Polyarthrite rhumatoïde séropositive, sans précision")])
        c.obs([("local:rhumato", "DAS28-CRP", "Score DAS28-CRP"), "DAS28-CRP"], d, das, "{score}", cat="survey", enc=e,
              note=f"NAD {tjc}, NAG {sjc}")
        c.lab("crp", d, crp, enc=e)
    c.labs("2026-11-17", alt=32, creat=0.7, hb=11.9, wbc=6.4)
    c.vitals("2026-11-17", 128, 76, 82, 60.5)
    c.note("2026-11-17", "Consultation de rhumatologie",
           "PR séropositive (FR+, ACPA+) sous méthotrexate 20 mg SC depuis janvier 2024, bonne observance, tolérance correcte. Aggravation progressive depuis le printemps : "
           "10 articulations douloureuses, 7 gonflées, DAS28-CRP 5,1 (3,0 en mars). Réveil nocturne, dérouillage matinal 2 h.\n"
           "[English summary: RA flaring steadily over 8 months despite methotrexate.]")


@case(WD, "positive", "pulm", [WD],
      "Severe asthma on high-dose ICS/LABA plus montelukast throughout 2026 with confirmed adherence: FEV1 fell 2.45 -> 2.21 -> 1.98 L between April and October (470 mL, above the ~100-200 mL MID) with two steroid bursts.",
      "45-year-old woman with severe asthma whose lung function keeps falling despite maximal inhaled therapy.")
def asthma_fev1(c):
    c.start("Renee", "Gustafson", "female", "1981-01-29", payer="Blue Cross Blue Shield of Illinois")
    asth = c.cond([("sct", "370221004", "Severe asthma"), ("icd", "J45.50", "Severe persistent asthma, uncomplicated")], "2015-01-01", severity="severe")
    c.cond([("icd", "J30.9", "Allergic rhinitis, unspecified")], "2010-01-01")
    for rx, name, dose in [("284635", "fluticasone / salmeterol", "500/50 mcg 1 inh BID"), ("88249", "montelukast", "10 mg nightly"), ("435", "albuterol", "2 puffs PRN")]:
        c.med([("rx", rx, name)], "2025-11-01", dose, reason=[("icd", "J45.50", "Severe persistent asthma, uncomplicated")])
    for d, v, pct in [("2026-04-14", 2.45, 82), ("2026-07-14", 2.21, 74), ("2026-10-13", 1.98, 66)]:
        e = c.enc(d, "Asthma clinic visit", reason=[("icd", "J45.50", "Severe persistent asthma, uncomplicated")])
        c.obs(FEV1, d, v, "L", cat="exam", enc=e, note=f"{pct}% predicted, post-bronchodilator")
        c.vitals(d, 118, 74, 84, 70.0, spo2=96, enc=e)
    c.med([("rx", "8640", "prednisone"), "prednisone 40 mg x 5 days"], "2026-06-02", "40 mg daily x 5 days", status="completed")
    c.med([("rx", "8640", "prednisone"), "prednisone 40 mg x 5 days"], "2026-09-08", "40 mg daily x 5 days", status="completed")
    c.obs([("loinc", "26449-9", "Eosinophils [#/volume] in Blood"), "Eosinophil count"], "2026-10-13", 0.62, "10*3/uL", 0.0, 0.5)
    c.obs([("local:pft", "FENO", "Fractional exhaled nitric oxide"), "FeNO"], "2026-10-13", 58, "[ppb]", high=25, cat="exam")
    c.note("2026-10-13", "Asthma clinic note",
           "Inhaler technique checked, dose counter and pharmacy refills confirm adherence. Two exacerbations needing prednisone since June. FEV1 1.98 L (2.45 in April). "
           "Eos 620, FeNO 58. Plan: prior authorization for anti-IL5 biologic.")


@case(WD, "near-miss", "sport", [],
      "Shoulder pain rose 4 -> 6 -> 7 over five months, but no treatment was running: physiotherapy ended in April and naproxen was stopped in May for dyspepsia while further therapy awaited claim approval; course fits the freezing phase of adhesive capsulitis.",
      "39-year-old injured worker with frozen shoulder whose pain rose while no treatment was active.")
def frozen_no_treatment(c):
    c.start("Andre", "Kowalczyk", "male", "1987-03-19", payer="Pinnacle Workers' Compensation Insurance")
    cap = c.cond([("icd", "M75.02", "Adhesive capsulitis of left shoulder")], "2026-03-05")
    c.cond([("icd", "E11.9", "Type 2 diabetes mellitus without complications")], "2022-01-01")
    c.med([("rx", "6809", "metformin"), "metformin 500 mg"], "2022-01-01", "1 tab twice daily", kind="MedicationStatement")
    c.med([("rx", "7258", "naproxen"), "naproxen 500 mg"], "2026-03-05", "1 tab BID", kind="MedicationStatement", status="stopped", end="2026-05-15",
          note="Stopped due to dyspepsia.")
    c.sr([("cpt", "97110", "Therapeutic exercises"), "PT L shoulder 8 sessions"], "2026-03-05", "completed", "order", doc=2)
    c.sr([("cpt", "97110", "Therapeutic exercises"), "Further PT L shoulder 12 sessions"], "2026-05-20", "on-hold", "order", doc=2,
         note="Awaiting workers' compensation authorization.")
    for d, p, abd in [("2026-05-20", 4, 120), ("2026-08-10", 6, 90), ("2026-10-26", 7, 75)]:
        e = c.enc(d, "Occupational ortho visit", reason=[("icd", "M75.02", "Adhesive capsulitis of left shoulder")])
        c.obs(PAIN, d, p, cat="survey", enc=e)
        c.obs([("local:exam", "SH-ABD", "Shoulder active abduction, left"), "L shoulder abduction"], d, abd, "deg", cat="exam", enc=e)
    c.lab("a1c", "2026-08-10", 7.2)
    c.vitals("2026-08-10", 126, 80, 70, 88.0)
    c.note("2026-10-26", "Work injury progress note",
           "L frozen shoulder, freezing phase. Off NSAID since May (dyspepsia), PT authorization still pending - no active treatment for 5 months. Pain 7/10, abduction 75 deg. "
           "Re-requested PT authorization; discussed intra-articular steroid.")


@case(WD, "near-miss", "chu", [],
      "eGFR drifted 54 -> 52 -> 51 -> 50 mL/min/1.73m2 over 11 months on ramipril and dapagliflozin, a fall of 4 (about 7 %), below a meaningful decline (>= 5 per year or 30 %).",
      "68-year-old man with stage 3a diabetic kidney disease and a small, non-significant eGFR drift.")
def egfr_small(c):
    c.start("Alain", "Mercier", "male", "1958-02-14", lang="fr")
    ckd = c.cond([("cim", "N18.3", "Maladie rénale chronique, stade 3"), "Néphropathie diabétique, MRC stade 3a"], "2022-03-01")
    c.cond([("cim", "E11.2", "Diabète sucré de type 2, avec complications rénales")], "2010-01-01")
    c.cond([("cim", "I10", "Hypertension essentielle (primitive)")], "2008-01-01")
    c.med([("atc", "C09AA05", "ramipril"), "Ramipril 10 mg"], "2022-03-01", "1 cp/j", reason=[("cim", "N18.3", "Maladie rénale chronique, stade 3")])
    c.med([("atc", "A10BK01", "dapagliflozine"), "Forxiga 10 mg"], "2023-05-01", "1 cp/j", reason=[("cim", "N18.3", "Maladie rénale chronique, stade 3")])
    c.med([("atc", "A10BA02", "metformine")], "2010-01-01", "Metformine 500 mg x2/j", kind="MedicationStatement")
    for d, g, cr in [("2025-12-16", 54, 1.38), ("2026-04-14", 52, 1.42), ("2026-08-11", 51, 1.45), ("2026-11-10", 50, 1.47)]:
        e = c.enc(d, "Consultation néphrologie", reason=[("cim", "N18.3", "Maladie rénale chronique, stade 3")], doc=2)
        c.lab("egfr", d, g, enc=e)
        c.lab("creat", d, cr, enc=e)
        c.vitals(d, 132, 78, 70, 84.0, enc=e)
    c.obs([("loinc", "9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"), "RAC urinaire"], "2026-11-10", 68, "mg/g", high=30)
    c.labs("2026-11-10", a1c=7.0, k=4.8)
    c.note("2026-11-10", "Consultation de néphrologie",
           "DFG stable à 50 mL/min/1,73 m² (54 il y a un an), albuminurie en baisse (68 mg/g contre 110). Bon contrôle tensionnel. Poursuite IEC + iSGLT2. Revoir dans 6 mois.\n"
           "[English summary: kidney function essentially stable on treatment.]", doc=2)


# ---------------------------------------------------------------- RARE_OR_COMPLEX_CONDITION
@case(RC, "positive", "pulm", [RC],
      "Idiopathic pulmonary arterial hypertension (Orphanet rare disease) confirmed by right-heart catheterisation, active on ambrisentan and tadalafil; stable, no other criterion.",
      "36-year-old woman with idiopathic pulmonary arterial hypertension, stable on dual therapy.")
def ipah(c):
    c.start("Alyssa", "Moreau", "female", "1990-07-17", payer="Anthem Blue Cross")
    pah = c.cond([("sct", "11399002", "Pulmonary hypertensive arterial disease"), ("icd", "I27.0", "Primary pulmonary hypertension"),
                  ("orpha", "275766", "Idiopathic pulmonary arterial hypertension"), "Idiopathic PAH, WHO group 1"], "2024-02-20")
    c.proc([("cpt", "93451", "Right heart catheterization"), "Right heart catheterization"], "completed", "2024-02-20",
           note="mPAP 48 mmHg, PAWP 9, PVR 8.2 WU; vasoreactivity negative.")
    c.med([("rx", "358274", "ambrisentan"), "ambrisentan 10 mg"], "2024-03-01", "1 tab daily", reason=[("icd", "I27.0", "Primary pulmonary hypertension")])
    c.med([("rx", "358263", "tadalafil"), "tadalafil 40 mg"], "2024-03-01", "40 mg daily", reason=[("icd", "I27.0", "Primary pulmonary hypertension")])
    c.med(["Contraception - levonorgestrel IUD"], "2024-03-15", "in situ", kind="MedicationStatement")
    for d, w, bnp in [("2026-01-20", 452, 210), ("2026-05-19", 461, 190), ("2026-09-22", 448, 205)]:
        e = c.enc(d, "Pulmonary hypertension clinic", reason=[("icd", "I27.0", "Primary pulmonary hypertension")])
        c.obs(SMWD, d, w, "m", cat="exam", enc=e)
        c.lab("bnp", d, bnp, enc=e)
        c.vitals(d, 108, 68, 80, 58.0, spo2=97, enc=e)
    c.obs([("local:pah", "WHO-FC", "WHO functional class"), "WHO FC"], "2026-09-22", "II", cat="exam")
    echo = c.obs([("loinc", "34552-0", "Cardiac 2D echo panel"), "Echocardiogram"], "2026-09-22", "RVSP 62 mmHg, TAPSE 19 mm, no pericardial effusion, RV mildly dilated - unchanged from 01/2026.", cat="imaging")
    c.report([("loinc", "34552-0", "Cardiac 2D echo panel")], "2026-09-22", "Stable RV function compared with prior.", results=[echo])
    c.note("2026-09-22", "PH clinic note", "IPAH on ambrisentan/tadalafil, WHO FC II, 6MWD 448 m, NT-proBNP 205 - low-risk profile, stable. Continue, review in 4 months.")


@case(RC, "positive", "sport", [RC],
      "Marfan syndrome (Orphanet rare disease, FBN1 pathogenic variant) in a college basketball player, active with aortic root dilatation on losartan; seen for recurrent patellar instability.",
      "19-year-old basketball player with Marfan syndrome seen for patellar instability.")
def marfan(c):
    c.start("Jalen", "Whitfield", "male", "2007-05-02", payer="Student Health - Colorado State University")
    mf = c.cond([("sct", "19346006", "Marfan's syndrome"), ("icd", "Q87.410", "Marfan's syndrome with aortic dilation"), ("orpha", "558", "Marfan syndrome")], "2019-08-01")
    c.cond([("icd", "M22.01", "Recurrent dislocation of patella, right knee")], "2026-02-11")
    c.cond([("icd", "H27.10", "Unspecified dislocation of lens") , "Ectopia lentis (mild), followed by ophthalmology"], "2019-08-01")
    c.obs([("loinc", "81247-9", "Master HL7 genetic variant reporting panel"), "FBN1 sequencing"], "2019-07-10", "FBN1 c.4588C>T p.(Arg1530Cys), pathogenic, heterozygous", cat="laboratory")
    c.med([("rx", "52175", "losartan"), "losartan 50 mg"], "2019-09-01", "1 tab daily", reason=[("icd", "Q87.410", "Marfan's syndrome with aortic dilation")])
    echo = c.obs([("local:cardio", "AO-ROOT-Z", "Aortic root diameter Z-score"), "Aortic root Z-score"], "2026-06-10", 2.4, "{Z-score}", cat="imaging", note="Root 38 mm, unchanged")
    c.note("2026-06-10", "Cardiology letter (outside)", "Marfan syndrome, aortic root 38 mm (Z 2.4), stable over 2 years on losartan. Cleared for non-contact training; avoid maximal isometric lifting.",
           typ=("loinc", "11488-4", "Consult note"))
    for d, p in [("2026-02-11", 5), ("2026-05-06", 3), ("2026-10-14", 3)]:
        e = c.enc(d, "Sports medicine visit", reason=[("icd", "M22.01", "Recurrent dislocation of patella, right knee")])
        c.obs(PAIN, d, p, cat="survey", enc=e)
    c.obs([("local:prom", "KOOS-SPORT", "KOOS Sport/Rec subscale"), "KOOS Sport/Rec"], "2026-10-14", 70, "{score}", cat="survey")
    mri = c.obs([("local:rad", "MR-KNEE", "MR Knee"), "MRI R knee"], "2026-02-20", "Sequelae of lateral patellar dislocation, MPFL sprain, no osteochondral fracture; trochlear dysplasia type A.", cat="imaging")
    c.vitals("2026-10-14", 116, 66, 58, 84.0)
    c.sr([("cpt", "97110", "Therapeutic exercises"), "Quad/VMO strengthening, patellar bracing"], "2026-02-11", "active", "order", doc=2)
    c.note("2026-10-14", "Clinic note", "No further dislocations since February with bracing and rehab. Marfan: cardiology clearance on file. Continue program; return to play non-contact drills.")


@case(RC, "positive", "fqhc", [RC],
      "Six active chronic conditions across at least five specialties (type 2 diabetes, HFrEF, CKD 3b, COPD, major depression, knee osteoarthritis), all stable on treatment: complexity.",
      "66-year-old Spanish-speaking woman with six chronic conditions managed at the health centre.")
def multimorbid(c):
    c.start("Herminia", "Solís", "female", "1960-12-01", lang="es", interp=True, payer="Medicare / Texas Medicaid (dual)")
    conds = [[("icd", "E11.9", "Type 2 diabetes mellitus without complications")],
             [("icd", "I50.9", "Heart failure, unspecified"), "HFrEF (EF 35%)"],
             ["Chronic kidney disease stage 3b"],
             [("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified")],
             [("icd", "F32.9", "Major depressive disorder, single episode, unspecified")],
             ["Osteoarthritis both knees"]]
    for i, cd in enumerate(conds):
        c.cond(cd, ["2012-01-01", "2021-05-01", "2022-09-01", "2016-01-01", "2020-03-01", "2018-01-01"][i])
    for rx, name, dose in [("274783", "insulin glargine", "22 units at bedtime"), ("20352", "carvedilol", "12.5 mg BID"), ("4603", "furosemide", "40 mg daily"),
                           ("69120", "tiotropium", "1 inhalation daily"), ("36437", "sertraline", "100 mg daily"), ("161", "acetaminophen", "650 mg TID PRN")]:
        c.med([("rx", rx, name)], "2023-01-01", dose)
    for d, a1c, egfr, wt in [("2026-03-16", 7.4, 38, 76.0), ("2026-07-13", 7.6, 37, 76.4), ("2026-11-09", 7.3, 38, 75.8)]:
        e = c.enc(d, "Chronic care visit", doc=1)
        c.vitals(d, 126, 72, 68, wt, enc=e)
        c.lab("a1c", d, a1c, enc=e)
        c.lab("egfr", d, egfr, enc=e)
    c.obs(PHQ9, "2026-11-09", 7, cat="survey")
    c.obs([("loinc", "10230-1", "Left ventricular Ejection fraction"), "EF (echo)"], "2026-02-02", 35, "%", low=55)
    sdoh(c, "2026-03-16", food_yes=True)
    c.note("2026-11-09", "Chronic care visit",
           "Intérprete presente. DM2 (A1c 7.3), HFrEF compensated (no edema), CKD 3b stable, COPD no exacerbations, depression improving on sertraline (PHQ-9 7), knee OA pain controlled. "
           "Sees cardiology (Valley Heart) and nephrology twice yearly; transport barriers. Care coordination with CHW.", doc=1)


@case(RC, "near-miss", "chu", [],
      "Sickle cell trait (AS carrier, HbS 38 %) found on electrophoresis: a benign carrier state, not sickle cell disease; haemoglobin normal, no other chronic condition.",
      "27-year-old man with sickle cell trait seen for preconception counselling.")
def sickle_trait(c):
    c.start("Moussa", "Traoré", "male", "1999-04-23", lang="fr")
    c.cond([("cim", "D57.3", "Trait drépanocytaire"), ("sct", "16402000", "Sickle cell trait"), "Trait drépanocytaire (hétérozygote AS)"], "2026-09-08")
    c.cond([("cim", "J30.1", "Rhinite allergique due au pollen")], "2015-01-01")
    c.med([("atc", "R06AE07", "cétirizine")], "2015-01-01", "10 mg/j en saison pollinique", kind="MedicationStatement")
    e1 = c.enc("2026-09-08", "Consultation hématologie - conseil préconceptionnel", doc=0)
    c.vitals("2026-09-08", 122, 74, 64, 76.0, enc=e1)
    r = c.labs("2026-09-08", enc=e1, hb=14.9, mcv=86, plt=245, wbc=6.1, ferr=120)
    hbs = c.obs([("local:labo", "BIO-EPHB-S", "Hémoglobine S (électrophorèse)"), "HbS"], "2026-09-08", 38.0, "%", cat="laboratory")
    hba = c.obs([("local:labo", "BIO-EPHB-A", "Hémoglobine A (électrophorèse)"), "HbA"], "2026-09-08", 58.5, "%", cat="laboratory")
    c.report([("local:labo", "BIO-EPHB", "Électrophorèse de l'hémoglobine")], "2026-09-08", "Profil AS : trait drépanocytaire hétérozygote. Pas de syndrome drépanocytaire majeur.",
             results=r + [hbs, hba], cat="LAB")
    c.note("2026-09-08", "Consultation d'hématologie",
           "Consultation demandée par le couple avant projet de grossesse. Électrophorèse : AS (HbS 38 %). Porteur sain, aucune conséquence clinique attendue. "
           "Conseil : dépistage de la conjointe proposé. Pas de suivi hématologique nécessaire.\n[English summary: sickle cell carrier, healthy; partner screening offered.]")
    e2 = c.enc("2026-10-20", "Consultation de conseil génétique", doc=0)
    c.note("2026-10-20", "Conseil génétique", "Conjointe : électrophorèse AA. Risque de syndrome drépanocytaire majeur pour l'enfant nul. Fin de suivi.", enc=e2)


@case(RC, "near-miss", "sport", [],
      "Four active chronic conditions (hypertension, hyperlipidaemia, hypothyroidism, knee osteoarthritis), below the five-condition complexity threshold, and no rare disease; past Osgood-Schlatter is resolved.",
      "54-year-old amateur cyclist with four common chronic conditions and knee osteoarthritis.")
def four_conditions(c):
    c.start("Craig", "Halverson", "male", "1972-06-06", payer="Kaiser Permanente Colorado")
    for cd, on in [([("icd", "I10", "Essential (primary) hypertension")], "2015-01-01"), ([("icd", "E78.5", "Hyperlipidemia, unspecified")], "2015-01-01"),
                   ([("icd", "E03.9", "Hypothyroidism, unspecified")], "2018-01-01"),
                   ([("sct", "239873007", "Osteoarthritis of knee"), ("icd", "M17.11", "Unilateral primary osteoarthritis, right knee")], "2024-04-01")]:
        c.cond(cd, on)
    c.cond([("icd", "M92.51", "Juvenile osteochondrosis of tibia and fibula, right leg"), "Osgood-Schlatter disease (adolescence)"], "1985-01-01", status="resolved", abate="1988-01-01")
    for rx, name, dose in [("29046", "lisinopril", "20 mg daily"), ("83367", "atorvastatin", "20 mg daily"), ("10582", "levothyroxine", "100 mcg daily")]:
        c.med([("rx", rx, name)], "2018-01-01", dose, kind="MedicationStatement")
    for d, p in [("2026-04-08", 4), ("2026-08-19", 3), ("2026-11-11", 3)]:
        e = c.enc(d, "Sports medicine visit", reason=[("icd", "M17.11", "Unilateral primary osteoarthritis, right knee")])
        c.obs(PAIN, d, p, cat="survey", enc=e)
        c.vitals(d, 132, 82, 56, 79.0, enc=e)
    c.obs([("local:prom", "KOOS-QOL", "KOOS Quality of Life subscale"), "KOOS QoL"], "2026-04-08", 56, "{score}", cat="survey")
    c.obs([("local:prom", "KOOS-QOL", "KOOS Quality of Life subscale"), "KOOS QoL"], "2026-11-11", 63, "{score}", cat="survey")
    c.proc([("cpt", "20610", "Arthrocentesis, aspiration and/or injection, major joint"), "R knee hyaluronic acid injection"], "completed", "2026-04-08")
    c.labs("2026-08-19", tsh=2.2, ldl=92, creat=1.0)
    c.note("2026-11-11", "Clinic note", "R knee OA improving with cycling-friendly rehab and HA injection in April. Riding 150 km/week. BP/lipids/thyroid managed by PCP. Continue.")


# =====================================================================================================
ORG_LABEL = {"chu": "CHU (France)", "fqhc": "US community health centre", "pulm": "Pulmonology & sleep centre", "sport": "Sports medicine & ortho trauma"}


def main():
    assert len(CASES) == 40, len(CASES)
    order = list(range(40))
    random.Random(3601).shuffle(order)
    outdir = os.path.join(HERE, "cases")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".json"):
            os.remove(os.path.join(outdir, f))
    exp, rows = [], []
    for num, idx in enumerate(order, start=1):
        spec = CASES[idx]
        cid = f"cu-{num:02d}"
        rec = Rec(cid, spec["org"])
        spec["fn"](rec)
        bundle = {"resourceType": "Bundle", "id": f"{cid}-bundle", "type": "transaction", "entry": rec.entries}
        with open(os.path.join(outdir, cid + ".json"), "w", encoding="utf-8") as fh:
            json.dump(bundle, fh, ensure_ascii=False, indent=1)
        exp.append({"case": cid, "target": spec["target"], "kind": spec["kind"], "expected": spec["expected"], "why": spec["why"]})
        rows.append((cid, spec))
    exp.sort(key=lambda e: e["case"])
    with open(os.path.join(HERE, "expectations.json"), "w", encoding="utf-8") as fh:
        json.dump({"anchorDate": ANCHOR, "cases": exp}, fh, ensure_ascii=False, indent=1)
    rows.sort()
    tbl = "\n".join(f"| {cid} | {s['target']} | {s['kind']} | {ORG_LABEL[s['org']]}: {s['summary']} |" for cid, s in rows)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README_HEAD + tbl + "\n")
    print(f"wrote {len(rows)} cases")


README_HEAD = """# Held-out evaluation set blind-36 (40 synthetic FHIR R4 patient records)

## How it was written
Written blind: the author saw only the task brief (the eight criteria with their published default definitions), the FHIR R4
specification, public terminology references (SNOMED CT, ICD-10-CM, the French CIM-10, CCAM, LOINC and LOINC answer lists,
RxNorm, ATC, UCUM, HCPCS/CPT, HL7 code systems) and clinical knowledge. No product code, rules or other evaluation sets were read.
All patients, clinicians and organisations are fictitious.

- **Anchor date:** 2026-12-01. History lies before it; planned operations, treatments and admissions lie after it.
- **Design:** for each of the eight criteria, 3 positives and 2 near misses (40 cases). Near misses look similar but fail
  for a clinically sound reason (already done, explained by a later diagnosis, change below the minimal important
  difference, treatment not running, a "No" answer, a second opinion already on record, too short, minor procedure,
  benign finding, fewer than five chronic conditions). `expected` lists every criterion a careful clinician would say
  the whole record meets; incidental extra criteria were avoided on purpose.
- **Numbering:** case numbers were shuffled with a fixed seed and say nothing about the expectation.

## Format
- `cases/cu-NN.json`: one FHIR R4 `Bundle` of type `transaction` per patient, 15-60 entries, every entry with `fullUrl`
  on the originating organisation's FHIR base, an explicit `id` and `request: PUT <Type>/<id>`. The Patient id is the
  case id, all other ids start with it. References are relative and resolve inside the bundle. Notes are
  `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments.
- `expectations.json`: `{anchorDate, cases: [{case, target, kind, expected, why}]}`.
- `gen/build.py`: regenerates everything (`python3 gen/build.py`); `check.py` verifies the structure.

## Organisations and their styles
1. **CHU de Valmont (France)** - CIM-10 under `http://data.esante.gouv.fr/atih/cim10`, CCAM acts, LOINC where mapped and
   local lab codes with French labels otherwise, medications by ATC / UCD / CIP, notes in French with some English summaries.
2. **Rio Verde Community Health Center (US FQHC)** - sparse coding (text-only problems, ICD-10-CM), RxNorm ingredients,
   Spanish-speaking patients with interpreter flags, Spanish notes and portal messages, social-needs screening, self-pay gaps.
3. **Lakeshore Pulmonary & Sleep Institute** - SNOMED CT / ICD-10-CM, spirometry, DLCO and 6-minute-walk series, local
   polysomnography codes, CT reports as text, transplant / volume-reduction evaluations.
4. **Summit Sports Medicine & Orthopaedic Trauma** - ICD-10-CM and CPT, workers' compensation, local codes for imaging
   and PROMs (QuickDASH, KOOS, HOOS JR, FAAM), 0-10 pain scores, injections and surgical bookings.

## Cases
| case | target | kind | summary |
| --- | --- | --- | --- |
"""

if __name__ == "__main__":
    main()
