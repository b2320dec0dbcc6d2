from common import *

T = "RARE_OR_COMPLEX_CONDITION"


def roc_pos_mg(cid):
    c = new_case(cid, "magnolia")
    neu = doc(c, "Celeste", "Broussard", gender="female")
    ts = doc(c, "Franklin", "Odom", gender="male")
    c.patient("Hannah Seo-yeon", "Cho", "female", "1992-02-25", "M8812740", "145 Dogwood Blvd", "Flowood", "MS", "39232", "601-555-0113", marital="M")
    payer(c, "Aetna", "Aetna Open Access Aetna Select", "W881027733", "2021-09-01", group="AET-0770015")
    mg = c.cond(cc((ICD, "G70.00", "Myasthenia gravis without (acute) exacerbation"), (SCT, "91637004", "Myasthenia gravis")), onset="2025-01-15",
                recorded="2025-03-04", asserter=neu, severity=cc((SCT, "6736007", "Moderate")), stage=cc(text="MGFA class IIb at diagnosis; AChR antibody positive"))
    vitd = c.cond(cc((SCT, "34713006", "Vitamin D deficiency"), (ICD, "E55.9", "Vitamin D deficiency, unspecified")), onset="2025-04-01", recorded="2025-04-10")
    c.local_lab("ACHRB", "Acetylcholine receptor binding antibody, serum", "2025-02-18", 14.6, "nmol/L", high=0.02)
    c.obs(cc(text="Repetitive nerve stimulation study"), "2025-02-25", value_str="Decremental response 18% in right trapezius and 14% in abductor digiti minimi at 3 Hz; consistent with neuromuscular junction disorder.",
          interp="A", cat="procedure")
    c.dr(cc((CPT, "71250", "Computed tomography, thorax, diagnostic; without contrast material"), text="CT chest"), "2025-03-10", neu, cat=("RAD", "Radiology"),
         conclusion="3.2 cm anterior mediastinal soft tissue mass, likely thymoma vs thymic hyperplasia.")
    c.proc(cc((CPT, "32673", "Thoracoscopy, surgical; with resection of thymus, unilateral or bilateral"), text="VATS thymectomy"), "completed",
           date="2025-06-17T08:00:00-05:00", performer=ts, reason_ref=[mg], note="Pathology: thymic follicular hyperplasia, no thymoma.")
    c.medstmt(cc(text="pyridostigmine bromide 60 mg tablet"), "active", "2025-03-04", dosage="60 mg four times daily", reason_ref=mg)
    c.medstmt(c.med("8640", "prednisone", "prednisone 5 mg tablet"), "active", "2025-03-04", dosage="7.5 mg daily (tapered from 40 mg)", reason_ref=mg)
    c.medstmt(c.med("1256", "azathioprine", "azathioprine 50 mg tablet"), "active", "2025-05-01", dosage="100 mg daily", reason_ref=mg)
    c.medstmt(cc(text="cholecalciferol 2000 units capsule"), "active", "2025-04-10", dosage="2000 units daily", reason_ref=vitd)
    mgadl = {"coding": [{"system": c.site["local_codes"], "code": "MGADL", "display": "Myasthenia Gravis Activities of Daily Living (MG-ADL) total score"}], "text": "MG-ADL"}
    for d, score, wbc, alt in [("2026-03-17", 3, 6.2, 24), ("2026-07-14", 2, 5.9, 22), ("2026-11-10", 2, 6.0, 26)]:
        e = c.enc(d, etype=E_ESTAB("99214"), pract=neu, reason=cc(text="Myasthenia gravis follow-up"), hm="14:00", diagnoses=[mg],
                  service_type=cc((SCT, "394591006", "Neurology")))
        c.obs(mgadl, d, score, "{score}", cat="survey", enc=e)
        c.lab("wbc", d, wbc, 4.0, 11.0, enc=e)
        c.lab("alt", d, alt, 7, 52, enc=e)
    c.vitals("2026-11-10", e, 118, 72, hr=68, wt=61.0)
    c.note("progress", "2026-11-10", neu, """
Magnolia Neuromuscular Clinic - 11/10/2026 - Celeste Broussard, MD
34F, generalized AChR-antibody positive myasthenia gravis (dx 02/2025, MGFA IIb), s/p VATS thymectomy 06/2025 (follicular hyperplasia). On pyridostigmine 60 mg QID, prednisone 7.5 mg, azathioprine 100 mg.
Mild fatigable ptosis late in the day only; no bulbar or respiratory symptoms. MG-ADL 2 (stable). CBC/LFTs normal on azathioprine.
Plan: taper prednisone to 5 mg over 8 weeks. Discussed pregnancy planning: azathioprine acceptable, avoid mycophenolate/methotrexate. Emergency card and medication precaution list given. RTC 4 months.
""", enc=e, title="Neuromuscular clinic note")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Active generalized AChR-positive myasthenia gravis (G70.00, SNOMED 91637004), a rare disease in the Orphanet list (ORPHA:589). It is currently stable, with no other criterion signal.",
                   summary="34F with generalized myasthenia gravis after thymectomy, stable on pyridostigmine/prednisone/azathioprine (neurology).")


def roc_pos_cf_child(cid):
    c = new_case(cid, "bayside")
    pul = doc(c, "Naveen", "Krishnamurthy", gender="male")
    rd = doc(c, "Ellie", "Foster", suffix="RD", gender="female")
    c.patient("Owen Patrick", "Gallagher", "male", "2017-06-30", "BCH-1022938", "5920 Broadway Terrace", "Oakland", "CA", "94618", "510-555-0103")
    dad = c.related("Sean", "Gallagher", "FTH", "father", phone="510-555-0103", gender="male")
    payer(c, "Blue Shield of California", "Access+ HMO", "XEB901224877", "2017-06-30", group="BSC-44018")
    cf = c.cond(cc((ICD, "E84.0", "Cystic fibrosis with pulmonary manifestations"), (SCT, "190905008", "Cystic fibrosis")), onset="2017-07-14",
                recorded="2017-07-20", asserter=pul, note="CFTR F508del/F508del; diagnosed by newborn screening, sweat chloride 108 mmol/L.")
    pi = c.cond(cc((ICD, "K86.81", "Exocrine pancreatic insufficiency"), (SCT, "35729007", "Pancreatic insufficiency")), onset="2017-07-14", recorded="2017-07-20")
    c.cond(cc((SCT, "233604007", "Pneumonia"), text="Community-acquired pneumonia, right lower lobe"), onset="2022-01-10", clinical="resolved", abated="2022-01-31",
           cat="encounter-diagnosis")
    c.local_lab("SWCL", "Sweat chloride", "2017-07-14", 108, "mmol/L", high=29, ref_text="<30 CF unlikely; 30-59 intermediate; >=60 consistent with CF")
    c.local_lab("SWCL", "Sweat chloride", "2025-02-11", 41, "mmol/L", high=29, ref_text="<30 CF unlikely; 30-59 intermediate; >=60 consistent with CF",
                note="On elexacaftor/tezacaftor/ivacaftor since 2024")
    c.medstmt(cc(text="elexacaftor 50 mg / tezacaftor 25 mg / ivacaftor 37.5 mg tablets + ivacaftor 75 mg tablet (TRIKAFTA)"), "active", "2024-01-22",
              dosage="2 combination tablets every morning and 1 ivacaftor tablet every evening with fat-containing food", reason_ref=cf)
    c.medstmt(cc(text="pancrelipase (lipase 12,000 units) delayed-release capsule"), "active", "2017-07-20", dosage="3 capsules with meals, 2 with snacks", reason_ref=pi)
    c.medstmt(cc(text="dornase alfa 2.5 mg/2.5 mL inhalation solution"), "active", "2019-06-01", dosage="2.5 mg nebulized once daily", reason_ref=cf)
    c.medstmt(c.med("435", "albuterol", "albuterol 90 mcg HFA inhaler"), "active", "2019-06-01", dosage="2 puffs before airway clearance", reason_ref=cf)
    c.medstmt(cc(text="multivitamin with vitamins A, D, E, K for cystic fibrosis (chewable)"), "active", "2019-06-01", dosage="1 tablet daily", reason_ref=pi)
    ppfev1 = {"coding": [{"system": c.site["local_codes"], "code": "PPFEV1", "display": "FEV1 percent predicted (GLI-2012)"}], "text": "ppFEV1"}
    for d, pct, wt, bmi_pct in [("2026-03-03", 96, 27.2, 58), ("2026-06-09", 98, 28.0, 60), ("2026-09-15", 97, 28.9, 61), ("2026-11-24", 99, 29.4, 62)]:
        e = c.enc(d, etype=E_ESTAB("99215"), pract=pul, reason=cc(text="Cystic fibrosis quarterly clinic"), hm="09:00", minutes=90, diagnoses=[cf, pi],
                  service_type=cc((SCT, "394537008", "Pediatric specialty")))
        c.obs(ppfev1, d, pct, "%", low=80, interp="N", cat="procedure", enc=e)
        c.vitals(d, e, hr=88, wt=wt, spo2=99)
        c.local_lab("BMIPCT", "BMI-for-age percentile (CDC)", d, bmi_pct, "%", enc=e)
    c.obs(cc(text="Respiratory culture, oropharyngeal swab (CF)"), "2026-11-24", value_str="Methicillin-susceptible Staphylococcus aureus, light growth. No Pseudomonas aeruginosa.",
          enc=e)
    c.note("progress", "2026-11-24", pul, """
Bayside Children's Cystic Fibrosis Center - Quarterly visit 11/24/2026 - Naveen Krishnamurthy, MD
9-year-old with CF (F508del homozygous), pancreatic insufficient, on ETI since 01/2024. Doing well: no pulmonary exacerbations in 2026, cough minimal, plays soccer. ppFEV1 99%. Weight 29.4 kg, BMI 62nd %ile.
OP culture: light MSSA, no Pseudomonas.
Plan: continue ETI, dornase, airway clearance (vest) daily, enzymes, ADEK. LFTs/vitamin levels at annual labs (02/2027). Flu vaccine given 10/2026. RTC 3 months with RD/RT/SW.
""", enc=e, title="CF clinic note")
    c.imm("141", "Influenza, seasonal, injectable", "2026-10-06")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Active cystic fibrosis (E84.0 / SNOMED 190905008), a rare disease (ORPHA:586), managed at a CF centre. It is stable on CFTR modulator therapy, with no other criterion signal.",
                   summary="9M with cystic fibrosis (F508del homozygous) stable on elexacaftor/tezacaftor/ivacaftor (paediatric pulmonology).")


def roc_pos_complex(cid):
    c = new_case(cid, "stbrendan")
    pcp = doc(c, "Joseph", "Lemieux", gender="male")
    pul = doc(c, "Renata", "Kowalski", gender="female")
    card = doc(c, "Ibrahim", "Haddad", gender="male")
    neph = doc(c, "Diane", "Okafor", gender="female")
    c.patient("Eugene Francis", "Hargrove", "male", "1953-04-16", "SBM-0912244", "9 Lakeview Dr", "Shrewsbury", "MA", "01545", "508-555-0115", gp=pcp, marital="M")
    payer(c, "Centers for Medicare & Medicaid Services", "Medicare Part A and B", "8FE3WQ1YT57", "2018-04-01", kind=MEDICARE)
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), onset="2008-01-01", recorded="2010-02-02")
    copd = c.cond(cc((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified"), (SCT, "13645005", "Chronic obstructive lung disease")), onset="2014-01-01",
                  recorded="2014-11-19", asserter=pul, severity=cc((SCT, "6736007", "Moderate")), stage=cc(text="GOLD 2, group B"))
    hf = c.cond(cc((ICD, "I50.32", "Chronic diastolic (congestive) heart failure"), (SCT, "446221000", "Heart failure with normal ejection fraction")), onset="2021-05-01",
                recorded="2021-05-24", asserter=card)
    ckd = c.cond(cc((ICD, "N18.31", "Chronic kidney disease, stage 3a"), (SCT, "700378005", "Chronic kidney disease stage 3A")), onset="2022-01-01", recorded="2022-03-08", asserter=neph)
    oa = c.cond(cc((ICD, "M17.0", "Bilateral primary osteoarthritis of knee"), (SCT, "239873007", "Osteoarthritis of knee")), onset="2016-01-01", recorded="2016-07-12")
    bph = c.cond(cc((ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"), (SCT, "266569009", "Benign prostatic hyperplasia")), onset="2017-01-01", recorded="2017-10-03")
    c.cond(cc((SCT, "195951007", "Acute exacerbation of chronic obstructive airways disease"), (ICD, "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation")),
           onset="2025-12-28", clinical="resolved", abated="2026-01-15", cat="encounter-diagnosis")
    for rx, ing, txt, dose, r, start in [("6809", "metformin", "metformin 500 mg tablet", "500 mg twice daily (reduced for eGFR)", dm, "2010-02-02"),
                                         ("1545653", "empagliflozin", "empagliflozin 10 mg tablet", "10 mg daily", hf, "2022-04-01"),
                                         ("69120", "tiotropium", "tiotropium 18 mcg inhalation capsule", "1 capsule inhaled daily", copd, "2014-11-19"),
                                         ("435", "albuterol", "albuterol HFA 90 mcg inhaler", "2 puffs q4-6h prn", copd, "2014-11-19"),
                                         ("4603", "furosemide", "furosemide 20 mg tablet", "20 mg daily", hf, "2021-05-24"),
                                         ("83367", "atorvastatin", "atorvastatin 40 mg tablet", "40 mg daily", dm, "2010-02-02"),
                                         ("77492", "tamsulosin", "tamsulosin 0.4 mg capsule", "0.4 mg nightly", bph, "2017-10-03"),
                                         ("161", "acetaminophen", "acetaminophen 650 mg ER tablet", "1300 mg twice daily prn knee pain", oa, "2016-07-12")]:
        c.medstmt(c.med(rx, ing, txt), "active", start, dosage=dose, reason_ref=r)
    e1 = c.enc("2026-05-19", etype=E_ESTAB("99214"), pract=pul, reason=cc(text="COPD follow-up"), hm="10:00", diagnoses=[copd], service_type=cc((SCT, "418112009", "Pulmonary medicine")))
    c.obs(cc((LN, "19926-5", "FEV1/FVC")), "2026-05-19", 58, "%", low=70, interp="L", cat="procedure", enc=e1)
    c.obs(cc((LN, "20150-9", "FEV1")), "2026-05-19", 1.74, "L", cat="procedure", enc=e1, note="62% predicted, unchanged from 2025")
    e2 = c.enc("2026-08-04", etype=E_ESTAB("99214"), pract=card, reason=cc(text="HFpEF follow-up"), hm="11:00", diagnoses=[hf], service_type=cc((SCT, "394579002", "Cardiology")))
    c.vitals("2026-08-04", e2, 128, 72, hr=70, wt=96.0)
    c.lab("ntbnp", "2026-08-04", 380, None, 450, enc=e2)
    e3 = c.enc("2026-09-22", etype=E_ESTAB("99214"), pract=neph, reason=cc(text="CKD follow-up"), hm="14:00", diagnoses=[ckd], service_type=cc((SCT, "394589003", "Nephrology")))
    c.lab("egfr", "2026-09-22", 52, 60, None, enc=e3)
    c.lab("uacr", "2026-09-22", 64, None, 30, enc=e3)
    c.lab("k", "2026-09-22", 4.6, 3.5, 5.1, enc=e3)
    e4 = c.enc("2026-11-16", etype=E_ESTAB("G0439"), pract=pcp, reason=cc(text="Annual wellness visit, chronic care management"), hm="09:00", minutes=40,
               diagnoses=[dm, copd, hf, ckd, oa, bph])
    c.vitals("2026-11-16", e4, 130, 74, hr=72, wt=95.4, bmi=31.2, spo2=94)
    c.lab("a1c", "2026-11-16", 7.0, None, 5.6, enc=e4)
    c.lab("egfr", "2026-11-16", 54, 60, None, enc=e4)
    c.lab("hb", "2026-11-16", 13.4, 13.5, 17.5, enc=e4)
    c.note("progress", "2026-11-16", pcp, """
St. Brendan's Primary Care - Annual Wellness Visit / CCM - 11/16/2026 - Joseph Lemieux, MD
73M with multiple chronic conditions followed by pulmonology, cardiology and nephrology:
1. T2DM - A1c 7.0 (7.2 last year); metformin reduced dose + empagliflozin.
2. COPD GOLD 2 - one exacerbation 12/2025, stable since; tiotropium.
3. HFpEF - euvolemic, NT-proBNP 380; furosemide 20, empagliflozin.
4. CKD 3a - eGFR 52-54, stable; UACR 64.
5. Bilateral knee OA - acetaminophen, walks with cane.
6. BPH with LUTS - tamsulosin, nocturia x2.
Polypharmacy review (10 meds) done; no changes. Falls screen negative. Advance directive on file.
Care coordination: 4 specialists, 9 visits this year. Chronic care management enrolled.
""", enc=e4, title="Annual wellness visit")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Six active chronic conditions (T2DM, COPD, HFpEF, CKD 3a, bilateral knee OA, BPH) managed across at least four specialties (endocrine/primary care, pulmonology, cardiology, nephrology, plus orthopaedic and urological problems), which meets the complexity threshold. All are stable.",
                   summary="73M with six stable chronic conditions followed by pulmonology, cardiology and nephrology (primary care).")


def roc_nm_four_conditions(cid):
    c = new_case(cid, "cascade")
    pcp = doc(c, "Lauren", "Whitaker", gender="female")
    c.patient("Joan Elizabeth", "Whitley", "female", "1963-09-04", "CVH-0677150", "5230 Glenwood Ave", "Everett", "WA", "98203", "425-555-0120", gp=pcp, marital="M")
    payer(c, "Premera Blue Cross", "Premera Foundation PPO", "PBC4410093387", "2016-01-01", group="PR-22019")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2012-01-01", recorded="2012-06-04")
    hypo = c.cond(cc((SCT, "21983002", "Hashimoto thyroiditis"), (ICD, "E06.3", "Autoimmune thyroiditis")), onset="2009-01-01", recorded="2009-10-15")
    gerd = c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), onset="2017-01-01", recorded="2017-02-21")
    oa = c.cond(cc((SCT, "396275006", "Osteoarthritis"), (ICD, "M15.0", "Primary generalized (osteo)arthritis")), onset="2020-01-01", recorded="2020-08-11")
    c.cond(cc((SCT, "385093006", "Community acquired pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")), onset="2025-02-03", clinical="resolved", abated="2025-02-24",
           cat="encounter-diagnosis")
    c.cond(cc((SCT, "16114001", "Fracture of ankle"), (ICD, "S82.51XA", "Displaced fracture of medial malleolus of right tibia, initial encounter for closed fracture")),
           onset="2024-01-12", clinical="resolved", abated="2024-04-20")
    c.cond(cc((SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N39.0", "Urinary tract infection, site not specified")), onset="2026-04-08", clinical="resolved",
           abated="2026-04-15", cat="encounter-diagnosis")
    c.cond(cc((SCT, "10509002", "Acute bronchitis"), (ICD, "J20.9", "Acute bronchitis, unspecified")), onset="2023-11-02", clinical="resolved", abated="2023-11-20",
           cat="encounter-diagnosis")
    for rx, ing, txt, dose, r, start in [("29046", "lisinopril", "lisinopril 20 mg tablet", "20 mg daily", htn, "2012-06-04"),
                                         ("10582", "levothyroxine", "levothyroxine 100 mcg tablet", "100 mcg daily", hypo, "2009-10-15"),
                                         ("40790", "pantoprazole", "pantoprazole 20 mg tablet", "20 mg daily", gerd, "2017-02-21"),
                                         ("161", "acetaminophen", "acetaminophen 500 mg tablet", "1000 mg up to 3 times daily prn", oa, "2020-08-11")]:
        c.medstmt(c.med(rx, ing, txt), "active", start, dosage=dose, reason_ref=r)
    c.medstmt(c.med("82122", "levofloxacin", "levofloxacin 750 mg tablet"), "completed", "2025-02-03", end="2025-02-08", dosage="750 mg daily x5 days")
    for d, s, dd, tsh in [("2026-02-17", 128, 78, 2.2), ("2026-06-23", 126, 76, 1.9), ("2026-10-27", 124, 78, 2.4)]:
        e = c.enc(d, etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Chronic disease follow-up"), hm="08:30", diagnoses=[htn, hypo])
        c.vitals(d, e, s, dd, hr=68, wt=70.5)
        c.lab("tsh", d, tsh, 0.45, 4.5, enc=e)
    c.lab("cr", "2026-10-27", 0.76, 0.57, 1.00, enc=e)
    c.lab("ldl", "2026-10-27", 112, None, 130, enc=e)
    c.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-27")
    c.imm("216", "Pneumococcal conjugate PCV 20", "2025-03-20")
    c.note("progress", "2026-10-27", pcp, """
Cascade Valley Health - Everett Primary Care - 10/27/2026 - Lauren Whitaker, MD
63F: HTN (controlled), Hashimoto hypothyroidism (TSH 2.4), GERD (controlled on pantoprazole 20), hand/knee OA (acetaminophen, yoga). Past: pneumonia 02/2025, ankle ORIF 2024, UTI 04/2026 - all resolved.
Colonoscopy 2022 normal, mammogram 09/2026 normal, DXA 2025 normal.
Plan: continue; flu vaccine today; RTC 6 months.
""", enc=e, title="Office visit")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Only four active chronic conditions (HTN, Hashimoto hypothyroidism, GERD, osteoarthritis), all common and well controlled; the other problems (pneumonia, ankle fracture, UTI, bronchitis) are resolved. Below the 5-condition complexity threshold, and nothing rare.",
                   summary="63F with four common, controlled chronic conditions and several resolved acute problems (primary care).")


def roc_nm_kawasaki_resolved(cid):
    c = new_case(cid, "bayside")
    ped = doc(c, "Marisol", "Vega", gender="female")
    c.patient("Sophia Isabel", "Ramirez", "female", "2011-05-14", "BCH-0881467", "3310 Fruitvale Ave", "Oakland", "CA", "94602", "510-555-0198", gp=ped)
    mom = c.related("Ana", "Ramirez", "MTH", "mother", phone="510-555-0198", gender="female")
    payer(c, "Kaiser Permanente Northern California", "KP Gold 80 HMO", "KPNC-22019884", "2015-01-01", group="KP-7710")
    kd = c.cond(cc((ICD, "M30.3", "Mucocutaneous lymph node syndrome [Kawasaki]"), (SCT, "75053002", "Acute febrile mucocutaneous lymph node syndrome")),
                onset="2016-02-03", recorded="2016-02-08", clinical="resolved", abated="2017-02-15",
                note="Treated with IVIG 2 g/kg + aspirin on day 6 of fever. Echocardiograms at diagnosis, 2 weeks, 6 weeks and 1 year: normal coronary arteries (max Z-score +1.4). Discharged from cardiology 2021.")
    acne = c.cond(cc((ICD, "L70.0", "Acne vulgaris"), (SCT, "88616000", "Acne vulgaris")), onset="2025-01-01", recorded="2025-03-18", asserter=ped)
    c.cond(cc((SCT, "43878008", "Streptococcal sore throat"), (ICD, "J02.0", "Streptococcal pharyngitis")),
           onset="2025-10-20", clinical="resolved", abated="2025-10-30", cat="encounter-diagnosis")
    c.dr(cc((CPT, "93306", "Echocardiography, transthoracic, complete, with spectral and color flow Doppler"), text="Transthoracic echocardiogram (Kawasaki follow-up)"),
         "2021-03-09", ped, cat=("CUS", "Cardiac Ultrasound"),
         conclusion="Normal cardiac anatomy and function. Coronary arteries normal in size (LMCA Z +0.6, LAD Z +0.3, RCA Z +0.5). No further cardiology follow-up required.")
    c.medstmt(cc(text="adapalene 0.1% / benzoyl peroxide 2.5% topical gel"), "active", "2025-03-18", dosage="Apply thin layer to face at bedtime", reason_ref=acne)
    c.imm("165", "Human Papillomavirus 9-valent vaccine", "2023-06-01")
    c.imm("115", "Tdap", "2023-06-01")
    c.imm("114", "meningococcal MCV4P", "2023-06-01")
    c.imm("141", "Influenza, seasonal, injectable", "2026-09-30")
    e1 = c.enc("2026-08-12", etype=E_ESTAB("99394"), pract=ped, reason=cc(text="Well adolescent visit, sports clearance"), hm="15:00", minutes=40, diagnoses=[acne])
    c.vitals("2026-08-12", e1, 108, 66, hr=64, wt=54.5, bmi=20.4)
    c.obs(cc((LN, "11524-6", "EKG study")), "2026-08-12", value_str="Normal sinus rhythm, normal intervals, no pre-excitation. Normal ECG.", interp="N", cat="procedure", enc=e1)
    c.lab("phq9", "2026-08-12", 2, enc=e1)
    c.note("progress", "2026-08-12", ped, """
Bayside Pediatrics - Well visit 08/12/2026 - Marisol Vega, MD
15-year-old girl, 10th grade, plays volleyball. History of Kawasaki disease age 4 (2016) treated with IVIG, all echocardiograms normal, discharged from cardiology 2021. No chest pain, syncope or exertional symptoms. Screening ECG normal.
Acne improved on adapalene/BPO. PHQ-A 2. HEADSS unremarkable.
A/P: Healthy adolescent, cleared for sports. Continue topical acne regimen. Flu vaccine in fall.
""", enc=e1, title="Well adolescent visit")
    e2 = c.enc("2026-10-27", etype=E_ESTAB("99213"), pract=ped, reason=cc(text="Acne follow-up"), hm="16:00", diagnoses=[acne])
    c.note("progress", "2026-10-27", ped, """
10/27/2026 - M. Vega, MD
Acne mostly comedonal, improved 60%. Mild irritation; switch to alternate nights for 2 weeks. RTC 3 months or prn.
""", enc=e2, title="Office visit")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Kawasaki disease is in the rare-disease set, but it is a resolved childhood episode (2016) with normal coronaries and discharge from cardiology; her only active problem is acne.",
                   summary="15F with remote, resolved Kawasaki disease (normal echos), now well with acne (paediatrics).")


CASES = [roc_pos_mg, roc_pos_cf_child, roc_pos_complex, roc_nm_four_conditions, roc_nm_kawasaki_resolved]
