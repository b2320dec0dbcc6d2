from lib import cc, tx
from sites import setup

PRESENT = cc(("sct", "52101004", "Present"))
NOTE_CONSULT = ("11488-4", "Consult note")
NOTE_DC = ("18842-5", "Discharge summary")
NOTE_PROC = ("28570-0", "Procedure note")


def a_psnw_pos(cid):
    c = setup(cid, "lakeshore", "bcbs", "XQW884120337", [("Priya", "Raman"), ("Matthew J", "Sorensen"), ("Elena", "Kowalczyk")],
              "Danielle Marie", "Okafor", "female", "1988-03-14", "LUMC-0048821", "2231 N Prospect Ave", "414-555-0187", marital=("M", "Married"))
    pcp, neuro, nm = c.pr
    c.cond(cc(("sct", "232209005", "Allergic rhinitis due to pollen"), ("icd", "J30.1", "Allergic rhinitis due to pollen")), "2009-04-01", who=pcp)
    c.cond(cc(("sct", "74400008", "Appendicitis"), ("icd", "K35.80", "Other and unspecified acute appendicitis")), "2012-07-19", status="resolved", abated="2012-07-25", who=pcp)
    sym = c.cond(cc(("sct", "91019004", "Paresthesia"), ("icd", "R20.2", "Paresthesia of skin"), text="Intermittent numbness and tingling left arm and hand"),
                 "2026-05-12", who=pcp, note="Episodes several times weekly, lasting minutes to hours; sometimes with heaviness of the left hand. No trigger identified.")
    e1 = c.enc("2026-05-12", "Office visit - internal medicine", reason="Left arm numbness", who=pcp, org=c.o)
    c.vitals("2026-05-12", e1, 122, 76, 72, 64.2)
    for d, lab in [("2026-05-12", [("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 412, "pg/mL", 232, 1245),
                                   ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.9, "m[IU]/L", 0.45, 4.5),
                                   ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.2, "%", 4.0, 5.6),
                                   ("718-7", "Hemoglobin [Mass/volume] in Blood", 13.4, "g/dL", 12.0, 15.5),
                                   ("17861-6", "Calcium [Mass/volume] in Serum or Plasma", 9.4, "mg/dL", 8.6, 10.3)])]:
        for l in lab:
            c.lab(l[0], l[1], d, l[2], l[3], l[4], l[5], enc=e1)
    c.obs(("8061-4", "Nuclear Ab [Presence] in Serum"), "2026-05-12", vcc=cc(("sct", "260385009", "Negative")), interp="N", enc=e1)
    e2 = c.enc("2026-07-08", "New patient visit - general neurology", reason="Paresthesia left upper limb", who=neuro, org=c.o)
    c.obs(cc(("sct", "91019004", "Paresthesia"), text="Numbness/tingling left arm (patient report)"), "2026-07-08", vcc=PRESENT, cat="exam", enc=e2)
    mri = c.dr(cc(("loinc", "24590-2", "MR Brain")), "2026-07-21", "MRI brain with and without contrast: no acute or chronic abnormality. No demyelinating lesions.", who=neuro)
    c.dr(cc(("loinc", "24969-8", "MR Cervical spine")), "2026-07-21", "MRI cervical spine: normal alignment, no disc herniation, no canal or foraminal stenosis, normal cord signal.", who=neuro)
    c.dr(tx("EMG and nerve conduction studies, left upper extremity"), "2026-08-26",
         "Normal study. No electrodiagnostic evidence of left median, ulnar or radial mononeuropathy, brachial plexopathy or cervical radiculopathy.", cat=("NRS", "Nursing Service Measures"), who=nm)
    c.med(cc(("rx", "310431", "gabapentin 100 MG Oral Capsule")), "2026-07-08", "100 mg by mouth at bedtime, may increase to 300 mg", who=neuro, status="stopped",
          note="Stopped 09/2026 - drowsy, no benefit.")
    c.med(cc(("rx", "311372", "loratadine 10 MG Oral Tablet")), "2025-03-02", "10 mg daily as needed", who=pcp)
    e3 = c.enc("2026-09-22", "Return visit - general neurology", reason="Paresthesia left upper limb", who=neuro, org=c.o)
    c.obs(cc(("sct", "91019004", "Paresthesia"), text="Numbness/tingling left arm (patient report)"), "2026-09-22", vcc=PRESENT, cat="exam", enc=e3)
    e4 = c.enc("2026-11-10", "Office visit - internal medicine", reason="Ongoing left arm numbness", who=pcp, org=c.o)
    c.obs(cc(("sct", "91019004", "Paresthesia"), text="Numbness/tingling left arm (patient report)"), "2026-11-10", vcc=PRESENT, cat="exam", enc=e4)
    c.vitals("2026-11-10", e4, 118, 74, 70, 63.8)
    c.note("2026-09-22", "Neurology follow-up", f"""
NEUROLOGY RETURN VISIT - Lakeshore UMC
Pt: Danielle Okafor, 38F. Referred for intermittent L arm numbness/tingling since May 2026.
Interval: MRI brain and C-spine normal. EMG/NCS LUE normal. B12, TSH, A1c, ANA normal.
Gabapentin trial - drowsy, no benefit, stopped.
Symptoms unchanged: 3-4 episodes/week, L hand and forearm, occasionally whole arm heaviness; no facial involvement, no speech change.
Exam: normal strength, reflexes 2+ symmetric, sensation intact to all modalities, Tinel/Phalen negative.
Impression: transient L arm sensory symptoms, etiology undetermined. No neurologic diagnosis identified on workup. Reassured.
Plan: no further neurologic workup planned. Return as needed.
""", author=neuro, enc=e3, typ=NOTE_CONSULT)
    c.note("2026-11-10", "Internal medicine office visit", """
S: Still getting the numbness in L arm, now also dropping things at work (dental hygienist), worried. Was told by neurology that everything is normal.
Episodes 3-5x/week. No new meds. Sleep ok.
O: BP 118/74, HR 70. Neuro exam non-focal.
A: Persistent left arm paresthesias, ~6 months, extensive workup normal (MRI brain, MRI C-spine, EMG/NCS, labs). No unifying diagnosis.
P: Symptom diary. Ergonomic review. Recheck 3 months.
""", author=pcp, enc=e4)
    return c


def a_psnw_nm(cid):
    c = setup(cid, "gpuh", "aetna", "W2283917704", [("Laura", "Whitfield"), ("Samuel K", "Adeyemi"), ("Rosa", "Delgado", "APRN-CNP")],
              "Brandon Lee", "Hutchins", "male", "1981-06-02", "GP7731094", "5120 Leavenworth St", "402-555-0144", marital=("M", "Married"))
    pcp, epi, np_ = c.pr
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2019-02-11", who=pcp)
    c.cond(cc(("sct", "73430006", "Sleep apnea"), ("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2021-09-30", who=pcp)
    sp = c.cond(cc(("sct", "404640003", "Dizziness"), ("icd", "R42", "Dizziness and giddiness"), text="Spells of dizziness with brief unresponsiveness"),
                "2026-04-20", status="resolved", abated="2026-10-09", who=pcp, note="Wife describes staring, lip smacking, fumbling with right hand for ~1 min, confused afterwards.")
    e1 = c.enc("2026-04-20", "Office visit - family medicine", reason="Dizzy spells", who=pcp, org=c.o)
    c.vitals("2026-04-20", e1, 136, 84, 76, 101.5)
    for l in [("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 139, "mmol/L", 135, 145), ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", 94, "mg/dL", 70, 99),
              ("718-7", "Hemoglobin [Mass/volume] in Blood", 15.1, "g/dL", 13.5, 17.5)]:
        c.lab(l[0], l[1], "2026-04-20", l[2], l[3], l[4], l[5], enc=e1)
    c.dr(tx("Electrocardiogram 12-lead"), "2026-04-20", "Normal sinus rhythm, normal intervals.", cat=("EC", "Electrocardiac"), who=pcp)
    e2 = c.enc("2026-06-15", "New patient - epilepsy clinic", reason="Recurrent spells", who=epi, org=c.o)
    c.dr(tx("EEG routine awake and drowsy (CPT 95816)"), "2026-06-24", "Normal awake and drowsy EEG. No epileptiform discharges.", cat=("NRS", "Nursing Service Measures"), who=epi)
    c.dr(cc(("loinc", "24590-2", "MR Brain")), "2026-06-30", "MRI brain epilepsy protocol: no mesial temporal sclerosis, no cortical malformation. Normal study.", who=epi)
    e3 = c.enc("2026-08-10", "Return visit - epilepsy clinic", reason="Recurrent spells", who=np_, org=c.o)
    c.obs(cc(("sct", "404640003", "Dizziness"), text="Spells (patient/wife report) - approx 2 per month"), "2026-08-10", vcc=PRESENT, cat="exam", enc=e3)
    emu = c.enc("2026-10-05", "Elective admission - epilepsy monitoring unit", cls="IMP", reason="Characterization of spells", who=epi, org=c.o, end="2026-10-09")
    c.proc(cc(("cpt", "95720", "Electroencephalogram (EEG), continuous recording, with video when performed, by physician or other qualified health care professional, each increment of 12-26 hours"),
              text="Continuous video-EEG monitoring, 4 days"), "2026-10-05", end="2026-10-09", who=epi, enc=emu)
    ep = c.cond(cc(("sct", "230456007", "Temporal lobe epilepsy"), ("icd", "G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus"),
                   text="Focal epilepsy, right temporal onset, focal impaired awareness seizures"), "2026-10-08", who=epi, enc=emu)
    c.med(cc(("rx", "809814", "lacosamide 100 MG Oral Tablet")), "2026-10-08", "100 mg by mouth twice daily", reason=ep, who=epi, enc=emu)
    c.med(cc(("rx", "197361", "amlodipine 5 MG Oral Tablet")), "2024-01-15", "5 mg daily", who=pcp)
    c.note("2026-10-09", "EMU discharge summary", """
EPILEPSY MONITORING UNIT DISCHARGE SUMMARY
Admitted electively 10/05/2026 for characterization of recurrent spells (since 04/2026) described as dizziness, staring, oral automatisms and R hand fumbling.
Prior routine EEG and epilepsy-protocol MRI normal.
Course: AEDs n/a (none at baseline). Sleep deprivation day 2. Three typical events captured (10/06 x2, 10/08 x1): rhythmic theta over right temporal (T8/F8) evolving in frequency, post-ictal slowing. Interictal right temporal sharp waves in sleep.
Diagnosis: focal epilepsy, right temporal; focal impaired awareness seizures. The spells are fully accounted for by this diagnosis.
Plan: lacosamide 100 mg BID. No driving per state law x 3 months seizure-free. Repeat MRI 3T with thin temporal cuts - done inpatient 10/07, unchanged.
""", author=epi, enc=emu, typ=NOTE_DC)
    e4 = c.enc("2026-11-18", "Return visit - epilepsy clinic", reason="Focal epilepsy follow-up", who=epi, org=c.o)
    c.note("2026-11-18", "Epilepsy clinic follow-up", """
F/u focal epilepsy after EMU. On lacosamide 100 mg BID since 10/08, tolerating, mild dizziness first week only.
No spells since discharge per patient and wife (6 weeks). Back at work, not driving.
Plan: continue lacosamide. Seizure diary. RTC 3 months.
""", author=epi, enc=e4)
    return c


def a_dsm_pos(cid):
    c = setup(cid, "allegheny", "uhc", "921847036-01", [("Kevin", "Marsh", "DO"), ("Anjali", "Deshpande"), ("Thomas", "Reilly", "OD")],
              "Courtney Ann", "Briggs", "female", "1990-01-27", "E7300481", "418 Brownsville Rd", "412-555-0923", marital=("S", "Never Married"))
    pcp, neuro, od = c.pr
    eye = c.org("Mt. Lebanon Family Eye Care", city="Pittsburgh", state="PA")
    c.cond(cc(("sct", "414916001", "Obesity"), ("icd", "E66.01", "Morbid (severe) obesity due to excess calories")), "2021-05-04", who=pcp)
    c.cond(cc(("sct", "69896004", "Rheumatoid arthritis"), text="Polycystic ovarian syndrome", ) if False else
           cc(("sct", "69878008", "Polycystic ovaries"), ("icd", "E28.2", "Polycystic ovarian syndrome")), "2015-08-10", who=pcp)
    mig = c.cond(cc(("sct", "56097005", "Migraine without aura"), ("icd", "G43.009", "Migraine without aura, not intractable, without status migrainosus")),
                 "2026-03-04", who=neuro, note="Daily-ish headaches since ~01/2026, holocephalic, pressure-like, some nausea.")
    e1 = c.enc("2026-03-04", "New patient - headache clinic", reason="Headache", who=neuro, org=c.o)
    c.vitals("2026-03-04", e1, 128, 82, 84, 108.9, bmi=38.6)
    c.dr(cc(("loinc", "24590-2", "MR Brain")), "2026-04-02",
         "MRI brain without contrast: no mass, hemorrhage or hydrocephalus. Partially empty sella. Mild flattening of the posterior globes, of uncertain significance. Otherwise unremarkable.", who=neuro)
    c.med(cc(("rx", "313586", "sumatriptan 50 MG Oral Tablet")), "2026-03-04", "50 mg at onset, may repeat in 2 h, max 200 mg/day", reason=mig, who=neuro)
    c.med(cc(("rx", "151227", "topiramate 50 MG Oral Tablet")), "2026-04-15", "25 mg nightly x1 wk then 50 mg nightly", reason=mig, who=neuro, status="stopped", note="Stopped 06/2026 - paresthesias, word-finding difficulty.")
    c.med(cc(("rx", "197806", "ibuprofen 600 MG Oral Tablet")), "2026-03-04", "600 mg every 8 h as needed", who=neuro)
    e2 = c.enc("2026-06-18", "Return visit - headache clinic", reason="Migraine follow-up", who=neuro, org=c.o)
    c.obs(cc(("sct", "25064002", "Headache")), "2026-06-18", vcc=PRESENT, cat="exam", enc=e2, note="Headache 25/30 days, worse lying down and on waking.")
    c.note("2026-06-18", "Headache clinic follow-up", """
Migraine without aura f/u. Headaches nearly daily, worse when lying flat and first thing in morning. New: "whooshing" sound in both ears in time with heartbeat, and brief graying out of vision when she stands up, a few seconds, several times a day.
Stopped topiramate (tingling, word-finding). Using sumatriptan 3-4 days/week.
Exam: fundi not visualized (undilated, photophobic). Neuro otherwise non-focal.
A/P: chronic migraine with probable medication overuse. Limit triptan to 2 d/wk. Start amitriptyline 10 mg qhs. Optometry eval for visual complaints.
""", author=neuro, enc=e2)
    c.med(cc(("rx", "1000063", "amitriptyline hydrochloride 10 MG Oral Tablet"), text="amitriptyline 10 mg tablet"), "2026-06-18", "10 mg at bedtime", reason=mig, who=neuro)
    e3 = c.enc("2026-10-20", "Comprehensive eye exam (outside)", reason="Transient visual obscurations", who=od, org=eye)
    pap = c.obs(tx("Optic disc appearance, both eyes"), "2026-10-20", vstr="Bilateral optic disc edema, Frisen grade 2 OU, obscuration of vessels at disc margin OD; no spontaneous venous pulsations", interp="A", cat="exam", enc=e3, who=od)
    c.obs(tx("Visual field, automated perimetry 24-2"), "2026-10-20", vstr="Enlarged physiologic scotoma (peripapillary) OU; MD -4.1 dB OD, -3.6 dB OS", interp="A", cat="exam", enc=e3, who=od)
    c.note("2026-10-20", "Outside optometry report (faxed)", """
MT. LEBANON FAMILY EYE CARE - faxed to PCP and neurology 10/21/2026
Patient: Courtney Briggs DOB 01/27/1990
VA 20/20 OD, 20/25 OS. Pupils equal, no APD.
Dilated fundus exam: bilateral optic disc swelling, Frisen grade 2 both eyes, absent SVPs.
Humphrey 24-2: enlarged physiologic scotomas both eyes.
Assessment: bilateral optic disc edema. Recommend urgent neurology/neuro-ophthalmology evaluation.
T. Reilly, OD
""", author=od, enc=e3, typ=("51851-4", "Administrative note"), custodian=eye)
    e4 = c.enc("2026-11-05", "Return visit - headache clinic", reason="Migraine follow-up", who=neuro, org=c.o)
    c.obs(cc(("sct", "25064002", "Headache")), "2026-11-05", vcc=PRESENT, cat="exam", enc=e4, note="Daily headache, pulsatile tinnitus, transient visual obscurations persist.")
    c.vitals("2026-11-05", e4, 132, 84, 86, 111.2, bmi=39.4)
    c.note("2026-11-05", "Headache clinic follow-up", """
Chronic migraine f/u. Amitriptyline 10 mg - sleeping better, headaches unchanged, daily. Still pulsatile tinnitus and brief visual graying several times a day.
Optometry report from 10/20 received in media tab (not reviewed at this visit).
Weight up 2 kg.
A/P: chronic migraine without aura, refractory. Increase amitriptyline to 25 mg. Discussed CGRP monoclonal antibody - prior auth submitted. RTC 3 months.
""", author=neuro, enc=e4)
    return c


def a_dsm_nm(cid):
    c = setup(cid, "lakeshore", "humana", "H48211930", [("Gregory", "Pfeiffer"), ("Mei-Lin", "Chou")],
              "Harold James", "Lindqvist", "male", "1958-09-19", "LUMC-0031178", "7702 W Wells St", "414-555-0662", marital=("M", "Married"))
    pcp, md = c.pr
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2012-03-01", who=pcp)
    c.cond(cc(("sct", "266569009", "Benign prostatic hyperplasia"), ("icd", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2018-06-12", who=pcp)
    pd = c.cond(cc(("sct", "49049000", "Parkinson's disease"), ("icd", "G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations")), "2025-09-08", who=md,
                note="Right-hand rest tremor since ~2024, bradykinesia, reduced arm swing R. DaTscan 08/2025 reduced putaminal uptake L>R.")
    c.obs(cc(("sct", "14760008", "Constipation")), "2026-05-19", vcc=PRESENT, cat="exam", note="Since ~2023, predates motor symptoms; PEG 3350 as needed.")
    c.obs(tx("Dream enactment behaviour (REM sleep behaviour, per spouse)"), "2026-05-19", vcc=PRESENT, cat="exam", note="Years of shouting/punching in sleep; no injuries.")
    c.obs(tx("Smell identification (UPSIT-40)"), "2026-05-19", 22, "{score}", cat="exam", interp="L", ref_text=">= 34 normosmia for age/sex")
    c.dr(tx("DaTscan (ioflupane I-123 SPECT)"), "2025-08-20", "Asymmetric reduction of striatal uptake, more marked in the left putamen, consistent with presynaptic dopaminergic deficit.", who=md)
    c.med(cc(("rx", "197444", "carbidopa 25 MG / levodopa 100 MG Oral Tablet")), "2025-09-08", "1 tablet three times daily", reason=pd, who=md)
    c.med(cc(("rx", "311041", "melatonin 3 MG Oral Tablet") if False else ("rx", "1001366", "melatonin 3 MG Oral Tablet"), text="melatonin 3 mg"), "2026-05-19", "6 mg at bedtime", who=md)
    c.med(cc(("rx", "863671", "tamsulosin hydrochloride 0.4 MG Oral Capsule")), "2018-06-12", "0.4 mg daily", who=pcp)
    c.med(cc(("rx", "314076", "lisinopril 10 MG Oral Tablet")), "2012-03-01", "10 mg daily", who=pcp)
    for d, v in [("2025-09-08", 32), ("2026-01-12", 24), ("2026-05-19", 22), ("2026-11-16", 21)]:
        e = c.enc(d, "Movement disorders clinic", reason="Parkinson disease", who=md, org=c.o)
        c.obs(cc(("loinc", "77717-7", "MDS-UPDRS Part III motor examination score"), text="MDS-UPDRS Part III (ON)"), d, v, "{score}", cat="survey", enc=e)
        if d == "2026-11-16":
            c.vitals(d, e, 134, 78, 68, 81.0)
            c.obs(tx("Orthostatic blood pressure"), d, vstr="Supine 134/78, standing 3 min 128/76 - no orthostatic hypotension", cat="exam", enc=e)
            c.note(d, "Movement disorders clinic follow-up", """
68M with Parkinson disease dx 09/2025 (DaTscan abnormal), excellent and sustained levodopa response (UPDRS-III 32 -> 21 ON).
Non-motor: constipation (predated motor sx), hyposmia, dream enactment - all well-recognised prodromal/non-motor features of PD and fit the diagnosis. Melatonin helping RBD.
No red flags for atypical parkinsonism: no early falls, normal vertical saccades, no orthostatic hypotension, no cerebellar signs, no early dementia (MoCA 27).
Plan: continue carbidopa-levodopa 25/100 TID. Bed rails/safety for RBD. Fiber, PEG as needed. RTC 6 months.
""", author=md, enc=e)
    return c


def a_mpp_pos(cid):
    c = setup(cid, "gpuh", "medicare", "1EG4TE5MK73", [("Nathan", "Ostrowski"), ("Farah", "Haddad"), ("Jillian", "Reyes", "PA-C")],
              "Douglas Wayne", "Carver", "male", "1963-11-30", "GP5512087", "918 S 48th Ave", "402-555-0719", marital=("M", "Married"))
    pcp, ns, pa = c.pr
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2015-06-22", who=pcp)
    c.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified") if False else ("icd", "E78.2", "Mixed hyperlipidemia")), "2015-06-22", who=pcp)
    c.cond(cc(("sct", "235595009", "Gastroesophageal reflux disease"), ("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2017-10-03", who=pcp)
    cm = c.cond(cc(("sct", "230567008", "Cervical myelopathy") if False else ("sct", "427001002", "Cervical spondylotic myelopathy") if False else ("icd", "M47.12", "Other spondylosis with myelopathy, cervical region"),
                   text="Cervical spondylotic myelopathy C4-C6"), "2026-08-17", who=ns)
    e1 = c.enc("2026-08-17", "New patient - spine neurosurgery", reason="Hand clumsiness, gait imbalance", who=ns, org=c.o)
    c.dr(cc(("loinc", "24969-8", "MR Cervical spine")), "2026-08-05",
         "Multilevel spondylosis with severe canal stenosis C4-5 and C5-6 (AP canal 6 mm), cord compression with T2 hyperintense intramedullary signal at C5. Moderate bilateral foraminal stenosis C5-6.", who=ns)
    c.obs(tx("Modified Japanese Orthopaedic Association (mJOA) score"), "2026-08-17", 13, "{score}", cat="survey", enc=e1, ref_text="18 = normal; 12-14 moderate myelopathy")
    c.vitals("2026-08-17", e1, 138, 86, 74, 92.4)
    e2 = c.enc("2026-11-09", "Return visit - spine neurosurgery", reason="Cervical myelopathy - surgical planning", who=ns, org=c.o)
    c.obs(tx("Modified Japanese Orthopaedic Association (mJOA) score"), "2026-11-09", 12, "{score}", cat="survey", enc=e2, ref_text="18 = normal; 12-14 moderate myelopathy")
    c.sr(cc(("cpt", "22551", "Arthrodesis, anterior interbody, including disc space preparation, discectomy, osteophytectomy and decompression of spinal cord and/or nerve roots; cervical below C2"),
            ("cpt", "22552", "Arthrodesis, anterior interbody ... cervical below C2, each additional interspace"),
            text="Anterior cervical discectomy and fusion C4-5, C5-6 with allograft and plate"), "2026-11-09", status="active", intent="order", occ="2027-01-11",
         reason=cm, who=ns, performer=ns, enc=e2, cat=cc(("sct", "387713003", "Surgical procedure")))
    c.sr(tx("Pre-anesthesia evaluation"), "2026-11-09", occ="2026-12-28", who=pa, enc=e2)
    for l in [("718-7", "Hemoglobin [Mass/volume] in Blood", 14.6, "g/dL", 13.5, 17.5), ("777-3", "Platelets [#/volume] in Blood by Automated count", 231, "10*3/uL", 150, 400),
              ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.98, "mg/dL", 0.7, 1.3), ("6301-6", "INR in Platelet poor plasma by Coagulation assay", 1.0, "{INR}", 0.9, 1.1)]:
        c.lab(l[0], l[1], "2026-11-09", l[2], l[3], l[4], l[5], enc=e2)
    c.med(cc(("rx", "617312", "atorvastatin 40 MG Oral Tablet") if False else ("rx", "617311", "atorvastatin 40 MG Oral Tablet")), "2015-06-22", "40 mg daily", who=pcp)
    c.med(cc(("rx", "197361", "amlodipine 5 MG Oral Tablet")), "2016-01-10", "5 mg daily", who=pcp)
    c.med(cc(("rx", "40790", "pantoprazole"), text="pantoprazole 40 mg tablet"), "2017-10-03", "40 mg daily before breakfast", who=pcp)
    c.note("2026-11-09", "Spine neurosurgery clinic note", """
NEUROSURGERY SPINE CLINIC
63M with progressive cervical spondylotic myelopathy: bilateral hand clumsiness (buttoning, dropping keys), gait imbalance x 8 months. mJOA 13 -> 12.
Exam: Hoffmann positive bilaterally, hyperreflexia in legs, tandem gait impaired, no clonus.
MRI: severe stenosis C4-5, C5-6 with cord signal change at C5.
Failed 3 months PT. Discussed natural history; surgery recommended to halt progression.
Plan: C4-C6 anterior cervical discectomy and fusion. Risks (dysphagia, hoarseness, C5 palsy, nonunion, adjacent segment disease, infection) reviewed; consent signed. Surgery date 01/11/2027. Pre-anesthesia clinic 12/28.
""", author=ns, enc=e2)
    return c


def a_mpp_nm(cid):
    c = setup(cid, "allegheny", "medicare", "4HW7RT2QN18", [("Sandra", "Bellamy"), ("Victor", "Anand"), ("Kristen", "Maher", "PA-C")],
              "Joan Elizabeth", "Trautman", "female", "1955-04-08", "E5147722", "66 Greentree Rd", "412-555-0306", marital=("W", "Widowed"))
    pcp, ns, pa = c.pr
    c.cond(cc(("sct", "64859006", "Osteoporosis"), ("icd", "M81.0", "Age-related osteoporosis without current pathological fracture")), "2019-11-18", who=pcp)
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2010-05-04", who=pcp)
    c.cond(cc(("sct", "21983002", "Hashimoto thyroiditis") if False else ("sct", "40930008", "Hypothyroidism"), ("icd", "E03.8", "Other specified hypothyroidism")), "2014-02-20", who=pcp)
    ls = c.cond(cc(("sct", "18347007", "Spinal stenosis of lumbar region"), ("icd", "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), "2025-12-03", who=ns)
    c.dr(cc(("loinc", "24967-2", "MR Lumbar spine")), "2026-06-10", "Severe central canal stenosis at L4-5 due to facet hypertrophy, ligamentum flavum thickening and grade 1 degenerative anterolisthesis (3 mm), stable on flexion/extension films.", who=ns)
    e1 = c.enc("2026-07-14", "Return visit - spine neurosurgery", reason="Neurogenic claudication", who=ns, org=c.o)
    c.sr(cc(("cpt", "63047", "Laminectomy, facetectomy and foraminotomy (unilateral or bilateral with decompression of spinal cord, cauda equina and/or nerve root[s]), single vertebral segment; lumbar"),
            text="L4-5 decompressive laminectomy"), "2026-07-14", status="completed", occ="2026-09-22", reason=ls, who=ns, performer=ns, enc=e1)
    adm = c.enc("2026-09-22", "Surgical admission - neurosurgery", cls="IMP", reason="L4-5 laminectomy", who=ns, org=c.o, end="2026-09-23")
    c.proc(cc(("cpt", "63047", "Laminectomy, facetectomy and foraminotomy, single vertebral segment; lumbar"), ("sct", "387731002", "Lumbar laminectomy") if False else ("sct", "112728001", "Laminectomy of lumbar spine") if False else ("sct", "387714009", "Operation on spine") if False else ("sct", "176342007", "Lumbar laminectomy") if False else ("cpt", "63047", "Laminectomy, lumbar, single segment"),
              text="L4-5 decompressive laminectomy with bilateral foraminotomies"), "2026-09-22", reason=ls, who=ns, enc=adm)
    c.note("2026-09-22", "Operative note", """
OPERATIVE REPORT
Procedure: L4-5 decompressive laminectomy, bilateral medial facetectomies and foraminotomies.
Indication: severe L4-5 stenosis with neurogenic claudication (walking tolerance 1 block), failed PT and two epidural steroid injections.
Findings: severe ligamentum flavum hypertrophy; thecal sac decompressed, pulsatile at end. No durotomy. EBL 75 mL.
Disposition: PACU then floor; discharged POD1 ambulating independently.
""", author=ns, enc=adm, typ=("11504-8", "Surgical operation note"))
    e2 = c.enc("2026-10-06", "Post-op visit - spine neurosurgery", reason="Wound check", who=pa, org=c.o)
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-10-06", 3, "{score}", cat="survey", enc=e2)
    e3 = c.enc("2026-11-17", "Post-op visit - spine neurosurgery", reason="6-week post-op", who=ns, org=c.o)
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-17", 1, "{score}", cat="survey", enc=e3)
    c.vitals("2026-11-17", e3, 128, 72, 70, 61.3)
    c.sr(cc(("sct", "91251008", "Physical therapy procedure")), "2026-11-17", occ="2026-11-24", who=ns, enc=e3, note="Post-laminectomy core strengthening 2x/week x 6 weeks")
    c.med(cc(("rx", "966222", "levothyroxine sodium 0.075 MG Oral Tablet") if False else ("rx", "966247", "levothyroxine sodium 0.075 MG Oral Tablet")), "2014-02-20", "75 mcg daily", who=pcp)
    c.med(cc(("rx", "904420", "alendronate sodium 70 MG Oral Tablet") if False else ("rx", "904419", "alendronate sodium 70 MG Oral Tablet")), "2019-11-18", "70 mg weekly", who=pcp)
    c.med(cc(("rx", "310798", "hydrochlorothiazide 25 MG Oral Tablet")), "2010-05-04", "25 mg daily", who=pcp)
    c.note("2026-11-17", "Post-op clinic note", """
6 weeks s/p L4-5 laminectomy (09/22/2026). Leg pain resolved; walking 1 mile daily. Incision healed.
No bowel/bladder change. Strength 5/5 BLE.
Plan: outpatient PT for core strengthening. Lifting restrictions lifted at 3 months. RTC 3 months with standing x-rays. No further surgery anticipated.
""", author=ns, enc=e3)
    return c


def a_up_pos(cid):
    c = setup(cid, "lakeshore", "bcbs", "XQW551902214", [("Rachel", "Goldfarb"), ("Imran", "Siddiqui"), ("Helen", "Achterberg"), ("Beth", "Lawson", "RN", None, None)],
              "Maureen Frances", "Kessler", "female", "1963-02-17", "LUMC-0019944", "3318 S Kinnickinnic Ave", "414-555-0478", marital=("M", "Married"))
    onc, nonc, pall, rn = c.pr
    bc = c.cond(cc(("sct", "254837009", "Malignant neoplasm of breast"), ("icd", "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), text="Left breast invasive ductal carcinoma, ER+/PR+/HER2-"),
                "2019-05-02", who=onc, stage="Initial pT2N1M0 (2019); recurrence with bone and liver metastases 07/2024")
    c.cond(cc(("icd", "C79.51", "Secondary malignant neoplasm of bone")), "2024-07-10", who=onc)
    c.cond(cc(("icd", "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2024-07-10", who=onc)
    lmd = c.cond(cc(("icd", "C79.32", "Secondary malignant neoplasm of cerebral meninges"), text="Leptomeningeal carcinomatosis"), "2026-09-15", who=nonc,
                 note="Presented with diplopia, R facial numbness, headache. MRI diffuse leptomeningeal enhancement; CSF cytology positive for adenocarcinoma.")
    adm = c.enc("2026-09-12", "Inpatient admission - neuro-oncology", cls="IMP", reason="Diplopia and headache", who=nonc, org=c.o, end="2026-09-18")
    c.dr(cc(("loinc", "24590-2", "MR Brain")), "2026-09-13", "Diffuse nodular leptomeningeal enhancement along the cerebellar folia, brainstem and bilateral CN V and VI; mild communicating hydrocephalus.", who=nonc, enc=adm)
    c.obs(tx("Cytology report of Cerebral spinal fluid"), "2026-09-14", vstr="Malignant cells present, consistent with metastatic adenocarcinoma of breast origin", interp="A", enc=adm)
    e2 = c.enc("2026-10-21", "Neuro-oncology clinic", reason="Leptomeningeal disease", who=nonc, org=c.o)
    c.obs(tx("Karnofsky performance status"), "2026-10-21", 50, "{score}", cat="survey", enc=e2)
    e3 = c.enc("2026-11-18", "Multidisciplinary neuro-oncology tumor board", reason="Leptomeningeal disease - treatment options", who=nonc, org=c.o)
    c.obs(tx("Karnofsky performance status"), "2026-11-18", 40, "{score}", cat="survey", enc=e3)
    c.note("2026-11-18", "Neuro-oncology multidisciplinary conference note", """
NEURO-ONCOLOGY MULTIDISCIPLINARY CONFERENCE - 11/18/2026
Present: neuro-oncology, radiation oncology, breast medical oncology, neurosurgery, palliative care, neuroradiology.
Case: 63F, HR+/HER2- metastatic breast cancer (bone, liver since 2024; progressed through letrozole/palbociclib, fulvestrant, capecitabine and sacituzumab), now leptomeningeal disease (MRI + CSF cytology 09/2026). KPS 40, largely bed-bound, progressive hepatic disease on last CT.
Discussion: not a candidate for intrathecal chemotherapy (Ommaya) given performance status and hydrocephalus; craniospinal irradiation not appropriate; no systemic option expected to benefit; no trial for which she is eligible.
Consensus: no further cancer-directed treatment options. Recommend focus on comfort, transition to hospice. Dexamethasone for symptoms.
Family meeting held same day with patient and husband; they agree with hospice referral.
""", author=nonc, enc=e3, typ=("34133-9", "Summary of episode note"))
    c.careplan("Palliative care plan of care", "2026-11-18", cc(("sct", "103735009", "Palliative care"), text="Palliative care"), addresses=[lmd, bc], author=pall,
               desc="Comfort-focused care; symptom control (headache, nausea, diplopia); goals-of-care: DNR/DNI; hospice enrollment.",
               activities=[("Hospice enrollment", "scheduled", cc(("sct", "385763009", "Hospice care"))), ("Dexamethasone taper as tolerated", "in-progress", None)])
    c.sr(cc(("sct", "385763009", "Hospice care"), text="Referral to home hospice"), "2026-11-18", occ="2026-11-23", reason=lmd, who=pall, enc=e3,
         cat=cc(("sct", "3457005", "Patient referral")))
    c.med(cc(("rx", "197582", "dexamethasone 4 MG Oral Tablet")), "2026-09-15", "4 mg twice daily", reason=lmd, who=nonc)
    c.med(cc(("rx", "1049621", "oxycodone hydrochloride 5 MG Oral Tablet")), "2026-09-18", "5-10 mg every 4 h as needed for pain", who=pall)
    c.med(cc(("rx", "312086", "ondansetron 4 MG Oral Tablet") if False else ("rx", "198052", "ondansetron 4 MG Disintegrating Oral Tablet") if False else ("rx", "26225", "ondansetron"), text="ondansetron 4 mg ODT"), "2026-09-18", "4 mg every 8 h as needed", who=nonc)
    c.obs(cc(("loinc", "75320-2", "Advance directive")) if False else tx("Code status"), "2026-11-18", vstr="DNR/DNI", cat="exam", enc=e3)
    return c


def a_up_nm(cid):
    c = setup(cid, "gpuh", "humana", "H71203348", [("Alan", "Brewster"), ("Catherine", "Yoon"), ("Marcus", "Feld")],
              "Raymond Earl", "Soderberg", "male", "1947-12-05", "GP2208851", "1404 N 56th St", "402-555-0290", marital=("M", "Married"))
    pcp, cog, ext = c.pr
    extorg = c.org("Rochester Lakes Memory and Aging Center (outside second opinion)", city="Rochester", state="MN")
    ad = c.cond(cc(("sct", "26929004", "Alzheimer's disease"), ("icd", "G30.1", "Alzheimer's disease with late onset")), "2020-10-14", who=cog, severity=("24484000", "Severe"),
                note="FAST 7a. Nonverbal except single words; dependent for all ADLs.")
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2005-01-01", who=pcp)
    c.cond(cc(("sct", "266569009", "Benign prostatic hyperplasia"), ("icd", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2011-04-19", who=pcp)
    c.cond(cc(("sct", "233604007", "Pneumonia"), text="Community-acquired pneumonia"), "2025-02-03", status="resolved", abated="2025-02-20", who=pcp)
    e1 = c.enc("2026-06-02", "Cognitive neurology clinic", reason="Alzheimer disease follow-up", who=cog, org=c.o)
    c.obs(tx("Functional Assessment Staging (FAST)"), "2026-06-02", vstr="7a", cat="survey", enc=e1)
    c.vitals("2026-06-02", e1, 122, 70, 72, 58.0)
    c.note("2026-06-02", "Cognitive neurology follow-up", """
78M with Alzheimer disease (dx 2020, amyloid PET positive 2020), now severe, FAST 7a. Weight down 6 kg in a year, needs hand-feeding, incontinent.
Donepezil and memantine stopped 02/2026 (no benefit, bradycardia).
No disease-modifying therapy is appropriate at this stage; anti-amyloid antibodies not indicated.
Discussed hospice eligibility with wife and daughter. Daughter wishes to have another specialist review before enrolling; referral placed for outside second opinion.
""", author=cog, enc=e1)
    e2 = c.enc("2026-08-19", "Second opinion consultation - cognitive neurology (outside)", reason="Second opinion - advanced dementia and hospice", who=ext, org=extorg)
    c.note("2026-08-19", "Outside second opinion consultation", """
ROCHESTER LAKES MEMORY AND AGING CENTER - SECOND OPINION CONSULTATION (records received 08/26/2026)
Requested by family for second opinion regarding diagnosis and hospice recommendation.
Reviewed prior MRI (2020, 2024), amyloid PET 2020, neuropsychology 2021, and examined patient.
Opinion: agree with diagnosis of Alzheimer disease, late onset, severe (FAST 7a). No reversible contributors identified (B12, TSH, metabolic panel normal 05/2026). No disease-modifying options. Concur that hospice care is appropriate.
M. Feld, MD
""", author=ext, enc=e2, typ=NOTE_CONSULT, custodian=extorg)
    cp = c.careplan("Hospice plan of care", "2026-09-01", cc(("sct", "385763009", "Hospice care")), addresses=[ad], author=cog,
                    desc="Home hospice: comfort feeding, skin care, symptom management; DNR.")
    e3 = c.enc("2026-11-12", "Hospice home visit", cls="HH", reason="Hospice recertification", who=cog, org=c.o)
    c.obs(tx("Palliative Performance Scale"), "2026-11-12", 30, "%", cat="survey", enc=e3)
    c.vitals("2026-11-12", e3, 112, 64, 78, 54.5)
    c.med(cc(("rx", "197361", "amlodipine 5 MG Oral Tablet")), "2015-06-01", "5 mg daily", who=pcp, status="stopped", note="Deprescribed on hospice admission 09/2026")
    c.med(cc(("rx", "312357", "lorazepam") if False else ("rx", "6470", "lorazepam"), text="lorazepam 0.5 mg tablet"), "2026-09-01", "0.5 mg every 6 h as needed for agitation", who=cog)
    c.med(cc(("rx", "7052", "morphine"), text="morphine sulfate oral solution 20 mg/mL"), "2026-09-01", "2.5-5 mg by mouth every 2 h as needed for pain or dyspnea", who=cog)
    for l in [("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 520, "pg/mL", 232, 1245), ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.4, "m[IU]/L", 0.45, 4.5),
              ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 141, "mmol/L", 135, 145)]:
        c.lab(l[0], l[1], "2026-05-20", l[2], l[3], l[4], l[5])
    return c


def a_hit_pos(cid):
    c = setup(cid, "allegheny", "medicare", "7QA2XK4WN61", [("Louis", "Marchetti"), ("Hana", "Kurosawa"), ("David", "Lindgren")],
              "Walter Eugene", "Prokop", "male", "1952-07-23", "E3381906", "210 Washington Ave, Carnegie", "412-555-0851", marital=("M", "Married"))
    pcp, md, nsg = c.pr
    et = c.cond(cc(("sct", "609558009", "Essential tremor"), ("icd", "G25.0", "Essential tremor")), "2010-03-01", who=md, note="Bilateral action tremor, R>L, refractory to propranolol and primidone.")
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2011-09-14", who=pcp)
    c.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.00", "Pure hypercholesterolemia, unspecified") if False else ("icd", "E78.2", "Mixed hyperlipidemia")), "2011-09-14", who=pcp)
    e1 = c.enc("2026-08-11", "Movement disorders clinic - pre-procedure", reason="Essential tremor", who=md, org=c.o)
    c.obs(tx("Fahn-Tolosa-Marin Clinical Rating Scale for Tremor (CRST) total"), "2026-08-11", 58, "{score}", cat="survey", enc=e1)
    c.obs(tx("EQ-5D-5L index value (US value set)"), "2026-08-11", 0.81, "{score}", cat="survey", enc=e1, ref_text="1.0 = full health")
    c.obs(tx("EQ VAS (0-100)"), "2026-08-11", 75, "{score}", cat="survey", enc=e1)
    adm = c.enc("2026-08-25", "Day procedure - MR-guided focused ultrasound", cls="AMB", reason="Medication-refractory essential tremor", who=nsg, org=c.o)
    c.proc(cc(("cpt", "0398T", "Magnetic resonance image guided high intensity focused ultrasound (MRgFUS), stereotactic ablation lesion, intracranial for movement disorder including stereotactic navigation and frame placement, when performed"),
              text="MRgFUS left ventral intermediate nucleus thalamotomy"), "2026-08-25", reason=et, who=nsg, enc=adm)
    c.note("2026-08-25", "Procedure note - MRgFUS thalamotomy", """
Left Vim MRgFUS thalamotomy. 4 therapeutic sonications, peak temperature 57 C. Intraprocedural R hand tremor suppression ~90%.
Transient R perioral and finger paresthesias during final sonication. Gait assessed post-procedure: mildly unsteady.
""", author=nsg, enc=adm, typ=NOTE_PROC)
    e2 = c.enc("2026-09-08", "Movement disorders clinic - post-procedure", reason="Post-thalamotomy follow-up", who=md, org=c.o)
    c.cond(cc(("sct", "20262006", "Ataxia"), ("icd", "R27.0", "Ataxia, unspecified") if False else ("icd", "R26.81", "Unsteadiness on feet"), text="Gait unsteadiness after thalamotomy"), "2026-08-26", who=md, enc=e2)
    c.cond(cc(("sct", "36955009", "Loss of taste") if False else ("icd", "R43.2", "Parageusia"), text="Dysgeusia after thalamotomy"), "2026-08-26", who=md, enc=e2)
    e3 = c.enc("2026-11-03", "Movement disorders clinic - post-procedure", reason="10-week post-thalamotomy", who=md, org=c.o)
    c.obs(tx("Fahn-Tolosa-Marin Clinical Rating Scale for Tremor (CRST) total"), "2026-11-03", 27, "{score}", cat="survey", enc=e3)
    c.obs(tx("EQ-5D-5L index value (US value set)"), "2026-11-03", 0.56, "{score}", cat="survey", enc=e3, ref_text="1.0 = full health")
    c.obs(tx("EQ VAS (0-100)"), "2026-11-03", 48, "{score}", cat="survey", enc=e3)
    c.vitals("2026-11-03", e3, 132, 80, 64, 77.9)
    c.med(cc(("rx", "198104", "propranolol hydrochloride 40 MG Oral Tablet") if False else ("rx", "8787", "propranolol"), text="propranolol ER 80 mg"), "2015-01-01", "80 mg daily", who=md, status="stopped", note="Stopped 09/2026 after thalamotomy")
    c.med(cc(("rx", "314076", "lisinopril 10 MG Oral Tablet")), "2011-09-14", "10 mg daily", who=pcp)
    c.sr(cc(("sct", "91251008", "Physical therapy procedure")), "2026-09-08", occ="2026-09-15", who=md, enc=e2, note="Vestibular/gait rehabilitation")
    c.note("2026-11-03", "Movement disorders clinic follow-up", """
74M, 10 weeks after L Vim MRgFUS thalamotomy for ET.
Tremor: R hand markedly improved (CRST 58 -> 27), can write and drink from cup.
However: persistent gait unsteadiness (uses cane outdoors, 2 near-falls), R perioral numbness, food tastes "metallic". Stopped golf and driving at dusk. Says "I traded one problem for another."
Patient-reported quality of life: EQ-5D-5L index 0.81 pre-procedure -> 0.56 now; EQ VAS 75 -> 48.
Plan: continue vestibular PT. Reassess at 6 months - side effects may partially resolve. Mood screen negative.
""", author=md, enc=e3)
    return c


def a_hit_nm(cid):
    c = setup(cid, "lakeshore", "uhc", "902175543-02", [("Sophie", "Tran"), ("Rahul", "Venkataraman")],
              "Melissa Jo", "Kaminski", "female", "1980-10-11", "LUMC-0062207", "1520 E Brady St", "414-555-0733", marital=("D", "Divorced"))
    pcp, epi = c.pr
    ep = c.cond(cc(("sct", "84757009", "Epilepsy"), ("icd", "G40.219", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, intractable, without status epilepticus"),
                   text="Focal epilepsy, left frontal, drug-resistant"), "2004-06-01", who=epi)
    c.cond(cc(("sct", "35489007", "Depressive disorder"), ("icd", "F33.1", "Major depressive disorder, recurrent, moderate")), "2016-03-10", who=pcp)
    c.cond(cc(("sct", "34000006", "Crohn's disease") if False else ("sct", "37796009", "Migraine"), ("icd", "G43.909", "Migraine, unspecified, not intractable, without status migrainosus") if False else ("icd", "G43.109", "Migraine with aura, not intractable, without status migrainosus")), "2001-01-01", who=pcp)
    c.med(cc(("rx", "311265", "levetiracetam") if False else ("rx", "114477", "levetiracetam"), text="levetiracetam 1500 mg tablet"), "2012-04-04", "1500 mg twice daily", reason=ep, who=epi)
    c.med(cc(("rx", "2267138", "cenobamate") if False else ("rx", "2272608", "cenobamate"), text="cenobamate (Xcopri) titration pack"), "2026-05-04", "12.5 mg daily, titrate every 2 weeks to 200 mg daily", reason=ep, who=epi)
    c.med(cc(("rx", "312938", "sertraline 100 MG Oral Tablet") if False else ("rx", "36437", "sertraline"), text="sertraline 100 mg tablet"), "2016-03-10", "100 mg daily", who=pcp)
    for d, q, sz in [("2026-04-27", 58, 6), ("2026-07-30", 55, 3), ("2026-11-02", 54, 2)]:
        e = c.enc(d, "Comprehensive epilepsy clinic", reason="Drug-resistant focal epilepsy", who=epi, org=c.o)
        c.obs(tx("QOLIE-31 overall score (0-100, higher = better)"), d, q, "{score}", cat="survey", enc=e)
        c.obs(tx("Seizure frequency - focal impaired awareness seizures per month (diary)"), d, sz, "/mo", "/mo", cat="survey", enc=e)
        if d == "2026-11-02":
            c.vitals(d, e, 116, 72, 70, 70.4)
            c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", d, 21, "U/L", 7, 35, enc=e)
            c.note(d, "Epilepsy clinic follow-up", """
Drug-resistant L frontal epilepsy. Cenobamate added 05/2026, now 200 mg daily (target reached 08/2026).
Seizures: 6/month at baseline -> 2/month. No GTC since 2025.
Side effects: mild fatigue in the afternoon, otherwise tolerating. Mood stable on sertraline (PHQ-9 6).
QOLIE-31 overall 58 (04/2026) -> 55 -> 54; change of 4 points, below the established minimally important change (~11.8) - not clinically meaningful.
Plan: continue cenobamate 200 mg; consider reducing levetiracetam next visit. Epilepsy surgery evaluation remains an option; patient prefers to wait.
""", author=epi, enc=e)
    return c


def a_prc_pos(cid):
    c = setup(cid, "gpuh", "medicaid", "NE44917263", [("Olivia", "Bergstrom", "APRN-CNP"), ("Samuel K", "Adeyemi", "MD", "1548870211"), ("Tessa", "Lund", "PhD")],
              "Tyler James", "Moreno", "male", "1999-05-30", "GP8839120", "2710 Q St Apt 3", "402-555-0517", marital=("S", "Never Married"))
    pcp, epi, psy = c.pr
    c.cond(cc(("sct", "35489007", "Depressive disorder") if False else ("sct", "47505003", "Posttraumatic stress disorder"), ("icd", "F43.10", "Post-traumatic stress disorder, unspecified") if False else ("icd", "F43.12", "Post-traumatic stress disorder, chronic")), "2021-08-01", who=pcp)
    c.cond(cc(("sct", "195967001", "Asthma"), ("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2006-01-01", who=pcp)
    emu = c.enc("2026-07-13", "Elective admission - epilepsy monitoring unit", cls="IMP", reason="Spells with shaking", who=epi, org=c.o, end="2026-07-17")
    c.proc(cc(("cpt", "95720", "Electroencephalogram (EEG), continuous recording, with video when performed, each increment of 12-26 hours"), text="Continuous video-EEG monitoring"), "2026-07-13", end="2026-07-17", who=epi, enc=emu)
    fs = c.cond(cc(("sct", "1303974009", "Functional seizure") if False else ("icd", "F44.5", "Conversion disorder with seizures or convulsions"), text="Functional (psychogenic non-epileptic) seizures"), "2026-07-17", who=epi, enc=emu)
    c.note("2026-07-17", "EMU discharge summary", """
EPILEPSY MONITORING UNIT DISCHARGE SUMMARY
27M referred for convulsive-appearing spells since 2025, on levetiracetam without benefit.
Four habitual events captured: asynchronous limb movements, pelvic thrusting, eyes closed, 3-6 minutes, with normal background EEG during and immediately after events; no ictal or post-ictal change.
MRI brain normal. Interictal EEG normal.
Diagnosis: functional (psychogenic non-epileptic) seizures, documented.
Plan: levetiracetam taper over 4 weeks. Referral to neuropsychology/CBT for functional seizures. Diagnosis explained to patient and mother at bedside.
""", author=epi, enc=emu, typ=NOTE_DC)
    c.med(cc(("rx", "114477", "levetiracetam"), text="levetiracetam 750 mg tablet"), "2025-10-02", "750 mg twice daily", who=epi, status="stopped", note="Tapered off 07-08/2026")
    e2 = c.enc("2026-09-02", "Psychotherapy - CBT for functional seizures", reason="Functional seizures", who=psy, org=c.o)
    e3 = c.enc("2026-10-28", "Return visit - epilepsy clinic", reason="Functional seizures follow-up", who=epi, org=c.o)
    c.obs(tx("Spell frequency per month (patient diary)"), "2026-10-28", 4, "/mo", "/mo", cat="survey", enc=e3)
    c.vitals("2026-10-28", e3, 124, 78, 80, 79.5)
    c.note("2026-10-28", "Epilepsy clinic follow-up", """
F/u functional seizures. Off levetiracetam since 08/2026, no change in events. Attending CBT (4 sessions). Spells ~weekly.
Patient remains unconvinced of diagnosis, asks whether more EEG time would help. Explained that habitual events were captured.
Plan: continue CBT. RTC 4 months.
""", author=epi, enc=e3)
    c.comm("2026-11-14", """Hi Dr. Adeyemi, I have been thinking a lot since my last appointment. I still don't accept that these are not real seizures. I feel like nobody is listening to me since the EMU and everyone just sends me to therapy. I would like to be referred for a second opinion at a different epilepsy center (maybe Mayo or Cleveland Clinic). Can you send my EEG and MRI to them? Thanks, Tyler""",
           recipient=epi, cat="MyChart patient medical advice request", topic="Second opinion request")
    c.comm("2026-11-16", "Forwarded to Dr. Adeyemi's pool for review; patient informed request received.", sender=pcp, recipient=epi, cat="Staff message", in_resp=None)
    c.med(cc(("rx", "745679", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler") if False else ("rx", "435", "albuterol"), text="albuterol HFA 90 mcg/actuation inhaler"), "2019-02-11", "2 puffs every 4 h as needed", who=pcp)
    return c


def a_prc_nm(cid):
    c = setup(cid, "allegheny", "aetna", "W7712049981", [("Gina", "Esposito"), ("Arthur", "Nwosu"), ("Lena", "Hartmann")],
              "Steven Paul", "Yablonski", "male", "1968-03-03", "E6601934", "5 Fox Chapel Rd", "412-555-0118", marital=("M", "Married"))
    pcp, vn, ext = c.pr
    extorg = c.org("Cleveland Lakeshore Cerebrovascular Center", city="Cleveland", state="OH")
    st = c.cond(cc(("sct", "422504002", "Ischemic stroke"), ("icd", "I63.411", "Cerebral infarction due to embolism of right middle cerebral artery")), "2026-03-09", who=vn,
                note="Mild L face/arm weakness, NIHSS 3 on arrival, received IV tenecteplase. mRS 1 at 90 days.")
    c.cond(cc(("sct", "204317008", "Patent foramen ovale"), ("icd", "Q21.12", "Patent foramen ovale")), "2026-03-11", who=vn)
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2014-08-01", who=pcp)
    c.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.2", "Mixed hyperlipidemia")), "2014-08-01", who=pcp)
    e1 = c.enc("2026-05-12", "Stroke clinic", reason="Ischemic stroke follow-up", who=vn, org=c.o)
    c.note("2026-05-12", "Stroke clinic follow-up", """
58M, R MCA embolic infarct 03/2026. TEE: small PFO, no ASA; also 5 mm protruding aortic arch atheroma. 30-day monitor: no AF. RoPE score 4.
Impression: stroke mechanism more likely aortic arch atheroembolism than paradoxical embolism; PFO closure not recommended.
Plan: aspirin + high-intensity statin, BP < 130/80.
""", author=vn, enc=e1)
    c.comm("2026-05-20", "Dr. Nwosu, my brother-in-law had his PFO closed after his stroke. I would like a second opinion about whether I should have mine closed before deciding. Can you refer me?",
           recipient=vn, cat="MyChart patient medical advice request", topic="Second opinion request")
    c.sr(cc(("sct", "3457005", "Patient referral"), text="Referral for second opinion - vascular neurology / PFO closure"), "2026-05-22", status="completed", occ="2026-07-08", reason=st, who=vn, performer=ext)
    e2 = c.enc("2026-07-08", "Second opinion consultation - vascular neurology (outside)", reason="Second opinion - PFO closure", who=ext, org=extorg)
    c.note("2026-07-08", "Outside second opinion consultation", """
CLEVELAND LAKESHORE CEREBROVASCULAR CENTER - SECOND OPINION
Mr. Yablonski, 58, referred at his request for second opinion regarding PFO closure after R MCA stroke 03/2026.
Reviewed MRI/MRA, TEE images (small PFO, no septal aneurysm; 5 mm mobile aortic arch plaque), Holter/30-day monitor.
Opinion: I agree with Dr. Nwosu. RoPE 4 and a competing high-risk aortic arch source make PFO-attributable stroke unlikely; closure not recommended. Continue antiplatelet + statin; consider aggressive lipid lowering (LDL < 55).
L. Hartmann, MD
""", author=ext, enc=e2, typ=NOTE_CONSULT, custodian=extorg)
    e3 = c.enc("2026-11-04", "Stroke clinic", reason="Stroke secondary prevention", who=vn, org=c.o)
    c.vitals("2026-11-04", e3, 126, 76, 66, 88.2)
    c.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-11-04", 52, "mg/dL", None, 100, enc=e3)
    c.comm("2026-11-05", "Thanks for going over my labs. Could you send a refill of the atorvastatin to the Giant Eagle pharmacy? Feeling well, back to work full time.",
           recipient=vn, cat="MyChart patient medical advice request", topic="Prescription refill")
    c.med(cc(("rx", "243670", "aspirin 81 MG Oral Tablet") if False else ("rx", "1191", "aspirin"), text="aspirin 81 mg chewable tablet"), "2026-03-10", "81 mg daily", reason=st, who=vn)
    c.med(cc(("rx", "259255", "atorvastatin 80 MG Oral Tablet")), "2026-03-10", "80 mg daily", reason=st, who=vn)
    c.med(cc(("rx", "1922", "ezetimibe") if False else ("rx", "341248", "ezetimibe"), text="ezetimibe 10 mg tablet"), "2026-07-20", "10 mg daily", who=vn)
    c.med(cc(("rx", "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2014-08-01", "20 mg daily", who=pcp)
    return c


def a_wdt_pos(cid):
    c = setup(cid, "gpuh", "bcbs", "YNB302287156", [("Megan", "Hollis"), ("Pavel", "Novak")],
              "Ricardo Luis", "Espinoza", "male", "1965-08-16", "GP3390672", "4411 S 24th St", "402-555-0381", lang=("es", "Spanish"), marital=("M", "Married"))
    pcp, nm = c.pr
    dm = c.cond(cc(("sct", "44054006", "Diabetes mellitus type 2"), ("icd", "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy")), "2011-05-20", who=pcp)
    dpn = c.cond(cc(("sct", "230572002", "Diabetic neuropathy") , text="Painful diabetic peripheral polyneuropathy"), "2024-09-10", who=nm,
                 note="Burning pain and allodynia both feet to mid-calf; NCS 2024 length-dependent sensorimotor axonal polyneuropathy.")
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2013-02-01", who=pcp)
    c.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.2", "Mixed hyperlipidemia")), "2013-02-01", who=pcp)
    c.med(cc(("rx", "596930", "duloxetine 60 MG Delayed Release Oral Capsule") if False else ("rx", "72625", "duloxetine"), text="duloxetine DR 60 mg capsule"), "2026-01-12", "60 mg daily", reason=dpn, who=nm)
    c.med(cc(("rx", "187832", "pregabalin") , text="pregabalin 150 mg capsule"), "2026-04-14", "150 mg twice daily", reason=dpn, who=nm)
    c.med(cc(("rx", "861004", "metformin hydrochloride 1000 MG Oral Tablet") if False else ("rx", "6809", "metformin"), text="metformin 1000 mg tablet"), "2011-05-20", "1000 mg twice daily", reason=dm, who=pcp)
    c.med(cc(("rx", "1991302", "semaglutide") if False else ("rx", "1991302", "semaglutide"), text="semaglutide 1 mg/dose pen"), "2024-02-01", "1 mg subcut weekly", reason=dm, who=pcp)
    c.med(cc(("rx", "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2013-02-01", "20 mg daily", who=pcp)
    for d, p in [("2026-05-05", 5), ("2026-07-14", 6), ("2026-09-15", 7), ("2026-11-17", 8)]:
        e = c.enc(d, "Neuromuscular clinic", reason="Painful diabetic neuropathy", who=nm, org=c.o)
        c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, p, "{score}", cat="survey", enc=e, note="Average foot pain past 7 days")
    for d, a in [("2026-04-30", 7.1), ("2026-10-28", 7.0)]:
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a, "%", 4.0, 5.6)
    c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "2026-10-28", 78, "mL/min/{1.73_m2}", 60, None)
    c.note("2026-11-17", "Neuromuscular clinic follow-up", """
61M, T2DM, painful distal symmetric polyneuropathy.
Duloxetine 60 mg daily since 01/2026 (adherent, pharmacy fills on time); pregabalin 150 mg BID since 04/2026 (dose-limited by edema and somnolence).
Average foot pain (NRS): 5 (05/2026) -> 6 (07) -> 7 (09) -> 8 (today). Now waking nightly with burning, stopped walking program, missed 6 work days.
Exam: stocking loss to mid-shin, absent ankle jerks, no new motor deficit. A1c stable ~7.0.
A: painful DPN worsening over 6+ months despite combination therapy at tolerated doses.
Plan: add topical capsaicin 8% patch referral; discuss spinal cord stimulation in future; sleep hygiene. RTC 3 months.
""", author=nm, enc=e)
    return c


def a_roc_pos(cid):
    c = setup(cid, "lakeshore", "aetna", "W5519028847", [("Jenna", "Sullivan"), ("Oluwaseun", "Bakare"), ("Mark", "Detweiler", "OD")],
              "Aaliyah Simone", "Whitaker", "female", "1992-04-21", "LUMC-0077312", "2960 N Oakland Ave", "414-555-0249", marital=("S", "Never Married"))
    pcp, nimm, od = c.pr
    nmo = c.cond(cc(("sct", "25044007", "Neuromyelitis optica"), ("icd", "G36.0", "Neuromyelitis optica [Devic]"), text="Neuromyelitis optica spectrum disorder, AQP4-IgG positive"), "2023-02-14", who=nimm,
                 note="Onset 01/2023 with L optic neuritis, then longitudinally extensive transverse myelitis T2-T9 (06/2023). Cell-based AQP4-IgG positive, MOG-IgG negative.")
    c.cond(cc(("sct", "34713006", "Vitamin D deficiency"), ("icd", "E55.9", "Vitamin D deficiency, unspecified") if False else ("icd", "E55.9", "Vitamin D deficiency")), "2023-03-01", who=pcp)
    c.cond(cc(("sct", "56097005", "Migraine without aura"), ("icd", "G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2012-01-01", who=pcp)
    c.obs(tx("Aquaporin-4 receptor IgG antibody, cell-based assay"), "2023-02-10", vcc=cc(("sct", "10828004", "Positive")), interp="POS", ref_text="Negative")
    c.med(cc(("rx", "2379011", "inebilizumab") if False else ("rx", "2379011", "inebilizumab-cdon"), text="inebilizumab-cdon (Uplizna) 300 mg IV"), "2023-09-05", "300 mg IV every 6 months", reason=nmo, who=nimm)
    c.med(cc(("rx", "11253", "vitamin D") if False else ("rx", "2418", "cholecalciferol"), text="cholecalciferol 2000 unit tablet"), "2023-03-01", "2000 units daily", who=pcp)
    for d in ["2026-03-10", "2026-09-08"]:
        e = c.enc(d, "Neuroimmunology clinic and infusion", reason="NMOSD maintenance", who=nimm, org=c.o)
        c.obs(tx("Expanded Disability Status Scale (EDSS)"), d, 3.0, "{score}", cat="survey", enc=e)
        c.lab("2465-3", "IgG [Mass/volume] in Serum or Plasma", d, 820, "mg/dL", 700, 1600, enc=e)
        c.lab("751-8", "Neutrophils [#/volume] in Blood by Automated count", d, 3.4, "10*3/uL", 1.8, 7.7, enc=e)
    c.dr(cc(("loinc", "24590-2", "MR Brain")), "2026-09-01", "MRI brain and orbits: no new lesions; chronic T2 signal L optic nerve. MRI T-spine: atrophy T4-T7, no enhancement.", who=nimm)
    e3 = c.enc("2026-11-16", "Neuro-ophthalmology visit", reason="NMOSD - optic neuropathy", who=od, org=c.o)
    c.obs(tx("Visual acuity, left eye (Snellen)"), "2026-11-16", vstr="20/60", interp="A", cat="exam", enc=e3)
    c.obs(tx("OCT retinal nerve fiber layer, average thickness, left eye"), "2026-11-16", 62, "um", cat="exam", enc=e3, interp="L", ref_text="80-120 um")
    c.sr(tx("Inebilizumab infusion, next maintenance dose"), "2026-11-16", occ="2027-03-09", reason=nmo, who=nimm)
    c.note("2026-09-08", "Neuroimmunology clinic note", """
34F with AQP4-IgG+ NMOSD (ON 01/2023, LETM 06/2023). On inebilizumab since 09/2023, relapse-free 3 years.
Residual: L optic atrophy (VA 20/60), mild spastic paraparesis, neuropathic band pain T6 - uses gabapentin prn. EDSS 3.0 stable.
MRI 09/2026 stable. IgG 820, counts normal.
Plan: continue inebilizumab q6 months. Pregnancy planning discussion - would need MFM and neuroimmunology coordination. RTC 6 months.
""", author=nimm, enc=e)
    return c


def a_roc_nm(cid):
    c = setup(cid, "allegheny", "bcbs", "ZKP118290043", [("Bryan", "Castellano", "DO"), ("Ingrid", "Solberg")],
              "Jerome Anthony", "Pruitt", "male", "1977-02-09", "E8820145", "1200 Penn Ave Apt 9", "412-555-0662", marital=("M", "Married"))
    pcp, neuro = c.pr
    c.cond(cc(("sct", "38341003", "Hypertensive disorder, systemic arterial"), ("icd", "I10", "Essential (primary) hypertension")), "2018-04-01", who=pcp)
    c.cond(cc(("sct", "78275009", "Obstructive sleep apnea syndrome"), ("icd", "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2020-06-16", who=pcp)
    c.cond(cc(("sct", "414916001", "Obesity"), ("icd", "E66.811", "Obesity, class 1") if False else ("icd", "E66.09", "Other obesity due to excess calories")), "2018-04-01", who=pcp)
    bp = c.cond(cc(("sct", "193093009", "Bell's palsy"), ("icd", "G51.0", "Bell's palsy")), "2026-10-28", who=pcp, note="Acute R lower motor neuron facial weakness, forehead involved, onset over 24 h; no rash, no other cranial nerve findings.")
    ed = c.enc("2026-10-28", "Urgent care visit", reason="Right facial droop", who=pcp, org=c.o)
    c.vitals("2026-10-28", ed, 142, 88, 82, 112.0)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-10-28", 102, "mg/dL", 70, 99, enc=ed)
    c.obs(tx("Lyme disease Ab screen (ELISA)"), "2026-10-28", vcc=cc(("sct", "260385009", "Negative")), interp="N", enc=ed)
    c.med(cc(("rx", "312617", "prednisone 20 MG Oral Tablet")), "2026-10-28", "60 mg daily x 5 days then taper over 5 days", reason=bp, who=pcp, status="completed")
    c.med(cc(("rx", "73645", "valacyclovir") , text="valacyclovir 1 g tablet"), "2026-10-28", "1 g three times daily x 7 days", reason=bp, who=pcp, status="completed")
    c.med(cc(("rx", "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2018-04-01", "20 mg daily", who=pcp)
    c.med(tx("Artificial tears + lubricating eye ointment at night (right eye)"), "2026-10-28", "drops 4x daily; ointment + tape at bedtime", reason=bp, who=pcp)
    for d, hb in [("2026-11-04", "House-Brackmann grade III"), ("2026-11-24", "House-Brackmann grade II")]:
        e = c.enc(d, "General neurology clinic", reason="Bell palsy follow-up", who=neuro, org=c.o)
        c.obs(tx("Facial nerve function grade (House-Brackmann)"), d, vstr=hb, cat="exam", enc=e)
    c.note("2026-11-24", "Neurology follow-up", """
49M, R Bell's palsy onset 10/28/2026, treated within 24 h with prednisone + valacyclovir.
Improving: now HB II, eye closes fully with minimal effort. No hyperacusis. Taste returning.
Typical idiopathic facial palsy; no features to suggest alternative cause (no bilateral involvement, no other cranial neuropathy, Lyme negative).
Plan: eye protection until complete closure; facial exercises. Expect full recovery. RTC prn. OSA - continue CPAP.
""", author=neuro, enc=e)
    return c


CASES = {
 "A-PSNW-P": ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", a_psnw_pos, "38F, 6 months of left-arm paresthesias recorded at 4 visits; MRI brain/C-spine, EMG/NCS and labs all normal; no diagnosis.",
              "Symptom recorded on 4 dates over 26 weeks (05-11/2026) with every test normal and no explanatory diagnosis; neurology discharged with reassurance."),
 "A-PSNW-N": ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", a_psnw_nm, "45M, spells with normal initial EEG/MRI, then video-EEG captures focal seizures; epilepsy diagnosed, spell-free on lacosamide.",
              "Initial workup was normal but an elective EMU admission established focal epilepsy that explains the spells, which have since stopped."),
 "A-DSM-P": ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", a_dsm_pos, "36F labelled migraine without aura; pulsatile tinnitus, visual obscurations and bilateral papilledema on outside optometry report remain unexplained.",
             "The migraine label cannot account for bilateral optic disc edema, enlarged physiologic scotomas and positional headache with pulsatile tinnitus, which persist after the diagnosis."),
 "A-DSM-N": ("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", a_dsm_nm, "68M Parkinson disease with constipation, hyposmia and RBD; all features fit PD, good levodopa response.",
             "The additional symptoms are recognised non-motor features of Parkinson disease, documented as such, with a DaTscan-supported diagnosis and sustained response."),
 "A-MPP-P": ("MAJOR_PROCEDURE_PLANNED", "positive", a_mpp_pos, "63M cervical spondylotic myelopathy; C4-C6 ACDF ordered for 01/11/2027 (CPT 22551/22552).",
             "Active order for a two-level anterior cervical discectomy and fusion scheduled six weeks after the anchor date."),
 "A-MPP-N": ("MAJOR_PROCEDURE_PLANNED", "near-miss", a_mpp_nm, "71F lumbar stenosis; L4-5 laminectomy already performed 09/2026, recovering; only PT ordered.",
             "The major spinal operation is completed (ServiceRequest completed, Procedure completed); the only open order is physical therapy."),
 "A-UP-P": ("UNTREATABLE_PROGNOSIS", "positive", a_up_pos, "63F metastatic breast cancer with leptomeningeal disease; tumor board: no further treatment options, hospice referral and palliative care plan.",
            "Active condition with a conference note stating no further cancer-directed options, palliative CarePlan and hospice referral; no second opinion on record."),
 "A-UP-N": ("UNTREATABLE_PROGNOSIS", "near-miss", a_up_nm, "79M severe Alzheimer disease on hospice; outside second opinion 08/2026 concurred.",
            "No-treatment signal is present but a second opinion for the same problem is on record within the last 12 months (08/2026), so the flag is suppressed."),
 "A-HIT-P": ("HIGH_IMPACT_TREATMENT", "positive", a_hit_pos, "74M essential tremor after MRgFUS thalamotomy: tremor better but EQ-5D index 0.81 -> 0.56 with ataxia and dysgeusia.",
             "Patient-reported quality of life fell by far more than the EQ-5D MCID (~0.07) after the treatment began; the procedure is already done, so no planned-procedure flag."),
 "A-HIT-N": ("HIGH_IMPACT_TREATMENT", "near-miss", a_hit_nm, "46F drug-resistant epilepsy after adding cenobamate: QOLIE-31 58 -> 54, seizures fewer.",
             "QoL change after starting treatment (4 points) is below the QOLIE-31 minimal important change and the drug is not a high-impact treatment."),
 "A-PRC-P": ("PATIENT_REPORTED_CONCERN", "positive", a_prc_pos, "27M with EMU-documented functional seizures sends a portal message asking for a second opinion at another epilepsy centre.",
             "Explicit patient-authored Communication requesting a second opinion; no second opinion on record. The functional-seizure diagnosis is a positive video-EEG diagnosis that accounts for the events, not a catch-all label."),
 "A-PRC-N": ("PATIENT_REPORTED_CONCERN", "near-miss", a_prc_nm, "58M post-stroke with PFO; asked for second opinion in 05/2026 which was completed 07/2026; latest message is a refill request.",
             "The patient request has already been fulfilled by an outside second opinion within the last 12 months; the newer message asks only for a refill."),
 "A-WDT-P": ("WORSENING_DESPITE_TREATMENT", "positive", a_wdt_pos, "61M painful diabetic neuropathy: pain NRS 5 -> 8 over 6 months on duloxetine + pregabalin.",
             "Pain NRS worsened by 3 points (MCID 2) over 196 days across 4 values while neuropathic-pain treatment was continuously active."),
 "A-ROC-P": ("RARE_OR_COMPLEX_CONDITION", "positive", a_roc_pos, "34F AQP4-IgG positive neuromyelitis optica spectrum disorder on inebilizumab, relapse-free.",
             "NMOSD (G36.0 / SNOMED 25044007) is an Orphanet rare disease and is active."),
 "A-ROC-N": ("RARE_OR_COMPLEX_CONDITION", "near-miss", a_roc_nm, "49M idiopathic Bell palsy recovering, with hypertension, OSA and obesity.",
             "Bell palsy is common, not rare, and only three chronic conditions across two specialties are active."),
}
