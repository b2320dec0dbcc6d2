"""Cases from Halstead Neuroscience Institute (US neurosurgery and neuro-oncology centre): ICD-10-CM, CPT, RxNorm, LOINC."""
from fhirkit import case, cc, ccm, coding, txt, sct, loinc, rx, SYS


def cpt(code, display, text=None):
    return cc("cpt", code, display, text)


def neu_setup(c, given, family, gender, birth, mrn, member, phone):
    lines = ["2150 E 17th Avenue", "845 S Pearl Street", "3120 W 38th Avenue", "1677 Dahlia Street", "590 Quebec Street", "4402 Tennyson Street", "1225 Elati Street"]
    c.patient(given, family, gender, birth, mrn, phone=phone, line=lines[sum(map(ord, mrn)) % len(lines)])
    c.coverage(member, "2020-01-01")


def imaging(c, code, date, findings, impression, enc=None, by=None):
    o = c.obs(code, date, findings, cat="imaging", enc=enc, issued=False)
    return c.report(code, date, [o], cat=("RAD", "Radiology"), enc=enc, perf=by, conclusion=impression)


# --------------------------------------------------------------------------- D1
@case("NEU-DSM-1", "neu", "DSM", "near-miss", [],
      "Irritability and low mood that appeared after the seizure diagnosis were recognised as a levetiracetam adverse effect, the drug was switched to lamotrigine and mood returned to baseline (PHQ-9 13 to 4): the new symptoms are explained and resolved.",
      "post-craniotomy seizures; new low mood explained as a levetiracetam side effect and resolved after switching")
def neu_dsm_1(c):
    neu_setup(c, "Richard", "Vance", "male", "1958-04-04", "HNI-00482217", "FRH-882041733", "+1 720 555 0148")
    ns = c.prac("Daniel", "Okonkwo", reg="1821456093", qual="Neurosurgeon (MD)")
    np_ = c.prac("Kelsey", "Braun", prefix=None, qual="Nurse practitioner, neurosurgery (NP)")
    wife = c.related("Ellen", "Vance", "WIFE", "wife")
    sdh = c.cond(ccm(("icd10cm", "S06.5X0A", "Traumatic subdural hemorrhage without loss of consciousness, initial encounter"), text="Left chronic subdural hematoma after fall"),
                 "2026-04-10", clin="resolved", abate="2026-07-14", by=ns)
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2012-01-01", by=ns)
    e1 = c.enc("IMP", "2026-04-13", "2026-04-22", type_=txt("Neurosurgery admission"), reason=txt("Headache, right arm weakness, word-finding difficulty"),
               pr=ns, prio=("EM", "emergency"), admit=("emd", "From accident/emergency department"), dispo=("home", "Home"))
    imaging(c, cpt("70450", "Computed tomography, head or brain; without contrast material"), "2026-04-13",
            "Left hemispheric mixed-density chronic subdural hematoma, maximal thickness 22 mm, 9 mm midline shift.", "Large left chronic SDH with mass effect.", enc=e1, by=ns)
    c.proc(cpt("61154", "Burr hole(s) with evacuation and/or drainage of hematoma, extradural or subdural", "Left burr-hole evacuation of chronic subdural hematoma"),
           "completed", "2026-04-14", by=ns, reason_ref=[sdh], enc=e1, note="Two burr holes, irrigation, subdural drain 48 h.")
    sz = c.cond(c.dx("G40.109", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with simple partial seizures, not intractable, without status epilepticus",
                     "Focal seizures after subdural hematoma evacuation"), "2026-04-20", by=ns, enc=e1)
    lev = c.medreq(rx("114477", "levetiracetam", "Levetiracetam 500 mg tablet"), "2026-04-20", "500 mg by mouth twice daily", status="stopped", reason_ref=[sz], by=ns, freq=2,
                   status_reason="Psychiatric adverse effect (irritability, low mood); switched to lamotrigine 06/2026")
    c.note("2026-04-22", "discharge", "Discharge summary", """
Left chronic SDH, burr-hole evacuation 4/14. Post-op day 6: two brief focal seizures (right hand clonic jerking, preserved awareness). CT: small residual collection, no re-bleed. Started levetiracetam 500 mg BID.
Discharged home with wife. Follow-up NP clinic 5 weeks with CT.
D. Okonkwo, MD""", ns, enc=e1)
    phq = loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", "PHQ-9 total")
    e2 = c.enc("AMB", "2026-05-26", type_=txt("Neurosurgery post-operative clinic"), reason=txt("Post-op review; irritability and low mood"), pr=np_)
    c.score(phq, "2026-05-26", 13, enc=e2, perf=np_)
    imaging(c, cpt("70450", "Computed tomography, head or brain; without contrast material"), "2026-05-26",
            "Residual left subdural collection 6 mm, decreasing. No midline shift.", "Resolving left SDH.", enc=e2)
    c.allergy(rx("114477", "levetiracetam", "Levetiracetam"), sct("55929007", "Feeling irritable", "Irritability, angry outbursts and low mood"), "2026-05-26",
              by=np_, note="Behavioral adverse effect of levetiracetam, onset ~2 weeks after starting. Resolved after switch to lamotrigine.")
    c.cond(ccm(("icd10cm", "T42.6X5A", "Adverse effect of other antiepileptic and sedative-hypnotic drugs, initial encounter"), text="Levetiracetam-related irritability and low mood"),
           "2026-05-10", clin="resolved", abate="2026-08-25", by=np_, enc=e2)
    c.note("2026-05-26", "progress", "Post-op clinic note", """
Seen with wife. No further seizures. Headache resolved, speech and R arm back to normal.
Wife reports that since about 2 weeks after starting levetiracetam he has been 'a different person': short-tempered, tearful, snapping at grandchildren, lost interest. No prior psychiatric history. PHQ-9 13, no SI.
Assessment: behavioral adverse effect of levetiracetam (well recognized). Plan: cross-taper to lamotrigine (slow titration to 100 mg BID), then stop levetiracetam. Recheck mood 3 months.
K. Braun, NP""", np_, enc=e2)
    c.medreq(rx("28439", "lamotrigine", "Lamotrigine 25 mg and 100 mg tablets"), "2026-05-26", "Titrate 25 mg daily to 100 mg twice daily over 6 weeks", reason_ref=[sz], by=np_, freq=2)
    e3 = c.enc("AMB", "2026-08-25", type_=txt("Neurosurgery clinic"), reason=txt("Follow-up after SDH; antiseizure medication change"), pr=np_)
    c.score(phq, "2026-08-25", 4, enc=e3, perf=np_)
    c.vitals("2026-08-25", 134, 80, 68, enc=e3)
    c.note("2026-08-25", "progress", "Clinic note", """
On lamotrigine 100 mg BID, levetiracetam stopped 7/14. Wife: 'he is back to himself'. PHQ-9 4. Seizure-free since April. No rash.
CT 7/14: SDH fully resolved. Continue lamotrigine; driving restrictions explained (6 months seizure-free per state rules).
K. Braun, NP""", np_, enc=e3)
    c.qr("https://fhir.halstead-neuro.example.org/Questionnaire/family-observation|1.0", "2026-08-25", [
        ("mood", "Compared with before the operation, how is his mood?", "Back to normal since the tablets were changed"),
        ("seizures", "Any seizures or funny turns since last visit?", False),
    ], author=wife, source=wife, enc=e3)
    c.medreq(rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2012-01-01", "20 mg by mouth daily", reason_ref=[ht], freq=1)


# --------------------------------------------------------------------------- D2
@case("NEU-MPP-1", "neu", "MPP", "positive", ["MPP"],
      "Posterior cervical laminectomy and instrumented fusion C3-C6 for degenerative cervical myelopathy is recommended, consented and booked for 12 January 2027 (active surgical order, pre-op visit scheduled), not yet performed.",
      "degenerative cervical myelopathy with posterior decompression and fusion booked for January")
def neu_mpp_1(c):
    neu_setup(c, "Linda", "Carver", "female", "1965-08-23", "HNI-00517730", "FRH-903318264", "+1 303 555 0113")
    ns = c.prac("Priya", "Raman", reg="1932674015", qual="Spine neurosurgeon (MD)")
    pcp = c.prac("Mark", "Ellison", reg="1407283516", qual="Primary care physician (MD)")
    dcm = c.cond(c.dx("M47.12", "Other spondylosis with myelopathy, cervical region", "Degenerative cervical myelopathy C3-C6"), "2026-05-18", by=ns)
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2015-01-01", by=pcp)
    c.medreq(rx("17767", "amlodipine", "Amlodipine 10 mg tablet"), "2015-01-01", "10 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    c.medreq(rx("25480", "gabapentin", "Gabapentin 300 mg capsule"), "2026-05-18", "300 mg by mouth three times daily", reason_ref=[dcm], by=ns, freq=3)
    c.note("2026-05-04", "referral", "Referral letter", """
Dear Dr Raman,
61-year-old with 8 months of clumsy hands (dropping cups, difficulty with buttons), numb fingertips, and unsteady gait. Brisk reflexes and positive Hoffmann bilaterally. Please evaluate for cervical myelopathy.
Mark Ellison, MD""", pcp)
    e1 = c.enc("AMB", "2026-05-18", type_=txt("Spine neurosurgery new patient"), reason=txt("Hand clumsiness and gait imbalance"), pr=ns)
    imaging(c, cpt("72141", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, cervical; without contrast material"), "2026-05-12",
            "Multilevel spondylosis with severe canal stenosis C4-5 and C5-6, moderate C3-4; cord compression with T2 intramedullary hyperintensity at C4-5. Preserved lordosis.",
            "Degenerative cervical myelopathy C3-C6 with cord signal change at C4-5.", enc=e1, by=ns)
    mjoa = c.local("spine", "MJOA", "Modified Japanese Orthopaedic Association (mJOA) score", "mJOA score")
    c.score(mjoa, "2026-05-18", 13, cat="exam", enc=e1, perf=ns, note="Moderate myelopathy.")
    c.note("2026-05-18", "consult", "Spine neurosurgery consultation", """
DCM C3-C6, mJOA 13 (moderate), cord signal change C4-5. Discussed natural history and AO Spine guideline: surgery recommended for moderate myelopathy.
Patient wants to think about it and arrange family support. Gabapentin for paresthesias. Review after flexion-extension films.
P. Raman, MD""", ns, enc=e1)
    e2 = c.enc("AMB", "2026-10-26", type_=txt("Spine neurosurgery follow-up"), reason=txt("Cervical myelopathy"), pr=ns)
    c.score(mjoa, "2026-10-26", 12, cat="exam", enc=e2, perf=ns)
    c.vitals("2026-10-26", 138, 84, 72, wt=78, ht=165, bmi=28.7, enc=e2)
    c.note("2026-10-26", "consult", "Spine neurosurgery follow-up", """
Hands clumsier, one fall in September. mJOA 12. Flexion-extension: no instability, lordosis preserved.
Plan: posterior cervical laminectomy C3-C6 with lateral mass instrumented fusion C3-C6. Risks (C5 palsy, infection, dural tear, adjacent segment disease, neck stiffness) discussed; consent signed. Target date 1/12/2027.
P. Raman, MD""", ns, enc=e2)
    sr = c.sr(ccm(("cpt", "63045", "Laminectomy, facetectomy and foraminotomy, single vertebral segment; cervical"),
                  ("cpt", "22600", "Arthrodesis, posterior or posterolateral technique, single interspace; cervical below C2 segment"),
                  text="Posterior cervical laminectomy C3-C6 with instrumented lateral mass fusion C3-C6"),
              "active", "order", "2026-10-26", by=ns, cat=sct("387713003", "Surgical procedure"), reason_ref=[dcm], performer=[ns],
              occurrence="2027-01-12", enc=e2, note="Inpatient, expected LOS 3 days. Neuromonitoring (SSEP/MEP) requested. Pre-op clearance with PCP.")
    c.appointment("2026-12-21", 45, "Pre-operative assessment and anesthesia evaluation", pr=ns, created="2026-10-26", t="10:00")
    c.appointment("2027-01-12", 300, "Surgery: posterior cervical decompression and fusion C3-C6 (OR 4)", pr=ns, created="2026-10-26", t="07:30")
    r = c.labs("2026-10-26", enc=e2, hb=13.4, plt=246, na=139, k=4.2, hba1c_pct=5.6)
    r.append(c.creat("2026-10-26", 0.8, enc=e2))
    c.report(txt("Pre-operative laboratory panel"), "2026-10-26", r, enc=e2)


# --------------------------------------------------------------------------- D3
@case("NEU-MPP-2", "neu", "MPP", "near-miss", [],
      "The lumbar microdiscectomy was performed on 2 October 2026 (order completed) and he has recovered; no further major procedure is planned.",
      "L4-5 disc herniation treated by microdiscectomy in October, recovered; nothing further planned")
def neu_mpp_2(c):
    neu_setup(c, "Marcus", "Bell", "male", "1981-01-15", "HNI-00533962", "FRH-917740215", "+1 720 555 0187")
    ns = c.prac("Daniel", "Okonkwo", reg="1821456093", qual="Neurosurgeon (MD)")
    pa = c.prac("Jordan", "Pike", prefix=None, qual="Physician assistant, neurosurgery (PA-C)")
    rad = c.cond(c.dx("M51.16", "Intervertebral disc disorders with radiculopathy, lumbar region", "L4-5 disc herniation with left L5 radiculopathy"),
                 "2026-07-01", clin="resolved", abate="2026-11-13", by=ns)
    c.medreq(rx("187832", "pregabalin", "Pregabalin 75 mg capsule"), "2026-08-03", "75 mg twice daily", status="completed", reason_ref=[rad], by=ns)
    e1 = c.enc("AMB", "2026-08-03", type_=txt("Spine neurosurgery new patient"), reason=txt("Left leg pain"), pr=ns)
    imaging(c, cpt("72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material"), "2026-07-24",
            "Large left paracentral L4-5 disc extrusion compressing the traversing left L5 nerve root.", "Left L4-5 disc extrusion.", enc=e1)
    odi = c.local("spine", "ODI", "Oswestry Disability Index (%)", "Oswestry Disability Index")
    c.score(odi, "2026-08-03", 46, enc=e1, perf=ns, unit="%", ucum="%")
    c.score(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-08-03", 8, enc=e1, perf=ns)
    sr = c.sr(cpt("63030", "Laminotomy (hemilaminectomy), with decompression of nerve root(s), including partial facetectomy, foraminotomy and/or excision of herniated intervertebral disc; 1 interspace, lumbar",
                  "Left L4-5 microdiscectomy"), "completed", "order", "2026-08-31", by=ns, cat=sct("387713003", "Surgical procedure"), reason_ref=[rad],
              performer=[ns], occurrence="2026-10-02", note="Failed 8 weeks of conservative care incl. epidural steroid injection 08/2026.")
    e2 = c.enc("SS", "2026-10-02", type_=txt("Outpatient surgery"), reason=txt("Lumbar disc herniation"), pr=ns, t0="07:00", t1="16:30")
    c.proc(cpt("63030", "Laminotomy (hemilaminectomy), with decompression of nerve root(s), including partial facetectomy, foraminotomy and/or excision of herniated intervertebral disc; 1 interspace, lumbar",
               "Left L4-5 microdiscectomy"), "completed", "2026-10-02", by=ns, reason_ref=[rad], enc=e2, based_on=sr,
           note="Large extruded fragment removed; L5 root decompressed. No durotomy. Discharged same day.")
    c.note("2026-10-02", "operative", "Operative note", """
Procedure: left L4-5 microdiscectomy. Findings: large sequestered fragment under L5 root, removed; root well decompressed. EBL 25 mL. No complications. Home same day.
D. Okonkwo, MD""", ns, enc=e2)
    for d, o, p in [("2026-10-16", 28, 3), ("2026-11-13", 18, 1)]:
        e = c.enc("AMB", d, type_=txt("Post-operative visit"), reason=txt("Post microdiscectomy"), pr=pa)
        c.score(odi, d, o, enc=e, perf=pa, unit="%", ucum="%")
        c.score(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, p, enc=e, perf=pa)
    c.note("2026-11-13", "progress", "Post-operative visit", """
6 weeks post L4-5 microdiscectomy. Leg pain resolved, mild back ache after long drives. Strength 5/5, EHL normal. ODI 18 (46 pre-op). Off pregabalin.
Return to work (warehouse supervisor) light duties, PT core program 6 weeks. Follow up as needed.
J. Pike, PA-C""", pa)


# --------------------------------------------------------------------------- D4
@case("NEU-UP-1", "neu", "UP", "positive", ["UP"],
      "Lung adenocarcinoma with 14 brain metastases and leptomeningeal spread, ECOG 3, no actionable mutation: the neuro-oncology tumour board documented no surgical, radiosurgical, whole-brain or systemic options and referred him to hospice; no second opinion is on record.",
      "lung cancer with innumerable brain metastases; tumour board 'no treatment options', hospice referral")
def neu_up_1(c):
    neu_setup(c, "Daniel", "Kerrigan", "male", "1958-12-01", "HNI-00541208", "FRH-925517406", "+1 303 555 0171")
    nonc = c.prac("Teresa", "Valdez", reg="1649302187", qual="Neuro-oncologist (MD)")
    radonc = c.prac("Howard", "Lin", reg="1750418892", qual="Radiation oncologist (MD)")
    medonc = c.prac("Nadia", "Farouk", reg="1861527743", qual="Thoracic medical oncologist (MD)")
    hospice = c.organization("Front Range Hospice and Palliative Care", city="Aurora")
    e1 = c.enc("IMP", "2026-10-12", "2026-10-20", type_=txt("Neuro-oncology admission"), reason=txt("Confusion and left-sided weakness"), pr=nonc,
               prio=("EM", "emergency"), admit=("emd", "From accident/emergency department"), dispo=("home", "Home"))
    imaging(c, cpt("70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences"),
            "2026-10-12", "Fourteen enhancing lesions in both cerebral and cerebellar hemispheres, largest 2.8 cm right frontal with vasogenic edema; diffuse leptomeningeal enhancement along cerebellar folia.",
            "Innumerable brain metastases with leptomeningeal disease.", enc=e1, by=nonc)
    bx = c.obs(c.local("path", "SURGPATH", "Surgical pathology"), "2026-10-15",
               "EBUS-TBNA station 4R: metastatic adenocarcinoma, TTF-1 positive, consistent with lung primary. NGS: no EGFR, ALK, ROS1, BRAF, MET, RET, KRAS G12C or NTRK alteration. PD-L1 TPS <1%.",
               enc=e1)
    lung = c.cond(c.dx("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", "Adenocarcinoma of right upper lobe, stage IVB"), "2026-10-15", by=medonc,
                  evidence=[{"detail": [{"reference": bx}]}], stage={"summary": txt("cT2a N2 M1c (brain, leptomeninges, adrenal) - stage IVB")})
    bm = c.cond(c.dx("C79.31", "Secondary malignant neoplasm of brain", "Multiple brain metastases with leptomeningeal disease"), "2026-10-12", by=nonc)
    c.cond(c.dx("J44.9", "Chronic obstructive pulmonary disease, unspecified", "COPD (45 pack-years)"), "2019-01-01", by=medonc)
    c.medreq(rx("3264", "dexamethasone", "Dexamethasone 4 mg tablet"), "2026-10-12", "4 mg by mouth twice daily (symptom control of edema)", reason_ref=[bm], by=nonc, freq=2)
    c.medreq(rx("114477", "levetiracetam", "Levetiracetam 500 mg tablet"),
             "2026-10-13", "500 mg by mouth twice daily (seizure prophylaxis after focal seizure 10/13)", reason_ref=[bm], by=nonc, freq=2)
    c.score(loinc("89247-1", "ECOG Performance Status score"), "2026-10-28", 3, cat="exam", perf=nonc)
    e2 = c.enc("AMB", "2026-11-04", type_=txt("Multidisciplinary neuro-oncology tumor board"), reason=txt("Brain metastases from lung adenocarcinoma"), pr=nonc)
    c.note("2026-11-04", "consult", "Neuro-oncology tumor board note", """
NEURO-ONCOLOGY TUMOR BOARD 11/4/2026. Attendees: neuro-oncology, neurosurgery, radiation oncology, thoracic medical oncology, neuroradiology, palliative care.
67M, RUL adenocarcinoma stage IVB: 14 brain metastases + leptomeningeal disease, adrenal metastasis. No actionable driver, PD-L1 <1%. ECOG 3 (bed/chair >50% of day), weight loss 9 kg, COPD.
Neurosurgery: no role for resection (multiple lesions, leptomeningeal disease).
Radiation oncology: not a radiosurgery candidate (number of lesions, LMD); whole-brain RT not recommended given performance status and expected survival (no QoL or survival benefit expected).
Thoracic oncology: not a candidate for chemo-immunotherapy at ECOG 3; no targeted option.
CONSENSUS: no disease-directed treatment options. Recommend best supportive care and hospice enrollment. Continue dexamethasone and levetiracetam for symptom control.
T. Valdez, MD (chair)""", nonc, enc=e2)
    c.impression("2026-11-04", "Stage IVB lung adenocarcinoma with innumerable brain metastases and leptomeningeal disease; ECOG 3; no surgical, radiation or systemic treatment options. Best supportive care / hospice.",
                 nonc, problems=[lung, bm], enc=e2, prognosis=txt("Poor; expected survival weeks to a few months"))
    c.sr(txt("Referral to hospice (home hospice enrollment)"), "active", "order", "2026-11-04", by=nonc, cat=sct("3457005", "Patient referral"),
         reason_ref=[lung, bm], performer=[hospice], enc=e2)
    c.note("2026-11-10", "progress", "Goals of care conversation", """
Met with patient, wife and daughter. Reviewed tumor board conclusion: no treatments available that would help him live longer or better; focus on comfort at home. Patient tearful but accepting. DNR/POLST completed. Hospice intake scheduled 11/18.
T. Valdez, MD""", nonc)
    c.vitals("2026-11-10", 118, 72, 88, wt=66, spo2=93)


# --------------------------------------------------------------------------- D5
@case("NEU-HIT-1", "neu", "HIT", "positive", ["HIT"],
      "After resection of a WHO grade 2 (atypical) meningioma, adjuvant fractionated radiotherapy (59.4 Gy in 33 fractions) is ordered to start 5 January 2027, with simulation done: a planned radiotherapy course, which severely affects quality of life.",
      "atypical meningioma after craniotomy, adjuvant cranial radiotherapy ordered to start in January")
def neu_hit_1(c):
    neu_setup(c, "Karen", "Lindqvist", "female", "1969-07-30", "HNI-00522671", "FRH-898004512", "+1 303 555 0129")
    ns = c.prac("Priya", "Raman", reg="1932674015", qual="Neurosurgeon (MD)")
    ro = c.prac("Howard", "Lin", reg="1750418892", qual="Radiation oncologist (MD)")
    nonc = c.prac("Teresa", "Valdez", reg="1649302187", qual="Neuro-oncologist (MD)")
    e1 = c.enc("IMP", "2026-09-14", "2026-09-18", type_=txt("Elective neurosurgery admission"), reason=txt("Right parasagittal meningioma"), pr=ns,
               prio=("EL", "elective"), admit=("outp", "From outpatient department"), dispo=("home", "Home"))
    path = c.obs(c.local("path", "SURGPATH", "Surgical pathology"), "2026-09-15",
                 "Atypical meningioma, CNS WHO grade 2: 6 mitoses per 10 HPF, brain invasion absent, sheeting and prominent nucleoli. Ki-67 9%. TERT promoter wild type, CDKN2A/B intact.",
                 enc=e1)
    men = c.cond(c.dx("D42.0", "Neoplasm of uncertain behavior of cerebral meninges", "Atypical meningioma, CNS WHO grade 2, right parasagittal"), "2026-09-15", by=ns,
                 evidence=[{"detail": [{"reference": path}]}])
    c.proc(cpt("61512", "Craniectomy, trephination, bone flap craniotomy; for excision of meningioma, supratentorial", "Right parasagittal craniotomy for meningioma resection"),
           "completed", "2026-09-15", by=ns, reason_ref=[men], enc=e1, note="Simpson grade 2 resection (dural attachment coagulated, sinus wall not resected).")
    imaging(c, cpt("70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences"),
            "2026-09-17", "Post-operative changes right parasagittal craniotomy. Thin residual enhancement along the superior sagittal sinus wall (possible residual tumor 3 mm).",
            "Near-total resection; possible small residual along SSS.", enc=e1, by=ns)
    c.note("2026-10-07", "consult", "Neuro-oncology tumor board note", """
TUMOR BOARD 10/7/2026. 57F, right parasagittal meningioma 4.2 cm, Simpson 2 resection 9/15. Path: atypical meningioma WHO grade 2, Ki-67 9%. Possible 3 mm residual along SSS.
Recommendation: adjuvant fractionated radiotherapy 59.4 Gy in 33 fractions (IMRT) to the resection cavity and dural tail, starting ~8-12 weeks post-op. Surveillance MRI thereafter.
Patient informed of side effects: fatigue, alopecia in field, cognitive effects, radiation necrosis risk; 6.5 weeks of daily treatment.
T. Valdez, MD / H. Lin, MD""", nonc)
    e2 = c.enc("AMB", "2026-11-02", type_=txt("Radiation oncology consultation"), reason=txt("Adjuvant radiotherapy for atypical meningioma"), pr=ro)
    c.score(loinc("89247-1", "ECOG Performance Status score"), "2026-11-02", 1, cat="exam", enc=e2, perf=ro)
    rt = c.sr(ccm(("cpt", "77301", "Intensity modulated radiotherapy plan, including dose-volume histograms for target and critical structure partial tolerance specifications"),
                  text="Adjuvant IMRT to resection cavity, 59.4 Gy in 33 fractions"),
              "active", "order", "2026-11-02", by=ro, cat=txt("Radiation therapy"), reason_ref=[men], performer=[ro], enc=e2,
              occ_period={"start": "2027-01-05", "end": "2027-02-19"}, note="Consent signed 11/2/2026. CT/MRI simulation 11/23/2026 with thermoplastic mask.")
    c.careplan("Radiation therapy plan", "active", "plan", "2026-11-02", txt("Radiation oncology treatment plan"), addresses=[men], by=ro,
               desc="Adjuvant fractionated IMRT 59.4 Gy / 33 fractions, Monday-Friday, start 01/05/2027.",
               activities=[{"code": cpt("77263", "Therapeutic radiology treatment planning; complex"), "status": "completed", "desc": "Clinical treatment planning"},
                           {"desc": "CT/MRI simulation with mask 11/23/2026", "status": "completed"},
                           {"desc": "IMRT delivery, 33 daily fractions", "status": "scheduled"},
                           {"desc": "Weekly on-treatment review; MRI 3 months after completion", "status": "scheduled"}])
    c.proc(cpt("77290", "Therapeutic radiology simulation-aided field setting; complex"), "completed", "2026-11-23", by=ro, reason_ref=[men], based_on=rt)
    c.appointment("2027-01-05", 30, "Radiation therapy fraction 1 of 33", pr=ro, created="2026-11-23", t="08:15")
    c.medreq(rx("114477", "levetiracetam", "Levetiracetam 500 mg tablet"), "2026-09-14", "500 mg twice daily peri-operative prophylaxis, 7 days", status="completed", reason_ref=[men], by=ns)
    c.vitals("2026-11-02", 124, 76, 70, wt=68, enc=e2)
    c.note("2026-11-02", "consult", "Radiation oncology consultation", """
57F, 7 weeks after resection of atypical (WHO 2) meningioma. Healing well, no deficits, no seizures, ECOG 1. Works as an accountant.
Recommend adjuvant IMRT 59.4 Gy/33 fx. Discussed acute effects (fatigue, scalp erythema, focal alopecia, headache) and late effects (cognitive change, radionecrosis, hypopituitarism unlikely). She consents. Simulation 11/23, start 1/5/2027.
H. Lin, MD""", ro, enc=e2)


# --------------------------------------------------------------------------- D6
@case("NEU-HIT-2", "neu", "HIT", "near-miss", [],
      "Radiosurgery was proposed for a small meningioma in May 2026, but the tumour board withdrew it in June (growth within measurement error) and the order is revoked; she is on MRI surveillance with a stable scan in November, so no high-impact treatment is planned or running.",
      "small meningioma: proposed radiosurgery withdrawn in favour of MRI surveillance; scan stable")
def neu_hit_2(c):
    neu_setup(c, "Susan", "Park", "female", "1963-02-11", "HNI-00460318", "FRH-874431920", "+1 720 555 0135")
    ns = c.prac("Daniel", "Okonkwo", reg="1821456093", qual="Neurosurgeon (MD)")
    ro = c.prac("Howard", "Lin", reg="1750418892", qual="Radiation oncologist (MD)")
    men = c.cond(c.dx("D32.0", "Benign neoplasm of cerebral meninges", "Left frontal convexity meningioma 2.1 cm (presumed WHO grade 1, imaging diagnosis)"),
                 "2025-04-22", by=ns)
    mig = c.cond(c.dx("G43.009", "Migraine without aura, not intractable, without status migrainosus"), "1995-01-01", by=ns, note="Longstanding; MRI in 2025 done for change in migraine pattern.")
    c.medreq(ccm(("rxnorm", "37418", "sumatriptan"), text="Sumatriptan 50 mg tablet"), "2018-01-01", "50 mg at migraine onset, may repeat once after 2 h", reason_ref=[mig])
    mri = cpt("70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")
    imaging(c, mri, "2025-04-22", "Extra-axial dural-based enhancing mass left frontal convexity 2.1 x 1.8 x 1.7 cm with dural tail; no edema.", "Left frontal convexity meningioma, no mass effect.")
    imaging(c, mri, "2026-04-28", "Left frontal convexity meningioma now 2.3 x 1.8 x 1.8 cm; no edema.", "Possible slight interval growth (2 mm, within measurement variability).")
    e1 = c.enc("AMB", "2026-05-13", type_=txt("Radiation oncology consultation"), reason=txt("Meningioma, possible growth"), pr=ro)
    srs = c.sr(ccm(("cpt", "77372", "Radiation treatment delivery, stereotactic radiosurgery (SRS), complete course of treatment of cranial lesion(s) consisting of 1 session; linear accelerator based"),
                   text="Stereotactic radiosurgery to left frontal meningioma, 14 Gy single fraction"),
               "revoked", "proposal", "2026-05-13", by=ro, cat=txt("Radiation therapy"), reason_ref=[men], performer=[ro], enc=e1,
               note="Proposed 05/13/2026. Withdrawn 06/10/2026 after tumor board: growth within measurement error; surveillance preferred.")
    c.note("2026-06-10", "consult", "Neuro-oncology tumor board note", """
TUMOR BOARD 6/10/2026. 63F, incidental left frontal convexity meningioma, 2.1 -> 2.3 cm over 12 months, asymptomatic, no edema.
Neuroradiology: apparent 2 mm change is within inter-scan measurement variability (different scanner); volumetrics unchanged.
Consensus: no treatment indicated. SRS proposal withdrawn. Surveillance MRI in 6 months, then yearly if stable.
T. Valdez, MD (chair)""", ro)
    e2 = c.enc("AMB", "2026-11-23", type_=txt("Neurosurgery surveillance clinic"), reason=txt("Meningioma surveillance"), pr=ns)
    imaging(c, mri, "2026-11-16", "Left frontal convexity meningioma 2.3 x 1.8 x 1.8 cm, unchanged from 04/2026 (volumetric 3.9 mL vs 3.9 mL). No edema.", "Stable meningioma.", enc=e2, by=ns)
    c.note("2026-11-23", "progress", "Surveillance clinic note", """
Asymptomatic. Migraines at baseline frequency (2/month), sumatriptan effective. Neuro exam normal.
MRI 11/16: stable (volumetrics identical). Plan: MRI in 12 months. No treatment needed.
D. Okonkwo, MD""", ns, enc=e2)
    c.vitals("2026-11-23", 126, 78, 66, wt=64, enc=e2)


# --------------------------------------------------------------------------- D7
@case("NEU-PRC-1", "neu", "PRC", "positive", ["PRC"],
      "A patient-entered flag on her record asks for a second opinion on her pineal cyst because she feels her concerns were dismissed when she was discharged without follow-up; no second opinion is on record.",
      "young woman with migraine and an incidental pineal cyst whose own flag asks for a second opinion")
def neu_prc_1(c):
    neu_setup(c, "Jessica", "Moreno", "female", "1992-09-09", "HNI-00556014", "FRH-931206658", "+1 720 555 0194")
    ns = c.prac("Daniel", "Okonkwo", reg="1821456093", qual="Neurosurgeon (MD)")
    neuro = c.prac("Amy", "Sorensen", reg="1568034129", qual="Neurologist, headache medicine (MD)")
    mig = c.cond(c.dx("G43.009", "Migraine without aura, not intractable, without status migrainosus"), "2014-01-01", by=neuro)
    cyst = c.cond(c.dx("E34.8", "Other specified endocrine disorders", "Pineal cyst 11 mm, incidental"), "2026-07-21", by=ns)
    c.medreq(rx("8787", "propranolol", "Propranolol ER 80 mg capsule"), "2026-03-02", "80 mg by mouth daily (migraine prevention)", reason_ref=[mig], by=neuro, freq=1)
    c.medreq(ccm(("rxnorm", "37418", "sumatriptan"), text="Sumatriptan 100 mg tablet"), "2020-01-01", "100 mg at migraine onset", reason_ref=[mig], by=neuro)
    mri = cpt("70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")
    e1 = c.enc("AMB", "2026-07-14", type_=txt("Headache clinic"), reason=sct("37796009", "Migraine"), pr=neuro)
    c.note("2026-07-14", "consult", "Headache clinic note", """
Migraine without aura, 6 headache days/month on propranolol (was 12). No red flags. MRI brain ordered at patient request (family history of brain tumor in aunt).
A. Sorensen, MD""", neuro, enc=e1)
    imaging(c, mri, "2026-07-21", "11 mm simple-appearing pineal cyst with thin rim enhancement; no mass effect on tectum, no hydrocephalus. Otherwise normal brain.",
            "Incidental pineal cyst. Otherwise normal.", by=neuro)
    e2 = c.enc("AMB", "2026-09-02", type_=txt("Neurosurgery new patient"), reason=txt("Pineal cyst"), pr=ns)
    c.note("2026-09-02", "consult", "Neurosurgery consultation", """
34F referred for incidental 11 mm pineal cyst. Headaches are typical migraine, unchanged. No visual symptoms, no Parinaud signs, no hydrocephalus.
Assessment: benign incidental pineal cyst; no relation to headaches; no surveillance imaging needed (<15 mm, typical appearance). Discharged from neurosurgery clinic.
D. Okonkwo, MD""", ns, enc=e2)
    c.flag(txt("Patient requests second opinion: pineal cyst (feels concerns dismissed)"), "2026-10-20", c.pat, cat=("admin", "Administrative"))
    c.comm("2026-10-20", "I was discharged from the neurosurgery clinic after five minutes and told my cyst is nothing. My headaches feel different at the back of my head and nobody examined me properly. I would like a second opinion from another neurosurgeon please, and I want it noted on my chart.",
           c.pat, ns, cat=txt("Patient portal message"), about=[cyst], topic=txt("Second opinion request"))
    e3 = c.enc("AMB", "2026-11-09", type_=txt("Headache clinic follow-up"), reason=sct("37796009", "Migraine"), pr=neuro)
    c.note("2026-11-09", "progress", "Headache clinic follow-up", """
Migraines 5 days/month. Occipital component at times; exam normal including fundi. Patient upset about neurosurgery visit and has requested a second opinion (flag on chart). I have explained the cyst is very likely incidental; will support her request.
A. Sorensen, MD""", neuro, enc=e3)


# --------------------------------------------------------------------------- D8
@case("NEU-WDT-1", "neu", "WDT", "positive", ["WDT"],
      "Seizure-diary frequency rose from 3 to 6 to 11 focal impaired-awareness seizures per month between May and November 2026 (far beyond a 50% change) while levetiracetam and lamotrigine were taken throughout at therapeutic levels.",
      "focal epilepsy with seizure diary counts climbing over six months on two antiseizure medications")
def neu_wdt_1(c):
    neu_setup(c, "Tyler", "Jensen", "male", "1997-03-21", "HNI-00498807", "FRH-889921375", "+1 303 555 0166")
    ep = c.prac("Victor", "Almeida", reg="1780263394", qual="Epileptologist (MD)")
    rn = c.prac("Hannah", "Weiss", prefix=None, qual="Epilepsy nurse (RN)")
    epi = c.cond(c.dx("G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus",
                      "Focal epilepsy, left temporal, focal impaired-awareness seizures"), "2019-08-01", by=ep)
    c.medreq(rx("114477", "levetiracetam", "Levetiracetam 750 mg tablet"), "2024-02-05", "1500 mg by mouth twice daily", reason_ref=[epi], by=ep, freq=2)
    c.medreq(rx("28439", "lamotrigine", "Lamotrigine 200 mg tablet"), "2025-03-10", "200 mg by mouth twice daily", reason_ref=[epi], by=ep, freq=2)
    c.medstmt(rx("114477", "levetiracetam", "Levetiracetam"), "active", "2024-02-05", asserted="2026-11-16", reason_ref=[epi],
              note="Pharmacy fills on time; phone app reminders; levels therapeutic.")
    c.medstmt(rx("28439", "lamotrigine", "Lamotrigine"), "active", "2025-03-10", asserted="2026-11-16", reason_ref=[epi], note="Pharmacy fills on time.")
    freq = c.local("epilepsy", "SZ-FIAS-MO", "Focal impaired-awareness seizures per month (seizure diary)", "Seizure frequency (diary)")
    for d, n in [("2026-05-31", 3), ("2026-08-31", 6), ("2026-11-30", 11)]:
        c.obs(freq, d, n, "per month", "/mo", cat="survey", note="Counted from patient/partner seizure diary for the preceding month.", t="20:00")
    c.qr("https://fhir.halstead-neuro.example.org/Questionnaire/seizure-diary-monthly|2.1", "2026-11-30", [
        ("month", "Diary month", "November 2026"),
        ("fias", "Number of focal impaired-awareness seizures", 11),
        ("btc", "Number of focal to bilateral tonic-clonic seizures", 1),
        ("missed", "Missed doses this month", 0),
        ("triggers", "Possible triggers", "None identified; sleeping 7-8 h"),
    ])
    for d in ["2026-05-18", "2026-11-16"]:
        c.obs(c.local("lab", "LEV-LVL", "Levetiracetam [Mass/volume] in Serum or Plasma"), d, 28.4 if d < "2026-07" else 31.0, "ug/mL", "ug/mL", (12, 46))
        c.obs(c.local("lab", "LTG-LVL", "Lamotrigine [Mass/volume] in Serum or Plasma"), d, 8.1 if d < "2026-07" else 8.6, "ug/mL", "ug/mL", (3, 15))
    e1 = c.enc("AMB", "2026-05-18", type_=txt("Epilepsy clinic"), reason=sct("84757009", "Epilepsy"), pr=ep)
    e2 = c.enc("AMB", "2026-08-24", type_=txt("Epilepsy clinic"), reason=sct("84757009", "Epilepsy"), pr=ep)
    c.note("2026-08-24", "progress", "Epilepsy clinic note", """
Seizures increasing: 3 in May, now ~6/month (diary). Adherence excellent (fills, app), levels therapeutic, no sleep deprivation or alcohol. No intercurrent illness.
Continue LEV 1500 BID + LTG 200 BID; consider third agent or EMU if worse.
V. Almeida, MD""", ep, enc=e2)
    e3 = c.enc("AMB", "2026-11-16", type_=txt("Epilepsy clinic"), reason=sct("84757009", "Epilepsy"), pr=ep)
    c.vitals("2026-11-16", 122, 76, 70, wt=80, enc=e3)
    c.note("2026-11-16", "progress", "Epilepsy clinic note", """
Worse again: 10-11 FIAS/month plus 1 bilateral tonic-clonic seizure in October. Lost job as forklift operator. On LEV 1500 BID + LTG 200 BID for >18 months, levels therapeutic, adherence confirmed.
Now meets drug-resistant epilepsy definition. Plan: add cenobamate titration discussed (insurance pending); refer for EMU video-EEG monitoring to characterize seizures.
V. Almeida, MD""", ep, enc=e3)
    eeg = c.obs(cpt("95816", "Electroencephalogram (EEG); including recording awake and drowsy"), "2026-06-02",
                "Left anterior temporal sharp waves, frequent in drowsiness; no electrographic seizures captured.", cat="procedure", issued=False)
    imaging(c, cpt("70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences"),
            "2025-02-11", "3T epilepsy protocol: no hippocampal sclerosis, no cortical dysplasia or lesion identified.", "Non-lesional MRI.")
    c.sr(txt("Epilepsy monitoring unit admission for video-EEG characterization"), "active", "order", "2026-11-16", by=ep, reason_ref=[epi], enc=e3,
         cat=txt("Diagnostic monitoring"), occurrence="2027-01-25")


# --------------------------------------------------------------------------- D9
@case("NEU-RARE-1", "neu", "RARE", "positive", ["RARE"],
      "Neurofibromatosis type 1 (Orphanet ORPHA:636) with a plexiform neurofibroma under surveillance in the neuro-oncology NF clinic: an active rare disease. No treatment or procedure is planned and the tumour is stable.",
      "young woman with neurofibromatosis type 1 and a stable plexiform neurofibroma under surveillance")
def neu_rare_1(c):
    neu_setup(c, "Emily", "Hartman", "female", "2002-05-17", "HNI-00401556", "FRH-860117293", "+1 303 555 0152")
    nonc = c.prac("Teresa", "Valdez", reg="1649302187", qual="Neuro-oncologist, NF clinic (MD)")
    gen = c.prac("Rachel", "Goldberg", reg="1427785501", qual="Clinical geneticist (MD)")
    nf1 = c.cond(c.dx("Q85.01", "Neurofibromatosis, type 1", "Neurofibromatosis type 1 (NF1 c.3721C>T pathogenic variant, de novo)"), "2004-03-01", by=gen)
    pnf = c.cond(ccm(("icd10cm", "D36.12", "Benign neoplasm of peripheral nerves and autonomic nervous system, upper limb, including shoulder"),
                     text="Plexiform neurofibroma, right brachial plexus"), "2015-06-01", by=nonc)
    c.cond(c.dx("D33.3", "Benign neoplasm of cranial nerves", "Left optic pathway glioma (childhood), stable without treatment since 2012"), "2008-01-01",
           clin="inactive", by=nonc)
    c.obs(c.local("lab", "NF1-GENE", "NF1 gene sequencing"), "2004-05-10", "Heterozygous pathogenic variant NF1 c.3721C>T (p.Arg1241Ter); parents negative (de novo).",
          note="Germline molecular confirmation.")
    c.famhx("MTH", "mother", txt("No neurofibromatosis"), note="Parents examined and sequenced; not affected.")
    wbmri = c.local("rad", "WBMRI", "MRI whole body (NF protocol)")
    imaging(c, wbmri, "2025-08-12", "Right brachial plexus plexiform neurofibroma 142 mL. No distinct nodular lesion. Scattered cutaneous neurofibromas.", "Plexiform neurofibroma, baseline volumetrics.")
    imaging(c, wbmri, "2026-08-18", "Right brachial plexus plexiform neurofibroma 144 mL (1% change). No distinct nodular lesion, no features of MPNST.", "Stable plexiform neurofibroma.")
    e1 = c.enc("AMB", "2026-08-25", type_=txt("Neurofibromatosis multidisciplinary clinic"), reason=txt("NF1 annual review"), pr=nonc)
    c.vitals("2026-08-25", 118, 74, 72, wt=58, ht=158, enc=e1)
    c.score(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-08-25", 1, enc=e1, perf=nonc)
    c.note("2026-08-25", "consult", "NF clinic annual review", """
24F with NF1. Right brachial plexus plexiform neurofibroma: volumetrically stable (142 -> 144 mL), no new pain (1/10), no weakness, no features of malignant change. Optic pathway glioma stable since childhood; annual ophthalmology normal acuity.
BP normal. Cutaneous neurofibromas - dermatology for cosmetic removal if she wishes.
Plan: no treatment indicated (MEK inhibitor reserved for progression or morbidity). Whole-body MRI in 2 years, annual clinic, ophthalmology yearly. Genetic counselling for family planning offered.
T. Valdez, MD""", nonc, enc=e1)
    c.careplan("NF1 surveillance plan", "active", "plan", "2026-08-25", txt("Long-term surveillance"), addresses=[nf1, pnf], by=nonc,
               activities=[{"desc": "Annual NF clinic review with BP and neurologic exam", "status": "scheduled"},
                           {"desc": "Whole-body MRI every 2 years (next 08/2028)", "status": "scheduled"},
                           {"desc": "Annual ophthalmology", "status": "scheduled"}])
    c.sr(txt("Genetic counselling: reproductive options in NF1"), "active", "order", "2026-08-25", by=nonc, cat=sct("409063005", "Counseling"),
         reason_ref=[nf1], performer=[gen])


# --------------------------------------------------------------------------- D10
@case("NEU-RARE-2", "neu", "RARE", "near-miss", [],
      "Suspected acromegaly was excluded (normal IGF-1, GH suppressed on glucose tolerance, condition recorded as refuted); the only finding is a common non-functioning pituitary microadenoma under surveillance, which is neither rare nor complex.",
      "pituitary microadenoma found incidentally; suspected acromegaly refuted by biochemistry")
def neu_rare_2(c):
    neu_setup(c, "Paul", "Whitaker", "male", "1974-10-03", "HNI-00529483", "FRH-912284106", "+1 720 555 0107")
    ns = c.prac("Priya", "Raman", reg="1932674015", qual="Neurosurgeon, pituitary program (MD)")
    endo = c.prac("Olivia", "Brandt", reg="1295571380", qual="Endocrinologist (MD)")
    pcp = c.prac("Mark", "Ellison", reg="1407283516", qual="Primary care physician (MD)")
    bppv = c.cond(c.dx("H81.11", "Benign paroxysmal vertigo, right ear"), "2026-02-20", clin="resolved", abate="2026-04-10", by=pcp)
    aden = c.cond(c.dx("D35.2", "Benign neoplasm of pituitary gland", "Non-functioning pituitary microadenoma 7 mm (incidental)"), "2026-03-12", by=endo)
    acro = c.cond(c.dx("E22.0", "Acromegaly and pituitary gigantism", "Acromegaly (suspected)"), "2026-04-02", clin=None, ver="refuted", cat="encounter-diagnosis", by=endo,
                  note="Refuted 05/2026: IGF-1 normal for age, GH nadir 0.2 ng/mL on OGTT.")
    ht = c.cond(c.dx("I10", "Essential (primary) hypertension"), "2019-01-01", by=pcp)
    c.medreq(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2019-01-01", "10 mg by mouth daily", reason_ref=[ht], by=pcp, freq=1)
    mri = cpt("70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")
    imaging(c, mri, "2026-03-12", "7 mm hypoenhancing lesion right pituitary gland; optic chiasm clear; no cavernous sinus invasion. Otherwise normal brain.",
            "Pituitary microadenoma 7 mm, incidental.", by=pcp)
    e1 = c.enc("AMB", "2026-04-02", type_=txt("Endocrinology new patient"), reason=txt("Pituitary incidentaloma; ?acromegaly (ring size increased)"), pr=endo)
    c.note("2026-04-02", "consult", "Endocrinology consultation", """
52M, 7 mm pituitary microadenoma found on MRI done for positional vertigo (now BPPV, treated). Wife thinks ring size increased; snoring. No visual symptoms.
Exam: no frontal bossing, prognathism or macroglossia; hands broad but proportionate. BP 132/84.
Plan: IGF-1, OGTT with GH, prolactin, AM cortisol, TSH/fT4, testosterone to exclude acromegaly and hormone excess/deficiency.
O. Brandt, MD""", endo, enc=e1)
    r = [c.lab("igf1", "2026-04-09", 182), c.lab("prl", "2026-04-09", 9.1), c.lab("tsh", "2026-04-09", 1.7)]
    r.append(c.obs(c.local("lab", "GH-OGTT", "Growth hormone nadir after 75 g oral glucose"), "2026-04-23", 0.2, "ng/mL", "ng/mL", (None, 0.4)))
    r.append(c.obs(loinc("2143-6", "Cortisol [Mass/volume] in Serum or Plasma", "Cortisol, 8 AM"), "2026-04-09", 14.2, "ug/dL", "ug/dL", (6.2, 19.4)))
    c.report(txt("Pituitary function panel and OGTT-GH"), "2026-04-23", r, conclusion="No biochemical evidence of acromegaly or other hormone excess; pituitary function intact.")
    e2 = c.enc("AMB", "2026-05-14", type_=txt("Endocrinology follow-up"), reason=txt("Pituitary microadenoma"), pr=endo)
    c.note("2026-05-14", "consult", "Endocrinology follow-up", """
IGF-1 182 ng/mL (normal for age), GH suppressed to 0.2 on OGTT: acromegaly excluded. Prolactin, cortisol, thyroid normal.
Diagnosis: non-functioning pituitary microadenoma. Per Endocrine Society guidance: repeat MRI in 12 months; no treatment. Referred to pituitary neurosurgery clinic for shared surveillance only.
O. Brandt, MD""", endo, enc=e2)
    e3 = c.enc("AMB", "2026-06-22", type_=txt("Pituitary neurosurgery clinic"), reason=txt("Pituitary microadenoma"), pr=ns)
    c.note("2026-06-22", "consult", "Pituitary clinic note", """
Non-functioning 7 mm microadenoma, no chiasmal contact, normal visual fields. No indication for surgery. MRI 03/2027, formal visual fields only if growth.
P. Raman, MD""", ns, enc=e3)
    c.obs(c.local("ophth", "HVF", "Humphrey visual field 24-2"), "2026-06-22", "Full fields both eyes.", cat="exam", enc=e3, interp="N", issued=False)
    c.vitals("2026-06-22", 130, 82, 70, wt=90, ht=182, enc=e3)
