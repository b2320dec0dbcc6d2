from lib import *

def std_cov(c, kind):
    d = {"mcaid": ("Texas Medicaid STAR", "STAR Medicaid Managed Care"), "mcare": ("Medicare Part A/B", "Original Medicare"),
         "comm": ("Blue Cross Blue Shield", "PPO 500"), "ma": ("Humana Medicare Advantage", "Gold Plus HMO"),
         "nyc": ("Healthfirst", "Medicaid Managed Care"), "cal": ("Alameda Alliance for Health", "Medi-Cal"),
         "il": ("Meridian Health Plan of Illinois", "Medicaid HealthChoice"), "aetna": ("Aetna", "Choice POS II")}
    return c.coverage(*d[kind])

# ---------------------------------------------------------------- PSNW positive: Singh return-visit trigger
def psnw_singh(cid):
    c = Case(cid, "MCM")
    c.patient("Rogelio A", "Benavides", "male", "1969-04-17", "MC4471920", "2214 W Commerce St", lang=("es", "Spanish"), marital=("M", "Married"))
    pcp = c.pract("Ana", "Villarreal", "Internal Medicine")
    ed1 = c.pract("Marcus", "Odum", "Emergency Medicine", "DO")
    hosp = c.pract("Priya", "Natarajan", "Hospital Medicine")
    std_cov(c, "comm")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension"), C("sct", "38341003", "Hypertensive disorder, systemic arterial")), "2019-05-02")
    c.cond(cc(C("sct", "74400008", "Appendicitis"), C("icd", "K35.80", "Unspecified acute appendicitis")), "2009-03-11", status="resolved", abate="2009-03-12")
    c.med(cc(C("rx", "17767", "amlodipine")), "2019-05-02", "amlodipine 5 mg tablet, 1 tab by mouth daily", reason=htn, requester=pcp)
    e1 = c.enc("2026-11-03", "AMB", ("Office visit, established patient", ("cpt", "99214", "Office or other outpatient visit, established patient, moderate MDM")), "Dizziness", pract=pcp, service="Adult Medicine Clinic")
    dz = c.cond(cc(C("sct", "404640003", "Dizziness"), C("icd", "R42", "Dizziness and giddiness")), "2026-10-20", enc=e1, recorded="2026-11-03")
    c.vitals("2026-11-03", e1, bp=(134, 82), hr=74, wt=88.2)
    c.obs(cc(text="Orthostatic vital signs"), "2026-11-03", vstr="Supine 134/82 HR 72; standing 3 min 130/80 HR 80. No orthostatic drop.", cat="vital-signs", enc=e1, interp="N")
    for n, v in [("hgb_m", 14.6), ("wbc", 6.8), ("na", 139), ("k", 4.1), ("cr_m", 0.94), ("glu", 96), ("tsh", 1.9)]:
        c.lab(n, "2026-11-03", v, e1)
    c.obs(LN("8601-7", "EKG impression"), "2026-11-03", vstr="Normal sinus rhythm, rate 72. Normal intervals. No acute ST-T changes.", cat="procedure", enc=e1, interp="N")
    c.note("2026-11-03", NOTE_PROGRESS, "Adult Medicine clinic note", """
ADULT MEDICINE CLINIC - Dr. A. Villarreal
CC: mareos (lightheaded spells) x 2 weeks, tired.
57M with HTN on amlodipine 5 mg (unchanged since 2019). Episodes of lightheadedness several times a day, worse turning head or walking in the warehouse, feels 'off balance'. No chest pain, no palpitations, no melena. Spanish interpreter used.
Exam: BP 134/82, orthostatics negative. Neuro nonfocal. Dix-Hallpike not performed (neck pain).
Labs today CBC, BMP, TSH normal. ECG NSR.
A/P: Dizziness, nonspecific. Reassured, likely benign. Hydration, return if worse.""", enc=e1, author=pcp)
    e2 = c.enc("2026-11-08T21:14:00-06:00", "EMER", ("Emergency department visit", ("cpt", "99284", "Emergency department visit, moderate MDM")), "Near syncope, dizziness", end="2026-11-09T02:40:00-06:00", pract=ed1, disp="Home", prio=("EM", "emergency"))
    c.vitals("2026-11-08T21:14:00-06:00", e2, bp=(142, 88), hr=81, spo2=98, temp=36.8)
    c.lab("trop", "2026-11-08T21:40:00-06:00", 4, e2)
    c.lab("trop", "2026-11-09T00:45:00-06:00", 5, e2)
    c.lab("glu", "2026-11-08T21:40:00-06:00", 104, e2, interp="N")
    c.lab("hgb_m", "2026-11-08T21:40:00-06:00", 14.4, e2)
    ct = c.obs(LN("24725-4", "CT Head"), "2026-11-08T22:30:00-06:00", vstr="No acute intracranial abnormality.", cat="imaging", enc=e2, interp="N")
    c.report(LN("24725-4", "CT Head"), "2026-11-08T22:30:00-06:00", "CT head without contrast: no hemorrhage, mass effect or acute infarct.", [ct], cat=("RAD", "Radiology"), enc=e2)
    c.med(cc(C("rx", "6754", "meclizine")), "2026-11-09", "meclizine 25 mg by mouth every 8 hours as needed for dizziness", enc=e2, requester=ed1, status="completed")
    c.note("2026-11-09T02:30:00-06:00", NOTE_ED, "ED provider note", """
EMERGENCY DEPARTMENT NOTE
57M seen in clinic 11/03 for dizziness, presents after near-syncopal episode at work, had to sit down, felt the room tilt and was unsteady walking to the car. Troponin x2 negative, CT head negative, glucose normal, ECG unchanged.
MDM: low risk. Peripheral vertigo vs. dehydration. Meclizine. Discharged home, follow up PCP.
Dx: Dizziness (R42).""", enc=e2, author=ed1)
    e3 = c.enc("2026-11-12T15:02:00-06:00", "EMER", ("Emergency department visit", ("cpt", "99285", "Emergency department visit, high MDM")), "Dizziness, unsteady gait, returned", end="2026-11-12T20:30:00-06:00", pract=ed1, disp="Placed in observation", prio=("EM", "emergency"))
    c.note("2026-11-12T15:10:00-06:00", cc(C("loinc", "54094-8", "Emergency department Triage note")), "ED triage note", """
TRIAGE: pt back 2nd time this week, 3rd visit in 10 days, dizzy + 'walking like drunk', wife states he bumped into door frame on the right. Denies ETOH. ESI 3.""", enc=e3)
    e4 = c.enc("2026-11-12T20:30:00-06:00", "OBSENC", "Observation unit stay", "Recurrent dizziness", end="2026-11-13T16:00:00-06:00", pract=hosp, disp="Home")
    c.vitals("2026-11-12T20:45:00-06:00", e4, bp=(148, 90), hr=76, spo2=97)
    c.obs(LN("8601-7", "EKG impression"), "2026-11-13T07:00:00-06:00", vstr="Telemetry 18 h: sinus rhythm, no arrhythmia.", cat="procedure", enc=e4, interp="N")
    c.note("2026-11-13T15:30:00-06:00", NOTE_DC, "Observation discharge summary", """
OBSERVATION UNIT DISCHARGE SUMMARY - Dr. P. Natarajan (hospitalist)
Reason for obs: recurrent dizziness, 3rd presentation in 10 days (clinic 11/03, ED 11/08, ED 11/12).
Course: telemetry unremarkable. Orthostatics negative. Repeat labs normal. MRI not obtained (scanner downtime), CT head 11/08 reviewed - negative. Gait described as mildly wide-based by night team; this morning ambulating independently.
Discharge diagnosis: Dizziness, etiology unclear. No acute process identified.
Plan: outpatient vestibular therapy referral, PCP follow-up 2-3 weeks. Continue meclizine prn.""", enc=e4, author=hosp)
    c.cond(cc(C("icd", "R42", "Dizziness and giddiness"), text="Dizziness, etiology unclear"), "2026-10-20", cat="encounter-diagnosis", enc=e4, recorded="2026-11-13")
    return c, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                   why="Singh return-visit e-trigger: primary-care visit 11/03 followed by two unscheduled ED visits (11/08, 11/12) and an observation stay within 14 days, all work-up normal and no explaining diagnosis.",
                   summary="57M recurrent dizziness: clinic, ED, ED + observation within 10 days, everything normal")

# ---------------------------------------------------------------- PSNW positive: IDA not followed up (Murphy)
def psnw_ida(cid):
    c = Case(cid, "KCH")
    c.patient("Desmond", "Okafor", "male", "1959-02-08", "KCH-00718452", "1467 Eastern Pkwy Apt 3C", marital=("D", "Divorced"))
    ed = c.pract("Rachel", "Lindqvist", "Emergency Medicine")
    ed2 = c.pract("Tomasz", "Wrobel", "Emergency Medicine", "DO")
    std_cov(c, "nyc")
    htn = c.cond(cc(C("sct", "38341003", "Hypertensive disorder, systemic arterial"), C("icd", "I10", "Essential (primary) hypertension")), "2014-06-01")
    tob = c.cond(cc(C("icd", "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1980-01-01")
    c.med(cc(C("rx", "5487", "hydrochlorothiazide")), "2016-02-11", "hydrochlorothiazide 25 mg daily", reason=htn, kind="MedicationStatement")
    c.obs(LN("72166-2", "Tobacco smoking status"), "2026-08-20", vcc=cc(C("sct", "449868002", "Smokes tobacco daily")), cat="social-history")
    e1 = c.enc("2026-08-20T11:20:00-04:00", "EMER", ("ED visit", ("cpt", "99284", "Emergency department visit, moderate MDM")), "Fatigue, short of breath on stairs", end="2026-08-20T17:05:00-04:00", pract=ed, disp="Home")
    c.vitals("2026-08-20T11:20:00-04:00", e1, bp=(128, 76), hr=98, spo2=98, temp=36.7)
    labs = [c.lab("hgb_m", "2026-08-20T11:50:00-04:00", 8.9, e1), c.lab("mcv", "2026-08-20T11:50:00-04:00", 71, e1),
            c.lab("plt", "2026-08-20T11:50:00-04:00", 438, e1), c.lab("wbc", "2026-08-20T11:50:00-04:00", 7.2, e1),
            c.lab("ferritin", "2026-08-20T11:50:00-04:00", 5, e1), c.lab("iron", "2026-08-20T11:50:00-04:00", 21, e1)]
    c.report(LN("58410-2", "CBC panel - Blood by Automated count"), "2026-08-20T11:50:00-04:00", "Microcytic anemia; iron studies consistent with iron deficiency.", labs, enc=e1)
    c.lab("trop", "2026-08-20T11:50:00-04:00", 6, e1)
    c.lab("cr_m", "2026-08-20T11:50:00-04:00", 1.02, e1)
    ida = c.cond(cc(C("icd", "D50.9", "Iron deficiency anemia, unspecified"), C("sct", "87522002", "Iron deficiency anemia")), "2026-08-20", enc=e1, cat="encounter-diagnosis")
    c.med(cc(C("rx", "310325", "ferrous sulfate 325 MG Oral Tablet")), "2026-08-20", "ferrous sulfate 325 mg by mouth once daily", reason=ida, requester=ed, enc=e1)
    c.note("2026-08-20T16:50:00-04:00", NOTE_ED, "ED physician note", """
67M smoker, HTN, 6 wk progressive fatigue and dyspnea climbing subway stairs. No chest pain. Denies melena/hematochezia but 'stool sometimes dark'. No NSAIDs. Never had a colonoscopy.
Hgb 8.9 (no prior), MCV 71, ferritin 5, iron 21. Trop neg. Hemodynamically stable, no transfusion indicated.
Impression: iron deficiency anemia, new, in 67M - needs GI evaluation (colonoscopy/EGD) as outpatient.
Plan: start ferrous sulfate. Pt has no PCP; given clinic list. Discharged.""", enc=e1, author=ed)
    e2 = c.enc("2026-11-25T19:40:00-05:00", "EMER", ("ED visit", ("cpt", "99283", "Emergency department visit, low MDM")), "Right wrist pain after fall", end="2026-11-25T22:15:00-05:00", pract=ed2, disp="Home")
    c.vitals("2026-11-25T19:40:00-05:00", e2, bp=(132, 80), hr=94, spo2=99)
    xr = c.obs(LN("37652-3", "XR Wrist Right 3 Views"), "2026-11-25T20:30:00-05:00", vstr="No acute fracture or dislocation.", cat="imaging", enc=e2, interp="N")
    c.cond(cc(C("icd", "S63.501A", "Unspecified sprain of right wrist, initial encounter")), "2026-11-25", enc=e2, cat="encounter-diagnosis")
    c.note("2026-11-25T22:00:00-05:00", NOTE_ED, "ED physician note", """
67M slipped on wet floor at the laundromat, FOOSH R wrist. XR negative. Sprain - splint, ibuprofen avoided (anemia on chart), acetaminophen.
PMH: HTN, anemia (on iron per pt, 'ran out in September'). No GI follow-up arranged yet - pt states never got call. Advised to follow up with clinic.""", enc=e2, author=ed2)
    c.med(cc(C("rx", "161", "acetaminophen")), "2026-11-25", "acetaminophen 650 mg every 6 h as needed", enc=e2, requester=ed2)
    return c, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                   why="Red-flag finding (new iron-deficiency anaemia in a 67-year-old man, 2026-08-20) with no GI work-up or follow-up visit within 60 days (Murphy trigger); the later ED visit is unrelated.",
                   summary="67M new iron-deficiency anaemia in ED, no colonoscopy or follow-up for >3 months")

# ---------------------------------------------------------------- PSNW near miss: epigastric pain explained by gallstones
def psnw_gall(cid):
    c = Case(cid, "HCG")
    c.patient("Lorena", "Castañeda", "female", "1982-09-30", "HCG3390817", "811 E 12th St", lang=("es", "Spanish"), marital=("M", "Married"))
    ed = c.pract("Kevin", "Oyelaran", "Emergency Medicine")
    pcp = c.pract("Hannah", "Brightwater", "Family Medicine")
    surg = c.pract("Gustavo", "Pereira", "General Surgery")
    std_cov(c, "cal")
    c.cond(cc(C("sct", "237602007", "Metabolic syndrome X"), C("icd", "E88.810", "Metabolic syndrome")), "2021-04-01")
    c.cond(cc(C("icd", "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control")), "2016-05-10", status="resolved", abate="2016-09-02")
    pain = c.cond(cc(C("sct", "79922009", "Epigastric pain"), C("icd", "R10.13", "Epigastric pain")), "2026-06-08", status="resolved", abate="2026-10-08", recorded="2026-06-10")
    e1 = c.enc("2026-06-10T01:10:00-07:00", "EMER", "Emergency department visit", "Epigastric pain after dinner", end="2026-06-10T05:30:00-07:00", pract=ed, disp="Home")
    c.vitals("2026-06-10T01:10:00-07:00", e1, bp=(138, 84), hr=92, temp=36.9)
    for n, v in [("lipase", 31), ("alt", 29), ("ast", 24), ("alp", 88), ("tbili", 0.6), ("wbc", 8.1), ("trop", 3)]:
        c.lab(n, "2026-06-10T01:40:00-07:00", v, e1)
    c.note("2026-06-10T05:20:00-07:00", NOTE_ED, "ED note", "44F epigastric burning pain 3 h after fried meal, resolved with GI cocktail. Labs normal, ECG normal. Dx dyspepsia. Omeprazole, PCP f/u.", enc=e1, author=ed)
    c.med(cc(C("rx", "7646", "omeprazole")), "2026-06-10", "omeprazole 20 mg daily before breakfast", reason=pain, requester=ed, status="stopped")
    e2 = c.enc("2026-07-15T23:40:00-07:00", "EMER", "Emergency department visit", "Recurrent upper abdominal pain", end="2026-07-16T04:00:00-07:00", pract=ed, disp="Home")
    for n, v in [("lipase", 28), ("alt", 35), ("tbili", 0.8), ("wbc", 9.0)]:
        c.lab(n, "2026-07-15T23:59:00-07:00", v, e2)
    c.note("2026-07-16T03:50:00-07:00", NOTE_ED, "ED note", "Return with same postprandial epigastric/RUQ pain radiating to R scapula, 4 h. Labs normal again. Bedside US limited (habitus). Advised formal RUQ US via PCP.", enc=e2, author=ed)
    e3 = c.enc("2026-08-26", "AMB", "Family medicine follow-up", "Recurrent abdominal pain", pract=pcp)
    c.vitals("2026-08-26", e3, bp=(132, 82), hr=78, wt=91.4)
    us = c.obs(LN("24531-6", "US Abdomen"), "2026-09-02", vstr="Multiple mobile gallstones up to 1.4 cm. No wall thickening or pericholecystic fluid. CBD 4 mm.", cat="imaging", interp="A")
    c.report(LN("24531-6", "US Abdomen"), "2026-09-02", "Cholelithiasis without sonographic evidence of cholecystitis.", [us], cat=("RAD", "Radiology"))
    gs = c.cond(cc(C("icd", "K80.20", "Calculus of gallbladder without cholecystitis without obstruction"), C("sct", "235919008", "Gallstone")), "2026-09-02", status="resolved", abate="2026-10-08")
    e4 = c.enc("2026-10-08", "AMB", "Outpatient surgery", "Symptomatic cholelithiasis", pract=surg, end="2026-10-08T16:00:00-07:00")
    c.proc(cc(C("cpt", "47562", "Laparoscopy, surgical; cholecystectomy")), "2026-10-08T11:30:00-07:00", reason=gs, performer=surg, enc=e4, outcome="Uncomplicated; chronic cholecystitis with cholelithiasis on pathology")
    e5 = c.enc("2026-10-22", "AMB", "Postoperative visit", "Post-op check", pract=surg)
    c.note("2026-10-22", NOTE_PROGRESS, "Surgery post-op note", "2 wk s/p lap chole. Incisions healing. No further postprandial pain since surgery, tolerating regular diet. Pathology: chronic cholecystitis, cholelithiasis. Discharged from surgery clinic.", enc=e5, author=surg)
    return c, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
                   why="Recurrent epigastric pain over 12 weeks with normal labs, but ultrasound found gallstones that explain it; cholecystectomy already done and pain resolved.",
                   summary="44F recurrent post-prandial pain, normal labs, then gallstones found and removed")

# ---------------------------------------------------------------- PSNW near miss: raised PSA with timely follow-up
def psnw_psa(cid):
    c = Case(cid, "RPH")
    c.patient("Walter J", "Kowalczyk", "male", "1962-01-22", "RPH-2209341", "4419 S Archer Ave", marital=("M", "Married"))
    pcp = c.pract("Mei", "Zhang", "Internal Medicine")
    uro = c.pract("Oluwaseun", "Adebayo", "Urology")
    std_cov(c, "aetna")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2015-03-03")
    bph = c.cond(cc(C("icd", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"), C("sct", "266569009", "Benign prostatic hyperplasia")), "2021-07-20")
    c.med(cc(C("rx", "29046", "lisinopril")), "2015-03-03", "lisinopril 20 mg daily", reason=htn)
    c.med(cc(C("rx", "77492", "tamsulosin")), "2021-07-20", "tamsulosin 0.4 mg at bedtime", reason=bph)
    c.lab("psa", "2025-06-30", 3.1)
    e1 = c.enc("2026-07-08", "AMB", ("Annual wellness visit", ("hcpcs", "G0439", "Annual wellness visit, subsequent")), "Annual exam", pract=pcp)
    c.vitals("2026-07-08", e1, bp=(128, 78), hr=70, wt=84.0)
    psa = c.lab("psa", "2026-07-08", 7.8, e1)
    c.lab("cr_m", "2026-07-08", 1.0, e1)
    elev = c.cond(cc(C("icd", "R97.20", "Elevated prostate specific antigen [PSA]"), C("sct", "396152005", "Prostate specific antigen above reference range")), "2026-07-08", enc=e1)
    ref = c.sr(cc(C("sct", "306106001", "Referral to urology service")), "2026-07-10", "completed", "order", reason=elev, performer=uro, requester=pcp)
    e2 = c.enc("2026-07-29", "AMB", "Urology new patient", "Elevated PSA", pract=uro)
    c.note("2026-07-29", NOTE_CONSULT, "Urology consult", """
UROLOGY CONSULT - Dr. Adebayo
64M PSA 7.8 (3.1 one year ago), BPH on tamsulosin, nocturia x2. DRE: ~60 g smooth, no nodules. Repeat PSA today 7.1. 
Plan: MRI prostate (PI-RADS) prior to deciding on biopsy.""", enc=e2, author=uro)
    c.lab("psa", "2026-07-29", 7.1, e2)
    mri = c.obs(LN("30800-1", "MR Prostate"), "2026-08-12", vstr="Prostate volume 68 mL. No PI-RADS 3-5 lesion. PI-RADS 2. PSA density 0.10.", cat="imaging", interp="N")
    c.report(LN("30800-1", "MR Prostate"), "2026-08-12", "PI-RADS 2: clinically significant cancer unlikely. Enlarged gland.", [mri], cat=("RAD", "Radiology"))
    e3 = c.enc("2026-08-19", "AMB", "Urology follow-up", "Review MRI", pract=uro)
    c.note("2026-08-19", NOTE_PROGRESS, "Urology follow-up", "MRI PI-RADS 2, PSAD 0.10. Shared decision: defer biopsy. Repeat PSA + free PSA in 6 months (Feb 2027). Pt agrees.", enc=e3, author=uro)
    c.sr(LN("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2026-08-19", "active", "order", occ="2027-02-15", reason=elev, requester=uro, cat=cc(C("sct", "108252007", "Laboratory procedure")))
    return c, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
                   why="Raised PSA was followed up promptly (urology in 3 weeks, MRI in 5 weeks, surveillance plan), so the no-follow-up red-flag trigger is not met.",
                   summary="64M raised PSA followed within weeks by urology and prostate MRI")

# ---------------------------------------------------------------- DSM positive: GERD label vs progressive dysphagia + weight loss
def dsm_gerd(cid):
    c = Case(cid, "RPH")
    c.patient("Eugene", "Pruitt", "male", "1955-10-03", "RPH-1178820", "7720 S Halsted St", marital=("W", "Widowed"))
    pcp = c.pract("Mei", "Zhang", "Internal Medicine")
    ed = c.pract("Jordan", "Hale", "Emergency Medicine")
    std_cov(c, "ma")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2010-02-02")
    c.cond(cc(C("icd", "Z87.891", "Personal history of nicotine dependence")), "2005-01-01")
    c.med(cc(C("rx", "17767", "amlodipine")), "2010-02-02", "amlodipine 10 mg daily", reason=htn)
    e1 = c.enc("2026-03-10", "AMB", "Office visit", "Heartburn, food sticking", pract=pcp)
    c.vitals("2026-03-10", e1, bp=(136, 80), hr=72, wt=84.1)
    gerd = c.cond(cc(C("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis"), C("sct", "235595009", "Gastroesophageal reflux disease")), "2026-03-10", enc=e1)
    c.note("2026-03-10", NOTE_PROGRESS, "PCP note", "70M heartburn and occasional sensation of bread 'sticking' mid-chest x 1 month. Former smoker 40 pk-yr, drinks 2-3 beers/day. Dx GERD. Start omeprazole 40 mg daily. Reflux precautions.", enc=e1, author=pcp)
    c.med(cc(C("rx", "7646", "omeprazole")), "2026-03-10", "omeprazole 40 mg twice daily before meals (increased 2026-06-16)", reason=gerd, requester=pcp)
    dys = c.cond(cc(C("sct", "40739000", "Dysphagia"), C("icd", "R13.14", "Dysphagia, pharyngoesophageal phase")), "2026-02-10", recorded="2026-06-16")
    e2 = c.enc("2026-06-16", "AMB", "Office visit", "Swallowing trouble", pract=pcp)
    c.note("2026-06-16", NOTE_PROGRESS, "PCP note", "Still getting meat and bread stuck, now daily, has to wash down with water. Heartburn better on PPI. Wt down (pt reports belt 2 notches). Impression: GERD, possible peptic stricture - increase omeprazole to BID; GI referral discussed, pt prefers to wait.", enc=e2, author=pcp)
    e3 = c.enc("2026-09-22", "VR", "Telephone visit", "Medication refill, swallowing", pract=pcp)
    c.note("2026-09-22", NOTE_PHONE, "Telephone encounter", "Refill omeprazole. Pt says eating soft foods and soups only now, lost more weight. Advised continue PPI, schedule visit.", enc=e3, author=pcp)
    e4 = c.enc("2026-11-20T13:00:00-06:00", "EMER", "Emergency department visit", "Unable to swallow solid food", end="2026-11-20T19:20:00-06:00", pract=ed, disp="Home")
    c.vitals("2026-11-20T13:00:00-06:00", e4, bp=(124, 70), hr=88, wt=72.6, spo2=97)
    for n, v in [("hgb_m", 13.6), ("alb", 3.0), ("na", 137), ("cr_m", 0.9)]:
        c.lab(n, "2026-11-20T13:30:00-06:00", v, e4)
    c.cond(cc(C("sct", "89362005", "Weight loss"), C("icd", "R63.4", "Abnormal weight loss")), "2026-05-01", recorded="2026-11-20", enc=e4)
    c.note("2026-11-20T19:10:00-06:00", NOTE_ED, "ED note", """
70M with GERD on omeprazole BID presents unable to get down solids for 3 days, now liquids only, occasional regurgitation. Wt 72.6 kg (84.1 kg in March, -11.5 kg). Albumin 3.0. Tolerating water in ED.
No food impaction. Dx: GERD, dysphagia. Continue PPI, liquid diet, f/u PCP - outpatient GI.""", enc=e4, author=ed)
    return c, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                   why="Labelled GERD in March, but progressive solid-then-liquid dysphagia, 11.5 kg weight loss and low albumin continue on full PPI therapy - alarm features the GERD label cannot explain; no endoscopy done.",
                   summary="70M former smoker labelled GERD with progressive dysphagia and weight loss on PPI")

# ---------------------------------------------------------------- DSM positive: vasovagal label vs exertional syncope + long QTc
def dsm_syncope(cid):
    c = Case(cid, "MCM")
    c.patient("Isaiah", "Montgomery", "male", "2007-03-14", "MC5520386", "903 Nogalitos St", marital=("S", "Never Married"))
    ed = c.pract("Lauren", "Fitzgerald", "Emergency Medicine")
    ed2 = c.pract("Samuel", "Achebe", "Emergency Medicine")
    std_cov(c, "mcaid")
    c.cond(cc(C("sct", "195967001", "Asthma"), C("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2013-01-01", status="inactive")
    c.add("FamilyMemberHistory", "fmh-1", {"status": "completed", "patient": {"reference": c.P}, "date": "2026-06-21", "relationship": cc(C("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "COUSN", "cousin")),
          "condition": [{"code": tx("Drowned while swimming, age 16 (unexplained)")}]})
    e1 = c.enc("2026-06-21T18:30:00-05:00", "EMER", "Emergency department visit", "Syncope during basketball", end="2026-06-21T22:45:00-05:00", pract=ed, disp="Home")
    c.vitals("2026-06-21T18:30:00-05:00", e1, bp=(118, 68), hr=64, spo2=99)
    c.obs(LN("8636-3", "Q-T interval corrected"), "2026-06-21T18:40:00-05:00", 492, "ms", "ms", None, 450, "H", cat="procedure", enc=e1, note="Machine read: prolonged QT")
    for n, v in [("k", 3.9), ("mg", 2.0), ("glu", 92), ("hgb_m", 15.1)]:
        c.lab(n, "2026-06-21T18:50:00-05:00", v, e1)
    vv = c.cond(cc(C("sct", "398665005", "Vasovagal syncope"), C("icd", "R55", "Syncope and collapse")), "2026-06-21", enc=e1)
    c.note("2026-06-21T22:30:00-05:00", NOTE_ED, "ED provider note", """
19M collapsed mid-game at pickup basketball, witnessed, LOC ~20 s, no prodrome per friends, no seizure activity, back to baseline. Hot day.
ECG: sinus 62, QTc 492 by machine, otherwise normal. Lytes normal.
Impression: vasovagal / heat-related syncope. Hydration. Return precautions.""", enc=e1, author=ed)
    e2 = c.enc("2026-10-04T07:50:00-05:00", "EMER", "Emergency department visit", "Passed out running for the bus", end="2026-10-04T11:30:00-05:00", pract=ed2, disp="Home")
    c.vitals("2026-10-04T07:50:00-05:00", e2, bp=(122, 72), hr=70, spo2=99)
    c.obs(LN("8636-3", "Q-T interval corrected"), "2026-10-04T08:00:00-05:00", 501, "ms", "ms", None, 450, "H", cat="procedure", enc=e2)
    for n, v in [("k", 4.2), ("mg", 2.1), ("glu", 99)]:
        c.lab(n, "2026-10-04T08:10:00-05:00", v, e2)
    c.note("2026-10-04T11:20:00-05:00", NOTE_ED, "ED provider note", """
19M known vasovagal syncope (June) - today sudden LOC while sprinting for bus, fell, abrasion to chin. No prodrome. Cousin drowned at 16.
ECG QTc ~500. Exam normal. Orthostatics neg.
A/P: recurrent syncope, likely vasovagal again. Wound care. Outpatient PCP follow-up.""", enc=e2, author=ed2)
    c.cond(cc(C("icd", "S01.81XA", "Laceration without foreign body of other part of head, initial encounter")), "2026-10-04", cat="encounter-diagnosis", enc=e2, status="resolved", abate="2026-10-18")
    c.cond(cc(C("icd", "R55", "Syncope and collapse"), text="Recurrent syncope"), "2026-10-04", cat="encounter-diagnosis", enc=e2)
    return c, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                   why="Two episodes of exertional syncope without prodrome labelled vasovagal, while ECGs show QTc 492-501 ms and there is a family history of unexplained young death; the label cannot account for these red flags.",
                   summary="19M exertional syncope x2 labelled vasovagal despite prolonged QTc")

# ---------------------------------------------------------------- DSM near miss: B34.9 viral syndrome, resolved
def dsm_viral(cid):
    c = Case(cid, "KCH")
    c.patient("Tamika R", "Sutherland", "female", "1995-07-21", "KCH-01144093", "622 Rogers Ave Apt 5F", marital=("S", "Never Married"))
    ed = c.pract("Tomasz", "Wrobel", "Emergency Medicine", "DO")
    np_ = c.pract("Grace", "Ekwueme", "Family Nurse Practitioner", "NP")
    std_cov(c, "nyc")
    asth = c.cond(cc(C("icd", "J45.20", "Mild intermittent asthma, uncomplicated"), C("sct", "195967001", "Asthma")), "2008-01-01")
    c.med(cc(C("rx", "435", "albuterol")), "2024-02-01", "albuterol HFA 90 mcg 2 puffs q4h prn", reason=asth)
    c.med(cc(C("rx", "748962", "norgestimate / ethinyl estradiol")), "2023-05-01", "1 tab daily", kind="MedicationStatement")
    e1 = c.enc("2026-10-18T10:00:00-04:00", "EMER", "Emergency department visit", "Fever, body aches, sore throat", end="2026-10-18T13:40:00-04:00", pract=ed, disp="Home")
    c.vitals("2026-10-18T10:00:00-04:00", e1, bp=(112, 70), hr=104, temp=38.6, spo2=98, rr=18)
    c.obs(LN("94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection"), "2026-10-18T10:20:00-04:00", vcc=cc(C("sct", "260385009", "Negative")), enc=e1, interp="N")
    c.obs(LN("92142-9", "Influenza virus A RNA [Presence] in Respiratory system specimen by NAA with probe detection"), "2026-10-18T10:20:00-04:00", vcc=cc(C("sct", "260385009", "Negative")), enc=e1, interp="N")
    c.obs(LN("78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay"), "2026-10-18T10:20:00-04:00", vcc=cc(C("sct", "260385009", "Negative")), enc=e1, interp="N")
    for n, v in [("wbc", 5.4), ("hgb_f", 13.1), ("plt", 210)]:
        c.lab(n, "2026-10-18T10:30:00-04:00", v, e1)
    vi = c.cond(cc(C("icd", "B34.9", "Viral infection, unspecified"), C("sct", "34014006", "Viral disease")), "2026-10-16", status="resolved", abate="2026-10-27", enc=e1, cat="encounter-diagnosis", recorded="2026-10-18")
    c.note("2026-10-18T13:30:00-04:00", NOTE_ED, "ED note", "31F 2 d fever, myalgia, sore throat, mild cough. No wheeze. COVID/flu/strep negative. Dx viral syndrome. Supportive care, acetaminophen, fluids. F/u clinic 1-2 wk.", enc=e1, author=ed)
    c.med(cc(C("rx", "161", "acetaminophen")), "2026-10-18", "acetaminophen 1000 mg q8h prn fever", reason=vi, status="completed", requester=ed)
    e2 = c.enc("2026-10-30", "AMB", "Primary care follow-up", "ED follow-up", pract=np_)
    c.vitals("2026-10-30", e2, bp=(110, 68), hr=72, temp=36.6)
    c.note("2026-10-30", NOTE_PROGRESS, "Clinic follow-up", "Feels back to normal since ~10/27. No fever, cough resolved, eating well. Exam normal. Viral illness resolved. Flu vaccine given today.", enc=e2, author=np_)
    c.add("Immunization", "imm-1", {"status": "completed", "vaccineCode": cc(C("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free")), "patient": {"reference": c.P}, "occurrenceDateTime": "2026-10-30", "encounter": {"reference": e2}})
    return c, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
                   why="Catch-all 'viral infection, unspecified' (B34.9) was used, but for 11 days only and the symptoms resolved; no label persisting >90 days and nothing unexplained.",
                   summary="31F ED 'viral syndrome' (B34.9), resolved at 2-week follow-up")
