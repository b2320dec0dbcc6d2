#!/usr/bin/env python3
"""Generator for evaluation set 44: 40 synthetic FHIR R4 patient records (transaction Bundles).

Written without sight of the product: inputs were the task brief, the FHIR R4 specification, public
terminologies (SNOMED CT, ICD-10 editions, OPCS-4, ACHI, CPT, LOINC, RxNorm, UCUM, HL7 code systems) and
clinical knowledge.  Run `python3 gen/build.py` from the set directory (or anywhere) to regenerate
cases/, expectations.json and README.md.
"""
import base64
import collections
import json
import os
import random
import re
import shutil

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(HERE, "cases")
ANCHOR = "2026-12-01"
SEED = 4444
N_CASES = 40

# ---------------------------------------------------------------- code systems
SCT = "http://snomed.info/sct"
SCT_UK = "http://snomed.info/sct/83821000000107"          # UK clinical edition module (version prefix)
SCT_AU = "http://snomed.info/sct/32506021000036107"       # SNOMED CT-AU module
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10AM = "http://hl7.org/fhir/sid/icd-10-am"
ACHI = "http://hl7.org/fhir/sid/achi"
OPCS4 = "http://terminology.hl7.org/CodeSystem/opcs4"
CPT = "http://www.ama-assn.org/go/cpt"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
PBS = "http://pbs.gov.au/code/item"
CVX = "http://hl7.org/fhir/sid/cvx"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ACTPRIO = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
CCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
OCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
V2_0336 = "http://terminology.hl7.org/CodeSystem/v2-0336"
ADMIT = "http://terminology.hl7.org/CodeSystem/admit-source"
DISCH = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COVTYPE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
SUBREL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
DOCCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
CPCAT = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"

# ---------------------------------------------------------------- organisations
ORGS = {
    "A": dict(
        key="A", label="NHS hospital trust (England)",
        name="Northmere Valley NHS Foundation Trust", short="nmv",
        base="https://fhir.northmere-valley.nhs.example/R4", tz="+00:00", country="GB", city="Northmere",
        ident_system="https://fhir.nhs.uk/Id/ods-organization-code", ident="RQ7NV",
        pid_system="https://fhir.nhs.uk/Id/nhs-number", mrn_system="https://fhir.northmere-valley.nhs.example/Id/hospital-number",
        local="https://fhir.northmere-valley.nhs.example/CodeSystem",
        phone="+44 1632 960 000", postcode="NM4 7QT", state=None, lang="en-GB",
    ),
    "B": dict(
        key="B", label="Australian public hospital",
        name="Kestrel Bay Public Hospital", short="kbh",
        base="https://fhir.kestrelbay.health.example.au/R4", tz="+10:00", country="AU", city="Kestrel Bay",
        ident_system="http://hl7.org.au/id/hpi-o", ident="8003621566684455",
        pid_system="http://ns.electronichealth.net.au/id/hi/ihi/1.0", mrn_system="https://fhir.kestrelbay.health.example.au/Id/mrn",
        local="https://fhir.kestrelbay.health.example.au/CodeSystem",
        phone="+61 2 5550 1000", postcode="2999", state="NSW", lang="en-AU",
    ),
    "C": dict(
        key="C", label="Haematology and bone-marrow transplant service",
        name="Halden Regional Haematology and Bone Marrow Transplant Service", short="hbmt",
        base="https://fhir.halden-haematology.example.org/fhir", tz="+00:00", country="GB", city="Halden",
        ident_system="https://fhir.halden-haematology.example.org/Id/org", ident="HBMT-01",
        pid_system="https://fhir.halden-haematology.example.org/Id/unit-number", mrn_system="https://fhir.halden-haematology.example.org/Id/bmt-registry",
        local="https://fhir.halden-haematology.example.org/CodeSystem",
        phone="+44 1632 961 400", postcode="HD2 9XB", state=None, lang="en-GB",
    ),
    "D": dict(
        key="D", label="Multidisciplinary chronic-pain and functional-disorders clinic",
        name="Meridian Multidisciplinary Pain and Functional Disorders Clinic", short="mpc",
        base="https://ehr.meridian-pain.example.com/fhir", tz="-05:00", country="US", city="Meridian",
        ident_system="http://hl7.org/fhir/sid/us-npi", ident="1992837465",
        pid_system="https://ehr.meridian-pain.example.com/Id/mrn", mrn_system="https://ehr.meridian-pain.example.com/Id/account",
        local="https://ehr.meridian-pain.example.com/CodeSystem",
        phone="+1 555 0142 300", postcode="04401", state="ME", lang="en-US",
    ),
}

# ---------------------------------------------------------------- datatype helpers


def coding(system, code, display=None, version=None):
    c = {"system": system, "code": code}
    if version:
        c["version"] = version
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """CodeableConcept from (system, code, display) tuples; text-only when no codings."""
    out = {}
    cs = [coding(*c) if isinstance(c, tuple) else c for c in codings]
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    elif cs and cs[0].get("display"):
        out["text"] = cs[0]["display"]
    return out


def sct(code, display, text=None):
    return cc((SCT, code, display), text=text)


def lnc(code, display, text=None):
    return cc((LOINC, code, display), text=text)


def txt(text):
    return {"text": text}


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                  "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "AA": "Critical abnormal"}


def interp(code):
    return [cc((V3INT, code, INTERP_DISPLAY[code]))]


# laboratory catalogue: key -> (loinc, display, ucum unit, (low, high), short name)
LAB = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", (130, 170), "Haemoglobin"),
    "hbF": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", (115, 155), "Haemoglobin"),
    "hb_us": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", (13.5, 17.5), "Hemoglobin"),
    "hbF_us": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", (12.0, 15.5), "Hemoglobin"),
    "wcc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L", (4.0, 11.0), "White cell count"),
    "wcc_us": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", (4.0, 11.0), "WBC"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L", (150, 400), "Platelets"),
    "plt_us": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", (150, 400), "Platelets"),
    "neut": ("751-8", "Neutrophils [#/volume] in Blood by Automated count", "10*9/L", (2.0, 7.5), "Neutrophils"),
    "lymph": ("731-0", "Lymphocytes [#/volume] in Blood by Automated count", "10*9/L", (1.0, 4.0), "Lymphocytes"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", (80, 100), "MCV"),
    "retic": ("14196-0", "Reticulocytes [#/volume] in Blood", "10*9/L", (25, 100), "Reticulocytes"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", (133, 146), "Sodium"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", (3.5, 5.3), "Potassium"),
    "urea": ("22664-7", "Urea [Moles/volume] in Serum or Plasma", "mmol/L", (2.5, 7.8), "Urea"),
    "creat": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", (59, 104), "Creatinine"),
    "creatF": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", (45, 84), "Creatinine"),
    "creat_us": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", (0.6, 1.2), "Creatinine"),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/{1.73_m2}", (60, None), "eGFR"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", (0, 5), "CRP"),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", (1, 20), "ESR"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (0, 40), "ALT"),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (30, 130), "ALP"),
    "bili": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", (0, 21), "Bilirubin"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", (35, 50), "Albumin"),
    "ca": ("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "mmol/L", (2.20, 2.60), "Calcium"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", (0.27, 4.2), "TSH"),
    "ft4": ("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "pmol/L", (12, 22), "Free T4"),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", (30, 400), "Ferritin"),
    "ferritinF": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", (15, 150), "Ferritin"),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "ng/L", (197, 771), "Vitamin B12"),
    "folate": ("2284-8", "Folate [Mass/volume] in Serum or Plasma", "ug/L", (3.9, 26.8), "Folate"),
    "hba1c": ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol", (20, 41), "HbA1c"),
    "hba1c_pct": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", (4.0, 5.6), "HbA1c"),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (40, 320), "CK"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ug/L", (0, 4.0), "PSA"),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "ng/L", (0, 400), "NT-proBNP"),
    "trop": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "ng/L", (0, 34), "hs-Troponin I"),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "mg/L", (0, 0.5), "D-dimer"),
    "ca125": ("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma", "U/mL", (0, 35), "CA-125"),
    "ldh": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "U/L", (135, 225), "LDH"),
    "hapto": ("4542-7", "Haptoglobin [Mass/volume] in Serum or Plasma", "g/L", (0.3, 2.0), "Haptoglobin"),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", (20, 50), "Transferrin saturation"),
    "ttg": ("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum", "U/mL", (0, 7), "tTG IgA"),
    "rf": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "[IU]/mL", (0, 14), "Rheumatoid factor"),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", (0, 50), "Faecal calprotectin"),
    "glucose": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L", (3.5, 7.8), "Glucose"),
    "chol": ("14647-2", "Cholesterol [Moles/volume] in Serum or Plasma", "mmol/L", (0, 5.0), "Cholesterol"),
    "hct": ("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "L/L", (0.40, 0.52), "Haematocrit"),
    "hctF": ("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count", "L/L", (0.36, 0.46), "Haematocrit"),
    "epo": ("15061-5", "Erythropoietin (EPO) [Units/volume] in Serum or Plasma", "m[IU]/mL", (4.3, 29.0), "Erythropoietin"),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", (0.8, 1.2), "INR"),
    "kflc": ("36916-5", "Kappa light chains.free [Mass/volume] in Serum", "mg/L", (3.3, 19.4), "Free kappa"),
    "lflc": ("33944-0", "Lambda light chains.free [Mass/volume] in Serum", "mg/L", (5.7, 26.3), "Free lambda"),
}

VITALS = {
    "hr": ("8867-4", "Heart rate", "/min", "beats/minute"),
    "rr": ("9279-1", "Respiratory rate", "/min", "breaths/minute"),
    "temp": ("8310-5", "Body temperature", "Cel", "C"),
    "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
    "wt": ("29463-7", "Body weight", "kg", "kg"),
    "ht": ("8302-2", "Body height", "cm", "cm"),
    "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2"),
}

BANNED = re.compile(r"\btest\b|\btests\b|\btesting\b|scenario|blind|near[ -]?miss", re.I)

# ---------------------------------------------------------------- the case builder

PREFIX = {"Organization": "org", "Practitioner": "pr", "Encounter": "enc", "Condition": "cond",
          "Observation": "obs", "DiagnosticReport": "dr", "MedicationRequest": "mrq", "MedicationStatement": "mst",
          "MedicationAdministration": "mad", "ServiceRequest": "srq", "Procedure": "proc", "CarePlan": "cp",
          "Communication": "com", "QuestionnaireResponse": "qr", "Flag": "flag", "DocumentReference": "doc",
          "ClinicalImpression": "ci", "Coverage": "cov", "AllergyIntolerance": "alg", "Immunization": "imm",
          "Appointment": "appt", "EpisodeOfCare": "eoc", "Specimen": "spec", "Goal": "goal", "CareTeam": "ct",
          "PractitionerRole": "prr"}


class Case:
    def __init__(self, cid, org_key):
        self.cid = cid
        self.o = ORGS[org_key]
        self.tz = self.o["tz"]
        self.entries = []
        self.counter = collections.Counter()
        self.pat = "Patient/" + cid
        self.sex = None
        self.org = self.add("Organization", {
            "identifier": [{"system": self.o["ident_system"], "value": self.o["ident"]}],
            "active": True,
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "name": self.o["name"],
            "telecom": [{"system": "phone", "value": self.o["phone"], "use": "work"}],
            "address": [self._addr("1 Infirmary Road")],
        }, "org")

    # -- plumbing
    def _addr(self, line):
        a = {"use": "work", "line": [line], "city": self.o["city"], "postalCode": self.o["postcode"],
             "country": self.o["country"]}
        if self.o["state"]:
            a["state"] = self.o["state"]
        return a

    def dt(self, d, t="09:30:00"):
        if "T" in d:
            return d
        return f"{d}T{t}{self.tz}"

    def add(self, rt, body, slug=None):
        if slug is None and rt != "Patient":
            self.counter[rt] += 1
            slug = f"{PREFIX[rt]}-{self.counter[rt]}"
        rid = f"{self.cid}-{slug}" if rt != "Patient" else self.cid
        res = {"resourceType": rt, "id": rid}
        res.update(body)
        self.entries.append({
            "fullUrl": f"{self.o['base']}/{rt}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rt}/{rid}"},
        })
        return f"{rt}/{rid}"

    # -- people and places
    def patient(self, family, given, gender, birth, ident, prefix=None, line="12 Orchard Close", phone=None,
                gp=None, extra_ident=None, marital=None):
        self.sex = gender
        name = {"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}
        if prefix:
            name["prefix"] = [prefix]
        idents = [{"system": self.o["pid_system"], "value": ident}]
        if extra_ident:
            idents.append({"system": self.o["mrn_system"], "value": extra_ident,
                           "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number"))})
        body = {"identifier": idents, "active": True, "name": [name], "gender": gender, "birthDate": birth,
                "address": [dict(self._addr(line), use="home")],
                "communication": [{"language": cc(("urn:ietf:bcp:47", self.o["lang"], "English"))}],
                "managingOrganization": ref(self.org)}
        if phone:
            body["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if gp:
            body["generalPractitioner"] = [ref(gp)]
        if marital:
            body["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                        {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
        return self.add("Patient", body, None)

    def pract(self, family, given, prefix="Dr", qual=None, ident=None):
        body = {"active": True, "name": [{"family": family, "given": [given], "prefix": [prefix]}]}
        if ident:
            body["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if qual:
            body["qualification"] = [{"code": txt(qual)}]
        return self.add("Practitioner", body)

    def org2(self, name, typ="prov", ident=None, line="Health Centre, High Street"):
        body = {"active": True, "name": name,
                "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", typ,
                             {"prov": "Healthcare Provider", "ins": "Insurance Company", "govt": "Government",
                              "dept": "Hospital Department"}[typ]))],
                "address": [self._addr(line)]}
        if ident:
            body["identifier"] = [{"system": ident[0], "value": ident[1]}]
        return self.add("Organization", body)

    def coverage(self, payor, type_cc, subscriber_id=None, start="2020-01-01"):
        body = {"status": "active", "type": type_cc, "beneficiary": ref(self.pat),
                "relationship": cc((SUBREL, "self", "Self")),
                "period": {"start": start}, "payor": [ref(payor)]}
        if subscriber_id:
            body["subscriberId"] = subscriber_id
        return self.add("Coverage", body)

    # -- encounters
    def enc(self, start, cls="AMB", type_text="Outpatient consultation", end=None, status="finished", reason=None,
            prac=None, org=None, type_cc=None, priority=None, admit=None, disch=None, service=None, slug=None,
            reason_ref=None):
        cls_disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                    "HH": "home health", "SS": "short stay", "ACUTE": "inpatient acute"}[cls]
        body = {"status": status, "class": coding(ACTCODE, cls, cls_disp),
                "type": [type_cc or txt(type_text)], "subject": ref(self.pat)}
        if service:
            body["serviceType"] = service
        if priority:
            body["priority"] = cc((ACTPRIO, priority, {"EM": "emergency", "R": "routine", "EL": "elective",
                                                       "UR": "urgent"}[priority]))
        if prac:
            body["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                                 "PPRF", "primary performer"))], "individual": ref(prac)}]
        per = {"start": self.dt(start)}
        if end:
            per["end"] = self.dt(end, "16:00:00")
        elif status == "finished":
            per["end"] = self.dt(start, "10:00:00")
        if status == "planned":
            per = {"start": self.dt(start)}
        body["period"] = per
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if reason_ref:
            body["reasonReference"] = [ref(r) for r in reason_ref]
        if admit or disch:
            h = {}
            if admit:
                h["admitSource"] = cc((ADMIT, admit, {"emd": "From accident/emergency department", "gp":
                                                      "General Practitioner referral", "outp": "From outpatient department",
                                                      "hosp-trans": "Transferred from other hospital", "born": "Born in hospital",
                                                      "mp": "Medical Practitioner/physician referral", "other": "Other",
                                                      "psych": "From psychiatric hospital"}[admit]))
            if disch:
                h["dischargeDisposition"] = cc((DISCH, disch, {"home": "Home", "other-hcf": "Other healthcare facility",
                                                               "hosp": "Hospice", "alt-home": "Alternative home",
                                                               "snf": "Skilled nursing facility"}[disch]))
            body["hospitalization"] = h
        body["serviceProvider"] = ref(org or self.org)
        return self.add("Encounter", body, slug)

    # -- problems
    def cond(self, code_cc, onset=None, clin="active", ver="confirmed", cat="problem-list-item", abate=None,
             note=None, enc=None, recorded=None, asserter=None, severity=None, stage=None, evidence=None,
             body_site=None, onset_string=None):
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        body = {}
        if clin:
            body["clinicalStatus"] = cc((CCLIN, clin, clin.capitalize()))
        body["verificationStatus"] = cc((CVER, ver, ver.capitalize()))
        body["category"] = [cc((CCAT, cat, cat_disp))]
        if severity:
            body["severity"] = severity
        body["code"] = code_cc
        if body_site:
            body["bodySite"] = [body_site]
        body["subject"] = ref(self.pat)
        if enc:
            body["encounter"] = ref(enc)
        if onset:
            body["onsetDateTime"] = onset
        elif onset_string:
            body["onsetString"] = onset_string
        if abate:
            assert clin in ("inactive", "resolved", "remission"), "con-4"
            body["abatementDateTime"] = abate
        if recorded or onset:
            body["recordedDate"] = recorded or onset
        if asserter:
            body["asserter"] = ref(asserter)
        if stage:
            body["stage"] = [{"summary": stage}]
        if evidence:
            body["evidence"] = [{"detail": [ref(e) for e in evidence]}]
        if note:
            body["note"] = [{"text": note}]
        return self.add("Condition", body)

    # -- observations
    def _obs(self, code_cc, date, cat, enc=None, perf=None, status="final", method=None, note=None, slug=None):
        body = {"status": status,
                "category": [cc((OCAT, cat, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                             "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                             "social-history": "Social History", "procedure": "Procedure",
                                             "therapy": "Therapy", "activity": "Activity"}[cat]))],
                "code": code_cc, "subject": ref(self.pat)}
        if enc:
            body["encounter"] = ref(enc)
        body["effectiveDateTime"] = self.dt(date, "08:45:00")
        if cat == "laboratory":
            body["issued"] = self.dt(date, "14:20:00")
        if perf:
            body["performer"] = [ref(p) for p in (perf if isinstance(perf, list) else [perf])]
        if method:
            body["method"] = method
        if note:
            body["note"] = [{"text": note}]
        return body

    def lab(self, key, value, date, enc=None, interp_code="auto", rng=None, note=None, perf=None, slug=None):
        code, disp, unit, (lo, hi), short = LAB[key]
        if rng:
            lo, hi = rng
        body = self._obs(cc((LOINC, code, disp), text=short), date, "laboratory", enc, perf, note=note)
        body["valueQuantity"] = qty(value, unit)
        if interp_code == "auto":
            interp_code = "N"
            if lo is not None and value < lo:
                interp_code = "L"
            if hi is not None and value > hi:
                interp_code = "H"
        if interp_code:
            body["interpretation"] = interp(interp_code)
        rr = {}
        if lo is not None:
            rr["low"] = qty(lo, unit)
        if hi is not None:
            rr["high"] = qty(hi, unit)
        if rr:
            body["referenceRange"] = [rr]
        return self.add("Observation", body, slug)

    def labs(self, date, items, enc=None, report=None, conclusion=None, perf=None, dr_status="final",
             report_cat="CH"):
        """items: list of (key, value) or (key, value, interp) tuples; optional DiagnosticReport grouping."""
        refs = []
        for it in items:
            key, val = it[0], it[1]
            ic = it[2] if len(it) > 2 else "auto"
            refs.append(self.lab(key, val, date, enc=enc, interp_code=ic, perf=perf))
        if report:
            self.report(report, date, refs, conclusion=conclusion, enc=enc, cat=report_cat, status=dr_status)
        return refs

    def qual(self, code_cc, value_cc, date, cat="laboratory", enc=None, interp_code=None, note=None, perf=None):
        body = self._obs(code_cc, date, cat, enc, perf, note=note)
        body["valueCodeableConcept"] = value_cc
        if interp_code:
            body["interpretation"] = interp(interp_code)
        return self.add("Observation", body)

    def text_obs(self, code_cc, value, date, cat="exam", enc=None, interp_code=None, perf=None):
        body = self._obs(code_cc, date, cat, enc, perf)
        body["valueString"] = value
        if interp_code:
            body["interpretation"] = interp(interp_code)
        return self.add("Observation", body)

    def score(self, code_cc, value, date, enc=None, cat="survey", unit=None, interp_code=None, note=None,
              perf=None, rng=None):
        body = self._obs(code_cc, date, cat, enc, perf, note=note)
        if isinstance(value, int) and unit is None:
            body["valueInteger"] = value
        else:
            body["valueQuantity"] = qty(value, unit or "{score}")
        if interp_code:
            body["interpretation"] = interp(interp_code)
        if rng:
            body["referenceRange"] = [{"text": rng}]
        return self.add("Observation", body)

    def pain(self, value, date, enc=None, note=None, perf=None):
        return self.score(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
                              text="Pain score (NRS 0-10)"), value, date, enc, note=note, perf=perf)

    def phq9(self, value, date, enc=None):
        return self.score(lnc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]",
                              text="PHQ-9 total score"), value, date, enc)

    def gad7(self, value, date, enc=None):
        return self.score(lnc("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]",
                              text="GAD-7 total score"), value, date, enc)

    def symptom(self, code_cc, date, enc=None, note=None, perf=None):
        body = self._obs(lnc("75325-1", "Symptom", text="Presenting symptom"), date, "exam", enc, perf, note=note)
        body["valueCodeableConcept"] = code_cc
        return self.add("Observation", body)

    def vital(self, key, value, date, enc=None, interp_code=None):
        code, disp, unit, human = VITALS[key]
        body = self._obs(cc((LOINC, code, disp)), date, "vital-signs", enc)
        body["valueQuantity"] = qty(value, human if unit != "Cel" else "Cel", unit)
        if interp_code:
            body["interpretation"] = interp(interp_code)
        return self.add("Observation", body)

    def bp(self, sys_, dia, date, enc=None):
        body = self._obs(cc((LOINC, "85354-9", "Blood pressure panel with all children optional"),
                            text="Blood pressure"), date, "vital-signs", enc)
        body["component"] = [
            {"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sys_, "mmHg", "mm[Hg]")},
            {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dia, "mmHg", "mm[Hg]")},
        ]
        return self.add("Observation", body)

    def news2(self, value, date, enc=None):
        return self.score(cc((SCT, "1104051000000101",
                              "Royal College of Physicians National Early Warning Score 2 (NEWS2) total score"),
                             text="NEWS2 score"), value, date, enc, cat="exam")

    def report(self, code_cc, date, results, conclusion=None, enc=None, cat="CH", status="final", perf=None,
               conclusion_code=None, presented=None):
        cat_disp = {"CH": "Chemistry", "HM": "Hematology", "RAD": "Radiology", "PAT": "Pathology (gross & histopath, not surgical)",
                    "LAB": "Laboratory", "SP": "Surgical Pathology", "CUS": "Cardiac Ultrasound", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)",
                    "OTH": "Other", "PF": "Pulmonary Function", "NMR": "Nuclear Magnetic Resonance", "CT": "CAT Scan",
                    "IMM": "Immunology", "OUS": "OB Ultrasound", "RUS": "Radiology Ultrasound", "GE": "Genetics",
                    "NRS": "Nursing Service Measures", "PHY": "Physician (Hx. Dx, admission note, etc.)", "MB": "Microbiology",
                    "CP": "Cytopathology", "BG": "Blood Gases", "SR": "Serology", "VUS": "Vascular Ultrasound"}[cat]
        if isinstance(code_cc, str):
            code_cc = txt(code_cc)
        body = {"status": status, "category": [cc((V2_0074, cat, cat_disp))], "code": code_cc,
                "subject": ref(self.pat)}
        if enc:
            body["encounter"] = ref(enc)
        body["effectiveDateTime"] = self.dt(date, "08:45:00")
        body["issued"] = self.dt(date, "17:05:00")
        body["performer"] = [ref(perf or self.org)]
        if results:
            body["result"] = [ref(r) for r in results]
        if conclusion:
            body["conclusion"] = conclusion
        if conclusion_code:
            body["conclusionCode"] = [conclusion_code]
        return self.add("DiagnosticReport", body)

    # -- medicines
    def _med(self, med):
        if isinstance(med, str):
            return txt(med)
        return med

    def medreq(self, med, authored, status="active", intent="order", dosage=None, reason=None, requester=None,
               enc=None, note=None, course=None, validity=None, reason_ref=None, repeats=None):
        body = {"status": status, "intent": intent, "medicationCodeableConcept": self._med(med),
                "subject": ref(self.pat)}
        if enc:
            body["encounter"] = ref(enc)
        body["authoredOn"] = self.dt(authored, "11:00:00")
        if requester:
            body["requester"] = ref(requester)
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if reason_ref:
            body["reasonReference"] = [ref(r) for r in reason_ref]
        if course:
            body["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
                                              course, {"continuous": "Continuous long term therapy", "acute": "Short course (acute) therapy",
                                                       "seasonal": "Seasonal"}[course]))
        if note:
            body["note"] = [{"text": note}]
        if dosage:
            body["dosageInstruction"] = [{"text": dosage}]
        if validity or repeats is not None:
            dr = {}
            if validity:
                dr["validityPeriod"] = {"start": validity[0]} if len(validity) == 1 else {"start": validity[0], "end": validity[1]}
            if repeats is not None:
                dr["numberOfRepeatsAllowed"] = repeats
            body["dispenseRequest"] = dr
        return self.add("MedicationRequest", body)

    def medstmt(self, med, start, status="active", end=None, dosage=None, reason=None, asserted=None, note=None,
                source=None, reason_ref=None):
        body = {"status": status, "medicationCodeableConcept": self._med(med), "subject": ref(self.pat)}
        per = {"start": start}
        if end:
            per["end"] = end
        body["effectivePeriod"] = per
        body["dateAsserted"] = self.dt(asserted or start, "10:15:00")
        if source:
            body["informationSource"] = ref(source)
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if reason_ref:
            body["reasonReference"] = [ref(r) for r in reason_ref]
        if note:
            body["note"] = [{"text": note}]
        if dosage:
            body["dosage"] = [{"text": dosage}]
        return self.add("MedicationStatement", body)

    def medadmin(self, med, date, dose=None, route=None, enc=None, performer=None, request=None, note=None,
                 status="completed", reason=None, end=None):
        body = {"status": status, "medicationCodeableConcept": self._med(med), "subject": ref(self.pat)}
        if enc:
            body["context"] = ref(enc)
        if end:
            body["effectivePeriod"] = {"start": self.dt(date, "10:00:00"), "end": self.dt(end, "13:30:00")}
        else:
            body["effectiveDateTime"] = self.dt(date, "10:00:00")
        if performer:
            body["performer"] = [{"actor": ref(performer)}]
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if request:
            body["request"] = ref(request)
        if note:
            body["note"] = [{"text": note}]
        dos = {}
        if dose:
            dos["dose"] = qty(*dose) if isinstance(dose, tuple) else dose
        if route:
            dos["route"] = route
        if dos:
            dos["text"] = note or "as prescribed"
            body["dosage"] = dos
        return self.add("MedicationAdministration", body)

    # -- orders, procedures, plans
    def sr(self, code_cc, authored, status="active", intent="order", occurrence=None, reason=None, requester=None,
           performer=None, category=None, priority="routine", note=None, enc=None, reason_ref=None, body_site=None,
           slug=None, based_on=None, occurrence_period=None):
        body = {"status": status, "intent": intent}
        if based_on:
            body["basedOn"] = [ref(b) for b in based_on]
        if category:
            body["category"] = [category]
        body["priority"] = priority
        body["code"] = code_cc
        body["subject"] = ref(self.pat)
        if enc:
            body["encounter"] = ref(enc)
        if occurrence:
            body["occurrenceDateTime"] = self.dt(occurrence, "08:00:00") if "-" in occurrence and len(occurrence) == 10 else occurrence
        if occurrence_period:
            body["occurrencePeriod"] = {"start": occurrence_period[0], "end": occurrence_period[1]}
        body["authoredOn"] = self.dt(authored, "12:10:00")
        if requester:
            body["requester"] = ref(requester)
        if performer:
            body["performer"] = [ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            body["reasonCode"] = [r if isinstance(r, dict) else txt(r) for r in (reason if isinstance(reason, list) else [reason])]
        if reason_ref:
            body["reasonReference"] = [ref(r) for r in reason_ref]
        if body_site:
            body["bodySite"] = [body_site]
        if note:
            body["note"] = [{"text": note}]
        return self.add("ServiceRequest", body, slug)

    def proc(self, code_cc, date=None, status="completed", performer=None, reason_ref=None, reason=None, note=None,
             enc=None, outcome=None, body_site=None, end=None, category=None, based_on=None, status_reason=None):
        body = {"status": status}
        if based_on:
            body["basedOn"] = [ref(b) for b in based_on]
        if status_reason:
            body["statusReason"] = status_reason
        if category:
            body["category"] = category
        body["code"] = code_cc
        body["subject"] = ref(self.pat)
        if enc:
            body["encounter"] = ref(enc)
        if date:
            if end:
                body["performedPeriod"] = {"start": self.dt(date, "09:00:00"), "end": self.dt(end, "12:00:00")}
            else:
                body["performedDateTime"] = self.dt(date, "10:30:00")
        if performer:
            body["performer"] = [{"actor": ref(p)} for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        if reason_ref:
            body["reasonReference"] = [ref(r) for r in reason_ref]
        if body_site:
            body["bodySite"] = [body_site]
        if outcome:
            body["outcome"] = txt(outcome)
        if note:
            body["note"] = [{"text": note}]
        return self.add("Procedure", body)

    def careplan(self, title, created, status="active", intent="plan", category=None, addresses=None, author=None,
                 activities=None, description=None, start=None, note=None, enc=None):
        body = {"status": status, "intent": intent}
        if category:
            body["category"] = category if isinstance(category, list) else [category]
        body["title"] = title
        if description:
            body["description"] = description
        body["subject"] = ref(self.pat)
        if enc:
            body["encounter"] = ref(enc)
        body["period"] = {"start": start or created}
        body["created"] = self.dt(created, "15:00:00")
        if author:
            body["author"] = ref(author)
        if addresses:
            body["addresses"] = [ref(a) for a in addresses]
        if activities:
            acts = []
            for a in activities:
                det = {"kind": a.get("kind", "ServiceRequest"), "status": a.get("status", "scheduled")}
                if a.get("code"):
                    det["code"] = a["code"]
                det["description"] = a["desc"]
                acts.append({"detail": det})
            body["activity"] = acts
        if note:
            body["note"] = [{"text": note}]
        return self.add("CarePlan", body)

    def comm(self, sent, text, sender, recipient=None, status="completed", category=None, about=None,
             medium=None, in_response=None, topic=None):
        body = {"status": status}
        if in_response:
            body["inResponseTo"] = [ref(in_response)]
        if category:
            body["category"] = [category]
        if medium:
            body["medium"] = [medium]
        body["subject"] = ref(self.pat)
        if topic:
            body["topic"] = topic
        if about:
            body["about"] = [ref(a) for a in about]
        body["sent"] = self.dt(sent, "19:42:00")
        if recipient:
            body["recipient"] = [ref(r) for r in (recipient if isinstance(recipient, list) else [recipient])]
        body["sender"] = ref(sender)
        body["payload"] = [{"contentString": text}]
        return self.add("Communication", body)

    def qresp(self, authored, items, questionnaire=None, author=None, enc=None, status="completed"):
        """items: list of (linkId, text, answer) where answer is bool/int/float/str/dict(Coding)."""
        its = []
        for link, text, ans in items:
            it = {"linkId": link, "text": text}
            if ans is not None:
                if isinstance(ans, bool):
                    a = {"valueBoolean": ans}
                elif isinstance(ans, int):
                    a = {"valueInteger": ans}
                elif isinstance(ans, float):
                    a = {"valueDecimal": ans}
                elif isinstance(ans, dict):
                    a = {"valueCoding": ans}
                else:
                    a = {"valueString": ans}
                it["answer"] = [a]
            its.append(it)
        body = {}
        if questionnaire:
            body["questionnaire"] = questionnaire
        body["status"] = status
        body["subject"] = ref(self.pat)
        if enc:
            body["encounter"] = ref(enc)
        body["authored"] = self.dt(authored, "10:05:00")
        body["author"] = ref(author or self.pat)
        body["source"] = ref(self.pat)
        body["item"] = its
        return self.add("QuestionnaireResponse", body)

    def flag(self, code_cc, start, author, category="clinical", status="active", enc=None, end=None):
        body = {"status": status,
                "category": [cc((FLAGCAT, category, {"clinical": "Clinical", "admin": "Administrative", "contact": "Subject Contact",
                                                     "behavioral": "Behavioral", "safety": "Safety"}[category]))],
                "code": code_cc, "subject": ref(self.pat), "period": {"start": self.dt(start, "11:20:00")}}
        if end:
            body["period"]["end"] = self.dt(end, "11:20:00")
        if enc:
            body["encounter"] = ref(enc)
        body["author"] = ref(author)
        return self.add("Flag", body)

    def note(self, type_cc, date, text, author=None, title=None, enc=None, category=None, custodian=True,
             status="current"):
        if isinstance(type_cc, str):
            type_cc = txt(type_cc)
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        body = {"status": status, "docStatus": "final", "type": type_cc}
        if category:
            body["category"] = [category]
        body["subject"] = ref(self.pat)
        body["date"] = self.dt(date, "17:30:00")
        if author:
            body["author"] = [ref(a) for a in (author if isinstance(author, list) else [author])]
        if custodian:
            body["custodian"] = ref(self.org)
        att = {"contentType": "text/plain", "language": self.o["lang"], "data": data,
               "title": title or type_cc.get("text", "Clinical note"), "creation": self.dt(date, "17:00:00")}
        body["content"] = [{"attachment": att}]
        if enc:
            body["context"] = {"encounter": [ref(enc)]}
        return self.add("DocumentReference", body)

    def impression(self, date, summary, assessor=None, problems=None, findings=None, description=None, enc=None,
                   status="completed", note=None, code=None):
        body = {"status": status}
        if code:
            body["code"] = code
        if description:
            body["description"] = description
        body["subject"] = ref(self.pat)
        if enc:
            body["encounter"] = ref(enc)
        body["effectiveDateTime"] = self.dt(date, "12:00:00")
        body["date"] = self.dt(date, "12:30:00")
        if assessor:
            body["assessor"] = ref(assessor)
        if problems:
            body["problem"] = [ref(p) for p in problems]
        body["summary"] = summary
        if findings:
            body["finding"] = [{"itemCodeableConcept": f} if isinstance(f, dict) else {"itemReference": ref(f)}
                               for f in findings]
        if note:
            body["note"] = [{"text": note}]
        return self.add("ClinicalImpression", body)

    def allergy(self, code_cc, recorded, reaction=None, crit="low"):
        body = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                "type": "allergy", "category": ["medication"], "criticality": crit, "code": code_cc,
                "patient": ref(self.pat), "recordedDate": self.dt(recorded)}
        if reaction:
            body["reaction"] = [{"manifestation": [reaction]}]
        return self.add("AllergyIntolerance", body)

    def nkda(self, recorded):
        body = {"clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
                "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
                "code": sct("716186003", "No known allergy"), "patient": ref(self.pat), "recordedDate": self.dt(recorded)}
        return self.add("AllergyIntolerance", body)

    def immunization(self, vaccine_cc, date, lot=None):
        body = {"status": "completed", "vaccineCode": vaccine_cc, "patient": ref(self.pat),
                "occurrenceDateTime": self.dt(date, "10:10:00"), "primarySource": True}
        if lot:
            body["lotNumber"] = lot
        return self.add("Immunization", body)

    def appointment(self, start, end, desc, prac=None, status="booked", service=None, reason=None, based_on=None):
        parts = [{"actor": ref(self.pat), "status": "accepted"}]
        if prac:
            parts.append({"actor": ref(prac), "status": "accepted"})
        body = {"status": status}
        if service:
            body["serviceType"] = [service]
        if reason:
            body["reasonCode"] = [reason if isinstance(reason, dict) else txt(reason)]
        body["description"] = desc
        body["start"] = self.dt(start, "09:00:00") if len(start) == 10 else start
        body["end"] = self.dt(end, "09:30:00") if len(end) == 10 else end
        if based_on:
            body["basedOn"] = [ref(b) for b in based_on]
        body["participant"] = parts
        return self.add("Appointment", body)

    def episode(self, type_text, start, status="active", end=None, conditions=None, manager=None):
        per = {"start": start}
        if end:
            per["end"] = end
        body = {"status": status, "type": [txt(type_text)], "patient": ref(self.pat),
                "managingOrganization": ref(self.org), "period": per}
        if conditions:
            body["diagnosis"] = [{"condition": ref(c)} for c in conditions]
        if manager:
            body["careManager"] = ref(manager)
        return self.add("EpisodeOfCare", body)

    def bundle(self):
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction", "entry": self.entries}


# ---------------------------------------------------------------- minimal R4 structural validation
REQUIRED = {
    "Encounter": ["status", "class"], "Condition": ["subject"], "Observation": ["status", "code"],
    "DiagnosticReport": ["status", "code"], "MedicationRequest": ["status", "intent", "medicationCodeableConcept", "subject"],
    "MedicationStatement": ["status", "medicationCodeableConcept", "subject"],
    "MedicationAdministration": ["status", "medicationCodeableConcept", "subject"],
    "ServiceRequest": ["status", "intent", "subject"], "Procedure": ["status", "subject"],
    "CarePlan": ["status", "intent", "subject"], "Communication": ["status"], "QuestionnaireResponse": ["status"],
    "Flag": ["status", "code", "subject"], "DocumentReference": ["status", "content"],
    "ClinicalImpression": ["status", "subject"], "Coverage": ["status", "beneficiary", "payor"],
    "AllergyIntolerance": ["patient"], "Immunization": ["status", "vaccineCode", "patient"],
    "Appointment": ["status", "participant"], "EpisodeOfCare": ["status", "patient"],
}
STATUS_OK = {
    "Encounter": {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled"},
    "Observation": {"registered", "preliminary", "final", "amended", "corrected", "cancelled"},
    "DiagnosticReport": {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled"},
    "MedicationRequest": {"active", "on-hold", "cancelled", "completed", "stopped", "draft", "unknown"},
    "MedicationStatement": {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"},
    "MedicationAdministration": {"in-progress", "not-done", "on-hold", "completed", "stopped", "unknown"},
    "ServiceRequest": {"draft", "active", "on-hold", "revoked", "completed", "unknown"},
    "Procedure": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "unknown"},
    "CarePlan": {"draft", "active", "on-hold", "revoked", "completed", "unknown"},
    "Communication": {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "unknown"},
    "QuestionnaireResponse": {"in-progress", "completed", "amended", "stopped"},
    "Flag": {"active", "inactive"}, "DocumentReference": {"current", "superseded"},
    "ClinicalImpression": {"in-progress", "completed"}, "Coverage": {"active", "cancelled", "draft"},
    "Appointment": {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "checked-in", "waitlist"},
    "EpisodeOfCare": {"planned", "waitlist", "active", "onhold", "finished", "cancelled"},
    "Immunization": {"completed", "not-done"},
}
INTENT_OK = {
    "MedicationRequest": {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    "ServiceRequest": {"proposal", "plan", "directive", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    "CarePlan": {"proposal", "plan", "order", "option"},
}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
DATE_KEYS = {"birthDate", "start", "end", "onsetDateTime", "abatementDateTime", "recordedDate", "effectiveDateTime",
             "issued", "authoredOn", "occurrenceDateTime", "performedDateTime", "created", "sent", "authored", "date",
             "dateAsserted", "creation"}
INSTANT_KEYS = {"issued"}


ALWAYS_LIST = {"coding", "given", "line", "prefix", "telecom", "interpretation", "referenceRange", "component",
               "note", "reasonCode", "reasonReference", "basedOn", "answer", "item", "payload", "result",
               "identifier", "dosageInstruction", "addresses", "activity", "problem", "finding", "bodySite",
               "recipient", "generalPractitioner", "qualification", "communication", "payor", "content",
               "diagnosis", "about", "medium", "stage", "evidence", "conclusionCode", "participant"}
TOP_LIST = {"category": {"Observation", "Condition", "DiagnosticReport", "ServiceRequest", "CarePlan", "Communication",
                         "Flag", "DocumentReference", "AllergyIntolerance", "MedicationRequest"},
            "type": {"Encounter", "Organization", "EpisodeOfCare"},
            "author": {"DocumentReference"},
            "performer": {"Observation", "DiagnosticReport", "ServiceRequest", "Procedure", "MedicationAdministration"},
            "name": {"Patient", "Practitioner"},
            "address": {"Patient", "Practitioner", "Organization"}}
TOP_SINGLE = {"category": {"Procedure", "MedicationStatement"}, "type": {"Coverage", "DocumentReference"},
              "author": {"CarePlan", "Flag", "QuestionnaireResponse"}, "serviceType": {"Encounter"},
              "name": {"Organization"}}


def _walk(node, path, errs, rt, depth=0):
    if isinstance(node, dict):
        for k, v in node.items():
            p = f"{path}.{k}"
            if k in DATE_KEYS and isinstance(v, str):
                if not (DATE_RE.match(v) or DATETIME_RE.match(v)):
                    errs.append(f"{p}: bad date {v!r}")
                if (k in INSTANT_KEYS or (k == "date" and rt == "DocumentReference" and depth == 0)) \
                        and not DATETIME_RE.match(v):
                    errs.append(f"{p}: instant needs time and zone {v!r}")
            if k == "valueQuantity" or (k in ("low", "high", "dose") and isinstance(v, dict) and "value" in v):
                if not isinstance(v.get("value"), (int, float)) or v.get("system") != UCUM or not v.get("code"):
                    errs.append(f"{p}: bad Quantity {v}")
            if k == "valueInteger" and not (isinstance(v, int) and not isinstance(v, bool)):
                errs.append(f"{p}: valueInteger not integer")
            if k in ALWAYS_LIST and not isinstance(v, list):
                errs.append(f"{p}: expected a list")
            if depth == 0 and rt in TOP_LIST.get(k, ()) and not isinstance(v, list):
                errs.append(f"{p}: expected a list")
            if depth == 0 and rt in TOP_SINGLE.get(k, ()) and isinstance(v, list):
                errs.append(f"{p}: expected a single value")
            _walk(v, p, errs, rt, depth + 1)
    elif isinstance(node, list):
        for x in node:
            if isinstance(x, list):
                errs.append(f"{path}: nested list")
            _walk(x, path, errs, rt, depth)


def validate(bundle):
    errs = []
    for e in bundle["entry"]:
        r = e["resource"]
        rt = r["resourceType"]
        for f in REQUIRED.get(rt, []):
            if f not in r:
                errs.append(f"{r['id']}: missing {f}")
        if rt in STATUS_OK and r.get("status") not in STATUS_OK[rt]:
            errs.append(f"{r['id']}: bad status {r.get('status')}")
        if rt in INTENT_OK and r.get("intent") not in INTENT_OK[rt]:
            errs.append(f"{r['id']}: bad intent {r.get('intent')}")
        if rt == "Encounter" and not isinstance(r.get("class"), dict):
            errs.append(f"{r['id']}: Encounter.class must be a Coding")
        if rt == "Condition" and r.get("abatementDateTime"):
            if r["clinicalStatus"]["coding"][0]["code"] not in ("inactive", "resolved", "remission"):
                errs.append(f"{r['id']}: con-4")
        if rt == "Observation":
            vals = [k for k in r if k.startswith("value")]
            if len(vals) > 1:
                errs.append(f"{r['id']}: several value[x]")
        if rt == "Appointment" and (("start" in r) != ("end" in r)):
            errs.append(f"{r['id']}: app-2")
        if rt == "MedicationAdministration" and not any(k.startswith("effective") for k in r):
            errs.append(f"{r['id']}: MedicationAdministration.effective[x] missing")
        if rt == "Immunization" and not any(k.startswith("occurrence") for k in r):
            errs.append(f"{r['id']}: Immunization.occurrence[x] missing")
        if rt == "QuestionnaireResponse":
            for it in r.get("item", []):
                if "linkId" not in it:
                    errs.append(f"{r['id']}: item without linkId")
        if rt == "CarePlan":
            for a in r.get("activity", []):
                if "status" not in a.get("detail", {}):
                    errs.append(f"{r['id']}: activity.detail.status missing")
        _walk(r, rt, errs, rt)
    return errs


# ---------------------------------------------------------------- registry
CASES = []


def case(target, kind, expected, org, summary, why):
    def deco(fn):
        CASES.append(dict(target=target, kind=kind, expected=expected, org=org, summary=summary, why=why, fn=fn,
                          key=fn.__name__))
        return fn
    return deco


def b64note_text(s):
    return s



def _decoded_notes(bundle):
    for e in bundle["entry"]:
        r = e["resource"]
        if r["resourceType"] == "DocumentReference":
            for c in r["content"]:
                yield r["id"], base64.b64decode(c["attachment"]["data"]).decode("utf-8")


def _readme(rows):
    org_lines = []
    for k, o in ORGS.items():
        org_lines.append(f"- **{o['name']}** ({o['label']}; FHIR base `{o['base']}`)")
    styles = {
        "A": "SNOMED CT (UK edition) diagnoses, GP summary records with Read-style local codes, OPCS-4 procedure codes, "
             "waiting-list entries, NEWS2 scores, NICE-pathway clinic letters, Hb in g/L, NHS numbers.",
        "B": "ICD-10-AM diagnoses (often alongside SNOMED CT-AU), ACHI procedure codes, PBS medicines as text, discharge "
             "summaries, Australian spelling, long outpatient waits (urgency categories), Medicare coverage.",
        "C": "Blood counts in series, marrow and flow reports, conditioning regimens, transplant work-up, transfusion "
             "records, GVHD follow-up; SNOMED CT, LOINC and local regimen codes.",
        "D": "US-style record: ICD-10-CM, CPT, RxNorm, pain NRS, PROMIS and other patient-reported instruments with local "
             "codes, long symptom histories, many normal investigations, psychology notes.",
    }
    lines = [
        "# Evaluation set 44: 40 synthetic FHIR R4 records for second-opinion criteria",
        "",
        "## How it was written",
        "",
        "The set was written without access to the product, its rules, its other evaluation sets or its source. "
        "Inputs were only the task brief (the eight published criteria and their default definitions), the FHIR R4 "
        "specification, public terminologies (SNOMED CT, ICD-10-CM, ICD-10-AM, ICD-10, OPCS-4, ACHI, CPT, LOINC, "
        "RxNorm, UCUM, HL7 code systems) and clinical knowledge. All people, organisations and identifiers are fictitious.",
        "",
        "Every record is produced by `gen/build.py` (`python3 gen/build.py` regenerates `cases/`, `expectations.json` "
        "and this README). The script also runs a small structural check of FHIR R4 datatypes and required elements "
        "before writing. Case numbers are shuffled with a fixed seed so that they say nothing about the expectation.",
        "",
        f"**Anchor date: {ANCHOR}.** History lies before it; planned operations, treatments and admissions after it.",
        "",
        "## Format",
        "",
        "- `cases/dc-NN.json`: one FHIR R4 `Bundle` of type `transaction` per patient; each entry has a `fullUrl` on the "
        "originating organisation's FHIR base, a resource with an explicit id (Patient id = case id, all other ids "
        "prefixed with the case id) and `request: PUT <Type>/<id>`. References are relative and resolve inside the bundle.",
        "- Clinical notes are `DocumentReference` resources with base64 `text/plain` (UTF-8) attachments.",
        "- `expectations.json`: for every case the target criterion, the kind (`positive` or `near-miss`), the list of "
        "every criterion a careful clinician would say the whole record meets (`expected`), and a short reason.",
        "- `check.py`: structural check of the set.",
        "",
        "## Organisations and their styles",
        "",
    ]
    for k, o in ORGS.items():
        lines.append(f"- **{o['name']}** ({o['label']}): {styles[k]}")
    lines += ["", "## Cases", "", "| case | target | kind | summary |", "| --- | --- | --- | --- |"]
    for r in rows:
        lines.append(f"| {r['case']} | {r['target']} | {r['kind']} | {r['summary']} |")
    lines.append("")
    return "\n".join(lines)


def main():
    order = list(range(1, N_CASES + 1))
    random.Random(SEED).shuffle(order)
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    exp, rows, problems, total = [], [], [], 0
    for i, spec in enumerate(CASES):
        cid = f"dc-{order[i]:02d}"
        c = Case(cid, spec["org"])
        spec["fn"](c)
        b = c.bundle()
        errs = validate(b)
        raw = json.dumps(b, indent=2, ensure_ascii=False)
        if BANNED.search(raw):
            errs.append("banned word: " + BANNED.search(raw).group(0))
        for rid, t in _decoded_notes(b):
            if BANNED.search(t):
                errs.append(f"{rid}: banned word in note: {BANNED.search(t).group(0)}")
        n = len(b["entry"])
        total += n
        if not 15 <= n <= 60:
            errs.append(f"{n} entries")
        if sum(1 for e in b["entry"] if e["resource"]["resourceType"] == "Patient") != 1:
            errs.append("needs exactly one Patient")
        present = {f"{e['resource']['resourceType']}/{e['resource']['id']}" for e in b["entry"]}
        for m in re.finditer(r'"reference": "([^"]+)"', raw):
            if m.group(1) not in present:
                errs.append("unresolved " + m.group(1))
        if errs:
            problems.append((cid, spec["key"], errs))
        with open(os.path.join(OUT, cid + ".json"), "w", encoding="utf-8") as f:
            f.write(raw + "\n")
        exp.append({"case": cid, "target": spec["target"], "kind": spec["kind"], "expected": spec["expected"],
                    "why": spec["why"]})
        rows.append({"case": cid, "target": spec["target"], "kind": spec["kind"], "summary": spec["summary"],
                     "n": n, "key": spec["key"], "org": spec["org"]})
    exp.sort(key=lambda x: x["case"])
    rows.sort(key=lambda x: x["case"])
    with open(os.path.join(HERE, "expectations.json"), "w", encoding="utf-8") as f:
        json.dump({"anchorDate": ANCHOR, "cases": exp}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(_readme(rows))
    for r in rows:
        print(f"{r['case']}  {r['org']}  {r['n']:>2}  {r['kind']:<9} {r['target']:<34} {r['key']}")
    print(f"{len(rows)} cases, {total} resources")
    if problems:
        for cid, key, errs in problems:
            print("PROBLEM", cid, key)
            for e in errs:
                print("   ", e)
        raise SystemExit(1)


# ================================================================= CASES
# ---------------------------------------------------------------- per-organisation scaffolding


def setup_nhs(c, practice="Ashby Road Surgery", ods="M85701", line="41 Ashby Road"):
    gp_org = c.org2(practice, "prov", ("https://fhir.nhs.uk/Id/ods-organization-code", ods), line)
    nhse = c.org2("NHS England", "govt", ("https://fhir.nhs.uk/Id/ods-organization-code", "X24"), "Wellington House")
    c.coverage(nhse, cc((COVTYPE, "PUBLICPOL", "public healthcare"), text="NHS funded care"), start="2013-04-01")
    return gp_org


def setup_au(c, practice="Kestrel Bay Family Practice", medicare="2951 84736 1", line="18 Esplanade"):
    gp_org = c.org2(practice, "prov", None, line)
    mc = c.org2("Services Australia - Medicare", "govt", None, "PO Box 1001")
    c.coverage(mc, cc((COVTYPE, "PUBLICPOL", "public healthcare"), text="Medicare Australia"), subscriber_id=medicare,
               start="2010-07-01")
    return gp_org


def setup_haem(c, referrer="Northmere Valley NHS Foundation Trust", line="Infirmary Road"):
    ref_org = c.org2(referrer, "prov", None, line)
    comm = c.org2("Regional Specialised Commissioning Hub", "govt", None, "Commissioning House")
    c.coverage(comm, cc((COVTYPE, "PUBLICPOL", "public healthcare"), text="Specialised commissioning (publicly funded)"),
               start="2015-04-01")
    return ref_org


def setup_us(c, insurer="Pine State Health Plan", member="PSH-77120934", pcp="Penobscot Family Medicine"):
    pcp_org = c.org2(pcp, "prov", None, "220 Harlow Street")
    ins = c.org2(insurer, "ins", None, "1 Insurance Plaza")
    c.coverage(ins, cc((COVTYPE, "PPO", "preferred provider organization policy"), text="Commercial PPO"),
               subscriber_id=member, start="2021-01-01")
    return pcp_org


def local(c, name, code, display):
    return (f"{c.o['local']}/{name}", code, display)


# ================================================================= PERSISTENT_SYMPTOMS_NORMAL_WORKUP

@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], "D",
      "39-year-old man, 6 months of exertional chest tightness, breathlessness and fatigue; cardiology, respiratory and "
      "blood work-up all normal; no diagnosis; told nothing is wrong",
      "Symptoms recorded on five dates over more than five months, every investigation in the window normal "
      "(ECG, troponin, echo, exercise ECG, spirometry, bloods, chest X-ray) and no explanatory diagnosis made.")
def psnw_p1_chest_breathless(c):
    pcp_org = setup_us(c)
    pcp = c.pract("Greene", "Samuel", ident=("http://hl7.org/fhir/sid/us-npi", "1548213390"), qual="MD, Family Medicine")
    card = c.pract("Voss", "Hannah", qual="MD, Cardiology")
    pulm = c.pract("Okonjo", "Chidi", qual="MD, Pulmonology")
    fx = c.pract("Moreno", "Alicia", ident=("http://hl7.org/fhir/sid/us-npi", "1720945563"), qual="MD, Internal Medicine (functional disorders)")
    c.patient("Delaney", "Marcus", "male", "1987-04-12", "MPC-0048817", line="77 Kenduskeag Avenue",
              phone="+1 555 0187 221", gp=pcp, marital="M")
    s_chest = c.cond(sct("29857009", "Chest pain", text="Exertional chest tightness"), onset="2026-06-02",
                     recorded="2026-06-10", asserter=pcp,
                     note="Central tightness on climbing stairs and carrying loads, settles within minutes of rest.")
    s_sob = c.cond(sct("267036007", "Dyspnea", text="Breathlessness on exertion"), onset="2026-06-02", recorded="2026-06-10")
    s_fat = c.cond(sct("84229001", "Fatigue", text="Fatigue"), onset="2026-05-20", recorded="2026-06-10")
    c.nkda("2026-06-10")
    e1 = c.enc("2026-06-10", "AMB", "Office visit, established patient", prac=pcp, org=pcp_org,
               type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")),
               reason="Chest tightness and breathlessness on exertion")
    c.symptom(sct("29857009", "Chest pain", text="Exertional chest tightness"), "2026-06-10", e1)
    c.bp(128, 79, "2026-06-10", e1)
    c.vital("hr", 74, "2026-06-10", e1)
    c.vital("spo2", 98, "2026-06-10", e1)
    c.vital("bmi", 26.1, "2026-06-10", e1)
    c.text_obs(lnc("8601-7", "EKG impression"), "Sinus rhythm 72/min, normal axis, no ST-T change. Normal ECG.",
               "2026-06-10", enc=e1, interp_code="N")
    labs = c.labs("2026-06-10", [("hb_us", 15.1), ("wcc_us", 6.4), ("plt_us", 251), ("creat_us", 0.94), ("tsh", 1.8),
                                 ("trop", 3), ("ddimer", 0.21), ("crp", 1.2), ("hba1c_pct", 5.2)], enc=e1)
    c.report(lnc("58410-2", "CBC panel - Blood by Automated count"), "2026-06-10", labs[:3], enc=e1, cat="HM",
             conclusion="Normal full blood count.")
    c.report(txt("Chest X-ray PA"), "2026-06-18", None, cat="RAD",
             conclusion="Clear lungs, normal heart size and mediastinum. No abnormality seen.")
    e2 = c.enc("2026-07-22", "AMB", "Cardiology consultation", prac=card, reason="Exertional chest tightness")
    c.symptom(sct("267036007", "Dyspnea", text="Breathlessness on exertion"), "2026-07-22", e2)
    c.report(lnc("34552-0", "Cardiac 2D echo panel"), "2026-07-22", None, cat="CUS", enc=e2,
             conclusion="Normal biventricular size and function, LVEF 62%, no valve disease, normal estimated PASP.")
    c.report(txt("Exercise ECG (Bruce protocol)"), "2026-07-22", None, cat="EC", enc=e2,
             conclusion="12 min 10 s, 13.4 METs, peak HR 176 (97% predicted). Stopped for leg fatigue. No ischaemic "
                        "ST change, no arrhythmia. Normal study.")
    c.note(lnc("11488-4", "Consult note"), "2026-07-22",
           "Cardiology consultation\n\nReason: exertional chest tightness and breathlessness since early June.\n"
           "Echo and exercise ECG normal; troponin and D-dimer normal at PCP. No cardiac cause identified. "
           "I have explained that his heart is structurally and functionally normal and that there is nothing wrong "
           "from a cardiac point of view. Discharged to PCP; no cardiology follow-up.\n\nDr H. Voss, Cardiology",
           author=card, enc=e2)
    e3 = c.enc("2026-08-19", "AMB", "Pulmonology consultation", prac=pulm, reason="Breathlessness on exertion")
    fev = c.score(cc(("http://loinc.org", "19926-5", "FEV1/FVC"), text="FEV1/FVC ratio"), 81, "2026-08-19", e3,
                  cat="exam", unit="%", interp_code="N", rng="> 70 %")
    fev1 = c.score(cc(("http://loinc.org", "20150-9", "FEV1"), text="FEV1"), 4.12, "2026-08-19", e3, cat="exam",
                   unit="L", interp_code="N", rng="98% predicted")
    c.report(txt("Pulmonary function study with bronchodilator"), "2026-08-19", [fev, fev1], cat="PF", enc=e3,
             conclusion="Normal spirometry without bronchodilator reversibility; normal DLCO. FeNO 14 ppb.")
    e4 = c.enc("2026-09-03", "AMB", "Office visit, established patient", prac=pcp, org=pcp_org,
               type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")),
               reason="Ongoing breathlessness and fatigue")
    c.symptom(sct("84229001", "Fatigue"), "2026-09-03", e4,
              note="Still tight-chested on stairs, cannot keep up with his children; now cut back hours at work.")
    c.sr(txt("Referral to multidisciplinary functional disorders clinic"), "2026-09-03", status="completed",
         requester=pcp, performer=fx, reason_ref=[s_chest, s_sob], note="Cardiology and pulmonology reassuring; symptoms persist.")
    e5 = c.enc("2026-10-28", "AMB", "New patient assessment", prac=fx, reason="Persistent unexplained exertional symptoms",
               type_cc=cc((CPT, "99205", "Office or other outpatient visit, new patient, high MDM")))
    c.symptom(sct("29857009", "Chest pain", text="Exertional chest tightness"), "2026-10-28", e5)
    c.phq9(5, "2026-10-28", e5)
    c.gad7(6, "2026-10-28", e5)
    c.note(lnc("11488-4", "Consult note"), "2026-10-28",
           "Meridian clinic - new patient assessment\n\n39M, software engineer, previously ran 10 km weekly. Since June: "
           "exertional chest tightness, breathlessness out of proportion to effort, marked post-exertional fatigue. "
           "Seen by PCP, cardiology and pulmonology: ECG, hs-troponin, D-dimer, echo, Bruce exercise ECG, spirometry, "
           "DLCO, chest X-ray and bloods all normal. He says he was told 'there is nothing wrong with you' and feels "
           "his symptoms are real but unexplained.\n\nPHQ-9 5, GAD-7 6 - mild, not sufficient to explain the picture.\n"
           "Assessment: persistent exertional symptoms, no unifying diagnosis yet. Differential still open.\n"
           "Plan: review in 3 weeks, symptom diary, consider cardiopulmonary exercise study.\n\nDr A. Moreno",
           author=fx, enc=e5)
    e6 = c.enc("2026-11-18", "AMB", "Follow-up visit", prac=fx, reason="Persistent exertional symptoms",
               type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
    c.symptom(sct("267036007", "Dyspnea", text="Breathlessness on exertion"), "2026-11-18", e6,
              note="Symptom diary: tightness and breathlessness on 5 of 7 days; unchanged since June.")
    c.impression("2026-11-18", "Six months of exertional chest tightness, breathlessness and fatigue. Cardiac, "
                 "respiratory and laboratory work-up normal. No diagnosis established.", assessor=fx,
                 problems=[s_chest, s_sob, s_fat], enc=e6)


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], "A",
      "46-year-old woman: GP visit for new headache, then two unscheduled A&E attendances within 10 days, each "
      "discharged as non-specific headache after normal CT and bloods",
      "Return-visit e-trigger: two unscheduled emergency attendances within 14 days of a primary-care visit for the "
      "same complaint, discharged without a diagnosis; positional headache with visual obscurations not explained.")
def psnw_p2_return_visits(c):
    gp_org = setup_nhs(c, "Ashby Road Surgery", "M85701")
    gp = c.pract("Marsh", "Fiona", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "7012345"), qual="MRCGP")
    ed1 = c.pract("Hale", "Thomas", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "6098812"), qual="FRCEM")
    ed2 = c.pract("Karim", "Aisha", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "7190443"), qual="MRCEM")
    c.patient("Whitfield", "Joanne", "female", "1980-02-14", "9434765870", prefix="Mrs", line="9 Larch Grove",
              phone="+44 7700 900461", gp=gp, extra_ident="NV1184022", marital="M")
    c.cond(cc((SCT, "195967001", "Asthma"), local(c, "gp-read", "H33..", "Asthma")), onset="2001-05-10")
    c.cond(cc((SCT, "414916001", "Obesity"), local(c, "gp-read", "22K5.", "Body Mass Index 30+ - obesity")),
           onset="2019-03-02")
    c.medstmt("Clenil Modulite 100micrograms/dose inhaler", "2019-01-10", dosage="2 puffs twice a day",
              reason="Asthma")
    c.medstmt("Salbutamol 100micrograms/dose inhaler", "2012-01-10", dosage="2 puffs when required", reason="Asthma")
    e1 = c.enc("2026-10-20", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Headache for 10 days")
    h1 = c.cond(cc((SCT, "25064002", "Headache"), local(c, "gp-read", "1B1G.", "Headache")), onset="2026-10-10",
                cat="encounter-diagnosis", enc=e1, asserter=gp)
    c.bp(132, 84, "2026-10-20", e1)
    c.vital("bmi", 34.2, "2026-10-20", e1)
    c.note(txt("GP consultation note"), "2026-10-20",
           "Ashby Road Surgery - face to face\n\nHeadache for 10 days, generalised, worse first thing in the morning "
           "and on bending; some nausea. No fever, no rash. Neuro exam grossly normal, fundi not visualised (small "
           "pupils, no dilating drops). Impression: likely tension-type headache. Paracetamol and ibuprofen, headache "
           "diary. Safety-netted: worsening, vomiting or visual symptoms to seek help.\n\nDr F. Marsh",
           author=gp, enc=e1)
    e2 = c.enc("2026-10-24", "EMER", "Emergency department attendance", end="2026-10-24", prac=ed1,
               reason="Headache with vomiting", priority="UR", admit="gp", disch="home")
    c.news2(1, "2026-10-24", e2)
    c.bp(138, 88, "2026-10-24", e2)
    labs = c.labs("2026-10-24", [("hbF", 134), ("wcc", 7.9), ("plt", 288), ("crp", 3), ("na", 139), ("creatF", 66)], enc=e2)
    c.report(txt("CT head without contrast"), "2026-10-24", None, cat="RAD", enc=e2,
             conclusion="No intracranial haemorrhage, mass or hydrocephalus. Normal CT head.")
    c.note(lnc("34111-5", "Emergency department note"), "2026-10-24",
           "ED discharge summary\n\nPresenting complaint: 2 weeks of headache, vomited twice today. GCS 15, no focal "
           "neurology, no meningism. CT head normal. Bloods normal. NEWS2 1.\nDiagnosis: non-specific headache.\n"
           "Discharged home with analgesia, GP follow-up.\n\nDr T. Hale, Emergency Medicine", author=ed1, enc=e2)
    e3 = c.enc("2026-10-30", "EMER", "Emergency department re-attendance", end="2026-10-30", prac=ed2,
               reason="Headache, brief greying of vision on standing", priority="UR", admit="other", disch="home")
    c.news2(0, "2026-10-30", e3)
    c.cond(sct("25064002", "Headache", text="Non-specific headache"), onset="2026-10-10", cat="encounter-diagnosis",
           enc=e3, asserter=ed2)
    c.note(lnc("34111-5", "Emergency department note"), "2026-10-30",
           "ED discharge summary (re-attendance within 7 days)\n\nOngoing daily headache, worse lying flat and in the "
           "morning, episodes of vision 'greying out' for seconds on standing, pulsatile whooshing in the ears at night. "
           "Neuro exam: no focal deficit. Fundoscopy attempted, poor view. CT head 24/10 normal.\nDiagnosis: "
           "non-specific headache. Discharged. Advised to see GP; routine neurology referral suggested.\n\n"
           "Dr A. Karim, Emergency Medicine", author=ed2, enc=e3)
    c.medreq("Codeine phosphate 30mg tablets", "2026-10-30", status="completed", dosage="1-2 tablets up to four times a day for 5 days",
             requester=ed2, enc=e3, reason="Headache")
    e4 = c.enc("2026-11-10", "VR", "GP telephone consultation", prac=gp, org=gp_org, reason="Ongoing headaches")
    c.sr(cc((SCT, "306181000", "Referral to neurologist"), text="Referral to general neurology clinic"), "2026-11-10",
         status="active", intent="order", requester=gp, reason_ref=[h1], enc=e4, priority="routine",
         note="Routine pathway; current wait for first appointment 18 weeks.")
    c.note(txt("GP telephone note"), "2026-11-10",
           "Telephone: headaches continue daily, now also tinnitus. Two A&E visits, CT normal. Routine neurology "
           "referral sent. Analgesia review - advised to limit codeine.\n\nDr F. Marsh", author=gp, enc=e4)
    c.immunization(txt("Influenza vaccine (inactivated, quadrivalent) 2026-27"), "2026-10-20")


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], "B",
      "63-year-old man with a positive National Bowel Cancer Screening iFOBT in June 2026 and a new mild microcytic "
      "anaemia; no colonoscopy or referral on record five months later",
      "Red-flag finding (positive faecal occult blood) with no follow-up within 60 days (Murphy e-trigger); later "
      "visits address diabetes and vaccination only.")
def psnw_p3_fobt_no_followup(c):
    gp_org = setup_au(c, "Kestrel Bay Family Practice", "2951 84736 1")
    gp = c.pract("Tran", "Nicole", ident=("http://hl7.org.au/id/hpi-i", "8003614900015523"), qual="FRACGP")
    nb = c.org2("National Bowel Cancer Screening Program Register", "govt", None, "GPO Box 9848")
    c.patient("Pettersen", "Graham", "male", "1963-05-03", "8003608833357361", line="4 Banksia Street",
              phone="+61 412 555 218", gp=gp, extra_ident="KB0455172", marital="M")
    dm = c.cond(cc((ICD10AM, "E11.9", "Type 2 diabetes mellitus without complication"), (SCT, "44054006", "Diabetes mellitus type 2")),
                onset="2017-08-14")
    c.cond(cc((ICD10AM, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), onset="2015-02-01")
    c.cond(cc((ICD10AM, "E78.0", "Pure hypercholesterolaemia"), (SCT, "55822004", "Hyperlipidemia")), onset="2015-02-01")
    c.medstmt("Metformin 1 g modified release tablet (PBS)", "2017-08-14", dosage="1 tablet twice daily", reason_ref=[dm])
    c.medstmt("Perindopril 5 mg tablet (PBS)", "2015-02-20", dosage="1 tablet daily", reason="Hypertension")
    c.medstmt("Atorvastatin 40 mg tablet (PBS)", "2015-02-20", dosage="1 tablet at night", reason="Hypercholesterolaemia")
    fobt = c.qual(cc((LOINC, "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"),
                     text="iFOBT (NBCSP kit, 2 samples)"), sct("10828004", "Positive"), "2026-06-15",
                  interp_code="POS", perf=nb, note="Both samples positive.")
    c.report(txt("National Bowel Cancer Screening Program - immunochemical FOBT"), "2026-06-15", [fobt], cat="LAB",
             perf=nb, conclusion="POSITIVE. Blood detected. Follow-up colonoscopy recommended within 30 days.")
    c.note(txt("NBCSP result notification"), "2026-06-22",
           "National Bowel Cancer Screening Program\n\nDear Dr Tran,\nYour patient Mr Graham PETTERSEN (DOB 03/05/1963) "
           "returned a POSITIVE immunochemical faecal occult blood result (kit analysed 15/06/2026). A positive result "
           "requires investigation, usually colonoscopy, ideally within 30 days. Please discuss with your patient and "
           "arrange referral.\n\nProgram Register", author=None, custodian=False)
    e1 = c.enc("2026-07-08", "AMB", "GP consultation - diabetes cycle of care", prac=gp, org=gp_org,
               reason="Diabetes annual cycle of care")
    c.bp(136, 82, "2026-07-08", e1)
    c.vital("wt", 94.5, "2026-07-08", e1)
    c.labs("2026-07-08", [("hba1c_pct", 7.1), ("creat", 88), ("egfr", 82), ("chol", 4.1)], enc=e1)
    c.note(txt("GP progress note"), "2026-07-08",
           "Diabetes cycle of care. Feels well. Feet checked - sensation intact. Eyes: optometrist due. HbA1c 7.1%, "
           "renal function stable. Continue current medicines. Review 3 months.\n\nDr N. Tran", author=gp, enc=e1)
    e2 = c.enc("2026-09-30", "AMB", "GP consultation", prac=gp, org=gp_org, reason="Influenza vaccination, BP check")
    c.bp(131, 80, "2026-09-30", e2)
    c.immunization(cc((CVX, "150", "Influenza, injectable, quadrivalent, preservative free"),
                      text="Influenza vaccine 2026"), "2026-09-30")
    c.note(txt("GP progress note"), "2026-09-30",
           "Flu vaccine given. BP good. Mentions feeling a bit more tired lately, attributes to work. Bloods next "
           "visit.\n\nDr N. Tran", author=gp, enc=e2)
    e3 = c.enc("2026-11-12", "AMB", "GP consultation", prac=gp, org=gp_org, reason="Diabetes review, tiredness")
    labs = c.labs("2026-11-12", [("hb", 124), ("mcv", 78), ("plt", 402), ("ferritin", 21), ("hba1c_pct", 7.0),
                                 ("crp", 4)], enc=e3)
    c.report(lnc("58410-2", "CBC panel - Blood by Automated count"), "2026-11-12", labs[:3], enc=e3, cat="HM",
             conclusion="Mild microcytic anaemia with low ferritin, consistent with iron deficiency.")
    c.note(txt("GP progress note"), "2026-11-12",
           "Diabetes stable. Mild anaemia Hb 124, ferritin 21. Started oral iron. Recheck FBC in 3 months.\n\n"
           "Dr N. Tran", author=gp, enc=e3)
    c.medreq("Ferrous sulfate 325 mg modified release tablet (PBS)", "2026-11-12", dosage="1 tablet daily",
             requester=gp, enc=e3, reason="Iron deficiency")


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [], "A",
      "44-year-old woman with 12 weeks of fatigue and low mood and initially normal bloods, then a raised TSH: "
      "autoimmune hypothyroidism diagnosed and treated, symptoms settling",
      "Symptoms were explained by a later diagnosis (primary hypothyroidism, TSH 14.2 with low free T4) and "
      "respond to levothyroxine; the work-up was not all normal.")
def psnw_n1_hypothyroid(c):
    gp_org = setup_nhs(c, "Kingsmead Medical Practice", "M85733", "2 Kingsmead Parade")
    gp = c.pract("Oduya", "Samuel", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "7266019"), qual="MRCGP")
    c.patient("Collins", "Rebecca", "female", "1982-09-21", "9434765889", prefix="Ms", line="23 Wharf Lane",
              phone="+44 7700 900733", gp=gp, extra_ident="NV2210391", marital="S")
    c.cond(cc((SCT, "37796009", "Migraine"), local(c, "gp-read", "F26..", "Migraine")), onset="2004-03-01",
           clin="inactive", abate="2015-01-01", note="No migraine since 2015.")
    e1 = c.enc("2026-05-12", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Tired all the time")
    fat = c.cond(sct("84229001", "Fatigue"),
                 onset="2026-04-01", recorded="2026-05-12", clin="resolved", abate="2026-10-15", asserter=gp)
    c.symptom(sct("84229001", "Fatigue"), "2026-05-12", e1)
    c.labs("2026-05-12", [("hbF", 128), ("wcc", 6.2), ("plt", 266), ("ferritinF", 44), ("creatF", 71), ("alt", 22),
                          ("crp", 2), ("hba1c", 35)], enc=e1)
    c.note(txt("GP consultation note"), "2026-05-12",
           "Tired for 6 weeks, sleeping badly, gained 3 kg. Mood a bit low, PHQ-9 8. Bloods: FBC, ferritin, U&E, "
           "LFT, CRP, HbA1c sent. Review with results.\n\nDr S. Oduya", author=gp, enc=e1)
    c.phq9(8, "2026-05-12", e1)
    e2 = c.enc("2026-06-23", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Ongoing fatigue")
    c.symptom(sct("84229001", "Fatigue"), "2026-06-23", e2, note="Also feels cold, constipated, hair thinning.")
    c.vital("wt", 71.8, "2026-06-23", e2)
    e3 = c.enc("2026-07-30", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Fatigue, weight gain")
    c.symptom(sct("84229001", "Fatigue"), "2026-07-30", e3)
    tf = c.labs("2026-07-30", [("tsh", 14.2), ("ft4", 9.1)], enc=e3)
    tpo = c.score(cc((LOINC, "8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma"), text="Anti-TPO antibodies"),
                  412, "2026-07-30", e3, cat="laboratory", unit="[IU]/mL", interp_code="H", rng="< 34 IU/mL")
    c.report(txt("Thyroid function and antibodies"), "2026-07-30", tf + [tpo], enc=e3,
             conclusion="Primary hypothyroidism with positive TPO antibodies.")
    hypo = c.cond(cc((SCT, "40930008", "Hypothyroidism"), local(c, "gp-read", "C04..", "Acquired hypothyroidism")),
                  onset="2026-07-30", evidence=tf, asserter=gp, note="Autoimmune (Hashimoto) thyroiditis.")
    c.medreq("Levothyroxine sodium 50microgram tablets", "2026-07-30", status="stopped", dosage="One tablet each morning",
             requester=gp, enc=e3, reason_ref=[hypo])
    e4 = c.enc("2026-09-03", "VR", "GP telephone review", prac=gp, org=gp_org, reason="Thyroid review")
    c.labs("2026-09-03", [("tsh", 6.8), ("ft4", 13.2)], enc=e4)
    c.medreq("Levothyroxine sodium 75microgram tablets", "2026-09-03", status="active", dosage="One tablet each morning",
             requester=gp, enc=e4, reason_ref=[hypo], course="continuous")
    e5 = c.enc("2026-10-15", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Thyroid review")
    c.labs("2026-10-15", [("tsh", 3.1), ("ft4", 16.4)], enc=e5)
    c.phq9(3, "2026-10-15", e5)
    c.note(txt("GP consultation note"), "2026-10-15",
           "Hypothyroidism review. Energy much better, weight down 2 kg, mood improved (PHQ-9 3). TSH 3.1 on "
           "levothyroxine 75 micrograms. Continue; annual TFTs.\n\nDr S. Oduya", author=gp, enc=e5)


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [], "B",
      "31-year-old woman with palpitations on three occasions over five weeks; ECG, bloods, Holter and echo normal; "
      "resolved after cutting down energy drinks",
      "Symptom span only five weeks (under eight), benign explanation found (caffeine-related sinus tachycardia and "
      "ectopics) and the symptom has resolved.")
def psnw_n2_palpitations(c):
    gp_org = setup_au(c, "Harbourside Medical Centre", "4128 55903 2", "2/110 Harbour Drive")
    gp = c.pract("Hughes", "Callum", qual="FRACGP")
    edr = c.pract("Nguyen", "Linh", qual="FACEM")
    card = c.pract("Ramanathan", "Suresh", qual="FRACP (Cardiology)")
    c.patient("Marsh", "Sienna", "female", "1995-03-08", "8003608166552871", line="31 Pelican Parade",
              phone="+61 423 555 906", gp=gp, extra_ident="KB0981004", marital="S")
    c.nkda("2026-10-02")
    e1 = c.enc("2026-10-02", "EMER", "Emergency department presentation", end="2026-10-02", prac=edr,
               reason="Palpitations", priority="UR", disch="home")
    pal = c.cond(cc((ICD10AM, "R00.2", "Palpitations"), (SCT, "80313002", "Palpitations")), onset="2026-09-30",
                 recorded="2026-10-02", clin="resolved", abate="2026-11-04", asserter=edr)
    c.symptom(sct("80313002", "Palpitations"), "2026-10-02", e1)
    c.vital("hr", 104, "2026-10-02", e1, interp_code="H")
    c.bp(122, 74, "2026-10-02", e1)
    c.text_obs(lnc("8601-7", "EKG impression"), "Sinus tachycardia 104/min, otherwise normal ECG.", "2026-10-02",
               enc=e1, interp_code="N")
    c.labs("2026-10-02", [("hbF", 133), ("k", 4.1), ("tsh", 1.6), ("trop", 2)], enc=e1)
    c.note(lnc("18842-5", "Discharge summary"), "2026-10-02",
           "ED discharge summary\n\nPresentation: 2 days of intermittent fast heartbeat, no syncope or chest pain. "
           "ECG sinus tachycardia, bloods including TSH and troponin normal. Drinks 5-6 energy drinks a day during "
           "exam period at university. Diagnosis: palpitations, likely sinus tachycardia. GP follow-up, consider Holter.\n\n"
           "Dr L. Nguyen, Emergency Medicine", author=edr, enc=e1)
    e2 = c.enc("2026-10-13", "AMB", "GP consultation", prac=gp, org=gp_org, reason="Palpitations follow-up")
    c.symptom(sct("80313002", "Palpitations"), "2026-10-13", e2, note="Still occasional palpitations in the evening.")
    c.sr(txt("48-hour Holter monitor and echocardiogram - rapid access cardiology"), "2026-10-13", status="completed",
         requester=gp, performer=card, reason_ref=[pal], enc=e2)
    e3 = c.enc("2026-11-04", "AMB", "Rapid access cardiology clinic", prac=card, reason="Palpitations")
    c.symptom(sct("80313002", "Palpitations"), "2026-11-04", e3,
              note="Palpitations now rare since cutting energy drinks to none; none in the last 9 days.")
    c.report(txt("48-hour Holter monitor"), "2026-11-01", None, cat="EC", enc=e3,
             conclusion="Sinus rhythm throughout, HR 52-138. Isolated atrial and ventricular ectopics (<1%). Symptom "
                        "button presses correspond to sinus rhythm. No arrhythmia.")
    c.report(lnc("34552-0", "Cardiac 2D echo panel"), "2026-11-04", None, cat="CUS", enc=e3,
             conclusion="Structurally normal heart, LVEF 64%.")
    c.note(lnc("11488-4", "Consult note"), "2026-11-04",
           "Cardiology clinic letter\n\nDear Dr Hughes,\nSienna's Holter and echo are normal. Her palpitations were "
           "sinus tachycardia and occasional ectopics related to high caffeine intake and poor sleep. She has stopped "
           "energy drinks and her symptoms have resolved. No follow-up needed.\n\nDr S. Ramanathan, Cardiologist",
           author=card, enc=e3)


# ================================================================= DIAGNOSIS_SYMPTOM_MISMATCH

@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], "D",
      "67-year-old woman labelled fibromyalgia since early 2025 with shoulder- and hip-girdle pain and long morning "
      "stiffness; ESR and CRP now persistently raised",
      "Catch-all fibromyalgia label (M79.7) active for 21 months while symptoms continue, and new abnormal inflammatory "
      "markers and anaemia that fibromyalgia cannot account for.")
def dsm_p1_fibro_inflammatory(c):
    pcp_org = setup_us(c, "Downeast Mutual Health", "DMH-30948812", "Bangor Primary Care Associates")
    pcp = c.pract("Whitcomb", "Ellen", qual="MD, Family Medicine")
    md = c.pract("Moreno", "Alicia", qual="MD, Internal Medicine")
    pt = c.pract("Lindqvist", "Erik", prefix="Mr", qual="DPT, Physical Therapy")
    c.patient("Kaplan", "Dorothy", "female", "1959-01-17", "MPC-0031742", line="15 Ohio Street", gp=pcp, marital="W")
    fm = c.cond(cc((ICD10CM, "M79.7", "Fibromyalgia"), (SCT, "203082005", "Fibromyalgia")), onset="2025-01-15",
                recorded="2025-02-20", asserter=pcp)
    c.cond(cc((ICD10CM, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), onset="2014-06-01")
    c.cond(cc((ICD10CM, "E03.9", "Hypothyroidism, unspecified"), (SCT, "40930008", "Hypothyroidism")), onset="2010-09-01")
    c.medstmt(cc((RXNORM, "704", "amitriptyline"), text="Amitriptyline 25 mg tablet"), "2025-03-01", dosage="25 mg at night",
              reason_ref=[fm])
    c.medstmt(cc((RXNORM, "10582", "levothyroxine"), text="Levothyroxine 75 mcg tablet"), "2010-09-15", dosage="75 mcg daily")
    c.medstmt(cc((RXNORM, "29046", "lisinopril"), text="Lisinopril 10 mg tablet"), "2014-06-15", dosage="10 mg daily")
    c.labs("2025-02-20", [("esr", 18), ("crp", 4), ("hbF_us", 13.1), ("tsh", 2.2), ("ck", 88)])
    e1 = c.enc("2026-05-14", "AMB", "Follow-up visit", prac=md, reason="Fibromyalgia follow-up",
               type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
    c.pain(7, "2026-05-14", e1)
    c.symptom(sct("57676002", "Pain of joint", text="Bilateral shoulder and hip girdle pain"), "2026-05-14", e1)
    e2 = c.enc("2026-08-12", "AMB", "Follow-up visit", prac=md, reason="Widespread pain, stiffness",
               type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
    c.pain(7, "2026-08-12", e2)
    c.symptom(txt("Morning stiffness about 90 minutes"), "2026-08-12", e2)
    c.labs("2026-08-12", [("esr", 52, "H"), ("crp", 24), ("hbF_us", 11.3), ("ck", 96), ("tsh", 2.4)], enc=e2,
           report=txt("Inflammatory markers and CBC"), conclusion="Raised ESR and CRP, mild normocytic anaemia.")
    c.score(cc(local(c, "instrument", "FIQR", "Revised Fibromyalgia Impact Questionnaire total"), text="FIQR total"),
            64, "2026-08-12", e2)
    e3 = c.enc("2026-10-21", "AMB", "Follow-up visit", prac=md, reason="Widespread pain, stiffness",
               type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
    c.pain(8, "2026-10-21", e3)
    c.symptom(sct("57676002", "Pain of joint", text="Shoulder and hip girdle pain"), "2026-10-21", e3)
    c.labs("2026-10-21", [("esr", 58, "H"), ("crp", 31), ("hbF_us", 11.1), ("rf", 8)], enc=e3,
           report=txt("Inflammatory markers, CBC, rheumatoid factor"), conclusion="ESR and CRP remain raised; RF negative.")
    c.score(cc(local(c, "instrument", "FIQR", "Revised Fibromyalgia Impact Questionnaire total"), text="FIQR total"),
            67, "2026-10-21", e3)
    c.enc("2026-09-09", "AMB", "Physical therapy session", prac=pt, reason="Fibromyalgia - graded exercise",
          type_cc=cc((CPT, "97110", "Therapeutic exercises")))
    c.note(lnc("11506-3", "Progress note"), "2026-10-21",
           "Meridian clinic - progress note\n\n67F, fibromyalgia diagnosed by PCP Feb 2025. Describes bilateral "
           "shoulder and hip girdle aching, morning stiffness ~90 min, difficulty getting out of a chair and lifting "
           "arms to brush hair, 3 kg weight loss, low-grade malaise. Tender points not the dominant feature. "
           "ESR 52 -> 58 mm/h, CRP 24 -> 31 mg/L, Hb 11.1 g/dL. Amitriptyline and graded exercise without benefit.\n\n"
           "Assessment: the fibromyalgia label does not account for raised inflammatory markers, anaemia and girdle "
           "stiffness in a patient over 50. Diagnosis not revisited so far.\nPlan: letter to PCP.\n\nDr A. Moreno",
           author=md, enc=e3)
    c.impression("2026-10-21", "Fibromyalgia label since 2025 with continuing symptoms; new raised ESR/CRP and "
                 "anaemia not explained by it.", assessor=md, problems=[fm], enc=e3)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], "A",
      "52-year-old woman with irritable bowel syndrome label since 2025; persistent bloating, early satiety, 6.5 kg "
      "weight loss and a CA-125 of 187; urgent pelvic ultrasound requested",
      "IBS diagnosis persisting over a year while symptoms continue, and new red-flag findings (weight loss, raised "
      "CA-125) that IBS cannot explain; follow-up was arranged within 60 days.")
def dsm_p2_ibs_ca125(c):
    gp_org = setup_nhs(c, "Riverside Health Centre", "M85790", "Riverside Walk")
    gp = c.pract("Patel", "Anjali", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "6144830"), qual="MRCGP")
    gas = c.pract("Brennan", "Niall", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "4930127"), qual="FRCP, Gastroenterology")
    c.patient("Doyle", "Karen", "female", "1974-06-30", "9434765897", prefix="Mrs", line="5 Mill Race",
              phone="+44 7700 900215", gp=gp, extra_ident="NV3301276", marital="M")
    ibs = c.cond(sct("10743008", "Irritable bowel syndrome"),
                 onset="2025-06-10", asserter=gp, note="Diagnosed on symptoms with normal first-line bloods and calprotectin.")
    c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease")), onset="2018-01-01")
    c.labs("2025-06-10", [("hbF", 131), ("crp", 3), ("ttg", 1.2), ("calpro", 28)],
           report=txt("IBS first-line panel"), conclusion="Normal FBC, CRP, coeliac serology and faecal calprotectin.")
    c.vital("wt", 72.0, "2025-06-10")
    c.medstmt("Mebeverine 135mg tablets", "2025-06-10", dosage="One tablet three times a day", reason_ref=[ibs])
    c.medstmt("Omeprazole 20mg gastro-resistant capsules", "2018-01-05", dosage="One daily", reason="GORD")
    e1 = c.enc("2026-05-19", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="IBS symptoms")
    c.symptom(sct("116289008", "Abdominal bloating"), "2026-05-19", e1)
    c.vital("wt", 69.0, "2026-05-19", e1)
    c.note(txt("GP consultation note"), "2026-05-19",
           "Ongoing bloating and lower abdominal discomfort, 'IBS flare'. Advised low FODMAP diet, continue "
           "mebeverine. Review if not improving.\n\nDr A. Patel", author=gp, enc=e1)
    e2 = c.enc("2026-10-21", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Bloating, early satiety, weight loss")
    c.symptom(sct("116289008", "Abdominal bloating", text="Persistent bloating, nearly daily"), "2026-10-21", e2)
    c.symptom(sct("89362005", "Weight loss"), "2026-10-21", e2)
    c.vital("wt", 65.5, "2026-10-21", e2)
    ca = c.lab("ca125", 187, "2026-10-28", enc=e2)
    c.labs("2026-10-28", [("hbF", 119), ("crp", 11), ("alb", 36)], enc=e2)
    c.report(txt("CA-125"), "2026-10-28", [ca], enc=e2, conclusion="CA-125 raised at 187 U/mL.")
    e3 = c.enc("2026-11-02", "VR", "GP telephone consultation", prac=gp, org=gp_org, reason="Result review")
    c.sr(cc(local(c, "rad-exam", "USPEL", "US pelvis (transabdominal and transvaginal)"), text="Urgent transvaginal and transabdominal pelvic ultrasound"),
         "2026-11-02", status="active", intent="order", priority="urgent", requester=gp, reason_ref=[ca], enc=e3,
         occurrence="2026-12-09")
    c.note(txt("GP telephone note"), "2026-11-02",
           "CA-125 187. Persistent bloating and early satiety, 6.5 kg weight loss since 2025. Still coded IBS. NICE "
           "pathway for raised CA-125: urgent pelvic ultrasound requested (booked 9 Dec). Patient informed.\n\n"
           "Dr A. Patel", author=gp, enc=e3)
    c.note(lnc("11488-4", "Consult note"), "2025-07-30",
           "Gastroenterology clinic letter (2025)\n\nIBS-type symptoms with normal first-line investigations. No "
           "colonoscopy indicated at present. Advice given. Discharged to GP.\n\nDr N. Brennan", author=gas)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], "B",
      "58-year-old man with type 2 diabetes labelled mechanical low back pain since March; from August night pain, "
      "fevers, weight loss and CRP 86-92; MRI still on the outpatient wait list",
      "A diagnosis made for his back pain (mechanical low back pain) that does not explain the red-flag findings that "
      "appeared after it (fever, night pain, weight loss, raised CRP/ESR and WCC).")
def dsm_p3_back_pain_fever(c):
    gp_org = setup_au(c, "Kestrel Bay Family Practice", "3307 12294 1")
    gp = c.pract("Tran", "Nicole", qual="FRACGP")
    edr = c.pract("O'Sullivan", "Bridget", qual="FACEM")
    orth = c.pract("Kowalczyk", "Adam", qual="FRACS (Orth)")
    c.patient("Walsh", "Darren", "male", "1968-11-02", "8003608933112847", line="112 Cutters Road", phone="+61 408 555 330",
              gp=gp, extra_ident="KB0623118", marital="D")
    c.cond(cc((ICD10AM, "E11.9", "Type 2 diabetes mellitus without complication"), (SCT, "44054006", "Diabetes mellitus type 2")),
           onset="2019-04-01")
    c.medstmt("Metformin 1 g tablet (PBS)", "2019-04-10", dosage="1 tablet twice daily", reason="Type 2 diabetes")
    e1 = c.enc("2026-03-10", "AMB", "GP consultation", prac=gp, org=gp_org, reason="Low back pain after lifting")
    lbp = c.cond(cc((ICD10AM, "M54.5", "Low back pain"), (SCT, "279039007", "Low back pain"), text="Mechanical low back pain"),
                 onset="2026-03-06", enc=e1, asserter=gp)
    c.pain(7, "2026-03-10", e1)
    c.medreq("Paracetamol 665 mg modified release tablet", "2026-03-10", dosage="2 tablets three times daily",
             requester=gp, enc=e1, reason_ref=[lbp])
    c.medreq("Ibuprofen 400 mg tablet", "2026-03-10", status="completed", dosage="1 tablet three times daily with food for 7 days",
             requester=gp, enc=e1, reason_ref=[lbp])
    e2 = c.enc("2026-05-22", "EMER", "Emergency department presentation", end="2026-05-22", prac=edr,
               reason="Back pain", disch="home")
    c.report(txt("XR lumbar spine"), "2026-05-22", None, cat="RAD", enc=e2,
             conclusion="Mild multilevel degenerative disc disease L3-S1. No fracture or destructive lesion.")
    e3 = c.enc("2026-08-20", "AMB", "GP consultation", prac=gp, org=gp_org, reason="Back pain worse at night, sweats")
    c.pain(8, "2026-08-20", e3)
    c.vital("temp", 38.2, "2026-08-20", e3, interp_code="H")
    c.vital("wt", 86.0, "2026-08-20", e3)
    c.symptom(sct("42984000", "Night sweats"), "2026-08-20", e3)
    c.labs("2026-08-20", [("crp", 86), ("esr", 72), ("wcc", 11.8), ("hb", 128), ("hba1c_pct", 8.4)], enc=e3,
           report=txt("FBC, CRP, ESR, HbA1c"), conclusion="Raised inflammatory markers and mild leucocytosis.")
    c.medreq("Oxycodone 5 mg tablet (PBS)", "2026-08-20", dosage="1 tablet every 6 hours when required, max 4 per day",
             requester=gp, enc=e3, reason_ref=[lbp])
    c.note(txt("GP progress note"), "2026-08-20",
           "Back pain, now waking him at night, sweats, feels feverish, lost ~5 kg. T 38.2. Tender lower lumbar spine. "
           "CRP 86. Impression: flare of mechanical low back pain. Oxycodone short term. Referral to orthopaedic "
           "outpatients with MRI.\n\nDr N. Tran", author=gp, enc=e3)
    c.sr(cc(local(c, "rad-exam", "MRLSP", "MRI lumbar spine"), text="MRI lumbar spine"), "2026-09-10", status="active",
         requester=gp, performer=orth, reason_ref=[lbp], priority="routine",
         note="Orthopaedic outpatients triage: Category 3 (non-urgent). Expected wait for clinic and MRI approx. 9 months.")
    e4 = c.enc("2026-10-15", "AMB", "GP consultation", prac=gp, org=gp_org, reason="Back pain review")
    c.labs("2026-10-15", [("crp", 92), ("wcc", 12.1)], enc=e4)
    c.vital("wt", 83.5, "2026-10-15", e4)
    e5 = c.enc("2026-11-20", "EMER", "Emergency department presentation", end="2026-11-20", prac=edr,
               reason="Back pain, fevers", disch="home")
    c.pain(8, "2026-11-20", e5)
    c.vital("temp", 37.9, "2026-11-20", e5, interp_code="H")
    c.note(lnc("18842-5", "Discharge summary"), "2026-11-20",
           "ED discharge summary\n\nKnown mechanical low back pain since March. Re-presents with ongoing pain, "
           "intermittent fevers. Obs stable, T 37.9. Neuro intact. CRP 92 last month (GP). Diagnosis: mechanical "
           "low back pain. Discharged with analgesia; outpatient MRI already requested, patient on wait list.\n\n"
           "Dr B. O'Sullivan, Emergency Medicine", author=edr, enc=e5)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [], "B",
      "34-year-old woman with abdominal pain coded R10.4 after a normal ED work-up six weeks ago; improving under GP "
      "review",
      "The catch-all code has existed for only 46 days (under 90) and the symptom for under eight weeks, with normal "
      "investigations and improvement.")
def dsm_n1_r104_short(c):
    gp_org = setup_au(c, "Seaview General Practice", "5512 77340 1", "7 Seaview Road")
    gp = c.pract("Fitzgerald", "Aoife", qual="FRACGP")
    edr = c.pract("Nguyen", "Linh", qual="FACEM")
    c.patient("Chen", "Mei Lin", "female", "1992-07-19", "8003608712246903", line="66 Tern Street", gp=gp,
              extra_ident="KB1102457", marital="M")
    c.cond(cc((ICD10AM, "J45.9", "Asthma, unspecified"), (SCT, "195967001", "Asthma")), onset="2004-01-01")
    e1 = c.enc("2026-10-16", "EMER", "Emergency department presentation", end="2026-10-16", prac=edr,
               reason="Abdominal pain", disch="home")
    ap = c.cond(cc((ICD10AM, "R10.4", "Other and unspecified abdominal pain"), (SCT, "21522001", "Abdominal pain")),
                onset="2026-10-14", recorded="2026-10-16", enc=e1, asserter=edr)
    c.pain(6, "2026-10-16", e1)
    c.vital("temp", 36.8, "2026-10-16", e1)
    labs = c.labs("2026-10-16", [("hbF", 129), ("wcc", 7.2), ("crp", 3), ("alt", 18), ("bili", 9)], enc=e1)
    c.qual(cc(local(c, "lab", "UHCG", "Urine beta-hCG"), text="Urine beta-hCG"), sct("260385009", "Negative"),
           "2026-10-16", enc=e1, interp_code="NEG")
    c.report(txt("US abdomen and pelvis"), "2026-10-16", None, cat="RAD", enc=e1,
             conclusion="Normal appendix not visualised; no free fluid; normal ovaries, gallbladder, kidneys.")
    c.note(lnc("18842-5", "Discharge summary"), "2026-10-16",
           "ED discharge summary\n\n2 days of central and right-sided abdominal pain, no vomiting, no fever. Soft "
           "abdomen, mild RIF tenderness, no peritonism. Bloods normal, hCG negative, ultrasound normal. Diagnosis: "
           "abdominal pain, non-specific. GP review in 1-2 weeks; return if worse.\n\nDr L. Nguyen", author=edr, enc=e1)
    e2 = c.enc("2026-10-30", "AMB", "GP consultation", prac=gp, org=gp_org, reason="Abdominal pain follow-up")
    c.pain(4, "2026-10-30", e2)
    c.labs("2026-10-30", [("crp", 2), ("hbF", 131)], enc=e2)
    e3 = c.enc("2026-11-20", "AMB", "GP consultation", prac=gp, org=gp_org, reason="Abdominal pain follow-up")
    c.pain(2, "2026-11-20", e3)
    c.note(txt("GP progress note"), "2026-11-20",
           "Pain much less frequent, mild, no red flags, eating normally, weight stable. Will review in 4 weeks; "
           "consider coeliac serology and stool calprotectin if persisting.\n\nDr A. Fitzgerald", author=gp, enc=e3)
    c.impression("2026-11-20", "Non-specific abdominal pain of 6 weeks, normal work-up, improving.", assessor=gp,
                 problems=[ap], enc=e3)
    c.medstmt("Salbutamol 100 microgram inhaler", "2010-01-01", dosage="2 puffs when required", reason="Asthma")


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [], "D",
      "29-year-old woman with chronic migraine improving on erenumab; an old IBS-D label (Rome IV, full work-up) "
      "in remission with no bowel symptoms for eight months",
      "The catch-all IBS label is in remission with no continuing symptoms (IBS-SSS 45), and the active problem is a "
      "specific diagnosis (chronic migraine) that is improving.")
def dsm_n2_ibs_remission(c):
    pcp_org = setup_us(c, "Pine State Health Plan", "PSH-88210345", "Orono Family Health")
    pcp = c.pract("Bergeron", "Luc", qual="DO, Family Medicine")
    neuro = c.pract("Adeyemi", "Funmi", qual="MD, Neurology (headache medicine)")
    psy = c.pract("Kim", "Leah", qual="PhD, Clinical Psychology")
    c.patient("Brandt", "Olivia", "female", "1997-02-11", "MPC-0052290", line="9 College Avenue", gp=pcp, marital="S")
    ibs = c.cond(cc((ICD10CM, "K58.0", "Irritable bowel syndrome with diarrhea"), (SCT, "10743008", "Irritable bowel syndrome")),
                 onset="2023-09-01", clin="remission", abate="2026-03-15", asserter=pcp,
                 note="Rome IV IBS-D after colonoscopy with biopsies, calprotectin and coeliac serology (2024), all normal. "
                      "In remission after gut-directed hypnotherapy.")
    mig = c.cond(cc((ICD10CM, "G43.709", "Chronic migraine without aura, not intractable, without status migrainosus"),
                    (SCT, "37796009", "Migraine")), onset="2016-01-01", asserter=neuro)
    loc = local(c, "instrument", "IBS-SSS", "IBS Symptom Severity Score")
    c.score(cc(loc, text="IBS-SSS"), 310, "2024-05-02")
    c.score(cc(loc, text="IBS-SSS"), 60, "2026-03-15")
    c.medstmt("Erenumab-aooe 70 mg/mL auto-injector", "2026-03-01", dosage="70 mg subcutaneously every 4 weeks",
              reason_ref=[mig])
    c.medstmt(cc((RXNORM, "37418", "sumatriptan"), text="Sumatriptan 50 mg tablet"), "2018-01-01",
              dosage="50 mg at migraine onset, may repeat after 2 h, max 4 doses/week", reason_ref=[mig])
    hd = local(c, "instrument", "MHD", "Monthly migraine headache days")
    for d, v in (("2026-02-20", 14), ("2026-06-18", 9), ("2026-10-15", 6)):
        e = c.enc(d, "AMB", "Follow-up visit", prac=neuro, reason="Chronic migraine",
                  type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
        c.score(cc(hd, text="Migraine days per month (diary)"), v, d, e)
        c.score(cc(local(c, "instrument", "MIDAS", "Migraine Disability Assessment total"), text="MIDAS"),
                {"2026-02-20": 38, "2026-06-18": 22, "2026-10-15": 12}[d], d, e)
    e4 = c.enc("2026-10-15", "AMB", "Health psychology session", prac=psy, reason="Pain coping, relapse prevention",
               type_cc=cc((CPT, "90837", "Psychotherapy, 60 minutes with patient")))
    c.score(cc(loc, text="IBS-SSS"), 45, "2026-10-15", e4)
    c.phq9(4, "2026-10-15", e4)
    c.note(lnc("11506-3", "Progress note"), "2026-10-15",
           "Psychology progress note\n\nSession 9. Bowel symptoms have stayed settled since March: no abdominal pain, "
           "normal stool pattern (IBS-SSS 45). Migraine days down to 6/month since erenumab, MIDAS 12. Uses pacing "
           "and relaxation skills. Plan: relapse-prevention session in 8 weeks.\n\nLeah Kim, PhD", author=psy, enc=e4)
    c.note(lnc("11488-4", "Consult note"), "2026-10-15",
           "Headache clinic\n\nChronic migraine responding well to erenumab (14 -> 6 headache days/month). Triptan use "
           "reduced to 4 days/month. No medication overuse. Continue; review 6 months.\n\nDr F. Adeyemi", author=neuro)
    c.labs("2026-06-18", [("hbF_us", 13.4), ("tsh", 1.9), ("crp", 0.8)])
    c.nkda("2023-09-01")



# ================================================================= MAJOR_PROCEDURE_PLANNED

@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"], "A",
      "71-year-old woman with end-stage right hip osteoarthritis on the elective waiting list for a cemented total hip "
      "replacement (OPCS W37.1), pre-operative assessment done, theatre date January 2027",
      "Active ServiceRequest (order) and booked admission for a major joint replacement not yet performed.")
def mpp_p1_thr_waitlist(c):
    gp_org = setup_nhs(c, "Ashby Road Surgery", "M85701")
    gp = c.pract("Marsh", "Fiona", qual="MRCGP")
    orth = c.pract("Okafor", "James", prefix="Mr", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "4410928"), qual="FRCS (Tr & Orth)")
    pac = c.pract("Greaves", "Sally", prefix="Sister", qual="Pre-operative assessment nurse")
    c.patient("Ellison", "Margaret", "female", "1955-03-28", "9434765900", prefix="Mrs", line="3 Vicarage Close",
              phone="+44 7700 900552", gp=gp, extra_ident="NV0777213", marital="W")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), local(c, "gp-read", "G20..", "Essential hypertension")),
           onset="2009-06-01")
    c.cond(sct("55822004", "Hyperlipidemia"), onset="2012-02-01")
    oa = c.cond(sct("239872002", "Osteoarthritis of hip", text="Primary osteoarthritis of right hip"), onset="2023-05-01",
                body_site=sct("287579007", "Right hip region structure"), asserter=orth)
    c.medstmt("Amlodipine 5mg tablets", "2009-06-10", dosage="One daily")
    c.medstmt("Atorvastatin 20mg tablets", "2012-02-10", dosage="One at night")
    c.medstmt("Co-codamol 30mg/500mg tablets", "2025-11-20", dosage="Two tablets up to four times a day", reason_ref=[oa])
    c.report(txt("XR right hip and pelvis AP"), "2025-11-20", None, cat="RAD",
             conclusion="Severe right hip OA: loss of joint space superolaterally, subchondral sclerosis and cysts, osteophytes.")
    e1 = c.enc("2026-03-18", "AMB", "Orthopaedic outpatient clinic", prac=orth, reason="Right hip pain",
               service=txt("Trauma and orthopaedics"))
    ohs = cc(local(c, "proms", "OHS", "Oxford Hip Score"), text="Oxford Hip Score (0-48)")
    c.score(ohs, 14, "2026-03-18", e1)
    sr = c.sr(cc((OPCS4, "W37.1", "Primary total prosthetic replacement of hip joint using cement"),
                 (SCT, "52734007", "Total replacement of hip"), text="Right cemented total hip replacement"),
              "2026-03-18", status="active", intent="order", requester=orth, performer=orth, reason_ref=[oa], enc=e1,
              category=sct("387713003", "Surgical procedure"), body_site=sct("287579007", "Right hip region structure"),
              occurrence="2027-01-19", note="Added to elective inpatient waiting list 18/03/2026 (priority P4). RTT pathway.")
    c.note(txt("Orthopaedic clinic letter"), "2026-03-18",
           "Dear Dr Marsh,\nRe: Mrs Margaret Ellison\nDiagnosis: severe primary osteoarthritis right hip.\nShe has "
           "night pain, walks 100 yards with a stick, Oxford Hip Score 14/48. Non-operative care (analgesia, "
           "physiotherapy, weight management) has been tried in line with NICE NG226. We discussed risks and benefits "
           "and she wishes to proceed with a right cemented total hip replacement. Added to the waiting list today.\n\n"
           "Mr J. Okafor FRCS (Tr & Orth)", author=orth, enc=e1)
    e2 = c.enc("2026-11-05", "AMB", "Pre-operative assessment clinic", prac=pac, reason="Pre-op assessment for right THR")
    c.bp(138, 78, "2026-11-05", e2)
    c.vital("bmi", 28.9, "2026-11-05", e2)
    c.labs("2026-11-05", [("hbF", 128), ("plt", 254), ("na", 140), ("k", 4.4), ("creatF", 74), ("egfr", 71), ("hba1c", 38)],
           enc=e2, report=txt("Pre-operative bloods"), conclusion="Fit for surgery from a laboratory perspective.")
    c.text_obs(lnc("8601-7", "EKG impression"), "Sinus rhythm 68/min. Normal ECG.", "2026-11-05", enc=e2, interp_code="N")
    c.qual(txt("MRSA screen (nose and groin)"), txt("MRSA not isolated"), "2026-11-05", enc=e2, interp_code="NEG")
    c.score(ohs, 11, "2026-11-05", e2)
    c.note(txt("Pre-operative assessment record"), "2026-11-05",
           "Pre-op assessment for right THR. ASA 2. Fit to proceed. Anaesthetic plan: spinal with sedation. "
           "VTE assessment done. Admission date confirmed 19/01/2027.\n\nSister S. Greaves", author=pac, enc=e2)
    c.enc("2027-01-19", "IMP", "Elective inpatient admission - right THR", status="planned", prac=orth, priority="EL",
          reason_ref=[oa])
    c.appointment("2027-01-19T07:30:00+00:00", "2027-01-19T12:00:00+00:00", "Theatre 4 - right total hip replacement",
                  prac=orth, based_on=[sr])
    c.episode("Elective orthopaedic waiting list (RTT)", "2026-03-18", status="waitlist", conditions=[oa], manager=orth)


@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"], "B",
      "66-year-old man with diabetes after an NSTEMI; angiography shows three-vessel disease and the Heart Team "
      "recommends coronary artery bypass grafting; cardiothoracic appointment pending",
      "ServiceRequest (intent proposal, status active) for CABG, a major cardiac operation, not yet performed.")
def mpp_p2_cabg(c):
    gp_org = setup_au(c, "Kestrel Bay Family Practice", "2219 40871 3")
    gp = c.pract("Tran", "Nicole", qual="FRACGP")
    card = c.pract("Ramanathan", "Suresh", qual="FRACP (Cardiology)")
    cts = c.pract("Whitlam", "Geoffrey", prefix="Dr", qual="FRACS (Cardiothoracic)")
    c.patient("Kostas", "Raymond", "male", "1960-08-09", "8003608411029833", line="27 Marlin Crescent",
              phone="+61 410 555 781", gp=gp, extra_ident="KB0301992", marital="M")
    c.cond(cc((ICD10AM, "E11.9", "Type 2 diabetes mellitus without complication"), (SCT, "44054006", "Diabetes mellitus type 2")),
           onset="2012-03-01")
    c.cond(cc((ICD10AM, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), onset="2010-01-01")
    ami = c.cond(cc((ICD10AM, "I21.4", "Acute subendocardial myocardial infarction"), (SCT, "401314000", "Acute non-ST segment elevation myocardial infarction")),
                 onset="2026-09-14", clin="resolved", abate="2026-09-19", cat="encounter-diagnosis")
    cad = c.cond(cc((ICD10AM, "I25.11", "Atherosclerotic heart disease of native coronary artery"), (SCT, "53741008", "Coronary arteriosclerosis"),
                    text="Triple vessel coronary artery disease"), onset="2026-09-16", asserter=card)
    e1 = c.enc("2026-09-14", "IMP", "Cardiology admission", end="2026-09-19", prac=card, reason_ref=[ami],
               admit="emd", disch="home", priority="EM")
    c.labs("2026-09-14", [("trop", 1840), ("hb", 141), ("creat", 92), ("egfr", 76), ("k", 4.2), ("hba1c_pct", 7.8)], enc=e1)
    c.text_obs(lnc("8601-7", "EKG impression"), "Sinus rhythm, 1 mm ST depression V4-V6.", "2026-09-14", enc=e1,
               interp_code="A")
    angio = c.proc(cc((SCT, "33367005", "Angiography of coronary artery"), text="Coronary angiography (right radial)"),
                   "2026-09-16", performer=card, reason_ref=[ami], enc=e1,
                   outcome="Left main 40%, proximal LAD 90%, circumflex 80%, RCA 95%. SYNTAX score 28.")
    c.report(lnc("34552-0", "Cardiac 2D echo panel"), "2026-09-15", None, cat="CUS", enc=e1,
             conclusion="LVEF 48%, inferolateral hypokinesis. No significant valve disease.")
    c.note(lnc("18842-5", "Discharge summary"), "2026-09-19",
           "Discharge summary - Cardiology\n\nDiagnosis: NSTEMI. Triple vessel coronary artery disease.\nProcedures: "
           "coronary angiography 16/09/2026.\nHeart Team meeting 17/09/2026: diabetic with 3VD and SYNTAX 28 - "
           "recommend coronary artery bypass grafting (LIMA-LAD, SVG to OM and RCA) rather than PCI. Patient agrees. "
           "Referred to cardiothoracic surgery; outpatient appointment 15/12/2026; surgery expected early 2027.\n"
           "Medicines: aspirin 100 mg, clopidogrel 75 mg (to be withheld 5 days pre-operatively), atorvastatin 80 mg, "
           "metoprolol 47.5 mg, perindopril 5 mg, metformin.\n\nDr S. Ramanathan, Cardiologist", author=card, enc=e1)
    c.sr(cc((SCT, "232717009", "Coronary artery bypass grafting"), text="CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA)"),
         "2026-09-17", status="active", intent="proposal", requester=card, performer=cts, reason_ref=[cad],
         category=sct("387713003", "Surgical procedure"), priority="urgent", enc=e1,
         occurrence_period=("2027-01-01", "2027-02-28"),
         note="Heart Team recommendation. Referral accepted by cardiothoracic unit, category 2.")
    c.appointment("2026-12-15T10:00:00+10:00", "2026-12-15T10:30:00+10:00", "Cardiothoracic surgery outpatient - CABG work-up",
                  prac=cts)
    for med, dose in (("Aspirin 100 mg tablet (PBS)", "1 daily"), ("Clopidogrel 75 mg tablet (PBS)", "1 daily"),
                      ("Atorvastatin 80 mg tablet (PBS)", "1 at night"), ("Metoprolol succinate 47.5 mg tablet (PBS)", "1 daily")):
        c.medreq(med, "2026-09-19", dosage=dose, requester=card, enc=e1, reason_ref=[cad], course="continuous")
    e2 = c.enc("2026-10-20", "AMB", "Cardiac rehabilitation assessment", reason="Post NSTEMI")
    c.bp(128, 76, "2026-10-20", e2)
    c.vital("hr", 62, "2026-10-20", e2)
    c.labs("2026-10-20", [("chol", 3.4), ("creat", 95)], enc=e2)


@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"], "D",
      "54-year-old man with L4-5 degenerative spondylolisthesis and neurogenic claudication after failed injections; "
      "posterior lumbar interbody fusion scheduled January 2027 (Procedure in preparation)",
      "Procedure with status preparation for an instrumented lumbar fusion (major spinal surgery) not yet performed; "
      "pre-surgical psychological evaluation completed.")
def mpp_p3_lumbar_fusion(c):
    pcp_org = setup_us(c, "Pine State Health Plan", "PSH-50917731")
    pcp = c.pract("Greene", "Samuel", qual="MD, Family Medicine")
    pm = c.pract("Castellano", "Rita", qual="MD, Pain Medicine")
    spine = c.pract("Harrington", "Neil", qual="MD, Orthopaedic Spine Surgery")
    psy = c.pract("Kim", "Leah", qual="PhD, Clinical Psychology")
    c.patient("Pelletier", "Gary", "male", "1972-10-05", "MPC-0040115", line="301 Center Street", gp=pcp, marital="M")
    sp = c.cond(cc((ICD10CM, "M43.16", "Spondylolisthesis, lumbar region"), (SCT, "274152003", "Spondylolisthesis")),
                onset="2024-02-01", asserter=spine, note="Grade 1 degenerative spondylolisthesis L4-5, dynamic instability on flexion-extension films.")
    st = c.cond(cc((ICD10CM, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), (SCT, "18347007", "Spinal stenosis of lumbar region")),
                onset="2024-02-01", asserter=spine)
    c.cond(cc((ICD10CM, "E66.9", "Obesity, unspecified"), (SCT, "414916001", "Obesity")), onset="2015-01-01")
    c.report(txt("MRI lumbar spine without contrast"), "2025-11-03", None, cat="NMR",
             conclusion="Grade 1 anterolisthesis L4 on L5 with facet hypertrophy and severe central and bilateral "
                        "lateral recess stenosis at L4-5.")
    c.proc(cc((CPT, "64483", "Injection, anesthetic agent and/or steroid, transforaminal epidural, with imaging guidance; lumbar or sacral, single level")),
           "2025-06-10", performer=pm, reason_ref=[st], outcome="Relief 3 weeks.")
    c.proc(cc((CPT, "64483", "Injection, anesthetic agent and/or steroid, transforaminal epidural, with imaging guidance; lumbar or sacral, single level")),
           "2025-10-14", performer=pm, reason_ref=[st], outcome="Minimal relief.")
    odi = cc(local(c, "instrument", "ODI", "Oswestry Disability Index v2.1a (%)"), text="Oswestry Disability Index")
    for d, o, p in (("2026-03-12", 46, 7), ("2026-07-09", 48, 7), ("2026-11-05", 50, 7)):
        e = c.enc(d, "AMB", "Follow-up visit", prac=pm, reason="Lumbar stenosis, neurogenic claudication",
                  type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
        c.score(odi, o, d, e)
        c.pain(p, d, e)
    c.medstmt(cc((RXNORM, "25480", "gabapentin"), text="Gabapentin 600 mg tablet"), "2025-03-01", dosage="600 mg three times daily",
              reason_ref=[st])
    c.medstmt(cc((RXNORM, "161", "acetaminophen"), text="Acetaminophen 500 mg tablet"), "2024-02-01", dosage="1 g up to three times daily")
    e4 = c.enc("2026-09-22", "AMB", "Spine surgery consultation", prac=spine, reason="Surgical opinion, L4-5 spondylolisthesis",
               type_cc=cc((CPT, "99204", "Office or other outpatient visit, new patient, moderate MDM")))
    c.note(lnc("11488-4", "Consult note"), "2026-09-22",
           "Spine surgery consultation\n\n54M, 2.5 years neurogenic claudication (walking tolerance 5 minutes), "
           "failed PT, gabapentin and two transforaminal epidurals. MRI: grade 1 degenerative spondylolisthesis L4-5 "
           "with severe stenosis; 4 mm translation on flexion-extension. Recommend L4-5 decompression and "
           "posterior lumbar interbody fusion with pedicle screw instrumentation. Risks discussed. Prior "
           "authorization submitted. Pre-surgical psychology evaluation requested per clinic protocol.\n\n"
           "Dr N. Harrington", author=spine, enc=e4)
    e5 = c.enc("2026-10-20", "AMB", "Pre-surgical psychological evaluation", prac=psy, reason="Pre-spine-surgery evaluation",
               type_cc=cc((CPT, "90791", "Psychiatric diagnostic evaluation")))
    c.phq9(6, "2026-10-20", e5)
    c.note(lnc("11506-3", "Progress note"), "2026-10-20",
           "Pre-surgical psychological evaluation\n\nRealistic expectations, good support at home, no active mood or "
           "substance disorder, PHQ-9 6. No psychological contraindication to spinal surgery.\n\nLeah Kim, PhD",
           author=psy, enc=e5)
    c.proc(cc((CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress the neural elements; single interspace, lumbar"),
              text="L4-5 decompression and posterior lumbar interbody fusion (PLIF) with instrumentation"),
           "2027-01-12", status="preparation", performer=spine, reason_ref=[sp, st],
           category=sct("387713003", "Surgical procedure"),
           note="Scheduled 12 January 2027, main OR. Prior authorization approved 2026-11-10. Pre-admission labs ordered.")
    c.labs("2026-11-05", [("hb_us", 14.6), ("plt_us", 233), ("creat_us", 1.0), ("hba1c_pct", 5.6), ("inr", 1.0)])


@case("MAJOR_PROCEDURE_PLANNED", "near-miss", [], "A",
      "49-year-old woman with moderate right carpal tunnel syndrome listed for a day-case carpal tunnel release under "
      "local anaesthetic",
      "The planned operation is a minor day-case procedure under local anaesthetic (OPCS A65.1), not major surgery.")
def mpp_n1_carpal_tunnel(c):
    gp_org = setup_nhs(c, "Kingsmead Medical Practice", "M85733", "2 Kingsmead Parade")
    gp = c.pract("Oduya", "Samuel", qual="MRCGP")
    hand = c.pract("Lindsay", "Claire", prefix="Ms", qual="FRCS (Plast), hand surgery")
    c.patient("Hughes", "Lorraine", "female", "1977-01-30", "9434765919", prefix="Mrs", line="88 Canal Street",
              gp=gp, extra_ident="NV4418820", marital="M")
    c.cond(cc((SCT, "195967001", "Asthma"), local(c, "gp-read", "H33..", "Asthma")), onset="1990-01-01")
    cts = c.cond(sct("57406009", "Carpal tunnel syndrome", text="Right carpal tunnel syndrome"), onset="2025-09-01",
                 asserter=hand)
    e0 = c.enc("2026-02-11", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Tingling right hand at night")
    c.note(txt("GP consultation note"), "2026-02-11",
           "Numbness and tingling right thumb, index and middle fingers, waking at night for 5 months. Tinel's and "
           "Phalen's positive. Splint given, referral to hand clinic.\n\nDr S. Oduya", author=gp, enc=e0)
    e1 = c.enc("2026-04-08", "AMB", "Hand surgery clinic", prac=hand, reason="Right carpal tunnel syndrome")
    c.report(txt("Nerve conduction studies, upper limbs"), "2026-04-02", None, cat="OTH",
             conclusion="Moderate right median neuropathy at the wrist (prolonged distal motor latency 5.2 ms, reduced "
                        "sensory conduction velocity). Left normal.")
    c.proc(txt("Steroid injection into right carpal tunnel (methylprednisolone 40 mg)"), "2026-04-08", performer=hand,
           reason_ref=[cts], enc=e1, outcome="Good relief for 10 weeks, symptoms returned.")
    e2 = c.enc("2026-09-16", "AMB", "Hand surgery clinic", prac=hand, reason="Recurrent symptoms")
    sr = c.sr(cc((OPCS4, "A65.1", "Carpal tunnel release"), text="Right open carpal tunnel decompression under local anaesthetic (day case)"),
              "2026-09-16", status="active", intent="order", requester=hand, performer=hand, reason_ref=[cts], enc=e2,
              occurrence="2027-01-08", note="Day-case list, local anaesthetic, walk-in walk-out. Waiting list priority P4.")
    c.note(txt("Hand clinic letter"), "2026-09-16",
           "Dear Dr Oduya,\nMrs Hughes' carpal tunnel symptoms returned after the steroid injection. We have listed "
           "her for a right carpal tunnel release under local anaesthetic as a day case; she will go home the same "
           "day and can use the hand for light tasks straight away.\n\nMs C. Lindsay, Consultant Hand Surgeon",
           author=hand, enc=e2)
    c.appointment("2027-01-08T08:30:00+00:00", "2027-01-08T09:15:00+00:00", "Day surgery unit - right carpal tunnel release",
                  prac=hand, based_on=[sr])
    c.medstmt("Salbutamol 100micrograms/dose inhaler", "2010-01-01", dosage="2 puffs when required")
    c.medstmt("Clenil Modulite 100micrograms/dose inhaler", "2015-01-01", dosage="2 puffs twice daily")
    c.bp(124, 80, "2026-02-11", e0)
    c.labs("2026-02-20", [("hba1c", 36), ("tsh", 1.4), ("hbF", 132)])
    c.score(cc(local(c, "proms", "BCTQ-SSS", "Boston Carpal Tunnel Questionnaire symptom severity"), text="BCTQ symptom severity"),
            3.1, "2026-09-16", e2, unit="{score}")


@case("MAJOR_PROCEDURE_PLANNED", "near-miss", [], "B",
      "68-year-old woman whose left total knee replacement (ACHI 49518-00) was performed in August 2026 after a "
      "Category 2 wait; recovering well with physiotherapy",
      "The major operation has already been performed (Procedure completed, request completed); nothing major is "
      "planned.")
def mpp_n2_tkr_done(c):
    gp_org = setup_au(c, "Seaview General Practice", "6120 33457 2", "7 Seaview Road")
    gp = c.pract("Fitzgerald", "Aoife", qual="FRACGP")
    orth = c.pract("Kowalczyk", "Adam", qual="FRACS (Orth)")
    phys = c.pract("Mahoney", "Kate", prefix="Ms", qual="Physiotherapist")
    c.patient("Nolan", "Patricia", "female", "1958-04-22", "8003608277155430", line="5 Curlew Close", gp=gp,
              extra_ident="KB0192284", marital="M")
    c.cond(cc((ICD10AM, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), onset="2011-01-01")
    oa = c.cond(cc((ICD10AM, "M17.1", "Other primary gonarthrosis"), (SCT, "239873007", "Osteoarthritis of knee"),
                   text="Primary osteoarthritis left knee"), onset="2021-01-01", clin="resolved", abate="2026-08-11")
    sr = c.sr(cc((ACHI, "49518-00", "Total arthroplasty of knee, unilateral"), (SCT, "609588000", "Total knee replacement"),
                 text="Left total knee replacement"), "2025-11-04", status="completed", intent="order", requester=orth,
              performer=orth, reason_ref=[oa], note="Elective surgery waiting list, urgency Category 2.")
    e1 = c.enc("2026-08-11", "IMP", "Elective orthopaedic admission", end="2026-08-15", prac=orth, priority="EL",
               admit="outp", disch="home", reason_ref=[oa])
    c.proc(cc((ACHI, "49518-00", "Total arthroplasty of knee, unilateral"), (SCT, "609588000", "Total knee replacement"),
              text="Left total knee replacement (cemented, posterior stabilised)"), "2026-08-11", performer=orth,
           reason_ref=[oa], enc=e1, based_on=[sr], outcome="Uncomplicated.")
    c.labs("2026-08-12", [("hbF", 108), ("creatF", 70), ("k", 4.0)], enc=e1)
    c.note(lnc("18842-5", "Discharge summary"), "2026-08-15",
           "Discharge summary - Orthopaedics\n\nProcedure: left total knee replacement 11/08/2026 (ACHI 49518-00). "
           "Uncomplicated. Post-op Hb 108. Mobilising with frame, knee flexion 85 degrees at discharge. Enoxaparin "
           "40 mg daily for 14 days. Staples out day 12 by GP. Outpatient physiotherapy. Review 6 weeks.\n\n"
           "Dr A. Kowalczyk", author=orth, enc=e1)
    c.medreq("Enoxaparin 40 mg/0.4 mL injection (PBS)", "2026-08-15", status="completed", dosage="40 mg subcut daily for 14 days",
             requester=orth, enc=e1)
    oks = cc(local(c, "proms", "OKS", "Oxford Knee Score"), text="Oxford Knee Score (0-48)")
    c.score(oks, 18, "2025-11-04")
    for d, v in (("2026-09-24", 27), ("2026-11-19", 36)):
        e = c.enc(d, "AMB", "Orthopaedic outpatient review" if d == "2026-09-24" else "Physiotherapy outpatient",
                  prac=orth if d == "2026-09-24" else phys, reason="Post left TKR")
        c.score(oks, v, d, e)
    c.note(txt("Physiotherapy progress note"), "2026-11-19",
           "Left TKR 14 weeks. Flexion 115, extension full. Walking 2 km without aid. Oxford Knee Score 36. "
           "Discharge from physio with home program.\n\nKate Mahoney, Physiotherapist", author=phys)
    c.medstmt("Irbesartan 150 mg tablet (PBS)", "2011-02-01", dosage="1 daily")
    c.bp(132, 78, "2026-09-24")


# ================================================================= UNTREATABLE_PROGNOSIS

@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], "A",
      "81-year-old man with heart failure (LVEF 20%), NYHA IV on optimised therapy, judged unsuitable for advanced "
      "therapies; active palliative care plan and referral",
      "Active condition with a palliative CarePlan and palliative-care referral after the cardiology letter states no "
      "further disease-modifying options; no second opinion on record.")
def up_p1_end_stage_hf(c):
    gp_org = setup_nhs(c, "Riverside Health Centre", "M85790", "Riverside Walk")
    gp = c.pract("Patel", "Anjali", qual="MRCGP")
    card = c.pract("Fenwick", "Robert", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "3897261"), qual="FRCP, Cardiology (heart failure)")
    hfn = c.pract("Dunmore", "Julie", prefix="Ms", qual="Heart failure specialist nurse")
    c.patient("Pemberton", "Harold", "male", "1945-07-14", "9434765927", prefix="Mr", line="14 Church View",
              gp=gp, extra_ident="NV0098231", marital="M")
    hf = c.cond(cc((SCT, "703272007", "Heart failure with reduced ejection fraction"), local(c, "gp-read", "G58..", "Heart failure")),
                onset="2019-04-01", asserter=card, stage=txt("NYHA class IV"))
    c.cond(sct("49436004", "Atrial fibrillation"), onset="2017-01-01")
    c.cond(sct("433144002", "Chronic kidney disease stage 3", text="Chronic kidney disease stage 3b"), onset="2021-01-01")
    c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), local(c, "gp-read", "C10F.", "Type 2 diabetes mellitus")),
           onset="2010-01-01")
    e1 = c.enc("2026-07-03", "IMP", "Emergency admission - cardiology", end="2026-07-12", prac=card, reason_ref=[hf],
               admit="emd", disch="home", priority="EM")
    c.news2(5, "2026-07-03", e1)
    e2 = c.enc("2026-10-06", "IMP", "Emergency admission - cardiology", end="2026-10-17", prac=card, reason_ref=[hf],
               admit="emd", disch="home", priority="EM")
    c.news2(6, "2026-10-06", e2)
    c.labs("2026-10-06", [("ntprobnp", 9840), ("na", 131), ("k", 5.1), ("creat", 188), ("egfr", 29), ("hb", 112)], enc=e2)
    c.report(lnc("34552-0", "Cardiac 2D echo panel"), "2026-10-08", None, cat="CUS", enc=e2,
             conclusion="Severely dilated LV, LVEF 20%, moderate functional MR, TAPSE 12 mm, estimated PASP 55 mmHg.")
    e3 = c.enc("2026-10-28", "AMB", "Heart failure clinic", prac=card, reason_ref=[hf])
    c.bp(94, 58, "2026-10-28", e3)
    c.vital("wt", 71.2, "2026-10-28", e3)
    c.note(txt("Heart failure clinic letter"), "2026-10-28",
           "Dear Dr Patel,\nRe: Mr Harold Pemberton\nDiagnoses: HFrEF (ischaemic, LVEF 20%), permanent AF, CKD 3b, "
           "type 2 diabetes.\nTwo admissions with decompensation this year. He is on maximally tolerated therapy: "
           "bisoprolol 2.5 mg, dapagliflozin 10 mg, furosemide 80 mg bd; sacubitril/valsartan stopped for "
           "symptomatic hypotension and spironolactone for hyperkalaemia. He already has a CRT-D.\nHe is not a "
           "candidate for transplantation or LVAD. There are no further disease-modifying treatment options. We "
           "discussed this with him and his wife; he wishes to stay at home. I have referred him to the community "
           "palliative care team, completed a ReSPECT form (not for CPR) and we will discuss ICD deactivation.\n\n"
           "Dr R. Fenwick, Consultant Cardiologist", author=card, enc=e3)
    c.sr(cc((SCT, "306237005", "Referral to palliative care service")), "2026-10-28", status="active", intent="order",
         requester=card, reason_ref=[hf], enc=e3, priority="urgent")
    c.careplan("Palliative care plan - advanced heart failure", "2026-11-04", category=sct("103735009", "Palliative care"),
               addresses=[hf], author=hfn,
               description="Symptom-focused care at home; no further disease-modifying treatment for heart failure.",
               activities=[{"desc": "Subcutaneous furosemide via community heart failure team when fluid overloaded", "status": "in-progress"},
                           {"desc": "ICD shock deactivation discussion", "status": "scheduled"},
                           {"desc": "Anticipatory medicines in the home", "status": "completed"}])
    for med, dose in (("Bisoprolol 2.5mg tablets", "One daily"), ("Dapagliflozin 10mg tablets", "One daily"),
                      ("Furosemide 40mg tablets", "Two tablets twice daily"), ("Apixaban 2.5mg tablets", "One twice daily")):
        c.medreq(med, "2026-10-17", dosage=dose, requester=card, enc=e2, course="continuous")
    c.note(txt("Heart failure nurse home visit"), "2026-11-18",
           "Home visit. Breathless on minimal exertion, sleeping in chair. Weight stable. Palliative care team "
           "visited 12/11. Comfortable with the plan to remain at home.\n\nJ. Dunmore, HF specialist nurse", author=hfn)


@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], "B",
      "78-year-old woman with newly diagnosed stage IV lung adenocarcinoma (liver and bone metastases, no actionable "
      "mutation, PD-L1 <1%); lung MDT: best supportive care only, referred to palliative care",
      "MDT documents that no anticancer treatment is offered (best supportive care) and a palliative-care referral is "
      "active; no second opinion on record.")
def up_p2_nsclc_bsc(c):
    gp_org = setup_au(c, "Harbourside Medical Centre", "7741 20983 1", "2/110 Harbour Drive")
    gp = c.pract("Hughes", "Callum", qual="FRACGP")
    resp = c.pract("Achterberg", "Pieter", qual="FRACP (Respiratory)")
    onc = c.pract("Sandhu", "Kiran", qual="FRACP (Medical Oncology)")
    c.patient("Lawson", "Beryl", "female", "1948-02-03", "8003608544109812", line="2 Gannet Lane", gp=gp,
              extra_ident="KB0077415", marital="W")
    c.cond(cc((ICD10AM, "J44.9", "Chronic obstructive pulmonary disease, unspecified"), (SCT, "13645005", "Chronic obstructive lung disease")),
           onset="2012-01-01")
    c.cond(cc((ICD10AM, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), onset="2005-01-01")
    e1 = c.enc("2026-08-18", "IMP", "Respiratory admission", end="2026-08-26", prac=resp, admit="emd", disch="home",
               reason="Weight loss, haemoptysis, breathlessness", priority="EM")
    ca = c.cond(cc((ICD10AM, "C34.1", "Malignant neoplasm of upper lobe, bronchus or lung"), (SCT, "254637007", "Non-small cell lung cancer"),
                   text="Adenocarcinoma of right upper lobe, stage IVB"), onset="2026-08-24", asserter=resp,
                stage=txt("cT3 N2 M1c (liver, bone) - stage IVB"))
    c.cond(cc((ICD10AM, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), (SCT, "94381002", "Secondary malignant neoplasm of liver")),
           onset="2026-08-20")
    c.cond(cc((ICD10AM, "C79.5", "Secondary malignant neoplasm of bone and bone marrow")), onset="2026-08-20")
    c.report(txt("CT chest, abdomen and pelvis with contrast"), "2026-08-20", None, cat="CT", enc=e1,
             conclusion="5.8 cm right upper lobe mass, bulky mediastinal nodes, multiple liver metastases, lytic lesions T9 and L2.")
    c.proc(txt("Endobronchial ultrasound-guided transbronchial needle aspiration (EBUS-TBNA)"), "2026-08-22", performer=resp,
           enc=e1, outcome="Adequate sampling of station 7 and 4R.")
    c.report(txt("Histopathology and molecular panel - EBUS-TBNA station 7"), "2026-08-24", None, cat="SP", enc=e1,
             conclusion="Metastatic adenocarcinoma, TTF-1 positive, lung primary. EGFR, ALK, ROS1, BRAF, KRAS G12C not "
                        "detected. PD-L1 TPS <1%.")
    ecog = cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG performance status")
    c.score(ecog, 3, "2026-08-25", e1, cat="exam")
    c.labs("2026-08-19", [("hbF", 104), ("alb", 29), ("alp", 212), ("ca", 2.71), ("creatF", 88)], enc=e1)
    c.note(txt("Lung cancer multidisciplinary meeting outcome"), "2026-09-10",
           "Lung Cancer MDM 10/09/2026\n\nPatient: Beryl LAWSON, 78F. Stage IVB adenocarcinoma RUL, no actionable "
           "driver, PD-L1 <1%. ECOG 3, severe COPD (FEV1 38%), albumin 29, weight loss 11 kg.\nOutcome: not suitable "
           "for systemic anticancer therapy or palliative radiotherapy at present; no treatment options with expected "
           "benefit. Recommendation: best supportive care. Refer to palliative care. Family meeting to be held.\n\n"
           "Chair: Dr K. Sandhu, Medical Oncology", author=[onc, resp])
    pc = c.sr(cc((SCT, "306237005", "Referral to palliative care service")), "2026-09-11", status="active", intent="order",
              requester=resp, reason_ref=[ca], priority="urgent", note="Community palliative care and inpatient consult liaison.")
    e2 = c.enc("2026-09-18", "AMB", "Family meeting - respiratory outpatients", prac=resp, reason_ref=[ca])
    c.note(txt("Family meeting note"), "2026-09-18",
           "Met with Beryl and her two daughters. Explained the cancer is advanced and that treatments aimed at the "
           "cancer are not expected to help and would likely cause harm given her frailty. Focus on comfort at home. "
           "Advance care directive discussed. Palliative care referral made.\n\nDr P. Achterberg", author=resp, enc=e2)
    c.medreq("Morphine sulfate 10 mg modified release tablet (PBS)", "2026-09-18", dosage="1 tablet twice daily",
             requester=resp, enc=e2, reason="Cancer pain, breathlessness")
    c.medreq("Dexamethasone 4 mg tablet (PBS)", "2026-09-18", dosage="1 tablet each morning", requester=resp, enc=e2,
             reason="Appetite, fatigue")
    c.medstmt("Tiotropium 2.5 microgram/olodaterol 2.5 microgram inhaler", "2018-01-01", dosage="2 puffs daily", reason="COPD")


@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], "D",
      "47-year-old man with failed back surgery syndrome after discectomy and fusion, a failed spinal cord stimulator "
      "trial and exhausted medicines; clinic letter says there are no further treatment options and discharges him",
      "A clinical note states that no further treatment options exist for his active condition and discharges him; "
      "no second opinion on record (signal only in the note).")
def up_p3_fbss_no_options(c):
    pcp_org = setup_us(c, "Downeast Mutual Health", "DMH-61192008", "Brewer Family Practice")
    pcp = c.pract("Levesque", "Marie", qual="MD, Family Medicine")
    pm = c.pract("Castellano", "Rita", qual="MD, Pain Medicine")
    psy = c.pract("Kim", "Leah", qual="PhD, Clinical Psychology")
    c.patient("Boucher", "Travis", "male", "1979-06-22", "MPC-0036620", line="48 Wilson Street", gp=pcp, marital="D")
    fb = c.cond(cc((ICD10CM, "M96.1", "Postlaminectomy syndrome, not elsewhere classified"),
                   text="Failed back surgery syndrome with left S1 radiculopathy"), onset="2023-06-01", asserter=pm)
    c.cond(cc((ICD10CM, "F33.1", "Major depressive disorder, recurrent, moderate"), (SCT, "35489007", "Depressive disorder")),
           onset="2021-01-01")
    c.proc(txt("L5-S1 microdiscectomy (left)"), "2022-03-15")
    c.proc(txt("L5-S1 posterior instrumented fusion"), "2023-02-08")
    c.proc(cc((CPT, "64635", "Destruction by neurolytic agent, paravertebral facet joint nerve(s), with imaging guidance; lumbar or sacral, single facet joint")),
           "2024-05-20", performer=pm, reason_ref=[fb], outcome="No meaningful relief.")
    c.proc(cc((CPT, "63650", "Percutaneous implantation of neurostimulator electrode array, epidural")), "2025-09-02",
           performer=pm, reason_ref=[fb], note="7-day spinal cord stimulator trial.",
           outcome="Trial failed: 20% pain relief (threshold 50%); leads removed day 7.")
    for med, rx, d, st, end in (("Gabapentin 800 mg tablet", "25480", "2023-08-01", "stopped", "2024-09-01"),
                                ("Pregabalin 150 mg capsule", "187832", "2024-09-01", "stopped", "2025-05-01"),
                                ("Duloxetine 60 mg capsule", "72625", "2023-10-01", "active", None),
                                ("Tramadol 50 mg tablet", "10689", "2024-01-01", "active", None)):
        c.medstmt(cc((RXNORM, rx, med.split()[0].lower()), text=med), d, status=st, end=end, reason_ref=[fb])
    for d, p in (("2026-04-08", 8), ("2026-08-05", 8), ("2026-11-04", 8)):
        e = c.enc(d, "AMB", "Follow-up visit", prac=pm, reason_ref=[fb],
                  type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
        c.pain(p, d, e)
    c.phq9(13, "2026-11-04", e)
    c.note(lnc("11506-3", "Progress note"), "2026-08-05",
           "Progress note\n\nCBT for chronic pain completed (12 sessions). Skills useful; pain unchanged 8/10. "
           "Mood fragile, PHQ-9 13.\n\nLeah Kim, PhD", author=psy)
    c.note(lnc("11488-4", "Consult note"), "2026-11-04",
           "Pain medicine - discharge letter\n\nDear Dr Levesque,\nTravis has failed back surgery syndrome with left S1 "
           "radicular pain following L5-S1 discectomy (2022) and fusion (2023). Over three years we have tried "
           "gabapentin, pregabalin, duloxetine, tramadol, facet radiofrequency ablation, a spinal cord stimulator trial "
           "(failed) and a full CBT/pain-management program. Pain remains 8/10.\nWe have exhausted the treatment options "
           "available: there are no further treatment options we can offer him. I have explained this to Travis, who is "
           "understandably distressed. He is discharged from the clinic to your care on his current medicines.\n\n"
           "Dr R. Castellano, Pain Medicine", author=pm, enc=e)
    c.labs("2026-04-08", [("hb_us", 14.9), ("creat_us", 0.9), ("alt", 24)])


@case("UNTREATABLE_PROGNOSIS", "near-miss", [], "C",
      "79-year-old man with relapsed, quad-refractory IgG-kappa myeloma after autologous transplant and four lines; "
      "palliative care plan after a tertiary-centre second opinion in July 2026 found no trial or CAR-T option",
      "A second opinion for the same problem (myeloma, tertiary myeloma centre, July 2026) is on record within 12 "
      "months, which suppresses the untreatable flag and the other myeloma-related flags.")
def up_n1_myeloma_second_opinion(c):
    ref_org = setup_haem(c)
    haem = c.pract("Okoro", "Adaeze", qual="FRCPath, Consultant Haematologist")
    cns = c.pract("Pryce", "Gwen", prefix="Ms", qual="Myeloma clinical nurse specialist")
    ter_org = c.org2("St Aldhelm's Myeloma Centre", "prov", None, "Tertiary Cancer Centre, Aldhelm Road")
    ter = c.pract("Varga", "Istvan", prefix="Prof", qual="Consultant Haematologist, myeloma")
    c.patient("Ashby", "Kenneth", "male", "1947-09-09", "HBMT-220917", line="6 Meadow Rise", gp=None,
              extra_ident="BMT-2021-0418", marital="M")
    mm = c.cond(cc((SCT, "109989006", "Multiple myeloma"), (ICD10, "C90.0", "Multiple myeloma"),
                   text="IgG-kappa multiple myeloma, relapsed/refractory (quad-refractory)"),
                onset="2021-03-10", asserter=haem, stage=txt("R-ISS II at diagnosis"))
    c.cond(sct("433144002", "Chronic kidney disease stage 3", text="CKD stage 3 (myeloma cast nephropathy)"), onset="2021-03-10")
    c.proc(txt("Autologous haematopoietic stem cell transplant (melphalan 200 mg/m2 conditioning)"), "2022-01-12",
           end="2022-02-02", performer=haem, reason_ref=[mm], outcome="VGPR.")
    c.note(txt("Treatment summary"), "2026-06-20",
           "Myeloma treatment summary\n\n1. VRd x4 (2021) -> ASCT Jan 2022 (Mel200) -> lenalidomide maintenance.\n"
           "2. Relapse 2024: daratumumab-pomalidomide-dexamethasone.\n3. 2025: carfilzomib-dexamethasone.\n"
           "4. 2026: selinexor-bortezomib-dexamethasone, progression after 3 cycles.\nNow refractory to lenalidomide, "
           "pomalidomide, bortezomib, carfilzomib and daratumumab. ECOG 3. Referred for second opinion at St Aldhelm's "
           "regarding trials, CAR-T or bispecific antibodies.\n\nDr A. Okoro", author=haem)
    so = c.sr(cc((SCT, "306206005", "Referral to service"), text="Referral for second opinion - tertiary myeloma centre"),
              "2026-06-22", status="completed", intent="order", requester=haem, performer=ter, reason_ref=[mm],
              reason=cc((V2_0336, "S", "Second Opinion")))
    e_so = c.enc("2026-07-15", "AMB", "Second opinion consultation - tertiary myeloma clinic", prac=ter, org=ter_org,
                 reason=cc((V2_0336, "S", "Second Opinion")), reason_ref=[mm])
    c.note(lnc("11488-4", "Consult note"), "2026-07-15",
           "Second opinion - St Aldhelm's Myeloma Centre\n\nDear Dr Okoro,\nI reviewed Mr Ashby at your request for a "
           "second opinion. He has quad-refractory IgG-kappa myeloma, ECOG 3, eGFR 34 and recurrent infections. He "
           "is not eligible for any open study, and is not fit for CAR-T or bispecific therapy. I agree there is no "
           "further anti-myeloma treatment likely to benefit him and support a palliative approach with transfusion "
           "support, as already discussed.\n\nProf I. Varga", author=ter, enc=e_so)
    c.careplan("Palliative care plan - refractory myeloma", "2026-08-01", category=sct("103735009", "Palliative care"),
               addresses=[mm], author=haem,
               activities=[{"desc": "Red cell transfusion to Hb >80 g/L for symptoms", "status": "in-progress"},
                           {"desc": "Community palliative care team", "status": "in-progress"},
                           {"desc": "Preferred place of care: home", "status": "completed"}])
    for d, hb, pp, kf in (("2026-06-15", 88, 38, 612), ("2026-08-24", 81, 44, 840), ("2026-10-19", 76, 51, 1120)):
        e = c.enc(d, "AMB", "Haematology day unit", prac=haem, reason_ref=[mm])
        c.labs(d, [("hb", hb), ("plt", {"2026-06-15": 96, "2026-08-24": 74, "2026-10-19": 58}[d]), ("neut", 1.4),
                   ("kflc", kf)], enc=e)
        c.score(cc(local(c, "lab", "PPQ", "Serum paraprotein (IgG-kappa)"), text="Paraprotein"), pp, d, e,
                cat="laboratory", unit="g/L", interp_code="H")
    for d in ("2026-08-24", "2026-10-19"):
        c.proc(cc((SCT, "116863004", "Transfusion of red blood cells"), text="Red cell transfusion, 2 units"), d,
               performer=cns, reason_ref=[mm], outcome="Uneventful.")



@case("UNTREATABLE_PROGNOSIS", "near-miss", [], "A",
      "57-year-old man with an incidental 3.2 cm Bosniak I simple renal cyst and fatty liver on ultrasound; urology "
      "advice: benign, no treatment or follow-up required",
      "The 'no treatment required' statement concerns a benign incidental finding, not an untreatable disease; there "
      "is no palliative plan.")
def up_n2_renal_cyst(c):
    gp_org = setup_nhs(c, "Ashby Road Surgery", "M85701")
    gp = c.pract("Marsh", "Fiona", qual="MRCGP")
    uro = c.pract("Iqbal", "Tariq", prefix="Mr", qual="FRCS (Urol)")
    c.patient("Clarke", "Stephen", "male", "1969-12-01", "9434765935", prefix="Mr", line="71 Hawthorn Road",
              gp=gp, extra_ident="NV5520913", marital="M")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), local(c, "gp-read", "G20..", "Essential hypertension")),
           onset="2018-01-01")
    fl = c.cond(sct("197321007", "Steatosis of liver", text="Non-alcoholic fatty liver disease"), onset="2026-06-30")
    cy = c.cond(cc(local(c, "gp-local", "RCYST", "Simple cyst of kidney"), text="Simple renal cyst, left kidney (Bosniak I)"),
                onset="2026-06-30", note="Incidental. Benign; no treatment or surveillance required.")
    e1 = c.enc("2026-06-02", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Annual hypertension review")
    c.bp(136, 84, "2026-06-02", e1)
    c.vital("bmi", 31.4, "2026-06-02", e1)
    c.labs("2026-06-02", [("alt", 68), ("alp", 96), ("bili", 12), ("alb", 44), ("plt", 241), ("hba1c", 40), ("creat", 84),
                          ("egfr", 88), ("chol", 5.9)], enc=e1, report=txt("LFT, FBC, HbA1c, U&E, lipids"),
           conclusion="Isolated ALT rise. Otherwise unremarkable.")
    c.report(txt("US abdomen"), "2026-06-30", None, cat="RAD",
             conclusion="Diffusely echogenic liver in keeping with steatosis, no focal lesion. 3.2 cm simple anechoic cyst "
                        "upper pole left kidney, thin wall, no septa or solid component (Bosniak I). Kidneys otherwise normal.")
    c.score(cc(local(c, "lab", "FIB4", "FIB-4 index"), text="FIB-4 index"), 0.98, "2026-06-30", unit="{index}", cat="laboratory",
            rng="< 1.30 low risk of advanced fibrosis")
    e2 = c.enc("2026-07-14", "VR", "Advice and guidance - urology", prac=uro, reason_ref=[cy])
    c.note(txt("Urology advice and guidance response"), "2026-07-14",
           "Advice and guidance\n\nThank you. This is a Bosniak I simple renal cyst. These are benign and very common at "
           "this age. No treatment is required and no imaging follow-up is needed. Please reassure Mr Clarke. No "
           "referral necessary.\n\nMr T. Iqbal, Consultant Urologist", author=uro, enc=e2)
    e3 = c.enc("2026-07-20", "AMB", "GP surgery consultation", prac=gp, org=gp_org, reason="Scan results")
    c.note(txt("GP consultation note"), "2026-07-20",
           "Discussed ultrasound: fatty liver, FIB-4 low risk - weight loss, alcohol within limits, recheck LFT in 6 "
           "months. Renal cyst benign per urology, no action. Statin started.\n\nDr F. Marsh", author=gp, enc=e3)
    c.medreq("Atorvastatin 20mg tablets", "2026-07-20", dosage="One at night", requester=gp, enc=e3, course="continuous")
    c.medstmt("Ramipril 5mg capsules", "2018-02-01", dosage="One daily")


# ================================================================= HIGH_IMPACT_TREATMENT

@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], "A",
      "49-year-old woman with triple-negative breast cancer after wide local excision, now on adjuvant "
      "epirubicin-cyclophosphamide then weekly paclitaxel, with breast radiotherapy planned",
      "Chemotherapy started (MedicationAdministration records of four EC cycles, a febrile neutropenia admission) and "
      "radiotherapy planned.")
def hit_p1_breast_chemo(c):
    gp_org = setup_nhs(c, "Kingsmead Medical Practice", "M85733", "2 Kingsmead Parade")
    gp = c.pract("Oduya", "Samuel", qual="MRCGP")
    surg = c.pract("Achebe", "Ngozi", prefix="Miss", qual="FRCS, Oncoplastic breast surgeon")
    onc = c.pract("Sørensen", "Mette", qual="FRCR, Clinical Oncologist")
    chemo_n = c.pract("Leigh", "Amanda", prefix="Ms", qual="Chemotherapy nurse")
    c.patient("Robson", "Claire", "female", "1977-05-16", "9434765943", prefix="Ms", line="19 Beech Walk",
              phone="+44 7700 900884", gp=gp, extra_ident="NV6630147", marital="M")
    bc = c.cond(cc((SCT, "254837009", "Malignant neoplasm of breast"), text="Invasive ductal carcinoma left breast, triple negative"),
                onset="2026-06-09", asserter=surg, stage=txt("pT2 (24 mm) pN0 (0/2 SLN) M0, grade 3, ER 0, PR 0, HER2 1+"))
    c.report(txt("Core biopsy left breast 2 o'clock - histopathology"), "2026-06-09", None, cat="SP",
             conclusion="Invasive carcinoma of no special type, grade 3. ER 0/8, PR 0/8, HER2 1+ (negative).")
    c.proc(txt("Left wide local excision and sentinel lymph node biopsy"), "2026-07-14", performer=surg, reason_ref=[bc],
           outcome="Clear margins (closest 4 mm); 0/2 sentinel nodes.")
    c.note(txt("Breast MDT outcome"), "2026-07-28",
           "Breast MDT 28/07/2026\n\nClaire ROBSON. Post WLE + SLNB: 24 mm grade 3 triple-negative IDC, node negative, "
           "clear margins. Germline BRCA panel sent. Recommendation: adjuvant chemotherapy (EC90 x4 then weekly "
           "paclitaxel x12) followed by whole-breast radiotherapy 26 Gy/5 fractions.\n", author=[onc, surg])
    rq = c.medreq(txt("Adjuvant EC90 x4 then paclitaxel 80 mg/m2 weekly x12 (local regimen BR-EC-P)"), "2026-08-20",
                  status="active", intent="order", requester=onc, reason_ref=[bc],
                  dosage="Epirubicin 90 mg/m2 + cyclophosphamide 600 mg/m2 IV day 1, every 21 days x4; then paclitaxel 80 mg/m2 IV weekly x12")
    for i, d in enumerate(("2026-09-01", "2026-09-22", "2026-10-13", "2026-11-03"), 1):
        e = c.enc(d, "AMB", f"Chemotherapy day unit - EC cycle {i}", prac=chemo_n, reason_ref=[bc])
        c.medadmin(txt("Epirubicin 162 mg IV"), d, dose=(162, "mg"), enc=e, performer=chemo_n, request=rq,
                   note=f"EC cycle {i}")
        c.medadmin(txt("Cyclophosphamide 1080 mg IV"), d, dose=(1080, "mg"), enc=e, performer=chemo_n, request=rq)
    e5 = c.enc("2026-09-11", "IMP", "Emergency admission - acute oncology", end="2026-09-15", prac=onc, admit="emd",
               disch="home", priority="EM", reason="Neutropenic sepsis")
    c.news2(5, "2026-09-11", e5)
    c.labs("2026-09-11", [("neut", 0.2), ("hbF", 104), ("plt", 121), ("crp", 96)], enc=e5)
    c.note(lnc("18842-5", "Discharge summary"), "2026-09-15",
           "Acute oncology discharge\n\nFebrile neutropenia day 10 after EC cycle 1. Treated with piperacillin-tazobactam, "
           "afebrile at 48 h. G-CSF prophylaxis from cycle 2. Fatigue, alopecia, nausea grade 2. Off work.\n\n"
           "Dr M. Sørensen", author=onc, enc=e5)
    e6 = c.enc("2026-11-24", "AMB", "Chemotherapy day unit - paclitaxel week 1", prac=chemo_n, reason_ref=[bc])
    c.medadmin(txt("Paclitaxel 144 mg IV"), "2026-11-24", dose=(144, "mg"), enc=e6, performer=chemo_n, request=rq)
    c.sr(cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Whole-breast radiotherapy 26 Gy in 5 fractions"),
         "2026-11-24", status="active", intent="order", requester=onc, performer=onc, reason_ref=[bc],
         occurrence_period=("2027-03-15", "2027-03-19"))
    c.score(cc(local(c, "proms", "EORTC-GHS", "EORTC QLQ-C30 global health status"), text="EORTC QLQ-C30 global health"),
            42, "2026-11-03", unit="{score}")


@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], "B",
      "62-year-old man with diabetic kidney disease progressing to end-stage kidney disease; AV fistula formed and "
      "thrice-weekly in-centre haemodialysis started in September 2026",
      "Dialysis (ACHI 13100-00) has been started and is ongoing under an active renal replacement therapy plan.")
def hit_p2_haemodialysis(c):
    gp_org = setup_au(c, "Kestrel Bay Family Practice", "4401 68127 2")
    gp = c.pract("Tran", "Nicole", qual="FRACGP")
    neph = c.pract("Mwangi", "Peter", qual="FRACP (Nephrology)")
    vasc = c.pract("Leung", "Adrian", qual="FRACS (Vascular)")
    dn = c.pract("Bellamy", "Trish", prefix="Ms", qual="Dialysis nurse unit manager")
    c.patient("Kerr", "Dennis", "male", "1964-01-11", "8003608099233114", line="9 Jetty Road", gp=gp,
              extra_ident="KB0559120", marital="M")
    dm = c.cond(cc((ICD10AM, "E11.22", "Type 2 diabetes mellitus with established diabetic nephropathy"),
                   (SCT, "44054006", "Diabetes mellitus type 2")), onset="2004-01-01")
    esk = c.cond(cc((ICD10AM, "N18.5", "Chronic kidney disease, stage 5"), (SCT, "46177005", "End-stage renal disease")),
                 onset="2026-05-01", asserter=neph)
    c.cond(cc((ICD10AM, "I12.0", "Hypertensive kidney disease with kidney failure"), (SCT, "38341003", "Hypertensive disorder")),
           onset="2008-01-01")
    for d, cr, eg, k, hb in (("2026-02-10", 560, 9, 5.5, 97), ("2026-05-12", 600, 8, 5.7, 95), ("2026-08-25", 640, 7, 5.9, 93)):
        e = c.enc(d, "AMB", "Renal outpatient clinic", prac=neph, reason_ref=[esk])
        c.labs(d, [("creat", cr), ("egfr", eg, "L"), ("k", k), ("hb", hb)], enc=e)
    c.proc(txt("Creation of left radiocephalic arteriovenous fistula"), "2026-06-16", performer=vasc, reason_ref=[esk],
           outcome="Matured by week 8.")
    hd = c.careplan("Renal replacement therapy - in-centre haemodialysis", "2026-09-01",
                    category=txt("Renal replacement therapy"), addresses=[esk], author=neph,
                    description="Haemodialysis 4 h three times weekly (Mon/Wed/Fri) via left RC fistula. Transplant work-up deferred.",
                    activities=[{"desc": "Haemodialysis 4 h x3/week", "status": "in-progress",
                                 "code": cc((ACHI, "13100-00", "Haemodialysis"))},
                                {"desc": "Darbepoetin weekly with dialysis", "status": "in-progress", "kind": "MedicationRequest"}])
    for d in ("2026-09-07", "2026-09-09", "2026-11-27"):
        e = c.enc(d, "AMB", "Haemodialysis session", prac=dn, reason_ref=[esk], end=d)
        c.proc(cc((ACHI, "13100-00", "Haemodialysis"), (SCT, "302497006", "Hemodialysis")), d, end=d, performer=dn,
               reason_ref=[esk], enc=e)
    c.labs("2026-11-27", [("k", 4.9), ("hb", 104), ("alb", 36)])
    c.note(lnc("11488-4", "Consult note"), "2026-09-14",
           "Renal clinic letter\n\nDear Dr Tran,\nDennis started haemodialysis on 7 September 2026 via his left "
           "radiocephalic fistula, 4 hours three times a week at the Kestrel Bay satellite unit. He finds the schedule "
           "hard: he has had to stop work as a fishing charter skipper, is washed out after sessions and is on a 1 L "
           "fluid restriction. We will discuss transplant suitability at 6 months.\n\nDr P. Mwangi, Nephrologist",
           author=neph)
    c.medreq("Darbepoetin alfa 40 microgram/0.4 mL injection", "2026-09-07", dosage="40 microgram IV weekly with dialysis",
             requester=neph, reason_ref=[esk])
    c.medreq("Sevelamer carbonate 800 mg tablet (PBS)", "2026-09-07", dosage="2 tablets with meals", requester=neph)
    c.medstmt("Insulin glargine 100 units/mL pen", "2015-01-01", dosage="22 units at night", reason_ref=[dm])


@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], "D",
      "58-year-old woman with painful diabetic neuropathy started on tapentadol plus pregabalin; pain slightly better but "
      "EQ-5D-5L index falls 0.62 -> 0.39 with sedation, falls and loss of driving",
      "A patient-reported quality-of-life score (EQ-5D-5L) fell by far more than its minimal important difference "
      "after the treatment began, attributed to treatment adverse effects; pain itself improved slightly.")
def hit_p3_eq5d_drop(c):
    pcp_org = setup_us(c, "Pine State Health Plan", "PSH-22098716")
    pcp = c.pract("Greene", "Samuel", qual="MD, Family Medicine")
    pm = c.pract("Castellano", "Rita", qual="MD, Pain Medicine")
    psy = c.pract("Kim", "Leah", qual="PhD, Clinical Psychology")
    c.patient("Morrissette", "Linda", "female", "1968-08-14", "MPC-0044908", line="12 Birch Street", gp=pcp, marital="M")
    dm = c.cond(cc((ICD10CM, "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"),
                   (SCT, "230572002", "Diabetic neuropathy")), onset="2022-05-01", asserter=pm,
                note="Painful length-dependent sensory neuropathy, burning feet.")
    c.cond(cc((ICD10CM, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), onset="2016-01-01")
    c.medstmt(cc((RXNORM, "6809", "metformin"), text="Metformin 1000 mg tablet"), "2016-03-01", dosage="1000 mg twice daily")
    t = c.medreq(cc((RXNORM, "787390", "tapentadol"), text="Tapentadol ER 100 mg tablet"), "2026-05-06",
                 dosage="100 mg twice daily", requester=pm, reason_ref=[dm], course="continuous")
    p = c.medreq(cc((RXNORM, "187832", "pregabalin"), text="Pregabalin 150 mg capsule"), "2026-05-06",
                 dosage="150 mg twice daily", requester=pm, reason_ref=[dm], course="continuous")
    eq = cc(local(c, "instrument", "EQ5D5L-IDX", "EQ-5D-5L index value (US value set)"), text="EQ-5D-5L index")
    vas = cc(local(c, "instrument", "EQ-VAS", "EQ visual analogue scale"), text="EQ VAS (0-100)")
    for d, idx, v, pn in (("2026-04-15", 0.62, 60, 7), ("2026-07-15", 0.44, 40, 6), ("2026-10-14", 0.39, 35, 6)):
        e = c.enc(d, "AMB", "Follow-up visit", prac=pm, reason_ref=[dm],
                  type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
        c.score(eq, idx, d, e, unit="{index}")
        c.score(vas, v, d, e)
        c.pain(pn, d, e)
    c.labs("2026-07-15", [("hba1c_pct", 7.2), ("creat_us", 0.8), ("b12", 402)])
    c.note(lnc("11506-3", "Progress note"), "2026-10-14",
           "Pain medicine progress note\n\nPainful diabetic neuropathy. Since starting tapentadol ER and pregabalin in "
           "May: burning pain modestly better (NRS 7 -> 6). However marked daytime sedation, dizziness, two falls at "
           "home (no fracture), 6 kg weight gain, swollen ankles; she has stopped driving and given up her part-time "
           "job. EQ-5D-5L index 0.62 before treatment, now 0.39; EQ VAS 60 -> 35. She says: 'the tablets have taken my "
           "life away more than the pain did.'\nPlan: discuss options including taper.\n\nDr R. Castellano", author=pm, enc=e)
    c.note(lnc("11506-3", "Progress note"), "2026-10-21",
           "Health psychology\n\nLow mood linked to loss of independence (not driving, not working) since the new "
           "medicines. PHQ-9 11.\n\nLeah Kim, PhD", author=psy)
    c.phq9(11, "2026-10-21")
    c.bp(134, 80, "2026-10-14", e)


@case("HIGH_IMPACT_TREATMENT", "near-miss", [], "A",
      "64-year-old man with Gleason 3+3 (Grade Group 1) prostate cancer on active surveillance with stable PSA; "
      "radical treatment not recommended",
      "No high-impact treatment is planned or started: the agreed management is active surveillance, and the raised "
      "PSA was promptly investigated.")
def hit_n1_prostate_as(c):
    gp_org = setup_nhs(c, "Riverside Health Centre", "M85790", "Riverside Walk")
    gp = c.pract("Patel", "Anjali", qual="MRCGP")
    uro = c.pract("Iqbal", "Tariq", prefix="Mr", qual="FRCS (Urol)")
    cns = c.pract("Foley", "Martin", prefix="Mr", qual="Uro-oncology clinical nurse specialist")
    c.patient("Fairhurst", "Brian", "male", "1962-03-03", "9434765951", prefix="Mr", line="2 Ferry Lane", gp=gp,
              extra_ident="NV7741020", marital="M")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), local(c, "gp-read", "G20..", "Essential hypertension")), onset="2015-01-01")
    c.lab("psa", 6.8, "2025-11-10")
    c.sr(txt("Suspected cancer pathway referral - urology (raised PSA)"), "2025-11-12", status="completed", requester=gp,
         performer=uro)
    c.report(txt("MRI prostate (multiparametric)"), "2025-12-01", None, cat="NMR",
             conclusion="PI-RADS 3 lesion left peripheral zone, 7 mm. Prostate volume 58 mL. No extracapsular extension.")
    c.proc(txt("Transperineal prostate biopsy (template, 24 cores)"), "2025-12-18", performer=uro, outcome="2 of 24 cores positive.")
    pc = c.cond(cc((SCT, "399068003", "Malignant tumor of prostate"), text="Adenocarcinoma of prostate, Gleason 3+3=6 (Grade Group 1)"),
                onset="2025-12-22", asserter=uro, stage=txt("cT1c N0 M0, CPG 1 (CAMPO)"))
    c.note(txt("Urology MDT outcome"), "2026-01-08",
           "Urology MDT: Grade Group 1, PSA 6.8, PSA density 0.12, CPG 1. Recommendation per NICE NG131: active "
           "surveillance. Radical prostatectomy or radiotherapy not recommended at this stage.")
    e1 = c.enc("2026-01-15", "AMB", "Uro-oncology clinic", prac=uro, reason_ref=[pc])
    c.note(txt("Urology clinic letter"), "2026-01-15",
           "Dear Dr Patel,\nWe discussed the results with Mr Fairhurst. He has low-risk prostate cancer and has chosen "
           "active surveillance, which we recommend. PSA every 3-6 months, MRI at 12-18 months, repeat biopsy if "
           "progression.\n\nMr T. Iqbal", author=uro, enc=e1)
    c.careplan("Active surveillance - prostate cancer", "2026-01-15", category=txt("Cancer surveillance"), addresses=[pc],
               author=cns, activities=[{"desc": "PSA every 6 months", "status": "in-progress"},
                                       {"desc": "Repeat mpMRI prostate mid-2027", "status": "scheduled"}])
    for d, v in (("2026-05-12", 6.5), ("2026-11-10", 6.9)):
        e = c.enc(d, "AMB", "Prostate surveillance nurse clinic", prac=cns, reason_ref=[pc])
        c.lab("psa", v, d, enc=e)
    c.bp(134, 82, "2026-05-12")
    c.labs("2026-05-12", [("creat", 90), ("egfr", 79), ("hb", 148)])
    c.medstmt("Amlodipine 10mg tablets", "2015-02-01", dosage="One daily")


@case("HIGH_IMPACT_TREATMENT", "near-miss", [], "B",
      "52-year-old woman with seropositive rheumatoid arthritis started on weekly methotrexate; disease activity "
      "improving and HAQ-DI changes by only 0.125",
      "Low-dose methotrexate is not a severely life-altering treatment, and the patient-reported HAQ-DI change "
      "(0.75 -> 0.875) is below its minimal important difference (0.22).")
def hit_n2_ra_methotrexate(c):
    gp_org = setup_au(c, "Seaview General Practice", "2205 81943 1", "7 Seaview Road")
    gp = c.pract("Fitzgerald", "Aoife", qual="FRACGP")
    rh = c.pract("Papadopoulos", "Eleni", qual="FRACP (Rheumatology)")
    c.patient("Pereira", "Joanne", "female", "1974-10-10", "8003608199340026", line="40 Wattle Avenue", gp=gp,
              extra_ident="KB0870036", marital="M")
    ra = c.cond(cc((ICD10AM, "M05.80", "Other seropositive rheumatoid arthritis, multiple sites"), (SCT, "69896004", "Rheumatoid arthritis")),
                onset="2026-03-02", asserter=rh)
    c.labs("2026-03-02", [("rf", 88), ("crp", 18), ("esr", 34), ("hbF", 121), ("alt", 21), ("creatF", 62)],
           report=txt("Rheumatology baseline bloods"), conclusion="RF positive (anti-CCP 212 U/mL), raised inflammatory markers.")
    rq = c.medreq("Methotrexate 2.5 mg tablet (PBS)", "2026-04-01", dosage="15 mg (6 tablets) ONCE WEEKLY on Mondays",
                  requester=rh, reason_ref=[ra], course="continuous")
    c.medreq("Folic acid 5 mg tablet (PBS)", "2026-04-01", dosage="1 tablet weekly, not on methotrexate day", requester=rh)
    haq = cc(local(c, "proms", "HAQ-DI", "Health Assessment Questionnaire Disability Index"), text="HAQ-DI (0-3)")
    das = cc(local(c, "proms", "DAS28-CRP", "Disease Activity Score 28 joints (CRP)"), text="DAS28-CRP")
    for d, h, ds, crp in (("2026-04-01", 0.75, 4.6, 17), ("2026-07-08", 0.875, 3.4, 8), ("2026-11-11", 0.875, 3.1, 6)):
        e = c.enc(d, "AMB", "Rheumatology outpatient clinic", prac=rh, reason_ref=[ra])
        c.score(haq, h, d, e, unit="{score}")
        c.score(das, ds, d, e, cat="exam", unit="{score}")
        c.labs(d, [("crp", crp), ("alt", {"2026-04-01": 21, "2026-07-08": 29, "2026-11-11": 26}[d])], enc=e)
    c.note(lnc("11488-4", "Consult note"), "2026-11-11",
           "Rheumatology clinic letter\n\nDear Dr Fitzgerald,\nJoanne is tolerating methotrexate 15 mg weekly with mild "
           "nausea the day after her dose. Joint counts improving (DAS28-CRP 4.6 -> 3.1). HAQ-DI 0.875, essentially "
           "unchanged. Bloods satisfactory. Plan: increase to 20 mg weekly, review 3 months.\n\nDr E. Papadopoulos",
           author=rh, enc=e)
    c.report(txt("XR hands and feet"), "2026-03-09", None, cat="RAD", conclusion="Periarticular osteopenia, no erosions.")


# ================================================================= PATIENT_REPORTED_CONCERN

@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], "D",
      "44-year-old woman with chronic low back pain from lumbar spondylosis, stable; on the clinic's annual "
      "questionnaire she answers that she is not listened to and wants a second opinion",
      "Explicit patient signal in a QuestionnaireResponse: 'Would you like a second opinion?' answered Yes, with a "
      "free-text reason.")
def prc_p1_questionnaire_yes(c):
    pcp_org = setup_us(c, "Downeast Mutual Health", "DMH-44872019", "Bangor Primary Care Associates")
    pcp = c.pract("Whitcomb", "Ellen", qual="MD, Family Medicine")
    pm = c.pract("Castellano", "Rita", qual="MD, Pain Medicine")
    pt = c.pract("Lindqvist", "Erik", prefix="Mr", qual="DPT, Physical Therapy")
    c.patient("Fournier", "Angela", "female", "1982-12-02", "MPC-0029981", line="5 Maple Lane", gp=pcp, marital="M")
    lb = c.cond(cc((ICD10CM, "M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region"),
                   (SCT, "279039007", "Low back pain"),
                   text="Chronic low back pain due to lumbar spondylosis"), onset="2021-05-01", asserter=pm)
    c.cond(cc((ICD10CM, "F41.1", "Generalized anxiety disorder"), (SCT, "21897009", "Generalized anxiety disorder")), onset="2019-01-01")
    c.report(txt("MRI lumbar spine without contrast"), "2024-09-12", None, cat="NMR",
             conclusion="Multilevel degenerative disc disease L3-S1 with mild facet arthropathy. No canal or foraminal stenosis.")
    pi = cc(local(c, "instrument", "PROMIS-PI-6a", "PROMIS Pain Interference 6a T-score"), text="PROMIS Pain Interference T-score")
    for d, n, t in (("2026-03-11", 6, 62.4), ("2026-07-15", 6, 61.8), ("2026-11-10", 5, 61.2)):
        e = c.enc(d, "AMB", "Follow-up visit", prac=pm, reason_ref=[lb],
                  type_cc=cc((CPT, "99213", "Office or other outpatient visit, established patient, low MDM")))
        c.pain(n, d, e)
        c.score(pi, t, d, e, unit="{T-score}")
    c.medstmt(cc((RXNORM, "72625", "duloxetine"), text="Duloxetine 60 mg capsule"), "2024-10-01", dosage="60 mg daily",
              reason_ref=[lb])
    c.medstmt(cc((RXNORM, "5640", "ibuprofen"), text="Ibuprofen 400 mg tablet"), "2021-06-01", dosage="400 mg up to three times daily as needed")
    c.enc("2026-05-06", "AMB", "Physical therapy session", prac=pt, reason_ref=[lb], type_cc=cc((CPT, "97110", "Therapeutic exercises")))
    c.qresp("2026-11-10", [
        ("1", "Overall, how would you rate the care you receive at this clinic? (0-10)", 4),
        ("2", "Do you feel your concerns about your condition have been listened to?", cc((LOINC, "LA32-8", "No"))["coding"][0]),
        ("3", "Would you like a second opinion about your diagnosis or treatment plan?", True),
        ("3.1", "If yes, please tell us why",
         "I keep being told my MRI is 'just wear and tear' and that I have to live with it. I would like another "
         "specialist to look at my scans and my treatment."),
        ("4", "Do you have any other comments?", None),
    ], questionnaire=f"{c.o['base']}/Questionnaire/annual-patient-experience|2025.1", enc=e)
    c.note(lnc("11506-3", "Progress note"), "2026-11-10",
           "Follow-up: pain 5/10, function stable, continues home exercise and duloxetine. Annual patient experience "
           "questionnaire completed in the waiting room today.\n\nDr R. Castellano", author=pm, enc=e)
    c.labs("2026-07-15", [("crp", 1.5), ("hbF_us", 13.0)])



@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], "A",
      "36-year-old woman with migraine with aura, stable on propranolol and discharged by neurology, sends an NHS App "
      "message saying she has not been listened to and asks for a second opinion at a headache clinic",
      "Explicit patient-authored Communication asking for a second opinion; no second opinion on record.")
def prc_p2_message(c):
    gp_org = setup_nhs(c, "Ashby Road Surgery", "M85701")
    gp = c.pract("Marsh", "Fiona", qual="MRCGP")
    neu = c.pract("Coulthard", "Simon", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "4188230"), qual="FRCP, Neurology")
    c.patient("Ward", "Hannah", "female", "1990-04-25", "9434765968", prefix="Ms", line="47 Thornbury Street",
              phone="+44 7700 900338", gp=gp, extra_ident="NV8801544", marital="S")
    mg = c.cond(cc((SCT, "4473006", "Migraine with aura"), local(c, "gp-read", "F261.", "Classical migraine")),
                onset="2019-02-01", asserter=neu)
    c.cond(sct("197480006", "Anxiety disorder"), onset="2020-06-01")
    c.medstmt("Topiramate 50mg tablets", "2024-09-01", status="stopped", end="2025-05-20", dosage="50mg twice daily",
              reason_ref=[mg], note="Stopped: word-finding difficulty and paraesthesia.")
    c.medstmt("Propranolol 80mg modified-release capsules", "2025-06-01", dosage="One daily", reason_ref=[mg])
    c.medstmt("Sumatriptan 50mg tablets", "2020-01-01", dosage="One at onset, may repeat after 2 hours", reason_ref=[mg])
    hd = cc(local(c, "gp-local", "HDAYS", "Headache days per month (diary)"), text="Headache days per month")
    for d, v in (("2026-03-10", 8), ("2026-06-16", 7), ("2026-09-08", 8)):
        e = c.enc(d, "AMB", "Neurology outpatient clinic" if d == "2026-09-08" else "GP surgery consultation",
                  prac=neu if d == "2026-09-08" else gp, org=None if d == "2026-09-08" else gp_org, reason_ref=[mg])
        c.score(hd, v, d, e)
    c.bp(112, 70, "2026-06-16")
    c.note(txt("Neurology clinic letter"), "2026-09-08",
           "Dear Dr Marsh,\nMs Ward's migraine with aura is stable at about 8 headache days a month on propranolol. "
           "Neurological examination normal. MRI brain 2024 normal. No change to treatment; she can continue with you "
           "and I have discharged her from the neurology clinic.\n\nDr S. Coulthard, Consultant Neurologist", author=neu, enc=e)
    m = c.comm("2026-11-14",
               "Hello, I was discharged from neurology in September after a 10 minute appointment. I still have "
               "headaches most weeks, I have had to drop to part-time at work, and the aura episodes frighten me. I "
               "don't feel anyone has listened to me or looked at other treatment options. Please can I be referred for "
               "a second opinion at a specialist headache clinic? Thank you, Hannah Ward",
               sender=c.pat, recipient=[gp, gp_org], medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode",
                                                                   "ELECTRONIC", "electronic data"), text="NHS App message"),
               category=txt("Patient message"), about=[mg])
    c.comm("2026-11-16", "Thank you for your message. Dr Marsh will call you to discuss this on 3 December.",
           sender=gp_org, recipient=c.pat, in_response=m, category=txt("Practice reply"))
    c.appointment("2026-12-03T10:20:00+00:00", "2026-12-03T10:30:00+00:00", "GP telephone appointment - headache review",
                  prac=gp)
    c.labs("2026-03-10", [("hbF", 136), ("ferritinF", 48)])


@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], "C",
      "58-year-old smoker with JAK2-negative secondary erythrocytosis on a venesection programme; he asks via the "
      "patient portal for a second opinion, recorded as an active Flag he authored",
      "Patient-authored Flag requesting a second opinion about his diagnosis and venesection plan; none on record yet.")
def prc_p3_flag(c):
    ref_org = setup_haem(c)
    haem = c.pract("Lindqvist", "Maja", qual="FRCPath, Consultant Haematologist")
    nurse = c.pract("Aziz", "Farah", prefix="Ms", qual="Haematology day-unit nurse")
    c.patient("Holloway", "Derek", "male", "1968-02-19", "HBMT-301844", line="33 Station Road", extra_ident="HAEM-26-1188",
              marital="M")
    ery = c.cond(cc((ICD10, "D75.1", "Secondary polycythaemia"), text="Secondary erythrocytosis (smoking, obstructive sleep apnoea)"),
                 onset="2025-11-01", asserter=haem)
    c.cond(sct("78275009", "Obstructive sleep apnea syndrome"), onset="2023-01-01")
    c.cond(sct("77176002", "Smoker", text="Current smoker, 30 pack-years"), onset="1985-01-01")
    c.text_obs(cc(local(c, "lab", "JAK2V617F", "JAK2 V617F mutation, quantitative PCR"), text="JAK2 V617F"),
               "Not detected", "2025-12-02", cat="laboratory", interp_code="NEG")
    c.text_obs(cc(local(c, "lab", "JAK2EX12", "JAK2 exon 12 mutation analysis"), text="JAK2 exon 12"),
               "Not detected", "2025-12-02", cat="laboratory", interp_code="NEG")
    c.lab("epo", 24, "2025-12-02")
    series = (("2026-02-10", 0.56, 188), ("2026-05-12", 0.53, 176), ("2026-08-11", 0.52, 180), ("2026-11-10", 0.51, 174))
    for d, hct, hb in series:
        e = c.enc(d, "AMB", "Haematology day unit - venesection", prac=nurse, reason_ref=[ery])
        c.labs(d, [("hct", hct), ("hb", hb), ("plt", 248), ("wcc", 9.8)], enc=e)
        if hct > 0.52:
            c.proc(txt("Therapeutic venesection 450 mL"), d, performer=nurse, reason_ref=[ery], enc=e)
    c.note(txt("Haematology clinic letter"), "2026-08-11",
           "Dear Dr,\nMr Holloway has secondary erythrocytosis driven by smoking and untreated sleep apnoea (CPAP "
           "use 1-2 h/night). JAK2 V617F and exon 12 negative, EPO normal. Venesect to haematocrit <0.52 only if "
           "symptomatic or above target. The most important measures are stopping smoking and using CPAP. He was "
           "disappointed that no further investigation is planned.\n\nDr M. Lindqvist", author=haem)
    c.flag(txt("Patient requests a second opinion about his diagnosis and venesection plan (raised via patient portal)"),
           "2026-10-30", author=c.pat, category="admin")
    c.comm("2026-10-30", "I would like a second opinion from another haematologist. I was told it is 'just the smoking' "
           "but my brother had a blood clot and I want someone else to look at my results properly.",
           sender=c.pat, recipient=haem, category=txt("Patient portal message"), about=[ery])
    c.medstmt("Aspirin 75mg dispersible tablets", "2025-12-10", dosage="One daily", reason_ref=[ery])


@case("PATIENT_REPORTED_CONCERN", "near-miss", [], "B",
      "55-year-old man with gout controlled on allopurinol; on the outpatient experience survey he answers No to "
      "wanting a second opinion and Yes to being listened to",
      "The patient-reported items are negative: no request for a second opinion and no sense of being dismissed.")
def prc_n1_survey_no(c):
    gp_org = setup_au(c, "Harbourside Medical Centre", "3389 20541 1", "2/110 Harbour Drive")
    gp = c.pract("Hughes", "Callum", qual="FRACGP")
    rh = c.pract("Papadopoulos", "Eleni", qual="FRACP (Rheumatology)")
    c.patient("Baxter", "Trevor", "male", "1971-06-06", "8003608900117264", line="16 Kingfisher Way", gp=gp,
              extra_ident="KB0440971", marital="M")
    gt = c.cond(cc((ICD10AM, "M10.07", "Idiopathic gout, ankle and foot"), (SCT, "90560007", "Gout")), onset="2023-02-01",
                asserter=rh)
    c.cond(cc((ICD10AM, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), onset="2018-01-01")
    c.cond(cc((ICD10AM, "E66.9", "Obesity, unspecified"), (SCT, "414916001", "Obesity")), onset="2015-01-01")
    c.medstmt("Allopurinol 300 mg tablet (PBS)", "2024-05-01", dosage="1 tablet daily", reason_ref=[gt])
    c.medstmt("Amlodipine 5 mg tablet (PBS)", "2018-02-01", dosage="1 tablet daily")
    urate = cc((LOINC, "14933-6", "Urate [Moles/volume] in Serum or Plasma"), text="Serum urate")
    for d, v in (("2026-02-17", 0.34), ("2026-06-16", 0.31), ("2026-11-17", 0.29)):
        e = c.enc(d, "AMB", "Rheumatology outpatient clinic", prac=rh, reason_ref=[gt])
        c.score(urate, v, d, e, cat="laboratory", unit="mmol/L", interp_code="N" if v <= 0.36 else "H", rng="target < 0.36 mmol/L")
    c.labs("2026-11-17", [("creat", 96), ("egfr", 78), ("alt", 30)], enc=e)
    c.qresp("2026-11-17", [
        ("q1", "Overall, how would you rate your care today? (0-10)", 9),
        ("q2", "Did the doctor listen carefully to you?", cc((LOINC, "LA33-6", "Yes"))["coding"][0]),
        ("q3", "Would you like a second opinion about your diagnosis or treatment?", False),
        ("q4", "Any other comments?", "No flares this year. Happy with the plan."),
    ], questionnaire=f"{c.o['base']}/Questionnaire/outpatient-experience-survey|3", enc=e)
    c.note(lnc("11488-4", "Consult note"), "2026-11-17",
           "Rheumatology clinic letter\n\nDear Dr Hughes,\nTrevor has had no gout flares in 12 months. Urate 0.29 mmol/L "
           "on allopurinol 300 mg, at target. Renal function stable. Discharge to your care with annual urate.\n\n"
           "Dr E. Papadopoulos", author=rh, enc=e)
    c.bp(128, 80, "2026-11-17", e)


@case("PATIENT_REPORTED_CONCERN", "near-miss", [], "C",
      "41-year-old woman with an unprovoked pulmonary embolism who asked for a second opinion about lifelong "
      "anticoagulation; seen at the regional thrombosis centre in May 2026, which agreed the plan",
      "The patient's request has already been met: a second opinion for the same problem is on record within the last "
      "12 months, so the concern flag is suppressed.")
def prc_n2_pe_second_opinion_done(c):
    ref_org = setup_haem(c)
    haem = c.pract("Okoro", "Adaeze", qual="FRCPath, Consultant Haematologist")
    tc_org = c.org2("Regional Thrombosis and Haemostasis Centre", "prov", None, "Queen's Building, University Hospital")
    tc = c.pract("Beaumont", "Louise", qual="FRCPath, Consultant in Thrombosis")
    c.patient("Lindgren", "Sarah", "female", "1985-09-14", "HBMT-288310", line="21 Park Crescent", extra_ident="HAEM-25-0971",
              marital="M")
    pe = c.cond(cc((SCT, "59282003", "Pulmonary embolism"), (ICD10, "I26.9", "Pulmonary embolism without mention of acute cor pulmonale"),
                   text="Unprovoked pulmonary embolism"), onset="2025-12-04", asserter=haem)
    c.report(txt("CT pulmonary angiogram"), "2025-12-04", None, cat="CT",
             conclusion="Bilateral segmental pulmonary emboli, no RV strain.")
    c.labs("2025-12-04", [("ddimer", 3.8), ("hbF", 131), ("plt", 262), ("creatF", 64)])
    c.text_obs(cc(local(c, "lab", "APS", "Antiphospholipid screen (lupus anticoagulant, aCL, anti-b2GPI)"),
                  text="Antiphospholipid screen"), "Negative on two occasions 12 weeks apart", "2026-03-05",
               cat="laboratory", interp_code="NEG")
    c.medstmt("Apixaban 5mg tablets", "2025-12-04", status="completed", end="2026-06-04", dosage="5mg twice daily",
              reason_ref=[pe])
    c.medstmt("Apixaban 2.5mg tablets", "2026-06-05", dosage="2.5mg twice daily (extended-phase)", reason_ref=[pe])
    ask = c.comm("2026-03-10",
                 "I've been told I will probably need blood thinners for life. I'm only 40 and would like a second "
                 "opinion from a thrombosis specialist before deciding, please.", sender=c.pat, recipient=haem,
                 category=txt("Patient portal message"), about=[pe])
    c.sr(cc((SCT, "306206005", "Referral to service"), text="Referral for second opinion - regional thrombosis centre"),
         "2026-03-16", status="completed", requester=haem, performer=tc, reason_ref=[pe],
         reason=cc((V2_0336, "S", "Second Opinion")), note="At patient's request.")
    e = c.enc("2026-05-20", "AMB", "Second opinion - thrombosis clinic", prac=tc, org=tc_org,
              reason=cc((V2_0336, "S", "Second Opinion")), reason_ref=[pe])
    c.note(lnc("11488-4", "Consult note"), "2026-05-20",
           "Second opinion - Regional Thrombosis Centre\n\nDear Dr Okoro,\nI saw Mrs Lindgren for a second opinion "
           "on anticoagulation after her unprovoked bilateral PE. Antiphospholipid screen negative; no cancer "
           "symptoms; no oestrogen exposure. Her recurrence risk off anticoagulation is high and bleeding risk low. "
           "I agree with extended anticoagulation, reduced to apixaban 2.5 mg twice daily after 6 months, reviewed "
           "yearly. She is reassured and happy with this plan.\n\nDr L. Beaumont", author=tc, enc=e)
    e2 = c.enc("2026-11-18", "AMB", "Haematology anticoagulation clinic", prac=haem, reason_ref=[pe])
    c.labs("2026-11-18", [("hbF", 134), ("plt", 255), ("creatF", 61), ("alt", 19)], enc=e2)
    c.note(txt("Haematology clinic letter"), "2026-11-18",
           "Well on apixaban 2.5 mg twice daily, no bleeding, no breathlessness. Second opinion (May 2026) agreed "
           "plan; patient content. Annual review.\n\nDr A. Okoro", author=haem, enc=e2)


# ================================================================= WORSENING_DESPITE_TREATMENT

@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"], "A",
      "59-year-old man with type 2 diabetes whose HbA1c rises 58 -> 66 -> 75 -> 78 mmol/mol over ten months on "
      "metformin, gliclazide and empagliflozin taken throughout",
      "Monitored measure (HbA1c) worsens by 20 mmol/mol (MID about 5) over more than 90 days across four values while "
      "triple oral therapy was active throughout.")
def wdt_p1_hba1c(c):
    gp_org = setup_nhs(c, "Kingsmead Medical Practice", "M85733", "2 Kingsmead Parade")
    gp = c.pract("Oduya", "Samuel", qual="MRCGP")
    dsn = c.pract("Kaur", "Harpreet", prefix="Ms", qual="Diabetes specialist nurse")
    c.patient("Siddiqui", "Imran", "male", "1967-07-07", "9434765976", prefix="Mr", line="58 Grange Road", gp=gp,
              extra_ident="NV9902216", marital="M")
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), local(c, "gp-read", "C10F.", "Type 2 diabetes mellitus")),
                onset="2016-04-01", asserter=gp)
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), local(c, "gp-read", "G20..", "Essential hypertension")), onset="2017-01-01")
    c.medstmt("Metformin 1g modified-release tablets", "2016-05-01", dosage="One twice daily", reason_ref=[dm])
    c.medstmt("Gliclazide 80mg tablets", "2022-03-01", dosage="Two tablets twice daily", reason_ref=[dm])
    c.medstmt("Empagliflozin 10mg tablets", "2025-03-01", dosage="One daily", reason_ref=[dm])
    c.medstmt("Ramipril 10mg capsules", "2017-02-01", dosage="One daily")
    c.medstmt("Atorvastatin 20mg tablets", "2016-05-01", dosage="One at night")
    for d, a1c, wt in (("2026-01-20", 58, 88.1), ("2026-05-19", 66, 87.6), ("2026-09-22", 75, 87.9), ("2026-11-24", 78, 88.0)):
        e = c.enc(d, "AMB", "Diabetes review - practice nurse" if d != "2026-09-22" else "Diabetes review - specialist nurse",
                  prac=dsn if d == "2026-09-22" else gp, org=gp_org, reason_ref=[dm])
        c.lab("hba1c", a1c, d, enc=e, rng=(20, 48), note="Individual target <= 53 mmol/mol")
        c.vital("wt", wt, d, e)
    c.labs("2026-09-22", [("creat", 86), ("egfr", 84), ("chol", 4.2), ("alt", 31)])
    c.bp(132, 80, "2026-09-22")
    c.note(txt("Diabetes specialist nurse review"), "2026-09-22",
           "Diabetes review\n\nHbA1c 75 (was 58 in January, 66 in May) despite metformin MR 1 g bd, gliclazide 160 mg bd "
           "and empagliflozin 10 mg. Repeat-prescription record shows regular collection; patient reports taking all "
           "doses. Weight stable, no intercurrent illness, no steroids. Polyuria and nocturia returning. Retinal "
           "screening: background retinopathy R1. Foot check normal.\nPlan: discuss injectable therapy (GLP-1 RA or "
           "basal insulin) with GP; recheck HbA1c in 2 months.\n\nH. Kaur, DSN", author=dsn)
    c.note(txt("GP consultation note"), "2026-11-24",
           "HbA1c 78 and rising despite triple oral therapy. Thirst and nocturia. Discussed options; patient wants to "
           "think about injectables. Refer to community diabetes team.\n\nDr S. Oduya", author=gp, enc=e)
    c.sr(txt("Referral to community diabetes specialist team"), "2026-11-24", status="active", requester=gp, enc=e,
         reason_ref=[dm])


@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"], "D",
      "39-year-old woman with C6 radiculopathy from a C5-6 disc protrusion: pain NRS 5 -> 8 and PROMIS pain "
      "interference 58 -> 68 over nine months despite duloxetine, gabapentin and weekly physical therapy",
      "Pain score worsens by 3 points (MCID 2) and PROMIS pain interference by 10 T-points over more than 90 days across "
      "four values while treatment was continuously active.")
def wdt_p2_radiculopathy(c):
    pcp_org = setup_us(c, "Downeast Mutual Health", "DMH-11829360", "Orono Family Health")
    pcp = c.pract("Bergeron", "Luc", qual="DO, Family Medicine")
    pm = c.pract("Castellano", "Rita", qual="MD, Pain Medicine")
    pt = c.pract("Lindqvist", "Erik", prefix="Mr", qual="DPT, Physical Therapy")
    c.patient("Thibodeau", "Rachel", "female", "1987-03-15", "MPC-0050773", line="40 Main Street", gp=pcp, marital="M")
    rad = c.cond(cc((ICD10CM, "M54.12", "Radiculopathy, cervical region"), text="Right C6 radiculopathy, C5-6 disc protrusion"),
                 onset="2025-09-01", asserter=pm)
    c.report(txt("MRI cervical spine without contrast"), "2025-10-20", None, cat="NMR",
             conclusion="Right paracentral disc protrusion C5-6 contacting the exiting right C6 root. No cord signal change.")
    c.medstmt(cc((RXNORM, "72625", "duloxetine"), text="Duloxetine 60 mg capsule"), "2025-11-01", dosage="60 mg daily", reason_ref=[rad])
    c.medstmt(cc((RXNORM, "25480", "gabapentin"), text="Gabapentin 300 mg capsule"), "2026-02-10", dosage="300 mg three times daily",
              reason_ref=[rad])
    c.careplan("Physical therapy plan - cervical radiculopathy", "2026-01-12", category=txt("Physical therapy"), addresses=[rad],
               author=pt, activities=[{"desc": "Weekly PT: neural mobilisation, deep neck flexor training", "status": "in-progress",
                                       "code": cc((CPT, "97110", "Therapeutic exercises"))}])
    pi = cc(local(c, "instrument", "PROMIS-PI-6a", "PROMIS Pain Interference 6a T-score"), text="PROMIS Pain Interference T-score")
    for d, n, t in (("2026-02-10", 5, 58.1), ("2026-05-12", 6, 61.7), ("2026-08-11", 7, 64.9), ("2026-11-10", 8, 68.3)):
        e = c.enc(d, "AMB", "Follow-up visit", prac=pm, reason_ref=[rad],
                  type_cc=cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")))
        c.pain(n, d, e)
        c.score(pi, t, d, e, unit="{T-score}")
    c.enc("2026-10-27", "AMB", "Physical therapy session", prac=pt, reason_ref=[rad], type_cc=cc((CPT, "97110", "Therapeutic exercises")))
    c.note(lnc("11506-3", "Progress note"), "2026-11-10",
           "Pain medicine progress note\n\nRight arm pain into thumb and index finger, now constant, worse at night; "
           "NRS 8 (5 in February). PROMIS pain interference 68 (58). Numbness thumb. Right biceps reflex reduced, "
           "power 5-/5 wrist extension. Adherent to duloxetine 60 mg, gabapentin 900 mg/day and weekly PT for 10 "
           "months. Unable to work full shifts as a nurse.\nPlan: repeat MRI cervical spine; EMG.\n\nDr R. Castellano",
           author=pm, enc=e)
    c.sr(txt("MRI cervical spine without contrast (repeat)"), "2026-11-10", status="active", requester=pm, enc=e,
         reason_ref=[rad], occurrence="2026-12-04")
    c.labs("2026-02-10", [("hbF_us", 13.2), ("hba1c_pct", 5.3), ("b12", 455)])


@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"], "C",
      "42-year-old man two years after a matched-unrelated allogeneic transplant for FLT3-ITD AML (in remission) with "
      "chronic skin, mouth and eye GVHD worsening on prednisolone and ruxolitinib",
      "cGVHD measures worsen beyond their MIDs (Lee symptom score +17, sclerotic BSA 10% -> 35%) over seven months "
      "while steroids and ruxolitinib ran throughout; active cGVHD after allogeneic transplant is a rare, complex "
      "condition (deliberate extra).")
def wdt_p3_cgvhd(c):
    ref_org = setup_haem(c)
    bmt = c.pract("Halvorsen", "Ingrid", qual="FRCPath, Consultant in Transplant Haematology")
    gv = c.pract("Mensah", "Kofi", qual="Specialty registrar, BMT")
    c.patient("Nowak", "Tomasz", "male", "1984-05-21", "HBMT-190227", line="8 Quarry Lane", extra_ident="BMT-2024-0177",
              marital="M")
    aml = c.cond(cc((SCT, "91861009", "Acute myeloid leukemia"), (ICD10, "C92.0", "Acute myeloblastic leukaemia"),
                    text="AML with FLT3-ITD, normal karyotype"), onset="2024-03-05", clin="remission", abate="2024-04-10",
                 asserter=bmt, note="CR1 after 7+3 + midostaurin; MRD negative pre-transplant.")
    gvhd = c.cond(cc((ICD10, "T86.0", "Bone-marrow transplant rejection"), local(c, "gvhd", "CGVHD", "Chronic graft-versus-host disease"),
                     text="Chronic GVHD (skin sclerotic, oral lichenoid, ocular), NIH global severity severe"),
                  onset="2025-06-10", asserter=bmt)
    c.proc(txt("Allogeneic haematopoietic stem cell transplant, 10/10 matched unrelated donor (peripheral blood)"), "2024-09-18",
           performer=bmt, reason_ref=[aml], note="Conditioning FLU/BU4 (fludarabine 160 mg/m2, busulfan 12.8 mg/kg IV) with ATG. "
           "GVHD prophylaxis ciclosporin + methotrexate.", outcome="Neutrophil engraftment day +16.")
    c.report(txt("Bone marrow aspirate, flow MRD and chimerism (2 years post-transplant)"), "2026-09-15", None, cat="HM",
             conclusion="Normocellular marrow, no excess blasts; NPM1/FLT3-ITD MRD not detected; 100% donor chimerism.")
    c.medstmt(txt("Prednisolone 5mg tablets"), "2025-07-01", dosage="Currently 20 mg daily (taper failed twice)", reason_ref=[gvhd])
    c.medstmt(txt("Ruxolitinib 10mg tablets"), "2025-12-01", dosage="10 mg twice daily", reason_ref=[gvhd])
    c.medstmt(txt("Aciclovir 400mg tablets"), "2024-09-10", dosage="400 mg twice daily (prophylaxis)")
    c.medstmt(txt("Co-trimoxazole 480mg tablets"), "2024-10-15", dosage="One twice daily Mon/Wed/Fri (PJP prophylaxis)")
    lee = cc(local(c, "gvhd", "LEE-SS", "Lee chronic GVHD symptom scale, summary score (0-100)"), text="Lee cGVHD symptom score")
    bsa = cc(local(c, "gvhd", "NIH-SKIN-BSA", "NIH cGVHD skin: % BSA sclerotic features"), text="Sclerotic skin BSA")
    for d, l, b, hb in (("2026-04-14", 34, 10, 121), ("2026-07-14", 42, 20, 118), ("2026-10-13", 51, 35, 115)):
        e = c.enc(d, "AMB", "Late effects and GVHD clinic", prac=bmt, reason_ref=[gvhd])
        c.score(lee, l, d, e)
        c.score(bsa, b, d, e, cat="exam", unit="%")
        c.labs(d, [("hb", hb), ("neut", 3.9), ("plt", 142), ("creat", 104), ("alt", 38)], enc=e)
    c.note(txt("GVHD clinic letter"), "2026-10-13",
           "Late effects / GVHD clinic\n\nTomasz is 2 years post MUD allograft for FLT3-ITD AML, in continued "
           "molecular remission with full donor chimerism. Chronic GVHD continues to progress despite prednisolone "
           "(cannot taper below 20 mg) and ruxolitinib 10 mg bd since December: sclerotic skin now 35% BSA "
           "(10% in April) with reduced shoulder and ankle range, oral lichenoid change limiting diet, dry eyes. Lee "
           "symptom score 51 (34 in April). Steroid-refractory, ruxolitinib-failing cGVHD.\nPlan: consider "
           "extracorporeal photopheresis or belumosudil; physiotherapy.\n\nDr I. Halvorsen", author=bmt, enc=e)
    c.note(txt("BMT nurse telephone note"), "2026-11-20",
           "Phone call: more skin tightness, struggling with stairs. Next clinic brought forward.", author=gv)


@case("WORSENING_DESPITE_TREATMENT", "near-miss", [], "A",
      "70-year-old woman with stage G3a chronic kidney disease on ramipril; eGFR 52 -> 49 over twelve months with stable "
      "albuminuria and controlled blood pressure",
      "The decline (3 mL/min/1.73m2 in a year, about 6%) is below a clinically important change; CKD is stable.")
def wdt_n1_egfr_stable(c):
    gp_org = setup_nhs(c, "Riverside Health Centre", "M85790", "Riverside Walk")
    gp = c.pract("Patel", "Anjali", qual="MRCGP")
    c.patient("Batley", "Doreen", "female", "1956-10-30", "9434765984", prefix="Mrs", line="12 Nursery Gardens", gp=gp,
              extra_ident="NV1077345", marital="W")
    ckd = c.cond(cc((SCT, "433144002", "Chronic kidney disease stage 3"), local(c, "gp-read", "1Z12.", "Chronic kidney disease stage 3"),
                    text="CKD G3a A2"), onset="2022-01-01", asserter=gp)
    c.cond(cc((SCT, "38341003", "Hypertensive disorder"), local(c, "gp-read", "G20..", "Essential hypertension")), onset="2008-01-01")
    c.cond(sct("396275006", "Osteoarthritis", text="Osteoarthritis both knees"), onset="2014-01-01")
    c.medstmt("Ramipril 5mg capsules", "2015-01-01", dosage="One daily", reason_ref=[ckd])
    c.medstmt("Dapagliflozin 10mg tablets", "2024-06-01", dosage="One daily", reason_ref=[ckd])
    c.medstmt("Paracetamol 500mg tablets", "2014-01-01", dosage="Two tablets up to four times a day when required")
    acr = cc(local(c, "lab", "UACR", "Urine albumin:creatinine ratio"), text="Urine ACR")
    for d, eg, cr, a, sbp in (("2025-11-18", 52, 98, 8.1, 134), ("2026-04-21", 51, 99, 7.6, 130),
                              ("2026-08-18", 50, 101, 8.4, 132), ("2026-11-17", 49, 103, 7.9, 129)):
        e = c.enc(d, "AMB", "CKD and hypertension review", prac=gp, org=gp_org, reason_ref=[ckd])
        c.lab("egfr", eg, d, enc=e, interp_code="L")
        c.lab("creatF", cr, d, enc=e)
        c.score(acr, a, d, e, cat="laboratory", unit="mg/mmol", interp_code="H", rng="< 3 mg/mmol")
        c.bp(sbp, 78, d, e)
    c.labs("2026-11-17", [("k", 4.8), ("hbF", 124)], enc=e)
    c.note(txt("GP chronic disease review"), "2026-11-17",
           "CKD review: eGFR 49 (52 a year ago), ACR stable ~8. BP at target on ramipril; dapagliflozin continued. "
           "No NICE criteria for nephrology referral (no accelerated progression, ACR < 70). Annual monitoring.\n\n"
           "Dr A. Patel", author=gp, enc=e)


@case("WORSENING_DESPITE_TREATMENT", "near-miss", [], "C",
      "45-year-old woman with iron-deficiency anaemia from fibroid-related heavy bleeding: Hb improved on oral iron, "
      "then fell after she stopped it in May; IV iron booked, LNG-IUS inserted",
      "The fall in haemoglobin followed stopping oral iron; treatment was not running throughout the decline, and the "
      "cause is known and managed.")
def wdt_n2_ida_iron_stopped(c):
    ref_org = setup_haem(c)
    haem = c.pract("Lindqvist", "Maja", qual="FRCPath, Consultant Haematologist")
    gyn = c.pract("Osei", "Abena", qual="MRCOG, Consultant Gynaecologist")
    c.patient("Ferreira", "Nicola", "female", "1981-06-02", "HBMT-317402", line="90 Abbey Road", extra_ident="HAEM-26-0452",
              marital="M")
    hmb = c.cond(cc((SCT, "386692008", "Menorrhagia"), (ICD10, "N92.0", "Excessive and frequent menstruation with regular cycle"),
                    text="Heavy menstrual bleeding due to uterine fibroids"), onset="2024-06-01", asserter=gyn)
    ida = c.cond(cc((SCT, "87522002", "Iron deficiency anemia"), (ICD10, "D50.0", "Iron deficiency anaemia secondary to blood loss (chronic)")),
                 onset="2026-01-15", asserter=haem)
    c.report(txt("Pelvic ultrasound"), "2025-11-20", None, cat="RUS",
             conclusion="Bulky uterus with two intramural fibroids (32 mm, 24 mm). Normal ovaries.")
    c.medstmt("Ferrous fumarate 210mg tablets", "2026-01-20", status="stopped", end="2026-05-20", dosage="One twice daily",
              reason_ref=[ida], note="Stopped by patient 20/05/2026: constipation and abdominal cramps.")
    for d, hb, mcv, fer in (("2026-02-10", 118, 76, 6), ("2026-05-12", 124, 79, 18), ("2026-08-11", 112, 77, 8),
                            ("2026-11-10", 104, 74, 5)):
        e = c.enc(d, "AMB", "Haematology iron clinic", prac=haem, reason_ref=[ida])
        c.labs(d, [("hbF", hb), ("mcv", mcv), ("ferritinF", fer)], enc=e)
    c.proc(txt("Insertion of levonorgestrel intrauterine system (LNG-IUS 52 mg)"), "2026-10-20", performer=gyn, reason_ref=[hmb],
           outcome="Uncomplicated.")
    c.medreq(txt("Ferric carboxymaltose 1000 mg IV infusion"), "2026-11-10", status="active", intent="order",
             requester=haem, reason_ref=[ida], dosage="1000 mg IV over 15 minutes, single dose, day unit 08/12/2026")
    c.note(txt("Haematology clinic letter"), "2026-11-10",
           "Iron clinic\n\nHb improved from 118 to 124 g/L on oral iron but she stopped it in May because of GI side "
           "effects; Hb now 104 with ferritin 5. Coeliac serology negative. Heavy bleeding is from fibroids; "
           "gynaecology inserted an LNG-IUS on 20/10 and bleeding is already lighter. Plan: IV ferric carboxymaltose "
           "1 g on 08/12/2026, repeat FBC and ferritin 4 weeks after.\n\nDr M. Lindqvist", author=haem, enc=e)
    c.lab("ttg", 0.8, "2026-08-11")



# ================================================================= RARE_OR_COMPLEX_CONDITION
ORPHA = "http://www.orpha.net"


@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], "C",
      "33-year-old woman with paroxysmal nocturnal haemoglobinuria (68% granulocyte clone) controlled on ravulizumab; "
      "transfusion-free, meningococcal vaccination up to date",
      "Active rare disease in the Orphanet sense (PNH, ORPHA:447), under specialist treatment.")
def rare_p1_pnh(c):
    ref_org = setup_haem(c)
    haem = c.pract("Halvorsen", "Ingrid", qual="FRCPath, Consultant Haematologist (PNH service)")
    nurse = c.pract("Aziz", "Farah", prefix="Ms", qual="Haematology day-unit nurse")
    c.patient("Kearney", "Aisling", "female", "1993-01-09", "HBMT-240561", line="4 Weavers Row", extra_ident="PNH-0031",
              marital="S")
    pnh = c.cond(cc((ICD10, "D59.5", "Paroxysmal nocturnal haemoglobinuria [Marchiafava-Micheli]"),
                    (ORPHA, "447", "Paroxysmal nocturnal hemoglobinuria")), onset="2024-03-18", asserter=haem,
                 note="Classical haemolytic PNH. Hepatic vein thrombosis excluded.")
    c.report(txt("PNH flow cytometry (FLAER/CD24/CD14)"), "2024-03-18", None, cat="HM",
             conclusion="PNH clone: granulocytes 68%, monocytes 71%, red cells type III 31%.")
    c.medstmt(txt("Ravulizumab IV (weight-based maintenance dose every 8 weeks)"), "2024-06-05", reason_ref=[pnh],
              dosage="3300 mg IV every 8 weeks")
    c.immunization(cc((CVX, "136", "Meningococcal MCV4O"), text="MenACWY conjugate vaccine"), "2024-05-20")
    c.immunization(cc((CVX, "163", "meningococcal B vaccine, recombinant, OMV, adjuvanted"), text="MenB vaccine (4CMenB)"), "2024-05-20")
    for d, hb, ldh, ret in (("2026-02-03", 104, 310, 142), ("2026-05-26", 107, 284, 131), ("2026-09-15", 109, 262, 118),
                            ("2026-11-10", 108, 258, 120)):
        e = c.enc(d, "AMB", "Haematology day unit - ravulizumab infusion", prac=nurse, reason_ref=[pnh])
        c.labs(d, [("hbF", hb), ("ldh", ldh), ("retic", ret)], enc=e)
        c.medadmin(txt("Ravulizumab 3300 mg IV"), d, dose=(3300, "mg"), enc=e, performer=nurse, reason="PNH maintenance")
    c.note(txt("PNH clinic letter"), "2026-09-15",
           "PNH clinic\n\nAisling remains transfusion-free on ravulizumab every 8 weeks. LDH 262 (1.2 x ULN), Hb 109, "
           "no breakthrough haemolysis, no thrombosis. Meningococcal vaccines up to date; carries antibiotic card and "
           "warning card. Continue.\n\nDr I. Halvorsen", author=haem, enc=e)
    c.flag(txt("Complement inhibitor - risk of meningococcal infection: treat fever urgently"), "2024-06-05", author=haem)


@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], "C",
      "61-year-old man with hereditary haemorrhagic telangiectasia (ENG variant): recurrent epistaxis, GI "
      "telangiectasia, embolised pulmonary AVM, iron infusions and intermittent red-cell transfusion",
      "Active rare disease in the Orphanet sense (HHT, ORPHA:774) managed by the haematology service.")
def rare_p2_hht(c):
    ref_org = setup_haem(c)
    haem = c.pract("Okoro", "Adaeze", qual="FRCPath, Consultant Haematologist")
    nurse = c.pract("Pryce", "Gwen", prefix="Ms", qual="Haematology clinical nurse specialist")
    c.patient("McAllister", "Gordon", "male", "1965-08-02", "HBMT-150933", line="27 Harbour Street", extra_ident="HAEM-22-0664",
              marital="M")
    hht = c.cond(cc((ICD10, "I78.0", "Hereditary haemorrhagic telangiectasia"), (ORPHA, "774", "Hereditary hemorrhagic telangiectasia"),
                    text="Hereditary haemorrhagic telangiectasia (ENG pathogenic variant, HHT1)"), onset="2019-05-01", asserter=haem)
    ida = c.cond(cc((ICD10, "D50.0", "Iron deficiency anaemia secondary to blood loss (chronic)"), (SCT, "87522002", "Iron deficiency anemia")),
                 onset="2020-01-01")
    c.proc(txt("Embolisation of left lower lobe pulmonary arteriovenous malformation"), "2023-04-11",
           outcome="Successful occlusion.")
    c.text_obs(cc(local(c, "lab", "ENG-SEQ", "ENG/ACVRL1/SMAD4 sequencing"), text="HHT gene panel"),
               "ENG c.1088G>A p.(Trp363*) heterozygous - pathogenic", "2019-06-20", cat="laboratory", interp_code="A")
    c.medstmt("Tranexamic acid 500mg tablets", "2021-01-01", dosage="1 g three times daily", reason_ref=[hht])
    ess = cc(local(c, "hht", "ESS", "Epistaxis Severity Score"), text="Epistaxis Severity Score (0-10)")
    for d, hb, fer, es in (("2026-03-03", 86, 9, 5.4), ("2026-06-02", 94, 31, 5.1), ("2026-09-01", 91, 22, 5.3),
                           ("2026-11-24", 93, 28, 5.2)):
        e = c.enc(d, "AMB", "Haematology HHT clinic", prac=haem, reason_ref=[hht])
        c.labs(d, [("hb", hb), ("mcv", 79), ("ferritin", fer)], enc=e)
        c.score(ess, es, d, e, unit="{score}")
        c.medadmin(txt("Ferric derisomaltose 1000 mg IV"), d, dose=(1000, "mg"), enc=e, performer=nurse,
                   reason="Iron deficiency due to HHT bleeding")
    for d in ("2026-03-04", "2026-07-15"):
        c.proc(cc((SCT, "116863004", "Transfusion of red blood cells"), text="Red cell transfusion, 2 units (group A Rh D positive)"),
               d, performer=nurse, reason_ref=[ida], outcome="No reaction.")
    c.report(txt("Capsule endoscopy"), "2025-10-09", None, cat="OTH",
             conclusion="Multiple small-bowel and gastric angioectasias consistent with HHT; no active bleeding at time of study.")
    c.note(txt("HHT clinic letter"), "2026-11-24",
           "HHT clinic\n\nGordon has HHT1 with daily epistaxis (ESS ~5) and GI telangiectasia. Iron-dependent, "
           "intermittent transfusion (2 episodes this year). Hb 93 after iron. Pulmonary AVM embolised 2023; "
           "repeat bubble echo due 2027. Continue tranexamic acid, 3-monthly iron, ENT laser as needed.\n\n"
           "Dr A. Okoro", author=haem, enc=e)


@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], "D",
      "63-year-old woman referred for chronic pain with six active chronic conditions managed by rheumatology, "
      "endocrinology, nephrology, pulmonology and psychiatry; all stable",
      "Complexity: at least five active chronic conditions (RA, type 2 diabetes, CKD 3b, COPD, recurrent major "
      "depression, hypertension) across five specialties.")
def rare_p3_complex(c):
    pcp_org = setup_us(c, "Pine State Health Plan", "PSH-60011287", "Penobscot Family Medicine")
    pcp = c.pract("Greene", "Samuel", qual="MD, Family Medicine")
    pm = c.pract("Moreno", "Alicia", qual="MD, Internal Medicine")
    rh = c.pract("Nakamura", "Ken", qual="MD, Rheumatology")
    ne = c.pract("Osterberg", "Paula", qual="MD, Nephrology")
    pu = c.pract("Okonjo", "Chidi", qual="MD, Pulmonology")
    ps = c.pract("Farrell", "Declan", qual="MD, Psychiatry")
    c.patient("Gagnon", "Roberta", "female", "1963-04-04", "MPC-0022415", line="3 Hammond Street", gp=pcp, marital="W")
    ra = c.cond(cc((ICD10CM, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"),
                   (SCT, "69896004", "Rheumatoid arthritis")), onset="2009-01-01", asserter=rh)
    dm = c.cond(cc((ICD10CM, "E11.9", "Type 2 diabetes mellitus without complications"), (SCT, "44054006", "Diabetes mellitus type 2")),
                onset="2012-01-01", asserter=pcp)
    ck = c.cond(cc((ICD10CM, "N18.32", "Chronic kidney disease, stage 3b"), (SCT, "433144002", "Chronic kidney disease stage 3")),
                onset="2020-01-01", asserter=ne)
    co = c.cond(cc((ICD10CM, "J44.9", "Chronic obstructive pulmonary disease, unspecified"), (SCT, "13645005", "Chronic obstructive lung disease")),
                onset="2016-01-01", asserter=pu)
    dp = c.cond(cc((ICD10CM, "F33.1", "Major depressive disorder, recurrent, moderate"), (SCT, "35489007", "Depressive disorder")),
                onset="2005-01-01", asserter=ps)
    c.cond(cc((ICD10CM, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), onset="2010-01-01")
    for med, rx, dose, r in (("Hydroxychloroquine 200 mg tablet", "5521", "200 mg daily", ra),
                             ("Prednisone 5 mg tablet", "8640", "5 mg daily", ra),
                             ("Insulin glargine 100 units/mL pen", "274783", "30 units at bedtime", dm),
                             ("Tiotropium 18 mcg inhalation capsule", "69120", "1 capsule inhaled daily", co),
                             ("Sertraline 100 mg tablet", "36437", "100 mg daily", dp),
                             ("Losartan 50 mg tablet", "52175", "50 mg daily", ck)):
        c.medstmt(cc((RXNORM, rx, med.split()[0].lower()), text=med), "2024-01-01", dosage=dose, reason_ref=[r])
    for d, p, a1c, eg, phq in (("2026-03-18", 6, 7.1, 40, 9), ("2026-07-15", 6, 7.0, 39, 8), ("2026-11-11", 6, 7.1, 39, 8)):
        e = c.enc(d, "AMB", "Follow-up visit", prac=pm, reason="Chronic pain in multimorbidity",
                  type_cc=cc((CPT, "99215", "Office or other outpatient visit, established patient, high MDM")))
        c.pain(p, d, e)
        c.lab("hba1c_pct", a1c, d, enc=e)
        c.lab("egfr", eg, d, enc=e, interp_code="L")
        c.phq9(phq, d, e)
    c.note(lnc("11506-3", "Progress note"), "2026-11-11",
           "Care coordination note\n\n63F with seropositive RA (rheumatology), type 2 diabetes on insulin (PCP/"
           "endocrine), CKD 3b (nephrology), COPD GOLD 2 (pulmonology), recurrent major depression (psychiatry) and "
           "hypertension. 14 regular medicines. Pain from RA and secondary OA stable at 6/10. Competing priorities: "
           "NSAIDs contraindicated (CKD), steroid sparing limited by diabetes, opioid caution (COPD, mood). Five "
           "specialist teams involved; no single coordinating specialist.\nPlan: multidisciplinary case conference.\n\n"
           "Dr A. Moreno", author=pm, enc=e)
    c.score(cc(local(c, "instrument", "CIRS-G", "Cumulative Illness Rating Scale - Geriatric"), text="CIRS total"), 17, "2026-11-11", e)


@case("RARE_OR_COMPLEX_CONDITION", "near-miss", [], "C",
      "24-year-old man with splenomegaly and thrombocytopenia after glandular fever; Gaucher disease considered and "
      "refuted by normal enzyme activity; counts and spleen size normalised",
      "The rare disease was suspected but refuted (verificationStatus refuted); the findings were due to EBV infectious "
      "mononucleosis, now resolved.")
def rare_n1_gaucher_refuted(c):
    ref_org = setup_haem(c)
    haem = c.pract("Lindqvist", "Maja", qual="FRCPath, Consultant Haematologist")
    c.patient("Rosen", "Eli", "male", "2002-03-30", "HBMT-330128", line="15 Chapel Street", extra_ident="HAEM-26-1402",
              marital="S")
    im = c.cond(cc((ICD10, "B27.0", "Gammaherpesviral mononucleosis"), text="EBV infectious mononucleosis"),
                onset="2026-07-02", clin="resolved", abate="2026-10-01")
    g = c.cond(cc((ICD10, "E75.2", "Other sphingolipidosis"), (ORPHA, "355", "Gaucher disease"), text="Gaucher disease (suspected)"),
               onset="2026-08-25", clin="inactive", ver="refuted", cat="encounter-diagnosis", asserter=haem,
               note="Considered because of splenomegaly, thrombocytopenia and Ashkenazi heritage. Refuted: normal "
                    "glucocerebrosidase activity.")
    c.text_obs(cc(local(c, "lab", "EBV-VCA-IGM", "EBV VCA IgM"), text="EBV VCA IgM"), "Positive", "2026-07-06",
               cat="laboratory", interp_code="POS")
    for d, plt, lym, sp in (("2026-07-06", 88, 6.8, 16.2), ("2026-08-25", 112, 3.9, 15.1), ("2026-10-06", 188, 2.6, 12.9),
                            ("2026-11-17", 214, 2.2, 11.8)):
        e = c.enc(d, "AMB", "Haematology clinic" if d != "2026-07-06" else "Referral bloods", prac=haem)
        c.labs(d, [("plt", plt), ("lymph", lym), ("hb", 146), ("neut", 3.1)], enc=e)
        c.score(cc(local(c, "rad", "SPLEEN-LEN", "Spleen length on ultrasound"), text="Spleen length (US)"), sp, d, e,
                cat="imaging", unit="cm", interp_code="H" if sp > 13 else "N", rng="< 13 cm")
    c.text_obs(cc(local(c, "lab", "GBA-ENZ", "Glucocerebrosidase (beta-glucosidase) activity, leucocytes"),
                  text="Glucocerebrosidase activity"), "12.4 nmol/h/mg protein (reference 6.2-22.0) - normal; chitotriosidase normal",
               "2026-09-08", cat="laboratory", interp_code="N")
    c.report(txt("Blood film"), "2026-07-06", None, cat="HM",
             conclusion="Reactive lymphocytosis with atypical (Downey) lymphocytes; mild thrombocytopenia.")
    c.note(txt("Haematology discharge letter"), "2026-11-17",
           "Dear Dr,\nEli's splenomegaly and low platelets were due to EBV glandular fever. Because of his Ashkenazi "
           "background we checked glucocerebrosidase activity: normal, which excludes Gaucher disease. Platelets 214, "
           "spleen 11.8 cm. Discharged; no follow-up needed. Contact sports can resume.\n\nDr M. Lindqvist", author=haem, enc=e)


@case("RARE_OR_COMPLEX_CONDITION", "near-miss", [], "C",
      "37-year-old man of West African heritage referred for persistent neutrophils 1.0-1.3; Duffy-null phenotype, "
      "no infections: Duffy-null associated neutrophil count, a normal variant; discharged",
      "A benign normal variant (Duffy-null associated neutrophil count), not a rare disease; only two other chronic "
      "conditions.")
def rare_n2_danc(c):
    ref_org = setup_haem(c)
    haem = c.pract("Okoro", "Adaeze", qual="FRCPath, Consultant Haematologist")
    c.patient("Asante", "Kwame", "male", "1989-11-11", "HBMT-331907", line="62 Clarendon Road", extra_ident="HAEM-26-1507",
              marital="M")
    c.cond(sct("38341003", "Hypertensive disorder"), onset="2022-01-01")
    c.cond(sct("195967001", "Asthma"), onset="1998-01-01")
    dn = c.cond(txt("Duffy-null associated neutrophil count (normal variant)"), onset="2026-10-20", asserter=haem,
                note="Physiological lower neutrophil range in Duffy-null individuals. Not a disease; no restrictions.")
    for d, n in (("2020-05-12", 1.2), ("2023-02-08", 1.1), ("2025-09-30", 1.3), ("2026-09-15", 1.0)):
        c.labs(d, [("neut", n), ("wcc", 3.4 if n < 1.2 else 3.7), ("hb", 151), ("plt", 233)])
    c.text_obs(cc(local(c, "lab", "DUFFY", "Duffy blood group phenotype"), text="Duffy phenotype"), "Fy(a-b-)",
               "2026-10-20", cat="laboratory")
    c.report(txt("Blood film"), "2026-10-20", None, cat="HM", conclusion="Normal morphology. No dysplasia, no blasts.")
    e = c.enc("2026-10-20", "AMB", "Haematology new patient clinic", prac=haem, reason="Low neutrophil count")
    c.labs("2026-10-20", [("b12", 388), ("folate", 7.6), ("alt", 24)], enc=e)
    c.note(txt("Haematology clinic letter"), "2026-10-20",
           "Dear Dr,\nMr Asante's neutrophil count has been 1.0-1.3 x10^9/L for six years with no infections, mouth "
           "ulcers or other abnormalities. He is Duffy-null (Fy a-b-). This is Duffy-null associated neutrophil count, "
           "a normal variant common in people of African ancestry, not a disease. No marrow study or follow-up is "
           "needed; please interpret future counts with this in mind. Discharged.\n\nDr A. Okoro", author=haem, enc=e)
    c.medstmt("Amlodipine 5mg tablets", "2022-02-01", dosage="One daily")
    c.medstmt("Beclometasone 100micrograms/dose inhaler", "2010-01-01", dosage="2 puffs twice daily")
    c.bp(128, 80, "2026-10-20", e)


if __name__ == "__main__":
    main()
