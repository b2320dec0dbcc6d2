"""Small helpers to write FHIR R4 transaction bundles for the blind-55 evaluation set.

Everything here is plain Python (no third-party packages).  A Case collects resources for one
patient record; org profiles (BR, SG, UK, US) carry the base URL, time zone, language, code
systems and staff roster of each fictitious organisation.  validate() is a structural R4 check
of the resource types and datatypes used in this set (allowed elements, cardinality, required
elements, required-binding codes, date/instant formats, Quantity/UCUM, CodeableConcept shape).
"""
import base64
import re

# ---------------------------------------------------------------- code systems
SCT = "http://snomed.info/sct"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ICD10 = "http://hl7.org/fhir/sid/icd-10"
ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm"
ICD10AM = "http://hl7.org/fhir/sid/icd-10-am"
CID10 = "http://www.saude.gov.br/fhir/r4/CodeSystem/BRCID10"
SIGTAP = "http://www.saude.gov.br/fhir/r4/CodeSystem/BRTabelaSUS"
TOSP = "https://www.moh.gov.sg/fhir/CodeSystem/table-of-surgical-procedures"
CPT = "http://www.ama-assn.org/go/cpt"
RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm"
CVX = "http://hl7.org/fhir/sid/cvx"
V3INT = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"
V3ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
OBSCAT = "http://terminology.hl7.org/CodeSystem/observation-category"
CONDCAT = "http://terminology.hl7.org/CodeSystem/condition-category"
CONDCLIN = "http://terminology.hl7.org/CodeSystem/condition-clinical"
CONDVER = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
V20074 = "http://terminology.hl7.org/CodeSystem/v2-0074"
V20203 = "http://terminology.hl7.org/CodeSystem/v2-0203"
FLAGCAT = "http://terminology.hl7.org/CodeSystem/flag-category"
COMMCAT = "http://terminology.hl7.org/CodeSystem/communication-category"
ACTPRIO = "http://terminology.hl7.org/CodeSystem/v3-ActPriority"
ROLECODE = "http://terminology.hl7.org/CodeSystem/v3-RoleCode"
SUBSCRIBER_REL = "http://terminology.hl7.org/CodeSystem/subscriber-relationship"
DOCCAT = "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category"
ORGTYPE = "http://terminology.hl7.org/CodeSystem/organization-type"
YESNO = "http://terminology.hl7.org/CodeSystem/v2-0136"
LANG = "urn:ietf:bcp:47"


# ---------------------------------------------------------------- datatype helpers
def coding(system, code, display=None):
    c = {"system": system, "code": code}
    if display:
        c["display"] = display
    return c


def cc(*codings, text=None):
    """CodeableConcept from (system, code, display) tuples; text-only when no codings."""
    out = {}
    if codings:
        out["coding"] = [coding(*t) for t in codings]
    if text:
        out["text"] = text
    return out


def cct(text):
    return {"text": text}


def ref(r, display=None):
    out = {"reference": r}
    if display:
        out["display"] = display
    return out


def later(time, hours):
    hh, mm = map(int, time.split(":"))
    t = min(hh * 60 + mm + int(hours * 60), 23 * 60 + 59)
    return f"{t // 60:02d}:{t % 60:02d}"


def qty(value, unit, code=None):
    return {"value": value, "unit": unit, "system": UCUM, "code": code if code is not None else unit}


# ---------------------------------------------------------------- lab catalogue
# key: (loinc, display, ucum, low, high, sex-specific {"male": (lo,hi), "female": (lo,hi)} or None)
LABS = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 12.0, 16.0, {"male": (13.0, 17.0), "female": (12.0, 15.5)}),
    "hb_gl": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", 120, 160, {"male": (130, 170), "female": (120, 150)}),
    "wbc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*3/uL", 4.0, 11.0, None),
    "wbc_gl": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L", 4.0, 11.0, None),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*3/uL", 150, 400, None),
    "plt_gl": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L", 150, 400, None),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", 80, 100, None),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ng/mL", 15, 150, {"male": (30, 400), "female": (15, 150)}),
    "ferritin_ugl": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", 15, 150, {"male": (30, 400), "female": (15, 150)}),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", 20, 50, None),
    "iron": ("2498-4", "Iron [Mass/volume] in Serum or Plasma", "ug/dL", 60, 170, None),
    "b12": ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "pg/mL", 200, 900, None),
    "creat": ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", 0.6, 1.2, {"male": (0.7, 1.3), "female": (0.5, 1.1)}),
    "creat_umol": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", 45, 110, {"male": (60, 110), "female": (45, 90)}),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/{1.73_m2}", 60, None, None),
    "urea": ("3091-6", "Urea [Mass/volume] in Serum or Plasma", "mg/dL", 15, 45, None),
    "urea_mmol": ("22664-7", "Urea [Moles/volume] in Serum or Plasma", "mmol/L", 2.5, 7.8, None),
    "na": ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L", 135, 145, None),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", 3.5, 5.1, None),
    "glucose": ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 99, None),
    "glucose_mmol": ("14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L", 3.9, 6.0, None),
    "hba1c": ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 4.0, 5.6, None),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", 0.4, 4.0, None),
    "ft4": ("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "ng/dL", 0.8, 1.8, None),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", 0, 5, None),
    "esr": ("4537-7", "Erythrocyte sedimentation rate by Westergren method", "mm/h", 0, 20, None),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 41, None),
    "ast": ("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 40, None),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 40, 130, None),
    "ggt": ("2324-2", "Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 0, 60, None),
    "bili": ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "mg/dL", 0.2, 1.2, None),
    "bili_umol": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", 0, 21, None),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/dL", 3.5, 5.0, None),
    "alb_gl": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", 35, 50, None),
    "protein": ("2885-2", "Protein [Mass/volume] in Serum or Plasma", "g/dL", 6.0, 8.3, None),
    "ca": ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "mg/dL", 8.5, 10.5, None),
    "ck": ("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 30, 200, None),
    "psa": ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ng/mL", 0, 4.0, None),
    "inr": ("6301-6", "INR in Platelet poor plasma by Coagulation assay", "{INR}", 0.8, 1.2, None),
    "calpro": ("38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g", 0, 50, None),
    "ntprobnp": ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "pg/mL", 0, 125, None),
    "trop": ("10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma", "ng/mL", 0, 0.04, None),
    "ddimer": ("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", "ng/mL{FEU}", 0, 500, None),
    "ttg": ("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum", "U/mL", 0, 7, None),
    "ldl": ("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "mg/dL", 0, 130, None),
    "ldl_mmol": ("22748-8", "Cholesterol in LDL [Moles/volume] in Serum or Plasma", "mmol/L", 0, 3.4, None),
    "chol": ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 0, 200, None),
    "pth": ("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "pg/mL", 15, 65, None),
    "phos": ("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", "mg/dL", 2.5, 4.5, None),
    "uacr": ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "mg/g", 0, 30, None),
    "ceruloplasmin": ("2064-7", "Ceruloplasmin [Mass/volume] in Serum or Plasma", "mg/dL", 20, 35, None),
    "ca199": ("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "U/mL", 0, 37, None),
    "cea": ("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "ng/mL", 0, 5.0, None),
    "ldh": ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", "U/L", 140, 280, None),
    "vitd": ("1989-3", "Cholecalciferol (Vitamin D3) [Mass/volume] in Serum or Plasma", "ng/mL", 30, 100, None),
    "uric": ("3084-1", "Urate [Mass/volume] in Serum or Plasma", "mg/dL", 3.5, 7.2, None),
}


# ---------------------------------------------------------------- organisation profiles
class Org:
    def __init__(self, key, base, tz, lang, roster, orgs):
        self.key, self.base, self.tz, self.lang = key, base, tz, lang
        self.roster = roster      # key -> dict(given, family, prefix, qual, ident)
        self.orgs = orgs          # key -> dict(name, type, ident, address, alias)


BR = Org(
    "br", "https://fhir.hrsantaluzia.example/r4", "-03:00", "pt-BR",
    {
        "mfc": dict(prefix="Dr.", given=["Carlos", "Eduardo"], family="Nascimento", qual="Medicina de Família e Comunidade", ident=("https://portal.cfm.org.br/crm-ba", "18422")),
        "clin": dict(prefix="Dra.", given=["Fernanda", "Oliveira"], family="Matos", qual="Clínica Médica", ident=("https://portal.cfm.org.br/crm-ba", "20913")),
        "cardio": dict(prefix="Dr.", given=["Rogério", "Almeida"], family="Pires", qual="Cardiologia", ident=("https://portal.cfm.org.br/crm-ba", "14377")),
        "cirg": dict(prefix="Dr.", given=["Marcelo", "Tavares"], family="Cunha", qual="Cirurgia Geral", ident=("https://portal.cfm.org.br/crm-ba", "16208")),
        "ccv": dict(prefix="Dra.", given=["Luciana", "Barreto"], family="Sampaio", qual="Cirurgia Cardiovascular", ident=("https://portal.cfm.org.br/crm-ba", "13950")),
        "hepato": dict(prefix="Dr.", given=["Paulo", "Henrique"], family="Lacerda", qual="Gastroenterologia - Hepatologia", ident=("https://portal.cfm.org.br/crm-ba", "17761")),
        "nefro": dict(prefix="Dra.", given=["Juliana", "Rocha"], family="Viana", qual="Nefrologia", ident=("https://portal.cfm.org.br/crm-ba", "19034")),
        "neuro": dict(prefix="Dr.", given=["André", "Luiz"], family="Fontes", qual="Neurologia", ident=("https://portal.cfm.org.br/crm-ba", "15582")),
        "orto": dict(prefix="Dr.", given=["Gustavo", "Meireles"], family="Prado", qual="Ortopedia e Traumatologia", ident=("https://portal.cfm.org.br/crm-ba", "21117")),
        "endo": dict(prefix="Dra.", given=["Beatriz", "Couto"], family="Amaral", qual="Endocrinologia e Metabologia", ident=("https://portal.cfm.org.br/crm-ba", "18890")),
        "enf": dict(prefix="Enf.", given=["Tatiane", "Souza"], family="Reis", qual="Enfermagem", ident=("https://portal.cofen.gov.br/coren-ba", "402771")),
        "reg": dict(prefix="Dr.", given=["Sérgio"], family="Dantas", qual="Médico Regulador", ident=("https://portal.cfm.org.br/crm-ba", "12046")),
    },
    {
        "hosp": dict(name="Hospital Regional Santa Luzia", alias="HRSL", type="prov", ident=("http://www.saude.gov.br/fhir/r4/NamingSystem/cnes", "2794516"),
                     address=dict(line=["Avenida Olívia Flores, 1200"], city="Vitória da Conquista", state="BA", postalCode="45028-610", country="BR"), phone="+55 77 3420-8800"),
        "ubs": dict(name="UBS Jardim Valéria - Unidade Básica de Saúde", alias="UBS Jardim Valéria", type="prov", ident=("http://www.saude.gov.br/fhir/r4/NamingSystem/cnes", "6630312"),
                    address=dict(line=["Rua das Palmeiras, 85"], city="Vitória da Conquista", state="BA", postalCode="45055-020", country="BR"), phone="+55 77 3424-1190"),
        "reg": dict(name="Central Estadual de Regulação - Núcleo Regional Sudoeste", alias="CER Sudoeste", type="govt", ident=("http://www.saude.gov.br/fhir/r4/NamingSystem/cnes", "7058210"),
                    address=dict(line=["Rua Ernesto Dantas, 410"], city="Vitória da Conquista", state="BA", postalCode="45020-000", country="BR"), phone="+55 77 3422-6300"),
        "payer": dict(name="Sistema Único de Saúde - Ministério da Saúde", alias="SUS", type="govt", ident=("http://www.saude.gov.br/fhir/r4/NamingSystem/cnpj", "00394544000185"),
                      address=dict(line=["Esplanada dos Ministérios, Bloco G"], city="Brasília", state="DF", postalCode="70058-900", country="BR"), phone=None),
    },
)

SG = Org(
    "sg", "https://fhir.kallangriver-gh.example/r4", "+08:00", "en-SG",
    {
        "fp": dict(prefix="Dr", given=["Wei Ling"], family="Tan", qual="Family Medicine", ident=("https://www.healthprofessionals.gov.sg/smc", "M14822J")),
        "fp2": dict(prefix="Dr", given=["Ahmad", "Faisal"], family="bin Osman", qual="Family Medicine", ident=("https://www.healthprofessionals.gov.sg/smc", "M17705C")),
        "gi": dict(prefix="Dr", given=["Rajesh"], family="Kumar", qual="Gastroenterology", ident=("https://www.healthprofessionals.gov.sg/smc", "M09931B")),
        "rheum": dict(prefix="Dr", given=["Nurul", "Huda"], family="binte Ahmad", qual="Rheumatology", ident=("https://www.healthprofessionals.gov.sg/smc", "M13380E")),
        "ortho": dict(prefix="Dr", given=["Boon", "Keat"], family="Lim", qual="Orthopaedic Surgery", ident=("https://www.healthprofessionals.gov.sg/smc", "M08814H")),
        "onco": dict(prefix="Dr", given=["Mei", "Xin"], family="Chua", qual="Medical Oncology", ident=("https://www.healthprofessionals.gov.sg/smc", "M12207A")),
        "pall": dict(prefix="Dr", given=["Siti", "Aminah"], family="binte Yusof", qual="Palliative Medicine", ident=("https://www.healthprofessionals.gov.sg/smc", "M15561G")),
        "uro": dict(prefix="Dr", given=["Gopal"], family="Krishnan", qual="Urology", ident=("https://www.healthprofessionals.gov.sg/smc", "M10472D")),
        "psych": dict(prefix="Dr", given=["Jia", "Hui"], family="Ong", qual="Psychiatry", ident=("https://www.healthprofessionals.gov.sg/smc", "M16093K")),
        "endo": dict(prefix="Dr", given=["Kah", "Wai"], family="Lee", qual="Endocrinology", ident=("https://www.healthprofessionals.gov.sg/smc", "M11156F")),
        "renal": dict(prefix="Dr", given=["Farhan"], family="bin Ismail", qual="Renal Medicine", ident=("https://www.healthprofessionals.gov.sg/smc", "M13924B")),
        "cardio": dict(prefix="Dr", given=["Seng", "Huat"], family="Koh", qual="Cardiology", ident=("https://www.healthprofessionals.gov.sg/smc", "M07718C")),
        "resp": dict(prefix="Dr", given=["Li", "Ping"], family="Yeo", qual="Respiratory Medicine", ident=("https://www.healthprofessionals.gov.sg/smc", "M14460A")),
        "geri": dict(prefix="Dr", given=["Hui", "Min"], family="Goh", qual="Geriatric Medicine", ident=("https://www.healthprofessionals.gov.sg/smc", "M12871E")),
        "nurse": dict(prefix="SN", given=["Priya"], family="d/o Raman", qual="Registered Nurse", ident=("https://www.healthprofessionals.gov.sg/snb", "R221847")),
        "acp": dict(prefix="Ms", given=["Joanne"], family="Sim", qual="ACP Facilitator (Medical Social Worker)", ident=("https://www.kallangriver-gh.example/staff", "MSW-0419")),
    },
    {
        "hosp": dict(name="Kallang River General Hospital", alias="KRGH", type="prov", ident=("https://www.kallangriver-gh.example/hci", "KRGH01"),
                     address=dict(line=["21 Kallang Riverside Road"], city="Singapore", postalCode="339772", country="SG"), phone="+65 6555 0100"),
        "poly": dict(name="Sengkang Riverside Polyclinic", alias="SRP", type="prov", ident=("https://www.kallangriver-gh.example/hci", "SRPC02"),
                     address=dict(line=["8 Rivervale Crescent #01-10"], city="Singapore", postalCode="545082", country="SG"), phone="+65 6555 0200"),
        "hospice": dict(name="Eastside Home Hospice", alias=None, type="prov", ident=("https://www.kallangriver-gh.example/hci", "EHH07"),
                        address=dict(line=["12 Simei Street 3"], city="Singapore", postalCode="529895", country="SG"), phone="+65 6555 0700"),
        "payer": dict(name="MediShield Life / MediSave (CPF Board)", alias="MediShield Life", type="govt", ident=("https://www.kallangriver-gh.example/payer", "MSHL"),
                      address=dict(line=["238B Thomson Road"], city="Singapore", postalCode="307685", country="SG"), phone=None),
    },
)

UK = Org(
    "uk", "https://fhir.staldhelms-ibd.example/r4", "+00:00", "en-GB",
    {
        "gp": dict(prefix="Dr", given=["Hannah"], family="Whitfield", qual="General Practitioner", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "7034561")),
        "ibd1": dict(prefix="Dr", given=["Oliver"], family="Pennington", qual="Consultant Gastroenterologist (IBD lead)", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "6092218")),
        "ibd2": dict(prefix="Dr", given=["Aisha"], family="Rahman", qual="Consultant Gastroenterologist", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "7120094")),
        "cns": dict(prefix="Sister", given=["Claire"], family="Dunmore", qual="IBD Clinical Nurse Specialist", ident=("https://fhir.hl7.org.uk/Id/nmc-number", "02A1377E")),
        "crs": dict(prefix="Mr", given=["James"], family="Holloway", qual="Consultant Colorectal Surgeon", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "5198840")),
        "onc": dict(prefix="Dr", given=["Sarah"], family="McAllister", qual="Consultant Clinical Oncologist", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "6611472")),
        "path": dict(prefix="Dr", given=["Rupert"], family="Ames", qual="Consultant Histopathologist", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "4987731")),
        "rad": dict(prefix="Dr", given=["Nikhil"], family="Varma", qual="Consultant GI Radiologist", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "7245108")),
        "pall": dict(prefix="Dr", given=["Fiona"], family="Garside", qual="Consultant in Palliative Medicine", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "6320915")),
        "diet": dict(prefix="Ms", given=["Rachel"], family="Okoro", qual="Specialist IBD Dietitian", ident=("https://fhir.hl7.org.uk/Id/hcpc-number", "DT041182")),
        "extonc": dict(prefix="Prof", given=["Michael"], family="Brandt", qual="Consultant Medical Oncologist, Wessex Regional Cancer Centre", ident=("https://fhir.hl7.org.uk/Id/gmc-number", "4421907")),
    },
    {
        "hosp": dict(name="St Aldhelm's University Hospital NHS Foundation Trust - IBD and Colorectal Surgery Service", alias="St Aldhelm's IBD Unit", type="prov",
                     ident=("https://fhir.nhs.uk/Id/ods-organization-code", "RXQ9A"),
                     address=dict(line=["Aldhelm Road"], city="Sherborne", district="Dorset", postalCode="DT9 4QX", country="GB"), phone="+44 1935 550100"),
        "gp": dict(name="Marsh Lane Surgery", alias=None, type="prov", ident=("https://fhir.nhs.uk/Id/ods-organization-code", "J81652"),
                   address=dict(line=["14 Marsh Lane"], city="Yeovil", district="Somerset", postalCode="BA21 3PL", country="GB"), phone="+44 1935 550400"),
        "tert": dict(name="Wessex Regional Cancer Centre", alias=None, type="prov", ident=("https://fhir.nhs.uk/Id/ods-organization-code", "RHM7C"),
                     address=dict(line=["Tremona Road"], city="Southampton", postalCode="SO16 6YD", country="GB"), phone="+44 23 8055 0900"),
        "payer": dict(name="NHS England", alias="NHS", type="govt", ident=("https://fhir.nhs.uk/Id/ods-organization-code", "X24"),
                      address=dict(line=["Wellington House, 133-155 Waterloo Road"], city="London", postalCode="SE1 8UG", country="GB"), phone=None),
    },
)

US = Org(
    "us", "https://fhir.lakeshorederm.example/r4", "-05:00", "en-US",
    {
        "derm1": dict(prefix="Dr.", given=["Rebecca"], family="Chen", suffix="MD", qual="Dermatology", ident=("http://hl7.org/fhir/sid/us-npi", "1487612093")),
        "derm2": dict(prefix="Dr.", given=["Marcus"], family="Delgado", suffix="MD", qual="Micrographic Dermatologic Surgery (Mohs)", ident=("http://hl7.org/fhir/sid/us-npi", "1639274018")),
        "derm3": dict(prefix="Dr.", given=["Anjali"], family="Mehta", suffix="MD", qual="Dermatology", ident=("http://hl7.org/fhir/sid/us-npi", "1295837461")),
        "dermpath": dict(prefix="Dr.", given=["Priya"], family="Natarajan", suffix="MD", qual="Dermatopathology", ident=("http://hl7.org/fhir/sid/us-npi", "1720498365")),
        "pa": dict(prefix=None, given=["Kelly"], family="Brennan", suffix="PA-C", qual="Physician Assistant, Dermatology", ident=("http://hl7.org/fhir/sid/us-npi", "1558302741")),
        "onc": dict(prefix="Dr.", given=["David"], family="Okafor", suffix="MD", qual="Medical Oncology", ident=("http://hl7.org/fhir/sid/us-npi", "1366720984")),
        "pcp": dict(prefix="Dr.", given=["Susan"], family="Whitaker", suffix="MD", qual="Internal Medicine", ident=("http://hl7.org/fhir/sid/us-npi", "1902845573")),
        "extpath": dict(prefix="Dr.", given=["Thomas"], family="Reinholt", suffix="MD", qual="Dermatopathology (external consultation)", ident=("http://hl7.org/fhir/sid/us-npi", "1184029356")),
        "surgonc": dict(prefix="Dr.", given=["Laura"], family="Kim", suffix="MD", qual="Surgical Oncology", ident=("http://hl7.org/fhir/sid/us-npi", "1609318842")),
        "ma": dict(prefix=None, given=["Tasha"], family="Greene", suffix="CMA", qual="Certified Medical Assistant, front desk", ident=("https://www.lakeshorederm.example/staff", "MA-2231")),
    },
    {
        "hosp": dict(name="Lakeshore Dermatology & Skin Cancer Center", alias="Lakeshore Derm", type="prov", ident=("http://hl7.org/fhir/sid/us-npi", "1063597214"),
                     address=dict(line=["2400 Lakeshore Boulevard, Suite 300"], city="Cleveland", state="OH", postalCode="44114", country="US"), phone="+1 216-555-0140"),
        "lab": dict(name="Lakeshore Dermatopathology Laboratory", alias=None, type="prov", ident=("http://hl7.org/fhir/sid/us-npi", "1851406627"),
                    address=dict(line=["2400 Lakeshore Boulevard, Suite 120"], city="Cleveland", state="OH", postalCode="44114", country="US"), phone="+1 216-555-0177"),
        "pcp": dict(name="Erie Valley Internal Medicine", alias=None, type="prov", ident=("http://hl7.org/fhir/sid/us-npi", "1427083315"),
                    address=dict(line=["815 Detroit Avenue"], city="Lakewood", state="OH", postalCode="44107", country="US"), phone="+1 216-555-0263"),
        "ext": dict(name="Great Lakes University Dermatopathology Consultation Service", alias=None, type="prov", ident=("http://hl7.org/fhir/sid/us-npi", "1932750418"),
                    address=dict(line=["11100 Euclid Avenue"], city="Cleveland", state="OH", postalCode="44106", country="US"), phone="+1 216-555-0811"),
        "hospice": dict(name="Cuyahoga Valley Hospice Care", alias=None, type="prov", ident=("http://hl7.org/fhir/sid/us-npi", "1740286519"),
                        address=dict(line=["4800 Chippewa Road"], city="Brecksville", state="OH", postalCode="44141", country="US"), phone="+1 440-555-0399"),
        "commercial": dict(name="Buckeye Mutual Health Plan", alias=None, type="pay", ident=("https://www.lakeshorederm.example/payer-id", "BMHP-34117"),
                           address=dict(line=["100 East Broad Street"], city="Columbus", state="OH", postalCode="43215", country="US"), phone="+1 800-555-0190"),
        "medicare": dict(name="Centers for Medicare & Medicaid Services", alias="Medicare", type="govt", ident=("https://www.lakeshorederm.example/payer-id", "MEDICARE-OH"),
                         address=dict(line=["7500 Security Boulevard"], city="Baltimore", state="MD", postalCode="21244", country="US"), phone=None),
    },
)

ORG_TYPE_DISPLAY = {"prov": "Healthcare Provider", "govt": "Government", "pay": "Payer", "ins": "Insurance Company"}


# ---------------------------------------------------------------- the case builder
class Case:
    def __init__(self, cid, org):
        self.cid = cid
        self.org = org
        self.entries = []
        self.n = {}
        self.pat = f"Patient/{cid}"
        self._org_refs = {}
        self._prac_refs = {}
        self.sex = None

    # ---- basics
    def _id(self, prefix):
        self.n[prefix] = self.n.get(prefix, 0) + 1
        return f"{self.cid}-{prefix}{self.n[prefix]}"

    def _new(self, rt, prefix, fields, rid=None):
        res = {"resourceType": rt, "id": rid or self._id(prefix)}
        for k, v in fields.items():
            if v is not None and v != [] and v != {}:
                res[k] = v
        self.entries.append(res)
        return f"{rt}/{res['id']}"

    def dt(self, date, time="09:00"):
        if "T" in date:
            return date
        return f"{date}T{time}:00{self.org.tz}"

    def P(self):
        return ref(self.pat)

    # ---- organisations and staff
    def organization(self, key):
        if key in self._org_refs:
            return self._org_refs[key]
        o = self.org.orgs[key]
        addr = {k: v for k, v in o["address"].items()}
        addr = {"use": "work", "type": "physical", **addr}
        fields = {
            "identifier": [{"system": o["ident"][0], "value": o["ident"][1]}],
            "active": True,
            "type": [cc((ORGTYPE, o["type"], ORG_TYPE_DISPLAY[o["type"]]))],
            "name": o["name"],
            "alias": [o["alias"]] if o.get("alias") else None,
            "telecom": [{"system": "phone", "value": o["phone"], "use": "work"}] if o.get("phone") else None,
            "address": [addr],
        }
        r = self._new("Organization", "org-", fields, rid=f"{self.cid}-org-{key}")
        self._org_refs[key] = r
        return r

    def O(self, key):
        return ref(self.organization(key), self.org.orgs[key]["name"])

    def practitioner(self, key):
        if key in self._prac_refs:
            return self._prac_refs[key]
        p = self.org.roster[key]
        name = {"use": "official", "family": p["family"], "given": p["given"]}
        if p.get("prefix"):
            name["prefix"] = [p["prefix"]]
        if p.get("suffix"):
            name["suffix"] = [p["suffix"]]
        fields = {
            "identifier": [{"system": p["ident"][0], "value": p["ident"][1]}],
            "active": True,
            "name": [name],
            "qualification": [{"code": cct(p["qual"])}],
        }
        r = self._new("Practitioner", "pr-", fields, rid=f"{self.cid}-pr-{key}")
        self._prac_refs[key] = r
        return r

    def pname(self, key):
        p = self.org.roster[key]
        bits = ([p["prefix"]] if p.get("prefix") else []) + p["given"] + [p["family"]]
        s = " ".join(bits)
        if p.get("suffix"):
            s += ", " + p["suffix"]
        return s

    def D(self, key):
        return ref(self.practitioner(key), self.pname(key))

    # ---- patient and administrative
    def patient(self, given, family, gender, birth, identifiers=(), phone=None, address=None,
                lang=None, marital=None, gp_key=None, org_key="hosp", extra=None):
        self.sex = gender
        fields = {
            "identifier": [dict(i) for i in identifiers],
            "active": True,
            "name": [{"use": "official", "family": family, "given": given}],
            "telecom": [{"system": "phone", "value": phone, "use": "mobile"}] if phone else None,
            "gender": gender,
            "birthDate": birth,
            "address": [{"use": "home", **address}] if address else None,
            "maritalStatus": marital,
            "communication": [{"language": cc((LANG, l[0], l[1])), "preferred": i == 0} for i, l in enumerate(lang or [])] or None,
            "generalPractitioner": [self.D(gp_key)] if gp_key else None,
            "managingOrganization": self.O(org_key),
        }
        if extra:
            fields.update(extra)
        self._new("Patient", "", fields, rid=self.cid)
        return self.pat

    def coverage(self, payer_key, type_cc, subscriber_id=None, start=None, cls=None, end=None):
        fields = {
            "status": "active",
            "type": type_cc,
            "subscriberId": subscriber_id,
            "beneficiary": self.P(),
            "relationship": cc((SUBSCRIBER_REL, "self", "Self")),
            "period": {k: v for k, v in (("start", start), ("end", end)) if v} or None,
            "payor": [self.O(payer_key)],
            "class": cls,
        }
        return self._new("Coverage", "cov-", fields)

    def related_person(self, given, family, rel_code, rel_display, phone=None, text=None, lang=None):
        fields = {
            "active": True,
            "patient": self.P(),
            "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", rel_code, rel_display), text=text)],
            "name": [{"family": family, "given": given}],
            "telecom": [{"system": "phone", "value": phone, "use": "mobile"}] if phone else None,
            "communication": [{"language": cc((LANG, lang[0], lang[1]))}] if lang else None,
        }
        return self._new("RelatedPerson", "rp-", fields)

    def encounter(self, date, cls="AMB", type_text=None, type_cc=None, reason=None, prac=None, org="hosp",
                  status="finished", end=None, time="09:00", end_time=None, priority=None, appointment=None,
                  hospitalization=None, reason_ref=None, service_type=None, diagnosis=None, part_of=None):
        cls_disp = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual", "HH": "home health", "SS": "short stay", "OBSENC": "observation encounter", "PRENC": "pre-admission"}[cls]
        if status == "planned":
            period = {"start": self.dt(date, time)}
        else:
            if end is None:
                hh, mm = map(int, time.split(":"))
                et = end_time or f"{min(hh + 1, 23):02d}:{mm:02d}"
                period = {"start": self.dt(date, time), "end": self.dt(date, et)}
            else:
                period = {"start": self.dt(date, time), "end": self.dt(end, end_time or "11:00")}
        pr = prac if isinstance(prac, (list, tuple)) else ([prac] if prac else [])
        fields = {
            "status": status,
            "class": coding(V3ACT, cls, cls_disp),
            "type": [type_cc] if type_cc else ([cct(type_text)] if type_text else None),
            "serviceType": service_type,
            "priority": priority,
            "subject": self.P(),
            "participant": [{"individual": self.D(k)} for k in pr] or None,
            "appointment": [ref(a) for a in appointment] if appointment else None,
            "period": period,
            "reasonCode": reason,
            "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
            "diagnosis": diagnosis,
            "hospitalization": hospitalization,
            "serviceProvider": self.O(org),
            "partOf": ref(part_of) if part_of else None,
        }
        return self._new("Encounter", "enc-", fields)

    def appointment(self, start, status, description, prac, minutes=20, created=None, service_text=None, time="09:00"):
        s = self.dt(start, time)
        hh, mm = map(int, time.split(":"))
        tot = hh * 60 + mm + minutes
        e = self.dt(start, f"{tot // 60:02d}:{tot % 60:02d}")
        fields = {
            "status": status,
            "serviceType": [cct(service_text)] if service_text else None,
            "description": description,
            "start": s,
            "end": e,
            "minutesDuration": minutes,
            "created": created,
            "participant": [
                {"actor": self.P(), "status": "accepted"},
                {"actor": self.D(prac), "status": "accepted"},
            ],
        }
        return self._new("Appointment", "appt-", fields)

    # ---- clinical
    def condition(self, code, onset=None, recorded=None, clinical="active", verification="confirmed",
                  category="problem-list-item", enc=None, abatement=None, note=None, severity=None,
                  recorder=None, asserter=None, body_site=None, stage=None, evidence=None, onset_string=None):
        cat_disp = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}[category]
        fields = {
            "clinicalStatus": cc((CONDCLIN, clinical, clinical.capitalize())) if clinical else None,
            "verificationStatus": cc((CONDVER, verification, verification.capitalize())),
            "category": [cc((CONDCAT, category, cat_disp))],
            "severity": severity,
            "code": code,
            "bodySite": body_site,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
            "onsetDateTime": onset if onset and not onset_string else None,
            "onsetString": onset_string,
            "abatementDateTime": abatement,
            "recordedDate": recorded or onset,
            "recorder": self.D(recorder) if recorder else None,
            "asserter": self.D(asserter) if asserter else None,
            "stage": stage,
            "evidence": evidence,
            "note": [{"text": note}] if note else None,
        }
        return self._new("Condition", "cond-", fields)

    def _interp(self, code):
        disp = {"N": "Normal", "H": "High", "L": "Low", "A": "Abnormal", "HH": "Critical high", "LL": "Critical low",
                "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate"}[code]
        return [cc((V3INT, code, disp))]

    def lab(self, key, value, date, enc=None, time="08:00", interp=None, note=None, performer="hosp", status="final"):
        loinc, disp, unit, lo, hi, sexr = LABS[key]
        if sexr and self.sex in sexr:
            lo, hi = sexr[self.sex]
        if interp is None:
            if lo is not None and value < lo:
                interp = "L"
            elif hi is not None and value > hi:
                interp = "H"
            else:
                interp = "N"
        rr = {}
        if lo is not None:
            rr["low"] = qty(lo, unit)
        if hi is not None:
            rr["high"] = qty(hi, unit)
        rtxt = (f"{lo}-{hi} {unit}" if lo is not None and hi is not None else (f">= {lo} {unit}" if lo is not None else f"<= {hi} {unit}"))
        rr["text"] = rtxt
        fields = {
            "status": status,
            "category": [cc((OBSCAT, "laboratory", "Laboratory"))],
            "code": cc((LOINC, loinc, disp)),
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, time),
            "issued": self.dt(date, max("15:30", later(time, 1.5))),
            "performer": [self.O(performer)],
            "valueQuantity": qty(value, unit),
            "interpretation": self._interp(interp),
            "note": [{"text": note}] if note else None,
            "referenceRange": [rr],
        }
        return self._new("Observation", "lab-", fields)

    def labs(self, date, enc, values, time="08:00", performer="hosp"):
        return [self.lab(k, v, date, enc, time=time, performer=performer) for k, v in values]

    def obs(self, code, date, enc=None, category="exam", value=None, time="09:00", interp=None, note=None,
            performer=None, components=None, ref_range=None, status="final", body_site=None, method=None,
            derived_from=None, has_member=None, issued=False):
        cat_disp = {"exam": "Exam", "laboratory": "Laboratory", "survey": "Survey", "vital-signs": "Vital Signs",
                    "imaging": "Imaging", "procedure": "Procedure", "social-history": "Social History", "therapy": "Therapy",
                    "activity": "Activity"}[category]
        fields = {
            "status": status,
            "category": [cc((OBSCAT, category, cat_disp))],
            "code": code,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, time),
            "issued": self.dt(date, "16:00") if issued else None,
            "performer": [performer if isinstance(performer, dict) else self.D(performer)] if performer else None,
        }
        if value is not None:
            if isinstance(value, bool):
                fields["valueBoolean"] = value
            elif isinstance(value, int):
                fields["valueInteger"] = value
            elif isinstance(value, str):
                fields["valueString"] = value
            elif isinstance(value, dict) and "value" in value:
                fields["valueQuantity"] = value
            elif isinstance(value, dict):
                fields["valueCodeableConcept"] = value
        fields["interpretation"] = self._interp(interp) if interp else None
        fields["note"] = [{"text": note}] if note else None
        fields["bodySite"] = body_site
        fields["method"] = method
        fields["referenceRange"] = ref_range
        fields["hasMember"] = [ref(r) for r in has_member] if has_member else None
        fields["derivedFrom"] = [ref(r) for r in derived_from] if derived_from else None
        fields["component"] = components
        return self._new("Observation", "obs-", fields)

    def vitals(self, date, enc, bp=None, hr=None, temp=None, rr=None, spo2=None, weight=None, height=None, bmi=None, time="09:10"):
        out = []
        vs = "vital-signs"
        if bp:
            comps = [
                {"code": cc((LOINC, "8480-6", "Systolic blood pressure")), "valueQuantity": qty(bp[0], "mm[Hg]", "mm[Hg]")},
                {"code": cc((LOINC, "8462-4", "Diastolic blood pressure")), "valueQuantity": qty(bp[1], "mm[Hg]", "mm[Hg]")},
            ]
            out.append(self.obs(cc((LOINC, "85354-9", "Blood pressure panel with all children optional")), date, enc, vs, time=time, components=comps))
        if hr is not None:
            out.append(self.obs(cc((LOINC, "8867-4", "Heart rate")), date, enc, vs, qty(hr, "/min", "/min"), time=time))
        if rr is not None:
            out.append(self.obs(cc((LOINC, "9279-1", "Respiratory rate")), date, enc, vs, qty(rr, "/min", "/min"), time=time))
        if temp is not None:
            out.append(self.obs(cc((LOINC, "8310-5", "Body temperature")), date, enc, vs, qty(temp, "Cel", "Cel"), time=time))
        if spo2 is not None:
            out.append(self.obs(cc((LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), date, enc, vs, qty(spo2, "%", "%"), time=time))
        if weight is not None:
            out.append(self.obs(cc((LOINC, "29463-7", "Body weight")), date, enc, vs, qty(weight, "kg", "kg"), time=time))
        if height is not None:
            out.append(self.obs(cc((LOINC, "8302-2", "Body height")), date, enc, vs, qty(height, "cm", "cm"), time=time))
        if bmi is not None:
            out.append(self.obs(cc((LOINC, "39156-5", "Body mass index (BMI) [Ratio]")), date, enc, vs, qty(bmi, "kg/m2", "kg/m2"), time=time))
        return out

    def score(self, code, value, date, enc=None, performer=None, note=None, time="09:30", interp=None, category="survey", components=None):
        return self.obs(code, date, enc, category, value, time=time, performer=performer, note=note, interp=interp, components=components)

    def report(self, code, date, results=(), conclusion=None, category=("LAB", "Laboratory"), performer=None, enc=None,
               conclusion_code=None, status="final", time="08:00", issued_date=None, based_on=None, interpreter=None, org_perf=None):
        perf = []
        if org_perf:
            perf.append(self.O(org_perf))
        if performer:
            perf.append(self.D(performer))
        fields = {
            "basedOn": [ref(b) for b in based_on] if based_on else None,
            "status": status,
            "category": [cc((V20074, category[0], category[1]))],
            "code": code,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, time),
            "issued": self.dt(issued_date, "17:00") if issued_date else self.dt(date, max("17:00", later(time, 2))),
            "performer": perf or None,
            "resultsInterpreter": [self.D(interpreter)] if interpreter else None,
            "result": [ref(r) for r in results] or None,
            "conclusion": conclusion,
            "conclusionCode": conclusion_code,
        }
        return self._new("DiagnosticReport", "dr-", fields)

    def medrx(self, med, date, dosage, status="active", intent="order", requester=None, reason_ref=None, reason=None,
              note=None, enc=None, dose=None, route=None, course=None, status_reason=None, validity=None, repeats=None):
        di = {"text": dosage}
        if route:
            di["route"] = route
        if dose:
            di["doseAndRate"] = [{"doseQuantity": dose}]
        disp = None
        if validity or repeats is not None:
            disp = {}
            if repeats is not None:
                disp["numberOfRepeatsAllowed"] = repeats
            if validity:
                disp["validityPeriod"] = validity
        fields = {
            "status": status,
            "statusReason": status_reason,
            "intent": intent,
            "medicationCodeableConcept": med,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
            "authoredOn": date,
            "requester": self.D(requester) if requester else None,
            "reasonCode": reason,
            "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
            "courseOfTherapyType": course,
            "note": [{"text": note}] if note else None,
            "dosageInstruction": [di],
            "dispenseRequest": disp,
        }
        return self._new("MedicationRequest", "mrx-", fields)

    def medstmt(self, med, status, start=None, end=None, asserted=None, reason_ref=None, reason=None, note=None,
                status_reason=None, dosage=None, source=None, based_on=None):
        eff = None
        if start and end:
            eff = {"effectivePeriod": {"start": start, "end": end}}
        elif start:
            eff = {"effectivePeriod": {"start": start}}
        fields = {
            "basedOn": [ref(b) for b in based_on] if based_on else None,
            "status": status,
            "statusReason": status_reason,
            "medicationCodeableConcept": med,
            "subject": self.P(),
        }
        if eff:
            fields.update(eff)
        fields.update({
            "dateAsserted": asserted,
            "informationSource": source,
            "reasonCode": reason,
            "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
            "note": [{"text": note}] if note else None,
            "dosage": [{"text": dosage}] if dosage else None,
        })
        return self._new("MedicationStatement", "ms-", fields)

    def medadmin(self, med, when, dose=None, route=None, status="completed", request=None, enc=None, performer=None,
                 reason_ref=None, note=None, dosage_text=None, end=None):
        dosage = {}
        if dosage_text:
            dosage["text"] = dosage_text
        if route:
            dosage["route"] = route
        if dose:
            dosage["dose"] = dose
        fields = {
            "status": status,
            "medicationCodeableConcept": med,
            "subject": self.P(),
            "context": ref(enc) if enc else None,
        }
        if end:
            fields["effectivePeriod"] = {"start": self.dt(when, "10:00"), "end": self.dt(when, end)}
        else:
            fields["effectiveDateTime"] = self.dt(when, "10:00")
        fields.update({
            "performer": [{"actor": self.D(performer)}] if performer else None,
            "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
            "request": ref(request) if request else None,
            "note": [{"text": note}] if note else None,
            "dosage": dosage or None,
        })
        return self._new("MedicationAdministration", "madm-", fields)

    def sreq(self, code, status, intent, authored, requester=None, performer=None, occurrence=None, reason=None,
             reason_ref=None, priority=None, note=None, category=None, enc=None, perf_type=None, patient_instruction=None,
             supporting=None, body_site=None, based_on=None):
        fields = {
            "basedOn": [ref(b) for b in based_on] if based_on else None,
            "status": status,
            "intent": intent,
            "category": category,
            "priority": priority,
            "code": code,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
        }
        if isinstance(occurrence, tuple):
            fields["occurrencePeriod"] = {k: v for k, v in (("start", occurrence[0]), ("end", occurrence[1])) if v}
        elif occurrence:
            fields["occurrenceDateTime"] = occurrence
        fields.update({
            "authoredOn": authored,
            "requester": self.D(requester) if requester else None,
            "performerType": perf_type,
            "performer": performer,
            "reasonCode": reason,
            "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
            "supportingInfo": [ref(r) for r in supporting] if supporting else None,
            "bodySite": body_site,
            "note": [{"text": note}] if note else None,
            "patientInstruction": patient_instruction,
        })
        return self._new("ServiceRequest", "sr-", fields)

    def proc(self, code, status, performed=None, reason=None, reason_ref=None, performer=None, enc=None, note=None,
             outcome=None, status_reason=None, body_site=None, report=None, category=None, based_on=None, follow_up=None,
             location_text=None, complication=None):
        fields = {
            "basedOn": [ref(b) for b in based_on] if based_on else None,
            "status": status,
            "statusReason": status_reason,
            "category": category,
            "code": code,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
        }
        if isinstance(performed, tuple):
            fields["performedPeriod"] = {k: v for k, v in (("start", performed[0]), ("end", performed[1])) if v}
        elif performed:
            fields["performedDateTime"] = performed
        fields.update({
            "performer": [{"actor": self.D(p)} for p in performer] if performer else None,
            "reasonCode": reason,
            "reasonReference": [ref(r) for r in reason_ref] if reason_ref else None,
            "bodySite": body_site,
            "outcome": outcome,
            "report": [ref(r) for r in report] if report else None,
            "complication": complication,
            "followUp": follow_up,
            "note": [{"text": note}] if note else None,
        })
        return self._new("Procedure", "proc-", fields)

    def careplan(self, title, status, intent, created, author=None, category=None, description=None, period=None,
                 addresses=None, activities=None, note=None, enc=None, contributors=None):
        acts = []
        for a in activities or []:
            d = {"status": a.get("status", "not-started")}
            if a.get("kind"):
                d["kind"] = a["kind"]
            if a.get("code"):
                d["code"] = a["code"]
            if a.get("scheduled"):
                d["scheduledString"] = a["scheduled"]
            if a.get("performer"):
                d["performer"] = a["performer"]
            if a.get("description"):
                d["description"] = a["description"]
            act = {"detail": d}
            if a.get("reference"):
                act = {"reference": ref(a["reference"])}
            acts.append(act)
        fields = {
            "status": status,
            "intent": intent,
            "category": category,
            "title": title,
            "description": description,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
            "period": period,
            "created": created,
            "author": self.D(author) if author else None,
            "contributor": contributors,
            "addresses": [ref(r) for r in addresses] if addresses else None,
            "activity": acts or None,
            "note": [{"text": note}] if note else None,
        }
        return self._new("CarePlan", "cp-", fields)

    def comm(self, sent, sender, recipients, payload, status="completed", category=None, topic=None, about=None,
             in_response_to=None, medium=None, received=None, enc=None, reason=None):
        fields = {
            "inResponseTo": [ref(r) for r in in_response_to] if in_response_to else None,
            "status": status,
            "category": category,
            "medium": medium,
            "subject": self.P(),
            "topic": cct(topic) if topic else None,
            "about": [ref(a) for a in about] if about else None,
            "encounter": ref(enc) if enc else None,
            "sent": sent,
            "received": received,
            "recipient": recipients,
            "sender": sender,
            "reasonCode": reason,
            "payload": [{"contentString": p} for p in payload],
        }
        return self._new("Communication", "comm-", fields)

    def qr(self, questionnaire, authored, items, author=None, source=None, status="completed", enc=None):
        def item(t):
            link, text, ans = t[0], t[1], t[2]
            it = {"linkId": link, "text": text}
            if ans is None:
                return it
            answers = ans if isinstance(ans, list) else [ans]
            out = []
            for a in answers:
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
                elif isinstance(a, dict) and "date" in a:
                    out.append({"valueDate": a["date"]})
            it["answer"] = out
            return it
        fields = {
            "questionnaire": questionnaire,
            "status": status,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
            "authored": authored,
            "author": author,
            "source": source,
            "item": [item(t) for t in items],
        }
        return self._new("QuestionnaireResponse", "qr-", fields)

    def flag(self, code, start, author, status="active", category=None, end=None, enc=None):
        fields = {
            "status": status,
            "category": category,
            "code": code,
            "subject": self.P(),
            "period": {k: v for k, v in (("start", start), ("end", end)) if v},
            "encounter": ref(enc) if enc else None,
            "author": author,
        }
        return self._new("Flag", "flag-", fields)

    def note(self, title, when, text, author=None, type_cc=None, enc=None, description=None, lang=None, custodian="hosp",
             category="clinical-note", author_ref=None, period=None, status="current", doc_status="final"):
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        authors = []
        if author:
            authors.append(self.D(author))
        if author_ref:
            authors.append(author_ref)
        ctx = {}
        if enc:
            ctx["encounter"] = [ref(enc)]
        if period:
            ctx["period"] = period
        fields = {
            "status": status,
            "docStatus": doc_status,
            "type": type_cc or cc((LOINC, "11506-3", "Progress note")),
            "category": [cc((DOCCAT, category, "Clinical Note"))],
            "subject": self.P(),
            "date": when if "T" in when else self.dt(when, "17:00"),
            "author": authors or None,
            "custodian": self.O(custodian) if custodian else None,
            "description": description or title,
            "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.org.lang,
                                        "data": data, "title": title,
                                        "creation": when if "T" in when else self.dt(when, "17:00")}}],
            "context": ctx or None,
        }
        return self._new("DocumentReference", "doc-", fields)

    def impression(self, date, assessor, summary, status="completed", description=None, problems=None, findings=None,
                   enc=None, prognosis=None, note=None, investigation=None, previous=None, supporting=None):
        fields = {
            "status": status,
            "description": description,
            "subject": self.P(),
            "encounter": ref(enc) if enc else None,
            "effectiveDateTime": self.dt(date, "11:00"),
            "date": self.dt(date, "11:30"),
            "assessor": self.D(assessor) if assessor else None,
            "previous": ref(previous) if previous else None,
            "problem": [ref(p) for p in problems] if problems else None,
            "investigation": investigation,
            "summary": summary,
            "finding": findings,
            "prognosisCodeableConcept": prognosis,
            "supportingInfo": [ref(s) for s in supporting] if supporting else None,
            "note": [{"text": note}] if note else None,
        }
        return self._new("ClinicalImpression", "ci-", fields)

    def allergy(self, code, recorded, criticality="low", category="medication", reaction_text=None, clinical="active", manifestation=None):
        fields = {
            "clinicalStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", clinical, clinical.capitalize())),
            "verificationStatus": cc(("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed")),
            "type": "allergy",
            "category": [category],
            "criticality": criticality,
            "code": code,
            "patient": self.P(),
            "recordedDate": recorded,
            "reaction": [{"manifestation": [manifestation or cct(reaction_text or "reaction")], "description": reaction_text}] if (reaction_text or manifestation) else None,
        }
        return self._new("AllergyIntolerance", "alg-", fields)

    def immunization(self, vaccine, date, lot=None, performer_org="hosp", note=None, site=None, status="completed"):
        fields = {
            "status": status,
            "vaccineCode": vaccine,
            "patient": self.P(),
            "occurrenceDateTime": self.dt(date, "10:30"),
            "primarySource": True,
            "lotNumber": lot,
            "site": site,
            "performer": [{"actor": self.O(performer_org)}],
            "note": [{"text": note}] if note else None,
        }
        return self._new("Immunization", "imm-", fields)

    def episode(self, type_cc, status, start, end=None, diagnosis=None, org="hosp", care_manager=None):
        fields = {
            "status": status,
            "type": [type_cc],
            "diagnosis": [{"condition": ref(d), "rank": i + 1} for i, d in enumerate(diagnosis or [])] or None,
            "patient": self.P(),
            "managingOrganization": self.O(org),
            "period": {k: v for k, v in (("start", start), ("end", end)) if v},
            "careManager": self.D(care_manager) if care_manager else None,
        }
        return self._new("EpisodeOfCare", "eoc-", fields)

    # ---- output
    def bundle(self):
        # Patient first, then organisations/practitioners, then the rest in creation order
        def rank(r):
            return {"Patient": 0, "Organization": 1, "Practitioner": 2, "RelatedPerson": 3, "Coverage": 4}.get(r["resourceType"], 5)
        res = sorted(self.entries, key=rank)
        entries = []
        for r in res:
            rt, rid = r["resourceType"], r["id"]
            entries.append({"fullUrl": f"{self.org.base}/{rt}/{rid}", "resource": r, "request": {"method": "PUT", "url": f"{rt}/{rid}"}})
        return {"resourceType": "Bundle", "id": f"{self.cid}-bundle", "type": "transaction", "entry": entries}


# ================================================================ structural validator (R4 subset)
COMMON = {"resourceType": "1", "id": "1", "meta": "1", "implicitRules": "1", "language": "1", "text": "1",
          "contained": "*", "extension": "*", "modifierExtension": "*"}

SPEC = {
    "Patient": dict(identifier="*", active="1", name="*", telecom="*", gender="1", birthDate="1", deceasedBoolean="1",
                    deceasedDateTime="1", address="*", maritalStatus="1", multipleBirthBoolean="1", multipleBirthInteger="1",
                    photo="*", contact="*", communication="*", generalPractitioner="*", managingOrganization="1", link="*"),
    "Organization": dict(identifier="*", active="1", type="*", name="1", alias="*", telecom="*", address="*", partOf="1",
                         contact="*", endpoint="*"),
    "Practitioner": dict(identifier="*", active="1", name="*", telecom="*", address="*", gender="1", birthDate="1",
                         photo="*", qualification="*", communication="*"),
    "RelatedPerson": dict(identifier="*", active="1", patient="1", relationship="*", name="*", telecom="*", gender="1",
                          birthDate="1", address="*", photo="*", period="1", communication="*"),
    "Coverage": dict(identifier="*", status="1", type="1", policyHolder="1", subscriber="1", subscriberId="1", beneficiary="1",
                     dependent="1", relationship="1", period="1", payor="*", **{"class": "*"}, order="1", network="1",
                     costToBeneficiary="*", subrogation="1", contract="*"),
    "Encounter": dict(identifier="*", status="1", statusHistory="*", **{"class": "1"}, classHistory="*", type="*",
                      serviceType="1", priority="1", subject="1", episodeOfCare="*", basedOn="*", participant="*",
                      appointment="*", period="1", length="1", reasonCode="*", reasonReference="*", diagnosis="*",
                      account="*", hospitalization="1", location="*", serviceProvider="1", partOf="1"),
    "Appointment": dict(identifier="*", status="1", cancelationReason="1", serviceCategory="*", serviceType="*",
                        specialty="*", appointmentType="1", reasonCode="*", reasonReference="*", priority="1",
                        description="1", supportingInformation="*", start="1", end="1", minutesDuration="1", slot="*",
                        created="1", comment="1", patientInstruction="1", basedOn="*", participant="*", requestedPeriod="*"),
    "Condition": dict(identifier="*", clinicalStatus="1", verificationStatus="1", category="*", severity="1", code="1",
                      bodySite="*", subject="1", encounter="1", onsetDateTime="1", onsetAge="1", onsetPeriod="1",
                      onsetRange="1", onsetString="1", abatementDateTime="1", abatementAge="1", abatementPeriod="1",
                      abatementRange="1", abatementString="1", recordedDate="1", recorder="1", asserter="1", stage="*",
                      evidence="*", note="*"),
    "Observation": dict(identifier="*", basedOn="*", partOf="*", status="1", category="*", code="1", subject="1",
                        focus="*", encounter="1", effectiveDateTime="1", effectivePeriod="1", effectiveInstant="1",
                        issued="1", performer="*", valueQuantity="1", valueCodeableConcept="1", valueString="1",
                        valueBoolean="1", valueInteger="1", valueRange="1", valueRatio="1", valueDateTime="1",
                        valuePeriod="1", dataAbsentReason="1", interpretation="*", note="*", bodySite="1", method="1",
                        specimen="1", device="1", referenceRange="*", hasMember="*", derivedFrom="*", component="*"),
    "DiagnosticReport": dict(identifier="*", basedOn="*", status="1", category="*", code="1", subject="1", encounter="1",
                             effectiveDateTime="1", effectivePeriod="1", issued="1", performer="*",
                             resultsInterpreter="*", specimen="*", result="*", imagingStudy="*", media="*",
                             conclusion="1", conclusionCode="*", presentedForm="*"),
    "ServiceRequest": dict(identifier="*", instantiatesCanonical="*", instantiatesUri="*", basedOn="*", replaces="*",
                           requisition="1", status="1", intent="1", category="*", priority="1", doNotPerform="1",
                           code="1", orderDetail="*", quantityQuantity="1", subject="1", encounter="1",
                           occurrenceDateTime="1", occurrencePeriod="1", occurrenceTiming="1", asNeededBoolean="1",
                           authoredOn="1", requester="1", performerType="1", performer="*", locationCode="*",
                           locationReference="*", reasonCode="*", reasonReference="*", insurance="*",
                           supportingInfo="*", specimen="*", bodySite="*", note="*", patientInstruction="1",
                           relevantHistory="*"),
    "Procedure": dict(identifier="*", instantiatesCanonical="*", instantiatesUri="*", basedOn="*", partOf="*",
                      status="1", statusReason="1", category="1", code="1", subject="1", encounter="1",
                      performedDateTime="1", performedPeriod="1", performedString="1", recorder="1", asserter="1",
                      performer="*", location="1", reasonCode="*", reasonReference="*", bodySite="*", outcome="1",
                      report="*", complication="*", complicationDetail="*", followUp="*", note="*", focalDevice="*",
                      usedReference="*", usedCode="*"),
    "CarePlan": dict(identifier="*", instantiatesCanonical="*", instantiatesUri="*", basedOn="*", replaces="*", partOf="*",
                     status="1", intent="1", category="*", title="1", description="1", subject="1", encounter="1",
                     period="1", created="1", author="1", contributor="*", careTeam="*", addresses="*",
                     supportingInfo="*", goal="*", activity="*", note="*"),
    "MedicationRequest": dict(identifier="*", status="1", statusReason="1", intent="1", category="*", priority="1",
                              doNotPerform="1", reportedBoolean="1", reportedReference="1",
                              medicationCodeableConcept="1", medicationReference="1", subject="1", encounter="1",
                              supportingInformation="*", authoredOn="1", requester="1", performer="1",
                              performerType="1", recorder="1", reasonCode="*", reasonReference="*",
                              instantiatesCanonical="*", instantiatesUri="*", basedOn="*", groupIdentifier="1",
                              courseOfTherapyType="1", insurance="*", note="*", dosageInstruction="*",
                              dispenseRequest="1", substitution="1", priorPrescription="1", detectedIssue="*",
                              eventHistory="*"),
    "MedicationStatement": dict(identifier="*", basedOn="*", partOf="*", status="1", statusReason="*", category="1",
                                medicationCodeableConcept="1", medicationReference="1", subject="1", context="1",
                                effectiveDateTime="1", effectivePeriod="1", dateAsserted="1", informationSource="1",
                                derivedFrom="*", reasonCode="*", reasonReference="*", note="*", dosage="*"),
    "MedicationAdministration": dict(identifier="*", instantiates="*", partOf="*", status="1", statusReason="*",
                                     category="1", medicationCodeableConcept="1", medicationReference="1",
                                     subject="1", context="1", supportingInformation="*", effectiveDateTime="1",
                                     effectivePeriod="1", performer="*", reasonCode="*", reasonReference="*",
                                     request="1", device="*", note="*", dosage="1", eventHistory="*"),
    "Communication": dict(identifier="*", instantiatesCanonical="*", instantiatesUri="*", basedOn="*", partOf="*",
                          inResponseTo="*", status="1", statusReason="1", category="*", priority="1", medium="*",
                          subject="1", topic="1", about="*", encounter="1", sent="1", received="1", recipient="*",
                          sender="1", reasonCode="*", reasonReference="*", payload="*", note="*"),
    "QuestionnaireResponse": dict(identifier="1", basedOn="*", partOf="*", questionnaire="1", status="1", subject="1",
                                  encounter="1", authored="1", author="1", source="1", item="*"),
    "Flag": dict(identifier="*", status="1", category="*", code="1", subject="1", period="1", encounter="1", author="1"),
    "DocumentReference": dict(masterIdentifier="1", identifier="*", status="1", docStatus="1", type="1", category="*",
                              subject="1", date="1", author="*", authenticator="1", custodian="1", relatesTo="*",
                              description="1", securityLabel="*", content="*", context="1"),
    "ClinicalImpression": dict(identifier="*", status="1", statusReason="1", description="1", subject="1", encounter="1",
                               effectiveDateTime="1", effectivePeriod="1", date="1", assessor="1", previous="1",
                               problem="*", investigation="*", protocol="*", summary="1", finding="*",
                               prognosisCodeableConcept="*", prognosisReference="*", supportingInfo="*", note="*"),
    "AllergyIntolerance": dict(identifier="*", clinicalStatus="1", verificationStatus="1", type="1", category="*",
                               criticality="1", code="1", patient="1", encounter="1", onsetDateTime="1",
                               recordedDate="1", recorder="1", asserter="1", lastOccurrence="1", note="*", reaction="*"),
    "Immunization": dict(identifier="*", status="1", statusReason="1", vaccineCode="1", patient="1", encounter="1",
                         occurrenceDateTime="1", occurrenceString="1", recorded="1", primarySource="1",
                         reportOrigin="1", location="1", manufacturer="1", lotNumber="1", expirationDate="1", site="1",
                         route="1", doseQuantity="1", performer="*", note="*", reasonCode="*", reasonReference="*",
                         isSubpotent="1", subpotentReason="*", education="*", programEligibility="*",
                         fundingSource="1", reaction="*", protocolApplied="*"),
    "EpisodeOfCare": dict(identifier="*", status="1", statusHistory="*", type="*", diagnosis="*", patient="1",
                          managingOrganization="1", period="1", referralRequest="*", careManager="1", team="*",
                          account="*"),
}

REQUIRED = {
    "Encounter": ["status", "class"], "Condition": ["subject"], "Observation": ["status", "code"],
    "DiagnosticReport": ["status", "code"], "ServiceRequest": ["status", "intent", "subject"],
    "Procedure": ["status", "subject"], "CarePlan": ["status", "intent", "subject"],
    "MedicationRequest": ["status", "intent", "medication[x]", "subject"],
    "MedicationStatement": ["status", "medication[x]", "subject"],
    "MedicationAdministration": ["status", "medication[x]", "subject", "effective[x]"],
    "Communication": ["status"], "QuestionnaireResponse": ["status"], "Flag": ["status", "code", "subject"],
    "DocumentReference": ["status", "content"], "ClinicalImpression": ["status", "subject"],
    "Coverage": ["status", "beneficiary", "payor"], "Appointment": ["status", "participant"],
    "AllergyIntolerance": ["patient"], "Immunization": ["status", "vaccineCode", "patient", "occurrence[x]"],
    "RelatedPerson": ["patient"], "EpisodeOfCare": ["status", "patient"], "Patient": [], "Organization": [], "Practitioner": [],
}

CODES = {
    ("Encounter", "status"): {"planned", "arrived", "triaged", "in-progress", "onleave", "finished", "cancelled", "entered-in-error", "unknown"},
    ("Observation", "status"): {"registered", "preliminary", "final", "amended", "corrected", "cancelled", "entered-in-error", "unknown"},
    ("DiagnosticReport", "status"): {"registered", "partial", "preliminary", "final", "amended", "corrected", "appended", "cancelled", "entered-in-error", "unknown"},
    ("ServiceRequest", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("ServiceRequest", "intent"): {"proposal", "plan", "directive", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    ("ServiceRequest", "priority"): {"routine", "urgent", "asap", "stat"},
    ("Procedure", "status"): {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "status"): {"draft", "active", "on-hold", "revoked", "completed", "entered-in-error", "unknown"},
    ("CarePlan", "intent"): {"proposal", "plan", "order", "option"},
    ("MedicationRequest", "status"): {"active", "on-hold", "cancelled", "completed", "entered-in-error", "stopped", "draft", "unknown"},
    ("MedicationRequest", "intent"): {"proposal", "plan", "order", "original-order", "reflex-order", "filler-order", "instance-order", "option"},
    ("MedicationStatement", "status"): {"active", "completed", "entered-in-error", "intended", "stopped", "on-hold", "unknown", "not-taken"},
    ("MedicationAdministration", "status"): {"in-progress", "not-done", "on-hold", "completed", "entered-in-error", "stopped", "unknown"},
    ("Communication", "status"): {"preparation", "in-progress", "not-done", "on-hold", "stopped", "completed", "entered-in-error", "unknown"},
    ("QuestionnaireResponse", "status"): {"in-progress", "completed", "amended", "entered-in-error", "stopped"},
    ("Flag", "status"): {"active", "inactive", "entered-in-error"},
    ("DocumentReference", "status"): {"current", "superseded", "entered-in-error"},
    ("DocumentReference", "docStatus"): {"preliminary", "final", "amended", "entered-in-error"},
    ("ClinicalImpression", "status"): {"in-progress", "completed", "entered-in-error"},
    ("Coverage", "status"): {"active", "cancelled", "draft", "entered-in-error"},
    ("Appointment", "status"): {"proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow", "entered-in-error", "checked-in", "waitlist"},
    ("Patient", "gender"): {"male", "female", "other", "unknown"},
    ("Immunization", "status"): {"completed", "entered-in-error", "not-done"},
    ("EpisodeOfCare", "status"): {"planned", "waitlist", "active", "onhold", "finished", "cancelled", "entered-in-error"},
    ("AllergyIntolerance", "type"): {"allergy", "intolerance"},
    ("AllergyIntolerance", "criticality"): {"low", "high", "unable-to-assess"},
}

DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DATETIME_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d:([0-5]\d)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00)))?)?)?$")
INSTANT_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:([0-5]\d)(\.\d+)?(Z|[+-]((0\d|1[0-3]):[0-5]\d|14:00))$")
DATE_KEYS = {"birthDate", "expirationDate", "valueDate"}
INSTANT_KEYS = {("DocumentReference", "date"), ("DiagnosticReport", "issued"), ("Observation", "issued"),
                ("Appointment", "start"), ("Appointment", "end")}
DATETIME_KEYS = {"onsetDateTime", "abatementDateTime", "recordedDate", "effectiveDateTime", "authoredOn", "occurrenceDateTime",
                 "performedDateTime", "dateAsserted", "created", "authored", "sent", "received", "start", "end", "creation",
                 "valueDateTime", "date", "recorded", "issued", "lastOccurrence"}
LIST_OF_CC = {"reasonCode", "bodySite"}


def _walk(node, path, rt, errs):
    if isinstance(node, dict):
        if "coding" in node:
            if not isinstance(node["coding"], list):
                errs.append(f"{path}: coding must be a list")
            for c in node["coding"]:
                if not isinstance(c, dict) or not isinstance(c.get("system"), str) or not isinstance(c.get("code"), str):
                    errs.append(f"{path}: bad Coding {c}")
                elif c["code"] != c["code"].strip() or not c["code"]:
                    errs.append(f"{path}: code with whitespace {c['code']!r}")
        for k, v in node.items():
            p = f"{path}.{k}"
            if k in ("valueQuantity", "doseQuantity", "low", "high", "dose") and isinstance(v, dict):
                if not isinstance(v.get("value"), (int, float)) or isinstance(v.get("value"), bool):
                    errs.append(f"{p}: Quantity.value must be a number")
                if "system" in v and "code" not in v:
                    errs.append(f"{p}: Quantity with system but no code")
                if v.get("system") not in (None, UCUM):
                    errs.append(f"{p}: Quantity not UCUM")
            if k == "valueInteger" and (not isinstance(v, int) or isinstance(v, bool)):
                errs.append(f"{p}: valueInteger must be an integer")
            if k == "valueDecimal" and (not isinstance(v, (int, float)) or isinstance(v, bool)):
                errs.append(f"{p}: valueDecimal must be a number")
            if k in LIST_OF_CC and not isinstance(v, list):
                errs.append(f"{p}: must be a list")
            if k == "reference" and isinstance(v, str) and not re.match(r"^[A-Z][A-Za-z]+/[A-Za-z0-9\-\.]{1,64}$", v):
                errs.append(f"{p}: odd reference {v}")
            if isinstance(v, str):
                if (rt, k) in INSTANT_KEYS and path.count(".") == 0:
                    if not INSTANT_RE.match(v):
                        errs.append(f"{p}: not an instant {v}")
                elif k in DATE_KEYS:
                    if not DATE_RE.match(v):
                        errs.append(f"{p}: not a date {v}")
                elif k in DATETIME_KEYS:
                    if not DATETIME_RE.match(v):
                        errs.append(f"{p}: not a dateTime {v}")
                if v != v.strip() and k not in ("data",):
                    errs.append(f"{p}: leading/trailing whitespace")
                if v == "":
                    errs.append(f"{p}: empty string")
            if v is None or v == [] or v == {}:
                errs.append(f"{p}: empty value")
            _walk(v, p, rt, errs)
    elif isinstance(node, list):
        for i, x in enumerate(node):
            _walk(x, f"{path}[{i}]", rt, errs)


def validate_resource(r):
    errs = []
    rt = r.get("resourceType")
    if rt not in SPEC:
        return [f"{rt}: resource type not covered by the validator"]
    spec = dict(COMMON)
    spec.update(SPEC[rt])
    for k, v in r.items():
        if k not in spec:
            errs.append(f"{rt}/{r.get('id')}: unknown element {k}")
            continue
        if spec[k] == "*" and not isinstance(v, list):
            errs.append(f"{rt}/{r.get('id')}: {k} must be a list")
        if spec[k] == "1" and isinstance(v, list):
            errs.append(f"{rt}/{r.get('id')}: {k} must not be a list")
    for req in REQUIRED.get(rt, []):
        if req.endswith("[x]"):
            stem = req[:-3]
            if not any(k.startswith(stem) and k != stem for k in r):
                errs.append(f"{rt}/{r.get('id')}: missing {req}")
        elif req not in r:
            errs.append(f"{rt}/{r.get('id')}: missing {req}")
    for (t, k), allowed in CODES.items():
        if t == rt and k in r and r[k] not in allowed:
            errs.append(f"{rt}/{r.get('id')}: {k}={r[k]!r} not in required value set")
    # choice types: only one
    for stem in ("value", "effective", "onset", "abatement", "performed", "occurrence", "medication", "deceased", "multipleBirth"):
        n = [k for k in r if k.startswith(stem) and k != stem and k[len(stem)].isupper()]
        if len(n) > 1:
            errs.append(f"{rt}/{r.get('id')}: more than one {stem}[x]: {n}")
    # specific invariants
    if rt == "Condition":
        ver = (r.get("verificationStatus") or {}).get("coding", [{}])[0].get("code")
        cats = [c["code"] for cc_ in r.get("category", []) for c in cc_.get("coding", [])]
        if ver == "entered-in-error" and "clinicalStatus" in r:
            errs.append(f"Condition/{r['id']}: con-5")
        if ver != "entered-in-error" and "problem-list-item" in cats and "clinicalStatus" not in r:
            errs.append(f"Condition/{r['id']}: con-3")
        if any(k.startswith("abatement") for k in r):
            cs = (r.get("clinicalStatus") or {}).get("coding", [{}])[0].get("code")
            if cs not in ("inactive", "resolved", "remission"):
                errs.append(f"Condition/{r['id']}: con-4")
    if rt == "Encounter":
        c = r.get("class")
        if not isinstance(c, dict) or "coding" in c:
            errs.append(f"Encounter/{r['id']}: class must be a Coding")
    if rt == "CarePlan":
        for a in r.get("activity", []):
            d = a.get("detail")
            if d is not None and "status" not in d:
                errs.append(f"CarePlan/{r['id']}: activity.detail.status missing")
            if d is not None and "reference" in a:
                errs.append(f"CarePlan/{r['id']}: cpl-3")
    if rt == "Observation":
        for comp in r.get("component", []):
            if "code" not in comp:
                errs.append(f"Observation/{r['id']}: component without code")
    if rt == "QuestionnaireResponse":
        for it in r.get("item", []):
            if "linkId" not in it:
                errs.append(f"QuestionnaireResponse/{r['id']}: item without linkId")
    if rt == "Appointment":
        for pa in r.get("participant", []):
            if "status" not in pa:
                errs.append(f"Appointment/{r['id']}: participant without status")
    if rt == "Organization" and not (r.get("name") or r.get("identifier")):
        errs.append(f"Organization/{r['id']}: org-1")
    _walk(r, f"{rt}/{r.get('id')}", rt, errs)
    return errs


def validate_bundle(b):
    errs = []
    for e in b["entry"]:
        errs.extend(validate_resource(e["resource"]))
    return errs
