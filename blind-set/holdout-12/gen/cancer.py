from lib import *


def s_survback(cid):
    c = Case(cid, "C1")
    c.patient("Renee Louise", "Whitfield", "female", "1975-02-08", "LCC00471265", "3340 N Kenmore Ave", "60657", "773-555-0148", marital="M")
    onc = c.pract("Miriam", "Feldstein", "MD", "1245338710")
    np_ = c.pract("Carla", "Gutierrez", "APRN", "1033482261")
    c.coverage("Blue Cross and Blue Shield of Illinois", "BlueAdvantage HMO", "2020-01-01", "XOF228716005")
    c.nkda()
    c.cond(cc(I("Z85.3", "Personal history of malignant neoplasm of breast"), text="History of left breast cancer, stage IA (2019), completed therapy; no evidence of disease"), "2019-03-01", status="resolved", abated="2024-04-01")
    c.cond(cc(S("40930008", "Hypothyroidism"), I("E03.9", "Hypothyroidism, unspecified")), "2017-01-01")
    bp = c.cond(cc(I("M54.6", "Pain in thoracic spine"), text="Mid-back (thoracic) pain"), "2026-05-26", recorded="2026-06-02", who=np_,
                note="Constant aching interscapular/mid-thoracic pain T6-T9, 5-6/10, worse at night, not positional. No trauma.")
    c.medstmt(cc(RX("10582", "levothyroxine"), text="levothyroxine 88 mcg tablet"), "2017-02-01", dosage="88 mcg daily")
    c.medstmt(cc(RX("161", "acetaminophen"), text="acetaminophen 500 mg tablet"), "2026-06-02", dosage="1000 mg up to three times daily as needed", reason=bp)
    visits = (("2026-06-02", 5, np_), ("2026-08-11", 5, onc), ("2026-10-06", 6, np_), ("2026-11-17", 5, onc))
    encs = []
    for d, p, who in visits:
        e = c.enc(d, "Survivorship clinic visit", reason="Thoracic back pain", who=who, service="Breast Oncology Survivorship")
        encs.append(e)
        c.obs(cc(L("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), p, "{score}", d, cat="survey", enc=e, note="Mid-thoracic back pain")
    c.vitals("2026-06-02", 118, 76, 70, 66.1, enc=encs[0])
    c.vitals("2026-11-17", 120, 74, 72, 65.8, enc=encs[3])
    c.cbc("2026-06-02", 13.6, enc=encs[0])
    c.lft("2026-06-02", alp=88, enc=encs[0])
    c.bmp("2026-06-02", 0.78, 96, ca=9.5, enc=encs[0])
    c.lab("17842-6", "Cancer Ag 27-29 [Units/volume] in Serum or Plasma", 21, "U/mL", "2026-06-02", None, 38, enc=encs[0])
    c.lab("30341-2", "Erythrocyte sedimentation rate", 9, "mm/h", "2026-06-02", 0, 20, enc=encs[0])
    c.lab("1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", 36, "ng/mL", "2026-06-02", 30, 100, enc=encs[0])
    c.report(cc(L("39777-8", "NM Bone Scan whole body"), text="Whole-body bone scintigraphy"), "2026-06-19", conclusion="No scintigraphic evidence of osseous metastatic disease. Normal study.", cat=("NMS", "Nuclear Medicine"))
    c.report(cc(L("36538-7", "MR Thoracic spine WO and W contrast IV"), text="MRI thoracic spine with and without contrast"), "2026-08-25", conclusion="Normal MRI of the thoracic spine. No marrow-replacing lesion, no fracture, no disc herniation, no cord signal abnormality, no paraspinal mass.", cat=("RAD", "Radiology"))
    c.report(cc(L("24627-2", "CT Chest"), text="CT chest with contrast"), "2026-10-14", conclusion="No pulmonary nodules, no lymphadenopathy, no osseous lesions. Post-surgical changes left breast. No evidence of recurrent or metastatic disease.", cat=("RAD", "Radiology"))
    c.lab("17842-6", "Cancer Ag 27-29 [Units/volume] in Serum or Plasma", 19, "U/mL", "2026-10-06", None, 38, enc=encs[2])
    c.sr(cc(S("91251008", "Physical therapy procedure"), text="Physical therapy - thoracic spine"), "2026-08-11", status="completed", reason=bp, who=onc, note="8 sessions completed 9-10/2026; no improvement.")
    c.note("2026-11-17", "Survivorship follow-up", """
BREAST ONCOLOGY SURVIVORSHIP - Dr. M. Feldstein
51F, left breast IDC stage IA (2019), treated 2019 and completed 5 years of adjuvant endocrine therapy 4/2024; no current cancer therapy. NED.
Mid-thoracic back pain since late May 2026, constant 5-6/10, night-time predominant; seen 6/2, 8/11, 10/6 and today. Workup: bone scan normal; MRI T-spine with/without contrast normal; CT chest normal; CBC, CMP, calcium, ALP, ESR, vitamin D and CA 27-29 all normal. Physical therapy x8 without benefit.
Assessment: persistent thoracic back pain, no evidence of recurrence and no structural cause identified. Reassured.
Plan: continue acetaminophen, heat; follow up 3 months.
""", author=onc, enc=encs[3])
    return c


def s_strain(cid):
    c = Case(cid, "C3")
    c.patient("Harold Wayne", "Jessup", "male", "1955-04-30", "POH-118230", "7719 Providence Rd", "28226", "704-555-0126", marital="M")
    pcp = c.pract("Lauren", "Pike", "MD", "1861549023")
    hem = c.pract("Olumide", "Adeyemi", "MD", "1114072839")
    pco = c.extorg("Carolinas Family Practice - Ballantyne")
    c.coverage("Aetna", "Aetna Medicare Advantage PPO", "2020-05-01", "W183204471", ("MCPOL", "Managed care policy"))
    c.nkda()
    c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2011-01-01")
    c.cond(cc(S("239873007", "Osteoarthritis of knee"), I("M17.11", "Unilateral primary osteoarthritis, right knee")), "2018-01-01")
    e0 = c.enc("2026-05-18", "Office visit", reason="Low back pain after lifting mulch", who=pcp, org=pco, service="Family Medicine")
    strain = c.cond(cc(I("S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter"), S("209548007", "Lumbar sprain")), "2026-05-16", enc=e0, who=pcp,
                    note="Onset after lifting bags of mulch. Paraspinal tenderness, neuro intact. No imaging.")
    c.vitals("2026-05-18", 136, 82, 76, 84.2, enc=e0)
    c.medreq(cc(RX("41493", "meloxicam"), text="meloxicam 15 mg tablet"), "2026-05-18", "15 mg daily with food", who=pcp, reason=strain, status="stopped", note="Stopped 10/28/2026 - rising creatinine.")
    c.medreq(cc(RX("2101", "cyclobenzaprine"), text="cyclobenzaprine 5 mg tablet"), "2026-05-18", "5 mg at bedtime as needed", who=pcp, reason=strain, status="completed")
    c.medstmt(cc(RX("29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2011-02-01", dosage="20 mg daily")
    e1 = c.enc("2026-07-20", "Office visit", reason="Back pain follow-up", who=pcp, org=pco, service="Family Medicine")
    c.note("2026-07-20", "Primary care follow-up", """
Low back pain persists, now also mid-back and ribs, worse at night. Lumbar strain, slow to resolve - refer PT, continue meloxicam. X-ray lumbar spine: degenerative changes, diffuse osteopenia.
""", author=pcp, enc=e1)
    c.report(cc(L("24968-0", "XR Lumbar spine"), text="XR lumbar spine 2 views"), "2026-07-20", conclusion="Multilevel degenerative disc disease. Diffuse osteopenia. No acute fracture.", cat=("RAD", "Radiology"))
    e2 = c.enc("2026-09-29", "Office visit", reason="Back pain, fatigue", who=pcp, org=pco, service="Family Medicine")
    c.note("2026-09-29", "Primary care follow-up", """
Back pain continuing despite PT x6, now fatigue and 4 kg weight loss. Impression remains lumbar strain / mechanical back pain. Labs ordered.
""", author=pcp, enc=e2)
    e3 = c.enc("2026-10-28", "Office visit", reason="Abnormal labs", who=pcp, org=pco, service="Family Medicine")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 14.4, "g/dL", "2025-10-14", 13.5, 17.5)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.0, "mg/dL", "2025-10-14", 0.7, 1.3)
    c.cbc("2026-10-28", 9.6, mcv=92, plt=188, sex="M", enc=e3)
    c.bmp("2026-10-28", 1.7, 42, ca=11.3, bun=31, sex="M", enc=e3,
          extra=[c.lab("2885-2", "Protein [Mass/volume] in Serum or Plasma", 9.1, "g/dL", "2026-10-28", 6.0, 8.3),
                 c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", 3.2, "g/dL", "2026-10-28", 3.5, 5.0)])
    c.vitals("2026-10-28", 132, 80, 84, 80.1, enc=e3)
    c.sr(cc(S("306203002", "Referral to hematology service")), "2026-10-28", status="completed", reason=strain, who=pcp, performer=hem, priority="urgent")
    e4 = c.enc("2026-11-19", "New patient hematology consultation", reason="Anemia, hypercalcemia, renal insufficiency", who=hem, service="Hematology")
    c.vitals("2026-11-19", 130, 78, 86, 79.6, enc=e4)
    for code, text in (("C-SPEP-IFE", "Serum protein electrophoresis with immunofixation"), ("C-FLC", "Serum free kappa/lambda light chains"), ("C-SKSURV", "Skeletal survey (low-dose whole-body CT)")):
        c.sr(cc(("https://piedmontonc.com/codes/orders", code, text)), "2026-11-19", status="active", who=hem, enc=e4, occ="2026-12-03")
    c.note("2026-11-19", "Hematology consultation", """
HEMATOLOGY NEW PATIENT - Dr. O. Adeyemi
71M referred by PCP. Back pain since 5/2026 labelled as lumbar strain (lifting injury) and treated with NSAID, muscle relaxant and PT without improvement; pain has spread to mid-back and ribs, worse at night; fatigue and 4 kg weight loss.
Labs 10/28: Hgb 9.6 (14.4 a year ago), normocytic; Ca 11.3; Cr 1.7 (1.0 a year ago); total protein 9.1 with albumin 3.2 (globulin gap 5.9). Lumbar films: diffuse osteopenia.
Assessment: the lumbar strain diagnosis does not explain the progressive pain pattern, anemia, hypercalcemia, renal insufficiency or protein gap. No diagnosis established yet.
Plan: SPEP/IFE, free light chains, whole-body low-dose CT; hydration; NSAID already stopped; return 12/8 with results.
""", typ=("11488-4", "Consult note"), author=hem, enc=e4)
    return c


def s_nephrect(cid):
    c = Case(cid, "C4")
    c.patient("Linda Marie", "Okafor", "female", "1965-08-12", "CCA-5520918", "2216 SE Belmont St", "97214", "503-555-0177", marital="M")
    uro = c.pract("Benjamin", "Hartley", "MD", "1467509913")
    anes = c.pract("Grace", "Nakamura", "MD", "1780644271")
    c.coverage("Providence Health Plan", "Providence Choice PPO", "2021-01-01", "PHP00918273")
    c.allergy(RX("10180", "sulfamethoxazole"), "Sulfa drugs", "Rash", "1999-01-01")
    c.cond(cc(S("78275009", "Obstructive sleep apnea syndrome"), I("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2026-10-30", note="Severe OSA (AHI 41) on home sleep study 10/2026; CPAP started 11/2026.")
    c.cond(cc(S("40930008", "Hypothyroidism"), I("E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    c.cond(cc(S("414916001", "Obesity"), I("E66.9", "Obesity, unspecified")), "2015-01-01")
    mass = c.cond(cc(I("D41.02", "Neoplasm of uncertain behavior of left kidney"), S("126880001", "Neoplasm of kidney"), text="3.4 cm enhancing solid left renal mass, cT1a, presumed renal cell carcinoma"), "2026-09-08", who=uro)
    c.report(cc(L("79099-8", "CT Abdomen and Pelvis WO and W contrast IV"), text="CT renal mass protocol"), "2026-09-08",
             conclusion="3.4 x 3.1 cm solid enhancing mass, interpolar left kidney, enhancement 95 HU, RENAL nephrometry score 7a. No renal vein involvement, no adenopathy, no metastases. Clinical T1a N0 M0.", cat=("RAD", "Radiology"))
    c.report(cc(L("24627-2", "CT Chest"), text="CT chest without contrast"), "2026-09-08", conclusion="No pulmonary nodules or metastatic disease.", cat=("RAD", "Radiology"))
    e1 = c.enc("2026-10-06", "Urologic oncology consultation", reason="Left renal mass", who=uro, service="Urologic Oncology")
    c.vitals("2026-10-06", 138, 84, 78, 104.5, bmi=37.2, enc=e1)
    c.bmp("2026-10-06", 0.82, 81, enc=e1)
    c.cbc("2026-10-06", 13.0, enc=e1)
    c.note("2026-10-06", "Urologic oncology consultation", """
UROLOGIC ONCOLOGY - Dr. B. Hartley
61F with incidentally found 3.4 cm enhancing left interpolar renal mass (cT1a, RENAL 7a), presumed RCC. Options reviewed: active surveillance, percutaneous ablation, partial nephrectomy. Given age, health and tumor size, recommend robot-assisted laparoscopic left partial nephrectomy. Risks discussed: bleeding, urine leak, conversion to radical nephrectomy, loss of renal function.
Plan: proceed with robotic partial nephrectomy, target January 2027. Pre-anesthesia evaluation required (snoring, daytime somnolence - possible OSA).
""", typ=("11488-4", "Consult note"), author=uro, enc=e1)
    c.sr(cc(P("50543", "Laparoscopy, surgical; partial nephrectomy"), S("77937000", "Partial nephrectomy"), text="Robot-assisted laparoscopic left partial nephrectomy"),
         "2026-10-06", status="on-hold", intent="plan", reason=mass, who=uro, performer=uro, occ="2027-01-20",
         note="On hold pending pre-anesthesia clearance (new severe OSA, CPAP acclimatization). Tentative OR date 1/20/2027.")
    e2 = c.enc("2026-11-03", "Pre-anesthesia evaluation", reason="Pre-operative assessment - partial nephrectomy", who=anes, service="Anesthesiology Pre-operative Clinic")
    c.vitals("2026-11-03", 134, 82, 76, 104.1, spo2=95, enc=e2)
    c.note("2026-11-03", "Pre-anesthesia clinic", """
PRE-ANESTHESIA CLINIC - Dr. G. Nakamura
Planned robotic left partial nephrectomy (Dr. Hartley). STOP-BANG 6; home sleep study 10/30: severe OSA, AHI 41. Started auto-CPAP. Functional capacity >4 METs. ECG normal.
Recommendation: cleared to proceed once CPAP-adherent for 4 weeks (download review 12/2026). Surgery remains on hold until then.
""", author=anes, enc=e2)
    c.report(cc(L("11524-6", "EKG study")), "2026-11-03", conclusion="Normal sinus rhythm, normal ECG.", cat=("EC", "Electrocardiac"), enc=e2)
    c.medstmt(cc(RX("10582", "levothyroxine"), text="levothyroxine 100 mcg tablet"), "2012-02-01", dosage="100 mcg daily")
    c.medstmt(cc(RX("5487", "hydrochlorothiazide"), text="hydrochlorothiazide 12.5 mg capsule"), "2020-01-01", dosage="12.5 mg daily", note="For ankle edema")
    c.immun("2026-10-06", "150", "Influenza, injectable, quadrivalent, preservative free")
    return c


def s_pancpall(cid):
    c = Case(cid, "C2")
    c.patient("Eugene Arthur", "Halvorsen", "male", "1945-05-27", "SCI-2040761", "10450 W Peoria Ave", "85351", "623-555-0139", marital="W")
    onc = c.pract("Rachel", "Kaufman", "MD", "1154320987")
    gi = c.pract("Hector", "Salinas", "MD", "1962817340")
    pal = c.pract("Ingrid", "Holm", "MD", "1477623058")
    hospice = c.extorg("Desert Sky Hospice", "Sun City", "AZ")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2010-05-01", "8JK3PL6UV27", ("SUBSIDIZ", "subsidized health program"))
    c.nkda()
    c.cond(cc(S("13645005", "Chronic obstructive lung disease"), I("J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2011-01-01")
    c.cond(cc(S("49436004", "Atrial fibrillation"), I("I48.91", "Unspecified atrial fibrillation")), "2018-01-01")
    ca = c.cond(cc(I("C25.0", "Malignant neoplasm of head of pancreas"), S("363418001", "Malignant tumor of pancreas"), text="Pancreatic ductal adenocarcinoma, head, with hepatic metastases (stage IV)"), "2026-10-21", who=onc,
                stage={"summary": {"text": "cT3 N1 M1 - AJCC 8th stage IV"}})
    c.cond(cc(I("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-10-21")
    e0 = c.enc("2026-10-19", "Inpatient admission", "IMP", reason="Painless jaundice, weight loss", end="2026-10-25", who=gi, service="Gastroenterology",
               admit=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    c.report(cc(L("79099-8", "CT Abdomen and Pelvis WO and W contrast IV"), text="CT pancreas protocol"), "2026-10-19",
             conclusion="3.8 cm hypoenhancing mass pancreatic head with SMV abutment, biliary and pancreatic duct dilatation. At least 6 hepatic lesions up to 2.4 cm consistent with metastases.", cat=("RAD", "Radiology"))
    c.proc(cc(P("43260", "Endoscopic retrograde cholangiopancreatography (ERCP); diagnostic"), text="EUS-FNB pancreatic head mass and ERCP with metal biliary stent"), "2026-10-21", who=gi, enc=e0,
           outcome="Fully covered metal biliary stent placed; FNB pancreatic mass")
    c.report(cc(L("60567-5", "Comprehensive pathology report panel"), text="Surgical pathology - EUS-FNB pancreatic head"), "2026-10-23", conclusion="Adenocarcinoma, moderately to poorly differentiated, consistent with pancreatic primary.", cat=("PAT", "Pathology"))
    c.lab("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", 4820, "U/mL", "2026-10-20", None, 35)
    c.lft("2026-11-12", alt=58, ast=61, alp=312, tbili=2.1, alb=2.6)
    c.obs(cc(L("89247-1", "ECOG Performance Status score")), date="2026-11-12", cat="survey", vcc=cc((LNC, "LA9625-7", "Capable of only limited selfcare, confined to bed or chair more than 50% of waking hours"), text="ECOG 3"))
    c.obs(cc(L("21908-9", "Stage group.clinical Cancer")), date="2026-10-28", cat="exam", vcc={"text": "Stage IV (cT3 cN1 cM1), AJCC 8th edition"}, key="stg")
    e1 = c.enc("2026-11-12", "Medical oncology consultation", reason="Metastatic pancreatic adenocarcinoma", who=onc, service="GI Medical Oncology")
    c.vitals("2026-11-12", 104, 62, 92, 58.2, enc=e1)
    c.add({"resourceType": "ClinicalImpression", "status": "completed", "subject": {"reference": c.pt}, "encounter": {"reference": e1},
           "date": "2026-11-13", "assessor": {"reference": onc}, "code": {"text": "GI multidisciplinary tumor board"},
           "description": "GI tumor board review 11/13/2026",
           "problem": [{"reference": ca}],
           "summary": "81M, stage IV pancreatic adenocarcinoma with hepatic metastases, ECOG 3, albumin 2.6, 14 kg weight loss, COPD. Board consensus: not a candidate for systemic chemotherapy or any disease-directed therapy given performance status and frailty; no treatment options expected to prolong survival. Recommend best supportive care, hospice referral, celiac plexus block for pain.",
           "finding": [{"itemCodeableConcept": {"text": "Not a candidate for systemic therapy (ECOG 3)"}}]}, "ci")
    c.sr(cc(S("305911006", "Referral to hospice service"), text="Hospice referral"), "2026-11-13", status="active", intent="order", reason=ca, who=onc, performer=hospice)
    c.careplan("Goals of care / comfort plan", "2026-11-13", cat=cc(S("103735009", "Palliative care")), addresses=[ca], author=pal,
               desc="Best supportive care; DNR/DNI; pain control; home hospice enrollment.")
    c.medreq(cc(RX("7804", "oxycodone"), text="oxycodone 5 mg tablet"), "2026-11-12", "5 mg every 4 h as needed for pain", who=pal, reason=ca)
    c.medreq(cc(text="pancrelipase (Creon) 24,000 units lipase capsule"), "2026-11-12", "2 capsules with meals, 1 with snacks", who=onc, reason=ca)
    c.note("2026-11-12", "Medical oncology consultation", """
GI MEDICAL ONCOLOGY - Dr. R. Kaufman
81M with newly diagnosed stage IV pancreatic adenocarcinoma (liver metastases), CA 19-9 4820. Biliary metal stent 10/21. Now ECOG 3, in bed/chair most of day, 14 kg weight loss, albumin 2.6.
Discussed with patient and daughter: chemotherapy would not be tolerated at this performance status and is not recommended; there are no disease-directed treatment options for him. He values time at home.
Plan: present at tumor board 11/13; hospice referral; palliative medicine co-management.
""", typ=("11488-4", "Consult note"), author=onc, enc=e1)
    return c


def s_prostAS(cid):
    c = Case(cid, "C1")
    c.patient("Terrence Lamar", "Bolden", "male", "1964-03-19", "LCC00398722", "8123 S Calumet Ave", "60619", "773-555-0185", marital="M")
    uro = c.pract("Steven", "Mrozek", "MD", "1528067734")
    c.coverage("UnitedHealthcare", "UHC Choice Plus", "2016-01-01", "UHC930217745")
    c.nkda()
    c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2014-01-01")
    c.cond(cc(S("55822004", "Hyperlipidemia"), I("E78.5", "Hyperlipidemia, unspecified")), "2016-01-01")
    pca = c.cond(cc(I("C61", "Malignant neoplasm of prostate"), S("399068003", "Malignant tumor of prostate"), text="Prostate adenocarcinoma, Gleason 3+3=6 (Grade Group 1), cT1c, very low risk"), "2025-11-20", who=uro)
    c.report(cc(L("60567-5", "Comprehensive pathology report panel"), text="MRI-fusion targeted and systematic prostate biopsy"), "2025-11-20",
             conclusion="Adenocarcinoma Gleason 3+3=6 (GG1) in 2 of 14 cores (left mid 10%, left base 5%). Targeted PI-RADS 3 lesion: benign. No perineural invasion.", cat=("PAT", "Pathology"))
    c.report(cc(L("30787-6", "MR Prostate WO and W contrast IV"), text="Multiparametric MRI prostate"), "2026-05-12", conclusion="Prostate volume 48 mL. Stable 6 mm PI-RADS 3 lesion left peripheral zone. No extraprostatic extension. PSA density 0.11.", cat=("RAD", "Radiology"))
    for d, v in (("2025-10-02", 5.6), ("2026-05-05", 5.4), ("2026-11-10", 5.8)):
        c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", v, "ng/mL", d, None, 4.0)
    c.careplan("Active surveillance - low-risk prostate cancer", "2025-12-15", addresses=[pca], author=uro,
               cat=cc(S("736366004", "Cancer care plan"), text="Oncology care plan"),
               desc="Active surveillance per NCCN very-low-risk pathway: PSA every 6 months, MRI annually, confirmatory biopsy at 12-18 months.",
               acts=[{"detail": {"status": "scheduled", "description": "Confirmatory MRI-fusion biopsy", "scheduledString": "May 2027"}},
                     {"detail": {"status": "scheduled", "description": "PSA", "scheduledString": "May 2027"}}])
    e1 = c.enc("2026-11-17", "Urology office visit", reason="Active surveillance, prostate cancer", who=uro, service="Urologic Oncology")
    c.vitals("2026-11-17", 134, 84, 70, 92.0, enc=e1)
    c.note("2026-11-17", "Urology follow-up", """
UROLOGIC ONCOLOGY - Dr. S. Mrozek
62M with Grade Group 1 prostate cancer (2/14 cores, low volume), cT1c, PSA 5.8 (5.4-5.8 over 13 months), PSA density 0.11 - very low risk.
No treatment at this time: active surveillance is the recommended management, and curative options (surgery or radiation) remain fully available if there is reclassification. Patient comfortable with plan; understands triggers for treatment.
Plan: PSA in 6 months; confirmatory MRI-fusion biopsy May 2027.
""", author=uro, enc=e1)
    c.medstmt(cc(RX("29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2014-02-01", dosage="10 mg daily")
    c.medstmt(cc(RX("83367", "atorvastatin"), text="atorvastatin 20 mg tablet"), "2016-02-01", dosage="20 mg daily")
    c.bmp("2026-11-10", 1.06, 80, sex="M")
    c.immun("2026-10-20", "150", "Influenza, injectable, quadrivalent, preservative free")
    return c


def s_adtqol(cid):
    c = Case(cid, "C2")
    c.patient("Victor Manuel", "Alvarado", "male", "1958-10-02", "SCI-1877304", "2745 E Camelback Rd", "85016", "602-555-0114", lang="es", marital="M")
    onc = c.pract("Nadia", "Farouk", "MD", "1093811642")
    c.coverage("Banner Medicare Advantage", "Banner Medicare Advantage Prime HMO", "2023-11-01", "BMA55120873", ("MCPOL", "Managed care policy"))
    c.nkda()
    c.cond(cc(S("44054006", "Diabetes mellitus type 2"), I("E11.9", "Type 2 diabetes mellitus without complications")), "2016-01-01")
    pca = c.cond(cc(I("C61", "Malignant neoplasm of prostate"), text="Prostate adenocarcinoma, biochemically recurrent after radical prostatectomy (2019), PSMA-avid pelvic nodal metastases"), "2019-02-01", who=onc)
    c.cond(cc(I("C77.5", "Secondary and unspecified malignant neoplasm of intrapelvic lymph nodes")), "2026-04-16")
    c.report(cc(L("81555-5", "PET+CT Whole body"), text="PSMA PET/CT (piflufolastat F-18)"), "2026-04-16",
             conclusion="Three PSMA-avid left external/common iliac lymph nodes (SUVmax 11.2), largest 1.1 cm. Prostate bed clear. No bone or visceral disease.", cat=("RAD", "Radiology"))
    for d, v, i in (("2026-01-12", 2.9, "H"), ("2026-04-06", 4.8, "H"), ("2026-08-04", 0.31, "H"), ("2026-11-03", 0.04, "N")):
        c.obs(cc(L("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), v, "ng/mL", d, None, 0.1, i, text_range="<0.1 ng/mL post-prostatectomy", key="lab")
    c.careplan("Systemic therapy - androgen deprivation", "2026-05-06", addresses=[pca], author=onc, cat=cc(S("736366004", "Cancer care plan")),
               desc="Leuprolide 22.5 mg IM every 12 weeks plus apalutamide 240 mg daily for PSMA-positive nodal recurrence; planned duration 24 months; consider metastasis-directed therapy after PSA nadir.",
               acts=[{"detail": {"status": "in-progress", "description": "Leuprolide acetate 22.5 mg IM q12 weeks (doses 5/6, 7/29, 10/21/2026)"}},
                     {"detail": {"status": "in-progress", "description": "Apalutamide 240 mg PO daily"}}])
    c.medreq(cc(RX("42375", "leuprolide"), ("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets", "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), text="leuprolide acetate depot 22.5 mg IM"),
             "2026-05-06", "22.5 mg IM every 12 weeks", who=onc, reason=pca)
    c.medreq(cc(text="apalutamide 60 mg tablet (Erleada)"), "2026-05-06", "240 mg (4 tablets) by mouth daily", who=onc, reason=pca)
    c.medstmt(cc(RX("6809", "metformin"), text="metformin 1000 mg tablet"), "2016-02-01", dosage="1000 mg twice daily")
    for d, tot, pwb, fwb in (("2026-04-28", 121, 25, 22), ("2026-08-04", 108, 21, 17), ("2026-11-03", 99, 19, 14)):
        e = c.enc(d, "Genitourinary oncology visit", reason="Recurrent prostate cancer", who=onc, service="GU Medical Oncology")
        qr = c.add({"resourceType": "QuestionnaireResponse", "status": "completed", "subject": {"reference": c.pt}, "authored": d + "T08:40:00Z", "source": {"reference": c.pt},
                    "encounter": {"reference": e}, "questionnaire": "https://sonorancancer.org/fhir/Questionnaire/fact-p-v4",
                    "item": [{"linkId": "pwb", "text": "Physical well-being (0-28)", "answer": [{"valueInteger": pwb}]},
                             {"linkId": "fwb", "text": "Functional well-being (0-28)", "answer": [{"valueInteger": fwb}]},
                             {"linkId": "total", "text": "FACT-P total score (0-156)", "answer": [{"valueInteger": tot}]}]}, "qr")
        c.obs(cc(("https://sonorancancer.org/codes/pro", "FACTP-TOT", "FACT-P total score"), text="Functional Assessment of Cancer Therapy - Prostate (FACT-P) total"), tot, "{score}", d, cat="survey", enc=e,
              text_range="0-156, higher = better quality of life; MCID 6-10 points", deriv=[qr])
        c.vitals(d, 130, 80, 74, 88.0 + (0 if d < "2026-06" else 2.6), enc=e)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.6, "%", "2026-11-03", None, 5.6)
    c.note("2026-11-03", "GU oncology follow-up", """
GU MEDICAL ONCOLOGY - Dr. N. Farouk
68M, PSMA-positive pelvic nodal recurrence of prostate cancer (RP 2019), on leuprolide + apalutamide since 5/6/2026. Excellent PSA response (4.8 -> 0.04).
Quality of life has declined substantially since starting ADT: FACT-P total 121 at baseline -> 108 (Aug) -> 99 today (22-point fall, well above the MCID). Daily hot flashes (8-10/day), profound fatigue, loss of libido, low mood, stopped working part-time, 2.6 kg weight gain, A1c up to 7.6.
Plan: discussed intermittent ADT vs continuing; venlafaxine for hot flashes; exercise referral; continue current therapy for now and revisit in 3 months.
""", author=onc)
    return c


def s_capox(cid):
    c = Case(cid, "C4")
    c.patient("Monique Thi", "Tran", "female", "1972-12-15", "CCA-6640172", "4415 NE Sandy Blvd", "97213", "503-555-0158", lang="vi", marital="M")
    onc = c.pract("Aaron", "Lindqvist", "MD", "1225146609")
    surg = c.pract("Patricia", "Mbeki", "MD", "1336294053")
    c.coverage("Regence BlueCross BlueShield of Oregon", "Regence Preferred PPO", "2019-01-01", "ZRG771624105")
    c.nkda()
    c.cond(cc(S("235595009", "Gastroesophageal reflux disease"), I("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2018-01-01")
    ca = c.cond(cc(I("C18.2", "Malignant neoplasm of ascending colon"), S("363406005", "Malignant tumor of colon"), text="Adenocarcinoma of ascending colon, pT3 pN1b (3/21 nodes) M0, stage IIIB, MSS"), "2026-08-27", who=onc)
    c.obs(cc(L("21902-2", "Stage group.pathology Cancer")), date="2026-09-22", cat="exam", vcc={"text": "Stage IIIB (pT3 pN1b cM0), AJCC 8th"}, key="stg")
    c.proc(cc(P("44205", "Laparoscopy, surgical; colectomy, partial, with removal of terminal ileum with ileocolostomy"), text="Laparoscopic right hemicolectomy"), "2026-09-16", reason=ca, who=surg,
           outcome="R0 resection; primary ileocolic anastomosis; no stoma")
    c.report(cc(L("60567-5", "Comprehensive pathology report panel"), text="Surgical pathology - right hemicolectomy"), "2026-09-19",
             conclusion="Invasive adenocarcinoma, moderately differentiated, 4.2 cm, invades through muscularis propria into pericolorectal tissue (pT3). 3/21 lymph nodes positive (pN1b). Margins negative. MMR proficient.", cat=("PAT", "Pathology"))
    c.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", 2.1, "ng/mL", "2026-10-07", None, 3.0)
    c.proc(cc(P("36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older"), text="Right chest port placement"), "2026-10-14", who=surg)
    cp = c.careplan("Adjuvant CAPOX x 4 cycles (3 months)", "2026-10-21", addresses=[ca], author=onc, cat=cc(S("736366004", "Cancer care plan"), text="Chemotherapy treatment plan"),
                    desc="Adjuvant CAPOX (IDEA - 3 months) for stage III colon cancer: oxaliplatin 130 mg/m2 IV day 1 + capecitabine 1000 mg/m2 PO BID days 1-14, every 21 days x 4 cycles. BSA 1.62 m2.",
                    acts=[{"detail": {"status": "completed", "description": "Cycle 1 day 1 - 10/21/2026"}},
                          {"detail": {"status": "completed", "description": "Cycle 2 day 1 - 11/11/2026"}},
                          {"detail": {"status": "scheduled", "description": "Cycle 3 day 1", "scheduledString": "12/2/2026"}},
                          {"detail": {"status": "scheduled", "description": "Cycle 4 day 1", "scheduledString": "12/23/2026"}}])
    c.medreq(cc(RX("32592", "oxaliplatin"), text="oxaliplatin 210 mg in D5W 500 mL IV"), "2026-10-21", "130 mg/m2 (210 mg) IV over 2 h on day 1 of each 21-day cycle; cycle 2 of 4 given 11/11/2026", who=onc, reason=ca, category="outpatient")
    c.medreq(cc(RX("194000", "capecitabine"), text="capecitabine 500 mg tablet"), "2026-10-21", "1650 mg (1000 mg/m2) by mouth twice daily days 1-14 of each 21-day cycle x 4 cycles", who=onc, reason=ca)
    c.medreq(cc(RX("26225", "ondansetron"), text="ondansetron 8 mg tablet"), "2026-10-21", "8 mg every 8 h as needed for nausea", who=onc)
    for d, cyc in (("2026-10-21", 1), ("2026-11-11", 2)):
        e = c.enc(d, "Infusion center visit", reason=f"CAPOX cycle {cyc} day 1", who=onc, service="Medical Oncology Infusion")
        c.proc(cc(P("96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour, single or initial substance/drug"), text=f"Oxaliplatin infusion - CAPOX cycle {cyc}"), d, reason=ca, enc=e)
        c.cbc(d, 12.8 - 0.4 * cyc, wbc=6.2 - 0.8 * cyc, plt=260 - 40 * cyc, enc=e)
        c.vitals(d, 118, 72, 80, 61.0 - 0.6 * cyc, enc=e)
    c.note("2026-11-11", "Medical oncology - cycle 2", """
MEDICAL ONCOLOGY - Dr. A. Lindqvist
54F with stage IIIB colon adenocarcinoma s/p laparoscopic right hemicolectomy 9/16/2026, now on adjuvant CAPOX. Cycle 2 day 1 today. Cold-induced paresthesias for 3 days after cycle 1; mild hand-foot erythema; nausea controlled. ECOG 0.
Plan: proceed with cycle 2 at full dose; cycles 3 and 4 on 12/2 and 12/23; CT chest/abdomen/pelvis after completion; CEA every 3 months.
""", author=onc)
    return c


def s_thyroidqr(cid):
    c = Case(cid, "C3")
    c.patient("Elena Sofia", "Vasquez", "female", "1981-06-07", "POH-204117", "1520 East Blvd", "28203", "704-555-0193", marital="M")
    endo = c.pract("Caroline", "Ashby", "MD", "1598740021")
    c.coverage("Cigna", "Cigna Open Access Plus", "2022-01-01", "U2918837401")
    c.allergy(None, "Latex", "Contact dermatitis", "2010-01-01")
    ptc = c.cond(cc(I("C73", "Malignant neoplasm of thyroid gland"), S("255029007", "Papillary thyroid carcinoma"), text="Papillary thyroid microcarcinoma, right lobe, 8 mm, cT1a N0"), "2026-03-10", who=endo)
    c.cond(cc(S("35489007", "Depressive disorder"), I("F33.0", "Major depressive disorder, recurrent, mild")), "2016-01-01")
    c.report(cc(L("60567-5", "Comprehensive pathology report panel"), text="Thyroid FNA cytology"), "2026-03-10", conclusion="Right thyroid nodule, FNA: Malignant (Bethesda VI), papillary thyroid carcinoma.", cat=("PAT", "Pathology"))
    for d, size in (("2026-02-18", "8 x 6 x 6 mm"), ("2026-09-15", "8 x 7 x 6 mm")):
        c.report(cc(L("24842-7", "US Thyroid"), text="Thyroid and neck ultrasound"), d, conclusion=f"Right mid-lobe hypoechoic solid nodule {size}, not abutting capsule or trachea. No suspicious cervical lymph nodes.", cat=("RAD", "Radiology"))
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.9, "m[IU]/L", "2026-09-15", 0.4, 4.0)
    c.careplan("Active surveillance - papillary thyroid microcarcinoma", "2026-04-07", addresses=[ptc], author=endo,
               desc="Neck ultrasound every 6 months for 2 years then annually; triggers for surgery: growth >3 mm, nodal disease, patient preference.")
    c.medstmt(cc(RX("36437", "sertraline"), text="sertraline 50 mg tablet"), "2016-03-01", dosage="50 mg daily")
    e1 = c.enc("2026-11-17", "Thyroid cancer surveillance visit", reason="Papillary microcarcinoma - active surveillance", who=endo, service="Endocrine Oncology")
    c.vitals("2026-11-17", 112, 70, 74, 64.2, enc=e1)
    qr = c.add({"resourceType": "QuestionnaireResponse", "status": "completed", "subject": {"reference": c.pt}, "authored": "2026-11-16T20:31:00Z",
                "source": {"reference": c.pt}, "encounter": {"reference": e1}, "questionnaire": "https://piedmontonc.com/fhir/Questionnaire/previsit-checkin-v3",
                "item": [{"linkId": "dt", "text": "Distress Thermometer: how much distress have you been experiencing in the past week (0-10)?", "answer": [{"valueInteger": 6}]},
                         {"linkId": "prob-worry", "text": "Problem list: worry", "answer": [{"valueBoolean": True}]},
                         {"linkId": "plan-q", "text": "Do you have questions or concerns about your treatment plan?", "answer": [{"valueCoding": {"system": LNC, "code": "LA33-6", "display": "Yes"}}]},
                         {"linkId": "so", "text": "Would you like help arranging a second opinion?", "answer": [{"valueCoding": {"system": LNC, "code": "LA33-6", "display": "Yes"}}]},
                         {"linkId": "comments", "text": "Anything else you want your care team to know?", "answer": [{"valueString": "Everything I read says surgery is the standard for thyroid cancer. I don't feel my worries about just watching it were taken seriously and I would like another specialist to look at my case."}]}]}, "qr")
    c.obs(cc(("https://piedmontonc.com/codes/pro", "NCCN-DT", "NCCN Distress Thermometer score")), date="2026-11-16", cat="survey", vint=6, deriv=[qr])
    c.note("2026-11-17", "Endocrine oncology follow-up", """
ENDOCRINE ONCOLOGY - Dr. C. Ashby
45F with 8 mm papillary thyroid microcarcinoma on active surveillance since 4/2026. Ultrasound 9/15: 8 x 7 x 6 mm, stable, no nodes.
Pre-visit check-in: distress 6/10; she answered yes to wanting a second opinion. Discussed data for surveillance vs lobectomy again.
Plan: continue surveillance, ultrasound 3/2027; staff to assist with records for outside opinion.
""", author=endo, enc=e1)
    c.immun("2026-10-01", "150", "Influenza, injectable, quadrivalent, preservative free")
    c.cbc("2026-09-15", 13.3)
    return c


def s_melno(cid):
    c = Case(cid, "C2")
    c.patient("Douglas Raymond", "Kerr", "male", "1963-01-22", "SCI-1590338", "6240 E Via Estrada", "85258", "480-555-0190", marital="M")
    onc = c.pract("Lena", "Bjornstad", "MD", "1861920374")
    surg = c.pract("Marcus", "Oyelaran", "MD", "1710398845")
    c.coverage("Blue Cross Blue Shield of Arizona", "BCBSAZ Alliance PPO", "2017-01-01", "AZB660812294")
    c.nkda()
    mel = c.cond(cc(I("C43.59", "Malignant melanoma of other part of trunk"), S("372244006", "Malignant melanoma"), text="Superficial spreading melanoma, left upper back, pT2a N0 (SLNB 0/2), stage IB"), "2026-05-14", who=onc)
    c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2018-01-01")
    c.cond(cc(S("201101007", "Actinic keratosis"), I("L57.0", "Actinic keratosis")), "2020-01-01", status="resolved", abated="2024-06-01")
    c.report(cc(L("60567-5", "Comprehensive pathology report panel"), text="Shave biopsy left upper back"), "2026-05-14", conclusion="Invasive melanoma, superficial spreading type, Breslow 1.4 mm, no ulceration, mitoses 2/mm2.", cat=("PAT", "Pathology"))
    c.proc(cc(P("11603", "Excision, malignant lesion including margins, trunk, arms, or legs; excised diameter 2.1 to 3.0 cm"), text="Wide local excision (1 cm margins) left upper back with sentinel lymph node biopsy left axilla"),
           "2026-06-09", reason=mel, who=surg, outcome="Margins clear; sentinel nodes 0/2")
    for d in ("2026-08-25", "2026-11-24"):
        e = c.enc(d, "Melanoma surveillance visit", reason="Stage IB melanoma surveillance", who=onc, service="Melanoma Program")
        c.vitals(d, 128, 80, 66, 84.5, enc=e)
    c.lab("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", 172, "U/L", "2026-11-24", 120, 246)
    c.cbc("2026-11-24", 14.9, sex="M")
    c.lft("2026-11-24")
    qr = c.add({"resourceType": "QuestionnaireResponse", "status": "completed", "subject": {"reference": c.pt}, "authored": "2026-11-23T18:02:00Z",
                "source": {"reference": c.pt}, "questionnaire": "https://sonorancancer.org/fhir/Questionnaire/survivorship-checkin",
                "item": [{"linkId": "dt", "text": "Distress Thermometer (0-10)", "answer": [{"valueInteger": 2}]},
                         {"linkId": "newsx", "text": "Have you noticed any new or changing moles or lumps?", "answer": [{"valueCoding": {"system": LNC, "code": "LA32-8", "display": "No"}}]},
                         {"linkId": "plan-q", "text": "Do you have concerns about your follow-up plan?", "answer": [{"valueCoding": {"system": LNC, "code": "LA32-8", "display": "No"}}]},
                         {"linkId": "so", "text": "Would you like help arranging a second opinion?", "answer": [{"valueCoding": {"system": LNC, "code": "LA32-8", "display": "No"}}]}]}, "qr")
    c.note("2026-11-24", "Melanoma surveillance", """
MELANOMA PROGRAM - Dr. L. Bjornstad
63M, stage IB melanoma left upper back, WLE + SLNB 6/9/2026 (0/2). Full skin and nodal exam today: healed scar, no in-transit or nodal disease, no new atypical lesions. LDH normal. Check-in questionnaire: low distress, no concerns about plan.
Plan: skin/nodal exam every 6 months x 2 years, annual dermatology full-skin exam, sun protection counseling. No adjuvant therapy indicated for stage IB.
""", author=onc)
    c.medstmt(cc(RX("52175", "losartan"), text="losartan 50 mg tablet"), "2018-02-01", dosage="50 mg daily")
    return c


def s_cipn(cid):
    c = Case(cid, "C1")
    c.patient("Angela Marie", "Russo", "female", "1967-09-09", "LCC00512930", "1912 W Superior St", "60622", "312-555-0136", marital="D")
    onc = c.pract("David", "Greenberg", "MD", "1669438210")
    sup = c.pract("Yolanda", "Price", "APRN", "1356021847")
    c.coverage("Aetna", "Aetna Choice POS II", "2018-01-01", "W224981736")
    c.nkda()
    c.cond(cc(I("Z85.3", "Personal history of malignant neoplasm of breast"), text="Triple-negative breast cancer, right, stage IIA (2024) - NED"), "2024-01-15", status="resolved", abated="2024-10-01",
           note="Neoadjuvant chemotherapy (weekly paclitaxel/carboplatin then AC) 1-6/2024, lumpectomy 7/2024 (pCR), adjuvant whole-breast radiation completed 9/2024. No ongoing cancer therapy.")
    cipn = c.cond(cc(I("G62.0", "Drug-induced polyneuropathy"), S("428263003", "Chemotherapy-induced peripheral neuropathy"), text="Chemotherapy-induced peripheral neuropathy (paclitaxel), painful, feet > hands"), "2024-04-01", who=sup)
    c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2015-01-01")
    c.cond(cc(S("35489007", "Depressive disorder"), I("F32.9", "Major depressive disorder, single episode, unspecified")), "2020-01-01", status="remission", abated="2023-01-01")
    c.medstmt(cc(RX("72625", "duloxetine"), text="duloxetine 60 mg capsule"), "2025-11-04", dosage="60 mg daily (30 mg x 2 weeks then 60 mg since 11/18/2025)", reason=cipn, asserted="2026-11-17",
              note="Adherent per pharmacy refill history.")
    c.medstmt(cc(RX("29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2015-03-01", dosage="10 mg daily")
    c.medreq(cc(text="lidocaine 4% topical patch"), "2026-05-19", "Apply to dorsum of each foot up to 12 h/day", who=sup, reason=cipn)
    data = (("2026-05-19", 4, "numbness and burning both feet, manageable"), ("2026-08-18", 6, "burning now to mid-shin, night pain"), ("2026-11-17", 7, "burning/electric pain feet and fingertips, waking 3x/night, dropped objects"))
    for d, p, desc in data:
        e = c.enc(d, "Supportive oncology visit", reason="Painful chemotherapy-induced neuropathy", who=sup, service="Supportive Oncology / Survivorship")
        c.obs(cc(L("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), p, "{score}", d, cat="survey", enc=e, note=desc)
        c.vitals(d, 124, 78, 72, 70.2, enc=e)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.3, "%", "2026-08-18", None, 5.6)
    c.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 512, "pg/mL", "2026-08-18", 232, 1245)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.2, "m[IU]/L", "2026-08-18", 0.4, 4.0)
    c.report(cc(L("24604-1", "MG Breast Diagnostic"), text="Mammogram bilateral diagnostic"), "2026-07-21", conclusion="Post-lumpectomy changes right breast. BI-RADS 2, benign.", cat=("RAD", "Radiology"))
    c.note("2026-11-17", "Supportive oncology follow-up", """
SUPPORTIVE ONCOLOGY - Y. Price, APRN
59F, TNBC stage IIA 2024 (pCR, NED), painful paclitaxel-induced peripheral neuropathy. On duloxetine 60 mg daily continuously since 11/2025 (adherent), topical lidocaine since 5/2026.
Pain NRS 4 (May) -> 6 (Aug) -> 7 today, with proximal spread to mid-shins and new fingertip burning; sleep disrupted; dropping objects. A1c, B12, TSH normal. No cancer recurrence on surveillance.
Assessment: worsening neuropathic pain despite 12 months of duloxetine.
Plan: add gabapentin titration; PT for balance; neurology referral.
""", author=sup)
    return c


def s_net(cid):
    c = Case(cid, "C3")
    c.patient("Margaret Helen", "Kowalski", "female", "1960-02-27", "POH-097551", "405 Sardis Rd N", "28270", "704-555-0141", marital="M")
    onc = c.pract("Jonathan", "Weiss", "MD", "1427056638")
    c.coverage("Blue Cross NC", "Blue Advantage PPO", "2015-01-01", "YPW881034526")
    c.allergy(RX("10831", "sulfamethoxazole / trimethoprim"), "Sulfamethoxazole-trimethoprim", "Rash", "2008-01-01")
    net = c.cond(cc(I("C7A.012", "Malignant carcinoid tumor of the ileum"), text="Well-differentiated neuroendocrine tumor of the ileum, grade 2 (Ki-67 6%), with hepatic metastases"), "2025-07-22", who=onc)
    c.cond(cc(I("C7B.02", "Secondary carcinoid tumors of liver")), "2025-07-22")
    c.cond(cc(I("E34.00", "Carcinoid syndrome, unspecified"), text="Carcinoid syndrome (flushing, diarrhea)"), "2025-07-22")
    c.cond(cc(S("235595009", "Gastroesophageal reflux disease"), I("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2014-01-01")
    c.proc(cc(P("44120", "Enterectomy, resection of small intestine; single resection and anastomosis"), text="Small bowel resection with mesenteric lymphadenectomy"), "2025-08-14", reason=net, outcome="Primary ileal NET resected; 4/11 nodes positive")
    c.report(cc(L("81555-5", "PET+CT Whole body"), text="Ga-68 DOTATATE PET/CT"), "2026-09-22",
             conclusion="Multiple somatostatin receptor-avid hepatic metastases (Krenning 4), largest 2.3 cm segment 7, stable in size and number vs 3/2026. No new disease.", cat=("RAD", "Radiology"))
    c.lab("9811-1", "Chromogranin A [Mass/volume] in Serum or Plasma", 312, "ng/mL", "2026-09-15", None, 93)
    c.obs(cc(L("1695-6", "5-Hydroxyindoleacetate [Mass/time] in 24 hour Urine")), 18, "mg/(24.h)", "2026-09-15", 2, 8, "H", key="lab")
    c.medreq(cc(text="lanreotide 120 mg/0.5 mL prefilled syringe (Somatuline Depot)"), "2025-09-10", "120 mg deep subcutaneous injection every 28 days", who=onc, reason=net)
    c.medstmt(cc(RX("40790", "pantoprazole"), text="pantoprazole 40 mg tablet"), "2014-01-01", dosage="40 mg daily")
    c.medstmt(cc(RX("3966", "loperamide"), text="loperamide 2 mg capsule"), "2025-09-10", dosage="2 mg as needed")
    e1 = c.enc("2026-11-10", "Neuroendocrine tumor clinic", reason="Metastatic small-bowel NET on somatostatin analog", who=onc, service="Neuroendocrine Tumor Program")
    c.vitals("2026-11-10", 122, 74, 76, 67.3, enc=e1)
    c.lft("2026-11-10", alt=31, ast=29, alp=121, tbili=0.7, alb=4.0, enc=e1)
    c.cbc("2026-11-10", 12.9, enc=e1)
    c.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 298, "pg/mL", "2026-11-10", 232, 1245)
    c.lab("1989-3", "25-hydroxyvitamin D3+25-hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", 33, "ng/mL", "2026-11-10", 30, 100)
    c.note("2026-11-10", "NET clinic note", """
NEUROENDOCRINE TUMOR PROGRAM - Dr. J. Weiss
66F with grade 2 well-differentiated ileal NET, liver metastases, carcinoid syndrome; ileal resection 8/2025; lanreotide 120 mg q28d since 9/2025. Flushing 1-2/week, diarrhea controlled. DOTATATE PET 9/2026 stable; CgA 312 (stable). Echo 2026 without carcinoid heart disease.
Plan: continue lanreotide; imaging every 6 months; niacin and B12 monitoring. Future options on progression (PRRT, liver-directed therapy) reviewed at tumor board but not indicated while stable.
""", author=onc, enc=e1)
    return c
