from lib import *
from cases_ps_dm import case


# ---------------------------------------------------------------- HIGH_IMPACT_TREATMENT
@case("HIGH_IMPACT_TREATMENT", "positive",
      "57M transplant/dialysis network: CKD 5 from diabetic kidney disease (eGFR 8); AV fistula created Sept 2026; in-centre haemodialysis start ordered for 2026-12-14",
      "Maintenance haemodialysis - a high-impact treatment - is ordered to start within two weeks (ServiceRequest active, unit chair assigned).")
def hi_dialysis_start(cid):
    c = Case(cid, "northern")
    c.org(npi="1518877665")
    unit = c.org("Northern Plains Dialysis - Lake Street Unit", npi="1629988776", typ="dept")
    ins = c.org("Medica Choice Commercial", npi="1730099887", typ="ins")
    c.patient(["Kwame", "O."], "Mensah", "male", "1969-08-30", "NPK-0661028", "3407 Bloomington Ave", "612-555-0135")
    neph = c.prac("Ingrid", "Solberg", "MD", "1841100998")
    surg = c.prac("Daniel", "Kroeger", "MD", "1952211009")
    rn = c.prac("Patricia", "Hamm", "RN", "1063322110", prefix=None)
    c.coverage(ins, "MDC-44102938", "Medica Choice Passport")
    ckd = c.cond(cc((ICD, "N18.5", "Chronic kidney disease, stage 5"), (SCT, "433146000", "Chronic kidney disease stage 5")), "2025-10-01", asserter=neph)
    dm = c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), (SCT, "44054006", "Diabetes mellitus type 2")), "2005-01-01")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2006-01-01")
    c.cond(cc((ICD, "D63.1", "Anemia in chronic kidney disease"), (SCT, "707323002", "Anemia in chronic kidney disease")), "2025-06-01")
    c.medreq(cc((RXN, "274783", "insulin glargine")), "active", "2018-01-01", "insulin glargine 22 units subcut nightly", reason=dm, requester=neph)
    c.medreq(rx("17767", "amlodipine"), "active", "2019-01-01", "amlodipine 10 mg daily", reason=htn, requester=neph)
    c.medreq(rx("4603", "furosemide"), "active", "2025-10-01", "furosemide 80 mg twice daily", reason=ckd, requester=neph)
    c.medreq(rx("105694", "epoetin alfa"), "active", "2025-07-01", "epoetin alfa 10,000 units subcut every 2 weeks", reason=ckd, requester=neph)
    c.proc(cc((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type)"), text="Left radiocephalic AV fistula creation"), "completed", "2026-09-10",
           reason=ckd, performer=surg, outcome="Matured - good thrill, flow 780 mL/min on 11/05 ultrasound")
    for d, egfr, k, hb in [("2026-08-12", 10, 5.2, 9.9), ("2026-11-18", 8, 5.6, 9.6)]:
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", egfr, "mL/min/{1.73_m2}", d, 60, None)
        c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", k, "mmol/L", d, 3.5, 5.1)
        c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", hb, "g/dL", d, 13.5, 17.5)
    c.lab("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", 98, "mg/dL", "2026-11-18", 7, 20)
    c.lab("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", 6.4, "mg/dL", "2026-11-18", 2.5, 4.5)
    e1 = c.enc("2026-11-20", typ="CKD clinic (modality planning)", cpt=("99215", "Office/outpatient visit est"), reason="CKD 5, uremic symptoms", prac=neph)
    c.vitals("2026-11-20", e1, bp=(164, 92), hr=80, wt=104.2)
    c.note("2026-11-20", "progress", neph, """
CKD clinic: eGFR 8, BUN 98, K 5.6, nausea, pruritus, dysgeusia, 4 kg fluid gain despite furosemide 80 BID. Fistula mature.
Modality education completed 9/2026 - patient chose in-center hemodialysis (PD not suitable: prior abdominal surgeries). Start HD 12/14/2026 at Lake Street unit, TTS 2nd shift, 4 h, 2K/2.5Ca bath.
Transplant education class attended; formal evaluation after dialysis initiation.
""", e1)
    c.sr(cc((SCT, "302497006", "Hemodialysis"), (CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
            text="Initiate maintenance in-center hemodialysis"), "active", "order", "2026-11-20", occ="2026-12-14T11:00:00-06:00", reason=ckd, requester=neph, performer=unit,
         note="TTS, 4 hours, Qb 350 via L RC AVF (2 x 16G), EDW 99 kg to be challenged. Hep B surface Ab on file.")
    c.careplan("Dialysis initiation plan", cc((SCT, "736690008", "Dialysis care plan")), "active", "2026-11-20",
               "Transition to maintenance hemodialysis: chair assignment, cannulation plan, monthly labs, dietitian and social work.",
               ["Chair assigned Lake Street Unit TTS 2nd shift", "First 2 weeks: buttonhole vs rope-ladder cannulation plan", "Monthly labs per protocol"], addresses=ckd, author=rn)
    c.note("2026-11-25", "nursing", rn, "Dialysis unit pre-admission: orientation visit scheduled 12/10, transportation arranged (Metro Mobility), consent for hemodialysis signed.", title="Dialysis unit intake")
    c.lab("22322-2", "Hepatitis B virus surface Ab [Units/volume] in Serum", 42, "m[IU]/mL", "2026-10-01", 10, None)
    return c


@case("HIGH_IMPACT_TREATMENT", "positive",
      "61F integrated plan: stage IIIB sigmoid adenocarcinoma after laparoscopic colectomy (Oct 2026); tumour board recommends adjuvant FOLFOX, first cycle ordered for 2026-12-08",
      "Adjuvant chemotherapy (oxaliplatin-based) is ordered to start within weeks; high-impact treatment planned.")
def hi_folfox(cid):
    c = Case(cid, "greatlakes")
    c.org(npi="1124455670")
    plan = c.org("Great Lakes Integrated Health Plan", npi="1235566771", typ="ins")
    c.patient(["Loretta", "A."], "Fairbanks", "female", "1965-11-08", "GL-0055380-4", "5402 Monroe St", "419-555-0146", city="Sylvania", zip_="43560")
    pcp = c.prac("Alicia", "Moreno", "MD", "1346677882")
    surg = c.prac("Thomas", "Greaves", "MD", "1457788993")
    onc = c.prac("Simone", "Achebe", "MD", "1568899003")
    pharm = c.prac("Kevin", "Lau", "PharmD", "1679900114", prefix=None)
    c.coverage(plan, "GLC-7720184", "GLIH Commercial PPO")
    ca = c.cond(cc((ICD, "C18.7", "Malignant neoplasm of sigmoid colon"), (SCT, "363406005", "Malignant neoplasm of colon")), "2026-09-22", asserter=onc,
                stage="pT3 pN1b cM0, stage IIIB (AJCC 8th); pMMR")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2016-01-01")
    c.medreq(rx("29046", "lisinopril"), "active", "2016-01-01", "lisinopril 10 mg daily", reason=htn, requester=pcp)
    c.obs(cc((LNC, "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), text="FIT"), "2026-08-20", cc((SCT, "10828004", "Positive")), "laboratory", None, "POS")
    c.proc(cc((CPT, "45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare technique"), text="Colonoscopy with biopsy"), "completed", "2026-09-18",
           note="Fungating sigmoid mass 30 cm, biopsied, tattooed.")
    c.dr(cc((LNC, "11526-1", "Pathology study")), "2026-09-22", "Sigmoid colon, biopsy: invasive adenocarcinoma, moderately differentiated. MMR proteins intact.", cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "SP", "Surgical Pathology"))
    e1 = c.enc("2026-10-14", "IMP", "Inpatient surgical admission", reason="Sigmoid cancer", prac=surg, end="2026-10-17", disp="Home")
    c.proc(cc((CPT, "44207", "Laparoscopy, surgical; colectomy, partial, with anastomosis, with coloproctostomy (low pelvic anastomosis)"), text="Laparoscopic sigmoid colectomy with primary anastomosis"),
           "completed", "2026-10-14", reason=ca, performer=surg, enc=e1, outcome="No stoma; uncomplicated")
    c.dr(cc((LNC, "11526-1", "Pathology study")), "2026-10-20", "Sigmoid colectomy: adenocarcinoma, 4.2 cm, invades through muscularis propria into pericolorectal tissue (pT3); 3/19 lymph nodes positive (pN1b); margins negative. LVI present.",
         cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "SP", "Surgical Pathology"))
    c.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", 2.1, "ng/mL", "2026-11-02", None, 3.0)
    c.obs(cc((LNC, "24627-2", "CT Chest"), text="CT chest/abdomen/pelvis with contrast"), "2026-09-25", "No distant metastatic disease.", "imaging", None, "N")
    e2 = c.enc("2026-11-05", typ="GI tumor board", reason="Adjuvant therapy", prac=onc)
    c.note("2026-11-05", "consult", onc, "GI Tumor Board: stage IIIB (pT3N1b) sigmoid adenocarcinoma, pMMR, R0. High-risk features (LVI). Recommend adjuvant FOLFOX x 6 months (or CAPOX x 3-6 months). Port placement.", e2, title="Tumor board recommendation")
    e3 = c.enc("2026-11-12", typ="Medical oncology new patient", cpt=("99205", "Office/outpatient visit new"), reason="Adjuvant chemotherapy", prac=onc)
    c.vitals("2026-11-12", e3, bp=(128, 76), hr=78, wt=68.9)
    c.survey(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-12", 0, e3)
    c.note("2026-11-12", "progress", onc, "Discussed adjuvant FOLFOX q14 days x 12 cycles; risks incl. neuropathy (may be permanent), neutropenia, fatigue, mucositis. Consent signed. C1D1 12/08/2026. Port placed 11/20 by IR.", e3)
    c.proc(cc((CPT, "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port"), text="Right chest port placement"), "completed", "2026-11-20", reason=ca)
    cp = c.careplan("Adjuvant chemotherapy - mFOLFOX6", cc((SCT, "367336001", "Chemotherapy"), text="Oncology treatment plan"), "active", "2026-12-08",
                    "mFOLFOX6 every 14 days x 12 cycles (6 months).", ["Cycle 1 Day 1 12/08/2026", "Labs before each cycle", "Neuropathy assessment each cycle"], addresses=ca, author=onc,
                    end="2027-05-25")
    for code, disp, dose in [("32592", "oxaliplatin", "oxaliplatin 85 mg/m2 IV over 2 h day 1 every 14 days"),
                             ("6313", "leucovorin", "leucovorin 400 mg/m2 IV day 1 every 14 days"),
                             ("4492", "fluorouracil", "fluorouracil 400 mg/m2 IV bolus then 2400 mg/m2 continuous infusion over 46 h every 14 days")]:
        c.medreq(rx(code, disp), "active", "2026-11-12", dose, reason=ca, requester=onc, start="2026-12-08", note="Cycle 1 of 12 - scheduled 12/08/2026")
    c.task(cc(text="Prior authorization - chemotherapy regimen"), "completed", "2026-11-13", requester=pharm, business="Approved 11/16/2026 - auth #GL-PA-2026-118830",
           note="HCPCS J9263 oxaliplatin, J0640 leucovorin, J9190 fluorouracil")
    return c


@case("HIGH_IMPACT_TREATMENT", "positive",
      "68M integrated plan: unfavourable intermediate-risk prostate cancer; ADT since Aug 2026 and IMRT 70 Gy/28 fx Oct-Nov 2026; EPIC-26 bowel and urinary scores fall well beyond their MCIDs after radiotherapy",
      "Radiotherapy (high-impact) started, and patient-reported quality of life (EPIC-26 bowel 96->71, urinary irritative 88->63) fell by far more than the MCID after it began.")
def hi_prostate_rt(cid):
    c = Case(cid, "sierra")
    c.org(npi="1134567893")
    plan = c.org("Sierra Valley Health Plan - Senior Advantage", npi="1245678914", typ="ins")
    c.patient(["Leonard", "F."], "Abernathy", "male", "1958-05-05", "SV-1180449", "2701 Fair Oaks Blvd", "916-555-0103")
    uro = c.prac("Babatunde", "Oyelaran", "MD", "1467891236")
    ro = c.prac("Miriam", "Tasca", "MD", "1578912347")
    pcp = c.prac("Karen", "Whitlock", "MD", "1356789125")
    c.coverage(plan, "SVS-880123455", "Sierra Valley Senior Advantage HMO", start="2023-05-01")
    ca = c.cond(cc((ICD, "C61", "Malignant neoplasm of prostate"), (SCT, "399068003", "Malignant tumor of prostate")), "2026-07-02", asserter=uro,
                stage="cT2b N0 M0, Gleason 4+3=7 (Grade Group 3), PSA 11.2 - unfavorable intermediate risk")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2012-01-01")
    c.medreq(rx("17767", "amlodipine"), "active", "2014-01-01", "amlodipine 5 mg daily", reason=htn, requester=pcp)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", 11.2, "ng/mL", "2026-06-10", None, 4.0)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", 0.9, "ng/mL", "2026-11-17", None, 4.0)
    c.proc(cc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach"), text="MRI-fusion prostate biopsy"), "completed", "2026-06-28", performer=uro)
    c.medreq(rx("42375", "leuprolide"), "active", "2026-08-24", "leuprolide acetate 22.5 mg IM every 3 months x 2 (6 months ADT)", reason=ca, requester=uro)
    c.medreq(cc((HCPCS, "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), text="Leuprolide depot 22.5 mg"), "completed", "2026-11-23",
             "Second depot administered in clinic 11/23/2026", reason=ca, requester=uro)
    e0 = c.enc("2026-09-28", typ="Radiation oncology simulation", cpt=("77290", "Therapeutic radiology simulation-aided field setting; complex"), reason="IMRT planning", prac=ro)
    qrb = c.qr("https://sierravalleyhealth.org/fhir/Questionnaire/epic-26", "2026-09-28T10:00:00-07:00", c.pat, [
        ("urinary-incontinence", "EPIC-26 urinary incontinence domain score", 94), ("urinary-irritative", "EPIC-26 urinary irritative/obstructive domain score", 88),
        ("bowel", "EPIC-26 bowel domain score", 96), ("sexual", "EPIC-26 sexual domain score", 42), ("hormonal", "EPIC-26 hormonal domain score", 80)], enc=e0)
    c.survey(cc(text="EPIC-26 bowel domain score"), "2026-09-28", 96, e0)
    c.survey(cc(text="EPIC-26 urinary irritative/obstructive domain score"), "2026-09-28", 88, e0)
    rt = c.proc(cc((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), (SCT, "441799006", "Intensity modulated radiation therapy"),
                   text="IMRT prostate + seminal vesicles 70 Gy in 28 fractions"), "completed", period={"start": "2026-10-05", "end": "2026-11-11"}, reason=ca, performer=ro)
    e1 = c.enc("2026-11-11", typ="Radiation oncology on-treatment visit (final)", reason="End of treatment", prac=ro)
    c.note("2026-11-11", "progress", ro, "Completed 70 Gy/28 fx IMRT. Grade 2 proctitis (urgency, mucus, 6 stools/day) and grade 2 urinary frequency/urgency. Started hydrocortisone suppositories and tamsulosin.", e1)
    e2 = c.enc("2026-11-24", typ="Radiation oncology follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Post-radiation symptoms", prac=ro)
    c.qr("https://sierravalleyhealth.org/fhir/Questionnaire/epic-26", "2026-11-24T10:00:00-08:00", c.pat, [
        ("urinary-incontinence", "EPIC-26 urinary incontinence domain score", 85), ("urinary-irritative", "EPIC-26 urinary irritative/obstructive domain score", 63),
        ("bowel", "EPIC-26 bowel domain score", 71), ("sexual", "EPIC-26 sexual domain score", 17), ("hormonal", "EPIC-26 hormonal domain score", 55)], enc=e2)
    c.survey(cc(text="EPIC-26 bowel domain score"), "2026-11-24", 71, e2, note="MCID bowel domain 4-6 points")
    c.survey(cc(text="EPIC-26 urinary irritative/obstructive domain score"), "2026-11-24", 63, e2, note="MCID urinary irritative 5-7 points")
    c.note("2026-11-24", "progress", ro, "2 weeks post-RT. Persistent urgency, bowel frequency 5/day, hot flashes, fatigue. 'I feel worse than before any of this.' EPIC-26 markedly worse in bowel, urinary, sexual and hormonal domains.", e2)
    c.medreq(rx("77492", "tamsulosin"), "active", "2026-11-11", "tamsulosin 0.4 mg daily", reason=ca, requester=ro)
    c.vitals("2026-11-24", e2, bp=(134, 80), hr=76, wt=86.0)
    return c


@case("HIGH_IMPACT_TREATMENT", "near-miss",
      "73F integrated plan: pT1b N0 ER+/HER2- breast cancer treated with lumpectomy (Sept 2026, done); Oncotype RS 11 - no chemotherapy; radiotherapy omitted by shared decision; on anastrozole",
      "Breast-conserving lumpectomy (CPT 19301, partial mastectomy) was completed 11 weeks ago, chemotherapy and radiotherapy were not recommended/omitted, and endocrine therapy is not a high-impact treatment; nothing high-impact is planned or running.")
def hi_nm_breast(cid):
    c = Case(cid, "cascadia")
    c.org(npi="1437112236", alias="CPMG Capitol Hill Campus")
    plan = c.org("Cascadia Health Plan of Washington - Medicare", npi="1548223347", typ="ins")
    c.patient(["Eleanor", "V."], "Prescott", "female", "1953-06-21", "CP00115902", "1520 E Olive Way", "206-555-0129", city="Seattle", zip_="98122")
    surg = c.prac("Aisha", "Rahman", "MD", "1679012348")
    onc = c.prac("Peter", "Lindgren", "MD", "1689123459")
    ro = c.prac("Yuki", "Tanabe", "MD", "1699234560")
    c.coverage(plan, "CHM-220174493", "Cascadia Medicare Advantage", start="2018-07-01")
    ca = c.cond(cc((ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), (SCT, "254837009", "Malignant neoplasm of breast")), "2026-08-12",
                asserter=surg, stage="pT1b (8 mm) pN0(sn) M0, grade 1, ER 95%, PR 80%, HER2 1+; Oncotype DX RS 11")
    c.cond(cc((SCT, "64859006", "Osteoporosis"), (ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2021-01-01")
    c.cond(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.8", "Other specified hypothyroidism")), "2010-01-01")
    c.obs(cc((LNC, "24606-6", "MG Breast Screening"), text="Screening mammogram"), "2026-07-30", "BI-RADS 0: 7 mm irregular mass left breast UOQ.", "imaging", None, "A")
    c.proc(cc((CPT, "19083", "Biopsy, breast, with placement of breast localization device(s), percutaneous; first lesion, including ultrasound guidance"), text="US-guided core biopsy left breast"),
           "completed", "2026-08-10", performer=surg)
    e1 = c.enc("2026-09-15", typ="Outpatient surgery", reason="Left breast cancer", prac=surg)
    c.proc(cc((CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), text="Left breast lumpectomy (partial mastectomy)"),
           "completed", "2026-09-15", reason=ca, performer=surg, enc=e1, outcome="Margins negative (closest 4 mm)")
    c.proc(cc((CPT, "38525", "Biopsy or excision of lymph node(s); open, deep axillary node(s)"), text="Sentinel lymph node biopsy"), "completed", "2026-09-15", reason=ca, performer=surg, enc=e1,
           outcome="0/2 nodes positive")
    e2 = c.enc("2026-10-08", typ="Radiation oncology consultation", cpt=("99204", "Office/outpatient visit new"), reason="Adjuvant radiotherapy discussion", prac=ro)
    c.note("2026-10-08", "consult", ro, """
Radiation oncology: 73F, pT1bN0, ER+/HER2-, grade 1, negative margins, will take endocrine therapy. Per CALGB 9343/PRIME II, omission of whole-breast RT is reasonable: small reduction in local recurrence, no survival difference.
Patient elects to omit radiotherapy. No RT planned. Happy to see again if she reconsiders.
""", e2)
    e3 = c.enc("2026-10-20", typ="Medical oncology consultation", cpt=("99205", "Office/outpatient visit new"), reason="Adjuvant systemic therapy", prac=onc)
    c.note("2026-10-20", "consult", onc, "Oncotype RS 11 - no chemotherapy benefit. Start anastrozole 1 mg daily x 5 years. DEXA baseline; continue alendronate. Survivorship visit in 3 months.", e3)
    c.medreq(rx("84857", "anastrozole"), "active", "2026-10-20", "anastrozole 1 mg by mouth daily", reason=ca, requester=onc)
    c.medreq(rx("46041", "alendronate"), "active", "2021-02-01", "alendronate 70 mg weekly", requester=onc, reason_text="Osteoporosis")
    c.medreq(rx("10582", "levothyroxine"), "active", "2010-01-01", "levothyroxine 50 mcg daily", reason_text="Hypothyroidism", requester=onc)
    c.careplan("Breast cancer survivorship plan", cc(text="Oncology survivorship"), "active", "2026-10-20",
               "Anastrozole 5 years; annual mammogram; bone health; survivorship clinic.", ["Anastrozole daily", "Mammogram 08/2027", "DEXA 12/2026"], addresses=ca, author=onc)
    e4 = c.enc("2026-11-19", "VR", "Nurse telephone check-in", reason="Anastrozole tolerance")
    c.note("2026-11-19", "nursing", onc, "Mild arthralgias on anastrozole, manageable with walking and acetaminophen. Incision well healed.", e4)
    c.vitals("2026-10-20", e3, bp=(138, 78), hr=70, wt=61.2)
    return c


@case("HIGH_IMPACT_TREATMENT", "near-miss",
      "14F neuroscience centre: new focal epilepsy started on levetiracetam; teen-reported PedsQL falls 84->71 with irritability, then switched to oxcarbazepine",
      "Quality of life fell after a treatment began, but the treatment (an antiseizure medicine) is not in the high-impact class; no high-impact treatment is planned or started.")
def hi_nm_pedsql(cid):
    c = Case(cid, "gulfcoast")
    c.org(npi="1609988778")
    ins = c.org("UnitedHealthcare Choice Plus", npi="1700099889", typ="ins")
    c.patient(["Zara", "N."], "Whitcombe", "female", "2012-02-17", "GCK-6610388", "5127 Dumfries Dr", "713-555-0118")
    neuro = c.prac("Elaine", "Fortescue", "MD", "1811100990")
    c.coverage(ins, "UHC-940218774", "UHC Choice Plus", rel="child")
    ep = c.cond(cc((ICD, "G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus"),
                   (SCT, "7036007", "Focal epilepsy")), "2026-06-10", asserter=neuro)
    e1 = c.enc("2026-06-10", typ="New-onset seizure clinic", cpt=("99204", "Office/outpatient visit new"), reason="Two focal impaired-awareness seizures", prac=neuro)
    c.obs(cc((LNC, "11523-8", "EEG study")), "2026-06-05", "Right temporal sharp waves, activated in sleep.", "procedure", e1, "A")
    c.obs(cc((LNC, "24590-2", "MR Brain WO and W contrast IV")), "2026-06-20", "Normal epilepsy-protocol MRI.", "imaging", e1, "N")
    qr1 = c.qr("https://gulfcoastkids.org/fhir/Questionnaire/pedsql-4-teen", "2026-06-10T10:00:00-05:00", c.pat,
               [("total", "PedsQL 4.0 Generic Core - Teen self-report, total scale score", 84), ("emotional", "Emotional functioning", 80)], enc=e1)
    c.medreq(rx("114477", "levetiracetam"), "stopped", "2026-07-01", "levetiracetam 500 mg twice daily (stopped 10/20/2026 - irritability)", reason=ep, requester=neuro)
    e2 = c.enc("2026-10-20", typ="Epilepsy clinic follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Mood change on levetiracetam", prac=neuro)
    c.qr("https://gulfcoastkids.org/fhir/Questionnaire/pedsql-4-teen", "2026-10-20T10:00:00-05:00", c.pat,
         [("total", "PedsQL 4.0 Generic Core - Teen self-report, total scale score", 71), ("emotional", "Emotional functioning", 55)], enc=e2)
    c.qr("https://gulfcoastkids.org/fhir/Questionnaire/phq-a", "2026-10-20T10:05:00-05:00", c.pat,
         [("total", "PHQ-A total score", 8), ("q9", "Thoughts that you would be better off dead or of hurting yourself", "Not at all")], enc=e2)
    c.note("2026-10-20", "progress", neuro, """
Seizure-free since July on levetiracetam 500 BID. Mother and patient report irritability, tearfulness and arguments at home since starting LEV; PedsQL teen total 84 -> 71, emotional 80 -> 55. PHQ-A 8, no SI.
Likely LEV behavioral adverse effect. Cross-taper to oxcarbazepine 300 mg BID over 2 weeks. Phone check in 3 weeks.
""", e2)
    c.medreq(rx("32624", "oxcarbazepine"), "active", "2026-10-20", "oxcarbazepine 300 mg twice daily", reason=ep, requester=neuro)
    e3 = c.enc("2026-11-16", "VR", "Nurse phone follow-up", reason="Medication switch check")
    c.note("2026-11-16", "nursing", neuro, "Off levetiracetam since 11/5. Mood much better per mother, back to volleyball. No seizures. Na 137.", e3)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 137, "mmol/L", "2026-11-14", 135, 145, e3)
    c.note("2026-09-12", "School nurse report", neuro, "Seizure action plan on file at Bellaire High School; no seizures at school this semester.", title="School seizure action plan acknowledgement")
    c.vitals("2026-10-20", e2, bp=(108, 66), hr=78, wt=52.4)
    return c


# ---------------------------------------------------------------- PATIENT_REPORTED_CONCERN
@case("PATIENT_REPORTED_CONCERN", "positive",
      "47F integrated plan: seropositive RA on methotrexate + adalimumab with stable moderate activity; secure message asks for a second opinion from another rheumatologist because she feels her concerns are brushed off",
      "A patient-authored secure message (Communication) explicitly requests a second opinion; no second opinion is on record.")
def pr_ra_message(cid):
    c = Case(cid, "cascadia")
    c.org(npi="1437112237", alias="CPMG Everett Medical Center")
    plan = c.org("Cascadia Health Plan of Washington", npi="1548223348", typ="ins")
    c.patient(["Tanya", "L."], "Bergström", "female", "1979-01-30", "CP00384417", "3120 Colby Ave", "425-555-0174", city="Everett", zip_="98201")
    rheum = c.prac("Gordon", "Achterberg", "MD", "1679012349")
    rn = c.prac("Mei", "Tanaka", "RN", "1689123450", prefix=None)
    c.coverage(plan, "CHW5510938820", "Cascadia Signature HMO")
    ra = c.cond(cc((ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), (SCT, "69896004", "Rheumatoid arthritis")), "2021-03-01", asserter=rheum)
    c.cond(cc((ICD, "E55.9", "Vitamin D deficiency, unspecified"), text="Vitamin D deficiency (treated)"), "2022-01-01", status="resolved", abate="2022-09-01")
    c.medreq(rx("6851", "methotrexate"), "active", "2021-04-01", "methotrexate 20 mg by mouth once weekly", reason=ra, requester=rheum)
    c.medreq(rx("4511", "folic acid"), "active", "2021-04-01", "folic acid 1 mg daily", reason=ra, requester=rheum)
    c.medreq(rx("327361", "adalimumab"), "active", "2023-06-01", "adalimumab 40 mg subcut every 2 weeks", reason=ra, requester=rheum)
    for d, das, crp in [("2026-02-18", 3.4, 9), ("2026-06-03", 3.2, 7), ("2026-10-07", 3.3, 8)]:
        e = c.enc(d, typ="Rheumatology follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Rheumatoid arthritis", prac=rheum)
        c.survey(cc(text="DAS28-CRP"), d, das, e, note="Moderate disease activity")
        c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", crp, "mg/L", d, None, 10, e)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 28, "U/L", "2026-10-07", 7, 45)
    c.note("2026-10-07", "progress", rheum, "RA stable, moderate activity (DAS28-CRP 3.3). Reports fatigue and morning stiffness 60 min, some MCP swelling. Continue MTX + adalimumab; consider switch if not improved. Fatigue likely multifactorial.", e)
    m1 = c.comm("2026-11-12T21:47:00-08:00", c.pat, rheum, """Dr. Achterberg, I have been on methotrexate and Humira for years and I still wake up with swollen hands and I am exhausted every afternoon. Each visit I am told my numbers are "stable" and it feels like my concerns get brushed off. I would like a second opinion from a different rheumatologist, ideally someone outside Everett. Can you please refer me? Thank you, Tanya""",
                topic="Request for second opinion")
    c.comm("2026-11-13T09:20:00-08:00", rn, c.pat, "Hi Tanya, thank you for letting us know. I have forwarded your request to Dr. Achterberg and the referral coordinator. Someone will call you within 3 business days.", cat="Patient portal message reply", in_resp=m1)
    c.vitals("2026-10-07", e, bp=(118, 74), wt=66.0)
    return c


@case("PATIENT_REPORTED_CONCERN", "positive",
      "17M neuroscience centre: idiopathic generalised epilepsy on valproate with weight gain; teen pre-visit questionnaire answers Yes to wanting a second opinion from another epilepsy specialist",
      "A patient-completed QuestionnaireResponse answers 'Yes' to wanting a second opinion, with a free-text reason; none on record.")
def pr_teen_qr(cid):
    c = Case(cid, "lakeshore")
    c.org(npi="1790011226")
    ins = c.org("Cigna Open Access Plus", npi="1801122337", typ="ins")
    c.patient(["Jamal", "K."], "Whitaker", "male", "2009-09-12", "LCN-5501873", "1840 Asbury Ave", "847-555-0137")
    neuro = c.prac("Samuel", "Achterberg", "MD", "1912233447")
    c.coverage(ins, "CIG-U88120347", "Cigna OAP", rel="child")
    ep = c.cond(cc((ICD, "G40.309", "Generalized idiopathic epilepsy and epileptic syndromes, not intractable, without status epilepticus"),
                   (SCT, "36803009", "Idiopathic generalized epilepsy")), "2024-02-01", asserter=neuro)
    c.cond(cc(text="Left distal radius fracture (skateboard)"), "2022-05-01", status="resolved", abate="2022-07-01")
    c.medreq(rx("11118", "valproic acid", "divalproex sodium ER"), "active", "2024-03-01", "divalproex ER 1000 mg by mouth nightly", reason=ep, requester=neuro)
    c.lab("4086-5", "Valproate [Mass/volume] in Serum or Plasma", 78, "ug/mL", "2026-05-20", 50, 100)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 31, "U/L", "2026-05-20", 7, 45)
    for d, wt, bmi in [("2025-11-18", 78.0, 24.8), ("2026-05-20", 83.5, 26.4), ("2026-11-17", 88.1, 27.6)]:
        e = c.enc(d, typ="Epilepsy clinic follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Epilepsy", prac=neuro)
        c.vitals(d, e, wt=wt, bmi=bmi, bp=(122, 72))
    c.obs(cc((LNC, "11523-8", "EEG study")), "2024-02-10", "Generalized 3-4 Hz polyspike-and-wave, photoparoxysmal response.", "procedure", None, "A")
    q = c.qr("https://lakeshorechildrens.org/fhir/Questionnaire/teen-previsit-v3", "2026-11-15T20:11:00-06:00", c.pat, [
        ("seizures-since-last", "Seizures since last visit", 0),
        ("side-effects", "Are you having side effects from your medicine?", "Gained about 10 lbs, tired in the morning"),
        ("heard", "Do you feel your care team listens to your concerns?", "Sometimes"),
        ("second-opinion", "Would you like a second opinion from another specialist about your diagnosis or treatment?", True),
        ("second-opinion-why", "If yes, tell us why", "I keep asking to switch off Depakote because of the weight and I can't keep up at the gym, and I'm told to just keep taking it. I want another epilepsy doctor to look at my case before I go to college."),
    ])
    c.note("2026-11-17", "progress", neuro, "Seizure-free 22 months on divalproex. Weight up 10 kg in 12 months. Discussed alternatives (lamotrigine, levetiracetam); plan to revisit after winter term. Reviewed teen questionnaire.", e)
    c.medreq(rx("6711", "melatonin"), "active", "2025-01-01", "melatonin 3 mg nightly", requester=neuro)
    return c


@case("PATIENT_REPORTED_CONCERN", "positive",
      "58M transplant/kidney network: CKD 3b (stable eGFR ~34) from hypertensive nephrosclerosis; told he is not yet eligible for pre-emptive transplant referral; patient portal raises a patient-authored Flag requesting a second opinion",
      "A Flag authored by the patient through the portal asks for a second opinion on transplant timing; no second opinion is on record.")
def pr_ckd_flag(cid):
    c = Case(cid, "northern")
    c.org(npi="1518877666")
    ins = c.org("HealthPartners Commercial", npi="1629988777", typ="ins")
    c.patient(["Gary", "S."], "Lindholm", "male", "1968-12-12", "NPK-0338102", "4711 Chicago Ave", "612-555-0198")
    neph = c.prac("Ingrid", "Solberg", "MD", "1841100999")
    nav = c.prac("Rachel", "Oduya", "RN", "1952211000", prefix=None)
    c.coverage(ins, "HP-55810294", "HealthPartners Open Access")
    ckd = c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b"), (SCT, "700379002", "Chronic kidney disease stage 3B")), "2022-06-01", asserter=neph)
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2004-01-01")
    c.cond(cc((SCT, "90560007", "Gout")), "2019-01-01", status="inactive", note="No flares since 2021 on allopurinol")
    c.medreq(rx("52175", "losartan"), "active", "2022-06-01", "losartan 100 mg daily", reason=ckd, requester=neph)
    c.medreq(rx("1488564", "dapagliflozin"), "active", "2024-03-01", "dapagliflozin 10 mg daily", reason=ckd, requester=neph)
    c.medreq(rx("17767", "amlodipine"), "active", "2020-01-01", "amlodipine 10 mg daily", reason=htn, requester=neph)
    c.medreq(rx("519", "allopurinol"), "active", "2019-01-01", "allopurinol 200 mg daily", requester=neph, reason_text="Gout prophylaxis")
    for d, egfr, uacr in [("2026-02-10", 34, 310), ("2026-06-09", 33, 290), ("2026-10-13", 35, 280)]:
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", egfr, "mL/min/{1.73_m2}", d, 60, None)
        c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", uacr, "mg/g", d, None, 30)
    e = c.enc("2026-10-20", typ="CKD clinic", cpt=("99214", "Office/outpatient visit est"), reason="CKD 3b follow-up", prac=neph)
    c.vitals("2026-10-20", e, bp=(128, 78), hr=70, wt=92.0)
    c.note("2026-10-20", "progress", neph, """
CKD 3b stable (eGFR 33-35 over 12 months, UACR ~300 falling). BP at goal. Patient asked about getting on the kidney transplant list now because his brother wants to donate.
Explained program policy: referral for pre-emptive transplant evaluation when eGFR <= 20 or expected within 12 months. Not indicated now. He was visibly frustrated.
""", e)
    c.flag(cc(("https://northernplainskidney.org/fhir/local-codes", "PT-2ND-OP", "Patient-requested second opinion"),
              text="Patient requests second opinion about timing of kidney transplant referral / living donor evaluation"),
           "active", "2026-11-06", c.pat, cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")))
    c.comm("2026-11-06T18:30:00-06:00", c.pat, nav,
           "Submitted via MyNorthernPlains 'Request a second opinion' form. My brother is ready to donate now. I'd like another transplant nephrologist to review whether we can start the evaluation before my kidneys get worse.",
           cat="Patient portal form submission", topic="Second opinion request")
    c.note("2026-11-09", "nursing", nav, "Navigator call: acknowledged portal request; will route to medical director. No outside review arranged yet.", title="Navigator note")
    return c


@case("PATIENT_REPORTED_CONCERN", "near-miss",
      "63M integrated plan: new atrial fibrillation on apixaban and metoprolol; after-visit survey answers No to wanting a second opinion and Yes to feeling listened to",
      "The only patient-reported signal is a questionnaire answering 'No' to wanting a second opinion.")
def pr_nm_af_survey(cid):
    c = Case(cid, "greatlakes")
    c.org(npi="1124455671")
    plan = c.org("Great Lakes Integrated Health Plan", npi="1235566772", typ="ins")
    c.patient(["Raymond", "C."], "Kowalski", "male", "1963-07-14", "GL-0029911-6", "618 Broadway St", "419-555-0168", city="Maumee", zip_="43537")
    pcp = c.prac("Nadia", "Haddad", "DO", "1346677883")
    card = c.prac("Oren", "Feldstein", "MD", "1457788994")
    pharm = c.prac("Lydia", "Marsh", "PharmD", "1568899004", prefix=None)
    c.coverage(plan, "GLC-9920144", "GLIH Commercial HMO")
    af = c.cond(cc((SCT, "49436004", "Atrial fibrillation"), (ICD, "I48.0", "Paroxysmal atrial fibrillation")), "2026-09-29", asserter=card)
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2014-01-01")
    e1 = c.enc("2026-09-29", "EMER", "Emergency department visit", reason="Palpitations", end="2026-09-29")
    c.obs(cc((LNC, "11524-6", "EKG study")), "2026-09-29", "Atrial fibrillation with RVR, rate 128.", "procedure", e1, "A")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.0, "m[IU]/L", "2026-09-29", 0.45, 4.5, e1)
    c.obs(cc((LNC, "34552-0", "Cardiac 2D echo panel")), "2026-10-06", "LVEF 58%, mild LA enlargement, no significant valve disease.", "imaging", None, "N")
    e2 = c.enc("2026-10-14", typ="Cardiology clinic", cpt=("99204", "Office/outpatient visit new"), reason="New AF", prac=card)
    c.note("2026-10-14", "consult", card, "Paroxysmal AF, CHA2DS2-VASc 1 (HTN) -> discussed; he prefers anticoagulation. Apixaban 5 BID, metoprolol succinate 50. Sleep study. Rhythm control later if symptomatic.", e2)
    c.medreq(rx("1364430", "apixaban"), "active", "2026-10-14", "apixaban 5 mg twice daily", reason=af, requester=card)
    c.medreq(rx("6918", "metoprolol"), "active", "2026-10-14", "metoprolol succinate ER 50 mg daily", reason=af, requester=card)
    c.medreq(rx("29046", "lisinopril"), "active", "2014-01-01", "lisinopril 20 mg daily", reason=htn, requester=pcp)
    c.sr(cc((CPT, "95806", "Sleep study, unattended, simultaneous recording of heart rate, oxygen saturation, respiratory airflow, and respiratory effort"), text="Home sleep apnea study"),
         "active", "order", "2026-10-14", occ="2026-12-05", requester=card)
    c.qr("https://greatlakesintegrated.org/fhir/Questionnaire/avs-experience-v2", "2026-10-15T08:02:00-04:00", c.pat, [
        ("understood-plan", "Did you understand your care plan after today's visit?", True),
        ("listened", "Did your care team listen carefully to you?", True),
        ("second-opinion", "Would you like help requesting a second opinion about your diagnosis or treatment?", False),
        ("comments", "Anything else you'd like us to know?", "Dr. Feldstein explained everything well. Thank you."),
    ], enc=e2)
    e3 = c.enc("2026-11-10", typ="Pharmacist anticoagulation / rate-control visit", reason="AF medication follow-up", prac=pharm)
    c.vitals("2026-11-10", e3, bp=(126, 78), hr=68, wt=94.5)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.0, "mg/dL", "2026-11-10", 0.7, 1.3, e3)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 14.6, "g/dL", "2026-11-10", 13.5, 17.5, e3)
    c.note("2026-11-10", "progress", pharm, "Pharmacist visit: no bleeding, adherent, HR 68 sinus on exam. Continue. Creatinine/CBC stable.", e3)
    return c


@case("PATIENT_REPORTED_CONCERN", "near-miss",
      "5M neuroscience centre: autism spectrum disorder diagnosed April 2026; family obtained an outside developmental second opinion in Aug 2026 that confirmed it; parent message says no further opinion is needed",
      "The parent message mentions a second opinion only to say it was done and agreed; a second opinion is on record within 12 months and no new request is made.")
def pr_nm_asd(cid):
    c = Case(cid, "pinecrest")
    c.org(npi="1306998870")
    outside = c.org("Front Range Developmental Pediatrics (outside practice)", npi="1407887760")
    ins = c.org("Anthem Blue Cross Blue Shield Colorado", npi="1518877669", typ="ins")
    c.patient(["Leo", "A."], "Marchetti-Ruiz", "male", "2021-04-30", "PC-5590120", "2280 S Parker Rd", "720-555-0149", city="Denver", zip_="80231")
    dev = c.prac("Farah", "Qureshi", "MD", "1851234560")
    slp = c.prac("Katie", "Brennan", "MS, CCC-SLP", "1962345671", prefix=None)
    outdoc = c.prac("Alan", "Greenberg", "MD", "1073456780")
    mom = {"resourceType": "RelatedPerson", "id": c.nid("rp"), "patient": ref(c.pat), "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"))],
           "name": [{"family": "Ruiz", "given": ["Gabriela"]}]}
    momref = c.add(mom)
    c.coverage(ins, "ANT-CO-7710293", "Anthem Pathway PPO", rel="child")
    asd = c.cond(cc((ICD, "F84.0", "Autistic disorder"), (SCT, "35919005", "Pervasive developmental disorder")), "2026-04-14", asserter=dev,
                 note="DSM-5 ASD level 2 (social communication), level 1 (RRB); ADOS-2 module 1 comparison score 7")
    c.cond(cc((ICD, "F80.2", "Mixed receptive-expressive language disorder")), "2025-09-01", asserter=slp)
    e1 = c.enc("2026-04-14", typ="Developmental pediatrics diagnostic evaluation", cpt=("96112", "Developmental assessment, first hour"), reason="Speech delay, social concerns", prac=dev)
    c.obs(cc(text="ADOS-2 Module 1 comparison score"), "2026-04-14", 7, "survey", e1, note="Moderate level of autism-spectrum related symptoms")
    c.note("2026-04-14", "consult", dev, "Comprehensive evaluation: meets DSM-5 criteria for autism spectrum disorder. Hearing normal (audiology 3/2026). Recommend ABA, SLP 2x/week, OT, early childhood special education.", e1)
    c.obs(cc(text="Audiology - sound field / OAE"), "2026-03-10", "Normal hearing bilaterally; OAE present.", "exam", None, "N")
    e2 = c.enc("2026-08-20", typ="Outside second-opinion evaluation", reason="Second opinion on autism diagnosis", prac=outdoc, org=outside)
    c.note("2026-08-20", "consult", outdoc, "Second opinion (Front Range Developmental Pediatrics): independent ADOS-2 and parent interview. Agree with diagnosis of autism spectrum disorder. Agree with Pinecrest treatment plan.", e2, title="Second opinion evaluation")
    c.sr(cc(text="Applied behavior analysis (ABA) therapy, 20 h/week"), "active", "order", "2026-11-12", requester=dev, reason=asd)
    c.sr(cc((CPT, "92507", "Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual"), text="Speech therapy 2x/week"), "active", "order", "2026-04-14", requester=dev, reason=asd, performer=slp)
    c.comm("2026-11-10T14:02:00-07:00", momref, dev,
           "Hi Dr. Qureshi - Dr. Greenberg at the outside clinic agreed with the autism diagnosis in August, so we don't need another opinion. We're ready to move forward. Can you please send the ABA referral? Leo's insurance needs it by the end of the month. Thanks, Gabriela (Leo's mom)",
           topic="ABA referral")
    e3 = c.enc("2026-11-12", "VR", "Telehealth follow-up", reason="ASD treatment planning", prac=dev)
    c.note("2026-11-12", "progress", dev, "Reviewed outside evaluation, concordant. ABA referral sent, SLP continuing, preschool IEP in place. Sleep improved with routine.", e3)
    c.note("2026-10-01", "School report", slp, "Cherry Creek preschool IEP progress: using 2-word phrases with picture supports, tolerating circle time 5 min.", title="Preschool IEP progress report")
    c.vitals("2026-04-14", e1, wt=19.0)
    return c
