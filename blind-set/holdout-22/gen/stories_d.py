from stories_c import *

PALL = cc(sct("103735009", "Palliative care"), text="Palliative care")
HOSP = cc(sct("385763009", "Hospice care"), text="Hospice care")

def p4_pancreas(cid):
    b = Bundle(cid, "bayfield")
    b.patient("Leonard Frank", "Halvorson", "male", "1955-03-30", "4410 Jay St", "BRCC-552019", "218-555-6602", "M")
    onc = b.practitioner("Miriam", "Stolz", "MD, Medical Oncology", "1538204967")
    pal = b.practitioner("Joel", "Nakamura", "MD, Hospice and Palliative Medicine", "1720394856")
    b.coverage("Medicare Part A and B", "Original Medicare", "1EG4TE5MK73", kind="PUBLICPOL")
    ca = b.condition(cc(sct("363418001", "Malignant tumor of pancreas"), icd("C25.0", "Malignant neoplasm of head of pancreas"), text="Pancreatic adenocarcinoma, head"), "2025-11-20",
                     stage={"summary": cc(text="Stage IV (cT3 N1 M1 - liver)")})
    b.condition(cc(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2025-11-20")
    b.condition(cc(icd("I10", "Essential (primary) hypertension")), "2010-01-01")
    b.condition(cc(icd("K83.1", "Obstruction of bile duct")), "2025-11-10", status="resolved", abate="2025-11-25")
    b.procedure(cc(cpt("43274", "ERCP with placement of endoscopic stent into biliary or pancreatic duct"), text="ERCP with metal biliary stent"), "2025-11-14")
    b.med(cc(text="FOLFIRINOX (oxaliplatin, irinotecan, leucovorin, fluorouracil) q14d"), "2025-12-08", status="stopped", kind="MedicationStatement", end="2026-05-18", note="Progression after 10 cycles.")
    b.med(cc(text="Gemcitabine + nab-paclitaxel d1,8,15 q28d"), "2026-06-01", status="stopped", kind="MedicationStatement", end="2026-09-21", note="Progression (new liver lesions, peritoneal disease); declining PS.")
    ca19 = [b.obs(cc(ln("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma")), d, v, "U/mL", "U/mL", "H", None, 37) for d, v in [("2026-05-11", 1840), ("2026-09-14", 6210)]]
    ctr = b.obs(cc(ln("72253-8", "CT Chest and Abdomen and Pelvis W contrast"), text="CT CAP restaging"), "2026-09-14", vstr="Progression: enlarging hepatic metastases, new peritoneal implants, small ascites.", interp="A", cat="imaging")
    b.obs(cc(ln("89247-1", "ECOG Performance Status score")), "2026-11-10", vcc=cc(text="3 - Capable of only limited self-care; confined to bed or chair >50% of waking hours"))
    b.obs(cc(ln("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma")), "2026-11-10", 2.9, "mg/dL", "mg/dL", "H", 0.2, 1.2)
    b.obs(cc(ln("1751-7", "Albumin [Mass/volume] in Serum or Plasma")), "2026-11-10", 2.6, "g/dL", "g/dL", "L", 3.5, 5.0)
    e1 = b.encounter("2026-11-10", cc(text="GI Medical Oncology Follow-up"), pract=onc, reason="Metastatic pancreatic cancer")
    b.vitals("2026-11-10", e1, 104, 62, 96, 58.4, 18.6)
    b.note("progress", "2026-11-10", """GI ONCOLOGY
71M metastatic pancreatic adenocarcinoma, progressed on 1L FOLFIRINOX and 2L gem/nab-paclitaxel. ECOG 3, bilirubin 2.9, albumin 2.6. MSS, no actionable alterations on NGS (KRAS G12D).
Discussed with patient and wife: there are no further effective treatment options; he is not eligible for clinical trials given performance status and liver function. Goals: comfort, time at home.
Plan: hospice referral; palliative medicine following for pain (hydromorphone).""", onc, e1)
    sr = b.service_request(cc(sct("306205009", "Referral to hospice service"), text="Referral to hospice"), "2026-11-10", reason=ca, requester=onc)
    b.careplan("Hospice plan of care", HOSP, "2026-11-14", addresses=[ca], author=pal, desc="Home hospice; symptom control; no further disease-directed therapy.",
               activities=[("Pain management - hydromorphone PO + breakthrough", "in-progress", None), ("Chaplain and social work visits", "scheduled", None)])
    b.med(cc(rx("3423", "hydromorphone"), text="hydromorphone 2 mg tablet"), "2026-10-01", dose="2-4 mg q4h prn pain", requester=pal, reason=ca)
    b.med(cc(text="pancrelipase DR capsule 36,000 units lipase"), "2025-12-01", dose="2 caps with meals, 1 with snacks", requester=onc)
    b.note("consult", "2026-11-14", "PALLIATIVE MEDICINE: Goals-of-care conversation completed. DNR/DNI, POLST completed. Enrolled in home hospice (Northland Hospice) 11/14.", pal, title="Palliative Care Consult")
    return b, dict(target=P4, kind="positive", expected=[P4],
        why="Metastatic pancreatic cancer after two lines of chemotherapy: the oncologist documents no further treatment options and an active hospice plan of care; no second opinion on record. Both chemotherapy regimens are stopped, so no high-impact treatment is planned.",
        summary="71M metastatic pancreatic cancer, 'no further options', hospice care plan (cancer centre)")

def p4_hf(cid):
    b = Bundle(cid, "twinrivers")
    b.patient("Eugene Michael", "Pfeiffer", "male", "1949-08-02", "212 Glenwood Ave", "T2093871", "507-555-2281", "M")
    card = b.practitioner("Kirsten", "Aune", "MD, Advanced Heart Failure and Transplant Cardiology", "1902384756")
    pcp = b.practitioner("Robert", "Lange", "MD, Family Medicine", "1467203985")
    b.coverage("Blue Cross Blue Shield of Minnesota", "Platinum Blue (Medicare Supplement)", "BCBSMN22093847")
    hf = b.condition(problem("703272007", "Heart failure with reduced ejection fraction", "I50.22", "Chronic systolic (congestive) heart failure"), "2016-05-01",
                     note="Ischemic cardiomyopathy, LVEF 15%, ACC/AHA stage D, NYHA IV.")
    cad = b.condition(problem("53741008", "Coronary arteriosclerosis", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), "2010-01-01", note="CABG x4 2010.")
    b.condition(problem("700379002", "Chronic kidney disease stage 3B", "N18.32", "Chronic kidney disease, stage 3b"), "2021-01-01")
    b.condition(problem("44054006", "Diabetes mellitus type 2", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2005-01-01")
    ef = b.obs(cc(ln("10230-1", "Left ventricular Ejection fraction")), "2026-08-25", 15, "%", "%", "L", 52, 72, cat="imaging")
    b.report(cc(ln("34552-0", "2D echocardiogram panel")), "2026-08-25", [ef], "Severe LV dysfunction, LVEF 15%. Moderate RV dysfunction (TAPSE 12 mm). Moderate-severe functional MR.", cat="CUS")
    b.obs(cc(ln("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")), "2026-11-03", 14800, "pg/mL", "pg/mL", "H", None, 1800)
    b.obs(cc(ln("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")), "2026-11-03", 34, "mL/min/1.73m2", "mL/min/{1.73_m2}", "L", 60, None)
    b.med(cc(rx("1656339", "sacubitril / valsartan"), text="sacubitril-valsartan 24-26 mg"), "2023-01-01", status="stopped", end="2026-09-01", kind="MedicationStatement", note="Stopped for symptomatic hypotension SBP 80s.")
    b.med(cc(rx("4603", "furosemide"), text="furosemide 80 mg tablet"), "2024-01-01", dose="80 mg twice daily", requester=card, reason=hf)
    b.med(cc(rx("20352", "carvedilol"), text="carvedilol 3.125 mg"), "2016-06-01", dose="3.125 mg twice daily", requester=card, reason=hf)
    b.med(cc(rx("1545653", "empagliflozin"), text="empagliflozin 10 mg"), "2022-06-01", dose="10 mg daily", requester=card, reason=hf)
    e1 = b.encounter("2026-09-22", cc(text="Advanced Heart Failure Clinic"), pract=card, reason="LVAD/transplant evaluation")
    b.note("consult", "2026-09-22", """ADVANCED HF - LVAD/TRANSPLANT SELECTION COMMITTEE OUTCOME
77M ischemic CM, EF 15%, moderate RV dysfunction, CKD 3b, frailty (5-m walk 9.4 s, albumin 3.0). Age >72 and comorbidity: not a heart transplant candidate. LVAD: committee declined - prohibitive RV failure risk and frailty.
No further advanced heart failure therapy options. Recommend palliative care involvement; consider palliative home inotrope for symptom relief only.""", card, e1)
    e2 = b.encounter("2026-11-18", cc(text="Advanced Heart Failure Clinic"), pract=card, reason="Stage D HF")
    b.vitals("2026-11-18", e2, 86, 58, 94, 71.0, 23.8, spo2=93)
    b.note("progress", "2026-11-18", "NYHA IV, orthopnea, 2 admissions in 3 months. GDMT limited by hypotension/renal function. Goals-of-care: patient wants to be home, avoid ICU. Palliative care referral placed; ICD shock therapy to be deactivated per patient wish.", card, e2)
    sr = b.service_request(cc(sct("306237005", "Referral to palliative care service"), text="Referral to palliative care"), "2026-11-18", occ="2026-12-03", reason=hf, requester=card)
    b.careplan("Heart failure palliative plan", PALL, "2026-11-18", addresses=[hf], author=card, desc="Comfort-focused care; diuretics for congestion; ICD tachytherapy deactivation; home health.")
    e3 = b.encounter("2026-10-10", cc(text="Inpatient Admission"), cls="IMP", pract=card, reason="Acute on chronic systolic HF", end="2026-10-15")
    b.note("discharge", "2026-10-15", "Admitted for ADHF, diuresed 6 L with IV furosemide. Discharged on furosemide 80 bid. Weight 71 kg.", card, e3)
    return b, dict(target=P4, kind="positive", expected=[P4],
        why="Stage D heart failure: not a transplant or LVAD candidate ('no further advanced heart failure therapy options'), palliative-care referral and palliative care plan active, and no second opinion on record.",
        summary="77M stage D ischaemic cardiomyopathy declined for LVAD/transplant, palliative referral (Epic, Minnesota)")

def p4_cirrhosis(cid):
    b = Bundle(cid, "tricounty")
    b.patient("Brenda Kay", "Tolliver", "female", "1968-12-05", "1820 W Chestnut Expy", "TCRN-20419", "417-555-0983", "D")
    adm = b.practitioner("Luis", "Carrillo", "MD, Addiction Medicine", "1184930275")
    hep = b.practitioner("Anita", "Deshpande", "MD, Transplant Hepatology", "1639204857")
    peer = b.practitioner("Tonya", "Biggs", "Peer Recovery Specialist", "1902387465")
    b.coverage("MO HealthNet (Medicaid) - Healthy Blue", "Healthy Blue Missouri", "MHN88102934", kind="PUBLICPOL")
    aud = b.condition(cc(icd("F10.20", "Alcohol dependence, uncomplicated"), sct("66590003", "Alcohol dependence"), text="Alcohol use disorder, severe"), "2015-01-01", recorder=adm)
    cir = b.condition(cc(icd("K70.31", "Alcoholic cirrhosis of liver with ascites"), sct("420054005", "Alcoholic cirrhosis"), text="Decompensated alcohol-associated cirrhosis"), "2024-03-01")
    b.condition(cc(icd("K76.82", "Hepatic encephalopathy")), "2026-06-01")
    b.condition(cc(icd("F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1990-01-01")
    for d, s in [("2026-02-10", 10), ("2026-08-18", 9)]:
        b.score(AUDITC, d, s)
    b.obs(cc(text="MELD-Na score"), "2026-11-05", vint=32, cat="laboratory")
    b.obs(cc(ln("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma")), "2026-11-05", 8.4, "mg/dL", "mg/dL", "H", 0.2, 1.2)
    b.obs(cc(ln("6301-6", "INR in Platelet poor plasma by Coagulation assay")), "2026-11-05", 2.3, "{INR}", "{INR}", "H", 0.9, 1.1)
    b.obs(cc(ln("2951-2", "Sodium [Moles/volume] in Serum or Plasma")), "2026-11-05", 128, "mmol/L", "mmol/L", "L", 135, 145)
    e1 = b.encounter("2026-10-01", cc(text="Inpatient Admission - Mercy Springfield"), cls="IMP", reason="Hepatic encephalopathy, tense ascites", end="2026-10-09")
    b.note("discharge", "2026-10-09", "DISCHARGE SUMMARY (outside hospital): Admitted with grade 3 HE and tense ascites; paracentesis 7 L x2. PEth 410 ng/mL on admission. Discharged on lactulose, rifaximin, spironolactone/furosemide. Referred to transplant hepatology.", title="Outside Discharge Summary")
    e2 = b.encounter("2026-11-05", cc(text="Transplant Hepatology Consult (outside)"), pract=hep, reason="Transplant candidacy")
    b.note("consult", "2026-11-05", """TRANSPLANT HEPATOLOGY CONSULTATION (received via Care Everywhere)
58F decompensated alcohol-associated cirrhosis, MELD-Na 32. Ongoing alcohol use until September (PEth positive), declined inpatient treatment twice, limited social support.
Selection committee 11/4: not a liver transplant candidate at this time. There are no further disease-directed treatment options beyond supportive care.
Recommend hospice referral and goals-of-care discussion; continue lactulose/rifaximin and serial paracentesis for comfort.""", hep, e2)
    sr = b.service_request(cc(sct("306205009", "Referral to hospice service"), text="Hospice referral"), "2026-11-12", reason=cir, requester=adm, note="Per transplant hepatology recommendation; patient agrees to hospice evaluation.")
    b.careplan("End-of-life / hospice care coordination", PALL, "2026-11-12", addresses=[cir, aud], author=adm, desc="Comfort-focused care; recovery support continues; peer visits weekly.")
    e3 = b.encounter("2026-11-12", cc(text="Addiction Medicine Follow-up"), pract=adm, reason="AUD, cirrhosis")
    b.note("progress", "2026-11-12", "Reviewed hepatology letter with Brenda and her sister. She has been abstinent since 9/30 per self-report. Tearful: 'they said there's nothing more they can do.' Hospice referral placed per her wishes. Continue naltrexone held (liver) - acamprosate not started (renal). Peer support weekly.", adm, e3)
    e4 = b.encounter("2026-11-19", cc(text="Peer recovery support (H0038)", *[hcpcs("H0038", "Self-help/peer services, per 15 minutes")]), pract=peer, reason="Peer support")
    b.note("note", "2026-11-19", "Home visit. Brenda sober 7 weeks, attending online meetings. Worried about her grandkids. Talked through what hospice means. Will bring meeting schedule next week.", peer, e4, title="Peer Recovery Note")
    b.med(cc(rx("6218", "lactulose"), text="lactulose 10 g/15 mL solution"), "2026-10-09", dose="30 mL three times daily, titrate to 2-3 BMs", requester=hep, reason=cir)
    b.med(cc(rx("35619", "rifaximin"), text="rifaximin 550 mg"), "2026-10-09", dose="550 mg twice daily", requester=hep, reason=cir)
    b.med(cc(rx("9997", "spironolactone"), text="spironolactone 100 mg"), "2026-10-09", dose="100 mg daily", requester=hep, reason=cir)
    return b, dict(target=P4, kind="positive", expected=[P4],
        why="Decompensated alcohol-associated cirrhosis (MELD-Na 32) declined for transplant with 'no further disease-directed treatment options' in the hepatology note, hospice referral and end-of-life care plan; no second opinion on record.",
        summary="58F decompensated alcohol cirrhosis, transplant declined, hospice referral (addiction network)")

def p4n_nsclc(cid):
    b = Bundle(cid, "summit")
    b.patient("Carol Ann", "Beauchamp", "female", "1958-07-12", "6019 Old Mill Rd", "SOA-0093817", "260-555-4498", "W")
    onc = b.practitioner("David", "Adeyemi", "MD, Medical Oncology", "1730294856")
    pal = b.practitioner("Laura", "Kemper", "DO, Hospice and Palliative Medicine", "1538209476")
    ext = b.practitioner("Jonathan", "Pryce", "MD, Thoracic Medical Oncology", "1093847265")
    extorg = b.organization("Midwest University Comprehensive Cancer Center", city="Indianapolis", state="IN")
    b.coverage("Medicare Part A and B", "Original Medicare", "3TR9WX2KL55", kind="PUBLICPOL")
    ca = b.condition(cc(sct("254637007", "Non-small cell lung cancer"), icd("C34.12", "Malignant neoplasm of upper lobe, left bronchus or lung"), text="Lung adenocarcinoma, EGFR exon 19 deletion, stage IVB"), "2024-03-18",
                     stage={"summary": cc(text="Stage IVB (bone, adrenal, brain)")})
    b.condition(cc(icd("C79.31", "Secondary malignant neoplasm of brain")), "2024-03-18")
    b.condition(cc(icd("C79.51", "Secondary malignant neoplasm of bone")), "2024-03-18")
    b.med(cc(rx("1721560", "osimertinib"), text="osimertinib 80 mg"), "2024-04-01", status="stopped", kind="MedicationStatement", end="2025-12-15", note="Progression.")
    b.med(cc(text="carboplatin + pemetrexed, then amivantamab"), "2026-01-05", status="stopped", kind="MedicationStatement", end="2026-07-20", note="Progression; grade 3 fatigue.")
    b.obs(cc(ln("89247-1", "ECOG Performance Status score")), "2026-08-01", vcc=cc(text="3"))
    e1 = b.encounter("2026-08-19", cc(text="Second opinion consultation - Thoracic Oncology"), pract=ext, reason="Second opinion: further treatment options", dept=extorg)
    b.note("consult", "2026-08-19", """SECOND OPINION CONSULTATION - Midwest University Comprehensive Cancer Center, Thoracic Oncology
Requested by patient and Dr. Adeyemi for review of further treatment options in EGFR-mutant NSCLC progressing after osimertinib and platinum/pemetrexed/amivantamab.
Reviewed outside imaging, NGS (EGFR ex19del, acquired MET amp negative, no targetable resistance), and pathology.
Opinion: I agree with the treating team. There is no standard therapy likely to provide benefit at ECOG 3, and she does not meet eligibility for our open trials. I support transition to hospice-focused care.""", ext, e1, title="Second Opinion Consult Note")
    e2 = b.encounter("2026-09-02", cc(text="Medical Oncology Follow-up"), pract=onc, reason="NSCLC")
    b.note("progress", "2026-09-02", "Reviewed second-opinion letter (8/19) with patient and son - concordant. No further cancer-directed therapy. Hospice enrollment discussed; she agrees.", onc, e2)
    b.careplan("Hospice plan of care", HOSP, "2026-10-03", addresses=[ca], author=pal, desc="Home hospice (Visiting Nurse Hospice). Dexamethasone for headache, oxycodone for bone pain.")
    b.service_request(cc(sct("306205009", "Referral to hospice service")), "2026-09-02", status="completed", reason=ca, requester=onc)
    b.vitals("2026-09-02", e2, 108, 66, 88, 52.1, 20.4)
    b.med(cc(rx("3264", "dexamethasone"), text="dexamethasone 2 mg"), "2026-09-15", dose="2 mg twice daily", requester=pal)
    b.med(cc(rx("7804", "oxycodone"), text="oxycodone 5 mg"), "2026-09-15", dose="5-10 mg q4h prn", requester=pal)
    b.obs(cc(ln("1751-7", "Albumin [Mass/volume] in Serum or Plasma")), "2026-09-02", 3.0, "g/dL", "g/dL", "L", 3.5, 5.0)
    b.note("progress", "2026-11-20", "Hospice RN visit: comfortable, eating small amounts, family at bedside. Pain 2/10 on current regimen.", pal, title="Hospice Nursing Note")
    return b, dict(target=P4, kind="near-miss", expected=[],
        why="Untreatable-prognosis signals (no further options, hospice plan) are present, but a second opinion from an outside thoracic oncology centre on 2026-08-19 (within 12 months) already addressed the same problem, so the flag is suppressed.",
        summary="68F EGFR NSCLC on hospice after an outside second opinion in August (cancer centre)")

def p4n_prostate(cid):
    b = Bundle(cid, "lakeshore")
    b.patient("Walter James", "DeYoung", "male", "1959-05-16", "3310 Burton St SE", "L8820173", "616-555-6673", "M")
    uro = b.practitioner("Ethan", "Brouwer", "MD, Urology", "1366204958")
    pcp = b.practitioner("Craig", "Huizenga", "MD, Family Medicine", "1174839206")
    b.coverage("Priority Health", "Priority Health Medicare Advantage PPO", "PHMA55019283", kind="PUBLICPOL")
    pc = b.condition(problem("399068003", "Malignant tumor of prostate", "C61", "Malignant neoplasm of prostate"), "2025-09-10",
                     stage={"summary": cc(text="Low risk, cT1c, Grade Group 1 (Gleason 3+3), 2/12 cores <10%")}, recorder=uro)
    b.condition(problem("267434003", "Hypercholesterolemia, mixed", "E78.2", "Mixed hyperlipidemia"), "2014-01-01")
    b.condition(problem("266569009", "Benign prostatic hyperplasia", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"), "2019-01-01")
    for d, v in [("2025-08-01", 5.4), ("2026-03-04", 5.1), ("2026-09-02", 5.6)]:
        b.obs(cc(ln("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), d, v, "ng/mL", "ng/mL", "H", None, 4.0)
    mri = b.obs(cc(ln("30794-2", "MR Prostate"), text="MRI prostate multiparametric"), "2026-04-15", vstr="PI-RADS 2. No suspicious lesion. Gland volume 48 mL. PSA density 0.11.", interp="N", cat="imaging")
    b.procedure(cc(cpt("55700", "Biopsy, prostate; needle or punch, single or multiple, any approach"), text="Confirmatory transperineal biopsy"), "2026-05-20", note="Confirmatory biopsy: GG1 in 1/14 cores. Remains low risk.")
    b.careplan("Prostate cancer active surveillance", cc(text="Active surveillance"), "2025-10-01", addresses=[pc], author=uro,
               activities=[("PSA every 6 months", "in-progress", None), ("MRI prostate annually", "scheduled", None), ("Repeat biopsy at 2-3 years or on MRI/PSA change", "scheduled", None)])
    b.careplan("Advance care planning", cc(sct("713603004", "Advance care planning"), text="Advance care planning"), "2026-09-10", author=pcp, desc="Health care proxy (wife) documented. Full code.")
    e1 = b.encounter("2026-09-10", cc(text="Office Visit - Urology"), pract=uro, reason="Active surveillance follow-up")
    b.vitals("2026-09-10", e1, 130, 78, 68, 86.0, 27.2)
    b.note("progress", "2026-09-10", """UROLOGY - ACTIVE SURVEILLANCE
PSA 5.6 (stable, 5.1-5.6). MRI 4/2026 PI-RADS 2, confirmatory bx 5/2026 GG1 1/14 cores.
Pt asked whether being 'watched' means nothing can be done. Explained active surveillance is the recommended management for low-risk disease and that curative treatment (prostatectomy or radiation) remains fully available if there is reclassification. He is comfortable continuing.
Plan: PSA 3/2027, MRI 4/2027.""", uro, e1)
    b.med(cc(rx("77492", "tamsulosin"), text="tamsulosin 0.4 mg capsule"), "2019-01-01", dose="0.4 mg daily", requester=pcp)
    b.med(cc(rx("36567", "simvastatin"), text="simvastatin 20 mg"), "2014-01-01", dose="20 mg nightly", requester=pcp)
    return b, dict(target=P4, kind="near-miss", expected=[],
        why="Low-risk prostate cancer on deliberate active surveillance with curative options explicitly available; the advance care planning CarePlan is not palliative or hospice and no note states there are no treatment options.",
        summary="67M low-risk prostate cancer on active surveillance, advance care planning only (Epic, Michigan)")
