"""Cases from the occupational medicine and workers' compensation clinic (Tri-County Occupational Health Associates,
Pennsylvania, USA): ICD-10-CM, CPT, HCPCS, RxNorm, LOINC; work injuries, FCEs, return-to-work plans, IMEs."""
from fhirkit import cc, cct, ref, qty, qual, LOINC_NOTE, DR_CAT

MRN = "https://ehr.tcoha.example.com/sid/mrn"
CLAIM = "https://ehr.tcoha.example.com/sid/wc-claim"
NPI = "http://hl7.org/fhir/sid/us-npi"
OCC = "https://ehr.tcoha.example.com/CodeSystem/occ-measures"
PAIN = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain NRS (0-10)")
ODI = cc((OCC, "ODI", "Oswestry Disability Index (0-100%)"), text="Oswestry Disability Index")
QDASH = cc((OCC, "QDASH", "QuickDASH disability/symptom score (0-100)"), text="QuickDASH score")
WSTAT = cc((OCC, "WORK-STATUS", "Work status"), text="Work status")


def cm(code, display, text=None):
    return cc(("icd10cm", code, display), text=text or display)


def cpt(code, display, text=None):
    return cc(("cpt", code, display), text=text or display)


def rx(code, display, text):
    return cc(("rxnorm", code, display), text=text)


def ws(text):
    return cc((OCC, text.split()[0].upper(), text), text=text)


def setup(R, employer, carrier, claim, injury_date, policy):
    o = {"h": R.organization("org-tcoha", "Tri-County Occupational Health Associates",
                             cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                             [{"system": NPI, "value": "1669402817"}],
                             {"line": ["2400 Union Blvd, Suite 110"], "city": "Allentown", "state": "PA", "postalCode": "18109", "country": "US"})}
    o["emp"] = R.organization("org-employer", employer,
                              cc(("http://terminology.hl7.org/CodeSystem/organization-type", "bus", "Non-Healthcare Business or Corporation")))
    o["ins"] = R.organization("org-carrier", carrier, cc(("http://terminology.hl7.org/CodeSystem/organization-type", "ins", "Insurance Company")))
    o["cov"] = R.coverage("cov-wc", [o["ins"]], cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "WCBPOL", "worker's compensation"),
                                                   text="Workers' compensation"), injury_date, subscriber_id=policy,
                          identifier=[{"system": CLAIM, "value": claim}],
                          cls=[{"type": cc(("http://terminology.hl7.org/CodeSystem/coverage-class", "group", "Group")),
                                "value": policy, "name": employer}])
    return o


def patient(R, given, family, gender, birth, mrn, street, city, zipc):
    R.patient_res(given, family, gender, birth, [{"system": MRN, "value": mrn}],
                  {"line": [street], "city": city, "state": "PA", "postalCode": zipc, "country": "US"},
                  [{"system": "phone", "value": f"+1 610 555 {mrn[-4:]}", "use": "mobile"}],
                  cc(("urn:ietf:bcp:47", "en-US", "English (United States)")))


def doc(R, hint, given, family, role, npi, code="MD", disp="Doctor of Medicine"):
    return R.practitioner(hint, given, family, qual(role, code, disp) if code else cct(role), [{"system": NPI, "value": npi}])


def occdoc(R):
    return doc(R, "dr-brennan", "Michael", "Brennan", "Occupational medicine physician", "1437265098")


def visit(R, hint, date, who, o, reason, type_text="Workers' compensation follow-up", cls="AMB", org=None, **kw):
    return R.encounter(hint, date, cls, cct(type_text), cct(reason), who, org or o["h"], **kw)


def status(R, hint, date, text, enc=None):
    return R.obs(hint, WSTAT, date, ws(text), category="social-history", enc=enc, interp=None, issued=False)


# --------------------------------------------------------------------------------------------------------------
def oc_fumes_normal(R):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive: chest tightness, cough, headaches for 5 months after fume exposure; all studies normal."""
    o = setup(R, "Allentown Janitorial Supply Co.", "Harbor Mutual Insurance Company", "HM-26-0419-733", "2026-06-30", "WC-HM-118204")
    patient(R, "Dana", "Whitfield", "female", "1983-02-17", "TC-204417", "515 N 9th St", "Allentown", "18102")
    md = occdoc(R)
    pul = doc(R, "dr-kessler", "Aaron", "Kessler", "Pulmonologist", "1558331406")
    R.condition("cond-exp", cm("Z77.098", "Contact with and (suspected) exposure to other hazardous, chiefly nonmedicinal, chemicals",
                               "Inhalation exposure to mixed cleaning-product fumes (bleach + ammonia) at work 6/30/2026"),
                "2026-06-30", category="encounter-diagnosis", clinical="resolved", abatement="2026-06-30")
    c1 = R.condition("cond-tight", cm("R07.89", "Other chest pain", "Chest tightness"), "2026-07-01", "2026-07-02", recorder=md)
    c2 = R.condition("cond-cough", cm("R05.3", "Chronic cough"), "2026-07-01", "2026-09-03", recorder=md)
    R.condition("cond-ha", cm("R51.9", "Headache, unspecified"), "2026-07-01", "2026-07-02", recorder=md)
    sev = cc((OCC, "CT-SEV", "Chest tightness severity 0-10, self-reported"), text="Chest tightness severity (0-10)")
    rows = [("2026-07-02", 6), ("2026-07-30", 6), ("2026-09-03", 5), ("2026-10-15", 6), ("2026-11-19", 6)]
    encs = []
    for i, (d, v) in enumerate(rows, 1):
        e = visit(R, f"enc-{i}", d, md, o, "Chest tightness, cough, headaches after fume exposure",
                  "Initial workers' compensation visit" if i == 1 else "Workers' compensation follow-up")
        encs.append(e)
        R.score(f"obs-sev{i}", sev, d, v, e)
    R.vitals("2026-07-02", encs[0], bp=(124, 78), hr=76, spo2=98, temp=36.8)
    R.report("dr-cxr", cpt("71046", "Radiologic examination, chest; 2 views", "Chest x-ray, 2 views"), "2026-07-02",
             "Clear lungs. Normal heart size. No pleural effusion.", category=DR_CAT["RAD"], enc=encs[0])
    fev1 = R.obs("obs-fev1", cc(("loinc", "20150-9", "FEV1"), text="FEV1"), "2026-07-30", (3.02, "L"), "procedure", encs[1],
                 ref_range=(2.45, None, "L", "LLN 2.45 L; 98% predicted"), interp="N")
    fvc = R.obs("obs-fvc", cc(("loinc", "19868-9", "FVC"), text="FVC"), "2026-07-30", (3.74, "L"), "procedure", encs[1],
                ref_range=(3.02, None, "L", "LLN 3.02 L; 101% predicted"), interp="N")
    rat = R.obs("obs-ratio", cc(("loinc", "19926-5", "FEV1/FVC"), text="FEV1/FVC"), "2026-07-30", (81, "%"), "procedure", encs[1],
                ref_range=(70, None, "%"), interp="N")
    R.report("dr-spiro", cpt("94010", "Spirometry, including graphic record, total and timed vital capacity, expiratory flow rate measurement(s), with or without maximal voluntary ventilation",
                             "Spirometry"), "2026-07-30", "Normal spirometry.", [fev1, fvc, rat], DR_CAT["OTH"], enc=encs[1])
    R.report("dr-mch", cpt("94070", "Bronchospasm provocation evaluation, multiple spirometric determinations as in 94010, with administered agents (eg, antigen[s], cold air, methacholine)",
                           "Methacholine challenge"), "2026-09-10",
             "Negative methacholine challenge: PC20 > 16 mg/mL. No bronchial hyperresponsiveness.", category=DR_CAT["OTH"])
    for k, v, rr_ in (("hb_gdL", 13.4, (12.0, 15.5)), ("wbc_us", 7.1, (4.0, 11.0)), ("gluc_mg", 91, (70, 99)),
                      ("crea_mg", 0.78, (0.57, 1.0)), ("alt", 19, (None, 33))):
        R.lab(k, v, "2026-07-02", rr_, encs[0])
    R.report("dr-ecg", cc(("loinc", "11524-6", "EKG study"), text="12-lead ECG"), "2026-07-02", "Normal sinus rhythm, normal ECG.",
             category=DR_CAT["EC"], enc=encs[0])
    R.note("note-ih", "2026-08-20", cct("Industrial hygiene survey report"), """
Industrial hygiene air sampling, packaging area, Allentown Janitorial Supply Co., 8/18/2026 (commissioned by the carrier). Chlorine, ammonia and chloramine below detection limits during normal operations; ventilation adequate. Spill procedure updated.
""", None, None, "Industrial hygiene report", category=cct("Outside records"))
    e_p = visit(R, "enc-pulm", "2026-09-24", pul, o, "Persistent chest tightness and cough", "Pulmonology consultation")
    R.note("note-pulm", "2026-09-24", LOINC_NOTE["consult"], """
Pulmonology consultation. 43-year-old warehouse packer with chest tightness, cough and headaches since a bleach/ammonia fume exposure on 6/30/2026. Never smoker. Exam normal, SpO2 98%. Chest x-ray, spirometry and methacholine challenge all normal.
Impression: No objective evidence of reactive airways dysfunction, asthma or parenchymal lung disease. No pulmonary diagnosis.
Recommendations: No further pulmonary studies. May return to full duty from a pulmonary standpoint.
""", pul, e_p, "Pulmonology consult")
    status(R, "obs-ws1", "2026-07-02", "Modified duty - no work in packaging area", encs[0])
    status(R, "obs-ws2", "2026-10-15", "Full duty", encs[3])
    R.note("note-5", "2026-11-19", LOINC_NOTE["progress"], """
Workers' compensation follow-up. Dana continues to report chest tightness most days at work and at home, dry cough worse in the mornings, and headaches about 3 times a week - essentially unchanged since July (chest tightness 6/10). Pulmonology found nothing wrong, and the carrier denied further treatment on 10/22/2026 citing no objective findings.
Exam: lungs clear, no wheeze, SpO2 98%. Workup to date: CXR, spirometry, methacholine challenge, ECG, labs, pulmonology consult and workplace air sampling all normal.
Assessment: Persistent chest tightness, cough and headache of unclear cause, 5 months after fume exposure. No diagnosis established.
Plan: Continue full duty. Symptom diary. Return in 6 weeks.
""", md, encs[4], "Occupational medicine progress note")
    R.med_request("mr-alb", rx("435", "albuterol", "Albuterol HFA 90 mcg/actuation inhaler"), "2026-07-02", "2 puffs every 4-6 hours as needed",
                  status="completed", requester=md, reason_refs=[c1], note="Trial - no benefit reported; stopped 8/2026.")


def oc_cts_explained(R):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP near miss: hand numbness explained by bilateral carpal tunnel syndrome on NCS."""
    o = setup(R, "Lehigh Valve & Fitting Co.", "Keystone Casualty & Surety Co.", "KCS-26-11873", "2026-04-20", "WC-KCS-55019")
    patient(R, "Raymond", "Kowalski", "male", "1975-08-04", "TC-198052", "1420 W Tilghman St", "Allentown", "18102")
    md = occdoc(R)
    neu = doc(R, "dr-shah", "Nikhil", "Shah", "Neurologist (electrodiagnostic medicine)", "1972508831")
    R.condition("cond-htn", cm("I10", "Essential (primary) hypertension"), "2018-03-12")
    c_sym = R.condition("cond-numb", cm("R20.2", "Paresthesia of skin", "Numbness and tingling of both hands"), "2026-03-15", "2026-04-20",
                        clinical="resolved", abatement="2026-07-29", recorder=md, category="encounter-diagnosis",
                        note="Explained by bilateral carpal tunnel syndrome (NCS 7/22/2026).")
    bct = cc((OCC, "BCTQ-SSS", "Boston Carpal Tunnel Questionnaire - Symptom Severity Scale (1-5)"), text="BCTQ symptom severity")
    e1 = visit(R, "enc-1", "2026-04-20", md, o, "Numbness both hands", "Initial workers' compensation visit")
    R.vitals("2026-04-20", e1, bp=(134, 84), hr=72, wt=92)
    R.note("note-1", "2026-04-20", LOINC_NOTE["hp"], """
Initial visit. 51-year-old assembly-line worker (valve assembly, repetitive gripping and torque tools, 10-hour shifts) with numbness and tingling in both hands, R>L, since mid-March, waking him at night. No neck pain. Tinel sign positive at both wrists, Phalen maneuver positive at 40 s bilaterally. Thenar bulk normal.
Plan: Labs (HbA1c, TSH, B12, CBC), night splints, job rotation. Return 5 weeks.
""", md, e1, "Occupational medicine H&P")
    for k, v, rr_ in (("hba1c", 5.4, (4.0, 5.6)), ("tsh", 1.9, (0.45, 4.5)), ("b12", 520, (232, 1245)), ("hb_gdL", 14.8, (13.0, 17.7))):
        R.lab(k, v, "2026-04-20", rr_, e1)
    R.service_request("sr-splint", cc(("hcpcs", "L3908", "Wrist hand orthosis, wrist extension control cock-up, non molded, prefabricated, off-the-shelf"),
                                      text="Bilateral wrist cock-up night splints"), "2026-04-20", "completed", "order", md, reason_refs=[c_sym])
    e2 = visit(R, "enc-2", "2026-05-27", md, o, "Hand numbness follow-up")
    R.report("dr-cxr", cpt("72040", "Radiologic examination, spine, cervical; 2 or 3 views", "Cervical spine x-ray"), "2026-05-27",
             "Normal alignment. Disc spaces preserved. No foraminal narrowing.", category=DR_CAT["RAD"], enc=e2)
    e3 = visit(R, "enc-3", "2026-07-08", md, o, "Hand numbness follow-up")
    R.score("obs-bct1", bct, "2026-07-08", (3.1, "{score}"), e3)
    R.note("note-3", "2026-07-08", LOINC_NOTE["progress"], """
Follow-up. Symptoms persist despite splints, now dropping small parts. Labs and cervical x-ray normal. Referred for nerve conduction study/EMG.
""", md, e3, "Occupational medicine progress note")
    ncs = R.report("dr-ncs", cpt("95911", "Nerve conduction studies; 9-10 studies", "Nerve conduction studies and needle EMG, both upper limbs"),
                   "2026-07-22", "Abnormal study. Prolonged median distal motor latencies (R 5.6 ms, L 4.9 ms) and slowed median sensory "
                   "conduction across both wrists with normal ulnar studies; needle EMG without denervation. Moderate right and mild left "
                   "median neuropathy at the wrist (carpal tunnel syndrome). No cervical radiculopathy.",
                   category=DR_CAT["EN"], interpreter=neu)
    e4 = visit(R, "enc-4", "2026-07-29", md, o, "Results review")
    c_cts = R.condition("cond-cts", cm("G56.03", "Carpal tunnel syndrome, bilateral upper limbs"), "2026-07-29", recorder=md,
                        evidence=[{"detail": [ref(ncs)]}])
    R.note("note-4", "2026-07-29", LOINC_NOTE["progress"], """
Results review. NCS/EMG 7/22: moderate right, mild left carpal tunnel syndrome. Diagnosis: bilateral CTS, work-related (repetitive forceful gripping). Accepted by carrier.
Plan: continue night splints, job modification (rotate off torque station, tool with vibration-dampening grip), hand therapy. Surgical release only if no improvement.
""", md, e4, "Occupational medicine progress note")
    for i, (d, v) in enumerate([("2026-09-09", 2.2), ("2026-10-28", 1.8)], 2):
        e = visit(R, f"enc-{i + 3}", d, md, o, "Carpal tunnel syndrome follow-up")
        R.score(f"obs-bct{i}", bct, d, (v, "{score}"), e)
    R.note("note-6", "2026-10-28", LOINC_NOTE["progress"], """
Follow-up. Night symptoms resolved, occasional daytime tingling. BCTQ symptom severity 3.1 -> 2.2 -> 1.8. Full duty with rotation. No surgery needed at this point. Return in 3 months.
""", md, None, "Occupational medicine progress note")
    status(R, "obs-ws", "2026-07-29", "Modified duty - rotation off torque station", e4)
    R.med_request("mr-lisin", rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2024-03-01", "1 tablet daily", requester=md)


def oc_strain_mismatch(R):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: 'lumbar strain' label kept for 8 months despite L5 radicular deficit and abnormal EMG."""
    o = setup(R, "Keystone Roofing LLC", "Penn Valley Workers' Compensation Trust", "PVT-26-03318", "2026-03-16", "WC-PVT-20871")
    patient(R, "Luis", "Ortega", "male", "1988-11-21", "TC-213390", "233 S 4th St", "Allentown", "18102")
    md = occdoc(R)
    neu = doc(R, "dr-shah", "Nikhil", "Shah", "Neurologist (electrodiagnostic medicine)", "1972508831")
    pt = doc(R, "pt-grant", "Tyler", "Grant", "Physical therapist (DPT)", "1346827710", None)
    c = R.condition("cond-strain", cm("S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter",
                                      "Lumbar strain (accepted work injury 3/16/2026)"), "2026-03-16", recorder=md,
                    note="Accepted diagnosis on the Notice of Compensation Payable.")
    rows = [("2026-03-16", 6, 34), ("2026-04-13", 6, None), ("2026-05-26", 7, 38), ("2026-07-14", 7, None), ("2026-09-08", 6, 40),
            ("2026-10-27", 7, None), ("2026-11-17", 7, 40)]
    encs = []
    for i, (d, p, odi) in enumerate(rows, 1):
        e = visit(R, f"enc-{i}", d, md, o, "Low back pain after lifting injury",
                  "Initial workers' compensation visit" if i == 1 else "Workers' compensation follow-up")
        encs.append(e)
        R.score(f"obs-pain{i}", PAIN, d, p, e)
        if odi:
            R.score(f"obs-odi{i}", ODI, d, (odi, "%"), e)
    R.note("note-1", "2026-03-16", LOINC_NOTE["hp"], """
Initial visit. 37-year-old roofer felt sharp low back pain lifting a bundle of shingles onto his shoulder this morning. No leg pain, no numbness. Paraspinal spasm, SLR negative bilaterally, strength and reflexes normal.
Diagnosis: Lumbar strain. Plan: naproxen, cyclobenzaprine at night, PT 2x/week, modified duty (no lifting > 20 lb, no ladders).
""", md, encs[0], "Occupational medicine H&P")
    R.obs("exam-1", cc(("loinc", "29545-1", "Physical findings Narrative"), text="Lumbar spine and neurological examination"), "2026-07-14",
          "Positive straight leg raise on the right at 40 degrees. Right EHL 4/5, ankle dorsiflexion 4+/5. Decreased light touch over the dorsum of the right foot (L5). Reflexes symmetric.",
          category="exam", enc=encs[3], interp="A")
    R.service_request("sr-mri", cpt("72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material",
                                    "MRI lumbar spine without contrast"), "2026-07-14", "revoked", "order", md, reason_refs=[c],
                      note="Denied by carrier utilization review 7/28/2026: 'not medically necessary for lumbar strain'.")
    R.report("dr-emg", cpt("95886", "Needle electromyography, each extremity, with related paraspinal areas, when performed, done with nerve conduction, amplitude and latency/velocity study; complete",
                           "EMG/NCS right lower limb"), "2026-09-01",
             "Abnormal study. Fibrillation potentials and positive sharp waves in right tibialis anterior, extensor hallucis longus and L5 paraspinals, "
             "with reduced recruitment of large motor units. Normal sural and peroneal sensory responses. Electrodiagnostic evidence of an active and chronic right L5 radiculopathy.",
             category=DR_CAT["EN"], interpreter=neu)
    R.procedure("proc-pt", cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises to develop strength and endurance, range of motion and flexibility",
                               "Physical therapy (therapeutic exercise)"), "2026-03-20", performer=pt, reason_refs=[c], end="2026-10-30",
                note="24 sessions. Progress limited by radiating leg pain.")
    R.note("note-7", "2026-11-17", LOINC_NOTE["progress"], """
Workers' compensation follow-up. Luis continues to have low back pain with pain radiating down the right leg to the top of the foot, numbness of the foot and tripping over his right toes when tired. Pain 7/10, ODI 40%. Exam unchanged: right SLR positive at 40 degrees, EHL 4/5, L5 sensory loss. EMG 9/1 showed right L5 radiculopathy. MRI denied by carrier.
Assessment: Lumbar strain (accepted diagnosis), slow recovery.
Plan: Continue PT home program, naproxen, cyclobenzaprine. Modified duty. Re-evaluate in 6 weeks.
""", md, encs[6], "Occupational medicine progress note")
    status(R, "obs-ws", "2026-11-17", "Modified duty - no lifting over 20 lb, no ladders or roofs", encs[6])
    R.med_request("mr-napro", rx("7258", "naproxen", "Naproxen 500 mg tablet"), "2026-03-16", "500 mg twice daily with food", requester=md,
                  reason_refs=[c])
    R.med_request("mr-cyclo", rx("21949", "cyclobenzaprine", "Cyclobenzaprine 10 mg tablet"), "2026-03-16", "10 mg at bedtime", requester=md,
                  reason_refs=[c])


def oc_ime_done(R):
    """DIAGNOSIS_SYMPTOM_MISMATCH near miss: persisting cervical strain label reviewed by an independent medical examination 2 months ago."""
    o = setup(R, "St. Clement Regional Medical Center (employer)", "Harbor Mutual Insurance Company", "HM-26-0122-410", "2026-01-21",
              "WC-HM-90112")
    patient(R, "Patricia", "Boone", "female", "1980-05-12", "TC-201146", "88 E Greenleaf St", "Allentown", "18109")
    md = occdoc(R)
    imeorg = R.organization("org-ime", "Fenwick Independent Medical Evaluations, LLC",
                            cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")))
    ime = doc(R, "dr-fenwick", "Harold", "Fenwick", "Orthopaedic surgeon (independent medical examiner)", "1104928875")
    neu = doc(R, "dr-shah", "Nikhil", "Shah", "Neurologist (electrodiagnostic medicine)", "1972508831")
    c = R.condition("cond-strain", cm("S16.1XXA", "Strain of muscle, fascia and tendon at neck level, initial encounter",
                                      "Cervical strain (work injury 1/21/2026)"), "2026-01-21", recorder=md)
    c2 = R.condition("cond-para", cm("R20.2", "Paresthesia of skin", "Intermittent tingling right arm"), "2026-03-25", recorder=md)
    dates = ["2026-01-21", "2026-02-18", "2026-03-25", "2026-05-06", "2026-06-17", "2026-08-05", "2026-10-07", "2026-11-11"]
    pains = [7, 6, 6, 6, 5, 6, 5, 5]
    encs = []
    for i, (d, p) in enumerate(zip(dates, pains), 1):
        e = visit(R, f"enc-{i}", d, md, o, "Neck and right arm pain", "Initial workers' compensation visit" if i == 1 else "Workers' compensation follow-up")
        encs.append(e)
        if i in (1, 3, 5, 7, 8):
            R.score(f"obs-pain{i}", PAIN, d, p, e)
    R.report("dr-mri", cpt("72141", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, cervical; without contrast material",
                           "MRI cervical spine"), "2026-04-14",
             "Mild C5-6 disc desiccation without herniation. No spinal canal or foraminal stenosis. No cord signal change.", category=DR_CAT["RAD"])
    R.report("dr-emg", cpt("95886", "Needle electromyography, each extremity, with related paraspinal areas, when performed, done with nerve conduction, amplitude and latency/velocity study; complete",
                           "EMG/NCS right upper limb"), "2026-06-09", "Normal study. No evidence of cervical radiculopathy, carpal or cubital tunnel syndrome.",
             category=DR_CAT["EN"], interpreter=neu)
    e_ime = R.encounter("enc-ime", "2026-09-15", "AMB", cc(("cpt", "99456", "Work related or medical disability examination by other than the treating physician"),
                                                          text="Independent medical examination (second opinion)"),
                        cct("Carrier-requested independent medical examination"), ime, imeorg)
    R.note("note-ime", "2026-09-15", LOINC_NOTE["consult"], """
INDEPENDENT MEDICAL EXAMINATION - Harold Fenwick, MD, orthopaedic surgery
Requested by Harbor Mutual Insurance Company. Examinee: Patricia Boone, 46, hospital laundry worker. Date of injury 1/21/2026 (lifting wet linen bins).
Records reviewed: treating occupational medicine notes 1/21-8/5/2026, MRI cervical spine 4/14/2026, EMG/NCS 6/9/2026, PT notes.
History: persistent right-sided neck pain 5-6/10 with intermittent tingling in the right forearm, worse at end of shift.
Examination: tenderness right trapezius and levator scapulae with taut bands; cervical rotation mildly reduced; Spurling negative; strength, reflexes and sensation normal in both upper limbs.
Opinion (second opinion on diagnosis and treatment): The diagnosis of cervical sprain/strain with persistent myofascial pain is correct and accounts for her symptoms. There is no radiculopathy or other neurological lesion (normal MRI and EMG). The injury is work-related. No surgical indication. Recommend 6 weeks of work conditioning, then maximum medical improvement is expected.
""", ime, e_ime, "Independent medical examination report", custodian=imeorg)
    R.note("note-8", "2026-11-11", LOINC_NOTE["progress"], """
Workers' compensation follow-up. Completing work conditioning. Neck pain 5/10, tingling less frequent. Exam: right trapezius trigger points, neuro intact. The IME of 9/15/2026 agreed with the diagnosis of cervical strain with myofascial pain and with the treatment plan.
Plan: Finish work conditioning; anticipate MMI in December. Full duty with self-paced breaks.
""", md, encs[7], "Occupational medicine progress note")
    status(R, "obs-ws", "2026-11-11", "Full duty with self-paced breaks", encs[7])
    R.service_request("sr-wc", cpt("97545", "Work hardening/conditioning; initial 2 hours", "Work conditioning program"), "2026-09-30", "active", "order",
                      md, reason_refs=[c], occurrence=("2026-10-05", "2026-11-13"))
    R.med_request("mr-ibu", rx("5640", "ibuprofen", "Ibuprofen 600 mg tablet"), "2026-01-21", "600 mg three times daily as needed with food",
                  requester=md, reason_refs=[c])


def oc_fusion_planned(R):
    """MAJOR_PROCEDURE_PLANNED positive: L4-5 TLIF ordered, on hold pending workers' comp authorization."""
    o = setup(R, "Blue Mountain Excavating Inc.", "Keystone Casualty & Surety Co.", "KCS-25-09921", "2025-10-08", "WC-KCS-61002")
    patient(R, "Gary", "Sutton", "male", "1977-03-03", "TC-196631", "47 Ridge Rd", "Slatington", "18080")
    md = occdoc(R)
    sorg = R.organization("org-spine", "Lehigh Spine Institute",
                          cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")))
    sp = doc(R, "dr-mehta", "Anil", "Mehta", "Orthopaedic spine surgeon", "1881045723")
    pm = doc(R, "dr-russo", "Angela", "Russo", "Interventional pain medicine", "1760593348", "DO", "Doctor of Osteopathy")
    R.condition("cond-htn", cm("I10", "Essential (primary) hypertension"), "2017-05-22")
    c1 = R.condition("cond-spondy", cm("M43.16", "Spondylolisthesis, lumbar region", "Grade I degenerative spondylolisthesis L4-5 with instability, aggravated by work injury 10/8/2025"),
                     "2025-11-04", recorder=md)
    c2 = R.condition("cond-radic", cm("M54.16", "Radiculopathy, lumbar region", "Right L5 radiculopathy"), "2025-11-04", recorder=md)
    R.report("dr-mri", cpt("72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material",
                           "MRI lumbar spine"), "2026-01-12",
             "Grade I anterolisthesis of L4 on L5 (6 mm) with facet arthropathy, severe right and moderate left foraminal stenosis at L4-5, moderate central stenosis.",
             category=DR_CAT["RAD"])
    R.report("dr-flex", cpt("72114", "Radiologic examination, spine, lumbosacral; complete, including bending views, minimum of 6 views", "Lumbar flexion-extension x-rays"),
             "2026-08-25", "L4-5 anterolisthesis 6 mm in neutral, 10 mm in flexion: dynamic instability (4 mm translation).", category=DR_CAT["RAD"])
    for i, d in enumerate(["2026-03-10", "2026-05-19"], 1):
        p = R.procedure(f"proc-esi{i}", cpt("64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance (fluoroscopy or CT), lumbar or sacral, single level",
                                            "Right L4-5 transforaminal epidural steroid injection"), d, performer=pm, reason_refs=[c2],
                        note="Relief about 2 weeks only." if i == 2 else "Relief about 3 weeks.")
        R.med_admin(f"ma-dex{i}", cc(("hcpcs", "J1100", "Injection, dexamethasone sodium phosphate, 1 mg"), text="Dexamethasone 10 mg"), d,
                    "10 mg transforaminal, right L4-5", pm, dose=(10, "mg"))
    rows = [("2026-02-03", 7, 48), ("2026-06-16", 7, 46), ("2026-09-15", 6, 46)]
    for i, (d, p, odi) in enumerate(rows, 1):
        e = visit(R, f"enc-{i}", d, md, o, "Low back and right leg pain")
        R.score(f"obs-pain{i}", PAIN, d, p, e)
        R.score(f"obs-odi{i}", ODI, d, (odi, "%"), e)
    R.procedure("proc-pt", cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises", "Physical therapy"),
                "2025-11-10", reason_refs=[c1], end="2026-02-13", note="12 weeks; no lasting improvement.")
    e_sp = visit(R, "enc-spine", "2026-10-06", sp, o, "Surgical consultation", "Spine surgery consultation", org=sorg)
    R.vitals("2026-10-06", e_sp, bp=(136, 86), hr=74, wt=104, bmi=31.4)
    R.note("note-spine", "2026-10-06", LOINC_NOTE["consult"], """
Spine surgery consultation - Anil Mehta, MD. 49-year-old heavy equipment operator with 12 months of low back pain and right L5 radicular pain after a work injury (excavator jolt 10/8/2025). Failed 12 weeks of PT, medications and two transforaminal ESIs. MRI: L4-5 grade I spondylolisthesis with severe right foraminal stenosis; flexion-extension films show 4 mm dynamic translation.
Recommendation: L4-L5 transforaminal lumbar interbody fusion (TLIF) with decompression and pedicle screw instrumentation (CPT 22630, 22840, 22853). Risks discussed (infection, dural tear, nerve injury, nonunion, adjacent segment disease). Patient wishes to proceed. Request for authorization sent to the carrier; tentative surgery date 1/20/2027. Pre-op medical clearance and nicotine screen required.
""", sp, e_sp, "Spine surgery consultation")
    sr = R.service_request("sr-tlif", cpt("22630", "Arthrodesis, posterior interbody technique, including laminectomy and/or discectomy to prepare interspace (other than for decompression), single interspace; lumbar",
                                          "L4-L5 transforaminal lumbar interbody fusion (TLIF) with instrumentation"),
                           "2026-10-06", "on-hold", "order", sp, sp, reason_refs=[c1, c2], occurrence="2027-01-20",
                           category=cc(("sct", "387713003", "Surgical procedure")), enc=e_sp,
                           note="On hold pending workers' compensation utilization review (request for authorization submitted 10/9/2026).")
    R.communication("comm-rfa", "2026-10-09", sorg, [o["ins"]], """
Request for authorization: L4-L5 TLIF with instrumentation (CPT 22630, 22840, 22853), 2-day inpatient stay, for claim KCS-25-09921. Supporting records attached: MRI 1/12/2026, flexion-extension films 8/25/2026, ESI notes, PT discharge summary.
""", status="completed", category=cct("Utilization review request"), about=[sr], time="11:20")
    R.service_request("sr-clear", cct("Pre-operative medical clearance"), "2026-10-06", "active", "order", sp, md, reason_refs=[c1],
                      occurrence="2026-12-15")
    status(R, "obs-ws", "2026-09-15", "Off work - temporary total disability")
    R.med_request("mr-gaba", rx("25480", "gabapentin", "Gabapentin 300 mg capsule"), "2025-12-02", "300 mg three times daily", requester=md,
                  reason_refs=[c2])
    R.med_request("mr-amlo", rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2023-01-10", "5 mg daily", requester=md)


def oc_mesothelioma_hospice(R):
    """UNTREATABLE_PROGNOSIS positive (+ rare): sarcomatoid pleural mesothelioma, no treatment options, hospice."""
    o = setup(R, "Delaware River Ship Repair Co. (former employer)", "Delaware Valley Employers Mutual", "DVEM-OD-26-0077", "2026-08-04",
              "OD-DVEM-3310")
    patient(R, "Walter", "Haines", "male", "1954-06-18", "TC-188204", "19 Canal St", "Easton", "18042")
    mdo = occdoc(R)
    onc = doc(R, "dr-adler", "Miriam", "Adler", "Thoracic medical oncologist", "1619273804")
    ts = doc(R, "dr-cho", "Daniel", "Cho", "Thoracic surgeon", "1205938461")
    hosp = R.organization("org-hospice", "Valley Hospice & Palliative Care",
                          cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")))
    hdoc = doc(R, "dr-beaumont", "Claire", "Beaumont", "Hospice and palliative medicine physician", "1497711026")
    mcare = R.organization("org-medicare", "Medicare (original)", cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")))
    R.coverage("cov-mcare", [mcare], cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text="Medicare Part A/B"),
               "2019-06-01", subscriber_id="7XK4-TE2-MN61")
    R.condition("cond-asb", cm("J61", "Pneumoconiosis due to asbestos and other mineral fibers", "Asbestosis"), "2019-04-10")
    R.condition("cond-plaq", cm("J92.0", "Pleural plaque with presence of asbestos"), "2019-04-10")
    R.condition("cond-htn", cm("I10", "Essential (primary) hypertension"), "2010-02-01")
    c = R.condition("cond-meso", cc(("icd10cm", "C45.0", "Mesothelioma of pleura"), ("orpha", "50251", "Malignant mesothelioma"),
                                    text="Malignant pleural mesothelioma, sarcomatoid, right, stage IV"), "2026-08-04", "2026-08-11",
                    recorder=onc, note="9/15/2026: not a candidate for surgery, chemotherapy or immunotherapy; no disease-directed options. Hospice.")
    e_b = R.encounter("enc-vats", "2026-08-04", "SS", cct("Thoracic surgery, short stay"), cct("Right pleural effusion and pleural thickening"),
                      ts, o["h"], time="07:00", end_time="17:00")
    R.procedure("proc-vats", cpt("32609", "Thoracoscopy; with biopsy(ies) of pleura", "VATS pleural biopsy, right"), "2026-08-04",
                performer=ts, enc=e_b, reason_refs=[c])
    R.report("dr-path", cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="Surgical pathology - right pleura"), "2026-08-11",
             "Malignant mesothelioma, sarcomatoid type, invading chest wall fat. Calretinin and D2-40 positive, keratin positive. Ferruginous (asbestos) bodies present.",
             category=DR_CAT["SP"])
    R.procedure("proc-ipc", cpt("32550", "Insertion of indwelling tunneled pleural catheter with cuff", "Indwelling pleural catheter, right"), "2026-08-25",
                performer=ts, reason_refs=[c], note="For symptomatic recurrent effusion; drained at home by family/hospice.")
    e_o = visit(R, "enc-onc", "2026-09-15", onc, o, "Treatment planning", "Thoracic oncology consultation")
    R.obs("obs-ecog", cc(("loinc", "89247-1", "ECOG Performance Status score"), text="ECOG performance status"), "2026-09-15", 3,
          category="survey", enc=e_o, interp=None)
    R.note("note-onc", "2026-09-15", LOINC_NOTE["consult"], """
Thoracic oncology consultation - Miriam Adler, MD. 72-year-old retired shipyard pipefitter (asbestos exposure 1974-1998) with sarcomatoid malignant pleural mesothelioma, right, with chest wall invasion and contralateral nodes on PET. ECOG 3, 12 kg weight loss, albumin 2.8.
Discussion: Sarcomatoid histology, stage IV disease and ECOG 3 - he is not a candidate for surgery, and with his performance status chemotherapy or immunotherapy (nivolumab/ipilimumab) would cause harm without meaningful benefit. There are no disease-directed treatment options for him. Discussed openly with Mr. Haines and his daughter; they prefer comfort-focused care at home.
Plan: Hospice referral today. Pleural catheter drainage at home. DNR/POLST completed.
""", onc, e_o, "Oncology consultation")
    R.service_request("sr-hospice", cc(("https://ehr.tcoha.example.com/CodeSystem/referrals", "HOSPICE", "Referral to hospice"), text="Hospice referral"), "2026-09-15", "completed", "order",
                      onc, hosp, reason_refs=[c], enc=e_o)
    R.careplan("cp-hospice", "Hospice plan of care", "active", "plan", cc(("sct", "385763009", "Hospice care"), text="Hospice care"), "2026-09-22",
               [{"description": "Morphine for dyspnea and chest wall pain", "status": "in-progress"},
                {"description": "Home pleural catheter drainage 3x weekly", "status": "in-progress"},
                {"description": "Nurse visits twice weekly, chaplain and social work", "status": "in-progress", "performer": hdoc},
                {"description": "Home oxygen 2 L/min", "status": "in-progress"}],
               [c], hdoc, "Comfort care at home; no disease-directed therapy.")
    e_occ = visit(R, "enc-occ", "2026-10-20", mdo, o, "Occupational disease causation evaluation", "Occupational disease evaluation")
    R.note("note-occ", "2026-10-20", LOINC_NOTE["consult"], """
Occupational medicine - causation evaluation for occupational disease claim DVEM-OD-26-0077 (telehealth with daughter present, patient on hospice).
Work history: pipefitter at Delaware River Ship Repair 1974-1998, insulation removal in engine rooms without respiratory protection. Asbestosis and pleural plaques diagnosed 2019. Pathology shows ferruginous bodies.
Opinion: Within a reasonable degree of medical certainty, his malignant pleural mesothelioma (a rare asbestos-related cancer) is causally related to occupational asbestos exposure. He has no treatment options and is receiving hospice care; prognosis weeks to few months. Expedited claim handling requested.
""", mdo, e_occ, "Occupational disease causation report")
    R.med_request("mr-morph", rx("7052", "morphine", "Morphine sulfate 20 mg/mL oral solution"), "2026-09-22", "5 mg every 2 hours as needed for dyspnea or pain",
                  requester=hdoc, reason_refs=[c])
    R.med_request("mr-o2", cct("Home oxygen 2 L/min by nasal cannula"), "2026-09-22", "Continuous as needed", requester=hdoc)
    R.lab("alb_gdl", 2.8, "2026-09-15", (3.5, 5.2), e_o, text="Albumin")


def oc_fingertip_healed(R):
    """HIGH_IMPACT_TREATMENT near miss: traumatic fingertip amputation in March, treated and healed; full duty, MMI."""
    o = setup(R, "Susquehanna Premium Meats Inc.", "Penn Valley Workers' Compensation Trust", "PVT-26-01877", "2026-03-04", "WC-PVT-31166")
    patient(R, "Derek", "Lawson", "male", "1993-01-09", "TC-212208", "610 Hamilton St Apt 2B", "Allentown", "18101")
    md = occdoc(R)
    hs = doc(R, "dr-abbott", "Naomi", "Abbott", "Hand surgeon", "1730228911")
    ot = doc(R, "ot-ferris", "Jenna", "Ferris", "Certified hand therapist (OTR/L, CHT)", "1992841176", None)
    c_inj = R.condition("cond-inj", cm("S68.620A", "Partial traumatic transphalangeal amputation of right index finger, initial encounter",
                                       "Partial traumatic amputation, right index fingertip (band saw)"), "2026-03-04", clinical="resolved",
                        abatement="2026-05-15", recorder=hs, category="encounter-diagnosis")
    R.condition("cond-abs", cm("Z89.021", "Acquired absence of right finger(s)", "Acquired absence of distal right index fingertip (healed)"),
                "2026-05-15", recorder=md)
    e0 = R.encounter("enc-ed", "2026-03-04", "EMER", cct("Emergency department"), cct("Right index finger band-saw injury"), hs, o["h"],
                     time="10:40", end_time="15:00")
    R.procedure("proc-rev", cpt("26951", "Amputation, finger or thumb, primary or secondary, any joint or phalanx, single, including neurectomies; with direct closure",
                                "Revision amputation with direct closure, right index finger distal phalanx"), "2026-03-04", performer=hs, enc=e0,
                reason_refs=[c_inj], note="Bone shortened to mid-distal phalanx, primary closure, digital neurectomies. Tetanus booster given.")
    R.immunization("imm-tdap", cc(("cvx", "115", "Tdap"), text="Tdap"), "2026-03-04", performer=hs)
    R.procedure("proc-ot", cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises", "Hand therapy"),
                "2026-03-18", performer=ot, reason_refs=[c_inj], end="2026-05-20", note="Desensitization, scar management, ROM and grip strengthening; 14 visits.")
    rows = [("2026-03-11", 45), ("2026-04-15", 27), ("2026-05-20", 11), ("2026-09-15", 9)]
    for i, (d, q) in enumerate(rows, 1):
        e = visit(R, f"enc-{i}", d, md, o, "Right index finger injury follow-up")
        R.score(f"obs-qd{i}", QDASH, d, (q, "{score}"), e)
    fce = R.procedure("proc-fce", cpt("97750", "Physical performance measurement (eg, musculoskeletal, functional capacity), with written report, each 15 minutes",
                                      "Functional capacity evaluation"), "2026-05-27", performer=ot, reason_refs=[c_inj])
    R.obs("obs-grip", cc((OCC, "GRIP-R", "Grip strength, right hand (Jamar, position 2)"), text="Grip strength right"), "2026-05-27",
          (41, "kg"), "exam", interp=None, note="Left 44 kg (dominant right).")
    R.note("note-fce", "2026-05-27", LOINC_NOTE["consult"], """
Functional capacity evaluation. Valid effort. Meets the heavy physical demand level of his job (knife work, carrying 50 lb boxes). Grip 41 kg right / 44 kg left. Full dexterity with cut-resistant glove. Recommendation: return to full duty.
""", ot, None, "FCE report")
    status(R, "obs-ws1", "2026-06-01", "Full duty")
    R.note("note-4", "2026-09-15", LOINC_NOTE["progress"], """
Final workers' compensation visit. Right index fingertip amputation 3/4/2026, healed since mid-May. Back at full duty since 6/1/2026 without problems. Mild cold intolerance, no neuroma pain. QuickDASH 9.
Assessment: Healed partial fingertip amputation. Maximum medical improvement reached today; impairment rating per AMA Guides 6th ed. completed (2% whole person).
Plan: No further treatment needed. Case closed; return as needed.
""", md, None, "Occupational medicine MMI note")


def oc_shoulder_flag(R):
    """PATIENT_REPORTED_CONCERN positive: Flag recorded at the worker's request asking for a second orthopaedic opinion."""
    o = setup(R, "Bethany Valley School District", "Harbor Mutual Insurance Company", "HM-26-0301-552", "2026-04-14", "WC-HM-77310")
    patient(R, "Sandra", "Kim", "female", "1971-09-29", "TC-207719", "3021 Linden St", "Bethlehem", "18017")
    md = occdoc(R)
    pt = doc(R, "pt-grant", "Tyler", "Grant", "Physical therapist (DPT)", "1346827710", None)
    c = R.condition("cond-rc", cm("S46.011A", "Strain of muscle(s) and tendon(s) of the rotator cuff of right shoulder, initial encounter",
                                  "Right rotator cuff strain with partial-thickness supraspinatus tear"), "2026-04-14", recorder=md)
    R.condition("cond-htn", cm("I10", "Essential (primary) hypertension"), "2016-08-30")
    rows = [("2026-04-14", 7, 58), ("2026-06-23", 6, 52), ("2026-08-25", 4, 40), ("2026-10-27", 4, 38)]
    encs = []
    for i, (d, p, q) in enumerate(rows, 1):
        e = visit(R, f"enc-{i}", d, md, o, "Right shoulder pain", "Initial workers' compensation visit" if i == 1 else "Workers' compensation follow-up")
        encs.append(e)
        R.score(f"obs-pain{i}", PAIN, d, p, e)
        R.score(f"obs-qd{i}", QDASH, d, (q, "{score}"), e)
    R.report("dr-mri", cpt("73221", "Magnetic resonance (eg, proton) imaging, any joint of upper extremity; without contrast material", "MRI right shoulder"),
             "2026-06-02", "Partial-thickness articular-surface tear of the supraspinatus (about 30% thickness). No full-thickness tear or retraction. Mild AC joint arthrosis.",
             category=DR_CAT["RAD"])
    R.procedure("proc-inj", cpt("20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance",
                                "Right subacromial corticosteroid injection"), "2026-07-21", performer=md, reason_refs=[c])
    R.med_admin("ma-tac", cc(("hcpcs", "J3301", "Injection, triamcinolone acetonide, not otherwise specified, 10 mg"), text="Triamcinolone 40 mg"),
                "2026-07-21", "40 mg into right subacromial bursa", md, dose=(40, "mg"))
    R.procedure("proc-pt", cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises", "Physical therapy"),
                "2026-04-21", performer=pt, reason_refs=[c], end="2026-09-30", note="20 sessions; plateau since September.")
    R.note("note-4", "2026-10-27", LOINC_NOTE["progress"], """
Workers' compensation follow-up. Right partial-thickness supraspinatus tear treated with PT and one subacromial injection. Pain 4/10, QuickDASH 38; progress has plateaued. Still cannot lift above shoulder height at work.
Assessment: Plateau. In my opinion she is approaching maximum medical improvement with permanent restriction of no overhead lifting over 10 lb; surgery is not indicated.
Ms. Kim disagrees with the MMI plan and asked to be seen by an orthopaedic surgeon for a second opinion before any MMI determination; a flag was placed on her chart at her request. Will forward the request to the adjuster.
""", md, encs[3], "Occupational medicine progress note")
    R.flag("flag-so", cc(("https://ehr.tcoha.example.com/CodeSystem/chart-flags", "SO-REQ", "Patient requests second opinion"),
                         text="Worker requests a second opinion (orthopaedic surgery) on her right shoulder before any MMI determination; disagrees with the treating plan."),
           "2026-10-27", author=R.patient,
           category=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")), enc=encs[3])
    status(R, "obs-ws", "2026-10-27", "Modified duty - no overhead lifting over 10 lb", encs[3])
    R.med_request("mr-napro", rx("7258", "naproxen", "Naproxen 500 mg tablet"), "2026-04-14", "500 mg twice daily as needed with food",
                  requester=md, reason_refs=[c])
    R.med_request("mr-losar", rx("52175", "losartan", "Losartan 50 mg tablet"), "2023-02-01", "50 mg daily", requester=md)


def oc_pain_below_mcid(R):
    """WORSENING_DESPITE_TREATMENT near miss: pain NRS 5 -> 6 and ODI 30 -> 36 on treatment - below the MCIDs."""
    o = setup(R, "Lancaster Parcel Express", "Keystone Casualty & Surety Co.", "KCS-26-04410", "2026-04-08", "WC-KCS-70981")
    patient(R, "Marcus", "Bell", "male", "1982-04-26", "TC-210054", "1140 Walnut St", "Allentown", "18102")
    md = occdoc(R)
    sp = doc(R, "dr-mehta", "Anil", "Mehta", "Orthopaedic spine surgeon", "1881045723")
    c = R.condition("cond-disc", cm("M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region",
                                    "L5-S1 disc herniation with right S1 radiculopathy"), "2026-05-05", recorder=md)
    R.report("dr-mri", cpt("72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material",
                           "MRI lumbar spine"), "2026-05-05", "Right paracentral L5-S1 disc extrusion contacting the traversing right S1 nerve root. Other levels unremarkable.",
             category=DR_CAT["RAD"])
    R.med_request("mr-napro", rx("7258", "naproxen", "Naproxen 500 mg tablet"), "2026-05-12", "500 mg twice daily with food", requester=md, reason_refs=[c])
    R.med_request("mr-dulox", rx("72625", "duloxetine", "Duloxetine 30 mg delayed-release capsule"), "2026-06-02",
                  "30 mg daily x 1 week, then 60 mg daily", requester=md, reason_refs=[c])
    R.med_statement("ms-dulox", rx("72625", "duloxetine", "Duloxetine 60 mg daily"), "active", "2026-06-02", dosage="60 mg daily",
                    reason_refs=[c], source=R.patient, asserted="2026-11-03")
    R.procedure("proc-pt", cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises", "Physical therapy"),
                "2026-05-14", reason_refs=[c], end="2026-08-28", note="16 sessions, then home exercise program.")
    rows = [("2026-05-12", 5, 30), ("2026-07-07", 6, 34), ("2026-09-01", 6, 36), ("2026-11-03", 6, 36)]
    encs = []
    for i, (d, p, odi) in enumerate(rows, 1):
        e = visit(R, f"enc-{i}", d, md, o, "Low back and right leg pain")
        encs.append(e)
        R.score(f"obs-pain{i}", PAIN, d, p, e)
        R.score(f"obs-odi{i}", ODI, d, (odi, "%"), e)
    e_sp = visit(R, "enc-spine", "2026-08-18", sp, o, "Surgical opinion", "Spine surgery consultation")
    R.note("note-spine", "2026-08-18", LOINC_NOTE["consult"], """
Spine surgery consultation. L5-S1 right paracentral extrusion with S1 radicular pain; no motor deficit, reflexes symmetric. Pain 6/10, functioning with modified duty.
Recommendation: Surgery is not recommended at this time - no progressive deficit, pain tolerable. Continue nonoperative care; consider transforaminal ESI if flare. Return as needed.
""", sp, e_sp, "Spine surgery consultation")
    R.note("note-4", "2026-11-03", LOINC_NOTE["progress"], """
Workers' compensation follow-up. Pain 6/10 (5/10 in May), ODI 36% (30% in May). Mild right buttock and calf pain, no weakness, SLR negative today. Taking naproxen and duloxetine 60 mg, doing home exercises. Driving a modified route.
Assessment: Lumbar disc herniation with S1 radiculopathy, essentially stable - change in pain (1 point) and ODI (6 points) is below the minimal clinically important difference.
Plan: Continue current regimen, modified duty (lifting <= 25 lb). Reassess in 8 weeks.
""", md, encs[3], "Occupational medicine progress note")
    status(R, "obs-ws", "2026-11-03", "Modified duty - lifting up to 25 lb", encs[3])


def oc_problem_list_resolved(R):
    """RARE_OR_COMPLEX_CONDITION near miss: long problem list but only 3 active chronic conditions (others resolved/in remission)."""
    o = setup(R, "Keystone Home Goods Stores", "Harbor Mutual Insurance Company", "HM-26-0819-077", "2026-08-19", "WC-HM-66091")
    patient(R, "Brenda", "Castillo", "female", "1967-12-14", "TC-205583", "712 N Fenwick St", "Allentown", "18109")
    md = occdoc(R)
    pt = doc(R, "pt-grant", "Tyler", "Grant", "Physical therapist (DPT)", "1346827710", None)
    c_htn = R.condition("cond-htn", cm("I10", "Essential (primary) hypertension"), "2015-03-03")
    c_thy = R.condition("cond-thyroid", cm("E03.9", "Hypothyroidism, unspecified"), "2012-06-19")
    c_gerd = R.condition("cond-gerd", cm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2018-10-02")
    R.condition("cond-dep", cm("F32.5", "Major depressive disorder, single episode, in full remission"), "2019-01-15", clinical="remission",
                abatement="2021-06-30", note="Treated 2019-2021; off sertraline since 2021, no recurrence.")
    R.condition("cond-men", cm("M23.221", "Derangement of posterior horn of medial meniscus due to old tear or injury, right knee"), "2023-02-08",
                clinical="resolved", abatement="2023-06-01", note="Arthroscopic partial meniscectomy 3/2023; asymptomatic.")
    R.condition("cond-pf", cm("M72.2", "Plantar fascial fibromatosis", "Plantar fasciitis, left"), "2021-09-10", clinical="resolved",
                abatement="2022-03-01")
    R.condition("cond-asthma", cm("J45.20", "Mild intermittent asthma, uncomplicated", "Childhood asthma"), "1975-01-01", clinical="resolved",
                abatement="1985-01-01")
    R.condition("cond-bcc", cm("C44.311", "Basal cell carcinoma of skin of nose"), "2021-04-20", clinical="resolved", abatement="2021-05-12",
                note="Mohs excision 5/2021, clear margins; annual skin checks normal.")
    c = R.condition("cond-epi", cm("M77.11", "Lateral epicondylitis, right elbow"), "2026-08-19", recorder=md,
                    note="Work-related: repetitive lifting/stocking of boxed goods.")
    rows = [("2026-08-19", 6, 48), ("2026-09-16", 5, 36), ("2026-10-21", 3, 25), ("2026-11-18", 3, 22)]
    for i, (d, p, q) in enumerate(rows, 1):
        e = visit(R, f"enc-{i}", d, md, o, "Right lateral elbow pain", "Initial workers' compensation visit" if i == 1 else "Workers' compensation follow-up")
        R.score(f"obs-pain{i}", PAIN, d, p, e)
        R.score(f"obs-qd{i}", QDASH, d, (q, "{score}"), e)
        if i == 1:
            R.vitals(d, e, bp=(128, 80), hr=70, wt=77)
    R.lab("tsh", 2.3, "2026-03-10", (0.45, 4.5))
    R.procedure("proc-pt", cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises", "Physical therapy - eccentric wrist extensor program"),
                "2026-08-26", performer=pt, reason_refs=[c], end="2026-10-30")
    R.note("note-4", "2026-11-18", LOINC_NOTE["progress"], """
Workers' compensation follow-up. Right lateral epicondylitis improving with counterforce strap, eccentric exercises and job rotation. Pain 3/10, QuickDASH 22 (48 at onset). Grip pain minimal.
PMH reviewed: hypertension, hypothyroidism and GERD are active and stable on medication. Depression in full remission since 2021; right knee meniscal tear (arthroscopy 2023), plantar fasciitis, childhood asthma and nasal basal cell carcinoma (Mohs 2021) are resolved.
Plan: Full duty from 11/23/2026; anticipate discharge at next visit.
""", md, None, "Occupational medicine progress note")
    status(R, "obs-ws", "2026-11-18", "Full duty from 11/23/2026")
    R.med_request("mr-lisin", rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2024-01-05", "10 mg daily", requester=md, reason_refs=[c_htn])
    R.med_request("mr-levo", rx("10582", "levothyroxine", "Levothyroxine 88 mcg tablet"), "2024-01-05", "88 mcg daily before breakfast",
                  requester=md, reason_refs=[c_thy])
    R.med_request("mr-omep", rx("7646", "omeprazole", "Omeprazole 20 mg delayed-release capsule"), "2024-01-05", "20 mg daily", requester=md,
                  reason_refs=[c_gerd])
    R.med_request("mr-diclo", rx("3355", "diclofenac", "Diclofenac sodium 1% topical gel"), "2026-08-19", "Apply 2 g to right elbow four times daily",
                  requester=md, reason_refs=[c])


CASES = [
    dict(key="oc_fumes_normal", fn=oc_fumes_normal, org="OC", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Chest tightness, cough and headaches recorded at 5 visits over 20 weeks after a fume exposure; chest x-ray, spirometry, methacholine challenge, ECG, labs and air sampling all normal and no disorder diagnosed.",
         summary="43-y warehouse packer, persistent chest tightness/cough after fume exposure; every study normal, claim denied."),
    dict(key="oc_cts_explained", fn=oc_cts_explained, org="OC", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
         expected=[],
         why="The hand numbness was explained within 4 months: nerve conduction studies showed bilateral carpal tunnel syndrome, diagnosed and treated with improvement.",
         summary="51-y assembler, hand numbness with normal labs/x-ray, then abnormal NCS: bilateral CTS, improving."),
    dict(key="oc_strain_mismatch", fn=oc_strain_mismatch, org="OC", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="The accepted 'lumbar strain' label has been kept for 8 months although radicular pain, L5 weakness/sensory loss and an abnormal EMG (active L5 radiculopathy) appeared - findings a strain cannot explain.",
         summary="38-y roofer, 'lumbar strain' persisting with right L5 radiculopathy on exam and EMG; MRI denied."),
    dict(key="oc_ime_done", fn=oc_ime_done, org="OC", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
         expected=[],
         why="The persisting cervical-strain label with ongoing arm tingling was independently reviewed in an IME (second opinion) on 15 Sep 2026, which confirmed the diagnosis with normal MRI/EMG - suppressed.",
         summary="46-y laundry worker, prolonged cervical strain; independent medical examination confirmed diagnosis 2 months ago."),
    dict(key="oc_fusion_planned", fn=oc_fusion_planned, org="OC", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"],
         why="An L4-L5 TLIF with instrumentation is ordered (ServiceRequest on-hold/order pending workers' comp authorization) for 20 Jan 2027; not yet performed.",
         summary="49-y equipment operator, L4-5 spondylolisthesis with radiculopathy; spinal fusion awaiting authorization."),
    dict(key="oc_mesothelioma_hospice", fn=oc_mesothelioma_hospice, org="OC", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS", "RARE_OR_COMPLEX_CONDITION"],
         why="Oncology states there are no disease-directed treatment options and refers to hospice (active hospice CarePlan), no second opinion. Deliberate extra: malignant pleural mesothelioma is a rare cancer (Orphanet ORPHA:50251).",
         summary="72-y retired pipefitter, sarcomatoid pleural mesothelioma; no options, hospice; occupational disease claim."),
    dict(key="oc_fingertip_healed", fn=oc_fingertip_healed, org="OC", target="HIGH_IMPACT_TREATMENT", kind="near-miss",
         expected=[],
         why="The amputation was a traumatic fingertip injury revised in the ED in March and healed; he is back at full duty, QuickDASH improved 45 -> 9, and no treatment is planned or running.",
         summary="33-y meat-plant worker, traumatic index fingertip amputation healed; full duty, MMI, case closed."),
    dict(key="oc_shoulder_flag", fn=oc_shoulder_flag, org="OC", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"],
         why="A Flag authored by the patient (placed at her request) records that she wants a second orthopaedic opinion and disagrees with the treating plan; none has taken place.",
         summary="55-y school custodian, partial rotator cuff tear at plateau; chart flag: worker requests second opinion before MMI."),
    dict(key="oc_pain_below_mcid", fn=oc_pain_below_mcid, org="OC", target="WORSENING_DESPITE_TREATMENT", kind="near-miss",
         expected=[],
         why="Pain NRS rose only 5 -> 6 (MCID 2) and ODI 30 -> 36% (MCID about 10) over 6 months on treatment - below the minimal clinically important difference.",
         summary="44-y delivery driver, L5-S1 disc herniation; pain/ODI drift slightly up on naproxen, duloxetine, PT."),
    dict(key="oc_problem_list_resolved", fn=oc_problem_list_resolved, org="OC", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
         expected=[],
         why="Nine problem-list entries, but only hypertension, hypothyroidism and GERD are active chronic conditions (plus a resolving epicondylitis); the rest are resolved or in remission.",
         summary="58-y retail stocker, lateral epicondylitis improving; long problem list mostly resolved."),
]
