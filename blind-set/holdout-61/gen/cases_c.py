"""Cases from the paediatric neurology and epilepsy surgery programme (Riverbend Children's Hospital Comprehensive
Epilepsy Center, USA): ICD-10-CM, CPT, RxNorm, LOINC, seizure diaries, EEG/MRI reports, parents' reports."""
from fhirkit import cc, cct, ref, qty, qual, LOINC_NOTE, DR_CAT

MRN = "https://fhir.riverbend-childrens.example.org/sid/mrn"
NPI = "http://hl7.org/fhir/sid/us-npi"
EPI = "https://fhir.riverbend-childrens.example.org/CodeSystem/epilepsy-measures"
LOC = "https://fhir.riverbend-childrens.example.org/CodeSystem/local-orders"
YES = {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}
NO = {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}
SZ = cc((EPI, "SZ-COUNT-28D", "Seizure count, 28-day diary period"), text="Seizure diary: seizures in 28 days")


def cm(code, display, text=None):
    return cc(("icd10cm", code, display), text=text or display)


def rx(code, display, text):
    return cc(("rxnorm", code, display), text=text)


def cpt(code, display, text=None):
    return cc(("cpt", code, display), text=text or display)


def setup(R, payer="medicaid"):
    o = {"h": R.organization("org-rch", "Riverbend Children's Hospital",
                             cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                             [{"system": NPI, "value": "1538207719"}],
                             {"line": ["1200 Riverbend Parkway"], "city": "Dayton", "state": "OH", "postalCode": "45409", "country": "US"})}
    o["epi"] = R.organization("org-epi", "Riverbend Comprehensive Epilepsy Center",
                              cc(("http://terminology.hl7.org/CodeSystem/organization-type", "dept", "Hospital Department")),
                              part_of=o["h"])
    if payer == "medicaid":
        o["pay"] = R.organization("org-payer", "Heartland Kids Medicaid Managed Care",
                                  cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")))
    else:
        o["pay"] = R.organization("org-payer", "Lakeshore Health Plan",
                                  cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")))
    o["payer_kind"] = payer
    return o


def patient(R, given, family, gender, birth, mrn, street, city="Dayton", zipc="45410"):
    R.patient_res(given, family, gender, birth, [{"system": MRN, "value": mrn}],
                  {"line": [street], "city": city, "state": "OH", "postalCode": zipc, "country": "US"},
                  language=cc(("urn:ietf:bcp:47", "en-US", "English (United States)")))


def cover(R, o, member, start, parent=None):
    if o["payer_kind"] == "medicaid":
        t = cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text="Medicaid managed care")
    else:
        t = cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "HIP", "health insurance plan policy"), text="Employer-sponsored PPO")
    return R.coverage("cov", [o["pay"]], t, start, subscriber_id=member,
                      relationship="self" if o["payer_kind"] == "medicaid" else "child")


def doc(R, hint, given, family, role, npi, code="MD", disp="Doctor of Medicine"):
    return R.practitioner(hint, given, family, qual(role, code, disp), [{"system": NPI, "value": npi}])


def team(R):
    return {"hale": doc(R, "dr-hale", "Rebecca", "Hale", "Pediatric epileptologist", "1467503321"),
            "ortiz": doc(R, "dr-ortiz", "Samuel", "Ortiz", "Pediatric neurologist", "1295718804")}


def visit(R, hint, date, who, o, reason, type_text="Epilepsy clinic follow-up", cls="AMB", **kw):
    return R.encounter(hint, date, cls, cct(type_text), cct(reason), who, o["epi"], **kw)


def diary(R, hint, start, end, n, enc=None, note=None, code=SZ):
    return R.obs(hint, code, end, n, category="survey", enc=enc, period=(start, end), interp=None, note=note)


# --------------------------------------------------------------------------------------------------------------
def pe_staring_normal(R):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive: episodes for 6 months, normal EEGs/MRI/labs, no diagnosis."""
    o = setup(R, "medicaid")
    patient(R, "Harper", "Quinn", "female", "2017-03-22", "RCH-00841127", "44 Linden Ave")
    cover(R, o, "MCD-88120457", "2017-04-01")
    t = team(R)
    mom = R.related_person("mother", "Jessica", "Quinn", "MTH", "mother", gender="female")
    ped = doc(R, "dr-brandt", "Laura", "Brandt", "General pediatrician", "1710982245")
    ev = cc((EPI, "EVT-WK", "Paroxysmal events per week, parent diary"), text="Parent diary: staring/pallor episodes per week")
    c1 = R.condition("cond-episodes", cm("R40.4", "Transient alteration of awareness", "Episodic staring spells with pallor and post-event fatigue"),
                     "2026-05-01", "2026-06-10", recorder=t["hale"])
    R.condition("cond-ha", cm("R51.9", "Headache, unspecified", "Headache after episodes"), "2026-05-01", "2026-06-10")
    R.service_request("sr-ref", cct("Referral to pediatric neurology"), "2026-05-28", "completed", "order", ped, t["hale"],
                      reason_refs=[c1], note="Staring spells since May; teacher noticed too.")
    dates = [("2026-06-10", 3), ("2026-08-05", 4), ("2026-10-14", 3), ("2026-11-18", 4)]
    encs = []
    for i, (d, n) in enumerate(dates, 1):
        e = visit(R, f"enc-{i}", d, t["hale"], o, "Staring spells", "New patient visit" if i == 1 else "Neurology follow-up")
        encs.append(e)
        R.obs(f"obs-events{i}", ev, d, n, category="survey", enc=e, interp=None,
              note="Mother's diary; episodes 10-30 s, stops talking, pale, tired afterwards.")
    R.vitals("2026-06-10", encs[0], hr=88, wt=29.4, ht=133)
    R.bp(102, 64, "2026-06-10", encs[0])
    for k, v, rr_ in (("hb_gdL", 12.9, (11.5, 15.5)), ("wbc_us", 6.8, (4.5, 13.5)), ("gluc_mg", 88, (70, 99)),
                      ("na", 139, (135, 145)), ("tsh", 2.4, (0.7, 5.7))):
        R.lab(k, v, "2026-06-10", rr_, encs[0])
    R.lab("ca", 9.6, "2026-06-10", (8.8, 10.8), encs[0], text="Calcium")
    R.report("dr-eeg1", cpt("95816", "Electroencephalogram (EEG); including recording awake and drowsy", "Routine EEG"),
             "2026-06-24", "Normal awake and drowsy EEG. Posterior dominant rhythm 9 Hz. Hyperventilation x3 min and photic stimulation "
             "did not provoke events or epileptiform discharges.", category=DR_CAT["EN"], interpreter=t["ortiz"])
    R.report("dr-mri", cpt("70551", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material", "MRI brain without contrast"),
             "2026-07-15", "Normal MRI of the brain. No structural lesion, normal hippocampi, no cortical malformation.", category=DR_CAT["RAD"])
    R.report("dr-ecg", cc(("loinc", "11524-6", "EKG study"), text="12-lead ECG"), "2026-06-10",
             "Sinus rhythm 86/min, normal intervals, QTc 412 ms. Normal ECG.", category=DR_CAT["EC"], enc=encs[0])
    R.report("dr-aeeg", cc((LOC, "AEEG-48", "Ambulatory video EEG, 48 hours"), text="48-hour ambulatory video EEG"), "2026-09-16",
             "Normal background in wakefulness and sleep. Two typical events captured by video (mother pushed button): child stops "
             "activity and stares for 15-20 s, pale; no EEG change before, during or after the events. No epileptiform discharges.",
             category=DR_CAT["EN"], interpreter=t["ortiz"])
    R.note("note-3", "2026-10-14", LOINC_NOTE["progress"], """
Pediatric Neurology follow-up
Harper is a 9-year-old girl seen for episodes of staring with pallor since May 2026, about 3-4 per week, lasting 10-30 seconds, followed by fatigue and sometimes headache. Routine EEG (6/24), MRI brain (7/15), ECG and labs were normal. 48-h ambulatory video EEG (9/16) captured two typical events without any EEG correlate.
Assessment: Paroxysmal events, not epileptic. No evidence of seizures on EEG and imaging is normal. No diagnosis established at this point.
Plan: Reassured family that there is no seizure disorder and no antiseizure medication is needed. Return in 6 months or sooner if events change.
""", t["hale"], encs[2], "Neurology progress note")
    R.note("note-4", "2026-11-18", LOINC_NOTE["progress"], """
Pediatric Neurology follow-up (added visit at mother's request)
Episodes continue 3-5 times a week, unchanged in character; she has missed 6 school days this term and the school nurse calls home after episodes. Mother keeps a diary. Neuro exam normal. No new workup results.
Assessment: Persistent paroxysmal events with normal neurological workup; not epileptic. Etiology unclear.
Plan: Continue to observe. Return in 6 months.
""", t["hale"], encs[3], "Neurology progress note")
    R.communication("comm-mom", "2026-11-02", mom, [t["hale"]], """
Hi Dr. Hale, Harper had 5 episodes this week, one at recess where she almost fell. The school keeps calling me. What should we do? - Jessica (Harper's mom)
""", category=cct("Patient portal message"), about=[c1])


def pe_absence_mismatch(R):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: childhood absence epilepsy label does not explain new focal seizures, focal slowing, regression."""
    o = setup(R, "commercial")
    patient(R, "Mateo", "Alvarez", "male", "2019-01-15", "RCH-00903318", "1802 Brookview Dr", "Kettering", "45429")
    cover(R, o, "LHP-55310882-02", "2019-02-01")
    t = team(R)
    mom = R.related_person("mother", "Daniela", "Alvarez", "MTH", "mother", gender="female")
    c_cae = R.condition("cond-cae", cm("G40.A09", "Absence epileptic syndrome, not intractable, without status epilepticus",
                                       "Childhood absence epilepsy"), "2026-02-09", recorder=t["ortiz"])
    R.report("dr-eeg1", cpt("95816", "Electroencephalogram (EEG); including recording awake and drowsy", "Routine EEG"), "2026-02-02",
             "Generalized 3 Hz spike-and-wave discharges provoked by hyperventilation with clinical absences (8-12 s). Normal background.",
             category=DR_CAT["EN"], interpreter=t["ortiz"])
    etx = cct("Ethosuximide 250 mg/5 mL oral solution")
    R.med_request("mr-etx", etx, "2026-02-09", "250 mg twice daily (titrated to 375 mg twice daily 4/2026)", requester=t["ortiz"],
                  reason_refs=[c_cae])
    abs_code = cc((EPI, "ABS-DAY", "Absence seizures per day, parent estimate"), text="Absence seizures per day (parent estimate)")
    for i, (d, n) in enumerate([("2026-02-09", 20), ("2026-04-13", 2), ("2026-07-20", 0)], 1):
        e = visit(R, f"enc-{i}", d, t["ortiz"], o, "Absence epilepsy")
        R.obs(f"obs-abs{i}", abs_code, d, n, category="survey", enc=e, interp=None)
    e4 = visit(R, "enc-4", "2026-10-14", t["ortiz"], o, "New nocturnal events, school decline")
    R.obs("exam-neuro", cc(("loinc", "29545-1", "Physical findings Narrative"), text="Neurological examination"), "2026-10-14",
          "Mild right pronator drift, slowed right finger tapping, right-hand fine motor clumsiness (new since July). Cranial nerves normal.",
          category="exam", enc=e4, interp="A")
    R.note("note-school", "2026-10-10", cct("Parent-provided teacher report"), """
Letter from Mateo's 2nd grade teacher (scanned, provided by mother): Since the start of the school year Mateo's handwriting has become much worse and he is slower to answer. He has trouble finding words and seems tired in the mornings. He could read simple books in spring, now he struggles with words he knew.
""", None, None, "Teacher report", category=cct("Outside records"))
    R.report("dr-eeg2", cpt("95819", "Electroencephalogram (EEG); including recording awake and asleep", "Sleep-deprived EEG"), "2026-10-21",
             "Abnormal EEG: continuous left centrotemporal slowing and frequent left centrotemporal spikes, markedly activated in sleep "
             "(spike-wave index in NREM sleep about 60%). No generalized 3 Hz spike-and-wave. No absences captured.",
             category=DR_CAT["EN"], interpreter=t["hale"])
    e5 = visit(R, "enc-5", "2026-11-04", t["ortiz"], o, "Follow-up after EEG")
    R.note("note-5", "2026-11-04", LOINC_NOTE["progress"], """
Pediatric Neurology follow-up
7-year-old boy with childhood absence epilepsy diagnosed 2/2026, absences now controlled on ethosuximide. Since June parents report 3 nocturnal events: right face twitching, drooling, unable to speak for a minute on waking. Teacher reports declining handwriting and reading. Exam 10/14: mild right pronator drift, right-hand clumsiness.
EEG 10/21: left centrotemporal slowing and spikes activated in sleep; no generalized spike-wave.
Assessment: Childhood absence epilepsy, well controlled. Nocturnal events likely benign sleep phenomena. School difficulties probably attention-related.
Plan: Continue ethosuximide, increase to 500 mg twice daily. School 504 plan. Follow-up in 3 months.
""", t["ortiz"], e5, "Neurology progress note")
    R.communication("comm-mom", "2026-11-12", mom, [t["ortiz"]], """
Dr. Ortiz, he had another night where his face was pulling to the right and he couldn't talk. This is different from his staring spells. Should we change something?
""", category=cct("Patient portal message"), about=[c_cae])
    R.vitals("2026-11-04", e5, wt=22.8, ht=121, hr=92)
    R.lab("hb_gdL", 12.6, "2026-04-13", (11.5, 15.5))
    R.lab("plt_us", 284, "2026-04-13", (150, 450))


def pe_temporal_lobectomy(R):
    """MAJOR_PROCEDURE_PLANNED positive: left anterior temporal lobectomy ordered for January 2027."""
    o = setup(R, "commercial")
    patient(R, "Sophie", "Lindqvist", "female", "2012-05-03", "RCH-00377654", "310 Oak Hollow Ct", "Centerville", "45459")
    cover(R, o, "LHP-66210459-03", "2012-06-01")
    t = team(R)
    ns = doc(R, "dr-raman", "Priya", "Raman", "Pediatric neurosurgeon", "1023884510")
    npsy = doc(R, "dr-liu", "Karen", "Liu", "Pediatric neuropsychologist", "1588902213", "PHD", "Doctor of Philosophy")
    R.related_person("father", "Erik", "Lindqvist", "FTH", "father", gender="male")
    c_epi = R.condition("cond-epi", cm("G40.219", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, intractable, without status epilepticus",
                                       "Drug-resistant left mesial temporal lobe epilepsy"), "2020-09-14", recorder=t["hale"])
    c_hs = R.condition("cond-hs", cm("G93.81", "Temporal sclerosis", "Left hippocampal sclerosis"), "2026-03-20", recorder=t["hale"])
    for h, code, name, s, e_, st in (("mr-lev", "114477", "levetiracetam", "2020-09-14", "2022-03-01", "stopped"),
                                     ("mr-oxc", "32624", "oxcarbazepine", "2021-05-10", "2024-02-12", "stopped")):
        R.med_request(h, rx(code, name, name.capitalize()), s, "per titration schedule", status=st, requester=t["hale"], reason_refs=[c_epi],
                      status_reason=cct("Stopped: irritability" if h == "mr-lev" else "Stopped: ineffective"))
    R.med_request("mr-ltg", rx("28439", "lamotrigine", "Lamotrigine 150 mg tablet"), "2025-11-03", "150 mg twice daily", requester=t["hale"],
                  reason_refs=[c_epi])
    R.med_request("mr-lcm", rx("623404", "lacosamide", "Lacosamide 100 mg tablet"), "2025-11-03", "100 mg twice daily", requester=t["hale"],
                  reason_refs=[c_epi])
    for i, (s, e_, n) in enumerate([("2026-03-16", "2026-04-12", 5), ("2026-06-22", "2026-07-19", 4), ("2026-09-21", "2026-10-18", 5)], 1):
        diary(R, f"obs-sz{i}", s, e_, n, note="Focal impaired awareness seizures (epigastric aura, staring, lip smacking).")
    R.report("dr-mri", cpt("70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences",
                           "MRI brain 3T epilepsy protocol"), "2026-03-20",
             "Left hippocampal atrophy with increased T2/FLAIR signal and loss of internal architecture, consistent with left mesial temporal sclerosis. Right hippocampus normal.",
             category=DR_CAT["RAD"])
    emu = R.encounter("enc-emu", "2026-05-11", "IMP", cct("Epilepsy monitoring unit admission (elective)"), cct("Presurgical evaluation"),
                      t["hale"], o["epi"], end="2026-05-15", priority=cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EL", "elective")),
                      time="08:00", end_time="12:00")
    R.report("dr-veeg", cc((LOC, "VEEG-EMU", "Video EEG monitoring, epilepsy monitoring unit"), text="Inpatient video-EEG monitoring (4 days)"),
             "2026-05-15", "Six typical seizures with left anterior temporal ictal onset (rhythmic theta at F7/T7). Interictal left anterior temporal sharp waves.",
             category=DR_CAT["EN"], interpreter=t["hale"], enc=emu)
    R.report("dr-pet", cc((LOC, "PET-FDG-BR", "FDG-PET brain"), text="FDG-PET brain"), "2026-06-08",
             "Left mesial and anterior temporal hypometabolism.", category=DR_CAT["RAD"])
    R.note("note-npsy", "2026-07-07", LOINC_NOTE["consult"], """
Neuropsychological evaluation: Full-scale IQ 98. Verbal memory low average, visual memory average. Language left-dominant on fMRI. Profile consistent with left temporal dysfunction. Moderate risk of verbal memory decline after left temporal resection; discussed with family.
""", npsy, None, "Neuropsychology report")
    conf = R.encounter("enc-conf", "2026-09-23", "AMB", cct("Epilepsy surgery conference"), cct("Surgical candidacy"), [t["hale"], ns], o["epi"])
    R.note("note-conf", "2026-09-23", LOINC_NOTE["plan"], """
Multidisciplinary Epilepsy Surgery Conference 9/23/2026
14-year-old with drug-resistant focal epilepsy (failed levetiracetam, oxcarbazepine; ongoing seizures on lamotrigine + lacosamide), ~4-5 focal impaired awareness seizures per month. Concordant data: MRI left HS, EMU left anterior temporal onset, PET left temporal hypometabolism, neuropsychology left temporal dysfunction.
Recommendation: Left anterior temporal lobectomy with amygdalohippocampectomy. Expected chance of seizure freedom ~70%.
""", t["hale"], conf, "Surgery conference recommendation")
    e_ns = visit(R, "enc-ns", "2026-10-28", ns, o, "Epilepsy surgery consultation", "Neurosurgery consultation")
    R.vitals("2026-10-28", e_ns, wt=52.0, ht=162, hr=74)
    R.service_request("sr-atl", cpt("61537", "Craniotomy with elevation of bone flap; for lobectomy, temporal lobe, without electrocorticography during surgery",
                                    "Left anterior temporal lobectomy with amygdalohippocampectomy"),
                      "2026-10-28", "active", "order", ns, ns, reason_refs=[c_epi, c_hs], occurrence="2027-01-14",
                      category=cc(("sct", "387713003", "Surgical procedure")), priority="routine", enc=e_ns,
                      note="Consent signed by parents 10/28/2026. Pre-op labs and type & screen 1 week before. Admit morning of surgery.")
    R.note("note-ns", "2026-10-28", LOINC_NOTE["consult"], """
Pediatric Neurosurgery consultation. Discussed left anterior temporal lobectomy with amygdalohippocampectomy: benefits (~70% seizure freedom), risks (infection, bleeding, stroke, visual field cut, verbal memory decline, need for further surgery). Parents and Sophie wish to proceed. Surgery scheduled 1/14/2027.
""", ns, e_ns, "Neurosurgery consultation")
    R.lab("hb_gdL", 13.4, "2026-10-28", (12.0, 16.0), e_ns)
    R.lab("plt_us", 262, "2026-10-28", (150, 450), e_ns)


def pe_vns_done(R):
    """MAJOR_PROCEDURE_PLANNED near miss: VNS implanted in 2025; only non-invasive programming and EEG are planned."""
    o = setup(R, "medicaid")
    patient(R, "Elijah", "Brooks", "male", "2015-09-09", "RCH-00651290", "77 Wayne Ave Apt 3")
    cover(R, o, "MCD-77341092", "2015-10-01")
    t = team(R)
    ns = doc(R, "dr-raman", "Priya", "Raman", "Pediatric neurosurgeon", "1023884510")
    R.related_person("grandmother", "Loretta", "Brooks", "GRMTH", "grandmother", gender="female")
    c_epi = R.condition("cond-epi", cm("G40.119", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with simple partial seizures, intractable, without status epilepticus",
                                       "Drug-resistant focal epilepsy, MRI-negative"), "2019-04-02", recorder=t["hale"])
    R.condition("cond-adhd", cm("F90.2", "Attention-deficit hyperactivity disorder, combined type"), "2022-01-18")
    R.service_request("sr-vns", cpt("64568", "Open implantation of cranial nerve (eg, vagus nerve) neurostimulator electrode array and pulse generator",
                                    "Vagus nerve stimulator implantation"), "2025-06-10", "completed", "order", ns, ns, reason_refs=[c_epi])
    R.procedure("proc-vns", cpt("64568", "Open implantation of cranial nerve (eg, vagus nerve) neurostimulator electrode array and pulse generator",
                                "Left vagus nerve stimulator implantation"), "2025-08-12", performer=ns, reason_refs=[c_epi],
                note="Uncomplicated. Discharged next day.")
    prog = cpt("95976", "Electronic analysis of implanted neurostimulator pulse generator/transmitter; with simple cranial nerve neurostimulator programming",
               "VNS interrogation and programming")
    out = ["1.25 mA -> 1.5 mA", "1.5 mA -> 1.75 mA", "1.75 mA, duty cycle to 30 s on / 3 min off", "1.75 mA, unchanged"]
    for i, (d, n, s) in enumerate([("2026-02-10", 12, "2026-01-13"), ("2026-05-12", 8, "2026-04-14"), ("2026-08-18", 6, "2026-07-21"),
                                   ("2026-11-10", 5, "2026-10-13")], 1):
        e = visit(R, f"enc-{i}", d, t["hale"], o, "VNS check and seizure review")
        R.procedure(f"proc-prog{i}", prog, d, performer=t["hale"], enc=e, reason_refs=[c_epi], note=f"Output {out[i - 1]}. Impedance OK.")
        diary(R, f"obs-sz{i}", s, d, n, e)
    R.med_request("mr-lcm", rx("623404", "lacosamide", "Lacosamide 10 mg/mL oral solution"), "2025-01-14", "150 mg twice daily",
                  requester=t["hale"], reason_refs=[c_epi])
    R.med_request("mr-clb", rx("21241", "clobazam", "Clobazam 10 mg tablet"), "2024-06-03", "10 mg twice daily", requester=t["hale"],
                  reason_refs=[c_epi])
    R.service_request("sr-prog", prog, "2026-11-10", "active", "order", t["hale"], t["hale"], reason_refs=[c_epi], occurrence="2027-02-09",
                      note="Routine VNS check in clinic (non-invasive, magnet/wand).")
    R.service_request("sr-eeg", cpt("95816", "Electroencephalogram (EEG); including recording awake and drowsy", "Routine EEG"), "2026-11-10",
                      "active", "order", t["hale"], reason_refs=[c_epi], occurrence="2027-02-09")
    R.note("note-4", "2026-11-10", LOINC_NOTE["progress"], """
Epilepsy clinic / VNS follow-up
11-year-old with MRI-negative drug-resistant focal epilepsy, VNS implanted 8/12/2025. Seizures down from ~12/month (early 2026) to 5/month on diary. Grandmother reports better alertness. Device interrogated: normal impedance, battery OK; settings unchanged today.
Plan: Continue lacosamide and clobazam. VNS check and routine EEG in 3 months. No further surgery is being considered at this time.
""", t["hale"], None, "Epilepsy clinic note")
    R.vitals("2026-11-10", None, wt=38.5, ht=146)


def pe_bects_no_treatment(R):
    """UNTREATABLE_PROGNOSIS near miss: 'no treatment needed' for self-limited epilepsy with centrotemporal spikes."""
    o = setup(R, "commercial")
    patient(R, "Noah", "Patel", "male", "2018-06-25", "RCH-00922041", "5210 Shiloh Springs Rd", "Trotwood", "45426")
    cover(R, o, "LHP-70118823-02", "2018-07-01")
    t = team(R)
    dad = R.related_person("father", "Raj", "Patel", "FTH", "father", gender="male")
    ped = doc(R, "dr-brandt", "Laura", "Brandt", "General pediatrician", "1710982245")
    e1 = R.encounter("enc-ed", "2026-04-02", "EMER", cct("Emergency department visit"), cct("First seizure"), ped, o["h"],
                     time="06:10", end_time="09:30")
    R.note("note-ed", "2026-04-02", LOINC_NOTE["progress"], """
ED note: 7-year-old with first-time event at 5 am: father found him awake, drooling, right side of face twitching, unable to speak for about 2 minutes, then fully back to normal. Normal exam in ED. Glucose 92. Discharged with neurology referral.
""", ped, e1, "ED note")
    R.lab("gluc_mg", 92, "2026-04-02", (70, 99), e1)
    R.lab("na", 138, "2026-04-02", (135, 145), e1)
    R.report("dr-eeg", cpt("95819", "Electroencephalogram (EEG); including recording awake and asleep", "Sleep-deprived EEG"), "2026-08-12",
             "Normal background. Frequent bilateral independent centrotemporal spikes, markedly activated in sleep. Findings typical of self-limited epilepsy with centrotemporal spikes.",
             category=DR_CAT["EN"], interpreter=t["ortiz"])
    c = R.condition("cond-selects", cm("G40.009", "Localization-related (focal) (partial) idiopathic epilepsy and epileptic syndromes with seizures of localized onset, not intractable, without status epilepticus",
                                       "Self-limited epilepsy with centrotemporal spikes (benign rolandic epilepsy)"), "2026-08-26", recorder=t["ortiz"])
    e2 = visit(R, "enc-neuro", "2026-08-26", t["ortiz"], o, "Nocturnal seizures", "New patient visit")
    diary(R, "obs-sz", "2026-04-01", "2026-08-26", 2, e2, note="Two nocturnal focal seizures (4/2 and 7/19), both < 3 minutes.")
    R.note("note-neuro", "2026-08-26", LOINC_NOTE["consult"], """
Pediatric Neurology new patient
8-year-old boy with two brief nocturnal focal seizures (facial twitching, drooling, speech arrest) in April and July. Development and school performance normal. Exam normal. EEG: centrotemporal spikes activated in sleep.
Assessment: Self-limited epilepsy with centrotemporal spikes (benign rolandic epilepsy). Excellent prognosis; seizures usually stop by adolescence and do not affect learning in most children.
Plan: Given infrequent, brief, nocturnal seizures, no daily antiseizure medication is needed - discussed with parents, who agree. No MRI needed with this classic picture. Seizure action plan and intranasal midazolam for seizures > 5 minutes. Follow-up 6 months, sooner if daytime seizures or frequent events.
""", t["ortiz"], e2, "Neurology consult")
    R.careplan("cp-sap", "Seizure action plan", "active", "plan", cct("Seizure action plan"), "2026-08-26",
               [{"description": "Time the seizure; place on side; give intranasal midazolam 5 mg if > 5 minutes; call 911 if no stop 5 min after dose",
                 "status": "in-progress"},
                {"description": "Share plan with school nurse and summer camp", "status": "completed"},
                {"description": "Neurology follow-up in 6 months", "status": "scheduled", "period": ("2027-02-24", None)}],
               [c], t["ortiz"], "Watchful waiting; no daily medication.")
    R.med_request("mr-midaz", rx("6960", "midazolam", "Midazolam 5 mg/spray nasal spray"), "2026-08-26",
                  "5 mg intranasally once for seizure lasting > 5 minutes; may repeat once after 10 minutes", requester=t["ortiz"],
                  reason_refs=[c])
    diary(R, "obs-sz2", "2026-08-27", "2026-11-20", 1, None, note="One nocturnal seizure on 9/30, 90 seconds, no rescue medication needed.")
    R.communication("comm-dad", "2026-10-01", dad, [t["ortiz"]], """
Noah had one of his night seizures yesterday, about a minute and a half, he was fine after. We followed the plan. Just letting you know.
""", category=cct("Patient portal message"), about=[c])
    R.vitals("2026-08-26", e2, wt=26.1, ht=128, hr=90)


def pe_topiramate_qol(R):
    """HIGH_IMPACT_TREATMENT positive: PedsQL fell 21 points after topiramate was started (seizures improved)."""
    o = setup(R, "commercial")
    patient(R, "Maya", "Thompson", "female", "2014-02-11", "RCH-00512276", "92 Far Hills Ave", "Oakwood", "45419")
    cover(R, o, "LHP-40981177-02", "2014-03-01")
    t = team(R)
    mom = R.related_person("mother", "Kelly", "Thompson", "MTH", "mother", gender="female")
    c_epi = R.condition("cond-epi", cm("G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus",
                                       "Focal epilepsy (left frontal)"), "2023-01-09", recorder=t["hale"])
    R.med_request("mr-lev", rx("114477", "levetiracetam", "Levetiracetam 750 mg tablet"), "2024-08-14", "750 mg twice daily",
                  requester=t["hale"], reason_refs=[c_epi])
    tpm = rx("38404", "topiramate", "Topiramate 50 mg tablet")
    R.med_request("mr-tpm", tpm, "2026-06-01", "25 mg nightly, increase by 25 mg weekly to 75 mg twice daily (reached 8/2026)",
                  requester=t["hale"], reason_refs=[c_epi])
    R.med_statement("ms-tpm", tpm, "active", "2026-06-01", dosage="75 mg twice daily since 8/3/2026", reason_refs=[c_epi], source=mom,
                    asserted="2026-11-18")
    pq = cc((EPI, "PEDSQL-PP-TOTAL", "PedsQL 4.0 Generic Core Scales - parent proxy report - total scale score"),
            text="PedsQL 4.0 total score (parent proxy, 0-100, higher is better)")
    pqs = cc((EPI, "PEDSQL-SR-TOTAL", "PedsQL 4.0 Generic Core Scales - child self report - total scale score"),
             text="PedsQL 4.0 total score (self report, 0-100)")
    e1 = visit(R, "enc-1", "2026-05-20", t["hale"], o, "Increased seizures")
    diary(R, "obs-sz1", "2026-04-22", "2026-05-19", 8, e1)
    R.score("obs-pq1", pq, "2026-05-20", (76.1, "{score}"), e1)
    R.score("obs-pqs1", pqs, "2026-05-20", (78.3, "{score}"), e1)
    R.vitals("2026-05-20", e1, wt=44.0, ht=152)
    R.note("note-1", "2026-05-20", LOINC_NOTE["progress"], """
Epilepsy clinic. 12-year-old with left frontal focal epilepsy on levetiracetam 750 mg BID; seizures increased to 8 in the last 4 weeks (brief nocturnal hypermotor events). Doing well in 6th grade (A/B student), plays travel soccer. PedsQL parent 76, self 78.
Plan: Add topiramate, slow titration to 75 mg BID. Discussed possible side effects (word-finding, slowing, appetite loss, kidney stones, tingling).
""", t["hale"], e1, "Epilepsy clinic note")
    e2 = visit(R, "enc-2", "2026-09-23", t["hale"], o, "Follow-up on topiramate")
    diary(R, "obs-sz2", "2026-08-26", "2026-09-22", 3, e2)
    R.score("obs-pq2", pq, "2026-09-23", (55.4, "{score}"), e2)
    R.score("obs-pqs2", pqs, "2026-09-23", (57.6, "{score}"), e2)
    R.vitals("2026-09-23", e2, wt=40.5, ht=153)
    R.note("note-2", "2026-09-23", LOINC_NOTE["progress"], """
Epilepsy clinic. Seizures improved on topiramate (3 in last 4 weeks vs 8). However quality of life is markedly worse since topiramate was started: word-finding problems, slowed thinking, grades fell to C/D, quit soccer because she "can't keep up", poor appetite with 3.5 kg weight loss, tearful. PedsQL total fell from 76 to 55 (parent) and 78 to 58 (self) - far beyond the minimal important difference (~4.5 points).
Assessment: Topiramate-related cognitive and mood adverse effects with substantial decline in quality of life, despite better seizure control.
Plan: Options discussed - taper topiramate and try another agent vs continue. Family wants to keep seizure control through the semester and decide at next visit. Neuropsychology screen ordered.
""", t["hale"], e2, "Epilepsy clinic note")
    e3 = visit(R, "enc-3", "2026-11-18", t["hale"], o, "Follow-up")
    diary(R, "obs-sz3", "2026-10-21", "2026-11-17", 3, e3)
    R.vitals("2026-11-18", e3, wt=40.2, ht=153)
    R.note("note-3", "2026-11-18", LOINC_NOTE["progress"], """
Epilepsy clinic. Remains on topiramate 75 mg BID + levetiracetam. 3 seizures/month. Still slowed, school accommodations started. Family will revisit medication change after winter break.
""", t["hale"], e3, "Epilepsy clinic note")
    R.service_request("sr-npsy", cct("Neuropsychological screening"), "2026-09-23", "active", "order", t["hale"], reason_refs=[c_epi],
                      occurrence="2027-01-12")


def pe_parent_requests_second_opinion(R):
    """PATIENT_REPORTED_CONCERN positive: parents' pre-visit questionnaire asks for a second opinion at another epilepsy center."""
    o = setup(R, "medicaid")
    patient(R, "Oliver", "Nguyen", "male", "2021-04-17", "RCH-01022379", "2315 N Main St", "Dayton", "45405")
    cover(R, o, "MCD-91820554", "2021-05-01")
    t = team(R)
    mom = R.related_person("mother", "Linh", "Nguyen", "MTH", "mother", gender="female")
    slp = doc(R, "slp-ward", "Megan", "Ward", "Speech-language pathologist", "1841399027", "MS", "Master of Science")
    c_epi = R.condition("cond-epi", cm("G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus",
                                       "Focal epilepsy, unknown cause"), "2024-02-20", recorder=t["ortiz"])
    c_sp = R.condition("cond-speech", cm("F80.1", "Expressive language disorder", "Expressive language delay"), "2024-09-10")
    R.med_request("mr-lev", rx("114477", "levetiracetam", "Levetiracetam 100 mg/mL oral solution"), "2024-02-20", "250 mg twice daily",
                  status="stopped", requester=t["ortiz"], reason_refs=[c_epi], status_reason=cct("Behavioral side effects (aggression)"))
    R.med_request("mr-oxc", rx("32624", "oxcarbazepine", "Oxcarbazepine 300 mg/5 mL oral suspension"), "2026-03-09", "180 mg twice daily",
                  requester=t["ortiz"], reason_refs=[c_epi])
    R.report("dr-mri", cpt("70551", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material", "MRI brain"),
             "2024-03-05", "Normal MRI brain for age.", category=DR_CAT["RAD"])
    for i, (s, d, n) in enumerate([("2026-03-09", "2026-04-05", 3), ("2026-06-08", "2026-07-05", 2), ("2026-09-07", "2026-10-04", 2)], 1):
        diary(R, f"obs-sz{i}", s, d, n)
    R.report("dr-eeg", cpt("95819", "Electroencephalogram (EEG); including recording awake and asleep", "EEG awake and asleep"), "2026-09-21",
             "Intermittent left frontal sharp waves in sleep. Background appropriate for age.", category=DR_CAT["EN"], interpreter=t["ortiz"])
    R.note("note-slp", "2026-08-12", LOINC_NOTE["progress"], """
Speech therapy progress: Oliver uses 2-3 word phrases, understands age-level directions. Expressive language about 12 months behind. Continue weekly sessions.
""", slp, None, "Speech therapy progress note")
    e = visit(R, "enc-nov", "2026-11-16", t["ortiz"], o, "Epilepsy follow-up")
    R.questionnaire_response("qr-previsit", "https://fhir.riverbend-childrens.example.org/Questionnaire/epilepsy-previsit-family|3",
                             "2026-11-16", mom, mom, [
                                 {"linkId": "sz", "text": "How many seizures since the last visit?", "answer": [{"valueInteger": 5}]},
                                 {"linkId": "se", "text": "Any medication side effects?", "answer": [{"valueString": "More irritable in the evenings"}]},
                                 {"linkId": "er", "text": "Any emergency visits since the last visit?", "answer": [{"valueCoding": NO}]},
                                 {"linkId": "concern", "text": "Do you have concerns about your child's care that you feel have not been addressed?",
                                  "answer": [{"valueCoding": YES}]},
                                 {"linkId": "concern-text", "text": "Please describe",
                                  "answer": [{"valueString": "We feel our worries about his speech and his EEG are not being taken seriously. We were told everything is fine but he still has seizures every month."}]},
                                 {"linkId": "so", "text": "Would you like a referral for a second opinion at another epilepsy center?",
                                  "answer": [{"valueCoding": YES}]},
                             ], enc=e)
    R.vitals("2026-11-16", e, wt=18.9, ht=110, hr=104)
    R.note("note-nov", "2026-11-16", LOINC_NOTE["progress"], """
Epilepsy clinic. 5-year-old with focal epilepsy on oxcarbazepine, ~2 focal seizures/month (stable). Mom completed the pre-visit questionnaire and requests a second opinion at another epilepsy center; she feels their concerns about speech and the EEG have not been heard. Discussed the EEG findings.
Plan: Continue oxcarbazepine. Will discuss second-opinion referral options with family at next visit; social work to help with Medicaid authorization.
""", t["ortiz"], e, "Epilepsy clinic note")


def pe_seizures_escalating(R):
    """WORSENING_DESPITE_TREATMENT positive: monthly seizures 4 -> 15 over 6 months on two ASMs at therapeutic levels."""
    o = setup(R, "commercial")
    patient(R, "Chloe", "Ramirez", "female", "2016-07-30", "RCH-00733015", "18 Forest Ridge Blvd", "Beavercreek", "45431")
    cover(R, o, "LHP-82204166-03", "2016-08-01")
    t = team(R)
    R.related_person("mother", "Ana", "Ramirez", "MTH", "mother", gender="female")
    c_epi = R.condition("cond-epi", cm("G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus",
                                       "Focal epilepsy (right temporal) with focal to bilateral tonic-clonic seizures"), "2023-11-20",
                        recorder=t["hale"])
    lev = rx("114477", "levetiracetam", "Levetiracetam 500 mg tablet")
    oxc = rx("32624", "oxcarbazepine", "Oxcarbazepine 300 mg tablet")
    R.med_request("mr-lev", lev, "2024-01-08", "1000 mg twice daily", requester=t["hale"], reason_refs=[c_epi])
    R.med_request("mr-oxc", oxc, "2026-04-06", "150 mg twice daily, titrate to 600 mg twice daily by 5/2026", requester=t["hale"],
                  reason_refs=[c_epi])
    R.med_statement("ms-lev", lev, "active", "2024-01-08", dosage="1000 mg twice daily", reason_refs=[c_epi], asserted="2026-11-16",
                    note="Pharmacy fill history: on time every month.")
    R.med_statement("ms-oxc", oxc, "active", "2026-04-06", dosage="600 mg twice daily since 5/4/2026", reason_refs=[c_epi], asserted="2026-11-16")
    vals = [("2026-04-13", "2026-05-10", 4, "2026-05-11"), ("2026-06-15", "2026-07-12", 6, "2026-07-13"),
            ("2026-08-17", "2026-09-13", 10, "2026-09-14"), ("2026-10-19", "2026-11-15", 15, "2026-11-16")]
    encs = []
    for i, (s, d, n, v) in enumerate(vals, 1):
        e = visit(R, f"enc-{i}", v, t["hale"], o, "Seizure follow-up")
        encs.append(e)
        diary(R, f"obs-sz{i}", s, d, n, e, note="Focal impaired awareness seizures incl. focal to bilateral tonic-clonic.")
    R.obs("lab-mhd", cc((LOC, "OXC-MHD", "Oxcarbazepine 10-monohydroxy derivative (MHD) [Mass/volume] in Serum"), text="Oxcarbazepine (MHD) level"),
          "2026-09-14", (22, "ug/mL"), enc=encs[2], ref_range=(3, 35, "ug/mL"))
    R.obs("lab-lev", cc((LOC, "LEV-LVL", "Levetiracetam [Mass/volume] in Serum"), text="Levetiracetam level"),
          "2026-09-14", (28, "ug/mL"), enc=encs[2], ref_range=(12, 46, "ug/mL"))
    R.lab("na", 136, "2026-09-14", (135, 145), encs[2])
    R.report("dr-eeg", cpt("95819", "Electroencephalogram (EEG); including recording awake and asleep", "EEG awake and asleep"), "2026-10-05",
             "Frequent right temporal spikes, more abundant than on the 2024 study. One electrographic seizure arising from the right temporal region.",
             category=DR_CAT["EN"], interpreter=t["hale"])
    R.note("note-4", "2026-11-16", LOINC_NOTE["progress"], """
Epilepsy clinic. 10-year-old with right temporal focal epilepsy. Seizures have escalated steadily: 4 (Apr/May) -> 6 (Jun/Jul) -> 10 (Aug/Sep) -> 15 (Oct/Nov) per 28 days, including 3 focal to bilateral tonic-clonic seizures last month, despite levetiracetam 1000 mg BID (since 2024) and oxcarbazepine 600 mg BID (since May). Levels therapeutic, fills on time, no missed doses per mother, no intercurrent illness.
Assessment: Worsening focal epilepsy despite two appropriately dosed antiseizure medications - now meets definition of drug resistance.
Plan: Add clobazam 5 mg nightly. Epilepsy monitoring unit admission for characterization (video EEG, non-invasive) in January. Rescue plan reviewed.
""", t["hale"], encs[3], "Epilepsy clinic note")
    R.med_request("mr-clb", rx("21241", "clobazam", "Clobazam 10 mg tablet"), "2026-11-16", "5 mg at bedtime", requester=t["hale"],
                  reason_refs=[c_epi])
    R.service_request("sr-emu", cc((LOC, "VEEG-EMU", "Video EEG monitoring, epilepsy monitoring unit"), text="EMU admission for video-EEG (non-invasive)"),
                      "2026-11-16", "active", "order", t["hale"], reason_refs=[c_epi], occurrence="2027-01-18", enc=encs[3])


def pe_dravet(R):
    """RARE_OR_COMPLEX_CONDITION positive: Dravet syndrome (SCN1A), ORPHA:33069; seizures improving."""
    o = setup(R, "medicaid")
    patient(R, "Isabella", "Rossi", "female", "2020-01-28", "RCH-00968812", "640 Patterson Rd", "Dayton", "45419")
    cover(R, o, "MCD-63209981", "2020-02-01")
    t = team(R)
    R.related_person("mother", "Giulia", "Rossi", "MTH", "mother", gender="female")
    gen = doc(R, "dr-fischer", "Mark", "Fischer", "Clinical geneticist", "1902377610")
    card = doc(R, "dr-osei", "Kwame", "Osei", "Pediatric cardiologist", "1326041195")
    c_dr = R.condition("cond-dravet", cc(("icd10cm", "G40.834", "Dravet syndrome, intractable, without status epilepticus"),
                                         ("orpha", "33069", "Dravet syndrome"),
                                         text="Dravet syndrome (SCN1A pathogenic variant)"), "2020-07-15", "2021-03-02", recorder=t["hale"])
    c_dd = R.condition("cond-gdd", cm("F88", "Other disorders of psychological development", "Global developmental delay"), "2022-02-01")
    gr = R.report("dr-gen", cc(("loinc", "51969-4", "Genetic analysis report"), text="Epilepsy gene panel"), "2021-02-22",
                  "Heterozygous SCN1A c.2134C>T p.(Arg712*) nonsense variant, pathogenic (de novo). Consistent with Dravet syndrome.",
                  category=DR_CAT["GE"], interpreter=gen)
    R.med_request("mr-vpa", rx("11118", "valproic acid", "Valproic acid 250 mg/5 mL oral solution"), "2021-03-02", "250 mg twice daily",
                  requester=t["hale"], reason_refs=[c_dr])
    R.med_request("mr-clb", rx("21241", "clobazam", "Clobazam 2.5 mg/mL oral suspension"), "2021-03-02", "5 mg twice daily",
                  requester=t["hale"], reason_refs=[c_dr])
    R.med_request("mr-stp", cct("Stiripentol 250 mg powder for oral suspension"), "2022-05-10", "250 mg three times daily",
                  requester=t["hale"], reason_refs=[c_dr])
    R.med_request("mr-ffa", cct("Fenfluramine 2.2 mg/mL oral solution"), "2025-09-02", "0.2 mg/kg twice daily (max with stiripentol)",
                  requester=t["hale"], reason_refs=[c_dr])
    R.med_request("mr-dzp", rx("3322", "diazepam", "Diazepam rectal gel 5 mg"), "2025-09-02", "5 mg rectally for convulsive seizure > 5 minutes",
                  requester=t["hale"], reason_refs=[c_dr])
    for i, (s, d, n) in enumerate([("2026-02-16", "2026-03-15", 6), ("2026-05-18", "2026-06-14", 4), ("2026-08-17", "2026-09-13", 3)], 1):
        e = visit(R, f"enc-{i}", d, t["hale"], o, "Dravet syndrome follow-up")
        diary(R, f"obs-sz{i}", s, d, n, e, note="Convulsive seizures (generalized tonic-clonic/hemiclonic). No status epilepticus.")
        if i == 2:
            R.lab("valproate", 78, d, (50, 100), e, text="Valproic acid level")
            R.lab("plt_us", 212, d, (150, 450), e)
            R.lab("alt", 21, d, (None, 35), e)
    R.report("dr-echo", cpt("93306", "Echocardiography, transthoracic, real-time with image documentation (2D), includes M-mode recording, when performed, complete, with spectral Doppler echocardiography, and with color flow Doppler echocardiography",
                            "Echocardiogram (fenfluramine monitoring)"), "2026-06-10",
             "Normal cardiac structure and function. No valvular heart disease. No pulmonary hypertension.", category=DR_CAT["CUS"],
             interpreter=card)
    R.note("note-3", "2026-09-13", LOINC_NOTE["progress"], """
Epilepsy clinic - Dravet syndrome. 6-year-old girl with SCN1A-related Dravet syndrome (rare developmental and epileptic encephalopathy, ORPHA:33069). Convulsive seizures 6 -> 4 -> 3 per 28 days since fenfluramine reached target dose; no status epilepticus in 2026. Developmental delay, attends special education kindergarten with PT/OT/speech. Echo 6/2026 normal. Valproate level 78.
Plan: Continue valproate, clobazam, stiripentol, fenfluramine. Echo every 6 months. Fever and heat precautions reviewed. Rescue diazepam.
""", t["hale"], None, "Epilepsy clinic note")


def pe_tsc_refuted(R):
    """RARE_OR_COMPLEX_CONDITION near miss: tuberous sclerosis suspected, then refuted; common focal epilepsy, seizure-free."""
    o = setup(R, "commercial")
    patient(R, "Lucas", "Meyer", "male", "2022-03-05", "RCH-01105547", "1190 Heatherwoode Cir", "Springboro", "45066")
    cover(R, o, "LHP-30488192-04", "2022-04-01")
    t = team(R)
    R.related_person("mother", "Sarah", "Meyer", "MTH", "mother", gender="female")
    gen = doc(R, "dr-fischer", "Mark", "Fischer", "Clinical geneticist", "1902377610")
    c_epi = R.condition("cond-epi", cm("G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus",
                                       "Focal epilepsy, unknown cause"), "2026-02-02", recorder=t["ortiz"])
    R.condition("cond-tsc", cc(("icd10cm", "Q85.1", "Tuberous sclerosis"), ("orpha", "805", "Tuberous sclerosis complex"),
                               text="Tuberous sclerosis complex - suspected (2 hypomelanotic macules), ruled out"),
                "2026-02-02", "2026-02-02", clinical=None, verification="refuted", recorder=t["ortiz"], category="encounter-diagnosis",
                note="Refuted 6/2026: normal MRI, echo, eye and renal exams; no TSC1/TSC2 variant. Does not meet clinical criteria (only 2 macules < 5 mm).")
    e1 = visit(R, "enc-1", "2026-02-02", t["ortiz"], o, "Two focal seizures", "New patient visit")
    R.obs("exam-skin", cc(("loinc", "29545-1", "Physical findings Narrative"), text="Skin examination (Wood's lamp)"), "2026-02-02",
          "Two hypomelanotic macules on the trunk, 3 and 4 mm. No facial angiofibromas, no shagreen patch, no ungual fibromas.",
          category="exam", enc=e1, interp="A")
    R.report("dr-eeg", cpt("95819", "Electroencephalogram (EEG); including recording awake and asleep", "EEG awake and asleep"), "2026-02-10",
             "Occasional right centroparietal sharp waves in sleep. Normal background.", category=DR_CAT["EN"], interpreter=t["ortiz"])
    R.report("dr-mri", cpt("70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences",
                           "MRI brain with and without contrast"), "2026-03-12",
             "Normal MRI brain. No cortical tubers, no subependymal nodules, no SEGA.", category=DR_CAT["RAD"])
    R.report("dr-echo", cpt("93306", "Echocardiography, transthoracic, complete, with spectral and color flow Doppler", "Echocardiogram"), "2026-03-20",
             "Structurally normal heart. No rhabdomyomas.", category=DR_CAT["CUS"])
    R.report("dr-tsc", cc(("loinc", "51969-4", "Genetic analysis report"), text="TSC1/TSC2 sequencing and deletion/duplication analysis"),
             "2026-05-28", "No pathogenic or likely pathogenic variant identified in TSC1 or TSC2.", category=DR_CAT["GE"], interpreter=gen)
    R.med_request("mr-oxc", rx("32624", "oxcarbazepine", "Oxcarbazepine 300 mg/5 mL oral suspension"), "2026-02-10", "120 mg twice daily",
                  requester=t["ortiz"], reason_refs=[c_epi])
    for i, (s, d, n) in enumerate([("2026-02-11", "2026-03-10", 1), ("2026-05-04", "2026-05-31", 0), ("2026-10-12", "2026-11-08", 0)], 1):
        diary(R, f"obs-sz{i}", s, d, n)
    e2 = visit(R, "enc-2", "2026-06-08", t["ortiz"], o, "Results review")
    R.note("note-2", "2026-06-08", LOINC_NOTE["progress"], """
Epilepsy clinic. 4-year-old with focal epilepsy, seizure-free since early March on oxcarbazepine. TSC evaluation complete: MRI brain normal, echo normal, ophthalmology exam normal (no retinal hamartomas), renal ultrasound normal, TSC1/TSC2 testing negative. Only 2 small hypomelanotic macules (common in the general population).
Assessment: Tuberous sclerosis complex ruled out. Focal epilepsy of unknown cause, well controlled.
Plan: Continue oxcarbazepine; follow up in 6 months.
""", t["ortiz"], e2, "Epilepsy clinic note")
    e3 = visit(R, "enc-3", "2026-11-09", t["ortiz"], o, "Routine follow-up")
    R.vitals("2026-11-09", e3, wt=17.2, ht=104, hr=102)
    R.lab("na", 138, "2026-11-09", (135, 145), e3)


CASES = [
    dict(key="pe_staring_normal", fn=pe_staring_normal, org="PE", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Staring/pallor episodes recorded at 4 visits over 23 weeks (May-Nov 2026); routine and 48-h video EEG, MRI, ECG and labs all normal; no disorder diagnosed and family told there is no seizure disorder.",
         summary="9-y girl, staring spells 3-5/week for 6 months; every study normal, 'not epileptic', no diagnosis."),
    dict(key="pe_absence_mismatch", fn=pe_absence_mismatch, org="PE", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="The childhood absence epilepsy label cannot account for new nocturnal focal motor seizures, a focal neurological deficit, school regression and a focal (sleep-activated) abnormal EEG, yet the plan keeps the label.",
         summary="7-y boy labelled childhood absence epilepsy; new focal seizures, right-sided signs, regression, focal EEG."),
    dict(key="pe_temporal_lobectomy", fn=pe_temporal_lobectomy, org="PE", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Left anterior temporal lobectomy (CPT 61537) is ordered (ServiceRequest active/order) for 14 Jan 2027 after the surgery conference.",
         summary="14-y girl, drug-resistant left mesial temporal lobe epilepsy; temporal lobectomy scheduled Jan 2027."),
    dict(key="pe_vns_done", fn=pe_vns_done, org="PE", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
         expected=[],
         why="The vagus nerve stimulator was implanted in August 2025 (completed); the only planned items are a non-invasive VNS programming check and a routine EEG.",
         summary="11-y boy with VNS implanted 2025; seizures improving; only programming visit and EEG planned."),
    dict(key="pe_bects_no_treatment", fn=pe_bects_no_treatment, org="PE", target="UNTREATABLE_PROGNOSIS", kind="near-miss",
         expected=[],
         why="'No treatment needed' refers to benign self-limited epilepsy with centrotemporal spikes expected to remit; there is no untreatable condition, palliative plan or statement of no options.",
         summary="8-y boy, benign rolandic epilepsy; watchful waiting with rescue midazolam, 'no daily medication needed'."),
    dict(key="pe_topiramate_qol", fn=pe_topiramate_qol, org="PE", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="After topiramate began (June 2026) the PedsQL total fell 76 -> 55 (parent) and 78 -> 58 (self), far beyond the MCID of about 4.5 points, with cognitive adverse effects; seizures improved.",
         summary="12-y girl, focal epilepsy; topiramate improved seizures but PedsQL dropped ~20 points."),
    dict(key="pe_parent_requests_second_opinion", fn=pe_parent_requests_second_opinion, org="PE", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"],
         why="The parent-completed pre-visit QuestionnaireResponse answers 'Yes' to wanting a second-opinion referral and 'Yes' to unaddressed concerns ('not being taken seriously').",
         summary="5-y boy, focal epilepsy and speech delay; mother's questionnaire requests a second opinion elsewhere."),
    dict(key="pe_seizures_escalating", fn=pe_seizures_escalating, org="PE", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"],
         why="Diary seizure counts rose 4 -> 6 -> 10 -> 15 per 28 days over 6 months (well over a 50% increase) with levetiracetam and oxcarbazepine active throughout at therapeutic levels.",
         summary="10-y girl, right temporal epilepsy; seizures nearly quadrupled on two ASMs with confirmed adherence."),
    dict(key="pe_dravet", fn=pe_dravet, org="PE", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active Dravet syndrome with a pathogenic SCN1A variant (Orphanet ORPHA:33069), a rare developmental and epileptic encephalopathy; seizures are improving.",
         summary="6-y girl, SCN1A Dravet syndrome on four ASMs incl. stiripentol and fenfluramine; improving."),
    dict(key="pe_tsc_refuted", fn=pe_tsc_refuted, org="PE", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
         expected=[],
         why="Tuberous sclerosis was suspected but refuted (normal MRI/echo/eye/renal, negative TSC1/TSC2); what remains is a common focal epilepsy, seizure-free.",
         summary="4-y boy, focal epilepsy; TSC work-up negative (Condition refuted); seizure-free on oxcarbazepine."),
]
