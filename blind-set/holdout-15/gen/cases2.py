from lib import *
from cases1 import va_cov, medicare, commercial

# ---------------- MAJOR_PROCEDURE_PLANNED ----------------
def mpp_p1(c):
    """Academic: laparoscopic sigmoid colectomy ordered for diverticulitis with colovesical fistula, 2026-12-15."""
    c.patient("Walter Henrik", "Lindqvist", "male", "1968-03-03", "LUMC-7720156", "5412 N Paulina St", marital="M")
    pcp = c.prac("Irene", "Osei", qual="MD, General Internal Medicine"); crs = c.prac("Paul", "Vandermeer", qual="MD, Colon and Rectal Surgery"); ir = c.prac("Yuki", "Tanaka", qual="MD, Interventional Radiology")
    commercial(c, "Great Lakes BlueCross PPO")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2016-01-01")
    c.cond(ccs(("55822004", "Hyperlipidemia"), ("E78.5", "Hyperlipidemia, unspecified")), "2016-01-01")
    c.cond(ccs(None, ("K57.32", "Diverticulitis of large intestine without perforation or abscess without bleeding"), text="Acute sigmoid diverticulitis"), "2025-04-08", status="resolved", abated="2025-05-01", cat="encounter-diagnosis")
    c.cond(ccs(None, ("K57.20", "Diverticulitis of large intestine with perforation and abscess without bleeding"), text="Sigmoid diverticulitis with 3.4 cm pericolic abscess"), "2025-11-19", status="resolved", abated="2026-01-10", cat="encounter-diagnosis")
    c.proc(cc((CPT, "49406", "Image-guided fluid collection drainage by catheter, peritoneal or retroperitoneal, percutaneous"), text="CT-guided drainage pericolic abscess"), "2025-11-20", who=ir)
    fis = c.cond(ccs(None, ("N32.1", "Vesicointestinal fistula"), text="Colovesical fistula secondary to sigmoid diverticular disease"), "2026-06-30", who=crs)
    c.med("29046", "lisinopril 20 mg tablet", "2016-02-01", dose="20 mg daily", who=pcp); c.med("36567", "simvastatin 20 mg tablet", "2016-02-01", dose="20 mg nightly", who=pcp)
    c.med("2551", "ciprofloxacin 500 mg tablet", "2026-10-14", status="completed", dose="500 mg BID x 7 days", who=crs, note="For E. coli UTI related to fistula.")
    e1 = c.enc("2026-06-30", "Emergency department visit", crs, cls="EMER", reason="Pneumaturia, dysuria, LLQ pain", end="2026-06-30T17:00:00-05:00")
    ct = c.obs(cc(text="CT abdomen pelvis with contrast impression"), "2026-06-30", vstr="Sigmoid diverticulosis with wall thickening, focal tethering to bladder dome and intravesical gas, consistent with colovesical fistula. No abscess.", cat="imaging", interp="A", enc=e1)
    c.report(cc((LOINC, "36813-4", "CT Abdomen and Pelvis W contrast")), "2026-06-30", "Findings consistent with colovesical fistula.", [ct], enc=e1)
    c.obs(cc(text="Urine culture"), "2026-06-30", vstr=">100,000 CFU/mL Escherichia coli and mixed enteric flora.", enc=e1, interp="A")
    c.proc(ccs(("73761001", "Colonoscopy"), cpt=("45378", "Colonoscopy, flexible; diagnostic")), "2026-08-20", who=crs, reason=fis, note="Severe sigmoid diverticulosis, narrowed but traversable. No neoplasia.")
    e2 = c.enc("2026-10-14", "Colorectal surgery clinic", crs, reason="Colovesical fistula - surgical planning")
    c.vitals("2026-10-14", e2, 130, 82, 74, wt=92.0, bmi=28.4)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-20", 14.2, "g/dL", 13.5, 17.5)
    c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-11-20", 0.92, "mg/dL", 0.7, 1.3)
    c.sr(ccs(cpt=("44207", "Laparoscopy, surgical; colectomy, partial, with anastomosis, with coloproctostomy (low pelvic anastomosis)"), local=(c.o["local"], "SURG-4471", "LAP SIGMOID COLECTOMY"), text="Laparoscopic sigmoid colectomy with primary anastomosis, takedown of colovesical fistula and bladder repair"),
         "2026-10-14", status="active", intent="order", occ="2026-12-15T07:30:00-06:00", who=crs, performer=crs, reason=fis, enc=e2,
         note="Urology (Dr. Feld) to assist with bladder repair. Bilateral ureteral stents at start of case. ERAS pathway.")
    c.sr(cc((SCT, "306252003", "Referral to urology service")), "2026-10-14", status="completed", who=crs, enc=e2)
    c.note("11488-4", "Consult note", "Colorectal surgery consultation", "2026-10-14", crs, """
COLORECTAL SURGERY
58M with 3 episodes of sigmoid diverticulitis (4/2025 uncomplicated; 11/2025 with abscess, percutaneous drain; 6/2026 colovesical fistula with pneumaturia and recurrent E. coli UTI). Colonoscopy 8/2026 no neoplasia.
Recommendation: elective laparoscopic sigmoid colectomy with en bloc fistula takedown and primary bladder repair. Primary colorectal anastomosis planned; risks including leak, conversion to open, and possible temporary diversion discussed. Consent signed.
Surgery booked 12/15/2026. Pre-op: bowel prep with oral antibiotics, type and screen.""", enc=e2)

def mpp_p2(c):
    """VA: neurosurgery proposes L4-5 decompression + instrumented TLIF; consult in VistA-style, planned 2027-01-19."""
    c.patient("Gerald Wayne", "Pruitt", "male", "1965-01-19", "2290417", "712 Shroyer Rd")
    pcp = c.prac("Latoya", "Bennett", qual="MD, PACT Primary Care"); nsg = c.prac("Stefan", "Kowalski", qual="MD, Neurosurgery"); pmr = c.prac("Aaron", "Lipsky", qual="MD, PM&R Interventional Spine")
    va_cov(c, "1995-03-01")
    sp = c.cond(ccs(("203095000", "Acquired spondylolisthesis"), ("M43.16", "Spondylolisthesis, lumbar region"), text="Degenerative spondylolisthesis L4-5, grade II"), "2024-03-01", who=nsg)
    st = c.cond(ccs(("18347007", "Radiculopathy"), ("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), "2024-03-01", who=nsg)
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(ccs(("60862001", "Tinnitus"), ("H93.13", "Tinnitus, bilateral")), "1992-01-01")
    c.med("25480", "gabapentin 600 mg tablet", "2024-05-01", dose="600 mg TID", who=pcp, reason=st)
    c.med("41493", "meloxicam 15 mg tablet", "2024-05-01", dose="15 mg daily with food", who=pcp)
    c.med("17767", "amlodipine 10 mg tablet", "2012-06-01", dose="10 mg daily", who=pcp)
    for d in ["2025-06-11", "2025-10-22", "2026-03-18"]:
        c.proc(cc((CPT, "64483", "Injection, anesthetic agent and/or steroid, transforaminal epidural, with imaging guidance, lumbar or sacral, single level"), text="L4-5 transforaminal epidural steroid injection"), d, who=pmr, reason=st, note="Relief ~3-6 weeks.")
    c.proc(cc((CPT, "97110", "Therapeutic exercises"), text="Physical therapy course (12 visits)"), "2024-09-30", who=pmr)
    mri = c.obs(cc(text="MRI lumbar spine impression"), "2026-08-05", vstr="Grade II anterolisthesis L4 on L5 with severe central and bilateral foraminal stenosis. Dynamic films: 6 mm translation.", cat="imaging", interp="A")
    c.report(cc((LOINC, "24967-2", "MR Lumbar spine WO contrast")), "2026-08-05", "Severe L4-5 stenosis with unstable grade II degenerative spondylolisthesis.", [mri])
    e1 = c.enc("2026-06-02", "PACT visit", pcp, reason="Back and leg pain")
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-06-02", 7, "{score}", cat="survey", enc=e1)
    c.vitals("2026-06-02", e1, 134, 82, 70, wt=94.0)
    e2 = c.enc("2026-11-05", "Neurosurgery clinic", nsg, reason="Lumbar stenosis with spondylolisthesis", codes=[(c.o["local"], "NSG-CON", "NEUROSURGERY OUTPT CONSULT")])
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-05", 7, "{score}", cat="survey", enc=e2)
    c.obs(cc(text="Walking tolerance"), "2026-11-05", vstr="Neurogenic claudication after ~1 block; must sit to relieve.", cat="exam", enc=e2)
    c.sr(ccs(cpt=("22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy, single interspace, lumbar"),
             local=(c.o["local"], "OR-NSG-TLIF", "NEUROSURGERY OR REQUEST - LUMBAR FUSION"), text="L4-5 laminectomy and transforaminal lumbar interbody fusion with pedicle screw instrumentation"),
         "2026-11-05", status="active", intent="plan", occ="2027-01-19", who=nsg, reason=[sp, st], enc=e2,
         note="Pre-anesthesia clinic 12/2026. Veteran wishes to proceed after holidays.")
    c.note("11488-4", "Consult note", "Neurosurgery consult", "2026-11-05", nsg, """
NEUROSURGERY OUTPATIENT CONSULT
61 y/o Marine veteran, 2+ yrs back and bilateral leg pain, neurogenic claudication at 1 block. Failed PT, NSAIDs, gabapentin, 3 TFESIs.
MRI 8/2026: grade II L4-5 spondylolisthesis, severe stenosis, 6 mm dynamic instability.
Exam: 5/5 strength, diminished L5 sensation bilaterally.
Recommend: L4-5 decompression and instrumented fusion (TLIF). Risks/benefits/alternatives discussed in detail incl. nonunion, adjacent segment disease, infection, durotomy. Veteran would like to proceed.
Plan: OR request placed, tentative date 1/19/2027. Pre-op labs, PAC appointment. Stop meloxicam 7 days prior.""", enc=e2)

def mpp_p3(c):
    """Academic: heart-team recommends transfemoral TAVR; Procedure in status preparation, booked 2026-12-17."""
    c.patient("Beatrice Adaeze", "Okafor", "female", "1943-05-11", "BUH-0088315", "77 Cortland Ave", marital="W")
    card = c.prac("Martin", "Feldstein", qual="MD, Structural Heart / Interventional Cardiology"); cts = c.prac("Helena", "Ruiz", qual="MD, Cardiothoracic Surgery"); pcp = c.prac("David", "Chu", qual="MD, Geriatrics")
    medicare(c, "2008-05-01", sup="Golden Gate Senior Advantage")
    as_ = c.cond(ccs(("60573004", "Aortic valve stenosis"), ("I35.0", "Nonrheumatic aortic (valve) stenosis"), text="Severe calcific aortic stenosis, NYHA III"), "2022-08-01", severity="Severe")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2000-01-01")
    c.cond(ccs(("433144002", "Chronic kidney disease stage 3"), ("N18.31", "Chronic kidney disease, stage 3a")), "2021-01-01")
    c.cond(ccs(("55822004", "Hyperlipidemia"), ("E78.5", "Hyperlipidemia, unspecified")), "2005-01-01")
    c.med("4603", "furosemide 20 mg tablet", "2026-07-01", dose="20 mg daily", who=card); c.med("29046", "lisinopril 5 mg tablet", "2018-01-01", dose="5 mg daily", who=pcp); c.med("83367", "atorvastatin 20 mg", "2005-01-01", dose="20 mg daily", who=pcp)
    for d, v in [("2026-03-10", 52), ("2026-07-01", 50), ("2026-11-03", 53)]:
        c.obs(("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"), d, v, "mL/min/{1.73_m2}", 60, None)
    e1 = c.enc("2026-09-08", "Structural heart clinic", card, reason="Severe AS, exertional dyspnea")
    c.vitals("2026-09-08", e1, 142, 70, 68, wt=62.0)
    a1 = c.obs(cc(text="Aortic valve area by continuity equation"), "2026-09-08", 0.7, "cm2", 1.5, None, cat="imaging", enc=e1, ucum="cm2")
    a2 = c.obs(cc(text="Aortic valve mean gradient"), "2026-09-08", 46, "mmHg", None, 20, cat="imaging", enc=e1, ucum="mm[Hg]")
    a3 = c.obs(("10230-1", "Left ventricular Ejection fraction"), "2026-09-08", 58, "%", 52, 74, cat="imaging", enc=e1)
    c.report(cc(text="Transthoracic echocardiogram"), "2026-09-08", "Severe calcific aortic stenosis (AVA 0.7 cm2, MG 46 mmHg, Vmax 4.3 m/s). Preserved LVEF.", [a1, a2, a3], cat="CUS", enc=e1)
    c.proc(ccs(("33367004", "Coronary angiography"), cpt=("93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization")), "2026-10-29", who=card, note="Non-obstructive CAD. No PCI.")
    c.obs(cc(text="CT TAVR protocol - annulus perimeter"), "2026-10-30", 72, "mm", cat="imaging", note="Iliofemoral access adequate bilaterally (min diameter 6.8 mm).")
    c.obs(cc(text="STS predicted risk of mortality (PROM)"), "2026-11-10", 5.8, "%", cat="survey")
    hb = c.impression("2026-11-10", card, "Multidisciplinary heart team consensus: severe symptomatic AS, intermediate surgical risk (STS 5.8%), frailty (5-m walk 7.9 s). Recommend transfemoral TAVR with balloon-expandable valve, 26 mm.",
                      problems=[as_], desc="Structural heart team conference")
    c.proc(ccs(cpt=("33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"), text="Transfemoral TAVR"), None, status="preparation", who=card, reason=as_,
           note="Scheduled 12/17/2026, hybrid OR. Pre-procedure labs and dental clearance complete. Co-operators: Dr. Feldstein / Dr. Ruiz.")
    c.note("11488-4", "Consult note", "Cardiothoracic surgery - heart team evaluation", "2026-11-10", cts, """
HEART TEAM - CT SURGERY EVALUATION
83F severe calcific AS, NYHA III dyspnea walking one block, one presyncopal episode. STS PROM 5.8%, frail, lives alone.
Discussed SAVR vs TAVR at heart team conference 11/10/2026: consensus transfemoral TAVR. Patient and daughter agree. Procedure scheduled 12/17/2026.""")

def mpp_nm1(c):
    """VA: minor dermatologic excision planned (epidermoid cyst), cryotherapy done earlier."""
    c.patient("Luis Alberto", "Ferreira", "male", "1957-08-21", "8845120", "301 Bel Air Rd", lang="es")
    pcp = c.prac("Karen", "Whitlock", qual="MD, PACT Primary Care"); derm = c.prac("Imani", "Garvey", qual="MD, Dermatology")
    va_cov(c, "2005-01-01"); medicare(c, "2022-08-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(ccs(("266569009", "Benign prostatic hyperplasia"), ("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2017-01-01")
    ak = c.cond(ccs(("201101007", "Actinic keratosis"), ("L57.0", "Actinic keratosis")), "2024-04-01")
    cy = c.cond(ccs(None, ("L72.0", "Epidermal cyst"), text="Epidermoid cyst, upper back, 2.5 cm, recurrently inflamed"), "2025-11-01", who=derm)
    c.med("29046", "lisinopril 10 mg", "2010-01-01", dose="10 mg daily", who=pcp); c.med("77492", "tamsulosin 0.4 mg capsule", "2017-01-01", dose="0.4 mg nightly", who=pcp)
    c.med("2231", "cephalexin 500 mg capsule", "2026-06-10", status="completed", dose="500 mg QID x 7 d", who=pcp, note="Inflamed cyst.")
    e0 = c.enc("2026-06-10", "PACT visit", pcp, reason="Painful lump on back"); c.vitals("2026-06-10", e0, 132, 80, 72, wt=81.0)
    e1 = c.enc("2026-10-08", "Dermatology clinic", derm, reason="Back cyst, skin check")
    c.proc(ccs(("66190005", "Cryotherapy of skin lesion"), cpt=("17000", "Destruction premalignant lesions; first lesion")), "2026-10-08", who=derm, reason=ak, enc=e1, note="LN2 to 4 AKs on scalp and dorsal hands.")
    c.sr(ccs(cpt=("11403", "Excision, benign lesion including margins, trunk, arms or legs; excised diameter 2.1 to 3.0 cm"), local=(c.o["local"], "DERM-PROC", "DERMATOLOGY PROCEDURE CLINIC"), text="Excision of epidermoid cyst, upper back, local anesthesia"),
         "2026-10-08", status="active", intent="order", occ="2026-12-18T10:00:00-05:00", who=derm, performer=derm, reason=cy, enc=e1, note="Office procedure under local lidocaine. Continue lisinopril.")
    c.vitals("2026-10-08", e1, 128, 78, 70)
    c.note("11488-4", "Consult note", "Dermatology consult", "2026-10-08", derm, """
DERMATOLOGY
69M Veteran. 2.5 cm epidermoid cyst upper back, inflamed twice this year (last 6/2026, cephalexin). Currently quiescent.
Full skin exam: 4 AKs treated with LN2 today. No suspicious pigmented lesions.
Plan: elective excision in derm procedure clinic under local anesthesia 12/18/2026. Sun protection counseling. Return 6 months.""", enc=e1)
    e2 = c.enc("2026-11-04", "PACT visit", pcp, reason="HTN follow-up"); c.vitals("2026-11-04", e2, 130, 78, 70, wt=80.6)

def mpp_nm2(c):
    """Academic: CABG x3 already performed 2026-10-05 after NSTEMI; only cardiac rehab pending."""
    c.patient("Harold Stanislaw", "Brzezinski", "male", "1960-02-14", "CUMC-5503741", "1820 Gallatin Pike", marital="M")
    card = c.prac("Renee", "Alvarez", qual="MD, Cardiology"); cts = c.prac("Gregory", "Nwosu", qual="MD, Cardiac Surgery")
    commercial(c, "Volunteer State Health Alliance")
    cad = c.cond(ccs(("53741008", "Coronary arteriosclerosis"), ("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), text="Three-vessel coronary artery disease"), "2026-09-23")
    c.cond(ccs(("44054006", "Diabetes mellitus type 2"), ("E11.9", "Type 2 diabetes mellitus without complications")), "2017-01-01")
    c.cond(ccs(("55822004", "Hyperlipidemia"), ("E78.5", "Hyperlipidemia, unspecified")), "2015-01-01")
    mi = c.cond(ccs(("401303003", "Acute non-ST segment elevation myocardial infarction"), ("I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")), "2026-09-22", status="resolved", abated="2026-10-20", cat="encounter-diagnosis")
    e1 = c.enc("2026-09-22T03:10:00-05:00", "Inpatient admission - cardiology", card, cls="IMP", end="2026-10-11T12:00:00-05:00", reason="Chest pain, NSTEMI", priority="EM", admit="emd", discharge="home")
    c.obs(("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), "2026-09-22", 1840, "ng/L", None, 20, enc=e1)
    c.proc(ccs(("33367004", "Coronary angiography"), cpt=("93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization")), "2026-09-23", who=card, reason=mi, enc=e1, note="LM 40%, pLAD 90%, OM1 85%, RCA 95%. SYNTAX 31. Heart team: CABG.")
    srq = c.sr(ccs(("232717009", "Coronary artery bypass grafting"), cpt=("33533", "Coronary artery bypass, using arterial graft(s); single arterial graft")), "2026-09-24", status="completed", occ="2026-10-05", who=cts, reason=cad, enc=e1)
    c.proc(ccs(("232717009", "Coronary artery bypass grafting"), cpt=("33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), text="CABG x3 (LIMA-LAD, SVG-OM1, SVG-RCA)"), "2026-10-05T07:45:00-05:00", who=cts, reason=cad, enc=e1, based=srq, outcome="Successful; extubated POD0, discharged POD6")
    c.proc(cc((CPT, "33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); 2 venous grafts")), "2026-10-05T07:45:00-05:00", who=cts, reason=cad, enc=e1)
    c.note("18842-5", "Discharge summary", "Discharge summary", "2026-10-11", cts, "NSTEMI 9/22 -> 3VD -> CABG x3 10/5/2026, uncomplicated aside from brief post-op AF (resolved, amiodarone 4 weeks). Discharged home POD6. Cardiac rehab referral placed.", enc=e1)
    c.med("1191", "aspirin 81 mg tablet", "2026-09-22", dose="81 mg daily", who=card); c.med("83367", "atorvastatin 80 mg", "2026-09-22", dose="80 mg daily", who=card)
    c.med("20352", "carvedilol 6.25 mg tablet", "2026-10-11", dose="6.25 mg BID", who=card); c.med("6809", "metformin 1000 mg", "2017-01-01", dose="1000 mg BID", who=card)
    c.med("703", "amiodarone 200 mg tablet", "2026-10-11", status="completed", dose="200 mg daily x 4 weeks", who=cts)
    c.sr(ccs(("313394004", "Cardiac rehabilitation"), cpt=("93798", "Physician or other qualified health care professional services for outpatient cardiac rehabilitation; with continuous ECG monitoring")), "2026-10-11", status="active", occ_period={"start": "2026-11-16", "end": "2027-02-12"}, who=card, reason=cad)
    e2 = c.enc("2026-11-10", "Cardiac surgery post-op visit", cts, reason="Post CABG")
    c.vitals("2026-11-10", e2, 124, 74, 64, wt=84.0)
    c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-11-10", 7.1, "%", 4.0, 5.6, enc=e2)
    c.note("11506-3", "Progress note", "Post-op visit", "2026-11-10", cts, "5 weeks s/p CABG x3. Sternum stable, incisions healed, leg harvest site healed. In sinus rhythm, amiodarone completed. Walking 20 min daily. Cleared to start cardiac rehab. Follow-up with cardiology.", enc=e2)

# ---------------- UNTREATABLE_PROGNOSIS ----------------
def up_p1(c):
    """Community oncology: metastatic pancreatic cancer after two lines; 'no further standard treatment options'; hospice referral."""
    c.patient("Arthur Kenji", "Nakamura-Bell", "male", "1952-09-05", "DSC-118402", "9005 Tramway Blvd NE", marital="M")
    onc = c.prac("Rebecca", "Sandoval", qual="MD, Medical Oncology"); rn = c.prac("Lydia", "Chee", prefix="", qual="RN, Oncology Nurse Navigator")
    medicare(c, "2017-09-01", sup="High Desert Senior Supplement")
    pc = c.cond(ccs(("363418001", "Malignant tumor of pancreas"), ("C25.0", "Malignant neoplasm of head of pancreas"), ncit=("C8294", "Pancreatic Ductal Adenocarcinoma"), text="Pancreatic adenocarcinoma, head, stage IV"), "2025-10-14", who=onc)
    lm = c.cond(ccs(("94381002", "Secondary malignant neoplasm of liver"), ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2025-10-14")
    c.cond(ccs(None, ("E08.9", "Diabetes mellitus due to underlying condition without complications"), text="Pancreatogenic diabetes"), "2025-12-01")
    pain = c.cond(ccs(("443547000", "Neoplasm related pain"), ("G89.3", "Neoplasm related pain (acute) (chronic)")), "2026-06-01")
    cp1 = c.careplan("mFOLFIRINOX q14d", "completed", "2025-11-03", "2026-04-20", addresses=[pc], who=onc, cat=cc((c.o["local"], "REG", "Chemotherapy regimen")), note="8 cycles; stopped for progression 4/2026.")
    for code, t, st, d in [("32592", "oxaliplatin 85 mg/m2 IV (J9263)", "completed", "2025-11-03"), ("4492", "fluorouracil 2400 mg/m2 CI 46h (J9190)", "completed", "2025-11-03"),
                           ("12574", "gemcitabine 1000 mg/m2 IV D1,8,15 q28d (J9201)", "stopped", "2026-05-04"), ("1597686", "paclitaxel protein-bound 125 mg/m2 IV D1,8,15 q28d (J9264)", "stopped", "2026-05-04")]:
        c.med(code, t, d, status=st, who=onc, reason=pc, category="outpatient")
    c.careplan("Gemcitabine + nab-paclitaxel", "revoked", "2026-05-04", "2026-10-28", addresses=[pc], who=onc, cat=cc((c.o["local"], "REG", "Chemotherapy regimen")), note="Discontinued after C6 for radiographic progression and decline in performance status.")
    for d, v in [("2026-05-01", 412), ("2026-10-26", 2960)]:
        c.obs(("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"), d, v, "U/mL", None, 35)
    ct = c.obs(cc(text="CT chest abdomen pelvis impression"), "2026-10-28", vstr="Progression: new and enlarging hepatic metastases (largest 5.1 cm), new peritoneal nodularity and moderate ascites.", cat="imaging", interp="A")
    c.report(cc((LOINC, "36267-3", "CT Chest and Abdomen and Pelvis W contrast")), "2026-10-28", "Progressive metastatic disease.", [ct])
    c.obs(("89247-1", "ECOG Performance Status score"), "2026-11-12", vcc=cc((LOINC, "LA3-6", "3")), cat="survey")
    c.med("7804", "oxycodone ER 20 mg tablet", "2026-08-01", dose="20 mg q12h", who=onc, reason=pain); c.med("7804", "oxycodone IR 5 mg tablet", "2026-08-01", dose="5-10 mg q4h PRN", who=onc, reason=pain)
    c.med("235783", "pancrelipase 24,000 units lipase capsule", "2025-11-10", dose="2 caps with meals, 1 with snacks", who=onc)
    e1 = c.enc("2026-11-12", "Oncology follow-up", onc, reason="Restaging results, goals of care")
    c.vitals("2026-11-12", e1, 108, 64, 96, wt=58.3)
    hos = c.sr(cc((SCT, "306205009", "Referral to hospice")), "2026-11-12", status="active", intent="order", who=onc, reason=pc, enc=e1, note="Home hospice - Sandia Hospice Partners. Patient and wife agree.")
    c.note("11506-3", "Progress note", "Oncology follow-up - goals of care", "2026-11-12", onc, """
MEDICAL ONCOLOGY
74M metastatic pancreatic adenocarcinoma (liver, peritoneum). NGS: KRAS G12D, MSS, no BRCA/PALB2, no NTRK/NRG1 fusion.
1L mFOLFIRINOX 11/2025-4/2026 -> PD. 2L gemcitabine/nab-paclitaxel 5/2026-10/2026 -> PD with ascites. ECOG 3, weight down 14 kg.
Assessment: There are no further standard treatment options. He does not meet performance-status requirements for available clinical trials.
Goals-of-care discussion with patient and wife: they choose comfort-focused care at home. DNR confirmed.
Plan: hospice referral placed. Continue oxycodone, pancrelipase. Navigator to coordinate paracentesis as needed.""", enc=e1)
    c.note("34748-4", "Telephone encounter Note", "Navigator call", "2026-11-16", rn, "Called wife. Hospice intake visit scheduled 11/18. Pain controlled 4/10. Reviewed constipation regimen.")

def up_p2(c):
    """Academic hepatology: decompensated ALD cirrhosis, declined by transplant committee; palliative care plan."""
    c.patient("Sandra Lynn", "McAllister", "female", "1967-12-02", "HV01128830", "46 Van Cortlandt Park S", marital="D")
    hep = c.prac("Avi", "Goldberg", qual="MD, Transplant Hepatology"); pall = c.prac("Nora", "Whelan", qual="MD, Palliative Medicine")
    medicare(c, "2024-01-01")
    cir = c.cond(ccs(("420054005", "Alcoholic cirrhosis"), ("K70.31", "Alcoholic cirrhosis of liver with ascites")), "2024-05-01", who=hep, note="Child-Pugh C.")
    c.cond(ccs(("72836002", "Hepatic encephalopathy"), ("K76.82", "Hepatic encephalopathy")), "2025-08-01")
    c.cond(ccs(("7200002", "Alcoholism"), ("F10.21", "Alcohol dependence, in remission")), "2015-01-01", note="Relapse 9/2026 per patient and family.")
    c.cond(ccs(None, ("R62.7", "Adult failure to thrive"), text="Severe frailty (Liver Frailty Index 5.4)"), "2026-06-01")
    for code, t, d in [("6218", "lactulose 10 g/15 mL solution, 30 mL TID titrate to 3 BMs", "2025-08-01"), ("35619", "rifaximin 550 mg tablet BID", "2025-08-01"), ("4603", "furosemide 40 mg daily", "2024-06-01"), ("9997", "spironolactone 100 mg daily", "2024-06-01")]:
        c.med(code, t, d, who=hep, reason=cir)
    for d in ["2026-09-02", "2026-10-01", "2026-10-29", "2026-11-19"]:
        c.proc(ccs(("61515000", "Paracentesis"), cpt=("49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), d, who=hep, reason=cir, note="Large-volume, albumin 25% replaced.")
    for d, bil, inr, cr, na in [("2026-06-10", 3.4, 1.8, 1.1, 133), ("2026-11-19", 6.2, 2.3, 1.6, 128)]:
        c.obs(("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), d, bil, "mg/dL", 0.1, 1.2)
        c.obs(("6301-6", "INR in Platelet poor plasma by Coagulation assay"), d, inr, "{INR}", 0.9, 1.1)
        c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), d, cr, "mg/dL", 0.57, 1.0)
        c.obs(("2951-2", "Sodium [Moles/volume] in Serum or Plasma"), d, na, "mmol/L", 135, 145, ucum="mmol/L")
    c.impression("2026-10-22", hep, "Liver transplant selection committee: not approved for listing. Reasons: alcohol relapse 9/2026 without engagement in treatment, severe frailty, inadequate caregiver support. Not a TIPS candidate (MELD-Na 29, HE).", problems=[cir], desc="Liver transplant selection committee")
    e1 = c.enc("2026-11-05", "Hepatology clinic", hep, reason="Decompensated cirrhosis, committee outcome")
    c.vitals("2026-11-05", e1, 96, 58, 92, wt=61.0)
    c.careplan("Palliative care plan - end-stage liver disease", "active", "2026-11-05", cat=ccs(("103735009", "Palliative care")), addresses=[cir], who=pall,
               desc="Symptom-focused care: ascites management with scheduled paracentesis, encephalopathy prevention, pain and pruritus control, advance care planning.",
               activities=[{"status": "scheduled", "description": "Home palliative care visits every 2 weeks"}, {"status": "in-progress", "description": "MOLST completed: DNR/DNI, selective treatment"}])
    c.note("11506-3", "Progress note", "Hepatology clinic", "2026-11-05", hep, """
TRANSPLANT HEPATOLOGY
59F decompensated alcohol-associated cirrhosis (refractory ascites, recurrent HE), MELD-Na 29. Selection committee 10/22 declined listing (relapse, frailty, support).
Not a candidate for TIPS. No further disease-directed options available at this time. Reviewed with patient and sister; she understands prognosis is limited.
Plan: palliative medicine co-management, continue lactulose/rifaximin, scheduled paracentesis q3-4 weeks. Re-referral only if sustained abstinence and improved support, unlikely given trajectory.""", enc=e1)
    c.note("11488-4", "Consult note", "Palliative medicine consult", "2026-11-05", pall, "Palliative consult for end-stage liver disease. Goals: remain at home, avoid ICU. MOLST DNR/DNI. Pruritus: sertraline trial. Plan home palliative visits q2w.", enc=e1)

def up_p3(c):
    """VA: GOLD 4 COPD, not a candidate for valves/transplant; note-only 'no further treatment options'; hospice consult."""
    c.patient("Eugene Roy", "Hollister", "male", "1948-04-17", "1175530", "2840 N Campbell Ave", marital="M")
    pulm = c.prac("Marisol", "Fuentes", qual="MD, Pulmonary"); pcp = c.prac("Gordon", "Lutz", qual="MD, PACT Primary Care")
    va_cov(c, "1999-01-01"); medicare(c, "2013-04-01")
    copd = c.cond(ccs(("13645005", "Chronic obstructive lung disease"), ("J44.9", "Chronic obstructive pulmonary disease, unspecified"), text="COPD, GOLD 4, group E (emphysema predominant)"), "2008-01-01", who=pulm)
    c.cond(ccs(None, ("J96.11", "Chronic respiratory failure with hypoxia"), text="Chronic hypoxic respiratory failure on 3 L home oxygen"), "2023-05-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2005-01-01")
    c.cond(ccs(("266569009", "Benign prostatic hyperplasia"), ("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2010-01-01")
    c.cond(ccs(("195951007", "Acute exacerbation of chronic obstructive airways disease"), ("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation")), "2026-09-14", status="resolved", abated="2026-09-21", cat="encounter-diagnosis")
    c.med(None, "fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 mcg inhaler (Trelegy)", "2022-01-01", dose="1 inhalation daily", who=pulm, reason=copd)
    c.med("435", "albuterol nebulizer solution 2.5 mg/3 mL", "2020-01-01", dose="q4h PRN", who=pulm)
    c.med("18631", "azithromycin 250 mg tablet", "2024-06-01", dose="250 mg three times weekly", who=pulm)
    c.med("7052", "morphine oral solution 10 mg/5 mL", "2026-11-03", dose="2.5 mg q4h PRN dyspnea", who=pulm)
    c.sr(cc((HCPCS, "E1390", "Oxygen concentrator, single delivery port"), text="Home oxygen 3 L/min continuous"), "2023-05-01", status="active", who=pulm)
    for d, e, typ in [("2026-03-02", "2026-03-07", "COPD exacerbation"), ("2026-06-20", "2026-06-26", "COPD exacerbation with hypercapnia"), ("2026-09-14", "2026-09-21", "COPD exacerbation, BiPAP")]:
        c.enc(d, "Inpatient admission - medicine", pulm, cls="IMP", end=e, reason=typ, priority="EM", admit="emd", discharge="home")
    c.obs(("20150-9", "FEV1"), "2026-06-30", 0.64, "L", cat="procedure", interp="L", note="22% predicted; FEV1/FVC 0.34.")
    c.obs(("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood"), "2026-09-14", 62, "mm[Hg]", 35, 45)
    e1 = c.enc("2026-11-03", "Pulmonary clinic", pulm, reason="End-stage COPD follow-up")
    c.vitals("2026-11-03", e1, 118, 66, 102, wt=54.2, spo2=89, rr=24)
    c.sr(ccs(("306237005", "Referral to palliative care service"), local=(c.o["local"], "CNS-HPC", "HOSPICE/PALLIATIVE CARE CONSULT")), "2026-11-03", status="active", who=pulm, reason=copd, enc=e1,
         note="Evaluate for VA home hospice. Veteran and wife agree.")
    c.note("11506-3", "Progress note", "Pulmonary clinic note", "2026-11-03", pulm, """
PULMONARY CLINIC
78M Vietnam veteran, COPD GOLD 4 (FEV1 0.64 L, 22%), chronic hypoxic/hypercapnic respiratory failure, 3 admissions in 2026 (last with BiPAP). BMI 17.
Maximal inhaled therapy, azithromycin, completed pulmonary rehab 2025. Not a candidate for endobronchial valves (homogeneous emphysema, collateral ventilation) or lung volume reduction surgery; not a transplant candidate (age, BMI).
Assessment: We have exhausted disease-modifying options; no further treatment options beyond symptom-directed care.
LST note updated: DNR/DNI, no ICU. Start low-dose oral morphine for refractory dyspnea.
Plan: Hospice/Palliative Care consult placed. PACT aware.""", enc=e1)

def up_nm1(c):
    """Community oncology: mCRC after 3 lines, palliative care plan - but second opinion at NCI centre 2026-08 already on record."""
    c.patient("Rosalind Adaeze", "Chukwu", "female", "1957-03-26", "RBH-0427719", "6120 Pershing Ave", marital="M")
    onc = c.prac("Thomas", "Ehrlich", qual="MD, Hematology/Oncology"); ext = c.prac("Mei", "Lin", qual="MD, GI Medical Oncology (outside)"); pall = c.prac("Joanne", "Pruitt", qual="NP, Palliative Care")
    extorg = c.add("Organization", {"name": "Gateway Comprehensive Cancer Center", "active": True, "type": [cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider"))]}, "org")
    medicare(c, "2022-03-01", sup="Show-Me Senior Plan")
    crc = c.cond(ccs(("363406005", "Malignant tumor of colon"), ("C18.7", "Malignant neoplasm of sigmoid colon"), text="Sigmoid adenocarcinoma, KRAS G12C wild-type / NRAS Q61K, MSS, stage IV (liver, lung)"), "2024-06-11", who=onc)
    c.cond(ccs(("94381002", "Secondary malignant neoplasm of liver"), ("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2024-06-11")
    c.cond(ccs(("94391008", "Secondary malignant neoplasm of lung"), ("C78.01", "Secondary malignant neoplasm of right lung")), "2024-06-11")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2010-01-01")
    for t, s, e in [("FOLFOX + bevacizumab", "2024-07-08", "2025-03-24"), ("FOLFIRI + bevacizumab", "2025-04-14", "2026-01-19"), ("Trifluridine/tipiracil + bevacizumab", "2026-02-09", "2026-07-20")]:
        c.careplan(t, "completed", s, e, addresses=[crc], who=onc, cat=cc((c.o["local"], "REG", "Chemotherapy regimen")), note="Discontinued for progression.")
    c.med(None, "trifluridine/tipiracil 35 mg/m2 PO BID D1-5, D8-12 q28d", "2026-02-09", status="stopped", who=onc, reason=crc)
    c.med(cc((HCPCS, "J9035", "Injection, bevacizumab, 10 mg"), (RX, "253337", "bevacizumab"), text="bevacizumab 5 mg/kg IV q14d"), None, "2024-07-08", status="stopped", who=onc, reason=crc)
    so = c.sr(cc((SCT, "183524004", "Referral to oncologist"), text="Second opinion - GI medical oncology, Gateway Comprehensive Cancer Center"), "2026-07-28", status="completed", who=onc, performer=ext, reason=crc)
    c.enc("2026-08-18", "Outside consultation - second opinion", ext, reason="Second opinion, metastatic colorectal cancer after 3 lines")
    c.note("11488-4", "Consult note", "Outside second opinion consultation (Gateway Comprehensive Cancer Center)", "2026-08-18", ext, """
GI MEDICAL ONCOLOGY - SECOND OPINION (received via outside records)
Referred by Dr. Ehrlich for second opinion regarding further therapy for MSS, NRAS-mutant metastatic sigmoid cancer progressing after FOLFOX-bev, FOLFIRI-bev and trifluridine/tipiracil-bev.
Reviewed imaging and NGS: no HER2 amplification, no BRAF V600E, MSS, TMB 4. No open trials for which she is eligible (ECOG 2, bilirubin 2.1).
Opinion: agree with Dr. Ehrlich that there is no further effective anticancer therapy; fruquintinib carries low expected benefit given PS and liver function. Recommend transition to hospice-focused care. Discussed with patient and husband.""")
    e1 = c.enc("2026-09-02", "Oncology follow-up", onc, reason="Review of second opinion, goals of care")
    c.careplan("Palliative care plan", "active", "2026-09-02", cat=ccs(("103735009", "Palliative care")), addresses=[crc], who=pall,
               desc="Comfort-focused care after completion of second opinion; symptom management; hospice enrollment when ready.")
    c.note("11506-3", "Progress note", "Oncology follow-up", "2026-09-02", onc, "Reviewed Gateway second-opinion letter with Rosalind and husband: concurs no further effective options. She declines fruquintinib. Palliative care plan started; hospice when ready.", enc=e1)
    e2 = c.enc("2026-11-03", "Palliative care visit", pall, reason="Symptom management")
    c.vitals("2026-11-03", e2, 110, 66, 92, wt=55.8)
    c.obs(("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), "2026-11-03", 2.8, "mg/dL", 0.1, 1.2, enc=e2)
    c.sr(cc((SCT, "306205009", "Referral to hospice")), "2026-11-03", status="active", who=pall, reason=crc, enc=e2)
    c.med("7804", "oxycodone 5 mg tablet", "2026-09-02", dose="5 mg q4h PRN pain", who=pall)

def up_nm2(c):
    """VA: 86-year-old with HFrEF/AF/CKD; Life-Sustaining Treatment note = DNR, but full disease-directed treatment continues."""
    c.patient("Walter James", "Greeley", "male", "1940-06-30", "0992714", "14 Chesapeake Ave", marital="W")
    pcp = c.prac("Monica", "Ferraro", qual="MD, Geriatric PACT (GeriPACT)"); card = c.prac("Desmond", "Achebe", qual="MD, Cardiology")
    va_cov(c, "1998-01-01"); medicare(c, "2005-06-01")
    hf = c.cond(ccs(("703272007", "Heart failure with reduced ejection fraction"), ("I50.22", "Chronic systolic (congestive) heart failure")), "2019-04-01", who=card)
    c.cond(ccs(("49436004", "Atrial fibrillation"), ("I48.20", "Chronic atrial fibrillation, unspecified")), "2019-04-01")
    c.cond(ccs(None, ("N18.32", "Chronic kidney disease, stage 3b"), text="CKD stage 3b"), "2021-01-01")
    c.cond(ccs(("60700002", "Sensorineural hearing loss"), ("H90.3", "Sensorineural hearing loss, bilateral")), "2000-01-01")
    for code, t in [("1656340", "sacubitril/valsartan 49/51 mg BID"), ("20352", "carvedilol 12.5 mg BID"), ("1545653", "empagliflozin 10 mg daily"), ("1364430", "apixaban 2.5 mg BID"), ("4603", "furosemide 40 mg daily")]:
        c.med(code, t, "2024-01-01", who=card, reason=hf)
    for d, bnp, egfr in [("2026-04-14", 2140, 38), ("2026-07-14", 1720, 37), ("2026-10-14", 1460, 39)]:
        c.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), d, bnp, "pg/mL", None, 450)
        c.obs(("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"), d, egfr, "mL/min/{1.73_m2}", 60, None)
    e1 = c.enc("2026-10-14", "GeriPACT visit", pcp, reason="HF follow-up, advance care planning", codes=[(CPT, "99497", "Advance care planning, first 30 minutes")])
    c.vitals("2026-10-14", e1, 112, 64, 68, wt=70.2)
    c.obs(("10230-1", "Left ventricular Ejection fraction"), "2026-08-20", 33, "%", 52, 74, cat="imaging")
    c.note("42348-3", "Advance healthcare directives", "LIFE-SUSTAINING TREATMENT NOTE", "2026-10-14", pcp, """
LIFE-SUSTAINING TREATMENT (LST) PROGRESS NOTE
Goals of care conversation with Veteran (decisional) and son. Veteran's goals: stay at home, keep gardening, continue his heart medications and clinic care.
LST orders: DNR (no CPR). Hospitalization, non-invasive ventilation, IV fluids/antibiotics and all current heart failure therapies: YES. Intubation: NO.
Veteran understands his heart failure is chronic and is being actively treated; he reports NYHA II symptoms, improved since sacubitril/valsartan.
No hospice or palliative referral desired or indicated at this time.""", enc=e1)
    c.add("Consent", {"status": "active", "scope": cc(("http://terminology.hl7.org/CodeSystem/consentscope", "adr", "Advanced Care Directive")),
          "category": [cc((LOINC, "59284-0", "Consent Document"))], "patient": ref(c.pat), "dateTime": "2026-10-14T10:30:00-04:00",
          "policyRule": cc(text="VHA Directive 1004.03 Life-Sustaining Treatment Decisions"),
          "provision": {"type": "deny", "code": [cc((SCT, "89666000", "Cardiopulmonary resuscitation"))]}}, "consent")
    e2 = c.enc("2026-11-18", "Cardiology clinic", card, reason="HFrEF follow-up")
    c.vitals("2026-11-18", e2, 110, 62, 66, wt=70.0)
    c.note("11506-3", "Progress note", "Cardiology", "2026-11-18", card, "HFrEF EF 33% (from 25%). NYHA II. Euvolemic. NT-proBNP trending down. Continue GDMT, consider ICD discussion deferred per Veteran preference (DNR). RTC 3 months.", enc=e2)
