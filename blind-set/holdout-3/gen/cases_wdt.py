from common import *

T = "WORSENING_DESPITE_TREATMENT"


def wdt_pos_ra_pain(cid):
    c = new_case(cid, "lakeshore")
    rh = doc(c, "Helena", "Markovic", gender="female")
    c.patient("Carmen Lucia", "Reyes", "female", "1977-05-18", "LUH-4470915", "2459 N Kedzie Blvd", "Chicago", "IL", "60647", "773-555-0108", marital="M",
              lang=("es", "Spanish"))
    payer(c, "Blue Cross and Blue Shield of Illinois", "Blue Choice PPO", "XOD440712203", "2015-01-01", group="IL-8802")
    ra = c.cond(cc((ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"),
                   (SCT, "69896004", "Rheumatoid arthritis")), onset="2025-08-01", recorded="2025-10-14", asserter=rh)
    hypo = c.cond(cc((SCT, "40930008", "Hypothyroidism"), text="Hypothyroidism"), onset="2016-01-01", recorded="2016-05-05")
    c.cond(cc((SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N39.0", "Urinary tract infection, site not specified")), onset="2026-02-03",
           clinical="resolved", abated="2026-02-10", cat="encounter-diagnosis")
    c.lab("rf", "2025-10-14", 88, None, 14)
    c.lab("ccp", "2025-10-14", 210, None, 20)
    c.medstmt(c.med("6851", "methotrexate", "methotrexate 2.5 mg tablet"), "active", "2025-11-04", dosage="20 mg (8 tablets) by mouth once weekly", reason_ref=ra,
              note="Started 15 mg 11/2025, increased to 20 mg 02/2026; adherent per patient and pharmacy fill history.")
    c.medstmt(c.med("4511", "folic acid", "folic acid 1 mg tablet"), "active", "2025-11-04", dosage="1 mg daily")
    c.medstmt(c.med("5521", "hydroxychloroquine", "hydroxychloroquine 200 mg tablet"), "active", "2025-11-04", dosage="200 mg twice daily", reason_ref=ra)
    c.medstmt(c.med("10582", "levothyroxine", "levothyroxine 50 mcg tablet"), "active", "2016-05-05", dosage="50 mcg daily", reason_ref=hypo)
    cdai = {"coding": [{"system": c.site["local_codes"], "code": "CDAI", "display": "Clinical Disease Activity Index (CDAI) for rheumatoid arthritis"}], "text": "CDAI"}
    series = [("2026-05-12", 4, 14.0, 6.1, 22, 8, 5), ("2026-07-14", 6, 21.0, 11.8, 31, 11, 7), ("2026-09-15", 7, 28.5, 18.9, 38, 14, 9), ("2026-11-17", 8, 33.0, 24.2, 44, 16, 11)]
    for d, pain, cd, crp, esr, tjc, sjc in series:
        e = c.enc(d, etype=E_ESTAB("99214"), pract=rh, reason=cc(text="Rheumatoid arthritis follow-up"), hm="10:00", diagnoses=[ra],
                  service_type=cc((SCT, "394810000", "Rheumatology")))
        c.lab("pain", d, pain, enc=e)
        c.obs(cdai, d, cd, "{score}", cat="survey", enc=e, note=f"TJC28 {tjc}, SJC28 {sjc}")
        c.lab("crp", d, crp, None, 5.0, enc=e)
        c.lab("esr", d, esr, 0, 20, enc=e)
    c.lab("alt", "2026-11-17", 31, 7, 52)
    c.lab("wbc", "2026-11-17", 7.8, 4.0, 11.0)
    c.note("progress", "2026-11-17", rh, """
Lakeshore Rheumatology - 11/17/2026 - Helena Markovic, MD
49F seropositive RA (RF 88, anti-CCP 210), on methotrexate 20 mg weekly since 02/2026 (started 11/2025) + HCQ 400 mg/day. Adherent (pharmacy fills regular). 
Worse each visit since May: pain 4 -> 6 -> 7 -> 8/10, morning stiffness now 2 h, can't open jars or do her job (hairdresser). TJC 16, SJC 11, CDAI 33 (high; was 14 in May). CRP 24.2, ESR 44.
A/P: RA with high and rising disease activity despite 12 months of csDMARD therapy at optimized doses. Plan to add TNF inhibitor (adalimumab) - prior authorization submitted. Prednisone bridge 10 mg daily x4 weeks. Screening: QuantiFERON, hepatitis B/C serologies ordered.
""", title="Rheumatology follow-up")
    c.medreq(c.med("327361", "adalimumab", "adalimumab 40 mg/0.4 mL prefilled pen"), "2026-11-17", status="draft", intent="plan",
             dosage="40 mg subcutaneously every 14 days (pending prior authorization)", requester=rh, reason_ref=ra)
    c.medreq(c.med("8640", "prednisone", "prednisone 10 mg tablet"), "2026-11-17", dosage="10 mg daily x 28 days", requester=rh, reason_ref=ra)
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Pain NRS (LOINC 72514-3) rose 4, 6, 7, 8 over 189 days (change +4, above the 2-point MCID), with CDAI and CRP rising too, while methotrexate + hydroxychloroquine were active throughout.",
                   summary="49F seropositive RA, pain 4 to 8/10 and CDAI 14 to 33 over 6 months despite methotrexate + HCQ (rheumatology).")


def wdt_pos_phq9(cid):
    c = new_case(cid, "pinecrest")
    psy = doc(c, "Amelia", "Thornton", suffix="PMHNP", gender="female")
    th = doc(c, "Victor", "Salas", suffix="LCSW", gender="male")
    c.patient("Jonathan Robert", "Meyers", "male", "1985-09-09", "PBH-097733", "6105 Palmer Park Blvd", "Colorado Springs", "CO", "80915", "719-555-0186", marital="D")
    payer(c, "Anthem Blue Cross and Blue Shield", "Anthem Pathway X PPO", "YRC71124098", "2024-01-01", group="ANT-CO-2209")
    mdd = c.cond(cc((ICD, "F33.1", "Major depressive disorder, recurrent, moderate"), (SCT, "66344007", "Recurrent major depression")), onset="2025-11-01",
                 recorded="2025-12-02", asserter=psy)
    ins = c.cond(cc((ICD, "F51.01", "Primary insomnia"), (SCT, "193462001", "Insomnia")), onset="2025-11-01", recorded="2025-12-02")
    c.cond(cc((SCT, "307496005", "Episode of depression"), text="Major depressive episode 2017, remitted with sertraline"), onset="2017-03-01", clinical="resolved", abated="2018-06-01")
    c.medstmt(c.med("36437", "sertraline", "sertraline 100 mg tablet"), "active", "2025-12-02", dosage="150 mg daily (50 mg 12/2025 -> 100 mg 02/2026 -> 150 mg 08/2026)", reason_ref=mdd,
              note="Adherent per patient; refills on time.")
    c.medreq(c.med("42347", "bupropion", "bupropion XL 150 mg tablet"), "2026-09-22", dosage="150 mg every morning", requester=psy, reason_ref=mdd)
    c.proc(cc((CPT, "90837", "Psychotherapy, 60 minutes with patient"), text="Individual CBT, weekly"), "in-progress", period={"start": "2026-01-08"}, performer=th, reason_ref=[mdd])
    for d, phq, gad in [("2026-05-05", 11, 8), ("2026-07-07", 14, 9), ("2026-09-22", 17, 9), ("2026-11-17", 19, 10)]:
        e = c.enc(d, etype=enc_type("99214", "Office or other outpatient visit, established patient, moderate MDM"), pract=psy, reason=cc(text="Medication management"),
                  hm="16:00", diagnoses=[mdd], service_type=cc((SCT, "394587001", "Psychiatry")))
        c.lab("phq9", d, phq, enc=e)
        c.lab("gad7", d, gad, enc=e)
    c.obs(cc(text="PHQ-9 item 9 (thoughts of self-harm)"), "2026-11-17", value_cc=cc((LN, "LA6568-5", "Not at all")), cat="survey", enc=e)
    c.note("progress", "2026-11-17", psy, """
Pinecrest Behavioral Health - Med management - 11/17/2026 - Amelia Thornton, PMHNP
41M, MDD recurrent. On sertraline since 12/2025 (150 mg since August), bupropion XL added 09/22, weekly CBT since January. Adherent.
Mood steadily worse since spring: PHQ-9 11 (May) -> 14 -> 17 -> 19 today. Anhedonia, low energy, poor concentration; took leave from work (accountant) 2 weeks ago. Sleep 4-5 h. Denies SI (item 9 = 0), C-SSRS screen negative, no plan or intent; safety plan updated.
A/P: MDD, recurrent, moderately severe, worsening despite two adequate antidepressant trials plus psychotherapy. Increase bupropion XL to 300 mg. Discuss augmentation options / TMS evaluation next visit. RTC 3 weeks.
""", enc=e, title="Medication management")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="PHQ-9 rose 11, 14, 17, 19 over 196 days (+8, above the 5-point MCID) while sertraline (since 12/2025), CBT and later bupropion were active throughout.",
                   summary="41M recurrent MDD, PHQ-9 11 to 19 over 6 months despite sertraline, CBT and bupropion (psychiatry).")


def wdt_pos_egfr(cid):
    c = new_case(cid, "northgate")
    neph = doc(c, "Olufemi", "Adebayo", gender="male")
    c.patient("Patricia Lynn", "Coleman", "female", "1960-12-11", "NKC-0039215", "910 Burton St SW", "Wyoming", "MI", "49509", "616-555-0159", marital="M")
    payer(c, "Blue Cross Blue Shield of Michigan", "Medicare Plus Blue PPO", "XYP550913882", "2025-12-01", kind=MEDICARE)
    dm = c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), (SCT, "127013003", "Disorder of kidney due to diabetes mellitus")),
                onset="2010-01-01", recorded="2019-06-11")
    ckd = c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b"), (SCT, "700379002", "Chronic kidney disease stage 3B")), onset="2026-02-10", recorded="2026-02-12", asserter=neph)
    htn = c.cond(cc((ICD, "I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"),
                    (SCT, "38481006", "Hypertensive renal disease")), onset="2012-01-01", recorded="2019-06-11")
    hld = c.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.2", "Mixed hyperlipidemia")), onset="2012-01-01", recorded="2019-06-11")
    for rx, ing, txt, dose, r, start in [("29046", "lisinopril", "lisinopril 40 mg tablet", "40 mg daily", ckd, "2019-06-11"),
                                         ("1545653", "empagliflozin", "empagliflozin 10 mg tablet", "10 mg daily", ckd, "2025-08-05"),
                                         ("274783", "insulin glargine", "insulin glargine 100 units/mL pen", "28 units at bedtime", dm, "2021-03-01"),
                                         ("83367", "atorvastatin", "atorvastatin 40 mg tablet", "40 mg daily", hld, "2019-06-11"),
                                         ("17767", "amlodipine", "amlodipine 5 mg tablet", "5 mg daily", htn, "2023-04-01")]:
        c.medstmt(c.med(rx, ing, txt), "active", start, dosage=dose, reason_ref=r)
    c.medreq(cc(text="finerenone 10 mg tablet"), "2026-10-13", dosage="10 mg daily", requester=neph, reason_ref=ckd)
    series = [("2025-10-07", 1.15, 52, 420, 7.6, 134, 78), ("2026-02-10", 1.27, 46, 560, 7.5, 136, 80), ("2026-06-09", 1.42, 40, 710, 7.4, 132, 78), ("2026-10-13", 1.62, 34, 880, 7.3, 134, 76)]
    for d, cr, egfr, uacr, a1c, sbp, dbp in series:
        e = c.enc(d, etype=E_ESTAB("99214"), pract=neph, reason=cc(text="CKD follow-up"), hm="13:30", diagnoses=[ckd, dm],
                  service_type=cc((SCT, "394589003", "Nephrology")))
        c.vitals(d, e, sbp, dbp, hr=72)
        c.lab("cr", d, cr, 0.57, 1.00, enc=e)
        c.lab("egfr", d, egfr, 60, None, enc=e)
        c.lab("uacr", d, uacr, None, 30, enc=e)
        c.lab("a1c", d, a1c, None, 5.6, enc=e)
    c.lab("k", "2026-10-13", 4.9, 3.5, 5.1, enc=e)
    c.note("progress", "2026-10-13", neph, """
Northgate Kidney Care - 10/13/2026 - Olufemi Adebayo, MD
65F, diabetic kidney disease. eGFR 52 (10/2025) -> 46 -> 40 -> 34 today, UACR 420 -> 880 mg/g despite max-dose lisinopril (since 2019) and empagliflozin (since 08/2025). BP at goal ~134/76, A1c 7.3. No NSAIDs, no contrast, renal US 02/2026 normal-sized kidneys without obstruction.
A/P: CKD G3b A3 with rapid progression (~18 mL/min/1.73m2 in 12 months) despite RAAS blockade + SGLT2i. Add finerenone 10 mg (K 4.9 - recheck 4 weeks). Consider kidney biopsy if continued decline or active sediment. Dietitian referral. RTC 3 months.
""", enc=e, title="Nephrology clinic note")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="eGFR fell 52, 46, 40, 34 over 12 months (-18 mL/min/1.73m2, far beyond an MCID of about 5 or a 30% decline) while lisinopril and empagliflozin for diabetic CKD were active throughout.",
                   summary="65F diabetic CKD, eGFR 52 to 34 in a year despite lisinopril + empagliflozin (nephrology).")


def wdt_nm_a1c_small(cid):
    c = new_case(cid, "evergreen")
    pcp = doc(c, "Marcus", "Lindqvist", gender="male")
    c.patient("Frank Olaf", "Sorensen", "male", "1952-08-01", "EV00177302", "1455 Liberty St SE", "Salem", "OR", "97302", "503-555-0177", gp=pcp, marital="M")
    payer(c, "Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2RP8MK4XC66", "2017-08-01", kind=MEDICARE)
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), onset="2014-01-01", recorded="2014-04-22")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2010-01-01", recorded="2014-04-22")
    bph = c.cond(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), onset="2018-01-01", recorded="2018-09-05")
    c.medstmt(c.med("6809", "metformin", "metformin 1000 mg tablet"), "active", "2014-04-22", dosage="1000 mg twice daily", reason_ref=dm)
    c.medstmt(c.med("593411", "sitagliptin", "sitagliptin 100 mg tablet"), "active", "2024-01-16", dosage="100 mg daily", reason_ref=dm)
    c.medstmt(c.med("29046", "lisinopril", "lisinopril 20 mg tablet"), "active", "2014-04-22", dosage="20 mg daily", reason_ref=htn)
    c.medstmt(c.med("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "active", "2018-09-05", dosage="0.4 mg nightly", reason_ref=bph)
    for d, a1c, s, dd, wt in [("2026-02-09", 7.1, 130, 76, 84.2), ("2026-06-08", 7.3, 128, 74, 84.8), ("2026-10-12", 7.4, 132, 76, 85.1)]:
        e = c.enc(d, etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Diabetes and blood pressure follow-up"), hm="09:15", diagnoses=[dm, htn])
        c.vitals(d, e, s, dd, hr=70, wt=wt)
        c.lab("a1c", d, a1c, None, 5.6, enc=e)
        c.lab("glu", d, {"2026-02-09": 138, "2026-06-08": 142, "2026-10-12": 146}[d], 70, 99, enc=e)
    c.lab("egfr", "2026-10-12", 71, 60, None, enc=e)
    c.lab("uacr", "2026-10-12", 18, None, 30, enc=e)
    c.note("progress", "2026-10-12", pcp, """
Evergreen Community Clinics - 10/12/2026 - Marcus Lindqvist, MD
74M T2DM on metformin + sitagliptin. A1c 7.4 (7.1 Feb, 7.3 Jun). Individualized goal <7.5-8.0 given age; no hypoglycemia. Less walking over the summer (wife's hip surgery), weight up ~1 kg.
BP 132/76. eGFR 71, UACR 18. Eye exam up to date.
A/P: T2DM at individualized goal, small drift. Encouraged walking. No medication change. RTC 4 months.
""", enc=e, title="Office visit")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="HbA1c drifted 7.1, 7.3, 7.4 over 8 months on metformin + sitagliptin, a rise of 0.3%, below the 0.5% MCID and within his individualized goal.",
                   summary="74M T2DM, HbA1c 7.1 to 7.4 over 8 months on metformin + sitagliptin (primary care).")


def wdt_nm_bp_offtreatment(cid):
    c = new_case(cid, "riverside")
    pcp = doc(c, "Samantha", "Ortiz", gender="female")
    c.patient("Yolanda Denise", "Pierce", "female", "1965-11-22", "RRMC00644018", "1822 Philadelphia Dr", "Dayton", "OH", "45406", "937-555-0164", gp=pcp, marital="M")
    payer(c, "CareSource", "CareSource Marketplace Gold", "CS10299415", "2022-01-01", kind=("MCPOL", "managed care policy"))
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2019-01-01", recorded="2019-03-05")
    pre = c.cond(cc((ICD, "R73.03", "Prediabetes"), (SCT, "714628002", "Prediabetes")), onset="2023-01-01", recorded="2023-02-14")
    oa = c.cond(cc((SCT, "396275006", "Osteoarthritis"), text="Osteoarthritis of hands"), onset="2022-01-01", recorded="2022-06-01")
    c.medstmt(c.med("17767", "amlodipine", "amlodipine 10 mg tablet"), "stopped", "2019-03-05", end="2026-04-14", dosage="10 mg daily", reason_ref=htn,
              note="Stopped by PCP 04/14/2026 for bilateral ankle edema; patient preferred lifestyle trial before another agent.")
    edema = c.cond(cc((SCT, "267038008", "Edema"), text="Ankle edema due to amlodipine"), onset="2026-02-01", recorded="2026-04-14", clinical="resolved", abated="2026-05-20")
    series = [("2026-03-10", 134, 82, "Follow-up hypertension"), ("2026-04-14", 132, 80, "Ankle swelling"), ("2026-06-16", 148, 90, "Blood pressure check"),
              ("2026-08-25", 156, 94, "Blood pressure check"), ("2026-11-17", 164, 98, "Blood pressure follow-up")]
    for d, s, dd, why in series:
        e = c.enc(d, etype=E_ESTAB("99213"), pract=pcp, reason=cc(text=why), hm="11:30", diagnoses=[htn])
        c.vitals(d, e, s, dd, hr=76, wt={"2026-03-10": 82.0, "2026-04-14": 82.3, "2026-06-16": 81.0, "2026-08-25": 80.6, "2026-11-17": 80.9}[d])
    c.lab("cr", "2026-11-17", 0.78, 0.57, 1.00, enc=e)
    c.lab("k", "2026-11-17", 4.2, 3.5, 5.1, enc=e)
    c.lab("a1c", "2026-11-17", 6.0, None, 5.6, enc=e)
    c.note("progress", "2026-06-16", pcp, """
Riverside Primary Care - 06/16/2026 - Samantha Ortiz, MD
HTN: off amlodipine since 04/14 (ankle edema - now resolved). Not on any BP medication by shared decision; working on DASH diet, sodium reduction, walking. BP 148/90.
Plan: home BP log, recheck 2 months; start ACE inhibitor if still >140/90.
""", title="Office visit")
    c.note("progress", "2026-08-25", pcp, """
Riverside Primary Care - 08/25/2026 - Samantha Ortiz, MD
BP 156/94, home average 150/92. Offered lisinopril; patient wants 2-3 more months of lifestyle changes first (lost 1.4 kg). Reluctantly agreed. Return November.
""", title="Office visit")
    c.note("progress", "2026-11-17", pcp, """
Riverside Primary Care - 11/17/2026 - Samantha Ortiz, MD
BP 164/98, home avg 158/96, untreated since April. No headache/chest pain/vision change. Agrees to medication now.
Plan: start lisinopril 10 mg daily; BMP in 2 weeks; BP check 4 weeks.
""", enc=e, title="Office visit")
    c.medreq(c.med("29046", "lisinopril", "lisinopril 10 mg tablet"), "2026-11-17", dosage="10 mg daily", requester=pcp, reason_ref=htn, enc=e)
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Blood pressure did rise (134/82 to 164/98), but no antihypertensive was active during the rise: amlodipine was stopped 2026-04-14 and lisinopril only began 2026-11-17. This is worsening off treatment, not despite it.",
                   summary="61F hypertension, BP climbed to 164/98 after amlodipine was stopped for edema; untreated until 11/2026 (primary care).")


CASES = [wdt_pos_ra_pain, wdt_pos_phq9, wdt_pos_egfr, wdt_nm_a1c_small, wdt_nm_bp_offtreatment]
