"""Small FHIR R4 bundle builder used by cases.py (one builder per case)."""
import base64
import collections

UCUM = "http://unitsofmeasure.org"
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
CM = "http://hl7.org/fhir/sid/icd-10-cm"
GM = "http://fhir.de/CodeSystem/bfarm/icd-10-gm"
OPS = "http://fhir.de/CodeSystem/bfarm/ops"
ATC = "http://fhir.de/CodeSystem/bfarm/atc"
CPT = "http://www.ama-assn.org/go/cpt"
ORPHA = "http://www.orpha.net"
V3I = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"

ORGS = {
    "de": dict(name="Universitätsklinikum Rheinau", base="https://fhir.ukrheinau.de/fhir", tz="+01:00",
               idsys="http://fhir.de/sid/arge-ik/iknr", idval="260530012", city="Rheinau", country="DE",
               payor=("Rheinauer Ersatzkasse", "http://fhir.de/sid/arge-ik/iknr", "101575519"),
               pracs=[("Brandt", "Katharina", "Dr. med."), ("Yilmaz", "Deniz", "Dr. med."), ("Hoffmann", "Jörg", "Prof. Dr. med."),
                      ("Schäfer", "Lena", "Dr. med."), ("Wagner", "Matthias", "PD Dr. med.")]),
    "id": dict(name="Harbor Point Infectious Disease & HIV Clinic", base="https://ehr.harborpointid.org/fhir/r4", tz="-05:00",
               idsys="http://hl7.org/fhir/sid/us-npi", idval="1578903421", city="Baltimore", country="US",
               payor=("Chesapeake Community Health Plan", "urn:oid:2.16.840.1.113883.4.642.99.1", "CCHP"),
               pracs=[("Okafor", "Adaeze", "MD"), ("Lindqvist", "Erik", "MD"), ("Ramirez", "Sofia", "NP"),
                      ("Chen", "Wei", "MD"), ("Baptiste", "Marc", "PharmD")]),
    "ns": dict(name="Lakeside Neurosurgery and Spine Center", base="https://fhir.lakesidespine.com/api/FHIR/R4", tz="-06:00",
               idsys="http://hl7.org/fhir/sid/us-npi", idval="1326047719", city="Madison", country="US",
               payor=("Badger State Mutual Health", "urn:oid:2.16.840.1.113883.4.642.99.2", "BSMH"),
               pracs=[("Kowalski", "Anna", "MD"), ("Haddad", "Samir", "MD"), ("Nguyen", "Thao", "PA-C"),
                      ("Olsen", "Kristin", "MD"), ("Mbeki", "Thabo", "DO")]),
    "th": dict(name="Clearwave Health Virtual Primary Care", base="https://api.clearwavehealth.com/fhir", tz="-08:00",
               idsys="http://hl7.org/fhir/sid/us-npi", idval="1093817725", city="Sacramento", country="US",
               payor=("Pacific Crest Health Plan", "urn:oid:2.16.840.1.113883.4.642.99.3", "PCHP"),
               pracs=[("Patel", "Nisha", "MD"), ("Morgan", "Casey", "NP"), ("Fischer", "Daniel", "MD"),
                      ("Alvarez", "Rosa", "MD"), ("Kim", "Jae", "PharmD")]),
}

# key: (loinc, english display, german display, unit, low, high)
LAB = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hämoglobin", "g/dL", 12.0, 16.0),
    "hbm": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hämoglobin", "g/dL", 13.5, 17.5),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Leukozyten", "10*3/uL", 4.0, 10.5),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "Thrombozyten", "10*3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "MCV", "fL", 80, 100),
    "crea": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Kreatinin", "mg/dL", 0.6, 1.2),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
             "eGFR (CKD-EPI)", "mL/min/{1.73_m2}", 60, None),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Natrium", "mmol/L", 135, 145),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Kalium", "mmol/L", 3.5, 5.1),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "GPT (ALT)", "U/L", 10, 40),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", "mg/L", 0, 5),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH basal", "m[IU]/L", 0.4, 4.0),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "fT4", "ng/dL", 0.8, 1.8),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "%", 4.0, 5.6),
    "ferr": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritin", "ng/mL", 30, 400),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA gesamt", "ng/mL", 0, 4.0),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glukose", "mg/dL", 70, 99),
    "ldh": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "LDH", "U/L", 135, 225),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "BSG", "mm/h", 0, 20),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumin", "g/dL", 3.5, 5.2),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "Bilirubin gesamt", "mg/dL", 0.1, 1.2),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "INR", "{INR}", 0.8, 1.2),
    "tnt": ("67151-1", "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "hs-Troponin T", "ng/L", 0, 14),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "LDL-Cholesterin", "mg/dL", 0, 130),
    "vl": ("20447-9", "HIV 1 RNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection", "HIV-1 RNA", "{copies}/mL", 0, 50),
    "cd4": ("24467-3", "CD3+CD4+ (T4 helper) cells [#/volume] in Blood", "CD4", "/uL", 500, 1500),
    "ntbnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "NT-proBNP", "pg/mL", 0, 125),
}
LAB_UNIT_DISPLAY = {"10*3/uL": "10^3/µL", "/uL": "cells/µL", "m[IU]/L": "mIU/L", "{copies}/mL": "copies/mL",
                    "mL/min/{1.73_m2}": "mL/min/1.73m²", "{INR}": "INR"}


def cod(system, code, display=None, **kw):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    c.update(kw)
    return c


def CC(*codings, text=None):
    out = {}
    cs = [c if isinstance(c, dict) else cod(*c) for c in codings]
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    elif cs and cs[0].get("display"):
        out["text"] = cs[0]["display"]
    return out


def T(text):
    return {"text": text}


def R(ref):
    return {"reference": ref}


def Q(value, unit, code=None):
    return {"value": value, "unit": LAB_UNIT_DISPLAY.get(code or unit, unit), "system": UCUM, "code": code or unit}


def gm(code, display, cert="G"):
    """ICD-10-GM coding with Diagnosesicherheit extension."""
    return {"extension": [{"url": "http://fhir.de/StructureDefinition/icd-10-gm-diagnosesicherheit",
                           "valueCoding": cod("https://fhir.de/CodeSystem/dimdi/diagnosesicherheit", cert,
                                              {"G": "gesicherte Diagnose", "V": "Verdacht auf / zum Ausschluss von",
                                               "A": "ausgeschlossene Diagnose", "Z": "Zustand nach"}[cert])}],
            "system": GM, "version": "2026", "code": code, "display": display}


def strip(x):
    if isinstance(x, dict):
        return {k: strip(v) for k, v in x.items() if v is not None and v != [] and v != {}}
    if isinstance(x, list):
        return [strip(v) for v in x if v is not None]
    return x


PREFIX = dict(Organization="org", Practitioner="pr", Patient="", Coverage="cov", Encounter="enc", Condition="cond",
              Observation="obs", MedicationRequest="mr", MedicationStatement="ms", MedicationAdministration="ma",
              ServiceRequest="sr", Procedure="proc", CarePlan="cp", DocumentReference="doc", Communication="com",
              QuestionnaireResponse="qr", Flag="flag", DiagnosticReport="dr", ClinicalImpression="ci",
              AllergyIntolerance="alg", Immunization="imm", Appointment="appt")


class B:
    def __init__(self, cid, org):
        self.cid, self.org, self.o = cid, org, ORGS[org]
        self.entries, self.n = [], collections.Counter()
        self.de = org == "de"

    # ------------------------------------------------------------------ core
    def add(self, rt, res):
        if rt == "Patient":
            rid = self.cid
        else:
            self.n[rt] += 1
            rid = f"{self.cid}-{PREFIX[rt]}{self.n[rt]}"
        r = {"resourceType": rt, "id": rid}
        r.update(strip(res))
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{rid}", "resource": r,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    def inst(self, d, t="09:30:00"):
        return d if "T" in d else f"{d}T{t}{self.o['tz']}"

    # ------------------------------------------------------------- setup
    def setup(self, family, given, gender, birth, pracs=(0, 1), lang=None, extra_org=None):
        o = self.o
        self.orgref = self.add("Organization", {
            "identifier": [{"system": o["idsys"], "value": o["idval"]}], "active": True, "name": o["name"],
            "type": [CC(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "address": [{"city": o["city"], "country": o["country"]}]})
        pn, ps, pv = o["payor"]
        self.payref = self.add("Organization", {
            "identifier": [{"system": ps, "value": pv}], "active": True, "name": pn,
            "type": [CC(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))]})
        self.pr = []
        for i in pracs:
            fam, giv, title = o["pracs"][i]
            nm = {"family": fam, "given": [giv]}
            if self.de:
                nm["prefix"] = [title]
            else:
                nm["suffix"] = [title]
            self.pr.append(self.add("Practitioner", {
                "identifier": [{"system": (f"{o['base']}/sid/staff" if self.de else "http://hl7.org/fhir/sid/us-npi"),
                                "value": f"{1000000000 + 7919 * (i + 1) * (1 + len(self.cid)) + sum(map(ord, self.cid)) % 997}"}],
                "active": True, "name": [nm]}))
        pat = {"identifier": [{"system": f"{o['base']}/sid/mrn", "value": f"MRN-{self.cid.upper()}"}],
               "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
               "gender": gender, "birthDate": birth,
               "address": [{"use": "home", "city": o["city"], "country": o["country"]}],
               "managingOrganization": R(self.orgref), "generalPractitioner": [R(self.pr[0])]}
        if lang:
            pat["communication"] = [{"language": CC(("urn:ietf:bcp:47", lang[0], lang[1])), "preferred": True}]
        self.pat = self.add("Patient", pat)
        cov = {"status": "active", "beneficiary": R(self.pat), "payor": [R(self.payref)],
               "subscriberId": f"{self.cid.upper()}-{birth[:4]}"}
        if self.de:
            cov["type"] = CC(("http://fhir.de/CodeSystem/versicherungsart-de-basis", "GKV", "gesetzliche Krankenversicherung"))
        else:
            cov["type"] = CC((ACT, "HIP", "health insurance plan policy"))
        self.add("Coverage", cov)
        if extra_org:
            self.ext = self.add("Organization", {"active": True, "name": extra_org,
                                                  "type": [CC(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))]})

    # --------------------------------------------------------- resources
    def enc(self, start, cls="AMB", typ=None, reason=None, end=None, status="finished", pr=0, admit=None,
            provider=None, diag=None):
        disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                "HH": "home health", "SS": "short stay", "PRENC": "pre-admission"}[cls]
        r = {"status": status, "class": cod(ACT, cls, disp), "subject": R(self.pat),
             "participant": [{"individual": R(self.pr[pr])}] if pr is not None else None,
             "period": {"start": start, "end": end or (start if status == "finished" else None)},
             "serviceProvider": R(provider or self.orgref)}
        if status == "planned":
            r["period"] = {"start": start}
        if typ:
            r["type"] = [typ if isinstance(typ, dict) else T(typ)]
        if reason:
            r["reasonCode"] = [reason if isinstance(reason, dict) else T(reason)]
        if admit:
            r["hospitalization"] = {"admitSource": CC(("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1]))}
        if diag:
            r["diagnosis"] = [{"condition": R(c), "rank": i + 1} for i, c in enumerate(diag)]
        return self.add("Encounter", r)

    def cond(self, code, onset, clin="active", ver="confirmed", cat="problem-list-item", enc=None, abate=None,
             note=None, recorded=None, severity=None, evidence=None):
        if isinstance(code, tuple):
            code = CC(code)
        r = {"clinicalStatus": CC(("http://terminology.hl7.org/CodeSystem/condition-clinical", clin)),
             "verificationStatus": CC(("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver)),
             "category": [CC(("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                              "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis"))],
             "severity": severity, "code": code, "subject": R(self.pat), "encounter": R(enc) if enc else None,
             "onsetDateTime": onset, "abatementDateTime": abate, "recordedDate": recorded or onset,
             "recorder": R(self.pr[0]), "evidence": evidence}
        if note:
            r["note"] = [{"text": note}]
        return self.add("Condition", r)

    def dxgm(self, code, display, onset, cert="G", **kw):
        ver = {"G": "confirmed", "V": "provisional", "A": "refuted", "Z": "confirmed"}[cert]
        if cert == "A":
            kw["clin"] = None
        if cert == "Z":
            kw.setdefault("clin", "resolved")
        c = CC(gm(code, display, cert), text=kw.pop("text", display))
        r = self.cond(c, onset, ver=ver, **kw)
        if cert == "A":
            self.entries[-1]["resource"].pop("clinicalStatus", None)
        return r

    def obs(self, code, date, value=None, cat="laboratory", rng=None, interp=None, enc=None, note=None, comps=None,
            status="final", performer=None, method=None, body=None):
        if isinstance(code, tuple):
            code = CC(code)
        catd = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                "imaging": "Imaging", "procedure": "Procedure", "activity": "Activity", "social-history": "Social History"}[cat]
        r = {"status": status, "category": [CC(("http://terminology.hl7.org/CodeSystem/observation-category", cat, catd))],
             "code": code, "subject": R(self.pat), "encounter": R(enc) if enc else None,
             "effectiveDateTime": date, "issued": self.inst(date, "16:00:00") if cat == "laboratory" else None,
             "performer": [R(performer or (self.orgref if cat == "laboratory" else self.pr[0]))]}
        if isinstance(value, dict) and "system" in value and "value" in value:
            r["valueQuantity"] = value
        elif isinstance(value, dict):
            r["valueCodeableConcept"] = value
        elif isinstance(value, bool):
            r["valueBoolean"] = value
        elif isinstance(value, int):
            r["valueInteger"] = value
        elif isinstance(value, str):
            r["valueString"] = value
        if rng and "valueQuantity" in r:
            u = r["valueQuantity"]
            rr = {}
            if rng[0] is not None:
                rr["low"] = {k: u[k] for k in ("unit", "system", "code")} | {"value": rng[0]}
            if rng[1] is not None:
                rr["high"] = {k: u[k] for k in ("unit", "system", "code")} | {"value": rng[1]}
            r["referenceRange"] = [rr]
            if interp is None:
                v = u["value"]
                interp = "L" if rng[0] is not None and v < rng[0] else "H" if rng[1] is not None and v > rng[1] else "N"
        if interp:
            disp = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low", "A": "Abnormal",
                    "POS": "Positive", "NEG": "Negative", "DET": "Detected", "ND": "Not detected", "R": "Resistant",
                    "S": "Susceptible"}[interp]
            r["interpretation"] = [CC((V3I, interp, disp))]
        if method:
            r["method"] = T(method)
        if body:
            r["bodySite"] = T(body)
        if comps:
            r["component"] = comps
        if note:
            r["note"] = [{"text": note}]
        return self.add("Observation", r)

    def lab(self, key, date, value, enc=None, interp=None, note=None, rng=None, below=None):
        loinc, en, de, unit, lo, hi = LAB[key]
        if below is not None:
            q = Q(below, unit)
            q["comparator"] = "<"
            code = CC((LOINC, loinc, en)) if not self.de else CC(cod(f"{self.o['base']}/CodeSystem/labor-lokal", key.upper(), de), cod(LOINC, loinc, en), text=de)
            return self.obs(code, date, q, interp=interp or "ND", enc=enc, note=note)
        if rng:
            lo, hi = rng
        if self.de:
            code = CC(cod(f"{self.o['base']}/CodeSystem/labor-lokal", key.upper(), de), cod(LOINC, loinc, en), text=de)
        else:
            code = CC((LOINC, loinc, en))
        return self.obs(code, date, Q(value, unit), rng=(lo, hi), interp=interp, enc=enc, note=note)

    def labs(self, date, enc=None, **vals):
        return [self.lab(k, date, v, enc=enc) for k, v in vals.items()]

    def bp(self, date, sys, dia, enc=None, note=None, device=False):
        comps = [{"code": CC((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": Q(sys, "mm[Hg]")},
                 {"code": CC((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": Q(dia, "mm[Hg]")}]
        for c in comps:
            c["valueQuantity"]["unit"] = "mmHg"
        return self.obs(CC((LOINC, "85354-9", "Blood pressure panel with all children optional")), date, None,
                        cat="vital-signs", enc=enc, comps=comps, note=note,
                        performer=self.pat if device else None, method="home automated cuff" if device else None)

    def vital(self, kind, date, v, enc=None):
        code, disp, unit, ucum = {"hr": ("8867-4", "Heart rate", "/min", "/min"), "wt": ("29463-7", "Body weight", "kg", "kg"),
                                  "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2"),
                                  "temp": ("8310-5", "Body temperature", "°C", "Cel"),
                                  "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
                                  "rr": ("9279-1", "Respiratory rate", "/min", "/min")}[kind]
        q = Q(v, ucum)
        q["unit"] = unit
        return self.obs(CC((LOINC, code, disp)), date, q, cat="vital-signs", enc=enc)

    def vitals(self, date, sys=None, dia=None, hr=None, wt=None, enc=None, temp=None, spo2=None):
        out = []
        if sys:
            out.append(self.bp(date, sys, dia, enc=enc))
        for k, v in (("hr", hr), ("wt", wt), ("temp", temp), ("spo2", spo2)):
            if v is not None:
                out.append(self.vital(k, date, v, enc=enc))
        return out

    def symptom(self, sct, disp, date, enc=None, note=None, text=None):
        return self.obs(CC((LOINC, "75325-1", "Symptom")), date, CC((SCT, sct, disp), text=text), cat="exam",
                        enc=enc, note=note)

    def score(self, code, date, value, enc=None, note=None, unit=None, author_patient=False):
        if isinstance(code, tuple):
            code = CC(code)
        v = Q(value, "{score}") if unit == "score" else value
        if unit == "score":
            v["unit"] = "score"
        return self.obs(code, date, v, cat="survey", enc=enc, note=note, performer=self.pat if author_patient else None)

    def _med(self, med):
        if isinstance(med, tuple):
            med = CC(med)
        return med

    def medreq(self, med, authored, dose, status="active", intent="order", reason=None, pr=0, note=None, enc=None,
               period=None):
        r = {"status": status, "intent": intent, "medicationCodeableConcept": self._med(med), "subject": R(self.pat),
             "encounter": R(enc) if enc else None, "authoredOn": authored, "requester": R(self.pr[pr]),
             "dosageInstruction": [{"text": dose}]}
        if reason:
            r["reasonReference" if reason.startswith("Condition/") else "reasonCode"] = \
                [R(reason)] if reason.startswith("Condition/") else [T(reason)]
        if period:
            r["dispenseRequest"] = {"validityPeriod": {"start": period[0], "end": period[1]}}
        if note:
            r["note"] = [{"text": note}]
        return self.add("MedicationRequest", r)

    def medstmt(self, med, start, end=None, status="active", dose=None, reason=None, note=None, asserted=None):
        r = {"status": status, "medicationCodeableConcept": self._med(med), "subject": R(self.pat),
             "effectivePeriod": {"start": start, "end": end} if end else {"start": start},
             "dateAsserted": asserted or start, "informationSource": R(self.pat if asserted else self.pr[0]),
             "dosage": [{"text": dose}] if dose else None}
        if reason:
            r["reasonReference"] = [R(reason)]
        if note:
            r["note"] = [{"text": note}]
        return self.add("MedicationStatement", r)

    def medadmin(self, med, date, dose=None, reason=None, req=None, note=None):
        r = {"status": "completed", "medicationCodeableConcept": self._med(med), "subject": R(self.pat),
             "effectiveDateTime": self.inst(date, "10:15:00"),
             "performer": [{"actor": R(self.pr[-1])}], "request": R(req) if req else None}
        if dose:
            r["dosage"] = {"text": dose[0], "route": T(dose[1]), "dose": dose[2] if len(dose) > 2 else None}
        if reason:
            r["reasonReference"] = [R(reason)]
        if note:
            r["note"] = [{"text": note}]
        return self.add("MedicationAdministration", r)

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, cat=None, performer=None,
           note=None, priority="routine", pr=0, enc=None):
        if isinstance(code, tuple):
            code = CC(code)
        r = {"status": status, "intent": intent, "priority": priority,
             "category": [cat if isinstance(cat, dict) else T(cat)] if cat else None,
             "code": code, "subject": R(self.pat), "encounter": R(enc) if enc else None,
             "occurrenceDateTime": occ, "authoredOn": authored, "requester": R(self.pr[pr]),
             "performer": [R(performer)] if performer else None}
        if reason:
            if isinstance(reason, str) and reason.startswith("Condition/"):
                r["reasonReference"] = [R(reason)]
            else:
                r["reasonCode"] = [reason if isinstance(reason, dict) else T(reason)]
        if note:
            r["note"] = [{"text": note}]
        return self.add("ServiceRequest", r)

    def proc(self, code, status, date=None, reason=None, note=None, based=None, outcome=None, pr=0, enc=None, body=None):
        if isinstance(code, tuple):
            code = CC(code)
        r = {"status": status, "code": code, "subject": R(self.pat), "encounter": R(enc) if enc else None,
             "performedDateTime": date, "performer": [{"actor": R(self.pr[pr])}] if status != "preparation" else None,
             "basedOn": [R(based)] if based else None, "outcome": T(outcome) if outcome else None,
             "bodySite": [T(body)] if body else None}
        if reason:
            r["reasonReference"] = [R(reason)]
        if note:
            r["note"] = [{"text": note}]
        return self.add("Procedure", r)

    def careplan(self, title, status, start, cat, acts, desc=None, addresses=None, intent="plan", end=None):
        if isinstance(cat, tuple):
            cat = CC(cat)
        r = {"status": status, "intent": intent, "category": [cat], "title": title, "description": desc,
             "subject": R(self.pat), "period": {"start": start, "end": end} if end else {"start": start},
             "created": start, "author": R(self.pr[0]),
             "addresses": [R(a) for a in addresses] if addresses else None,
             "activity": [{"detail": {"code": (a[0] if isinstance(a[0], dict) else T(a[0])), "status": a[1],
                                      "description": a[2] if len(a) > 2 else None}} for a in acts]}
        return self.add("CarePlan", r)

    def note(self, date, typ, text, author=None, desc=None, lang=None, enc=None):
        if isinstance(typ, tuple):
            typ = CC(typ)
        elif isinstance(typ, str):
            typ = T(typ)
        r = {"status": "current", "docStatus": "final", "type": typ, "subject": R(self.pat),
             "date": self.inst(date, "17:45:00"), "author": [R(author or self.pr[0])], "description": desc,
             "content": [{"attachment": {"contentType": "text/plain",
                                         "language": lang or ("de" if self.de else "en"),
                                         "data": base64.b64encode(text.encode("utf-8")).decode("ascii"),
                                         "title": desc, "creation": self.inst(date, "17:40:00")}}]}
        if enc:
            r["context"] = {"encounter": [R(enc)]}
        return self.add("DocumentReference", r)

    def comm(self, sent, text, sender, recipient, status="completed", cat=None, reply_to=None, topic=None):
        r = {"status": status, "category": [T(cat)] if cat else None, "subject": R(self.pat),
             "topic": T(topic) if topic else None, "inResponseTo": [R(reply_to)] if reply_to else None,
             "sent": self.inst(sent, "20:12:00"), "sender": R(sender), "recipient": [R(recipient)],
             "payload": [{"contentString": text}],
             "medium": [CC(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data"))]}
        return self.add("Communication", r)

    def qr(self, authored, questionnaire, items, author=None):
        out = []
        for it in items:
            link, text, ans = it
            a = None
            if isinstance(ans, bool):
                a = {"valueBoolean": ans}
            elif isinstance(ans, int):
                a = {"valueInteger": ans}
            elif isinstance(ans, str):
                a = {"valueString": ans}
            elif isinstance(ans, dict) and "system" in ans:
                a = {"valueCoding": ans}
            elif isinstance(ans, dict) and "valueQuantity" in ans:
                a = ans
            d = {"linkId": link, "text": text}
            if a:
                d["answer"] = [a]
            out.append(d)
        return self.add("QuestionnaireResponse", {
            "questionnaire": questionnaire, "status": "completed", "subject": R(self.pat),
            "authored": self.inst(authored, "08:50:00"), "author": R(author or self.pat), "source": R(self.pat),
            "item": out})

    def flag(self, code, start, author=None, cat=None, status="active"):
        return self.add("Flag", {"status": status, "category": [T(cat)] if cat else None,
                                 "code": code if isinstance(code, dict) else T(code), "subject": R(self.pat),
                                 "period": {"start": start}, "author": R(author or self.pr[0])})

    def dr(self, code, date, conclusion, cat=None, results=None, status="final", ccode=None, pr=0, text=None, enc=None):
        if isinstance(code, tuple):
            code = CC(code)
        r = {"status": status, "category": [cat if isinstance(cat, dict) else T(cat)] if cat else None, "code": code,
             "subject": R(self.pat), "encounter": R(enc) if enc else None, "effectiveDateTime": date,
             "issued": self.inst(date, "15:20:00"), "performer": [R(self.orgref)], "resultsInterpreter": [R(self.pr[pr])],
             "result": [R(x) for x in results] if results else None, "conclusion": conclusion,
             "conclusionCode": [ccode] if ccode else None}
        if text:
            r["presentedForm"] = [{"contentType": "text/plain", "language": "de" if self.de else "en",
                                   "data": base64.b64encode(text.encode("utf-8")).decode("ascii")}]
        return self.add("DiagnosticReport", r)

    def ci(self, date, desc, summary, problems=None, findings=None, status="completed", pr=0):
        return self.add("ClinicalImpression", {
            "status": status, "description": desc, "subject": R(self.pat), "effectiveDateTime": date, "date": date,
            "assessor": R(self.pr[pr]), "problem": [R(p) for p in problems] if problems else None,
            "summary": summary,
            "finding": [{"itemCodeableConcept": f if isinstance(f, dict) else T(f)} for f in findings] if findings else None})

    def allergy(self, substance, date, crit="low"):
        return self.add("AllergyIntolerance", {
            "clinicalStatus": CC(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active")),
            "verificationStatus": CC(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed")),
            "type": "allergy", "category": ["medication"], "criticality": crit,
            "code": substance if isinstance(substance, dict) else T(substance), "patient": R(self.pat), "recordedDate": date})

    def imm(self, cvx, disp, date):
        return self.add("Immunization", {"status": "completed",
                                         "vaccineCode": CC(("http://hl7.org/fhir/sid/cvx", cvx, disp)),
                                         "patient": R(self.pat), "occurrenceDateTime": date, "primarySource": True})

    def appt(self, start, end, desc, based=None, status="booked"):
        return self.add("Appointment", {
            "status": status, "description": desc, "start": self.inst(start, "07:30:00"), "end": self.inst(end, "12:00:00"),
            "basedOn": [R(based)] if based else None,
            "participant": [{"actor": R(self.pat), "status": "accepted"}, {"actor": R(self.pr[0]), "status": "accepted"}]})


CASES = []


def case(target, kind, org, why, summary, expected=None):
    def deco(fn):
        CASES.append(dict(target=target, kind=kind, org=org, why=why, summary=summary, fn=fn,
                          expected=expected if expected is not None else ([target] if kind == "positive" else [])))
        return fn
    return deco


def lt(q, v):
    """Quantity with '<' comparator (below limit of quantification)."""
    q = dict(q)
    q["value"] = v
    q["comparator"] = "<"
    return q
