from fhirlib import *

EST = lambda lvl="99213": cc((CPT, lvl, "Office/outpatient visit, established patient"), text="Office visit")
NEW = lambda lvl="99204": cc((CPT, lvl, "Office/outpatient visit, new patient"), text="New patient visit")
PHQ9 = cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 total")
GAD7 = cc((LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7 total")
PAIN = cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
A1C = ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")
EGFR = ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")
ORPHA = "http://www.orpha.net"


# ---------------------------------------------------------------- WORSENING positives
def wd_ppd_phq9(cid):
    """34F postpartum depression on sertraline since June (dose titrated), PHQ-9 11 -> 20 over 5 months."""
    c = Case(cid, "https://fhir.northwoodsobgyn.org/r4")
    org = c.org("Northwoods OB/GYN & Women's Behavioral Health", npi="1164402287", city="Duluth", state="MN", phone="(218) 555-0150")
    payer = c.org("HealthPartners", kind="pay")
    ob = c.prac("Leah", "Brandvold", "MD", "1346692210")
    np = c.prac("Samantha", "Ruiz-Olsen", "PMHNP", "1487750036")
    c.patient("Emily Kathryn", "Bergstrom", "female", "1992-08-06", "NWO-70215", "urn:oid:2.16.840.1.113883.3.2021.3",
              "Duluth", "MN", "55803", "3108 Woodland Ave", "218-555-7762", org, ob, marital="M")
    c.coverage(payer, "HealthPartners Open Access", "HPO4410873")
    c.cond(icd("O80", "Encounter for full-term uncomplicated delivery", text="Term vaginal delivery 5/2/2026"), onset="2026-05-02", recorded="2026-05-02", clinical="resolved", abatement="2026-06-13")
    ppd = c.cond(icd("F53.0", "Postpartum depression"), onset="2026-05-20", recorded="2026-06-10", recorder=np)
    c.cond(sct("40930008", "Hypothyroidism"), onset="2018", recorded="2018-04-11")
    c.medstmt(cc((RX, "10582", "levothyroxine"), text="levothyroxine 75 mcg"), "active", "2026-11-18", dosage="75 mcg daily")
    c.medstmt(cc((RX, "36437", "sertraline"), text="sertraline (50 -> 100 -> 150 mg)"), "active", "2026-11-18", start="2026-06-10",
              dosage="150 mg daily since 10/7/2026", reason=ppd, note="Pharmacy fill history: filled monthly without gaps; pt reports taking daily.")
    c.medreq(cc((RX, "312940", "sertraline 50 MG Oral Tablet")), "2026-06-10", "50 mg daily", requester=np, reason=ppd, status="completed", start="2026-06-10", end="2026-08-12")
    c.medreq(cc((RX, "312941", "sertraline 100 MG Oral Tablet")), "2026-08-12", "100 mg daily", requester=np, reason=ppd, status="completed", start="2026-08-12", end="2026-10-07")
    c.medreq(txt("sertraline 150 mg (100 mg + 50 mg tablets)"), "2026-10-07", "150 mg daily", requester=np, reason=ppd, status="active", start="2026-10-07")
    vals = (("2026-06-10", 11, "Intake. Tearful, poor sleep beyond infant wakings, guilt. Start sertraline 50 mg (compatible with breastfeeding); perinatal therapy referral."),
            ("2026-08-12", 14, "Started therapy biweekly in July. Still low, anhedonia. Taking sertraline daily. Increase to 100 mg."),
            ("2026-10-07", 17, "Worse - withdrawn, not enjoying baby, exhausted. Adherent, therapy ongoing. Increase to 150 mg. TSH normal."),
            ("2026-11-18", 20, "Continued worsening despite 150 mg x 6 weeks and 4 months of therapy. Passive death wish (item 9 = 1), no plan/intent; safety plan, husband aware. Discussed augmentation, zuranolone/brexanolone eligibility, referral to perinatal psychiatry / IOP."))
    for d, v, txt_ in vals:
        e = c.enc(d + "T13:00:00-05:00", cc((CPT, "99214", "Office/outpatient visit, established patient"), text="Perinatal mental health visit"), prac=np, org=org, reason="Postpartum depression follow-up")
        c.score(PHQ9, d, v, enc=e)
        c.note(d, "Perinatal mental health visit", f"PHQ-9 {v}. {txt_}", np, e)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-07", 2.1, "m[IU]/L", "m[IU]/L", 0.4, 4.5)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-07", 12.8, "g/dL", "g/dL", 12.0, 15.5)
    c.sr(txt("Psychotherapy - perinatal CBT (individual)"), "2026-06-10", status="active", requester=np, reason_ref=ppd)
    return c


def wd_lbp_pain_nrs(cid):
    """48F chronic lumbar radicular pain on duloxetine + gabapentin throughout; NRS 5 -> 8 and ODI 32 -> 48 over 6 months."""
    c = Case(cid, "https://fhir.sagebrushpainclinic.com/r4")
    org = c.org("Sagebrush Family Medicine", npi="1942201187", city="Elko", state="NV", phone="(775) 555-0186")
    payer = c.org("Prominence Health Plan", kind="pay")
    dr = c.prac("Arlene", "Goicoechea", "MD", "1255530964")
    c.patient("Tamara Jo", "Echeverria", "female", "1978-11-13", "SFM-31196", "urn:oid:2.16.840.1.113883.3.8800.2",
              "Elko", "NV", "89801", "930 Court St", "775-555-2261", org, dr, marital="M")
    c.coverage(payer, "Prominence Commercial PPO", "PRM33018822")
    lbp = c.cond(icd("M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region", text="L5-S1 disc protrusion with left S1 radiculopathy - chronic"),
                 onset="2025-08", recorded="2025-10-14", recorder=dr)
    c.cond(sct("38341003", "Hypertensive disorder, systemic arterial", text="Hypertension"), onset="2019", recorded="2019-02-01")
    c.dr(cc((CPT, "72148", "Magnetic resonance imaging, spinal canal and contents, lumbar; without contrast material"), text="MRI lumbar spine"), "2025-10-10",
         "L5-S1 left paracentral disc protrusion contacting the traversing left S1 nerve root. Mild L4-5 disc bulge. No stenosis.")
    c.medstmt(cc((RX, "72625", "duloxetine"), text="duloxetine DR 60 mg"), "active", "2026-11-17", start="2026-03-01", dosage="60 mg daily", reason=lbp,
              note="Taking daily per pt and fill history.")
    c.medstmt(cc((RX, "25480", "gabapentin"), text="gabapentin 600 mg"), "active", "2026-11-17", start="2025-11-04", dosage="600 mg TID", reason=lbp)
    c.medstmt(cc((RX, "29046", "lisinopril"), text="lisinopril 20 mg"), "active", "2026-11-17", dosage="20 mg daily")
    c.proc(cc((CPT, "97110", "Therapeutic exercises"), text="Physical therapy course, 14 visits"), "completed", "2026-03-10", period_end="2026-06-02", reason_ref=lbp)
    odi = txt("Oswestry Disability Index (%)")
    seq = (("2026-05-05", 5, 32, "Finished most of PT. Duloxetine 60 since March, gabapentin 600 TID. Pain 5/10, L buttock -> calf."),
           ("2026-07-14", 6, None, "Pain creeping up, sitting tolerance 30 min. Adherent to meds and home exercises."),
           ("2026-09-15", 7, 40, "Worse despite duloxetine/gabapentin/HEP. Missing work shifts (dental hygienist). No weakness, reflexes symmetric."),
           ("2026-11-17", 8, 48, "Pain 8/10, now daily burning into L foot, sleep poor. Still on duloxetine 60 + gabapentin 1800/day. No bowel/bladder change. Referral to pain medicine/spine for re-evaluation; repeat MRI ordered."))
    for d, p, o, t in seq:
        e = c.enc(d + "T10:00:00-07:00", EST("99214"), prac=dr, org=org, reason="Chronic low back and leg pain")
        c.score(PAIN, d, p, enc=e)
        if o:
            c.score(odi, d, o, enc=e)
        c.vitals(d, e, bp=(126, 80))
        c.note(d, "Chronic pain follow-up", f"Pain NRS {p}/10. {t}", dr, e)
    c.sr(txt("Referral to interventional pain medicine / spine clinic - evaluation"), "2026-11-17", requester=dr, reason_ref=lbp, category=sct("3457005", "Patient referral"))
    c.sr(cc((CPT, "72148", "Magnetic resonance imaging, spinal canal and contents, lumbar; without contrast material"), text="Repeat MRI lumbar spine"), "2026-11-17", requester=dr, reason_ref=lbp)
    return c


def wd_t1d_teen_hba1c(cid):
    """14M type 1 diabetes on MDI + CGM throughout; HbA1c 7.8 -> 9.8 over 9 months."""
    c = Case(cid, "https://fhir.bigskypedsendo.org/r4")
    org = c.org("Big Sky Pediatric Endocrinology", npi="1609934417", city="Billings", state="MT", phone="(406) 555-0103")
    payer = c.org("Blue Cross Blue Shield of Montana", kind="pay")
    endo = c.prac("Marissa", "Halvorson", "MD", "1376650092")
    cde = c.prac("Joel", "Redfield", "RN CDCES", "1528804473")
    mom = c.related("Tricia", "Whitehorse", "MTH", "mother", "406-555-8872")
    c.patient("Dylan Thomas", "Whitehorse", "male", "2012-01-22", "BSPE-11872", "urn:oid:2.16.840.1.113883.3.4060.9",
              "Billings", "MT", "59102", "2417 Grand Ave", "406-555-8872", org, endo)
    c.coverage(payer, "BCBSMT Blue Preferred PPO", "BMT7701293-02", relationship="child", subscriber=mom)
    t1 = c.cond(icd("E10.65", "Type 1 diabetes mellitus with hyperglycemia"), onset="2019-03", recorded="2019-03-08", recorder=endo)
    c.cond(icd("E10.10", "Type 1 diabetes mellitus with ketoacidosis without coma"), onset="2019-03-06", recorded="2019-03-06", clinical="resolved", abatement="2019-03-09", category="encounter-diagnosis")
    c.medstmt(cc((RX, "274783", "insulin glargine"), text="insulin glargine U-100"), "active", "2026-11-17", start="2019-03-08", dosage="28 units at bedtime", reason=t1)
    c.medstmt(cc((RX, "86009", "insulin lispro"), text="insulin lispro U-100 pen"), "active", "2026-11-17", start="2019-03-08", dosage="ICR 1:8, ISF 1:40, target 120", reason=t1)
    c.medstmt(txt("Dexcom G7 continuous glucose monitor"), "active", "2026-11-17", start="2023-06-01")
    seq = (("2026-02-17", 7.8, 48, "Doing well, TIR 48%. Growth spurt. Glargine 22 u."),
           ("2026-05-19", 8.4, 41, "TIR 41%, post-dinner highs. Doses given per mom/CGM-linked app logs. Glargine 24 u, ICR 1:9 -> 1:8."),
           ("2026-08-18", 9.1, 33, "TIR 33%. App shows boluses logged for most meals; dawn highs - glargine 26 u. Discussed pump."),
           ("2026-11-17", 9.8, 27, "TIR 27% despite dose increases (glargine 28 u) and logged boluses. No DKA. Celiac/thyroid normal. Pump start planned; psychosocial screen with SW."))
    for d, a, tir, t in seq:
        e = c.enc(d + "T14:00:00-07:00", EST("99214"), prac=endo, org=org, reason="Type 1 diabetes quarterly visit")
        c.lab(*A1C, d, a, "%", "%", None, 5.7, interp="H", enc=e)
        c.obs(txt("CGM time in range 70-180 mg/dL (14-day)"), d, qty(tir, "%", "%"), category="exam", enc=e)
        c.vitals(d, e, wt={"2026-02-17": 50.1, "2026-05-19": 52.3, "2026-08-18": 54.0, "2026-11-17": 55.2}[d], bp=(110, 68))
        c.note(d, "Diabetes clinic", f"HbA1c {a}%. {t}", endo, e)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-11-17", 2.3, "m[IU]/L", "m[IU]/L", 0.5, 4.3)
    c.lab("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "2026-11-17", 0.8, "U/mL", "U/mL", None, 4.0)
    c.note("2026-11-17", "Diabetes education", "Reviewed carb counting with Dylan and mom - accurate within 10 g on food models. Injection sites without lipohypertrophy.", cde)
    return c


# ---------------------------------------------------------------- WORSENING near misses
def wdn_t2d_small_rise(cid):
    """71M T2D on metformin; HbA1c 7.1 -> 7.3 -> 7.4 over 8 months (below 0.5% MCID)."""
    c = Case(cid, "https://fhir.brazosvalleyfm.com/r4")
    org = c.org("Brazos Valley Family Medicine", npi="1740026651", city="Bryan", state="TX", phone="(979) 555-0117")
    payer = c.org("Wellcare Medicare Advantage", kind="pay")
    dr = c.prac("Hector", "Villarreal", "MD", "1194428873")
    c.patient("Raymond Earl", "Kubacak", "male", "1955-06-02", "BVF-88430", "urn:oid:2.16.840.1.113883.3.7790.1",
              "Bryan", "TX", "77802", "3608 Wildflower Dr", "979-555-3347", org, dr, marital="M")
    c.coverage(payer, "Wellcare No Premium Open (PPO)", "WC19920366", cov_type=("SUBSIDIZ", "subsidized health program"))
    dm = c.cond(icd("E11.9", "Type 2 diabetes mellitus without complications"), onset="2019", recorded="2019-04-09")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2010", recorded="2012-01-01")
    c.cond(sct("55822004", "Hyperlipidemia"), onset="2010", recorded="2012-01-01")
    c.cond(icd("M17.11", "Unilateral primary osteoarthritis, right knee"), onset="2020", recorded="2021-03-02")
    c.medstmt(cc((RX, "861004", "metformin hydrochloride 1000 MG Oral Tablet")), "active", "2026-10-13", start="2019-04-09", dosage="1000 mg BID", reason=dm)
    c.medstmt(cc((RX, "17767", "amlodipine"), text="amlodipine 10 mg"), "active", "2026-10-13", dosage="10 mg daily")
    c.medstmt(cc((RX, "83367", "atorvastatin"), text="atorvastatin 40 mg"), "active", "2026-10-13", dosage="40 mg daily")
    c.medstmt(cc((RX, "161", "acetaminophen"), text="acetaminophen 500 mg"), "active", "2026-10-13", dosage="1000 mg BID prn knee pain")
    for d, a, g, bp in (("2026-02-10", 7.1, 68, (132, 78)), ("2026-06-09", 7.3, 66, (134, 76)), ("2026-10-13", 7.4, 67, (130, 78))):
        e = c.enc(d + "T09:00:00-05:00", EST("99214"), prac=dr, org=org, reason="Diabetes and hypertension follow-up")
        c.lab(*A1C, d, a, "%", "%", None, 5.7, interp="H", enc=e)
        c.lab(*EGFR, d, g, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None, enc=e)
        c.vitals(d, e, bp=bp, wt={"2026-02-10": 94.0, "2026-06-09": 94.8, "2026-10-13": 95.1}[d])
    c.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-06-09", 78, "mg/dL", "mg/dL", None, 100)
    c.obs(txt("Urine albumin/creatinine ratio"), "2026-06-09", qty(18, "mg/g", "mg/g"), interp="N", ref_text="<30 mg/g")
    c.note("2026-10-13", "Chronic care visit", """
A1c 7.4 (7.1 in Feb, 7.3 in June) - essentially stable, at individualized goal < 7.5 for age. Holiday eating discussed.
Continue metformin 1000 BID; no intensification needed. BP 130/78 at goal. eGFR stable 67. Knee OA - tylenol prn,
walking. Eye exam 8/2026 no retinopathy. Foot exam normal. Flu and COVID vaccines today. Return 4 months.
""", dr)
    c.imm("135", "Influenza, high dose seasonal, preservative-free", "2026-10-13")
    return c


def wdn_gad_untreated(cid):
    """45F GAD: GAD-7 8 -> 12 -> 16 while declining medication and waiting for therapy; escitalopram only started 11/4."""
    c = Case(cid, "https://fhir.piedmonttriadpc.org/r4")
    org = c.org("Piedmont Triad Primary Care - Asheboro", npi="1851103372", city="Asheboro", state="NC", phone="(336) 555-0192")
    payer = c.org("Cigna Open Access Plus", kind="pay")
    dr = c.prac("Natalie", "Brookshire", "MD", "1629940017")
    c.patient("Angela Dawn", "Yow", "female", "1981-01-17", "PTP-46621", "urn:oid:2.16.840.1.113883.3.1337.2",
              "Asheboro", "NC", "27203", "514 Sunset Ave", "336-555-0284", org, dr, marital="M")
    c.coverage(payer, "Cigna OAP (employer)", "U88217730")
    gad = c.cond(icd("F41.1", "Generalized anxiety disorder"), onset="2025-12", recorded="2026-05-20", recorder=dr)
    c.cond(sct("37796009", "Migraine"), onset="2002", recorded="2012-01-01")
    c.medstmt(cc((RX, "5640", "ibuprofen"), text="ibuprofen 400 mg"), "active", "2026-11-04", dosage="400 mg prn headache")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-05-20", 1.6, "m[IU]/L", "m[IU]/L", 0.4, 4.5)
    seq = (("2026-05-20", 8, "New GAD dx - worry about job/teen son, poor sleep. Pt declines medication ('wants to try therapy first'). CBT referral; waitlist ~3-4 months. Sleep hygiene, exercise."),
           ("2026-08-19", 12, "Still on therapy waitlist (no sessions yet). Not taking any medication, declined SSRI again. Tried meditation app."),
           ("2026-11-04", 16, "Worse - muscle tension, irritability, insomnia; therapy intake still not scheduled (practice closed to new pts). Now agrees to medication: start escitalopram 10 mg today. Referred to a different therapist. Recheck 4-6 weeks."))
    for d, v, t in seq:
        e = c.enc(d + "T11:00:00-04:00", EST("99214"), prac=dr, org=org, reason="Anxiety follow-up")
        c.score(GAD7, d, v, enc=e)
        c.vitals(d, e, bp=(122, 78), hr=80)
        c.note(d, "Office visit - anxiety", f"GAD-7 {v}. {t}", dr, e)
        last = e
    c.sr(txt("Referral - outpatient psychotherapy (CBT) for anxiety"), "2026-05-20", status="revoked", requester=dr, reason_ref=gad,
         note="Practice closed to new patients 10/2026 - referral cancelled, re-referred 11/4.")
    c.sr(txt("Referral - outpatient psychotherapy (CBT), Randolph Counseling Center"), "2026-11-04", status="active", requester=dr, reason_ref=gad, enc=last)
    c.medreq(cc((RX, "321988", "escitalopram"), text="escitalopram 10 mg tablet"), "2026-11-04", "5 mg daily x 1 week then 10 mg daily", requester=dr, reason=gad, enc=last, start="2026-11-04")
    return c


# ---------------------------------------------------------------- RARE / COMPLEX positives
def rc_dmd(cid):
    """6M Duchenne muscular dystrophy on deflazacort, multidisciplinary neuromuscular clinic."""
    c = Case(cid, "https://fhir.cumberlandchildrens.org/r4")
    org = c.org("Cumberland Children's Hospital - Neuromuscular Clinic", npi="1598827730", city="Knoxville", state="TN", phone="(865) 555-0125")
    pcporg = c.org("Smoky Mountain Pediatrics", npi="1104490078", city="Maryville", state="TN")
    payer = c.org("TennCare - BlueCare Tennessee", kind="pay")
    neuro = c.prac("Priscilla", "Hembree", "MD", "1780042219")
    card = c.prac("Dmitri", "Volkov", "MD", "1366608821")
    ped = c.prac("Angela", "Carver", "MD", "1851190036")
    mom = c.related("Jasmine", "Whaley", "MTH", "mother", "865-555-1149")
    c.patient("Elijah Ray", "Whaley", "male", "2020-07-08", "CCH-1100472", "urn:oid:2.16.840.1.113883.3.6505.1",
              "Maryville", "TN", "37803", "1608 Sevierville Rd", "865-555-1149", pcporg, ped)
    c.coverage(payer, "TennCare Medicaid", "TC88120455", relationship="child", subscriber=mom)
    dmd = c.cond(cc((ICD, "G71.01", "Duchenne or Becker muscular dystrophy"), (ORPHA, "98896", "Duchenne muscular dystrophy"), text="Duchenne muscular dystrophy"),
                 onset="2023-09", recorded="2024-03-19", recorder=neuro, note="Hemizygous pathogenic nonsense variant in DMD exon 19; diagnosed age 3 y 8 m.")
    c.cond(txt("Vitamin D deficiency"), onset="2024-03", recorded="2024-03-19", clinical="resolved", abatement="2024-09")
    c.medstmt(txt("deflazacort 18 mg tablet"), "active", "2026-11-02", start="2025-01-15", dosage="0.9 mg/kg daily (18 mg)", reason=dmd)
    c.medstmt(txt("cholecalciferol 1000 IU"), "active", "2026-11-02", dosage="daily")
    c.medstmt(txt("Night ankle-foot orthoses (bilateral)"), "active", "2026-11-02", start="2025-06-01")
    c.lab("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "2024-02-27", 21400, "U/L", "U/L", 46, 171)
    c.obs(txt("DMD gene sequencing and deletion/duplication analysis"), "2024-03-12", "Pathogenic hemizygous nonsense variant c.2302C>T (p.Arg768Ter), exon 19", interp="A")
    e1 = c.enc("2026-05-12T09:00:00-04:00", txt("Cardiology - neuromuscular cardiomyopathy surveillance"), prac=card, org=org, reason="DMD cardiac surveillance")
    c.dr(cc((CPT, "93306", "Echocardiography, transthoracic, complete with spectral and color flow Doppler"), text="Transthoracic echo"), "2026-05-12",
         "Normal LV size and function, LVEF 63%. No cardiomyopathy at this time.", performer=card, enc=e1)
    e2 = c.enc("2026-11-02T08:30:00-05:00", txt("Multidisciplinary neuromuscular clinic visit"), prac=neuro, org=org, reason="DMD 6-monthly review")
    c.vitals("2026-11-02", e2, bp=(98, 60), hr=96, wt=24.8, ht=112.5)
    c.lab("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "2026-11-02", 15800, "U/L", "U/L", 46, 171, enc=e2)
    c.lab("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma", "2026-11-02", 38, "ng/mL", "ng/mL", 30, 100, enc=e2)
    c.obs(txt("North Star Ambulatory Assessment total"), "2026-11-02", qty(24, "{score}", "{score}"), category="exam", enc=e2)
    c.obs(txt("Time to rise from floor (Gowers)"), "2026-11-02", qty(4.6, "s", "s"), category="exam", enc=e2)
    c.note("2026-11-02", "Neuromuscular clinic", """
6 y/o with DMD (nonsense variant exon 19), ambulatory, on deflazacort since 1/2025. Mild Gowers, calf pseudohypertrophy.
NSAA 24, rise 4.6 s - stable vs May. Tolerating steroid; weight gain modest, BP normal; bone health labs ok.
Cardiology echo 5/2026 normal. PT, OT, school IEP in place. Genetic counseling done (mother carrier testing pending).
Discussed clinical trials registry. Continue deflazacort, vitamin D, night AFOs. Return 6 months; DEXA and spine films then.
""", neuro, e2, loinc=("11488-4", "Consult note"))
    e3 = c.enc("2026-08-20T10:00:00-04:00", cc((CPT, "99393", "Periodic preventive medicine, established patient, age 5-11"), text="Well child check"), prac=ped, org=pcporg, reason="6-year well visit")
    c.vitals("2026-08-20", e3, bp=(96, 58), hr=94, wt=24.3, ht=111.8)
    c.note("2026-08-20", "Well child", "Kindergarten going well with IEP. Live vaccines given before steroids; flu shot (inactivated) due in fall. Steroid stress-dose card reviewed.", ped, e3)
    return c


def rc_multimorbidity(cid):
    """77F with six active chronic conditions across five specialties (endo, nephro, cardio, pulm, rheum)."""
    c = Case(cid, "https://fhir.sandhillsruralhealth.org/R4")
    org = c.org("Sandhills Rural Health Clinic", npi="1710049982", city="Valentine", state="NE", phone="(402) 555-0144")
    payer = c.org("Medicare (Traditional) + Medicaid (dual)", kind="pay")
    dr = c.prac("Marlene", "Kuhlmann", "PA-C", "1386620049")
    doc = c.prac("Curtis", "Wendt", "MD", "1447703391")
    c.patient("Dorothy Mae", "Lindholm", "female", "1949-03-25", "SRH-007712", "urn:oid:2.16.840.1.113883.3.5411.3",
              "Valentine", "NE", "69201", "315 N Cherry St", "(402) 555-6018", org, dr, marital="W")
    c.coverage(payer, "Medicare Part A/B", "4WE2RT8QP15", cov_type=("SUBSIDIZ", "subsidized health program"))
    dm = c.cond(icd("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), onset="2006", recorded="2011-02-02")
    ckd = c.cond(icd("N18.32", "Chronic kidney disease, stage 3b"), onset="2021", recorded="2021-07-19")
    hf = c.cond(icd("I50.32", "Chronic diastolic (congestive) heart failure", text="HFpEF, LVEF 60%"), onset="2022", recorded="2022-10-04")
    copd = c.cond(sct("13645005", "Chronic obstructive lung disease", text="COPD (GOLD 2)"), onset="2015", recorded="2015-05-20")
    ra = c.cond(icd("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), onset="2003", recorded="2011-02-02")
    c.cond(icd("M81.0", "Age-related osteoporosis without current pathological fracture"), onset="2018", recorded="2018-08-28")
    c.cond(icd("S72.001A", "Fracture of unspecified part of neck of right femur, initial encounter"), onset="2019-01-12", recorded="2019-01-12", clinical="resolved", abatement="2019-06-01")
    c.medstmt(txt("linagliptin 5 mg"), "active", "2026-10-20", dosage="5 mg daily", reason=dm)
    c.medstmt(txt("empagliflozin 10 mg"), "active", "2026-10-20", start="2023-03-01", dosage="10 mg daily", reason=hf)
    c.medstmt(cc((RX, "4603", "furosemide"), text="furosemide 20 mg"), "active", "2026-10-20", dosage="20 mg daily", reason=hf)
    c.medstmt(cc((RX, "52175", "losartan"), text="losartan 25 mg"), "active", "2026-10-20", dosage="25 mg daily", reason=ckd)
    c.medstmt(cc((RX, "69120", "tiotropium"), text="tiotropium 2.5 mcg Respimat"), "active", "2026-10-20", dosage="2 inhalations daily", reason=copd)
    c.medstmt(cc((RX, "435", "albuterol"), text="albuterol HFA"), "active", "2026-10-20", dosage="prn")
    c.medstmt(cc((RX, "5521", "hydroxychloroquine"), text="hydroxychloroquine 200 mg"), "active", "2026-10-20", dosage="200 mg daily", reason=ra)
    c.medstmt(txt("denosumab 60 mg SC every 6 months"), "active", "2026-10-20", start="2019-08-01")
    for d, a, g, k in (("2026-04-14", 7.2, 39, 4.6), ("2026-10-20", 7.0, 38, 4.5)):
        e = c.enc(d + "T10:00:00-05:00", EST("99215"), prac=dr, org=org, reason="Chronic disease management")
        c.lab(*A1C, d, a, "%", "%", None, 5.7, interp="H", enc=e)
        c.lab(*EGFR, d, g, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None, enc=e)
        c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", d, k, "mmol/L", "mmol/L", 3.5, 5.1, enc=e)
        c.vitals(d, e, bp=(132, 72), hr=72, wt=68.2, spo2=93)
        last = e
    c.obs(cc((LOINC, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")), "2026-10-20", qty(610, "pg/mL", "pg/mL"),
          high=1800, interp="N", ref_text="< 1800 pg/mL (age > 75, HF unlikely below 300)")
    c.note("2026-10-20", "Chronic care management visit", """
77F, lives alone, daughter in Omaha. Problems: T2DM with CKD 3b (A1c 7.0, eGFR 38 - stable), HFpEF (euvolemic, NT-proBNP
610 - stable), COPD GOLD 2 (1 exacerbation 2025), seropositive RA (quiet on HCQ; eye exam 5/2026 normal), osteoporosis
s/p hip fracture 2019 on denosumab. Specialists: nephrology (Dr. Ahmad, Kearney - telehealth), cardiology (outreach clinic
quarterly), pulmonology (North Platte), rheumatology (Rapid City, yearly). 10 medications; 4 prescribers.
Care coordination: CCM enrollment, med reconciliation done, pillbox. Hard to travel 150+ miles to specialists.
""", dr, last)
    c.note("2026-10-20", "Supervising physician attestation", "Reviewed and agree. Complex multimorbidity; CCM care plan updated.", doc, last)
    return c


def rc_hae(cid):
    """41F hereditary angioedema type I on lanadelumab prophylaxis."""
    c = Case(cid, "https://fhir.capitolallergy.com/r4")
    org = c.org("Capitol Allergy & Immunology", npi="1922208843", city="Sacramento", state="CA", phone="(916) 555-0157")
    hosp = c.org("Sutter Valley Hospital - Emergency Department", npi="1730310054", city="Sacramento", state="CA")
    payer = c.org("Kaiser Permanente / Blue Shield of California PPO", kind="pay")
    allergist = c.prac("Vivian", "Tran", "MD", "1548830012")
    c.patient("Rebecca Lynn", "Okamoto-Hale", "female", "1985-10-11", "CAI-204410", "urn:oid:2.16.840.1.113883.3.9166.2",
              "Elk Grove", "CA", "95624", "9481 Laguna Springs Dr", "916-555-4832", org, allergist, marital="M")
    c.coverage(payer, "Blue Shield of California PPO", "XEB90128843")
    hae = c.cond(cc((ICD, "D84.1", "Defects in the complement system"), (ORPHA, "91378", "Hereditary angioedema"),
                    text="Hereditary angioedema type I (C1 esterase inhibitor deficiency)"),
                 onset="1999", recorded="2014-06-03", recorder=allergist, note="Mother and maternal aunt affected. SERPING1 pathogenic variant confirmed.")
    c.cond(sct("235595009", "Gastroesophageal reflux disease"), onset="2018", recorded="2018-03-01")
    c.proc(txt("Appendectomy (open)"), "completed", "2003-05-19", note="Normal appendix on pathology - in retrospect abdominal HAE attack.")
    c.medstmt(txt("lanadelumab-flyo 300 mg/2 mL prefilled syringe"), "active", "2026-11-06", start="2024-01-15", dosage="300 mg SC every 2 weeks", reason=hae)
    c.medstmt(txt("icatibant 30 mg/3 mL syringe"), "active", "2026-11-06", start="2016-05-01", dosage="30 mg SC at attack onset, may repeat q6h (max 3/24h)", reason=hae)
    c.medstmt(cc((RX, "7646", "omeprazole"), text="omeprazole 20 mg"), "active", "2026-11-06", dosage="20 mg daily")
    c.medstmt(cc((RX, "7514", "norethindrone"), text="norethindrone 0.35 mg"), "active", "2026-11-06", dosage="daily (estrogen-containing contraception avoided - HAE)")
    c.lab("4498-2", "Complement C4 [Mass/volume] in Serum or Plasma", "2014-05-20", 5, "mg/dL", "mg/dL", 14, 40)
    c.lab("4477-6", "Complement C1 esterase inhibitor [Mass/volume] in Serum or Plasma", "2014-05-20", 7, "mg/dL", "mg/dL", 21, 39)
    c.obs(txt("C1 esterase inhibitor functional (%)"), "2014-05-20", qty(18, "%", "%"), interp="L", ref_text=">67%")
    e1 = c.enc("2026-04-11T02:30:00-07:00", cc((CPT, "99284", "Emergency department visit, moderate MDM"), text="ED visit"), cls="EMER", org=hosp,
               reason="Severe abdominal pain, vomiting - HAE attack", end="2026-04-11T09:00:00-07:00")
    c.note("2026-04-11", "ED note", "Known HAE. Abdominal attack after dental cleaning. Icatibant x1 at home, second dose + IV fluids in ED. CT: bowel wall edema. Resolved; discharged.", None, e1)
    e2 = c.enc("2026-11-06T15:00:00-08:00", EST("99214"), prac=allergist, org=org, reason="HAE 6-month follow-up")
    c.vitals("2026-11-06", e2, bp=(118, 72), hr=70, wt=63.5)
    c.obs(txt("HAE attacks in past 6 months (patient diary)"), "2026-11-06", qty(1, "{attacks}", "{attacks}"), category="survey", enc=e2)
    c.note("2026-11-06", "Allergy/Immunology follow-up", """
HAE type I on lanadelumab q2wk since 1/2024: attacks down from ~2/month to 3 in 2026 (1 since May, mild peripheral).
April abdominal attack triggered by dental work - will use short-term prophylaxis (plasma-derived C1-INH 1000 U) before
dental/procedures. Icatibant x2 in supply, training refreshed. Emergency letter updated. Daughter (9) to be screened
(C4/C1-INH) - pediatric referral. Continue current regimen.
""", allergist, e2)
    return c


# ---------------------------------------------------------------- RARE / COMPLEX near misses
def rcn_four_chronic(cid):
    """63M with four active chronic conditions (HTN, HLD, T2DM, knee OA) and several resolved past problems."""
    c = Case(cid, "https://fhir.blackhillsfamilycare.org/r4")
    org = c.org("Black Hills Family Care", npi="1265580043", city="Spearfish", state="SD", phone="(605) 555-0169")
    payer = c.org("Sanford Health Plan", kind="pay")
    dr = c.prac("Lydia", "Two Bulls", "MD", "1992230017")
    c.patient("Kenneth Wayne", "Oberlander", "male", "1963-09-08", "BHF-53380", "urn:oid:2.16.840.1.113883.3.6071.5",
              "Spearfish", "SD", "57783", "1440 N 5th St", "605-555-7742", org, dr, marital="M")
    c.coverage(payer, "Sanford Health Plan Simplicity", "SHP20045561")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2012", recorded="2012-05-01")
    c.cond(icd("E78.00", "Pure hypercholesterolemia, unspecified", text="Hypercholesterolemia"), onset="2012", recorded="2012-05-01")
    dm = c.cond(icd("E11.9", "Type 2 diabetes mellitus without complications"), onset="2020", recorded="2020-02-18")
    c.cond(icd("M17.12", "Unilateral primary osteoarthritis, left knee"), onset="2021", recorded="2021-10-05")
    c.cond(icd("J18.9", "Pneumonia, unspecified organism", text="Community-acquired pneumonia"), onset="2025-01-06", recorded="2025-01-06", clinical="resolved", abatement="2025-02-01", category="encounter-diagnosis")
    c.cond(icd("N20.0", "Calculus of kidney"), onset="2024-04", recorded="2024-04-22", clinical="resolved", abatement="2024-05-10")
    c.cond(icd("S82.62XA", "Displaced fracture of lateral malleolus of left fibula, initial encounter"), onset="2023-01-28", recorded="2023-01-28", clinical="resolved", abatement="2023-04-15")
    c.cond(icd("F17.210", "Nicotine dependence, cigarettes, uncomplicated"), onset="1980", recorded="2012-05-01", clinical="resolved", abatement="2019-06-01", note="Quit 6/2019, 30 pack-years.")
    c.medstmt(cc((RX, "29046", "lisinopril"), text="lisinopril 20 mg"), "active", "2026-11-03", dosage="20 mg daily")
    c.medstmt(cc((RX, "83367", "atorvastatin"), text="atorvastatin 40 mg"), "active", "2026-11-03", dosage="40 mg daily")
    c.medstmt(cc((RX, "861007", "metformin hydrochloride 500 MG Oral Tablet")), "active", "2026-11-03", dosage="500 mg BID", reason=dm)
    c.medstmt(cc((RX, "41493", "meloxicam"), text="meloxicam 7.5 mg"), "active", "2026-11-03", dosage="7.5 mg daily prn knee")
    for d, a, bp in (("2026-03-10", 6.8, (128, 80)), ("2026-07-14", 6.9, (130, 78)), ("2026-11-03", 6.8, (126, 78))):
        e = c.enc(d + "T08:15:00-06:00", EST("99214"), prac=dr, org=org, reason="Chronic disease follow-up")
        c.lab(*A1C, d, a, "%", "%", None, 5.7, interp="H", enc=e)
        c.vitals(d, e, bp=bp, hr=70, wt=98.0)
        last = e
    c.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-11-03", 82, "mg/dL", "mg/dL", None, 100, enc=last)
    c.lab(*EGFR, "2026-11-03", 84, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None, enc=last)
    c.dr(txt("Low-dose CT chest - lung cancer screening"), "2026-02-02", "Lung-RADS 2 - benign appearance. Annual LDCT.")
    c.note("2026-11-03", "Chronic care visit", """
Doing well. HTN, lipids, T2DM (A1c 6.8) all at goal; knee OA manageable with meloxicam prn and weight loss efforts.
Past pneumonia, kidney stone and ankle fracture fully resolved. LDCT Lung-RADS 2. Colonoscopy 2023 normal.
Shingrix #2 today. Return 4 months.
""", dr, last)
    c.imm("187", "zoster recombinant", "2026-11-03")
    return c


def rcn_sickle_trait(cid):
    """8F sickle cell trait (carrier) from newborn screen; healthy well-child visit."""
    c = Case(cid, "https://fhir.crescentcitypeds.org/r4")
    org = c.org("Crescent City Pediatrics", npi="1801147729", city="New Orleans", state="LA", phone="(504) 555-0138")
    payer = c.org("Louisiana Healthcare Connections", kind="pay")
    dr = c.prac("Monique", "Batiste", "MD", "1013389206")
    dad = c.related("Andre", "Fontenot", "FTH", "father", "504-555-2218")
    c.patient("Zoe Amani", "Fontenot", "female", "2018-02-09", "CCP-661028", "urn:oid:2.16.840.1.113883.3.2880.7",
              "New Orleans", "LA", "70119", "3120 Bienville St", "504-555-2218", org, dr)
    c.coverage(payer, "Louisiana Medicaid - LHCC", "LA20017736", relationship="child", subscriber=dad)
    c.cond(icd("D57.3", "Sickle-cell trait"), onset="2018-02-09", recorded="2018-03-02", recorder=dr, note="Newborn screen FAS; confirmed by electrophoresis 2019.")
    c.cond(sct("61582004", "Allergic rhinitis"), onset="2022", recorded="2022-04-11")
    c.cond(icd("J02.0", "Streptococcal pharyngitis"), onset="2026-02-03", recorded="2026-02-03", clinical="resolved", abatement="2026-02-13", category="encounter-diagnosis")
    c.medstmt(cc((RX, "20610", "cetirizine"), text="cetirizine 5 mg/5 mL"), "active", "2026-10-14", dosage="5 mL daily prn")
    c.obs(txt("Newborn screen - hemoglobin pattern"), "2018-02-12", "FAS (hemoglobin F, A, S) - consistent with sickle cell trait", interp="A")
    c.obs(cc((LOINC, "4625-0", "Hemoglobin S/Hemoglobin.total in Blood")), "2019-02-15", qty(38.1, "%", "%"), ref_text="0%; trait typically 35-40%",
          note="HbA 58.4%, HbA2 3.0%, HbF 0.5% - sickle cell trait (AS).")
    e0 = c.enc("2026-02-03T10:20:00-06:00", EST("99213"), prac=dr, org=org, reason="Sore throat, fever")
    c.obs(cc((LOINC, "78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay")), "2026-02-03", sct("10828004", "Positive"), interp="POS", enc=e0)
    c.medreq(txt("amoxicillin 400 mg/5 mL suspension"), "2026-02-03", "50 mg/kg/day once daily x 10 days", requester=dr, enc=e0, status="completed")
    e1 = c.enc("2026-10-14T09:00:00-05:00", cc((CPT, "99393", "Periodic preventive medicine, established patient, age 5-11"), text="Well child check"), prac=dr, org=org, reason="8-year well visit")
    c.vitals("2026-10-14", e1, bp=(98, 60), hr=84, wt=26.9, ht=128.5, bmi=16.3)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-14", 12.4, "g/dL", "g/dL", 11.5, 15.5, enc=e1)
    c.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-10-14", 82, "fL", "fL", 77, 95, enc=e1)
    c.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-14")
    c.note("2026-10-14", "Well child 8 y", """
Healthy 3rd grader. Growth 50th percentile. Sickle cell trait (carrier, not disease) - no anemia, no pain crises ever.
Reviewed with dad: trait is not sickle cell disease; hydrate in heat/sports; genetic counseling for future. Vision/hearing
normal. Vaccines up to date + flu today. Return 1 year.
""", dr, e1)
    return c
