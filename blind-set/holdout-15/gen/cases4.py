from lib import *
from cases1 import va_cov, medicare, commercial
from cases3 import PAIN, A1C, EGFR, REG

def wdt_p1(c):
    """VA PTSD programme: PCL-5 41 -> 58 over 8 months despite sertraline 150 mg, prazosin, PE then CPT throughout."""
    c.patient("Tyler James", "Brennan", "male", "1992-09-03", "5567021", "1530 32nd Ave S", marital="D")
    psy = c.prac("Naomi", "Greenberg", qual="MD, Psychiatry - PTSD Clinical Team"); psyd = c.prac("Owen", "Marsh", qual="PsyD, PTSD Clinical Team")
    va_cov(c, "2015-01-01")
    ptsd = c.cond(ccs(("47505003", "Posttraumatic stress disorder"), ("F43.12", "Post-traumatic stress disorder, chronic")), "2015-03-01", who=psy, note="Combat trauma, Afghanistan 2012-13.")
    c.cond(ccs(("193462001", "Insomnia"), ("G47.00", "Insomnia, unspecified")), "2016-01-01")
    c.cond(ccs(("60862001", "Tinnitus"), ("H93.13", "Tinnitus, bilateral")), "2014-01-01")
    c.cond(ccs(None, ("F10.10", "Alcohol abuse, uncomplicated")), "2017-01-01", status="remission", note="Sustained remission since 2021.")
    c.med("36437", "sertraline 150 mg daily (titrated from 50 mg 11/2025; 150 mg since 2/2026)", "2025-11-18", who=psy, reason=ptsd)
    c.med("8629", "prazosin 6 mg nightly", "2025-12-02", who=psy, reason=ptsd)
    c.med("10737", "trazodone 50 mg nightly PRN sleep", "2024-01-01", who=psy)
    c.proc(cc((c.o["local"], "EBP-PE", "Prolonged Exposure therapy"), (CPT, "90837", "Psychotherapy, 60 minutes with patient"), text="Prolonged Exposure (PE) - 10 sessions"), None, status="completed", who=psyd, reason=ptsd, note="3/2026-6/2026, all sessions attended.")
    c.proc(cc((c.o["local"], "EBP-CPT", "Cognitive Processing Therapy"), (CPT, "90837", "Psychotherapy, 60 minutes with patient"), text="Cognitive Processing Therapy (CPT) - weekly"), None, status="in-progress", who=psyd, reason=ptsd, note="Started 7/2026; session 14 on 11/17/2026.")
    for d, pcl, phq in [("2026-03-10", 41, 12), ("2026-06-09", 49, 13), ("2026-09-08", 55, 14), ("2026-11-17", 58, 14)]:
        e = c.enc(d, "PTSD Clinical Team visit", psyd, reason="PTSD - measurement based care", codes=[(c.o["local"], "PCT-562", "PTSD CLINICAL TEAM")])
        c.obs(cc((c.o["local"], "MHA-PCL5", "PCL-5 (PTSD Checklist for DSM-5) total score"), text="PCL-5 total score"), d, pcl, "{score}", cat="survey", enc=e, reftext="0-80; higher = more severe; clinically meaningful change 10 points")
        c.obs(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), d, phq, "{score}", cat="survey", enc=e)
    c.obs(cc(text="Columbia Suicide Severity Rating Scale screen"), "2026-11-17", vstr="Negative", cat="survey", interp="N")
    c.note("11506-3", "Progress note", "PTSD Clinical Team - psychiatry", "2026-11-17", psy, """
PCT PSYCHIATRY MED MANAGEMENT
34M Army combat veteran, chronic PTSD. Sertraline 150 mg since 2/2026 (adherent per pill counts and refills), prazosin 6 mg. Completed 10 sessions PE (3-6/2026), now CPT session 14.
Measurement-based care: PCL-5 41 (3/2026) -> 49 -> 55 -> 58 today. Worse nightmares, hypervigilance, irritability, avoiding crowds; lost job 10/2026. C-SSRS negative, safety plan reviewed.
A: PTSD worsening despite adequate SSRI trial and two evidence-based psychotherapies.
P: cross-taper discussed; residential PTSD program information given.""")

def wdt_p2(c):
    """Academic rheumatology: seropositive RA, DAS28-CRP 3.4 -> 5.4 over 8 months on methotrexate + adalimumab throughout."""
    c.patient("Carmen Lucia", "Villanueva", "female", "1977-04-12", "LUMC-6638410", "2719 W Cermak Rd", marital="M", lang="es")
    rh = c.prac("Julian", "Petrov", qual="MD, Rheumatology"); pcp = c.prac("Ana", "Morales", qual="MD, Internal Medicine")
    commercial(c, "Great Lakes BlueCross PPO")
    ra = c.cond(ccs(("69896004", "Rheumatoid arthritis"), ("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement")), "2022-02-01", who=rh, note="RF 86, anti-CCP > 250.")
    c.cond(ccs(("312894000", "Osteopenia"), ("M85.80", "Other specified disorders of bone density and structure, unspecified site")), "2024-01-01")
    c.cond(ccs(("55822004", "Hyperlipidemia"), ("E78.5", "Hyperlipidemia, unspecified")), "2020-01-01")
    c.med("6851", "methotrexate 2.5 mg tablet - 20 mg once weekly", "2022-03-01", who=rh, reason=ra)
    c.med("4511", "folic acid 1 mg daily", "2022-03-01", who=rh)
    c.med(cc((RX, "327361", "adalimumab"), text="adalimumab 40 mg SC every 2 weeks"), None, "2025-09-02", who=rh, reason=ra, note="Specialty pharmacy fill history: on time every 28 days through 11/2026.")
    for d, das, crp, haq in [("2026-03-17", 3.4, 6, 0.9), ("2026-06-16", 4.3, 12, 1.1), ("2026-09-15", 4.9, 16, 1.3), ("2026-11-17", 5.4, 22, 1.5)]:
        e = c.enc(d, "Rheumatology clinic", rh, reason="Rheumatoid arthritis follow-up")
        c.obs(cc((c.o["local"], "RHEUM-DAS28CRP", "DAS28-CRP"), text="DAS28-CRP disease activity score"), d, das, "{score}", cat="survey", enc=e, reftext="Remission < 2.6; high > 5.1; minimal important change 1.2")
        c.obs(("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), d, crp, "mg/L", None, 5, enc=e)
        c.obs(cc(text="HAQ-DI (Health Assessment Questionnaire Disability Index)"), d, haq, "{score}", cat="survey", enc=e)
    c.obs(("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-11-17", 28, "U/L", 7, 56)
    c.report(cc(text="XR hands and feet"), "2026-09-15", "New marginal erosions at right MCP2 and left MTP5 compared with 2024.")
    c.note("11506-3", "Progress note", "Rheumatology follow-up", "2026-11-17", rh, """
RHEUMATOLOGY
49F seropositive erosive RA. MTX 20 mg weekly since 2022 and adalimumab 40 mg q2w since 9/2025, adherence confirmed with specialty pharmacy.
DAS28-CRP 3.4 (3/2026) -> 4.3 -> 4.9 -> 5.4 today; 9 swollen / 12 tender joints, CRP 22, HAQ-DI 1.5. New erosions on 9/2026 films.
A: Active RA, worsening over 8 months despite combination therapy (secondary TNF inhibitor failure; anti-drug antibodies pending).
P: Discussed switch of mechanism (abatacept vs JAK inhibitor); prednisone bridge 10 mg taper.""")

def wdt_p3(c):
    """Community oncology/infusion: bone-only ER+ MBC on letrozole + denosumab; pain NRS 3 -> 7 over 6 months on oxycodone ER throughout."""
    c.patient("Irene Teresa", "Castellano", "female", "1948-01-15", "GCI-1183760", "8801 N Armenia Ave", marital="W")
    onc = c.prac("Hector", "Villalobos", qual="MD, Medical Oncology"); rn = c.prac("Brianna", "Cole", prefix="", qual="RN, Oncology Triage")
    medicare(c, "2013-01-01", sup="Suncoast Medigap")
    bc = c.cond(ccs(("254837009", "Malignant neoplasm of breast"), ("C50.912", "Malignant neoplasm of unspecified site of left female breast"), text="ER+/PR+/HER2- breast cancer, de novo metastatic to bone"), "2025-09-09", who=onc)
    bm = c.cond(ccs(("94222008", "Secondary malignant neoplasm of bone"), ("C79.51", "Secondary malignant neoplasm of bone")), "2025-09-09", bodysite="T8, T11, L2, right iliac")
    pain = c.cond(ccs(("443547000", "Neoplasm related pain"), ("G89.3", "Neoplasm related pain (acute) (chronic)")), "2026-04-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2004-01-01")
    c.med("72965", "letrozole 2.5 mg daily", "2025-10-01", who=onc, reason=bc, note="Declined CDK4/6 inhibitor.")
    dmab = c.med(cc((RX, "993449", "denosumab"), (HCPCS, "J0897", "Injection, denosumab, 1 mg"), text="denosumab 120 mg SC q4 weeks (Xgeva)"), None, "2025-10-01", who=onc, reason=bm)
    c.med("7804", "oxycodone ER 10 mg q12h (increased to 15 mg q12h 9/2026)", "2026-04-22", who=onc, reason=pain)
    c.med("7804", "oxycodone IR 5 mg q4h PRN breakthrough", "2026-04-22", who=onc, reason=pain)
    c.med("17767", "amlodipine 5 mg daily", "2004-01-01", kind="MedicationStatement", period={"start": "2004-01-01"})
    c.careplan("Letrozole + denosumab (bone-only MBC)", "active", "2025-10-01", cat=REG(c), addresses=[bc, bm], activities=[dmab], who=onc)
    for d, v, vis in [("2026-05-06", 3, "clinic"), ("2026-07-08", 5, "phone"), ("2026-09-09", 6, "clinic"), ("2026-11-04", 7, "phone")]:
        e = c.enc(d, "Oncology clinic" if vis == "clinic" else "Nurse symptom check-in (phone)", onc if vis == "clinic" else rn, cls="AMB" if vis == "clinic" else "VR", reason="Bone pain")
        c.obs(PAIN, d, v, "{score}", cat="survey", enc=e)
    c.obs(("17842-6", "Cancer Ag 27-29 [Units/volume] in Serum or Plasma"), "2026-11-04", 64, "U/mL", None, 38)
    c.obs(("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-11-04", 9.4, "mg/dL", 8.6, 10.3)
    c.sr(cc((LOINC, "36267-3", "CT Chest and Abdomen and Pelvis W contrast")), "2026-11-04", occ="2026-12-03", who=onc, reason=bc)
    c.note("34748-4", "Telephone encounter Note", "Nurse symptom check-in", "2026-11-04", rn, """
PHONE SYMPTOM CHECK-IN
Pt reports low back and right hip pain 7/10 average (was 3/10 in May), waking at night, using oxycodone IR 4-5x/day on top of ER 15 mg q12h. Taking meds as prescribed; no constipation issues with senna. No weakness, no bowel/bladder changes.
Letrozole and monthly denosumab continue without interruption since 10/2025.
Reviewed with Dr. Villalobos: restaging CT and bone scan 12/3; clinic visit after.""")

def wdt_nm1(c):
    """VA: HbA1c 7.0 -> 8.6, but metformin stopped 2026-04-15 and nothing active until empagliflozin 2026-10-22."""
    c.patient("Ronald Joseph", "Szymanski", "male", "1966-05-05", "2671190", "19 Crain Hwy", marital="M")
    pcp = c.prac("Alisha", "Grant", qual="NP, PACT Primary Care"); ph = c.prac("Derek", "Lam", qual="PharmD, PACT Clinical Pharmacist")
    va_cov(c, "2006-01-01")
    dm = c.cond(ccs(("44054006", "Diabetes mellitus type 2"), ("E11.65", "Type 2 diabetes mellitus with hyperglycemia")), "2019-02-01", who=pcp)
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2014-01-01")
    c.cond(ccs(("55822004", "Hyperlipidemia"), ("E78.5", "Hyperlipidemia, unspecified")), "2014-01-01")
    c.cond(ccs(("414916001", "Obesity"), ("E66.9", "Obesity, unspecified")), "2014-01-01")
    c.med("6809", "metformin ER 1000 mg BID", "2019-02-10", kind="MedicationStatement", status="stopped", period={"start": "2019-02-10", "end": "2026-04-15"}, reason=dm, note="Self-discontinued 4/15/2026 for diarrhea; declined alternatives until 10/2026.")
    c.med("6809", "metformin ER 500 mg tablet", "2025-10-01", status="stopped", dose="1000 mg BID", who=pcp, reason=dm, note="Discontinued 4/2026 - GI intolerance.")
    c.med("1545653", "empagliflozin 10 mg daily", "2026-10-22", who=ph, reason=dm)
    c.med("29046", "lisinopril 20 mg daily", "2014-01-01", who=pcp); c.med("83367", "atorvastatin 20 mg daily", "2014-01-01", who=pcp)
    for d, a in [("2025-11-18", 6.9), ("2026-03-24", 7.0), ("2026-07-21", 7.8), ("2026-10-20", 8.6)]:
        c.obs(A1C, d, a, "%", 4.0, 5.6)
    e1 = c.enc("2026-04-20", "PACT telephone", pcp, cls="VR", reason="Metformin side effects")
    c.note("34748-4", "Telephone encounter Note", "PACT telephone", "2026-04-20", pcp, "Veteran stopped metformin 4/15 for persistent diarrhea. Offered trial of lower dose or GLP-1/SGLT2 - he prefers diet changes first. Will recheck A1c in 3 months.", enc=e1)
    e2 = c.enc("2026-10-22", "PACT pharmacist visit", ph, reason="Diabetes management")
    c.vitals("2026-10-22", e2, 130, 80, 76, wt=104.5, bmi=32.9)
    c.note("11506-3", "Progress note", "PACT clinical pharmacist", "2026-10-22", ph, """
CLINICAL PHARMACIST PRACTITIONER - DM
No glucose-lowering medication since metformin stopped 4/15/2026. A1c 7.0 (3/2026) -> 7.8 -> 8.6 off therapy. eGFR 78.
Started empagliflozin 10 mg daily today; counseled on hydration, genital hygiene, sick-day rules. A1c in 3 months.""", enc=e2)

def wdt_nm2(c):
    """Academic pulmonary: COPD GOLD 2 on LAMA/LABA, FEV1 1.62 -> 1.55 L (70 mL, below MCID); CAT stable."""
    c.patient("Loretta Mai", "Pham", "female", "1956-03-19", "HV00734592", "41-12 Main St, Flushing", marital="M")
    pulm = c.prac("Colin", "Fitzgerald", qual="MD, Pulmonary Medicine")
    medicare(c, "2021-03-01")
    copd = c.cond(ccs(("13645005", "Chronic obstructive lung disease"), ("J44.9", "Chronic obstructive pulmonary disease, unspecified"), text="COPD GOLD 2, group B"), "2019-05-01", who=pulm)
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(ccs(("64859006", "Osteoporosis"), ("M81.0", "Age-related osteoporosis without current pathological fracture")), "2021-01-01")
    c.med(None, "tiotropium/olodaterol 2.5/2.5 mcg (Stiolto Respimat) 2 inhalations daily", "2024-02-01", who=pulm, reason=copd)
    c.med("435", "albuterol HFA 90 mcg 2 puffs q4h PRN", "2019-05-01", who=pulm)
    c.med("17767", "amlodipine 5 mg daily", "2012-01-01", kind="MedicationStatement", period={"start": "2012-01-01"})
    for d, fev1, pct, cat in [("2026-01-20", 1.62, 64, 14), ("2026-06-16", 1.58, 63, 15), ("2026-11-10", 1.55, 62, 14)]:
        e = c.enc(d, "Pulmonary clinic", pulm, reason="COPD follow-up")
        f = c.obs(("20150-9", "FEV1"), d, fev1, "L", cat="procedure", enc=e, interp="L", note=f"{pct}% predicted post-bronchodilator")
        c.report(cc(text="Spirometry"), d, f"Moderate obstruction, FEV1 {fev1} L ({pct}% predicted).", [f], cat="PF", enc=e)
        c.obs(cc(text="CAT total score (COPD symptom impact)"), d, cat, "{score}", cat="survey", enc=e)
    c.obs(cc(text="mMRC dyspnea scale"), "2026-11-10", 1, "{score}", cat="survey")
    c.note("11506-3", "Progress note", "Pulmonary follow-up", "2026-11-10", pulm, "COPD GOLD 2 on tiotropium/olodaterol. No exacerbations in 2026. CAT 14 (stable), mMRC 1. FEV1 1.55 L vs 1.62 L in January - within expected annual decline and below a clinically important change. Continue current regimen, flu/RSV vaccines up to date, walking program.")

# ---------------- RARE_OR_COMPLEX_CONDITION ----------------
def roc_p1(c):
    """Academic amyloidosis programme: wild-type ATTR cardiomyopathy on tafamidis, stable."""
    c.patient("Leonard Vincent", "Esposito", "male", "1947-07-07", "BUH-1294407", "2255 Taraval St", marital="M")
    card = c.prac("Anjali", "Raman", qual="MD, Cardiology - Amyloidosis Program"); hem = c.prac("Michael", "Oduya", qual="MD, Hematology")
    medicare(c, "2012-07-01", sup="Golden Gate Senior Advantage")
    attr = c.cond(ccs(None, ("E85.82", "Wild-type transthyretin-related (ATTR) amyloidosis"), text="Wild-type transthyretin amyloid cardiomyopathy (ATTRwt-CM)"), "2026-04-02", who=card)
    c.cond(ccs(None, ("I43", "Cardiomyopathy in diseases classified elsewhere")), "2026-04-02")
    c.cond(ccs(("49436004", "Atrial fibrillation"), ("I48.19", "Other persistent atrial fibrillation")), "2024-01-01")
    c.cond(ccs(("433144002", "Chronic kidney disease stage 3"), ("N18.31", "Chronic kidney disease, stage 3a")), "2023-01-01")
    c.cond(ccs(("57406009", "Carpal tunnel syndrome"), ("G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), "2018-01-01", status="resolved", abated="2019-06-01", note="Bilateral release 2019.")
    c.report(cc(text="Tc-99m pyrophosphate scintigraphy with SPECT"), "2026-03-17", "Perugini grade 3 myocardial uptake, H/CL ratio 1.8, confirmed myocardial on SPECT. Strongly suggestive of ATTR cardiac amyloidosis.")
    c.obs(cc(text="Serum free light chain kappa/lambda ratio"), "2026-03-17", 1.2, "{ratio}", 0.26, 1.65)
    c.obs(cc(text="Serum and urine immunofixation"), "2026-03-17", vstr="No monoclonal protein detected.", interp="N")
    c.obs(cc(text="TTR gene sequencing"), "2026-03-30", vstr="No pathogenic variant identified (wild-type TTR).", interp="N")
    c.med(None, "tafamidis 61 mg capsule (Vyndamax) daily", "2026-05-04", who=card, reason=attr)
    c.med("4603", "furosemide 40 mg daily", "2026-04-02", who=card); c.med("1364430", "apixaban 5 mg BID", "2024-01-01", who=card)
    for d, v in [("2026-04-02", 2310), ("2026-08-04", 2180), ("2026-11-03", 2240)]:
        c.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), d, v, "pg/mL", None, 450)
    c.impression("2026-04-02", card, "Amyloidosis multidisciplinary conference: ATTRwt cardiomyopathy (PYP grade 3, no monoclonal protein, wild-type TTR). NYHA II, NAC stage 2. Start tafamidis; consider clinical trial of TTR silencer.", problems=[attr], desc="Amyloidosis program case conference")
    e = c.enc("2026-11-03", "Amyloidosis clinic", card, reason="ATTR-CM follow-up")
    c.vitals("2026-11-03", e, 112, 68, 72, wt=74.5)
    c.note("11506-3", "Progress note", "Amyloidosis clinic", "2026-11-03", card, "ATTRwt-CM on tafamidis since 5/2026, tolerating well. NYHA II, stable. NT-proBNP 2240 (stable). 6MWD 360 m (prior 372). Continue tafamidis, diuretic. Genetic counselling done - no family screening needed (wild-type).", enc=e)

def roc_p2(c):
    """VA SCI/D centre: T4 complete paraplegia with neurogenic bladder/bowel, chronic stage 4 pressure injury, depression, CKD, neuropathic pain."""
    c.patient("Anthony Miguel", "Reyes", "male", "1978-08-08", "8802264", "7040 W Thunderbird Rd", marital="S")
    sci = c.prac("Grace", "Okonkwo", qual="MD, Spinal Cord Injury and Disorders"); uro = c.prac("Leonard", "Fisch", qual="MD, Urology"); psy = c.prac("Dana", "Wu", qual="PhD, SCI Psychology"); wound = c.prac("Carmen", "Ibarra", prefix="", qual="CWOCN, Wound Care")
    va_cov(c, "2010-08-01")
    sc = c.cond(ccs(None, ("G82.21", "Paraplegia, complete"), local=(c.o["local"], "SCI-T4-A", "SCI T4 AIS A"), text="Complete paraplegia T4 AIS A (MVC on active duty 2010)"), "2010-06-12", who=sci)
    c.cond(ccs(("398064005", "Neurogenic bladder"), ("N31.9", "Neuromuscular dysfunction of bladder, unspecified")), "2010-06-12", who=uro, note="Clean intermittent catheterization q4-6h; recurrent UTIs.")
    c.cond(ccs(None, ("K59.2", "Neurogenic bowel, not elsewhere classified")), "2010-06-12", who=sci)
    pi = c.cond(ccs(("420324007", "Pressure injury stage 4"), ("L89.154", "Pressure ulcer of sacral region, stage 4")), "2025-12-01", who=wound)
    c.cond(ccs(None, ("F33.1", "Major depressive disorder, recurrent, moderate")), "2012-01-01", who=psy)
    c.cond(ccs(("433144002", "Chronic kidney disease stage 3"), ("N18.31", "Chronic kidney disease, stage 3a")), "2024-01-01", who=uro)
    c.cond(ccs(None, ("G89.29", "Other chronic pain"), text="Below-level neuropathic pain"), "2011-01-01", who=sci)
    c.cond(ccs(None, ("G90.4", "Autonomic dysreflexia")), "2010-09-01", who=sci)
    for code, t in [("32675", "oxybutynin 5 mg TID"), ("1292", "baclofen 20 mg QID"), ("25480", "gabapentin 800 mg TID"), ("36437", "sertraline 100 mg daily"), ("36387", "senna 17.2 mg nightly (bowel program)"), ("1827", "bisacodyl 10 mg suppository daily (bowel program)")]:
        c.med(code, t, "2024-01-01", who=sci)
    for d, e in [("2026-04-07", 58), ("2026-10-06", 57)]:
        c.obs(EGFR, d, e, "mL/min/{1.73_m2}", 60, None)
    c.obs(cc(text="Pressure injury wound area"), "2026-10-06", 11.2, "cm2", cat="exam", ucum="cm2", note="Down from 18 cm2 in 6/2026; granulating base, no exposed bone.")
    c.obs(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), "2026-10-06", 11, "{score}", cat="survey")
    e = c.enc("2026-10-06", "SCI/D annual comprehensive evaluation", sci, reason="Annual SCI evaluation", codes=[(c.o["local"], "SCI-ANNUAL", "SCI ANNUAL EVALUATION")])
    c.vitals("2026-10-06", e, 104, 62, 70, wt=77.0)
    c.note("11506-3", "Progress note", "SCI/D annual evaluation", "2026-10-06", sci, """
SCI/D ANNUAL COMPREHENSIVE EVALUATION (interdisciplinary)
48M T4 AIS A paraplegia since 2010. Active problems managed by SCI medicine, urology, wound care/plastics, SCI psychology, nephrology input:
- Neurogenic bladder on CIC + oxybutynin; 3 febrile UTIs in 2026; renal US mild bilateral hydronephrosis; urodynamics due.
- CKD 3a (eGFR 57), likely reflux/recurrent pyelonephritis.
- Stage 4 sacral pressure injury since 12/2025, improving with offloading and NPWT; plastics following, flap not indicated at present.
- Neurogenic bowel, autonomic dysreflexia episodes with bowel care.
- Recurrent MDD, PHQ-9 11; below-level neuropathic pain.
Plan: urodynamics, wound clinic weekly, psychology q2w, seating re-evaluation, renal US 6 mo.""", enc=e)

def roc_p3(c):
    """Community infusion practice: metastatic well-differentiated ileal NET G1 with carcinoid syndrome on octreotide LAR (J2353)."""
    c.patient("Patricia Anne", "Delacroix-Hunt", "female", "1965-10-27", "GCI-2207714", "315 Bayshore Blvd", marital="M")
    onc = c.prac("Hector", "Villalobos", qual="MD, Medical Oncology"); rn = c.prac("Tamika", "Reed", prefix="", qual="RN, Infusion")
    commercial(c, "Sunshine State Health PPO", "2020-01-01")
    net = c.cond(ccs(None, ("C7A.012", "Malignant carcinoid tumor of the ileum"), ncit=("C96160", "Ileal Neuroendocrine Tumor G1"), text="Well-differentiated neuroendocrine tumor of ileum, G1 (Ki-67 2%), SSTR-positive"), "2024-01-30", who=onc)
    c.cond(ccs(None, ("C7B.02", "Secondary carcinoid tumors of liver")), "2024-01-30")
    cs = c.cond(ccs(("35868009", "Carcinoid syndrome"), ("E34.00", "Carcinoid syndrome, unspecified")), "2024-01-30")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2016-01-01")
    c.proc(ccs(cpt=("44120", "Enterectomy, resection of small intestine; single resection and anastomosis"), text="Ileal resection with mesenteric lymphadenectomy"), "2024-02-21", reason=net)
    oct_ = c.med(cc((RX, "7617", "octreotide"), (HCPCS, "J2353", "Injection, octreotide, depot form for intramuscular injection, 1 mg"), text="octreotide LAR 30 mg IM every 28 days"), None, "2024-03-12", who=onc, reason=net)
    c.careplan("Octreotide LAR (well-differentiated NET)", "active", "2024-03-12", cat=REG(c), addresses=[net, cs], activities=[oct_], who=onc)
    c.report(cc(text="Ga-68 DOTATATE PET/CT"), "2024-01-25", "SSTR-avid ileal primary, mesenteric mass and 3 small hepatic lesions.")
    c.report(cc((LOINC, "36267-3", "CT Chest and Abdomen and Pelvis W contrast")), "2026-09-22", "Stable hepatic metastases (largest 1.8 cm) and mesenteric nodal mass compared with 3/2026. No new disease.")
    for d, v in [("2026-03-17", 210), ("2026-09-22", 198)]:
        c.obs(cc(text="Chromogranin A [Mass/volume] in Serum"), d, v, "ng/mL", None, 103)
        c.obs(cc(text="5-Hydroxyindoleacetate [Mass/time] in 24 hour Urine"), d, 9.8 if v > 200 else 9.1, "mg/(24.h)", 2, 8)
    e = c.enc("2026-11-17", "Infusion visit", rn, reason="Octreotide LAR administration")
    c.vitals("2026-11-17", e, 128, 78, 70, wt=64.0)
    c.proc(cc((CPT, "96372", "Therapeutic, prophylactic, or diagnostic injection; subcutaneous or intramuscular"), (HCPCS, "J2353", "Injection, octreotide, depot form for intramuscular injection, 1 mg")), "2026-11-17", who=rn, enc=e, note="Octreotide LAR 30 mg IM right gluteal, lot 4471B.")
    c.note("11506-3", "Progress note", "Oncology follow-up", "2026-09-29", onc, "Metastatic WD ileal NET G1 with carcinoid syndrome. On octreotide LAR 30 mg q28d since 3/2024: flushing 1-2/week, BMs 2-3/day. CT stable. Continue SSA; PRRT (Lu-177 dotatate) reserved for progression. Echo for carcinoid heart disease normal 2025.")

def roc_nm1(c):
    """Academic pulmonary: alpha-1 antitrypsin PiMZ heterozygous carrier with mild asthma - carrier state, not AATD disease."""
    c.patient("Bryan Patrick", "O'Connell", "male", "1982-12-05", "CUMC-8830217", "940 Woodland St", marital="M")
    pulm = c.prac("Sunita", "Reddy", qual="MD, Pulmonary Medicine"); pcp = c.prac("Jacob", "Meyer", qual="MD, Internal Medicine")
    commercial(c, "Volunteer State Health Alliance")
    asthma = c.cond(ccs(("427295004", "Mild persistent asthma"), ("J45.30", "Mild persistent asthma, uncomplicated")), "2008-01-01", who=pcp)
    c.cond(ccs(("61582004", "Allergic rhinitis"), ("J30.9", "Allergic rhinitis, unspecified")), "2005-01-01")
    c.cond(ccs(None, ("Z14.8", "Genetic carrier of other disease"), text="Alpha-1 antitrypsin PiMZ heterozygous carrier"), "2026-06-24", who=pulm)
    c.med(None, "budesonide 180 mcg inhaler 1 puff BID", "2020-01-01", who=pcp, reason=asthma)
    c.med("435", "albuterol HFA 90 mcg PRN", "2008-01-01", who=pcp)
    c.obs(("6771-0", "Alpha 1 antitrypsin [Mass/volume] in Serum or Plasma"), "2026-06-10", 82, "mg/dL", 100, 190)
    c.obs(cc(text="Alpha-1 antitrypsin phenotype"), "2026-06-10", vstr="PiMZ", interp="A")
    c.obs(("20150-9", "FEV1"), "2026-06-24", 3.71, "L", cat="procedure", interp="N", note="94% predicted, FEV1/FVC 0.79, DLCO 98%.")
    c.obs(("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-06-10", 24, "U/L", 7, 56)
    e = c.enc("2026-06-24", "Pulmonary consult", pulm, reason="Family history of emphysema; low AAT level")
    c.vitals("2026-06-24", e, 122, 78, 66, spo2=99)
    c.note("11488-4", "Consult note", "Pulmonary consult", "2026-06-24", pulm, """
PULMONARY CONSULT
43M never-smoker with mild persistent asthma, referred after AAT level 82 mg/dL drawn because his uncle had emphysema.
Phenotype PiMZ: heterozygous carrier (~2-4% of people of European ancestry). Normal spirometry and DLCO. LFTs normal.
Assessment: MZ carrier state, not alpha-1 antitrypsin deficiency lung disease; augmentation therapy not indicated. Asthma well controlled on low-dose ICS.
Plan: avoid smoking/vaping and occupational dust, offer family cascade screening, return to PCP. No pulmonary follow-up required.""", enc=e)
    e2 = c.enc("2026-10-15", "Office visit", pcp, reason="Asthma check")
    c.vitals("2026-10-15", e2, 120, 76, 64)

def roc_nm2(c):
    """VA: four active chronic conditions (HTN, T2DM, OSA, hyperlipidaemia) plus several resolved problems - below complexity threshold."""
    c.patient("Samuel Lee", "Washington-Pryor", "male", "1959-04-14", "6130495", "2290 Brandt Pike", marital="M")
    pcp = c.prac("Heather", "Nguyen", qual="MD, PACT Primary Care"); sleep = c.prac("Robert", "Klein", qual="MD, Sleep Medicine")
    va_cov(c, "2000-01-01"); medicare(c, "2024-04-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2009-01-01")
    dm = c.cond(ccs(("44054006", "Diabetes mellitus type 2"), ("E11.9", "Type 2 diabetes mellitus without complications")), "2015-01-01")
    c.cond(ccs(("78275009", "Obstructive sleep apnea syndrome"), ("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2018-01-01", who=sleep)
    c.cond(ccs(("55822004", "Hyperlipidemia"), ("E78.5", "Hyperlipidemia, unspecified")), "2009-01-01")
    c.cond(ccs(("385093006", "Community acquired pneumonia"), ("J18.9", "Pneumonia, unspecified organism")), "2025-02-03", status="resolved", abated="2025-02-20", cat="encounter-diagnosis")
    c.cond(ccs(("128045006", "Cellulitis"), ("L03.116", "Cellulitis of left lower limb")), "2024-08-12", status="resolved", abated="2024-08-30", cat="encounter-diagnosis")
    c.cond(ccs(("95570007", "Kidney stone"), ("N20.0", "Calculus of kidney")), "2022-05-01", status="resolved", abated="2022-05-20", cat="encounter-diagnosis")
    c.cond(ccs(("44465007", "Sprain of ankle"), ("S93.402A", "Sprain of unspecified ligament of left ankle, initial encounter")), "2023-03-01", status="resolved", abated="2023-05-01", cat="encounter-diagnosis")
    for code, t in [("29046", "lisinopril 20 mg daily"), ("6809", "metformin 1000 mg BID"), ("83367", "atorvastatin 40 mg daily")]:
        c.med(code, t, "2016-01-01", who=pcp)
    c.sr(cc((HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device")), "2018-03-01", status="active", who=sleep)
    for d, a in [("2026-05-05", 6.8), ("2026-11-03", 6.9)]:
        c.obs(A1C, d, a, "%", 4.0, 5.6)
    c.obs(cc(text="CPAP adherence (download)"), "2026-11-03", 86, "%", cat="procedure", note="Usage >= 4 h on 86% of nights, AHI residual 2.1.")
    e = c.enc("2026-11-03", "PACT visit", pcp, reason="Chronic disease follow-up")
    c.vitals("2026-11-03", e, 128, 78, 70, wt=101.0, bmi=31.8)
    c.note("11506-3", "Progress note", "PACT follow-up", "2026-11-03", pcp, "HTN, DM2, HLD, OSA all stable. A1c 6.9. CPAP adherent. No hospitalizations since pneumonia 2/2025. Cellulitis and kidney stone remote, resolved. RTC 6 months.", enc=e)
