from lib import *
from cases1 import va_cov, medicare, commercial
REG = lambda c: cc((c.o["local"], "REG", "Treatment regimen"))
PAIN = ("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
A1C = ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")
EGFR = ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")

# ---------------- HIGH_IMPACT_TREATMENT ----------------
def hit_p1(c):
    """Community oncology: stage IIIA NSCLC, concurrent weekly carboplatin/paclitaxel + 60 Gy starting 2026-12-08."""
    c.patient("Dolores Ann", "Fairbanks", "female", "1960-08-14", "GCI-3390125", "4410 W Bay Ave", marital="M")
    onc = c.prac("Hector", "Villalobos", qual="MD, Medical Oncology"); rad = c.prac("Susan", "Marquardt", qual="MD, Radiation Oncology (Bayshore Radiation Center)"); rn = c.prac("Tamika", "Reed", prefix="", qual="RN, Infusion")
    medicare(c, "2025-08-01", sup="Suncoast Medigap")
    nsclc = c.cond(ccs(("254637007", "Non-small cell lung cancer"), ("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), ncit=("C2926", "Lung Non-Small Cell Carcinoma"),
                       text="Adenocarcinoma RUL, cT2a N2 (4R, 7) M0, stage IIIA; EGFR/ALK/ROS1 negative, PD-L1 TPS 60%"), "2026-10-20", who=onc)
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(ccs(("8517006", "Ex-smoker"), ("Z87.891", "Personal history of nicotine dependence")), "2018-01-01", note="40 pack-years, quit 2018.")
    c.proc(cc((CPT, "31653", "Bronchoscopy with EBUS guided transtracheal and/or transbronchial sampling, 3 or more mediastinal and/or hilar lymph node stations")), "2026-10-20", note="Stations 4R and 7 positive for adenocarcinoma; 4L negative.")
    pet = c.obs(cc(text="PET-CT skull base to mid-thigh impression"), "2026-10-09", vstr="3.8 cm RUL mass SUV 11.2; FDG-avid 4R and subcarinal nodes; no distant metastases.", cat="imaging", interp="A")
    c.report(cc(text="PET-CT whole body"), "2026-10-09", "RUL primary with N2 nodal disease; no M1 disease.", [pet])
    c.report(cc(text="MRI brain with and without contrast"), "2026-10-30", "No intracranial metastasis.")
    c.obs(("19926-5", "FEV1/FVC"), "2026-10-28", 68, "%", 70, None, cat="procedure", note="FEV1 78% predicted, DLCO 64% predicted.")
    c.impression("2026-11-06", onc, "Thoracic tumor board: multistation N2 disease, unresectable. Recommend definitive concurrent chemoradiation (weekly carboplatin AUC 2 / paclitaxel 45 mg/m2 with 60 Gy in 30 fractions) followed by consolidation durvalumab.", problems=[nsclc], desc="Thoracic multidisciplinary tumor board")
    m1 = c.med(cc((RX, "40048", "carboplatin"), (HCPCS, "J9045", "Injection, carboplatin, 50 mg"), text="carboplatin AUC 2 IV weekly x 6"), None, "2026-11-20", intent="order", who=onc, reason=nsclc, category="outpatient", period={"start": "2026-12-08", "end": "2027-01-15"})
    m2 = c.med(cc((RX, "56946", "paclitaxel"), (HCPCS, "J9267", "Injection, paclitaxel, 1 mg"), text="paclitaxel 45 mg/m2 IV weekly x 6"), None, "2026-11-20", intent="order", who=onc, reason=nsclc, category="outpatient", period={"start": "2026-12-08", "end": "2027-01-15"})
    rt = c.sr(ccs(("108290001", "Radiation oncology AND/OR radiotherapy"), cpt=("77385", "Intensity modulated radiation treatment delivery (IMRT), simple"), text="Definitive thoracic IMRT 60 Gy / 30 fractions"), "2026-11-20", status="active", occ_period={"start": "2026-12-08", "end": "2027-01-19"}, who=onc, performer=rad, reason=nsclc)
    c.careplan("Carboplatin/paclitaxel weekly + concurrent RT (NSCLC stage III)", "active", "2026-12-08", "2027-01-19", cat=REG(c), addresses=[nsclc], activities=[m1, m2, rt], who=onc,
               note="Premeds: dexamethasone, diphenhydramine, famotidine. Then durvalumab 1500 mg q4w x 12 months.")
    e1 = c.enc("2026-11-20", "Chemotherapy teaching / consent visit", onc, reason="Plan concurrent chemoradiation")
    c.vitals("2026-11-20", e1, 134, 80, 78, wt=67.4, spo2=96)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-20", 12.9, "g/dL", 12.0, 15.5, enc=e1)
    c.obs(("751-8", "Neutrophils [#/volume] in Blood by Automated count"), "2026-11-20", 4.6, "10*3/uL", 1.5, 7.5, enc=e1)
    c.note("11506-3", "Progress note", "Medical oncology - treatment planning", "2026-11-20", onc, """
MEDICAL ONCOLOGY
66F stage IIIA (cT2a N2) adenocarcinoma RUL, PD-L1 60%, no driver mutation. Tumor board 11/6: unresectable; definitive chemoRT.
Consent signed for weekly carboplatin AUC2 + paclitaxel 45 mg/m2 x 6 with concurrent RT 60 Gy/30 fx (Dr. Marquardt), start 12/8/2026, then durvalumab.
Chemo teaching done by infusion RN. Sim scan at Bayshore 11/24. Labs adequate.""", enc=e1)

def hit_p2(c):
    """Academic nephrology: CKD 5, AV fistula created; in-center hemodialysis ordered to start 2027-01-05."""
    c.patient("Jerome Ellis", "Whitaker", "male", "1969-11-11", "CUMC-2279046", "611 Jefferson St", marital="M")
    neph = c.prac("Priscilla", "Oyelaran", qual="MD, Nephrology"); vsurg = c.prac("Ethan", "Brandt", qual="MD, Vascular Surgery")
    medicare(c, "2025-03-01") if False else commercial(c, "Volunteer State Health Alliance", "2018-01-01")
    ckd = c.cond(ccs(("433146000", "Chronic kidney disease stage 5"), ("N18.5", "Chronic kidney disease, stage 5")), "2025-09-01", who=neph)
    c.cond(ccs(("127013003", "Diabetic renal disease"), ("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2012-01-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")), "2010-01-01")
    c.cond(ccs(None, ("D63.1", "Anemia in chronic kidney disease")), "2025-09-01")
    for code, t in [("29046", "lisinopril 10 mg daily"), ("274783", "insulin glargine 18 units nightly"), ("4603", "furosemide 80 mg BID"), ("1485441", "sodium bicarbonate 650 mg TID"), ("283742", "sevelamer carbonate 800 mg TID with meals")]:
        c.med(code, t, "2025-10-01", who=neph, reason=ckd)
    for d, e, hb, k in [("2026-05-12", 10, 10.1, 5.0), ("2026-08-18", 10, 9.8, 5.3), ("2026-11-10", 9, 9.6, 5.4)]:
        c.obs(EGFR, d, e, "mL/min/{1.73_m2}", 60, None)
        c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), d, hb, "g/dL", 13.5, 17.5)
        c.obs(("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), d, k, "mmol/L", 3.5, 5.1, ucum="mmol/L")
    c.obs(A1C, "2026-08-18", 7.2, "%", 4.0, 5.6)
    avf = c.proc(ccs(("271010007", "Creation of arteriovenous fistula"), cpt=("36821", "Arteriovenous anastomosis, open; direct, any site")), "2026-09-15", who=vsurg, reason=ckd, note="Left brachiocephalic AVF.")
    c.report(cc(text="US duplex AV fistula maturation"), "2026-11-10", "Left brachiocephalic AVF: flow 780 mL/min, diameter 6.4 mm, depth 4 mm. Mature for cannulation.")
    e1 = c.enc("2026-11-17", "Nephrology clinic", neph, reason="CKD 5 - dialysis planning")
    c.vitals("2026-11-17", e1, 148, 86, 80, wt=101.2)
    hd = c.sr(ccs(("302497006", "Hemodialysis"), cpt=("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), text="Initiate in-center hemodialysis, 3x/week (MWF), via L brachiocephalic AVF"),
              "2026-11-17", status="active", intent="order", occ="2027-01-05", who=neph, reason=ckd, enc=e1, note="Music City Dialysis unit, chair time 06:00. Patient completed modality education; chose in-center HD.")
    c.careplan("ESKD - renal replacement therapy plan", "active", "2026-11-17", cat=cc(text="Nephrology"), addresses=[ckd], activities=[hd], who=neph)
    c.note("11506-3", "Progress note", "Nephrology clinic", "2026-11-17", neph, """
NEPHROLOGY
57M ESKD from diabetic nephropathy, eGFR 9-10 stable over 6 months but now nausea, pruritus, dysgeusia and fatigue; K 5.4, bicarbonate 18, Hgb 9.6.
L BC AVF created 9/15/2026, matured on duplex.
After modality education (PD vs HD vs conservative), he chooses in-center hemodialysis. HD to start 1/5/2027, MWF.
Transplant referral to be discussed once on dialysis. ESA per dialysis protocol.""", enc=e1)

def hit_p3(c):
    """VA: unfavourable-intermediate prostate cancer; IMRT 70 Gy + 6 months ADT planned (first leuprolide 2026-12-10)."""
    c.patient("Clarence Otis", "Moody", "male", "1955-12-19", "4451863", "2002 University Dr", marital="M")
    uro = c.prac("Philip", "Nakashima", qual="MD, Urology"); rad = c.prac("Adrienne", "Kessler", qual="MD, Radiation Oncology"); pcp = c.prac("Bernard", "Oyelowo", qual="MD, PACT Primary Care")
    va_cov(c, "2004-01-01"); medicare(c, "2020-12-01")
    pca = c.cond(ccs(("399068003", "Malignant tumor of prostate"), ("C61", "Malignant neoplasm of prostate"), text="Prostate adenocarcinoma, Gleason 4+3=7 (GG3), 5/12 cores, cT2b, PSA 8.9 - NCCN unfavorable intermediate risk"), "2026-08-26", who=uro)
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2009-01-01")
    c.cond(ccs(("44054006", "Diabetes mellitus type 2"), ("E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    c.cond(ccs(("60862001", "Tinnitus"), ("H93.13", "Tinnitus, bilateral")), "1978-01-01")
    c.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2026-06-09", 8.9, "ng/mL", 0, 4.0)
    c.report(cc(text="MRI prostate multiparametric"), "2026-07-14", "PI-RADS 4 lesion left peripheral zone 1.3 cm, no extraprostatic extension, no adenopathy.")
    c.proc(ccs(cpt=("55700", "Biopsy, prostate; needle or punch, single or multiple, any approach"), text="MRI-fusion transperineal prostate biopsy"), "2026-08-19", who=uro)
    c.report(cc((LOINC, "11529-5", "Surgical pathology study")), "2026-08-26", "Prostatic adenocarcinoma Gleason 4+3=7 (Grade Group 3) in 5 of 12 cores, max 60% core involvement. No perineural invasion.", cat="SP")
    c.report(cc(text="NM bone scan whole body"), "2026-09-10", "No osseous metastatic disease.")
    c.impression("2026-10-07", uro, "GU tumor board: unfavorable intermediate-risk prostate cancer. Options radical prostatectomy vs EBRT + 6 months ADT. Veteran prefers radiation.", problems=[pca], desc="GU multidisciplinary tumor board")
    adt = c.med(cc((RX, "42375", "leuprolide"), (HCPCS, "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), text="leuprolide acetate 22.5 mg IM q3 months x 2"), None, "2026-11-12", intent="order", who=rad, reason=pca, period={"start": "2026-12-10", "end": "2027-06-10"})
    c.med("83008", "bicalutamide 50 mg tablet", "2026-11-12", dose="50 mg daily x 14 days starting 12/3/2026 (flare prevention)", who=rad, reason=pca)
    rt = c.sr(ccs(("108290001", "Radiation oncology AND/OR radiotherapy"), cpt=("77386", "Intensity modulated radiation treatment delivery (IMRT), complex"), local=(c.o["local"], "RADONC-TX", "RADIATION ONCOLOGY TREATMENT"), text="IMRT prostate 70 Gy in 28 fractions with daily IGRT"),
              "2026-11-12", status="active", occ_period={"start": "2027-01-11", "end": "2027-02-18"}, who=rad, reason=pca)
    c.sr(cc((CPT, "55876", "Placement of interstitial device(s) for radiation therapy guidance, prostate"), text="Fiducial marker placement"), "2026-11-12", status="active", occ="2026-12-17", who=uro, reason=pca)
    c.careplan("Prostate cancer: EBRT + short-term ADT", "active", "2026-11-12", "2027-06-10", cat=REG(c), addresses=[pca], activities=[adt, rt], who=rad)
    e1 = c.enc("2026-11-12", "Radiation oncology consult", rad, reason="Prostate cancer - radiation planning", codes=[(c.o["local"], "RADONC-CON", "RADIATION ONCOLOGY CONSULT")])
    c.vitals("2026-11-12", e1, 136, 78, 70, wt=88.5)
    c.obs(A1C, "2026-10-01", 7.0, "%", 4.0, 5.6)
    c.note("11488-4", "Consult note", "Radiation oncology consultation", "2026-11-12", rad, """
RADIATION ONCOLOGY CONSULT
70M Veteran, GG3 prostate adenocarcinoma, cT2b, PSA 8.9, staging negative. Unfavorable intermediate risk.
Discussed EBRT + 6 months ADT vs prostatectomy; Veteran chooses radiation. Side effects discussed: fatigue, urinary/bowel toxicity, erectile dysfunction, hot flashes, bone loss, metabolic effects of ADT.
Plan: bicalutamide lead-in 12/3, leuprolide 22.5 mg 12/10/2026 and 3/2027, fiducials 12/17, CT sim 12/29, IMRT 70 Gy/28 fx start 1/11/2027. Baseline DEXA ordered.""", enc=e1)

def hit_nm1(c):
    """Community oncology: stage I breast cancer, lumpectomy done, RT omitted (age 73), anastrozole; FACT-B drop 6 points (< MCID)."""
    c.patient("Margaret Elaine", "Lindgren", "female", "1953-06-02", "PO-318840", "1415 New Garden Rd", marital="W")
    onc = c.prac("Vivian", "Hargrove", qual="MD, Medical Oncology"); surg = c.prac("Lawrence", "Pike", qual="MD, Breast Surgery (Greensboro Surgical)")
    medicare(c, "2018-06-01", sup="Carolina Senior Supplement")
    bc = c.cond(ccs(("254837009", "Malignant neoplasm of breast"), ("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), text="IDC left breast pT1b(1.0 cm) N0(sn) M0, grade 1, ER 95%/PR 80%/HER2 1+, stage IA"), "2026-05-12", who=onc)
    c.cond(ccs(("312894000", "Osteopenia"), ("M85.80", "Other specified disorders of bone density and structure, unspecified site")), "2022-01-01")
    c.cond(ccs(("40930008", "Hypothyroidism"), ("E03.9", "Hypothyroidism, unspecified")), "2010-01-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.proc(ccs(("172043006", "Excision of lesion of breast"), cpt=("19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), text="Left lumpectomy with sentinel lymph node biopsy"), "2026-06-10", who=surg, reason=bc, outcome="Margins negative (closest 4 mm); 0/2 sentinel nodes")
    c.med("84857", "anastrozole 1 mg tablet", "2026-07-08", dose="1 mg daily x 5 years", who=onc, reason=bc)
    c.med("10582", "levothyroxine 50 mcg", "2010-01-01", dose="50 mcg daily", who=onc, kind="MedicationStatement", period={"start": "2010-01-01"})
    c.med("11289", "calcium carbonate/vitamin D3 600 mg/800 IU", "2022-01-01", dose="BID", who=onc, kind="MedicationStatement", period={"start": "2022-01-01"})
    e1 = c.enc("2026-07-08", "Medical oncology consult", onc, reason="Adjuvant therapy planning")
    c.note("11488-4", "Consult note", "Medical oncology consultation", "2026-07-08", onc, """
MEDICAL ONCOLOGY
73F pT1bN0 grade 1 ER/PR+ HER2- IDC, lumpectomy 6/10/2026 with negative margins. Given age >= 70 and low-risk biology, discussed omission of adjuvant radiation (CALGB 9343/PRIME II); she declined radiation after radiation oncology discussion. Chemotherapy not indicated.
Plan: anastrozole 1 mg daily x 5 years, DEXA baseline, PRO portal surveys q2 months.""", enc=e1)
    for d, v in [("2026-07-01", 118), ("2026-09-02", 114), ("2026-11-04", 112)]:
        c.qr("http://www.facit.org/measures/FACT-B", d, [{"linkId": "FACTB-total", "text": "FACT-B total score (0-148)", "answer": [{"valueInteger": v}]},
                                                          {"linkId": "FACTB-recall", "text": "Recall period", "answer": [{"valueString": "Past 7 days"}]}])
        c.obs(cc((c.o["local"], "PRO-FACTB", "FACT-B total score"), text="FACT-B total score"), d, v, "{score}", cat="survey", note="Patient portal PRO; higher = better quality of life. MCID 7-8 points.")
    e2 = c.enc("2026-11-04", "Medical oncology follow-up", onc, reason="Anastrozole follow-up")
    c.vitals("2026-11-04", e2, 128, 74, 70, wt=66.0)
    c.note("11506-3", "Progress note", "Oncology follow-up", "2026-11-04", onc, "4 months on anastrozole. Mild morning hand stiffness, walking helps. FACT-B 112 (baseline 118), change not clinically meaningful. Exam: L breast healed, no masses. Continue anastrozole. Mammogram 6/2027.", enc=e2)

def hit_nm2(c):
    """VA: transtibial amputation done in 2024; Amputation System of Care prosthetic socket replacement only."""
    c.patient("Franklin Delano", "Boyd", "male", "1962-03-07", "6039917", "77 Aberdeen Rd", marital="D")
    pcp = c.prac("Kira", "Lemaire", qual="MD, PACT Primary Care"); pmr = c.prac("Victor", "Salgado", qual="MD, PM&R Amputation System of Care"); cpo = c.prac("Dennis", "Hale", prefix="", qual="CPO, Prosthetics")
    va_cov(c, "2000-01-01")
    dm = c.cond(ccs(("44054006", "Diabetes mellitus type 2"), ("E11.51", "Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene")), "2008-01-01")
    amp = c.cond(ccs(None, ("Z89.511", "Acquired absence of right leg below knee"), text="Status post right transtibial amputation (2024)"), "2024-05-14")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2006-01-01")
    c.cond(ccs(None, ("N18.31", "Chronic kidney disease, stage 3a")), "2022-01-01")
    c.cond(ccs(None, ("E11.621", "Type 2 diabetes mellitus with foot ulcer"), text="Right heel ulcer with osteomyelitis"), "2024-02-01", status="resolved", abated="2024-05-14")
    c.proc(ccs(("88312002", "Below knee amputation"), cpt=("27880", "Amputation, leg, through tibia and fibula")), "2024-05-14", note="Right transtibial amputation for non-salvageable heel osteomyelitis.")
    for code, t in [("274783", "insulin glargine 24 units nightly"), ("6809", "metformin 500 mg BID"), ("29046", "lisinopril 20 mg daily"), ("83367", "atorvastatin 40 mg daily"), ("1191", "aspirin 81 mg daily")]:
        c.med(code, t, "2024-06-01", who=pcp)
    for d, a, e in [("2026-03-10", 7.4, 54), ("2026-07-07", 7.2, 55), ("2026-11-03", 7.5, 53)]:
        c.obs(A1C, d, a, "%", 4.0, 5.6); c.obs(EGFR, d, e, "mL/min/{1.73_m2}", 60, None)
    e1 = c.enc("2026-11-03", "Amputation clinic (interdisciplinary)", pmr, reason="Prosthetic socket fit", codes=[(c.o["local"], "ASoC-418", "AMPUTATION CLINIC")])
    c.vitals("2026-11-03", e1, 130, 76, 74, wt=95.0)
    c.sr(ccs(hcpcs=("L5700", "Replacement, socket, below knee, molded to patient model"), local=(c.o["local"], "PROS-CONSULT", "PROSTHETICS REQUEST"), text="Replacement transtibial socket with pin-lock liner"), "2026-11-03", status="active", occ="2026-12-14", who=pmr, performer=cpo, reason=amp, enc=e1)
    c.note("11506-3", "Progress note", "Amputation clinic", "2026-11-03", pmr, """
AMPUTATION SYSTEM OF CARE - INTERDISCIPLINARY CLINIC
R transtibial amputation 5/2024, K3 ambulator. Residual limb volume loss ~ 2 cm, now 5-ply socks; pistoning. Skin intact. Left foot: intact, monofilament diminished, podiatry q3 months.
Plan: new socket (L5700) with pin-lock liner; casting 11/20, fitting 12/14. Continue PT gait program.""", enc=e1)

# ---------------- PATIENT_REPORTED_CONCERN ----------------
def prc_p1(c):
    """VA secure-messaging thread: veteran with endometriosis asks for a second opinion from an outside gynaecologist."""
    c.patient("Keisha Danielle", "Montgomery", "female", "1987-02-20", "7123308", "5905 E Pima St", marital="S")
    wh = c.prac("Laura", "Petrakis", qual="MD, Women's Health PACT"); gyn = c.prac("Samir", "Hadid", qual="MD, Gynecology"); rn = c.prac("Alicia", "Ortega", prefix="", qual="RN, PACT Care Manager")
    va_cov(c, "2011-01-01")
    endo = c.cond(ccs(("129103003", "Endometriosis"), ("N80.30", "Endometriosis of pelvic peritoneum, unspecified")), "2025-03-18", who=gyn, note="Laparoscopic excision 3/2025, stage II (rASRM).")
    c.cond(ccs(("37796009", "Migraine"), ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2013-01-01")
    c.cond(ccs(("21897009", "Generalized anxiety disorder"), ("F41.1", "Generalized anxiety disorder")), "2016-01-01")
    c.proc(ccs(("173316000", "Laparoscopic excision of lesion of peritoneum"), cpt=("58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface")), "2025-03-18", who=gyn, reason=endo)
    c.med(None, "norethindrone acetate 5 mg tablet", "2025-04-15", dose="5 mg daily", who=gyn, reason=endo)
    c.med("5640", "ibuprofen 600 mg tablet", "2025-04-15", dose="600 mg q6h PRN with food", who=gyn)
    c.med("36437", "sertraline 100 mg", "2016-06-01", dose="100 mg daily", who=wh)
    for d, v in [("2026-03-09", 7), ("2026-07-13", 6), ("2026-10-19", 7)]:
        e = c.enc(d, "Gynecology clinic", gyn, reason="Pelvic pain follow-up")
        c.obs(PAIN, d, v, "{score}", cat="survey", enc=e)
    c.note("11506-3", "Progress note", "Gynecology follow-up", "2026-10-19", gyn, "Endometriosis s/p excision. Persistent dysmenorrhea and dyspareunia on norethindrone, pain 7/10 on worst days. Discussed options: continue progestin, GnRH antagonist (elagolix) trial, pelvic floor PT. Hysterectomy not recommended at this age/stage. Veteran frustrated. Pelvic floor PT referral placed.")
    m1 = c.comm("2026-11-03T21:14:00-07:00", c.pat, wh, "Dr. Petrakis - I've been dealing with this pain for over two years and I feel like I keep hearing the same thing at every appointment. I would like a second opinion from a different gynecologist, ideally an endometriosis specialist outside this VA through Community Care. Can you put in that referral? Thank you, Keisha", topic="Request for second opinion - endometriosis")
    m2 = c.comm("2026-11-04T10:02:00-07:00", rn, c.pat, "Hi Keisha, thank you for your message. I have forwarded your request to Dr. Petrakis and will call you once she has reviewed it. - Alicia RN, Women's Health PACT", reply_to=m1, topic="Request for second opinion - endometriosis")
    e = c.enc("2026-11-04", "Secure message encounter", rn, cls="VR", reason="Patient message")

def prc_p2(c):
    """Community oncology PRO portal: after resected stage IIA colon cancer (surveillance, no chemo), patient answers 'Yes' to wanting a second opinion."""
    c.patient("Vincent Paul", "Abernathy", "male", "1971-07-07", "RBH-0551893", "3304 Arsenal St", marital="M")
    onc = c.prac("Thomas", "Ehrlich", qual="MD, Hematology/Oncology"); surg = c.prac("Nadia", "Kruger", qual="MD, Colorectal Surgery (outside)")
    commercial(c, "Heartland Mutual PPO")
    cc_ = c.cond(ccs(("363406005", "Malignant tumor of colon"), ("C18.2", "Malignant neoplasm of ascending colon"), text="Adenocarcinoma ascending colon pT3 N0 (0/24) M0, stage IIA, MSS/pMMR, no LVI, no perforation"), "2026-07-22", status="remission", who=onc)
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2015-01-01")
    c.cond(ccs(("235595009", "Gastroesophageal reflux disease"), ("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2018-01-01")
    c.proc(ccs(("43075005", "Right hemicolectomy"), cpt=("44205", "Laparoscopy, surgical; colectomy, partial, with removal of terminal ileum with ileocolostomy")), "2026-08-05", who=surg, reason=cc_, outcome="R0 resection")
    c.report(cc((LOINC, "11529-5", "Surgical pathology study")), "2026-08-07", "Moderately differentiated adenocarcinoma, 4.1 cm, invades through muscularis propria into pericolorectal tissue (pT3). 0/24 lymph nodes. Margins negative. MMR proficient.", cat="SP")
    c.obs(("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma"), "2026-11-16", 1.8, "ng/mL", None, 3.0)
    e1 = c.enc("2026-09-02", "Medical oncology consult", onc, reason="Adjuvant therapy discussion")
    c.note("11488-4", "Consult note", "Medical oncology consultation", "2026-09-02", onc, "55M stage IIA (pT3N0) MSS ascending colon cancer, 24 nodes, no high-risk features. Adjuvant chemotherapy not recommended (absolute benefit < 2-3%). Plan: surveillance per NCCN - CEA q3-6 mo, CT CAP q6-12 mo, colonoscopy 1 year post-op.", enc=e1)
    c.careplan("Colon cancer surveillance", "active", "2026-09-02", cat=cc(text="Survivorship surveillance"), addresses=[cc_], who=onc,
               activities=[{"status": "scheduled", "description": "CEA every 3 months x 2 years"}, {"status": "scheduled", "description": "CT chest/abdomen/pelvis 2/2027"}])
    c.med("29046", "lisinopril 20 mg", "2015-01-01", kind="MedicationStatement", period={"start": "2015-01-01"}, dose="daily")
    c.med("7646", "omeprazole 20 mg", "2018-01-01", kind="MedicationStatement", period={"start": "2018-01-01"}, dose="daily")
    e2 = c.enc("2026-11-16", "Survivorship follow-up", onc, reason="Surveillance")
    c.vitals("2026-11-16", e2, 132, 84, 76, wt=90.2)
    c.qr("https://fhir.riverbendhemonc.example.org/Questionnaire/pre-visit-distress-screen", "2026-11-15T19:40:00-06:00", [
        {"linkId": "dt", "text": "NCCN Distress Thermometer: how much distress have you been experiencing in the past week, including today? (0-10)", "answer": [{"valueInteger": 6}]},
        {"linkId": "worry", "text": "Practical/emotional concerns", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}}], "item": [{"linkId": "worry-detail", "text": "Which?", "answer": [{"valueString": "Worry, fears about recurrence"}]}]},
        {"linkId": "so", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}}]},
        {"linkId": "so-why", "text": "If yes, tell us more", "answer": [{"valueString": "My brother had colon cancer and got chemo after surgery. I want another oncologist to review whether I should have chemo too."}]}], enc=e2)
    c.note("11506-3", "Progress note", "Survivorship follow-up", "2026-11-16", onc, "Recovering well from surgery. CEA 1.8. Distress 6/10, fear of recurrence. Pre-visit survey noted; discussed again why surveillance alone is recommended. Social work referral offered.", enc=e2)

def prc_p3(c):
    """Academic pulmonary nodule clinic: patient portal message + patient-entered Flag requesting second opinion on surveillance plan."""
    c.patient("Judith Miriam", "Feinberg", "female", "1959-10-09", "HV00911457", "310 W 86th St Apt 9A", marital="M")
    pulm = c.prac("Kenneth", "Asante", qual="MD, Pulmonary - Lung Nodule Program"); pcp = c.prac("Rachel", "Stern", qual="MD, General Internal Medicine")
    medicare(c, "2024-10-01", sup="Empire Harbor Health Plans")
    nod = c.cond(ccs(("427359005", "Solitary nodule of lung"), ("R91.1", "Solitary pulmonary nodule"), text="RUL part-solid nodule 9 mm (solid component 4 mm)"), "2026-05-06", who=pulm)
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2011-01-01")
    c.cond(ccs(("64859006", "Osteoporosis"), ("M81.0", "Age-related osteoporosis without current pathological fracture")), "2020-01-01")
    c.cond(ccs(("8517006", "Ex-smoker"), ("Z87.891", "Personal history of nicotine dependence")), "1995-01-01", note="15 pack-years, quit 1995.")
    c.med("29046", "lisinopril 10 mg", "2011-01-01", dose="10 mg daily", who=pcp); c.med("77655", "alendronate 70 mg", "2020-01-01", dose="70 mg weekly", who=pcp)
    c.report(cc((LOINC, "24627-2", "CT Chest")), "2026-05-06", "Incidental 9 mm part-solid RUL nodule (solid component 3 mm) on CT abdomen lung bases; dedicated CT chest recommended.")
    c.report(cc((LOINC, "24627-2", "CT Chest")), "2026-08-12", "RUL part-solid nodule 9 mm, solid component 4 mm, essentially stable. No adenopathy. Lung-RADS not applicable (incidental). Fleischner: follow-up CT 6 months.")
    e1 = c.enc("2026-08-19", "Lung nodule clinic", pulm, reason="Incidental pulmonary nodule")
    c.vitals("2026-08-19", e1, 126, 76, 72, spo2=97)
    c.note("11506-3", "Progress note", "Lung nodule clinic", "2026-08-19", pulm, "Part-solid 9 mm RUL nodule, solid 4 mm, stable over 3 months. Brock risk ~7%. Per Fleischner, repeat CT at 6 months (2/2027); biopsy/resection not indicated now. Patient anxious; questions answered.", enc=e1)
    c.sr(cc((LOINC, "24627-2", "CT Chest"), text="CT chest without contrast, nodule follow-up"), "2026-08-19", status="active", occ="2027-02-15", who=pulm, reason=nod)
    m = c.comm("2026-11-09T08:12:00-05:00", c.pat, pulm, "Dr. Asante, I have not been sleeping since the last scan. I understand the plan is to wait until February, but I would like a second opinion - either from a thoracic surgeon or another lung specialist - about whether this should be biopsied or removed now rather than watched. Could you please arrange that or send my images to someone? Judith Feinberg", topic="Second opinion request - lung nodule")
    c.add("Flag", {"status": "active", "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
                   "code": cc(text="Patient requests second opinion (lung nodule management) - entered via MyHealth portal"), "subject": ref(c.pat),
                   "period": {"start": "2026-11-09T08:12:00-05:00"}, "author": ref(c.pat)}, "flag")
    c.enc("2026-11-10", "Telephone call", pulm, cls="VR", reason="Patient portal message")

def prc_nm1(c):
    """Community oncology: endometrial cancer survivor; distress screen answer 'No' to second opinion."""
    c.patient("Brenda Kay", "Archuleta", "female", "1964-01-22", "DSC-207745", "1822 Camino del Pueblo", marital="M")
    onc = c.prac("Rebecca", "Sandoval", qual="MD, Medical Oncology"); np_ = c.prac("Teresa", "Valdez", qual="NP, Survivorship")
    commercial(c, "Rio Grande Health Cooperative")
    ec = c.cond(ccs(("254878006", "Malignant neoplasm of endometrium"), ("Z85.42", "Personal history of malignant neoplasm of other parts of uterus"), text="Hx endometrioid adenocarcinoma FIGO IA grade 1, TLH/BSO 4/2023, no adjuvant therapy"), "2023-03-14", status="remission")
    c.cond(ccs(("44054006", "Diabetes mellitus type 2"), ("E11.9", "Type 2 diabetes mellitus without complications")), "2015-01-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2014-01-01")
    c.cond(ccs(("414916001", "Obesity"), ("E66.01", "Morbid (severe) obesity due to excess calories")), "2010-01-01")
    c.proc(ccs(cpt=("58571", "Laparoscopy, surgical, with total hysterectomy, for uterus 250 g or less; with removal of tube(s) and/or ovary(s)")), "2023-04-11", reason=ec)
    for code, t in [("6809", "metformin 1000 mg BID"), ("1545653", "empagliflozin 10 mg daily"), ("29046", "lisinopril 20 mg daily")]:
        c.med(code, t, "2022-01-01", kind="MedicationStatement", period={"start": "2022-01-01"})
    for d, a in [("2026-05-12", 6.9), ("2026-11-10", 7.0)]:
        c.obs(A1C, d, a, "%", 4.0, 5.6)
    e1 = c.enc("2026-11-10", "Survivorship visit", np_, reason="Annual surveillance")
    c.vitals("2026-11-10", e1, 134, 82, 80, wt=112.0, bmi=41.2)
    c.qr("https://fhir.desertskycancer.example.org/Questionnaire/distress-screening", "2026-11-09T20:05:00-07:00", [
        {"linkId": "dt", "text": "Distress Thermometer (0-10), past week", "answer": [{"valueInteger": 2}]},
        {"linkId": "so", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}}]},
        {"linkId": "needs", "text": "Is there anything you would like to discuss at your visit?", "answer": [{"valueString": "Weight loss program options."}]}], enc=e1)
    c.note("11506-3", "Progress note", "Survivorship visit", "2026-11-10", np_, "3.5 years from TLH/BSO for stage IA G1 endometrial cancer, NED. No vaginal bleeding. Exam normal. Distress 2/10. Referred to weight management (MOVE-style program) and dietitian. Next visit 12 months; transition to PCP-led care at 5 years.", enc=e1)
    c.careplan("Endometrial cancer survivorship care plan", "active", "2023-06-01", cat=cc(text="Survivorship"), addresses=[ec], who=np_)

def prc_nm2(c):
    """VA: veteran asked for second opinion on Parkinson disease in Feb 2026; PADRECC second opinion done May 2026 and confirmed."""
    c.patient("Howard Eugene", "Tillman", "male", "1952-01-28", "3088146", "4120 Salem Ave", marital="M")
    neuro = c.prac("Sharon", "Whitcombe", qual="MD, Neurology"); padrecc = c.prac("Julian", "Moretti", qual="MD, Movement Disorders (PADRECC)"); pcp = c.prac("Eric", "Dunlap", qual="MD, PACT Primary Care")
    other = c.add("Organization", {"name": "Parkinson's Disease Research, Education and Clinical Center (PADRECC) - partner VAMC", "active": True}, "org")
    va_cov(c, "1998-01-01"); medicare(c, "2017-01-01")
    pd = c.cond(ccs(("49049000", "Parkinson's disease"), ("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations")), "2026-01-13", who=neuro, note="Agent Orange presumptive (Vietnam 1970-71).")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2005-01-01")
    c.cond(ccs(("60700002", "Sensorineural hearing loss"), ("H90.3", "Sensorineural hearing loss, bilateral")), "1990-01-01")
    c.cond(ccs(("78275009", "Obstructive sleep apnea syndrome"), ("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2014-01-01")
    m1 = c.comm("2026-02-10T18:22:00-05:00", c.pat, neuro, "Dr. Whitcombe, before I start any Parkinson's medicine I would like a second opinion from a movement disorder specialist. My wife and I want to be sure of the diagnosis. Can that be arranged?", topic="Second opinion request")
    c.comm("2026-02-11T09:15:00-05:00", neuro, c.pat, "Mr. Tillman, absolutely. I have placed an E-consult/referral to the PADRECC movement disorders clinic. They will contact you to schedule.", reply_to=m1, topic="Second opinion request")
    c.sr(cc((SCT, "183519002", "Referral to neurology service"), text="PADRECC movement disorders - second opinion"), "2026-02-11", status="completed", who=neuro, performer=padrecc, reason=pd)
    c.enc("2026-05-14", "PADRECC movement disorders second opinion", padrecc, reason="Second opinion - suspected Parkinson disease")
    c.report(cc(text="DaTscan SPECT (ioflupane I-123)"), "2026-04-28", "Reduced striatal uptake, left > right putamen, consistent with presynaptic dopaminergic deficit.")
    c.note("11488-4", "Consult note", "PADRECC second opinion consultation", "2026-05-14", padrecc, """
PADRECC MOVEMENT DISORDERS - SECOND OPINION
Requested by Veteran and Dr. Whitcombe. 74M with 18 months of right hand rest tremor, micrographia, bradykinesia, hyposmia, REM sleep behavior. DaTscan abnormal.
Impression: clinically established idiopathic Parkinson disease (MDS criteria). I agree with Dr. Whitcombe's diagnosis. Recommend carbidopa/levodopa 25/100 TID titration, PT (LSVT BIG).""")
    c.med("103990", "carbidopa 25 mg / levodopa 100 mg tablet", "2026-05-20", dose="1 tab TID", who=neuro, reason=pd)
    c.med("29046", "lisinopril 10 mg", "2005-01-01", dose="10 mg daily", who=pcp)
    for d, v in [("2026-01-13", 28), ("2026-08-11", 22), ("2026-11-10", 21)]:
        c.obs(cc(text="MDS-UPDRS Part III motor examination score"), d, v, "{score}", cat="survey")
    e = c.enc("2026-11-10", "Neurology clinic", neuro, reason="Parkinson disease follow-up")
    c.vitals("2026-11-10", e, 128, 76, 68, wt=79.0)
    c.note("11506-3", "Progress note", "Neurology follow-up", "2026-11-10", neuro, "PD on carbidopa/levodopa TID since 5/2026 following PADRECC second opinion that confirmed the diagnosis. Tremor improved, UPDRS-III 21 (from 28). No dyskinesia, no wearing off. Veteran and wife satisfied with plan. Continue current dose; LSVT BIG completed.", enc=e)
