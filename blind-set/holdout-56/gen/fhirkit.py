"""Helpers for writing synthetic FHIR R4 transaction bundles (evaluation set blind-56).

A case is a function f(cid) -> Rec registered with @case(...). build.py assigns the
shuffled case ids and writes the bundles. Every helper returns the relative reference
("Type/id") of the resource it added.
"""
import base64
import zlib
import datetime as _dt
from zoneinfo import ZoneInfo

# ---------------------------------------------------------------- code systems
SCT = "http://snomed.info/sct"
LNC = "http://loinc.org"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10AT = "https://termgit.elga.gv.at/CodeSystem/icd-10-bmsgpk-2025"
MEL = "https://termgit.elga.gv.at/CodeSystem/lkat-bmsgpk-2025"
CPT = "http://www.ama-assn.org/go/cpt"
HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
CVX = "http://hl7.org/fhir/sid/cvx"
UCUM = "http://unitsofmeasure.org"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ROLECODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
PRIORITY = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
ADMITSRC = "http://terminology.hl7.org/CodeSystem/admit-source"
DISCH = "http://terminology.hl7.org/CodeSystem/discharge-disposition"
V2_0074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
V2_0203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
V2_0336 = "http://terminology.hl7.org/CodeSystem/v2-0336"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COVTYPE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
CPCAT = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"
COMMCAT = "http://terminology.hl7.org/CodeSystem/communication-category"
ROUTE_SCT = SCT
DOCCLASS = LNC
BCP47 = "urn:ietf:bcp:47"
ALLERGYCLIN = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical"
ALLERGYVER = "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification"


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


def qty(value, unit, code=None, system=UCUM):
    q = {"value": value, "unit": unit}
    if code is not None:
        q["system"] = system
        q["code"] = code
    return q


def ref(r, display=None):
    d = {"reference": r}
    if display:
        d["display"] = display
    return d


# ---------------------------------------------------------------- organisations
ORGS = {
    "AT": {
        "name": "Regionalkrankenhaus St. Veitsberg",
        "base": "https://fhir.rkh-stveitsberg.example.at/r4",
        "tz": "Europe/Vienna",
        "lang": "de-AT",
        "local": "https://fhir.rkh-stveitsberg.example.at/CodeSystem",
        "ident": ("urn:oid:1.2.40.0.34.99.4217", "KA-4217"),
        "address": {"line": ["Spitalgasse 12"], "city": "St. Veitsberg", "postalCode": "8967",
                    "state": "Steiermark", "country": "AT"},
        "phone": "+43 3685 4217 0",
        "payor": ("Österreichische Gesundheitskasse", "urn:oid:1.2.40.0.10.1.4.3.1"),
        "pracs": {
            "gp": ("female", "Dr.", "Elisabeth", "Hofer", "Ärztin für Allgemeinmedizin"),
            "int": ("female", "OÄ Dr.", "Katharina", "Pichler", "Fachärztin für Innere Medizin"),
            "neu": ("female", "OÄ Dr.", "Martina", "Steiner", "Fachärztin für Neurologie"),
            "chir": ("male", "Prim. Dr.", "Johann", "Gruber", "Facharzt für Allgemein- und Viszeralchirurgie"),
            "ortho": ("male", "OA Dr.", "Florian", "Wimmer", "Facharzt für Orthopädie und Traumatologie"),
            "onko": ("female", "OÄ Dr.", "Sabine", "Leitner", "Fachärztin für Innere Medizin und Hämatologie/Onkologie"),
            "rheu": ("male", "OA Dr.", "Thomas", "Moser", "Facharzt für Innere Medizin und Rheumatologie"),
            "gast": ("female", "Dr.", "Andrea", "Huber", "Fachärztin für Innere Medizin und Gastroenterologie"),
            "kardio": ("male", "OA Dr.", "Markus", "Eder", "Facharzt für Innere Medizin und Kardiologie"),
            "pall": ("female", "Dr.", "Verena", "Schwarz", "Palliativmedizin"),
            "strahl": ("male", "OA Dr.", "Lukas", "Brandstätter", "Facharzt für Radioonkologie"),
            "uro": ("male", "OA Dr.", "Stefan", "Aigner", "Facharzt für Urologie"),
        },
    },
    "AE": {
        "name": "Al Safwa Specialty Hospital",
        "base": "https://fhir.alsafwa-hospital.example.ae/r4",
        "tz": "Asia/Dubai",
        "lang": "en-AE",
        "local": "https://fhir.alsafwa-hospital.example.ae/CodeSystem",
        "ident": ("https://fhir.alsafwa-hospital.example.ae/sid/facility", "ASH-AD-0412"),
        "address": {"line": ["Al Muroor Road, Sector E-22"], "city": "Abu Dhabi", "country": "AE"},
        "phone": "+971 2 555 0412",
        "payor": ("Emirates CarePlus Insurance", "https://fhir.alsafwa-hospital.example.ae/sid/payer"),
        "pracs": {
            "fm": ("female", "Dr.", "Fatima", "Al Mansoori", "Family Medicine"),
            "im": ("male", "Dr.", "Rajesh", "Menon", "Internal Medicine"),
            "gi": ("male", "Dr.", "Omar", "Haddad", "Gastroenterology"),
            "endo": ("female", "Dr.", "Layla", "Al Hashimi", "Endocrinology"),
            "cardio": ("male", "Dr.", "Ahmed", "Saleh", "Cardiology"),
            "ctsurg": ("male", "Dr.", "Yousef", "Khoury", "Cardiothoracic Surgery"),
            "neph": ("female", "Dr.", "Priya", "Nair", "Nephrology"),
            "hep": ("male", "Dr.", "Khalid", "Al Shamsi", "Hepatology"),
            "neuro": ("female", "Dr.", "Sara", "Youssef", "Neurology and Metabolic Genetics"),
            "derm": ("female", "Dr.", "Maryam", "Al Zaabi", "Dermatology"),
            "ed": ("male", "Dr.", "Imran", "Siddiqui", "Emergency Medicine"),
            "pall": ("female", "Dr.", "Hana", "Barakat", "Palliative Medicine"),
            "hem": ("male", "Dr.", "Tariq", "Aziz", "Haematology"),
        },
    },
    "BAR": {
        "name": "Lakeshore Metabolic and Bariatric Surgery Program",
        "base": "https://fhir.lakeshore-mbs.example.org/r4",
        "tz": "America/Chicago",
        "lang": "en-US",
        "local": "https://fhir.lakeshore-mbs.example.org/CodeSystem",
        "ident": ("http://hl7.org/fhir/sid/us-npi", "1999873452"),
        "address": {"line": ["2400 N Lakeshore Medical Pkwy, Suite 300"], "city": "Milwaukee",
                    "state": "WI", "postalCode": "53211", "country": "US"},
        "phone": "+1 414 555 0187",
        "payor": ("Great Lakes Health Plan", "https://fhir.lakeshore-mbs.example.org/sid/payer"),
        "pracs": {
            "surg": ("female", "Dr.", "Megan", "Kowalski", "Bariatric and Foregut Surgery"),
            "surg2": ("male", "Dr.", "Victor", "Alvarez", "Bariatric Surgery"),
            "obmed": ("male", "Dr.", "Daniel", "Okafor", "Obesity Medicine"),
            "rd": ("female", "", "Jenna", "Morales", "Registered Dietitian"),
            "psy": ("male", "Dr.", "Aaron", "Feld", "Health Psychology"),
            "endo": ("female", "Dr.", "Sunita", "Rao", "Endocrinology"),
            "np": ("female", "", "Courtney", "Lindqvist", "Nurse Practitioner, Bariatric Program"),
            "uro": ("male", "Dr.", "Gregory", "Mbeki", "Urology"),
        },
    },
    "SCI": {
        "name": "Northfield Regional Spinal Injuries Centre",
        "base": "https://fhir.northfield-sci.example.org.uk/r4",
        "tz": "Europe/London",
        "lang": "en-GB",
        "local": "https://fhir.northfield-sci.example.org.uk/CodeSystem",
        "ident": ("https://fhir.nhs.uk/Id/ods-organization-code", "RZX9Q"),
        "address": {"line": ["Moor Lane"], "city": "Northfield", "postalCode": "NF4 7SC", "country": "GB"},
        "phone": "+44 1632 960 410",
        "payor": ("Northfield Integrated Care Board", "https://fhir.nhs.uk/Id/ods-organization-code"),
        "pracs": {
            "sci": ("female", "Dr", "Helen", "Marsh", "Consultant in Spinal Cord Injury Rehabilitation"),
            "sci2": ("male", "Dr", "Rhys", "Llewellyn", "Consultant in Spinal Cord Injury Rehabilitation"),
            "neurorehab": ("female", "Dr", "Claire", "Fenwick", "Consultant in Neurorehabilitation"),
            "colorectal": ("male", "Mr", "David", "Price", "Consultant Colorectal Surgeon"),
            "uro": ("male", "Mr", "Amir", "Qureshi", "Consultant Urologist"),
            "tvn": ("female", "", "Sarah", "Bell", "Tissue Viability Nurse Specialist"),
            "physio": ("male", "", "Tom", "Hughes", "Specialist Physiotherapist"),
            "ot": ("female", "", "Priya", "Chauhan", "Occupational Therapist"),
            "pall": ("female", "Dr", "Nkechi", "Obi", "Consultant in Palliative Medicine"),
            "onc": ("male", "Dr", "Graham", "Whitfield", "Consultant Clinical Oncologist"),
            "neurosurg": ("female", "Ms", "Fiona", "Grant", "Consultant Spinal Neurosurgeon"),
            "gp": ("male", "Dr", "Owen", "Pritchard", "General Practitioner"),
        },
    },
}

# ---------------------------------------------------------------- laboratory catalogue
# key: (loinc, english display, german label, ucum, unit shown, low, high)  low/high may be None
LABS = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hämoglobin", "g/dL", "g/dL", {"female": (12.0, 16.0), "male": (13.5, 17.5)}),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Leukozyten", "10*3/uL", "10^3/µL", (4.0, 10.0)),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "Thrombozyten", "10*3/uL", "10^3/µL", (150, 400)),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "MCV", "fL", "fL", (80, 100)),
    "crea": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Kreatinin", "mg/dL", "mg/dL", {"female": (0.5, 0.9), "male": (0.7, 1.2)}),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "eGFR (CKD-EPI 2021)", "mL/min/{1.73_m2}", "mL/min/1.73m²", (60, None)),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Natrium", "mmol/L", "mmol/L", (135, 145)),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Kalium", "mmol/L", "mmol/L", (3.5, 5.1)),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glukose", "mg/dL", "mg/dL", (70, 99)),
    "hba1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "%", "%", (4.0, 5.6)),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "GPT (ALT)", "U/L", "U/L", (7, 45)),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "GOT (AST)", "U/L", "U/L", (8, 35)),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "Alkalische Phosphatase", "U/L", "U/L", (35, 105)),
    "ggt": ("2324-2", "Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma", "Gamma-GT", "U/L", "U/L", (0, 40)),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "Bilirubin gesamt", "mg/dL", "mg/dL", (0.1, 1.2)),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumin", "g/dL", "g/dL", (3.5, 5.2)),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", "mg/L", "mg/L", (0, 5)),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "BSG", "mm/h", "mm/h", (0, 20)),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", "m[IU]/L", "mIU/L", (0.27, 4.2)),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritin", "ng/mL", "ng/mL", {"female": (15, 150), "male": (30, 400)}),
    "iron": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "Eisen", "ug/dL", "µg/dL", (60, 170)),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "Transferrinsättigung", "%", "%", (20, 50)),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "Vitamin B12", "pg/mL", "pg/mL", (200, 900)),
    "folate": ("2284-8", "Folate [Mass/volume] in Serum or Plasma", "Folsäure", "ng/mL", "ng/mL", (3.9, 20.0)),
    "vitd": ("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma", "25-OH-Vitamin D", "ng/mL", "ng/mL", (30, 100)),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "CK", "U/L", "U/L", {"female": (26, 192), "male": (39, 308)}),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA", "ng/mL", "ng/mL", (0, 4.0)),
    "lipase": ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "Lipase", "U/L", "U/L", (13, 60)),
    "trop": ("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "hs-Troponin I", "ng/L", "ng/L", (0, 26)),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "LDL-Cholesterin", "mg/dL", "mg/dL", (0, 129)),
    "chol": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "Cholesterin gesamt", "mg/dL", "mg/dL", (0, 199)),
    "tg": ("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "Triglyceride", "mg/dL", "mg/dL", (0, 149)),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "INR", "{INR}", "INR", (0.8, 1.2)),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "Calprotectin im Stuhl", "ug/g", "µg/g", (0, 50)),
    "hba2": ("4551-8", "Hemoglobin A2/Hemoglobin.total in Blood", "HbA2", "%", "%", (2.0, 3.3)),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "Calcium", "mg/dL", "mg/dL", (8.6, 10.2)),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "Parathormon intakt", "pg/mL", "pg/mL", (15, 65)),
    "bun": ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", "Harnstoff-N", "mg/dL", "mg/dL", (6, 20)),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "Albumin/Kreatinin-Quotient (Harn)", "mg/g", "mg/g", (0, 29)),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "Phosphat", "mg/dL", "mg/dL", (2.5, 4.5)),
    "rf": ("11572-3", "Rheumatoid factor [Units/volume] in Serum or Plasma", "Rheumafaktor", "[IU]/mL", "IU/mL", (0, 14)),
    "bnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "NT-proBNP", "pg/mL", "pg/mL", (0, 125)),
}

LAB_LOCAL_AT = {
    "hb": "HB", "wbc": "LEUKO", "plt": "THROMB", "mcv": "MCV", "crea": "KREA", "egfr": "EGFR", "na": "NA",
    "k": "K", "glu": "GLU", "hba1c": "HBA1C", "alt": "GPT", "ast": "GOT", "alp": "AP", "ggt": "GGT",
    "bili": "BILI", "alb": "ALB", "crp": "CRP", "esr": "BSG", "tsh": "TSH", "ferritin": "FERR", "iron": "FE",
    "tsat": "TFS", "b12": "B12", "folate": "FOLS", "vitd": "VITD", "ck": "CK", "psa": "PSA", "lipase": "LIP",
    "trop": "HSTNI", "ldl": "LDL", "chol": "CHOL", "tg": "TG", "inr": "INR", "calpro": "CALP", "ca": "CA",
    "bun": "HST", "rf": "RF", "bnp": "NTBNP", "pth": "PTH", "phos": "PHOS", "uacr": "UACR", "hba2": "HBA2",
}

NOTE_TYPES = {
    "progress": ("11506-3", "Progress note"),
    "discharge": ("18842-5", "Discharge summary"),
    "consult": ("11488-4", "Consult note"),
    "hp": ("34117-2", "History and physical note"),
    "procedure": ("28570-0", "Procedure note"),
    "outpatient": ("34108-1", "Outpatient Note"),
    "plan": ("51847-2", "Evaluation + Plan note"),
    "referral": ("57133-1", "Referral note"),
    "nursing": ("34746-8", "Nurse Note"),
    "rehab": ("34109-9", "Note"),
}


# ---------------------------------------------------------------- case registry
REGISTRY = []


def case(target, kind, expected, org, summary, why):
    def deco(fn):
        REGISTRY.append({"fn": fn, "target": target, "kind": kind, "expected": list(expected),
                         "org": org, "summary": summary, "why": why, "name": fn.__name__})
        return fn
    return deco


# ---------------------------------------------------------------- record builder
class Rec:
    def __init__(self, cid, org_key):
        self.cid = cid
        self.ok = org_key
        self.org = ORGS[org_key]
        self.tz = ZoneInfo(self.org["tz"])
        self.entries = []
        self.counts = {}
        self.prac_refs = {}
        self.patient_ref = "Patient/" + cid
        self.gender = None
        self.org_ref = self._add({
            "resourceType": "Organization",
            "identifier": [{"system": self.org["ident"][0], "value": self.org["ident"][1]}],
            "active": True,
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "name": self.org["name"],
            "telecom": [{"system": "phone", "value": self.org["phone"], "use": "work"}],
            "address": [dict(self.org["address"], use="work")],
        }, "org")

    # ------------------------------------------------------------ plumbing
    def _add(self, res, prefix, rid=None):
        if rid is None:
            n = self.counts.get(prefix, 0) + 1
            self.counts[prefix] = n
            rid = f"{self.cid}-{prefix}-{n}"
        res = dict(res)
        rt = res.pop("resourceType")
        res = {"resourceType": rt, "id": rid, **res}
        self.entries.append({
            "fullUrl": f"{self.org['base']}/{rt}/{rid}",
            "resource": res,
            "request": {"method": "PUT", "url": f"{rt}/{rid}"},
        })
        return f"{rt}/{rid}"

    def get(self, reference):
        for e in self.entries:
            r = e["resource"]
            if f"{r['resourceType']}/{r['id']}" == reference:
                return r
        raise KeyError(reference)

    def dt(self, date, time="09:00"):
        """FHIR dateTime/instant with the organisation's offset on that day."""
        y, m, d = (int(x) for x in date.split("-"))
        hh, mm = (int(x) for x in time.split(":"))
        return _dt.datetime(y, m, d, hh, mm, tzinfo=self.tz).isoformat()

    def P(self, key):
        """Practitioner reference by organisation key (created on first use)."""
        if key in self.prac_refs:
            return self.prac_refs[key]
        gender, prefix, given, family, qual = self.org["pracs"][key]
        name = {"use": "official", "family": family, "given": [given]}
        if prefix:
            name["prefix"] = [prefix]
        r = self._add({
            "resourceType": "Practitioner",
            "identifier": [{"system": self.org["local"] + "/staff-id", "value": f"{self.ok}-{key.upper()}-{zlib.crc32(family.encode()) % 9000 + 1000}"}],
            "active": True,
            "name": [name],
            "gender": gender,
            "qualification": [{"code": txt(qual)}],
        }, "prac")
        self.prac_refs[key] = r
        return r

    def org_ext(self, name, city, country, kind="Hospital", lines=None):
        return self._add({
            "resourceType": "Organization",
            "active": True,
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"), text=kind)],
            "name": name,
            "address": [{"line": lines or [], "city": city, "country": country}] if lines else [{"city": city, "country": country}],
        }, "org")

    # ------------------------------------------------------------ demographics
    def patient(self, given, family, gender, birth, *, ident=None, lang=None, phone=None, address=None,
                marital=None, extra_lang=None, deceased=None):
        self.gender = gender
        ids = [{"use": "usual", "type": cc((V2_0203, "MR", "Medical record number")),
                "system": self.org["local"] + "/mrn", "value": ident or ("MRN" + self.cid.replace("-", "").upper() + "7")}]
        res = {
            "resourceType": "Patient",
            "identifier": ids,
            "active": True,
            "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
            "gender": gender,
            "birthDate": birth,
            "managingOrganization": ref(self.org_ref),
        }
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if address:
            res["address"] = [address]
        if marital:
            res["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital[0], marital[1]))
        langs = []
        for i, lg in enumerate([lang or self.org["lang"]] + ([extra_lang] if extra_lang else [])):
            langs.append({"language": cc((BCP47, lg)), "preferred": i == 0})
        res["communication"] = langs
        return self._add(res, "pat", rid=self.cid)

    def add_identifier(self, system, value, type_code=None, type_display=None):
        p = self.get(self.patient_ref)
        ident = {"system": system, "value": value}
        if type_code:
            ident["type"] = cc((V2_0203, type_code, type_display))
        p["identifier"].append(ident)

    def related(self, given, family, rel_code, rel_display, gender, *, phone=None, lang=None, note=None):
        res = {
            "resourceType": "RelatedPerson",
            "active": True,
            "patient": ref(self.patient_ref),
            "relationship": [cc((ROLECODE, rel_code, rel_display))],
            "name": [{"family": family, "given": [given]}],
            "gender": gender,
        }
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        if lang:
            res["communication"] = [{"language": cc((BCP47, lang)), "preferred": True}]
        return self._add(res, "rp")

    def coverage(self, member_id, start, *, plan=None, kind=("EHCPOL", "extended healthcare")):
        payor_name, payor_sys = self.org["payor"]
        payor = self._add({"resourceType": "Organization", "active": True,
                           "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company"))],
                           "name": payor_name}, "org")
        res = {
            "resourceType": "Coverage",
            "status": "active",
            "type": cc((COVTYPE, kind[0], kind[1])),
            "subscriberId": member_id,
            "beneficiary": ref(self.patient_ref),
            "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
            "period": {"start": start},
            "payor": [ref(payor, payor_name)],
        }
        if plan:
            res["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                             "value": plan[0], "name": plan[1]}]
        return self._add(res, "cov")

    # ------------------------------------------------------------ encounters
    def enc(self, date, type_text, *, cls="AMB", prac=None, end=None, status="finished", reason=None,
            reason_ref=None, time="09:00", end_time="10:00", priority=None, admit=None, discharge=None,
            type_code=None, service=None, part_of=None, service_provider=None):
        clsmap = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                  "HH": "home health", "SS": "short stay", "NONAC": "inpatient non-acute"}
        res = {
            "resourceType": "Encounter",
            "status": status,
            "class": coding(ACTCODE, cls, clsmap[cls]),
            "type": [cc(type_code, text=type_text) if type_code else txt(type_text)],
            "subject": ref(self.patient_ref),
        }
        if service:
            res["serviceType"] = txt(service)
        if priority:
            pm = {"EM": "emergency", "R": "routine", "EL": "elective", "UR": "urgent"}
            res["priority"] = cc((PRIORITY, priority, pm[priority]))
        if prac:
            res["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "PPRF", "primary performer"))],
                                   "individual": ref(self.P(prac))}]
        period = {"start": self.dt(date, time)}
        if status == "finished" or (end and status != "planned"):
            period["end"] = self.dt(end or date, end_time)
        res["period"] = period
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [ref(x) for x in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if admit or discharge:
            h = {}
            if admit:
                h["admitSource"] = cc((ADMITSRC, admit[0], admit[1]))
            if discharge:
                h["dischargeDisposition"] = cc((DISCH, discharge[0], discharge[1]))
            res["hospitalization"] = h
        if part_of:
            res["partOf"] = ref(part_of)
        res["serviceProvider"] = ref(service_provider or self.org_ref)
        return self._add(res, "enc")

    # ------------------------------------------------------------ conditions
    def cond(self, code, onset, *, clinical="active", ver="confirmed", cat="problem-list-item", abated=None,
             recorded=None, note=None, enc=None, recorder=None, severity=None, evidence=None, stage=None,
             body=None, onset_text=None):
        res = {"resourceType": "Condition"}
        if clinical:
            res["clinicalStatus"] = cc((CONDCLIN, clinical, clinical.capitalize()))
        res["verificationStatus"] = cc((CONDVER, ver, ver.capitalize()))
        catdisp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        res["category"] = [cc((CONDCAT, cat, catdisp[cat]))]
        if severity:
            res["severity"] = severity
        res["code"] = code
        if body:
            res["bodySite"] = [body]
        res["subject"] = ref(self.patient_ref)
        if enc:
            res["encounter"] = ref(enc)
        if onset_text:
            res["onsetString"] = onset_text
        elif onset:
            res["onsetDateTime"] = onset
        if abated:
            res["abatementDateTime"] = abated
        res["recordedDate"] = recorded or onset
        if recorder:
            res["recorder"] = ref(self.P(recorder))
        if stage:
            res["stage"] = [{"summary": stage}]
        if evidence:
            res["evidence"] = [{"detail": [ref(x) for x in evidence]}]
        if note:
            res["note"] = [{"text": note}]
        return self._add(res, "cond")

    # ------------------------------------------------------------ observations
    def obs(self, code, date, value=None, *, unit=None, ucum=None, ref_range=None, interp="auto",
            cat="laboratory", enc=None, performer=None, note=None, status="final", components=None,
            time="08:30", vtype=None, method=None, issued=True, derived=None, body=None):
        catdisp = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                   "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History",
                   "activity": "Activity", "therapy": "Therapy"}
        res = {"resourceType": "Observation", "status": status,
               "category": [cc((OBSCAT, cat, catdisp[cat]))], "code": code,
               "subject": ref(self.patient_ref)}
        if enc:
            res["encounter"] = ref(enc)
        res["effectiveDateTime"] = self.dt(date, time)
        if issued:
            hh, mm = (int(x) for x in time.split(":"))
            res["issued"] = self.dt(date, f"{min(hh + 3, 23):02d}:{mm:02d}")
        if performer:
            res["performer"] = [ref(self.P(performer) if not performer.startswith(("Organization/", "Patient/", "Practitioner/")) else performer)]
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        if vtype == "int":
            res["valueInteger"] = int(value)
        elif numeric:
            res["valueQuantity"] = qty(value, unit or ucum, ucum)
        elif isinstance(value, bool):
            res["valueBoolean"] = value
        elif isinstance(value, str):
            res["valueString"] = value
        elif isinstance(value, dict):
            if "value" in value:
                res["valueQuantity"] = value
            else:
                res["valueCodeableConcept"] = value
        code_interp = None
        if interp == "auto":
            if (numeric or vtype == "int") and ref_range and not isinstance(ref_range, str):
                lo, hi = ref_range
                v = value
                code_interp = "N"
                if lo is not None and v < lo:
                    code_interp = "L"
                if hi is not None and v > hi:
                    code_interp = "H"
        elif interp:
            code_interp = interp
        if code_interp:
            idisp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "POS": "Positive", "NEG": "Negative",
                     "HH": "Critical high", "LL": "Critical low", "IND": "Indeterminate"}
            res["interpretation"] = [cc((V3INT, code_interp, idisp[code_interp]))]
        if note:
            res["note"] = [{"text": note}]
        if method:
            res["method"] = method
        if body:
            res["bodySite"] = body
        if ref_range is not None:
            if isinstance(ref_range, str):
                res["referenceRange"] = [{"text": ref_range}]
            else:
                lo, hi = ref_range
                rr = {}
                u = unit or ucum
                if lo is not None:
                    rr["low"] = qty(lo, u, ucum) if ucum else {"value": lo}
                if hi is not None:
                    rr["high"] = qty(hi, u, ucum) if ucum else {"value": hi}
                res["referenceRange"] = [rr]
        if derived:
            res["derivedFrom"] = [ref(x) for x in derived]
        if components:
            res["component"] = components
        return self._add(res, "obs")

    def lab(self, key, date, value, *, interp="auto", enc=None, note=None, time="07:45", german=None, performer=None):
        loinc, disp, de, ucum, unit, rng = LABS[key]
        if isinstance(rng, dict):
            rng = rng[self.gender or "female"]
        german = self.ok == "AT" if german is None else german
        codings = [(LNC, loinc, disp)]
        if self.ok == "AT":
            codings.append((self.org["local"] + "/labor", LAB_LOCAL_AT.get(key, key.upper()), de))
        code = cc(*codings, text=de if german else None)
        return self.obs(code, date, value, unit=unit, ucum=ucum, ref_range=rng, interp=interp, enc=enc,
                        note=note, time=time, performer=performer)

    def labs(self, date, items, **kw):
        return [self.lab(k, date, v, **kw) for k, v in items]

    def bp(self, date, sys_, dia, *, enc=None, time="09:10", interp=None):
        comps = [
            {"code": cc((LNC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(sys_, "mmHg", "mm[Hg]")},
            {"code": cc((LNC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(dia, "mmHg", "mm[Hg]")},
        ]
        return self.obs(cc((LNC, "85354-9", "Blood pressure panel with all children optional"),
                           text="Blutdruck" if self.ok == "AT" else "Blood pressure"),
                        date, None, cat="vital-signs", enc=enc, components=comps, time=time, interp=interp, issued=False)

    def vital(self, kind, date, value, *, enc=None, time="09:05", interp=None, note=None):
        table = {
            "hr": ("8867-4", "Heart rate", "/min", "/min", "Herzfrequenz"),
            "wt": ("29463-7", "Body weight", "kg", "kg", "Körpergewicht"),
            "ht": ("8302-2", "Body height", "cm", "cm", "Körpergröße"),
            "bmi": ("39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2", "BMI"),
            "temp": ("8310-5", "Body temperature", "Cel", "°C", "Körpertemperatur"),
            "spo2": ("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%", "SpO2"),
            "rr": ("9279-1", "Respiratory rate", "/min", "/min", "Atemfrequenz"),
            "waist": ("8280-0", "Waist Circumference at umbilicus by Tape measure", "cm", "cm", "Bauchumfang"),
        }
        loinc, disp, ucum, unit, de = table[kind]
        return self.obs(cc((LNC, loinc, disp), text=de if self.ok == "AT" else None), date, value, unit=unit,
                        ucum=ucum, cat="vital-signs", enc=enc, time=time, interp=interp, issued=False, note=note)

    def score(self, code, date, value, *, unit="{score}", enc=None, performer=None, note=None, integer=False,
              ref_range=None, interp=None, cat="survey", time="10:00", components=None):
        if integer:
            return self.obs(code, date, value, vtype="int", cat=cat, enc=enc, performer=performer, note=note,
                            interp=interp, ref_range=ref_range, time=time, issued=False, components=components)
        return self.obs(code, date, value, unit=unit, ucum=unit, cat=cat, enc=enc, performer=performer, note=note,
                        interp=interp, ref_range=ref_range, time=time, issued=False, components=components)

    def local(self, system_name, code, display, text=None):
        return cc((self.org["local"] + "/" + system_name, code, display), text=text)

    # ------------------------------------------------------------ medications
    def med(self, *codings, text=None):
        return cc(*codings, text=text)

    def medreq(self, medication, authored, dosage, *, status="active", intent="order", prac=None, reason=None,
               reason_ref=None, note=None, enc=None, route=None, period=None, based_on=None, course=None):
        res = {"resourceType": "MedicationRequest", "status": status, "intent": intent,
               "medicationCodeableConcept": medication, "subject": ref(self.patient_ref)}
        if enc:
            res["encounter"] = ref(enc)
        res["authoredOn"] = authored if "T" in authored else self.dt(authored, "11:00")
        if prac:
            res["requester"] = ref(self.P(prac))
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [ref(x) for x in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if course:
            res["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy", course[0], course[1]))
        d = {"text": dosage}
        if route:
            d["route"] = route
        res["dosageInstruction"] = [d]
        if period:
            res["dispenseRequest"] = {"validityPeriod": period}
        if note:
            res["note"] = [{"text": note}]
        if based_on:
            res["basedOn"] = [ref(based_on)]
        return self._add(res, "mrq")

    def medstmt(self, medication, start, *, end=None, status="active", dosage=None, reason=None, reason_ref=None,
                note=None, asserted=None, status_reason=None, source=None):
        res = {"resourceType": "MedicationStatement", "status": status}
        if status_reason:
            res["statusReason"] = [txt(status_reason)]
        res["medicationCodeableConcept"] = medication
        res["subject"] = ref(self.patient_ref)
        period = {"start": start}
        if end:
            period["end"] = end
        res["effectivePeriod"] = period
        res["dateAsserted"] = asserted or (end or start)
        if source:
            res["informationSource"] = ref(source if "/" in source else self.P(source))
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [ref(x) for x in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if note:
            res["note"] = [{"text": note}]
        if dosage:
            res["dosage"] = [{"text": dosage}]
        return self._add(res, "mst")

    def medadmin(self, medication, date, *, time="10:00", dose=None, route=None, status="completed", request=None,
                 performer=None, note=None, reason_ref=None, end_time=None, text=None):
        res = {"resourceType": "MedicationAdministration", "status": status,
               "medicationCodeableConcept": medication, "subject": ref(self.patient_ref)}
        if end_time:
            res["effectivePeriod"] = {"start": self.dt(date, time), "end": self.dt(date, end_time)}
        else:
            res["effectiveDateTime"] = self.dt(date, time)
        if performer:
            res["performer"] = [{"actor": ref(self.P(performer))}]
        if reason_ref:
            res["reasonReference"] = [ref(x) for x in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if request:
            res["request"] = ref(request)
        if note:
            res["note"] = [{"text": note}]
        d = {}
        if text:
            d["text"] = text
        if route:
            d["route"] = route
        if dose:
            d["dose"] = qty(dose[0], dose[1], dose[2])
        if d:
            res["dosage"] = d
        return self._add(res, "mad")

    # ------------------------------------------------------------ orders and procedures
    def sreq(self, code, authored, *, status="active", intent="order", occurrence=None, reason=None,
             reason_ref=None, prac=None, performer=None, note=None, priority=None, category=None, enc=None,
             occ_period=None, requisition=None, based_on=None):
        res = {"resourceType": "ServiceRequest", "status": status, "intent": intent}
        if category:
            res["category"] = [category]
        if priority:
            res["priority"] = priority
        res["code"] = code
        res["subject"] = ref(self.patient_ref)
        if enc:
            res["encounter"] = ref(enc)
        if occurrence:
            res["occurrenceDateTime"] = occurrence if "T" in occurrence else self.dt(occurrence, "08:00")
        elif occ_period:
            res["occurrencePeriod"] = {"start": occ_period[0], "end": occ_period[1]}
        res["authoredOn"] = authored if "T" in authored else self.dt(authored, "12:00")
        if prac:
            res["requester"] = ref(self.P(prac))
        if performer:
            res["performer"] = [ref(performer if "/" in performer else self.P(performer))]
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [ref(x) for x in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if based_on:
            res["basedOn"] = [ref(based_on)]
        if note:
            res["note"] = [{"text": note}]
        return self._add(res, "srq")

    def proc(self, code, date, *, status="completed", time="10:00", end_time=None, reason=None, reason_ref=None,
             performer=None, note=None, category=None, outcome=None, body=None, enc=None, based_on=None,
             status_reason=None, no_date=False, report=None):
        res = {"resourceType": "Procedure", "status": status}
        if status_reason:
            res["statusReason"] = txt(status_reason)
        if based_on:
            res["basedOn"] = [ref(based_on)]
        if category:
            res["category"] = category
        res["code"] = code
        res["subject"] = ref(self.patient_ref)
        if enc:
            res["encounter"] = ref(enc)
        if not no_date:
            if end_time:
                res["performedPeriod"] = {"start": self.dt(date, time), "end": self.dt(date, end_time)}
            else:
                res["performedDateTime"] = self.dt(date, time)
        if performer:
            res["performer"] = [{"actor": ref(performer if "/" in performer else self.P(performer))}]
        if reason:
            res["reasonCode"] = reason if isinstance(reason, list) else [reason]
        if reason_ref:
            res["reasonReference"] = [ref(x) for x in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if body:
            res["bodySite"] = [body]
        if outcome:
            res["outcome"] = txt(outcome)
        if report:
            res["report"] = [ref(x) for x in report]
        if note:
            res["note"] = [{"text": note}]
        return self._add(res, "proc")

    def careplan(self, title, start, *, status="active", intent="plan", category=None, addresses=None,
                 activities=None, author=None, description=None, end=None, note=None, created=None):
        res = {"resourceType": "CarePlan", "status": status, "intent": intent}
        if category:
            res["category"] = [category]
        res["title"] = title
        if description:
            res["description"] = description
        res["subject"] = ref(self.patient_ref)
        period = {"start": start}
        if end:
            period["end"] = end
        res["period"] = period
        res["created"] = created or start
        if author:
            res["author"] = ref(self.P(author))
        if addresses:
            res["addresses"] = [ref(x) for x in addresses]
        if activities:
            acts = []
            for a in activities:
                code, st, desc = a
                detail = {"status": st}
                if code:
                    detail["code"] = code
                if desc:
                    detail["description"] = desc
                acts.append({"detail": detail})
            res["activity"] = acts
        if note:
            res["note"] = [{"text": note}]
        return self._add(res, "cp")

    def appt(self, start, end, description, *, status="booked", service=None, prac=None, reason_ref=None,
             based_on=None, time=("08:00", "12:00")):
        res = {"resourceType": "Appointment", "status": status}
        if service:
            res["serviceType"] = [txt(service)]
        if reason_ref:
            res["reasonReference"] = [ref(reason_ref)]
        res["description"] = description
        res["start"] = self.dt(start, time[0])
        res["end"] = self.dt(end, time[1])
        if based_on:
            res["basedOn"] = [ref(based_on)]
        parts = [{"actor": ref(self.patient_ref), "status": "accepted"}]
        if prac:
            parts.append({"actor": ref(self.P(prac)), "status": "accepted"})
        res["participant"] = parts
        return self._add(res, "appt")

    # ------------------------------------------------------------ communication and patient voice
    def comm(self, text, date, *, sender=None, recipient=None, time="19:40", status="completed", category=None,
             lang=None, topic=None, in_response_to=None, medium=None, about=None, received=None):
        res = {"resourceType": "Communication"}
        if lang:
            res["language"] = lang
        if in_response_to:
            res["inResponseTo"] = [ref(in_response_to)]
        res["status"] = status
        if category:
            res["category"] = [category]
        if medium:
            res["medium"] = [medium]
        res["subject"] = ref(self.patient_ref)
        if topic:
            res["topic"] = topic
        if about:
            res["about"] = [ref(x) for x in about]
        res["sent"] = self.dt(date, time)
        if received:
            res["received"] = self.dt(received[0], received[1])
        if recipient:
            res["recipient"] = [ref(x if "/" in x else self.P(x)) for x in (recipient if isinstance(recipient, list) else [recipient])]
        s = sender or self.patient_ref
        res["sender"] = ref(s if "/" in s else self.P(s))
        res["payload"] = [{"contentString": text}]
        return self._add(res, "comm")

    def flag(self, code, start, *, author=None, status="active", category=None, end=None, enc=None):
        res = {"resourceType": "Flag", "status": status}
        if category:
            res["category"] = [category]
        res["code"] = code
        res["subject"] = ref(self.patient_ref)
        period = {"start": self.dt(start, "10:00")}
        if end:
            period["end"] = self.dt(end, "10:00")
        res["period"] = period
        if enc:
            res["encounter"] = ref(enc)
        if author:
            res["author"] = ref(author if "/" in author else self.P(author))
        return self._add(res, "flag")

    def qr(self, questionnaire, date, items, *, author=None, source=None, status="completed", time="18:15", enc=None):
        res = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire, "status": status,
               "subject": ref(self.patient_ref)}
        if enc:
            res["encounter"] = ref(enc)
        res["authored"] = self.dt(date, time)
        res["author"] = ref(author or self.patient_ref)
        res["source"] = ref(source or self.patient_ref)
        res["item"] = items
        return self._add(res, "qr")

    # ------------------------------------------------------------ documents and reports
    def note(self, text, date, kind, author, *, title=None, enc=None, lang=None, time="16:30", status="current",
             doc_status="final", category=None, custodian=None, related=None):
        loinc, disp = NOTE_TYPES[kind]
        lang = lang or ("de-AT" if self.ok == "AT" else self.org["lang"])
        data = base64.b64encode(text.strip().encode("utf-8") + b"\n").decode("ascii")
        res = {"resourceType": "DocumentReference", "status": status, "docStatus": doc_status,
               "type": cc((LNC, loinc, disp), text=title)}
        if category:
            res["category"] = [category]
        elif self.ok == "BAR":
            res["category"] = [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                   "clinical-note", "Clinical Note"))]
        res["subject"] = ref(self.patient_ref)
        res["date"] = self.dt(date, time)
        a = author if "/" in author else self.P(author)
        res["author"] = [ref(a)]
        res["custodian"] = ref(custodian or self.org_ref)
        if title:
            res["description"] = title
        att = {"contentType": "text/plain", "language": lang, "data": data, "creation": self.dt(date, time)}
        if title:
            att["title"] = title
        res["content"] = [{"attachment": att}]
        ctx = {}
        if enc:
            ctx["encounter"] = [ref(enc)]
        ctx["period"] = {"start": self.dt(date, time)}
        if related:
            ctx["related"] = [ref(x) for x in related]
        res["context"] = ctx
        return self._add(res, "doc")

    def report(self, code, date, *, results=None, conclusion=None, performer=None, category="LAB", status="final",
               conclusion_code=None, time="12:00", enc=None, based_on=None, imaging=None):
        catmap = {"LAB": "Laboratory", "RAD": "Radiology", "CG": "Cytogenetics", "PAT": "Pathology (gross & histopath, not surgical)",
                  "CUS": "Cardiac Ultrasound", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)", "NRS": "Nursing service measures",
                  "GE": "Genetics", "SP": "Surgical Pathology", "OTH": "Other", "PF": "Pulmonary Function", "NMR": "Nuclear Magnetic Resonance",
                  "CT": "CAT Scan", "GI": "GI (Gastroenterology)", "NMS": "Nuclear Medicine Scan", "PHY": "Physician (Hx. Dx, admission note, etc.)"}
        res = {"resourceType": "DiagnosticReport"}
        if based_on:
            res["basedOn"] = [ref(based_on)]
        res["status"] = status
        res["category"] = [cc((V2_0074, category, catmap[category]))]
        res["code"] = code
        res["subject"] = ref(self.patient_ref)
        if enc:
            res["encounter"] = ref(enc)
        res["effectiveDateTime"] = self.dt(date, time)
        res["issued"] = self.dt(date, "17:00")
        if performer:
            res["performer"] = [ref(performer if "/" in performer else self.P(performer))]
        if results:
            res["result"] = [ref(x) for x in results]
        if conclusion:
            res["conclusion"] = conclusion
        if conclusion_code:
            res["conclusionCode"] = conclusion_code
        return self._add(res, "dr")

    def impression(self, date, assessor, *, summary, description=None, problems=None, findings=None,
                   status="completed", note=None, enc=None, prognosis=None):
        res = {"resourceType": "ClinicalImpression", "status": status}
        if description:
            res["description"] = description
        res["subject"] = ref(self.patient_ref)
        if enc:
            res["encounter"] = ref(enc)
        res["effectiveDateTime"] = self.dt(date, "14:00")
        res["date"] = self.dt(date, "14:30")
        res["assessor"] = ref(self.P(assessor))
        if problems:
            res["problem"] = [ref(x) for x in problems]
        res["summary"] = summary
        if findings:
            fs = []
            for f in findings:
                if isinstance(f, str):
                    fs.append({"itemReference": ref(f)})
                else:
                    fs.append({"itemCodeableConcept": f})
            res["finding"] = fs
        if prognosis:
            res["prognosisCodeableConcept"] = [prognosis]
        if note:
            res["note"] = [{"text": note}]
        return self._add(res, "ci")

    def allergy(self, code, recorded, *, reaction=None, criticality="low"):
        res = {"resourceType": "AllergyIntolerance",
               "clinicalStatus": cc((ALLERGYCLIN, "active", "Active")),
               "verificationStatus": cc((ALLERGYVER, "confirmed", "Confirmed")),
               "type": "allergy", "criticality": criticality, "code": code,
               "patient": ref(self.patient_ref), "recordedDate": recorded}
        if reaction:
            res["reaction"] = [{"manifestation": [reaction]}]
        return self._add(res, "alg")

    def immunization(self, cvx, display, date, *, lot=None):
        res = {"resourceType": "Immunization", "status": "completed",
               "vaccineCode": cc((CVX, cvx, display)), "patient": ref(self.patient_ref),
               "occurrenceDateTime": self.dt(date, "10:30"), "primarySource": True}
        if lot:
            res["lotNumber"] = lot
        return self._add(res, "imm")

    def episode(self, type_text, start, *, status="active", end=None, conditions=None, manager=None):
        res = {"resourceType": "EpisodeOfCare", "status": status, "type": [txt(type_text)]}
        if conditions:
            res["diagnosis"] = [{"condition": ref(c)} for c in conditions]
        res["patient"] = ref(self.patient_ref)
        res["managingOrganization"] = ref(self.org_ref)
        period = {"start": start}
        if end:
            period["end"] = end
        res["period"] = period
        if manager:
            res["careManager"] = ref(self.P(manager))
        return self._add(res, "eoc")

    # ------------------------------------------------------------ output
    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}


def qitem(link, text, answer=None, *, kind=None, items=None):
    it = {"linkId": link, "text": text}
    if answer is not None:
        if kind == "coding":
            it["answer"] = [{"valueCoding": answer}]
        elif isinstance(answer, bool):
            it["answer"] = [{"valueBoolean": answer}]
        elif isinstance(answer, int):
            it["answer"] = [{"valueInteger": answer}]
        elif isinstance(answer, float):
            it["answer"] = [{"valueDecimal": answer}]
        elif isinstance(answer, dict):
            it["answer"] = [{"valueCoding": answer}]
        else:
            it["answer"] = [{"valueString": answer}]
    if items:
        it["item"] = items
    return it


# common coded values
POSITIVE = cc((SCT, "10828004", "Positive"), text="Positive")
NEGATIVE = cc((SCT, "260385009", "Negative"), text="Negative")
ORAL = cc((SCT, "26643006", "Oral route"))
SUBCUT = cc((SCT, "34206005", "Subcutaneous route"))
IV = cc((SCT, "47625008", "Intravenous route"))
INTRATHECAL = cc((SCT, "72607000", "Intrathecal route"))
IM = cc((SCT, "78421000", "Intramuscular route"))
TOPICAL = cc((SCT, "6064005", "Topical route"))
