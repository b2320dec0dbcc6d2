from lib import *
from cases_a import med


def msk_base(c, pt, prov=("Nathan", "Sorensen", "MD", "Orthopaedic surgery"), cov=("Regence BlueCross BlueShield PPO", "PPO")):
    c.patient(*pt)
    doc = c.pract(*prov)
    pt_ = c.pract("Kelsey", "Yamamoto", "DPT", "Physical therapy")
    c.coverage(*cov)
    return doc, pt_


def loc(c, code, disp):
    return cc((c.o["local"], code, disp), text=disp)


# PSNW positive: hip/groin pain, all imaging & labs normal
def psnw_pos_b(c):
    doc, pt_ = msk_base(c, ("Hannah Louise", "Brandt", "female", "1997-02-19", "CMS-00918273"), prov=("Priya", "Venkataraman", "MD", "Sports medicine"))
    c.cond(cc((ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), "2023-09-10", clinical="resolved", abate="2023-11-01", cat="encounter-diagnosis")
    c.cond(cc((ICD, "J30.2", "Other seasonal allergic rhinitis")), "2015-04-01")
    hp = c.cond(cc((SCT, "49218002", "Hip pain"), (ICD, "M25.552", "Pain in left hip"), text="Left anterior hip/groin pain"), "2026-06-08",
                note="Deep groin pain with running and prolonged sitting; clicking. No trauma.")
    dates = ["2026-06-08", "2026-07-27", "2026-09-14", "2026-11-09"]
    for i, d in enumerate(dates):
        e = c.enc(d, "Sports medicine follow-up" if i else "Sports medicine new patient", pract=doc, reason=cc(text="Left hip pain"))
        c.obs(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, [6, 6, 7, 7][i], "{score}", "{score}", cat="survey", enc=e)
        c.obs(loc(c, "HOOS-JR", "HOOS JR interval score"), d, [70.4, 68.5, 67.7, 66.9][i], "{score}", "{score}", cat="survey", enc=e)
    x = c.dr(cc((LNC, "37616-7", "XR Hip - left 2 views"), text="XR pelvis AP and left hip frog-leg"), "2026-06-08",
             "Normal. No fracture, no dysplasia (LCEA 31 deg), alpha angle within normal limits. Joint spaces preserved.")
    mr = c.dr(cc(text="MRI left hip without contrast"), "2026-08-03", "Unremarkable MRI of the left hip. No labral tear, stress reaction, AVN or effusion.")
    labs = [c.lab("4537-7", "Erythrocyte sedimentation rate by Westergren method", "2026-07-27", 8, "mm/h", 0, 20),
            c.lab("1988-5", "C reactive protein", "2026-07-27", 1.2, "mg/L", 0, 10),
            c.lab("718-7", "Hemoglobin", "2026-07-27", 13.4, "g/dL", 12.0, 15.5),
            c.lab("1989-3", "25-Hydroxyvitamin D3+25-Hydroxyvitamin D2", "2026-07-27", 38, "ng/mL", 30, 100)]
    c.dr(cc(text="Inflammatory and bone health panel"), "2026-07-27", "All within normal limits.", results=labs, cat="LAB")
    c.proc(cc((CPT, "20611", "Arthrocentesis, aspiration and/or injection, major joint or bursa, with ultrasound guidance"), text="US-guided L hip intra-articular injection"),
           "2026-09-14", note="Diagnostic lidocaine/triamcinolone: 30% relief for 2 days only.")
    c.sr(cc((CPT, "97110", "Therapeutic exercises")), "2026-06-08", status="completed", requester=doc)
    c.medreq(med("310965", "ibuprofen 400 MG Oral Tablet"), "2026-06-08", dosage="1 tab q8h prn", requester=doc)
    c.note("2026-11-09", "Sports medicine follow-up", "29F, collegiate-level distance runner, left groin pain since early June, now 7/10, can no longer run >2 miles, aching at night. "
           "XR, MRI, ESR/CRP, vitamin D normal. PT x 10 weeks without progress. Diagnostic injection gave minimal relief. "
           "I told her the imaging is reassuring and there is no structural problem identified. Continue activity modification. RTC 3 months.", author=doc)
    return "Left hip/groin pain recorded at 4 visits over 5 months, with normal radiographs, MRI hip, ESR/CRP and vitamin D, no explaining diagnosis; patient told no structural problem while pain and HOOS JR worsen."


# DSM positive: knee OA label, inflammatory polyarthritis findings unexplained
def dsm_pos_b(c):
    doc, pt_ = msk_base(c, ("Deborah Ann", "Kowalczyk", "female", "1968-07-11", "CMS-00377120"), prov=("Marcus", "Ellery", "PA-C", "Orthopaedics - joint clinic"),
                        cov=("Moda Health PPO", "PPO"))
    oa = c.cond(cc((SCT, "239873007", "Osteoarthritis of knee"), (ICD, "M17.0", "Bilateral primary osteoarthritis of knee"), text="Bilateral knee osteoarthritis"), "2025-10-14")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2019-01-01")
    c.cond(cc((ICD, "N39.0", "Urinary tract infection, site not specified")), "2026-02-02", clinical="resolved", abate="2026-02-12", cat="encounter-diagnosis")
    for i, d in enumerate(["2026-04-21", "2026-07-14", "2026-10-27"]):
        e = c.enc(d, "Joint clinic follow-up", pract=doc)
        c.obs(loc(c, "KOOS-PAIN", "KOOS pain subscale"), d, [52, 50, 49][i], "{score}", "{score}", cat="survey", enc=e)
    c.obs(cc((SCT, "271706000", "Morning stiffness - joint"), text="Morning stiffness"), "2026-07-14", cat="exam", vstring="90 minutes, both hands and wrists")
    c.obs(cc((SCT, "298160004", "Swelling of joint"), text="Synovitis hands"), "2026-10-27", cat="exam", vstring="Boggy swelling bilateral MCP 2-3 and PIP 2-3, both wrists tender; symmetric")
    c.lab("4537-7", "ESR Westergren", "2026-10-27", 48, "mm/h", 0, 30)
    c.lab("1988-5", "C reactive protein", "2026-10-27", 22, "mg/L", 0, 10)
    c.obs(cc((LNC, "11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma")), "2026-10-27", 88, "[IU]/mL", "[IU]/mL", None, 14)
    c.dr(cc(text="XR bilateral hands 3 views"), "2026-10-27", "Periarticular osteopenia at MCPs; marginal erosion at right 2nd MCP head. No osteophytes.")
    c.dr(cc(text="XR bilateral knees standing"), "2025-10-14", "Mild medial compartment narrowing bilaterally. Small effusions.")
    c.proc(cc((CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance"), text="Right knee corticosteroid injection"), "2026-04-21")
    c.medreq(med(None, "naproxen 500 mg tablet"), "2025-10-14", dosage="BID with food", reason=oa, requester=doc)
    c.medreq(med("617310", "atorvastatin 20 MG Oral Tablet"), "2019-01-01", dosage="daily")
    c.note("2026-10-27", "Joint clinic follow-up", "58F with bilateral knee OA. Now reports 90 min morning stiffness, hand and wrist swelling; exam shows symmetric MCP/PIP synovitis. ESR 48, CRP 22, RF 88. "
           "Hand XR with erosion R 2nd MCP. Assessment: knee osteoarthritis, continue naproxen and home exercise; may consider viscosupplementation. Follow up 3 months.", author=doc)
    return "Working diagnosis remains knee osteoarthritis, which cannot account for later symmetric small-joint synovitis, 90-min morning stiffness, raised ESR/CRP, RF 88 and an erosion; no inflammatory arthritis diagnosis or referral."


# DSM near miss: fibromyalgia label refuted, PMR diagnosed and responding
def dsm_nm_b(c):
    doc, pt_ = msk_base(c, ("Carol Jean", "Whitfield", "female", "1961-12-02", "SOS-2290014"), prov=("Elena", "Marchetti", "MD", "Rheumatology"), cov=("Medicare", "Medicare"))
    fm = c.cond(cc((ICD, "M79.7", "Fibromyalgia"), (SCT, "203082005", "Fibromyalgia"), text="Fibromyalgia"), "2026-03-10", clinical="resolved", ver="refuted",
                abate="2026-05-19", note="Label removed after rheumatology evaluation; symptoms due to polymyalgia rheumatica.")
    pmr = c.cond(cc((ICD, "M35.3", "Polymyalgia rheumatica"), (SCT, "65323003", "Polymyalgia rheumatica"), text="Polymyalgia rheumatica"), "2026-05-19")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), "2010-01-01")
    c.cond(cc((ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2022-01-01")
    for d, esr, crp in [("2026-05-19", 72, 41), ("2026-07-21", 18, 4), ("2026-10-20", 12, 2)]:
        e = c.enc(d, "Rheumatology visit", pract=doc)
        c.lab("4537-7", "ESR Westergren", d, esr, "mm/h", 0, 30, enc=e)
        c.lab("1988-5", "CRP", d, crp, "mg/L", 0, 10, enc=e)
        c.vitals(d, 128, 76, 70, 66, enc=e)
    c.obs(cc(text="Shoulder/hip girdle stiffness duration"), "2026-10-20", 0, "min", "min", cat="exam", note="No morning stiffness")
    c.medreq(med("312615", "prednisone 5 MG Oral Tablet"), "2026-05-19", dosage="15 mg daily, tapering; currently 7.5 mg", reason=pmr, requester=doc)
    c.medreq(med(None, "alendronate 70 mg tablet"), "2022-01-01", dosage="weekly")
    c.medreq(med("966222", "levothyroxine 0.075 MG Oral Tablet"), "2010-01-01", dosage="daily")
    c.note("2026-10-20", "Rheumatology follow-up", "64F, PMR diagnosed May 2026 (initially labelled fibromyalgia by outside PCP). Complete response to prednisone 15 mg within a week; now 7.5 mg. "
           "No girdle pain or stiffness, no GCA symptoms. ESR/CRP normal. Continue slow taper.", author=doc)
    return "Fibromyalgia (M79.7) label was refuted/resolved after 10 weeks and replaced by polymyalgia rheumatica, which explains the symptoms and responded fully to prednisone."


# MPP positive: lumbar fusion ordered
def mpp_pos_b(c):
    doc, pt_ = msk_base(c, ("Teresa Marie", "Holloway", "female", "1967-05-03", "SOS-1184520"), prov=("Victor", "Adeyemi", "MD", "Spine surgery"),
                        cov=("UnitedHealthcare Choice Plus", "PPO"))
    c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2018-01-01")
    c.cond(cc((ICD, "Z87.891", "Personal history of nicotine dependence")), "2015-01-01")
    sp = c.cond(cc((ICD, "M43.16", "Spondylolisthesis, lumbar region"), (SCT, "274152003", "Spondylolisthesis"), text="Degenerative spondylolisthesis L4-5 grade 1, unstable"), "2025-11-04")
    st = c.cond(cc((ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), "2025-11-04")
    for i, d in enumerate(["2026-03-03", "2026-07-07", "2026-11-10"]):
        e = c.enc(d, "Spine clinic visit", pract=doc)
        c.obs(loc(c, "ODI", "Oswestry Disability Index (%)"), d, [46, 48, 48][i], "%", "%", cat="survey", enc=e)
    c.dr(cc(text="XR lumbar spine flexion/extension"), "2026-07-07", "Grade 1 anterolisthesis L4 on L5 measuring 6 mm, increasing to 10 mm in flexion; dynamic instability.")
    c.dr(cc(text="MRI lumbar spine without contrast"), "2025-11-04", "L4-5 severe central canal stenosis with facet arthropathy and synovial cyst.")
    c.proc(cc((CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level")), "2026-03-20",
           note="Two weeks relief only.")
    c.sr(cc((CPT, "97110", "Therapeutic exercises")), "2025-11-04", status="completed")
    c.sr(cc((CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; single interspace, lumbar"),
            text="L4-5 TLIF with decompression"), "2026-11-10", occ="2027-01-19", reason=sp, requester=doc, cat=cc((SCT, "387713003", "Surgical procedure")),
       note="Prior authorization submitted 11/12. Pre-op clearance with PCP.")
    c.lab("4548-4", "Hemoglobin A1c", "2026-11-10", 6.8, "%", 4.0, 5.6)
    c.medreq(med(None, "gabapentin 300 mg capsule"), "2025-11-04", dosage="TID")
    c.medreq(med("861007", "metformin 500 MG Oral Tablet"), "2018-01-01", dosage="BID")
    c.note("2026-11-10", "Spine surgery consult", "59F with neurogenic claudication at 1 block, failed 12 months of PT, medications and ESI. Dynamic L4-5 instability. Recommend L4-5 TLIF with decompression. "
           "Risks including nonunion, adjacent segment disease and infection discussed. Surgery scheduled 1/19/2027.", author=doc, typ=("11488-4", "Consult note"))
    return "L4-5 transforaminal lumbar interbody fusion (CPT 22633) ordered as an active ServiceRequest for 2027-01-19; not yet performed. ODI flat (46→48)."


# MPP near miss: THA already performed
def mpp_nm_b(c):
    doc, pt_ = msk_base(c, ("Ruth Evelyn", "Gustafson", "female", "1955-01-25", "CMS-00122093"), cov=("Medicare + AARP Medigap Plan G", "Medicare"))
    oa = c.cond(cc((ICD, "M16.11", "Unilateral primary osteoarthritis, right hip"), text="Right hip OA"), "2023-05-01", clinical="resolved", abate="2026-10-02")
    c.cond(cc((ICD, "Z96.641", "Presence of right artificial hip joint")), "2026-10-02")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    sr = c.sr(cc((CPT, "27130", "Arthroplasty, acetabular and proximal femoral prosthetic replacement (total hip arthroplasty), with or without autograft or allograft")),
              "2026-08-12", status="completed", occ="2026-10-02", reason=oa, requester=doc)
    e = c.enc("2026-10-02", "Inpatient - elective right THA", cls="IMP", end="2026-10-03", pract=doc)
    c.proc(cc((CPT, "27130", "Total hip arthroplasty"), (SCT, "52734007", "Total replacement of hip"), text="Right total hip arthroplasty, direct anterior"), "2026-10-02",
           reason=oa, performer=doc, enc=e, basedOn=sr)
    for i, d in enumerate(["2026-08-12", "2026-10-16", "2026-11-20"]):
        ee = c.enc(d, "Joint replacement clinic", pract=doc)
        c.obs(loc(c, "HOOS-JR", "HOOS JR interval score"), d, [48.2, 66.7, 80.1][i], "{score}", "{score}", cat="survey", enc=ee)
    c.dr(cc(text="XR right hip 2 views"), "2026-10-16", "Well-seated uncemented right THA, no periprosthetic lucency.")
    c.lab("718-7", "Hemoglobin", "2026-10-03", 11.1, "g/dL", 12.0, 15.5)
    c.lab("718-7", "Hemoglobin", "2026-10-16", 12.4, "g/dL", 12.0, 15.5)
    c.sr(cc((CPT, "97110", "Therapeutic exercises"), text="Outpatient PT post THA"), "2026-10-16", status="active", requester=doc, performer=pt_)
    c.medreq(med("243670", "aspirin 81 MG Oral Tablet"), "2026-10-03", status="completed", dosage="BID x 35 days")
    c.medreq(med("197361", "amlodipine 5 MG Oral Tablet"), "2010-01-01", dosage="daily")
    c.note("2026-11-20", "Post-op visit 7 weeks", "71F 7 weeks s/p right THA. Walking without assistive device, minimal pain. Wound healed. HOOS JR 80. Continue PT; follow-up 1 year.", author=doc)
    return "Total hip arthroplasty was performed on 2026-10-02 (Procedure completed, order completed); only outpatient PT is pending."


# UP positive: metastatic CRPC to spine, no further options, hospice referral
def up_pos_b(c):
    doc, pt_ = msk_base(c, ("Gerald Wayne", "Pruitt", "male", "1952-03-27", "SOS-0098331"), prov=("Victor", "Adeyemi", "MD", "Spine surgery"), cov=("Medicare", "Medicare"))
    onc = c.pract("Lillian", "Osei", "MD", "Medical oncology (outside)")
    pc = c.cond(cc((ICD, "C61", "Malignant neoplasm of prostate"), (SCT, "399068003", "Malignant tumor of prostate"), text="Metastatic castration-resistant prostate adenocarcinoma"), "2019-06-01")
    bm = c.cond(cc((ICD, "C79.51", "Secondary malignant neoplasm of bone"), text="Diffuse osseous metastases incl. T8, L2, pelvis"), "2022-02-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2005-01-01")
    c.cond(cc((ICD, "S32.020A", "Wedge compression fracture of second lumbar vertebra, initial encounter for closed fracture")), "2026-09-28", clinical="resolved", abate="2026-11-01", cat="encounter-diagnosis")
    e1 = c.enc("2026-10-06", "Spine clinic - new consult", pract=doc)
    e2 = c.enc("2026-11-17", "Spine clinic follow-up", pract=doc)
    c.dr(cc(text="MRI thoracic and lumbar spine with and without contrast"), "2026-09-30", "Diffuse marrow replacement. Pathologic L2 compression fracture 40% height loss, no retropulsion. No epidural cord compression.")
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-10-01", 412, "ng/mL", 0, 4)
    c.lab("718-7", "Hemoglobin", "2026-10-01", 9.4, "g/dL", 13.5, 17.5)
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-17", vstring="3", cat="exam")
    c.obs(cc((LNC, "72514-3", "Pain severity 0-10")), "2026-11-17", 6, "{score}", "{score}", cat="survey")
    c.medreq(med(None, "leuprolide acetate 22.5 mg depot injection every 3 months"), "2019-07-01", requester=onc)
    c.medreq(med(None, "oxycodone ER 10 mg tablet"), "2026-10-06", dosage="q12h")
    c.medreq(med(None, "denosumab 120 mg/1.7 mL injection"), "2022-03-01", status="stopped", requester=onc)
    c.sr(cc((SCT, "305336008", "Referral to hospice"), text="Hospice referral"), "2026-11-17", reason=pc, requester=doc)
    c.careplan("Hospice / comfort-focused care", cc((SCT, "736373009", "End of life care plan"), text="Comfort care"), "2026-11-17", addresses=[pc, bm], author=onc,
               desc="Transition to hospice; continue ADT for comfort; no further systemic therapy.")
    c.note("2026-11-17", "Spine clinic follow-up", "74M with mCRPC, progressed through abiraterone, enzalutamide, docetaxel and cabazitaxel. Pathologic L2 fracture treated with a single 8 Gy palliative fraction in October, no instability; "
           "not a surgical candidate, brace and analgesia. Per his oncologist there are no further treatment options; Lu-177 not offered (PSMA-negative on outside scan). "
           "Hospice referral placed at family request. Daughter asks whether an academic center might have a trial.", author=doc)
    return "Metastatic castration-resistant prostate cancer after all standard lines; notes state no further treatment options, hospice referral and comfort CarePlan active, no second opinion on record."


# HIT positive: SBRT to spine metastasis planned (radiotherapy)
def hit_pos_b(c):
    doc, pt_ = msk_base(c, ("Raymond", "Tsosie", "male", "1962-08-14", "CMS-00648812"), prov=("Victor", "Adeyemi", "MD", "Spine surgery"), cov=("Indian Health Service / Purchased/Referred Care + Medicare", "Medicare"))
    ro = c.pract("Nadia", "Haddad", "MD", "Radiation oncology")
    lc = c.cond(cc((ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), (SCT, "254637007", "Non-small cell lung cancer"), text="NSCLC adenocarcinoma RUL, PD-L1 60%"), "2026-06-10")
    bm = c.cond(cc((ICD, "C79.51", "Secondary malignant neoplasm of bone"), text="T10 vertebral body metastasis"), "2026-10-20")
    c.cond(cc((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2018-01-01")
    e1 = c.enc("2026-10-28", "Spine oncology consult", pract=doc)
    e2 = c.enc("2026-11-18", "Radiation oncology consult", pract=ro)
    c.dr(cc(text="MRI thoracic spine with and without contrast"), "2026-10-22", "Solitary enhancing lesion T10 vertebral body, no posterior element involvement, no epidural extension. SINS 5 (stable).")
    c.obs(loc(c, "SINS", "Spinal Instability Neoplastic Score"), "2026-10-28", 5, "{score}", "{score}", cat="exam")
    c.obs(cc((LNC, "72514-3", "Pain severity 0-10")), "2026-10-28", 5, "{score}", "{score}", cat="survey")
    c.obs(loc(c, "PROMIS-PF", "PROMIS Physical Function T-score"), "2026-10-28", 41.3, "{T-score}", "{T-score}", cat="survey")
    c.medreq(med(None, "pembrolizumab 200 mg IV every 3 weeks"), "2026-07-01", requester=None, note="Given at tribal/regional cancer center")
    c.sr(cc((CPT, "77373", "Stereotactic body radiation therapy, treatment delivery, per fraction to 1 or more lesions, including image guidance"),
            text="SBRT T10, 24 Gy in 2 fractions"), "2026-11-18", occ="2026-12-16", reason=bm, requester=ro, cat=cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy")))
    c.sr(cc((CPT, "77290", "Therapeutic radiology simulation-aided field setting; complex")), "2026-11-18", occ="2026-12-03", reason=bm, requester=ro)
    c.note("2026-10-28", "Spine oncology consult", "64M, NSCLC on pembrolizumab, new non-mechanical mid-back pain. Solitary T10 met, SINS 5, no cord compression: no surgical indication. Refer to radiation oncology for SBRT.", author=doc, typ=("11488-4", "Consult note"))
    c.note("2026-11-18", "Radiation oncology consult", "Plan SBRT 24 Gy/2 fx to T10. Sim 12/3, treatment begins 12/16. Discussed risks: pain flare, vertebral compression fracture, esophagitis, myelopathy (rare).", author=ro, typ=("11488-4", "Consult note"))
    return "Radiotherapy (SBRT to a T10 metastasis, CPT 77373) planned to start 2026-12-16 (<30 days); spine surgery explicitly not indicated."


# PRC positive: intake questionnaire asks for second opinion (Yes)
def prc_pos_b(c):
    doc, pt_ = msk_base(c, ("Derek Alan", "McAllister", "male", "1973-10-30", "CMS-00510044"), prov=("Samuel", "Kirchner", "MD", "Orthopaedic surgery - shoulder & elbow"))
    rc = c.cond(cc((ICD, "M75.121", "Complete rotator cuff tear or rupture of right shoulder, not specified as traumatic"), text="Right full-thickness supraspinatus tear, 1.8 cm"), "2026-08-04")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2016-01-01")
    c.cond(cc((ICD, "K40.90", "Unilateral inguinal hernia, without obstruction or gangrene")), "2019-01-01", clinical="resolved", abate="2019-06-01")
    e1 = c.enc("2026-08-04", "Shoulder clinic new patient", pract=doc)
    e2 = c.enc("2026-11-03", "Shoulder clinic follow-up", pract=doc)
    c.dr(cc(text="MRI right shoulder without contrast"), "2026-07-28", "Full-thickness tear of supraspinatus 1.8 cm AP, 1.2 cm retraction, no fatty atrophy (Goutallier 1).")
    c.obs(loc(c, "ASES", "ASES shoulder score"), "2026-08-04", 52, "{score}", "{score}", cat="survey")
    c.obs(loc(c, "ASES", "ASES shoulder score"), "2026-11-03", 50, "{score}", "{score}", cat="survey")
    c.sr(cc((CPT, "97110", "Therapeutic exercises"), text="PT rotator cuff strengthening 12 weeks"), "2026-08-04", status="completed", reason=rc)
    c.medreq(med(None, "meloxicam 15 mg tablet"), "2026-08-04", dosage="daily")
    c.medreq(med("314076", "lisinopril 10 MG Oral Tablet"), "2016-01-01", dosage="daily")
    qr = c.add("QuestionnaireResponse", "qr", {"status": "completed", "questionnaire": "https://ehr.cascademsk.org/fhir/r4/Questionnaire/pre-visit-intake-v4",
                                              "subject": c.P, "authored": "2026-11-02T19:40:00Z", "author": c.P, "source": c.P, "encounter": ref(e2),
                                              "item": [q_item("1", "What is the main reason for today's visit?", "Right shoulder still hurts and weak overhead"),
                                                       {"linkId": "2", "text": "Do you feel your concerns were addressed at your last visit?", "answer": [yn(False)]},
                                                       {"linkId": "3", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [yn(True)]},
                                                       q_item("3.1", "If yes, please tell us more", "Dr said no surgery. I'm an electrician and can't work overhead. I'd like another surgeon to review my MRI.")]})
    c.note("2026-11-03", "Shoulder follow-up", "53M electrician, atraumatic full-thickness supraspinatus tear. Completed 12 weeks PT, modest gain. Recommend continued nonoperative care. Patient disappointed.", author=doc)
    return "Pre-visit QuestionnaireResponse answered 'Yes' to wanting a second opinion (and 'No' to concerns addressed), with free text asking another surgeon to review the MRI; no surgery planned."


# PRC near miss: same questionnaire answered No
def prc_nm_b(c):
    doc, pt_ = msk_base(c, ("Angela Rose", "Whitaker", "female", "1984-04-08", "SOS-3371209"), prov=("Marcus", "Ellery", "PA-C", "Orthopaedics - sports"), cov=("Kaiser Permanente Colorado", "HMO"))
    pf = c.cond(cc((ICD, "M72.2", "Plantar fascial fibromatosis"), (SCT, "202882003", "Plantar fasciitis"), text="Right plantar fasciitis"), "2026-07-15")
    c.cond(cc((ICD, "F32.A", "Depression, unspecified")), "2020-01-01", clinical="remission")
    e1 = c.enc("2026-07-15", "Foot & ankle clinic", pract=doc)
    e2 = c.enc("2026-10-21", "Foot & ankle clinic follow-up", pract=doc)
    for d, v in [("2026-07-15", 6), ("2026-10-21", 2)]:
        c.obs(cc((LNC, "72514-3", "Pain severity 0-10")), d, v, "{score}", "{score}", cat="survey")
    c.obs(loc(c, "FAAM-ADL", "Foot and Ankle Ability Measure ADL (%)"), "2026-10-21", 88, "%", "%", cat="survey")
    c.dr(cc(text="XR right foot 3 views"), "2026-07-15", "Small plantar calcaneal enthesophyte. No fracture.")
    c.sr(cc((CPT, "97110", "Therapeutic exercises")), "2026-07-15", status="completed", reason=pf)
    c.medreq(med(None, "night splint, plantar fasciitis (HCPCS L4396)"), "2026-07-15", status="completed")
    c.add("QuestionnaireResponse", "qr", {"status": "completed", "questionnaire": "https://fhir.summitorthospine.com/api/FHIR/R4/Questionnaire/visit-intake",
                                          "subject": c.P, "authored": "2026-10-20T15:05:00Z", "author": c.P, "encounter": ref(e2),
                                          "item": [q_item("1", "Reason for visit", "Heel much better"),
                                                   {"linkId": "2", "text": "Do you feel your concerns were addressed at your last visit?", "answer": [yn(True)]},
                                                   {"linkId": "3", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [yn(False)]}]})
    c.note("2026-10-21", "Follow-up", "42F plantar fasciitis, 80% better with stretching and night splint. Continue home program, PRN follow-up.", author=doc)
    c.comm("2026-10-22", "Thanks for the stretching handout, it has helped a lot. Can I return to running next month?", recipient=doc, topic="Portal message")
    return "Intake questionnaire answered 'No' to wanting a second opinion and 'Yes' to concerns addressed; improving plantar fasciitis; portal message is a routine question."


# WDT positive: RA worsening on MTX + HCQ throughout
def wdt_pos_b(c):
    doc, pt_ = msk_base(c, ("Linh", "Tran Nguyen", "female", "1971-09-16", "CMS-00733415"), prov=("Elena", "Marchetti", "MD", "Rheumatology"), cov=("Providence Health Plan", "PPO"))
    ra = c.cond(cc((ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), (SCT, "69896004", "Rheumatoid arthritis"),
                   text="Seropositive RA"), "2023-02-14")
    c.cond(cc((ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2018-01-01")
    c.medreq(med("105586", "methotrexate 2.5 MG Oral Tablet"), "2023-03-01", dosage="20 mg (8 tablets) weekly", reason=ra)
    c.medreq(med("979092", "hydroxychloroquine sulfate 200 MG Oral Tablet"), "2023-03-01", dosage="200 mg BID", reason=ra)
    c.medreq(med("310410", "folic acid 1 MG Oral Tablet"), "2023-03-01", dosage="daily")
    rows = [("2026-04-14", 3.2, 4, 14), ("2026-07-07", 4.3, 6, 26), ("2026-10-13", 5.4, 8, 39)]
    for d, das, pain, esr in rows:
        e = c.enc(d, "Rheumatology follow-up", pract=doc)
        c.obs(loc(c, "DAS28-CRP", "DAS28-CRP disease activity score"), d, das, "{score}", "{score}", cat="exam", enc=e,
              rr_text="<2.6 remission; 2.6-3.2 low; 3.2-5.1 moderate; >5.1 high")
        c.obs(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, pain, "{score}", "{score}", cat="survey", enc=e)
        c.lab("4537-7", "ESR Westergren", d, esr, "mm/h", 0, 30, enc=e)
    c.lab("1742-6", "ALT", "2026-10-13", 24, "U/L", 7, 35)
    c.note("2026-10-13", "Rheumatology follow-up", "55F seropositive RA on MTX 20 mg weekly + HCQ since 2023; adherent (pill counts, pharmacy fills). DAS28-CRP 3.2 in April, 4.3 in July, 5.4 today: "
           "8 swollen joints, morning stiffness 2 h. Plan: continue current regimen; prior authorization for a biologic was denied, appeal pending.", author=doc)
    return "DAS28-CRP rose 3.2→4.3→5.4 (+2.2, above the 1.2 MCID) and pain 4→8 over 6 months while methotrexate and hydroxychloroquine were active throughout."


# WDT near miss: KOOS pain small decline (below MCID)
def wdt_nm_b(c):
    doc, pt_ = msk_base(c, ("Franklin Earl", "Boatwright", "male", "1960-11-21", "SOS-0442117"), prov=("Marcus", "Ellery", "PA-C", "Orthopaedics - joint clinic"), cov=("Medicare", "Medicare"))
    oa = c.cond(cc((ICD, "M17.11", "Unilateral primary osteoarthritis, right knee"), (SCT, "239873007", "Osteoarthritis of knee")), "2022-06-01")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2015-01-01")
    c.cond(cc((ICD, "S83.241A", "Other tear of medial meniscus, current injury, right knee, initial encounter")), "2021-03-01", clinical="resolved", abate="2021-09-01")
    c.medreq(med(None, "diclofenac sodium 1% topical gel"), "2022-06-01", dosage="4 g QID to right knee", reason=oa)
    c.medreq(med("617311", "atorvastatin 40 MG Oral Tablet"), "2015-01-01", dosage="daily")
    for d, k, p in [("2026-03-17", 58, 5), ("2026-07-14", 55, 5), ("2026-11-10", 53, 6)]:
        e = c.enc(d, "Joint clinic follow-up", pract=doc)
        c.obs(loc(c, "KOOS-PAIN", "KOOS pain subscale (0-100, 100 = no pain)"), d, k, "{score}", "{score}", cat="survey", enc=e)
        c.obs(cc((LNC, "72514-3", "Pain severity 0-10")), d, p, "{score}", "{score}", cat="survey", enc=e)
        c.vitals(d, 130, 80, 70, 96, enc=e)
    c.dr(cc(text="XR right knee standing"), "2026-03-17", "Moderate medial joint space narrowing, KL grade 3. Stable from 2024.")
    c.note("2026-11-10", "Joint clinic follow-up", "66M right knee OA on topical diclofenac and home exercise. KOOS pain 58→53 over 8 months (small change, below clinically important threshold). Functioning well, walks 2 miles. Continue.", author=doc)
    return "KOOS pain fell only 58→55→53 (5 points, below the ~8-10 point MCID) and NRS 5→6 on treatment; no clinically important worsening."


# RCC positive: X-linked hypophosphatemia
def rcc_pos_b(c):
    doc, pt_ = msk_base(c, ("Ethan James", "Calloway", "male", "2007-05-09", "CMS-00881122"), prov=("Aisha", "Bello", "MD", "Pediatric & young adult orthopaedics"), cov=("Oregon Health Plan (Medicaid)", "Medicaid"))
    endo = c.pract("Gregory", "Lindqvist", "MD", "Endocrinology - bone & mineral")
    xlh = c.cond(cc((ICD, "E83.31", "Familial hypophosphatemia"), (ORPHA, "89936", "X-linked hypophosphatemia"), text="X-linked hypophosphatemic rickets (PHEX variant)"), "2009-02-01")
    c.cond(cc((ICD, "M21.161", "Varus deformity, not elsewhere classified, right knee"), text="Bilateral genu varum, residual"), "2010-01-01")
    c.cond(cc((ICD, "K04.7", "Periapical abscess without sinus")), "2025-04-10", clinical="resolved", abate="2025-05-15", cat="encounter-diagnosis")
    c.proc(cc((CPT, "27485", "Arrest, hemiepiphyseal, distal femur or proximal tibia or fibula (eg, genu varus or valgus)"), text="Bilateral distal femoral guided growth (8-plates)"), "2016-07-12")
    for d, phos, alp in [("2026-04-07", 2.6, 160), ("2026-10-06", 2.8, 150)]:
        e = c.enc(d, "Metabolic bone clinic", pract=endo)
        c.lab("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", d, phos, "mg/dL", 2.5, 4.5, enc=e)
        c.lab("6768-6", "Alkaline phosphatase", d, alp, "U/L", 40, 129, enc=e)
    c.medreq(med(None, "burosumab-twza 30 mg/mL injection"), "2019-03-01", dosage="SC every 4 weeks", reason=xlh, requester=endo)
    c.dr(cc(text="XR bilateral lower extremity standing alignment"), "2026-10-06", "Mild residual bilateral varus, mechanical axis zone 1 medial. No pseudofractures.")
    e2 = c.enc("2026-10-20", "Ortho clinic", pract=doc)
    c.obs(loc(c, "PROMIS-PF", "PROMIS Physical Function T-score"), "2026-10-20", 44.1, "{T-score}", "{T-score}", cat="survey")
    c.note("2026-10-20", "Ortho follow-up", "19M with XLH (PHEX pathogenic variant), on burosumab since 2019. Residual varus, enthesopathy at Achilles insertions. No surgical indication now. Co-managed with metabolic bone clinic.", author=doc)
    return "Active X-linked hypophosphatemia (E83.31, ORPHA:89936), a rare disease, co-managed by orthopaedics and metabolic bone clinic."


# RCC near miss: generalized joint hypermobility, hEDS refuted
def rcc_nm_b(c):
    doc, pt_ = msk_base(c, ("Madison Claire", "Ostrowski", "female", "2003-01-14", "SOS-5529031"), prov=("Priya", "Venkataraman", "MD", "Sports medicine"), cov=("Anthem Blue Cross PPO", "PPO"))
    c.cond(cc((ICD, "Q79.62", "Hypermobile Ehlers-Danlos syndrome"), text="Hypermobile Ehlers-Danlos syndrome"), "2026-05-05", clinical="inactive", ver="refuted",
           note="Does not meet 2017 international criteria (Criterion 2 features absent). Genetics consult 08/2026.")
    hm = c.cond(cc((ICD, "M24.80", "Other specific joint derangements of unspecified joint, not elsewhere classified"), (SCT, "298370000", "Hypermobility of joint"),
                   text="Generalized joint hypermobility (Beighton 6/9)"), "2026-05-05")
    c.cond(cc((ICD, "M22.01", "Recurrent dislocation of patella, right knee"), text="Right patellar instability"), "2025-09-01")
    c.cond(cc((ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "2010-01-01")
    e1 = c.enc("2026-05-05", "Sports medicine clinic", pract=doc)
    gen = c.pract("Harriet", "Soong", "MS, CGC", "Medical genetics")
    e2 = c.enc("2026-08-19", "Medical genetics consult", pract=gen)
    e3 = c.enc("2026-11-04", "Sports medicine follow-up", pract=doc)
    c.obs(loc(c, "BEIGHTON", "Beighton hypermobility score"), "2026-05-05", 6, "{score}", "{score}", cat="exam")
    c.dr(cc(text="MRI right knee"), "2025-09-10", "Sequelae of lateral patellar dislocation; MPFL sprain; no osteochondral defect.")
    c.sr(cc((CPT, "97110", "Therapeutic exercises")), "2026-05-05", status="active", performer=pt_)
    c.note("2026-08-19", "Genetics consult", "23F, Beighton 6/9. Evaluated for hEDS: skin, hernia, family history and marfanoid criteria not met; no vascular features. "
           "Impression: generalized joint hypermobility / hypermobility spectrum disorder, not hEDS. No molecular work-up indicated.", author=gen, typ=("11488-4", "Consult note"))
    c.note("2026-11-04", "Sports medicine follow-up", "Patellar stability improved with PT. Continue.", author=doc)
    return "Rare diagnosis (hypermobile EDS) was refuted by genetics; the active problem is common generalized joint hypermobility with three active conditions, not rare or complex."
