"""Small helpers for writing synthetic FHIR R4 transaction bundles (evaluation set blind-57).

A case function receives a ``Case`` kit bound to one case id and one organisation; every
resource it adds gets an id that starts with the case id, a fullUrl on that organisation's
FHIR base and a PUT request.  Nothing here knows about the criteria: it only writes FHIR.
"""
import base64
from collections import Counter
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

ANCHOR = "2026-12-01"
REGISTRY = []


def case(org, target, kind, expected, why, summary):
    """Register a case-building function with its expectation."""
    def deco(fn):
        REGISTRY.append(dict(fn=fn, key=fn.__name__, org=org, target=target, kind=kind,
                             expected=list(expected), why=why, summary=summary))
        return fn
    return deco


SYS = {
    "sct": "http://snomed.info/sct",
    "loinc": "http://loinc.org",
    "icd10": "http://hl7.org/fhir/sid/icd-10",
    "icd10cm": "http://hl7.org/fhir/sid/icd-10-cm",
    "icd10am": "http://hl7.org/fhir/sid/icd-10-am",
    "rxnorm": "http://www.nlm.nih.gov/research/umls/rxnorm",
    "atc": "http://www.whocc.no/atc",
    "cpt": "http://www.ama-assn.org/go/cpt",
    "hcpcs": "urn:oid:2.16.840.1.113883.6.285",
    "orpha": "http://www.orpha.net",
    "cvx": "http://hl7.org/fhir/sid/cvx",
    "ucum": "http://unitsofmeasure.org",
    "v3role": "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
    "interp": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation",
    "obscat": "http://terminology.hl7.org/CodeSystem/observation-category",
    "v2-0074": "http://terminology.hl7.org/CodeSystem/v2-0074",
    "v2-0203": "http://terminology.hl7.org/CodeSystem/v2-0203",
}

# --------------------------------------------------------------------------------------------
# Organisations
# --------------------------------------------------------------------------------------------
ORGS = {
    "nz": dict(
        label="Waimarie Hospital (New Zealand public hospital)",
        base="https://fhir.waimarie.health.example.nz/R4",
        local="https://fhir.waimarie.health.example.nz/CodeSystem/",
        tz="Pacific/Auckland", lang="en-NZ",
        sct_version="http://snomed.info/sct/21000210109",
        name="Waimarie Hospital", alias=["Te Hōhipera o Waimarie"],
        org_ident=("https://standards.digital.health.nz/ns/hpi-organisation-id", "GWM417-K"),
        address=dict(line=["22 Rātā Street"], city="Waimarie", postalCode="4410", country="NZ"),
        phone="+64 6 350 8000",
        payor=("Te Whatu Ora – Health New Zealand", "G00001-G"),
        pract_sys="https://standards.digital.health.nz/ns/hpi-person-id",
        staff={
            "gen": ("McLeod", ["Hamish"], "Dr", "General physician", "99ZGM1"),
            "cardio": ("Raman", ["Priya"], "Dr", "Cardiologist", "99ZPR2"),
            "gastro": ("Faleolo", ["Tomasi"], "Dr", "Gastroenterologist", "99ZTF3"),
            "onc": ("Tait", ["Megan"], "Dr", "Medical oncologist", "99ZMT4"),
            "renal": ("Te Rangi", ["Rawiri"], "Dr", "Nephrologist", "99ZRT5"),
            "spine": ("Whitcombe", ["James"], "Mr", "Orthopaedic spinal surgeon", "99ZJW6"),
            "rheum": ("Liu", ["Sarah"], "Dr", "Rheumatologist", "99ZSL7"),
            "psych": ("Paewai", ["Mere"], "Dr", "Psychiatrist", "99ZMP8"),
            "pall": ("Grant", ["Fiona"], "Dr", "Palliative medicine physician", "99ZFG9"),
            "ed": ("Horsfall", ["Ben"], "Dr", "Emergency medicine specialist", "99ZBH1"),
            "kai": ("Tamihana", ["Kiri"], None, "Kaiāwhina, Māori health service", "99ZKT2"),
            "cns": ("Walker", ["Hine"], None, "Clinical nurse specialist", "99ZHW3"),
            "endo": ("Brennan", ["Kate"], "Dr", "Endocrinologist", "99ZKB4"),
            "gp": ("Ngata", ["Aroha"], "Dr", "General practitioner", "99ZAN5"),
        },
        gp_org=("Kōwhai Medical Centre", "GKW221-F"),
    ),
    "gr": dict(
        label="Πανεπιστημιακό Γενικό Νοσοκομείο «Αριάδνη» (Greek university hospital)",
        base="https://fhir.pgn-ariadni.example.gr/fhir",
        local="https://fhir.pgn-ariadni.example.gr/CodeSystem/",
        tz="Europe/Athens", lang="el",
        sct_version=None,
        name="Πανεπιστημιακό Γενικό Νοσοκομείο «Αριάδνη»", alias=["University General Hospital Ariadni"],
        org_ident=("https://fhir.pgn-ariadni.example.gr/sid/foreas", "ΠΓΝΑ-7020"),
        address=dict(line=["Λεωφόρος Πανεπιστημίου 18"], city="Ηράκλειο", postalCode="71500", country="GR"),
        phone="+30 2810 392000",
        payor=("ΕΟΠΥΥ – Εθνικός Οργανισμός Παροχής Υπηρεσιών Υγείας", "EOPYY"),
        pract_sys="https://fhir.pgn-ariadni.example.gr/sid/iatros",
        staff={
            "pathol": ("Κωνσταντίνου", ["Ελένη"], "Δρ.", "Παθολόγος", "Γ1044"),
            "cardio": ("Αλεξίου", ["Γεώργιος"], "Δρ.", "Καρδιολόγος", "Γ1107"),
            "cts": ("Μαυρίδης", ["Δημήτριος"], "Δρ.", "Καρδιοχειρουργός", "Γ1213"),
            "onc": ("Σταθοπούλου", ["Μαρία"], "Δρ.", "Παθολόγος-Ογκολόγος", "Γ1320"),
            "gastro": ("Ιωαννίδης", ["Αθανάσιος"], "Δρ.", "Γαστρεντερολόγος", "Γ1418"),
            "endo": ("Καραγιάννη", ["Σοφία"], "Δρ.", "Ενδοκρινολόγος", "Γ1509"),
            "uro": ("Βλάχος", ["Κωνσταντίνος"], "Δρ.", "Ουρολόγος", "Γ1611"),
            "neuro": ("Μιχαηλίδου", ["Ιωάννα"], "Δρ.", "Νευρολόγος", "Γ1702"),
            "haem": ("Ζαχαρίου", ["Παναγιώτης"], "Δρ.", "Αιματολόγος", "Γ1815"),
            "surg": ("Λαμπρόπουλος", ["Χρήστος"], "Δρ.", "Χειρουργός μαστού", "Γ1903"),
            "hep": ("Τσιμπούκη", ["Αικατερίνη"], "Δρ.", "Ηπατολόγος", "Γ2006"),
            "gp": ("Παπαδόπουλος", ["Νικόλαος"], "Δρ.", "Γενικός ιατρός", "Γ3011"),
        },
        gp_org=("Κέντρο Υγείας Ελαιώνα", "ΚΥ-ΕΛ-112"),
    ),
    "hc": dict(
        label="Severnside Haemophilia Comprehensive Care Centre (bleeding disorders centre, NHS)",
        base="https://fhir.severnside-haemophilia.example.nhs.uk/R4",
        local="https://fhir.severnside-haemophilia.example.nhs.uk/CodeSystem/",
        tz="Europe/London", lang="en-GB",
        sct_version="http://snomed.info/sct/83821000000107",
        name="Severnside Haemophilia Comprehensive Care Centre", alias=["Severnside HCCC"],
        org_ident=("https://fhir.nhs.uk/Id/ods-organization-code", "RZX07"),
        address=dict(line=["Level 3, Riverside Wing", "Quay Road"], city="Severnside", postalCode="SV1 4QA",
                     country="GB"),
        phone="+44 1632 960 410",
        payor=("NHS England", "X24"),
        pract_sys="https://fhir.hl7.org.uk/Id/gmc-number",
        staff={
            "haem": ("Holloway", ["Catherine"], "Dr", "Consultant haematologist (centre director)", "7012345"),
            "haem2": ("Adeyemi", ["Olumide"], "Dr", "Consultant haematologist", "7023456"),
            "cns": ("Pryce", ["Joanne"], "Sister", "Haemophilia clinical nurse specialist", "7034567"),
            "physio": ("Ellison", ["Mark"], None, "Haemophilia physiotherapist", "7045678"),
            "ortho": ("Kapoor", ["Rajesh"], "Mr", "Consultant orthopaedic surgeon", "7056789"),
            "gyn": ("Darby", ["Helen"], "Miss", "Consultant gynaecologist", "7067890"),
            "dent": ("Morgan", ["Siân"], "Dr", "Special care dentist", "7078901"),
            "psych": ("Faulkner", ["Imogen"], "Dr", "Clinical psychologist", "7089012"),
            "gp": ("Whitfield", ["Andrew"], "Dr", "General practitioner", "7090123"),
        },
        gp_org=("Millbrook Surgery", "M85011"),
    ),
    "mc": dict(
        label="Lakeview Memory and Neurodegenerative Disease Center (memory clinic, USA)",
        base="https://fhir.lakeview-memory.example.org/r4",
        local="https://fhir.lakeview-memory.example.org/CodeSystem/",
        tz="America/Chicago", lang="en-US",
        sct_version="http://snomed.info/sct/731000124108",
        name="Lakeview Memory and Neurodegenerative Disease Center", alias=["Lakeview Memory Center"],
        org_ident=("http://hl7.org/fhir/sid/us-npi", "1093817465"),
        address=dict(line=["4100 Lakeshore Parkway", "Suite 300"], city="Lakeview", state="WI",
                     postalCode="53520", country="US"),
        phone="+1 608 555 0140",
        payor=("Medicare Part B (CMS)", "CMS"),
        pract_sys="http://hl7.org/fhir/sid/us-npi",
        staff={
            "neuro": ("Kessler", ["Laura"], "Dr.", "Behavioral neurologist, MD", "1548271930"),
            "geri": ("Okafor", ["Samuel"], "Dr.", "Geriatric psychiatrist, MD", "1639182745"),
            "np": ("Alvarez", ["Jennifer"], None, "Nurse practitioner, memory clinic", "1720394856"),
            "npsych": ("Stein", ["Rachel"], "Dr.", "Neuropsychologist, PhD", "1811205967"),
            "sw": ("Delgado", ["Maria"], None, "Clinical social worker, LCSW", "1902316078"),
            "rad": ("Tran", ["Kevin"], "Dr.", "Neuroradiologist, MD", "1093427189"),
            "pall": ("Desai", ["Anita"], "Dr.", "Palliative medicine, MD", "1184538290"),
            "nsurg": ("Brandt", ["Michael"], "Dr.", "Neurosurgeon, MD", "1275649301"),
            "pcp": ("Reilly", ["Thomas"], "Dr.", "Primary care physician, MD", "1366750412"),
            "infus": ("Nguyen", ["Linh"], None, "Infusion nurse, RN", "1457861523"),
        },
        gp_org=("Lakeview Family Medicine", "1629038475"),
    ),
}

# --------------------------------------------------------------------------------------------
# Lab catalogues: key -> (text, [codings], unit, ucum, range) ; range = (low, high) or {"M":..,"F":..}
# codings are (system-alias, code, display)
# --------------------------------------------------------------------------------------------
_L = "loinc"
LAB_SI = {
    "hb": ("Haemoglobin", [(_L, "718-7", "Hemoglobin [Mass/volume] in Blood")], "g/L", "g/L",
           {"M": (130, 175), "F": (115, 155)}),
    "wbc": ("White cell count", [(_L, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")],
            "x10^9/L", "10*9/L", (4.0, 11.0)),
    "plt": ("Platelets", [(_L, "777-3", "Platelets [#/volume] in Blood by Automated count")], "x10^9/L",
            "10*9/L", (150, 400)),
    "mcv": ("MCV", [(_L, "787-2", "MCV [Entitic volume] by Automated count")], "fL", "fL", (80, 100)),
    "ferritin": ("Ferritin", [(_L, "2276-4", "Ferritin [Mass/volume] in Serum or Plasma")], "ug/L", "ug/L",
                 {"M": (30, 500), "F": (20, 200)}),
    "na": ("Sodium", [(_L, "2951-2", "Sodium [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
           (135, 145)),
    "k": ("Potassium", [(_L, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
          (3.5, 5.2)),
    "creat": ("Creatinine", [(_L, "14682-9", "Creatinine [Moles/volume] in Serum or Plasma")], "umol/L",
              "umol/L", {"M": (60, 110), "F": (45, 90)}),
    "egfr": ("eGFR (CKD-EPI)", [(_L, "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] "
                                 "in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)")],
             "mL/min/1.73m2", "mL/min/{1.73_m2}", (60, None)),
    "urea": ("Urea", [(_L, "22664-7", "Urea [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
             (3.0, 8.0)),
    "hba1c": ("HbA1c", [(_L, "59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol")],
              "mmol/mol", "mmol/mol", (20, 40)),
    "glucose": ("Glucose", [(_L, "14749-6", "Glucose [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
                (3.5, 7.8)),
    "crp": ("C-reactive protein", [(_L, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")],
            "mg/L", "mg/L", (0, 5)),
    "esr": ("ESR", [(_L, "4537-7", "Erythrocyte sedimentation rate by Westergren method")], "mm/h", "mm/h",
            (1, 20)),
    "alt": ("ALT", [(_L, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")],
            "U/L", "U/L", (0, 40)),
    "alp": ("Alkaline phosphatase", [(_L, "6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum "
                                      "or Plasma")], "U/L", "U/L", (40, 120)),
    "ggt": ("GGT", [(_L, "2324-2", "Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma")],
            "U/L", "U/L", (0, 60)),
    "bili": ("Bilirubin", [(_L, "14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma")], "umol/L",
             "umol/L", (0, 20)),
    "alb": ("Albumin", [(_L, "1751-7", "Albumin [Mass/volume] in Serum or Plasma")], "g/L", "g/L", (35, 50)),
    "tsh": ("TSH", [(_L, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")], "mIU/L", "m[IU]/L",
            (0.3, 4.0)),
    "ft4": ("Free T4", [(_L, "14920-3", "Thyroxine (T4) free [Moles/volume] in Serum or Plasma")], "pmol/L",
            "pmol/L", (12, 22)),
    "b12": ("Vitamin B12", [(_L, "14685-2", "Cobalamin (Vitamin B12) [Moles/volume] in Serum or Plasma")],
            "pmol/L", "pmol/L", (150, 700)),
    "tnt": ("Troponin T (high sensitivity)", [(_L, "67151-1", "Troponin T.cardiac [Mass/volume] in Serum or "
                                               "Plasma by High sensitivity method")], "ng/L", "ng/L", (0, 14)),
    "chol": ("Total cholesterol", [(_L, "14647-2", "Cholesterol [Moles/volume] in Serum or Plasma")], "mmol/L",
             "mmol/L", (0, 5.0)),
    "ldl": ("LDL cholesterol", [(_L, "22748-8", "Cholesterol in LDL [Moles/volume] in Serum or Plasma")],
            "mmol/L", "mmol/L", (0, 3.0)),
    "pt": ("Prothrombin time", [(_L, "5902-2", "Prothrombin time (PT)")], "s", "s", (10.0, 13.0)),
    "inr": ("INR", [(_L, "6301-6", "INR in Platelet poor plasma by Coagulation assay")], "", "{INR}",
            (0.8, 1.2)),
    "aptt": ("APTT", [(_L, "3173-2", "aPTT in Blood by Coagulation assay")], "s", "s", (25, 36)),
    "fib": ("Fibrinogen (Clauss)", [(_L, "3255-7", "Fibrinogen [Mass/volume] in Platelet poor plasma by "
                                     "Coagulation assay")], "g/L", "g/L", (1.5, 4.0)),
    "fviii": ("Factor VIII activity (one-stage)", [(_L, "3209-3", "Coagulation factor VIII activity actual/normal "
                                                    "in Platelet poor plasma by Coagulation assay")],
              "IU/dL", "[IU]/dL", (50, 150)),
    "fix": ("Factor IX activity (one-stage)", [(_L, "3187-2", "Coagulation factor IX activity actual/normal in "
                                                "Platelet poor plasma by Coagulation assay")],
            "IU/dL", "[IU]/dL", (50, 150)),
    "fxi": ("Factor XI activity", [("local:pathology", "FXI", "Factor XI activity")], "IU/dL", "[IU]/dL",
            (60, 150)),
    "vwfag": ("VWF antigen", [("local:pathology", "VWFAG", "von Willebrand factor antigen")], "IU/dL",
              "[IU]/dL", (50, 160)),
    "vwfact": ("VWF activity (GPIbM)", [("local:pathology", "VWFGP1BM", "von Willebrand factor activity, GPIbM "
                                         "binding")], "IU/dL", "[IU]/dL", (50, 160)),
    "calpro": ("Faecal calprotectin", [("local:pathology", "FCALP", "Faecal calprotectin")], "ug/g", "ug/g",
               (0, 50)),
    "ttg": ("Tissue transglutaminase IgA", [(_L, "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in "
                                              "Serum")], "U/mL", "[U]/mL", (0, 20)),
    "iga": ("Immunoglobulin A", [(_L, "2458-8", "IgA [Mass/volume] in Serum or Plasma")], "g/L", "g/L",
            (0.8, 4.0)),
    "psa": ("PSA", [(_L, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")], "ug/L", "ug/L",
            (0, 4.0)),
    "ntprobnp": ("NT-proBNP", [(_L, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in "
                                "Serum or Plasma")], "ng/L", "ng/L", (0, 125)),
    "ca": ("Calcium (adjusted)", [(_L, "2000-8", "Calcium [Moles/volume] in Serum or Plasma")], "mmol/L",
           "mmol/L", (2.10, 2.60)),
    "phos": ("Phosphate", [(_L, "14879-1", "Phosphate [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
             (0.8, 1.5)),
    "bicarb": ("Bicarbonate", [(_L, "1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma")], "mmol/L",
               "mmol/L", (22, 29)),
    "urate": ("Urate", [(_L, "14933-6", "Urate [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
              (0.20, 0.42)),
    "ca199": ("CA 19-9", [(_L, "24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma")], "U/mL",
              "[U]/mL", (0, 37)),
    "ast": ("AST", [(_L, "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma")],
            "U/L", "U/L", (0, 40)),
    "vitd": ("25-OH vitamin D", [(_L, "62292-8", "25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in "
                                  "Serum or Plasma")], "nmol/L", "nmol/L", (50, 150)),
}

LAB_US = {
    "hb": ("Hemoglobin", [(_L, "718-7", "Hemoglobin [Mass/volume] in Blood")], "g/dL", "g/dL",
           {"M": (13.5, 17.5), "F": (12.0, 15.5)}),
    "wbc": ("WBC", [(_L, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")], "K/uL", "10*3/uL",
            (4.0, 10.5)),
    "plt": ("Platelets", [(_L, "777-3", "Platelets [#/volume] in Blood by Automated count")], "K/uL", "10*3/uL",
            (150, 400)),
    "mcv": ("MCV", [(_L, "787-2", "MCV [Entitic volume] by Automated count")], "fL", "fL", (80, 100)),
    "na": ("Sodium", [(_L, "2951-2", "Sodium [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
           (136, 145)),
    "k": ("Potassium", [(_L, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
          (3.5, 5.1)),
    "creat": ("Creatinine", [(_L, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")], "mg/dL", "mg/dL",
              {"M": (0.70, 1.30), "F": (0.55, 1.10)}),
    "egfr": ("eGFR (CKD-EPI 2021)", [(_L, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume "
                                      "Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI "
                                      "2021)")], "mL/min/1.73m2", "mL/min/{1.73_m2}", (60, None)),
    "bun": ("BUN", [(_L, "3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma")], "mg/dL", "mg/dL",
            (7, 20)),
    "glucose": ("Glucose", [(_L, "2345-7", "Glucose [Mass/volume] in Serum or Plasma")], "mg/dL", "mg/dL",
                (70, 99)),
    "hba1c": ("Hemoglobin A1c", [(_L, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")], "%", "%",
              (4.0, 5.6)),
    "tsh": ("TSH", [(_L, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")], "mIU/L", "m[IU]/L",
            (0.45, 4.50)),
    "b12": ("Vitamin B12", [(_L, "2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma")],
            "pg/mL", "pg/mL", (232, 1245)),
    "folate": ("Folate", [(_L, "2284-8", "Folate [Mass/volume] in Serum or Plasma")], "ng/mL", "ng/mL",
               (3.0, None)),
    "vitd": ("25-OH vitamin D", [(_L, "62292-8", "25-Hydroxyvitamin D2+25-Hydroxyvitamin D3 [Mass/volume] in "
                                  "Serum or Plasma")], "ng/mL", "ng/mL", (30, 100)),
    "alt": ("ALT", [(_L, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")],
            "U/L", "U/L", (7, 52)),
    "ast": ("AST", [(_L, "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma")],
            "U/L", "U/L", (13, 39)),
    "alb": ("Albumin", [(_L, "1751-7", "Albumin [Mass/volume] in Serum or Plasma")], "g/dL", "g/dL",
            (3.5, 5.0)),
    "ca": ("Calcium", [(_L, "17861-6", "Calcium [Mass/volume] in Serum or Plasma")], "mg/dL", "mg/dL",
           (8.6, 10.3)),
    "ldl": ("LDL cholesterol (calc)", [(_L, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by "
                                        "calculation")], "mg/dL", "mg/dL", (0, 99)),
    "crp": ("CRP", [(_L, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")], "mg/L", "mg/L",
            (0, 10)),
    "inr": ("INR", [(_L, "6301-6", "INR in Platelet poor plasma by Coagulation assay")], "", "{INR}",
            (0.9, 1.1)),
    "ptau217": ("Plasma p-tau217", [("local:lab", "PTAU217", "Phosphorylated tau 217, plasma")], "pg/mL",
                "pg/mL", (0, 0.40)),
    "abratio": ("Plasma amyloid-beta 42/40 ratio", [("local:lab", "AB4240P", "Amyloid beta 42/40 ratio, plasma")],
                "ratio", "{ratio}", (0.102, None)),
}

LAB_GR = {
    "hb": ("Αιμοσφαιρίνη (Hb)", [(_L, "718-7", "Hemoglobin [Mass/volume] in Blood")], "g/dL", "g/dL",
           {"M": (13.5, 17.5), "F": (12.0, 16.0)}),
    "rbc": ("Ερυθρά αιμοσφαίρια (RBC)", [(_L, "789-8", "Erythrocytes [#/volume] in Blood by Automated count")],
            "x10^6/μL", "10*6/uL", {"M": (4.5, 5.9), "F": (4.0, 5.2)}),
    "wbc": ("Λευκά αιμοσφαίρια (WBC)", [(_L, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")],
            "x10^3/μL", "10*3/uL", (4.0, 10.5)),
    "plt": ("Αιμοπετάλια (PLT)", [(_L, "777-3", "Platelets [#/volume] in Blood by Automated count")],
            "x10^3/μL", "10*3/uL", (150, 400)),
    "mcv": ("Μέσος όγκος ερυθρών (MCV)", [(_L, "787-2", "MCV [Entitic volume] by Automated count")], "fL", "fL",
            (80, 100)),
    "ferritin": ("Φερριτίνη", [(_L, "2276-4", "Ferritin [Mass/volume] in Serum or Plasma")], "ng/mL", "ng/mL",
                 {"M": (30, 400), "F": (15, 150)}),
    "fe": ("Σίδηρος ορού", [(_L, "2498-4", "Iron [Mass/volume] in Serum or Plasma")], "μg/dL", "ug/dL",
           (60, 170)),
    "glucose": ("Σάκχαρο νηστείας", [(_L, "2345-7", "Glucose [Mass/volume] in Serum or Plasma")], "mg/dL",
                "mg/dL", (70, 100)),
    "hba1c": ("Γλυκοζυλιωμένη αιμοσφαιρίνη (HbA1c)", [(_L, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")],
              "%", "%", (4.0, 6.0)),
    "creat": ("Κρεατινίνη", [(_L, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")], "mg/dL", "mg/dL",
              {"M": (0.7, 1.3), "F": (0.5, 1.1)}),
    "egfr": ("eGFR (CKD-EPI)", [(_L, "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume "
                                 "Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)")],
             "mL/min/1.73m²", "mL/min/{1.73_m2}", (60, None)),
    "urea": ("Ουρία", [(_L, "3091-6", "Urea [Mass/volume] in Serum or Plasma")], "mg/dL", "mg/dL", (15, 50)),
    "k": ("Κάλιο (K)", [(_L, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
          (3.5, 5.1)),
    "na": ("Νάτριο (Na)", [(_L, "2951-2", "Sodium [Moles/volume] in Serum or Plasma")], "mmol/L", "mmol/L",
           (136, 145)),
    "tsh": ("TSH", [(_L, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")], "μIU/mL", "u[IU]/mL",
            (0.4, 4.0)),
    "ft4": ("Ελεύθερη θυροξίνη (FT4)", [(_L, "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma")],
            "ng/dL", "ng/dL", (0.8, 1.8)),
    "antitpo": ("Αντιθυρεοειδικά αντισώματα (anti-TPO)", [("local:lab", "ATPO", "Anti-TPO antibodies")], "IU/mL",
                "[IU]/mL", (0, 34)),
    "psa": ("PSA ολικό", [(_L, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")], "ng/mL",
            "ng/mL", (0, 4.0)),
    "crp": ("CRP", [(_L, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")], "mg/L", "mg/L",
            (0, 5)),
    "esr": ("ΤΚΕ", [(_L, "4537-7", "Erythrocyte sedimentation rate by Westergren method")], "mm/h", "mm/h",
            (0, 20)),
    "ast": ("SGOT (AST)", [(_L, "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or "
                            "Plasma")], "U/L", "U/L", (5, 40)),
    "alt": ("SGPT (ALT)", [(_L, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or "
                            "Plasma")], "U/L", "U/L", (5, 40)),
    "alb": ("Λευκωματίνη", [(_L, "1751-7", "Albumin [Mass/volume] in Serum or Plasma")], "g/dL", "g/dL",
            (3.5, 5.2)),
    "bili": ("Χολερυθρίνη ολική", [(_L, "1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma")], "mg/dL",
             "mg/dL", (0.2, 1.2)),
    "inr": ("INR", [(_L, "6301-6", "INR in Platelet poor plasma by Coagulation assay")], "", "{INR}",
            (0.8, 1.2)),
    "cea": ("CEA", [(_L, "2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma")], "ng/mL", "ng/mL",
            (0, 5.0)),
    "ntprobnp": ("NT-proBNP", [(_L, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in "
                                "Serum or Plasma")], "pg/mL", "pg/mL", (0, 125)),
    "hba2": ("HbA2", [(_L, "4551-8", "Hemoglobin A2/Hemoglobin.total in Blood")], "%", "%", (2.0, 3.3)),
    "hbf": ("HbF", [(_L, "4576-5", "Hemoglobin F/Hemoglobin.total in Blood")], "%", "%", (0, 1.0)),
    "ldl": ("LDL χοληστερόλη", [(_L, "13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by "
                                 "calculation")], "mg/dL", "mg/dL", (0, 100)),
    "urate": ("Ουρικό οξύ", [(_L, "3084-1", "Urate [Mass/volume] in Serum or Plasma")], "mg/dL", "mg/dL",
              (3.5, 7.2)),
    "fobt": ("Αιμοσφαιρίνη κοπράνων (FOBT)", [(_L, "2335-8", "Hemoglobin.gastrointestinal [Presence] in Stool")],
             None, None, None),
}

LABS = {"nz": LAB_SI, "hc": LAB_SI, "mc": LAB_US, "gr": LAB_GR}

# Scores and patient-reported measures: key -> (text, [codings], kind, ucum-for-decimal, category)
SCORES = {
    "mmse": ("MMSE total score", [(_L, "72107-6", "Total score [MMSE]")], "int", "survey"),
    "moca": ("MoCA total score", [(_L, "72172-0", "Total score [MoCA]")], "int", "survey"),
    "phq9": ("PHQ-9 total score", [(_L, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score "
                                    "[Reported]")], "int", "survey"),
    "gad7": ("GAD-7 total score", [(_L, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score "
                                    "[Reported.PHQ]")], "int", "survey"),
    "pain": ("Pain severity 0-10 (NRS)", [(_L, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - "
                                           "Reported")], "int", "survey"),
    "ecog": ("ECOG performance status", [(_L, "89247-1", "ECOG Performance Status score")], "int", "exam"),
    "cdrsb": ("CDR Sum of Boxes", [("local:scores", "CDR-SB", "Clinical Dementia Rating, sum of boxes")],
              "dec", "survey"),
    "cdrglobal": ("CDR global score", [("local:scores", "CDR-GLOBAL", "Clinical Dementia Rating, global")],
                  "dec", "survey"),
    "faq": ("Functional Activities Questionnaire", [("local:scores", "FAQ", "Functional Activities "
                                                     "Questionnaire total (0-30)")], "int", "survey"),
    "npiq": ("NPI-Q severity", [("local:scores", "NPIQ-SEV", "Neuropsychiatric Inventory Questionnaire, "
                                 "severity total")], "int", "survey"),
    "pbac": ("PBAC score (menstrual cycle)", [("local:scores", "PBAC", "Pictorial blood assessment chart score, "
                                               "one cycle")], "int", "survey"),
    "isthbat": ("ISTH-BAT bleeding score", [("local:scores", "ISTHBAT", "ISTH Bleeding Assessment Tool score")],
                "int", "survey"),
    "hjhs": ("HJHS joint score", [("local:scores", "HJHS", "Hemophilia Joint Health Score 2.1")], "int", "exam"),
    "haemqol": ("Haem-A-QoL total (transformed 0-100)", [("local:scores", "HAEMAQOL", "Haem-A-QoL total score, "
                                                          "transformed 0-100, higher is worse")], "dec", "survey"),
    "eqvas": ("EQ-5D-5L visual analogue scale", [("local:scores", "EQVAS", "EQ-5D-5L EQ VAS 0-100")], "int",
              "survey"),
    "eqindex": ("EQ-5D-5L index value", [("local:scores", "EQ5D5L-IDX", "EQ-5D-5L index value (England value "
                                          "set)")], "dec", "survey"),
    "eortc_gh": ("EORTC QLQ-C30 global health status/QoL", [("local:scores", "QLQC30-QL2", "EORTC QLQ-C30 global "
                                                              "health status/QoL scale (0-100)")], "dec", "survey"),
    "das28": ("DAS28-CRP", [("local:scores", "DAS28CRP", "Disease Activity Score 28 joints, CRP")], "dec", "exam"),
    "haqdi": ("HAQ-DI", [("local:scores", "HAQDI", "Health Assessment Questionnaire Disability Index")], "dec",
              "survey"),
    "pbac_note": None,
    "pspr": ("PSP rating scale", [("local:scores", "PSPRS", "Progressive Supranuclear Palsy Rating Scale total")],
             "int", "exam"),
    "odi": ("Oswestry Disability Index", [("local:scores", "ODI", "Oswestry Disability Index (%)")], "int",
            "survey"),
    "nyha": ("NYHA functional class", [("local:scores", "NYHA", "NYHA functional class")], "int", "exam"),
}

VITALS = {
    "hr": ("Heart rate", "8867-4", "Heart rate", "/min", "/min"),
    "rr": ("Respiratory rate", "9279-1", "Respiratory rate", "/min", "/min"),
    "temp": ("Body temperature", "8310-5", "Body temperature", "°C", "Cel"),
    "spo2": ("Oxygen saturation", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry", "%", "%"),
    "wt": ("Body weight", "29463-7", "Body weight", "kg", "kg"),
    "ht": ("Body height", "8302-2", "Body height", "cm", "cm"),
    "bmi": ("Body mass index", "39156-5", "Body mass index (BMI) [Ratio]", "kg/m2", "kg/m2"),
}

DOC_TYPES = {
    "progress": ("11506-3", "Progress note"),
    "discharge": ("18842-5", "Discharge summary"),
    "consult": ("11488-4", "Consult note"),
    "hp": ("34117-2", "History and physical note"),
    "procedure": ("28570-0", "Procedure note"),
    "referral": ("57133-1", "Referral note"),
    "imaging": ("18748-4", "Diagnostic imaging study"),
    "pathology": ("11526-1", "Pathology study"),
    "advance": ("42348-3", "Advance healthcare directives"),
    "letter": ("11488-4", "Consult note"),
}


# --------------------------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------------------------
def nhs_number(seed):
    """A valid (modulus 11) NHS number in the 999 range reserved for non-live use."""
    n = seed
    while True:
        body = "999" + f"{n % 1000000:06d}"
        total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        chk = 11 - total % 11
        if chk == 11:
            chk = 0
        if chk != 10:
            return body + str(chk)
        n += 7


def nhi_number(seed):
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    n = seed
    while True:
        a, b = "Z", letters[(n // 24) % 24]
        c = letters[n % 24]
        digits = f"{(n * 37) % 1000:03d}"
        vals = [letters.index(x) + 1 for x in (a, b, c)]
        total = vals[0] * 7 + vals[1] * 6 + vals[2] * 5 + sum(int(d) * w for d, w in zip(digits, (4, 3, 2)))
        mod = total % 11
        if mod != 0:
            chk = 11 - mod
            if chk == 10:
                chk = 0
            return a + b + c + digits + str(chk)
        n += 1


def amka(birth, seed):
    y, m, d = birth.split("-")
    body = f"{d}{m}{y[2:]}{seed % 10000:04d}"
    digits = [int(c) for c in body]
    total = 0
    for i, dg in enumerate(reversed(digits)):
        if i % 2 == 0:
            dg *= 2
            if dg > 9:
                dg -= 9
        total += dg
    return body + str((10 - total % 10) % 10)


def b64(text):
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# --------------------------------------------------------------------------------------------
# the kit
# --------------------------------------------------------------------------------------------
class Case:
    def __init__(self, cid, org_key, seed=1):
        self.cid = cid
        self.ok = org_key
        self.o = ORGS[org_key]
        self.tz = ZoneInfo(self.o["tz"])
        self.entries = []
        self.n = Counter()
        self.seed = seed
        self._prac = {}
        self._orgs = {}
        self.pat = None
        self.gender = None
        self.lang = self.o["lang"]
        self._enc_start = {}

    # ---- plumbing -----------------------------------------------------------------------
    def nid(self, prefix):
        self.n[prefix] += 1
        return f"{self.cid}-{prefix}{self.n[prefix]}"

    def add(self, res, prefix=None, rid=None):
        rt = res["resourceType"]
        if rid is None:
            rid = self.nid(prefix or rt[:3].lower())
        body = {"resourceType": rt, "id": rid}
        body.update({k: v for k, v in res.items() if k != "resourceType" and v is not None})
        self.entries.append({
            "fullUrl": f"{self.o['base']}/{rt}/{rid}",
            "resource": body,
            "request": {"method": "PUT", "url": f"{rt}/{rid}"},
        })
        return f"{rt}/{rid}"

    def bundle(self):
        return {"resourceType": "Bundle", "type": "transaction", "entry": self.entries}

    def dt(self, d, t="09:00"):
        if "T" in d:
            return d
        y, m, dd = (int(x) for x in d.split("-"))
        hh, mm = (int(x) for x in t.split(":"))
        return datetime(y, m, dd, hh, mm, tzinfo=self.tz).isoformat()

    def dt_plus(self, d, t, minutes):
        y, m, dd = (int(x) for x in d.split("-"))
        hh, mm = (int(x) for x in t.split(":"))
        x = datetime(y, m, dd, hh, mm, tzinfo=self.tz) + timedelta(minutes=minutes)
        return x.isoformat()

    @staticmethod
    def r(ref):
        return {"reference": ref} if ref else None

    def coding(self, c):
        alias, code, display = c
        if alias.startswith("local:"):
            system = self.o["local"] + alias.split(":", 1)[1]
        else:
            system = SYS.get(alias, alias)
        out = {"system": system}
        if alias == "sct" and self.o.get("sct_version"):
            out["version"] = self.o["sct_version"]
        out["code"] = code
        if display:
            out["display"] = display
        return out

    def cc(self, text, *codings):
        """CodeableConcept from text and (alias, code, display) tuples; codings may be a single list."""
        if len(codings) == 1 and isinstance(codings[0], list):
            codings = codings[0]
        out = {}
        if codings:
            out["coding"] = [self.coding(c) for c in codings]
        if text:
            out["text"] = text
        return out

    def ccx(self, spec):
        """spec is a str (text only), a tuple (text, [codings]) or already a dict."""
        if spec is None:
            return None
        if isinstance(spec, dict):
            return spec
        if isinstance(spec, str):
            return {"text": spec}
        text, codes = spec
        return self.cc(text, *codes)

    def qty(self, value, unit, ucum=None):
        return {"value": value, "unit": unit, "system": SYS["ucum"], "code": ucum or unit}

    # ---- people and places ----------------------------------------------------------------
    def org(self, key="main"):
        if key in self._orgs:
            return self._orgs[key]
        o = self.o
        if key == "main":
            res = {"resourceType": "Organization",
                   "identifier": [{"system": o["org_ident"][0], "value": o["org_ident"][1]}],
                   "active": True,
                   "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type",
                                         "code": "prov", "display": "Healthcare Provider"}]}],
                   "name": o["name"], "alias": o["alias"],
                   "telecom": [{"system": "phone", "value": o["phone"], "use": "work"}],
                   "address": [dict(use="work", **o["address"])]}
        elif key == "gp":
            name, ident = o["gp_org"]
            res = {"resourceType": "Organization",
                   "identifier": [{"system": o["org_ident"][0], "value": ident}],
                   "active": True,
                   "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type",
                                         "code": "prov", "display": "Healthcare Provider"}],
                             "text": "Primary care"}],
                   "name": name}
        elif key == "payor":
            name, ident = o["payor"]
            res = {"resourceType": "Organization",
                   "identifier": [{"system": o["local"] + "payor", "value": ident}],
                   "active": True,
                   "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type",
                                         "code": "pay", "display": "Payer"}]}],
                   "name": name}
        else:
            raise KeyError(key)
        ref = self.add(res, prefix="org")
        self._orgs[key] = ref
        return ref

    def ext_org(self, name, type_text="Healthcare provider", ident=None, city=None, key=None):
        if key and key in self._orgs:
            return self._orgs[key]
        res = {"resourceType": "Organization", "active": True,
               "type": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/organization-type",
                                     "code": "prov", "display": "Healthcare Provider"}], "text": type_text}],
               "name": name}
        if ident:
            res["identifier"] = [{"system": self.o["local"] + "external-organisation", "value": ident}]
        if city:
            res["address"] = [{"city": city}]
        ref = self.add(res, prefix="org")
        if key:
            self._orgs[key] = ref
        return ref

    def pr(self, key):
        if key in self._prac:
            return self._prac[key]
        family, given, prefix, role, ident = self.o["staff"][key]
        name = {"use": "official", "family": family, "given": given}
        if prefix:
            name["prefix"] = [prefix]
        res = {"resourceType": "Practitioner",
               "identifier": [{"system": self.o["pract_sys"], "value": ident}],
               "active": True, "name": [name],
               "qualification": [{"code": {"text": role}}]}
        ref = self.add(res, prefix="pra")
        self._prac[key] = ref
        return ref

    def ext_pr(self, family, given, prefix, role, key):
        if key in self._prac:
            return self._prac[key]
        name = {"use": "official", "family": family, "given": given}
        if prefix:
            name["prefix"] = [prefix]
        ref = self.add({"resourceType": "Practitioner", "active": True, "name": [name],
                        "qualification": [{"code": {"text": role}}]}, prefix="pra")
        self._prac[key] = ref
        return ref

    def patient(self, family, given, gender, birth, *, city=None, line=None, postcode=None, phone=None,
                langs=None, marital=None, ethnicity=None, gp=True, extra_ident=None, deceased=None):
        o = self.o
        self.gender = "M" if gender == "male" else "F"
        ids = []
        seed = sum(ord(c) for c in family + birth) + self.seed
        if self.ok == "nz":
            ids.append({"use": "official", "system": "https://standards.digital.health.nz/ns/nhi-id",
                        "value": nhi_number(seed)})
        elif self.ok == "hc":
            ids.append({"use": "official", "system": "https://fhir.nhs.uk/Id/nhs-number",
                        "value": nhs_number(seed * 31)})
            ids.append({"use": "usual", "type": {"coding": [{"system": SYS["v2-0203"], "code": "MR"}]},
                        "system": o["local"] + "hospital-number", "value": f"SHC{seed * 13 % 1000000:06d}"})
        elif self.ok == "gr":
            ids.append({"use": "official", "type": {"text": "ΑΜΚΑ"}, "system": "https://www.amka.gr/amka",
                        "value": amka(birth, seed)})
            ids.append({"use": "usual", "type": {"coding": [{"system": SYS["v2-0203"], "code": "MR"}]},
                        "system": o["local"] + "arithmos-mitroou", "value": f"{seed * 17 % 10000000:07d}"})
        else:
            ids.append({"use": "usual", "type": {"coding": [{"system": SYS["v2-0203"], "code": "MR"}]},
                        "system": o["local"] + "mrn", "value": f"LMC{seed * 19 % 10000000:07d}"})
        if extra_ident:
            ids.extend(extra_ident)
        addr = {"use": "home", "line": line or [], "city": city or o["address"]["city"],
                "country": o["address"]["country"]}
        if not addr["line"]:
            del addr["line"]
        if postcode:
            addr["postalCode"] = postcode
        if "state" in o["address"]:
            addr["state"] = o["address"]["state"]
        res = {"resourceType": "Patient", "identifier": ids, "active": True,
               "name": [{"use": "official", "family": family, "given": given}],
               "telecom": [{"system": "phone", "value": phone, "use": "mobile"}] if phone else None,
               "gender": gender, "birthDate": birth, "address": [addr]}
        if deceased is not None:
            res["deceasedBoolean"] = deceased
        if marital:
            res["maritalStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus",
                                                "code": marital}]}
        if ethnicity:
            code, disp = ethnicity
            res["extension"] = [{"url": "http://hl7.org.nz/fhir/StructureDefinition/nz-ethnicity",
                                 "valueCodeableConcept": {"coding": [{
                                     "system": "https://standards.digital.health.nz/ns/ethnic-group-level-4-code",
                                     "code": code, "display": disp}], "text": disp}}]
        langs = langs or [self.lang]
        res["communication"] = [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": lg}]},
                                 "preferred": i == 0} for i, lg in enumerate(langs)]
        if gp:
            res["generalPractitioner"] = [self.r(self.org("gp"))]
        res["managingOrganization"] = self.r(self.org())
        self.pat = self.add(res, rid=self.cid)
        return self.pat

    def coverage(self, start, type_text=None, sub_id=None, payor=None, end=None):
        payor = payor or self.org("payor")
        types = {"nz": ("PUBLICPOL", "public healthcare", "Publicly funded (Te Whatu Ora)"),
                 "gr": ("PUBLICPOL", "public healthcare", "ΕΟΠΥΥ – δημόσια ασφάλιση υγείας"),
                 "hc": ("PUBLICPOL", "public healthcare", "NHS-funded care"),
                 "mc": ("SUBSIDIZ", "subsidized health program", "Medicare Part B")}
        code, disp, txt = types[self.ok]
        res = {"resourceType": "Coverage", "status": "active",
               "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": code,
                                    "display": disp}], "text": type_text or txt},
               "subscriberId": sub_id,
               "beneficiary": self.r(self.pat),
               "relationship": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/subscriber-relationship",
                                            "code": "self"}]},
               "period": {"start": start, "end": end} if end else {"start": start},
               "payor": [self.r(payor)]}
        return self.add(res, prefix="cov")

    def related(self, family, given, rel_code, rel_display, phone=None, text=None, gender=None):
        res = {"resourceType": "RelatedPerson", "active": True, "patient": self.r(self.pat),
               "relationship": [{"coding": [{"system": SYS["v3role"], "code": rel_code, "display": rel_display}],
                                 "text": text or rel_display}],
               "name": [{"family": family, "given": given}],
               "telecom": [{"system": "phone", "value": phone}] if phone else None,
               "gender": gender}
        return self.add(res, prefix="rel")

    # ---- encounters ---------------------------------------------------------------------------
    ENC_CLASS = {"AMB": "ambulatory", "EMER": "emergency", "IMP": "inpatient encounter", "VR": "virtual",
                 "HH": "home health", "SS": "short stay", "PRENC": "pre-admission"}

    def enc(self, start, type_text, *, end=None, cls="AMB", t="09:00", dur=30, status="finished", reason=None,
            pr=None, org=None, priority=None, admit=None, discharge=None, type_codes=None, service=None,
            diagnosis=None, reason_ref=None, based_on=None, part_of=None):
        period = {"start": self.dt(start, t)}
        if status in ("finished", "in-progress") or end:
            if end:
                period["end"] = self.dt(end, "11:00") if "T" not in end else end
            elif status == "finished":
                period["end"] = self.dt_plus(start, t, dur)
        if status == "in-progress" and "end" in period:
            del period["end"]
        res = {"resourceType": "Encounter", "status": status,
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": cls,
                         "display": self.ENC_CLASS.get(cls, cls)},
               "type": [self.cc(type_text, *(type_codes or []))],
               "serviceType": self.ccx(service),
               "subject": self.r(self.pat),
               "period": period}
        if priority:
            pmap = {"EM": "emergency", "R": "routine", "EL": "elective", "UR": "urgent"}
            res["priority"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ActPriority",
                                           "code": priority, "display": pmap[priority]}]}
        if pr:
            prs = pr if isinstance(pr, list) else [pr]
            res["participant"] = [{"type": [{"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                "code": "PPRF" if i == 0 else "SPRF",
                "display": "primary performer" if i == 0 else "secondary performer"}]}],
                "individual": self.r(p)} for i, p in enumerate(prs)]
        if reason:
            res["reasonCode"] = [self.ccx(x) for x in (reason if isinstance(reason, list) else [reason])]
        if reason_ref:
            res["reasonReference"] = [self.r(x) for x in reason_ref]
        if diagnosis:
            res["diagnosis"] = [{"condition": self.r(c), "rank": i + 1,
                                 "use": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/diagnosis-role",
                                                     "code": "DD" if i == 0 else "CM"}]}}
                                for i, c in enumerate(diagnosis)]
        if admit or discharge:
            h = {}
            if admit:
                amap = {"emd": "From accident/emergency department", "gp": "General Practitioner referral",
                        "outp": "From outpatient department", "other": "Other", "mp": "Medical Practitioner/physician referral",
                        "hosp-trans": "Transferred from other hospital", "born": "Born in hospital"}
                h["admitSource"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/admit-source",
                                                "code": admit, "display": amap[admit]}]}
            if discharge:
                dmap = {"home": "Home", "snf": "Skilled nursing facility", "hosp": "Hospice",
                        "other-hcf": "Other healthcare facility", "long": "Long-term care"}
                h["dischargeDisposition"] = {"coding": [{
                    "system": "http://terminology.hl7.org/CodeSystem/discharge-disposition",
                    "code": discharge, "display": dmap[discharge]}]}
            res["hospitalization"] = h
        if based_on:
            res["basedOn"] = [self.r(x) for x in based_on]
        if part_of:
            res["partOf"] = self.r(part_of)
        res["serviceProvider"] = self.r(org or self.org())
        ref = self.add(res, prefix="enc")
        self._enc_start[ref] = (start, t)
        return ref

    # ---- clinical content -------------------------------------------------------------------
    def cond(self, text, codes, onset, *, status="active", ver="confirmed", cat="problem-list-item",
             abated=None, recorded=None, note=None, enc=None, asserter=None, severity=None, body=None,
             stage=None, evidence=None, recorder=None):
        cats = {"problem-list-item": "Problem List Item", "encounter-diagnosis": "Encounter Diagnosis"}
        res = {"resourceType": "Condition"}
        if ver != "entered-in-error":
            res["clinicalStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-clinical",
                                                 "code": status}]}
        res["verificationStatus"] = {"coding": [{
            "system": "http://terminology.hl7.org/CodeSystem/condition-ver-status", "code": ver}]}
        res["category"] = [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/condition-category",
                                        "code": cat, "display": cats[cat]}]}]
        if severity:
            smap = {"mild": "255604002", "moderate": "6736007", "severe": "24484000"}
            res["severity"] = {"coding": [self.coding(("sct", smap[severity], severity.capitalize()))]}
        res["code"] = self.cc(text, *codes)
        if body:
            res["bodySite"] = [self.ccx(body)]
        res["subject"] = self.r(self.pat)
        if enc:
            res["encounter"] = self.r(enc)
        if onset:
            res["onsetDateTime"] = onset
        if abated:
            res["abatementDateTime"] = abated
        res["recordedDate"] = recorded or onset
        if recorder:
            res["recorder"] = self.r(recorder)
        if asserter:
            res["asserter"] = self.r(asserter)
        if stage:
            res["stage"] = [{"summary": self.ccx(stage)}]
        if evidence:
            res["evidence"] = [{"detail": [self.r(x) for x in evidence]}]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, prefix="con")

    def _interp(self, code):
        disp = {"N": "Normal", "H": "High", "L": "Low", "HH": "Critical high", "LL": "Critical low",
                "A": "Abnormal", "POS": "Positive", "NEG": "Negative", "IND": "Indeterminate"}[code]
        return [{"coding": [{"system": SYS["interp"], "code": code, "display": disp}]}]

    def obs(self, code, date, *, value=None, t="09:00", cat="laboratory", unit=None, ucum=None, interp=None,
            rng=None, rng_text=None, enc=None, performer=None, note=None, components=None, status="final",
            vtype=None, method=None, body=None, specimen_text=None, derived=None, issued=True):
        catmap = {"laboratory": "Laboratory", "vital-signs": "Vital Signs", "survey": "Survey", "exam": "Exam",
                  "imaging": "Imaging", "social-history": "Social History", "procedure": "Procedure",
                  "therapy": "Therapy", "activity": "Activity"}
        res = {"resourceType": "Observation", "status": status,
               "category": [{"coding": [{"system": SYS["obscat"], "code": cat, "display": catmap[cat]}]}],
               "code": self.ccx(code), "subject": self.r(self.pat)}
        if enc:
            res["encounter"] = self.r(enc)
            es = self._enc_start.get(enc)
            if es and es[0] == date:
                t = (datetime.strptime(es[1], "%H:%M") + timedelta(minutes=10 if cat != "laboratory" else 5)
                     ).strftime("%H:%M")
        res["effectiveDateTime"] = self.dt(date, t)
        if issued and cat == "laboratory":
            res["issued"] = self.dt_plus(date, t, 240)
        if performer:
            res["performer"] = [self.r(p) for p in (performer if isinstance(performer, list) else [performer])]
        if value is not None:
            if vtype == "int" or (vtype is None and isinstance(value, bool) is False and isinstance(value, int)
                                  and unit is None and ucum is None):
                res["valueInteger"] = int(value)
            elif isinstance(value, bool):
                res["valueBoolean"] = value
            elif isinstance(value, (int, float)):
                res["valueQuantity"] = self.qty(value, unit if unit is not None else ucum, ucum)
            elif isinstance(value, dict):
                res["valueCodeableConcept"] = value
            elif isinstance(value, tuple):
                res["valueCodeableConcept"] = self.ccx(value)
            else:
                res["valueString"] = value
        if interp:
            res["interpretation"] = self._interp(interp)
        if note:
            res["note"] = [{"text": note}]
        if body:
            res["bodySite"] = self.ccx(body)
        if method:
            res["method"] = self.ccx(method)
        if rng or rng_text:
            rr = {}
            if rng:
                lo, hi = rng
                if lo is not None:
                    rr["low"] = self.qty(lo, unit if unit is not None else ucum, ucum)
                if hi is not None:
                    rr["high"] = self.qty(hi, unit if unit is not None else ucum, ucum)
            if rng_text:
                rr["text"] = rng_text
            res["referenceRange"] = [rr]
        if derived:
            res["derivedFrom"] = [self.r(x) for x in derived]
        if components:
            res["component"] = components
        return self.add(res, prefix="obs")

    def lab(self, key, date, value, *, t="08:30", interp=None, enc=None, note=None, performer=None, rng=None,
            text=None):
        text0, codes, unit, ucum, rr = LABS[self.ok][key]
        if isinstance(rr, dict):
            rr = rr[self.gender or "F"]
        if rng is not None:
            rr = rng
        if interp is None and rr and isinstance(value, (int, float)):
            lo, hi = rr
            if lo is not None and value < lo:
                interp = "L"
            elif hi is not None and value > hi:
                interp = "H"
            else:
                interp = "N"
        rng_text = None
        if rr and rr[1] is None:
            rng_text = f">= {rr[0]} {unit}"
        elif rr and rr[0] == 0:
            rng_text = f"<= {rr[1]} {unit}"
        return self.obs(self.cc(text or text0, *codes), date, value=value, t=t, cat="laboratory",
                        unit=unit, ucum=ucum, interp=interp, rng=rr, rng_text=rng_text, enc=enc, note=note,
                        performer=performer)

    def labs(self, date, enc=None, t="08:30", **values):
        return [self.lab(k, date, v, enc=enc, t=t) for k, v in values.items()]

    def score(self, key, date, value, *, enc=None, t="10:00", note=None, performer=None, interp=None,
              text=None, rng=None):
        text0, codes, kind, cat = SCORES[key]
        if kind == "int":
            return self.obs(self.cc(text or text0, *codes), date, value=int(value), vtype="int", t=t, cat=cat,
                            enc=enc, note=note, performer=performer, interp=interp)
        return self.obs(self.cc(text or text0, *codes), date, value=float(value), unit="{score}",
                        ucum="{score}", t=t, cat=cat, enc=enc, note=note, performer=performer, interp=interp)

    def vitals(self, date, enc=None, t="09:10", bp=None, **vals):
        refs = []
        if bp:
            sbp, dbp = bp
            comps = [
                {"code": self.cc("Systolic blood pressure", ("loinc", "8480-6", "Systolic blood pressure")),
                 "valueQuantity": self.qty(sbp, "mmHg", "mm[Hg]")},
                {"code": self.cc("Diastolic blood pressure", ("loinc", "8462-4", "Diastolic blood pressure")),
                 "valueQuantity": self.qty(dbp, "mmHg", "mm[Hg]")}]
            refs.append(self.obs(self.cc("Blood pressure", ("loinc", "85354-9",
                                                             "Blood pressure panel with all children optional")),
                                 date, t=t, cat="vital-signs", enc=enc, components=comps))
        for k, v in vals.items():
            text, code, disp, unit, ucum = VITALS[k]
            refs.append(self.obs(self.cc(text, ("loinc", code, disp)), date, value=v, unit=unit, ucum=ucum,
                                 t=t, cat="vital-signs", enc=enc))
        return refs

    def symptom(self, text, codes, date, *, value=None, enc=None, note=None, t="10:00", performer=None):
        """A patient-reported symptom finding recorded as an Observation."""
        val = value if value is not None else ("Present", [("sct", "52101004", "Present")])
        return self.obs(self.cc(text, *codes), date, value=val, t=t, cat="survey", enc=enc, note=note,
                        performer=performer)

    def report(self, text, codes, date, *, results=None, conclusion=None, cat="LAB", performer=None, enc=None,
               status="final", conclusion_codes=None, t="12:00", interpreter=None, based_on=None, media=None):
        cat_disp = {"LAB": "Laboratory", "RAD": "Radiology", "HM": "Hematology", "CH": "Chemistry",
                    "PAT": "Pathology (gross & histopath, not surgical)", "SP": "Surgical Pathology",
                    "CT": "CAT Scan", "RUS": "Radiology Ultrasound", "CUS": "Cardiac Ultrasound",
                    "EC": "Electrocardiac (e.g., EKG,  EEC, Holter)", "NMS": "Nuclear Medicine Scan",
                    "PF": "Pulmonary Function", "OTH": "Other", "NMR": "Nuclear Magnetic Resonance",
                    "GE": "Genetics", "CG": "Cytogenetics", "CTH": "Cardiac Catheterization",
                    "GI": "Gastroenterology", "IMM": "Immunology", "NRS": "Nursing service measures",
                    "PHY": "Physician (Hx. Dx, admission note, etc.)"}
        res = {"resourceType": "DiagnosticReport", "status": status,
               "category": [{"coding": [{"system": SYS["v2-0074"], "code": cat, "display": cat_disp[cat]}]}],
               "code": self.cc(text, *codes), "subject": self.r(self.pat)}
        if based_on:
            res["basedOn"] = [self.r(x) for x in based_on]
        if enc:
            res["encounter"] = self.r(enc)
        res["effectiveDateTime"] = self.dt(date, t)
        res["issued"] = self.dt_plus(date, t, 180)
        if performer:
            res["performer"] = [self.r(p) for p in (performer if isinstance(performer, list) else [performer])]
        if interpreter:
            res["resultsInterpreter"] = [self.r(interpreter)]
        if results:
            res["result"] = [self.r(x) for x in results]
        if conclusion:
            res["conclusion"] = conclusion
        if conclusion_codes:
            res["conclusionCode"] = [self.ccx(c) for c in conclusion_codes]
        return self.add(res, prefix="dr")

    def _doc_category(self):
        if self.ok == "mc":
            return {"coding": [{"system": "http://hl7.org/fhir/us/core/CodeSystem/us-core-documentreference-category",
                                "code": "clinical-note", "display": "Clinical Note"}]}
        txt = {"nz": "Clinical correspondence", "gr": "Ιατρικό σημείωμα", "hc": "Clinic correspondence"}[self.ok]
        return {"coding": [{"system": self.o["local"] + "document-category", "code": "clinical-note",
                            "display": txt}], "text": txt}

    def note(self, date, title, text, author, *, enc=None, kind="progress", t="16:00", lang=None, custodian=None,
             desc=None, status="current", related=None):
        code, disp = DOC_TYPES[kind]
        res = {"resourceType": "DocumentReference", "status": status, "docStatus": "final",
               "type": {"coding": [{"system": SYS["loinc"], "code": code, "display": disp}], "text": title},
               "category": [self._doc_category()],
               "subject": self.r(self.pat), "date": self.dt(date, t),
               "author": [self.r(a) for a in (author if isinstance(author, list) else [author])],
               "custodian": self.r(custodian or self.org()),
               "description": desc or title,
               "content": [{"attachment": {"contentType": "text/plain", "language": lang or self.lang,
                                           "data": b64(text.strip() + "\n"), "title": title,
                                           "creation": self.dt(date, t)}}]}
        ctx = {}
        if enc:
            ctx["encounter"] = [self.r(enc)]
        ctx["period"] = {"start": self.dt(date, t)}
        if related:
            ctx["related"] = [self.r(x) for x in related]
        res["context"] = ctx
        return self.add(res, prefix="doc")

    # ---- medications --------------------------------------------------------------------------
    def dosage(self, text, *, route=None, dose=None, freq=None, period=1, unit="d", prn=False, seq=None):
        d = {"text": text}
        if seq:
            d["sequence"] = seq
        if freq:
            d["timing"] = {"repeat": {"frequency": freq, "period": period, "periodUnit": unit}}
        if prn:
            d["asNeededBoolean"] = True
        routes = {"oral": ("26643006", "Oral route"), "iv": ("47625008", "Intravenous route"),
                  "sc": ("34206005", "Subcutaneous route"), "top": ("6064005", "Topical route"),
                  "inh": ("18679011000001101", "Inhalation"), "td": ("45890007", "Transdermal route"),
                  "im": ("78421000", "Intramuscular route"), "mouth": ("26643006", "Oral route")}
        if route:
            code, disp = routes[route]
            if route == "inh":
                d["route"] = {"text": "Inhaled"}
            else:
                d["route"] = {"coding": [{"system": SYS["sct"], "code": code, "display": disp}]}
        if dose:
            v, u, ucum = dose
            d["doseAndRate"] = [{"doseQuantity": self.qty(v, u, ucum)}]
        return d

    def medreq(self, med, authored, dosage, requester, *, status="active", intent="order", reason=None,
               reason_ref=None, enc=None, note=None, category=None, start=None, end=None, course=None,
               based_on=None, status_reason=None):
        res = {"resourceType": "MedicationRequest", "status": status}
        if status_reason:
            res["statusReason"] = self.ccx(status_reason)
        res["intent"] = intent
        if category:
            res["category"] = [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/medicationrequest-category",
                                            "code": category}]}]
        res["medicationCodeableConcept"] = self.ccx(med)
        res["subject"] = self.r(self.pat)
        if enc:
            res["encounter"] = self.r(enc)
        res["authoredOn"] = self.dt(authored, "11:00") if "T" not in authored else authored
        res["requester"] = self.r(requester)
        if reason:
            res["reasonCode"] = [self.ccx(x) for x in (reason if isinstance(reason, list) else [reason])]
        if reason_ref:
            res["reasonReference"] = [self.r(x) for x in reason_ref]
        if based_on:
            res["basedOn"] = [self.r(x) for x in based_on]
        if course:
            res["courseOfTherapyType"] = {"coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/medicationrequest-course-of-therapy",
                "code": course}]}
        if note:
            res["note"] = [{"text": note}]
        res["dosageInstruction"] = dosage if isinstance(dosage, list) else [dosage]
        if start or end:
            vp = {}
            if start:
                vp["start"] = start
            if end:
                vp["end"] = end
            res["dispenseRequest"] = {"validityPeriod": vp}
        return self.add(res, prefix="mrq")

    def medstmt(self, med, status, start, *, end=None, asserted=None, reason=None, reason_ref=None, note=None,
                source=None, dosage=None, status_reason=None):
        res = {"resourceType": "MedicationStatement", "status": status}
        if status_reason:
            res["statusReason"] = [self.ccx(status_reason)]
        res["medicationCodeableConcept"] = self.ccx(med)
        res["subject"] = self.r(self.pat)
        eff = {"start": start}
        if end:
            eff["end"] = end
        res["effectivePeriod"] = eff
        res["dateAsserted"] = self.dt(asserted or start, "12:00")
        if source:
            res["informationSource"] = self.r(source)
        if reason:
            res["reasonCode"] = [self.ccx(x) for x in (reason if isinstance(reason, list) else [reason])]
        if reason_ref:
            res["reasonReference"] = [self.r(x) for x in reason_ref]
        if note:
            res["note"] = [{"text": note}]
        if dosage:
            res["dosage"] = [dosage] if isinstance(dosage, dict) else [{"text": dosage}]
        return self.add(res, prefix="mst")

    def medadmin(self, med, date, *, t="10:00", dose=None, route=None, request=None, performer=None,
                 status="completed", note=None, reason_ref=None, dose_text=None, enc=None, end_minutes=None):
        res = {"resourceType": "MedicationAdministration", "status": status,
               "medicationCodeableConcept": self.ccx(med), "subject": self.r(self.pat)}
        if enc:
            res["context"] = self.r(enc)
        if end_minutes:
            res["effectivePeriod"] = {"start": self.dt(date, t), "end": self.dt_plus(date, t, end_minutes)}
        else:
            res["effectiveDateTime"] = self.dt(date, t)
        if performer:
            res["performer"] = [{"actor": self.r(performer)}]
        if reason_ref:
            res["reasonReference"] = [self.r(x) for x in reason_ref]
        if request:
            res["request"] = self.r(request)
        if note:
            res["note"] = [{"text": note}]
        dz = {}
        if dose_text:
            dz["text"] = dose_text
        if route:
            dz["route"] = self.dosage("", route=route)["route"]
        if dose:
            v, u, ucum = dose
            dz["dose"] = self.qty(v, u, ucum)
        if dz:
            res["dosage"] = dz
        return self.add(res, prefix="mad")

    # ---- orders, procedures, plans ------------------------------------------------------------
    def proc(self, text, codes, status, *, performed=None, performed_end=None, performer=None, reason=None,
             reason_ref=None, note=None, enc=None, outcome=None, body=None, category=None, based_on=None,
             t="09:00", report=None, status_reason=None):
        res = {"resourceType": "Procedure"}
        if based_on:
            res["basedOn"] = [self.r(x) for x in based_on]
        res["status"] = status
        if status_reason:
            res["statusReason"] = self.ccx(status_reason)
        if category:
            res["category"] = self.ccx(category)
        res["code"] = self.cc(text, *codes)
        res["subject"] = self.r(self.pat)
        if enc:
            res["encounter"] = self.r(enc)
        if performed:
            if performed_end:
                res["performedPeriod"] = {"start": self.dt(performed, t), "end": self.dt(performed_end, "17:00")
                                          if "T" not in performed_end else performed_end}
            else:
                res["performedDateTime"] = self.dt(performed, t)
        if performer:
            res["performer"] = [{"actor": self.r(p)} for p in (performer if isinstance(performer, list)
                                                                else [performer])]
        if reason:
            res["reasonCode"] = [self.ccx(x) for x in (reason if isinstance(reason, list) else [reason])]
        if reason_ref:
            res["reasonReference"] = [self.r(x) for x in reason_ref]
        if body:
            res["bodySite"] = [self.ccx(body)]
        if outcome:
            res["outcome"] = self.ccx(outcome)
        if report:
            res["report"] = [self.r(x) for x in report]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, prefix="prc")

    def sreq(self, text, codes, status, intent, authored, requester, *, performer=None, reason=None,
             reason_ref=None, occurrence=None, occ_end=None, priority=None, note=None, category=None, enc=None,
             body=None, supporting=None, based_on=None, pat_instr=None, do_not_perform=None):
        res = {"resourceType": "ServiceRequest", "status": status, "intent": intent}
        if based_on:
            res["basedOn"] = [self.r(x) for x in based_on]
        if category:
            res["category"] = [self.ccx(category)]
        if priority:
            res["priority"] = priority
        if do_not_perform is not None:
            res["doNotPerform"] = do_not_perform
        res["code"] = self.cc(text, *codes)
        res["subject"] = self.r(self.pat)
        if enc:
            res["encounter"] = self.r(enc)
        if occurrence:
            if occ_end:
                res["occurrencePeriod"] = {"start": occurrence, "end": occ_end}
            else:
                res["occurrenceDateTime"] = occurrence
        res["authoredOn"] = self.dt(authored, "14:00") if "T" not in authored else authored
        res["requester"] = self.r(requester)
        if performer:
            res["performer"] = [self.r(p) for p in (performer if isinstance(performer, list) else [performer])]
        if reason:
            res["reasonCode"] = [self.ccx(x) for x in (reason if isinstance(reason, list) else [reason])]
        if reason_ref:
            res["reasonReference"] = [self.r(x) for x in reason_ref]
        if supporting:
            res["supportingInfo"] = [self.r(x) for x in supporting]
        if body:
            res["bodySite"] = [self.ccx(body)]
        if note:
            res["note"] = [{"text": note}]
        if pat_instr:
            res["patientInstruction"] = pat_instr
        return self.add(res, prefix="srq")

    def careplan(self, title, status, intent, start, author, *, category=None, end=None, addresses=None,
                 activities=None, description=None, note=None, contributors=None, goals=None, created=None):
        res = {"resourceType": "CarePlan", "status": status, "intent": intent}
        if category:
            res["category"] = [self.ccx(c) for c in (category if isinstance(category, list) else [category])]
        res["title"] = title
        if description:
            res["description"] = description
        res["subject"] = self.r(self.pat)
        per = {"start": start}
        if end:
            per["end"] = end
        res["period"] = per
        res["created"] = self.dt(created or start, "15:00")
        res["author"] = self.r(author)
        if contributors:
            res["contributor"] = [self.r(x) for x in contributors]
        if addresses:
            res["addresses"] = [self.r(x) for x in addresses]
        if goals:
            res["goal"] = [self.r(x) for x in goals]
        if activities:
            acts = []
            for a in activities:
                det = {"status": a.get("status", "not-started")}
                if a.get("kind"):
                    det["kind"] = a["kind"]
                if a.get("code"):
                    det["code"] = self.ccx(a["code"])
                if a.get("start"):
                    sp = {"start": a["start"]}
                    if a.get("end"):
                        sp["end"] = a["end"]
                    det["scheduledPeriod"] = sp
                if a.get("performer"):
                    det["performer"] = [self.r(a["performer"])]
                if a.get("text"):
                    det["description"] = a["text"]
                act = {"detail": det}
                if a.get("outcome"):
                    act["progress"] = [{"text": a["outcome"]}]
                acts.append(act)
            res["activity"] = acts
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, prefix="cpl")

    def goal(self, text, start, *, status="active", achievement=None, addresses=None, note=None, due=None):
        res = {"resourceType": "Goal", "lifecycleStatus": status}
        if achievement:
            res["achievementStatus"] = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/goal-achievement",
                                                    "code": achievement}]}
        res["description"] = {"text": text}
        res["subject"] = self.r(self.pat)
        res["startDate"] = start
        if due:
            res["target"] = [{"dueDate": due}]
        if addresses:
            res["addresses"] = [self.r(x) for x in addresses]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, prefix="gol")

    def comm(self, sent, sender, recipients, text, *, status="completed", category=None, topic=None,
             about=None, medium=None, in_response_to=None, received=None, reason=None, enc=None, t="19:40"):
        res = {"resourceType": "Communication", "status": status}
        if in_response_to:
            res["inResponseTo"] = [self.r(in_response_to)]
        if category:
            res["category"] = [self.ccx(category)]
        if medium:
            res["medium"] = [self.ccx(medium)]
        res["subject"] = self.r(self.pat)
        if topic:
            res["topic"] = self.ccx(topic)
        if about:
            res["about"] = [self.r(x) for x in about]
        if enc:
            res["encounter"] = self.r(enc)
        res["sent"] = self.dt(sent, t)
        if received:
            res["received"] = self.dt(received, "08:15")
        res["recipient"] = [self.r(x) for x in (recipients if isinstance(recipients, list) else [recipients])]
        res["sender"] = self.r(sender)
        if reason:
            res["reasonCode"] = [self.ccx(reason)]
        res["payload"] = [{"contentString": text}]
        return self.add(res, prefix="com")

    def flag(self, text, codes, start, author, *, status="active", category="clinical", end=None, enc=None):
        cmap = {"clinical": "Clinical", "admin": "Administrative", "contact": "Subject Contact",
                "safety": "Safety", "behavioral": "Behavioral", "drug": "Drug", "advance-directive": "Advance Directive"}
        per = {"start": start}
        if end:
            per["end"] = end
        res = {"resourceType": "Flag", "status": status,
               "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/flag-category",
                                         "code": category, "display": cmap[category]}]}],
               "code": self.cc(text, *codes), "subject": self.r(self.pat), "period": per,
               "encounter": self.r(enc) if enc else None, "author": self.r(author)}
        return self.add(res, prefix="flg")

    def questionnaire(self, url, title, items, date="2025-01-15", publisher=None):
        def conv(it):
            linkid, text, qtype = it[:3]
            q = {"linkId": linkid, "text": text, "type": qtype}
            if qtype == "choice":
                q["answerOption"] = [{"valueCoding": c} for c in it[3]]
            return q
        res = {"resourceType": "Questionnaire", "url": url, "version": "2", "title": title, "status": "active",
               "subjectType": ["Patient"], "date": date, "publisher": publisher or self.o["name"],
               "item": [conv(i) for i in items]}
        return self.add(res, prefix="qst")

    def qr(self, questionnaire_url, authored, author, answers, *, status="completed", source=None, enc=None,
           t="11:20"):
        items = []
        for linkid, text, ans in answers:
            it = {"linkId": linkid, "text": text}
            if ans is not None:
                if isinstance(ans, dict):
                    it["answer"] = [ans]
                elif isinstance(ans, bool):
                    it["answer"] = [{"valueBoolean": ans}]
                elif isinstance(ans, int):
                    it["answer"] = [{"valueInteger": ans}]
                else:
                    it["answer"] = [{"valueString": ans}]
            items.append(it)
        res = {"resourceType": "QuestionnaireResponse", "questionnaire": questionnaire_url, "status": status,
               "subject": self.r(self.pat), "encounter": self.r(enc) if enc else None,
               "authored": self.dt(authored, t), "author": self.r(author), "source": self.r(source or author),
               "item": items}
        return self.add(res, prefix="qrs")

    def impression(self, date, assessor, summary, *, description=None, problems=None, findings=None,
                   status="completed", prognosis=None, note=None, enc=None, investigations=None, t="15:30"):
        res = {"resourceType": "ClinicalImpression", "status": status, "description": description,
               "subject": self.r(self.pat), "encounter": self.r(enc) if enc else None,
               "effectiveDateTime": self.dt(date, t), "date": self.dt(date, t), "assessor": self.r(assessor)}
        if problems:
            res["problem"] = [self.r(x) for x in problems]
        if investigations:
            res["investigation"] = [{"code": {"text": "Investigations reviewed"},
                                     "item": [self.r(x) for x in investigations]}]
        res["summary"] = summary
        if findings:
            fl = []
            for f in findings:
                if isinstance(f, str) and "/" in f and f.split("/")[0][0].isupper() and " " not in f:
                    fl.append({"itemReference": self.r(f)})
                else:
                    fl.append({"itemCodeableConcept": self.ccx(f)})
            res["finding"] = fl
        if prognosis:
            res["prognosisCodeableConcept"] = [self.ccx(prognosis)]
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, prefix="cim")

    def allergy(self, text, codes, recorded, *, reaction=None, criticality="low", category="medication",
                severity=None):
        res = {"resourceType": "AllergyIntolerance",
               "clinicalStatus": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical",
                                              "code": "active"}]},
               "verificationStatus": {"coding": [{
                   "system": "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification",
                   "code": "confirmed"}]},
               "type": "allergy", "category": [category], "criticality": criticality,
               "code": self.cc(text, *codes), "patient": self.r(self.pat), "recordedDate": recorded}
        if reaction:
            rx = {"manifestation": [self.ccx(reaction)]}
            if severity:
                rx["severity"] = severity
            res["reaction"] = [rx]
        return self.add(res, prefix="alg")

    def immun(self, cvx, display, date, *, text=None, lot=None, site=None):
        res = {"resourceType": "Immunization", "status": "completed",
               "vaccineCode": {"coding": [{"system": SYS["cvx"], "code": cvx, "display": display}],
                               "text": text or display},
               "patient": self.r(self.pat), "occurrenceDateTime": date, "primarySource": True}
        if lot:
            res["lotNumber"] = lot
        return self.add(res, prefix="imm")

    def family_history(self, relation_code, relation_display, cond_text, cond_codes, *, onset_age=None,
                       note=None):
        res = {"resourceType": "FamilyMemberHistory", "status": "completed", "patient": self.r(self.pat),
               "relationship": {"coding": [{"system": SYS["v3role"], "code": relation_code,
                                            "display": relation_display}]},
               "condition": [{"code": self.cc(cond_text, *cond_codes)}]}
        if onset_age:
            res["condition"][0]["onsetAge"] = {"value": onset_age, "unit": "a", "system": SYS["ucum"], "code": "a"}
        if note:
            res["note"] = [{"text": note}]
        return self.add(res, prefix="fmh")


# Common answer codings
YES = {"valueCoding": {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}}
NO = {"valueCoding": {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}}
YN = [{"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"},
      {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}]
