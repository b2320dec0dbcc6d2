"""Cases from the consultation-liaison psychiatry and neuropsychiatry service (CL): ICD-10-CM + SNOMED CT, CPT,
RxNorm, rating scales (PHQ-9, GAD-7, PHQ-15), psychotropic trials, neurostimulation plans."""
from fhirkit import Case, cc, txt, q, ref, coding, SYS, registry  # noqa: F401

CASES = []
case = registry(CASES)

CM = "icd10cm"
LOC = "https://ehr.riverbend-health.example.org/CodeSystem/cl-local"
ORPHA = "http://www.orpha.net"
RAD = cc(("v2-0074", "RAD", "Radiology"))
LABCAT = cc(("v2-0074", "LAB", "Laboratory"))
OFFICE_EST = ("cpt", "99214", "Office or other outpatient visit, established patient, moderate MDM")
OFFICE_NEW = ("cpt", "99204", "Office or other outpatient visit, new patient, moderate MDM")
PSY_EVAL = ("cpt", "90792", "Psychiatric diagnostic evaluation with medical services")
IP_CONSULT = ("cpt", "99253", "Inpatient or observation consultation, moderate MDM")
ED_VISIT = ("cpt", "99284", "Emergency department visit, moderate MDM")


def visit(b, when, clinic, pract, code=OFFICE_EST, reason=None, cls="AMB", end=None, **kw):
    return b.enc(when, end, cls=cls, type_=cc(code, text=clinic), pract=pract, dept=b.dept(clinic), reason=reason, **kw)


def pt(b, family, given, gender, birth, mrn, phone, marital="S", contact=None):
    pcp = b.staff("pcp")
    b.patient(family, given, gender, birth, mrn, phone=phone, marital=marital, contact=contact, gp=pcp,
              line=None, city="Columbus")
    return pcp


# ---------------------------------------------------------------------------
@case(key="cl-fibromyalgia-label-persists", org="CL", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
      expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
      why="Fibromyalgia (M79.7, a catch-all label) has been the active diagnosis since February 2025 - about 21 months - "
          "while widespread pain, fatigue and cognitive complaints continue (PHQ-15 17, pain 6-7/10).",
      summary="41 y woman labelled fibromyalgia for 21 months; persistent widespread pain, fatigue and fog; CL referral for coping.")
def cl_fm(b: Case):
    pcp = pt(b, "Walsh", "Jennifer", "female", "1985-06-04", "RB-00718234", "+1 614 555 0142", marital="M")
    rh = b.staff("rheum")
    cl = b.staff("clpsych")
    fm = b.cond(cc((CM, "M79.7", "Fibromyalgia"), ("sct", "203082005", "Fibromyalgia"), text="Fibromyalgia"),
                onset="2025-02-11", recorder=rh,
                note="Widespread pain index 11, symptom severity 8 (2016 criteria). Fatigue, unrefreshing sleep, cognitive fog.")
    b.dx("insomnia", onset="2024-10", recorder=pcp)
    b.medstmt(b.drug("duloxetine", "duloxetine 60 mg DR capsule"), "2025-03-20", dose="60 mg once daily", reason_ref=fm)
    b.medstmt(b.drug("pregabalin", "pregabalin 75 mg capsule"), "2025-06-01", end="2025-09-15", status="stopped",
              reason_ref=fm, status_reason=txt("Weight gain and dizziness"))
    b.medstmt(b.drug("amitriptyline", "amitriptyline 10 mg tablet"), "2025-10-01", dose="10 mg at bedtime", reason_ref=fm)
    e0 = visit(b, "2025-02-11 09:00", "Rheumatology Clinic", rh, code=OFFICE_NEW)
    b.panel("cbc", "2025-02-11 09:40", e0, hb=13.4, wbc=6.2, plt=251)
    b.labs("2025-02-11 09:40", e0, esr=9, crp=1.2, tsh=1.9, ck=88, vitd=34)
    b.obs(cc(("loinc", "5048-4", "Nuclear Ab [Titer] in Serum by Immunofluorescence"), text="ANA (IFA)"), "2025-02-11 09:40",
          "<1:80 (negative)", enc=e0, interp="N")
    rows = [("2026-03-10", 7, None, "Rheumatology Clinic", rh), ("2026-06-09", 7, None, "Rheumatology Clinic", rh),
            ("2026-09-15", 7, 17, "Consultation-Liaison Psychiatry Clinic", cl), ("2026-11-17", 6, 17, "Consultation-Liaison Psychiatry Clinic", cl)]
    for d, pain, phq15, clinic, who in rows:
        e = visit(b, d + " 10:00", clinic, who, code=PSY_EVAL if d == "2026-09-15" else OFFICE_EST,
                  reason=cc((CM, "M79.7", "Fibromyalgia"), text="Widespread pain, fatigue"))
        b.score("pain", pain, d + " 10:05", e, name="Average pain past week (0-10)")
        if phq15:
            b.score("phq15", phq15, d + " 10:10", e)
        if d == "2026-09-15":
            b.score("phq9", 9, d + " 10:12", e)
            b.score("gad7", 7, d + " 10:14", e)
    b.panel("cbc", "2026-06-09 10:30", None, hb=13.2, wbc=5.9, plt=244)
    b.labs("2026-06-09 10:30", None, esr=11, crp=1.8, tsh=2.2)
    b.note("2026-09-15 11:30", cl, """
CONSULTATION-LIAISON PSYCHIATRY - INITIAL EVALUATION (Dr. M. Alvarez)
Referred by rheumatology for help with coping. Fibromyalgia diagnosed 02/2025. Ongoing widespread pain (7/10), fatigue,
unrefreshing sleep, word-finding difficulty; reduced hours at work (dental hygienist). Duloxetine 60 mg, amitriptyline 10 mg.
Pregabalin stopped (weight gain, dizziness).
PHQ-15 17 (high somatic symptom burden), PHQ-9 9, GAD-7 7. No suicidal ideation.
Assessment: persistent symptoms attributed to fibromyalgia; mild depressive symptoms secondary to pain.
Plan: pain-focused CBT group; sleep hygiene; continue current medications; return in 8 weeks.
""", kind="consult", title="CL psychiatry initial evaluation")
    b.note("2026-11-17 11:00", cl, """
CL PSYCHIATRY FOLLOW-UP
Symptoms unchanged: widespread pain 6/10, fatigue, brain fog. PHQ-15 17. Attending CBT group. No new findings.
Diagnosis remains fibromyalgia. Continue plan.
""", kind="progress", title="CL psychiatry follow-up")


# ---------------------------------------------------------------------------
@case(key="cl-functional-weakness-positive-signs", org="CL", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
      expected=[],
      why="Functional motor disorder was diagnosed on positive signs (Hoover's and hip abductor signs) after normal brain "
          "and spine MRI; the diagnosis explains the weakness, which is steadily improving with FND physiotherapy.",
      summary="32 y man with functional left-leg weakness diagnosed on positive signs; normal MRI; walking speed improving with therapy.")
def cl_fnd(b: Case):
    pcp = pt(b, "Bell", "Marcus", "male", "1994-01-22", "RB-00844107", "+1 614 555 0188")
    neuro = b.staff("neuro")
    np_ = b.staff("neuropsych")
    e1 = visit(b, "2026-04-03 18:20", "Emergency Department", neuro, code=ED_VISIT, cls="EMER",
               reason=txt("Sudden left leg weakness after slip on stairs"))
    mri = b.obs(cc((LOC, "MRI-BRAIN-SPINE", "MRI brain and whole spine"), text="MRI brain and whole spine without contrast"),
                "2026-04-03 21:00", "No acute infarct, no demyelination, no cord compression or signal change.", cat="imaging",
                enc=e1, interp="N")
    b.report(cc((LOC, "MRI-BRAIN-SPINE", "MRI brain and whole spine"), text="MRI report"), "2026-04-03 21:00", results=[mri],
             category=RAD, enc=e1, conclusion="Normal MRI brain and spine.")
    b.panel("cbc", "2026-04-03 18:50", e1, hb=15.1, wbc=7.7, plt=232)
    b.labs("2026-04-03 18:50", e1, ck=142, na=140, k=4.2, glu=96)
    e2 = visit(b, "2026-04-14 13:00", "Neurology Clinic", neuro, code=OFFICE_NEW)
    b.obs(cc((LOC, "HOOVER", "Hoover's sign"), text="Hoover's sign (left)"), "2026-04-14 13:20",
          cc(("sct", "10828004", "Positive"), text="Positive"), cat="exam", enc=e2)
    b.obs(cc((LOC, "HIP-ABD", "Hip abductor sign"), text="Hip abductor sign (left)"), "2026-04-14 13:20",
          cc(("sct", "10828004", "Positive"), text="Positive"), cat="exam", enc=e2)
    fnd = b.cond(cc((CM, "F44.4", "Conversion disorder with motor symptom or deficit"),
                    text="Functional neurological disorder - functional left leg weakness (motor FND)"),
                 onset="2026-04-03", recorded="2026-04-14", enc=e2, recorder=neuro,
                 note="Rule-in signs: positive Hoover's sign, hip abductor sign, give-way weakness, dragging monoplegic gait. "
                      "Reflexes symmetric, plantars flexor, no sensory level.")
    b.note("2026-04-14 14:00", neuro, """
NEUROLOGY CLINIC - Dr. D. Chen
Left leg weakness since 04/03 after a minor slip. MRI brain and spine normal.
Examination: positive Hoover's sign, positive hip abductor sign, collapsing weakness, dragging gait; normal tone, reflexes
symmetric, plantars flexor.
Diagnosis: functional motor disorder (FND), made on positive clinical features. Diagnosis explained with reference to the signs;
patient and partner understood and accepted it. Referred to FND physiotherapy and to neuropsychiatry.
""", kind="consult", enc=e2, title="Neurology consultation")
    b.sreq(cc(("sct", "91251008", "Physical therapy procedure"), text="Specialist FND physiotherapy (8 sessions)"),
           "2026-04-14 14:10", status="completed", intent="order", occurrence="2026-05-04", occurrence_end="2026-07-20",
           reason_ref=[fnd], requester=neuro)
    walk = [("2026-04-14", 24.0), ("2026-06-02", 14.2), ("2026-08-18", 9.1), ("2026-11-03", 7.8)]
    for d, t in walk:
        b.obs(cc((LOC, "10MWT", "10-metre walk, time"), text="10-metre walk time (self-selected speed)"), d + " 13:30",
              q(t, "s"), cat="exam", interp=None)
    e3 = visit(b, "2026-08-18 10:00", "Neuropsychiatry Clinic", np_)
    b.score("phq9", 6, "2026-08-18 10:05", e3)
    b.score("gad7", 5, "2026-08-18 10:06", e3)
    e4 = visit(b, "2026-11-03 10:00", "Neuropsychiatry Clinic", np_)
    b.note("2026-11-03 10:40", np_, """
NEUROPSYCHIATRY FOLLOW-UP - Dr. N. Goldberg
Functional left leg weakness, much improved after FND physiotherapy: walks without a stick, 10-m walk 7.8 s (24 s in April).
Occasional dragging when fatigued. Back at work (warehouse supervisor, light duties). Mood fine.
Assessment: functional motor disorder, improving; diagnosis fits the clinical picture. Continue home programme; review 4 months.
""", kind="progress", enc=e4, title="Neuropsychiatry follow-up")


# ---------------------------------------------------------------------------
@case(key="cl-pd-dbs-scheduled", org="CL", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
      expected=["MAJOR_PROCEDURE_PLANNED"],
      why="Bilateral subthalamic deep brain stimulation (stereotactic neurosurgery) is ordered and scheduled for "
          "2027-01-12 after neuropsychiatric clearance; it has not yet been performed.",
      summary="62 y man with Parkinson's disease, fluctuations and dyskinesia; neuropsychiatry clears him for bilateral STN DBS in January.")
def cl_dbs(b: Case):
    pcp = pt(b, "Hollis", "Richard", "male", "1964-03-18", "RB-00390562", "+1 614 555 0231", marital="M",
             contact=("Wife", "Susan Hollis", "+1 614 555 0232"))
    neuro = b.staff("neuro")
    np_ = b.staff("neuropsych")
    ns = b.staff("nsurg")
    psyl = b.staff("psychol")
    pd = b.cond(cc((CM, "G20.B2", "Parkinson's disease with dyskinesia, with fluctuations"), ("sct", "49049000", "Parkinson's disease"),
                   text="Idiopathic Parkinson's disease with motor fluctuations and peak-dose dyskinesia"),
                onset="2016-05", recorder=neuro)
    b.dx("htn", onset="2012", recorder=pcp)
    b.cond(cc((CM, "F63.89", "Other impulse disorders"), text="Impulse control disorder (gambling) on pramipexole"),
           onset="2024-02", clinical="resolved", abatement="2024-09", recorder=np_)
    b.medstmt(b.drug("levodopa_carbidopa", "carbidopa/levodopa 25/100 mg tablet"), "2016-06-01",
              dose="1.5 tablets 5 times daily", reason_ref=pd)
    b.medstmt(b.drug("entacapone", "entacapone 200 mg tablet"), "2022-03-01", dose="200 mg with each levodopa dose",
              reason_ref=pd)
    b.medstmt(b.drug("pramipexole", "pramipexole 0.25 mg tablet"), "2019-01-01", dose="0.25 mg three times daily",
              reason_ref=pd, note="Reduced from 1 mg tid in 2024 because of impulse control disorder")
    e1 = visit(b, "2026-08-11 08:00", "Movement Disorders Clinic", neuro)
    b.score(("UPDRS3-OFF", "MDS-UPDRS Part III, practically defined OFF"), 42, "2026-08-11 08:15", e1)
    b.score(("UPDRS3-ON", "MDS-UPDRS Part III, ON after levodopa challenge"), 14, "2026-08-11 09:30", e1,
            note="Levodopa challenge: 67% improvement")
    b.note("2026-08-11 11:00", neuro, """
MOVEMENT DISORDERS CLINIC - Dr. D. Chen
10 years of Parkinson's disease. 4-5 hours OFF per day with wearing-off and peak-dose dyskinesia despite optimized
levodopa/entacapone dosing. Levodopa challenge: MDS-UPDRS III 42 OFF -> 14 ON (67%). Tremor-dominant left > right.
Good candidate for bilateral STN deep brain stimulation. Referral to neuropsychiatry and neuropsychology for pre-DBS assessment.
""", kind="consult", enc=e1, title="DBS candidacy")
    e2 = visit(b, "2026-09-22 09:00", "Neuropsychiatry Clinic", np_, code=PSY_EVAL)
    b.score("moca", 27, "2026-09-22 09:20", e2)
    b.score("phq9", 5, "2026-09-22 09:30", e2)
    b.score("gad7", 4, "2026-09-22 09:31", e2)
    b.note("2026-09-22 11:00", np_, """
NEUROPSYCHIATRY PRE-DBS EVALUATION - Dr. N. Goldberg
No dementia (MoCA 27/30; neuropsychology: mild executive slowing only). Mood stable, PHQ-9 5, no suicidality.
Past impulse control disorder on higher-dose pramipexole, resolved since 2024. Realistic expectations; wife supportive.
Opinion: no psychiatric contraindication to bilateral STN DBS. Post-operative mood and impulsivity monitoring advised.
""", kind="consult", enc=e2, title="Pre-DBS neuropsychiatric evaluation")
    e3 = visit(b, "2026-10-27 14:00", "Functional Neurosurgery Clinic", ns, code=OFFICE_NEW)
    b.sreq(cc(("cpt", "61867", "Twist drill, burr hole, craniotomy, or craniectomy with stereotactic implantation of "
                              "neurostimulator electrode array in subcortical site; with use of intraoperative microelectrode "
                              "recording; first array"),
              ("cpt", "61868", "each additional array"),
              text="Bilateral STN deep brain stimulation - electrode implantation with microelectrode recording"),
           "2026-10-27 14:40", status="active", intent="order", occurrence="2027-01-12", reason_ref=[pd], requester=ns,
           performer=[ns], enc=e3, category=cc(("sct", "387713003", "Surgical procedure")),
           note="Stage 1 electrodes 2027-01-12; stage 2 pulse generator (CPT 61886) one week later.")
    b.sreq(cc((LOC, "MRI-DBS", "MRI brain stereotactic planning protocol"), text="Pre-operative MRI brain, stereotactic protocol"),
           "2026-10-27 14:45", status="active", intent="order", occurrence="2026-12-18", reason_ref=[pd], requester=ns, enc=e3)
    b.panel("cbc", "2026-10-27 15:00", e3, hb=14.2, wbc=6.8, plt=219)
    b.panel("coag", "2026-10-27 15:00", e3, inr=1.0, aptt=30, fib=290)


# ---------------------------------------------------------------------------
@case(key="cl-depression-rtms-planned", org="CL", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
      expected=[],
      why="The planned procedure is a course of repetitive transcranial magnetic stimulation: non-invasive, outpatient, "
          "no anaesthesia; ECT was discussed and declined. PHQ-9 is stable (18/17/18), so there is no worsening either.",
      summary="45 y woman with treatment-resistant depression, stable PHQ-9; rTMS course booked for December, ECT declined.")
def cl_rtms(b: Case):
    pcp = pt(b, "Ruiz", "Angela", "female", "1981-02-09", "RB-00612877", "+1 614 555 0347", marital="D")
    cl = b.staff("clpsych")
    mdd = b.cond(cc((CM, "F33.2", "Major depressive disorder, recurrent severe without psychotic features"),
                    ("sct", "28475009", "Severe recurrent major depression without psychotic features"),
                    text="Major depressive disorder, recurrent, severe, treatment-resistant"), onset="2018", recorder=cl)
    b.dx("hypothyroid", onset="2015", recorder=pcp)
    b.medstmt(b.drug("levothyroxine", "levothyroxine 75 mcg tablet"), "2015-06-01", dose="75 mcg daily")
    b.medstmt(b.drug("sertraline", "sertraline 200 mg"), "2023-05-01", end="2024-08-01", status="completed", reason_ref=mdd,
              note="Adequate trial (16 weeks at 200 mg), partial response")
    b.medstmt(b.drug("escitalopram", "escitalopram 20 mg"), "2024-08-15", end="2025-10-01", status="completed", reason_ref=mdd,
              note="Adequate trial, no response")
    b.medstmt(b.drug("venlafaxine", "venlafaxine ER 225 mg"), "2025-10-15", dose="225 mg daily", reason_ref=mdd)
    b.medstmt(b.drug("aripiprazole", "aripiprazole 5 mg"), "2026-03-01", dose="5 mg daily", reason_ref=mdd)
    for d, v in (("2026-05-19", 18), ("2026-08-18", 17), ("2026-11-17", 18)):
        e = visit(b, d + " 15:00", "Consultation-Liaison Psychiatry Clinic", cl)
        b.score("phq9", v, d + " 15:05", e)
    b.panel("thyroid", "2026-08-18 15:30", None, tsh=2.4, ft4=1.2)
    b.note("2026-11-17 16:00", cl, """
CL PSYCHIATRY - Dr. M. Alvarez
Recurrent severe MDD, failed adequate trials of sertraline and escitalopram; partial response to venlafaxine 225 mg +
aripiprazole 5 mg. PHQ-9 18 (17-18 all year), no suicidal ideation, working part-time.
Neurostimulation options reviewed. ECT discussed: she declines because of concerns about memory.
Plan: repetitive transcranial magnetic stimulation (left DLPFC, 10 Hz), 36 outpatient sessions over 6 weeks starting 12/07.
Non-invasive, no anaesthesia; she can drive herself. Continue venlafaxine and aripiprazole.
""", kind="progress", enc=e, title="CL psychiatry follow-up - rTMS plan")
    b.sreq(cc(("cpt", "90867", "Therapeutic repetitive transcranial magnetic stimulation (TMS) treatment; initial, including "
                              "cortical mapping, motor threshold determination, delivery and management"),
              ("cpt", "90868", "subsequent delivery and management, per session"),
              text="rTMS course, left DLPFC 10 Hz, 36 sessions"), "2026-11-17 16:10", status="active", intent="order",
           occurrence="2026-12-07", occurrence_end="2027-01-22", reason_ref=[mdd], requester=cl, enc=e,
           patient_instruction="Outpatient sessions Monday-Friday, about 40 minutes; no sedation.")


# ---------------------------------------------------------------------------
@case(key="cl-functional-seizures-patient-flag", org="CL", target="PATIENT_REPORTED_CONCERN", kind="positive",
      expected=["PATIENT_REPORTED_CONCERN"],
      why="A patient-authored flag (entered through the portal) asks for a second opinion on the functional-seizure "
          "diagnosis and says her concerns were dismissed; no second opinion is on record.",
      summary="52 y woman whose events were captured on video-EEG as functional seizures; she disputes it and flags a request for a second opinion.")
def cl_pnes(b: Case):
    pcp = pt(b, "Palmer", "Denise", "female", "1974-08-30", "RB-00277419", "+1 614 555 0419", marital="M")
    neuro = b.staff("neuro")
    cl = b.staff("clpsych")
    e1 = visit(b, "2026-06-08 08:00", "Epilepsy Monitoring Unit", neuro, code=("cpt", "95720", "EEG continuous recording, with video"),
               cls="IMP", end="2026-06-12 12:00")
    veeg = b.obs(cc((LOC, "VEEG", "Video-EEG monitoring"), text="Inpatient video-EEG monitoring (4 days)"), "2026-06-12 10:00",
                 "Three habitual events captured (generalized shaking, eyes closed, side-to-side head movements, 2-6 minutes) "
                 "with no ictal EEG change and normal post-event background. Interictal EEG normal.",
                 cat="procedure", enc=e1, interp="N")
    b.report(cc((LOC, "VEEG", "Video-EEG monitoring"), text="Video-EEG report"), "2026-06-12 10:00", results=[veeg],
             category=cc(("v2-0074", "EN", "Electroneuro (EEG, EMG,EP,PSG)")), enc=e1,
             conclusion="Typical events are functional/dissociative seizures. No epileptic seizures recorded.")
    fs = b.cond(cc((CM, "F44.5", "Conversion disorder with seizures or convulsions"),
                   text="Functional (dissociative) seizures, video-EEG confirmed"), onset="2025-03", recorded="2026-06-12",
                enc=e1, recorder=neuro)
    b.cond(cc((CM, "G40.909", "Epilepsy, unspecified, not intractable, without status epilepticus"), text="Epilepsy (community diagnosis)"),
           onset="2025-04", clinical="inactive", verification="refuted", recorded="2025-04-20", recorder=pcp,
           note="Refuted after video-EEG 06/2026")
    b.medstmt({"coding": [coding("rxnorm", "114477", "levetiracetam")], "text": "levetiracetam 750 mg tablet"},
              "2025-04-20", end="2026-07-20", status="stopped", status_reason=txt("Tapered off after video-EEG"),
              dose="750 mg twice daily")
    e2 = visit(b, "2026-07-09 10:00", "Consultation-Liaison Psychiatry Clinic", cl, code=PSY_EVAL)
    b.score("phq9", 12, "2026-07-09 10:05", e2)
    b.score("gad7", 13, "2026-07-09 10:06", e2)
    b.note("2026-07-09 11:30", cl, """
CL PSYCHIATRY - Dr. M. Alvarez
Referred after EMU admission: events confirmed as functional seizures. Levetiracetam being tapered.
She is distressed by the diagnosis ("they think I'm making it up"). Diagnosis explained again; information leaflets given.
Moderate anxiety and depressive symptoms. Plan: CBT-informed psychotherapy for functional seizures (waitlist), sertraline offered.
""", kind="consult", enc=e2, title="CL psychiatry consultation")
    b.sreq(cc((LOC, "CBT-FS", "Psychotherapy for functional seizures"), text="CBT-informed psychotherapy for functional seizures"),
           "2026-07-09 11:40", status="active", intent="order", reason_ref=[fs], requester=cl, enc=e2)
    b.obs(cc((LOC, "EVENT-DIARY", "Seizure diary count"), text="Events per month (diary)"), "2026-10-01", 6, cat="survey",
          note="Self-reported diary, September 2026")
    b.flag(cc((LOC, "PT-SECOND-OPINION", "Patient requests second opinion"),
              text="Patient request: I want a second opinion on my seizure diagnosis. I don't believe they are functional "
                   "and I feel my concerns are being dismissed."), "2026-10-06 21:14", author=b.pat,
           category=cc(("flagcat", "admin", "Administrative")))
    e3 = visit(b, "2026-10-20 10:00", "Consultation-Liaison Psychiatry Clinic", cl)
    b.note("2026-10-20 10:45", cl, """
CL PSYCHIATRY FOLLOW-UP
Still about 6 events per month. Has placed a request on the portal for a second opinion about the diagnosis of functional
seizures; says she feels dismissed. Still on the psychotherapy waitlist. Discussed with her that a second opinion is her right;
she will be given information on how to request one.
""", kind="progress", enc=e3, title="CL psychiatry follow-up")


# ---------------------------------------------------------------------------
@case(key="cl-migraine-second-opinion-obtained", org="CL", target="PATIENT_REPORTED_CONCERN", kind="near-miss",
      expected=[],
      why="Her April portal request for a second opinion was met: an external headache-centre neurologist saw her on "
          "2026-07-30 (within 12 months) and agreed the diagnosis; the concern is suppressed and she is improving.",
      summary="39 y woman with chronic migraine and low mood; asked for a second opinion in April, obtained in July, better on CGRP antibody.")
def cl_mig(b: Case):
    pcp = pt(b, "Doyle", "Karen", "female", "1987-04-25", "RB-00559310", "+1 614 555 0566", marital="M")
    cl = b.staff("clpsych")
    neuro = b.staff("neuro")
    mig = b.cond(cc((CM, "G43.709", "Chronic migraine without aura, not intractable, without status migrainosus"),
                    text="Chronic migraine without aura"),
                 onset="2019", recorder=neuro)
    dep = b.dx("depression_mild", onset="2025-11", recorder=cl)
    b.medstmt(b.drug("topiramate", "topiramate 50 mg tablet"), "2025-01-10", end="2026-08-01", status="stopped",
              reason_ref=mig, status_reason=txt("Ineffective; cognitive side effects"))
    b.medstmt(b.drug("sumatriptan", "sumatriptan 50 mg tablet"), "2020-03-01", dose="50 mg at onset, max 2/day, max 8 days/month",
              reason_ref=mig)
    days = [("2026-03-24", 18), ("2026-09-22", 11), ("2026-11-24", 8)]
    for d, n in days:
        e = visit(b, d + " 13:00", "Headache and Neuropsychiatry Clinic", cl if d != "2026-03-24" else neuro)
        b.score(("HA-DAYS", "Headache days per month (diary)"), n, d + " 13:05", e)
    msg = b.comm("2026-04-21 20:32", "I would like a second opinion about my headaches. I feel like nobody is taking them "
                                     "seriously and nothing is working. Can I be referred to a headache specialist somewhere else?",
                 sender=b.pat, recipient=[neuro], category=txt("Patient portal message"), about=[mig])
    b.comm("2026-04-22 09:15", "Thank you for your message. Dr. Chen has placed a referral to the University Headache Center for a "
                               "second opinion. They will contact you to schedule.", sender=neuro, recipient=[b.pat],
           in_response_to=[msg])
    ext = b.add("Practitioner", {"active": True, "name": [{"family": "Okafor-Lane", "given": ["Grace"], "prefix": ["Dr."]}],
                                 "qualification": [{"code": txt("Neurologist, University Headache Center (external)")}]}, "pr")
    b.sreq(cc((LOC, "2ND-OP", "Referral for second opinion"), text="Second opinion - chronic migraine (University Headache Center)"),
           "2026-04-22 09:10", status="completed", intent="order", reason_ref=[mig], requester=neuro, performer=[ext])
    b.note("2026-07-30 16:00", ext, """
UNIVERSITY HEADACHE CENTER - SECOND OPINION (Dr. G. Okafor-Lane)
Reason: patient-requested second opinion on chronic daily headache.
History and examination consistent with chronic migraine without aura; no red flags; no medication-overuse pattern
(triptan use 6-8 days/month). Neurological examination normal; prior MRI brain (2023) normal.
Opinion: I agree with the diagnosis of chronic migraine. Recommend stopping topiramate and starting a CGRP monoclonal antibody
(erenumab 140 mg monthly). Continue co-management of mood with CL psychiatry.
""", kind="consult", title="External second opinion", type_text="Second opinion letter")
    b.medreq(b.drug("erenumab", "erenumab-aooe 140 mg/mL autoinjector"), "2026-08-05 10:00", dose="140 mg subcutaneously monthly",
             reason_ref=mig, requester=neuro)
    b.score("phq9", 11, "2026-03-24 13:10", None)
    b.score("phq9", 7, "2026-11-24 13:10", e)
    b.note("2026-11-24 14:00", cl, """
HEADACHE AND NEUROPSYCHIATRY CLINIC - Dr. M. Alvarez
Seen after the second opinion (Headache Center, 07/30), which confirmed chronic migraine. Erenumab since August: headache days
down from 18 to 8 per month. Mood better, PHQ-9 7. She says she feels listened to now and has no further questions about
the diagnosis. Continue erenumab; follow up 3 months.
""", kind="progress", enc=e, title="Follow-up")


# ---------------------------------------------------------------------------
@case(key="cl-depression-phq9-rising-on-ssri", org="CL", target="WORSENING_DESPITE_TREATMENT", kind="positive",
      expected=["WORSENING_DESPITE_TREATMENT"],
      why="PHQ-9 rose 11 -> 14 -> 18 -> 21 from May to November 2026 (+10, twice the 5-point minimal important change) "
          "while sertraline (dose raised in July) and CBT ran throughout; her Crohn's disease stayed quiescent.",
      summary="34 y woman with Crohn's disease in the IBD clinic and recurrent depression; PHQ-9 climbs for six months on sertraline + CBT.")
def cl_phq(b: Case):
    pcp = pt(b, "Tran", "Emily", "female", "1992-10-06", "RB-00931154", "+1 614 555 0673")
    cl = b.staff("clpsych")
    cd = b.cond(cc((CM, "K50.00", "Crohn's disease of small intestine without complications"), ("sct", "34000006", "Crohn's disease"),
                   text="Ileal Crohn's disease, in remission on adalimumab"), onset="2017", recorder=pcp)
    b.medstmt({"coding": [coding("rxnorm", "327361", "adalimumab")], "text": "adalimumab 40 mg pen"}, "2021-02-01",
              dose="40 mg every 2 weeks", reason_ref=cd)
    mdd = b.cond(cc((CM, "F33.1", "Major depressive disorder, recurrent, moderate"), ("sct", "18818009", "Moderate recurrent major depression"),
                    text="Major depressive disorder, recurrent"), onset="2026-01", recorder=cl,
                 note="Previous episode 2019, remitted on sertraline.")
    b.medstmt(b.drug("sertraline", "sertraline 100 mg tablet"), "2026-02-03", dose="100 mg daily; 150 mg from 07/07/2026; 200 mg from 09/08/2026",
              reason_ref=mdd, note="Pharmacy refills on time; adherence confirmed")
    b.sreq(cc(("sct", "304891004", "Cognitive behavioral therapy"), text="Individual CBT (weekly)"), "2026-02-03 10:00",
           status="active", intent="order", occurrence="2026-03-02", reason_ref=[mdd], requester=cl)
    rows = [("2026-05-05", 11), ("2026-07-07", 14), ("2026-09-08", 18), ("2026-11-10", 21)]
    encs = []
    for d, v in rows:
        e = visit(b, d + " 11:00", "CL Psychiatry - IBD Clinic", cl)
        encs.append(e)
        b.score("phq9", v, d + " 11:05", e)
    b.score("gad7", 12, "2026-11-10 11:06", encs[-1])
    b.score(("CSSRS-SCREEN", "Columbia Suicide Severity Rating Scale, screen version"), "Passive death wish, no intent or plan",
            "2026-11-10 11:08", encs[-1])
    b.lab("calpro", 38, "2026-09-08 12:00", encs[2])
    b.labs("2026-09-08 12:00", encs[2], crp=2.1, hb=12.9, tsh=1.7)
    b.note("2026-11-10 12:00", cl, """
CL PSYCHIATRY (IBD CLINIC) - Dr. M. Alvarez
Recurrent MDD. Sertraline since 02/2026, titrated to 200 mg in September; weekly CBT since March, attending every session.
Adherence confirmed by pharmacy refill record. Crohn's quiescent (calprotectin 38, CRP normal) - not driving the mood.
Mood continues to deteriorate: PHQ-9 21 (11 in May, 14 July, 18 September). Sleeping 4 h, off work for 3 weeks.
Passive death wish, no intent or plan; safety plan updated with partner.
Plan: add aripiprazole 2 mg augmentation; review in 2 weeks.
""", kind="progress", enc=encs[-1], title="CL psychiatry follow-up")
    b.medreq(b.drug("aripiprazole", "aripiprazole 2 mg tablet"), "2026-11-10 12:05", dose="2 mg daily", reason_ref=mdd,
             enc=encs[-1], requester=cl)


# ---------------------------------------------------------------------------
@case(key="cl-gad-after-stopping-escitalopram", org="CL", target="WORSENING_DESPITE_TREATMENT", kind="near-miss",
      expected=[],
      why="GAD-7 rose 9 -> 13 -> 17 only after he stopped escitalopram himself in May 2026; no treatment has been "
          "running during the decline (CBT waitlisted, no new prescription), so it is not worsening despite treatment.",
      summary="27 y man with GAD who stopped escitalopram for side effects; anxiety scores rise off treatment while on a CBT waitlist.")
def cl_gad(b: Case):
    pcp = pt(b, "Brooks", "Tyler", "male", "1999-05-13", "RB-01020388", "+1 614 555 0791")
    cl = b.staff("clpsych")
    sw = b.staff("sw")
    gad = b.cond(cc((CM, "F41.1", "Generalized anxiety disorder"), ("sct", "21897009", "Generalized anxiety disorder"),
                    text="Generalized anxiety disorder"), onset="2025-06", recorder=cl)
    b.medstmt(b.drug("escitalopram", "escitalopram 10 mg tablet"), "2025-08-12", end="2026-05-20", status="stopped",
              reason_ref=gad, status_reason=txt("Stopped by patient: sexual side effects"),
              note="Good response while taking it (GAD-7 16 -> 7 by 01/2026)")
    b.score("gad7", 7, "2026-01-13 10:05", None)
    rows = [("2026-06-16", 9), ("2026-08-18", 13), ("2026-10-20", 17)]
    encs = []
    for d, v in rows:
        e = visit(b, d + " 10:00", "Behavioral Health Integration Clinic", cl)
        encs.append(e)
        b.score("gad7", v, d + " 10:05", e)
        b.score("phq9", {9: 6, 13: 8, 17: 9}[v], d + " 10:06", e)
    b.sreq(cc(("sct", "304891004", "Cognitive behavioral therapy"), text="CBT for GAD - waitlist"), "2026-06-16 10:40",
           status="active", intent="order", reason_ref=[gad], requester=cl, note="Estimated start January 2027")
    b.labs("2026-06-16 10:40", encs[0], tsh=1.4, glu=91)
    b.note("2026-06-16 10:45", cl, """
BEHAVIORAL HEALTH INTEGRATION CLINIC - Dr. M. Alvarez
GAD. Stopped escitalopram on his own on 05/20 because of sexual side effects; no taper symptoms now. GAD-7 9.
He prefers no medication for now; wants therapy. Placed on CBT waitlist (about 6 months). Relaxation app and sleep advice.
""", kind="progress", enc=encs[0], title="Follow-up")
    b.note("2026-10-20 10:50", cl, """
BEHAVIORAL HEALTH INTEGRATION CLINIC
Anxiety worse since stopping escitalopram: GAD-7 17 (9 in June, 13 in August). Still waiting for CBT. Not taking any
medication. Alternatives discussed (sertraline, buspirone); he wants to think about it and will message us. Care manager
(LCSW) to call weekly until CBT starts.
""", kind="progress", enc=encs[2], title="Follow-up")
    b.comm("2026-10-21 14:00", "Weekly care-manager call: anxiety high, no crisis, reminded of crisis line. Still undecided about medication.",
           sender=sw, recipient=[cl], category=txt("Care coordination note"))


# ---------------------------------------------------------------------------
@case(key="cl-wilson-neuropsychiatric", org="CL", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
      expected=["RARE_OR_COMPLEX_CONDITION"],
      why="Wilson disease (ORPHA:905) presenting with mood change, tremor and dysarthria, confirmed by ceruloplasmin, "
          "urinary copper, Kayser-Fleischer rings and ATP7B genotype; active and on lifelong chelation.",
      summary="23 y man with neuropsychiatric Wilson disease diagnosed in April 2026; trientine, improving; co-managed with hepatology.")
def cl_wd(b: Case):
    pcp = pt(b, "Marsh", "Kevin", "male", "2003-07-19", "RB-01104672", "+1 614 555 0855", contact=("Mother", "Linda Marsh", "+1 614 555 0856"))
    np_ = b.staff("neuropsych")
    hep = b.staff("hep")
    e1 = visit(b, "2026-03-23 14:00", "Inpatient Psychiatry Consult", np_, code=IP_CONSULT, cls="IMP", end="2026-04-06 12:00",
               reason=txt("Irritability, low mood, new tremor and slurred speech"))
    b.labs("2026-03-24 06:00", e1, alt=78, ast=61, bili=1.1, alb=3.9, hb=13.1, plt=142)
    cer = b.lab("cerulo", 8, "2026-03-24 06:00", e1)
    cu = b.lab("cu", 38, "2026-03-24 06:00", e1)
    ucu = b.obs(cc((LOC, "UCU24", "Copper, 24-hour urine"), text="Urine copper, 24 h"), "2026-03-26 08:00",
                q(310, "ug/(24.h)"), enc=e1, interp="H", rng=[{"high": q(40, "ug/(24.h)")}])
    kf = b.obs(cc((LOC, "SLITLAMP", "Slit-lamp examination"), text="Slit-lamp examination (ophthalmology)"), "2026-03-27 11:00",
               "Bilateral Kayser-Fleischer rings.", cat="exam", enc=e1, interp="A")
    mri = b.obs(cc((LOC, "MRI-BRAIN", "MRI brain"), text="MRI brain with and without contrast"), "2026-03-25 16:00",
                "Symmetric T2/FLAIR hyperintensity of the putamina and thalami; midbrain 'face of the giant panda' pattern.",
                cat="imaging", enc=e1, interp="A")
    gen = b.obs(cc((LOC, "ATP7B", "ATP7B gene sequencing"), text="ATP7B sequencing"), "2026-04-20 12:00",
                "Compound heterozygous: c.3207C>A p.(His1069Gln) and c.2333G>T p.(Arg778Leu); both pathogenic.", interp="A")
    wd = b.cond(cc((CM, "E83.01", "Wilson's disease"), ("sct", "88518009", "Wilson's disease"), (ORPHA, "905", "Wilson disease"),
                   text="Wilson disease, neuropsychiatric presentation (Leipzig score 8)"), onset="2026-03-30",
                recorded="2026-03-30", enc=e1, recorder=np_,
                evidence=[{"detail": [ref(cer), ref(ucu), ref(kf), ref(mri)]}])
    b.cond(cc((CM, "F06.31", "Mood disorder due to known physiological condition with depressive features"),
              text="Depressive disorder due to Wilson disease"), onset="2026-02", enc=e1, recorder=np_)
    b.medstmt(b.drug("trientine", "trientine tetrahydrochloride 150 mg tablet"), "2026-04-02", dose="300 mg twice daily (titrated)",
              reason_ref=wd, note="Chosen over penicillamine because of neurological presentation")
    b.medstmt(b.drug("sertraline", "sertraline 50 mg tablet"), "2026-04-10", dose="50 mg daily")
    b.note("2026-04-06 11:00", np_, """
NEUROPSYCHIATRY CONSULT - DISCHARGE SUMMARY (Dr. N. Goldberg)
22 y man admitted with 4 months of irritability, low mood and disinhibition, then postural/wing-beating tremor and dysarthria.
Ceruloplasmin 8 mg/dL, serum copper 38 ug/dL, 24-h urine copper 310 ug, bilateral KF rings, MRI basal ganglia and midbrain changes.
Diagnosis: Wilson disease (neurological/psychiatric form). Trientine started with slow titration; hepatology co-management;
sertraline for mood; low-copper diet. Screening of siblings arranged.
""", kind="discharge", enc=e1, title="Discharge summary")
    for d, who, clinic in (("2026-07-14", hep, "Hepatology Clinic"), ("2026-11-03", np_, "Neuropsychiatry Clinic")):
        e = visit(b, d + " 09:00", clinic, who)
        b.lab("alt", {"2026-07-14": 49, "2026-11-03": 36}[d], d + " 09:30", e)
    b.obs(cc((LOC, "UCU24", "Copper, 24-hour urine"), text="Urine copper, 24 h (on trientine)"), "2026-11-03 08:00",
          q(520, "ug/(24.h)"), enc=e, note="Expected rise on chelation")
    b.score("phq9", 6, "2026-11-03 09:10", e)
    b.note("2026-11-03 10:00", np_, """
NEUROPSYCHIATRY FOLLOW-UP
Wilson disease, 7 months on trientine. Tremor and speech improving; mood much better (PHQ-9 6). Back at community college part-time.
ALT 36. Lifelong chelation; hepatology and neuropsychiatry follow-up every 4 months.
""", kind="progress", enc=e, title="Follow-up")


# ---------------------------------------------------------------------------
@case(key="cl-advanced-dementia-comfort", org="CL", target="UNTREATABLE_PROGNOSIS", kind="positive",
      expected=["UNTREATABLE_PROGNOSIS"],
      why="Advanced Alzheimer dementia (FAST 7c) with recurrent aspiration: the CL consult and its clinical impression "
          "state there are no disease-modifying or further active treatment options and recommend comfort-focused care; "
          "no second opinion on record. The signal is only in the note and impression.",
      summary="84 y woman with FAST 7c Alzheimer dementia admitted with aspiration pneumonia; consult: no treatment options, comfort care.")
def cl_dem(b: Case):
    pcp = pt(b, "Fields", "Dorothy", "female", "1942-01-28", "RB-00120945", "+1 614 555 0902", marital="W",
             contact=("Daughter (health care power of attorney)", "Janet Fields-Moore", "+1 614 555 0903"))
    cl = b.staff("clpsych")
    ad = b.cond(cc((CM, "G30.1", "Alzheimer's disease with late onset"), ("sct", "26929004", "Alzheimer's disease"),
                   text="Alzheimer's disease, late onset, advanced (FAST 7c)"), onset="2017", recorder=pcp,
                note="No further treatment options; comfort-focused care recommended by CL psychiatry 11/2026.")
    b.cond(cc((CM, "F02.C0", "Dementia in other diseases classified elsewhere, severe, without behavioral disturbance, "
                             "psychotic disturbance, mood disturbance, and anxiety"), text="Severe dementia due to Alzheimer's disease"),
           onset="2024", recorder=pcp)
    b.dx("htn", onset="2000", recorder=pcp)
    b.dx("hypothyroid", onset="2008", recorder=pcp)
    dys = b.cond(cc((CM, "R13.12", "Dysphagia, oropharyngeal phase"), text="Oropharyngeal dysphagia due to advanced dementia"),
                 onset="2026-05", recorder=pcp)
    b.medstmt(b.drug("donepezil", "donepezil 10 mg tablet"), "2018-01-10", end="2026-11-06", status="stopped", reason_ref=ad,
              status_reason=txt("Deprescribed: no expected benefit at this stage"))
    b.medstmt(b.drug("memantine", "memantine 10 mg tablet"), "2020-05-01", end="2026-11-06", status="stopped", reason_ref=ad,
              status_reason=txt("Deprescribed: no expected benefit at this stage"))
    b.medstmt(b.drug("levothyroxine", "levothyroxine 50 mcg tablet"), "2008-03-01", dose="50 mcg daily")
    prior = visit(b, "2026-07-19 02:10", "Medicine Ward", pcp, code=("cpt", "99223", "Initial hospital inpatient care, high MDM"),
                  cls="IMP", end="2026-07-26 11:00", reason=txt("Aspiration pneumonia"))
    b.cond(cc((CM, "J69.0", "Pneumonitis due to inhalation of food and vomit"), text="Aspiration pneumonia (July 2026)"),
           onset="2026-07-19", clinical="resolved", abatement="2026-08-05", enc=prior, recorder=pcp)
    e1 = visit(b, "2026-11-02 22:40", "Medicine Ward", pcp, code=("cpt", "99223", "Initial hospital inpatient care, high MDM"),
               cls="IMP", status="in-progress", reason=txt("Fever, hypoxia - recurrent aspiration pneumonia"))
    asp = b.cond(cc((CM, "J69.0", "Pneumonitis due to inhalation of food and vomit"), text="Recurrent aspiration pneumonia"),
                 onset="2026-11-02", enc=e1, recorder=pcp, cat="encounter-diagnosis")
    b.vitals("2026-11-02 22:50", e1, bp=(104, 58), hr=108, temp=38.6, spo2=88, wt=41.5)
    b.panel("cbc", "2026-11-03 05:00", e1, hb=10.8, wbc=15.9, plt=310)
    b.labs("2026-11-03 05:00", e1, alb=2.6, creat=1.1, na=148)
    b.score(("FAST", "Functional Assessment Staging Tool (FAST) stage"), "7c", "2026-11-05 10:00", e1)
    ci = b.impression("2026-11-05 11:30", cl, problems=[ad, asp, dys], enc=e1,
                      description="CL psychiatry consultation: goals of care in advanced dementia",
                      summary="Advanced Alzheimer's disease, FAST 7c, non-ambulatory, minimal speech, dependent for all care, "
                              "oropharyngeal dysphagia with second aspiration pneumonia in 4 months, 9 kg weight loss this year. "
                              "No disease-modifying or further active treatment options exist that would change the course. "
                              "Tube feeding not recommended. Recommend comfort-focused care and discussion of hospice.",
                      findings=[cc(("sct", "26929004", "Alzheimer's disease"), text="Advanced Alzheimer dementia, FAST 7c"),
                                txt("Recurrent aspiration due to dysphagia")],
                      prognosis=[txt("Poor: estimated survival months; no treatment options")])
    b.note("2026-11-05 12:00", cl, """
CONSULTATION-LIAISON PSYCHIATRY - INPATIENT CONSULT (Dr. M. Alvarez)
Reason for consult: agitation at night and goals of care.
84 y woman with late-onset Alzheimer's disease since 2017, now FAST 7c: bed/chair bound, 1-2 words, incontinent, dependent for
feeding; second aspiration pneumonia since July; weight 41.5 kg (50.5 kg in January).
Agitation related to pain from positioning and delirium on top of dementia; no primary psychiatric disorder.
Assessment: end-stage dementia. There are no disease-modifying or further active treatment options that would alter the course.
Donepezil and memantine deprescribed. PEG placement not recommended (no survival or aspiration benefit).
Recommendations: comfort-focused care, low-dose scheduled acetaminophen, minimise restraints and lines; discussed with daughter
(HCPOA), who agrees with comfort focus; primary team to discuss hospice.
""", kind="consult", enc=e1, title="CL psychiatry consult - goals of care")
