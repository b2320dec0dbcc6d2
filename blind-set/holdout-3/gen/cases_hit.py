from common import *

T = "HIGH_IMPACT_TREATMENT"


def hit_pos_capox(cid):
    c = new_case(cid, "riverside")
    pcp = doc(c, "Lisa", "Montgomery", gender="female")
    gi = doc(c, "Faisal", "Rahman", gender="male")
    surg = doc(c, "Daniel", "Whitcomb", gender="male")
    onc = doc(c, "Farah", "Siddiqui", gender="female")
    c.patient("Curtis Allen", "Blackwell", "male", "1963-06-14", "RRMC00588120", "2240 Salem Ave", "Dayton", "OH", "45406", "937-555-0129", gp=pcp, marital="M")
    payer(c, "Anthem Blue Cross and Blue Shield", "Anthem Blue Access PPO", "YRB330188471", "2016-01-01", group="ANT-OH-5520")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2014-01-01", recorded="2014-07-09")
    gerd = c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), onset="2018-01-01", recorded="2018-03-12")
    ida = c.cond(cc((ICD, "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)"), (SCT, "234347009", "Anemia due to chronic blood loss")),
                 onset="2026-08-11", recorded="2026-08-12", clinical="resolved", abated="2026-11-17")
    e1 = c.enc("2026-08-11", etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Fatigue"), hm="10:00")
    c.lab("hb", "2026-08-11", 9.8, 13.5, 17.5, enc=e1)
    c.lab("mcv", "2026-08-11", 71, 80, 100, enc=e1)
    c.lab("ferritin", "2026-08-11", 6, 24, 336, enc=e1)
    c.obs(cc((LN, "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay")), "2026-08-11", value_cc=cc((SCT, "10828004", "Positive")), interp="POS", enc=e1)
    c.sr(cc((SCT, "3457005", "Patient referral"), text="Referral to gastroenterology - iron deficiency anemia, positive FIT"), "completed", "order", "2026-08-11", pcp,
         reason_ref=[ida], priority="urgent", performer=gi)
    c.proc(cc((CPT, "45380", "Colonoscopy, flexible; with biopsy, single or multiple"), (SCT, "73761001", "Colonoscopy")), "completed", date="2026-08-25T08:00:00-04:00",
           performer=gi, reason_ref=[ida], note="Fungating, partially obstructing ulcerated mass at 35 cm (sigmoid), biopsied and tattooed. Two 5 mm tubular adenomas removed.")
    crc = c.cond(cc((ICD, "C18.7", "Malignant neoplasm of sigmoid colon"), (SCT, "363351006", "Malignant tumor of colon")), onset="2026-08-25", recorded="2026-08-28",
                 asserter=onc, stage=cc(text="Stage IIIB (pT3 pN1b cM0), 3/18 nodes, MMR proficient"))
    c.lab("cea", "2026-09-01", 7.8, None, 3.0)
    c.dr(cc((CPT, "71260", "Computed tomography, thorax, diagnostic; with contrast material(s)"), text="CT chest/abdomen/pelvis with contrast"), "2026-09-01", gi,
         cat=("RAD", "Radiology"), conclusion="Sigmoid wall thickening consistent with known primary; few subcentimeter pericolic nodes. No liver or lung metastases.")
    c.proc(cc((CPT, "44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"), (SCT, "26390003", "Sigmoid colectomy")), "completed",
           date="2026-10-13T07:45:00-04:00", performer=surg, reason_ref=[crc], outcome=cc((SCT, "385669000", "Successful")),
           note="Laparoscopic sigmoid colectomy with primary anastomosis; no stoma. Discharged POD 3.")
    c.note("pathology", "2026-10-16", surg, """
SURGICAL PATHOLOGY - Riverside Regional Medical Center - 10/16/2026
Specimen: Sigmoid colon, laparoscopic resection.
Invasive adenocarcinoma, moderately differentiated, 4.2 cm, invading through muscularis propria into pericolorectal tissue (pT3). Lymphovascular invasion present. Margins negative. Lymph nodes: 3 of 18 positive (pN1b). MMR proteins intact (pMMR).
AJCC 8th: pT3 pN1b - stage IIIB.
""", title="Surgical pathology report")
    e2 = c.enc("2026-11-17", etype=E_ESTAB("99205"), pract=onc, reason=cc((ICD, "C18.7", "Malignant neoplasm of sigmoid colon")), hm="13:00", minutes=60, diagnoses=[crc],
               service_type=cc((SCT, "394593009", "Medical oncology")))
    c.vitals("2026-11-17", e2, 130, 80, hr=74, wt=86.0, bmi=27.2)
    c.obs(cc((LN, "8277-6", "Body surface area")), "2026-11-17", 2.05, "m2", cat="vital-signs", enc=e2)
    c.lab("hb", "2026-11-17", 12.6, 13.5, 17.5, enc=e2)
    c.lab("cea", "2026-11-17", 1.9, None, 3.0, enc=e2)
    c.lab("cr", "2026-11-17", 0.94, 0.70, 1.30, enc=e2)
    c.note("consult", "2026-11-17", onc, """
Riverside Cancer Institute - Medical Oncology - 11/17/2026 - Farah Siddiqui, MD
63M with stage IIIB (pT3N1b) pMMR sigmoid adenocarcinoma s/p lap sigmoid colectomy 10/13/2026, recovering well. ECOG 0. CEA normalized 1.9.
Recommendation: adjuvant CAPOX (oxaliplatin 130 mg/m2 IV day 1 + capecitabine 1000 mg/m2 PO BID days 1-14, every 21 days) x 4 cycles (3 months) per IDEA data for low-risk stage III. Discussed neuropathy (can be long-lasting), hand-foot syndrome, diarrhea, cytopenias. DPYD genotype: normal metabolizer. Peripheral IV access, patient declined port.
C1D1 scheduled 12/08/2026. Chemo teaching 12/01.
""", enc=e2, title="Oncology consultation")
    plan = c.careplan("active", "order", "Adjuvant CAPOX x4 cycles", "Oxaliplatin 130 mg/m2 IV D1 + capecitabine 1000 mg/m2 PO BID D1-14, q21 days x 4 cycles starting 12/08/2026.",
                      "2026-12-08", onc, [cc((SCT, "367336001", "Chemotherapy"), text="Chemotherapy")], addresses=[crc], created="2026-11-24",
                      activities=[{"detail": {"kind": "MedicationRequest", "code": cc((SCT, "367336001", "Chemotherapy")), "status": "scheduled",
                                              "scheduledPeriod": {"start": "2026-12-08", "end": "2027-03-01"}, "description": "CAPOX cycles 1-4"}}])
    c.medreq(cc((RX, "32592", "oxaliplatin"), (HCPCS, "J9263", "Injection, oxaliplatin, 0.5 mg"), text="oxaliplatin 265 mg in D5W 500 mL IV over 2 hours"),
             "2026-11-24", status="active", intent="order", dosage="130 mg/m2 (BSA 2.05) = 265 mg IV day 1 every 21 days x 4 cycles; first dose 12/08/2026",
             requester=onc, reason_ref=crc, start="2026-12-08", end="2027-03-01", category="outpatient")
    c.medreq(c.med("194000", "capecitabine", "capecitabine 500 mg tablet"), "2026-11-24", dosage="2000 mg (4 tablets) by mouth twice daily days 1-14 of each 21-day cycle, start 12/08/2026",
             requester=onc, reason_ref=crc, start="2026-12-08", end="2027-03-01")
    c.medreq(c.med("26225", "ondansetron", "ondansetron 8 mg tablet"), "2026-11-24", dosage="8 mg every 8 hours as needed for nausea", requester=onc, reason_ref=crc)
    c.medstmt(c.med("29046", "lisinopril", "lisinopril 20 mg tablet"), "active", "2014-07-09", dosage="20 mg daily", reason_ref=htn)
    c.medstmt(c.med("7646", "omeprazole", "omeprazole 20 mg capsule"), "active", "2018-03-12", dosage="20 mg daily", reason_ref=gerd)
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Adjuvant chemotherapy (CAPOX: oxaliplatin + capecitabine) is ordered and scheduled to start 2026-12-08 (MedicationRequests and CarePlan). Chemotherapy is in the high-impact treatment set.",
                   summary="63M, stage IIIB sigmoid cancer after colectomy; adjuvant CAPOX chemotherapy starting 12/08/2026 (oncology).")


def hit_pos_dialysis(cid):
    c = new_case(cid, "northgate")
    neph = doc(c, "Sunil", "Raghavan", gender="male")
    vs = doc(c, "Heather", "Collins", gender="female")
    c.patient("Marcus Anthony", "Holloway", "male", "1967-12-03", "NKC-0048127", "1442 Eastern Ave SE", "Grand Rapids", "MI", "49507", "616-555-0181", marital="S")
    payer(c, "Priority Health", "Priority Health PPO", "PH88012476", "2019-01-01", group="PRH-1120")
    eskd = c.cond(cc((ICD, "N18.6", "End stage renal disease"), (SCT, "46177005", "End-stage renal disease")), onset="2026-09-22", recorded="2026-09-29", asserter=neph)
    hck = c.cond(cc((ICD, "I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"),
                    (SCT, "38481006", "Hypertensive renal disease")), onset="2015-01-01", recorded="2019-04-08")
    anem = c.cond(cc((ICD, "D63.1", "Anemia in chronic kidney disease"), (SCT, "707323002", "Anemia in chronic kidney disease")), onset="2024-01-01", recorded="2024-02-20")
    shpt = c.cond(cc((ICD, "N25.81", "Secondary hyperparathyroidism of renal origin"), (SCT, "16718009", "Secondary renal hyperparathyroidism")), onset="2025-01-01", recorded="2025-03-04")
    c.lab("egfr", "2026-06-09", 11, 60, None)
    c.lab("egfr", "2026-09-22", 7, 60, None)
    c.lab("k", "2026-09-22", 6.0, 3.5, 5.1)
    c.lab("bun", "2026-09-22", 104, 7, 20)
    c.proc(cc((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)"), text="Left radiocephalic AV fistula creation"),
           "completed", date="2026-08-12T08:30:00-04:00", performer=vs, reason_ref=[hck], note="Maturing; expected usable 12/2026-01/2027.")
    e1 = c.enc("2026-09-29", etype=E_ESTAB("99215"), pract=neph, reason=cc(text="CKD stage 5, uremic symptoms"), hm="14:00", minutes=45, diagnoses=[eskd, hck])
    c.vitals("2026-09-29", e1, 162, 94, hr=82, wt=98.4)
    c.note("progress", "2026-09-29", neph, """
Northgate Kidney Care - 09/29/2026 - Sunil Raghavan, MD
58M, hypertensive nephrosclerosis, CKD 5, eGFR 7. Nausea, poor appetite, pruritus, 4 kg fluid gain, K 6.0, BUN 104. AVF created 8/12 not yet mature.
Options reviewed again (in-center HD, home HD, PD, conservative care). Patient chooses in-center hemodialysis.
Plan: Tunneled HD catheter placement 10/05, start in-center HD MWF 10/06 at Northgate Dialysis - Eastern Ave. Transplant referral submitted.
""", enc=e1, title="Nephrology clinic note")
    c.proc(cc((CPT, "36558", "Insertion of tunneled centrally inserted central venous catheter, without subcutaneous port or pump; age 5 years or older"),
              text="Right IJ tunneled hemodialysis catheter"), "completed", date="2026-10-05T09:00:00-04:00", performer=vs, reason_ref=[eskd])
    hd = c.proc(cc((SCT, "302497006", "Hemodialysis"), (CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
                   text="In-center maintenance hemodialysis, 3x/week"), "in-progress", period={"start": "2026-10-06T06:30:00-04:00"}, performer=neph, reason_ref=[eskd],
                note="MWF 4-hour sessions via right IJ tunneled catheter; Fresenius 2008T; EDW 94.5 kg.")
    c.careplan("active", "plan", "Maintenance hemodialysis plan of care",
               "In-center hemodialysis MWF, 4 h, blood flow 400 mL/min, dialysate 2K/2.5Ca; target spKt/V >= 1.2; transition to AVF when mature; transplant evaluation.",
               "2026-10-06", neph, [cc((SCT, "302497006", "Hemodialysis"), text="Dialysis plan of care")],
               addresses=[eskd], activities=[{"outcomeReference": [R(hd)], "detail": {"kind": "ServiceRequest", "code": cc((SCT, "302497006", "Hemodialysis")),
                                                                        "status": "in-progress", "description": "In-center hemodialysis MWF, 4 hours"}}])
    for d, ktv, hb, phos, pth in [("2026-10-26", 1.18, 9.4, 6.1, 446), ("2026-11-23", 1.34, 9.9, 5.4, 398)]:
        c.local_lab("SPKTV", "Single-pool Kt/V (hemodialysis)", d, ktv, "{ratio}", low=1.2)
        c.local_lab("URR", "Urea reduction ratio", d, 66 if ktv < 1.2 else 71, "%", low=65)
        c.lab("hb", d, hb, 13.5, 17.5)
        c.lab("phos", d, phos, 2.5, 4.5)
    c.lab("pth", "2026-11-23", 398, 15, 65)
    e2 = c.enc("2026-11-23", etype=enc_type("90960", "End-stage renal disease (ESRD) related services monthly, for patients 20 years of age and older; with 4 or more face-to-face visits"),
               pract=neph, reason=cc(text="Monthly dialysis rounding"), hm="07:00", diagnoses=[eskd])
    c.vitals("2026-11-23", e2, 144, 86, hr=78, wt=95.1)
    c.note("progress", "2026-11-23", neph, """
Northgate Dialysis - monthly progress note 11/23/2026 - S. Raghavan, MD
7 weeks on in-center HD. Nausea and itching resolved, appetite better. Tired after sessions, misses work Mondays/Wednesdays (forklift operator), finding schedule hard. spKt/V 1.34. Hgb 9.9 on epoetin. Phos 5.4, PTH 398.
Plan: continue HD MWF, sevelamer with meals, epoetin per protocol. AVF cannulation trial mid-December. Transplant center evaluation 01/2027.
""", enc=e2, title="Dialysis monthly note")
    c.medreq(cc((HCPCS, "Q4081", "Injection, epoetin alfa, 100 units (for ESRD on dialysis)"), text="epoetin alfa IV with dialysis"), "2026-10-06",
             dosage="4000 units IV three times weekly with HD, titrate per anemia protocol", requester=neph, reason_ref=anem)
    c.medreq(cc(text="sevelamer carbonate 800 mg tablet"), "2026-10-06", dosage="1600 mg with each meal", requester=neph, reason_ref=shpt)
    c.medreq(c.med("17767", "amlodipine", "amlodipine 10 mg tablet"), "2026-10-06", dosage="10 mg daily", requester=neph, reason_ref=hck)
    c.medreq(c.med("20352", "carvedilol", "carvedilol 25 mg tablet"), "2026-10-06", dosage="25 mg twice daily", requester=neph, reason_ref=hck)
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Maintenance in-center hemodialysis started 2026-10-06 and is ongoing (Procedure in-progress plus dialysis CarePlan). Dialysis is in the high-impact treatment set.",
                   summary="58M, ESKD from hypertensive nephrosclerosis; started thrice-weekly in-center hemodialysis 10/2026 (nephrology).")


def hit_pos_qol_drop(cid):
    c = new_case(cid, "stbrendan")
    surg = doc(c, "Eileen", "Gallagher", gender="female")
    ro = doc(c, "Prakash", "Iyer", gender="male")
    onc = doc(c, "Miriam", "Castellanos", gender="female")
    c.patient("Laura Beth", "Whitcomb", "female", "1974-03-21", "SBM-4471028", "77 June St", "Worcester", "MA", "01602", "508-555-0126", marital="M")
    payer(c, "Blue Cross Blue Shield of Massachusetts", "HMO Blue New England", "XXA770184423", "2017-01-01", group="BCBSMA-00712")
    bc = c.cond(cc((ICD, "C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"), (SCT, "254837009", "Malignant neoplasm of breast")),
                onset="2026-04-09", recorded="2026-04-14", asserter=surg, stage=cc(text="Stage IA (pT1c pN0(sn) M0), ER 95% / PR 60% / HER2 1+, Oncotype DX RS 14"))
    hyp = c.cond(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), onset="2012-01-01", recorded="2013-06-02")
    c.medstmt(c.med("10582", "levothyroxine", "levothyroxine 88 mcg tablet"), "active", "2013-06-02", dosage="88 mcg daily", reason_ref=hyp)
    prom_phys = {"coding": [{"system": c.site["local_codes"], "code": "PROMIS10-GPH", "display": "PROMIS Global Health v1.2 - Global Physical Health T-score"}],
                 "text": "PROMIS Global-10 Physical Health T-score"}
    prom_ment = {"coding": [{"system": c.site["local_codes"], "code": "PROMIS10-GMH", "display": "PROMIS Global Health v1.2 - Global Mental Health T-score"}],
                 "text": "PROMIS Global-10 Mental Health T-score"}
    e0 = c.enc("2026-04-28", etype=E_ESTAB("99204"), pract=surg, reason=cc(text="Breast cancer surgical consult"), hm="09:00", minutes=45, diagnoses=[bc],
               service_type=cc((SCT, "394609007", "General surgery")))
    c.obs(prom_phys, "2026-04-28", 52.4, "{T-score}", cat="survey", enc=e0)
    c.obs(prom_ment, "2026-04-28", 50.1, "{T-score}", cat="survey", enc=e0)
    c.proc(cc((CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), (SCT, "392021009", "Lumpectomy of breast"),
              text="Right lumpectomy with sentinel lymph node biopsy"), "completed", date="2026-05-12T08:00:00-04:00", performer=surg, reason_ref=[bc],
           body_site=cc((SCT, "76752008", "Breast structure"), text="Right breast"), note="Margins negative; SLN 0/2.")
    c.proc(cc((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"),
              (SCT, "33195004", "External beam radiation therapy procedure"), text="Whole-breast radiotherapy, 40.05 Gy in 15 fractions"), "completed",
           period={"start": "2026-06-15", "end": "2026-07-06"}, performer=ro, reason_ref=[bc])
    c.medreq(c.med("84857", "anastrozole", "anastrozole 1 mg tablet"), "2026-08-03", dosage="1 mg by mouth daily x 5 years", requester=onc, reason_ref=bc, refills=11)
    ai = c.cond(cc((SCT, "57676002", "Joint pain"), text="Aromatase inhibitor-associated arthralgia"), onset="2026-09-10", recorded="2026-10-06", asserter=onc)
    e1 = c.enc("2026-10-06", etype=E_ESTAB("99214"), pract=onc, reason=cc(text="Endocrine therapy follow-up"), hm="10:00", diagnoses=[bc, ai],
               service_type=cc((SCT, "394593009", "Medical oncology")))
    c.vitals("2026-10-06", e1, 124, 78, hr=70, wt=70.2)
    e2 = c.enc("2026-11-10", etype=E_ESTAB("99215"), pract=onc, reason=cc(text="Side effects of anastrozole"), hm="10:00", minutes=40, diagnoses=[bc, ai],
               service_type=cc((SCT, "394593009", "Medical oncology")))
    c.vitals("2026-11-10", e2, 126, 80, hr=72, wt=71.0)
    c.obs(prom_phys, "2026-11-10", 40.7, "{T-score}", cat="survey", enc=e2, note="Down 11.7 points from pre-treatment baseline (04/28/2026).")
    c.obs(prom_ment, "2026-11-10", 42.3, "{T-score}", cat="survey", enc=e2)
    c.lab("tsh", "2026-11-10", 2.1, 0.45, 4.5, enc=e2)
    c.note("progress", "2026-11-10", onc, """
St. Brendan's Cancer Center - Medical Oncology - 11/10/2026 - Miriam Castellanos, MD
52F, right breast IDC stage IA ER+/PR+/HER2-, RS 14, s/p lumpectomy/SLNB 05/12 and whole-breast RT (completed 07/06). Anastrozole since 08/03.
Since September: severe hand/knee stiffness and pain, trouble gripping, stopped running and gardening, hot flashes 8-10/day, poor sleep, low mood. Has missed work.
PROMIS Global-10: physical health T 40.7 (pre-treatment 52.4), mental health T 42.3 (50.1).
A/P: Substantial quality-of-life decline on adjuvant AI. Options: 2-4 week drug holiday then switch to exemestane or letrozole, or tamoxifen; exercise program/acupuncture for arthralgia; venlafaxine for vasomotor symptoms. She is considering whether to continue endocrine therapy at all.
""", enc=e2, title="Oncology follow-up")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Breast-cancer treatment (radiotherapy completed, anastrozole ongoing) is followed by a PROMIS Global-10 physical health T-score fall from 52.4 to 40.7 (and mental 50.1 to 42.3), well beyond the usual 3-5 point MCID: a quality-of-life decline after treatment began.",
                   summary="52F, early breast cancer after lumpectomy, radiotherapy and anastrozole; PROMIS physical T-score fell ~12 points (oncology).")


def hit_nm_rt_declined(cid):
    c = new_case(cid, "magnolia")
    uro = doc(c, "Terrence", "Mabry", gender="male")
    ro = doc(c, "Julie", "Ferrante", gender="female")
    c.patient("Darnell", "Brooks", "male", "1959-02-17", "M6630481", "318 Manship St", "Jackson", "MS", "39202", "601-555-0131", marital="M")
    payer(c, "Blue Cross & Blue Shield of Mississippi", "State and School Employees Health Plan", "XJS220047812", "2010-01-01", group="SSEHIP")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2009-01-01", recorded="2010-03-03")
    c.medstmt(c.med("17767", "amlodipine", "amlodipine 10 mg tablet"), "active", "2010-03-03", dosage="10 mg daily", reason_ref=htn)
    c.medstmt(c.med("5487", "hydrochlorothiazide", "hydrochlorothiazide 12.5 mg capsule"), "active", "2018-05-01", dosage="12.5 mg daily", reason_ref=htn)
    c.lab("psa", "2026-05-04", 5.6, None, 4.0)
    c.dr(cc((CPT, "72197", "Magnetic resonance (eg, proton) imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences"),
            text="MRI prostate multiparametric"), "2026-06-02", uro, cat=("RAD", "Radiology"),
         conclusion="9 mm PI-RADS 4 lesion left peripheral zone mid gland. No extraprostatic extension. Prostate volume 38 mL.")
    c.proc(cc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach"), text="MRI-fusion transperineal prostate biopsy (12 systematic + 2 targeted)"),
           "completed", date="2026-07-08T08:30:00-05:00", performer=uro)
    pca = c.cond(cc((ICD, "C61", "Malignant neoplasm of prostate"), (SCT, "399068003", "Malignant tumor of prostate")), onset="2026-07-08", recorded="2026-07-13",
                 asserter=uro, stage=cc(text="Low risk: cT1c, Grade Group 1 (Gleason 3+3) in 2/14 cores (max 10%), PSA 5.6, PSA density 0.15"))
    e1 = c.enc("2026-08-05", etype=E_ESTAB("99215"), pract=uro, reason=cc(text="Prostate cancer treatment options"), hm="10:00", minutes=40, diagnoses=[pca],
               service_type=cc((SCT, "394612005", "Urology")))
    e2 = c.enc("2026-08-19", etype=E_ESTAB("99205"), pract=ro, reason=cc(text="Radiation oncology consultation"), hm="13:30", minutes=60, diagnoses=[pca],
               service_type=cc((SCT, "419815003", "Radiation oncology")))
    c.sr(cc((CPT, "77301", "Intensity modulated radiotherapy plan, including dose-volume histograms for target and critical structure partial tolerances"),
            (SCT, "33195004", "External beam radiation therapy procedure"), text="IMRT planning and delivery, prostate, 60 Gy/20 fractions"),
         "revoked", "plan", "2026-08-19", ro, reason_ref=[pca], note="Cancelled 09/02/2026 - patient elected active surveillance.")
    c.note("consult", "2026-08-19", ro, """
Magnolia Radiation Oncology - consultation 08/19/2026 - Julie Ferrante, MD
67M with low-risk prostate cancer (GG1, 2/14 cores, PSA 5.6). Discussed active surveillance (preferred by NCCN for low risk), radical prostatectomy, and EBRT 60 Gy/20 fx. Provisional IMRT plan request placed pending his decision.
""", enc=e2, title="Radiation oncology consult")
    e3 = c.enc("2026-09-02", etype=E_ESTAB("99214"), pract=uro, reason=cc(text="Treatment decision"), hm="09:00", diagnoses=[pca], service_type=cc((SCT, "394612005", "Urology")))
    c.careplan("active", "plan", "Active surveillance - low-risk prostate cancer",
               "PSA every 6 months, DRE yearly, repeat mpMRI at 12 months (07/2027), confirmatory biopsy at 12-18 months. Definitive treatment only if grade or volume progression.",
               "2026-09-02", uro, [cc(text="Cancer surveillance")], addresses=[pca])
    c.note("progress", "2026-09-02", uro, """
Magnolia Urology - 09/02/2026 - Terrence Mabry, MD
After meeting with radiation oncology, Mr. Brooks chooses active surveillance; wife agrees. Radiation plan request cancelled.
Plan: PSA q6 months (next 11/2026), MRI 07/2027, confirmatory biopsy 2027.
""", enc=e3, title="Urology note")
    e4 = c.enc("2026-11-10", etype=E_ESTAB("99213"), pract=uro, reason=cc(text="Active surveillance PSA"), hm="09:00", diagnoses=[pca], service_type=cc((SCT, "394612005", "Urology")))
    c.lab("psa", "2026-11-10", 5.2, None, 4.0, enc=e4)
    c.vitals("2026-11-10", e4, 132, 80, hr=70, wt=88.6)
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Radiotherapy was discussed and a provisional IMRT plan request was made, but the request was revoked and the patient chose active surveillance; no high-impact treatment is planned or running.",
                   summary="67M, low-risk prostate cancer; radiotherapy considered but cancelled in favour of active surveillance (urology/radiation oncology).")


def hit_nm_qol_small(cid):
    c = new_case(cid, "stbrendan")
    surg = doc(c, "Thomas", "Reardon", gender="male")
    onc = doc(c, "Alisha", "Greene", gender="female")
    c.patient("Patricia Ann", "Flanagan", "female", "1957-09-26", "SBM-2280371", "14 Institute Rd", "Worcester", "MA", "01609", "508-555-0188", marital="W")
    payer(c, "Tufts Health Plan", "Tufts Medicare Preferred HMO", "TMP0041872", "2022-10-01", kind=MEDICARE)
    dcis = c.cond(cc((ICD, "D05.12", "Intraductal carcinoma in situ of left breast"), text="Ductal carcinoma in situ, left breast, low grade, ER+"),
                  onset="2026-04-20", recorded="2026-04-22", asserter=surg)
    ost = c.cond(cc((SCT, "64859006", "Osteoporosis"), (ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), onset="2021-01-01", recorded="2021-05-11")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2015-01-01", recorded="2015-08-20")
    c.medstmt(c.med("29046", "lisinopril", "lisinopril 10 mg tablet"), "active", "2015-08-20", dosage="10 mg daily", reason_ref=htn)
    c.medstmt(c.med("46041", "alendronate", "alendronate 70 mg tablet"), "active", "2021-05-11", dosage="70 mg weekly", reason_ref=ost)
    prom_phys = {"coding": [{"system": c.site["local_codes"], "code": "PROMIS10-GPH", "display": "PROMIS Global Health v1.2 - Global Physical Health T-score"}],
                 "text": "PROMIS Global-10 Physical Health T-score"}
    prom_ment = {"coding": [{"system": c.site["local_codes"], "code": "PROMIS10-GMH", "display": "PROMIS Global Health v1.2 - Global Mental Health T-score"}],
                 "text": "PROMIS Global-10 Mental Health T-score"}
    e0 = c.enc("2026-05-05", etype=E_ESTAB("99204"), pract=surg, reason=cc(text="DCIS surgical consult"), hm="10:00", minutes=45, diagnoses=[dcis],
               service_type=cc((SCT, "394609007", "General surgery")))
    c.obs(prom_phys, "2026-05-05", 48.8, "{T-score}", cat="survey", enc=e0)
    c.obs(prom_ment, "2026-05-05", 51.2, "{T-score}", cat="survey", enc=e0)
    c.proc(cc((CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), (SCT, "392021009", "Lumpectomy of breast"),
              text="Left wire-localized lumpectomy"), "completed", date="2026-06-09T08:00:00-04:00", performer=surg, reason_ref=[dcis],
           body_site=cc((SCT, "76752008", "Breast structure"), text="Left breast"),
           note="1.1 cm low-grade DCIS, margins >=3 mm.")
    e1 = c.enc("2026-07-07", etype=E_ESTAB("99205"), pract=onc, reason=cc(text="Adjuvant therapy discussion"), hm="14:00", minutes=60, diagnoses=[dcis],
               service_type=cc((SCT, "394593009", "Medical oncology")))
    c.note("consult", "2026-07-07", onc, """
St. Brendan's Cancer Center - 07/07/2026 - Alisha Greene, MD
69F with 1.1 cm low-grade ER+ DCIS, lumpectomy margins >=3 mm. Discussed radiation vs omission: with low-grade small DCIS and wide margins, omitting radiotherapy is a reasonable option; she prefers to omit RT. Discussed endocrine therapy for risk reduction; she elects tamoxifen 5 mg daily (low dose).
""", enc=e1, title="Oncology consultation")
    c.medreq(c.med("10324", "tamoxifen", "tamoxifen 10 mg tablet (half tablet)"), "2026-07-07", dosage="5 mg by mouth daily", requester=onc, reason_ref=dcis, refills=11)
    e2 = c.enc("2026-11-03", etype=E_ESTAB("99214"), pract=onc, reason=cc(text="Tamoxifen follow-up"), hm="14:00", diagnoses=[dcis],
               service_type=cc((SCT, "394593009", "Medical oncology")))
    c.vitals("2026-11-03", e2, 128, 76, hr=68, wt=64.4)
    c.obs(prom_phys, "2026-11-03", 47.3, "{T-score}", cat="survey", enc=e2)
    c.obs(prom_ment, "2026-11-03", 50.1, "{T-score}", cat="survey", enc=e2)
    c.note("progress", "2026-11-03", onc, """
11/03/2026 - A. Greene, MD
Tolerating low-dose tamoxifen; mild hot flashes 1-2/day, no leg swelling. Walking daily. PROMIS physical 47.3 (48.8 at baseline), mental 50.1 (51.2): essentially unchanged.
Annual diagnostic mammogram 06/2027. Continue tamoxifen.
""", enc=e2, title="Oncology follow-up")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Treatment is lumpectomy plus low-dose tamoxifen, with radiotherapy deliberately omitted, so nothing from the high-impact set. PROMIS scores changed by only 1-1.5 points, below the minimal clinically important difference.",
                   summary="69F, low-grade DCIS after lumpectomy on low-dose tamoxifen, RT omitted; PROMIS scores essentially unchanged (oncology).")


CASES = [hit_pos_capox, hit_pos_dialysis, hit_pos_qol_drop, hit_nm_rt_declined, hit_nm_qol_small]
