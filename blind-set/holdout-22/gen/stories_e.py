from stories_d import *

def p5_breast(cid):
    b = Bundle(cid, "ridgeview")
    b.patient("Monica Lynn", "Esparza", "female", "1977-10-03", "781 Neil Ave", "RCI-3308126", "614-555-2874", "M", lang="en")
    so = b.practitioner("Rachel", "Goldberg", "MD, Surgical Oncology", "1295038476")
    mo = b.practitioner("Samuel", "Achebe", "MD, Medical Oncology", "1629304857")
    b.coverage("Aetna", "Aetna Open Access Managed Choice", "W288193047")
    ca = b.condition(cc(sct("254837009", "Malignant neoplasm of breast"), icd("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), text="Left breast IDC, ER+/PR+/HER2-"), "2026-09-12",
                     stage={"summary": cc(text="pT2 pN0(sn) M0, stage IIA; Oncotype DX RS 31")})
    b.condition(cc(icd("Z17.0", "Estrogen receptor positive status [ER+]")), "2026-09-12")
    b.condition(cc(icd("E03.8", "Other specified hypothyroidism")), "2018-01-01")
    b.procedure(cc(cpt("19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), cpt("38525", "Biopsy or excision of lymph node(s); open, deep axillary node(s)"), text="Left lumpectomy with sentinel node biopsy"),
                "2026-10-21", reason=ca, performer=so)
    path = b.obs(cc(ln("22637-3", "Pathology report final diagnosis Narrative")), "2026-10-24", vstr="IDC grade 3, 2.4 cm, margins negative (closest 4 mm). 0/3 sentinel nodes. ER 95%, PR 60%, HER2 1+ (negative). Ki-67 35%.")
    b.report(cc(ln("60567-5", "Comprehensive pathology report panel")), "2026-10-24", [path], "pT2 pN0, grade 3, ER+/PR+/HER2-.", cat="SP")
    b.obs(cc(text="Oncotype DX Breast Recurrence Score"), "2026-11-06", vint=31, cat="laboratory", note="High recurrence score; chemotherapy benefit expected.")
    ef = b.obs(cc(ln("10230-1", "Left ventricular Ejection fraction")), "2026-11-20", 62, "%", "%", "N", 52, 72, cat="imaging")
    e1 = b.encounter("2026-11-18", cc(text="Medical Oncology New Patient"), pract=mo, reason="Adjuvant therapy planning")
    b.vitals("2026-11-18", e1, 118, 76, 72, 74.0, 27.6)
    cbc(b, "2026-11-18", e1, 13.0)
    b.note("consult", "2026-11-18", """MEDICAL ONCOLOGY
49F pT2N0 grade 3 ER+/HER2- IDC s/p lumpectomy/SLNB 10/21, Oncotype RS 31.
Recommend adjuvant docetaxel 75 mg/m2 + cyclophosphamide 600 mg/m2 q21d x4 with pegfilgrastim support, starting 12/10/2026, then whole-breast radiation, then endocrine therapy 5-10 yrs.
Discussed alopecia, neutropenia/infection risk, neuropathy, fatigue, early menopause. Scalp cooling offered. Consent signed.""", mo, e1)
    cp = b.careplan("Adjuvant chemotherapy: TC x 4 cycles", cc(sct("367336001", "Chemotherapy"), text="Chemotherapy"), "2026-11-18", start="2026-12-10", end="2027-02-11", addresses=[ca], author=mo)
    bounds = {"start": "2026-12-10", "end": "2027-02-11"}
    b.med(cc(rx("72962", "docetaxel"), text="docetaxel 75 mg/m2 IV"), "2026-11-18", dose="75 mg/m2 IV day 1 every 21 days x 4 cycles", requester=mo, reason=ca, bounds=bounds)
    b.med(cc(rx("3002", "cyclophosphamide"), text="cyclophosphamide 600 mg/m2 IV"), "2026-11-18", dose="600 mg/m2 IV day 1 every 21 days x 4 cycles", requester=mo, reason=ca, bounds=bounds)
    b.med(cc(hcpcs("J2506", "Injection, pegfilgrastim, excludes biosimilar, 0.5 mg"), text="pegfilgrastim 6 mg SC"), "2026-11-18", dose="6 mg SC day 2 each cycle", requester=mo, bounds=bounds)
    b.med(cc(rx("10582", "levothyroxine")), "2018-01-01", dose="75 mcg daily", kind="MedicationStatement")
    b.service_request(cc(text="Chemotherapy teaching visit"), "2026-11-18", occ="2026-12-03", requester=mo)
    return b, dict(target=P5, kind="positive", expected=[P5],
        why="Adjuvant docetaxel-cyclophosphamide chemotherapy is ordered and planned to start 2026-12-10 (within 30 days); chemotherapy is in the high-impact treatment set. The lumpectomy is already done.",
        summary="49F node-negative ER+ breast cancer, Oncotype 31, adjuvant TC chemotherapy from 10 Dec (cancer centre)")

def p5_dialysis(cid):
    b = Bundle(cid, "prairie")
    b.patient("Ronald Dean", "Vasquez", "male", "1963-12-19", "940 Wilson Ave SW", "E1029384", "319-555-9045", "M", lang="es")
    neph = b.practitioner("Olga", "Petrova", "MD, Nephrology", "1740293857")
    vs = b.practitioner("Daniel", "Hartmann", "MD, Vascular Surgery", "1083920475")
    b.coverage("Medicare Part A and B", "Original Medicare", "7QW2MN4RT88", kind="PUBLICPOL")
    ckd = b.condition(problem("433146000", "Chronic kidney disease stage 5", "N18.5", "Chronic kidney disease, stage 5"), "2025-04-01", recorder=neph)
    b.condition(problem("44054006", "Diabetes mellitus type 2", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2004-01-01")
    b.condition(problem("38341003", "Hypertensive disorder, systemic arterial", "I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"), "2006-01-01",
                note="Hypertension with CKD.")
    b.res[-1]["code"]["coding"][1] = icd("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease")
    b.condition(problem("707323002", "Anemia in chronic kidney disease", "D63.1", "Anemia in chronic kidney disease"), "2025-06-01")
    for d, v in [("2026-09-08", 10), ("2026-11-10", 9)]:
        b.obs(cc(ln("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")), d, v, "mL/min/1.73m2", "mL/min/{1.73_m2}", "L", 60, None)
    b.obs(cc(ln("2823-3", "Potassium [Moles/volume] in Serum or Plasma")), "2026-11-10", 5.6, "mmol/L", "mmol/L", "H", 3.5, 5.1)
    b.obs(cc(ln("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma")), "2026-11-10", 96, "mg/dL", "mg/dL", "H", 7, 20)
    b.obs(cc(ln("718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-11-10", 9.8, "g/dL", "g/dL", "L", 13.5, 17.5)
    b.procedure(cc(cpt("36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type)"), text="Left radiocephalic AV fistula creation"), "2026-08-26", reason=ckd, performer=vs)
    e1 = b.encounter("2026-11-17", cc(text="Office Visit - Nephrology"), pract=neph, reason="CKD 5, dialysis planning")
    b.vitals("2026-11-17", e1, 158, 88, 78, 88.4, 29.1)
    b.note("progress", "2026-11-17", """NEPHROLOGY (interpreter used, Spanish)
CKD 5 from diabetic nephropathy, eGFR 9. Now nausea, dysgeusia, pruritus, K 5.6, 3 kg fluid gain despite furosemide 80 bid.
L RC-AVF created 8/26, fistulogram/US 11/3: flow 720 mL/min, diameter 6.5 mm - mature.
Options reviewed: in-center HD, home PD, conservative care; transplant evaluation referral placed (not yet listed). Patient and wife choose in-center hemodialysis.
Plan: start in-center HD 3x/wk at Prairie Ridge Dialysis 1/5/2027; dialysis education class 12/8.""", neph, e1)
    b.service_request(cc(sct("302497006", "Hemodialysis"), cpt("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), text="Initiate in-center hemodialysis 3x/week"),
                      "2026-11-17", occ="2027-01-05", reason=ckd, requester=neph, priority="routine")
    b.service_request(cc(text="Kidney transplant evaluation referral"), "2026-11-17", reason=ckd, requester=neph)
    b.med(cc(rx("4603", "furosemide"), text="furosemide 80 mg"), "2025-04-01", dose="80 mg twice daily", requester=neph, reason=ckd)
    b.med(cc(text="insulin glargine 100 units/mL pen", *[rx("274783", "insulin glargine")]), "2015-01-01", dose="18 units at bedtime", requester=neph)
    b.med(cc(rx("17767", "amlodipine"), text="amlodipine 10 mg"), "2010-01-01", dose="10 mg daily", requester=neph)
    b.med(cc(hcpcs("J0887", "Injection, epoetin beta, 1 microgram (for ESRD on dialysis)"), text="darbepoetin/ESA per anemia protocol"), "2025-06-01", dose="per protocol every 2 weeks", requester=neph)
    return b, dict(target=P5, kind="positive", expected=[P5],
        why="Hemodialysis initiation (in-center, 3x/week) ordered to start 2027-01-05 for CKD 5 after AV fistula maturation; dialysis is in the high-impact treatment set.",
        summary="62M diabetic CKD 5, in-center haemodialysis ordered to start 5 Jan (Epic, Iowa, Spanish-speaking)")

def p5_adt(cid):
    b = Bundle(cid, "bayfield")
    b.patient("Arthur Lee", "Nyberg", "male", "1954-01-28", "1711 E 4th St", "BRCC-408812", "218-555-3320", "M")
    ro = b.practitioner("Ingrid", "Solberg", "MD, Radiation Oncology", "1821039475")
    uro = b.practitioner("Thomas", "Keane", "MD, Urology", "1380294756")
    b.coverage("Medicare Part A and B", "Original Medicare", "5HG8TY2PL41", kind="PUBLICPOL")
    pc = b.condition(cc(sct("399068003", "Malignant tumor of prostate"), icd("C61", "Malignant neoplasm of prostate"), text="Prostate adenocarcinoma, high risk"), "2026-05-12",
                     stage={"summary": cc(text="cT3a N0 M0, Grade Group 4 (Gleason 4+4), PSA 24 - NCCN high risk")})
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2008-01-01")
    b.condition(cc(icd("E11.9", "Type 2 diabetes mellitus without complications")), "2015-01-01")
    for d, v in [("2026-05-01", 24.1), ("2026-08-20", 1.2), ("2026-11-12", 0.3)]:
        b.obs(cc(ln("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), d, v, "ng/mL", "ng/mL", "H" if v > 4 else "N", None, 4.0)
    b.med(cc(hcpcs("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), rx("42375", "leuprolide"), text="leuprolide acetate depot 22.5 mg IM q3 months"), "2026-06-15", dose="22.5 mg IM every 3 months x 18-24 months", requester=uro, reason=pc)
    b.med(cc(rx("31448", "bicalutamide"), text="bicalutamide 50 mg"), "2026-06-08", status="completed", dose="50 mg daily x 30 days (flare prevention)", requester=uro, end="2026-07-08")
    fp = cc(text="FACT-P total score (Functional Assessment of Cancer Therapy - Prostate)")
    for d, v in [("2026-06-01", 124), ("2026-08-20", 109), ("2026-11-12", 97)]:
        b.score(fp, d, v)
    b.score(cc(text="EPIC-26 hormonal/vitality domain score"), "2026-11-12", 46, note="Baseline 6/2026: 88. Hot flashes, fatigue, low mood, weight gain.")
    e1 = b.encounter("2026-11-12", cc(text="Radiation Oncology Consultation/Simulation Planning"), pract=ro, reason="High-risk prostate cancer")
    b.vitals("2026-11-12", e1, 142, 84, 76, 96.0, 30.4)
    b.note("consult", "2026-11-12", """RADIATION ONCOLOGY
72M NCCN high-risk prostate adenocarcinoma (cT3a, GG4, PSA 24), PSMA PET N0M0. On ADT (leuprolide) since 6/15/2026, PSA 24 -> 0.3.
QoL: FACT-P 124 -> 97 since starting ADT; significant hot flashes, fatigue, depressed mood, 6 kg weight gain, stopped golfing. Wife reports he is withdrawn.
Plan: definitive IMRT 70 Gy in 28 fractions to prostate/seminal vesicles with fiducials, start 12/14/2026; continue ADT total 18-24 months.""", ro, e1)
    b.service_request(cc(cpt("77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), sct("108290001", "Radiation oncology AND/OR radiotherapy"), text="IMRT prostate 70 Gy/28 fx"),
                      "2026-11-12", occ="2026-12-14", occ_end="2027-01-22", reason=pc, requester=ro)
    b.procedure(cc(cpt("55876", "Placement of interstitial device(s) for radiation therapy guidance (eg, fiducial markers, dosimeter), prostate"), text="Fiducial marker placement"), "2026-11-25", performer=uro)
    b.med(cc(rx("6809", "metformin")), "2015-01-01", dose="1000 mg twice daily", kind="MedicationStatement")
    b.obs(cc(ln("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), "2026-11-12", 7.1, "%", "%", "H", None, 5.6)
    return b, dict(target=P5, kind="positive", expected=[P5],
        why="Androgen deprivation started 2026-06 and definitive IMRT is planned from 2026-12-14 (radiotherapy is high-impact); FACT-P fell 124 -> 97 after ADT began, far beyond its minimal important difference.",
        summary="72M high-risk prostate cancer on ADT, FACT-P down 27 points, IMRT planned 14 Dec (cancer centre)")

def p5n_survivor(cid):
    b = Bundle(cid, "summit")
    b.patient("Julie Ann", "Ostrowski", "female", "1972-06-30", "2230 Kensington Blvd", "SOA-0051296", "260-555-7721", "M")
    mo = b.practitioner("Priya", "Venkataraman", "MD, Medical Oncology", "1922038475")
    np_ = b.practitioner("Kelly", "Baumgartner", "NP, Survivorship", "1518203947")
    b.coverage("Anthem Blue Cross and Blue Shield", "Anthem PPO", "ANT4418203")
    b.condition(cc(icd("Z85.3", "Personal history of malignant neoplasm of breast"), text="History of right breast cancer, stage IIB (2022)"), "2022-05-10")
    b.condition(cc(sct("312894000", "Osteopenia"), icd("M85.851", "Other specified disorders of bone density and structure, right thigh"), text="Osteopenia"), "2024-08-01")
    b.condition(cc(text="Aromatase inhibitor-associated arthralgia"), "2023-09-01")
    b.med(cc(text="AC-T (doxorubicin/cyclophosphamide x4 then paclitaxel weekly x12)"), "2022-06-20", status="completed", kind="MedicationStatement", end="2022-12-05")
    b.procedure(cc(cpt("77385", "Intensity modulated radiation treatment delivery (IMRT)"), text="Post-mastectomy radiation 50 Gy/25 fx"), "2023-01-09", note="Course completed 2023-02-14.")
    b.procedure(cc(cpt("19303", "Mastectomy, simple, complete"), text="Right mastectomy with axillary dissection (2022)"), "2022-05-27")
    b.med(cc(rx("72965", "letrozole"), text="letrozole 2.5 mg"), "2023-03-01", dose="2.5 mg daily (planned through 3/2028)", requester=mo)
    b.med(cc(text="zoledronic acid 4 mg IV every 6 months"), "2024-09-01", dose="4 mg IV q6 months", requester=mo)
    fb = cc(text="FACT-B total score (Functional Assessment of Cancer Therapy - Breast)")
    for d, v in [("2025-11-12", 112), ("2026-05-13", 115), ("2026-11-11", 113)]:
        b.score(fb, d, v)
    e1 = b.encounter("2026-11-11", cc(text="Survivorship Clinic Visit"), pract=np_, reason="Breast cancer survivorship")
    b.vitals("2026-11-11", e1, 124, 78, 70, 70.2, 25.8)
    dx = b.obs(cc(ln("38263-0", "DXA Radius and Ulna [T-score] Bone density"), text="DXA lowest T-score (femoral neck)"), "2026-08-20", -1.8, "{T-score}", "{T-score}", "L", cat="imaging")
    b.note("progress", "2026-11-11", """SURVIVORSHIP VISIT
4.5 yrs from dx stage IIB R breast cancer (mastectomy 2022, AC-T, PMRT 2023). On letrozole since 3/2023, tolerating with mild arthralgia (walking helps). No signs of recurrence on exam. FACT-B stable 112-115. Mammogram L breast 9/2026 BI-RADS 1.
Plan: continue letrozole, zoledronic acid, yearly mammogram, survivorship care plan updated.""", np_, e1)
    b.careplan("Breast cancer survivorship care plan", cc(sct("736366004", "Oncology care plan"), text="Survivorship care plan"), "2023-03-01", author=np_)
    b.obs(cc(ln("24606-6", "MG Breast Screening"), text="Screening mammogram left"), "2026-09-15", vstr="BI-RADS 1 - negative.", interp="N", cat="imaging")
    return b, dict(target=P5, kind="near-miss", expected=[],
        why="All high-impact treatments (mastectomy, chemotherapy, radiotherapy) were completed in 2022-2023; she is on adjuvant letrozole with a stable FACT-B (112-115), so nothing high-impact is planned or started and QoL is not falling.",
        summary="54F breast cancer survivor years after mastectomy/chemo/radiation, on letrozole, stable FACT-B (cancer centre)")

def p5n_dcis(cid):
    b = Bundle(cid, "bayfield")
    b.patient("Margaret Ellen", "Lundquist", "female", "1948-04-11", "918 Woodland Ave", "BRCC-611204", "218-555-8830", "W")
    go = b.practitioner("Frances", "Amundsen", "MD, Geriatric Oncology", "1609283746")
    so = b.practitioner("Peter", "Lindell", "MD, Breast Surgery", "1274920385")
    b.coverage("Medicare Part A and B", "Original Medicare", "2KD7RT4LM90", kind="PUBLICPOL")
    dcis = b.condition(cc(sct("109889007", "Intraductal carcinoma in situ of breast"), icd("D05.12", "Intraductal carcinoma in situ of left breast"), text="DCIS left breast, grade 2, ER+"), "2026-07-20")
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2005-01-01")
    b.condition(cc(icd("M81.0", "Age-related osteoporosis without current pathological fracture")), "2019-01-01")
    b.condition(cc(icd("E06.3", "Autoimmune thyroiditis")), "2012-01-01")
    b.procedure(cc(cpt("19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"), text="Left wire-localized lumpectomy"), "2026-08-12", reason=dcis, performer=so, note="DCIS 1.1 cm, margins >3 mm.")
    e1 = b.encounter("2026-09-01", cc(text="Geriatric Oncology Assessment Clinic"), pract=go, reason="Adjuvant therapy decision")
    b.score(cc(text="G8 geriatric screening tool score"), "2026-09-01", 15, e1, interp_text="Normal (>14)")
    b.score(cc(text="Vulnerable Elders Survey-13 (VES-13) score"), "2026-09-01", 2, e1, interp_text="Not vulnerable (<3)")
    b.score(cc(text="Mini-Cog score"), "2026-09-01", 5, e1)
    b.obs(cc(text="Falls in past 12 months"), "2026-09-01", vint=0, cat="survey", enc=e1)
    b.obs(cc(text="Timed Up and Go"), "2026-09-01", 9.2, "s", cat="exam", enc=e1)
    b.note("consult", "2026-09-01", """GERIATRIC ONCOLOGY ASSESSMENT
78F, fit (G8 15, VES-13 2, Mini-Cog 5, no falls, TUG 9.2 s). Low-risk DCIS s/p lumpectomy with clear margins.
Shared decision: omit adjuvant radiation (small absolute benefit, no survival benefit); start anastrozole 1 mg daily for risk reduction. Reassess tolerance with FACT-B.""", go, e1)
    b.med(cc(rx("84857", "anastrozole"), text="anastrozole 1 mg"), "2026-09-15", dose="1 mg daily x 5 years", requester=go, reason=dcis)
    fb = cc(text="FACT-B total score (Functional Assessment of Cancer Therapy - Breast)")
    b.score(fb, "2026-09-01", 118, e1)
    e2 = b.encounter("2026-11-17", cc(text="Geriatric Oncology Follow-up"), pract=go, reason="Anastrozole tolerance")
    b.score(fb, "2026-11-17", 115, e2)
    b.vitals("2026-11-17", e2, 132, 76, 68, 61.0, 24.2)
    b.note("progress", "2026-11-17", "On anastrozole 2 months. Mild morning stiffness, no hot flashes. FACT-B 118 -> 115 (within measurement variation). Continue. DXA 2027.", go, e2)
    b.med(cc(rx("10582", "levothyroxine")), "2012-01-01", dose="50 mcg daily", kind="MedicationStatement")
    b.med(cc(rx("29046", "lisinopril")), "2005-01-01", dose="10 mg daily", kind="MedicationStatement")
    return b, dict(target=P5, kind="near-miss", expected=[],
        why="Lumpectomy is done, radiotherapy was omitted, and the only new treatment is anastrozole (not high-impact); FACT-B fell only 3 points, below its minimal clinically important difference (~7-8).",
        summary="78F DCIS after lumpectomy, radiation omitted, anastrozole with FACT-B -3; geriatric assessment fit (cancer centre)")
