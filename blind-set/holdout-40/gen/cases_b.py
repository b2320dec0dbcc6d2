"""Organisation B: outpatient neurology practice (ICD-10-CM, SNOMED CT, RxNorm, local neuro measures)."""
from fhirlib import cc, txt, q, ref
from common import base, lab, NEURO_LOCAL

OFFICE = cc(("sct", "185349003", "Encounter for check up"), text="Neurology office visit")
NOTE = cc(("loinc", "11506-3", "Progress note"), text="Neurology progress note")
CONSULT = cc(("loinc", "11488-4", "Consult note"))


def ms_code(text="Multiple sclerosis"):
    return cc(("icdcm", "G35", "Multiple sclerosis"), ("sct", "24700007", "Multiple sclerosis"), text=text)


def rx(code, d, text=None):
    return cc(("rx", code, d), text=text or d)


def local(code, d, text=None):
    return cc((NEURO_LOCAL, code, d), text=text or d)


def edss(c, d, v, enc=None):
    return c.obs(local("EDSS", "Kurtzke Expanded Disability Status Scale", "EDSS"), d, q(v, "{score}", "score"), "exam", enc)


def b_ms_new(c):
    """PSNW near miss: leg paraesthesia, initial labs normal, then MRI/CSF abnormal and MS diagnosed (explained)."""
    base(c, "Marsh", "Kaitlyn", "female", "1994-02-11")
    sym = c.condition(cc(("sct", "91019004", "Paresthesia"), text="Tingling and numbness both legs"), "2026-05-04", status="resolved",
                      abate="2026-10-14", cat="encounter-diagnosis")
    dates = ["2026-05-18", "2026-07-06", "2026-09-02", "2026-10-14"]
    e = [c.encounter(d, typ=OFFICE, reasonref=[sym]) for d in dates]
    for d, en in zip(dates[:3], e):
        c.obs(cc(("sct", "91019004", "Paresthesia")), d, "ongoing numbness/tingling from waist down, L'hermitte sign", "exam", en)
    for k, v in [("b12", 512), ("tsh", 1.6), ("hb", 13.5), ("glu", 84), ("crp", 0.8)]:
        lab(c, k, dates[0], v, e[0])
    mri = c.obs(local("MRI-T2-LES", "T2 hyperintense lesion count, brain MRI", "MRI T2 lesion count"), "2026-08-21", 11, "imaging", e[2])
    gd = c.obs(local("MRI-GD-LES", "Gadolinium-enhancing lesion count, MRI", "Gd+ lesions"), "2026-08-21", 2, "imaging", e[2])
    c.report(cc(("loinc", "24590-2", "MR Brain"), text="MRI brain and cervical spine with and without contrast"), "2026-08-21",
             "Eleven periventricular, juxtacortical and infratentorial T2 lesions, two enhancing; C4 cord lesion. Meets dissemination in space and time.",
             [mri, gd], enc=e[2], ccode=cc(("sct", "24700007", "Multiple sclerosis")))
    c.obs(cc(text="CSF oligoclonal bands (isoelectric focusing)"), "2026-09-10", cc(("sct", "10828004", "Positive")), "laboratory", e[2], interp="POS",
          note="Five CSF-restricted bands")
    ms = c.condition(ms_code("Relapsing-remitting multiple sclerosis"), "2026-05-04", recorded="2026-10-14",
                     note="Diagnosed 2026-10-14 (2017 McDonald criteria); explains sensory symptoms since May 2026.")
    c.vitals(dates[0], e[0], 114, 72, 68, 63.0)
    c.medreq(cc(text="Cholecalciferol 1000 IU daily"), "2026-10-14", reason=[ms], enc=e[3])
    c.note("2026-10-14", "Diagnosis discussion. Symptoms since May explained by relapsing-remitting MS (MRI dissemination in space and time, "
           "positive OCBs). Sensory symptoms improving. Discussed disease-modifying therapy options; patient will review material and return in 4 weeks.",
           NOTE, e[3], title="MS diagnosis visit")


def b_pnes(c):
    """DSM positive: PNES label for 11 months while ambulatory EEG shows epileptiform discharges and postictal prolactin rises."""
    base(c, "Delgado", "Marco", "male", "1989-10-30", [("Okafor", "Adaeze", "MD", "Neurology / Epilepsy")])
    pnes = c.condition(cc(("icdcm", "F44.5", "Conversion disorder with seizures or convulsions"), text="Psychogenic non-epileptic seizures"),
                       "2025-12-15", note="Label given after routine EEG normal and events with preserved awareness reported by partner.")
    c.condition(cc(("icdcm", "F41.1", "Generalized anxiety disorder"), ("sct", "21897009", "Generalized anxiety disorder")), "2023-03-01")
    c.medstmt(rx("36437", "sertraline", "Sertraline 100 mg daily"), "2023-03-15")
    dates = ["2025-12-15", "2026-03-09", "2026-06-15", "2026-08-31", "2026-11-09"]
    e = [c.encounter(d, typ=OFFICE, reasonref=[pnes]) for d in dates]
    for d, en, n in zip(dates[1:], e[1:], [3, 4, 4, 5]):
        c.obs(local("SZ-DIARY", "Seizure diary: events per month", "Events per month (diary)"), d, n, "survey", en)
    c.report(cc(text="Routine EEG (30 min)"), "2025-12-10", "Normal awake and drowsy EEG.", enc=e[0])
    c.report(cc(text="Ambulatory EEG 72 h with video"), "2026-08-20",
             "Left anterior temporal sharp waves interictally; one typical event captured with rhythmic left temporal theta evolving over 40 s. "
             "Findings are consistent with focal epileptic seizures of left temporal origin.", enc=e[3],
             ccode=cc(text="Abnormal: epileptiform"))
    c.lab(cc(("loinc", "2842-3", "Prolactin [Mass/volume] in Serum or Plasma")), "2026-09-14", 58, "ng/mL", 4, 15.2, e[3],
          note="Drawn 20 minutes after a witnessed event with tongue bite")
    c.obs(cc(text="Lateral tongue laceration after event"), "2026-09-14", True, "exam", e[3])
    lab(c, "na", "2026-09-14", 139, e[3]); lab(c, "glu", "2026-09-14", 96, e[3])
    c.report(cc(("loinc", "24590-2", "MR Brain"), text="MRI brain epilepsy protocol"), "2026-01-20", "No structural abnormality.", enc=e[1])
    c.impression("2026-11-09", "Events continue 4-5/month. Working diagnosis remains PNES; continue CBT referral. No antiseizure medication.",
                 [cc(text="Psychogenic non-epileptic seizures")], [pnes], e[4])
    c.note("2026-11-09", "Follow-up. Patient continues to have events, some nocturnal with incontinence. Ambulatory EEG (Aug) reported left temporal "
           "discharges; prolactin 58 after event. Plan unchanged: PNES, psychotherapy. Driving restriction discussed.", NOTE, e[4], title="Epilepsy clinic follow-up")


def b_dbs_done(c):
    """MPP near miss: deep brain stimulation already performed in Sept 2026 (request completed)."""
    base(c, "Novak", "Gerald", "male", "1957-05-19", [("Brennan", "Thomas", "MD", "Movement Disorders"), ("Iyer", "Priya", "MD", "Neurosurgery")])
    pd = c.condition(cc(("sct", "49049000", "Parkinson's disease"), text="Idiopathic Parkinson disease with motor fluctuations and dyskinesia"), "2015-03-01")
    c.condition(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icdcm", "I10", "Essential (primary) hypertension")), "2010-01-01")
    c.medstmt(cc(text="carbidopa-levodopa 25/100 mg, 1.5 tabs 5x daily"), "2015-04-01", reason=[pd])
    c.medstmt(rx("620", "amantadine", "Amantadine 100 mg twice daily"), "2022-01-01", reason=[pd])
    e1 = c.encounter("2026-04-14", typ=OFFICE, reasonref=[pd])
    e2 = c.encounter("2026-09-08", cls="IMP", typ=cc(text="Neurosurgery admission"), end="2026-09-10", pr=c.pr[1], reasonref=[pd])
    e3 = c.encounter("2026-10-06", typ=cc(text="DBS programming visit"), reasonref=[pd])
    e4 = c.encounter("2026-11-17", typ=cc(text="DBS programming visit"), reasonref=[pd])
    for d, en, v, t in [("2026-04-14", e1, 44, "MDS-UPDRS Part III (off medication)"), ("2026-10-06", e3, 26, "MDS-UPDRS Part III (stimulation on, off medication)"),
                        ("2026-11-17", e4, 21, "MDS-UPDRS Part III (stimulation on, off medication)")]:
        c.obs(local("UPDRS3", "MDS-UPDRS Part III motor examination score", t), d, v, "exam", en)
    sr = c.servreq(cc(("cpt", "61867", "Stereotactic implantation of neurostimulator electrode array in subcortical site, with microelectrode recording; first array"),
                      text="Bilateral STN deep brain stimulation"), "2026-05-12", status="completed", occ="2026-09-08", reasonref=[pd], performer=c.pr[1])
    c.procedure(cc(("cpt", "61867", "Stereotactic implantation of neurostimulator electrode array in subcortical site, with microelectrode recording; first array"),
                   text="Bilateral STN DBS lead implantation"), "2026-09-08", enc=e2, reasonref=[pd], performer=c.pr[1])
    c.procedure(cc(("cpt", "61886", "Insertion or replacement of cranial neurostimulator pulse generator or receiver; with connection to 2 or more electrode arrays"),
                   text="IPG implantation"), "2026-09-09", enc=e2, reasonref=[pd], performer=c.pr[1])
    c.vitals("2026-11-17", e4, 128, 76, 72, 79.0)
    lab(c, "hb", "2026-08-25", 14.1); lab(c, "na", "2026-08-25", 138); lab(c, "crea", "2026-08-25", 1.0)
    c.note("2026-11-17", "Post-DBS programming. Bilateral STN DBS implanted 09/08/2026 without complications. Off time reduced from 5 h to 1 h/day, "
           "dyskinesia markedly improved. Levodopa reduced by 30%. No further surgery planned.", NOTE, e4, title="DBS programming note")


def b_spms_palliative(c):
    """UP positive: advanced SPMS, DMT stopped; notes only: 'no further disease-modifying options', palliative referral."""
    base(c, "Whitaker", "Donna", "female", "1964-08-23", [("Okafor", "Adaeze", "MD", "Neurology / MS")])
    ms = c.condition(ms_code("Secondary progressive multiple sclerosis, non-active, advanced"), "1998-06-01")
    c.condition(cc(("icdcm", "N31.9", "Neuromuscular dysfunction of bladder, unspecified"), text="Neurogenic bladder"), "2016-01-01")
    c.condition(cc(text="Spastic paraparesis"), "2012-01-01")
    c.medstmt(cc(text="siponimod 2 mg daily"), "2021-05-01", status="stopped", end="2026-03-10", reason=[ms],
              status_reason=cc(text="Stopped: progression to EDSS 8, no expected benefit"))
    c.medstmt(rx("1292", "baclofen", "Baclofen 20 mg three times daily"), "2012-03-01")
    dates = ["2025-10-14", "2026-02-17", "2026-08-11", "2026-11-10"]
    e = [c.encounter(d, typ=OFFICE, reasonref=[ms]) for d in dates]
    for d, en, v in zip(dates, e, [7.5, 7.5, 8.0, 8.0]):
        edss(c, d, v, en)
    lab(c, "hb", dates[2], 12.4, e[2]); lab(c, "crea", dates[2], 0.6, e[2]); lab(c, "alb", dates[2], 3.4, e[2])
    c.vitals(dates[3], e[3], 108, 66, 80, 51.0)
    c.note("2026-03-10", "MS review. Steady progression despite siponimod; now bed/wheelchair bound, EDSS 8.0 expected. "
           "Siponimod discontinued. There are no further disease-modifying treatment options available for her stage of disease. "
           "Goals-of-care discussion: focus on comfort, spasticity and bladder management, skin care.", NOTE, e[1], title="MS goals-of-care note")
    c.note("2026-11-10", "Follow-up, home visit by nurse practitioner reviewed. EDSS 8.0, restricted to bed/wheelchair, dysphagia to thin liquids. "
           "As documented in March, no disease-modifying therapy remains that could change her course; we agreed with the patient and her "
           "husband to focus on comfort. Referred to the community palliative care team; baclofen continued, bladder and skin care reviewed.",
           NOTE, e[3], title="MS palliative follow-up")


def b_teriflunomide_qol(c):
    """HIT near miss: EQ VAS dips by 4 points after starting teriflunomide - below the minimal important difference."""
    base(c, "Sorensen", "Lars", "male", "1991-12-05")
    ms = c.condition(ms_code("Relapsing-remitting multiple sclerosis"), "2026-01-20")
    c.condition(cc(("sct", "37796009", "Migraine"), ("icdcm", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2012-01-01")
    c.medstmt(cc(text="teriflunomide 14 mg daily"), "2026-05-04", reason=[ms])
    dates = ["2026-04-20", "2026-07-27", "2026-10-26"]
    e = [c.encounter(d, typ=OFFICE, reasonref=[ms]) for d in dates]
    for d, en, v, ed in zip(dates, e, [78, 75, 74], [2.0, 2.0, 2.0]):
        c.obs(local("EQVAS", "EQ-5D-5L visual analogue scale (0-100)", "EQ VAS"), d, v, "survey", en)
        edss(c, d, ed, en)
    for d, en in zip(dates, e):
        lab(c, "alt", d, 28 if d != "2026-07-27" else 39, en)
    lab(c, "wbc", dates[2], 5.2, e[2]); lab(c, "hb", dates[2], 15.0, e[2])
    c.vitals(dates[2], e[2], 126, 78, 64, 82.0)
    c.note("2026-10-26", "On teriflunomide since May; mild hair thinning, otherwise tolerating. No relapses, EDSS 2.0 stable. "
           "EQ VAS 74 (78 at baseline). Continue therapy, MRI in January.", NOTE, e[2], title="MS follow-up")


def b_qr_second_opinion(c):
    """PRC positive: pre-visit questionnaire - feels unheard, answers Yes to wanting a second opinion."""
    base(c, "Abernathy", "Rachel", "female", "1986-03-28")
    ep = c.condition(cc(("icdcm", "G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus"),
                        ("sct", "84757009", "Epilepsy"), text="Focal epilepsy, left temporal"), "2017-07-01")
    c.medstmt(rx("114477", "levetiracetam", "Levetiracetam 1000 mg twice daily"), "2017-08-01", reason=[ep])
    c.medstmt(rx("28439", "lamotrigine", "Lamotrigine 100 mg twice daily"), "2024-02-01", reason=[ep])
    dates = ["2026-03-16", "2026-07-13", "2026-11-16"]
    e = [c.encounter(d, typ=OFFICE, reasonref=[ep]) for d in dates]
    for d, en, n in zip(dates, e, [2, 2, 2]):
        c.obs(local("SZ-DIARY", "Seizure diary: seizures per month", "Seizures per month (diary)"), d, n, "survey", en)
    c.lab(local("LEV-LVL", "Levetiracetam [Mass/volume] in Serum or Plasma"), dates[1], 24, "ug/mL", 12, 46, e[1])
    c.lab(cc(("loinc", "6948-4", "Lamotrigine [Mass/volume] in Serum or Plasma")), dates[1], 5.1, "ug/mL", 2.5, 15, e[1])
    lab(c, "na", dates[1], 138, e[1]); lab(c, "alt", dates[1], 18, e[1])
    c.vitals(dates[2], e[2], 118, 70, 74, 68.0)
    c.qresp("2026-11-16", [
        ("1", "Since your last visit, have your concerns been addressed?", ("ans", "LA32-8", "No")),
        ("2", "Do you feel your doctor listens to you?", ("ans", "LA32-8", "No")),
        ("3", "Would you like a referral for a second opinion?", ("ans", "LA33-6", "Yes")),
        ("4", "Anything else you want us to know?", "I still have two seizures every month after nine years and I'm told this is as good as it gets. "
                                                     "I want someone at an epilepsy center to look at whether surgery or something else is possible."),
    ], "https://ehr.lakeside-neuro.example.com/fhir/R4/Questionnaire/previsit-experience", e[2])
    c.note("2026-11-16", "Stable seizure frequency ~2/month on LEV + LTG; levels therapeutic. Patient expressed frustration in intake form. Continue current regimen.",
           NOTE, e[2], title="Epilepsy follow-up")


def b_edss_worse(c):
    """WDT positive: EDSS 3.0 -> 3.5 -> 4.5 over 10 months with ocrelizumab infusions throughout; new lesions."""
    base(c, "Kowalczyk", "Anna", "female", "1983-01-17", [("Okafor", "Adaeze", "MD", "Neurology / MS"), ("Reyes", "Luz", "RN", "Infusion nursing")])
    ms = c.condition(ms_code("Relapsing multiple sclerosis"), "2019-09-01")
    c.condition(cc(("sct", "35489007", "Depressive disorder"), ("icdcm", "F32.A", "Depression, unspecified")), "2021-01-01")
    c.medstmt(cc(text="ocrelizumab 600 mg IV every 6 months"), "2025-05-12", reason=[ms])
    inf = [c.encounter(d, typ=cc(text="Infusion suite visit"), reasonref=[ms], pr=c.pr[1]) for d in ["2025-11-10", "2026-05-11", "2026-11-09"]]
    for en, d in zip(inf, ["2025-11-10", "2026-05-11", "2026-11-09"]):
        c.medadmin(cc(text="ocrelizumab 600 mg in 500 mL NaCl 0.9% IV"), d, "600 mg IV over 3.5 h", en, [ms])
    dates = ["2025-12-10", "2026-04-08", "2026-10-14"]
    e = [c.encounter(d, typ=OFFICE, reasonref=[ms]) for d in dates]
    for d, en, v, les, t25 in zip(dates, e, [3.0, 3.5, 4.5], [14, 16, 19], [6.1, 7.0, 8.9]):
        edss(c, d, v, en)
        c.obs(local("MRI-T2-LES", "T2 hyperintense lesion count, brain MRI", "MRI T2 lesion count"), d, les, "imaging", en)
        c.obs(local("T25FW", "Timed 25-foot walk", "Timed 25-foot walk"), d, q(t25, "s"), "exam", en)
    lab(c, "wbc", dates[2], 5.8, e[2])
    c.obs(cc(text="CD19+ B cells, absolute"), dates[2], q(0, "/uL", "cells/uL"), "laboratory", e[2], interp="L")
    c.vitals(dates[2], e[2], 120, 74, 70, 66.0)
    c.note("2026-10-14", "Walking worse, now uses a cane outdoors (EDSS 4.5, from 3.0 in Dec 2025). Three new T2 lesions since April despite "
           "ocrelizumab on schedule with B-cell depletion confirmed. Discuss escalation options next visit.", NOTE, e[2], title="MS progression note")


def b_lev_stopped(c):
    """WDT near miss: seizures increase only after the patient stopped levetiracetam (treatment not running)."""
    base(c, "Pruitt", "Dylan", "male", "1998-06-06")
    ep = c.condition(cc(("icdcm", "G40.109", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with simple partial seizures, not intractable, without status epilepticus"),
                        ("sct", "84757009", "Epilepsy")), "2021-04-01")
    c.medstmt(rx("114477", "levetiracetam", "Levetiracetam 750 mg twice daily"), "2021-04-15", status="stopped", end="2026-05-20",
              reason=[ep], status_reason=cc(text="Patient stopped on his own because of irritability"))
    dates = ["2026-02-09", "2026-04-20", "2026-07-27", "2026-10-19"]
    e = [c.encounter(d, typ=OFFICE, reasonref=[ep]) for d in dates]
    for d, en, n in zip(dates, e, [1, 1, 3, 5]):
        c.obs(local("SZ-DIARY", "Seizure diary: seizures per month", "Seizures per month (diary)"), d, n, "survey", en)
    c.lab(local("LEV-LVL", "Levetiracetam [Mass/volume] in Serum or Plasma"), dates[0], 19, "ug/mL", 12, 46, e[0])
    c.lab(local("LEV-LVL", "Levetiracetam [Mass/volume] in Serum or Plasma"), dates[2], 0.5, "ug/mL", 12, 46, e[2], note="Below limit of quantitation - not taking")
    lab(c, "na", dates[2], 140, e[2])
    c.vitals(dates[3], e[3], 122, 74, 66, 77.0)
    c.medreq(rx("28439", "lamotrigine", "Lamotrigine, slow titration"), dates[3], enc=e[3], reason=[ep], dosage="25 mg daily x2 weeks, then 50 mg daily")
    c.note("2026-10-19", "Patient admits stopping levetiracetam in May due to irritability; seizures increased since. Starting lamotrigine titration. "
           "Adherence counselling given.", NOTE, e[3], title="Epilepsy follow-up")


def b_nmosd(c):
    """ROC positive: AQP4-IgG positive neuromyelitis optica spectrum disorder (rare), stable on inebilizumab."""
    base(c, "Adeyemi", "Folake", "female", "1979-11-22", [("Okafor", "Adaeze", "MD", "Neuroimmunology")])
    nmo = c.condition(cc(("icdcm", "G36.0", "Neuromyelitis optica [Devic]"), text="AQP4-IgG positive neuromyelitis optica spectrum disorder"), "2023-02-01")
    c.condition(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icdcm", "I10", "Essential (primary) hypertension")), "2018-01-01")
    c.obs(cc(text="Aquaporin-4 IgG, serum, cell-based assay"), "2023-02-10", cc(("sct", "10828004", "Positive")), "laboratory", interp="POS")
    c.medstmt(cc(text="inebilizumab 300 mg IV every 6 months"), "2023-04-01", reason=[nmo])
    c.medstmt(rx("17767", "amlodipine", "Amlodipine 5 mg daily"), "2018-02-01")
    dates = ["2026-02-23", "2026-08-24"]
    e = [c.encounter(d, typ=OFFICE, reasonref=[nmo]) for d in dates]
    for d, en in zip(dates, e):
        edss(c, d, 3.0, en)
        c.obs(local("VA-OS", "Visual acuity, left eye (Snellen decimal)", "Visual acuity OS"), d, q(0.5, "1"), "exam", en)
        lab(c, "wbc", d, 6.0, en)
    lab(c, "hb", dates[1], 12.9, e[1])
    c.vitals(dates[1], e[1], 132, 80, 72, 73.0)
    c.note("2026-08-24", "NMOSD (AQP4+), relapse-free since starting inebilizumab in 2023. Residual left optic neuropathy and mild paraparesis. "
           "Continue infusions.", NOTE, e[1], title="Neuroimmunology follow-up")
