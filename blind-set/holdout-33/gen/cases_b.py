"""Organisation B: Front Range Orthopaedics & Sports Medicine (Colorado). ICD-10-CM, CPT, HCPCS, RxNorm, local outcome codes."""
from fhirlib import (Rec, cc, coding, txt, qty, ref, qi, SCT, LOINC, ICD10CM, CPT, HCPCS, RXNORM, YES, NO)
from orgs import (ORG_B, setup_B, payer_B, prac_B, patient_us, coverage_us, lab, local_lab, panel, doc_type,
                  PROGRESS, CONSULT, HP, PROC_NOTE, IMAGING, REFERRAL, PLAN_OF_CARE, TELEPHONE)

OUT = ORG_B.cs("outcome-measures")


def dx(code, display, sct=None, sct_display=None, text=None):
    cs = [coding(ICD10CM, code, display)]
    if sct:
        cs.append(coding(SCT, sct, sct_display))
    return cc(*cs, text=text or display)


def cpt(code, display, text=None, sct=None, sct_display=None):
    cs = [coding(CPT, code, display)]
    if sct:
        cs.append(coding(SCT, sct, sct_display))
    return cc(*cs, text=text or display)


def drug(text, rx=None, rxd=None):
    return cc(coding(RXNORM, rx, rxd), text=text) if rx else txt(text)


def visit(r, date, prac, text="Established patient office visit", code="99214", time="09:00", reason=None):
    return r.encounter(date, "AMB", cpt(code, {"99213": "Office/outpatient visit, established patient, low MDM",
                                                "99214": "Office/outpatient visit, established patient, moderate MDM",
                                                "99204": "Office/outpatient visit, new patient, moderate MDM",
                                                "99203": "Office/outpatient visit, new patient, low MDM",
                                                "97110": "Therapeutic exercises",
                                                "99024": "Postoperative follow-up visit"}[code], text=text),
                       practitioner=prac, time=time, reason=reason)


def score(r, code, display, date, value, unit="{score}", encounter=None, note=None, interp=None, ref_text=None):
    """Outcome score under the group's local code; integers as valueInteger, decimals as valueQuantity."""
    c = cc(coding(OUT, code, display), text=display)
    if isinstance(value, int):
        return r.obs(c, date, value, category="survey", encounter=encounter, value_kind="int", note=note,
                     interp=interp, ref_text=ref_text, time="08:50")
    return r.obs(c, date, value, unit, unit, category="survey", encounter=encounter, note=note, interp=interp,
                 ref_text=ref_text, time="08:50")


def imaging(r, code, date, findings, impression, reader, encounter=None, based_on=None):
    text = f"{code['text'].upper()}\n\nFINDINGS:\n{findings}\n\nIMPRESSION:\n{impression}\n"
    return r.report(code, date, category=("RAD", "Radiology"), conclusion=impression, presented_text=text,
                    interpreter=reader, encounter=encounter, based_on=based_on, time="14:00")


# =====================================================================================================
def b_knee_meniscus(cid):
    """P1 near miss: knee pain on 3+ visits over 4 months, X-ray normal, but MRI shows a medial meniscal tear that explains it."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Summit Peak Health Plan", "SPHP")
    sm = prac_B(r, "Abernathy", ["Cole"], "Sports medicine", "348812270", "male")
    pt_ = prac_B(r, "Ruiz", ["Marisol"], "Physical therapy", "361045528", "female", prefix=None)
    rad = prac_B(r, "Feld", ["Jonah"], "Radiology", "395520014", "male")
    patient_us(r, "Kowalski", ["Jenna", "Marie"], "female", "1992-08-09", "FR-220871", "2217 Juniper Ave", "Boulder",
               "CO", "80304", "+1-720-555-0142")
    coverage_us(r, payer, "PPO", "SPH448120913", "2024-01-01", plan=("PPO-GOLD", "Summit Peak Gold PPO"))
    e1 = visit(r, "2026-07-14", sm, "New patient - right knee pain", "99204",
               reason=dx("M25.561", "Pain in right knee", "30989003", "Knee pain"))
    pain = r.condition(dx("M25.561", "Pain in right knee", "30989003", "Knee pain"), onset="2026-05-30", encounter=e1,
                       asserter=sm, note="Runner, 40 mi/week. Medial joint line pain after trail run.")
    r.vitals("2026-07-14", e1, bp=(116, 72), weight=(61.2, "kg"), height=(168, "cm"))
    score(r, "NRS-PAIN", "Pain intensity NRS 0-10", "2026-07-14", 5, encounter=e1)
    xr = imaging(r, cpt("73562", "Radiologic examination, knee; 3 views", text="XR right knee 3 views"), "2026-07-14",
                 "No fracture or dislocation. Joint spaces preserved. No effusion. Patella well seated.",
                 "Normal right knee radiographs.", rad, e1)
    r.note("2026-07-14", doc_type(*CONSULT), "Sports medicine new patient",
           "34F recreational runner, R medial knee pain x 6 weeks after a trail run, no clear twist. Pain with "
           "stairs and deep squat. Exam: small effusion, medial joint line tenderness, McMurray equivocal, ligaments "
           "stable. XR normal.\nA: R knee pain, medial - ?meniscal vs MCL strain.\nP: PT, relative rest from "
           "running, naproxen PRN. Return 6 weeks.", author=sm, encounter=e1)
    ptsr = r.service_request(cpt("97110", "Therapeutic exercises", text="Physical therapy - knee rehab"), "2026-07-14",
                             status="completed", requester=sm, performer=pt_, reason_ref=[pain], encounter=e1,
                             occurrence_period={"start": "2026-07-20", "end": "2026-10-30"})
    r.med_statement(drug("Naproxen sodium 220 mg tablet", "7258", "naproxen"), "2026-07-14",
                    dosage_text="440 mg PO BID PRN", reason_ref=[pain])
    e2 = visit(r, "2026-08-25", sm, "Follow-up right knee", "99213")
    score(r, "NRS-PAIN", "Pain intensity NRS 0-10", "2026-08-25", 5, encounter=e2)
    r.note("2026-08-25", doc_type(*PROGRESS), "Follow-up R knee",
           "Persistent medial pain, now intermittent catching and one episode of locking. PT 5 sessions. "
           "Positive Thessaly at 20 deg. MRI ordered.", author=sm, encounter=e2)
    mri_sr = r.service_request(cpt("73721", "MRI any joint of lower extremity without contrast", text="MRI right knee w/o contrast"),
                               "2026-08-25", status="completed", requester=sm, encounter=e2, reason_ref=[pain])
    imaging(r, cpt("73721", "MRI any joint of lower extremity without contrast", text="MRI right knee without contrast"),
            "2026-09-29",
            "Horizontal-oblique tear of the posterior horn of the medial meniscus extending to the inferior articular "
            "surface. No displaced fragment. Grade 1 MCL sprain, healing. ACL, PCL, LCL intact. Articular cartilage "
            "preserved. Small joint effusion.",
            "1. Horizontal tear posterior horn medial meniscus - accounts for medial symptoms.\n2. Mild MCL sprain.",
            rad, based_on=[mri_sr])
    e3 = visit(r, "2026-10-06", sm, "MRI review", "99214")
    tear = r.condition(dx("M23.221", "Derangement of posterior horn of medial meniscus due to old tear or injury, right knee",
                          text="Medial meniscus tear, posterior horn, right knee"),
                       onset="2026-09-29", encounter=e3, asserter=sm)
    score(r, "KOOS-PAIN", "KOOS Pain subscale", "2026-10-06", 58.3, encounter=e3)
    r.note("2026-10-06", doc_type(*PROGRESS), "MRI review",
           "MRI: horizontal tear posterior horn medial meniscus, explains medial pain and catching. No locked "
           "knee, no displaced fragment - non-operative management first line. Continue PT (meniscal protocol), "
           "graded return to running.", author=sm, encounter=e3)
    e4 = visit(r, "2026-11-10", sm, "Follow-up meniscal tear", "99213")
    score(r, "KOOS-PAIN", "KOOS Pain subscale", "2026-11-10", 72.2, encounter=e4)
    score(r, "NRS-PAIN", "Pain intensity NRS 0-10", "2026-11-10", 2, encounter=e4)
    r.note("2026-11-10", doc_type(*PROGRESS), "Follow-up",
           "Much improved. No locking. Running 3 miles pain-free. KOOS pain 58 -> 72. Continue home program, "
           "review PRN.", author=sm, encounter=e4)
    return r


# =====================================================================================================
def b_lbp_axspa(cid):
    """P2 positive: 'low back pain, unspecified' >11 months with inflammatory features, raised CRP, HLA-B27+ and SIJ oedema."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Rocky Mountain Mutual Health", "RMMH")
    sp = prac_B(r, "Lindgren", ["Erik"], "Orthopaedic spine surgery", "310928846", "male")
    pa = prac_B(r, "Castellano", ["Nina"], "Physician assistant", "377102945", "female", prefix=None)
    pt_ = prac_B(r, "Hollis", ["Drew"], "Physical therapy", "352219087", "male", prefix=None)
    rad = prac_B(r, "Feld", ["Jonah"], "Radiology", "395520014", "male")
    patient_us(r, "Okafor", ["Daniel", "Chidi"], "male", "1999-04-17", "FR-301552", "88 Pearl St Apt 4", "Boulder", "CO",
               "80302", "+1-303-555-0876")
    coverage_us(r, payer, "HMO", "RMM-77310452", "2025-06-01")
    lbp_code = dx("M54.50", "Low back pain, unspecified", "279039007", "Low back pain",
                  text="Mechanical low back pain")
    e1 = visit(r, "2025-12-02", pa, "New patient - low back pain", "99203", reason=lbp_code)
    lbp = r.condition(lbp_code, onset="2025-04-01", recorded="2025-12-02", encounter=e1, asserter=pa)
    imaging(r, cpt("72100", "Radiologic examination, spine, lumbosacral; 2 or 3 views", text="XR lumbar spine 3 views"),
            "2025-12-02", "Vertebral body heights and alignment maintained. Disc spaces preserved. No spondylolysis. "
            "Sacroiliac joints partially seen, appear unremarkable.", "Normal lumbar spine radiographs.", rad, e1)
    r.note("2025-12-02", doc_type(*CONSULT), "New patient - low back pain",
           "26M software developer. LBP x 8 months, insidious. Stiff for 60-90 min in the morning, improves with "
           "activity, worse with rest. Wakes at 4-5 am with pain. No trauma, no radicular symptoms. No bowel/bladder "
           "change. Exam: reduced lumbar flexion (modified Schober 3.5 cm), neuro intact.\n"
           "A: mechanical LBP, likely postural/deconditioning.\nP: PT core program, naproxen 500 BID, ergonomics.",
           author=pa, encounter=e1)
    r.med_statement(drug("Naproxen 500 mg tablet", "7258", "naproxen"), "2025-12-02", dosage_text="500 mg PO BID",
                    reason_ref=[lbp], note="Patient reports marked relief within 48 h; symptoms return when stopped.")
    r.service_request(cpt("97110", "Therapeutic exercises", text="Physical therapy - lumbar stabilisation"), "2025-12-02",
                      status="active", requester=pa, performer=pt_, reason_ref=[lbp], encounter=e1)
    e2 = visit(r, "2026-03-10", pa, "Follow-up low back pain", "99213", reason=lbp_code)
    score(r, "ODI", "Oswestry Disability Index", "2026-03-10", 30, "%", encounter=e2)
    r.note("2026-03-10", doc_type(*PROGRESS), "Follow-up LBP",
           "Still morning stiffness >1 h. New alternating buttock pain. PT 10 sessions - helps a little. Naproxen "
           "helps a lot, pain recurs when stopped. Continue PT.", author=pa, encounter=e2)
    e3 = visit(r, "2026-06-16", pa, "Follow-up low back pain", "99213", reason=lbp_code)
    r.note("2026-06-16", doc_type(*PROGRESS), "Follow-up LBP",
           "Ongoing back pain and stiffness. Now also R heel pain at Achilles insertion for 6 weeks (tender "
           "enthesis). In April had a painful red R eye with photophobia, treated by optometrist as "
           "'conjunctivitis' with drops. Continue PT; heel - stretching, heel cup. Order MRI L-spine and labs "
           "given duration.", author=pa, encounter=e3)
    mri_sr = r.service_request(cpt("72148", "MRI spinal canal and contents, lumbar; without contrast",
                                   text="MRI lumbar spine w/o contrast"), "2026-06-16", status="completed",
                               requester=pa, reason_ref=[lbp], encounter=e3)
    imaging(r, cpt("72148", "MRI spinal canal and contents, lumbar; without contrast", text="MRI lumbar spine without contrast"),
            "2026-09-15",
            "Mild L4-5 disc desiccation without herniation or canal stenosis. No foraminal narrowing. Conus normal. "
            "Incidental: the partially imaged sacroiliac joints demonstrate bilateral periarticular subchondral "
            "bone marrow oedema on STIR, iliac > sacral side, with small erosions on the left.",
            "1. Mild L4-5 disc desiccation, no neural compromise.\n2. Bilateral sacroiliac subchondral bone marrow "
            "oedema with possible erosions - inflammatory sacroiliitis not excluded; dedicated SIJ MRI and clinical "
            "correlation recommended.", rad, based_on=[mri_sr])
    lab(r, "crp", "2026-09-22", 24.0)
    lab(r, "esr", "2026-09-22", 32)
    local_lab(r, "HLAB27", "HLA-B27 antigen", "2026-09-22", cc(coding(SCT, "10828004", "Positive"), text="Positive"),
              interp="POS")
    lab(r, "rf", "2026-09-22", 6)
    e4 = visit(r, "2026-11-17", sp, "Spine clinic - persistent low back pain", "99214", reason=lbp_code)
    score(r, "ODI", "Oswestry Disability Index", "2026-11-17", 34, "%", encounter=e4)
    r.clinical_impression(r.dt("2026-11-17", "10:30"), "Mechanical low back pain with mild L4-5 degeneration; not a "
                          "surgical candidate. Continue conservative care.", assessor=sp, problems=[lbp], encounter=e4)
    r.note("2026-11-17", doc_type(*PROGRESS), "Spine surgery consultation",
           "Referred by PA for persistent LBP. MRI: mild L4-5 desiccation only - nothing surgical. SIJ comment noted. "
           "Labs: CRP 24, ESR 32, HLA-B27 positive.\nA: mechanical LBP (M54.50), no surgical lesion.\n"
           "P: continue PT and NSAID; core strengthening; no surgery indicated. Return PRN.", author=sp, encounter=e4)
    return r


# =====================================================================================================
def b_tka_booked(cid):
    """P3 positive: end-stage knee OA after failed conservative care; TKA ordered and booked for 12 Jan 2027."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Centers for Medicare & Medicaid Services", "CMS")
    surg = prac_B(r, "Whitaker", ["Helen"], "Adult reconstructive orthopaedics", "326674101", "female")
    pa = prac_B(r, "Castellano", ["Nina"], "Physician assistant", "377102945", "female", prefix=None)
    rad = prac_B(r, "Feld", ["Jonah"], "Radiology", "395520014", "male")
    patient_us(r, "Ellison", ["Margaret", "Ann"], "female", "1958-02-21", "FR-118305", "1450 Cedar Ln", "Longmont", "CO",
               "80501", "+1-720-555-0333")
    coverage_us(r, payer, "MCR", "5TK3-QW8-MN21", "2023-03-01")
    oa_code = dx("M17.11", "Unilateral primary osteoarthritis, right knee", "239873007", "Osteoarthritis of knee")
    oa = r.condition(oa_code, onset="2021-05-01", asserter=surg)
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2012-01-01")
    r.condition(dx("E66.9", "Obesity, unspecified", "414916001", "Obesity"), onset="2015-01-01")
    r.condition(dx("E03.9", "Hypothyroidism, unspecified", "40930008", "Hypothyroidism"), onset="2010-01-01")
    r.med_statement(drug("Lisinopril 20 mg tablet", "29046", "lisinopril"), "2012-01-01", dosage_text="20 mg PO daily")
    r.med_statement(drug("Levothyroxine 75 mcg tablet", "10582", "levothyroxine"), "2010-01-01", dosage_text="75 mcg PO daily")
    r.med_statement(drug("Acetaminophen 500 mg tablet", "161", "acetaminophen"), "2021-05-01",
                    dosage_text="1000 mg PO TID", reason_ref=[oa])
    inj = cc(coding(CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance"),
             coding(HCPCS, "J3301", "Injection, triamcinolone acetonide, not otherwise specified, 10 mg"),
             text="Intra-articular triamcinolone 40 mg, right knee")
    r.procedure(inj, performed=r.dt("2025-11-18", "10:15"), performer=pa, reason_ref=[oa],
                note="Relief ~8 weeks.")
    r.procedure(inj, performed=r.dt("2026-04-21", "10:20"), performer=pa, reason_ref=[oa], note="Relief ~3 weeks.")
    r.procedure(cc(coding(CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance"),
                   coding(HCPCS, "J7325", "Hyaluronan or derivative, Synvisc or Synvisc-One, for intra-articular injection, 1 mg"),
                   text="Intra-articular hylan G-F 20 48 mg, right knee"),
                performed=r.dt("2026-07-14", "11:00"), performer=pa, reason_ref=[oa], note="No meaningful benefit.")
    e1 = visit(r, "2026-09-22", surg, "Arthroplasty consultation", "99204", reason=oa_code)
    r.vitals("2026-09-22", e1, bp=(134, 80), weight=(89.4, "kg"), height=(165, "cm"), bmi=32.8)
    imaging(r, cpt("73565", "Radiologic examination, knee; both knees, standing, anteroposterior",
                   text="XR bilateral standing knees"), "2026-09-22",
            "Right: bone-on-bone medial compartment, large osteophytes, subchondral sclerosis and cysts, 8 deg varus. "
            "Left: mild medial narrowing.", "Severe right knee medial osteoarthritis (Kellgren-Lawrence 4).", rad, e1)
    score(r, "KOOS-JR", "KOOS JR interval score", "2026-09-22", 41.0, encounter=e1, ref_text="0 = total disability, 100 = perfect knee health")
    r.note("2026-09-22", doc_type(*CONSULT), "Total joint consultation",
           "68F, R knee OA, KL4. Failed >12 months PT, acetaminophen, NSAIDs (stopped - BP), 2 steroid injections "
           "and hyaluronic acid. Night pain, walking < 1 block, uses cane. KOOS JR 41.\n"
           "Plan: shared decision - proceed with right total knee arthroplasty. Risks (infection, DVT/PE, "
           "stiffness, persistent pain, revision) discussed and consent obtained. Booked 12 Jan 2027. Pre-op "
           "medical evaluation and labs; pre-hab PT.", author=surg, encounter=e1)
    tka = r.service_request(cpt("27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)",
                                text="Right total knee arthroplasty", sct="609588000", sct_display="Total knee replacement"),
                            "2026-09-22", status="active", intent="order", requester=surg, performer=surg,
                            occurrence=r.dt("2027-01-12", "07:30"), reason_ref=[oa],
                            category=cc(coding(SCT, "387713003", "Surgical procedure")), encounter=e1,
                            body_site=txt("Right knee"))
    r.appointment("booked", r.dt("2027-01-12", "07:30"), r.dt("2027-01-12", "10:00"),
                  service_type=txt("Orthopaedic surgery - joint replacement"), based_on=[tka],
                  description="Right TKA - Boulder Surgical Pavilion OR 3", participants=[surg],
                  created=r.dt("2026-09-22", "15:10"))
    r.service_request(txt("Pre-operative medical evaluation"), "2026-09-22", status="active", requester=surg,
                      encounter=e1, occurrence=r.dt("2026-12-15", "09:00"))
    panel(r, "cbc", "2026-11-20", [("hb", 13.1), ("wbc", 6.8), ("plt", 244)])
    lab(r, "a1c", "2026-11-20", 5.9)
    lab(r, "cr", "2026-11-20", 0.82)
    return r


# =====================================================================================================
def b_shoulder_injection(cid):
    """P3 near miss: subacromial impingement; only an ultrasound-guided steroid injection is booked (minor office procedure)."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Summit Peak Health Plan", "SPHP")
    sm = prac_B(r, "Abernathy", ["Cole"], "Sports medicine", "348812270", "male")
    pt_ = prac_B(r, "Ruiz", ["Marisol"], "Physical therapy", "361045528", "female", prefix=None)
    patient_us(r, "Tran", ["Kevin", "Minh"], "male", "1977-11-05", "FR-260114", "3055 Iris Ave", "Boulder", "CO", "80301",
               "+1-303-555-0921")
    coverage_us(r, payer, "PPO", "SPH551902276", "2022-01-01")
    r.condition(dx("E78.5", "Hyperlipidemia, unspecified", "55822004", "Hyperlipidemia"), onset="2019-01-01")
    r.condition(dx("K21.9", "Gastro-esophageal reflux disease without esophagitis", "235595009",
                   "Gastroesophageal reflux disease"), onset="2017-01-01")
    r.med_statement(drug("Atorvastatin 20 mg tablet", "83367", "atorvastatin"), "2019-01-01", dosage_text="20 mg daily")
    r.med_statement(drug("Omeprazole 20 mg capsule", "7646", "omeprazole"), "2017-01-01", dosage_text="20 mg daily")
    code = dx("M75.41", "Impingement syndrome of right shoulder")
    e1 = visit(r, "2026-08-11", sm, "New patient - right shoulder pain", "99204", reason=code)
    imp = r.condition(code, onset="2026-05-15", encounter=e1, asserter=sm)
    r.report(cc(coding(CPT, "76881", "Ultrasound, complete joint, real-time with image documentation"), text="US right shoulder"),
             "2026-08-11", category=("RAD", "Radiology"), encounter=e1,
             conclusion="Supraspinatus tendinosis with subacromial-subdeltoid bursal thickening. No full- or partial-thickness "
                        "tear. Dynamic impingement on abduction.")
    score(r, "QDASH", "QuickDASH disability score", "2026-08-11", 45.5, encounter=e1)
    r.note("2026-08-11", doc_type(*CONSULT), "Shoulder consultation",
           "48M, recreational climber, R shoulder pain 3 months, painful arc, night pain. Hawkins and Neer positive, "
           "strength 5/5, no lag signs. US: tendinosis + bursitis, no tear.\nP: PT rotator cuff/scapular program 6 weeks.",
           author=sm, encounter=e1)
    r.service_request(cpt("97110", "Therapeutic exercises", text="Physical therapy - rotator cuff / scapular program"),
                      "2026-08-11", status="active", requester=sm, performer=pt_, reason_ref=[imp], encounter=e1)
    e2 = visit(r, "2026-11-18", sm, "Follow-up right shoulder", "99213", reason=code)
    score(r, "QDASH", "QuickDASH disability score", "2026-11-18", 38.6, encounter=e2)
    r.note("2026-11-18", doc_type(*PROGRESS), "Follow-up shoulder",
           "Partial improvement with PT, still night pain limiting sleep. Discussed options. Plan: ultrasound-guided "
           "subacromial corticosteroid injection (office procedure, 10 min), continue PT. Surgery not indicated.",
           author=sm, encounter=e2)
    inj = r.service_request(cc(coding(CPT, "20611", "Arthrocentesis, aspiration and/or injection, major joint or bursa; with ultrasound guidance"),
                               coding(HCPCS, "J1030", "Injection, methylprednisolone acetate, 40 mg"),
                               text="US-guided subacromial bursa injection - methylprednisolone 40 mg + lidocaine"),
                            "2026-11-18", status="active", intent="order", requester=sm, performer=sm,
                            occurrence=r.dt("2026-12-08", "14:00"), reason_ref=[imp], encounter=e2,
                            category=cc(coding(SCT, "71388002", "Procedure"), text="Office procedure"))
    r.appointment("booked", r.dt("2026-12-08", "14:00"), r.dt("2026-12-08", "14:20"),
                  service_type=txt("Sports medicine procedure clinic"), based_on=[inj],
                  description="US-guided subacromial injection", participants=[sm], created=r.dt("2026-11-18", "11:00"))
    return r


# =====================================================================================================
def b_pathologic_fracture_hospice(cid):
    """P4 positive: pathological humerus fracture from metastatic NSCLC, nailed; oncology: no further options, hospice referral."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Centers for Medicare & Medicaid Services", "CMS")
    surg = prac_B(r, "Moreau", ["Daniel"], "Orthopaedic surgery", "389016652", "male")
    pa = prac_B(r, "Castellano", ["Nina"], "Physician assistant", "377102945", "female", prefix=None)
    onc_org = r.organization("Flatirons Cancer Center", identifiers=[{"system": "http://hl7.org/fhir/sid/us-npi",
                                                                      "value": "1093817262"}])
    onc = prac_B(r, "Patel", ["Anjali"], "Oncology", "402771538", "female")
    patient_us(r, "Brennan", ["Walter", "Joseph"], "male", "1952-06-30", "FR-095527", "610 Linden St", "Louisville", "CO",
               "80027", "+1-303-555-0470")
    coverage_us(r, payer, "MCR", "2WB8-HJ4-PL06", "2017-07-01")
    lung = r.condition(dx("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "363358000",
                          "Malignant tumor of lung", text="NSCLC (adenocarcinoma) right upper lobe, stage IVB"),
                       onset="2025-03-10", asserter=onc)
    bone = r.condition(dx("C79.51", "Secondary malignant neoplasm of bone", "94222008", "Secondary malignant neoplasm of bone"),
                       onset="2025-11-04", asserter=onc)
    r.condition(dx("J44.9", "Chronic obstructive pulmonary disease, unspecified", "13645005",
                   "Chronic obstructive lung disease"), onset="2016-01-01")
    r.med_statement(drug("Docetaxel", "72962", "docetaxel"), "2026-05-12", status="stopped", end="2026-08-25",
                    reason_ref=[lung], note="Third-line. Stopped for progression and declining performance status.",
                    info_source=onc)
    e0 = r.encounter("2026-10-01", "EMER", cpt("99284", "Emergency department visit, moderate MDM", text="ED visit - fall, left arm pain"),
                     practitioner=surg, time="18:30", end_time="23:50")
    fx = r.condition(dx("M84.522A", "Pathological fracture in neoplastic disease, left humerus, initial encounter for fracture",
                        text="Pathological fracture left humeral shaft"),
                     onset="2026-10-01", encounter=e0, asserter=surg)
    imaging(r, cpt("73060", "Radiologic examination; humerus, minimum of 2 views", text="XR left humerus"), "2026-10-01",
            "Transverse fracture mid-diaphysis left humerus through a permeative lytic lesion. Additional lytic "
            "foci proximal humerus.", "Pathological fracture through lytic metastasis, left humeral shaft.", surg, e0)
    e1 = r.encounter("2026-10-02", "IMP", txt("Inpatient - orthopaedic surgery"), practitioner=surg, end="2026-10-05",
                     time="07:00", end_time="11:00", admit=("emd", "From accident/emergency department"),
                     discharge=("home", "Home"))
    r.procedure(cpt("24516", "Treatment of humeral shaft fracture with insertion of intramedullary implant",
                    text="Intramedullary nailing left humerus (prophylactic + fixation)"),
                performed=r.dt("2026-10-02", "08:40"), performer=surg, encounter=e1, reason_ref=[fx],
                note="Reamed IM nail. Reamings sent - metastatic adenocarcinoma, lung primary.")
    r.note("2026-10-05", doc_type("18842-5", "Discharge summary"), "Discharge summary",
           "74M metastatic NSCLC, pathological L humeral shaft fracture fixed with IM nail 2 Oct. Declined post-op "
           "radiotherapy (wishes to avoid further hospital visits). Sling, gentle ROM. Analgesia: oxycodone.",
           author=surg, encounter=e1)
    r.med_request(drug("Oxycodone 5 mg tablet", "7804", "oxycodone"), "2026-10-05", "5-10 mg PO q4h PRN pain",
                  requester=surg, encounter=e1, category="discharge")
    r.note("2026-10-28", doc_type("11488-4", "Consult note"), "Letter from Flatirons Cancer Center (scanned)",
           "Dear Dr Moreau,\nMr Brennan has progressed through carboplatin/pemetrexed/pembrolizumab and docetaxel. "
           "No targetable alterations on NGS. ECOG now 3. I have explained that there are no further anti-cancer "
           "treatments that would help him, and he has chosen comfort-focused care. I have referred him to hospice "
           "(Boulder Valley Hospice). Thank you for fixing his arm.\nDr A. Patel, Thoracic Oncology", author=onc)
    e2 = visit(r, "2026-11-12", pa, "Post-op visit - left humerus", "99024")
    r.note("2026-11-12", doc_type(*PROGRESS), "Post-op check",
           "6 weeks s/p IM nail L humerus. Wound healed. Pain controlled. XR: nail in good position. "
           "Hospice enrolled per oncology - no further orthopaedic intervention planned. Follow up PRN.",
           author=pa, encounter=e2)
    r.service_request(cc(coding(OUT.replace("outcome-measures", "referral-type"), "HOSPICE", "Hospice referral"),
                         text="Hospice referral - Boulder Valley Hospice"),
                      "2026-10-28", status="active", intent="order", requester=onc, reason_ref=[lung, bone],
                      category=cc(coding(SCT, "3457005", "Patient referral")))
    return r


# =====================================================================================================
def b_fusion_promis_drop(cid):
    """P5 positive: after L4-5 TLIF, PROMIS physical function and Oswestry are worse than before surgery (drop > MCID)."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Rocky Mountain Mutual Health", "RMMH")
    sp = prac_B(r, "Lindgren", ["Erik"], "Orthopaedic spine surgery", "310928846", "male")
    pa = prac_B(r, "Castellano", ["Nina"], "Physician assistant", "377102945", "female", prefix=None)
    rad = prac_B(r, "Feld", ["Jonah"], "Radiology", "395520014", "male")
    patient_us(r, "Whitfield", ["Sandra", "Lee"], "female", "1968-03-03", "FR-184662", "921 Spruce St", "Boulder", "CO",
               "80302", "+1-303-555-0612")
    coverage_us(r, payer, "HMO", "RMM-66019384", "2021-01-01")
    r.condition(dx("E11.9", "Type 2 diabetes mellitus without complications", "44054006", "Diabetes mellitus type 2"),
                onset="2019-01-01")
    r.med_statement(drug("Metformin 1000 mg tablet", "6809", "metformin"), "2019-01-01", dosage_text="1000 mg BID")
    spl = r.condition(dx("M43.16", "Spondylolisthesis, lumbar region", "274152003", "Spondylolisthesis",
                         text="Degenerative spondylolisthesis L4-5, grade 1"), onset="2024-06-01", asserter=sp)
    sten = r.condition(dx("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication", "18347007",
                          "Spinal stenosis of lumbar region"), onset="2024-06-01", asserter=sp)
    r.service_request(cpt("97110", "Therapeutic exercises", text="Physical therapy - lumbar"), "2025-09-01",
                      status="completed", requester=pa, reason_ref=[sten])
    e1 = visit(r, "2026-08-25", sp, "Pre-operative visit", "99214")
    score(r, "PROMIS-PF", "PROMIS Physical Function T-score", "2026-08-25", 38.2, "{T-score}", encounter=e1)
    score(r, "ODI", "Oswestry Disability Index", "2026-08-25", 44, "%", encounter=e1)
    r.note("2026-08-25", doc_type(*PROGRESS), "Pre-op visit",
           "Neurogenic claudication at 200 m, failed PT and 2 ESIs. Grade 1 L4-5 spondylolisthesis with severe "
           "stenosis. Proceed with L4-5 TLIF 8 Sept. Baseline PROMIS PF 38.2, ODI 44.", author=sp, encounter=e1)
    e2 = r.encounter("2026-09-08", "IMP", txt("Inpatient - spine surgery"), practitioner=sp, end="2026-09-10",
                     time="06:30", end_time="12:00", admit=("other", "Other"), discharge=("home", "Home"),
                     priority=("EL", "elective"))
    fusion = r.procedure(cpt("22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; single interspace, lumbar",
                             text="L4-5 transforaminal lumbar interbody fusion (TLIF) with pedicle screws"),
                         performed=r.dt("2026-09-08", "07:45"), performer=sp, encounter=e2, reason_ref=[spl, sten])
    e3 = visit(r, "2026-10-20", pa, "Post-op visit 6 weeks", "99024")
    r.note("2026-10-20", doc_type(*PROGRESS), "6-week post-op",
           "Back pain improved, but new L leg pain in L5 distribution since week 2 post-op, burning, worse standing. "
           "Gabapentin started.", author=pa, encounter=e3)
    r.med_request(drug("Gabapentin 300 mg capsule", "25480", "gabapentin"), "2026-10-20", "300 mg PO TID", requester=pa,
                  encounter=e3)
    e4 = visit(r, "2026-11-17", sp, "Post-op visit 10 weeks", "99024")
    score(r, "PROMIS-PF", "PROMIS Physical Function T-score", "2026-11-17", 30.1, "{T-score}", encounter=e4,
          note="8.1 points below pre-operative baseline.")
    score(r, "ODI", "Oswestry Disability Index", "2026-11-17", 58, "%", encounter=e4)
    r.note("2026-11-17", doc_type(*PROGRESS), "10-week post-op",
           "Worse than before surgery: PROMIS PF 38.2 -> 30.1, ODI 44 -> 58%. Persistent L L5 radicular pain, "
           "using walker outdoors, unable to return to work. Neuro: EHL 4/5 L. CT ordered to assess L5 screw "
           "position and cage. Continue gabapentin, PT on hold.", author=sp, encounter=e4)
    r.service_request(cpt("72131", "Computed tomography, lumbar spine; without contrast material",
                          text="CT lumbar spine - hardware position"), "2026-11-17", status="active", requester=sp,
                      encounter=e4, occurrence=r.dt("2026-12-03", "10:00"), reason_ref=[spl])
    return r


# =====================================================================================================
def b_ankle_second_opinion_note(cid):
    """P6 positive (note only): chronic ankle instability with OCL; patient asks for another surgeon's opinion, recorded in the visit note."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Summit Peak Health Plan", "SPHP")
    fa = prac_B(r, "Hargrove", ["Simon"], "Foot and ankle orthopaedics", "371159804", "male")
    pt_ = prac_B(r, "Ruiz", ["Marisol"], "Physical therapy", "361045528", "female", prefix=None)
    rad = prac_B(r, "Feld", ["Jonah"], "Radiology", "395520014", "male")
    patient_us(r, "Brandt", ["Olivia", "Rose"], "female", "1995-01-25", "FR-332208", "47 Mapleton Ave", "Boulder", "CO",
               "80304", "+1-720-555-0755")
    coverage_us(r, payer, "PPO", "SPH662014490", "2023-01-01")
    e1 = r.encounter("2026-03-30", "AMB", cpt("99203", "Office/outpatient visit, new patient, low MDM",
                                               text="Urgent ortho clinic - right ankle injury"), practitioner=fa)
    r.condition(dx("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter", "44465007",
                   "Sprain of ankle"), onset="2026-03-28", clinical="resolved", abatement="2026-06-09",
                cat="encounter-diagnosis", encounter=e1,
                note="Superseded by MRI diagnosis of ATFL tear and osteochondral lesion.")
    imaging(r, cpt("73610", "Radiologic examination, ankle; complete, minimum of 3 views", text="XR right ankle 3 views"),
            "2026-03-30", "No fracture. Soft tissue swelling lateral malleolus. Mortise congruent.", "No fracture.", rad, e1)
    e2 = r.encounter("2026-06-09", "AMB", cpt("99214", "Office/outpatient visit, established patient, moderate MDM",
                                               text="Follow-up right ankle"), practitioner=fa)
    imaging(r, cpt("73721", "MRI any joint of lower extremity without contrast", text="MRI right ankle without contrast"),
            "2026-06-05", "Complete tear of the anterior talofibular ligament. Partial tear calcaneofibular ligament. "
            "8 x 6 mm osteochondral lesion of the medial talar dome with subchondral oedema, fragment stable in situ.",
            "1. Complete ATFL tear, partial CFL tear.\n2. Stable medial talar dome osteochondral lesion.", rad)
    inst = r.condition(dx("M24.271", "Disorder of ligament, right ankle",
                          text="Lateral ankle instability - ATFL complete, CFL partial tear"),
                       onset="2026-06-09", encounter=e2, asserter=fa)
    ocl = r.condition(dx("M93.271", "Osteochondritis dissecans, right ankle and joints of right foot",
                         text="Osteochondral lesion medial talar dome, right"),
                      onset="2026-06-09", encounter=e2, asserter=fa)
    r.service_request(cpt("97110", "Therapeutic exercises", text="Physical therapy - peroneal strengthening and proprioception"),
                      "2026-06-09", status="active", requester=fa, performer=pt_, reason_ref=[inst], encounter=e2)
    brace = r.device(name="Lace-up ankle brace", type_cc=txt("Ankle stabilising orthosis"))
    r.device_use(brace, "2026-06-09", reason=txt("Lateral ankle instability"), source=fa)
    score(r, "FAAM-ADL", "FAAM Activities of Daily Living subscale", "2026-06-09", 64.3, "%", encounter=e2)
    e3 = r.encounter("2026-10-27", "AMB", cpt("99214", "Office/outpatient visit, established patient, moderate MDM",
                                               text="Follow-up right ankle"), practitioner=fa)
    score(r, "FAAM-ADL", "FAAM Activities of Daily Living subscale", "2026-10-27", 66.7, "%", encounter=e3)
    r.note("2026-10-27", doc_type(*PROGRESS), "Follow-up right ankle instability / OCL",
           "S: 7 months after inversion injury. PT x 4 months, brace. Still rolls the ankle 1-2x/month on uneven "
           "ground, deep medial ankle ache after activity. Unable to return to trail running or skiing.\n"
           "O: anterior drawer 2+ with soft endpoint, talar tilt positive. Medial gutter tenderness.\n"
           "A: chronic lateral ankle instability (ATFL/CFL), stable medial talar OCL.\n"
           "P: recommend 3 more months of structured rehab; if still unstable, consider modified Brostrom repair "
           "+ arthroscopy.\n"
           "Pt is frustrated. She says she feels her giving-way episodes are being brushed off as 'normal after a "
           "sprain' and that she has been told the same thing since March. She asked to be referred to another "
           "foot and ankle surgeon for a second opinion before committing to more months of rehab. I said I would "
           "send her records. Spent 25 min, >50% counselling.", author=fa, encounter=e3)
    return r


# =====================================================================================================
def b_koos_worsening(cid):
    """P7 positive: bilateral knee OA, KOOS pain 63.9 -> 38.9 over 9 months despite naproxen, PT and injection throughout."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Summit Peak Health Plan", "SPHP")
    sm = prac_B(r, "Abernathy", ["Cole"], "Sports medicine", "348812270", "male")
    pt_ = prac_B(r, "Hollis", ["Drew"], "Physical therapy", "352219087", "male", prefix=None)
    rad = prac_B(r, "Feld", ["Jonah"], "Radiology", "395520014", "male")
    patient_us(r, "Herrera", ["Luis", "Alberto"], "male", "1965-09-14", "FR-207741", "1822 Kalmia Ave", "Boulder", "CO",
               "80304", "+1-303-555-0288")
    coverage_us(r, payer, "PPO", "SPH330182275", "2020-01-01")
    r.condition(dx("E11.9", "Type 2 diabetes mellitus without complications", "44054006", "Diabetes mellitus type 2"),
                onset="2018-01-01")
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2016-01-01")
    r.med_statement(drug("Metformin 1000 mg tablet", "6809", "metformin"), "2018-01-01", dosage_text="1000 mg BID")
    r.med_statement(drug("Losartan 50 mg tablet", "52175", "losartan"), "2016-01-01", dosage_text="50 mg daily")
    oa = r.condition(dx("M17.0", "Bilateral primary osteoarthritis of knee", "239873007", "Osteoarthritis of knee"),
                     onset="2024-09-01", asserter=sm)
    r.med_statement(drug("Naproxen 500 mg tablet", "7258", "naproxen"), "2025-12-02", dosage_text="500 mg PO BID with food",
                    reason_ref=[oa], note="Taking regularly; renal function and BP monitored.")
    r.careplan("Knee osteoarthritis non-operative management", "active", "plan", "2026-01-06", author=sm,
               addresses=[oa], category=[cc(coding(SCT, "734163000", "Care plan"))],
               activities=[{"code": cpt("97110", "Therapeutic exercises", text="Supervised PT weekly, then home program"),
                            "status": "in-progress", "performer": pt_},
                           {"code": txt("Weight management - dietitian, target 5% loss"), "status": "in-progress"},
                           {"code": txt("Naproxen 500 mg BID"), "status": "in-progress"}])
    imaging(r, cpt("73565", "Radiologic examination, knee; both knees, standing, anteroposterior",
                   text="XR bilateral standing knees"), "2026-02-10",
            "Moderate medial joint space narrowing bilaterally, L > R, marginal osteophytes.",
            "Bilateral medial compartment OA, Kellgren-Lawrence 3 (L), 2-3 (R).", rad)
    series = [("2026-02-10", 63.9, 4, 91.2), ("2026-05-19", 52.8, 5, 90.4), ("2026-08-25", 47.2, 6, 90.8),
              ("2026-11-17", 38.9, 7, 89.9)]
    for d, koos, nrs, wt in series:
        e = visit(r, d, sm, "Follow-up knee osteoarthritis", "99213")
        r.vitals(d, e, weight=(wt, "kg"), bp=(132, 80))
        score(r, "KOOS-PAIN", "KOOS Pain subscale", d, koos, encounter=e, ref_text="0 = extreme problems, 100 = no problems")
        score(r, "NRS-PAIN", "Pain intensity NRS 0-10", d, nrs, encounter=e)
    r.procedure(cc(coding(CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance"),
                   coding(HCPCS, "J3301", "Injection, triamcinolone acetonide, not otherwise specified, 10 mg"),
                   text="Intra-articular triamcinolone 40 mg, left knee"),
                performed=r.dt("2026-06-02", "10:00"), performer=sm, reason_ref=[oa], note="Benefit ~4 weeks only.")
    r.note("2026-11-17", doc_type(*PROGRESS), "Knee OA follow-up",
           "Adherent with PT home program (3x/week per log), naproxen BID since Dec 2025, lost 1.3 kg. Despite this, "
           "pain steadily worse: KOOS pain 63.9 (Feb) -> 52.8 (May) -> 47.2 (Aug) -> 38.9 (Nov); NRS 4 -> 7. Now "
           "night pain, stopped hiking. L knee injection June helped ~4 weeks.\nA: progressive bilateral knee OA, "
           "worsening despite 9 months of non-operative treatment.\nP: continue current plan for now; discussed "
           "options including arthroplasty evaluation - pt wants time to think. Review 3 months.",
           author=sm)
    return r


# =====================================================================================================
def b_quickdash_small_change(cid):
    """P7 near miss: lateral epicondylitis on PT + brace; QuickDASH 36.4 -> 43.2 over 4.5 months, below its MCID."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Rocky Mountain Mutual Health", "RMMH")
    hs = prac_B(r, "Yamamoto", ["Keiko"], "Hand surgery", "384402217", "female")
    pt_ = prac_B(r, "Ruiz", ["Marisol"], "Physical therapy", "361045528", "female", prefix=None)
    patient_us(r, "Nguyen", ["Rachel", "Thu"], "female", "1982-05-29", "FR-245510", "3300 28th St Apt 12", "Boulder", "CO",
               "80301", "+1-720-555-0614")
    coverage_us(r, payer, "HMO", "RMM-55280146", "2022-06-01")
    r.condition(dx("J45.20", "Mild intermittent asthma, uncomplicated", "427679007", "Mild intermittent asthma"),
                onset="2005-01-01")
    r.med_statement(drug("Albuterol HFA 90 mcg/actuation inhaler", "435", "albuterol"), "2005-01-01",
                    dosage_text="2 puffs q4-6h PRN")
    le = r.condition(dx("M77.11", "Lateral epicondylitis, right elbow", "202855006", "Lateral epicondylitis"),
                     onset="2026-03-01", recorded="2026-06-09", asserter=hs)
    r.careplan("Lateral epicondylitis rehabilitation", "active", "plan", "2026-06-09", author=hs, addresses=[le],
               activities=[{"code": cpt("97110", "Therapeutic exercises", text="PT - eccentric/isometric wrist extensor loading"),
                            "status": "in-progress", "performer": pt_},
                           {"code": txt("Counterforce brace at work"), "status": "in-progress"},
                           {"code": txt("Topical diclofenac 1% gel QID"), "status": "in-progress"}])
    r.med_statement(drug("Diclofenac sodium 1% topical gel", "3355", "diclofenac"), "2026-06-09",
                    dosage_text="Apply 2 g to lateral elbow QID", reason_ref=[le])
    for d, q, nrs, grip in [("2026-06-09", 36.4, 5, 21.0), ("2026-08-18", 40.9, 5, 20.5), ("2026-10-27", 43.2, 6, 19.8)]:
        e = visit(r, d, hs, "Hand & upper extremity clinic", "99213")
        score(r, "QDASH", "QuickDASH disability score", d, q, encounter=e, ref_text="0 = no disability, 100 = most severe")
        score(r, "NRS-PAIN", "Pain intensity NRS 0-10", d, nrs, encounter=e)
        r.obs(cc(coding(OUT, "GRIP-R", "Grip strength, right (Jamar, position 2)"), text="Grip strength right"), d, grip,
              "kg", "kg", category="exam", encounter=e)
    r.note("2026-10-27", doc_type(*PROGRESS), "Follow-up lateral epicondylitis",
           "Dental hygienist. R lateral elbow pain since March. On PT + brace + topical diclofenac since June. "
           "QuickDASH 36.4 -> 40.9 -> 43.2 (change 6.8 - within measurement noise; MCID for QuickDASH is roughly "
           "11-16 points). Grip 21 -> 19.8 kg. Pain NRS 5-6.\nA: persistent lateral epicondylitis, essentially "
           "unchanged.\nP: continue loading program; workplace ergonomic review; reassess in 3 months. Most cases "
           "settle within 12-18 months.", author=hs)
    return r


# =====================================================================================================
def b_four_conditions(cid):
    """P8 near miss: 4 active chronic conditions (hip OA, lumbar spondylosis, hypertension, Hashimoto) - others resolved."""
    r = Rec(cid, ORG_B)
    setup_B(r)
    payer = payer_B(r, "Centers for Medicare & Medicaid Services", "CMS")
    surg = prac_B(r, "Whitaker", ["Helen"], "Adult reconstructive orthopaedics", "326674101", "female")
    pt_ = prac_B(r, "Hollis", ["Drew"], "Physical therapy", "352219087", "male", prefix=None)
    rad = prac_B(r, "Feld", ["Jonah"], "Radiology", "395520014", "male")
    patient_us(r, "Papadakis", ["George"], "male", "1956-08-12", "FR-066318", "740 Pine St", "Boulder", "CO", "80302",
               "+1-303-555-0199")
    coverage_us(r, payer, "MCR", "7PG2-MX5-RT83", "2021-09-01")
    hip = r.condition(dx("M16.12", "Unilateral primary osteoarthritis, left hip", "239872002", "Osteoarthritis of hip"),
                      onset="2023-02-01", asserter=surg)
    r.condition(dx("M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region"), onset="2019-01-01")
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2011-01-01")
    r.condition(dx("E06.3", "Autoimmune thyroiditis", "21983002", "Hashimoto thyroiditis",
                   text="Hashimoto thyroiditis with hypothyroidism"), onset="2014-01-01")
    r.condition(dx("M72.2", "Plantar fascial fibromatosis", "202882003", "Plantar fasciitis"), onset="2023-06-01",
                clinical="resolved", abatement="2024-02-01")
    r.condition(dx("S52.501D", "Unspecified fracture of the lower end of right radius, subsequent encounter",
                   text="Right distal radius fracture (healed)"),
                onset="2022-01-15", clinical="resolved", abatement="2022-04-20")
    r.condition(dx("M75.101", "Unspecified rotator cuff tear or rupture of right shoulder, not specified as traumatic",
                   text="Right rotator cuff tendinopathy"), onset="2020-03-01",
                clinical="resolved", abatement="2020-11-01")
    for text, rx, rxd, dose in [("Amlodipine 5 mg tablet", "17767", "amlodipine", "5 mg daily"),
                                ("Levothyroxine 100 mcg tablet", "10582", "levothyroxine", "100 mcg daily"),
                                ("Acetaminophen 500 mg tablet", "161", "acetaminophen", "1000 mg TID PRN"),
                                ("Celecoxib 200 mg capsule", "140587", "celecoxib", "200 mg daily")]:
        r.med_statement(drug(text, rx, rxd), "2023-02-01", dosage_text=dose)
    imaging(r, cpt("73502", "Radiologic examination, hip, unilateral, with pelvis when performed; 2-3 views",
                   text="XR left hip with pelvis"), "2026-05-12",
            "Moderate superolateral joint space narrowing left hip with osteophytes. Right hip preserved.",
            "Moderate left hip OA, unchanged from 2025.", rad)
    for d, hoos in [("2026-05-12", 62.4), ("2026-11-10", 60.1)]:
        e = visit(r, d, surg, "Follow-up hip osteoarthritis", "99213")
        r.vitals(d, e, bp=(128, 78), weight=(84.0, "kg"))
        score(r, "HOOS-JR", "HOOS JR interval score", d, hoos, encounter=e,
              ref_text="0 = total disability, 100 = perfect hip health")
    lab(r, "tsh", "2026-10-30", 2.3)
    lab(r, "cr", "2026-10-30", 0.98)
    r.note("2026-11-10", doc_type(*PROGRESS), "Hip OA follow-up",
           "70M, L hip OA, stable. Walks 2 miles with some aching, HOOS JR 62 -> 60. Does not want surgery yet. "
           "Continue PT home program and celecoxib. Problem list reviewed: plantar fasciitis, old radius fracture "
           "and rotator cuff tendinopathy all resolved. Active: L hip OA, lumbar spondylosis, HTN (PCP), Hashimoto "
           "(PCP). Review 6 months.", author=surg)
    return r


CASES = [
    dict(key="b-knee-meniscus", org="B", fn=b_knee_meniscus, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
         expected=[],
         why="Knee pain on four visits over four months with a normal X-ray, but MRI found a medial meniscal tear that "
             "explains the symptoms and she is improving on rehab.",
         summary="Runner's knee pain, normal XR, then MRI meniscal tear explains it; improving"),
    dict(key="b-lbp-axspa", org="B", fn=b_lbp_axspa, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="'Low back pain, unspecified' (M54.50) called mechanical for about a year while inflammatory features "
             "continue (morning stiffness, enthesitis, probable uveitis), CRP 24, HLA-B27 positive and sacroiliac marrow "
             "oedema on MRI - none of which the label explains.",
         summary="Young man labelled mechanical LBP >11 months; inflammatory features, CRP, HLA-B27+, SIJ oedema ignored"),
    dict(key="b-tka-booked", org="B", fn=b_tka_booked, target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Active order (CPT 27447) and booked appointment for right total knee arthroplasty on 12 Jan 2027.",
         summary="End-stage knee OA after failed injections; TKA ordered and booked Jan 2027"),
    dict(key="b-shoulder-injection", org="B", fn=b_shoulder_injection, target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
         expected=[],
         why="The only planned intervention is a 10-minute ultrasound-guided subacromial steroid injection (CPT 20611) "
             "- a minor office procedure; surgery is explicitly not indicated.",
         summary="Shoulder impingement; US-guided steroid injection booked, no surgery"),
    dict(key="b-pathologic-fracture-hospice", org="B", fn=b_pathologic_fracture_hospice, target="UNTREATABLE_PROGNOSIS",
         kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="Metastatic NSCLC after three lines; oncology letter states no further anti-cancer treatment would help and "
             "an active hospice referral is on record; no second opinion.",
         summary="Pathological humerus fracture from metastatic NSCLC; oncology: no options, hospice"),
    dict(key="b-fusion-promis-drop", org="B", fn=b_fusion_promis_drop, target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="After L4-5 fusion, patient-reported PROMIS physical function fell 8.1 T-score points below the "
             "pre-operative baseline (MCID ~3-5) and Oswestry worsened by 14 points (MCID ~10).",
         summary="PROMIS PF 38.2 to 30.1 and ODI 44 to 58 after L4-5 TLIF"),
    dict(key="b-ankle-2nd-opinion-note", org="B", fn=b_ankle_second_opinion_note, target="PATIENT_REPORTED_CONCERN",
         kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="Only in the visit note: the patient says she feels her symptoms are being brushed off and explicitly asks "
             "to be referred to another foot and ankle surgeon for a second opinion.",
         summary="Chronic ankle instability/OCL; patient asks for second opinion - recorded only in the note"),
    dict(key="b-koos-worsening", org="B", fn=b_koos_worsening, target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"],
         why="KOOS pain fell 63.9 -> 52.8 -> 47.2 -> 38.9 over 9 months (25 points, MCID ~8-10) while naproxen, PT "
             "and a care plan were active throughout.",
         summary="Knee OA: KOOS pain down 25 points over 9 months despite NSAID + PT + injection"),
    dict(key="b-quickdash-small-change", org="B", fn=b_quickdash_small_change, target="WORSENING_DESPITE_TREATMENT",
         kind="near-miss", expected=[],
         why="QuickDASH rose only 6.8 points over 4.5 months on treatment - below the instrument's minimal clinically "
             "important difference.",
         summary="Tennis elbow on PT/brace; QuickDASH +6.8 over 4.5 months (below MCID)"),
    dict(key="b-four-conditions", org="B", fn=b_four_conditions, target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
         expected=[],
         why="Only four active chronic conditions (hip OA, lumbar spondylosis, hypertension, Hashimoto); the other "
             "problem-list entries are resolved, and none is rare.",
         summary="Older man with 4 active chronic conditions and 3 resolved ones"),
]
