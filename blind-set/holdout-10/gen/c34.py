from common import *

# ---------------- C3 MAJOR_PROCEDURE_PLANNED
@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Active ServiceRequest (intent order) for surgical aortic valve replacement, CPT 33405, scheduled 2027-01-12 for severe symptomatic aortic stenosis; not yet performed.",
      "68M severe bicuspid aortic stenosis, surgical AVR scheduled Jan 2027", "cr")
def c3p1(c):
    c.patient("Whitfield", "Gordon P", "male", "1958-11-09", "CR5520193", "Bend", "OR", "97701", "61230 Sunny Breeze Ln", "541-555-0165", marital=("M", "Married"))
    o = c.org("Cascade Regional Heart & Vascular", "1639204581"); pay = c.org("Regence BlueCross BlueShield of Oregon", kind="ins")
    card = c.prac("Oyelaran", "Funmi", "1801234479"); cts = c.prac("Brandstetter", "Karl", "1447329018"); pcp = c.prac("Yoon", "Jae", "1245770963")
    c.coverage(pay, "commercial", "RGN400328819", "2019-01-01")
    avs = c.cond(cc(SC("60573004", "Aortic valve stenosis"), IC("I35.0", "Nonrheumatic aortic (valve) stenosis")), "2021-04-01", recorded="2021-04-15", severity="severe")
    c.cond(cc(SC("72352009", "Bicuspid aortic valve"), IC("Q23.1", "Congenital insufficiency of aortic valve")), "2021-04-15", cat="problem-list-item", note="Bicuspid (type 1, R-L fusion). ICD mapped by registration; see echo.")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2015-01-01")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2015-01-01")
    e1 = c.enc("2026-09-29", "Cardiology office visit", cpt="99215", prac=card, org=o, reason="Exertional dyspnea, aortic stenosis")
    c.vit("2026-09-29", 138, 74, 68, 88.5, e1)
    m = [c.obs(cc(LN("79939-9", "Aortic valve mean gradient by US")), "2026-09-29", 48, "mm[Hg]", None, 20, cat="imaging", enc=e1),
         c.obs(cc(LN("79937-3", "Aortic valve peak velocity by US"), text="Aortic valve peak velocity"), "2026-09-29", 4.4, "m/s", None, 2.5, cat="imaging", enc=e1),
         c.obs(cc(LN("18089-3", "Aortic valve area by US")), "2026-09-29", 0.7, "cm2", 1.5, None, cat="imaging", enc=e1),
         c.obs(("10230-1", "Left ventricular Ejection fraction"), "2026-09-29", 57, "%", 52, 72, cat="imaging", enc=e1)]
    c.report(cc(CP("93306", "Echocardiography, transthoracic, complete")), "2026-09-29", m, "Severe calcific aortic stenosis of bicuspid valve (AVA 0.7 cm2, MG 48 mmHg). Ascending aorta 4.1 cm. Normal LV function.", cat="CUS", enc=e1)
    c.note("11506-3", "Progress note", "2026-09-29", "Now dyspnea after 1 flight of stairs and one episode of exertional chest pressure. Severe AS on echo. Refer to CT surgery; given age 68 and bicuspid anatomy, surgical AVR favored.", card, e1)
    e2 = c.enc("2026-10-27", "Cardiothoracic surgery consultation", cpt="99245", prac=cts, org=o, reason="Severe aortic stenosis")
    cath = c.obs({"text": "Left heart catheterization coronary findings"}, "2026-10-20", vstr="No obstructive coronary disease. LVEDP 18.", cat="procedure", interp="N")
    c.proc(cc(CP("93458", "Catheter placement in coronary artery(s) for coronary angiography, including left heart catheterization")), "completed", "2026-10-20T08:00:00-07:00", "2026-10-20T08:45:00-07:00", reasonRef=avs, performer=card)
    c.note("11488-4", "Consult note", "2026-10-27", "CT surgery consult. 68M, severe symptomatic bicuspid AS, ascending aorta 4.1 cm, clean coronaries. STS PROM 1.1%. Heart team: surgical AVR with mechanical vs bioprosthetic valve discussed; patient prefers bioprosthetic. Plan AVR, sternotomy, on 1/12/2027. Pre-op dental clearance obtained.", cts, e2)
    sr = c.sr(cc(CP("33405", "Replacement, aortic valve, open, with cardiopulmonary bypass; with prosthetic valve other than homograft or stentless valve"), text="Aortic valve replacement (surgical, bioprosthetic)"), "2026-10-27", status="active", intent="order", occ="2027-01-12T07:30:00-08:00", reasonRef=avs, prac=cts, performer=o, enc=e2, cat={"coding": [{"system": SCT, "code": "387713003", "display": "Surgical procedure"}]})
    c.enc("2027-01-12", "Inpatient surgical admission", cls="IMP", status="planned", prac=cts, org=o, reason="Aortic valve replacement")
    c.panel(*CBC_CODE, "2026-10-20", CBC(hgb=14.9, hlo=13.5, hhi=17.5))
    c.panel(*BMP_CODE, "2026-10-20", BMP(cr=1.0, crhi=1.3, egfr=81))
    c.medrq(rxm("308135", "amlodipine 10 MG Oral Tablet"), "2026-01-05", "1 tablet daily", qty=90, days=90, prac=pcp, status="stopped", note="Stopped 2026-09: vasodilator avoided in severe AS.")
    c.medrq(rxm("617310", "atorvastatin 20 MG Oral Tablet"), "2026-01-05", "1 tablet nightly", qty=90, days=90, prac=pcp)
    c.medrq(rxm("866427", "metoprolol succinate 25 MG Extended Release Oral Tablet"), "2026-09-29", "1 tablet daily", qty=90, days=90, prac=card)
    c.careteam("Structural heart team", [(card, "Cardiologist"), (cts, "Cardiothoracic surgeon"), (pcp, "Primary care physician")], "2026-10-27")

@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Procedure in status 'preparation' for L4-5 decompression with posterior/interbody fusion (CPT 22633) booked 2026-12-18 after failed conservative care.",
      "64F spondylolisthesis, lumbar fusion in preparation", "nl")
def c3p2(c):
    c.patient("Greenberg", "Ilana S", "female", "1962-07-04", "E5038821", "Skokie", "IL", "60076", "4918 Church St", "847-555-0109", marital=("M", "Married"))
    o = c.org("Northlake Spine Institute", "1548207732"); pay = c.org("Medicare Part B", kind="ins"); sup = c.org("AARP Medicare Supplement Plan G", kind="ins")
    ns = c.prac("Rasmussen", "Kirsten", "1962555403"); pm = c.prac("Sato", "Hiro", "1336274409"); pcp = c.prac("Lindqvist", "Erik", "1649382712")
    c.coverage(pay, "medicare", "9EW2-JN4-TT80", "2027-01-01") if False else c.coverage(sup, "commercial", "AARP8830144", "2024-01-01", ("G", "Plan G"))
    sp = c.cond(cc(SC("203651001", "Degenerative spondylolisthesis"), IC("M43.16", "Spondylolisthesis, lumbar region")), "2024-05-01", recorded="2024-06-10")
    c.cond(cc(SC("18347007", "Spinal stenosis of lumbar region"), IC("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), "2024-05-01", recorded="2025-11-03")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(cc(SC("40930008", "Hypothyroidism"), IC("E03.9", "Hypothyroidism, unspecified")), "2010-01-01")
    for d, inj in [("2025-08-14", "L4-5"), ("2026-02-20", "L4-5")]:
        c.proc(cc(CP("64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level")), "completed", d + "T09:00:00-05:00", d + "T09:25:00-05:00", reasonRef=sp, performer=pm, note=f"Right {inj} TFESI; ~6 weeks partial relief.")
    mri = c.obs(cc(LN("24590-2", "MR Lumbar spine")), "2026-06-02", vstr="Grade I anterolisthesis L4 on L5 (8 mm) with facet arthropathy, severe central and bilateral lateral recess stenosis L4-5.", cat="imaging", interp="A")
    c.report(cc(CP("72148", "Magnetic resonance imaging, spinal canal and contents, lumbar; without contrast material")), "2026-06-02", [mri], "Severe L4-5 stenosis with grade I degenerative spondylolisthesis; dynamic films show 4 mm translation.", cat="RAD")
    e1 = c.enc("2026-10-06", "Neurosurgery consultation", cpt="99204", prac=ns, org=o, reason="Neurogenic claudication")
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-10-06", 8, "{score}", cat="survey", interp=None, enc=e1)
    c.vit("2026-10-06", 134, 80, 76, 74.8, e1)
    c.note("11488-4", "Consult note", "2026-10-06", "Neurosurgery: 64F, 2 yrs back and bilateral leg pain, walking tolerance 1 block, failed PT x 12 weeks, two TFESIs, gabapentin. Grade I dynamic spondylolisthesis L4-5 with severe stenosis. Recommend L4-5 decompression and instrumented fusion (TLIF). Risks discussed, she wishes to proceed. Booked 12/18/2026.", ns, e1)
    e2 = c.enc("2026-11-24", "Pre-anesthesia evaluation", cpt="99203", prac=ns, org=o)
    c.panel(*CBC_CODE, "2026-11-24", CBC(hgb=13.0), e2)
    c.panel(*BMP_CODE, "2026-11-24", BMP(cr=0.8, egfr=80), e2)
    c.obs(("6301-6", "INR in Platelet poor plasma by Coagulation assay"), "2026-11-24", 1.0, "{INR}", 0.9, 1.1, enc=e2)
    c.proc(cc(CP("22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; single interspace, lumbar"), text="L4-5 transforaminal lumbar interbody fusion with decompression"), "preparation", "2026-12-18T07:30:00-06:00", reasonRef=sp, performer=ns, note="Case request submitted; 2 units type and screen; hold aspirin 7 days.")
    c.enc("2026-12-18", "Inpatient surgical admission", cls="IMP", status="planned", prac=ns, org=o, reason="Lumbar fusion")
    c.medrq(rxm("310431", "gabapentin 300 MG Oral Capsule"), "2025-11-03", "1 capsule three times daily", unit="capsule", qty=90, prac=pm)
    c.medrq(rxm("314077", "lisinopril 20 MG Oral Tablet"), "2026-01-10", "1 tablet daily", qty=90, days=90, prac=pcp)
    c.medrq(rxm("966247", "levothyroxine sodium 88 MCG Oral Tablet"), "2026-01-10", "1 tablet daily", qty=90, days=90, prac=pcp)
    c.medst(rxm("243670", "aspirin 81 MG Oral Tablet"), "on-hold", "2020-01-01", sig="81 mg daily", note="Hold from 12/11/2026 for surgery.")

@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Draft ServiceRequest (intent proposal) from vascular surgery for right carotid endarterectomy (CPT 35301) on 2026-12-09 after a TIA with 80-99% ICA stenosis; not yet performed.",
      "73M symptomatic carotid stenosis, endarterectomy proposed", "lh")
def c3p3(c):
    c.patient("Szymanski", "Raymond T", "male", "1953-03-17", "LH-221907", "Erie", "PA", "16506", "3820 W 38th St", "814-555-0121", oid="2.16.840.1.113883.3.1234.9.2", marital=("M", "Married"))
    o = c.org("Lakehaven Vascular Surgery", "1720591846"); pay = c.org("Highmark Medicare Advantage", kind="ins")
    vs = c.prac("Okonkwo", "Chidi", "1285006633"); neu = c.prac("Albrecht", "Susanne", "1730155290"); pcp = c.prac("Maroney", "Patrick", "1093770148", "DO")
    c.coverage(pay, "ma", "HMK33097211", "2018-04-01", ("H3916", "Freedom Blue PPO"))
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2004-01-01")
    c.cond(cc(SC("44054006", "Diabetes mellitus type 2"), IC("E11.9", "Type 2 diabetes mellitus without complications")), "2016-01-01")
    c.cond(cc(SC("77176002", "Smoker"), IC("F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1970-01-01", cat="health-concern")
    e1 = c.enc("2026-11-10T14:20:00-05:00", "Emergency department visit", cls="EMER", cpt="99285", end="2026-11-11T12:00:00-05:00", prac=neu, org=o, reason="Transient right eye vision loss and left hand weakness", disp="Home")
    tia = c.cond(cc(SC("266257000", "Transient ischemic attack"), IC("G45.9", "Transient cerebral ischemic attack, unspecified")), "2026-11-10", status="active", cat="encounter-diagnosis", enc=e1)
    cs = c.cond(cc(SC("64586002", "Carotid artery stenosis"), IC("I65.21", "Occlusion and stenosis of right carotid artery")), "2026-11-10", recorded="2026-11-11", severity="severe")
    d = c.obs(cc(LN("84806-5", "US Carotid artery - right"), text="Carotid duplex right ICA"), "2026-11-10", vstr="Right ICA PSV 388 cm/s, EDV 142 cm/s, ICA/CCA ratio 5.1: 80-99% stenosis. Left ICA <50%.", cat="imaging", interp="A")
    cta = c.obs(cc(LN("30799-1", "CT Angiogram Neck"), text="CTA head and neck impression"), "2026-11-11", vstr="Heterogeneous plaque right ICA origin, 85% NASCET stenosis. No intracranial large vessel occlusion.", cat="imaging", interp="A")
    c.report(cc(CP("93880", "Duplex scan of extracranial arteries; complete bilateral study")), "2026-11-10", [d], "Right ICA 80-99% stenosis.", cat="RAD")
    c.report(cc(CP("70498", "Computed tomographic angiography, neck")), "2026-11-11", [cta], "85% right ICA stenosis.", cat="RAD")
    c.panel(*BMP_CODE, "2026-11-10", BMP(cr=1.0, crhi=1.3, egfr=77, glu=162), e1)
    c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-11-10", 7.3, "%", 4.0, 5.6, enc=e1)
    c.note("11488-4", "Consult note", "2026-11-11", "Neurology: 10-minute episode of right monocular vision loss ('curtain') then left hand clumsiness, resolved. NIHSS 0. MRI brain no infarct. Right ICA 85% stenosis, symptomatic. ABCD2 5. Start aspirin + clopidogrel, high-intensity statin. Urgent vascular surgery referral for revascularization within 2 weeks.", neu, e1)
    e2 = c.enc("2026-11-20", "Vascular surgery consultation", cpt="99205", prac=vs, org=o, reason="Symptomatic right carotid stenosis")
    c.vit("2026-11-20", 146, 82, 70, 79.2, e2)
    c.note("11488-4", "Consult note", "2026-11-20", "Vascular: symptomatic right ICA 85% stenosis, favorable anatomy (bifurcation C3). Recommend right carotid endarterectomy with patch angioplasty under general anesthesia. Tentatively 12/9/2026, pending cardiac risk review and patient decision; patient wants to discuss with his wife.", vs, e2)
    c.sr(cc(CP("35301", "Thromboendarterectomy, including patch graft, if performed; carotid, vertebral, subclavian, by neck incision"), text="Right carotid endarterectomy with patch angioplasty"), "2026-11-20", status="draft", intent="proposal", occ="2026-12-09", reasonRef=cs, prac=vs, performer=o, enc=e2, priority="urgent")
    c.sr(cc(CP("93000", "Electrocardiogram, routine ECG with at least 12 leads")), "2026-11-20", status="active", intent="order", occ="2026-12-02", prac=vs)
    c.medrq(rxm("309362", "clopidogrel 75 MG Oral Tablet"), "2026-11-11", "1 tablet daily", qty=30, prac=neu, reasonRef=tia)
    c.medrq(rxm("243670", "aspirin 81 MG Oral Tablet"), "2026-11-11", "1 tablet daily", qty=30, prac=neu)
    c.medrq(rxm("259255", "atorvastatin 80 MG Oral Tablet"), "2026-11-11", "1 tablet nightly", qty=30, prac=neu)
    c.medst(rxm("861007", "metformin hydrochloride 500 MG Oral Tablet"), "active", "2016-03-01", sig="1000 mg twice daily")

@case("MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "CABG x3 was already performed on 2026-10-14 (Procedure completed, operative note, discharge); only cardiac rehabilitation is pending.",
      "69M three-vessel CAD, CABG already done", "ps")
def c3n1(c):
    c.patient("Nakamura", "George H", "male", "1957-08-02", "PS10944872", "Olympia", "WA", "98501", "1116 Capitol Way S", "360-555-0177", race=("2028-9", "Asian"), marital=("M", "Married"))
    o = c.org("Pine Sound Heart Center", "1245019336"); pay = c.org("Medicare Part B", kind="ins")
    cts = c.prac("Varga", "Zoltan", "1669478102"); card = c.prac("Reddy", "Anjali", "1205936641")
    c.coverage(pay, "medicare", "1XR5-EE2-WM38", "2022-08-01")
    cad = c.cond(cc(SC("53741008", "Coronary arteriosclerosis"), IC("I25.110", "Atherosclerotic heart disease of native coronary artery with unstable angina pectoris")), "2026-09-28", recorded="2026-09-30")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2012-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(cc(IC("I48.91", "Unspecified atrial fibrillation")), "2026-10-16", status="resolved", abate="2026-10-19", cat="encounter-diagnosis", note="Post-op AF, converted with amiodarone.")
    e1 = c.enc("2026-09-28", "Inpatient admission", cls="IMP", end="2026-10-20", prac=card, org=o, reason="Unstable angina", disp="Home with home health")
    c.obs(("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), "2026-09-28", 14, "ng/L", None, 20, enc=e1)
    c.proc(cc(CP("93458", "Catheter placement in coronary artery(s) for coronary angiography, including left heart catheterization")), "completed", "2026-09-30T10:00:00-07:00", "2026-09-30T10:50:00-07:00", reasonRef=cad, performer=card, enc=e1, outcome="LM 50%, LAD 90% proximal, LCx 80%, RCA 90%. SYNTAX 33.")
    sr = c.sr(cc(CP("33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), text="CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA)"), "2026-10-02", status="completed", intent="order", occ="2026-10-14", reasonRef=cad, prac=cts)
    c.proc(cc(CP("33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), CP("33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); 2 venous grafts"), SC("232717009", "Coronary artery bypass grafting"), text="CABG x3"), "completed", "2026-10-14T07:45:00-07:00", "2026-10-14T12:20:00-07:00", reasonRef=cad, performer=cts, enc=e1, basedOn=sr, outcome="Uncomplicated; extubated POD0.")
    c.note("11504-8", "Surgical operation note", "2026-10-14", "Operation: CABG x3 (LIMA to LAD, reversed SVG to OM1 and PDA), CPB 88 min, cross-clamp 64 min. Endoscopic vein harvest left leg. No complications.", cts, e1)
    c.note("18842-5", "Discharge summary", "2026-10-20", "Unstable angina, 3-vessel + LM disease, CABG x3 10/14. Post-op AF 10/16 converted with amiodarone, now sinus. Discharged POD6 on aspirin, atorvastatin 80, metoprolol, amiodarone x 4 weeks. Cardiac rehab referral.", cts, e1)
    e2 = c.enc("2026-11-18", "Postoperative follow-up visit", cpt="99024", prac=cts, org=o)
    c.vit("2026-11-18", 122, 72, 64, 77.0, e2)
    c.note("11506-3", "Progress note", "2026-11-18", "5 weeks post CABG. Sternum stable, incisions healing. Walking 20 min daily. Sinus rhythm. Stop amiodarone. Cleared for cardiac rehab.", cts, e2)
    c.sr(cc(HCPCS and ("hcpcs", "G0422", "Intensive cardiac rehabilitation; with or without continuous ECG monitoring with exercise, per session"), text="Cardiac rehabilitation phase II"), "2026-11-18", status="active", intent="order", occp=("2026-12-03", "2027-03-03"), reasonRef=cad, prac=cts)
    c.panel(*CBC_CODE, "2026-11-18", CBC(hgb=12.4, hlo=13.5, hhi=17.5), e2)
    for rx, name, sig in [("243670", "aspirin 81 MG Oral Tablet", "1 tablet daily"), ("259255", "atorvastatin 80 MG Oral Tablet", "1 tablet nightly"), ("866436", "metoprolol succinate 25 MG Extended Release Oral Tablet", "1 tablet daily")]:
        c.medrq(rxm(rx, name), "2026-10-20", sig, qty=90, days=90, prac=cts)
    c.medrq(rxm("833528", "amiodarone hydrochloride 200 MG Oral Tablet"), "2026-10-20", "1 tablet daily", status="stopped", qty=30, prac=cts)

@case("MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "Only a minor office procedure is planned (excision of a 1.8 cm epidermoid cyst, CPT 11402, local anaesthesia); nothing major or invasive pending.",
      "55M planned excision of epidermoid cyst under local", "gp")
def c3n2(c):
    c.patient("Moreau", "Denis A", "male", "1971-05-30", "GP-0103377", "Kearney", "NE", "68845", "2110 W 24th St", "308-555-0183", oid="2.16.840.1.113883.19.5.99999.1", marital=("M", "Married"))
    o = c.org("Great Plains Dermatology", "1932281107"); pay = c.org("Medica", kind="ins")
    der = c.prac("Vukovic", "Ana", "1467093325"); pcp = c.prac("Schutte", "Aaron", "1215936603", "DO")
    c.coverage(pay, "commercial", "MED2200471", "2020-01-01")
    pso = c.cond(cc(SC("9014002", "Psoriasis"), IC("L40.0", "Psoriasis vulgaris")), "2005-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2018-01-01")
    c.cond(cc(IC("L72.0", "Epidermal cyst")), "2026-11-05", recorded="2026-11-05")
    c.cond(cc(IC("L82.1", "Other seborrheic keratosis")), "2024-03-12", status="resolved", abate="2024-03-12", cat="encounter-diagnosis")
    e1 = c.enc("2026-11-05", "Office visit, established patient", cpt="99213", prac=der, org=o, reason="Psoriasis follow-up, cyst on back")
    c.obs({"text": "Body surface area affected by psoriasis"}, "2026-11-05", 3, "%", cat="exam", interp=None, enc=e1)
    c.vit("2026-11-05", 132, 84, 72, 92.0, e1)
    c.note("11506-3", "Progress note", "2026-11-05", "Psoriasis well controlled on topicals, BSA 3%. 1.8 cm mobile subcutaneous cyst left upper back with punctum, inflamed twice this year. Plan: elective excision in office under local anesthesia, intermediate closure. Continue clobetasol/calcipotriene.", der, e1)
    c.sr(cc(CP("11402", "Excision, benign lesion including margins, except skin tag (unless listed elsewhere), trunk, arms or legs; excised diameter 1.1 to 2.0 cm"), text="Excision epidermoid cyst left upper back"), "2026-11-05", status="active", intent="order", occ="2026-12-15T14:00:00-06:00", prac=der, performer=o, enc=e1)
    c.sr(cc(CP("12032", "Repair, intermediate, wounds of scalp, axillae, trunk and/or extremities; 2.6 cm to 7.5 cm")), "2026-11-05", status="active", intent="order", occ="2026-12-15T14:00:00-06:00", prac=der, performer=o)
    c.proc(cc(CP("11102", "Tangential biopsy of skin (eg, shave, scoop, saucerize, curette); single lesion")), "completed", "2024-03-12T10:00:00-05:00", "2024-03-12T10:10:00-05:00", performer=der, outcome="Seborrheic keratosis")
    for rx, name, sig in [("199896", "clobetasol propionate 0.5 MG/ML Topical Solution", "Apply to scalp twice daily on weekdays"), ("1425097", "calcipotriene 0.05 MG/ML Topical Cream", "Apply to plaques twice daily")]:
        c.medrq(rxm(rx, name), "2026-11-05", sig, qty=60, unit="mL", prac=der, route=("6064005", "Topical route"), reasonRef=pso)
    c.medst(rxm("979485", "losartan potassium 50 MG Oral Tablet"), "active", "2018-01-01", sig="50 mg daily")
    c.panel(*CBC_CODE, "2026-06-10", CBC(hgb=15.0, hlo=13.5, hhi=17.5))
    c.panel(*BMP_CODE, "2026-06-10", BMP(cr=1.0, crhi=1.3, egfr=88))
    c.obs(("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"), "2026-06-10", 118, "mg/dL", None, 130)

# ---------------- C4 UNTREATABLE_PROGNOSIS
@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Active palliative care CarePlan for stage D HFrEF; cardiology documents she is not a candidate for LVAD or transplant and that no further advanced therapies are available; no second opinion recorded.",
      "84F stage D heart failure, palliative care plan, no advanced therapy options", "mv")
def c4p1(c):
    c.patient("Castellano", "Rosa M", "female", "1942-02-14", "MV0217735", "Joplin", "MO", "64801", "1602 S Pearl Ave", "417-555-0191", eth=("2135-2", "Hispanic or Latino"), marital=("W", "Widowed"))
    o = c.org("Mercy Valley Heart Institute", "1073661235"); pay = c.org("Medicare Part A and B", kind="ins")
    card = c.prac("Akhtar", "Imran", "1225173311"); pal = c.prac("Donnelly", "Siobhan", "1588204476"); rn = c.prac("Frey", "Alicia", "1700844217", "RN")
    c.coverage(pay, "medicare", "8NW3-TA7-KK19", "2007-02-01")
    hf = c.cond(cc(SC("703272007", "Heart failure with reduced ejection fraction"), IC("I50.23", "Acute on chronic systolic (congestive) heart failure")), "2019-01-01", recorded="2019-02-02", stage="ACC/AHA stage D, NYHA IV", note="End-stage; not a candidate for advanced therapies.")
    c.cond(cc(SC("49436004", "Atrial fibrillation"), IC("I48.21", "Permanent atrial fibrillation")), "2017-01-01")
    c.cond(cc(SC("431857002", "Chronic kidney disease stage 4"), IC("N18.4", "Chronic kidney disease, stage 4 (severe)")), "2024-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "1995-01-01", status="inactive", note="No longer hypertensive; low BP.")
    e1 = c.enc("2026-10-03", "Inpatient admission", cls="IMP", end="2026-10-11", prac=card, org=o, reason="Decompensated heart failure", disp="Home with hospice-eligible palliative follow-up")
    c.vit("2026-10-03", 92, 58, 104, 59.0, e1, spo2=91)
    c.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), "2026-10-03", 18400, "pg/mL", None, 1800, enc=e1)
    ef = c.obs(("10230-1", "Left ventricular Ejection fraction"), "2026-10-04", 15, "%", 52, 72, cat="imaging", enc=e1)
    c.report(cc(CP("93306", "Echocardiography, transthoracic, complete")), "2026-10-04", [ef], "Severe biventricular dysfunction, LVEF 15%, severe MR and TR, RVSP 62.", cat="CUS", enc=e1)
    c.panel(*BMP_CODE, "2026-10-10", BMP(cr=2.4, crhi=1.0, egfr=19, na=129, k=5.0, bun=58), e1)
    c.note("18842-5", "Discharge summary", "2026-10-11", "Third HF admission in 5 months. Diuretic resistance, hypotension limiting GDMT, required milrinone briefly. Advanced HF team: not a candidate for LVAD or transplant (age, CKD 4, frailty). No further advanced heart failure therapies available; goals of care meeting with patient and son: comfort-focused, DNR/DNI, no ICD shocks (ICD therapies deactivated). Palliative care following.", card, e1)
    e2 = c.enc("2026-11-12", "Palliative care home visit", cls="HH", cpt="99349", prac=pal, org=o)
    c.note("11488-4", "Consult note", "2026-11-12", "Palliative medicine: NYHA IV, dyspnea at rest, sleeps in recliner. PPS 40%. Priorities: remain at home, avoid hospital. Symptom plan: torsemide flexible dosing, low-dose oral morphine for dyspnea. Discussed hospice enrollment; family considering.", pal, e2)
    g = c.goal("Remain at home with dyspnea controlled; avoid rehospitalization", "2026-11-12", addresses=[hf])
    cp = c.careplan("Palliative care plan - advanced heart failure", "2026-10-11", cats=[cc(SC("736373009", "Palliative care plan"))], addresses=[hf], period=("2026-10-11", None), author=pal, goals=[g],
                    desc="Comfort-focused care for end-stage HFrEF; no advanced therapies; DNR/DNI; ICD tachy therapies off.",
                    acts=[(cc(SC("103735009", "Palliative care")), "in-progress"), (cc(SC("305911006", "Referral to hospice"), text="Hospice enrollment discussion"), "scheduled")])
    c.careteam("Advanced heart failure / palliative team", [(card, "Cardiologist"), (pal, "Palliative medicine physician"), (rn, "HF nurse navigator")], "2026-10-11")
    c.medrq(rxm("198369", "torsemide 20 MG Oral Tablet"), "2026-10-11", "2 tablets every morning; extra tablet for weight gain >1 kg", qty=90, prac=card, reasonRef=hf)
    c.medrq(rxm("1364435", "apixaban 2.5 MG Oral Tablet"), "2026-10-11", "1 tablet twice daily", qty=60, prac=card)
    c.medrq(rxm("892345", "morphine sulfate 2 MG/ML Oral Solution"), "2026-11-12", "2.5 mg by mouth every 4 hours as needed for shortness of breath", qty=30, unit="mL", prac=pal)
    c.obs({"coding": [{"system": "http://loinc.org", "code": "75320-2", "display": "Advance directive"}], "text": "Code status"}, "2026-10-09", vstr="DNR/DNI; POLST completed", cat="survey", interp=None)

@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Hospice referral ServiceRequest (active) for end-stage Alzheimer dementia (FAST 7c) with recurrent aspiration; geriatrician notes no disease-modifying options remain; no second opinion on record.",
      "88M advanced Alzheimer dementia, hospice referral", "cw")
def c4p2(c):
    c.patient("Hollis", "Vernon E", "male", "1938-06-22", "CW41120087", "Chattanooga", "TN", "37411", "Brookdale Memory Care, 6600 Shallowford Rd", "423-555-0133", race=("2054-5", "Black or African American"), marital=("W", "Widowed"))
    o = c.org("Cumberland West Geriatrics", "1093811477"); hos = c.org("Tennessee Valley Hospice", "1245367790"); pay = c.org("Medicare Part A and B", kind="ins")
    ger = c.prac("Paredes", "Lorena", "1013275521"); snf = c.prac("Whitaker", "Bo", "1356022284", "NP")
    c.coverage(pay, "medicare", "3PM6-UL9-DR27", "2003-06-01")
    ad = c.cond(cc(SC("26929004", "Alzheimer's disease"), IC("G30.1", "Alzheimer's disease with late onset")), "2018-01-01", recorded="2019-04-03", severity="severe")
    c.cond(cc(IC("F02.C0", "Dementia in other diseases classified elsewhere, severe, without behavioral disturbance, psychotic disturbance, mood disturbance, and anxiety")), "2018-01-01", recorded="2025-12-02")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "1990-01-01")
    c.cond(cc(SC("40739000", "Dysphagia"), IC("R13.12", "Dysphagia, oropharyngeal phase")), "2026-05-01")
    e1 = c.enc("2026-09-02", "Inpatient admission", cls="IMP", end="2026-09-08", prac=ger, org=o, reason="Aspiration pneumonia", disp="Skilled nursing facility")
    c.cond(cc(SC("422588002", "Aspiration pneumonia"), IC("J69.0", "Pneumonitis due to inhalation of food and vomit")), "2026-09-02", status="resolved", abate="2026-09-20", cat="encounter-diagnosis", enc=e1)
    c.cond(cc(SC("422588002", "Aspiration pneumonia"), IC("J69.0", "Pneumonitis due to inhalation of food and vomit")), "2026-11-15", status="recurrence", cat="encounter-diagnosis", recorded="2026-11-15")
    c.vit("2026-09-02", 104, 62, 98, 54.5, e1, spo2=89, temp=38.4)
    c.panel(*CBC_CODE, "2026-09-02", CBC(wbc=15.2, hgb=11.2, hlo=13.5, hhi=17.5), e1)
    c.obs(("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-09-03", 2.6, "g/dL", 3.5, 5.0, enc=e1)
    c.obs({"text": "Functional Assessment Staging (FAST) stage"}, "2026-11-18", vstr="7c - unable to ambulate without assistance", cat="survey", interp=None)
    c.obs(("29463-7", "Body weight"), "2026-11-18", 51.2, "kg", cat="vital-signs", interp=None)
    e2 = c.enc("2026-11-18", "Nursing facility visit", cpt="99309", prac=ger, org=o, reason="Goals of care")
    c.note("11506-3", "Progress note", "2026-11-18", "Geriatrics at SNF. End-stage Alzheimer dementia, FAST 7c, nonverbal, bedbound, weight 51 kg (62 kg a year ago). Second aspiration pneumonia this fall, treated at facility. Speech: pocketing food, aspirates thin and nectar. There are no disease-modifying treatment options at this stage; feeding tube not recommended and declined by health care agent (daughter). Goals: comfort. Donepezil stopped. Hospice referral placed. DNR.", ger, e2)
    c.sr(cc(SC("305911006", "Referral to hospice"), ("hcpcs", "Q5004", "Hospice care provided in skilled nursing facility (SNF)"), text="Hospice referral - end-stage dementia"), "2026-11-18", status="active", intent="order", occ="2026-12-03", reasonRef=ad, prac=ger, performer=hos, enc=e2)
    c.medrq(rxm("997229", "donepezil hydrochloride 10 MG Oral Tablet"), "2021-02-10", "1 tablet at bedtime", status="stopped", qty=30, prac=ger, note="Discontinued 11/18/2026 - no benefit at this stage.")
    c.medrq(rxm("197361", "amlodipine 5 MG Oral Tablet"), "2024-01-01", "1 tablet daily", status="stopped", qty=30, prac=ger)
    c.medrq(rxm("313782", "acetaminophen 325 MG Oral Tablet"), "2026-11-18", "650 mg every 6 hours as needed for pain or fever", qty=60, prac=ger)
    c.careteam("Facility care team", [(ger, "Attending geriatrician"), (snf, "Facility nurse practitioner")], "2025-12-02")
    c.obs({"coding": [{"system": "http://loinc.org", "code": "75320-2", "display": "Advance directive"}], "text": "Code status"}, "2026-11-18", vstr="DNR; no hospital transfer except for comfort", cat="survey", interp=None)

@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Hepatology documents decompensated alcohol-related cirrhosis (MELD 28) with no treatment options beyond supportive care and transplant ineligibility; the signal is only in the condition note and clinical notes; no second opinion recorded.",
      "71M decompensated cirrhosis, not a transplant candidate, supportive care only", "dm")
def c4p3(c):
    c.patient("Faulkner", "Russell D", "male", "1955-01-30", "DM41873302", "Tucson", "AZ", "85716", "3402 E Pima St", "520-555-0114", marital=("D", "Divorced"))
    o = c.org("Desert Mesa Liver Center", "1962437120"); pay = c.org("Arizona Medicare Advantage Plan", kind="ins")
    hep = c.prac("Abdelrahman", "Yusuf", "1881759304"); pcp = c.prac("Lowry", "Ellen", "1548397710")
    c.coverage(pay, "ma", "AZMA7730155", "2020-02-01")
    cir = c.cond(cc(SC("420054005", "Alcoholic cirrhosis"), IC("K70.31", "Alcoholic cirrhosis of liver with ascites")), "2023-06-01", recorded="2023-06-20",
                 note="Decompensated (refractory ascites, HE). Not a transplant candidate. No treatment options beyond supportive/comfort care per hepatology 11/2026.")
    c.cond(cc(SC("72836002", "Hepatic encephalopathy"), IC("K76.82", "Hepatic encephalopathy")), "2025-10-01")
    c.cond(cc(SC("28670008", "Esophageal varices"), IC("I85.10", "Secondary esophageal varices without bleeding")), "2024-02-01")
    c.cond(cc(SC("7200002", "Alcoholism"), IC("F10.21", "Alcohol dependence, in remission")), "1990-01-01", status="remission", note="Sober since 07/2026 per patient.")
    c.cond(cc(SC("44054006", "Diabetes mellitus type 2"), IC("E11.9", "Type 2 diabetes mellitus without complications")), "2018-01-01")
    for d in ["2026-09-04", "2026-09-25", "2026-10-16", "2026-11-06"]:
        c.proc(cc(CP("49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), "completed", d + "T10:00:00-07:00", d + "T10:40:00-07:00", reasonRef=cir, performer=hep, note="Large volume paracentesis ~8 L, albumin given.")
    e1 = c.enc("2026-11-20", "Hepatology office visit", cpt="99215", prac=hep, org=o, reason="Decompensated cirrhosis")
    labs = [("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 6.8, "mg/dL", 0.2, 1.2), ("6301-6", "INR in Platelet poor plasma by Coagulation assay", 2.3, "{INR}", 0.9, 1.1),
            ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.7, "mg/dL", 0.7, 1.3), ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 128, "mmol/L", 136, 145), ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", 2.4, "g/dL", 3.5, 5.0)]
    c.panel("24325-3", "Hepatic function 2000 panel - Serum or Plasma", "2026-11-20", labs, e1)
    c.obs({"text": "MELD-Na score"}, "2026-11-20", 28, "{score}", cat="survey", interp=None, enc=e1)
    c.vit("2026-11-20", 98, 60, 88, 71.0, e1)
    c.note("11488-4", "Consult note", "2026-11-20", "Hepatology: alcohol-related cirrhosis, MELD-Na 28, refractory ascites needing paracentesis every 3 weeks, recurrent HE on lactulose/rifaximin. Transplant committee 11/2026: declined - sobriety under 6 months and severe frailty (LFI 5.1); TIPS contraindicated (HE, bilirubin). At this point there are no treatment options beyond supportive care. Discussed prognosis (median survival months). Patient wants to think about hospice; continue paracentesis for comfort.", hep, e1)
    c.medrq(rxm("307669", "lactulose 10000 MG per 15 ML Oral Solution"), "2025-10-05", "30 mL by mouth 2-3 times daily, titrate to 2-3 soft stools", qty=1892, unit="mL", prac=hep)
    c.medrq(rxm("824010", "rifaximin 550 MG Oral Tablet"), "2025-10-05", "1 tablet twice daily", qty=60, prac=hep)
    c.medrq(rxm("866511", "carvedilol 3.125 MG Oral Tablet"), "2024-03-01", "1 tablet twice daily", qty=60, prac=hep, status="stopped", note="Stopped for hypotension and refractory ascites.")
    c.medst(rxm("847230", "insulin glargine 100 UNT/ML Injectable Solution"), "active", "2022-01-01", sig="12 units at bedtime")
    c.note("11506-3", "Progress note", "2026-11-24", "PCP: reviewed hepatology note. Confirms no further options besides supportive care; patient living with sister, needs help with ADLs. Will arrange home health; palliative conversation next visit.", pcp)

@case("UNTREATABLE_PROGNOSIS", "near-miss", [],
      "End-stage COPD on a palliative care plan, but an external second-opinion pulmonary consultation (2026-06-17, within 12 months) already reviewed the same problem and concurred, so the flag is suppressed.",
      "76F end-stage COPD, palliative plan, second opinion done June 2026", "rv")
def c4n1(c):
    c.patient("Ambrose", "Judith K", "female", "1950-12-12", "RV0551298", "Ypsilanti", "MI", "48197", "44 Sherman Ct", "734-555-0155", marital=("M", "Married"))
    o = c.org("Riverview University Health - Pulmonary", "1114920368"); ext = c.org("Great Lakes Academic Lung Center", "1396022871"); pay = c.org("Medicare Part B", kind="ins")
    pul = c.prac("Bhattacharya", "Ravi", "1700381162"); so = c.prac("Lindahl", "Petra", "1922183374"); pal = c.prac("Ortiz", "Miguel", "1457399920")
    c.coverage(pay, "medicare", "6TE1-VJ5-NN42", "2015-12-01")
    copd = c.cond(cc(SC("313299006", "Severe chronic obstructive pulmonary disease"), IC("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation")), "2010-01-01", stage="GOLD 4, group E")
    c.cond(cc(SC("65710008", "Acute respiratory failure"), IC("J96.11", "Chronic respiratory failure with hypoxia")), "2024-03-01")
    c.cond(cc(SC("64859006", "Osteoporosis"), IC("M81.0", "Age-related osteoporosis without current pathological fracture")), "2021-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2008-01-01")
    fev = c.obs(("20150-9", "FEV1"), "2026-04-08", 0.52, "L", cat="procedure", interp="L")
    c.obs(("19926-5", "FEV1/FVC"), "2026-04-08", 31, "%", 70, None, cat="procedure")
    c.report(cc(CP("94010", "Spirometry")), "2026-04-08", [fev], "Very severe obstruction, FEV1 0.52 L (22% predicted). DLCO 28%.", cat="PF")
    e1 = c.enc("2026-06-17", "Second opinion consultation - pulmonary", cpt="99245", prac=so, org=ext, reason="Second opinion: candidacy for lung volume reduction / transplant")
    c.note("11488-4", "Consult note", "2026-06-17", "Great Lakes Academic Lung Center - second opinion requested by patient and Dr. Bhattacharya. Reviewed CT, PFTs, 6MWT. Homogeneous emphysema, DLCO 28%, not suitable for endobronchial valves or LVRS; age and frailty preclude transplant listing. I concur with the current plan: maximal inhaled therapy, oxygen, pulmonary rehab as tolerated, and palliative care involvement.", so, e1, custodian=ext)
    c.sr({"text": "Second opinion referral - pulmonary (external)"}, "2026-05-20", status="completed", intent="order", occ="2026-06-17", reasonRef=copd, prac=pul, performer=ext)
    e2 = c.enc("2026-10-22", "Pulmonary office visit", cpt="99215", prac=pul, org=o)
    c.vit("2026-10-22", 128, 72, 96, 48.1, e2, spo2=89)
    c.note("11506-3", "Progress note", "2026-10-22", "GOLD 4 COPD on 3 L O2. Two exacerbations this year. Second opinion (6/2026) concurred: no candidacy for valves/LVRS/transplant; no disease-directed options beyond current therapy. Palliative care co-managing dyspnea. Continue triple therapy, roflumilast.", pul, e2)
    g = c.goal("Manage breathlessness at home; avoid ICU admission", "2026-07-01", addresses=[copd])
    c.careplan("Palliative care plan - COPD", "2026-07-01", cats=[cc(SC("736373009", "Palliative care plan"))], addresses=[copd], period=("2026-07-01", None), author=pal, goals=[g],
                acts=[(cc(SC("103735009", "Palliative care")), "in-progress"), (cc(SC("57485005", "Oxygen therapy")), "in-progress")])
    c.medrq(rxm("1999006", "fluticasone furoate 100 MCG/ACTUAT / umeclidinium 62.5 MCG/ACTUAT / vilanterol 25 MCG/ACTUAT Dry Powder Inhaler"), "2026-01-05", "1 inhalation daily", qty=1, unit="inhaler", prac=pul, route=("447694001", "Respiratory tract route"), reasonRef=copd)
    c.medrq(rxm("1000001", "roflumilast 500 MCG Oral Tablet"), "2026-01-05", "1 tablet daily", qty=30, prac=pul)
    c.medrq(rxm("745752", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"), "2026-01-05", "2 puffs every 4-6 hours as needed", qty=1, unit="inhaler", prac=pul, route=("447694001", "Respiratory tract route"))
    c.medst(rxm("904419", "alendronate sodium 70 MG Oral Tablet"), "active", "2021-02-01", sig="70 mg weekly")
    c.sr(cc(("hcpcs", "E1390", "Oxygen concentrator, single delivery port")), "2024-03-05", status="active", intent="order", prac=pul)

@case("UNTREATABLE_PROGNOSIS", "near-miss", [],
      "Low-risk prostate cancer on active surveillance: the note says no treatment is needed at this time, which is a deliberate surveillance strategy with curative options available, not an untreatable prognosis.",
      "58M grade group 1 prostate cancer on active surveillance", "sr")
def c4n2(c):
    c.patient("Quintero", "Alejandro F", "male", "1968-04-19", "100471133", "Meridian", "ID", "83642", "2260 E Pine Ave", "208-555-0162", oid="2.16.840.1.113883.3.787.0.0", eth=("2135-2", "Hispanic or Latino"), marital=("M", "Married"))
    o = c.org("Summit Ridge Urology", "1326044588"); pay = c.org("SelectHealth", kind="ins")
    uro = c.prac("McAllister", "Bryce", "1962803314"); pcp = c.prac("Haugen", "Marit", "1730284456")
    c.coverage(pay, "commercial", "SH66018842", "2019-01-01")
    pca = c.cond(cc(SC("399068003", "Malignant tumor of prostate"), IC("C61", "Malignant neoplasm of prostate")), "2026-03-18", recorded="2026-03-25", stage="cT1c, Grade Group 1 (Gleason 3+3), 2/12 cores, NCCN very low risk")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2015-01-01")
    c.cond(cc(SC("78275009", "Obstructive sleep apnea syndrome"), IC("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2020-01-01")
    for d, v in [("2025-11-04", 5.8), ("2026-06-09", 6.1), ("2026-11-10", 5.9)]:
        c.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), d, v, "ng/mL", None, 4.0)
    mri = c.obs(cc(LN("30657-1", "MR Pelvis"), text="Prostate MRI"), "2026-01-20", vstr="PI-RADS 3 lesion left peripheral zone 7 mm. Gland volume 48 mL, PSA density 0.12.", cat="imaging", interp="A")
    c.report(cc(CP("72197", "Magnetic resonance imaging, pelvis; without contrast material(s), followed by contrast material(s)")), "2026-01-20", [mri], "PI-RADS 3.", cat="RAD")
    c.proc(cc(CP("55700", "Biopsy, prostate; needle or punch, single or multiple, any approach"), text="MRI-fusion transperineal prostate biopsy"), "completed", "2026-03-18T08:00:00-06:00", "2026-03-18T08:40:00-06:00", performer=uro, reasonRef=pca)
    path = c.obs(cc(LN("22637-3", "Pathology report final diagnosis Narrative")), "2026-03-23", vstr="Prostatic adenocarcinoma, Gleason 3+3=6 (Grade Group 1) in 2 of 12 cores, max 15% core involvement; no perineural invasion.", interp=None)
    c.report(cc(LN("11526-1", "Pathology study")), "2026-03-23", [path], "Adenocarcinoma GG1, low volume.", cat="SP")
    e1 = c.enc("2026-11-17", "Urology office visit", cpt="99214", prac=uro, org=o, reason="Prostate cancer surveillance")
    c.vit("2026-11-17", 130, 82, 70, 91.0, e1)
    c.note("11506-3", "Progress note", "2026-11-17", "Active surveillance for very-low-risk prostate cancer. PSA stable 5.8-6.1. No treatment is needed at this time; we reviewed that surgery and radiation remain options if disease upgrades. Plan: PSA every 6 months, MRI in 2027, confirmatory biopsy at 12-18 months. Patient comfortable with surveillance.", uro, e1)
    c.careplan("Prostate cancer active surveillance", "2026-03-25", addresses=[pca], period=("2026-03-25", None), author=uro,
               acts=[(cc(SC("424313000", "Active surveillance")), "in-progress"), (cc(LN("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), text="PSA every 6 months"), "scheduled")])
    c.medst(rxm("979485", "losartan potassium 50 MG Oral Tablet"), "active", "2015-01-01", sig="50 mg daily")
    c.panel(*BMP_CODE, "2026-06-09", BMP(cr=1.1, crhi=1.3, egfr=78))
    c.obs(("72166-2", "Tobacco smoking status"), "2026-11-17", vcc=cc(SC("8517006", "Ex-smoker")), cat="social-history", interp=None, enc=e1)
