from lib import *
from rest import pm
PCL5 = cc(C("https://fhir.northgatebh.org/CodeSystem/flowsheet", "PCL5-TOT", "PCL-5 total score"), text="PTSD Checklist for DSM-5 (PCL-5) total")

def qr(c, d, yes, extra):
    return c.add("QuestionnaireResponse", "qr-1", {"questionnaire": c.base + "/Questionnaire/previsit-intake", "status": "completed", "subject": {"reference": c.P}, "authored": d, "author": {"reference": c.P}, "source": {"reference": c.P},
        "item": [{"linkId": "1", "text": "How are you feeling about your current treatment?", "answer": [{"valueString": extra}]},
                 {"linkId": "2", "text": "Would you like a second opinion about your diagnosis or treatment?", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA33-6" if yes else "LA32-8", "display": "Yes" if yes else "No"}}]}]})

def dsm_ssd(cid):
    c, (psy, pcp) = pm(cid, "CHC", ("Renee", "Kaczmarek", "female", "1981-05-14", "CHC-448120", "1421 E Livingston Ave", None, ("M", "Married")), [("Elena", "Varga", "Psychiatry"), ("Mark", "Dunleavy", "Family Medicine")], "oh")
    ssd = c.cond(cc(C("icd", "F45.1", "Undifferentiated somatoform disorder"), text="Somatic symptom disorder"), "2025-10-06", asserter=pcp)
    for d, p in [("2026-02-10", 7), ("2026-06-09", 6), ("2026-11-10", 7)]:
        e = c.enc(d, "AMB", "Collaborative care psychiatry visit", "Somatic symptoms", pract=psy)
        c._score(PHQ9, d, p, e, None, None)
    c.cond(cc(C("sct", "24982008", "Diplopia"), C("icd", "H53.2", "Diplopia")), "2026-05-01", recorded="2026-06-09")
    c.cond(cc(C("sct", "11934000", "Ptosis of eyelid")), "2026-09-01", recorded="2026-11-10")
    c.lab("ck", "2026-01-15", 110); c.lab("tsh", "2026-01-15", 2.1); c.lab("b12", "2026-01-15", 480)
    c.note("2025-10-06", NOTE_PROGRESS, "PCP note", "Fatigue, 'legs give out' by evening, difficulty chewing. Labs normal. Multiple prior visits. Impression: somatic symptom disorder. Refer collaborative care psychiatry. Sertraline.", author=pcp)
    c.med(cc(C("rx", "36437", "sertraline")), "2025-10-06", "sertraline 50 mg daily", reason=ssd)
    c.note("2026-11-10", NOTE_PROGRESS, "Psychiatry collaborative care note", """
45F referred with 'somatic symptom disorder' (13 months). PHQ-9 7, GAD-7 5 - mood and anxiety mild; she is not preoccupied with illness, minimizes symptoms. Does not meet DSM-5 B criteria.
Symptoms progressing: double vision later in the day since May, R eyelid droop observed today after sustained upgaze, nasal speech after talking 10 min, choking on meat. Fatigable.
Assessment: current label does not account for fluctuating ptosis/diplopia/bulbar symptoms. Recommend PCP re-evaluate, neurology.""", author=psy)
    return c, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                   why="Catch-all F45.1 somatic symptom label active >13 months while fatigable diplopia, ptosis and bulbar symptoms continue and appear - findings the label cannot explain; psychiatrist documents she does not meet criteria.",
                   summary="45F labelled somatic symptom disorder; psychiatry notes fatigable ptosis/diplopia")

def wdt_phq(cid):
    c, (psy, cm) = pm(cid, "CHC", ("Anthony", "Ruggiero", "male", "1979-08-02", "CHC-390017", "88 Parsons Ave", None, ("D", "Divorced")), [("Elena", "Varga", "Psychiatry"), ("Tasha", "Greene", "Behavioral Health Care Manager", "LISW")], "comm")
    mdd = c.cond(cc(C("icd", "F33.2", "Major depressive disorder, recurrent severe without psychotic features"), C("sct", "370143000", "Major depressive disorder")), "2025-12-01")
    c.med(cc(C("rx", "36437", "sertraline")), "2026-01-10", "sertraline 200 mg daily (titrated from 50 mg; 200 mg since 2026-03-02)", reason=mdd)
    c.med(cc(C("rx", "42347", "bupropion")), "2026-07-14", "bupropion XL 300 mg daily (augmentation)", reason=mdd)
    for d, v in [("2026-04-07", 10), ("2026-06-16", 13), ("2026-09-15", 17), ("2026-11-17", 20)]:
        e = c.enc(d, "AMB", "Collaborative care visit", "Depression", pract=cm)
        c._score(PHQ9, d, v, e, None, None)
    c.obs(cc(text="C-SSRS screen"), "2026-11-17", vstr="Passive death wish, no plan or intent. Low risk.", cat="survey")
    c.note("2026-11-17", NOTE_PROGRESS, "Psychiatric consultant case review", "47M recurrent MDD. Adherent (pharmacy refills on time, sertraline level therapeutic). Weekly BA with care manager since April. PHQ-9 10 -> 13 -> 17 -> 20 despite sertraline 200 mg x 8 mo and bupropion augmentation since July. Safety plan updated. Consider lithium augmentation vs. switch.", author=psy)
    return c, dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
                   why="PHQ-9 rises 10 -> 20 over 7 months (>= 5-point MCID) while sertraline 200 mg (and bupropion from July) and care-manager therapy ran throughout.",
                   summary="47M depression, PHQ-9 10 to 20 over 7 months on sertraline plus bupropion")

def prc_nm_done(cid):
    c, (psy,) = pm(cid, "CHC", ("Courtney", "Albrecht", "female", "1974-02-27", "CHC-220981", "300 S Cassady Ave", None, ("M", "Married")), [("Elena", "Varga", "Psychiatry")], "comm")
    adhd = c.cond(cc(C("icd", "F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type")), "2026-02-10")
    c.add("Communication", "comm-1", {"status": "completed", "subject": {"reference": c.P}, "sent": "2026-03-02T20:11:00-05:00", "sender": {"reference": c.P}, "recipient": [{"reference": psy}],
          "payload": [{"contentString": "Dr. Varga, being diagnosed with ADHD at 52 is a lot to take in. Before starting a stimulant I would like a second opinion from another psychiatrist."}]})
    so = c.sr(cc(C("sct", "183515008", "Referral to physician"), text="Second opinion - adult ADHD clinic, OSU Wexner"), "2026-03-04", "completed", "order", reason=adhd, requester=psy)
    c.enc("2026-05-19", "AMB", "Outside second opinion evaluation", "Second opinion ADHD")
    c.note("2026-05-21", NOTE_CONSULT, "Second opinion report (outside)", "Adult ADHD clinic second opinion: DIVA-5 and collateral confirm ADHD, inattentive type, present since childhood. Agree with stimulant trial.")
    c.med(cc(C("rx", "6901", "methylphenidate")), "2026-06-02", "methylphenidate ER 36 mg each morning", reason=adhd)
    for d, v in [("2026-06-02", 4), ("2026-11-03", 3)]:
        e = c.enc(d, "AMB", "Psychiatry medication management", "ADHD", pract=psy)
        c._score(GAD7, d, v, e, None, None)
        c.vitals(d, e, bp=(122, 78), hr=76)
    c.note("2026-11-03", NOTE_PROGRESS, "Psychiatry note", "Focus much improved at work. Satisfied with plan after second opinion in May. No new concerns.", author=psy)
    return c, dict(target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
                   why="Patient asked for a second opinion in March 2026, but it was completed in May 2026 (within 12 months) and no new request followed - suppressed.",
                   summary="52F new adult ADHD diagnosis; requested second opinion already done in May")

def prc_qr_yes(cid):
    c, (psy,) = pm(cid, "NBH", ("Jessamyn", "Okoro-Hale", "female", "1990-01-09", "NBH-771203", "4117 N Williams Ave", None, ("S", "Never Married")), [("David", "Lindahl", "Psychiatry")], "or")
    bp = c.cond(cc(C("icd", "F31.81", "Bipolar II disorder"), C("sct", "83225003", "Bipolar II disorder")), "2025-06-01")
    c.med(cc(C("rx", "28439", "lamotrigine")), "2025-07-01", "lamotrigine 200 mg daily", reason=bp)
    for d, v in [("2026-05-20", 9), ("2026-08-19", 8), ("2026-11-18", 9)]:
        e = c.enc(d, "AMB", "Psychiatry medication management", "Bipolar II", pract=psy)
        c._score(PHQ9, d, v, e, None, None)
    qr(c, "2026-11-16T19:30:00-08:00", True, "I'm not sure bipolar is the right diagnosis - I've never had a high that I can remember and the lamotrigine makes me foggy.")
    c.note("2026-11-18", NOTE_PROGRESS, "Psychiatry note", "36F bipolar II dx 2025 (hypomania by history from ex-partner). Mood stable-ish, PHQ-9 9. Pre-visit questionnaire: requests second opinion on diagnosis. Discussed; will provide records.", author=psy)
    c.lab("tsh", "2026-05-20", 2.0)
    return c, dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
                   why="Pre-visit QuestionnaireResponse answers 'Yes' to wanting a second opinion and the patient doubts the bipolar II diagnosis.",
                   summary="36F bipolar II on lamotrigine, portal questionnaire: wants a second opinion")

def wdt_pcl5(cid):
    c, (psy, th) = pm(cid, "NBH", ("Garrett", "Holm", "male", "1988-10-30", "NBH-550318", "2250 NE Alberta St", None, ("M", "Married")), [("David", "Lindahl", "Psychiatry"), ("Sara", "Nakamura", "Licensed Professional Counselor", "LPC")], "comm")
    pt = c.cond(cc(C("icd", "F43.12", "Post-traumatic stress disorder, chronic"), C("sct", "47505003", "Posttraumatic stress disorder")), "2025-11-01", note="Firefighter; fatal structure fire 2025")
    c.med(cc(C("rx", "36437", "sertraline")), "2026-01-15", "sertraline 150 mg daily", reason=pt)
    c.med(cc(C("rx", "8629", "prazosin")), "2026-02-01", "prazosin 5 mg at bedtime", reason=pt)
    c.sr(cc(C("cpt", "90837", "Psychotherapy, 60 minutes with patient"), text="Cognitive processing therapy, weekly"), "2026-02-10", "active", "order", reason=pt, performer=th)
    for d, v in [("2026-04-08", 41), ("2026-06-10", 48), ("2026-08-12", 55), ("2026-11-11", 61)]:
        e = c.enc(d, "AMB", "Psychiatry medication management", "PTSD", pract=psy)
        c._score(PCL5, d, v, e, None, None)
    c.note("2026-11-11", NOTE_PROGRESS, "Psychiatry note", "38M chronic PTSD. Attending CPT weekly since Feb (22 sessions), sertraline 150 mg since Jan, prazosin. PCL-5 41 (Apr) -> 61 today. More nightmares, hypervigilance, off work. AUDIT-C 3. C-SSRS negative.", author=psy)
    return c, dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
                   why="PCL-5 rises 41 -> 61 over 7 months (MCID ~10) while sertraline, prazosin and weekly CPT continued throughout.",
                   summary="38M firefighter PTSD, PCL-5 41 to 61 despite SSRI, prazosin and CPT")

def prc_qr_no(cid):
    c, (am,) = pm(cid, "CRP", ("Tyler", "Brandvold", "male", "1997-06-05", "CRP-880214", "1190 Cleveland St", None, ("S", "Never Married")), [("Yolanda", "Pierce", "Addiction Medicine")], "fl")
    oud = c.cond(cc(C("icd", "F11.20", "Opioid dependence, uncomplicated"), C("sct", "75544000", "Opioid dependence")), "2024-09-01")
    c.med(cc(C("rx", "352364", "buprenorphine / naloxone")), "2024-09-10", "buprenorphine-naloxone 16-4 mg SL film daily", reason=oud)
    c.med(cc(C("rx", "7242", "naloxone")), "2024-09-10", "naloxone 4 mg nasal spray prn overdose")
    for d in ["2026-07-08", "2026-09-09", "2026-11-04"]:
        e = c.enc(d, "AMB", "MOUD office-based visit", "Opioid use disorder", pract=am)
        c.obs(cc(text="Urine drug screen"), d, vstr="Buprenorphine/norbuprenorphine present; fentanyl, opiates, methamphetamine negative", cat="laboratory", enc=e, interp="N")
    qr(c, "2026-11-03T12:00:00-05:00", False, "Things are going good, working full time.")
    c.note("2026-11-04", NOTE_PROGRESS, "Addiction medicine note", "29M OUD in sustained remission on MOUD 26 months. UDS appropriate. Intake questionnaire: no second opinion wanted, satisfied with care. Continue bup-nx 16 mg, 28-day Rx.", author=am)
    return c, dict(target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
                   why="The second-opinion question in the intake QuestionnaireResponse is answered 'No'; no patient request exists.",
                   summary="29M opioid use disorder stable on buprenorphine; questionnaire answer 'No'")

def up_dementia(cid):
    c, (gp, sw) = pm(cid, "DMH", ("Herbert", "Lindgren", "male", "1944-12-02", "DMP-102277", "640 E Main St", None, ("M", "Married")), [("Rosa", "Delgado", "Geriatric Psychiatry"), ("Kim", "Atwater", "Licensed Clinical Social Worker", "LCSW")], "az")
    ad = c.cond(cc(C("icd", "G30.1", "Alzheimer's disease with late onset"), C("sct", "26929004", "Alzheimer's disease")), "2020-05-01")
    c.cond(cc(C("icd", "F02.C11", "Dementia in other diseases classified elsewhere, severe, with agitation")), "2025-06-01")
    c.med(cc(C("rx", "6719", "memantine")), "2022-01-01", "memantine 10 mg twice daily (stopped 2026-10 - dysphagia)", status="stopped", reason=ad)
    c.med(cc(C("rx", "51272", "quetiapine")), "2025-06-01", "quetiapine 25 mg at bedtime", reason=ad)
    for d in ["2026-06-17", "2026-09-16", "2026-11-19"]:
        e = c.enc(d, "AMB", "Geriatric psychiatry visit", "Dementia with agitation", pract=gp)
    c.obs(cc(text="FAST stage"), "2026-11-19", vstr="7c", cat="exam")
    c.obs(cc(C("loinc", "72107-6", "Mini-Mental State Examination [MMSE]"), text="MMSE total"), "2026-09-16", 4, "{score}", "{score}", cat="survey", interp="A")
    c.note("2026-11-19", NOTE_PROGRESS, "Geriatric psychiatry note", """
82M severe late-onset Alzheimer's (FAST 7c), nonambulatory, pocketing food, 6 kg wt loss. Agitation controlled on low-dose quetiapine.
Discussed with wife: no disease-modifying treatment options remain at this stage; antiamyloid agents not applicable; memantine stopped. Recommend comfort-focused care.
Wife asked whether 'anyone else' might have something to offer. Will provide hospice information.""", author=gp)
    c.note("2026-11-19", NOTE_GENERIC, "Social work note", "Caregiver strain high. Hospice eligibility criteria reviewed with wife; she wants to think about it over Thanksgiving.", author=sw)
    c.obs(LN("29463-7", "Body weight"), "2026-11-19", 58.0, "kg", "kg", cat="vital-signs")
    return c, dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
                   why="Note states no disease-modifying treatment options remain for severe Alzheimer's and recommends comfort-focused care/hospice; no second opinion on record.",
                   summary="82M severe Alzheimer's, psychiatrist documents no treatment options, hospice discussed (note only)")

def wdt_nm_stopped(cid):
    c, (psy,) = pm(cid, "DMH", ("Lorraine", "Pettigrew", "female", "1971-03-19", "DMP-450931", "2030 W Southern Ave", None, ("D", "Divorced")), [("Rosa", "Delgado", "Psychiatry")], "comm")
    mdd = c.cond(cc(C("icd", "F33.1", "Major depressive disorder, recurrent, moderate")), "2019-01-01")
    c.med(cc(C("rx", "321988", "escitalopram")), "2025-10-01", "escitalopram 20 mg daily", kind="MedicationStatement", status="stopped", end="2026-05-10", reason=mdd, note="Patient stopped on her own in May (sexual side effects, felt well); no medication until restart.")
    c.med(cc(C("rx", "15996", "mirtazapine")), "2026-11-20", "mirtazapine 15 mg at bedtime", reason=mdd)
    for d, v in [("2026-04-22", 6), ("2026-07-22", 11), ("2026-10-21", 15), ("2026-11-20", 17)]:
        e = c.enc(d, "AMB", "Psychiatry follow-up", "Depression", pract=psy)
        c._score(PHQ9, d, v, e, None, None)
    c.note("2026-11-20", NOTE_PROGRESS, "Psychiatry note", "55F recurrent MDD, was in remission on escitalopram; self-discontinued in May. Relapse since: PHQ-9 6 -> 17 off meds. Missed Aug/Sep appointments. Start mirtazapine 15 mg today. Safety plan reviewed.", author=psy)
    return c, dict(target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
                   why="PHQ-9 worsened 6 -> 17, but only after the patient stopped escitalopram in May; treatment was not running during the decline.",
                   summary="55F depression relapse after self-stopping escitalopram, PHQ-9 6 to 17")

def rcc_hd(cid):
    c, (psy, neuro) = pm(cid, "DMH", ("Carla", "Benedetti", "female", "1977-07-07", "DMP-338842", "825 N Country Club Dr", None, ("M", "Married")), [("Rosa", "Delgado", "Psychiatry"), ("Ethan", "Kowal", "Neurology")], "comm")
    hd = c.cond(cc(C("icd", "G10", "Huntington's disease"), C("sct", "58756001", "Huntington's chorea")), "2024-08-01", note="HTT CAG 44 repeats")
    dep = c.cond(cc(C("icd", "F06.31", "Mood disorder due to known physiological condition with depressive features")), "2024-08-01")
    c.med(cc(C("rx", "36437", "sertraline")), "2024-09-01", "sertraline 100 mg daily", reason=dep)
    c.med(cc(C("rx", "1872268", "deutetrabenazine")), "2025-03-01", "deutetrabenazine 12 mg twice daily", reason=hd)
    for d, v in [("2026-05-13", 7), ("2026-08-12", 6), ("2026-11-12", 7)]:
        e = c.enc(d, "AMB", "Psychiatry follow-up (HD clinic)", "Huntington's disease, depression", pract=psy)
        c._score(PHQ9, d, v, e, None, None)
    c.note("2026-11-12", NOTE_PROGRESS, "Psychiatry note", "49F Huntington's disease (CAG 44), mild chorea, irritability improved. PHQ-9 7, stable. On deutetrabenazine via neurology. C-SSRS negative. Coordinating with HDSA Center of Excellence.", author=psy)
    c.note("2026-09-01", NOTE_CONSULT, "Neurology note", "UHDRS motor 18. Stable. Continue deutetrabenazine.", author=neuro)
    return c, dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
                   why="Active Huntington's disease (G10 / SNOMED 58756001), a rare disease in Orphanet.",
                   summary="49F Huntington's disease with depression, followed in psychiatry")
