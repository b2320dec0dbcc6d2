"""Organisation C: Lee Valley Breast Centre (fictitious breast cancer and breast surgery centre, Cork, Ireland).

Style: SNOMED CT with ICD-10 alongside, LOINC laboratory codes and a local radiology/PRO code system, BI-RADS
assessments, core biopsies with receptor status, multidisciplinary meeting (MDM) outcomes, mastectomy and
reconstruction decisions, endocrine-therapy side effects; medicines coded with ATC plus Irish product text.
"""
from fhirkit import (ATC, ICD10, LOINC, ORPHA, SCT, cc, tx)

CENTRE = "Lee Valley Breast Centre"
YES = {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}
NO = {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}


def sct(code, display, text=None, icd=None):
    codings = [(SCT, code, display)]
    if icd:
        codings.append((ICD10, icd[0], icd[1]))
    return cc(*codings, text=text or display)


def med(atc, name):
    return cc((ATC, atc), text=name)


LABS = {
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "Haemoglobin"),
    "mcv": ("787-2", "MCV [Entitic volume] by Automated count", "fL", "MCV"),
    "plt": ("777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L", "Platelets"),
    "wcc": ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L", "White cell count"),
    "fer": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", "Ferritin"),
    "alp": ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "Alkaline phosphatase"),
    "alt": ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L", "ALT"),
    "ca": ("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "mmol/L", "Adjusted calcium"),
    "ca153": ("6875-9", "Cancer Ag 15-3 [Units/volume] in Serum or Plasma", "U/mL", "CA 15-3"),
    "creat": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", "Creatinine"),
    "egfr": ("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/{1.73_m2}", "eGFR"),
    "tsh": ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L", "TSH"),
    "vitd": ("62292-8", "25-Hydroxyvitamin D3+25-Hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", "nmol/L", "Vitamin D (25-OH)"),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", "Albumin"),
    "bil": ("14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L", "Bilirubin"),
}


def lab(c, short, key, date, value, low=None, high=None, enc=None, note=None):
    lo, disp, unit, name = LABS[key]
    return c.obs(short, cc((LOINC, lo, disp), text=name), date, value=(value, unit), low=low, high=high, encounter=enc,
                 note=note, time="09:15")


def setup(c, given, family, birth, mrn, ihi, insurer=True, town="Cork"):
    c.centre = c.organization("org", CENTRE, type_code="prov", city="Cork", country="IE",
                              ident=("https://fhir.leevalleybreast.ie/sid/hipe-hospital", "LVBC-0714"), telecom="+353 21 490 7700")
    c.gpo = c.organization("org-gp", "Douglas Road Family Practice", type_text="General practice", city="Cork", country="IE")
    c.gp = c.practitioner("pr-gp", "Hayes", "Declan", prefix="Dr", gender="male", qual="General Practitioner")
    c.surg = c.practitioner("pr-surg", "O'Connell", "Siobhán", prefix="Ms", gender="female", qual="Consultant Breast Surgeon")
    c.cns = c.practitioner("pr-cns", "Walsh", "Niamh", gender="female", qual="Clinical Nurse Specialist, Breast Care")
    c.patient(given, family, "female", birth, mrn, national=ihi, city=town, country="IE", lang="en", gp=[c.gp], org=c.centre,
              phone="+353 87 " + ihi[-7:], line=f"{int(ihi[-2:]) + 3} Maryborough Hill")
    if insurer:
        ins = c.organization("org-ins", "Clearwater Health Insurance DAC", type_code="ins", city="Dublin", country="IE")
        c.coverage("cov", ins, cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "EHCPOL", "extended healthcare"),
                                  text="Private health insurance"), "2012-01-01", subscriber_id="CHI" + ihi[-6:], klass=("PLAN-B2", "Clearwater Plan B2"))
    else:
        hse = c.organization("org-hse", "Health Service Executive (HSE)", type_code="govt", city="Dublin", country="IE")
        c.coverage("cov", hse, cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"),
                                  text="Public patient (HSE)"), "2000-01-01", subscriber_id="GMS" + ihi[-6:])


def birads(c, short, date, cat, text, enc=None):
    return c.obs(short, cc((c.local("radiology"), "BIRADS", "BI-RADS assessment category"), text="BI-RADS assessment"), date,
                 value=cc((c.local("birads"), str(cat), text), text=f"BI-RADS {cat} - {text}"), category="imaging", encounter=enc)


def mammo(c, short, date, conclusion, radiologist=None, enc=None):
    return c.report(short, sct("71651007", "Mammography", "Bilateral mammography"), date, conclusion=conclusion,
                    category=("RAD", "Radiology"), performer=radiologist or c.centre, encounter=enc)


def note_t(t, text):
    return cc((LOINC, t[0], t[1]), text=text)


CLINIC = ("11506-3", "Progress note")
CONSULT = ("11488-4", "Consult note")
LETTER = ("34133-9", "Summary of episode note")
MDM = ("11488-4", "Consult note")


def receptors(c, prefix, date, er, pr, her2, enc=None):
    out = []
    for s, lo, disp, v in [("er", "85337-4", "Estrogen receptor Ag [Presence] in Breast cancer specimen by Immune stain", er),
                           ("pr", "85339-0", "Progesterone receptor Ag [Presence] in Breast cancer specimen by Immune stain", pr),
                           ("her2", "85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", her2)]:
        out.append(c.obs(f"{prefix}-{s}", cc((LOINC, lo, disp), text=s.upper() + " status"), date, value=v, encounter=enc))
    return out


# ======================================================================= C1
def bc_ida_unfollowed(c):
    setup(c, ["Mary", "Kathleen"], "Doyle", "1965-03-09", "LVBC-2021-00412", "782114563")
    onc = c.practitioner("pr-onc", "Byrne", "Fergal", prefix="Dr", gender="male", qual="Consultant Medical Oncologist")
    reg = c.practitioner("pr-reg", "Okonkwo", "Adaeze", prefix="Dr", gender="female", qual="Oncology Registrar")
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Right breast IDC, grade 2, pT1c pN0 (sn), ER+ PR+ HER2-",
                                 icd=("C50.4", "Malignant neoplasm: Upper-outer quadrant of breast")),
                     clinical="remission", onset="2021-04-14", recorded="2021-04-20", recorder=c.surg)
    htn = c.condition("c-htn", sct("38341003", "Hypertensive disorder", "Hypertension", icd=("I10", "Essential (primary) hypertension")),
                      onset="2016", recorded="2016-05-02")
    c.procedure("proc-wle", sct("392021009", "Lumpectomy of breast", "Right wide local excision + sentinel node biopsy"), "completed",
                date="2021-05-11", performer=c.surg, reason_ref=[ca])
    c.procedure("proc-rt", sct("108290001", "Radiation oncology AND/OR radiotherapy", "Whole-breast radiotherapy 40 Gy/15#"), "completed",
                period=("2021-06-21", "2021-07-09"), reason_ref=[ca])
    c.medstmt("ms-let", med("L02BG04", "Letrozole 2.5 mg (Femara)"), "active", "2021-08-02", dose_text="2.5 mg once daily", reason_ref=[ca],
              note="Extended adjuvant therapy - planned to 2028.")
    c.medstmt("ms-aml", med("C08CA01", "Amlodipine 5 mg"), "active", "2016-05-02", dose_text="5 mg once daily", reason_ref=[htn])
    c.medstmt("ms-cal", med("A12AX", "Calcium carbonate/colecalciferol (Calcichew D3 Forte)"), "active", "2021-08-02", dose_text="1 tablet twice daily")
    m = mammo(c, "dr-mammo", "2026-08-18", "Annual surveillance mammogram. Post-surgical changes right upper outer quadrant, stable. "
              "No suspicious mass, calcification or distortion either breast. BI-RADS 2 - benign.")
    birads(c, "obs-birads", "2026-08-18", 2, "Benign")
    e1 = c.encounter("enc-1", "2026-08-25", "Survivorship clinic (nurse-led)", prac=c.cns, org=c.centre, reason_ref=[ca], time="10:30")
    c.vital("wt-1", "wt", "2026-08-25", 68.4, encounter=e1)
    r = [lab(c, "lab-hb", "hb", "2026-08-25", 101, 115, 155, enc=e1), lab(c, "lab-mcv", "mcv", "2026-08-25", 72, 80, 100, enc=e1),
         lab(c, "lab-plt", "plt", "2026-08-25", 412, 150, 400, enc=e1), lab(c, "lab-wcc", "wcc", "2026-08-25", 6.2, 4.0, 11.0, enc=e1),
         lab(c, "lab-fer", "fer", "2026-08-25", 6, 13, 150, enc=e1)]
    c.report("dr-fbc", cc((LOINC, "58410-2", "CBC panel - Blood by Automated count"), text="FBC + ferritin"), "2026-08-25", results=r,
             performer=c.centre, encounter=e1, conclusion="Microcytic anaemia with low ferritin - consistent with iron deficiency. Suggest clinical review.")
    r2 = [lab(c, "lab-alp", "alp", "2026-08-25", 84, 30, 130, enc=e1), lab(c, "lab-ca", "ca", "2026-08-25", 2.38, 2.20, 2.60, enc=e1),
          lab(c, "lab-vitd", "vitd", "2026-08-25", 61, 50, 125, enc=e1)]
    c.report("dr-bone", cc(text="Bone profile, vitamin D"), "2026-08-25", results=r2, performer=c.centre, encounter=e1)
    c.report("dr-dexa", sct("312681000", "Bone densitometry", "DEXA scan"), "2026-08-25",
             conclusion="Lumbar spine T-score -1.6, femoral neck -1.8: osteopenia. FRAX 10-year major osteoporotic fracture risk 9%.",
             category=("RAD", "Radiology"), performer=c.centre, encounter=e1)
    c.note("doc-letter", "2026-09-01", note_t(LETTER, "Letter to GP"),
           "Dear Dr Hayes,\nRe: Mary Doyle. I reviewed Mary at the survivorship clinic on 25/08/2026. Her annual mammogram is reassuring "
           "(BI-RADS 2). She continues extended letrozole and tolerates it well. DEXA shows osteopenia; she continues Calcichew D3 "
           "Forte and we will repeat the scan in two years. Next review in 12 months with mammogram.\nKind regards,\n"
           "Niamh Walsh, CNS Breast Care", c.cns, time="15:00")
    e2 = c.encounter("enc-2", "2026-11-24", "Oncology survivorship review", prac=reg, org=c.centre, reason_ref=[ca], time="14:10")
    c.bp("bp-2", "2026-11-24", 134, 80, encounter=e2)
    c.note("doc-onc", "2026-11-24", note_t(CLINIC, "Oncology clinic note"),
           "Oncology review (registrar for Dr Byrne). 5.5 years post right WLE/SLNB + RT for pT1c N0 ER+ IDC. On extended letrozole, "
           "mild arthralgia only. No new breast symptoms. Examination: both breasts and axillae clear.\n"
           "Mammogram Aug 2026 BI-RADS 2.\nPlan: continue letrozole, annual mammogram, review 12 months.", reg, encounter=e2)


# ======================================================================= C2
def bc_fibromyalgia_bone(c):
    setup(c, ["Bernadette", "Anne"], "Kelly", "1968-07-21", "LVBC-2019-00288", "615023874", insurer=False)
    onc = c.practitioner("pr-onc", "Byrne", "Fergal", prefix="Dr", gender="male", qual="Consultant Medical Oncologist")
    reg = c.practitioner("pr-reg", "Okonkwo", "Adaeze", prefix="Dr", gender="female", qual="Oncology Registrar")
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Left breast IDC grade 3, pT2 pN1a (2/14), ER+ PR+ HER2-",
                                 icd=("C50.9", "Malignant neoplasm: Breast, unspecified")),
                     clinical="remission", onset="2019-02-06", recorded="2019-02-12", recorder=c.surg)
    c.procedure("proc-mx", sct("172043006", "Simple mastectomy", "Left mastectomy + axillary node clearance"), "completed",
                date="2019-03-12", performer=c.surg, reason_ref=[ca])
    c.procedure("proc-chemo", sct("367336001", "Chemotherapy", "Adjuvant FEC-T x6"), "completed", period=("2019-04-08", "2019-08-19"),
                performer=onc, reason_ref=[ca])
    c.procedure("proc-rt", sct("108290001", "Radiation oncology AND/OR radiotherapy", "Post-mastectomy chest wall + SCF radiotherapy"),
                "completed", period=("2019-09-16", "2019-10-11"), reason_ref=[ca])
    c.medstmt("ms-ana", med("L02BG03", "Anastrozole 1 mg (Arimidex)"), "active", "2019-11-04", dose_text="1 mg once daily", reason_ref=[ca])
    fm = c.condition("c-fm", sct("203082005", "Fibromyalgia", "Fibromyalgia (widespread pain)", icd=("M79.7", "Fibromyalgia")),
                     onset="2026-02", recorded="2026-04-14", asserter=c.gp, recorder=c.gp,
                     note="Diagnosed by GP on clinical grounds (widespread pain, poor sleep, fatigue). No imaging performed.")
    c.medstmt("ms-ami", med("N06AA09", "Amitriptyline 25 mg"), "active", "2026-04-14", dose_text="10 mg nocte, increased to 25 mg June 2026",
              reason_ref=[fm], source=c.gp)
    pain = sct("22253000", "Pain", "Bone/back pain")
    e1 = c.encounter("enc-1", "2026-03-10", "Survivorship clinic", prac=c.cns, org=c.centre, reason=pain)
    c.obs("obs-sx-1", pain, "2026-03-10", value=cc((SCT, "52101004", "Present"), text="present"), category="exam", encounter=e1,
          note="Aches lower back and both hips for ~6 weeks, attributed to anastrozole arthralgia; advised paracetamol and GP review.")
    c.vital("wt-1", "wt", "2026-03-10", 71.2, encounter=e1)
    e2 = c.encounter("enc-2", "2026-06-22", "Oncology follow-up", prac=reg, org=c.centre, reason=pain)
    c.obs("obs-sx-2", pain, "2026-06-22", value=cc((SCT, "52101004", "Present"), text="present"), category="exam", encounter=e2,
          note="Widespread pain ongoing; now also left-sided rib pain; sleep disturbed.")
    r = [lab(c, "lab-alp-1", "alp", "2026-06-22", 118, 30, 130, enc=e2), lab(c, "lab-ca-1", "ca", "2026-06-22", 2.44, 2.20, 2.60, enc=e2),
         lab(c, "lab-hb-1", "hb", "2026-06-22", 126, 115, 155, enc=e2)]
    c.report("dr-lab-1", cc(text="FBC, bone profile"), "2026-06-22", results=r, performer=c.centre, encounter=e2)
    c.note("doc-2", "2026-06-22", note_t(CLINIC, "Oncology clinic note"),
           "Seven years post left mastectomy/ANC, FEC-T, PMRT; extended anastrozole. GP diagnosed fibromyalgia in April and started "
           "amitriptyline. Pain persists - back, hips, now left lower ribs. No focal tenderness documented. Bloods normal today.\n"
           "Plan: continue anastrozole; pain management per GP (fibromyalgia); review 5 months.", reg, encounter=e2)
    e3 = c.encounter("enc-3", "2026-09-15", "GP visit (letter copied to centre)", prac=c.gp, org=c.gpo, reason_ref=[fm])
    c.obs("obs-sx-3", pain, "2026-09-15", value=cc((SCT, "52101004", "Present"), text="present"), category="exam", encounter=e3,
          note="Pain worse at night, thoracic spine and left ribs. Amitriptyline increased. Fibromyalgia flare.")
    e4 = c.encounter("enc-4", "2026-11-17", "Oncology follow-up", prac=reg, org=c.centre, reason=pain, time="11:20")
    c.obs("obs-sx-4", pain, "2026-11-17", value=cc((SCT, "52101004", "Present"), text="present"), category="exam", encounter=e4,
          note="Constant thoracic back and rib pain, waking at night; appetite reduced.")
    c.vital("wt-4", "wt", "2026-11-17", 67.1, encounter=e4)
    r = [lab(c, "lab-alp-2", "alp", "2026-11-17", 246, 30, 130, enc=e4), lab(c, "lab-ca-2", "ca", "2026-11-17", 2.71, 2.20, 2.60, enc=e4),
         lab(c, "lab-alt-2", "alt", "2026-11-17", 24, 7, 40, enc=e4), lab(c, "lab-ca153", "ca153", "2026-11-17", 88, None, 31, enc=e4),
         lab(c, "lab-hb-2", "hb", "2026-11-17", 121, 115, 155, enc=e4)]
    c.report("dr-lab-2", cc(text="FBC, LFT, bone profile, CA 15-3"), "2026-11-17", results=r, performer=c.centre, encounter=e4,
             conclusion="Raised ALP with normal ALT; hypercalcaemia; raised CA 15-3.")
    c.note("doc-4", "2026-11-17", note_t(CLINIC, "Oncology clinic note"),
           "Follow-up. Ongoing widespread pain, worse at night, attributed to fibromyalgia (GP diagnosis April 2026) - on amitriptyline 25 mg. "
           "Weight 67 kg (71 kg in March).\nBloods today: ALP 246, adjusted Ca 2.71, CA 15-3 88.\n"
           "Impression: fibromyalgia; AI arthralgia. Plan: continue anastrozole and amitriptyline; results copied to GP; "
           "review 3 months.", reg, encounter=e4)


# ======================================================================= C3
def bc_reexcision_revoked(c):
    setup(c, ["Patricia", "Mary"], "Walsh", "1957-04-02", "LVBC-2026-01177", "540987312")
    rad = c.practitioner("pr-rad", "Murphy", "Aoife", prefix="Dr", gender="female", qual="Consultant Breast Radiologist")
    path = c.practitioner("pr-path", "Cronin", "Eoin", prefix="Dr", gender="male", qual="Consultant Histopathologist")
    htn = c.condition("c-htn", sct("38341003", "Hypertensive disorder", "Hypertension", icd=("I10", "Essential (primary) hypertension")),
                      onset="2012", recorded="2012-09-20")
    lip = c.condition("c-lip", sct("13644009", "Hypercholesterolemia", "Hypercholesterolaemia", icd=("E78.0", "Pure hypercholesterolaemia")),
                      onset="2014", recorded="2014-02-11")
    c.medstmt("ms-ram", med("C09AA05", "Ramipril 5 mg"), "active", "2012-09-20", dose_text="5 mg once daily", reason_ref=[htn])
    c.medstmt("ms-ator", med("C10AA05", "Atorvastatin 20 mg"), "active", "2014-02-11", dose_text="20 mg at night", reason_ref=[lip])
    mammo(c, "dr-screen", "2026-07-02", "BreastCheck screening recall: right upper outer quadrant 12 mm cluster of fine pleomorphic "
          "microcalcifications. BI-RADS 4.", radiologist=rad)
    birads(c, "obs-birads", "2026-07-02", "4", "Suspicious")
    c.procedure("proc-vab", cc(text="Stereotactic vacuum-assisted biopsy, right breast calcifications"), "completed", date="2026-07-28",
                performer=rad)
    dcis = c.condition("c-dcis", cc((ICD10, "D05.1", "Intraductal carcinoma in situ"), text="Right breast DCIS, low grade (11 mm), ER+"),
                       onset="2026-07-28", recorded="2026-08-05", recorder=c.surg)
    wle = c.procedure("proc-wle", sct("392021009", "Lumpectomy of breast", "Right wire-guided wide local excision"), "completed",
                      date="2026-09-08", performer=c.surg, reason_ref=[dcis])
    c.report("dr-histo", cc((LOINC, "11526-1", "Pathology study"), text="Histopathology - right WLE"), "2026-09-15",
             conclusion="Low-grade (G1) DCIS, cribriform, 11 mm, no invasion. ER positive (Allred 8). Margins: superior 3 mm, inferior 5 mm, "
                        "medial >5 mm, lateral >5 mm, anterior 4 mm, POSTERIOR 1 mm (pectoralis fascia included in specimen).",
             category=("SP", "Surgical Pathology"), performer=path)
    sr = c.sreq("sr-rex", sct("65801008", "Excision", "Re-excision of posterior margin, right breast"), "revoked", "proposal", "2026-09-16",
                requester=c.surg, reason_ref=[dcis],
                note="Provisional pending MDM. Revoked 24/09/2026: posterior margin is at the pectoral fascia, no further breast tissue to excise; "
                     "re-excision would not improve clearance.")
    e1 = c.encounter("enc-mdm", "2026-09-24", "Breast multidisciplinary meeting (MDM)", prac=c.surg, org=c.centre, reason_ref=[dcis], time="08:00")
    c.note("doc-mdm", "2026-09-24", note_t(MDM, "MDM outcome"),
           "BREAST MDM OUTCOME 24/09/2026\nPatient: Patricia Walsh, 69. Right WLE 08/09/2026: low-grade DCIS 11 mm, ER+, posterior margin 1 mm at "
           "pectoral fascia, all other margins >= 3 mm.\nOutcome: NO re-excision - the deep margin is at fascia, so no further tissue can be gained "
           "(provisional re-excision request withdrawn). Adjuvant options: whole-breast radiotherapy offers a small absolute reduction in local "
           "recurrence for low-grade DCIS at 69; endocrine therapy alone is a reasonable alternative. To discuss with patient.", c.surg, encounter=e1)
    e2 = c.encounter("enc-2", "2026-10-06", "Post-operative results clinic", prac=c.surg, org=c.centre, reason_ref=[dcis], time="14:30")
    c.note("doc-res", "2026-10-06", note_t(CLINIC, "Results clinic note"),
           "Results discussed with Patricia and her daughter. Wound healed well. Explained MDM outcome: no further surgery needed. "
           "Discussed radiotherapy vs endocrine therapy alone; having considered the modest benefit she prefers to avoid radiotherapy. "
           "Start anastrozole 1 mg daily for 5 years; DEXA requested. Annual mammography. CNS contact given.", c.surg, encounter=e2)
    c.medreq("mr-ana", med("L02BG03", "Anastrozole 1 mg"), "2026-10-06", "1 mg once daily", requester=c.surg, reason_ref=[dcis], encounter=e2)
    c.obs("obs-rt-decl", cc(text="Adjuvant radiotherapy decision"), "2026-10-06", value="Declined by patient after informed discussion",
          category="exam", encounter=e2)
    r = [lab(c, "lab-hb", "hb", "2026-08-20", 134, 115, 155), lab(c, "lab-creat", "creat", "2026-08-20", 74, 45, 90)]
    c.report("dr-preop", cc(text="Pre-operative bloods"), "2026-08-20", results=r, performer=c.centre)


# ======================================================================= C4
def bc_hospice(c):
    setup(c, ["Eileen", "Margaret"], "O'Sullivan", "1944-05-28", "LVBC-2018-00951", "417652390", insurer=False, town="Ballincollig")
    onc = c.practitioner("pr-onc", "Byrne", "Fergal", prefix="Dr", gender="male", qual="Consultant Medical Oncologist")
    pal = c.practitioner("pr-pal", "Lynch", "Gráinne", prefix="Dr", gender="female", qual="Consultant in Palliative Medicine")
    cpn = c.practitioner("pr-cpn", "Daly", "Maura", gender="female", qual="Community Palliative Care Nurse")
    hosp = c.organization("org-hospice", "St Finbarr's Hospice - Community Palliative Care Team", type_text="Hospice", city="Cork", country="IE")
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Metastatic left breast cancer, ER+ HER2- (bone, liver, lung)",
                                 icd=("C50.9", "Malignant neoplasm: Breast, unspecified")),
                     onset="2018-05-08", recorded="2018-05-15", recorder=c.surg, stage=cc(text="Stage IV since 02/2023"))
    c.condition("c-bone", sct("94222008", "Secondary malignant neoplasm of bone", "Bone metastases", icd=("C79.5", "Secondary malignant neoplasm of bone and bone marrow")),
                onset="2023-02-10", recorded="2023-02-14")
    c.condition("c-liver", sct("94381002", "Secondary malignant neoplasm of liver", "Liver metastases", icd=("C78.7", "Secondary malignant neoplasm of liver")),
                onset="2025-06-03", recorded="2025-06-05")
    htn = c.condition("c-htn", sct("38341003", "Hypertensive disorder", "Hypertension", icd=("I10", "Essential (primary) hypertension")),
                      onset="2005", recorded="2005-03-01")
    c.procedure("proc-mx", sct("172043006", "Simple mastectomy", "Left mastectomy + SLNB"), "completed", date="2018-06-12", performer=c.surg, reason_ref=[ca])
    c.medstmt("ms-palbo", med("L01EF01", "Palbociclib 100 mg + letrozole 2.5 mg"), "completed", "2023-03-06", end="2025-06-10", reason_ref=[ca],
              note="Stopped on progression (liver).")
    c.medstmt("ms-fulv", med("L02BA03", "Fulvestrant 500 mg IM monthly"), "stopped", "2025-07-01", end="2026-09-24", reason_ref=[ca],
              status_reason=cc(text="Disease progression (CT 22/09/2026)"))
    c.medstmt("ms-deno", med("M05BX04", "Denosumab 120 mg SC 4-weekly"), "stopped", "2023-03-06", end="2026-09-24", reason_ref=[ca],
              status_reason=cc(text="Stopped as part of move to best supportive care"))
    c.medstmt("ms-ram", med("C09AA05", "Ramipril 2.5 mg"), "active", "2005-03-01", dose_text="2.5 mg once daily", reason_ref=[htn])
    c.report("dr-ct", cc(text="CT thorax/abdomen/pelvis with contrast"), "2026-09-22",
             conclusion="Compared with 03/2026: enlarging liver metastases (largest 54 mm, was 31 mm), new bilateral pulmonary nodules up to 14 mm, "
                        "small right pleural effusion. Sclerotic bone metastases unchanged. Impression: progressive disease.",
             category=("RAD", "Radiology"), performer=c.centre)
    r = [lab(c, "lab-alb", "alb", "2026-09-22", 29, 35, 50), lab(c, "lab-bil", "bil", "2026-09-22", 31, 0, 21),
         lab(c, "lab-hb", "hb", "2026-09-22", 108, 115, 155)]
    c.report("dr-lab", cc(text="LFT, FBC"), "2026-09-22", results=r, performer=c.centre)
    e1 = c.encounter("enc-mdm", "2026-10-01", "Breast MDM + oncology clinic", prac=onc, org=c.centre, reason_ref=[ca], time="09:00")
    c.obs("obs-ecog", cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG performance status"), "2026-10-01", value=3,
          category="exam", encounter=e1)
    c.note("doc-mdm", "2026-10-01", note_t(MDM, "MDM outcome and oncology clinic note"),
           "BREAST MDM / ONCOLOGY CLINIC 01/10/2026\nEileen, 82, ER+ HER2- metastatic breast cancer. Progressed on letrozole + palbociclib (2025) "
           "and now on fulvestrant (CT 22/09/2026: liver and new lung metastases). ECOG 3, albumin 29, bilirubin rising.\n"
           "Discussion: no further endocrine option expected to help; she is not fit for chemotherapy and she does not wish to have it. "
           "OUTCOME: no further anti-cancer treatment options - best supportive care. Refer to community palliative care (St Finbarr's Hospice). "
           "Eileen and her son understand; DNACPR discussed and agreed; preferred place of care home.", onc, encounter=e1)
    c.impression("ci-1", "2026-10-01", onc, "Progressive metastatic breast cancer after two endocrine-based lines; not fit for or wishing "
                 "chemotherapy. No anti-cancer treatment options remain; transition to best supportive care.", problems=[ca],
                 prognosis=cc(text="Limited prognosis - weeks to a few months"), encounter=e1)
    sr = c.sreq("sr-hospice", sct("306237005", "Referral to palliative care service", "Referral to St Finbarr's Hospice community palliative care team"),
                "active", "order", "2026-10-02", requester=onc, performer=hosp, reason_ref=[ca], priority="urgent")
    c.careplan("cp-pall", "Palliative care plan - home", "active", "plan", "2026-10-10",
               [sct("103735009", "Palliative care", "Palliative care")], addresses=[ca], author=pal,
               description="Best supportive care at home; symptom control; advance care plan (DNACPR in place).",
               activities=[{"code": cc(text="Morphine sulfate MR 10 mg bd + Oramorph 2.5-5 mg PRN"), "status": "in-progress", "kind": "MedicationRequest"},
                           {"code": cc(text="Community palliative nurse visits weekly"), "status": "in-progress"},
                           {"code": cc(text="Hospice day-care / respite as needed; inpatient unit if symptoms uncontrolled"), "status": "not-started"}])
    c.medreq("mr-mst", med("N02AA01", "Morphine sulfate MR 10 mg (MST Continus)"), "2026-10-10", "10 mg twice daily", requester=pal, reason_ref=[ca])
    c.medreq("mr-senna", med("A06AB06", "Senna 7.5 mg"), "2026-10-10", "2 tablets at night", requester=pal)
    e2 = c.encounter("enc-hv", "2026-11-12", "Community palliative care home visit", cls="HH", prac=cpn, org=hosp, reason_ref=[ca])
    c.note("doc-hv", "2026-11-12", note_t(CLINIC, "Community palliative care visit"),
           "Home visit. Eileen comfortable, pain 2/10 on MST 10 mg bd, needing 1-2 PRN doses daily. Sleeping more, eating small amounts. "
           "Son and daughter-in-law caring with public health nurse support. Advance care plan reviewed - wishes to remain at home.",
           cpn, encounter=e2)


# ======================================================================= C5
def bc_qol_drop_ai(c):
    setup(c, ["Catherine", "Louise"], "Byrne", "1970-10-11", "LVBC-2025-01402", "903356128")
    onc = c.practitioner("pr-onc", "Byrne", "Fergal", prefix="Dr", gender="male", qual="Consultant Medical Oncologist")
    ro = c.practitioner("pr-ro", "Doherty", "Ciarán", prefix="Dr", gender="male", qual="Consultant Radiation Oncologist")
    c.allergy("al-pen", cc((SCT, "91936005", "Allergy to penicillin"), text="Penicillin - rash"), "2001-05-03",
              reaction=cc((SCT, "271807003", "Eruption of skin"), text="Rash"))
    c.procedure("proc-cb", cc(text="US-guided 14G core biopsy, left breast 2 o'clock"), "completed", date="2025-11-20", performer=c.surg)
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Left breast IDC grade 2, pT1c (16 mm) pN0(sn), ER+ PR+ HER2-",
                                 icd=("C50.9", "Malignant neoplasm: Breast, unspecified")),
                     onset="2025-11-20", recorded="2025-11-27", recorder=c.surg)
    receptors(c, "obs-rec", "2025-11-27", cc(text="Positive (Allred 8/8)"), cc(text="Positive (Allred 6/8)"), cc(text="Negative (IHC 1+)"))
    c.procedure("proc-wle", sct("392021009", "Lumpectomy of breast", "Left WLE + sentinel node biopsy"), "completed", date="2026-01-13",
                performer=c.surg, reason_ref=[ca])
    c.procedure("proc-rt", sct("108290001", "Radiation oncology AND/OR radiotherapy", "Whole-breast RT 26 Gy in 5 fractions"), "completed",
                period=("2026-02-16", "2026-02-20"), performer=ro, reason_ref=[ca])
    ana = c.medstmt("ms-ana", med("L02BG03", "Anastrozole 1 mg"), "active", "2026-03-02", dose_text="1 mg once daily", reason_ref=[ca])
    ghs = cc((c.local("pro"), "QLQC30-GHS", "EORTC QLQ-C30 Global health status/QoL scale (0-100)"), text="EORTC QLQ-C30 global health status / QoL")
    rows = [("2026-02-02", 75, 6, 5, "Baseline (post-surgery, before radiotherapy and anastrozole)"),
            ("2026-06-08", 58, 5, 4, "3 months on anastrozole"), ("2026-10-12", 42, 4, 3, "7 months on anastrozole")]
    encs = []
    for i, (d, score, q29, q30, label) in enumerate(rows):
        e = c.encounter(f"enc-{i}", d, "Breast care nurse clinic (PRO review)", prac=c.cns, org=c.centre, reason_ref=[ca], time="11:00")
        encs.append(e)
        qr = c.qr(f"qr-c30-{i}", "http://www.eortc.org/Questionnaire/qlq-c30-v3", d, [
            ("29", "How would you rate your overall health during the past week? (1 = very poor, 7 = excellent)", q29),
            ("30", "How would you rate your overall quality of life during the past week? (1 = very poor, 7 = excellent)", q30)],
            author=c.P, source=c.P, encounter=e)
        c.obs(f"obs-ghs-{i}", ghs, d, value=(score, "{score}"), category="survey", encounter=e, derived=[qr], note=label, time="11:05")
    c.obs("obs-flush", sct("198436008", "Menopausal flushing", "Hot flushes"), "2026-10-12", value="10-12 per day, night sweats disturbing sleep",
          category="exam", encounter=encs[2])
    c.obs("obs-arth", sct("57676002", "Joint pain", "Arthralgia (hands, knees)"), "2026-10-12", value="Morning stiffness 1 h; stopped running",
          category="exam", encounter=encs[2])
    c.note("doc-cns", "2026-10-12", note_t(CLINIC, "CNS clinic note"),
           "CNS review. Catherine reports a marked fall in quality of life since starting anastrozole in March: joint pain and stiffness, "
           "hot flushes 10-12/day, poor sleep, low mood; has reduced work hours and stopped running. EORTC QLQ-C30 global health status "
           "75 (Feb) -> 58 (Jun) -> 42 (Oct) - a 33-point fall (clinically meaningful change is ~10 points).\n"
           "Plan: discuss switch to tamoxifen or a short treatment break with Dr Byrne at oncology clinic 08/12/2026; "
           "exercise physiology referral; venlafaxine for flushes offered.", c.cns, encounter=encs[2])
    c.appointment("appt-onc", "2026-12-08", "2026-12-08", "booked", "Oncology clinic - endocrine therapy tolerability review", [c.P, onc],
                  reason_ref=ca, start_time="10:00", end_time="10:20")


# ======================================================================= C6
def bc_qol_small_change(c):
    setup(c, ["Joan", "Elizabeth"], "Fitzgerald", "1953-01-17", "LVBC-2025-01288", "329845016", insurer=False, town="Carrigaline")
    onc = c.practitioner("pr-onc", "Byrne", "Fergal", prefix="Dr", gender="male", qual="Consultant Medical Oncologist")
    htn = c.condition("c-htn", sct("38341003", "Hypertensive disorder", "Hypertension", icd=("I10", "Essential (primary) hypertension")),
                      onset="2009", recorded="2009-06-15")
    ost = c.condition("c-ost", sct("312894000", "Osteopenia", "Osteopenia", icd=("M85.8", "Other specified disorders of bone density and structure")),
                      onset="2024", recorded="2024-03-20")
    c.medstmt("ms-aml", med("C08CA01", "Amlodipine 5 mg"), "active", "2009-06-15", dose_text="5 mg once daily", reason_ref=[htn])
    c.medstmt("ms-calc", med("A12AX", "Calcium carbonate/colecalciferol"), "active", "2024-03-20", dose_text="1 tablet twice daily", reason_ref=[ost])
    c.procedure("proc-cb", cc(text="US-guided core biopsy, right breast 10 o'clock"), "completed", date="2025-10-14", performer=c.surg)
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Right breast IDC grade 1, pT1b (8 mm) pN0(sn), ER+ PR+ HER2-",
                                 icd=("C50.9", "Malignant neoplasm: Breast, unspecified")),
                     onset="2025-10-14", recorded="2025-10-21", recorder=c.surg)
    c.procedure("proc-wle", sct("392021009", "Lumpectomy of breast", "Right WLE + sentinel node biopsy"), "completed", date="2025-11-04",
                performer=c.surg, reason_ref=[ca])
    e0 = c.encounter("enc-mdm", "2025-11-12", "Breast MDM", prac=c.surg, org=c.centre, reason_ref=[ca])
    c.note("doc-mdm", "2025-11-12", note_t(MDM, "MDM outcome"),
           "MDM: 72F, pT1b N0 grade 1 ER+ HER2-, clear margins. Meets PRIME II criteria - omission of radiotherapy reasonable with endocrine "
           "therapy. Outcome: offer letrozole 5 years; RT omission discussed. Patient subsequently chose to omit radiotherapy.", c.surg, encounter=e0)
    c.medstmt("ms-let", med("L02BG04", "Letrozole 2.5 mg"), "active", "2025-12-01", dose_text="2.5 mg once daily", reason_ref=[ca])
    factb = cc((c.local("pro"), "FACT-B-TOT", "FACT-B total score (0-148)"), text="FACT-B total score")
    rows = [("2025-11-25", 116, "Baseline before letrozole"), ("2026-05-18", 113, "6 months on letrozole"), ("2026-11-16", 111, "12 months on letrozole")]
    encs = []
    for i, (d, s, lbl) in enumerate(rows):
        e = c.encounter(f"enc-{i}", d, "Breast care nurse clinic", prac=c.cns, org=c.centre, reason_ref=[ca])
        encs.append(e)
        c.obs(f"obs-factb-{i}", factb, d, value=(s, "{score}"), category="survey", encounter=e, note=lbl)
    c.bp("bp-2", "2026-11-16", 136, 78, encounter=encs[2])
    c.report("dr-mammo", sct("71651007", "Mammography", "Bilateral mammography"), "2026-11-09",
             conclusion="Post-surgical changes right breast. No evidence of recurrence. BI-RADS 2.", category=("RAD", "Radiology"), performer=c.centre)
    c.note("doc-cns", "2026-11-16", note_t(CLINIC, "CNS clinic note"),
           "One year review. Joan is well. Mild morning stiffness in hands, managed with paracetamol and walking; occasional hot flushes. "
           "FACT-B 111 (baseline 116) - change within the range not considered clinically meaningful (MID ~7-8 points). "
           "Continues letrozole; mammogram clear. Next review 6 months.", c.cns, encounter=encs[2])


# ======================================================================= C7
def bc_qr_no(c):
    setup(c, ["Anne", "Theresa"], "Brennan", "1962-08-30", "LVBC-2020-00633", "226471983")
    hyp = c.condition("c-hypo", sct("40930008", "Hypothyroidism", "Hypothyroidism", icd=("E03.9", "Hypothyroidism, unspecified")),
                      onset="2011", recorded="2011-01-18")
    ost = c.condition("c-osteo", sct("64859006", "Osteoporosis", "Osteoporosis (on aromatase inhibitor)", icd=("M81.9", "Osteoporosis, unspecified")),
                      onset="2022", recorded="2022-09-07")
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Left breast IDC grade 2, pT1c pN0, ER+ HER2- (2020)",
                                 icd=("C50.9", "Malignant neoplasm: Breast, unspecified")),
                     clinical="remission", onset="2020-05-12", recorded="2020-05-19", recorder=c.surg)
    c.procedure("proc-wle", sct("392021009", "Lumpectomy of breast", "Left WLE + SLNB"), "completed", date="2020-06-09", performer=c.surg, reason_ref=[ca])
    c.procedure("proc-rt", sct("108290001", "Radiation oncology AND/OR radiotherapy", "Whole-breast radiotherapy 40 Gy/15#"), "completed",
                period=("2020-07-20", "2020-08-07"), reason_ref=[ca])
    c.medstmt("ms-let", med("L02BG04", "Letrozole 2.5 mg"), "active", "2020-09-01", dose_text="2.5 mg once daily", reason_ref=[ca])
    c.medstmt("ms-levo", med("H03AA01", "Levothyroxine 75 micrograms"), "active", "2011-01-18", dose_text="75 mcg once daily", reason_ref=[hyp])
    c.medstmt("ms-alen", med("M05BA04", "Alendronic acid 70 mg"), "active", "2022-09-07", dose_text="70 mg once weekly", reason_ref=[ost])
    mammo(c, "dr-mammo", "2026-09-29", "Annual mammogram: stable post-treatment appearances left breast. No suspicious abnormality. BI-RADS 1.")
    birads(c, "obs-birads", "2026-09-29", 1, "Negative")
    e1 = c.encounter("enc-1", "2026-10-06", "Annual breast review clinic", prac=c.surg, org=c.centre, reason_ref=[ca], time="15:00")
    c.bp("bp-1", "2026-10-06", 128, 76, encounter=e1)
    lab(c, "lab-tsh", "tsh", "2026-10-06", 2.1, 0.3, 4.2, enc=e1)
    c.note("doc-1", "2026-10-06", note_t(CLINIC, "Annual review note"),
           "Annual review, 6 years post left WLE/SLNB + RT. Well, no breast symptoms. Examination normal. Mammogram BI-RADS 1. "
           "On letrozole (extended, year 6 of 7-8) - tolerating; bone health managed with alendronate. Next review 12 months.", c.surg, encounter=e1)
    c.qr("qr-pes", "https://fhir.leevalleybreast.ie/Questionnaire/patient-experience-2026", "2026-10-06", [
        ("1", "Did you feel listened to by the team today?", YES),
        ("2", "Did you have enough time to ask questions?", YES),
        ("3", "Are there any concerns about your care that you would like to raise?", NO),
        ("4", "Would you like a second opinion on your diagnosis or treatment plan?", NO),
        ("5", "Overall, how would you rate your care today (0 = very poor, 10 = excellent)?", 9),
        ("6", "Any other comments", "Very happy with Niamh and the whole team, thank you.")],
        author=c.P, source=c.P, encounter=e1, time="15:40")


# ======================================================================= C8
def bc_arthralgia_small(c):
    setup(c, ["Deirdre", "Anne"], "Lynch", "1966-02-14", "LVBC-2024-00211", "118764230")
    physio = c.practitioner("pr-physio", "Twomey", "Rory", gender="male", qual="Senior Physiotherapist")
    asth = c.condition("c-asth", sct("195967001", "Asthma", "Asthma, mild intermittent", icd=("J45.9", "Asthma, unspecified")), onset="1990",
                       recorded="1995-04-01")
    c.medstmt("ms-salb", med("R03AC02", "Salbutamol 100 mcg inhaler"), "active", "1995-04-01", dose_text="2 puffs as needed", reason_ref=[asth])
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Right breast IDC grade 2, pT1c pN0, ER+ PR+ HER2-",
                                 icd=("C50.9", "Malignant neoplasm: Breast, unspecified")),
                     onset="2024-02-06", recorded="2024-02-13", recorder=c.surg)
    c.procedure("proc-wle", sct("392021009", "Lumpectomy of breast", "Right WLE + SLNB"), "completed", date="2024-03-05", performer=c.surg, reason_ref=[ca])
    c.procedure("proc-rt", sct("108290001", "Radiation oncology AND/OR radiotherapy", "Whole-breast RT 40 Gy/15#"), "completed",
                period=("2024-04-15", "2024-05-03"), reason_ref=[ca])
    c.medstmt("ms-ana", med("L02BG03", "Anastrozole 1 mg"), "active", "2024-06-03", dose_text="1 mg once daily", reason_ref=[ca])
    arth = c.condition("c-arth", sct("57676002", "Joint pain", "Aromatase inhibitor-associated arthralgia (hands, knees)",
                                     icd=("M25.5", "Pain in joint")), onset="2025-08", recorded="2025-09-08", recorder=c.cns)
    c.medstmt("ms-pcm", med("N02BE01", "Paracetamol 1 g"), "active", "2025-09-08", dose_text="1 g up to three times daily", reason_ref=[arth])
    c.procedure("proc-physio", cc(text="Physiotherapy and supervised exercise programme (8 sessions)"), "completed",
                period=("2025-10-06", "2025-12-01"), performer=physio, reason_ref=[arth])
    nrs = cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Joint pain NRS (0-10)")
    encs = []
    for i, (d, v) in enumerate([("2026-03-09", 4), ("2026-07-13", 5), ("2026-11-09", 5)]):
        e = c.encounter(f"enc-{i}", d, "Breast care nurse clinic (survivorship)", prac=c.cns, org=c.centre, reason_ref=[arth], time="09:40")
        encs.append(e)
        c.obs(f"obs-nrs-{i}", nrs, d, value=(v, "{score}"), category="survey", encounter=e)
    mammo(c, "dr-mammo", "2026-03-02", "Annual mammogram: post-treatment changes right breast, stable. BI-RADS 2.")
    c.note("doc-cns", "2026-11-09", note_t(CLINIC, "CNS clinic note"),
           "Survivorship review. AI-associated arthralgia stable: NRS 5 today (4 in March, 5 in July). Still walking 5 km most days and "
           "working full time. Paracetamol helps. Offered switch of AI or tamoxifen - Deirdre prefers to continue anastrozole as symptoms "
           "are manageable. Review 6 months.", c.cns, encounter=encs[2])


# ======================================================================= C9
def bc_li_fraumeni(c):
    setup(c, ["Orla", "Margaret"], "Hennessy", "1990-06-05", "LVBC-2023-00090", "954301277")
    onc = c.practitioner("pr-onc", "Byrne", "Fergal", prefix="Dr", gender="male", qual="Consultant Medical Oncologist")
    gen = c.practitioner("pr-gen", "Fahy", "Eimear", prefix="Dr", gender="female", qual="Consultant Clinical Geneticist")
    rad = c.practitioner("pr-rad", "Murphy", "Aoife", prefix="Dr", gender="female", qual="Consultant Radiologist")
    lfs = c.condition("c-lfs", cc((ORPHA, "ORPHA:524", "Li-Fraumeni syndrome"), text="Li-Fraumeni syndrome (germline TP53 c.743G>A p.(Arg248Gln), pathogenic)"),
                      onset="2023-02-20", recorded="2023-02-24", recorder=gen)
    c.obs("obs-tp53", cc(text="Germline TP53 sequencing (hereditary cancer panel)"), "2023-02-20",
          value="NM_000546.6:c.743G>A p.(Arg248Gln) heterozygous - pathogenic (ACMG class 5)", category="laboratory", interp="A")
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Right breast IDC grade 3, cT2 N0, ER- PR- HER2+ (age 32)",
                                 icd=("C50.9", "Malignant neoplasm: Breast, unspecified")),
                     clinical="remission", onset="2023-01-17", recorded="2023-01-24", recorder=c.surg)
    c.procedure("proc-chemo", sct("367336001", "Chemotherapy", "Neoadjuvant TCHP x6 (docetaxel, carboplatin, trastuzumab, pertuzumab)"), "completed",
                period=("2023-02-27", "2023-06-26"), performer=onc, reason_ref=[ca])
    c.procedure("proc-mx", cc(text="Bilateral mastectomy (right therapeutic, left risk-reducing) + SLNB + immediate implant reconstruction"),
                "completed", date="2023-07-18", performer=c.surg, reason_ref=[ca, lfs], outcome=tx("pCR (ypT0 ypN0)"))
    c.medstmt("ms-tras", med("L01FD01", "Trastuzumab SC 600 mg 3-weekly"), "completed", "2023-02-27", end="2024-05-20", reason_ref=[ca])
    c.family("fh-mother", "MTH", "mother", [(cc(text="Soft tissue sarcoma (thigh)"), 38)], "2023-02-10", sex="female", deceased=True)
    c.family("fh-uncle", "MUNCLE", "maternal uncle", [(cc(text="Glioblastoma"), 29)], "2023-02-10", sex="male", deceased=True)
    c.family("fh-gm", "MGRMTH", "maternal grandmother", [(cc(text="Breast cancer"), 44)], "2023-02-10", sex="female", deceased=True)
    c.family("fh-sister", "SIS", "sister", [(cc(text="TP53 familial variant not detected (2024)"), None)], "2024-06-01", sex="female", deceased=False)
    c.report("dr-wbmri", cc(text="Whole-body MRI (LFS surveillance protocol)"), "2026-09-15",
             conclusion="No suspicious lesion in the brain, neck, chest, abdomen, pelvis or skeleton. Bilateral implants intact.",
             category=("RAD", "Radiology"), performer=rad)
    c.report("dr-brain", cc(text="MRI brain with contrast"), "2026-09-15", conclusion="Normal study.", category=("RAD", "Radiology"), performer=rad)
    c.report("dr-us", cc(text="Ultrasound abdomen and pelvis"), "2026-03-10", conclusion="Normal liver, adrenals, kidneys, uterus and ovaries.",
             category=("RAD", "Radiology"), performer=rad)
    e1 = c.encounter("enc-gen", "2026-09-28", "Cancer genetics clinic (LFS surveillance)", prac=gen, org=c.centre, reason_ref=[lfs], time="10:00")
    r = [lab(c, "lab-hb", "hb", "2026-09-28", 132, 115, 155, enc=e1), lab(c, "lab-wcc", "wcc", "2026-09-28", 5.9, 4.0, 11.0, enc=e1),
         lab(c, "lab-alt", "alt", "2026-09-28", 19, 7, 40, enc=e1)]
    c.report("dr-lab", cc(text="FBC, LFT"), "2026-09-28", results=r, performer=c.centre, encounter=e1)
    c.note("doc-gen", "2026-09-28", note_t(CONSULT, "Clinical genetics clinic letter"),
           "Cancer genetics clinic - Li-Fraumeni syndrome surveillance.\nOrla, 36, TP53 c.743G>A pathogenic variant; HER2+ right breast cancer at 32 "
           "treated with neoadjuvant TCHP, bilateral mastectomy with reconstruction (pCR) and adjuvant trastuzumab; radiotherapy avoided "
           "because of TP53 status. Strong maternal family history (sarcoma 38, glioblastoma 29, breast 44).\n"
           "Surveillance (Toronto protocol) up to date: whole-body MRI and brain MRI 15/09/2026 clear; abdominal/pelvic US 03/2026 clear; "
           "annual dermatology 05/2026 normal.\nPlan: continue annual WBMRI + brain MRI, 6-monthly abdominal US, annual skin check; "
           "avoid ionising radiation where possible; psychological support offered; cascade assessment for maternal cousins.", gen, encounter=e1)


# ======================================================================= C10
def bc_few_active(c):
    setup(c, ["Margaret", "Rose"], "Quinlan", "1960-09-25", "LVBC-2015-00377", "667120945", town="Douglas")
    htn = c.condition("c-htn", sct("38341003", "Hypertensive disorder", "Hypertension", icd=("I10", "Essential (primary) hypertension")),
                      onset="2010", recorded="2010-11-03")
    hyp = c.condition("c-hypo", sct("40930008", "Hypothyroidism", "Hypothyroidism", icd=("E03.9", "Hypothyroidism, unspecified")),
                      onset="2013", recorded="2013-06-21")
    oa = c.condition("c-oa", sct("239873007", "Osteoarthritis of knee", "Osteoarthritis both knees", icd=("M17.0", "Primary gonarthrosis, bilateral")),
                     onset="2019", recorded="2019-02-14")
    ca = c.condition("c-ca", sct("408643008", "Infiltrating duct carcinoma of breast", "Left breast IDC grade 1, pT1b N0, ER+ (2015) - treatment completed",
                                 icd=("C50.9", "Malignant neoplasm: Breast, unspecified")),
                     clinical="remission", onset="2015-03-10", recorded="2015-03-17", recorder=c.surg)
    c.condition("c-shoul", cc((ICD10, "M75.0", "Adhesive capsulitis of shoulder"), text="Frozen shoulder right (2020), resolved"),
                clinical="resolved", onset="2020-02", abatement="2021-05-01", recorded="2020-02-20")
    for s, code, disp, text, icd, on, ab in [
            ("c-dep", "35489007", "Depressive disorder", "Depressive episode (2016), resolved", ("F32.1", "Moderate depressive episode"), "2016-01", "2018-03-01"),
            ("c-cell", "128045006", "Cellulitis", "Cellulitis left arm (2019), resolved", ("L03.1", "Cellulitis of other parts of limb"), "2019-07-02", "2019-07-20"),
            ("c-gdm", "11687002", "Gestational diabetes mellitus", "Gestational diabetes (1992), resolved", ("O24.4", "Diabetes mellitus arising in pregnancy"), "1992-04", "1992-09-15")]:
        c.condition(s, sct(code, disp, text, icd=icd), clinical="resolved", onset=on, abatement=ab, recorded=on if len(on) == 10 else on + "-15")
    c.procedure("proc-wle", sct("392021009", "Lumpectomy of breast", "Left WLE + SLNB"), "completed", date="2015-04-07", performer=c.surg, reason_ref=[ca])
    c.procedure("proc-rt", sct("108290001", "Radiation oncology AND/OR radiotherapy", "Whole-breast RT"), "completed", period=("2015-05-18", "2015-06-19"),
                reason_ref=[ca])
    c.medstmt("ms-tam", med("L02BA01", "Tamoxifen 20 mg"), "completed", "2015-06-29", end="2018-07-02", reason_ref=[ca])
    c.medstmt("ms-let", med("L02BG04", "Letrozole 2.5 mg"), "completed", "2018-07-02", end="2025-07-01", reason_ref=[ca],
              note="Adjuvant endocrine therapy completed (10 years in total).")
    c.medstmt("ms-ram", med("C09AA05", "Ramipril 5 mg"), "active", "2010-11-03", dose_text="5 mg once daily", reason_ref=[htn])
    c.medstmt("ms-levo", med("H03AA01", "Levothyroxine 100 micrograms"), "active", "2013-06-21", dose_text="100 mcg once daily", reason_ref=[hyp])
    c.medstmt("ms-pcm", med("N02BE01", "Paracetamol 1 g"), "active", "2019-02-14", dose_text="1 g as needed, max 4 g/day", reason_ref=[oa])
    mammo(c, "dr-mammo", "2026-10-13", "Bilateral mammogram: stable post-surgical changes left breast, scattered benign calcifications. BI-RADS 2.")
    birads(c, "obs-birads", "2026-10-13", 2, "Benign")
    e1 = c.encounter("enc-1", "2026-10-20", "Breast surgical follow-up - final review", prac=c.surg, org=c.centre, reason_ref=[ca], time="16:00")
    c.bp("bp-1", "2026-10-20", 132, 80, encounter=e1)
    r = [lab(c, "lab-tsh", "tsh", "2026-10-20", 1.8, 0.3, 4.2, enc=e1), lab(c, "lab-creat", "creat", "2026-10-20", 71, 45, 90, enc=e1),
         lab(c, "lab-egfr", "egfr", "2026-10-20", 79, 60, None, enc=e1)]
    c.report("dr-lab", cc(text="TFT, renal profile"), "2026-10-20", results=r, performer=c.centre, encounter=e1)
    c.note("doc-1", "2026-10-20", note_t(LETTER, "Discharge letter to GP"),
           "Dear Dr Hayes,\nMargaret attended for her final breast follow-up, 11 years after left WLE/SLNB and radiotherapy for a small grade 1 "
           "ER+ cancer; endocrine therapy was completed in July 2025. She is well; mammogram BI-RADS 2. We have discharged her to BreastCheck "
           "screening. Her active problems are hypertension, hypothyroidism and knee osteoarthritis, all managed by you.\nKind regards,\n"
           "Ms S. O'Connell", c.surg, encounter=e1)


CASES = [
    dict(key="bc_ida_unfollowed", org="bc", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], fn=bc_ida_unfollowed,
         why="Red flag without follow-up: iron-deficiency anaemia in a 61-year-old (Hb 101 g/L, MCV 72, ferritin 6 on 2026-08-25) with no repeat bloods, iron, GP action or GI referral in the 98 days to the anchor date; the GP letter and November review do not mention it.",
         summary="Breast centre, 61 F: iron-deficiency anaemia on survivorship bloods, never acted on"),
    dict(key="bc_fibromyalgia_bone", org="bc", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"], fn=bc_fibromyalgia_bone,
         why="Fibromyalgia (M79.7), a catch-all label, has stood since April 2026 while night-time spinal and rib pain persists in a woman treated for node-positive breast cancer, and new weight loss, ALP 246, hypercalcaemia and CA 15-3 88 cannot be explained by it (possible bone metastases).",
         summary="Breast centre, 58 F: 'fibromyalgia' label while bone pain, raised ALP, calcium and CA 15-3 suggest metastases"),
    dict(key="bc_reexcision_revoked", org="bc", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
         expected=[], fn=bc_reexcision_revoked,
         why="The provisional re-excision was revoked by the MDM because the close margin lies at the pectoral fascia; the wide local excision is already done and the patient declined radiotherapy, so no operation or high-impact treatment is pending.",
         summary="Breast centre, 69 F: low-grade DCIS, re-excision request withdrawn after MDM, radiotherapy declined"),
    dict(key="bc_hospice", org="bc", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"], fn=bc_hospice,
         why="Metastatic breast cancer progressing after two endocrine-based lines; the MDM states no further anti-cancer treatment options, with an active hospice referral and palliative CarePlan; no second opinion on record.",
         summary="Breast centre, 82 F: progressive metastatic breast cancer, 'no further options', hospice referral"),
    dict(key="bc_qol_drop_ai", org="bc", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"], fn=bc_qol_drop_ai,
         why="EORTC QLQ-C30 global health status fell from 75 before treatment to 58 and 42 after anastrozole started (a 33-point fall against an MCID of about 10), with arthralgia, flushes and reduced work; radiotherapy was also given in February 2026.",
         summary="Breast centre, 56 F: quality of life collapses after starting anastrozole (QLQ-C30 75 -> 42)"),
    dict(key="bc_qol_small_change", org="bc", target="HIGH_IMPACT_TREATMENT", kind="near-miss",
         expected=[], fn=bc_qol_small_change,
         why="FACT-B fell only from 116 to 111 over a year of letrozole, below its minimal important difference (about 7-8 points); radiotherapy was omitted (PRIME II), so no high-impact treatment is planned or running.",
         summary="Breast centre, 73 F: letrozole with a small, sub-MCID change in FACT-B; radiotherapy omitted"),
    dict(key="bc_qr_no", org="bc", target="PATIENT_REPORTED_CONCERN", kind="near-miss",
         expected=[], fn=bc_qr_no,
         why="Patient-experience questionnaire answered 'Yes' to feeling listened to and 'No' to both raising a concern and wanting a second opinion; she is well on routine follow-up.",
         summary="Breast centre, 64 F: feedback form explicitly declines a second opinion"),
    dict(key="bc_arthralgia_small", org="bc", target="WORSENING_DESPITE_TREATMENT", kind="near-miss",
         expected=[], fn=bc_arthralgia_small,
         why="Aromatase-inhibitor arthralgia pain NRS moved 4 -> 5 -> 5 over eight months on paracetamol - one point, below the 2-point MCID; function is preserved.",
         summary="Breast centre, 60 F: AI arthralgia, pain score up by one point only"),
    dict(key="bc_li_fraumeni", org="bc", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"], fn=bc_li_fraumeni,
         why="Active Li-Fraumeni syndrome (germline TP53 pathogenic variant, ORPHA:524) under lifelong multi-organ surveillance; her breast cancer treatment ended in 2024.",
         summary="Breast centre, 36 F: Li-Fraumeni syndrome after HER2+ breast cancer, Toronto surveillance"),
    dict(key="bc_few_active", org="bc", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
         expected=[], fn=bc_few_active,
         why="Many conditions are listed, but only three are active and chronic (hypertension, hypothyroidism, knee osteoarthritis); breast cancer is in long-term remission with treatment completed and four other problems are resolved; no rare disease.",
         summary="Breast centre, 66 F: long list of problems, but only three active chronic conditions; discharged from follow-up"),
]
