"""Small helpers that write FHIR R4 resources for the blind-48 evaluation set.

Every helper returns plain dicts that follow the FHIR R4 JSON format; `Case.bundle()`
wraps them in a transaction Bundle.  Nothing here knows about the criteria: the
clinical content lives in cases_*.py.
"""
import base64
import datetime as _dt

ANCHOR = "2026-12-01"

# --- code systems ---------------------------------------------------------------------------
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10GM = "http://fhir.de/CodeSystem/bfarm/icd-10-gm"
CHOP = "urn:oid:2.16.756.5.30.1.126.3.1"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
UCUM = "http://unitsofmeasure.org"
ORPHA = "http://www.orpha.net"
SOPT = "https://nahdo.org/sopt"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
V3PRIO = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
V3ROLE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
V2_0360 = "http://terminology.hl7.org/CodeSystem/v2-0360|2.7"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
OBSINT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
DIAGROLE = "http://terminology.hl7.org/CodeSystem/diagnosis-role"
ADMITSRC = "http://terminology.hl7.org/CodeSystem/admit-source"
DISCH = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
SUBREL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
DOCCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
COMMCAT = "http://terminology.hl7.org/CodeSystem/communication-category"
MEDSTMTCAT = "http://terminology.hl7.org/CodeSystem/medication-statement-category"
MEDREQCAT = "http://terminology.hl7.org/CodeSystem/medicationrequest-category"
LANG = "urn:ietf:bcp:47"

INTERP_DISPLAY = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                  "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate"}


def coding(system, code, display=None, version=None):
    c = {"system": system, "code": code}
    if version:
        c["version"] = version
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """CodeableConcept from codings (dicts or (system, code, display) tuples) and/or text."""
    out = {}
    cs = []
    for x in codings:
        if x is None:
            continue
        if isinstance(x, tuple):
            x = coding(*x)
        cs.append(x)
    if cs:
        out["coding"] = cs
    if text:
        out["text"] = text
    elif cs and cs[0].get("display"):
        out["text"] = cs[0]["display"]
    return out


def txt(text):
    return {"text": text}


def sct(code, display):
    return coding(SCT, code, display)


def loinc(code, display):
    return coding(LOINC, code, display)


def icd10cm(code, display):
    return coding(ICD10CM, code, display)


def icd10(code, display):
    return coding(ICD10, code, display)


def icd10gm(code, display):
    return coding(ICD10GM, code, display, version="2026")


def chop(code, display):
    return coding(CHOP, code, display, version="2026")


def cpt(code, display):
    return coding(CPT, code, display)


def hcpcs(code, display):
    return coding(HCPCS, code, display)


def rx(code, display):
    return coding(RXNORM, code, display)


def atc(code, display):
    return coding(ATC, code, display)


def orpha(code, display):
    return coding(ORPHA, code, display)


def qty(value, unit, ucum=None):
    q = {"value": value, "unit": unit}
    if ucum is not None:
        q["system"] = UCUM
        q["code"] = ucum
    return q


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# --- organisations -------------------------------------------------------------------------
ORG_PROFILES = {
    "ch": {
        "base": "https://fhir.kaj-spital.example/r4",
        "tz": ("+01:00", "+02:00"),
        "units": "si",
        "id_system": "https://fhir.kaj-spital.example/sid/patient-nr",
        "enc_system": "https://fhir.kaj-spital.example/sid/fall-nr",
    },
    "va": {
        "base": "https://fhir.vanph.example/r4",
        "tz": ("-06:00", "-05:00"),
        "units": "us",
        "id_system": "https://fhir.vanph.example/sid/icn",
        "enc_system": "https://fhir.vanph.example/sid/visit",
    },
    "hf": {
        "base": "https://fhir.lakeshore-heart.example/fhir/R4",
        "tz": ("-05:00", "-04:00"),
        "units": "us",
        "id_system": "https://fhir.lakeshore-heart.example/sid/mrn",
        "enc_system": "https://fhir.lakeshore-heart.example/sid/csn",
    },
    "aya": {
        "base": "https://ehr.harbourview-aya.example/fhir",
        "tz": ("-05:00", "-04:00"),
        "units": "us",
        "id_system": "https://ehr.harbourview-aya.example/sid/mrn",
        "enc_system": "https://ehr.harbourview-aya.example/sid/encounter",
    },
}

CH_SITES = {
    "de": ("Kantonsspital Alpenrhein-Jura, Standort Brunnegg", "Brunnegg", "de-CH"),
    "fr": ("Hôpital cantonal Alpenrhein-Jura, site de Montvernier", "Montvernier", "fr-CH"),
    "it": ("Ospedale cantonale Alpenrhein-Jura, sede di Valmaggiore", "Valmaggiore", "it-CH"),
}

# --- lab catalogue -------------------------------------------------------------------------
# key: (loinc, display, {units: (unit, ucum, low, high) or {sex: (...)}})
LABS = {
    "hgb": ("718-7", "Hemoglobin [Mass/volume] in Blood",
            {"us": {"male": ("g/dL", "g/dL", 13.5, 17.5), "female": ("g/dL", "g/dL", 12.0, 15.5)},
             "si": {"male": ("g/L", "g/L", 135, 175), "female": ("g/L", "g/L", 120, 160)}}),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count",
            {"us": ("fL", "fL", 80, 100), "si": ("fL", "fL", 80, 100)}),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count",
            {"us": ("10*3/uL", "10*3/uL", 4.0, 11.0), "si": ("G/L", "10*9/L", 3.5, 10.0)}),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count",
            {"us": ("10*3/uL", "10*3/uL", 150, 400), "si": ("G/L", "10*9/L", 150, 450)}),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma",
                 {"us": {"male": ("ng/mL", "ng/mL", 30, 400), "female": ("ng/mL", "ng/mL", 15, 150)},
                  "si": {"male": ("ug/L", "ug/L", 30, 400), "female": ("ug/L", "ug/L", 15, 150)}}),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma",
             {"us": ("%", "%", 20, 50), "si": ("%", "%", 20, 50)}),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma",
           {"us": ("mmol/L", "mmol/L", 136, 145), "si": ("mmol/L", "mmol/L", 136, 145)}),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma",
          {"us": ("mmol/L", "mmol/L", 3.5, 5.1), "si": ("mmol/L", "mmol/L", 3.5, 5.1)}),
    "creat": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma",
              {"us": {"male": ("mg/dL", "mg/dL", 0.7, 1.3), "female": ("mg/dL", "mg/dL", 0.5, 1.1)}}),
    "creat_si": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma",
                 {"si": {"male": ("umol/L", "umol/L", 62, 106), "female": ("umol/L", "umol/L", 44, 80)}}),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, "
                        "Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
             {"us": ("mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None),
              "si": ("mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None)}),
    "glucose": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma",
                {"us": ("mg/dL", "mg/dL", 70, 99)}),
    "glucose_si": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma",
                   {"si": ("mmol/L", "mmol/L", 3.9, 5.6)}),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood",
            {"us": ("%", "%", 4.0, 5.6), "si": ("%", "%", 4.0, 5.6)}),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma",
            {"us": ("mIU/L", "m[IU]/L", 0.4, 4.0), "si": ("mU/L", "m[IU]/L", 0.3, 4.2)}),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma",
            {"us": ("mg/L", "mg/L", None, 5.0), "si": ("mg/L", "mg/L", None, 5.0)}),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method",
            {"us": ("mm/h", "mm/h", None, 20), "si": ("mm/h", "mm/h", None, 20)}),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma",
                 {"us": ("pg/mL", "pg/mL", None, 125), "si": ("ng/L", "ng/L", None, 125)}),
    "albumin": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma",
                {"us": ("g/dL", "g/dL", 3.5, 5.0), "si": ("g/L", "g/L", 35, 52)}),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma",
             {"us": ("mg/dL", "mg/dL", 0.1, 1.2)}),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay",
            {"us": ("INR", "{INR}", 0.8, 1.2), "si": ("INR", "{INR}", 0.8, 1.2)}),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
            {"us": ("U/L", "U/L", 7, 56), "si": ("U/L", "U/L", 10, 50)}),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
            {"us": ("U/L", "U/L", 10, 40), "si": ("U/L", "U/L", 10, 50)}),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma",
            {"us": ("ng/mL", "ng/mL", None, 4.0), "si": ("ug/L", "ug/L", None, 4.0)}),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool",
               {"us": ("ug/g", "ug/g", None, 50), "si": ("ug/g", "ug/g", None, 50)}),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation",
            {"us": ("mg/dL", "mg/dL", None, 100)}),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma",
           {"us": ("U/L", "U/L", 30, 200), "si": ("U/L", "U/L", 30, 170)}),
    "rf": ("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma",
           {"us": ("IU/mL", "[IU]/mL", None, 14), "si": ("IU/mL", "[IU]/mL", None, 14)}),
    "ttg": ("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum",
            {"us": ("U/mL", "[arb'U]/mL", None, 15)}),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine",
             {"us": ("mg/g", "mg/g", None, 30)}),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma",
               {"us": ("ng/mL FEU", "ng/mL", None, 500)}),
    "bicarb": ("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma",
               {"us": ("mmol/L", "mmol/L", 22, 29)}),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma",
             {"us": ("mg/dL", "mg/dL", 2.5, 4.5)}),
    "pco2": ("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood",
             {"si": ("kPa", "kPa", 4.7, 6.0)}),
    "po2": ("2703-7", "Oxygen [Partial pressure] in Arterial blood",
            {"si": ("kPa", "kPa", 10.0, 13.3)}),
}

VITALS = {
    "hr": ("8867-4", "Heart rate", "/min", "/min"),
    "rr": ("9279-1", "Respiratory rate", "/min", "/min"),
    "temp": ("8310-5", "Body temperature", "Cel", "Cel"),
    "wt": ("29463-7", "Body weight", "kg", "kg"),
    "ht": ("8302-2", "Body height", "cm", "cm"),
    "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2"),
    "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
}


class Case:
    """Collects the resources of one case and assembles the transaction bundle."""

    def __init__(self, cid, org, site=None):
        self.cid = cid
        self.org_kind = org
        self.profile = ORG_PROFILES[org]
        self.site = site
        self.resources = []
        self._n = {}
        self.sex = None
        self.patient_ref = "Patient/" + cid
        self.lang = {"ch": CH_SITES.get(site, ("", "", "de-CH"))[2]}.get(org, "en-US")

    # ids and references ------------------------------------------------------------------
    def nid(self, prefix):
        self._n[prefix] = self._n.get(prefix, 0) + 1
        return f"{self.cid}-{prefix}{self._n[prefix]}"

    def add(self, res):
        self.resources.append(res)
        return f"{res['resourceType']}/{res['id']}"

    @staticmethod
    def R(ref, display=None):
        r = {"reference": ref}
        if display:
            r["display"] = display
        return r

    def tz(self, date):
        month = int(date[5:7])
        winter, summer = self.profile["tz"]
        return summer if 4 <= month <= 10 else winter

    def dt(self, date, time="09:00"):
        """FHIR dateTime/instant with the organisation's time zone."""
        if "T" in date:
            return date
        return f"{date}T{time}:00{self.tz(date)}"

    # administrative -------------------------------------------------------------------------
    def organization(self, name, type_code="prov", type_display="Healthcare Provider", part_of=None,
                     city=None, country=None, ident=None, alias=None, key="org"):
        r = {"resourceType": "Organization", "id": self.nid(key), "active": True,
             "type": [cc(coding("http://terminology.hl7.org/CodeSystem/organization-type", type_code,
                                type_display))],
             "name": name}
        if ident:
            r["identifier"] = [{"system": ident[0], "value": ident[1]}]
        if alias:
            r["alias"] = [alias]
        if city or country:
            r["address"] = [{k: v for k, v in (("city", city), ("country", country)) if v}]
        if part_of:
            r["partOf"] = self.R(part_of)
        return self.add(r)

    def practitioner(self, family, given, prefix=None, qual=("MD", "Doctor of Medicine"), specialty=None,
                     ident=None):
        r = {"resourceType": "Practitioner", "id": self.nid("pr"), "active": True,
             "name": [{"family": family, "given": given if isinstance(given, list) else [given]}]}
        if prefix:
            r["name"][0]["prefix"] = [prefix]
        if ident:
            r["identifier"] = [{"system": ident[0], "value": ident[1]}]
        quals = []
        if qual:
            quals.append({"code": cc(coding("http://terminology.hl7.org/CodeSystem/v2-0360", qual[0], qual[1]))})
        if specialty:
            quals.append({"code": specialty if isinstance(specialty, dict) else txt(specialty)})
        if quals:
            r["qualification"] = quals
        return self.add(r)

    def patient(self, family, given, gender, birth, city, state=None, country=None, mrn=None,
                marital=None, gp=None, managing=None, line=None, postal=None, phone=None, extra_ids=None):
        self.sex = gender
        r = {"resourceType": "Patient", "id": self.cid, "active": True,
             "identifier": [{"use": "usual",
                             "type": cc(coding(V2_0203, "MR", "Medical record number")),
                             "system": self.profile["id_system"], "value": mrn or self.cid.upper().replace("-", "")}],
             "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
             "gender": gender, "birthDate": birth,
             "address": [{"use": "home"}],
             "communication": [{"language": cc(coding(LANG, self.lang)), "preferred": True}]}
        addr = r["address"][0]
        if line:
            addr["line"] = [line]
        addr["city"] = city
        if state:
            addr["state"] = state
        if postal:
            addr["postalCode"] = postal
        if country:
            addr["country"] = country
        if extra_ids:
            r["identifier"] += [{"system": s, "value": v} for s, v in extra_ids]
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if marital:
            r["maritalStatus"] = cc(coding("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", *marital))
        if gp:
            r["generalPractitioner"] = [self.R(gp)]
        if managing:
            r["managingOrganization"] = self.R(managing)
        self.resources.insert(0, r)
        return self.patient_ref

    def related(self, family, given, rel_code, rel_display, phone=None):
        r = {"resourceType": "RelatedPerson", "id": self.nid("rp"), "active": True,
             "patient": self.R(self.patient_ref),
             "relationship": [cc(coding(V3ROLE, rel_code, rel_display))],
             "name": [{"family": family, "given": [given]}]}
        if phone:
            r["telecom"] = [{"system": "phone", "value": phone}]
        return self.add(r)

    def coverage(self, payor, type_cc, start, member_id=None, relationship="self", plan=None, end=None,
                 subscriber=None):
        r = {"resourceType": "Coverage", "id": self.nid("cov"), "status": "active",
             "type": type_cc,
             "beneficiary": self.R(self.patient_ref),
             "relationship": cc(coding(SUBREL, relationship, relationship.capitalize())),
             "period": {"start": start},
             "payor": [self.R(payor)]}
        if end:
            r["period"]["end"] = end
        if member_id:
            r["subscriberId"] = member_id
        if subscriber:
            r["subscriber"] = self.R(subscriber)
        if plan:
            r["class"] = [{"type": cc(coding("http://terminology.hl7.org/CodeSystem/coverage-class", "plan",
                                             "Plan")), "value": plan[0], "name": plan[1]}]
        return self.add(r)

    # encounters ------------------------------------------------------------------------------
    def encounter(self, date, cls="AMB", type_cc=None, who=None, reason=None, end=None, status="finished",
                  priority=None, diagnoses=None, admit=None, discharge=None, provider=None, service=None,
                  time="09:00", end_time="10:00", based_on=None, length_days=None):
        cls_disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                    "HH": "home health", "OBSENC": "observation encounter", "SS": "short stay"}[cls]
        r = {"resourceType": "Encounter", "id": self.nid("enc"), "status": status,
             "identifier": [{"system": self.profile["enc_system"], "value": self.nid("v").upper().replace("-", "")}],
             "class": coding(V3ACT, cls, cls_disp),
             "subject": self.R(self.patient_ref)}
        if type_cc:
            r["type"] = [type_cc]
        if service:
            r["serviceType"] = service
        if priority:
            pd = {"EM": "emergency", "UR": "urgent", "R": "routine", "EL": "elective"}[priority]
            r["priority"] = cc(coding(V3PRIO, priority, pd))
        if who:
            r["participant"] = [{"type": [cc(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                                     "ATND", "attender"))],
                                 "individual": self.R(who)}]
        if status == "planned":
            r["period"] = {"start": self.dt(date, time)}
        else:
            end_date = end or date
            r["period"] = {"start": self.dt(date, time), "end": self.dt(end_date, end_time)}
        if length_days is not None:
            r["length"] = {"value": length_days, "unit": "days", "system": UCUM, "code": "d"}
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if diagnoses:
            r["diagnosis"] = []
            for i, d in enumerate(diagnoses, 1):
                ref, use = (d, "DD") if isinstance(d, str) else d
                r["diagnosis"].append({"condition": self.R(ref),
                                       "use": cc(coding(DIAGROLE, use, {"AD": "Admission diagnosis",
                                                                        "DD": "Discharge diagnosis",
                                                                        "CC": "Chief complaint",
                                                                        "billing": "Billing"}[use])),
                                       "rank": i})
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = cc(coding(ADMITSRC, *admit))
            if discharge:
                h["dischargeDisposition"] = cc(coding(DISCH, *discharge))
            r["hospitalization"] = h
        if provider:
            r["serviceProvider"] = self.R(provider)
        if based_on:
            r["basedOn"] = [self.R(b) for b in based_on]
        return self.add(r)

    # clinical --------------------------------------------------------------------------------
    def condition(self, code_cc, onset=None, status="active", ver="confirmed", cat="problem-list-item",
                  recorded=None, abated=None, note=None, recorder=None, asserter=None, enc=None, severity=None,
                  evidence=None, body_site=None, onset_str=None, stage=None):
        r = {"resourceType": "Condition", "id": self.nid("cond")}
        if status:
            r["clinicalStatus"] = cc(coding(CONDCLIN, status, status.capitalize()))
        r["verificationStatus"] = cc(coding(CONDVER, ver, ver.capitalize()))
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        r["category"] = [cc(coding(CONDCAT, cat, catd))]
        if severity:
            r["severity"] = severity
        r["code"] = code_cc
        if body_site:
            r["bodySite"] = [body_site]
        r["subject"] = self.R(self.patient_ref)
        if enc:
            r["encounter"] = self.R(enc)
        if onset:
            r["onsetDateTime"] = onset
        elif onset_str:
            r["onsetString"] = onset_str
        if abated:
            r["abatementDateTime"] = abated
        r["recordedDate"] = recorded or onset or ANCHOR
        if recorder:
            r["recorder"] = self.R(recorder)
        if asserter:
            r["asserter"] = self.R(asserter)
        if stage:
            r["stage"] = [{"summary": stage}]
        if evidence:
            r["evidence"] = [{"detail": [self.R(e) for e in evidence]}]
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def _interp(self, value, low, high, interp):
        if interp == "auto":
            if not isinstance(value, (int, float)):
                return None
            if low is not None and value < low:
                return "L"
            if high is not None and value > high:
                return "H"
            return "N"
        return interp

    def obs(self, code_cc, date, value=None, unit=None, ucum=None, category="laboratory", low=None, high=None,
            interp="auto", enc=None, performer=None, note=None, components=None, value_cc=None,
            value_int=None, value_str=None, value_bool=None, time="08:30", ref_text=None, method=None,
            derived_from=None, body_site=None, status="final", has_member=None, comparator=None):
        catd = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                "activity": "Activity", "therapy": "Therapy"}[category]
        r = {"resourceType": "Observation", "id": self.nid("obs"), "status": status,
             "category": [cc(coding(OBSCAT, category, catd))],
             "code": code_cc, "subject": self.R(self.patient_ref)}
        if enc:
            r["encounter"] = self.R(enc)
        r["effectiveDateTime"] = self.dt(date, time)
        r["issued"] = self.dt(date, "17:45")
        if performer:
            r["performer"] = [self.R(p) for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            q = qty(value, unit, ucum if ucum is not None else unit)
            if comparator:
                q["comparator"] = comparator
            r["valueQuantity"] = q
        elif value_cc is not None:
            r["valueCodeableConcept"] = value_cc
        elif value_int is not None:
            assert isinstance(value_int, int)
            r["valueInteger"] = value_int
        elif value_str is not None:
            r["valueString"] = value_str
        elif value_bool is not None:
            r["valueBoolean"] = value_bool
        num = value if value is not None else value_int
        code = self._interp(num, low, high, interp) if (low is not None or high is not None or interp not in
                                                       ("auto", None)) else None
        if code:
            r["interpretation"] = [cc(coding(OBSINT, code, INTERP_DISPLAY[code]))]
        if note:
            r["note"] = [{"text": note}]
        if body_site:
            r["bodySite"] = body_site
        if method:
            r["method"] = method
        if low is not None or high is not None or ref_text:
            rr = {}
            u, uc = unit, (ucum if ucum is not None else unit)
            if low is not None:
                rr["low"] = qty(low, u, uc) if u else {"value": low}
            if high is not None:
                rr["high"] = qty(high, u, uc) if u else {"value": high}
            if ref_text:
                rr["text"] = ref_text
            r["referenceRange"] = [rr]
        if has_member:
            r["hasMember"] = [self.R(m) for m in has_member]
        if derived_from:
            r["derivedFrom"] = [self.R(d) for d in derived_from]
        if components:
            r["component"] = components
        return self.add(r)

    def lab(self, key, value, date, enc=None, performer=None, interp="auto", note=None, time="08:30",
            comparator=None):
        code, disp, units = LABS[key]
        spec = units[self.profile["units"]] if self.profile["units"] in units else list(units.values())[0]
        if isinstance(spec, dict):
            spec = spec[self.sex]
        unit, ucum, low, high = spec
        return self.obs(cc(loinc(code, disp)), date, value=value, unit=unit, ucum=ucum, low=low, high=high,
                        interp=interp, enc=enc, performer=performer, note=note, time=time,
                        comparator=comparator)

    def vitals(self, date, enc=None, bp=None, time="09:10", **kw):
        refs = []
        if bp:
            comps = [{"code": cc(loinc("8480-6", "Systolic blood pressure")),
                      "valueQuantity": qty(bp[0], "mmHg", "mm[Hg]")},
                     {"code": cc(loinc("8462-4", "Diastolic blood pressure")),
                      "valueQuantity": qty(bp[1], "mmHg", "mm[Hg]")}]
            refs.append(self.obs(cc(loinc("85354-9", "Blood pressure panel with all children optional")), date,
                                 category="vital-signs", enc=enc, components=comps, time=time))
        for k, v in kw.items():
            code, disp, unit, ucum = VITALS[k]
            refs.append(self.obs(cc(loinc(code, disp)), date, value=v, unit=unit, ucum=ucum,
                                 category="vital-signs", enc=enc, time=time))
        return refs

    def score(self, code_cc, date, value, enc=None, category="survey", note=None, performer=None, unit=None,
              derived_from=None, low=None, high=None, interp=None, ref_text=None):
        """Questionnaire score: integer -> valueInteger, else valueQuantity {score}."""
        if isinstance(value, int) and unit is None:
            return self.obs(code_cc, date, value_int=value, category=category, enc=enc, note=note,
                            performer=performer, derived_from=derived_from, low=low, high=high,
                            interp=interp if interp else ("auto" if (low is not None or high is not None)
                                                          else None),
                            ref_text=ref_text, time="10:15")
        return self.obs(code_cc, date, value=value, unit=unit or "{score}", ucum=unit or "{score}",
                        category=category, enc=enc, note=note, performer=performer, derived_from=derived_from,
                        low=low, high=high, interp=interp if interp else ("auto" if (low is not None or
                                                                                     high is not None) else None),
                        ref_text=ref_text, time="10:15")

    def report(self, code_cc, date, category, results=None, conclusion=None, conclusion_codes=None,
               performer=None, interpreter=None, enc=None, status="final", based_on=None, presented=None,
               time="11:00"):
        catd = {"LAB": "Laboratory", "RAD": "Radiology", "CUS": "Cardiac Ultrasound", "EC": "Electrocardiac",
                "SP": "Surgical Pathology", "PF": "Pulmonary Function", "GE": "Genetics", "NMS": "Nuclear Medicine Scan",
                "OTH": "Other", "HM": "Hematology", "CH": "Chemistry", "CT": "CAT Scan", "NRS": "Nursing Service Measures",
                "OSL": "Outside Lab", "MB": "Microbiology", "PHY": "Physician (Hx. Dx, admission note, etc.)",
                "CTH": "Cardiac Catheterization", "VUS": "Vascular Ultrasound", "GI": "Gastroenterology",
                "NMR": "Nuclear Magnetic Resonance", "US": "Ultrasound", "PAT": "Pathology (gross & histopath, not surgical)"}[category]
        r = {"resourceType": "DiagnosticReport", "id": self.nid("dr"), "status": status,
             "category": [cc(coding(V2_0074, category, catd))], "code": code_cc,
             "subject": self.R(self.patient_ref)}
        if based_on:
            r["basedOn"] = [self.R(b) for b in based_on]
        if enc:
            r["encounter"] = self.R(enc)
        r["effectiveDateTime"] = self.dt(date, time)
        r["issued"] = self.dt(date, "18:00")
        if performer:
            r["performer"] = [self.R(performer)]
        if interpreter:
            r["resultsInterpreter"] = [self.R(interpreter)]
        if results:
            r["result"] = [self.R(x) for x in results]
        if conclusion:
            r["conclusion"] = conclusion
        if conclusion_codes:
            r["conclusionCode"] = conclusion_codes
        if presented:
            r["presentedForm"] = [{"contentType": "text/plain", "language": self.lang, "data": b64(presented)}]
        return self.add(r)

    def note(self, date, type_cc, title, text, author, enc=None, time="16:30", lang=None, custodian=None,
             category=None, status="current", period=None, related=None):
        r = {"resourceType": "DocumentReference", "id": self.nid("doc"), "status": status, "docStatus": "final",
             "type": type_cc,
             "category": [category or cc(coding(DOCCAT, "clinical-note", "Clinical Note"))],
             "subject": self.R(self.patient_ref), "date": self.dt(date, time),
             "author": [self.R(a) for a in (author if isinstance(author, list) else [author])],
             "description": title,
             "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.lang,
                                         "data": b64(text.strip() + "\n"), "title": title,
                                         "creation": self.dt(date, time)}}]}
        if custodian:
            r["custodian"] = self.R(custodian)
        ctx = {}
        if enc:
            ctx["encounter"] = [self.R(e) for e in (enc if isinstance(enc, list) else [enc])]
        if period:
            ctx["period"] = period
        if related:
            ctx["related"] = [self.R(x) for x in related]
        if ctx:
            r["context"] = ctx
        return self.add(r)

    def _dosage(self, text, route=None, dose=None, freq=None, period=None, unit=None, as_needed=None):
        d = {"text": text}
        if freq and period:
            d["timing"] = {"repeat": {"frequency": freq, "period": period, "periodUnit": unit or "d"}}
        if as_needed is not None:
            d["asNeededBoolean"] = as_needed
        if route:
            d["route"] = route
        if dose:
            d["doseAndRate"] = [{"doseQuantity": qty(*dose)}]
        return d

    def medreq(self, med_cc, authored, requester, dose_text, status="active", intent="order", reason=None,
               reason_ref=None, note=None, route=None, dose=None, freq=None, period=None, unit=None,
               category=None, enc=None, based_on=None, course=None, refills=None, as_needed=None,
               validity=None):
        r = {"resourceType": "MedicationRequest", "id": self.nid("mrq"), "status": status, "intent": intent}
        if category:
            r["category"] = [cc(coding(MEDREQCAT, category, {"inpatient": "Inpatient", "outpatient": "Outpatient",
                                                              "community": "Community"}[category]))]
        r["medicationCodeableConcept"] = med_cc
        r["subject"] = self.R(self.patient_ref)
        if enc:
            r["encounter"] = self.R(enc)
        r["authoredOn"] = authored
        r["requester"] = self.R(requester)
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [self.R(x) for x in reason_ref]
        if based_on:
            r["basedOn"] = [self.R(b) for b in based_on]
        if course:
            r["courseOfTherapyType"] = cc(coding("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
                                                 course, {"continuous": "Continuous long term therapy",
                                                          "acute": "Short course (acute) therapy",
                                                          "seasonal": "Seasonal"}[course]))
        if note:
            r["note"] = [{"text": note}]
        r["dosageInstruction"] = [self._dosage(dose_text, route, dose, freq, period, unit, as_needed)]
        if refills is not None or validity:
            dr = {}
            if validity:
                dr["validityPeriod"] = validity
            if refills is not None:
                dr["numberOfRepeatsAllowed"] = refills
            r["dispenseRequest"] = dr
        return self.add(r)

    def medstmt(self, med_cc, status, start, dose_text, end=None, reason=None, reason_ref=None, asserted=None,
                note=None, status_reason=None, info_source=None, category=None, route=None):
        r = {"resourceType": "MedicationStatement", "id": self.nid("mst"), "status": status}
        if status_reason:
            r["statusReason"] = [status_reason]
        if category:
            r["category"] = cc(coding(MEDSTMTCAT, category, {"inpatient": "Inpatient", "outpatient": "Outpatient",
                                                              "community": "Community",
                                                              "patientspecified": "Patient Specified"}[category]))
        r["medicationCodeableConcept"] = med_cc
        r["subject"] = self.R(self.patient_ref)
        per = {"start": start}
        if end:
            per["end"] = end
        r["effectivePeriod"] = per
        r["dateAsserted"] = asserted or end or start
        if info_source:
            r["informationSource"] = self.R(info_source)
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [self.R(x) for x in reason_ref]
        if note:
            r["note"] = [{"text": note}]
        r["dosage"] = [self._dosage(dose_text, route)]
        return self.add(r)

    def medadmin(self, med_cc, date, dose, route=None, request=None, performer=None, enc=None, note=None,
                 status="completed", text=None, time="10:00", end_time=None, reason_ref=None):
        r = {"resourceType": "MedicationAdministration", "id": self.nid("mad"), "status": status,
             "medicationCodeableConcept": med_cc, "subject": self.R(self.patient_ref)}
        if enc:
            r["context"] = self.R(enc)
        if end_time:
            r["effectivePeriod"] = {"start": self.dt(date, time), "end": self.dt(date, end_time)}
        else:
            r["effectiveDateTime"] = self.dt(date, time)
        if performer:
            r["performer"] = [{"actor": self.R(performer)}]
        if reason_ref:
            r["reasonReference"] = [self.R(x) for x in reason_ref]
        if request:
            r["request"] = self.R(request)
        if note:
            r["note"] = [{"text": note}]
        d = {}
        if text:
            d["text"] = text
        if route:
            d["route"] = route
        d["dose"] = qty(*dose)
        r["dosage"] = d
        return self.add(r)

    def sreq(self, code_cc, status, intent, authored, requester, occurrence=None, performer=None, reason=None,
             reason_ref=None, note=None, category=None, priority=None, enc=None, supporting=None, based_on=None,
             performer_type=None, occurrence_period=None, order_detail=None, patient_instruction=None):
        r = {"resourceType": "ServiceRequest", "id": self.nid("sr"), "status": status, "intent": intent}
        if based_on:
            r["basedOn"] = [self.R(b) for b in based_on]
        if category:
            r["category"] = [category]
        if priority:
            r["priority"] = priority
        r["code"] = code_cc
        if order_detail:
            r["orderDetail"] = order_detail
        r["subject"] = self.R(self.patient_ref)
        if enc:
            r["encounter"] = self.R(enc)
        if occurrence:
            r["occurrenceDateTime"] = occurrence
        elif occurrence_period:
            r["occurrencePeriod"] = occurrence_period
        r["authoredOn"] = authored
        r["requester"] = self.R(requester)
        if performer_type:
            r["performerType"] = performer_type
        if performer:
            r["performer"] = [self.R(p) for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [self.R(x) for x in reason_ref]
        if supporting:
            r["supportingInfo"] = [self.R(x) for x in supporting]
        if note:
            r["note"] = [{"text": note}]
        if patient_instruction:
            r["patientInstruction"] = patient_instruction
        return self.add(r)

    def proc(self, code_cc, status, subject_date=None, performer=None, reason=None, reason_ref=None, note=None,
             outcome=None, body_site=None, based_on=None, category=None, enc=None, period=None,
             status_reason=None, report=None, follow_up=None, complication=None, time="08:00"):
        r = {"resourceType": "Procedure", "id": self.nid("proc"), "status": status}
        if based_on:
            r["basedOn"] = [self.R(b) for b in based_on]
        if status_reason:
            r["statusReason"] = status_reason
        if category:
            r["category"] = category
        r["code"] = code_cc
        r["subject"] = self.R(self.patient_ref)
        if enc:
            r["encounter"] = self.R(enc)
        if period:
            r["performedPeriod"] = period
        elif subject_date:
            r["performedDateTime"] = self.dt(subject_date, time) if status == "completed" else subject_date
        if performer:
            r["performer"] = [{"actor": self.R(p)} for p in (performer if isinstance(performer, list) else
                                                            [performer])]
        if reason:
            r["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            r["reasonReference"] = [self.R(x) for x in reason_ref]
        if body_site:
            r["bodySite"] = [body_site]
        if outcome:
            r["outcome"] = outcome
        if report:
            r["report"] = [self.R(x) for x in report]
        if complication:
            r["complication"] = complication
        if follow_up:
            r["followUp"] = follow_up
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def careplan(self, title, status, intent, category_cc, start, author, addresses=None, activities=None,
                 description=None, note=None, end=None, created=None, supporting=None):
        r = {"resourceType": "CarePlan", "id": self.nid("cp"), "status": status, "intent": intent,
             "category": category_cc if isinstance(category_cc, list) else [category_cc],
             "title": title}
        if description:
            r["description"] = description
        r["subject"] = self.R(self.patient_ref)
        r["period"] = {"start": start}
        if end:
            r["period"]["end"] = end
        r["created"] = created or start
        r["author"] = self.R(author)
        if addresses:
            r["addresses"] = [self.R(a) for a in addresses]
        if supporting:
            r["supportingInfo"] = [self.R(s) for s in supporting]
        if activities:
            acts = []
            for a in activities:
                if isinstance(a, str):
                    acts.append({"reference": self.R(a)})
                    continue
                code, st, desc = a[:3]
                det = {"status": st}
                if len(a) > 3 and a[3]:
                    det["kind"] = a[3]
                if code:
                    det["code"] = code
                if desc:
                    det["description"] = desc
                acts.append({"detail": det})
            r["activity"] = acts
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def communication(self, sent, sender, recipients, text, status="completed", category=None, topic=None,
                      about=None, in_response_to=None, medium=None, received=None, priority=None):
        r = {"resourceType": "Communication", "id": self.nid("com"), "status": status}
        if in_response_to:
            r["inResponseTo"] = [self.R(x) for x in in_response_to]
        if category:
            r["category"] = [category]
        if priority:
            r["priority"] = priority
        if medium:
            r["medium"] = [medium]
        r["subject"] = self.R(self.patient_ref)
        if topic:
            r["topic"] = topic
        if about:
            r["about"] = [self.R(a) for a in about]
        r["sent"] = self.dt(sent, "20:12") if "T" not in sent else sent
        if received:
            r["received"] = received
        r["recipient"] = [self.R(x) for x in (recipients if isinstance(recipients, list) else [recipients])]
        r["sender"] = self.R(sender)
        r["payload"] = [{"contentString": text}]
        return self.add(r)

    def flag(self, code_cc, start, author, status="active", category=None, enc=None, end=None):
        r = {"resourceType": "Flag", "id": self.nid("flag"), "status": status}
        if category:
            r["category"] = [category]
        r["code"] = code_cc
        r["subject"] = self.R(self.patient_ref)
        r["period"] = {"start": start}
        if end:
            r["period"]["end"] = end
        if enc:
            r["encounter"] = self.R(enc)
        r["author"] = self.R(author)
        return self.add(r)

    @staticmethod
    def _answer(a):
        if isinstance(a, bool):
            return {"valueBoolean": a}
        if isinstance(a, int):
            return {"valueInteger": a}
        if isinstance(a, float):
            return {"valueDecimal": a}
        if isinstance(a, str):
            if len(a) == 10 and a[4] == "-" and a[7] == "-" and a[:4].isdigit():
                return {"valueDate": a}
            return {"valueString": a}
        if isinstance(a, dict) and "code" in a and "system" in a:
            return {"valueCoding": a}
        raise ValueError(a)

    def qresp(self, questionnaire, authored, author, items, source=None, status="completed", enc=None,
              based_on=None):
        def build(it):
            link, text, ans = it[0], it[1], it[2]
            node = {"linkId": link}
            if text:
                node["text"] = text
            if isinstance(ans, list) and ans and isinstance(ans[0], tuple):
                node["item"] = [build(x) for x in ans]
            elif ans is not None:
                answers = ans if isinstance(ans, list) else [ans]
                node["answer"] = [self._answer(a) for a in answers]
            return node
        r = {"resourceType": "QuestionnaireResponse", "id": self.nid("qr")}
        if based_on:
            r["basedOn"] = [self.R(b) for b in based_on]
        r["questionnaire"] = questionnaire
        r["status"] = status
        r["subject"] = self.R(self.patient_ref)
        if enc:
            r["encounter"] = self.R(enc)
        r["authored"] = self.dt(authored, "18:40") if "T" not in authored else authored
        r["author"] = self.R(author)
        if source:
            r["source"] = self.R(source)
        r["item"] = [build(it) for it in items]
        return self.add(r)

    def impression(self, date, assessor, summary, problems=None, findings=None, description=None, enc=None,
                   status="completed", note=None, code=None, supporting=None):
        r = {"resourceType": "ClinicalImpression", "id": self.nid("ci"), "status": status}
        if code:
            r["code"] = code
        if description:
            r["description"] = description
        r["subject"] = self.R(self.patient_ref)
        if enc:
            r["encounter"] = self.R(enc)
        r["effectiveDateTime"] = self.dt(date, "15:00")
        r["date"] = self.dt(date, "15:30")
        r["assessor"] = self.R(assessor)
        if problems:
            r["problem"] = [self.R(p) for p in problems]
        if supporting:
            r["supportingInfo"] = [self.R(s) for s in supporting]
        r["summary"] = summary
        if findings:
            out = []
            for f in findings:
                if isinstance(f, str):
                    out.append({"itemReference": self.R(f)})
                else:
                    out.append({"itemCodeableConcept": f})
            r["finding"] = out
        if note:
            r["note"] = [{"text": note}]
        return self.add(r)

    def appointment(self, start, end, description, participants, status="booked", service_type=None,
                    based_on=None, reason_ref=None, start_time="08:00", end_time="12:00"):
        r = {"resourceType": "Appointment", "id": self.nid("appt"), "status": status}
        if service_type:
            r["serviceType"] = [service_type]
        if reason_ref:
            r["reasonReference"] = [self.R(x) for x in reason_ref]
        r["description"] = description
        r["start"] = self.dt(start, start_time)
        r["end"] = self.dt(end, end_time)
        r["created"] = ANCHOR if start > ANCHOR else start
        if based_on:
            r["basedOn"] = [self.R(b) for b in based_on]
        r["participant"] = [{"actor": self.R(p), "required": "required", "status": "accepted"}
                            for p in [self.patient_ref] + list(participants)]
        return self.add(r)

    def device(self, type_cc, manufacturer, model, name, serial=None, status="active", owner=None):
        r = {"resourceType": "Device", "id": self.nid("dev"), "status": status,
             "manufacturer": manufacturer,
             "deviceName": [{"name": name, "type": "user-friendly-name"}],
             "modelNumber": model, "type": type_cc, "patient": self.R(self.patient_ref)}
        if serial:
            r["serialNumber"] = serial
        if owner:
            r["owner"] = self.R(owner)
        return self.add(r)

    # bundle ------------------------------------------------------------------------------------
    def bundle(self):
        base = self.profile["base"]
        entries = []
        for r in self.resources:
            rt, rid = r["resourceType"], r["id"]
            entries.append({"fullUrl": f"{base}/{rt}/{rid}", "resource": r,
                            "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction",
                "timestamp": "2026-12-01T06:00:00+00:00", "entry": entries}


def days_between(a, b):
    return (_dt.date.fromisoformat(b[:10]) - _dt.date.fromisoformat(a[:10])).days
