from common import *

T = "UNTREATABLE_PROGNOSIS"
SO_REASON = cc((V20336, "S", "Second Opinion"))


def up_pos_pancreas_hospice(cid):
    c = new_case(cid, "desertsun")
    pcp = doc(c, "Graham", "Whitlock", gender="male")
    gi = doc(c, "Anjali", "Desai", gender="female")
    onc = doc(c, "Samuel", "Oduya", gender="male")
    c.patient("Harold Lee", "Jennings", "male", "1947-09-12", "DSH-10377421", "6120 N Oracle Rd", "Tucson", "AZ", "85704", "520-555-0119", gp=pcp, marital="W")
    payer(c, "Centers for Medicare & Medicaid Services", "Medicare Part A and B", "3TW7GH2KP41", "2012-09-01", kind=MEDICARE)
    daughter = c.related("Carol", "Jennings-Reyes", "DAU", "daughter", phone="520-555-0146", gender="female")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2005-01-01", recorded="2012-10-01")
    bph = c.cond(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), onset="2014-01-01", recorded="2014-03-03")
    e1 = c.enc("2026-09-21", etype=E_ESTAB("99215"), pract=pcp, reason=cc((SCT, "18165001", "Jaundice")), hm="09:00", minutes=40)
    c.vitals("2026-09-21", e1, 118, 70, hr=88, wt=64.1, bmi=20.9)
    l1 = [c.lab("tbili", "2026-09-21", 9.8, 0.2, 1.2, enc=e1), c.lab("alp", "2026-09-21", 612, 44, 121, enc=e1), c.lab("alt", "2026-09-21", 210, 7, 52, enc=e1),
          c.lab("ca199", "2026-09-21", 2840, None, 37, enc=e1), c.lab("alb", "2026-09-21", 3.0, 3.5, 5.0, enc=e1)]
    ct = c.dr(cc((CPT, "74170", "Computed tomography, abdomen; without contrast material, followed by contrast material(s) and further sections"),
                 text="CT abdomen pancreas protocol"), "2026-09-24", pcp, cat=("RAD", "Radiology"),
              conclusion="4.1 cm hypoenhancing mass pancreatic head with >180 degree SMA encasement and SMV occlusion. Dilated CBD and pancreatic duct. At least 6 hepatic lesions up to 2.8 cm consistent with metastases. Small volume ascites.")
    pc = c.cond(cc((ICD, "C25.0", "Malignant neoplasm of head of pancreas"), (SCT, "363418001", "Malignant tumor of pancreas")), onset="2026-10-01",
                recorded="2026-10-03", asserter=onc, stage=cc(text="Stage IV (cT4 N1 M1) - liver metastases"))
    mets = c.cond(cc((ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), (SCT, "94381002", "Secondary malignant neoplasm of liver")),
                  onset="2026-10-01", recorded="2026-10-03", asserter=onc)
    c.proc(cc((CPT, "43274", "Endoscopic retrograde cholangiopancreatography (ERCP); with placement of endoscopic stent into biliary or pancreatic duct, including pre- and post-dilation and guide wire passage, when performed, including sphincterotomy, when performed, each stent"),
              text="ERCP with metal biliary stent"), "completed", date="2026-10-01T10:30:00-07:00", performer=gi, reason_ref=[pc])
    c.proc(cc((CPT, "43242", "Esophagogastroduodenoscopy, flexible, transoral; with transendoscopic ultrasound-guided intramural or transmural fine needle aspiration/biopsy(s)"),
              text="EUS-FNB pancreatic head mass"), "completed", date="2026-10-01T09:40:00-07:00", performer=gi, reason_ref=[pc],
           note="Pathology: adenocarcinoma, pancreatobiliary type.")
    e2 = c.enc("2026-10-15", etype=E_ESTAB("99205"), pract=onc, reason=cc((ICD, "C25.0", "Malignant neoplasm of head of pancreas")), hm="13:00", minutes=60,
               diagnoses=[pc, mets], service_type=cc((SCT, "394593009", "Medical oncology")))
    c.vitals("2026-10-15", e2, 108, 64, hr=92, wt=61.8)
    c.obs(cc((LN, "89247-1", "ECOG Performance Status score")), "2026-10-15", value_cc=cc(text="3 - Capable of only limited selfcare, confined to bed or chair more than 50% of waking hours"),
          cat="survey", enc=e2)
    c.lab("tbili", "2026-10-15", 3.1, 0.2, 1.2, enc=e2)
    c.lab("alb", "2026-10-15", 2.7, 3.5, 5.0, enc=e2)
    c.note("consult", "2026-10-15", onc, """
DESERT SUN HEALTH - MEDICAL ONCOLOGY CONSULTATION
10/15/2026   Samuel Oduya, MD
79M with metastatic pancreatic adenocarcinoma (head, SMA encasement, multiple liver metastases; CA 19-9 2840), s/p biliary stent 10/01. Lost 9 kg in 3 months. Spends most of the day in a recliner; needs help bathing. ECOG 3. Albumin 2.7. Daughter present.

Assessment: Stage IV pancreatic adenocarcinoma with poor performance status. He is not a candidate for systemic chemotherapy; with ECOG 3 and cachexia, gemcitabine-based or FOLFIRINOX regimens would be expected to cause harm without meaningful benefit. Not a surgical or radiation candidate. No clinical trial options for ECOG 3.
We discussed that there is no disease-directed treatment available to him, and prognosis is likely weeks to a few months. Harold and Carol expressed understanding and want to focus on comfort and staying at home.

Plan: Hospice referral placed. Oxycodone for pain, ondansetron, pancrelipase with meals. POLST completed: DNR, comfort-focused treatment.
""", enc=e2, title="Oncology consultation")
    for rx, ing, txt, dose in [("7804", "oxycodone", "oxycodone 5 mg tablet", "5-10 mg every 4 hours as needed for pain"),
                               ("26225", "ondansetron", "ondansetron 4 mg orally disintegrating tablet", "4 mg every 8 hours as needed for nausea")]:
        c.medreq(c.med(rx, ing, txt), "2026-10-15", dosage=dose, requester=onc, reason_ref=pc, enc=e2)
    c.medreq(cc(text="pancrelipase (lipase 24,000 units) delayed-release capsule"), "2026-10-15", dosage="1 capsule with meals, 1 with snacks", requester=onc, reason_ref=pc, enc=e2)
    c.medstmt(c.med("17767", "amlodipine", "amlodipine 5 mg tablet"), "stopped", "2012-10-01", end="2026-10-15", dosage="5 mg daily", reason_ref=htn,
              note="Stopped - low blood pressure with weight loss")
    c.medstmt(c.med("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "active", "2014-03-03", dosage="0.4 mg nightly", reason_ref=bph)
    c.sr(cc((SCT, "306205009", "Referral to hospice"), text="Referral to home hospice"), "active", "order", "2026-11-20", onc, reason_ref=[pc], note="Patient and daughter agreed after follow-up visit 11/20; hospice intake visit requested this week.")
    e3 = c.enc("2026-11-20", etype=E_ESTAB("99215"), pract=onc, reason=cc(text="Follow-up, goals of care"), hm="10:00", diagnoses=[pc],
               service_type=cc((SCT, "394593009", "Medical oncology")))
    c.vitals("2026-11-20", e3, 102, 62, hr=96, wt=59.5)
    c.note("progress", "2026-11-20", onc, """
Oncology follow-up 11/20/2026 - S. Oduya, MD
More fatigued, eating little, pain controlled on oxycodone 5 mg 3-4x/day. Jaundice improved after stent. ECOG 3-4.
Goals of care reconfirmed with patient and daughter: comfort focus, home. Hospice referral sent today.
""", enc=e3, title="Oncology follow-up")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Active metastatic pancreatic cancer with an oncology note that no disease-directed treatment is available, and an active hospice referral (SNOMED 306205009); no second opinion on record.",
                   summary="79M, stage IV pancreatic cancer, ECOG 3, told no treatment options, referred to hospice (oncology).")


def up_pos_hf_palliative(cid):
    c = new_case(cid, "harbor")
    hf = doc(c, "Marcus", "Odell", gender="male")
    pal = doc(c, "Rebecca", "Stanton", suffix="NP", gender="female")
    c.patient("Leonard Augustin", "Baptiste", "male", "1950-02-28", "HHV-0031184", "4402 Liberty Heights Ave", "Baltimore", "MD", "21207", "410-555-0182", marital="M",
              lang=("fr", "French"))
    payer(c, "Centers for Medicare & Medicaid Services", "Medicare Part A and B", "7QK2RD4WE19", "2015-02-01", kind=MEDICARE)
    hfr = c.cond(cc((ICD, "I50.22", "Chronic systolic (congestive) heart failure"), (SCT, "703272007", "Heart failure with reduced ejection fraction")),
                 onset="2018-05-01", recorded="2018-05-20", asserter=hf, severity=cc((SCT, "24484000", "Severe")), stage=cc(text="ACC/AHA stage D, NYHA class IV"))
    icm = c.cond(cc((ICD, "I25.5", "Ischemic cardiomyopathy"), (SCT, "426856002", "Ischemic congestive cardiomyopathy")), onset="2018-05-01", recorded="2018-05-20")
    af = c.cond(cc((ICD, "I48.19", "Other persistent atrial fibrillation"), (SCT, "49436004", "Atrial fibrillation")), onset="2021-08-01", recorded="2021-08-14")
    ckd = c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b"), (SCT, "700379002", "Chronic kidney disease stage 3B")), onset="2023-01-01", recorded="2023-02-07")
    c.proc(cc((CPT, "33249", "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s), single or dual chamber"),
              text="Dual-chamber ICD implantation"), "completed", date="2019-03-11", performer=hf)
    for rx, ing, txt, dose, st in [("20352", "carvedilol", "carvedilol 3.125 mg tablet", "3.125 mg twice daily", "active"),
                                   ("4603", "furosemide", "furosemide 80 mg tablet", "80 mg twice daily", "active"),
                                   ("9997", "spironolactone", "spironolactone 12.5 mg (half of 25 mg tablet)", "12.5 mg daily", "active"),
                                   ("1364430", "apixaban", "apixaban 2.5 mg tablet", "2.5 mg twice daily", "active"),
                                   ("1488564", "dapagliflozin", "dapagliflozin 10 mg tablet", "10 mg daily", "active")]:
        c.medstmt(c.med(rx, ing, txt), st, "2024-06-01", dosage=dose, reason_ref=hfr)
    c.medstmt(cc(text="sacubitril 24 mg / valsartan 26 mg tablet"), "stopped", "2020-01-10", end="2026-09-20", dosage="1 tablet twice daily",
              reason_ref=hfr, note="Stopped for symptomatic hypotension (SBP 80s) and creatinine rise during 09/2026 admission.")
    a1 = c.enc("2026-06-07", cls="IMP", etype=E_ESTAB("99223"), pract=hf, reason=cc(text="Acute on chronic systolic heart failure"), end="2026-06-12",
               hm="22:10", diagnoses=[hfr], admit_source=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    a2 = c.enc("2026-09-14", cls="IMP", etype=E_ESTAB("99223"), pract=hf, reason=cc(text="Acute on chronic systolic heart failure, cardiorenal"), end="2026-09-21",
               hm="03:40", diagnoses=[hfr, ckd], admit_source=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    c.lab("ntbnp", "2026-09-14", 11800, None, 450, enc=a2)
    c.lab("cr", "2026-09-20", 2.05, 0.70, 1.30, enc=a2)
    ef = c.lab("lvef", "2026-09-16", 15, 52, 72, enc=a2)
    c.dr(cc((CPT, "93306", "Echocardiography, transthoracic, complete, with spectral and color flow Doppler"), text="Transthoracic echocardiogram"), "2026-09-16", hf,
         results=[ef], cat=("CUS", "Cardiac Ultrasound"), enc=a2,
         conclusion="Severely dilated LV, LVEF 15%. Moderate-severe functional MR. RV moderately reduced (TAPSE 13 mm). RVSP 58 mmHg. Dilated IVC.")
    e3 = c.enc("2026-10-28", etype=E_ESTAB("99215"), pract=hf, reason=cc(text="Advanced heart failure clinic"), hm="10:30", minutes=60, diagnoses=[hfr],
               service_type=cc((SCT, "394579002", "Cardiology")))
    c.vitals("2026-10-28", e3, 88, 56, hr=84, wt=71.8)
    c.lab("ntbnp", "2026-10-28", 9400, None, 450, enc=e3)
    c.lab("na", "2026-10-28", 131, 135, 145, enc=e3)
    c.lab("k", "2026-10-28", 4.8, 3.5, 5.1, enc=e3)
    c.note("consult", "2026-10-28", hf, """
HARBOR HEART & VASCULAR - ADVANCED HEART FAILURE CLINIC
10/28/2026   Marcus Odell, MD
76M with ischemic cardiomyopathy, LVEF 15%, stage D HFrEF, NYHA IV, persistent AF, CKD 3b, ICD. Two HF admissions in 4 months. Dyspneic walking across a room, sleeps in recliner. SBP 80-90s; ARNI stopped for hypotension/renal function; unable to uptitrate beta-blocker. Cr 1.9-2.1.

Advanced therapies: evaluated by our LVAD/transplant team 10/2026. Not a candidate for heart transplant (age, CKD) nor LVAD (RV dysfunction, frailty - gait speed 0.4 m/s, albumin 3.0, lives alone with wife who has dementia). Not a candidate for transcatheter mitral repair given RV failure. Home inotropes discussed and declined by patient.

Assessment: End-stage heart failure. There are no remaining advanced or disease-modifying treatment options. Estimated 1-year survival <50%.
Plan: Referral to palliative care (placed today); goals-of-care conversation with patient and son; discuss ICD shock deactivation. Continue diuretics for comfort.
""", enc=e3, title="Advanced HF clinic note")
    ref = c.sr(cc((SCT, "306237005", "Referral to palliative care service")), "active", "order", "2026-10-28", hf, reason_ref=[hfr], performer=pal,
               note="Stage D HF, not a candidate for advanced therapies. Symptom management and goals of care.")
    e4 = c.enc("2026-11-12", etype=E_ESTAB("99205"), pract=pal, reason=cc(text="Palliative care consultation"), hm="14:00", minutes=75, diagnoses=[hfr],
               service_type=cc((SCT, "394806003", "Palliative medicine")))
    c.careplan("active", "plan", "Palliative care plan - end-stage heart failure",
               "Comfort-focused care at home. Symptom management of dyspnea and edema, ICD shocks deactivated per patient wish, DNR/DNI (MOLST completed 11/12/2026). Reassess hospice eligibility in 4 weeks.",
               "2026-11-12", pal, [cc((SCT, "103735009", "Palliative care"), text="Palliative care")], addresses=[hfr],
               activities=[{"detail": {"kind": "ServiceRequest", "code": cc((SCT, "103735009", "Palliative care")), "status": "in-progress",
                                       "description": "Home-based palliative care visits every 2 weeks"}},
                           {"detail": {"kind": "MedicationRequest", "status": "scheduled", "description": "Low-dose oral morphine for refractory dyspnea"}}])
    c.note("consult", "2026-11-12", pal, """
Palliative Care Consultation 11/12/2026 - Rebecca Stanton, CRNP
Mr. Baptiste understands his heart is failing and that the cardiology team has no further treatments to offer beyond medicines for comfort. His priority is to stay home with his wife. Completed MOLST: DNR/DNI, no ICU. Agrees to ICD shock therapy deactivation (arranged with device clinic 11/19). Dyspnea 7/10 at rest.
Plan: home palliative program, low-dose morphine for dyspnea, continue furosemide. Hospice discussion at next visit.
""", enc=e4, title="Palliative care consult")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Stage D HFrEF declared not a candidate for transplant, LVAD or other advanced therapies ('no remaining treatment options'), with an active palliative-care referral and an active palliative CarePlan; no second opinion on record.",
                   summary="76M, end-stage ischemic heart failure EF 15%, turned down for LVAD/transplant, palliative care plan (cardiology/palliative).")


def up_pos_cirrhosis_note(cid):
    c = new_case(cid, "lakeshore")
    hep = doc(c, "Miriam", "Feld", gender="female")
    ir = doc(c, "Owen", "Pruitt", gender="male")
    c.patient("Raymond", "Delgado", "male", "1965-04-03", "LUH-3389172", "3016 W 26th St", "Chicago", "IL", "60623", "773-555-0164", marital="D",
              lang=("es", "Spanish"))
    payer(c, "Meridian (Illinois Medicaid)", "HealthChoice Illinois MCO", "MER449018833", "2024-05-01", kind=("MCPOL", "managed care policy"))
    cir = c.cond(cc((ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites"), (SCT, "420054005", "Alcoholic cirrhosis")), onset="2024-09-01", recorded="2024-09-18",
                 asserter=hep, severity=cc((SCT, "24484000", "Severe")), stage=cc(text="Child-Pugh C (12), MELD-Na 31"))
    he = c.cond(cc((ICD, "K76.82", "Hepatic encephalopathy"), (SCT, "13920009", "Hepatic encephalopathy")), onset="2026-08-03", recorded="2026-08-03")
    aud = c.cond(cc((ICD, "F10.20", "Alcohol dependence, uncomplicated"), (SCT, "7200002", "Alcoholism")), onset="2000-01-01", recorded="2024-09-18")
    var = c.cond(cc((ICD, "I85.10", "Secondary esophageal varices without bleeding"), (SCT, "28670008", "Esophageal varices")), onset="2025-02-01", recorded="2025-02-11")
    a1 = c.enc("2026-08-03", cls="IMP", etype=E_ESTAB("99223"), pract=hep, reason=cc(text="Confusion"), end="2026-08-08", hm="19:20", diagnoses=[he, cir],
               admit_source=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    for d in ["2026-09-18", "2026-10-16", "2026-11-13"]:
        c.proc(cc((CPT, "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"), text="Large volume paracentesis"), "completed",
               date=f"{d}T10:00:00-05:00", performer=ir, reason_ref=[cir], note="Removed 6-8 L; albumin 25% given.")
    d = "2026-11-13"
    for k, v, lo, hi in [("tbili", 6.2, 0.2, 1.2), ("inr", 2.3, 0.9, 1.1), ("cr", 1.6, 0.7, 1.3), ("na", 128, 135, 145), ("alb", 2.4, 3.5, 5.0), ("plt", 61, 150, 400)]:
        c.lab(k, d, v, lo, hi)
    c.local_lab("MELDNA", "MELD-Na score (calculated)", d, 31, "{score}")
    c.local_lab("PETH", "Phosphatidylethanol (PEth) 16:0/18:1, blood", "2026-10-09", 212, "ng/mL", high=20, note="Consistent with significant ongoing alcohol use.")
    c.note("plan", "2026-10-22", hep, """
Lakeshore Transplant Center - Liver Selection Committee outcome 10/22/2026
Candidate: Raymond Delgado. Indication: decompensated alcohol-associated cirrhosis (MELD-Na 29-31).
Decision: Not approved for listing. Reasons: ongoing alcohol use (PEth 212 ng/mL 10/09/2026) despite counseling, declined addiction treatment, no identified caregiver. Not eligible for re-referral without documented engagement in treatment and sobriety.
""", title="Transplant selection committee decision")
    e2 = c.enc("2026-11-20", etype=E_ESTAB("99215"), pract=hep, reason=cc(text="Hepatology follow-up"), hm="11:00", minutes=40, diagnoses=[cir, he],
               service_type=cc((SCT, "408472002", "Hepatology")))
    c.vitals("2026-11-20", e2, 98, 60, hr=92, wt=70.4)
    for rx, ing, txt, dose, r in [("6218", "lactulose", "lactulose 10 g/15 mL oral solution", "30 mL three times daily, titrate to 2-3 soft BMs", he),
                                  ("35619", "rifaximin", "rifaximin 550 mg tablet", "550 mg twice daily", he),
                                  ("9997", "spironolactone", "spironolactone 100 mg tablet", "100 mg daily", cir),
                                  ("4603", "furosemide", "furosemide 40 mg tablet", "40 mg daily", cir)]:
        c.medreq(c.med(rx, ing, txt), "2026-08-08", dosage=dose, requester=hep, reason_ref=r)
    c.note("progress", "2026-11-20", hep, """
Lakeshore Hepatology - 11/20/2026 - Miriam Feld, MD (Spanish interpreter)
61M, decompensated alcohol-associated cirrhosis, Child-Pugh C, MELD-Na 31, refractory ascites needing paracentesis every 4 weeks, HE admission 08/2026. Still drinking 3-4 beers most days. Declined addiction referral again today.
Transplant committee (10/22) declined listing. TIPS not appropriate (MELD >18, prior HE).
Assessment: He is not a candidate for liver transplantation and there are no other treatment options that will change the course of his liver disease. Life expectancy is likely months. Treatment from here is supportive only: paracentesis for comfort, lactulose/rifaximin.
Discussed with patient and his sister; he is not ready to discuss code status today. Will revisit.
""", enc=e2, title="Hepatology clinic note")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Decompensated cirrhosis (Child-Pugh C, MELD-Na 31) turned down for transplant, and the hepatology note states there are no other treatment options ('supportive only'). The no-treatment signal is in a clinical note; no second opinion on record.",
                   summary="61M, decompensated alcohol-related cirrhosis, declined for transplant; note says no treatment options remain (hepatology).")


def up_nm_lung_second_opinion(cid):
    c = new_case(cid, "cascade")
    onc = doc(c, "Hye-jin", "Lim", gender="female")
    pul = doc(c, "Arthur", "Bergstrom", gender="male")
    ext = doc(c, "Rachel", "Goodwin", gender="female")
    uni = c.org("Puget Sound University Cancer Center", npi=npi("PSUCC"), city="Seattle", state="WA")
    c.patient("Evelyn", "Park", "female", "1954-11-19", "CVH-1177320", "1906 Grand Ave", "Everett", "WA", "98201", "425-555-0195", marital="W",
              lang=("ko", "Korean"))
    payer(c, "Centers for Medicare & Medicaid Services", "Medicare Part A and B", "5HN4JX8RT22", "2019-11-01", kind=MEDICARE)
    copd = c.cond(cc((SCT, "13645005", "Chronic obstructive lung disease"), text="COPD, severe (GOLD 3), on home oxygen 2 L"), onset="2015-01-01", recorded="2016-02-10")
    c.cond(cc((ICD, "F17.211", "Nicotine dependence, cigarettes, in remission"), (SCT, "8517006", "Ex-smoker")), onset="1975-01-01", recorded="2016-02-10",
           clinical="resolved", abated="2016-01-01")
    lc = c.cond(cc((ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), (SCT, "254637007", "Non-small cell lung cancer")),
                onset="2026-07-10", recorded="2026-07-15", asserter=onc, stage=cc(text="Stage IVB adenocarcinoma (cT2b N2 M1c) - bone and adrenal metastases; EGFR/ALK/ROS1/BRAF/KRAS G12C/RET/MET/NTRK negative, PD-L1 TPS <1%"))
    bone = c.cond(cc((ICD, "C79.51", "Secondary malignant neoplasm of bone"), (SCT, "94222008", "Secondary malignant neoplasm of bone")), onset="2026-07-10", recorded="2026-07-15")
    for rx, ing, txt, dose, r in [("69120", "tiotropium", "tiotropium 2.5 mcg/actuation inhalation spray", "2 inhalations daily", copd),
                                  ("435", "albuterol", "albuterol HFA 90 mcg inhaler", "2 puffs q4h prn", copd)]:
        c.medstmt(c.med(rx, ing, txt), "active", "2016-02-10", dosage=dose, reason_ref=r)
    e1 = c.enc("2026-07-29", etype=E_ESTAB("99205"), pract=onc, reason=cc(text="New diagnosis lung cancer"), hm="10:00", minutes=60, diagnoses=[lc],
               service_type=cc((SCT, "394593009", "Medical oncology")))
    c.vitals("2026-07-29", e1, 122, 70, hr=98, wt=45.2, spo2=91)
    c.obs(cc((LN, "89247-1", "ECOG Performance Status score")), "2026-07-29", value_cc=cc(text="3 - Capable of only limited selfcare, confined to bed or chair more than 50% of waking hours"),
          cat="survey", enc=e1)
    c.note("consult", "2026-07-29", onc, """
Cascade Valley Cancer Care - Medical Oncology - 07/29/2026 - Hye-jin Lim, MD (Korean interpreter)
71F, severe COPD on 2 L home O2, ECOG 3, newly diagnosed stage IVB lung adenocarcinoma (bone, adrenal mets), no actionable driver, PD-L1 <1%. Weight 45 kg, lost 6 kg.
Discussed chemo-immunotherapy vs best supportive care. Given ECOG 3, severe COPD and frailty, I do not recommend systemic therapy; expected harm outweighs benefit. Patient and son request a second opinion at the university center before deciding - referral placed.
""", enc=e1, title="Oncology consultation")
    ref = c.sr(cc((SCT, "3457005", "Patient referral"), text="Referral for second opinion - thoracic oncology"), "completed", "order", "2026-07-29", onc,
               reason=[SO_REASON], reason_ref=[lc], performer=ext, note="Patient/family request second opinion re: systemic therapy options.")
    e2 = c.enc("2026-08-27", etype=cc((SCT, "11429006", "Consultation"), text="Second opinion consultation - thoracic oncology"), pract=ext,
               reason=[SO_REASON], hm="13:30", minutes=60, diagnoses=[lc], org=uni, service_type=cc((SCT, "394593009", "Medical oncology")))
    c.note("consult", "2026-08-27", ext, """
PUGET SOUND UNIVERSITY CANCER CENTER - THORACIC ONCOLOGY
SECOND OPINION CONSULTATION  08/27/2026   Rachel Goodwin, MD
Referred by Dr. Lim for second opinion on management of stage IVB lung adenocarcinoma, driver-negative (NGS reviewed), PD-L1 <1%.
Reviewed pathology, PET-CT and NGS. ECOG 3, severe COPD on home oxygen, BMI 18.
Opinion: I agree with Dr. Lim. There is no targeted option; chemo-immunotherapy in a patient with ECOG 3 and this degree of lung disease carries a high risk of serious toxicity with little expected benefit. No clinical trials for which she is eligible. Recommend best supportive care and early hospice when she is ready.
""", enc=e2, title="Second opinion consultation", org=uni)
    e3 = c.enc("2026-11-18", etype=E_ESTAB("99215"), pract=onc, reason=cc(text="Follow-up, goals of care"), hm="11:00", diagnoses=[lc],
               service_type=cc((SCT, "394593009", "Medical oncology")))
    c.vitals("2026-11-18", e3, 110, 64, hr=104, wt=43.0, spo2=89)
    c.sr(cc((SCT, "306205009", "Referral to hospice")), "active", "order", "2026-11-18", onc, reason_ref=[lc])
    c.careplan("active", "plan", "Hospice plan of care", "Home hospice; comfort-focused care for metastatic lung cancer; DNR (POLST 11/18/2026).", "2026-11-18", onc,
               [cc((SCT, "385763009", "Hospice care"), text="Hospice")], addresses=[lc])
    c.note("progress", "2026-11-18", onc, """
Oncology follow-up 11/18/2026 - H. Lim, MD
Weaker, mostly bed-bound, dyspnea at rest on 3 L. University second opinion (08/27) concurred with best supportive care. Patient and son ready for hospice. Referral placed; POLST DNR.
""", enc=e3, title="Oncology follow-up")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Hospice referral and CarePlan for metastatic lung cancer, but a second opinion for the same problem is already on record (university thoracic oncology, 2026-08-27, within 12 months) and concurred, so the flag is suppressed.",
                   summary="72F, stage IVB lung adenocarcinoma, ECOG 3; university second opinion in 08/2026 agreed; now hospice (oncology).")


def up_nm_hemangioma(cid):
    c = new_case(cid, "prairie")
    pcp = doc(c, "Rachel", "Underwood", gender="female")
    gi = doc(c, "Nikhil", "Bhatt", gender="male")
    rad = doc(c, "Laura", "Kingsley", gender="female")
    c.patient("Angela Marie", "Russo", "female", "1979-08-08", "PFM-0041566", "8812 E Harry St", "Wichita", "KS", "67207", "316-555-0140", gp=pcp, marital="M")
    payer(c, "Aetna", "Aetna Open Access Managed Choice", "W447120398", "2021-01-01", group="AET-2240187")
    masld = c.cond(cc((ICD, "K76.0", "Fatty (change of) liver, not elsewhere classified"), (SCT, "197321007", "Steatosis of liver")), onset="2026-08-18", recorded="2026-08-20")
    ob = c.cond(cc((SCT, "414916001", "Obesity"), (ICD, "E66.812", "Obesity, class 2")), onset="2015-01-01", recorded="2018-03-01")
    pre = c.cond(cc((ICD, "R73.03", "Prediabetes"), (SCT, "714628002", "Prediabetes")), onset="2024-02-01", recorded="2024-02-14")
    c.lab("alt", "2026-08-04", 58, 7, 52)
    c.lab("ast", "2026-08-04", 41, 10, 40)
    c.lab("a1c", "2026-08-04", 6.0, None, 5.6)
    us = c.dr(cc((CPT, "76700", "Ultrasound, abdominal, real time with image documentation; complete"), text="US abdomen complete"), "2026-08-18", rad, cat=("RAD", "Radiology"),
              conclusion="Diffusely echogenic liver consistent with steatosis. 2.3 cm well-circumscribed homogeneous hyperechoic lesion right hepatic lobe segment 6, likely hemangioma; MRI recommended for confirmation. Gallbladder normal.")
    mri = c.dr(cc((CPT, "74183", "Magnetic resonance (eg, proton) imaging, abdomen; without contrast material(s), followed by with contrast material(s) and further sequences"),
                  text="MRI liver with and without contrast"), "2026-09-10", rad, cat=("RAD", "Radiology"),
               conclusion="2.4 cm segment 6 lesion, T2 hyperintense, with peripheral discontinuous nodular enhancement and progressive centripetal fill-in: typical hepatic hemangioma. Hepatic steatosis (PDFF 14%). No other lesions.")
    hem = c.cond(cc((ICD, "D18.03", "Hemangioma of intra-abdominal structures"), (SCT, "93469006", "Hemangioma of liver"), text="Hepatic hemangioma, 2.4 cm"),
                 onset="2026-09-10", recorded="2026-09-10", asserter=gi)
    e1 = c.enc("2026-10-06", etype=E_ESTAB("99204"), pract=gi, reason=cc(text="Liver lesion, fatty liver"), hm="09:40", minutes=40, diagnoses=[hem, masld],
               service_type=cc((SCT, "394584008", "Gastroenterology")))
    c.vitals("2026-10-06", e1, 126, 80, hr=72, wt=101.5, bmi=36.1)
    c.local_lab("FIB4", "FIB-4 index (calculated)", "2026-10-06", 0.92, "{index}", high=1.3)
    c.note("consult", "2026-10-06", gi, """
Wichita Gastroenterology - consult for Prairie Family Medicine - 10/06/2026 - Nikhil Bhatt, MD
47F referred for incidental liver lesion and mildly elevated ALT. Asymptomatic.
MRI: 2.4 cm typical hepatic hemangioma. Steatosis.
FIB-4 0.92 (low risk of advanced fibrosis).
Assessment:
1. Hepatic hemangioma - benign. No treatment is required and no further imaging surveillance is needed.
2. MASLD with mild ALT elevation, low fibrosis risk - lifestyle modification, target 7-10% weight loss; consider GLP-1 RA with PCP. Repeat LFTs/FIB-4 in 12 months.
Return to GI as needed.
""", enc=e1, title="GI consultation")
    e2 = c.enc("2026-10-27", etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Follow-up GI consult, weight management"), hm="16:00", diagnoses=[masld, ob, pre])
    c.vitals("2026-10-27", e2, 124, 78, hr=70, wt=100.8)
    c.medreq(cc((RX, "1991302", "semaglutide"), text="semaglutide 0.25 mg/0.5 mL subcutaneous pen injector"), "2026-10-27", dosage="0.25 mg weekly x4 weeks then 0.5 mg weekly",
             requester=pcp, reason_ref=ob, enc=e2)
    c.note("progress", "2026-10-27", pcp, """
Prairie Family Medicine - 10/27/2026 - Rachel Underwood, MD
Reviewed GI consult: hemangioma benign, nothing to do. Relieved. MASLD and class 2 obesity, prediabetes (A1c 6.0). Start semaglutide; nutrition referral. Recheck LFT/A1c in 3 months.
""", enc=e2, title="Office visit")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="'No treatment is required' refers to a benign hepatic hemangioma that needs none, not to a serious condition with no treatment options; no palliative or hospice signal.",
                   summary="47F, incidental 2.4 cm liver hemangioma told 'no treatment required' (benign), plus MASLD (gastroenterology/primary care).")


CASES = [up_pos_pancreas_hospice, up_pos_hf_palliative, up_pos_cirrhosis_note, up_nm_lung_second_opinion, up_nm_hemangioma]
