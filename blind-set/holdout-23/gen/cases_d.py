from lib import B, cc, q
from cases_a import case, rx, RX
from cases_c import comm

RX.update({
    "etanercept": ("809160", "etanercept 50 MG/ML Prefilled Syringe"),
    "mtx_inj": ("1441411", "methotrexate 25 MG/ML Injectable Solution"),
    "dupilumab": ("1876387", "dupilumab 300 MG/2ML Prefilled Syringe"),
    "tac_oint": ("106257", "triamcinolone acetonide 1 MG/ML Topical Ointment"),
    "glipizide": ("310490", "glipizide 5 MG Oral Tablet"),
    "escitalopram": ("351249", "escitalopram 10 MG Oral Tablet"),
    "escitalopram20": ("351285", "escitalopram 20 MG Oral Tablet"),
    "mmf": ("311627", "mycophenolate mofetil 500 MG Oral Tablet"),
    "nifedipine": ("672916", "nifedipine 30 MG 24HR Extended Release Oral Tablet"),
    "topiramate": ("199890", "topiramate 50 MG Oral Tablet"),
    "fluticasone_nasal": ("1797907", "fluticasone propionate 0.05 MG/ACTUAT Nasal Spray"),
    "cpap": (None, "CPAP nightly"),
})


# ---------------------------------------------------------------- WORSENING DESPITE TREATMENT
@case("wdt_p1", "dr3", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "Seropositive RA on etanercept plus methotrexate continuously since 2024 (refills confirmed); DAS28-ESR rose 3.3 -> 4.1 -> 4.9 -> 5.3 over nine months (change 2.0, above the 1.2 MCID).",
      "Rheumatology: RA on etanercept + methotrexate with DAS28 rising by 2.0 over nine months")
def wdt_p1(cid):
    b = B(cid, "dr3")
    rh = b.prac("Abernathy", "Colleen", "1083665172", "MD, Rheumatology")
    b.patient("Ostrowski", "Janet K", "female", "1971-12-08", "NSR-0077615", "Duluth", "MN", "55811", phone="218-555-0172")
    ins = b.organization("Blue Cross and Blue Shield of Minnesota", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "XZM300118842", plan=("BCBSMN-AWARE", "Aware Network"))
    encs = []
    for d in ("2026-02-10", "2026-05-12", "2026-08-11", "2026-11-10"):
        encs.append(b.enc(d, "AMB", "Rheumatology follow-up", "RA", prac=rh, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM")))
    ra = b.cond(cc(("icd", "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), ("sct", "69896004", "Rheumatoid arthritis")), "2021-03-01", asserter=rh)
    b.cond(cc(("icd", "E66.9", "Obesity, unspecified")), "2015-01-01")
    b.cond(cc(("icd", "F32.A", "Depression, unspecified")), "2019-01-01", status="remission")
    b.cond(cc(("icd", "J01.90", "Acute sinusitis, unspecified")), "2025-12-01", status="resolved", abate="2025-12-15")
    das = cc(b.local("DAS28-ESR", "DAS28-ESR disease activity score"))
    sjc = cc(b.local("SJC28", "Swollen joint count (28)"))
    tjc = cc(b.local("TJC28", "Tender joint count (28)"))
    for (d, e), v, s, t, esr in zip(zip(("2026-02-10", "2026-05-12", "2026-08-11", "2026-11-10"), encs), (3.3, 4.1, 4.9, 5.3), (2, 4, 7, 9), (3, 6, 9, 11), (18, 24, 34, 38)):
        b.score(d, das, v, e, cat="exam")
        b.obs(d, sjc, s, "{count}", cat="exam", enc=e)
        b.obs(d, tjc, t, "{count}", cat="exam", enc=e)
        b.lab(d, "esr", esr, e, ref=(0, 30))
    b.labs("2026-11-10", encs[-1], crp=18, alt=28, creat=(0.7, (0.5, 1.1)), wbc=7.9, hgb=11.9)
    b.med(rx("etanercept"), "2024-09-03", dose="50 mg SC weekly", reason="RA", prac=rh)
    b.med(rx("mtx_inj"), "2023-01-10", dose="20 mg SC weekly", reason="RA", prac=rh)
    b.med(rx("folic"), "2023-01-10", dose="1 mg daily", prac=rh)
    b.med(rx("prednisone5"), "2026-08-11", dose="5 mg daily bridge", prac=rh)
    b.note("2026-08-11", "progress", """RA f/u. Etanercept 50 weekly since 9/2024 + MTX 20 SC weekly since 2023 - specialty pharmacy confirms on-time fills, patient injects Sundays, no missed doses. Flare since spring: DAS28-ESR 4.9 (3.3 in Feb). Added prednisone 5 bridge. Discuss switching mechanism next visit.""", rh, encs[2])
    b.note("2026-11-10", "progress", """RA f/u. Worse: 9 swollen/11 tender joints, AM stiffness 2 h, DAS28-ESR 5.3 (3.3 -> 4.1 -> 4.9 -> 5.3 this year) despite continuous etanercept + MTX with good adherence and prednisone 5. Secondary non-response to TNF inhibitor. Plan: prior auth for switch (abatacept vs JAK), continue current until approved.""", rh, encs[3])
    return b


@case("wdt_p2", "ihs2", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "Type 2 diabetes with HbA1c rising 8.1 -> 9.0 -> 10.2% over eight months while metformin and insulin glargine were active throughout (well above the 0.5% MCID).",
      "Tribal diabetes programme: HbA1c rising by 2.1% on metformin + glargine")
def wdt_p2(cid):
    b = B(cid, "ihs2")
    md = b.prac("Running Crane", "Jolene", "1952384106", "DO, Family Medicine")
    ce = b.prac("Wagner", "Lynn", "1326174058", "CDCES")
    chr_ = b.prac("Old Coyote", "Marla", "1021976604", "CHR")
    b.patient("Wolf Tail", "Dennis", "male", "1974-04-15", "SGT-009183", "Browning", "MT", "59417", race=("1002-5", "American Indian or Alaska Native"), gp=md)
    ihs = b.organization("Indian Health Service", "govt")
    mcd = b.organization("Montana Medicaid", "pay")
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "SG-009183", start="1990-01-01")
    b.coverage(mcd, ("PUBLICPOL", "public healthcare"), "MT0011772093")
    e1 = b.enc("2026-03-10", "AMB", "Diabetes clinic", "DM", prac=md)
    e2 = b.enc("2026-07-07", "AMB", "Diabetes clinic + diabetes education", "DM", prac=ce)
    e3 = b.enc("2026-09-15", "HH", "CHR home visit", "glucose log review", prac=chr_)
    e4 = b.enc("2026-11-03", "AMB", "Diabetes clinic", "DM uncontrolled", prac=md)
    dm = b.cond(cc(("icd", "E11.65", "Type 2 diabetes mellitus with hyperglycemia")), "2010-01-01")
    b.cond({"text": "HTN"}, "2012-01-01")
    b.cond({"text": "Hyperlipidemia"}, "2012-01-01")
    b.cond({"text": "L hand laceration 2024"}, "2024-06-01", status="resolved", abate="2024-06-20")
    for d, e, a in (("2026-03-10", e1, 8.1), ("2026-07-07", e2, 9.0), ("2026-11-03", e4, 10.2)):
        b.lab(d, "hba1c", a, e)
    b.labs("2026-11-03", e4, glu=(248,), creat=1.0, egfr=(90,), uacr=(24,), ldl=92)
    for d, e, w in (("2026-03-10", e1, 101.0), ("2026-07-07", e2, 102.4), ("2026-11-03", e4, 103.1)):
        b.vitals(d, e, 132, 82, 80, w)
    b.obs("2026-09-15", cc(b.local("SMBG-FAST-AVG", "Self-monitored fasting glucose, 14-day average")), 212, "mg/dL", cat="survey", enc=e3)
    b.med(rx("metformin1000"), "2012-01-01", dose="1000 mg BID", reason="DM2", prac=md)
    b.med(rx("insulin_glargine"), "2022-05-01", dose="40 units at bedtime (up from 30 in 7/2026)", reason="DM2", prac=md)
    b.med(rx("lisinopril20"), "2013-01-01", dose="20 mg daily", prac=md)
    b.med(rx("atorva20"), "2013-01-01", dose="20 mg daily", prac=md)
    b.note("2026-07-07", "progress", """Diabetes education. A1c 9.0 (8.1 in March). Reviewed glargine technique - correct. Pharmacy fill history: metformin and insulin filled monthly on time. Diet: more store food since grocery closed in town. Glargine titrated 30 -> 40 units.""", ce, e2)
    b.note("2026-09-15", "nurse", """CHR visit. Meter log fasting 180-240. Taking insulin every night, pills twice a day. Pen supply ok. Walking less, knee sore.""", chr_, e3)
    b.note("2026-11-03", "progress", """DM f/u. A1c 10.2 despite adherence to metformin 1000 BID and glargine 40 units (verified by fills and CHR). No hypoglycemia. Polyuria, blurry vision. Plan: add GLP-1 RA (PA submitted), consider prandial insulin, teleophthalmology exam, RTC 6 wks.""", md, e4)
    return b


@case("wdt_p3", "cv1", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "HFrEF on guideline-directed therapy (sacubitril/valsartan, carvedilol, spironolactone, dapagliflozin) continuously all year; KCCQ-12 fell 68 -> 55 -> 41 over seven months (>> 5-point MCID), NYHA II -> III, NT-proBNP rising.",
      "Heart failure clinic: KCCQ falling 27 points and NYHA worsening despite quadruple GDMT")
def wdt_p3(cid):
    b = B(cid, "cv1")
    hf = b.prac("Szymanski", "Adam", "1710928445", "MD, Advanced Heart Failure & Transplant Cardiology")
    rn = b.prac("Kowalski", "Dana", "1124097731", "RN, Heart Failure Nurse")
    b.patient("Jackson", "Lamont T", "male", "1966-08-21", "LHV-7702184", "Gary", "IN", "46403", phone="219-555-0138")
    ins = b.organization("Anthem Blue Cross and Blue Shield", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "YRK488120933", plan=("ANTHEM-PPO", "Anthem Blue Access PPO"))
    encs = [b.enc(d, "AMB", "Heart failure clinic", "HFrEF", prac=hf, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM")) for d in ("2026-04-14", "2026-07-14", "2026-11-10")]
    hfc = b.cond(cc(("icd", "I50.22", "Chronic systolic (congestive) heart failure"), ("sct", "703272007", "Heart failure with reduced ejection fraction")), "2023-02-01", note="Nonischemic DCM, LVEF 30%")
    b.cond(cc(("icd", "I42.0", "Dilated cardiomyopathy")), "2023-02-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2010-01-01")
    b.cond(cc(("icd", "J20.9", "Acute bronchitis, unspecified")), "2025-01-10", status="resolved", abate="2025-01-25")
    kccq = cc(b.local("KCCQ12-OS", "KCCQ-12 overall summary score"))
    nyha = cc(("loinc", "88020-3", "Functional capacity NYHA"))
    for e, d, k, n, bnp, w in zip(encs, ("2026-04-14", "2026-07-14", "2026-11-10"), (68, 55, 41), ("NYHA class II", "NYHA class II-III", "NYHA class III"), (890, 1650, 2400), (94.0, 95.8, 97.9)):
        b.score(d, kccq, k, e)
        b.obs(d, nyha, {"text": n}, cat="exam", enc=e)
        b.lab(d, "ntprobnp", bnp, e)
        b.vitals(d, e, 108, 68, 66, w)
    b.labs("2026-11-10", encs[-1], creat=1.3, egfr=(64,), k=4.8, na=136, hgbm=13.9)
    lv = b.obs("2026-10-20", cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), 28, "%", ref=(52, 72), interp="L", cat="imaging")
    b.dr("2026-10-20", cc(("cpt", "93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"), text="TTE"), "Dilated LV (LVIDd 6.6 cm), LVEF 28% (30% 2025). Moderate functional MR. RVSP 44.", [lv])
    b.dr("2026-09-02", cc(("cpt", "93295", "Interrogation device evaluation(s) (remote), up to 90 days; single, dual, or multiple lead implantable defibrillator system"), text="Remote ICD interrogation"),
         "Single-chamber ICD (primary prevention 2024). No VT/VF. Activity trend declining; OptiVol threshold crossed 8/2026.", cat=("EC", "Electrocardiac"))
    for k, d, dose in (("entresto", "2023-06-01", "97/103 mg BID"), ("carvedilol", "2023-03-01", "25 mg BID"), ("spironolactone", "2023-06-01", "25 mg daily"), ("dapagliflozin", "2024-01-10", "10 mg daily"), ("furosemide40", "2023-02-01", "40 mg BID (increased 8/2026)")):
        b.med(rx(k), d, dose=dose, reason="HFrEF", prac=hf)
    b.note("2026-11-10", "progress", """HF clinic. 60M NICM EF 28%, on maximally tolerated quadruple GDMT all year (ARNI 97/103, carvedilol 25 BID, spironolactone 25, dapagliflozin 10) - pharmacy fills and pill counts confirm adherence. Progressive decline: KCCQ-12 68 (Apr) -> 55 (Jul) -> 41 (Nov), NYHA II -> III, NT-proBNP 890 -> 2400, weight up 4 kg despite furosemide increase.
Plan: CPET and right heart cath for advanced therapy evaluation to be scheduled; QRS 118 ms - not CRT candidate. RTC 4 weeks.""", hf, encs[-1])
    return b


@case("wdt_n1", "dr1", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "EASI rose 6 -> 14 -> 23 in a 12-year-old, but only after dupilumab lapsed (insurance loss, last dose 2026-04-20) and before it was restarted in October; treatment was not running during the decline, and EASI improved after restart.",
      "Paediatric dermatology: atopic dermatitis flared during a dupilumab coverage lapse, improving after restart")
def wdt_n1(cid):
    b = B(cid, "dr1")
    de = b.prac("Okonkwo", "Adaeze", "1447205983", "MD, Dermatology (Pediatric)")
    b.patient("Kim", "Ethan J", "male", "2014-05-19", "CDR-0611094", "Renton", "WA", "98055", phone="425-555-0198")
    mcd = b.organization("Apple Health (Washington Medicaid) - Molina", "pay")
    b.coverage(mcd, ("PUBLICPOL", "public healthcare"), "WA118820045", start="2026-10-01")
    e1 = b.enc("2026-03-10", "AMB", "Pediatric dermatology follow-up", "Atopic dermatitis on dupilumab", prac=de, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-07-07", "AMB", "Pediatric dermatology follow-up", "AD flare - off dupilumab", prac=de, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-10-06", "AMB", "Pediatric dermatology follow-up", "AD severe flare", prac=de, cpt=("99215", "Office or other outpatient visit, established patient, high MDM"))
    e4 = b.enc("2026-11-24", "AMB", "Pediatric dermatology follow-up", "AD after dupilumab restart", prac=de, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    ad = b.cond(cc(("icd", "L20.89", "Other atopic dermatitis"), ("sct", "24079001", "Atopic dermatitis")), "2015-01-01")
    b.cond(cc(("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2018-01-01")
    b.cond(cc(("icd", "T78.01XA", "Anaphylactic reaction due to peanuts, initial encounter"), text="Peanut allergy"), "2016-01-01")
    b.cond(cc(("icd", "L01.00", "Impetigo, unspecified")), "2026-09-20", status="resolved", abate="2026-10-06")
    b.allergy(cc(("sct", "91935009", "Allergy to peanut")), "high", "anaphylaxis", "2016-03-01")
    easi = cc(b.local("EASI", "Eczema Area and Severity Index (EASI)"))
    poem = cc(b.local("POEM", "Patient-Oriented Eczema Measure (POEM)"))
    for d, e, v, p in (("2026-03-10", e1, 6, 7), ("2026-07-07", e2, 14, 15), ("2026-10-06", e3, 23, 22), ("2026-11-24", e4, 12, 11)):
        b.score(d, easi, v, e, cat="exam")
        b.score(d, poem, p, e)
    b.med(rx("dupilumab"), "2024-06-01", kind="MedicationStatement", status="stopped", end="2026-04-20", dose="300 mg SC every 4 weeks",
          note="Last dose 4/20/2026. Family lost employer coverage 5/2026; specialty pharmacy unable to dispense. Gap until 10/2026.")
    b.med(rx("dupilumab"), "2026-10-06", dose="300 mg SC every 4 weeks (restart; Apple Health PA approved 10/2026)", reason="Atopic dermatitis", prac=de)
    b.med(rx("tac_oint"), "2026-07-07", dose="apply BID to body flares x 2 weeks then weekends", prac=de)
    b.med((None, "epinephrine 0.3 mg auto-injector"), "2016-03-01", dose="0.3 mg IM PRN anaphylaxis", prac=de)
    b.note("2026-07-07", "progress", """Peds derm. AD flaring since dupilumab stopped in April (insurance lapse - dad changed jobs). EASI 14 (6 on dupilumab in March). TAC ointment, bleach baths. Social work referral for Apple Health application.""", de, e2)
    b.note("2026-11-24", "progress", """Dupilumab restarted 10/6 after Apple Health approval. EASI 12 (23 at restart), POEM 11, sleeping through the night. Impetigo cleared. Continue dupilumab q4wk, TAC PRN.""", de, e4)
    return b


@case("wdt_n2", "ihs3", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "Depression on escitalopram throughout with PHQ-9 11 -> 12 -> 14 over seven months; a 3-point change is below the 5-point MCID, and no other criterion applies.",
      "Tribal behavioural health: PHQ-9 drifting up 3 points on escitalopram (below MCID)")
def wdt_n2(cid):
    b = B(cid, "ihs3")
    bh = b.prac("Silversmith", "Andrea", "1033681447", "PMHNP")
    md = b.prac("Nakai", "Gilbert", "1215593846", "MD, Family Medicine")
    b.patient("Chavez", "Loretta A", "female", "1985-02-14", "CR-0172258", "Gallup", "NM", "87301", race=("1002-5", "American Indian or Alaska Native"), gp=md)
    ihs = b.organization("Indian Health Service", "govt")
    mcd = b.organization("New Mexico Medicaid (Turquoise Care)", "pay")
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "CR-0172258", start="1990-01-01")
    b.coverage(mcd, ("PUBLICPOL", "public healthcare"), "NM5530298817")
    e1 = b.enc("2026-04-21", "VR", "Behavioral health telehealth", "depression", prac=bh)
    e2 = b.enc("2026-07-21", "VR", "Behavioral health telehealth", "depression", prac=bh)
    e3 = b.enc("2026-09-08", "AMB", "Primary care", "annual exam", prac=md)
    e4 = b.enc("2026-11-17", "VR", "Behavioral health telehealth", "depression", prac=bh)
    b.cond(cc(("icd", "F33.1", "Major depressive disorder, recurrent, moderate")), "2019-01-01")
    b.cond({"text": "Prediabetes"}, "2022-01-01")
    b.cond({"text": "Obesity"}, "2018-01-01")
    b.cond({"text": "Postpartum depression 2014 - resolved"}, "2014-05-01", status="resolved", abate="2015-02-01")
    phq = cc(("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"))
    for d, e, v in (("2026-04-21", e1, 11), ("2026-07-21", e2, 12), ("2026-11-17", e4, 14)):
        b.score(d, phq, v, e)
    b.score("2026-11-17", cc(("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), 7, e4)
    b.labs("2026-09-08", e3, hba1c=6.1, tsh=2.0, hgb=12.8, b12=(410,), vitd=(24,))
    b.vitals("2026-09-08", e3, 124, 78, 76, 92.0, 34.6)
    b.med(rx("escitalopram"), "2025-10-01", status="stopped", dose="10 mg daily", prac=bh, note="increased to 20 mg 4/2026")
    b.med(rx("escitalopram20"), "2026-04-21", dose="20 mg daily", reason="MDD recurrent", prac=bh)
    b.note("2026-11-17", "progress", """BH telehealth. PHQ-9 14 (11 Apr, 12 Jul). Stressors: holidays, son away at college, seasonal. Sleep fair, appetite ok, no SI. Adherent to escitalopram 20. Attending talking circle at wellness center. Plan: continue, add behavioral activation, light exposure; reassess 6 wks; consider augmentation if PHQ-9 rises further.""", bh, e4)
    b.note("2026-09-08", "progress", """Annual exam. Prediabetes A1c 6.1. Vit D 24 - start D3 2000 IU. Mood 'so-so', follows with BH. Pap up to date. Mammogram referral.""", md, e3)
    return b


# ---------------------------------------------------------------- RARE OR COMPLEX
@case("rcc_p1", "cv3", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Wild-type transthyretin cardiac amyloidosis (E85.82, Orphanet-listed) confirmed by Tc-PYP grade 3 without monoclonal protein, on tafamidis; stable measures and no procedure planned.",
      "Cardiology: wild-type ATTR cardiac amyloidosis on tafamidis")
def rcc_p1(cid):
    b = B(cid, "cv3")
    hf = b.prac("Nakamura", "Rei", "1982640317", "MD, Advanced Heart Failure & Transplant Cardiology")
    b.patient("Fitzgerald", "Raymond A", "male", "1947-11-26", "DSH-2290418", "Sun City", "AZ", "85351", phone="623-555-0115")
    mc = b.organization("Medicare (CMS)", "govt")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "5NW8-KD2-GP14", start="2012-11-01")
    e1 = b.enc("2026-01-20", "AMB", "Amyloid clinic", "Cardiac amyloidosis", prac=hf, cpt=("99215", "Office or other outpatient visit, established patient, high MDM"))
    e2 = b.enc("2026-06-16", "AMB", "Amyloid clinic", "ATTR-CM", prac=hf, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-11-17", "AMB", "Amyloid clinic", "ATTR-CM", prac=hf, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    attr = b.cond(cc(("icd", "E85.82", "Wild-type transthyretin-related (ATTR) amyloidosis"), text="ATTRwt cardiac amyloidosis"), "2025-10-14", asserter=hf)
    b.cond(cc(("icd", "I43", "Cardiomyopathy in diseases classified elsewhere")), "2025-10-14")
    b.cond(cc(("icd", "I50.32", "Chronic diastolic (congestive) heart failure")), "2025-06-01")
    b.cond(cc(("icd", "G56.03", "Carpal tunnel syndrome, bilateral upper limbs"), text="Bilateral carpal tunnel s/p release 2019"), "2017-01-01", status="resolved", abate="2019-08-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2005-01-01", status="inactive", note="Off antihypertensives since 2025 - BP low-normal")
    b.dr("2025-09-30", cc(b.local("TC-PYP", "Tc-99m pyrophosphate cardiac scintigraphy with SPECT")), "Grade 3 myocardial uptake (Perugini), H/CL ratio 1.8 at 1 h; SPECT confirms myocardial uptake. Strongly suggestive of ATTR cardiac amyloidosis.")
    b.dr("2025-10-07", cc(b.local("MONO-PANEL", "Serum/urine immunofixation and free light chains")), "No monoclonal protein on SIFE/UIFE. Kappa/lambda ratio 1.42 (normal for eGFR). AL amyloidosis excluded.", cat=("LAB", "Laboratory"))
    b.dr("2025-10-14", cc(b.local("TTR-SEQ", "TTR gene sequencing")), "No pathogenic TTR variant identified - consistent with wild-type ATTR.", cat=("GE", "Genetics"))
    for d, e, bnp, tn, k in (("2026-01-20", e1, 1820, 48, 61), ("2026-06-16", e2, 1760, 46, 63), ("2026-11-17", e3, 1790, 47, 62)):
        b.lab(d, "ntprobnp", bnp, e, ref=(0, 450))
        b.lab(d, "hstni", tn, e)
        b.score(d, cc(b.local("KCCQ12-OS", "KCCQ-12 overall summary score")), k, e)
    b.labs("2026-11-17", e3, creat=1.2, egfr=(61,), k=4.4, na=139)
    b.vitals("2026-11-17", e3, 112, 68, 72, 77.5)
    b.obs("2026-11-17", cc(("loinc", "88020-3", "Functional capacity NYHA")), {"text": "NYHA class II"}, cat="exam", enc=e3)
    b.med((None, "tafamidis 61 MG Oral Capsule (Vyndamax)"), "2025-11-01", dose="61 mg daily", reason="ATTRwt cardiomyopathy", prac=hf)
    b.med(rx("torsemide"), "2025-06-01", dose="20 mg daily", prac=hf)
    b.med(rx("apixaban"), "2025-10-14", status="stopped", dose="5 mg BID", prac=hf, note="Started 10/2025 for possible AF on outside ECG; stopped 12/2025 after epistaxis - 14-day monitor showed no AF")
    b.note("2026-11-17", "progress", """Amyloid clinic. 79M ATTRwt-CM (PYP grade 3, no monoclonal protein, TTR wild-type), on tafamidis since 11/2025. NYHA II, stable. NT-proBNP 1790 (stable), hsTnI 47, eGFR 61 - NAC stage 2. KCCQ-12 62. No AF on monitor. Continue tafamidis and torsemide 20. Discussed ATTR silencer trials; patient interested in information. RTC 6 months with echo.""", hf, e3)
    return b


@case("rcc_p2", "dr2", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Dermatomyositis (rare, Orphanet-listed) confirmed by skin biopsy and anti-Mi-2 antibodies, treated with IVIG and mycophenolate and improving; no other criterion met.",
      "Rheum/derm: biopsy-proven anti-Mi-2 dermatomyositis on IVIG + mycophenolate")
def rcc_p2(cid):
    b = B(cid, "dr2")
    rh = b.prac("Mouton", "Renee", "1376099240", "MD, Rheumatology")
    de = b.prac("Nguyen", "Thao", "1164738520", "MD, Dermatology")
    dp = b.prac("Hebert", "Louis", "1366830057", "MD, Dermatopathology")
    inf = b.prac("Sonnier", "Kelsey", "1508827730", "RN, Infusion")
    b.patient("Thibodeaux", "Carmen L", "female", "1979-09-23", "GCS-507719", "Thibodaux", "LA", "70301", phone="985-555-0174")
    ins = b.organization("Blue Cross and Blue Shield of Louisiana", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "XUB772019336", plan=("BCBSLA-PPO", "BlueCross PPO"))
    e1 = b.enc("2026-04-14", "AMB", "Dermatology urgent visit", "Rash face, hands; weakness", prac=de, cpt=("99204", "Office or other outpatient visit, new patient, moderate MDM"))
    e2 = b.enc("2026-04-21", "AMB", "Rheumatology new patient (expedited)", "Suspected dermatomyositis", prac=rh, cpt=("99205", "Office or other outpatient visit, new patient, high MDM"))
    e3 = b.enc("2026-08-18", "AMB", "Rheumatology follow-up", "Dermatomyositis", prac=rh, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e4 = b.enc("2026-11-10", "AMB", "Rheumatology follow-up", "Dermatomyositis", prac=rh, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    dmc = b.cond(cc(("icd", "M33.12", "Other dermatomyositis with myopathy"), ("sct", "396230008", "Dermatomyositis")), "2026-04-21", asserter=rh, note="Anti-Mi-2 positive; malignancy screening (CT C/A/P, mammogram, Pap, colonoscopy) negative 5/2026")
    b.cond(cc(("icd", "E78.00", "Pure hypercholesterolemia, unspecified")), "2020-01-01")
    b.cond(cc(("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2021-01-01")
    b.cond({"text": "Kidney stone 2017"}, "2017-06-01", status="resolved", abate="2017-06-15")
    b.proc(cc(("cpt", "11104", "Punch biopsy of skin (including simple closure, when performed); single lesion"), text="Punch biopsy L dorsal hand (Gottron papule)"), "2026-04-14", performer=de, enc=e1)
    b.dr("2026-04-17", cc(("loinc", "11526-1", "Pathology study"), text="Dermatopathology report"),
         "Skin, left dorsal hand, punch: vacuolar interface dermatitis with scattered necrotic keratinocytes, thickened basement membrane and increased dermal mucin (colloidal iron positive). Findings consistent with dermatomyositis in the appropriate clinical context; lupus cannot be excluded histologically.",
         cat=("SP", "Surgical Pathology"), performer=dp)
    b.qual("2026-04-21", cc(b.local("MSA-MI2", "Mi-2 Ab (myositis specific antibody panel)")), "Positive", e2)
    b.qual("2026-04-21", cc(("loinc", "8061-4", "Nuclear Ab [Presence] in Serum")), "Positive", e2)
    for d, e, ck, ald in (("2026-04-21", e2, 4820, 24.0), ("2026-08-18", e3, 610, 9.4), ("2026-11-10", e4, 188, 6.8)):
        b.lab(d, "ck", ck, e)
        b.lab(d, "aldolase", ald, e)
    mmt = cc(b.local("MMT8", "Manual Muscle Testing-8 (MMT-8) total, 0-150"))
    for d, e, v in (("2026-04-21", e2, 112), ("2026-08-18", e3, 134), ("2026-11-10", e4, 144)):
        b.score(d, mmt, v, e, cat="exam")
    b.score("2026-11-10", cc(b.local("CDASI-A", "CDASI activity score")), 6, e4, cat="exam")
    b.obs("2026-05-05", cc(b.local("PFT-DLCO", "DLCO % predicted")), 88, "%", cat="procedure", interp="N")
    b.med(rx("mmf"), "2026-04-28", dose="1500 mg BID", reason="dermatomyositis", prac=rh)
    b.med(rx("prednisone5"), "2026-04-21", dose="tapering - now 7.5 mg daily (from 60 mg)", reason="dermatomyositis", prac=rh)
    b.med(rx("hcq"), "2026-05-05", dose="200 mg BID", reason="cutaneous DM", prac=de)
    b.med((None, "immune globulin (human) 10% IV (Gammagard Liquid)"), "2026-05-12", dose="2 g/kg IV every 4 weeks (HCPCS J1569)", reason="dermatomyositis", prac=rh)
    for d in ("2026-09-15", "2026-10-13", "2026-11-10"):
        b.admin(d, (None, "immune globulin (human) 10% IV", "IVIG 10% (Gammagard Liquid) 70 g"), "70 g IV over 2 days (2 g/kg), HCPCS J1569 x140", prac=inf)
    b.note("2026-11-10", "progress", """Rheum f/u. 47F anti-Mi-2 dermatomyositis dx 4/2026 (heliotrope, Gottron papules, proximal weakness, CK 4820, biopsy c/w DM). Malignancy screen negative. On IVIG monthly, MMF 1500 BID, prednisone taper at 7.5. MMT-8 144/150, CK 188 normal. CDASI 6. DLCO normal, no ILD. Continue; plan IVIG interval extension in 2027.""", rh, e4)
    return b


@case("rcc_p3", "ihs1", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Seven active chronic conditions across at least five specialties (diabetes, diabetic retinopathy, CKD 3b, HFpEF, COPD, depression, knee osteoarthritis), all stable with no planned procedure.",
      "IHS elder: multimorbidity (7 chronic conditions across endocrine, eye, kidney, heart, lung, mental health, joints)")
def rcc_p3(cid):
    b = B(cid, "ihs1")
    md = b.prac("Etsitty", "Harold", "1144226389", "MD, Internal Medicine")
    chr_ = b.prac("Benally", "Corrine", "1013886721", "CHR")
    eye = b.prac("Morgan", "Alicia", "1467220985", "OD, Teleophthalmology (IHS-JVN)")
    ph = b.prac("Sandoval", "Roger", "1861055233", "PharmD, Clinical Pharmacist")
    b.patient("Attakai", "Wilbur", "male", "1955-03-08", "RM-0002217", "Shiprock", "NM", "87420", race=("1002-5", "American Indian or Alaska Native"), gp=md, lang=("nv", "Navajo"))
    ihs = b.organization("Indian Health Service", "govt")
    mc = b.organization("Medicare (CMS)", "govt")
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "IHS-RM-0002217", start="1975-01-01")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "2QA5-TR8-YH36", start="2020-03-01")
    e1 = b.enc("2026-05-19", "AMB", "Chronic care visit", "DM, CKD, HF, COPD", prac=md)
    e2 = b.enc("2026-06-09", "AMB", "Teleretinal imaging (IHS-JVN)", "diabetic eye exam", prac=eye)
    e3 = b.enc("2026-08-25", "AMB", "Pharmacist-led chronic disease clinic", "med reconciliation", prac=ph)
    e4 = b.enc("2026-10-14", "HH", "CHR home visit", "BP, weight, meds", prac=chr_)
    e5 = b.enc("2026-11-17", "AMB", "Chronic care visit", "DM, CKD, HF, COPD, mood", prac=md)
    b.cond(cc(("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2001-01-01")
    b.cond(cc(("icd", "E11.3293", "Type 2 diabetes mellitus with mild nonproliferative diabetic retinopathy without macular edema, bilateral")), "2021-06-01")
    b.cond(cc(("icd", "N18.32", "Chronic kidney disease, stage 3b")), "2022-01-01")
    b.cond({"text": "HFpEF (EF 55%) - chronic diastolic CHF"}, "2023-04-01")
    b.cond(cc(("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified"), text="COPD (wood stove/coal exposure, ex-smoker)"), "2016-01-01")
    b.cond({"text": "Depression, recurrent - stable on sertraline"}, "2019-01-01")
    b.cond(cc(("icd", "M17.0", "Bilateral primary osteoarthritis of knee")), "2015-01-01")
    b.cond({"text": "Influenza A 2025"}, "2025-01-10", status="resolved", abate="2025-01-24")
    for d, e, a1c, egfr in (("2026-05-19", e1, 7.4, 38), ("2026-11-17", e5, 7.3, 37)):
        b.labs(d, e, hba1c=a1c, egfr=egfr, creat=(1.8, (0.7, 1.3)), k=4.7, uacr=(420,))
    b.labs("2026-11-17", e5, ntprobnp=(410, (0, 450)), hgbm=12.6, ldl=74)
    for d, e, w in (("2026-05-19", e1, 84.0), ("2026-10-14", e4, 84.6), ("2026-11-17", e5, 84.3)):
        b.vitals(d, e, 134, 74, 76, w, spo2=93 if d == "2026-11-17" else None)
    phq = cc(("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"))
    b.score("2026-05-19", phq, 6, e1)
    b.score("2026-11-17", phq, 5, e5)
    b.obs("2026-06-09", cc(b.local("JVN-GRADE", "Teleretinal grading (IHS-JVN)")), {"text": "Mild NPDR OU, no DME. Repeat 12 months."}, cat="imaging", enc=e2)
    b.obs("2026-05-19", cc(("loinc", "19926-5", "FEV1/FVC")), 62, "%", ref=(70, None), interp="L", cat="procedure", enc=e1, note="GOLD 2, stable from 2025")
    for k, d, dose in (("insulin_glargine", "2015-01-01", "24 units qhs"), ("empagliflozin", "2023-04-01", "10 mg daily"), ("losartan50", "2018-01-01", "50 mg daily"),
                       ("furosemide20", "2023-04-01", "20 mg daily"), ("tiotropium", "2016-01-01", "2 inhalations daily"), ("sertraline50", "2019-01-01", "50 mg daily"), ("atorva40", "2012-01-01", "40 mg daily")):
        b.med(rx(k), d, dose=dose, prac=md)
    b.note("2026-08-25", "progress", """Pharmacist clinic - med rec. 12 active meds, 5 prescribers incl. telenephrology, JVN eye, PRC cardiology. Adherence good with bubble packs from CHR. Acetaminophen for knees (avoid NSAID w/ CKD). No changes.""", ph, e3)
    b.note("2026-11-17", "progress", """Chronic care. 71M elder: DM2 w/ CKD 3b (eGFR 37, UACR 420) and mild NPDR, HFpEF (euvolemic, NT-proBNP 410), COPD GOLD 2 (no exacerbations this year), depression stable (PHQ-9 5), bilateral knee OA. All stable. Care coordinated by kidney program RN and CHR. Flu/COVID vaccines given. RTC 3 months.""", md, e5)
    return b


@case("rcc_n1", "dr3", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Primary Raynaud phenomenon (common) with negative ANA, normal nailfold capillaroscopy and no features of systemic sclerosis, plus three other chronic conditions (four in total), so neither a rare condition nor the complexity threshold.",
      "Rheumatology: primary Raynaud phenomenon, negative ANA, normal capillaroscopy; four chronic conditions")
def rcc_n1(cid):
    b = B(cid, "dr3")
    rh = b.prac("Engebretson", "Paul", "1619088720", "MD, Rheumatology")
    b.patient("Lindahl", "Sara E", "female", "1996-01-05", "NSR-0140088", "Rochester", "MN", "55901", phone="507-555-0122")
    ins = b.organization("Medica", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "MED66320117", plan=("MEDICA-ELEV", "Medica Elevate"))
    e1 = b.enc("2026-02-03", "AMB", "Rheumatology new patient", "Color change fingers in cold", prac=rh, cpt=("99204", "Office or other outpatient visit, new patient, moderate MDM"))
    e2 = b.enc("2026-02-03", "AMB", "Nailfold capillaroscopy", "Raynaud evaluation", prac=rh)
    e3 = b.enc("2026-11-10", "AMB", "Rheumatology follow-up", "Raynaud", prac=rh, cpt=("99213", "Office or other outpatient visit, established patient, low MDM"))
    b.cond(cc(("icd", "I73.00", "Raynaud's syndrome without gangrene"), ("sct", "266261006", "Raynaud's phenomenon"), text="Primary Raynaud phenomenon"), "2019-11-01", asserter=rh)
    b.cond(cc(("icd", "J30.2", "Other seasonal allergic rhinitis")), "2008-01-01")
    b.cond(cc(("icd", "G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2012-01-01")
    b.cond(cc(("icd", "E03.9", "Hypothyroidism, unspecified"), text="Hashimoto hypothyroidism"), "2020-01-01")
    b.cond(cc(("icd", "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), "2024-09-01", status="resolved", abate="2024-10-15")
    b.qual("2026-02-03", cc(("loinc", "8061-4", "Nuclear Ab [Presence] in Serum")), "Negative", e1)
    b.qual("2026-02-03", cc(b.local("SCL70-CENT", "Scl-70 and centromere antibodies")), "Negative", e1)
    b.labs("2026-02-03", e1, esr=6, crp=0.6, tsh=2.8, hgb=13.5, creat=(0.7, (0.5, 1.1)))
    b.obs("2026-02-03", cc(b.local("NFC", "Nailfold capillaroscopy")), {"text": "Normal pattern: regular hairpin capillaries, density 8/mm, no giant capillaries, hemorrhages or dropout"}, cat="exam", enc=e2, interp="N")
    b.obs("2026-11-10", cc(b.local("RCS", "Raynaud Condition Score (0-10), weekly average")), 2, "{score}", cat="survey", enc=e3)
    b.med(rx("nifedipine"), "2026-02-03", dose="30 mg ER daily Nov-Mar", reason="Raynaud", prac=rh)
    b.med(rx("levothyroxine50"), "2020-01-01", kind="MedicationStatement", dose="50 mcg daily")
    b.med(rx("sumatriptan"), "2015-01-01", kind="MedicationStatement", dose="50 mg PRN migraine")
    b.med(rx("fluticasone_nasal"), "2010-01-01", kind="MedicationStatement", dose="2 sprays each nostril daily in season")
    b.note("2026-02-03", "consult", """Rheum new pt. 30F, triphasic color change of fingers with cold since age 23. No digital ulcers, pitting, sclerodactyly, puffy fingers, GERD, dysphagia, rash, arthritis, sicca. ANA negative, Scl-70/centromere negative, ESR/CRP normal. Capillaroscopy normal.
A: primary Raynaud phenomenon (LeRoy criteria). No features of connective tissue disease. P: warmth measures, nifedipine ER in winter. Annual review.""", rh, e1)
    b.note("2026-11-10", "progress", """Raynaud f/u. Mild attacks, RCS 2, no ulcers. Restart nifedipine for winter. Remains primary Raynaud. RTC 1 year or sooner if new CTD symptoms.""", rh, e3)
    return b


@case("rcc_n2", "cv2", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "A childhood Kawasaki disease episode (rare) is resolved without coronary aneurysms; current problems are four common cardiovascular/sleep conditions with a stable 4.2 cm hypertensive ascending aortic dilatation on surveillance.",
      "Aortic clinic: stable 4.2 cm ascending aorta; remote resolved Kawasaki disease; four common conditions")
def rcc_n2(cid):
    b = B(cid, "cv2")
    cd = b.prac("Moss", "Andrea", "1235112098", "MD, Cardiovascular Disease")
    b.patient("Everett", "Jonathan R", "male", "1980-07-29", "PCV6643109", "Greensboro", "NC", "27408", phone="336-555-0156")
    ins = b.organization("Aetna", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "W442190873", plan=("AETNA-CHOICE", "Aetna Choice POS II"))
    e1 = b.enc("2025-11-18", "AMB", "Aortic surveillance clinic", "Dilated ascending aorta", prac=cd, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-11-17", "AMB", "Aortic surveillance clinic", "Dilated ascending aorta", prac=cd, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    b.cond(cc(("icd", "M30.3", "Mucocutaneous lymph node syndrome [Kawasaki]"), text="Kawasaki disease age 4 (1984), IVIG-treated, no coronary aneurysms on serial echo"), "1984-09-01", status="resolved", abate="1985-03-01")
    b.cond(cc(("icd", "I77.810", "Thoracic aortic ectasia"), text="Ascending aorta dilatation 4.2 cm"), "2023-05-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2018-01-01")
    b.cond(cc(("icd", "E78.5", "Hyperlipidemia, unspecified")), "2018-01-01")
    b.cond(cc(("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2021-01-01")
    dia = cc(b.local("ASC-AO-DIAM", "Ascending aorta maximal diameter"))
    o = []
    for d, v in (("2023-05-10", 4.1), ("2024-11-12", 4.2), ("2025-11-11", 4.2), ("2026-11-10", 4.2)):
        o.append(b.obs(d, dia, v, "cm", cat="imaging", ref=(None, 3.8), interp="H"))
    b.dr("2026-11-10", cc(("cpt", "71275", "Computed tomographic angiography, chest (noncoronary), with contrast material(s)"), text="CTA chest - aortic surveillance"),
         "Ascending aorta 4.2 cm at the level of the right PA (4.2 cm 11/2025). Aortic root 3.9 cm. Tricuspid aortic valve. Arch and descending normal. Coronary arteries without aneurysm; no coronary calcium.", [o[-1]])
    b.vitals("2025-11-18", e1, 138, 88, 70, 96.0, 30.1)
    b.vitals("2026-11-17", e2, 124, 78, 64, 93.5, 29.3)
    b.labs("2026-11-17", e2, ldl=82, creat=1.0, egfr=(92,), k=4.2)
    b.med(rx("losartan50"), "2018-01-01", dose="100 mg daily", prac=cd)
    b.med(rx("metoprololsucc"), "2023-05-10", dose="50 mg daily", prac=cd)
    b.med(rx("rosuva20"), "2018-01-01", dose="20 mg daily", prac=cd)
    b.add("DeviceUseStatement", {"status": "active", "subject": {"reference": b.pat}, "device": {"display": "CPAP (E0601), 10 cmH2O"}, "timingDateTime": "2021-03-01"}, "dus")
    b.note("2026-11-17", "progress", """Aortic clinic. 46M HTN, HLD, OSA on CPAP. Ascending aorta 4.2 cm, unchanged 2 yrs. Tricuspid AV. Remote Kawasaki disease at age 4 with normal coronaries on follow-up - no coronary aneurysm on CTA. BP now at goal 124/78. No family hx aortic dissection. Plan: continue BP control, avoid fluoroquinolones, imaging every 2 years (next 11/2028).""", cd, e2)
    return b
