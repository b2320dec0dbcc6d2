"""US orthopaedic spine centre cases (ICD-10-CM, CPT, ODI/PROMIS)."""
from lib import *


def odi(c, d, v, e=None):
    return c.obs(local(c, "pro-scores", "ODI", "Oswestry Disability Index (ODI v2.1a)"), d, cat="survey", val=v, unit="%", enc=e,
                 note="0-100%; higher = more disability")


def nrs(c, d, v, e=None):
    return c.obs(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain NRS"), d, cat="survey", vint=v, enc=e)


def eq5d(c, d, v, e=None):
    return c.obs(local(c, "pro-scores", "EQ5D5L-IDX", "EQ-5D-5L index value (US value set)"), d, cat="survey", val=v,
                 unit=("{index}", "{index}"), enc=e)


def promis(c, d, v, e=None):
    return c.obs(local(c, "pro-scores", "PROMIS-PF-8b", "PROMIS Physical Function 8b T-score"), d, cat="survey", val=v,
                 unit=("{T-score}", "{T-score}"), enc=e)


def office(c, d, reason, pr=0, new=False):
    return c.enc(d, cpt("99204" if new else "99214", "Office or other outpatient visit, new patient" if new else
                        "Office or other outpatient visit, established patient"), reason=reason, pr=pr)


def sp_paresthesia(c):  # PERSISTENT positive: paresthesias 13 weeks, MRI x2/EMG/labs normal, no diagnosis
    c.cond(icd("J30.2", "Other seasonal allergic rhinitis"), "2010-05-01")
    c.imm("2025-10-14")
    encs = []
    for d, r in [("2026-07-08", "Numbness and tingling in both hands and feet x 6 weeks"),
                 ("2026-08-19", "Persistent tingling hands/feet, review of MRI"),
                 ("2026-10-07", "Ongoing paresthesias, review of EMG/NCS")]:
        e = office(c, d, r, pr=1, new=not encs)
        encs.append(e)
        c.obs(sct("91019004", "Paresthesia", "Paresthesia of hands and feet"), d, cat="exam", vcc=PRESENT, enc=e, pr=1)
        c.vitals(d, 124, 78, hr=70, enc=e)
    c.panel("2026-07-20", "MRI cervical spine without contrast", None, encs[0], cat="RAD",
            code=cpt("72141", "Magnetic resonance imaging, spinal canal and contents, cervical; without contrast material"),
            concl="Normal cervical MRI. No disc herniation, no canal or foraminal stenosis, normal cord signal.")
    c.panel("2026-07-20", "MRI lumbar spine without contrast", None, encs[0], cat="RAD",
            code=cpt("72148", "Magnetic resonance imaging, spinal canal and contents, lumbar; without contrast material"),
            concl="Normal lumbar MRI for age. No stenosis or nerve root compression.")
    r = c.labs("2026-07-09", encs[0], b12=538, a1c=5.3, tsh=1.7, hb=13.8, cre=0.8, glu=89, esr=8, ca=9.4)
    c.panel("2026-07-09", "Neuropathy laboratory panel", r, encs[0], concl="All values within reference ranges.")
    c.proc(cpt("95886", "Needle electromyography, each extremity, complete, with nerve conduction"), date="2026-09-24", pr=1,
           outcome="Normal upper and lower limb nerve conduction and needle EMG. No evidence of radiculopathy, plexopathy or large-fiber polyneuropathy.")
    c.note("2026-10-07", "PM&R follow-up",
           "EN: 44F with bilateral hand and foot tingling since late May 2026, now ~4.5 months, unchanged. Neuro exam normal, reflexes 2+ "
           "symmetric, no Hoffmann, Romberg negative. Cervical and lumbar MRI normal. EMG/NCS normal. B12, A1c, TSH, CBC, ESR, calcium "
           "normal.\nAssessment: no spinal or peripheral nerve pathology found. Symptoms remain unexplained. Reassured; "
           "no spine follow-up needed, return to PCP.", enc=encs[-1], pr=1)


def sp_radic(c):  # DIAGNOSIS_SYMPTOM_MISMATCH near miss: diagnosis concordant with imaging, improving with PT
    dx = c.cond(icd("M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region"), "2026-06-02",
                note="Right S1 radiculopathy from L5-S1 right paracentral herniation.")
    c.cond(icd("E78.5", "Hyperlipidemia, unspecified"), "2021-01-01")
    c.medst(rx("83367", "atorvastatin"), "2021-01-01", dose="20 mg daily")
    c.imm("2025-10-02")
    e1 = office(c, "2026-06-02", "Right buttock and posterior leg pain to lateral foot x 3 weeks", new=True)
    c.panel("2026-06-06", "MRI lumbar spine without contrast", None, e1, cat="RAD",
            code=cpt("72148", "Magnetic resonance imaging, spinal canal and contents, lumbar; without contrast material"),
            concl="Right paracentral L5-S1 disc extrusion contacting and displacing the traversing right S1 nerve root.")
    c.med(rx("7258", "naproxen"), "2026-06-02", "500 mg twice daily with food for 3 weeks", reason=dx)
    s = c.sr(cpt("97110", "Therapeutic exercise"), "2026-06-09", status="completed", occ="2026-06-16", reason=dx, pr=2,
             note="PT 2x/week for 8 weeks, McKenzie-based program.")
    c.proc(cpt("97110", "Therapeutic exercise"), date="2026-06-16", end="2026-08-11", based=s, reason=dx, pr=2, outcome="Course completed, 16 sessions.")
    for d, o, n in [("2026-06-02", 44, 7), ("2026-08-12", 30, 5), ("2026-11-03", 18, 3)]:
        e = e1 if d == "2026-06-02" else office(c, d, "Follow-up lumbosacral radiculopathy")
        odi(c, d, o, e); nrs(c, d, n, e)
        c.vitals(d, 126, 80, enc=e)
    c.note("2026-11-03", "Spine clinic follow-up",
           "EN: 39M, right S1 radiculopathy. Clinical picture (S1 dermatomal pain, reduced right ankle jerk, positive SLR at 45 deg) concordant "
           "with MRI L5-S1 right paracentral extrusion. Improving steadily after PT: ODI 44 -> 18%, leg pain 7 -> 3/10. Home exercise program; "
           "follow up as needed.", pr=0)


def sp_fusion(c):  # MAJOR_PROCEDURE_PLANNED positive: L4-5 fusion ordered for 2027-01-12
    spl = c.cond(icd("M43.16", "Spondylolisthesis, lumbar region"), "2024-09-10", note="Grade I degenerative spondylolisthesis L4-L5.")
    st = c.cond(icd("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), "2024-09-10")
    c.cond(icd("I10", "Essential (primary) hypertension"), "2016-03-01")
    c.medst(rx("29046", "lisinopril"), "2016-03-01", dose="10 mg daily")
    c.medst(rx("25480", "gabapentin"), "2025-02-01", reason=st, dose="300 mg three times daily")
    c.proc(cpt("64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level"),
           date="2026-03-17", reason=st, pr=1, outcome="Two weeks of partial relief, then return of symptoms.")
    for d, o in [("2026-01-13", 46), ("2026-05-19", 48), ("2026-09-15", 47)]:
        e = office(c, d, "Neurogenic claudication follow-up")
        odi(c, d, o, e)
        c.vitals(d, 132, 82, enc=e)
    c.panel("2026-08-25", "MRI lumbar spine without contrast", None, None, cat="RAD",
            concl="Grade I anterolisthesis L4 on L5 with severe central and bilateral lateral recess stenosis at L4-5.")
    s = c.sr(cpt("22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress the neural elements, single interspace; lumbar"),
             "2026-09-15", status="active", intent="order", occ="2027-01-12", reason=[spl, st], pr=0,
             cat=cc((SCT, "387713003", "Surgical procedure")), note="L4-5 TLIF with decompression. Booked at Cascade Surgical Hospital, OR 3.")
    e = c.enc("2026-11-17", "Pre-operative evaluation", reason="Pre-op clearance for L4-5 fusion", pr=1)
    r = c.labs("2026-11-17", e, hb=13.5, plt=248, cre=0.9, glu=96, k=4.3, na=139)
    c.panel("2026-11-17", "Pre-operative panel", r, e)
    c.note("2026-09-15", "Surgical consultation",
           "EN: 61F, L4-5 degenerative spondylolisthesis with severe stenosis. Walking tolerance 1 block. Failed 12 months of PT, gabapentin "
           "and transforaminal ESI. ODI 47%. Discussed risks/benefits/alternatives of L4-5 TLIF; patient wishes to proceed. Surgery booked "
           "for 01/12/2027.", pr=0)


def sp_acdf(c):  # MAJOR_PROCEDURE_PLANNED positive: ACDF Procedure in preparation
    dx = c.cond(icd("M50.122", "Cervical disc disorder at C5-C6 level with radiculopathy"), "2026-04-21")
    c.cond(icd("E11.9", "Type 2 diabetes mellitus without complications"), "2019-07-01")
    c.medst(rx("6809", "metformin"), "2019-07-01", dose="1000 mg twice daily")
    c.imm("2025-09-30")
    e1 = office(c, "2026-04-21", "Left arm pain and weakness", new=True)
    c.panel("2026-04-30", "MRI cervical spine without contrast", None, e1, cat="RAD",
            concl="Left foraminal disc-osteophyte complex at C5-6 with severe left foraminal stenosis compressing the exiting C6 root.")
    c.proc(cpt("64479", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, cervical or thoracic, single level"),
           date="2026-06-10", reason=dx, pr=1, outcome="No durable benefit.")
    for d, n in [("2026-04-21", 7), ("2026-08-04", 7), ("2026-10-27", 8)]:
        e = e1 if d == "2026-04-21" else office(c, d, "Cervical radiculopathy follow-up")
        nrs(c, d, n, e)
        c.obs(local(c, "exam", "MMT-L-BICEPS", "Manual muscle strength, left elbow flexion (MRC 0-5)"), d, cat="exam", vint=4, enc=e)
    s = c.sr(cpt("22551", "Arthrodesis, anterior interbody, including disc space preparation, discectomy, osteophytectomy and decompression of spinal cord and/or nerve roots; cervical below C2"),
             "2026-10-27", status="active", intent="order", occ="2026-12-15", reason=dx, pr=0)
    c.proc(cpt("22551", "Arthrodesis, anterior interbody, including disc space preparation, discectomy, osteophytectomy and decompression of spinal cord and/or nerve roots; cervical below C2"),
           status="preparation", based=s, reason=dx, pr=0, note="C5-6 ACDF scheduled 12/15/2026; consent signed, pre-op labs done.")
    r = c.labs("2026-11-20", None, a1c=6.8, hb=14.2, cre=1.0, k=4.1)
    c.panel("2026-11-20", "Pre-operative panel", r)
    c.enc("2026-12-15", "Outpatient surgery - ACDF C5-6", status="planned", pr=0)
    c.note("2026-10-27", "Spine surgery follow-up",
           "EN: 52M with left C6 radiculopathy, 4/5 biceps, NRS 8. Failed 6 months of conservative care including CESI. Plan C5-6 ACDF; "
           "booked 12/15/2026.", pr=0)


def sp_esi(c):  # MAJOR_PROCEDURE_PLANNED near miss: only an epidural steroid injection planned
    st = c.cond(icd("M48.061", "Spinal stenosis, lumbar region without neurogenic claudication"), "2025-11-04")
    c.cond(icd("M81.0", "Age-related osteoporosis without current pathological fracture"), "2022-05-01")
    c.medst(rx("46041", "alendronate"), "2022-05-01", dose="70 mg weekly")
    c.medst(rx("41493", "meloxicam"), "2025-11-04", reason=st, dose="15 mg daily")
    c.imm("2025-10-21")
    for d, o, n in [("2026-04-07", 34, 6), ("2026-07-14", 36, 6), ("2026-11-10", 33, 6)]:
        e = office(c, d, "Low back and bilateral buttock pain")
        odi(c, d, o, e); nrs(c, d, n, e)
        c.vitals(d, 128, 76, enc=e)
    s = c.sr(cpt("97110", "Therapeutic exercise"), "2026-07-14", status="active", occ="2026-07-21", reason=st, pr=2,
             note="Ongoing PT 1x/week, core stabilisation.")
    c.sr(cpt("62323", "Injection(s), of diagnostic or therapeutic substance(s); interlaminar epidural, lumbar or sacral, with imaging guidance"),
         "2026-11-10", status="active", intent="order", occ="2026-12-09", reason=st, pr=1, note="L4-5 interlaminar ESI under fluoroscopy, outpatient procedure suite.")
    r = c.labs("2026-11-12", None, cre=0.8, glu=92, plt=265)
    c.panel("2026-11-12", "Pre-procedure labs", r)
    c.note("2026-11-10", "PM&R note",
           "EN: 57F, moderate L4-5 stenosis, stable symptoms on PT and meloxicam. Not interested in surgery and not a surgical candidate at "
           "this time. Plan: L4-5 interlaminar epidural steroid injection 12/09; continue PT.", pr=1)


def sp_eq5d(c):  # HIGH_IMPACT near miss: QoL change after pregabalin start below MCID
    st = c.cond(icd("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), "2025-03-11")
    c.cond(icd("I10", "Essential (primary) hypertension"), "2012-01-01")
    c.cond(icd("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2018-01-01")
    c.medst(rx("17767", "amlodipine"), "2012-01-01", dose="5 mg daily")
    c.medst(rx("40790", "pantoprazole"), "2018-01-01", dose="40 mg daily")
    c.med(rx("187832", "pregabalin"), "2026-07-01", "75 mg twice daily", reason=st, pr=1)
    for d, x, o in [("2026-06-16", 0.74, 30), ("2026-09-15", 0.72, 32), ("2026-11-17", 0.71, 31)]:
        e = office(c, d, "Lumbar stenosis follow-up", pr=1)
        eq5d(c, d, x, e); odi(c, d, o, e)
        c.vitals(d, 134, 80, enc=e)
    r = c.labs("2026-06-17", None, cre=1.0, glu=99, hb=14.0)
    c.panel("2026-06-17", "Basic metabolic panel and CBC", r)
    c.note("2026-11-17", "PM&R follow-up",
           "EN: 66M, lumbar stenosis with claudication at ~4 blocks. Pregabalin since July, mild dizziness first 2 weeks, now tolerating. "
           "EQ-5D-5L index 0.74 -> 0.71 (within measurement variability), ODI 30-32% stable. Continue current plan; home exercise.", pr=1)
    c.imm("2025-10-08")


def sp_portal(c):  # PATIENT_REPORTED_CONCERN positive: patient portal message requesting second opinion
    sp = c.cond(icd("M47.812", "Spondylosis without myelopathy or radiculopathy, cervical region"), "2025-12-09")
    c.cond(icd("F41.1", "Generalized anxiety disorder"), "2020-01-01")
    c.medst(rx("36437", "sertraline"), "2020-01-01", dose="50 mg daily")
    c.medst(rx("21949", "cyclobenzaprine"), "2025-12-09", reason=sp, dose="5 mg at night as needed")
    for d, n in [("2025-12-09", 6), ("2026-04-14", 6), ("2026-09-01", 5)]:
        e = office(c, d, "Neck pain", new=d == "2025-12-09")
        nrs(c, d, n, e)
    c.panel("2025-12-20", "MRI cervical spine without contrast", None, None, cat="RAD",
            concl="Multilevel mild spondylosis C4-C7 without cord or root compression.")
    c.proc(cpt("97110", "Therapeutic exercise"), date="2026-01-06", end="2026-03-03", reason=sp, pr=2, outcome="12 sessions; partial improvement.")
    c.comm("2026-11-18", "Hi Dr. Whitfield, I have now had this neck pain for almost a year. Every visit I'm told it is just wear and tear "
           "and to keep doing the exercises, and I feel like nobody is really listening to me. I would like a second opinion from another "
           "spine specialist. Can you send a referral and my MRI? Thank you, Karen", about=sp)
    c.comm("2026-11-19", "Thank you for your message. Our referral coordinator will call you this week.", sender_patient=False, pr=0)
    r = c.labs("2026-01-05", None, esr=10, crp=1.2, hb=13.2)
    c.panel("2026-01-05", "Inflammatory markers and CBC", r)
    c.imm("2025-10-30")


def sp_second(c):  # PATIENT_REPORTED_CONCERN near miss: request already honoured, second opinion on record 2026-04
    ddd = c.cond(icd("M51.36", "Other intervertebral disc degeneration, lumbar region"), "2025-06-17")
    c.cond(icd("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2019-01-01")
    c.medst(rx("7258", "naproxen"), "2025-06-17", reason=ddd, dose="500 mg twice daily as needed")
    for d, o in [("2025-12-02", 38), ("2026-06-09", 34), ("2026-10-20", 32)]:
        e = office(c, d, "Chronic low back pain")
        odi(c, d, o, e)
    c.comm("2026-02-26", "Dr. Whitfield, I would like to get a second opinion about whether surgery could help my back before I "
           "commit to more months of therapy. Could you refer me?", about=ddd)
    ext = c.extorg("University Spine Institute")
    extp = c.extpr("Adeyemi", "Tunde", "Orthopaedic spine surgery")
    c.sr(sct("103696004", "Patient referral to specialist", "Referral for second opinion - spine surgery"), "2026-03-02", status="completed",
         intent="order", performer=ext, reason=ddd, pr=0)
    e = c.enc("2026-04-20", "Second opinion consultation - spine surgery", reason="Second opinion: lumbar degenerative disc disease", org=ext, prac=extp)
    c.note("2026-04-20", "Second opinion consultation (external)",
           "EN: Second opinion requested by patient. 45M with L4-5/L5-S1 disc degeneration, axial pain, no radicular signs. Imaging reviewed. "
           "I agree with the current non-operative plan; fusion is not indicated. Recommend continued active PT and weight loss.",
           typ=("11488-4", "Consult note"), enc=e, author=extp, custodian=ext)
    c.note("2026-06-09", "Spine clinic follow-up",
           "EN: Second opinion at University Spine Institute (04/20/2026) concurred with conservative management. Patient satisfied and "
           "engaged with PT. ODI improving 38 -> 34%.", pr=0)
    r = c.labs("2025-12-03", None, hb=15.1, glu=102, cre=1.0)
    c.panel("2025-12-03", "Basic labs", r)
    c.imm("2025-10-12")


def sp_odi(c):  # WORSENING positive: ODI and pain worsening over 6 months despite PT + duloxetine + NSAID
    dx = c.cond(icd("M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region"), "2026-04-28")
    c.cond(icd("E03.9", "Hypothyroidism, unspecified"), "2015-01-01")
    c.medst(rx("10582", "levothyroxine"), "2015-01-01", dose="88 mcg daily")
    c.medst(rx("72625", "duloxetine"), "2026-05-12", reason=dx, dose="60 mg daily")
    c.medst(rx("41493", "meloxicam"), "2026-05-12", reason=dx, dose="15 mg daily")
    s = c.sr(cpt("97110", "Therapeutic exercise"), "2026-05-12", status="active", occ="2026-05-19", reason=dx, pr=2,
             note="PT 2x/week, ongoing.")
    c.proc(cpt("97110", "Therapeutic exercise"), status="in-progress", date="2026-05-19", based=s, reason=dx, pr=2,
           note="28 sessions attended through 11/2026; good adherence.")
    for d, o, n, p in [("2026-05-12", 30, 5, 41.2), ("2026-08-11", 40, 7, 37.5), ("2026-11-10", 48, 8, 34.1)]:
        e = office(c, d, "Lumbar radiculopathy follow-up")
        odi(c, d, o, e); nrs(c, d, n, e); promis(c, d, p, e)
        c.vitals(d, 122, 76, enc=e)
    c.panel("2026-05-02", "MRI lumbar spine without contrast", None, None, cat="RAD",
            concl="L4-5 left foraminal disc protrusion with moderate foraminal narrowing, contacting the exiting left L4 root.")
    r = c.labs("2026-05-13", None, tsh=2.0, hb=13.4, cre=0.7, esr=9)
    c.panel("2026-05-13", "Baseline labs", r)
    c.note("2026-11-10", "PM&R follow-up",
           "EN: 55F, L4 radiculopathy. Despite 6 months of supervised PT (28 sessions, adherent), duloxetine 60 mg and meloxicam, "
           "ODI has worsened 30 -> 40 -> 48% and leg pain 5 -> 8/10. PROMIS PF 41 -> 34. Continue current regimen for now.", pr=1)


def sp_resolved(c):  # RARE_OR_COMPLEX near miss: six problems on the list, only three active
    c.cond(icd("M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region"), "2023-02-01")
    c.cond(icd("I10", "Essential (primary) hypertension"), "2014-01-01")
    c.cond(icd("E03.9", "Hypothyroidism, unspecified"), "2017-01-01")
    c.cond(icd("J18.9", "Pneumonia, unspecified organism"), "2025-01-12", status="resolved", abate="2025-02-05")
    c.cond(icd("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture"), "2024-03-03",
           status="resolved", abate="2024-05-20")
    c.cond(icd("F32.A", "Depression, unspecified"), "2019-06-01", status="remission", note="In remission since 2022; off treatment.")
    c.medst(rx("29046", "lisinopril"), "2014-01-01", dose="20 mg daily")
    c.medst(rx("10582", "levothyroxine"), "2017-01-01", dose="75 mcg daily")
    c.medst(rx("5640", "ibuprofen"), "2023-02-01", dose="400 mg as needed")
    for d in ["2026-02-10", "2026-08-18"]:
        e = office(c, d, "Mechanical low back pain review")
        c.vitals(d, 130, 78, wt=90.4, enc=e)
        odi(c, d, 20, e)
    r = c.labs("2026-08-19", None, tsh=2.6, cre=1.1, k=4.4, glu=98, hb=14.7)
    c.panel("2026-08-19", "Routine labs", r)
    c.note("2026-08-18", "Spine clinic",
           "EN: 63M with lumbar spondylosis, mild stable mechanical pain, ODI 20%. PMH: HTN, hypothyroidism (both controlled by PCP). "
           "Past pneumonia 2025 and wrist fracture 2024 fully recovered; depression in remission. Continue home program.", pr=0)
    c.imm("2025-10-01")


BUILDERS = [
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", sp_paresthesia, ("Delgado", "Monica", "female", "1982-02-14"), [],
     "Hand/foot paresthesias on 3 visits over 13 weeks (~19 weeks since onset); cervical and lumbar MRI, EMG/NCS and labs normal; no diagnosis.",
     "Paresthesias 13 weeks, MRI/EMG/labs normal, unexplained"),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", sp_radic, ("Sorensen", "Erik", "male", "1987-09-05"), [],
     "S1 radiculopathy diagnosis concordant with MRI and examination, improving with PT (ODI 44 -> 18); the label explains the symptoms.",
     "S1 radiculopathy concordant with MRI, improving"),
    ("MAJOR_PROCEDURE_PLANNED", "positive", sp_fusion, ("Palmer", "Janet", "female", "1965-04-27"), [],
     "Active order for L4-5 TLIF (CPT 22633) booked 2027-01-12, pre-op done.",
     "L4-5 fusion booked Jan 2027"),
    ("MAJOR_PROCEDURE_PLANNED", "positive", sp_acdf, ("Reyes", "Carlos", "male", "1974-01-18"), [],
     "C5-6 ACDF (CPT 22551) Procedure in status preparation, scheduled 2026-12-15.",
     "ACDF C5-6 in preparation"),
    ("MAJOR_PROCEDURE_PLANNED", "near-miss", sp_esi, ("Whitaker", "Linda", "female", "1969-08-08"), [],
     "Only an interlaminar epidural steroid injection (minor procedure) is planned; surgery not proposed.",
     "Only an epidural steroid injection planned"),
    ("HIGH_IMPACT_TREATMENT", "near-miss", sp_eq5d, ("Brooks", "Gerald", "male", "1960-03-29"), [],
     "EQ-5D-5L index fell only 0.03 after pregabalin started (below MCID ~0.07); pregabalin is not a high-impact treatment.",
     "EQ-5D drop 0.03 after pregabalin, below MCID"),
    ("PATIENT_REPORTED_CONCERN", "positive", sp_portal, ("Lowell", "Karen", "female", "1977-11-21"), [],
     "Patient-authored portal Communication saying she feels unheard and asking for a second opinion.",
     "Portal message: feels unheard, asks for second opinion"),
    ("PATIENT_REPORTED_CONCERN", "near-miss", sp_second, ("Haddad", "Sami", "male", "1981-05-02"), [],
     "The patient's request (2026-02) was honoured: external second opinion on 2026-04-20, within 12 months, concurred; suppressed.",
     "Second-opinion request already fulfilled in April 2026"),
    ("WORSENING_DESPITE_TREATMENT", "positive", sp_odi, ("Kim", "Susan", "female", "1971-07-12"), [],
     "ODI 30 -> 40 -> 48% and pain NRS 5 -> 8 over 182 days while PT, duloxetine and meloxicam were active throughout.",
     "ODI 30 to 48% over 6 months despite PT + duloxetine"),
    ("RARE_OR_COMPLEX_CONDITION", "near-miss", sp_resolved, ("Grant", "Howard", "male", "1963-06-15"), [],
     "Six problems listed but only three active chronic ones (spondylosis, hypertension, hypothyroidism); others resolved or in remission.",
     "Six listed problems, only three active"),
]
