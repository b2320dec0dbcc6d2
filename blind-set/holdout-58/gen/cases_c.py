"""Organisation 3: Northbridge Thoracic Oncology & Lung Screening Program (US).

Low-dose CT screening with Lung-RADS categories and nodule sizes, tumor boards, targeted therapy and
immunotherapy, lobectomy and SBRT plans. ICD-10-CM, SNOMED CT, CPT/HCPCS, RxNorm, LOINC.
"""
from fhirkit import Case, cc, sct, lnc, icdcm, qty, rxn, CPT, ORPHA

PCS = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"
MPP = "MAJOR_PROCEDURE_PLANNED"
UP = "UNTREATABLE_PROGNOSIS"
HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
WDT = "WORSENING_DESPITE_TREATMENT"
ROC = "RARE_OR_COMPLEX_CONDITION"

HCPCS = "http://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets"
LDCT = (CPT, "71271", "Computed tomography, thorax, low dose for lung cancer screening, without contrast material(s)")
PETCT = (CPT, "78815", "PET with concurrently acquired CT; skull base to mid-thigh")
LOBECTOMY = (CPT, "32663", "Thoracoscopy, surgical; with lobectomy (single lobe)")


def dx(code, disp, *extra, text=None):
    return cc(icdcm(code, disp), *extra, text=text or disp)


def addr(line, city, state="OH", pc="44100"):
    return {"use": "home", "line": [line], "city": city, "state": state, "postalCode": pc, "country": "US"}


def lungrads(c, date, cat, enc=None, note=None):
    disp = {"2": "Category 2 - Benign appearance or behavior", "3": "Category 3 - Probably benign",
            "4A": "Category 4A - Suspicious", "4B": "Category 4B - Very suspicious",
            "4X": "Category 4X - Very suspicious with additional features"}[cat]
    return c.obs(cc(sct("1362105002", "Lung Imaging Reporting and Data System category"),
                    c.local("observations", "LUNGRADS", "Lung-RADS v2022 assessment category"),
                    text="Lung-RADS v2022 category"), date, category="imaging", enc=enc,
                 value_cc=cc(c.local("lung-rads", cat, disp), text=f"Lung-RADS {cat}"),
                 interp_code="A" if cat not in ("1", "2") else "N", note=note)


def nodule(c, date, mm, desc, enc=None):
    return c.obs(cc(c.local("observations", "NOD-DIAM", "Pulmonary nodule mean diameter"),
                    text="Dominant nodule mean diameter"), date, qty(mm, "mm"), category="imaging", enc=enc, note=desc)


def ldct_report(c, date, results, conclusion, enc=None):
    return c.report(cc(LDCT, text="Low-dose CT chest (lung cancer screening)"), date, results, enc=enc, category="CT",
                    performer="radiol", conclusion=conclusion)


def ecog(c, date, v, enc=None):
    return c.obs(cc(lnc("89247-1", "ECOG Performance Status score"), text="ECOG performance status"), date,
                 category="exam", enc=enc, value_int=v)


# --------------------------------------------------------------------------- C1
def c_lungrads4b_lost(cid):
    c = Case(cid, "thx")
    p = c.patient("Kowalczyk", ["Gary", "J."], "male", "1957-05-02", "NB-0048812",
                  addr("3318 Fleet Ave", "Cleveland", pc="44105"), phone="+1 216 555 0932", marital="D")
    c.coverage("1EG4TE5MK73", "2022-05-01")
    c.condition(dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), onset="1975-01-01", recorded="2025-08-05")
    c.condition(cc(sct("13645005", "Chronic obstructive lung disease"), text="COPD, mild (GOLD 1)"), onset="2023-01-01",
                recorded="2023-03-14")
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2015-01-01", recorded="2015-06-01")
    e0 = c.encounter("2025-08-05", type_text="Lung screening shared decision-making visit", pract="pulm",
                     type_cc=cc((HCPCS, "G0296", "Counseling visit to discuss need for lung cancer screening using low "
                                                  "dose CT scan (LDCT)")))
    c.smoking("2025-08-05", "77176002", "Smoker", pack_years=45, enc=e0)
    c.vitals("2025-08-05", 142, 88, 80, weight=86, height=178, enc=e0)
    e1 = c.encounter("2025-08-12", type_text="Annual screening LDCT", pract="radiol")
    r1 = lungrads(c, "2025-08-12", "2", enc=e1)
    ldct_report(c, "2025-08-12", [r1], "Lung-RADS 2. 3 mm solid nodule left lower lobe. Mild centrilobular emphysema. "
                                        "Continue annual screening in 12 months.", enc=e1)
    e2 = c.encounter("2026-08-19", type_text="Annual screening LDCT", pract="radiol")
    nd = c.condition(dx("R91.1", "Solitary pulmonary nodule"), onset="2026-08-19", recorded="2026-08-19", enc=e2,
                     verification="provisional", note="RUL part-solid 14 mm, solid component 9 mm; Lung-RADS 4B.")
    n1 = nodule(c, "2026-08-19", 14, "Right upper lobe part-solid nodule, solid component 9 mm (new since 2025).", enc=e2)
    r2 = lungrads(c, "2026-08-19", "4B", enc=e2)
    ldct_report(c, "2026-08-19", [n1, r2],
                "Lung-RADS 4B. New 14 mm part-solid nodule right upper lobe with 9 mm solid component. "
                "Recommendation: diagnostic chest CT and/or PET/CT and tissue sampling; referral to pulmonology "
                "within 2 weeks.", enc=e2)
    ap = c.appointment("2026-09-09T10:30", 40, "noshow", "Pulmonology consult – Lung-RADS 4B nodule", ["pulm"],
                       service="Pulmonology", reason_ref=nd)
    c.note("2026-08-25", "Nurse navigator note", """Nurse navigator – result communication

Lung-RADS 4B result (LDCT 08/19). Called patient 08/21 and 08/25, no answer, voicemails left asking to call the
screening office. Result letter with recommendation (PET/CT and pulmonology evaluation) mailed 08/22.
Pulmonology consult booked 09/09 10:30 with Dr. Okafor; PET/CT to be ordered at that visit.

Karen Whitfield, RN""", kind="nurse", author="nav")
    c.note("2026-09-10", "Nurse navigator note", """Nurse navigator – missed appointment

Patient did not attend pulmonology consult 09/09. Phone number rings out; no callback. Second letter mailed.
No PET/CT, diagnostic CT or biopsy has been performed. Will retry.

Karen Whitfield, RN""", kind="nurse", author="nav")
    c.med_statement(rxn("29046", "lisinopril", "Lisinopril 20 mg oral tablet"), "2015-06-01", dose="1 tablet daily",
                    asserted="2025-08-05")
    c.med_statement(rxn("435", "albuterol", "Albuterol 90 mcg/actuation inhaler"), "2023-03-14",
                    dose="2 puffs every 6 hours as needed", asserted="2025-08-05")
    return c


# --------------------------------------------------------------------------- C2
def c_lobectomy_planned(cid):
    c = Case(cid, "thx")
    p = c.patient("Marchetti", ["Linda", "M."], "female", "1954-10-30", "NB-0051207",
                  addr("1870 Warrensville Center Rd", "South Euclid", pc="44121"), phone="+1 216 555 4410", marital="M")
    c.coverage("7TK2WQ9PA41", "2019-10-01")
    c.condition(dx("Z87.891", "Personal history of nicotine dependence"), onset="2015-06-01", recorded="2024-07-10")
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2012-01-01", recorded="2012-04-02")
    c.condition(dx("M81.0", "Age-related osteoporosis without current pathological fracture"), onset="2021-01-01",
                recorded="2021-02-11")
    e1 = c.encounter("2026-07-22", type_text="Annual screening LDCT", pract="radiol")
    n1 = nodule(c, "2026-07-22", 12, "Left upper lobe solid nodule, spiculated (6 mm in 2025).", enc=e1)
    r1 = lungrads(c, "2026-07-22", "4A", enc=e1)
    ldct_report(c, "2026-07-22", [n1, r1], "Lung-RADS 4A. Growing 12 mm solid spiculated LUL nodule. PET/CT recommended.",
                enc=e1)
    e2 = c.encounter("2026-08-12", type_text="PET/CT", pract="radiol")
    c.report(cc(PETCT), "2026-08-12", enc=e2, category="CT", performer="radiol",
             conclusion="LUL nodule SUVmax 4.8. No FDG-avid hilar or mediastinal nodes. No distant metastases.")
    e3 = c.encounter("2026-09-02", cls="SS", type_text="CT-guided lung biopsy", pract="radiol", end="2026-09-02")
    c.procedure(cc((CPT, "32408", "Core needle biopsy, lung or mediastinum, percutaneous, including imaging guidance")),
                "2026-09-02", performer="radiol", enc=e3, outcome="No pneumothorax")
    c.report(cc(text="Surgical pathology – lung core biopsy"), "2026-09-05", category="SP", performer="path",
             conclusion="Invasive adenocarcinoma, acinar predominant. TTF-1 positive. EGFR, ALK, ROS1 negative. "
                        "PD-L1 (22C3) TPS 5%.")
    ca = c.condition(dx("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung",
                        sct("254626006", "Adenocarcinoma of lung")), onset="2026-09-02", recorded="2026-09-05",
                     asserter="onc", stage=cc(text="cT1b cN0 cM0, stage IA2 (AJCC 8th edition)"))
    e4 = c.encounter("2026-09-24", type_text="Multidisciplinary thoracic tumor board", pract="surg")
    e5 = c.encounter("2026-10-06", type_text="Thoracic surgery consultation", pract="surg")
    fev = c.obs(cc(lnc("20150-9", "FEV1 [Volume] Respiratory"), text="FEV1"), "2026-10-06", qty(2.05, "L"),
                category="procedure", enc=e5, note="82% predicted")
    dl = c.obs(cc(c.local("observations", "DLCO-PP", "DLCO % predicted"), text="DLCO % predicted"), "2026-10-06",
               qty(74, "%"), category="procedure", enc=e5, low=75, interp_code="L")
    c.report(cc((CPT, "94729", "Diffusing capacity (eg, carbon monoxide, membrane) (List separately in addition to code for primary procedure)"),
                text="Pulmonary function studies"), "2026-10-06", [fev, dl], enc=e5, category="PF",
             conclusion="Mild reduction in DLCO; spirometry within normal limits. Acceptable for lobectomy.")
    c.vitals("2026-10-06", 134, 78, 72, weight=64, height=163, spo2=97, enc=e5)
    ecog(c, "2026-10-06", 0, enc=e5)
    sr = c.service_request(cc(LOBECTOMY, sct("173171007", "Lobectomy of lung"),
                              text="VATS left upper lobectomy with mediastinal lymph node dissection"),
                           "2026-10-06", status="active", intent="order", occurrence="2026-12-09", requester="surg",
                           performer="surg", reason_ref=ca, enc=e5, category=cc(sct("387713003", "Surgical procedure")))
    c.appointment("2026-12-09T07:00", 240, "booked", "VATS left upper lobectomy – OR 4", ["surg"],
                  service="Thoracic surgery", based_on=sr)
    e6 = c.encounter("2026-11-20", type_text="Pre-operative assessment", pract="surg")
    c.labs("2026-11-20", [("hb", 13.4), ("wbc", 6.7), ("plt", 245), ("crea", 0.8), ("na", 139), ("k", 4.2), ("inr", 1.0)],
           enc=e6, panel="Pre-operative laboratory panel")
    c.med_statement(rxn("29046", "lisinopril", "Lisinopril 10 mg oral tablet"), "2012-04-02", dose="1 tablet daily")
    c.med_statement(rxn("46041", "alendronate", "Alendronate 70 mg oral tablet"), "2021-02-11", dose="1 tablet weekly")
    c.note("2026-09-24", "Tumor board summary", """Multidisciplinary Thoracic Tumor Board – 09/24/2026

Patient: Linda Marchetti, 71F, former smoker (40 pack-years, quit 2015).
Screen-detected LUL 12 mm spiculated nodule (Lung-RADS 4A), PET SUVmax 4.8, no nodal or distant disease.
CT-guided biopsy: adenocarcinoma, EGFR/ALK/ROS1 negative, PD-L1 5%. Clinical stage IA2.
Recommendation: anatomic resection - VATS left upper lobectomy with mediastinal lymph node dissection, pending PFTs.
SBRT discussed as alternative if not fit; patient is a good surgical candidate.""",
           type_cc=cc(c.local("note-types", "TUMOR-BOARD", "Tumor board summary"), text="Tumor board summary"),
           author="surg", enc=e4)
    c.note("2026-10-06", "Thoracic surgery consult", """Thoracic Surgery Consultation

Stage IA2 LUL adenocarcinoma. ECOG 0, FEV1 82%, DLCO 74%. Discussed VATS lobectomy versus sublobar resection and
SBRT; risks including air leak, pneumonia, arrhythmia, 1-2% mortality. Patient and husband wish to proceed.
Plan: VATS left upper lobectomy with mediastinal lymph node dissection on 12/09/2026.

Marcus Lindqvist, MD""", kind="consult", author="surg", enc=e5)
    return c


# --------------------------------------------------------------------------- C3
def c_lungrads3_surveillance(cid):
    c = Case(cid, "thx")
    p = c.patient("Tenney", ["Robert", "A."], "male", "1961-01-19", "NB-0044390",
                  addr("552 Detroit Ave", "Lakewood", pc="44107"), phone="+1 216 555 7713", marital="M")
    c.coverage("LHP-20331877", "2021-01-01", type_code="HIP", payer=("Lakeshore Health Plan", "https://www.lakeshorehp.com"))
    c.condition(dx("Z87.891", "Personal history of nicotine dependence"), onset="2019-03-01", recorded="2024-09-03")
    c.condition(cc(sct("87433001", "Pulmonary emphysema"), text="Centrilobular emphysema (CT)"), onset="2025-09-10",
                recorded="2025-09-10")
    c.condition(cc(sct("13644009", "Hypercholesterolemia")), onset="2014-01-01", recorded="2014-05-20")
    e1 = c.encounter("2025-09-10", type_text="Baseline screening LDCT", pract="radiol")
    r1 = lungrads(c, "2025-09-10", "2", enc=e1)
    ldct_report(c, "2025-09-10", [r1], "Lung-RADS 2. Two solid nodules <4 mm. Mild centrilobular emphysema.", enc=e1)
    e2 = c.encounter("2026-09-15", type_text="Annual screening LDCT", pract="radiol")
    n2 = nodule(c, "2026-09-15", 6.5, "New solid nodule right lower lobe, smooth margins.", enc=e2)
    r2 = lungrads(c, "2026-09-15", "3", enc=e2)
    ldct_report(c, "2026-09-15", [n2, r2], "Lung-RADS 3. New 6.5 mm smooth solid RLL nodule. Recommend 6-month LDCT.",
                enc=e2)
    nd = c.condition(dx("R91.1", "Solitary pulmonary nodule"), onset="2026-09-15", recorded="2026-09-15", enc=e2)
    e3 = c.encounter("2026-09-29", type_text="Pulmonology – lung screening follow-up", pract="pulm")
    c.smoking("2026-09-29", "8517006", "Ex-smoker", pack_years=35, enc=e3)
    c.vitals("2026-09-29", 128, 80, 70, weight=91, height=182, spo2=96, enc=e3)
    c.service_request(cc(LDCT, text="6-month follow-up low-dose CT chest"), "2026-09-29", status="active",
                      intent="order", occurrence="2027-03-15", requester="pulm", reason_ref=nd, enc=e3,
                      category=cc(sct("363679005", "Imaging")))
    c.service_request(cc((CPT, "94010", "Spirometry, including graphic record, total and timed vital capacity, expiratory "
                                        "flow rate measurement(s), with or without maximal voluntary ventilation")),
                      "2026-09-29", status="active", intent="order", occurrence="2026-12-10", requester="pulm", enc=e3)
    c.med_statement(rxn("83367", "atorvastatin", "Atorvastatin 20 mg oral tablet"), "2014-05-20", dose="1 tablet daily")
    c.note("2026-09-29", "Pulmonology progress note", """Pulmonology – lung screening follow-up

65M, former smoker (35 pack-years, quit 2019). Annual LDCT 09/15: new 6.5 mm smooth solid RLL nodule, Lung-RADS 3
(estimated malignancy probability 1-2%). Asymptomatic; no weight loss, no hemoptysis.
Shared decision: no biopsy or PET is indicated for a Lung-RADS 3 nodule; repeat LDCT in 6 months (03/2027).
Baseline spirometry ordered for emphysema. Reinforced continued abstinence from smoking.

Helen Okafor, MD""", author="pulm", enc=e3)
    return c


# --------------------------------------------------------------------------- C4
def c_stage4_bsc(cid):
    c = Case(cid, "thx")
    p = c.patient("Briggs", ["Walter", "H."], "male", "1944-02-11", "NB-0052274",
                  addr("240 E 200th St", "Euclid", pc="44119"), phone="+1 216 555 2811", marital="W")
    c.coverage("3RF7AD2HN08", "2009-02-01")
    dtr = c.related("Briggs-Lowe", "Janet", "DAU", "daughter", "female", phone="+1 440 555 9021")
    hf = c.condition(dx("I50.22", "Chronic systolic (congestive) heart failure", sct("703272007", "Heart failure with reduced ejection fraction")),
                     onset="2019-01-01", recorded="2019-03-12", stage=cc(text="LVEF 30%, NYHA III"))
    c.condition(cc(sct("13645005", "Chronic obstructive lung disease"), text="COPD, GOLD 3"), onset="2012-01-01",
                recorded="2012-08-01")
    e1 = c.encounter("2026-09-28", type_text="Pulmonology – urgent referral (hemoptysis, weight loss)", pract="pulm",
                     reason=cc(text="Hemoptysis, 6 kg weight loss"))
    c.report(cc((CPT, "71260", "Computed tomography, thorax, diagnostic; with contrast material(s)")), "2026-09-28",
             enc=e1, category="CT", performer="radiol",
             conclusion="5.8 cm RUL mass invading the chest wall, bulky right paratracheal and subcarinal nodes, lytic "
                        "lesions in T8 vertebra and right 6th rib.")
    e2 = c.encounter("2026-10-08", cls="SS", type_text="EBUS-TBNA", pract="pulm", end="2026-10-08")
    c.procedure(cc((CPT, "31653", "Bronchoscopy, rigid or flexible, with endobronchial ultrasound (EBUS) guided "
                                  "transtracheal and/or transbronchial sampling, 3 or more mediastinal and/or hilar "
                                  "lymph node stations or structures")), "2026-10-08", performer="pulm", enc=e2)
    ca = c.condition(dx("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung",
                        sct("254634000", "Squamous cell carcinoma of lung")), onset="2026-10-08", recorded="2026-10-12",
                     asserter="onc", stage=cc(text="cT3 cN2 cM1c, stage IVB (AJCC 8th) - bone metastases"))
    c.condition(dx("C79.51", "Secondary malignant neoplasm of bone"), onset="2026-10-14", recorded="2026-10-14")
    c.report(cc(text="Molecular pathology – NGS panel and PD-L1"), "2026-10-19", category="GE", performer="path",
             conclusion="Squamous cell carcinoma. PD-L1 (22C3) TPS <1%. No actionable alterations on 52-gene NGS panel.")
    e3 = c.encounter("2026-10-22", type_text="Multidisciplinary thoracic tumor board", pract="onc")
    ecog(c, "2026-10-22", 3, enc=e3)
    c.labs("2026-10-20", [("hb", 11.2), ("crea", 1.1), ("ca", 10.1), ("alb", 3.0), ("ntprobnp", 1850)], enc=e3,
           panel="Chemistry panel")
    c.vitals("2026-10-22", 104, 62, 92, weight=66, spo2=91, enc=e3)
    c.impression("2026-10-22", "Stage IVB squamous NSCLC, PD-L1 <1%, no actionable driver, ECOG 3, HFrEF (EF 30%) and "
                 "GOLD 3 COPD. Board consensus: no anticancer therapy recommended; the patient is not a candidate for "
                 "chemotherapy, immunotherapy or radiation with curative or life-prolonging intent. No further treatment "
                 "options - best supportive care and hospice referral.", assessor="onc", problems=[ca, hf], enc=e3,
                 description="Thoracic tumor board")
    e4 = c.encounter("2026-11-04", type_text="Palliative medicine consultation", pract="pall")
    cp = c.careplan("Palliative and end-of-life care plan", "2026-11-04", status="active", intent="plan",
                    category=cc(sct("103735009", "Palliative care")), addresses=[ca], author="pall",
                    period_start="2026-11-04",
                    description="Comfort-focused care at home with daughter; DNR/DNI confirmed.",
                    activities=[(cc(text="Pain and dyspnea control"), "in-progress", "Oxycodone, low-dose morphine for dyspnea"),
                                (cc(sct("385763009", "Hospice care")), "scheduled", "Home hospice enrollment")])
    c.service_request(cc(sct("385763009", "Hospice care"), text="Referral to home hospice"), "2026-11-04",
                      status="active", intent="order", requester="pall", reason_ref=ca, enc=e4,
                      performer=c.org2("Western Reserve Home Hospice"))
    c.med_request(rxn("7804", "oxycodone", "Oxycodone 5 mg oral tablet"), "2026-11-04", requester="pall",
                  dose="5 mg every 4 hours as needed for pain", reason_ref=ca)
    c.med_request(rxn("20352", "carvedilol", "Carvedilol 6.25 mg oral tablet"), "2019-03-12", requester="onc",
                  dose="1 tablet twice daily", reason_ref=hf)
    c.med_request(rxn("4603", "furosemide", "Furosemide 40 mg oral tablet"), "2019-03-12", requester="onc",
                  dose="1 tablet daily", reason_ref=hf)
    c.note("2026-11-04", "Palliative medicine consult", """Palliative Medicine Consultation

82M with stage IVB squamous cell lung cancer (bone metastases), PD-L1 <1%, no targetable alterations, ECOG 3, HFrEF
EF 30%, COPD GOLD 3. Tumor board (10/22): no anticancer treatment options; best supportive care.
Met with patient and daughter Janet. Patient understands there is no treatment that can control the cancer and
wants to remain at home. Pain 4/10 in right chest wall, controlled with oxycodone PRN. DNR/DNI completed.
Plan: home hospice referral, bowel regimen, low-dose morphine for dyspnea, follow-up by phone weekly.

Samuel Adeyemi, MD""", kind="consult", author="pall", enc=e4, related=[cp])
    return c


# --------------------------------------------------------------------------- C5
def c_stage4_second_opinion(cid):
    c = Case(cid, "thx")
    p = c.patient("Akins", ["Dorothy", "L."], "female", "1948-07-07", "NB-0049963",
                  addr("1120 Ridgewood Dr", "Parma", pc="44134"), phone="+1 440 555 3378", marital="W")
    c.coverage("9WQ3HD7LE62", "2013-07-01")
    son = c.related("Akins", "Thomas", "SON", "son", "male", phone="+1 440 555 3379")
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2008-01-01", recorded="2008-05-05")
    e1 = c.encounter("2026-08-18", cls="IMP", type_text="Inpatient – malignant pleural effusion", pract="pulm",
                     end="2026-08-26", admit="emd", discharge="home", reason=cc(text="Progressive dyspnea"))
    ca = c.condition(dx("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung",
                        sct("254626006", "Adenocarcinoma of lung")), onset="2026-08-20", recorded="2026-08-22",
                     enc=e1, asserter="onc", stage=cc(text="cT3 cN2 cM1c, stage IVB - pleural and liver metastases"))
    c.condition(dx("C78.2", "Secondary malignant neoplasm of pleura"), onset="2026-08-20", recorded="2026-08-22")
    c.condition(dx("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), onset="2026-08-21",
                recorded="2026-08-22")
    c.procedure(cc((CPT, "32550", "Insertion of indwelling tunneled pleural catheter with cuff")), "2026-08-25",
                performer="pulm", enc=e1, reason_ref=ca, outcome="Right indwelling pleural catheter placed")
    c.report(cc(text="Molecular pathology – pleural fluid cell block NGS and PD-L1"), "2026-09-04", category="GE",
             performer="path", conclusion="Adenocarcinoma. EGFR, ALK, ROS1, BRAF, MET, RET, NTRK, KRAS G12C, HER2: not "
                                          "detected. PD-L1 (22C3) TPS <1%.")
    e2 = c.encounter("2026-09-10", type_text="Multidisciplinary thoracic tumor board", pract="onc")
    ecog(c, "2026-09-10", 3, enc=e2)
    c.labs("2026-09-08", [("alb", 2.8), ("hb", 10.6), ("alt", 58), ("bili", 1.0), ("crea", 0.9)], enc=e2,
           panel="Chemistry panel")
    c.note("2026-09-10", "Tumor board summary", """Multidisciplinary Thoracic Tumor Board – 09/10/2026

Dorothy Akins, 78F. Stage IVB lung adenocarcinoma (pleura, liver), no actionable alterations, PD-L1 <1%, ECOG 3,
albumin 2.8. Board recommendation: systemic therapy not recommended given performance status; no further
treatment options; best supportive care with hospice. Patient and son request an outside opinion - records sent to
Lakeview University Cancer Institute.""",
           type_cc=cc(c.local("note-types", "TUMOR-BOARD", "Tumor board summary"), text="Tumor board summary"),
           author="onc", enc=e2)
    lake = c.org2("Lakeview University Cancer Institute", address={"line": ["900 University Circle"], "city": "Ann Arbor",
                                                                    "state": "MI", "country": "US"})
    ext = c.practitioner_ext("Bergstrom", "Elin", "Dr.", "Thoracic Medical Oncology, Lakeview University Cancer Institute",
                             npi="1558432907")
    e3 = c.encounter("2026-10-01", type_text="Second opinion consultation – outside institution", pract=ext, org=lake,
                     reason_ref=ca)
    so = c.note("2026-10-01", "Second opinion consultation – Lakeview University Cancer Institute", """SECOND OPINION CONSULTATION
Lakeview University Cancer Institute – Thoracic Oncology Program

Reason: second opinion requested by patient and family regarding stage IVB lung adenocarcinoma.
Records reviewed: imaging, pathology, NGS (no actionable alterations), PD-L1 <1%, Northbridge tumor board summary.
Examined in clinic with son Thomas. ECOG 3, cachectic, indwelling pleural catheter draining 3x/week.

Opinion: I agree with the Northbridge tumor board. With ECOG 3, no targetable driver and PD-L1-negative disease, no
clinical trial or systemic therapy is expected to offer meaningful benefit and toxicity would likely outweigh it.
Recommend hospice-focused care. Patient and son accept this recommendation.

Elin Bergstrom, MD""", kind="consult", author=ext, enc=e3,
                type_cc=cc(lnc("11488-4", "Consult note"), text="Second opinion consultation"))
    c.careplan("Hospice care plan", "2026-10-15", status="active", intent="plan",
               category=cc(sct("103735009", "Palliative care")), addresses=[ca], author="pall", period_start="2026-10-15",
               activities=[(cc(sct("385763009", "Hospice care")), "in-progress", "Home hospice, nurse visits 2x/week"),
                           (cc(text="Pleural catheter drainage"), "in-progress", "Home drainage 3x/week")])
    c.service_request(cc(sct("385763009", "Hospice care"), text="Referral to home hospice"), "2026-10-08",
                      status="completed", intent="order", requester="pall", reason_ref=ca)
    e4 = c.encounter("2026-11-12", cls="VR", type_text="Palliative medicine – video visit", pract="pall")
    c.vitals("2026-11-12", 98, 60, 96, enc=e4)
    c.med_request(rxn("7052", "morphine", "Morphine sulfate 10 mg/5 mL oral solution"), "2026-10-15", requester="pall",
                  dose="2.5 mg every 4 hours as needed for dyspnea or pain", reason_ref=ca)
    c.med_request(rxn("3264", "dexamethasone", "Dexamethasone 2 mg oral tablet"), "2026-10-15", requester="pall",
                  dose="2 mg every morning for appetite", reason_ref=ca)
    c.note("2026-11-12", "Palliative medicine progress note", """Palliative Medicine – video visit

Comfortable at home under hospice care. Dyspnea controlled with catheter drainage and morphine PRN. Appetite slightly
better on dexamethasone. Patient says she is at peace with the decision after the Lakeview second opinion.
Continue hospice plan.

Samuel Adeyemi, MD""", author="pall", enc=e4, related=[so])
    return c


# --------------------------------------------------------------------------- C6
def c_chemoradiation(cid):
    c = Case(cid, "thx")
    p = c.patient("Doyle", ["Kevin", "P."], "male", "1963-09-03", "NB-0053318",
                  addr("7714 Broadview Rd", "Seven Hills", pc="44131"), phone="+1 216 555 6640", marital="M")
    c.coverage("NWH-77120954", "2018-01-01", type_code="HIP", payer=("Lakeshore Health Plan", "https://www.lakeshorehp.com"))
    c.condition(dx("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), onset="1981-01-01", recorded="2026-09-02")
    c.condition(dx("K21.9", "Gastro-esophageal reflux disease without esophagitis"), onset="2018-01-01",
                recorded="2018-06-01")
    e1 = c.encounter("2026-09-16", type_text="Baseline screening LDCT", pract="radiol")
    n1 = nodule(c, "2026-09-16", 38, "Right lower lobe solid mass with enlarged subcarinal node.", enc=e1)
    r1 = lungrads(c, "2026-09-16", "4X", enc=e1)
    ldct_report(c, "2026-09-16", [n1, r1], "Lung-RADS 4X. 38 mm RLL mass with 17 mm subcarinal lymph node.", enc=e1)
    e2 = c.encounter("2026-10-15", cls="SS", type_text="EBUS-TBNA staging", pract="pulm", end="2026-10-15")
    c.report(cc(PETCT), "2026-10-06", category="CT", performer="radiol",
             conclusion="RLL mass SUVmax 12.1; FDG-avid subcarinal (7) and right lower paratracheal (4R) nodes. No distant "
                        "metastases. Brain MRI (10/09) negative.")
    c.procedure(cc((CPT, "31653", "Bronchoscopy, rigid or flexible, with endobronchial ultrasound (EBUS) guided "
                                  "transtracheal and/or transbronchial sampling, 3 or more mediastinal and/or hilar "
                                  "lymph node stations or structures")), "2026-10-15", performer="pulm", enc=e2)
    ca = c.condition(dx("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung",
                        sct("254626006", "Adenocarcinoma of lung")), onset="2026-10-15", recorded="2026-10-19",
                     asserter="onc", stage=cc(text="cT2b cN2 cM0, stage IIIA (AJCC 8th) - unresectable multistation N2"))
    c.report(cc(text="Molecular pathology – NGS and PD-L1"), "2026-10-27", category="GE", performer="path",
             conclusion="Adenocarcinoma. EGFR, ALK, ROS1 not detected. PD-L1 (22C3) TPS 60%.")
    e3 = c.encounter("2026-11-05", type_text="Multidisciplinary thoracic tumor board", pract="onc")
    e4 = c.encounter("2026-11-12", type_text="Medical oncology consultation", pract="onc")
    ecog(c, "2026-11-12", 1, enc=e4)
    c.vitals("2026-11-12", 136, 84, 78, weight=82, height=180, spo2=96, enc=e4)
    c.labs("2026-11-12", [("hb", 14.1), ("wbc", 7.9), ("plt", 262), ("crea", 0.9), ("alt", 22), ("bili", 0.6),
                          ("mg", 2.0)], enc=e4, panel="Pre-treatment laboratory panel")
    carbo = c.med_request(rxn("40048", "carboplatin", "Carboplatin (AUC 2) IV weekly"), "2026-11-12", intent="plan",
                          requester="onc", dose="AUC 2 IV weekly x 6 concurrent with radiation, starting 12/07/2026",
                          reason_ref=ca, start="2026-12-07", end="2027-01-15")
    c.med_request(rxn("56946", "paclitaxel", "Paclitaxel 45 mg/m2 IV weekly"), "2026-11-12", intent="plan",
                  requester="onc", dose="45 mg/m2 IV weekly x 6 concurrent with radiation, starting 12/07/2026",
                  reason_ref=ca, start="2026-12-07", end="2027-01-15")
    c.med_request(rxn("1919503", "durvalumab", "Durvalumab 10 mg/kg IV every 2 weeks"), "2026-11-12", status="draft",
                  intent="plan", requester="onc", dose="Consolidation for up to 12 months after chemoradiation if no "
                                                        "progression", reason_ref=ca)
    rt = c.service_request(cc((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance "
                                             "and tracking, when performed; simple"),
                              sct("108290001", "Radiation oncology AND/OR radiotherapy"),
                              text="Definitive thoracic IMRT 60 Gy in 30 fractions"),
                           "2026-11-12", status="active", intent="order", occurrence_period=("2026-12-07", "2027-01-15"),
                           requester="rad", performer="rad", reason_ref=ca, enc=e4)
    e5 = c.encounter("2026-11-24", type_text="Radiation oncology – CT simulation", pract="rad")
    c.procedure(cc((CPT, "77014", "Computed tomography guidance for placement of radiation therapy fields")),
                "2026-11-24", performer="rad", enc=e5, based_on=rt)
    c.careplan("Definitive concurrent chemoradiotherapy, then durvalumab consolidation", "2026-11-12", status="active",
               intent="plan", category=cc(text="Oncology treatment plan"), addresses=[ca], author="onc",
               period_start="2026-12-07",
               activities=[(cc(sct("367336001", "Chemotherapy")), "scheduled", "Weekly carboplatin/paclitaxel x 6"),
                           (cc(sct("108290001", "Radiation oncology AND/OR radiotherapy")), "scheduled", "IMRT 60 Gy/30 fx"),
                           (cc(text="Immunotherapy consolidation"), "not-started", "Durvalumab for up to 12 months")])
    c.note("2026-11-12", "Medical oncology consultation", """Medical Oncology Consultation

63M, current smoker, screen-detected RLL adenocarcinoma, cT2b N2 (stations 7 and 4R) M0, stage IIIA, unresectable per
tumor board (11/05). EGFR/ALK/ROS1 negative, PD-L1 60%. ECOG 1.
Plan: definitive concurrent chemoradiotherapy (weekly carboplatin AUC 2 + paclitaxel 45 mg/m2 with IMRT 60 Gy in 30
fractions) starting 12/07/2026, then durvalumab consolidation for up to 12 months.
Discussed expected toxicities: esophagitis with painful swallowing, fatigue, cytopenias, neuropathy, radiation
pneumonitis; likely unable to work (construction foreman) for the treatment period. Smoking cessation referral.
Consent signed.

Priya Raman, MD""", kind="consult", author="onc", enc=e4)
    return c


# --------------------------------------------------------------------------- C7
def c_survivor_surveillance(cid):
    c = Case(cid, "thx")
    p = c.patient("Whitlock", ["Sandra", "K."], "female", "1956-12-24", "NB-0031176",
                  addr("19 Cedar Glen Pkwy", "Cleveland Heights", pc="44118"), phone="+1 216 555 1224", marital="M")
    c.coverage("5HN8RT3KC19", "2021-12-01")
    ca = c.condition(dx("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung",
                        sct("254626006", "Adenocarcinoma of lung")), clinical="remission", onset="2020-02-10",
                     abatement="2020-08-20", recorded="2020-02-14", stage=cc(text="pT2b pN0 M0, stage IIA (2020)"))
    c.condition(dx("Z85.118", "Personal history of other malignant neoplasm of bronchus and lung"), onset="2020-08-20",
                recorded="2020-09-01")
    c.condition(cc(sct("40930008", "Hypothyroidism")), onset="2016-01-01", recorded="2016-03-09")
    c.condition(dx("M81.0", "Age-related osteoporosis without current pathological fracture"), onset="2022-01-01",
                recorded="2022-04-06")
    c.procedure(cc(LOBECTOMY, sct("173171007", "Lobectomy of lung"), text="VATS right upper lobectomy"), "2020-03-11",
                performer="surg", reason_ref=ca, outcome="R0 resection, 0/14 nodes")
    c.med_statement(rxn("2555", "cisplatin", "Cisplatin 75 mg/m2 IV (adjuvant)"), "2020-05-04", end="2020-08-20",
                    status="completed", dose="Day 1 every 21 days x 4 cycles", reason_ref=ca)
    c.med_statement(rxn("39541", "vinorelbine", "Vinorelbine 30 mg/m2 IV (adjuvant)"), "2020-05-04", end="2020-08-20",
                    status="completed", dose="Days 1 and 8 every 21 days x 4 cycles", reason_ref=ca)
    e1 = c.encounter("2025-10-08", type_text="Survivorship clinic – year 5 surveillance", pract="onc")
    c.report(cc((CPT, "71250", "Computed tomography, thorax, diagnostic; without contrast material")), "2025-10-08",
             enc=e1, category="CT", performer="radiol",
             conclusion="Post right upper lobectomy. No evidence of recurrence. No new nodules.")
    e2 = c.encounter("2026-10-07", type_text="Survivorship clinic – year 6 surveillance", pract="onc")
    n2 = nodule(c, "2026-10-07", 3, "Stable 3 mm left lower lobe nodule (unchanged since 2023).", enc=e2)
    r2 = lungrads(c, "2026-10-07", "2", enc=e2)
    ldct_report(c, "2026-10-07", [n2, r2], "Lung-RADS 2. Post right upper lobectomy, no evidence of recurrence. "
                                          "Stable 3 mm LLL nodule. Annual LDCT.", enc=e2)
    eq = cc(c.local("instruments", "EQ5D5L-IDX", "EQ-5D-5L index value"), text="EQ-5D-5L index")
    c.score(eq, "2025-10-08", 0.86, enc=e1, performer=p, display_unit="index", unit="1")
    c.score(eq, "2026-10-07", 0.85, enc=e2, performer=p, display_unit="index", unit="1")
    c.vitals("2026-10-07", 124, 76, 68, weight=61, height=160, spo2=97, enc=e2)
    c.labs("2026-10-07", [("tsh", 2.4), ("hb", 13.2), ("crea", 0.8), ("ca", 9.4)], enc=e2, panel="Survivorship labs")
    c.med_statement(rxn("10582", "levothyroxine", "Levothyroxine 75 mcg oral tablet"), "2016-03-09", dose="1 tablet daily")
    c.med_statement(rxn("46041", "alendronate", "Alendronate 70 mg oral tablet"), "2022-04-06", dose="1 tablet weekly")
    c.note("2026-10-07", "Survivorship clinic note", """Thoracic Survivorship Clinic – year 6

69F, stage IIA RUL adenocarcinoma treated in 2020 with VATS lobectomy and 4 cycles of adjuvant cisplatin/vinorelbine
(completed 08/2020). No evidence of disease on CT today. Walks 3 miles daily, mild residual grade 1 neuropathy in toes.
EQ-5D-5L stable (0.86 -> 0.85).
Plan: transition to annual LDCT within the screening program. No active cancer treatment is planned.

Priya Raman, MD""", author="onc", enc=e2)
    return c


# --------------------------------------------------------------------------- C8
def c_flag_second_opinion_lobectomy(cid):
    c = Case(cid, "thx")
    p = c.patient("Esposito", ["Frank", "R."], "male", "1959-04-18", "NB-0050871",
                  addr("3021 Mayfield Rd", "Cleveland Heights", pc="44118"), phone="+1 216 555 0418", marital="M")
    c.coverage("LHP-30418852", "2016-01-01", type_code="HIP", payer=("Lakeshore Health Plan", "https://www.lakeshorehp.com"))
    c.condition(dx("Z87.891", "Personal history of nicotine dependence"), onset="2018-01-01", recorded="2024-08-20")
    c.condition(dx("E11.9", "Type 2 diabetes mellitus without complications"), onset="2017-01-01", recorded="2017-05-02")
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2014-01-01", recorded="2014-02-11")
    e1 = c.encounter("2026-08-27", type_text="Annual screening LDCT", pract="radiol")
    n1 = nodule(c, "2026-08-27", 35, "Right lower lobe solid spiculated nodule (11 mm in 08/2025).", enc=e1)
    r1 = lungrads(c, "2026-08-27", "4B", enc=e1)
    ldct_report(c, "2026-08-27", [n1, r1], "Lung-RADS 4B. Growing 35 mm spiculated RLL nodule. PET/CT and tissue "
                                          "sampling recommended.", enc=e1)
    c.report(cc(PETCT), "2026-09-15", category="CT", performer="radiol",
             conclusion="RLL nodule SUVmax 7.9. No FDG-avid nodes. No distant metastases.")
    e2 = c.encounter("2026-09-29", cls="SS", type_text="Navigational bronchoscopy", pract="pulm", end="2026-09-29")
    c.procedure(cc((CPT, "31628", "Bronchoscopy, rigid or flexible, including fluoroscopic guidance, when performed; with "
                                  "transbronchial lung biopsy(s), single lobe")), "2026-09-29", performer="pulm", enc=e2)
    ca = c.condition(dx("C34.31", "Malignant neoplasm of lower lobe, right bronchus or lung",
                        sct("254626006", "Adenocarcinoma of lung")), onset="2026-09-29", recorded="2026-10-02",
                     asserter="onc", stage=cc(text="cT2a cN0 cM0, stage IB (AJCC 8th)"))
    e3 = c.encounter("2026-10-22", type_text="Multidisciplinary thoracic tumor board", pract="surg")
    e4 = c.encounter("2026-11-05", type_text="Thoracic surgery consultation", pract="surg")
    fev = c.obs(cc(lnc("20150-9", "FEV1 [Volume] Respiratory"), text="FEV1"), "2026-11-05", qty(2.41, "L"),
                category="procedure", enc=e4, note="75% predicted")
    c.vitals("2026-11-05", 138, 82, 74, weight=92, height=177, spo2=96, enc=e4)
    c.labs("2026-11-05", [("hba1c", 6.9), ("crea", 1.0), ("hb", 14.6)], enc=e4, panel="Pre-operative labs")
    sr = c.service_request(cc(LOBECTOMY, sct("173171007", "Lobectomy of lung"),
                              text="VATS right lower lobectomy with mediastinal lymph node dissection"),
                           "2026-11-05", status="active", intent="order", occurrence="2026-12-16", requester="surg",
                           performer="surg", reason_ref=ca, enc=e4, category=cc(sct("387713003", "Surgical procedure")))
    c.flag(cc(c.local("flag-codes", "SECOND-OPINION-REQ", "Patient requests second opinion"),
              text="Patient requests an independent second opinion (thoracic surgery / radiation oncology) before the "
                   "planned right lower lobectomy"), "2026-11-20", author=p, category="admin")
    c.note("2026-11-20", "Nurse navigator note", """Nurse navigator – patient request

Mr. Esposito submitted a second-opinion request through the patient portal (flag created by patient) and called
to discuss. He read that SBRT is an option for early-stage lung cancer and wants an independent opinion from
another thoracic surgeon and a radiation oncologist before his lobectomy on 12/16. He is anxious about recovery time
and about his diabetes. Surgery date held for now. Message routed to Dr. Lindqvist.

Karen Whitfield, RN""", kind="nurse", author="nav")
    c.med_statement(rxn("6809", "metformin", "Metformin 1000 mg oral tablet"), "2017-05-02", dose="1 tablet twice daily")
    c.med_statement(rxn("17767", "amlodipine", "Amlodipine 5 mg oral tablet"), "2014-02-11", dose="1 tablet daily")
    c.note("2026-11-05", "Thoracic surgery consult", """Thoracic Surgery Consultation

67M, former smoker. Stage IB (cT2a N0) RLL adenocarcinoma. FEV1 75%. Tumor board 10/22 recommended VATS right lower
lobectomy with mediastinal lymph node dissection. Risks and benefits discussed; SBRT mentioned as an alternative
reserved for medically inoperable patients. Scheduled 12/16/2026.

Marcus Lindqvist, MD""", kind="consult", author="surg", enc=e4)
    return c


# --------------------------------------------------------------------------- C9
def c_plch(cid):
    c = Case(cid, "thx")
    p = c.patient("Grant", ["Melissa", "A."], "female", "1972-03-15", "NB-0047725",
                  addr("14410 Madison Ave", "Lakewood", pc="44107"), phone="+1 216 555 0315", marital="S")
    c.coverage("LHP-11872203", "2019-01-01", type_code="HIP", payer=("Lakeshore Health Plan", "https://www.lakeshorehp.com"))
    c.condition(dx("F17.211", "Nicotine dependence, cigarettes, in remission"), onset="1990-01-01", recorded="2026-05-19")
    e1 = c.encounter("2025-10-14", type_text="Baseline screening LDCT", pract="radiol")
    r1 = lungrads(c, "2025-10-14", "4X", enc=e1)
    ldct_report(c, "2025-10-14", [r1], "Lung-RADS 4X. Innumerable upper-lobe predominant small nodules, several "
                                       "cavitating, with bizarre-shaped thin-walled cysts; costophrenic angles spared. "
                                       "Differential includes pulmonary Langerhans cell histiocytosis.", enc=e1)
    e2 = c.encounter("2025-11-05", type_text="Pulmonology – interstitial lung disease clinic", pract="pulm")
    e3 = c.encounter("2026-01-13", cls="IMP", type_text="Thoracic surgery – VATS wedge biopsy", pract="surg",
                     end="2026-01-15", admit="outp", discharge="home", priority="EL")
    c.procedure(cc((CPT, "32607", "Thoracoscopy; with diagnostic biopsy(ies) of lung infiltrate(s) (eg, wedge, incisional), "
                                  "unilateral")), "2026-01-13", performer="surg", enc=e3)
    c.report(cc(text="Surgical pathology – lung wedge biopsy"), "2026-01-19", category="SP", performer="path",
             conclusion="Bronchiolocentric stellate nodules with CD1a+ and langerin (CD207)+ Langerhans cells and "
                        "eosinophils, consistent with pulmonary Langerhans cell histiocytosis. BRAF V600E not detected.")
    plch = c.condition(cc(icdcm("J84.82", "Adult pulmonary Langerhans cell histiocytosis"),
                          (ORPHA, "ORPHA:389", "Langerhans cell histiocytosis"),
                          text="Pulmonary Langerhans cell histiocytosis (adult, smoking-related)"),
                       onset="2026-01-13", recorded="2026-01-19", asserter="pulm",
                       note="Rare cystic lung disease; enrolled in the regional histiocytosis registry.")
    dl = cc(c.local("observations", "DLCO-PP", "DLCO % predicted"), text="DLCO % predicted")
    e4 = c.encounter("2026-05-19", type_text="Pulmonology – ILD clinic", pract="pulm")
    e5 = c.encounter("2026-11-17", type_text="Pulmonology – ILD clinic", pract="pulm")
    for d, v, fv, e in [("2025-11-05", 61, 2.48, e2), ("2026-05-19", 62, 2.52, e4), ("2026-11-17", 64, 2.55, e5)]:
        c.obs(dl, d, qty(v, "%"), category="procedure", enc=e, low=75, interp_code="L")
        c.obs(cc(lnc("20150-9", "FEV1 [Volume] Respiratory"), text="FEV1"), d, qty(fv, "L"), category="procedure", enc=e)
    c.report(cc((CPT, "71250", "Computed tomography, thorax, diagnostic; without contrast material")), "2026-11-17",
             enc=e5, category="CT", performer="radiol",
             conclusion="Fewer nodules than 10/2025; cysts unchanged. No pneumothorax.")
    c.smoking("2026-11-17", "8517006", "Ex-smoker", pack_years=35, enc=e5)
    c.vitals("2026-11-17", 118, 74, 76, weight=68, spo2=96, enc=e5)
    c.med_statement(rxn("591622", "varenicline", "Varenicline 1 mg oral tablet"), "2026-02-01", end="2026-05-01",
                    status="completed", dose="1 mg twice daily")
    c.med_request(rxn("435", "albuterol", "Albuterol 90 mcg/actuation inhaler"), "2025-11-05", requester="pulm",
                  dose="2 puffs every 6 hours as needed", reason_ref=plch)
    c.note("2026-11-17", "Pulmonology ILD clinic note", """Pulmonology – ILD clinic

54F with biopsy-proven pulmonary Langerhans cell histiocytosis (VATS 01/2026), a rare smoking-related cystic lung
disease, detected through the screening program. Quit smoking 02/2026 with varenicline - confirmed abstinent.
CT: fewer nodules, stable cysts. DLCO 64% (61% at diagnosis). No pneumothorax episodes.
Plan: sustained smoking abstinence, PFTs every 6 months, CT yearly; counselled on pneumothorax warning signs and
avoidance of air travel with symptoms. Registry follow-up with the regional rare lung disease center.

Helen Okafor, MD""", author="pulm", enc=e5)
    return c


# --------------------------------------------------------------------------- C10
def c_copd_stable(cid):
    c = Case(cid, "thx")
    p = c.patient("Jensen", ["Harold", "W."], "male", "1950-06-29", "NB-0043007",
                  addr("26 Lake Shore Blvd", "Bratenahl", pc="44108"), phone="+1 216 555 0629", marital="M")
    c.coverage("2JN6WE4PX51", "2015-06-01")
    copd = c.condition(cc(sct("13645005", "Chronic obstructive lung disease"), text="COPD, GOLD 2, group B"),
                       onset="2025-09-09", recorded="2025-09-09", asserter="pulm")
    c.condition(dx("Z87.891", "Personal history of nicotine dependence"), onset="2020-01-01", recorded="2025-09-02")
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2010-01-01", recorded="2010-03-03")
    e0 = c.encounter("2025-09-09", type_text="Lung screening LDCT and pulmonology visit", pract="pulm")
    r0 = lungrads(c, "2025-09-09", "2", enc=e0)
    ldct_report(c, "2025-09-09", [r0], "Lung-RADS 2. Moderate centrilobular emphysema; 4 mm perifissural nodule.", enc=e0)
    tio = c.med_statement(rxn("69120", "tiotropium", "Tiotropium/olodaterol 2.5/2.5 mcg per actuation inhalation spray"),
                          "2025-09-09", dose="2 inhalations once daily", reason_ref=copd, asserted="2026-11-10",
                          note="Inhaler technique checked at every visit; refills on time.")
    c.med_request(rxn("435", "albuterol", "Albuterol 90 mcg/actuation inhaler"), "2025-09-09", requester="pulm",
                  dose="2 puffs every 6 hours as needed", reason_ref=copd)
    cat = cc(c.local("instruments", "CAT", "CAT (COPD assessment questionnaire) total score"), text="CAT score")
    fev = cc(lnc("20150-9", "FEV1 [Volume] Respiratory"), text="FEV1 (post-bronchodilator)")
    visits = [("2026-01-13", 14, None), ("2026-05-12", 15, 1.91), ("2026-09-08", 15, None), ("2026-11-10", 15, 1.89)]
    c.obs(fev, "2025-09-09", qty(1.95, "L"), category="procedure", enc=e0, note="62% predicted")
    for d, sc, fv in visits:
        e = c.encounter(d, type_text="Pulmonology – COPD follow-up", pract="pulm")
        c.score(cat, d, sc, enc=e, performer=p)
        if fv:
            c.obs(fev, d, qty(fv, "L"), category="procedure", enc=e)
        if d == "2026-09-08":
            r = lungrads(c, d, "2", enc=e)
            ldct_report(c, d, [r], "Lung-RADS 2. Stable 4 mm perifissural nodule. Emphysema unchanged.", enc=e)
        if d == "2026-11-10":
            c.vitals(d, 132, 80, 74, weight=84, spo2=94, enc=e)
            last = e
    c.note("2026-11-10", "Pulmonology progress note", """Pulmonology – COPD follow-up

76M, COPD GOLD 2 on tiotropium/olodaterol since 09/2025, good adherence and technique. No exacerbations this year.
CAT 14 -> 15 -> 15 -> 15; post-BD FEV1 1.95 -> 1.91 -> 1.89 L (variation within expected year-to-year
measurement noise; below the 100 mL minimal important difference). mMRC 1.
Plan: continue LAMA/LABA; pulmonary rehabilitation offered; influenza and RSV vaccination updated; next LDCT 09/2027.

Helen Okafor, MD""", author="pulm", enc=last)
    c.immunization("197", "Influenza, high-dose, quadrivalent", "2026-10-02")
    return c


CASES = [
    dict(key="C1", build=c_lungrads4b_lost, target=PCS, kind="positive", expected=[PCS],
         why="Red-flag screening result (Lung-RADS 4B part-solid nodule, 2026-08-19) with no completed diagnostic follow-up "
             "in more than 100 days: the only appointment was a no-show and no PET/CT, CT or biopsy followed.",
         summary="US 69M smoker, Lung-RADS 4B nodule, pulmonology no-show, no follow-up for 104 days"),
    dict(key="C2", build=c_lobectomy_planned, target=MPP, kind="positive", expected=[MPP],
         why="Active ServiceRequest (intent order) for VATS left upper lobectomy (CPT 32663) on 2026-12-09 with booked OR "
             "slot; not yet performed.",
         summary="US 72F, stage IA2 adenocarcinoma, VATS lobectomy scheduled Dec 2026"),
    dict(key="C3", build=c_lungrads3_surveillance, target=MPP, kind="near-miss", expected=[],
         why="Only non-invasive orders are planned (6-month low-dose CT and spirometry) for a Lung-RADS 3 nodule; no major or "
             "invasive procedure.",
         summary="US 65M, Lung-RADS 3 nodule, plan 6-month LDCT and spirometry only"),
    dict(key="C4", build=c_stage4_bsc, target=UP, kind="positive", expected=[UP],
         why="Stage IVB squamous NSCLC; tumour board impression states no further treatment options, palliative CarePlan and "
             "hospice referral active, and no second opinion on record.",
         summary="US 82M, stage IVB squamous NSCLC, ECOG 3, tumour board: no treatment options, hospice"),
    dict(key="C5", build=c_stage4_second_opinion, target=UP, kind="near-miss", expected=[],
         why="Same no-treatment situation, but an outside second opinion (Lakeview University, 2026-10-01) for the same "
             "cancer is on record within 12 months and concurred, so the flag is suppressed.",
         summary="US 78F, stage IVB adenocarcinoma on hospice; outside second opinion in Oct 2026 concurred"),
    dict(key="C6", build=c_chemoradiation, target=HIT, kind="positive", expected=[HIT],
         why="Planned definitive concurrent chemoradiotherapy (weekly carboplatin/paclitaxel + 60 Gy IMRT) from 2026-12-07, "
             "then durvalumab: chemotherapy and radiotherapy are high-impact treatments.",
         summary="US 63M, stage IIIA NSCLC, concurrent chemoradiation planned from Dec 2026"),
    dict(key="C7", build=c_survivor_surveillance, target=HIT, kind="near-miss", expected=[],
         why="Lobectomy and adjuvant chemotherapy were completed in 2020; the patient is in surveillance with no current or "
             "planned treatment and stable EQ-5D.",
         summary="US 69F, lung cancer survivor 6 years after lobectomy + adjuvant chemo, surveillance only"),
    dict(key="C8", build=c_flag_second_opinion_lobectomy, target=PRC, kind="positive", expected=[PRC, MPP],
         why="Patient-authored Flag requesting an independent second opinion before surgery; the planned VATS lobectomy "
             "(active order, 2026-12-16) also meets the major-procedure criterion.",
         summary="US 67M, stage IB adenocarcinoma, lobectomy ordered; patient-created flag asking for second opinion"),
    dict(key="C9", build=c_plch, target=ROC, kind="positive", expected=[ROC],
         why="Active biopsy-proven adult pulmonary Langerhans cell histiocytosis, a rare disease (Orphanet LCH group), "
             "followed in an ILD clinic and registry.",
         summary="US 54F, screen-detected pulmonary Langerhans cell histiocytosis, rare cystic lung disease"),
    dict(key="C10", build=c_copd_stable, target=WDT, kind="near-miss", expected=[],
         why="CAT 14 to 15 (MCID 2) and FEV1 1.95 to 1.89 L (MCID 100 mL) on continuous LAMA/LABA: changes are below the "
             "minimal clinically important difference.",
         summary="US 76M, COPD on LAMA/LABA, CAT +1 and FEV1 -60 mL over a year (below MCID)"),
]
