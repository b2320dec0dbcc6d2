"""Organisation styles: bases, labs, shared codings."""
import zlib
from fhirlib import Case, cc, txt, q, ref, coding


def h(s):
    return zlib.crc32(s.encode("utf-8"))


ORGS = {
    "A": {"key": "A", "base": "https://fhir.uk-nordheim.example.de/fhir", "idsys": "https://fhir.uk-nordheim.example.de/sid",
          "city": "Nordheim", "country": "DE", "lang": "de-DE", "name": "Universitätsklinikum Nordheim"},
    "B": {"key": "B", "base": "https://ehr.lakeside-neuro.example.com/fhir/R4", "idsys": "https://ehr.lakeside-neuro.example.com/id",
          "city": "Milwaukee", "country": "US", "lang": "en-US", "name": "Lakeside Neurology Associates"},
    "C": {"key": "C", "base": "https://fhir.riverside-whgo.example.org/r4", "idsys": "https://fhir.riverside-whgo.example.org/ids",
          "city": "Columbus", "country": "US", "lang": "en-US", "name": "Riverside Women's Health & Gynecologic Oncology"},
    "D": {"key": "D", "base": "https://fhir.nphcs.example.org/api/R4", "idsys": "https://fhir.nphcs.example.org/identifiers",
          "city": "Fargo", "country": "US", "lang": "en-US", "name": "Northern Plains Veterans Health System"},
}
LOCAL_LAB_A = "https://fhir.uk-nordheim.example.de/CodeSystem/laborkatalog"
VA_PROB = "https://fhir.nphcs.example.org/CodeSystem/vista-problem"
VA_LAB = "https://fhir.nphcs.example.org/CodeSystem/lab-local"
VA_NOTE = "https://fhir.nphcs.example.org/CodeSystem/tiu-note-title"
NEURO_LOCAL = "https://ehr.lakeside-neuro.example.com/CodeSystem/neuro-measures"
WH_LOCAL = "https://fhir.riverside-whgo.example.org/CodeSystem/local-orders"

# key: (loinc, english, german, ucum, low, high, local_a)
LABS = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hämoglobin", "g/dL", None, None, "HB"),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "Leukozyten", "10*3/uL", 4.0, 10.5, "LEUKO"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "Thrombozyten", "10*3/uL", 150, 400, "THRO"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "MCV", "fL", 80, 99, "MCV"),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "Natrium", "mmol/L", 135, 145, "NA"),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "Kalium", "mmol/L", 3.5, 5.1, "K"),
    "crea": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "Kreatinin", "mg/dL", 0.6, 1.2, "KREA"),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "eGFR (CKD-EPI)", "mL/min/{1.73_m2}", 60, None, "EGFR"),
    "glu": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "Glukose", "mg/dL", 70, 99, "GLU"),
    "a1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "HbA1c", "%", 4.0, 5.6, "HBA1C"),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "C-reaktives Protein", "mg/L", None, 5.0, "CRP"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH basal", "m[IU]/L", 0.4, 4.0, "TSH"),
    "ferr": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Ferritin", "ug/L", 30, 300, "FERR"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "ALT (GPT)", "U/L", None, 45, "GPT"),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "AST (GOT)", "U/L", None, 35, "GOT"),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "Kreatinkinase", "U/L", None, 200, "CK"),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "BSG nach Westergren", "mm/h", None, 20, "BSG"),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "LDL-Cholesterin", "mg/dL", None, 130, "LDL"),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA gesamt", "ng/mL", None, 4.0, "PSA"),
    "ca125": ("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma", "CA 125", "U/mL", None, 35, "CA125"),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "Vitamin B12", "pg/mL", 200, 900, "B12"),
    "bnp": ("42637-9", "Natriuretic peptide B [Mass/volume] in Blood", "BNP", "pg/mL", None, 100, "BNP"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumin", "g/dL", 3.5, 5.2, "ALB"),
}
HB_RANGE = {"female": (12.0, 16.0), "male": (13.5, 17.5)}


def lab(c, key, date, v, enc=None, interp=None, note=None, low=None, high=None):
    loinc, en, de, unit, lo, hi, local = LABS[key]
    if key == "hb":
        lo, hi = HB_RANGE[c.pat["gender"]]
    lo = low if low is not None else lo
    hi = high if high is not None else hi
    if c.org["key"] == "A":
        code = cc(("loinc", loinc, en), (LOCAL_LAB_A, local, de), text=de)
    elif c.org["key"] == "D" and key in ("hb", "crea", "a1c", "psa", "ferr", "ck"):
        code = cc(("loinc", loinc, en), (VA_LAB, local.lower(), local), text=local)
    else:
        code = cc(("loinc", loinc, en))
    return c.lab(code, date, v, unit, lo, hi, enc, interp, note)


def base(c, family, given, gender, birth, second_pr=None, payor=None):
    o = c.org
    k = o["key"]
    if k == "A":
        org = c.organization(o["name"], "260530012", cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")))
        c.practitioner(*(second_pr[0] if second_pr else ("Brandt", "Katharina", "Dr. med.", "Fachärztin für Innere Medizin")))
        ins = c.organization(payor or "Nordheimer Betriebskrankenkasse", "108034567",
                             cc(("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company")), prefix="ins")
        c.patient(family, given, gender, birth, f"PID{h(family) % 900000 + 100000}",
                  {"managingOrganization": ref(org)})
        c.coverage(ins, cc(("http://fhir.de/CodeSystem/versicherungsart-de-basis", "GKV", "gesetzliche Krankenversicherung")),
                   "A" + str(h(given) % 900000000 + 100000000), "2015-01-01")
    elif k == "B":
        org = c.organization(o["name"], "NPI-1457390021", cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")))
        c.practitioner(*(second_pr[0] if second_pr else ("Okafor", "Adaeze", "MD", "Neurology")))
        ins = c.organization(payor or "Great Lakes Mutual Health Plan", "GLM-88", cc(("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company")), prefix="ins")
        c.patient(family, given, gender, birth, f"LNA{h(family) % 90000 + 10000}", {"managingOrganization": ref(org)})
        c.coverage(ins, cc((SYS_ACT, "HIP", "health insurance plan policy")), f"GLM{h(given) % 9000000 + 1000000}", "2019-01-01")
    elif k == "C":
        org = c.organization(o["name"], "RWH-001", cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")))
        c.practitioner(*(second_pr[0] if second_pr else ("Lindqvist", "Maren", "MD", "Gynecologic Oncology")))
        ins = c.organization(payor or "Buckeye Commercial Health", "BCH-12", cc(("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company")), prefix="ins")
        c.patient(family, given, gender, birth, f"RW{h(family) % 9000000 + 1000000}", {"managingOrganization": ref(org)})
        c.coverage(ins, cc((SYS_ACT, "HIP", "health insurance plan policy")), f"BCH{h(given) % 9000000 + 1000000}", "2018-07-01")
    else:
        org = c.organization(o["name"], "VISN23-437", cc(("http://terminology.hl7.org/CodeSystem/organization-type", "govt", "Government")))
        c.practitioner(*(second_pr[0] if second_pr else ("Halvorsen", "Erik", "MD", "Primary Care (PACT)")))
        c.patient(family, given, gender, birth, f"{h(family) % 900 + 100}{h(given) % 90 + 10}V{h(birth) % 900000 + 100000}",
                  {"managingOrganization": ref(org)})
        c.coverage(org, cc((SYS_ACT, "PUBLICPOL", "public healthcare"), text="VA Medical Benefits Package, Priority Group 1"),
                   f"VA{h(family + given) % 90000000 + 10000000}", "2009-06-01")
    if second_pr:
        for p in second_pr[1:]:
            c.practitioner(*p)
    return org


SYS_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
