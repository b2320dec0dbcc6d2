from lib import *


def s_palp(cid):
    c = Case(cid, "H2")
    c.patient("Maya Elise", "Castellanos", "female", "1992-03-14", "TCV40718823", "1187 Colley Ave Apt 3", "23517", "757-555-0142", marital="S")
    ep = c.pract("Nathan", "Okonkwo", "MD", "1407962215")
    np_ = c.pract("Leigh", "Albrecht", "NP", "1992846301")
    c.coverage("Sentara Health Plans", "Optima PPO 2000", "2025-01-01", "OPT884102276")
    c.allergy(RX("7980", "penicillin G"), "Penicillin", "Hives", "2012-06-01")
    c.cond(cc(S("61582004", "Allergic rhinitis"), I("J30.2", "Other seasonal allergic rhinitis")), "2010-04-01")
    c.cond(cc(S("37796009", "Migraine"), I("G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2014-01-01", status="resolved", abated="2021-06-01")
    pal = c.cond(cc(S("80313002", "Palpitations"), text="Palpitations with episodic chest tightness and lightheadedness"), "2026-04-20", recorded="2026-05-12", who=ep,
                 note="Episodes of racing/pounding heartbeat lasting 5-20 min, 3-4x/week, with chest tightness and lightheadedness; no syncope.")
    e1 = c.enc("2026-05-12", "New patient cardiology consult", reason="Palpitations", who=ep, service="Cardiology")
    e2 = c.enc("2026-07-09", "Established patient office visit", reason="Palpitations - follow-up of monitor", who=np_, service="Cardiology")
    e3 = c.enc("2026-09-22", "Established patient office visit", reason="Persistent palpitations, exertional chest tightness", who=ep, service="Cardiology")
    e4 = c.enc("2026-11-10", "Established patient office visit", reason="Palpitations - ongoing", who=ep, service="Cardiology")
    for d, e, sev in (("2026-05-12", e1, "3-4 episodes/week"), ("2026-07-09", e2, "4-5 episodes/week"), ("2026-09-22", e3, "daily episodes, now with exertional chest tightness"), ("2026-11-10", e4, "3-5 episodes/week, lightheaded with two")):
        c.obs(cc(S("80313002", "Palpitations")), date=d, cat="exam", enc=e, vcc=cc(S("52101004", "Present")), note="Patient-reported: " + sev, key="sx")
    c.vitals("2026-05-12", 118, 74, 82, 61.2, enc=e1)
    c.vitals("2026-11-10", 116, 72, 78, 60.8, enc=e4)
    ecg = c.report(cc(L("11524-6", "EKG study")), "2026-05-12", conclusion="Normal sinus rhythm, rate 76. PR 148 ms, QRS 86 ms, QTc 421 ms. Normal ECG.", cat=("EC", "Electrocardiac"), enc=e1)
    tsh = c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.62, "m[IU]/L", "2026-05-12", 0.4, 4.0, enc=e1)
    c.cbc("2026-05-12", 13.4, enc=e1)
    c.bmp("2026-05-12", 0.72, 112, extra=[c.lab("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", 2.1, "mg/dL", "2026-05-12", 1.7, 2.4)], enc=e1)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", 48, "ng/mL", "2026-05-12", 15, 150, enc=e1)
    c.report(cc(L("18750-0", "Cardiac electrophysiology study"), text="14-day ambulatory ECG patch monitor"), "2026-06-16",
             conclusion="Monitoring 14 days (analysable 13d 22h). Predominant rhythm sinus, HR 54-148 bpm, mean 79. Isolated PACs <1%, isolated PVCs <1%. No atrial fibrillation, no SVT, no pauses. 11 patient-triggered events all correspond to sinus rhythm 88-104 bpm. Impression: normal ambulatory monitor.", cat=("EC", "Electrocardiac"))
    echo = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 62, "%", "2026-06-03", 52, 72, "N", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel"), text="Transthoracic echocardiogram"), "2026-06-03", [echo],
             conclusion="Normal LV size and systolic function, LVEF 60-65%. Normal diastolic function. Normal RV. No significant valvular disease. No pericardial effusion. Structurally normal heart.", cat=("CUS", "Cardiac Ultrasound"))
    c.report(cc(("https://interop.tidewatercv.org/codes/cardiology", "ETT-BRUCE", "Exercise treadmill ECG, Bruce protocol")), "2026-09-29",
             conclusion="Exercised 11:02 min Bruce, 13.2 METs, peak HR 178 (95% MPHR). No chest pain reproduced; no ischemic ST changes; no arrhythmia. Normal exercise capacity and hemodynamic response.", cat=("EC", "Electrocardiac"))
    c.report(cc(L("18750-0", "Cardiac electrophysiology study"), text="30-day mobile cardiac telemetry"), "2026-10-30",
             conclusion="30 days monitored. Sinus rhythm throughout, HR 49-162. 23 symptomatic transmissions: sinus rhythm/sinus tachycardia up to 118 bpm. No arrhythmia captured. Normal study.", cat=("EC", "Electrocardiac"))
    c.medreq(cc(RX("8787", "propranolol"), text="propranolol 10 mg tablet"), "2026-07-09", "10 mg by mouth as needed for palpitations, max 3 times daily", status="stopped", who=np_, note="Stopped 2026-09 - fatigue, no benefit.")
    c.note("2026-11-10", "Cardiology follow-up", """
CARDIOLOGY FOLLOW-UP - Dr. N. Okonkwo
34F seen since May 2026 for palpitations with chest tightness and lightheadedness. Symptoms continue 3-5 times per week, unchanged in character since April. Two near-faint episodes while standing at work in October.
Workup to date: ECG normal; TTE normal (EF 60-65%, structurally normal heart); 14-day patch - sinus rhythm only, triggered events in sinus; treadmill ECG 13.2 METs, no ischemia or arrhythmia; 30-day MCT - sinus rhythm/sinus tachycardia with all symptom transmissions; TSH, CBC, BMP, Mg, ferritin all normal.
Assessment: persistent palpitations and presyncope without identified cardiac or metabolic cause. Reassured that no structural heart disease or arrhythmia has been found. Propranolol PRN was not helpful.
Plan: hydration and salt liberalisation; return in 3 months or sooner if syncope.
""", author=ep, enc=e4)
    return c


def s_elective(cid):
    c = Case(cid, "H4")
    c.patient("Walter James", "Broussard", "male", "1955-08-02", "BHV-0094471", "412 Rue Chavaniac", "70508", "337-555-0187", marital="M")
    ep = c.pract("Celeste", "Thibodeaux", "MD", "1356448120")
    pcp = c.pract("Aaron", "Mouton", "MD", "1730266104")
    pc = c.extorg("Acadiana Health Partners - Primary Care Broussard")
    c.coverage("Humana", "Humana Gold Plus HMO (Medicare Advantage)", "2021-01-01", "H42190773", ("MCPOL", "Managed care policy"))
    c.nkda()
    htn = c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2009-05-01")
    c.cond(cc(S("266569009", "Benign prostatic hyperplasia"), I("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2016-02-01")
    afl = c.cond(cc(S("5370000", "Atrial flutter"), I("I48.92", "Unspecified atrial flutter")), "2026-06-18", status="resolved", abated="2026-09-15",
                 note="Typical counterclockwise flutter, 2:1 conduction, symptomatic (fatigue, dyspnea). Resolved after CTI ablation 9/15/2026.")
    e0 = c.enc("2026-06-25", "Office visit", reason="Atrial flutter", who=ep, service="Electrophysiology")
    c.vitals("2026-06-25", 132, 80, 138, 91.0, enc=e0)
    c.report(cc(L("11524-6", "EKG study")), "2026-06-25", conclusion="Atrial flutter with 2:1 AV conduction, ventricular rate 138. Sawtooth flutter waves inferior leads consistent with typical (CTI-dependent) flutter.", cat=("EC", "Electrocardiac"), enc=e0)
    ef = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 55, "%", "2026-07-02", 52, 72, "N", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-07-02", [ef], conclusion="LVEF 55%. Mild LA enlargement. No significant valve disease.", cat=("CUS", "Cardiac Ultrasound"))
    c.medreq(cc(RX("1364430", "apixaban"), text="apixaban 5 mg tablet"), "2026-06-25", "5 mg by mouth twice daily", who=ep, reason=afl)
    c.medreq(cc(RX("6918", "metoprolol"), text="metoprolol tartrate 25 mg tablet"), "2026-06-25", "25 mg by mouth twice daily", who=ep, reason=afl)
    c.medstmt(cc(RX("17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2012-03-01", dosage="5 mg daily", reason=htn)
    c.medstmt(cc(RX("77492", "tamsulosin"), text="tamsulosin 0.4 mg capsule"), "2016-02-10", dosage="0.4 mg nightly")
    sr = c.sr(cc(("http://www.cms.gov/Medicare/Coding/ICD10", "02583ZZ", "Destruction of Conduction Mechanism, Percutaneous Approach"), text="Cavotricuspid isthmus ablation for typical atrial flutter"),
              "2026-07-14", status="completed", reason=afl, occ="2026-09-15", who=ep)
    e1 = c.enc("2026-09-08", "Annual wellness visit / pre-procedure history and physical", reason="Pre-procedure H&P, annual exam", who=pcp, org=pc, service="Internal Medicine - Primary Care")
    c.vitals("2026-09-08", 128, 78, 72, 90.4, enc=e1)
    c.cbc("2026-09-08", 14.6, sex="M", enc=e1)
    c.bmp("2026-09-08", 1.02, 76, sex="M", enc=e1)
    e2 = c.enc("2026-09-15", "Elective admission for scheduled electrophysiology procedure", "IMP", reason="Scheduled CTI ablation", end="2026-09-16", who=ep, service="Electrophysiology",
               priority="EL", admit=("outp", "From outpatient department"), discharge=("home", "Home"))
    c.proc(cc(("http://www.cms.gov/Medicare/Coding/ICD10", "02583ZZ", "Destruction of Conduction Mechanism, Percutaneous Approach"), text="Radiofrequency ablation of cavotricuspid isthmus"),
           "2026-09-15", reason=afl, who=ep, enc=e2, based=sr, outcome="Bidirectional isthmus block achieved; no complications")
    c.note("2026-09-16", "Discharge summary", """
DISCHARGE SUMMARY
Admission 9/15/2026 (elective, scheduled) - discharge 9/16/2026.
Procedure: RF ablation of the cavotricuspid isthmus for typical atrial flutter. Bidirectional block confirmed. No inducible atrial fibrillation. Right femoral venous access, hemostasis with figure-of-eight suture.
Course uneventful. Sinus rhythm 64 on discharge.
Plan: continue apixaban 3 months then reassess; stop metoprolol if rate controlled; EP clinic in 6 weeks.
""", typ=("18842-5", "Discharge summary"), author=ep, enc=e2)
    e3 = c.enc("2026-10-27", "Post-procedure follow-up", reason="Status post CTI ablation", who=ep, service="Electrophysiology")
    c.vitals("2026-10-27", 126, 76, 64, 90.1, enc=e3)
    c.report(cc(L("11524-6", "EKG study")), "2026-10-27", conclusion="Normal sinus rhythm, rate 64. Normal axis. No flutter waves.", cat=("EC", "Electrocardiac"), enc=e3)
    c.note("2026-10-27", "EP follow-up", """
EP clinic. 6 weeks after CTI ablation. Feels well, energy back to baseline, walking 2 miles daily. No palpitations, no dyspnea. ECG sinus rhythm.
Plan: metoprolol stopped today. Apixaban to complete 3 months (through mid-December) then discontinue if no AF on 14-day monitor. Return 6 months.
""", author=ep, enc=e3)
    return c


def s_panic(cid):
    c = Case(cid, "H3")
    c.patient("Gloria Ines", "Mendez-Ruiz", "female", "1969-07-23", "MHH-2231907", "58 Academy St", "12601", "845-555-0119", lang="es", marital="D")
    pcp = c.pract("Rebecca", "Hollister", "MD", "1285911046")
    card = c.pract("Sanjay", "Venkataraman", "MD", "1568420933")
    pco = c.extorg("Mid-Hudson Medical Group - Primary Care")
    c.coverage("Fidelis Care", "Fidelis Essential Plan", "2024-03-01", "FID77104552")
    c.nkda()
    c.cond(cc(S("40930008", "Hypothyroidism"), I("E03.9", "Hypothyroidism, unspecified")), "2015-09-01")
    c.cond(cc(S("235595009", "Gastroesophageal reflux disease"), I("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2018-02-01")
    e0 = c.enc("2026-02-10", "Office visit", reason="Episodes of shortness of breath and racing heart", who=pcp, org=pco, service="Family Medicine")
    pan = c.cond(cc(S("371631005", "Panic disorder"), I("F41.0", "Panic disorder [episodic paroxysmal anxiety]")), "2026-02-10", enc=e0, who=pcp,
                 note="Episodes of breathlessness, racing heart and fear since late 2025; attributed to panic attacks after recent divorce.")
    c.vitals("2026-02-10", 124, 78, 92, 68.5, spo2=97, enc=e0)
    c.medstmt(cc(RX("36437", "sertraline"), text="sertraline 50 mg tablet"), "2026-02-10", dosage="50 mg daily (increased to 100 mg 4/2026)", reason=pan)
    c.medstmt(cc(RX("10582", "levothyroxine"), text="levothyroxine 75 mcg tablet"), "2015-10-01", dosage="75 mcg daily")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.1, "m[IU]/L", "2026-02-10", 0.4, 4.0, enc=e0)
    e1 = c.enc("2026-06-02", "Office visit", reason="Follow-up panic disorder", who=pcp, org=pco, service="Family Medicine")
    c.note("2026-06-02", "Primary care follow-up", """
F/u panic disorder. On sertraline 100 mg x 2 months; mood better, sleeping better. Still getting breathless on stairs and walking uphill to bus stop, sometimes lightheaded. Told her this is likely anxiety-related hyperventilation. Continue sertraline, referred to CBT.
""", author=pcp, enc=e1)
    e2 = c.enc("2026-09-15", "Office visit", reason="Near-fainting on exertion", who=pcp, org=pco, service="Family Medicine")
    c.vitals("2026-09-15", 118, 76, 96, 67.9, spo2=95, enc=e2)
    c.report(cc(L("11524-6", "EKG study")), "2026-09-15", conclusion="Sinus rhythm 94. Right axis deviation (+110). Incomplete right bundle branch block. Abnormal ECG.", cat=("EC", "Electrocardiac"), enc=e2)
    c.sr(cc(S("183519002", "Referral to cardiology service")), "2026-09-15", status="completed", intent="order", reason=pan, who=pcp, performer=card)
    e3 = c.enc("2026-10-20", "New patient cardiology consult", reason="Exertional dyspnea and presyncope", who=card, service="Cardiology")
    c.vitals("2026-10-20", 114, 72, 98, 67.4, spo2=95, enc=e3)
    bnp = c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 1180, "pg/mL", "2026-10-20", None, 125, enc=e3)
    c.cbc("2026-10-20", 13.1, enc=e3)
    c.bmp("2026-10-20", 0.84, 80, enc=e3)
    c.lab("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma", 0.42, "ug/mL{FEU}", "2026-10-20", None, 0.5, enc=e3)
    sw = c.obs(cc(("https://midhudsonheart.org/codes/lab", "6MWD", "Six minute walk distance"), text="Six-minute walk"), 312, "m", "2026-10-20", cat="exam", enc=e3,
               comps=[{"code": {"text": "Oxygen saturation nadir during walk"}, "valueQuantity": {"value": 87, "unit": "%", "system": UCUM, "code": "%"},
                       "interpretation": [cc((INTERP, "L", "Low"))]}], note="Stopped twice for dyspnea; SpO2 96% at rest falling to 87% at 4 min.", interp="A")
    c.sr(cc(L("34552-0", "2D echocardiogram panel"), text="Transthoracic echocardiogram with bubble study"), "2026-10-20", status="active", reason=pan, occ="2026-12-09", who=card)
    c.note("2026-10-20", "Cardiology consultation", """
CARDIOLOGY CONSULT - Dr. S. Venkataraman
Reason: exertional dyspnea, exertional presyncope. 57F with panic disorder diagnosed 2/2026 by PCP; breathlessness on exertion has continued and progressed despite sertraline 100 mg and CBT, with two near-syncopal episodes climbing stairs (no palpitations, no panic prodrome).
Findings today: NT-proBNP 1180 pg/mL (high); 6MW 312 m with desaturation to 87%; ECG with right axis deviation and incomplete RBBB. D-dimer normal.
Assessment: the current label of panic disorder does not account for elevated NT-proBNP, exertional hypoxemia or the ECG changes. Exertional presyncope is a red flag. No unifying diagnosis yet.
Plan: TTE with agitated saline (first available 12/9), PFTs with DLCO, V/Q scan to follow depending on echo. Advised to avoid strenuous exertion.
""", typ=("11488-4", "Consult note"), author=card, enc=e3)
    return c


def s_pvi(cid):
    c = Case(cid, "H2")
    c.patient("Gregory Alan", "Palmer", "male", "1968-01-30", "TCV40033961", "2290 Great Neck Rd", "23454", "757-555-0178", marital="M")
    ep = c.pract("Isabel", "Marchetti", "MD", "1629385510")
    c.coverage("Anthem Blue Cross and Blue Shield", "Anthem HealthKeepers POS", "2019-01-01", "YRH902215547")
    c.allergy(None, "Sotalol", "QT prolongation", "2024-03-01")
    htn = c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2015-01-01")
    c.cond(cc(S("78275009", "Obstructive sleep apnea syndrome"), I("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2020-05-01", note="On CPAP, adherent.")
    af = c.cond(cc(S("282825002", "Paroxysmal atrial fibrillation"), I("I48.0", "Paroxysmal atrial fibrillation")), "2023-11-02", note="CHA2DS2-VASc 1 (HTN). Symptomatic despite flecainide.")
    e0 = c.enc("2026-07-28", "Office visit", reason="Symptomatic paroxysmal AF despite antiarrhythmic", who=ep, service="Electrophysiology")
    c.vitals("2026-07-28", 134, 82, 68, 98.4, enc=e0)
    c.medstmt(cc(RX("4441", "flecainide"), text="flecainide 100 mg tablet"), "2024-03-15", status="completed", end="2026-10-14", dosage="100 mg twice daily", reason=af)
    c.medreq(cc(RX("1364430", "apixaban"), text="apixaban 5 mg tablet"), "2026-07-28", "5 mg twice daily", who=ep, reason=af)
    c.medstmt(cc(RX("29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2015-02-01", dosage="20 mg daily", reason=htn)
    sr = c.sr(cc(P("93656", "Comprehensive electrophysiologic evaluation with transseptal catheterizations, insertion and repositioning of multiple electrode catheters, with intracardiac catheter ablation of atrial fibrillation by pulmonary vein isolation")),
              "2026-07-28", status="completed", reason=af, occ="2026-10-14", who=ep, note="Cryoballoon PVI")
    c.bmp("2026-10-01", 1.01, 84, sex="M")
    c.cbc("2026-10-01", 15.0, sex="M")
    e1 = c.enc("2026-10-14", "Outpatient procedure - electrophysiology lab", reason="Pulmonary vein isolation", who=ep, service="Electrophysiology")
    c.proc(cc(P("93656", "Comprehensive electrophysiologic evaluation with intracardiac catheter ablation of atrial fibrillation by pulmonary vein isolation"), S("233175008", "Ablation of pulmonary vein"), text="Cryoballoon pulmonary vein isolation"),
           "2026-10-14", reason=af, who=ep, enc=e1, based=sr, outcome="All 4 PVs isolated (entrance and exit block). No complications.")
    c.note("2026-10-14", "Procedure note - cryoballoon PVI", """
PROCEDURE: Cryoballoon pulmonary vein isolation under general anesthesia. Transseptal access x1 under ICE guidance.
Findings: 4 normal pulmonary veins. 28 mm cryoballoon; all veins isolated with entrance and exit block confirmed. Phrenic nerve function preserved.
Complications: none. Same-day discharge. Flecainide discontinued. Continue apixaban at least 3 months.
""", typ=("28570-0", "Procedure note"), author=ep, enc=e1)
    e2 = c.enc("2026-11-18", "Post-procedure follow-up", reason="S/p PVI", who=ep, service="Electrophysiology")
    c.vitals("2026-11-18", 128, 80, 62, 97.6, enc=e2)
    c.report(cc(L("11524-6", "EKG study")), "2026-11-18", conclusion="Sinus rhythm 62. Normal intervals.", cat=("EC", "Electrocardiac"), enc=e2)
    c.note("2026-11-18", "EP follow-up", """
5 weeks post cryoballoon PVI. No palpitations. Smartwatch: no AF alerts. Groin healed. Off flecainide.
Plan: continue apixaban until 3-month visit then reassess with CHA2DS2-VASc 1. 14-day monitor at 3 months.
""", author=ep, enc=e2)
    return c


def s_cabg(cid):
    c = Case(cid, "H1")
    c.patient("Dale Everett", "Hendricks", "male", "1963-05-11", "GPH0577321", "1410 N 52nd St", "68104", "402-555-0163", marital="M")
    cardio = c.pract("Priya", "Deshmukh", "MD", "1386725049")
    surg = c.pract("Thomas", "Kerrigan", "MD", "1902871165")
    c.coverage("Blue Cross Blue Shield of Nebraska", "BluePride PPO", "2018-01-01", "XNB114477620")
    c.nkda()
    dm = c.cond(cc(S("44054006", "Diabetes mellitus type 2"), I("E11.9", "Type 2 diabetes mellitus without complications")), "2017-03-01")
    lip = c.cond(cc(S("55822004", "Hyperlipidemia"), I("E78.5", "Hyperlipidemia, unspecified")), "2014-08-01")
    cad = c.cond(cc(S("371806006", "Progressive angina"), I("I25.110", "Atherosclerotic heart disease of native coronary artery with unstable angina pectoris"), text="Multivessel CAD with left main disease, progressive angina"),
                 "2026-10-20", who=cardio)
    c.cond(cc(I("Z87.891", "Personal history of nicotine dependence")), "2010-01-01", status="resolved", abated="2010-01-01")
    e0 = c.enc("2026-10-20", "Office visit", reason="Exertional chest pressure, progressive over 6 weeks", who=cardio, service="General Cardiology")
    c.vitals("2026-10-20", 142, 86, 74, 96.2, bmi=30.1, enc=e0)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.1, "%", "2026-10-20", None, 5.6, enc=e0)
    c.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", 92, "mg/dL", "2026-10-20", None, 99, enc=e0)
    c.bmp("2026-10-20", 0.98, 88, glu=142, sex="M", enc=e0)
    c.cbc("2026-10-20", 14.8, sex="M", enc=e0)
    e1 = c.enc("2026-11-05", "Outpatient cardiac catheterization", reason="Progressive angina, abnormal stress imaging", who=cardio, service="Interventional Cardiology")
    c.proc(cc(P("93458", "Catheter placement in coronary artery(s) for coronary angiography, including intraprocedural injection(s) for coronary angiography, imaging supervision and interpretation; with left heart catheterization")),
           "2026-11-05", reason=cad, who=cardio, enc=e1)
    c.report(cc(L("18745-0", "Cardiac catheterization study"), text="Left heart catheterization and coronary angiography"), "2026-11-05",
             conclusion="Distal left main 60% stenosis involving bifurcation. Proximal LAD 85%, mid LAD 70%. Proximal-mid LCx 90%. Mid RCA 80%. LVEDP 18 mmHg. LVEF by ventriculography ~50%. SYNTAX score 33. Impression: left main plus three-vessel CAD; recommend heart team review for surgical revascularization.",
             cat=("CTH", "Cardiac Catheterization"), enc=e1)
    ef = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 50, "%", "2026-11-07", 52, 72, "L", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-11-07", [ef], conclusion="LVEF 50% with inferior hypokinesis. No significant valve disease.", cat=("CUS", "Cardiac Ultrasound"))
    c.note("2026-11-12", "Heart team conference", """
MULTIDISCIPLINARY HEART TEAM - 11/12/2026
Attendees: interventional cardiology (Deshmukh), cardiac surgery (Kerrigan), non-invasive cardiology.
63M, diabetic, with left main and 3-vessel CAD (SYNTAX 33), EF 50%, STS PROM 1.1%.
Consensus: CABG recommended over multivessel PCI given diabetes, left main involvement and intermediate-high SYNTAX score.
Plan: CABG x4 (LIMA-LAD, SVG to OM, SVG to PDA, SVG to diagonal) - scheduled 12/17/2026. Pre-op carotid duplex, PFTs done.
""", typ=("11488-4", "Consult note"), author=surg)
    c.sr(cc(S("232717009", "Coronary artery bypass grafting"), P("33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), text="CABG x4 (LIMA-LAD + 3 SVG)"),
         "2026-11-12", status="active", intent="order", reason=cad, occ="2026-12-17", who=surg, performer=surg, priority="routine",
         note="Scheduled 12/17/2026 OR 4, first case. Hold metformin morning of surgery.")
    c.report(cc(L("30885-8", "US Carotid arteries Doppler"), text="Carotid duplex"), "2026-11-16", conclusion="<50% ICA stenosis bilaterally.", cat=("RAD", "Radiology"))
    c.medreq(cc(RX("1191", "aspirin"), text="aspirin 81 mg tablet"), "2026-10-20", "81 mg daily", who=cardio, reason=cad)
    c.medreq(cc(RX("83367", "atorvastatin"), text="atorvastatin 80 mg tablet"), "2026-10-20", "80 mg nightly", who=cardio, reason=lip)
    c.medreq(cc(RX("6918", "metoprolol"), text="metoprolol succinate ER 50 mg tablet"), "2026-10-20", "50 mg daily", who=cardio, reason=cad)
    c.medreq(cc(RX("4917", "nitroglycerin"), text="nitroglycerin 0.4 mg sublingual tablet"), "2026-10-20", "0.4 mg SL q5 min PRN chest pain, max 3", who=cardio, reason=cad)
    c.medstmt(cc(RX("6809", "metformin"), text="metformin 1000 mg tablet"), "2017-03-15", dosage="1000 mg twice daily", reason=dm)
    return c


def s_stageD(cid):
    c = Case(cid, "H1")
    c.patient("Franklin Kwame", "Osei", "male", "1949-02-17", "GPH0211086", "8820 Blondo St", "68134", "402-555-0131", marital="W")
    hf = c.pract("Margaret", "Lindgren", "MD", "1174589302")
    pal = c.pract("Joseph", "Abara", "DO", "1295846611")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2014-02-01", "1EG4TE5MK73", ("SUBSIDIZ", "subsidized health program"))
    c.allergy(RX("29046", "lisinopril"), "Lisinopril", "Angioedema", "2016-01-01")
    hfref = c.cond(cc(S("703272007", "Heart failure with reduced ejection fraction"), I("I50.22", "Chronic systolic (congestive) heart failure"), text="Ischemic cardiomyopathy, HFrEF, ACC/AHA stage D, NYHA IV"),
                   "2016-01-01", who=hf)
    cad = c.cond(cc(S("53741008", "Coronary arteriosclerosis"), I("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")), "2011-06-01", note="Anterior MI 2011, CABG 2012.")
    ckd = c.cond(cc(S("700379002", "Chronic kidney disease stage 3B"), I("N18.32", "Chronic kidney disease, stage 3b")), "2022-04-01")
    afib = c.cond(cc(S("49436004", "Atrial fibrillation"), I("I48.20", "Chronic atrial fibrillation, unspecified")), "2019-09-01")
    c.proc(cc(S("232717009", "Coronary artery bypass grafting")), "2012-03-14")
    c.proc(cc(S("447365002", "Insertion of biventricular implantable cardioverter defibrillator")), "2017-05-22")
    e1 = c.enc("2026-09-14", "Inpatient admission", "IMP", reason="Acute on chronic systolic heart failure, cardiorenal syndrome", end="2026-09-26", who=hf, service="Advanced Heart Failure",
               admit=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    ef = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 15, "%", "2026-09-15", 52, 72, "LL", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-09-15", [ef], conclusion="Severely dilated LV, LVEF 15%. Severe RV dysfunction (TAPSE 11 mm). Moderate-severe functional MR and TR. RVSP 58 mmHg.", cat=("CUS", "Cardiac Ultrasound"))
    c.report(cc(L("18745-0", "Cardiac catheterization study"), text="Right heart catheterization"), "2026-09-18",
             conclusion="RA 18, PA 62/30 (mean 41), PCWP 28, CI 1.5 L/min/m2 (Fick), PVR 3.6 WU, RA/PCWP 0.64. Impression: low-output HF with significant RV dysfunction.", cat=("CTH", "Cardiac Catheterization"))
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 14820, "pg/mL", "2026-09-14", None, 450)
    c.bmp("2026-09-25", 2.4, 26, na=129, k=4.8, bun=62, sex="M")
    c.lft("2026-09-25", alt=62, ast=55, tbili=2.1, alb=2.9)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 10.2, "g/dL", "2026-09-25", 13.5, 17.5)
    c.note("2026-09-24", "Advanced heart failure selection committee", """
ADVANCED HEART FAILURE / MCS / TRANSPLANT SELECTION COMMITTEE - 9/24/2026
77M, ischemic cardiomyopathy LVEF 15%, stage D, NYHA IV, inotrope-dependent (milrinone 0.25), severe RV dysfunction, CKD 3b with worsening cardiorenal physiology, frailty (gait speed 0.5 m/s, albumin 2.9).
Heart transplant: not a candidate (age, frailty, renal function).
Durable LVAD: not a candidate - prohibitive RV failure risk (RA/PCWP 0.64, TAPSE 11), frailty, renal dysfunction.
Consensus: no advanced heart failure therapies available. Recommend palliative inotrope support at home and transition to comfort-focused care; palliative care consulted.
""", typ=("11488-4", "Consult note"), author=hf, enc=e1)
    c.careplan("Palliative heart failure care plan", "2026-09-26", cat=cc(S("103735009", "Palliative care")), addresses=[hfref],
               desc="Comfort-focused care at home with palliative milrinone infusion; symptom management of dyspnea and edema; no readmission for escalation; ICD shock therapy deactivation per patient wishes.", author=pal,
               acts=[{"detail": {"status": "in-progress", "description": "Home milrinone 0.25 mcg/kg/min via PICC for symptom palliation"}},
                     {"detail": {"status": "completed", "description": "ICD tachytherapies deactivated 9/25/2026 (pacing retained)"}},
                     {"detail": {"status": "scheduled", "description": "Home palliative nursing visits twice weekly"}}])
    c.medreq(cc(RX("52769", "milrinone"), text="milrinone lactate in dextrose continuous infusion"), "2026-09-26", "0.25 mcg/kg/min IV continuous via PICC (palliative)", who=hf, reason=hfref)
    c.medreq(cc(RX("38413", "torsemide"), text="torsemide 20 mg tablet"), "2026-09-26", "40 mg twice daily", who=hf, reason=hfref)
    c.medreq(cc(RX("1364430", "apixaban"), text="apixaban 2.5 mg tablet"), "2026-09-26", "2.5 mg twice daily", who=hf, reason=afib)
    c.medreq(cc(RX("7052", "morphine"), text="morphine sulfate oral solution 10 mg/5 mL"), "2026-10-02", "2.5 mg by mouth every 4 h as needed for dyspnea", who=pal, reason=hfref)
    e2 = c.enc("2026-11-04", "Home visit - palliative care", "HH", reason="Stage D heart failure symptom management", who=pal, service="Palliative Medicine")
    c.vitals("2026-11-04", 92, 58, 88, 71.4, spo2=93, enc=e2)
    c.note("2026-11-04", "Palliative care home visit", """
PALLIATIVE MEDICINE HOME VISIT
Stage D ischemic cardiomyopathy on palliative milrinone. Reports dyspnea with minimal activity, sleeping in recliner. Goals: remain at home, avoid hospital. DNR/DNI confirmed (POLST on file).
No further advanced heart failure therapies are available per the transplant/MCS committee; patient and daughter understand the prognosis (likely months). Discussed hospice enrollment when inotrope no longer helpful.
Plan: continue milrinone, torsemide, low-dose morphine PRN dyspnea; nursing visits 2x/week.
""", author=pal, enc=e2)
    return c


def s_asprohib(cid):
    c = Case(cid, "H3")
    c.patient("Ruth Evelyn", "Abernathy", "female", "1937-10-09", "MHH-0088412", "17 Maple Ln", "12538", "845-555-0104", marital="W")
    sh = c.pract("Daniel", "Cho", "MD", "1821064477")
    pal = c.pract("Frances", "Whitcomb", "MD", "1467739025")
    outside = c.extorg("Hudson River University Hospital - Structural Heart Program", "New York", "NY")
    outdr = c.pract("Elliot", "Baranowski", "MD", "1740288559")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2002-10-01", "3RT6WK2JN48", ("SUBSIDIZ", "subsidized health program"))
    c.allergy(RX("2670", "codeine"), "Codeine", "Nausea/vomiting", "1990-01-01")
    aos = c.cond(cc(S("60573004", "Aortic valve stenosis"), I("I35.0", "Nonrheumatic aortic (valve) stenosis"), text="Severe calcific aortic stenosis"), "2021-04-01", who=sh,
                 severity=cc(S("24484000", "Severe")))
    c.cond(cc(S("13645005", "Chronic obstructive lung disease"), I("J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2012-01-01")
    c.cond(cc(S("399957001", "Peripheral arterial occlusive disease"), I("I70.213", "Atherosclerosis of native arteries of extremities with intermittent claudication, bilateral legs")), "2019-01-01")
    c.cond(cc(I("Z87.01", "Personal history of pneumonia (recurrent)")), "2024-02-01", status="resolved", abated="2024-03-01")
    ef = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 55, "%", "2026-05-12", 52, 72, "N", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-05-12", [ef], conclusion="Severe calcific aortic stenosis: Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.6 cm2. LVEF 55%. Porcelain ascending aorta noted on prior CT.", cat=("CUS", "Cardiac Ultrasound"))
    c.report(cc(L("79081-6", "CT Angiography Heart and Aorta and Iliac arteries"), text="TAVR planning CTA chest/abdomen/pelvis"), "2026-05-20",
             conclusion="Porcelain ascending aorta. Severely calcified, tortuous iliofemoral arteries, minimal luminal diameter 4.1 mm right / 3.8 mm left - not suitable for transfemoral access. Subclavian arteries 4.5 mm with heavy calcification. Annulus 19.5 mm.", cat=("RAD", "Radiology"))
    e1 = c.enc("2026-06-10", "Structural heart clinic", reason="Severe AS - treatment options", who=sh, service="Structural Heart")
    c.vitals("2026-06-10", 138, 62, 74, 49.8, spo2=93, enc=e1)
    c.obs(cc(("https://midhudsonheart.org/codes/lab", "STSPROM", "STS predicted risk of mortality - AVR"), text="STS PROM (isolated AVR)"), 14.2, "%", "2026-06-10", cat="exam", enc=e1)
    c.note("2026-06-10", "Structural heart team conference", """
HEART VALVE TEAM - 6/10/2026
88F, severe symptomatic calcific AS (NYHA III), STS PROM 14.2%, Clinical Frailty Scale 7, severe COPD (FEV1 0.62 L), porcelain aorta.
SAVR: prohibitive risk. TAVR: no viable access - iliofemoral MLD <4.2 mm, subclavian heavily calcified, transcaval/transcarotid deemed not feasible given anatomy and frailty.
Consensus: no valve replacement option available to her; palliative balloon aortic valvuloplasty offered as a bridge to symptom relief - patient declined. Recommend palliative care.
Patient and son requested an outside opinion; referral sent to Hudson River University Hospital structural program.
""", typ=("11488-4", "Consult note"), author=sh, enc=e1)
    c.sr(cc(S("103696004", "Patient referral to specialist"), text="Referral for outside structural heart second opinion"), "2026-06-12", status="completed", reason=aos, who=sh, performer=outside)
    e2 = c.enc("2026-08-19", "Outside consultation - second opinion", reason="Second opinion on severe AS, prohibitive risk", who=outdr, org=outside, service="Structural Heart")
    c.note("2026-08-19", "Second opinion consultation - structural heart", """
HUDSON RIVER UNIVERSITY HOSPITAL - STRUCTURAL HEART PROGRAM
Second opinion consultation requested by patient and family (referring: Dr. D. Cho, Mid-Hudson Heart Center).
I reviewed the CTA, echo and PFTs in person with the patient and her son. I agree that surgical AVR carries prohibitive risk and that none of the alternative TAVR access routes (transcarotid, transcaval, transaxillary) are feasible given vessel size/calcification and her frailty.
I concur with the palliative plan. We would be glad to re-review if a new access technology becomes available.
E. Baranowski, MD
""", typ=("11488-4", "Consult note"), author=outdr, enc=e2)
    c.careplan("Palliative care plan - severe aortic stenosis", "2026-08-26", cat=cc(S("103735009", "Palliative care")), addresses=[aos], author=pal,
               desc="Symptom-directed care for inoperable severe aortic stenosis; low-dose diuretic, oxygen for comfort, advance care planning.",
               acts=[{"detail": {"status": "in-progress", "description": "Monthly palliative care clinic visits"}}])
    c.medreq(cc(RX("4603", "furosemide"), text="furosemide 20 mg tablet"), "2026-08-26", "20 mg daily", who=pal, reason=aos)
    c.medstmt(cc(RX("1547660", "tiotropium / olodaterol"), text="tiotropium-olodaterol 2.5-2.5 mcg/actuation inhaler"), "2021-01-01", dosage="2 inhalations daily")
    e3 = c.enc("2026-11-03", "Palliative care clinic", reason="Inoperable severe AS - symptom management", who=pal, service="Palliative Medicine")
    c.vitals("2026-11-03", 132, 60, 78, 49.1, spo2=92, enc=e3)
    c.note("2026-11-03", "Palliative care follow-up", """
Severe inoperable AS (second opinion at Hudson River University Hospital 8/2026 concurred). Dyspnea walking 20 feet, stable. No syncope. Lives with son. MOLST: DNR, no intubation, wants hospital for comfort-focused treatment only.
Plan: continue furosemide 20 mg, home O2 2 L with exertion. Hospice discussion revisited - she prefers to wait.
""", author=pal, enc=e3)
    return c


def s_allsurv(cid):
    c = Case(cid, "H4")
    c.patient("Jasmine Renee", "Fontenot", "female", "1997-04-25", "BHV-0312088", "903 Camellia Blvd", "70503", "337-555-0166", marital="S")
    co = c.pract("Vivek", "Raghunathan", "MD", "1639201177")
    c.coverage("Blue Cross and Blue Shield of Louisiana", "Blue Advantage PPO", "2023-01-01", "XUB600912344")
    c.nkda()
    c.cond(cc(I("Z85.6", "Personal history of leukemia"), text="History of pre-B acute lymphoblastic leukemia, diagnosed age 8 (2005), in continuous remission"), "2005-09-01", status="resolved", abated="2008-12-01")
    c.cond(cc(I("Z92.21", "Personal history of antineoplastic chemotherapy")), "2008-12-01", status="resolved", abated="2008-12-01",
           note="COG AALL0232-era therapy 2005-2008; cumulative doxorubicin 240 mg/m2 (per survivorship treatment summary).")
    c.cond(cc(S("40930008", "Hypothyroidism"), I("E03.9", "Hypothyroidism, unspecified")), "2019-06-01")
    c.cond(cc(S("35489007", "Depressive disorder"), I("F32.A", "Depression, unspecified")), "2018-01-01", status="remission", abated="2022-01-01")
    c.medstmt(cc(RX("10582", "levothyroxine"), text="levothyroxine 50 mcg tablet"), "2019-06-15", dosage="50 mcg daily")
    c.medstmt(cc(RX("1362", "norethindrone / ethinyl estradiol"), text="norethindrone-ethinyl estradiol 1-0.02 mg tablet"), "2021-03-01", dosage="1 tablet daily")
    e0 = c.enc("2024-10-08", "Cardio-oncology survivorship visit", reason="Anthracycline exposure surveillance", who=co, service="Cardio-Oncology")
    ef0 = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 61, "%", "2024-10-08", 52, 72, "N", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2024-10-08", [ef0], conclusion="Normal LV size and function, LVEF 61%, GLS -20.5%.", cat=("CUS", "Cardiac Ultrasound"))
    e1 = c.enc("2026-10-13", "Cardio-oncology survivorship visit", reason="Anthracycline exposure surveillance", who=co, service="Cardio-Oncology")
    c.vitals("2026-10-13", 112, 70, 68, 63.5, bmi=23.4, enc=e1)
    ef1 = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 60, "%", "2026-10-13", 52, 72, "N", cat="imaging")
    gls = c.obs(cc(("https://bayouheart.com/codes/echo", "LVGLS", "Left ventricular global longitudinal strain"), text="LV global longitudinal strain"), -20.1, "%", "2026-10-13", cat="imaging", text_range="more negative than -18%", interp="N")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-10-13", [ef1, gls], conclusion="Normal LV size and systolic function, LVEF 60% (3D), GLS -20.1% - unchanged from 2024. Normal diastolic function. Normal valves.", cat=("CUS", "Cardiac Ultrasound"))
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 38, "pg/mL", "2026-10-13", None, 125, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.4, "m[IU]/L", "2026-10-13", 0.4, 4.0, enc=e1)
    c.lab("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", 176, "mg/dL", "2026-10-13", None, 199, enc=e1)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.2, "%", "2026-10-13", None, 5.6, enc=e1)
    c.report(cc(L("11524-6", "EKG study")), "2026-10-13", conclusion="Normal sinus rhythm, 66 bpm. Normal ECG.", cat=("EC", "Electrocardiac"), enc=e1)
    c.note("2026-10-13", "Cardio-oncology survivorship note", """
CARDIO-ONCOLOGY SURVIVORSHIP CLINIC
29F, survivor of childhood pre-B ALL treated 2005-2008 with chemotherapy including doxorubicin (cumulative 240 mg/m2); no chest radiation. Off therapy since 2008, in continuous remission.
Asymptomatic; runs 3x/week. Echo today normal (LVEF 60%, GLS -20.1%), unchanged. NT-proBNP normal. Lipids and A1c normal.
Plan: per COG long-term follow-up guidelines, echocardiogram every 2 years; discussed pre-pregnancy cardiology review given anthracycline exposure. Return 10/2028.
""", author=co, enc=e1)
    c.immun("2026-10-13", "150", "Influenza, injectable, quadrivalent, preservative free")
    return c


def s_hfportal(cid):
    c = Case(cid, "H1")
    c.patient("Curtis Lee", "Weber", "male", "1968-12-04", "GPH0409918", "5521 S 108th St", "68137", "402-555-0192", marital="M")
    hf = c.pract("Anita", "Sorensen", "MD", "1548392016")
    rn = c.pract("Kyle", "Brandt", "RN", key="pr")
    c.coverage("Medica", "Medica Choice Passport", "2022-01-01", "MDC30918274")
    c.nkda()
    cm = c.cond(cc(S("426856002", "Ischemic congestive cardiomyopathy"), I("I25.5", "Ischemic cardiomyopathy")), "2023-02-01")
    hfr = c.cond(cc(S("703272007", "Heart failure with reduced ejection fraction"), I("I50.22", "Chronic systolic (congestive) heart failure")), "2023-02-01", note="NYHA II-III.")
    c.cond(cc(S("22298006", "Myocardial infarction"), I("I25.2", "Old myocardial infarction")), "2023-01-20", status="resolved", abated="2023-02-01", note="Anterior STEMI 1/2023, PCI to LAD.")
    c.cond(cc(S("55822004", "Hyperlipidemia"), I("E78.5", "Hyperlipidemia, unspecified")), "2023-01-25")
    for d, ef_ in (("2025-05-06", 35), ("2026-05-12", 35)):
        o = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), ef_, "%", d, 52, 72, "L", cat="imaging")
        c.report(cc(L("34552-0", "2D echocardiogram panel")), d, [o], conclusion=f"LVEF {ef_}% with anterior and apical akinesis, no LV thrombus. Mild MR. Stable compared with prior.", cat=("CUS", "Cardiac Ultrasound"))
    for d, s in (("2026-02-10", 62), ("2026-05-12", 63), ("2026-08-18", 60), ("2026-11-10", 61)):
        c.obs(cc(("https://gpheart.org/codes/pro", "KCCQ12-OSS", "KCCQ-12 overall summary score"), text="Kansas City Cardiomyopathy Questionnaire-12 overall summary score"), s, "{score}", d, cat="survey", text_range="0-100, higher is better")
    e1 = c.enc("2026-11-10", "Heart failure clinic visit", reason="Chronic HFrEF follow-up", who=hf, service="Heart Failure Clinic")
    c.vitals("2026-11-10", 108, 68, 64, 88.6, enc=e1)
    c.bmp("2026-11-10", 1.12, 76, k=4.6, sex="M", enc=e1)
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 612, "pg/mL", "2026-11-10", None, 125, enc=e1)
    c.medstmt(cc(RX("1656339", "sacubitril / valsartan"), text="sacubitril-valsartan 49-51 mg tablet"), "2023-04-01", dosage="1 tablet twice daily", reason=hfr)
    c.medstmt(cc(RX("20352", "carvedilol"), text="carvedilol 12.5 mg tablet"), "2023-02-01", dosage="12.5 mg twice daily", reason=hfr)
    c.medstmt(cc(RX("9997", "spironolactone"), text="spironolactone 25 mg tablet"), "2023-04-01", dosage="25 mg daily", reason=hfr)
    c.medstmt(cc(RX("1488564", "dapagliflozin"), text="dapagliflozin 10 mg tablet"), "2024-01-10", dosage="10 mg daily", reason=hfr)
    c.medstmt(cc(RX("83367", "atorvastatin"), text="atorvastatin 80 mg tablet"), "2023-01-25", dosage="80 mg nightly")
    c.note("2026-11-10", "Heart failure clinic note", """
HF CLINIC - Dr. A. Sorensen
57M ischemic CM, LVEF 35% (stable since 2024), on quadruple GDMT at tolerated doses. Reports persistent fatigue and needing to rest after one flight of stairs, unchanged over the year. KCCQ-12 61 (stable 60-63). Euvolemic. BP 108/68 limits titration.
Assessment: chronic HFrEF, clinically stable. ICD not indicated at last review (EF 35% borderline; discussed, patient deferred).
Plan: continue GDMT, cardiac rehab maintenance, repeat echo 5/2027.
""", author=hf, enc=e1)
    c.add({"resourceType": "Communication", "status": "completed", "subject": {"reference": c.pt},
           "category": [{"text": "Patient portal message"}], "sent": "2026-11-20T21:14:00Z", "received": "2026-11-20T21:14:05Z",
           "sender": {"reference": c.pt}, "recipient": [{"reference": hf}],
           "topic": {"text": "Question about my care"},
           "payload": [{"contentString": "Dr. Sorensen, after my visit last week I keep thinking about it. Every time I come in I'm told my heart is 'stable' but I can barely get up the stairs and I'm exhausted by noon. I feel like nobody is really listening to how bad this is for me. I would like to get a second opinion from another heart failure specialist, maybe at the university. Can your office send my records and help me set that up? - Curtis Weber"}]}, "comm")
    c.add({"resourceType": "Communication", "status": "completed", "subject": {"reference": c.pt},
           "category": [{"text": "Patient portal message"}], "sent": "2026-11-23T15:02:00Z",
           "sender": {"reference": rn}, "recipient": [{"reference": c.pt}],
           "payload": [{"contentString": "Mr. Weber, thank you for your message. I have forwarded it to Dr. Sorensen, who is out until 12/2. We will call you when she has reviewed it. - Kyle, RN"}]}, "comm")
    return c


def s_declineSO(cid):
    c = Case(cid, "H3")
    c.patient("Barbara Ann", "Szymanski", "female", "1960-06-19", "MHH-1104563", "221 Cherry Hill Rd", "12603", "845-555-0150", lang="en", marital="M")
    ep = c.pract("Arjun", "Patel", "MD", "1912037765")
    c.coverage("Empire BlueCross BlueShield", "Empire PPO", "2020-01-01", "YLL447120983")
    c.allergy(RX("703", "amiodarone"), "Amiodarone", "Hepatotoxicity (ALT >3x ULN)", "2025-03-01")
    htn = c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2012-01-01")
    af = c.cond(cc(S("440028005", "Permanent atrial fibrillation"), I("I48.19", "Other persistent atrial fibrillation"), text="Persistent atrial fibrillation, symptomatic"), "2024-08-01", who=ep)
    c.cond(cc(S("78275009", "Obstructive sleep apnea syndrome"), I("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2022-01-01")
    c.proc(cc(P("92960", "Cardioversion, elective, electrical conversion of arrhythmia; external")), "2026-06-04", reason=af, who=ep, outcome="Converted to sinus; AF recurred within 3 weeks")
    c.medstmt(cc(RX("1364430", "apixaban"), text="apixaban 5 mg tablet"), "2024-08-10", dosage="5 mg twice daily", reason=af)
    c.medstmt(cc(RX("3443", "diltiazem"), text="diltiazem ER 240 mg capsule"), "2024-08-10", dosage="240 mg daily", reason=af)
    c.medstmt(cc(RX("29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2013-01-01", dosage="10 mg daily", reason=htn)
    e1 = c.enc("2026-11-05", "Electrophysiology office visit", reason="Recurrent persistent AF after cardioversion", who=ep, service="Electrophysiology")
    c.vitals("2026-11-05", 128, 82, 104, 79.3, enc=e1)
    c.report(cc(L("11524-6", "EKG study")), "2026-11-05", conclusion="Atrial fibrillation, ventricular rate 104. QTc 438 ms.", cat=("EC", "Electrocardiac"), enc=e1)
    o = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 55, "%", "2026-05-20", 52, 72, "N", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-05-20", [o], conclusion="LVEF 55%. Moderate LA enlargement (LAVI 44 mL/m2). No significant valve disease.", cat=("CUS", "Cardiac Ultrasound"))
    c.bmp("2026-11-05", 0.88, 73, k=4.3, enc=e1, extra=[c.lab("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", 2.0, "mg/dL", "2026-11-05", 1.7, 2.4)])
    c.cbc("2026-11-05", 13.2, enc=e1)
    c.note("2026-11-05", "EP clinic note", """
EP CLINIC - Dr. A. Patel
66F persistent AF, recurred 3 weeks after DCCV in June; symptomatic (fatigue, exertional dyspnea). Amiodarone previously stopped for hepatotoxicity.
Options discussed: (1) dofetilide with 3-day inpatient loading, (2) catheter ablation. Patient prefers a trial of dofetilide first. Also mentioned that she is welcome to get another EP's opinion before deciding.
Plan: admit 12/10/2026 for dofetilide initiation with telemetry and QTc monitoring; stop diltiazem 2 days before; K and Mg goals.
""", author=ep, enc=e1)
    c.sr(cc(("https://midhudsonheart.org/codes/orders", "ADM-DOFET", "Inpatient admission for dofetilide initiation"), text="Planned admission - dofetilide initiation with telemetry (3 days)"),
         "2026-11-05", status="active", reason=af, occ="2026-12-10", who=ep)
    c.add({"resourceType": "Communication", "status": "completed", "subject": {"reference": c.pt},
           "category": [{"text": "MyChart message"}], "sent": "2026-11-14T13:40:00Z",
           "sender": {"reference": c.pt}, "recipient": [{"reference": ep}],
           "topic": {"text": "Dofetilide plan"},
           "payload": [{"contentString": "Hi Dr. Patel, you mentioned I could get a second opinion before starting the new rhythm medicine. I talked it over with my husband and I'm comfortable going ahead with your plan - no need to set up another consult. See you on December 10th. Should I bring my own pills? Barbara"}]}, "comm")
    return c


def s_kccq(cid):
    c = Case(cid, "H4")
    c.patient("Loretta Mae", "Guidry", "female", "1957-01-28", "BHV-0157730", "114 Bayou Tortue Rd", "70518", "337-555-0122", marital="W")
    hf = c.pract("Marc", "Landry", "MD", "1003926811")
    np_ = c.pract("Dana", "Savoie", "APRN", "1699012547")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2022-01-01", "7PK9RD3TA21", ("SUBSIDIZ", "subsidized health program"))
    c.allergy(RX("2670", "codeine"), "Codeine", "Itching", "2005-01-01")
    hfr = c.cond(cc(S("703272007", "Heart failure with reduced ejection fraction"), I("I50.22", "Chronic systolic (congestive) heart failure"), text="HFrEF, ischemic cardiomyopathy"), "2022-09-01", who=hf)
    c.cond(cc(S("53741008", "Coronary arteriosclerosis"), I("I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")), "2022-08-15")
    dm = c.cond(cc(S("44054006", "Diabetes mellitus type 2"), I("E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2010-01-01")
    for med, start, dose in ((cc(RX("1656339", "sacubitril / valsartan"), text="sacubitril-valsartan 97-103 mg tablet"), "2023-01-10", "1 tablet twice daily"),
                             (cc(RX("6918", "metoprolol"), text="metoprolol succinate ER 100 mg tablet"), "2022-09-15", "100 mg daily"),
                             (cc(RX("9997", "spironolactone"), text="spironolactone 25 mg tablet"), "2023-01-10", "25 mg daily"),
                             (cc(RX("1488564", "dapagliflozin"), text="dapagliflozin 10 mg tablet"), "2023-06-01", "10 mg daily"),
                             (cc(RX("4603", "furosemide"), text="furosemide 40 mg tablet"), "2022-09-15", "40 mg daily (80 mg since 8/2026)")):
        c.medstmt(med, start, dosage=dose, reason=hfr, asserted="2026-11-10")
    c.medstmt(cc(RX("6809", "metformin"), text="metformin 500 mg tablet"), "2014-01-15", dosage="500 mg twice daily", reason=dm)
    data = (("2026-05-05", 66, 890, 78.2), ("2026-08-11", 54, 1450, 80.1), ("2026-11-10", 41, 2310, 82.6))
    for d, k, bnp, wt in data:
        e = c.enc(d, "Heart failure clinic visit", reason="Chronic HFrEF", who=np_ if d == "2026-08-11" else hf, service="Heart Failure Clinic")
        c.vitals(d, 112 - (3 if d > "2026-06" else 0), 66, 76, wt, enc=e)
        qr = c.add({"resourceType": "QuestionnaireResponse", "status": "completed", "subject": {"reference": c.pt}, "authored": d + "T09:05:00Z",
                    "source": {"reference": c.pt}, "encounter": {"reference": e},
                    "questionnaire": "https://bayouheart.com/fhir/Questionnaire/hf-clinic-kccq12",
                    "item": [{"linkId": "kccq-pl", "text": "Physical limitation score", "answer": [{"valueDecimal": round(k * 0.9, 1)}]},
                             {"linkId": "kccq-sf", "text": "Symptom frequency score", "answer": [{"valueDecimal": round(k * 1.05, 1)}]},
                             {"linkId": "kccq-ql", "text": "Quality of life score", "answer": [{"valueDecimal": round(k * 0.95, 1)}]},
                             {"linkId": "kccq-sl", "text": "Social limitation score", "answer": [{"valueDecimal": round(k * 1.1, 1)}]},
                             {"linkId": "kccq-oss", "text": "Overall summary score", "answer": [{"valueDecimal": k}]}]}, "qr")
        c.obs(cc(("https://bayouheart.com/codes/pro", "KCCQ12-OS", "KCCQ-12 Overall Summary"), text="KCCQ-12 overall summary score"), k, "{score}", d, cat="survey", enc=e, text_range="0-100; higher = better health status", deriv=[qr])
        c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", bnp, "pg/mL", d, None, 125, enc=e)
    o = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 25, "%", "2026-10-27", 52, 72, "L", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-10-27", [o], conclusion="LVEF 25% (previously 30% 10/2025). Moderate functional MR. RVSP 48 mmHg. Dilated IVC.", cat=("CUS", "Cardiac Ultrasound"))
    c.bmp("2026-11-10", 1.28, 46, k=4.9, bun=31, na=134, enc=None)
    c.note("2026-11-10", "Heart failure clinic note", """
HF CLINIC - Dr. M. Landry
69F ischemic HFrEF on GDMT since 2022-2023 at target/maximally tolerated doses (sacubitril-valsartan 97/103 BID, metoprolol succinate 100, spironolactone 25, dapagliflozin 10), adherent per pharmacy fills.
Progressive decline over 6 months: KCCQ-12 overall 66 (May) -> 54 (Aug) -> 41 (today). NYHA II -> III. NT-proBNP 890 -> 1450 -> 2310. Weight up 4.4 kg despite furosemide increase. Echo 10/27: EF 25% (30% last year), moderate functional MR.
Assessment: worsening HFrEF despite optimized guideline-directed therapy.
Plan: increase furosemide to 80 mg BID x 3 days then 80 daily; labs 1 week; discuss next steps at return visit.
""", author=hf)
    return c


def s_attr(cid):
    c = Case(cid, "H2")
    c.patient("Clarence Edward", "Whitaker", "male", "1948-09-03", "TCV40001257", "47 Rolfe Ct", "23606", "757-555-0109", marital="M")
    hf = c.pract("Sofia", "Anand", "MD", "1346620918")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2013-09-01", "5TY2HJ8WQ15", ("SUBSIDIZ", "subsidized health program"))
    c.nkda()
    attr = c.cond(cc(I("E85.82", "Wild-type transthyretin-related (ATTR) amyloidosis"), text="Wild-type transthyretin amyloid cardiomyopathy (ATTRwt-CM)"), "2026-03-18", who=hf,
                  note="Dx 3/2026: Tc-99m PYP grade 3 (H/CL 1.72), no monoclonal protein (SPEP/IFE, FLC ratio normal), TTR sequencing negative for pathogenic variants.")
    c.cond(cc(I("I43", "Cardiomyopathy in diseases classified elsewhere")), "2026-03-18")
    hfp = c.cond(cc(S("446221000", "Heart failure with normal ejection fraction"), I("I50.32", "Chronic diastolic (congestive) heart failure")), "2024-06-01")
    af = c.cond(cc(S("49436004", "Atrial fibrillation"), I("I48.11", "Longstanding persistent atrial fibrillation")), "2023-02-01")
    c.cond(cc(S("57406009", "Carpal tunnel syndrome"), I("G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), "2016-01-01", status="resolved", abated="2019-08-01", note="Bilateral carpal tunnel release 2018/2019.")
    c.cond(cc(I("M48.061", "Spinal stenosis, lumbar region without neurogenic claudication")), "2020-01-01")
    pyp = c.report(cc(L("39630-9", "NM Heart Scan"), text="Tc-99m pyrophosphate cardiac scintigraphy with SPECT"), "2026-03-10",
                   conclusion="Grade 3 myocardial uptake (greater than rib), heart-to-contralateral lung ratio 1.72 at 1 h, diffuse myocardial uptake on SPECT. Strongly suggestive of ATTR cardiac amyloidosis in the absence of a plasma cell dyscrasia.", cat=("NMS", "Nuclear Medicine"))
    c.lab("33358-3", "Kappa lt chains.free/Lambda lt chains.free [Mass Ratio] in Serum", 1.38, "{ratio}", "2026-03-04", 0.26, 1.65)
    c.obs(cc(L("51435-6", "Protein electrophoresis panel - Serum"), text="Serum immunofixation"), date="2026-03-04", vstring="No monoclonal protein detected", interp="N")
    c.obs(cc(("https://interop.tidewatercv.org/codes/genetics", "TTR-SEQ", "TTR gene sequencing"), text="TTR gene sequencing"), date="2026-03-25", vstring="No pathogenic or likely pathogenic variant identified in TTR.", interp="N")
    o = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 50, "%", "2026-02-20", 52, 72, "L", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-02-20", [o], conclusion="Concentric LV wall thickening (IVS 17 mm), LVEF 50%, GLS -11% with apical sparing. Biatrial enlargement. Grade III diastolic dysfunction.", cat=("CUS", "Cardiac Ultrasound"))
    c.medreq(cc(text="tafamidis 61 mg capsule (Vyndamax)"), "2026-04-02", "61 mg by mouth once daily", who=hf, reason=attr)
    c.medstmt(cc(RX("1364430", "apixaban"), text="apixaban 5 mg tablet"), "2023-02-10", dosage="5 mg twice daily", reason=af)
    c.medstmt(cc(RX("38413", "torsemide"), text="torsemide 20 mg tablet"), "2024-06-10", dosage="20 mg daily", reason=hfp)
    e1 = c.enc("2026-11-17", "Cardiac amyloidosis clinic", reason="ATTRwt-CM on tafamidis", who=hf, service="Cardiomyopathy / Amyloid Clinic")
    c.vitals("2026-11-17", 116, 70, 72, 74.0, enc=e1)
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 2480, "pg/mL", "2026-11-17", None, 450, enc=e1)
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", 38, "ng/L", "2026-11-17", None, 20, enc=e1)
    c.bmp("2026-11-17", 1.31, 55, sex="M", enc=e1)
    c.note("2026-11-17", "Amyloid clinic note", """
CARDIAC AMYLOIDOSIS CLINIC
78M with wild-type ATTR cardiomyopathy (PYP grade 3, no monoclonal protein, TTR genotype negative), diagnosed 3/2026; hx bilateral carpal tunnel release and lumbar spinal stenosis. On tafamidis 61 mg since 4/2026, tolerating. NYHA II. NAC ATTR stage 2 (NT-proBNP 2480, eGFR 55).
Euvolemic on torsemide 20. AF rate controlled without AV nodal agents.
Plan: continue tafamidis; NT-proBNP/troponin every 6 months; annual echo; discussed clinical trial eligibility (TTR silencer).
""", author=hf, enc=e1)
    return c


def s_amyrule(cid):
    c = Case(cid, "H3")
    c.patient("Kenneth Adebayo", "Oduya", "male", "1952-11-21", "MHH-0671134", "6 Wilbur Blvd", "12601", "845-555-0173", marital="M")
    card = c.pract("Helen", "Vasquez-Roth", "MD", "1538115604")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2017-11-01", "2WQ8TY5EP92", ("SUBSIDIZ", "subsidized health program"))
    c.nkda()
    hhd = c.cond(cc(S("397535009", "Hypertensive heart disease with congestive heart failure"), I("I11.0", "Hypertensive heart disease with heart failure"), text="Hypertensive heart disease with HFpEF"), "2026-09-29", who=card)
    c.cond(cc(S("55822004", "Hyperlipidemia"), I("E78.5", "Hyperlipidemia, unspecified")), "2012-01-01")
    c.cond(cc(S("700378005", "Chronic kidney disease stage 3A"), I("N18.31", "Chronic kidney disease, stage 3a")), "2023-03-01")
    c.cond(cc(S("266569009", "Benign prostatic hyperplasia"), I("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2018-01-01")
    c.cond(cc(S("233604007", "Pneumonia"), I("J18.9", "Pneumonia, unspecified organism")), "2025-01-12", status="resolved", abated="2025-02-01")
    c.cond(cc(S("17602002", "Amyloidosis"), I("E85.4", "Organ-limited amyloidosis"), text="Suspected cardiac amyloidosis"), "2026-07-22", status="inactive", ver="refuted", abated="2026-09-29",
           note="Evaluated for LVH with HFpEF. PYP grade 0, no monoclonal protein, normal FLC ratio - amyloidosis excluded.")
    o = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 60, "%", "2026-07-15", 52, 72, "N", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel")), "2026-07-15", [o], conclusion="Concentric LVH (IVS 14 mm, PW 13 mm), LVEF 60%, grade II diastolic dysfunction. GLS -17% without apical sparing pattern. Mild LA enlargement.", cat=("CUS", "Cardiac Ultrasound"))
    c.report(cc(L("39630-9", "NM Heart Scan"), text="Tc-99m pyrophosphate cardiac scintigraphy with SPECT"), "2026-08-18", conclusion="Grade 0 myocardial uptake, H/CL ratio 1.05. Not suggestive of ATTR cardiac amyloidosis.", cat=("NMS", "Nuclear Medicine"))
    c.lab("33358-3", "Kappa lt chains.free/Lambda lt chains.free [Mass Ratio] in Serum", 1.21, "{ratio}", "2026-08-04", 0.26, 1.65)
    c.obs(cc(L("51435-6", "Protein electrophoresis panel - Serum"), text="SPEP with immunofixation"), date="2026-08-04", vstring="Normal pattern. No monoclonal protein identified.", interp="N")
    c.report(cc(L("18754-2", "Cardiac magnetic resonance study"), text="Cardiac MRI with gadolinium"), "2026-09-08", conclusion="Concentric LVH, normal native T1 and ECV (27%), no late gadolinium enhancement. Findings consistent with hypertensive heart disease; no features of infiltrative cardiomyopathy.", cat=("RAD", "Radiology"))
    e1 = c.enc("2026-09-29", "Cardiology follow-up", reason="LVH and HFpEF - results review", who=card, service="Cardiology")
    c.vitals("2026-09-29", 154, 88, 70, 92.3, enc=e1)
    c.bmp("2026-09-29", 1.42, 52, sex="M", enc=e1)
    c.medreq(cc(RX("17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2026-09-29", "10 mg daily", who=card, reason=hhd)
    c.medstmt(cc(RX("52175", "losartan"), text="losartan 100 mg tablet"), "2019-01-01", dosage="100 mg daily", reason=hhd)
    c.medreq(cc(RX("1545653", "empagliflozin"), text="empagliflozin 10 mg tablet"), "2026-09-29", "10 mg daily", who=card, reason=hhd)
    c.medstmt(cc(RX("36567", "simvastatin"), text="simvastatin 40 mg tablet"), "2012-02-01", dosage="40 mg nightly")
    c.medstmt(cc(RX("77492", "tamsulosin"), text="tamsulosin 0.4 mg capsule"), "2018-02-01", dosage="0.4 mg nightly")
    c.note("2026-09-29", "Cardiology note", """
73M referred for LVH and exertional dyspnea with concern for cardiac amyloidosis. PYP grade 0; SPEP/IFE and free light chains normal; CMR with normal ECV and no LGE.
Assessment: cardiac amyloidosis excluded. LVH and HFpEF due to longstanding, suboptimally controlled hypertension (home BP 150s).
Plan: add amlodipine 10, start empagliflozin, home BP log, low sodium diet. Return 3 months with BMP.
""", author=card, enc=e1)
    e2 = c.enc("2026-11-19", "Nurse visit - BP check", reason="Blood pressure recheck", service="Cardiology")
    c.vitals("2026-11-19", 134, 80, 68, 91.6, enc=e2)
    return c
