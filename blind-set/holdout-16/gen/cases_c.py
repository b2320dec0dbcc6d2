from fhirlib import *
from orgs import make

H = "HIGH_IMPACT_TREATMENT"
W = "WORSENING_DESPITE_TREATMENT"


def hit_pos_dialysis(cid):
    c = make(cid, "prairie")
    c.patient(["Yvonne", "C"], "Redcloud", "female", "1964-12-03", "PM2208817", "515 S Main St", "Pierre", "SD", "57501", "605-555-0192", race="American Indian or Alaska Native")
    c.payer("Prairie Mutual Health Plan", "PM Individual HMO", "PMI77019354", kind="MCPOL", start="2022-01-01")
    neph = c.practitioner("Ahmed", "Saleh", "1831276605", "MD, Nephrology")
    vs = c.practitioner("Colleen", "Byrne", "1669470221", "MD, Vascular Surgery")
    cm = c.practitioner("Jolene", "Two Bulls", "1104982236", "RN, CKD Care Manager", prefix=None)
    dm = c.cond([icd("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")], "2003-01-01", text="Type 2 diabetes with diabetic nephropathy")
    ckd = c.cond([icd("N18.5", "Chronic kidney disease, stage 5"), sct("433146000", "Chronic kidney disease stage 5")], "2025-05-20", text="CKD stage 5, not yet on dialysis")
    c.cond([icd("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease")], "2025-05-20", text="Hypertensive CKD")
    c.cond([icd("D63.1", "Anemia in chronic kidney disease")], "2024-02-01")
    c.cond([icd("L03.115", "Cellulitis of right lower limb")], "2023-08-04", status="resolved", abated="2023-08-20", cat="encounter-diagnosis")
    for rxc, nm, dose in [("274783", "insulin glargine", "18 units at bedtime"), ("17767", "amlodipine", "10 mg daily"), ("4603", "furosemide", "80 mg twice daily"), ("36676", "sodium bicarbonate", "650 mg three times daily")]:
        c.med(rx(rxc, nm), "2025-06-01", prac=neph, dose=dose, supply_days=30)
    c.med(rx("105694", "epoetin alfa"), "2025-01-15", prac=neph, dose="10,000 units subcutaneously weekly")
    c.obs(loinc("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"), "2025-05-20", 14, "mL/min/{1.73_m2}", 60, None, "L")
    e1 = c.enc("2026-10-20", "Nephrology clinic", prac=neph, reason="CKD 5 - dialysis planning")
    c.vitals("2026-10-20", e1, 158, 86, 82, wt=79.4)
    r = [c.obs(loinc("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"), "2026-10-20", 8, "mL/min/{1.73_m2}", 60, None, "L", enc=e1),
         c.obs(loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-10-20", 5.9, "mg/dL", 0.5, 1.1, "H", enc=e1),
         c.obs(loinc("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), "2026-10-20", 5.6, "mmol/L", 3.5, 5.1, "H", enc=e1),
         c.obs(loinc("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma"), "2026-10-20", 17, "mmol/L", 22, 29, "L", enc=e1),
         c.obs(loinc("2777-1", "Phosphate [Mass/volume] in Serum or Plasma"), "2026-10-20", 6.4, "mg/dL", 2.5, 4.5, "H", enc=e1),
         c.obs(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-10-20", 9.9, "g/dL", 12.0, 15.5, "L", enc=e1)]
    c.dr([loinc("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma")], "2026-10-20", "Advanced CKD: eGFR 8, hyperkalemia, metabolic acidosis, hyperphosphatemia.", results=r)
    c.proc([cpt("36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type)")], "2026-08-11", prac=vs, reason=[ckd], text="Left radiocephalic AV fistula creation", body_site=[sct("368208006", "Left upper arm structure")])
    c.obs(c.lc("AVF-DUPLEX", "AV fistula maturation duplex"), "2026-10-13", text_value="Left radiocephalic AVF: flow 720 mL/min, vein diameter 6.5 mm, depth 4 mm - mature (rule of 6s met)", interp="N", cat="imaging")
    c.note("2026-10-20", "Nephrology note", "62F diabetic nephropathy, eGFR now 8, with nausea, pruritus, dysgeusia and fluid overload despite high-dose diuretics. Left RC AVF matured. After modality education (HD vs PD vs conservative kidney management) she chose in-center hemodialysis. Plan: start in-center HD 3x/week at Pierre Dialysis Unit on 1/5/2027, 4 h sessions. Kidney transplant evaluation offered; she declines for now.", author=neph, enc=e1)
    c.sr([cpt("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), sct("302497006", "Hemodialysis")], "2026-10-20", status="active", intent="order", occ="2027-01-05", prac=neph, reason=[ckd], text="Initiate in-center maintenance hemodialysis, 3x/week via left AVF")
    c.careplan("Kidney replacement therapy plan", "2026-10-20", cats=[(sct("734163000", "Care plan"),)], addresses=[ckd], author=cm,
               desc="Transition to maintenance hemodialysis 01/2027.",
               activities=[([sct("302497006", "Hemodialysis")], "scheduled", "In-center hemodialysis MWF 06:00, start 1/5/2027", "2027-01-05"),
                           (None, "completed", "Dialysis unit tour and modality education"), (None, "in-progress", "Renal diet and fluid restriction 1.5 L/day")])
    c.note("2026-11-09", "CKD care management call", "Discussed upcoming dialysis start; transport arranged with tribal health transport; patient anxious about 'being tied to a machine' and losing her job schedule; social work referral.", author=cm, loinc_type=("34746-8", "Nurse Note"))
    return c, dict(target=H, kind="positive", expected=[H],
                   why="Maintenance haemodialysis ordered to start 2027-01-05 (ServiceRequest active, CarePlan scheduled) - dialysis is in the high-impact treatment set.",
                   summary="Managed-care: 62F diabetic CKD 5, AV fistula matured, in-center haemodialysis starting Jan 2027.")


def hit_pos_oropharynx_crt(cid):
    c = make(cid, "bayview")
    c.patient(["Mark", "A"], "Delacroix", "male", "1967-08-21", "BV-5021663", "2004 Capitola Rd", "Santa Cruz", "CA", "95062", "831-555-0135")
    c.payer("Anthem Blue Cross", "Anthem PPO 500", "XDL102938475")
    hn = c.practitioner("Vivian", "Cho", "1326078814", "MD, Head and Neck Surgical Oncology")
    ro = c.practitioner("Paul", "Eriksen", "1578641220", "MD, Radiation Oncology")
    mo = c.practitioner("Layla", "Haddad", "1003845561", "MD, Medical Oncology")
    slp = c.practitioner("Noor", "Abdi", "1356702249", "MA, CCC-SLP", prefix=None)
    c.cond([icd("E78.5", "Hyperlipidemia, unspecified")], "2018-01-01", text="Hyperlipidemia")
    ca = c.cond([icd("C01", "Malignant neoplasm of base of tongue")], "2026-09-18", text="Squamous cell carcinoma base of tongue, p16-positive (HPV-associated)", stage="cT2N1M0, AJCC 8th p16+ stage I")
    p16 = c.obs(c.lc("P16-IHC", "p16 immunohistochemistry"), "2026-09-18", text_value="Positive (strong, diffuse, >70% of tumor cells)", interp="POS")
    c.dr([loinc("60567-5", "Comprehensive pathology report panel")], "2026-09-18", "Right base of tongue biopsy: invasive squamous cell carcinoma, nonkeratinizing, p16 positive.", results=[p16], cat=("SP", "Surgical Pathology"))
    c.dr([cpt("78815", "PET/CT skull base to mid-thigh")], "2026-09-29", "FDG-avid right base of tongue primary (SUV 14) and 2.4 cm right level IIA node. No distant disease.", cat=("RAD", "Radiology"))
    e0 = c.enc("2026-10-12", "Head and neck multidisciplinary clinic", prac=hn, reason="Base of tongue SCC")
    c.note("2026-10-12", "MDT clinic", "59M never-smoker, HPV+ base of tongue SCC cT2N1. Options discussed: TORS + neck dissection vs definitive chemoradiation; patient chose definitive chemoradiation. Baseline swallow: functional, MDADI composite 84, EAT-10 2. Dental clearance done.", author=hn, enc=e0)
    c.obs(c.lc("MDADI-C", "MD Anderson Dysphagia Inventory composite score"), "2026-10-12", 84, "{score}", cat="survey", enc=e0)
    c.obs(c.lc("EAT10", "Eating Assessment Tool (EAT-10) total score"), "2026-10-12", 2, "{score}", cat="survey", enc=e0)
    c.careplan("Definitive chemoradiation - base of tongue SCC", "2026-10-26", cats=[("Oncology treatment plan",)], addresses=[ca], author=ro,
               desc="IMRT 70 Gy/35 fx to primary and involved nodes, 56 Gy elective neck, with cisplatin 100 mg/m2 q3 weeks x3.",
               activities=[([cpt("77386", "Intensity modulated radiation treatment delivery, complex")], "in-progress", "IMRT 70 Gy in 35 fractions, 10/26/2026 - 12/14/2026"),
                           ([hcpcs("J9060", "Injection, cisplatin, powder or solution, 10 mg")], "in-progress", "Cisplatin 100 mg/m2 days 1, 22, 43")])
    c.proc([cpt("77386", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; complex")], "2026-10-26", status="in-progress", prac=ro, reason=[ca], text="IMRT to oropharynx and bilateral neck (fraction 24 of 35 on 11/25)")
    c.med(rx("2555", "cisplatin"), "2026-10-26", prac=mo, dose="100 mg/m2 IV day 1 every 21 days x3 (C1 10/26, C2 11/16)", reason=[ca])
    c.med(rx("26225", "ondansetron"), "2026-10-26", prac=mo, dose="8 mg every 8 hours as needed")
    c.med(rx("3423", "hydromorphone"), "2026-11-16", prac=ro, dose="2 mg every 4 hours as needed for mucositis pain")
    e1 = c.enc("2026-11-23", "Radiation oncology on-treatment visit", prac=ro, reason="Weekly OTV")
    c.vitals("2026-11-23", e1, 118, 72, 96, wt=74.8)
    c.obs(c.lc("CTCAE-MUC", "Oral mucositis, CTCAE v5 grade"), "2026-11-23", 3, "{grade}", cat="exam", enc=e1)
    e2 = c.enc("2026-11-24", "Swallow therapy visit", prac=slp, reason="Dysphagia during chemoradiation")
    c.obs(c.lc("MDADI-C", "MD Anderson Dysphagia Inventory composite score"), "2026-11-24", 61, "{score}", cat="survey", enc=e2)
    c.obs(c.lc("EAT10", "Eating Assessment Tool (EAT-10) total score"), "2026-11-24", 24, "{score}", cat="survey", enc=e2)
    c.obs(c.lc("FOIS", "Functional Oral Intake Scale"), "2026-11-24", 4, "{score}", cat="exam", enc=e2, note="Total oral diet of a single consistency (purees)")
    c.note("2026-11-24", "SLP swallow note", "Week 5 of CRT. Odynophagia, thick secretions, taste loss; now purees and liquids only. Weight 82.1 -> 74.8 kg since start. MDADI composite fell 84 -> 61. Continue swallow-preservation exercises. Dietitian: consider feeding tube if further loss. Patient tearful about quality of life.", author=slp, enc=e2)
    return c, dict(target=H, kind="positive", expected=[H],
                   why="Concurrent cisplatin chemotherapy and IMRT started 2026-10-26 and ongoing (high-impact chemotherapy/radiotherapy), and swallowing QoL (MDADI composite) has fallen 23 points since treatment began.",
                   summary="EENT: 59M HPV+ base-of-tongue SCC mid-chemoradiation; MDADI dropped 84 to 61, weight loss.")


def hit_pos_tnbc_neoadjuvant(cid):
    c = make(cid, "sunbelt")
    c.patient(["Danielle", "S"], "Akinyemi", "female", "1978-05-14", "SIC-7730152", "4410 E Indian School Rd", "Phoenix", "AZ", "85018", "602-555-0159", race="Black or African American")
    c.payer("Sunbelt Health Plan", "Sunbelt Commercial PPO", "SHP88230171", kind="MCPOL", start="2021-01-01")
    pcp = c.practitioner("Glenn", "Mayfield", "1659283301", "MD, Family Medicine")
    bs = c.practitioner("Ines", "Carvalho", "1790836625", "MD, Breast Surgical Oncology")
    mo = c.practitioner("Theodore", "Okafor", "1114029387", "MD, Medical Oncology")
    nav = c.practitioner("Maribel", "Soto", "1285093380", "RN, Oncology Nurse Navigator", prefix=None)
    c.cond([icd("E66.9", "Obesity, unspecified")], "2015-01-01", text="Obesity")
    c.cond([icd("D25.9", "Leiomyoma of uterus, unspecified")], "2017-01-01", status="inactive", text="Uterine fibroids")
    c.dr([cpt("77067", "Screening mammography, bilateral")], "2026-10-06", "BI-RADS 0: new 2.6 cm irregular mass right breast upper outer quadrant. Recall for diagnostic imaging.", cat=("RAD", "Radiology"))
    c.dr([cpt("77066", "Diagnostic mammography, bilateral")], "2026-10-14", "BI-RADS 5: 2.8 cm irregular spiculated mass RUOQ; abnormal right axillary node with 5 mm cortical thickening.", cat=("RAD", "Radiology"))
    c.proc([cpt("19083", "Biopsy, breast, with placement of breast localization device(s), percutaneous; first lesion, including ultrasound guidance")], "2026-10-21", prac=bs)
    er = c.obs(loinc("16112-5", "Estrogen receptor [Interpretation] in Tissue"), "2026-10-24", code_value=(sct("260385009", "Negative"),), interp="NEG", note="ER <1%")
    pr = c.obs(loinc("16113-3", "Progesterone receptor [Interpretation] in Tissue"), "2026-10-24", code_value=(sct("260385009", "Negative"),), interp="NEG")
    her2 = c.obs(loinc("48676-1", "HER2 [Interpretation] in Tissue"), "2026-10-24", code_value=(sct("260385009", "Negative"),), interp="NEG", note="IHC 1+")
    c.dr([loinc("60567-5", "Comprehensive pathology report panel")], "2026-10-24", "Right breast 10:00 core biopsy: invasive ductal carcinoma, grade 3, Ki-67 80%, ER/PR negative, HER2 negative (IHC 1+). Right axillary node FNA: metastatic carcinoma.", results=[er, pr, her2], cat=("SP", "Surgical Pathology"))
    bc = c.cond([icd("C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"), sct("254837009", "Malignant neoplasm of breast")], "2026-10-24", text="Triple-negative invasive ductal carcinoma right breast, cT2N1M0 (clinical stage IIB)")
    c.cond([icd("Z17.1", "Estrogen receptor negative status [ER-]")], "2026-10-24")
    e1 = c.enc("2026-11-12", "Medical oncology consult", prac=mo, reason="New triple-negative breast cancer")
    c.vitals("2026-11-12", e1, 132, 84, 80, wt=92.3)
    c.obs(loinc("10230-1", "Left ventricular Ejection fraction"), "2026-11-19", 62, "%", 52, 72, "N", cat="imaging")
    c.note("2026-11-12", "Medical oncology consult", "48F with cT2N1 triple-negative breast cancer. Recommend neoadjuvant chemo-immunotherapy (pembrolizumab + paclitaxel/carboplatin x12 weeks, then pembrolizumab + doxorubicin/cyclophosphamide x4 cycles), followed by surgery, then adjuvant pembrolizumab. Discussed alopecia, neuropathy, cytopenias, infertility/early menopause, immune-related adverse events. Genetics referral (BRCA). Port placement requested. Start C1D1 12/14/2026.", author=mo, enc=e1, loinc_type=("11488-4", "Consult note"))
    plan = "2026-11-12"
    for rxc, nm, dose in [("1547545", "pembrolizumab", "200 mg IV every 3 weeks"), ("56946", "paclitaxel", "80 mg/m2 IV weekly x12"), ("40048", "carboplatin", "AUC 5 IV every 3 weeks x4"), ("3639", "doxorubicin", "60 mg/m2 IV every 3 weeks x4 (after taxane/platinum phase)"), ("3002", "cyclophosphamide", "600 mg/m2 IV every 3 weeks x4 (after taxane/platinum phase)")]:
        c.med(rx(rxc, nm), plan, intent="plan", status="active", prac=mo, dose=dose, reason=[bc])
    c.sr([hcpcs("J9271", "Injection, pembrolizumab, 1 mg"), cpt("96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour, single or initial substance/drug")], "2026-11-12", status="active", intent="order", occ="2026-12-14", prac=mo, reason=[bc], text="Neoadjuvant chemo-immunotherapy, cycle 1 day 1")
    c.sr([cpt("36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port")], "2026-11-12", status="active", occ="2026-12-08", prac=mo, reason=[bc], text="Port placement (interventional radiology)")
    c.sr([c.lc("REF-GENCOUNS", "Referral to cancer genetic counseling")], "2026-11-12", status="active", prac=mo, reason=[bc], text="Genetic counseling, germline BRCA1/2 panel")
    c.comm("2026-11-20T09:15:00-07:00", "Chemo teach scheduled 12/10, port 12/8, cold cap information sent, pharmacy prior authorization for pembrolizumab approved.", nav, c.pt, cat_text="Oncology navigation")
    return c, dict(target=H, kind="positive", expected=[H],
                   why="Neoadjuvant chemo-immunotherapy (paclitaxel/carboplatin then doxorubicin/cyclophosphamide with pembrolizumab) planned to start 2026-12-14 - chemotherapy is high-impact. The port placement is a minor access procedure and no breast surgery is yet ordered.",
                   summary="Managed-care: 48F triple-negative breast cancer; neoadjuvant chemo-immunotherapy planned to start 14 Dec 2026.")


def hit_nm_hodgkin_survivor(cid):
    c = make(cid, "glbmt")
    c.patient(["Jesse", "P"], "Lindqvist", "male", "1992-01-09", "GL-00421937", "830 E Johnson St", "Madison", "WI", "53703", "608-555-0124", marital="M")
    c.payer("Quartz Health Solutions", "Quartz HMO", "QZ4420198")
    heme = c.practitioner("Rachel", "Adeyemi", "1548270036", "MD, Lymphoma and Survivorship Program")
    np = c.practitioner("Molly", "Fitzgerald", "1881530297", "NP, Survivorship Clinic", prefix=None)
    hl = c.cond([icd("C81.12", "Nodular sclerosis Hodgkin lymphoma, intrathoracic lymph nodes")], "2019-03-04", status="remission", text="Classical Hodgkin lymphoma, nodular sclerosis, stage IIA - complete remission since 2019")
    c.cond([icd("Z85.71", "Personal history of Hodgkin lymphoma")], "2019-09-01")
    c.cond([icd("F41.1", "Generalized anxiety disorder")], "2020-01-01", status="inactive", text="Anxiety (resolved with counseling)")
    c.med("ABVD (doxorubicin, bleomycin, vinblastine, dacarbazine) x4 cycles", "2019-03-18", rt="MedicationStatement", status="completed", end="2019-08-26", reason=[hl])
    c.obs(c.lc("PET-DEAUVILLE", "PET Deauville score (end of treatment)"), "2019-09-10", 2, "{score}", cat="imaging", note="Complete metabolic response")
    e1 = c.enc("2026-11-03", "Survivorship clinic annual visit", prac=np, reason="Hodgkin lymphoma survivorship, 7 years off therapy")
    c.vitals("2026-11-03", e1, 122, 76, 64, wt=79.0)
    r = [c.obs(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-03", 15.1, "g/dL", 13.5, 17.5, "N", enc=e1),
         c.obs(loinc("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), "2026-11-03", 6.2, "10*3/uL", 4.0, 11.0, "N", enc=e1),
         c.obs(loinc("777-3", "Platelets [#/volume] in Blood by Automated count"), "2026-11-03", 244, "10*3/uL", 150, 400, "N", enc=e1),
         c.obs(loinc("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-11-03", 1.9, "m[IU]/L", 0.4, 4.5, "N", enc=e1),
         c.obs(loinc("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma"), "2026-11-03", 178, "mg/dL", None, 200, "N", enc=e1)]
    c.dr([c.lc("SURV-LABS", "Survivorship laboratory panel")], "2026-11-03", "All within normal limits.", results=r, text="Survivorship laboratory panel")
    c.obs(loinc("10230-1", "Left ventricular Ejection fraction"), "2026-10-20", 60, "%", 52, 72, "N", cat="imaging", note="Anthracycline surveillance echo; GLS -20%")
    c.obs(loinc("19911-7", "Diffusion capacity.carbon monoxide/Alveolar volume") , "2026-10-20", 98, "%", 75, None, "N", cat="procedure", note="% predicted (bleomycin surveillance)")
    for d, v in [("2024-11-05", 82), ("2025-11-04", 84), ("2026-11-03", 83)]:
        c.obs(c.lc("FACT-G", "FACT-G total score"), d, v, "{score}", cat="survey")
    c.note("2026-11-03", "Survivorship visit", "34M, cHL stage IIA treated with ABVD x4 (2019), no radiation; in continuous complete remission 7 years. No B symptoms, no adenopathy. Echo and DLCO normal. QoL stable (FACT-G 82-84). Works full time, two children. No active treatment and none planned. Plan: annual survivorship visit, cardiovascular risk management, return to PCP-led follow-up in 2027.", author=np, enc=e1)
    c.careplan("Cancer survivorship care plan", "2026-11-03", cats=[("Survivorship care plan",)], addresses=[hl], author=heme,
               desc="Surveillance only; no active or planned cancer treatment.",
               activities=[(None, "scheduled", "Annual echocardiogram every 5 years (next 2031)"), (None, "scheduled", "Annual lipid and TSH")])
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-10")
    return c, dict(target=H, kind="near-miss", expected=[],
                   why="Chemotherapy (ABVD) was completed in 2019; the patient is in remission with surveillance only, no planned or running high-impact treatment, and QoL scores are stable.",
                   summary="Haematology: 34M Hodgkin lymphoma survivor 7 years after ABVD; survivorship surveillance only.")


def hit_nm_turbinate_rf(cid):
    c = make(cid, "piedmont")
    c.patient(["Kayla", "M"], "Huang", "female", "1993-04-02", "E5581207", "1900 Queens Rd", "Charlotte", "NC", "28207", "704-555-0106", race="Asian", marital="S")
    c.payer("Aetna", "Aetna Choice POS II", "W552018764")
    ent = c.practitioner("Caleb", "Whitaker", "1467739902", "MD, Otolaryngology")
    c.cond([icd("J30.2", "Other seasonal allergic rhinitis")], "2010-01-01", text="Seasonal allergic rhinitis")
    ith = c.cond([icd("J34.3", "Hypertrophy of nasal turbinates")], "2026-06-17", text="Bilateral inferior turbinate hypertrophy")
    c.med(rx("41126", "fluticasone"), "2026-06-17", prac=ent, dose="2 sprays each nostril daily", text="fluticasone propionate nasal spray")
    c.med(rx("20610", "cetirizine"), "2018-01-01", rt="MedicationStatement", dose="10 mg daily in spring")
    e1 = c.enc("2026-06-17", "ENT new patient", prac=ent, reason="Nasal obstruction")
    c.obs(c.lc("NOSE", "NOSE scale (Nasal Obstruction Symptom Evaluation) total"), "2026-06-17", 70, "{score}", cat="survey", enc=e1)
    c.proc([cpt("31231", "Nasal endoscopy, diagnostic, unilateral or bilateral")], "2026-06-17", prac=ent, enc=e1, note="Straight septum, enlarged pale inferior turbinates decongest well, no polyps or masses")
    c.note("2026-06-17", "ENT consult", "33F, year-round bilateral nasal obstruction worse at night. Septum midline. Inferior turbinate hypertrophy. 3-month trial of fluticasone + saline.", author=ent, enc=e1)
    e2 = c.enc("2026-10-07", "ENT follow-up", prac=ent, reason="Persistent obstruction")
    c.obs(c.lc("NOSE", "NOSE scale (Nasal Obstruction Symptom Evaluation) total"), "2026-10-07", 65, "{score}", cat="survey", enc=e2)
    c.vitals("2026-10-07", e2, 110, 68, 66, wt=57.0)
    c.note("2026-10-07", "ENT follow-up", "Minimal benefit from 3+ months INCS. Offered in-office radiofrequency volumetric tissue reduction of inferior turbinates under local anesthesia (about 20 minutes, return to work next day). Patient agrees.", author=ent, enc=e2)
    c.sr([cpt("30802", "Ablation, soft tissue of inferior turbinates, unilateral or bilateral, any method (eg, electrocautery, radiofrequency ablation, or tissue volume reduction); intramural (ie, submucosal)")], "2026-10-07", status="active", occ="2026-12-18T10:00:00-05:00", prac=ent, reason=[ith], text="In-office radiofrequency reduction of inferior turbinates, bilateral, local anesthesia")
    c.enc("2026-12-18T10:00:00-05:00", "Office procedure", prac=ent, status="planned", reason="Turbinate reduction")
    c.obs(c.lc("PREG-HCG", "hCG urine qualitative (pre-procedure, day of)"), "2026-10-07", code_value=(sct("260385009", "Negative"),), interp="NEG", status="final")
    c.allergy("Latex (contact dermatitis)", "2014-01-01", codings=[sct("111088007", "Latex")])
    return c, dict(target=H, kind="near-miss", expected=[],
                   why="Only an in-office radiofrequency turbinate reduction (CPT 30802) is planned - a minor procedure, not radiotherapy or any high-impact treatment; not major surgery either.",
                   summary="EENT: 33F turbinate hypertrophy; in-office radiofrequency turbinate reduction scheduled (minor).")


def wdt_pos_asthma_act(cid):
    c = make(cid, "cascade")
    c.patient(["Priyanka", "R"], "Deshmukh", "female", "1985-09-19", "CV00661530", "4127 SE Division St", "Portland", "OR", "97202", "503-555-0163", race="Asian", marital="M")
    c.payer("Cascade Valley Health Plan", "CVHP HMO Bronze", "CVH9918204", kind="MCPOL", start="2020-01-01")
    pcp = c.practitioner("Thomas", "Brandt", "1033284419", "MD, Family Medicine")
    rph = c.practitioner("Lena", "Yoon", "1912370058", "PharmD, Clinical Pharmacist (Asthma Registry)", prefix=None)
    ast = c.cond([icd("J45.50", "Severe persistent asthma, uncomplicated"), sct("370221004", "Severe asthma")], "2016-01-01", text="Severe persistent asthma")
    c.cond([icd("J30.1", "Allergic rhinitis due to pollen")], "2010-01-01")
    c.cond([icd("J45.51", "Severe persistent asthma with (acute) exacerbation")], "2026-09-07", status="resolved", abated="2026-09-20", cat="encounter-diagnosis")
    ics = c.med("budesonide 0.16 MG/ACTUAT / formoterol 0.0045 MG/ACTUAT Metered Dose Inhaler", "2025-10-01", prac=pcp, dose="2 puffs twice daily plus as needed (SMART), max 12 puffs/day", reason=[ast], supply_days=30)
    c.med(rx("88249", "montelukast"), "2024-01-01", prac=pcp, dose="10 mg nightly", reason=[ast], supply_days=30)
    for d in ["2026-04-02", "2026-05-01", "2026-06-01", "2026-07-02", "2026-08-01", "2026-09-01", "2026-10-01", "2026-11-02"]:
        c.med("budesonide 0.16 MG/ACTUAT / formoterol 0.0045 MG/ACTUAT Metered Dose Inhaler", d, rt="MedicationDispense", supply_days=30)
    c.med(rx("69120", "tiotropium"), "2026-09-20", prac=pcp, dose="Respimat 2.5 mcg, 2 inhalations daily", reason=[ast], supply_days=30)
    vals = [("2026-03-10", 19, "A"), ("2026-06-02", 16, "A"), ("2026-08-25", 13, "A"), ("2026-11-10", 10, "A")]
    for d, v, it in vals:
        e = c.enc(d, "Asthma registry pharmacist visit" if d != "2026-11-10" else "Office visit", cls="VR" if d in ("2026-06-02", "2026-08-25") else "AMB", prac=rph if d != "2026-11-10" else pcp, reason="Asthma control review")
        c.obs(c.lc("ACT-TOTAL", "ACT (Asthma Control) total score, 12 years and older"), d, v, "{score}", 20, 25, "L" if v < 20 else "N", cat="survey", enc=e, ref_text="20-25 well controlled; 16-19 not well controlled; 5-15 very poorly controlled")
    c.obs(loinc("20150-9", "FEV1"), "2026-03-10", 2.41, "L", cat="procedure", note="81% predicted")
    c.obs(loinc("20150-9", "FEV1"), "2026-11-10", 1.86, "L", cat="procedure", note="62% predicted")
    c.obs(loinc("711-2", "Eosinophils [#/volume] in Blood by Automated count"), "2026-11-10", 0.48, "10*3/uL", 0.0, 0.5, "N")
    e2 = c.enc("2026-09-07T20:10:00-07:00", "Emergency department visit", cls="EMER", reason="Asthma exacerbation", end="2026-09-08T01:00:00-07:00")
    c.med(rx("8640", "prednisone"), "2026-09-08", status="completed", dose="40 mg daily x5 days")
    c.note("2026-11-10", "PCP visit - asthma", "41F with severe persistent asthma on SMART budesonide-formoterol since 10/2025, montelukast, tiotropium added 9/2026. Pharmacy fill history shows on-time monthly refills (PDC 97%); inhaler technique checked and correct by registry pharmacist x3. Despite this ACT has fallen 19 -> 16 -> 13 -> 10 since March, FEV1 81% -> 62%, one ED visit with prednisone burst in September. Night waking 3x/week. No new exposures identified.", author=pcp)
    return c, dict(target=W, kind="positive", expected=[W],
                   why="ACT falls 19 -> 10 over 8 months (4 values; MCID 3) while ICS-formoterol and montelukast were filled on time throughout - asthma worsening despite continuous treatment.",
                   summary="Managed-care: 41F severe asthma, ACT 19 to 10 and FEV1 falling over 8 months despite on-time controller fills.")


def wdt_pos_glaucoma_vf(cid):
    c = make(cid, "rockymtn")
    c.patient(["Franklin", "D"], "Oduya", "male", "1960-03-14", "RM-0971842", "2630 Eudora St", "Denver", "CO", "80207", "303-555-0179", race="Black or African American")
    c.payer("Kaiser Permanente Colorado", "KP Senior Advantage", "KPC44019283", kind="MCPOL")
    gl = c.practitioner("Sabine", "Hoffmann", "1760499028", "MD, Glaucoma Specialist")
    c.cond([icd("E11.9", "Type 2 diabetes mellitus without complications")], "2015-01-01", text="Type 2 diabetes, no retinopathy")
    c.cond([icd("I10", "Essential (primary) hypertension")], "2010-01-01")
    poag = c.cond([icd("H40.1132", "Primary open-angle glaucoma, bilateral, moderate stage"), sct("77075001", "Primary open angle glaucoma")], "2024-02-06", text="Primary open-angle glaucoma OU, moderate")
    c.med(rx("43611", "latanoprost"), "2024-02-06", prac=gl, dose="0.005% 1 drop both eyes at bedtime", reason=[poag])
    c.med(rx("10600", "timolol"), "2025-06-10", prac=gl, dose="0.5% 1 drop both eyes twice daily", reason=[poag])
    c.med("brimonidine", "2026-05-12", prac=gl, dose="0.2% 1 drop both eyes three times daily", reason=[poag])
    data = [("2025-09-16", -4.1, 90, 16, 15, 72), ("2026-01-20", -5.0, 87, 15, 15, 70), ("2026-05-12", -6.3, 83, 16, 16, 69), ("2026-10-27", -7.8, 78, 14, 15, 66)]
    for d, md, vfi, iopr, iopl, rnfl in data:
        e = c.enc(d, "Glaucoma clinic", prac=gl, reason="POAG follow-up")
        m1 = c.obs(c.lc("HVF242-MD-OD", "Humphrey 24-2 SITA-Standard mean deviation, right eye"), d, md, "dB", -2.0, None, "L", cat="exam", enc=e)
        m2 = c.obs(c.lc("HVF242-VFI-OD", "Visual field index, right eye"), d, vfi, "%", 96, None, "L", cat="exam", enc=e)
        c.obs(c.lc("IOP-OD", "Intraocular pressure, right eye (Goldmann)"), d, iopr, "mm[Hg]", 10, 21, "N", cat="exam", enc=e)
        c.obs(c.lc("OCT-RNFL-AVG-OD", "OCT average RNFL thickness, right eye"), d, rnfl, "um", 80, 110, "L", cat="imaging", enc=e)
    c.obs(c.lc("CCT-OD", "Central corneal thickness, right eye"), "2024-02-06", 512, "um", cat="exam")
    c.dr([cpt("92083", "Visual field examination, extended")], "2026-10-27", "OD: deepening superior arcuate defect encroaching on fixation; GPA 'likely progression'. Rate of progression MD -2.9 dB/year, VFI -10%/year. OS stable mild nasal step.", cat=("PHY", "Physician"), prac=gl)
    c.note("2026-10-27", "Glaucoma follow-up", "66M POAG OU. Adherence confirmed (drop-aid, refills on time per pharmacy, wife administers evening drops). IOP 14-16 on latanoprost/timolol/brimonidine - above target (<=13) given progression. Right eye VF MD -4.1 -> -7.8 dB over 13 months, VFI 90 -> 78%, RNFL 72 -> 66 um: progressing despite maximal tolerated medical therapy. Discussed SLT today; will also check 24-h IOP. Return 3 months.", author=gl)
    return c, dict(target=W, kind="positive", expected=[W],
                   why="Right-eye visual field MD worsens -4.1 to -7.8 dB (4 values over 13 months, well beyond clinically meaningful change) with RNFL thinning while on continuous topical glaucoma therapy since 2024.",
                   summary="EENT: 66M POAG; visual field and OCT progression over 13 months despite three adherent topical agents.")


def wdt_pos_pts_pain(cid):
    c = make(cid, "swcti")
    c.patient(["Theresa", "L"], "Montoya", "female", "1974-02-27", "SW0818842", "7702 Eubank Blvd NE", "Albuquerque", "NM", "87110", "505-555-0104", race="White; Hispanic or Latino")
    c.payer("Presbyterian Health Plan", "Presbyterian Commercial PPO", "PHC30119877")
    heme = c.practitioner("Daniel", "Ortega", "1548806613", "MD, Hematology - Thrombosis and Hemostasis")
    vn = c.practitioner("Carol", "Jensen", "1962540178", "RN, Anticoagulation Clinic", prefix=None)
    dvt = c.cond([icd("I82.412", "Acute embolism and thrombosis of left femoral vein")], "2026-01-08", status="resolved", abated="2026-04-15", text="Left femoral-popliteal DVT (unprovoked)")
    c.cond([icd("I82.512", "Chronic embolism and thrombosis of left femoral vein")], "2026-04-15", text="Chronic residual left femoral vein thrombus")
    pts = c.cond([icd("I87.002", "Postthrombotic syndrome without complications of left lower extremity")], "2026-05-12", text="Post-thrombotic syndrome, left leg")
    c.cond([icd("E66.9", "Obesity, unspecified")], "2015-01-01", text="Obesity")
    c.med(rx("1114195", "rivaroxaban"), "2026-01-08", prac=heme, dose="15 mg twice daily x21 days, then 20 mg daily (extended duration, unprovoked)", reason=[dvt], supply_days=30)
    c.med("Graduated compression stocking, thigh-high, 30-40 mmHg, left", "2026-02-10", prac=heme, dose="Wear daily from waking to bedtime", reason=[pts])
    c.med(rx("161", "acetaminophen"), "2026-05-12", prac=heme, dose="1 g every 8 hours as needed for leg pain", reason=[pts])
    c.sr([c.lc("PT-VENOUS", "Physical therapy - supervised venous exercise program")], "2026-05-12", status="active", prac=heme, reason=[pts], text="Supervised exercise program for PTS, 12 weeks, then home program")
    c.dr([cpt("93971", "Duplex scan of extremity veins; unilateral or limited study")], "2026-04-15", "Left leg: chronic non-occlusive thrombus femoral vein with partial recanalization, popliteal reflux >1 s. No acute thrombus.", cat=("RAD", "Radiology"))
    c.dr([cpt("74177", "Computed tomography, abdomen and pelvis; with contrast material(s)")], "2026-09-15", "CT venography: patent iliac veins and IVC, no May-Thurner compression; chronic changes of left femoral vein only.", cat=("RAD", "Radiology"))
    data = [("2026-05-12", 4, 9), ("2026-07-21", 5, 11), ("2026-09-15", 7, 14), ("2026-11-17", 8, 16)]
    for d, pain, vill in data:
        e = c.enc(d, "Thrombosis clinic follow-up", prac=heme, reason="Post-thrombotic syndrome, anticoagulation")
        c.obs(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, pain, "{score}", cat="survey", enc=e, body_site="Left lower leg")
        c.obs(c.lc("VILLALTA", "Villalta post-thrombotic syndrome score, left leg"), d, vill, "{score}", None, 4, "H", cat="exam", enc=e, ref_text="0-4 no PTS; 5-9 mild; 10-14 moderate; >=15 severe")
    c.obs(c.lc("VEINES-QOL", "VEINES-QOL/Sym score"), "2026-11-17", 38, "{score}", cat="survey")
    c.note("2026-11-17", "Thrombosis clinic follow-up", "52F, unprovoked left femoral DVT 1/2026 on rivaroxaban (adherent, no missed doses per pharmacy). PTS diagnosed 5/2026. Wears 30-40 mmHg thigh-high stocking daily (confirmed by PT), completed 12-week supervised venous exercise program and continues home program. Despite this, leg pain 4 -> 5 -> 7 -> 8/10 and Villalta 9 -> 16 (now severe), heaviness and swelling limit work as a cashier. CT venogram without iliac obstruction. Continue current therapy; consider vascular medicine input.", author=heme)
    return c, dict(target=W, kind="positive", expected=[W],
                   why="Leg pain NRS rises 4 -> 8 (and Villalta 9 -> 16) over 6 months across 4 visits, exceeding the 2-point MCID, while compression, supervised exercise and anticoagulation were running throughout.",
                   summary="Haematology (thrombosis): 52F post-thrombotic syndrome; pain and Villalta worsening for 6 months despite stockings, exercise and rivaroxaban.")


def wdt_nm_phq9_lapsed(cid):
    c = make(cid, "prairie")
    c.patient(["Cody", "J"], "Halverson", "male", "1990-06-30", "PM4470219", "1810 N Broadway", "Fargo", "ND", "58102", "701-555-0138", marital="D")
    c.payer("Prairie Mutual Health Plan", "PM Employer HMO", "PME60028841", kind="MCPOL", start="2023-01-01")
    pcp = c.practitioner("Elise", "Vang", "1093720448", "MD, Family Medicine")
    bh = c.practitioner("Marcus", "Oyelowo", "1306784219", "LICSW, Behavioral Health Care Manager", prefix=None)
    mdd = c.cond([icd("F33.1", "Major depressive disorder, recurrent, moderate"), sct("370143000", "Major depressive disorder")], "2026-01-12", text="Major depressive disorder, recurrent, moderate")
    c.cond([icd("F10.10", "Alcohol abuse, uncomplicated")], "2026-01-12", status="inactive", text="Alcohol use, in early remission")
    c.cond([icd("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")], "2025-03-02", status="resolved", abated="2025-04-10", cat="encounter-diagnosis")
    c.med(rx("36437", "sertraline"), "2026-01-12", prac=pcp, dose="50 mg daily, increase to 100 mg after 2 weeks", reason=[mdd], supply_days=30)
    for d in ["2026-01-12", "2026-02-10", "2026-03-12", "2026-04-08", "2026-05-04"]:
        c.med((rx("36437", "sertraline"),), d, text="sertraline 100 mg oral tablet", rt="MedicationDispense", supply_days=30)
    c.med(rx("36437", "sertraline"), "2026-01-12", rt="MedicationStatement", status="stopped", end="2026-06-05", dose="100 mg daily", reason=[mdd], note="Patient stopped on his own ~6/5/2026 (sexual side effects); no antidepressant since.")
    vals = [("2026-01-12", 16, "H"), ("2026-03-10", 9, "H"), ("2026-05-05", 7, "H"), ("2026-08-18", 12, "H"), ("2026-11-09", 17, "H")]
    for d, v, it in vals:
        e = c.enc(d, "Collaborative care follow-up", cls="VR" if d in ("2026-03-10", "2026-08-18") else "AMB", prac=bh if d != "2026-01-12" else pcp, reason="Depression")
        c.obs(loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), d, v, "{score}", None, 4, it, cat="survey", enc=e)
    c.note("2026-08-18", "Behavioral health care manager note", "Registry outreach: PHQ-9 up to 12. He stopped sertraline in early June because of sexual side effects; pharmacy claims confirm no fills after 5/4. Declined switching to bupropion or restarting for now; agreed to CBT sessions. Will re-check.", author=bh, loinc_type=("34746-8", "Nurse Note"))
    c.note("2026-11-09", "PCP visit - depression", "PHQ-9 17 today (item 9 = 0). Off all antidepressant medication since June; attended 2 of 8 CBT sessions. Discussed restarting treatment: agrees to start bupropion XL 150 mg. Safety plan reviewed.", author=pcp)
    c.med(rx("42347", "bupropion"), "2026-11-09", prac=pcp, dose="XL 150 mg every morning", reason=[mdd], supply_days=30)
    c.obs(loinc("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), "2026-11-09", 9, "{score}", cat="survey")
    return c, dict(target=W, kind="near-miss", expected=[],
                   why="PHQ-9 rose 7 -> 17, but the rise occurred after the patient stopped sertraline in June (no fills after May); treatment was not active during the decline.",
                   summary="Managed-care: 36M depression; PHQ-9 worsens only after he stopped sertraline (pharmacy fills lapse); new drug started Nov.")


def wdt_nm_vhi_small(cid):
    c = make(cid, "piedmont")
    c.patient(["Monique", "D"], "Labranche", "female", "1981-10-11", "E6620413", "305 Elm Row", "Spartanburg", "SC", "29302", "864-555-0177", race="Black or African American")
    c.payer("State Health Plan of SC", "Savings Plan PPO", "SHP2094417")
    lar = c.practitioner("Owen", "Castellano", "1215049928", "MD, Laryngology")
    slp = c.practitioner("Hannah", "Greer", "1659012278", "MS, CCC-SLP (Voice)", prefix=None)
    c.cond([icd("K21.9", "Gastro-esophageal reflux disease without esophagitis")], "2019-01-01", text="GERD")
    nod = c.cond([icd("J38.2", "Nodules of vocal cords")], "2026-04-07", text="Bilateral vocal fold nodules (phonotraumatic), with muscle tension")
    c.med(rx("7646", "omeprazole"), "2019-01-01", rt="MedicationStatement", dose="20 mg daily")
    e1 = c.enc("2026-04-07", "Laryngology new patient", prac=lar, reason="Hoarseness")
    c.proc([cpt("31579", "Laryngoscopy, flexible or rigid telescopic, with stroboscopy")], "2026-04-07", prac=lar, enc=e1, note="Small bilateral mid-membranous nodules, hourglass closure, reduced mucosal wave; supraglottic compression")
    c.note("2026-04-07", "Laryngology consult", "45F middle-school teacher, hoarseness and vocal fatigue for 1 year. Stroboscopy: small bilateral nodules. Plan: voice therapy, vocal hygiene, amplifier for classroom.", author=lar, enc=e1)
    c.sr([cpt("92507", "Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual")], "2026-04-07", status="active", prac=lar, reason=[nod], text="Voice therapy, 12 sessions")
    for d, v in [("2026-04-07", 18), ("2026-07-14", 19), ("2026-10-20", 21)]:
        e = c.enc(d, "Voice therapy" if d != "2026-04-07" else "Voice evaluation", prac=slp, reason="Dysphonia")
        c.obs(c.lc("VHI10", "Voice Handicap Index-10 total score"), d, v, "{score}", None, 11, "H", cat="survey", enc=e)
    c.obs(c.lc("CAPE-V-OS", "CAPE-V overall severity"), "2026-10-20", 28, "mm", cat="exam")
    c.proc([cpt("31579", "Laryngoscopy with stroboscopy")], "2026-10-20", prac=lar, note="Nodules unchanged in size; improved closure pattern")
    c.note("2026-10-20", "Voice therapy progress note", "Session 11 of 12 plus home program. Good carryover of resonant voice in clinic; classroom load increased this semester. VHI-10 18 -> 19 -> 21. CAPE-V mild. Stroboscopy unchanged. Continue home program; laryngology recheck in 3 months.", author=slp)
    return c, dict(target=W, kind="near-miss", expected=[],
                   why="VHI-10 drifts 18 -> 21 over 6 months of voice therapy - a 3-point change, below the VHI-10 minimal clinically important difference (about 6).",
                   summary="EENT: 45F teacher with vocal fold nodules in voice therapy; VHI-10 up only 3 points.")


CASES = [hit_pos_dialysis, hit_pos_oropharynx_crt, hit_pos_tnbc_neoadjuvant, hit_nm_hodgkin_survivor, hit_nm_turbinate_rf,
         wdt_pos_asthma_act, wdt_pos_glaucoma_vf, wdt_pos_pts_pain, wdt_nm_phq9_lapsed, wdt_nm_vhi_small]
