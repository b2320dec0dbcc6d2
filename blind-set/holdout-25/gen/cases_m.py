from lib import *
from orgs import *

CASES = {}


def case(key, target, kind, expected, why, summary):
    def deco(fn):
        CASES[key] = (fn, target, kind, expected, why, summary)
        return fn
    return deco


# ---------------------------------------------------------------------------
@case("m_dyspnea", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Exertional dyspnoea after a 2024-25 deployment recorded at four visits from April to October 2026 (>8 weeks); CXR, spirometry, DLCO, methacholine challenge, HRCT, echo and labs all normal, and no explanatory diagnosis made.",
      "Army staff sergeant, post-deployment exertional dyspnoea, 7 months, complete normal pulmonary/cardiac workup, no diagnosis")
def m_dyspnea(cid):
    b = new(cid, "M", "hartwell")
    org = mil_patient(b, "Okafor", ["Daniel", "C"], "male", "1992-03-19", "HW4471902", "1582093341",
                      home("7712 Barrow Ridge Ct", "Colorado Springs", "CO", "80922"), "719-555-0148")
    pcm = b.pract("Lindqvist", ["Anna"], "MAJ", qual="MD, Family Medicine")
    pul = b.pract("Reyes", ["Tomas"], "LTC", qual="MD, Pulmonary/Critical Care")
    crd = b.pract("Achebe", ["Ngozi"], "Dr.", qual="MD, Cardiology")
    tricare(b, "PRIME:TRICARE Prime (Active Duty)", "West")
    b.cond(cc((SCT, "61582004", "Allergic rhinitis"), (ICD, "J30.9", "Allergic rhinitis, unspecified")), "2015-05-01")
    b.cond(cc((SCT, "44465007", "Sprain of ankle"), (ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), "2019-08-12", status="resolved", abate="2019-10-01")
    b.note("2025-06-30", "Post-Deployment Health Assessment (DD 2796) summary", """
POST-DEPLOYMENT HEALTH ASSESSMENT - summary entered by PHA clinic
Deployment: 2024-09 to 2025-06, Combined Joint Task Force, eastern Syria / western Iraq. Duties: convoy security, base defense.
Exposures reported: burn pit smoke (daily, <1 km), dust storms, diesel exhaust, generator fumes. ILER record linked.
Current symptoms: none. Member denies cough, dyspnea, wheeze. Ran 2-mile in 14:10 in theater.
Enrolled in Airborne Hazards and Open Burn Pit Registry. No referral needed.""", author=pcm, typ=("34109-9", "Note"))
    e1 = b.enc("2026-04-14", cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")), org=org, pract=pcm, reason="Shortness of breath with running")
    dx = cc((SCT, "60845006", "Dyspnea on exertion"), (ICD, "R06.09", "Other forms of dyspnea"))
    b.cond(dx, "2026-03-01", recorded="2026-04-14", recorder=pcm, note="Gradual onset spring 2026; cannot finish 2-mile run; failed ACFT run event Mar 2026.")
    b.cond(dx, "2026-03-01", cat="encounter-diagnosis", recorded="2026-04-14", enc=e1)
    b.bp("2026-04-14", 124, 78, e1); b.vital("spo2", "2026-04-14", 98, e1); b.vital("bmi", "2026-04-14", 25.8, e1)
    o1 = b.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-04-14", 15.2, "g/dL", low=13.5, high=17.5, interp="N", enc=e1)
    o2 = b.obs(cc((LN, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")), "2026-04-14", 6.8, "10*3/uL", low=4.0, high=10.5, interp="N", enc=e1)
    o3 = b.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-04-14", 1.9, "m[IU]/L", low=0.4, high=4.5, interp="N", enc=e1)
    b.obs(cc((LN, "36643-5", "XR Chest 2 Views")), "2026-04-14", value_str="Lungs clear. No effusion, no pneumothorax. Heart size normal. IMPRESSION: Normal chest.", cat="imaging", interp="N", enc=e1)
    e2 = b.enc("2026-06-02", cc((CPT, "99204", "Office or other outpatient visit, new patient, moderate MDM")), org=org, pract=pul, reason="Dyspnea on exertion, deployment exposures")
    b.cond(dx, "2026-03-01", cat="encounter-diagnosis", recorded="2026-06-02", enc=e2)
    f1 = b.obs(cc((LN, "20152-5", "FEV1 measured/predicted")), "2026-06-02", 96, "%", low=80, interp="N", cat="procedure", enc=e2)
    f2 = b.obs(cc((LN, "19876-2", "FVC measured/predicted")), "2026-06-02", 98, "%", low=80, interp="N", cat="procedure", enc=e2)
    f3 = b.obs(cc((LN, "19926-5", "FEV1/FVC")), "2026-06-02", 0.81, "{ratio}", "1", low=0.70, interp="N", cat="procedure", enc=e2)
    f4 = b.obs(cc((LN, "19911-7", "Diffusion capacity.carbon monoxide measured/predicted")), "2026-06-02", 93, "%", low=75, interp="N", cat="procedure", enc=e2)
    f5 = b.obs({"text": "Methacholine challenge PC20"}, "2026-06-09", value_str="PC20 > 16 mg/mL; no significant bronchial hyperresponsiveness", interp="N", cat="procedure", enc=e2)
    b.dr(cc((LN, "81459-0", "Pulmonary function study panel")), "2026-06-09", [f1, f2, f3, f4, f5], "Normal spirometry, lung volumes and DLCO. Methacholine challenge negative.", cat=("PF", "Pulmonary Function"), performer=pul)
    b.obs(cc((LN, "24627-2", "CT Chest")), "2026-07-07", value_str="HRCT with inspiratory and expiratory images: no ground glass, no mosaic attenuation, no air trapping, no bronchiectasis. IMPRESSION: Normal HRCT.", cat="imaging", interp="N")
    e3 = b.enc("2026-08-11", cc((CPT, "99243", "Office consultation")), org=org, pract=crd, reason="Exertional dyspnea - cardiac evaluation")
    b.cond(dx, "2026-03-01", cat="encounter-diagnosis", recorded="2026-08-11", enc=e3)
    b.obs(cc((LN, "10230-1", "Left ventricular Ejection fraction")), "2026-08-11", 61, "%", low=52, high=72, interp="N", cat="imaging", enc=e3, note="TTE: normal biventricular size and function, no valve disease, RVSP 24 mmHg, no shunt on bubble study.")
    b.obs(cc((LN, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")), "2026-08-11", 38, "pg/mL", high=125, interp="N", enc=e3)
    b.obs(cc((LN, "11524-6", "EKG study")), "2026-08-11", value_str="Sinus rhythm 64, normal axis, normal intervals.", cat="procedure", interp="N", enc=e3)
    e4 = b.enc("2026-10-20", cc((CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM")), org=org, pract=pcm, reason="Follow-up shortness of breath")
    b.cond(dx, "2026-03-01", cat="encounter-diagnosis", recorded="2026-10-20", enc=e4)
    b.vital("spo2", "2026-10-20", 98, e4); b.bp("2026-10-20", 122, 76, e4)
    b.medreq(cc((RX, "745679", "albuterol 90 MCG/ACTUAT Metered Dose Inhaler")), "2026-04-14", status="completed", dose="2 puffs q4-6h PRN; no benefit reported", requester=pcm)
    b.medreq(cc((RX, "1797844", "fluticasone propionate 50 MCG/ACTUAT Nasal Spray")), "2025-02-11", dose="2 sprays each nostril daily", requester=pcm)
    b.note("2026-10-20", "Family Medicine follow-up", """
S: 34 y/o SSG, 11B, returns for ongoing exertional dyspnea since ~Mar 2026. Still unable to complete 2-mile run; stops at ~1 mile with chest tightness and air hunger, recovers in 5 min. No cough, no wheeze, no orthopnea, no syncope. No weight change. Was asymptomatic before 2024-25 deployment (burn pit exposure documented on DD 2796).
Workup to date: CBC, TSH, CXR normal (Apr). Full PFTs with DLCO normal, methacholine negative (Jun). HRCT insp/exp normal (Jul). Echo with bubble, NT-proBNP, ECG normal (Aug).
O: BP 122/76, HR 68, SpO2 98% RA, lungs clear, no clubbing.
A: Dyspnea on exertion, persistent, 7 months; etiology not identified; all studies normal.
P: Continue temporary profile (no timed run) x 90 days. Discussed with member that the workup has not shown a problem with heart or lungs. RTC 3 months or sooner PRN.""", author=pcm, enc=e4)
    b.flag(cc((SCT, "397709008", "Patient on temporary duty limitation"), text="Temporary profile (DA 3349): no timed run, walk-only alternate event, expires 2027-01-18"), "2026-10-20", pcm)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-09-28", "FL7732A")
    return b


# ---------------------------------------------------------------------------
@case("m_ida", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "New iron-deficiency anaemia (Hb 11.1, MCV 74, ferritin 9) in a 63-year-old man in July 2026 with no colonoscopy, GI referral, iron therapy or repeat count in the 4+ months since - a red-flag finding without follow-up within 60 days.",
      "Navy retiree, iron-deficiency anaemia found on annual labs July 2026, never followed up")
def m_ida(cid):
    b = new(cid, "M", "cedar")
    org = mil_patient(b, "Prewitt", ["Gerald", "Wayne"], "male", "1963-02-07", "CP0098812", "1209447182",
                      home("114 Harbor Pines Dr", "Havelock", "NC", "28532"), "252-555-0191")
    pcm = b.pract("Nakamura", ["Lisa"], "Dr.", qual="DO, Internal Medicine")
    tricare(b, "TFL:TRICARE For Life", "TFL", start="2025-02-01")
    mcare = b.org("Centers for Medicare and Medicaid Services", typ="pay")
    b.coverage(mcare, "AB:Medicare Part A and B", "1EG4TE5MK73", start="2025-02-01")
    htn = b.cond(cc((SCT, "38341003", "Hypertensive disorder"), (ICD, "I10", "Essential (primary) hypertension")), "2011-06-01")
    b.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.5", "Hyperlipidemia, unspecified")), "2012-03-01")
    bph = b.cond(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2019-09-01")
    b.cond(cc((ICD, "S83.241A", "Other tear of medial meniscus, current injury, right knee, initial encounter")), "2017-04-02", status="resolved", abate="2017-09-15")
    b.proc(cc((CPT, "45378", "Colonoscopy, flexible; diagnostic")), date="2014-05-20", note="Screening colonoscopy: normal to cecum. Repeat 10 years.")
    b.medreq(cc((RX, "314076", "lisinopril 10 MG Oral Tablet")), "2025-11-03", dose="1 tab PO daily", reason=htn, requester=pcm)
    b.medreq(cc((RX, "617311", "atorvastatin 40 MG Oral Tablet")), "2025-11-03", dose="1 tab PO nightly", requester=pcm)
    b.medreq(cc((RX, "863669", "tamsulosin hydrochloride 0.4 MG Oral Capsule")), "2025-11-03", dose="1 cap PO daily", reason=bph, requester=pcm)
    b.medstmt(cc((RX, "243670", "aspirin 81 MG Oral Tablet")), "2016-01-01", dose="81 mg daily (self-started, OTC)")
    e0 = b.enc("2025-06-17", cc((CPT, "99397", "Periodic preventive medicine, established patient, 65 years and older")), org=org, pract=pcm, reason="Annual wellness")
    b.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2025-06-17", 14.6, "g/dL", low=13.5, high=17.5, interp="N", enc=e0)
    b.obs(cc((LN, "787-2", "MCV [Entitic volume] by Automated count")), "2025-06-17", 89, "fL", low=80, high=100, interp="N", enc=e0)
    e1 = b.enc("2026-07-21", cc((CPT, "99397", "Periodic preventive medicine, established patient, 65 years and older")), org=org, pract=pcm, reason="Annual wellness")
    b.bp("2026-07-21", 134, 82, e1); b.vital("wt", "2026-07-21", 84.2, e1)
    h = b.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-07-21", 11.1, "g/dL", low=13.5, high=17.5, interp="L", enc=e1)
    m = b.obs(cc((LN, "787-2", "MCV [Entitic volume] by Automated count")), "2026-07-21", 74, "fL", low=80, high=100, interp="L", enc=e1)
    p = b.obs(cc((LN, "777-3", "Platelets [#/volume] in Blood by Automated count")), "2026-07-21", 412, "10*3/uL", low=150, high=400, interp="H", enc=e1)
    f = b.obs(cc((LN, "2276-4", "Ferritin [Mass/volume] in Serum or Plasma")), "2026-07-21", 9, "ng/mL", low=30, high=400, interp="L", enc=e1)
    ts = b.obs(cc((LN, "2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma")), "2026-07-21", 6, "%", low=20, high=50, interp="L", enc=e1)
    b.dr(cc((LN, "58410-2", "CBC panel - Blood by Automated count")), "2026-07-21", [h, m, p], "Microcytic anemia with reactive thrombocytosis.")
    b.dr(cc((LN, "75689-0", "Iron panel - Serum or Plasma")), "2026-07-21", [f, ts], "Iron deficient indices.")
    b.obs(cc((LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "2026-07-21", 1.8, "ng/mL", high=4.0, interp="N", enc=e1)
    b.obs(cc((LN, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "2026-07-21", 1.0, "mg/dL", low=0.7, high=1.3, interp="N", enc=e1)
    b.note("2026-07-21", "Annual preventive visit", """
63 y/o retired HMCS here for annual. Feels well overall, "a bit more tired this year", attributes to poor sleep. Denies melena or hematochezia that he has noticed. Takes aspirin 81 on his own.
BP 134/82. Exam unremarkable.
Plan: labs today (CBC, CMP, lipids, PSA, iron studies). Colon cancer screening: last colonoscopy 2014 normal - due; will address at next visit. RTC 2 months BP check.""", author=pcm, enc=e1)
    e2 = b.enc("2026-09-15", cc((CPT, "99213", "Office or other outpatient visit, established patient, low MDM")), org=org, pract=pcm, reason="Blood pressure follow-up")
    b.bp("2026-09-15", 128, 80, e2)
    b.note("2026-09-15", "BP recheck", """
BP follow-up. Home readings 120s-130s/70s-80s. Continue lisinopril 10 mg. Still fatigued, some exertional tiredness walking the dog. Refills sent. RTC 6 months.""", author=pcm, enc=e2)
    b.comm("2026-07-23", f"Practitioner/{pcm.split('/')[1]}", b.pat, "Your lab results from 7/21 have been released to MHS GENESIS Patient Portal. Please review. Contact the clinic with questions.",
           cat=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification")))
    b.imm("197", "Influenza, high-dose, quadrivalent", "2026-10-02", "HD9931X")
    b.imm("213", "SARS-COV-2 (COVID-19) vaccine, UNSPECIFIED FORMULATION", "2026-10-02", "CV2210A")
    return b


def enc_cpt(b, date, code, disp, org, pr, reason, cls="AMB"):
    return b.enc(date, cc((CPT, code, disp)), cls=cls, org=org, pract=pr, reason=reason)


# ---------------------------------------------------------------------------
@case("m_somatoform", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Undifferentiated somatoform disorder (F45.1) active for 14 months while paresthesias, leg weakness and falls continue; absent ankle reflexes and an abnormal NCS/EMG (axonal sensorimotor polyneuropathy) are findings the label cannot explain.",
      "Army specialist labelled somatoform disorder for limb numbness/weakness; later exam and nerve conduction study abnormal")
def m_somatoform(cid):
    b = new(cid, "M", "hartwell")
    org = mil_patient(b, "Brooks", ["Tiana", "M"], "female", "1999-11-02", "HW5520377", "1611928405",
                      home("3390 Fountain Mesa Rd Apt 12", "Fountain", "CO", "80817"), "719-555-0172")
    pcm = b.pract("Whitfield", ["Gregory"], "CPT", qual="PA-C, Troop Medical Clinic")
    bh = b.pract("Salazar", ["Irene"], "Dr.", qual="PsyD, Behavioral Health")
    neu = b.pract("Kowalczyk", ["Piotr"], "MAJ", qual="MD, Neurology")
    tricare(b, "PRIME:TRICARE Prime (Active Duty)", "West")
    som = b.cond(cc((ICD, "F45.1", "Undifferentiated somatoform disorder"), (SCT, "5703000", "Undifferentiated somatoform disorder")), "2025-09-18", recorder=bh,
                 note="Multiple somatic complaints (numbness, weakness) without medical explanation after normal labs and MRI brain/C-spine.")
    b.cond(cc((ICD, "F43.20", "Adjustment disorder, unspecified")), "2024-02-01", status="resolved", abate="2024-08-01")
    par = cc((SCT, "91019004", "Paresthesia"), (ICD, "R20.2", "Paresthesia of skin"))
    b.cond(par, "2025-05-10", recorded="2025-06-03", recorder=pcm)
    for d, txt in [("2025-06-03", "Burning/numbness both feet x 4 wk"), ("2025-08-12", "Numbness feet and now fingertips"), ("2026-03-17", "Paresthesias feet/hands, trips on curbs"),
                   ("2026-07-21", "Leg weakness, 2 falls on stairs"), ("2026-10-06", "Worsening numbness, dropped rifle twice, fell at PT")]:
        e = enc_cpt(b, d, "99213", "Office or other outpatient visit, established patient", org, pcm, txt)
        b.cond(par, "2025-05-10", cat="encounter-diagnosis", recorded=d, enc=e)
    b.obs(cc((LN, "2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma")), "2025-08-12", 512, "pg/mL", low=232, high=1245, interp="N")
    b.obs(cc((LN, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), "2025-08-12", 5.2, "%", high=5.6, interp="N")
    b.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2025-08-12", 2.2, "m[IU]/L", low=0.4, high=4.5, interp="N")
    b.obs(cc((LN, "24590-2", "MR Brain WO contrast")), "2025-08-28", value_str="No intracranial abnormality.", cat="imaging", interp="N")
    b.note("2025-09-18", "Behavioral Health intake", """
Referred by TMC PA for numbness and weakness without medical explanation. 25 y/o SPC, 92Y, 6 yrs service. Stressors: recent PCS, relationship ended. Sx began May 2025. Labs and MRI brain normal.
Dx: Undifferentiated somatoform disorder (F45.1). Plan: CBT-informed sessions q2wk, reassurance regarding normal studies, graded activity.""", author=bh, typ=("11488-4", "Consult note"))
    en = enc_cpt(b, "2026-10-28", "99244", "Office consultation", org, neu, "Progressive paresthesias and leg weakness")
    b.obs(cc((SCT, "37344001", "Ankle reflex finding")), "2026-10-28", value_str="Absent bilaterally; patellar 1+ symmetric", cat="exam", interp="A", enc=en)
    ncs = b.obs({"text": "Nerve conduction study and EMG, bilateral lower and upper extremities"}, "2026-10-28", value_str="Reduced sural and superficial peroneal SNAP amplitudes bilaterally, reduced peroneal CMAP amplitudes; chronic neurogenic changes distal leg muscles on EMG. Length-dependent axonal sensorimotor polyneuropathy.", cat="procedure", interp="A", enc=en)
    b.proc(cc((CPT, "95910", "Nerve conduction studies; 7-8 studies")), date="2026-10-28", performer=neu)
    b.proc(cc((CPT, "95886", "Needle EMG, each extremity, with related NCS")), date="2026-10-28", performer=neu)
    b.obs(cc((LN, "2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma")), "2026-10-28", 142, "U/L", low=26, high=192, interp="N", enc=en)
    b.note("2026-10-28", "Neurology consultation", """
Reason: paresthesias and weakness 17 months. On problem list: undifferentiated somatoform disorder.
Exam: decreased pinprick to mid-shin bilaterally, vibration absent at toes, ankle reflexes absent, mild bilateral toe extensor weakness 4/5. Romberg positive.
NCS/EMG today: length-dependent axonal sensorimotor polyneuropathy.
Impression: objective peripheral neuropathy, cause not yet determined. Additional labs sent (SPEP, heavy metals). Returned to PCM for follow-up.""", author=neu, enc=en, typ=("11488-4", "Consult note"))
    b.medreq(cc((RX, "310431", "gabapentin 300 MG Oral Capsule")), "2026-03-17", dose="300 mg PO TID", requester=pcm)
    b.medreq(cc((RX, "310384", "fluoxetine 10 MG Oral Capsule")), "2025-10-02", status="stopped", dose="10 mg daily; stopped by patient Jan 2026", requester=bh)
    b.flag(cc((SCT, "397709008", "Patient on temporary duty limitation"), text="Temporary profile: no ruck march, no airborne ops; fall risk"), "2026-10-06", pcm)
    return b


@case("m_fatigue_short", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "Catch-all 'other fatigue' (R53.83) coded only 6 weeks ago after a viral illness, normal labs, and improving at follow-up - below the 90-day persistence threshold and symptoms resolving.",
      "Airman with post-viral fatigue coded R53.83 six weeks ago, labs normal, improving")
def m_fatigue_short(cid):
    b = new(cid, "M", "tallmadge")
    org = mil_patient(b, "Huang", ["Kevin", "J"], "male", "2004-01-22", "TM7718240", "1732054418",
                      home("1210 Dorm 1526 Rm 214", "Tallmadge AFB", "TX", "78236"), "210-555-0133")
    fs = b.pract("Ebert", ["Lauren"], "Capt", qual="MD, Flight Surgeon")
    tricare(b, "PRIME:TRICARE Prime (Active Duty)", "East")
    b.cond(cc((SCT, "195662009", "Acute viral pharyngitis"), (ICD, "J02.9", "Acute pharyngitis, unspecified")), "2026-10-05", status="resolved", abate="2026-10-16")
    b.cond(cc((ICD, "L70.0", "Acne vulgaris")), "2019-01-01")
    e1 = enc_cpt(b, "2026-10-06", "99213", "Office or other outpatient visit, established patient", org, fs, "Sore throat, fever")
    b.obs(cc((LN, "78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay")), "2026-10-06", value_cc=cc((SCT, "260385009", "Negative")), interp="NEG", enc=e1)
    b.vital("temp", "2026-10-06", 38.3, e1)
    e2 = enc_cpt(b, "2026-10-20", "99213", "Office or other outpatient visit, established patient", org, fs, "Fatigue after sore throat")
    fat = b.cond(cc((ICD, "R53.83", "Other fatigue"), (SCT, "84229001", "Fatigue")), "2026-10-14", recorded="2026-10-20", recorder=fs, enc=e2)
    labs = [b.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-10-20", 15.0, "g/dL", low=13.5, high=17.5, interp="N", enc=e2),
            b.obs(cc((LN, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")), "2026-10-20", 7.1, "10*3/uL", low=4.0, high=10.5, interp="N", enc=e2),
            b.obs(cc((LN, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")), "2026-10-20", 28, "U/L", high=55, interp="N", enc=e2),
            b.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-10-20", 1.4, "m[IU]/L", low=0.4, high=4.5, interp="N", enc=e2),
            b.obs(cc((LN, "31418-7", "Epstein Barr virus Ab [Presence] in Serum by Latex agglutination")), "2026-10-20", value_cc=cc((SCT, "260385009", "Negative")), interp="NEG", enc=e2)]
    b.dr(cc((LN, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma")), "2026-10-20", labs[2:4], "Normal.")
    b.flag(cc((SCT, "397709008", "Patient on temporary duty limitation"), text="DNIF (duties not including flying) until cleared by flight medicine"), "2026-10-20", fs, end="2026-11-17")
    e3 = enc_cpt(b, "2026-11-17", "99213", "Office or other outpatient visit, established patient", org, fs, "Fatigue follow-up, return to flying status")
    b.vital("hr", "2026-11-17", 62, e3); b.bp("2026-11-17", 118, 72, e3)
    b.note("2026-11-17", "Flight medicine follow-up", """
A1C (KC-46 boom operator) f/u fatigue after viral pharyngitis early Oct. Energy ~80% of baseline, sleeping well, back in the gym 3x/week. Labs 10/20 normal, monospot negative.
A: Post-viral fatigue, improving (R53.83). P: RTFS (return to flying status) today, AF 469 updated. Expect full recovery; RTC PRN.""", author=fs, enc=e3)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-09-20", "FL6621B")
    b.imm("115", "Tdap", "2022-06-01", "TD44821")
    return b


# ---------------------------------------------------------------------------
@case("m_acdf", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Anterior cervical discectomy and fusion C5-6 (CPT 22551) ordered and scheduled for 2026-12-17 after failed conservative care; not yet performed.",
      "Army sergeant first class with C6 radiculopathy, ACDF scheduled in 16 days")
def m_acdf(cid):
    b = new(cid, "M", "hartwell")
    org = mil_patient(b, "Castellanos", ["Rafael"], "male", "1985-07-30", "HW3310984", "1398120457",
                      home("5021 Wagon Trail Dr", "Colorado Springs", "CO", "80911"), "719-555-0166")
    pcm = b.pract("Lindqvist", ["Anna"], "MAJ", qual="MD, Family Medicine")
    ns = b.pract("Thorsen", ["Erik"], "LTC", qual="MD, Neurosurgery")
    pt = b.pract("Diallo", ["Aminata"], "CPT", qual="DPT, Physical Therapy")
    tricare(b, "PRIME:TRICARE Prime (Active Duty)", "West")
    rad = b.cond(cc((ICD, "M50.122", "Cervical disc disorder at C5-C6 level with radiculopathy"), (SCT, "308121000", "Cervical disc prolapse with radiculopathy")), "2026-05-01", recorder=ns)
    b.cond(cc((ICD, "E78.00", "Pure hypercholesterolemia, unspecified")), "2021-04-01")
    b.cond(cc((ICD, "S42.001A", "Fracture of unspecified part of right clavicle, initial encounter")), "2013-06-11", status="resolved", abate="2013-09-01")
    e1 = enc_cpt(b, "2026-05-19", "99214", "Office or other outpatient visit, established patient", org, pcm, "Neck pain radiating to left arm")
    b.vital("pain", "2026-05-19", 7, e1)
    b.sr(cc((CPT, "97161", "Physical therapy evaluation, low complexity")), "2026-05-19", status="completed", requester=pcm, performer=pt, reason=rad)
    b.obs(cc((LN, "30653-0", "MR Cervical spine WO contrast")), "2026-06-23", value_str="C5-6 left paracentral/foraminal disc extrusion with severe left neural foraminal stenosis, contacts exiting left C6 root. Mild canal stenosis. No cord signal change.", cat="imaging", interp="A")
    b.proc(cc((CPT, "62321", "Injection(s), interlaminar epidural, cervical or thoracic; with imaging guidance")), date="2026-08-13", reason=rad, outcome="Relief ~2 weeks only")
    e2 = enc_cpt(b, "2026-10-29", "99214", "Office or other outpatient visit, established patient", org, ns, "Persistent C6 radiculopathy, surgical consult")
    b.vital("pain", "2026-10-29", 8, e2)
    b.obs(cc((SCT, "1149222004", "Motor power finding")), "2026-10-29", value_str="Left biceps 4/5, wrist extensors 4-/5; diminished left brachioradialis reflex; Spurling positive left", cat="exam", interp="A", enc=e2)
    s = b.sr(cc((CPT, "22551", "Arthrodesis, anterior interbody, including disc space preparation, discectomy, osteophytectomy and decompression of spinal cord and/or nerve roots; cervical below C2"),
               (SCT, "112728008", "Anterior cervical discectomy and fusion"), text="ACDF C5-C6 with allograft and anterior plate"), "2026-10-29", occ="2026-12-17T07:30:00-07:00",
             requester=ns, performer=ns, reason=rad, cat=cc((SCT, "387713003", "Surgical procedure")), enc=e2,
             note="Failed >5 months conservative care (PT, NSAIDs, gabapentin, ESI). Progressive motor deficit. Consent signed 11/19.")
    b.sr(cc((CPT, "22845", "Anterior instrumentation; 2 to 3 vertebral segments")), "2026-10-29", occ="2026-12-17T07:30:00-07:00", requester=ns, reason=rad)
    e3 = enc_cpt(b, "2026-11-19", "99213", "Office or other outpatient visit, established patient", org, ns, "Pre-operative visit")
    for code, disp, v, u, lo, hi in [("718-7", "Hemoglobin [Mass/volume] in Blood", 15.6, "g/dL", 13.5, 17.5), ("777-3", "Platelets [#/volume] in Blood by Automated count", 241, "10*3/uL", 150, 400),
                                    ("6301-6", "INR in Platelet poor plasma by Coagulation assay", 1.0, "{INR}", 0.9, 1.1), ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 139, "mmol/L", 135, 145)]:
        b.obs(cc((LN, code, disp)), "2026-11-19", v, u, low=lo, high=hi, interp="N", enc=e3)
    b.note("2026-11-19", "Neurosurgery pre-operative note", """
SFC Castellanos, 41 y/o, 68W. Left C6 radiculopathy since May 2026; MRI C5-6 extrusion. Failed PT x 12 wk, gabapentin, C7-T1 interlaminar ESI (Aug). Progressive biceps/wrist extensor weakness.
Plan: C5-6 ACDF, scheduled 17 Dec 2026, OR 4. Risks incl. dysphagia, hoarseness, pseudarthrosis, adjacent segment disease discussed; consent signed. Pre-op labs normal. Hold NSAIDs 7 days prior.
Profile: permanent profile review after recovery; expect 12 wk before return to full duty.""", author=ns, enc=e3)
    b.medreq(cc((RX, "310431", "gabapentin 300 MG Oral Capsule")), "2026-05-19", dose="300 mg PO TID", reason=rad, requester=pcm)
    b.medreq(cc((RX, "198013", "naproxen 500 MG Oral Tablet")), "2026-05-19", status="active", dose="500 mg BID with food; hold 7 days pre-op", requester=pcm)
    b.medreq(cc((RX, "617310", "atorvastatin 20 MG Oral Tablet")), "2026-01-10", dose="20 mg nightly", requester=pcm)
    return b

from quick import *


@case("m_hf_hospice", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "End-stage ischaemic cardiomyopathy (EF 15%, NYHA IV) with cardiology documenting no LVAD/transplant candidacy and no further advanced-therapy options; hospice referral and hospice care plan active; no second opinion on record.",
      "Air Force retiree with end-stage heart failure, declared not an advanced-therapy candidate, hospice referral")
def m_hf_hospice(cid):
    b, org, (pcm, cd), _ = base(cid, "M", "tallmadge", "Whitaker", ["Harold", "E"], "male", "1948-04-11", "TM1102938",
                               home("802 Tamarisk Ln", "Universal City", "TX", "78148"), [("Osei", ["Kwame"], "Dr.", None, "MD, Internal Medicine"), ("Brandt", ["Julia"], "Lt Col", None, "MD, Cardiology")],
                               cov=("TRICARE", "TFL:TRICARE For Life", "TFL"), dodid="1087736512")
    hf = b.cond(S("426856002", "Ischemic congestive cardiomyopathy", "I25.5", "Ischemic cardiomyopathy"), "2016-03-01")
    b.cond(I("I50.22", "Chronic systolic (congestive) heart failure", text="HFrEF, NYHA class IV, ACC/AHA stage D"), "2016-03-01")
    b.cond(S("49436004", "Atrial fibrillation", "I48.20", "Chronic atrial fibrillation, unspecified"), "2019-08-01")
    b.cond(S("44054006", "Diabetes mellitus type 2", "E11.9", "Type 2 diabetes mellitus without complications"), "2008-01-01")
    b.proc(P("33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), date="2015-11-12", note="CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA)")
    b.proc(P("33249", "Insertion of implantable defibrillator pulse generator with transvenous lead(s)"), date="2017-02-20")
    ea = b.enc("2026-10-04", "Inpatient admission - acute decompensated heart failure", cls="IMP", org=org, pract=cd, end="2026-10-13", reason="Acute on chronic systolic heart failure")
    b.obs(L("10230-1", "Left ventricular Ejection fraction"), "2026-10-06", 15, "%", low=52, high=72, interp="L", cat="imaging", enc=ea, note="Severe global LV dysfunction, moderate-severe RV dysfunction (TAPSE 11 mm), moderate-severe functional MR.")
    lab(b, "2026-10-04", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 14800, "pg/mL", hi=450, interp="HH", enc=ea)
    lab(b, "2026-10-12", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 2.1, "mg/dL", 0.7, 1.3, "H", enc=ea)
    lab(b, "2026-10-12", "2951-2", "Sodium [Moles/volume] in Serum or Plasma", 129, "mmol/L", 135, 145, "L", enc=ea)
    b.note("2026-10-13", "Discharge summary", """
78 y/o retired MSgt with ischemic CM (EF 15%), ICD, chronic AF, 3rd HF admission in 2026. Required milrinone x 4 days, weaned with difficulty. SBP 80s limits GDMT; sacubitril/valsartan and spironolactone stopped for hypotension/AKI.
Discharged on torsemide 40 BID, metoprolol succinate 12.5. Advanced HF consult requested.""", author=cd, enc=ea, typ=("18842-5", "Discharge summary"))
    e2 = visit(b, "2026-11-12", org, cd, "Advanced heart failure - goals of care", code="99215", disp="Office or other outpatient visit, established patient, high MDM")
    b.bp("2026-11-12", 84, 56, e2); b.vital("wt", "2026-11-12", 61.4, e2)
    b.note("2026-11-12", "Advanced heart failure clinic note", """
Stage D HFrEF. Not a candidate for LVAD (severe RV failure, frailty - CFS 7, CKD 3b) or heart transplant (age 78). Inotrope-dependent physiology; patient declines home milrinone.
There are no further advanced therapy options. Discussed prognosis (likely < 6 months) with patient and daughter. He wants to be at home. ICD shock therapy deactivation discussed and agreed.
Plan: hospice referral (home), DNR/DNI, deactivate ICD tachytherapies at device clinic 11/19.""", author=cd, enc=e2, typ=("11488-4", "Consult note"))
    b.sr(cc((SCT, "305911006", "Referral to hospice service"), text="Referral to home hospice"), "2026-11-12", requester=cd, reason=hf, enc=e2, note="Hospice eligibility: NYHA IV, EF 15%, recurrent admissions, not a candidate for advanced therapies.")
    b.careplan("Hospice plan of care", "2026-11-20", cc((SCT, "385763009", "Hospice care")), [(cc((SCT, "385763009", "Hospice care")), "in-progress", "Home hospice, RN visits 2x/week"),
               (cc((SCT, "182840001", "Drug treatment stopped - medical advice")), "completed", "Stop GDMT not tolerated; symptom-directed diuretic only")], addresses=[hf], author=cd)
    b.proc(cc((CPT, "99497", "Advance care planning, first 30 minutes")), date="2026-11-12", performer=cd)
    b.medreq(R("1298088", "torsemide 20 MG Oral Tablet"), "2026-10-13", dose="40 mg PO BID", requester=cd)
    b.medreq(R("866412", "metoprolol succinate 25 MG Extended Release Oral Tablet"), "2026-10-13", dose="12.5 mg daily", requester=cd)
    b.medreq(R("855332", "warfarin sodium 5 MG Oral Tablet"), "2019-08-20", status="stopped", dose="stopped 11/2026 per goals of care", requester=cd)
    b.flag(cc((SCT, "304253006", "Not for resuscitation")), "2026-11-12", cd)
    return b


@case("m_cirrhosis", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Decompensated alcohol-related cirrhosis (MELD-Na 29, refractory ascites, encephalopathy) declined for transplant listing and TIPS; hepatology note states no treatment options beyond comfort care and a palliative care plan is active; no second opinion recorded.",
      "Military spouse with decompensated alcohol-related cirrhosis, not a transplant or TIPS candidate, palliative plan")
def m_cirrhosis(cid):
    b, org, (pcm, hep), _ = base(cid, "M", "cedar", "Lindgren", ["Marisa", "K"], "female", "1973-09-14", "CP2240516",
                                home("3 Osprey Landing", "Newport", "NC", "28570"), [("Agarwal", ["Ravi"], "LCDR", None, "MD, Family Medicine"), ("Mbeki", ["Thandi"], "CDR", None, "MD, Gastroenterology/Hepatology")],
                                cov=("TRICARE", "PRIME:TRICARE Prime (ADFM)", "East", "spouse"), dodid="1455092231")
    ci = b.cond(S("420054005", "Alcoholic cirrhosis", "K70.31", "Alcoholic cirrhosis of liver with ascites"), "2024-11-01", recorder=hep)
    b.cond(S("72836002", "Hepatic encephalopathy", "K76.82", "Hepatic encephalopathy"), "2026-03-01")
    b.cond(S("7200002", "Alcoholism", "F10.20", "Alcohol dependence, uncomplicated"), "2018-01-01")
    b.cond(I("E55.9", "Vitamin D deficiency, unspecified"), "2025-01-01", status="resolved", abate="2025-09-01")
    for d, meld, bil, inr, na, cr in [("2026-06-09", 22, 3.9, 1.8, 132, 0.9), ("2026-11-18", 29, 7.2, 2.3, 127, 1.4)]:
        e = visit(b, d, org, hep, "Cirrhosis follow-up")
        lab(b, d, "1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", bil, "mg/dL", 0.2, 1.2, "H", e)
        lab(b, d, "6301-6", "INR in Platelet poor plasma by Coagulation assay", inr, "{INR}", 0.9, 1.1, "H", e)
        lab(b, d, "2951-2", "Sodium [Moles/volume] in Serum or Plasma", na, "mmol/L", 135, 145, "L", e)
        b.obs({"text": "MELD-Na score (calculated)"}, d, meld, "{score}", cat="survey", enc=e)
    b.proc(P("49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"), date="2026-11-04", note="8.2 L removed, albumin given. 4th LVP since August.")
    b.sr(cc((SCT, "18027006", "Transplantation of liver"), text="Referral for liver transplant evaluation"), "2026-08-20", status="revoked", requester=hep, reason=ci,
         note="Transplant center intake screen 10/2026: not accepted for evaluation - alcohol use within past 60 days, no completed relapse-prevention program, no caregiver plan.")
    b.note("2026-11-18", "Hepatology clinic note", """
52 y/o ADFM (spouse of GySgt). Decompensated alcohol-associated cirrhosis: refractory ascites needing LVP q2-3 wk, HE x2 admissions, MELD-Na 29 today.
Transplant center declined evaluation (recent alcohol use). TIPS contraindicated (MELD > 18, recurrent HE). Diuretics stopped for AKI/hyponatremia.
Assessment: there are no treatment options beyond comfort-focused care at this point; prognosis discussed with patient and husband.
Plan: palliative care referral, continue LVP for comfort, lactulose/rifaximin. Revisit transplant only if sustained abstinence - unlikely within her expected survival.""", author=hep, typ=("11488-4", "Consult note"))
    b.sr(cc((SCT, "103735009", "Palliative care"), text="Referral to palliative medicine"), "2026-11-18", requester=hep, reason=ci)
    b.careplan("Palliative care plan - end-stage liver disease", "2026-11-18", cc((SCT, "103735009", "Palliative care")),
               [(cc((SCT, "103735009", "Palliative care")), "scheduled", "Palliative medicine visit; symptom management; advance directive")], addresses=[ci], author=hep)
    b.medreq(R("197952", "lactulose 10 GM per 15 ML Oral Solution"), "2026-03-12", dose="30 mL PO TID titrate to 2-3 BMs", requester=hep)
    b.medreq(R("1049640", "rifaximin 550 MG Oral Tablet"), "2026-03-12", dose="550 mg PO BID", requester=hep)
    b.medreq(R("313096", "spironolactone 25 MG Oral Tablet"), "2025-01-10", status="stopped", dose="stopped 2026-09 (hyponatremia/AKI)", requester=hep)
    return b


# ---------------------------------------------------------------------------
@case("m_dialysis", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Maintenance in-centre haemodialysis for ESKD ordered to start 2026-12-09 (fistula matured); dialysis is a high-impact treatment, planned within 30 days.",
      "Army retiree with diabetic ESKD, haemodialysis start ordered for next week")
def m_dialysis(cid):
    b, org, (pcm, nep), _ = base(cid, "M", "hartwell", "Jefferson", ["Lamont"], "male", "1957-12-03", "HW0098341",
                                home("4455 Pony Express Dr", "Colorado Springs", "CO", "80922"), [("Ferreira", ["Marta"], "Dr.", None, "MD, Internal Medicine"), ("Hollis", ["Grant"], "Dr.", None, "MD, Nephrology (TRICARE network)")],
                                cov=("TRICARE", "TFL:TRICARE For Life", "TFL"), dodid="1033418870")
    ck = b.cond(S("433146000", "Chronic kidney disease stage 5", "N18.5", "Chronic kidney disease, stage 5"), "2025-10-01", recorder=nep)
    b.cond(S("127013003", "Disorder of kidney due to diabetes mellitus", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2004-01-01")
    b.cond(I("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"), "2012-01-01")
    b.cond(S("707323002", "Anemia in chronic kidney disease", "D63.1", "Anemia in chronic kidney disease"), "2025-03-01")
    for d, eg, k, bun in [("2026-06-16", 13, 4.9, 68), ("2026-09-15", 10, 5.3, 84), ("2026-11-17", 8, 5.6, 97)]:
        e = visit(b, d, org, nep, "CKD 5 follow-up")
        lab(b, d, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", eg, "mL/min/{1.73_m2}", 60, None, "L", e)
        lab(b, d, "2823-3", "Potassium [Moles/volume] in Serum or Plasma", k, "mmol/L", 3.5, 5.1, "H" if k > 5.1 else "N", e)
        lab(b, d, "3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma", bun, "mg/dL", 7, 20, "H", e)
    b.proc(P("36821", "Arteriovenous anastomosis, open; direct, any site"), date="2026-09-22", note="Left radiocephalic AV fistula. Matured - cleared for cannulation 11/17.")
    b.proc(cc((HCPCS, "G0420", "Face-to-face educational services related to the care of chronic kidney disease; individual")), date="2026-06-16")
    b.note("2026-11-17", "Nephrology note", """
68 y/o retired SGM, DM2 nephropathy, eGFR 8, uremic symptoms (nausea, pruritus, dysgeusia), K 5.6, fluid overload with 2+ edema.
Chose in-center HD after modality education (PD declined - prior abdominal surgeries). Left RC-AVF matured.
Plan: start maintenance in-center hemodialysis MWF at Fountain Valley Dialysis starting Wed 12/9, 3.5 h, 2K/2.5Ca bath. Hep B serologies done. Not interested in transplant evaluation at this time.""", author=nep, typ=("11488-4", "Consult note"))
    b.sr(cc((SCT, "302497006", "Hemodialysis"), (CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), text="Initiate maintenance in-center hemodialysis MWF"),
         "2026-11-17", occ="2026-12-09T06:00:00-07:00", requester=nep, reason=ck, note="ESRD; CMS-2728 completed.")
    b.medreq(R("1373463", "insulin glargine 100 UNT/ML Pen Injector"), "2025-05-02", dose="14 units SC nightly", requester=pcm)
    b.medreq(R("197361", "amlodipine 5 MG Oral Tablet"), "2024-02-10", dose="10 mg daily", requester=pcm)
    b.medreq(R("313988", "furosemide 40 MG Oral Tablet"), "2026-09-15", dose="80 mg BID", requester=nep)
    b.medreq(cc(text="epoetin alfa-epbx 10,000 units/mL injection"), "2026-03-01", dose="10,000 units SC every 2 weeks", requester=nep)
    return b


@case("m_ckd4_stable", "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "CKD stage 4 with stable eGFR 22-24; dialysis only discussed as a future option in kidney education and explicitly not indicated; no dialysis, transplant or other high-impact treatment planned or started.",
      "Navy retiree with stable CKD 4; dialysis discussed in education but not planned")
def m_ckd4_stable(cid):
    b, org, (pcm, nep), _ = base(cid, "M", "cedar", "Abernathy", ["Joan", "R"], "female", "1960-05-28", "CP7730125",
                                home("509 Shoreline Blvd", "Morehead City", "NC", "28557"), [("Agarwal", ["Ravi"], "LCDR", None, "MD, Family Medicine"), ("Strand", ["Holly"], "CAPT", None, "MD, Nephrology")],
                                cov=("TRICARE", "SELECT:TRICARE Select (Retired)", "East"), dodid="1190035247")
    ck = b.cond(S("431857002", "Chronic kidney disease stage 4", "N18.4", "Chronic kidney disease, stage 4 (severe)"), "2023-04-01", recorder=nep)
    b.cond(I("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"), "2015-01-01")
    b.cond(S("90560007", "Gout", "M10.9", "Gout, unspecified"), "2018-01-01")
    b.cond(S("40930008", "Hypothyroidism", "E03.9", "Hypothyroidism, unspecified"), "2010-01-01")
    b.cond(I("N39.0", "Urinary tract infection, site not specified"), "2026-02-10", status="resolved", abate="2026-02-20")
    for d, eg, pcr in [("2025-09-09", 24, 410), ("2026-03-10", 23, 380), ("2026-06-09", 23, 395), ("2026-11-10", 22, 360)]:
        e = visit(b, d, org, nep, "CKD 4 follow-up")
        lab(b, d, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", eg, "mL/min/{1.73_m2}", 60, None, "L", e)
        lab(b, d, "2890-2", "Protein/Creatinine [Mass Ratio] in Urine", pcr, "mg/g{creat}", None, 150, "H", e)
    b.bp("2026-11-10", 128, 74)
    b.proc(cc((HCPCS, "G0420", "Face-to-face educational services related to the care of chronic kidney disease; individual")), date="2026-06-09", note="Session 1 of 6: kidney function, diet, options if kidneys fail (HD, PD, transplant, conservative care).")
    b.note("2026-11-10", "Nephrology follow-up", """
66 y/o retired HM1. CKD 4 from hypertensive nephrosclerosis, eGFR 22 (stable 22-24 over 14 months). No uremic symptoms. K 4.7, bicarb 22.
BP at goal on losartan/dapagliflozin. Gout quiet on allopurinol 100.
Dialysis not indicated. No access planning needed now; will revisit vein preservation and transplant referral if eGFR falls below 20. Continue KDE classes. RTC 4 months.""", author=nep)
    b.medreq(R("979485", "losartan potassium 50 MG Oral Tablet"), "2024-01-05", dose="50 mg daily", reason=ck, requester=nep)
    b.medreq(R("1488568", "dapagliflozin 10 MG Oral Tablet"), "2024-06-01", dose="10 mg daily", reason=ck, requester=nep)
    b.medreq(R("197319", "allopurinol 100 MG Oral Tablet"), "2018-04-01", dose="100 mg daily", requester=pcm)
    b.medreq(R("966222", "levothyroxine sodium 0.075 MG Oral Tablet"), "2021-07-01", dose="75 mcg daily", requester=pcm)
    return b


def qr_items(second_yes, heard):
    return [qitem("1", "Since your last visit, have your symptoms gotten better, worse, or stayed the same?", ("str", "Worse" if second_yes else "Better")),
            qitem("2", "Do you feel your care team has listened to your concerns?", YES if heard else NO),
            qitem("3", "Would you like a second opinion from another specialist about your diagnosis or treatment plan?", YES if second_yes else NO)]


@case("m_tbi_qr_yes", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "TBI clinic intake questionnaire completed by the Marine answers 'Yes' to wanting a second opinion and 'No' to feeling heard, with a free-text request for an outside review of his imaging.",
      "Marine breacher with repeated blast mTBI; TBI clinic questionnaire requests a second opinion")
def m_tbi_qr_yes(cid):
    b, org, (pcm, tbi), _ = base(cid, "M", "cedar", "Kessler", ["Aaron", "T"], "male", "1995-08-09", "CP4410877",
                                home("221 Brigade Blvd Apt 3C", "Jacksonville", "NC", "28546"), [("Ortiz", ["Camila"], "LT", None, "MD, Battalion Surgeon"), ("Pham", ["Vincent"], "CDR", None, "MD, Physical Medicine & Rehabilitation, Intrepid Spirit Center")],
                                cov=("TRICARE", "PRIME:TRICARE Prime (Active Duty)", "East"), dodid="1520983316")
    t = b.cond(I("S06.0X0S", "Concussion without loss of consciousness, sequela", text="Mild TBI x3 (repetitive blast exposure, breacher), sequela"), "2023-05-01", recorder=tbi)
    h = b.cond(S("230480006", "Post-traumatic headache", "G44.309", "Post-traumatic headache, unspecified, not intractable"), "2023-06-01", recorder=tbi)
    b.cond(S("193462001", "Insomnia", "G47.00", "Insomnia, unspecified"), "2024-01-01")
    b.cond(I("S93.402A", "Sprain of unspecified ligament of left ankle, initial encounter"), "2022-03-01", status="resolved", abate="2022-05-01")
    b.obs(L("24590-2", "MR Brain WO contrast"), "2026-04-14", value_str="3T MRI with SWI/DTI: two punctate foci of susceptibility in right frontal subcortical white matter, nonspecific. No acute abnormality.", cat="imaging", interp="A")
    for d in ("2026-05-12", "2026-08-18"):
        visit(b, d, org, tbi, "TBI clinic follow-up - headaches, memory")
    b.obs({"text": "Neurobehavioral Symptom Inventory (NSI) total score"}, "2026-05-12", 38, "{score}", cat="survey")
    b.obs({"text": "Neurobehavioral Symptom Inventory (NSI) total score"}, "2026-08-18", 36, "{score}", cat="survey")
    e = visit(b, "2026-11-18", org, tbi, "TBI clinic follow-up")
    b.qr("https://intrepid.example.mil/Questionnaire/tbi-clinic-intake-v3", "2026-11-18", b.pat, qr_items(True, False) + [
        qitem("4", "Anything else you want your care team to know?", ("str", "Every visit I'm told my MRI is basically normal and the headaches are from stress. I want somebody outside this base to look at my MRI and my memory problems."))], enc=e)
    b.note("2026-11-18", "Intrepid Spirit Center interdisciplinary note", """
SSgt Kessler, 0369/breacher, ~400 breaching exposures. Daily headaches 4-6/10, short-term memory lapses. Sleep 5 h with zolpidem.
Continuing OT cognitive rehab, PT vestibular (completed), acupuncture. NSI 36 (38 in May). Propranolol 40 BID for HA prevention.
Patient intake form reviewed - see questionnaire response. Plan: f/u 6 wk.""", author=tbi, enc=e)
    b.medreq(R("856519", "propranolol hydrochloride 40 MG Oral Tablet"), "2026-05-12", dose="40 mg BID", reason=h, requester=tbi)
    b.medreq(R("854873", "zolpidem tartrate 5 MG Oral Tablet"), "2025-02-01", dose="5 mg qhs PRN", requester=pcm)
    b.flag(cc((SCT, "397709008", "Patient on temporary duty limitation"), text="LIMDU: no breaching, no live-fire ranges pending TBI clinic clearance"), "2026-05-12", tbi)
    return b


@case("m_lbp_qr_no", "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "Physical-therapy intake questionnaire asks about a second opinion and the airman answers 'No' (and 'Yes' to feeling heard); back pain improving. No patient request for a second opinion anywhere.",
      "Air Force staff sergeant with lumbar strain; questionnaire answer 'No' to second opinion")
def m_lbp_qr_no(cid):
    b, org, (pcm, pt), _ = base(cid, "M", "tallmadge", "Alvarez", ["Renee", "D"], "female", "1997-02-14", "TM5528130",
                               home("7840 Wurzbach Rd Apt 1108", "San Antonio", "TX", "78229"), [("Ebert", ["Lauren"], "Capt", None, "MD, Flight Surgeon"), ("Nguyen", ["Bao"], "Maj", None, "DPT, Physical Therapy")],
                               cov=("TRICARE", "PRIME:TRICARE Prime (Active Duty)", "East"), dodid="1603382215")
    lb = b.cond(S("279039007", "Low back pain", "S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter"), "2026-09-22", recorder=pcm)
    b.cond(S("195967001", "Asthma", "J45.20", "Mild intermittent asthma, uncomplicated"), "2009-01-01")
    e0 = visit(b, "2026-09-24", org, pcm, "Low back pain after lifting pallet")
    b.obs(L("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-09-24", 7, "{score}", cat="survey", enc=e0)
    e1 = visit(b, "2026-10-05", org, pt, "PT evaluation", code="97162", disp="Physical therapy evaluation, moderate complexity")
    b.qr("https://88mdg.example.mil/Questionnaire/pt-intake", "2026-10-05", b.pat, qr_items(False, True), enc=e1)
    b.obs({"text": "Oswestry Disability Index"}, "2026-10-05", 38, "%", cat="survey", enc=e1)
    e2 = visit(b, "2026-11-16", org, pt, "PT re-evaluation", code="97164", disp="Re-evaluation of physical therapy established plan of care")
    b.obs({"text": "Oswestry Disability Index"}, "2026-11-16", 14, "%", cat="survey", enc=e2)
    b.obs(L("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-16", 2, "{score}", cat="survey", enc=e2)
    b.note("2026-11-16", "PT re-evaluation", """
SSgt Alvarez (2A6X1) lumbar strain 9/22. 8 visits: core stabilization, hip hinge retraining. Pain 2/10, ODI 38% -> 14%. Full lumbar ROM. Cleared for fitness assessment in 30 days.
Patient satisfied with progress. D/C to HEP.""", author=pt, enc=e2)
    b.medreq(R("197806", "ibuprofen 600 MG Oral Tablet"), "2026-09-24", status="completed", dose="600 mg TID x 10 days", reason=lb, requester=pcm)
    b.medreq(R("745679", "albuterol 90 MCG/ACTUAT Metered Dose Inhaler"), "2025-03-01", dose="2 puffs PRN", requester=pcm)
    b.flag(cc((SCT, "397709008", "Patient on temporary duty limitation"), text="AF 469: no lifting > 25 lb, no fitness assessment x 45 days"), "2026-09-24", pcm, status="inactive", end="2026-11-08")
    return b


# ---------------------------------------------------------------------------
@case("m_ptsd_pcl5", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "PCL-5 rose 41 -> 47 -> 53 -> 58 over six months (17 points, above the 5-10 point MCID) while sertraline 200 mg, prazosin and weekly cognitive processing therapy were active throughout.",
      "Army combat medic with chronic PTSD; PCL-5 worsening despite sertraline and CPT")
def m_ptsd_pcl5(cid):
    b, org, (pcm, bh), _ = base(cid, "M", "hartwell", "Mahoney", ["Sean", "P"], "male", "1990-10-05", "HW6602913",
                               home("9130 Meadowbrook Pkwy", "Colorado Springs", "CO", "80925"), [("Whitfield", ["Gregory"], "CPT", None, "PA-C"), ("Iverson", ["Dana"], "Dr.", None, "PhD, Embedded Behavioral Health")],
                               cov=("TRICARE", "PRIME:TRICARE Prime (Active Duty)", "West"), dodid="1377021564")
    pt = b.cond(S("313182004", "Chronic post-traumatic stress disorder", "F43.12", "Post-traumatic stress disorder, chronic"), "2024-03-01", recorder=bh)
    b.cond(S("193462001", "Insomnia", "G47.00", "Insomnia, unspecified"), "2024-03-01")
    b.cond(S("279039007", "Low back pain", "M54.50", "Low back pain, unspecified"), "2021-06-01")
    b.medreq(R("312941", "sertraline 100 MG Oral Tablet"), "2025-11-04", dose="200 mg daily (since 2026-02)", reason=pt, requester=bh)
    b.medreq(R("314195", "prazosin 2 MG Oral Capsule"), "2025-11-04", dose="4 mg qhs", reason=pt, requester=bh)
    cpt_sr = b.sr(P("90837", "Psychotherapy, 60 minutes with patient", text="Cognitive Processing Therapy, weekly"), "2026-04-28", requester=bh, performer=bh, reason=pt)
    for d, pcl, phq in [("2026-05-05", 41, 12), ("2026-07-14", 47, 13), ("2026-09-15", 53, 12), ("2026-11-10", 58, 13)]:
        e = visit(b, d, org, bh, "PTSD - CPT session / measurement-based care", code="90837", disp="Psychotherapy, 60 minutes with patient")
        b.obs(cc(("https://hartwell-amc.example.mil/fhir/CodeSystem/bh-measures", "PCL5-TOT", "PTSD Checklist for DSM-5 (PCL-5) total score"), text="PCL-5 total score"), d, pcl, "{score}", cat="survey", enc=e, text_range="0-80; >=33 probable PTSD")
        b.obs(L("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), d, phq, "{score}", cat="survey", enc=e)
    b.note("2026-11-10", "Behavioral health progress note", """
SSG Mahoney, 68W, 2 combat deployments. Chronic PTSD. Sertraline titrated to 200 mg since Feb, adherent per pharmacy fills; prazosin 4 mg. CPT weekly since May (session 22), completing worksheets.
Despite this PCL-5 has climbed 41 -> 47 -> 53 -> 58. More nightmares, hypervigilance, 2 anger outbursts at work. Denies SI/HI; safety plan reviewed. PHQ-9 13.
Plan: continue; consult psychiatry re augmentation; consider IOP.""", author=bh)
    b.medreq(R("197806", "ibuprofen 600 MG Oral Tablet"), "2026-01-10", dose="600 mg PRN", requester=pcm)
    return b


# ---------------------------------------------------------------------------
@case("m_hae", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Hereditary angioedema type I (low C4, low C1-INH antigen and function), an Orphanet rare disease, active on lanadelumab prophylaxis.",
      "Army sergeant with hereditary angioedema type I, records transferred between installations")
def m_hae(cid):
    b, org, (pcm, ai), _ = base(cid, "M", "hartwell", "Rourke", ["Kayla", "A"], "female", "2000-06-17", "HW8840115",
                               home("611 Gold Camp Rd Apt 8", "Colorado Springs", "CO", "80906"), [("Lindqvist", ["Anna"], "MAJ", None, "MD, Family Medicine"), ("Sato", ["Kenji"], "LTC", None, "MD, Allergy/Immunology")],
                               cov=("TRICARE", "PRIME:TRICARE Prime (Active Duty)", "West"), dodid="1628450091")
    other = b.org("Fort Delmont Army Health Clinic (losing MTF)", typ="govt")
    hae = b.cond(S("82966003", "Hereditary angioedema", "D84.1", "Defects in the complement system", text="Hereditary angioedema type I (C1-INH deficiency)"), "2016-01-01", recorder=ai)
    b.cond(I("J30.2", "Other seasonal allergic rhinitis"), "2012-01-01")
    b.cond(I("K35.80", "Unspecified acute appendicitis"), "2021-03-02", status="refuted" if False else "resolved", abate="2021-03-04",
           note="ED 2021: abdominal pain, suspected appendicitis; CT bowel wall edema; retrospectively an HAE abdominal attack.")
    for code, disp, v, u, lo, hi in [("4498-2", "Complement C4 [Mass/volume] in Serum or Plasma", 4, "mg/dL", 14, 40),
                                    ("4477-6", "Complement C1 esterase inhibitor [Mass/volume] in Serum or Plasma", 6, "mg/dL", 21, 39)]:
        lab(b, "2024-09-10", code, disp, v, u, lo, hi, "L")
    b.obs({"text": "C1 esterase inhibitor functional (%)"}, "2024-09-10", 18, "%", low=68, interp="L")
    b.note("2025-07-01", "Medical record transfer summary (PCS)", """
Transferred from Fort Delmont AHC to Hartwell AMC on PCS. Dx HAE type I confirmed 2024 (family hx: mother and maternal uncle). ~2 attacks/month before prophylaxis incl. 1 laryngeal attack 2024 requiring icatibant and ED observation.
Lanadelumab started 2024-11. Permanent profile; deployment requires waiver and on-hand icatibant.""", author=ai, typ=("34133-9", "Summary of episode note"))
    e = visit(b, "2026-10-14", org, ai, "HAE follow-up")
    b.obs({"text": "HAE attacks in last 3 months (patient diary)"}, "2026-10-14", 1, "{attacks}", cat="survey", enc=e)
    b.medreq(cc((RX, "2047229", "lanadelumab-flyo 150 MG/ML Injectable Solution"), (HCPCS, "J0593", "Injection, lanadelumab-flyo, 1 mg"), text="lanadelumab 300 mg SC every 2 weeks"), "2024-11-05", dose="300 mg SC q2 weeks", reason=hae, requester=ai)
    b.medreq(cc((RX, "1053617", "icatibant 10 MG/ML Prefilled Syringe"), text="icatibant 30 mg/3 mL prefilled syringe"), "2024-11-05", dose="30 mg SC at onset of attack; may repeat q6h, max 3/24h", reason=hae, requester=ai)
    b.flag(cc((SCT, "397709008", "Patient on temporary duty limitation"), text="Permanent profile P3: HAE - requires on-hand icatibant and access to emergency care; deployment waiver required"), "2025-07-01", ai)
    b.note("2026-10-14", "Allergy/Immunology follow-up", """
SGT Rourke, 42A. HAE type I on lanadelumab 300 mg q2wk since 11/2024; 1 mild peripheral attack in 3 months, treated with icatibant x1. No laryngeal attacks since prophylaxis.
MEB: fit for duty with permanent profile; deployability determined case-by-case. Continue current regimen. Contraception counseling: avoid estrogen-containing methods.""", author=ai, enc=e)
    b.allergy(cc((SCT, "386969004", "Ethinyl estradiol"), text="Estrogen-containing contraceptives (triggers HAE attacks)"), crit="high")
    return b


@case("m_sickle_trait", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Sickle cell trait (carrier state, common, D57.3) found on accession screening, with only three active minor conditions - not a rare disease and not complex.",
      "Army private with sickle cell trait on accession screening and heat-illness precautions")
def m_sickle_trait(cid):
    b, org, (pcm,), _ = base(cid, "M", "tallmadge", "Okonkwo", ["Jordan", "E"], "male", "2006-03-08", "TM9920117",
                            home("Bldg 5160 Rm 318", "Tallmadge AFB", "TX", "78236"), [("Ramirez", ["Luis"], "Capt", None, "DO, Family Medicine")],
                            cov=("TRICARE", "PRIME:TRICARE Prime (Active Duty)", "East"), dodid="1760552093")
    b.cond(S("16402000", "Sickle cell trait", "D57.3", "Sickle-cell trait"), "2024-08-15", recorder=pcm, note="Hb S 38% on accession screening (MEPS). Counseled.")
    b.cond(S("61582004", "Allergic rhinitis", "J30.1", "Allergic rhinitis due to pollen"), "2015-01-01")
    b.cond(I("L21.9", "Seborrheic dermatitis, unspecified"), "2023-01-01")
    b.cond(S("44730006", "Heat exhaustion", "T67.5XXA", "Heat exhaustion, unspecified, initial encounter"), "2025-07-09", status="resolved", abate="2025-07-10")
    b.cond(I("S83.511A", "Sprain of anterior cruciate ligament of right knee, initial encounter"), "2023-05-01", status="resolved", abate="2023-12-01")
    lab(b, "2024-08-15", "4625-8", "Hemoglobin S/Hemoglobin.total in Blood", 38, "%", None, 0, "H")
    lab(b, "2024-08-15", "718-7", "Hemoglobin [Mass/volume] in Blood", 14.9, "g/dL", 13.5, 17.5)
    e1 = b.enc("2025-07-09", "Emergency department visit", cls="EMER", org=org, pract=pcm, reason="Heat exhaustion during 10-mile ruck")
    lab(b, "2025-07-09", "2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", 640, "U/L", 26, 192, "H", e1)
    lab(b, "2025-07-09", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.1, "mg/dL", 0.7, 1.3, "N", e1)
    e2 = visit(b, "2026-08-05", org, pcm, "Periodic Health Assessment", code="99395", disp="Periodic preventive medicine, 18-39 years")
    b.bp("2026-08-05", 118, 70, e2); b.vital("bmi", "2026-08-05", 24.1, e2)
    b.note("2026-08-05", "Periodic Health Assessment", """
PFC Okonkwo, 20 y/o, 88M. Sickle cell trait (Hb S 38%) - not sickle cell disease. No vaso-occlusive history. Heat exhaustion 7/2025, mild CK elevation, resolved with fluids.
Exertional heat illness/rhabdo precautions reinforced: hydration, work/rest cycles, no max-effort runs in heat category 4-5. Fully deployable. MRR 1/1.""", author=pcm, enc=e2)
    b.medreq(R("1797844", "fluticasone propionate 50 MCG/ACTUAT Nasal Spray"), "2024-09-01", dose="2 sprays daily", requester=pcm)
    b.flag(cc(text="Sickle cell trait - exertional heat illness precautions"), "2024-08-15", pcm)
    b.imm("115", "Tdap", "2024-08-16", "TD99120")
    b.imm("114", "meningococcal polysaccharide (groups A, C, Y and W-135) diphtheria toxoid conjugate vaccine (MCV4P)", "2024-08-16", "MN33012")
    return b
