from lib import *

STORIES = []
def story(target, kind, expected, why, summary):
    def deco(fn):
        STORIES.append(dict(fn=fn, target=target, kind=kind, expected=expected, why=why, summary=summary))
        return fn
    return deco

# ---------------------------------------------------------------- A1 Alder County: recurrent dizziness, normal work-up
@story("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
       "Recurrent dizziness/near-syncope recorded at 3 ED visits and 2 clinic visits over 5 months (Jun-Nov 2026); ECG, Holter, echo, CT head, CBC/BMP, TSH and troponin all normal; no explanatory diagnosis; still symptomatic.",
       "County ED/clinic: Spanish-speaking warehouse worker with 5 months of episodic dizziness, every study normal, told no cause found")
def a1_dizzy(cid):
    c = Case(cid, "A1")
    c.organization(npi="1487720193")
    ed = c.practitioner("Okonkwo", "Chidi", "MD", "1730288814")
    pcp = c.practitioner("Lindqvist", "Sara", "PA-C", "1295104477")
    c.patient("Ortiz Benitez", ["Rafael", "Antonio"], "male", "1985-04-17", "ACMC-00784512", lang=("es", "Spanish"),
              line="1408 Cedar Flats Rd Apt 3", postal="98520", phone="360-555-0187", ethnicity=("2135-2", "Hispanic or Latino"),
              interpreter=True, extra_ids=[("urn:oid:2.16.840.1.113883.3.7721.9", "ED-5521970", "Emergency department account")])
    c.coverage("Washington Apple Health (Medicaid)", "Apple Health Managed Care", "WA88120457", "2024-01-01")
    c.condition(cc((SCT, "714628002", "Prediabetes"), (ICD, "R73.03", "Prediabetes")), "2025-11-03", recorder=pcp)
    c.condition(cc((SCT, "263225007", "Fracture of radius"), (ICD, "S52.502A", "Unspecified fracture of the lower end of left radius, initial encounter for closed fracture"), text="Closed fracture distal left radius (fall from ladder)"),
                "2019-08-10", status="resolved", abated="2019-11-01")
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2025-11-03", 5.8, "%", 4.0, 5.6)
    # ED 1
    e1 = c.encounter("2026-06-14T09:40:00-07:00", "2026-06-14T15:05:00-07:00", "EMER", "Emergency department visit",
                     "Dizziness, near-fainting at work", prac=ed, interpreter="Spanish, video")
    dz = c.condition(cc((SCT, "404640003", "Dizziness"), (ICD, "R42", "Dizziness and giddiness")), "2026-06-14", enc=e1,
                     recorder=pcp, recorded="2026-07-09", note="Episodic lightheadedness, 'like the floor moves', 1-3x/week; two near-syncopal episodes at work.")
    c.condition(cc((SCT, "404640003", "Dizziness"), (ICD, "R42", "Dizziness and giddiness")), "2026-06-14", cat="encounter-diagnosis", enc=e1, recorder=ed)
    c.vitals("2026-06-14T09:55:00-07:00", e1, sbp=128, dbp=78, hr=74, spo2=99)
    c.obs(cc((LNC, "8601-7", "EKG impression")), "2026-06-14T10:05:00-07:00", vstr="Normal sinus rhythm, rate 72. Normal intervals (PR 152, QTc 418). No pre-excitation, no Brugada pattern.", cat="procedure", enc=e1, interp="N")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-06-14", 15.1, "g/dL", 13.5, 17.5, enc=e1)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-06-14", 96, "mg/dL", 70, 99, enc=e1)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-06-14", 139, "mmol/L", 135, 145, enc=e1)
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "2026-06-14", 3, "ng/L", None, 34, enc=e1)
    c.obs(tx("Orthostatic vital signs"), "2026-06-14T10:30:00-07:00", cat="vital-signs", enc=e1,
          vstr="Supine 126/78 HR 70; standing 3 min 124/80 HR 82. Negative for orthostasis.", interp="N")
    # clinic follow-up
    e2 = c.encounter("2026-07-09T13:20:00-07:00", "2026-07-09T13:55:00-07:00", "AMB", "Primary care follow-up", "ED follow-up, dizziness", prac=pcp, interpreter="Spanish, in person")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-07-09", 1.9, "m[IU]/L", 0.4, 4.5, enc=e2)
    c.report(cc(("urn:oid:2.16.840.1.113883.3.7721.5", "CARD-HOLT48", "48-hour ambulatory ECG (Holter)")), "2026-07-22",
             "Sinus rhythm throughout, rates 54-128. No pauses, no AV block, no sustained arrhythmia. Two symptom diary entries ('mareo') correspond to sinus rhythm at 76 and 81 bpm.", cat=("EC", "Electrocardiac (e.g., EKG, EEC, Holter)"), performer=c.org)
    e3 = c.encounter("2026-08-30T18:10:00-07:00", "2026-08-30T23:40:00-07:00", "EMER", "Emergency department visit", "Dizziness, recurrent", prac=ed, interpreter="Spanish, phone")
    c.condition(cc((SCT, "404640003", "Dizziness"), (ICD, "R42", "Dizziness and giddiness")), "2026-08-30", cat="encounter-diagnosis", enc=e3, recorder=ed)
    c.report(cc((LNC, "30799-1", "CT Head WO contrast"), text="CT head without contrast"), "2026-08-30T20:02:00-07:00",
             "No acute intracranial abnormality. No mass, hemorrhage or infarct. Paranasal sinuses clear.", cat=("RAD", "Radiology"), enc=e3)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-08-30", 4.1, "mmol/L", 3.5, 5.1, enc=e3)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-08-30", 0.94, "mg/dL", 0.70, 1.30, enc=e3)
    c.encounter("2026-09-24T10:00:00-07:00", None, "AMB", "Primary care follow-up", "Dizziness", status="cancelled", prac=pcp)
    e4 = c.encounter("2026-10-19T07:30:00-07:00", "2026-10-19T11:15:00-07:00", "EMER", "Emergency department visit", "Dizzy spell while driving forklift", prac=ed, interpreter="Spanish, video")
    c.condition(cc((SCT, "404640003", "Dizziness"), (ICD, "R42", "Dizziness and giddiness")), "2026-10-19", cat="encounter-diagnosis", enc=e4, recorder=ed)
    c.vitals("2026-10-19T07:42:00-07:00", e4, sbp=122, dbp=76, hr=70, spo2=98)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-19", 14.8, "g/dL", 13.5, 17.5, enc=e4)
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "2026-10-19", 2, "ng/L", None, 34, enc=e4)
    e5 = c.encounter("2026-11-12T14:00:00-08:00", "2026-11-12T14:40:00-08:00", "AMB", "Primary care follow-up", "Dizziness", prac=pcp, interpreter="Spanish, in person")
    c.report(cc(("urn:oid:2.16.840.1.113883.3.7721.5", "ECHO-TTE", "Transthoracic echocardiogram complete")), "2026-11-05",
             "Normal LV size and function, LVEF 60-65%. No significant valvular disease. No LVOT obstruction.", cat=("CUS", "Cardiac Ultrasound"))
    c.medreq(cc((RXN, "6754", "meclizine"), text="meclizine 12.5 mg tablet"), "2026-06-14", "12.5 mg by mouth every 8 hours as needed for dizziness", status="completed", requester=ed, enc=e1, end="2026-07-14")
    c.obs(cc((LNC, "88124-3", "Food insecurity risk [HVS]")), "2026-07-09", vcc=cc((LNC, "LA19952-3", "At risk")), cat="survey", enc=e2)
    c.note("34111-5", "Emergency department Note", "2026-10-19T11:10:00-07:00", ed, """
ED PROVIDER NOTE - Alder County Medical Center
Interpreter: Spanish video interpreter #40317 used for entire encounter.
41 y/o M, 3rd ED visit since June for episodic dizziness/lightheadedness. Today had a spell while operating a forklift, stopped the machine, sat down, no LOC. Spells last 1-5 minutes, several per week. No vertigo with head turning, no hearing loss, no chest pain, no melena.
Exam: normal neuro exam, HINTS not applicable (asymptomatic at exam), Dix-Hallpike negative bilaterally. Orthostatics negative.
ECG NSR. Hgb 14.8, hs-troponin 2. CT head 8/30 normal. Holter 7/22 normal. Echo 11/5 normal.
Impression: recurrent dizziness, etiology unclear, work-up again unremarkable. Safe for discharge. Follow up with PCP. Work note provided (no forklift until cleared).
""", enc=e4)
    c.note("11506-3", "Progress note", "2026-11-12", pcp, """
PRIMARY CARE FOLLOW-UP (in-person Spanish interpreter)
S: Still having dizzy spells 3-4 times per week, worse at work, sometimes at rest. Afraid of losing his job - employer has kept him off the forklift. Sleep ok, denies alcohol. No new meds. Meclizine did not help.
O: BP 124/78, HR 72. Neuro exam normal. Echo normal.
A: Dizziness, recurrent, since 06/2026. ECG, Holter, echo, CT head, CBC, BMP, TSH and troponins all normal. No cause identified.
P: Reassured patient that his heart and brain studies are normal and nothing serious was found. Return if worse. Missed 9/24 visit (transport) - bus pass given.
""", enc=e5)
    return c

# ---------------------------------------------------------------- A1 Alder County: CABG proposed after NSTEMI
@story("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
       "After NSTEMI and catheterisation showing three-vessel CAD, cardiothoracic surgery has an active ServiceRequest (intent plan) for CABG x4 scheduled 2027-01-06; not yet performed.",
       "County hospital: NSTEMI, three-vessel disease on cath, CABG planned for January")
def a1_cabg(cid):
    c = Case(cid, "A1")
    c.organization(npi="1487720193")
    ed = c.practitioner("Okonkwo", "Chidi", "MD", "1730288814")
    card = c.practitioner("Haddad", "Rami", "MD", "1952401185")
    cts = c.practitioner("Brennan", "Maura", "MD", "1669574023")
    c.patient("Jefferson", ["Tyrone", "L"], "male", "1964-02-11", "ACMC-00351904", line="22 Harbor View Ct", postal="98520",
              race=("2054-5", "Black or African American"), phone="360-555-0133")
    c.coverage("Washington Apple Health (Medicaid)", "Apple Health Managed Care", "WA71230094", "2022-05-01")
    cad = c.condition(cc((SCT, "53741008", "Coronary arteriosclerosis"), (ICD, "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), text="Coronary artery disease, three-vessel"), "2026-10-05", recorder=card)
    c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2019-03-01")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2016-06-01")
    c.condition(cc((SCT, "89765005", "Tobacco dependence syndrome"), (ICD, "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1985-01-01")
    e1 = c.encounter("2026-10-03T04:12:00-07:00", "2026-10-08T12:00:00-07:00", "IMP", "Inpatient admission via ED", "Chest pain", prac=card,
                     hosp={"admitSource": cc(("http://terminology.hl7.org/CodeSystem/admit-source", "emd", "From accident/emergency department")),
                           "dischargeDisposition": cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home"))})
    c.condition(cc((SCT, "401314000", "Acute non-ST segment elevation myocardial infarction"), (ICD, "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")), "2026-10-03", cat="encounter-diagnosis", enc=e1, status="resolved", abated="2026-11-02", recorder=card)
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "2026-10-03T04:40:00-07:00", 412, "ng/L", None, 34, enc=e1)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-10-03", 8.1, "%", 4.0, 5.6, enc=e1)
    c.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-10-04", 148, "mg/dL", None, 99, enc=e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-04", 1.02, "mg/dL", 0.70, 1.30, enc=e1)
    c.procedure(cc((CPT, "93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization"), text="Left heart catheterization with coronary angiography"),
                date="2026-10-05T10:30:00-07:00", reason=cad, performer=card, enc=e1,
                note="Proximal LAD 90%, mid LAD 70%, OM1 85%, RCA chronic total occlusion with left-to-right collaterals. LVEDP 18. Not suitable for PCI per heart team (SYNTAX 33).")
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-10-05", 45, "%", low=52, high=72, interp="L", cat="imaging", enc=e1)
    c.encounter("2026-10-07T15:00:00-07:00", "2026-10-07T15:45:00-07:00", "IMP", "Inpatient consultation - cardiothoracic surgery", "Multivessel CAD", prac=cts)
    c.encounter("2026-10-28T09:00:00-07:00", None, "AMB", "Cardiology clinic", "Post-MI follow-up", status="cancelled", prac=card)
    e3 = c.encounter("2026-11-18T10:00:00-08:00", "2026-11-18T10:50:00-08:00", "AMB", "Cardiothoracic surgery clinic", "Pre-operative evaluation for CABG", prac=cts)
    c.vitals("2026-11-18T10:05:00-08:00", e3, sbp=134, dbp=80, hr=64, wt=96.2, bmi=30.4)
    c.servreq(cc((SCT, "232717009", "Coronary artery bypass grafting"), (CPT, "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), text="CABG x4 (LIMA-LAD, SVG-diagonal, SVG-OM1, SVG-PDA)"),
              "2026-11-18", status="active", intent="plan", occ="2027-01-06T07:30:00-08:00", reason=cad, requester=cts, enc=e3,
              cat=cc((SCT, "387713003", "Surgical procedure")), note="Scheduled OR 2, first case. Pre-op dental clearance and smoking cessation before surgery.")
    c.servreq(cc((CPT, "93880", "Duplex scan of extracranial arteries; complete bilateral study"), text="Pre-op carotid duplex"), "2026-11-18", occ="2026-12-09", requester=cts, enc=e3)
    for rxc, nm, dose in [("1191", "aspirin", "81 mg by mouth daily"), ("83367", "atorvastatin", "80 mg by mouth nightly"), ("6918", "metoprolol", "metoprolol succinate 50 mg daily"),
                         ("6809", "metformin", "1000 mg by mouth twice daily"), ("29046", "lisinopril", "10 mg by mouth daily")]:
        c.medreq(rx(rxc, nm), "2026-10-08", dose, requester=card, start="2026-10-08")
    c.medreq(rx("32968", "clopidogrel"), "2026-10-08", "75 mg daily - HOLD 5 days before surgery", requester=card, start="2026-10-08")
    c.medreq(rx("7407", "nicotine", "nicotine 21 mg/24 hr transdermal patch"), "2026-11-18", "Apply 1 patch daily", requester=cts)
    c.obs(cc((LNC, "71802-3", "Housing status")), "2026-10-06", vstr="Staying with sister; worried about losing housing", cat="survey", enc=e1)
    c.note("18842-5", "Discharge summary", "2026-10-08T12:00:00-07:00", card, """
DISCHARGE SUMMARY - Alder County Medical Center, Cardiology
Admit 10/3/2026 via ED with 2 h substernal pressure. hs-TnI 412 ng/L. Dx NSTEMI.
LHC 10/5: severe 3-vessel CAD (prox LAD 90%, OM1 85%, RCA CTO). EF 45%. Diabetic. Heart team (cardiology + CT surgery 10/7): CABG recommended over multivessel PCI. Patient agrees to surgery after recovery from MI; wants to return home first.
Discharge meds: ASA, clopidogrel, atorvastatin 80, metoprolol succinate, lisinopril, metformin. Cardiac rehab phase 1 referral. Counselled on smoking cessation.
""", enc=e1)
    c.note("11488-4", "Consult note", "2026-11-18", cts, """
CARDIOTHORACIC SURGERY CLINIC
62M s/p NSTEMI 10/3 with 3VD (LAD/OM/RCA CTO), EF 45%, DM2 (A1c 8.1), current smoker 1/2 ppd.
STS predicted mortality 1.1%. Good targets on angiography.
Plan: CABG x4 (LIMA-LAD, SVG to diag, OM1, PDA) scheduled 1/6/2027. Consent discussed with patient and sister; risks including stroke, bleeding, infection, death reviewed. Carotid duplex and dental clearance pre-op. Hold clopidogrel 5 days prior. Nicotine patch started. Missed cardiology appt 10/28 - rescheduled.
""", enc=e3)
    return c

# ---------------------------------------------------------------- A1 Alder County: rhabdo AKI with temporary dialysis 2025, recovered
@story("HIGH_IMPACT_TREATMENT", "near-miss", [],
       "Haemodialysis was given only as four temporary sessions for rhabdomyolysis-related AKI in July 2025 and completed; renal function recovered (eGFR 80s); no high-impact treatment is planned or ongoing.",
       "County hospital: heat-stroke rhabdomyolysis with AKI needing temporary haemodialysis in 2025, full renal recovery")
def a1_aki(cid):
    c = Case(cid, "A1")
    c.organization(npi="1487720193")
    hosp = c.practitioner("Vasquez", "Elena", "MD", "1023345671")
    neph = c.practitioner("Tran", "Minh", "MD", "1578803126")
    c.patient("Wade", ["Curtis", "J"], "male", "1981-08-29", "ACMC-00612877", line="507 Mill Creek Rd", postal="98531",
              race=("2106-3", "White"), phone="360-555-0199")
    c.coverage("Washington Apple Health (Medicaid)", "Apple Health Managed Care", "WA55601382", "2025-07-05")
    aki = c.condition(cc((SCT, "14669001", "Acute renal failure syndrome"), (ICD, "N17.0", "Acute kidney failure with tubular necrosis"), text="AKI (ATN) due to rhabdomyolysis"),
                      "2025-07-04", status="resolved", abated="2025-09-15", recorder=neph)
    c.condition(cc((SCT, "240131006", "Rhabdomyolysis"), (ICD, "M62.82", "Rhabdomyolysis")), "2025-07-04", status="resolved", abated="2025-07-20")
    c.condition(cc((SCT, "111226002", "Heat stroke"), (ICD, "T67.01XA", "Heatstroke and sunstroke, initial encounter")), "2025-07-04", status="resolved", abated="2025-07-08")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2022-04-01")
    c.condition(cc((SCT, "414916001", "Obesity"), (ICD, "E66.811", "Obesity, class 1")), "2022-04-01")
    e1 = c.encounter("2025-07-04T16:20:00-07:00", "2025-07-20T11:00:00-07:00", "IMP", "Inpatient admission via ED", "Heat stroke, collapse at construction site", prac=hosp,
                     hosp={"admitSource": cc(("http://terminology.hl7.org/CodeSystem/admit-source", "emd", "From accident/emergency department"))})
    c.lab("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", "2025-07-04", 86400, "U/L", 39, 308, enc=e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2025-07-06", 6.8, "mg/dL", 0.70, 1.30, enc=e1)
    c.procedure(cc((CPT, "36556", "Insertion of non-tunneled centrally inserted central venous catheter; age 5 years or older"), text="Temporary right internal jugular dialysis catheter"), date="2025-07-06", performer=neph, enc=e1)
    c.procedure(cc((SCT, "302497006", "Hemodialysis"), (CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional")),
                period={"start": "2025-07-06", "end": "2025-07-13"}, reason=aki, performer=neph, enc=e1, note="4 sessions of intermittent HD for oliguric AKI, hyperkalemia (K 6.6) and volume overload. Urine output recovered 7/12; HD discontinued after 7/13.")
    c.procedure(tx("Removal of temporary dialysis catheter"), date="2025-07-15", performer=neph, enc=e1)
    c.note("18842-5", "Discharge summary", "2025-07-20", hosp, """
DISCHARGE SUMMARY
44M roofer, collapsed at work in 41 C heat. Exertional heat stroke, CK 86,400, oliguric AKI (Cr peak 6.8). Temporary HD x4 (7/6-7/13). Renal recovery with diuresis from 7/12. Cr at discharge 2.1. Catheter removed 7/15.
Follow up nephrology clinic in 4-6 weeks. Return to work with heat precautions once cleared.
""", enc=e1)
    for d, cr, egfr in [("2025-09-15", 1.24, 72), ("2026-03-10", 1.10, 83), ("2026-09-14", 1.08, 85)]:
        e = c.encounter(d + "T09:00:00-07:00", d + "T09:30:00-07:00", "AMB", "Nephrology clinic", "AKI follow-up", prac=neph)
        c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, cr, "mg/dL", 0.70, 1.30, enc=e)
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, egfr, "mL/min/{1.73_m2}", 60, None, enc=e)
        c.vitals(d + "T09:05:00-07:00", e, sbp=128, dbp=80)
    c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "2026-09-14", 12, "mg/g", None, 30)
    c.medreq(rx("17767", "amlodipine"), "2025-09-15", "5 mg by mouth daily", requester=neph, start="2025-09-15", note="Lisinopril held after AKI; changed to amlodipine.")
    c.note("11506-3", "Progress note", "2026-09-14", neph, """
NEPHROLOGY CLINIC
Hx exertional heat stroke with rhabdo-associated ATN 7/2025 requiring 4 sessions of temporary hemodialysis, full recovery. Cr 1.08, eGFR 85, UACR 12. BP 128/80 on amlodipine.
No CKD. Discharge from nephrology clinic; annual BMP with PCP. Heat illness precautions reviewed - now working as site supervisor.
""")
    return c

# ---------------------------------------------------------------- A1 Alder County: BP rising while meds lapsed
@story("WORSENING_DESPITE_TREATMENT", "near-miss", [],
       "BP rose from 134/82 to 170/100 over 8 months, but lisinopril and amlodipine were stopped when Medicaid coverage lapsed in April 2026, so treatment was not active during the rise.",
       "County ED/clinic: uninsured gap, antihypertensives lapsed, BP climbing until re-enrolment")
def a1_bp(cid):
    c = Case(cid, "A1")
    c.organization(npi="1487720193")
    ed = c.practitioner("Okonkwo", "Chidi", "MD", "1730288814")
    pcp = c.practitioner("Lindqvist", "Sara", "PA-C", "1295104477")
    fc = c.practitioner("Moreno", "Luz", "CHW", None)
    c.patient("Hutchins", ["Dale", "R"], "male", "1967-05-02", "ACMC-00220913", line="RR 2 Box 118", postal="98548", race=("2106-3", "White"), phone="360-555-0110")
    c.coverage("Washington Apple Health (Medicaid)", "Apple Health Managed Care", "WA30012277", "2023-02-01", "2026-03-31", status="cancelled")
    c.coverage("Washington Apple Health (Medicaid)", "Apple Health Managed Care", "WA30012277", "2026-11-04")
    htn = c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2018-09-01", recorder=pcp)
    c.condition(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2020-01-15")
    c.condition(cc((SCT, "278860009", "Chronic low back pain"), (ICD, "M54.50", "Low back pain, unspecified")), "2026-09-05", cat="encounter-diagnosis", status="resolved", abated="2026-10-05")
    c.condition(cc((SCT, "109755005", "Periapical abscess"), (ICD, "K04.7", "Periapical abscess without sinus")), "2026-06-20", cat="encounter-diagnosis", status="resolved", abated="2026-07-10")
    e0 = c.encounter("2026-03-02T08:30:00-08:00", "2026-03-02T09:00:00-08:00", "AMB", "Primary care visit", "Hypertension follow-up", prac=pcp)
    c.vitals("2026-03-02T08:35:00-08:00", e0, sbp=134, dbp=82, hr=70, wt=88)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-03-02", 0.98, "mg/dL", 0.70, 1.30, enc=e0)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-03-02", 4.4, "mmol/L", 3.5, 5.1, enc=e0)
    c.medreq(rx("29046", "lisinopril"), "2026-03-02", "20 mg by mouth daily", status="stopped", requester=pcp, reason=htn, start="2026-03-02", end="2026-04-10",
             status_reason="Patient ran out in April 2026; unable to pay after Medicaid lapsed; not refilled")
    c.medreq(rx("17767", "amlodipine"), "2026-03-02", "10 mg by mouth daily", status="stopped", requester=pcp, reason=htn, start="2026-03-02", end="2026-04-10",
             status_reason="Patient ran out in April 2026; unable to pay after Medicaid lapsed; not refilled")
    e1 = c.encounter("2026-06-20T21:00:00-07:00", "2026-06-21T00:30:00-07:00", "EMER", "Emergency department visit", "Tooth pain, facial swelling", prac=ed)
    c.vitals("2026-06-20T21:10:00-07:00", e1, sbp=152, dbp=94, hr=88, temp=37.9)
    c.medreq(rx("723", "amoxicillin"), "2026-06-21", "500 mg three times daily x 7 days", status="completed", requester=ed, enc=e1, end="2026-06-28")
    e2 = c.encounter("2026-09-05T14:00:00-07:00", "2026-09-05T16:10:00-07:00", "EMER", "Emergency department visit", "Low back strain lifting", prac=ed)
    c.vitals("2026-09-05T14:05:00-07:00", e2, sbp=166, dbp=98, hr=84)
    c.note("34111-5", "Emergency department Note", "2026-09-05", ed, """
ED NOTE: 59M lumbar strain after lifting hay bales. No red flags. BP 166/98 - reports he has been off his BP pills 'since spring' because he lost his Medicaid and couldn't afford them. Advised follow-up with clinic and financial counselling. Ibuprofen avoided given BP; acetaminophen + heat.
""", enc=e2)
    e3 = c.encounter("2026-11-04T09:00:00-08:00", "2026-11-04T09:45:00-08:00", "AMB", "Primary care visit", "Hypertension, off medications", prac=pcp)
    c.vitals("2026-11-04T09:05:00-08:00", e3, sbp=170, dbp=100, hr=78, wt=90)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-04", 1.01, "mg/dL", 0.70, 1.30, enc=e3)
    c.medreq(rx("29046", "lisinopril"), "2026-11-04", "20 mg by mouth daily", requester=pcp, reason=htn, start="2026-11-04", refills=5)
    c.medreq(rx("17767", "amlodipine"), "2026-11-04", "10 mg by mouth daily", requester=pcp, reason=htn, start="2026-11-04", refills=5)
    c.note("11506-3", "Progress note", "2026-11-04", pcp, """
PRIMARY CARE
59M HTN. Off lisinopril and amlodipine since about April 10 when he ran out - Medicaid redetermination paperwork went to old address and coverage ended 3/31. BP 134/82 in March on meds; 152/94 (June ED), 166/98 (Sept ED), 170/100 today, all off meds. No headache, chest pain or vision change. Cr normal.
CHW Luz Moreno completed Apple Health re-application today - approved, effective 11/4.
Plan: restart lisinopril 20 + amlodipine 10, 90-day fills via 340B pharmacy. BP check with nurse in 3 weeks.
""", enc=e3)
    c.comm("2026-11-04T11:30:00-08:00", fc, pcp, "Apple Health reinstated effective 11/4/2026. Meds filled at 340B pharmacy today.", cat=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification")))
    return c

# ---------------------------------------------------------------- A2 Riverside: chronic cough -> cough-variant asthma
@story("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
       "Cough recorded over 4 months with a normal chest X-ray and spirometry, but methacholine bronchoprovocation was positive and cough-variant asthma was diagnosed; cough improved on ICS-formoterol and the symptom problem was resolved.",
       "County clinics: Vietnamese-speaking woman with months of cough, normal CXR/spirometry, later diagnosed cough-variant asthma")
def a2_cough(cid):
    c = Case(cid, "A2")
    c.organization(npi="1316042290")
    ed = c.practitioner("Whitcomb", "Daniel", "MD", "1184907731")
    pcp = c.practitioner("Ibarra", "Cecilia", "MD", "1093817264")
    pulm = c.practitioner("Shah", "Nikhil", "MD", "1447205936")
    c.patient("Nguyen", ["Thi", "Lan"], "female", "1989-01-23", "RCHS-4410293", lang=("vi", "Vietnamese"), line="3301 Magnolia Ave #12", postal="92503",
              race=("2028-9", "Asian"), interpreter=True, phone="951-555-0146")
    c.coverage("Medi-Cal", "Inland Empire Health Plan Medi-Cal", "95512087A", "2021-07-01")
    cough = c.condition(cc((SCT, "68154008", "Chronic cough"), (ICD, "R05.3", "Chronic cough")), "2026-05-22", status="resolved", abated="2026-11-03", recorder=pcp)
    c.condition(cc((SCT, "61582004", "Allergic rhinitis"), (ICD, "J30.9", "Allergic rhinitis, unspecified")), "2015-04-01")
    c.condition(cc((SCT, "11687002", "Gestational diabetes mellitus"), text="Gestational diabetes, resolved postpartum"), "2020-03-01", status="resolved", abated="2020-09-01")
    e1 = c.encounter("2026-05-22T19:00:00-07:00", "2026-05-22T22:30:00-07:00", "EMER", "Emergency department visit", "Cough x 3 weeks", prac=ed, interpreter="Vietnamese, phone")
    c.vitals("2026-05-22T19:10:00-07:00", e1, temp=36.8, spo2=99, rr=16, hr=82)
    c.report(cc((LNC, "36643-5", "XR Chest 2 Views")), "2026-05-22T20:00:00-07:00", "Lungs clear. No consolidation, effusion or mass. Normal heart size.", cat=("RAD", "Radiology"), enc=e1)
    e2 = c.encounter("2026-06-30T10:00:00-07:00", "2026-06-30T10:40:00-07:00", "AMB", "Family medicine clinic", "Persistent cough", prac=pcp, interpreter="Vietnamese, in person")
    c.obs(cc((LNC, "19926-5", "FEV1/FVC")), "2026-06-30", 0.81, "{ratio}", "{ratio}", low=0.70, interp="N", cat="procedure", enc=e2, note="Spirometry: FEV1 2.61 L (96% pred), FVC 3.22 L. No bronchodilator response.")
    c.medreq(rx("41126", "fluticasone", "fluticasone propionate 50 mcg nasal spray"), "2026-06-30", "2 sprays each nostril daily", requester=pcp, status="completed", end="2026-08-11")
    c.medreq(rx("7646", "omeprazole"), "2026-06-30", "20 mg daily before breakfast x 8 weeks (empiric for reflux cough)", requester=pcp, status="completed", end="2026-08-25")
    e3 = c.encounter("2026-08-11T14:00:00-07:00", "2026-08-11T14:30:00-07:00", "AMB", "Family medicine clinic", "Cough not improved", prac=pcp, interpreter="Vietnamese, video")
    c.servreq(tx("Pulmonology referral - chronic cough"), "2026-08-11", status="completed", requester=pcp, performer=pulm)
    e4 = c.encounter("2026-09-15T09:00:00-07:00", "2026-09-15T10:30:00-07:00", "AMB", "Pulmonology clinic", "Chronic cough", prac=pulm, interpreter="Vietnamese, in person")
    c.procedure(cc((CPT, "94070", "Bronchospasm provocation evaluation, multiple spirometric determinations as in 94010, with administered agents")), date="2026-09-15", performer=pulm, enc=e4,
                outcome="Positive methacholine challenge: PC20 1.1 mg/mL with reproduction of cough")
    c.lab("26449-9", "Eosinophils [#/volume] in Blood", "2026-09-15", 0.52, "10*3/uL", 0.0, 0.5, enc=e4)
    asthma = c.condition(cc((ICD, "J45.991", "Cough variant asthma")), "2026-09-15", recorder=pulm, enc=e4)
    c.medreq(tx("budesonide 160 mcg / formoterol 4.5 mcg inhaler (Symbicort)"), "2026-09-15", "2 puffs twice daily and as needed", requester=pulm, reason=asthma, start="2026-09-15")
    e5 = c.encounter("2026-11-03T09:00:00-08:00", "2026-11-03T09:25:00-08:00", "AMB", "Pulmonology clinic", "Asthma follow-up", prac=pulm, interpreter="Vietnamese, video")
    c.obs(tx("Asthma Control questionnaire total score"), "2026-11-03", 22, "{score}", "{score}", cat="survey", enc=e5)
    c.note("11488-4", "Consult note", "2026-09-15", pulm, """
PULMONOLOGY CONSULT (Vietnamese interpreter in person)
37F, non-smoker, dry cough since early May, worse at night and with cold air/exercise. CXR normal (5/22), spirometry normal (6/30). No response to 8 wks PPI or nasal steroid.
Methacholine bronchoprovocation today positive, PC20 1.1 mg/mL, reproduced cough. Blood eos 520.
Dx: cough-variant asthma. Start budesonide-formoterol maintenance and reliever. Inhaler teaching done with interpreter.
""", enc=e4)
    c.note("11506-3", "Progress note", "2026-11-03", pulm, """
PULM F/U: cough 90% better on budesonide-formoterol, sleeping through the night. ACT 22. Chronic cough resolved - explained by cough-variant asthma. Continue current regimen; RTC 6 months.
""", enc=e5)
    return c

# ---------------------------------------------------------------- A2 Riverside: metastatic pancreatic cancer, told no options, hospice referral
@story("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
       "Newly diagnosed metastatic pancreatic adenocarcinoma; oncology note states no treatment options because of ECOG 3 shortly after cholangitis, with an active hospice referral; no second opinion on record.",
       "County hospital: Haitian Creole-speaking man, metastatic pancreatic cancer after biliary stent, told no treatment, hospice referral")
def a2_panc(cid):
    c = Case(cid, "A2")
    c.organization(npi="1316042290")
    hosp = c.practitioner("Adeyemi", "Folake", "MD", "1730092541")
    gi = c.practitioner("Castellanos", "Jorge", "MD", "1922013478")
    onc = c.practitioner("Pham", "Kevin", "MD", "1306881125")
    c.patient("Louis", ["Jean-Baptiste"], "male", "1965-07-30", "RCHS-7712054", lang=("ht", "Haitian Creole"), line="88 Orange Grove Ln", postal="92501",
              race=("2054-5", "Black or African American"), interpreter=True, phone="951-555-0172", marital=("M", "Married"))
    c.coverage("Medi-Cal", "Molina Healthcare Medi-Cal", "96620341B", "2019-02-01")
    ca = c.condition(cc((SCT, "363418001", "Malignant tumor of pancreas"), (ICD, "C25.0", "Malignant neoplasm of head of pancreas"), text="Pancreatic adenocarcinoma, head, stage IV"),
                     "2026-10-16", recorder=onc, stage=tx("Stage IV (cT3 N1 M1 - hepatic)"))
    c.condition(cc((SCT, "94381002", "Secondary malignant neoplasm of liver"), (ICD, "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2026-10-13", recorder=onc)
    c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2026-03-01")
    c.condition(cc((SCT, "82403002", "Cholangitis"), (ICD, "K83.09", "Other cholangitis")), "2026-10-12", status="resolved", abated="2026-10-20", cat="encounter-diagnosis")
    e1 = c.encounter("2026-10-12T11:00:00-07:00", "2026-10-19T15:00:00-07:00", "IMP", "Inpatient admission via ED", "Jaundice, fever, weight loss", prac=hosp, interpreter="Haitian Creole, video")
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-10-12", 14.2, "mg/dL", 0.2, 1.2, enc=e1)
    c.lab("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-12", 612, "U/L", 40, 129, enc=e1)
    c.lab("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "2026-10-13", 1840, "U/mL", None, 37, enc=e1)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-13", 2.6, "g/dL", 3.5, 5.2, enc=e1)
    c.report(cc((CPT, "74177", "Computed tomography, abdomen and pelvis; with contrast material(s)"), text="CT abdomen/pelvis with contrast, pancreas protocol"), "2026-10-13",
             "3.2 cm hypoenhancing mass pancreatic head with biliary and pancreatic ductal dilation; abuts SMV <180 degrees. At least five hepatic lesions up to 2.1 cm consistent with metastases.", cat=("RAD", "Radiology"), enc=e1)
    c.procedure(cc((CPT, "43274", "Endoscopic retrograde cholangiopancreatography (ERCP); with placement of endoscopic stent into biliary or pancreatic duct"), text="ERCP with metal biliary stent"), date="2026-10-14", performer=gi, enc=e1)
    c.procedure(cc((CPT, "43242", "Esophagogastroduodenoscopy, flexible, transoral; with transendoscopic ultrasound-guided intramural or transmural fine needle aspiration/biopsy(s)"), text="EUS-FNB pancreatic head mass"), date="2026-10-14", performer=gi, enc=e1,
                outcome="Adenocarcinoma, moderately differentiated")
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-10-19", 3, "{score}", "{score}", cat="survey", enc=e1)
    e2 = c.encounter("2026-11-05T13:00:00-08:00", "2026-11-05T14:00:00-08:00", "AMB", "Oncology clinic", "New diagnosis metastatic pancreatic cancer", prac=onc, interpreter="Haitian Creole, in person")
    c.vitals("2026-11-05T13:05:00-08:00", e2, sbp=112, dbp=70, hr=92, wt=61.4)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-11-05", 2.1, "mg/dL", 0.2, 1.2, enc=e2)
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-05", 3, "{score}", "{score}", cat="survey", enc=e2)
    c.servreq(cc((SCT, "306205009", "Referral to hospice service")), "2026-11-05", status="active", requester=onc, reason=ca, enc=e2,
              performer={"display": "Inland Valley Hospice"})
    c.medreq(rx("7804", "oxycodone"), "2026-11-05", "5 mg every 4 hours as needed for pain", requester=onc)
    c.medreq(rx("26225", "ondansetron"), "2026-11-05", "4 mg every 8 hours as needed for nausea", requester=onc)
    c.medreq(tx("pancrelipase (Creon) 24,000 lipase units capsule"), "2026-11-05", "1 capsule with meals", requester=onc)
    c.note("18842-5", "Discharge summary", "2026-10-19", hosp, """
DISCHARGE SUMMARY (Haitian Creole interpreter used for all discussions)
61M with 3 months weight loss (~9 kg) and new diabetes, admitted with painless jaundice complicated by cholangitis. CT: pancreatic head mass with liver metastases. ERCP/EUS 10/14: metal biliary stent, FNB adenocarcinoma. Cholangitis treated with pip-tazo then PO amoxicillin-clavulanate. Deconditioned, ECOG 3 at discharge. Bilirubin falling (14.2 -> 5.8).
Oncology clinic appointment 11/5.
""", enc=e1)
    c.note("11488-4", "Consult note", "2026-11-05", onc, """
MEDICAL ONCOLOGY NEW PATIENT (interpreter in person; wife present)
Metastatic pancreatic adenocarcinoma (liver). ECOG 3 - spends most of day in bed or chair since hospitalization; bilirubin 2.1 and improving after stent.
Assessment: No treatment options. He is not a candidate for chemotherapy (FOLFIRINOX or gemcitabine/nab-paclitaxel) given performance status. Molecular profiling not sent.
Plan: referral to hospice (Inland Valley Hospice). Symptom management: oxycodone PRN, ondansetron, pancreatic enzymes. Code status discussed - DNR, POLST completed. No oncology follow-up scheduled.
""", enc=e2)
    c.careplan("Hospice / comfort-focused care", "active", "plan", "2026-11-05", cc((SCT, "385763009", "Hospice care")), addresses=[ca], author=onc,
               desc="Comfort-focused care; hospice referral placed; no cancer-directed therapy.")
    return c

# ---------------------------------------------------------------- A2 Riverside: QR second opinion YES (diabetes/insulin)
@story("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
       "Post-visit patient questionnaire (Spanish, completed on the portal) answers 'Yes' to wanting a second opinion about her diagnosis or treatment, with a free-text comment doubting the insulin plan.",
       "County clinic: Spanish-speaking woman with type 2 diabetes asks for a second opinion on a questionnaire after insulin was proposed")
def a2_qr_yes(cid):
    c = Case(cid, "A2")
    c.organization(npi="1316042290")
    pcp = c.practitioner("Ibarra", "Cecilia", "MD", "1093817264")
    rn = c.practitioner("Soto", "Marisela", "RN", None)
    c.patient("Herrera", ["Guadalupe"], "female", "1971-12-08", "RCHS-3098871", lang=("es", "Spanish"), line="1145 Jurupa Ave", postal="92507",
              ethnicity=("2135-2", "Hispanic or Latino"), interpreter=True, phone="951-555-0164")
    c.coverage("Medi-Cal", "Inland Empire Health Plan Medi-Cal", "90031178C", "2018-01-01")
    dm = c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.65", "Type 2 diabetes mellitus with hyperglycemia")), "2014-05-01", recorder=pcp)
    c.condition(cc((SCT, "239873007", "Osteoarthritis of knee"), (ICD, "M17.11", "Unilateral primary osteoarthritis, right knee")), "2021-09-01")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2016-03-01")
    c.condition(cc((SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N39.0", "Urinary tract infection, site not specified")), "2025-02-11", status="resolved", abated="2025-02-20", cat="encounter-diagnosis")
    for d, a1c in [("2026-05-19", 9.4), ("2026-10-27", 9.6)]:
        e = c.encounter(d + "T08:00:00-07:00", d + "T08:40:00-07:00", "AMB", "Family medicine clinic", "Diabetes follow-up", prac=pcp, interpreter="Spanish, in person")
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", 4.0, 5.6, enc=e)
        c.vitals(d + "T08:05:00-07:00", e, sbp=132, dbp=78, wt=84.0, bmi=33.8)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-27", 0.72, "mg/dL", 0.50, 1.10)
    c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "2026-10-27", 18, "mg/g", None, 30)
    c.medreq(rx("6809", "metformin"), "2024-01-10", "1000 mg twice daily", requester=pcp, reason=dm, start="2024-01-10")
    c.medreq(rx("1545653", "empagliflozin"), "2025-06-03", "25 mg daily", requester=pcp, reason=dm, start="2025-06-03")
    c.medreq(rx("29046", "lisinopril"), "2016-03-01", "10 mg daily", requester=pcp, start="2016-03-01")
    c.medreq(rx("274783", "insulin glargine"), "2026-10-27", "Start 10 units at bedtime, titrate by 2 units every 3 days to fasting 80-130", intent="proposal", status="active", requester=pcp, reason=dm,
             note="Patient wants to think about it; will decide at next visit")
    c.obs(cc((LNC, "88124-3", "Food insecurity risk [HVS]")), "2026-10-27", vcc=cc((LNC, "LA19952-3", "At risk")), cat="survey")
    c.note("11506-3", "Progress note", "2026-10-27", pcp, """
FAMILY MEDICINE (Spanish interpreter)
DM2 x12 y. A1c 9.4 -> 9.6 on metformin 1000 BID + empagliflozin 25. Reports taking meds daily. Diet limited by cost (food insecurity positive - referred to food bank/CalFresh).
Recommended basal insulin glargine 10 u qHS. Patient tearful - her mother lost a leg 'after starting insulin' and she is afraid. Education provided. She would like time to consider; diabetes educator visit offered.
BP 132/78. Knees: continue acetaminophen, PT home program.
""")
    c.qresp("https://fhir.rivcohs.org/Questionnaire/post-visit-experience-es|2.1", "2026-11-02T20:14:00-08:00", author=c.pt, source=c.pt, items=[
        {"linkId": "1", "text": "¿Su médico le explicó las cosas de una manera fácil de entender? / Did your provider explain things in a way that was easy to understand?", "answer": [{"valueString": "A veces / Sometimes"}]},
        {"linkId": "2", "text": "¿Tuvo un intérprete cuando lo necesitó? / Did you have an interpreter when you needed one?", "answer": [YES]},
        {"linkId": "3", "text": "¿Le gustaría una segunda opinión sobre su diagnóstico o tratamiento? / Would you like a second opinion about your diagnosis or treatment?", "answer": [YES]},
        {"linkId": "3.1", "text": "Comentarios / Comments", "answer": [{"valueString": "No estoy segura de que necesito la insulina. Quiero que otro doctor revise mi caso. (I am not sure I need insulin. I want another doctor to review my case.)"}]}])
    c.comm("2026-11-03T09:10:00-08:00", rn, pcp, "FYI - patient answered yes to second-opinion question on post-visit survey (11/2). Please advise.", cat=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification")))
    return c

# ---------------------------------------------------------------- A3 Bexley: paroxysmal hypertension labelled panic disorder
@story("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
       "Panic disorder has been the working diagnosis since March 2026 (>90 days) while episodes continue with BP >200/115, tachycardia, hyperglycaemia, new interictal hypertension and weight loss - findings the anxiety label does not explain (no metanephrines ever sent).",
       "County ED/clinic: young woman with repeated 'panic attacks' showing paroxysmal severe hypertension and hyperglycaemia")
def a3_panic(cid):
    c = Case(cid, "A3")
    c.organization(npi="1578552910")
    ed = c.practitioner("Fairbanks", "Leigh", "DO", "1811004452")
    pcp = c.practitioner("Osei", "Kwame", "MD", "1639271180")
    c.patient("Tolliver", ["Brianna", "M"], "female", "1988-03-14", "BRPH-2208715", line="411 Livingston Ave Apt 2B", postal="43209",
              race=("2054-5", "Black or African American"), phone="614-555-0121")
    c.coverage("Ohio Medicaid", "CareSource Ohio Medicaid", "OH118822045", "2020-06-01")
    c.condition(cc((SCT, "11687002", "Gestational diabetes mellitus"), (ICD, "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control")), "2019-04-01", status="resolved", abated="2019-09-10")
    c.condition(cc((SCT, "8517006", "Ex-smoker"), (ICD, "Z87.891", "Personal history of nicotine dependence")), "2021-01-01")
    e1 = c.encounter("2026-02-03T02:14:00-05:00", "2026-02-03T06:40:00-05:00", "EMER", "Emergency department visit", "Palpitations, pounding headache, sweating", prac=ed)
    c.vitals("2026-02-03T02:20:00-05:00", e1, sbp=204, dbp=118, hr=128, temp=37.1, spo2=99)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-02-03", 188, "mg/dL", 70, 99, enc=e1)
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "2026-02-03", 9, "ng/L", None, 16, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-02-03", 1.4, "m[IU]/L", 0.4, 4.5, enc=e1)
    c.obs(tx("Urine drug screen panel"), "2026-02-03", vstr="Negative for amphetamines, cocaine, opiates, benzodiazepines, cannabinoids, PCP", interp="NEG", enc=e1)
    c.condition(cc((SCT, "225624000", "Panic attack"), (ICD, "F41.0", "Panic disorder [episodic paroxysmal anxiety]")), "2026-02-03", cat="encounter-diagnosis", enc=e1, recorder=ed)
    c.medreq(rx("5553", "hydroxyzine"), "2026-02-03", "25 mg every 6 hours as needed for anxiety", status="completed", requester=ed, enc=e1, end="2026-03-03")
    e2 = c.encounter("2026-03-10T10:00:00-04:00", "2026-03-10T10:40:00-04:00", "AMB", "Primary care visit", "ED follow-up, anxiety", prac=pcp)
    c.vitals("2026-03-10T10:05:00-04:00", e2, sbp=132, dbp=84, hr=96, wt=71.2)
    pd = c.condition(cc((SCT, "371631005", "Panic disorder"), (ICD, "F41.0", "Panic disorder [episodic paroxysmal anxiety]")), "2026-03-10", recorder=pcp, enc=e2,
                     note="Episodic palpitations, headache, diaphoresis, tremor; attributed to panic disorder.")
    c.obs(cc((LNC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-03-10", 11, "{score}", "{score}", cat="survey", enc=e2)
    c.medreq(rx("36437", "sertraline"), "2026-03-10", "50 mg daily", requester=pcp, reason=pd, start="2026-03-10")
    e3 = c.encounter("2026-05-21T16:45:00-04:00", "2026-05-21T21:10:00-04:00", "EMER", "Emergency department visit", "Panic attack, chest tightness", prac=ed)
    c.vitals("2026-05-21T16:50:00-04:00", e3, sbp=196, dbp=112, hr=134, spo2=98)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-05-21", 176, "mg/dL", 70, 99, enc=e3)
    c.obs(cc((LNC, "8601-7", "EKG impression")), "2026-05-21T16:58:00-04:00", vstr="Sinus tachycardia 132. No ST changes.", cat="procedure", enc=e3)
    e4 = c.encounter("2026-09-08T07:05:00-04:00", "2026-09-08T12:00:00-04:00", "EMER", "Emergency department visit", "Severe headache, palpitations, 'anxiety attack'", prac=ed)
    c.vitals("2026-09-08T07:10:00-04:00", e4, sbp=210, dbp=120, hr=126, spo2=99)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-09-08", 201, "mg/dL", 70, 99, enc=e4)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-09-08", 3.9, "mmol/L", 3.5, 5.1, enc=e4)
    c.report(cc((LNC, "30799-1", "CT Head WO contrast")), "2026-09-08T08:30:00-04:00", "No acute intracranial process.", cat=("RAD", "Radiology"), enc=e4)
    c.note("34111-5", "Emergency department Note", "2026-09-08", ed, """
ED NOTE: 38F hx panic disorder on sertraline, 3rd ED visit this year for similar spells: sudden pounding headache, palpitations, drenching sweat, tremor, pale, lasting 20-40 min. BP 210/120 on arrival, HR 126, glucose 201. Given labetalol 10 mg IV; BP 150/92 at 1 h, symptoms resolved. CT head negative.
Impression: panic attack with hypertensive urgency. Continue sertraline, f/u PCP.
""", enc=e4)
    e5 = c.encounter("2026-10-27T09:00:00-04:00", "2026-10-27T09:40:00-04:00", "AMB", "Primary care visit", "Panic disorder follow-up", prac=pcp)
    c.vitals("2026-10-27T09:05:00-04:00", e5, sbp=148, dbp=94, hr=102, wt=66.0)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-10-27", 6.1, "%", 4.0, 5.6, enc=e5)
    c.medreq(rx("36437", "sertraline"), "2026-10-27", "100 mg daily", requester=pcp, reason=pd, start="2026-10-27")
    c.note("11506-3", "Progress note", "2026-10-27", pcp, """
PRIMARY CARE
38F panic disorder since Feb. Still having spells 2-3x/month despite sertraline 50 mg x 7 months; episodes often wake her from sleep or come on with bending/lifting. Reports 5 kg weight loss without trying. BP today 148/94, HR 102 (not in a spell). A1c 6.1 (new). GAD-7 today 9.
Assessment: Panic disorder, suboptimally controlled. Elevated BP likely anxiety related. Prediabetes.
Plan: increase sertraline to 100 mg. Referral to behavioral health for CBT (waitlist 10 wks). Recheck BP in 2 months; diet counselling.
""", enc=e5)
    return c

# ---------------------------------------------------------------- A3 Bexley: end-stage HF, hospice, second opinion already done
@story("UNTREATABLE_PROGNOSIS", "near-miss", [],
       "End-stage HFrEF with a hospice referral and palliative care plan, but an advanced heart failure second-opinion consultation at a university centre in June 2026 (within 12 months) concurred, so the flag is suppressed.",
       "County hospital: 79-year-old with end-stage heart failure on hospice pathway after a university advanced-HF second opinion")
def a3_hf(cid):
    c = Case(cid, "A3")
    c.organization(npi="1578552910")
    uni = c.organization("Ohio State Wexner Medical Center - Advanced Heart Failure Program", prefix="org", npi="1447231155")
    card = c.practitioner("Marchetti", "Paolo", "MD", "1205937764")
    ahf = c.practitioner("Gold", "Rebecca", "MD", "1669320018")
    pal = c.practitioner("Nakamura", "Jun", "MD", "1861558120")
    c.patient("Simmons", ["Dorothy", "Ann"], "female", "1947-06-21", "BRPH-0093317", line="90 Whitethorne Ave", postal="43223",
              race=("2106-3", "White"), phone="614-555-0155", marital=("W", "Widowed"))
    c.coverage("Medicare", "Medicare Part A and B", "1EG4TE5MK73", "2012-07-01", kind="Medicare")
    hf = c.condition(cc((SCT, "703272007", "Heart failure with reduced ejection fraction"), (ICD, "I50.84", "End stage heart failure")), "2017-02-01", recorder=card,
                     stage=tx("ACC/AHA stage D, NYHA class IV"))
    c.condition(cc((SCT, "49436004", "Atrial fibrillation"), (ICD, "I48.20", "Chronic atrial fibrillation, unspecified")), "2019-08-01")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2005-01-01")
    c.condition(cc((SCT, "396275006", "Osteoarthritis"), (ICD, "M19.90", "Unspecified osteoarthritis, unspecified site")), "2010-01-01")
    c.condition(cc((SCT, "233604007", "Pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")), "2025-12-02", status="resolved", abated="2025-12-20", cat="encounter-diagnosis")
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-05-12", 15, "%", low=52, high=72, interp="L", cat="imaging")
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-05-12", 9840, "pg/mL", None, 450)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-09-20", 131, "mmol/L", 135, 145)
    e0 = c.encounter("2026-06-18T13:00:00-04:00", "2026-06-18T15:00:00-04:00", "AMB", cc(("https://wexnermedical.osu.edu/fhir/encounter-type", "AHF-2OP", "Advanced heart failure second opinion consultation")), "Candidacy for advanced therapies (LVAD/transplant)", prac=ahf, org=uni)
    c.note("11488-4", "Consult note", "2026-06-18", ahf, """
OSU ADVANCED HEART FAILURE PROGRAM - SECOND OPINION CONSULTATION
Referred by Dr. Marchetti (Bexley) at the request of the patient and her daughter for a second opinion about advanced therapies.
79F ischemic/non-ischemic mixed cardiomyopathy, EF 15%, NYHA IV, 3 HF admissions in 12 months, inotrope-intolerant (VT on milrinone trial), frailty (5 m walk 9 s), albumin 2.9.
Assessment: not a candidate for heart transplant (age) or durable LVAD (frailty, RV dysfunction, poor nutrition). We agree with the recommendation of comfort-focused care and hospice when she is ready. GDMT already maximized as tolerated.
Discussed with patient and daughter, who understand and appreciate confirmation.
""", enc=e0)
    e1 = c.encounter("2026-09-20T10:00:00-04:00", "2026-09-20T11:00:00-04:00", "AMB", "Cardiology clinic", "End-stage heart failure", prac=card)
    c.vitals("2026-09-20T10:05:00-04:00", e1, sbp=92, dbp=58, hr=88, wt=58.1, spo2=94)
    c.servreq(cc((SCT, "306205009", "Referral to hospice service")), "2026-09-20", status="completed", requester=card, reason=hf, enc=e1, performer={"display": "Capital City Hospice"})
    c.careplan("Hospice plan of care - end-stage heart failure", "active", "plan", "2026-09-24", cc((SCT, "385763009", "Hospice care")), addresses=[hf], author=pal,
               desc="Home hospice. Continue furosemide and metoprolol for symptoms; stop apixaban per goals; morphine for dyspnea.")
    c.medreq(rx("4603", "furosemide"), "2026-09-24", "40 mg twice daily", requester=pal)
    c.medreq(rx("6918", "metoprolol"), "2026-09-24", "metoprolol succinate 25 mg daily", requester=pal)
    c.medreq(rx("7052", "morphine"), "2026-09-24", "oral solution 2.5 mg every 2 hours as needed for dyspnea", requester=pal)
    c.medreq(rx("1364430", "apixaban"), "2024-01-02", "5 mg twice daily", status="stopped", requester=card, end="2026-09-24", status_reason="Stopped per goals of care on hospice admission")
    e2 = c.encounter("2026-11-10T14:00:00-05:00", "2026-11-10T14:45:00-05:00", "HH", "Hospice home visit", "Hospice recertification", prac=pal)
    c.note("11506-3", "Progress note", "2026-11-10", pal, """
HOSPICE PHYSICIAN HOME VISIT
End-stage HFrEF, EF 15%. Patient comfortable, dyspnea controlled with low-dose morphine. Lives with daughter. Confirms goals are comfort and staying home. OSU advanced HF second opinion (6/2026) concurred with hospice. Recertified for hospice.
""", enc=e2)
    return c

# ---------------------------------------------------------------- A3 Bexley: COPD, QR answer NO
@story("PATIENT_REPORTED_CONCERN", "near-miss", [],
       "The post-discharge questionnaire includes the second-opinion question, but the patient answered 'No'; no communication or flag requesting a second opinion.",
       "County hospital: COPD exacerbation admission, post-discharge survey answered 'No' to wanting a second opinion")
def a3_qr_no(cid):
    c = Case(cid, "A3")
    c.organization(npi="1578552910")
    hosp = c.practitioner("Whitley", "Grant", "MD", "1538460091")
    pulm = c.practitioner("Abara", "Ngozi", "MD", "1750632987")
    c.patient("Dorsey", ["Franklin", "E"], "male", "1959-10-02", "BRPH-1187420", line="2270 Parsons Ave", postal="43207", race=("2106-3", "White"), phone="614-555-0166")
    c.coverage("Medicare", "Medicare Part A and B", "5TR2HJ8WN41", "2024-10-01", kind="Medicare")
    copd = c.condition(cc((SCT, "13645005", "Chronic obstructive lung disease"), (ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2015-02-01", recorder=pulm)
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2012-01-01")
    c.condition(cc((SCT, "8517006", "Ex-smoker"), (ICD, "Z87.891", "Personal history of nicotine dependence")), "2023-01-01")
    c.condition(cc((SCT, "195951007", "Acute exacerbation of chronic obstructive airways disease"), (ICD, "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation")), "2026-09-28", status="resolved", abated="2026-10-20", cat="encounter-diagnosis")
    e1 = c.encounter("2026-09-28T22:00:00-04:00", "2026-10-02T13:00:00-04:00", "IMP", "Inpatient admission via ED", "Shortness of breath", prac=hosp)
    c.vitals("2026-09-28T22:10:00-04:00", e1, hr=104, spo2=86, rr=26, temp=37.4)
    c.lab("2744-1", "pH of Arterial blood", "2026-09-28", 7.33, "[pH]", 7.35, 7.45, enc=e1)
    c.lab("2019-8", "Carbon dioxide [Partial pressure] in Arterial blood", "2026-09-28", 52, "mm[Hg]", 35, 45, enc=e1)
    c.report(cc((LNC, "36643-5", "XR Chest 2 Views")), "2026-09-28", "Hyperinflation. No focal consolidation.", cat=("RAD", "Radiology"), enc=e1)
    c.medreq(rx("8640", "prednisone"), "2026-10-02", "40 mg daily x 5 days", status="completed", requester=hosp, end="2026-10-06")
    c.medreq(rx("69120", "tiotropium"), "2022-05-01", "2 inhalations once daily", requester=pulm, reason=copd)
    c.medreq(tx("fluticasone furoate / umeclidinium / vilanterol 100/62.5/25 mcg inhaler"), "2026-10-02", "1 inhalation daily (replaces tiotropium)", requester=hosp, reason=copd)
    c.medreq(rx("435", "albuterol"), "2020-01-01", "2 puffs every 4 hours as needed", requester=pulm)
    c.note("18842-5", "Discharge summary", "2026-10-02", hosp, """
DISCHARGE SUMMARY: 67M COPD (FEV1 48% 2025), ex-smoker, admitted with AECOPD, mild hypercapnia, no pneumonia. Treated with nebs, prednisone, doxycycline, BiPAP first night. Escalated to triple inhaler. Pulmonary rehab referral. F/u pulmonology 2-3 weeks.
""", enc=e1)
    e2 = c.encounter("2026-10-20T09:30:00-04:00", "2026-10-20T10:00:00-04:00", "AMB", "Pulmonology clinic", "Post-hospital follow-up", prac=pulm)
    c.vitals("2026-10-20T09:35:00-04:00", e2, sbp=128, dbp=76, hr=82, spo2=94)
    c.obs(cc((LNC, "19926-5", "FEV1/FVC")), "2026-10-20", 0.52, "{ratio}", "{ratio}", low=0.70, interp="L", cat="procedure", enc=e2)
    c.servreq(tx("Pulmonary rehabilitation, 12 weeks"), "2026-10-20", requester=pulm, reason=copd, occ="2026-11-09")
    c.qresp("https://fhir.bexleypublichealth.org/Questionnaire/post-discharge-call|1.3", "2026-10-09T15:20:00-04:00", author=c.pt, source=c.pt, items=[
        {"linkId": "q1", "text": "Did you get your new inhaler from the pharmacy?", "answer": [YES]},
        {"linkId": "q2", "text": "Do you understand how and when to use your rescue inhaler?", "answer": [YES]},
        {"linkId": "q3", "text": "Do you have a follow-up appointment scheduled?", "answer": [YES]},
        {"linkId": "q4", "text": "Would you like a second opinion about your diagnosis or treatment plan?", "answer": [NO]},
        {"linkId": "q5", "text": "Anything else you want your care team to know?", "answer": [{"valueString": "Breathing better. Thanks to the nurses on 5 West."}]}])
    c.note("11506-3", "Progress note", "2026-10-20", pulm, """
PULMONOLOGY POST-HOSPITAL: feeling back to baseline, mMRC 2. Using triple inhaler correctly (teach-back). Enrolled in pulmonary rehab starting 11/9. Pneumococcal and flu vaccines up to date. RTC 3 months.
""", enc=e2)
    return c

# ---------------------------------------------------------------- A3 Bexley: multimorbidity complexity
@story("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
       "Six active chronic conditions managed by six specialties (type 2 diabetes, HFrEF, COPD, CKD 3b, seropositive RA, major depression) - meets the complexity branch; measures are stable and no other criterion applies.",
       "County system: 67-year-old woman with six chronic conditions across endocrine, cardiology, pulmonary, nephrology, rheumatology and psychiatry")
def a3_complex(cid):
    c = Case(cid, "A3")
    c.organization(npi="1578552910")
    pcp = c.practitioner("Osei", "Kwame", "MD", "1639271180")
    card = c.practitioner("Marchetti", "Paolo", "MD", "1205937764")
    rheum = c.practitioner("Bhatt", "Anjali", "MD", "1427093318")
    neph = c.practitioner("Kowalczyk", "Piotr", "MD", "1093348821")
    c.patient("Grimes", ["Loretta", "Jean"], "female", "1959-01-19", "BRPH-0551982", line="1560 Lockbourne Rd", postal="43207",
              race=("2054-5", "Black or African American"), phone="614-555-0189", marital=("D", "Divorced"))
    c.coverage("Medicare", "Medicare Part A and B", "7KD9PL3XQ22", "2024-01-01", kind="Medicare")
    c.coverage("Ohio Medicaid", "Ohio Medicaid (dual eligible)", "OH330915774", "2024-01-01")
    dm = c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2008-01-01", recorder=pcp)
    hf = c.condition(cc((SCT, "703272007", "Heart failure with reduced ejection fraction"), (ICD, "I50.22", "Chronic systolic (congestive) heart failure")), "2021-05-01", recorder=card)
    copd = c.condition(cc((SCT, "13645005", "Chronic obstructive lung disease"), (ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2016-03-01")
    ckd = c.condition(cc((SCT, "700379002", "Chronic kidney disease stage 3B"), (ICD, "N18.32", "Chronic kidney disease, stage 3b")), "2022-09-01", recorder=neph)
    ra = c.condition(cc((SCT, "69896004", "Rheumatoid arthritis"), (ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement")), "2012-06-01", recorder=rheum)
    mdd = c.condition(cc((SCT, "370143000", "Major depressive disorder"), (ICD, "F33.0", "Major depressive disorder, recurrent, mild")), "2019-02-01")
    c.condition(cc((SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N39.0", "Urinary tract infection, site not specified")), "2026-04-03", status="resolved", abated="2026-04-12", cat="encounter-diagnosis")
    visits = [("2026-03-11", "Cardiology clinic", card, "HFrEF follow-up"), ("2026-06-17", "Rheumatology clinic", rheum, "RA follow-up"),
              ("2026-08-26", "Nephrology clinic", neph, "CKD 3b"), ("2026-10-14", "Primary care visit", pcp, "Chronic disease management")]
    encs = []
    for d, t, p, r in visits:
        encs.append(c.encounter(d + "T09:00:00-04:00", d + "T09:40:00-04:00", "AMB", t, r, prac=p))
    for d, e, egfr, a1c in [("2026-03-11", encs[0], 38, 7.4), ("2026-08-26", encs[2], 37, 7.2)]:
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, egfr, "mL/min/{1.73_m2}", 60, None, enc=e)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", 4.0, 5.6, enc=e)
    c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "2026-10-14", 39, "mL/min/{1.73_m2}", 60, None, enc=encs[3])
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-03-04", 35, "%", low=52, high=72, interp="L", cat="imaging")
    c.obs(cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), "2026-10-14", 6, "{score}", "{score}", cat="survey", enc=encs[3])
    c.obs(cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), "2026-04-15", 7, "{score}", "{score}", cat="survey")
    c.vitals("2026-10-14T09:05:00-04:00", encs[3], sbp=126, dbp=72, hr=72, wt=81.5, spo2=94)
    for rxc, nm, dose, reason in [("1545653", "empagliflozin", "10 mg daily", hf), ("20352", "carvedilol", "12.5 mg twice daily", hf),
                                  ("2585", "sacubitril / valsartan", "24/26 mg twice daily", hf), ("274783", "insulin glargine", "22 units at bedtime", dm),
                                  ("5521", "hydroxychloroquine", "200 mg daily", ra), ("69120", "tiotropium", "2 inhalations daily", copd),
                                  ("321988", "escitalopram", "10 mg daily", mdd), ("4603", "furosemide", "20 mg daily", hf)]:
        c.medreq(rx(rxc, nm) if rxc != "2585" else tx("sacubitril 24 mg / valsartan 26 mg tablet (Entresto)"), "2026-10-14", dose, requester=pcp, reason=reason)
    c.note("11506-3", "Progress note", "2026-10-14", pcp, """
PRIMARY CARE - CHRONIC CARE MANAGEMENT
67F with DM2 with CKD 3b (eGFR 37-39, stable), HFrEF EF 35% NYHA II (euvolemic), COPD GOLD 2 (no exacerbation this year), seropositive RA (low disease activity on HCQ; MTX stopped 2022 for CKD), recurrent MDD (PHQ-9 6, stable on escitalopram).
Followed by cardiology, nephrology, rheumatology, pulmonology (annual), behavioral health. 12 scheduled medications. Care coordination: CCM enrolled, RN care manager monthly calls. Transportation benefit arranged.
A1c 7.2. BP 126/72. Continue current regimen.
""", enc=encs[3])
    return c

# ---------------------------------------------------------------- A4 Mesa Verde: abdominal pain -> gallstones, cholecystectomy done
@story("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
       "The catch-all 'abdominal pain, unspecified' was open only from 2 Aug to 6 Sep 2026 (<90 days) and was superseded by symptomatic cholelithiasis; laparoscopic cholecystectomy was performed 21 Oct and pain resolved.",
       "County ED/surgery clinic: post-prandial abdominal pain labelled 'unspecified', then gallstones, cholecystectomy done and symptoms resolved")
def a4_gb(cid):
    c = Case(cid, "A4")
    c.organization(npi="1851609234")
    ed = c.practitioner("Baca", "Ramon", "MD", "1306557721")
    surg = c.practitioner("Holt", "Jennifer", "MD", "1770610492")
    c.patient("Pierce", ["Yolanda", "R"], "female", "1977-09-09", "MVCHN-662019", line="2418 Valley Dr", postal="88005",
              race=("1002-5", "American Indian or Alaska Native"), phone="575-555-0117")
    c.coverage("New Mexico Medicaid (Turquoise Care)", "Turquoise Care - Presbyterian", "NM4471209", "2025-07-01")
    c.condition(cc((SCT, "414916001", "Obesity"), (ICD, "E66.812", "Obesity, class 2")), "2018-01-01")
    c.condition(cc((SCT, "38341003", "Hypertensive disorder"), (ICD, "I10", "Essential (primary) hypertension")), "2020-05-01")
    e1 = c.encounter("2026-08-02T20:30:00-06:00", "2026-08-03T01:10:00-06:00", "EMER", "Emergency department visit", "Upper abdominal pain after dinner", prac=ed)
    c.condition(cc((SCT, "21522001", "Abdominal pain"), (ICD, "R10.9", "Unspecified abdominal pain")), "2026-08-02", status="resolved", abated="2026-09-06", enc=e1, recorder=ed, cat="encounter-diagnosis")
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-08-02", 28, "U/L", 7, 45, enc=e1)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-08-02", 0.6, "mg/dL", 0.2, 1.2, enc=e1)
    c.lab("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", "2026-08-02", 31, "U/L", 13, 60, enc=e1)
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-08-02", 8.1, "10*3/uL", 4.0, 11.0, enc=e1)
    e2 = c.encounter("2026-09-06T19:00:00-06:00", "2026-09-07T00:20:00-06:00", "EMER", "Emergency department visit", "Recurrent RUQ pain", prac=ed)
    c.report(cc((CPT, "76705", "Ultrasound, abdominal, real time with image documentation; limited"), text="RUQ ultrasound"), "2026-09-06T21:00:00-06:00",
             "Multiple mobile gallstones up to 14 mm. Gallbladder wall 4 mm. No pericholecystic fluid; sonographic Murphy sign equivocal. CBD 4 mm.", cat=("RAD", "Radiology"), enc=e2)
    gs = c.condition(cc((SCT, "235919008", "Cholelithiasis"), (ICD, "K80.10", "Calculus of gallbladder with chronic cholecystitis without obstruction")), "2026-09-06", status="resolved", abated="2026-10-21", enc=e2, recorder=surg)
    c.servreq(tx("Referral to general surgery - symptomatic cholelithiasis"), "2026-09-07", status="completed", requester=ed, reason=gs)
    c.encounter("2026-09-22T08:30:00-06:00", None, "AMB", "General surgery clinic", "New patient - gallstones", status="cancelled", prac=surg)
    e3 = c.encounter("2026-09-29T08:30:00-06:00", "2026-09-29T09:00:00-06:00", "AMB", "General surgery clinic", "New patient - gallstones", prac=surg)
    sr = c.servreq(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy")), "2026-09-29", status="completed", requester=surg, reason=gs, occ="2026-10-21", enc=e3)
    e4 = c.encounter("2026-10-21T07:00:00-06:00", "2026-10-21T15:00:00-06:00", "AMB", "Outpatient surgery", "Laparoscopic cholecystectomy", prac=surg)
    c.procedure(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), (SCT, "45595009", "Laparoscopic cholecystectomy")), date="2026-10-21T09:12:00-06:00", reason=gs, performer=surg, enc=e4, based_on=sr,
                outcome="Uncomplicated; discharged same day", note="Pathology: chronic cholecystitis with cholelithiasis.")
    c.medreq(rx("161", "acetaminophen"), "2026-10-21", "1000 mg every 8 hours as needed x 7 days", status="completed", requester=surg, end="2026-10-28")
    e5 = c.encounter("2026-11-10T10:00:00-07:00", "2026-11-10T10:15:00-07:00", "AMB", "General surgery clinic", "Post-op check", prac=surg)
    c.vitals("2026-11-10T10:02:00-07:00", e5, sbp=128, dbp=80, temp=36.7, wt=98.4)
    c.medreq(rx("29046", "lisinopril"), "2020-05-01", "20 mg daily", start="2020-05-01")
    c.note("11506-3", "Progress note", "2026-11-10", surg, """
SURGERY POST-OP: 3 weeks s/p lap chole. Incisions healed. No more post-prandial pain since surgery - 'first time I can eat dinner without pain since summer'. Tolerating regular diet. Path chronic cholecystitis. Discharged from surgery clinic.
""", enc=e5)
    c.note("34111-5", "Emergency department Note", "2026-08-03T01:00:00-06:00", ed, """
ED NOTE: 48F epigastric/RUQ pain 2 h after fatty meal, resolved with ketorolac. Labs including LFTs and lipase normal. Ultrasound not available overnight; outpatient RUQ US ordered (patient did not complete - no ride). Dx abdominal pain, unspecified. Return precautions.
""", enc=e1)
    return c

# ---------------------------------------------------------------- A4 Mesa Verde: triple-negative breast cancer neoadjuvant chemo-immunotherapy
@story("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
       "Neoadjuvant chemo-immunotherapy (pembrolizumab + weekly paclitaxel/carboplatin, then AC) for stage II triple-negative breast cancer started 3 Nov 2026 and is ongoing - a started treatment in the high-impact set (chemotherapy).",
       "County cancer centre: 39-year-old with triple-negative breast cancer on neoadjuvant chemotherapy after a missed imaging appointment")
def a4_tnbc(cid):
    c = Case(cid, "A4")
    c.organization(npi="1851609234")
    pcp = c.practitioner("Gallegos", "Teresa", "NP", "1467702213")
    onc = c.practitioner("Mirza", "Samina", "MD", "1124339087")
    surg = c.practitioner("Holt", "Jennifer", "MD", "1770610492")
    c.patient("Dunn", ["Ashley", "Marie"], "female", "1987-04-02", "MVCHN-803341", line="1702 El Paseo Rd", postal="88001",
              race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), phone="575-555-0148", marital=("S", "Never Married"))
    c.coverage("New Mexico Medicaid (Turquoise Care)", "Turquoise Care - BCBSNM", "NM7720153", "2024-02-01")
    c.condition(cc((SCT, "195967001", "Asthma"), (ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "2001-01-01")
    ca = c.condition(cc((SCT, "254837009", "Malignant neoplasm of breast"), (ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), text="Invasive ductal carcinoma left breast, triple negative, cT2 N1 M0"),
                     "2026-09-22", recorder=onc, stage=tx("Clinical prognostic stage IIB (cT2 cN1 M0), grade 3"))
    c.condition(cc((ICD, "Z17.1", "Estrogen receptor negative status [ER-]")), "2026-09-22", recorder=onc)
    e0 = c.encounter("2026-08-11T15:00:00-06:00", "2026-08-11T15:30:00-06:00", "AMB", "Family medicine clinic", "Left breast lump", prac=pcp)
    c.servreq(cc((CPT, "77066", "Diagnostic mammography, including computer-aided detection (CAD) when performed; bilateral")), "2026-08-11", status="revoked", requester=pcp, enc=e0,
              note="Appointment 8/25 not kept (no transportation); reordered 9/8")
    c.encounter("2026-08-25T10:00:00-06:00", None, "AMB", "Breast imaging", "Diagnostic mammogram", status="cancelled")
    c.report(cc((CPT, "77066", "Diagnostic mammography, including computer-aided detection (CAD) when performed; bilateral"), text="Diagnostic mammogram and left breast ultrasound"), "2026-09-15",
             "3.1 cm irregular spiculated mass left breast 2:00, 6 cm FN, with an abnormal 1.8 cm left axillary lymph node. BI-RADS 5.", cat=("RAD", "Radiology"))
    c.procedure(cc((CPT, "19083", "Biopsy, breast, with placement of breast localization device(s), percutaneous; first lesion, including ultrasound guidance")), date="2026-09-22", body=tx("Left breast 2 o'clock"),
                outcome="Invasive ductal carcinoma, grade 3; ER 0%, PR 0%, HER2 1+ (negative); Ki-67 70%. Axillary node FNA positive for carcinoma.")
    c.lab("85319-2", "HER2 [Presence] in Breast cancer specimen by Immune stain", "2026-09-22", None, None, interp="NEG")
    e1 = c.encounter("2026-10-15T09:00:00-06:00", "2026-10-15T10:15:00-06:00", "AMB", "Medical oncology clinic", "New triple-negative breast cancer", prac=onc)
    c.procedure(cc((CPT, "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older"), text="Right chest port placement"), date="2026-10-27", performer=surg)
    sr = c.servreq(cc((SCT, "367336001", "Chemotherapy"), text="Neoadjuvant pembrolizumab + paclitaxel/carboplatin x12 weeks, then pembrolizumab + doxorubicin/cyclophosphamide x4 cycles (KEYNOTE-522)"),
                   "2026-10-15", status="active", intent="order", reason=ca, requester=onc, enc=e1, occ_period={"start": "2026-11-03", "end": "2027-04-20"})
    for rxc, nm, dose in [("1547545", "pembrolizumab", "200 mg IV every 3 weeks"), ("56946", "paclitaxel", "80 mg/m2 IV weekly x 12"), ("40048", "carboplatin", "AUC 1.5 IV weekly x 12")]:
        c.medreq(rx(rxc, nm), "2026-10-15", dose, requester=onc, reason=ca, start="2026-11-03", category="outpatient")
    e2 = c.encounter("2026-11-03T08:00:00-07:00", "2026-11-03T14:00:00-07:00", "AMB", "Infusion center", "C1D1 neoadjuvant chemo-immunotherapy", prac=onc)
    c.procedure(cc((CPT, "96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour, single or initial substance/drug"), (HCPCS, "J9271", "Injection, pembrolizumab, 1 mg")),
                date="2026-11-03T09:30:00-07:00", reason=ca, enc=e2, based_on=sr, note="C1D1 pembrolizumab 200 mg, paclitaxel 80 mg/m2, carboplatin AUC 1.5. Tolerated.")
    for d in ["2026-11-10", "2026-11-17", "2026-11-24"]:
        c.procedure(cc((CPT, "96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour, single or initial substance/drug")), date=d + "T09:30:00-07:00", reason=ca, based_on=sr,
                    note="Weekly paclitaxel/carboplatin given.")
    c.lab("751-8", "Neutrophils [#/volume] in Blood by Automated count", "2026-11-24", 1.6, "10*3/uL", 1.8, 7.7)
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-24", 1, "{score}", "{score}", cat="survey")
    c.note("11488-4", "Consult note", "2026-10-15", onc, """
MEDICAL ONCOLOGY NEW PATIENT
39F, self-palpated L breast mass in July. Diagnostic imaging delayed 3 weeks (missed 8/25 appt - no car). Core bx 9/22: IDC grade 3, ER 0, PR 0, HER2 1+ -> triple negative. Node FNA positive. CT C/A/P and bone scan negative for distant disease. cT2 N1 M0, stage IIB.
Plan: neoadjuvant chemo-immunotherapy per KEYNOTE-522: pembrolizumab + weekly paclitaxel/carboplatin x12 then pembrolizumab + AC x4, followed by surgery, then adjuvant pembrolizumab. Genetic counselling/BRCA ordered. Fertility preservation discussed - declined. Port placement 10/27. Start 11/3. Social work: gas cards, Medicaid transport set up.
""", enc=e1)
    c.note("11506-3", "Progress note", "2026-11-24", onc, """
ONCOLOGY - C1 week 4: fatigue, grade 1 neuropathy fingertips, alopecia. ANC 1.6 - proceed with dose as per protocol with G-CSF not needed for weekly. Continue plan.
""")
    return c

# ---------------------------------------------------------------- A4 Mesa Verde: PHQ-9 worsening on sertraline
@story("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
       "PHQ-9 rose 13 -> 15 -> 18 -> 21 between April and November 2026 (+8, above the 5-point MCID, over >6 months) while sertraline was active and up-titrated throughout, with adherence confirmed.",
       "County clinic: Somali-speaking woman with recurrent depression, PHQ-9 climbing despite months of escalating sertraline")
def a4_phq(cid):
    c = Case(cid, "A4")
    c.organization(npi="1851609234")
    pcp = c.practitioner("Gallegos", "Teresa", "NP", "1467702213")
    bh = c.practitioner("Yazzie", "Marcus", "LCSW", None)
    c.patient("Abdi", ["Hodan"], "female", "1995-06-15", "MVCHN-914420", lang=("so", "Somali"), line="915 N Main St Apt 7", postal="88001",
              race=("2054-5", "Black or African American"), interpreter=True, phone="575-555-0191", marital=("M", "Married"))
    c.coverage("New Mexico Medicaid (Turquoise Care)", "Turquoise Care - Western Sky", "NM9004416", "2022-03-01")
    mdd = c.condition(cc((SCT, "370143000", "Major depressive disorder"), (ICD, "F33.1", "Major depressive disorder, recurrent, moderate")), "2026-04-20", recorder=pcp,
                      note="Prior episode 2021 postpartum, remitted without medication.")
    c.condition(cc((SCT, "37796009", "Migraine"), (ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2014-01-01")
    c.condition(cc((SCT, "34713006", "Vitamin D deficiency"), (ICD, "E55.9", "Vitamin D deficiency, unspecified")), "2025-10-01")
    c.condition(cc((SCT, "87522002", "Iron deficiency anemia"), (ICD, "D50.9", "Iron deficiency anemia, unspecified")), "2023-03-01", status="resolved", abated="2023-09-01")
    scores = [("2026-04-20", 13, "50 mg daily (start)"), ("2026-06-15", 15, "100 mg daily"), ("2026-08-24", 18, "150 mg daily"), ("2026-11-09", 21, "150 mg daily (continue; adherence confirmed by refill history)")]
    for i, (d, sc, dose) in enumerate(scores):
        e = c.encounter(d + "T13:00:00-06:00", d + "T13:40:00-06:00", "AMB", "Family medicine / integrated behavioral health", "Depression follow-up", prac=pcp, interpreter="Somali, phone")
        c.obs(cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), d, sc, "{score}", "{score}", cat="survey", enc=e,
              note="Item 9 (thoughts of self-harm): 0 - Not at all")
        if i < 3:
            c.medreq(rx("36437", "sertraline"), d, dose, requester=pcp, reason=mdd, start=d, status="completed" if i < 2 else "active",
                     end=scores[i + 1][0] if i < 2 else None)
        if i == 3:
            last = e
    c.medstmt(rx("36437", "sertraline"), "active", "2026-04-20", dose="Taking 150 mg daily; pharmacy fill history shows on-time monthly fills Apr-Nov 2026", reason=mdd, asserted="2026-11-09")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-15", 2.2, "m[IU]/L", 0.4, 4.5)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-06-15", 12.6, "g/dL", 12.0, 15.5)
    c.servreq(tx("Referral to behavioral health - psychotherapy (Somali interpreter)"), "2026-06-15", status="active", requester=pcp, reason=mdd, performer=bh)
    c.encounter("2026-07-21T11:00:00-06:00", None, "AMB", "Behavioral health", "Psychotherapy intake", status="cancelled", prac=bh)
    c.obs(cc((LNC, "88124-3", "Food insecurity risk [HVS]")), "2026-08-24", vcc=cc((LNC, "LA19983-8", "No risk")), cat="survey")
    c.note("11506-3", "Progress note", "2026-11-09", pcp, """
FAMILY MEDICINE / IBH (Somali phone interpreter #2281)
31F recurrent MDD. On sertraline since 4/20: 50 mg -> 100 mg (6/15) -> 150 mg (8/24). Husband confirms she takes it every morning; refills on time. PHQ-9 13 -> 15 -> 18 -> 21 today. Sleeping 3-4 h, not eating, stopped attending community center. Denies SI/HI, no psychotic features. TSH normal. Therapy intake missed in July (childcare) - rescheduled.
Assessment: MDD recurrent, worsening despite 6+ months of SSRI at therapeutic dose.
Plan: continue sertraline 150 for now; psychiatry e-consult; safety plan reviewed; return 2 weeks.
""", enc=last)
    return c
