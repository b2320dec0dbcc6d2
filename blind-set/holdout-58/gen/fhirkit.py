"""Small helpers to write FHIR R4 transaction bundles for the blind-58 evaluation set.

Every case builds one Case object; helpers add resources and return the relative
reference ("Type/id"). Ids are <case id>-<prefix><n>.
"""
import base64

ANCHOR = "2026-12-01"

SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
CPT = "http://www.ama-assn.org/go/cpt"
RXN = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC = "http://www.whocc.no/atc"
CVX = "http://hl7.org/fhir/sid/cvx"
UCUM = "http://unitsofmeasure.org"
ORPHA = "http://www.orpha.net"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
ACTCODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
ROLECODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"

# ---------------------------------------------------------------- organisations
ORGS = {
    "hu": {
        "base": "https://fhir.dmekk.hu/r4",
        "name": "Duna-menti Egyetemi Klinikai Központ",
        "alias": "DMEKK",
        "ident_sys": "https://fhir.dmekk.hu/NamingSystem/intezmenykod",
        "ident": "DMEKK-0412",
        "address": {"line": ["Klinika tér 3."], "city": "Pécs", "postalCode": "7624", "country": "HU"},
        "phone": "+36 72 555 0100",
        "lang": "hu",
        "tz_winter": "+01:00", "tz_summer": "+02:00",
        "payer": ("Nemzeti Egészségbiztosítási Alapkezelő (NEAK)", "https://www.neak.gov.hu"),
        "cs": "https://fhir.dmekk.hu/CodeSystem",
        "units": "SI",
        "practitioners": {
            "belgy": ("Kovács", "Eszter", "dr.", "belgyógyász"),
            "kardio": ("Nagy", "Péter", "dr.", "kardiológus"),
            "gastro": ("Szabó", "Anikó", "dr.", "gasztroenterológus"),
            "onko": ("Tóth", "Gábor", "dr.", "klinikai onkológus"),
            "szivseb": ("Horváth", "Zsolt", "dr.", "szívsebész"),
            "uro": ("Kiss", "Balázs", "dr.", "urológus"),
            "neuro": ("Molnár", "Réka", "dr.", "neurológus"),
            "ortho": ("Farkas", "Levente", "dr.", "ortopéd-traumatológus"),
            "hepato": ("Balogh", "Krisztina", "dr.", "hepatológus"),
            "diab": ("Papp", "Dániel", "dr.", "diabetológus"),
            "palliativ": ("Lakatos", "Márta", "dr.", "palliatív szakorvos"),
            "pulmo": ("Fodor", "Ildikó", "dr.", "tüdőgyógyász"),
            "idegseb": ("Katona", "Ádám", "dr.", "idegsebész"),
            "gyogytorna": ("Simon", "Petra", "", "gyógytornász"),
        },
    },
    "ph": {
        "base": "https://fhir.mabinimmc.ph/r4",
        "name": "Mabini Memorial Medical Center",
        "alias": "MMMC",
        "ident_sys": "https://doh.gov.ph/fhir/NamingSystem/hfhudcode",
        "ident": "DOH-HF-0007731",
        "address": {"line": ["1200 Mabini Avenue, Barangay San Isidro"], "city": "Quezon City",
                    "district": "Metro Manila", "postalCode": "1113", "country": "PH"},
        "phone": "+63 2 8555 0142",
        "lang": "en-PH",
        "tz_winter": "+08:00", "tz_summer": "+08:00",
        "payer": ("Philippine Health Insurance Corporation (PhilHealth)", "https://www.philhealth.gov.ph"),
        "cs": "https://fhir.mabinimmc.ph/CodeSystem",
        "units": "SI",
        "practitioners": {
            "im": ("Dela Cruz", "Maria Theresa", "Dr.", "Internal Medicine"),
            "fm": ("Salazar", "Roberto", "Dr.", "Family Medicine"),
            "er": ("Aquino", "Miguel", "Dr.", "Emergency Medicine"),
            "surg": ("Santos", "Jose Ramon", "Dr.", "General Surgery"),
            "obgyn": ("Reyes", "Angelica", "Dr.", "Obstetrics and Gynecology"),
            "nephro": ("Villanueva", "Paolo", "Dr.", "Nephrology"),
            "gi": ("Bautista", "Carmela", "Dr.", "Gastroenterology and Hepatology"),
            "endo": ("Mendoza", "Kristine", "Dr.", "Endocrinology"),
            "uro": ("Garcia", "Ramon", "Dr.", "Urology"),
            "rheum": ("Fernandez", "Liza", "Dr.", "Rheumatology"),
            "onco": ("Lim", "Antonio", "Dr.", "Medical Oncology"),
            "rehab": ("Tan", "Patricia", "Dr.", "Rehabilitation Medicine"),
            "neuro": ("Ramos", "Gilbert", "Dr.", "Neurology"),
        },
    },
    "thx": {
        "base": "https://fhir.northbridge-thoracic.org/r4",
        "name": "Northbridge Thoracic Oncology & Lung Screening Program",
        "alias": "NTOLSP",
        "ident_sys": "http://hl7.org/fhir/sid/us-npi",
        "ident": "1932657480",
        "address": {"line": ["4400 Lakeshore Parkway, Suite 300"], "city": "Cleveland", "state": "OH",
                    "postalCode": "44114", "country": "US"},
        "phone": "+1 216 555 0187",
        "lang": "en-US",
        "tz_winter": "-05:00", "tz_summer": "-04:00",
        "payer": ("Medicare Part B (CMS)", "https://www.cms.gov"),
        "cs": "https://fhir.northbridge-thoracic.org/CodeSystem",
        "units": "US",
        "practitioners": {
            "pulm": ("Okafor", "Helen", "Dr.", "Pulmonology; Lung Screening Program Director"),
            "surg": ("Lindqvist", "Marcus", "Dr.", "Thoracic Surgery"),
            "onc": ("Raman", "Priya", "Dr.", "Medical Oncology"),
            "rad": ("Cho", "Daniel", "Dr.", "Radiation Oncology"),
            "radiol": ("Stanton", "Rebecca", "Dr.", "Thoracic Radiology"),
            "pall": ("Adeyemi", "Samuel", "Dr.", "Palliative Medicine"),
            "nav": ("Whitfield", "Karen", "", "RN, Nurse Navigator"),
            "path": ("Haddad", "Nadia", "Dr.", "Pathology"),
        },
    },
    "pvc": {
        "base": "https://fhir.hollowell-clinic.org/r4",
        "name": "Hollowell Post-Viral & Fatigue Clinic",
        "alias": "HPVFC",
        "ident_sys": "http://hl7.org/fhir/sid/us-npi",
        "ident": "1467093528",
        "address": {"line": ["2150 Riverside Avenue, Building C"], "city": "Minneapolis", "state": "MN",
                    "postalCode": "55454", "country": "US"},
        "phone": "+1 612 555 0133",
        "lang": "en-US",
        "tz_winter": "-06:00", "tz_summer": "-05:00",
        "payer": ("North Star Health Cooperative", "https://www.northstarhealth.coop"),
        "cs": "https://fhir.hollowell-clinic.org/CodeSystem",
        "units": "US",
        "practitioners": {
            "lead": ("Feldman", "Naomi", "Dr.", "Internal Medicine; Post-Viral Clinic Lead"),
            "cardio": ("Ruiz", "Tomas", "Dr.", "Cardiology (Autonomic)"),
            "neuro": ("Whitaker", "Grace", "Dr.", "Neurology"),
            "pulm": ("Patel", "Aaron", "Dr.", "Pulmonology"),
            "psych": ("Johansson", "Leah", "Dr.", "Psychiatry"),
            "ot": ("Morales", "Jenna", "", "Occupational Therapist"),
            "rheum": ("Mensah", "Kofi", "Dr.", "Rheumatology"),
            "sleep": ("Park", "Ellen", "Dr.", "Sleep Medicine"),
            "endo": ("Larsen", "Brooke", "Dr.", "Endocrinology"),
            "gi": ("Nakamura", "Ken", "Dr.", "Gastroenterology"),
        },
    },
}

# ---------------------------------------------------------------- lab catalogue
# key: loinc SI, loinc US, English, Hungarian, local code, SI(unit, ucum, lo, hi), US(unit, ucum, lo, hi)
LAB = {
    "hb": ("718-7", "718-7", "Hemoglobin [Mass/volume] in Blood", "Hemoglobin", "HGB",
           ("g/L", "g/L", 120, 160), ("g/dL", "g/dL", 12.0, 16.0)),
    "wbc": ("6690-2", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Fehérvérsejtszám", "WBC",
            ("G/L", "10*9/L", 4.0, 10.0), ("10*3/uL", "10*3/uL", 4.0, 10.5)),
    "plt": ("777-3", "777-3", "Platelets [#/volume] in Blood by Automated count", "Thrombocytaszám", "PLT",
            ("G/L", "10*9/L", 150, 400), ("10*3/uL", "10*3/uL", 150, 400)),
    "mcv": ("787-2", "787-2", "MCV [Entitic volume] by Automated count", "Átlagos vörösvértest-térfogat (MCV)", "MCV",
            ("fL", "fL", 80, 100), ("fL", "fL", 80, 100)),
    "crea": ("14682-9", "2160-0", "Creatinine [Moles/volume] in Serum or Plasma", "Kreatinin", "KREA",
             ("µmol/L", "umol/L", 53, 106), ("mg/dL", "mg/dL", 0.6, 1.2)),
    "egfr": ("98979-8", "98979-8",
             "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
             "eGFR (CKD-EPI)", "EGFR",
             ("mL/min/1,73m²", "mL/min/{1.73_m2}", 60, None), ("mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None)),
    "na": ("2951-2", "2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Nátrium", "NA",
           ("mmol/L", "mmol/L", 135, 145), ("mmol/L", "mmol/L", 135, 145)),
    "k": ("2823-3", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Kálium", "K",
          ("mmol/L", "mmol/L", 3.5, 5.1), ("mmol/L", "mmol/L", 3.5, 5.1)),
    "glu": ("14749-6", "2345-7", "Glucose [Moles/volume] in Serum or Plasma", "Éhgyomri vércukor", "GLU",
            ("mmol/L", "mmol/L", 3.9, 6.1), ("mg/dL", "mg/dL", 70, 99)),
    "hba1c": ("4548-4", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "HBA1C",
              ("%", "%", 4.0, 6.0), ("%", "%", 4.0, 5.6)),
    "tsh": ("3016-3", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", "TSH",
            ("mIU/L", "m[IU]/L", 0.4, 4.0), ("mIU/L", "m[IU]/L", 0.4, 4.0)),
    "ft4": ("14920-3", "3024-7", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma", "Szabad T4 (FT4)", "FT4",
            ("pmol/L", "pmol/L", 12, 22), ("ng/dL", "ng/dL", 0.8, 1.8)),
    "crp": ("1988-5", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "C-reaktív protein (CRP)", "CRP",
            ("mg/L", "mg/L", 0, 5), ("mg/L", "mg/L", 0, 8)),
    "esr": ("4537-7", "4537-7", "Erythrocyte sedimentation rate by Westergren method", "Vérsüllyedés (Westergren)", "WE",
            ("mm/h", "mm/h", 0, 20), ("mm/h", "mm/h", 0, 20)),
    "ferritin": ("2276-4", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritin", "FERR",
                 ("µg/L", "ug/L", 15, 300), ("ng/mL", "ng/mL", 15, 300)),
    "alt": ("1742-6", "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
            "GPT (ALAT)", "ALAT", ("U/L", "U/L", 0, 40), ("U/L", "U/L", 0, 40)),
    "ast": ("1920-8", "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma",
            "GOT (ASAT)", "ASAT", ("U/L", "U/L", 0, 40), ("U/L", "U/L", 0, 40)),
    "bili": ("14631-6", "1975-2", "Bilirubin.total [Moles/volume] in Serum or Plasma", "Összbilirubin", "TBIL",
             ("µmol/L", "umol/L", 3, 21), ("mg/dL", "mg/dL", 0.1, 1.2)),
    "alb": ("1751-7", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumin", "ALB",
            ("g/L", "g/L", 35, 52), ("g/dL", "g/dL", 3.5, 5.2)),
    "ldh": ("2532-0", "2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma",
            "Laktát-dehidrogenáz (LDH)", "LDH", ("U/L", "U/L", 135, 225), ("U/L", "U/L", 140, 280)),
    "ck": ("2157-6", "2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "Kreatin-kináz (CK)",
           "CK", ("U/L", "U/L", 26, 192), ("U/L", "U/L", 26, 192)),
    "psa": ("2857-1", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "Prosztata-specifikus antigén (PSA)",
            "PSA", ("ng/mL", "ng/mL", 0, 4.0), ("ng/mL", "ng/mL", 0, 4.0)),
    "calpro": ("38445-3", "38445-3", "Calprotectin [Mass/mass] in Stool", "Széklet kalprotektin", "FCALP",
               ("µg/g", "ug/g", 0, 50), ("ug/g", "ug/g", 0, 50)),
    "ldl": ("22748-8", "13457-7", "Cholesterol in LDL [Moles/volume] in Serum or Plasma", "LDL-koleszterin", "LDL",
            ("mmol/L", "mmol/L", 0, 3.0), ("mg/dL", "mg/dL", 0, 100)),
    "ntprobnp": ("33762-6", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma",
                 "NT-proBNP", "NTPBNP", ("pg/mL", "pg/mL", 0, 125), ("pg/mL", "pg/mL", 0, 125)),
    "b12": ("2132-9", "2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "B12-vitamin", "B12",
            ("pg/mL", "pg/mL", 200, 900), ("pg/mL", "pg/mL", 200, 900)),
    "ttg": ("31017-7", "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "Szöveti transzglutamináz IgA",
            "TTGA", ("U/mL", "U/mL", 0, 7), ("U/mL", "U/mL", 0, 7)),
    "cer": ("2064-4", "2064-4", "Ceruloplasmin [Mass/volume] in Serum or Plasma", "Ceruloplazmin", "CERU",
            ("g/L", "g/L", 0.20, 0.60), ("mg/dL", "mg/dL", 20, 60)),
    "afp": ("1834-1", "1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "Alfa-fetoprotein (AFP)", "AFP",
            ("ng/mL", "ng/mL", 0, 10), ("ng/mL", "ng/mL", 0, 10)),
    "ca199": ("24108-3", "24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "CA 19-9 tumormarker", "CA199",
              ("U/mL", "U/mL", 0, 37), ("U/mL", "U/mL", 0, 37)),
    "inr": ("6301-6", "6301-6", "INR in Platelet poor plasma by Coagulation assay", "INR (protrombin idő)", "INR",
            ("INR", "{INR}", 0.8, 1.2), ("INR", "{INR}", 0.8, 1.2)),
    "urea": ("22664-7", "3094-0", "Urea [Moles/volume] in Serum or Plasma", "Karbamid", "UREA",
             ("mmol/L", "mmol/L", 2.5, 7.5), ("mg/dL", "mg/dL", 7, 20)),
    "vitd": ("1989-3", "1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma",
             "25-OH-D-vitamin", "VITD", ("ng/mL", "ng/mL", 30, 100), ("ng/mL", "ng/mL", 30, 100)),
    "mg": ("2601-3", "19123-9", "Magnesium [Moles/volume] in Serum or Plasma", "Magnézium", "MG",
           ("mmol/L", "mmol/L", 0.66, 1.07), ("mg/dL", "mg/dL", 1.7, 2.4)),
    "cortisol": ("2143-6", "2143-6", "Cortisol [Mass/volume] in Serum or Plasma", "Kortizol (reggeli)", "KORT",
                 ("µg/dL", "ug/dL", 6, 23), ("ug/dL", "ug/dL", 6, 23)),
    "ca": ("2000-8", "17861-6", "Calcium [Moles/volume] in Serum or Plasma", "Kalcium", "CA",
           ("mmol/L", "mmol/L", 2.15, 2.55), ("mg/dL", "mg/dL", 8.6, 10.3)),
}


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """cc((system, code, display), ...) or cc(text='...') for text-only concepts."""
    out = {}
    if codings:
        out["coding"] = [coding(*c) for c in codings]
    if text:
        out["text"] = text
    elif codings and len(codings[0]) > 2 and codings[0][2]:
        out["text"] = codings[0][2]
    return out


def sct(code, display):
    return (SCT, code, display)


def lnc(code, display):
    return (LOINC, code, display)


def icd(code, display):
    return (ICD10, code, display)


def icdcm(code, display):
    return (ICD10CM, code, display)


def qty(value, unit, ucum=None):
    q = {"value": value, "unit": unit, "system": UCUM, "code": ucum or unit}
    return q


INTERP = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
          "A": "Abnormal", "POS": "Positive", "NEG": "Negative"}


def interp(code):
    return [{"coding": [{"system": V3INT, "code": code, "display": INTERP[code]}]}]


class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.okey = org
        self.o = ORGS[org]
        self.entries = []
        self.counters = {}
        self.pr = {}
        self.patient_ref = "Patient/" + cid
        cs = self.o["cs"]
        self.cs = cs
        org_res = {
            "resourceType": "Organization", "id": self._id("org"), "active": True,
            "identifier": [{"system": self.o["ident_sys"], "value": self.o["ident"]}],
            "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))],
            "name": self.o["name"], "alias": [self.o["alias"]],
            "telecom": [{"system": "phone", "value": self.o["phone"], "use": "work"}],
            "address": [dict(self.o["address"], use="work")],
        }
        self.org = self.add(org_res)

    # ------------------------------------------------------------ basics
    def _id(self, prefix):
        n = self.counters.get(prefix, 0) + 1
        self.counters[prefix] = n
        return f"{self.cid}-{prefix}{n}"

    def add(self, res):
        rt, rid = res["resourceType"], res["id"]
        self.entries.append({"fullUrl": f"{self.o['base']}/{rt}/{rid}", "resource": res,
                             "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return f"{rt}/{rid}"

    def ref(self, r, display=None):
        d = {"reference": r}
        if display:
            d["display"] = display
        return d

    def tz(self, date):
        m = int(date[5:7])
        return self.o["tz_summer"] if 4 <= m <= 10 else self.o["tz_winter"]

    def inst(self, date, time="09:00"):
        if "T" in date:
            return date
        return f"{date}T{time}:00{self.tz(date)}"

    def local(self, system, code, display):
        return (f"{self.cs}/{system}", code, display)

    def P(self, key):
        """Practitioner reference by roster key (added on first use)."""
        if key in self.pr:
            return self.pr[key]
        fam, giv, prefix, spec = self.o["practitioners"][key]
        res = {"resourceType": "Practitioner", "id": self._id("pr"), "active": True,
               "identifier": [{"system": self._pr_ident_sys(), "value": self._pr_ident_val(fam, giv)}],
               "name": [{"use": "official", "family": fam, "given": giv.split(" "),
                         **({"prefix": [prefix]} if prefix else {})}],
               "qualification": [{"code": cc(text=spec)}]}
        self.pr[key] = self.add(res)
        return self.pr[key]

    def practitioner_ext(self, family, given, prefix, spec, npi=None):
        """A practitioner outside the organisation's roster (e.g. another centre's consultant)."""
        res = {"resourceType": "Practitioner", "id": self._id("pr"), "active": True,
               "name": [{"use": "official", "family": family, "given": given.split(" "),
                         **({"prefix": [prefix]} if prefix else {})}],
               "qualification": [{"code": cc(text=spec)}]}
        if npi:
            res["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-npi", "value": npi}]
        return self.add(res)

    def _pr_ident_sys(self):
        return {"hu": "https://www.enkk.hu/NamingSystem/pecsetszam",
                "ph": "https://www.prc.gov.ph/NamingSystem/physician-license",
                }.get(self.okey, "http://hl7.org/fhir/sid/us-npi")

    def _pr_ident_val(self, fam, giv):
        h = sum(ord(ch) * (i + 7) for i, ch in enumerate(fam + giv + self.cid))
        if self.okey == "hu":
            return str(10000 + h % 89999)
        if self.okey == "ph":
            return "0" + str(100000 + h % 899999)
        return "1" + str(100000000 + (h * 7919) % 899999999)

    def org2(self, name, ident=None, type_code="prov", address=None):
        res = {"resourceType": "Organization", "id": self._id("org"), "active": True,
               "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", type_code,
                            {"prov": "Healthcare Provider", "ins": "Insurance Company", "pay": "Payer",
                             "govt": "Government"}[type_code]))],
               "name": name}
        if ident:
            res["identifier"] = [{"value": ident}]
        if address:
            res["address"] = [address]
        return self.add(res)

    # ------------------------------------------------------------ patient & admin
    def patient(self, family, given, gender, birth, ident, address, phone=None, lang=None, marital=None,
                gp=None, extra_ident=None):
        idsys = {"hu": "https://www.neak.gov.hu/NamingSystem/taj",
                 "ph": "https://www.philhealth.gov.ph/NamingSystem/pin",
                 "thx": f"{self.o['base']}/NamingSystem/mrn",
                 "pvc": f"{self.o['base']}/NamingSystem/mrn"}[self.okey]
        res = {"resourceType": "Patient", "id": self.cid, "active": True,
               "identifier": [{"use": "official", "system": idsys, "value": ident}],
               "name": [{"use": "official", "family": family, "given": given if isinstance(given, list) else [given]}],
               "gender": gender, "birthDate": birth, "address": [address],
               "managingOrganization": self.ref(self.org)}
        if extra_ident:
            res["identifier"].append(extra_ident)
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        lang = lang or self.o["lang"]
        res["communication"] = [{"language": cc(("urn:ietf:bcp:47", lang, None), text=lang), "preferred": True}]
        if marital:
            res["maritalStatus"] = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital,
                                        {"M": "Married", "S": "Never Married", "W": "Widowed", "D": "Divorced"}[marital]))
        if gp:
            res["generalPractitioner"] = [self.ref(gp)]
        self.add(res)
        return self.patient_ref

    def coverage(self, subscriber_id, start, type_code="PUBLICPOL", payer=None, plan=None):
        pname, purl = payer or self.o["payer"]
        pref = self.add({"resourceType": "Organization", "id": self._id("org"), "active": True,
                         "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer"))],
                         "name": pname, "telecom": [{"system": "url", "value": purl}]})
        res = {"resourceType": "Coverage", "id": self._id("cov"), "status": "active",
               "type": cc((ACTCODE, type_code, {"PUBLICPOL": "public healthcare", "HIP": "health insurance plan policy",
                                                "EHCPOL": "extended healthcare"}[type_code])),
               "subscriberId": subscriber_id, "beneficiary": self.ref(self.patient_ref),
               "relationship": cc(("http://terminology.hl7.org/CodeSystem/subscriber-relationship", "self", "Self")),
               "period": {"start": start}, "payor": [self.ref(pref)]}
        if plan:
            res["class"] = [{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "plan", "Plan")),
                             "value": plan[0], "name": plan[1]}]
        return self.add(res)

    def related(self, family, given, rel_code, rel_display, gender, phone=None, text=None):
        res = {"resourceType": "RelatedPerson", "id": self._id("rp"), "active": True,
               "patient": self.ref(self.patient_ref),
               "relationship": [cc((ROLECODE, rel_code, rel_display), text=text)],
               "name": [{"family": family, "given": given.split(" ")}], "gender": gender}
        if phone:
            res["telecom"] = [{"system": "phone", "value": phone, "use": "mobile"}]
        return self.add(res)

    # ------------------------------------------------------------ encounters
    def encounter(self, start, cls="AMB", type_text=None, reason=None, pract=None, end=None, status="finished",
                  admit=None, discharge=None, service=None, type_cc=None, org=None, reason_ref=None,
                  priority=None):
        cls_disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                    "HH": "home health", "SS": "short stay"}[cls]
        res = {"resourceType": "Encounter", "id": self._id("enc"), "status": status,
               "class": coding(ACTCODE, cls, cls_disp), "subject": self.ref(self.patient_ref),
               "period": {"start": self.inst(start, "08:30")}, "serviceProvider": self.ref(org or self.org)}
        if end or status == "finished":
            res["period"]["end"] = self.inst(end or start, "17:00" if end else "09:20")
        if type_cc:
            res["type"] = [type_cc]
        elif type_text:
            res["type"] = [cc(text=type_text)]
        if service:
            res["serviceType"] = cc(text=service)
        if priority:
            res["priority"] = cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", priority,
                                  {"EM": "emergency", "R": "routine", "UR": "urgent", "EL": "elective"}[priority]))
        if reason:
            res["reasonCode"] = [reason] if isinstance(reason, dict) else list(reason)
        if reason_ref:
            res["reasonReference"] = [self.ref(r) for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if pract:
            res["participant"] = [{"type": [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "ATND",
                                                 "attender"))], "individual": self.ref(self.P(pract) if not pract.startswith("Practitioner/") else pract)}]
        if admit or discharge:
            res["hospitalization"] = {}
            if admit:
                res["hospitalization"]["admitSource"] = cc(("http://terminology.hl7.org/CodeSystem/admit-source", admit,
                                                            {"emd": "From accident/emergency department",
                                                             "gp": "General Practitioner referral",
                                                             "outp": "From outpatient department",
                                                             "mp": "Medical Practitioner/physician referral"}[admit]))
            if discharge:
                res["hospitalization"]["dischargeDisposition"] = cc(
                    ("http://terminology.hl7.org/CodeSystem/discharge-disposition", discharge,
                     {"home": "Home", "hosp": "Hospice", "other-hcf": "Other healthcare facility"}[discharge]))
        return self.add(res)

    # ------------------------------------------------------------ conditions
    def condition(self, code, onset=None, clinical="active", verification="confirmed", category="problem-list-item",
                  recorded=None, abatement=None, note=None, severity=None, enc=None, asserter=None, stage=None,
                  evidence=None, body_site=None):
        res = {"resourceType": "Condition", "id": self._id("cond"),
               "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-clinical", clinical,
                                     clinical.capitalize())),
               "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/condition-ver-status", verification,
                                         verification.capitalize())),
               "category": [cc(("http://terminology.hl7.org/CodeSystem/condition-category", category,
                                {"problem-list-item": "Problem List Item",
                                 "encounter-diagnosis": "Encounter Diagnosis"}[category]))],
               "code": code, "subject": self.ref(self.patient_ref)}
        res["clinicalStatus"].pop("text", None)
        res["verificationStatus"].pop("text", None)
        if onset:
            res["onsetDateTime"] = onset
        if abatement:
            res["abatementDateTime"] = abatement
        res["recordedDate"] = recorded or onset
        if severity:
            res["severity"] = cc(sct({"mild": "255604002", "moderate": "6736007", "severe": "24484000"}[severity],
                                     severity.capitalize()))
        if enc:
            res["encounter"] = self.ref(enc)
        if asserter:
            res["asserter"] = self.ref(self.P(asserter) if not asserter.startswith(("Practitioner/", "Patient/", "RelatedPerson/")) else asserter)
        if stage:
            res["stage"] = [{"summary": stage}]
        if evidence:
            res["evidence"] = [{"detail": [self.ref(e) for e in evidence]}]
        if body_site:
            res["bodySite"] = [body_site]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    # ------------------------------------------------------------ observations
    def obs(self, code, date, value=None, category="laboratory", enc=None, low=None, high=None, interp_code=None,
            performer=None, note=None, value_string=None, value_cc=None, value_int=None, components=None,
            range_text=None, method=None, status="final", time="08:00", derived=None, issued=True, body_site=None):
        res = {"resourceType": "Observation", "id": self._id("obs"), "status": status,
               "category": [cc((OBSCAT, category, {"laboratory": "Laboratory", "vital-signs": "Vital Signs",
                                                   "survey": "Survey", "exam": "Exam", "imaging": "Imaging",
                                                   "procedure": "Procedure", "social-history": "Social History",
                                                   "therapy": "Therapy", "activity": "Activity"}[category]))],
               "code": code, "subject": self.ref(self.patient_ref), "effectiveDateTime": self.inst(date, time)}
        if issued and category in ("laboratory", "imaging", "procedure"):
            h = int(time[:2]) + 3
            res["issued"] = self.inst(date, f"{min(h, 23):02d}{time[2:]}")
        if enc:
            res["encounter"] = self.ref(enc)
        if performer:
            res["performer"] = [self.ref(p) for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            res["valueQuantity"] = value
        elif value_string is not None:
            res["valueString"] = value_string
        elif value_cc is not None:
            res["valueCodeableConcept"] = value_cc
        elif value_int is not None:
            res["valueInteger"] = value_int
        if components:
            res["component"] = components
        if interp_code is None and value is not None and (low is not None or high is not None):
            v = value["value"]
            interp_code = "H" if (high is not None and v > high) else ("L" if (low is not None and v < low) else "N")
        if interp_code:
            res["interpretation"] = interp(interp_code)
        if low is not None or high is not None or range_text:
            rr = {}
            if low is not None:
                rr["low"] = {k: v for k, v in value.items() if k != "value"} | {"value": low} if value else {"value": low}
            if high is not None:
                rr["high"] = {k: v for k, v in value.items() if k != "value"} | {"value": high} if value else {"value": high}
            if range_text:
                rr["text"] = range_text
            res["referenceRange"] = [rr]
        if method:
            res["method"] = method
        if body_site:
            res["bodySite"] = body_site
        if derived:
            res["derivedFrom"] = [self.ref(d) for d in derived]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def lab(self, key, date, value, enc=None, low=None, high=None, interp_code=None, note=None, time="07:40"):
        lsi, lus, en, hu, lc, si, us = LAB[key]
        unit, ucum, lo, hi = si if self.o["units"] == "SI" else us
        loinc_code = lsi if self.o["units"] == "SI" else lus
        if self.okey == "hu":
            code = cc(lnc(loinc_code, en), self.local("labor", lc, hu), text=hu)
        else:
            code = cc(lnc(loinc_code, en), text=en.split(" [")[0] if key not in ("egfr",) else "eGFR (CKD-EPI 2021)")
        lo = low if low is not None else lo
        hi = high if high is not None else hi
        return self.obs(code, date, qty(value, unit, ucum), enc=enc, low=lo, high=hi, interp_code=interp_code,
                        note=note, time=time)

    def labs(self, date, items, enc=None, panel=None, panel_code=None, conclusion=None, performer=None):
        refs = []
        for it in items:
            key, val = it[0], it[1]
            kw = it[2] if len(it) > 2 else {}
            refs.append(self.lab(key, date, val, enc=enc, **kw))
        if panel:
            self.report(panel_code or cc(text=panel), date, refs, enc=enc, conclusion=conclusion, category="LAB",
                        performer=performer)
        return refs

    def vitals(self, date, sbp=None, dbp=None, hr=None, weight=None, temp=None, spo2=None, rr=None, enc=None,
               height=None, time="08:45"):
        refs = []
        if sbp is not None:
            refs.append(self.obs(cc(lnc("85354-9", "Blood pressure panel with all children optional"),
                                    text="Blood pressure" if self.okey != "hu" else "Vérnyomás"), date,
                                 category="vital-signs", enc=enc, time=time,
                                 components=[{"code": cc(lnc("8480-6", "Systolic blood pressure")),
                                              "valueQuantity": qty(sbp, "mmHg", "mm[Hg]")},
                                             {"code": cc(lnc("8462-4", "Diastolic blood pressure")),
                                              "valueQuantity": qty(dbp, "mmHg", "mm[Hg]")}]))
        if hr is not None:
            refs.append(self.obs(cc(lnc("8867-4", "Heart rate"), text="Pulzus" if self.okey == "hu" else "Heart rate"),
                                 date, qty(hr, "/min"), category="vital-signs", enc=enc, time=time))
        if weight is not None:
            unit = ("kg", "kg") if self.o["units"] == "SI" or self.okey in ("ph",) else ("kg", "kg")
            refs.append(self.obs(cc(lnc("29463-7", "Body weight"), text="Testtömeg" if self.okey == "hu" else "Body weight"),
                                 date, qty(weight, *unit), category="vital-signs", enc=enc, time=time))
        if height is not None:
            refs.append(self.obs(cc(lnc("8302-2", "Body height"), text="Testmagasság" if self.okey == "hu" else "Body height"),
                                 date, qty(height, "cm"), category="vital-signs", enc=enc, time=time))
        if temp is not None:
            refs.append(self.obs(cc(lnc("8310-5", "Body temperature"), text="Testhőmérséklet" if self.okey == "hu" else "Body temperature"),
                                 date, qty(temp, "°C", "Cel"), category="vital-signs", enc=enc, time=time))
        if spo2 is not None:
            refs.append(self.obs(cc(lnc("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"),
                                    text="SpO2"), date, qty(spo2, "%"), category="vital-signs", enc=enc, time=time))
        if rr is not None:
            refs.append(self.obs(cc(lnc("9279-1", "Respiratory rate")), date, qty(rr, "/min"), category="vital-signs",
                                 enc=enc, time=time))
        return refs

    def score(self, code, date, value, unit="{score}", enc=None, performer=None, note=None, low=None, high=None,
              interp_code=None, time="10:00", category="survey", display_unit="score"):
        return self.obs(code, date, qty(value, display_unit, unit), category=category, enc=enc, performer=performer,
                        note=note, low=low, high=high, interp_code=interp_code, time=time)

    def smoking(self, date, status_code, status_disp, pack_years=None, enc=None):
        refs = [self.obs(cc(lnc("72166-2", "Tobacco smoking status")), date, category="social-history",
                         value_cc=cc(sct(status_code, status_disp)), enc=enc)]
        if pack_years is not None:
            refs.append(self.obs(cc(sct("401201003", "Cigarette pack-years"), text="Pack-years"), date,
                                 qty(pack_years, "pack-years", "{pack-years}"), category="social-history", enc=enc))
        return refs

    # ------------------------------------------------------------ reports & notes
    def report(self, code, date, results=None, enc=None, conclusion=None, category="LAB", performer=None,
               conclusion_code=None, status="final", time="07:40"):
        res = {"resourceType": "DiagnosticReport", "id": self._id("dr"), "status": status,
               "category": [cc(("http://terminology.hl7.org/CodeSystem/v2-0074", category,
                                {"LAB": "Laboratory", "RAD": "Radiology", "CT": "CAT Scan", "PAT": "Pathology (gross & histopath, not surgical)",
                                 "CUS": "Cardiac Ultrasound", "EC": "Electrocardiac (e.g., EKG, EEC, Holter)",
                                 "PF": "Pulmonary Function", "NMR": "Nuclear Magnetic Resonance",
                                 "OTH": "Other", "SP": "Surgical Pathology", "GE": "Genetics"}[category]))],
               "code": code, "subject": self.ref(self.patient_ref), "effectiveDateTime": self.inst(date, time),
               "issued": self.inst(date, "15:30")}
        if enc:
            res["encounter"] = self.ref(enc)
        if performer:
            res["performer"] = [self.ref(self.P(performer) if not performer.startswith(("Practitioner/", "Organization/")) else performer)]
        else:
            res["performer"] = [self.ref(self.org)]
        if results:
            res["result"] = [self.ref(r) for r in results]
        if conclusion:
            res["conclusion"] = conclusion
        if conclusion_code:
            res["conclusionCode"] = [conclusion_code]
        return self.add(res)

    NOTE_TYPES = {
        "progress": ("11506-3", "Progress note"),
        "consult": ("11488-4", "Consult note"),
        "discharge": ("18842-5", "Discharge summary"),
        "hp": ("34117-2", "History and physical note"),
        "procedure": ("28570-0", "Procedure note"),
        "imaging": ("18748-4", "Diagnostic imaging study"),
        "pathology": ("11526-1", "Pathology study"),
        "nurse": ("34746-8", "Nurse note"),
    }

    def note(self, date, title, text, kind="progress", author=None, enc=None, lang=None, time="11:00",
             type_cc=None, related=None):
        if type_cc is None:
            code, disp = self.NOTE_TYPES[kind]
            type_cc = cc(lnc(code, disp), text=title)
        res = {"resourceType": "DocumentReference", "id": self._id("doc"), "status": "current", "docStatus": "final",
               "type": type_cc,
               "category": [cc(("http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                "clinical-note", "Clinical Note"))],
               "subject": self.ref(self.patient_ref), "date": self.inst(date, time),
               "description": title,
               "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.o["lang"],
                                           "data": b64(text), "title": title, "creation": self.inst(date, time)}}]}
        if author:
            res["author"] = [self.ref(self.P(author) if not author.startswith(("Practitioner/", "Patient/", "Organization/", "RelatedPerson/")) else author)]
        res["custodian"] = self.ref(self.org)
        if enc or related:
            res["context"] = {}
            if enc:
                res["context"]["encounter"] = [self.ref(enc)]
            if related:
                res["context"]["related"] = [self.ref(r) for r in related]
        return self.add(res)

    def impression(self, date, summary, assessor=None, problems=None, findings=None, status="completed", enc=None,
                   description=None, note=None):
        res = {"resourceType": "ClinicalImpression", "id": self._id("ci"), "status": status,
               "subject": self.ref(self.patient_ref), "effectiveDateTime": self.inst(date, "14:00"),
               "date": self.inst(date, "16:00"), "summary": summary}
        if description:
            res["description"] = description
        if assessor:
            res["assessor"] = self.ref(self.P(assessor))
        if enc:
            res["encounter"] = self.ref(enc)
        if problems:
            res["problem"] = [self.ref(p) for p in problems]
        if findings:
            res["finding"] = [({"itemReference": self.ref(f)} if isinstance(f, str) else {"itemCodeableConcept": f})
                              for f in findings]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    # ------------------------------------------------------------ medications
    def med_request(self, med, authored, status="active", intent="order", dose=None, requester=None, reason=None,
                    reason_ref=None, enc=None, note=None, start=None, end=None, course=None, category=None):
        res = {"resourceType": "MedicationRequest", "id": self._id("mr"), "status": status, "intent": intent,
               "medicationCodeableConcept": med, "subject": self.ref(self.patient_ref), "authoredOn": authored}
        if category:
            res["category"] = [cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", category,
                                   {"outpatient": "Outpatient", "inpatient": "Inpatient", "community": "Community",
                                    "discharge": "Discharge"}[category]))]
        if enc:
            res["encounter"] = self.ref(enc)
        if requester:
            res["requester"] = self.ref(self.P(requester))
        if reason:
            res["reasonCode"] = [reason]
        if reason_ref:
            res["reasonReference"] = [self.ref(r) for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if course:
            res["courseOfTherapyType"] = cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
                                             course, {"continuous": "Continuous long term therapy",
                                                      "acute": "Short course (acute) therapy",
                                                      "seasonal": "Seasonal"}[course]))
        if dose:
            res["dosageInstruction"] = [{"text": dose}]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            res["dispenseRequest"] = {"validityPeriod": vp}
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def med_statement(self, med, start, end=None, status="active", dose=None, reason_ref=None, reason=None,
                      asserted=None, note=None, source=None, status_reason=None):
        res = {"resourceType": "MedicationStatement", "id": self._id("ms"), "status": status,
               "medicationCodeableConcept": med, "subject": self.ref(self.patient_ref),
               "effectivePeriod": {"start": start}, "dateAsserted": asserted or (end or start)}
        if end:
            res["effectivePeriod"]["end"] = end
        if status_reason:
            res["statusReason"] = [cc(text=status_reason)]
        if reason_ref:
            res["reasonReference"] = [self.ref(r) for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if reason:
            res["reasonCode"] = [reason]
        if dose:
            res["dosage"] = [{"text": dose}]
        if source:
            res["informationSource"] = self.ref(source)
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def med_admin(self, med, date, status="completed", dose_text=None, dose=None, performer=None, reason_ref=None,
                  request=None, note=None, enc=None):
        res = {"resourceType": "MedicationAdministration", "id": self._id("ma"), "status": status,
               "medicationCodeableConcept": med, "subject": self.ref(self.patient_ref),
               "effectiveDateTime": self.inst(date, "10:15")}
        if enc:
            res["context"] = self.ref(enc)
        if performer:
            res["performer"] = [{"actor": self.ref(self.P(performer))}]
        if reason_ref:
            res["reasonReference"] = [self.ref(reason_ref)]
        if request:
            res["request"] = self.ref(request)
        if dose_text or dose:
            res["dosage"] = {}
            if dose_text:
                res["dosage"]["text"] = dose_text
            if dose:
                res["dosage"]["dose"] = dose
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    # ------------------------------------------------------------ orders & procedures
    def service_request(self, code, authored, status="active", intent="order", occurrence=None, requester=None,
                        performer=None, reason=None, reason_ref=None, enc=None, note=None, category=None,
                        priority=None, instruction=None, occurrence_period=None):
        res = {"resourceType": "ServiceRequest", "id": self._id("sr"), "status": status, "intent": intent,
               "code": code, "subject": self.ref(self.patient_ref), "authoredOn": self.inst(authored, "13:00")}
        if category:
            res["category"] = [category]
        if priority:
            res["priority"] = priority
        if enc:
            res["encounter"] = self.ref(enc)
        if occurrence:
            res["occurrenceDateTime"] = occurrence
        if occurrence_period:
            res["occurrencePeriod"] = {"start": occurrence_period[0], "end": occurrence_period[1]}
        if requester:
            res["requester"] = self.ref(self.P(requester))
        if performer:
            res["performer"] = [self.ref(self.P(p) if not p.startswith(("Organization/", "Practitioner/")) else p)
                                for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            res["reasonCode"] = [reason] if isinstance(reason, dict) else list(reason)
        if reason_ref:
            res["reasonReference"] = [self.ref(r) for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if instruction:
            res["patientInstruction"] = instruction
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def procedure(self, code, date=None, status="completed", performer=None, reason_ref=None, enc=None, note=None,
                  based_on=None, outcome=None, period=None, body_site=None, category=None, report=None):
        res = {"resourceType": "Procedure", "id": self._id("proc"), "status": status, "code": code,
               "subject": self.ref(self.patient_ref)}
        if category:
            res["category"] = category
        if date:
            res["performedDateTime"] = self.inst(date, "10:00")
        if period:
            res["performedPeriod"] = {"start": self.inst(period[0], "08:00")}
            if period[1]:
                res["performedPeriod"]["end"] = self.inst(period[1], "12:00")
        if based_on:
            res["basedOn"] = [self.ref(b) for b in (based_on if isinstance(based_on, list) else [based_on])]
        if enc:
            res["encounter"] = self.ref(enc)
        if performer:
            res["performer"] = [{"actor": self.ref(self.P(performer) if not performer.startswith(("Organization/", "Practitioner/")) else performer)}]
        if reason_ref:
            res["reasonReference"] = [self.ref(r) for r in (reason_ref if isinstance(reason_ref, list) else [reason_ref])]
        if body_site:
            res["bodySite"] = [body_site]
        if outcome:
            res["outcome"] = cc(text=outcome)
        if report:
            res["report"] = [self.ref(r) for r in (report if isinstance(report, list) else [report])]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def careplan(self, title, created, status="active", intent="plan", category=None, description=None,
                 addresses=None, activities=None, author=None, period_start=None, period_end=None, note=None):
        res = {"resourceType": "CarePlan", "id": self._id("cp"), "status": status, "intent": intent,
               "title": title, "subject": self.ref(self.patient_ref), "created": created}
        if category:
            res["category"] = [category]
        if description:
            res["description"] = description
        if period_start:
            res["period"] = {"start": period_start}
            if period_end:
                res["period"]["end"] = period_end
        if author:
            res["author"] = self.ref(self.P(author))
        if addresses:
            res["addresses"] = [self.ref(a) for a in addresses]
        if activities:
            res["activity"] = []
            for a in activities:
                code, st, desc = a
                d = {"status": st, "description": desc}
                if code:
                    d["code"] = code
                res["activity"].append({"detail": d})
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def appointment(self, start, minutes, status, description, actors, service=None, based_on=None, reason_ref=None,
                    cancel_reason=None):
        res = {"resourceType": "Appointment", "id": self._id("appt"), "status": status, "description": description,
               "start": self.inst(start[:10], start[11:16] if len(start) > 10 else "09:00")}
        h, m = int(res["start"][11:13]), int(res["start"][14:16]) + minutes
        h, m = h + m // 60, m % 60
        res["end"] = res["start"][:11] + f"{h:02d}:{m:02d}" + res["start"][16:]
        if service:
            res["serviceType"] = [cc(text=service)]
        if based_on:
            res["basedOn"] = [self.ref(based_on)]
        if reason_ref:
            res["reasonReference"] = [self.ref(reason_ref)]
        if cancel_reason:
            res["cancelationReason"] = cc(text=cancel_reason)
        res["participant"] = [{"actor": self.ref(self.patient_ref), "status": "accepted"}]
        for a in actors:
            res["participant"].append({"actor": self.ref(self.P(a) if not a.startswith(("Practitioner/", "Organization/")) else a),
                                       "status": "accepted"})
        return self.add(res)

    # ------------------------------------------------------------ patient voice
    def communication(self, sent, text, sender, recipients, status="completed", category_text=None, topic=None,
                      about=None, in_response_to=None, medium="ONLINEWRIT", received=None):
        res = {"resourceType": "Communication", "id": self._id("comm"), "status": status,
               "subject": self.ref(self.patient_ref), "sent": self.inst(sent, "19:42"),
               "sender": self.ref(sender), "recipient": [self.ref(r) for r in recipients],
               "payload": [{"contentString": text}]}
        if received:
            res["received"] = self.inst(received, "08:05")
        if medium:
            res["medium"] = [cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", medium,
                                 {"ONLINEWRIT": "online written", "EMAILWRIT": "email", "PHONE": "telephone",
                                  "WRITTEN": "written"}[medium]))]
        if category_text:
            res["category"] = [cc(text=category_text)]
        if topic:
            res["topic"] = cc(text=topic)
        if about:
            res["about"] = [self.ref(a) for a in about]
        if in_response_to:
            res["inResponseTo"] = [self.ref(in_response_to)]
        return self.add(res)

    def flag(self, code, start, author=None, category="clinical", status="active", end=None, enc=None):
        res = {"resourceType": "Flag", "id": self._id("flag"), "status": status,
               "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", category,
                                {"clinical": "Clinical", "admin": "Administrative", "safety": "Safety",
                                 "behavioral": "Behavioral", "contact": "Subject Contact"}[category]))],
               "code": code, "subject": self.ref(self.patient_ref), "period": {"start": start}}
        if end:
            res["period"]["end"] = end
        if author:
            res["author"] = self.ref(author)
        if enc:
            res["encounter"] = self.ref(enc)
        return self.add(res)

    def questionnaire(self, url, title, items, date):
        res = {"resourceType": "Questionnaire", "id": self._id("q"), "url": url, "version": "2.1", "title": title,
               "status": "active", "date": date, "subjectType": ["Patient"],
               "item": [{"linkId": lid, "text": txt, "type": typ} for lid, txt, typ in items]}
        self.add(res)
        return url + "|2.1"

    def qresponse(self, questionnaire, authored, answers, author=None, enc=None):
        items = []
        for lid, txt, ans in answers:
            items.append({"linkId": lid, "text": txt, "answer": [ans]})
        res = {"resourceType": "QuestionnaireResponse", "id": self._id("qr"), "questionnaire": questionnaire,
               "status": "completed", "subject": self.ref(self.patient_ref), "authored": self.inst(authored, "18:20"),
               "author": self.ref(author or self.patient_ref), "source": self.ref(author or self.patient_ref),
               "item": items}
        if enc:
            res["encounter"] = self.ref(enc)
        return self.add(res)

    # ------------------------------------------------------------ misc
    def family_history(self, rel_code, rel_disp, conditions, note=None, date=None, sex=None):
        res = {"resourceType": "FamilyMemberHistory", "id": self._id("fmh"), "status": "completed",
               "patient": self.ref(self.patient_ref), "relationship": cc((ROLECODE, rel_code, rel_disp)),
               "condition": [dict({"code": c[0]}, **({"note": [{"text": c[1]}]} if len(c) > 1 and c[1] else {}))
                             for c in conditions]}
        if date:
            res["date"] = date
        if sex:
            res["sex"] = cc(("http://hl7.org/fhir/administrative-gender", sex, sex.capitalize()))
        if note:
            res["note"] = [{"text": note}]
        return self.add(res)

    def immunization(self, cvx, display, date, lot=None):
        res = {"resourceType": "Immunization", "id": self._id("imm"), "status": "completed",
               "vaccineCode": cc((CVX, cvx, display)), "patient": self.ref(self.patient_ref),
               "occurrenceDateTime": date, "primarySource": False}
        if lot:
            res["lotNumber"] = lot
        return self.add(res)

    def allergy(self, code, recorded, reaction=None, crit="low"):
        res = {"resourceType": "AllergyIntolerance", "id": self._id("al"),
               "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active")),
               "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
               "category": ["medication"], "criticality": crit, "code": code, "patient": self.ref(self.patient_ref),
               "recordedDate": recorded}
        if reaction:
            res["reaction"] = [{"manifestation": [cc(text=reaction)]}]
        return self.add(res)

    def bundle(self):
        return {"resourceType": "Bundle", "id": self.cid + "-bundle", "type": "transaction", "entry": self.entries}


def med(system, code, display, text=None):
    return cc((system, code, display), text=text or display)


def atc(code, display, text=None):
    return cc((ATC, code, display), text=text or display)


def rxn(code, display, text=None):
    return cc((RXN, code, display), text=text or display)
