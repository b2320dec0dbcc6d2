from lib import *
from stories_a import story, STORIES

EGFR = ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")
UPCR = ("2890-2", "Protein/Creatinine [Mass Ratio] in Urine")
UACR = ("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine")
PSA = ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")
UA_RBC = ("13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field")
NOTIF = cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"))

def egfr(c, d, v, enc=None):
    return c.lab(EGFR[0], EGFR[1], d, v, "mL/min/{1.73_m2}", 60, None, enc=enc)

# ---------------------------------------------------------------- C1 Tri-Valley: flank pain, normal urologic work-up
@story("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
       "Right flank pain recorded at visits on 10 Jun, 5 Aug and 14 Oct 2026 (plus PCP May) over 5 months; CT stone protocol, renal ultrasound, CT urogram, urinalysis, culture and renal function all normal; no explanatory diagnosis; discharged from urology still in pain.",
       "Urology group: woman referred for suspected stones with months of right flank pain, every study normal, discharged 'no urologic cause'")
def c1_flank(cid):
    c = Case(cid, "C1")
    c.organization(npi="1821093356")
    uro = c.practitioner("Yamamoto", "Kenji", "MD", "1497820051")
    pa = c.practitioner("Becker", "Holly", "PA-C", "1386004499")
    c.patient("Harlan", ["Denise", "K"], "female", "1974-06-22", "TVU-0093187", line="4471 Stoneridge Dr", postal="94588", race=("2106-3", "White"), phone="925-555-0141")
    c.coverage("Anthem Blue Cross", "Anthem PPO", "XBC500918822", "2020-01-01", kind="Commercial")
    fp = c.condition(cc((SCT, "247355005", "Flank pain"), text="Right flank pain, intermittent"), "2026-05-20", recorder=uro, recorded="2026-06-10",
                     note="Dull-to-sharp right flank pain, 4-7/10, several days/week, no clear positional trigger. No hematuria, fever or LUTS.")
    c.condition(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    c.condition(cc((SCT, "37796009", "Migraine"), (ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2000-01-01")
    c.procedure(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy")), date="2015-03-10")
    c.report(cc((CPT, "74176", "Computed tomography, abdomen and pelvis; without contrast material"), text="CT abdomen/pelvis stone protocol (outside, PCP-ordered)"), "2026-05-30",
             "No renal or ureteral calculi. No hydronephrosis. Surgically absent gallbladder. No acute abnormality.", cat=("RAD", "Radiology"))
    dates = [("2026-06-10", "Urology new patient", 6), ("2026-08-05", "Urology follow-up", 6), ("2026-10-14", "Urology follow-up", 5)]
    encs = []
    for d, t, pain in dates:
        e = c.encounter(d + "T09:00:00-07:00", d + "T09:30:00-07:00", "AMB", t, "Right flank pain", prac=uro if t.endswith("patient") else pa)
        encs.append(e)
        c.obs(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, pain, "{score}", "{score}", cat="survey", enc=e)
        c.lab(UA_RBC[0], UA_RBC[1], d, 0, "/[HPF]", 0, 2, enc=e)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-06-10", 0.78, "mg/dL", 0.50, 1.10, enc=encs[0])
    egfr(c, "2026-06-10", 92, encs[0])
    c.obs(cc((LNC, "630-4", "Bacteria identified in Urine by Culture")), "2026-06-10", vstr="No growth at 48 hours", interp="N", enc=encs[0])
    c.report(cc((CPT, "76770", "Ultrasound, retroperitoneal (eg, renal, aorta, nodes), real time with image documentation; complete")), "2026-08-05",
             "Normal-sized kidneys without hydronephrosis, stones or masses. Bladder normal.", cat=("RAD", "Radiology"), enc=encs[1])
    c.report(cc((CPT, "74178", "Computed tomography, abdomen and pelvis; without contrast material in one or both body regions, followed by contrast material(s) and further sections in one or both body regions"), text="CT urogram"), "2026-10-02",
             "Normal kidneys, collecting systems, ureters and bladder. No filling defect. No renal mass. No UPJ obstruction.", cat=("RAD", "Radiology"))
    c.medreq(rx("10582", "levothyroxine"), "2012-01-01", "75 mcg daily")
    c.medreq(rx("5640", "ibuprofen"), "2026-06-10", "400 mg every 8 hours as needed", status="completed", end="2026-08-05", requester=uro)
    c.note("11506-3", "Progress note", "2026-10-14", pa, """
UROLOGY FOLLOW-UP
52F, right flank pain since ~5/20, referred for possible nephrolithiasis. Pain persists, 5/10 today, 3-5 days/week, occasionally wakes her. Not related to voiding. NSAIDs partial relief.
Work-up: CT stone protocol 5/30 negative; UA x3 without hematuria; urine culture negative; Cr 0.78; renal US 8/5 normal; CT urogram 10/2 normal.
Assessment: right flank pain - no urologic etiology identified.
Plan: Reassured patient that her kidneys and urinary tract are normal. No further urologic work-up. Discharged from urology clinic; return to PCP.
""", enc=encs[2])
    c.note("11488-4", "Consult note", "2026-06-10", uro, """
UROLOGY NEW PATIENT: Right flank pain x3 wks, CT outside negative for stones. UA bland. Plan renal US, labs, consider CT urogram if persists. Ibuprofen PRN.
""", enc=encs[0])
    return c

# ---------------------------------------------------------------- C1 Tri-Valley: PCNL for staghorn (Procedure in preparation)
@story("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
       "Right partial staghorn calculus with recurrent Proteus UTIs; percutaneous nephrolithotomy (CPT 50081) is recorded as a Procedure in status 'preparation' for 17 Dec 2026 with consent signed - a major invasive procedure not yet performed.",
       "Stone clinic: right staghorn calculus with recurrent infections, percutaneous nephrolithotomy booked for December")
def c1_pcnl(cid):
    c = Case(cid, "C1")
    c.organization(npi="1821093356")
    uro = c.practitioner("Yamamoto", "Kenji", "MD", "1497820051")
    ir = c.practitioner("Osterberg", "Lise", "MD", "1902175534")
    c.patient("Lowry", ["Patricia", "Anne"], "female", "1979-02-14", "TVU-0120554", line="221 Tassajara Rd", postal="94506", race=("2106-3", "White"), phone="925-555-0188")
    c.coverage("Health Net", "Health Net HMO", "R0931188402", "2021-01-01", kind="Commercial")
    st = c.condition(cc((SCT, "95570007", "Kidney stone"), (ICD, "N20.0", "Calculus of kidney"), text="Right partial staghorn calculus (struvite suspected)"), "2026-09-20", recorder=uro)
    uti = c.condition(cc((SCT, "197927001", "Recurrent urinary tract infection"), (ICD, "N39.0", "Urinary tract infection, site not specified"), text="Recurrent UTI (Proteus mirabilis)"), "2025-11-01")
    c.condition(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2016-01-01")
    c.condition(cc((SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N10", "Acute pyelonephritis"), text="Right pyelonephritis"), "2026-09-18", status="resolved", abated="2026-10-02", cat="encounter-diagnosis")
    c.report(cc((CPT, "74176", "Computed tomography, abdomen and pelvis; without contrast material")), "2026-09-20",
             "Right partial staghorn calculus 3.4 x 2.1 cm occupying renal pelvis and lower pole calyx, 1100 HU. Mild right hydronephrosis. Left kidney normal.", cat=("RAD", "Radiology"))
    for d, org in [("2025-11-04", "Proteus mirabilis >100,000 CFU/mL"), ("2026-03-22", "Proteus mirabilis >100,000 CFU/mL"), ("2026-09-18", "Proteus mirabilis >100,000 CFU/mL")]:
        c.obs(cc((LNC, "630-4", "Bacteria identified in Urine by Culture")), d, vstr=org, interp="A")
    c.lab("2756-5", "pH of Urine", "2026-10-15", 7.5, "[pH]", 5.0, 8.0)
    e1 = c.encounter("2026-10-15T10:00:00-07:00", "2026-10-15T10:45:00-07:00", "AMB", "Stone clinic", "Staghorn calculus - surgical planning", prac=uro)
    c.vitals("2026-10-15T10:02:00-07:00", e1, sbp=122, dbp=76, hr=74, temp=36.8, wt=70.2)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-15", 0.86, "mg/dL", 0.50, 1.10, enc=e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-15", 13.1, "g/dL", 12.0, 15.5, enc=e1)
    c.report(tx("Renal scan with MAG3 (differential function)"), "2026-10-28", "Differential function: left 58%, right 42%. Partial obstruction at right UPJ that drains with furosemide.", cat=("NMS", "Nuclear Medicine Scan"))
    c.procedure(cc((CPT, "50081", "Percutaneous nephrostolithotomy or pyelostolithotomy, with or without dilation, endoscopy, lithotripsy, stenting, or basket extraction; over 2 cm")),
                status="preparation", reason=st, performer=uro, body=tx("Right kidney"),
                note="Scheduled 12/17/2026, main OR, prone, general anesthesia; right lower pole access by IR (Dr. Osterberg) same day. Consent signed 10/15/2026. Pre-op urine culture 12/3; start culture-directed antibiotic 7 days pre-op.")
    c.servreq(cc((LNC, "630-4", "Bacteria identified in Urine by Culture")), "2026-10-15", occ="2026-12-03", requester=uro)
    c.medreq(rx("2231", "cephalexin"), "2026-10-02", "250 mg nightly (suppression)", requester=uro, reason=uti, start="2026-10-02")
    c.medreq(rx("10582", "levothyroxine"), "2016-01-01", "50 mcg daily")
    c.note("11488-4", "Consult note", "2026-10-15", uro, """
STONE CLINIC
47F with 3 Proteus UTIs in 12 months, right pyelonephritis 9/2026. CT: 3.4 cm right partial staghorn, mild hydro. Likely infection (struvite) stone - complete clearance required to prevent recurrence and renal loss. MAG3 split 42% right.
Plan: right percutaneous nephrolithotomy 12/17/2026 (IR access same day). Risks: bleeding/transfusion, infection/sepsis, injury to adjacent organs, need for second-look. Consent signed. Cephalexin suppression until pre-op culture-directed therapy.
""", enc=e1)
    return c

# ---------------------------------------------------------------- C1 Tri-Valley: low-risk prostate cancer on active surveillance
@story("HIGH_IMPACT_TREATMENT", "near-miss", [],
       "Grade Group 1 prostate cancer on active surveillance with stable PSA and MRI; radiotherapy and prostatectomy were explicitly not recommended and no treatment is planned or started.",
       "Urology group: low-risk prostate cancer managed with active surveillance, no treatment planned")
def c1_as(cid):
    c = Case(cid, "C1")
    c.organization(npi="1821093356")
    uro = c.practitioner("Yamamoto", "Kenji", "MD", "1497820051")
    c.patient("Pemberton", ["Douglas", "A"], "male", "1962-09-17", "TVU-0077410", line="8810 Alcosta Blvd", postal="94583", race=("2106-3", "White"), phone="925-555-0102", marital=("M", "Married"))
    c.coverage("Blue Shield of California", "Blue Shield PPO", "XEA66120944", "2018-01-01", kind="Commercial")
    pca = c.condition(cc((SCT, "399068003", "Malignant tumor of prostate"), (ICD, "C61", "Malignant neoplasm of prostate")), "2025-11-19", recorder=uro,
                      stage=tx("cT1c, Grade Group 1 (Gleason 3+3) in 2/12 cores, PSA 5.2 - NCCN low risk"))
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2015-01-01")
    c.condition(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.5", "Hyperlipidemia, unspecified")), "2015-01-01")
    c.procedure(cc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach")), date="2025-11-12", reason=pca, performer=uro,
                outcome="Transperineal MRI-fusion biopsy: GG1 in 2/12 cores, max 3 mm, no cribriform")
    c.careplan("Active surveillance - prostate cancer", "active", "plan", "2025-12-03", tx("Active surveillance"), addresses=[pca], author=uro,
               desc="PSA every 6 months, MRI prostate yearly, confirmatory biopsy at 12-18 months or on MRI/PSA change.")
    for d, v in [("2025-10-20", 5.2), ("2026-05-12", 5.6), ("2026-11-10", 5.4)]:
        c.lab(PSA[0], PSA[1], d, v, "ng/mL", None, 4.0)
    c.report(cc((CPT, "72197", "Magnetic resonance (eg, proton) imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences"), text="MRI prostate multiparametric"), "2026-10-27",
             "Prostate volume 48 mL. Left posterior peripheral zone 6 mm PI-RADS 3 lesion, unchanged from 10/2025. No extraprostatic extension.", cat=("RAD", "Radiology"))
    e = c.encounter("2026-11-10T08:30:00-08:00", "2026-11-10T09:00:00-08:00", "AMB", "Urology follow-up", "Active surveillance", prac=uro)
    c.vitals("2026-11-10T08:32:00-08:00", e, sbp=130, dbp=80, wt=84.0)
    c.servreq(cc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach"), text="Confirmatory transperineal prostate biopsy"), "2026-11-10", status="draft", intent="proposal",
              requester=uro, reason=pca, occ="2027-05-15", note="To be scheduled spring 2027 if patient agrees; deferred pending PSA.")
    c.medreq(rx("83367", "atorvastatin"), "2015-01-01", "20 mg daily")
    c.medreq(rx("29046", "lisinopril"), "2015-01-01", "10 mg daily")
    c.note("11506-3", "Progress note", "2026-11-10", uro, """
UROLOGY - ACTIVE SURVEILLANCE
64M GG1 prostate cancer (11/2025), low risk. PSA 5.2 -> 5.6 -> 5.4. MRI 10/27: stable PI-RADS 3, volume 48 mL, PSAD 0.11.
Discussed again: radiation therapy or radical prostatectomy not recommended at this time - overtreatment risk outweighs benefit for low-risk disease. He agrees and prefers surveillance.
Plan: PSA 6 months; confirmatory biopsy spring 2027; MRI 10/2027.
""", enc=e)
    return c

# ---------------------------------------------------------------- C1 Tri-Valley: cystinuria
@story("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
       "Cystinuria (E72.01), confirmed by stone analysis and elevated urinary cystine, on tiopronin - a rare inherited disease; recent stone treatment completed and nothing planned.",
       "Stone clinic: young man with cystinuria and recurrent cystine stones on tiopronin")
def c1_cyst(cid):
    c = Case(cid, "C1")
    c.organization(npi="1821093356")
    uro = c.practitioner("Yamamoto", "Kenji", "MD", "1497820051")
    neph = c.practitioner("Farouk", "Amira", "MD", "1265541980")
    c.patient("Albrecht", ["Jonah", "E"], "male", "1999-03-05", "TVU-0134402", line="5980 Owens Dr Apt 211", postal="94588", race=("2106-3", "White"), phone="925-555-0165")
    c.coverage("Kaiser Permanente", "KP Silver 70 HMO", "KP1100982334", "2024-06-01", kind="Commercial")
    cy = c.condition(cc((ICD, "E72.01", "Cystinuria")), "2019-07-10", recorder=neph,
                     note="Stone analysis 2019: 100% cystine. SLC3A1 homozygous pathogenic variant (type A).")
    c.condition(cc((SCT, "95570007", "Kidney stone"), (ICD, "N20.0", "Calculus of kidney"), text="Bilateral cystine nephrolithiasis"), "2019-07-10")
    c.condition(cc((ICD, "F43.22", "Adjustment disorder with anxiety")), "2019-10-01", status="resolved", abated="2020-06-01")
    c.procedure(cc((CPT, "52356", "Cystourethroscopy, with ureteroscopy and/or pyeloscopy; with lithotripsy including insertion of indwelling ureteral stent"), text="Left ureteroscopy, laser lithotripsy, stent"),
                date="2026-03-18", performer=uro, outcome="Stone-free left side; stent removed 3/25")
    for d, cys, ph, vol in [("2026-05-20", 610, 7.1, 2.4), ("2026-10-21", 420, 7.4, 3.1)]:
        e = c.encounter(d + "T13:00:00-07:00", d + "T13:30:00-07:00", "AMB", "Nephrology stone clinic", "Cystinuria", prac=neph)
        c.obs(tx("Cystine [Mass/time] in 24 hour Urine"), d, cys, "mg/(24.h)", "mg/(24.h)", high=30, interp="H", enc=e)
        c.lab("2756-5", "pH of Urine", d, ph, "[pH]", 5.0, 8.0, enc=e)
        c.obs(cc((LNC, "3167-4", "Volume of 24 hour Urine")), d, vol, "L/(24.h)", "L/(24.h)", enc=e)
        egfr(c, d, 104, e)
    c.report(cc((CPT, "76770", "Ultrasound, retroperitoneal (eg, renal, aorta, nodes), real time with image documentation; complete")), "2026-10-21",
             "Two non-obstructing right renal calculi 4 and 5 mm. No hydronephrosis. Left kidney clear.", cat=("RAD", "Radiology"))
    c.medreq(tx("tiopronin delayed-release 300 mg tablet (Thiola EC)"), "2025-01-10", "600 mg three times daily", requester=neph, reason=cy)
    c.medreq(tx("potassium citrate 15 mEq extended-release tablet"), "2019-08-01", "30 mEq twice daily (target urine pH 7.0-7.5)", requester=neph, reason=cy)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-10-21", 4.6, "mmol/L", 3.5, 5.1)
    c.lab(UA_RBC[0], UA_RBC[1], "2026-10-21", 1, "/[HPF]", 0, 2)
    c.note("11506-3", "Progress note", "2026-10-21", neph, """
NEPHROLOGY STONE CLINIC
27M cystinuria (SLC3A1), ~1-2 stone events/yr since 2019; L URS 3/2026. On tiopronin 1800 mg/day, K citrate, fluids >3 L. Urine cystine 420 mg/day (down from 610), urine pH 7.4, volume 3.1 L. US: 2 small non-obstructing right stones - observe. Renal function normal. Proteinuria screen negative on tiopronin.
Plan: continue regimen; push fluids to 4 L; 24-h urine and US in 6 months.
""")
    return c

# ---------------------------------------------------------------- C2 Great Plains: edema resolved after amlodipine change
@story("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
       "'Edema, unspecified' was recorded in March 2026 but resolved in May after amlodipine was stopped (drug-induced); the condition is resolved and no symptoms continue.",
       "Nephrology clinic: ankle oedema labelled unspecified, resolved after stopping amlodipine")
def c2_edema(cid):
    c = Case(cid, "C2")
    c.organization(npi="1205348871")
    neph = c.practitioner("Halvorsen", "Erik", "MD", "1871620348")
    c.patient("Engstrom", ["Marjorie", "L"], "female", "1955-05-30", "GPKU-339018", line="1420 S 52nd St", postal="68106", race=("2106-3", "White"), phone="402-555-0126")
    c.coverage("Medicare", "Medicare Part A and B", "6HF3EP9RK54", "2020-06-01", kind="Medicare")
    ckd = c.condition(cc((SCT, "700378005", "Chronic kidney disease stage 3A"), (ICD, "N18.31", "Chronic kidney disease, stage 3a")), "2023-04-01", recorder=neph)
    htn = c.condition(cc((SCT, "38481006", "Hypertensive renal disease"), (ICD, "I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")), "2023-04-01")
    c.condition(cc((SCT, "239873007", "Osteoarthritis of knee"), (ICD, "M17.0", "Bilateral primary osteoarthritis of knee")), "2018-01-01")
    c.condition(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2010-01-01")
    ed = c.condition(cc((SCT, "267038008", "Edema"), (ICD, "R60.9", "Edema, unspecified")), "2026-03-04", status="resolved", abated="2026-05-13", recorder=neph,
                     note="Bilateral ankle edema 2+; started after amlodipine increased to 10 mg 12/2025.")
    c.medreq(rx("17767", "amlodipine"), "2025-12-10", "10 mg daily", status="stopped", requester=neph, end="2026-03-04", status_reason="Dependent edema - likely amlodipine")
    c.medreq(rx("2409", "chlorthalidone"), "2026-03-04", "12.5 mg daily", requester=neph, reason=htn, start="2026-03-04")
    c.medreq(rx("52175", "losartan"), "2023-04-01", "100 mg daily", requester=neph, reason=ckd)
    c.medreq(rx("10582", "levothyroxine"), "2010-01-01", "75 mcg daily")
    for d, sbp, dbp, e_gfr, alb, extra in [("2026-03-04", 146, 84, 54, 4.1, "2+ pitting ankle edema bilaterally"), ("2026-05-13", 134, 78, 53, 4.2, "No edema"), ("2026-09-16", 130, 76, 55, 4.2, "No edema")]:
        e = c.encounter(d + "T09:00:00-05:00", d + "T09:30:00-05:00", "AMB", "Nephrology clinic", "CKD 3a, hypertension", prac=neph)
        c.vitals(d + "T09:02:00-05:00", e, sbp=sbp, dbp=dbp, wt={"2026-03-04": 74.8, "2026-05-13": 73.1, "2026-09-16": 73.0}[d])
        egfr(c, d, e_gfr, e)
        c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", d, alb, "g/dL", 3.5, 5.2, enc=e)
        c.obs(tx("Lower extremity edema exam"), d, vstr=extra, cat="exam", enc=e)
    c.lab(UACR[0], UACR[1], "2026-09-16", 22, "mg/g", None, 30)
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-03-04", 96, "pg/mL", None, 300)
    c.note("11506-3", "Progress note", "2026-09-16", neph, """
NEPHROLOGY: 71F CKD 3a (hypertensive), eGFR stable 53-55, UACR 22. Ankle edema in March after amlodipine 10 mg - resolved by May after switching to chlorthalidone; none since. NT-proBNP and albumin normal. BP 130/76. Continue losartan + chlorthalidone. RTC 6 months.
""")
    return c

# ---------------------------------------------------------------- C2 Great Plains: CKD 4 elderly, shared decision-making, no palliative signal
@story("UNTREATABLE_PROGNOSIS", "near-miss", [],
       "CKD stage 4 in an 86-year-old with advance care planning documented, but dialysis remains an option, no palliative/hospice plan or referral exists and no note states there are no treatment options.",
       "Nephrology clinic: elderly woman with stable CKD 4, advance directive updated, kidney replacement decision deferred")
def c2_ckd4(cid):
    c = Case(cid, "C2")
    c.organization(npi="1205348871")
    neph = c.practitioner("Halvorsen", "Erik", "MD", "1871620348")
    sw = c.practitioner("Pokorny", "Jana", "LCSW", None)
    c.patient("Olsen", ["Harriet", "M"], "female", "1940-08-14", "GPKU-110254", line="77 Happy Hollow Blvd", postal="68132", race=("2106-3", "White"), phone="402-555-0160", marital=("W", "Widowed"))
    c.coverage("Medicare", "Medicare Advantage - Humana Gold Plus", "H1036-220-88", "2016-01-01", kind="Medicare")
    ckd = c.condition(cc((SCT, "431857002", "Chronic kidney disease stage 4"), (ICD, "N18.4", "Chronic kidney disease, stage 4")), "2024-05-01", recorder=neph)
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "1998-01-01")
    c.condition(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2005-01-01")
    c.condition(cc((SCT, "64859006", "Osteoporosis"), (ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2012-01-01")
    c.condition(cc((SCT, "263225007", "Fracture of radius"), text="Left distal radius fracture"), "2023-01-10", status="resolved", abated="2023-04-01")
    for d, v, hb in [("2026-02-11", 22, 10.9), ("2026-06-10", 21, 10.8), ("2026-10-14", 23, 11.0)]:
        e = c.encounter(d + "T10:00:00-05:00", d + "T10:40:00-05:00", "AMB", "CKD clinic", "CKD stage 4", prac=neph)
        egfr(c, d, v, e)
        c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", d, hb, "g/dL", 12.0, 15.5, enc=e)
        c.vitals(d + "T10:02:00-05:00", e, sbp=132, dbp=70, wt=61.0)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-10-14", 4.8, "mmol/L", 3.5, 5.1)
    c.lab("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "2026-10-14", 21, "mmol/L", 22, 29)
    c.medreq(rx("36676", "sodium bicarbonate"), "2025-06-01", "650 mg twice daily", requester=neph, reason=ckd)
    c.medreq(rx("1488564", "dapagliflozin"), "2025-03-01", "10 mg daily", requester=neph, reason=ckd)
    c.medreq(rx("17767", "amlodipine"), "2018-01-01", "5 mg daily")
    c.medreq(rx("10582", "levothyroxine"), "2005-01-01", "50 mcg daily")
    c.obs(tx("Advance directive / POLST status"), "2026-10-14", vstr="POLST on file (10/14/2026): full treatment; attempt CPR. Healthcare POA: son (Peter Olsen).", cat="social-history")
    c.note("11506-3", "Progress note", "2026-10-14", neph, """
CKD CLINIC
86F CKD 4 (hypertensive), eGFR stable 21-23 over the past year, Hb 11.0, bicarbonate 21. Independent in ADLs, lives alone, drives locally.
Kidney replacement options education (with SW J. Pokorny and son): in-center hemodialysis, home PD, and conservative kidney management reviewed. She is a candidate for dialysis if needed. She wishes to defer the decision and revisit when eGFR <15 or symptoms. No access planned now.
POLST updated - full treatment. Continue dapagliflozin, bicarbonate. RTC 4 months.
""")
    c.note("11506-3", "Progress note", "2026-10-14", sw, """
SOCIAL WORK: Advance care planning conversation with patient and son. Values: independence, staying in her home. POLST reviewed and signed (full treatment). Kidney options booklet provided. Will follow.
""")
    return c

# ---------------------------------------------------------------- C2 Great Plains: started PD with KDQOL decline
@story("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
       "Peritoneal dialysis (a high-impact treatment) started June 2026 and is ongoing; KDQOL-36 physical component summary fell 44 -> 38 -> 34 after starting, beyond the ~3-5 point MCID.",
       "Kidney group: diabetic ESKD on home peritoneal dialysis since June, with falling quality-of-life scores")
def c2_pd(cid):
    c = Case(cid, "C2")
    c.organization(npi="1205348871")
    neph = c.practitioner("Mensah", "Kofi", "MD", "1629048713")
    rn = c.practitioner("Dvorak", "Teresa", "RN", None)
    surg = c.practitioner("Larkin", "Sean", "MD", "1134567091")
    c.patient("Okafor", ["Samuel", "C"], "male", "1969-11-03", "GPKU-402877", line="3515 N 90th St", postal="68134", race=("2054-5", "Black or African American"), phone="402-555-0115", marital=("M", "Married"))
    c.coverage("Medicare", "Medicare (ESRD entitlement)", "9TC1MM4DA83", "2026-09-01", kind="Medicare")
    c.coverage("Mutual of Omaha", "Employer group PPO (primary first 30 months)", "MO44190312", "2015-01-01", kind="Commercial")
    esrd = c.condition(cc((SCT, "46177005", "End-stage renal disease"), (ICD, "N18.6", "End stage renal disease")), "2026-05-01", recorder=neph)
    c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2006-01-01")
    c.condition(cc((SCT, "38481006", "Hypertensive renal disease"), (ICD, "I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease")), "2010-01-01")
    c.condition(cc((ICD, "Z99.2", "Dependence on renal dialysis")), "2026-06-08")
    c.procedure(cc((CPT, "49421", "Insertion of tunneled intraperitoneal catheter for dialysis, open")), date="2026-05-12", performer=surg, reason=esrd)
    c.procedure(cc((SCT, "71192002", "Peritoneal dialysis"), (CPT, "90945", "Dialysis procedure other than hemodialysis (eg, peritoneal dialysis, hemofiltration, or other continuous renal replacement therapies), with single evaluation by a physician or other qualified health care professional"),
                   text="Continuous cycling peritoneal dialysis (home)"), status="in-progress", period={"start": "2026-06-08"}, reason=esrd, performer=neph,
                note="CCPD 5 exchanges x 2.0 L overnight, 1.5%/2.5% dextrose, last fill icodextrin.")
    c.careplan("Home peritoneal dialysis plan of care", "active", "plan", "2026-06-08", cc((SCT, "71192002", "Peritoneal dialysis")), addresses=[esrd], author=neph)
    for d, pcs, mcs, burden in [("2026-05-05", 44, 48, 50), ("2026-08-10", 38, 45, 31), ("2026-11-09", 34, 43, 25)]:
        e = c.encounter(d + "T13:00:00-05:00", d + "T14:00:00-05:00", "AMB", "Home dialysis clinic" if d > "2026-06" else "CKD clinic", "Dialysis monthly visit" if d > "2026-06" else "Dialysis preparation", prac=neph)
        c.obs(cc(("https://gpkug.net/fhir/CodeSystem/flowsheet", "KDQOL36-PCS", "KDQOL-36 SF-12 Physical Component Summary"), text="KDQOL-36 physical component summary (PCS)"), d, pcs, "{score}", "{score}", cat="survey", enc=e,
              comps=[{"code": tx("KDQOL-36 mental component summary (MCS)"), "valueQuantity": {"value": mcs, "unit": "{score}", "system": UCUM, "code": "{score}"}},
                     {"code": tx("KDQOL-36 burden of kidney disease subscale"), "valueQuantity": {"value": burden, "unit": "{score}", "system": UCUM, "code": "{score}"}}])
        c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", d, {"2026-05-05": 9.8, "2026-08-10": 10.4, "2026-11-09": 10.6}[d], "g/dL", 13.5, 17.5, enc=e)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-09", 4.2, "mmol/L", 3.5, 5.1)
    c.obs(tx("Weekly Kt/V (peritoneal + renal)"), "2026-11-09", 1.9, "{ratio}", "{ratio}", low=1.7, interp="N")
    c.medreq(rx("105694", "epoetin alfa"), "2026-06-15", "4000 units subcutaneously weekly", requester=neph)
    c.medreq(rx("274783", "insulin glargine"), "2020-01-01", "18 units at bedtime")
    c.medreq(tx("sevelamer carbonate 800 mg tablet"), "2026-06-15", "1 tablet with meals", requester=neph)
    c.note("11506-3", "Progress note", "2026-11-09", neph, """
HOME DIALYSIS MONTHLY VISIT
57M ESKD (diabetic/hypertensive), CCPD since 6/8/2026. Adequacy met (Kt/V 1.9), euvolemic, no peritonitis. Reports exhaustion, poor sleep (machine alarms), abdominal fullness, stopped bowling and reduced hours at work. KDQOL-36 PCS 44 (pre-dialysis 5/2026) -> 38 (8/2026) -> 34 today; burden of kidney disease 50 -> 25.
Plan: review fill volumes/cycler alarms with PD RN; consider day dwell change; transplant referral discussed - patient to decide. SW follow-up for work accommodations.
""")
    return c

# ---------------------------------------------------------------- C2 Great Plains: patient Communication asking for second opinion (stones)
@story("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
       "Patient-authored portal message asks for a second opinion from another urologist and for records/CT images to be sent, after being told his recurrent stone pain does not need surgery.",
       "Urology group: recurrent calcium-oxalate stone former writes through the portal asking for another urologist's opinion")
def c2_comm(cid):
    c = Case(cid, "C2")
    c.organization(npi="1205348871")
    uro = c.practitioner("Brandvold", "Nils", "MD", "1558390016")
    ma = c.practitioner("Gutierrez", "Ana", "MA", None)
    c.patient("Holloway", ["Brian", "T"], "male", "1970-04-25", "GPKU-287761", line="16004 Pierce St", postal="68130", race=("2106-3", "White"), phone="402-555-0173")
    c.coverage("Blue Cross Blue Shield of Nebraska", "BCBSNE BluePride PPO", "NEB551203981", "2019-01-01", kind="Commercial")
    ks = c.condition(cc((SCT, "95570007", "Kidney stone"), (ICD, "N20.0", "Calculus of kidney"), text="Recurrent calcium oxalate nephrolithiasis, bilateral"), "2017-08-01", recorder=uro)
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2016-01-01")
    c.condition(cc((ICD, "R82.994", "Hypercalciuria")), "2024-03-01")
    c.procedure(cc((CPT, "52356", "Cystourethroscopy, with ureteroscopy and/or pyeloscopy; with lithotripsy including insertion of indwelling ureteral stent")), date="2026-04-14", performer=uro,
                outcome="Left distal ureteral 7 mm stone fragmented and extracted; stent removed 4/21")
    c.report(cc((CPT, "74176", "Computed tomography, abdomen and pelvis; without contrast material")), "2026-10-30",
             "Left lower pole 3 mm and 4 mm non-obstructing calculi; right mid-pole 3 mm calculus. No hydronephrosis.", cat=("RAD", "Radiology"))
    c.obs(tx("24 hour urine stone risk profile - calcium"), "2026-09-10", 312, "mg/(24.h)", "mg/(24.h)", high=250, interp="H")
    c.obs(tx("24 hour urine stone risk profile - citrate"), "2026-09-10", 480, "mg/(24.h)", "mg/(24.h)", low=450, interp="N")
    c.medreq(rx("2409", "chlorthalidone"), "2024-03-01", "25 mg daily", requester=uro, reason=ks)
    c.medreq(tx("potassium citrate 10 mEq extended-release tablet"), "2024-03-01", "20 mEq twice daily", requester=uro, reason=ks)
    c.medreq(rx("77492", "tamsulosin"), "2026-10-30", "0.4 mg daily as needed during stone episodes", requester=uro)
    e = c.encounter("2026-11-06T15:00:00-06:00", "2026-11-06T15:20:00-06:00", "AMB", "Urology follow-up", "Left flank pain, recurrent stones", prac=uro)
    c.vitals("2026-11-06T15:02:00-06:00", e, sbp=128, dbp=82, hr=76)
    c.lab(UA_RBC[0], UA_RBC[1], "2026-11-06", 8, "/[HPF]", 0, 2, enc=e)
    c.note("11506-3", "Progress note", "2026-11-06", uro, """
UROLOGY: 56M recurrent CaOx stones, L URS 4/2026. Intermittent L flank pain x 3 wks. CT 10/30: small non-obstructing bilateral stones (3-4 mm), no hydro. UA 8 RBC. 24-h urine: hypercalciuria 312 on chlorthalidone.
Plan: no surgical intervention needed for small non-obstructing stones; medical management, increase fluids to 3 L, tamsulosin/NSAID PRN. Repeat KUB 6 months.
""", enc=e)
    m = c.comm("2026-11-16T06:52:00-06:00", c.pt, uro,
               "Dr. Brandvold, I'm still getting the left side pain two or three times a week and it's keeping me out of work. I know you said the stones are small and surgery isn't needed, but I'd like to get a second opinion from another urologist, maybe at UNMC. Can your office send my records and the October CT images? Thank you, Brian Holloway",
               cat=cc(("https://gpkug.net/fhir/CodeSystem/message-type", "portal-msg", "Patient portal message")), topic="Request for second opinion / records release")
    c.comm("2026-11-16T10:05:00-06:00", ma, c.pt, "Hi Mr. Holloway, we received your request. A records release form has been sent to your portal; once signed we will send records and images to UNMC Urology.", in_response=m)
    return c

# ---------------------------------------------------------------- C3 Bayside: raised PSA promptly followed up
@story("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
       "Raised PSA (5.9) on 8 Jul 2026 was followed up within 3 weeks (urology visit, repeat and free PSA) and MRI within 6 weeks (PI-RADS 2, large gland, low PSA density): the red flag was acted on and explained by BPH.",
       "Urology group: elevated PSA from primary care, promptly evaluated with repeat PSA and MRI, BPH")
def c3_psa(cid):
    c = Case(cid, "C3")
    c.organization(npi="1730566102")
    uro = c.practitioner("Delacroix", "Andre", "MD", "1396827745")
    c.patient("Bell", ["Marcus", "D"], "male", "1965-01-30", "BUP-5530187", line="3902 W Kennedy Blvd", postal="33609", race=("2054-5", "Black or African American"), phone="813-555-0150")
    c.coverage("Florida Blue", "BlueOptions PPO", "FLB7781203", "2017-01-01", kind="Commercial")
    bph = c.condition(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2026-08-19", recorder=uro)
    c.condition(cc((ICD, "R97.20", "Elevated prostate specific antigen [PSA]")), "2026-07-08", recorder=uro)
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2014-01-01")
    c.lab(PSA[0], PSA[1], "2026-07-08", 5.9, "ng/mL", None, 4.0, note="Ordered by PCP (Dr. Sanchez, Westshore Family Medicine); referral to urology sent same day")
    e1 = c.encounter("2026-07-29T10:00:00-04:00", "2026-07-29T10:40:00-04:00", "AMB", "Urology new patient", "Elevated PSA", prac=uro)
    c.lab(PSA[0], PSA[1], "2026-07-29", 5.4, "ng/mL", None, 4.0, enc=e1)
    c.obs(cc((LNC, "12841-3", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma")), "2026-07-29", 24, "%", low=25, interp="L", enc=e1, note="Free PSA 24% - borderline")
    c.lab(UA_RBC[0], UA_RBC[1], "2026-07-29", 0, "/[HPF]", 0, 2, enc=e1)
    c.obs(tx("Digital rectal exam"), "2026-07-29", vstr="Smooth, symmetrically enlarged ~60 g, no nodules", cat="exam", enc=e1)
    c.obs(tx("Post-void residual by bladder scan"), "2026-07-29", 70, "mL", "mL", enc=e1)
    c.report(cc((CPT, "72197", "Magnetic resonance (eg, proton) imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences"), text="MRI prostate multiparametric"), "2026-08-19",
             "Prostate volume 62 mL; PSA density 0.09. Diffuse BPH nodules in transition zone. No PI-RADS 3-5 lesion. Overall PI-RADS 2.", cat=("RAD", "Radiology"))
    e2 = c.encounter("2026-08-26T10:00:00-04:00", "2026-08-26T10:20:00-04:00", "AMB", "Urology follow-up", "Review MRI", prac=uro)
    c.medreq(rx("77492", "tamsulosin"), "2026-08-26", "0.4 mg daily", requester=uro, reason=bph)
    c.servreq(cc((LNC, PSA[0], PSA[1])), "2026-08-26", occ="2027-02-20", requester=uro, enc=e2)
    c.medreq(rx("17767", "amlodipine"), "2014-01-01", "5 mg daily")
    c.note("11506-3", "Progress note", "2026-08-26", uro, """
UROLOGY: 61M, PSA 5.9 (PCP 7/8) -> 5.4 (7/29), %free 24. DRE benign, 60 g. mpMRI 8/19: 62 mL gland, PI-RADS 2, PSAD 0.09. Nocturia x2, weak stream (IPSS 12).
Assessment: elevated PSA explained by BPH; low suspicion for clinically significant cancer. Biopsy not indicated.
Plan: tamsulosin 0.4 mg; PSA in 6 months (2/2027); MRI/biopsy if PSA velocity >0.75/yr.
""", enc=e2)
    return c

# ---------------------------------------------------------------- C3 Bayside: vasectomy (minor) scheduled
@story("MAJOR_PROCEDURE_PLANNED", "near-miss", [],
       "The only planned procedure is an office no-scalpel vasectomy under local anaesthesia (CPT 55250) - a minor elective procedure, not a major or invasive operation.",
       "Urology office: elective vasectomy scheduled in clinic under local anaesthesia")
def c3_vas(cid):
    c = Case(cid, "C3")
    c.organization(npi="1730566102")
    uro = c.practitioner("Delacroix", "Andre", "MD", "1396827745")
    c.patient("Whitaker", ["Jordan", "M"], "male", "1988-06-07", "BUP-6612009", line="7014 S Manhattan Ave", postal="33616", race=("2106-3", "White"), phone="813-555-0196", marital=("M", "Married"))
    c.coverage("Aetna", "Aetna Choice POS II", "W339012871", "2021-01-01", kind="Commercial")
    c.condition(cc((SCT, "95570007", "Kidney stone"), (ICD, "N20.1", "Calculus of ureter"), text="Right ureteral stone, passed spontaneously"), "2021-05-02", status="resolved", abated="2021-05-20")
    c.condition(cc((SCT, "61582004", "Allergic rhinitis"), (ICD, "J30.2", "Other seasonal allergic rhinitis")), "2005-01-01")
    c.condition(cc((ICD, "Z30.09", "Encounter for other general counseling and advice on contraception")), "2026-11-10", cat="encounter-diagnosis", status="active")
    e = c.encounter("2026-11-10T14:00:00-05:00", "2026-11-10T14:30:00-05:00", "AMB", "Urology vasectomy consultation", "Desires permanent contraception", prac=uro)
    c.vitals("2026-11-10T14:02:00-05:00", e, sbp=124, dbp=78, hr=66, wt=82.0, bmi=25.3)
    c.obs(tx("Genital exam"), "2026-11-10", vstr="Bilateral vasa easily palpable; testes normal; no varicocele or hernia", cat="exam", enc=e)
    c.lab(UA_RBC[0], UA_RBC[1], "2026-11-10", 0, "/[HPF]", 0, 2, enc=e)
    c.servreq(cc((CPT, "55250", "Vasectomy, unilateral or bilateral (separate procedure), including postoperative semen examination(s)"), text="No-scalpel vasectomy, office, local anesthesia"),
              "2026-11-10", status="active", intent="order", occ="2026-12-22T09:00:00-05:00", requester=uro, enc=e,
              note="Office procedure room; local anesthesia only; diazepam 5 mg PO pre-procedure optional.")
    c.servreq(tx("Post-vasectomy semen analysis"), "2026-11-10", occ="2027-03-22", requester=uro, note="Post-vasectomy semen analysis 12 weeks")
    c.medreq(rx("3322", "diazepam"), "2026-11-10", "5 mg by mouth 1 hour before procedure, once", requester=uro)
    c.medreq(rx("5640", "ibuprofen"), "2026-11-10", "600 mg every 6 hours as needed x 3 days after procedure", requester=uro)
    c.medreq(rx("20610", "cetirizine"), "2015-01-01", "10 mg daily as needed")
    c.note("11488-4", "Consult note", "2026-11-10", uro, """
VASECTOMY CONSULT: 38M, married, 3 children, couple certain family complete. Counselled: permanence, alternatives, failure rate ~1/2000, need for contraception until azoospermia confirmed, chronic scrotal pain 1-2%. Consent signed. No-scalpel vasectomy in office 12/22 under local. Hx R ureteral stone 2021 passed spontaneously - no recurrence.
""", enc=e)
    return c

# ---------------------------------------------------------------- C3 Bayside: high-risk prostate cancer, IMRT + ADT planned
@story("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
       "High-risk localised prostate cancer (Grade Group 4) with leuprolide ADT ordered to start 8 Dec 2026 and definitive IMRT planned from 2 Feb 2027 - planned radiotherapy and hormonal therapy in the high-impact set.",
       "Prostate centre: Grade Group 4 prostate cancer, androgen deprivation and external-beam radiotherapy planned")
def c3_imrt(cid):
    c = Case(cid, "C3")
    c.organization(npi="1730566102")
    ro = c.organization("Bayshore Radiation Oncology", prefix="org", npi="1811966043")
    uro = c.practitioner("Delacroix", "Andre", "MD", "1396827745")
    radonc = c.practitioner("Feld", "Miriam", "MD", "1609957032")
    c.patient("Castillo", ["Raymond", "J"], "male", "1958-03-28", "BUP-2209145", line="5111 Bayshore Blvd Apt 9", postal="33611", ethnicity=("2135-2", "Hispanic or Latino"), phone="813-555-0128", marital=("M", "Married"))
    c.coverage("Medicare", "Medicare Part A and B", "8MN2WQ4AR67", "2023-03-01", kind="Medicare")
    pca = c.condition(cc((SCT, "399068003", "Malignant tumor of prostate"), (ICD, "C61", "Malignant neoplasm of prostate")), "2026-09-23", recorder=uro,
                      stage=tx("cT2c N0 M0, Grade Group 4 (Gleason 4+4) in 6/12 cores, PSA 14.8 - NCCN high risk"))
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2011-01-01")
    c.condition(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.5", "Hyperlipidemia, unspecified")), "2011-01-01")
    c.lab(PSA[0], PSA[1], "2026-08-14", 14.8, "ng/mL", None, 4.0)
    c.procedure(cc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach")), date="2026-09-16", reason=pca, performer=uro,
                outcome="Gleason 4+4=8 (GG4) in 6/12 cores, bilateral; perineural invasion present")
    c.report(tx("PSMA PET/CT (F-18 piflufolastat)"), "2026-10-08", "Intense uptake bilateral prostate. No PSMA-avid nodal or distant metastatic disease.", cat=("NMS", "Nuclear Medicine Scan"))
    e1 = c.encounter("2026-10-20T09:00:00-04:00", "2026-10-20T09:45:00-04:00", "AMB", "Urologic oncology", "New high-risk prostate cancer", prac=uro)
    c.obs(tx("Sexual function - EPIC-26 sexual domain"), "2026-10-20", 71, "{score}", "{score}", cat="survey", enc=e1)
    e2 = c.encounter("2026-11-12T13:00:00-05:00", "2026-11-12T14:00:00-05:00", "AMB", "Radiation oncology consultation", "High-risk prostate cancer", prac=radonc, org=ro)
    c.vitals("2026-11-12T13:02:00-05:00", e2, sbp=136, dbp=82, hr=70, wt=88.5)
    c.servreq(cc((SCT, "33195004", "External beam radiation therapy procedure"), (CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"),
                 text="IMRT prostate + seminal vesicles 70 Gy in 28 fractions"), "2026-11-12", status="active", intent="plan", reason=pca, requester=radonc, enc=e2,
              occ_period={"start": "2027-02-02", "end": "2027-03-12"}, note="CT simulation 1/19/2027 with fiducials; start after 8 weeks neoadjuvant ADT.")
    c.medreq(rx("42375", "leuprolide", "leuprolide acetate 22.5 mg depot injection (3-month)"), "2026-11-12", "22.5 mg IM every 3 months x 18 months; first dose 12/8/2026", requester=radonc, reason=pca,
             start="2026-12-08", note="HCPCS J9217. Baseline DEXA ordered.")
    c.medreq(rx("83008", "bicalutamide"), "2026-11-12", "50 mg daily x 14 days starting 12/1 (flare prevention)", requester=radonc, reason=pca, start="2026-12-01", end="2026-12-15")
    c.medreq(rx("83367", "atorvastatin"), "2011-01-01", "40 mg daily")
    c.medreq(rx("29046", "lisinopril"), "2011-01-01", "20 mg daily")
    c.note("11488-4", "Consult note", "2026-11-12", radonc, """
RADIATION ONCOLOGY CONSULT
68M cT2c N0 M0 GG4 prostate adenocarcinoma, PSA 14.8, PSMA PET negative for metastases. NCCN high risk. Seen by Dr. Delacroix - discussed radical prostatectomy vs radiation; he prefers radiation.
Plan: ADT with leuprolide 18 months starting 12/8/2026 (bicalutamide lead-in), then IMRT 70 Gy/28 fx to prostate and SV starting ~2/2/2027. Side effects reviewed: hot flashes, fatigue, loss of libido/ED, bone loss, metabolic changes; urinary/bowel toxicity from RT. Consent obtained. Baseline DEXA, lipids, A1c.
""", enc=e2)
    return c

# ---------------------------------------------------------------- C3 Bayside: BPH, IPSS change below MCID
@story("WORSENING_DESPITE_TREATMENT", "near-miss", [],
       "IPSS rose only 15 -> 16 -> 17 over 8 months on tamsulosin - a 2-point change, below the ~3-point minimal clinically important difference; PVR and flow stable.",
       "Urology group: BPH on tamsulosin with slight, sub-threshold symptom score drift")
def c3_ipss(cid):
    c = Case(cid, "C3")
    c.organization(npi="1730566102")
    uro = c.practitioner("Nwosu", "Chinedu", "MD", "1154772208")
    c.patient("Farr", ["Eugene", "H"], "male", "1954-12-12", "BUP-1043366", line="1200 Gulf Blvd Unit 404", postal="33767", race=("2106-3", "White"), phone="727-555-0174", marital=("M", "Married"))
    c.coverage("Medicare", "Medicare Advantage - WellCare", "WC88120047", "2019-12-01", kind="Medicare")
    bph = c.condition(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2025-09-10", recorder=uro)
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2008-01-01")
    c.condition(cc((SCT, "396275006", "Osteoarthritis"), (ICD, "M17.0", "Bilateral primary osteoarthritis of knee")), "2015-01-01")
    c.condition(cc((SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N39.0", "Urinary tract infection, site not specified")), "2024-07-01", status="resolved", abated="2024-07-12", cat="encounter-diagnosis")
    c.medreq(rx("77492", "tamsulosin"), "2025-09-10", "0.4 mg daily", requester=uro, reason=bph, start="2025-09-10")
    for d, ipss, qol, pvr, qmax in [("2026-02-17", 15, 3, 60, 11.2), ("2026-06-16", 16, 3, 55, 11.0), ("2026-10-20", 17, 3, 65, 10.8)]:
        e = c.encounter(d + "T09:00:00-05:00" if d < "2026-03" else d + "T09:00:00-04:00", None, "AMB", "Urology follow-up", "BPH/LUTS", prac=uro)
        c.entries[-1]["resource"]["period"]["end"] = d + "T09:20:00-04:00"
        c.obs(cc(("https://baysideuro.org/fhir/CodeSystem/flowsheet", "IPSS-TOTAL", "International Prostate Symptom Score (IPSS) total"), text="IPSS / AUA symptom index total (0-35)"), d, ipss, "{score}", "{score}", cat="survey", enc=e,
              comps=[{"code": tx("IPSS quality of life due to urinary symptoms (0-6)"), "valueInteger": qol}])
        c.obs(tx("Post-void residual by bladder scan"), d, pvr, "mL", "mL", enc=e, cat="exam")
        c.obs(tx("Uroflowmetry maximum flow rate (Qmax)"), d, qmax, "mL/s", "mL/s", enc=e, cat="procedure")
    c.lab(PSA[0], PSA[1], "2026-10-20", 2.1, "ng/mL", None, 4.0)
    c.medreq(rx("17767", "amlodipine"), "2008-01-01", "5 mg daily")
    c.note("11506-3", "Progress note", "2026-10-20", uro, """
UROLOGY: 71M BPH/LUTS on tamsulosin since 9/2025 (IPSS 22 pre-treatment). IPSS 15 -> 16 -> 17 this year, QoL 3 (mixed) unchanged. Nocturia x2. PVR 65, Qmax 10.8 - stable. PSA 2.1.
Assessment: BPH with moderate LUTS, stable on alpha-blocker; small score change not clinically meaningful.
Plan: continue tamsulosin; discussed adding finasteride (prostate 45 g) - he will think about it. RTC 6 months.
""")
    return c

# ---------------------------------------------------------------- C4 Central Ohio: nephrotic proteinuria labelled hypertensive nephrosclerosis
@story("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
       "CKD attributed to hypertensive nephrosclerosis since 2025, but with well-controlled BP he has nephrotic-range proteinuria (UPCR ~4.3 g/g), hypoalbuminaemia, oedema and dysmorphic haematuria - findings the label cannot explain; no biopsy or serologies.",
       "Nephrology practice: 'hypertensive kidney disease' label despite nephrotic-range proteinuria and glomerular haematuria")
def c4_neph(cid):
    c = Case(cid, "C4")
    c.organization(npi="1649207718")
    neph = c.practitioner("Rasmussen", "Carl", "MD", "1083751126")
    c.patient("Pruitt", ["Howard", "G"], "male", "1963-10-19", "CONC-0048815", line="2280 Cleveland Ave", postal="43211", race=("2054-5", "Black or African American"), phone="614-555-0139")
    c.coverage("Medical Mutual of Ohio", "SuperMed PPO", "MMO30977124", "2016-01-01", kind="Commercial")
    htnckd = c.condition(cc((SCT, "38481006", "Hypertensive renal disease"), (ICD, "I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"), text="Hypertensive nephrosclerosis"),
                         "2025-10-08", recorder=neph, note="Attributed to long-standing hypertension (PCP referral).")
    c.condition(cc((SCT, "700378005", "Chronic kidney disease stage 3A"), (ICD, "N18.31", "Chronic kidney disease, stage 3a")), "2025-10-08", recorder=neph)
    c.condition(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.5", "Hyperlipidemia, unspecified")), "2019-01-01")
    c.condition(cc((SCT, "90560007", "Gout"), (ICD, "M10.9", "Gout, unspecified")), "2017-01-01", status="inactive")
    data = [("2026-02-18", 4.3, 3.1, 52, 134, 82, "1+ pitting edema to mid-shin", "10-20 RBC/hpf, ~20% dysmorphic, occasional RBC cast reported"),
            ("2026-06-10", 4.1, 2.9, 50, 128, 80, "2+ pitting edema to knees", "15-25 RBC/hpf, dysmorphic RBCs"),
            ("2026-10-07", 4.4, 2.8, 51, 130, 78, "2+ pitting edema to knees, periorbital puffiness in mornings", "10-20 RBC/hpf, dysmorphic RBCs")]
    last = None
    for d, upcr, alb, e_gfr, sbp, dbp, edema, sed in data:
        e = c.encounter(d + "T08:30:00-05:00" if d < "2026-03" else d + "T08:30:00-04:00", None, "AMB", "Nephrology clinic", "CKD, proteinuria", prac=neph)
        c.entries[-1]["resource"]["period"]["end"] = d + "T09:00:00-04:00"
        c.lab(UPCR[0], UPCR[1], d, upcr, "g/g", None, 0.2, ucum="g/g", enc=e)
        c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", d, alb, "g/dL", 3.5, 5.2, enc=e)
        egfr(c, d, e_gfr, e)
        c.vitals(d + "T08:32:00-04:00", e, sbp=sbp, dbp=dbp)
        c.obs(tx("Lower extremity edema exam"), d, vstr=edema, cat="exam", enc=e, interp="A")
        c.obs(tx("Urine sediment microscopy (nephrologist review)"), d, vstr=sed, interp="A", enc=e)
        last = e
    c.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-06-10", 212, "mg/dL", None, 99)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-02-18", 5.4, "%", 4.0, 5.6)
    c.medreq(rx("52175", "losartan"), "2025-10-08", "100 mg daily", requester=neph, reason=htnckd)
    c.medreq(rx("4603", "furosemide"), "2026-06-10", "40 mg daily", requester=neph)
    c.medreq(rx("83367", "atorvastatin"), "2026-06-10", "40 mg daily")
    c.note("11506-3", "Progress note", "2026-10-07", neph, """
NEPHROLOGY FOLLOW-UP
62M hypertensive nephrosclerosis, CKD 3a (eGFR 50-52, stable). BP well controlled 130/78 on losartan 100. UPCR 4.4 g/g (4.3, 4.1 prior), albumin 2.8, LDL 212. Edema 2+ to knees, morning periorbital puffiness. Sediment: dysmorphic RBCs again. No diabetes (A1c 5.4).
Assessment: hypertensive nephrosclerosis with proteinuria and edema - continue maximal ARB.
Plan: furosemide 40 daily, low-sodium diet, continue losartan and statin. Recheck 4 months.
""", enc=last)
    return c

# ---------------------------------------------------------------- C4 Central Ohio: CKD 5, "not a dialysis candidate", palliative referral
@story("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
       "CKD stage 5 in a fairly independent 84-year-old whom the nephrologist declared 'not a candidate for dialysis - nothing further to offer', with an active palliative care referral and conservative/palliative care plan; no second opinion on record.",
       "Nephrology practice: 84-year-old with CKD 5 told dialysis would not help, referred to palliative care")
def c4_ckd5(cid):
    c = Case(cid, "C4")
    c.organization(npi="1649207718")
    neph = c.practitioner("Rasmussen", "Carl", "MD", "1083751126")
    c.patient("Kaminski", ["Walter", "F"], "male", "1942-01-09", "CONC-0019902", line="845 Oakland Park Ave", postal="43224", race=("2106-3", "White"), phone="614-555-0104", marital=("W", "Widowed"))
    c.coverage("Medicare", "Medicare Part A and B", "4RT6YU8IK12", "2007-01-01", kind="Medicare")
    ckd = c.condition(cc((SCT, "433146000", "Chronic kidney disease stage 5"), (ICD, "N18.5", "Chronic kidney disease, stage 5")), "2025-11-12", recorder=neph)
    c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2001-01-01")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "1995-01-01")
    c.condition(cc((ICD, "D63.1", "Anemia in chronic kidney disease")), "2024-01-01")
    c.condition(cc((SCT, "233604007", "Pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")), "2024-02-10", status="resolved", abated="2024-03-01", cat="encounter-diagnosis")
    for d, v, k, hb in [("2026-04-15", 9, 4.9, 10.2), ("2026-07-15", 8, 5.0, 10.0), ("2026-10-21", 9, 5.1, 10.1)]:
        e = c.encounter(d + "T11:00:00-04:00", d + "T11:40:00-04:00", "AMB", "Nephrology clinic", "CKD stage 5", prac=neph)
        egfr(c, d, v, e)
        c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", d, k, "mmol/L", 3.5, 5.1, enc=e)
        c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", d, hb, "g/dL", 13.5, 17.5, enc=e)
        c.vitals(d + "T11:02:00-04:00", e, sbp=138, dbp=74, wt=76.0)
        last = e
    c.obs(tx("Clinical Frailty Scale"), "2026-10-21", 4, "{score}", "{score}", cat="exam", enc=last, note="Very mild frailty: independent in ADLs and most IADLs, drives, lives alone")
    c.medreq(rx("36676", "sodium bicarbonate"), "2025-11-12", "1300 mg twice daily", requester=neph, reason=ckd)
    c.medreq(rx("105694", "epoetin alfa"), "2025-12-01", "6000 units subcutaneously every 2 weeks", requester=neph)
    c.medreq(rx("4603", "furosemide"), "2025-11-12", "80 mg daily", requester=neph)
    c.medreq(tx("insulin glargine 100 units/mL pen"), "2018-01-01", "12 units at bedtime")
    pal = c.servreq(cc((SCT, "306237005", "Referral to palliative care service")), "2026-10-21", status="active", requester=neph, reason=ckd, enc=last,
                    performer={"display": "OhioHealth Palliative Medicine"})
    c.careplan("Conservative kidney management - palliative approach", "active", "plan", "2026-10-21", cc((SCT, "103735009", "Palliative care")), addresses=[ckd], author=neph,
               desc="No dialysis. Symptom-directed care, anemia and acidosis management, palliative care involvement.")
    c.note("11506-3", "Progress note", "2026-10-21", neph, """
NEPHROLOGY
84M CKD 5 (diabetic/hypertensive), eGFR 8-9 for 6 months, K 5.1, Hb 10.1 on ESA. Mild fatigue, appetite fair, no uremic pruritus or nausea. Lives alone, drives, manages own medications; CFS 4.
Assessment: given his age he is not a candidate for dialysis; from a renal standpoint there is nothing further to offer beyond supportive care.
Plan: conservative kidney management, referral to palliative care. Discussed with patient and daughter - daughter upset, says he was 'told dialysis wouldn't help' and asked whether anything else can be done. Continue bicarbonate, ESA, furosemide; low-potassium diet.
""", enc=last)
    return c

# ---------------------------------------------------------------- C4 Central Ohio: DKD eGFR falling despite ARB + SGLT2i
@story("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
       "eGFR fell 38 -> 33 -> 29 -> 24 mL/min/1.73m2 (Dec 2025-Oct 2026, -14, ~37%) with albuminuria rising, while losartan 100 mg and empagliflozin were active throughout and BP/HbA1c controlled.",
       "Nephrology practice: diabetic kidney disease progressing from CKD 3b to 4 despite maximal RAAS blockade and SGLT2 inhibitor")
def c4_dkd(cid):
    c = Case(cid, "C4")
    c.organization(npi="1649207718")
    neph = c.practitioner("Iyer", "Lakshmi", "MD", "1528093367")
    c.patient("Lyle", ["Bernadette", "C"], "female", "1960-02-22", "CONC-0061530", line="3318 Karl Rd", postal="43224", race=("2054-5", "Black or African American"), phone="614-555-0170")
    c.coverage("Medicare", "Medicare Advantage - Anthem MediBlue", "ANM4410078", "2025-03-01", kind="Medicare")
    dkd = c.condition(cc((SCT, "431857002", "Chronic kidney disease stage 4"), (ICD, "N18.4", "Chronic kidney disease, stage 4"), text="Diabetic kidney disease, CKD G4 A3"), "2022-01-01", recorder=neph,
                      note="CKD 3b at referral 2022; G4 since 7/2026.")
    dm = c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2004-01-01")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2004-01-01")
    c.condition(cc((SCT, "4855003", "Retinopathy due to diabetes mellitus"), (ICD, "E11.3293", "Type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy without macular edema, bilateral")), "2018-01-01")
    c.medreq(rx("52175", "losartan"), "2022-01-12", "100 mg daily", requester=neph, reason=dkd, start="2022-01-12")
    c.medreq(rx("1545653", "empagliflozin"), "2025-06-04", "10 mg daily", requester=neph, reason=dkd, start="2025-06-04")
    c.medreq(rx("274783", "insulin glargine"), "2019-01-01", "30 units at bedtime", reason=dm)
    c.medreq(rx("1991302", "semaglutide"), "2024-05-01", "1 mg subcutaneously weekly", reason=dm)
    c.medreq(rx("83367", "atorvastatin"), "2015-01-01", "40 mg daily")
    data = [("2025-12-03", 38, 640, 136, 80, 7.2), ("2026-04-08", 33, 910, 134, 78, 7.1), ("2026-07-15", 29, 1020, 132, 80, 7.3), ("2026-10-28", 24, 1180, 134, 76, 7.2)]
    for d, v, acr, sbp, dbp, a1c in data:
        e = c.encounter(d + "T10:00:00-05:00", None, "AMB", "Nephrology clinic", "Diabetic kidney disease", prac=neph)
        c.entries[-1]["resource"]["period"]["end"] = d + "T10:30:00-05:00"
        egfr(c, d, v, e)
        c.lab(UACR[0], UACR[1], d, acr, "mg/g", None, 30, enc=e)
        c.vitals(d + "T10:02:00-05:00", e, sbp=sbp, dbp=dbp)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", 4.0, 5.6, enc=e)
        last = e
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-10-28", 4.9, "mmol/L", 3.5, 5.1)
    c.medstmt(rx("52175", "losartan"), "active", "2022-01-12", dose="100 mg daily - pharmacy claims show continuous 90-day fills 2025-2026", reason=dkd, asserted="2026-10-28")
    c.note("11506-3", "Progress note", "2026-10-28", neph, """
NEPHROLOGY
66F DKD G4 A3. eGFR 38 (12/2025) -> 33 -> 29 -> 24 today; UACR 640 -> 1180 mg/g. On losartan 100 mg (since 2022) and empagliflozin 10 mg (since 6/2025) throughout, adherence confirmed by fills; semaglutide 1 mg. BP 134/76, A1c 7.2 - at goal. No NSAIDs, no contrast exposure. Renal US 2025: normal-sized kidneys, no obstruction.
Assessment: progressive DKD despite optimized RAAS blockade + SGLT2i + GLP-1 RA.
Plan: consider finerenone when K allows (K 4.9); low-protein diet referral; KRT education. Recheck 3 months.
""", enc=last)
    return c

# ---------------------------------------------------------------- C4 Central Ohio: four active chronic conditions (not complex by rule)
@story("RARE_OR_COMPLEX_CONDITION", "near-miss", [],
       "Only four active chronic conditions (CKD 3a, hypertension, gout, BPH); kidney stone, prostatitis and cellulitis are resolved - below the >=5 active chronic conditions threshold and none is rare.",
       "Nephrology practice: older man with CKD 3a, hypertension, gout and BPH, several resolved problems")
def c4_four(cid):
    c = Case(cid, "C4")
    c.organization(npi="1649207718")
    neph = c.practitioner("Iyer", "Lakshmi", "MD", "1528093367")
    c.patient("Lindqvist", ["Arthur", "N"], "male", "1956-07-04", "CONC-0072244", line="5120 Sinclair Rd", postal="43229", race=("2106-3", "White"), phone="614-555-0112", marital=("M", "Married"))
    c.coverage("Medicare", "Medicare Part A and B", "2WE5RT7YU34", "2021-07-01", kind="Medicare")
    ckd = c.condition(cc((SCT, "700378005", "Chronic kidney disease stage 3A"), (ICD, "N18.31", "Chronic kidney disease, stage 3a")), "2021-03-01", recorder=neph)
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2009-01-01")
    gout = c.condition(cc((SCT, "90560007", "Gout"), (ICD, "M1A.0710", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)")), "2016-01-01")
    c.condition(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2019-01-01")
    c.condition(cc((SCT, "95570007", "Kidney stone"), (ICD, "N20.0", "Calculus of kidney")), "2021-02-10", status="resolved", abated="2021-04-01")
    c.condition(cc((SCT, "9713002", "Prostatitis"), (ICD, "N41.0", "Acute prostatitis")), "2023-05-02", status="resolved", abated="2023-06-15")
    c.condition(cc((SCT, "128045006", "Cellulitis"), (ICD, "L03.115", "Cellulitis of right lower limb")), "2024-08-20", status="resolved", abated="2024-09-05")
    for d, v, ua in [("2026-03-18", 52, 6.1), ("2026-09-16", 53, 5.8)]:
        e = c.encounter(d + "T13:00:00-04:00", d + "T13:30:00-04:00", "AMB", "Nephrology clinic", "CKD 3a", prac=neph)
        egfr(c, d, v, e)
        c.lab("3084-1", "Urate [Mass/volume] in Serum or Plasma", d, ua, "mg/dL", 3.5, 7.2, enc=e)
        c.vitals(d + "T13:02:00-04:00", e, sbp=128, dbp=76, wt=90.0)
        last = e
    c.lab(UACR[0], UACR[1], "2026-09-16", 45, "mg/g", None, 30)
    c.medreq(rx("519", "allopurinol"), "2016-06-01", "200 mg daily", reason=gout)
    c.medreq(rx("52175", "losartan"), "2021-03-01", "50 mg daily", requester=neph, reason=ckd)
    c.medreq(rx("77492", "tamsulosin"), "2019-01-01", "0.4 mg daily")
    c.medreq(rx("1488564", "dapagliflozin"), "2024-04-01", "10 mg daily", requester=neph, reason=ckd)
    c.note("11506-3", "Progress note", "2026-09-16", neph, """
NEPHROLOGY: 70M CKD 3a A2 (eGFR 52-53 stable, UACR 45) likely hypertensive/age-related; prior single stone 2021. HTN controlled 128/76. Gout - no flares in 2 years, urate 5.8 on allopurinol. BPH on tamsulosin (urology annually). Resolved: prostatitis 2023, cellulitis 2024.
Plan: continue losartan + dapagliflozin; annual labs; RTC 6 months.
""", enc=last)
    return c
