"""Small helpers for writing FHIR R4 resources for the blind-64 evaluation set.

Every builder returns the relative reference ("Type/id") of the resource it added.
Ids are "<case id>-<short><n>"; the Patient id is the case id itself.
"""
import base64
import collections
import re
import textwrap

UCUM = "http://unitsofmeasure.org"
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
CPT = "http://www.ama-assn.org/go/cpt"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
INTERP = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
CLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
VER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
ORGTYPE = "http://terminology.hl7.org/CodeSystem/organization-type"
ROLECODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COMMCAT = "http://terminology.hl7.org/CodeSystem/communication-category"
SUBSCRREL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
COVCLASS = "http://terminology.hl7.org/CodeSystem/coverage-class"
SELFPAY = "http://terminology.hl7.org/CodeSystem/coverage-selfpay"
BCP47 = "urn:ietf:bcp:47"

SITES = {
    "sk": dict(
        key="sk",
        base="https://fhir.unld.sk/r4/",
        tz="+01:00",
        lang="sk",
        name="Univerzitná nemocnica Liptovská Dolina",
        short="UNLD",
        city="Liptovská Dolina",
        country="SK",
        mrn="https://fhir.unld.sk/sid/pacient",
        local="https://fhir.unld.sk/CodeSystem/",
        org_ident=("https://fhir.unld.sk/sid/ico", "00612345"),
        staff={
            "gastro": ("Katarína", "Benková", "MUDr.", "gastroenterológia", "female"),
            "kardio": ("Pavol", "Štefanko", "MUDr.", "kardiológia", "male"),
            "kch": ("Martin", "Oravec", "doc. MUDr.", "kardiochirurgia", "male"),
            "onko": ("Lucia", "Hrušovská", "MUDr.", "klinická onkológia", "female"),
            "nefro": ("Igor", "Pastorek", "MUDr.", "nefrológia", "male"),
            "uro": ("Rastislav", "Blaho", "MUDr.", "urológia", "male"),
            "reuma": ("Jana", "Melicherová", "MUDr.", "reumatológia", "female"),
            "int": ("Viera", "Slobodová", "MUDr.", "vnútorné lekárstvo, diabetológia", "female"),
            "nch": ("Tomáš", "Kubina", "MUDr.", "neurochirurgia", "male"),
            "pal": ("Alžbeta", "Rybárová", "MUDr.", "paliatívna medicína", "female"),
            "pneumo": ("Ondrej", "Hlinka", "MUDr.", "pneumológia a ftizeológia", "male"),
            "rad": ("Peter", "Lacko", "MUDr.", "rádiológia", "male"),
            "sestra": ("Monika", "Jurčová", "Bc.", "sestra", "female"),
        },
    ),
    "pk": dict(
        key="pk",
        base="https://emr.zaitoonmedical.pk/fhir/",
        tz="+05:00",
        lang="ur",
        note_lang="en",
        name="Zaitoon Medical Complex",
        short="ZMC",
        city="Lahore",
        country="PK",
        mrn="https://emr.zaitoonmedical.pk/sid/mr-no",
        local="https://emr.zaitoonmedical.pk/codes/",
        org_ident=("https://emr.zaitoonmedical.pk/sid/org", "ZMC-LHR"),
        staff={
            "med": ("Naveed", "Akhtar", "Dr.", "FCPS Medicine, consultant physician", "male"),
            "cardio": ("Saima", "Rauf", "Dr.", "FCPS Cardiology", "female"),
            "cts": ("Khurram", "Shahzad", "Dr.", "FRCS, cardiac surgery", "male"),
            "hep": ("Farhan", "Qadir", "Dr.", "FCPS Gastroenterology & Hepatology", "male"),
            "onco": ("Amna", "Javed", "Dr.", "FCPS Medical Oncology", "female"),
            "surg": ("Bilal", "Chaudhry", "Dr.", "FCPS General Surgery", "male"),
            "neuro": ("Usman", "Ghani", "Dr.", "FCPS Neurology", "male"),
            "gp": ("Asma", "Riaz", "Dr.", "MBBS, MCPS Family Medicine", "female"),
            "haem": ("Faisal", "Mirza", "Dr.", "FCPS Haematology", "male"),
            "endo": ("Mehwish", "Tariq", "Dr.", "FCPS Endocrinology", "female"),
            "pall": ("Rabia", "Saleem", "Dr.", "Palliative care physician", "female"),
            "path": ("Kamran", "Yousaf", "Dr.", "FCPS Histopathology", "male"),
        },
    ),
    "pf": dict(
        key="pf",
        base="https://fhir.riversidepelvichealth.org.uk/R4/",
        tz="+00:00",
        lang="en-GB",
        name="Riverside Pelvic Health & Continence Service",
        short="RPHCS",
        city="Riverside",
        country="GB",
        mrn="https://fhir.riversidepelvichealth.org.uk/sid/hospital-number",
        local="https://fhir.riversidepelvichealth.org.uk/CodeSystem/",
        org_ident=("https://fhir.riversidepelvichealth.org.uk/sid/ods", "RPH01"),
        staff={
            "ug": ("Helen", "Ashcroft", "Miss", "Consultant urogynaecologist", "female"),
            "ug2": ("David", "Okafor", "Mr", "Consultant urogynaecologist", "male"),
            "cns": ("Sarah", "Whitfield", "", "Continence nurse specialist", "female"),
            "physio": ("Rachel", "Dunmore", "", "Specialist pelvic health physiotherapist", "female"),
            "crs": ("Anil", "Mehta", "Mr", "Consultant colorectal surgeon", "male"),
            "stoma": ("Joanne", "Pike", "", "Stoma care nurse specialist", "female"),
            "anaes": ("Fiona", "Lyle", "Dr", "Consultant anaesthetist", "female"),
            "uro": ("Graham", "Pell", "Mr", "Consultant urologist", "male"),
            "uds": ("Priya", "Nair", "", "Urodynamics clinical scientist", "female"),
        },
    ),
    "sh": dict(
        key="sh",
        base="https://fhir.northgate-health.edu/r4/",
        tz="-05:00",
        lang="en-US",
        name="Northgate University Student Health Service",
        short="NUSHS",
        city="Northgate",
        country="US",
        mrn="https://fhir.northgate-health.edu/sid/student-health-id",
        local="https://fhir.northgate-health.edu/CodeSystem/",
        org_ident=("http://hl7.org/fhir/sid/us-npi", "1679512348"),
        staff={
            "np": ("Megan", "Torres", "", "FNP-C, nurse practitioner", "female"),
            "md": ("Daniel", "Kim", "Dr.", "MD, primary care physician", "male"),
            "psy": ("Alicia", "Grant", "Dr.", "PsyD, counseling psychologist", "female"),
            "psych": ("Ravi", "Menon", "Dr.", "MD, psychiatrist", "male"),
            "sports": ("Kevin", "Walsh", "Dr.", "MD, sports medicine", "male"),
            "rd": ("Lauren", "Price", "", "RD, dietitian", "female"),
            "pt": ("Chris", "Nolan", "", "DPT, physical therapist", "male"),
            "rn": ("Tasha", "Green", "", "RN", "female"),
        },
    ),
}


# ----------------------------------------------------------------- datatypes
def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """CodeableConcept from (system, code, display) tuples."""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    return out


def txt(text):
    return {"text": text}


def sct(code, display, text=None):
    return cc((SCT, code, display), text=text)


def icd(code, display, text=None):
    return cc((ICD10, code, display), text=text)


def icdcm(code, display, text=None):
    return cc((ICD10CM, code, display), text=text)


def loinc(code, display, text=None):
    return cc((LOINC, code, display), text=text)


def atc(code, display, text=None):
    return cc((ATC, code, display), text=text)


def rxn(code, display, text=None):
    return cc((RXN, code, display), text=text)


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code or unit}


def clean(d):
    if isinstance(d, dict):
        return {k: clean(v) for k, v in d.items() if v is not None and v != [] and v != {}}
    if isinstance(d, list):
        return [clean(x) for x in d]
    return d


def as_cc(x):
    if x is None:
        return None
    if isinstance(x, str):
        return {"text": x}
    return x


def as_cc_list(x):
    if x is None:
        return None
    if isinstance(x, (list, tuple)):
        return [as_cc(i) for i in x]
    return [as_cc(x)]


def ref_list(x):
    if x is None:
        return None
    if isinstance(x, (list, tuple)):
        return [{"reference": r} for r in x]
    return [{"reference": x}]


def refobj(x):
    return {"reference": x} if x else None


# LOINC codes used across the set (code, display)
LAB = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood"),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count"),
    "hct": ("4544-3", "Hematocrit [Volume Fraction] of Blood by Automated count"),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"),
    "iron": ("2498-4", "Iron [Mass/volume] in Serum or Plasma"),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma"),
    "folate": ("2284-8", "Folate [Mass/volume] in Serum or Plasma"),
    "crea_m": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma"),
    "crea": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)"),
    "urea": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma"),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma"),
    "hba1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma"),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"),
    "chol": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma"),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"),
    "hdl": ("2085-9", "Cholesterol in HDL [Mass/volume] in Serum or Plasma"),
    "tg": ("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma"),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay"),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool"),
    "ttg": ("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum"),
    "iga": ("2458-8", "IgA [Mass/volume] in Serum or Plasma"),
    "afp": ("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma"),
    "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma"),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma"),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma"),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma"),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"),
    "hba2": ("4551-8", "Hemoglobin A2/Hemoglobin.total in Blood"),
    "hbf": ("4576-5", "Hemoglobin F/Hemoglobin.total in Blood"),
    "vitd": ("1989-3", "25-Hydroxyvitamin D3+25-Hydroxyvitamin D2 [Mass/volume] in Serum or Plasma"),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"),
    "uwbc": ("5821-4", "Leukocytes [#/area] in Urine sediment by Microscopy high power field"),
    "urbc": ("13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field"),
    "ucult": ("630-4", "Bacteria identified in Urine by Culture"),
    "bcult": ("600-7", "Bacteria identified in Blood by Culture"),
    "phq9": ("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
    "gad7": ("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"),
    "pain": ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
    "symptom": ("75325-1", "Symptom"),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma"),
    "fit": ("29771-3", "Hemoglobin.gastrointestinal.lower [Mass/volume] in Stool by Immunoassay"),
}


class Rec:
    """Collects the resources of one patient record (one Bundle)."""

    def __init__(self, cid, site):
        self.cid = cid
        self.site = SITES[site]
        self.items = []
        self.n = collections.Counter()
        self.pat = None
        self.org_ref = None
        self._staff = {}

    # ------------------------------------------------------------- plumbing
    def nid(self, short):
        self.n[short] += 1
        return f"{self.cid}-{short}{self.n[short]}"

    def add(self, res, short):
        rid = self.cid if res["resourceType"] == "Patient" else self.nid(short)
        body = {"resourceType": res.pop("resourceType"), "id": rid}
        body.update(clean(res))
        self.items.append(body)
        return f"{body['resourceType']}/{rid}"

    def dt(self, d, t="09:00"):
        if d is None:
            return None
        if "T" in d or len(d) < 10:
            return d
        return f"{d}T{t}:00{self.site['tz']}"

    def local(self, cs, code, display, text=None):
        return cc((self.site["local"] + cs, code, display), text=text)

    def bundle(self):
        entries = []
        for r in self.items:
            url = f"{r['resourceType']}/{r['id']}"
            entries.append({"fullUrl": self.site["base"] + url, "resource": r,
                            "request": {"method": "PUT", "url": url}})
        return {"resourceType": "Bundle", "type": "transaction", "entry": entries}

    # ------------------------------------------------------------- actors
    def hospital(self, name=None, ident=None, kind="prov", dept=None, address=None):
        s = self.site
        name = name or s["name"]
        res = {"resourceType": "Organization", "active": True,
               "identifier": [{"system": (ident or s["org_ident"])[0], "value": (ident or s["org_ident"])[1]}],
               "type": [cc((ORGTYPE, kind, {"prov": "Healthcare Provider", "ins": "Insurance Company",
                                           "pay": "Payer", "other": "Other", "dept": "Hospital Department",
                                           "edu": "Educational Institute", "govt": "Government"}[kind]))],
               "name": name,
               "address": [address or {"city": s["city"], "country": s["country"]}]}
        ref = self.add(res, "org")
        if self.org_ref is None:
            self.org_ref = ref
        return ref

    def org(self, name, kind="other", city=None, country=None, ident=None, alias=None):
        res = {"resourceType": "Organization", "active": True,
               "identifier": [{"system": ident[0], "value": ident[1]}] if ident else None,
               "type": [cc((ORGTYPE, kind, {"prov": "Healthcare Provider", "ins": "Insurance Company",
                                           "pay": "Payer", "other": "Other", "dept": "Hospital Department",
                                           "edu": "Educational Institute", "govt": "Government"}[kind]))],
               "name": name, "alias": [alias] if alias else None,
               "address": [{"city": city or self.site["city"], "country": country or self.site["country"]}]}
        return self.add(res, "org")

    def staff(self, key):
        if key in self._staff:
            return self._staff[key]
        given, family, prefix, qual, gender = self.site["staff"][key]
        ref = self.pract(given, family, prefix, qual, gender)
        self._staff[key] = ref
        return ref

    def pract(self, given, family, prefix, qual, gender=None, org=None):
        res = {"resourceType": "Practitioner", "active": True,
               "identifier": [{"system": self.site["local"].replace("CodeSystem/", "").replace("codes/", "") + "sid/staff",
                               "value": f"{family[:3].upper()}{len(self._staff) + 101 + self.n['pract']}"}],
               "name": [{"family": family, "given": [given], "prefix": [prefix] if prefix else None,
                         "text": " ".join(x for x in (prefix, given, family) if x)}],
               "gender": gender,
               "qualification": [{"code": txt(qual), "issuer": refobj(org)}]}
        return self.add(res, "pract")

    def patient(self, given, family, gender, birth, mrn, line=None, city=None, postal=None, phone=None,
                marital=None, lang=None, extra_ident=None, deceased=None, email=None):
        s = self.site
        idents = [{"use": "usual", "type": cc((V2_0203, "MR", "Medical record number")),
                   "system": s["mrn"], "value": mrn}]
        if extra_ident:
            idents.append(extra_ident)
        telecom = []
        if phone:
            telecom.append({"system": "phone", "value": phone, "use": "mobile"})
        if email:
            telecom.append({"system": "email", "value": email})
        res = {"resourceType": "Patient", "identifier": idents, "active": True,
               "name": [{"use": "official", "family": family,
                         "given": given if isinstance(given, list) else [given]}],
               "telecom": telecom, "gender": gender, "birthDate": birth,
               "address": [{"use": "home", "line": [line] if line else None, "city": city or s["city"],
                            "postalCode": postal, "country": s["country"]}],
               "maritalStatus": cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                    {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
               if marital else None,
               "communication": [{"language": cc((BCP47, lang or s["lang"])), "preferred": True}],
               "managingOrganization": refobj(self.org_ref)}
        self.pat = self.add(res, "pat")
        return self.pat

    def related(self, rel_code, rel_display, given, family, gender=None, phone=None, note=None):
        res = {"resourceType": "RelatedPerson", "active": True, "patient": {"reference": self.pat},
               "relationship": [cc((ROLECODE, rel_code, rel_display))],
               "name": [{"family": family, "given": [given]}], "gender": gender,
               "telecom": [{"system": "phone", "value": phone}] if phone else None}
        return self.add(res, "rp")

    # ------------------------------------------------------------- coverage
    def coverage(self, payor, type_cc, subscriber_id=None, start=None, end=None, classes=None,
                 status="active", relationship="self", subscriber=None, network=None):
        res = {"resourceType": "Coverage", "status": status, "type": type_cc,
               "subscriber": refobj(subscriber), "subscriberId": subscriber_id,
               "beneficiary": {"reference": self.pat},
               "relationship": cc((SUBSCRREL, relationship)),
               "period": {"start": start, "end": end} if start or end else None,
               "payor": ref_list(payor), "network": network,
               "class": [{"type": cc((COVCLASS, t)), "value": v, "name": n} for (t, v, n) in (classes or [])]}
        return self.add(res, "cov")

    def selfpay(self, start=None, note=None):
        return self.coverage(self.pat, cc((SELFPAY, "pay", "PAY")), start=start)

    # ------------------------------------------------------------- encounters
    def enc(self, start, end=None, cls="AMB", type=None, reason=None, who=None, status="finished",
            service=None, admit=None, discharge=None, priority=None, reason_ref=None, org=None, t="09:00",
            t_end=None, length_min=None):
        disp = {"AMB": "ambulatory", "IMP": "inpatient encounter", "EMER": "emergency", "VR": "virtual",
                "HH": "home health", "SS": "short stay", "PRENC": "pre-admission"}[cls]
        st = self.dt(start, t)
        if end is None and status == "finished":
            hh, mm = [int(x) for x in t.split(":")]
            mm += 30
            hh, mm = hh + mm // 60, mm % 60
            en = self.dt(start, t_end or f"{hh:02d}:{mm:02d}")
        else:
            en = self.dt(end, t_end or "12:00") if end else None
        hosp = None
        if admit or discharge:
            hosp = {"admitSource": as_cc(admit), "dischargeDisposition": as_cc(discharge)}
        res = {"resourceType": "Encounter", "status": status,
               "class": coding(V3ACT, cls, disp),
               "type": as_cc_list(type), "serviceType": as_cc(service),
               "priority": as_cc(priority),
               "subject": {"reference": self.pat},
               "participant": [{"individual": {"reference": w}} for w in (who if isinstance(who, list) else [who])]
               if who else None,
               "period": {"start": st, "end": en},
               "reasonCode": as_cc_list(reason), "reasonReference": ref_list(reason_ref),
               "hospitalization": hosp,
               "serviceProvider": refobj(org or self.org_ref)}
        return self.add(res, "enc")

    # ------------------------------------------------------------- clinical
    def cond(self, code, onset=None, status="active", ver="confirmed", cat="problem-list-item", recorded=None,
             abate=None, enc=None, note=None, severity=None, who=None, body=None, evidence=None, stage=None):
        catd = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[cat]
        res = {"resourceType": "Condition",
               "clinicalStatus": cc((CLIN, status)),
               "verificationStatus": cc((VER, ver)),
               "category": [cc((CONDCAT, cat, catd))],
               "severity": as_cc(severity), "code": as_cc(code), "bodySite": as_cc_list(body),
               "subject": {"reference": self.pat}, "encounter": refobj(enc),
               "onsetDateTime": onset,
               "abatementDateTime": abate,
               "recordedDate": recorded or onset, "recorder": refobj(who), "asserter": refobj(who),
               "stage": [{"summary": as_cc(stage)}] if stage else None,
               "evidence": [{"detail": ref_list(evidence)}] if evidence else None,
               "note": [{"text": note}] if note else None}
        return self.add(res, "cond")

    def obs(self, code, date, value=None, unit=None, low=None, high=None, interp=None, cat="laboratory",
            enc=None, comps=None, note=None, who=None, ref_text=None, status="final", t="08:30", method=None,
            body=None, dar=None, derived=None, issued=None):
        catdisp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                   "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                   "therapy": "Therapy", "activity": "Activity"}
        if isinstance(code, str) and code in LAB:
            code = loinc(*LAB[code])
        res = {"resourceType": "Observation", "status": status,
               "category": [cc((OBSCAT, cat, catdisp[cat]))],
               "code": as_cc(code), "subject": {"reference": self.pat}, "encounter": refobj(enc),
               "effectiveDateTime": self.dt(date, t), "issued": None,
               "performer": ref_list(who)}
        if issued:
            res["issued"] = self.dt(issued, "14:00") if "T" not in issued else issued
        if unit is not None and isinstance(unit, tuple):
            u_disp, u_code = unit
        else:
            u_disp, u_code = unit, unit
        if value is not None:
            if isinstance(value, bool):
                res["valueBoolean"] = value
            elif isinstance(value, (int, float)) and unit is not None:
                res["valueQuantity"] = qty(value, u_disp, u_code)
            elif isinstance(value, int):
                res["valueInteger"] = value
            elif isinstance(value, float):
                raise ValueError("float value needs a unit")
            elif isinstance(value, str):
                res["valueString"] = value
            elif isinstance(value, dict):
                res["valueCodeableConcept"] = value
        elif dar:
            res["dataAbsentReason"] = as_cc(dar)
        if interp is None and isinstance(value, (int, float)) and not isinstance(value, bool) and (low is not None or high is not None):
            if low is not None and value < low:
                interp = "L"
            elif high is not None and value > high:
                interp = "H"
            else:
                interp = "N"
        if interp:
            idisp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high",
                     "LL": "Critical low", "POS": "Positive", "NEG": "Negative", "AA": "Critical abnormal"}[interp]
            res["interpretation"] = [cc((INTERP, interp, idisp))]
        if note:
            res["note"] = [{"text": note}]
        res["method"] = as_cc(method)
        res["bodySite"] = as_cc(body)
        if low is not None or high is not None or ref_text:
            rr = {}
            if low is not None:
                rr["low"] = qty(low, u_disp, u_code) if unit is not None else {"value": low}
            if high is not None:
                rr["high"] = qty(high, u_disp, u_code) if unit is not None else {"value": high}
            if ref_text:
                rr["text"] = ref_text
            res["referenceRange"] = [rr]
        res["derivedFrom"] = ref_list(derived)
        if comps:
            cl = []
            for c in comps:
                ccode, cval = c[0], c[1]
                cu = c[2] if len(c) > 2 else None
                item = {"code": as_cc(ccode)}
                if isinstance(cval, bool):
                    item["valueBoolean"] = cval
                elif isinstance(cval, (int, float)) and cu:
                    cud, cuc = cu if isinstance(cu, tuple) else (cu, cu)
                    item["valueQuantity"] = qty(cval, cud, cuc)
                elif isinstance(cval, int):
                    item["valueInteger"] = cval
                elif isinstance(cval, str):
                    item["valueString"] = cval
                elif isinstance(cval, dict):
                    item["valueCodeableConcept"] = cval
                if len(c) > 3 and c[3]:
                    item["interpretation"] = [cc((INTERP, c[3]))]
                cl.append(item)
            res["component"] = cl
        return self.add(res, "obs")

    def lab(self, key, date, value, unit, low=None, high=None, enc=None, interp=None, t="08:30", extra=None,
            note=None, ref_text=None, who=None):
        code = loinc(*LAB[key])
        if extra:
            code["coding"].append(coding(*extra))
        return self.obs(code, date, value, unit, low, high, interp, "laboratory", enc, note=note,
                        ref_text=ref_text, t=t, who=who)

    def vitals(self, date, enc=None, bp=None, hr=None, wt=None, ht=None, bmi=None, temp=None, spo2=None,
               rr=None, t="09:05"):
        out = []
        vs = "vital-signs"
        if bp:
            out.append(self.obs(loinc("85354-9", "Blood pressure panel with all children optional"), date, cat=vs,
                                enc=enc, t=t, comps=[
                                    (loinc("8480-6", "Systolic blood pressure"), bp[0], ("mmHg", "mm[Hg]")),
                                    (loinc("8462-4", "Diastolic blood pressure"), bp[1], ("mmHg", "mm[Hg]"))]))
        if hr is not None:
            out.append(self.obs(loinc("8867-4", "Heart rate"), date, hr, ("beats/minute", "/min"), cat=vs, enc=enc, t=t))
        if rr is not None:
            out.append(self.obs(loinc("9279-1", "Respiratory rate"), date, rr, ("breaths/minute", "/min"), cat=vs, enc=enc, t=t))
        if temp is not None:
            out.append(self.obs(loinc("8310-5", "Body temperature"), date, temp, ("C", "Cel"), cat=vs, enc=enc, t=t))
        if spo2 is not None:
            out.append(self.obs(cc((LOINC, "2708-6", "Oxygen saturation in Arterial blood"),
                                   (LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, spo2,
                                "%", cat=vs, enc=enc, t=t))
        if wt is not None:
            out.append(self.obs(loinc("29463-7", "Body weight"), date, wt, "kg", cat=vs, enc=enc, t=t))
        if ht is not None:
            out.append(self.obs(loinc("8302-2", "Body height"), date, ht, "cm", cat=vs, enc=enc, t=t))
        if bmi is not None:
            out.append(self.obs(loinc("39156-5", "Body mass index (BMI) [Ratio]"), date, bmi, ("kg/m2", "kg/m2"),
                                cat=vs, enc=enc, t=t))
        return out

    def score(self, code, date, value, enc=None, who=None, note=None, derived=None, interp=None, t="10:00",
              ref_text=None, unit=None):
        if isinstance(code, str) and code in LAB:
            code = loinc(*LAB[code])
        return self.obs(code, date, value, unit, cat="survey", enc=enc, who=who, note=note, derived=derived,
                        interp=interp, t=t, ref_text=ref_text)

    def report(self, code, date, results=None, conclusion=None, cat="LAB", enc=None, who=None, concl_code=None,
               status="final", t="11:00", issued=None):
        catd = {"LAB": "Laboratory", "RAD": "Radiology", "CUS": "Cardiac Ultrasound", "EC": "Electrocardiac",
                "HM": "Hematology", "CH": "Chemistry", "MB": "Microbiology", "SP": "Surgical Pathology", "GE": "Genetics", "OTH": "Other", "NMR": "Nuclear Magnetic Resonance",
                "CT": "CAT Scan", "RUS": "Radiology Ultrasound", "CG": "Cytogenetics",
                "PHY": "Physician (Hx. Dx, admission note, etc.)", "CTH": "Cardiac Catheterization",
                "OUS": "OB Ultrasound", "VUS": "Vascular Ultrasound", "NRS": "Nursing Service Measures",
                "IMM": "Immunology", "SR": "Serology", "CP": "Cytopathology"}[cat]
        res = {"resourceType": "DiagnosticReport", "status": status,
               "category": [cc((V2_0074, cat, catd))],
               "code": as_cc(code), "subject": {"reference": self.pat}, "encounter": refobj(enc),
               "effectiveDateTime": self.dt(date, t),
               "issued": self.dt(issued or date, "15:00"),
               "performer": ref_list(who), "result": ref_list(results),
               "conclusion": conclusion, "conclusionCode": as_cc_list(concl_code)}
        return self.add(res, "dr")

    # ------------------------------------------------------------- medications
    def medreq(self, med, date, dosage, status="active", intent="order", reason=None, reason_ref=None, who=None,
               enc=None, note=None, course=None, qty_disp=None, repeats=None, end=None, prn=False):
        di = {"text": dosage}
        if prn:
            di["asNeededBoolean"] = True
        res = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
               "medicationCodeableConcept": as_cc(med), "subject": {"reference": self.pat},
               "encounter": refobj(enc), "authoredOn": date, "requester": refobj(who),
               "reasonCode": as_cc_list(reason), "reasonReference": ref_list(reason_ref),
               "courseOfTherapyType": as_cc(course),
               "note": [{"text": note}] if note else None,
               "dosageInstruction": [di]}
        if repeats is not None or qty_disp or end:
            res["dispenseRequest"] = clean({"numberOfRepeatsAllowed": repeats,
                                            "validityPeriod": {"start": date, "end": end} if end else None,
                                            "quantity": qty_disp})
        return self.add(res, "mr")

    def medstmt(self, med, start, dosage, status="active", end=None, reason=None, reason_ref=None, note=None,
                asserted=None, source=None, enc=None, status_reason=None):
        res = {"resourceType": "MedicationStatement", "status": status,
               "statusReason": as_cc_list(status_reason),
               "medicationCodeableConcept": as_cc(med), "subject": {"reference": self.pat},
               "context": refobj(enc),
               "effectivePeriod": {"start": start, "end": end} if end else {"start": start},
               "dateAsserted": asserted, "informationSource": refobj(source),
               "reasonCode": as_cc_list(reason), "reasonReference": ref_list(reason_ref),
               "note": [{"text": note}] if note else None,
               "dosage": [{"text": dosage}]}
        return self.add(res, "ms")

    def medadmin(self, med, date, dose=None, status="completed", route=None, reason_ref=None, request=None,
                 who=None, enc=None, note=None, t="10:00", end_t=None):
        dosage = {}
        if dose:
            dosage["dose"] = qty(dose[0], dose[1], dose[2] if len(dose) > 2 else dose[1])
        if route:
            dosage["route"] = as_cc(route)
        res = {"resourceType": "MedicationAdministration", "status": status,
               "medicationCodeableConcept": as_cc(med), "subject": {"reference": self.pat},
               "context": refobj(enc),
               "effectivePeriod": {"start": self.dt(date, t), "end": self.dt(date, end_t)} if end_t
               else None,
               "performer": [{"actor": {"reference": who}}] if who else None,
               "reasonReference": ref_list(reason_ref), "request": refobj(request),
               "note": [{"text": note}] if note else None,
               "dosage": dosage or None}
        if not end_t:
            res["effectiveDateTime"] = self.dt(date, t)
        return self.add(res, "ma")

    # ------------------------------------------------------------- orders, procedures, plans
    def sr(self, code, date, status="active", intent="order", cat=None, reason=None, reason_ref=None, who=None,
           performer=None, when=None, when_end=None, note=None, priority=None, enc=None, based_on=None,
           body=None, insurance=None):
        res = {"resourceType": "ServiceRequest", "status": status, "intent": intent,
               "category": as_cc_list(cat), "priority": priority, "code": as_cc(code),
               "subject": {"reference": self.pat}, "encounter": refobj(enc), "authoredOn": date,
               "requester": refobj(who), "performer": ref_list(performer),
               "reasonCode": as_cc_list(reason), "reasonReference": ref_list(reason_ref),
               "basedOn": ref_list(based_on), "bodySite": as_cc_list(body),
               "insurance": ref_list(insurance),
               "note": [{"text": note}] if note else None}
        if when and when_end:
            res["occurrencePeriod"] = {"start": when, "end": when_end}
        elif when:
            res["occurrenceDateTime"] = when
        return self.add(res, "sr")

    def proc(self, code, status="completed", date=None, end=None, reason=None, reason_ref=None, who=None,
             note=None, outcome=None, body=None, cat=None, enc=None, based_on=None, location_org=None,
             report=None, status_reason=None, followup=None, complication=None):
        res = {"resourceType": "Procedure", "status": status, "statusReason": as_cc(status_reason),
               "category": as_cc(cat), "code": as_cc(code),
               "subject": {"reference": self.pat}, "encounter": refobj(enc),
               "basedOn": ref_list(based_on),
               "performer": [{"actor": {"reference": w}} for w in (who if isinstance(who, list) else [who])]
               if who else None,
               "reasonCode": as_cc_list(reason), "reasonReference": ref_list(reason_ref),
               "bodySite": as_cc_list(body), "outcome": as_cc(outcome), "report": ref_list(report),
               "complication": as_cc_list(complication), "followUp": as_cc_list(followup),
               "note": [{"text": note}] if note else None}
        if date and end:
            res["performedPeriod"] = {"start": self.dt(date), "end": self.dt(end, "12:00")}
        elif date and status in ("completed", "in-progress", "stopped"):
            res["performedDateTime"] = self.dt(date, "10:00") if len(date) == 10 else date
        elif date:
            res["performedDateTime"] = date if len(date) < 10 else self.dt(date, "08:00")
        return self.add(res, "proc")

    def careplan(self, title, start, status="active", intent="plan", end=None, addresses=None, activities=None,
                 cat=None, desc=None, who=None, note=None, enc=None, goals=None):
        acts = []
        for a in activities or []:
            if isinstance(a, str) and re.match(r"^[A-Z][A-Za-z]+/[A-Za-z0-9-]+$", a):
                acts.append({"reference": {"reference": a}})
                continue
            if isinstance(a, tuple):
                code, st, d = (tuple(a) + (None, None))[:3]
            else:
                code, st, d = a, "scheduled", None
            acts.append({"detail": clean({"code": as_cc(code), "status": st or "scheduled", "description": d})})
        res = {"resourceType": "CarePlan", "status": status, "intent": intent,
               "category": as_cc_list(cat), "title": title, "description": desc,
               "subject": {"reference": self.pat}, "encounter": refobj(enc),
               "period": {"start": start, "end": end} if end else {"start": start},
               "author": refobj(who), "addresses": ref_list(addresses), "goal": ref_list(goals),
               "activity": acts or None,
               "note": [{"text": note}] if note else None}
        return self.add(res, "cp")

    def goal(self, desc, start, status="active", addresses=None, target=None, note=None):
        res = {"resourceType": "Goal", "lifecycleStatus": status, "description": as_cc(desc),
               "subject": {"reference": self.pat}, "startDate": start, "addresses": ref_list(addresses),
               "note": [{"text": note}] if note else None}
        return self.add(res, "goal")

    # ------------------------------------------------------------- patient voice, notes
    def comm(self, sent, sender, recipients, text, status="completed", cat=None, medium=None, about=None,
             reply_to=None, received=None, t="21:14", topic=None, enc=None):
        res = {"resourceType": "Communication", "status": status, "category": as_cc_list(cat),
               "medium": as_cc_list(medium), "subject": {"reference": self.pat},
               "topic": as_cc(topic), "about": ref_list(about), "encounter": refobj(enc),
               "inResponseTo": ref_list(reply_to),
               "sent": self.dt(sent, t), "received": self.dt(received, t) if received else None,
               "sender": refobj(sender), "recipient": ref_list(recipients),
               "payload": [{"contentString": text}]}
        return self.add(res, "comm")

    def qr(self, questionnaire, authored, items, author=None, source=None, status="completed", enc=None, t="10:20"):
        def mk(it):
            link, text, ans = it[0], it[1], it[2]
            d = {"linkId": link, "text": text}
            if len(it) > 3:
                d["item"] = [mk(x) for x in it[3]]
                return d
            answers = ans if isinstance(ans, list) else [ans]
            out = []
            for a in answers:
                if a is None:
                    continue
                if isinstance(a, bool):
                    out.append({"valueBoolean": a})
                elif isinstance(a, int):
                    out.append({"valueInteger": a})
                elif isinstance(a, float):
                    out.append({"valueDecimal": a})
                elif isinstance(a, str):
                    out.append({"valueString": a})
                elif isinstance(a, dict) and "system" in a:
                    out.append({"valueCoding": a})
                elif isinstance(a, dict):
                    out.append(a)
            if out:
                d["answer"] = out
            return d
        res = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": status,
               "subject": {"reference": self.pat}, "encounter": refobj(enc),
               "authored": self.dt(authored, t), "author": refobj(author), "source": refobj(source),
               "item": [mk(i) for i in items]}
        return self.add(res, "qr")

    def flag(self, code, start, author=None, status="active", cat=None, end=None, enc=None):
        res = {"resourceType": "Flag", "status": status, "category": as_cc_list(cat), "code": as_cc(code),
               "subject": {"reference": self.pat},
               "period": {"start": self.dt(start, "10:00"), "end": self.dt(end, "10:00") if end else None},
               "encounter": refobj(enc), "author": refobj(author)}
        return self.add(res, "flag")

    def note(self, date, title, text, author=None, type=("11506-3", "Progress note"), enc=None, t="10:30",
             lang=None, cat=None, related=None, status="current"):
        body = textwrap.dedent(text).strip() + "\n"
        data = base64.b64encode(body.encode("utf-8")).decode("ascii")
        when = self.dt(date, t)
        res = {"resourceType": "DocumentReference", "status": status, "docStatus": "final",
               "type": loinc(*type) if isinstance(type, tuple) else as_cc(type),
               "category": as_cc_list(cat),
               "subject": {"reference": self.pat}, "date": when,
               "author": ref_list(author), "custodian": refobj(self.org_ref), "description": title,
               "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.site.get("note_lang", self.site["lang"]),
                                           "data": data, "title": title, "creation": when}}],
               "context": {"encounter": ref_list(enc), "period": {"start": when},
                           "related": ref_list(related)} if (enc or related) else None}
        return self.add(res, "doc")

    def impression(self, date, summary, who=None, problems=None, findings=None, status="completed", enc=None,
                   desc=None, prognosis=None, note=None, investigations=None):
        fl = []
        for f in findings or []:
            if isinstance(f, str) and "/" in f and " " not in f:
                fl.append({"itemReference": {"reference": f}})
            else:
                fl.append({"itemCodeableConcept": as_cc(f)})
        res = {"resourceType": "ClinicalImpression", "status": status, "description": desc,
               "subject": {"reference": self.pat}, "encounter": refobj(enc),
               "effectiveDateTime": self.dt(date, "11:30"), "date": self.dt(date, "11:30"),
               "assessor": refobj(who), "problem": ref_list(problems),
               "investigation": [{"code": txt(i[0]), "item": ref_list(i[1])} for i in investigations]
               if investigations else None,
               "summary": summary, "finding": fl or None, "prognosisCodeableConcept": as_cc_list(prognosis),
               "note": [{"text": note}] if note else None}
        return self.add(res, "ci")

    # ------------------------------------------------------------- misc
    def allergy(self, code, crit="low", reaction=None, recorded=None, cat="medication"):
        res = {"resourceType": "AllergyIntolerance",
               "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active")),
               "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                                         "confirmed")),
               "type": "allergy", "category": [cat], "criticality": crit, "code": as_cc(code),
               "patient": {"reference": self.pat}, "recordedDate": recorded,
               "reaction": [{"manifestation": [as_cc(reaction)]}] if reaction else None}
        return self.add(res, "alg")

    def immun(self, vaccine, date, lot=None, status="completed"):
        res = {"resourceType": "Immunization", "status": status, "vaccineCode": as_cc(vaccine),
               "patient": {"reference": self.pat}, "occurrenceDateTime": date, "primarySource": True,
               "lotNumber": lot}
        return self.add(res, "imm")

    def famhx(self, rel_code, rel_display, conditions, note=None, status="completed", date=None, sex=None,
              deceased=None):
        res = {"resourceType": "FamilyMemberHistory", "status": status, "patient": {"reference": self.pat},
               "date": date, "relationship": cc((ROLECODE, rel_code, rel_display)),
               "sex": cc(("http://hl7.org/fhir/administrative-gender", sex)) if sex else None,
               "deceasedBoolean": deceased,
               "condition": [{"code": as_cc(c)} for c in conditions],
               "note": [{"text": note}] if note else None}
        return self.add(res, "fmh")

    def claim(self, created, insurer, coverage, items, diagnoses=None, use="preauthorization", status="active",
              ctype="institutional", provider=None, priority="normal", note=None):
        res = {"resourceType": "Claim", "status": status,
               "type": cc(("http://terminology.hl7.org/CodeSystem/claim-type", ctype)),
               "use": use, "patient": {"reference": self.pat}, "created": created,
               "insurer": refobj(insurer), "provider": {"reference": provider or self.org_ref},
               "priority": cc(("http://terminology.hl7.org/CodeSystem/processpriority", priority)),
               "diagnosis": [{"sequence": i + 1, "diagnosisReference" if isinstance(d, str) else "diagnosisCodeableConcept":
                              {"reference": d} if isinstance(d, str) else d}
                             for i, d in enumerate(diagnoses or [])],
               "insurance": [{"sequence": 1, "focal": True, "coverage": {"reference": coverage}}],
               "item": [{"sequence": i + 1, "productOrService": as_cc(it[0]),
                         "servicedDate": it[1] if len(it) > 1 else None} for i, it in enumerate(items)]}
        return self.add(res, "claim")

    def claimresp(self, created, insurer, request, outcome="complete", disposition=None, preauth=None,
                  use="preauthorization", ctype="institutional", period=None):
        res = {"resourceType": "ClaimResponse", "status": "active",
               "type": cc(("http://terminology.hl7.org/CodeSystem/claim-type", ctype)),
               "use": use, "patient": {"reference": self.pat}, "created": created,
               "insurer": {"reference": insurer}, "request": {"reference": request},
               "outcome": outcome, "disposition": disposition, "preAuthRef": preauth,
               "preAuthPeriod": {"start": period[0], "end": period[1]} if period else None}
        return self.add(res, "cresp")


def meta(target, kind, expected, why, summary):
    return dict(target=target, kind=kind, expected=list(expected), why=why, summary=summary)
