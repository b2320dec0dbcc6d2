"""Small helpers for writing FHIR R4 transaction bundles by hand.

Every case is built on a `Case` object bound to one case id (ds-NN) and one
organisation profile. Resource keys are local ("enc-1"); the Case prefixes them
with the case id, so ids are unique across the whole set.
"""
import base64
import datetime
from zoneinfo import ZoneInfo

# ---------------------------------------------------------------- code systems
LOINC = "http://loinc.org"
SCT = "http://snomed.info/sct"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10AM = "http://hl7.org/fhir/sid/icd-10-am"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD9CM = "http://hl7.org/fhir/sid/icd-9-cm"
CPT = "http://www.ama-assn.org/go/cpt"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
UCUM = "http://unitsofmeasure.org"
ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
PRIO = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
DXROLE = "http://terminology.hl7.org/CodeSystem/diagnosis-role"
ADMSRC = "http://terminology.hl7.org/CodeSystem/admit-source"
DISCH = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
V20074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
V20203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
READM = "http://terminology.hl7.org/CodeSystem/v2-0092"
MEDREQCAT = "http://terminology.hl7.org/CodeSystem/medicationrequest-category"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
ROUTE_SCT = SCT
ORGTYPE = "http://terminology.hl7.org/CodeSystem/organization-type"
BCP47 = "urn:ietf:bcp:47"

_UNIT_CODES = {
    "g/dL": "g/dL", "g/L": "g/L", "mg/dL": "mg/dL", "mg/L": "mg/L", "%": "%",
    "10^3/uL": "10*3/uL", "10^9/L": "10*9/L", "10^12/L": "10*12/L", "10^6/uL": "10*6/uL",
    "fL": "fL", "pg": "pg", "ng/mL": "ng/mL", "ug/L": "ug/L", "mmol/L": "mmol/L",
    "umol/L": "umol/L", "mmol/mol": "mmol/mol", "mL/min/1.73m2": "mL/min/{1.73_m2}",
    "mIU/L": "m[IU]/L", "uIU/mL": "u[IU]/mL", "pmol/L": "pmol/L", "ng/dL": "ng/dL",
    "ng/L": "ng/L", "pg/mL": "pg/mL", "U/L": "U/L", "IU/L": "[IU]/L", "IU/mL": "[IU]/mL",
    "U/mL": "U/mL", "ug/g": "ug/g", "mm/h": "mm/h", "mmHg": "mm[Hg]", "/min": "/min",
    "beats/min": "/min", "breaths/min": "/min", "Cel": "Cel", "kg": "kg", "cm": "cm",
    "mm": "mm", "kg/m2": "kg/m2", "score": "{score}", "{score}": "{score}",
    "mg/g": "mg/g", "mg/mmol": "mg/mmol", "s": "s", "ratio": "{ratio}", "mL": "mL",
    "L/min": "L/min", "g": "g", "mg": "mg", "ug": "ug", "mCi": "mCi", "GBq": "GBq",
    "Gy": "Gy", "mg/m2": "mg/m2", "h": "h", "d": "d", "wk": "wk", "mo": "mo", "L": "L",
    "mL/min": "mL/min", "ug/dL": "ug/dL", "nmol/L": "nmol/L", "titer": "{titer}",
    "index": "{index}", "points": "{points}", "steps": "{steps}", "mg/24h": "mg/(24.h)",
    "U/g": "U/g", "kU/L": "k[IU]/L", "mEq/L": "meq/L", "cells/uL": "/uL",
}


def ucum(unit):
    return _UNIT_CODES.get(unit, unit)


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """CodeableConcept from (system, code, display) tuples and/or a text."""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    return out


def txt(text):
    return {"text": text}


def qty(value, unit, comparator=None):
    q = {"value": value, "unit": unit, "system": UCUM, "code": ucum(unit)}
    if comparator:
        q["comparator"] = comparator
    return q


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


class OrgProfile:
    """What differs between the four organisations."""

    def __init__(self, key, base, tz, lang, lab_names=None, lab_system=None):
        self.key = key
        self.base = base
        self.tz = ZoneInfo(tz)
        self.lang = lang
        self.lab_names = lab_names or {}
        self.lab_system = lab_system


# --------------------------------------------------------------- lab catalogue
# key: (loinc, loinc display, unit, low, high)  (low/high may be None)
LABS = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12.0, 16.0),
    "hb_m": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 13.5, 17.5),
    "hct": ("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "%", 36, 46),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10^3/uL", 4.0, 10.0),
    "neut": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "10^3/uL", 1.8, 7.5),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10^3/uL", 150, 400),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", 80, 98),
    "mch": ("785-6", "MCH [Entitic mass] by Automated count", "pg", 27, 33),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 30, 300),
    "ferritin_f": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 15, 150),
    "iron": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "ug/dL", 60, 170),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", 20, 50),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", 200, 900),
    "folate": ("2284-8", "Folate [Mass/volume] in Serum or Plasma", "ng/mL", 3.9, 26.8),
    "glucose": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 100),
    "hba1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6),
    "creat": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.2),
    "creat_umol": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", 59, 104),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/1.73m2", 60, None),
    "urea": ("3091-6", "Urea [Mass/volume] in Serum or Plasma", "mg/dL", 15, 45),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "mg/dL", 7, 20),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 135, 145),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", 8.6, 10.2),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL", 2.5, 4.5),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", 3.5, 5.2),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 7, 40),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 10, 40),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 40, 130),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 0.2, 1.2),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", 0, 5),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", 0, 20),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "mIU/L", 0.4, 4.0),
    "ft4": ("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "pmol/L", 12, 22),
    "ft4_ngdl": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", 0.8, 1.8),
    "tpo": ("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma", "IU/mL", 0, 34),
    "tg": ("3013-0", "Thyroglobulin [Mass/volume] in Serum or Plasma", "ng/mL", None, None),
    "tgab": ("8098-6", "Thyroglobulin Ab [Units/volume] in Serum or Plasma", "IU/mL", 0, 4),
    "calcitonin": ("1992-7", "Calcitonin [Mass/volume] in Serum or Plasma", "pg/mL", 0, 10),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL", 0, 5),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL", 15, 65),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", 0, 4.0),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", 0, 125),
    "trop": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", 0, 34),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "ng/mL", 0, 500),
    "chol": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", None, 200),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", None, 100),
    "hdl": ("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma", "mg/dL", 40, None),
    "tg_lipid": ("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "mg/dL", None, 150),
    "uric": ("3084-1", "Urate [Mass/volume] in Serum or Plasma", "mg/dL", 3.5, 7.2),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g", None, 30),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", None, 50),
    "ttg": ("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "U/mL", None, 10),
    "hba2": ("4551-8", "Hemoglobin A2/Hemoglobin.total in Blood", "%", 2.0, 3.3),
    "rf": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "IU/mL", None, 14),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "ratio", 0.8, 1.2),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 30, 200),
    "mg": ("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", "mg/dL", 1.7, 2.4),
    "hco3": ("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "mmol/L", 22, 29),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 13, 60),
    "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "U/mL", 0, 37),
    "hb_gl": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", 115, 165),
    "hb_gl_m": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", 130, 170),
    "alb_gl": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", 35, 50),
    "rbc": ("789-8", "Erythrocytes [#/volume] in Blood by Automated count", "10^6/uL", 4.5, 5.9),
    "hbf": ("4576-5", "Hemoglobin F/Hemoglobin.total in Blood", "%", 0, 1.0),
    "ldh": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 135, 225),
}


class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.org = org
        self.entries = []
        self.keys = set()
        self.sex = None

    # ----------------------------------------------------------- plumbing
    def rid(self, key):
        return self.cid if key is None else f"{self.cid}-{key}"

    def ref(self, rtype, key=None, display=None):
        r = {"reference": f"{rtype}/{self.rid(key)}"}
        if display:
            r["display"] = display
        return r

    @property
    def pt(self):
        return self.ref("Patient")

    def add(self, rtype, key, body):
        rid = self.rid(key)
        assert rid not in self.keys, (rtype, rid)
        assert len(rid) <= 64, rid
        self.keys.add(rid)
        res = {"resourceType": rtype, "id": rid}
        res.update(body)
        self.entries.append({
            "fullUrl": f"{self.org.base}{rtype}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rtype}/{rid}"},
        })
        return {"reference": f"{rtype}/{rid}"}

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    # ----------------------------------------------------------- dates
    def dt(self, s):
        """'2026-09-08' -> date; '2026-09-08 10:15' -> dateTime with the org's offset."""
        if s is None:
            return None
        if len(s) <= 10:
            return s
        d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=self.org.tz)
        return d.isoformat()

    def inst(self, s):
        if len(s) <= 10:
            s = s + " 09:00"
        return self.dt(s)

    # ----------------------------------------------------------- resources
    def organization(self, key, name, ident=None, typ=None, address=None, telecom=None, part_of=None, alias=None):
        body = {"active": True}
        if ident:
            body["identifier"] = ident
        if typ:
            body["type"] = [typ]
        body["name"] = name
        if alias:
            body["alias"] = alias
        if telecom:
            body["telecom"] = telecom
        if address:
            body["address"] = [address]
        if part_of:
            body["partOf"] = part_of
        return self.add("Organization", key, body)

    def practitioner(self, key, family, given, prefix=None, suffix=None, ident=None, qual=None, gender=None):
        name = {"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}
        if prefix:
            name["prefix"] = [prefix]
        if suffix:
            name["suffix"] = [suffix]
        body = {"active": True}
        if ident:
            body["identifier"] = ident
        body["name"] = [name]
        if gender:
            body["gender"] = gender
        if qual:
            body["qualification"] = [{"code": qual}]
        return self.add("Practitioner", key, body)

    def patient(self, family, given, gender, birth, ident, address=None, telecom=None, gp=None, org=None,
                language=None, marital=None, deceased=None, contact=None):
        self.sex = gender
        body = {"identifier": ident, "active": True,
                "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
                "gender": gender, "birthDate": birth}
        if telecom:
            body["telecom"] = telecom
        if address:
            body["address"] = [address]
        if marital:
            body["maritalStatus"] = marital
        if contact:
            body["contact"] = contact
        if language:
            body["communication"] = [{"language": cc(("urn:ietf:bcp:47", language, None)), "preferred": True}]
        if gp:
            body["generalPractitioner"] = gp
        if org:
            body["managingOrganization"] = org
        return self.add("Patient", None, body)

    def coverage(self, key, payor, typ, start, subscriber_id=None, klass=None, end=None, status="active"):
        body = {"status": status, "type": typ, "beneficiary": self.pt,
                "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self"))}
        if subscriber_id:
            body["subscriberId"] = subscriber_id
        body["period"] = {"start": start}
        if end:
            body["period"]["end"] = end
        body["payor"] = [payor]
        if klass:
            body["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", k, None)), "value": v, "name": n}
                             for k, v, n in klass]
        return self.add("Coverage", key, body)

    def encounter(self, key, cls, start, end=None, typ=None, status="finished", reason=None, pract=None,
                  provider=None, priority=None, admit=None, discharge=None, readmit=False, diagnoses=None,
                  service=None, location_text=None, part_of=None, based_on=None, identifier=None, cls_display=None):
        displays = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "HH": "home health",
                    "VR": "virtual", "ACUTE": "inpatient acute", "OBSENC": "observation encounter",
                    "SS": "short stay", "PRENC": "pre-admission"}
        body = {"status": status, "class": coding(ACT, cls, cls_display or displays.get(cls))}
        if identifier:
            body["identifier"] = [identifier]
        if typ:
            body["type"] = [typ]
        if service:
            body["serviceType"] = service
        if priority:
            pd = {"EM": "emergency", "UR": "urgent", "R": "routine", "EL": "elective", "A": "ASAP"}
            body["priority"] = cc((PRIO, priority, pd.get(priority)))
        body["subject"] = self.pt
        if based_on:
            body["basedOn"] = based_on
        if pract:
            body["participant"] = [{"individual": p} for p in (pract if isinstance(pract, list) else [pract])]
        per = {"start": self.dt(start)}
        if end:
            per["end"] = self.dt(end)
        body["period"] = per
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if diagnoses:
            body["diagnosis"] = [{"condition": d[0], "use": cc((DXROLE, d[1], {"AD": "Admission diagnosis", "DD": "Discharge diagnosis", "CC": "Chief complaint", "CM": "Comorbidity diagnosis", "billing": "Billing"}.get(d[1]))), "rank": i + 1}
                                 for i, d in enumerate(diagnoses)]
        if admit or discharge or readmit:
            h = {}
            if admit:
                h["admitSource"] = cc((ADMSRC, admit[0], admit[1])) if isinstance(admit, tuple) else admit
            if readmit:
                h["reAdmission"] = cc((READM, "R", "Re-admission"))
            if discharge:
                h["dischargeDisposition"] = cc((DISCH, discharge[0], discharge[1])) if isinstance(discharge, tuple) else discharge
            body["hospitalization"] = h
        if location_text:
            body["location"] = [{"location": {"display": location_text}}]
        if provider:
            body["serviceProvider"] = provider
        if part_of:
            body["partOf"] = part_of
        return self.add("Encounter", key, body)

    def condition(self, key, code, onset=None, recorded=None, clinical="active", ver="confirmed",
                  cat="problem-list-item", abate=None, enc=None, note=None, asserter=None, severity=None,
                  body_site=None, stage=None, evidence=None, recorder=None):
        body = {}
        if clinical:
            body["clinicalStatus"] = cc((CLIN, clinical, None))
        body["verificationStatus"] = cc((VER, ver, None))
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        body["category"] = [cc((CONDCAT, cat, catd.get(cat)))]
        if severity:
            body["severity"] = severity
        body["code"] = code
        if body_site:
            body["bodySite"] = [body_site]
        body["subject"] = self.pt
        if enc:
            body["encounter"] = enc
        if onset:
            body["onsetDateTime"] = self.dt(onset)
        if abate:
            body["abatementDateTime"] = self.dt(abate)
        if recorded:
            body["recordedDate"] = self.dt(recorded)
        if recorder:
            body["recorder"] = recorder
        if asserter:
            body["asserter"] = asserter
        if stage:
            body["stage"] = [{"summary": stage}]
        if evidence:
            body["evidence"] = [{"detail": evidence}] if isinstance(evidence, list) else [{"code": [evidence]}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", key, body)

    def observation(self, key, code, when, value=None, cat="laboratory", unit=None, low=None, high=None,
                    interp=None, enc=None, performer=None, note=None, comps=None, status="final", method=None,
                    range_text=None, issued=None, body_site=None, derived=None, device_text=None):
        catd = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey",
                "exam": "Exam", "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                "activity": "Activity", "therapy": "Therapy"}
        body = {"status": status, "category": [cc((OBSCAT, cat, catd.get(cat)))], "code": code,
                "subject": self.pt}
        if enc:
            body["encounter"] = enc
        body["effectiveDateTime"] = self.dt(when)
        if issued:
            body["issued"] = self.inst(issued)
        if performer:
            body["performer"] = performer if isinstance(performer, list) else [performer]
        if value is not None:
            if isinstance(value, bool):
                body["valueBoolean"] = value
            elif isinstance(value, int) and unit is None:
                body["valueInteger"] = value
            elif isinstance(value, (int, float)):
                body["valueQuantity"] = qty(value, unit)
            elif isinstance(value, str):
                body["valueString"] = value
            elif isinstance(value, dict) and "value" in value and "system" in value:
                body["valueQuantity"] = value
            elif isinstance(value, dict):
                body["valueCodeableConcept"] = value
        if interp:
            idisp = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                     "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "AA": "Critical abnormal"}
            body["interpretation"] = [cc((INTERP, interp, idisp.get(interp)))]
        if note:
            body["note"] = [{"text": note}]
        if body_site:
            body["bodySite"] = body_site
        if method:
            body["method"] = method
        if device_text:
            body["device"] = {"display": device_text}
        if low is not None or high is not None or range_text:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, unit)
            if high is not None:
                rr["high"] = qty(high, unit)
            if range_text:
                rr["text"] = range_text
            body["referenceRange"] = [rr]
        if derived:
            body["derivedFrom"] = derived
        if comps:
            body["component"] = comps
        return self.add("Observation", key, body)

    def lab(self, key, lab, when, value, enc=None, interp=None, performer=None, note=None, comparator=None,
            low=None, high=None, issued=None, range_text=None):
        """A laboratory Observation from the catalogue, named the organisation's way."""
        loinc, disp, unit, lo, hi = LABS[lab]
        lo = lo if low is None else low
        hi = hi if high is None else high
        local = self.org.lab_names.get(lab)
        codings = [(LOINC, loinc, disp)]
        text = disp
        if local:
            lcode, lname = local
            if lcode:
                codings.append((self.org.lab_system, lcode, lname))
            text = lname
        if interp is None and isinstance(value, (int, float)) and not comparator:
            if lo is not None and value < lo:
                interp = "L"
            elif hi is not None and value > hi:
                interp = "H"
            else:
                interp = "N"
        if comparator:
            val = qty(value, unit, comparator)
        else:
            val = value
        o = self.observation(key, cc(*codings, text=text), when, val, unit=unit, low=lo, high=hi, interp=interp,
                             enc=enc, performer=performer, note=note, issued=issued or (when if len(when) > 10 else None),
                             range_text=range_text)
        return o

    def labs(self, key, when, items, enc=None, report=None, performer=None, conclusion=None, issued=None,
             report_code=None):
        """Several catalogue labs at once; optionally a DiagnosticReport grouping them."""
        refs = []
        for lab, value, *rest in items:
            kw = rest[0] if rest else {}
            refs.append(self.lab(f"{key}-{lab.replace('_', '')}", lab, when, value, enc=enc, performer=performer,
                                 **kw))
        if report:
            rc = report_code if report_code else txt(report)
            self.report(key, rc, when, refs, conclusion=conclusion, enc=enc, performer=performer,
                        issued=issued or when, cat=cc((V20074, "LAB", "Laboratory")))
        return refs

    def vitals(self, key, when, bp=None, hr=None, rr=None, temp=None, spo2=None, weight=None, height=None, enc=None,
               performer=None, device_text=None, note=None):
        refs = []
        if bp:
            refs.append(self.observation(f"{key}-bp", cc((LOINC, "85354-9", "Blood pressure panel with all children optional"), text="Blood pressure"),
                                         when, cat="vital-signs", enc=enc, performer=performer, device_text=device_text,
                                         comps=[{"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(bp[0], "mmHg")},
                                                {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(bp[1], "mmHg")}],
                                         note=note))
        if hr is not None:
            refs.append(self.observation(f"{key}-hr", cc((LOINC, "8867-4", "Heart rate")), when, qty(hr, "/min"), cat="vital-signs", enc=enc, performer=performer))
        if rr is not None:
            refs.append(self.observation(f"{key}-rr", cc((LOINC, "9279-1", "Respiratory rate")), when, qty(rr, "/min"), cat="vital-signs", enc=enc, performer=performer))
        if temp is not None:
            refs.append(self.observation(f"{key}-temp", cc((LOINC, "8310-5", "Body temperature")), when, qty(temp, "Cel"), cat="vital-signs", enc=enc, performer=performer))
        if spo2 is not None:
            refs.append(self.observation(f"{key}-spo2", cc((LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), when, qty(spo2, "%"), cat="vital-signs", enc=enc, performer=performer))
        if weight is not None:
            refs.append(self.observation(f"{key}-wt", cc((LOINC, "29463-7", "Body weight")), when, qty(weight, "kg"), cat="vital-signs", enc=enc, performer=performer))
        if height is not None:
            refs.append(self.observation(f"{key}-ht", cc((LOINC, "8302-2", "Body height")), when, qty(height, "cm"), cat="vital-signs", enc=enc, performer=performer))
        return refs

    def report(self, key, code, when, results=None, conclusion=None, cat=None, enc=None, performer=None,
               issued=None, status="final", conclusion_code=None, interpreter=None, based_on=None):
        body = {"status": status}
        if based_on:
            body["basedOn"] = based_on
        if cat:
            body["category"] = [cat]
        body["code"] = code
        body["subject"] = self.pt
        if enc:
            body["encounter"] = enc
        body["effectiveDateTime"] = self.dt(when)
        body["issued"] = self.inst(issued or when)
        if performer:
            body["performer"] = performer if isinstance(performer, list) else [performer]
        if interpreter:
            body["resultsInterpreter"] = [interpreter]
        if results:
            body["result"] = results
        if conclusion:
            body["conclusion"] = conclusion
        if conclusion_code:
            body["conclusionCode"] = conclusion_code if isinstance(conclusion_code, list) else [conclusion_code]
        return self.add("DiagnosticReport", key, body)

    def _dosage(self, dosage):
        if dosage is None:
            return None
        if isinstance(dosage, str):
            return [{"text": dosage}]
        if isinstance(dosage, dict):
            return [dosage]
        return dosage

    def med_request(self, key, med, authored, dosage=None, status="active", intent="order", reason=None,
                    requester=None, enc=None, note=None, category=None, reason_ref=None, course=None,
                    dispense=None, based_on=None):
        body = {"status": status, "intent": intent}
        if category:
            body["category"] = [cc((MEDREQCAT, category, {"inpatient": "Inpatient", "outpatient": "Outpatient", "community": "Community", "discharge": "Discharge"}.get(category)))]
        body["medicationCodeableConcept"] = med
        body["subject"] = self.pt
        if enc:
            body["encounter"] = enc
        body["authoredOn"] = self.dt(authored)
        if requester:
            body["requester"] = requester
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if based_on:
            body["basedOn"] = based_on
        if course:
            body["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", course, {"continuous": "Continuous long term therapy", "acute": "Short course (acute) therapy", "seasonal": "Seasonal"}.get(course)))
        if note:
            body["note"] = [{"text": note}]
        d = self._dosage(dosage)
        if d:
            body["dosageInstruction"] = d
        if dispense:
            body["dispenseRequest"] = dispense
        return self.add("MedicationRequest", key, body)

    def med_statement(self, key, med, status, start=None, end=None, dosage=None, reason=None, note=None,
                      asserted=None, source=None, reason_ref=None, status_reason=None):
        body = {"status": status}
        if status_reason:
            body["statusReason"] = [status_reason]
        body["medicationCodeableConcept"] = med
        body["subject"] = self.pt
        if start or end:
            per = {}
            if start:
                per["start"] = self.dt(start)
            if end:
                per["end"] = self.dt(end)
            body["effectivePeriod"] = per
        if asserted:
            body["dateAsserted"] = self.dt(asserted)
        if source:
            body["informationSource"] = source
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if note:
            body["note"] = [{"text": note}]
        d = self._dosage(dosage)
        if d:
            body["dosage"] = d
        return self.add("MedicationStatement", key, body)

    def med_admin(self, key, med, start, end=None, status="completed", dose=None, route=None, reason=None,
                  performer=None, request=None, enc=None, note=None, dose_text=None):
        body = {"status": status, "medicationCodeableConcept": med, "subject": self.pt}
        if enc:
            body["context"] = enc
        if end:
            body["effectivePeriod"] = {"start": self.dt(start), "end": self.dt(end)}
        else:
            body["effectiveDateTime"] = self.dt(start)
        if performer:
            body["performer"] = [{"actor": performer}]
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if request:
            body["request"] = request
        if note:
            body["note"] = [{"text": note}]
        if dose or route or dose_text:
            d = {}
            if dose_text:
                d["text"] = dose_text
            if route:
                d["route"] = route
            if dose:
                d["dose"] = qty(*dose)
            body["dosage"] = d
        return self.add("MedicationAdministration", key, body)

    def service_request(self, key, code, authored, status="active", intent="order", reason=None, category=None,
                        requester=None, performer=None, occurrence=None, note=None, priority=None, enc=None,
                        reason_ref=None, performer_type=None, based_on=None, identifier=None, body_site=None,
                        patient_instruction=None, replaces=None):
        body = {"status": status, "intent": intent}
        if identifier:
            body["identifier"] = [identifier]
        if based_on:
            body["basedOn"] = based_on
        if replaces:
            body["replaces"] = replaces
        if category:
            body["category"] = [category]
        if priority:
            body["priority"] = priority
        body["code"] = code
        body["subject"] = self.pt
        if enc:
            body["encounter"] = enc
        if occurrence:
            if isinstance(occurrence, tuple):
                body["occurrencePeriod"] = {"start": self.dt(occurrence[0]), "end": self.dt(occurrence[1])}
            else:
                body["occurrenceDateTime"] = self.dt(occurrence)
        body["authoredOn"] = self.dt(authored)
        if requester:
            body["requester"] = requester
        if performer_type:
            body["performerType"] = performer_type
        if performer:
            body["performer"] = performer if isinstance(performer, list) else [performer]
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if body_site:
            body["bodySite"] = [body_site]
        if note:
            body["note"] = [{"text": note}]
        if patient_instruction:
            body["patientInstruction"] = patient_instruction
        return self.add("ServiceRequest", key, body)

    def procedure(self, key, code, status="completed", performed=None, reason=None, performer=None, enc=None,
                  note=None, outcome=None, body_site=None, reason_ref=None, based_on=None, category=None,
                  report=None, status_reason=None, location_text=None):
        body = {"status": status}
        if based_on:
            body["basedOn"] = based_on
        if status_reason:
            body["statusReason"] = status_reason
        if category:
            body["category"] = category
        body["code"] = code
        body["subject"] = self.pt
        if enc:
            body["encounter"] = enc
        if performed:
            if isinstance(performed, tuple):
                body["performedPeriod"] = {"start": self.dt(performed[0]), "end": self.dt(performed[1])}
            else:
                body["performedDateTime"] = self.dt(performed)
        if performer:
            body["performer"] = [{"actor": p} for p in (performer if isinstance(performer, list) else [performer])]
        if location_text:
            body["location"] = {"display": location_text}
        if reason:
            body["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            body["reasonReference"] = reason_ref if isinstance(reason_ref, list) else [reason_ref]
        if body_site:
            body["bodySite"] = [body_site]
        if outcome:
            body["outcome"] = outcome
        if report:
            body["report"] = report
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", key, body)

    def careplan(self, key, title, status, intent, category, start, description=None, addresses=None,
                 activities=None, author=None, end=None, note=None, care_team=None, created=None):
        body = {"status": status, "intent": intent, "category": category if isinstance(category, list) else [category],
                "title": title}
        if description:
            body["description"] = description
        body["subject"] = self.pt
        per = {"start": self.dt(start)}
        if end:
            per["end"] = self.dt(end)
        body["period"] = per
        if created:
            body["created"] = self.dt(created)
        if author:
            body["author"] = author
        if care_team:
            body["careTeam"] = [care_team]
        if addresses:
            body["addresses"] = addresses
        if activities:
            acts = []
            for a in activities:
                if "reference" in a:
                    acts.append({"reference": a})
                else:
                    det = {"status": a.get("status", "scheduled"), "code": a["code"]}
                    if a.get("kind"):
                        det["kind"] = a["kind"]
                    if a.get("description"):
                        det["description"] = a["description"]
                    if a.get("when"):
                        det["scheduledString"] = a["when"]
                    acts.append({"detail": det})
            body["activity"] = acts
        if note:
            body["note"] = [{"text": note}]
        return self.add("CarePlan", key, body)

    def note(self, key, typ, when, text, title, author=None, enc=None, category=None, custodian=None,
             status="current", lang=None, description=None, related=None, period=None):
        body = {"status": status, "docStatus": "final", "type": typ}
        if category:
            body["category"] = [category]
        body["subject"] = self.pt
        body["date"] = self.inst(when)
        if author:
            body["author"] = author if isinstance(author, list) else [author]
        if custodian:
            body["custodian"] = custodian
        if description:
            body["description"] = description
        body["content"] = [{"attachment": {"contentType": "text/plain", "language": lang or self.org.lang,
                                           "data": b64(text.strip() + "\n"), "title": title,
                                           "creation": self.inst(when)}}]
        ctx = {}
        if enc:
            ctx["encounter"] = enc if isinstance(enc, list) else [enc]
        if period:
            ctx["period"] = {"start": self.dt(period[0]), "end": self.dt(period[1])}
        if related:
            ctx["related"] = related
        if ctx:
            body["context"] = ctx
        return self.add("DocumentReference", key, body)

    def communication(self, key, sent, sender, text, recipient=None, status="completed", category=None,
                      about=None, in_response_to=None, medium=None, topic=None, received=None, reason=None, enc=None):
        body = {"status": status}
        if in_response_to:
            body["inResponseTo"] = in_response_to
        if category:
            body["category"] = [category]
        if medium:
            body["medium"] = [medium]
        body["subject"] = self.pt
        if topic:
            body["topic"] = topic
        if about:
            body["about"] = about
        if enc:
            body["encounter"] = enc
        body["sent"] = self.dt(sent)
        if received:
            body["received"] = self.dt(received)
        if recipient:
            body["recipient"] = recipient if isinstance(recipient, list) else [recipient]
        body["sender"] = sender
        if reason:
            body["reasonCode"] = [reason]
        body["payload"] = [{"contentString": text}]
        return self.add("Communication", key, body)

    def flag(self, key, code, start, author=None, status="active", category=None, end=None, enc=None):
        body = {"status": status}
        if category:
            body["category"] = [category]
        body["code"] = code
        body["subject"] = self.pt
        per = {"start": self.dt(start)}
        if end:
            per["end"] = self.dt(end)
        body["period"] = per
        if enc:
            body["encounter"] = enc
        if author:
            body["author"] = author
        return self.add("Flag", key, body)

    def questionnaire_response(self, key, authored, items, author=None, source=None, status="completed",
                               questionnaire=None, enc=None, identifier=None):
        body = {"status": status}
        if identifier:
            body["identifier"] = identifier
        if questionnaire:
            body["questionnaire"] = questionnaire
        body["subject"] = self.pt
        if enc:
            body["encounter"] = enc
        body["authored"] = self.dt(authored)
        if author:
            body["author"] = author
        if source:
            body["source"] = source
        out = []
        for it in items:
            link, text, ans = it[0], it[1], it[2]
            entry = {"linkId": link, "text": text}
            if ans is not None:
                answers = ans if isinstance(ans, list) else [ans]
                entry["answer"] = [_answer(a) for a in answers]
            out.append(entry)
        body["item"] = out
        return self.add("QuestionnaireResponse", key, body)

    def impression(self, key, when, summary, assessor=None, problems=None, findings=None, status="completed",
                   description=None, enc=None, code=None, protocol=None, prognosis=None, note=None):
        body = {"status": status}
        if code:
            body["code"] = code
        if description:
            body["description"] = description
        body["subject"] = self.pt
        if enc:
            body["encounter"] = enc
        body["effectiveDateTime"] = self.dt(when)
        body["date"] = self.dt(when)
        if assessor:
            body["assessor"] = assessor
        if problems:
            body["problem"] = problems
        body["summary"] = summary
        if findings:
            body["finding"] = [{"itemCodeableConcept": f} if "reference" not in f else {"itemReference": f} for f in findings]
        if prognosis:
            body["prognosisCodeableConcept"] = [prognosis]
        if note:
            body["note"] = [{"text": note}]
        return self.add("ClinicalImpression", key, body)

    def allergy(self, key, code, recorded=None, criticality=None, reaction=None, category=None):
        body = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                "type": "allergy"}
        if category:
            body["category"] = [category]
        if criticality:
            body["criticality"] = criticality
        body["code"] = code
        body["patient"] = self.pt
        if recorded:
            body["recordedDate"] = self.dt(recorded)
        if reaction:
            body["reaction"] = [{"manifestation": [reaction]}]
        return self.add("AllergyIntolerance", key, body)

    def immunization(self, key, vaccine, when, status="completed", lot=None, performer=None, site=None):
        body = {"status": status, "vaccineCode": vaccine, "patient": self.pt, "occurrenceDateTime": self.dt(when),
                "primarySource": True}
        if lot:
            body["lotNumber"] = lot
        if performer:
            body["performer"] = [{"actor": performer}]
        return self.add("Immunization", key, body)

    def appointment(self, key, start, end, description, participants, status="booked", service_type=None,
                    reason=None, created=None, based_on=None, appt_type=None, comment=None):
        body = {"status": status}
        if service_type:
            body["serviceType"] = [service_type]
        if appt_type:
            body["appointmentType"] = appt_type
        if reason:
            body["reasonCode"] = [reason]
        body["description"] = description
        body["start"] = self.inst(start)
        body["end"] = self.inst(end)
        if created:
            body["created"] = self.dt(created)
        if comment:
            body["comment"] = comment
        if based_on:
            body["basedOn"] = based_on
        body["participant"] = [{"actor": p, "status": "accepted"} for p in participants]
        return self.add("Appointment", key, body)

    def episode(self, key, typ, status, start, end=None, org=None, manager=None, diagnoses=None, referral=None):
        body = {"status": status, "type": [typ], "patient": self.pt}
        if diagnoses:
            body["diagnosis"] = [{"condition": d, "rank": i + 1} for i, d in enumerate(diagnoses)]
        if org:
            body["managingOrganization"] = org
        per = {"start": self.dt(start)}
        if end:
            per["end"] = self.dt(end)
        body["period"] = per
        if referral:
            body["referralRequest"] = [referral]
        if manager:
            body["careManager"] = manager
        return self.add("EpisodeOfCare", key, body)

    def care_team(self, key, name, members, status="active", start=None, category=None, org=None):
        body = {"status": status}
        if category:
            body["category"] = [category]
        body["name"] = name
        body["subject"] = self.pt
        if start:
            body["period"] = {"start": self.dt(start)}
        body["participant"] = [{"role": [txt(role)], "member": m} for m, role in members]
        if org:
            body["managingOrganization"] = [org]
        return self.add("CareTeam", key, body)


def _answer(a):
    if isinstance(a, bool):
        return {"valueBoolean": a}
    if isinstance(a, int):
        return {"valueInteger": a}
    if isinstance(a, float):
        return {"valueDecimal": a}
    if isinstance(a, str):
        return {"valueString": a}
    if isinstance(a, dict) and "system" in a and "code" in a and "value" not in a:
        return {"valueCoding": a}
    if isinstance(a, dict) and "value" in a:
        return {"valueQuantity": a}
    if isinstance(a, dict) and "date" in a:
        return {"valueDate": a["date"]}
    raise ValueError(a)
