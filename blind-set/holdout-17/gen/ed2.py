from lib import *
from ed import std_cov

def hit_nsclc(cid):
    c = Case(cid, "KCH")
    c.patient("Gloria", "Fennimore", "female", "1958-05-12", "KCH-00593310", "88 Lenox Rd Apt 2", marital=("M", "Married"))
    hm = c.pract("Arjun", "Mehta", "Hospital Medicine")
    onc = c.pract("Beatriz", "Salgado", "Medical Oncology")
    rad = c.pract("Henry", "Osei", "Radiation Oncology")
    pulm = c.pract("Nadia", "Karimi", "Pulmonary Disease")
    std_cov(c, "mcare")
    copd = c.cond(cc(C("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified"), C("sct", "13645005", "Chronic obstructive lung disease")), "2019-09-01")
    c.cond(cc(C("icd", "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1976-01-01")
    c.med(cc(C("rx", "69120", "tiotropium")), "2019-09-01", "tiotropium 18 mcg inhaled daily", reason=copd)
    e1 = c.enc("2026-11-02T08:10:00-05:00", "IMP", "Inpatient admission", "Hemoptysis", end="2026-11-06T14:00:00-05:00", pract=hm, disp="Home")
    c.vitals("2026-11-02T08:10:00-05:00", e1, bp=(138, 82), hr=96, spo2=93, wt=61.2)
    for n, v in [("hgb_f", 11.4), ("wbc", 9.8), ("cr_f", 0.8), ("na", 134)]:
        c.lab(n, "2026-11-02T08:40:00-05:00", v, e1)
    ct = c.obs(LN("24627-2", "CT Chest"), "2026-11-02T11:00:00-05:00", vstr="4.8 cm spiculated RUL mass; enlarged right paratracheal (4R) and subcarinal (7) nodes.", cat="imaging", enc=e1, interp="A")
    c.report(LN("24627-2", "CT Chest"), "2026-11-02T11:00:00-05:00", "RUL mass with ipsilateral mediastinal adenopathy, suspicious for primary lung carcinoma.", [ct], cat=("RAD", "Radiology"), enc=e1)
    c.proc(cc(C("cpt", "31652", "Bronchoscopy with endobronchial ultrasound guided transtracheal/transbronchial sampling, 1 or 2 mediastinal/hilar lymph node stations")), "2026-11-04T10:00:00-05:00", performer=pulm, enc=e1, outcome="4R and 7 positive for squamous cell carcinoma")
    ca = c.cond(cc(C("icd", "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), C("sct", "59367005", "Squamous cell carcinoma of lung")), "2026-11-04", stage="cT2bN2M0, stage IIIA (AJCC 8th); PET 11/12 no distant disease")
    c.note("2026-11-06T13:00:00-05:00", NOTE_DC, "Discharge summary", """
HOSPITAL MEDICINE DISCHARGE SUMMARY
68F COPD, 45 pk-yr smoker admitted with hemoptysis (~1/2 cup). CT: RUL mass + N2 nodes. EBUS 11/4: squamous cell carcinoma, stations 4R and 7. Hemoptysis settled, no transfusion.
Discharged to thoracic oncology (PET-CT, tumor board).""", enc=e1, author=hm)
    e2 = c.enc("2026-11-19", "AMB", "Thoracic tumor board / oncology visit", "Stage III NSCLC", pract=onc)
    c.note("2026-11-19", NOTE_CONSULT, "Thoracic oncology consult", """
Multidisciplinary thoracic tumor board 11/19: cT2bN2M0 IIIA squamous NSCLC, multistation N2, FEV1 48% predicted - not a surgical candidate.
Recommendation: definitive concurrent chemoradiation - weekly carboplatin AUC 2 + paclitaxel 45 mg/m2 with IMRT 60 Gy/30 fx, start 12/14/2026, then durvalumab consolidation x 12 months.
Discussed expected toxicities (esophagitis, fatigue, pneumonitis, neuropathy, cytopenias). Port placement 12/08. Pt consented.""", enc=e2, author=onc)
    c.med(cc(C("rx", "40048", "carboplatin")), "2026-11-24", "carboplatin AUC 2 IV weekly x 6 with radiation, start 2026-12-14", reason=ca, requester=onc, status="active")
    c.med(cc(C("rx", "56946", "paclitaxel")), "2026-11-24", "paclitaxel 45 mg/m2 IV weekly x 6 with radiation, start 2026-12-14", reason=ca, requester=onc, status="active")
    c.sr(cc(C("cpt", "77385", "Intensity modulated radiation treatment delivery (IMRT), simple"), text="Definitive IMRT to chest 60 Gy in 30 fractions"), "2026-11-24", "active", "order", occ=("2026-12-14", "2027-01-25"), reason=ca, performer=rad, requester=rad, cat=cc(C("sct", "108290001", "Radiation oncology AND/OR radiotherapy")))
    c.sr(cc(C("cpt", "96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour, single or initial substance/drug")), "2026-11-24", "active", "order", occ="2026-12-14", reason=ca, requester=onc)
    c.add("CarePlan", "cp-1", {"status": "active", "intent": "plan", "category": [cc(C("sct", "395082007", "Cancer care plan"))], "title": "Definitive chemoradiation, stage IIIA NSCLC",
          "subject": {"reference": c.P}, "period": {"start": "2026-12-14"}, "created": "2026-11-19", "author": {"reference": onc}, "addresses": [{"reference": ca}],
          "activity": [{"detail": {"status": "scheduled", "description": "Weekly carboplatin/paclitaxel with IMRT 60 Gy/30 fx from 2026-12-14; durvalumab consolidation"}}]})
    return c, dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
                   why="Concurrent chemotherapy (carboplatin/paclitaxel) and chest radiotherapy ordered to start 2026-12-14 for stage IIIA lung cancer - high-impact treatment planned within 30 days.",
                   summary="68F stage IIIA squamous NSCLC, concurrent chemoradiation starting in 2 weeks")

def hit_hd_plan(cid):
    c = Case(cid, "RPH")
    c.patient("Cornelius", "Ward", "male", "1964-08-29", "RPH-0098214", "1133 W 79th St", marital=("M", "Married"))
    neph = c.pract("Fatima", "Al-Sayed", "Nephrology")
    vs = c.pract("Daniel", "Brandt", "Vascular Surgery")
    hm = c.pract("Arjun", "Mehta", "Hospital Medicine")
    std_cov(c, "il")
    dm = c.cond(cc(C("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), C("sct", "44054006", "Diabetes mellitus type 2")), "2004-01-01")
    ckd = c.cond(cc(C("icd", "N18.5", "Chronic kidney disease, stage 5"), C("sct", "433146000", "Chronic kidney disease stage 5")), "2025-11-01")
    htn = c.cond(cc(C("icd", "I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease")), "2008-01-01")
    c.cond(cc(C("icd", "D63.1", "Anemia in chronic kidney disease")), "2025-11-01")
    c.med(cc(C("rx", "274783", "insulin glargine")), "2018-01-01", "insulin glargine 18 units at bedtime", reason=dm)
    c.med(cc(C("rx", "17767", "amlodipine")), "2019-01-01", "amlodipine 10 mg daily", reason=htn)
    c.med(cc(C("rx", "4603", "furosemide")), "2026-06-01", "furosemide 80 mg twice daily", reason=ckd)
    c.lab("egfr", "2026-07-14", 12)
    e0 = c.enc("2026-09-03", "AMB", "Outpatient surgery", "AV fistula creation", pract=vs)
    c.proc(cc(C("cpt", "36821", "Arteriovenous anastomosis, open; direct, any site")), "2026-09-03T10:00:00-05:00", reason=ckd, performer=vs, enc=e0, note="Left radiocephalic AVF")
    e1 = c.enc("2026-10-18T22:00:00-05:00", "IMP", "Inpatient admission", "Hyperkalemia, volume overload", end="2026-10-21T12:00:00-05:00", pract=hm, disp="Home")
    for n, v in [("k", 6.3), ("hco3", 17), ("bun", 98), ("cr_m", 7.4), ("hgb_m", 9.1), ("phos", 6.8)]:
        c.lab(n, "2026-10-18T22:30:00-05:00", v, e1)
    c.lab("egfr", "2026-10-20", 8, e1)
    c.note("2026-10-21T11:00:00-05:00", NOTE_DC, "Discharge summary", "62M CKD5 (DKD), admitted with K 6.3 and pulmonary edema; diuresed, lokelma, diet teaching. Did not require emergent dialysis. AVF (placed 9/3) maturing. Nephrology to initiate outpatient HD.", enc=e1, author=hm)
    e2 = c.enc("2026-11-17", "AMB", "Nephrology CKD clinic", "Dialysis planning", pract=neph)
    c.vitals("2026-11-17", e2, bp=(152, 88), hr=78, wt=97.5)
    c.note("2026-11-17", NOTE_PROGRESS, "Nephrology note", """
CKD 5 from diabetic nephropathy, eGFR 8. Uremic symptoms: nausea, pruritus, dysgeusia. Fistula duplex: maturing, flow 720 mL/min, diameter 6 mm.
Modality discussion: PD vs in-center HD - pt chooses in-center HD 3x/week (MWF). Transplant referral placed, not yet evaluated.
Plan: start in-center hemodialysis 1/4/2027 at Riverside Dialysis Unit via L RC AVF.""", enc=e2, author=neph)
    c.sr(cc(C("cpt", "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), C("sct", "302497006", "Hemodialysis")), "2026-11-17", "active", "order", occ="2027-01-04", reason=ckd, requester=neph, note="In-center HD MWF, 4 h, via L radiocephalic AVF")
    return c, dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
                   why="Maintenance haemodialysis ordered to start 2027-01-04 for CKD stage 5; access already created. Dialysis is in the high-impact value set.",
                   summary="62M diabetic CKD 5, in-center haemodialysis ordered to start in 5 weeks")

def hit_nm_rhabdo(cid):
    c = Case(cid, "HCG")
    c.patient("Tevita", "Fonua", "male", "1981-12-02", "HCG2217750", "3401 International Blvd", marital=("M", "Married"))
    ed = c.pract("Kevin", "Oyelaran", "Emergency Medicine")
    neph = c.pract("Sunita", "Raghavan", "Nephrology")
    std_cov(c, "comm")
    c.cond(cc(C("icd", "E66.01", "Morbid (severe) obesity due to excess calories")), "2015-01-01")
    aki = c.cond(cc(C("icd", "N17.0", "Acute kidney failure with tubular necrosis"), C("sct", "14669001", "Acute renal failure syndrome")), "2025-08-11", status="resolved", abate="2025-09-20")
    c.cond(cc(C("icd", "M62.82", "Rhabdomyolysis"), C("sct", "240131006", "Rhabdomyolysis")), "2025-08-11", status="resolved", abate="2025-08-25")
    e0 = c.enc("2025-08-11", "IMP", "Inpatient admission", "Exertional heat illness, rhabdomyolysis, AKI", end="2025-08-29", disp="Home")
    c.lab("ck", "2025-08-11", 148000, e0)
    c.lab("cr_m", "2025-08-13", 8.9, e0)
    c.proc(cc(C("cpt", "36558", "Insertion of tunneled centrally inserted central venous catheter, without subcutaneous port or pump; age 5 years or older")), "2025-08-14", enc=e0)
    hd = c.sr(cc(C("cpt", "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional")), "2025-08-14", "completed", "order", occ=("2025-08-14", "2025-09-05"), reason=aki, requester=neph)
    c.proc(cc(C("sct", "302497006", "Hemodialysis")), None, based_on=hd, reason=aki, note="Intermittent HD 2025-08-14 through 2025-09-05 (9 sessions); renal recovery, catheter removed 2025-09-18").__class__
    c.entries[-1]["resource"]["performedPeriod"] = {"start": "2025-08-14", "end": "2025-09-05"}
    e1 = c.enc("2025-09-18", "AMB", "Nephrology follow-up", "AKI recovery", pract=neph)
    c.note("2025-09-18", NOTE_PROGRESS, "Nephrology note", "Off HD since 9/5, urine output normal, Cr 1.6 -> 1.3. Tunneled catheter removed today. Dialysis no longer needed. Avoid NSAIDs, hydrate at work.", enc=e1, author=neph)
    c.lab("egfr", "2026-10-05", 78)
    c.lab("cr_m", "2026-10-05", 1.15)
    e2 = c.enc("2026-11-10T16:20:00-08:00", "EMER", "Emergency department visit", "Red swollen left forearm", end="2026-11-10T19:00:00-08:00", pract=ed, disp="Home")
    c.vitals("2026-11-10T16:20:00-08:00", e2, bp=(136, 84), hr=88, temp=37.9)
    for n, v in [("wbc", 11.6), ("cr_m", 1.1), ("glu", 118)]:
        c.lab(n, "2026-11-10T16:40:00-08:00", v, e2)
    cel = c.cond(cc(C("icd", "L03.114", "Cellulitis of left upper limb")), "2026-11-09", enc=e2, cat="encounter-diagnosis")
    c.med(cc(C("rx", "2231", "cephalexin")), "2026-11-10", "cephalexin 500 mg four times daily x 7 days", reason=cel, requester=ed)
    c.note("2026-11-10T18:50:00-08:00", NOTE_ED, "ED note", "45M roofer, scrape on L forearm 4 d ago, now erythema 8x6 cm, no fluctuance on US. Hx rhabdo/AKI requiring temporary HD 2025, fully recovered (Cr 1.1 today). Dx cellulitis. Keflex, mark borders, recheck 48 h.", enc=e2, author=ed)
    return c, dict(target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
                   why="Haemodialysis appears in the record but was a temporary course for AKI that ended in September 2025 with full renal recovery; no high-impact treatment is planned or running.",
                   summary="45M with past temporary dialysis for rhabdomyolysis AKI (recovered), now ED cellulitis")

def mpp_fusion(cid):
    c = Case(cid, "HCG")
    c.patient("Deborah L", "Ainsworth", "female", "1963-06-05", "HCG1004529", "5620 Shattuck Ave", marital=("M", "Married"))
    ed = c.pract("Amira", "Haddad", "Emergency Medicine")
    ns = c.pract("Victor", "Lindgren", "Neurological Surgery")
    pain = c.pract("Keiko", "Tanaka", "Pain Medicine")
    std_cov(c, "aetna")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2012-01-01")
    hypo = c.cond(cc(C("icd", "E03.9", "Hypothyroidism, unspecified")), "2009-01-01")
    sten = c.cond(cc(C("icd", "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), C("sct", "18347007", "Spinal stenosis of lumbar region")), "2025-10-01")
    spl = c.cond(cc(C("icd", "M43.16", "Spondylolisthesis, lumbar region")), "2026-10-27")
    c.med(cc(C("rx", "29046", "lisinopril")), "2012-01-01", "lisinopril 10 mg daily", reason=htn)
    c.med(cc(C("rx", "10582", "levothyroxine")), "2009-01-01", "levothyroxine 75 mcg daily", reason=hypo)
    c.med(cc(C("rx", "25480", "gabapentin")), "2026-03-01", "gabapentin 300 mg three times daily", reason=sten)
    c.proc(cc(C("cpt", "62323", "Injection(s), of diagnostic or therapeutic substance(s), interlaminar epidural, lumbar or sacral; with imaging guidance")), "2026-04-14", reason=sten, performer=pain)
    c.proc(cc(C("cpt", "62323", "Injection(s), of diagnostic or therapeutic substance(s), interlaminar epidural, lumbar or sacral; with imaging guidance")), "2026-08-05", reason=sten, performer=pain)
    e1 = c.enc("2026-09-14T10:00:00-07:00", "EMER", "Emergency department visit", "Low back and bilateral leg pain", end="2026-09-14T14:00:00-07:00", pract=ed, disp="Home")
    c.note("2026-09-14T13:40:00-07:00", NOTE_ED, "ED note", "63F known lumbar stenosis, bilateral buttock/leg pain with walking >1 block, relieved by sitting. No saddle anesthesia, no retention. Strength 5/5. Dx neurogenic claudication flare. Toradol, lidocaine patch.", enc=e1, author=ed)
    e2 = c.enc("2026-10-27T09:00:00-07:00", "EMER", "Emergency department visit", "Worsening leg pain, falls", end="2026-10-27T18:00:00-07:00", pract=ed, disp="Home")
    mri = c.obs(LN("24963-1", "MR Lumbar spine"), "2026-10-27T13:00:00-07:00", vstr="L4-5 grade 1 anterolisthesis (6 mm) with severe central canal stenosis; moderate bilateral foraminal narrowing.", cat="imaging", enc=e2, interp="A")
    c.report(LN("24963-1", "MR Lumbar spine"), "2026-10-27T13:00:00-07:00", "Severe L4-5 central stenosis with degenerative spondylolisthesis.", [mri], cat=("RAD", "Radiology"), enc=e2)
    e3 = c.enc("2026-11-09", "AMB", "Neurosurgery clinic", "Lumbar stenosis", pract=ns)
    c.vitals("2026-11-09", e3, bp=(138, 80), hr=72, wt=79.0)
    c.note("2026-11-09", NOTE_CONSULT, "Neurosurgery consult", """
NEUROSURGERY - Dr. Lindgren
Failed 9 mo conservative care (PT x 12 wk, gabapentin, 2 ESIs). Walking tolerance <1 block, 2 falls. Dynamic films: 6 mm -> 9 mm translation L4-5.
Recommend L4-5 laminectomy and transforaminal lumbar interbody fusion with pedicle screw fixation. Risks incl. dural tear, infection, nonunion, adjacent segment disease, 3-4 night stay reviewed.
Booked 01/12/2027. Pre-op medicine clearance ordered.""", enc=e3, author=ns)
    p = c.proc(cc(C("cpt", "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress the neural elements, single interspace; lumbar"), text="L4-5 decompression and TLIF"), None, status="preparation", reason=[sten, spl], performer=ns, note="Scheduled 2027-01-12, main OR")
    c.enc("2027-01-12T06:00:00-08:00", "IMP", "Elective surgical admission", "L4-5 TLIF", status="planned", pract=ns)
    c.sr(cc(C("sct", "183515008", "Referral to physician"), text="Pre-operative medical evaluation"), "2026-11-09", "active", "order", occ="2026-12-22", requester=ns)
    return c, dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
                   why="L4-5 decompression and instrumented interbody fusion (CPT 22633) recorded as a Procedure in preparation, booked for 2027-01-12 - major spine surgery not yet performed.",
                   summary="63F lumbar stenosis with spondylolisthesis, TLIF booked in 6 weeks")

def prc_ankle(cid):
    c = Case(cid, "HCG")
    c.patient("Malik", "Drummond", "male", "1993-02-17", "HCG4471108", "1820 Adeline St", marital=("S", "Never Married"))
    ed = c.pract("Amira", "Haddad", "Emergency Medicine")
    ortho = c.pract("Jonah", "Feldstein", "Orthopaedic Surgery")
    std_cov(c, "comm")
    c.cond(cc(C("icd", "J30.2", "Other seasonal allergic rhinitis")), "2010-01-01")
    e1 = c.enc("2026-11-09T20:00:00-08:00", "EMER", "Emergency department visit", "Right ankle injury", end="2026-11-09T23:30:00-08:00", pract=ed, disp="Home")
    c.vitals("2026-11-09T20:00:00-08:00", e1, bp=(128, 76), hr=84)
    xr = c.obs(LN("36642-5", "XR Ankle Right 3 Views"), "2026-11-09T21:00:00-08:00", vstr="Oblique nondisplaced fracture of the distal fibula at the level of the syndesmosis (Weber B). Mortise congruent.", cat="imaging", enc=e1, interp="A")
    fx = c.cond(cc(C("icd", "S82.64XA", "Nondisplaced fracture of lateral malleolus of right fibula, initial encounter for closed fracture"), C("sct", "42188001", "Fracture of lateral malleolus")), "2026-11-09", enc=e1)
    c.note("2026-11-09T23:20:00-08:00", NOTE_ED, "ED note", "33M inversion injury playing soccer. Isolated Weber B distal fibula fx, no medial tenderness. Posterior splint, crutches, NWB, ortho clinic 1 wk.", enc=e1, author=ed)
    e2 = c.enc("2026-11-16", "AMB", "Orthopaedic fracture clinic", "Right ankle fracture", pract=ortho)
    c.obs(LN("36642-5", "XR Ankle Right 3 Views"), "2026-11-16", vstr="Weight-bearing views: medial clear space 3 mm, stable; no talar shift.", cat="imaging", enc=e2, interp="N")
    c.note("2026-11-16", NOTE_PROGRESS, "Ortho clinic note", "Stable isolated Weber B, WB films show no talar shift. Non-operative: CAM boot, WBAT, 6 wk, PT at 4 wk. Surgery not indicated.", enc=e2, author=ortho)
    c.sr(cc(C("hcpcs", "L4361", "Walking boot, pneumatic and/or vacuum, with or without joints, with or without interface material, prefabricated")), "2026-11-16", "completed", "order", reason=fx, requester=ortho)
    c.add("Communication", "comm-1", {"status": "completed", "category": [tx("Patient portal message")], "subject": {"reference": c.P}, "sent": "2026-11-18T21:47:00-08:00",
          "sender": {"reference": c.P}, "recipient": [{"reference": ortho}], "topic": tx("Question about my ankle treatment"),
          "payload": [{"contentString": "Hi Dr. Feldstein, I've been thinking about what you said at my visit. My teammate broke the same bone and got surgery with a plate and he was back playing faster. I felt kind of rushed and I don't think my questions got answered. Before I commit to 6 weeks in the boot I would like a second opinion from another orthopedic surgeon, can you refer me or send my x-rays? Thanks, Malik"}]})
    c.add("Communication", "comm-2", {"status": "completed", "category": [tx("Patient portal message")], "subject": {"reference": c.P}, "sent": "2026-11-19T09:12:00-08:00",
          "sender": {"reference": ortho}, "recipient": [{"reference": c.P}], "inResponseTo": [{"reference": f"Communication/{cid}-comm-1"}],
          "payload": [{"contentString": "Message received - our clinic coordinator will call you to discuss."}]})
    c.med(cc(C("rx", "161", "acetaminophen")), "2026-11-09", "acetaminophen 1000 mg every 8 h as needed", requester=ed)
    c.med(cc(C("rx", "5640", "ibuprofen")), "2026-11-09", "ibuprofen 600 mg every 8 h with food as needed", requester=ed)
    return c, dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
                   why="Patient-authored portal Communication explicitly asks for a second opinion from another orthopaedic surgeon about non-operative fracture care.",
                   summary="33M Weber B ankle fracture, portal message asking for a second opinion")

def rcc_complex(cid):
    c = Case(cid, "HCG")
    c.patient("Beverly Ann", "Whitlock", "female", "1955-01-27", "HCG0087713", "2290 Fruitvale Ave", marital=("W", "Widowed"))
    hm = c.pract("Samira", "Qureshi", "Hospital Medicine")
    pcp = c.pract("Hannah", "Brightwater", "Family Medicine")
    std_cov(c, "ma")
    conds = [
        (cc(C("icd", "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), C("sct", "13645005", "Chronic obstructive lung disease")), "2012-01-01", "Pulmonology - Dr. Ng"),
        (cc(C("icd", "I50.22", "Chronic systolic (congestive) heart failure"), C("sct", "703272007", "Heart failure with reduced ejection fraction")), "2019-05-01", "Cardiology - Dr. Abiola; LVEF 35%"),
        (cc(C("icd", "N18.32", "Chronic kidney disease, stage 3b"), C("sct", "700379002", "Chronic kidney disease stage 3B")), "2021-02-01", "Nephrology - Dr. Raghavan"),
        (cc(C("icd", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy")), "2005-01-01", "Endocrinology - Dr. Sato"),
        (cc(C("icd", "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), C("sct", "69896004", "Rheumatoid arthritis")), "2010-01-01", "Rheumatology - Dr. Kessler"),
        (cc(C("icd", "F33.1", "Major depressive disorder, recurrent, moderate")), "2018-01-01", "Behavioral health integration"),
    ]
    refs = [c.cond(code, onset, note=n) for code, onset, n in conds]
    meds = [("69120", "tiotropium", "18 mcg inhaled daily", 0), ("20352", "carvedilol", "12.5 mg twice daily", 1), ("4603", "furosemide", "40 mg daily", 1),
            ("1545653", "empagliflozin", "10 mg daily", 2), ("274783", "insulin glargine", "22 units nightly", 3), ("5521", "hydroxychloroquine", "200 mg daily", 4), ("36437", "sertraline", "100 mg daily", 5)]
    for rx, name, dose, i in meds:
        c.med(cc(C("rx", rx, name)), "2025-06-01", f"{name} {dose}", reason=refs[i])
    e1 = c.enc("2026-10-21T03:00:00-07:00", "IMP", "Inpatient admission", "COPD exacerbation", end="2026-10-25T13:00:00-07:00", pract=hm, disp="Home with home health")
    c.vitals("2026-10-21T03:00:00-07:00", e1, bp=(148, 86), hr=104, spo2=86, rr=28)
    for n, v in [("bnp", 310), ("egfr", 38), ("a1c", 7.6), ("k", 4.8), ("wbc", 12.9)]:
        c.lab(n, "2026-10-21T04:00:00-07:00", v, e1)
    c.note("2026-10-25T12:00:00-07:00", NOTE_DC, "Discharge summary", """
71F with COPD (FEV1 41%), HFrEF (EF 35%), CKD 3b, T2DM with neuropathy, seropositive RA on HCQ, recurrent MDD. Admitted with AECOPD (viral), treated with nebs, prednisone 40 mg x5, azithromycin; no BiPAP. Diuretic held 1 day then resumed; Cr stable. Steroid hyperglycemia managed with correction insulin.
Follow-up: PCP 1 wk, pulmonology, cardiology HF clinic, nephrology, rheumatology (steroid exposure), endocrinology. Home health RN/PT. Medication reconciliation done - 12 active meds, pharmacist review requested.""", enc=e1, author=hm)
    e2 = c.enc("2026-11-04", "AMB", "Post-discharge transitional care visit", "Hospital follow-up", pract=pcp)
    c.vitals("2026-11-04", e2, bp=(132, 78), hr=84, spo2=93, wt=70.4)
    c.lab("egfr", "2026-11-04", 40, e2)
    c.note("2026-11-04", NOTE_PROGRESS, "Transitional care note", "Back to baseline breathing. 5 specialists involved; pt overwhelmed by appointments. Care coordination referral placed.", enc=e2, author=pcp)
    return c, dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
                   why="Six active chronic conditions followed by five specialties (pulmonology, cardiology, nephrology, endocrinology, rheumatology, plus behavioural health) - meets the complexity arm.",
                   summary="71F COPD, HFrEF, CKD 3b, diabetic neuropathy, RA, depression - admission for COPD flare")

def rcc_nm_fourconds(cid):
    c = Case(cid, "MCM")
    c.patient("Raymond", "Escobedo", "male", "1957-11-09", "MC0813366", "415 Zarzamora St", lang=("en", "English"), marital=("M", "Married"))
    hm = c.pract("Priya", "Natarajan", "Hospital Medicine")
    card = c.pract("Olivia", "Strand", "Cardiovascular Disease")
    std_cov(c, "ma")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2008-01-01")
    hld = c.cond(cc(C("icd", "E78.5", "Hyperlipidemia, unspecified")), "2008-01-01")
    dm = c.cond(cc(C("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    cad = c.cond(cc(C("icd", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), C("sct", "53741008", "Coronary arteriosclerosis")), "2021-03-01", note="DES to mid LAD 03/2021")
    c.cond(cc(C("icd", "J18.9", "Pneumonia, unspecified organism")), "2024-01-10", status="resolved", abate="2024-01-24")
    c.cond(cc(C("icd", "N17.9", "Acute kidney failure, unspecified")), "2024-01-10", status="resolved", abate="2024-01-16")
    c.cond(cc(C("icd", "L03.115", "Cellulitis of right lower limb")), "2023-07-02", status="resolved", abate="2023-07-15")
    for rx, n, d, r in [("1191", "aspirin", "81 mg daily", cad), ("83367", "atorvastatin", "80 mg nightly", hld), ("6809", "metformin", "1000 mg twice daily", dm), ("29046", "lisinopril", "20 mg daily", htn), ("6918", "metoprolol", "succinate 50 mg daily", cad)]:
        c.med(cc(C("rx", rx, n)), "2021-03-15", f"{n} {d}", reason=r)
    e1 = c.enc("2026-11-18T06:30:00-06:00", "EMER", "Emergency department visit", "Chest pressure", end="2026-11-18T11:00:00-06:00", disp="Placed in observation")
    e2 = c.enc("2026-11-18T11:00:00-06:00", "OBSENC", "Observation unit stay", "Chest pain rule-out", end="2026-11-19T14:00:00-06:00", pract=hm, disp="Home")
    c.vitals("2026-11-18T06:30:00-06:00", e1, bp=(150, 88), hr=78, spo2=98)
    c.lab("trop", "2026-11-18T06:50:00-06:00", 7, e1)
    c.lab("trop", "2026-11-18T09:50:00-06:00", 8, e1)
    c.lab("a1c", "2026-11-18T06:50:00-06:00", 6.9, e1)
    c.lab("egfr", "2026-11-18T06:50:00-06:00", 74, e1)
    se = c.obs(cc(text="Exercise stress echocardiogram"), "2026-11-19T09:00:00-06:00", vstr="Exercise echo 9.2 METs, 88% MPHR, no wall motion abnormality, EF 58%.", cat="imaging", enc=e2, interp="N")
    c.report(cc(text="Exercise stress echocardiogram"), "2026-11-19T09:00:00-06:00", "Negative for inducible ischemia.", [se], cat=("CUS", "Cardiac Ultrasound"), enc=e2, performer=card)
    c.note("2026-11-19T13:30:00-06:00", NOTE_DC, "Observation discharge summary", "69M HTN, HLD, T2DM, CAD s/p LAD DES 2021. Chest pressure after lifting at home, resolved. Troponins flat, ECG unchanged, exercise echo negative. Likely musculoskeletal. Continue current meds, cardiology f/u 4-6 wk.", enc=e2, author=hm)
    return c, dict(target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
                   why="Only four active chronic conditions (HTN, hyperlipidaemia, T2DM, CAD) within cardiology/endocrinology; the other problems are resolved, and none is rare.",
                   summary="69M cardiometabolic multimorbidity (4 conditions), chest pain observation stay, negative work-up")
