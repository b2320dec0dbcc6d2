from lib import *

def cov(c, k):
    d = {"mcare": ("Medicare Part A/B", "Original Medicare"), "ma": ("UnitedHealthcare Medicare Advantage", "AARP MedicareComplete"),
         "comm": ("Cigna", "Open Access Plus"), "bcbs": ("Blue Cross NC", "Blue Advantage PPO"), "mi": ("Priority Health", "HMO Gold"), "ma2": ("Tufts Health Plan", "Medicare Preferred")}
    return c.coverage(*d[k])

ECG = lambda c, d, txt, enc=None, interp="N": c.obs(LN("8601-7", "EKG impression"), d, vstr=txt, cat="procedure", enc=enc, interp=interp)

def psnw_palp(cid):
    c = Case(cid, "CRE")
    c.patient("Kristen M", "Lavoie", "female", "1985-04-02", "CRE-558201", "2710 Park Rd", marital=("M", "Married"))
    ep = c.pract("Anand", "Subramaniam", "Clinical Cardiac Electrophysiology")
    np_ = c.pract("Brooke", "Hensley", "Cardiology Nurse Practitioner", "NP")
    cov(c, "bcbs")
    c.cond(cc(C("icd", "Z87.59", "Personal history of other complications of pregnancy, childbirth and the puerperium")), "2019-03-01", status="resolved", abate="2019-06-01")
    palp = c.cond(cc(C("sct", "80313002", "Palpitations"), C("icd", "R00.2", "Palpitations")), "2026-04-20", recorded="2026-05-12")
    c.cond(cc(C("sct", "427461000", "Near syncope"), C("icd", "R55", "Syncope and collapse")), "2026-06-01", recorded="2026-07-21")
    dates = [("2026-05-12", "New patient: palpitations", 118, 74, 76), ("2026-07-21", "Palpitations, presyncope", 112, 70, 82), ("2026-09-15", "Results review", 116, 72, 78), ("2026-11-17", "Ongoing palpitations", 114, 72, 80)]
    encs = []
    for d, r, s, di, hr in dates:
        e = c.enc(d, "AMB", "Electrophysiology clinic visit", r, pract=ep if d != "2026-09-15" else np_)
        encs.append(e)
        c.vitals(d, e, bp=(s, di), hr=hr)
    ECG(c, "2026-05-12", "Sinus rhythm 76, PR 152, QRS 88, QTc 418. No pre-excitation. Normal ECG.", encs[0])
    for n, v in [("tsh", 1.6), ("hgb_f", 13.4), ("k", 4.2), ("mg", 2.0)]:
        c.lab(n, "2026-05-12", v, encs[0])
    h = c.obs(cc(text="Holter monitor 48 h"), "2026-05-20", vstr="48 h Holter: sinus rhythm 58-128 bpm, rare PACs (<1%), no sustained arrhythmia; symptoms logged x4 correlate with sinus rhythm 88-96.", cat="procedure", interp="N")
    echo = c.obs(cc(text="Transthoracic echocardiogram"), "2026-06-09", vstr="Normal LV size/function, EF 62%, no valvular disease, normal RV.", cat="imaging", interp="N")
    c.obs(LN("10230-1", "Left ventricular Ejection fraction"), "2026-06-09", 62, "%", "%", 52, 72, "N", cat="imaging")
    zio = c.obs(cc(text="Extended ambulatory ECG patch (14 day)"), "2026-08-28", vstr="14-day patch: predominant sinus rhythm, avg HR 79; 11 triggered events all sinus rhythm/sinus tachycardia to 112. No AF, SVT or VT.", cat="procedure", interp="N")
    c.obs(cc(text="Exercise treadmill ECG"), "2026-09-10", vstr="Bruce 10:30 min, 12 METs, no arrhythmia, no ischemic changes; symptoms not reproduced.", cat="procedure", interp="N")
    c.report(cc(text="Ambulatory rhythm monitoring summary"), "2026-09-15", "Holter and 14-day monitor without arrhythmia; symptom-rhythm correlation shows sinus rhythm.", [h, zio], cat=("EC", "Electrocardiac"), enc=encs[2])
    c.note("2026-11-17", NOTE_PROGRESS, "EP clinic note", """
ELECTROPHYSIOLOGY FOLLOW-UP - Dr. Subramaniam
41F with 7 months of episodic pounding palpitations 3-4x/week, lasting minutes to an hour, with lightheadedness and two near-faints (standing at work). Now affecting her job as a dental hygienist.
Workup to date all normal: ECG, TSH/CBC/lytes, TTE (EF 62%), 48 h Holter, 14-day patch (11 events = sinus rhythm), exercise ECG.
Assessment: palpitations, no arrhythmic substrate identified. Reassured. Consider implantable loop recorder if symptoms persist; patient undecided. Follow up 6 months.""", enc=encs[3], author=ep)
    return c, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                   why="Palpitations with presyncope recorded at four visits over six months (May-November); every study (ECG, labs, echo, Holter, 14-day patch, exercise ECG) normal and no explaining diagnosis.",
                   summary="41F seven months of palpitations/near-faints, full EP work-up normal, no diagnosis")

def dsm_nm_vvs(cid):
    c = Case(cid, "CRE")
    c.patient("Hailey", "Brannigan", "female", "2002-08-19", "CRE-601447", "918 Queens Rd", marital=("S", "Never Married"))
    ep = c.pract("Anand", "Subramaniam", "Clinical Cardiac Electrophysiology")
    cov(c, "comm")
    c.cond(cc(C("icd", "F41.9", "Anxiety disorder, unspecified")), "2020-01-01", status="inactive")
    e1 = c.enc("2026-08-04", "AMB", "Electrophysiology new patient", "Fainting spells", pract=ep)
    c.vitals("2026-08-04", e1, bp=(104, 66), hr=68, wt=57.0)
    ECG(c, "2026-08-04", "Sinus rhythm 66, PR 140, QRS 84, QTc 412. Normal.", e1)
    c.obs(LN("8636-3", "Q-T interval corrected"), "2026-08-04", 412, "ms", "ms", None, 460, "N", cat="procedure", enc=e1)
    c.obs(LN("10230-1", "Left ventricular Ejection fraction"), "2026-08-18", 63, "%", "%", 52, 72, "N", cat="imaging")
    tilt = c.obs(cc(C("cpt", "93660", "Evaluation of cardiovascular function with tilt table evaluation, with continuous ECG monitoring and intermittent blood pressure monitoring"), text="Head-up tilt table study"), "2026-08-25", vstr="At 14 min of 70-degree tilt: prodromal nausea, warmth, BP 68/40, HR 42 -> syncope; mixed vasovagal response (VASIS 1).", cat="procedure", interp="A")
    c.report(cc(text="Head-up tilt table study"), "2026-08-25", "Positive for reflex (vasovagal) syncope, mixed type, reproducing clinical symptoms.", [tilt], cat=("EC", "Electrocardiac"))
    vv = c.cond(cc(C("sct", "398665005", "Vasovagal syncope"), C("icd", "R55", "Syncope and collapse")), "2026-08-25", asserter=ep)
    e2 = c.enc("2026-10-20", "AMB", "Electrophysiology follow-up", "Syncope follow-up", pract=ep)
    c.vitals("2026-10-20", e2, bp=(108, 68), hr=70)
    c.note("2026-08-04", NOTE_CONSULT, "EP consult", "24F three faints over 4 months: blood draw, standing in a hot church, after prolonged standing at concert. Each with warmth, nausea, tunnel vision, pallor, brief LOC, fatigue after. None with exertion or supine. No FH sudden death. ECG normal, QTc 412. Plan TTE, tilt.", enc=e1, author=ep)
    c.note("2026-10-20", NOTE_PROGRESS, "EP follow-up", "Tilt reproduced typical prodrome and syncope. Counter-pressure maneuvers, 2.5 L fluids, salt 6-9 g/day taught. One prodrome since, aborted with leg crossing, no syncope in 8 wk. Follow up prn.", enc=e2, author=ep)
    c.med(cc(C("rx", "9863", "sodium chloride"), text="sodium chloride 1 g tablets"), "2026-10-20", "1 g by mouth three times daily with meals", reason=vv, requester=ep)
    return c, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
                   why="Vasovagal syncope diagnosis fits: classic triggers and prodrome, normal ECG/echo, tilt reproduces symptoms, and symptoms improved on counter-pressure manoeuvres.",
                   summary="24F situational faints with prodrome, positive tilt, vasovagal diagnosis that fits")

def mpp_nm_ablation(cid):
    c = Case(cid, "CRE")
    c.patient("Gerald T", "Hoskins", "male", "1959-12-11", "CRE-330918", "4402 Sharon Rd", marital=("M", "Married"))
    ep = c.pract("Lucia", "Moreno-Park", "Clinical Cardiac Electrophysiology")
    cov(c, "mcare")
    af = c.cond(cc(C("icd", "I48.0", "Paroxysmal atrial fibrillation"), C("sct", "49436004", "Atrial fibrillation")), "2024-02-01")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(cc(C("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2023-05-01", note="CPAP adherent")
    c.med(cc(C("rx", "1364430", "apixaban")), "2024-02-01", "apixaban 5 mg twice daily", reason=af)
    c.med(cc(C("rx", "4441", "flecainide")), "2024-06-01", "flecainide 100 mg twice daily (stopped 3 months post-ablation)", reason=af, status="stopped")
    c.med(cc(C("rx", "6918", "metoprolol")), "2024-02-01", "metoprolol succinate 25 mg daily", reason=htn)
    s = c.sr(cc(C("cpt", "93656", "Comprehensive electrophysiologic evaluation including transseptal catheterizations, insertion and repositioning of multiple electrode catheters, with intracardiac catheter ablation of atrial fibrillation by pulmonary vein isolation")), "2026-05-20", "completed", "order", occ="2026-07-14", reason=af, requester=ep)
    e1 = c.enc("2026-07-14T07:00:00-04:00", "IMP", "Elective EP lab admission", "AF ablation", end="2026-07-15T10:00:00-04:00", pract=ep, disp="Home")
    c.proc(cc(C("cpt", "93656", "Intracardiac catheter ablation of atrial fibrillation by pulmonary vein isolation"), text="Pulmonary vein isolation (pulsed field ablation)"), "2026-07-14T09:30:00-04:00", reason=af, performer=ep, enc=e1, based_on=s, outcome="All 4 PVs isolated; no complications")
    c.note("2026-07-14T13:00:00-04:00", NOTE_PROC, "Procedure note: AF ablation", "Pulsed field PVI, 4/4 PVs isolated with entrance/exit block. ICE guided, no effusion. Groin hemostasis with figure-of-8 suture. Same-day ambulation, overnight obs.", enc=e1, author=ep)
    e2 = c.enc("2026-10-13", "AMB", "EP clinic 3-month post-ablation", "AF follow-up", pract=ep)
    c.vitals("2026-10-13", e2, bp=(128, 78), hr=62, wt=92.0)
    ECG(c, "2026-10-13", "Sinus rhythm 62, normal intervals.", e2)
    c.obs(cc(text="Ambulatory ECG monitor 14-day AF burden"), "2026-10-09", 0, "%", "%", cat="procedure", interp="N")
    c.lab("egfr", "2026-10-13", 81, e2)
    c.note("2026-10-13", NOTE_PROGRESS, "EP clinic note", "3 mo post PVI: no AF on 14-day monitor, asymptomatic. Flecainide stopped today. Continue apixaban (CHA2DS2-VASc 2) with reassessment at 12 months. No further procedures planned.", enc=e2, author=ep)
    return c, dict(target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
                   why="The catheter ablation was ordered and has already been performed (July 2026); the ServiceRequest is completed and nothing further is planned.",
                   summary="66M paroxysmal AF, pulmonary-vein isolation already done, 3-month follow-up")

def prc_flag(cid):
    c = Case(cid, "CRE")
    c.patient("Roberto", "Iannucci", "male", "1965-05-25", "CRE-209954", "1500 East Blvd", marital=("M", "Married"))
    ep = c.pract("Lucia", "Moreno-Park", "Clinical Cardiac Electrophysiology")
    rn = c.pract("Denise", "Calloway", "Registered Nurse", "RN")
    cov(c, "bcbs")
    af = c.cond(cc(C("icd", "I48.19", "Other persistent atrial fibrillation"), C("sct", "440059007", "Persistent atrial fibrillation")), "2026-02-01")
    c.cond(cc(C("icd", "E78.5", "Hyperlipidemia, unspecified")), "2015-01-01")
    c.med(cc(C("rx", "1364430", "apixaban")), "2026-02-10", "apixaban 5 mg twice daily", reason=af)
    c.med(cc(C("rx", "3443", "diltiazem")), "2026-02-10", "diltiazem ER 240 mg daily", reason=af)
    c.med(cc(C("rx", "301542", "rosuvastatin")), "2015-01-01", "rosuvastatin 10 mg daily")
    e1 = c.enc("2026-10-27", "AMB", "EP clinic visit", "Persistent AF, rhythm vs rate control", pract=ep)
    c.vitals("2026-10-27", e1, bp=(132, 80), hr=84, wt=88.0)
    ECG(c, "2026-10-27", "Atrial fibrillation, ventricular rate 84. Otherwise normal.", e1, "A")
    c.obs(LN("10230-1", "Left ventricular Ejection fraction"), "2026-09-30", 55, "%", "%", 52, 72, "N", cat="imaging")
    for n, v in [("tsh", 2.2), ("k", 4.3), ("cr_m", 0.98)]:
        c.lab(n, "2026-09-30", v)
    c.note("2026-10-27", NOTE_PROGRESS, "EP clinic note", "61M persistent AF since Feb, mild fatigue, EHRA 2a. Rate controlled on diltiazem. Discussed rhythm control options: recommend starting dofetilide with inpatient loading vs continued rate control. Pt wishes to think it over.", enc=e1, author=ep)
    e2 = c.enc("2026-11-12", "VR", "Telephone encounter", "Patient call", pract=rn)
    c.note("2026-11-12", NOTE_PHONE, "Telephone note", "Pt called after researching dofetilide; uneasy about starting an antiarrhythmic, feels options were not fully explained. Used the portal 'request a second opinion' button. Routed to Dr. Moreno-Park and referral coordinator.", enc=e2, author=rn)
    c.add("Flag", "flag-1", {"status": "active", "category": [cc(C("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
          "code": cc(C("https://fhir.carolinarhythm.com/CodeSystem/portal-flag", "SO-REQ", "Patient requests second opinion"), text="Second opinion requested by patient via portal"),
          "subject": {"reference": c.P}, "period": {"start": "2026-11-12T18:22:00-05:00"}, "author": {"reference": c.P}})
    return c, dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
                   why="Patient-authored active Flag (portal 'request a second opinion') about the recommended antiarrhythmic plan for persistent AF.",
                   summary="61M persistent AF, patient flagged a second-opinion request via portal")

def rcc_nm_mvp(cid):
    c = Case(cid, "CRE")
    c.patient("Alexandra", "Petrakis", "female", "1990-10-08", "CRE-713330", "225 Providence Rd", marital=("M", "Married"))
    card = c.pract("Anand", "Subramaniam", "Clinical Cardiac Electrophysiology")
    cov(c, "comm")
    mvp = c.cond(cc(C("icd", "I34.1", "Nonrheumatic mitral (valve) prolapse"), C("sct", "409712001", "Mitral valve prolapse")), "2024-03-01", note="Posterior leaflet prolapse, trace-mild MR")
    c.cond(cc(C("icd", "I49.3", "Ventricular premature depolarization")), "2024-03-01", note="PVC burden 1.2%")
    c.cond(cc(C("icd", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2012-01-01")
    c.med(cc(C("rx", "8787", "propranolol")), "2024-03-01", "propranolol ER 60 mg daily (PVCs, migraine prophylaxis)")
    e1 = c.enc("2026-11-03", "AMB", "Cardiology clinic", "Annual MVP surveillance", pract=card)
    c.vitals("2026-11-03", e1, bp=(110, 70), hr=66, wt=61.5)
    ECG(c, "2026-11-03", "Sinus rhythm 64, occasional unifocal PVC. QTc 420.", e1)
    echo = c.obs(cc(text="Transthoracic echocardiogram"), "2026-10-29", vstr="Posterior mitral leaflet prolapse (P2), mild MR, EF 60%, normal LA size. No mitral annular disjunction.", cat="imaging", interp="A")
    c.report(cc(text="Transthoracic echocardiogram"), "2026-10-29", "Mitral valve prolapse with mild regurgitation; unchanged from 2024.", [echo], cat=("CUS", "Cardiac Ultrasound"))
    c.obs(cc(text="Holter 24 h PVC burden"), "2026-10-30", 1.0, "%", "%", None, 5, "N", cat="procedure")
    for n, v in [("tsh", 1.8), ("k", 4.1), ("mg", 2.1), ("hgb_f", 13.2)]:
        c.lab(n, "2026-10-29", v)
    c.note("2026-11-03", NOTE_PROGRESS, "Cardiology note", "36F MVP with mild MR and infrequent PVCs, asymptomatic on propranolol. Echo unchanged, no MAD, PVC burden 1%. Common valve finding, benign course expected. Echo in 2-3 years, return sooner for symptoms. OK for pregnancy planning.", enc=e1, author=card)
    return c, dict(target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
                   why="Mitral valve prolapse is a common valve condition, not in a rare-disease set; three mild conditions fall far short of the complexity threshold.",
                   summary="36F mitral valve prolapse with mild MR and PVCs, routine surveillance")
