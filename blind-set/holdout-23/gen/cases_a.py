from lib import B, cc, q

CASES = {}


def case(key, org, target, kind, expected, why, summary):
    def deco(fn):
        CASES[key] = dict(fn=fn, org=org, target=target, kind=kind, expected=expected, why=why, summary=summary)
        return fn
    return deco


RX = {
    "naproxen": ("198013", "naproxen 500 MG Oral Tablet"),
    "sumatriptan": ("313195", "sumatriptan 50 MG Oral Tablet"),
    "cetirizine": ("1014676", "cetirizine hydrochloride 10 MG Oral Tablet"),
    "metformin": ("861007", "metformin hydrochloride 500 MG Oral Tablet"),
    "metformin1000": ("861004", "metformin hydrochloride 1000 MG Oral Tablet"),
    "lisinopril": ("314076", "lisinopril 10 MG Oral Tablet"),
    "lisinopril20": ("314077", "lisinopril 20 MG Oral Tablet"),
    "atorva20": ("617312", "atorvastatin 20 MG Oral Tablet"),
    "atorva40": ("617311", "atorvastatin 40 MG Oral Tablet"),
    "apixaban": ("1364445", "apixaban 5 MG Oral Tablet"),
    "metoprololsucc": ("866436", "metoprolol succinate 50 MG Extended Release Oral Tablet"),
    "amlodipine": ("197361", "amlodipine 5 MG Oral Tablet"),
    "duloxetine": ("596930", "duloxetine 60 MG Delayed Release Oral Capsule"),
    "levothyroxine": ("966247", "levothyroxine sodium 0.075 MG Oral Tablet"),
    "omeprazole": ("198053", "omeprazole 20 MG Delayed Release Oral Capsule"),
    "sertraline50": ("312940", "sertraline 50 MG Oral Tablet"),
    "sertraline100": ("312941", "sertraline 100 MG Oral Tablet"),
    "hydroxyzine": ("995218", "hydroxyzine hydrochloride 25 MG Oral Tablet"),
    "fluticasone_salmeterol": ("896209", "fluticasone propionate 0.25 MG/ACTUAT / salmeterol 0.05 MG/ACTUAT Dry Powder Inhaler"),
    "albuterol": ("745679", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"),
    "hctz": ("310798", "hydrochlorothiazide 25 MG Oral Tablet"),
    "clobetasol": ("861512", "clobetasol propionate 0.05 MG/ML Topical Solution"),
    "calcipotriene": ("1300164", "calcipotriene 0.05 MG/ML Topical Foam"),
    "triamcinolone_cream": ("106258", "triamcinolone acetonide 1 MG/ML Topical Cream"),
    "ferric_cmx": ("1546407", "ferric carboxymaltose 50 MG/ML Injectable Solution"),
    "pantoprazole": ("314200", "pantoprazole 40 MG Delayed Release Oral Tablet"),
    "ibuprofen_susp": ("197803", "ibuprofen 20 MG/ML Oral Suspension"),
    "acetaminophen_susp": ("307668", "acetaminophen 32 MG/ML Oral Suspension"),
}


def rx(k, text=None):
    c, d = RX[k]
    return (c, d, text or d)


# ---------------------------------------------------------------- PERSISTENT SYMPTOMS / NORMAL WORKUP
@case("psnw_p1", "dr1", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Bilateral hand pain and morning stiffness recorded at three rheumatology visits over 17 weeks; RF, anti-CCP, ANA, ESR, CRP, radiographs and ultrasound all normal; discharged with reassurance and no diagnosis while symptoms continue.",
      "Rheumatology: persistent hand arthralgia/stiffness, all serology and imaging normal, reassured, no diagnosis")
def psnw_p1(cid):
    b = B(cid, "dr1")
    rh = b.prac("Lindqvist", "Hannah", "1548302917", "MD, Rheumatology")
    pcp_org = b.organization("Eastside Family Medicine", ident="1073511189")
    b.patient("Moreno", "Alicia R", "female", "1988-03-14", "CDR-0418827", "Bellevue", "WA", "98007", phone="425-555-0173")
    aetna = b.organization("Aetna", "ins")
    b.coverage(aetna, ("HIP", "health insurance plan policy"), "W218830471", plan=("PPO-8812", "Aetna Open Access PPO"))
    e1 = b.enc("2026-07-14", "AMB", "New patient rheumatology consultation", "Bilateral hand pain and stiffness", prac=rh, cpt=("99204", "Office or other outpatient visit, new patient, moderate MDM"))
    e2 = b.enc("2026-09-08", "AMB", "Rheumatology follow-up", "Hand pain", prac=rh, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-11-10", "AMB", "Rheumatology follow-up", "Hand pain and stiffness", prac=rh, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    b.cond(cc(("sct", "56097005", "Migraine without aura"), ("icd", "G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2010-05-01", recorded="2026-07-14")
    b.cond(cc(("sct", "74400008", "Appendicitis")), "2008-09-02", status="resolved", abate="2008-09-20", recorded="2026-07-14")
    b.cond(cc(("sct", "11687002", "Gestational diabetes mellitus")), "2019-06-10", status="resolved", abate="2019-11-02", recorded="2026-07-14")
    for e, d in ((e1, "2026-07-14"), (e2, "2026-09-08"), (e3, "2026-11-10")):
        b.cond(cc(("sct", "57676002", "Joint pain"), text="Bilateral hand arthralgia (MCPs/PIPs) with morning stiffness"), "2026-05-15", cat="encounter-diagnosis", recorded=d, enc=e)
    mst = b.local("MSTIFF-MIN", "Morning stiffness duration (patient reported)")
    for d, e, m, p in (("2026-07-14", e1, 45, 5), ("2026-09-08", e2, 60, 6), ("2026-11-10", e3, 60, 6)):
        b.obs(d, cc(mst), m, "min", cat="survey", enc=e)
        b.obs(d, cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), p, "{score}", cat="survey", enc=e)
    b.vitals("2026-07-14", e1, 118, 74, 72, 64.2)
    b.labs("2026-07-14", e1, rf=8, ccp=3, esr=11, crp=1.2, ck=88, uric=4.6, tsh=1.9, hgb=13.1, wbc=6.2, plt=281)
    b.qual("2026-07-14", cc(("loinc", "8061-4", "Nuclear Ab [Presence] in Serum")), "Negative", e1)
    b.labs("2026-11-10", e3, esr=9, crp=0.8)
    xr = b.dr("2026-07-21", cc(("cpt", "73130", "Radiologic examination, hand; minimum of 3 views"), text="XR hands bilateral 3 views"),
              "No erosions, joint space narrowing or periarticular osteopenia. Soft tissues unremarkable. Normal bilateral hand radiographs.")
    us = b.dr("2026-09-08", cc(("cpt", "76882", "Ultrasound, limited, joint or other nonvascular extremity structure(s)"), text="MSK ultrasound bilateral hands/wrists"),
              "No synovitis, effusion or tenosynovitis on grayscale or power Doppler at wrists, MCP 1-5 or PIP 2-3 bilaterally. Normal study.", enc=e2, performer=rh)
    b.med(rx("naproxen"), "2026-07-14", dose="500 mg by mouth twice daily as needed with food", reason="hand pain", prac=rh)
    b.med(rx("sumatriptan"), "2022-03-01", kind="MedicationStatement", dose="50 mg at migraine onset, may repeat once in 2 h")
    b.note("2026-07-14", "consult", """RHEUMATOLOGY NEW PATIENT CONSULT
Referred by Eastside Family Medicine for bilateral hand pain.
HPI: 38 y/o dental hygienist with ~2 months of bilateral MCP and PIP pain, worse in the morning, stiffness about 45 minutes, improves with use. No rash, photosensitivity, oral ulcers, Raynaud, sicca, psoriasis, IBD or recent infection. Family hx: mother with hypothyroidism.
Exam: no synovitis, no joint line tenderness beyond mild MCP 2-3 squeeze discomfort bilaterally, full fist, no nodes, skin clear.
Assessment: inflammatory vs mechanical/overuse hand arthralgia.
Plan: RF, anti-CCP, ANA, ESR, CRP, CK, urate, TSH, CBC; bilateral hand films; naproxen PRN; return 6-8 weeks with US.""", rh, e1)
    b.note("2026-11-10", "progress", """RHEUMATOLOGY FOLLOW-UP
Still having daily bilateral hand pain (6/10) and ~1 hour morning stiffness; has cut back to 3 days/week at work because she cannot grip instruments. Naproxen helps only slightly.
Exam: no synovitis, normal grip, no deformity.
Data reviewed: RF, anti-CCP and ANA negative; ESR 9, CRP 0.8; CK, urate, TSH and CBC normal; hand radiographs normal; MSK ultrasound of hands and wrists without synovitis.
Assessment: no evidence of inflammatory arthritis or connective tissue disease. Findings reassuring. Explained that nothing serious has been found.
Plan: no rheumatology follow-up needed; return PRN; continue naproxen PRN and hand therapy exercises via PCP. Patient tearful, states the pain is real and ongoing.""", rh, e3)
    return b


@case("psnw_p2", "cv2", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Exertional dyspnoea and palpitations since September with three unscheduled visits (urgent access x2, ED) within 12 days in November; ECG, troponin, D-dimer, TSH, echo, ambulatory monitor and exercise ECG all normal and no explanatory diagnosis made.",
      "Cardiology: exertional dyspnoea/palpitations, repeated unscheduled visits in 12 days, completely normal cardiac work-up")
def psnw_p2(cid):
    b = B(cid, "cv2")
    md = b.prac("Okafor", "Chidi", "1376510248", "MD, Cardiovascular Disease")
    np_ = b.prac("Batts", "Lorraine", "1891027734", "NP")
    edmd = b.prac("Haskins", "Trent", "1902865511", "MD, Emergency Medicine")
    hosp = b.organization("Piedmont Baptist Medical Center", ident="1427110032")
    b.patient("Whitfield", "Danielle M", "female", "1982-04-27", "PCV5573019", "Winston-Salem", "NC", "27103", phone="336-555-0128")
    bc = b.organization("Blue Cross NC", "ins")
    b.coverage(bc, ("HIP", "health insurance plan policy"), "YPW882716505", plan=("BLUE-ADV", "Blue Advantage PPO"))
    e1 = b.enc("2026-09-15", "AMB", "New patient cardiology visit", "Shortness of breath on exertion, palpitations", prac=md, cpt=("99204", "Office or other outpatient visit, new patient, moderate MDM"))
    e2 = b.enc("2026-10-20", "AMB", "Cardiology follow-up", "Palpitations", prac=md, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-11-04", "AMB", "Same-day urgent access cardiac clinic (unscheduled)", "Palpitations and dyspnea", prac=np_, cpt=("99213", "Office or other outpatient visit, established patient, low MDM"))
    e4 = b.enc("2026-11-10", "EMER", "Emergency department visit", "Chest tightness, racing heart, short of breath", prac=edmd, org=hosp, cpt=("99284", "Emergency department visit, moderate MDM"))
    e5 = b.enc("2026-11-16", "AMB", "Same-day urgent access cardiac clinic (unscheduled)", "Ongoing dyspnea and palpitations", prac=np_, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    b.cond(cc(("sct", "61582004", "Allergic rhinitis"), ("icd", "J30.2", "Other seasonal allergic rhinitis")), "2004-04-01", recorded="2026-09-15")
    b.cond({"text": "History of cesarean delivery (2014)"}, "2014-02-11", status="inactive", recorded="2026-09-15")
    for e, d in ((e1, "2026-09-15"), (e3, "2026-11-04"), (e4, "2026-11-10"), (e5, "2026-11-16")):
        b.cond(cc(("icd", "R00.2", "Palpitations"), ("sct", "80313002", "Palpitations")), "2026-08-25", cat="encounter-diagnosis", recorded=d, enc=e)
    for e, d in ((e1, "2026-09-15"), (e2, "2026-10-20"), (e5, "2026-11-16")):
        b.cond(cc(("icd", "R06.09", "Other forms of dyspnea"), ("sct", "60845006", "Dyspnea on exertion")), "2026-08-25", cat="encounter-diagnosis", recorded=d, enc=e)
    for d, e, s, dd, hr in (("2026-09-15", e1, 122, 78, 88), ("2026-11-04", e3, 126, 80, 96), ("2026-11-10", e4, 131, 84, 104), ("2026-11-16", e5, 120, 76, 90)):
        b.vitals(d, e, s, dd, hr, spo2=99)
    ecg = b.local("ECG12-INT", "12-lead ECG interpretation")
    b.obs("2026-09-15", cc(ecg), "Normal sinus rhythm, rate 86, normal intervals, no ST-T abnormality", cat="procedure", enc=e1, interp="N")
    b.obs("2026-11-10", cc(ecg), "Sinus tachycardia 104, otherwise normal ECG", cat="procedure", enc=e4, interp="N")
    b.labs("2026-09-15", e1, tsh=1.2, hgb=13.4, ferritin=54, na=139, k=4.1, creat=(0.7, (0.5, 1.1)))
    b.labs("2026-11-10", e4, hstni=2, ddimer=220, hgb=13.2)
    lvef = b.obs("2026-09-29", cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), 61, "%", ref=(52, 72), interp="N", cat="imaging")
    b.dr("2026-09-29", cc(("cpt", "93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"), text="Transthoracic echocardiogram"),
         "Normal LV size and function, LVEF 61%. Normal diastolic function. Normal RV. No valvular disease. RVSP 22 mmHg. No pericardial effusion.", [lvef], performer=md)
    b.dr("2026-10-14", cc(("cpt", "93247", "External electrocardiographic recording for more than 7 days up to 15 days"), text="14-day ambulatory ECG patch"),
         "Predominant sinus rhythm, average HR 82 (range 54-142). Rare PACs (<1%), rare PVCs (<1%). No atrial fibrillation, SVT or pauses. Patient-triggered events (n=11) correlate with sinus rhythm/sinus tachycardia.", cat=("EC", "Electrocardiac"), performer=md)
    b.dr("2026-10-20", cc(("cpt", "93015", "Cardiovascular stress testing using maximal or submaximal treadmill"), text="Exercise treadmill ECG (Bruce)"),
         "Exercised 10:05 min, 11.2 METs, peak HR 171 (96% APMHR). No ischemic ST changes, no arrhythmia. Dyspnea reported at peak only. Normal exercise ECG, good functional capacity.", enc=e2, cat=("EC", "Electrocardiac"), performer=md)
    b.med(rx("cetirizine"), "2020-01-01", kind="MedicationStatement", dose="10 mg daily in spring")
    b.note("2026-11-10", "ed", """ED NOTE - Piedmont Baptist
44F, followed by Piedmont Cardiovascular, seen 6 days ago in urgent cardiac clinic. Tonight racing heart and chest tightness walking up stairs at work. HR 104 sinus. hs-TnI 2, D-dimer 220. CXR clear. Wells low.
Impression: palpitations, dyspnea on exertion - no acute cardiopulmonary process.
Disposition: home, follow up with cardiology.""", edmd, e4)
    b.note("2026-11-16", "progress", """URGENT ACCESS CLINIC - PIEDMONT CARDIOVASCULAR
Third unscheduled visit in 12 days (11/4 urgent clinic, 11/10 ED). Symptoms since late August: breathless after one flight of stairs, pounding heartbeat, now limiting walks with her kids. Denies syncope.
Work-up to date: normal ECGs, normal TTE (EF 61%), 14-day patch showing sinus rhythm only during triggered events, normal exercise ECG (11.2 METs), normal troponin and D-dimer, normal TSH and hemoglobin.
Assessment: palpitations and exertional dyspnea without structural or arrhythmic heart disease identified. No cardiac diagnosis to explain symptoms. Reassured.
Plan: no further cardiac work-up planned; hydration, reduce caffeine; return to PCP. Patient asks 'so what is causing this?'""", np_, e5)
    return b


@case("psnw_p3", "ihs1", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Positive FIT on 2026-07-22 (red flag per Murphy et al.) with the Purchased/Referred Care colonoscopy referral deferred for funding and no colonoscopy or other diagnostic follow-up in the 132 days since.",
      "IHS clinic: positive FIT, PRC colonoscopy deferred, no follow-up > 60 days")
def psnw_p3(cid):
    b = B(cid, "ihs1")
    md = b.prac("Yazzie", "Loretta", "1629071835", "MD, Family Medicine")
    chr_ = b.prac("Begay", "Wilson", "1518200946", "CHR")
    prc = b.prac("Tsosie", "Arlene", "1740299183", "RN")
    ref = b.organization("Four Rivers Regional Medical Center", ident="1336179011")
    ihs = b.organization("Indian Health Service - Purchased/Referred Care", "govt")
    mcd = b.organization("New Mexico Medicaid (Turquoise Care)", "pay")
    b.patient("Nez", "Rosalind", "female", "1968-02-09", "RM-0031572", "Shiprock", "NM", "87420",
              race=("1002-5", "American Indian or Alaska Native"), gp=md, lang=("nv", "Navajo"))
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "IHS-RM-0031572", start="1990-01-01")
    b.coverage(mcd, ("PUBLICPOL", "public healthcare"), "NM7715093")
    e1 = b.enc("2026-04-14", "AMB", "Diabetes clinic visit", "Diabetes follow-up", prac=md)
    e2 = b.enc("2026-07-14", "AMB", "Primary care visit", "Diabetes follow-up; colorectal screening", prac=md)
    e3 = b.enc("2026-09-30", "HH", "CHR home visit", "Medication check, BP", prac=chr_)
    e4 = b.enc("2026-10-20", "AMB", "Diabetes clinic visit", "Diabetes follow-up", prac=md)
    b.cond(cc(("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2011-01-01", recorded="2012-03-01")
    b.cond({"text": "HTN"}, "2013-01-01")
    b.cond(cc(("icd", "E78.5", "Hyperlipidemia, unspecified")), "2014-06-01")
    b.cond({"text": "Obesity, BMI 34"}, "2015-01-01")
    b.cond(cc(("icd", "N39.0", "Urinary tract infection, site not specified")), "2025-11-02", status="resolved", abate="2025-11-12", cat="encounter-diagnosis")
    b.cond(cc(("icd", "R19.5", "Other fecal abnormalities"), text="FIT positive"), "2026-07-22", cat="encounter-diagnosis", recorded="2026-07-24", enc=e2)
    b.vitals("2026-04-14", e1, 134, 82, 78, 88.1, 34.2)
    b.vitals("2026-07-14", e2, 132, 80, 76, 87.4, 33.9)
    b.vitals("2026-09-30", e3, 138, 84, 80)
    b.vitals("2026-10-20", e4, 130, 78, 74, 87.9, 34.1)
    b.labs("2026-04-14", e1, hba1c=7.1, creat=(0.8, (0.5, 1.1)), egfr=84, uacr=18)
    b.labs("2026-10-20", e4, hba1c=7.0, hgb=12.4, mcv=84, ldl=88)
    b.qual("2026-07-22", cc(("loinc", "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), text="FIT (fecal immunochemical)"), "Positive", e2)
    srv = b.sr(cc(("cpt", "45378", "Colonoscopy, flexible; diagnostic"), text="Diagnostic colonoscopy - positive FIT"), "2026-07-24", status="active", intent="order",
               reason="Positive FIT 7/22/2026", requester=md, performer=ref, category=cc(("sct", "3457005", "Patient referral")),
               note="PRC referral #RM-26-04471 submitted 7/28/2026. 8/12/2026 PRC committee: medical priority level II - deferred, funds not available this quarter; placed on deferred services list. Patient notified by letter.")
    b.med(rx("metformin1000"), "2018-02-01", dose="1000 mg by mouth twice daily", prac=md)
    b.med(rx("lisinopril20"), "2016-05-01", dose="20 mg daily", prac=md)
    b.med(rx("atorva20"), "2016-05-01", dose="20 mg nightly", prac=md)
    b.imm("2026-10-20", "197", "Influenza, high-dose, quadrivalent")
    b.note("2026-07-14", "progress", """Primary care. 58F DM2/HTN. A1c 7.1 in April. Due for CRC screening, never screened. Declines colonoscopy at this time (travel 3 hrs to Four Rivers). FIT kit given. Diabetic foot exam nl.""", md, e2)
    b.note("2026-07-24", "telephone", """Called pt re: FIT result POSITIVE. Explained need for colonoscopy. Pt agreeable if transport arranged. PRC referral for diagnostic colonoscopy at Four Rivers sent. CHR to assist with transport.""", md)
    b.note("2026-09-30", "nurse", """CHR home visit. BP 138/84. Taking meds, pillbox filled. Asked about colonoscopy - pt states she got a letter saying it was put on a waiting list. No date. Denies rectal bleeding. Some tiredness. Will tell clinic.""", chr_, e3)
    b.note("2026-10-20", "progress", """DM f/u. A1c 7.0. Hgb 12.4. BP controlled. Pt asks about colonoscopy - PRC referral still deferred. RN to check status. RTC 3 mo.""", md, e4)
    return b


@case("psnw_n1", "dr2", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "Itchy hand and eyelid eczema recorded on three visits over 14 weeks with normal blood work, but patch testing then identified methylisothiazolinone and nickel allergy; allergic contact dermatitis explains the symptoms and they cleared with avoidance.",
      "Allergy/derm: chronic itchy eczema, normal labs, explained by positive patch testing (allergic contact dermatitis), cleared")
def psnw_n1(cid):
    b = B(cid, "dr2")
    al = b.prac("Fontenot", "Marcel", "1295841306", "MD, Allergy & Immunology")
    de = b.prac("Nguyen", "Thao", "1164738520", "MD, Dermatology")
    b.patient("Landry", "Brianne C", "female", "1995-06-30", "GCS-220914", "Lafayette", "LA", "70503", phone="337-555-0190")
    ins = b.organization("UnitedHealthcare", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "917455028", plan=("UHC-CHOICE", "Choice Plus"))
    e1 = b.enc("2026-05-12", "AMB", "Dermatology new patient", "Itchy rash hands and eyelids", prac=de, cpt=("99203", "Office or other outpatient visit, new patient, low MDM"))
    e2 = b.enc("2026-07-07", "AMB", "Dermatology follow-up", "Persistent itchy rash", prac=de, cpt=("99213", "Office or other outpatient visit, established patient, low MDM"))
    e3 = b.enc("2026-08-18", "AMB", "Allergy consult with patch testing application", "Suspected contact allergy", prac=al, cpt=("99244", "Office consultation, moderate MDM"))
    e4 = b.enc("2026-08-21", "AMB", "Patch testing final reading", "Patch testing", prac=al)
    e5 = b.enc("2026-11-03", "AMB", "Allergy follow-up", "Contact dermatitis follow-up", prac=al, cpt=("99213", "Office or other outpatient visit, established patient, low MDM"))
    b.cond(cc(("sct", "195967001", "Asthma"), ("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2007-01-01", recorded="2026-05-12")
    b.cond(cc(("icd", "L29.9", "Pruritus, unspecified"), ("sct", "418290006", "Itching")), "2026-04-01", status="resolved", abate="2026-11-03", recorded="2026-05-12", enc=e1)
    for e, d in ((e1, "2026-05-12"), (e2, "2026-07-07"), (e3, "2026-08-18")):
        b.cond(cc(("sct", "43116000", "Eczema"), text="Eczematous dermatitis dorsal hands and eyelids"), "2026-04-01", cat="encounter-diagnosis", recorded=d, enc=e)
    acd1 = b.cond(cc(("icd", "L23.5", "Allergic contact dermatitis due to other chemical products"), ("sct", "238575004", "Allergic contact dermatitis"), text="Allergic contact dermatitis - methylisothiazolinone"), "2026-08-21", recorded="2026-08-21", enc=e4)
    b.cond(cc(("icd", "L23.0", "Allergic contact dermatitis due to metals"), text="Nickel allergy"), "2026-08-21", recorded="2026-08-21", enc=e4)
    b.labs("2026-05-12", e1, wbc=7.1, eos=0.3, hgb=13.0, ige=48, tsh=2.2, ferritin=41, alt=19, creat=(0.7, (0.5, 1.1)))
    pt = b.local("PATCH-MI", "Patch reading methylisothiazolinone 0.2% aq")
    pn = b.local("PATCH-NI", "Patch reading nickel(II) sulfate hexahydrate 2.5% pet")
    r1 = b.obs("2026-08-21", cc(pt, text="Patch reading D3/D5: methylisothiazolinone"), "++ (strong, vesicular) at D3 and D5", interp="POS", cat="exam", enc=e4)
    r2 = b.obs("2026-08-21", cc(pn, text="Patch reading D3/D5: nickel sulfate"), "+ (weak, infiltrated) at D3 and D5", interp="POS", cat="exam", enc=e4)
    b.proc(cc(("cpt", "95044", "Patch or application tests (specify number of tests)"), text="Patch testing, 80 allergens (North American baseline + cosmetics series)"), "2026-08-18", performer=al, enc=e3)
    b.dr("2026-08-21", cc(b.local("PATCH-RPT", "Patch testing report"), text="Patch testing report"),
         "Relevant positive reactions: methylisothiazolinone (++), nickel sulfate (+). All other 78 allergens negative. Source review: MI in her hand soap and baby wipes; nickel in eyelash curler.", [r1, r2], cat=("OTH", "Other"), performer=al)
    b.med(rx("triamcinolone_cream"), "2026-05-12", status="completed", dose="apply twice daily to hands x 2 weeks", prac=de)
    b.med(rx("albuterol"), "2019-01-01", kind="MedicationStatement", dose="2 puffs q4-6h PRN")
    b.note("2026-07-07", "progress", """Derm f/u: rash persistent despite TAC 0.1%. Dorsal hands lichenified, eyelids scaly. Labs unremarkable (CBC, IgE 48, TSH, CMP). KOH negative. Suspect contact dermatitis - refer to allergy for expanded patch testing.""", de, e2)
    b.note("2026-11-03", "progress", """ALLERGY FOLLOW-UP
Allergic contact dermatitis to methylisothiazolinone and nickel confirmed on patch testing 8/2026. Switched to MI-free soap and wipes (CAMP list provided), plastic eyelash curler.
Now: hands and eyelids clear, only mild dryness; no itch for 6 weeks. No steroid use since September.
A/P: ACD resolved with avoidance. Continue avoidance list. RTC PRN.""", al, e5)
    return b


@case("psnw_n2", "cv3", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "Iron-deficiency anaemia found on anticoagulation (a red flag) was followed up within 23 days: EGD/colonoscopy found and treated gastric angiodysplasia, IV iron given and haemoglobin recovered; timely follow-up and an explaining diagnosis.",
      "Cardiology: iron-deficiency anaemia on apixaban, prompt GI work-up found angiodysplasia, treated")
def psnw_n2(cid):
    b = B(cid, "cv3")
    ep = b.prac("Castellanos", "Ruben", "1801944236", "MD, Clinical Cardiac Electrophysiology")
    gi = b.prac("Armstrong", "Keira", "1467503318", "MD, Gastroenterology")
    hosp = b.organization("Desert Sun Regional Hospital", ident="1588620147")
    b.patient("Kowalczyk", "Gerald P", "male", "1955-01-22", "DSH-7730415", "Mesa", "AZ", "85206", phone="480-555-0141")
    mc = b.organization("Medicare Part B (CMS)", "govt")
    sup = b.organization("AARP Medicare Supplement (UnitedHealthcare)", "ins")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "6TD8-QW3-RM41", start="2020-01-01")
    b.coverage(sup, ("HIP", "health insurance plan policy"), "381920774-11", start="2020-01-01", plan=("PLAN-G", "Medicare Supplement Plan G"))
    e1 = b.enc("2026-08-11", "AMB", "Electrophysiology follow-up", "Atrial fibrillation", prac=ep, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-09-03", "AMB", "Outpatient endoscopy", "Iron deficiency anemia", prac=gi, org=hosp)
    e3 = b.enc("2026-09-10", "AMB", "Infusion visit", "IV iron", org=hosp)
    e4 = b.enc("2026-11-05", "AMB", "Electrophysiology follow-up", "AF, anemia recheck", prac=ep, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    af = b.cond(cc(("sct", "440028005", "Permanent atrial fibrillation"), ("icd", "I48.21", "Permanent atrial fibrillation")), "2019-03-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2008-01-01")
    b.cond(cc(("icd", "E78.5", "Hyperlipidemia, unspecified")), "2010-01-01")
    ida = b.cond(cc(("icd", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)")), "2026-08-11", status="resolved", abate="2026-11-05", enc=e1)
    b.cond(cc(("icd", "K31.811", "Angiodysplasia of stomach and duodenum with bleeding")), "2026-09-03", enc=e2, note="Two antral angioectasias treated with APC 9/3/2026")
    b.cond(cc(("icd", "D12.5", "Benign neoplasm of sigmoid colon")), "2026-09-03", status="resolved", abate="2026-09-03", enc=e2, note="2 tubular adenomas <1 cm removed; surveillance 7 years")
    b.vitals("2026-08-11", e1, 128, 74, 78, 86.0)
    b.vitals("2026-11-05", e4, 124, 72, 74, 86.4)
    b.labs("2026-08-11", e1, hgbm=10.1, mcv=74, ferritin=8, tsat=6, plt=312, creat=(1.0, (0.7, 1.3)), egfr=78)
    b.labs("2026-11-05", e4, hgbm=13.8, mcv=86, ferritin=(164, (30, 400)))
    b.sr(cc(("sct", "306157008", "Referral to gastroenterology service"), text="GI referral - iron deficiency anemia on anticoagulation"), "2026-08-12", status="completed", requester=ep, performer=gi)
    b.proc(cc(("cpt", "43270", "Esophagogastroduodenoscopy, flexible, transoral; with ablation of tumor(s), polyp(s), or other lesion(s)"), text="EGD with argon plasma coagulation"), "2026-09-03", performer=gi, enc=e2, outcome="Two 4-5 mm antral angioectasias ablated with APC")
    b.proc(cc(("cpt", "45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare technique"), text="Colonoscopy with snare polypectomy"), "2026-09-03", performer=gi, enc=e2, outcome="Two sigmoid polyps removed; no source of bleeding")
    b.dr("2026-09-08", cc(("loinc", "11526-1", "Pathology study")), "Sigmoid polyps x2: tubular adenoma, negative for high-grade dysplasia.", cat=("SP", "Surgical Pathology"))
    b.admin("2026-09-10", rx("ferric_cmx"), "750 mg IV over 15 min (HCPCS J1439 x 750)", enc=e3)
    b.admin("2026-09-17", rx("ferric_cmx"), "750 mg IV over 15 min (HCPCS J1439 x 750)")
    b.med(rx("apixaban"), "2019-03-10", dose="5 mg twice daily", reason="Permanent AF, CHA2DS2-VASc 3", prac=ep)
    b.med(rx("metoprololsucc"), "2019-03-10", dose="50 mg daily", prac=ep)
    b.med(rx("atorva20"), "2012-01-01", kind="MedicationStatement", dose="20 mg nightly")
    b.note("2026-08-11", "progress", """EP follow-up. Permanent AF, rate controlled, on apixaban. Complains of fatigue and DOE x 2 months. Hgb 10.1 (13.9 a year ago), MCV 74, ferritin 8. Iron deficiency anemia on anticoagulation - needs GI evaluation. Urgent GI referral placed; continue apixaban for now given CHA2DS2-VASc 3, no overt bleeding.""", ep, e1)
    b.note("2026-11-05", "progress", """EP follow-up. s/p EGD 9/3 with APC of antral angioectasias, colonoscopy with 2 adenomas removed. IV ferric carboxymaltose x2. Hgb now 13.8, ferritin 164. Fatigue resolved, walking 2 miles. Continue apixaban; GI to repeat CBC in 3 months. Anemia resolved.""", ep, e4)
    return b


# ---------------------------------------------------------------- DIAGNOSIS / SYMPTOM MISMATCH
@case("dsm_p1", "dr3", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Fibromyalgia (M79.7) on the problem list since June 2025 with continuing pain, and new proximal weakness with CK rising to 1,240 U/L, raised aldolase and transaminases, which fibromyalgia cannot explain; still managed as fibromyalgia.",
      "Rheumatology: long-standing fibromyalgia label, new proximal weakness and rising CK unexplained")
def dsm_p1(cid):
    b = B(cid, "dr3")
    rh = b.prac("Abernathy", "Colleen", "1083665172", "MD, Rheumatology")
    pa = b.prac("Greer", "Tomas", "1275998401", "PA-C")
    b.patient("Haugen", "Kristin L", "female", "1980-08-19", "NSR-0092284", "Saint Cloud", "MN", "56303", phone="320-555-0117")
    ins = b.organization("HealthPartners", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "HP44019273", plan=("HP-OA", "HealthPartners Open Access"))
    e0 = b.enc("2025-06-10", "AMB", "Rheumatology new patient", "Widespread pain", prac=rh, cpt=("99204", "Office or other outpatient visit, new patient, moderate MDM"))
    e1 = b.enc("2026-02-17", "AMB", "Rheumatology follow-up", "Fibromyalgia", prac=pa, cpt=("99213", "Office or other outpatient visit, established patient, low MDM"))
    e2 = b.enc("2026-06-23", "AMB", "Rheumatology follow-up", "Worsening fatigue, difficulty climbing stairs", prac=pa, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-10-27", "AMB", "Rheumatology follow-up", "Fibromyalgia, weakness", prac=pa, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    fm = b.cond(cc(("icd", "M79.7", "Fibromyalgia"), ("sct", "203082005", "Fibromyalgia")), "2025-06-10", enc=e0, asserter=rh)
    b.cond(cc(("icd", "E03.9", "Hypothyroidism, unspecified")), "2016-01-01")
    b.cond(cc(("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2019-01-01")
    b.cond(cc(("sct", "68566005", "Urinary tract infectious disease")), "2024-03-01", status="resolved", abate="2024-03-10")
    b.cond(cc(("sct", "26544005", "Muscle weakness"), text="Proximal lower-extremity weakness - difficulty rising from chair, climbing stairs"), "2026-05-15", cat="encounter-diagnosis", recorded="2026-06-23", enc=e2)
    b.cond(cc(("sct", "26544005", "Muscle weakness"), text="Proximal weakness, hip flexors 4/5"), "2026-05-15", cat="encounter-diagnosis", recorded="2026-10-27", enc=e3)
    pain = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    for d, e, v in (("2026-02-17", e1, 6), ("2026-06-23", e2, 6), ("2026-10-27", e3, 7)):
        b.obs(d, pain, v, "{score}", cat="survey", enc=e)
    b.obs("2026-10-27", cc(b.local("MMT-HIPFLEX", "Manual muscle testing hip flexors bilateral (MRC 0-5)")), 4, "{score}", cat="exam", enc=e3, interp="A")
    b.labs("2025-06-10", e0, esr=14, crp=2.1, tsh=2.4, ck=162, rf=5, hgb=13.2)
    b.qual("2025-06-10", cc(("loinc", "8061-4", "Nuclear Ab [Presence] in Serum")), "Negative", e0)
    b.labs("2026-06-23", e2, ck=612, ast=48, alt=52, esr=24, tsh=2.1)
    b.labs("2026-10-27", e3, ck=1240, aldolase=11.2, ast=58, alt=61, esr=26, crp=7.4, ldh=(342,))
    b.med(rx("duloxetine"), "2025-06-10", dose="60 mg daily", reason="Fibromyalgia", prac=rh)
    b.med(rx("levothyroxine"), "2016-02-01", kind="MedicationStatement", dose="75 mcg daily")
    b.med(rx("omeprazole"), "2019-01-01", kind="MedicationStatement", dose="20 mg daily")
    b.note("2025-06-10", "consult", """New patient: 44F with 2 years widespread pain, poor sleep, fatigue. WPI 11, SSS 8. No synovitis, strength 5/5 throughout. ANA neg, ESR/CRP/CK/TSH normal.
Assessment: fibromyalgia. Plan: duloxetine, graded aerobic exercise, sleep hygiene, PT.""", rh, e0)
    b.note("2026-06-23", "progress", """F/u fibromyalgia. Pain 6/10, still fatigued. NEW: over ~6 weeks harder to climb stairs and get up from low chairs; needs arms to stand. No rash noted by patient. CK 612 today (was 162 last year), AST/ALT mildly up. She started walking program in spring.
A/P: fibromyalgia - continue duloxetine. Elevated CK likely exercise related; recheck at next visit.""", pa, e2)
    b.note("2026-10-27", "progress", """F/u fibromyalgia. Pain 7/10, exhausted, now cannot climb stairs without railing, dropped out of walking program 2 months ago. Hip flexor 4/5 bilat, deltoids 4+/5, neck flexors 4/5. No rash. Dysphagia to solids 'sometimes'.
Labs: CK 1240, aldolase 11.2, AST 58, ALT 61, LDH 342.
A/P: Fibromyalgia, chronic - continue duloxetine 60, PT referral for deconditioning. CK remains elevated - will recheck in 3 months.""", pa, e3)
    return b


@case("dsm_p2", "ihs2", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Palpitations, tremor and insomnia attributed to generalized anxiety disorder in August; since then 7 kg weight loss, resting tachycardia, heat intolerance and a suppressed TSH (<0.01) with high free T4 that the anxiety diagnosis does not explain, and treatment remains sertraline only.",
      "Tribal clinic: anxiety diagnosis for palpitations/weight loss; suppressed TSH and high free T4 left unexplained")
def dsm_p2(cid):
    b = B(cid, "ihs2")
    md = b.prac("Running Crane", "Jolene", "1952384106", "DO, Family Medicine")
    bh = b.prac("Holt", "Evan", "1396117254", "PMHNP")
    chr_ = b.prac("Old Coyote", "Marla", "1021976604", "CHR")
    b.patient("Bird In Ground", "Tanya", "female", "1992-05-03", "SGT-018837", "Browning", "MT", "59417", race=("1002-5", "American Indian or Alaska Native"), gp=md)
    ihs = b.organization("Indian Health Service", "govt")
    mcd = b.organization("Montana Medicaid", "pay")
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "SG-018837", start="2000-01-01")
    b.coverage(mcd, ("PUBLICPOL", "public healthcare"), "MT0039918271")
    e1 = b.enc("2026-08-04", "AMB", "Walk-in / primary care", "heart racing, can't sleep, shaky", prac=md)
    e2 = b.enc("2026-08-25", "VR", "Behavioral health telehealth", "anxiety", prac=bh)
    e3 = b.enc("2026-10-13", "AMB", "Primary care follow-up", "still shaky, losing weight", prac=md)
    e4 = b.enc("2026-10-20", "VR", "Behavioral health telehealth", "anxiety f/u", prac=bh)
    e5 = b.enc("2026-11-05", "HH", "CHR home visit", "wellness check", prac=chr_)
    gad = b.cond(cc(("icd", "F41.1", "Generalized anxiety disorder"), text="Anxiety"), "2026-08-04", enc=e1, asserter=md)
    b.cond({"text": "Gestational diabetes (2019), resolved postpartum"}, "2019-03-01", status="resolved", abate="2019-09-01")
    b.cond({"text": "Tobacco use - quit 2022"}, "2010-01-01", status="inactive")
    for d, e, w, hr, s, dd in (("2026-08-04", e1, 68.2, 108, 128, 70), ("2026-10-13", e3, 63.0, 114, 134, 68)):
        b.vitals(d, e, s, dd, hr, w)
    b.vitals("2026-11-05", e5, 130, 66, 116, 61.2)
    g7 = cc(("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"))
    b.score("2026-08-04", g7, 14, e1)
    b.score("2026-10-20", g7, 15, e4)
    b.labs("2026-08-04", e1, hgb=12.9, wbc=6.8, glu=(94,), na=139, k=3.9)
    b.labs("2026-10-13", e3, tsh=(0.01, None, "L"), ft4=3.9, alt=44)
    b.med(rx("sertraline50"), "2026-08-04", status="stopped", dose="50 mg daily", reason="anxiety", prac=md, note="increased to 100 mg 10/20/2026")
    b.med(rx("sertraline100"), "2026-10-20", dose="100 mg daily", reason="anxiety", prac=bh)
    b.med(rx("hydroxyzine"), "2026-08-04", dose="25 mg at bedtime PRN", reason="anxiety/insomnia", prac=md)
    b.note("2026-08-04", "progress", """Walk-in. 34F c/o heart racing, shaky hands, can't sleep x 1 mo. Stress - lost her uncle in June, 3 kids at home. HR 108. GAD-7 14. Lungs clear.
A: Anxiety. P: sertraline 50, hydroxyzine qhs, BH referral. Labs.""", md, e1)
    b.note("2026-10-13", "progress", """F/u. Still shaky, sweating, heat bothering her, loose stools 3-4x/day. Down 5 kg. HR 114, fine tremor. Says sertraline not helping.
A: anxiety, not improved. P: continue SSRI, BH to adjust. TSH/FT4 drawn.""", md, e3)
    b.note("2026-10-20", "progress", """BH telehealth. GAD-7 15. Persistent restlessness, palpitations, insomnia. Denies SI. Increase sertraline to 100 mg. CBT skills. F/u 4 wks.""", bh, e4)
    b.note("2026-11-05", "nurse", """CHR home visit. Client says she keeps losing weight, eating a lot but clothes loose. Hands shaking holding cup. Pulse 116. Weight on home scale 61 kg. Told her to keep clinic appt. Message sent to provider.""", chr_, e5)
    return b


@case("dsm_p3", "cv1", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Asthma active on the problem list for 15 months while dyspnoea persists despite inhalers; spirometry is normal without bronchodilator response and NT-proBNP is 2,140 pg/mL with orthopnoea and oedema, findings asthma does not explain.",
      "Cardiology intake: long-standing 'asthma' label, normal spirometry and high NT-proBNP with orthopnoea/oedema")
def dsm_p3(cid):
    b = B(cid, "cv1")
    hf = b.prac("Szymanski", "Adam", "1710928445", "MD, Advanced Heart Failure & Transplant Cardiology")
    pcp = b.prac("Reyes", "Maribel", "1588764230", "MD, Internal Medicine")
    pcporg = b.organization("Northwest Side Community Health", ident="1245398762")
    b.patient("Thompson", "Marcus D", "male", "1977-10-02", "LHV-3390217", "Chicago", "IL", "60634", phone="773-555-0166", gp=pcp)
    ins = b.organization("Blue Cross and Blue Shield of Illinois", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "XOF903377114", plan=("BCBSIL-HMO", "Blue Precision HMO"))
    e0 = b.enc("2025-08-19", "AMB", "Primary care visit (outside records)", "Shortness of breath, cough at night", prac=pcp, org=pcporg)
    e1 = b.enc("2026-03-10", "AMB", "Primary care visit (outside records)", "Asthma not controlled", prac=pcp, org=pcporg)
    e2 = b.enc("2026-09-22", "AMB", "Pulmonary function lab", "Spirometry pre/post bronchodilator", org=pcporg)
    e3 = b.enc("2026-11-24", "AMB", "Heart failure clinic new consult", "Dyspnea, elevated NT-proBNP", prac=hf, cpt=("99205", "Office or other outpatient visit, new patient, high MDM"))
    b.cond(cc(("icd", "J45.909", "Unspecified asthma, uncomplicated"), ("sct", "195967001", "Asthma")), "2025-08-19", enc=e0, asserter=pcp)
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2019-01-01")
    b.cond(cc(("icd", "E66.9", "Obesity, unspecified")), "2019-01-01")
    b.cond(cc(("sct", "161891005", "Backache")), "2023-02-01", status="resolved", abate="2023-04-01")
    b.cond(cc(("sct", "267036007", "Dyspnea"), ("icd", "R06.01", "Orthopnea"), text="Dyspnea with 2-pillow orthopnea"), "2025-07-01", cat="encounter-diagnosis", recorded="2026-11-24", enc=e3)
    b.cond(cc(("icd", "R60.0", "Localized edema"), text="Bilateral ankle edema"), "2026-06-01", cat="encounter-diagnosis", recorded="2026-11-24", enc=e3)
    b.vitals("2025-08-19", e0, 142, 90, 92, 108.0, 34.1, spo2=97)
    b.vitals("2026-03-10", e1, 138, 88, 98, 110.4, 34.8, spo2=96)
    b.vitals("2026-11-24", e3, 132, 86, 104, 113.9, 35.9, spo2=95)
    f1 = b.obs("2026-09-22", cc(("loinc", "19926-5", "FEV1/FVC")), 79, "%", ref=(70, None), interp="N", cat="procedure", enc=e2)
    f2 = b.obs("2026-09-22", cc(("loinc", "20150-9", "FEV1")), 3.61, "L", interp="N", cat="procedure", enc=e2, note="96% predicted; post-bronchodilator change +2% (not significant)")
    b.dr("2026-09-22", cc(("cpt", "94060", "Bronchodilation responsiveness, spirometry as in 94010, pre- and post-bronchodilator administration"), text="Spirometry pre/post bronchodilator"),
         "Normal spirometry. No obstruction. No significant bronchodilator response. Does not support asthma; consider alternative causes of dyspnea.", [f1, f2], cat=("PF", "Pulmonary Function"))
    b.labs("2026-11-10", None, ntprobnp=2140, creat=1.2, egfr=(74,), na=137, k=4.4, hgbm=14.6, tsh=1.8)
    b.obs("2026-11-24", cc(b.local("ECG-INT", "ECG interpretation")), "Sinus tachycardia 104, left bundle branch block (QRS 148 ms), no prior for comparison", cat="procedure", enc=e3, interp="A")
    b.sr(cc(("cpt", "93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"), text="TTE - dyspnea, elevated NT-proBNP, new LBBB"), "2026-11-24", occ="2026-12-03", requester=hf, enc=e3)
    b.med(rx("fluticasone_salmeterol"), "2025-08-19", dose="1 inhalation twice daily", reason="asthma", prac=pcp)
    b.med(rx("albuterol"), "2025-08-19", dose="2 puffs q4h PRN; using 3-4x/day", reason="asthma", prac=pcp)
    b.med(rx("hctz"), "2019-01-01", kind="MedicationStatement", dose="25 mg daily")
    b.note("2026-03-10", "progress", """(outside PCP record) Asthma not well controlled: SOB walking 1 block, wakes up at night coughing, needs 2 pillows. Using albuterol 3-4x/d. Continue Advair, add montelukast? Spirometry ordered. Ankles a little swollen - likely from sitting at work.""", pcp, e1)
    b.note("2026-11-24", "consult", """HEART FAILURE CLINIC - NEW CONSULT
Referred by Dr. Reyes for NT-proBNP 2140. Labeled asthma since 8/2025 (no prior spirometry); on fluticasone/salmeterol + albuterol without benefit. Now DOE at 1 block, 2-pillow orthopnea, PND 2-3x/week, ankle edema, 6 kg weight gain this year.
Exam: HR 104, BP 132/86, JVP 12 cm, S3, bibasilar crackles, 2+ pitting edema to mid-shin. No wheeze.
Data: spirometry 9/2026 normal, no BD response. ECG sinus tach with LBBB (new). NT-proBNP 2140.
Assessment: dyspnea/orthopnea/edema with high NT-proBNP and LBBB, normal spirometry - presentation not explained by asthma; suspect cardiomyopathy - evaluation pending.
Plan: TTE 12/3, start furosemide 20 mg if echo confirms, BMP in 1 week, return after echo.""", hf, e3)
    return b


@case("dsm_n1", "dr1", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "The catch-all 'dermatitis, unspecified' (L30.9) lasted only five weeks before a skin biopsy established psoriasis vulgaris, which explains the plaques; the placeholder was resolved and PASI fell from 9.8 to 2.6 on topical therapy.",
      "Dermatology: unspecified dermatitis replaced by biopsy-proven psoriasis, improving on topicals")
def dsm_n1(cid):
    b = B(cid, "dr1")
    de = b.prac("Okonkwo", "Adaeze", "1447205983", "MD, Dermatology")
    dp = b.prac("Sato", "Kenji", "1356418890", "MD, Dermatopathology")
    b.patient("Ferreira", "Lucas A", "male", "1997-01-11", "CDR-0527741", "Tacoma", "WA", "98405", phone="253-555-0104")
    ins = b.organization("Premera Blue Cross", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "PBC776120544", plan=("PREM-HERIT", "Heritage Plus"))
    e1 = b.enc("2026-02-10", "AMB", "Dermatology new patient", "Scaly rash elbows, knees, scalp", prac=de, cpt=("99203", "Office or other outpatient visit, new patient, low MDM"))
    e2 = b.enc("2026-03-17", "AMB", "Dermatology procedure visit", "Skin biopsy", prac=de, cpt=("11104", "Punch biopsy of skin, single lesion"))
    e3 = b.enc("2026-03-24", "AMB", "Dermatology follow-up", "Biopsy results", prac=de, cpt=("99213", "Office or other outpatient visit, established patient, low MDM"))
    e4 = b.enc("2026-07-14", "AMB", "Dermatology follow-up", "Psoriasis", prac=de, cpt=("99213", "Office or other outpatient visit, established patient, low MDM"))
    e5 = b.enc("2026-11-03", "AMB", "Dermatology follow-up", "Psoriasis", prac=de, cpt=("99213", "Office or other outpatient visit, established patient, low MDM"))
    b.cond(cc(("icd", "L30.9", "Dermatitis, unspecified")), "2026-01-15", status="resolved", abate="2026-03-24", recorded="2026-02-10", enc=e1,
           note="Working diagnosis pending biopsy; superseded by psoriasis vulgaris 3/24/2026")
    pso = b.cond(cc(("icd", "L40.0", "Psoriasis vulgaris"), ("sct", "200965009", "Plaque psoriasis")), "2026-03-24", enc=e3, asserter=de)
    b.cond(cc(("sct", "14760008", "Constipation")), "2022-01-01", status="resolved", abate="2022-03-01")
    b.cond(cc(("icd", "F41.1", "Generalized anxiety disorder")), "2021-05-01")
    b.proc(cc(("cpt", "11104", "Punch biopsy of skin (including simple closure, when performed); single lesion"), text="4 mm punch biopsy left extensor forearm"), "2026-03-17", performer=de, enc=e2)
    b.dr("2026-03-20", cc(("loinc", "11526-1", "Pathology study"), text="Dermatopathology report"),
         "Skin, left forearm, punch: psoriasiform epidermal hyperplasia with confluent parakeratosis, neutrophils in stratum corneum (Munro microabscesses), hypogranulosis and dilated papillary dermal capillaries. PAS negative for fungal organisms. Diagnosis: consistent with psoriasis vulgaris.",
         cat=("SP", "Surgical Pathology"), performer=dp)
    pasi = cc(b.local("PASI", "Psoriasis Area and Severity Index (PASI)"))
    bsa = cc(b.local("BSA-PSO", "Body surface area involved, psoriasis"))
    for d, e, p, s in (("2026-03-24", e3, 9.8, 8), ("2026-07-14", e4, 4.1, 3), ("2026-11-03", e5, 2.6, 2)):
        b.score(d, pasi, p, e, cat="exam")
        b.obs(d, bsa, s, "%", cat="exam", enc=e)
    b.med(rx("clobetasol"), "2026-03-24", dose="apply to scalp and plaques twice daily on weekdays, weekends off", reason="psoriasis", prac=de)
    b.med(rx("calcipotriene"), "2026-03-24", dose="apply to plaques daily", reason="psoriasis", prac=de)
    b.med(rx("sertraline50"), "2021-06-01", kind="MedicationStatement", dose="50 mg daily")
    b.note("2026-02-10", "progress", """New pt. 29M with 4 wk scaly pruritic plaques on elbows, knees, scalp. Ddx psoriasis vs nummular eczema vs tinea. KOH negative. Provisional dx dermatitis NOS; TAC trial; biopsy if not clearing.""", de, e1)
    b.note("2026-11-03", "progress", """Psoriasis f/u. Plaques almost clear on clobetasol/calcipotriene; PASI 2.6, BSA 2%. No joint pain, no nail pitting. Continue topicals; reviewed PsA symptoms. RTC 6 mo.""", de, e5)
    return b


@case("dsm_n2", "ihs3", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "A child given the catch-all 'viral infection, unspecified' (B34.9) with negative rapid influenza/COVID testing; symptoms resolved within a week at the CHR follow-up and the label was resolved, so it neither persisted nor left unexplained symptoms.",
      "Tribal paediatrics: 'viral syndrome' label, symptoms resolved within a week")
def dsm_n2(cid):
    b = B(cid, "ihs3")
    md = b.prac("Whitehorse", "Delphine", "1679201348", "MD, Pediatrics")
    chr_ = b.prac("Lente", "Corey", "1184906621", "CHR")
    b.patient("Tso", "Jalen", "male", "2017-03-21", "CR-220419", "Whitehorse", "NM", "87313", race=("1002-5", "American Indian or Alaska Native"), gp=md)
    ihs = b.organization("Indian Health Service", "govt")
    mcd = b.organization("New Mexico Medicaid (Turquoise Care) - Child", "pay")
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "CR-220419", start="2017-03-21")
    b.coverage(mcd, ("PUBLICPOL", "public healthcare"), "NM9920137745", start="2017-04-01")
    e1 = b.enc("2026-04-08", "AMB", "Well child check 9 yr", "WCC", prac=md)
    e2 = b.enc("2026-10-20", "AMB", "Walk-in clinic", "fever, body aches, cough x2 days", prac=md)
    e3 = b.enc("2026-10-27", "HH", "CHR home visit", "post-illness check", prac=chr_)
    b.cond(cc(("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2021-09-01")
    b.cond({"text": "Otitis media, L (2023)"}, "2023-01-10", status="resolved", abate="2023-01-24")
    b.cond(cc(("icd", "B34.9", "Viral infection, unspecified"), text="Viral syndrome"), "2026-10-18", status="resolved", abate="2026-10-27", cat="encounter-diagnosis", recorded="2026-10-20", enc=e2)
    b.vitals("2026-04-08", e1, 98, 60, 88, 30.2, 17.1)
    b.obs("2026-04-08", cc(("loinc", "8302-2", "Body height")), 133.0, "cm", cat="vital-signs", enc=e1)
    b.vitals("2026-10-20", e2, 102, 62, 118, 30.8, spo2=97, temp=38.6, rr=24)
    b.vitals("2026-10-27", e3, hr=86, temp=36.8)
    b.qual("2026-10-20", cc(("loinc", "80382-5", "Influenza virus A Ag [Presence] in Upper respiratory specimen by Rapid immunoassay")), "Negative", e2)
    b.qual("2026-10-20", cc(("loinc", "80383-3", "Influenza virus B Ag [Presence] in Upper respiratory specimen by Rapid immunoassay")), "Negative", e2)
    b.qual("2026-10-20", cc(("loinc", "94558-4", "SARS-CoV-2 (COVID-19) Ag [Presence] in Respiratory specimen by Rapid immunoassay")), "Negative", e2)
    b.qual("2026-10-20", cc(("loinc", "78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay")), "Negative", e2)
    b.med(rx("ibuprofen_susp"), "2026-10-20", status="completed", dose="10 mg/kg q6-8h PRN fever x 5 days", prac=md)
    b.med(rx("albuterol"), "2021-09-01", dose="2 puffs with spacer q4h PRN wheeze", prac=md)
    b.imm("2026-04-08", "115", "Tdap")
    b.imm("2026-10-20", "150", "Influenza, injectable, quadrivalent, preservative free")
    b.note("2026-10-20", "progress", """Walk-in. 9 yo M, 2 days fever to 39, myalgias, dry cough, sore throat. Sibling sick with same. Exam: mild pharyngeal erythema, lungs clear no wheeze, TMs normal. Rapid flu A/B, COVID, strep all negative.
A: viral syndrome. P: supportive care, ibuprofen, fluids, albuterol PRN, return if SOB or fever > 5 days. CHR home check in 1 week.""", md, e2)
    b.note("2026-10-27", "nurse", """CHR home visit. Jalen afebrile since 10/23, eating well, back to school 10/26. Mild cough only in the morning, no wheeze per mom. Albuterol not needed. No further concerns.""", chr_, e3)
    return b
