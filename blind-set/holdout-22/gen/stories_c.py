from stories_b import *

def p3_fusion(cid):
    b = Bundle(cid, "cuyahoga")
    b.patient("Richard Allen", "Szabo", "male", "1967-02-27", "77 Wildwood Dr", "C9038124", "330-555-7710", "M")
    pcp = b.practitioner("Denise", "Yoder", "MD, Family Medicine", "1093827461")
    ns = b.practitioner("Arjun", "Mehta", "MD, Neurological Surgery", "1730592846")
    b.coverage("Medical Mutual of Ohio", "SuperMed PPO", "MMO44810293")
    htn = b.condition(problem("38341003", "Hypertensive disorder, systemic arterial", "I10", "Essential (primary) hypertension"), "2015-01-01")
    b.condition(problem("714628002", "Prediabetes", "R73.03", "Prediabetes"), "2023-04-01")
    spl = b.condition(problem("202794004", "Spondylolisthesis of lumbar spine", "M43.16", "Spondylolisthesis, lumbar region"), "2025-09-15", recorder=ns)
    sten = b.condition(problem("18347007", "Spinal stenosis of lumbar region", "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), "2025-09-15", recorder=ns)
    b.condition(problem("33737001", "Fracture of rib", "S22.32XA", "Fracture of one rib, left side, initial encounter"), "2022-12-20", status="resolved", abate="2023-02-15", cat="encounter-diagnosis")
    e1 = b.encounter("2025-09-15", cc(text="New Patient - Neurosurgery Spine"), pract=ns, reason="Low back and leg pain")
    mri = b.obs(cc(ln("24967-2", "MR Lumbar spine WO contrast")), "2025-09-02", vstr="Grade 1 degenerative anterolisthesis L4 on L5 (6 mm) with severe central and bilateral lateral recess stenosis; facet effusions.", interp="A", cat="imaging")
    b.report(cc(ln("24967-2", "MR Lumbar spine WO contrast")), "2025-09-02", [mri], "L4-5 grade 1 spondylolisthesis with severe stenosis.", cat="RAD")
    b.note("consult", "2025-09-15", "58M, 18 mo of LBP and bilateral buttock/leg pain with walking, limited to 1 block. Flexion-extension films: 4 mm dynamic motion at L4-5. Plan: PT 8 wks, ESI, gabapentin. Surgical discussion if fails.", ns, e1)
    b.procedure(cc(cpt("64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level"), text="L4-5 transforaminal ESI bilateral"), "2026-01-22", reason=sten, performer=ns)
    b.med(cc(rx("25480", "gabapentin"), text="gabapentin 300 mg capsule"), "2025-09-15", dose="300 mg three times daily", requester=ns, reason=sten)
    b.med(cc(rx("29046", "lisinopril"), text="lisinopril 10 mg"), "2015-01-01", dose="10 mg daily", requester=pcp, reason=htn)
    e2 = b.encounter("2026-10-27", cc(text="Follow-up - Neurosurgery Spine"), pract=ns, reason="Surgical planning")
    b.vitals("2026-10-27", e2, 134, 82, 74, 94.0, 29.7)
    b.obs(cc(text="Oswestry Disability Index (ODI) %"), "2026-10-27", 52, "%", cat="survey", enc=e2)
    b.note("progress", "2026-10-27", """SPINE CLINIC - SURGICAL PLANNING
Failed >12 months conservative care (PT completed 11/2025, ESI 1/2026 with 3 weeks relief, gabapentin). Walking tolerance now half a block; ODI 52%.
Plan: L4-5 decompression and posterior lumbar interbody fusion (TLIF) with pedicle screw instrumentation. Risks/benefits/alternatives discussed incl. nonunion, adjacent segment disease, infection, dural tear, nerve injury. Pt wishes to proceed. Surgery scheduled 1/14/2027 at Cuyahoga Valley Hospital. Pre-op clearance with PCP.""", ns, e2)
    sr = b.service_request(cc(cpt("22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress, single interspace, lumbar"),
                               cpt("22840", "Posterior non-segmental instrumentation"), text="L4-5 TLIF with decompression and instrumentation"), "2026-10-27", occ="2027-01-14T07:30:00-05:00",
                           priority="routine", reason=spl, requester=ns, category=cc(sct("387713003", "Surgical procedure")))
    b.service_request(cc(text="Pre-operative medical evaluation"), "2026-10-27", occ="2026-12-22", reason="Pre-op clearance for spinal fusion", requester=ns, performer=pcp)
    bmp(b, "2026-10-27", e2, cr=0.96, crhi=1.27, glu=108)
    b.obs(cc(ln("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), "2026-10-27", 6.0, "%", "%", "H", None, 5.6, enc=e2)
    b.appointment("2027-01-14T07:30:00-05:00", "L4-5 TLIF - Main OR", [ns], sr=sr)
    return b, dict(target=P3, kind="positive", expected=[P3],
        why="Active order for an L4-5 transforaminal lumbar interbody fusion with instrumentation (CPT 22633/22840) scheduled 2027-01-14, not yet performed - major spine surgery.",
        summary="59M L4-5 spondylolisthesis, TLIF fusion ordered for Jan 2027 (Epic, Ohio)")

def p3_tavr(cid):
    b = Bundle(cid, "greatrivers")
    b.patient("Dorothy Jean", "Albrecht", "female", "1945-06-04", "1802 Jersey St", "G1048822", "217-555-3390", "W")
    pcp = b.practitioner("Allison", "Mertz", "MD, Internal Medicine", "1467092835")
    card = b.practitioner("Victor", "Lindgren", "MD, Interventional Cardiology", "1528304967")
    cts = b.practitioner("Hannah", "Ebersole", "MD, Thoracic and Cardiac Surgery", "1053928746")
    b.coverage("Humana", "Humana Gold Plus HMO (Medicare Advantage)", "H38102947", kind="PUBLICPOL")
    as_ = b.condition(problem("60573004", "Aortic valve stenosis", "I35.0", "Nonrheumatic aortic (valve) stenosis"), "2023-05-01", severity=cc(sct("24484000", "Severe")))
    htn = b.condition(problem("38341003", "Hypertensive disorder, systemic arterial", "I10", "Essential (primary) hypertension"), "2001-01-01")
    b.condition(problem("239873007", "Osteoarthritis of knee", "M17.0", "Bilateral primary osteoarthritis of knee"), "2012-01-01")
    b.condition(problem("433144002", "Chronic kidney disease stage 3", "N18.31", "Chronic kidney disease, stage 3a"), "2022-03-01")
    e1 = b.encounter("2026-09-29", cc(text="Office Visit - Structural Heart"), pract=card, reason="Severe AS, exertional dyspnea")
    b.vitals("2026-09-29", e1, 148, 70, 68, 66.0, 26.1)
    ea = b.obs(cc(text="Aortic valve area (continuity)"), "2026-09-15", 0.7, "cm2", "cm2", "L", cat="imaging", text_range="> 1.5 cm2")
    eg = b.obs(cc(text="Aortic valve mean gradient"), "2026-09-15", 48, "mm[Hg]", cat="imaging", interp="H", text_range="< 20 mmHg")
    ev = b.obs(cc(text="Aortic valve peak velocity"), "2026-09-15", 4.6, "m/s", cat="imaging", interp="H", text_range="< 2.5 m/s")
    ef = b.obs(cc(ln("10230-1", "Left ventricular Ejection fraction")), "2026-09-15", 58, "%", "%", "N", 52, 72, cat="imaging")
    b.report(cc(ln("34552-0", "2D echocardiogram panel"), text="Transthoracic echocardiogram"), "2026-09-15", [ea, eg, ev, ef], "Severe calcific aortic stenosis (AVA 0.7 cm2, MG 48 mmHg, Vmax 4.6 m/s). Preserved LVEF.", cat="CUS", performer=card)
    cta = b.obs(cc(text="CT TAVR protocol (chest/abdomen/pelvis angiography)"), "2026-10-20", vstr="Annulus perimeter 72 mm, area 410 mm2. Iliofemoral access adequate bilaterally (min diameter 6.8 mm R).", cat="imaging")
    b.procedure(cc(cpt("93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization"), text="Left heart cath/coronary angiography"), "2026-10-06", reason=as_, performer=card,
                note="Nonobstructive CAD. No PCI.")
    b.note("consult", "2026-11-04", """HEART TEAM CONFERENCE
81F severe symptomatic AS (NYHA III). STS PROM 4.1%. Frailty: 5-m walk 6.8 s. Cath: nonobstructive CAD. CTA: suitable for transfemoral access.
Consensus (Dr. Lindgren, Dr. Ebersole): transfemoral TAVR with balloon-expandable valve. Patient and daughter agree. Scheduled 12/16/2026.""", card, title="Structural Heart Team Conference Note")
    sr = b.service_request(cc(cpt("33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"), text="Transfemoral TAVR"),
                           "2026-11-04", occ="2026-12-16T07:30:00-06:00", priority="routine", reason=as_, requester=card, performer=cts, category=cc(sct("387713003", "Surgical procedure")))
    b.appointment("2026-12-16T07:30:00-06:00", "TAVR - Hybrid OR", [card, cts], sr=sr)
    bmp(b, "2026-10-20", None, cr=1.21, crhi=1.00, egfr=45)
    b.res[-3]["interpretation"] = [cc(c(INTERP, "H", "High"))]
    cbc(b, "2026-10-20", None, 12.4)
    b.med(cc(rx("20352", "carvedilol"), text="carvedilol 6.25 mg tablet"), "2024-01-10", dose="6.25 mg twice daily", requester=card)
    b.med(cc(rx("1191", "aspirin"), text="aspirin 81 mg EC tablet"), "2020-01-01", dose="81 mg daily", requester=pcp)
    return b, dict(target=P3, kind="positive", expected=[P3],
        why="Transfemoral TAVR (CPT 33361) ordered after heart-team conference for severe aortic stenosis, scheduled 2026-12-16 - an invasive structural cardiac procedure not yet performed (within 30 days).",
        summary="81F severe aortic stenosis, heart team booked TAVR for 16 Dec (Epic, Illinois)")

def p3_lobectomy(cid):
    b = Bundle(cid, "ridgeview")
    b.patient("Harold Eugene", "Metzger", "male", "1960-04-19", "5512 Karl Rd", "RCI-2093381", "614-555-1128", "M")
    ts = b.practitioner("Lucia", "Fernandez", "MD, Thoracic Surgery", "1184029375")
    pul = b.practitioner("Kenneth", "Boateng", "MD, Interventional Pulmonology", "1639402857")
    onc = b.practitioner("Sarah", "Whitcomb", "MD, Medical Oncology", "1750392846")
    b.coverage("Anthem Blue Cross and Blue Shield", "Anthem Blue Access PPO", "ANT7730192")
    ca = b.condition(cc(sct("254637007", "Non-small cell lung cancer"), icd("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), text="Adenocarcinoma of right upper lobe"), "2026-10-09",
                     stage={"summary": cc(text="Stage IA2 (cT1b cN0 cM0), AJCC 8th"), "type": cc(text="Clinical staging")})
    copd = b.condition(cc(sct("13645005", "Chronic obstructive lung disease"), icd("J44.89", "Other specified chronic obstructive pulmonary disease"), text="COPD, GOLD 1"), "2019-01-01")
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2012-01-01")
    b.condition(cc(icd("Z87.891", "Personal history of nicotine dependence")), "2016-01-01")
    ct = b.obs(cc(ln("24627-2", "CT Chest"), text="Low-dose CT lung cancer screening"), "2026-08-27", vstr="16 mm solid nodule RUL posterior segment, spiculated. Lung-RADS 4B.", interp="A", cat="imaging")
    pet = b.obs(cc(text="PET/CT skull base to mid-thigh"), "2026-09-18", vstr="RUL nodule SUVmax 6.2. No FDG-avid hilar/mediastinal nodes. No distant disease.", interp="A", cat="imaging")
    b.procedure(cc(cpt("31653", "Bronchoscopy with endobronchial ultrasound (EBUS) guided transtracheal and/or transbronchial sampling, 3 or more structures"), text="EBUS-TBNA staging with robotic navigational biopsy RUL"), "2026-10-07", performer=pul)
    path = b.obs(cc(ln("22637-3", "Pathology report final diagnosis Narrative")), "2026-10-09", vstr="RUL lesion: invasive adenocarcinoma, acinar predominant. Stations 4R, 7, 10R, 11R: negative for malignancy. PD-L1 TPS 10%. EGFR/ALK negative (NGS pending complete panel).")
    b.report(cc(ln("60567-5", "Comprehensive pathology report panel")), "2026-10-09", [path], "Adenocarcinoma RUL; mediastinal and hilar nodes negative.", cat="SP")
    fev = b.obs(cc(ln("20150-9", "FEV1")), "2026-10-15", 2.48, "L", "L", cat="procedure", note="82% predicted; DLCO 74% predicted.")
    b.note("note", "2026-11-10", """THORACIC MULTIDISCIPLINARY TUMOR BOARD
Pt: 66M former smoker (45 pk-yr, quit 2016). RUL adenocarcinoma 1.6 cm, cT1bN0M0 stage IA2, EBUS nodes negative.
PFTs: FEV1 82%, DLCO 74% - adequate reserve for lobectomy.
Recommendation: Robotic/VATS right upper lobectomy with mediastinal lymph node dissection. No neoadjuvant therapy indicated. SBRT discussed as alternative for nonsurgical candidates - not preferred.
Present: Fernandez (thoracic surgery), Whitcomb (med onc), Boateng (IP), Castillo (rad onc), Nguyen (radiology), Patel (pathology).""", ts, title="Tumor Board Summary")
    e1 = b.encounter("2026-11-17", cc(text="Thoracic Surgery Clinic - Preoperative Visit"), pract=ts, reason="Lung cancer")
    b.vitals("2026-11-17", e1, 136, 80, 72, 82.5, 27.0, spo2=95)
    b.note("hp", "2026-11-17", "Pre-op H&P. Plan robotic-assisted thoracoscopic RUL lobectomy with MLND 12/22/2026. Consent signed. Pre-op labs, type and screen. Smoking abstinence confirmed (cotinine neg).", ts, e1)
    pr = b.procedure(cc(cpt("32663", "Thoracoscopy, surgical; with lobectomy (single lobe)"), sct("173171007", "Lobectomy of lung"), text="Robotic-assisted thoracoscopic right upper lobectomy with mediastinal lymph node dissection"),
                     None, status="preparation", reason=ca, performer=ts, note="Scheduled 12/22/2026, Ridgeview Main OR 4.")
    b.appointment("2026-12-22T07:30:00-05:00", "Robotic RUL lobectomy + MLND", [ts], reason=ca)
    cbc(b, "2026-11-17", e1, 14.1, sex="M")
    b.med(cc(text="tiotropium 2.5 mcg/actuation inhalation spray", *[rx("69120", "tiotropium")]), "2021-03-01", dose="2 inhalations daily", reason=copd, kind="MedicationStatement")
    b.med(cc(rx("17767", "amlodipine"), text="amlodipine 5 mg"), "2012-01-01", dose="5 mg daily", kind="MedicationStatement")
    return b, dict(target=P3, kind="positive", expected=[P3],
        why="Tumour board recommended a robotic right upper lobectomy with mediastinal node dissection; the Procedure is in status preparation, scheduled 2026-12-22 - major thoracic surgery not yet performed.",
        summary="66M stage IA2 lung adenocarcinoma, lobectomy in preparation for 22 Dec (cancer centre)")

def p3n_chole(cid):
    b = Bundle(cid, "northwoods")
    b.patient("Tamara Lee", "Sorensen", "female", "1982-09-14", "3120 London Rd", "N3390172", "715-555-7720", "M")
    pcp = b.practitioner("Heather", "Olson", "MD, Internal Medicine", "1588420938")
    gs = b.practitioner("Mitchell", "Krause", "MD, General Surgery", "1902748361")
    b.coverage("Network Health", "Network Health Go PPO", "NH55102984")
    gall = b.condition(problem("235919008", "Cholelithiasis", "K80.20", "Calculus of gallbladder without cholecystitis without obstruction"), "2026-08-03", status="resolved", abate="2026-10-14")
    b.condition(problem("40930008", "Hypothyroidism", "E06.3", "Autoimmune thyroiditis"), "2015-01-01")
    e1 = b.encounter("2026-08-03", cc(text="Emergency Department Visit"), cls="EMER", reason="RUQ pain after meals", end="2026-08-03T23:00:00-06:00")
    us = b.obs(cc(ln("24558-9", "US Abdomen"), text="RUQ ultrasound"), "2026-08-03", vstr="Multiple gallstones up to 1.4 cm. No wall thickening, no pericholecystic fluid. CBD 4 mm.", interp="A", cat="imaging", enc=e1)
    b.obs(cc(ln("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma")), "2026-08-03", 24, "U/L", "U/L", "N", 10, 40, enc=e1)
    b.obs(cc(ln("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma")), "2026-08-03", 0.6, "mg/dL", "mg/dL", "N", 0.2, 1.2, enc=e1)
    b.obs(cc(ln("1798-8", "Amylase [Enzymatic activity/volume] in Serum or Plasma")), "2026-08-03", 48, "U/L", "U/L", "N", 28, 100, enc=e1)
    e2 = b.encounter("2026-08-25", cc(text="New Patient - General Surgery"), pract=gs, reason="Symptomatic cholelithiasis")
    b.note("consult", "2026-08-25", "Recurrent biliary colic x 4 episodes. US: cholelithiasis. Recommend laparoscopic cholecystectomy. Scheduled 10/14.", gs, e2)
    sr = b.service_request(cc(cpt("47562", "Laparoscopy, surgical; cholecystectomy"), text="Laparoscopic cholecystectomy"), "2026-08-25", status="completed", occ="2026-10-14", reason=gall, requester=gs)
    e3 = b.encounter("2026-10-14T07:00:00-05:00", cc(text="Outpatient Surgery"), pract=gs, reason="Lap chole", end="2026-10-14T15:00:00-05:00")
    b.procedure(cc(cpt("47562", "Laparoscopy, surgical; cholecystectomy"), sct("45595009", "Laparoscopic cholecystectomy")), "2026-10-14", reason=gall, performer=gs, enc=e3, basedOn=sr)
    b.note("procedure", "2026-10-14", "OPERATIVE NOTE: Laparoscopic cholecystectomy. Critical view of safety obtained. EBL 10 mL. No complications. Discharged same day.", gs, e3)
    path = b.obs(cc(ln("22637-3", "Pathology report final diagnosis Narrative")), "2026-10-16", vstr="Gallbladder: chronic cholecystitis with cholelithiasis. Negative for dysplasia or malignancy.")
    b.report(cc(ln("60567-5", "Comprehensive pathology report panel")), "2026-10-16", [path], "Chronic cholecystitis, cholelithiasis.", cat="SP")
    e4 = b.encounter("2026-10-28", cc(text="Post-op Visit"), pract=gs, reason="Post-op check")
    b.vitals("2026-10-28", e4, 118, 74, 70, 71.2, 26.4)
    b.note("progress", "2026-10-28", "2 wk post-op. Incisions healing well, tolerating diet, no pain. Discharged from surgical care.", gs, e4)
    b.med(cc(rx("10582", "levothyroxine"), text="levothyroxine 100 mcg"), "2015-01-01", dose="100 mcg daily", requester=pcp)
    return b, dict(target=P3, kind="near-miss", expected=[],
        why="The laparoscopic cholecystectomy order is completed and the procedure was performed on 2026-10-14 with an uneventful post-op visit; nothing is planned.",
        summary="44F gallstones, lap chole already done in October (Epic, Wisconsin)")

def p3n_tms(cid):
    b = Bundle(cid, "harbor")
    b.patient("Christine Marie", "Kaczmarek", "female", "1980-01-27", "2433 Collingwood Blvd", "HCB-1180934", "419-555-8817", "D")
    psy = b.practitioner("Andre", "Whitaker", "MD, Psychiatry", "1629038475")
    tms = b.practitioner("Mei", "Zhang", "MD, Psychiatry (Interventional)", "1740293856")
    b.coverage("CareSource Ohio", "CareSource Marketplace Gold", "CS8812093341")
    mdd = b.condition(cc(icd("F33.2", "Major depressive disorder, recurrent severe without psychotic features"), sct("370143000", "Major depressive disorder")), "2019-04-01", recorder=psy)
    b.condition(cc(icd("F41.1", "Generalized anxiety disorder")), "2019-04-01")
    b.condition(cc(icd("E66.9", "Obesity, unspecified"), text="Obesity"), "2018-01-01", status="inactive")
    for d, s in [("2026-05-12", 19), ("2026-07-14", 18), ("2026-09-15", 19), ("2026-11-10", 18)]:
        b.score(PHQ9, d, s)
    for d, s in [("2026-05-12", 12), ("2026-11-10", 11)]:
        b.score(GAD7, d, s)
    b.med(cc(rx("321988", "escitalopram"), text="escitalopram 20 mg tablet"), "2025-03-04", dose="20 mg daily", requester=psy, reason=mdd)
    b.med(cc(rx("42347", "bupropion"), text="bupropion XL 300 mg tablet"), "2025-09-10", dose="300 mg every morning", requester=psy, reason=mdd)
    b.med(cc(rx("36437", "sertraline")), "2020-01-10", status="stopped", kind="MedicationStatement", end="2021-02-01", note="Inadequate response after 16 weeks at 200 mg.")
    b.med(cc(rx("72625", "duloxetine")), "2021-02-15", status="stopped", kind="MedicationStatement", end="2022-06-01", note="Partial response, GI intolerance.")
    b.med(cc(rx("89013", "aripiprazole")), "2024-01-10", status="stopped", kind="MedicationStatement", end="2024-05-01", note="Augmentation stopped for akathisia.")
    e1 = b.encounter("2026-11-10", cc(text="Psychiatric medication management"), pract=psy, reason="TRD")
    b.note("progress", "2026-11-10", """PSYCHIATRY F/U
Persistent severe depressive sx, PHQ-9 18 (stable 18-19 since May). Failed sertraline, duloxetine, aripiprazole augmentation; on escitalopram + bupropion.
Safety: passive death wish denied, no SI, safety plan reviewed.
Discussed ECT vs TMS; pt prefers TMS (no anesthesia, can keep working). Referral to TMS clinic; prior auth approved 11/20.""", psy, e1)
    e2 = b.encounter("2026-11-24", cc(text="TMS Consultation"), pract=tms, reason="TMS evaluation")
    b.note("consult", "2026-11-24", "TMS consult: no metal implants, no seizure hx. Plan 36 sessions L-DLPFC 10 Hz, 5 days/wk starting 12/7/2026, motor threshold mapping day 1. Continue meds.", tms, e2)
    b.service_request(cc(cpt("90867", "Therapeutic repetitive transcranial magnetic stimulation (TMS) treatment; initial, including cortical mapping, motor threshold determination, delivery and management"),
                         text="TMS initial session with motor threshold mapping"), "2026-11-24", occ="2026-12-07", reason=mdd, requester=tms)
    b.service_request(cc(cpt("90868", "Therapeutic repetitive transcranial magnetic stimulation (TMS) treatment; subsequent delivery and management, per session"), text="TMS subsequent sessions x35"),
                      "2026-11-24", occ="2026-12-08", occ_end="2027-01-22", reason=mdd, requester=tms)
    b.allergy(cc(text="Codeine"), "2010-01-01", reaction="Nausea/vomiting")
    b.vitals("2026-11-10", e1, 122, 78, 80, 92.0, 33.1)
    return b, dict(target=P3, kind="near-miss", expected=[],
        why="The planned treatment is repetitive TMS, a non-invasive outpatient neuromodulation course (CPT 90867/90868), not a major or invasive procedure; PHQ-9 is persistently high but stable (18-19), not worsening.",
        summary="46F treatment-resistant depression, TMS course booked from 7 Dec, PHQ-9 flat (community mental health, Ohio)")
