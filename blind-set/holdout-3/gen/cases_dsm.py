from common import *

T = "DIAGNOSIS_SYMPTOM_MISMATCH"


def dsm_pos_ibs_calprotectin(cid):
    c = new_case(cid, "evergreen")
    pcp = doc(c, "Naomi", "Fairbanks", suffix="NP", gender="female")
    c.patient("Tyler James", "Brennan", "male", "1991-11-08", "EV00419273", "3390 Center St NE", "Salem", "OR", "97301", "503-555-0184", gp=pcp, marital="S")
    payer(c, "Oregon Health Plan (Medicaid) - PacificSource Community Solutions", "OHP Plus", "OHP4419027", "2024-03-01",
          kind=("MCPOL", "managed care policy"))
    ibs = c.cond(cc((ICD, "K58.0", "Irritable bowel syndrome with diarrhea"), (SCT, "10743008", "Irritable bowel syndrome")), onset="2025-09-16",
                 recorded="2025-09-16", asserter=pcp)
    c.cond(cc((SCT, "44465007", "Sprain of ankle"), (ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), onset="2023-06-10",
           clinical="resolved", abated="2023-07-20", cat="encounter-diagnosis")
    c.medreq(c.med("3361", "dicyclomine", "dicyclomine 20 mg tablet"), "2026-03-10", dosage="20 mg by mouth four times daily as needed for cramping", requester=pcp, reason_ref=ibs)
    e0 = c.enc("2025-09-16", etype=E_ESTAB("99204"), pract=pcp, reason=cc(text="Loose stools"), hm="13:00", diagnoses=[ibs])
    c.vitals("2025-09-16", e0, 122, 76, hr=72, wt=78.0, bmi=24.1)
    for k, v, lo, hi in [("hb", 14.8, 13.5, 17.5), ("tsh", 1.3, 0.45, 4.5), ("ttg", 1.0, None, 4.0), ("crp", 2.1, None, 5.0)]:
        c.lab(k, "2025-09-16", v, lo, hi, enc=e0)
    c.note("progress", "2025-09-16", pcp, """
Evergreen Community Clinics - New patient
09/16/2025  Naomi Fairbanks, FNP
33M with 4 months of loose stools 3-4x/day and crampy lower abdominal pain relieved by defecation. Works night shifts at a warehouse, stressed. No blood, no weight loss, no nocturnal symptoms. No family history of IBD or colon cancer.
Labs: CBC, TSH, tTG-IgA, CRP normal.
A/P: Irritable bowel syndrome, diarrhea predominant. Fiber, avoid trigger foods, stress management.
""", enc=e0, title="New patient visit")
    e1 = c.enc("2026-03-10", etype=E_ESTAB("99213"), pract=pcp, reason=cc(text="IBS follow-up"), hm="14:30", diagnoses=[ibs])
    c.vitals("2026-03-10", e1, 120, 78, hr=74, wt=76.8)
    c.obs(cc((SCT, "62315008", "Diarrhea")), "2026-03-10", value_cc=SYM_PRESENT, cat="exam", enc=e1, note="4-5 loose stools/day, cramping.")
    e2 = c.enc("2026-07-21", etype=E_ESTAB("99213"), pract=pcp, reason=cc(text="Diarrhea"), hm="15:10", diagnoses=[ibs])
    c.vitals("2026-07-21", e2, 118, 74, hr=82, wt=74.4)
    c.obs(cc((SCT, "62315008", "Diarrhea")), "2026-07-21", value_cc=SYM_PRESENT, cat="exam", enc=e2, note="5-6 stools/day, now waking at night 1-2x to defecate; mucus.")
    c.note("progress", "2026-07-21", pcp, """
07/21/2026 - N. Fairbanks, FNP
IBS-D follow-up. Diarrhea 5-6/day, now waking at night 1-2 times to have BM. Mucus, no visible blood. Dicyclomine helps cramps a little. Weight 74.4 kg (78.0 last Sept). Has been skipping meals.
A/P: IBS-D, not well controlled. Continue dicyclomine, add loperamide prn. Low-FODMAP handout.
""", enc=e2, title="Office visit")
    c.medreq(c.med("6468", "loperamide", "loperamide 2 mg capsule"), "2026-07-21", dosage="2 mg after each loose stool, max 8 mg/day", requester=pcp, reason_ref=ibs, enc=e2)
    e3 = c.enc("2026-10-27", etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Diarrhea, weight loss"), hm="09:50", diagnoses=[ibs])
    c.vitals("2026-10-27", e3, 116, 72, hr=88, wt=72.5, bmi=22.4, temp=37.4)
    c.obs(cc((SCT, "62315008", "Diarrhea")), "2026-10-27", value_cc=SYM_PRESENT, cat="exam", enc=e3, note="6 stools/day, nocturnal; perianal soreness.")
    c.obs(cc((SCT, "89362005", "Weight loss")), "2026-10-27", value_cc=SYM_PRESENT, cat="exam", enc=e3, note="5.5 kg over 13 months, unintentional.")
    calp = c.local_lab("FCALP", "Calprotectin, fecal", "2026-10-27", 410, "ug/g", low=None, high=50, enc=e3, ref_text="<50 ug/g normal; 50-120 borderline; >120 elevated")
    c.lab("crp", "2026-10-27", 14.2, None, 5.0, enc=e3)
    c.lab("esr", "2026-10-27", 31, 0, 15, enc=e3)
    c.lab("alb", "2026-10-27", 3.3, 3.5, 5.0, enc=e3)
    c.lab("hb", "2026-10-27", 13.8, 13.5, 17.5, enc=e3)
    c.lab("plt", "2026-10-27", 446, 150, 400, enc=e3)
    c.obs({"coding": [{"system": c.site["local_codes"], "code": "GIPP", "display": "GI pathogen panel, PCR, stool"}], "text": "GI pathogen panel, PCR, stool"}, "2026-10-27",
          value_str="Not detected for all targets", interp="N", enc=e3)
    c.note("progress", "2026-10-27", pcp, """
10/27/2026 - N. Fairbanks, FNP
IBS-D. Still 6 loose stools/day with nocturnal stools and urgency, perianal soreness. Weight 72.5 kg (down 5.5 kg since 09/2025). Low-grade temp 37.4. Abdomen soft, mild RLQ tenderness.
Results: fecal calprotectin 410, CRP 14.2, ESR 31, albumin 3.3, plt 446. Stool pathogen panel negative.
A/P: IBS-D flare, likely stress related with night shifts. Continue loperamide/dicyclomine. Consider rifaximin trial if no better. Recheck in 2-3 months.
""", enc=e3, title="Office visit")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Catch-all IBS label (K58.0) active more than a year while diarrhea continues and new nocturnal stools, weight loss, fecal calprotectin 410, raised CRP/ESR, low albumin and thrombocytosis appear, none of which IBS can explain.",
                   summary="35M labelled IBS-D for 14 months; nocturnal diarrhea, 5.5 kg weight loss, calprotectin 410, raised CRP, still managed as IBS (primary care).")


def dsm_pos_fibro_myositis(cid):
    c = new_case(cid, "desertsun")
    pcp = doc(c, "Lorena", "Villalobos", gender="female")
    c.patient("Roberto", "Alvarez", "male", "1968-01-19", "DSH-20488715", "2845 E Grant Rd", "Tucson", "AZ", "85716", "520-555-0163", gp=pcp, marital="M",
              lang=("es", "Spanish"))
    payer(c, "UnitedHealthcare", "UHC Choice Plus", "UHC992041876", "2020-01-01", group="UHC-771204")
    fm = c.cond(cc((ICD, "M79.7", "Fibromyalgia"), (SCT, "203082005", "Fibromyalgia")), onset="2025-04-08", recorded="2025-04-08", asserter=pcp)
    gerd = c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), onset="2019-01-01", recorded="2019-05-14")
    c.medstmt(c.med("72625", "duloxetine", "duloxetine 60 mg delayed-release capsule"), "active", "2025-04-08", dosage="60 mg daily (increased from 30 mg 02/2026)", reason_ref=fm)
    c.medstmt(c.med("40790", "pantoprazole", "pantoprazole 40 mg tablet"), "active", "2019-05-14", dosage="40 mg daily", reason_ref=gerd)
    c.medstmt(c.med("83367", "atorvastatin", "atorvastatin 10 mg tablet"), "stopped", "2021-02-01", end="2024-11-01", dosage="10 mg daily",
              note="Stopped by patient 2024 - did not want to take; not restarted.")
    e0 = c.enc("2025-04-08", etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Generalized body aches"), hm="10:00", diagnoses=[fm])
    for k, v, lo, hi in [("ck", 142, 39, 308), ("esr", 12, 0, 20), ("tsh", 2.2, 0.45, 4.5), ("crp", 3.0, None, 5.0)]:
        c.lab(k, "2025-04-08", v, lo, hi, enc=e0)
    e1 = c.enc("2026-02-17", etype=E_ESTAB("99213"), pract=pcp, reason=cc(text="Fibromyalgia follow-up"), hm="11:20", diagnoses=[fm])
    c.vitals("2026-02-17", e1, 128, 80, hr=74, wt=84.0)
    c.note("progress", "2026-02-17", pcp, """
Desert Sun Health - Primary Care - 02/17/2026 - Lorena Villalobos, MD
Fibromyalgia: widespread aching, poor sleep, fatigue. Walking 20 min most days. Increase duloxetine to 60 mg. Sleep hygiene.
""", enc=e1, title="Office visit")
    e2 = c.enc("2026-08-11", etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Weakness, body pain"), hm="08:40", diagnoses=[fm])
    c.vitals("2026-08-11", e2, 132, 82, hr=80, wt=81.9)
    weak = c.obs(cc((SCT, "249939004", "Proximal muscle weakness")), "2026-08-11", value_cc=SYM_PRESENT, cat="exam", enc=e2,
                 note="Hip flexors 4/5, deltoids 4/5 bilaterally; needs arms to rise from chair.")
    l2 = [c.lab("ck", "2026-08-11", 2460, 39, 308, enc=e2), c.lab("ast", "2026-08-11", 88, 10, 40, enc=e2), c.lab("alt", "2026-08-11", 71, 7, 56, enc=e2)]
    ald = c.local_lab("ALDO", "Aldolase, serum", "2026-08-11", 14.2, "U/L", high=8.1, enc=e2)
    c.ci("2026-08-11", pcp, "Fibromyalgia flare with deconditioning. CK elevation possibly exercise related (started yard work). Increase activity gradually, PT referral.",
         problems=[fm], findings=[{"itemReference": R(weak)}, {"itemReference": R(l2[0])}], enc=e2,
         description="Assessment - worsening body pain and weakness")
    c.note("progress", "2026-08-11", pcp, """
08/11/2026 - L. Villalobos, MD (visit in Spanish)
6 weeks of trouble climbing stairs, getting up from low chairs, and lifting arms to shave. Aches everywhere as usual. No rash noted by patient. No new meds, not on statin (stopped 2024).
Exam: proximal weakness 4/5 hips and shoulders, distal 5/5. Reflexes 2+.
Labs: CK 2460, AST 88, ALT 71, aldolase 14.2.
A/P: Fibromyalgia flare / deconditioning. CK likely from yard work. PT referral. Recheck CK at next visit.
""", enc=e2, title="Office visit")
    e3 = c.enc("2026-10-06", etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Fibromyalgia, weakness"), hm="09:10", diagnoses=[fm])
    c.vitals("2026-10-06", e3, 130, 80, hr=84, wt=80.2)
    c.obs(cc((SCT, "249939004", "Proximal muscle weakness")), "2026-10-06", value_cc=SYM_PRESENT, cat="exam", enc=e3, note="Hip flexors 4-/5; Gowers-like rise.")
    c.obs(cc((SCT, "40739000", "Dysphagia")), "2026-10-06", value_cc=SYM_PRESENT, cat="exam", enc=e3, note="Occasional difficulty swallowing bread/meat.")
    c.lab("ck", "2026-10-06", 3120, 39, 308, enc=e3)
    c.lab("tsh", "2026-10-06", 2.0, 0.45, 4.5, enc=e3)
    c.note("progress", "2026-10-06", pcp, """
10/06/2026 - L. Villalobos, MD
Weakness worse, could not finish PT sessions. New occasional solid-food dysphagia. Scaly rash on knuckles he thinks is from gloves at work. CK 3120 (2460 in Aug), TSH normal.
A/P: Fibromyalgia with flare, deconditioning; poor tolerance of PT. Continue duloxetine 60, add pregabalin 75 mg bid for pain and sleep. Follow up 3 months.
""", enc=e3, title="Office visit")
    c.medreq(c.med("187832", "pregabalin", "pregabalin 75 mg capsule"), "2026-10-06", dosage="75 mg by mouth twice daily", requester=pcp, reason_ref=fm, enc=e3)
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Fibromyalgia (M79.7, catch-all) active since 2025 while new proximal weakness, dysphagia, knuckle rash, CK 2460 to 3120 and raised aldolase/transaminases appear. Fibromyalgia does not cause weakness or a raised CK, and the label was kept.",
                   summary="58M labelled fibromyalgia; new proximal weakness, dysphagia, CK >3000 still treated as fibromyalgia flare (primary care).")


def dsm_pos_gad_thyroid(cid):
    c = new_case(cid, "pinecrest")
    psy = doc(c, "Daniel", "Okonkwo", gender="male")
    c.patient("Sofia Grace", "Marchetti", "female", "1999-06-02", "PBH-118204", "921 N Tejon St Apt 4", "Colorado Springs", "CO", "80903", "719-555-0107",
              marital="S")
    payer(c, "Cigna Healthcare", "Cigna Open Access Plus", "U77320145 01", "2025-08-01", group="CIG-3318020")
    gad = c.cond(cc((ICD, "F41.1", "Generalized anxiety disorder"), (SCT, "21897009", "Generalized anxiety disorder")), onset="2026-01-15", recorded="2026-04-14", asserter=psy)
    c.cond(cc((SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N39.0", "Urinary tract infection, site not specified")), onset="2025-10-02",
           clinical="resolved", abated="2025-10-09", cat="encounter-diagnosis")
    e1 = c.enc("2026-04-14", etype=enc_type("90792", "Psychiatric diagnostic evaluation with medical services"), pract=psy,
               reason=cc(text="Anxiety, palpitations, insomnia"), hm="13:00", minutes=60, diagnoses=[gad])
    c.vitals("2026-04-14", e1, 124, 70, hr=102, wt=60.1)
    c.lab("gad7", "2026-04-14", 15, enc=e1)
    c.lab("phq9", "2026-04-14", 7, enc=e1)
    c.note("consult", "2026-04-14", psy, """
PINECREST BEHAVIORAL HEALTH - Psychiatric Evaluation
04/14/2026  Daniel Okonkwo, MD
26F graduate student referred by campus clinic for anxiety. Since ~January: constant nervousness, racing heart, shaky hands, poor sleep (3-4 h), irritability, trouble concentrating. Eating more than usual. No panic attacks per se. No substance use, 1 coffee/day. No prior psychiatric history. Family hx: mother "thyroid problem".
MSE: anxious, fidgety, fine tremor of outstretched hands, speech slightly pressured, no SI.
GAD-7 15, PHQ-9 7.
Dx: Generalized anxiety disorder.
Plan: sertraline 25 mg x1 wk then 50 mg. CBT referral. Return 8 weeks.
""", enc=e1, title="Psychiatric diagnostic evaluation")
    c.medreq(c.med("36437", "sertraline", "sertraline 100 mg tablet"), "2026-06-16", dosage="100 mg daily (started 50 mg 04/14/2026, increased 06/16/2026)", requester=psy, reason_ref=gad)
    e2 = c.enc("2026-06-16", etype=enc_type("99214", "Office or other outpatient visit, established patient, moderate MDM"), pract=psy,
               reason=cc(text="Medication follow-up"), hm="14:00", diagnoses=[gad])
    c.vitals("2026-06-16", e2, 126, 68, hr=108, wt=57.8)
    e3 = c.enc("2026-09-15", etype=enc_type("99214", "Office or other outpatient visit, established patient, moderate MDM"), pract=psy,
               reason=cc(text="Medication follow-up"), hm="14:00", diagnoses=[gad])
    c.vitals("2026-09-15", e3, 128, 64, hr=112, wt=55.2)
    labs = [c.lab("tsh", "2026-09-18", 0.01, 0.45, 4.5, enc=e3), c.lab("ft4", "2026-09-18", 3.2, 0.8, 1.8, enc=e3),
            c.lab("hb", "2026-09-18", 12.8, 12.0, 15.5, enc=e3), c.lab("glu", "2026-09-18", 94, 70, 99, enc=e3),
            c.lab("alp", "2026-09-18", 141, 44, 121, enc=e3)]
    c.dr(cc(text="Thyroid function panel (TSH with reflex free T4)"), "2026-09-18", psy, results=labs[:2], enc=e3)
    c.note("progress", "2026-09-15", psy, """
09/15/2026 - D. Okonkwo, MD - med management
Still "on edge" despite sertraline 100 mg. Palpitations, hands shaking, feels hot all the time, sweating, loose stools 2-3/day, periods lighter and irregular. Weight 55.2 kg (60.1 in April) although eating a lot. HR 112.
Ordered baseline labs before adding propranolol.
A/P: GAD, partial response. Continue sertraline 100. Add propranolol 10 mg tid prn for somatic anxiety symptoms. Continue CBT.
Addendum 09/19: labs resulted, see chart.
""", enc=e3, title="Medication management")
    c.medreq(c.med("8787", "propranolol", "propranolol 10 mg tablet"), "2026-09-15", dosage="10 mg by mouth up to three times daily as needed for palpitations/tremor",
             requester=psy, reason_ref=gad, enc=e3)
    e4 = c.enc("2026-11-17", etype=enc_type("99214", "Office or other outpatient visit, established patient, moderate MDM"), pract=psy,
               reason=cc(text="Medication follow-up"), hm="15:00", diagnoses=[gad])
    c.vitals("2026-11-17", e4, 130, 62, hr=108, wt=52.9)
    c.lab("gad7", "2026-11-17", 14, enc=e4)
    c.note("progress", "2026-11-17", psy, """
11/17/2026 - D. Okonkwo, MD
GAD-7 14. Propranolol helps tremor somewhat. Still hot, sweaty, palpitations, weight now 52.9 kg. Eyes feel gritty. Sleep 5 h.
A/P: Generalized anxiety disorder, partial response to SSRI. Increase sertraline to 150 mg. Continue propranolol prn and CBT. RTC 6 weeks.
""", enc=e4, title="Medication management")
    return c, dict(target=T, kind="positive", expected=[T],
                   why="Her symptoms were labelled generalized anxiety disorder, but weight loss with high appetite, heat intolerance, tachycardia, tremor, TSH 0.01 and free T4 3.2 (hyperthyroidism) are not explained by that diagnosis, and the label was kept unchanged.",
                   summary="27F treated for GAD for 7 months; 7 kg weight loss, HR 110s, TSH <0.01 and high free T4 left unaddressed (psychiatry).")


def dsm_nm_ibs_controlled(cid):
    c = new_case(cid, "lakeshore")
    gi = doc(c, "Samuel", "Adeyemi", gender="male")
    rd = doc(c, "Julia", "Park", suffix="RDN", gender="female")
    c.patient("Priya", "Raman", "female", "1986-12-17", "LUH-5501876", "1735 W Diversey Pkwy", "Chicago", "IL", "60614", "312-555-0129", marital="M")
    payer(c, "Aetna", "Aetna Choice POS II", "W228813406", "2022-07-01", group="AET-0881245")
    ibs = c.cond(cc((ICD, "K58.0", "Irritable bowel syndrome with diarrhea"), (SCT, "10743008", "Irritable bowel syndrome")), onset="2025-05-20",
                 recorded="2025-05-20", asserter=gi)
    c.cond(cc((SCT, "195967001", "Asthma"), (ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), onset="2001-01-01", recorded="2018-01-09")
    c.medstmt(c.med("435", "albuterol", "albuterol HFA 90 mcg/actuation inhaler"), "active", "2018-01-09", dosage="2 puffs q4-6h prn")
    for k, v, lo, hi in [("hb", 13.2, 12.0, 15.5), ("ttg", 0.8, None, 4.0), ("tsh", 1.6, 0.45, 4.5), ("crp", 1.1, None, 5.0)]:
        c.lab(k, "2025-04-02", v, lo, hi)
    c.local_lab("FCALP", "Calprotectin, fecal", "2025-04-02", 28, "ug/g", high=50)
    c.proc(cc((CPT, "45380", "Colonoscopy, flexible; with biopsy, single or multiple"), (SCT, "73761001", "Colonoscopy")), "completed",
           date="2025-04-29T08:30:00-05:00", performer=gi,
           note="Normal colonoscopy to terminal ileum. Random biopsies right and left colon: normal colonic mucosa, no microscopic colitis.")
    e1 = c.enc("2025-05-20", etype=E_ESTAB("99214"), pract=gi, reason=cc(text="Chronic diarrhea"), hm="10:00", diagnoses=[ibs],
               service_type=cc((SCT, "394584008", "Gastroenterology")))
    c.note("progress", "2025-05-20", gi, """
Lakeshore Digestive Health - 05/20/2025 - Samuel Adeyemi, MD
38F with 2 years of intermittent loose stools and cramping relieved by BM, triggered by meals; no nocturnal symptoms, no bleeding, weight stable. Normal colonoscopy with random biopsies, normal tTG, calprotectin 28, CBC/CRP/TSH normal.
Assessment: IBS with diarrhea (Rome IV), no alarm features.
Plan: dietitian referral for low-FODMAP diet, dicyclomine prn.
""", enc=e1, title="GI clinic note")
    c.medstmt(c.med("3361", "dicyclomine", "dicyclomine 10 mg capsule"), "active", "2025-05-20", dosage="10 mg up to 4x daily prn (uses ~1x/month)", reason_ref=ibs)
    e2 = c.enc("2025-06-18", etype=enc_type("97802", "Medical nutrition therapy; initial assessment and intervention, individual, each 15 minutes"), pract=rd,
               reason=cc(text="Low FODMAP diet education"), hm="11:00", minutes=60)
    e3 = c.enc("2026-01-13", etype=E_ESTAB("99213"), pract=gi, reason=cc(text="IBS follow-up"), hm="09:30", diagnoses=[ibs],
               service_type=cc((SCT, "394584008", "Gastroenterology")))
    c.vitals("2026-01-13", e3, 112, 70, hr=68, wt=61.2)
    e4 = c.enc("2026-09-22", etype=E_ESTAB("99213"), pract=gi, reason=cc(text="IBS follow-up"), hm="09:30", diagnoses=[ibs],
               service_type=cc((SCT, "394584008", "Gastroenterology")))
    c.vitals("2026-09-22", e4, 114, 72, hr=66, wt=61.0)
    c.lab("hb", "2026-09-22", 13.4, 12.0, 15.5, enc=e4)
    c.note("progress", "2026-09-22", gi, """
Lakeshore Digestive Health - 09/22/2026 - Samuel Adeyemi, MD
IBS-D follow-up. Doing very well since completing FODMAP reintroduction: 1-2 formed stools/day, rare cramping (dicyclomine about once a month), no urgency, no nocturnal stools, no bleeding. Weight stable 61 kg.
Assessment: IBS-D, well controlled on dietary management. No alarm features.
Plan: Continue diet. Follow up as needed.
""", enc=e4, title="GI clinic note")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="IBS (K58.0) has been active more than 90 days, but it was made after a full evaluation (normal colonoscopy with biopsies, calprotectin, tTG) and symptoms are now controlled with no alarm features. The symptoms do not continue and nothing is left unexplained.",
                   summary="39F with IBS-D after full GI evaluation; symptoms controlled on low-FODMAP diet (gastroenterology).")


def dsm_nm_pmr_explained(cid):
    c = new_case(cid, "riverside")
    pcp = doc(c, "Hannah", "Burkhart", gender="female")
    rh = doc(c, "Victor", "Lindgren", gender="male")
    c.patient("Dorothy Ann", "Hendricks", "female", "1955-03-09", "RRMC00412283", "92 Wyoming St", "Dayton", "OH", "45410", "937-555-0175", gp=pcp, marital="M")
    payer(c, "Centers for Medicare & Medicaid Services", "Medicare Part A and B", "1EG4TE5MK73", "2020-03-01", kind=MEDICARE)
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), onset="2010-01-01", recorded="2013-08-20")
    c.medstmt(c.med("29046", "lisinopril", "lisinopril 10 mg tablet"), "active", "2013-08-20", dosage="10 mg daily", reason_ref=htn)
    e1 = c.enc("2026-06-02", etype=E_ESTAB("99214"), pract=pcp, reason=cc(text="Shoulder and hip pain, stiffness"), hm="10:15")
    c.vitals("2026-06-02", e1, 134, 78, hr=76, wt=66.3, temp=36.8)
    r1 = [c.lab("esr", "2026-06-02", 64, 0, 30, enc=e1), c.lab("crp", "2026-06-02", 38, None, 5.0, enc=e1), c.lab("ck", "2026-06-02", 74, 26, 192, enc=e1),
          c.lab("rf", "2026-06-02", 8, None, 14, enc=e1), c.lab("ccp", "2026-06-02", 4, None, 20, enc=e1), c.lab("tsh", "2026-06-02", 2.4, 0.45, 4.5, enc=e1),
          c.lab("hb", "2026-06-02", 11.8, 12.0, 15.5, enc=e1)]
    pmr = c.cond(cc((SCT, "65323003", "Polymyalgia rheumatica"), (ICD, "M35.3", "Polymyalgia rheumatica")), onset="2026-04-15", recorded="2026-06-09", asserter=rh)
    e2 = c.enc("2026-06-09", etype=E_ESTAB("99204"), pract=rh, reason=cc(text="Polymyalgia symptoms"), hm="14:00", minutes=45, diagnoses=[pmr],
               service_type=cc((SCT, "394810000", "Rheumatology")))
    c.note("consult", "2026-06-09", rh, """
Riverside Rheumatology - New consult 06/09/2026 - Victor Lindgren, MD
71F with ~7 weeks of bilateral shoulder and hip girdle aching, morning stiffness >2 h, difficulty getting out of bed and raising arms. No headache, jaw claudication, scalp tenderness or visual symptoms. No synovitis of hands.
ESR 64, CRP 38, Hgb 11.8 (normocytic), CK normal, RF/CCP negative, TSH normal.
Assessment: Polymyalgia rheumatica (2012 EULAR/ACR criteria met); mild anemia of inflammation. No features of GCA.
Plan: Prednisone 15 mg daily, taper per response. Calcium/vitamin D; DXA. Return 4-6 weeks.
""", enc=e2, title="Rheumatology consult")
    c.medreq(c.med("8640", "prednisone", "prednisone 5 mg tablet"), "2026-06-09", dosage="15 mg daily, taper by 2.5 mg every 4 weeks to 10 mg then slower per rheumatology",
             requester=rh, reason_ref=pmr, enc=e2)
    e3 = c.enc("2026-07-14", etype=E_ESTAB("99214"), pract=rh, reason=cc(text="PMR follow-up"), hm="14:00", diagnoses=[pmr])
    c.lab("esr", "2026-07-14", 18, 0, 30, enc=e3)
    c.lab("crp", "2026-07-14", 3.1, None, 5.0, enc=e3)
    c.local_lab("DXAFN", "DXA left femoral neck T-score", "2026-07-20", -1.6, "{T-score}", low=-1.0, interp="L")
    op = c.cond(cc((SCT, "312894000", "Osteopenia"), (ICD, "M85.852", "Other specified disorders of bone density and structure, left thigh")), onset="2026-07-20", recorded="2026-07-22")
    e4 = c.enc("2026-10-13", etype=E_ESTAB("99214"), pract=rh, reason=cc(text="PMR follow-up"), hm="14:30", diagnoses=[pmr])
    c.vitals("2026-10-13", e4, 130, 76, hr=72, wt=67.0)
    c.lab("esr", "2026-10-13", 14, 0, 30, enc=e4)
    c.lab("crp", "2026-10-13", 2.0, None, 5.0, enc=e4)
    c.lab("hb", "2026-10-13", 12.8, 12.0, 15.5, enc=e4)
    c.note("progress", "2026-10-13", rh, """
Riverside Rheumatology - 10/13/2026 - V. Lindgren, MD
PMR: complete resolution of girdle pain and stiffness within 1 week of prednisone; remains symptom free on 7.5 mg. ESR 14, CRP 2.0, Hgb normalized 12.8.
Plan: taper to 5 mg over 8 weeks. Continue Ca/vit D. Return 3 months or sooner with relapse or headache/visual symptoms.
""", enc=e4, title="Rheumatology follow-up")
    c.medstmt(cc(text="calcium carbonate 600 mg / cholecalciferol 800 units tablet"), "active", "2026-06-09", dosage="1 tablet twice daily")
    return c, dict(target=T, kind="near-miss", expected=[],
                   why="Abnormal results (ESR 64, CRP 38, mild anaemia) are exactly what polymyalgia rheumatica explains; the diagnosis fits the symptoms, and symptoms and labs settled on prednisone.",
                   summary="71F with girdle pain and high ESR/CRP diagnosed PMR; fast full response to prednisone (primary care/rheumatology).")


CASES = [dsm_pos_ibs_calprotectin, dsm_pos_fibro_myositis, dsm_pos_gad_thyroid, dsm_nm_ibs_controlled, dsm_nm_pmr_explained]

