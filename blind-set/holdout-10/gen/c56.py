from common import *

# ---------------- C5 HIGH_IMPACT_TREATMENT
@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Definitive chemoradiation is ordered to start 2026-12-14: IMRT 70 Gy/35 fractions plus weekly cisplatin for HPV-positive oropharyngeal SCC.",
      "61M oropharyngeal cancer, concurrent chemoradiation planned", "bh")
def c5p1(c):
    c.patient("Calloway", "Douglas W", "male", "1965-09-07", "BH4471902", "San Leandro", "CA", "94577", "1580 Bancroft Ave", "510-555-0137", marital=("M", "Married"))
    o = c.org("Bay Harbor Cancer Center", "1750662110"); pay = c.org("Kaiser-affiliated Blue Shield of California", kind="ins")
    ent = c.prac("Halvorsen", "Ingrid", "1306581127"); ro = c.prac("Banerjee", "Arjun", "1184099031"); mo = c.prac("Okoye", "Nneka", "1669200515")
    c.coverage(pay, "commercial", "BSC55091734", "2016-01-01")
    ca = c.cond(cc(SC("363507003", "Malignant tumor of oropharynx"), IC("C10.9", "Malignant neoplasm of oropharynx, unspecified")), "2026-10-15", recorded="2026-10-22", stage="p16+, cT2 cN1 M0, AJCC 8th stage I", note="Right tonsil/base of tongue SCC, HPV-associated.")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2014-01-01")
    c.cond(cc(SC("235595009", "Gastroesophageal reflux disease"), IC("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2012-01-01")
    c.proc(cc(CP("42826", "Tonsillectomy, primary or secondary; age 12 or over"), text="Right tonsil biopsy/excisional tonsillectomy"), "completed", "2026-10-15T08:00:00-08:00", "2026-10-15T08:50:00-08:00", performer=ent, reasonRef=ca)
    path = c.obs(cc(LN("22637-3", "Pathology report final diagnosis Narrative")), "2026-10-20", vstr="Right tonsil: invasive squamous cell carcinoma, nonkeratinizing; p16 strongly positive; HPV16 RNA ISH positive.", interp=None)
    c.report(cc(LN("11526-1", "Pathology study")), "2026-10-20", [path], "HPV-associated SCC, right tonsil.", cat="SP", ccode=cc(SC("402815007", "Squamous cell carcinoma")))
    pet = c.obs(cc(LN("44139-4", "PET whole body"), text="PET/CT skull base to thigh"), "2026-10-28", vstr="FDG-avid right tonsil primary (SUV 14) and single right level IIA node 2.4 cm. No distant disease.", cat="imaging", interp="A")
    c.report(cc(CP("78815", "Positron emission tomography (PET) with concurrently acquired CT; skull base to mid-thigh")), "2026-10-28", [pet], "cT2N1M0.", cat="RAD")
    e1 = c.enc("2026-11-05", "Multidisciplinary head and neck tumor board", cpt="99215", prac=mo, org=o)
    c.note("11488-4", "Consult note", "2026-11-05", "Head & neck tumor board: 61M, never smoker, p16+ right tonsil SCC cT2N1M0. Consensus: definitive concurrent chemoradiation (IMRT 70 Gy in 35 fractions with weekly cisplatin 40 mg/m2) preferred over transoral surgery given base of tongue extension. Discussed long-term dysphagia, xerostomia, hearing loss, dental risk. Dental extractions completed 11/19. Sim 11/24; start 12/14/2026.", mo, e1)
    sim = c.proc(cc(CP("77301", "Intensity modulated radiotherapy plan, including dose-volume histograms for target and critical structure partial tolerances")), "completed", "2026-11-24T09:00:00-08:00", "2026-11-24T10:00:00-08:00", performer=ro, reasonRef=ca)
    c.sr(cc(CP("77386", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; complex"), SC("1287742003", "Radiotherapy"), text="IMRT oropharynx 70 Gy / 35 fx"), "2026-11-24", status="active", intent="order", occp=("2026-12-14", "2027-01-29"), reasonRef=ca, prac=ro, performer=o)
    c.medrq(cc(("rx", "2555", "cisplatin"), ("hcpcs", "J9060", "Injection, cisplatin, powder or solution, 10 mg"), text="cisplatin 40 mg/m2 IV weekly x 7"), "2026-11-25", "cisplatin 40 mg/m2 (80 mg) IV over 60 min weekly during radiotherapy, with hydration and antiemetics", intent="order", reasonRef=ca, prac=mo, route=("47625008", "Intravenous route"), start="2026-12-14", end="2027-01-29")
    c.careplan("Head and neck cancer treatment plan", "2026-11-25", cats=[cc(SC("395082007", "Cancer care plan"))], addresses=[ca], period=("2026-12-14", "2027-01-29"), author=mo,
               acts=[(cc(SC("1287742003", "Radiotherapy")), "scheduled"), (cc(SC("367336001", "Chemotherapy")), "scheduled"), (cc(SC("410155007", "Occupational therapy assessment"), text="Speech/swallow therapy prehabilitation"), "in-progress")])
    c.panel(*CBC_CODE, "2026-11-24", CBC(hgb=14.8, hlo=13.5, hhi=17.5))
    c.panel(*BMP_CODE, "2026-11-24", BMP(cr=0.9, crhi=1.3, egfr=95))
    c.obs({"text": "Audiogram summary"}, "2026-11-20", vstr="Mild high-frequency sensorineural hearing loss bilaterally (baseline before cisplatin).", cat="exam", interp=None)
    c.medst(rxm("979485", "losartan potassium 50 MG Oral Tablet"), "active", "2014-01-01", sig="50 mg daily")
    c.medst(rxm("198053", "omeprazole 20 MG Delayed Release Oral Capsule"), "active", "2012-01-01", sig="20 mg daily")

@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "PROMIS-10 global physical health T-score fell from 50.8 before androgen deprivation therapy to 42.3 after it began (drop 8.5, above the ~5-point MCID); ADT continues.",
      "70M recurrent prostate cancer, quality of life fell after starting ADT", "cw")
def c5p2(c):
    c.patient("Everhart", "Lyle B", "male", "1956-03-03", "CW50992217", "Johnson City", "TN", "37604", "1811 Knob Creek Rd", "423-555-0175", marital=("M", "Married"))
    o = c.org("Cumberland West Urology & Oncology", "1093811478"); pay = c.org("Medicare Part B", kind="ins")
    uro = c.prac("Pennington", "Clay", "1477650023"); pcp = c.prac("Abernathy", "Lucas", "1396710027")
    c.coverage(pay, "medicare", "4WQ9-HH2-ZP61", "2021-03-01")
    pca = c.cond(cc(SC("399068003", "Malignant tumor of prostate"), IC("C61", "Malignant neoplasm of prostate")), "2019-02-01", recorded="2019-02-12", status="relapse", stage="pT3a N0, GG3; biochemical recurrence 2026 (PSA 4.6, PSADT 5 months)")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2010-01-01")
    c.proc(cc(CP("55866", "Laparoscopy, surgical prostatectomy, retropubic radical, including nerve sparing, includes robotic assistance, when performed")), "completed", "2019-03-20T07:00:00-05:00", "2019-03-20T11:00:00-05:00", reasonRef=pca, performer=uro)
    for d, v in [("2025-10-14", 1.9), ("2026-03-10", 4.6), ("2026-08-18", 0.4), ("2026-11-10", 0.1)]:
        c.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), d, v, "ng/mL", None, 0.1)
    psma = c.obs(cc(LN("44139-4", "PET whole body"), text="PSMA PET/CT"), "2026-04-02", vstr="Two PSMA-avid left pelvic nodes and a single T9 vertebral lesion.", cat="imaging", interp="A")
    c.report(cc(("hcpcs", "A9595", "Piflufolastat F-18, diagnostic, 1 millicurie"), text="PSMA PET"), "2026-04-02", [psma], "Oligometastatic recurrence (nodal + bone).", cat="RAD")
    e0 = c.enc("2026-05-12", "Urology office visit", cpt="99215", prac=uro, org=o)
    c.obs(cc(LN("71969-6", "PROMIS-10 Global Physical Health (GPH) score T-score")), "2026-05-12", 50.8, "{score}", cat="survey", interp=None, enc=e0)
    c.obs(cc(LN("71971-2", "PROMIS-10 Global Mental Health (GMH) score T-score")), "2026-05-12", 53.3, "{score}", cat="survey", interp=None, enc=e0)
    c.medrq(cc(("rx", "42375", "leuprolide"), ("hcpcs", "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), text="leuprolide acetate depot 22.5 mg IM every 3 months"), "2026-05-20", "22.5 mg IM every 12 weeks", reasonRef=pca, prac=uro, route=("78421000", "Intramuscular route"), start="2026-05-20")
    c.medrq(rxm("1305268", "apalutamide 60 MG Oral Tablet"), "2026-05-20", "4 tablets (240 mg) by mouth daily", qty=120, reasonRef=pca, prac=uro)
    e1 = c.enc("2026-10-28", "Urology office visit", cpt="99215", prac=uro, org=o)
    c.obs(cc(LN("71969-6", "PROMIS-10 Global Physical Health (GPH) score T-score")), "2026-10-28", 42.3, "{score}", cat="survey", interp=None, enc=e1)
    c.obs(cc(LN("71971-2", "PROMIS-10 Global Mental Health (GMH) score T-score")), "2026-10-28", 45.8, "{score}", cat="survey", interp=None, enc=e1)
    c.vit("2026-10-28", 138, 80, 72, 94.6, e1)
    c.note("11506-3", "Progress note", "2026-10-28", "On ADT (leuprolide) + apalutamide since 5/20/2026. PSA 0.1. Daily hot flashes 8-10/day, profound fatigue, lost interest in golf and woodworking, gained 5 kg, low mood, no libido. PROMIS physical 50.8 -> 42.3, mental 53.3 -> 45.8. Patient asks whether he really needs to stay on it 'this way'. Plan: continue ADT for now, exercise referral, venlafaxine for hot flashes; discuss intermittent ADT options next visit.", uro, e1)
    c.medst(rxm("197361", "amlodipine 5 MG Oral Tablet"), "active", "2010-01-01", sig="5 mg daily")
    c.medst(rxm("617310", "atorvastatin 20 MG Oral Tablet"), "active", "2010-01-01", sig="20 mg daily")
    c.obs({"text": "DXA total hip T-score"}, "2026-06-02", -1.4, "{T-score}", cat="imaging", interp=None)

@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Maintenance hemodialysis is ordered to begin 2027-01-06 (CPT 90935, renal replacement care plan) for CKD stage 5; the fistula was created in September.",
      "74F CKD 5 from diabetic nephropathy, hemodialysis start planned", "ok")
def c5p3(c):
    c.patient("Boateng", "Abena O", "female", "1952-10-25", "Z7730214", "Pontiac", "MI", "48342", "215 Orchard Lake Rd", "248-555-0198", oid="1.2.840.114350.1.13.324.2.7.5.737384.14", race=("2054-5", "Black or African American"), marital=("W", "Widowed"))
    o = c.org("Oak County Health Nephrology", "1427063356"); pay = c.org("Medicare Part A and B", kind="ins")
    neph = c.prac("Gutierrez", "Sofia", "1740399152"); vs = c.prac("Okonkwo", "Chidi", "1285006634")
    c.coverage(pay, "medicare", "9AB1-CD2-EF34", "2017-10-01")
    ckd = c.cond(cc(SC("433146000", "Chronic kidney disease stage 5"), IC("N18.5", "Chronic kidney disease, stage 5")), "2025-09-01", recorded="2025-09-15")
    c.cond(cc(SC("127013003", "Disorder of kidney due to diabetes mellitus"), IC("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2012-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")), "2000-01-01")
    c.cond(cc(SC("431857002", "Chronic kidney disease stage 4"), IC("N18.4", "Chronic kidney disease, stage 4 (severe)")), "2022-01-01", status="inactive", recorded="2022-02-01", note="Progressed to stage 5 - see current problem.")
    c.proc(cc(CP("36821", "Arteriovenous anastomosis, open; direct, any site"), text="Left radiocephalic AV fistula creation"), "completed", "2026-09-15T08:00:00-04:00", "2026-09-15T09:30:00-04:00", reasonRef=ckd, performer=vs)
    for d, cr, eg, k in [("2026-08-04", 4.3, 10, 5.2), ("2026-11-10", 4.8, 9, 5.4)]:
        c.panel(*BMP_CODE, d, BMP(cr=cr, crhi=1.0, egfr=eg, k=k, bun=78, glu=142))
    c.panel(*CBC_CODE, "2026-11-10", CBC(hgb=9.4, hlo=12.0))
    c.obs(("2777-1", "Phosphate [Mass/volume] in Serum or Plasma"), "2026-11-10", 6.1, "mg/dL", 2.5, 4.5)
    c.obs(("1959-6", "Bicarbonate [Moles/volume] in Blood"), "2026-11-10", 17, "mmol/L", 22, 29)
    e1 = c.enc("2026-11-17", "Nephrology office visit", cpt="99215", prac=neph, org=o, reason="CKD 5, dialysis planning")
    c.vit("2026-11-17", 152, 84, 78, 70.2, e1)
    c.note("11506-3", "Progress note", "2026-11-17", "CKD 5 (diabetic nephropathy), eGFR 9, now nausea, dysgeusia, pruritus, weight loss 3 kg. Fistula matured well (flow 650 mL/min). Discussed conservative kidney management vs dialysis; patient chooses in-center hemodialysis 3x weekly. Chair assigned, start 1/6/2027. Transplant evaluation referral declined for now.", neph, e1)
    sr = c.sr(cc(CP("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), SC("302497006", "Hemodialysis"), text="Initiate maintenance in-center hemodialysis 3x/week"), "2026-11-17", status="active", intent="order", occ="2027-01-06T06:00:00-05:00", reasonRef=ckd, prac=neph, performer=o, enc=e1)
    c.careplan("Renal replacement therapy plan", "2026-11-17", addresses=[ckd], period=("2027-01-06", None), author=neph, acts=[sr, (cc(SC("108241001", "Dialysis procedure"), text="Dialysis education class"), "completed")])
    c.medrq(rxm("1545658", "empagliflozin 10 MG Oral Tablet"), "2025-01-10", "1 tablet daily", status="stopped", qty=30, prac=neph, note="Stopped at eGFR <20.")
    c.medrq(rxm("847230", "insulin glargine 100 UNT/ML Injectable Solution"), "2026-06-01", "10 units subcutaneously at bedtime", qty=10, unit="mL", prac=neph, route=("34206005", "Subcutaneous route"))
    c.medrq(rxm("308135", "amlodipine 10 MG Oral Tablet"), "2026-06-01", "1 tablet daily", qty=90, days=90, prac=neph)
    c.medrq(rxm("197319", "allopurinol 100 MG Oral Tablet"), "2026-06-01", "1 tablet daily", qty=90, days=90, prac=neph, status="stopped")
    c.medrq(rxm("1302826", "sevelamer carbonate 800 MG Oral Tablet"), "2026-11-17", "1 tablet three times daily with meals", qty=90, prac=neph)
    c.medrq(rxm("1000048", "sodium bicarbonate 650 MG Oral Tablet"), "2026-11-17", "2 tablets twice daily", qty=120, prac=neph)

@case("HIGH_IMPACT_TREATMENT", "near-miss", [],
      "Breast cancer treatment (lumpectomy, radiotherapy 2019, letrozole to 2024) is long completed; she is in survivorship surveillance with a benign mammogram and nothing high-impact planned or running.",
      "68F breast cancer survivor, treatment completed years ago", "lh")
def c5n1(c):
    c.patient("Pemberton", "Carol J", "female", "1958-02-17", "LH-118432", "Erie", "PA", "16509", "7 Millfair Rd", "814-555-0146", oid="2.16.840.1.113883.3.1234.9.2", marital=("M", "Married"))
    o = c.org("Lakehaven Breast Health", "1720591847"); pay = c.org("Highmark Blue Shield", kind="ins")
    onc = c.prac("Ferreira", "Luisa", "1588930264"); pcp = c.prac("Maroney", "Patrick", "1093770149", "DO")
    c.coverage(pay, "commercial", "HMK10937755", "2018-01-01")
    bc = c.cond(cc(SC("254837009", "Malignant neoplasm of breast"), IC("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")), "2019-01-10", status="remission", recorded="2019-01-22", stage="pT1c N0 M0, ER+/PR+/HER2-, stage IA")
    c.cond(cc(SC("429740004", "History of malignant neoplasm of breast"), IC("Z85.3", "Personal history of malignant neoplasm of breast")), "2024-02-01", recorded="2024-02-01")
    c.cond(cc(SC("312894000", "Osteopenia"), IC("M85.852", "Other specified disorders of bone density and structure, left thigh")), "2021-06-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2016-01-01")
    c.proc(cc(CP("19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), text="Left partial mastectomy with sentinel node biopsy"), "completed", "2019-02-05T08:00:00-05:00", "2019-02-05T10:00:00-05:00", reasonRef=bc, performer=onc)
    c.proc(cc(SC("1287742003", "Radiotherapy"), CP("77412", "Radiation treatment delivery, >=1 MeV; complex"), text="Whole breast radiotherapy 40.05 Gy / 15 fx"), "completed", "2019-03-18", "2019-04-05", reasonRef=bc)
    c.medst(rxm("200064", "letrozole 2.5 MG Oral Tablet"), "completed", "2019-05-01", "2024-05-01", sig="2.5 mg daily x 5 years", reason=cc(SC("254837009", "Malignant neoplasm of breast")))
    mg = c.obs(cc(LN("26175-0", "MG Breast - bilateral Screening"), text="Bilateral diagnostic mammogram"), "2026-10-08", vstr="Stable post-lumpectomy changes left breast. No suspicious mass or calcification. BI-RADS 2 benign.", cat="imaging", interp="N")
    c.report(cc(CP("77066", "Diagnostic mammography, including computer-aided detection (CAD) when performed; bilateral")), "2026-10-08", [mg], "BI-RADS 2: benign.", cat="RAD")
    e1 = c.enc("2026-10-20", "Survivorship clinic visit", cpt="99214", prac=onc, org=o)
    c.vit("2026-10-20", 126, 78, 70, 68.4, e1)
    c.panel(*CBC_CODE, "2026-10-20", CBC(hgb=13.4), e1)
    c.obs({"text": "DXA lumbar spine T-score"}, "2026-09-01", -1.8, "{T-score}", cat="imaging", interp=None)
    c.note("11506-3", "Progress note", "2026-10-20", "Survivorship: 7.5 years from stage IA ER+ left breast cancer, lumpectomy + RT 2019, letrozole completed 5/2024. No evidence of recurrence; mammogram BI-RADS 2. Mild arthralgias resolved. Continue annual mammography and PCP care; return in 1 year.", onc, e1)
    c.careplan("Cancer survivorship care plan", "2024-05-01", addresses=[bc], period=("2024-05-01", None), author=onc, acts=[(cc(CP("77067", "Screening mammography, bilateral"), text="Annual mammogram"), "scheduled")])
    c.medst(rxm("197361", "amlodipine 5 MG Oral Tablet"), "active", "2016-01-01", sig="5 mg daily")
    c.medst(rxm("1234587", "calcium carbonate 600 MG / cholecalciferol 400 UNT Oral Tablet"), "active", "2021-06-01", sig="1 tab twice daily")

@case("HIGH_IMPACT_TREATMENT", "near-miss", [],
      "Dupilumab (not a high-impact treatment) was started 2026-06-10; DLQI moved only from 11 to 13 (below the MCID of 4) while the eczema itself improved.",
      "46F atopic dermatitis on dupilumab, DLQI change below MCID", "nl")
def c5n2(c):
    c.patient("Sorensen", "Kari L", "female", "1980-08-08", "E6119043", "Wilmette", "IL", "60091", "918 Linden Ave", "847-555-0120", marital=("M", "Married"))
    o = c.org("Northlake Dermatology", "1487756032"); pay = c.org("Cigna", kind="ins")
    der = c.prac("Adeyemi", "Tolu", "1932004416"); oph = c.prac("Marsh", "Julian", "1750403318")
    c.coverage(pay, "commercial", "U77120953", "2022-01-01", ("OAP", "Cigna Open Access Plus"))
    ad = c.cond(cc(SC("24079001", "Atopic dermatitis"), IC("L20.89", "Other atopic dermatitis")), "1990-01-01", recorded="2021-03-02", severity="moderate")
    c.cond(cc(SC("195967001", "Asthma"), IC("J45.20", "Mild intermittent asthma, uncomplicated")), "1995-01-01")
    c.cond(cc(SC("61582004", "Allergic rhinitis"), IC("J30.2", "Other seasonal allergic rhinitis")), "1995-01-01")
    c.cond(cc(SC("231855006", "Conjunctivitis"), IC("H10.13", "Acute atopic conjunctivitis, bilateral")), "2026-08-20", status="resolved", abate="2026-10-01", cat="encounter-diagnosis", note="Dupilumab-associated; treated with lubricants and loteprednol.")
    for d, dl, easi in [("2026-06-01", 11, 24.5), ("2026-09-15", 12, 11.0), ("2026-11-20", 13, 8.6)]:
        e = c.enc(d, "Dermatology office visit", cpt="99214", prac=der, org=o)
        c.obs({"coding": [{"system": "http://fhir.northlakemed.org/codes/flowsheet", "code": "DERM-DLQI", "display": "Dermatology Life Quality Index total"}], "text": "DLQI total score (0-30)"}, d, dl, "{score}", cat="survey", interp=None, enc=e)
        c.obs({"coding": [{"system": "http://fhir.northlakemed.org/codes/flowsheet", "code": "DERM-EASI", "display": "Eczema Area and Severity Index"}], "text": "EASI score"}, d, easi, "{score}", cat="exam", interp=None, enc=e)
    c.medrq(cc(("rx", "1876376", "dupilumab"), text="dupilumab 300 mg/2 mL prefilled pen"), "2026-06-01", "600 mg SC loading dose, then 300 mg SC every 2 weeks", reasonRef=ad, prac=der, route=("34206005", "Subcutaneous route"), start="2026-06-10", qty=2, unit="pen", days=28, refills=11)
    c.medrq(rxm("106258", "triamcinolone acetonide 1 MG/ML Topical Cream"), "2026-06-01", "Apply to flares twice daily up to 2 weeks", qty=80, unit="g", prac=der, route=("6064005", "Topical route"))
    c.medst(rxm("745752", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"), "active", "2015-01-01", sig="2 puffs prn")
    c.note("11506-3", "Progress note", "2026-11-20", "AD on dupilumab since 6/10. Skin much better (EASI 24.5 -> 8.6). DLQI 13 (11 at baseline): bothered by eye irritation earlier in fall and by injection days; itch improved, sleep better. Conjunctivitis resolved with ophthalmology care. Continue dupilumab q2w.", der)
    c.note("11488-4", "Consult note", "2026-08-27", "Ophthalmology: bilateral follicular conjunctivitis consistent with dupilumab-associated conjunctivitis. Preservative-free tears, loteprednol 0.5% bid x 2 weeks. Okay to continue dupilumab.", oph)
    c.obs(("19113-0", "IgE [Units/volume] in Serum or Plasma"), "2026-06-01", 1450, "[IU]/mL", None, 100)

# ---------------- C6 PATIENT_REPORTED_CONCERN
@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Pre-visit portal questionnaire (patient-authored QuestionnaireResponse) answers 'Yes' to wanting a second opinion about her thyroid nodule plan.",
      "63F indeterminate thyroid nodule, questionnaire asks for second opinion", "gp")
def c6p1(c):
    c.patient("Lindstrom", "Janet E", "female", "1963-05-09", "GP-0110284", "Hastings", "NE", "68901", "820 N Denver Ave", "402-555-0111", oid="2.16.840.1.113883.19.5.99999.1", marital=("M", "Married"))
    o = c.org("Great Plains Endocrinology", "1679573309"); pay = c.org("Blue Cross and Blue Shield of Nebraska", kind="ins")
    endo = c.prac("Prakash", "Meera", "1457820364"); pcp = c.prac("Schutte", "Aaron", "1215936604", "DO")
    c.coverage(pay, "commercial", "BCN66102877", "2017-01-01")
    nod = c.cond(cc(SC("237495005", "Thyroid nodule"), IC("E04.1", "Nontoxic single thyroid nodule")), "2026-07-20", recorded="2026-07-28")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2014-01-01")
    c.cond(cc(SC("35489007", "Depressive disorder"), IC("F32.A", "Depression, unspecified")), "2019-01-01", status="remission")
    us = c.obs(cc(LN("24842-7", "US Thyroid"), text="Thyroid ultrasound"), "2026-07-20", vstr="Right lobe 1.9 cm solid isoechoic nodule, smooth margins, no calcifications. ACR TI-RADS 3.", cat="imaging", interp="A")
    c.report(cc(CP("76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation")), "2026-07-20", [us], "TR3 right thyroid nodule 1.9 cm; FNA recommended.", cat="RAD")
    c.proc(cc(CP("10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion")), "completed", "2026-08-18T10:00:00-05:00", "2026-08-18T10:20:00-05:00", reasonRef=nod, performer=endo)
    cyt = c.obs(cc(LN("22637-3", "Pathology report final diagnosis Narrative")), "2026-08-22", vstr="Atypia of undetermined significance (Bethesda III). Molecular classifier: benign (ThyroSeq negative).", interp=None)
    c.report(cc(LN("11526-1", "Pathology study")), "2026-08-22", [cyt], "Bethesda III, molecular benign.", cat="SP")
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-07-28", 1.4, "m[IU]/L", 0.4, 4.5)
    e1 = c.enc("2026-09-08", "Endocrinology office visit", cpt="99214", prac=endo, org=o)
    c.note("11506-3", "Progress note", "2026-09-08", "Bethesda III nodule with benign molecular result (~95% NPV). Recommend surveillance ultrasound in 12 months rather than surgery. Patient anxious given sister's papillary thyroid cancer; questions answered.", endo, e1)
    qr = c.qr("http://fhir.greatplainsclinic.org/Questionnaire/previsit-concerns|2", "2026-11-21T20:14:00-06:00", [
        {"linkId": "1", "text": "What is the main reason for your upcoming visit?", "answer": [{"valueString": "Thyroid nodule follow up"}]},
        {"linkId": "2", "text": "Do you feel your concerns have been addressed by your care team?", "answer": [NO]},
        {"linkId": "3", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [YES]},
        {"linkId": "3.1", "text": "Please tell us more", "answer": [{"valueString": "I was told it is probably nothing and to come back in a year. My sister had thyroid cancer that was missed. I would like another endocrinologist or a surgeon to look at my results."}]}])
    c.enc("2026-12-10", "Endocrinology office visit", status="planned", prac=endo, org=o)
    c.medst(rxm("617310", "atorvastatin 20 MG Oral Tablet"), "active", "2014-01-01", sig="20 mg daily")
    c.medst(rxm("312940", "sertraline 50 MG Oral Tablet"), "active", "2019-01-01", sig="50 mg daily")
    c.vit("2026-09-08", 124, 76, 70, 71.5, e1)

@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Patient-authored portal Communication explicitly asks for a second opinion from another cardiologist about lifelong anticoagulation.",
      "70M atrial fibrillation, portal message requesting second opinion", "sr")
def c6p2(c):
    c.patient("Draper", "Howard L", "male", "1956-12-01", "100588204", "Nampa", "ID", "83651", "117 Lake Lowell Ave", "208-555-0104", oid="2.16.840.1.113883.3.787.0.0", marital=("M", "Married"))
    o = c.org("Summit Ridge Heart Clinic", "1326044589"); pay = c.org("Medicare Part B", kind="ins")
    card = c.prac("Patel", "Nikhil", "1316092284"); pcp = c.prac("Haugen", "Marit", "1730284457"); rn = c.prac("Kim", "Soo-ah", "1093477620", "RN")
    c.coverage(pay, "medicare", "2KD4-MN6-PQ80", "2021-12-01")
    af = c.cond(cc(SC("49436004", "Atrial fibrillation"), IC("I48.11", "Longstanding persistent atrial fibrillation")), "2023-05-01", recorded="2023-05-09")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2012-01-01")
    c.cond(cc(SC("249366005", "Bleeding from nose"), IC("R04.0", "Epistaxis")), "2026-09-14", status="resolved", abate="2026-09-15", cat="encounter-diagnosis")
    c.cond(cc(SC("249366005", "Bleeding from nose"), IC("R04.0", "Epistaxis")), "2026-10-30", status="resolved", abate="2026-10-30", cat="encounter-diagnosis")
    e1 = c.enc("2026-09-14T18:00:00-06:00", "Urgent care visit", cpt="99214", prac=pcp, org=o, reason="Nosebleed")
    c.panel(*CBC_CODE, "2026-09-14", CBC(hgb=13.9, hlo=13.5, hhi=17.5), e1)
    e2 = c.enc("2026-11-09", "Cardiology office visit", cpt="99214", prac=card, org=o)
    c.vit("2026-11-09", 132, 78, 76, 89.0, e2)
    c.obs(cc(LN("8601-7", "EKG impression")), "2026-11-09", vstr="Atrial fibrillation, controlled ventricular rate 76.", cat="procedure", enc=e2, interp="A")
    c.note("11506-3", "Progress note", "2026-11-09", "AF, rate controlled. CHA2DS2-VASc 3 (age, HTN, vascular), HAS-BLED 1. Two anterior nosebleeds, cauterized by ENT. Recommend continuing apixaban indefinitely; bleeding risk modest. Patient hesitant; literature given.", card, e2)
    c.comm("2026-11-22T07:41:00-07:00", "Dr. Patel, I have been thinking about our visit. After two nosebleeds I am scared of being on a blood thinner for the rest of my life, and I did not feel like my worries were heard. I would like to get a second opinion from another cardiologist, maybe someone who does the Watchman. Can you send a referral or my records?", c.pat, card, topic="Request for second opinion")
    c.comm("2026-11-23T12:05:00-07:00", "Mr. Draper, Dr. Patel has received your message. We will discuss options and send your records where you would like. - Soo-ah, RN", rn, c.pat)
    c.medrq(rxm("1364445", "apixaban 5 MG Oral Tablet"), "2026-01-05", "1 tablet twice daily", qty=180, days=90, prac=card, reasonRef=af)
    c.medrq(rxm("866412", "metoprolol succinate 50 MG Extended Release Oral Tablet"), "2026-01-05", "1 tablet daily", qty=90, days=90, prac=card)
    c.medst(rxm("979485", "losartan potassium 50 MG Oral Tablet"), "active", "2012-01-01", sig="50 mg daily")
    c.medst(rxm("617310", "atorvastatin 20 MG Oral Tablet"), "active", "2012-01-01", sig="20 mg daily")
    c.proc(cc(CP("30901", "Control nasal hemorrhage, anterior, simple (limited cautery and/or packing) any method")), "completed", "2026-10-30T10:00:00-06:00", "2026-10-30T10:15:00-06:00")

@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Active Flag authored by the patient through the portal requests a second opinion before starting the proposed osteoporosis therapy.",
      "58F osteoporosis, patient-authored flag requesting second opinion", "cr")
def c6p3(c):
    c.patient("Albright", "Susan M", "female", "1968-01-21", "CR6640127", "Redmond", "OR", "97756", "2390 SW Obsidian Ave", "541-555-0106", marital=("D", "Divorced"))
    o = c.org("Cascade Regional Endocrinology", "1639204582"); pay = c.org("PacificSource Health Plans", kind="ins")
    endo = c.prac("Whitcomb", "Harold", "1255310027"); pcp = c.prac("Yoon", "Jae", "1245770964")
    c.coverage(pay, "commercial", "PS20018834", "2020-01-01")
    op = c.cond(cc(SC("64859006", "Osteoporosis"), IC("M81.0", "Age-related osteoporosis without current pathological fracture")), "2026-08-04", recorded="2026-08-04")
    c.cond(cc(SC("40930008", "Hypothyroidism"), IC("E03.9", "Hypothyroidism, unspecified")), "2011-01-01")
    c.cond(cc(IC("S52.531A", "Colles' fracture of right radius, initial encounter for closed fracture")), "2026-02-10", status="resolved", abate="2026-05-01", cat="encounter-diagnosis")
    for site, v in [("Lumbar spine", -3.1), ("Left femoral neck", -2.6)]:
        c.obs({"text": f"DXA {site} T-score"}, "2026-08-04", v, "{T-score}", cat="imaging", interp="L")
    c.obs(("1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma"), "2026-08-04", 34, "ng/mL", 30, 100)
    c.obs(("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-08-04", 9.4, "mg/dL", 8.6, 10.3)
    e1 = c.enc("2026-11-02", "Endocrinology office visit", cpt="99204", prac=endo, org=o)
    c.note("11488-4", "Consult note", "2026-11-02", "Postmenopausal osteoporosis with fragility wrist fracture, spine T -3.1. Very high fracture risk. Recommend romosozumab monthly x12 then alendronate. Discussed cardiovascular warning. Patient prefers to start with oral bisphosphonate and wants time to decide.", endo, e1)
    c.sr(cc(("hcpcs", "J3111", "Injection, romosozumab-aqqg, 1 mg"), text="Romosozumab 210 mg SC monthly - prior authorization"), "2026-11-02", status="on-hold", intent="proposal", occ="2026-12-15", reasonRef=op, prac=endo)
    c.flag({"text": "Patient requests second opinion before starting romosozumab - submitted via patient portal"}, "2026-11-19", author=c.pat, cat={"coding": [{"system": "http://terminology.hl7.org/CodeSystem/flag-category", "code": "admin", "display": "Administrative"}], "text": "Patient request"})
    c.comm("2026-11-19T21:30:00-08:00", "I've read about romosozumab and heart risks. My mother had a stroke. I would like a second opinion from a different bone specialist before I agree to start it. I submitted the request form too.", c.pat, endo, topic="Second opinion request")
    c.medst(rxm("966222", "levothyroxine sodium 75 MCG Oral Tablet"), "active", "2011-01-01", sig="75 mcg daily")
    c.medst(rxm("1234587", "calcium carbonate 600 MG / cholecalciferol 400 UNT Oral Tablet"), "active", "2026-08-04", sig="1 tab twice daily")
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-08-04", 1.8, "m[IU]/L", 0.4, 4.5)
    c.vit("2026-11-02", 118, 74, 68, 58.2, e1)
    c.panel(*BMP_CODE, "2026-08-04", BMP(cr=0.7, egfr=96))

@case("PATIENT_REPORTED_CONCERN", "near-miss", [],
      "Annual patient questionnaire answers 'No' to wanting a second opinion and 'Yes' to concerns addressed; no other patient signal.",
      "66M diabetes annual questionnaire: second opinion answer No", "ps")
def c6n1(c):
    c.patient("Odom", "Franklin T", "male", "1960-04-14", "PS30011985", "Lacey", "WA", "98503", "4410 Pacific Ave SE", "360-555-0150", race=("2054-5", "Black or African American"), marital=("M", "Married"))
    o = c.org("Pine Sound Medical Group", "1942302219"); pay = c.org("Medicare Part B", kind="ins")
    pcp = c.prac("Holloway", "Janine", "1306998412")
    c.coverage(pay, "medicare", "5UX2-WQ8-MM11", "2025-04-01")
    dm = c.cond(cc(SC("44054006", "Diabetes mellitus type 2"), IC("E11.9", "Type 2 diabetes mellitus without complications")), "2015-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(cc(SC("239873007", "Osteoarthritis of knee"), IC("M17.0", "Bilateral primary osteoarthritis of knee")), "2019-01-01")
    for d, a in [("2026-05-20", 7.1), ("2026-11-18", 6.9)]:
        c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a, "%", 4.0, 5.6)
    e1 = c.enc("2026-11-18", "Annual wellness visit", cpt="G0439" and "99397", prac=pcp, org=o)
    c.vit("2026-11-18", 128, 76, 70, 96.0, e1)
    c.panel(*BMP_CODE, "2026-11-18", BMP(cr=1.0, crhi=1.3, egfr=82, glu=128), e1)
    c.obs(("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"), "2026-11-18", 12, "mg/g", None, 30, ucum="mg/g{creat}", enc=e1)
    c.qr("http://fhir.pinesoundmedical.com/Questionnaire/annual-patient-experience|1", "2026-11-16T19:02:00-08:00", [
        {"linkId": "q1", "text": "Do you feel your concerns have been addressed by your care team?", "answer": [YES]},
        {"linkId": "q2", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [NO]},
        {"linkId": "q3", "text": "Anything else you want us to know?", "answer": [{"valueString": "Knees ache in the cold but I'm doing fine with my walking program."}]}])
    c.obs(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), "2026-11-18", 2, "{score}", cat="survey", interp=None, enc=e1)
    c.note("11506-3", "Progress note", "2026-11-18", "AWV. DM2 well controlled, A1c 6.9. BP at goal. Knee OA stable with walking and prn acetaminophen. Retinal exam done 9/2026 no retinopathy. Flu and COVID vaccines given. RTC 6 months.", pcp, e1)
    c.medrq(rxm("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2026-05-20", "2 tablets twice daily", qty=360, days=90, prac=pcp, reasonRef=dm)
    c.medrq(rxm("314077", "lisinopril 20 MG Oral Tablet"), "2026-05-20", "1 tablet daily", qty=90, days=90, prac=pcp)
    c.medst(rxm("313782", "acetaminophen 325 MG Oral Tablet"), "active", "2019-01-01", sig="650 mg as needed")
    c.medrq(rxm("617310", "atorvastatin 20 MG Oral Tablet"), "2026-05-20", "1 tablet nightly", qty=90, days=90, prac=pcp)

@case("PATIENT_REPORTED_CONCERN", "near-miss", [],
      "Patient-authored portal message mentions that her son suggested another opinion but explicitly says she does not want one and is comfortable continuing injections; no request.",
      "74F wet AMD on injections, portal message declines second opinion", "rv")
def c6n2(c):
    c.patient("Vandermeer", "Helen G", "female", "1952-09-03", "RV0884120", "Saline", "MI", "48176", "310 N Ann Arbor St", "734-555-0188", marital=("W", "Widowed"))
    o = c.org("Riverview University Eye Center", "1114920369"); pay = c.org("Medicare Part B", kind="ins")
    oph = c.prac("Nguyen", "Thanh", "1881640027"); rn = c.prac("Block", "Megan", "1164092218", "COA")
    c.coverage(pay, "medicare", "7PD3-RS5-KL29", "2017-09-01")
    amd = c.cond(cc(SC("414875008", "Neovascular age-related macular degeneration"), IC("H35.3211", "Exudative age-related macular degeneration, right eye, with active choroidal neovascularization")), "2026-07-08", recorded="2026-07-08")
    c.cond(cc(IC("H35.3122", "Nonexudative age-related macular degeneration, left eye, intermediate dry stage")), "2022-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2005-01-01")
    c.cond(cc(IC("Z96.1", "Presence of intraocular lens")), "2020-06-01", cat="problem-list-item", note="Bilateral cataract surgery 2020.")
    for d, va, cst in [("2026-07-08", "20/100", 412), ("2026-08-05", "20/60", 338), ("2026-09-02", "20/50", 296), ("2026-10-28", "20/40", 281)]:
        e = c.enc(d, "Ophthalmology office visit", cpt="92014", prac=oph, org=o)
        c.obs(cc(LN("79880-5", "Visual acuity uncorrected Right eye by Snellen eye chart"), text="Visual acuity right eye"), d, vstr=va, cat="exam", interp=None, enc=e)
        c.obs({"text": "OCT central subfield thickness right eye"}, d, cst, "um", cat="imaging", interp=None, enc=e)
        c.proc(cc(CP("67028", "Intravitreal injection of a pharmacologic agent (separate procedure)"), text="Intravitreal aflibercept OD"), "completed", d + "T10:00:00-04:00", d + "T10:10:00-04:00", reasonRef=amd, performer=oph, enc=e)
    c.medrq(cc(("rx", "1232150", "aflibercept"), ("hcpcs", "J0178", "Injection, aflibercept, 1 mg"), text="aflibercept 2 mg intravitreal OD"), "2026-07-08", "2 mg intravitreal right eye every 4-8 weeks (treat and extend)", reasonRef=amd, prac=oph, route=("418821007", "Intravitreal route"))
    c.comm("2026-11-08T15:22:00-05:00", "Hello Dr. Nguyen, my son asked whether we should go somewhere else for another opinion about my eye. I told him my reading has improved a lot since July and I trust the plan. I am comfortable continuing the injections with you, so no need to set anything up. See you on the 9th of December. Helen", c.pat, oph, topic="Question about treatment")
    c.comm("2026-11-09T09:10:00-05:00", "Thank you Mrs. Vandermeer, we are glad your vision is improving. See you in December. - Megan", rn, c.pat)
    c.sr(cc(CP("67028", "Intravitreal injection of a pharmacologic agent (separate procedure)")), "2026-10-28", status="active", intent="order", occ="2026-12-09", reasonRef=amd, prac=oph)
    c.medst(rxm("197361", "amlodipine 5 MG Oral Tablet"), "active", "2005-01-01", sig="5 mg daily")
    c.medst({"text": "AREDS2 formula multivitamin"}, "active", "2022-01-01", sig="1 capsule twice daily")
