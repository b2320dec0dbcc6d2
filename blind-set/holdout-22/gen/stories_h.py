from stories_g import *

def p8_takayasu(cid):
    b = Bundle(cid, "northwoods")
    b.patient("Samantha Grace", "Yang", "female", "1999-05-02", "1503 State St", "N8830129", "715-555-4431", "S")
    rh = b.practitioner("Karl", "Engebretson", "MD, Rheumatology", "1093827462")
    vs = b.practitioner("Daniel", "Hartmann", "MD, Vascular Surgery", "1083920476")
    b.coverage("Security Health Plan of Wisconsin", "Choice PPO", "SHP00928452")
    tak = b.condition(cc(icd("M31.4", "Aortic arch syndrome [Takayasu]"), text="Takayasu arteritis"), "2025-03-18", recorder=rh,
                      note="Dx 3/2025: arm claudication, BP differential 30 mmHg, CTA L subclavian stenosis and aortic wall thickening.")
    b.condition(cc(icd("I10", "Essential (primary) hypertension"), text="Hypertension (renovascular contribution excluded)"), "2025-03-18")
    b.condition(cc(icd("D64.9", "Anemia, unspecified"), text="Anemia of inflammation"), "2025-03-18", status="resolved", abate="2025-08-01")
    cta = b.obs(cc(ln("30598-7", "CT angiogram Chest"), text="CTA chest/abdomen"), "2026-09-10", vstr="Stable 60% L subclavian stenosis, mild aortic arch wall thickening, no new stenosis or aneurysm.", interp="A", cat="imaging")
    for d, esr, crp in [("2025-03-18", 68, 42.0), ("2026-05-12", 12, 2.1), ("2026-11-10", 10, 1.8)]:
        b.obs(cc(ln("30341-2", "Erythrocyte sedimentation rate")), d, esr, "mm/h", "mm/h", "H" if esr > 20 else "N", 0, 20)
        b.obs(cc(ln("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), d, crp, "mg/L", "mg/L", "H" if crp > 5 else "N", None, 5.0)
    b.med(cc(rx("612865", "tocilizumab"), text="tocilizumab 162 mg/0.9 mL autoinjector"), "2025-06-01", dose="162 mg SC weekly", requester=rh, reason=tak)
    b.med(cc(rx("8640", "prednisone"), text="prednisone 5 mg"), "2025-03-18", dose="5 mg daily (tapering)", requester=rh, reason=tak)
    b.med(cc(rx("17767", "amlodipine")), "2025-04-01", dose="5 mg daily", requester=rh)
    e1 = b.encounter("2026-11-10", cc(text="Office Visit - Rheumatology"), pract=rh, reason="Takayasu arteritis")
    b.vitals("2026-11-10", e1, 124, 76, 70, 58.0, 21.3)
    b.note("progress", "2026-11-10", "Takayasu arteritis in remission on tocilizumab, prednisone 5 mg. BP R arm 124/76, L arm 108/70 (stable). No arm claudication. ESR 10, CRP 1.8. CTA 9/2026 stable. Plan taper prednisone to 4 mg; continue TCZ; vascular surgery surveillance yearly.", rh, e1)
    b.note("consult", "2026-09-24", "Vascular surgery: stable L subclavian stenosis, no intervention indicated. Annual imaging.", vs)
    return b, dict(target=P8, kind="positive", expected=[P8],
        why="Active Takayasu arteritis (ICD-10 M31.4), an Orphanet-listed rare large-vessel vasculitis, on tocilizumab with stable disease.",
        summary="27F Takayasu arteritis in remission on tocilizumab (Epic, Wisconsin)")

def p8_complex(cid):
    b = Bundle(cid, "cuyahoga")
    b.patient("Franklin Joseph", "Kovach", "male", "1952-09-03", "412 Portage Path", "C1192087", "330-555-2204", "M")
    pcp = b.practitioner("Denise", "Yoder", "MD, Family Medicine", "1093827463")
    card = b.practitioner("Amir", "Nasser", "MD, Cardiovascular Disease", "1376029485")
    neph = b.practitioner("Helen", "Brzezinski", "MD, Nephrology", "1447203958")
    neuro = b.practitioner("Paul", "Ostrander", "MD, Neurology (Movement Disorders)", "1558203946")
    pulm = b.practitioner("Grace", "Mbeki", "MD, Pulmonary Disease", "1669203847")
    b.coverage("Medicare Part A and B", "Original Medicare", "4TY7PL2KD55", kind="PUBLICPOL")
    b.condition(problem("44054006", "Diabetes mellitus type 2", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2008-01-01")
    b.condition(problem("446221000", "Heart failure with normal ejection fraction", "I50.32", "Chronic diastolic (congestive) heart failure"), "2019-06-01", recorder=card)
    b.condition(problem("700379002", "Chronic kidney disease stage 3B", "N18.32", "Chronic kidney disease, stage 3b"), "2021-02-01", recorder=neph)
    b.condition(problem("13645005", "Chronic obstructive lung disease", "J44.89", "Other specified chronic obstructive pulmonary disease"), "2014-01-01", recorder=pulm)
    b.condition(problem("49049000", "Parkinson's disease", "G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"), "2022-08-01", recorder=neuro)
    b.condition(problem("233604007", "Pneumonia", "J13", "Pneumonia due to Streptococcus pneumoniae"), "2024-01-10", status="resolved", abate="2024-02-01", cat="encounter-diagnosis")
    for d, a1c, gfr in [("2026-03-09", 7.1, 38), ("2026-07-13", 7.0, 37), ("2026-11-09", 7.2, 39)]:
        b.obs(cc(ln("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), d, a1c, "%", "%", "H", None, 5.6)
        b.obs(cc(ln("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")), d, gfr, "mL/min/1.73m2", "mL/min/{1.73_m2}", "L", 60, None)
    meds = [("insulin glargine", "274783", "22 units nightly"), ("empagliflozin", "1545653", "10 mg daily"), ("furosemide", "4603", "40 mg daily"),
            ("tiotropium", "69120", "2 inhalations daily"), ("carbidopa / levodopa", "103990", "25/100 mg 1.5 tabs three times daily"), ("atorvastatin", "83367", "40 mg nightly")]
    for n, code, d in meds:
        b.med(cc(rx(code, n)), "2024-01-01", dose=d, requester=pcp)
    e1 = b.encounter("2026-11-09", cc(text="Office Visit - Chronic Care Management"), pract=pcp, reason="Multiple chronic conditions")
    b.vitals("2026-11-09", e1, 128, 72, 70, 84.2, 28.0, spo2=94)
    b.note("progress", "2026-11-09", """CHRONIC CARE VISIT
74M with T2DM (A1c 7.2), HFpEF (euvolemic, NYHA II), CKD 3b (eGFR 39, stable), COPD GOLD 2 (no exacerbation in 2026), Parkinson disease (H&Y 2, on carbidopa/levodopa).
Followed by cardiology, nephrology, pulmonology, movement-disorder neurology. 11 active medications, 2 falls risk factors. Care coordination with 4 specialists; med reconciliation done.
All conditions stable. RTC 3 months.""", pcp, e1)
    b.note("consult", "2026-10-02", "Movement disorders: Parkinson disease stable, mild bradykinesia, no dyskinesia. Continue current dosing.", neuro)
    b.note("consult", "2026-09-15", "Nephrology: CKD 3b stable, albuminuria 180 mg/g on SGLT2i. Avoid NSAIDs.", neph)
    return b, dict(target=P8, kind="positive", expected=[P8],
        why="Five active chronic conditions managed by five specialties (endocrine/primary care, cardiology, nephrology, pulmonology, neurology) - meets the complexity limb; all are stable, so no worsening.",
        summary="74M diabetes, HFpEF, CKD 3b, COPD and Parkinson's, five specialties, all stable (Epic, Ohio)")

def p8_22q(cid):
    b = Bundle(cid, "harbor")
    b.patient("Devon Michael", "Pryor", "male", "2002-10-21", "3340 Lagrange St", "HCB-4410293", "419-555-3392", "S")
    psy = b.practitioner("Andre", "Whitaker", "MD, Psychiatry", "1629038477")
    rn = b.practitioner("Latoya", "Simmons", "RN, Injection Clinic", "1902384751")
    cm = b.practitioner("Kevin", "Albright", "Case Manager, CPST", "1538203948")
    b.coverage("Molina Healthcare of Ohio (Medicaid)", "Molina Medicaid", "MOH33019284", kind="PUBLICPOL")
    dg = b.condition(cc(icd("Q93.81", "Velo-cardio-facial syndrome"), text="22q11.2 deletion syndrome (confirmed by chromosomal microarray, 2009)"), "2009-03-01")
    sz = b.condition(cc(icd("F20.0", "Paranoid schizophrenia"), sct("58214004", "Schizophrenia")), "2021-08-15", recorder=psy)
    b.condition(cc(icd("Z87.74", "Personal history of (corrected) congenital malformations of heart and circulatory system"), text="History of tetralogy of Fallot, repaired 2003"), "2002-10-21")
    b.med(cc(hcpcs("J2426", "Injection, paliperidone palmitate extended release, 1 mg"), rx("679314", "paliperidone"), text="paliperidone palmitate 156 mg IM monthly"), "2022-02-01", dose="156 mg IM every 4 weeks (deltoid)", requester=psy, reason=sz)
    bprs = cc(text="Brief Psychiatric Rating Scale (BPRS-18) total score")
    for d, v in [("2026-05-18", 32), ("2026-08-10", 30), ("2026-11-02", 31)]:
        e = b.encounter(d, cc(text="Psychiatric medication management"), pract=psy, reason="Schizophrenia")
        b.score(bprs, d, v, e)
    for d in ["2026-10-05", "2026-11-02"]:
        e = b.encounter(d, cc(text="Injection visit (96372)"), pract=rn, reason="LAI")
        b.procedure(cc(cpt("96372", "Therapeutic, prophylactic, or diagnostic injection; subcutaneous or intramuscular"), text="Paliperidone palmitate 156 mg IM"), d, performer=rn, enc=e)
    b.obs(cc(ln("17861-6", "Calcium [Mass/volume] in Serum or Plasma")), "2026-08-10", 8.9, "mg/dL", "mg/dL", "N", 8.6, 10.3)
    b.obs(cc(ln("2986-8", "Testosterone [Mass/volume] in Serum or Plasma"), text="Prolactin"), "2026-08-10", 28, "ng/mL", "ng/mL", "H", 4, 15)
    b.res[-1]["code"] = cc(ln("2842-3", "Prolactin [Mass/volume] in Serum or Plasma"))
    b.note("progress", "2026-11-02", "Stable on paliperidone LAI, no hallucinations x 10 months, lives in supported housing. 22q11.2DS: calcium normal (annual), cardiology ACHD f/u due 2027. BPRS 31. Prolactin mildly elevated, asymptomatic.", psy)
    b.note("note", "2026-11-10", "CPST: helped Devon with bus pass and SSI paperwork; attended clubhouse 3 days this week.", cm, title="Case Management Note")
    return b, dict(target=P8, kind="positive", expected=[P8],
        why="Active 22q11.2 deletion syndrome (Q93.81), an Orphanet-listed rare genetic disease, with associated schizophrenia on a monthly depot; psychiatric status stable.",
        summary="24M 22q11.2 deletion syndrome with schizophrenia on paliperidone depot, stable (community mental health, Ohio)")

def p8n_raynaud(cid):
    b = Bundle(cid, "prairie")
    b.patient("Lindsey Marie", "Hoffman", "female", "1990-12-12", "87 Bever Ave SE", "E6620193", "319-555-3318", "M")
    rh = b.practitioner("Marta", "Lindqvist", "MD, Rheumatology", "1336029485")
    pcp = b.practitioner("Angela", "Ruiz", "MD, Family Medicine", "1467523099")
    b.coverage("Wellmark Blue Cross Blue Shield of Iowa", "Alliance Select PPO", "WMK338209901")
    ray = b.condition(problem("266261006", "Raynaud's disease", "I73.00", "Raynaud's syndrome without gangrene"), "2024-01-10", recorder=rh, note="Primary Raynaud phenomenon.")
    b.condition(problem("4473006", "Migraine with aura", "G43.109", "Migraine with aura, not intractable, without status migrainosus"), "2010-01-01")
    b.condition(problem("21983002", "Hashimoto thyroiditis", "E06.3", "Autoimmune thyroiditis"), "2018-01-01")
    b.obs(cc(ln("8061-4", "Nuclear Ab [Presence] in Serum"), text="ANA by IFA"), "2026-01-14", vcc=cc(sct("260385009", "Negative")), interp="N")
    b.obs(cc(ln("30341-2", "Erythrocyte sedimentation rate")), "2026-01-14", 8, "mm/h", "mm/h", "N", 0, 20)
    b.obs(cc(ln("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), "2026-01-14", 1.1, "mg/L", "mg/L", "N", None, 5.0)
    b.obs(cc(text="Nailfold capillaroscopy"), "2026-01-14", vstr="Normal capillary density and morphology; no giant capillaries, no hemorrhages, no dropout.", interp="N", cat="exam")
    b.obs(cc(ln("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-07-20", 2.8, "u[IU]/mL", "u[IU]/mL", "N", 0.45, 4.5)
    e1 = b.encounter("2026-01-14", cc(text="New Patient - Rheumatology"), pract=rh, reason="Cold, white fingers")
    b.note("consult", "2026-01-14", "Raynaud phenomenon since age 20, triphasic color change with cold, no ulcers, no skin thickening, no sicca. ANA neg, capillaroscopy normal. Dx primary Raynaud. No connective tissue disease. Nifedipine ER in winter, gloves. Discharge to PCP.", rh, e1)
    b.med(cc(rx("7417", "nifedipine"), text="nifedipine ER 30 mg"), "2026-01-14", dose="30 mg daily Nov-Mar", requester=rh, reason=ray)
    b.med(cc(rx("10582", "levothyroxine")), "2018-01-01", dose="75 mcg daily", requester=pcp)
    b.med(cc(rx("37418", "sumatriptan")), "2012-01-01", dose="50 mg prn", requester=pcp)
    e2 = b.encounter("2026-11-04", cc(text="Office Visit"), pract=pcp, reason="Annual")
    b.vitals("2026-11-04", e2, 108, 68, 66, 60.2, 21.8)
    b.note("progress", "2026-11-04", "Annual visit. Raynaud controlled with winter nifedipine; migraines 1-2/mo; Hashimoto euthyroid. No new concerns.", pcp, e2)
    return b, dict(target=P8, kind="near-miss", expected=[],
        why="Primary Raynaud phenomenon is common, not a rare disease (ANA negative, normal capillaroscopy, no connective tissue disease), and she has only 3 chronic conditions.",
        summary="35F primary Raynaud with migraine and Hashimoto, ANA-negative, normal capillaroscopy (Epic, Iowa)")

def p8n_four(cid):
    b = Bundle(cid, "heartland")
    b.patient("Patricia Ann", "Gallagher", "female", "1958-02-19", "8820 E 21st St N", "H7720391", "316-555-6621", "W")
    pcp = b.practitioner("Brent", "Schaefer", "APRN, FNP-C", "1508293747")
    ortho = b.practitioner("Nicholas", "Ferraro", "MD, Orthopaedic Surgery", "1922038476")
    b.coverage("Blue Cross and Blue Shield of Kansas", "Medicare Supplement Plan G", "BCBSKS88102934")
    htn = b.condition(problem("38341003", "Hypertensive disorder, systemic arterial", "I10", "Essential (primary) hypertension"), "2009-01-01")
    lip = b.condition(problem("267434003", "Hypercholesterolemia, mixed", "E78.2", "Mixed hyperlipidemia"), "2011-01-01")
    oa = b.condition(problem("239873007", "Osteoarthritis of knee", "M17.0", "Bilateral primary osteoarthritis of knee"), "2017-01-01", recorder=ortho)
    b.condition(problem("21983002", "Hashimoto thyroiditis", "E06.3", "Autoimmune thyroiditis"), "2013-01-01")
    b.condition(problem("233604007", "Pneumonia", "J13", "Pneumonia due to Streptococcus pneumoniae"), "2025-02-03", status="resolved", abate="2025-02-24", cat="encounter-diagnosis")
    b.condition(problem("128045006", "Cellulitis", "L03.115", "Cellulitis of right lower limb"), "2025-08-11", status="resolved", abate="2025-08-25", cat="encounter-diagnosis")
    b.condition(problem("263225007", "Fracture of distal end of radius", "S52.532A", "Colles' fracture of left radius, initial encounter for closed fracture"), "2024-12-18", status="resolved", abate="2025-03-01", cat="encounter-diagnosis")
    b.condition(problem("444814009", "Viral sinusitis", "J01.90", "Acute sinusitis"), "2026-03-02", status="resolved", abate="2026-03-14", cat="encounter-diagnosis")
    b.med(cc(rx("29046", "lisinopril")), "2009-01-01", dose="10 mg daily", requester=pcp, reason=htn)
    b.med(cc(rx("83367", "atorvastatin")), "2011-01-01", dose="20 mg nightly", requester=pcp, reason=lip)
    b.med(cc(rx("10582", "levothyroxine")), "2013-01-01", dose="88 mcg daily", requester=pcp)
    b.med(cc(rx("161", "acetaminophen")), "2017-01-01", dose="1000 mg twice daily prn knee pain", kind="MedicationStatement")
    e1 = b.encounter("2026-10-22", cc(text="Medicare Annual Wellness Visit", *[hcpcs("G0439", "Annual wellness visit, includes a personalized prevention plan of service (PPS), subsequent visit")]), pract=pcp, reason="AWV")
    b.vitals("2026-10-22", e1, 128, 76, 68, 77.0, 28.3)
    b.obs(cc(ln("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-10-22", 1.9, "u[IU]/mL", "u[IU]/mL", "N", 0.45, 4.5, enc=e1)
    b.obs(cc(ln("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma")), "2026-10-22", 88, "mg/dL", "mg/dL", "N", None, 100, enc=e1)
    b.note("progress", "2026-10-22", "AWV. HTN controlled, lipids at goal, euthyroid, knee OA managed with acetaminophen + home exercise, ortho f/u prn. Past pneumonia, cellulitis and wrist fracture resolved. Fall risk screen negative. Colonoscopy 2022 normal, mammogram 9/2026 normal.", pcp, e1)
    return b, dict(target=P8, kind="near-miss", expected=[],
        why="Only four active chronic conditions (hypertension, mixed hyperlipidaemia, knee osteoarthritis, Hashimoto) - the other problem-list entries are resolved acute episodes - so the >= 5 chronic conditions complexity limb is not met; nothing rare.",
        summary="68F four stable chronic conditions plus several resolved acute problems (Epic, Kansas)")

ALL = [p1_palpitations, p1_ida, p1_returns, p1n_cough, p1n_chestpain,
       p2_ibs, p2_somatic, p2_migraine, p2n_fatigue, p2n_viral,
       p3_fusion, p3_tavr, p3_lobectomy, p3n_chole, p3n_tms,
       p4_pancreas, p4_hf, p4_cirrhosis, p4n_nsclc, p4n_prostate,
       p5_breast, p5_dialysis, p5_adt, p5n_survivor, p5n_dcis,
       p6_psa, p6_bipolar, p6_thyroid, p6n_qrno, p6n_endo,
       p7_mdd, p7_a1c, p7_ptsd, p7n_gad, p7n_asthma,
       p8_takayasu, p8_complex, p8_22q, p8n_raynaud, p8n_four]
