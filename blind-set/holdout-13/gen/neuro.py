from lib import *

def variant(b, date, gene, hgnc, cdna, prot, zyg, sig, note=None):
    zmap = {"het": ("LA6706-1", "Heterozygous"), "hom": ("LA6705-3", "Homozygous")}
    smap = {"P": ("LA6668-3", "Pathogenic"), "LP": ("LA26332-9", "Likely pathogenic"), "VUS": ("LA26333-7", "Uncertain significance")}
    comps = [{"code": cc(c(LN, "48018-6", "Gene studied [ID]")), "valueCodeableConcept": cc(c("http://www.genenames.org/geneId", hgnc, gene))},
             {"code": cc(c(LN, "48004-6", "DNA change (c.HGVS)")), "valueCodeableConcept": cc(text=cdna)},
             {"code": cc(c(LN, "48005-3", "Amino acid change (pHGVS)")), "valueCodeableConcept": cc(text=prot)},
             {"code": cc(c(LN, "53034-5", "Allelic state")), "valueCodeableConcept": cc(c(LN, *zmap[zyg]))},
             {"code": cc(c(LN, "53037-8", "Genetic variation clinical significance [Imp]")), "valueCodeableConcept": cc(c(LN, *smap[sig]))}]
    return b.obs(cc(c(LN, "69548-6", "Genetic variant assessment")), date, vcc=cc(c(LN, "LA9633-4", "Present")), cat="laboratory", comps=comps, interp=None, note=note)

def ne_psnw_pos(cid):
    b = B(cid, "ne1", dict(family="Lindstrom", given="Abigail Rose", gender="female", birth="1999-01-26", mrn="WU-88201447",
          payer="Blue Cross Blue Shield of Michigan PPO", member="XYM881204557",
          addr={"use": "home", "line": ["212 Packard St Apt 3"], "city": "Ann Arbor", "state": "MI", "postalCode": "48104"}))
    b.prac("ms", "Achebe", "Ngozi", "MD"); b.prac("pcp", "Fournier", "Luc", "MD"); b.prac("oph", "Bhatt", "Ritu", "MD")
    b.cond(cc(c(ICD, "F41.9", "Anxiety disorder, unspecified"), text="Anxiety (situational, 2019)"), "2019-03-01", status="resolved", abate="2020-06-01")
    b.cond(cc(c(ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "2008-01-01")
    par = b.cond(cc(c(SCT, "91019004", "Paresthesia"), c(ICD, "R20.2", "Paresthesia of skin"), text="Episodic paresthesias (left arm/face, both feet) with transient blurred vision"), "2026-03-20", asserter="ms", recorded="2026-04-08")
    b.med(cc(c(RX, "435", "albuterol")), "2015-01-01", kind="MedicationStatement", dose="2 puffs q4h PRN")
    dates = [("2026-04-08", "pcp", "Primary care"), ("2026-06-03", "ms", "MS & neuroimmunology clinic - new patient"), ("2026-08-12", "oph", "Neuro-ophthalmology"), ("2026-10-28", "ms", "MS & neuroimmunology clinic - follow-up")]
    for d, p, t in dates:
        e = b.enc(d, "AMB", t, "numbness and tingling episodes, blurred vision", p)
        b.obs(cc(c(SCT, "91019004", "Paresthesia"), text="Paresthesia episodes reported"), d, vstr="Present - episodic, lasting 10 min to several hours", cat="exam", interp=None, enc=e)
        b.vitals(d, e, 112, 70, 72, wt=58.0)
    mri = b.obs(cc(c(CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences"), text="MRI brain with and without contrast (MS protocol)"), "2026-06-20", vstr="Normal. No demyelinating lesions. No enhancement.", cat="imaging", interp="N")
    mric = b.obs(cc(c(CPT, "72156", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, without contrast material, followed by contrast material(s) and further sequences; cervical"), text="MRI cervical and thoracic spine"), "2026-06-20", vstr="Normal cord signal. No lesions.", cat="imaging", interp="N")
    ocb = b.obs(cc(c(LN, "9354-3", "Oligoclonal bands [Presence] in Cerebral spinal fluid"), text="CSF oligoclonal bands"), "2026-07-01", vcc=cc(c(SCT, "260385009", "Negative")), interp="N")
    b.obs(L("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma"), "2026-06-03", 488, "pg/mL", "pg/mL", 232, 1245)
    b.obs(L("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-06-03", 1.9, "m[IU]/L", "m[IU]/L", 0.45, 4.5)
    b.obs(L("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-06-03", 5.1, "%", "%", 4.0, 5.6)
    b.obs(cc(text="Aquaporin-4 IgG (cell-based assay) and MOG-IgG"), "2026-07-01", vstr="Both negative", interp="N")
    b.obs(cc(c(LN, "8061-4", "Nuclear Ab [Presence] in Serum"), text="ANA"), "2026-06-03", vcc=cc(c(SCT, "260385009", "Negative")), interp="N")
    vep = b.obs(cc(text="Visual evoked potentials + OCT retinal nerve fiber layer"), "2026-08-12", vstr="P100 latencies normal bilaterally; OCT RNFL normal; visual fields full.", cat="procedure", interp="N")
    b.dr(cc(text="Demyelinating disease evaluation"), "2026-08-12", "No evidence of demyelinating disease: MRI brain/spine, CSF, VEP and OCT normal.", [mri, mric, ocb, vep], pr="ms")
    b.note("2026-10-28", "MS clinic follow-up", "27F graduate student with episodic paresthesias (left arm/face, sometimes both feet) and transient blurred vision since March 2026, 2-3 episodes per week, now also fatigue and dropping objects. Neuro exam normal between episodes. Full workup normal (MRI brain/C/T spine, CSF OCB, AQP4/MOG, VEP/OCT, B12, TSH, A1c, ANA). Does not meet criteria for MS or other demyelinating disease. Told patient there is no neurological disease found; symptoms may be benign. Discharged to PCP; return if new deficits.", pr="ms")
    b.note("2026-11-20", "Portal message (summarized by RN)", "Patient reports episodes continuing, twice this week with left face numbness; asks what else could cause this. RN advised PCP visit.", typ=("34109-9", "Note"))
    return b, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
        why="Episodic paresthesias and visual blurring recorded on 4+ dates from April to November 2026 with an entirely normal work-up (MRI brain/spine, CSF, antibodies, VEP/OCT, labs) and no explanatory diagnosis; discharged as 'no disease found' while symptoms continue.",
        summary="27F episodic paresthesias/visual blurring 8 months, normal MS workup, discharged with no diagnosis")

def ne_dsm_pos(cid):
    b = B(cid, "ne2", dict(family="Oyelaran", given="Funmilayo", gender="female", birth="1988-07-04", mrn="GP-40022871",
          payer="Medica Choice Passport", member="MCP118200947",
          addr={"use": "home", "line": ["8811 W Dodge Rd"], "city": "Omaha", "state": "NE", "postalCode": "68114"}))
    b.prac("neu", "Kaminski", "Paul", "MD"); b.prac("fnd", "Reinholt", "Sabine", "MD"); b.prac("pt", "Dvorak", "Eva", "PT")
    fnd = b.cond(cc(c(ICD, "F44.4", "Conversion disorder with motor symptom or deficit"), c(SCT, "44376007", "Dissociative disorder or conversion disorder"), text="Functional neurological disorder - functional gait disorder/weakness"), "2025-10-14", asserter="fnd")
    b.cond(cc(c(ICD, "E03.9", "Hypothyroidism, unspecified")), "2017-01-01")
    e1 = b.enc("2025-10-14", "AMB", "Functional neurological disorder clinic", "difficulty climbing stairs, legs give way", "fnd")
    b.note("2025-10-14", "FND clinic consultation", "37F with 8 months of leg weakness and difficulty rising from chairs, onset after a stressful job change. Exam: give-way weakness in hip flexors; normal reflexes; gait with effortful features. Normal MRI brain and L-spine. Diagnosis: functional neurological disorder (functional gait disorder). Plan: specialist FND physiotherapy and CBT.", pr="fnd", enc=e1, typ=("11488-4", "Consult note"))
    b.obs(L("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"), "2025-09-01", 210, "U/L", "U/L", 26, 192)
    b.proc(cc(text="Specialist physiotherapy for functional neurological disorder (weekly)"), "in-progress", "2025-11-05", pr="pt")
    for d, ck, ald in [("2026-04-15", 1480, 14.2), ("2026-09-22", 1620, 15.8)]:
        b.obs(L("2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma"), d, ck, "U/L", "U/L", 26, 192)
        b.obs(L("1761-6", "Aldolase [Enzymatic activity/volume] in Serum or Plasma"), d, ald, "U/L", "U/L", 0, 8.1)
    b.obs(L("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma by With P-5'-P"), "2026-09-22", 88, "U/L", "U/L", 7, 35)
    b.obs(L("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-09-22", 2.4, "m[IU]/L", "m[IU]/L", 0.45, 4.5)
    emg = b.obs(cc(c(CPT, "95886", "Needle electromyography, each extremity, with related paraspinal areas"), text="EMG/NCS bilateral lower limbs and right upper limb"), "2026-10-07", vstr="Short-duration, low-amplitude polyphasic MUAPs with early recruitment and fibrillation potentials in iliopsoas, vastus lateralis, deltoid and thoracic paraspinals. Normal NCS. Impression: irritable myopathy.", cat="procedure", interp="A")
    b.dr(cc(text="Electrodiagnostic report"), "2026-10-07", "Active (irritable) myopathic process, proximal > distal.", [emg], cat=("OTH", "Other"), pr="neu")
    for d, mrc in [("2026-04-15", "Hip flexors 4/5, deltoids 5/5"), ("2026-10-07", "Hip flexors 4-/5, deltoids 4/5, neck flexors 4/5")]:
        e = b.enc(d, "AMB", "General neurology clinic", "leg weakness", "neu")
        b.obs(cc(text="MRC manual muscle testing - proximal"), d, vstr=mrc, cat="exam", interp="A", enc=e)
        b.vitals(d, e, 118, 74, 80, wt=66.0 if d < "2026-06" else 63.5)
    b.note("2026-11-12", "FND clinic follow-up", "Still unable to climb stairs without rail; now trouble lifting arms to wash hair, dysphagia to dry foods. Continues FND physio. CK and EMG results from general neurology noted. Assessment unchanged: functional neurological disorder. Continue physio; consider inpatient FND rehab.", pr="fnd", typ=("11506-3", "Progress note"))
    b.med(cc(c(RX, "10582", "levothyroxine")), "2017-01-01", kind="MedicationStatement", dose="75 mcg daily")
    b.med(cc(c(RX, "36437", "sertraline")), "2025-11-05", dose="50 mg daily", pr="fnd")
    return b, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
        why="Active functional neurological disorder label (F44.4) for 13 months while proximal weakness progresses and CK (1480-1620), aldolase, ALT and an irritable myopathic EMG appear - abnormal results the functional label cannot account for.",
        summary="38F labelled functional gait disorder, now CK 1600 and myopathic EMG with progressive proximal weakness")

def ne_dsm_nm(cid):
    b = B(cid, "ne3", dict(family="Brandt", given="Gerald", gender="male", birth="1960-02-11", mrn="BV-3318204",
          payer="Medicare Part B + Anthem Medigap Plan G", member="6PJ1-XM4-UC28",
          addr={"use": "home", "line": ["1450 Franklin St"], "city": "Santa Rosa", "state": "CA", "postalCode": "95404"}))
    b.prac("md", "Ferrante", "Lucia", "MD"); b.prac("nurse", "Ocampo", "Ray", "RN")
    pd = b.cond(cc(c(SCT, "49049000", "Parkinson's disease"), text="Idiopathic Parkinson disease, tremor-dominant, H&Y 2"), "2025-09-01", asserter="md", recorded="2026-01-14")
    b.cond(cc(c(ICD, "K59.09", "Other constipation")), "2022-01-01")
    b.cond(cc(c(ICD, "G47.52", "REM sleep behavior disorder")), "2021-06-01")
    b.cond(cc(c(ICD, "R43.0", "Anosmia")), "2020-01-01")
    dat = b.obs(cc(text="DaTscan (ioflupane I-123 SPECT)"), "2026-01-28", vstr="Reduced putaminal uptake, left > right, consistent with presynaptic dopaminergic deficit.", cat="imaging", interp="A")
    mri = b.obs(cc(c(CPT, "70551", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material")), "2025-12-10", vstr="Age-appropriate volume loss. No vascular lesions. No midbrain or putaminal atrophy.", cat="imaging", interp="N")
    upd = cc(c("https://fhirprod.bayviewuniv.edu/flowsheet", "MDSUPDRS3", "MDS-UPDRS Part III motor score"), text="MDS-UPDRS Part III")
    for d, s in [("2026-01-14", 32), ("2026-05-13", 22), ("2026-11-04", 21)]:
        e = b.enc(d, "AMB", "Movement disorders clinic", "tremor, slowness", "md")
        b.obs(upd, d, s, "{score}", "{score}", cat="survey", interp=None, enc=e)
        b.vitals(d, e, 128, 78, 70, wt=80.0)
    b.med(cc(c(RX, "2019", "carbidopa"), c(RX, "6375", "levodopa"), text="carbidopa-levodopa 25/100 mg tablet"), "2026-02-01", dose="1.5 tablets three times daily", pr="md", reason=cc(text="Parkinson disease"))
    b.med(cc(c(RX, "25240", "polyethylene glycol 3350")), "2022-01-01", kind="MedicationStatement", dose="17 g daily")
    b.note("2026-11-04", "Movement disorders follow-up", "66M with PD (right rest tremor onset 2025, bradykinesia, rigidity), prodromal RBD, hyposmia and constipation - all consistent with Lewy-body PD. DaTscan abnormal. Excellent levodopa response: UPDRS-III 32 -> 21. No red flags for atypical parkinsonism (no early falls, no autonomic failure, no gaze palsy). No wearing off. Continue current dose; exercise program (boxing class).", pr="md")
    return b, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
        why="Parkinson disease diagnosis explains every recorded finding (tremor, bradykinesia, RBD, hyposmia, constipation, abnormal DaTscan) and the patient is improving on levodopa; no catch-all label.",
        summary="66M Parkinson disease with typical motor/non-motor features, abnormal DaTscan, good levodopa response")

def ne_mpp_pos(cid):
    b = B(cid, "ne3", dict(family="Ishikawa", given="Robert Kenji", gender="male", birth="1963-10-30", mrn="BV-1120587",
          payer="Kaiser-independent: Blue Shield of California PPO", member="XEA901227713",
          addr={"use": "home", "line": ["88 Vista Grande"], "city": "Daly City", "state": "CA", "postalCode": "94014"}))
    b.prac("md", "Ferrante", "Lucia", "MD"); b.prac("nsg", "Okoro", "Emmanuel", "MD"); b.prac("np", "Dahl", "Kristin", "NP")
    pd = b.cond(cc(c(SCT, "49049000", "Parkinson's disease"), c(ICD, "G20.B2", "Parkinson's disease with dyskinesia, with fluctuations"), text="Parkinson disease with motor fluctuations and peak-dose dyskinesia"), "2016-04-01", asserter="md")
    b.cond(cc(c(ICD, "E78.5", "Hyperlipidemia, unspecified")), "2015-01-01")
    b.cond(cc(c(ICD, "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2019-01-01")
    b.med(cc(c(RX, "2019", "carbidopa"), c(RX, "6375", "levodopa"), text="carbidopa-levodopa 25/100 IR"), "2017-01-01", dose="2 tabs 5 times daily", pr="md")
    b.med(cc(c(RX, "32937", "entacapone")), "2022-03-01", dose="200 mg with each levodopa dose", pr="md")
    b.med(cc(c(RX, "6719", "amantadine")), "2024-05-01", dose="100 mg twice daily", pr="md")
    e1 = b.enc("2026-08-19", "AMB", "Movement disorders clinic - DBS candidacy (levodopa challenge)", "motor fluctuations", "md")
    b.obs(cc(c("https://fhirprod.bayviewuniv.edu/flowsheet", "MDSUPDRS3-OFF", "MDS-UPDRS III practically defined OFF"), text="MDS-UPDRS III OFF medication"), "2026-08-19T08:00:00-07:00", 46, "{score}", "{score}", cat="survey", interp=None, enc=e1)
    b.obs(cc(c("https://fhirprod.bayviewuniv.edu/flowsheet", "MDSUPDRS3-ON", "MDS-UPDRS III ON medication"), text="MDS-UPDRS III ON (supra-threshold levodopa)"), "2026-08-19T10:00:00-07:00", 19, "{score}", "{score}", cat="survey", interp=None, enc=e1, note="Levodopa responsiveness 59%")
    b.obs(cc(text="Neuropsychological evaluation for DBS"), "2026-09-09", vstr="No dementia; mild executive slowing; mood stable. No neuropsychological contraindication to DBS.", cat="exam", interp=None)
    mri = b.obs(cc(c(CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences"), text="MRI brain stereotactic protocol"), "2026-10-02", vstr="Mild generalized atrophy; no contraindication to STN targeting.", cat="imaging", interp=None)
    e2 = b.enc("2026-10-21", "AMB", "Functional neurosurgery consultation", "DBS evaluation", "nsg")
    b.vitals("2026-10-21", e2, 122, 76, 66, wt=71.0)
    b.note("2026-10-21", "DBS multidisciplinary conference + neurosurgery consult", "63M PD x10 yr with 4-5 h/day OFF time and troublesome peak-dose dyskinesia despite optimized oral therapy. Levodopa response 59%, neuropsych cleared, MRI suitable. Consensus: bilateral STN DBS. Stage 1: bilateral STN lead implantation with microelectrode recording 01/20/2027; stage 2: IPG implantation 1-2 weeks later. Consent discussed incl. hemorrhage ~1-2%, infection, hardware issues, speech/cognitive effects.", pr="nsg", enc=e2, typ=("11488-4", "Consult note"))
    b.sr(cc(c(CPT, "61867", "Twist drill, burr hole, craniotomy, or craniectomy with stereotactic implantation of neurostimulator electrode array in subcortical site (eg, thalamus, globus pallidus, subthalamic nucleus, periventricular, periaqueductal gray), with use of intraoperative microelectrode recording; first array"), text="Bilateral STN deep brain stimulation lead implantation"),
         "active", "plan", "2026-10-21", occ="2027-01-20T07:00:00-08:00", reason=pd, pr="nsg")
    b.sr(cc(c(CPT, "61868", "... each additional array (List separately in addition to primary procedure)"), text="Second STN array"), "active", "plan", "2026-10-21", occ="2027-01-20T07:00:00-08:00", reason=pd, pr="nsg")
    b.sr(cc(c(CPT, "61886", "Insertion or replacement of cranial neurostimulator pulse generator or receiver, direct or inductive coupling; with connection to 2 or more electrode arrays"), text="IPG implantation (stage 2)"), "active", "plan", "2026-10-21", occ="2027-02-03T07:00:00-08:00", reason=pd, pr="nsg")
    return b, dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
        why="Bilateral STN deep brain stimulation (CPT 61867/61868 + IPG 61886) planned for 2027-01-20 via active ServiceRequests; not yet performed.",
        summary="63M Parkinson disease with motor fluctuations; staged bilateral STN DBS planned 1/20/2027")

def ne_mpp_nm(cid):
    b = B(cid, "ne3", dict(family="Whitcomb", given="Sierra Dawn", gender="female", birth="2002-05-08", mrn="BV-4471092",
          payer="Medi-Cal (San Francisco Health Plan)", member="97722004E",
          addr={"use": "home", "line": ["1500 Oakdale Ave"], "city": "San Francisco", "state": "CA", "postalCode": "94124"}))
    b.prac("ep", "Mahmoud", "Samir", "MD"); b.prac("nsg", "Okoro", "Emmanuel", "MD"); b.prac("np", "Dahl", "Kristin", "NP")
    epi = b.cond(cc(c(ICD, "G40.219", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, intractable, without status epilepticus"), text="Drug-resistant focal epilepsy, bilateral independent temporal onsets"), "2016-01-01", asserter="ep")
    b.cond(cc(c(ICD, "F41.1", "Generalized anxiety disorder")), "2021-01-01")
    b.obs(cc(text="Video-EEG monitoring (EMU) summary"), "2026-03-14", vstr="7 typical seizures: 4 left temporal, 3 right temporal onset. Not a resective surgery candidate.", cat="procedure", interp="A")
    b.proc(cc(c(CPT, "64568", "Incision for implantation of cranial nerve (eg, vagus nerve) neurostimulator electrode array and pulse generator"), text="Left vagus nerve stimulator implantation"), "completed", "2026-09-02", reason=epi, pr="nsg", outcome="Uncomplicated; device on at 0.25 mA 2 weeks post-op")
    sz = cc(c("https://fhirprod.bayviewuniv.edu/flowsheet", "SZFREQ-MO", "Seizure frequency per month (patient diary)"), text="Focal impaired awareness seizures per month (diary)")
    for d, n, ma in [("2026-08-12", 8, None), ("2026-10-07", 6, 1.0), ("2026-11-18", 4, 1.5)]:
        e = b.enc(d, "AMB", "Epilepsy clinic" + (" - VNS programming" if ma else ""), "seizure follow-up", "ep" if not ma else "np")
        b.obs(sz, d, n, "/mo", "/mo", cat="survey", interp=None, enc=e)
        if ma: b.obs(cc(text="VNS output current"), d, ma, "mA", "mA", cat="procedure", interp=None, enc=e)
    b.med(cc(c(RX, "28439", "lamotrigine")), "2018-01-01", dose="200 mg twice daily", pr="ep")
    b.med(cc(c(RX, "1099871", "clobazam"), text="clobazam 10 mg"), "2024-01-01", dose="10 mg twice daily", pr="ep")
    b.med(cc(c(RX, "114477", "levetiracetam")), "2016-01-01", status="stopped", dose="1500 mg BID", note="Stopped 2023 - irritability", pr="ep")
    b.note("2026-11-18", "VNS programming visit", "24F DRE, VNS implanted 9/2/2026 without complication. Output increased 1.0 -> 1.5 mA, 30 s on/5 min off. Seizures trending down (8 -> 6 -> 4/month). Mild hoarseness with stimulation, tolerable. Next titration in 6 weeks. No other procedures planned.", pr="np")
    return b, dict(target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
        why="The invasive procedure (VNS implantation) was already performed on 2026-09-02 (Procedure completed); only outpatient programming visits are planned, and seizures are improving.",
        summary="24F drug-resistant epilepsy, VNS implanted 9/2026 (completed), now titration")

def ne_up_pos(cid):
    b = B(cid, "ne1", dict(family="Kaczmarek", given="Irene", gender="female", birth="1941-06-15", mrn="WU-10045128",
          payer="Medicare Part A/B + Priority Health Medigap", member="1EG4-TE5-MK72",
          addr={"use": "home", "line": ["Brookhaven Memory Care, 3100 Washtenaw Ave Rm 14"], "city": "Ypsilanti", "state": "MI", "postalCode": "48197"}))
    b.prac("cog", "Haddad", "Rami", "MD"); b.prac("sw", "Pruett", "Amanda", "LCSW"); b.prac("pcp", "Fournier", "Luc", "MD")
    ad = b.cond(cc(c(SCT, "26929004", "Alzheimer's disease"), c(ICD, "G30.1", "Alzheimer's disease with late onset"), text="Alzheimer disease, late onset, severe (FAST 7c)"), "2018-01-01", asserter="cog")
    b.cond(cc(c(ICD, "F02.C11", "Dementia in other diseases classified elsewhere, severe, with agitation")), "2024-01-01")
    b.cond(cc(c(ICD, "R13.12", "Dysphagia, oropharyngeal phase")), "2026-05-01")
    b.cond(cc(c(ICD, "J69.0", "Pneumonitis due to inhalation of food and vomit")), "2026-09-30", status="resolved", abate="2026-10-12")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2000-01-01")
    e1 = b.enc("2026-09-30", "IMP", "Inpatient admission", "aspiration pneumonia", "pcp", end="2026-10-06")
    b.vitals("2026-09-30", e1, 104, 60, 108, wt=44.5, temp=38.4, spo2=89)
    b.obs(cc(text="Functional Assessment Staging Tool (FAST)"), "2026-11-10", vstr="7c - unable to walk without assistance, speech limited to 1-2 words", cat="survey", interp=None)
    b.obs(L("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-10-02", 2.7, "g/dL", "g/dL", 3.5, 5.0, enc=e1)
    b.obs(cc(text="Modified barium swallow"), "2026-10-03", vstr="Silent aspiration with thin and nectar liquids; delayed swallow initiation.", cat="imaging", interp="A")
    e2 = b.enc("2026-11-10", "AMB", "Memory disorders clinic", "goals of care", "cog")
    b.vitals("2026-11-10", e2, 112, 64, 84, wt=42.1)
    b.note("2026-11-10", "Memory clinic - goals of care", "85F with Alzheimer disease diagnosed 2018, now severe (FAST 7c), weight 51 -> 42 kg over 12 months, aspiration pneumonia 10/2026. No disease-modifying therapy is appropriate at this stage (anti-amyloid agents not indicated in severe dementia); donepezil discontinued. Daughter (health care POA) agrees with comfort-focused care; no feeding tube, no rehospitalization. Referred to hospice. POLST: DNR, comfort measures.", pr="cog", enc=e2)
    b.sr(cc(c(SCT, "306205009", "Referral to hospice")), "active", "order", "2026-11-10", reason=ad, pr="cog", note="Hospice of Washtenaw - admit at memory-care facility")
    b.careplan("Hospice plan of care", "active", "plan", "2026-11-14", "Comfort care for advanced Alzheimer disease: pleasure feeds, mouth care, scheduled acetaminophen, low-dose quetiapine for agitation, no hospital transfer.",
               cat=cc(text="Hospice/palliative"), addresses=[ad], pr="cog", activities=[("Careful hand feeding / pleasure feeds", "in-progress", None), ("Hospice RN visits 2x/week", "in-progress", None)])
    b.med(cc(c(RX, "135447", "donepezil")), "2018-03-01", status="stopped", dose="10 mg nightly", note="Discontinued 11/2026 - no benefit in severe stage", pr="cog")
    b.med(cc(c(RX, "51272", "quetiapine")), "2025-04-01", dose="12.5 mg at bedtime", pr="cog")
    b.note("2026-11-16", "Social work note", "Met daughter. Daughter relieved with hospice plan; son (out of state) called, he is sad but supportive of comfort care; offered family meeting by video to plan visits.", pr="sw", typ=("34109-9", "Note"))
    return b, dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
        why="Severe Alzheimer disease with a note stating no disease-modifying therapy is appropriate, an active hospice referral and hospice CarePlan; no second opinion on record.",
        summary="85F severe late-onset Alzheimer disease after aspiration pneumonia; hospice referral, no disease-modifying options")

def ne_hit_pos(cid):
    b = B(cid, "ne2", dict(family="Marquez", given="Daniela", gender="female", birth="1993-03-03", mrn="GP-51187320",
          payer="Nebraska Total Care (Medicaid)", member="NE00917732",
          addr={"use": "home", "line": ["2415 N 60th St"], "city": "Omaha", "state": "NE", "postalCode": "68104"}))
    b.prac("ms", "Voss", "Ingrid", "MD"); b.prac("np", "Greene", "Tamara", "NP"); b.prac("inf", "Lopez", "Marco", "RN")
    ms = b.cond(cc(c(SCT, "426373005", "Relapsing remitting multiple sclerosis"), text="Highly active relapsing-remitting multiple sclerosis"), "2022-08-01", asserter="ms")
    b.cond(cc(c(ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2012-01-01")
    b.med(cc(c(RX, "354770", "natalizumab"), c(HCPCS, "J2323", "Injection, natalizumab, 1 mg"), text="natalizumab 300 mg IV every 4 weeks"), "2023-01-10", status="stopped", pr="ms", note="Stopped 08/2026: JCV index 2.8 after 40+ infusions, plus breakthrough relapses")
    for d, t in [("2026-03-02", "Relapse: right optic neuritis"), ("2026-07-20", "Relapse: left hemisensory + gait ataxia; 3 new T2 lesions incl. 2 enhancing")]:
        b.cond(cc(c(ICD, "G35", "Multiple sclerosis"), text=t), d, status="resolved", abate=d[:5] + "%02d" % (int(d[5:7]) + 2) + d[7:], cat="encounter-diagnosis")
    b.obs(cc(c(CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")), "2026-07-22", vstr="3 new T2 lesions since 01/2026, 2 gadolinium-enhancing (periventricular, juxtacortical).", cat="imaging", interp="A")
    edss = cc(c("https://fhir.gpamc.edu/flowsheet", "EDSS", "Kurtzke Expanded Disability Status Scale"), text="EDSS")
    for d, s in [("2026-05-11", 3.0), ("2026-11-09", 3.0)]:
        e = b.enc(d, "AMB", "MS clinic", "MS follow-up", "ms")
        b.obs(edss, d, s, "{score}", "{score}", cat="exam", interp=None, enc=e)
        b.vitals(d, e, 110, 68, 76, wt=61.0)
    b.obs(cc(text="JC virus antibody index (STRATIFY JCV)"), "2026-07-22", 2.8, "{index}", "{index}", None, 0.4, refText="<0.20 negative; >0.40 positive")
    b.obs(L("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), "2026-11-09", 6.8, "10*3/uL", "10*3/uL", 4.0, 11.0)
    b.obs(L("2106-3", "Choriogonadotropin [Presence] in Urine"), "2026-11-09", vcc=cc(c(SCT, "260385009", "Negative")), interp="N")
    b.note("2026-11-09", "MS clinic - treatment decision", "33F highly active RRMS: 2 relapses in 2026 with new enhancing lesions on natalizumab, now JCV high-titer. Ocrelizumab declined by insurer pending step therapy appeal; patient prefers not to wait. Plan after discussion: induction with IV cyclophosphamide 800 mg/m2 monthly x6 (with mesna and antiemetics), first dose 12/15/2026 at infusion center. Counselled on infertility risk (oocyte preservation referral done), bladder toxicity, infection, secondary malignancy; contraception required.", pr="ms")
    b.med(cc(c(RX, "3002", "cyclophosphamide"), c(HCPCS, "J9070", "Cyclophosphamide, 100 mg"), text="cyclophosphamide 800 mg/m2 IV monthly x6"), "2026-11-09", status="active", intent="order", dose="800 mg/m2 (1,320 mg) IV over 1 h every 4 weeks x 6; first dose 2026-12-15", pr="ms", reason=cc(text="Highly active relapsing multiple sclerosis"))
    b.med(cc(c(RX, "44995", "mesna")), "2026-11-09", status="active", dose="with each cyclophosphamide infusion", pr="ms")
    b.appt("2026-12-15T08:30:00-06:00", "Infusion center - cyclophosphamide cycle 1", pr="inf")
    b.sr(cc(text="Referral to reproductive endocrinology - fertility preservation before cyclophosphamide"), "completed", "order", "2026-11-09", pr="np")
    return b, dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
        why="IV cyclophosphamide (chemotherapy, J9070) ordered as monthly x6 induction with the first infusion booked 2026-12-15; EDSS is stable so no worsening-measure signal.",
        summary="33F highly active RRMS, natalizumab stopped; monthly IV cyclophosphamide induction starting 12/15")

def ne_hit_nm(cid):
    b = B(cid, "ne1", dict(family="Pellegrino", given="Carla", gender="female", birth="1968-09-21", mrn="WU-30077184",
          payer="Priority Health HMO", member="PH8821047",
          addr={"use": "home", "line": ["505 Pine Lake Ave"], "city": "Brighton", "state": "MI", "postalCode": "48116"}))
    b.prac("nm", "Sorensen", "Erik", "MD"); b.prac("onc", "Agarwal", "Meera", "MD")
    cipn = b.cond(cc(c(ICD, "G62.0", "Drug-induced polyneuropathy"), c(SCT, "230667008", "Toxic neuropathy"), text="Chemotherapy-induced peripheral neuropathy (paclitaxel), length-dependent sensory"), "2018-10-01", asserter="nm")
    b.cond(cc(c(ICD, "Z85.3", "Personal history of malignant neoplasm of breast")), "2023-06-01")
    b.cond(cc(c(ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), text="Left breast IDC, stage IIA, ER+/HER2-"), "2018-02-01", status="resolved", abate="2023-06-01")
    b.cond(cc(c(ICD, "E03.9", "Hypothyroidism, unspecified")), "2014-01-01")
    b.proc(cc(c(CPT, "19303", "Mastectomy, simple, complete"), text="Left mastectomy with sentinel node biopsy"), "completed", "2018-03-12")
    b.proc(cc(c(SCT, "367336001", "Chemotherapy"), text="Adjuvant AC -> weekly paclitaxel x12"), "completed", "2018-09-20", outcome="Completed; paclitaxel dose-reduced week 10 for neuropathy")
    b.proc(cc(c(SCT, "1287742003", "Radiotherapy"), text="Post-mastectomy chest wall radiotherapy 50 Gy/25 fx"), "completed", "2018-11-30")
    b.med(cc(c(RX, "10324", "tamoxifen")), "2018-12-01", kind="MedicationStatement", status="completed", end="2023-12-01", dose="20 mg daily x5 years")
    for d, t in [("2026-05-20", 5), ("2026-11-18", 5)]:
        e = b.enc(d, "AMB", "Neuromuscular clinic", "numb burning feet", "nm")
        b.obs(cc(text="Total Neuropathy Score - clinical version (TNSc)"), d, 7, "{score}", "{score}", cat="exam", interp=None, enc=e)
        b.obs(cc(c(LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, t, "{score}", "{score}", cat="survey", interp=None, enc=e)
        b.vitals(d, e, 124, 76, 72, wt=68.0)
    ncs = b.obs(cc(c(CPT, "95910", "Nerve conduction studies; 7-8 studies"), text="NCS lower limbs"), "2026-05-20", vstr="Reduced sural SNAPs bilaterally (3 uV), normal motor studies; unchanged from 2023.", cat="procedure", interp="A")
    b.med(cc(c(RX, "72625", "duloxetine")), "2019-02-01", dose="60 mg daily", pr="nm")
    b.med(cc(c(RX, "10582", "levothyroxine")), "2014-01-01", kind="MedicationStatement", dose="100 mcg daily")
    b.note("2026-11-18", "Neuromuscular follow-up", "58F with persistent paclitaxel CIPN since 2018; breast cancer treatment (mastectomy, AC-T, chest wall RT, 5 y tamoxifen) completed, NED on surveillance mammography 8/2026. Sensory symptoms stable; pain 5/10 on duloxetine. Balance OK. Continue duloxetine, foot care, PT balance program PRN. Return 12 months.", pr="nm")
    return b, dict(target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
        why="All high-impact treatments (mastectomy, chemotherapy, radiotherapy) were completed in 2018; nothing high-impact is planned or running and neuropathy scores are stable.",
        summary="58F stable chemotherapy-induced neuropathy, breast cancer treatment completed 2018-2023")

def ne_prc_pos(cid):
    b = B(cid, "ne3", dict(family="Abara", given="Chidinma", gender="female", birth="1996-12-19", mrn="BV-5520914",
          payer="Blue Shield of California Trio HMO", member="XEB501883620",
          addr={"use": "home", "line": ["3301 Telegraph Ave Apt 5C"], "city": "Oakland", "state": "CA", "postalCode": "94609"}))
    b.prac("ep", "Mahmoud", "Samir", "MD"); b.prac("rn", "Ocampo", "Ray", "RN")
    epi = b.cond(cc(c(ICD, "G40.309", "Generalized idiopathic epilepsy and epileptic syndromes, not intractable, without status epilepticus"), text="Genetic generalized epilepsy (generalized tonic-clonic seizures alone)"), "2019-05-01", asserter="ep")
    b.cond(cc(c(ICD, "G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2014-01-01")
    b.obs(cc(c(LN, "11523-8", "EEG study"), text="Routine EEG"), "2019-05-10", vstr="Generalized 3-4 Hz spike-wave discharges, photoparoxysmal response.", cat="procedure", interp="A")
    b.med(cc(c(RX, "114477", "levetiracetam"), text="levetiracetam 1000 mg tablet"), "2019-05-15", dose="1000 mg twice daily", pr="ep")
    for d in ["2026-02-10", "2026-08-11"]:
        e = b.enc(d, "AMB", "Epilepsy clinic", "epilepsy follow-up", "ep")
        b.vitals(d, e, 116, 72, 70, wt=64.0)
        b.obs(cc(c("https://fhirprod.bayviewuniv.edu/flowsheet", "SZFREQ-MO", "Seizure frequency per month (patient diary)"), text="Generalized tonic-clonic seizures per month"), d, 0, "/mo", "/mo", cat="survey", interp=None, enc=e)
    b.note("2026-08-11", "Epilepsy clinic follow-up", "29F GGE, seizure-free 2.5 years on levetiracetam. Mood: irritability; PHQ-9 8. Planning pregnancy in 1-2 years - discussed levetiracetam is a reasonable choice in pregnancy; folic acid 1 mg. Patient asked about switching to lamotrigine; advised to stay on current regimen given seizure control.", pr="ep")
    b.med(cc(c(RX, "4511", "folic acid")), "2026-08-11", dose="1 mg daily", pr="ep")
    b.add({"resourceType": "Flag", "id": b.nid("flag"), "status": "active", "category": [cc(c("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
           "code": cc(text="Patient request: second opinion on seizure medication plan (submitted via MyChart)"), "subject": {"reference": b.P},
           "period": {"start": "2026-11-21T21:37:00-08:00"}, "author": {"reference": b.P}})
    b.comm("2026-11-21T21:35:00-08:00", "I've asked twice about changing off Keppra because of the mood side effects and it keeps being brushed off. I want a second opinion from another epileptologist before I plan a pregnancy. Can you send my records/EEG to UCSF?", b.P, b.pracs["ep"], medium=("EMAILWRIT", "email"), cat="MyChart message")
    b.note("2026-11-22", "RN telephone note", "Returned call re: MyChart request. Patient requests outside second opinion regarding ASM choice before pregnancy; release of information form sent. Message to Dr. Mahmoud.", pr="rn", typ=("34109-9", "Note"))
    return b, dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
        why="Patient-authored portal Flag and message explicitly requesting a second opinion and stating her concern keeps being brushed off.",
        summary="29F genetic generalized epilepsy, seizure-free; portal Flag/message requests second opinion on medication before pregnancy")

def ne_prc_nm(cid):
    b = B(cid, "ne2", dict(family="Halvorsen", given="Megan", gender="female", birth="1984-04-12", mrn="GP-22119084",
          payer="Blue Cross and Blue Shield of Nebraska", member="BCN33128870",
          addr={"use": "home", "line": ["701 S 17th St"], "city": "Lincoln", "state": "NE", "postalCode": "68508"}))
    b.prac("ms", "Voss", "Ingrid", "MD"); b.prac("np", "Greene", "Tamara", "NP")
    ms = b.cond(cc(c(SCT, "426373005", "Relapsing remitting multiple sclerosis"), text="Relapsing-remitting MS, stable"), "2019-09-01", asserter="ms")
    b.cond(cc(c(ICD, "F32.A", "Depression, unspecified")), "2020-01-01")
    b.med(cc(c(RX, "1373478", "dimethyl fumarate"), text="dimethyl fumarate 240 mg DR capsule"), "2020-01-15", dose="240 mg twice daily", pr="ms")
    b.med(cc(c(RX, "11253", "vitamin D")), "2019-10-01", kind="MedicationStatement", dose="2000 IU daily")
    edss = cc(c("https://fhir.gpamc.edu/flowsheet", "EDSS", "Kurtzke Expanded Disability Status Scale"), text="EDSS")
    for d in ["2026-04-06", "2026-10-12"]:
        e = b.enc(d, "AMB", "MS clinic", "annual MS follow-up", "ms")
        b.obs(edss, d, 1.5, "{score}", "{score}", cat="exam", interp=None, enc=e)
        b.obs(L("731-0", "Lymphocytes [#/volume] in Blood by Automated count"), d, 1.1, "10*3/uL", "10*3/uL", 1.0, 4.8, enc=e)
    b.obs(cc(c(CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")), "2026-09-30", vstr="Stable T2 lesion burden compared with 2025. No enhancing lesions.", cat="imaging", interp=None)
    c1 = b.comm("2026-10-14T09:12:00-05:00", "Hi Megan - as we discussed, your MRI is stable and you have had no relapses in 5 years. If you ever want a second opinion on staying on Tecfidera vs switching to a higher-efficacy therapy, we're happy to arrange one. - Dr. Voss", b.pracs["ms"], b.P, medium=("EMAILWRIT", "email"), cat="MyChart message")
    b.comm("2026-10-14T18:40:00-05:00", "Thanks Dr. Voss! No need for another opinion, I'm really happy with how things are going and want to stay on Tecfidera. Could I move my April labs to a Saturday?", b.P, b.pracs["ms"], medium=("EMAILWRIT", "email"), cat="MyChart message", inResp=c1)
    b.note("2026-10-12", "MS clinic follow-up", "42F RRMS on dimethyl fumarate since 2020, no relapses since 2021, EDSS 1.5 stable, MRI stable. Lymphocytes 1.1. Discussed escalation options; patient prefers to continue current DMT. Offered second opinion if she wishes - she declines. Return 6 months.", pr="ms")
    return b, dict(target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
        why="The only second-opinion messages are a clinician offer and the patient's reply declining it ('No need for another opinion'); no patient request or dissatisfaction.",
        summary="42F stable RRMS; clinician offers second opinion via portal, patient declines")

def ne_wdt_pos(cid):
    b = B(cid, "ne1", dict(family="Delgado", given="Marcus Anthony", gender="male", birth="1990-08-14", mrn="WU-61220493",
          payer="HAP (Health Alliance Plan) HMO", member="HAP40019283",
          addr={"use": "home", "line": ["19440 Grand River Ave"], "city": "Detroit", "state": "MI", "postalCode": "48223"}))
    b.prac("ep", "Nakashima", "Yuki", "MD"); b.prac("np", "Ambrose", "Leah", "NP")
    epi = b.cond(cc(c(ICD, "G40.209", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, not intractable, without status epilepticus"), text="Focal epilepsy, left frontal (post-traumatic, MVC 2021)"), "2022-02-01", asserter="ep")
    b.cond(cc(c(ICD, "S06.2X0S", "Diffuse traumatic brain injury without loss of consciousness, sequela"), text="History of TBI (2021)"), "2021-07-01")
    b.cond(cc(c(ICD, "G47.00", "Insomnia, unspecified")), "2023-01-01")
    b.med(cc(c(RX, "114477", "levetiracetam"), text="levetiracetam 1500 mg"), "2022-02-10", dose="1500 mg twice daily", pr="ep", reason=cc(text="Focal epilepsy"))
    b.med(cc(c(RX, "623404", "lacosamide"), text="lacosamide 200 mg"), "2026-03-04", dose="200 mg twice daily (titrated from 50 mg BID by 4/2026)", pr="ep", reason=cc(text="Focal epilepsy"))
    sz = cc(c("https://fhir.whitmore-health.edu/flowsheet", "SZ-FIAS-30D", "Focal impaired awareness seizures in last 30 days (diary)"), text="Seizure frequency - focal impaired awareness, per 30 days")
    for d, n in [("2026-04-22", 2), ("2026-07-15", 4), ("2026-10-07", 7), ("2026-11-18", 9)]:
        e = b.enc(d, "AMB", "Comprehensive epilepsy clinic", "seizures increasing", "ep" if d != "2026-07-15" else "np")
        b.obs(sz, d, n, "/30d", "/30d", cat="survey", interp=None, enc=e)
        b.vitals(d, e, 124, 80, 74, wt=88.0)
    b.obs(cc(text="Levetiracetam level"), "2026-10-07", 28, "ug/mL", "ug/mL", 12, 46)
    b.obs(cc(text="Lacosamide level"), "2026-10-07", 9.1, "ug/mL", "ug/mL", 10, 20, interp="N", note="Trough; adherence confirmed with pill organizer and pharmacy fills")
    b.obs(cc(c(LN, "11523-8", "EEG study"), text="Routine EEG"), "2026-10-20", vstr="Left frontal sharp waves, frequent. No electrographic seizures.", cat="procedure", interp="A")
    b.note("2026-11-18", "Epilepsy clinic follow-up", "36M post-traumatic left frontal epilepsy. On levetiracetam since 2022; lacosamide added 3/2026 and at 200 mg BID since April. Adherent (pharmacy fills, levels therapeutic, wife supervises). Despite dual therapy seizures have increased: 2/month (April) -> 4 (July) -> 7 (Oct) -> 9 in the last 30 days, now with 2 falls. Lost driving privileges; job at risk. Plan: admit to EMU for video-EEG characterization; consider third agent (cenobamate).", pr="ep")
    return b, dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
        why="Monthly seizure frequency rose 2 -> 4 -> 7 -> 9 over 7 months (far above a 50% increase) while levetiracetam and lacosamide were both active and adherence confirmed.",
        summary="36M post-traumatic focal epilepsy, seizures 2->9/month over 7 months on two adherent ASMs")

def ne_wdt_nm(cid):
    b = B(cid, "ne2", dict(family="Nakamura-Reyes", given="Elise", gender="female", birth="1986-02-27", mrn="GP-60033218",
          payer="UnitedHealthcare Choice Plus", member="UHC77003215",
          addr={"use": "home", "line": ["4011 Pioneers Blvd"], "city": "Lincoln", "state": "NE", "postalCode": "68506"}))
    b.prac("ms", "Voss", "Ingrid", "MD"); b.prac("ob", "Farrell", "Kathleen", "MD")
    ms = b.cond(cc(c(SCT, "426373005", "Relapsing remitting multiple sclerosis"), text="Relapsing-remitting MS"), "2017-05-01", asserter="ms")
    b.cond(cc(c(ICD, "Z31.69", "Encounter for other general counseling and advice on procreation"), text="Preconception planning"), "2026-01-20", status="active")
    b.med(cc(c(RX, "1012892", "fingolimod"), text="fingolimod 0.5 mg capsule"), "2019-06-01", kind="MedicationStatement", status="stopped", end="2026-02-15", dose="0.5 mg daily", note="Stopped for pregnancy planning (teratogenic; 2-month washout)")
    edss = cc(c("https://fhir.gpamc.edu/flowsheet", "EDSS", "Kurtzke Expanded Disability Status Scale"), text="EDSS")
    for d, s in [("2026-03-16", 2.0), ("2026-07-13", 3.0), ("2026-11-16", 3.5)]:
        e = b.enc(d, "AMB", "MS clinic", "MS follow-up", "ms")
        b.obs(edss, d, s, "{score}", "{score}", cat="exam", interp=None, enc=e)
        b.vitals(d, e, 114, 70, 74, wt=62.0)
    b.cond(cc(text="MS relapse - transverse myelitis T6 (post-fingolimod withdrawal)"), "2026-06-20", status="resolved", abate="2026-08-30", cat="encounter-diagnosis")
    b.med(cc(c(RX, "6902", "methylprednisolone"), text="methylprednisolone 1 g IV daily x3"), "2026-06-22", status="completed", pr="ms")
    b.obs(cc(c(CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences")), "2026-06-24", vstr="Multiple new enhancing lesions brain and T6 cord - consistent with rebound after fingolimod cessation.", cat="imaging", interp="A")
    b.note("2026-11-16", "MS clinic follow-up", "40F RRMS. Fingolimod stopped 2/15/2026 for pregnancy planning; elected no interim DMT (wanted to conceive quickly). Rebound relapse 6/2026 (T6 myelitis) treated with IV steroids. EDSS 2.0 (Mar) -> 3.0 (Jul) -> 3.5 today, off all DMT since February. Not pregnant. Discussed restarting a pregnancy-compatible DMT now (glatiramer acetate or natalizumab bridging); patient will decide after discussing with husband and OB.", pr="ms")
    b.obs(L("2106-3", "Choriogonadotropin [Presence] in Urine"), "2026-11-16", vcc=cc(c(SCT, "260385009", "Negative")), interp="N")
    b.med(cc(c(RX, "4511", "folic acid")), "2026-01-20", kind="MedicationStatement", dose="0.4 mg daily")
    return b, dict(target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
        why="EDSS worsened 2.0 -> 3.5 over 8 months, but fingolimod had been stopped in February and she received no disease-modifying therapy during the decline, so it is not worsening despite treatment.",
        summary="40F RRMS worsening (EDSS 2.0->3.5) after stopping fingolimod for pregnancy planning; off DMT")

def ne_roc_pos1(cid):
    b = B(cid, "ne2", dict(family="Sousa", given="Manuel Jorge", gender="male", birth="1972-01-09", mrn="GP-11908422",
          payer="Aetna Choice POS II", member="W228719041",
          addr={"use": "home", "line": ["1240 Locust St"], "city": "Council Bluffs", "state": "IA", "postalCode": "51503"}))
    b.prac("nm", "Kaminski", "Paul", "MD"); b.prac("gc", "Tanaka", "Hana", "CGC"); b.prac("card", "Wolfe", "Derek", "MD")
    attr = b.cond(cc(c(ICD, "E85.1", "Neuropathic heredofamilial amyloidosis"), text="Hereditary transthyretin (ATTRv) amyloidosis with polyneuropathy, p.Val50Met"), "2026-06-18", asserter="nm")
    b.cond(cc(c(ICD, "G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), "2022-01-01", status="resolved", abate="2023-03-01", note="Bilateral CTR 2022-2023")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2016-01-01")
    b.note("2026-05-12", "Neuromuscular new patient", "54M of Portuguese (Povoa de Varzim) ancestry; father died at 58 of 'heart and nerve disease'. 2 years of burning feet, now to knees, orthostatic lightheadedness, alternating diarrhea/constipation, 9 kg weight loss. Prior bilateral carpal tunnel release. Exam: length-dependent small-fiber > large-fiber loss, absent ankle reflexes. Suspect hereditary TTR amyloidosis - genetic counseling and TTR sequencing ordered.", pr="nm", typ=("11488-4", "Consult note"))
    v = variant(b, "2026-06-10", "TTR", "HGNC:12405", "NM_000371.4:c.148G>A", "p.(Val50Met) (legacy V30M)", "het", "P")
    b.dr(cc(c(LN, "51969-4", "Genetic analysis report"), text="TTR gene sequencing"), "2026-06-10", "Heterozygous pathogenic TTR variant c.148G>A p.(Val50Met) - confirms hereditary transthyretin amyloidosis.", [v], cat=("GE", "Genetics"), pr="gc")
    b.obs(cc(text="Skin biopsy - intraepidermal nerve fiber density, distal leg"), "2026-06-01", 2.1, "/mm", "/mm", 5.4, None, interp="L")
    b.obs(cc(text="Congo red stain, abdominal fat pad aspirate"), "2026-06-05", vstr="Positive - apple-green birefringence", interp="A")
    b.obs(L("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), "2026-07-01", 98, "pg/mL", "pg/mL", None, 125)
    b.obs(cc(text="Technetium-99m PYP scan"), "2026-07-08", vstr="Grade 0 myocardial uptake; no cardiac amyloid.", cat="imaging", interp="N")
    for d in ["2026-06-18", "2026-10-22"]:
        e = b.enc(d, "AMB", "Neuromuscular / amyloidosis clinic", "ATTRv polyneuropathy", "nm")
        b.vitals(d, e, 108, 66, 84, wt=70.0)
        b.obs(cc(text="Neuropathy Impairment Score (NIS)"), d, 24, "{score}", "{score}", cat="exam", interp=None, enc=e)
    b.med(cc(c(RX, "2626154", "vutrisiran"), c(HCPCS, "J0225", "Injection, vutrisiran, 1 mg"), text="vutrisiran 25 mg SC every 3 months"), "2026-07-15", dose="25 mg subcutaneously every 3 months", pr="nm", reason=cc(text="ATTRv polyneuropathy"))
    b.med(cc(text="vitamin A 3000 IU daily (while on TTR silencer)"), "2026-07-15", kind="MedicationStatement")
    b.note("2026-10-22", "Amyloidosis clinic follow-up", "ATTRv V50M polyneuropathy stage 1 (PND II). 2nd vutrisiran dose 10/15. NIS 24 stable. No cardiac involvement. Cascade testing for 2 children arranged with genetic counselor.", pr="nm")
    return b, dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
        why="Active hereditary transthyretin amyloidosis with polyneuropathy (E85.1) confirmed by a pathogenic TTR c.148G>A p.(Val50Met) variant Observation - an Orphanet-listed rare disease.",
        summary="54M hereditary ATTR amyloidosis polyneuropathy (TTR p.Val50Met) on vutrisiran")

def ne_roc_pos2(cid):
    b = B(cid, "ne1", dict(family="Brightwater", given="Lorraine", gender="female", birth="1979-11-30", mrn="WU-20918375",
          payer="Blue Care Network of Michigan", member="BCN51022973",
          addr={"use": "home", "line": ["4400 Jackson Rd"], "city": "Ann Arbor", "state": "MI", "postalCode": "48103"}))
    b.prac("md", "Olsen", "Petra", "MD"); b.prac("inf", "Moreau", "Jean", "RN")
    sps = b.cond(cc(c(ORPHA, "3198", "Stiff person syndrome"), text="Stiff person syndrome (anti-GAD65 positive), classic"), "2025-11-20", asserter="md")
    b.cond(cc(c(ICD, "E10.9", "Type 1 diabetes mellitus without complications")), "2001-01-01")
    b.cond(cc(c(ICD, "F40.248", "Other situational type phobia"), text="Task-specific phobia / fear of open spaces (secondary to falls)"), "2025-06-01")
    b.obs(cc(c(LN, "56540-8", "Glutamate decarboxylase 65 Ab [Units/volume] in Serum"), text="GAD65 antibody, serum"), "2025-10-30", 148000, "[IU]/mL", "[IU]/mL", None, 5, note="Very high titer (>10,000); CSF GAD65 Ab positive")
    b.obs(cc(text="EMG - continuous motor unit activity"), "2025-11-12", vstr="Continuous motor unit activity in thoracolumbar paraspinals and rectus abdominis with co-contraction of agonist/antagonist, abolished by IV diazepam.", cat="procedure", interp="A")
    b.obs(L("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-09-10", 7.2, "%", "%", 4.0, 5.6)
    for d in ["2026-03-18", "2026-09-10"]:
        e = b.enc(d, "AMB", "Movement disorders clinic", "stiffness, spasms", "md")
        b.vitals(d, e, 126, 80, 88, wt=67.0)
        b.obs(cc(text="Stiffness index (0-6)"), d, 4, "{score}", "{score}", cat="exam", interp=None, enc=e)
    b.med(cc(c(RX, "3322", "diazepam")), "2025-11-20", dose="10 mg three times daily", pr="md")
    b.med(cc(c(RX, "1292", "baclofen")), "2025-11-20", dose="20 mg three times daily", pr="md")
    b.med(cc(text="Immune globulin (human) 10% IV 2 g/kg every 4 weeks"), "2026-01-15", dose="2 g/kg divided over 2 days, every 4 weeks", pr="md")
    b.med(cc(c(RX, "274783", "insulin glargine")), "2001-01-01", kind="MedicationStatement", dose="18 units daily")
    b.note("2026-09-10", "Movement disorders follow-up", "46F with classic anti-GAD65 stiff person syndrome (axial rigidity, hyperlordosis, stimulus-sensitive spasms, falls), T1DM. On diazepam, baclofen and monthly IVIG since 1/2026 with partial improvement (stiffness index 4; fewer falls). Continue. Paraneoplastic screen (CT CAP, mammogram) negative.", pr="md")
    return b, dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
        why="Active stiff person syndrome, coded only with Orphanet ORPHA:3198 plus text and supported by very high GAD65 antibodies and EMG - a rare disease.",
        summary="46F anti-GAD65 stiff person syndrome (Orphanet-coded) on diazepam, baclofen and IVIG")

def ne_roc_nm(cid):
    b = B(cid, "ne2", dict(family="Kruger", given="Dale Arthur", gender="male", birth="1965-05-04", mrn="GP-70551263",
          payer="Medicare Advantage (UnitedHealthcare AARP)", member="9HW2-PL0-KV31",
          addr={"use": "home", "line": ["Rural Route 2 Box 118"], "city": "Wahoo", "state": "NE", "postalCode": "68066"}))
    b.prac("nm", "Kaminski", "Paul", "MD"); b.prac("gc", "Tanaka", "Hana", "CGC")
    b.cond(cc(c(ICD, "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"), text="Type 2 diabetes with distal symmetric polyneuropathy"), "2012-01-01", asserter="nm")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2012-01-01")
    b.cond(cc(c(ICD, "E78.5", "Hyperlipidemia, unspecified")), "2012-01-01")
    for d, a in [("2026-03-04", 8.4), ("2026-09-09", 8.2)]:
        b.obs(L("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a, "%", "%", 4.0, 5.6)
    e1 = b.enc("2026-04-15", "AMB", "Neuromuscular clinic", "numb feet, family history of neuropathy", "nm")
    b.vitals("2026-04-15", e1, 138, 84, 76, wt=104.0)
    b.note("2026-04-15", "Neuromuscular consultation", "61M T2DM since 2012 (A1c 8.4), 4 yr numb feet. Brother with 'some nerve disease' (no records). Exam: stocking loss to mid-shin, absent ankle jerks, no pes cavus, no weakness. NCS: length-dependent axonal sensorimotor polyneuropathy. Most consistent with diabetic polyneuropathy; sending hereditary neuropathy panel given family history.", pr="nm", enc=e1, typ=("11488-4", "Consult note"))
    ncs = b.obs(cc(c(CPT, "95911", "Nerve conduction studies; 9-10 studies")), "2026-04-15", vstr="Reduced sural and peroneal amplitudes, mildly reduced conduction velocities in axonal range. No demyelinating features.", cat="procedure", interp="A", enc=e1)
    v = variant(b, "2026-06-02", "SH3TC2", "HGNC:29427", "NM_024577.4:c.2860C>T", "p.(Arg954Ter)", "het", "P", note="Single heterozygous variant in an autosomal recessive gene (CMT4C); no second variant detected. Carrier status - does not explain phenotype.")
    b.dr(cc(c(LN, "51969-4", "Genetic analysis report"), text="Hereditary neuropathy panel (NGS, 98 genes) + PMP22 dup/del"), "2026-06-02", "Heterozygous pathogenic SH3TC2 variant (carrier of autosomal recessive CMT4C). No PMP22 duplication/deletion. No diagnostic finding; result does not explain the neuropathy.", [v], cat=("GE", "Genetics"), pr="gc")
    e2 = b.enc("2026-06-24", "AMB", "Genetic counseling", "results disclosure", "gc")
    b.note("2026-06-24", "Genetic counseling note", "Reviewed panel: carrier of one SH3TC2 pathogenic variant. CMT4C is recessive; a single variant does not cause disease. Neuropathy attributed to diabetes per Dr. Kaminski. Offered carrier information for relatives' reproductive planning.", pr="gc", enc=e2)
    b.med(cc(c(RX, "6809", "metformin")), "2012-01-01", kind="MedicationStatement", dose="1000 mg twice daily")
    b.med(cc(c(RX, "1991302", "semaglutide"), text="semaglutide 1 mg weekly"), "2025-05-01", kind="MedicationStatement")
    b.med(cc(c(RX, "187832", "pregabalin")), "2026-04-15", dose="75 mg twice daily", pr="nm")
    b.med(cc(c(RX, "29046", "lisinopril")), "2012-01-01", kind="MedicationStatement", dose="20 mg daily")
    return b, dict(target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
        why="A pathogenic variant in a rare-disease gene (SH3TC2, recessive CMT4C) was found, but only as heterozygous carrier status; the neuropathy is common diabetic polyneuropathy and he has just three chronic conditions.",
        summary="61M diabetic polyneuropathy; neuropathy panel shows SH3TC2 carrier status only")
