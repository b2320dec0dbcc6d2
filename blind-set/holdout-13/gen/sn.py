from lib import *

def sn_psnw_pos(cid):
    b = B(cid, "sn2", dict(family="Morales Castillo", given="Yesenia", gender="female", birth="1992-03-14", mrn="RP0448812",
          lang=("es", "Spanish"), payer="Louisiana Medicaid - Healthy Louisiana", member="LA77120459",
          addr={"use": "home", "line": ["2217 Desire St Apt B"], "city": "New Orleans", "state": "LA", "postalCode": "70117"}, phone="504-555-0163"))
    b.prac("pcp", "Nguyen", "Thao", "MD"); b.prac("card", "Okafor", "Chinedu", "MD"); b.prac("int", "Reyes", "Marisol", "interpreter")
    b.prac("rn", "Broussard", "Kayla", "RN")
    dates = ["2026-05-04", "2026-06-22", "2026-08-31", "2026-10-26", "2026-11-23"]
    e1 = b.enc(dates[0], "EMER", "Emergency department visit", "palpitaciones, mareo", "pcp", interp="int", end=dates[0])
    b.vitals(dates[0], e1, 118, 72, 104, wt=61.2, spo2=99, temp=36.8)
    b.cond(cc(c(ICD, "R00.2", "Palpitations"), c(SCT, "80313002", "Palpitations")), dates[0], cat="encounter-diagnosis", enc=e1)
    b.obs(L("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), dates[0], 7.1, "10*3/uL", "10*3/uL", 4.0, 11.0, enc=e1)
    b.obs(L("718-7", "Hemoglobin [Mass/volume] in Blood"), dates[0], 13.2, "g/dL", "g/dL", 12.0, 15.5, enc=e1)
    b.obs(L("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), dates[0], 4.1, "mmol/L", "mmol/L", 3.5, 5.1, enc=e1)
    b.obs(L("2601-3", "Magnesium [Mass/volume] in Serum or Plasma"), dates[0], 2.0, "mg/dL", "mg/dL", 1.6, 2.6, enc=e1)
    b.obs(L("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), dates[0], 3, "ng/L", "ng/L", None, 16, enc=e1)
    b.obs(L("2106-3", "Choriogonadotropin [Presence] in Urine"), dates[0], vcc=cc(c(SCT, "260385009", "Negative")), interp="N", enc=e1)
    e2 = b.enc(dates[1], "AMB", "Primary care follow-up (FQHC)", "ED follow-up palpitations", "pcp", interp="int", org=b.SITE)
    b.vitals(dates[1], e2, 112, 70, 88, wt=60.8)
    b.cond(cc(c(ICD, "R00.2", "Palpitations")), dates[1], cat="encounter-diagnosis", enc=e2)
    b.cond(cc(c(ICD, "R55", "Syncope and collapse"), text="Presyncope / near-fainting"), dates[1], cat="encounter-diagnosis", enc=e2)
    b.obs(L("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), dates[1], 1.62, "m[IU]/L", "m[IU]/L", 0.45, 4.5, enc=e2)
    b.obs(L("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), dates[1], 48, "ng/mL", "ng/mL", 11, 307, enc=e2)
    b.obs(L("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), dates[1], 88, "mg/dL", "mg/dL", 70, 99, enc=e2)
    ecg = b.obs(L("11524-6", "EKG study"), dates[1], vstr="Normal sinus rhythm, rate 84. PR 148 ms, QRS 88 ms, QTc 418 ms. No pre-excitation. Normal ECG.", interp="N", cat="procedure", enc=e2)
    e3 = b.enc(dates[2], "AMB", "Cardiology consultation", "palpitations, presyncope", "card", interp="int")
    b.vitals(dates[2], e3, 116, 74, 92, wt=60.5)
    hol = b.obs(cc(text="14-day ambulatory ECG patch monitor (Zio)"), "2026-09-18", vstr="Predominant sinus rhythm, HR 58-142, mean 81. Rare PACs (<1%), rare PVCs (<1%). No SVT, AF, pauses or AV block. Patient-triggered events (9) correspond to sinus rhythm/sinus tachycardia 98-112 bpm.", interp="N", cat="procedure")
    echo = b.obs(cc(c(LN, "34552-0", "2D echocardiogram panel"), text="Transthoracic echocardiogram"), "2026-09-10", vstr="Normal LV size and function, EF 60-65%. Normal valves. No structural heart disease.", interp="N", cat="imaging")
    b.dr(cc(c(LN, "34552-0", "2D echocardiogram panel"), text="Cardiology studies"), "2026-09-18", "Normal echocardiogram and 14-day monitor. Symptoms correlate with sinus rhythm.", [hol, echo], cat=("CUS", "Cardiac Ultrasound"), pr="card")
    e4 = b.enc(dates[3], "EMER", "Emergency department visit", "palpitaciones, casi se desmaya en el trabajo", "pcp", interp="int", end=dates[3])
    b.vitals(dates[3], e4, 108, 66, 110, wt=59.9, spo2=100)
    b.cond(cc(c(ICD, "R00.2", "Palpitations")), dates[3], cat="encounter-diagnosis", enc=e4)
    b.obs(L("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), dates[3], 2, "ng/L", "ng/L", None, 16, enc=e4)
    e5 = b.enc(dates[4], "AMB", "Primary care follow-up (FQHC)", "palpitaciones persistentes", "pcp", interp="int", org=b.SITE)
    b.vitals(dates[4], e5, 114, 72, 90, wt=59.8)
    b.cond(cc(c(SCT, "80313002", "Palpitations"), text="Palpitations, recurrent"), dates[0], note="Recurrent episodes several times per week since April 2026, with lightheadedness; workup unrevealing so far.", recorded=dates[1], asserter="pcp")
    b.cond(cc(text="Seasonal allergic rhinitis"), "2018-04-01", asserter="pcp")
    b.med(cc(c(RX, "20610", "cetirizine"), text="cetirizine 10 mg tablet"), "2024-03-02", dose="1 tab by mouth daily as needed", pr="pcp")
    b.note(dates[4], "FQHC primary care note", "Visit conducted with Spanish interpreter (in person, M. Reyes).\nS: 34 y/o F with recurrent palpitations and near-syncope since April. Episodes 3-4x/week, sometimes at rest, with lightheadedness, tunnel vision, once had to sit on the floor at work (hotel housekeeping). Two ED visits (May, Oct) - both told 'the heart is fine, maybe stress'. Cardiology saw her in Aug: ECG, echo and 14-day monitor all normal; told there is nothing wrong with the heart. No caffeine/energy drinks. No weight loss, no heat intolerance. Not pregnant. Denies panic/worry - 'I am not nervous, it comes from nowhere'. GAD-7 3.\nO: BP 114/72, HR 90, orthostatic: lying HR 78 -> standing 3 min HR 104, BP stable.\nA/P: Persistent palpitations with presyncope over ~7 months, extensive workup normal, no unifying diagnosis. Symptoms still affecting work. Will discuss with cardiology again.\nCHW: patient missed shifts; referred to workers' rights clinic.", pr="pcp", enc=e5)
    b.note(dates[2], "Cardiology consult", "Interpreter used. 34F palpitations x4 months. Exam normal. ECG normal. Plan echo + 14-day patch. If normal, reassurance.\nAddendum 09/20/2026: Echo and monitor normal; symptoms correlate with sinus rhythm. No cardiac cause. Reassured patient. Return PRN.", pr="card", enc=e3, typ=("11488-4", "Consult note"))
    return b, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
        why="Palpitations with presyncope recorded at 5 visits over ~7 months (2 ED, PCP, cardiology); ECG, labs, echo and 14-day monitor all normal, no explanatory diagnosis; symptoms continue.",
        summary="34F Spanish-speaking, recurrent palpitations/presyncope x7 months, 2 ED visits, normal cardiac workup, told nothing wrong")

def sn_psnw_nm(cid):
    b = B(cid, "sn4", dict(family="Tran", given="Minh Duc", gender="male", birth="1980-07-09", mrn="SV-00912377",
          lang=("vi", "Vietnamese"), payer="Medi-Cal (Inland Empire Health Plan)", member="91847722A",
          addr={"use": "home", "line": ["4410 Palm Ave"], "city": "San Bernardino", "state": "CA", "postalCode": "92407"}))
    b.prac("pcp", "Hernandez", "Lucia", "NP"); b.prac("pul", "Feldman", "Aaron", "MD"); b.prac("int", "Pham", "Lan", "interpreter")
    e1 = b.enc("2026-04-14", "AMB", "FQHC sick visit", "ho keo dai (cough) 3 weeks", "pcp", interp="int", org=b.SITE)
    b.vitals("2026-04-14", e1, 128, 80, 76, wt=70.1, temp=36.9, spo2=98)
    b.cond(cc(c(ICD, "R05.2", "Subacute cough")), "2026-04-14", cat="encounter-diagnosis", enc=e1)
    e2 = b.enc("2026-05-26", "AMB", "FQHC follow-up", "cough persistent", "pcp", interp="int", org=b.SITE)
    b.cond(cc(c(ICD, "R05.3", "Chronic cough"), c(SCT, "68154008", "Chronic cough")), "2026-04-01", status="resolved", abate="2026-10-20", enc=e2, recorded="2026-05-26")
    cxr = b.obs(cc(c(LN, "36643-5", "XR Chest 2V"), text="Chest x-ray PA and lateral"), "2026-05-26", vstr="Clear lungs. No mass, effusion or adenopathy.", interp="N", cat="imaging")
    b.dr(cc(c(LN, "36643-5", "XR Chest 2V")), "2026-05-26", "Normal chest radiograph.", [cxr])
    b.obs(L("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), "2026-05-26", 7.4, "10*3/uL", "10*3/uL", 4.0, 11.0)
    b.obs(L("713-8", "Eosinophils/100 leukocytes in Blood by Automated count"), "2026-05-26", 6.8, "%", "%", 0, 6, enc=e2)
    b.obs(cc(text="Interferon-gamma release assay (QuantiFERON-TB Gold Plus)"), "2026-05-26", vcc=cc(c(SCT, "260385009", "Negative")), interp="N")
    e3 = b.enc("2026-07-21", "AMB", "FQHC follow-up", "cough worse at night and with cold air", "pcp", interp="int", org=b.SITE)
    b.med(cc(c(RX, "7646", "omeprazole"), text="omeprazole 20 mg capsule"), "2026-07-21", status="stopped", dose="20 mg daily x 8 weeks (empiric trial for cough)", pr="pcp", note="No benefit; stopped 9/2026")
    e4 = b.enc("2026-09-15", "AMB", "Pulmonary clinic consultation", "chronic cough", "pul", interp="int")
    b.obs(L("20150-9", "FEV1"), "2026-09-15", 3.21, "L", "L", 2.9, None, interp="N", cat="procedure", enc=e4)
    b.obs(L("19926-5", "FEV1/FVC"), "2026-09-15", 79, "%", "%", 70, None, interp="N", cat="procedure", enc=e4)
    b.obs(cc(text="Methacholine challenge (PC20)"), "2026-09-29", vstr="Positive. PC20 = 1.8 mg/mL with reproduction of cough.", interp="A", cat="procedure")
    b.obs(cc(c(LN, "83375-0", "Nitric oxide [Moles/volume] in Exhaled gas"), text="FeNO"), "2026-09-15", 48, "ppb", "ppb", None, 25, cat="procedure", enc=e4)
    dx = b.cond(cc(c(ICD, "J45.991", "Cough variant asthma"), c(SCT, "708038006", "Cough variant asthma")), "2026-09-29", asserter="pul")
    b.med(cc(c(RX, "896188", "budesonide 160 MCG / formoterol fumarate dihydrate 4.5 MCG per actuation inhaler"), text="budesonide-formoterol 160/4.5 mcg inhaler"), "2026-09-29", dose="2 puffs twice daily", pr="pul", reason=cc(text="Cough variant asthma"))
    e5 = b.enc("2026-11-10", "AMB", "Pulmonary clinic follow-up", "asthma follow-up", "pul", interp="int")
    b.vitals("2026-11-10", e5, 124, 78, 72, wt=70.4, spo2=99)
    b.cond(cc(text="Hepatitis B, chronic, inactive carrier"), "2012-01-01", note="HBV DNA undetectable 2025; followed annually")
    b.note("2026-11-10", "Pulmonary follow-up", "Vietnamese interpreter by video.\n46M with 6 months of chronic cough. CXR normal, spirometry normal, FeNO 48, methacholine challenge positive -> cough-variant asthma. Started ICS-formoterol 9/29.\nToday: cough resolved within 3 weeks of inhaler; sleeping through the night. No wheeze.\nA/P: Cough variant asthma, controlled. Continue budesonide-formoterol. Return 3 months.", pr="pul", enc=e5)
    return b, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
        why="Chronic cough over 6 months with normal CXR and spirometry, but a methacholine challenge and FeNO led to a cough-variant asthma diagnosis that explains it and the cough resolved on treatment.",
        summary="46M Vietnamese-speaking, chronic cough with normal CXR, later diagnosed cough-variant asthma and resolved")

def sn_dsm_pos(cid):
    b = B(cid, "sn1", dict(family="Warsame", given="Hodan Abdi", gender="female", birth="1977-02-01", mrn="AV3301945",
          lang=("so", "Somali"), payer="Medi-Cal (Alameda Alliance for Health)", member="99311450B",
          addr={"use": "home", "line": ["1530 International Blvd Apt 12"], "city": "Oakland", "state": "CA", "postalCode": "94606"}))
    b.prac("pcp", "Kaplan", "Miriam", "MD"); b.prac("int", "Farah", "Abdirahman", "interpreter"); b.prac("chw", "Hassan", "Ubah", "CHW")
    e0 = b.enc("2025-12-09", "AMB", "FQHC primary care", "body pain all over, tired", "pcp", interp="int", org=b.SITE)
    b.vitals("2025-12-09", e0, 122, 78, 84, wt=68.4)
    b.obs(L("718-7", "Hemoglobin [Mass/volume] in Blood"), "2025-12-09", 12.1, "g/dL", "g/dL", 12.0, 15.5)
    b.obs(L("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), "2025-12-09", 11, "{score}", "{score}", cat="survey", interp=None)
    som = b.cond(cc(c(ICD, "F45.9", "Somatoform disorder, unspecified"), text="Somatization / somatic symptoms"), "2025-12-09", asserter="pcp",
                 note="Multiple somatic complaints (diffuse aches, fatigue, headaches) with normal exam; trauma history; likely somatic presentation of distress.")
    b.med(cc(c(RX, "36437", "sertraline"), text="sertraline 50 mg tablet"), "2025-12-09", dose="50 mg by mouth daily", reason=cc(text="Somatization"), pr="pcp")
    e1 = b.enc("2026-03-17", "AMB", "FQHC primary care", "still pain, sweating at night", "pcp", interp="int", org=b.SITE)
    b.vitals("2026-03-17", e1, 118, 76, 92, wt=65.9, temp=37.4)
    e2 = b.enc("2026-07-07", "EMER", "Emergency department visit", "pain all body, fever at home", None, end="2026-07-07", interp="int")
    b.vitals("2026-07-07", e2, 110, 68, 104, wt=63.0, temp=38.1)
    b.obs(L("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-07-07", 10.4, "g/dL", "g/dL", 12.0, 15.5, enc=e2)
    b.obs(L("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), "2026-07-07", 58, "mg/L", "mg/L", None, 10, enc=e2)
    b.cond(cc(text="Body aches"), "2026-07-07", cat="encounter-diagnosis", enc=e2, status="active")
    b.note("2026-07-07", "ED provider note", "Somali interpreter by phone. 49F known to FQHC with 'somatization', here for diffuse pain and subjective fevers. T 38.1, HR 104. CBC Hb 10.4, CRP 58. UA neg. CXR clear. Improved with acetaminophen/fluids. Discharged to PCP follow-up; likely viral vs chronic somatic complaints.", enc=e2, typ=("34111-5", "Emergency department Note"))
    ea = b.enc("2026-08-11", "AMB", "FQHC primary care", "ED follow-up, body pain", "pcp", interp="int", org=b.SITE)
    b.vitals("2026-08-11", ea, 114, 70, 96, wt=61.8, temp=37.5)
    b.obs(L("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-08-11", 10.1, "g/dL", "g/dL", 12.0, 15.5, enc=ea)
    b.obs(L("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-08-11", 410, "ng/mL", "ng/mL", 11, 307, enc=ea)
    b.note("2026-08-11", "FQHC primary care note", "Somali interpreter. ED f/u. Still diffuse pain, tired. Reviewed ED labs; repeat Hb 10.1, ferritin 410 (not iron deficient). Mild anemia likely anemia of chronic disease/nutritional; CRP elevation likely from viral illness in July. Continue sertraline for somatic symptoms; add behavioral health referral. Recheck 2-3 months.", pr="pcp", enc=ea)
    e3 = b.enc("2026-10-20", "AMB", "FQHC primary care", "follow-up, weight loss", "pcp", interp="int", org=b.SITE)
    b.vitals("2026-10-20", e3, 116, 72, 98, wt=60.1, temp=37.6)
    b.obs(L("4537-7", "Erythrocyte sedimentation rate by Westergren method"), "2026-10-20", 88, "mm/h", "mm/h", 0, 29, enc=e3)
    b.obs(L("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), "2026-10-20", 64, "mg/L", "mg/L", None, 10, enc=e3)
    b.obs(L("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-10-20", 9.8, "g/dL", "g/dL", 12.0, 15.5, enc=e3)
    b.obs(L("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-10-20", 3.0, "g/dL", "g/dL", 3.5, 5.0, enc=e3)
    b.obs(L("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), "2026-10-20", 196, "U/L", "U/L", 40, 129, enc=e3)
    b.obs(L("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-10-20", 2.1, "m[IU]/L", "m[IU]/L", 0.45, 4.5, enc=e3)
    b.cond(cc(c(ICD, "E55.9", "Vitamin D deficiency, unspecified")), "2024-05-02", asserter="pcp")
    b.note("2026-11-04", "Community health worker home visit", "Home visit with patient and daughter (daughter interpreting at patient request). Patient reports sweats at night 'the sheets are wet', eats less, clothes loose. Pain in back and hips wakes her. Says doctor told her the pain is from stress and the sadness pill will help - she has taken sertraline every day for 11 months, 'the pill does not touch this pain'. Food insecurity screen positive - connected to food bank. Transport voucher provided for next PCP visit.", pr="chw", typ=("34746-8", "Nurse Note"))
    b.note("2026-10-20", "FQHC primary care note", "Somali interpreter in person.\nF/u somatic symptoms. Continues diffuse pain, fatigue, intermittent low-grade temps. Weight 68.4 -> 60.1 kg over 10 months. Labs today: ESR 88, CRP 64, Hb 9.8, albumin 3.0, ALP 196.\nA/P: Somatic symptom presentation, on sertraline. Will recheck labs at next visit. Continue sertraline 50 mg.", pr="pcp", enc=e3)
    return b, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
        why="Catch-all 'somatoform disorder, unspecified' (F45.9) active for ~12 months while symptoms continue, and new objective findings (fever, 8 kg weight loss, ESR 88, CRP 64, anaemia, high ALP, night sweats) that the label cannot explain.",
        summary="49F Somali-speaking, labelled somatization (F45.9) for 12 months despite weight loss, fevers, raised ESR/CRP and anaemia")

def sn_dsm_nm(cid):
    b = B(cid, "sn3", dict(family="Pruitt", given="Dakota James", gender="male", birth="1997-09-30", mrn="HC5582014",
          payer="Kentucky Medicaid (Passport Health Plan)", member="KY0091842",
          addr={"use": "home", "line": ["88 Clover Fork Rd"], "city": "Harlan", "state": "KY", "postalCode": "40831"}))
    b.prac("ed", "Collins", "Rebecca", "DO"); b.prac("pcp", "Sizemore", "Wade", "PA-C")
    b.cond(cc(c(ICD, "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "2015-01-01")
    b.cond(cc(text="Low back strain, resolved"), "2024-02-10", status="resolved", abate="2024-04-01")
    e1 = b.enc("2026-10-18", "EMER", "Emergency department visit", "fever, body aches, sore throat", "ed", end="2026-10-18")
    b.vitals("2026-10-18", e1, 132, 82, 102, temp=38.6, spo2=97, rr=18)
    b.obs(cc(c(LN, "94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection")), "2026-10-18", vcc=cc(c(SCT, "260385009", "Negative")), interp="N", enc=e1)
    b.obs(cc(c(LN, "92142-9", "Influenza virus A RNA [Presence] in Respiratory system specimen by NAA with probe detection")), "2026-10-18", vcc=cc(c(SCT, "260385009", "Negative")), interp="N", enc=e1)
    b.obs(cc(text="Rapid strep A antigen"), "2026-10-18", vcc=cc(c(SCT, "260385009", "Negative")), interp="N", enc=e1)
    b.obs(L("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), "2026-10-18", 6.2, "10*3/uL", "10*3/uL", 4.0, 11.0, enc=e1)
    b.obs(cc(c(LN, "31418-7", "Epstein Barr virus Ab [Presence] in Serum"), text="Heterophile antibody (Monospot)"), "2026-10-18", vcc=cc(c(SCT, "260385009", "Negative")), interp="N", enc=e1)
    b.cond(cc(c(ICD, "B34.9", "Viral infection, unspecified"), text="Viral syndrome"), "2026-10-18", status="resolved", abate="2026-10-28", cat="encounter-diagnosis", enc=e1, asserter="ed")
    b.med(cc(c(RX, "161", "acetaminophen"), text="acetaminophen 500 mg tablet"), "2026-10-18", status="completed", dose="1000 mg every 6 h as needed fever, max 3 g/day", pr="ed")
    b.note("2026-10-18", "ED note", "29M coal-truck driver, 2 days of fever, myalgia, sore throat, dry cough. Sick contacts at home (kids with same). Flu/COVID/strep negative. WBC normal. Supportive care, work note 3 days. Return for dyspnea, neck stiffness, rash.", pr="ed", enc=e1, typ=("34111-5", "Emergency department Note"))
    e2 = b.enc("2026-10-29", "AMB", "Clinic follow-up (FQHC)", "follow-up after ED", "pcp", org=b.SITE)
    b.vitals("2026-10-29", e2, 126, 78, 74, wt=88.2, temp=36.7)
    b.obs(L("72166-2", "Tobacco smoking status"), "2026-10-29", vcc=cc(c(SCT, "449868002", "Smokes tobacco daily")), cat="social-history", interp=None)
    b.note("2026-10-29", "Clinic note", "ED follow-up. Fever resolved day 5; aches gone; back to work. Residual mild cough, improving. Lungs clear. Viral illness resolved. Smoking cessation counselled - wants to try patches.", pr="pcp", enc=e2)
    b.med(cc(c(RX, "7407", "nicotine"), text="nicotine 21 mg/24 hr transdermal patch"), "2026-10-29", dose="apply 1 patch daily", pr="pcp")
    e3 = b.enc("2026-11-19", "VR", "Telephone visit", "smoking cessation check-in", "pcp", org=b.SITE)
    b.note("2026-11-19", "Telephone note", "Using patches, down to 3 cigarettes/day. No fever or cough. Feels well.", pr="pcp", enc=e3, typ=("34109-9", "Note"))
    return b, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
        why="Catch-all 'viral infection, unspecified' was short-lived (10 days), recorded resolved, and the symptoms resolved; no persistence > 90 days and no unexplained findings.",
        summary="29M ED 'viral syndrome' (B34.9) that resolved within 10 days")

def sn_mpp_pos(cid):
    b = B(cid, "sn2", dict(family="Villanueva", given="Rogelio", gender="male", birth="1965-05-22", mrn="RP0091557",
          lang=("es", "Spanish"), payer="Medicaid - Healthy Louisiana (Aetna Better Health)", member="LA55102931",
          addr={"use": "home", "line": ["3015 Paris Ave"], "city": "New Orleans", "state": "LA", "postalCode": "70122"}))
    b.prac("card", "Dufrene", "Marc", "MD"); b.prac("cts", "Abernathy", "Lorraine", "MD"); b.prac("int", "Soto", "Ramon", "interpreter"); b.prac("pcp", "Nguyen", "Thao", "MD")
    b.cond(cc(c(ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2016-03-01", asserter="pcp")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2014-01-01")
    b.cond(cc(c(ICD, "E78.5", "Hyperlipidemia, unspecified")), "2016-03-01")
    e1 = b.enc("2026-10-30", "IMP", "Inpatient admission - cardiology", "chest pain", "card", end="2026-11-04", interp="int")
    b.vitals("2026-10-30", e1, 156, 92, 96, wt=84.0, spo2=96)
    cad = b.cond(cc(c(SCT, "53741008", "Coronary arteriosclerosis"), c(ICD, "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), text="Three-vessel coronary artery disease"), "2026-10-31", asserter="card")
    b.cond(cc(c(ICD, "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")), "2026-10-30", status="resolved", abate="2026-11-04", cat="encounter-diagnosis", enc=e1)
    b.obs(L("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), "2026-10-30T14:00:00-05:00", 412, "ng/L", "ng/L", None, 20, enc=e1)
    b.obs(L("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-31", 7.9, "%", "%", 4.0, 5.6, enc=e1)
    b.obs(L("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"), "2026-10-31", 142, "mg/dL", "mg/dL", None, 99, enc=e1)
    b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-11-03", 0.98, "mg/dL", "mg/dL", 0.7, 1.3, enc=e1)
    b.obs(L("10230-1", "Left ventricular Ejection fraction"), "2026-10-31", 45, "%", "%", 55, None, cat="imaging", enc=e1)
    cath = b.proc(cc(c(CPT, "93458", "Catheter placement in coronary artery(s) for coronary angiography, including intraprocedural injection(s) for coronary angiography, imaging supervision and interpretation; with left heart catheterization"), text="Left heart catheterization with coronary angiography"), "completed", "2026-10-31", pr="card", enc=e1, outcome="LM 40%, proximal LAD 90%, mid LCx 80%, RCA 95% proximal. SYNTAX score 34.")
    b.note("2026-11-02", "Heart team conference note", "Multidisciplinary heart team (interventional cardiology + CT surgery). 61M diabetic with NSTEMI, 3-vessel CAD, SYNTAX 34, EF 45%. Recommendation: surgical revascularization (CABG x4: LIMA-LAD, SVG-OM, SVG-RCA, SVG-diag) favored over multivessel PCI given diabetes and high SYNTAX. Discussed with patient and wife through Spanish interpreter; patient agrees. Discharge on DAPT->hold clopidogrel 5 days pre-op. Surgery scheduled 12/16/2026.", pr="cts", enc=e1, typ=("11488-4", "Consult note"))
    b.proc(cc(c(SCT, "232717009", "Coronary artery bypass grafting"), c(CPT, "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), text="CABG x4 (LIMA-LAD, SVG x3)"), "preparation", None, reason=cc(text="Three-vessel coronary artery disease"), pr="cts",
           note="Scheduled 2026-12-16 main OR. Pre-op: carotid duplex done, PFTs done, dental clearance pending.")
    b.appt("2026-12-16T07:00:00-06:00", "Coronary artery bypass grafting - Dr. Abernathy", pr="cts")
    b.med(cc(c(RX, "1191", "aspirin"), text="aspirin 81 mg EC tablet"), "2026-11-04", dose="81 mg daily", pr="card")
    b.med(cc(c(RX, "83367", "atorvastatin"), text="atorvastatin 80 mg tablet"), "2026-11-04", dose="80 mg nightly", pr="card")
    b.med(cc(c(RX, "20352", "carvedilol"), text="carvedilol 6.25 mg tablet"), "2026-11-04", dose="6.25 mg twice daily", pr="card")
    b.med(cc(c(RX, "6809", "metformin"), text="metformin 1000 mg tablet"), "2019-01-10", dose="1000 mg twice daily", pr="pcp", note="Hold 48 h before surgery")
    e2 = b.enc("2026-11-18", "AMB", "Cardiothoracic surgery pre-op clinic", "pre-operative evaluation CABG", "cts", interp="int")
    b.vitals("2026-11-18", e2, 128, 78, 64, wt=83.1)
    return b, dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
        why="Four-vessel CABG recorded as a Procedure in status 'preparation' with an appointment on 2026-12-16, not yet performed.",
        summary="61M Spanish-speaking, NSTEMI with 3-vessel CAD; CABG x4 scheduled 12/16 (Procedure status preparation)")

def sn_up_pos(cid):
    b = B(cid, "sn3", dict(family="Caudill", given="Ronnie Lee", gender="male", birth="1969-01-17", mrn="HC4410088",
          payer="Kentucky Medicaid (WellCare of Kentucky)", member="KY3318820",
          addr={"use": "home", "line": ["17 Black Mountain Hollow"], "city": "Evarts", "state": "KY", "postalCode": "40828"}))
    b.prac("hep", "Mistry", "Anjali", "MD"); b.prac("pcp", "Sizemore", "Wade", "PA-C"); b.prac("sw", "Halcomb", "Tina", "CHW"); b.prac("hosp", "Bledsoe", "Carl", "MD")
    cir = b.cond(cc(c(ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites"), c(SCT, "420054005", "Alcoholic cirrhosis"), text="Alcohol-associated cirrhosis, decompensated"), "2024-08-01", asserter="hep")
    b.cond(cc(c(ICD, "F10.21", "Alcohol dependence, in remission")), "2024-08-01", note="Last drink 2026-07-04 per patient")
    b.cond(cc(c(ICD, "K76.82", "Hepatic encephalopathy")), "2026-03-01")
    b.cond(cc(c(ICD, "K65.2", "Spontaneous bacterial peritonitis")), "2026-05-12", status="resolved", abate="2026-05-30")
    for d, bili, inr, cr, na in [("2026-09-15", 7.9, 2.3, 1.7, 128), ("2026-11-12", 11.2, 2.6, 2.1, 126)]:
        b.obs(L("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), d, bili, "mg/dL", "mg/dL", 0.1, 1.2)
        b.obs(L("6301-6", "INR in Platelet poor plasma by Coagulation assay"), d, inr, "{INR}", "{INR}", 0.9, 1.1)
        b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), d, cr, "mg/dL", "mg/dL", 0.7, 1.3)
    b.obs(cc(text="MELD-Na score"), "2026-11-12", 33, "{score}", "{score}", interp=None)
    e1 = b.enc("2026-11-08", "IMP", "Inpatient admission - hepatology", "confusion, abdominal distension", "hep", end="2026-11-14")
    b.vitals("2026-11-08", e1, 96, 58, 102, wt=79.0, temp=37.0)
    b.proc(cc(c(CPT, "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"), text="Large-volume paracentesis 7.5 L"), "completed", "2026-11-09", pr="hep", enc=e1)
    b.note("2026-11-13", "Hepatology progress note / goals of care", "56M decompensated alcohol-associated cirrhosis, MELD-Na 33, recurrent HE, refractory ascites needing weekly paracentesis, HRS physiology. Reviewed with our transplant hepatology colleagues: not a transplant candidate at this time (sobriety < 6 months, no stable housing/caregiver). Not a TIPS candidate (bilirubin >5, MELD >18). There are no other treatment options for his liver disease; medical therapy has been maximized. Recommend transition to comfort-focused care with hospice; continue lactulose/rifaximin for comfort. Patient and sister understand; patient tearful, asks 'so that's it?'.", pr="hep", enc=e1)
    b.sr(cc(c(SCT, "306205009", "Referral to hospice"), text="Referral to hospice - home hospice"), "active", "order", "2026-11-14", reason=cc(text="End-stage liver disease"), pr="hep", note="Home hospice agency: Mountain Comprehensive Hospice")
    b.careplan("Comfort-focused plan of care", "active", "plan", "2026-11-14", "Hospice/comfort care for end-stage liver disease; no further disease-directed therapy. DNR/DNI confirmed (MOST form).",
               cat=cc(c(SCT, "736372004", "Discharge care plan"), text="Palliative care plan"), addresses=[cir], pr="hep",
               activities=[("Home hospice admission", "scheduled", None), ("Lactulose titrated to 2-3 BM/day", "in-progress", None), ("Comfort paracentesis PRN via hospice", "not-started", None)])
    b.med(cc(c(RX, "6218", "lactulose"), text="lactulose 10 g/15 mL solution"), "2026-03-05", dose="30 mL three times daily titrate to 2-3 BM", pr="hep")
    b.med(cc(c(RX, "35619", "rifaximin"), text="rifaximin 550 mg tablet"), "2026-03-05", dose="550 mg twice daily", pr="hep")
    b.note("2026-11-20", "CHW note", "Called patient at sister's home. Hospice intake set for 11/24. Sister asking how hospice handles paracentesis at home and whether he can stay with her; explained hospice nurse will review at intake. Food box delivered.", pr="sw", typ=("34109-9", "Note"))
    return b, dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
        why="Decompensated cirrhosis (MELD-Na 33) with a hepatology note stating no other treatment options, active hospice referral and comfort CarePlan; no second opinion on record (transplant ineligibility was decided within the same service).",
        summary="56M decompensated alcohol cirrhosis, declined for transplant/TIPS, 'no other treatment options', hospice referral")

def sn_up_nm(cid):
    b = B(cid, "sn1", dict(family="Ferreira", given="Antonio", gender="male", birth="1952-04-03", mrn="AV1177308",
          lang=("pt", "Portuguese"), payer="Medicare Part A/B + Medi-Cal", member="7TQ4-HJ2-MK81",
          addr={"use": "home", "line": ["602 E 14th St"], "city": "San Leandro", "state": "CA", "postalCode": "94577"}))
    b.prac("pul", "Obi", "Nnamdi", "MD"); b.prac("pal", "Lindqvist", "Karin", "MD"); b.prac("ext", "Sato", "Hiroshi", "MD"); b.prac("int", "Costa", "Isabel", "interpreter")
    copd = b.cond(cc(c(SCT, "13645005", "Chronic obstructive lung disease"), c(ICD, "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), text="COPD, GOLD 4 (group E), chronic hypoxemic respiratory failure"), "2011-01-01", asserter="pul")
    b.cond(cc(c(ICD, "J96.11", "Chronic respiratory failure with hypoxia")), "2024-06-01")
    b.cond(cc(c(ICD, "I27.23", "Pulmonary hypertension due to lung diseases and/or hypoxia")), "2025-02-01")
    b.obs(L("20150-9", "FEV1"), "2026-03-10", 0.52, "L", "L", 2.4, None, cat="procedure")
    b.obs(cc(c(LN, "20149-1", "FEV1 predicted"), text="FEV1 % predicted (post-bronchodilator)"), "2026-03-10", 19, "%", "%", 80, None, cat="procedure")
    for d, dend in [("2026-01-22", "2026-01-27"), ("2026-05-30", "2026-06-04"), ("2026-09-14", "2026-09-19")]:
        e = b.enc(d, "IMP", "Inpatient admission", "AECOPD with hypercapnic respiratory failure", "pul", end=dend, interp="int")
    b.obs(cc(c(LN, "2019-8", "Carbon dioxide [Partial pressure] in Arterial blood")), "2026-09-14", 68, "mm[Hg]", "mm[Hg]", 35, 45)
    e2 = b.enc("2026-07-15", "AMB", "Outside consultation - University lung transplant & advanced lung disease program", "second opinion: candidacy for transplant / lung volume reduction", "ext")
    b.note("2026-07-15", "Second opinion consultation - Advanced Lung Disease Program (outside records scanned)", "Reason for referral: second opinion requested by patient and family regarding any remaining options for severe COPD.\nImpression: 74M, GOLD 4 COPD, FEV1 19%, PaCO2 60s, PH, frailty (6MWD 140 m). Age >70 and frailty preclude lung transplantation. Homogeneous emphysema and DLCO 18% -> not a candidate for endobronchial valves or LVRS. Agree with maximal medical therapy, home NIV, and early palliative care/hospice when he is ready. Findings reviewed with patient through Portuguese interpreter.\n- H. Sato, MD, Pulmonary & Critical Care", pr="ext", enc=e2, typ=("11488-4", "Consult note"))
    e3 = b.enc("2026-11-09", "AMB", "Palliative care clinic", "goals of care", "pal", interp="int")
    b.vitals("2026-11-09", e3, 104, 62, 98, wt=52.0, spo2=88, rr=24)
    b.note("2026-11-09", "Palliative care note", "Portuguese interpreter present. 3 admissions this year with hypercapnia. Outside academic center second opinion (7/2026) confirmed no transplant/LVRS/valve options. Patient wishes to remain at home, no further hospitalizations or intubation. POLST: DNR, comfort-focused. Referred to home hospice. Morphine oral solution low dose for dyspnea.", pr="pal", enc=e3, typ=("11488-4", "Consult note"))
    b.sr(cc(c(SCT, "306205009", "Referral to hospice")), "active", "order", "2026-11-09", reason=cc(text="End-stage COPD"), pr="pal")
    b.med(cc(c(RX, "69120", "tiotropium"), text="tiotropium 2.5 mcg/actuation soft mist inhaler"), "2019-05-01", dose="2 inhalations daily", pr="pul")
    b.med(cc(c(RX, "7052", "morphine"), text="morphine sulfate 10 mg/5 mL oral solution"), "2026-11-09", dose="2.5 mg every 4 h as needed for dyspnea", pr="pal")
    b.med(cc(text="Home oxygen 3 L/min via nasal cannula continuous"), "2024-06-01", pr="pul")
    return b, dict(target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
        why="End-stage COPD with hospice referral, but a second opinion from an outside advanced-lung-disease program for the same problem is on record (July 2026, within 12 months), so the flag is suppressed.",
        summary="74M Portuguese-speaking GOLD 4 COPD, hospice referral after outside second opinion in 7/2026")

def sn_hit_pos(cid):
    b = B(cid, "sn4", dict(family="Gutierrez Ramos", given="Efrain", gender="male", birth="1965-11-02", mrn="SV-00344120",
          lang=("es", "Spanish"), payer="Medi-Cal (Molina Healthcare)", member="90112847C",
          addr={"use": "home", "line": ["1287 W Base Line St"], "city": "San Bernardino", "state": "CA", "postalCode": "92411"}))
    b.prac("ent", "Whitaker", "Joanna", "MD"); b.prac("ro", "Iyer", "Sanjay", "MD"); b.prac("mo", "Castellanos", "Diego", "MD"); b.prac("int", "Lopez", "Veronica", "interpreter")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2019-01-01")
    b.cond(cc(c(ICD, "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1985-01-01")
    e1 = b.enc("2026-09-22", "AMB", "ENT clinic", "neck lump x3 months", "ent", interp="int")
    b.vitals("2026-09-22", e1, 142, 86, 80, wt=72.5)
    b.proc(cc(c(CPT, "10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion"), text="US-guided FNA right level II lymph node"), "completed", "2026-09-29", pr="ent")
    b.proc(cc(c(CPT, "31525", "Laryngoscopy direct, with or without tracheoscopy; diagnostic, except newborn"), text="Direct laryngoscopy with biopsy of right tonsil/base of tongue"), "completed", "2026-10-13", pr="ent")
    path = b.obs(cc(c(LN, "22637-3", "Pathology report final diagnosis Narrative")), "2026-10-15", vstr="Right tonsil, biopsy: invasive squamous cell carcinoma, non-keratinizing. p16 immunostain: diffusely positive (HPV-associated).", cat="laboratory", interp="A")
    b.dr(cc(c(LN, "60567-5", "Comprehensive pathology report panel")), "2026-10-15", "Invasive squamous cell carcinoma of right tonsil, p16-positive.", [path], cat=("SP", "Surgical Pathology"))
    pet = b.obs(cc(c(CPT, "78815", "Positron emission tomography (PET) with concurrently acquired computed tomography (CT) for attenuation correction and anatomical localization imaging; skull base to mid-thigh"), text="PET/CT skull base to mid-thigh"), "2026-10-27", vstr="FDG-avid right tonsil primary (SUV 14) with ipsilateral level II/III nodes (largest 3.1 cm). No distant disease.", cat="imaging", interp="A")
    cancer = b.cond(cc(c(ICD, "C09.9", "Malignant neoplasm of tonsil, unspecified"), c(SCT, "363353009", "Malignant neoplasm of tonsil"), text="Squamous cell carcinoma right tonsil, p16+, cT2 N1 M0 (AJCC 8th, stage I)"), "2026-10-15", asserter="ent")
    b.note("2026-11-03", "Head and neck tumor board", "61M, p16+ SCC right tonsil cT2N1M0, 40 pack-year current smoker. Options discussed: transoral robotic surgery + neck dissection vs definitive chemoradiation. Board recommendation: definitive chemoradiation (IMRT 70 Gy in 35 fractions with concurrent weekly cisplatin 40 mg/m2) given smoking status and bulky nodal disease. Dental extractions completed 11/17. Sim 11/25. Start 12/14/2026.", pr="ro", typ=("11488-4", "Consult note"))
    b.sr(cc(c(CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), c(SCT, "1287742003", "Radiotherapy"), text="IMRT to oropharynx and bilateral neck 70 Gy/35 fx"),
         "active", "order", "2026-11-25", occ="2026-12-14", reason=cc(text="SCC right tonsil p16+"), pr="ro")
    b.careplan("Radiation oncology treatment plan", "active", "plan", "2026-11-25", "Definitive concurrent chemoradiation: IMRT 70 Gy/35 fx starting 12/14/2026 with weekly cisplatin x7.", addresses=[cancer], pr="ro",
               activities=[("IMRT 70 Gy in 35 fractions", "scheduled", cc(c(SCT, "1287742003", "Radiotherapy"))), ("Weekly cisplatin 40 mg/m2", "scheduled", cc(c(SCT, "367336001", "Chemotherapy"))), ("Speech/swallow therapy prehab", "in-progress", None)])
    b.med(cc(c(RX, "2555", "cisplatin"), c(HCPCS, "J9060", "Injection, cisplatin, powder or solution, 10 mg"), text="cisplatin 40 mg/m2 IV weekly"), "2026-11-26", status="active", dose="40 mg/m2 (74 mg) IV over 1 h weekly x7 during RT, starting 12/14/2026", pr="mo", reason=cc(text="SCC tonsil"))
    e2 = b.enc("2026-11-26", "AMB", "Medical oncology consultation", "concurrent chemotherapy", "mo", interp="int")
    b.vitals("2026-11-26", e2, 138, 84, 76, wt=71.2)
    b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-11-26", 0.84, "mg/dL", "mg/dL", 0.7, 1.3, enc=e2)
    b.obs(cc(text="Audiogram, baseline"), "2026-11-20", vstr="Mild high-frequency sensorineural loss bilaterally, age-appropriate.", cat="procedure", interp=None)
    b.med(cc(c(RX, "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2020-03-01", dose="5 mg daily")
    return b, dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
        why="Definitive chemoradiation (IMRT 70 Gy plus weekly cisplatin) ordered and scheduled to start 2026-12-14 for tonsil SCC.",
        summary="61M Spanish-speaking, p16+ tonsil SCC; concurrent IMRT + cisplatin to start 12/14")

def sn_hit_nm(cid):
    b = B(cid, "sn4", dict(family="Cruz Pineda", given="Juan Carlos", gender="male", birth="1988-06-11", mrn="SV-00877015",
          lang=("es", "Spanish"), payer="Medi-Cal (Inland Empire Health Plan)", member="93318776F",
          addr={"use": "home", "line": ["15 Ranch Rd Unit 4"], "city": "Coachella", "state": "CA", "postalCode": "92236"}))
    b.prac("ed", "Park", "Jennifer", "MD"); b.prac("neph", "Adeyemi", "Tolu", "MD"); b.prac("hosp", "Ramirez", "Ana", "MD"); b.prac("int", "Lopez", "Veronica", "interpreter")
    e1 = b.enc("2026-08-01", "IMP", "Inpatient admission", "collapsed in the field, dark urine", "hosp", end="2026-08-07", interp="int")
    b.vitals("2026-08-01", e1, 98, 58, 122, temp=39.4, wt=74.0)
    b.cond(cc(c(ICD, "T67.01XA", "Heatstroke and sunstroke, initial encounter")), "2026-08-01", status="resolved", abate="2026-08-03", cat="encounter-diagnosis", enc=e1)
    b.cond(cc(c(ICD, "M62.82", "Rhabdomyolysis")), "2026-08-01", status="resolved", abate="2026-08-20", cat="encounter-diagnosis", enc=e1)
    aki = b.cond(cc(c(ICD, "N17.0", "Acute kidney failure with tubular necrosis"), c(SCT, "14669001", "Acute renal failure syndrome")), "2026-08-01", status="resolved", abate="2026-09-10", enc=e1, asserter="neph")
    for d, ck, cr, k in [("2026-08-01", 88400, 3.9, 5.4), ("2026-08-03", 41200, 4.8, 5.0), ("2026-08-05", 9600, 3.6, 4.4), ("2026-08-07", 2100, 2.1, 4.1)]:
        b.obs(L("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"), d, ck, "U/L", "U/L", 39, 308, enc=e1)
        b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), d, cr, "mg/dL", "mg/dL", 0.7, 1.3, enc=e1)
    b.obs(L("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), "2026-08-03", 5.0, "mmol/L", "mmol/L", 3.5, 5.1, enc=e1)
    b.note("2026-08-03", "Nephrology consult", "Spanish interpreter. 38M farmworker with exertional heat stroke, rhabdo (CK 88k), oliguric AKI Cr 4.8. Volume resuscitated. No emergent indication for renal replacement therapy currently (K 5.0, no acidosis, no overload). Will place order for hemodialysis if no improvement in urine output by tomorrow; temporary HD catheter would be needed.", pr="neph", enc=e1, typ=("11488-4", "Consult note"))
    b.sr(cc(c(CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), c(SCT, "302497006", "Hemodialysis"), text="Hemodialysis - initiate if oliguria persists"),
         "revoked", "order", "2026-08-03", reason=aki, pr="neph", note="Discontinued 8/4: urine output 2.1 L/24 h, creatinine falling; dialysis not needed.")
    b.note("2026-08-07", "Discharge summary", "Heat stroke with rhabdomyolysis and AKI (ATN). Non-oliguric recovery from day 3; dialysis never required. Discharge Cr 2.1. Follow-up nephrology 2 weeks; no NSAIDs; hydration and heat safety education; work note.", pr="hosp", enc=e1, typ=("18842-5", "Discharge summary"))
    e2 = b.enc("2026-08-21", "AMB", "Nephrology clinic", "AKI follow-up", "neph", interp="int")
    b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-08-21", 1.3, "mg/dL", "mg/dL", 0.7, 1.3, enc=e2)
    e3 = b.enc("2026-11-16", "AMB", "FQHC primary care", "follow-up, back to work", "ed", interp="int", org=b.SITE)
    b.vitals("2026-11-16", e3, 118, 74, 68, wt=75.2)
    b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-11-16", 0.96, "mg/dL", "mg/dL", 0.7, 1.3, enc=e3)
    b.obs(L("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"), "2026-11-16", 104, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None, enc=e3)
    b.note("2026-11-16", "FQHC note", "Interpreter present. Fully recovered from August heat illness. Cr 0.96, eGFR 104. Returned to work with employer heat-safety plan (shade, water breaks). CHW gave info on Cal/OSHA heat rules.", pr="ed", enc=e3)
    return b, dict(target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
        why="A hemodialysis order was placed during AKI but revoked the next day when renal function recovered; dialysis was never performed and kidney function is now normal.",
        summary="38M farmworker with heat-stroke rhabdomyolysis/AKI; hemodialysis order revoked, full renal recovery")

def sn_prc_pos(cid):
    b = B(cid, "sn1", dict(family="Joseph", given="Marie-Ange", gender="female", birth="1974-08-19", mrn="AV2209461",
          lang=("ht", "Haitian Creole"), payer="Medi-Cal (Anthem Blue Cross)", member="94420118D",
          addr={"use": "home", "line": ["2901 Foothill Blvd Apt 6"], "city": "Oakland", "state": "CA", "postalCode": "94601"}))
    b.prac("pcp", "Kaplan", "Miriam", "MD"); b.prac("pod", "Stein", "Gary", "DPM"); b.prac("chw", "Dorval", "Nadege", "CHW"); b.prac("ma", "Tran", "Kevin", "MA")
    dm = b.cond(cc(c(ICD, "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"), c(SCT, "230572002", "Diabetic neuropathy")), "2018-05-01", asserter="pcp")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2018-05-01")
    b.cond(cc(c(ICD, "E66.9", "Obesity, unspecified")), "2018-05-01")
    for d, a in [("2026-02-10", 7.5), ("2026-06-09", 7.3), ("2026-10-13", 7.4)]:
        b.obs(L("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a, "%", "%", 4.0, 5.6)
    e1 = b.enc("2026-10-13", "AMB", "FQHC primary care", "burning feet", "pcp", org=b.SITE)
    b.vitals("2026-10-13", e1, 134, 82, 78, wt=91.0, bmi=34.4)
    b.obs(cc(text="Monofilament foot exam"), "2026-10-13", vstr="Reduced sensation 4/10 sites bilaterally. No ulcers. Pulses palpable.", cat="exam", interp="A", enc=e1)
    b.med(cc(c(RX, "6809", "metformin"), text="metformin 1000 mg tablet"), "2018-06-01", dose="1000 mg twice daily", pr="pcp")
    b.med(cc(c(RX, "25480", "gabapentin"), text="gabapentin 300 mg capsule"), "2025-11-04", dose="300 mg three times daily", pr="pcp")
    b.med(cc(c(RX, "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2018-06-01", dose="20 mg daily", pr="pcp")
    b.note("2026-10-13", "FQHC primary care note", "Creole interpreter by phone. Feet burning worse at night. On gabapentin 300 TID, sleepy. A1c 7.4. Exam: stocking sensory loss. Plan: continue gabapentin, foot care education, podiatry annual. Patient asked about a 'nerve study' - explained not needed, diagnosis clear.", pr="pcp", enc=e1)
    e2 = b.enc("2026-11-02", "AMB", "Podiatry", "diabetic foot exam", "pod", org=b.SITE)
    b.note("2026-11-02", "Podiatry note", "Diabetic foot exam. No ulcer. Mild callus trimmed. Shoes reviewed. Return 12 months.", pr="pod", enc=e2)
    c1 = b.comm("2026-11-18T19:42:00-08:00", "[Portal message, written in Haitian Creole; translated by CHW N. Dorval] Doctor, my feet burn every night and I cannot sleep. Every time I come, they say it is the sugar and give the same medicine. Nobody looks at my feet properly or listens. I would like a second opinion from another doctor, maybe a nerve specialist. Please tell me how to do this. - Marie-Ange",
                b.P, b.pracs["pcp"], medium=("EMAILWRIT", "email"), cat="Patient portal message")
    b.comm("2026-11-19T10:05:00-08:00", "Message received; Dr. Kaplan out until 11/30. Routed to care team. CHW will call patient with interpreter.", b.pracs["ma"], b.P, inResp=c1, cat="Portal reply")
    b.note("2026-11-20", "CHW telephone note", "Called pt in Creole. She repeats she wants 'another doctor, a specialist' to see her feet; feels the clinic does not take her pain seriously. Also needs help with utility bill - PG&E assistance application started.", pr="chw", typ=("34109-9", "Note"))
    return b, dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
        why="Patient-authored portal Communication (translated) explicitly asking for a second opinion and saying nobody listens; confirmed in a CHW note.",
        summary="50F Haitian Creole-speaking, painful diabetic neuropathy; portal message asks for second opinion")

def sn_wdt_pos(cid):
    b = B(cid, "sn2", dict(family="Salgado", given="Rosa Elena", gender="female", birth="1982-12-05", mrn="RP0230771",
          lang=("es", "Spanish"), payer="Medicaid - Healthy Louisiana (Louisiana Healthcare Connections)", member="LA66718203",
          addr={"use": "home", "line": ["1920 Elysian Fields Ave"], "city": "New Orleans", "state": "LA", "postalCode": "70117"}))
    b.prac("pcp", "Thibodeaux", "Claire", "MD"); b.prac("int", "Reyes", "Marisol", "interpreter"); b.prac("chw", "Batiste", "Andre", "CHW"); b.prac("ed", "Landry", "Paul", "MD")
    asth = b.cond(cc(c(ICD, "J45.50", "Severe persistent asthma, uncomplicated"), c(SCT, "426979002", "Mild persistent asthma"), text="Persistent asthma, moderate-severe"), "2015-01-01", asserter="pcp")
    asth_r = b.entries[-1]; asth_r["code"] = cc(c(ICD, "J45.50", "Severe persistent asthma, uncomplicated"), text="Severe persistent asthma")
    b.cond(cc(c(ICD, "E66.9", "Obesity, unspecified")), "2015-01-01")
    b.cond(cc(c(ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2020-01-01")
    b.med(cc(c(RX, "896188", "budesonide 160 MCG / formoterol fumarate dihydrate 4.5 MCG per actuation inhaler"), text="budesonide-formoterol (Symbicort) 160/4.5"), "2025-09-08", dose="2 puffs twice daily and as needed (MART)", reason=cc(text="Asthma"), pr="pcp")
    b.med(cc(c(RX, "20610", "cetirizine")), "2022-01-01", kind="MedicationStatement", dose="10 mg daily")
    b.med(cc(c(RX, "7646", "omeprazole")), "2020-01-01", kind="MedicationStatement", dose="20 mg daily")
    act = cc(c("http://fhir.riverbendpublic.org/CodeSystem/flowsheet", "ACT-TOTAL", "ACT asthma control total score"), text="ACT asthma control score (total)")
    for d, s, fev in [("2026-03-16", 19, 2.42), ("2026-06-22", 15, 2.15), ("2026-09-28", 12, 1.96), ("2026-11-16", 10, 1.81)]:
        e = b.enc(d, "AMB", "FQHC primary care - asthma visit", "asthma follow-up", "pcp", interp="int", org=b.SITE)
        b.obs(act, d, s, "{score}", "{score}", 20, 25, cat="survey", enc=e, refText="20-25 well controlled; 16-19 not well controlled; <=15 very poorly controlled")
        b.obs(L("20150-9", "FEV1"), d, fev, "L", "L", 2.45, None, cat="procedure", enc=e)
    b.obs(cc(text="Pharmacy refill record - budesonide-formoterol"), "2026-11-16", vstr="Fills every 25-30 days since 09/2025 (proportion of days covered 0.94). Inhaler technique checked by RN 6/2026 and 11/2026: correct with spacer.", cat="social-history", interp=None)
    e5 = b.enc("2026-09-05", "EMER", "Emergency department visit", "asthma attack", "ed", end="2026-09-05", interp="int")
    b.vitals("2026-09-05", e5, 132, 84, 112, spo2=92, rr=26)
    b.med(cc(c(RX, "8640", "prednisone"), text="prednisone 40 mg daily x5 days"), "2026-09-05", status="completed", pr="ed")
    b.note("2026-11-16", "Asthma visit note", "Spanish interpreter in person.\n43F persistent asthma on budesonide-formoterol maintenance + reliever since 9/2025, adherent (PDC 0.94, technique correct). Despite this: ACT 19 (3/26) -> 15 (6/26) -> 12 (9/26) -> 10 today; FEV1 2.42 -> 1.81 L. ED visit 9/5 with prednisone burst. Night symptoms 4x/week. Home: CHW visit found no mold; no smokers; works at dry cleaner (solvent exposure?).\nPlan: refer pulmonary for step-up (biologic evaluation), CBC w/ eosinophils, IgE; occupational history.", pr="pcp", enc=b.entries[-6]["id"] and None)
    return b, dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
        why="Asthma Control Test fell 19 -> 15 -> 12 -> 10 over 8 months (MCID 3) and FEV1 fell 2.42 -> 1.81 L while on continuous, adherent budesonide-formoterol.",
        summary="43F Spanish-speaking, persistent asthma worsening (ACT 19->10, FEV1 down) despite adherent ICS-formoterol")

def sn_wdt_nm(cid):
    b = B(cid, "sn3", dict(family="Begley", given="Harold Wayne", gender="male", birth="1967-03-28", mrn="HC2098813",
          payer="Kentucky Medicaid (Humana Healthy Horizons)", member="KY5529107",
          addr={"use": "home", "line": ["402 Main St"], "city": "Cumberland", "state": "KY", "postalCode": "40823"}))
    b.prac("pcp", "Sizemore", "Wade", "PA-C"); b.prac("bh", "Turner", "Ashley", "LCSW")
    dep = b.cond(cc(c(ICD, "F33.1", "Major depressive disorder, recurrent, moderate"), c(SCT, "66344007", "Recurrent major depression")), "2019-04-01", asserter="pcp")
    b.cond(cc(c(ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2020-01-01")
    b.cond(cc(c(ICD, "M54.50", "Low back pain, unspecified")), "2023-05-01", status="resolved", abate="2023-09-01")
    b.med(cc(c(RX, "36437", "sertraline"), text="sertraline 100 mg tablet"), "2025-10-01", dose="100 mg daily", reason=cc(text="Depression"), pr="pcp")
    b.med(cc(c(RX, "69120", "tiotropium")), "2020-01-01", dose="1 inhalation daily", pr="pcp")
    for d, s in [("2026-05-12", 9), ("2026-08-11", 11), ("2026-11-10", 12)]:
        e = b.enc(d, "AMB", "FQHC integrated behavioral health visit", "depression follow-up", "pcp", org=b.SITE)
        b.obs(L("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), d, s, "{score}", "{score}", cat="survey", interp=None, enc=e,
              refText="0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe")
        b.vitals(d, e, 136, 84, 76, wt=94.0 + (0.5 if s > 10 else 0))
    b.obs(L("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), "2025-10-01", 17, "{score}", "{score}", cat="survey", interp=None)
    b.obs(cc(c(LN, "93373-9", "Columbia-Suicide Severity Rating Scale screener"), text="C-SSRS screen"), "2026-11-10", vstr="Negative", cat="survey", interp="N")
    b.note("2026-11-10", "Behavioral health note", "PHQ-9 12 today (9 in May, 11 in Aug; 17 at start of sertraline 10/2025). Mild seasonal dip; mine layoff rumors. Sleep OK. Denies SI. Engaged in CBT with LCSW every 2 weeks. Plan: continue sertraline 100 mg; behavioral activation; recheck 3 months.", pr="bh", enc=b.entries[-6]["id"] and None)
    return b, dict(target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
        why="PHQ-9 on sertraline drifted 9 -> 11 -> 12 over 6 months, a 3-point rise below the 5-point MCID (and still far better than 17 at treatment start).",
        summary="59M recurrent depression on sertraline, PHQ-9 9->12 (below MCID)")

def sn_roc_pos(cid):
    b = B(cid, "sn1", dict(family="Washington", given="Loretta Mae", gender="female", birth="1960-10-08", mrn="AV0811245",
          payer="Medicare Advantage (Alameda Alliance D-SNP)", member="3WR7-KL9-TT20",
          addr={"use": "home", "line": ["7722 MacArthur Blvd"], "city": "Oakland", "state": "CA", "postalCode": "94605"}))
    b.prac("pcp", "Kaplan", "Miriam", "MD"); b.prac("card", "Banerjee", "Ravi", "MD"); b.prac("rh", "Odum", "Felicia", "MD"); b.prac("neph", "Zhou", "Lin", "MD")
    b.cond(cc(c(ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2009-01-01", asserter="pcp")
    b.cond(cc(c(ICD, "N18.32", "Chronic kidney disease, stage 3b")), "2021-06-01", asserter="neph")
    b.cond(cc(c(ICD, "I50.32", "Chronic diastolic (congestive) heart failure"), text="HFpEF"), "2022-03-01", asserter="card")
    b.cond(cc(c(ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2017-01-01")
    b.cond(cc(c(ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), text="Seropositive rheumatoid arthritis"), "2012-01-01", asserter="rh")
    b.cond(cc(c(ICD, "F33.0", "Major depressive disorder, recurrent, mild")), "2019-01-01")
    b.cond(cc(text="Right ankle fracture"), "2023-02-02", status="resolved", abate="2023-05-01")
    for d in ["2026-05-20", "2026-11-04"]:
        e = b.enc(d, "AMB", "FQHC primary care - chronic care", "multiple chronic conditions follow-up", "pcp", org=b.SITE)
        b.vitals(d, e, 132, 74, 70, wt=86.2, spo2=95)
    b.obs(L("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-05-20", 7.6, "%", "%", 4.0, 5.6)
    b.obs(L("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-11-04", 7.4, "%", "%", 4.0, 5.6)
    b.obs(L("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"), "2026-05-20", 38, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None)
    b.obs(L("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)"), "2026-11-04", 37, "mL/min/{1.73_m2}", "mL/min/{1.73_m2}", 60, None)
    b.obs(L("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), "2026-11-04", 410, "pg/mL", "pg/mL", None, 125)
    b.med(cc(c(RX, "274783", "insulin glargine")), "2021-01-01", dose="22 units at bedtime", pr="pcp")
    b.med(cc(c(RX, "1545653", "empagliflozin 10 MG Oral Tablet"), text="empagliflozin 10 mg"), "2022-04-01", dose="10 mg daily", pr="card")
    b.med(cc(c(RX, "4603", "furosemide")), "2022-03-01", dose="40 mg daily", pr="card")
    b.med(cc(c(RX, "5521", "hydroxychloroquine")), "2012-06-01", dose="200 mg daily", pr="rh")
    b.med(cc(text="fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 mcg inhaler"), "2023-01-01", dose="1 inhalation daily")
    b.med(cc(c(RX, "36437", "sertraline")), "2019-02-01", dose="50 mg daily", pr="pcp")
    b.note("2026-11-04", "Chronic care management note", "66F with T2DM + CKD 3b (eGFR 37, stable), HFpEF (NYHA II, euvolemic), COPD (no exacerbations 2026), seropositive RA on HCQ (low disease activity per rheum 9/2026), recurrent depression (PHQ-9 6). Sees cardiology, nephrology, rheumatology, pulm at county hospital; 13 active medications; cost and transport barriers (Paratransit enrolled). Care coordination: single med list reconciled; pillbox; CHW monthly.", pr="pcp")
    return b, dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
        why="Six active chronic conditions managed across at least five specialties (endocrinology/primary care, nephrology, cardiology, pulmonology, rheumatology, behavioural health); all currently stable.",
        summary="66F with diabetes, CKD 3b, HFpEF, COPD, RA and depression followed by 4+ specialties (complexity)")
