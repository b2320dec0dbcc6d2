"""Small helper kit for writing FHIR R4 transaction bundles by hand.

Every builder returns the relative reference ("Type/id") of the resource it added, so
cases read like a clinical story.  `validate_bundle` runs a structural R4 check
(required elements, datatypes, code-system values, references) over every resource.
"""
import base64
import json
import re

ANCHOR = "2026-12-01"

SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD9 = "http://hl7.org/fhir/sid/icd-9-cm"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "urn:oid:2.16.840.1.113883.6.285"
UCUM = "http://unitsofmeasure.org"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACTPRIO = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
COVTYPE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
DISCH = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
ADMIT = "http://terminology.hl7.org/CodeSystem/admit-source"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COMMCAT = "http://terminology.hl7.org/CodeSystem/communication-category"
MEDREQCAT = "http://terminology.hl7.org/CodeSystem/medicationrequest-category"
DOCCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
DIAGSVC = "http://terminology.hl7.org/CodeSystem/v2-0074"

# ---------------------------------------------------------------- organisations
ORGS = {
    "IL": {
        "base": "https://fhir.shomrim-health.example.il/r4",
        "local": "https://fhir.shomrim-health.example.il/CodeSystem",
        "lang": "he",
        "orgs": [
            ("hmo", "שירותי בריאות שומרים (Shomrim Health Services)", "prov",
             "https://fhir.shomrim-health.example.il/identifier/org", "SHM-01"),
            ("hosp", "המרכז הרפואי בית רפאל (Beit Refael Medical Center)", "prov",
             "https://fhir.shomrim-health.example.il/identifier/org", "BRF-10"),
        ],
        "payor": "hmo",
        "pat_id_system": "http://fhir.health.gov.il/identifier/il-national-id",
        "units": "us",
    },
    "CZ": {
        "base": "https://fhir.fn-vltava.example.cz/r4",
        "local": "https://fhir.fn-vltava.example.cz/CodeSystem",
        "lang": "cs",
        "orgs": [
            ("hosp", "Fakultní nemocnice Vltava", "prov",
             "https://fhir.fn-vltava.example.cz/identifier/ico", "00064211"),
            ("ins", "Oborová zdravotní pojišťovna Vltava", "ins",
             "https://fhir.fn-vltava.example.cz/identifier/ico", "47114304"),
        ],
        "payor": "ins",
        "pat_id_system": "https://fhir.fn-vltava.example.cz/identifier/rodne-cislo",
        "units": "si",
    },
    "ED": {
        "base": "https://fhir.st-aldhelms.example.org.uk/R4",
        "local": "https://fhir.st-aldhelms.example.org.uk/CodeSystem",
        "lang": "en-GB",
        "orgs": [
            ("hosp", "St Aldhelm's Hospital - Emergency Department and Acute Medical Unit", "prov",
             "https://fhir.st-aldhelms.example.org.uk/identifier/ods", "RXA01"),
            ("gp", "Harbourside Medical Practice", "prov",
             "https://fhir.st-aldhelms.example.org.uk/identifier/ods", "K84512"),
            ("ins", "Northfield Integrated Care Board", "pay",
             "https://fhir.st-aldhelms.example.org.uk/identifier/ods", "QNF"),
        ],
        "payor": "ins",
        "pat_id_system": "https://fhir.st-aldhelms.example.org.uk/identifier/nhs-number",
        "units": "si",
    },
    "WH": {
        "base": "https://fhir.lakeside-womens.example.org/r4",
        "local": "https://fhir.lakeside-womens.example.org/CodeSystem",
        "lang": "en-US",
        "orgs": [
            ("hosp", "Lakeside Women's Health and Maternity Service", "prov",
             "http://hl7.org/fhir/sid/us-npi", "1487390521"),
            ("ins", "Harbor Mutual Health Plan", "ins",
             "https://fhir.lakeside-womens.example.org/identifier/payer", "HMHP-220"),
        ],
        "payor": "ins",
        "pat_id_system": "https://fhir.lakeside-womens.example.org/identifier/mrn",
        "units": "us",
    },
}

# ---------------------------------------------------------------- lab catalogue
# key: (loinc, display, ucum, low, high)
LABS = {
    "hb_gdl": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12.0, 16.0),
    "hb_gl": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", 120, 160),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", 80, 100),
    "wbc_si": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L", 4.0, 10.0),
    "wbc_us": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", 4.0, 11.0),
    "plt_si": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L", 150, 400),
    "plt_us": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", 150, 400),
    "ferritin_ngml": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 30, 300),
    "ferritin_ugl": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", 30, 300),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", 20, 50),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", 200, 900),
    "folate": ("2284-8", "Folate [Mass/volume] in Serum or Plasma", "ng/mL", 3.0, 20.0),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", 0, 5),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", 0, 20),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 30, 200),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.4, 4.0),
    "ft4_ngdl": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", 0.8, 1.8),
    "ft4_pmol": ("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "pmol/L", 12, 22),
    "creat_mgdl": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.2),
    "creat_umol": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", 62, 106),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
             "Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/{1.73_m2}", 60, None),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 135, 145),
    "urea": ("22664-7", "Urea [Moles/volume] in Serum or Plasma", "mmol/L", 2.8, 8.1),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", 7, 20),
    "glu_mmol": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L", 3.9, 5.6),
    "glu_mgdl": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 99),
    "hba1c_pct": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6),
    "hba1c_ifcc": ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol", 20, 42),
    "alt_u": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 40),
    "alt_ukat": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ukat/L", 0.1, 0.78),
    "ast_u": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 40),
    "ast_ukat": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ukat/L", 0.1, 0.72),
    "alp_u": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 40, 130),
    "bili_mgdl": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 0.2, 1.2),
    "bili_umol": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", 2, 21),
    "alb_gdl": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", 3.5, 5.0),
    "alb_gl": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", 35, 50),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", 0.8, 1.2),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma",
                 "pg/mL", 0, 125),
    "trop": ("67151-1", "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method",
             "ng/L", 0, 14),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "ng/mL{FEU}", 0, 500),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", 0, 50),
    "ttg": ("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum", "U/mL", 0, 10),
    "cerulo_gl": ("2064-7", "Ceruloplasmin [Mass/volume] in Serum or Plasma", "g/L", 0.2, 0.6),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", 0, 4.0),
    "ca125": ("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma", "U/mL", 0, 35),
    "chol_mmol": ("14647-2", "Cholesterol [Moles/volume] in Serum or Plasma", "mmol/L", 0, 5.0),
    "ldl_mmol": ("22748-8", "Cholesterol in LDL [Moles/volume] in Serum or Plasma", "mmol/L", 0, 3.0),
    "ldl_mgdl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", 0, 130),
    "urate_mgdl": ("3084-1", "Urate [Mass/volume] in Serum or Plasma", "mg/dL", 3.4, 7.0),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g", 0, 30),
    "lactate": ("2524-7", "Lactate [Moles/volume] in Serum or Plasma", "mmol/L", 0.5, 2.2),
    "hco3": ("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "mmol/L", 22, 29),
    "ca_mmol": ("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "mmol/L", 2.15, 2.55),
    "phos_mmol": ("14879-1", "Phosphate [Moles/volume] in Serum or Plasma", "mmol/L", 0.8, 1.5),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL", 15, 65),
    "copper_serum": ("5631-7", "Copper [Mass/volume] in Serum or Plasma", "ug/dL", 70, 140),
    "vitd": ("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma", "ng/mL", 30, 100),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 13, 60),
    "pct": ("33959-8", "Procalcitonin [Mass/volume] in Serum or Plasma", "ng/mL", 0, 0.5),
}

UNIT_DISPLAY = {"umol/L": "µmol/L", "ug/L": "µg/L", "ug/g": "µg/g", "ug/dL": "µg/dL", "ukat/L": "µkat/L",
                "10*9/L": "10^9/L", "10*3/uL": "10^3/µL", "m[IU]/L": "mIU/L", "{INR}": "INR",
                "mL/min/{1.73_m2}": "mL/min/1.73m²", "ng/mL{FEU}": "ng/mL FEU", "{score}": "score",
                "mm[Hg]": "mmHg", "Cel": "°C", "/min": "/min"}


def q(value, unit, display=None):
    return {"value": value, "unit": display or UNIT_DISPLAY.get(unit, unit), "system": UCUM, "code": unit}


def cc(*codings, text=None):
    """codings: tuples (system, code, display)."""
    out = {}
    if codings:
        out["coding"] = [dict(zip(("system", "code", "display"), c)) for c in codings]
    if text:
        out["text"] = text
    return out


def txt(text):
    return {"text": text}


def sct(code, display, text=None):
    return cc((SCT, code, display), text=text)


def loinc(code, display, text=None):
    return cc((LOINC, code, display), text=text)


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


TZ = {"IL": "+02:00", "CZ": "+01:00", "ED": "+00:00", "WH": "-05:00"}


class Rec:
    """One patient record, later one transaction Bundle."""

    def __init__(self, cid, org_key):
        self.cid = cid
        self.ok = org_key
        self.org = ORGS[org_key]
        self.base = self.org["base"]
        self.local = self.org["local"]
        self.tz = TZ[org_key]
        self.entries = []
        self.counters = {}
        self.pt = f"Patient/{cid}"
        self.orgs = {}
        for key, name, otype, idsys, idval in self.org["orgs"]:
            rid = self.nid("org")
            res = {"resourceType": "Organization", "id": rid, "active": True,
                   "identifier": [{"system": idsys, "value": idval}],
                   "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", otype,
                                {"prov": "Healthcare Provider", "ins": "Insurance Company",
                                 "pay": "Payer"}[otype]))],
                   "name": name}
            self.orgs[key] = self.add(res)
        self.main = self.orgs.get("hosp") or self.orgs.get("hmo")

    # -------------------------------------------------------------- plumbing
    def nid(self, prefix):
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return f"{self.cid}-{prefix}{n}"

    def add(self, res):
        rt, rid = res["resourceType"], res["id"]
        self.entries.append({"fullUrl": f"{self.base}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def ts(self, date, time="09:00"):
        """FHIR instant / dateTime with the organisation's offset."""
        return f"{date}T{time}:00{self.tz}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    def loc(self, code, display):
        """A local code in this organisation's code system namespace."""
        return (f"{self.local}/local-codes", code, display)

    # -------------------------------------------------------------- people
    def patient(self, family, given, gender, birth, city, ident, phone=None, lang=None, marital=None,
                line=None, postal=None, country=None):
        res = {"resourceType": "Patient", "id": self.cid,
               "identifier": [{"system": self.org["pat_id_system"], "value": ident}],
               "active": True,
               "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
               "gender": gender, "birthDate": birth,
               "address": [{"use": "home", "city": city, **({"line": [line]} if line else {}),
                            **({"postalCode": postal} if postal else {}),
                            "country": country or {"IL": "IL", "CZ": "CZ", "ED": "GB", "WH": "US"}[self.ok]}],
               "communication": [{"language": cc(("urn:ietf:bcp:47", lang or self.org["lang"], None)), "preferred": True}],
               "managingOrganization": {"reference": self.main}}
        # drop None display in language coding
        res["communication"][0]["language"]["coding"][0].pop("display")
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if marital:
            res["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                       {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
        self.add(res)
        return self.pt

    def pract(self, family, given, prefix="Dr.", qual=None, gender=None):
        res = {"resourceType": "Practitioner", "id": self.nid("pr"), "active": True,
               "name": [{"family": family, "given": [given], "prefix": [prefix]}]}
        if gender:
            res["gender"] = gender
        if qual:
            res["qualification"] = [{"code": txt(qual)}]
        return self.add(res)

    def coverage(self, start, member_id, plan_text=None):
        res = {"resourceType": "Coverage", "id": self.nid("cov"), "status": "active",
               "type": cc((COVTYPE, "HIP", "health insurance plan policy")),
               "subscriberId": member_id, "beneficiary": {"reference": self.pt},
               "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
               "period": {"start": start},
               "payor": [{"reference": self.orgs[self.org["payor"]]}]}
        if plan_text:
            res["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                             "value": member_id[:6], "name": plan_text}]
        return self.add(res)

    # -------------------------------------------------------------- encounters
    def enc(self, start, cls, type_cc, end=None, reason=None, who=None, org=None, status="finished",
            prio=None, admit=None, disch=None, reason_refs=None, part_of=None, svc=None):
        code, disp = {"AMB": ("AMB", "ambulatory"), "EMER": ("EMER", "emergency"), "IMP": ("IMP", "inpatient encounter"),
                      "SS": ("SS", "short stay"), "VR": ("VR", "virtual"), "HH": ("HH", "home health"),
                      "PRENC": ("PRENC", "pre-admission")}[cls]
        res = {"resourceType": "Encounter", "id": self.nid("enc"), "status": status,
               "class": {"system": V3ACT, "code": code, "display": disp},
               "type": [type_cc], "subject": {"reference": self.pt}}
        if svc:
            res["serviceType"] = svc
        if prio:
            pc = {"EM": "emergency", "UR": "urgent", "R": "routine", "EL": "elective"}[prio]
            res["priority"] = cc((ACTPRIO, prio, pc))
        if who:
            res["participant"] = [{"individual": {"reference": w}} for w in (who if isinstance(who, list) else [who])]
        p = {"start": start if "T" in start else self.ts(start, "08:30")}
        if end:
            p["end"] = end if "T" in end else self.ts(end, "17:00")
        elif status == "finished":
            p["end"] = self.ts(p["start"][:10], "10:10") if "T" not in start else start
        res["period"] = p
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_refs:
            res["reasonReference"] = [{"reference": r} for r in reason_refs]
        if admit or disch:
            h = {}
            if admit:
                h["admitSource"] = cc((ADMIT, admit, {"emd": "From accident/emergency department", "gp": "General Practitioner referral",
                                                     "outp": "From outpatient department", "other": "Other",
                                                     "mp": "Medical Practitioner/physician referral"}[admit]))
            if disch:
                h["dischargeDisposition"] = cc((DISCH, disch, {"home": "Home", "hosp": "Hospice", "other-hcf": "Other healthcare facility",
                                                              "snf": "Skilled nursing facility", "long": "Long-term care",
                                                              "aadvice": "Left against advice", "oth": "Other"}[disch]))
            res["hospitalization"] = h
        if part_of:
            res["partOf"] = {"reference": part_of}
        res["serviceProvider"] = {"reference": org or self.main}
        return self.add(res)

    # -------------------------------------------------------------- conditions
    def cond(self, code_cc, onset=None, recorded=None, status="active", ver="confirmed", cat="problem-list-item",
             abate=None, note=None, enc=None, who=None, severity=None, stage=None, evidence=None, body=None):
        res = {"resourceType": "Condition", "id": self.nid("cond")}
        if ver != "entered-in-error":
            res["clinicalStatus"] = cc((CONDCLIN, status, status.capitalize() if status != "active" else "Active"))
        res["verificationStatus"] = cc((CONDVER, ver, {"confirmed": "Confirmed", "provisional": "Provisional",
                                                        "unconfirmed": "Unconfirmed", "refuted": "Refuted",
                                                        "differential": "Differential",
                                                        "entered-in-error": "Entered in Error"}[ver]))
        res["category"] = [cc((CONDCAT, cat, {"problem-list-item": "Problem List Item",
                                              "encounter-diagnosis": "Encounter Diagnosis"}[cat]))]
        if severity:
            res["severity"] = severity
        res["code"] = code_cc
        if body:
            res["bodySite"] = [body]
        res["subject"] = {"reference": self.pt}
        if enc:
            res["encounter"] = {"reference": enc}
        if onset:
            res["onsetDateTime"] = onset
        if abate:
            res["abatementDateTime"] = abate
        res["recordedDate"] = recorded or onset or ANCHOR
        if who:
            res["recorder"] = {"reference": who}
        if stage:
            res["stage"] = [{"summary": stage}]
        if evidence:
            res["evidence"] = [{"detail": [{"reference": r} for r in evidence]}]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    # -------------------------------------------------------------- observations
    def obs(self, code_cc, date, value=None, cat="laboratory", enc=None, interp=None, rng=None, status="final",
            comps=None, note=None, who=None, method=None, time="08:00", issued=True, body=None, has_member=None,
            derived=None):
        res = {"resourceType": "Observation", "id": self.nid("obs"), "status": status,
               "category": [cc((OBSCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                              "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                              "procedure": "Procedure", "social-history": "Social History",
                                              "therapy": "Therapy", "activity": "Activity"}[cat]))],
               "code": code_cc, "subject": {"reference": self.pt},
               "effectiveDateTime": self.ts(date, time) if "T" not in date else date}
        if enc:
            res["encounter"] = {"reference": enc}
        if issued and cat == "laboratory":
            res["issued"] = self.ts(date, "14:00") if "T" not in date else date
        if who:
            res["performer"] = [{"reference": who}]
        if value is not None:
            if isinstance(value, bool):
                res["valueBoolean"] = value
            elif isinstance(value, int):
                res["valueInteger"] = value
            elif isinstance(value, str):
                res["valueString"] = value
            elif "value" not in value:
                res["valueCodeableConcept"] = value
            else:
                res["valueQuantity"] = value
        if interp:
            res["interpretation"] = [cc((V3INT, interp, {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high",
                                                          "LL": "Critical low", "A": "Abnormal", "POS": "Positive",
                                                          "NEG": "Negative", "IND": "Indeterminate"}[interp]))]
        if note:
            res["note"] = [{"text": note}]
        if method:
            res["method"] = method
        if body:
            res["bodySite"] = body
        if rng:
            res["referenceRange"] = [rng]
        if comps:
            res["component"] = comps
        if has_member:
            res["hasMember"] = [{"reference": r} for r in has_member]
        if derived:
            res["derivedFrom"] = [{"reference": r} for r in derived]
        return self.add(res)

    def lab(self, key, value, date, enc=None, lo=None, hi=None, interp="auto", note=None, time="08:00"):
        code, disp, unit, dlo, dhi = LABS[key]
        lo = dlo if lo is None else lo
        hi = dhi if hi is None else hi
        rng = {}
        if lo is not None:
            rng["low"] = q(lo, unit)
        if hi is not None:
            rng["high"] = q(hi, unit)
        if interp == "auto":
            interp = "N"
            if lo is not None and value < lo:
                interp = "L"
            if hi is not None and value > hi:
                interp = "H"
        return self.obs(loinc(code, disp), date, q(value, unit), enc=enc, interp=interp, rng=rng or None,
                        note=note, time=time)

    def labs(self, date, items, enc=None, report=None, conclusion=None, who=None, report_code=None, time="08:00"):
        """items: list of (key, value) or (key, value, dict(lo=, hi=, interp=, note=)). Returns (report_ref, [obs])."""
        refs = []
        for it in items:
            extra = it[2] if len(it) > 2 else {}
            refs.append(self.lab(it[0], it[1], date, enc=enc, time=time, **extra))
        rep = None
        if report:
            rep = self.report(report_code or cc(text=report), date, refs,
                              conclusion=conclusion, who=who, enc=enc, cat="LAB")
        return rep, refs

    def report(self, code_cc, date, results=None, conclusion=None, who=None, enc=None, cat="LAB", text=None,
               status="final", concl_code=None, basis=None):
        res = {"resourceType": "DiagnosticReport", "id": self.nid("dr"), "status": status,
               "category": [cc((DIAGSVC, cat, {"LAB": "Laboratory", "RAD": "Radiology", "CUS": "Cardiac Ultrasound",
                                               "EC": "Electrocardiac (e.g., EKG, EEC, Holter)", "PAT": "Pathology (gross & histopath, not surgical)",
                                               "SP": "Surgical Pathology", "GE": "Genetics", "OUS": "OB Ultrasound",
                                               "RUS": "Radiology Ultrasound", "CT": "CAT Scan", "NMR": "Nuclear Magnetic Resonance",
                                               "PF": "Pulmonary Function", "CTH": "Cardiac Catheterization", "NMS": "Nuclear Medicine Scan",
                                               "OTH": "Other"}[cat]))],
               "code": code_cc,
               "subject": {"reference": self.pt},
               "effectiveDateTime": self.ts(date, "08:00"), "issued": self.ts(date, "15:30")}
        if enc:
            res["encounter"] = {"reference": enc}
        if who:
            res["performer"] = [{"reference": who}]
        else:
            res["performer"] = [{"reference": self.main}]
        if results:
            res["result"] = [{"reference": r} for r in results]
        if conclusion:
            res["conclusion"] = conclusion
        if concl_code:
            res["conclusionCode"] = concl_code if isinstance(concl_code, list) else [concl_code]
        if basis:
            res["basedOn"] = [{"reference": r} for r in basis]
        return self.add(res)

    def vitals(self, date, enc=None, bp=None, hr=None, wt=None, ht=None, temp=None, spo2=None, rr=None, bmi=None,
               time="08:15"):
        refs = []
        vs = dict(cat="vital-signs", enc=enc, time=time)
        if bp:
            s, d = bp
            refs.append(self.obs(loinc("85354-9", "Blood pressure panel with all children optional"), date, **vs,
                                 comps=[{"code": loinc("8480-6", "Systolic blood pressure"), "valueQuantity": q(s, "mm[Hg]")},
                                        {"code": loinc("8462-4", "Diastolic blood pressure"), "valueQuantity": q(d, "mm[Hg]")}]))
        if hr:
            refs.append(self.obs(loinc("8867-4", "Heart rate"), date, q(hr, "/min", "beats/minute"), **vs))
        if rr:
            refs.append(self.obs(loinc("9279-1", "Respiratory rate"), date, q(rr, "/min", "breaths/minute"), **vs))
        if temp:
            refs.append(self.obs(loinc("8310-5", "Body temperature"), date, q(temp, "Cel"), **vs))
        if spo2:
            refs.append(self.obs(loinc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), date,
                                 q(spo2, "%"), **vs))
        if wt:
            refs.append(self.obs(loinc("29463-7", "Body weight"), date, q(wt, "kg"), **vs))
        if ht:
            refs.append(self.obs(loinc("8302-2", "Body height"), date, q(ht, "cm"), **vs))
        if bmi:
            refs.append(self.obs(loinc("39156-5", "Body mass index (BMI) [Ratio]"), date, q(bmi, "kg/m2"), **vs))
        return refs

    def score(self, code_cc, date, value, enc=None, note=None, interp=None, derived=None, unit="{score}"):
        v = value if isinstance(value, int) else q(value, unit)
        return self.obs(code_cc, date, v, cat="survey", enc=enc, note=note, interp=interp, derived=derived,
                        time="10:00")

    def smoking(self, date, code, display, enc=None):
        return self.obs(loinc("72166-2", "Tobacco smoking status"), date, sct(code, display), cat="social-history",
                        enc=enc)

    # -------------------------------------------------------------- medication
    def med_cc(self, med):
        """med: (system, code, display) tuple or list of tuples, or a CodeableConcept."""
        if isinstance(med, dict):
            return med
        if isinstance(med, tuple):
            med = [med]
        return cc(*med, text=med[0][2])

    def medreq(self, med, authored, dosage, status="active", intent="order", reason=None, who=None, enc=None,
               start=None, end=None, reason_refs=None, note=None, category="community", course=None, repeats=None):
        res = {"resourceType": "MedicationRequest", "id": self.nid("mr"), "status": status, "intent": intent,
               "category": [cc((MEDREQCAT, category, {"community": "Community", "inpatient": "Inpatient",
                                                      "outpatient": "Outpatient", "discharge": "Discharge"}[category]))],
               "medicationCodeableConcept": self.med_cc(med), "subject": {"reference": self.pt},
               "authoredOn": authored}
        if enc:
            res["encounter"] = {"reference": enc}
        if who:
            res["requester"] = {"reference": who}
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_refs:
            res["reasonReference"] = [{"reference": r} for r in reason_refs]
        if course:
            res["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
                                             course, {"continuous": "Continuous long term therapy",
                                                      "acute": "Short course (acute) therapy",
                                                      "seasonal": "Seasonal"}[course]))
        if note:
            res["note"] = [{"text": note}]
        res["dosageInstruction"] = [{"text": dosage}]
        if start or end or repeats is not None:
            dr = {}
            if start or end:
                dr["validityPeriod"] = {**({"start": start} if start else {}), **({"end": end} if end else {})}
            if repeats is not None:
                dr["numberOfRepeatsAllowed"] = repeats
            res["dispenseRequest"] = dr
        return self.add(res)

    def medstat(self, med, status, start, end=None, reason=None, dosage=None, note=None, asserted=None,
                reason_refs=None, source=None):
        res = {"resourceType": "MedicationStatement", "id": self.nid("ms"), "status": status,
               "medicationCodeableConcept": self.med_cc(med), "subject": {"reference": self.pt}}
        p = {"start": start}
        if end:
            p["end"] = end
        res["effectivePeriod"] = p
        res["dateAsserted"] = asserted or end or start
        if source:
            res["informationSource"] = {"reference": source}
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_refs:
            res["reasonReference"] = [{"reference": r} for r in reason_refs]
        if note:
            res["note"] = [{"text": note}]
        if dosage:
            res["dosage"] = [{"text": dosage}]
        return self.add(res)

    def medadmin(self, med, when, dose=None, status="completed", enc=None, who=None, reason_refs=None, route=None,
                 end=None, request=None):
        res = {"resourceType": "MedicationAdministration", "id": self.nid("ma"), "status": status,
               "medicationCodeableConcept": self.med_cc(med), "subject": {"reference": self.pt}}
        if enc:
            res["context"] = {"reference": enc}
        if end:
            res["effectivePeriod"] = {"start": self.ts(when, "09:00") if "T" not in when else when,
                                      "end": self.ts(end, "13:00") if "T" not in end else end}
        else:
            res["effectiveDateTime"] = self.ts(when, "09:00") if "T" not in when else when
        if who:
            res["performer"] = [{"actor": {"reference": who}}]
        if reason_refs:
            res["reasonReference"] = [{"reference": r} for r in reason_refs]
        if request:
            res["request"] = {"reference": request}
        if dose or route:
            d = {}
            if route:
                d["route"] = route
            if dose:
                d["dose"] = dose
            res["dosage"] = d
        return self.add(res)

    # -------------------------------------------------------------- orders / procedures / plans
    def sreq(self, code_cc, authored, status="active", intent="order", reason=None, who=None, performer=None,
             occ=None, priority=None, enc=None, reason_refs=None, note=None, category=None, occ_end=None,
             supporting=None, text_patient=None):
        res = {"resourceType": "ServiceRequest", "id": self.nid("sr"), "status": status, "intent": intent}
        if category:
            res["category"] = [category]
        if priority:
            res["priority"] = priority
        res["code"] = code_cc
        res["subject"] = {"reference": self.pt}
        if enc:
            res["encounter"] = {"reference": enc}
        if occ:
            if occ_end:
                res["occurrencePeriod"] = {"start": occ, "end": occ_end}
            else:
                res["occurrenceDateTime"] = occ
        res["authoredOn"] = authored
        if who:
            res["requester"] = {"reference": who}
        if performer:
            res["performer"] = [{"reference": p} for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_refs:
            res["reasonReference"] = [{"reference": r} for r in reason_refs]
        if supporting:
            res["supportingInfo"] = [{"reference": r} for r in supporting]
        if note:
            res["note"] = [{"text": note}]
        if text_patient:
            res["patientInstruction"] = text_patient
        return self.add(res)

    def proc(self, code_cc, when=None, status="completed", reason=None, who=None, enc=None, reason_refs=None,
             note=None, outcome=None, body=None, based_on=None, category=None, end=None):
        res = {"resourceType": "Procedure", "id": self.nid("proc"), "status": status}
        if based_on:
            res["basedOn"] = [{"reference": based_on}]
        if category:
            res["category"] = category
        res["code"] = code_cc
        res["subject"] = {"reference": self.pt}
        if enc:
            res["encounter"] = {"reference": enc}
        if when:
            if end:
                res["performedPeriod"] = {"start": when, "end": end}
            else:
                res["performedDateTime"] = when
        if who:
            res["performer"] = [{"actor": {"reference": who}}]
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_refs:
            res["reasonReference"] = [{"reference": r} for r in reason_refs]
        if body:
            res["bodySite"] = [body]
        if outcome:
            res["outcome"] = outcome
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def careplan(self, title, category_cc, start, status="active", intent="plan", addresses=None, activities=None,
                 author=None, desc=None, end=None, note=None, created=None):
        """activities: list of (code_cc or text, status, kind, scheduled-string-or-None)."""
        res = {"resourceType": "CarePlan", "id": self.nid("cp"), "status": status, "intent": intent,
               "category": [category_cc], "title": title}
        if desc:
            res["description"] = desc
        res["subject"] = {"reference": self.pt}
        p = {"start": start}
        if end:
            p["end"] = end
        res["period"] = p
        res["created"] = created or start
        if author:
            res["author"] = {"reference": author}
        if addresses:
            res["addresses"] = [{"reference": r} for r in addresses]
        if activities:
            acts = []
            for a in activities:
                code, st = a[0], a[1]
                kind = a[2] if len(a) > 2 else None
                sched = a[3] if len(a) > 3 else None
                d = {"status": st}
                if kind:
                    d["kind"] = kind
                d["code"] = code if isinstance(code, dict) else txt(code)
                if sched:
                    d["scheduledString"] = sched
                acts.append({"detail": d})
            res["activity"] = acts
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def impression(self, date, summary, who=None, status="completed", problems=None, findings=None, enc=None,
                   desc=None, prognosis=None):
        res = {"resourceType": "ClinicalImpression", "id": self.nid("ci"), "status": status,
               "subject": {"reference": self.pt}}
        if desc:
            res["description"] = desc
        if enc:
            res["encounter"] = {"reference": enc}
        res["effectiveDateTime"] = self.ts(date, "11:00")
        res["date"] = self.ts(date, "11:30")
        if who:
            res["assessor"] = {"reference": who}
        if problems:
            res["problem"] = [{"reference": r} for r in problems]
        res["summary"] = summary
        if findings:
            res["finding"] = [{"itemCodeableConcept": f} if "coding" in f or "text" in f else {"itemReference": f}
                              for f in findings]
        if prognosis:
            res["prognosisCodeableConcept"] = [prognosis]
        return self.add(res)

    # -------------------------------------------------------------- patient voice
    def comm(self, sent, text, sender, recipient, status="completed", category=None, about=None, in_response=None,
             medium=None, topic=None, enc=None):
        res = {"resourceType": "Communication", "id": self.nid("com"), "status": status}
        if in_response:
            res["inResponseTo"] = [{"reference": in_response}]
        if category:
            res["category"] = [category]
        if medium:
            res["medium"] = [medium]
        res["subject"] = {"reference": self.pt}
        if topic:
            res["topic"] = topic
        if about:
            res["about"] = [{"reference": r} for r in about]
        if enc:
            res["encounter"] = {"reference": enc}
        res["sent"] = self.ts(sent, "20:14") if "T" not in sent else sent
        res["recipient"] = [{"reference": r} for r in (recipient if isinstance(recipient, list) else [recipient])]
        res["sender"] = {"reference": sender}
        res["payload"] = [{"contentString": text}]
        return self.add(res)

    def qresp(self, questionnaire, authored, items, author=None, status="completed", enc=None, source=None):
        """items: list of (linkId, text, answer) where answer is bool/int/str/float/(system,code,display)."""
        res = {"resourceType": "QuestionnaireResponse", "id": self.nid("qr"), "questionnaire": questionnaire,
               "status": status, "subject": {"reference": self.pt}}
        if enc:
            res["encounter"] = {"reference": enc}
        res["authored"] = self.ts(authored, "10:05") if "T" not in authored else authored
        res["author"] = {"reference": author or self.pt}
        res["source"] = {"reference": source or self.pt}
        out = []
        for link, text, ans in items:
            it = {"linkId": link, "text": text}
            if ans is not None:
                if isinstance(ans, bool):
                    a = {"valueBoolean": ans}
                elif isinstance(ans, int):
                    a = {"valueInteger": ans}
                elif isinstance(ans, float):
                    a = {"valueDecimal": ans}
                elif isinstance(ans, tuple):
                    a = {"valueCoding": dict(zip(("system", "code", "display"), ans))}
                else:
                    a = {"valueString": ans}
                it["answer"] = [a]
            out.append(it)
        res["item"] = out
        return self.add(res)

    def flag(self, code_cc, start, author, status="active", category=None, end=None, enc=None):
        res = {"resourceType": "Flag", "id": self.nid("flag"), "status": status}
        if category:
            res["category"] = [category]
        res["code"] = code_cc
        res["subject"] = {"reference": self.pt}
        p = {"start": start}
        if end:
            p["end"] = end
        res["period"] = p
        if enc:
            res["encounter"] = {"reference": enc}
        res["author"] = {"reference": author}
        return self.add(res)

    # -------------------------------------------------------------- notes
    DOC_TYPES = {
        "progress": ("11506-3", "Progress note"),
        "discharge": ("18842-5", "Discharge summary"),
        "referral": ("57133-1", "Referral note"),
        "consult": ("11488-4", "Consult note"),
        "hp": ("34117-2", "History and physical note"),
        "ed": ("34111-5", "Emergency department Note"),
        "imaging": ("18748-4", "Diagnostic imaging study"),
        "pathology": ("11526-1", "Pathology study"),
        "letter": ("34109-9", "Note"),
        "plan": ("18776-5", "Plan of care note"),
        "nursing": ("34746-8", "Nurse Note"),
        "operative": ("11504-8", "Surgical operation note"),
    }

    def note(self, date, kind, title, text, author=None, enc=None, time="16:00", lang=None, related=None,
             status="current"):
        code, disp = self.DOC_TYPES[kind]
        res = {"resourceType": "DocumentReference", "id": self.nid("doc"), "status": status,
               "docStatus": "final",
               "type": cc((LOINC, code, disp), text=title),
               "category": [cc((DOCCAT, "clinical-note", "Clinical Note"))],
               "subject": {"reference": self.pt},
               "date": self.ts(date, time) if "T" not in date else date}
        if author:
            res["author"] = [{"reference": a} for a in (author if isinstance(author, list) else [author])]
        res["custodian"] = {"reference": self.main}
        if related:
            res["relatesTo"] = [{"code": "appends", "target": {"reference": related}}]
        res["description"] = title
        res["content"] = [{"attachment": {"contentType": "text/plain",
                                          "language": lang or self.org["lang"],
                                          "data": b64(text), "title": title,
                                          "creation": self.ts(date, time) if "T" not in date else date}}]
        ctx = {}
        if enc:
            ctx["encounter"] = [{"reference": enc}]
        ctx["period"] = {"start": date}
        res["context"] = ctx
        return self.add(res)

    def allergy(self, code_cc, recorded, crit="low", reaction=None, status="active"):
        res = {"resourceType": "AllergyIntolerance", "id": self.nid("al"),
               "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", status,
                                     status.capitalize())),
               "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                                         "confirmed", "Confirmed")),
               "type": "allergy", "category": ["medication"], "criticality": crit,
               "code": code_cc, "patient": {"reference": self.pt}, "recordedDate": recorded}
        if reaction:
            res["reaction"] = [{"manifestation": [reaction]}]
        return self.add(res)

    def immun(self, cvx, display, date, status="completed"):
        res = {"resourceType": "Immunization", "id": self.nid("imm"), "status": status,
               "vaccineCode": cc(("http://hl7.org/fhir/sid/cvx", cvx, display)),
               "patient": {"reference": self.pt}, "occurrenceDateTime": date, "primarySource": True}
        return self.add(res)

    def appt(self, start, desc, status="booked", who=None, reason=None, based_on=None, minutes=30, svc=None):
        h, m = 9, 0
        end_min = m + minutes
        res = {"resourceType": "Appointment", "id": self.nid("ap"), "status": status}
        if svc:
            res["serviceType"] = [svc]
        if reason:
            res["reasonCode"] = [reason]
        res["description"] = desc
        res["start"] = self.ts(start, f"{h:02d}:{m:02d}")
        res["end"] = self.ts(start, f"{h + end_min // 60:02d}:{end_min % 60:02d}")
        if based_on:
            res["basedOn"] = [{"reference": based_on}]
        parts = [{"actor": {"reference": self.pt}, "status": "accepted"}]
        for w in (who or []):
            parts.append({"actor": {"reference": w}, "status": "accepted"})
        res["participant"] = parts
        return self.add(res)

    def episode(self, type_cc, start, status="active", conditions=None, end=None):
        res = {"resourceType": "EpisodeOfCare", "id": self.nid("eoc"), "status": status, "type": [type_cc]}
        if conditions:
            res["diagnosis"] = [{"condition": {"reference": c}} for c in conditions]
        res["patient"] = {"reference": self.pt}
        res["managingOrganization"] = {"reference": self.main}
        res["period"] = {"start": start, **({"end": end} if end else {})}
        return self.add(res)

    def family_history(self, relationship, rel_display, cond_cc, date, onset_age=None, deceased=None):
        res = {"resourceType": "FamilyMemberHistory", "id": self.nid("fmh"), "status": "completed",
               "patient": {"reference": self.pt}, "date": date,
               "relationship": cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", relationship, rel_display))}
        if deceased is not None:
            res["deceasedBoolean"] = deceased
        c = {"code": cond_cc}
        if onset_age:
            c["onsetAge"] = {"value": onset_age, "unit": "a", "system": UCUM, "code": "a"}
        res["condition"] = [c]
        return self.add(res)


# ====================================================================== validation
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DATETIME_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
                         r"(\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$")
INSTANT_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)"
                        r"(\.\d{1,9})?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$")
CODE_RE = re.compile(r"^[^\s]+( [^\s]+)*$")

REQUIRED = {
    "Patient": [], "Organization": [], "Practitioner": [],
    "Encounter": ["status", "class"],
    "Condition": ["subject"],
    "Observation": ["status", "code"],
    "MedicationRequest": ["status", "intent", "subject"],
    "MedicationStatement": ["status", "subject"],
    "MedicationAdministration": ["status", "subject"],
    "ServiceRequest": ["status", "intent", "subject"],
    "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"],
    "ClinicalImpression": ["status", "subject"],
    "Communication": ["status"],
    "QuestionnaireResponse": ["status"],
    "Flag": ["status", "code", "subject"],
    "DocumentReference": ["status", "content"],
    "DiagnosticReport": ["status", "code"],
    "Coverage": ["status", "beneficiary", "payor"],
    "AllergyIntolerance": ["patient"],
    "Immunization": ["status", "vaccineCode", "patient"],
    "Appointment": ["status", "participant"],
    "EpisodeOfCare": ["status", "patient"],
    "FamilyMemberHistory": ["status", "patient", "relationship"],
}
STATUS = {
    "Encounter": {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled",
                  "entered-in-error", "unknown"},
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled",
                    "entered-in-error", "unknown"},
    "MedicationRequest": {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft",
                          "unknown"},
    "MedicationStatement": {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold",
                            "unknown", "not-taken"},
    "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed", "entered-in-error",
                                 "stopped", "unknown"},
    "ServiceRequest": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                  "entered-in-error", "unknown"},
    "CarePlan": {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    "ClinicalImpression": {"in-progress", "completed", "entered-in-error"},
    "Communication": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed",
                      "entered-in-error", "unknown"},
    "QuestionnaireResponse": {"in-progress", "completed", "amended", "entered-in-error", "stopped"},
    "Flag": {"active", "inactive", "entered-in-error"},
    "DocumentReference": {"current", "superseded", "entered-in-error"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended",
                         "cancelled", "entered-in-error", "unknown"},
    "Coverage": {"active", "cancelled", "draft", "entered-in-error"},
    "Immunization": {"completed", "entered-in-error", "not-done"},
    "Appointment": {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow",
                    "entered-in-error", "checked-in", "waitlist"},
    "EpisodeOfCare": {"planned", "waitlist", "active", "onhold", "finished", "cancelled", "entered-in-error"},
    "FamilyMemberHistory": {"partial", "completed", "entered-in-error", "health-unknown"},
}
INTENT = {
    "MedicationRequest": {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order",
                          "instance-order", "option"},
    "ServiceRequest": {"proposal", "plan", "directive", "order", "original-order", "reflex-order",
                       "filler-order", "instance-order", "option"},
    "CarePlan": {"proposal", "plan", "order", "option"},
}
DATE_KEYS = {"birthDate"}
DATETIME_KEYS = {"onsetDateTime", "abatementDateTime", "recordedDate", "effectiveDateTime", "authoredOn",
                 "performedDateTime", "occurrenceDateTime", "sent", "received", "authored", "dateAsserted",
                 "start", "end", "created", "creation"}
INSTANT_KEYS = {"issued"}
INSTANT_BY_TYPE = {("DocumentReference", "date"), ("Appointment", "start"), ("Appointment", "end")}
DATETIME_BY_TYPE = {("ClinicalImpression", "date"), ("FamilyMemberHistory", "date")}
CHOICE_ONE = ["value", "effective", "onset", "abatement", "occurrence", "performed", "medication", "deceased"]


def _walk(node, path, rt, errs):
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}"
            if k in DATE_KEYS and not (isinstance(v, str) and DATE_RE.match(v)):
                errs.append(f"{p}: bad date {v!r}")
            if k in DATETIME_KEYS and isinstance(v, str) and not DATETIME_RE.match(v):
                errs.append(f"{p}: bad dateTime {v!r}")
            if k in INSTANT_KEYS and not (isinstance(v, str) and INSTANT_RE.match(v)):
                errs.append(f"{p}: bad instant {v!r}")
            if (rt, k) in INSTANT_BY_TYPE and path == rt and not INSTANT_RE.match(v):
                errs.append(f"{p}: bad instant {v!r}")
            if (rt, k) in DATETIME_BY_TYPE and path == rt and not DATETIME_RE.match(v):
                errs.append(f"{p}: bad dateTime {v!r}")
            if k == "valueInteger" and not (isinstance(v, int) and not isinstance(v, bool)):
                errs.append(f"{p}: valueInteger not an integer")
            if k in ("valueQuantity", "low", "high", "dose") and isinstance(v, dict) and "value" in v:
                if not isinstance(v["value"], (int, float)) or isinstance(v["value"], bool):
                    errs.append(f"{p}: quantity value not numeric")
                if v.get("system") != UCUM or not v.get("code"):
                    errs.append(f"{p}: quantity without UCUM system/code")
            if k == "coding":
                if not isinstance(v, list):
                    errs.append(f"{p}: coding not a list")
                else:
                    for c in v:
                        if not c.get("system") or not c.get("code"):
                            errs.append(f"{p}: coding without system/code")
                        elif not CODE_RE.match(c["code"]):
                            errs.append(f"{p}: bad code {c['code']!r}")
                        if "display" in c and not c["display"]:
                            errs.append(f"{p}: empty display")
            if k == "reference" and isinstance(v, str) and not re.match(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-.]{1,64}$", v):
                errs.append(f"{p}: bad reference {v!r}")
            if v is None or v == "" or v == [] or v == {}:
                errs.append(f"{p}: empty value")
            _walk(v, p, rt, errs)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            _walk(x, f"{path}[{i}]", rt, errs)


LIST_FIELDS = {
    "Encounter": ["type", "reasonCode", "participant", "diagnosis"],
    "Condition": ["category", "bodySite", "evidence", "note", "stage"],
    "Observation": ["category", "interpretation", "referenceRange", "component", "performer", "note"],
    "MedicationRequest": ["category", "reasonCode", "dosageInstruction", "note"],
    "ServiceRequest": ["category", "reasonCode", "performer", "note", "bodySite"],
    "Procedure": ["reasonCode", "performer", "bodySite", "note"],
    "CarePlan": ["category", "activity", "addresses", "note"],
    "DocumentReference": ["category", "author", "content"],
    "DiagnosticReport": ["category", "result", "performer", "conclusionCode"],
    "Coverage": ["payor"],
    "Communication": ["recipient", "payload", "category", "about"],
    "Flag": ["category"],
}


def validate_resource(r):
    errs = []
    rt = r.get("resourceType")
    for f in REQUIRED.get(rt, []):
        if f not in r:
            errs.append(f"{rt}/{r.get('id')}: missing {f}")
    if rt not in REQUIRED:
        errs.append(f"{rt}: resource type not covered by the validator")
    if rt in STATUS and r.get("status") not in STATUS[rt]:
        errs.append(f"{rt}/{r.get('id')}: bad status {r.get('status')}")
    if rt in INTENT and r.get("intent") not in INTENT[rt]:
        errs.append(f"{rt}/{r.get('id')}: bad intent {r.get('intent')}")
    for f in LIST_FIELDS.get(rt, []):
        if f in r and not isinstance(r[f], list):
            errs.append(f"{rt}/{r.get('id')}: {f} must be a list")
    if rt == "Encounter" and isinstance(r.get("class"), list):
        errs.append("Encounter.class must be a single Coding")
    if rt == "Condition":
        ver = r.get("verificationStatus", {}).get("coding", [{}])[0].get("code")
        if ver != "entered-in-error" and "clinicalStatus" not in r:
            errs.append(f"Condition/{r['id']}: clinicalStatus required")
        cs = r.get("clinicalStatus", {}).get("coding", [{}])[0].get("code")
        if "abatementDateTime" in r and cs in ("active", "recurrence", "relapse"):
            errs.append(f"Condition/{r['id']}: abated but active")
    if rt == "Observation":
        n = [k for k in r if k.startswith("value")]
        if len(n) > 1:
            errs.append(f"Observation/{r['id']}: several value[x]")
    if rt == "DocumentReference":
        for c in r["content"]:
            if "attachment" not in c:
                errs.append("DocumentReference content without attachment")
    if rt == "CarePlan":
        for a in r.get("activity", []):
            if "detail" in a and "status" not in a["detail"]:
                errs.append(f"CarePlan/{r['id']}: activity.detail.status missing")
    if rt == "QuestionnaireResponse":
        for it in r.get("item", []):
            if "linkId" not in it:
                errs.append("QuestionnaireResponse item without linkId")
    if rt == "Appointment":
        for p in r["participant"]:
            if "status" not in p:
                errs.append("Appointment participant without status")
    for prefix in CHOICE_ONE:
        keys = [k for k in r if k.startswith(prefix) and k[len(prefix):len(prefix) + 1].isupper()]
        if len(keys) > 1:
            errs.append(f"{rt}/{r.get('id')}: several {prefix}[x]: {keys}")
    _walk(r, rt, rt, errs)
    return errs


def validate_bundle(b):
    errs = []
    for e in b["entry"]:
        errs.extend(validate_resource(e["resource"]))
    return errs
