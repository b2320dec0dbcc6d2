"""Cases from the palliative & supportive care service (Prairie Ridge, Alberta): SNOMED CT with some
ICD-10-CA, ECOG / PPS / ESAS-r / EORTC / PHQ-9 scores, goals-of-care conversations, advance care planning,
hospice referrals, English notes."""
from fhirkit import cc, tx

PSN, DSM, MPP, UNT = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH",
                      "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS")
HIT, PRC, WDT, RARE = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                       "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
LOC = "https://fhir.prairieridge-pscs.example/CodeSystem/"
ESAS_ITEMS = [("pain", "Pain"), ("tired", "Tiredness"), ("drowsy", "Drowsiness"), ("nausea", "Nausea"),
              ("appetite", "Lack of appetite"), ("sob", "Shortness of breath"), ("depress", "Depression"),
              ("anxiety", "Anxiety"), ("wellbeing", "Wellbeing")]
PAIN = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain NRS (0-10)")
ECOG = cc(("loinc", "89247-1", "ECOG Performance Status score"))
PAL_CP = cc((LOC + "care-plan-type", "palliative", "Palliative care plan"), text="Palliative care plan")
SUPP_CP = cc((LOC + "care-plan-type", "supportive", "Supportive care plan"), text="Supportive care plan")


def dx(sct, sct_disp, icd=None, icd_disp=None, text=None):
    codings = [("sct", sct, sct_disp)] if sct else []
    if icd:
        codings.append(("icd10ca", icd, icd_disp))
    return cc(*codings, text=text or sct_disp or icd_disp)


def med(code, text, atc=None):
    codings = [(LOC + "formulary", code, text)]
    if atc:
        codings.append(("atc", atc[0], atc[1]))
    return cc(*codings, text=text)


def pal_base(c, fam, given, gender, birth, phn, pracs, line, marital=None, cancer_centre=False):
    c.main_org()
    ahcip = c.organization("Alberta Health Care Insurance Plan", kind="govt", alias=["AHCIP"])
    cc_org = c.organization("Prairie Ridge Regional Cancer Centre", kind="prov", city="Prairie Ridge") if cancer_centre else None
    pr = {}
    for key, pf, pg, qual in pracs:
        pr[key] = c.practitioner(key, pf, pg, qual=qual)
    ident = {"use": "official", "type": cc(("v2-0203", "JHN", "Jurisdictional health number (Canada)")),
             "system": "https://fhir.infoway-inforoute.ca/NamingSystem/ca-ab-patient-healthcare-id", "value": phn}
    c.patient(fam, given, gender, birth, ident=ident, line=line, postal="T4R 1A" + phn[-1], marital=marital,
              lang="en", gp=pr[pracs[0][0]])
    c.coverage(ahcip, "Alberta Health Care Insurance Plan", subscriber_id=phn, start="1990-01-01")
    return pr, cc_org


def esas(c, date, enc, vals, note=None):
    comps = [{"code": cc((LOC + "esas-r", k, "ESAS-r " + d.lower())), "valueInteger": v}
             for (k, d), v in zip(ESAS_ITEMS, vals)]
    return c.obs(cc((LOC + "esas-r", "panel", "Edmonton Symptom Assessment System - revised (ESAS-r)"), text="ESAS-r"),
                 date, cat="survey", enc=enc, components=comps, note=note)


def pps(c, date, value, enc=None):
    return c.obs(cc((LOC + "scores", "PPS", "Palliative Performance Scale (PPSv2)"), text="PPS"), date, value=value,
                 unit="%", ucum="%", cat="survey", enc=enc)


# ------------------------------------------------------------------------------------------
def pal_pancreas(c):
    pr, cco = pal_base(c, "Hollis", "Margaret", "female", "1952-02-17", "503118274",
                       [("pal", "Rahman", "Aisha", "Palliative medicine physician"),
                        ("onc", "Keller", "Thomas", "Medical oncologist"),
                        ("cns", "Olsen", "Karen", "Palliative care clinical nurse specialist")],
                       "27 Willow Bend", marital="W", cancer_centre=True)
    hospice = c.organization("St. Brigid's Residential Hospice", kind="prov", city="Prairie Ridge")
    ca = c.condition(dx("363418001", "Malignant tumor of pancreas", "C25.0", "Malignant neoplasm of head of pancreas",
                        "Adenocarcinoma of the head of pancreas, metastatic"), onset="2026-02-10", who=pr["onc"],
                     stage=tx("Stage IV (liver metastases)"))
    liv = c.condition(dx("94381002", "Secondary malignant neoplasm of liver", "C78.7",
                         "Secondary malignant neoplasm of liver and intrahepatic bile duct"), onset="2026-02-10", who=pr["onc"])
    c.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2009-01-01",
                who=pr["pal"])
    c.medstmt(med("ONC-GEM-NAB", "Gemcitabine + nab-paclitaxel (days 1, 8, 15 q28d)", ("L01BC05", "gemcitabine")), "stopped",
              start="2026-03-10", end="2026-09-08", reason_ref=[ca],
              note="Six cycles. Stopped for radiological progression and decline in performance status.")
    e1 = c.encounter("2026-10-20", "Medical oncology clinic", who=pr["onc"], provider=cco, time="10:00", reason_ref=[ca])
    c.lab("ca199", "2026-10-14", 5600, high=37, text="CA 19-9")
    c.lab("bili", "2026-10-14", 41, 3, 20, text="Total bilirubin")
    c.lab("alb", "2026-10-14", 27, 35, 50, text="Albumin")
    c.obs(ECOG, "2026-10-20", integer=3, cat="survey", enc=e1)
    c.note("2026-10-20", "consult", "Medical oncology – review after progression",
           "CT 2026-10-08: enlarging liver metastases, new peritoneal disease and small-volume ascites. ECOG 3, "
           "spending most of the day in bed, bilirubin 41.\nNo further disease-directed treatment options: she is "
           "not fit for second-line chemotherapy and there is no targetable alteration or trial for which she is "
           "eligible. Recommend best supportive care. Discussed openly with Margaret and her daughter. Referred to "
           "the palliative care service.", pr["onc"], enc=e1)
    c.servicereq(cc(("sct", "306237005", "Referral to palliative care service"), text="Referral to palliative care service"),
                 "completed", "order", "2026-10-20", reason_ref=[ca], who=pr["onc"], performer=pr["pal"])
    e2 = c.encounter("2026-10-28", "Palliative care consultation (home visit)", cls="HH", who=pr["pal"], time="13:30",
                     length_min=90, reason_ref=[ca])
    esas(c, "2026-10-28", e2, [7, 8, 4, 5, 8, 3, 4, 6, 7])
    pps(c, "2026-10-28", 40, e2)
    c.vital("weight", "2026-10-28", 51.4, enc=e2)
    c.note("2026-10-28", "consult", "Palliative care consultation",
           "74-year-old woman with metastatic pancreatic adenocarcinoma, progressed after six cycles of "
           "gemcitabine/nab-paclitaxel; oncology has no further disease-directed options. PPS 40 %. "
           "Epigastric and back pain 7/10, anorexia, fatigue.\n"
           "Goals-of-care conversation with Margaret and her daughter: she understands the cancer cannot be "
           "treated and her time is likely short (weeks to a few months). Priorities: comfort, staying at home as "
           "long as possible, hospice when care at home is no longer possible. Goals of Care Designation changed to "
           "C1 (comfort care). Hydromorphone started, dexamethasone 4 mg for appetite.", pr["pal"], enc=e2)
    c.note("2026-10-28", "acp", "Goals of Care Designation order and advance care plan",
           "Goals of Care Designation: C1 (medical care focused on comfort; no resuscitation, no transfer to ICU). "
           "Agent under personal directive: daughter (Linda Hollis). Preferred place of death: hospice.", pr["pal"], enc=e2)
    cp = c.careplan("Palliative care plan – comfort-focused care at home", "active", "plan", PAL_CP, "2026-10-28",
                    addresses=[ca, liv], author=pr["pal"],
                    description="Comfort-focused care; no further disease-directed treatment. Home palliative team with "
                                "transition to hospice when needed.",
                    activities=[{"desc": "Pain and symptom management (hydromorphone, dexamethasone, antiemetics)", "status": "in-progress"},
                                {"desc": "Weekly home visits by the palliative CNS", "status": "in-progress"},
                                {"desc": "Residential hospice admission when care at home is no longer possible", "status": "not-started"}])
    for code, text, atc, dose in (("HM-PO", "Hydromorphone 2 mg tablet", ("N02AA03", "hydromorphone"), "2 mg PO q4h regular + 1 mg q1h PRN"),
                                  ("DEX-PO", "Dexamethasone 4 mg tablet", ("H02AB02", "dexamethasone"), "4 mg PO once daily in the morning"),
                                  ("SEN-PO", "Sennosides 8.6 mg tablet", ("A06AB06", "senna glycosides"), "2 tablets PO at bedtime"),
                                  ("PANC", "Pancrelipase 25 000 units capsule", ("A09AA02", "multienzymes (lipase, protease etc.)"), "1 capsule with meals")):
        c.medreq(med(code, text, atc), "2026-10-28", dose, who=pr["pal"], enc=e2)
    e3 = c.encounter("2026-11-18", "Palliative care follow-up (home visit)", cls="HH", who=pr["cns"], time="10:00",
                     length_min=60, reason_ref=[ca])
    esas(c, "2026-11-18", e3, [3, 8, 5, 3, 8, 3, 3, 4, 6])
    pps(c, "2026-11-18", 30, e3)
    c.servicereq(tx("Referral to residential hospice (St. Brigid's) – waitlist"), "active", "order", "2026-11-18",
                 reason_ref=[ca], who=pr["pal"], performer=hospice, enc=e3)
    c.note("2026-11-18", "progress", "Palliative CNS home visit",
           "Pain much better (3/10) on hydromorphone. More time in bed, PPS 30 %. Daughter finding nights difficult. "
           "Family agrees with hospice referral; placed on St. Brigid's waitlist. Continue current plan.", pr["cns"], enc=e3)


def pal_hf_discharged(c):
    pr, _ = pal_base(c, "Kowalczyk", "Walter", "male", "1947-06-03", "503220917",
                     [("pal", "Rahman", "Aisha", "Palliative medicine physician"),
                      ("card", "Nair", "Priya", "Cardiologist (heart function clinic)"),
                      ("rn", "Dubois", "Claire", "Registered nurse, palliative home care")],
                     "4 Prospect Row", marital="M")
    hf = c.condition(dx("703272007", "Heart failure with reduced ejection fraction", "I50.0", "Congestive heart failure"),
                     onset="2019-04-01", who=pr["card"])
    c.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2005-01-01", who=pr["card"])
    c.condition(dx("44054006", "Diabetes mellitus type 2", "E11.9", "Type 2 diabetes mellitus without complication"),
                onset="2012-01-01", who=pr["card"])
    ref = c.servicereq(cc(("sct", "306237005", "Referral to palliative care service"), text="Referral to palliative care service"),
                       "completed", "order", "2026-02-03", reason_ref=[hf], who=pr["card"], performer=pr["pal"],
                       note="Three heart-failure admissions in 2025; EF 20 %; NYHA IV.")
    e1 = c.encounter("2026-02-17", "Palliative care consultation (clinic)", who=pr["pal"], time="10:00", length_min=75, reason_ref=[hf])
    esas(c, "2026-02-17", e1, [2, 8, 3, 2, 6, 9, 4, 6, 8])
    pps(c, "2026-02-17", 40, e1)
    c.note("2026-02-17", "consult", "Palliative care consultation",
           "79-year-old man with HFrEF (EF 20 %), NYHA IV, breathless at rest. Heart function clinic still adjusting "
           "therapy (sacubitril/valsartan started, CRT-D being considered). Goals of care discussed: he wants to "
           "pursue the device and medication changes and to be reassessed. Palliative input for breathlessness "
           "(low-dose morphine) and advance care planning.", pr["pal"], enc=e1)
    c.careplan("Palliative care plan – heart failure symptom management", "completed", "plan", PAL_CP, "2026-02-17",
               end="2026-09-15", addresses=[hf], author=pr["pal"],
               activities=[{"desc": "Low-dose oral morphine for breathlessness", "status": "stopped"},
                           {"desc": "Monthly palliative home-care nursing visits", "status": "completed"}],
               note="Closed 2026-09-15: discharged from the palliative care service after marked functional recovery.")
    c.medstmt(med("MOR-PO", "Morphine 1 mg/mL oral solution", ("N02AA01", "morphine")), "stopped", start="2026-02-17",
              end="2026-07-30", dosage="1–2 mg PO q4h PRN breathlessness", note="No longer needed.")
    c.procedure(tx("Implantation of cardiac resynchronisation therapy defibrillator (CRT-D)"), "completed", date="2026-04-14", who=pr["card"], reason_ref=[hf])
    for code, text, atc, dose, start in (("SV", "Sacubitril/valsartan 97/103 mg tablet", ("C09DX04", "valsartan and sacubitril"), "1 tablet PO BID", "2026-01-20"),
                                         ("EMPA", "Empagliflozin 10 mg tablet", ("A10BK03", "empagliflozin"), "1 tablet PO daily", "2026-03-02"),
                                         ("BISO", "Bisoprolol 5 mg tablet", ("C07AB07", "bisoprolol"), "1 tablet PO daily", "2019-04-01"),
                                         ("SPIRO", "Spironolactone 25 mg tablet", ("C03DA01", "spironolactone"), "1 tablet PO daily", "2020-01-01")):
        c.medreq(med(code, text, atc), start, dose, who=pr["card"], reason_ref=[hf], course="continuous")
    c.note("2026-08-25", "imaging", "Transthoracic echocardiogram",
           "LV moderately dilated, LVEF 38 % (previously 20 %, February 2026). Mild functional mitral regurgitation. "
           "CRT-D leads in situ.", pr["card"])
    c.lab("ntprobnp", "2026-02-10", 6200, high=450, text="NT-proBNP")
    c.lab("ntprobnp", "2026-08-25", 980, high=450, text="NT-proBNP")
    e2 = c.encounter("2026-09-15", "Palliative care follow-up (clinic)", who=pr["pal"], time="11:00", reason_ref=[hf])
    esas(c, "2026-09-15", e2, [1, 3, 1, 0, 2, 3, 1, 2, 2])
    pps(c, "2026-09-15", 70, e2)
    c.note("2026-09-15", "progress", "Palliative care follow-up – discharge from service",
           "Remarkable improvement since CRT-D (April) and medication optimisation: NYHA II, walks 1 km daily, "
           "no admissions since January, EF now 38 %. Morphine stopped in July. ESAS scores low.\n"
           "Goals of care revisited: Walter wants full active treatment including resuscitation; Goals of Care "
           "Designation changed from M1 to R1. He no longer has palliative care needs and is discharged from the "
           "palliative care service back to the heart function clinic and his family physician. Re-referral welcome "
           "if his condition declines.", pr["pal"], enc=e2, related=[ref])
    c.bp("2026-09-15", 112, 68, enc=e2)


def pal_dialysis(c):
    pr, _ = pal_base(c, "Ferguson", "Dorothy", "female", "1949-08-21", "503331408",
                     [("neph", "Osei", "Samuel", "Nephrologist (kidney supportive care clinic)"),
                      ("pal", "Brooks", "Hannah", "Palliative and supportive care physician"),
                      ("rn", "Lavallee", "Joanne", "Renal nurse educator")],
                     "112 Meadowlark Drive", marital="W")
    ckd = c.condition(dx("433146000", "Chronic kidney disease stage 5", "N18.5", "Chronic kidney disease, stage 5"),
                      onset="2025-09-01", who=pr["neph"])
    dm = c.condition(dx("44054006", "Diabetes mellitus type 2", "E11.2", "Type 2 diabetes mellitus with renal complications"),
                     onset="1998-01-01", who=pr["neph"])
    c.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2000-01-01", who=pr["neph"])
    c.condition(dx("4855003", "Retinopathy due to diabetes mellitus"), onset="2012-01-01", who=pr["neph"])
    for code, text, atc, dose, start in (("GLAR", "Insulin glargine 100 units/mL", ("A10AE04", "insulin glargine"), "12 units SC at bedtime", "2015-01-01"),
                                         ("AMLO", "Amlodipine 10 mg tablet", ("C08CA01", "amlodipine"), "1 tablet daily", "2010-01-01"),
                                         ("FURO", "Furosemide 80 mg tablet", ("C03CA01", "furosemide"), "1 tablet BID", "2025-09-01"),
                                         ("SEV", "Sevelamer carbonate 800 mg tablet", ("V03AE02", "sevelamer"), "1 tablet with meals", "2025-11-01"),
                                         ("DARB", "Darbepoetin alfa 40 mcg", ("B03XA02", "darbepoetin alfa"), "40 mcg SC every 2 weeks", "2025-11-01")):
        c.medreq(med(code, text, atc), start, dose, who=pr["neph"], course="continuous")
    e1 = c.encounter("2026-06-16", "Kidney supportive care clinic", who=pr["neph"], time="09:00", length_min=60, reason_ref=[ckd])
    c.lab("egfr", "2026-06-09", 9, low=60, text="eGFR")
    esas(c, "2026-06-16", e1, [2, 6, 2, 3, 4, 2, 2, 4, 5])
    c.note("2026-06-16", "consult", "Kidney supportive care clinic – treatment options",
           "77-year-old with diabetic kidney disease, eGFR 9. Shared decision-making visit with her son: options of "
           "conservative kidney management versus in-centre haemodialysis reviewed, including the time burden "
           "(three 4-hour sessions a week plus travel), fatigue after sessions, vascular access surgery and expected "
           "survival with each path. Dorothy wants time to decide.", pr["neph"], enc=e1)
    e2 = c.encounter("2026-07-14", "Kidney supportive care clinic", who=pr["neph"], time="09:30", reason_ref=[ckd])
    c.note("2026-07-14", "progress", "Kidney supportive care clinic – decision",
           "Dorothy has decided on in-centre haemodialysis; she declines conservative management. Goals of Care "
           "Designation R1. Referral to vascular surgery for an arteriovenous fistula.", pr["neph"], enc=e2)
    c.procedure(tx("Left radiocephalic arteriovenous fistula creation"), "completed", date="2026-08-12", reason_ref=[ckd],
                outcome="Fistula matured on ultrasound 2026-10-27.")
    labs = [c.lab("egfr", "2026-11-10", 7, low=60, text="eGFR"), c.lab("k", "2026-11-10", 5.6, 3.5, 5.1, text="Potassium"),
            c.lab("hco3", "2026-11-10", 17, 22, 29, text="Bicarbonate"), c.lab("phos", "2026-11-10", 2.1, 0.8, 1.5, text="Phosphate"),
            c.lab("hb", "2026-11-10", 98, 120, 160, text="Hemoglobin", note="Anaemia of CKD on darbepoetin; ferritin 320 µg/L, TSAT 28 %."),
            c.lab("crea", "2026-11-10", 498, 45, 90, text="Creatinine")]
    c.report(cc((LOC + "lab-panels", "RENAL", "Renal panel"), text="Renal panel"), "2026-11-10", labs, who=pr["neph"],
             conclusion="Progressive kidney failure with hyperkalaemia and metabolic acidosis.")
    e3 = c.encounter("2026-11-17", "Kidney supportive care clinic", who=pr["neph"], time="10:00", reason_ref=[ckd])
    esas(c, "2026-11-17", e3, [2, 8, 4, 6, 7, 3, 3, 5, 7], note="Uraemic symptoms: nausea, pruritus, fatigue.")
    c.vital("weight", "2026-11-17", 66.3, enc=e3)
    c.bp("2026-11-17", 158, 84, enc=e3)
    cp = c.careplan("Kidney replacement therapy plan – in-centre haemodialysis", "active", "plan",
                    cc((LOC + "care-plan-type", "krt", "Kidney replacement therapy plan"), text="Kidney replacement therapy"),
                    "2026-11-17", addresses=[ckd], author=pr["neph"],
                    activities=[{"code": cc(("sct", "302497006", "Hemodialysis"), text="In-centre haemodialysis 4 h x 3/week"),
                                 "status": "scheduled", "period": {"start": "2026-12-14"}},
                                {"desc": "Dialysis education session and unit tour", "status": "completed"}])
    c.servicereq(cc(("sct", "302497006", "Hemodialysis"), text="Initiation of chronic in-centre haemodialysis via left radiocephalic AVF"),
                 "active", "order", "2026-11-17", occ_period={"start": "2026-12-14"}, reason_ref=[ckd], who=pr["neph"],
                 enc=e3, note="Mon/Wed/Fri 07:30, Prairie Ridge satellite dialysis unit. Transport arranged.")
    c.note("2026-11-17", "progress", "Kidney supportive care clinic – dialysis start",
           "Uraemic symptoms now (nausea, itch, poor appetite, fatigue); K 5.6, bicarbonate 17. Fistula mature. "
           "Haemodialysis to start 14 December 2026, Monday/Wednesday/Friday. We discussed again what this will mean "
           "day to day: twelve hours a week on the machine plus travel, post-dialysis exhaustion, dietary and fluid "
           "restriction, and that she will no longer be able to spend winters with her daughter in Victoria. "
           "She remains sure of her decision. Not palliative; supportive care continues alongside dialysis.",
           pr["neph"], enc=e3)


def pal_letrozole(c):
    pr, cco = pal_base(c, "Price", "Eleanor", "female", "1954-03-29", "503447162",
                       [("sup", "Brooks", "Hannah", "Palliative and supportive care physician"),
                        ("onc", "Keller", "Thomas", "Medical oncologist"),
                        ("surg", "Fraser", "Ian", "General surgeon")],
                       "9 Coulee Heights", marital="M", cancer_centre=True)
    bc = c.condition(dx("254837009", "Malignant neoplasm of breast", "C50.4", "Malignant neoplasm of upper-outer quadrant of breast",
                        "Left breast invasive ductal carcinoma, ER+/PR+/HER2-"), onset="2026-02-24", who=pr["onc"],
                     stage=tx("pT1c pN0(sn) M0, stage IA"))
    c.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2011-01-01", who=pr["sup"])
    c.condition(dx("396275006", "Osteoarthritis", "M15.0", "Primary generalized (osteo)arthrosis", "Hand osteoarthritis"),
                onset="2016-01-01", who=pr["sup"])
    c.procedure(cc(("sct", "392021009", "Lumpectomy of breast"), text="Left breast-conserving surgery with sentinel node biopsy"),
                "completed", date="2026-03-18", who=pr["surg"], reason_ref=[bc], outcome="Clear margins; 0/2 sentinel nodes.")
    c.note("2026-04-14", "consult", "Medical oncology – adjuvant plan",
           "72-year-old, pT1c N0, grade 1, ER 95 %, PR 60 %, HER2 negative, Oncotype recurrence score 11. "
           "Per PRIME II-type data and her preference, adjuvant radiotherapy omitted; no chemotherapy indicated. "
           "Adjuvant letrozole 2.5 mg daily for 5 years. Baseline bone density ordered.", pr["onc"])
    ghs = cc((LOC + "scores", "QLQC30-GHS", "EORTC QLQ-C30 global health status/QoL scale score"),
             text="EORTC QLQ-C30 global health status (0-100)")
    c.obs(ghs, "2026-04-14", value=75.0, unit="{score}", ucum="{score}", cat="survey", note="Baseline before letrozole.")
    c.medreq(med("LET", "Letrozole 2.5 mg tablet", ("L02BG04", "letrozole")), "2026-04-20", "1 tablet PO daily for 5 years",
             who=pr["onc"], reason_ref=[bc], course="continuous")
    c.medstmt(med("AMLO", "Amlodipine 5 mg tablet", ("C08CA01", "amlodipine")), "active", start="2011-01-01", dosage="1 tablet daily")
    c.medstmt(med("CAD", "Calcium carbonate 500 mg + vitamin D3 1000 IU", ("A12AX", "calcium, combinations with vitamin D and/or other drugs")),
              "active", start="2026-04-20", dosage="1 tablet daily")
    e1 = c.encounter("2026-07-21", "Supportive care clinic (survivorship)", who=pr["sup"], time="14:00", reason_ref=[bc])
    c.obs(ghs, "2026-07-21", value=66.7, unit="{score}", ucum="{score}", cat="survey", enc=e1)
    c.obs(PAIN, "2026-07-21", integer=3, cat="survey", enc=e1, note="Hand and knee stiffness.")
    c.note("2026-07-21", "progress", "Supportive care – letrozole side effects",
           "Three months on letrozole. Mild morning stiffness of hands and knees (pain 3/10) and occasional hot "
           "flushes. Sleeping well, walking group twice a week. Global health score 66.7 (75.0 at baseline): small "
           "change. Advised regular exercise and acetaminophen as needed; continue letrozole.", pr["sup"], enc=e1)
    e2 = c.encounter("2026-10-27", "Supportive care clinic (survivorship)", who=pr["sup"], time="14:30", reason_ref=[bc])
    c.obs(ghs, "2026-10-27", value=66.7, unit="{score}", ucum="{score}", cat="survey", enc=e2)
    c.obs(PAIN, "2026-10-27", integer=2, cat="survey", enc=e2)
    c.bp("2026-10-27", 132, 78, enc=e2)
    c.note("2026-10-27", "progress", "Supportive care – follow-up",
           "Arthralgia improved with exercise; hot flushes infrequent. QLQ-C30 global health 66.7, unchanged since July. "
           "Adherent to letrozole. DXA: osteopenia (T-score −1.6), continue calcium/vitamin D. Next mammogram March 2027.",
           pr["sup"], enc=e2)
    c.lab("alt", "2026-10-20", 21, 7, 40, text="ALT")
    c.lab("hb", "2026-10-20", 131, 120, 160, text="Hemoglobin")


def pal_parkinson_no(c):
    pr, _ = pal_base(c, "Jensen", "Harold", "male", "1951-11-11", "503558941",
                     [("sup", "Brooks", "Hannah", "Palliative and supportive care physician"),
                      ("neuro", "Lin", "Mei", "Neurologist (movement disorders)"),
                      ("rn", "Dubois", "Claire", "Registered nurse")],
                     "33 Sandstone Way", marital="M")
    pdz = c.condition(dx("49049000", "Parkinson's disease", "G20", "Parkinson's disease"), onset="2014-03-01", who=pr["neuro"],
                      stage=tx("Hoehn and Yahr stage 3"))
    c.condition(dx("28651003", "Orthostatic hypotension", "I95.1", "Orthostatic hypotension"), onset="2023-06-01", who=pr["neuro"])
    c.condition(dx("266569009", "Benign prostatic hyperplasia", "N40", "Hyperplasia of prostate"), onset="2015-01-01", who=pr["sup"])
    for code, text, atc, dose, start in (("LD", "Levodopa/carbidopa 100/25 mg tablet", ("N04BA02", "levodopa and decarboxylase inhibitor"), "1.5 tablets PO 5 times daily", "2014-05-01"),
                                         ("RAS", "Rasagiline 1 mg tablet", ("N04BD02", "rasagiline"), "1 tablet daily", "2019-01-01"),
                                         ("MID", "Midodrine 5 mg tablet", ("C01CA17", "midodrine"), "1 tablet TID (morning, noon, mid-afternoon)", "2023-06-01"),
                                         ("PEG", "Polyethylene glycol 3350 powder", ("A06AD15", "macrogol"), "17 g PO daily", "2022-01-01")):
        c.medreq(med(code, text, atc), start, dose, who=pr["neuro"], course="continuous")
    c.servicereq(tx("Referral to supportive care clinic: symptom management (pain, constipation), caregiver support, advance care planning"),
                 "completed", "order", "2026-07-02", reason_ref=[pdz], who=pr["neuro"], performer=pr["sup"],
                 note="Not a palliative referral: all Parkinson's treatment continues.")
    e1 = c.encounter("2026-08-05", "Supportive care clinic – new patient", who=pr["sup"], time="13:00", length_min=75, reason_ref=[pdz])
    esas(c, "2026-08-05", e1, [4, 5, 3, 1, 2, 1, 2, 3, 4])
    c.obs(PAIN, "2026-08-05", integer=4, cat="survey", enc=e1)
    c.bp("2026-08-05", 142, 84, enc=e1)
    c.qresponse("https://fhir.prairieridge-pscs.example/Questionnaire/supportive-care-intake", c.dt("2026-08-05", "12:40"), c.pat, [
        ("concerns", "What are your main concerns right now?",
         "Stiffness and aching in the mornings before my pills work, constipation, and my wife is getting worn out."),
        ("heard", "Do you feel your concerns are listened to by your care team?", cc(("loinc", "LA33-6", "Yes"))["coding"][0]),
        ("second-opinion", "Would you like a second opinion about your diagnosis or treatment plan?",
         cc(("loinc", "LA32-8", "No"))["coding"][0]),
        ("acp", "Would you like to talk about planning ahead for future care (advance care planning)?",
         cc(("loinc", "LA33-6", "Yes"))["coding"][0]),
        ("comments", "Anything else you want us to know?", "Dr. Lin has looked after me for twelve years and I trust her."),
    ], enc=e1)
    c.note("2026-08-05", "consult", "Supportive care clinic – consultation",
           "74-year-old with Parkinson's disease (H&Y 3) referred for symptom management. Early-morning off-period "
           "aching, chronic constipation, orthostatic dizziness. Wife is main carer and tired.\n"
           "Plan: advise first levodopa dose earlier (on waking) — discussed with Dr. Lin; increase PEG 3350; home care "
           "assessment for respite. Advance care planning started: named his wife as agent; Goals of Care Designation "
           "remains R1. He is happy with his neurological care and does not want another opinion. Not palliative; "
           "all disease-directed treatment continues.", pr["sup"], enc=e1)
    c.careplan("Supportive care plan – Parkinson's symptom management", "active", "plan", SUPP_CP, "2026-08-05",
               addresses=[pdz], author=pr["sup"],
               activities=[{"desc": "Bowel regimen titration", "status": "in-progress"},
                           {"desc": "Home care respite assessment", "status": "completed"},
                           {"desc": "Advance care planning follow-up conversation", "status": "scheduled", "when": "2027-02"}])
    e2 = c.encounter("2026-11-04", "Supportive care clinic – follow-up", who=pr["sup"], time="13:30", reason_ref=[pdz])
    esas(c, "2026-11-04", e2, [2, 4, 3, 1, 2, 1, 2, 2, 3])
    c.note("2026-11-04", "progress", "Supportive care – follow-up",
           "Morning aching better with earlier first dose. Bowels regular. Respite twice a week has helped his wife. "
           "Review in three months.", pr["sup"], enc=e2)


def pal_crc_secondop(c):
    pr, cco = pal_base(c, "Nolan", "Patricia", "female", "1963-05-22", "503669218",
                       [("pal", "Rahman", "Aisha", "Palliative medicine physician"),
                        ("onc", "Keller", "Thomas", "Medical oncologist"),
                        ("so", "Stein", "Rebecca", "Gastrointestinal medical oncologist (second opinion)"),
                        ("cns", "Olsen", "Karen", "Palliative care clinical nurse specialist")],
                       "560 Riverside Crescent", marital="D", cancer_centre=True)
    bv = c.organization("Bow Valley Comprehensive Cancer Centre", kind="prov", city="Bow Valley")
    ca = c.condition(dx("363406005", "Malignant tumor of colon", "C18.7", "Malignant neoplasm of sigmoid colon",
                        "Sigmoid adenocarcinoma, KRAS G12D, MSS, liver and lung metastases"), onset="2024-01-16", who=pr["onc"],
                     stage=tx("Stage IV"))
    c.condition(dx("94381002", "Secondary malignant neoplasm of liver", "C78.7",
                   "Secondary malignant neoplasm of liver and intrahepatic bile duct"), onset="2024-01-16", who=pr["onc"])
    c.condition(dx("94391008", "Secondary malignant neoplasm of lung", "C78.0", "Secondary malignant neoplasm of lung"),
                onset="2025-03-01", who=pr["onc"])
    c.medstmt(med("ONC-TAS", "Trifluridine/tipiracil", ("L01BC59", "trifluridine, combinations")), "stopped",
              start="2025-11-03", end="2026-05-11", reason_ref=[ca], note="Third line; stopped for progression.")
    e1 = c.encounter("2026-05-20", "Medical oncology clinic", who=pr["onc"], provider=cco, time="09:30", reason_ref=[ca])
    c.lab("cea", "2026-05-14", 312, high=5, text="CEA")
    c.note("2026-05-20", "consult", "Medical oncology – progression on third-line therapy",
           "Progression in liver and lungs after FOLFOX, FOLFIRI-bevacizumab and trifluridine/tipiracil. KRAS G12D, "
           "MSS, no other actionable alteration. No further standard treatment options; recommend best supportive "
           "care and referral to palliative care. Patricia is not ready to stop and would like to explore options.",
           pr["onc"], enc=e1)
    msg = c.communication(c.dt("2026-06-02", "08:12"), c.pat, [pr["onc"]],
                          "Dr. Keller, thank you for being honest with me last week. Before I accept that there is nothing "
                          "more to do, I would like a second opinion at Bow Valley about any trial or other option. "
                          "Could you please send a referral? — Patricia",
                          medium=cc((LOC + "channel", "portal", "Patient portal message"), text="Patient portal"),
                          topic="Request for second opinion", about=[ca])
    so = c.servicereq(tx("Referral for second opinion: GI medical oncology, clinical trial eligibility"), "completed", "order",
                      "2026-06-04", reason_ref=[ca], who=pr["onc"], performer=pr["so"])
    c.communication(c.dt("2026-06-04", "16:30"), pr["onc"], [c.pat],
                    "Patricia, the referral to Dr. Stein at Bow Valley has been sent today. Their office will call you.",
                    medium=cc((LOC + "channel", "portal", "Patient portal message"), text="Patient portal"), in_response_to=msg)
    e2 = c.encounter("2026-07-08", "Second-opinion consultation – GI medical oncology", who=pr["so"], provider=bv, time="10:00",
                     length_min=60, reason_ref=[ca])
    c.note("2026-07-08", "consult", "Second opinion – GI medical oncology (Bow Valley)",
           "Asked by Dr. Keller and by Patricia herself for a second opinion. Records, imaging and molecular report "
           "reviewed. KRAS G12D, MSS, HER2 not amplified, no BRAF or NTRK alteration; no open trial for which she is "
           "eligible (ECOG 2, bilirubin borderline). I agree that no further anticancer treatment would benefit her; "
           "rechallenge would add toxicity without meaningful benefit. Support the transition to palliative care. "
           "Patricia said she is at peace with the decision now that she has heard it twice.", pr["so"], enc=e2,
           related=[so])
    e3 = c.encounter("2026-07-20", "Palliative care consultation (clinic)", who=pr["pal"], time="13:00", length_min=75, reason_ref=[ca])
    esas(c, "2026-07-20", e3, [4, 6, 3, 3, 5, 3, 3, 4, 5])
    pps(c, "2026-07-20", 60, e3)
    c.careplan("Palliative care plan", "active", "plan", PAL_CP, "2026-07-20", addresses=[ca], author=pr["pal"],
               description="No further anticancer treatment (confirmed by second opinion 2026-07-08). Symptom control and home support.",
               activities=[{"desc": "Symptom management: hydromorphone, antiemetics", "status": "in-progress"},
                           {"desc": "Palliative home care nursing", "status": "in-progress"}])
    c.note("2026-07-20", "consult", "Palliative care consultation",
           "63-year-old with metastatic sigmoid adenocarcinoma, no further anticancer options (confirmed at Bow Valley "
           "second opinion 2026-07-08). Right upper quadrant pain 4/10, fatigue. Goals of Care Designation C1 after "
           "discussion. Hydromorphone 1 mg q4h PRN.", pr["pal"], enc=e3)
    c.medreq(med("HM-PO", "Hydromorphone 1 mg tablet", ("N02AA03", "hydromorphone")), "2026-07-20", "1 mg PO q4h PRN pain",
             who=pr["pal"], enc=e3)
    e4 = c.encounter("2026-11-10", "Palliative care follow-up (home visit)", cls="HH", who=pr["cns"], time="10:30", reason_ref=[ca])
    esas(c, "2026-11-10", e4, [3, 7, 4, 3, 6, 4, 3, 3, 5])
    pps(c, "2026-11-10", 50, e4)
    c.note("2026-11-10", "progress", "Palliative CNS home visit",
           "Stable. Pain controlled. Spending more time resting. Daughter moving in next month. Hospice information "
           "given; Patricia prefers to stay home for now.", pr["cns"], enc=e4)


def pal_thoracotomy_pain(c):
    pr, _ = pal_base(c, "Whitaker", "Susan", "female", "1968-01-14", "503770345",
                     [("sup", "Brooks", "Hannah", "Palliative and supportive care physician"),
                      ("pain", "Lee", "Daniel", "Anaesthesiologist (pain clinic)"),
                      ("rn", "Dubois", "Claire", "Registered nurse")],
                     "71 Larkspur Lane", marital="M")
    ca = c.condition(dx("93880001", "Primary malignant neoplasm of lung", "C34.3", "Malignant neoplasm of lower lobe, bronchus or lung",
                        "Right lower lobe adenocarcinoma, resected"), onset="2025-04-02", clin="remission", abate="2025-05-06",
                     who=pr["sup"], stage=tx("pT1c N0 M0, stage IA3"))
    c.procedure(tx("Right lower lobectomy via posterolateral thoracotomy"), "completed", date="2025-05-06", reason_ref=[ca])
    pain = c.condition(dx(None, None, "G58.0", "Intercostal neuropathy",
                          "Chronic post-thoracotomy pain syndrome (right intercostal neuropathic pain)"),
                       onset="2025-07-01", recorded="2025-09-10", who=pr["sup"])
    c.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2018-01-01", who=pr["sup"])
    for code, text, atc, dose, start in (("PGB", "Pregabalin 150 mg capsule", ("N03AX16", "pregabalin"), "150 mg PO BID", "2025-10-02"),
                                         ("DUL", "Duloxetine 60 mg capsule", ("N06AX21", "duloxetine"), "60 mg PO daily", "2026-01-15"),
                                         ("TRM", "Tramadol 50 mg tablet", ("N02AX02", "tramadol"), "50 mg PO QID", "2026-03-10"),
                                         ("LIDO", "Lidocaine 5 % patch", ("N01BB02", "lidocaine"), "1 patch to right chest wall 12 h on / 12 h off", "2026-03-10")):
        c.medreq(med(code, text, atc), start, dose, who=pr["sup"], reason_ref=[pain], course="continuous")
    c.medstmt(med("PERIN", "Perindopril 4 mg tablet", ("C09AA04", "perindopril")), "active", start="2018-01-01", dosage="1 tablet daily")
    bpi = cc((LOC + "scores", "BPI-INT", "Brief Pain Inventory - pain interference (mean of 7 items)"), text="BPI interference (0-10)")
    visits = (("2026-04-08", 4, 3.1), ("2026-06-17", 6, 4.6), ("2026-09-02", 7, 5.7), ("2026-11-18", 8, 6.4))
    encs = []
    for d, nrs, interf in visits:
        e = c.encounter(d, "Supportive care clinic – chronic pain follow-up", who=pr["sup"], time="10:30", reason_ref=[pain])
        encs.append(e)
        c.obs(PAIN, d, integer=nrs, cat="survey", enc=e)
        c.obs(bpi, d, value=interf, unit="{score}", ucum="{score}", cat="survey", enc=e)
    c.note("2026-04-08", "progress", "Supportive care – post-thoracotomy pain",
           "Burning, electric pain along the right T6–T7 dermatome since surgery, with allodynia under the bra strap. "
           "On pregabalin 150 mg BID since October and duloxetine 60 mg since January; tramadol and lidocaine patch "
           "added in March. Pain 4/10. Referral to pain clinic for intercostal nerve block.", pr["sup"], enc=encs[0])
    c.procedure(tx("Right T5–T8 intercostal nerve blocks (bupivacaine + methylprednisolone)"), "completed",
                date="2026-05-20", who=pr["pain"], reason_ref=[pain], outcome="About two weeks of partial relief.")
    c.note("2026-10-06", "imaging", "CT chest with contrast – surveillance",
           "Post right lower lobectomy changes. No nodule, mass or lymphadenopathy to suggest recurrence. No rib or "
           "chest-wall lesion. Stable appearance compared with April 2026.", pr["sup"])
    c.note("2026-11-18", "progress", "Supportive care – pain worsening",
           "Pain steadily worse over the last seven months despite pregabalin, duloxetine, scheduled tramadol, lidocaine "
           "patches and intercostal blocks in May: now 8/10 most days, waking her at night, unable to return to work. "
           "Adherence confirmed (pill organiser, pharmacy refills on time). October CT shows no recurrence or chest-wall "
           "lesion. Pain interference score 6.4 (3.1 in April).\nPlan: referral to the multidisciplinary chronic pain "
           "programme; consider pulsed radiofrequency; no opioid escalation for now.", pr["sup"], enc=encs[-1])
    c.lab("crea", "2026-11-10", 68, 45, 90, text="Creatinine")
    c.bp("2026-11-18", 134, 82, enc=encs[-1])


def pal_phq9_stopped(c):
    pr, _ = pal_base(c, "Okafor", "Daniel", "male", "1976-09-30", "503881476",
                     [("sup", "Brooks", "Hannah", "Palliative and supportive care physician"),
                      ("psy", "Cho", "Megan", "Psychosocial oncology counsellor (MSW)")],
                     "15 Foxtail Court", marital="M")
    ca = c.condition(dx("363406005", "Malignant tumor of colon", "C18.2", "Malignant neoplasm of ascending colon",
                        "Ascending colon adenocarcinoma, resected"), onset="2024-10-21", clin="remission", abate="2024-11-12",
                     who=pr["sup"], stage=tx("pT3 N0 M0, stage IIA"))
    c.procedure(tx("Laparoscopic right hemicolectomy"), "completed", date="2024-11-12", reason_ref=[ca])
    dep = c.condition(dx("35489007", "Depressive disorder", "F32.1", "Moderate depressive episode"), onset="2026-01-20", who=pr["sup"])
    phq = cc(("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9")
    c.medstmt(med("SER", "Sertraline 100 mg tablet", ("N06AB06", "sertraline")), "stopped", start="2026-01-20", end="2026-06-10",
              dosage="50 mg daily, increased to 100 mg in March", reason_ref=[dep],
              note="Stopped by the patient on 2026-06-10 because of sexual side effects and nausea; declined an alternative antidepressant.")
    c.servicereq(tx("Referral to psychosocial oncology for cognitive behavioural therapy"), "revoked", "order", "2026-06-23",
                 reason_ref=[dep], who=pr["sup"], performer=pr["psy"], note="Patient declined counselling (2026-06-30).")
    for d, score, item9, txt in (
            ("2026-01-20", 16, 0, "Low mood since surveillance scan anxiety in the autumn; poor sleep, loss of interest. "
                                  "Sertraline 50 mg started. No suicidal ideation."),
            ("2026-04-14", 10, 0, "Improving on sertraline 100 mg: sleeping better, back to coaching his son's team."),
            ("2026-08-11", 14, 0, "Stopped sertraline himself in June because of side effects; declined counselling. "
                                  "Mood lower again. Offered mirtazapine — he would rather wait."),
            ("2026-11-10", 17, 0, "Mood worse since stopping sertraline in June; not taking any antidepressant and not in "
                                  "counselling. No suicidal ideation; safety plan reviewed. Offered mirtazapine or "
                                  "restarting an SSRI at a lower dose, and counselling again; he will think about it.")):
        e = c.encounter(d, "Supportive care clinic (survivorship)", who=pr["sup"], time="15:00", reason_ref=[dep])
        c.obs(phq, d, integer=score, cat="survey", enc=e,
              components=[{"code": cc(("loinc", "44260-8", "Thoughts that you would be better off dead, or of hurting yourself in some way")),
                           "valueInteger": item9}])
        c.note(d, "progress", "Supportive care – mood follow-up", txt, pr["sup"], enc=e)
    c.lab("cea", "2026-10-27", 1.8, high=5, text="CEA")
    c.note("2026-10-30", "imaging", "CT chest/abdomen/pelvis – 2-year surveillance",
           "Post right hemicolectomy. No evidence of recurrent or metastatic disease.", pr["sup"])


def pal_fatigue_hypothyroid(c):
    pr, _ = pal_base(c, "Fitzgerald", "Raymond", "male", "1960-12-05", "503992587",
                     [("sup", "Brooks", "Hannah", "Palliative and supportive care physician"),
                      ("rn", "Lavallee", "Joanne", "Registered nurse, survivorship clinic")],
                     "8 Chinook Place", marital="M")
    ca = c.condition(dx(None, None, "C01", "Malignant neoplasm of base of tongue",
                        "Base of tongue squamous cell carcinoma, p16+, treated with chemoradiotherapy 2023"),
                     onset="2023-02-14", clin="remission", abate="2023-09-01", who=pr["sup"])
    c.condition(dx("87715008", "Xerostomia", "K11.7", "Disturbances of salivary secretion", "Radiation-induced xerostomia"),
                onset="2023-06-01", who=pr["sup"])
    e1 = c.encounter("2026-03-02", "Supportive care clinic (survivorship)", who=pr["sup"], time="09:30")
    fat = c.condition(dx("84229001", "Fatigue", "R53", "Malaise and fatigue"), onset="2025-12-01", recorded="2026-03-02",
                      clin="resolved", abate="2026-08-18", who=pr["sup"], enc=e1,
                      note="Resolved: explained by post-radiation hypothyroidism (diagnosed 2026-05-20), improved on levothyroxine.")
    esas(c, "2026-03-02", e1, [1, 7, 4, 0, 3, 1, 3, 2, 5])
    labs = [c.lab("hb", "2026-02-24", 142, 135, 175, text="Hemoglobin"), c.lab("ferritin", "2026-02-24", 110, 30, 400, text="Ferritin"),
            c.lab("crp", "2026-02-24", 3, high=10, text="CRP"), c.lab("glu_si", "2026-02-24", 5.2, 3.6, 6.0, text="Glucose (fasting)"),
            c.lab("crea", "2026-02-24", 82, 60, 110, text="Creatinine")]
    c.report(cc((LOC + "lab-panels", "GEN", "General panel"), text="Fatigue work-up"), "2026-02-24", labs, who=pr["sup"],
             conclusion="Within reference ranges.")
    c.note("2026-03-02", "progress", "Survivorship clinic – fatigue",
           "Three years after chemoradiotherapy for base-of-tongue cancer, no evidence of disease. Three months of "
           "fatigue, feeling cold, constipation, weight up 3 kg. Bloods normal. Thyroid function not yet checked — "
           "ordered (neck irradiation). Coded as fatigue for now.", pr["sup"], enc=e1)
    e2 = c.encounter("2026-05-20", "Supportive care clinic (survivorship)", who=pr["sup"], time="09:00")
    tsh1 = c.lab("tsh", "2026-05-12", 18.4, 0.4, 4.0, text="TSH")
    ft4 = c.lab("ft4", "2026-05-12", 8, 10, 22, text="Free T4")
    hypo = c.condition(dx("40930008", "Hypothyroidism", "E89.0", "Postprocedural hypothyroidism",
                          "Post-radiation hypothyroidism"), onset="2026-05-20", who=pr["sup"], enc=e2, evidence=[tsh1, ft4])
    c.medreq(med("LT4", "Levothyroxine 75 mcg tablet", ("H03AA01", "levothyroxine sodium")), "2026-05-20",
             "75 mcg PO daily on an empty stomach (started at 50 mcg, increased 2026-06-30)", who=pr["sup"], reason_ref=[hypo],
             course="continuous")
    esas(c, "2026-05-20", e2, [1, 6, 3, 0, 3, 1, 3, 2, 5])
    c.note("2026-05-20", "progress", "Survivorship clinic – thyroid results",
           "TSH 18.4, free T4 8: primary hypothyroidism, a late effect of neck radiotherapy, which explains the "
           "fatigue, cold intolerance and constipation. Levothyroxine started.", pr["sup"], enc=e2)
    e3 = c.encounter("2026-08-18", "Supportive care clinic (survivorship)", who=pr["sup"], time="09:15")
    c.lab("tsh", "2026-08-11", 4.1, 0.4, 4.0, text="TSH")
    esas(c, "2026-08-18", e3, [0, 3, 1, 0, 1, 1, 1, 1, 2])
    c.note("2026-08-18", "progress", "Survivorship clinic – follow-up",
           "Energy much better, back to golf. TSH 4.1 on 75 mcg. Fatigue resolved.", pr["sup"], enc=e3)
    e4 = c.encounter("2026-11-03", "Survivorship clinic – nurse visit", who=pr["rn"], time="10:00")
    c.lab("tsh", "2026-10-27", 2.1, 0.4, 4.0, text="TSH")
    esas(c, "2026-11-03", e4, [0, 2, 1, 0, 1, 0, 1, 1, 1])
    c.note("2026-11-03", "nurse", "Survivorship nurse visit",
           "Feels well, no fatigue. Dry mouth managed with saliva substitute. Annual ENT surveillance in January.",
           pr["rn"], enc=e4)


def pal_four_conditions(c):
    pr, _ = pal_base(c, "Thornton", "Agnes", "female", "1945-04-09", "504003698",
                     [("sup", "Brooks", "Hannah", "Palliative and supportive care physician"),
                      ("fp", "MacLeod", "Colin", "Family physician"),
                      ("rn", "Dubois", "Claire", "Registered nurse")],
                     "Lakeview Lodge, Suite 14", marital="W")
    osteo = c.condition(dx("64859006", "Osteoporosis", "M80.0", "Postmenopausal osteoporosis with pathological fracture",
                           "Osteoporosis with T11 and L1 vertebral compression fractures"), onset="2024-01-10", who=pr["fp"])
    c.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="1998-01-01", who=pr["fp"])
    c.condition(dx("40930008", "Hypothyroidism"), onset="2004-01-01", who=pr["fp"])
    c.condition(dx("396275006", "Osteoarthritis", "M17.0", "Primary gonarthrosis, bilateral", "Bilateral knee osteoarthritis"),
                onset="2010-01-01", who=pr["fp"])
    c.condition(dx("5913000", "Fracture of neck of femur", "S72.0", "Fracture of neck of femur", "Left femoral neck fracture, hemiarthroplasty"),
                onset="2024-01-08", clin="resolved", abate="2024-06-01", who=pr["fp"])
    c.condition(dx("233604007", "Pneumonia", "J18.1", "Lobar pneumonia, unspecified"), onset="2025-02-11", clin="resolved",
                abate="2025-03-05", who=pr["fp"])
    c.condition(dx("186431008", "Clostridioides difficile infection", "A04.7", "Enterocolitis due to Clostridium difficile"),
                onset="2025-03-20", clin="resolved", abate="2025-04-15", who=pr["fp"])
    c.condition(dx("254837009", "Malignant neoplasm of breast", "C50.9", "Malignant neoplasm of breast, unspecified",
                   "Right breast cancer 2008, treated; no recurrence"), onset="2008-05-01", clin="resolved", abate="2013-05-01",
                who=pr["fp"])
    for code, text, atc, dose, start in (("DEN", "Denosumab 60 mg SC", ("M05BX04", "denosumab"), "60 mg SC every 6 months", "2024-03-01"),
                                         ("LT4", "Levothyroxine 88 mcg tablet", ("H03AA01", "levothyroxine sodium"), "88 mcg PO daily", "2004-01-01"),
                                         ("AMLO", "Amlodipine 5 mg tablet", ("C08CA01", "amlodipine"), "5 mg PO daily", "2010-01-01"),
                                         ("ACET", "Acetaminophen 500 mg tablet", ("N02BE01", "paracetamol"), "1 g PO TID", "2024-01-10"),
                                         ("HM", "Hydromorphone 1 mg tablet", ("N02AA03", "hydromorphone"), "0.5–1 mg PO q6h PRN back pain", "2026-09-09")):
        c.medreq(med(code, text, atc), start, dose, who=pr["fp"] if code != "HM" else pr["sup"], course="continuous")
    c.servicereq(tx("Referral to supportive care clinic: chronic back pain from vertebral fractures, frailty, advance care planning"),
                 "completed", "order", "2026-08-20", reason_ref=[osteo], who=pr["fp"], performer=pr["sup"])
    e1 = c.encounter("2026-09-09", "Supportive care clinic – new patient", who=pr["sup"], time="10:00", length_min=75, reason_ref=[osteo])
    esas(c, "2026-09-09", e1, [6, 5, 2, 0, 3, 2, 2, 3, 5])
    c.vital("weight", "2026-09-09", 52.0, enc=e1)
    c.bp("2026-09-09", 138, 76, enc=e1)
    c.note("2026-09-09", "consult", "Supportive care clinic – consultation",
           "81-year-old woman living in a seniors' lodge. Active problems: osteoporosis with T11 and L1 compression "
           "fractures (chronic mechanical back pain), hypertension, hypothyroidism, knee osteoarthritis. Past history: "
           "left hip fracture 2024 (healed), pneumonia and C. difficile in 2025 (resolved), right breast cancer 2008 "
           "(no recurrence).\nPlan: acetaminophen regularly, low-dose hydromorphone as needed, physiotherapy for "
           "posture and core strength, hip protectors. Advance care planning: personal directive on file, daughter is "
           "agent; she wishes to continue all appropriate treatment.", pr["sup"], enc=e1)
    c.note("2026-09-09", "acp", "Personal directive (advance care planning)",
           "Agent: daughter (Fiona Thornton). Wishes: continue appropriate medical treatment, hospital transfer if "
           "needed; would not want prolonged life support if recovery to her current independence were unlikely.",
           pr["sup"], enc=e1)
    e2 = c.encounter("2026-11-12", "Supportive care clinic – follow-up", who=pr["sup"], time="10:30", reason_ref=[osteo])
    esas(c, "2026-11-12", e2, [4, 4, 2, 0, 2, 2, 1, 2, 3])
    c.lab("tsh", "2026-11-05", 2.6, 0.4, 4.0, text="TSH")
    c.lab("ca", "2026-11-05", 2.31, 2.10, 2.55, text="Calcium")
    c.lab("crea", "2026-11-05", 74, 45, 90, text="Creatinine")
    c.note("2026-11-12", "progress", "Supportive care – follow-up",
           "Back pain 4/10, using hydromorphone once or twice a week. Walking with a rollator around the lodge. "
           "No falls. Review in four months.", pr["sup"], enc=e2)


CASES = [
    dict(key="pal_pancreas", org="pal", target=UNT, kind="positive", expected=[UNT], build=pal_pancreas,
         why="Metastatic pancreatic cancer: oncology documents no further disease-directed options, active palliative care plan and a hospice referral; no second opinion on record.",
         summary="Metastatic pancreatic cancer after progression, comfort care and hospice referral"),
    dict(key="pal_hf_discharged", org="pal", target=UNT, kind="near-miss", expected=[], build=pal_hf_discharged,
         why="The palliative referral and plan of Feb 2026 are closed: after CRT-D and drug optimisation EF rose to 38 %, goals of care changed to full treatment and he was discharged from the palliative service in Sept 2026; no current no-treatment signal.",
         summary="Heart failure patient discharged from palliative care after recovery"),
    dict(key="pal_dialysis", org="pal", target=HIT, kind="positive", expected=[HIT], build=pal_dialysis,
         why="Chronic in-centre haemodialysis (three 4-hour sessions a week) is ordered to start 2026-12-14 after a shared decision; dialysis is a severe-impact treatment.",
         summary="Kidney supportive care: haemodialysis start planned for December"),
    dict(key="pal_letrozole", org="pal", target=HIT, kind="near-miss", expected=[], build=pal_letrozole,
         why="Adjuvant letrozole is not a severe-impact treatment, and the EORTC QLQ-C30 global health score fell only 8.3 points (75.0 → 66.7), below the 10-point minimal important difference; surgery is done and radiotherapy omitted.",
         summary="Adjuvant letrozole with a small, sub-threshold quality-of-life dip"),
    dict(key="pal_parkinson_no", org="pal", target=PRC, kind="near-miss", expected=[], build=pal_parkinson_no,
         why="In the supportive-care intake questionnaire the patient answers 'No' to wanting a second opinion and 'Yes' to feeling listened to; no other patient request on record.",
         summary="Parkinson's supportive-care intake: second opinion declined"),
    dict(key="pal_crc_secondop", org="pal", target=PRC, kind="near-miss", expected=[], build=pal_crc_secondop,
         why="The patient's June 2026 portal request for a second opinion was fulfilled by a second-opinion consultation at another cancer centre in July 2026; that recent second opinion on the same problem also suppresses the untreatable-prognosis flag.",
         summary="Metastatic colon cancer: patient-requested second opinion already obtained"),
    dict(key="pal_thoracotomy_pain", org="pal", target=WDT, kind="positive", expected=[WDT], build=pal_thoracotomy_pain,
         why="Post-thoracotomy pain rose 4 → 6 → 7 → 8/10 (and BPI interference 3.1 → 6.4) over seven months while pregabalin, duloxetine, tramadol and lidocaine were active throughout; CT excludes recurrence.",
         summary="Chronic post-thoracotomy pain worsening on four analgesics"),
    dict(key="pal_phq9_stopped", org="pal", target=WDT, kind="near-miss", expected=[], build=pal_phq9_stopped,
         why="PHQ-9 worsened 10 → 17 after June 2026, but the patient stopped sertraline in June and declined counselling, so no treatment was running during the decline (on treatment it had improved 16 → 10).",
         summary="Depression worsening after the patient stopped sertraline"),
    dict(key="pal_fatigue_hypothyroid", org="pal", target=DSM, kind="near-miss", expected=[], build=pal_fatigue_hypothyroid,
         why="The catch-all fatigue code (R53) was explained by a specific diagnosis, post-radiation hypothyroidism, made eleven weeks later; fatigue resolved on levothyroxine and the R53 entry is resolved.",
         summary="Survivor's fatigue explained by post-radiation hypothyroidism"),
    dict(key="pal_four_conditions", org="pal", target=RARE, kind="near-miss", expected=[], build=pal_four_conditions,
         why="Only four chronic conditions are active (osteoporosis with fractures, hypertension, hypothyroidism, knee osteoarthritis); hip fracture, pneumonia, C. difficile and the 2008 breast cancer are resolved, and there is no rare disease.",
         summary="Frail older woman with four active conditions and several resolved ones"),
]
