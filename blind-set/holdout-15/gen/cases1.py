from lib import *

def va_cov(c, start="2008-06-01"):
    return c.coverage("32", "Department of Veterans Affairs", c.org, "VHA-" + c.cid.upper().replace("-", ""), start, plan=("PG3", "Priority Group 3"))
def medicare(c, start="2021-01-01", sup=None):
    p = c.payer("Centers for Medicare & Medicaid Services")
    c.coverage("1", "MEDICARE", p, "1EG4TE5MK7" + c.cid[-2:], start, plan=("PARTB", "Medicare Part B"))
    if sup:
        q = c.payer(sup); c.coverage("5", "PRIVATE HEALTH INSURANCE", q, "SUP" + c.cid[-2:] + "8841", start, plan=("MEDIGAP-G", "Medicare Supplement Plan G"))
def commercial(c, name, start="2022-01-01"):
    p = c.payer(name); return c.coverage("5", "PRIVATE HEALTH INSURANCE", p, "XQH" + c.cid[-2:] + "207733", start, plan=("PPO", "PPO Gold"))

# ---------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP ----------------
def psnw_p1(c):
    """VA: post-deployment exertional dyspnoea, 4 visits over 8 months, everything normal, no diagnosis."""
    c.patient("Marcus Tobias", "Delgado", "male", "1982-03-14", "5520193", "4417 Elm Grove Rd", marital="M")
    pcp = c.prac("Anita", "Sorensen", qual="MD, PACT Primary Care"); pulm = c.prac("Farid", "Haddad", qual="MD, Pulmonary/Critical Care")
    va_cov(c, "2012-04-01")
    c.cond(ccs(None, ("J30.0", "Vasomotor rhinitis"), text="Vasomotor rhinitis"), "2014-05-01")
    c.cond(ccs(("60862001", "Tinnitus"), ("H93.13", "Tinnitus, bilateral")), "2011-09-01", note="Service connected 10%.")
    c.cond(ccs(("209565009", "Sprain of ankle"), ("S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), "2019-07-10", status="resolved", abated="2019-09-01")
    e1 = c.enc("2026-03-10", "PACT primary care follow-up", pcp, reason="Shortness of breath with exertion", codes=[(c.o["local"], "PC-323", "PRIMARY CARE/MEDICINE")])
    d1 = c.cond(ccs(("60845006", "Dyspnea on exertion"), ("R06.09", "Other forms of dyspnea")), "2026-01-15", recorded="2026-03-10", enc=e1, who=pcp, note="Veteran reports breathlessness climbing 2 flights and on runs since ~January; chest tightness; no wheeze, no cough.")
    c.vitals("2026-03-10", e1, 124, 78, 72, wt=86.2, spo2=98)
    cxr = c.obs(cc(text="XR chest PA and lateral impression"), "2026-03-10", vstr="No acute cardiopulmonary abnormality.", cat="imaging", interp="N", enc=e1)
    c.report(cc((LOINC, "36643-5", "XR Chest 2 Views")), "2026-03-10", "Normal chest radiograph.", [cxr], enc=e1)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-03-10", 15.1, "g/dL", 13.5, 17.5, enc=e1, ucum="g/dL")
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-03-10", 1.8, "m[IU]/L", 0.4, 4.5, enc=e1)
    c.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), "2026-03-10", 38, "pg/mL", None, 125, enc=e1, interp="N")
    c.obs(cc((c.o["local"], "PACT-TES", "PACT Act toxic exposure screening"), text="Toxic exposure screening"), "2026-03-10", vstr="Positive for burn pit / airborne hazards exposure (Bagram 2009-2010). Registry information provided.", cat="social-history", enc=e1)
    e2 = c.enc("2026-05-19", "Pulmonary function laboratory", pulm, reason="Dyspnea on exertion", codes=[(CPT, "94729", "Diffusing capacity")])
    c.cond(ccs(("60845006", "Dyspnea on exertion"), ("R06.09", "Other forms of dyspnea")), "2026-01-15", recorded="2026-05-19", cat="encounter-diagnosis", enc=e2)
    f1 = c.obs(("20150-9", "FEV1"), "2026-05-19", 4.02, "L", enc=e2, cat="procedure", interp="N", note="98% predicted")
    f2 = c.obs(("19926-5", "FEV1/FVC"), "2026-05-19", 81, "%", 70, None, enc=e2, cat="procedure")
    f3 = c.obs(("19911-7", "Diffusion capacity.carbon monoxide"), "2026-05-19", 31.5, "mL/min/mm[Hg]", enc=e2, cat="procedure", interp="N", note="94% predicted")
    c.report(cc(text="Complete pulmonary function study"), "2026-05-19", "Normal spirometry without bronchodilator response; normal lung volumes and DLCO.", [f1, f2, f3], cat="PF", who=pulm, enc=e2)
    ef = c.obs(("10230-1", "Left ventricular Ejection fraction"), "2026-06-02", 60, "%", 52, 74, cat="imaging")
    c.report(cc(text="Transthoracic echocardiogram"), "2026-06-02", "Normal biventricular size and function, no valve disease, estimated RVSP 22 mmHg. Normal study.", [ef], cat="CUS")
    e3 = c.enc("2026-08-04", "Pulmonary consult", pulm, reason="Unexplained exertional dyspnea", codes=[(c.o["local"], "PUL-CON", "PULMONARY CONSULT")])
    c.cond(ccs(("60845006", "Dyspnea on exertion"), ("R06.09", "Other forms of dyspnea")), "2026-01-15", recorded="2026-08-04", cat="encounter-diagnosis", enc=e3)
    ct = c.obs(cc(text="CT chest high resolution impression"), "2026-08-20", vstr="No interstitial lung disease, no air trapping on expiratory images, no nodules.", cat="imaging", interp="N")
    c.report(cc((LOINC, "24627-2", "CT Chest")), "2026-08-20", "Normal high-resolution CT chest including expiratory imaging.", [ct])
    c.note("11488-4", "Consult note", "Pulmonary consult", "2026-08-04", pulm, """
PULMONARY CONSULT
Reason: exertional dyspnea since Jan 2026, deployed Bagram 2009-10 (burn pit exposure).
Never smoker. Exam clear. SpO2 98% RA, desaturation walk 6 min: nadir 96%.
Spirometry, lung volumes, DLCO all within normal limits. CXR and TTE normal. HRCT pending.
Assessment: exertional dyspnea, no pulmonary pathology identified on current evaluation.
Plan: HRCT with expiratory images. If normal, return to PACT; no pulmonary follow-up needed.""", enc=e3)
    e4 = c.enc("2026-10-27", "PACT primary care follow-up", pcp, reason="Persistent shortness of breath", codes=[(c.o["local"], "PC-323", "PRIMARY CARE/MEDICINE")])
    c.cond(ccs(("60845006", "Dyspnea on exertion"), ("R06.09", "Other forms of dyspnea")), "2026-01-15", recorded="2026-10-27", cat="encounter-diagnosis", enc=e4)
    c.vitals("2026-10-27", e4, 122, 76, 74, wt=85.9, spo2=98)
    c.med("745679", "albuterol 90 mcg/actuation inhaler", "2026-03-10", status="stopped", dose="2 puffs q4-6h PRN", who=pcp, note="Stopped 5/2026 - no benefit reported.")
    c.med("41126", "fluticasone propionate 50 mcg nasal spray", "2024-05-02", dose="2 sprays each nostril daily", who=pcp)
    c.note("11506-3", "Progress note", "PACT primary care note", "2026-10-27", pcp, """
PACT PRIMARY CARE - FOLLOW UP
S: Still short of breath walking uphill and with yard work, now ~10 months. Chest tightness with exertion, no exertional chest pain, no syncope. Stopped running. Sleeps ok.
O: BP 122/76 HR 74 SpO2 98% Wt 85.9 kg. Lungs clear, heart RRR no murmur.
Data: CBC, TSH, NT-proBNP, CXR, full PFTs, TTE and HRCT all normal. Pulmonary: no lung disease identified.
A: Exertional dyspnea, etiology undetermined. Reassured veteran that heart and lung evaluation is normal.
P: Encourage graded exercise. Airborne hazards registry information given. RTC 6 months.""", enc=e4)

def psnw_p2(c):
    """Academic: clinic visit for lightheadedness sent home; unplanned admission 9 days later; no diagnosis."""
    c.patient("Eleanor Mae", "Whitcomb", "female", "1959-07-22", "HV00487213", "218 W 104th St Apt 6C", marital="W")
    gim = c.prac("Samuel", "Oduya", qual="MD, General Internal Medicine"); hosp = c.prac("Lena", "Marchetti", qual="MD, Hospital Medicine")
    medicare(c, "2024-08-01", sup="Empire Harbor Health Plans")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2012-03-01")
    c.cond(ccs(("239873007", "Osteoarthritis of knee"), ("M17.0", "Bilateral primary osteoarthritis of knee")), "2018-10-01")
    c.cond(ccs(("40930008", "Hypothyroidism"), ("E03.9", "Hypothyroidism, unspecified")), "2009-01-01")
    c.med("17767", "amlodipine 5 mg tablet", "2023-02-10", dose="5 mg PO daily", who=gim)
    c.med("10582", "levothyroxine 75 mcg tablet", "2022-06-01", dose="75 mcg PO daily before breakfast", who=gim)
    e1 = c.enc("2026-10-28", "Office visit - internal medicine", gim, reason="Lightheadedness and fatigue x 2 weeks", codes=[(CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")])
    c.vitals("2026-10-28", e1, 128, 74, 68, wt=71.4)
    c.obs(("2951-2", "Sodium [Moles/volume] in Serum or Plasma"), "2026-10-28", 139, "mmol/L", 135, 145, enc=e1, ucum="mmol/L")
    c.obs(("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), "2026-10-28", 4.2, "mmol/L", 3.5, 5.1, enc=e1, ucum="mmol/L")
    c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-10-28", 0.84, "mg/dL", 0.57, 1.0, enc=e1)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-10-28", 13.2, "g/dL", 12.0, 15.5, enc=e1)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-10-28", 2.1, "m[IU]/L", 0.4, 4.5, enc=e1)
    c.obs(cc(text="Orthostatic vital signs"), "2026-10-28", vstr="Supine 130/76 HR 66; standing 3 min 126/74 HR 74. Negative for orthostasis.", cat="exam", enc=e1, interp="N")
    c.note("11506-3", "Progress note", "Internal medicine office visit", "2026-10-28", gim, """
IM CLINIC
CC: lightheaded, tired x 2 weeks. Episodes of feeling 'woozy' when walking to the subway, no LOC. Possibly viral URI 3 weeks ago.
Exam unremarkable, no murmur. Orthostatics negative. BMP, CBC, TSH normal. ECG: sinus rhythm 66, normal intervals.
A/P: Likely post-viral fatigue / mild volume depletion. Reassured - labs are normal. Increase fluids. Call if worse. Routine follow-up 3 months.""", enc=e1)
    e2 = c.enc("2026-11-06T07:40:00-05:00", "Emergency department visit", hosp, cls="EMER", end="2026-11-06T13:10:00-05:00", reason="Syncope on subway platform", codes=[(CPT, "99285", "Emergency department visit, high MDM")], priority="EM")
    e3 = c.enc("2026-11-06T13:10:00-05:00", "Inpatient admission - medicine", hosp, cls="IMP", end="2026-11-09T15:00:00-05:00", reason="Syncope with head laceration", priority="EM", admit="emd", discharge="home")
    sy = c.cond(ccs(("271594007", "Syncope"), ("R55", "Syncope and collapse")), "2026-11-06", cat="encounter-diagnosis", enc=e3, who=hosp)
    c.cond(ccs(("283682007", "Laceration of scalp"), ("S01.01XA", "Laceration without foreign body of scalp, initial encounter")), "2026-11-06", status="resolved", abated="2026-11-20", cat="encounter-diagnosis", enc=e2)
    c.obs(("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), "2026-11-06", 4, "ng/L", None, 14, enc=e2)
    c.obs(("2339-0", "Glucose [Mass/volume] in Blood"), "2026-11-06", 104, "mg/dL", 70, 140, enc=e2)
    c.obs(cc(text="CT head without contrast impression"), "2026-11-06", vstr="No intracranial hemorrhage or acute abnormality.", cat="imaging", enc=e2, interp="N")
    ef = c.obs(("10230-1", "Left ventricular Ejection fraction"), "2026-11-07", 62, "%", 52, 74, cat="imaging", enc=e3)
    c.report(cc(text="Transthoracic echocardiogram"), "2026-11-07", "Normal LV size and function, no significant valvular disease, no LVOT obstruction.", [ef], cat="CUS", enc=e3)
    c.obs(cc(text="Telemetry summary"), "2026-11-09", vstr="72 h telemetry: sinus rhythm 58-92, no pauses, no arrhythmia.", cat="procedure", enc=e3, interp="N")
    c.sr(cc((CPT, "93241", "External ECG recording >48h up to 7 days"), text="14-day ambulatory ECG patch"), "2026-11-09", occ="2026-11-10", who=hosp, reason=sy)
    c.note("18842-5", "Discharge summary", "Discharge summary - medicine", "2026-11-09", hosp, """
DISCHARGE SUMMARY
Admit 11/6/2026 via ED after syncope on subway platform with scalp laceration (stapled). Seen in IM clinic 10/28 for lightheadedness, labs normal at that time.
Hospital course: telemetry 72 h unremarkable, troponin negative x2, TTE normal, CT head negative, orthostatics negative. Amlodipine held.
Discharge diagnosis: syncope, etiology not determined.
Follow up: 14-day patch monitor, PCP in 2 weeks.""", enc=e3)
    e4 = c.enc("2026-11-20", "Post-hospital follow-up", gim, reason="Syncope follow-up", codes=[(CPT, "99496", "Transitional care management, high complexity")])
    c.vitals("2026-11-20", e4, 132, 78, 70, wt=71.0)
    c.note("11506-3", "Progress note", "Transitional care visit", "2026-11-20", gim, """
TCM VISIT. Staples removed. Still has brief lightheaded spells 2-3x/week, no further syncope. Patch monitor in place, results pending. Amlodipine remains on hold; BP 132/78. Plan: review monitor, RTC 4 weeks.""", enc=e4)

def psnw_p3(c):
    """VA: PSA 9.6 in August, acknowledged but never acted on; no repeat, no urology referral 112 days later."""
    c.patient("Calvin Rashid", "Ogunleye", "male", "1963-02-09", "7704518", "88 Harbor View Ct")
    pcp = c.prac("Bethany", "Kowal", qual="NP, PACT Primary Care"); rn = c.prac("Troy", "Mendenhall", prefix="", qual="RN Care Manager")
    va_cov(c, "2010-02-01")
    htn = c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2011-05-01")
    dm = c.cond(ccs(("44054006", "Diabetes mellitus type 2"), ("E11.9", "Type 2 diabetes mellitus without complications")), "2016-09-01")
    c.cond(ccs(("239873007", "Osteoarthritis of knee"), ("M17.11", "Unilateral primary osteoarthritis, right knee")), "2020-01-15")
    c.med("29046", "lisinopril 20 mg tablet", "2021-03-01", dose="20 mg PO daily", who=pcp, reason=htn)
    c.med("6809", "metformin 1000 mg tablet", "2017-01-10", dose="1000 mg PO BID", who=pcp, reason=dm)
    c.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2024-07-16", 3.1, "ng/mL", 0, 4.0)
    e1 = c.enc("2026-08-11", "PACT annual wellness", pcp, reason="Annual visit, diabetes and hypertension", codes=[(c.o["local"], "PC-323", "PRIMARY CARE/MEDICINE")])
    c.vitals("2026-08-11", e1, 132, 80, 76, wt=97.3, bmi=30.7)
    psa = c.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2026-08-11", 9.6, "ng/mL", 0, 4.0, enc=e1)
    c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-08-11", 6.9, "%", 4.0, 5.6, enc=e1)
    c.obs(("33914-3", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (MDRD)"), "2026-08-11", 84, "mL/min/{1.73_m2}", 60, None, enc=e1)
    c.note("11506-3", "Progress note", "PACT annual visit", "2026-08-11", pcp, """
PACT ANNUAL
DM2 stable on metformin. HTN controlled. R knee OA, uses acetaminophen.
GU: nocturia x2, weak stream occasionally. Discussed PSA screening (SDM), veteran agrees. PSA ordered.
Labs today: A1c, BMP, PSA, lipids. RTC 3 months.""", enc=e1)
    c.obs(cc((c.o["local"], "ALERT-ACK", "Abnormal lab result alert acknowledged"), text="View alert: abnormal result PSA"), "2026-08-13", vstr="Alert processed by provider 08/13/2026 11:02. No comment entered.", cat="laboratory", perf=pcp)
    msg = c.comm("2026-09-22", c.pat, pcp, "Hi, I need a refill of my metformin sent to the mail-order pharmacy. Also my knee is acting up again after mowing. Thanks.", topic="Medication refill")
    c.comm("2026-09-23", rn, c.pat, "Refill sent to CMOP, should arrive in 7-10 days. For the knee, ice and acetaminophen; bring it up at your November visit.", reply_to=msg, topic="Medication refill")
    e2 = c.enc("2026-11-17", "PACT follow-up", pcp, reason="Diabetes, hypertension, right knee pain", codes=[(c.o["local"], "PC-323", "PRIMARY CARE/MEDICINE")])
    c.vitals("2026-11-17", e2, 130, 78, 72, wt=96.8)
    c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-11-17", 7.0, "%", 4.0, 5.6, enc=e2)
    c.sr(cc((CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint"), text="Right knee corticosteroid injection"), "2026-11-17", status="completed", who=pcp, enc=e2)
    c.note("11506-3", "Progress note", "PACT follow-up", "2026-11-17", pcp, """
PACT F/U
R knee pain flare after yard work - injected today (triamcinolone 40 mg), tolerated well.
DM2: A1c 7.0, continue metformin. HTN at goal.
Health maintenance: colonoscopy 2022 normal, PSA done 8/2026, flu vaccine given.
RTC 4 months.""", enc=e2)

def psnw_nm1(c):
    """Academic: chronic cough with normal CXR/spirometry, then positive methacholine challenge -> cough-variant asthma, resolved on ICS-LABA."""
    c.patient("Priya", "Raman", "female", "1988-05-30", "BUH-3301872", "1450 Noriega St", marital="M")
    pcp = c.prac("Grace", "Liang", qual="MD, Internal Medicine"); pulm = c.prac("Nathaniel", "Obi", qual="MD, Pulmonary Medicine")
    commercial(c, "Pacific Crest Health Plan")
    c.cond(ccs(("61582004", "Allergic rhinitis"), ("J30.2", "Other seasonal allergic rhinitis")), "2010-04-01")
    c.cond(ccs(("37796009", "Migraine"), ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2012-01-01")
    e1 = c.enc("2026-02-12", "Office visit", pcp, reason="Cough x 6 weeks")
    c.cond(ccs(("68154008", "Chronic cough"), ("R05.3", "Chronic cough")), "2026-01-02", recorded="2026-02-12", cat="encounter-diagnosis", enc=e1, status="resolved", abated="2026-09-10")
    cx = c.obs(cc(text="XR chest impression"), "2026-02-12", vstr="Clear lungs.", cat="imaging", interp="N", enc=e1)
    c.report(cc((LOINC, "36643-5", "XR Chest 2 Views")), "2026-02-12", "Normal chest radiograph.", [cx], enc=e1)
    c.med("7646", "omeprazole 20 mg capsule", "2026-02-12", status="stopped", dose="20 mg PO daily x 8 weeks", who=pcp, note="Empiric reflux trial, no improvement; stopped 4/2026.")
    e2 = c.enc("2026-04-02", "Office visit", pcp, reason="Persistent cough")
    c.cond(ccs(("68154008", "Chronic cough"), ("R05.3", "Chronic cough")), "2026-01-02", recorded="2026-04-02", cat="encounter-diagnosis", enc=e2, status="resolved", abated="2026-09-10")
    c.vitals("2026-04-02", e2, 112, 70, 74, spo2=99)
    e3 = c.enc("2026-05-21", "Pulmonary new patient", pulm, reason="Chronic cough")
    c.cond(ccs(("68154008", "Chronic cough"), ("R05.3", "Chronic cough")), "2026-01-02", recorded="2026-05-21", cat="encounter-diagnosis", enc=e3, status="resolved", abated="2026-09-10")
    s1 = c.obs(("20150-9", "FEV1"), "2026-05-21", 2.91, "L", cat="procedure", interp="N", enc=e3, note="96% predicted")
    s2 = c.obs(("19926-5", "FEV1/FVC"), "2026-05-21", 82, "%", 70, None, cat="procedure", enc=e3)
    c.obs(cc(text="Fractional exhaled nitric oxide"), "2026-05-21", 41, "[ppb]", None, 25, cat="procedure", enc=e3, interp="H")
    c.report(cc(text="Spirometry pre/post bronchodilator"), "2026-05-21", "Normal spirometry, no significant bronchodilator response.", [s1, s2], cat="PF", enc=e3)
    m = c.obs(cc(text="Methacholine challenge PC20"), "2026-06-18", 1.2, "mg/mL", cat="procedure", interp="A", note="PC20 < 4 mg/mL: positive for airway hyperresponsiveness.")
    c.proc(cc((CPT, "95070", "Inhalation bronchial challenge testing with histamine, methacholine, or similar compounds"), text="Methacholine bronchoprovocation"), "2026-06-18", who=pulm)
    c.report(cc(text="Bronchoprovocation study"), "2026-06-18", "Positive methacholine challenge, PC20 1.2 mg/mL, consistent with airway hyperresponsiveness.", [m], cat="PF", who=pulm)
    e4 = c.enc("2026-06-25", "Pulmonary follow-up", pulm, reason="Chronic cough, positive bronchoprovocation")
    cva = c.cond(ccs(("427679007", "Mild intermittent asthma"), ("J45.991", "Cough variant asthma"), text="Cough-variant asthma"), "2026-06-25", enc=e4, who=pulm)
    c.med(None, "budesonide 160 mcg / formoterol 4.5 mcg inhaler (Symbicort)", "2026-06-25", dose="2 puffs BID", who=pulm, reason=cva)
    e5 = c.enc("2026-09-10", "Pulmonary follow-up", pulm, reason="Cough-variant asthma")
    c.vitals("2026-09-10", e5, 110, 68, 70, spo2=99)
    c.obs(cc(text="Fractional exhaled nitric oxide"), "2026-09-10", 19, "[ppb]", None, 25, cat="procedure", enc=e5, interp="N")
    c.note("11506-3", "Progress note", "Pulmonary follow-up", "2026-09-10", pulm, """
PULMONARY FOLLOW UP
Cough-variant asthma diagnosed 6/2026 (positive methacholine, FeNO 41). Since starting budesonide-formoterol, cough resolved within 5 weeks, sleeping through the night. FeNO now 19.
A/P: Cough-variant asthma, well controlled. Continue ICS-LABA, step down in 3 months if sustained. Chronic cough resolved.""", enc=e5)

def psnw_nm2(c):
    """VA: pre-op PACT visit then ELECTIVE admission 9 days later for planned TKA (performed). Not an unplanned return."""
    c.patient("Dale Everett", "Hutchins", "male", "1955-10-03", "3321809", "9012 E Calle Sonrisa")
    pcp = c.prac("Rosa", "Quintero", qual="MD, PACT Primary Care"); ortho = c.prac("Kevin", "Albright", qual="MD, Orthopaedic Surgery")
    va_cov(c, "2009-01-01"); medicare(c, "2020-10-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2008-01-01")
    c.cond(ccs(("55822004", "Hyperlipidemia"), ("E78.5", "Hyperlipidemia, unspecified")), "2010-01-01")
    c.cond(ccs(("60700002", "Sensorineural hearing loss"), ("H90.3", "Sensorineural hearing loss, bilateral")), "2005-01-01")
    oa = c.cond(ccs(("239873007", "Osteoarthritis of knee"), ("M17.11", "Unilateral primary osteoarthritis, right knee")), "2019-03-01", status="resolved", abated="2026-10-15", note="Treated by right TKA 10/15/2026.")
    c.med("29046", "lisinopril 10 mg tablet", "2015-01-01", dose="10 mg daily", who=pcp); c.med("83367", "atorvastatin 40 mg tablet", "2015-01-01", dose="40 mg daily", who=pcp)
    srq = c.sr(ccs(("609588000", "Total knee replacement"), cpt=("27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments"), text="Right total knee arthroplasty"), "2026-08-20", status="completed", occ="2026-10-15", who=ortho, reason=oa)
    e1 = c.enc("2026-10-06", "PACT pre-operative evaluation", pcp, reason="Pre-op clearance for scheduled right TKA", codes=[(c.o["local"], "PC-323", "PRIMARY CARE/MEDICINE")])
    c.vitals("2026-10-06", e1, 128, 76, 66, wt=90.1)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-10-06", 14.4, "g/dL", 13.5, 17.5, enc=e1)
    c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-10-06", 0.98, "mg/dL", 0.7, 1.3, enc=e1)
    c.note("34117-2", "History and physical note", "Pre-operative evaluation", "2026-10-06", pcp, """
PRE-OP EVALUATION
Scheduled R TKA 10/15/2026 (Dr. Albright). METs > 4, no cardiac symptoms. ECG NSR. Labs unremarkable.
Assessment: acceptable risk for planned elective procedure. Hold lisinopril morning of surgery.""", enc=e1)
    e2 = c.enc("2026-10-15T06:00:00-07:00", "Elective surgical admission", ortho, cls="IMP", end="2026-10-17T12:00:00-07:00", reason="Scheduled right total knee arthroplasty", priority="EL", admit="outp", discharge="home")
    c.proc(ccs(("609588000", "Total knee replacement"), cpt=("27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments"), text="Right total knee arthroplasty"), "2026-10-15T08:10:00-07:00", who=ortho, reason=oa, enc=e2, based=srq, outcome="Uncomplicated")
    c.note("18842-5", "Discharge summary", "Discharge summary - orthopaedics", "2026-10-17", ortho, """
Elective admission for planned R TKA 10/15/2026. Uncomplicated. Ambulating with walker POD1. Enoxaparin-free: aspirin 81 BID x 4 wk for VTE prophylaxis. Discharged home with home PT.""", enc=e2)
    e3 = c.enc("2026-11-12", "Orthopaedic post-op visit", ortho, reason="6-week post-op R TKA")
    c.vitals("2026-11-12", e3, 126, 74, 68)
    c.note("11506-3", "Progress note", "Ortho post-op", "2026-11-12", ortho, "Doing well. ROM 0-115. Incision healed. Pain 2/10. Continue outpatient PT. RTC 3 months.", enc=e3)

# ---------------- DIAGNOSIS_SYMPTOM_MISMATCH ----------------
def dsm_p1(c):
    """Academic IBD centre: IBS-D label since 2025 but nocturnal diarrhoea, weight loss, calprotectin 486, CRP 24."""
    c.patient("Hannah Rose", "Kowalczyk", "female", "1992-01-17", "LUMC-9918204", "2231 N Kedzie Blvd", marital="S")
    pcp = c.prac("Deborah", "Finch", qual="MD, Family Medicine"); gi = c.prac("Omar", "Rahimi", qual="MD, Gastroenterology - IBD Center")
    commercial(c, "Great Lakes BlueCross PPO")
    ibs = c.cond(ccs(("10743008", "Irritable bowel syndrome"), ("K58.0", "Irritable bowel syndrome with diarrhea")), "2025-05-20", who=pcp, note="Rome IV criteria; reassured.")
    c.cond(ccs(("37796009", "Migraine"), ("G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2014-01-01")
    c.cond(ccs(("197480006", "Anxiety disorder"), ("F41.1", "Generalized anxiety disorder")), "2019-01-01")
    c.med("3361", "dicyclomine 20 mg tablet", "2025-05-20", dose="20 mg PO QID PRN cramping", who=pcp, reason=ibs)
    c.med("6468", "loperamide 2 mg capsule", "2025-05-20", dose="2 mg after each loose stool, max 8 mg/day", who=pcp, reason=ibs)
    c.med("36437", "sertraline 50 mg tablet", "2019-03-01", dose="50 mg daily", who=pcp)
    e0 = c.enc("2025-05-20", "Office visit", pcp, reason="Loose stools and cramping")
    c.vitals("2025-05-20", e0, 108, 66, 72, wt=68.2)
    c.obs(("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum"), "2025-05-20", 2, "U/mL", None, 15, enc=e0)
    e1 = c.enc("2026-05-14", "Office visit", pcp, reason="Ongoing diarrhea")
    c.vitals("2026-05-14", e1, 106, 64, 80, wt=66.0)
    c.note("11506-3", "Progress note", "Family medicine visit", "2026-05-14", pcp, "IBS-D, still 4-5 loose stools daily. Stress at work. Continue dicyclomine/loperamide, add soluble fiber. Reassured.", enc=e1)
    e2 = c.enc("2026-11-04", "Office visit", pcp, reason="Diarrhea, weight loss")
    c.vitals("2026-11-04", e2, 104, 62, 92, wt=61.5)
    c.obs(("38445-3", "Calprotectin [Mass/mass] in Stool"), "2026-11-04", 486, "ug/g", None, 50, enc=e2)
    c.obs(("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), "2026-11-04", 24, "mg/L", None, 5, enc=e2)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-04", 11.4, "g/dL", 12.0, 15.5, enc=e2)
    c.obs(("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-11-04", 3.3, "g/dL", 3.5, 5.0, enc=e2)
    c.obs(cc(text="Clostridioides difficile toxin B gene PCR"), "2026-11-04", vcc=cc((SCT, "260385009", "Negative")), enc=e2, interp="N")
    c.obs(cc(text="GI pathogen multiplex PCR panel"), "2026-11-04", vstr="No pathogens detected.", enc=e2, interp="N")
    c.sr(cc((SCT, "306182008", "Referral to gastroenterology service")), "2026-11-04", who=pcp, performer=gi, reason=ibs, enc=e2)
    e3 = c.enc("2026-11-18", "IBD Center new patient", gi, reason="Diarrhea, elevated calprotectin")
    c.vitals("2026-11-18", e3, 102, 64, 94, wt=61.3)
    c.sr(cc((LOINC, "30753-8", "MR Abdomen and Pelvis W contrast"), text="MR enterography"), "2026-11-18", occ="2026-12-04", who=gi, enc=e3)
    c.note("11488-4", "Consult note", "IBD Center consultation", "2026-11-18", gi, """
IBD CENTER - NEW PATIENT
34F referred with 'IBS-D' (dx 5/2025). Now 8-10 stools/day including 2-3 nightly awakenings to defecate, intermittent blood, 6.7 kg weight loss since May, tachycardic.
Labs: fecal calprotectin 486, CRP 24, Hgb 11.4, albumin 3.3. Infectious stool studies negative. tTG negative (2025).
Assessment: Nocturnal diarrhea, weight loss, hypoalbuminemia and markedly elevated calprotectin/CRP are not consistent with IBS. Inflammatory etiology (Crohn disease vs ulcerative colitis vs microscopic colitis) not yet established.
Plan: MR enterography, ileocolonoscopy with biopsies to be arranged, hold loperamide.""", enc=e3)

def dsm_p2(c):
    """VA: 'fibromyalgia' since 2024 while CK climbs to 2610 and proximal weakness appears after statin withdrawal."""
    c.patient("Raymond Luis", "Castellanos", "male", "1974-06-25", "6612087", "5520 Wilmington Pike")
    pcp = c.prac("Harold", "Jeffries", qual="DO, PACT Primary Care"); pain = c.prac("Mira", "Desai", qual="PharmD, Pain/Opioid Safety (PCMHI)")
    va_cov(c, "2001-06-01")
    fm = c.cond(ccs(("203082005", "Fibromyalgia"), ("M79.7", "Fibromyalgia")), "2024-09-10", who=pcp)
    c.cond(ccs(("55822004", "Hyperlipidemia"), ("E78.5", "Hyperlipidemia, unspecified")), "2018-01-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2019-01-01")
    c.cond(ccs(("47505003", "Posttraumatic stress disorder"), ("F43.10", "Post-traumatic stress disorder, unspecified")), "1999-01-01", note="Gulf War. Followed by BHIP team.")
    c.med("72625", "duloxetine 60 mg capsule", "2024-09-10", dose="60 mg daily (increased to 90 mg 10/2026)", who=pcp, reason=fm)
    c.med("25480", "gabapentin 300 mg capsule", "2025-02-01", dose="300 mg TID", who=pcp, reason=fm)
    c.med("83367", "atorvastatin 40 mg tablet", "2018-01-01", status="stopped", dose="40 mg daily", who=pcp, note="Stopped 7/14/2026 for CK elevation.")
    c.med("29046", "lisinopril 10 mg tablet", "2019-01-01", dose="10 mg daily", who=pcp)
    e1 = c.enc("2026-04-07", "PACT visit", pcp, reason="Widespread pain")
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-04-07", 6, "{score}", cat="survey", enc=e1)
    c.obs(("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"), "2025-10-01", 212, "U/L", 39, 308)
    e2 = c.enc("2026-07-14", "PACT visit", pcp, reason="Muscle aches, fatigue")
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-07-14", 6, "{score}", cat="survey", enc=e2)
    c.obs(("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"), "2026-07-14", 1840, "U/L", 39, 308, enc=e2)
    c.obs(("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-07-14", 76, "U/L", 10, 40, enc=e2)
    c.note("11506-3", "Progress note", "PACT visit", "2026-07-14", pcp, "Diffuse muscle aching, fibromyalgia flare. CK 1840 - likely statin related; stop atorvastatin, recheck in 3 months.", enc=e2)
    e3 = c.enc("2026-10-20", "PACT visit", pcp, reason="Fibromyalgia flare, trouble with stairs")
    c.vitals("2026-10-20", e3, 128, 80, 78, wt=88.0)
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-10-20", 7, "{score}", cat="survey", enc=e3)
    c.obs(("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"), "2026-10-20", 2610, "U/L", 39, 308, enc=e3)
    c.obs(("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-10-20", 71, "U/L", 7, 56, enc=e3)
    c.obs(("1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-10-20", 88, "U/L", 10, 40, enc=e3)
    c.obs(("4537-7", "Erythrocyte sedimentation rate by Westergren method"), "2026-10-20", 34, "mm/h", 0, 15, enc=e3)
    c.obs(cc(text="Manual muscle strength exam"), "2026-10-20", vstr="Hip flexors 4-/5 bilaterally, deltoids 4/5, distal strength 5/5. Difficulty rising from chair without arms.", cat="exam", enc=e3, interp="A")
    c.note("11506-3", "Progress note", "PACT visit", "2026-10-20", pcp, """
S: Worse aching, fatigue, now trouble climbing stairs and getting out of his truck over ~2 months. Off atorvastatin since July.
O: proximal weakness hips/shoulders. CK 2610 (was 1840 on statin), AST/ALT up, ESR 34.
A: Fibromyalgia flare.
P: Increase duloxetine to 90 mg. Continue gabapentin. Whole Health coaching, aquatic therapy. Recheck labs 3 months.""", enc=e3)
    c.note("11506-3", "Progress note", "Pain pharmacy note", "2026-10-27", pain, "Opioid safety review: no opioids prescribed. Duloxetine 90 mg, gabapentin 900 mg/day. Pain 7/10. Non-pharmacologic plan reviewed. PDMP reviewed - no external controlled substances.")

def dsm_p3(c):
    """Community oncology survivorship: 'somatic symptom disorder' from PCP while Ca, ALP, CA 27.29 rise and PTH is suppressed."""
    c.patient("Gloria Ines", "Simmons-Reyes", "female", "1962-04-08", "PO-220571", "706 Lake Brandt Rd", marital="D")
    onc = c.prac("Vivian", "Hargrove", qual="MD, Medical Oncology"); np = c.prac("Carla", "Benitez", qual="FNP-C, Survivorship"); pcp = c.prac("Martin", "Keane", qual="MD, Family Medicine (outside)")
    commercial(c, "Carolina Piedmont Health Plan", "2019-01-01")
    bc = c.cond(ccs(("254837009", "Malignant neoplasm of breast"), ("Z85.3", "Personal history of malignant neoplasm of breast"), text="Hx L breast IDC pT2N0 ER+/PR+/HER2-, stage IIA (2019)"), "2019-03-12", status="remission", note="Lumpectomy 4/2019, AC-T 5-9/2019, WBRT 10-11/2019, anastrozole 2019-2024 (completed).")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2015-01-01")
    c.cond(ccs(("40930008", "Hypothyroidism"), ("E03.9", "Hypothyroidism, unspecified")), "2016-01-01")
    ssd = c.cond(ccs(None, ("F45.1", "Undifferentiated somatoform disorder"), text="Somatic symptom disorder"), "2026-04-14", recorded="2026-04-22", who=pcp, note="Per outside PCP records (Dr. Keane): chronic back/hip pain and fatigue with normal lumbar XR 3/2026; counselling referral.")
    c.med("10582", "levothyroxine 88 mcg", "2016-01-01", kind="MedicationStatement", period={"start": "2016-01-01"}, dose="88 mcg daily")
    c.med("17767", "amlodipine 5 mg", "2015-01-01", kind="MedicationStatement", period={"start": "2015-01-01"}, dose="5 mg daily")
    c.med("84857", "anastrozole 1 mg tablet", "2019-12-01", status="completed", dose="1 mg daily x 5 years", who=onc, reason=bc, period={"start": "2019-12-01", "end": "2024-12-01"})
    e1 = c.enc("2026-04-22", "Survivorship visit", np, reason="Annual survivorship, back pain")
    c.vitals("2026-04-22", e1, 134, 80, 76, wt=70.5)
    c.obs(("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-04-22", 10.1, "mg/dL", 8.6, 10.3, enc=e1)
    c.obs(("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), "2026-04-22", 118, "U/L", 44, 121, enc=e1)
    e2 = c.enc("2026-08-19", "Survivorship visit", np, reason="Back and hip pain, fatigue")
    c.vitals("2026-08-19", e2, 130, 78, 80, wt=68.1)
    c.obs(("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-08-19", 10.9, "mg/dL", 8.6, 10.3, enc=e2)
    c.obs(("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), "2026-08-19", 142, "U/L", 44, 121, enc=e2)
    c.note("11506-3", "Progress note", "Survivorship visit", "2026-08-19", np, "Ongoing low back and R hip pain, fatigue. PCP has diagnosed somatic symptom disorder and started counselling. Ca mildly high 10.9, ALP 142 - repeat with PTH at next draw.", enc=e2)
    e3 = c.enc("2026-11-18", "Nurse symptom check-in (phone)", np, cls="VR", reason="Worsening bone pain, constipation")
    c.obs(("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-11-16", 11.6, "mg/dL", 8.6, 10.3)
    c.obs(("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), "2026-11-16", 219, "U/L", 44, 121)
    c.obs(("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma"), "2026-11-16", 9, "pg/mL", 15, 65)
    c.obs(("17842-6", "Cancer Ag 27-29 [Units/volume] in Serum or Plasma"), "2026-11-16", 58, "U/mL", None, 38)
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-18", 7, "{score}", cat="survey", enc=e3)
    c.sr(cc((LOINC, "36267-3", "CT Chest and Abdomen and Pelvis W contrast")), "2026-11-18", occ="2026-12-02", who=onc, reason=ssd, priority="urgent")
    c.sr(cc(text="NM bone scan whole body"), "2026-11-18", occ="2026-12-02", who=onc, priority="urgent")
    c.note("34748-4", "Telephone encounter Note", "Nurse phone check-in", "2026-11-18", np, """
PHONE CHECK-IN (symptom line)
Pt reports back/hip pain 7/10, worse at night, constipation, thirst, fatigue. Labs 11/16: Ca 11.6 (up from 10.9), ALP 219, PTH 9 (suppressed), CA 27-29 58.
Discussed with Dr. Hargrove: symptoms had been attributed by PCP to somatic symptom disorder, but PTH-independent hypercalcemia with rising ALP and tumor marker is not explained by that label - concern for recurrence with bone involvement.
Plan: urgent CT C/A/P + bone scan 12/2, IV fluids in infusion suite tomorrow, recheck Ca. Pt agrees.""", enc=e3)

def dsm_nm1(c):
    """Academic: 'abdominal pain, unspecified' replaced by chronic calculous cholecystitis; cholecystectomy done; pain resolved."""
    c.patient("Terrence Kwame", "Boateng", "male", "1981-09-12", "CUMC-4410938", "3007 Belmont Blvd", marital="M")
    pcp = c.prac("Julia", "Whitfield", qual="MD, Internal Medicine"); surg = c.prac("Andre", "Castillo", qual="MD, General Surgery")
    commercial(c, "Volunteer State Health Alliance")
    c.cond(ccs(("414916001", "Obesity"), ("E66.9", "Obesity, unspecified")), "2015-01-01")
    c.cond(ccs(("38341003", "Hypertensive disorder, systemic arterial"), ("I10", "Essential (primary) hypertension")), "2019-01-01")
    c.med("17767", "amlodipine 10 mg tablet", "2019-06-01", dose="10 mg daily", who=pcp)
    e1 = c.enc("2026-01-15", "Office visit", pcp, reason="Intermittent upper abdominal pain")
    ap = c.cond(ccs(("21522001", "Abdominal pain"), ("R10.9", "Unspecified abdominal pain")), "2025-12-01", recorded="2026-01-15", status="resolved", abated="2026-06-10", enc=e1)
    c.vitals("2026-01-15", e1, 132, 84, 78, wt=104.0, bmi=33.1)
    c.obs(("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma"), "2026-01-15", 32, "U/L", 13, 60, enc=e1)
    c.obs(("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-01-15", 34, "U/L", 7, 56, enc=e1)
    e2 = c.enc("2026-03-03", "Office visit", pcp, reason="Recurrent postprandial abdominal pain")
    us = c.obs(cc(text="US abdomen RUQ impression"), "2026-03-10", vstr="Multiple gallstones up to 1.4 cm, mild wall thickening 4 mm, no pericholecystic fluid, CBD 4 mm.", cat="imaging", interp="A")
    c.report(cc((LOINC, "24558-9", "US Abdomen")), "2026-03-10", "Cholelithiasis with mild gallbladder wall thickening.", [us])
    hida = c.obs(cc(text="Gallbladder ejection fraction (CCK HIDA)"), "2026-04-08", 18, "%", 35, None, cat="imaging")
    c.report(cc(text="NM hepatobiliary scan with CCK"), "2026-04-08", "Gallbladder visualized; low ejection fraction 18% with reproduction of pain.", [hida])
    e3 = c.enc("2026-04-20", "Surgery clinic", surg, reason="Symptomatic cholelithiasis")
    cc_ = c.cond(ccs(("235919008", "Chronic cholecystitis"), ("K80.10", "Calculus of gallbladder with chronic cholecystitis without obstruction")), "2026-04-20", status="resolved", abated="2026-05-28", enc=e3, who=surg)
    c.proc(ccs(("45595009", "Laparoscopic cholecystectomy"), cpt=("47562", "Laparoscopy, surgical; cholecystectomy")), "2026-05-28", who=surg, reason=cc_, outcome="Uncomplicated, same-day discharge")
    c.report(cc((LOINC, "11529-5", "Surgical pathology study")), "2026-05-29", "Gallbladder: chronic cholecystitis with cholelithiasis. No dysplasia or malignancy.", cat="SP")
    e4 = c.enc("2026-06-10", "Post-op visit", surg, reason="Post-op check")
    c.note("11506-3", "Progress note", "Post-op visit", "2026-06-10", surg, "2 weeks s/p lap chole. Incisions healed. No further postprandial pain since surgery. Discharged from surgery clinic.", enc=e4)
    e5 = c.enc("2026-10-06", "Annual visit", pcp, reason="Annual exam")
    c.vitals("2026-10-06", e5, 128, 80, 74, wt=101.5, bmi=32.3)
    c.note("11506-3", "Progress note", "Annual visit", "2026-10-06", pcp, "No abdominal pain since cholecystectomy in May. Eating normally. HTN controlled on amlodipine. Working on weight loss, down 2.5 kg.", enc=e5)

def dsm_nm2(c):
    """VA: fatigue (R53.83) for 11 weeks -> Hashimoto thyroiditis found; levothyroxine; fatigue resolved, TSH normal."""
    c.patient("Denise Carol", "Alvarado-Pike", "female", "1979-11-30", "4408263", "1180 W Prince Rd", marital="D")
    pcp = c.prac("Jonah", "Whitley", qual="MD, Women's Health PACT")
    va_cov(c, "2003-09-01")
    c.cond(ccs(("37796009", "Migraine"), ("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus")), "2012-01-01")
    c.cond(ccs(("18347007", "Radiculopathy"), ("M54.16", "Radiculopathy, lumbar region")), "2023-02-01", status="resolved", abated="2023-06-01")
    e1 = c.enc("2025-08-12", "Women's Health PACT visit", pcp, reason="Tiredness, weight gain, cold intolerance")
    fat = c.cond(ccs(("84229001", "Fatigue"), ("R53.83", "Other fatigue")), "2025-06-01", recorded="2025-08-12", status="resolved", abated="2025-10-28", enc=e1)
    c.vitals("2025-08-12", e1, 118, 76, 58, wt=77.8)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2025-08-12", 14.2, "m[IU]/L", 0.4, 4.5, enc=e1)
    c.obs(("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma"), "2025-08-12", 0.6, "ng/dL", 0.8, 1.8, enc=e1)
    c.obs(("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma"), "2025-08-12", 412, "[IU]/mL", None, 35, enc=e1)
    hash_ = c.cond(ccs(("21983002", "Hashimoto thyroiditis"), ("E06.3", "Autoimmune thyroiditis")), "2025-08-20", who=pcp)
    c.med("10582", "levothyroxine 75 mcg tablet", "2025-08-20", dose="75 mcg daily, empty stomach", who=pcp, reason=hash_)
    c.med("37418", "sumatriptan 50 mg tablet", "2018-01-01", dose="50 mg at migraine onset, may repeat x1", who=pcp)
    e2 = c.enc("2025-10-28", "Women's Health PACT visit", pcp, reason="Thyroid follow-up")
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2025-10-28", 4.1, "m[IU]/L", 0.4, 4.5, enc=e2)
    c.note("11506-3", "Progress note", "PACT thyroid follow-up", "2025-10-28", pcp, "Energy much better on levothyroxine; fatigue resolved. TSH 4.1. Continue 75 mcg.", enc=e2)
    e3 = c.enc("2026-05-12", "Women's Health PACT visit", pcp, reason="Hashimoto follow-up")
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-05-12", 2.2, "m[IU]/L", 0.4, 4.5, enc=e3)
    c.vitals("2026-05-12", e3, 116, 74, 66, wt=74.1)
    e4 = c.enc("2026-11-10", "Women's Health PACT visit", pcp, reason="Annual")
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-11-10", 1.9, "m[IU]/L", 0.4, 4.5, enc=e4)
    c.vitals("2026-11-10", e4, 114, 72, 64, wt=73.6)
    c.note("11506-3", "Progress note", "PACT annual", "2026-11-10", pcp, "Hashimoto hypothyroidism euthyroid on levothyroxine 75 mcg. Energy normal, exercising 4x/week. Migraines 1-2/month. Mammogram ordered. RTC 12 months.", enc=e4)
