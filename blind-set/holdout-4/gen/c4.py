from c1 import *

# ---------------- WORSENING_DESPITE_TREATMENT ----------------
def wdt_p1(cid):
    b = mk(cid, 5)
    b.patient("Clarence Edward", "Buchanan", "male", "1958-09-09", "PFP-009188", line="14 Old Haw Creek Rd", postal="28805")
    b.prac("pulm", "Ingrid", "Solberg", "418112009", "Pulmonary medicine", "1669203847")
    b.coverage("Medicare Advantage - UnitedHealthcare AARP", "medicare", "9XK4-WD2-RP55")
    copd = cc(("sct", "13645005", "Chronic obstructive lung disease"), ("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified"), text="COPD, GOLD 3, group E")
    c = b.cond(copd, "2019-04-01", recorder="pulm")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2012-01-01")
    b.cond(cc(("sct", "8517006", "Ex-smoker"), ("icd", "Z87.891", "Personal history of nicotine dependence")), "2019-04-01")
    b.medstmt(cc(text="fluticasone furoate 100 mcg / umeclidinium 62.5 mcg / vilanterol 25 mcg inhalation powder (Trelegy Ellipta)"), "2025-03-01", "1 inhalation daily", reason=c)
    b.medstmt(cc(("rx", "435", "albuterol"), text="albuterol 90 mcg/actuation inhaler"), "2019-04-01", "2 puffs every 4 h as needed", reason=c)
    b.medstmt(cc(("rx", "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2012-01-01", "5 mg daily")
    b.medreq(cc(("rx", "8640", "prednisone"), text="prednisone 40 mg daily x 5 days"), "2026-08-03", "40 mg daily x 5 days", status="completed", reason=c)
    for d, f1, cat in (("2026-02-10", 1.42, 17), ("2026-06-09", 1.31, 21), ("2026-10-27", 1.16, 26)):
        e = b.enc(d, "Pulmonology follow-up", prac="pulm", reason=copd)
        b.obs(cc(("loinc", "20150-9", "FEV1")), d, f1, "L", cat="procedure", interp=None, enc=e, note="Post-bronchodilator spirometry")
        b.obs(cc(text="COPD Assessment (CAT) total score"), d, cat, "{score}", cat="survey", interp=None, enc=e)
        b.obs(cc(("loinc", "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry")), d, 93 if f1 > 1.2 else 91, "%", cat="vital-signs", interp=None, enc=e)
    b.note("2026-10-27", "Pulmonology follow-up", """68M, COPD GOLD 3 on single-inhaler triple therapy since 3/2025, good technique, adherence confirmed by refill history. Quit smoking 2019.
Post-BD FEV1 1.42 -> 1.31 -> 1.16 L over 8 months; CAT 17 -> 21 -> 26. One outpatient exacerbation (Aug). More breathless walking to mailbox.
Plan: check eosinophils, consider roflumilast or azithromycin, pulmonary rehab referral.""", prac="pulm")
    cbc(b, "2026-10-27", 15.0, male=True)
    return b, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"], \
        "FEV1 fell 1.42 -> 1.31 -> 1.16 L (-260 mL, MCID ~100 mL) and CAT rose 17 -> 26 (MCID 2) over 8 months while on maintenance triple inhaler throughout.", \
        "68M COPD: FEV1 and CAT worsening over 8 months on triple therapy"

def wdt_p2(cid):
    b = mk(cid, 8)
    b.patient("Sophia Grace", "Alvarez", "female", "2012-05-30", "BCH-2209917", line="3108 W Bay to Bay Blvd", postal="33629")
    b.prac("endo", "Malik", "Henderson", "394583002", "Pediatric endocrinology", "1821093847")
    b.coverage("Florida Blue BlueOptions", "commercial", "FLB30019283")
    dm = cc(("sct", "46635009", "Diabetes mellitus type 1"), ("icd", "E10.9", "Type 1 diabetes mellitus without complications"))
    c = b.cond(dm, "2021-01-12", recorder="endo")
    b.cond(cc(("sct", "406506008", "Attention deficit hyperactivity disorder"), ("icd", "F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type")), "2020-01-01")
    b.cond(cc(("sct", "420422005", "Diabetic ketoacidosis"), ("icd", "E10.10", "Type 1 diabetes mellitus with ketoacidosis without coma")), "2021-01-12", status="resolved", abated="2021-01-15")
    b.medstmt(cc(("rx", "274783", "insulin glargine"), text="insulin glargine 100 units/mL pen"), "2021-01-15", "22 units at bedtime", reason=c)
    b.medstmt(cc(("rx", "86009", "insulin lispro"), text="insulin lispro 100 units/mL pen"), "2021-01-15", "1 unit per 10 g carbohydrate + correction", reason=c)
    b.medstmt(cc(text="Continuous glucose monitor (Dexcom G7)"), "2022-03-01", "continuous")
    b.imm("62", "HPV, quadrivalent", "2024-06-01")
    for d, v, tir in (("2026-02-24", 7.6, 58), ("2026-06-16", 8.5, 44), ("2026-10-20", 9.6, 31)):
        e = b.enc(d, "Diabetes clinic", prac="endo", reason=dm, svc="Pediatric endocrinology")
        a1c(b, d, v, e)
        b.obs(cc(text="CGM time in range 70-180 mg/dL (14 days)"), d, tir, "%", cat="laboratory", interp=None, enc=e, ref_text=">70%")
        b.vitals(d, 108, 66, 80, 48.0 + (0.6 if d > "2026-05" else 0), e)
    b.note("2026-10-20", "Diabetes clinic", """14F, T1D since 2021 on MDI (glargine + lispro) with CGM. A1c 7.6 -> 8.5 -> 9.6 over 8 months; time in range 58% -> 31%.
Family reports doses given; CGM data show post-prandial highs and overnight rises despite dose increases. No DKA. Puberty Tanner 4.
Plan: increase basal, carb counting review with dietitian, discuss pump. Screen celiac/thyroid.""", prac="endo")
    tsh(b, "2026-10-20", 2.1)
    return b, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"], \
        "HbA1c rose 7.6 -> 8.5 -> 9.6% over 8 months (3 values, MCID 0.5%) while basal-bolus insulin was active throughout.", \
        "14F type 1 diabetes, HbA1c rising 2 points over 8 months on insulin"

def wdt_p3(cid):
    b = mk(cid, 12)
    b.patient("Roberto Luis", "Esquivel", "male", "1963-02-14", "HKD-330718", line="5210 S 24th St", postal="68107")
    b.prac("neph", "Janice", "Whitmore", "394589003", "Nephrology", "1093847265")
    b.coverage("Medica Choice Passport", "commercial", "MCP10293847")
    dm = b.cond(cc(("sct", "44054006", "Diabetes mellitus type 2"), ("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2009-01-01")
    c = b.cond(cc(("sct", "433144002", "Chronic kidney disease stage 3"), ("icd", "N18.31", "Chronic kidney disease, stage 3a"), text="Diabetic kidney disease, CKD G3 A3"), "2023-06-01", recorder="neph")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2010-01-01")
    for rx, txt, dose, st in (("29046", "lisinopril 40 mg tablet", "40 mg daily", "2023-06-01"), ("1545653", "empagliflozin 10 mg tablet", "10 mg daily", "2025-09-01"),
                              ("6809", "metformin 500 mg tablet", "500 mg twice daily", "2009-01-01"), ("83367", "atorvastatin 40 mg tablet", "40 mg daily", "2012-01-01")):
        b.medstmt(cc(("rx", rx, txt.split()[0]), text=txt), st, dose, reason=c if rx in ("29046", "1545653") else dm)
    for d, eg, cr, acr, a in (("2026-02-09", 54, 1.48, 180, 7.1), ("2026-06-15", 46, 1.70, 420, 7.0), ("2026-11-09", 38, 1.98, 690, 7.1)):
        e = b.enc(d, "Nephrology follow-up", prac="neph", svc="Nephrology")
        b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, eg, "mL/min/{1.73_m2}", 60, None, enc=e)
        b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, cr, "mg/dL", 0.7, 1.3, enc=e)
        b.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", d, acr, "mg/g", None, 30, enc=e)
        a1c(b, d, a, e)
        b.vitals(d, 128, 76, 72, 92.0, e)
    b.note("2026-11-09", "Nephrology follow-up", """63M, diabetic kidney disease on maximal lisinopril since 2023 and empagliflozin since 9/2025; adherent per pharmacy fills. BP at goal 128/76, A1c ~7.
eGFR 54 -> 46 -> 38 in 9 months, UACR 180 -> 690 mg/g. Renal US 10/2026: normal-size kidneys, no obstruction.
Rapid decline despite RAAS + SGLT2 blockade. Plan: add finerenone, review for non-diabetic kidney disease.""", prac="neph")
    return b, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"], \
        "eGFR fell 54 -> 46 -> 38 mL/min/1.73m2 over 9 months (3 values) with rising albuminuria while ACE inhibitor and SGLT2 inhibitor were active throughout.", \
        "63M diabetic kidney disease, eGFR falling 16 points in 9 months despite lisinopril + empagliflozin"

def wdt_n1(cid):
    b = mk(cid, 1)
    b.patient("Andre Maurice", "Whitaker", "male", "1987-07-21", "RRMC-1203388", line="240 S Grant Ave", postal="43215")
    b.prac("psy", "Nadia", "Farah", "394587001", "Psychiatry", "1538209476")
    b.coverage("CareSource Ohio Medicaid", "medicaid", "CSO10293844")
    mdd = cc(("sct", "370143000", "Major depressive disorder"), ("icd", "F33.1", "Major depressive disorder, recurrent, moderate"))
    c = b.cond(mdd, "2026-03-20", recorder="psy")
    b.cond(cc(("sct", "193462001", "Insomnia"), ("icd", "G47.00", "Insomnia, unspecified")), "2026-03-20", status="resolved", abated="2026-07-01")
    b.medreq(cc(("rx", "321988", "escitalopram"), text="escitalopram 10 mg tablet"), "2026-04-02", "10 mg daily", reason=c, prac="psy")
    for d, v in (("2026-05-07", 10), ("2026-08-13", 11), ("2026-11-12", 13)):
        e = b.enc(d, "Psychiatry medication management", prac="psy", reason=mdd, cls="VR" if d == "2026-08-13" else "AMB")
        b.obs(cc(("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), d, v, "{score}", cat="survey", interp=None, enc=e)
        b.obs(cc(("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), d, 7, "{score}", cat="survey", interp=None, enc=e)
    b.note("2026-11-12", "Psychiatry medication management", """39M, recurrent MDD on escitalopram 10 mg since April. PHQ-9 10 -> 11 -> 13, small drift; seasonal stressors (job change). No SI. Sleep improved.
Plan: increase escitalopram to 20 mg, resume CBT, recheck 6 weeks.""", prac="psy")
    b.medreq(cc(("rx", "321988", "escitalopram"), text="escitalopram 20 mg tablet"), "2026-11-12", "20 mg daily", reason=c, prac="psy", status="active")
    b.vitals("2026-11-12", 124, 78, 74, 88.0)
    tsh(b, "2026-05-07", 1.9)
    cbc(b, "2026-05-07", 14.6, male=True)
    return b, "WORSENING_DESPITE_TREATMENT", "near-miss", [], \
        "PHQ-9 rose only 3 points (10 -> 13) over 6 months on escitalopram, below the 5-point MCID.", \
        "39M depression on escitalopram, PHQ-9 drifting up 3 points (below MCID)"

def wdt_n2(cid):
    b = mk(cid, 4)
    b.patient("Curtis Wayne", "Holloway", "male", "1969-03-03", "SCM-00883120", line="5500 Loch Raven Blvd", postal="21239")
    b.prac("pcp", "Angela", "Moreau", *IM, "1619283747")
    b.coverage("Aetna Open Access Managed Choice", "commercial", "W883019284")
    dm = cc(("sct", "44054006", "Diabetes mellitus type 2"), ("icd", "E11.9", "Type 2 diabetes mellitus without complications"))
    c = b.cond(dm, "2020-05-01", recorder="pcp")
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2020-05-01")
    b.cond(cc(("sct", "414916001", "Obesity"), ("icd", "E66.9", "Obesity, unspecified")), "2015-01-01")
    b.medstmt(cc(("rx", "6809", "metformin"), text="metformin 1000 mg tablet"), "2020-05-01", "1000 mg twice daily", status="stopped", end="2026-02-20", reason=c,
              note="Patient stopped on his own because of diarrhea; declined alternatives at the time.")
    b.medstmt(cc(("rx", "83367", "atorvastatin"), text="atorvastatin 20 mg tablet"), "2020-05-01", "20 mg daily")
    for d, v in (("2026-01-12", 7.0), ("2026-05-18", 7.9), ("2026-09-21", 8.8)):
        e = b.enc(d, "Office visit", prac="pcp", reason=dm)
        a1c(b, d, v, e)
        b.vitals(d, 130, 82, 76, 108.0 + (1 if d > "2026-03" else 0), e)
    b.note("2026-05-18", "Office visit", "Off metformin since February (GI side effects). Declines restarting or other agents for now; will try diet. A1c 7.9.", prac="pcp")
    b.note("2026-09-21", "Office visit", """A1c 8.8, untreated since February. Agrees to start semaglutide; titrate monthly. Recheck A1c in 3 months.""", prac="pcp")
    b.medreq(cc(("rx", "1991302", "semaglutide"), text="semaglutide 0.25 mg/dose pen"), "2026-09-28", "0.25 mg weekly x 4 weeks then 0.5 mg weekly", reason=c, prac="pcp")
    bmp(b, "2026-09-21", creat=0.9, glu=168, egfr=92)
    return b, "WORSENING_DESPITE_TREATMENT", "near-miss", [], \
        "HbA1c rose 7.0 -> 8.8% but glucose-lowering therapy was not running during the decline (metformin self-stopped Feb 2026, semaglutide only started late Sept).", \
        "57M type 2 diabetes, HbA1c rising while off all diabetes medication"

# ---------------- RARE_OR_COMPLEX_CONDITION ----------------
def roc_p1(cid):
    b = mk(cid, 12)
    b.patient("Jacob Daniel", "Morrissey", "male", "1997-06-11", "HKD-771045", line="11020 Q St", postal="68137")
    b.prac("neph", "Janice", "Whitmore", "394589003", "Nephrology", "1093847266")
    b.prac("gen", "Owen", "Patel", "394580004", "Clinical genetics", "1750293847")
    b.coverage("Blue Cross and Blue Shield of Nebraska", "commercial", "BNE11029384")
    fd = cc(("sct", "16652001", "Fabry's disease"), ("icd", "E75.21", "Fabry (-Anderson) disease"))
    c = b.cond(fd, "2019-03-12", recorder="gen", note="Classic phenotype; GLA c.1025G>A (p.Arg342Gln). Alpha-galactosidase A activity <1% of normal.")
    b.cond(cc(("sct", "29738008", "Proteinuria"), ("icd", "R80.9", "Proteinuria, unspecified")), "2020-01-01", status="resolved", abated="2022-01-01")
    b.cond(cc(("sct", "95545007", "Hypohidrosis"), ("icd", "L74.4", "Anhidrosis")), "2010-01-01")
    b.medstmt(cc(text="agalsidase beta 1 mg/kg IV infusion every 2 weeks (home infusion)"), "2019-05-01", "1 mg/kg IV every 2 weeks", reason=c)
    b.medstmt(cc(("rx", "25480", "gabapentin"), text="gabapentin 300 mg capsule"), "2019-05-01", "300 mg at bedtime for acroparesthesia", reason=c)
    for d, eg, acr in (("2026-02-16", 96, 22), ("2026-08-17", 94, 24)):
        b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, eg, "mL/min/{1.73_m2}", 60, None)
        b.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", d, acr, "mg/g", None, 30)
    b.obs(cc(text="Plasma globotriaosylsphingosine (lyso-Gb3)"), "2026-08-17", 18, "ng/mL", None, 1.8, cat="laboratory")
    ef = b.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), "2026-05-04", 63, "%", 52, 72, cat="imaging")
    b.dr(cc(("loinc", "34552-0", "Cardiac 2D echo panel")), "2026-05-04", "Normal LV size and function, septal thickness 11 mm, no LVH.", results=[ef], cat=("CUS", "Cardiac Ultrasound"))
    e = b.enc("2026-08-17", "Genetics / metabolic clinic", prac="gen", reason=fd, svc="Lysosomal storage disorders clinic")
    b.vitals("2026-08-17", 118, 72, 66, 74.0, e)
    b.note("2026-08-17", "Metabolic clinic", """29M, classic Fabry disease on agalsidase beta since 2019. Acroparesthesia controlled, hypohidrosis. eGFR 94, UACR 24, no LVH on echo, MRI brain stable.
Continue ERT. Annual cardiac MRI and audiology. Cascade screening: sister tested carrier.""".replace("tested", "confirmed"), prac="gen", enc=e)
    return b, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], \
        "Active Fabry disease (E75.21 / SNOMED 16652001), an Orphanet rare lysosomal disorder, on enzyme replacement; organ function stable.", \
        "29M classic Fabry disease on enzyme replacement therapy, stable"

def roc_p2(cid):
    b = mk(cid, 3)
    b.patient("Evelyn Rose", "Dziedzic", "female", "1950-10-02", "LKC-0019283", line="2840 S Delaware Ave", postal="53207")
    b.prac("pcp", "Robert", "Lindqvist", *FM, "1205938848")
    b.prac("cards", "Hannah", "Reiter", "394579002", "Cardiology", "1821930475")
    b.prac("neph", "Marcus", "Obi", "394589003", "Nephrology", "1447290385")
    b.prac("oph", "Lena", "Vogel", "394594003", "Ophthalmology", "1962830475")
    b.coverage("Medicare Part A and B", "medicare", "6AB1-CD2-EF34")
    conds = [
        (cc(("sct", "44054006", "Diabetes mellitus type 2"), ("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2006-01-01", "pcp"),
        (cc(("sct", "433144002", "Chronic kidney disease stage 3"), ("icd", "N18.31", "Chronic kidney disease, stage 3a")), "2019-01-01", "neph"),
        (cc(("sct", "446221000", "Heart failure with normal ejection fraction"), ("icd", "I50.32", "Chronic diastolic (congestive) heart failure")), "2021-01-01", "cards"),
        (cc(("sct", "49436004", "Atrial fibrillation"), ("icd", "I48.11", "Longstanding persistent atrial fibrillation")), "2022-01-01", "cards"),
        (cc(("sct", "77075001", "Primary open angle glaucoma"), ("icd", "H40.1132", "Primary open-angle glaucoma, bilateral, moderate stage")), "2016-01-01", "oph"),
        (cc(("sct", "239872002", "Osteoarthritis of hip"), ("icd", "M16.0", "Bilateral primary osteoarthritis of hip")), "2014-01-01", "pcp"),
        (cc(("sct", "40930008", "Hypothyroidism"), ("icd", "E03.9", "Hypothyroidism, unspecified")), "2010-01-01", "pcp"),
    ]
    for code, on, pr in conds:
        b.cond(code, on, recorder=pr)
    b.cond(cc(("sct", "68566005", "Urinary tract infectious disease"), ("icd", "N39.0", "Urinary tract infection, site not specified")), "2026-04-01", status="resolved", abated="2026-04-10")
    for rx, txt, dose in (("6809", "metformin 500 mg tablet", "500 mg twice daily"), ("1545653", "empagliflozin 10 mg tablet", "10 mg daily"),
                          ("1364430", "apixaban 5 mg tablet", "5 mg twice daily"), ("4603", "furosemide 20 mg tablet", "20 mg daily"),
                          ("6918", "metoprolol succinate ER 50 mg tablet", "50 mg daily"), ("10582", "levothyroxine 75 mcg tablet", "75 mcg daily"),
                          ("161", "acetaminophen 500 mg tablet", "1000 mg three times daily as needed"), ("37798", "latanoprost 0.005% ophthalmic solution", "1 drop each eye at bedtime")):
        b.medstmt(cc(("rx", rx, txt.split()[0]), text=txt), "2024-01-01", dose)
    for d, pr, svc in (("2026-03-10", "cards", "Cardiology"), ("2026-05-20", "neph", "Nephrology"), ("2026-07-14", "oph", "Glaucoma clinic"), ("2026-10-06", "pcp", "Primary care")):
        e = b.enc(d, "Office visit", prac=pr, svc=svc)
        if pr in ("cards", "pcp"):
            b.vitals(d, 132, 74, 70, 77.0, e)
    for d, eg, a in (("2026-05-20", 52, 7.2), ("2026-10-06", 51, 7.1)):
        b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, eg, "mL/min/{1.73_m2}", 60, None)
        a1c(b, d, a)
    b.obs(cc(("loinc", "56844-4", "Intraocular pressure of Eye")), "2026-07-14", 16, "mm[Hg]", 10, 21, cat="exam")
    tsh(b, "2026-10-06", 2.6)
    b.note("2026-10-06", "Annual wellness visit", """76F with T2DM, CKD 3a, HFpEF, persistent AF on apixaban, bilateral POAG, hip OA and hypothyroidism. Followed by cardiology, nephrology and glaucoma clinic.
All conditions stable: A1c 7.1, eGFR 51 (stable), euvolemic, IOP controlled. 10 daily medications; medication reconciliation done.""", prac="pcp")
    return b, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], \
        "Complexity: 7 active chronic conditions spanning endocrinology, nephrology, cardiology, ophthalmology and musculoskeletal care, each stable.", \
        "76F multimorbidity: diabetes, CKD, HFpEF, AF, glaucoma, hip OA, hypothyroidism"

def roc_p3(cid):
    b = mk(cid, 8)
    b.patient("Noah Alexander", "Whitfield", "male", "2015-09-18", "BCH-4401928", line="1907 S MacDill Ave", postal="33629")
    b.prac("neuro", "Carmen", "Ibanez", "394591006", "Pediatric neurology", "1093847267")
    b.coverage("Sunshine Health (Florida Medicaid)", "medicaid", "SSH99201834")
    tsc = cc(("sct", "7199000", "Tuberous sclerosis syndrome"), ("icd", "Q85.1", "Tuberous sclerosis"))
    c = b.cond(tsc, "2016-02-10", recorder="neuro", note="TSC2 pathogenic variant. Cortical tubers, subependymal nodules, cardiac rhabdomyomas (regressed).")
    ep = b.cond(cc(("sct", "84757009", "Epilepsy"), ("icd", "G40.209", "Localization-related symptomatic epilepsy with complex partial seizures, not intractable, without status epilepticus")), "2016-06-01")
    b.cond(cc(("sct", "254915003", "Angiomyolipoma of kidney"), ("icd", "D30.00", "Benign neoplasm of unspecified kidney")), "2023-03-01")
    b.cond(cc(("sct", "406506008", "Attention deficit hyperactivity disorder"), ("icd", "F90.2", "Attention-deficit hyperactivity disorder, combined type")), "2022-01-01")
    b.medstmt(cc(("rx", "114477", "levetiracetam"), text="levetiracetam 500 mg tablet"), "2019-01-01", "750 mg twice daily", reason=ep)
    b.medstmt(cc(("rx", "141704", "everolimus"), text="everolimus 2.5 mg tablet"), "2023-06-01", "5 mg daily, trough 5-15 ng/mL", reason=c)
    b.imm("88", "influenza virus vaccine, unspecified formulation", "2026-10-10")
    for d, s in (("2026-04-15", 2), ("2026-10-14", 1)):
        e = b.enc(d, "Tuberous sclerosis clinic", prac="neuro", reason=tsc, svc="Pediatric neurology")
        b.obs(cc(text="Focal seizures per month (caregiver diary)"), d, s, "/mo", cat="survey", interp=None, enc=e)
        b.obs(cc(text="Everolimus [Mass/volume] in Blood --trough"), d, 8.2 if s == 2 else 7.6, "ng/mL", 5, 15, cat="laboratory")
        b.vitals(d, 100, 62, 84, 33.0 + (1 if s == 1 else 0), e)
    b.dr(cc(("loinc", "24590-2", "MR Brain WO and W contrast")), "2026-04-10", "Stable cortical tubers and subependymal nodules; no enlarging subependymal giant cell astrocytoma.")
    b.dr(cc(text="MR Abdomen WO and W contrast"), "2026-04-10", "Bilateral renal angiomyolipomas, largest 1.6 cm, stable.")
    b.note("2026-10-14", "TSC clinic", "11M with tuberous sclerosis complex (TSC2): focal epilepsy 1-2/month on levetiracetam, renal AMLs stable on everolimus, ADHD. Continue plan; annual MRI.", prac="neuro")
    cbc(b, "2026-10-14", 12.8, wbc=6.0)
    return b, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], \
        "Active tuberous sclerosis complex (Q85.1 / SNOMED 7199000), a rare genetic disorder, with epilepsy and renal angiomyolipomas.", \
        "11M tuberous sclerosis complex with focal epilepsy and renal angiomyolipomas"

def roc_n1(cid):
    b = mk(cid, 9)
    b.patient("Amanda Jo", "Pelletier", "female", "1992-01-17", "GSM00992017", line="77 Bridge St", postal="03101")
    b.prac("rheum", "Victor", "Shah", "394810000", "Rheumatology", "1356029384")
    b.coverage("Harvard Pilgrim Health Care", "hmo", "HP9910234")
    rp = cc(("sct", "266261006", "Raynaud's disease"), ("icd", "I73.00", "Raynaud's syndrome without gangrene"), text="Primary Raynaud phenomenon")
    c = b.cond(rp, "2008-01-01", recorder="rheum")
    b.cond(cc(("sct", "37796009", "Migraine"), ("icd", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2010-01-01")
    b.medreq(cc(("rx", "7417", "nifedipine"), text="nifedipine ER 30 mg tablet"), "2025-11-01", "30 mg daily November-March", reason=c, prac="rheum")
    e = b.enc("2026-10-29", "Rheumatology consultation", prac="rheum", reason=rp)
    b.obs(cc(("loinc", "8061-4", "Nuclear Ab [Presence] in Serum")), "2026-10-22", cat="laboratory", text_value=cc(("loinc", "LA6577-6", "Negative")), interp="NEG", enc=e)
    b.obs(cc(text="Anti-centromere and anti-Scl-70 antibodies"), "2026-10-22", cat="laboratory", text_value="Negative", interp="NEG", enc=e)
    b.lab("4537-7", "Erythrocyte sedimentation rate by Westergren method", "2026-10-22", 8, "mm/h", 0, 20, enc=e)
    b.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-10-22", 1.2, "mg/L", None, 5.0, enc=e)
    cbc(b, "2026-10-22", 13.4, enc=e)
    b.obs(cc(text="Nailfold capillaroscopy"), "2026-10-29", cat="exam", text_value="Normal capillary pattern, no dilated loops or dropout", interp="N", enc=e)
    b.vitals("2026-10-29", 112, 70, 68, 60.0, e)
    b.note("2026-10-29", "Rheumatology consultation", """34F with cold-induced triphasic color change of fingers since adolescence. No digital ulcers, pitting, sclerodactyly, dysphagia, or reflux.
ANA negative, ESR/CRP normal, nailfold capillaroscopy normal.
Assessment: primary Raynaud phenomenon; no features of systemic sclerosis or other connective tissue disease. Warm gloves, nifedipine in winter. Discharge to PCP.""", prac="rheum", enc=e)
    b.cond(cc(("sct", "195662009", "Acute viral pharyngitis"), ("icd", "J02.9", "Acute pharyngitis, unspecified")), "2026-02-03", status="resolved", abated="2026-02-10")
    b.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-22", 1.9, "m[IU]/L", 0.45, 4.5)
    return b, "RARE_OR_COMPLEX_CONDITION", "near-miss", [], \
        "Primary Raynaud phenomenon is common; serology and capillaroscopy exclude systemic sclerosis, and she has only 2 chronic conditions.", \
        "34F primary Raynaud phenomenon, systemic sclerosis excluded"

def roc_n2(cid):
    b = mk(cid, 6)
    b.patient("Howard Glen", "Nakamura", "male", "1957-04-12", "DSH-40019283", line="8420 E Broadway Blvd", postal="85710")
    b.prac("pcp", "Helen", "Tsosie", *FM, "1730592288")
    b.coverage("Medicare Advantage - Banner Medicare Advantage", "medicare", "BMA44019283")
    for code, on in ((cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2008-01-01"),
                     (cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2010-01-01"),
                     (cc(("sct", "44054006", "Diabetes mellitus type 2"), ("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2015-01-01"),
                     (cc(("sct", "414916001", "Obesity"), ("icd", "E66.9", "Obesity, unspecified")), "2005-01-01")):
        b.cond(code, on, recorder="pcp")
    for code, on, ab in ((cc(("sct", "233604007", "Pneumonia"), ("icd", "J18.9", "Pneumonia, unspecified organism")), "2025-01-20", "2025-02-10"),
                         (cc(("sct", "16114001", "Fracture of ankle"), ("icd", "S82.891A", "Other fracture of right lower leg, initial encounter for closed fracture")), "2023-07-04", "2023-10-01"),
                         (cc(("sct", "10509002", "Acute bronchitis"), ("icd", "J20.9", "Acute bronchitis, unspecified")), "2024-11-02", "2024-11-20"),
                         (cc(("sct", "4106009", "Rotator cuff syndrome"), ("icd", "M75.101", "Unspecified rotator cuff tear or rupture of right shoulder, not specified as traumatic")), "2022-03-01", "2022-09-01")):
        b.cond(code, on, status="resolved", abated=ab)
    for rx, txt, dose in (("29046", "lisinopril 20 mg tablet", "20 mg daily"), ("83367", "atorvastatin 40 mg tablet", "40 mg daily"), ("6809", "metformin 1000 mg tablet", "1000 mg twice daily")):
        b.medstmt(cc(("rx", rx, txt.split()[0]), text=txt), "2016-01-01", dose)
    for d, a, s in (("2026-03-09", 6.9, 132), ("2026-07-13", 7.0, 130), ("2026-11-09", 6.9, 128)):
        e = b.enc(d, "Chronic care visit", prac="pcp")
        a1c(b, d, a, e)
        b.vitals(d, s, 78, 72, 104.0, e)
    b.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-07-13", 82, "mg/dL", None, 100)
    bmp(b, "2026-07-13", creat=0.9, egfr=88)
    b.imm("33", "pneumococcal polysaccharide vaccine, 23 valent", "2025-03-01")
    b.note("2026-11-09", "Chronic care visit", "69M with HTN, hyperlipidemia, T2DM and obesity, all managed in primary care and at goal. Past pneumonia, ankle fracture, rotator cuff injury all resolved. Continue current regimen.", prac="pcp")
    return b, "RARE_OR_COMPLEX_CONDITION", "near-miss", [], \
        "Long problem list but only 4 active chronic conditions (HTN, hyperlipidaemia, T2DM, obesity), all primary-care managed; the rest are resolved; nothing rare.", \
        "69M four common cardiometabolic conditions plus several resolved problems"

CASES = [wdt_p1, wdt_p2, wdt_p3, wdt_n1, wdt_n2, roc_p1, roc_p2, roc_p3, roc_n1, roc_n2]
