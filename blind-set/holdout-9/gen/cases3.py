from common import *

HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
LA_YES = cc(LOINC, "LA33-6", "Yes")
LA_NO = cc(LOINC, "LA32-8", "No")


def d21(cid):
    """Diabetic CKD stage 5, fistula matured, in-centre haemodialysis start ordered for mid-December."""
    x = setup(cid, "riverbend",
              dict(given=["Loretta", "M"], family="Caudill", gender="female", birth="1962-02-17", mrn="RKT-3381047",
                   city="Shepherdsville", state="KY", zipc="40165", line="180 Lees Valley Rd", phone="502-555-0124",
                   race=("2054-5", "Black or African American"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Oluwaseun", "Adebayo", "MD", "1740293856", "Nephrology"),
               ("Mitchell", "Raines", "MD", "1629048573", "Vascular Surgery")],
              "humana", "Humana Gold Plus HMO", "H55019283", "2022-01-01")
    b, neph, vasc = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2015-01-01", nka=True)
    dkd = b.cond(sct("127013003", "Disorder of kidney due to diabetes mellitus", "Diabetic kidney disease"), onset="2019-01-01")
    ckd = b.cond(sct("433146000", "Chronic kidney disease stage 5"), onset="2025-11-01")
    b.cond(sct("44054006", "Diabetes mellitus type 2"), onset="2004-01-01")
    b.cond(sct("707323002", "Anemia in chronic kidney disease"), onset="2025-02-01")
    b.medstmt(rx("274783", "insulin glargine", "insulin glargine 100 unit/mL pen"), "14 units at bedtime", "2018-01-01")
    b.medstmt(rx("17767", "amlodipine", "amlodipine 10 mg tablet"), "10 mg daily", "2012-01-01")
    b.medstmt(rx("4603", "furosemide", "furosemide 80 mg tablet"), "80 mg twice daily", "2026-06-01")
    b.medreq(rx("214824", "sevelamer", "sevelamer carbonate 800 mg tablet"), "800 mg three times daily with meals", "2026-05-12", neph)
    b.medreq(rx("283838", "darbepoetin alfa", "darbepoetin alfa 40 mcg/0.4 mL prefilled syringe"), "40 mcg subcutaneously every 2 weeks", "2025-03-01", neph,
             reason=sct("707323002", "Anemia in chronic kidney disease"))
    egfr = "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"
    for d, v in [("2026-05-12", 11), ("2026-08-11", 10), ("2026-11-03", 9)]:
        b.lab(d, "98979-8", egfr, v, "mL/min/1.73m2", 60, None, ucum="mL/min/{1.73_m2}")
    b.proc(cpt("36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)", "Left radiocephalic AV fistula creation"),
           "completed", "2026-08-20", vasc, reason_ref=[ckd])
    e1 = b.enc("2026-11-03", OFFICE_EST(5), neph, x.org, reason=sct("433146000", "Chronic kidney disease stage 5"),
               dx=[icd("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), icd("N18.5", "Chronic kidney disease, stage 5"),
                   icd("D63.1", "Anemia in chronic kidney disease")])
    b.vitals("2026-11-03", e1, 158, 88, 80, 88.6)
    for code, disp, v, u, lo, hi in [("2823-3", "Potassium [Moles/volume] in Serum or Plasma", 5.6, "mmol/L", 3.5, 5.1),
                                     ("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", 17, "mmol/L", 22, 29),
                                     ("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", 98, "mg/dL", 7, 20),
                                     ("718-7", "Hemoglobin [Mass/volume] in Blood", 10.1, "g/dL", 12.0, 15.5),
                                     ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", 310, "ng/mL", 15, 150),
                                     ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", 26, "%", 15, 50)]:
        b.lab("2026-11-03", code, disp, v, u, lo, hi, enc=e1)
    b.note("2026-11-03", """Nephrology. CKD 5 from diabetic kidney disease, eGFR 9. Now nausea, poor appetite, pruritus, 3 kg fluid gain, K 5.6, HCO3 17 despite medical therapy.
Left RC AVF created 08/20, matured (flow 720 mL/min, easily cannulated).
Shared decision: start in-center hemodialysis, 3x/week, at Riverbend Dialysis - South starting 12/14/2026. Patient and husband agree. Dialysis education completed.""", neph, e1)
    b.sreq(cc(SCT, "302497006", "Hemodialysis", "Initiate in-center maintenance hemodialysis, 3x weekly via left RC AVF",
              extra=[(CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional")]),
           "active", "order", "2026-11-03", neph, occurrence="2026-12-14", reason_ref=[ckd, dkd], enc=e1)
    b.careplan("Dialysis initiation plan", "active", "plan", "2026-11-03", neph, "Kidney replacement therapy",
               [("First in-center hemodialysis session 12/14/2026", "scheduled"), ("Hepatitis B vaccination series", "in-progress"),
                ("Transplant referral discussion", "not-started")], addresses=[ckd])
    return b, cases_meta(HIT, "positive", [HIT],
                         "Planned start of maintenance haemodialysis (ServiceRequest active, 2026-12-14), a high-impact treatment; eGFR change 11 to 9 is below an MCID.",
                         "Diabetic CKD 5, in-centre haemodialysis start ordered for mid-December", "Nephrology")


def d22(cid):
    """Large nodular BCC of the scalp in a frail 84-year-old; definitive radiotherapy planned."""
    x = setup(cid, "bayside",
              dict(given=["Walter", "H"], family="Pruett", gender="male", birth="1942-07-30", mrn="BDP-104477",
                   city="Clearwater", state="FL", zipc="33756", line="1456 S Fort Harrison Ave", phone="727-555-0115",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Nadia", "Farouk", "MD", "1730582946", "Dermatology"),
               ("Corinne", "Blackwell", "MD", "1962740385", "Radiation Oncology")],
              "medicare", "Medicare Part A and B", "4RT9-MN2-KD08", "2007-08-01",
              extra_orgs=[("Suncoast Radiation Oncology", "1275839406", "Clearwater", "FL")])
    b, derm, ro = x.b, x.pr[0], x.pr[1]
    rad = x.orgs[0]
    b.allergy(sct("716186003", "No known allergy"), None, "2010-01-01", nka=True)
    bcc = b.cond(sct("254701007", "Basal cell carcinoma of skin", "Nodular basal cell carcinoma, left parietal scalp, 3.2 cm"), onset="2026-09-08",
                 body=sct("41695006", "Scalp structure"))
    b.cond(sct("49436004", "Atrial fibrillation"), onset="2018-01-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="2000-01-01")
    b.cond(sct("201101007", "Actinic keratosis"), onset="2015-01-01", clin="inactive")
    b.medstmt(rx("1364430", "apixaban", "apixaban 5 mg tablet"), "5 mg twice daily", "2018-02-01")
    b.medstmt(rx("6918", "metoprolol", "metoprolol tartrate 25 mg tablet"), "25 mg twice daily", "2018-02-01")
    b.medstmt(rx("29046", "lisinopril", "lisinopril 10 mg tablet"), "10 mg daily", "2005-01-01")
    e1 = b.enc("2026-09-08", OFFICE_EST(4), derm, x.org, reason=textcc("Enlarging scalp lesion"), dx=[icd("C44.41", "Basal cell carcinoma of skin of scalp and neck")])
    b.proc(cpt("11104", "Punch biopsy of skin (including simple closure, when performed); single lesion", "Punch biopsy, left scalp"), "completed", "2026-09-08", derm, enc=e1)
    b.report("2026-09-12", textcc("Surgical pathology, skin punch biopsy left scalp"), "Basal cell carcinoma, nodular type, extending to deep margin.", derm, cat=("PAT", "Pathology"))
    b.note("2026-09-08", "Dermatology: 3.2 cm ulcerated pearly nodule left parietal scalp x 1 yr. Biopsy. If BCC, discussed Mohs vs excision with graft vs radiotherapy; patient frail, on apixaban, declines surgery.", derm, e1)
    e2 = b.enc("2026-10-13", OFFICE_EST(3), derm, x.org, reason=sct("254701007", "Basal cell carcinoma of skin"), dx=[icd("C44.41", "Basal cell carcinoma of skin of scalp and neck")])
    b.note("2026-10-13", "Path BCC nodular. Multidisciplinary skin tumor board: definitive radiotherapy appropriate given patient preference, anticoagulation and frailty. Referred to radiation oncology.", derm, e2)
    e3 = b.enc("2026-11-10", CONSULT(), ro, rad, reason=sct("254701007", "Basal cell carcinoma of skin"), dx=[icd("C44.41", "Basal cell carcinoma of skin of scalp and neck")], minutes=60)
    b.vitals("2026-11-10", e3, 134, 76, 72, 70.2)
    b.note("2026-11-10", """Radiation oncology consultation. Nodular BCC left scalp 3.2 cm, no bone involvement on CT. ECOG 2.
Recommend definitive external beam radiotherapy, 55 Gy in 20 fractions (electrons with bolus), 5 days/week over 4 weeks.
Side effects reviewed: moist desquamation, permanent alopecia in field, fatigue, late skin atrophy. Consent signed. CT simulation 11/24, start 12/08/2026.""", ro, e3, kind="consult")
    b.proc(cpt("77290", "Therapeutic radiology simulation-aided field setting; complex", "CT simulation for radiotherapy planning"), "completed", "2026-11-24", ro)
    b.sreq(cc(SCT, "33195004", "Teleradiotherapy procedure", "External beam radiotherapy, left scalp BCC, 55 Gy in 20 fractions"), "active", "order", "2026-11-10", ro,
           occ_period=("2026-12-08", "2027-01-05"), reason_ref=[bcc], enc=e3, performer=ro)
    b.report("2026-10-27", textcc("CT head without contrast"), "Soft tissue scalp mass left parietal, no underlying calvarial erosion.", ro, cat=("CT", "CAT scan"))
    return b, cases_meta(HIT, "positive", [HIT],
                         "Course of definitive external beam radiotherapy (55 Gy / 20 fractions) ordered to start 2026-12-08 - a planned high-impact treatment.",
                         "Frail 84-year-old with scalp BCC, definitive radiotherapy ordered", "Dermatology / radiation oncology")


def d23(cid):
    """Early breast cancer on anastrozole since February; FACT-B quality-of-life total down 27 points."""
    x = setup(cid, "granite",
              dict(given=["Judith", "A"], family="Carrigan", gender="female", birth="1954-11-02", mrn="GSH-508821",
                   city="Concord", state="NH", zipc="03301", line="22 Pleasant St", phone="603-555-0191",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Evelyn", "Thibault", "MD", "1427384950", "Hematology/Oncology"),
               ("Paul", "Duchesne", "MD", "1649302857", "Surgical Oncology")],
              "medicare", "Medicare Part A and B", "8QR3-LK5-TT02", "2019-11-01")
    b, onc, surg = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2019-01-01", nka=True)
    bc = b.cond(sct("254837009", "Malignant neoplasm of breast", "Invasive ductal carcinoma, left breast, pT1c pN0, ER+/PR+/HER2-"), onset="2025-12-04")
    b.cond(sct("312894000", "Osteopenia"), onset="2021-01-01")
    b.cond(sct("40930008", "Hypothyroidism"), onset="2012-01-01")
    b.proc(cpt("19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)", "Left breast lumpectomy with sentinel node biopsy"),
           "completed", "2026-01-14", surg, reason_ref=[bc])
    b.medstmt(rx("10582", "levothyroxine", "levothyroxine 75 mcg tablet"), "75 mcg daily", "2012-02-01")
    b.medstmt(rx("11253", "vitamin D", "cholecalciferol 2000 unit"), "2000 units daily", "2021-01-01")
    ai = b.medreq(rx("84857", "anastrozole", "anastrozole 1 mg tablet"), "1 mg by mouth daily", "2026-02-20", onc,
                  reason=sct("254837009", "Malignant neoplasm of breast"), refills=11)
    b.note("2026-02-10", """Medical oncology. 71 y/o with stage IA ER+/PR+/HER2- IDC left breast s/p lumpectomy 01/14, margins negative, SLN 0/2. Oncotype RS 11.
Per CALGB 9343 data, radiotherapy may be omitted with endocrine therapy at age >70; patient chooses to omit RT. Start anastrozole 1 mg daily x 5 years.
Baseline FACT-B today: 121.""", onc, kind="consult", title="Medical oncology consultation")
    def factb(d, v):
        b.obs(d, cc("urn:oid:1.2.840.114350.1.13.0.1.7.2.707679", "FACTB-TOT", "FACT-B total score (0-148)", "FACT-B total score"), v, "{score}", "{score}", cat="survey",
              note="Functional Assessment of Cancer Therapy - Breast, version 4. Higher score = better quality of life.")
    for d, v in [("2026-02-10", 121), ("2026-05-12", 110), ("2026-08-11", 101), ("2026-11-10", 94)]:
        factb(d, v)
    for d, lvl in [("2026-05-12", 4), ("2026-08-11", 4)]:
        b.enc(d, OFFICE_EST(lvl), onc, x.org, reason=sct("254837009", "Malignant neoplasm of breast"),
              dx=[icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), icd("Z79.811", "Long term (current) use of aromatase inhibitors")])
    e3 = b.enc("2026-11-10", OFFICE_EST(4), onc, x.org, reason=sct("254837009", "Malignant neoplasm of breast"),
               dx=[icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), icd("Z17.0", "Estrogen receptor positive status [ER+]"),
                   icd("Z79.811", "Long term (current) use of aromatase inhibitors"), icd("M25.50", "Pain in unspecified joint")])
    b.vitals("2026-11-10", e3, 132, 78, 72, 66.8)
    b.note("2026-11-10", """Oncology follow-up, month 9 of anastrozole. Severe hand and knee arthralgia, morning stiffness 1 h, hot flashes, poor sleep, stopped her water aerobics and volunteering.
FACT-B has fallen from 121 at baseline to 94. No evidence of recurrence; mammogram 10/2026 benign.
Discussed switching AI, trial of exemestane, or tamoxifen; duloxetine for arthralgia. She is distressed about 4 more years of this.""", onc, e3)
    b.report("2026-10-06", textcc("Diagnostic mammogram bilateral"), "Post-lumpectomy changes left breast. No suspicious findings. BI-RADS 2.", onc, cat=("RAD", "Radiology"))
    b.report("2026-03-02", textcc("DXA bone density"), "Lumbar spine T-score -1.8, femoral neck -1.6 (osteopenia).", onc, cat=("RAD", "Radiology"))
    return b, cases_meta(HIT, "positive", [HIT],
                         "Patient-reported QoL (FACT-B total) fell from 121 at baseline to 94 after anastrozole began (2026-02-20), a 27-point drop well beyond its ~7-8 point MCID.",
                         "Early breast cancer on anastrozole; FACT-B quality-of-life down 27 points", "Oncology (breast)")


def d24(cid):
    """Knee OA: hyaluronic acid injection; KOOS QoL change below MCID."""
    x = setup(cid, "summit",
              dict(given=["Craig", "S"], family="Vandermeer", gender="male", birth="1967-04-09", mrn="SSM-207719",
                   city="Longmont", state="CO", zipc="80501", line="915 Kimbark St", phone="720-555-0106",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Tyler", "Nakamura", "MD", "1962038475", "Orthopaedic Sports Medicine")],
              "uhc", "UnitedHealthcare Navigate HMO", "938201746", "2020-01-01")
    b, ortho = x.b, x.pr[0]
    b.allergy(sct("716186003", "No known allergy"), None, "2018-01-01", nka=True)
    oa = b.cond(sct("239873007", "Osteoarthritis of knee", "Primary osteoarthritis, right knee (KL grade 3)"), onset="2022-05-01")
    b.cond(sct("55822004", "Hyperlipidemia"), onset="2016-01-01")
    b.cond(sct("239720000", "Tear of anterior cruciate ligament of knee joint", "Right ACL tear (1994), reconstructed"), onset="1994-10-01", clin="resolved", abated="1995-06-01")
    b.medstmt(rx("83367", "atorvastatin", "atorvastatin 20 mg tablet"), "20 mg daily", "2016-02-01")
    b.medstmt(rx("7258", "naproxen", "naproxen 500 mg tablet"), "500 mg twice daily as needed", "2022-06-01", reason=sct("239873007", "Osteoarthritis of knee"))
    def koos(d, qol, pain, enc=None):
        b.obs(d, textcc("KOOS - Quality of Life subscale (0-100)"), qol, "{score}", "{score}", cat="survey", enc=enc,
              note="Knee injury and Osteoarthritis Outcome Score; higher = better.")
        b.obs(d, textcc("KOOS - Pain subscale (0-100)"), pain, "{score}", "{score}", cat="survey", enc=enc)
    e1 = b.enc("2026-06-24", OFFICE_EST(4), ortho, x.org, reason=sct("239873007", "Osteoarthritis of knee"), dx=[icd("M17.11", "Unilateral primary osteoarthritis, right knee")])
    koos("2026-06-24", 44, 58, e1)
    b.report("2026-06-24", textcc("XR knee right, 3 views weight-bearing"), "Moderate medial compartment joint space narrowing, osteophytes, KL grade 3.", ortho, cat=("RAD", "Radiology"), enc=e1)
    b.note("2026-06-24", "Right knee OA, partial response to naproxen and PT. Wants to keep hiking. Discussed viscosupplementation; single-injection hylan G-F 20 on 07/08. Not interested in arthroplasty.", ortho, e1)
    e2 = b.enc("2026-07-08", OFFICE_EST(3), ortho, x.org, reason=sct("239873007", "Osteoarthritis of knee"), dx=[icd("M17.11", "Unilateral primary osteoarthritis, right knee")])
    b.proc(cpt("20611", "Arthrocentesis, aspiration and/or injection, major joint or bursa; with ultrasound guidance", "US-guided intra-articular injection, right knee"), "completed", "2026-07-08", ortho, enc=e2, reason_ref=[oa])
    b.medreq(cc(HCPCS, "J7325", "Hyaluronan or derivative, Synvisc or Synvisc-One, for intra-articular injection, 1 mg", "hylan G-F 20 48 mg/6 mL intra-articular"), "48 mg intra-articular right knee, single injection",
             "2026-07-08", ortho, status="completed", enc=e2, reason=sct("239873007", "Osteoarthritis of knee"))
    e3 = b.enc("2026-09-02", OFFICE_EST(3), ortho, x.org, reason=sct("239873007", "Osteoarthritis of knee"), dx=[icd("M17.11", "Unilateral primary osteoarthritis, right knee")])
    koos("2026-09-02", 41, 57, e3)
    e4 = b.enc("2026-11-18", OFFICE_EST(3), ortho, x.org, reason=sct("239873007", "Osteoarthritis of knee"), dx=[icd("M17.11", "Unilateral primary osteoarthritis, right knee")])
    koos("2026-11-18", 40, 57, e4)
    b.vitals("2026-11-18", e4, 128, 80, 66, 92.3)
    b.note("2026-11-18", "Follow-up right knee OA. Minimal change after hyaluronic acid; KOOS QoL 44 -> 40, pain stable. Continue home program, naproxen prn. Reassess in 6 months.", ortho, e4)
    return b, cases_meta(HIT, "near-miss", [],
                         "Treatment started (hyaluronic acid injection 2026-07-08) is not high-impact, and the KOOS QoL fall of 4 points is below its ~8-10 point MCID.",
                         "Knee OA after hyaluronic acid injection; KOOS QoL down 4 points (below MCID)", "Sports medicine / orthopaedics")


def d25(cid):
    """Actinic keratoses: field therapy with topical 5-fluorouracil."""
    x = setup(cid, "bayside",
              dict(given=["Dennis", "R"], family="McAllister", gender="male", birth="1960-03-15", mrn="BDP-318806",
                   city="St. Petersburg", state="FL", zipc="33704", line="2650 4th St N", phone="727-555-0172",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Sofia", "Marquez", "PA-C", "1083927465", "Dermatology PA"),
               ("Nadia", "Farouk", "MD", "1730582946", "Dermatology")],
              "aetna", "Aetna Medicare Advantage PPO", "A557102938", "2025-04-01")
    b, pa, derm = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2019-01-01", nka=True)
    ak = b.cond(sct("201101007", "Actinic keratosis", "Multiple actinic keratoses, face and scalp"), onset="2019-05-01")
    b.cond(sct("59621000", "Essential hypertension"), onset="2014-01-01")
    b.cond(sct("266569009", "Benign prostatic hyperplasia"), onset="2020-01-01")
    b.cond(textcc("Squamous cell carcinoma in situ, right forearm (excised 2023)"), onset="2023-04-10", clin="resolved", abated="2023-05-02")
    b.medstmt(rx("29046", "lisinopril", "lisinopril 20 mg tablet"), "20 mg daily", "2014-02-01")
    b.medstmt(rx("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "0.4 mg nightly", "2020-02-01")
    e0 = b.enc("2026-05-19", OFFICE_EST(3), derm, x.org, reason=textcc("Total body skin examination"), dx=[icd("L57.0", "Actinic keratosis"), icd("Z85.828", "Personal history of other malignant neoplasm of skin")])
    b.proc(cpt("17003", "Destruction premalignant lesions, 2-14 lesions", "Cryotherapy of actinic keratoses (9 lesions)"), "completed", "2026-05-19", derm, enc=e0, reason_ref=[ak])
    e1 = b.enc("2026-11-17", OFFICE_EST(4), pa, x.org, reason=sct("201101007", "Actinic keratosis"), dx=[icd("L57.0", "Actinic keratosis")])
    b.obs("2026-11-17", textcc("Skin examination - actinic keratosis count, face and scalp"), vint=22, cat="exam", enc=e1)
    b.note("2026-11-17", """Dermatology follow-up. Innumerable AKs on forehead, temples and balding scalp (approx 22 clinically apparent) despite cryotherapy in May. No suspicious lesions for SCC today.
Plan: field therapy with topical chemotherapy - fluorouracil 5% cream twice daily x 3 weeks to forehead and scalp. Expect redness, crusting, and soreness; sun protection. Recheck 8 weeks.""", pa, e1)
    b.medreq(cc(RXN, "4492", "fluorouracil", "fluorouracil 5% topical cream 40 g"), "Apply thin layer to forehead and scalp twice daily for 3 weeks",
             "2026-11-17", pa, enc=e1, reason=sct("201101007", "Actinic keratosis"), qty=(40, "g"), refills=0)
    b.vitals("2026-11-17", e1, 136, 82, 70)
    return b, cases_meta(HIT, "near-miss", [],
                         "The 'topical chemotherapy' is fluorouracil 5% cream field therapy for actinic keratoses - a low-impact outpatient treatment, not systemic chemotherapy.",
                         "Actinic keratoses treated with topical 5-fluorouracil cream", "Dermatology")


def d26(cid):
    """Gestational diabetes on insulin; pre-visit questionnaire answer: wants a second opinion."""
    x = setup(cid, "prairiesky",
              dict(given=["Brianna", "L"], family="Okonkwo", gender="female", birth="1993-07-21", mrn="PSW-772019",
                   city="Wichita", state="KS", zipc="67208", line="3519 E Douglas Ave", phone="316-555-0143",
                   race=("2054-5", "Black or African American"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Hannah", "Delgado", "MD", "1225930486", "Obstetrics and Gynecology"),
               ("Corey", "Lindgren", "RD, CDCES", "1336048571", "Diabetes Education")],
              "bcbs", "Blue Cross Blue Shield of Kansas PPO", "XKS662910384", "2021-01-01")
    b, ob, cde = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2022-01-01", nka=True)
    preg = b.cond(sct("77386006", "Pregnancy", "Intrauterine pregnancy, G2P1, EDD 2027-01-26"), onset="2026-04-21")
    gdm = b.cond(sct("11687002", "Gestational diabetes mellitus", "Gestational diabetes, insulin-controlled"), onset="2026-09-08")
    b.cond(sct("38341003", "Hypertensive disorder", "Gestational hypertension (prior pregnancy 2022)"), onset="2022-05-01", clin="resolved", abated="2022-08-01")
    b.medstmt(textcc("Prenatal multivitamin with DHA (OTC)"), "1 tablet daily", "2026-04-01")
    b.lab("2026-08-25", "1504-0", "Glucose [Mass/volume] in Serum or Plasma --1 hour post 50 g glucose PO", 168, "mg/dL", None, 140)
    b.lab("2026-09-02", "1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma", 97, "mg/dL", None, 95)
    b.lab("2026-09-02", "1518-0", "Glucose [Mass/volume] in Serum or Plasma --2 hours post 100 g glucose PO", 162, "mg/dL", None, 155)
    b.lab("2026-09-02", "1530-5", "Glucose [Mass/volume] in Serum or Plasma --3 hours post 100 g glucose PO", 148, "mg/dL", None, 140)
    e1 = b.enc("2026-09-08", OFFICE_EST(4), ob, x.org, reason=sct("11687002", "Gestational diabetes mellitus"),
               dx=[icd("O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled"), icd("Z3A.24", "24 weeks gestation of pregnancy")])
    b.note("2026-09-08", "Prenatal 24w. 3-h GTT abnormal x3. GDM dx. Nutrition/CDCES referral, glucose log QID.", ob, e1)
    e2 = b.enc("2026-10-20", OFFICE_EST(4), ob, x.org, reason=sct("11687002", "Gestational diabetes mellitus"),
               dx=[icd("O24.414", "Gestational diabetes mellitus in pregnancy, insulin controlled"), icd("Z3A.30", "30 weeks gestation of pregnancy")])
    b.obs("2026-10-20", textcc("Fasting capillary glucose, 14-day mean (home log)"), 101, "mg/dL", "mg/dL", None, 95, cat="laboratory", enc=e2, issued=False)
    b.note("2026-10-20", "30w. Fasting values 98-108 despite diet. Start NPH 10 units at bedtime. Growth US at 32w.", ob, e2)
    b.medreq(rx("5856", "insulin isophane", "insulin NPH human 100 unit/mL (KwikPen)"), "10 units subcutaneously at bedtime, titrate per protocol", "2026-10-20", ob, enc=e2,
             reason=sct("11687002", "Gestational diabetes mellitus"))
    e3 = b.enc("2026-11-24", OFFICE_EST(4), ob, x.org, reason=textcc("Routine prenatal visit, 35 weeks"),
               dx=[icd("O24.414", "Gestational diabetes mellitus in pregnancy, insulin controlled"), icd("Z3A.35", "35 weeks gestation of pregnancy")])
    b.vitals("2026-11-24", e3, 118, 72, 88, 84.1)
    b.obs("2026-11-24", loinc("11881-0", "Uterus Fundal height Tape measure"), 35, "cm", "cm", cat="exam", enc=e3)
    b.obs("2026-11-24", loinc("55283-6", "Fetal Heart rate"), 142, "beats/minute", "/min", 110, 160, cat="exam", enc=e3)
    b.qr("https://fhir.prairieskywomens.org/r4/Questionnaire/prenatal-previsit-v3", "2026-11-23", [
        {"linkId": "1", "text": "How have you been feeling since your last visit?", "answer": [{"valueString": "Tired. Worried about the insulin and the baby's size."}]},
        {"linkId": "2", "text": "Are you checking your blood sugars as instructed?", "answer": [{"valueCoding": LA_YES["coding"][0]}]},
        {"linkId": "3", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": LA_YES["coding"][0]}]},
        {"linkId": "3.1", "text": "If yes, please tell us more", "answer": [{"valueString": "My numbers were only a little over and I don't understand why I need insulin. I would like another doctor, maybe maternal-fetal medicine, to look at my case."}]},
        {"linkId": "4", "text": "Do you have any other concerns for your provider?", "answer": [{"valueString": "I felt rushed at the last visit."}]}],
        author=b.patient, source=b.patient, enc=e3)
    b.note("2026-11-24", "35w prenatal. BP normal, FH 35, FHR 142. Fasting glucose now 88-94 on NPH 14 u. Growth US 32w EFW 62nd percentile. Pre-visit form reviewed.", ob, e3)
    return b, cases_meta(PRC, "positive", [PRC],
                         "Patient-completed pre-visit QuestionnaireResponse (2026-11-23) answers 'Yes' (LA33-6) to wanting a second opinion about her diagnosis/treatment, with free-text reasons.",
                         "Gestational diabetes on insulin; pre-visit questionnaire asks for a second opinion", "Obstetrics")


def d27(cid):
    """Chronic spontaneous urticaria; patient portal message asking for a second opinion."""
    x = setup(cid, "tririver",
              dict(given=["Vanessa", "C"], family="Ruiz-Patel", gender="female", birth="1988-12-09", mrn="TRH-8810233",
                   city="Pittsburgh", state="PA", zipc="15217", line="5520 Forbes Ave", phone="412-555-0137",
                   race=("2131-1", "Other Race"), ethnicity=("2135-2", "Hispanic or Latino"), marital=("M", "Married")),
              [("Leonard", "Fishbein", "MD", "1518293740", "Allergy and Immunology"),
               ("Amara", "Nwosu", "MD", "1629304851", "Internal Medicine")],
              "uhc", "UnitedHealthcare Choice Plus", "918204736", "2022-01-01")
    b, alg, pcp = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("387458008", "Aspirin"), sct("126485001", "Urticaria", "Hives"), "2025-12-20")
    csu = b.cond(sct("126485001", "Urticaria", "Chronic spontaneous urticaria"), onset="2025-11-20")
    b.cond(sct("35489007", "Depressive disorder", "Adjustment disorder with depressed mood"), onset="2026-09-01", clin="resolved", abated="2026-11-01")
    b.cond(sct("195967001", "Asthma", "Mild intermittent asthma"), onset="2005-01-01")
    b.medstmt(rx("20610", "cetirizine", "cetirizine 10 mg tablet"), "20 mg twice daily (4x standard dose)", "2026-02-10", reason=sct("126485001", "Urticaria"))
    b.medstmt(rx("88249", "montelukast", "montelukast 10 mg tablet"), "10 mg nightly", "2026-06-02")
    b.medstmt(rx("435", "albuterol", "albuterol 90 mcg/actuation inhaler"), "2 puffs as needed", "2005-01-01")
    def uas7(d, v, enc=None):
        b.obs(d, textcc("Urticaria Activity Score over 7 days (UAS7)"), v, "{score}", "{score}", cat="survey", enc=enc)
    e1 = b.enc("2026-02-10", OFFICE_NEW(4), alg, x.org, reason=sct("126485001", "Urticaria"), dx=[icd("L50.1", "Idiopathic urticaria")])
    uas7("2026-02-10", 28, e1)
    for code, disp, v, u, lo, hi in [("718-7", "Hemoglobin [Mass/volume] in Blood", 13.2, "g/dL", 12.0, 15.5),
                                     ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.6, "m[IU]/L", 0.45, 4.5),
                                     ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", 2, "mg/L", 0, 8)]:
        b.lab("2026-02-10", code, disp, v, u, lo, hi, enc=e1)
    b.note("2026-02-10", "Allergy consult: daily wheals since Nov 2025, no angioedema, no clear trigger; aspirin worsens. Labs unremarkable. Dx chronic spontaneous urticaria. Up-dose cetirizine to 4x.", alg, e1, kind="consult")
    e2 = b.enc("2026-06-02", OFFICE_EST(3), alg, x.org, reason=sct("126485001", "Urticaria"), dx=[icd("L50.1", "Idiopathic urticaria")])
    uas7("2026-06-02", 26, e2)
    e3 = b.enc("2026-10-06", OFFICE_EST(3), alg, x.org, reason=sct("126485001", "Urticaria"), dx=[icd("L50.1", "Idiopathic urticaria")])
    uas7("2026-10-06", 27, e3)
    b.note("2026-10-06", "CSU, partial control on high-dose cetirizine + montelukast. Continue. Omalizumab discussed but insurance requires further step; revisit in 6 months.", alg, e3)
    m1 = b.comm("2026-11-15T21:42:00-05:00", b.patient, [alg],
                "Dr. Fishbein, I have had hives almost every day for a year now. I am taking 4 cetirizine a day and they still keep me up at night. Every visit I am told to keep going and come back in 6 months. "
                "I feel like my concerns keep getting brushed off. I would like a referral for a second opinion at the university allergy clinic, please.",
                category=textcc("Patient portal message"), topic="Request for second opinion", about=[csu])
    b.comm("2026-11-17T12:05:00-05:00", alg, [b.patient], "Thank you for your message. Our referral coordinator will contact you about the university allergy clinic.",
           category=textcc("Patient portal message"), in_response=m1)
    return b, cases_meta(PRC, "positive", [PRC],
                         "Patient-authored portal Communication (2026-11-15) says she feels brushed off and explicitly asks for a second-opinion referral.",
                         "Chronic urticaria; patient portal message asks for a second opinion", "Allergy / dermatology")


def d28(cid):
    """Recurrent otitis media in a 3-year-old; mother's portal message asks for a second ENT opinion before ear tubes."""
    x = setup(cid, "sonoran",
              dict(given=["Maya", "J"], family="Begay", gender="female", birth="2023-05-30", mrn="SCC-1184062",
                   city="Tucson", state="AZ", zipc="85705", line="1802 W Prince Rd", phone="520-555-0169",
                   race=("1002-5", "American Indian or Alaska Native"), ethnicity=("2186-5", "Not Hispanic or Latino")),
              [("Julia", "Ferreira", "MD", "1336928174", "Pediatrics"),
               ("Ezra", "Whitfield", "MD", "1447039286", "Pediatric Otolaryngology")],
              "medicaid", "AHCCCS Complete Care (Arizona Medicaid)", "A11930285", "2023-05-30")
    b, ped, ent = x.b, x.pr[0], x.pr[1]
    mom = b.related("Tamara", "Begay", "MTH", "mother", "520-555-0169")
    b.allergy(sct("716186003", "No known allergy"), None, "2023-06-01", nka=True)
    raom = b.cond(sct("65363002", "Otitis media", "Recurrent acute otitis media, bilateral"), onset="2025-12-01")
    b.cond(sct("24079001", "Atopic dermatitis"), onset="2023-10-01")
    for d, ab in [("2025-12-03", "amoxicillin"), ("2026-02-11", "amoxicillin"), ("2026-04-02", "amoxicillin-clavulanate"), ("2026-09-22", "amoxicillin"), ("2026-10-27", "cefdinir")]:
        e = b.enc(d, OFFICE_EST(3), ped, x.org, reason=sct("65363002", "Otitis media"),
                  dx=[{**icd("H66.006", "Acute suppurative otitis media without spontaneous rupture of ear drum, recurrent, bilateral"), "_resolved": True}])
        b.medreq(rx({"amoxicillin": "723", "amoxicillin-clavulanate": "19711", "cefdinir": "25037"}[ab], ab, f"{ab} oral suspension"),
                 "per weight, twice daily x 10 days", d, ped, status="completed", enc=e)
    b.immunization("133", "Pneumococcal conjugate PCV 13", "2024-06-01")
    e1 = b.enc("2026-11-05", CONSULT(), ent, x.org, reason=sct("65363002", "Otitis media"),
               dx=[icd("H66.006", "Acute suppurative otitis media without spontaneous rupture of ear drum, recurrent, bilateral"), icd("H65.493", "Other chronic nonsuppurative otitis media, bilateral")])
    b.obs("2026-11-05", textcc("Tympanometry"), vstr="Type B bilaterally (flat), normal canal volumes.", cat="exam", enc=e1, interp="A")
    b.note("2026-11-05", """Pediatric ENT consult. 3 y/o with 5 episodes of AOM in 12 months, bilateral middle ear effusion today. Speech on track.
Meets criteria for bilateral myringotomy with tympanostomy tubes (brief outpatient procedure under mask anesthesia, ~15 min). Offered date 01/07/2027. Mother would like to think about it.""", ent, e1, kind="consult")
    b.sreq(cpt("69436", "Tympanostomy (requiring insertion of ventilating tube), general anesthesia", "Bilateral myringotomy with tympanostomy tubes"),
           "active", "order", "2026-11-05", ent, occurrence="2027-01-07", reason_ref=[raom], enc=e1)
    b.comm("2026-11-20T19:31:00-07:00", mom, [ent, ped],
           "Hello, this is Maya's mom. Before we schedule the ear tubes, we would like a second opinion from another ENT. We don't feel our questions about waiting through the winter and about her hearing were really answered at the visit. "
           "Can you send a referral to the ENT at Banner Children's or tell us how to get one? Thank you.",
           category=textcc("Patient portal message (proxy)"), topic="Second opinion request - tympanostomy tubes")
    b.vitals("2026-11-05", e1, None, None, 104, 14.6, temp=36.8)
    return b, cases_meta(PRC, "positive", [PRC],
                         "Mother (proxy for a 3-year-old) sends a portal Communication on 2026-11-20 asking for a second ENT opinion before ear-tube surgery; the planned tympanostomy is a minor procedure.",
                         "3-year-old with recurrent otitis; mother's portal message asks for a second ENT opinion before ear tubes", "Paediatric ENT")


def d29(cid):
    """Chronic rhinosinusitis with polyps improving; annual questionnaire answer 'No' to a second opinion."""
    x = setup(cid, "gulfcoast",
              dict(given=["Marcus", "D"], family="Fontenot", gender="male", birth="1981-09-12", mrn="GC00520918",
                   city="Fairhope", state="AL", zipc="36532", line="360 Fairhope Ave", phone="251-555-0120",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Martin", "Okafor", "MD", "1467352981", "Otolaryngology")],
              "bcbs", "BCBS Alabama Blue Advantage PPO", "XAL200938471", "2018-01-01")
    b, ent = x.b, x.pr[0]
    b.allergy(sct("716186003", "No known allergy"), None, "2018-01-01", nka=True)
    crs = b.cond(sct("40055000", "Chronic sinusitis", "Chronic rhinosinusitis with nasal polyps"), onset="2023-03-01")
    b.cond(sct("61582004", "Allergic rhinitis"), onset="2010-01-01")
    b.medstmt(rx("19831", "budesonide", "budesonide 0.5 mg/2 mL respules in saline irrigation"), "0.5 mg in 240 mL saline irrigation each nostril daily", "2025-11-01")
    b.medstmt(rx("20610", "cetirizine", "cetirizine 10 mg tablet"), "10 mg daily", "2010-01-01")
    def snot(d, v, enc=None):
        b.obs(d, textcc("SNOT-22 total score (0-110)"), v, "{score}", "{score}", cat="survey", enc=enc, note="22-item sino-nasal outcome questionnaire; higher = worse.")
    e0 = b.enc("2025-11-04", OFFICE_EST(4), ent, x.org, reason=sct("40055000", "Chronic sinusitis"), dx=[icd("J32.4", "Chronic pansinusitis"), icd("J33.8", "Other polyp of sinus")])
    snot("2025-11-04", 42, e0)
    b.report("2025-11-20", textcc("CT sinus without contrast"), "Pansinus mucosal thickening, Lund-Mackay 12. No bony erosion.", ent, cat=("CT", "CAT scan"))
    e1 = b.enc("2026-05-05", OFFICE_EST(3), ent, x.org, reason=sct("40055000", "Chronic sinusitis"), dx=[icd("J32.4", "Chronic pansinusitis"), icd("J33.8", "Other polyp of sinus")])
    snot("2026-05-05", 35, e1)
    e2 = b.enc("2026-11-03", OFFICE_EST(3), ent, x.org, reason=sct("40055000", "Chronic sinusitis"), dx=[icd("J32.4", "Chronic pansinusitis"), icd("J33.8", "Other polyp of sinus")])
    snot("2026-11-03", 30, e2)
    b.obs("2026-11-03", textcc("Nasal endoscopy"), vstr="Grade 1 polyps bilaterally in middle meatus, reduced from grade 2. No purulence.", cat="exam", enc=e2)
    b.qr("https://fhir.gulfcoasteyeent.com/r4/Questionnaire/ent-annual-previsit", "2026-11-02", [
        {"linkId": "q1", "text": "Since your last visit, are your nasal symptoms better, the same, or worse?", "answer": [{"valueString": "Better"}]},
        {"linkId": "q2", "text": "Are you using your sinus rinses as prescribed?", "answer": [{"valueCoding": LA_YES["coding"][0]}]},
        {"linkId": "q3", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": LA_NO["coding"][0]}]},
        {"linkId": "q4", "text": "Anything else you want to discuss?", "answer": [{"valueString": "Smell is coming back a bit."}]}],
        author=b.patient, source=b.patient, enc=e2)
    b.note("2026-11-03", "CRSwNP improving on budesonide irrigations: SNOT-22 42 -> 30, polyps smaller, smell partially returned. Continue. No surgery indicated. Return 1 year.", ent, e2)
    b.vitals("2026-11-03", e2, 126, 80, 68, 88.0)
    return b, cases_meta(PRC, "near-miss", [],
                         "The pre-visit questionnaire asks about a second opinion but the patient answered 'No' (LA32-8); he is improving and satisfied.",
                         "Chronic rhinosinusitis improving; questionnaire answer 'No' to second opinion", "ENT")


def d30(cid):
    """Patellar tendinopathy improving with rehab; patient's message says she does not want a second opinion."""
    x = setup(cid, "summit",
              dict(given=["Sierra", "N"], family="Castellanos", gender="female", birth="1997-02-03", mrn="SSM-402286",
                   city="Boulder", state="CO", zipc="80304", line="3085 19th St", phone="303-555-0152",
                   race=("2106-3", "White"), ethnicity=("2135-2", "Hispanic or Latino"), marital=("S", "Never Married")),
              [("Rebecca", "Holloway", "MD", "1174028395", "Primary Care Sports Medicine"),
               ("Jenna", "Olsen", "PT, DPT", "1073829465", "Physical Therapy")],
              "kaiser", "Kaiser Permanente Colorado HMO", "KPC2288104", "2021-06-01")
    b, sm, pt = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2021-06-01", nka=True)
    tend = b.cond(sct("34840004", "Tendinitis", "Patellar tendinopathy, right knee (jumper's knee)"), onset="2026-07-15")
    b.cond(sct("37796009", "Migraine"), onset="2014-01-01", clin="inactive")
    def visap(d, v, enc=None):
        b.obs(d, textcc("VISA-P score (0-100)"), v, "{score}", "{score}", cat="survey", enc=enc, note="Victorian Institute of Sport Assessment - patella; higher = better.")
    e1 = b.enc("2026-07-28", OFFICE_NEW(3), sm, x.org, reason=textcc("Right anterior knee pain with jumping"), dx=[icd("M76.51", "Patellar tendinitis, right knee")])
    visap("2026-07-28", 52, e1)
    b.obs("2026-07-28", textcc("Diagnostic ultrasound right patellar tendon"), vstr="Proximal patellar tendon thickening 7 mm with hypoechoic area, mild neovascularity. No tear.", cat="imaging", enc=e1)
    b.note("2026-07-28", "Volleyball player, 3 months anterior knee pain. Patellar tendinopathy. Start progressive loading (isometrics -> heavy slow resistance) with PT. Avoid jumping 6 weeks.", sm, e1)
    b.sreq(cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises", "Physical therapy - tendon loading program"), "active", "order", "2026-07-28", sm, performer=pt, reason_ref=[tend], enc=e1)
    e2 = b.enc("2026-09-15", OFFICE_EST(3), sm, x.org, reason=sct("34840004", "Tendinitis"), dx=[icd("M76.51", "Patellar tendinitis, right knee")])
    visap("2026-09-15", 64, e2)
    e3 = b.enc("2026-11-10", OFFICE_EST(3), sm, x.org, reason=sct("34840004", "Tendinitis"), dx=[icd("M76.51", "Patellar tendinitis, right knee")])
    visap("2026-11-10", 71, e3)
    b.note("2026-11-10", "Improving, VISA-P 52 -> 71. Pain only after long sessions. Continue HSR 3x/week, graded return to hitting. If plateau by January, could consider PRP injection; not needed now.", sm, e3)
    m = b.comm("2026-11-12T08:05:00-07:00", b.patient, [sm],
               "Hi Dr. Holloway - thanks for explaining everything on Tuesday. My sister asked whether I should get a second opinion before thinking about PRP, but after our talk I'm comfortable with the plan and don't want one. "
               "Could I move my PT session to Thursday afternoon?", category=textcc("Patient portal message"), topic="Scheduling")
    b.comm("2026-11-12T13:40:00-07:00", pt, [b.patient], "Moved to Thursday 3:30 pm. See you then!", category=textcc("Patient portal message"), in_response=m)
    b.medstmt(rx("5640", "ibuprofen", "ibuprofen 400 mg tablet"), "400 mg as needed, max 3 days/week", "2026-07-28")
    return b, cases_meta(PRC, "near-miss", [],
                         "The patient's portal message mentions a second opinion only to decline it ('don't want one'); there is no request.",
                         "Patellar tendinopathy improving; patient message declines a second opinion", "Sports medicine")


CASES = [d21, d22, d23, d24, d25, d26, d27, d28, d29, d30]
