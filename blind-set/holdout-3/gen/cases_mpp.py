from common import *

T = "MAJOR_PROCEDURE_PLANNED"


def mpp_pos_cabg(cid):
    c = new_case(cid, "harbor")
    card = doc(c, "Elizabeth", "Nwosu", gender="female")
    ic = doc(c, "Aaron", "Feldman", gender="male")
    cts = doc(c, "Nadia", "Petrov", gender="female")
    c.patient("Walter Eugene", "Fitzgerald", "male", "1962-08-27", "HHV-0092245", "3615 Fleet St", "Baltimore", "MD", "21224", "410-555-0152", marital="M")
    payer(c, "CareFirst BlueCross BlueShield", "CareFirst BlueChoice Advantage", "CFB443018872", "2019-01-01", group="CF-52881")
    cad = c.cond(cc((ICD, "I25.118", "Atherosclerotic heart disease of native coronary artery with other forms of angina pectoris"),
                    (SCT, "53741008", "Coronary arteriosclerosis"), text="Coronary artery disease with exertional angina"),
                 onset="2026-07-01", recorded="2026-10-06", asserter=card, severity=cc((SCT, "24484000", "Severe")))
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), onset="2017-01-01", recorded="2017-04-11")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2012-01-01", recorded="2014-02-20")
    hld = c.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.2", "Mixed hyperlipidemia")), onset="2014-01-01", recorded="2014-02-20")
    c.cond(cc((SCT, "8517006", "Ex-smoker"), (ICD, "Z87.891", "Personal history of nicotine dependence")), onset="1980-01-01", clinical="resolved", abated="2015-06-01",
           note="30 pack-years, quit 2015")
    for rx, ing, txt, dose, rsn in [("1191", "aspirin", "aspirin 81 mg tablet", "81 mg daily", cad), ("83367", "atorvastatin", "atorvastatin 80 mg tablet", "80 mg nightly", hld),
                                   ("6918", "metoprolol", "metoprolol succinate ER 50 mg tablet", "50 mg daily", cad),
                                   ("6809", "metformin", "metformin 1000 mg tablet", "1000 mg twice daily", dm),
                                   ("4917", "nitroglycerin", "nitroglycerin 0.4 mg sublingual tablet", "0.4 mg SL q5min prn chest pain, max 3", cad),
                                   ("29046", "lisinopril", "lisinopril 20 mg tablet", "20 mg daily", htn)]:
        c.medreq(c.med(rx, ing, txt), "2026-10-06", dosage=dose, requester=card, reason_ref=rsn)
    e1 = c.enc("2026-10-06", etype=E_ESTAB("99204"), pract=card, reason=cc((SCT, "194828000", "Angina pectoris")), hm="09:00", minutes=45, diagnoses=[cad],
               service_type=cc((SCT, "394579002", "Cardiology")))
    c.vitals("2026-10-06", e1, 138, 82, hr=68, wt=92.4, bmi=29.8)
    c.lab("a1c", "2026-10-06", 7.0, None, 5.6, enc=e1)
    c.lab("ldl", "2026-10-06", 84, None, 70, enc=e1)
    c.note("consult", "2026-10-06", card, """
Harbor Heart & Vascular - Cardiology new patient 10/06/2026 - Elizabeth Nwosu, MD
64M, T2DM, HTN, HLD, ex-smoker, with 3 months of exertional chest pressure after 1-2 blocks or one flight of stairs, relieved by rest/NTG (CCS class II-III). No rest pain.
ECG: SR, Q waves absent, nonspecific ST changes.
Plan: exercise stress echocardiogram; uptitrate metoprolol; continue ASA/statin.
""", enc=e1, title="Cardiology consult")
    se = c.dr(cc((CPT, "93351", "Echocardiography, transthoracic, real-time with image documentation (2D), includes M-mode recording, when performed, during rest and cardiovascular stress"),
                 text="Exercise stress echocardiogram"), "2026-10-20", card, cat=("CUS", "Cardiac Ultrasound"),
              conclusion="Exercised 5:10 min Bruce protocol, stopped for angina and 2 mm horizontal ST depression. New anterior, anteroseptal and lateral wall hypokinesis at peak stress. High-risk ischemic response. Resting EF 50%.")
    cath = c.proc(cc((CPT, "93458", "Catheter placement in coronary artery(s) for coronary angiography, including intraprocedural injection(s) for coronary angiography, imaging supervision and interpretation; with left heart catheterization including intraprocedural injection(s) for left ventriculography, when performed"),
                     (SCT, "33367005", "Coronary angiography")), "completed", date="2026-11-10T08:15:00-05:00", performer=ic, reason_ref=[cad],
                  note="Distal left main 70%, proximal LAD 90%, mid LCx/OM1 85%, mid RCA 80%. LVEF 50%. SYNTAX score 34. Not suitable for PCI - surgical referral.")
    c.note("consult", "2026-11-19", cts, """
Harbor Heart & Vascular - Cardiac Surgery Consultation - 11/19/2026 - Nadia Petrov, MD
Reviewed with Heart Team 11/17/2026: left main + 3-vessel CAD, SYNTAX 34, diabetic, EF 50%. Consensus: surgical revascularization preferred over PCI.
STS predicted risk of mortality 1.1%.
Recommendation: Coronary artery bypass grafting x4 (LIMA-LAD, radial artery to OM1, SVG to diagonal and PDA), on pump.
Patient and wife understand risks/benefits/alternatives and wish to proceed. Scheduled 12/14/2026. Pre-op: carotid duplex, PFTs, dental clearance, hold metformin 48 h.
""", title="Cardiac surgery consult")
    sr = c.sr(cc((CPT, "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"),
                 (SCT, "232717009", "Coronary artery bypass grafting"), text="CABG x4 (LIMA-LAD, radial-OM1, SVG-D1, SVG-PDA)"),
              "active", "order", "2026-11-19", cts, occurrence="2026-12-14T07:30:00-05:00", performer=cts, reason_ref=[cad],
              category=cc((SCT, "387713003", "Surgical procedure")),
              note="Heart Team decision 11/17/2026. Consent signed 11/19/2026.")
    c.appt("2026-12-14", 360, "booked", "CABG x4 - Cardiac OR 2", [cts], reason_ref=[cad], based_on=sr)
    c.sr(cc((CPT, "93880", "Duplex scan of extracranial arteries; complete bilateral study"), text="Carotid duplex (pre-op)"), "active", "order", "2026-11-19", cts,
         occurrence="2026-12-07", reason_ref=[cad])
    c.lab("hb", "2026-11-19", 14.1, 13.5, 17.5)
    c.lab("cr", "2026-11-19", 1.02, 0.70, 1.30)
    c.lab("plt", "2026-11-19", 233, 150, 400)
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Active ServiceRequest (intent order) for four-vessel coronary artery bypass grafting scheduled 2026-12-14 and not yet performed. It is major open-heart surgery.",
                   summary="64M, left main + 3-vessel CAD after cath; CABG x4 ordered for 12/14/2026 (cardiology/cardiac surgery).")


def mpp_pos_tka(cid):
    c = new_case(cid, "summit")
    ortho = doc(c, "Brian", "Castellano", gender="male")
    pa = doc(c, "Megan", "Lutz", suffix="PA-C", gender="female")
    c.patient("Gloria", "Benavides", "female", "1955-10-02", "SOS-774102", "1180 S Federal Blvd", "Denver", "CO", "80219", "303-555-0190", marital="W",
              lang=("es", "Spanish"))
    payer(c, "Kaiser Permanente Colorado", "Kaiser Permanente Senior Advantage", "KPCO-10772043", "2021-01-01", kind=MEDICARE)
    oa = c.cond(cc((ICD, "M17.11", "Unilateral primary osteoarthritis, right knee"), (SCT, "239873007", "Osteoarthritis of knee")), onset="2019-01-01",
                recorded="2019-08-12", asserter=ortho, severity=cc((SCT, "24484000", "Severe")))
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2008-01-01", recorded="2015-02-02")
    hypo = c.cond(cc((SCT, "40930008", "Hypothyroidism"), text="Hypothyroidism"), onset="2010-01-01", recorded="2015-02-02")
    c.cond(cc((SCT, "16114001", "Fracture of ankle"), text="Left ankle fracture (2017), healed"), onset="2017-03-03", clinical="resolved", abated="2017-06-01")
    c.medstmt(c.med("10582", "levothyroxine", "levothyroxine 75 mcg tablet"), "active", "2010-01-01", dosage="75 mcg daily", reason_ref=hypo)
    c.medstmt(c.med("17767", "amlodipine", "amlodipine 5 mg tablet"), "active", "2015-02-02", dosage="5 mg daily", reason_ref=htn)
    c.medstmt(c.med("41493", "meloxicam", "meloxicam 7.5 mg tablet"), "active", "2024-05-01", dosage="7.5 mg daily with food", reason_ref=oa)
    c.medstmt(c.med("161", "acetaminophen", "acetaminophen 500 mg tablet"), "active", "2019-08-12", dosage="1000 mg up to three times daily prn")
    c.proc(cc((CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance"), text="Right knee corticosteroid injection"),
           "completed", date="2026-05-06T10:00:00-06:00", performer=pa, reason_ref=[oa], note="Triamcinolone 40 mg; third injection in 18 months, relief ~3 weeks.")
    c.proc(cc((SCT, "91251008", "Physical therapy procedure"), text="Outpatient physical therapy, knee strengthening, 12 visits"), "completed",
           period={"start": "2025-09-02", "end": "2025-11-20"}, reason_ref=[oa])
    xr = c.dr(cc((CPT, "73564", "Radiologic examination, knee; complete, 4 or more views"), text="XR right knee 4 views, standing"), "2026-09-15", ortho,
              cat=("RAD", "Radiology"), conclusion="Severe medial compartment joint space loss with bone-on-bone contact, subchondral sclerosis, large osteophytes, 8 degrees varus. Kellgren-Lawrence grade 4.")
    e1 = c.enc("2026-09-15", etype=E_ESTAB("99214"), pract=ortho, reason=cc(text="Right knee pain"), hm="13:20", diagnoses=[oa])
    c.vitals("2026-09-15", e1, 136, 78, hr=72, wt=79.4, bmi=31.0)
    c.local_lab("KOOSJR", "KOOS, JR. interval score", "2026-09-15", 38.5, "{score}", note="0 = total disability, 100 = perfect knee health")
    e2 = c.enc("2026-10-20", etype=E_ESTAB("99215"), pract=ortho, reason=cc(text="Surgical discussion right knee"), hm="10:00", diagnoses=[oa])
    c.note("progress", "2026-10-20", ortho, """
Summit Orthopedic & Spine - Joint Replacement Clinic - 10/20/2026 - Brian Castellano, MD (Spanish interpreter present)
71F with end-stage right knee OA. Pain limits walking to ~1 block, uses cane, night pain. Failed PT (2025), meloxicam, 3 steroid injections, bracing. XR KL grade 4 with varus.
KOOS JR 38.5.
Plan: Right total knee arthroplasty. Risks incl. infection, DVT, stiffness, persistent pain discussed; patient wishes to proceed. Surgery date 01/19/2027. Pre-op medical clearance with PCP, hold meloxicam 7 days prior. Pre-hab PT.
""", enc=e2, title="Surgical consultation")
    sr = c.sr(cc((SCT, "609588000", "Total knee replacement"), (CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)")),
              "active", "plan", "2026-10-20", ortho, occurrence="2027-01-19", performer=ortho, reason_ref=[oa],
              body_site=cc((SCT, "6757004", "Right knee region structure")), category=cc((SCT, "387713003", "Surgical procedure")))
    c.sr(cc((SCT, "3457005", "Patient referral"), text="Pre-operative medical evaluation"), "active", "order", "2026-10-20", ortho, occurrence="2026-12-10", reason_ref=[oa])
    c.lab("hb", "2026-11-12", 12.9, 12.0, 15.5)
    c.lab("cr", "2026-11-12", 0.86, 0.57, 1.00)
    c.lab("tsh", "2026-11-12", 2.3, 0.45, 4.5)
    c.lab("a1c", "2026-11-12", 5.6, None, 5.6)
    return c, dict(target=T, kind="positive", expected=[T],
                   why="ServiceRequest (status active, intent plan) for right total knee arthroplasty on 2027-01-19, not yet done. TKA is a major joint replacement.",
                   summary="71F, end-stage right knee OA after failed conservative care; total knee arthroplasty planned 01/2027 (orthopaedics).")


def mpp_pos_spinal_fusion(cid):
    c = new_case(cid, "magnolia")
    ns = doc(c, "Olivia", "Hartman", gender="female")
    pm = doc(c, "Curtis", "Yancey", suffix="DO", gender="male")
    c.patient("Dennis Ray", "Whitfield", "male", "1968-07-15", "M2290566", "511 Lakeland Dr", "Flowood", "MS", "39232", "601-555-0177", marital="M")
    payer(c, "UnitedHealthcare", "UHC Choice Plus POS", "UHC840177365", "2018-01-01", group="UHC-90220")
    spondy = c.cond(cc((ICD, "M43.16", "Spondylolisthesis, lumbar region"), (SCT, "274152003", "Spondylolisthesis")), onset="2025-10-01", recorded="2025-11-04", asserter=ns)
    sten = c.cond(cc((ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), (SCT, "18347007", "Spinal stenosis of lumbar region")),
                  onset="2025-10-01", recorded="2025-11-04", asserter=ns)
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2016-01-01", recorded="2016-04-02")
    c.medstmt(c.med("29046", "lisinopril", "lisinopril 10 mg tablet"), "active", "2016-04-02", dosage="10 mg daily", reason_ref=htn)
    c.medstmt(c.med("25480", "gabapentin", "gabapentin 300 mg capsule"), "active", "2025-11-04", dosage="300 mg three times daily", reason_ref=sten)
    for d in ["2026-04-08", "2026-07-15"]:
        c.proc(cc((CPT, "62323", "Injection(s), of diagnostic or therapeutic substance(s), including needle or catheter placement, interlaminar epidural or subarachnoid, lumbar or sacral; with imaging guidance"),
                  text="L4-5 interlaminar epidural steroid injection"), "completed", date=f"{d}T09:00:00-05:00", performer=pm, reason_ref=[sten])
    mri = c.dr(cc((CPT, "72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material"), text="MRI lumbar spine without contrast"),
               "2026-08-26", ns, cat=("RAD", "Radiology"),
               conclusion="Grade I degenerative anterolisthesis L4 on L5 (7 mm) with facet arthropathy, ligamentum flavum hypertrophy and severe central canal stenosis; bilateral lateral recess narrowing. Mild L3-4 stenosis.")
    c.dr(cc((CPT, "72114", "Radiologic examination, spine, lumbosacral; complete, including bending views, minimum of 6 views"), text="XR lumbar spine with flexion/extension"),
         "2026-08-26", ns, cat=("RAD", "Radiology"), conclusion="L4-5 anterolisthesis 5 mm neutral, 11 mm in flexion: dynamic instability.")
    e1 = c.enc("2026-10-14", etype=E_ESTAB("99215"), pract=ns, reason=cc(text="Neurogenic claudication"), hm="13:00", minutes=45, diagnoses=[spondy, sten],
               service_type=cc((SCT, "394610002", "Neurosurgery")))
    c.vitals("2026-10-14", e1, 132, 84, hr=70, wt=95.2, bmi=30.1)
    c.local_lab("ODI", "Oswestry Disability Index", "2026-10-14", 48, "%", note="Severe disability (41-60%)")
    c.note("consult", "2026-10-14", ns, """
Magnolia Neurosurgery - 10/14/2026 - Olivia Hartman, MD
58M with 12+ months of bilateral buttock/leg pain and heaviness with standing/walking >5 min, relieved by sitting. Failed 12 weeks PT, gabapentin, two ESIs (Apr, Jul 2026) with <4 weeks relief. ODI 48%.
Exam: strength 5/5, SLR negative, decreased pinprick L5 bilaterally.
Imaging: L4-5 grade I degenerative spondylolisthesis, dynamic (5 -> 11 mm), severe central stenosis.
Plan: L4-5 decompression and transforaminal lumbar interbody fusion (TLIF) with pedicle screw instrumentation. Risks discussed incl. durotomy, infection, nonunion, adjacent segment disease. Consent obtained. Scheduled 12/22/2026.
""", enc=e1, title="Neurosurgery consultation")
    p = c.proc(cc((CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress the neural elements, single interspace; lumbar"),
                  (SCT, "55705006", "Spinal fusion"), text="L4-5 decompression and TLIF with instrumentation"),
               "preparation", performer=ns, reason_ref=[spondy, sten], category=cc((SCT, "387713003", "Surgical procedure")),
               note="Pre-admission testing 12/10/2026. Surgery date 12/22/2026, OR 4. Anticipated LOS 2-3 days.")
    c.appt("2026-12-22", 300, "booked", "L4-5 TLIF - Dr. Hartman", [ns], reason_ref=[sten])
    c.lab("hb", "2026-10-14", 14.6, 13.5, 17.5, enc=e1)
    c.lab("a1c", "2026-10-14", 5.5, None, 5.6, enc=e1)
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Procedure in status 'preparation' for L4-5 decompression and instrumented TLIF (CPT 22633) scheduled 2026-12-22. This is major spine surgery not yet performed.",
                   summary="58M, L4-5 spondylolisthesis with stenosis after failed PT/ESIs; lumbar fusion scheduled 12/2026 (neurosurgery).")


def mpp_nm_chole_done(cid):
    c = new_case(cid, "cascade")
    pcp = doc(c, "Jeffrey", "Amundsen", gender="male")
    surg = doc(c, "Carla", "Mendoza", gender="female")
    c.patient("Melissa Jean", "Dunbar", "female", "1982-01-25", "CVH-2880614", "12 Mukilteo Blvd", "Everett", "WA", "98203", "425-555-0111", gp=pcp, marital="D")
    payer(c, "Regence BlueShield", "Regence Innova PPO", "RBS5590017742", "2023-01-01", group="RG-4471")
    asth = c.cond(cc((SCT, "195967001", "Asthma"), (ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), onset="1995-01-01", recorded="2016-09-12")
    gs = c.cond(cc((ICD, "K80.20", "Calculus of gallbladder without cholecystitis without obstruction"), (SCT, "235919008", "Gallstone")), onset="2026-07-01",
                recorded="2026-07-30", clinical="resolved", abated="2026-10-02")
    e1 = c.enc("2026-07-28", etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Recurrent upper abdominal pain after meals"), hm="10:30")
    c.vitals("2026-07-28", e1, 122, 76, hr=74, wt=86.5, bmi=31.7)
    for k, v, lo, hi in [("alt", 28, 7, 52), ("ast", 24, 10, 40), ("alp", 88, 44, 121), ("tbili", 0.6, 0.2, 1.2), ("lipase", 34, 13, 60), ("wbc", 7.1, 4.0, 11.0)]:
        c.lab(k, "2026-07-28", v, lo, hi, enc=e1)
    c.dr(cc((CPT, "76705", "Ultrasound, abdominal, real time with image documentation; limited (eg, single organ, quadrant, follow-up)"), text="US right upper quadrant"),
         "2026-07-30", pcp, cat=("RAD", "Radiology"), conclusion="Multiple mobile gallstones up to 1.4 cm. No wall thickening or pericholecystic fluid. CBD 4 mm. Liver normal.")
    e2 = c.enc("2026-08-20", etype=E_ESTAB("99203"), pract=surg, reason=cc(text="Symptomatic cholelithiasis"), hm="14:00", diagnoses=[gs],
               service_type=cc((SCT, "394609007", "General surgery")))
    sr = c.sr(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), (SCT, "45595009", "Laparoscopic cholecystectomy")), "completed", "order", "2026-08-20", surg,
              occurrence="2026-10-02", performer=surg, reason_ref=[gs], category=cc((SCT, "387713003", "Surgical procedure")))
    e3 = c.enc("2026-10-02", cls="AMB", etype=cc(text="Ambulatory surgery"), pract=surg,
               reason=cc(text="Symptomatic cholelithiasis"), hm="07:00", minutes=420, diagnoses=[gs])
    c.proc(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), (SCT, "45595009", "Laparoscopic cholecystectomy")), "completed",
           period={"start": "2026-10-02T08:05:00-07:00", "end": "2026-10-02T09:02:00-07:00"}, performer=surg, enc=e3, reason_ref=[gs], based_on=sr,
           outcome=cc((SCT, "385669000", "Successful")), note="Uncomplicated 4-port laparoscopic cholecystectomy. EBL minimal. Discharged same day.")
    c.note("procedure", "2026-10-02", surg, """
Cascade Valley Health - Operative Note - 10/02/2026
Surgeon: Carla Mendoza, MD
Procedure: Laparoscopic cholecystectomy.
Findings: Distended gallbladder with multiple stones, mild chronic inflammation. Critical view of safety obtained. No complications. EBL <10 mL.
Disposition: Home same day.
""", enc=e3, title="Operative note")
    c.obs(cc(text="Surgical pathology - gallbladder"), "2026-10-05",
          value_str="Gallbladder: chronic cholecystitis and cholelithiasis. Negative for dysplasia or malignancy.")
    e4 = c.enc("2026-10-16", etype=enc_type("99024", "Postoperative follow-up visit, normally included in the surgical package"), pract=surg,
               reason=cc(text="Post-op check"), hm="11:00", minutes=15)
    c.note("progress", "2026-10-16", surg, """
Post-op visit 10/16/2026 - C. Mendoza, MD
2 weeks s/p lap chole. Incisions healing well, no pain, tolerating regular diet, no fever. Pathology benign.
Plan: resume full activity at 4 weeks. Follow up prn.
""", enc=e4, title="Post-operative visit")
    c.medstmt(c.med("435", "albuterol", "albuterol HFA 90 mcg inhaler"), "active", "2016-09-12", dosage="2 puffs q4-6h prn", reason_ref=asth)
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="The surgery (laparoscopic cholecystectomy) was already performed on 2026-10-02; the Procedure is completed and the ServiceRequest closed. Nothing is planned.",
                   summary="44F, gallstones; laparoscopic cholecystectomy already done 10/2026, routine post-op check (general surgery).")


def mpp_nm_minor_excision(cid):
    c = new_case(cid, "blueridge")
    derm = doc(c, "Catherine", "Ashby", gender="female")
    c.patient("Kevin Patrick", "O'Connell", "male", "1974-05-05", "BRD-33092", "2906 Brambleton Ave SW", "Roanoke", "VA", "24015", "540-555-0138", marital="M")
    payer(c, "Anthem Blue Cross and Blue Shield", "Anthem HealthKeepers HMO", "YRK881204459", "2020-01-01", group="ANT-100782")
    cyst = c.cond(cc((ICD, "L72.0", "Epidermal cyst"), (SCT, "419893006", "Epidermoid cyst")), onset="2024-01-01", recorded="2026-11-10", asserter=derm,
                  body_site=cc((SCT, "77568009", "Back structure, excluding neck")), note="1.8 cm cyst upper mid back, inflamed twice in 2026.")
    ak = c.cond(cc((ICD, "L57.0", "Actinic keratosis"), (SCT, "201101007", "Actinic keratosis")), onset="2022-01-01", recorded="2022-05-17")
    c.cond(cc((SCT, "254701007", "Basal cell carcinoma of skin"), (ICD, "C44.212", "Basal cell carcinoma of skin of right ear and external auricular canal")),
           onset="2021-03-01", clinical="resolved", abated="2021-04-14", note="Excised with clear margins 04/2021; no recurrence.")
    c.proc(cc((CPT, "11642", "Excision, malignant lesion including margins, face, ears, eyelids, nose, lips; excised diameter 1.1 to 2.0 cm"), text="Excision BCC right ear"),
           "completed", date="2021-04-14", performer=derm)
    e1 = c.enc("2026-11-10", etype=E_ESTAB("99213"), pract=derm, reason=cc(text="Annual skin check; cyst on back"), hm="08:45", diagnoses=[cyst, ak],
               service_type=cc((SCT, "394582007", "Dermatology")))
    c.proc(cc((CPT, "17000", "Destruction (eg, laser surgery, electrosurgery, cryosurgery, chemosurgery, surgical curettement), premalignant lesions (eg, actinic keratoses); first lesion"),
              text="Cryotherapy of actinic keratoses (6 lesions, scalp and forearms)"), "completed", date="2026-11-10T09:05:00-05:00", performer=derm, enc=e1,
           reason_ref=[ak])
    c.note("progress", "2026-11-10", derm, """
Blue Ridge Dermatology - 11/10/2026 - Catherine Ashby, MD
Full skin exam. Hx BCC R ear 2021, no recurrence. 6 AKs scalp/forearms treated with LN2. 1.8 cm epidermoid cyst upper back with punctum, inflamed and drained x2 this year (treated with doxycycline). No nevi of concern.
Plan: Elective excision of epidermoid cyst in office under local anesthesia, 12/17. Sun protection. Skin check 12 months.
""", enc=e1, title="Dermatology visit")
    c.sr(cc((CPT, "11402", "Excision, benign lesion including margins, except skin tag (unless listed elsewhere), trunk, arms or legs; excised diameter 1.1 to 2.0 cm"),
            text="Excision epidermoid cyst, upper back, in office (local anesthesia)"),
         "active", "order", "2026-11-10", derm, occurrence="2026-12-17T10:00:00-05:00", performer=derm, reason_ref=[cyst],
         body_site=cc((SCT, "77568009", "Back structure, excluding neck")))
    c.appt("2026-12-17", 45, "booked", "Minor procedure - cyst excision (office)", [derm], reason_ref=[cyst])
    c.vitals("2026-11-10", e1, 134, 84, hr=76, wt=88.2)
    c.allergy(cc((RX, "10831", "sulfamethoxazole / trimethoprim"), text="Sulfa drugs"), "2015-07-01", reaction=cc((SCT, "247472004", "Wheal")))
    c.medstmt(c.med("3640", "doxycycline", "doxycycline hyclate 100 mg capsule"), "completed", "2026-06-02", end="2026-06-12", dosage="100 mg twice daily x10 days",
              reason_ref=cyst)
    c.medstmt(c.med("36567", "simvastatin", "simvastatin 20 mg tablet"), "active", "2019-01-15", dosage="20 mg nightly")
    hl = c.cond(cc((SCT, "13644009", "Hypercholesterolemia"), (ICD, "E78.00", "Pure hypercholesterolemia, unspecified")), onset="2019-01-15", recorded="2019-01-15")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="The only planned procedure is an in-office excision of a 1.8 cm benign epidermoid cyst under local anaesthesia (CPT 11402), a minor procedure rather than major or invasive surgery; the cryotherapy is already done.",
                   summary="52M, elective in-office excision of a back cyst planned 12/2026 (dermatology).")


CASES = [mpp_pos_cabg, mpp_pos_tka, mpp_pos_spinal_fusion, mpp_nm_chole_done, mpp_nm_minor_excision]
