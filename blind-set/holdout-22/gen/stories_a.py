from lib import *

P1, P2, P3, P4 = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS"
P5, P6, P7, P8 = "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"

def cbc(b, date, enc, hgb=13.6, wbc=6.8, plt=245, mcv=89, sex="F"):
    lo, hi = (12.0, 15.5) if sex == "F" else (13.5, 17.5)
    out = [b.obs(cc(ln("718-7", "Hemoglobin [Mass/volume] in Blood")), date, hgb, "g/dL", "g/dL", "N" if lo <= hgb <= hi else ("L" if hgb < lo else "H"), lo, hi, enc=enc),
           b.obs(cc(ln("6690-2", "Leukocytes [#/volume] in Blood by Automated count")), date, wbc, "10*3/uL", "10*3/uL", "N" if 4.0 <= wbc <= 11.0 else "H", 4.0, 11.0, enc=enc),
           b.obs(cc(ln("777-3", "Platelets [#/volume] in Blood by Automated count")), date, plt, "10*3/uL", "10*3/uL", "N", 150, 400, enc=enc),
           b.obs(cc(ln("787-2", "MCV [Entitic volume] by Automated count")), date, mcv, "fL", "fL", "N" if 80 <= mcv <= 100 else "L", 80, 100, enc=enc)]
    return out

def bmp(b, date, enc, na=139, k=4.2, cr=0.82, glu=92, crhi=1.10, egfr=None):
    out = [b.obs(cc(ln("2951-2", "Sodium [Moles/volume] in Serum or Plasma")), date, na, "mmol/L", "mmol/L", "N", 135, 145, enc=enc),
           b.obs(cc(ln("2823-3", "Potassium [Moles/volume] in Serum or Plasma")), date, k, "mmol/L", "mmol/L", "N" if 3.5 <= k <= 5.1 else "H", 3.5, 5.1, enc=enc),
           b.obs(cc(ln("2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), date, cr, "mg/dL", "mg/dL", "N" if cr <= crhi else "H", 0.55, crhi, enc=enc),
           b.obs(cc(ln("2345-7", "Glucose [Mass/volume] in Serum or Plasma")), date, glu, "mg/dL", "mg/dL", "N" if 70 <= glu <= 99 else "H", 70, 99, enc=enc)]
    if egfr is not None:
        out.append(b.obs(cc(ln("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")), date, egfr, "mL/min/1.73m2", "mL/min/{1.73_m2}", "N" if egfr >= 60 else "L", 60, None, enc=enc))
    return out

PHQ9 = cc(ln("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"))
GAD7 = cc(ln("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"))
AUDITC = cc(ln("75626-2", "Total score [AUDIT-C]"))
PAIN = cc(ln("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))

# ===================================================================== P1 positive: palpitations
def p1_palpitations(cid):
    b = Bundle(cid, "prairie")
    b.patient("Danielle Marie", "Kowalczyk", "female", "1992-03-17", "2214 Ellis Blvd NW", "E4418203", "319-555-2291", "M")
    pcp = b.practitioner("Angela", "Ruiz", "MD, Family Medicine", "1467523098")
    card = b.practitioner("Tomasz", "Nowicki", "MD, Cardiovascular Disease", "1730284519")
    b.coverage("Wellmark Blue Cross Blue Shield of Iowa", "Alliance Select PPO", "WMK338201947")
    rhin = b.condition(problem("61582004", "Allergic rhinitis", "J30.2", "Other seasonal allergic rhinitis"), "2014-05-01")
    b.condition(problem("68566005", "Urinary tract infectious disease", "N30.00", "Acute cystitis without hematuria"), "2025-08-11", status="resolved", abate="2025-08-18", cat="encounter-diagnosis")
    palp = b.condition(problem("80313002", "Palpitations", "R00.2", "Palpitations"), "2026-06-10", note="Episodes of pounding/racing heartbeat with exertion and at rest, occasional lightheadedness. Onset early June 2026.")
    e1 = b.encounter("2026-06-10", cc(text="Office Visit"), pract=pcp, reason="Heart racing")
    b.vitals("2026-06-10", e1, 118, 72, 84, 63.2, 23.1)
    b.obs(cc(ln("8601-7", "EKG impression")), "2026-06-10", vstr="Normal sinus rhythm, rate 78. Normal intervals (PR 148 ms, QTc 421 ms). No pre-excitation. Normal ECG.", interp="N", cat="procedure", enc=e1)
    labs = cbc(b, "2026-06-10", e1, 13.4) + bmp(b, "2026-06-10", e1)
    labs.append(b.obs(cc(ln("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-06-10", 1.82, "u[IU]/mL", "u[IU]/mL", "N", 0.45, 4.5, enc=e1))
    labs.append(b.obs(cc(ln("19123-9", "Magnesium [Mass/volume] in Serum or Plasma")), "2026-06-10", 2.0, "mg/dL", "mg/dL", "N", 1.6, 2.6, enc=e1))
    b.report(cc(ln("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Palpitations workup labs"), "2026-06-10", labs, "All results within reference range.")
    b.note("progress", "2026-06-10", """OFFICE VISIT - Prairie Ridge Clinic Family Medicine
CC: heart racing x 3 weeks
HPI: 34 yo F, episodes of rapid pounding heartbeat 3-4x/wk lasting 5-20 min, some with lightheadedness. No syncope. 1 cup coffee/day, no energy drinks, no stimulants. No weight loss, no heat intolerance.
EXAM: RRR, no murmur. Thyroid nonpalpable.
ECG: NSR, normal.
A/P: Palpitations (R00.2). CBC, BMP, TSH, Mg. 14-day ambulatory monitor ordered. Reduce caffeine.""", pcp, e1)
    e2 = b.encounter("2026-07-22", cc(text="Office Visit"), pract=pcp, reason="Follow-up palpitations")
    b.vitals("2026-07-22", e2, 114, 70, 88, 62.8)
    mon = b.obs(cc(text="14-day ambulatory ECG patch monitor interpretation"), "2026-07-14", vstr="Predominant rhythm sinus, HR 54-148 (avg 81). Rare PACs (<1%), rare PVCs (<1%). No atrial fibrillation, no SVT, no pauses. 11 patient-triggered events correlated with sinus rhythm/sinus tachycardia 96-118 bpm.", interp="N", cat="procedure")
    b.report(cc(ln("18754-2", "Cardiac monitor study"), text="Ambulatory ECG monitor, 14 day"), "2026-07-14", [mon], "Normal ambulatory monitor. Symptoms correlate with sinus rhythm.", cat="EC", performer=card)
    b.note("progress", "2026-07-22", """FOLLOW-UP - palpitations
Still having episodes several times/week, now also when sitting at her desk. 2 episodes of near-fainting at work (had to sit on floor).
Monitor: sinus rhythm during triggered events. Labs normal.
A/P: Palpitations with presyncope, workup so far reassuring. Refer cardiology for echo and evaluation.""", pcp, e2)
    e3 = b.encounter("2026-09-02", cc(text="New Patient Consult - Cardiology"), pract=card, reason="Palpitations, presyncope")
    b.vitals("2026-09-02", e3, 112, 68, 92)
    echo = b.obs(cc(ln("10230-1", "Left ventricular Ejection fraction")), "2026-09-02", 61, "%", "%", "N", 52, 72, cat="imaging", enc=e3)
    b.report(cc(ln("34552-0", "2D echocardiogram panel")), "2026-09-02", [echo], "Structurally normal heart. LVEF 61%. Normal valves. No pericardial effusion.", cat="CUS", performer=card)
    b.obs(cc(text="Orthostatic vital signs"), "2026-09-02", vstr="Supine HR 72 BP 112/68; standing 3 min HR 94 BP 110/70; 10 min HR 98. Increase <30 bpm.", interp="N", cat="exam", enc=e3)
    b.note("consult", "2026-09-02", """CARDIOLOGY CONSULT
Reason: palpitations since June 2026, presyncope x2.
Monitor: sinus, no arrhythmia. Echo normal. Orthostatic vitals do not meet POTS criteria.
Impression: Palpitations with structurally normal heart, no arrhythmia identified. No cardiac cause found. Reassurance given. Hydration, return to PCP. No cardiology follow-up needed.""", card, e3)
    e4 = b.encounter("2026-10-28", cc(text="Office Visit"), pract=pcp, reason="Palpitations ongoing")
    b.vitals("2026-10-28", e4, 116, 72, 86, 61.9)
    b.obs(cc(sct("80313002", "Palpitations")), "2026-10-28", vcc=cc(sct("52101004", "Present")), cat="exam", enc=e4, note="Ongoing, 3-5 episodes/wk, one near-syncope 10/19 in grocery store.")
    b.note("progress", "2026-10-28", """FOLLOW-UP
Pt reports symptoms unchanged, still 3-5 episodes/week, 1 more near-syncope 10/19. Worried. Tired of being told everything is normal.
Reviewed: ECG normal, 14-day monitor sinus, echo normal, TSH/CBC/BMP normal, orthostatics normal.
A/P: Palpitations, no identified cause. Reassured. Return PRN.""", pcp, e4)
    b.med(cc(rx("20610", "cetirizine"), text="cetirizine 10 mg tablet"), "2024-04-02", dose="10 mg by mouth daily as needed", requester=pcp, reason=rhin)
    return b, dict(target=P1, kind="positive", expected=[P1],
        why="Palpitations with presyncope recorded on 4 dates over 20 weeks; ECG, 14-day monitor, echo, orthostatics and labs all normal; no explanatory diagnosis, patient told nothing is wrong.",
        summary="34F palpitations/presyncope since June, ECG/monitor/echo/labs normal, still symptomatic (Epic, Iowa)")

# ===================================================================== P1 positive: IDA not followed up
def p1_ida(cid):
    b = Bundle(cid, "northwoods")
    b.patient("Gerald Thomas", "Lindqvist", "male", "1965-01-09", "418 Fairfax St", "N7710352", "715-555-8023", "M")
    pcp = b.practitioner("Heather", "Olson", "MD, Internal Medicine", "1588420937")
    b.coverage("Quartz Health Solutions", "Quartz One HMO", "QTZ90021845")
    htn = b.condition(problem("38341003", "Hypertensive disorder, systemic arterial", "I10", "Essential (primary) hypertension"), "2016-03-22")
    lip = b.condition(problem("267434003", "Hypercholesterolemia, mixed", "E78.2", "Mixed hyperlipidemia"), "2018-09-10")
    b.condition(problem("10509002", "Acute bronchitis", "J20.9", "Acute bronchitis"), "2025-12-03", status="resolved", abate="2025-12-20", cat="encounter-diagnosis")
    e1 = b.encounter("2026-08-18", cc(text="Annual Wellness / Physical"), pract=pcp, reason="Annual exam")
    b.vitals("2026-08-18", e1, 132, 82, 78, 91.4, 28.6)
    labs = cbc(b, "2026-08-18", e1, hgb=10.3, mcv=73, plt=412, sex="M")
    b.res[-2]["interpretation"] = [cc(c(INTERP, "H", "High"))]  # platelets flag
    b.res[-2]["valueQuantity"]["value"] = 452
    labs.append(b.obs(cc(ln("2276-4", "Ferritin [Mass/volume] in Serum or Plasma")), "2026-08-18", 6, "ng/mL", "ng/mL", "L", 24, 336, enc=e1))
    labs.append(b.obs(cc(ln("2498-4", "Iron [Mass/volume] in Serum or Plasma")), "2026-08-18", 28, "ug/dL", "ug/dL", "L", 59, 158, enc=e1))
    labs.append(b.obs(cc(ln("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma")), "2026-08-18", 6, "%", "%", "L", 20, 50, enc=e1))
    b.report(cc(ln("58410-2", "CBC panel - Blood by Automated count")), "2026-08-18", labs[:4], "Microcytic anemia. Hgb 10.3 (L), MCV 73 (L). Reactive thrombocytosis.")
    b.report(cc(text="Iron studies"), "2026-08-18", labs[4:], "Low ferritin, low iron saturation consistent with iron deficiency.")
    bmp(b, "2026-08-18", e1, cr=0.98, crhi=1.27, glu=97, egfr=88)
    b.obs(cc(ln("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma")), "2026-08-18", 182, "mg/dL", "mg/dL", "N", None, 200, enc=e1)
    b.obs(cc(ln("72166-2", "Tobacco smoking status")), "2026-08-18", vcc=cc(sct("8517006", "Ex-smoker")), cat="social-history", enc=e1)
    b.note("progress", "2026-08-18", """ANNUAL PHYSICAL
61 yo M. Reports being more tired this summer, gets winded on stairs at the warehouse. Denies melena or hematochezia that he has noticed. No NSAIDs except occasional ibuprofen for back. No prior colonoscopy (declined Cologuard 2023).
PE: mild conjunctival pallor. Abd soft NT.
A/P:
1. HTN - controlled on lisinopril.
2. Mixed hyperlipidemia - atorvastatin.
3. Fatigue - labs today.
4. CRC screening overdue - discussed, pt will think about it.""", pcp, e1)
    b.communication("2026-08-20T12:14:00-05:00", "Your blood count shows you are low in iron (anemia). I have sent a prescription for iron tablets. Please take one daily with orange juice. - Dr. Olson's office", f"Practitioner/{pcp.split('/')[1]}", b.pt,
                    category=cc(text="Patient Message"), medium=cc(text="MyChart"))
    b.med(cc(text="ferrous sulfate 325 mg (65 mg iron) tablet", *[c("urn:oid:1.2.840.114350.1.13.338.2.7.2.698288", "31055", "FERROUS SULFATE 325 MG (65 MG IRON) PO TABS")]), "2026-08-20", dose="325 mg by mouth daily", requester=pcp)
    b.med(cc(rx("29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2016-03-22", dose="20 mg by mouth daily", requester=pcp, reason=htn)
    b.med(cc(rx("83367", "atorvastatin"), text="atorvastatin 40 mg tablet"), "2018-09-10", dose="40 mg by mouth nightly", requester=pcp, reason=lip)
    e2 = b.encounter("2026-10-07", cc(text="Telephone"), cls="VR", pract=pcp, reason="Medication refill")
    b.note("telephone", "2026-10-07", "Pt called for lisinopril refill. Refilled x 90 days. No other concerns voiced.", pcp, e2)
    return b, dict(target=P1, kind="positive", expected=[P1],
        why="New iron-deficiency anaemia (Hb 10.3, MCV 73, ferritin 6) in a 61-year-old man on 2026-08-18 with no colonoscopy, GI referral or repeat count in the 105 days since - a Murphy red-flag e-trigger with no follow-up; only oral iron was sent.",
        summary="61M new iron-deficiency anaemia Aug 2026, no GI evaluation or repeat labs by Dec (Epic, Wisconsin)")

# ===================================================================== P1 positive: return visits
def p1_returns(cid):
    b = Bundle(cid, "greatrivers")
    b.patient("Renee Lynn", "Haskins", "female", "1979-07-30", "1207 Maine St", "G2259087", "217-555-6641", "D")
    pcp = b.practitioner("Marcus", "Feld", "DO, Family Medicine", "1902837465")
    edoc = b.practitioner("Priya", "Raman", "MD, Emergency Medicine", "1275039184")
    edoc2 = b.practitioner("Colin", "Brandt", "MD, Emergency Medicine", "1093847562")
    b.coverage("Health Alliance Medical Plans", "HMO Gold", "HAM55091723")
    b.condition(problem("40930008", "Hypothyroidism", "E03.8", "Other specified hypothyroidism"), "2019-02-11", note="Post-partum thyroiditis 2019, persistent hypothyroidism.")
    b.condition(problem("444814009", "Viral sinusitis", "J01.90", "Acute sinusitis"), "2026-02-04", status="resolved", abate="2026-02-16", cat="encounter-diagnosis")
    dz = b.condition(problem("404640003", "Dizziness", "R42", "Dizziness and giddiness"), "2026-10-24", note="Constant imbalance and episodic spinning, with generalized weakness.")
    b.med(cc(rx("10582", "levothyroxine"), text="levothyroxine 88 mcg tablet"), "2019-03-01", dose="88 mcg daily", requester=pcp)
    e1 = b.encounter("2026-11-02", cc(text="Office Visit"), pract=pcp, reason="Dizziness, weakness")
    b.vitals("2026-11-02", e1, 124, 78, 76, 70.1, 25.9)
    b.obs(cc(text="Orthostatic blood pressure and pulse"), "2026-11-02", vstr="Lying 124/78 HR 76; standing 122/80 HR 84. Negative.", interp="N", cat="exam", enc=e1)
    cbc(b, "2026-11-02", e1, 13.1)
    bmp(b, "2026-11-02", e1)
    b.obs(cc(ln("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-11-02", 2.1, "u[IU]/mL", "u[IU]/mL", "N", 0.45, 4.5, enc=e1)
    b.note("progress", "2026-11-02", """Subjective: 47 yo F with ~10 days of dizziness, off-balance feeling most of the day, with brief spinning spells and feeling weak all over. No hearing loss. Mild headache.
Objective: Neuro nonfocal. Dix-Hallpike negative bilaterally. Orthostatics negative.
Assessment/Plan: Dizziness, likely viral/vestibular. Meclizine PRN, fluids. Labs normal. RTC 2 weeks if not better.""", pcp, e1)
    b.med(cc(rx("6754", "meclizine"), text="meclizine 25 mg tablet"), "2026-11-02", dose="25 mg every 8 hours as needed for dizziness", requester=pcp)
    e2 = b.encounter("2026-11-06T21:40:00-06:00", cc(text="Emergency Department Visit"), cls="EMER", pract=edoc, reason="Dizziness", end="2026-11-07T02:15:00-06:00",
                     hosp={"dischargeDisposition": cc(c("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home"))})
    b.obs(cc(ln("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method")), "2026-11-06T22:30:00-06:00", 3, "ng/L", "ng/L", "N", None, 15, enc=e2)
    ct = b.obs(cc(ln("24725-4", "CT Head"), text="CT head without contrast"), "2026-11-06T23:10:00-06:00", vstr="No acute intracranial abnormality.", interp="N", cat="imaging", enc=e2)
    b.report(cc(ln("24725-4", "CT Head")), "2026-11-06", [ct], "Normal noncontrast head CT.", cat="RAD", enc=e2)
    b.note("ed", "2026-11-07T02:00:00-06:00", """ED PROVIDER NOTE
47F here with worsening dizziness and near fall at home. Seen by PCP 11/2.
Neuro exam nonfocal, gait mildly wide-based but able to ambulate. HINTS unable to fully assess (no nystagmus).
ECG NSR. Troponin neg. CT head neg.
Dx: Dizziness. D/c home, f/u PCP.""", edoc, e2)
    e3 = b.encounter("2026-11-13T18:05:00-06:00", cc(text="Emergency Department Visit"), cls="EMER", pract=edoc2, reason="Dizziness, left hand tingling", end="2026-11-13T23:50:00-06:00",
                     hosp={"dischargeDisposition": cc(c("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home"))})
    b.vitals("2026-11-13", e3, 130, 84, 88)
    b.obs(cc(ln("2345-7", "Glucose [Mass/volume] in Serum or Plasma")), "2026-11-13T18:40:00-06:00", 96, "mg/dL", "mg/dL", "N", 70, 99, enc=e3)
    b.note("ed", "2026-11-13T23:40:00-06:00", """ED PROVIDER NOTE
47F, 3rd visit for same complaint in 2 weeks (PCP 11/2, ED 11/6). Persistent imbalance, now intermittent tingling L hand, double vision for a few seconds this afternoon.
Exam: no focal deficits on my exam. Labs unremarkable. CT 11/6 reviewed, normal.
Dx: Dizziness, paresthesia. Outpatient MRI brain can be arranged by PCP. D/c.""", edoc2, e3)
    b.communication("2026-11-16T08:22:00-06:00", "Dr Feld - I was in the ER twice since I saw you. Still dizzy every day and now my hand tingles. They said to ask you about an MRI. Can you order it?", b.pt, pcp,
                    category=cc(text="Patient Medical Advice Request"), medium=cc(text="MyChart"))
    b.communication("2026-11-17T15:02:00-06:00", "Hi Renee, Dr. Feld reviewed your ER records. Your CT and labs were normal. He would like you to continue the meclizine and keep your follow-up appointment in January.", pcp, b.pt,
                    category=cc(text="Patient Message"), medium=cc(text="MyChart"))
    return b, dict(target=P1, kind="positive", expected=[P1],
        why="Primary-care visit for dizziness on 11/02 followed by two unscheduled ED visits (11/06, 11/13) within 14 days with worsening and new neurological symptoms, all tests normal and no diagnosis - the Singh return-visit e-trigger.",
        summary="47F dizziness: PCP visit then two ED returns in 11 days, normal workup, no diagnosis (Epic, Illinois)")

# ===================================================================== P1 near-miss: cough explained by later diagnosis
def p1n_cough(cid):
    b = Bundle(cid, "lakeshore")
    b.patient("Jordan Alexander", "Whitfield", "male", "1997-04-05", "88 Cherry St SE Apt 4", "L6093381", "616-555-4019", "S")
    pcp = b.practitioner("Lauren", "Vandermolen", "MD, Internal Medicine-Pediatrics", "1366028471")
    pulm = b.practitioner("Samuel", "Osei", "MD, Pulmonary Disease", "1841209376")
    b.coverage("Priority Health", "PriorityPPO", "PH7720019384")
    cough = b.condition(problem("68154008", "Chronic cough", "R05.3", "Chronic cough"), "2026-05-12", status="resolved", abate="2026-10-20",
                        note="Dry cough since April, worse at night and with cold air/exercise.")
    b.condition(problem("24079001", "Atopic dermatitis", "L20.9", "Atopic dermatitis"), "2003-01-01", status="inactive", note="Childhood eczema, none since teens.")
    e1 = b.encounter("2026-05-12", cc(text="Office Visit"), pract=pcp, reason="Cough")
    b.vitals("2026-05-12", e1, 122, 76, 70, 80.2, 24.4, spo2=98)
    e2 = b.encounter("2026-06-30", cc(text="Office Visit"), pract=pcp, reason="Cough persistent")
    b.vitals("2026-06-30", e2, 120, 74, 68, spo2=99)
    cxr = b.obs(cc(ln("36643-5", "XR Chest 2 Views"), text="Chest X-ray PA and lateral"), "2026-06-30", vstr="Lungs clear. No infiltrate, effusion or mass.", interp="N", cat="imaging", enc=e2)
    b.report(cc(ln("36643-5", "XR Chest 2 Views")), "2026-06-30", [cxr], "Normal chest radiograph.", cat="RAD")
    fev = b.obs(cc(ln("19926-5", "FEV1/FVC")), "2026-06-30", 81, "%", "%", "N", 70, None, cat="procedure", enc=e2)
    b.report(cc(text="Spirometry pre/post bronchodilator"), "2026-06-30", [fev], "Normal spirometry, no significant bronchodilator response.", cat="PF")
    b.note("progress", "2026-06-30", "Cough 10 wks, dry, nocturnal. No GERD sx, no ACE-i, nonsmoker. CXR and spirometry normal. Trial of cetirizine and nasal steroid for possible upper airway cough. Refer pulm if persists.", pcp, e2)
    e3 = b.encounter("2026-08-11", cc(text="New Patient Consult - Pulmonology"), pract=pulm, reason="Chronic cough")
    b.vitals("2026-08-11", e3, 118, 72, 72, spo2=98)
    b.obs(cc(text="Fractional exhaled nitric oxide (FeNO)"), "2026-08-11", 48, "ppb", "[ppb]", "H", None, 25, cat="procedure", enc=e3)
    b.obs(cc(ln("26449-9", "Eosinophils [#/volume] in Blood")), "2026-08-11", 0.52, "10*3/uL", "10*3/uL", "H", 0.0, 0.5, enc=e3)
    meth = b.obs(cc(text="Methacholine challenge PC20"), "2026-09-08", 1.8, "mg/mL", "mg/mL", "A", cat="procedure", text_range="PC20 > 16 mg/mL normal; 1-4 mg/mL mild-moderate BHR",
                 note="Positive methacholine challenge; cough reproduced.")
    b.report(cc(text="Bronchoprovocation (methacholine) challenge"), "2026-09-08", [meth], "Positive: PC20 1.8 mg/mL, consistent with airway hyperresponsiveness.", cat="PF", performer=pulm)
    asth = b.condition(problem("195967001", "Asthma", "J45.991", "Cough variant asthma"), "2026-09-08", recorder=pulm, note="Cough-variant asthma: positive methacholine challenge, FeNO 48, eos 520.")
    b.med(cc(text="budesonide-formoterol 160-4.5 mcg/actuation inhaler"), "2026-09-10", dose="2 puffs twice daily", requester=pulm, reason=asth)
    b.med(cc(rx("435", "albuterol"), text="albuterol HFA 90 mcg/actuation"), "2026-09-10", dose="2 puffs q4h prn", requester=pulm, reason=asth)
    e4 = b.encounter("2026-11-03", cc(text="Follow-up - Pulmonology"), pract=pulm, reason="Asthma follow-up")
    b.note("progress", "2026-11-03", """PULMONARY FOLLOW-UP
Cough-variant asthma dx 9/8 (PC20 1.8, FeNO 48). On budesonide-formoterol since 9/10.
Cough resolved by mid-October, sleeping through night, exercising. ACT 23.
Plan: continue ICS-formoterol; recheck 3 mo, consider step-down.""", pulm, e4)
    b.obs(cc(text="ACT asthma control score (5-item, total)"), "2026-11-03", vint=23, cat="survey", enc=e4)
    return b, dict(target=P1, kind="near-miss", expected=[],
        why="Chronic cough on 3 dates over 12+ weeks with normal CXR and spirometry, but the methacholine challenge was positive and cough-variant asthma was diagnosed; cough resolved on treatment.",
        summary="28M chronic cough, normal CXR/spirometry, then positive methacholine -> cough-variant asthma, resolved (Epic, Michigan)")

# ===================================================================== P1 near-miss: short chest pain, explained
def p1n_chestpain(cid):
    b = Bundle(cid, "heartland")
    b.patient("Kaylee Jo", "Brandvold", "female", "2007-02-14", "3301 N Oliver St", "H1180466", "316-555-7730", "S")
    pcp = b.practitioner("Nadia", "Haddad", "MD, Family Medicine", "1629384750")
    np_ = b.practitioner("Brent", "Schaefer", "APRN, FNP-C", "1508293746")
    b.coverage("Blue Cross and Blue Shield of Kansas", "BlueChoice PPO (dependent)", "BCBSKS44019283")
    b.condition(problem("35489007", "Depressive disorder", "F33.42", "Major depressive disorder, recurrent, in full remission"), "2023-09-01", status="remission", note="In remission since 2025; off meds.")
    b.condition(problem("195662009", "Acute viral pharyngitis", "J02.9", "Acute pharyngitis"), "2026-03-02", status="resolved", abate="2026-03-09", cat="encounter-diagnosis")
    cp = b.condition(problem("29857009", "Chest pain", "R07.89", "Other chest pain"), "2026-10-17", status="resolved", abate="2026-11-16", cat="encounter-diagnosis")
    e1 = b.encounter("2026-10-19", cc(text="Office Visit - Same Day"), pract=np_, reason="Chest pain")
    b.vitals("2026-10-19", e1, 112, 68, 74, 58.5, 21.2, temp=36.8, spo2=99)
    ecg = b.obs(cc(ln("8601-7", "EKG impression")), "2026-10-19", vstr="Sinus rhythm 72. Normal ECG.", interp="N", cat="procedure", enc=e1)
    b.obs(cc(ln("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method")), "2026-10-19", 2, "ng/L", "ng/L", "N", None, 15, enc=e1)
    b.obs(cc(ln("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma")), "2026-10-19", 0.28, "ug/mL{FEU}", "ug/mL{FEU}", "N", None, 0.5, enc=e1)
    cbc(b, "2026-10-19", e1, 13.2)
    b.note("progress", "2026-10-19", """19 yo F college student, 2 days of left-sided chest pain, sharp, worse with deep breath and reaching overhead. Started after moving into dorm (carrying boxes). No OCP use, no leg swelling, no travel.
ECG normal, hs-troponin 2, D-dimer neg.
A/P: Chest wall pain, likely musculoskeletal. Ibuprofen 400 mg tid x 7 days, heat. RTC if persists.""", np_, e1)
    e2 = b.encounter("2026-11-16", cc(text="Office Visit"), pract=pcp, reason="Chest pain follow-up")
    b.vitals("2026-11-16", e2, 110, 66, 70, 58.1)
    b.condition(problem("64109004", "Costochondritis", "M94.0", "Chondrocostal junction syndrome [Tietze]"), "2026-11-16", status="resolved", abate="2026-11-30", recorder=pcp,
                note="Reproducible tenderness over left 3rd-4th costochondral junctions.")
    b.note("progress", "2026-11-16", """Follow-up chest pain. Improved ~70% with NSAID course, now only with certain movements. Exam: reproducible point tenderness L 3rd/4th costochondral junctions, no swelling.
A/P: Costochondritis - expected to resolve over weeks. Stretching handout. No further workup needed. RTC prn.""", pcp, e2)
    b.med(cc(rx("5640", "ibuprofen"), text="ibuprofen 400 mg tablet"), "2026-10-19", status="completed", dose="400 mg three times daily with food x 7 days", requester=np_, reason=cp)
    b.immunization(cc(c("http://hl7.org/fhir/sid/cvx", "88", "influenza, unspecified formulation"), text="Influenza vaccine 2026-27"), "2026-10-19")
    return b, dict(target=P1, kind="near-miss", expected=[],
        why="Chest pain on only 2 dates 4 weeks apart (not >= 3 dates over >= 8 weeks), normal ECG/troponin/D-dimer, and explained by costochondritis with improvement; no unscheduled return visits.",
        summary="19F chest-wall pain, normal ECG/troponin, costochondritis diagnosed and improving (Epic, Kansas)")
