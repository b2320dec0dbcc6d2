"""The four fictitious organisations: how each one names, codes and measures things."""
from fhirlib import (Org, Rec, cc, coding, qty, ref, SCT, SCT_CA, SCT_UK, LOINC, PCLOCD, ICD10CA, ICD10CM,
                     ICD10, V2_0203, V3_ACT, UCUM, DIN, RXNORM, NUCC)

# ---------------------------------------------------------------- check digits


def luhn_digit(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def npi(nine):
    return nine + luhn_digit("80840" + nine)


def ohip(nine):
    return nine + luhn_digit(nine)


def nhs_number(nine):
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    chk = 11 - total % 11
    if chk == 11:
        chk = 0
    if chk == 10:
        raise ValueError("invalid NHS stem " + nine)
    return nine + str(chk)


# ---------------------------------------------------------------- organisations
ORG_A = Org("A", "Northshore Lakes Regional Hospital", "https://fhir.nslrh.example.ca/fhir/R4",
            "-05:00", "-04:00", "https://fhir.nslrh.example.ca/CodeSystem")
ORG_B = Org("B", "Front Range Orthopaedics & Sports Medicine", "https://ehr.frontrange-ortho.example.com/fhir/r4",
            "-07:00", "-06:00", "https://ehr.frontrange-ortho.example.com/fhir/CodeSystem")
ORG_C = Org("C", "Tamarind Vale Endocrinology & Diabetes Centre", "https://api.tvedc.example.org.uk/fhir/R4",
            "+00:00", "+01:00", "https://api.tvedc.example.org.uk/fhir/CodeSystem")
ORG_D = Org("D", "Miami Valley Nephrology & Urology Partners", "https://fhir.mvnu.example.com/api/FHIR/R4",
            "-05:00", "-04:00", "https://fhir.mvnu.example.com/fhir/CodeSystem")
ORGS = {"A": ORG_A, "B": ORG_B, "C": ORG_C, "D": ORG_D}

HCN_ON = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-patient-hcn"
CPSO = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-license-physician"
NPI = "http://hl7.org/fhir/sid/us-npi"
NHS = "https://fhir.nhs.uk/Id/nhs-number"
GMC = "https://fhir.hl7.org.uk/Id/gmc-number"
ODS = "https://fhir.nhs.uk/Id/ods-organization-code"


def mrn(rec, value):
    return {"use": "usual", "type": cc(coding(V2_0203, "MR", "Medical record number")),
            "system": f"{rec.org.base.rsplit('/fhir', 1)[0]}/identifiers/mrn", "value": value}


def qual(code, display, system=V2_0203):
    return cc(coding(system, code, display), text=display)


# ---------------------------------------------------------------- lab catalogues
# key: (codings, text, unit, ucum, low, high)   low/high may be dicts keyed by sex
F_M = lambda f, m: {"female": f, "male": m}  # noqa: E731

LABS_A = {
    "hb": ([("718-7", "Hemoglobin [Mass/volume] in Blood")], "Hemoglobin", "g/L", "g/L", F_M(120, 135), F_M(160, 175)),
    "wbc": ([("6690-2", "Leukocytes [#/volume] in Blood by Automated count")], "WBC", "x10E9/L", "10*9/L", 4.0, 11.0),
    "plt": ([("777-3", "Platelets [#/volume] in Blood by Automated count")], "Platelets", "x10E9/L", "10*9/L", 150, 400),
    "mcv": ([("787-2", "MCV [Entitic volume] by Automated count")], "MCV", "fL", "fL", 80, 100),
    "na": ([("2951-2", "Sodium [Moles/volume] in Serum or Plasma")], "Sodium", "mmol/L", "mmol/L", 135, 145),
    "k": ([("2823-3", "Potassium [Moles/volume] in Serum or Plasma")], "Potassium", "mmol/L", "mmol/L", 3.5, 5.0),
    "cr": ([("14682-9", "Creatinine [Moles/volume] in Serum or Plasma")], "Creatinine", "umol/L", "umol/L", F_M(45, 60), F_M(90, 110)),
    "egfr": ([("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)")],
             "eGFR (CKD-EPI)", "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None),
    "glu": ([("14749-6", "Glucose [Moles/volume] in Serum or Plasma")], "Glucose, random", "mmol/L", "mmol/L", 3.6, 11.0),
    "a1c": ([("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")], "Hemoglobin A1c", "%", "%", None, 6.0),
    "alt": ([("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")], "ALT", "U/L", "U/L", None, 40),
    "alp": ([("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma")], "Alkaline phosphatase", "U/L", "U/L", 40, 130),
    "bili": ([("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma")], "Bilirubin, total", "umol/L", "umol/L", None, 21),
    "alb": ([("1751-7", "Albumin [Mass/volume] in Serum or Plasma")], "Albumin", "g/L", "g/L", 35, 50),
    "tsh": ([("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")], "TSH", "mIU/L", "m[IU]/L", 0.32, 4.0),
    "ferritin": ([("2276-4", "Ferritin [Mass/volume] in Serum or Plasma")], "Ferritin", "ug/L", "ug/L", F_M(15, 30), F_M(247, 400)),
    "crp": ([("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")], "CRP", "mg/L", "mg/L", None, 8.0),
    "esr": ([("4537-7", "Erythrocyte sedimentation rate by Westergren method")], "ESR", "mm/h", "mm/h", None, 20),
    "b12": ([("14685-2", "Cobalamin (Vitamin B12) [Moles/volume] in Serum or Plasma")], "Vitamin B12", "pmol/L", "pmol/L", 148, 620),
    "ldl": ([("39469-2", "Cholesterol in LDL [Moles/volume] in Serum or Plasma by calculation")], "LDL cholesterol", "mmol/L", "mmol/L", None, 3.5),
    "ntprobnp": ([("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")], "NT-proBNP", "ng/L", "ng/L", None, 125),
    "lipase": ([("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma")], "Lipase", "U/L", "U/L", 13, 60),
    "ca199": ([("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma")], "CA 19-9", "U/mL", "U/mL", None, 37),
    "cea": ([("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma")], "CEA", "ug/L", "ug/L", None, 5.0),
    "calpro": ([("38445-3", "Calprotectin [Mass/mass] in Stool")], "Fecal calprotectin", "ug/g", "ug/g", None, 50),
    "ck": ([("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma")], "Creatine kinase", "U/L", "U/L", 30, 200),
    "neut": ([("751-8", "Neutrophils [#/volume] in Blood by Automated count")], "Neutrophils", "x10E9/L", "10*9/L", 2.0, 7.5),
}

LABS_B = {
    "crp": ([("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")], "CRP", "mg/L", "mg/L", None, 10.0),
    "esr": ([("4537-7", "Erythrocyte sedimentation rate by Westergren method")], "ESR", "mm/h", "mm/h", None, F_M(30, 20)),
    "wbc": ([("6690-2", "Leukocytes [#/volume] in Blood by Automated count")], "WBC", "10*3/uL", "10*3/uL", 4.0, 10.5),
    "hb": ([("718-7", "Hemoglobin [Mass/volume] in Blood")], "Hemoglobin", "g/dL", "g/dL", F_M(12.0, 13.5), F_M(15.5, 17.5)),
    "plt": ([("777-3", "Platelets [#/volume] in Blood by Automated count")], "Platelets", "10*3/uL", "10*3/uL", 150, 400),
    "a1c": ([("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")], "Hemoglobin A1c", "%", "%", None, 5.6),
    "vitd": ([("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma")], "Vitamin D, 25-OH", "ng/mL", "ng/mL", 30, 100),
    "urate": ([("3084-1", "Urate [Mass/volume] in Serum or Plasma")], "Uric acid", "mg/dL", "mg/dL", 3.5, 7.2),
    "rf": ([("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma")], "Rheumatoid factor", "IU/mL", "[IU]/mL", None, 14),
    "cr": ([("2160-0", "Creatinine [Mass/volume] in Serum or Plasma")], "Creatinine", "mg/dL", "mg/dL", F_M(0.5, 0.7), F_M(1.0, 1.3)),
    "glu": ([("2345-7", "Glucose [Mass/volume] in Serum or Plasma")], "Glucose", "mg/dL", "mg/dL", 70, 99),
    "ca": ([("17861-6", "Calcium [Mass/volume] in Serum or Plasma")], "Calcium", "mg/dL", "mg/dL", 8.6, 10.3),
    "alp": ([("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma")], "Alkaline phosphatase", "U/L", "U/L", 44, 147),
    "tsh": ([("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")], "TSH", "mIU/L", "m[IU]/L", 0.4, 4.5),
    "inr": ([("6301-6", "INR in Platelet poor plasma by Coagulation assay")], "INR", "{INR}", "{INR}", 0.8, 1.2),
}

LABS_C = {
    "a1c": ([("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol")], "HbA1c (IFCC)", "mmol/mol", "mmol/mol", 20, 41),
    "tsh": ([("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")], "TSH", "mU/L", "m[IU]/L", 0.27, 4.2),
    "ft4": ([("14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma")], "Free T4", "pmol/L", "pmol/L", 12.0, 22.0),
    "ft3": ([("14928-6", "Triiodothyronine (T3) free [Moles/volume] in Serum or Plasma")], "Free T3", "pmol/L", "pmol/L", 3.1, 6.8),
    "cortisol": ([("2143-6", "Cortisol [Mass/volume] in Serum or Plasma")], "Cortisol (09:00)", "nmol/L", "nmol/L", 166, 507),
    "glu": ([("14749-6", "Glucose [Moles/volume] in Serum or Plasma")], "Plasma glucose", "mmol/L", "mmol/L", 3.5, 7.8),
    "fglu": ([("14771-0", "Fasting glucose [Moles/volume] in Serum or Plasma")], "Fasting plasma glucose", "mmol/L", "mmol/L", 3.5, 6.0),
    "cr": ([("14682-9", "Creatinine [Moles/volume] in Serum or Plasma")], "Creatinine", "umol/L", "umol/L", F_M(45, 59), F_M(84, 104)),
    "egfr": ([("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")],
             "eGFR", "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None),
    "na": ([("2951-2", "Sodium [Moles/volume] in Serum or Plasma")], "Sodium", "mmol/L", "mmol/L", 133, 146),
    "k": ([("2823-3", "Potassium [Moles/volume] in Serum or Plasma")], "Potassium", "mmol/L", "mmol/L", 3.5, 5.3),
    "hb": ([("718-7", "Hemoglobin [Mass/volume] in Blood")], "Haemoglobin", "g/L", "g/L", F_M(115, 130), F_M(165, 180)),
    "igf1": ([("2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma")], "IGF-1", "ug/L", "ug/L", 75, 240),
    "ca": ([("2000-8", "Calcium [Moles/volume] in Serum or Plasma")], "Calcium", "mmol/L", "mmol/L", 2.20, 2.60),
    "pth": ([("14866-8", "Parathyrin.intact [Moles/volume] in Serum or Plasma")], "PTH", "pmol/L", "pmol/L", 1.6, 6.9),
    "chol": ([("14647-2", "Cholesterol [Moles/volume] in Serum or Plasma")], "Total cholesterol", "mmol/L", "mmol/L", None, 5.0),
    "tg": ([("3013-0", "Thyroglobulin [Mass/volume] in Serum or Plasma")], "Thyroglobulin", "ug/L", "ug/L", None, 0.2),
    "alt": ([("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")], "ALT", "U/L", "U/L", None, 41),
}

LABS_D = {
    "cr": ([("2160-0", "Creatinine [Mass/volume] in Serum or Plasma")], "Creatinine", "mg/dL", "mg/dL", F_M(0.57, 0.76), F_M(1.00, 1.27)),
    "egfr": ([("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")],
             "eGFR (CKD-EPI 2021)", "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None),
    "bun": ([("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma")], "BUN", "mg/dL", "mg/dL", 8, 27),
    "k": ([("2823-3", "Potassium [Moles/volume] in Serum or Plasma")], "Potassium", "mmol/L", "mmol/L", 3.5, 5.2),
    "na": ([("2951-2", "Sodium [Moles/volume] in Serum or Plasma")], "Sodium", "mmol/L", "mmol/L", 134, 144),
    "co2": ([("2028-9", "Carbon dioxide, total [Moles/volume] in Serum or Plasma")], "CO2, total", "mmol/L", "mmol/L", 20, 29),
    "hb": ([("718-7", "Hemoglobin [Mass/volume] in Blood")], "Hemoglobin", "g/dL", "g/dL", F_M(11.1, 13.0), F_M(15.9, 17.7)),
    "psa": ([("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")], "PSA, total", "ng/mL", "ng/mL", None, 4.0),
    "uacr": ([("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine")], "Urine albumin/creatinine ratio", "mg/g", "mg/g", None, 30),
    "a1c": ([("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")], "Hemoglobin A1c", "%", "%", 4.8, 5.6),
    "phos": ([("2777-1", "Phosphate [Mass/volume] in Serum or Plasma")], "Phosphorus", "mg/dL", "mg/dL", 2.8, 4.1),
    "ca": ([("17861-6", "Calcium [Mass/volume] in Serum or Plasma")], "Calcium", "mg/dL", "mg/dL", 8.7, 10.2),
    "pth": ([("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma")], "PTH, intact", "pg/mL", "pg/mL", 15, 65),
    "urate": ([("3084-1", "Urate [Mass/volume] in Serum or Plasma")], "Uric acid", "mg/dL", "mg/dL", 3.8, 8.4),
    "ferritin": ([("2276-4", "Ferritin [Mass/volume] in Serum or Plasma")], "Ferritin", "ng/mL", "ng/mL", F_M(15, 30), F_M(150, 400)),
    "tsat": ([("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma")], "Transferrin saturation", "%", "%", 15, 55),
    "wbc": ([("6690-2", "Leukocytes [#/volume] in Blood by Automated count")], "WBC", "10*3/uL", "10*3/uL", 3.4, 10.8),
    "ua_rbc": ([("13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field")], "Urine RBC", "/[HPF]", "/[HPF]", None, 2),
    "alb": ([("1751-7", "Albumin [Mass/volume] in Serum or Plasma")], "Albumin", "g/dL", "g/dL", 3.8, 4.9),
    "ntprobnp": ([("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")], "NT-proBNP", "pg/mL", "pg/mL", None, 450),
}

LABS = {"A": LABS_A, "B": LABS_B, "C": LABS_C, "D": LABS_D}


def lab_code(rec, key):
    codes, text = LABS[rec.org.key][key][0], LABS[rec.org.key][key][1]
    cs = []
    for code, disp in codes:
        if rec.org.key == "A":
            cs.append(coding(PCLOCD, code, disp))
        cs.append(coding(LOINC, code, disp))
    return cc(*cs, text=text)


def lab(rec, key, date, value, encounter=None, interp=None, note=None, time="08:30", performer=None):
    codes, text, unit, ucum, low, high = LABS[rec.org.key][key]
    if isinstance(low, dict):
        low = low[rec.sex]
    if isinstance(high, dict):
        high = high[rec.sex]
    return rec.obs(lab_code(rec, key), date, value, unit, ucum, low, high, interp=interp, encounter=encounter,
                   note=note, time=time, performer=performer)


def local_lab(rec, code, display, date, value, unit=None, ucum=None, low=None, high=None, ref_text=None,
              interp=None, encounter=None, note=None, loinc=None, time="08:30", category="laboratory"):
    cs = []
    if loinc:
        cs.append(coding(LOINC, loinc[0], loinc[1]))
    cs.append(coding(rec.org.cs("lab-local"), code, display))
    return rec.obs(cc(*cs, text=display), date, value, unit, ucum, low, high, ref_text=ref_text, interp=interp,
                   encounter=encounter, note=note, time=time, category=category)


PANEL_CODES = {
    "cbc": ("58410-2", "CBC panel - Blood by Automated count", "Complete blood count"),
    "bmp": ("51990-0", "Basic metabolic panel - Blood", "Electrolytes, urea, creatinine"),
    "cmp": ("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma", "Chemistry panel"),
    "lipid": ("57698-3", "Lipid panel with direct LDL - Serum or Plasma", "Lipid profile"),
    "thyroid": ("24348-5", "Free T4 and TSH panel - Serum or Plasma", "Thyroid function"),
    "hepatic": ("24325-3", "Hepatic function 2000 panel - Serum or Plasma", "Liver function"),
    "renal": ("24362-6", "Renal function 2000 panel - Serum or Plasma", "Renal function"),
    "iron": ("75689-5", "Iron panel - Serum or Plasma", "Iron studies"),
}


def panel(rec, kind, date, values, encounter=None, conclusion=None, performer=None, time="08:30"):
    refs = [lab(rec, k, date, v, encounter=encounter, time=time) for k, v in values]
    code, disp, text = PANEL_CODES[kind]
    cs = [coding(LOINC, code, disp)]
    if rec.org.key == "A":
        cs.insert(0, coding(PCLOCD, code, disp))
    rec.report(cc(*cs, text=text), date, results=refs, conclusion=conclusion, performer=performer,
               encounter=encounter, time="11:30")
    return refs


# ---------------------------------------------------------------- per-organisation set-up
def setup_A(rec, site="main"):
    o = rec.organization(
        "Northshore Lakes Regional Hospital",
        identifiers=[{"system": "https://fhir.nslrh.example.ca/NamingSystem/facility", "value": "NSLRH-0417"}],
        address={"line": ["1200 Shoreline Road"], "city": "Parry Sound", "state": "ON", "postalCode": "P2A 1W8", "country": "CA"},
        phone="+1-705-555-0142", type_code=("prov", "Healthcare Provider"))
    payor = rec.organization("Ontario Ministry of Health - OHIP",
                             identifiers=[{"system": "https://fhir.nslrh.example.ca/NamingSystem/payor", "value": "OHIP"}],
                             type_code=("govt", "Government"),
                             address={"city": "Toronto", "state": "ON", "country": "CA"})
    return o, payor


def spec_cc(specialty, version=None):
    if specialty in SPECIALTY_SCT:
        return cc(coding(SCT, *SPECIALTY_SCT[specialty], version=version), text=specialty)
    return cc(text=specialty)


def prac_A(rec, family, given, specialty, cpso, gender=None, nurse=False):
    system = "https://fhir.infoway-inforoute.ca/NamingSystem/ca-on-license-nurse" if nurse else CPSO
    return rec.practitioner(family, given, prefix=None if nurse else "Dr", qual=spec_cc(specialty, SCT_CA),
                            identifiers=[{"system": system, "value": cpso}], gender=gender)


def patient_A(rec, family, given, gender, birth, hcn9, version, mrn_value, city, postal, phone, lang=None):
    ids = [{"use": "official", "type": cc(coding(V2_0203, "JHN", "Jurisdictional health number (Canada)")),
            "system": HCN_ON, "value": ohip(hcn9)},
           mrn(rec, mrn_value)]
    return rec.patient(family, given, gender, birth, ids,
                       {"use": "home", "line": [f"{(int(hcn9[:3]) % 900) + 12} {family} Lane"], "city": city,
                        "state": "ON", "postalCode": postal, "country": "CA"},
                       phone=phone, language=lang)


def coverage_A(rec, payor, hcn9, start="2015-01-01"):
    return rec.coverage(payor, cc(coding(V3_ACT, "PUBLICPOL", "public healthcare"), text="Ontario Health Insurance Plan"),
                        ohip(hcn9), start)


def setup_B(rec):
    o = rec.organization(
        "Front Range Orthopaedics & Sports Medicine",
        identifiers=[{"system": NPI, "value": npi("167284530")}],
        address={"line": ["4410 Arapahoe Avenue", "Suite 200"], "city": "Boulder", "state": "CO", "postalCode": "80303", "country": "US"},
        phone="+1-303-555-0190")
    return o


def payer_B(rec, name, ident):
    return rec.organization(name, identifiers=[{"system": "https://ehr.frontrange-ortho.example.com/identifiers/payer",
                                                "value": ident}], type_code=("ins", "Insurance Company"))


def prac_B(rec, family, given, specialty, npi9, gender=None, prefix="Dr"):
    return rec.practitioner(family, given, prefix=prefix,
                            qual=cc(coding(NUCC, *NUCC_CODES[specialty]), text=specialty),
                            identifiers=[{"system": NPI, "value": npi(npi9)}], gender=gender)


def patient_us(rec, family, given, gender, birth, mrn_value, line, city, state, postal, phone):
    return rec.patient(family, given, gender, birth, [mrn(rec, mrn_value)],
                       {"use": "home", "line": [line], "city": city, "state": state, "postalCode": postal, "country": "US"},
                       phone=phone)


def coverage_us(rec, payor, kind, member_id, start, plan=None):
    types = {"PPO": ("PPO", "preferred provider organization policy"), "HMO": ("HMO", "health maintenance organization policy"),
             "MCR": ("SUBSIDIZ", "subsidized health program"), "POS": ("POS", "point of service policy")}
    code, disp = types[kind]
    label = {"PPO": "Commercial PPO", "HMO": "Commercial HMO", "MCR": "Medicare Part B", "POS": "Point of service"}[kind]
    return rec.coverage(payor, cc(coding(V3_ACT, code, disp), text=label), member_id, start, plan=plan)


def setup_C(rec):
    o = rec.organization(
        "Tamarind Vale Endocrinology & Diabetes Centre",
        identifiers=[{"system": ODS, "value": "RT9E4"}],
        address={"line": ["Tamarind Vale Hospital", "Wellington Road"], "city": "Harrogate", "district": "North Yorkshire",
                 "postalCode": "HG2 7QR", "country": "GB"},
        phone="+44 1423 555 0187")
    return o


def payer_C(rec):
    return rec.organization("NHS England", identifiers=[{"system": ODS, "value": "X24"}], type_code=("govt", "Government"))


def prac_C(rec, family, given, specialty, gmc, gender=None, prefix="Dr"):
    return rec.practitioner(family, given, prefix=prefix,
                            qual=spec_cc(specialty, SCT_UK),
                            identifiers=[{"system": GMC, "value": gmc}] if gmc else None, gender=gender)


def patient_C(rec, family, given, gender, birth, nhs9, hosp_no, line, town, postcode, phone):
    ids = [{"use": "official", "system": NHS, "value": nhs_number(nhs9)}, mrn(rec, hosp_no)]
    return rec.patient(family, given, gender, birth, ids,
                       {"use": "home", "line": [line], "city": town, "postalCode": postcode, "country": "GB"}, phone=phone)


def coverage_C(rec, payer, nhs9, start="2010-01-01"):
    return rec.coverage(payer, cc(coding(V3_ACT, "PUBLICPOL", "public healthcare"), text="NHS"), nhs_number(nhs9), start)


def setup_D(rec):
    o = rec.organization(
        "Miami Valley Nephrology & Urology Partners",
        identifiers=[{"system": NPI, "value": npi("128830461")}],
        address={"line": ["2250 Far Hills Avenue"], "city": "Dayton", "state": "OH", "postalCode": "45419", "country": "US"},
        phone="+1-937-555-0164")
    return o


def payer_D(rec, name, ident):
    return rec.organization(name, identifiers=[{"system": "https://fhir.mvnu.example.com/identifiers/payer", "value": ident}],
                            type_code=("ins", "Insurance Company"))


def prac_D(rec, family, given, specialty, npi9, gender=None, prefix="Dr"):
    return rec.practitioner(family, given, prefix=prefix,
                            qual=cc(coding(NUCC, *NUCC_CODES[specialty]), text=specialty),
                            identifiers=[{"system": NPI, "value": npi(npi9)}], gender=gender)


SPECIALTY_SCT = {
    "Family medicine": ("62247001", "Family medicine specialist"),
    "Cardiology": ("17561000", "Cardiologist"),
    "Gastroenterology": ("71838004", "Gastroenterologist"),
    "Neurology": ("56397003", "Neurologist"),
    "Emergency medicine": ("309294001", "Accident and Emergency doctor"),
    "Respirology": ("41672002", "Respiratory physician"),
    "Dermatology": ("18803008", "Dermatologist"),
    "General surgery": ("304292004", "Surgeon"),
    "Cardiac surgery": ("304292004", "Surgeon"),
    "Endocrine surgery": ("304292004", "Surgeon"),
    "Endocrinology": ("61894003", "Endocrinologist"),
    "Dietitian": ("159033005", "Dietitian"),
    "Psychology": ("59944000", "Psychologist"),
    "Medical oncology": ("309295000", "Clinical oncologist"),
    "Clinical oncology": ("309295000", "Clinical oncologist"),
    "Nurse": ("106292003", "Professional nurse"),
}

NUCC_CODES = {
    "Orthopaedic surgery": ("207X00000X", "Orthopaedic Surgery Physician"),
    "Orthopaedic spine surgery": ("207XS0117X", "Orthopaedic Surgery of the Spine Physician"),
    "Sports medicine": ("207QS0010X", "Sports Medicine (Family Medicine) Physician"),
    "Adult reconstructive orthopaedics": ("207XS0114X", "Adult Reconstructive Orthopaedic Surgery Physician"),
    "Foot and ankle orthopaedics": ("207XX0004X", "Foot and Ankle Surgery Physician"),
    "Hand surgery": ("207XS0106X", "Hand Surgery (Orthopaedic Surgery) Physician"),
    "Physical therapy": ("225100000X", "Physical Therapist"),
    "Physician assistant": ("363A00000X", "Physician Assistant"),
    "Radiology": ("2085R0202X", "Diagnostic Radiology Physician"),
    "Nephrology": ("207RN0300X", "Nephrology Physician"),
    "Urology": ("208800000X", "Urology Physician"),
    "Nurse practitioner": ("363L00000X", "Nurse Practitioner"),
    "Transplant surgery": ("204F00000X", "Transplant Surgery Physician"),
    "Vascular surgery": ("2086S0129X", "Vascular Surgery Physician"),
    "Pathology": ("207ZP0102X", "Anatomic Pathology & Clinical Pathology Physician"),
    "Rheumatology": ("207RR0500X", "Rheumatology Physician"),
    "Oncology": ("207RX0202X", "Medical Oncology Physician"),
    "Hospice and palliative medicine": ("207RH0002X", "Hospice and Palliative Medicine (Internal Medicine) Physician"),
    "Family medicine": ("207Q00000X", "Family Medicine Physician"),
    "Social work": ("1041C0700X", "Clinical Social Worker"),
    "Dietitian": ("133V00000X", "Dietitian, Registered"),
}


# ---------------------------------------------------------------- document types
def doc_type(code, display, text=None):
    return cc(coding(LOINC, code, display), text=text or display)


PROGRESS = ("11506-3", "Progress note")
CONSULT = ("11488-4", "Consult note")
DISCHARGE = ("18842-5", "Discharge summary")
HP = ("34117-2", "History and physical note")
ED_NOTE = ("34111-5", "Emergency department Note")
PROC_NOTE = ("28570-0", "Procedure note")
IMAGING = ("18748-4", "Diagnostic imaging study")
NURSE = ("34746-8", "Nurse Note")
REFERRAL = ("57133-1", "Referral note")
PLAN_OF_CARE = ("18776-5", "Plan of care note")
TELEPHONE = ("34109-9", "Note")
