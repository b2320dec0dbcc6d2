"""Cases D: memory clinic (eight), one Greek and one New Zealand case."""
from fhirkit import case

PS, DM, MP, UP = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                  "UNTREATABLE_PROGNOSIS")
HI, PR, WD, RC = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT",
                  "RARE_OR_COMPLEX_CONDITION")

HTN_US = ("Essential hypertension", [("sct", "59621000", "Essential hypertension"),
                                     ("icd10cm", "I10", "Essential (primary) hypertension")])
AD_US = ("Alzheimer's disease", [("sct", "26929004", "Alzheimer's disease"),
                                 ("icd10cm", "G30.1", "Alzheimer's disease with late onset")])
DONEPEZIL = ("donepezil 10 MG Oral Tablet", [("rxnorm", "135447", "donepezil")])
LECANEMAB = ("lecanemab-irmb 100 MG/ML Injection (Leqembi)", [("local:formulary", "LECANEMAB", "lecanemab-irmb")])


def mc_basics(k, mbi):
    k.coverage("2019-01-01", sub_id=mbi)


def clinic(k, d, who, t="10:00", title="Memory clinic follow-up", dur=45, cpt=("99214", "Office/outpatient visit, "
                                                                                   "established patient, moderate "
                                                                                   "MDM")):
    return k.enc(d, title, pr=who if isinstance(who, list) else [who], t=t, dur=dur,
                 type_codes=[("cpt", cpt[0], cpt[1])])


# ================================================================================================
@case("mc", MP, "near-miss", [],
      why="A ventriculoperitoneal shunt was ordered for suspected normal pressure hydrocephalus but the order was "
          "revoked after extended lumbar drainage produced no improvement and CSF showed Alzheimer pathology; "
          "nothing major is now planned.",
      summary="78-year-old evaluated for normal pressure hydrocephalus; VP shunt order revoked after a negative "
              "lumbar drainage trial; rediagnosed with Alzheimer's and small vessel disease")
def mc_vp_shunt_revoked(k):
    k.patient("Jensen", ["Harold", "Arthur"], "male", "1948-04-14", line=["512 Elm Grove Ave"], postcode="53522",
              phone="(608) 555-0302", marital="M")
    mc_basics(k, "5XK7-QP3-RT18")
    neuro, nsurg, pcp = k.pr("neuro"), k.pr("nsurg"), k.pr("pcp")
    k.related("Jensen", ["Betty"], "WIFE", "wife", phone="(608) 555-0303", gender="female")
    nph = k.cond("Idiopathic normal pressure hydrocephalus (suspected)",
                 [("sct", "30753005", "Normal pressure hydrocephalus"),
                  ("icd10cm", "G91.2", "(Idiopathic) normal pressure hydrocephalus")], "2026-06-10",
                 ver="refuted", status="inactive", abated="2026-10-05", recorded="2026-06-10", asserter=neuro,
                 note="Refuted 10/05/2026: no response to extended lumbar drainage; CSF biomarkers consistent with "
                      "Alzheimer's disease.")
    ad = k.cond(*AD_US, "2026-10-12", recorded="2026-10-12", asserter=neuro,
                note="With coexisting cerebral small vessel disease.")
    k.cond("Cerebral small vessel disease", [("local:diagnoses", "CSVD", "Cerebral small vessel disease")],
           "2026-06-10", recorded="2026-06-10")
    k.cond(*HTN_US, "2005", recorded="2005-02-01")
    k.cond("Benign prostatic hyperplasia with lower urinary tract symptoms",
           [("icd10cm", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")], "2016",
           recorded="2016-09-12")
    k.medstmt(("amlodipine 5 MG Oral Tablet", [("rxnorm", "17767", "amlodipine")]), "active", "2005-02-01",
              asserted="2026-10-12", dosage="5 mg daily")
    k.medstmt(("tamsulosin 0.4 MG Oral Capsule", [("rxnorm", "77492", "tamsulosin")]), "active", "2016-09-12",
              asserted="2026-10-12", dosage="0.4 mg at bedtime")
    ref = k.sreq("Referral to memory clinic – gait and cognitive decline", [("sct", "306206005",
                                                                             "Referral to service")],
                 "completed", "order", "2026-05-12", pcp, performer=k.org())
    e1 = clinic(k, "2026-06-03", neuro, title="Memory clinic new patient evaluation",
                cpt=("99205", "Office/outpatient visit, new patient, high MDM"))
    k.score("moca", "2026-06-03", 20, enc=e1)
    k.report("MRI brain without contrast", [("cpt", "70551", "MRI brain without contrast")], "2026-06-10",
             cat="RAD", performer=k.pr("rad"),
             conclusion="Ventriculomegaly (Evans index 0.34), callosal angle 95 degrees, no disproportionately "
                        "enlarged subarachnoid space. Moderate periventricular and deep white matter "
                        "hyperintensities (Fazekas 2). Mild hippocampal atrophy.")
    e2 = clinic(k, "2026-07-21", nsurg, title="Neurosurgery consultation", t="14:00",
                cpt=("99204", "Office/outpatient visit, new patient, moderate MDM"))
    shunt = k.sreq("Ventriculoperitoneal shunt placement with programmable valve",
                   [("cpt", "62223", "Creation of shunt; ventriculo-peritoneal, -pleural, other terminus"),
                    ("local:procedures", "VPS-PROG", "VP shunt, programmable valve")],
                   "revoked", "order", "2026-07-21", nsurg, performer=nsurg, reason_ref=[nph], enc=e2,
                   note="Contingent on response to extended lumbar drainage. REVOKED 10/05/2026: no objective gait "
                        "or cognitive improvement after 72 h drainage; shunt not indicated.")
    eld_adm = k.enc("2026-09-14", "Elective admission – extended lumbar drainage trial", cls="IMP", t="07:30",
                    end="2026-09-17", priority="EL", pr=[nsurg],
                    org=k.ext_org("Lakeview Regional Hospital", "Acute care hospital", key="hosp"))
    k.proc("Extended lumbar drainage of CSF (72 hours, 10 mL/h)",
           [("cpt", "62272", "Spinal puncture, therapeutic, for drainage of cerebrospinal fluid (by needle or "
                             "catheter)")], "completed", performed="2026-09-14", performed_end="2026-09-17T09:00:00-05:00",
           performer=nsurg, enc=eld_adm, reason_ref=[nph])
    for d, walk, tug, t in (("2026-09-14", 14.2, 18.4, "08:00"), ("2026-09-17", 13.9, 18.1, "09:30")):
        k.obs(k.cc("10-metre walk time", ("local:gait", "10MWT", "10 metre walk time")), d, value=walk, unit="s",
              ucum="s", cat="exam", enc=eld_adm, t=t)
        k.obs(k.cc("Timed Up and Go", ("local:gait", "TUG", "Timed Up and Go time")), d, value=tug, unit="s",
              ucum="s", cat="exam", enc=eld_adm, t=t)
    k.score("moca", "2026-09-17", 20, enc=eld_adm)
    csf1 = k.obs(k.cc("CSF amyloid beta 42/40 ratio", ("local:lab", "CSFAB4240", "CSF Abeta42/40 ratio")),
                 "2026-09-14", value=0.048, unit="ratio", ucum="{ratio}", rng=(0.072, None), interp="L",
                 enc=eld_adm, t="08:20")
    csf2 = k.obs(k.cc("CSF phosphorylated tau 181", ("local:lab", "CSFPTAU", "CSF p-tau181")), "2026-09-14",
                 value=92, unit="pg/mL", ucum="pg/mL", rng=(None, 56.5), interp="H", enc=eld_adm, t="08:20")
    k.report("CSF Alzheimer biomarker panel", [("local:lab", "CSFADPANEL", "CSF AD biomarkers")], "2026-09-14",
             results=[csf1, csf2], cat="LAB", performer=k.org(), enc=eld_adm,
             conclusion="Low Abeta42/40 ratio and raised p-tau181: biomarker profile consistent with Alzheimer's "
                        "disease pathology.")
    e3 = clinic(k, "2026-10-05", nsurg, title="Neurosurgery follow-up", t="13:00")
    e4 = clinic(k, "2026-10-12", neuro)
    k.medreq(DONEPEZIL, "2026-10-12", k.dosage("5 mg at bedtime for 4 weeks, then 10 mg", route="oral"), neuro,
             reason_ref=[ad], enc=e4)
    k.vitals("2026-10-12", e4, bp=(136, 74), hr=66, wt=82.5)
    k.note("2026-10-05", "Neurosurgery follow-up note", """
Neurosurgery Follow-up - Harold Jensen, 78M
Extended lumbar drainage 9/14-9/17: 10-m walk 14.2 s -> 13.9 s, TUG 18.4 s -> 18.1 s, MoCA 20 -> 20. Wife noticed no
change. CSF Abeta42/40 0.048 (low), p-tau181 92 pg/mL (high).
Assessment: no meaningful response to CSF drainage; gait and cognitive picture better explained by Alzheimer's disease
with small vessel disease than by iNPH. VP shunt not recommended - order cancelled. Discussed with patient and wife,
who agree. Return to memory clinic.
Michael Brandt, MD, Neurosurgery
""", nsurg, enc=e3, related=[shunt])


# ================================================================================================
@case("mc", UP, "positive", [UP],
      why="Advanced early-onset Alzheimer's disease documented as having no disease-modifying options, with an "
          "active palliative care referral and palliative care plan; no second opinion on record.",
      summary="61-year-old with advanced early-onset Alzheimer's (APOE4 homozygous, anti-amyloid ineligible); "
              "told nothing more can be done; referred to palliative care")
def mc_eoad_palliative(k):
    k.patient("Caldwell", ["Susan", "Marie"], "female", "1965-09-09", line=["88 Lantern Way"], postcode="53520",
              phone="(608) 555-0415", marital="M")
    mc_basics(k, "7AB2-WN4-HD63")
    neuro, pall, sw = k.pr("neuro"), k.pr("pall"), k.pr("sw")
    mark = k.related("Caldwell", ["Mark"], "HUSB", "husband", phone="(608) 555-0416", gender="male",
                     text="Husband, caregiver, health care power of attorney (activated 08/2026)")
    ad = k.cond("Early-onset Alzheimer's disease, moderately severe dementia",
                [("sct", "26929004", "Alzheimer's disease"),
                 ("icd10cm", "G30.0", "Alzheimer's disease with early onset")], "2022", recorded="2024-02-20",
                asserter=neuro, note="Amyloid PET and CSF positive 2024. APOE e4/e4.")
    k.cond("Hashimoto thyroiditis", [("icd10cm", "E06.3", "Autoimmune thyroiditis")], "2011",
           recorded="2011-04-04")
    k.obs(k.cc("APOE genotype", ("local:lab", "APOE", "APOE genotype")), "2024-03-05", value="e4/e4", t="09:00")
    k.report("Early-onset dementia gene panel (APP, PSEN1, PSEN2, GRN, MAPT, C9orf72)",
             [("local:lab", "EODPANEL", "Early-onset dementia gene panel")], "2024-04-02", cat="GE",
             performer=k.org(), conclusion="No pathogenic or likely pathogenic variant identified. Sporadic "
                                           "early-onset Alzheimer's disease; APOE e4/e4.")
    k.report("MRI brain (anti-amyloid eligibility)", [("cpt", "70553", "MRI brain without and with contrast")],
             "2024-03-12", cat="RAD", performer=k.pr("rad"),
             conclusion="Six cortical microhemorrhages on SWI. Bilateral parietal and medial temporal atrophy.")
    k.medstmt(DONEPEZIL, "stopped", "2024-03-01", end="2025-08-14", asserted="2025-09-10",
              status_reason=("Symptomatic bradycardia (HR 44) with syncope", []))
    k.medstmt(("memantine 10 MG Oral Tablet", [("rxnorm", "6719", "memantine")]), "stopped", "2025-09-10",
              end="2026-06-15", asserted="2026-10-20", dosage="10 mg twice daily", reason_ref=[ad],
              status_reason=("No perceptible benefit; stopped at family's request to reduce pill burden", []))
    k.medstmt(("levothyroxine sodium 0.1 MG Oral Tablet", [("rxnorm", "10582", "levothyroxine")]), "active",
              "2011-04-04", asserted="2026-10-20", dosage="100 mcg daily")
    e1 = clinic(k, "2025-10-15", neuro)
    k.score("mmse", "2025-10-15", 17, enc=e1)
    e2 = clinic(k, "2026-10-20", [neuro, sw], t="13:00", dur=60,
                cpt=("99483", "Cognitive assessment and care plan services"))
    k.score("mmse", "2026-10-20", 12, enc=e2)
    k.score("faq", "2026-10-20", 26, enc=e2)
    k.score("npiq", "2026-10-20", 14, enc=e2, note="Apathy, night-time wandering, irritability.")
    k.obs(k.cc("Decision-making capacity for complex medical decisions", ("local:findings", "CAPACITY",
                                                                          "Medical decision-making capacity")),
          "2026-10-20", value="Lacks capacity; husband acts as health care agent", cat="exam", enc=e2,
          performer=neuro)
    k.vitals("2026-10-20", e2, bp=(112, 70), hr=72, wt=54.6)
    k.sreq("Referral to palliative care", [("sct", "306237005", "Referral to palliative care service")],
           "active", "order", "2026-10-20", neuro, performer=pall, reason_ref=[ad], enc=e2,
           note="Goals-of-care and symptom management; hospice eligibility review.")
    k.careplan("Palliative approach – advanced early-onset Alzheimer's disease", "active", "plan", "2026-10-20",
               neuro, addresses=[ad], contributors=[pall, sw, mark],
               category=[("Palliative care", [("sct", "103735009", "Palliative care")])],
               description="Comfort-focused care at home with husband; no further disease-directed treatment "
                           "available. Avoid hospital transfer unless for comfort.",
               activities=[{"text": "Advance care planning visit with palliative care (CPT 99497)",
                            "status": "scheduled", "start": "2026-12-03"},
                           {"text": "In-home respite 3 afternoons/week; caregiver support group", "status":
                            "in-progress", "start": "2026-11-01"},
                           {"text": "Hospice eligibility reassessment", "status": "not-started",
                            "start": "2027-01-15"}])
    k.note("2026-10-20", "Memory clinic progress note – goals of care", """
Memory Clinic - Susan Caldwell, 61F. With husband Mark (HCPOA) and sister Linda.

Early-onset Alzheimer's disease (symptom onset 2022, diagnosed 02/2024, APOE e4/e4). Not a candidate for anti-amyloid
therapy in 2024 (APOE4 homozygosity and six microhemorrhages). Donepezil stopped 08/2025 for bradycardia with
syncope; memantine tried 09/2025 - 06/2026 without perceptible benefit and stopped. No cognitive medication now.

Now needs help with dressing and bathing, wanders at night, no longer recognizes her sister at times. MMSE 12 (17 a
year ago). FAQ 26/30. Lacks capacity for complex medical decisions today; Mark is her agent.

I explained to Mark and Linda that there are no disease-modifying treatment options available to Susan and nothing
further we can offer to slow the disease. We discussed goals of care and they agree on a comfort-focused approach.
Referral to palliative care placed; advance care planning visit scheduled.
Laura Kessler, MD
""", neuro, enc=e2)


# ================================================================================================
@case("mc", UP, "near-miss", [],
      why="A palliative referral made for a presumed rapidly progressive dementia was revoked once MRI showed "
          "bilateral chronic subdural haematomas; after burr-hole evacuation his cognition recovered, suspected CJD "
          "was refuted and no no-treatment signal remains.",
      summary="82-year-old on apixaban with rapid cognitive decline thought to be CJD; palliative referral revoked "
              "after chronic subdural haematomas were found and drained; recovered")
def mc_sdh_revoked(k):
    k.patient("Brooks", ["Walter", "James"], "male", "1944-01-22", line=["23 Harbor Pointe Dr"], postcode="53523",
              phone="(608) 555-0521", marital="W")
    mc_basics(k, "2HF6-JC8-PL57")
    neuro, pall, nsurg = k.pr("neuro"), k.pr("pall"), k.pr("nsurg")
    k.related("Brooks-Avery", ["Karen"], "DAU", "daughter", phone="(608) 555-0522", gender="female")
    af = k.cond("Permanent atrial fibrillation", [("sct", "49436004", "Atrial fibrillation"),
                                                  ("icd10cm", "I48.21", "Permanent atrial fibrillation")], "2017",
                recorded="2017-06-01")
    k.cond(*HTN_US, "2001", recorded="2001-01-01")
    cjd = k.cond("Rapidly progressive dementia – Creutzfeldt-Jakob disease suspected",
                 [("local:diagnoses", "RPD-CJD", "Suspected sporadic CJD")], "2026-09-02", ver="refuted",
                 status="inactive", abated="2026-09-14", recorded="2026-09-02", asserter=neuro)
    sdh = k.cond("Bilateral chronic subdural hematomas", [("icd10cm", "I62.03", "Nontraumatic chronic subdural "
                                                                                 "hemorrhage")],
                 "2026-09-14", status="resolved", abated="2026-11-10", recorded="2026-09-14",
                 note="Probably after minor fall 07/04/2026 while anticoagulated.")
    k.medstmt(("apixaban 5 MG Oral Tablet", [("rxnorm", "1364430", "apixaban")]), "active", "2017-06-01",
              asserted="2026-11-10", dosage="5 mg twice daily", reason_ref=[af],
              note="Held 09/14/2026 - 10/14/2026 around subdural evacuation; restarted 10/15/2026 with neurosurgery "
                   "agreement.")
    e1 = clinic(k, "2026-09-02", neuro, title="Urgent memory clinic evaluation", dur=60,
                cpt=("99205", "Office/outpatient visit, new patient, high MDM"))
    k.score("moca", "2026-09-02", 12, enc=e1)
    k.sreq("Referral to palliative care", [("sct", "306237005", "Referral to palliative care service")],
           "revoked", "order", "2026-09-03", neuro, performer=pall, reason_ref=[cjd],
           note="Revoked 09/18/2026: cause of decline found (bilateral chronic subdural hematomas), treated.")
    adm = k.enc("2026-09-14", "Emergency admission – subdural hematomas", cls="IMP", t="16:40", end="2026-09-19",
                priority="EM", admit="emd", discharge="home", pr=[nsurg],
                org=k.ext_org("Lakeview Regional Hospital", "Acute care hospital", key="hosp"))
    k.report("MRI brain with diffusion-weighted imaging", [("cpt", "70553", "MRI brain without and with "
                                                                            "contrast")],
             "2026-09-14", cat="RAD", performer=k.pr("rad"), enc=adm,
             conclusion="Bilateral mixed-density chronic subdural hematomas, 18 mm left and 9 mm right, 5 mm "
                        "rightward midline shift. No cortical or basal ganglia restricted diffusion.")
    k.proc("Bilateral burr-hole evacuation of chronic subdural hematomas",
           [("cpt", "61154", "Burr hole(s) with evacuation and/or drainage of hematoma, extradural or subdural")],
           "completed", performed="2026-09-15", performer=nsurg, enc=adm, reason_ref=[sdh])
    e2 = clinic(k, "2026-10-20", neuro)
    k.score("moca", "2026-10-20", 19, enc=e2)
    e3 = clinic(k, "2026-11-10", neuro)
    k.score("moca", "2026-11-10", 22, enc=e3)
    k.vitals("2026-11-10", e3, bp=(132, 78), hr=76, wt=77.1)
    k.labs("2026-11-10", enc=e3, hb=14.1, plt=212, creat=1.1)
    k.note("2026-11-10", "Memory clinic follow-up note", """
Walter Brooks, 82M, with daughter Karen.
Seen urgently 9/2 for 6 weeks of rapid decline (MoCA 12, unsteady, confused); rapidly progressive dementia with CJD
in the differential and a palliative referral was placed. MRI 9/14 showed bilateral chronic subdural hematomas
(likely from fall 7/4 on apixaban); burr-hole evacuation 9/15. Palliative referral cancelled; CJD excluded.

Today: back to his usual self per Karen - managing his own medications, driving short distances again. MoCA 22
(19 in October). Gait normal. Apixaban restarted 10/15.
Plan: falls prevention, home safety review, repeat MoCA in 6 months. No further memory-clinic treatment needed.
Laura Kessler, MD
""", neuro, enc=e3)


# ================================================================================================
@case("mc", PR, "positive", [PR],
      why="A Flag authored by the patient through the portal records his request for a second opinion on the MCI "
          "diagnosis and on starting lecanemab; no second opinion is on record.",
      summary="66-year-old with amyloid-positive MCI recommended lecanemab; he has flagged a request for a second "
              "opinion before deciding")
def mc_flag_mci(k):
    k.patient("Morales", ["David", "Antonio"], "male", "1960-02-28", line=["1402 Prairie View Ln"], postcode="53520",
              phone="(608) 555-0633", marital="M", langs=["en-US", "es"])
    mc_basics(k, "4MV1-XD9-KE25")
    neuro, npsych = k.pr("neuro"), k.pr("npsych")
    k.related("Morales", ["Ana"], "WIFE", "wife", phone="(608) 555-0634", gender="female")
    mci = k.cond("Mild cognitive impairment due to Alzheimer's disease (amnestic)",
                 [("sct", "386805003", "Mild cognitive disorder"),
                  ("icd10cm", "G31.84", "Mild cognitive impairment of uncertain or known etiology")],
                 "2026-04-22", recorded="2026-04-22", asserter=neuro)
    k.cond(*HTN_US, "2014", recorded="2014-08-19")
    k.cond("Obstructive sleep apnea on CPAP", [("icd10cm", "G47.33", "Obstructive sleep apnea (adult) "
                                                                     "(pediatric)")], "2019", recorded="2019-03-07")
    k.medstmt(("lisinopril 20 MG Oral Tablet", [("rxnorm", "29046", "lisinopril")]), "active", "2014-08-19",
              asserted="2026-09-02", dosage="20 mg daily")
    e1 = clinic(k, "2026-03-11", neuro, title="Memory clinic new patient evaluation",
                cpt=("99205", "Office/outpatient visit, new patient, high MDM"))
    k.score("moca", "2026-03-11", 23, enc=e1)
    k.report("Neuropsychological evaluation", [("cpt", "96132", "Neuropsychological evaluation services")],
             "2026-04-15", cat="OTH", performer=npsych,
             conclusion="Amnestic MCI, single domain: delayed verbal recall impaired (-1.8 SD) with poor benefit "
                        "from cues; other domains within normal limits. Independent in daily activities.")
    k.report("Amyloid PET (florbetaben F18)", [("local:imaging", "AMYPET", "Amyloid PET brain")], "2026-08-19",
             cat="NMS", performer=k.pr("rad"), conclusion="Positive: Centiloid 52.")
    k.obs(k.cc("APOE genotype", ("local:lab", "APOE", "APOE genotype")), "2026-08-19", value="e3/e4", t="09:00")
    k.report("MRI brain (pre-treatment baseline)", [("cpt", "70553", "MRI brain without and with contrast")],
             "2026-08-26", cat="RAD", performer=k.pr("rad"),
             conclusion="One left occipital microhemorrhage. No superficial siderosis. Mild hippocampal volume loss.")
    e2 = clinic(k, "2026-09-02", neuro)
    k.score("moca", "2026-09-02", 23, enc=e2)
    k.vitals("2026-09-02", e2, bp=(134, 82), hr=70, wt=91.3)
    k.medreq(LECANEMAB, "2026-09-02", k.dosage("10 mg/kg IV every 2 weeks", route="iv"), neuro, status="draft",
             intent="proposal", reason_ref=[mci], enc=e2,
             note="Recommended; awaiting patient decision before scheduling infusions.")
    k.flag("Patient requests a second opinion from an outside neurologist about his MCI diagnosis and about starting "
           "lecanemab (submitted via patient portal)",
           [("local:alerts", "SO-REQ", "Second opinion requested by patient")], "2026-11-04", k.pat,
           category="admin")
    k.note("2026-09-02", "Memory clinic progress note", """
David Morales, 66M, retired machinist, with wife Ana.
Amnestic MCI (neuropsych 4/2026), amyloid PET positive (Centiloid 52), APOE e3/e4, one microhemorrhage at baseline.
MoCA 23 (unchanged from March).
Discussed lecanemab: expected modest slowing, infusions every 2 weeks, MRI monitoring, ARIA risk (higher with one
APOE4 allele). David was hesitant and asked several times whether he really has Alzheimer's; he said he would like
time to think. Ana supportive of whatever he decides.
Plan: infusion order pended. Follow up in 3 months or sooner if he decides.
Laura Kessler, MD
""", neuro, enc=e2)


# ================================================================================================
@case("mc", PR, "near-miss", [],
      why="Her portal request for a second opinion (April 2026) was acted on: an outside academic memory program saw "
          "her in June 2026 and confirmed the diagnosis, so a second opinion is already on record within 12 months.",
      summary="69-year-old with mild Alzheimer's dementia who asked for a second opinion in April; seen by a "
              "university memory program in June, diagnosis confirmed, now reassured")
def mc_second_opinion_done(k):
    k.patient("Lindgren", ["Patricia", "Anne"], "female", "1957-06-03", line=["9 Larkspur Ct"], postcode="53521",
              phone="(608) 555-0741", marital="M")
    mc_basics(k, "6GT3-RA5-VN90")
    neuro, np_ = k.pr("neuro"), k.pr("np")
    k.related("Lindgren", ["Paul"], "HUSB", "husband", phone="(608) 555-0742", gender="male")
    ad = k.cond("Alzheimer's disease, mild dementia", AD_US[1], "2026-03-11", recorded="2026-03-11",
                asserter=neuro)
    k.cond("Primary osteoarthritis, right hand", [("icd10cm", "M19.041", "Primary osteoarthritis, right hand")],
           "2018", recorded="2018-05-01")
    k.cond("Hypercholesterolemia", [("sct", "13644009", "Hypercholesterolemia")], "2012", recorded="2012-02-14")
    k.medstmt(("atorvastatin 20 MG Oral Tablet", [("rxnorm", "83367", "atorvastatin")]), "active", "2012-02-14",
              asserted="2026-10-14", dosage="20 mg daily")
    k.report("Amyloid PET (florbetapir F18)", [("local:imaging", "AMYPET", "Amyloid PET brain")], "2026-02-24",
             cat="NMS", performer=k.pr("rad"), conclusion="Positive: Centiloid 71.")
    e1 = clinic(k, "2026-03-11", neuro)
    k.score("mmse", "2026-03-11", 24, enc=e1)
    c1 = k.comm("2026-04-08", k.pat, neuro, "Dr. Kessler, I have been thinking about our visit. Before I accept this "
                                            "diagnosis I would like a second opinion. Could you refer me to the "
                                            "university memory program? Thank you, Pat Lindgren",
                category=("Patient message", []), medium=("Patient portal", []), about=[ad], t="08:45")
    so = k.ext_org("Midwest University Cognitive Neurology Program", "Academic memory disorders program",
                   key="univ")
    ref = k.sreq("Referral for second opinion – cognitive neurology", [("sct", "306206005", "Referral to service")],
                 "completed", "order", "2026-04-10", neuro, performer=so, reason_ref=[ad],
                 note="Patient-requested second opinion. Records and PET images sent 04/12/2026.")
    k.comm("2026-04-10", neuro, k.pat, "Of course, Pat. I have sent the referral and your records to the university "
                                       "program today.", in_response_to=c1, t="12:10")
    hart = k.ext_pr("Hart", ["Evelyn"], "Dr.", "Cognitive neurologist, MD", "hart")
    e2 = k.enc("2026-06-16", "Second opinion consultation – cognitive neurology", pr=[hart], org=so, t="09:00",
               dur=90, based_on=[ref])
    k.note("2026-06-16", "Second opinion consultation", """
Midwest University Cognitive Neurology Program - Second Opinion
Patient: Patricia Lindgren, 69F. Referred by Dr. Laura Kessler at the patient's request.

I reviewed the history with Mrs. Lindgren and her husband, examined her, and reviewed the amyloid PET (Centiloid 71),
MRI and cognitive testing. Progressive amnestic decline over two years with hippocampal-predominant atrophy and a
positive amyloid scan. MMSE 24/30 today.

Opinion: I agree with the diagnosis of Alzheimer's disease at the mild dementia stage. A cholinesterase inhibitor is
reasonable; she may also be a candidate for anti-amyloid therapy, which she can discuss with Dr. Kessler. I see no
features suggesting an alternative diagnosis.
Evelyn Hart, MD
""", hart, enc=e2, kind="consult", custodian=so, desc="Second opinion consultation")
    k.comm("2026-06-25", k.pat, neuro, "Thank you for arranging for me to see Dr. Hart. I feel reassured and I am "
                                       "happy to continue with your team and start the medication.",
           category=("Patient message", []), medium=("Patient portal", []), t="17:30")
    k.medreq(DONEPEZIL, "2026-07-01", k.dosage("5 mg at bedtime for 4 weeks, then 10 mg", route="oral"), neuro,
             reason_ref=[ad])
    e3 = clinic(k, "2026-10-14", np_)
    k.score("mmse", "2026-10-14", 24, enc=e3)
    k.vitals("2026-10-14", e3, bp=(124, 76), hr=68, wt=66.0)
    k.note("2026-10-14", "Memory clinic follow-up", """
Patricia Lindgren, 69F, with husband Paul. Second opinion (Dr. Hart, 6/16) confirmed mild AD dementia; she is
reassured. Tolerating donepezil 10 mg. MMSE 24/30, unchanged. Discussed lecanemab; she prefers to wait.
RTC 6 months. - J. Alvarez, NP
""", np_, enc=e3)


# ================================================================================================
@case("mc", WD, "positive", [WD],
      why="On lecanemab every two weeks since October 2025 (plus donepezil), MMSE fell 26 -> 24 -> 22 -> 20 and "
          "CDR-SB rose 2.5 -> 6.0 over 13 months, both beyond their minimal important differences, with treatment "
          "running throughout.",
      summary="72-year-old on lecanemab and donepezil with steady cognitive and functional decline over a year of "
              "infusions")
def mc_lecanemab_mmse(k):
    k.patient("Albright", ["Richard", "Dean"], "male", "1954-10-30", line=["3307 Quarry Ridge Rd"], postcode="53522",
              phone="(608) 555-0856", marital="M")
    mc_basics(k, "8PN4-GH2-YT36")
    neuro, infus, np_ = k.pr("neuro"), k.pr("infus"), k.pr("np")
    k.related("Albright", ["Joan"], "WIFE", "wife", phone="(608) 555-0857", gender="female")
    ad = k.cond(*AD_US, "2025-08-27", recorded="2025-08-27", asserter=neuro,
                note="MCI due to AD at diagnosis; amyloid PET positive (Centiloid 64); APOE e3/e3.")
    k.cond(*HTN_US, "2010", recorded="2010-04-01")
    k.cond("Mixed hyperlipidemia", [("icd10cm", "E78.2", "Mixed hyperlipidemia")], "2010", recorded="2010-04-01")
    k.medstmt(DONEPEZIL, "active", "2025-03-10", asserted="2026-11-18", dosage="10 mg at bedtime", reason_ref=[ad])
    k.medstmt(("losartan potassium 50 MG Oral Tablet", [("rxnorm", "52175", "losartan")]), "active", "2010-04-01",
              asserted="2026-11-18", dosage="50 mg daily")
    lec = k.medreq(LECANEMAB, "2025-09-24", k.dosage("10 mg/kg (830 mg) IV over 1 hour every 2 weeks", route="iv",
                                                     freq=1, period=2, unit="wk"),
                   neuro, reason_ref=[ad], course="continuous", start="2025-10-08")
    for d in ("2026-10-28", "2026-11-11", "2026-11-25"):
        k.medadmin(LECANEMAB, d, t="09:30", dose=(830, "mg", "mg"), route="iv", request=lec, performer=infus,
                   end_minutes=60, note="Infusion number {}; no infusion reaction.".format(
                       {"2026-10-28": 28, "2026-11-11": 29, "2026-11-25": 30}[d]))
    k.report("MRI brain – ARIA safety monitoring", [("cpt", "70551", "MRI brain without contrast")], "2026-09-16",
             cat="RAD", performer=k.pr("rad"),
             conclusion="No ARIA-E or new ARIA-H compared with 12/2025 and 02/2026. Interval mild progression of "
                        "hippocampal atrophy.")
    rows = [("2025-10-01", 26, 2.5, 6), ("2026-04-08", 24, 3.5, None), ("2026-07-15", 22, None, None),
            ("2026-11-18", 20, 6.0, 14)]
    for d, mmse, cdr, faq in rows:
        e = clinic(k, d, neuro if d != "2026-07-15" else np_)
        k.score("mmse", d, mmse, enc=e)
        if cdr is not None:
            k.score("cdrsb", d, cdr, enc=e)
        if faq is not None:
            k.score("faq", d, faq, enc=e)
    k.vitals("2026-11-18", e, bp=(128, 78), hr=64, wt=84.0)
    k.labs("2026-11-18", enc=e, hb=14.2, creat=1.05, tsh=2.4)
    k.note("2026-11-18", "Memory clinic progress note", """
Richard Albright, 72M, with wife Joan.
Alzheimer's disease (amyloid PET positive 8/2025). Lecanemab 10 mg/kg every 2 weeks since 10/08/2025 - 30 infusions,
none missed; donepezil 10 mg since 3/2025. ARIA MRIs clear.

Joan reports clear decline this year: got lost driving to a familiar store in August and has stopped driving, now
needs prompting for medications and help with bills, repeating questions hourly.
MMSE 20 (26 at baseline 10/2025, 24 in April, 22 in July). CDR-SB 6.0 (2.5 at baseline). FAQ 14 (6).

Assessment: continued cognitive and functional decline despite 13 months of lecanemab and donepezil.
Plan: continue current therapy for now; revisit at 18-month point; caregiver resources; home safety.
Laura Kessler, MD
""", neuro, enc=e)


# ================================================================================================
@case("mc", WD, "near-miss", [],
      why="MoCA moved 21 -> 20 -> 20 over ten months on rivastigmine: a one-point change, below the minimal important "
          "difference (about 2 points), so the measure is essentially stable.",
      summary="75-year-old with Parkinson's disease dementia on rivastigmine patch; MoCA essentially stable "
              "through 2026")
def mc_pdd_moca(k):
    k.patient("Kowalski", ["Helen", "Teresa"], "female", "1951-08-17", line=["760 Orchard Hill Dr"], postcode="53520",
              phone="(608) 555-0962", marital="W", langs=["en-US", "pl"])
    mc_basics(k, "9DR5-MK1-QW48")
    neuro, geri = k.pr("neuro"), k.pr("geri")
    k.related("Kowalski-Reyes", ["Anna"], "DAU", "daughter", phone="(608) 555-0963", gender="female")
    pd = k.cond("Parkinson's disease", [("sct", "49049000", "Parkinson's disease"),
                                        ("icd10cm", "G20.A1", "Parkinson's disease without dyskinesia, without "
                                                              "mention of fluctuations")], "2016",
                recorded="2016-05-20")
    pdd = k.cond("Dementia in Parkinson's disease, mild", [("icd10cm", "F02.A0", "Dementia in other diseases "
                                                                                 "classified elsewhere, mild, without "
                                                                                 "behavioral disturbance, psychotic "
                                                                                 "disturbance, mood disturbance, and "
                                                                                 "anxiety")],
                 "2025-06-10", recorded="2025-06-10", asserter=neuro)
    k.cond("Orthostatic hypotension", [("icd10cm", "I95.1", "Orthostatic hypotension")], "2024",
           recorded="2024-11-05")
    k.medreq(("rivastigmine 9.5 MG/24HR Transdermal System", [("rxnorm", "183379", "rivastigmine")]), "2025-07-15",
             k.dosage("Apply one 9.5 mg/24 h patch daily, rotate sites", route="td"), neuro, reason_ref=[pdd],
             course="continuous")
    k.medstmt(("carbidopa 25 MG / levodopa 100 MG Oral Tablet", []), "active", "2016-06-01", asserted="2026-11-17",
              dosage="1.5 tablets four times daily", reason_ref=[pd])
    k.medstmt(("midodrine hydrochloride 5 MG Oral Tablet", []), "active", "2024-11-05", asserted="2026-11-17",
              dosage="5 mg three times daily (not after 6 pm)")
    for d, moca in (("2026-01-13", 21), ("2026-06-09", 20), ("2026-11-17", 20)):
        e = clinic(k, d, neuro)
        k.score("moca", d, moca, enc=e)
    k.score("npiq", "2026-11-17", 4, enc=e, note="Mild apathy; no hallucinations.")
    k.vitals("2026-11-17", e, bp=(118, 72), hr=70, wt=61.0)
    k.obs(k.cc("Orthostatic blood pressure drop (supine to standing 3 min)", ("local:findings", "ORTHODROP",
                                                                                "Orthostatic BP change")),
          "2026-11-17", value=14, unit="mmHg", ucum="mm[Hg]", cat="vital-signs", enc=e)
    k.labs("2026-11-17", enc=e, hb=12.6, na=138, b12=540, creat=0.82)
    k.note("2026-11-17", "Memory clinic progress note", """
Helen Kowalski, 75F, with daughter Anna.
Parkinson's disease (2016) with mild dementia (06/2025). Rivastigmine 9.5 mg patch since 07/2025, tolerating well.
Anna feels her mother is "maybe a bit slower" finding words but still manages her own pill box with a weekly check and
cooks with supervision. No hallucinations, no falls since midodrine adjusted.
MoCA 20/30 (21 in January, 20 in June) - stable within measurement error.
Plan: continue rivastigmine and current PD regimen (movement clinic following). RTC 6 months.
Laura Kessler, MD
""", neuro, enc=e)


# ================================================================================================
@case("mc", RC, "positive", [RC],
      why="Probable progressive supranuclear palsy (Richardson syndrome), an Orphanet rare disease (ORPHA:683), is "
          "active and followed in the clinic.",
      summary="68-year-old with falls, vertical gaze palsy and midbrain atrophy; probable PSP-Richardson syndrome; "
              "levodopa trial failed")
def mc_psp(k):
    k.patient("Fitzpatrick", ["Gerald", "Michael"], "male", "1958-12-01", line=["45 Fox Run Rd"], postcode="53523",
              phone="(608) 555-1074", marital="M")
    mc_basics(k, "3QK8-BN6-ZS21")
    neuro = k.pr("neuro")
    k.related("Fitzpatrick", ["Maureen"], "WIFE", "wife", phone="(608) 555-1075", gender="female")
    psp = k.cond("Progressive supranuclear palsy, Richardson syndrome (probable, MDS criteria)",
                 [("icd10cm", "G23.1", "Progressive supranuclear ophthalmoplegia [Steele-Richardson-Olszewski]"),
                  ("orpha", "683", "Progressive supranuclear palsy")], "2024", recorded="2026-02-18",
                 asserter=neuro, note="Unprovoked backward falls since 2024, vertical supranuclear gaze palsy, axial "
                                      "rigidity, frontal dysexecutive syndrome.")
    k.cond(*HTN_US, "2012", recorded="2012-10-10")
    k.medstmt(("carbidopa 25 MG / levodopa 100 MG Oral Tablet", []), "stopped", "2026-03-03", end="2026-06-02",
              asserted="2026-06-02", reason_ref=[psp], dosage="Titrated to 2 tablets three times daily",
              status_reason=("No benefit after 3 months at 600 mg/day levodopa", []))
    k.medstmt(("amlodipine 5 MG Oral Tablet", [("rxnorm", "17767", "amlodipine")]), "active", "2012-10-10",
              asserted="2026-11-04", dosage="5 mg daily")
    k.report("MRI brain without contrast", [("cpt", "70551", "MRI brain without contrast")], "2026-02-11",
             cat="RAD", performer=k.pr("rad"),
             conclusion="Midbrain atrophy with concave upper border (hummingbird sign), midbrain/pons area ratio "
                        "0.15, MR parkinsonism index 2.4. Mild frontal atrophy. No significant white matter disease.")
    e1 = clinic(k, "2026-02-18", neuro, title="Memory and movement clinic new patient evaluation", dur=60,
                cpt=("99205", "Office/outpatient visit, new patient, high MDM"))
    k.score("pspr", "2026-02-18", 34, enc=e1)
    k.score("moca", "2026-02-18", 22, enc=e1)
    k.obs(k.cc("Frontal Assessment Battery", ("local:scores", "FAB", "Frontal Assessment Battery (0-18)")),
          "2026-02-18", value=11, vtype="int", cat="survey", enc=e1)
    e2 = clinic(k, "2026-11-04", neuro)
    k.score("pspr", "2026-11-04", 41, enc=e2)
    k.vitals("2026-11-04", e2, bp=(130, 80), hr=68, wt=78.2)
    k.report("Modified barium swallow study", [("local:imaging", "MBS", "Videofluoroscopic swallow study")],
             "2026-11-05", cat="RAD", performer=k.pr("rad"),
             conclusion="Mild oropharyngeal dysphagia with delayed swallow initiation; no aspiration with "
                        "soft-and-bite-sized solids and mildly thick liquids.")
    k.sreq("Outpatient physical therapy and speech-language pathology", [("sct", "306206005",
                                                                          "Referral to service")],
           "active", "order", "2026-11-04", neuro, reason_ref=[psp], enc=e2,
           note="Balance and falls prevention, walker training; speech and swallow strategies.")
    k.note("2026-11-04", "Memory and movement clinic note", """
Gerald Fitzpatrick, 68M, with wife Maureen.
Probable PSP-Richardson syndrome (MDS 2017 criteria): unprovoked backward falls from 2024, vertical supranuclear gaze
palsy (downgaze), axial rigidity, dysarthria, apathy and dysexecutive profile (FAB 11/18). MRI hummingbird sign,
MRPI 2.4. Levodopa trial to 600 mg/day Mar-Jun 2026 without benefit, stopped.
PSPRS 41 (34 in February). Three falls since summer; now uses a walker. Mild dysphagia on barium swallow.
Plan: PT/SLT referral, diet modification, home safety evaluation, driving retired, PSP support association
information given. RTC 4 months.
Laura Kessler, MD
""", neuro, enc=e2)


# ================================================================================================
# Greek university hospital
# ================================================================================================
@case("gr", RC, "near-miss", [],
      why="Beta-thalassaemia trait is a carrier state, not thalassaemia major or intermedia; she has only mild "
          "microcytosis with normal iron stores and two chronic problems in total.",
      summary="29-year-old with β-thalassaemia trait found at pre-conception screening; partner not a carrier; "
              "unnecessary iron stopped")
def gr_thal_trait(k):
    k.patient("Μαυροπούλου", ["Ευαγγελία"], "female", "1997-10-03", city="Ηράκλειο", line=["Οδός Κνωσού 52"],
              postcode="71306", phone="+30 698 330 5521", marital="M")
    k.coverage("2019-09-01")
    gp, haem = k.pr("gp"), k.pr("haem")
    tt = k.cond("Ετερόζυγη β-μεσογειακή αναιμία (στίγμα β-θαλασσαιμίας)",
                [("icd10", "D56.3", "Thalassaemia trait")], "2026-09-15", recorded="2026-09-15", asserter=haem)
    k.cond("Εποχική αλλεργική ρινίτιδα", [("icd10", "J30.2", "Other seasonal allergic rhinitis")], "2012",
           recorded="2015-04-01")
    k.medstmt(("Θειικός σίδηρος 325 mg", [("atc", "B03AA07", "ferrous sulfate")]), "stopped", "2025-11-20",
              end="2026-09-15", asserted="2026-09-15", source=k.pat,
              status_reason=("Διακοπή: η μικροκυττάρωση οφείλεται σε στίγμα β-θαλασσαιμίας, όχι σε σιδηροπενία", []))
    e0 = k.enc("2025-11-20", "Επίσκεψη στο Κέντρο Υγείας", pr=[gp], org=k.org("gp"), t="11:00")
    k.labs("2025-11-20", enc=e0, hb=11.2, mcv=64)
    ref = k.sreq("Παραπομπή στη Μονάδα Μεσογειακής Αναιμίας – προγαμιαίος/προγεννητικός έλεγχος",
                 [("local:parapompes", "PAR-MMA", "Παραπομπή Μονάδα Μεσογειακής Αναιμίας")], "completed", "order",
                 "2026-08-28", gp, performer=haem)
    e1 = k.enc("2026-09-15", "Μονάδα Μεσογειακής Αναιμίας – εξωτερικό ιατρείο", pr=[haem], t="09:30",
               based_on=[ref])
    k.labs("2026-09-15", enc=e1, hb=11.3, rbc=5.8, mcv=63, ferritin=48, hba2=5.2, hbf=0.8)
    k.report("Ηλεκτροφόρηση αιμοσφαιρίνης (HPLC)", [("local:lab", "HB-HPLC", "Ηλεκτροφόρηση αιμοσφαιρίνης")],
             "2026-09-15", cat="HM", performer=k.org(), enc=e1,
             conclusion="HbA2 5,2%, HbF 0,8%, χωρίς παθολογικές αιμοσφαιρίνες. Εικόνα ετερόζυγης β-θαλασσαιμίας.")
    k.medreq(("Φολικό οξύ 5 mg", [("atc", "B03BB01", "folic acid")]), "2026-09-15",
             k.dosage("5 mg x1 ημερησίως (προσύλληψη)", route="oral"), haem, enc=e1)
    k.vitals("2026-09-15", e1, bp=(108, 68), wt=59.5)
    k.note("2026-09-15", "Μονάδα Μεσογειακής Αναιμίας – γνωμάτευση", """
Γυναίκα 29 ετών, παραπομπή από ΚΥ Ελαιώνα για έλεγχο πριν από εγκυμοσύνη. Από τον 11/2025 λαμβάνει σίδηρο για
«αναιμία».
Hb 11,3 g/dL, RBC 5,8, MCV 63 fL, φερριτίνη 48 ng/mL, HbA2 5,2%, HbF 0,8%.
Διάγνωση: ετερόζυγη β-μεσογειακή αναιμία (φορεία). Δεν πρόκειται για νόσο που απαιτεί θεραπεία.
Ο σύζυγος ελέγχθηκε: MCV 88 fL, HbA2 2,6%, φερριτίνη φυσιολογική – δεν είναι φορέας. Δεν υπάρχει κίνδυνος
ομόζυγης β-θαλασσαιμίας για τα παιδιά τους. Ενημερώθηκαν και οι δύο.
Οδηγίες: διακοπή του σιδήρου, φολικό οξύ προσύλληψης, ενημέρωση του μαιευτήρα για τη φορεία.
Δρ. Π. Ζαχαρίου, Αιματολόγος
""", haem, enc=e1)


# ================================================================================================
# New Zealand
# ================================================================================================
@case("nz", RC, "near-miss", [],
      why="Only four active chronic conditions (type 2 diabetes, hypertension, knee osteoarthritis, gout); his other "
          "problems - pneumonia, wrist fracture, cellulitis, prostate symptoms after TURP - are resolved or "
          "inactive, so the complexity threshold of five is not reached.",
      summary="71-year-old with diabetes, hypertension, knee osteoarthritis and gout plus several resolved past "
              "problems; routine diabetes clinic follow-up")
def nz_four_conditions(k):
    k.patient("Pickering", ["Graham", "Leslie"], "male", "1955-02-09", city="Waimarie", line=["30 Ngaio Crescent"],
              postcode="4410", phone="06 555 1107", marital="M", ethnicity=("11111", "New Zealand European"))
    k.coverage("2000-01-01")
    gen, gp, endo = k.pr("gen"), k.pr("gp"), k.pr("endo")
    dm = k.cond("Type 2 diabetes mellitus", [("sct", "44054006", "Diabetes mellitus type 2"),
                                             ("icd10am", "E11.9", "Type 2 diabetes mellitus without complication")],
                "2012", recorded="2012-07-03")
    k.cond("Essential hypertension", [("sct", "59621000", "Essential hypertension"),
                                      ("icd10am", "I10", "Essential (primary) hypertension")], "2009",
           recorded="2009-11-11")
    k.cond("Osteoarthritis of right knee", [("sct", "239873007", "Osteoarthritis of knee"),
                                            ("icd10am", "M17.1", "Other primary gonarthrosis")], "2018",
           recorded="2018-06-20")
    k.cond("Gout", [("sct", "90560007", "Gout")], "2015", recorded="2015-03-09")
    k.cond("Community-acquired pneumonia", [("sct", "385093006", "Community acquired pneumonia")], "2024-07-12",
           status="resolved", abated="2024-08-05", recorded="2024-07-12")
    k.cond("Fracture of distal radius, left", [],
           "2019-05-02", status="resolved", abated="2019-07-30", recorded="2019-05-02")
    k.cond("Cellulitis of left lower leg", [("sct", "128045006", "Cellulitis")], "2025-03-14", status="resolved",
           abated="2025-04-01", recorded="2025-03-14")
    bph = k.cond("Benign prostatic hyperplasia (symptoms resolved after TURP)",
                 [("sct", "266569009", "Benign prostatic hyperplasia")], "2020", status="inactive",
                 abated="2023-07-01", recorded="2020-02-18")
    k.proc("Transurethral resection of prostate", [("local:procedures", "TURP", "TURP")], "completed",
           performed="2023-05-16", reason_ref=[bph], performer=k.ext_pr("Collins", ["Richard"], "Mr", "Urologist",
                                                                         "uro"))
    for text, dose in (("Metformin 1 g tablet", "1 g twice daily"),
                       ("Empagliflozin 10 mg tablet", "10 mg daily"),
                       ("Cilazapril 5 mg tablet", "5 mg daily"),
                       ("Amlodipine 5 mg tablet", "5 mg daily"),
                       ("Allopurinol 300 mg tablet", "300 mg daily"),
                       ("Atorvastatin 20 mg tablet", "20 mg daily (cardiovascular risk reduction)"),
                       ("Paracetamol 500 mg tablet", "1 g up to four times daily as needed")):
        k.medstmt((text, []), "active", "2024-01-01", asserted="2026-10-06", dosage=dose)
    rows = [("2026-02-10", 54, 71), ("2026-06-09", 52, 73), ("2026-10-06", 53, 72)]
    for d, a1c, egfr in rows:
        e = k.enc(d, "Diabetes outpatient clinic", pr=[endo], t="09:20")
        k.lab("hba1c", d, a1c, enc=e)
        k.lab("egfr", d, egfr, enc=e)
    k.labs("2026-10-06", enc=e, urate=0.34, ldl=1.9, creat=96, k=4.5)
    k.vitals("2026-10-06", e, bp=(134, 78), hr=70, wt=92.0, ht=180)
    k.immun("150", "Influenza, injectable, quadrivalent, preservative free", "2026-04-22")
    k.immun("187", "Zoster vaccine recombinant", "2025-06-10")
    k.note("2026-10-06", "Diabetes clinic letter", """
Dear Dr Ngata,

Re: Graham Pickering, 71

Graham remains well. HbA1c 53 mmol/mol (52-54 this year), eGFR 72, BP 134/78 on cilazapril and amlodipine. No gout
flares since allopurinol was increased. Right knee osteoarthritis limits walking to about 2 km; he is doing the
physio programme and uses paracetamol. Past pneumonia, wrist fracture and leg cellulitis have fully resolved and his
urinary symptoms settled after TURP in 2023.
Feet: normal sensation, palpable pulses. Retinal screening up to date.
Continue current management, discharge back to your care with annual review.

Dr Kate Brennan, Endocrinologist
""", endo, enc=e, kind="letter")
