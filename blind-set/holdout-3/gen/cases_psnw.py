from common import *

T = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"


def psnw_pos_palpitations(cid):
    c = new_case(cid, "magnolia")
    pcp = doc(c, "Ellen M.", "Whitaker", gender="female")
    card = doc(c, "Rajesh", "Menon", gender="male")
    c.patient("Danielle Adaeze", "Okafor", "female", "1990-03-14", "M4471820", "2214 Northside Dr", "Jackson", "MS", "39206",
              "601-555-0148", gp=pcp, marital="M")
    payer(c, "Blue Cross & Blue Shield of Mississippi", "Network Blue PPO", "XJM884120553", "2024-01-01", group="BCBSMS-22107")
    c.allergy(cc((RX, "7980", "penicillin G"), text="Penicillins"), "2012-05-02", reaction=cc((SCT, "271807003", "Eruption of skin")))
    rhin = c.cond(cc((SCT, "367498001", "Seasonal allergic rhinitis"), (ICD, "J30.2", "Other seasonal allergic rhinitis")), onset="2011-04-01", recorded="2016-03-08")
    c.cond(cc((SCT, "36971009", "Sinusitis"), (ICD, "J01.90", "Acute sinusitis, unspecified")), onset="2025-02-10", clinical="resolved", abated="2025-02-28", cat="encounter-diagnosis")
    palp = c.cond(cc((SCT, "80313002", "Palpitations"), (ICD, "R00.2", "Palpitations")), onset="2026-05-20", recorded="2026-06-10",
                  note="Intermittent racing/pounding heartbeat with lightheadedness, 3-5 episodes per week, each 5-20 minutes. No syncope.")
    c.medstmt(cc((RX, "20610", "cetirizine"), text="cetirizine 10 mg tablet"), "active", "2016-03-08", dosage="10 mg by mouth daily as needed, spring/fall")
    c.medstmt(cc(text="norgestimate 0.25 mg / ethinyl estradiol 0.035 mg tablet (28 day pack)"), "active", "2019-09-01", dosage="1 tablet daily")

    e1 = c.enc("2026-06-10", etype=E_ESTAB("99214"), pract=pcp, reason=cc((ICD, "R00.2", "Palpitations")), hm="10:20", diagnoses=[palp])
    c.vitals("2026-06-10", e1, 118, 74, hr=76, wt=64.2, bmi=23.1, temp=36.7, spo2=99)
    c.obs(cc((SCT, "80313002", "Palpitations")), "2026-06-10", value_cc=SYM_PRESENT, cat="exam", enc=e1, note="Onset about 3 weeks ago; episodes at rest and with exertion.")
    ecg = c.obs(cc((LN, "11524-6", "EKG study")), "2026-06-10", value_str="Normal sinus rhythm, rate 74. PR 148 ms, QRS 86 ms, QTc 421 ms. No pre-excitation. Normal ECG.",
                interp="N", cat="procedure", enc=e1, hm="10:45")
    labs = [c.lab("hb", "2026-06-10", 13.1, 12.0, 15.5, enc=e1), c.lab("wbc", "2026-06-10", 6.4, 4.0, 11.0, enc=e1),
            c.lab("plt", "2026-06-10", 251, 150, 400, enc=e1), c.lab("na", "2026-06-10", 139, 135, 145, enc=e1),
            c.lab("k", "2026-06-10", 4.1, 3.5, 5.1, enc=e1), c.lab("cr", "2026-06-10", 0.74, 0.57, 1.00, enc=e1),
            c.lab("glu", "2026-06-10", 88, 70, 99, enc=e1), c.lab("mg", "2026-06-10", 2.0, 1.6, 2.6, enc=e1),
            c.lab("tsh", "2026-06-10", 1.84, 0.45, 4.50, enc=e1)]
    c.note("progress", "2026-06-10", pcp, """
Magnolia Family Medicine - Clinic Note
Date: 06/10/2026   Provider: Ellen M. Whitaker, MD

CC: heart racing

HPI: 36 y.o. female, 3 weeks of episodes of fast/pounding heartbeat, 3-5 per week, lasting 5-20 min, sometimes with lightheadedness. No syncope, no chest pain. 1-2 cups coffee/day, no energy drinks, no decongestants. No weight change, no heat intolerance. LMP 2 weeks ago, on OCP.

Exam: HR 76 regular, BP 118/74. No thyromegaly. Heart RRR, no murmur. Lungs clear.
ECG: NSR 74, normal intervals.

A/P: Palpitations. Will check CBC, BMP, Mg, TSH. Order 14-day ambulatory ECG patch. Cut caffeine. RTC after monitor.
""", enc=e1, title="Office visit")

    sr_mon = c.sr(cc((CPT, "93241", "External ECG recording more than 48 hours up to 7 days"), text="Ambulatory ECG patch monitor, 14 days"),
                  "completed", "order", "2026-06-10", pcp, reason_ref=[palp])
    mon = c.obs(cc((LN, "18754-2", "Holter monitor study"), text="14-day ambulatory ECG monitor"), "2026-07-08",
                value_str="Predominant sinus rhythm, HR 54-131 bpm, average 78. Rare isolated PACs (<0.1%), no PVCs, no pauses, no atrial fibrillation/flutter, no SVT. 11 patient-triggered events, all correlating with sinus rhythm or sinus tachycardia to 104 bpm.",
                interp="N", cat="procedure", hm="12:00")
    c.dr(cc((LN, "18754-2", "Holter monitor study"), text="Ambulatory ECG monitor report"), "2026-07-08", card, results=[mon],
         conclusion="Normal ambulatory ECG study. Symptoms correlate with sinus rhythm. No arrhythmia identified.", cat=("EC", "Electrocardiac (e.g., EKG, EEC, Holter)"))

    e2 = c.enc("2026-08-05", etype=E_ESTAB("99204"), pract=card, reason=cc((ICD, "R00.2", "Palpitations")), hm="13:40", minutes=45, diagnoses=[palp],
               service_type=cc((SCT, "394579002", "Cardiology")))
    c.vitals("2026-08-05", e2, 116, 72, hr=80, wt=63.8)
    c.obs(cc((SCT, "80313002", "Palpitations")), "2026-08-05", value_cc=SYM_PRESENT, cat="exam", enc=e2, note="Still 3-4 episodes weekly; now also lightheaded on standing quickly.")
    c.obs(cc(text="Orthostatic vital signs"), "2026-08-05", value_str="Supine 114/72 HR 72; standing 3 min 112/74 HR 86. Not orthostatic.", interp="N", cat="vital-signs", enc=e2)
    ef = c.lab("lvef", "2026-08-12", 62, 52, 72)
    c.dr(cc((CPT, "93306", "Echocardiography, transthoracic, complete, with spectral and color flow Doppler"), text="Transthoracic echocardiogram"),
         "2026-08-12", card, results=[ef], cat=("CUS", "Cardiac Ultrasound"),
         conclusion="Normal LV size and systolic function, EF 60-65%. Normal RV. No significant valvular disease. No pericardial effusion. Structurally normal heart.")
    c.note("consult", "2026-08-19", card, """
Cardiology Clinic - Follow-up / Results
Rajesh Menon, MD   08/19/2026 (telephone)

Reviewed with patient: 14-day monitor showed sinus rhythm during all triggered events, rare PACs only. TTE structurally normal, EF 60-65%. Orthostatics negative. TSH, electrolytes, Mg, CBC normal.

Impression: Palpitations without arrhythmia or structural heart disease. Reassured that there is no cardiac cause identified. No cardiology follow-up needed; return to PCP.
""", title="Cardiology telephone follow-up")

    e3 = c.enc("2026-10-21", etype=E_ESTAB("99214"), pract=pcp, reason=cc((ICD, "R00.2", "Palpitations")), hm="08:40", diagnoses=[palp])
    c.vitals("2026-10-21", e3, 120, 76, hr=74, wt=63.5)
    c.obs(cc((SCT, "80313002", "Palpitations")), "2026-10-21", value_cc=SYM_PRESENT, cat="exam", enc=e3, note="4-5 episodes per week, left work early twice this month.")
    c.lab("gad7", "2026-10-21", 4, enc=e3)
    c.lab("hb", "2026-10-21", 13.3, 12.0, 15.5, enc=e3)
    c.lab("tsh", "2026-10-21", 2.10, 0.45, 4.50, enc=e3)
    c.lab("glu", "2026-10-21", 91, 70, 99, enc=e3)
    c.lab("k", "2026-10-21", 4.3, 3.5, 5.1, enc=e3)
    c.note("progress", "2026-10-21", pcp, """
Magnolia Family Medicine - Clinic Note
10/21/2026  Ellen M. Whitaker, MD

Palpitations persist, now ~5 months. Episodes 4-5/week with lightheadedness; had to leave work twice. Cut caffeine completely in June without change. Denies anxiety symptoms; GAD-7 = 4. Cardiology evaluation (monitor, echo) unremarkable; labs unremarkable again today.

A/P: Palpitations, no cause found after cardiac and metabolic evaluation. Reassured. Keep symptom diary. Return as needed.
""", enc=e3, title="Office visit")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Palpitations recorded at three visits over about 19 weeks (Jun-Oct 2026); ECG, 14-day monitor, echo and repeated labs all normal; no explaining diagnosis made and symptoms continue.",
                   summary="36F, 5 months of palpitations/lightheadedness; normal ECG, monitor, echo, labs; reassured, still symptomatic (family medicine/cardiology).")


def psnw_pos_ida_nofollowup(cid):
    c = new_case(cid, "prairie")
    pcp = doc(c, "Scott A.", "Brandt", suffix="DO", gender="male")
    c.patient("Gerald Wayne", "Lindqvist", "male", "1962-02-03", "PFM-0028817", "1408 N Rock Rd", "Wichita", "KS", "67206", "316-555-0192",
              gp=pcp, marital="M")
    payer(c, "Blue Cross and Blue Shield of Kansas", "BlueChoice PPO", "KSB901447723", "2023-01-01", group="KS-88412")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2015-06-01", recorded="2015-06-18")
    hld = c.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.2", "Mixed hyperlipidemia")), onset="2017-03-01", recorded="2017-03-22")
    c.cond(cc((SCT, "396232000", "Inguinal hernia"), (ICD, "K40.90", "Unilateral inguinal hernia, without obstruction or gangrene, not specified as recurrent")),
           onset="2019-01-15", clinical="resolved", abated="2019-03-12", note="s/p open right inguinal hernia repair with mesh 03/2019")
    c.proc(cc((CPT, "49505", "Repair initial inguinal hernia, age 5 years or older; reducible"), text="Right inguinal hernia repair with mesh"), "completed", date="2019-03-12")
    ida = c.cond(cc((SCT, "87522002", "Iron deficiency anemia"), text="Iron deficiency anemia"), onset="2026-07-14", recorded="2026-07-16", asserter=pcp)
    c.medstmt(c.med("29046", "lisinopril", "lisinopril 20 mg tablet"), "active", "2015-06-18", dosage="20 mg by mouth daily", reason_ref=htn)
    c.medstmt(c.med("83367", "atorvastatin", "atorvastatin 20 mg tablet"), "active", "2017-03-22", dosage="20 mg by mouth nightly", reason_ref=hld)
    c.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2025-10-08")

    e1 = c.enc("2026-07-14", etype=E_ESTAB("99396"), pract=pcp, reason=cc(text="Annual physical"), hm="08:00", minutes=40)
    c.vitals("2026-07-14", e1, 132, 80, hr=78, wt=91.6, bmi=28.9)
    labs = [c.lab("hb", "2026-07-14", 10.6, 13.5, 17.5, enc=e1), c.lab("hct", "2026-07-14", 33.9, 38.8, 50.0, enc=e1),
            c.lab("mcv", "2026-07-14", 74, 80, 100, enc=e1), c.lab("wbc", "2026-07-14", 7.2, 4.0, 11.0, enc=e1),
            c.lab("plt", "2026-07-14", 418, 150, 400, enc=e1)]
    c.dr(cc((LN, "58410-2", "CBC panel - Blood by Automated count")), "2026-07-14", pcp, results=labs, enc=e1)
    iron = [c.lab("ferritin", "2026-07-14", 7, 24, 336, enc=e1), c.lab("iron", "2026-07-14", 31, 65, 175, enc=e1),
            c.lab("tsat", "2026-07-14", 7, 20, 50, enc=e1)]
    c.dr(cc((LN, "50190-8", "Iron and Iron binding capacity panel - Serum or Plasma"), text="Iron studies"), "2026-07-15", pcp, results=iron, enc=e1)
    c.lab("cr", "2026-07-14", 0.98, 0.70, 1.30, enc=e1)
    c.lab("ldl", "2026-07-14", 92, None, 100, enc=e1)
    c.lab("psa", "2026-07-14", 1.1, None, 4.0, enc=e1)
    c.note("progress", "2026-07-14", pcp, """
PRAIRIE FAMILY MEDICINE ASSOCIATES
Annual exam - 07/14/2026 - Scott Brandt, DO

64M here for annual physical. Feels a bit more tired than usual, gets winded on 2 flights of stairs. No chest pain. Bowels regular, denies melena or hematochezia. No NSAID use. Diet: eats red meat most days.
Colon cancer screening: never had colonoscopy; FIT kit given 2024 was not returned.
Exam unremarkable, mild conjunctival pallor.

A/P
1. HTN - controlled on lisinopril 20.
2. HLD - LDL 92 on atorvastatin.
3. Microcytic anemia - Hgb 10.6, MCV 74, ferritin 7 (resulted 7/15). Iron deficiency. Start ferrous sulfate 325 mg daily. Recheck CBC in 3 months.
""", enc=e1, title="Annual physical")
    c.medreq(cc(text="ferrous sulfate 325 mg (65 mg elemental iron) tablet"), "2026-07-16", dosage="1 tablet by mouth daily with orange juice",
             requester=pcp, reason_ref=ida, refills=5)
    c.comm("2026-07-16T12:05:00-06:00", pcp, c.patient_ref, "Your blood count shows you are low on iron. I sent an iron pill to your pharmacy. Take one daily. We will recheck your blood count in about 3 months.",
           category=cc(text="Result notification"))

    e2 = c.enc("2026-10-20", etype=E_ESTAB("99213"), pract=pcp, reason=cc(text="Follow-up anemia, blood pressure"), hm="15:20", diagnoses=[ida, htn])
    c.vitals("2026-10-20", e2, 128, 78, hr=76, wt=90.8)
    c.lab("hb", "2026-10-20", 11.1, 13.5, 17.5, enc=e2)
    c.lab("mcv", "2026-10-20", 76, 80, 100, enc=e2)
    c.lab("ferritin", "2026-10-20", 14, 24, 336, enc=e2)
    c.note("progress", "2026-10-20", pcp, """
PRAIRIE FAMILY MEDICINE ASSOCIATES
Follow-up - 10/20/2026 - Scott Brandt, DO

Taking iron most days, some constipation. Energy about the same. Hgb 11.1 (from 10.6), ferritin 14.
A/P: Iron deficiency anemia, slowly improving. Continue ferrous sulfate, add docusate prn. Recheck labs in 3-4 months. BP at goal.
""", enc=e2, title="Office visit")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Red-flag finding (iron-deficiency anaemia in a 64-year-old man, never screened for colorectal cancer) with no GI referral, colonoscopy or other diagnostic follow-up more than 60 days after it was found (July to December 2026).",
                   summary="64M, new iron-deficiency anaemia (Hb 10.6, ferritin 7) treated with oral iron only; no colonoscopy or GI referral after 4.5 months (family medicine).")


def psnw_pos_readmit(cid):
    c = new_case(cid, "riverside")
    pcp = doc(c, "Thomas J.", "Avery", gender="male")
    edoc = doc(c, "Priya", "Natarajan", gender="female")
    card = doc(c, "Michael", "Szabo", gender="male")
    c.patient("Marianne Theresa", "Kowalczyk", "female", "1958-05-22", "RRMC00731955", "418 Shroyer Rd", "Kettering", "OH", "45419",
              "937-555-0116", gp=pcp, marital="W")
    payer(c, "Humana", "Humana Gold Plus HMO (Medicare Advantage)", "H58813402", "2023-06-01", kind=MEDICARE, group="H3619-003")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2012-01-01", recorded="2014-02-11")
    hld = c.cond(cc((SCT, "13644009", "Hypercholesterolemia"), (ICD, "E78.00", "Pure hypercholesterolemia, unspecified")), onset="2016-01-01", recorded="2016-05-02")
    c.medstmt(c.med("17767", "amlodipine", "amlodipine 5 mg tablet"), "active", "2014-02-11", dosage="5 mg daily", reason_ref=htn)
    c.medstmt(c.med("36567", "simvastatin", "simvastatin 20 mg tablet"), "stopped", "2016-05-02", end="2026-10-16", dosage="20 mg nightly",
              note="Changed to high-intensity atorvastatin at discharge 10/16/2026")

    cp = c.cond(cc((SCT, "29857009", "Chest pain"), (ICD, "R07.89", "Other chest pain")), onset="2026-09-24", recorded="2026-10-05", cat="encounter-diagnosis",
                clinical="resolved", abated="2026-10-13", note="Felt likely musculoskeletal vs reflux at office visit.")
    e1 = c.enc("2026-10-05", etype=E_ESTAB("99214"), pract=pcp, reason=cc((SCT, "29857009", "Chest pain")), hm="11:10", diagnoses=[cp])
    c.vitals("2026-10-05", e1, 148, 88, hr=84, wt=79.0, bmi=29.4, spo2=97)
    c.obs(cc((LN, "11524-6", "EKG study")), "2026-10-05", value_str="Sinus rhythm 82. Nonspecific T-wave flattening V5-V6, no acute ST changes. Unchanged from 2023.", interp="N", cat="procedure", enc=e1)
    c.note("progress", "2026-10-05", pcp, """
Riverside Primary Care - Office Note  10/05/2026  Thomas J. Avery, MD

68F with ~10 days of intermittent chest tightness, mostly when carrying laundry up stairs or walking the dog uphill, lasting a few minutes, eases with rest. Also more tired. One episode of nausea. Recently moved furniture.
Exam: BP 148/88, HR 84. Chest wall mildly tender L parasternal. Heart RRR. Lungs clear.
ECG: nonspecific T flattening, no acute changes, unchanged from 2023.

A/P: Chest pain - suspect musculoskeletal strain vs reflux. Trial omeprazole 20 mg daily, ibuprofen prn. Return in 4 weeks or sooner if worse.
""", enc=e1, title="Office visit")
    c.medreq(c.med("7646", "omeprazole", "omeprazole 20 mg delayed-release capsule"), "2026-10-05", status="completed", dosage="20 mg daily before breakfast", requester=pcp, enc=e1)

    mi = c.cond(cc((SCT, "401314000", "Acute non-ST segment elevation myocardial infarction"), (ICD, "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")),
                onset="2026-10-13", recorded="2026-10-13", clinical="resolved", abated="2026-11-10", asserter=card)
    cad = c.cond(cc((SCT, "53741008", "Coronary arteriosclerosis"), (ICD, "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")),
                 onset="2026-10-14", recorded="2026-10-14", asserter=card)
    e2 = c.enc("2026-10-13", cls="IMP", etype=E_ESTAB("99223"), pract=card, reason=cc((SCT, "29857009", "Chest pain"), text="Chest pain at rest"),
               end="2026-10-16", hm="06:52", diagnoses=[mi, cad, htn], admit_source=("emd", "From accident/emergency department"),
               discharge=("home", "Home"), priority=cc((V3ACT, "EM", "emergency")))
    c.vitals("2026-10-13", e2, 162, 94, hr=96, spo2=96, rr=20, hm="06:55")
    t1 = c.lab("hstnI", "2026-10-13", 212, None, 14, enc=e2, hm="07:10")
    t2 = c.lab("hstnI", "2026-10-13", 845, None, 14, enc=e2, hm="10:15")
    c.lab("ldl", "2026-10-14", 148, None, 100, enc=e2)
    c.lab("a1c", "2026-10-14", 5.8, None, 5.6, enc=e2)
    pci = c.proc(cc((CPT, "92928", "Percutaneous transcatheter placement of intracoronary stent(s), with coronary angioplasty when performed; single major coronary artery or branch"),
                    (SCT, "415070008", "Percutaneous coronary intervention")), "completed", date="2026-10-14T10:40:00-05:00", performer=card, enc=e2,
                 reason_ref=[mi], note="Coronary angiography: 95% proximal LAD culprit, 40% RCA. DES x1 to proximal LAD, TIMI 3 flow. LVEF 50% by ventriculography.")
    for med, disp, dose in [("1191", "aspirin", "aspirin 81 mg chewable tablet; 81 mg daily"),
                            ("1116632", "ticagrelor", "ticagrelor 90 mg tablet; 90 mg twice daily x 12 months"),
                            ("83367", "atorvastatin", "atorvastatin 80 mg tablet; 80 mg nightly"),
                            ("6918", "metoprolol", "metoprolol succinate ER 25 mg tablet; 25 mg daily")]:
        c.medreq(c.med(med, disp, dose.split(";")[0]), "2026-10-16", dosage=dose.split(";")[1].strip(), requester=card, enc=e2, category="discharge")
    c.note("discharge", "2026-10-16", card, """
RIVERSIDE REGIONAL MEDICAL CENTER - DISCHARGE SUMMARY
Admit 10/13/2026 via ED   Discharge 10/16/2026   Attending: Michael Szabo, MD (Cardiology)

Presentation: 68F presented to ED 10/13 at 05:30 with 40 min of substernal pressure at rest radiating to jaw, diaphoresis. Reports 3 weeks of exertional chest tightness; seen by PCP 10/05 and treated for musculoskeletal/reflux pain.
hs-TnI 212 -> 845 ng/L. ECG: 1 mm ST depression V4-V6.
Course: NSTEMI. Heparin, ASA, ticagrelor load. Cath 10/14: 95% proximal LAD -> DES x1. LVEF 50%.
Discharge diagnoses: NSTEMI; CAD s/p PCI to LAD; HTN; hypercholesterolemia (LDL 148); prediabetes.
Plan: DAPT 12 months, atorvastatin 80, metoprolol succinate 25, continue amlodipine. Cardiac rehab referral. Cardiology f/u 3-4 weeks.
""", enc=e2, title="Discharge summary")
    c.sr(cc((SCT, "3457005", "Patient referral"), text="Referral to phase II cardiac rehabilitation"), "active", "order", "2026-10-16", card, reason_ref=[mi])
    e3 = c.enc("2026-11-09", etype=E_ESTAB("99214"), pract=card, reason=cc(text="Post-MI follow-up"), hm="14:00", diagnoses=[cad],
               service_type=cc((SCT, "394579002", "Cardiology")))
    c.vitals("2026-11-09", e3, 128, 76, hr=64, wt=77.9)
    c.note("progress", "2026-11-09", card, """
Cardiology follow-up 11/09/2026 - M. Szabo, MD
No recurrent angina. Started cardiac rehab 11/02, tolerating. Bruising on ticagrelor, acceptable. BP 128/76 HR 64.
A/P: CAD s/p LAD DES for NSTEMI 10/2026. Continue DAPT, statin, beta-blocker. Lipids in 6 weeks. Return 3 months.
""", enc=e3, title="Cardiology clinic note")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Unplanned (ED) hospital admission for NSTEMI on 2026-10-13, eight days after a primary-care visit where the same exertional chest tightness was attributed to musculoskeletal/reflux pain: the Singh return-visit e-trigger (admission within 14 days of a primary-care visit).",
                   summary="68F treated for 'musculoskeletal' chest pain at PCP, admitted via ED 8 days later with NSTEMI and stented (primary care/cardiology).")


def psnw_nm_psa_followed(cid):
    c = new_case(cid, "cascade")
    pcp = doc(c, "Karen L.", "Doyle", gender="female")
    uro = doc(c, "Alicia", "Romero", gender="female")
    rad = doc(c, "Benjamin", "Hsu", gender="male")
    c.patient("Hiroshi", "Tanaka", "male", "1967-04-11", "CVH-3319045", "7702 Beverly Blvd", "Everett", "WA", "98203", "425-555-0171", gp=pcp, marital="M")
    payer(c, "Premera Blue Cross", "Premera Heritage Plus PPO", "PBC7730019847", "2022-01-01", group="PR-10455")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2018-09-01", recorded="2018-09-14")
    c.medstmt(c.med("5487", "hydrochlorothiazide", "hydrochlorothiazide 25 mg tablet"), "active", "2018-09-14", dosage="25 mg daily", reason_ref=htn)
    c.cond(cc((SCT, "274100004", "Cholecystitis"), text="Acute cholecystitis, s/p laparoscopic cholecystectomy 2014"), onset="2014-05-02", clinical="resolved", abated="2014-05-09")
    e1 = c.enc("2026-08-03", etype=E_ESTAB("99396"), pract=pcp, reason=cc(text="Annual preventive visit"), hm="09:00", minutes=40)
    c.vitals("2026-08-03", e1, 126, 78, hr=70, wt=76.4, bmi=25.5)
    psa_prev = c.obs(cc((LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "2024-07-22", 2.9, "ng/mL", None, 4.0, "N")
    psa1 = c.lab("psa", "2026-08-03", 6.4, None, 4.0, enc=e1)
    c.lab("cr", "2026-08-03", 0.91, 0.70, 1.30, enc=e1)
    c.lab("glu", "2026-08-03", 94, 70, 99, enc=e1)
    epsa = c.cond(cc((SCT, "396152005", "Prostate specific antigen above reference range"), (ICD, "R97.20", "Elevated prostate specific antigen [PSA]")),
                  onset="2026-08-04", recorded="2026-08-04", asserter=pcp)
    c.sr(cc((SCT, "3457005", "Patient referral"), text="Referral to Urology - elevated PSA"), "completed", "order", "2026-08-05", pcp, reason_ref=[epsa],
         performer=uro)
    c.note("progress", "2026-08-03", pcp, """
Cascade Valley Health - Everett Primary Care
Annual visit 08/03/2026 - Karen Doyle, MD
59M, well. No urinary symptoms, no bone pain. Shared decision re PSA screening - elected to screen.
Addendum 08/05: PSA 6.4 (2.9 in 2024). Discussed by phone; referred to urology, appointment 8/26.
""", enc=e1, title="Preventive visit")
    e2 = c.enc("2026-08-26", etype=E_ESTAB("99204"), pract=uro, reason=cc((ICD, "R97.20", "Elevated prostate specific antigen [PSA]")), hm="10:30",
               minutes=40, diagnoses=[epsa], service_type=cc((SCT, "394612005", "Urology")))
    c.vitals("2026-08-26", e2, 124, 80, hr=68)
    c.lab("psa", "2026-08-26", 5.9, None, 4.0, enc=e2)
    c.obs(cc((LN, "12841-0", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma")), "2026-08-26", 24, "%", low=25, interp="L", enc=e2,
          note="Free PSA 24%")
    mri = c.dr(cc((CPT, "72197", "Magnetic resonance (eg, proton) imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences"),
                  text="MRI prostate multiparametric"), "2026-09-09", rad, cat=("RAD", "Radiology"),
               conclusion="Prostate volume 54 mL (PSA density 0.11). Diffuse heterogeneous transition zone nodularity consistent with BPH. No focal lesion suspicious for clinically significant cancer. PI-RADS v2.1 overall 2. No extraprostatic extension, no adenopathy.")
    c.proc(cc((CPT, "72197", "MRI pelvis without and with contrast"), text="Multiparametric MRI prostate"), "completed", date="2026-09-09T13:15:00-08:00", performer=rad)
    e3 = c.enc("2026-09-16", etype=E_ESTAB("99214"), pract=uro, reason=cc(text="MRI results"), hm="15:00", diagnoses=[epsa],
               service_type=cc((SCT, "394612005", "Urology")))
    c.note("progress", "2026-09-16", uro, """
Urology - Alicia Romero, MD - 09/16/2026
Elevated PSA follow-up. PSA 6.4 -> 5.9, free PSA 24%. DRE: ~50 g, smooth, no nodules. mpMRI: PI-RADS 2, PSA density 0.11, BPH.
Assessment: Low suspicion for clinically significant prostate cancer. Discussed biopsy vs surveillance; patient prefers surveillance, which is reasonable.
Plan: Repeat PSA in ~5 months (order placed, due early 02/2027). Return sooner if rising. No biopsy at this time.
""", enc=e3, title="Urology clinic note")
    c.sr(cc((LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), text="PSA"), "active", "order", "2026-09-16", uro,
         occurrence="2027-02-08", reason_ref=[epsa], category=cc((SCT, "108252007", "Laboratory procedure")))
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Raised PSA (6.4 ng/mL) was followed up promptly: urology referral within 2 days, urology visit at 23 days, repeat PSA and mpMRI (PI-RADS 2) within 60 days, with a documented surveillance plan. It is a red flag that was followed up, not a missed one.",
                   summary="59M, new PSA 6.4; urology visit, repeat PSA and prostate MRI within 6 weeks; surveillance plan (primary care/urology).")


def psnw_nm_ctsexplained(cid):
    c = new_case(cid, "lakeshore")
    pcp = doc(c, "Andrew", "Kim", gender="male")
    neuro = doc(c, "Beatriz", "Solano", gender="female")
    hand = doc(c, "Gregory", "Feinberg", gender="male")
    c.patient("Keisha Monique", "Grant", "female", "1982-09-30", "LUH-6620481", "5140 S Calumet Ave", "Chicago", "IL", "60615", "773-555-0133", gp=pcp, marital="S")
    payer(c, "Blue Cross and Blue Shield of Illinois", "Blue Advantage HMO", "XOF883201774", "2021-01-01", group="IL-3307")
    ob = c.cond(cc((SCT, "414916001", "Obesity"), (ICD, "E66.811", "Obesity, class 1")), onset="2019-01-01", recorded="2020-02-03")
    c.cond(cc((SCT, "37796009", "Migraine"), (ICD, "G43.009", "Migraine without aura, not intractable, without status migrainosus")), onset="2008-01-01", recorded="2015-06-30")
    par = c.cond(cc((SCT, "91019004", "Paresthesia"), (ICD, "R20.2", "Paresthesia of skin")), onset="2026-04-01", recorded="2026-05-12", clinical="resolved",
                 abated="2026-08-18", note="Bilateral hand numbness/tingling, worse at night. Attributed to carpal tunnel syndrome after NCS 08/18/2026.")
    e1 = c.enc("2026-05-12", etype=E_ESTAB("99214"), pract=pcp, reason=cc((ICD, "R20.2", "Paresthesia of skin")), hm="09:20", diagnoses=[par])
    c.vitals("2026-05-12", e1, 124, 80, hr=78, wt=88.0, bmi=32.3)
    c.obs(cc((SCT, "91019004", "Paresthesia")), "2026-05-12", value_cc=SYM_PRESENT, cat="exam", enc=e1, note="Both hands, thumb to ring finger, wakes at night.")
    for k, v, lo, hi in [("glu", 92, 70, 99), ("a1c", 5.4, None, 5.6), ("tsh", 1.9, 0.45, 4.5), ("b12", 520, 232, 1245), ("hb", 12.9, 12.0, 15.5), ("cr", 0.82, 0.57, 1.0)]:
        c.lab(k, "2026-05-12", v, lo, hi, enc=e1)
    e2 = c.enc("2026-06-23", etype=E_ESTAB("99213"), pract=pcp, reason=cc((ICD, "R20.2", "Paresthesia of skin")), hm="16:00", diagnoses=[par])
    c.obs(cc((SCT, "91019004", "Paresthesia")), "2026-06-23", value_cc=SYM_PRESENT, cat="exam", enc=e2, note="No change; using neutral wrist splints nightly for 2 weeks.")
    e3 = c.enc("2026-07-28", etype=E_ESTAB("99214"), pract=pcp, reason=cc((ICD, "R20.2", "Paresthesia of skin")), hm="10:40", diagnoses=[par])
    c.obs(cc((SCT, "91019004", "Paresthesia")), "2026-07-28", value_cc=SYM_PRESENT, cat="exam", enc=e3, note="Now dropping objects; positive Phalen and Tinel bilaterally R>L.")
    c.note("progress", "2026-07-28", pcp, """
Lakeshore Internal Medicine - 07/28/2026 - Andrew Kim, MD
Hand numbness x4 months, not better with night splints. Dropping cups. Works as a medical coder (keyboard 8h/day). Phalen + bilaterally, Tinel + at wrists, mild thenar weakness R. Labs 5/12 normal (A1c, TSH, B12).
A/P: Bilateral hand paresthesias, suspect carpal tunnel syndrome. Refer for EMG/NCS.
""", enc=e3, title="Office visit")
    c.sr(cc((CPT, "95910", "Nerve conduction studies; 7-8 studies"), text="EMG/NCS bilateral upper extremities"), "completed", "order", "2026-07-28", pcp,
         reason_ref=[par], performer=neuro)
    cts = c.cond(cc((SCT, "57406009", "Carpal tunnel syndrome"), (ICD, "G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), onset="2026-08-18",
                 recorded="2026-08-18", asserter=neuro, severity=cc((SCT, "6736007", "Moderate")))
    ncs = c.proc(cc((CPT, "95910", "Nerve conduction studies; 7-8 studies"), text="Nerve conduction study, bilateral upper limbs"), "completed",
                 date="2026-08-18T13:00:00-05:00", performer=neuro)
    c.note("procedure", "2026-08-18", neuro, """
Lakeshore Neurodiagnostics - NCS/EMG report 08/18/2026 - Beatriz Solano, MD
Bilateral median sensory latencies prolonged (R 4.6 ms, L 4.0 ms) with reduced amplitudes; R median motor distal latency 5.1 ms. Ulnar and radial studies normal. Needle EMG R APB: no active denervation. Cervical paraspinals normal.
Impression: Bilateral median neuropathy at the wrist consistent with carpal tunnel syndrome, moderate on right, mild on left. No evidence of cervical radiculopathy or polyneuropathy.
""", title="EMG/NCS report")
    e4 = c.enc("2026-09-08", etype=E_ESTAB("99203"), pract=hand, reason=cc((ICD, "G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), hm="08:30", diagnoses=[cts])
    c.proc(cc((CPT, "20526", "Injection, therapeutic (eg, local anesthetic, corticosteroid), carpal tunnel"), text="Right carpal tunnel corticosteroid injection"),
           "completed", date="2026-09-08T09:00:00-05:00", performer=hand, enc=e4, reason_ref=[cts])
    e5 = c.enc("2026-11-03", etype=E_ESTAB("99213"), pract=hand, reason=cc(text="Follow-up carpal tunnel"), hm="08:15", diagnoses=[cts])
    c.note("progress", "2026-11-03", hand, """
Hand Surgery clinic - G. Feinberg, MD - 11/03/2026
CTS bilateral. Right much improved after injection 9/8, night symptoms resolved; left mild, controlled with splint. Ergonomic keyboard at work.
Plan: continue splints. If symptoms recur, discuss carpal tunnel release. Return prn.
""", enc=e5, title="Hand clinic note")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Hand paresthesia was recorded at three visits over 11 weeks with normal labs, but NCS then diagnosed bilateral carpal tunnel syndrome, which explains the symptoms, and they improved with treatment.",
                   summary="44F, 4 months of hand numbness with normal bloods; NCS shows carpal tunnel syndrome, improved after injection (internal medicine/neurology/hand).")


CASES = [psnw_pos_palpitations, psnw_pos_ida_nofollowup, psnw_pos_readmit, psnw_nm_psa_followed, psnw_nm_ctsexplained]

