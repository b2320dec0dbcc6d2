from common import *

MPP = "MAJOR_PROCEDURE_PLANNED"
UTP = "UNTREATABLE_PROGNOSIS"
SURG = sct("387713003", "Surgical procedure")


def d11(cid):
    """Infrarenal AAA 5.8 cm, EVAR ordered for mid-December."""
    x = setup(cid, "appalachian",
              dict(given=["Harold", "W"], family="Pennington", gender="male", birth="1955-03-04", mrn="AHV-0048812",
                   city="Salem", state="VA", zipc="24153", line="612 Academy St", phone="540-555-0131",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Catherine", "Mbeki", "MD", "1629384057", "Vascular Surgery"),
               ("Owen", "Firestone", "MD", "1730294856", "Internal Medicine"),
               ("Lila", "Harmon", "MD", "1841023957", "Cardiology")],
              "medicare", "Medicare Part A and B", "7TR4-KD9-MU22", "2020-03-01")
    b, vs, pcp, card = x.b, x.pr[0], x.pr[1], x.pr[2]
    b.allergy(sct("372687004", "Amoxicillin"), sct("271807003", "Eruption of skin", "Rash"), "1998-01-01")
    aaa = b.cond(sct("233985008", "Abdominal aortic aneurysm", "Infrarenal abdominal aortic aneurysm"), onset="2023-05-10")
    b.cond(sct("59621000", "Essential hypertension"), onset="2008-01-01")
    b.cond(sct("55822004", "Hyperlipidemia"), onset="2008-01-01")
    b.cond(sct("68566005", "Urinary tract infectious disease"), onset="2024-08-02", clin="resolved", abated="2024-08-12")
    b.smoking("2026-11-12", "8517006", "Ex-smoker")
    b.medstmt(rx("83367", "atorvastatin", "atorvastatin 40 mg tablet"), "40 mg daily", "2010-01-01")
    b.medstmt(rx("1202", "aspirin", "aspirin 81 mg tablet"), "81 mg daily", "2010-01-01")
    b.medstmt(rx("17767", "amlodipine", "amlodipine 10 mg tablet"), "10 mg daily", "2012-06-01")
    b.medstmt(rx("52175", "losartan", "losartan 50 mg tablet"), "50 mg daily", "2016-01-01")
    b.obs("2025-10-21", textcc("Abdominal aorta maximum diameter, ultrasound"), 5.1, "cm", "cm", cat="imaging")
    e1 = b.enc("2026-10-28", cpt("74174", "Computed tomographic angiography, abdomen and pelvis, with contrast material(s), including noncontrast images, if performed, and image postprocessing", "CTA abdomen/pelvis"), vs, x.org,
               reason=sct("233985008", "Abdominal aortic aneurysm"), dx=[icd("I71.43", "Infrarenal abdominal aortic aneurysm, without rupture")])
    d2 = b.obs("2026-10-28", textcc("Abdominal aorta maximum diameter, CTA"), 5.8, "cm", "cm", cat="imaging", enc=e1)
    b.report("2026-10-28", textcc("CTA abdomen and pelvis with runoff"), "Fusiform infrarenal AAA, maximal diameter 5.8 cm (5.1 cm 10/2025). Neck length 22 mm, suitable for endovascular repair. Patent iliacs.",
             vs, [d2], ("CT", "CAT scan"), e1)
    e2 = b.enc("2026-11-12", CONSULT(), vs, x.org, reason=sct("233985008", "Abdominal aortic aneurysm"),
               dx=[icd("I71.43", "Infrarenal abdominal aortic aneurysm, without rupture"), icd("I10", "Essential (primary) hypertension")], minutes=45)
    b.vitals("2026-11-12", e2, 142, 82, 68, 86.2)
    b.note("2026-11-12", """Vascular surgery. 71 y/o M, AAA 5.8 cm, growth 0.7 cm/yr, asymptomatic. Anatomy favorable for EVAR.
Discussed open repair vs EVAR including risks (endoleak, reintervention, renal injury, limb ischemia) and need for lifelong imaging surveillance.
Plan: EVAR with aorto-bi-iliac endograft, scheduled 12/17/2026. Cardiology pre-op risk assessment. Hold nothing except morning losartan.""",
           vs, e2, kind="consult")
    b.sreq(cpt("34705", "Endovascular repair of infrarenal aorta and/or iliac artery(ies) by deployment of an aorto-bi-iliac endograft", "EVAR - aorto-bi-iliac endograft"),
           "active", "order", "2026-11-12", vs, occurrence="2026-12-17", reason_ref=[aaa], category=SURG, enc=e2, priority="routine")
    b.sreq(textcc("Preoperative cardiac risk assessment"), "completed", "order", "2026-11-12", vs, performer=card)
    e3 = b.enc("2026-11-23", OFFICE_EST(4), card, x.org, reason=textcc("Preoperative cardiovascular evaluation"),
               dx=[icd("Z01.810", "Encounter for preprocedural cardiovascular examination")])
    b.obs("2026-11-23", textcc("Regadenoson myocardial perfusion imaging"), vstr="No ischemia, LVEF 58%.", cat="imaging", enc=e3, interp="N")
    b.note("2026-11-23", "Pre-op cardiology: no angina, METs >4, perfusion imaging without ischemia. Acceptable risk for EVAR. Continue aspirin and statin peri-operatively.", card, e3)
    for code, disp, v, u, lo, hi in [("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.0, "mg/dL", 0.7, 1.3),
                                     ("718-7", "Hemoglobin [Mass/volume] in Blood", 14.2, "g/dL", 13.5, 17.5),
                                     ("777-3", "Platelets [#/volume] in Blood by Automated count", 221, "10*3/uL", 150, 400),
                                     ("6301-6", "INR in Platelet poor plasma by Coagulation assay", 1.0, "{INR}", 0.9, 1.1)]:
        b.lab("2026-11-23", code, disp, v, u, lo, hi, enc=e3)
    b.appt("2026-12-17T07:00:00-05:00", 240, "EVAR (aorto-bi-iliac endograft), hybrid OR 2", vs, reason_ref=[aaa])
    return b, cases_meta(MPP, "positive", [MPP],
                         "Active order (intent order) for endovascular AAA repair, CPT 34705, scheduled 2026-12-17 and not yet performed.",
                         "5.8 cm AAA with EVAR ordered and booked for mid-December", "Vascular surgery")


def d12(cid):
    """Substernal multinodular goitre with compressive symptoms; total thyroidectomy in preparation."""
    x = setup(cid, "tririver",
              dict(given=["Beverly", "J"], family="Kostelnik", gender="female", birth="1963-10-19", mrn="TRH-6602847",
                   city="McKees Rocks", state="PA", zipc="15136", line="44 Chartiers Ave", phone="412-555-0171",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Daniel", "Oyelaran", "MD", "1588402937", "Otolaryngology - Head and Neck Surgery"),
               ("Meredith", "Cole", "MD", "1692038475", "Endocrinology")],
              "aetna", "Aetna Medicare Advantage PPO", "A918273645", "2025-01-01")
    b, ent, endo = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2012-01-01", nka=True)
    mng = b.cond(sct("3716002", "Goiter", "Multinodular goiter, nontoxic, with substernal extension"), onset="2021-04-01")
    b.cond(sct("40739000", "Dysphagia"), onset="2026-05-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="2016-01-01")
    b.cond(sct("239873007", "Osteoarthritis of knee"), onset="2019-01-01")
    b.medstmt(rx("5487", "hydrochlorothiazide", "hydrochlorothiazide 25 mg tablet"), "25 mg daily", "2016-02-01")
    b.medstmt(rx("5640", "ibuprofen", "ibuprofen 400 mg tablet"), "400 mg as needed for knee pain", "2019-03-01")
    e1 = b.enc("2026-07-15", OFFICE_EST(4), endo, x.org, reason=sct("3716002", "Goiter"), dx=[icd("E04.2", "Nontoxic multinodular goiter")])
    b.lab("2026-07-15", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.2, "m[IU]/L", 0.45, 4.5, enc=e1)
    b.lab("2026-07-15", "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", 1.3, "ng/dL", 0.8, 1.8, enc=e1)
    b.lab("2026-07-15", "17861-6", "Calcium [Mass/volume] in Serum or Plasma", 9.5, "mg/dL", 8.6, 10.3, enc=e1)
    b.report("2026-07-22", textcc("CT neck and chest without contrast"), "Enlarged multinodular thyroid with substernal extension to the level of the aortic arch; tracheal deviation to the right with narrowing to 8 mm.",
             endo, cat=("CT", "CAT scan"))
    b.report("2026-08-12", textcc("Thyroid fine needle aspiration, dominant left nodule"), "Benign follicular nodule (Bethesda II).", endo, cat=("PAT", "Pathology"))
    e2 = b.enc("2026-10-21", CONSULT(), ent, x.org, reason=sct("3716002", "Goiter"),
               dx=[icd("E04.2", "Nontoxic multinodular goiter"), icd("R13.19", "Other dysphagia"), icd("R06.02", "Shortness of breath")], minutes=45)
    b.vitals("2026-10-21", e2, 134, 80, 76, 79.5)
    b.obs("2026-10-21", textcc("Flexible laryngoscopy"), vstr="Bilateral mobile vocal folds. No laryngeal lesion.", cat="exam", enc=e2, interp="N")
    b.note("2026-10-21", """Head and neck surgery consult. Progressive dysphagia to solids and dyspnea lying flat. Large substernal MNG with tracheal narrowing 8 mm. FNA benign.
Recommend total thyroidectomy via cervical approach, possible sternotomy standby with thoracic surgery. Risks reviewed incl. recurrent laryngeal nerve injury, hypoparathyroidism, lifelong levothyroxine.
Patient wishes to proceed. Tentative date 01/14/2027. Pre-admission testing in December.""", ent, e2, kind="consult")
    b.proc(cpt("60240", "Thyroidectomy, total or complete", "Total thyroidectomy (substernal goiter), thoracic surgery standby"), "preparation",
           performer=ent, reason_ref=[mng], note="Booked for 2027-01-14, main OR. Consent signed 2026-10-21.")
    b.appt("2027-01-14T07:30:00-05:00", 240, "Total thyroidectomy - substernal goiter", ent, reason_ref=[mng])
    b.sreq(textcc("Pre-admission testing: CBC, BMP, type and screen, ECG"), "active", "order", "2026-10-21", ent, occurrence="2026-12-30", enc=e2)
    b.vitals("2026-07-15", e1, 138, 82, 74, 80.1)
    return b, cases_meta(MPP, "positive", [MPP],
                         "Procedure resource in status 'preparation' for total thyroidectomy (CPT 60240) booked 2027-01-14 for a compressive substernal goitre; not yet performed.",
                         "Compressive substernal goitre, total thyroidectomy in preparation for January", "ENT / endocrine surgery")


def d13(cid):
    """Severe symptomatic aortic stenosis, heart team plans TAVR in January."""
    x = setup(cid, "lakeshore",
              dict(given=["Edwin", "F"], family="Gustafson", gender="male", birth="1943-06-12", mrn="LHS10984210",
                   city="Waukesha", state="WI", zipc="53186", line="318 N Grand Ave", phone="262-555-0148",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Ingrid", "Solberg", "MD", "1174920385", "Interventional Cardiology"),
               ("Marcus", "Webb", "MD", "1285930476", "Cardiothoracic Surgery"),
               ("Susan", "Kowalczyk", "MD", "1245890367", "Internal Medicine")],
              "humana", "Humana Gold Plus HMO", "H10294857", "2016-01-01")
    b, ic, cts, pcp = x.b, x.pr[0], x.pr[1], x.pr[2]
    b.allergy(sct("716186003", "No known allergy"), None, "2008-01-01", nka=True)
    asn = b.cond(sct("60573004", "Aortic valve stenosis", "Severe calcific aortic stenosis"), onset="2022-02-01")
    b.cond(sct("49436004", "Atrial fibrillation", "Paroxysmal atrial fibrillation"), onset="2021-09-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="2005-01-01")
    b.cond(sct("700378005", "Chronic kidney disease stage 3A"), onset="2023-01-01")
    b.cond(sct("428287001", "History of fracture of hip"), onset="2019-03-01", clin="resolved", abated="2019-06-01")
    b.medstmt(rx("1364430", "apixaban", "apixaban 5 mg tablet"), "5 mg twice daily", "2021-09-15")
    b.medstmt(rx("6918", "metoprolol", "metoprolol succinate 25 mg ER tablet"), "25 mg daily", "2021-09-15")
    b.medstmt(rx("4603", "furosemide", "furosemide 20 mg tablet"), "20 mg daily", "2026-08-01")
    e1 = b.enc("2026-10-07", OFFICE_EST(4), ic, x.org, reason=sct("267036007", "Dyspnea", "Dyspnea on exertion, NYHA III"),
               dx=[icd("I35.0", "Nonrheumatic aortic (valve) stenosis")])
    b.vitals("2026-10-07", e1, 128, 68, 70, 79.0)
    ava = b.obs("2026-10-07", textcc("Aortic valve area by continuity equation (TTE)"), 0.7, "cm2", "cm2", 2.0, None, cat="imaging", enc=e1)
    mg = b.obs("2026-10-07", textcc("Aortic valve mean gradient (TTE)"), 48, "mm[Hg]", "mm[Hg]", None, 20, cat="imaging", enc=e1)
    ef = b.obs("2026-10-07", loinc("10230-1", "Left ventricular Ejection fraction"), 55, "%", "%", 50, None, cat="imaging", enc=e1)
    b.report("2026-10-07", textcc("Transthoracic echocardiogram"), "Severe calcific aortic stenosis: AVA 0.7 cm2, mean gradient 48 mmHg, Vmax 4.4 m/s. LVEF 55%. Mild LVH.",
             ic, [ava, mg, ef], ("EC", "Echocardiography"), e1)
    b.lab("2026-10-07", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 1480, "pg/mL", None, 450, enc=e1)
    b.lab("2026-10-07", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.4, "mg/dL", 0.7, 1.3, enc=e1)
    b.report("2026-11-04", textcc("CT angiography TAVR protocol (chest/abdomen/pelvis)"), "Annulus perimeter 78 mm. Iliofemoral access adequate (minimum diameter 6.8 mm right). Suitable for transfemoral TAVR.",
             ic, cat=("CT", "CAT scan"))
    e2 = b.enc("2026-11-18", CONSULT(), cts, x.org, reason=sct("60573004", "Aortic valve stenosis"),
               dx=[icd("I35.0", "Nonrheumatic aortic (valve) stenosis")], minutes=60)
    b.obs("2026-11-18", textcc("STS predicted risk of mortality (PROM), SAVR"), 6.2, "%", "%", cat="exam", enc=e2)
    b.impression("2026-11-18", "Severe symptomatic calcific aortic stenosis (stage D1), intermediate surgical risk with frailty; transfemoral TAVR recommended by heart team.", cts,
                 problems=[asn], enc=e2)
    b.note("2026-11-18", """Structural heart team conference and visit (Solberg / Webb). 83 y/o M with severe symptomatic AS, NYHA III, STS PROM 6.2%, frailty (gait speed 0.7 m/s), prior hip fracture.
Consensus: transfemoral TAVR preferred over SAVR. Patient and wife agree. Plan TAVR 01/19/2027; hold apixaban 48 h prior. Dental clearance obtained.""", cts, e2, kind="consult")
    b.sreq(cpt("33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach", "TAVR, transfemoral"),
           "active", "plan", "2026-11-18", ic, occurrence="2027-01-19", reason_ref=[asn], category=SURG, enc=e2)
    b.appt("2027-01-19T08:00:00-06:00", 180, "TAVR - transfemoral, hybrid cath lab", ic, reason_ref=[asn])
    return b, cases_meta(MPP, "positive", [MPP],
                         "Heart-team ServiceRequest (status active, intent plan) for transfemoral TAVR (CPT 33361) on 2027-01-19; not yet performed.",
                         "Severe aortic stenosis, heart team plans TAVR for January", "Cardiology / structural heart")


def d14(cid):
    """ACL tear, reconstruction already performed in September; rehab."""
    x = setup(cid, "summit",
              dict(given=["Kaylee", "R"], family="Brandt", gender="female", birth="2004-08-27", mrn="SSM-318840",
                   city="Boulder", state="CO", zipc="80302", line="1090 Pleasant St Apt 4", phone="303-555-0117",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("S", "Never Married")),
              [("Tyler", "Nakamura", "MD", "1962038475", "Orthopaedic Sports Medicine"),
               ("Jenna", "Olsen", "PT, DPT", "1073829465", "Physical Therapy")],
              "cigna", "Cigna PPO (dependent)", "U55028163", "2022-09-01")
    b, ortho, pt = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2022-09-01", nka=True)
    b.cond(sct("195967001", "Asthma", "Exercise-induced bronchoconstriction"), onset="2016-01-01")
    acl = b.cond(sct("239720000", "Tear of anterior cruciate ligament of knee joint", "Complete ACL tear, right knee"), onset="2026-08-09",
                 note="Non-contact pivot injury during collegiate soccer.")
    e1 = b.enc("2026-08-12", OFFICE_NEW(4), ortho, x.org, reason=textcc("Right knee injury"),
               dx=[icd("S83.511A", "Sprain of anterior cruciate ligament of right knee, initial encounter")])
    b.report("2026-08-14", textcc("MRI right knee without contrast"), "Complete ACL tear. Bone bruises lateral femoral condyle and posterolateral tibial plateau. Menisci intact.", ortho, cat=("RAD", "Radiology"))
    sr = b.sreq(cpt("29888", "Arthroscopically aided anterior cruciate ligament repair/augmentation or reconstruction", "ACL reconstruction, right, BTB autograft"),
                "completed", "order", "2026-08-14", ortho, occurrence="2026-09-03", reason_ref=[acl], category=SURG)
    e2 = b.enc("2026-09-03", cc(SCT, "305408004", "Admission to surgical department", "Ambulatory surgery"), ortho, x.org, reason=textcc("ACL reconstruction"))
    b.proc(cpt("29888", "Arthroscopically aided anterior cruciate ligament repair/augmentation or reconstruction", "ACL reconstruction, right, BTB autograft"),
           "completed", "2026-09-03", ortho, enc=e2, reason_ref=[acl], outcome="Successful, no complications", based_on=sr)
    b.note("2026-09-03", "Operative note: right knee arthroscopy, ACL reconstruction with bone-patellar tendon-bone autograft. Menisci intact. EBL minimal. Discharged same day.", ortho, e2, kind="procedure")
    b.medreq(rx("1049621", "oxycodone", "oxycodone 5 mg tablet"), "5 mg every 6 hours as needed for severe pain, max 3 days", "2026-09-03", ortho, status="completed", qty=(10, "tablet"))
    b.medreq(rx("1191", "aspirin", "aspirin 81 mg tablet"), "81 mg twice daily x 14 days (VTE prophylaxis)", "2026-09-03", ortho, status="completed")
    def pain(d, v, enc):
        b.obs(d, loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), vint=v, cat="survey", enc=enc)
    for d, p, note in [("2026-09-17", 5, "Post-op 2 weeks: wound healed, sutures out, ROM 0-95. Continue PT protocol."),
                       ("2026-10-15", 3, "6 weeks: ROM 0-125, quad activation good, no effusion. Advance to closed-chain strengthening."),
                       ("2026-11-19", 2, "11 weeks: full ROM, stable Lachman, straight-line jogging to start at 12 weeks. Return-to-sport testing at 9 months.")]:
        e = b.enc(d, cpt("99024", "Postoperative follow-up visit, normally included in the surgical package", "Post-op visit"), ortho, x.org,
                  reason=textcc("Post-op ACL reconstruction"), dx=[icd("S83.511D", "Sprain of anterior cruciate ligament of right knee, subsequent encounter")])
        pain(d, p, e)
        b.note(d, note, ortho, e)
    b.obs("2026-11-19", textcc("IKDC Subjective Knee Evaluation Form score"), 58, "{score}", "{score}", cat="survey")
    b.medstmt(rx("435", "albuterol", "albuterol 90 mcg/actuation inhaler"), "2 puffs 15 min before exercise as needed", "2016-01-01")
    b.sreq(cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises", "Physical therapy - ACL protocol"), "active", "order",
           "2026-09-03", ortho, performer=pt, reason_ref=[acl])
    return b, cases_meta(MPP, "near-miss", [],
                         "ACL reconstruction was already performed on 2026-09-03 (Procedure completed, ServiceRequest completed); only rehabilitation is ongoing.",
                         "ACL reconstruction already done in September; post-op rehab", "Sports medicine / orthopaedics")


def d15(cid):
    """Posterior capsule opacification after cataract surgery; YAG capsulotomy (minor laser) ordered."""
    x = setup(cid, "gulfcoast",
              dict(given=["Lorraine", "B"], family="Thibodeaux", gender="female", birth="1958-01-23", mrn="GC00166402",
                   city="Mobile", state="AL", zipc="36695", line="8110 Cottage Hill Rd", phone="251-555-0188",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Priyanka", "Venkataraman", "MD", "1447283950", "Ophthalmology")],
              "medicare", "Medicare Part A and B", "3XW8-QP2-LM71", "2023-02-01")
    b, oph = x.b, x.pr[0]
    b.allergy(sct("716186003", "No known allergy"), None, "2020-01-01", nka=True)
    b.cond(sct("44054006", "Diabetes mellitus type 2"), onset="2012-01-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="2010-01-01")
    pco = b.cond(textcc("Posterior capsule opacification, right eye (pseudophakia)"), onset="2026-08-01", body=sct("18944008", "Right eye structure"))
    b.cond(sct("193570009", "Cataract", "Age-related nuclear cataract, right eye"), onset="2023-06-01", clin="resolved", abated="2024-03-12")
    b.proc(cpt("66984", "Extracapsular cataract removal with insertion of intraocular lens prosthesis (1 stage)", "Phacoemulsification with IOL, right eye"),
           "completed", "2024-03-12", oph)
    b.medstmt(rx("6809", "metformin", "metformin 500 mg tablet"), "500 mg twice daily", "2012-02-01")
    b.medstmt(rx("29046", "lisinopril", "lisinopril 10 mg tablet"), "10 mg daily", "2010-02-01")
    e1 = b.enc("2026-11-10", OFFICE_EST(4), oph, x.org, reason=textcc("Blurred vision and glare, right eye"),
               dx=[icd("H26.491", "Other secondary cataract, right eye"), icd("Z96.1", "Presence of intraocular lens"),
                   icd("E11.9", "Type 2 diabetes mellitus without complications")])
    b.obs("2026-11-10", textcc("Best corrected visual acuity, right eye (Snellen)"), vstr="20/50", cat="exam", enc=e1, interp="A")
    b.obs("2026-11-10", textcc("Best corrected visual acuity, left eye (Snellen)"), vstr="20/25", cat="exam", enc=e1)
    b.obs("2026-11-10", textcc("Glare testing right eye (brightness acuity, medium)"), vstr="20/100", cat="exam", enc=e1, interp="A")
    b.obs("2026-11-10", sct("41633001", "Intraocular pressure"), 16, "mm[Hg]", "mm[Hg]", 10, 21, cat="exam", enc=e1, body=sct("18944008", "Right eye structure"))
    b.obs("2026-11-10", sct("41633001", "Intraocular pressure"), 15, "mm[Hg]", "mm[Hg]", 10, 21, cat="exam", enc=e1, body=sct("8966001", "Left eye structure"))
    b.obs("2026-11-10", textcc("Dilated fundus examination"), vstr="No diabetic retinopathy OU. Healthy optic nerves.", cat="exam", enc=e1, interp="N")
    b.note("2026-11-10", """Ophthalmology. Pseudophakic OD since 03/2024, now gradual blur and glare with night driving. Dense posterior capsule opacification OD. No DR. IOP normal.
Plan: Nd:YAG laser capsulotomy OD in office, 12/10/2026. Brief in-office laser, topical anesthesia, IOP check 1 h after.""", oph, e1)
    b.sreq(cpt("66821", "Discission of secondary membranous cataract (opacified posterior lens capsule and/or anterior hyaloid); laser surgery (eg, YAG laser) (1 or more stages)",
               "Nd:YAG laser posterior capsulotomy, right eye"), "active", "order", "2026-11-10", oph, occurrence="2026-12-10", reason_ref=[pco], enc=e1)
    b.medreq(rx("61121", "brimonidine", "brimonidine 0.1% ophthalmic solution"), "1 drop right eye once, pre-laser", "2026-11-10", oph, enc=e1)
    e0 = b.enc("2025-11-04", OFFICE_EST(3), oph, x.org, reason=textcc("Annual diabetic eye examination"), dx=[icd("E11.9", "Type 2 diabetes mellitus without complications")])
    b.obs("2025-11-04", textcc("Best corrected visual acuity, right eye (Snellen)"), vstr="20/25", cat="exam", enc=e0)
    b.lab("2026-09-15", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 6.8, "%", 4.0, 5.6)
    return b, cases_meta(MPP, "near-miss", [],
                         "Planned procedure is an in-office Nd:YAG laser capsulotomy (CPT 66821), a minor non-incisional laser procedure, not a major or invasive operation.",
                         "Posterior capsule opacification; in-office YAG laser capsulotomy ordered", "Ophthalmology")


def d16(cid):
    """Geographic atrophy, retina note says no treatment options; low-vision referral only."""
    x = setup(cid, "northernpines",
              dict(given=["Agnes", "M"], family="Kowalski", gender="female", birth="1947-02-08", mrn="NP-1180452",
                   city="Superior", state="WI", zipc="54880", line="1611 Hammond Ave", phone="715-555-0166",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("W", "Widowed")),
              [("Lars", "Eriksen", "MD", "1790284635", "Ophthalmology - Retina"),
               ("Nora", "Quist", "OD", "1326049587", "Optometry - Low Vision")],
              "medicare", "Medicare Part A and B", "9JK2-RT4-WX83", "2012-02-01")
    b, ret, od = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2012-01-01", nka=True)
    amd = b.cond(sct("267718000", "Age-related macular degeneration", "Advanced dry AMD with subfoveal geographic atrophy, both eyes"), onset="2019-05-01",
                 note="Geographic atrophy now subfoveal OU. No treatment options per retina.")
    b.cond(sct("59621000", "Essential hypertension"), onset="2002-01-01")
    b.cond(sct("40930008", "Hypothyroidism"), onset="2009-01-01")
    b.cond(sct("193570009", "Cataract"), onset="2015-01-01", clin="resolved", abated="2017-06-01")
    b.medstmt(rx("10582", "levothyroxine", "levothyroxine 50 mcg tablet"), "50 mcg daily", "2009-02-01")
    b.medstmt(rx("5487", "hydrochlorothiazide", "hydrochlorothiazide 12.5 mg capsule"), "12.5 mg daily", "2005-01-01")
    e0 = b.enc("2026-05-06", OFFICE_EST(4), ret, x.org, reason=sct("267718000", "Age-related macular degeneration"),
               dx=[icd("H35.3133", "Nonexudative age-related macular degeneration, bilateral, advanced atrophic without subfoveal involvement")])
    b.obs("2026-05-06", textcc("Best corrected visual acuity, right eye (Snellen)"), vstr="20/100", cat="exam", enc=e0, interp="A")
    e1 = b.enc("2026-11-04", OFFICE_EST(4), ret, x.org, reason=sct("267718000", "Age-related macular degeneration"),
               dx=[icd("H35.3134", "Nonexudative age-related macular degeneration, bilateral, advanced atrophic with subfoveal involvement")])
    b.obs("2026-11-04", textcc("Best corrected visual acuity, right eye (Snellen)"), vstr="20/200", cat="exam", enc=e1, interp="A")
    b.obs("2026-11-04", textcc("Best corrected visual acuity, left eye (Snellen)"), vstr="20/160", cat="exam", enc=e1, interp="A")
    fa = b.obs("2026-11-04", textcc("Fundus autofluorescence - total geographic atrophy area, right eye"), 14.2, "mm2", "mm2", cat="imaging", enc=e1)
    b.report("2026-11-04", textcc("OCT macula and fundus autofluorescence, both eyes"), "Multifocal geographic atrophy involving the fovea OU, no subretinal fluid or CNV.", ret, [fa], ("OTH", "Other"), e1)
    b.note("2026-11-04", """Retina follow-up. 79 y/o F with advanced non-exudative AMD. GA has now extended under the fovea in both eyes, VA 20/200 OD, 20/160 OS. No CNV on OCT.
I explained to the patient and her daughter that there are no treatment options that will restore or stabilize her central vision, and there is nothing further we can offer from a retina standpoint.
She is not a candidate for intravitreal therapy. Referred to low vision rehabilitation. Amsler grid for wet conversion. Return 6 months.""", ret, e1,
           title="Retina clinic note")
    b.sreq(textcc("Referral to low vision rehabilitation"), "active", "order", "2026-11-04", ret, performer=od, reason_ref=[amd], enc=e1)
    b.vitals("2026-11-04", e1, 138, 76, 70)
    return b, cases_meta(UTP, "positive", [UTP],
                         "Active advanced AMD with subfoveal geographic atrophy; retina note states there are no treatment options and nothing further can be offered; no second opinion on record.",
                         "Geographic atrophy; retina specialist says no treatment options, low-vision referral only", "Ophthalmology (retina)")


def d17(cid):
    """Decompensated alcohol-associated cirrhosis, declined for transplant listing, palliative care plan."""
    x = setup(cid, "riverbend",
              dict(given=["Randall", "T"], family="Hatfield", gender="male", birth="1969-12-03", mrn="RKT-2204915",
                   city="Louisville", state="KY", zipc="40211", line="2730 W Broadway", phone="502-555-0182",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("D", "Divorced")),
              [("Neha", "Kapoor", "MD", "1659203847", "Transplant Hepatology"),
               ("Graham", "Lyle", "MD", "1560392847", "Palliative Medicine"),
               ("Beatriz", "Ocampo", "LCSW", "1918273640", "Clinical Social Work")],
              "medicaid", "Kentucky Medicaid (Passport Health Plan)", "KY500398271", "2021-07-01")
    b, hep, pal, sw = x.b, x.pr[0], x.pr[1], x.pr[2]
    b.allergy(sct("716186003", "No known allergy"), None, "2020-01-01", nka=True)
    cir = b.cond(sct("420054005", "Alcoholic cirrhosis", "Alcohol-associated cirrhosis, decompensated (ascites, hepatic encephalopathy)"), onset="2024-02-01")
    b.cond(sct("389026000", "Ascites"), onset="2025-06-01")
    b.cond(sct("13920009", "Hepatic encephalopathy"), onset="2026-03-01")
    b.cond(sct("7200002", "Alcoholism", "Alcohol use disorder, severe"), onset="2010-01-01")
    b.medstmt(rx("6218", "lactulose", "lactulose 10 g/15 mL oral solution"), "30 mL two to three times daily titrated to 2-3 soft stools", "2026-03-05")
    b.medstmt(rx("35619", "rifaximin", "rifaximin 550 mg tablet"), "550 mg twice daily", "2026-03-05")
    b.medstmt(rx("9997", "spironolactone", "spironolactone 100 mg tablet"), "100 mg daily", "2025-06-15")
    b.medstmt(rx("4603", "furosemide", "furosemide 40 mg tablet"), "40 mg daily", "2025-06-15")
    b.medstmt(rx("8787", "propranolol", "propranolol 20 mg tablet"), "20 mg twice daily", "2025-06-15")
    e1 = b.enc("2026-08-12", OFFICE_EST(5), hep, x.org, reason=sct("420054005", "Alcoholic cirrhosis"),
               dx=[icd("K70.31", "Alcoholic cirrhosis of liver with ascites"), icd("K76.82", "Hepatic encephalopathy"), icd("F10.20", "Alcohol dependence, uncomplicated")])
    for code, disp, v, u, lo, hi in [("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 4.9, "mg/dL", 0.2, 1.2),
                                     ("6301-6", "INR in Platelet poor plasma by Coagulation assay", 1.8, "{INR}", 0.9, 1.1),
                                     ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 131, "mmol/L", 135, 145),
                                     ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", 2.6, "g/dL", 3.5, 5.0)]:
        b.lab("2026-08-12", code, disp, v, u, lo, hi, enc=e1)
    b.lab("2026-08-12", "5643-2", "Ethanol [Mass/volume] in Serum or Plasma", 41, "mg/dL", None, 10, enc=e1)
    b.sreq(cc(SCT, "3457005", "Patient referral", "Liver transplant candidacy evaluation"), "completed", "order", "2026-08-12", hep, enc=e1, reason_ref=[cir])
    b.note("2026-09-23", """Liver transplant selection committee summary. MELD-Na 27. Psychosocial evaluation: ongoing alcohol use (PEth 480 ng/mL 09/2026, serum ethanol positive 08/12), declined residential treatment, no identified caregiver.
Committee decision: not a candidate for liver transplant listing at this time. Communicated to patient.""", hep, kind="consult", title="Transplant selection committee")
    e2 = b.enc("2026-11-10", OFFICE_EST(5), hep, x.org, reason=sct("420054005", "Alcoholic cirrhosis"),
               dx=[icd("K70.31", "Alcoholic cirrhosis of liver with ascites"), icd("K76.82", "Hepatic encephalopathy")])
    b.vitals("2026-11-10", e2, 102, 60, 88, 74.1)
    for code, disp, v, u, lo, hi in [("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 6.8, "mg/dL", 0.2, 1.2),
                                     ("6301-6", "INR in Platelet poor plasma by Coagulation assay", 2.1, "{INR}", 0.9, 1.1),
                                     ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.4, "mg/dL", 0.7, 1.3),
                                     ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 129, "mmol/L", 135, 145),
                                     ("777-3", "Platelets [#/volume] in Blood by Automated count", 62, "10*3/uL", 150, 400)]:
        b.lab("2026-11-10", code, disp, v, u, lo, hi, enc=e2)
    b.obs("2026-11-10", textcc("MELD-Na score"), vint=29, cat="exam", enc=e2)
    b.note("2026-11-10", """Hepatology. Decompensated alcohol-associated cirrhosis, MELD-Na 29, refractory ascites needing paracentesis every 2-3 weeks, recurrent HE.
Not a transplant candidate per committee; he is not eligible for TIPS given bilirubin and HE. There are no further disease-directed treatment options.
Goals-of-care discussion with patient and sister: focus on comfort and time at home. Palliative medicine co-management; hospice eligibility discussed.""", hep, e2)
    e3 = b.enc("2026-11-17", CONSULT(), pal, x.org, reason=textcc("Goals of care, symptom management"), dx=[icd("Z51.5", "Encounter for palliative care")])
    b.careplan("Palliative care plan - end-stage liver disease", "active", "plan", "2026-11-17", pal, "Palliative care",
               [("Symptom management: pruritus, abdominal distension, sleep", "in-progress"),
                ("Comfort-focused outpatient paracentesis as needed", "scheduled"),
                ("Advance care planning: MOST form completed, DNR", "completed"),
                ("Hospice referral when patient ready", "not-started")],
               addresses=[cir], cat_code=sct("103735009", "Palliative care"))
    b.note("2026-11-17", "Palliative medicine consult. Understands prognosis is limited (months). Wishes to remain at home, DNR/DNI. Plan as per care plan. SW to assist with home support.", pal, e3, kind="consult")
    return b, cases_meta(UTP, "positive", [UTP],
                         "Active decompensated cirrhosis; declined for transplant, note states no further disease-directed treatment options, and an active palliative care CarePlan; no second opinion on record.",
                         "Decompensated alcohol-related cirrhosis, not a transplant candidate, palliative care plan", "Hepatology / transplant")


def d18(cid):
    """Stage D HFrEF in an 86-year-old, not a candidate for advanced therapies, hospice referral."""
    x = setup(cid, "cumberland",
              dict(given=["Ruth", "E"], family="Stoner", gender="female", birth="1940-04-14", mrn="CV2209918",
                   city="Greencastle", state="PA", zipc="17225", line="27 E Baltimore St", phone="717-555-0133",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("W", "Widowed")),
              [("Anthony", "Russo", "MD", "1184930276", "Cardiology - Advanced Heart Failure"),
               ("Carolyn", "Shreiner", "MD", "1619283740", "Family Medicine")],
              "medicare", "Medicare Part A and B", "5HG1-TT3-PK44", "2005-05-01")
    b, hf, pcp = x.b, x.pr[0], x.pr[1]
    b.allergy(rx("2670", "codeine", "Codeine"), sct("422587007", "Nausea"), "1990-01-01")
    hfr = b.cond(sct("703272007", "Heart failure with reduced ejection fraction", "HFrEF, ischemic cardiomyopathy, ACC/AHA stage D"), onset="2018-03-01")
    b.cond(sct("49436004", "Atrial fibrillation", "Permanent atrial fibrillation"), onset="2019-01-01")
    b.cond(sct("700379002", "Chronic kidney disease stage 3B"), onset="2022-01-01")
    b.cond(sct("22298006", "Myocardial infarction", "Old myocardial infarction (2017)"), onset="2017-06-01", clin="resolved", abated="2017-07-01")
    b.medstmt(rx("20352", "carvedilol", "carvedilol 3.125 mg tablet"), "3.125 mg twice daily", "2018-04-01")
    b.medstmt(rx("4603", "furosemide", "furosemide 80 mg tablet"), "80 mg twice daily", "2026-06-20")
    b.medstmt(rx("9997", "spironolactone", "spironolactone 12.5 mg"), "12.5 mg daily", "2019-01-01")
    b.medstmt(rx("1364430", "apixaban", "apixaban 2.5 mg tablet"), "2.5 mg twice daily", "2019-01-15")
    b.medstmt(rx("1656339", "sacubitril / valsartan", "sacubitril 24 mg / valsartan 26 mg tablet"), "1 tablet twice daily", "2019-06-01", status="stopped",
              end="2026-09-20", note="Stopped for symptomatic hypotension and AKI.")
    e1 = b.enc("2026-06-14", INPT(), hf, x.org, cls="IMP", end="2026-06-20", t="15:30",
               admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), reason=sct("703272007", "Heart failure with reduced ejection fraction"),
               dx=[{**icd("I50.23", "Acute on chronic systolic (congestive) heart failure"), "_resolved": True}])
    e2 = b.enc("2026-09-15", INPT(), hf, x.org, cls="IMP", end="2026-09-22", t="11:05",
               admit=("emd", "From accident/emergency department"), discharge=("home", "Home"), reason=sct("703272007", "Heart failure with reduced ejection fraction"),
               dx=[{**icd("I50.23", "Acute on chronic systolic (congestive) heart failure"), "_resolved": True}])
    ef = b.obs("2026-09-16", loinc("10230-1", "Left ventricular Ejection fraction"), 15, "%", "%", 50, None, cat="imaging", enc=e2)
    b.report("2026-09-16", textcc("Transthoracic echocardiogram"), "Severely dilated LV, LVEF 15%, severe functional MR, moderate TR, RVSP 58 mmHg.", hf, [ef], ("EC", "Echocardiography"), e2)
    b.lab("2026-09-15", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 12400, "pg/mL", None, 450, enc=e2)
    e3 = b.enc("2026-11-20", OFFICE_EST(5), hf, x.org, reason=sct("703272007", "Heart failure with reduced ejection fraction"),
               dx=[icd("I50.84", "End stage heart failure"), icd("I50.22", "Chronic systolic (congestive) heart failure"), icd("I48.21", "Permanent atrial fibrillation")])
    b.vitals("2026-11-20", e3, 88, 54, 92, 52.3, spo2=93)
    b.lab("2026-11-20", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.8, "mg/dL", 0.5, 1.0, enc=e3)
    b.lab("2026-11-20", "2951-2", "Sodium [Moles/volume] in Serum or Plasma", 131, "mmol/L", 135, 145, enc=e3)
    b.note("2026-11-20", """Advanced HF clinic. 86 y/o with stage D HFrEF (EF 15%), NYHA IV, dyspneic at rest, 2 admissions this year, hypotensive (88/54) off ARNI, rising diuretic needs, CKD 3b.
She is not a candidate for LVAD or transplant given age, frailty and renal function, and declines inotropes. GDMT limited by hypotension.
Goals: comfort, stay at home. DNR/DNI confirmed, POLST completed. Referral to hospice placed today; daughter present and agrees.""", hf, e3)
    b.sreq(sct("306205009", "Referral to hospice"), "active", "order", "2026-11-20", hf, reason_ref=[hfr], enc=e3,
           note="Home hospice, cardiac program. Continue furosemide for comfort.")
    b.immunization("141", "Influenza, seasonal, injectable", "2026-10-02")
    b.flag(cc(SCT, "129839007", "At risk for falls", "High fall risk"), "2026-06-20", hf, cat=("clinical", "Clinical"))
    return b, cases_meta(UTP, "positive", [UTP],
                         "Active stage D HFrEF, not a candidate for LVAD/transplant; active hospice referral (SNOMED 306205009) placed 2026-11-20 with no second opinion on record.",
                         "Stage D heart failure, no advanced therapy options, hospice referral", "Cardiology (advanced HF)")


def d19(cid):
    """CKD 5 conservative management with palliative plan; outside second opinion in June 2026 agreed."""
    x = setup(cid, "riverbend",
              dict(given=["Clarence", "D"], family="Whitaker", gender="male", birth="1944-09-09", mrn="RKT-1093375",
                   city="Jeffersonville", state="IN", zipc="47130", line="410 E Court Ave", phone="812-555-0141",
                   race=("2054-5", "Black or African American"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Oluwaseun", "Adebayo", "MD", "1740293856", "Nephrology"),
               ("Helen", "Marchetti", "MD", "1851029374", "Nephrology (outside consultant)"),
               ("Graham", "Lyle", "MD", "1560392847", "Palliative Medicine")],
              "medicare", "Medicare Part A and B", "2PL7-VV3-AC19", "2009-09-01",
              extra_orgs=[("Midwest University Kidney Institute", "1396283745", "Indianapolis", "IN")])
    b, neph, outside, pal = x.b, x.pr[0], x.pr[1], x.pr[2]
    uni = x.orgs[0]
    ckd = b.cond(sct("433146000", "Chronic kidney disease stage 5"), onset="2025-08-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="1998-01-01")
    b.cond(sct("90560007", "Gout"), onset="2012-01-01")
    b.cond(sct("266569009", "Benign prostatic hyperplasia"), onset="2010-01-01")
    b.medstmt(rx("17767", "amlodipine", "amlodipine 10 mg tablet"), "10 mg daily", "2015-01-01")
    b.medstmt(rx("4603", "furosemide", "furosemide 40 mg tablet"), "40 mg twice daily", "2025-09-01")
    b.medstmt(rx("519", "allopurinol", "allopurinol 100 mg tablet"), "100 mg daily", "2012-03-01")
    b.medstmt(rx("36117", "sodium bicarbonate", "sodium bicarbonate 650 mg tablet"), "1300 mg twice daily", "2025-09-01")
    b.medstmt(rx("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "0.4 mg nightly", "2010-06-01")
    for d, v in [("2026-04-08", 13), ("2026-08-05", 12), ("2026-11-04", 11)]:
        b.lab(d, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
              v, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}")
    b.lab("2026-11-04", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", 5.1, "mmol/L", 3.5, 5.1)
    b.lab("2026-11-04", "718-7", "Hemoglobin [Mass/volume] in Blood", 10.8, "g/dL", 13.5, 17.5)
    e1 = b.enc("2026-04-08", OFFICE_EST(5), neph, x.org, reason=sct("433146000", "Chronic kidney disease stage 5"), dx=[icd("N18.5", "Chronic kidney disease, stage 5")])
    b.note("2026-04-08", """Nephrology. CKD 5, eGFR 13. Discussed kidney replacement therapy options vs conservative kidney management. Patient (81) with wife: does not want dialysis; values time at home and independence.
He asked for another nephrologist's opinion before finalizing; referral placed to Midwest University Kidney Institute.""", neph, e1)
    sr = b.sreq(textcc("Referral for second opinion - nephrology (kidney replacement therapy vs conservative kidney management)"), "completed", "order",
                "2026-04-08", neph, performer=outside, reason_ref=[ckd], enc=e1)
    e2 = b.enc("2026-06-15", CONSULT(), outside, uni, reason=sct("433146000", "Chronic kidney disease stage 5"), dx=[icd("N18.5", "Chronic kidney disease, stage 5")], minutes=60)
    b.note("2026-06-15", """Second opinion nephrology consultation (requested by Dr. Adebayo / patient).
81 y/o with CKD 5, eGFR 12, frailty (CFS 6), heart-healthy otherwise. Reviewed expected survival with and without dialysis in his age/frailty group.
Opinion: conservative kidney management is a reasonable, well-informed choice; I agree with the current plan. Dialysis remains available if he changes his mind.""",
           outside, e2, kind="consult", title="Second opinion - nephrology")
    e3 = b.enc("2026-08-05", CONSULT(), pal, x.org, reason=textcc("Kidney supportive care"), dx=[icd("Z51.5", "Encounter for palliative care"), icd("N18.5", "Chronic kidney disease, stage 5")])
    b.careplan("Conservative kidney management / kidney supportive care", "active", "plan", "2026-08-05", pal, "Conservative kidney management",
               [("Symptom control (pruritus, fatigue, fluid) without dialysis", "in-progress"),
                ("Advance care plan and POLST", "completed"),
                ("Hospice referral when functional decline", "not-started")], addresses=[ckd], cat_code=sct("103735009", "Palliative care"))
    b.note("2026-08-05", "Kidney supportive care visit. Conservative management confirmed, second opinion in June concurred. Focus on symptom burden.", pal, e3)
    e4 = b.enc("2026-11-04", OFFICE_EST(4), neph, x.org, reason=sct("433146000", "Chronic kidney disease stage 5"), dx=[icd("N18.5", "Chronic kidney disease, stage 5")])
    b.vitals("2026-11-04", e4, 142, 78, 66, 71.0)
    return b, cases_meta(UTP, "near-miss", [],
                         "Palliative (conservative kidney management) plan is active, but a documented outside nephrology second opinion on 2026-06-15 (within 12 months) covers the same problem, so the flag is suppressed.",
                         "CKD 5 on conservative management after an outside nephrology second opinion in June", "Nephrology / palliative care")


def d20(cid):
    """MGUS: haematology says no treatment is indicated, annual monitoring."""
    x = setup(cid, "granite",
              dict(given=["Philip", "G"], family="Ouellette", gender="male", birth="1959-05-26", mrn="GSH-440182",
                   city="Manchester", state="NH", zipc="03104", line="77 Hanover St", phone="603-555-0157",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Evelyn", "Thibault", "MD", "1427384950", "Hematology/Oncology"),
               ("Scott", "Mahoney", "MD", "1538495061", "Internal Medicine")],
              "bcbs", "Anthem Blue Cross NH PPO", "YNH881029374", "2016-01-01")
    b, hem, pcp = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2016-01-01", nka=True)
    mg = b.cond(sct("77766004", "Monoclonal gammopathy of uncertain significance", "MGUS, IgG kappa, low risk"), onset="2025-10-14")
    b.cond(sct("59621000", "Essential hypertension"), onset="2011-01-01")
    b.cond(sct("266569009", "Benign prostatic hyperplasia"), onset="2018-01-01")
    b.cond(sct("95570007", "Kidney stone"), onset="2019-08-01", clin="resolved", abated="2019-09-01")
    b.medstmt(rx("52175", "losartan", "losartan 50 mg tablet"), "50 mg daily", "2011-02-01")
    b.medstmt(rx("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "0.4 mg nightly", "2018-03-01")
    e0 = b.enc("2025-10-14", CONSULT(), hem, x.org, reason=textcc("Abnormal serum protein electrophoresis"), dx=[icd("D47.2", "Monoclonal gammopathy")])
    b.obs("2025-10-14", textcc("Serum M-protein (SPEP), IgG kappa"), 0.5, "g/dL", "g/dL", cat="laboratory", enc=e0, interp="A")
    b.report("2025-10-21", textcc("Skeletal survey (low-dose whole-body CT)"), "No lytic lesions.", hem, cat=("CT", "CAT scan"))
    e1 = b.enc("2026-10-20", OFFICE_EST(4), hem, x.org, reason=sct("77766004", "Monoclonal gammopathy of uncertain significance"), dx=[icd("D47.2", "Monoclonal gammopathy")])
    b.vitals("2026-10-20", e1, 128, 78, 70, 84.5)
    m1 = b.obs("2026-10-20", textcc("Serum M-protein (SPEP), IgG kappa"), 0.6, "g/dL", "g/dL", cat="laboratory", enc=e1, interp="A")
    fl = b.obs("2026-10-20", textcc("Serum free light chain kappa/lambda ratio"), 1.4, "{ratio}", "{ratio}", 0.26, 1.65, cat="laboratory", enc=e1)
    for code, disp, v, u, lo, hi in [("718-7", "Hemoglobin [Mass/volume] in Blood", 14.2, "g/dL", 13.5, 17.5),
                                     ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", 9.4, "mg/dL", 8.6, 10.3),
                                     ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.9, "mg/dL", 0.7, 1.3),
                                     ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", 2.1, "ng/mL", 0, 4.0)]:
        b.lab("2026-10-20", code, disp, v, u, lo, hi, enc=e1)
    b.report("2026-10-20", textcc("Monoclonal protein studies"), "IgG kappa M-protein 0.6 g/dL, FLC ratio normal. No CRAB features.", hem, [m1, fl], enc=e1)
    b.note("2026-10-20", """Hematology follow-up. Low-risk IgG kappa MGUS (M-spike 0.6, normal FLC ratio). No anemia, hypercalcemia, renal impairment or bone lesions.
No treatment is indicated for MGUS. Annual SPEP/FLC/CBC/CMP; return sooner for bone pain, weight loss or infections. Patient reassured.""", hem, e1)
    return b, cases_meta(UTP, "near-miss", [],
                         "Note says 'no treatment is indicated' because low-risk MGUS needs only surveillance, not because a condition is untreatable; no palliative or hospice signal.",
                         "Low-risk MGUS, 'no treatment indicated', annual monitoring", "Haematology")


CASES = [d11, d12, d13, d14, d15, d16, d17, d18, d19, d20]
