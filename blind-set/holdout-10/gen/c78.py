from common import *

# ---------------- C7 WORSENING_DESPITE_TREATMENT
@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "HbA1c rose 7.9 -> 8.6 -> 9.3 -> 10.2% from Jan to Oct 2026 (+2.3, MCID 0.5) while metformin, empagliflozin and glargine were active throughout.",
      "58M type 2 diabetes, HbA1c climbing despite three agents", "dm")
def c7p1(c):
    c.patient("Begay", "Leonard R", "male", "1968-02-26", "DM52200147", "Chandler", "AZ", "85225", "990 W Ray Rd", "480-555-0176", race=("1002-5", "American Indian or Alaska Native"), marital=("M", "Married"))
    o = c.org("Desert Mesa Health Endocrinology", "1962437121"); pay = c.org("Blue Cross Blue Shield of Arizona", kind="ins")
    endo = c.prac("Sandoval", "Teresa", "1376593021"); pcp = c.prac("Kessler", "Brian", "1619027446"); cde = c.prac("Pham", "Linh", "1982006654", "RD, CDCES")
    c.coverage(pay, "commercial", "AZB40319227", "2018-01-01")
    dm = c.cond(cc(SC("44054006", "Diabetes mellitus type 2"), IC("E11.65", "Type 2 diabetes mellitus with hyperglycemia")), "2016-01-01", recorded="2016-02-10")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2016-01-01")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2016-01-01")
    c.cond(cc(SC("414916001", "Obesity"), IC("E66.9", "Obesity, unspecified")), "2016-01-01", cat="health-concern")
    c.cond(cc(IC("E11.9", "Type 2 diabetes mellitus without complications")), "2016-01-01", status=None, ver="entered-in-error", recorded="2026-04-14", note="Duplicate entry created at registration.")
    for d, a, g, wt in [("2026-01-13", 7.9, 168, 104.2), ("2026-04-14", 8.6, 192, 105.0), ("2026-07-14", 9.3, 214, 105.8), ("2026-10-13", 10.2, 246, 106.1)]:
        e = c.enc(d, "Endocrinology office visit", cpt="99214", prac=endo, org=o, reason="Type 2 diabetes")
        c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a, "%", 4.0, 5.6, enc=e)
        c.obs(("1558-6", "Fasting glucose [Mass/volume] in Serum or Plasma"), d, g, "mg/dL", 70, 99, enc=e)
        c.vit(d, 132, 80, wt=wt, enc=e)
    c.medrq(rxm("861004", "metformin hydrochloride 1000 MG Oral Tablet"), "2025-06-02", "1 tablet twice daily with meals", qty=180, days=90, refills=3, prac=endo, reasonRef=dm, start="2022-03-01")
    c.medrq(rxm("1545664", "empagliflozin 25 MG Oral Tablet"), "2025-06-02", "1 tablet daily", qty=90, days=90, refills=3, prac=endo, reasonRef=dm, start="2025-06-02")
    c.medrq(rxm("847230", "insulin glargine 100 UNT/ML Injectable Solution"), "2025-12-09", "Inject 20 units at bedtime; titrate by 2 units every 3 days to fasting 80-130 (current 48 units)", qty=30, unit="mL", days=90, prac=endo, reasonRef=dm, route=("34206005", "Subcutaneous route"), start="2025-12-09")
    c.obs({"text": "Medication adherence - pharmacy refill proportion of days covered"}, "2026-10-13", 92, "%", cat="survey", interp=None, note="Claims PDC >90% for all three agents.")
    c.note("11506-3", "Progress note", "2026-10-13", "DM2 worsening: A1c 10.2 (7.9 in Jan) despite metformin 2 g, empagliflozin 25, glargine now 48 units; refills on time and CGM confirms injections taken. Polyuria, 2 yeast infections. Weight stable. GAD65 antibodies and C-peptide ordered. Consider GLP-1 RA (prior authorization denied x1) or prandial insulin.", endo)
    c.note("11506-3", "Progress note", "2026-07-20", "Diabetes education: reviewed carb counting, meal timing with night-shift work. Glargine titration log reviewed. Patient engaged.", cde)
    c.panel(*BMP_CODE, "2026-10-13", BMP(cr=0.9, crhi=1.3, egfr=96, glu=246))
    c.medst(rxm("314076", "lisinopril 10 MG Oral Tablet"), "active", "2016-01-01", sig="10 mg daily")

@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "PHQ-9 rose 11 -> 15 -> 18 -> 21 from April to November 2026 (+10, MCID 5) while sertraline (since 2025) and later bupropion augmentation were continuously active.",
      "44F recurrent depression worsening on two antidepressants", "bh")
def c7p2(c):
    c.patient("Ferreira-Lam", "Monica D", "female", "1982-06-30", "BH5509381", "Fremont", "CA", "94538", "3921 Stevenson Blvd Apt 12", "510-555-0161", race=("2028-9", "Asian"), marital=("D", "Divorced"))
    o = c.org("Bay Harbor Behavioral Health", "1750662111"); pay = c.org("Anthem Blue Cross", kind="ins")
    psy = c.prac("Weintraub", "Abigail", "1831277205"); pcp = c.prac("Feinstein", "Rachel", "1245398703"); th = c.prac("Osorio", "Daniel", "1144890376", "LMFT")
    c.coverage(pay, "commercial", "ABC88102934", "2019-01-01")
    mdd = c.cond(cc(SC("18818009", "Moderate recurrent major depression"), IC("F33.1", "Major depressive disorder, recurrent, moderate")), "2025-09-01", recorded="2025-10-02")
    c.cond(cc(SC("197480006", "Anxiety disorder"), IC("F41.1", "Generalized anxiety disorder")), "2018-01-01")
    c.cond(cc(SC("37796009", "Migraine"), IC("G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2005-01-01")
    c.cond(cc(IC("F33.2", "Major depressive disorder, recurrent severe without psychotic features")), "2026-11-10", ver="provisional", cat="encounter-diagnosis", recorded="2026-11-10")
    for d, p, g in [("2026-04-08", 11, 9), ("2026-07-01", 15, 11), ("2026-09-09", 18, 12), ("2026-11-10", 21, 14)]:
        e = c.enc(d, "Psychiatric follow-up, medication management", cpt="99214", prac=psy, org=o)
        c.obs(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), d, p, "{score}", cat="survey", interp=None, enc=e)
        c.obs(("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), d, g, "{score}", cat="survey", interp=None, enc=e)
    c.medrq(rxm("312941", "sertraline 100 MG Oral Tablet"), "2026-03-04", "2 tablets (200 mg) by mouth daily", qty=180, days=90, refills=3, prac=psy, reasonRef=mdd, start="2025-10-02")
    c.medrq(rxm("993503", "bupropion hydrochloride 150 MG 24HR Extended Release Oral Tablet"), "2026-07-01", "1 tablet every morning; increase to 2 tablets after 2 weeks", qty=60, refills=3, prac=psy, reasonRef=mdd, start="2026-07-01")
    c.enc("2026-10-14", "Psychotherapy, 53 minutes", cpt="90837", prac=th, org=o, reason="Depression")
    c.note("11506-3", "Progress note", "2026-11-10", "Psychiatry: MDD recurrent, worsening despite sertraline 200 mg x 8 months (adequate dose/duration) and bupropion XL 300 since July; weekly CBT. PHQ-9 21 (11 in April). Anhedonia, early waking, passive death wish without plan or intent; C-SSRS screen low risk, safety plan updated. Adherent per pill counts. Consider switch to SNRI or augmentation with aripiprazole; discuss TMS/esketamine referral if no response.", psy)
    c.obs({"text": "Columbia Suicide Severity Rating Scale screen"}, "2026-11-10", vstr="Low risk: passive ideation, no plan, no intent, no behavior", cat="survey", interp=None)
    c.medst(rxm("313815", "sumatriptan 50 MG Oral Tablet"), "active", "2015-01-01", sig="50 mg prn migraine")
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-09-09", 2.2, "m[IU]/L", 0.4, 4.5)

@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "eGFR fell 44 -> 38 -> 33 -> 29 mL/min/1.73m2 between January and November 2026 (-15, >MCID) with rising albuminuria while lisinopril and dapagliflozin were active throughout for hypertensive CKD.",
      "67M hypertensive CKD losing eGFR on ACE inhibitor and SGLT2 inhibitor", "lh")
def c7p3(c):
    c.patient("Kaczmarek", "Stanley J", "male", "1959-10-11", "LH-301558", "Meadville", "PA", "16335", "645 N Main St", "814-555-0192", oid="2.16.840.1.113883.3.1234.9.2", marital=("M", "Married"))
    o = c.org("Lakehaven Nephrology Associates", "1720591848"); pay = c.org("UPMC for Life", kind="ins")
    neph = c.prac("Iqbal", "Sana", "1528377041"); pcp = c.prac("Maroney", "Patrick", "1093770150", "DO")
    c.coverage(pay, "ma", "UPMC77100392", "2024-10-01", ("H3907", "UPMC for Life HMO"))
    ckd = c.cond(cc(SC("700379002", "Chronic kidney disease stage 3B"), IC("N18.32", "Chronic kidney disease, stage 3b")), "2024-01-01", recorded="2024-02-05")
    htn = c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")), "2008-01-01")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2008-01-01")
    c.cond(cc(SC("90560007", "Gout"), IC("M10.9", "Gout, unspecified")), "2015-01-01", status="inactive", note="No flares since 2021.")
    for d, cr, eg, acr, s in [("2026-01-20", 1.69, 44, 420, 134), ("2026-05-12", 1.91, 38, 610, 132), ("2026-08-18", 2.15, 33, 880, 136), ("2026-11-17", 2.40, 29, 1150, 134)]:
        e = c.enc(d, "Nephrology office visit", cpt="99214", prac=neph, org=o)
        c.panel("24362-6", "Renal function 2000 panel - Serum or Plasma", d, [m for m in BMP(cr=cr, crhi=1.3, egfr=eg, k=4.8, bun=34) if m[0] in ("2160-0", "98979-8", "2823-3")], e)
        c.obs(("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"), d, acr, "mg/g", None, 30, ucum="mg/g{creat}", enc=e)
        c.bp(d, s, 78, e)
    c.medrq(rxm("197884", "lisinopril 40 MG Oral Tablet"), "2025-05-01", "1 tablet daily", qty=90, days=90, refills=3, prac=neph, reasonRef=ckd, start="2024-02-05")
    c.medrq(rxm("1488574", "dapagliflozin 10 MG Oral Tablet"), "2025-05-01", "1 tablet daily", qty=90, days=90, refills=3, prac=neph, reasonRef=ckd, start="2024-06-01")
    c.medrq(rxm("197499", "chlorthalidone 25 MG Oral Tablet"), "2025-05-01", "1 tablet daily", qty=90, days=90, prac=neph, reasonRef=htn)
    c.medrq(rxm("617311", "atorvastatin 40 MG Oral Tablet"), "2025-05-01", "1 tablet nightly", qty=90, days=90, prac=pcp)
    us = c.obs(cc(LN("24558-9", "US Abdomen"), text="Renal ultrasound"), "2026-08-25", vstr="Kidneys 9.8 and 10.1 cm, increased echogenicity, no hydronephrosis, no masses.", cat="imaging", interp="A")
    c.report(cc(CP("76775", "Ultrasound, retroperitoneal (eg, renal, aorta, nodes); limited")), "2026-08-25", [us], "Medical renal disease, no obstruction.", cat="RAD")
    c.note("11506-3", "Progress note", "2026-11-17", "CKD 3b->4 trajectory: eGFR 44 -> 29 over 10 months, ACR up to 1150, despite max lisinopril, dapagliflozin since 2024 and BP at goal (home avg 128/76). No NSAIDs, no contrast. Serologies (ANA, C3/C4, SPEP, PLA2R) negative. Discuss kidney biopsy; consider finerenone. Dietitian referral.", neph)

@case("WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "Systolic BP drifted 136 -> 138 -> 139 -> 139 over 8 months on amlodipine and losartan: a 3 mmHg change, below the MCID.",
      "62F treated hypertension with minimal BP drift", "gp")
def c7n1(c):
    c.patient("Yellowhorse", "Darlene K", "female", "1964-03-27", "GP-0120937", "North Platte", "NE", "69101", "1208 W 4th St", "308-555-0169", oid="2.16.840.1.113883.19.5.99999.1", race=("1002-5", "American Indian or Alaska Native"), marital=("M", "Married"))
    o = c.org("Great Plains Family Clinic - North Platte", "1679573310"); pay = c.org("Medicaid Nebraska Heritage Health", kind="ins")
    pcp = c.prac("Ostrander", "Beth", "1477092281", "NP")
    c.coverage(pay, "medicaid", "NE0099182233", "2023-01-01")
    htn = c.cond(cc(SC("59621000", "Essential hypertension"), IC("I10", "Essential (primary) hypertension")), "2014-01-01")
    c.cond(cc(SC("40930008", "Hypothyroidism"), IC("E03.9", "Hypothyroidism, unspecified")), "2016-01-01")
    c.cond(cc(SC("714628002", "Prediabetes"), IC("R73.03", "Prediabetes")), "2022-01-01")
    c.cond(cc(IC("J01.90", "Acute sinusitis, unspecified")), "2026-02-10", status="resolved", abate="2026-02-24", cat="encounter-diagnosis")
    for d, s, dd, hr in [("2026-03-17", 136, 82, 74), ("2026-06-16", 138, 84, 72), ("2026-09-15", 139, 82, 76), ("2026-11-17", 139, 83, 74)]:
        e = c.enc(d, "Office visit, established patient", cpt="99213", prac=pcp, org=o, reason="Hypertension follow-up")
        c.vit(d, s, dd, hr, enc=e)
    c.medrq(rxm("197361", "amlodipine 5 MG Oral Tablet"), "2025-11-20", "1 tablet daily", qty=90, days=90, prac=pcp, reasonRef=htn)
    c.medrq(rxm("979485", "losartan potassium 50 MG Oral Tablet"), "2025-11-20", "1 tablet daily", qty=90, days=90, prac=pcp, reasonRef=htn)
    c.medrq(rxm("966222", "levothyroxine sodium 75 MCG Oral Tablet"), "2025-11-20", "1 tablet daily", qty=90, days=90, prac=pcp)
    c.panel(*BMP_CODE, "2026-09-15", BMP(cr=0.8, egfr=84, glu=106))
    c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-09-15", 5.9, "%", 4.0, 5.6)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-09-15", 2.6, "m[IU]/L", 0.4, 4.5)
    c.note("11506-3", "Progress note", "2026-11-17", "HTN: office 139/83, home log averages 132/80. Slightly above 130/80 goal; adherent. Discussed sodium, walking. Will recheck home readings in 3 months before adding a third agent. Prediabetes A1c 5.9 stable.", pcp)
    c.obs(("72166-2", "Tobacco smoking status"), "2026-11-17", vcc=cc(SC("266919005", "Never smoked tobacco")), cat="social-history", interp=None)

@case("WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "Knee pain rose 4 -> 6 -> 7 -> 8/10, but meloxicam was stopped in April after AKI and no analgesic treatment ran during the decline; topical diclofenac only began after the last score.",
      "71F knee osteoarthritis pain worse after NSAID stopped", "ok")
def c7n2(c):
    c.patient("Abernathy", "Gloria P", "female", "1955-07-19", "Z9920441", "Troy", "MI", "48084", "2890 Crooks Rd", "248-555-0131", oid="1.2.840.114350.1.13.324.2.7.5.737384.14", marital=("W", "Widowed"))
    o = c.org("Oak County Health Primary Care - Troy", "1427063357"); pay = c.org("Medicare Part B", kind="ins")
    pcp = c.prac("Nasser", "Omar", "1295837740"); pt = c.prac("Kowalski", "Jill", "1639408825", "PT")
    c.coverage(pay, "medicare", "3RT7-YB4-QS02", "2020-07-01")
    oa = c.cond(cc(SC("239873007", "Osteoarthritis of knee"), IC("M17.11", "Unilateral primary osteoarthritis, right knee")), "2019-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(cc(SC("14669001", "Acute renal failure syndrome"), IC("N17.9", "Acute kidney failure, unspecified")), "2026-04-10", status="resolved", abate="2026-05-20", cat="encounter-diagnosis", note="NSAID + ACE inhibitor + dehydration; resolved.")
    c.medrq(rxm("152695", "meloxicam 15 MG Oral Tablet"), "2025-10-01", "1 tablet daily with food", status="stopped", qty=90, days=90, prac=pcp, reasonRef=oa, note="Discontinued 2026-04-15 for AKI. Do not restart NSAIDs.")
    c.allergy(cc(("rx", "41493", "meloxicam"), text="NSAIDs (AKI)"), "2026-04-15", reaction="Acute kidney injury")
    for d, p in [("2026-03-10", 4), ("2026-06-09", 6), ("2026-09-08", 7), ("2026-11-10", 8)]:
        e = c.enc(d, "Office visit, established patient", cpt="99214", prac=pcp, org=o, reason="Knee pain")
        c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, p, "{score}", cat="survey", interp=None, enc=e)
    for d, cr, eg in [("2026-04-10", 1.62, 33), ("2026-05-20", 0.98, 60), ("2026-09-08", 0.95, 62)]:
        c.panel(*BMP_CODE, d, BMP(cr=cr, crhi=1.0, egfr=eg), dr=False)
    c.note("11506-3", "Progress note", "2026-09-08", "R knee OA pain 7/10. Off meloxicam since AKI in April. Declines acetaminophen ('doesn't do anything'), declined tramadol. No current analgesic. Not interested in surgery. Home exercises.", pcp)
    c.note("11506-3", "Progress note", "2026-11-10", "Knee pain 8/10, off all analgesics since April. Start topical diclofenac gel 4x/day, PT referral, offer corticosteroid injection next visit. Kidney function recovered.", pcp)
    c.medrq(rxm("855633", "diclofenac sodium 10 MG/GM Topical Gel"), "2026-11-10", "Apply 4 g to right knee four times daily", qty=100, unit="g", prac=pcp, reasonRef=oa, route=("6064005", "Topical route"))
    c.sr(cc(("sct", "91251008", "Physical therapy procedure"), CP("97110", "Therapeutic exercises"), text="Physical therapy - knee OA"), "2026-11-10", status="active", intent="order", occp=("2026-11-20", "2027-01-31"), reasonRef=oa, prac=pcp, performer=pt)
    xr = c.obs(cc(LN("36576-7", "XR Knee - right"), text="Right knee X-ray"), "2026-06-09", vstr="Moderate medial compartment narrowing, osteophytes; Kellgren-Lawrence grade 3.", cat="imaging", interp="A")
    c.report(cc(CP("73562", "Radiologic examination, knee; 3 views")), "2026-06-09", [xr], "Moderate OA right knee.", cat="RAD")
    c.medst(rxm("197361", "amlodipine 5 MG Oral Tablet"), "active", "2026-04-15", sig="5 mg daily", note="Replaced lisinopril after AKI.")

# ---------------- C8 RARE_OR_COMPLEX_CONDITION
@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Active wild-type transthyretin amyloid cardiomyopathy (E85.82, Orphanet-listed rare disease) confirmed by PYP scan and negative TTR genotype, on tafamidis.",
      "79M wild-type ATTR amyloid cardiomyopathy on tafamidis", "cr")
def c8p1(c):
    c.patient("Halvorsen", "Arne T", "male", "1947-09-14", "CR7710032", "Eugene", "OR", "97405", "2680 Willamette St", "541-555-0128", marital=("M", "Married"))
    o = c.org("Cascade Regional Cardiomyopathy Clinic", "1639204583"); pay = c.org("Medicare Part B", kind="ins")
    card = c.prac("Oyelaran", "Funmi", "1801234480"); pcp = c.prac("Yoon", "Jae", "1245770965")
    c.coverage(pay, "medicare", "1HC9-EB2-WA73", "2012-09-01")
    attr = c.cond(cc(SC("1287731003", "Wild type transthyretin amyloidosis"), IC("E85.82", "Wild-type transthyretin-related (ATTR) amyloidosis")), "2025-04-01", recorded="2025-04-22", asserter=card)
    c.cond(cc(IC("I43", "Cardiomyopathy in diseases classified elsewhere")), "2025-04-01", recorded="2025-04-22")
    c.cond(cc(SC("446221000", "Heart failure with normal ejection fraction"), IC("I50.32", "Chronic diastolic (congestive) heart failure")), "2024-08-01")
    c.cond(cc(SC("49436004", "Atrial fibrillation"), IC("I48.19", "Other persistent atrial fibrillation")), "2024-08-01")
    c.cond(cc(IC("G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), "2016-01-01", status="resolved", abate="2018-06-01", note="Bilateral releases 2017-2018.")
    pyp = c.obs({"text": "Tc-99m PYP cardiac scan"}, "2025-04-10", vstr="Grade 3 myocardial uptake, heart-to-contralateral ratio 1.8 at 1 hour; SPECT confirms myocardial uptake.", cat="imaging", interp="A")
    c.report(cc(CP("78803", "Radiopharmaceutical localization of tumor, inflammatory process or distribution of radiopharmaceutical agent(s); tomographic (SPECT)"), text="Technetium pyrophosphate scan"), "2025-04-10", [pyp], "Strongly suggestive of ATTR cardiac amyloidosis.", cat="RAD")
    c.obs({"text": "Serum free light chains kappa/lambda ratio"}, "2025-04-08", 1.3, "{ratio}", 0.26, 1.65)
    gen = c.obs(cc(LN("51969-4", "Genetic analysis report")), "2025-05-02", vstr="TTR gene sequencing: no pathogenic variant detected (wild-type).", cat="laboratory", interp=None)
    c.report(cc(LN("51969-4", "Genetic analysis report")), "2025-05-02", [gen], "Wild-type TTR.", cat="GE")
    e1 = c.enc("2026-10-20", "Cardiology office visit", cpt="99214", prac=card, org=o)
    c.vit("2026-10-20", 112, 70, 72, 74.0, e1)
    c.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), "2026-10-20", 2450, "pg/mL", None, 1800, enc=e1)
    c.obs(("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), "2026-10-20", 48, "ng/L", None, 20, enc=e1)
    c.note("11506-3", "Progress note", "2026-10-20", "ATTRwt cardiomyopathy on tafamidis 61 mg since 5/2025. NYHA II, stable. NT-proBNP 2450 (2390 in April). Wall thickness 16 mm, EF 50%. Continue tafamidis, torsemide, apixaban. Avoid digoxin and non-DHP CCB. 6MWT 360 m.", card, e1)
    c.medrq(cc(("rx", "2178820", "tafamidis 61 MG Oral Capsule"), text="tafamidis 61 mg capsule"), "2025-05-10", "1 capsule daily", unit="capsule", qty=30, prac=card, reasonRef=attr)
    c.medrq(rxm("198369", "torsemide 20 MG Oral Tablet"), "2025-05-10", "1 tablet daily", qty=90, days=90, prac=card)
    c.medrq(rxm("1364445", "apixaban 5 MG Oral Tablet"), "2024-08-10", "1 tablet twice daily", qty=180, days=90, prac=card)
    c.panel(*BMP_CODE, "2026-10-20", BMP(cr=1.2, crhi=1.3, egfr=61), e1)

@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Seven active chronic conditions across endocrinology, nephrology, cardiology, pulmonology and orthopaedics (T2DM, CKD 3b, AF, COPD, knee OA, hypothyroidism, osteoporosis); all stable, nothing else triggered.",
      "78F multimorbidity: 7 active chronic conditions across 5 specialties", "mv")
def c8p2(c):
    c.patient("Dunleavy", "Maureen C", "female", "1948-01-05", "MV0660913", "Branson", "MO", "65616", "412 Fall Creek Rd", "417-555-0117", marital=("W", "Widowed"))
    o = c.org("Mercy Valley Senior Care Clinic", "1073661236"); pay = c.org("Medicare Part B", kind="ins"); sup = c.org("Mutual of Omaha Medicare Supplement", kind="ins")
    pcp = c.prac("Farrow", "Diane", "1942285611"); card = c.prac("Akhtar", "Imran", "1225173312"); pul = c.prac("Lutz", "Gregor", "1407866530"); neph = c.prac("Oduya", "Esther", "1962031148")
    c.coverage(pay, "medicare", "8FG2-HJ3-KL45", "2013-01-01"); c.coverage(sup, "commercial", "MOO5512870", "2013-01-01", ("N", "Plan N"))
    conds = [
        (SC("44054006", "Diabetes mellitus type 2"), IC("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2009-01-01"),
        (SC("700379002", "Chronic kidney disease stage 3B"), IC("N18.32", "Chronic kidney disease, stage 3b"), "2020-01-01"),
        (SC("49436004", "Atrial fibrillation"), IC("I48.20", "Chronic atrial fibrillation, unspecified"), "2019-01-01"),
        (SC("13645005", "Chronic obstructive lung disease"), IC("J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2012-01-01"),
        (SC("239873007", "Osteoarthritis of knee"), IC("M17.0", "Bilateral primary osteoarthritis of knee"), "2014-01-01"),
        (SC("40930008", "Hypothyroidism"), IC("E03.9", "Hypothyroidism, unspecified"), "2005-01-01"),
        (SC("64859006", "Osteoporosis"), IC("M81.0", "Age-related osteoporosis without current pathological fracture"), "2018-01-01"),
    ]
    refs = [c.cond(cc(a, b), d) for a, b, d in conds]
    c.cond(cc(IC("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation")), "2026-01-14", status="resolved", abate="2026-02-01", cat="encounter-diagnosis")
    c.careteam("Primary care-led care team", [(pcp, "Primary care physician"), (card, "Cardiologist"), (pul, "Pulmonologist"), (neph, "Nephrologist")], "2020-01-01")
    for d, a, eg in [("2026-05-12", 7.2, 40), ("2026-11-10", 7.1, 41)]:
        e = c.enc(d, "Office visit, established patient", cpt="99215", prac=pcp, org=o, reason="Chronic care management")
        c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a, "%", 4.0, 5.6, enc=e)
        c.panel(*BMP_CODE, d, BMP(cr=1.3, crhi=1.0, egfr=eg, glu=132), e)
        c.vit(d, 128, 72, 74, 66.0, e, spo2=94)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-11-10", 2.9, "m[IU]/L", 0.4, 4.5)
    c.note("11506-3", "Progress note", "2026-11-10", "Chronic care visit, 45 min. DM2 stable (A1c 7.1), CKD 3b stable eGFR 41, AF rate controlled on apixaban (renally dosed), COPD no exacerbation since January, knee OA limiting walking (cane), hypothyroid euthyroid, osteoporosis on denosumab. 11 medications reconciled. Fall risk moderate. Coordinating cardiology, pulmonary, nephrology.", pcp)
    for rx, name, sig in [("1364435", "apixaban 2.5 MG Oral Tablet", "1 tablet twice daily"), ("866436", "metoprolol succinate 25 MG Extended Release Oral Tablet", "1 tablet daily"),
                          ("1999006", "fluticasone furoate / umeclidinium / vilanterol Dry Powder Inhaler", "1 inhalation daily"), ("966222", "levothyroxine sodium 75 MCG Oral Tablet", "1 tablet daily"),
                          ("1373463", "linagliptin 5 MG Oral Tablet", "1 tablet daily")]:
        c.medrq(rxm(rx, name), "2026-05-12", sig, qty=90, days=90, prac=pcp)
    c.medst(cc(("rx", "993449", "denosumab 60 MG/ML Prefilled Syringe"), text="denosumab 60 mg SC every 6 months"), "active", "2023-03-01", sig="60 mg SC q6 months")
    c.medst(rxm("313782", "acetaminophen 325 MG Oral Tablet"), "active", "2014-01-01", sig="650 mg three times daily as needed")

@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Active acromegaly from a GH-secreting pituitary macroadenoma (E22.0, Orphanet rare disease), persistent after transsphenoidal surgery and on lanreotide.",
      "57M acromegaly after pituitary surgery, on somatostatin analogue", "sr")
def c8p3(c):
    c.patient("Lowenstein", "Martin A", "male", "1969-08-21", "100615520", "Twin Falls", "ID", "83301", "455 Shoshone St N", "208-555-0145", oid="2.16.840.1.113883.3.787.0.0", marital=("M", "Married"))
    o = c.org("Summit Ridge Pituitary Center", "1326044590"); pay = c.org("Regence BlueShield of Idaho", kind="ins")
    endo = c.prac("Castellanos", "Irene", "1801457736"); ns = c.prac("Rasmussen", "Kirsten", "1962555404")
    c.coverage(pay, "commercial", "RBI30019284", "2015-01-01")
    acro = c.cond(cc(SC("74107003", "Acromegaly"), IC("E22.0", "Acromegaly and pituitary gigantism")), "2024-11-01", recorded="2025-01-14", asserter=endo)
    c.cond(cc(SC("254956000", "Pituitary adenoma"), IC("D35.2", "Benign neoplasm of pituitary gland")), "2024-11-01", recorded="2025-01-14", note="GH-secreting macroadenoma 18 mm with right cavernous sinus invasion (Knosp 3).")
    c.cond(cc(SC("78275009", "Obstructive sleep apnea syndrome"), IC("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2023-01-01")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2020-01-01")
    c.proc(cc(CP("62165", "Neuroendoscopy, intracranial; with excision of pituitary tumor, transnasal or trans-sphenoidal approach")), "completed", "2025-03-04T07:30:00-07:00", "2025-03-04T11:10:00-07:00", reasonRef=acro, performer=ns, outcome="Subtotal resection; residual in right cavernous sinus.")
    for d, igf, gh in [("2025-01-10", 742, 12.4), ("2025-06-10", 512, 4.1), ("2026-04-14", 398, 2.2), ("2026-10-13", 361, 1.8)]:
        c.obs(("2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma"), d, igf, "ng/mL", 75, 212)
    mri = c.obs(cc(LN("24593-6", "MR Sella turcica"), text="MRI pituitary with and without contrast"), "2026-04-20", vstr="Stable 7 mm residual enhancing tissue in right cavernous sinus. Optic chiasm free.", cat="imaging", interp="A")
    c.report(cc(CP("70553", "Magnetic resonance imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")), "2026-04-20", [mri], "Stable residual adenoma.", cat="RAD")
    e1 = c.enc("2026-10-20", "Endocrinology office visit", cpt="99215", prac=endo, org=o, reason="Acromegaly")
    c.vit("2026-10-20", 134, 82, 70, 102.0, e1)
    c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-13", 5.8, "%", 4.0, 5.6)
    c.note("11506-3", "Progress note", "2026-10-20", "Acromegaly, persistent after subtotal TSS 3/2025 (cavernous sinus residual). On lanreotide 120 mg q4w since 7/2025; IGF-1 361 (1.7x ULN), improving but not controlled. Headaches and arthralgias better. Add cabergoline vs switch to pasireotide; pegvisomant option. Colonoscopy and echo up to date. Radiation oncology consult if uncontrolled.", endo, e1)
    c.medrq(cc(("rx", "1305076", "lanreotide 120 MG per 0.5 ML Prefilled Syringe"), ("hcpcs", "J1930", "Injection, lanreotide, 1 mg"), text="lanreotide depot 120 mg deep SC every 4 weeks"), "2025-07-01", "120 mg deep subcutaneous every 4 weeks", reasonRef=acro, prac=endo, route=("34206005", "Subcutaneous route"))
    c.medst(rxm("979485", "losartan potassium 50 MG Oral Tablet"), "active", "2020-01-01", sig="50 mg daily")
    c.medst({"text": "CPAP nightly, 10 cm H2O"}, "active", "2023-01-01")

@case("RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Chronic tophaceous gout sounds severe but is a common disease; four active chronic conditions only; urate improving on allopurinol.",
      "64M chronic tophaceous gout improving on allopurinol", "bh")
def c8n1(c):
    c.patient("Tuiasosopo", "Sione F", "male", "1962-11-30", "BH6620418", "Hayward", "CA", "94541", "22810 Mission Blvd", "510-555-0184", race=("2076-8", "Native Hawaiian or Other Pacific Islander"), marital=("M", "Married"))
    o = c.org("Bay Harbor Rheumatology", "1750662112"); pay = c.org("Kaiser Permanente Senior Advantage", kind="ins")
    rh = c.prac("Goldfarb", "Naomi", "1184655214"); pcp = c.prac("Feinstein", "Rachel", "1245398704")
    c.coverage(pay, "commercial", "KP00918273", "2015-01-01")
    gout = c.cond(cc(SC("190828008", "Chronic tophaceous gout"), IC("M1A.9XX1", "Chronic gout, unspecified, with tophus (tophi)")), "2016-01-01", recorded="2024-09-10")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(cc(SC("414916001", "Obesity"), IC("E66.9", "Obesity, unspecified")), "2010-01-01")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2012-01-01")
    c.cond(cc(IC("M10.071", "Idiopathic gout, right ankle and foot")), "2026-03-02", status="resolved", abate="2026-03-12", cat="encounter-diagnosis")
    for d, u in [("2026-03-10", 9.8), ("2026-07-14", 7.4), ("2026-11-10", 6.1)]:
        c.obs(("3084-1", "Urate [Mass/volume] in Serum or Plasma"), d, u, "mg/dL", 3.5, 7.2)
    e1 = c.enc("2026-11-10", "Rheumatology office visit", cpt="99214", prac=rh, org=o)
    c.vit("2026-11-10", 134, 84, 76, 118.0, e1)
    c.panel(*BMP_CODE, "2026-11-10", BMP(cr=1.1, crhi=1.3, egfr=74), e1)
    c.note("11506-3", "Progress note", "2026-11-10", "Chronic tophaceous gout: olecranon and 1st MTP tophi shrinking. One flare in March, none since. Urate 6.1 on allopurinol 300 mg (target <6). Increase to 400 mg, continue colchicine prophylaxis until 6 months flare-free.", rh, e1)
    c.medrq(rxm("197320", "allopurinol 300 MG Oral Tablet"), "2026-03-12", "1 tablet daily", qty=90, days=90, prac=rh, reasonRef=gout)
    c.medrq(rxm("197319", "allopurinol 100 MG Oral Tablet"), "2026-11-10", "1 tablet daily with 300 mg tablet (total 400 mg)", qty=90, days=90, prac=rh, reasonRef=gout)
    c.medrq(rxm("197541", "colchicine 0.6 MG Oral Tablet"), "2026-03-12", "1 tablet daily", qty=90, days=90, prac=rh)
    c.medst(rxm("197361", "amlodipine 5 MG Oral Tablet"), "active", "2010-01-01", sig="5 mg daily")
    c.medst(rxm("617310", "atorvastatin 20 MG Oral Tablet"), "active", "2012-01-01", sig="20 mg daily")
    xr = c.obs(cc(LN("36564-3", "XR Foot - bilateral"), text="Bilateral foot X-rays"), "2026-03-10", vstr="Punched-out erosions with overhanging edges at right 1st MTP; soft tissue tophi.", cat="imaging", interp="A")
    c.report(cc(CP("73630", "Radiologic examination, foot; complete, minimum of 3 views")), "2026-03-10", [xr], "Erosive gouty arthropathy right 1st MTP.", cat="RAD")

@case("RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Problem list looks long but holds only four distinct active chronic conditions (T2DM, hypertension, hyperlipidaemia, GERD): the rest are duplicates from two encounters, resolved problems and an entered-in-error heart failure entry.",
      "70M noisy problem list with duplicates; only 4 active chronic conditions", "cw")
def c8n2(c):
    c.patient("Pettigrew", "Harlan W", "male", "1956-05-02", "CW61203378", "Maryville", "TN", "37804", "918 Sandy Springs Rd", "865-555-0173", marital=("M", "Married"))
    o = c.org("Cumberland West Family Medicine", "1093811479"); pay = c.org("BlueCross BlueShield of Tennessee Medicare Advantage", kind="ins")
    pcp = c.prac("Abernathy", "Lucas", "1396710028"); hosp = c.prac("Idowu", "Femi", "1528833091")
    c.coverage(pay, "ma", "BCBST7712004", "2021-05-01")
    dm = c.cond(cc(SC("44054006", "Diabetes mellitus type 2"), IC("E11.9", "Type 2 diabetes mellitus without complications")), "2013-01-01", recorded="2013-04-02")
    c.cond(cc(IC("E11.9", "Type 2 diabetes mellitus without complications")), "2013-01-01", cat="encounter-diagnosis", recorded="2026-06-03")
    c.cond(cc(SC("38341003", "Hypertensive disorder"), IC("I10", "Essential (primary) hypertension")), "2011-01-01", recorded="2013-04-02")
    c.cond(cc(IC("I10", "Essential (primary) hypertension")), "2011-01-01", cat="encounter-diagnosis", recorded="2026-06-03")
    c.cond(cc(SC("55822004", "Hyperlipidemia"), IC("E78.5", "Hyperlipidemia, unspecified")), "2013-01-01")
    c.cond(cc(SC("235595009", "Gastroesophageal reflux disease"), IC("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2017-01-01")
    c.cond(cc(SC("42343007", "Congestive heart failure"), IC("I50.9", "Heart failure, unspecified")), "2026-02-20", status=None, ver="entered-in-error", recorded="2026-02-20", note="Entered on wrong patient chart; removed.")
    c.cond(cc(SC("233604007", "Pneumonia"), IC("J18.9", "Pneumonia, unspecified organism")), "2026-02-18", status="resolved", abate="2026-03-10", cat="encounter-diagnosis")
    c.cond(cc(SC("14669001", "Acute renal failure syndrome"), IC("N17.9", "Acute kidney failure, unspecified")), "2026-02-18", status="resolved", abate="2026-02-25", cat="encounter-diagnosis")
    e0 = c.enc("2026-02-18", "Inpatient admission", cls="IMP", end="2026-02-23", prac=hosp, org=o, reason="Community-acquired pneumonia", disp="Home")
    c.panel(*BMP_CODE, "2026-02-18", BMP(cr=1.7, crhi=1.3, egfr=42, glu=228), e0)
    c.note("18842-5", "Discharge summary", "2026-02-23", "CAP right lower lobe, treated ceftriaxone/azithro -> oral. Prerenal AKI resolved with fluids (Cr 1.7 -> 1.0). Echo normal EF 60%, no heart failure. Resume home meds.", hosp, e0)
    e1 = c.enc("2026-06-03", "Office visit, established patient", cpt="99214", prac=pcp, org=o)
    e2 = c.enc("2026-11-05", "Office visit, established patient", cpt="99214", prac=pcp, org=o)
    for d, e, a in [("2026-06-03", e1, 7.0), ("2026-11-05", e2, 6.8)]:
        c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a, "%", 4.0, 5.6, enc=e)
        c.vit(d, 130, 78, 72, 98.5, e)
    c.panel(*BMP_CODE, "2026-11-05", BMP(cr=1.0, crhi=1.3, egfr=79, glu=124), e2)
    c.note("11506-3", "Progress note", "2026-11-05", "Follow-up DM2, HTN, HLD, GERD - all stable. Note HF entry on problem list was entered in error (hospital echo normal). Pneumonia and AKI resolved. Continue meds.", pcp, e2)
    for rx, name, sig in [("861007", "metformin hydrochloride 500 MG Oral Tablet", "2 tablets twice daily"), ("314076", "lisinopril 10 MG Oral Tablet", "1 tablet daily"), ("617311", "atorvastatin 40 MG Oral Tablet", "1 tablet nightly")]:
        c.medrq(rxm(rx, name), "2026-06-03", sig, qty=90, days=90, prac=pcp)
    c.medst(rxm("198053", "omeprazole 20 MG Delayed Release Oral Capsule"), "active", "2017-01-01", sig="20 mg daily")
    c.medst(rxm("197417", "furosemide 20 MG Oral Tablet"), "entered-in-error", "2026-02-20", sig="20 mg daily")
