#!/usr/bin/env python3
"""Small FHIR R4 resource builder used by build.py / cases.py."""
import base64
import json
import os
import random
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ANCHOR = "2026-12-01"

SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
SKS = "urn:oid:1.2.208.176.2.4"
NPU = "urn:oid:1.2.208.176.2.1"
ATC = "http://www.whocc.no/atc"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
UCUM = "http://unitsofmeasure.org"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
LOINC_DOC = LOINC


def cc(system, code, display=None, text=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    out = {"coding": [c]}
    if text or display:
        out["text"] = text or display
    return out


def cc2(*codings, text=None):
    """CodeableConcept with several codings: cc2((sys, code, disp), ..., text=)"""
    out = {"coding": [{"system": s, "code": c, "display": d} for s, c, d in codings]}
    out["text"] = text or codings[0][2]
    return out


def txt(t):
    return {"text": t}


def qty(v, unit, code=None):
    return {"value": v, "unit": unit, "system": UCUM, "code": code or unit}


# --------------------------------------------------------------------------------------------------
# Organisation profiles
# --------------------------------------------------------------------------------------------------
ORGS = {
    "DK": {
        "name": "Regionshospitalet Limfjord", "base": "https://fhir.rh-limfjord.dk/r4/", "tz": "+01:00",
        "lang": "da", "short": "Danish regional hospital",
        "payor": "Region Limfjord (offentlig sygesikring)",
    },
    "MA": {
        "name": "Prairie Harbor Medicare Advantage (HMO)", "base": "https://api.prairieharbor-ma.com/fhir/R4/",
        "tz": "-06:00", "lang": "en-US", "short": "US Medicare Advantage claims/care-management feed",
    },
    "GI": {
        "name": "Lakeshore Digestive & Liver Institute", "base": "https://fhir.lakeshore-dli.org/R4/",
        "tz": "-05:00", "lang": "en-US", "short": "Gastroenterology & hepatology centre",
    },
    "WH": {
        "name": "Northbridge Women's Health - Maternal-Fetal Medicine & Gynaecology",
        "base": "https://fhir.northbridge-womenshealth.org.uk/R4/", "tz": "+00:00", "lang": "en-GB",
        "short": "Maternal-fetal medicine & gynaecology service",
    },
}

# lab catalogue: key -> (system, code, display, ucum, low, high)
LABS = {
    "DK": {
        "hb": (NPU, "NPU02319", "B—Hæmoglobin(Fe); stofk.", "mmol/L", 7.3, 9.5),
        "hb_m": (NPU, "NPU02319", "B—Hæmoglobin(Fe); stofk.", "mmol/L", 8.3, 10.5),
        "leu": (NPU, "NPU02593", "B—Leukocytter; antalk.", "10*9/L", 3.5, 8.8),
        "trc": (NPU, "NPU03568", "B—Trombocytter; antalk.", "10*9/L", 145, 390),
        "na": (NPU, "NPU03429", "P—Natrium-ion; stofk.", "mmol/L", 137, 145),
        "k": (NPU, "NPU03230", "P—Kalium-ion; stofk.", "mmol/L", 3.5, 4.6),
        "crea": (NPU, "NPU18016", "P—Creatininium; stofk.", "umol/L", 45, 90),
        "crea_m": (NPU, "NPU18016", "P—Creatininium; stofk.", "umol/L", 60, 105),
        "egfr": (NPU, "DNK35302", "Nyre—Glomerulær filtration; vol.hast.(eGFR)/1,73 m²", "mL/min/{1.73_m2}", 60, None),
        "crp": (NPU, "NPU19748", "P—C-reaktivt protein; massek.", "mg/L", None, 8),
        "hba1c": (NPU, "NPU27300", "B—Hæmoglobin A1c(IFCC); stofk.", "mmol/mol", 31, 44),
        "tsh": (NPU, "NPU03577", "P—Thyrotropin; arb.stofk.", "m[IU]/L", 0.3, 4.0),
        "alat": (NPU, "NPU19651", "P—Alanintransaminase; enz.k.", "U/L", 10, 45),
        "bili": (NPU, "NPU01370", "P—Bilirubiner; stofk.", "umol/L", 5, 25),
        "alb": (NPU, "NPU19673", "P—Albumin; massek.", "g/L", 36, 48),
        "tnt": (None, None, "P—Troponin T; massek.", "ng/L", None, 14),
        "ca199": (None, None, "P—Cancer antigen 19-9; arb.stofk.", "k[IU]/L", None, 37),
        "uacr": (None, None, "U—Albumin/Creatininium; massforh.", "mg/g", None, 30),
        "ck": (None, None, "P—Kreatinkinase; enz.k.", "U/L", 40, 210),
        "achr": (None, None, "P—Acetylcholinreceptor-antistof; stofk.", "nmol/L", None, 0.4),
        "ferr": (NPU, "NPU19763", "P—Ferritin; massek.", "ug/L", 18, 300),
        "mcv": (NPU, "NPU01944", "Ery—Volumen; middel (MCV)", "fL", 82, 98),
        "esr": (None, None, "B—Erytrocytsedimentation; længde/tid (SR)", "mm/h", None, 20),
        "pth": (None, None, "P—Parathyrin; stofk.", "pmol/L", 1.6, 6.9),
    },
    "US": {
        "hb": (LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12.0, 15.5),
        "hb_m": (LOINC, "718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 13.5, 17.5),
        "wbc": (LOINC, "6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", 4.0, 11.0),
        "plt": (LOINC, "777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", 150, 400),
        "mcv": (LOINC, "787-2", "MCV [Entitic volume] by Automated count", "fL", 80, 100),
        "ferr": (LOINC, "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 30, 400),
        "na": (LOINC, "2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 135, 145),
        "k": (LOINC, "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1),
        "crea": (LOINC, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.2),
        "egfr": (LOINC, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/{1.73_m2}", 60, None),
        "glu": (LOINC, "2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 99),
        "a1c": (LOINC, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6),
        "ldl": (LOINC, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", None, 100),
        "tsh": (LOINC, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.4, 4.5),
        "ft4": (LOINC, "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", 0.8, 1.8),
        "alt": (LOINC, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 7, 55),
        "ast": (LOINC, "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 8, 48),
        "alp": (LOINC, "6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 40, 129),
        "bili": (LOINC, "1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 0.1, 1.2),
        "alb": (LOINC, "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", 3.5, 5.0),
        "inr": (LOINC, "6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", 0.8, 1.1),
        "crp": (LOINC, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", None, 5),
        "calpro": (LOINC, "38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", None, 50),
        "psa": (LOINC, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", None, 4.0),
        "afp": (LOINC, "1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "ng/mL", None, 8.3),
        "ttg": (LOINC, "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "U/mL", None, 15),
        "cerulo": (LOINC, "2064-4", "Ceruloplasmin [Mass/volume] in Serum or Plasma", "mg/dL", 20, 35),
        "ucu": (None, None, "Copper 24 hour urine", "ug/(24.h)", 15, 60),
        "ca125": (LOINC, "10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma", "U/mL", None, 35),
        "ana": (None, None, "Antinuclear antibody titre (IIF, HEp-2)", "{titer}", None, None),
        "igg": (LOINC, "2465-3", "IgG [Mass/volume] in Serum", "mg/dL", 700, 1600),
        "esr": (LOINC, "30341-2", "Erythrocyte sedimentation rate", "mm/h", 0, 30),
        "bnp": (LOINC, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", None, 450),
        "trop": (LOINC, "89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", None, 34),
        "ddim": (LOINC, "48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "ng/mL{FEU}", None, 500),
        "hcg": (LOINC, "21198-7", "Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma", "m[IU]/mL", None, 5),
        "vitb12": (LOINC, "2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", 232, 1245),
        "ck": (LOINC, "2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 26, 192),
        "plt_": (LOINC, "777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", 150, 400),
    },
    "UK": {
        "hb": (LOINC, "718-7", "Haemoglobin", "g/L", 115, 160),
        "wbc": (LOINC, "6690-2", "White cell count", "10*9/L", 4.0, 11.0),
        "plt": (LOINC, "777-3", "Platelet count", "10*9/L", 150, 400),
        "mcv": (LOINC, "787-2", "Mean cell volume", "fL", 80, 100),
        "ferr": (LOINC, "2276-4", "Serum ferritin", "ug/L", 15, 150),
        "crp": (LOINC, "1988-5", "C-reactive protein", "mg/L", None, 5),
        "crea": (LOINC, "2160-0", "Serum creatinine", "umol/L", 45, 84),
        "alt": (LOINC, "1742-6", "Alanine aminotransferase", "U/L", None, 33),
        "alb": (LOINC, "1751-7", "Serum albumin", "g/L", 35, 50),
        "tsh": (LOINC, "3016-3", "Thyroid stimulating hormone", "m[IU]/L", 0.27, 4.2),
        "ca125": (LOINC, "10334-1", "CA 125", "k[IU]/L", None, 35),
        "a1c": (LOINC, "4548-4", "HbA1c (IFCC)", "mmol/mol", 20, 41),
        "glu": (LOINC, "2345-7", "Plasma glucose", "mmol/L", 3.5, 7.8),
        "acl": (None, None, "Anticardiolipin IgG antibodies", "[GPL'U]/mL", None, 20),
        "b2gp": (None, None, "Anti-beta-2-glycoprotein I IgG antibodies", "U/mL", None, 20),
        "na": (LOINC, "2951-2", "Serum sodium", "mmol/L", 133, 146),
        "k": (LOINC, "2823-3", "Serum potassium", "mmol/L", 3.5, 5.3),
        "egfr": (LOINC, "98979-8", "eGFR (CKD-EPI 2021)", "mL/min/{1.73_m2}", 60, None),
    },
}


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------------------------------
# Bundle builder
# --------------------------------------------------------------------------------------------------
class B:
    def __init__(self, cid, org):
        self.cid, self.ok = cid, org
        self.org = ORGS[org]
        self.labs = LABS["DK" if org == "DK" else "UK" if org == "WH" else "US"]
        self.entries, self.n = [], Counter()
        self.pat = f"Patient/{cid}"
        self.sex = None

    # generic --------------------------------------------------------------------------------------
    def add(self, rt, body, slug=None):
        slug = slug or rt.lower()
        if rt == "Patient":
            rid = self.cid
        else:
            self.n[slug] += 1
            rid = f"{self.cid}-{slug}-{self.n[slug]}"
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        self.entries.append({"fullUrl": self.org["base"] + f"{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def dt(self, d, t="09:30:00"):
        return d if "T" in d else f"{d}T{t}{self.org['tz']}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # administrative -------------------------------------------------------------------------------
    def setup(self, family, given, sex, birth, pracs, extra_orgs=(), city=None, ident=None):
        o = self.org
        self.sex = sex
        self.orgref = self.add("Organization", {
            "active": True, "name": o["name"],
            "identifier": [{"system": o["base"] + "NamingSystem/org", "value": self.ok.lower() + "-main"}],
            "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type",
                        "ins" if self.ok == "MA" else "prov",
                        "Insurance Company" if self.ok == "MA" else "Healthcare Provider")]}, "org")
        self.orgs = {}
        for key, name, typ in extra_orgs:
            self.orgs[key] = self.add("Organization", {"active": True, "name": name, "type": [
                cc("http://terminology.hl7.org/CodeSystem/organization-type", typ)]}, "org")
        self.pr = []
        for fam, giv, prefix, role in pracs:
            self.pr.append(self.add("Practitioner", {
                "active": True, "name": [{"family": fam, "given": [giv], "prefix": [prefix] if prefix else []}],
                "qualification": [{"code": txt(role)}]}, "prac"))
        addr = {"DK": ("Skivevej 14", "Nykøbing Mors", "7900", "DK"), "MA": ("418 Elm Street", city or "Council Bluffs", "51501", "US"),
                "GI": ("2290 Lakeview Ave", city or "Evanston", "60201", "US"),
                "WH": ("7 Harbour Row", city or "Northbridge", "NB4 2QT", "GB")}[self.ok]
        idsys = {"DK": "urn:oid:1.2.208.176.1.2", "MA": o["base"] + "NamingSystem/member-id",
                 "GI": o["base"] + "NamingSystem/mrn", "WH": "https://fhir.nhs.uk/Id/nhs-number"}[self.ok]
        pat = {"identifier": [{"system": idsys, "value": ident or self.cid.replace("dd-", "90000")}],
               "active": True, "name": [{"use": "official", "family": family, "given": given.split()}],
               "gender": sex, "birthDate": birth,
               "address": [{"line": [addr[0]], "city": addr[1], "postalCode": addr[2], "country": addr[3]}],
               "communication": [{"language": cc("urn:ietf:bcp:47", o["lang"]), "preferred": True}],
               "generalPractitioner": [{"reference": self.pr[0]}]}
        self.add("Patient", pat)
        # coverage
        if self.ok == "DK":
            payor = self.add("Organization", {"active": True, "name": o["payor"],
                                              "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", "govt", "Government")]}, "org")
            cov = {"type": txt("Offentlig sygesikring, gruppe 1"), "payor": [{"reference": payor}],
                   "period": {"start": "2000-01-01"}}
        elif self.ok == "MA":
            cov = {"type": cc("https://nahdo.org/sopt", "111", "Medicare HMO"),
                   "subscriberId": "PH" + self.cid.replace("dd-", "77104"),
                   "payor": [{"reference": self.orgref}], "period": {"start": "2022-01-01"},
                   "class": [{"type": cc("http://terminology.hl7.org/CodeSystem/coverage-class", "plan"),
                              "value": "H4471-009", "name": "Prairie Harbor Advantage Plus (HMO)"}]}
        elif self.ok == "GI":
            ins = self.add("Organization", {"active": True, "name": "Great Lakes Mutual Health Plan",
                                            "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company")]}, "org")
            cov = {"type": cc(ACT, "PPO", "preferred provider organization policy"),
                   "subscriberId": "GLM" + self.cid.replace("dd-", "5520"), "payor": [{"reference": ins}],
                   "period": {"start": "2023-01-01"}}
        else:
            payor = self.add("Organization", {"active": True, "name": "NHS Northbridge Integrated Care Board",
                                              "type": [cc("http://terminology.hl7.org/CodeSystem/organization-type", "govt", "Government")]}, "org")
            cov = {"type": txt("NHS-funded care"), "payor": [{"reference": payor}], "period": {"start": "2010-01-01"}}
        cov.update({"status": "active", "beneficiary": {"reference": self.pat}})
        self.cov = self.add("Coverage", cov)

    # clinical -------------------------------------------------------------------------------------
    def enc(self, start, kind="AMB", typ="Outpatient visit", reason=None, end=None, pr=0, org=None,
            admit=None, code=None, priority=None, status="finished"):
        disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "HH": "home health",
                "VR": "virtual"}[kind]
        e = {"status": status, "class": {"system": ACT, "code": kind, "display": disp},
             "type": [code or txt(typ)], "subject": {"reference": self.pat},
             "participant": [{"individual": {"reference": self.pr[pr]}}],
             "period": {"start": self.dt(start, "08:40:00"), "end": self.dt(end or start, "10:15:00")},
             "serviceProvider": {"reference": org or self.orgref}}
        if reason:
            e["reasonCode"] = [reason] if isinstance(reason, dict) else reason
        if priority:
            e["priority"] = cc("http://terminology.hl7.org/CodeSystem/v3-ActPriority", priority,
                               {"EL": "elective", "EM": "emergency", "UR": "urgent", "R": "routine"}[priority])
        if admit:
            e["hospitalization"] = {"admitSource": cc("http://terminology.hl7.org/CodeSystem/admit-source", admit[0], admit[1])}
        return self.add("Encounter", e, "enc")

    def cond(self, code, onset, status="active", ver="confirmed", cat="problem-list-item", abate=None, note=None,
             enc=None, pr=0, severity=None, body_site=None):
        c = {"clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/condition-clinical", status),
             "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/condition-ver-status", ver),
             "category": [cc("http://terminology.hl7.org/CodeSystem/condition-category", cat,
                             "Problem List Item" if cat == "problem-list-item" else "Encounter Diagnosis")],
             "code": code, "subject": {"reference": self.pat}, "onsetDateTime": onset, "recordedDate": onset,
             "recorder": {"reference": self.pr[pr]}}
        if abate:
            c["abatementDateTime"] = abate
        if note:
            c["note"] = [{"text": note}]
        if enc:
            c["encounter"] = {"reference": enc}
        if severity:
            c["severity"] = severity
        if body_site:
            c["bodySite"] = [body_site]
        return self.add("Condition", c, "cond")

    def obs(self, code, date, value=None, cat="laboratory", enc=None, interp=None, rng=None, comps=None,
            note=None, pr=None, method=None, derived=None):
        o = {"status": "final", "category": [cc(OBSCAT, cat)], "code": code, "subject": {"reference": self.pat},
             "effectiveDateTime": self.dt(date, "08:05:00"), "issued": self.dt(date, "13:20:00")}
        if enc:
            o["encounter"] = {"reference": enc}
        if pr is not None:
            o["performer"] = [{"reference": self.pr[pr]}]
        if value is not None:
            if isinstance(value, dict) and "unit" in value:
                o["valueQuantity"] = value
            elif isinstance(value, dict):
                o["valueCodeableConcept"] = value
            elif isinstance(value, bool):
                o["valueBoolean"] = value
            elif isinstance(value, int):
                o["valueInteger"] = value
            else:
                o["valueString"] = value
        if interp:
            o["interpretation"] = [cc(V3INT, interp, {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal",
                                                       "HH": "Critical high", "LL": "Critical low", "POS": "Positive",
                                                       "NEG": "Negative"}[interp])]
        if rng:
            o["referenceRange"] = [rng]
        if comps:
            o["component"] = comps
        if note:
            o["note"] = [{"text": note}]
        if method:
            o["method"] = method
        if derived:
            o["derivedFrom"] = [{"reference": r} for r in derived]
        return self.add("Observation", o, "obs")

    def lab(self, key, date, v, enc=None, interp=None, note=None):
        sysm, code, disp, unit, lo, hi = self.labs[key]
        c = cc(sysm, code, disp) if sysm else txt(disp)
        rng = {}
        if lo is not None:
            rng["low"] = qty(lo, unit)
        if hi is not None:
            rng["high"] = qty(hi, unit)
        if interp is None:
            interp = "L" if lo is not None and v < lo else "H" if hi is not None and v > hi else "N"
        return self.obs(c, date, qty(v, unit), enc=enc, interp=interp, rng=rng or None, note=note)

    def panel(self, date, items, name, enc=None, conclusion=None, code=None, pr=1):
        refs = [self.lab(k, date, v, enc=enc) if not isinstance(v, tuple) else self.lab(k, date, v[0], enc=enc, interp=v[1])
                for k, v in items]
        return self.report(code or txt(name), date, refs, conclusion, enc=enc, pr=pr)

    def report(self, code, date, results=None, conclusion=None, enc=None, pr=1, cat="LAB", ccode=None):
        catmap = {"LAB": "Laboratory", "RAD": "Radiology", "PAT": "Pathology (gross & histopath, not surgical)",
                  "CUS": "Cardiac Ultrasound", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)", "GE": "Genetics",
                  "OTH": "Other", "US": "Ultrasound", "SP": "Surgical Pathology"}
        d = {"status": "final", "category": [cc("http://terminology.hl7.org/CodeSystem/v2-0074", cat, catmap[cat])],
             "code": code, "subject": {"reference": self.pat}, "effectiveDateTime": self.dt(date, "08:05:00"),
             "issued": self.dt(date, "15:45:00"), "performer": [{"reference": self.pr[pr]}]}
        if enc:
            d["encounter"] = {"reference": enc}
        if results:
            d["result"] = [{"reference": r} for r in results]
        if conclusion:
            d["conclusion"] = conclusion
        if ccode:
            d["conclusionCode"] = [ccode]
        return self.add("DiagnosticReport", d, "dr")

    def vitals(self, date, sbp, dbp, hr=None, wt=None, enc=None, bmi=None):
        if self.ok == "DK":
            sc = cc(LOINC, "8480-6", "Systolic blood pressure", "Blodtryk, systolisk")
            dc = cc(LOINC, "8462-4", "Diastolic blood pressure", "Blodtryk, diastolisk")
        else:
            sc, dc = cc(LOINC, "8480-6", "Systolic blood pressure"), cc(LOINC, "8462-4", "Diastolic blood pressure")
        out = [self.obs(cc(LOINC, "85354-9", "Blood pressure panel with all children optional"), date, cat="vital-signs",
                        enc=enc, comps=[{"code": sc, "valueQuantity": qty(sbp, "mm[Hg]")},
                                        {"code": dc, "valueQuantity": qty(dbp, "mm[Hg]")}])]
        if hr:
            hc = cc(LOINC, "8867-4", "Heart rate", "Puls") if self.ok == "DK" else cc(LOINC, "8867-4", "Heart rate")
            out.append(self.obs(hc, date, qty(hr, "/min"), cat="vital-signs", enc=enc))
        if wt:
            out.append(self.obs(cc(LOINC, "29463-7", "Body weight"), date, qty(wt, "kg"), cat="vital-signs", enc=enc))
        if bmi:
            out.append(self.obs(cc(LOINC, "39156-5", "Body mass index (BMI) [Ratio]"), date, qty(bmi, "kg/m2"),
                                cat="vital-signs", enc=enc))
        return out

    def symptom(self, code, date, enc=None, note=None, present=True):
        v = cc(SCT, "52101004", "Present") if present else cc(SCT, "2667000", "Absent")
        return self.obs(code, date, v, cat="exam", enc=enc, note=note)

    def score(self, code, date, v, enc=None, note=None, unit=None, cat="survey"):
        val = qty(v, unit or "{score}") if (unit or isinstance(v, float)) else v
        return self.obs(code, date, val, cat=cat, enc=enc, note=note)

    def note(self, date, title, text, typ=None, enc=None, pr=0, lang=None, author_ref=None):
        d = {"status": "current", "docStatus": "final",
             "type": typ or cc(LOINC, "11506-3", "Progress note"),
             "category": [cc("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                             "clinical-note", "Clinical Note")],
             "subject": {"reference": self.pat}, "date": self.dt(date, "16:10:00"),
             "author": [{"reference": author_ref or self.pr[pr]}], "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.org["lang"],
                                         "data": b64(text), "title": title, "creation": self.dt(date, "16:00:00")}}]}
        if enc:
            d["context"] = {"encounter": [{"reference": enc}]}
        return self.add("DocumentReference", d, "doc")

    def medreq(self, med, start, dose, status="active", reason=None, pr=0, intent="order", note=None):
        m = {"status": status, "intent": intent, "medicationCodeableConcept": med, "subject": {"reference": self.pat},
             "authoredOn": start, "requester": {"reference": self.pr[pr]}, "dosageInstruction": [{"text": dose}]}
        if reason:
            m["reasonReference"] = [{"reference": reason}]
        if note:
            m["note"] = [{"text": note}]
        return self.add("MedicationRequest", m, "medrq")

    def medstmt(self, med, start, dose, status="active", end=None, reason=None, status_reason=None, asserted=None):
        m = {"status": status, "medicationCodeableConcept": med, "subject": {"reference": self.pat},
             "effectivePeriod": {"start": start}, "dateAsserted": asserted or start, "dosage": [{"text": dose}]}
        if end:
            m["effectivePeriod"]["end"] = end
        if reason:
            m["reasonReference"] = [{"reference": reason}]
        if status_reason:
            m["statusReason"] = [txt(status_reason)]
        return self.add("MedicationStatement", m, "medst")

    def medadmin(self, med, date, dose_text, dose=None, reason=None, route=None):
        m = {"status": "completed", "medicationCodeableConcept": med, "subject": {"reference": self.pat},
             "effectiveDateTime": self.dt(date, "10:00:00"), "performer": [{"actor": {"reference": self.pr[-1]}}],
             "dosage": {"text": dose_text}}
        if dose:
            m["dosage"]["dose"] = dose
        if route:
            m["dosage"]["route"] = route
        if reason:
            m["reasonReference"] = [{"reference": reason}]
        return self.add("MedicationAdministration", m, "medadm")

    def dispense(self, med, date, n, days):
        return self.add("MedicationDispense", {
            "status": "completed", "medicationCodeableConcept": med, "subject": {"reference": self.pat},
            "quantity": qty(n, "{tbl}"), "daysSupply": qty(days, "d"), "whenHandedOver": self.dt(date, "14:00:00")},
            "disp")

    def sr(self, code, authored, status="active", intent="order", occ=None, reason=None, reason_code=None,
           cat=None, performer=None, note=None, pr=0, priority="routine", insurance=None):
        s = {"status": status, "intent": intent, "priority": priority, "code": code, "subject": {"reference": self.pat},
             "authoredOn": self.dt(authored, "11:00:00"), "requester": {"reference": self.pr[pr]}}
        if cat:
            s["category"] = [cat]
        if occ:
            s["occurrenceDateTime"] = occ
        if reason:
            s["reasonReference"] = [{"reference": r} for r in ([reason] if isinstance(reason, str) else reason)]
        if reason_code:
            s["reasonCode"] = [reason_code]
        if performer:
            s["performer"] = [{"reference": performer}]
        if note:
            s["note"] = [{"text": note}]
        if insurance:
            s["insurance"] = [{"reference": insurance}]
        return self.add("ServiceRequest", s, "sr")

    def proc(self, code, date, status="completed", reason=None, note=None, pr=1, outcome=None, based=None):
        p = {"status": status, "code": code, "subject": {"reference": self.pat}}
        if date:
            p["performedDateTime"] = date
        p["performer"] = [{"actor": {"reference": self.pr[pr]}}]
        if reason:
            p["reasonReference"] = [{"reference": reason}]
        if note:
            p["note"] = [{"text": note}]
        if outcome:
            p["outcome"] = txt(outcome)
        if based:
            p["basedOn"] = [{"reference": based}]
        return self.add("Procedure", p, "proc")

    def careplan(self, title, cat, start, status="active", addresses=None, desc=None, acts=(), pr=0, end=None, note=None,
                 created=None):
        c = {"status": status, "intent": "plan", "category": [cat], "title": title, "subject": {"reference": self.pat},
             "period": {"start": start}, "created": created or (start if start <= ANCHOR else ANCHOR),
             "author": {"reference": self.pr[pr]}}
        if end:
            c["period"]["end"] = end
        if desc:
            c["description"] = desc
        if addresses:
            c["addresses"] = [{"reference": a} for a in addresses]
        if acts:
            c["activity"] = [{"detail": {"status": st, "description": d}} for d, st in acts]
        if note:
            c["note"] = [{"text": note}]
        return self.add("CarePlan", c, "cp")

    def appt(self, start, minutes, desc, based=None, reason=None, service=None, pr=1):
        from datetime import datetime, timedelta
        s = datetime.fromisoformat(start)
        e = s + timedelta(minutes=minutes)
        a = {"status": "booked", "description": desc, "start": self.dt(s.strftime("%Y-%m-%dT%H:%M:%S") + self.org["tz"]),
             "end": e.strftime("%Y-%m-%dT%H:%M:%S") + self.org["tz"], "created": ANCHOR,
             "participant": [{"actor": {"reference": self.pat}, "status": "accepted"},
                             {"actor": {"reference": self.pr[pr]}, "status": "accepted"}]}
        if service:
            a["serviceType"] = [service]
        if based:
            a["basedOn"] = [{"reference": based}]
        if reason:
            a["reasonReference"] = [{"reference": reason}]
        return self.add("Appointment", a, "appt")

    def comm(self, date, text, recipient=None, topic=None, from_patient=True, about=None, cat=None):
        c = {"status": "completed", "subject": {"reference": self.pat}, "sent": self.dt(date, "19:42:00"),
             "payload": [{"contentString": text}]}
        if from_patient:
            c["sender"] = {"reference": self.pat}
            c["recipient"] = [{"reference": recipient or self.pr[0]}]
        else:
            c["sender"] = {"reference": recipient or self.pr[0]}
            c["recipient"] = [{"reference": self.pat}]
        if topic:
            c["topic"] = txt(topic)
        if cat:
            c["category"] = [cat]
        if about:
            c["about"] = [{"reference": a} for a in about]
        return self.add("Communication", c, "comm")

    def qr(self, date, questionnaire, items, author_patient=True):
        its = []
        for link, text, ans in items:
            if isinstance(ans, bool):
                a = {"valueBoolean": ans}
            elif isinstance(ans, int):
                a = {"valueInteger": ans}
            elif isinstance(ans, dict):
                a = {"valueCoding": ans}
            else:
                a = {"valueString": ans}
            its.append({"linkId": link, "text": text, "answer": [a]})
        q = {"questionnaire": questionnaire, "status": "completed", "subject": {"reference": self.pat},
             "authored": self.dt(date, "18:30:00"), "source": {"reference": self.pat}, "item": its}
        if author_patient:
            q["author"] = {"reference": self.pat}
        return self.add("QuestionnaireResponse", q, "qr")

    def flag(self, date, code, author=None, cat=None):
        return self.add("Flag", {"status": "active", "category": [cat or cc("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")],
                                 "code": code, "subject": {"reference": self.pat}, "period": {"start": self.dt(date, "12:00:00")},
                                 "author": {"reference": author or self.pat}}, "flag")

    def impression(self, date, desc, summary, problems=(), findings=(), pr=0, enc=None):
        c = {"status": "completed", "description": desc, "subject": {"reference": self.pat},
             "effectiveDateTime": self.dt(date, "14:00:00"), "date": self.dt(date, "14:00:00"),
             "assessor": {"reference": self.pr[pr]}, "summary": summary}
        if problems:
            c["problem"] = [{"reference": p} for p in problems]
        if findings:
            c["finding"] = [{"itemCodeableConcept": f} for f in findings]
        if enc:
            c["encounter"] = {"reference": enc}
        return self.add("ClinicalImpression", c, "ci")

    def eob(self, date, typ, dx, lines, enc=None, provider=None, end=None):
        """Claims-derived ExplanationOfBenefit. dx: list of CodeableConcepts; lines: list of (CodeableConcept, charge)."""
        e = {"status": "active", "type": cc("http://terminology.hl7.org/CodeSystem/claim-type", typ),
             "use": "claim", "patient": {"reference": self.pat},
             "billablePeriod": {"start": date, "end": end or date}, "created": self.dt(end or date, "23:00:00"),
             "insurer": {"reference": self.orgref}, "provider": {"reference": provider or self.pr[0]},
             "outcome": "complete", "insurance": [{"focal": True, "coverage": {"reference": self.cov}}],
             "diagnosis": [{"sequence": i + 1, "diagnosisCodeableConcept": d} for i, d in enumerate(dx)],
             "item": [{"sequence": i + 1, "productOrService": c, "servicedDate": date,
                       "diagnosisSequence": [1],
                       "net": {"value": amt, "currency": "USD"}} for i, (c, amt) in enumerate(lines)]}
        if enc:
            for it in e["item"]:
                it["encounter"] = [{"reference": enc}]
        return self.add("ExplanationOfBenefit", e, "eob")

    def claim_preauth(self, date, dx, items, provider=None, note=None, related_sr=None):
        """Prior-authorisation request (Claim.use = preauthorization)."""
        c = {"status": "active", "type": cc("http://terminology.hl7.org/CodeSystem/claim-type", "institutional", "Institutional"),
             "use": "preauthorization", "patient": {"reference": self.pat}, "created": self.dt(date, "10:30:00"),
             "insurer": {"reference": self.orgref}, "provider": {"reference": provider or self.pr[0]},
             "priority": cc("http://terminology.hl7.org/CodeSystem/processpriority", "normal", "Normal"),
             "insurance": [{"sequence": 1, "focal": True, "coverage": {"reference": self.cov}}],
             "diagnosis": [{"sequence": i + 1, "diagnosisCodeableConcept": d} for i, d in enumerate(dx)],
             "item": [{"sequence": i + 1, "diagnosisSequence": [1], "productOrService": c_, "servicedDate": sd}
                      for i, (c_, sd) in enumerate(items)]}
        if related_sr:
            c["referral"] = {"reference": related_sr}
        return self.add("Claim", c, "claim")

    def episode(self, typ, start, status="active", conds=(), end=None, org=None, pr=0):
        e = {"status": status, "type": [typ], "patient": {"reference": self.pat},
             "managingOrganization": {"reference": org or self.orgref}, "period": {"start": start},
             "careManager": {"reference": self.pr[pr]}}
        if end:
            e["period"]["end"] = end
        if conds:
            e["diagnosis"] = [{"condition": {"reference": c}} for c in conds]
        return self.add("EpisodeOfCare", e, "eoc")

    def goal(self, desc, start, addresses=(), status="active", note=None):
        g = {"lifecycleStatus": status, "description": txt(desc), "subject": {"reference": self.pat}, "startDate": start}
        if addresses:
            g["addresses"] = [{"reference": a} for a in addresses]
        if note:
            g["note"] = [{"text": note}]
        return self.add("Goal", g, "goal")

    def allergy(self, code, date, crit="low"):
        return self.add("AllergyIntolerance", {
            "clinicalStatus": cc("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active"),
            "verificationStatus": cc("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed"),
            "code": code, "patient": {"reference": self.pat}, "recordedDate": date, "criticality": crit}, "alg")

    def imm(self, cvx, disp, date):
        return self.add("Immunization", {"status": "completed", "vaccineCode": cc("http://hl7.org/fhir/sid/cvx", cvx, disp),
                                         "patient": {"reference": self.pat}, "occurrenceDateTime": date}, "imm")


def coding(system, code, display):
    return {"system": system, "code": code, "display": display}


def icdcm(code, disp):
    return cc(ICD10CM, code, disp)


def sct(code, disp, text=None):
    return cc(SCT, code, disp, text)


def cpt(code, disp):
    return cc(CPT, code, disp)


def sks(code, disp):
    return cc(SKS, code, disp)


def atc(code, disp, text=None):
    return cc(ATC, code, disp, text)


RXIN = {"29046": "lisinopril", "83367": "atorvastatin", "18631": "azithromycin", "1364430": "apixaban",
        "7646": "omeprazole", "321988": "escitalopram", "6809": "metformin", "25480": "gabapentin",
        "4603": "furosemide", "7052": "morphine", "32592": "oxaliplatin", "26225": "ondansetron", "4821": "glipizide",
        "41493": "meloxicam", "17767": "amlodipine", "1656339": "sacubitril / valsartan", "20352": "carvedilol",
        "69120": "tiotropium", "274783": "insulin glargine", "1545653": "empagliflozin", "6851": "methotrexate",
        "9997": "spironolactone", "3361": "dicyclomine", "6468": "loperamide", "10582": "levothyroxine",
        "6218": "lactulose", "35619": "rifaximin", "36567": "simvastatin", "8638": "prednisolone",
        "1256": "azathioprine", "327361": "adalimumab", "847083": "ustekinumab", "36437": "sertraline",
        "2555": "cisplatin", "5224": "heparin", "67108": "enoxaparin", "4337": "fentanyl"}


def rx(code, disp):
    """RxNorm ingredient coding (display = ingredient name); the product/strength goes in text."""
    return {"coding": [{"system": RXN, "code": code, "display": RXIN.get(code, disp)}], "text": disp}


def local(b, code, disp, cs="local"):
    return cc(b.org["base"] + "CodeSystem/" + cs, code, disp)


DK_NOTE = cc(LOINC, "11506-3", "Progress note", "Journalnotat")
DK_EPI = cc(LOINC, "18842-5", "Discharge summary", "Epikrise")
CONSULT = cc(LOINC, "11488-4", "Consult note")
CM_NOTE = cc(LOINC, "34746-8", "Nurse Note", "Care management note")



def imgrep(text):
    """Code for an imaging DiagnosticReport (generic LOINC with the specific study in text)."""
    return cc(LOINC, "18748-4", "Diagnostic imaging study", text)


def imgobs(text):
    """Code for an imaging finding Observation (narrative) with the study named in text."""
    return cc(LOINC, "18782-3", "Radiology Study observation (narrative)", text)
