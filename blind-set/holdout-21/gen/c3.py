from lib import *
from c1 import ca_icd

def promis(c, d, pf, pi, enc=None):
    c.obs(cc((LN, "61758-9", "PROMIS-29 Physical function T-score"), text="PROMIS-29 Physical Function T-score"), d, pf, "{T-score}", "{score}", cat="survey", enc=enc)
    c.obs(cc((LN, "61764-7", "PROMIS-29 Pain interference T-score"), text="PROMIS-29 Pain Interference T-score"), d, pi, "{T-score}", "{score}", cat="survey", enc=enc)

# ---------------- HIGH_IMPACT_TREATMENT ----------------
def hit_p1(cid):
    c = Case(cid, "nsrhc")
    c.setup("Bernard Joseph", "Lacroix", "male", "1958-12-30", "NS0288164", hcn="7730912254BD",
            pracs={"fp": ("Ahmed", "Farouk", "MD, CCFP"), "gi": ("Sanjay", "Iyer", "MD, FRCPC (Gastroenterology)"), "ro": ("Helena", "Kowalski", "MD, FRCPC (Radiation Oncology)"), "mo": ("Tobias", "Ng", "MD, FRCPC (Medical Oncology)")})
    c.cond(cc((SCT, "59621000", "Essential hypertension"), ca_icd(c, "I10", "Essential (primary) hypertension")), onset="2013-01-01")
    c.cond(cc((SCT, "55822004", "Hyperlipidaemia"), ca_icd(c, "E78.5", "Hyperlipidaemia, unspecified")), onset="2016-01-01")
    c.obs(cc((LN, "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay")), "2026-08-19", vcc=cc((SCT, "10828004", "Positive")), interp="POS", note="ColonCancerCheck FIT - abnormal")
    e1 = c.enc("2026-10-07", typ="Endoscopy unit - colonoscopy", reason="Abnormal FIT", pr="gi")
    c.proc(cc((SCT, "73761001", "Colonoscopy"), text="Colonoscopy with biopsy"), "2026-10-07", pr="gi", enc=e1, outcome="Circumferential friable mass 6-10 cm from anal verge; biopsied and tattooed")
    ca = c.cond(cc((SCT, "363351006", "Malignant neoplasm of rectum"), ca_icd(c, "C20", "Malignant neoplasm of rectum"), text="Rectal adenocarcinoma, low-mid rectum, cT3c N1 M0"), onset="2026-10-07", recorded="2026-10-14", pr="gi")
    c.note("2026-10-12", "path", "Surgical pathology report", "Rectum, biopsy: invasive adenocarcinoma, moderately differentiated. MMR proteins retained (pMMR).", org=c.org)
    c.report(cc((LN, "24590-2", "MR Pelvis") if False else (LN, "30713-2", "MR Pelvis W and WO contrast") if False else (LN, "24590-2", "MRI pelvis")), "2026-10-21", "Rectal MRI: low-mid rectal tumour, 7 cm from anal verge, cT3c (6 mm extramural spread), 3 suspicious mesorectal nodes (cN1), MRF threatened (1 mm), EMVI positive.")
    c.report(cc(text="CT chest, abdomen and pelvis with contrast"), "2026-10-21", "No distant metastatic disease.")
    c.lab("cea", "2026-10-14", 6.4) if False else c.obs(cc((LN, "2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma")), "2026-10-14", 6.4, "ug/L", "ug/L", None, 5.0, "H")
    e2 = c.enc("2026-11-05", typ="Multidisciplinary cancer conference (MCC)", reason="Rectal cancer staging review", pr="mo")
    c.note("2026-11-05", "consult", "MCC recommendation - GI tumour board", """Rectal adenocarcinoma cT3c N1 M0, MRF threatened, EMVI+.
Recommendation: total neoadjuvant therapy - long-course chemoradiotherapy 50.4 Gy in 28 fractions with concurrent capecitabine 825 mg/m2 BID, followed by consolidation CAPOX, then restaging MRI. Surgical decision (TME vs watch-and-wait) deferred to restaging.
Patient to see radiation oncology and medical oncology.""", pr="mo", enc=e2)
    e3 = c.enc("2026-11-18", typ="Radiation oncology consultation", reason="Rectal cancer", pr="ro")
    c.note("2026-11-18", "letter", "Radiation oncology consultation letter", """Dear Dr Farouk,
I saw Mr Lacroix, 67, to discuss pelvic chemoradiotherapy. Side effects reviewed: fatigue, diarrhoea, radiation proctitis, cystitis, skin reaction, long-term bowel dysfunction (LARS), sexual dysfunction and infertility. He consented. CT simulation 2026-12-03; treatment start 2026-12-14.
H. Kowalski MD FRCPC""", pr="ro", enc=e3)
    c.sr(cc((SCT, "1287742003", "Radiotherapy") if False else (SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="External beam radiotherapy, pelvis, 50.4 Gy in 28 fractions (IMRT) with concurrent capecitabine"),
         "2026-11-18", status="active", intent="order", occ=("2026-12-14", "2027-01-22"), pr="ro", reason=ca, performer="Northshore Regional Cancer Centre - Radiation Therapy", enc=e3)
    c.med(cc((DIN, "02238453", "XELODA 500MG"), text="capecitabine 500 mg tablet"), "2026-11-19", "825 mg/m2 (1650 mg) PO BID on radiation days, start 2026-12-14", status="active", intent="order", pr="mo", reason=ca, start="2026-12-14")
    c.vitals("2026-11-18", e3, 136, 82, 74, 83.0)
    c.lab("hgb", "2026-11-16", 128); c.lab("cr", "2026-11-16", 84); c.lab("plt", "2026-11-16", 268)
    c.med(cc((DIN, "02351404", "RAMIPRIL 5MG CAPSULE"), text="ramipril 5 mg"), "2013-02-01", "5 mg PO daily", pr="fp")
    c.med(cc(text="rosuvastatin 10 mg"), "2016-01-01", "10 mg PO daily", pr="fp")
    return c, "67M with rectal adenocarcinoma cT3cN1M0; tumour board recommended pelvic chemoradiotherapy (50.4 Gy with capecitabine), booked to start 2026-12-14; no surgery scheduled yet."

def hit_p2(cid):
    c = Case(cid, "summit")
    c.setup("Colleen Marie", "Ostrowski", "female", "1975-05-16", "SSM-0089921", payor="UnitedHealthcare", plan="UHC Choice Plus PPO", member="UHC660184237",
            pracs={"pm": ("Omar", "Haddad", "MD (Interventional Pain)"), "md": ("Priyanka", "Raghunathan", "MD (PM&R)"), "rep": ("Kyle", "Bjornstad", "Device clinic RN")})
    rad = c.cond(cc((ICD, "M54.17", "Radiculopathy, lumbosacral region"), (SCT, "202735001", "Lumbar disc prolapse with radiculopathy") if False else None, text="Chronic left S1 radiculopathy, post-discectomy 2022"), onset="2021-06-01")
    c.cond(cc((ICD, "M96.1", "Postlaminectomy syndrome, not elsewhere classified")), onset="2022-10-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), onset="2012-01-01")
    e0 = c.enc("2026-08-25", typ="Pre-implant visit", reason="SCS permanent implant planning", pr="pm")
    promis(c, "2026-08-25", 38.5, 64.1, e0)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-08-25", 6, "{score}", "{score}", cat="survey", enc=e0)
    c.proc(cc((CPT, "63650", "Percutaneous implantation of neurostimulator electrode array, epidural"), text="SCS trial, 7 days"), "2026-07-28", status="completed", outcome="Reported 60% relief during trial")
    e1 = c.enc("2026-09-08", cls="AMB", typ="Ambulatory surgery", reason="Permanent SCS implant", pr="pm")
    c.proc(cc((CPT, "63685", "Insertion or replacement of spinal neurostimulator pulse generator or receiver"), text="Permanent spinal cord stimulator implant (2 percutaneous leads T8-T10, IPG L flank)"), "2026-09-08", reason=rad, pr="pm", enc=e1)
    c.proc(cc((CPT, "63650", "Percutaneous implantation of neurostimulator electrode array, epidural")), "2026-09-08", reason=rad, pr="pm", enc=e1)
    e2 = c.enc("2026-10-06", typ="Post-implant follow-up", reason="SCS follow-up; new burning pain at IPG site and worse leg pain", pr="pm")
    promis(c, "2026-10-06", 33.2, 69.0, e2)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-06", 8, "{score}", "{score}", cat="survey", enc=e2)
    c.note("2026-10-06", "progress", "SCS follow-up", "4 wk post-implant. Pt reports worse function than before implant: cannot sit >20 min, IPG pocket pain, paraesthesia coverage patchy. Reprogrammed by device rep (3 new programs). Continue.", pr="pm", enc=e2)
    e3 = c.enc("2026-11-17", typ="Post-implant follow-up", reason="SCS - still worse", pr="pm")
    promis(c, "2026-11-17", 30.4, 71.2, e3)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-17", 8, "{score}", "{score}", cat="survey", enc=e3)
    c.note("2026-11-17", "progress", "SCS follow-up", """10 wk post permanent SCS. PROMIS-29 PF 38.5 (pre) -> 33.2 -> 30.4; Pain Interference 64.1 -> 71.2. Quit part-time job, sleeping poorly, IPG pocket tender without signs of infection. X-ray: leads in position.
A: poor outcome after SCS with functional decline since implant.
P: further reprogramming (burst/high-frequency trial), pocket observation; discuss options at next visit.""", pr="pm", enc=e3)
    c.report(cc((CPT, "72070", "Radiologic examination, spine; thoracic, 2 views")), "2026-11-17", "SCS leads T8-T10, unchanged position compared with intra-op fluoro.", enc=e3)
    c.med(cc((RX, "310431", "gabapentin 300 MG Oral Capsule")), "2022-11-01", "600 mg PO TID", pr="md", reason=rad)
    c.med(cc((RX, "966247", "levothyroxine sodium 0.1 MG Oral Tablet")), "2012-01-01", "100 mcg daily", rt="MedicationStatement")
    return c, "51F whose PROMIS-29 physical function T-score fell 8 points (38.5 to 30.4) and pain interference rose within 10 weeks of a permanent spinal cord stimulator implant."

def hit_p3(cid):
    c = Case(cid, "swift")
    c.setup("Alicia Marie", "Fontenot", "female", "1980-08-11", "SWC-2049316", payor="Blue Cross Blue Shield of Texas", plan="BCBSTX Blue Choice PPO", member="XKB330917624",
            pracs={"np": ("Tara", "Lindqvist", "FNP-C"), "md": ("Kevin", "Osei", "MD")}, extra_orgs=[("onc", "Texas Oncology - Plano East")])
    ca = c.cond(cc((ICD, "C50.411", "Malignant neoplasm of upper-outer quadrant of right female breast"), (SCT, "254837009", "Malignant neoplasm of breast"), text="R breast IDC, grade 3, pT2 pN1a, ER-/PR-/HER2-"), onset="2026-08-28", recorded="2026-09-04")
    c.cond(cc((ICD, "F41.1", "Generalized anxiety disorder")), onset="2019-01-01")
    c.cond(cc((ICD, "K35.80", "Unspecified acute appendicitis")), onset="2011-05-01", status="resolved", abate="2011-05-20", cat="encounter-diagnosis")
    c.proc(cc((CPT, "19303", "Mastectomy, simple, complete"), text="R total mastectomy with sentinel node biopsy (outside - Medical City Plano)"), "2026-10-16", status="completed", reason=ca)
    c.proc(cc((CPT, "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older"), text="Port placement (outside)"), "2026-11-30", status="completed")
    e1 = c.enc("2026-09-04", cls="VR", typ="Telehealth video visit", reason="CC: 'just diagnosed with breast cancer, very anxious, can't sleep'", pr="np")
    c.note("2026-09-04", "telehealth", "Video visit", "46F, new R breast cancer (core bx 8/28, outside). Anxious, insomnia. Supportive counselling. Hydroxyzine 25 mg qhs prn. Surgery planned by outside breast surgeon.", pr="np", enc=e1)
    e2 = c.enc("2026-11-23", cls="VR", typ="Telehealth video visit", reason="CC: questions before chemo, nausea meds, work note", pr="md")
    c.note("2026-11-23", "telehealth", "Video visit", """Post R mastectomy 10/16 (outside), path: IDC grade 3, 2.6 cm, 2/3 SLN positive, triple negative. Texas Oncology plan (summary uploaded by pt): dose-dense AC (doxorubicin 60 mg/m2 + cyclophosphamide 600 mg/m2 q2wk x4) then weekly paclitaxel x12 with pembrolizumab; first cycle 12/9/2026. Port 11/30. PMRT to follow chemo.
Pt anxious about hair loss, fertility (declined oocyte preservation), time off work as a teacher.
P: FMLA paperwork completed. Olanzapine 5 mg qhs d1-4 per onc antiemetic plan - sent. Reviewed neutropenic fever precautions.""", pr="md", enc=e2)
    c.med(cc((RX, "3639", "doxorubicin"), text="doxorubicin 60 mg/m2 IV q14d x4 (dose-dense AC)"), "2026-11-23", "Per Texas Oncology; C1D1 2026-12-09", status="intended", rt="MedicationStatement", reason=ca, start="2026-12-09",
          note="Reported by patient from outside oncology treatment plan")
    c.med(cc((RX, "3002", "cyclophosphamide"), text="cyclophosphamide 600 mg/m2 IV q14d x4"), "2026-11-23", "Per Texas Oncology; C1D1 2026-12-09", status="intended", rt="MedicationStatement", reason=ca, start="2026-12-09")
    c.med(cc((RX, "1719286", "pembrolizumab"), text="pembrolizumab 200 mg IV q3wk"), "2026-11-23", "Per Texas Oncology", status="intended", rt="MedicationStatement", reason=ca, start="2026-12-09")
    c.med(cc((RX, "314155", "olanzapine 5 MG Oral Tablet") if False else (RX, "312078", "olanzapine 5 MG Oral Tablet")), "2026-11-23", "5 mg PO at bedtime days 1-4 of each AC cycle", pr="md", reason=ca)
    c.med(cc((RX, "995218", "hydroxyzine hydrochloride 25 MG Oral Tablet") if False else (RX, "995281", "hydroxyzine hydrochloride 25 MG Oral Tablet")), "2026-09-04", "25 mg PO qhs PRN", pr="np")
    c.obs(cc(text="Outside pathology summary"), "2026-10-22", vstr="R mastectomy: IDC grade 3, 2.6 cm, margins negative, 2/3 sentinel nodes positive (pN1a). ER 0%, PR 0%, HER2 1+ (negative).", interp="A")
    c.obs(cc(text="Outside echocardiogram (pre-anthracycline)"), "2026-11-19", vstr="LVEF 62%, normal study", interp="N")
    c.vitals("2026-11-23", e2, None, None, None, 71.2)
    return c, "46F with triple-negative breast cancer after mastectomy; outside oncology has dose-dense doxorubicin and cyclophosphamide chemotherapy starting 2026-12-09, recorded as intended MedicationStatements in telehealth notes."

def hit_n1(cid):
    c = Case(cid, "rgh")
    c.setup("Eugene Peter", "Hiebert", "male", "1955-07-04", "RGH-650118", hcn="339018825",
            pracs={"fp": ("Sukhpreet", "Dhaliwal", "MD, CCFP"), "neph": ("Adaeze", "Okonjo", "MD, FRCPC (Nephrology)"), "rn": ("Carla", "Friesen", "RN - Kidney Health Clinic")})
    ckd = c.cond(cc((SCT, "431857002", "Chronic kidney disease stage 4"), ca_icd(c, "N18.4", "Chronic kidney disease, stage 4"), text="CKD G4 A2 - diabetic nephropathy"), onset="2023-01-01")
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), ca_icd(c, "E11.2", "Type 2 diabetes mellitus with kidney complications")), onset="2008-01-01")
    c.cond(cc((SCT, "59621000", "Essential hypertension")), onset="2005-01-01")
    c.cond(cc((SCT, "90560007", "Gout"), ca_icd(c, "M10.9", "Gout, unspecified")), onset="2017-01-01")
    for d, eg, cr in (("2026-03-10", 24, 246), ("2026-07-14", 23, 252), ("2026-11-10", 23, 255)):
        c.obs(cc((LN, "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)")), d, eg, "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None, "L")
        c.lab("cr", d, cr)
    c.lab("a1c", "2026-11-10", 7.2); c.lab("uacr", "2026-11-10", 18.4); c.lab("hgb", "2026-11-10", 118)
    c.obs(cc((LN, "2823-3", "Potassium [Moles/volume] in Serum or Plasma")), "2026-11-10", 4.9, "mmol/L", "mmol/L", 3.5, 5.1, "N")
    e1 = c.enc("2026-11-17", typ="Kidney Health Clinic", reason="CKD 4 follow-up, modality education", pr="neph")
    c.note("2026-11-17", "letter", "Nephrology clinic letter", """Dear Dr Dhaliwal,
Mr Hiebert, 71, CKD G4 A2 from diabetic nephropathy, seen in Kidney Health Clinic. eGFR has been stable at 23-24 over the past 8 months on maximal RAAS blockade and empagliflozin. No uraemic symptoms, K 4.9, Hb 118, bicarbonate 23.
Dialysis is not indicated at this time. We reviewed kidney replacement options (home HD, PD, in-centre HD, conservative kidney management) as education only; he is undecided and leans towards conservative care if it comes to it. No access planned. We will revisit if eGFR falls below 15 or symptoms develop.
Follow-up 4 months with bloodwork.
A. Okonjo MD FRCPC""", pr="neph", enc=e1)
    c.vitals("2026-11-17", e1, 132, 76, 70, 91.3)
    c.med(cc((DIN, "02443937", "JARDIANCE 10MG"), text="empagliflozin 10 mg"), "2024-03-01", "10 mg PO daily", pr="neph", reason=ckd)
    c.med(cc(text="perindopril 8 mg"), "2019-01-01", "8 mg PO daily", pr="fp", reason=ckd)
    c.med(cc(text="insulin glargine 100 units/mL"), "2020-06-01", "22 units SC at bedtime", pr="fp", reason=dm)
    c.med(cc(text="allopurinol 100 mg"), "2017-05-01", "100 mg PO daily", pr="fp")
    c.med(cc(text="sodium bicarbonate 500 mg"), "2025-09-01", "1 g PO BID", pr="neph", reason=ckd)
    c.raw("Goal", {"lifecycleStatus": "active", "description": {"text": "Slow CKD progression; maintain eGFR, BP <130/80, A1c 7-8%"}, "subject": ref(c.pat), "startDate": "2025-01-01", "addresses": [ref(ckd)]}, "goal")
    e0 = c.enc("2026-07-21", typ="Kidney Health Clinic", reason="CKD follow-up", pr="rn")
    c.note("2026-07-21", "nursing", "KHC nursing note", "Diet review with renal dietitian. Potassium handout. Weight stable. BP log 128-138/70-80.", pr="rn", enc=e0)
    return c, "71M with stable CKD stage 4 (eGFR 24 to 23 over 8 months); nephrology says dialysis is not indicated, options taught as education only, no access and no plan to start."

def hit_n2(cid):
    c = Case(cid, "cascade")
    c.setup("Douglas Ray", "Pettibone", "male", "1968-03-19", "CPS-0482219", payor="Kaiser Permanente Washington (outside referral)", plan="KP Access PPO", member="KPW0049182",
            pracs={"pm": ("Omar", "Haddad", "MD (Interventional Pain)"), "pa": ("Whitney", "Castellanos", "PA-C")})
    fa = c.cond(cc((ICD, "M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region"), (SCT, "203646004", "Lumbar facet joint pain") if False else None, text="Lumbar facet arthropathy L3-S1"), onset="2024-01-01")
    c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), onset="2019-01-01")
    c.proc(cc((CPT, "64493", "Injection(s), diagnostic or therapeutic agent, paravertebral facet (zygapophyseal) joint (or nerves innervating that joint) with image guidance, lumbar or sacral; single level"), text="Bilateral L3-L5 medial branch blocks x2 (comparative)"), "2026-07-15", outcome="85% and 80% relief")
    e0 = c.enc("2026-08-05", typ="Pain management visit", reason="RFA planning", pr="pm")
    promis(c, "2026-08-05", 40.2, 62.0, e0)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-08-05", 6, "{score}", "{score}", cat="survey", enc=e0)
    e1 = c.enc("2026-08-19", typ="Procedure visit", reason="Lumbar facet RFA", pr="pm")
    c.proc(cc((CPT, "64635", "Destruction by neurolytic agent, paravertebral facet joint nerve(s), with imaging guidance; lumbar or sacral, single facet joint"), (CPT, "64636", "each additional facet joint"), text="Bilateral L3-L5 medial branch radiofrequency ablation"), "2026-08-19", reason=fa, pr="pm", enc=e1, outcome="No complications")
    e2 = c.enc("2026-09-30", typ="Post-procedure follow-up", reason="RFA follow-up", pr="pa")
    promis(c, "2026-09-30", 39.0, 61.5, e2)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-09-30", 5, "{score}", "{score}", cat="survey", enc=e2)
    c.note("2026-09-30", "progress", "RFA follow-up", "6 wk post RFA: ~30% relief, mild post-procedure neuritic soreness resolved. Walking more. Continue HEP.", pr="pa", enc=e2)
    e3 = c.enc("2026-11-18", typ="Pain management follow-up", reason="Low back pain", pr="pm")
    promis(c, "2026-11-18", 38.4, 62.6, e3)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-18", 6, "{score}", "{score}", cat="survey", enc=e3)
    c.note("2026-11-18", "progress", "Pain follow-up", "Partial, fading benefit from RFA; PROMIS PF 40.2 -> 38.4 (within measurement error). Function essentially unchanged. Continue PT HEP, meloxicam; repeat RFA possible after 6 mo.", pr="pm", enc=e3)
    c.med(cc((RX, "311486", "meloxicam 15 MG Oral Tablet")), "2024-02-01", "15 mg PO daily", pr="pm", reason=fa)
    c.med(cc((RX, "861007", "metformin hydrochloride 500 MG Oral Tablet")), "2019-02-01", "1000 mg PO BID", rt="MedicationStatement")
    c.lab("a1c", "2026-06-01", 6.9)
    return c, "58M after lumbar facet radiofrequency ablation: PROMIS physical function slipped only 1.8 T-score points (40.2 to 38.4), below the minimal important difference; minor procedure already done."

# ---------------- PATIENT_REPORTED_CONCERN ----------------
def prc_p1(cid):
    c = Case(cid, "beacon")
    c.setup("Elijah Jamal", "Prescott", "male", "2019-02-07", "BWV-615503", payor="Medical Mutual of Ohio", plan="SuperMed PPO - dependent", member="MMO44120873-03",
            pracs={"ped": ("Naomi", "Greenberg", "MD, FAAP"), "np": ("Holly", "Ferreira", "APRN-CNP")})
    mom = c.raw("RelatedPerson", {"patient": ref(c.pat), "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"))],
                                  "name": [{"family": "Prescott", "given": ["Keisha"]}], "telecom": [{"system": "email", "value": "k.prescott@example.net"}]}, "rp")
    e1 = c.enc("2026-08-20", cls="VR", typ="Pediatric telehealth visit", reason="CC: teacher concerns - can't sit still, not finishing work (2nd grade)", pr="ped")
    c.note("2026-08-20", "telehealth", "Pediatric video visit", "7M, school concerns since K. Parent and teacher Vanderbilt forms sent. Hearing/vision normal at school screen. Sleep: snores some nights.", pr="ped", enc=e1)
    c.obs(cc((LN, "69414-1", "Vanderbilt ADHD diagnostic parent rating scale") if False else (LN, "69414-1", "Vanderbilt ADHD parent rating scale"), text="NICHQ Vanderbilt - Parent: inattentive items scored 2-3"), "2026-09-02", 7, "{count}", "{count}", cat="survey", note="7/9 inattentive, 6/9 hyperactive-impulsive items positive")
    c.obs(cc(text="NICHQ Vanderbilt - Teacher: inattentive items scored 2-3"), "2026-09-05", 6, "{count}", "{count}", cat="survey", note="6/9 inattentive, 7/9 hyperactive-impulsive items positive")
    e2 = c.enc("2026-09-15", cls="VR", typ="Pediatric telehealth visit", reason="ADHD evaluation results", pr="ped")
    adhd = c.cond(cc((ICD, "F90.2", "Attention-deficit hyperactivity disorder, combined type"), (SCT, "406506008", "Attention deficit hyperactivity disorder")), onset="2026-09-15", enc=e2, pr="ped", recorded="2026-09-15")
    c.note("2026-09-15", "telehealth", "ADHD follow-up", "Vanderbilt parent/teacher meet criteria, combined type, impairment at school/home. Discussed behavioral therapy + stimulant. Mom prefers to think it over. Methylphenidate ER 18 mg offered - not yet started.", pr="ped", enc=e2)
    c.med(cc((RX, "1091133", "methylphenidate hydrochloride 18 MG 24HR Extended Release Oral Tablet") if False else (RX, "1091497", "methylphenidate hydrochloride 18 MG Extended Release Oral Tablet")), "2026-09-15", "18 mg PO every morning", status="draft", intent="proposal", pr="ped", reason=adhd)
    c.raw("Communication", {"status": "completed", "category": [cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"), text="Patient portal message")],
                            "subject": ref(c.pat), "sent": c.ts("2026-11-18", "21:42:00"), "sender": ref(mom), "recipient": [ref(c.pr["ped"])],
                            "payload": [{"contentString": "Hi Dr. Greenberg, we have thought a lot about Elijah's ADHD diagnosis. It was all done over video and from forms, and we are not sure it's right - his dad and I think the snoring and bad sleep could be part of it. Before we start any medication we would like a second opinion, ideally from a developmental pediatrician who can see him in person. Can you send a referral? Thank you, Keisha Prescott"}]}, "comm")
    c.raw("Task", {"status": "requested", "intent": "order", "code": cc(text="Respond to portal message"), "for": ref(c.pat), "authoredOn": "2026-11-18", "owner": ref(c.pr["np"]),
                   "description": "Parent portal message re: ADHD - awaiting response"}, "task")
    c.vitals("2026-08-20", e1, None, None, None, 24.1, ht=124)
    c.imm("21", "varicella", "2023-02-10"); c.imm("94", "MMRV", "2023-02-10")
    c.cond(cc((ICD, "H66.90", "Otitis media, unspecified, unspecified ear")), onset="2024-01-10", status="resolved", abate="2024-01-24", cat="encounter-diagnosis")
    c.cond(cc((ICD, "J35.1", "Hypertrophy of tonsils") if False else (ICD, "R06.83", "Snoring")), onset="2025-06-01")
    return c, "7M diagnosed with ADHD through telehealth forms; his mother's portal message asks for a second opinion from a developmental paediatrician before any medication is started."

def prc_p2(cid):
    c = Case(cid, "nsrhc")
    c.setup("Theresa Anne", "MacIsaac", "female", "1978-09-24", "NS0355190", hcn="6609417325RM",
            pracs={"fp": ("Meredith", "Okafor", "MD, CCFP"), "derm": ("Pierre", "Gagnon", "MD, FRCPC (Dermatology)")})
    pso = c.cond(cc((SCT, "200965009", "Chronic plaque psoriasis") if False else (SCT, "9014002", "Psoriasis"), ca_icd(c, "L40.0", "Psoriasis vulgaris"), text="Chronic plaque psoriasis, BSA ~12%"), onset="2012-01-01")
    c.cond(cc((SCT, "35489007", "Depressive disorder"), ca_icd(c, "F32.9", "Depressive episode, unspecified") if False else ca_icd(c, "F33.1", "Recurrent depressive disorder, current episode moderate")), onset="2018-01-01", status="remission")
    e1 = c.enc("2026-06-10", typ="Dermatology consultation", reason="Psoriasis not controlled on topicals", pr="derm")
    c.note("2026-06-10", "letter", "Dermatology consultation letter", """Dear Dr Okafor,
Ms MacIsaac, 47, chronic plaque psoriasis, BSA 12%, PASI 11, DLQI 14, failed potent topicals and 6 months of NB-UVB (travel burden). I have started methotrexate 15 mg weekly with folic acid; baseline bloodwork normal, FibroScan normal. Biologic would be considered under Ontario Drug Benefit criteria if inadequate response at 16 weeks.
P. Gagnon MD FRCPC""", pr="derm", enc=e1)
    c.med(cc((DIN, "02182963", "METHOTREXATE 2.5MG"), text="methotrexate 2.5 mg tablet"), "2026-06-10", "15 mg PO once weekly (Mondays)", pr="derm", reason=pso)
    c.med(cc(text="folic acid 5 mg"), "2026-06-10", "5 mg PO weekly (Thursdays)", pr="derm", reason=pso)
    for d, alt in (("2026-07-08", 28), ("2026-09-09", 31), ("2026-11-04", 29)):
        c.lab("alt", d, alt) if False else c.obs(cc((LN, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")), d, alt, "U/L", "U/L", 0, 35, "N")
    c.lab("hgbF", "2026-11-04", 134)
    e2 = c.enc("2026-11-19", typ="Family health team visit", reason="Methotrexate monitoring; nausea day after dose", pr="fp", org=c.orgs["fht"])
    c.note("2026-11-19", "progress", "FHT visit", "On MTX 15 mg x 5 mo. Plaques somewhat better (BSA ~8%), nausea and fatigue day after dose. Bloods normal. Pt frustrated - feels derm visit was rushed and her concerns about MTX side effects and fertility questions were not addressed. Completed patient experience survey today.", pr="fp", enc=e2)
    c.raw("QuestionnaireResponse", {"status": "completed", "questionnaire": "https://fhir.nsrhc.on.ca/r4/Questionnaire/fht-patient-experience-v3",
        "subject": ref(c.pat), "authored": c.ts("2026-11-19", "10:48:00"), "author": ref(c.pat), "source": ref(c.pat), "encounter": ref(e2),
        "item": [
            {"linkId": "1", "text": "At your most recent specialist visit, did you feel your concerns were listened to?", "answer": [{"valueCoding": {"system": LN, "code": "LA32-8", "display": "No"}}]},
            {"linkId": "2", "text": "Do you understand the risks and benefits of your current treatment?", "answer": [{"valueCoding": {"system": LN, "code": "LA32-8", "display": "No"}}]},
            {"linkId": "3", "text": "Would you like to be referred for a second medical opinion about your diagnosis or treatment?", "answer": [{"valueCoding": {"system": LN, "code": "LA33-6", "display": "Yes"}}]},
            {"linkId": "3.1", "text": "If yes, please tell us about it", "answer": [{"valueString": "I'd like another dermatologist to look at whether methotrexate is right for me - I'm 47 and still hoping to discuss pregnancy options and nobody explained the risks."}]}]}, "qr")
    c.vitals("2026-11-19", e2, 122, 78, 72, 70.4)
    c.obs(cc(text="Psoriasis Area and Severity Index (PASI)"), "2026-06-10", 11.0, "{score}", "{score}", cat="exam", enc=e1)
    c.obs(cc((LN, "89240-6", "Dermatology Life Quality Index (DLQI) total score") if False else (LN, "89240-6", "DLQI total score"), text="Dermatology Life Quality Index"), "2026-06-10", 14, "{score}", "{score}", cat="survey", enc=e1)
    c.med(cc(text="escitalopram 10 mg"), "2018-03-01", "10 mg PO daily", pr="fp")
    return c, "47F with psoriasis on methotrexate; on an FHT patient-experience questionnaire she answered 'Yes' to wanting a second medical opinion and 'No' to feeling heard."

def prc_p3(cid):
    c = Case(cid, "summit")
    c.setup("Jordan Michael", "Achebe-Lund", "male", "1991-11-12", "SSM-0140375", payor="Kaiser Permanente Colorado (out-of-network auth)", plan="KP Deductible HMO", member="KPCO77310452",
            pracs={"sm": ("Rachel", "Nguyen-Hart", "MD, CAQSM"), "pt": ("Devon", "Aldridge", "DPT"), "rad": ("Ilya", "Sorokin", "MD (Radiology)")})
    pf = c.cond(cc((ICD, "M22.2X1", "Patellofemoral disorders, right knee"), (SCT, "430725005", "Patellofemoral pain syndrome") if False else None, text="Patellofemoral pain syndrome, right knee"), onset="2026-03-01")
    c.cond(cc((ICD, "S83.511A", "Sprain of anterior cruciate ligament of right knee, initial encounter")), onset="2014-09-01", status="resolved", abate="2015-06-01", cat="encounter-diagnosis", note="ACL reconstruction 2014 (hamstring autograft), full recovery")
    c.proc(cc((CPT, "29888", "Arthroscopically aided anterior cruciate ligament repair/augmentation or reconstruction")), "2014-10-02")
    def koos(d, sc, e):
        c.obs(cc(("https://ehr.summitspine.com/CodeSystem/pro", "KOOS-JR", "KOOS, JR. interval score"), text="KOOS JR (0-100)"), d, sc, "{score}", "{score}", cat="survey", enc=e)
    e1 = c.enc("2026-05-06", typ="Sports medicine new patient", reason="R anterior knee pain running, stairs", pr="sm"); koos("2026-05-06", 64.0, e1)
    c.report(cc((CPT, "73564", "Radiologic examination, knee; complete, 4 or more views")), "2026-05-06", "Intact ACL reconstruction hardware. No arthritis. Normal patellar tilt on sunrise view.", enc=e1)
    e2 = c.enc("2026-05-20", typ="Physical therapy evaluation", reason="PFPS", pr="pt")
    c.proc(cc((CPT, "97161", "Physical therapy evaluation: low complexity")), "2026-05-20", enc=e2, pr="pt")
    e3 = c.enc("2026-08-12", typ="Sports medicine follow-up", reason="Knee still hurting after 10 wk PT", pr="sm"); koos("2026-08-12", 66.3, e3)
    c.report(cc((CPT, "73721", "MRI any joint of lower extremity without contrast")), "2026-08-26", "Intact ACL graft. Menisci intact. Mild patellar chondral softening, no focal defect. Small effusion.", pr="rad")
    e4 = c.enc("2026-09-09", typ="Sports medicine follow-up", reason="MRI review", pr="sm"); koos("2026-09-09", 66.3, e4)
    c.note("2026-09-09", "progress", "Sports med follow-up", "MRI: no structural lesion. Reassured; PFPS, continue hip/quad strengthening, load management, taping. Return to running program. RTC PRN.", pr="sm", enc=e4)
    c.med(cc((RX, "198014", "naproxen 500 MG Oral Tablet")), "2026-05-06", "500 mg PO BID PRN", pr="sm", reason=pf)
    c.raw("Flag", {"status": "active", "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
                   "code": cc(text="Patient requests second opinion - R knee. Per pt via portal: feels knee pain concerns not taken seriously; wants evaluation by a different knee specialist."),
                   "subject": ref(c.pat), "period": {"start": "2026-11-21"}, "author": ref(c.pat)}, "flag")
    c.raw("Communication", {"status": "completed", "subject": ref(c.pat), "sent": c.ts("2026-11-21", "07:15:00"), "sender": ref(c.pat), "recipient": [ref(c.pr["sm"])],
                            "payload": [{"contentString": "My knee still hurts on stairs and clicks after 6 months. I was told the MRI is fine and to keep doing the exercises, which I have. I'd like a second opinion from another knee doctor please."}]}, "comm")
    c.vitals("2026-05-06", e1, 124, 76, 58, 82.0)
    return c, "34M with patellofemoral pain and a normal MRI, reassured; he sent a portal message and the front desk recorded a Flag (authored by the patient) asking for a second opinion from another knee specialist."

def prc_n1(cid):
    c = Case(cid, "frch")
    c.setup("Kenji Robert", "Takahashi", "male", "1960-03-03", "FR-2287714", hcn="9158207746",
            pracs={"fp": ("Caroline", "Tremblay", "MD, CCFP"), "rn": ("Marco", "Bellavance", "RN")})
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), ca_icd(c, "E11.9", "Type 2 diabetes mellitus without complication")), onset="2016-01-01")
    c.cond(cc((SCT, "59621000", "Essential hypertension"), ca_icd(c, "I10", "Essential (primary) hypertension")), onset="2014-01-01")
    c.cond(cc((SCT, "266569009", "Benign prostatic hyperplasia")), onset="2021-01-01")
    c.cond(cc((SCT, "88092000", "Muscle strain") if False else (SCT, "68962001", "Muscle pain") if False else (SCT, "44465007", "Sprain of ankle")), onset="2023-06-01", status="resolved", abate="2023-07-15")
    for d, a in (("2026-02-18", 7.0), ("2026-05-20", 6.9), ("2026-11-12", 6.8)):
        c.lab("a1c", d, a)
    c.lab("cr", "2026-11-12", 86); c.lab("uacr", "2026-11-12", 1.1); c.lab("ldl", "2026-11-12", 1.8)
    e1 = c.enc("2026-11-19", typ="Chronic disease review", reason="Diabetes annual review", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-11-19", e1, 128, 78, 68, 81.5)
    c.note("2026-11-19", "progress", "Diabetes review", "A1c 6.8, stable. Foot exam normal, monofilament intact. Retinal screen 2026-04 normal. Continue metformin + empagliflozin. Patient experience survey completed.", pr="fp", enc=e1)
    c.raw("QuestionnaireResponse", {"status": "completed", "questionnaire": "https://fhir.fraserridge.bc.ca/r4/Questionnaire/pcn-patient-experience-v2",
        "subject": ref(c.pat), "authored": c.ts("2026-11-19", "09:20:00"), "author": ref(c.pat), "encounter": ref(e1),
        "item": [
            {"linkId": "q1", "text": "Did your care team listen to your concerns today?", "answer": [{"valueCoding": {"system": LN, "code": "LA33-6", "display": "Yes"}}]},
            {"linkId": "q2", "text": "Would you like a referral for a second medical opinion about any of your health conditions?", "answer": [{"valueCoding": {"system": LN, "code": "LA32-8", "display": "No"}}]},
            {"linkId": "q3", "text": "Any other comments?", "answer": [{"valueString": "Happy with the team. Parking is difficult."}]}]}, "qr")
    c.med(cc((DIN, "02223562", "METFORMIN 500MG") if False else (DIN, "02242931", "METFORMIN 500MG"), text="metformin 500 mg"), "2016-02-01", "1000 mg PO BID", pr="fp", reason=dm)
    c.med(cc((DIN, "02443937", "JARDIANCE 10MG"), text="empagliflozin 10 mg"), "2023-01-01", "10 mg PO daily", pr="fp", reason=dm)
    c.med(cc(text="telmisartan 80 mg"), "2014-03-01", "80 mg PO daily", pr="fp")
    c.med(cc(text="tamsulosin CR 0.4 mg"), "2021-02-01", "0.4 mg PO daily", pr="fp")
    c.obs(cc(text="Diabetic retinopathy screening"), "2026-04-14", vstr="No diabetic retinopathy either eye", interp="N", cat="exam")
    c.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-22")
    return c, "66M with well-controlled diabetes; on the PCN patient-experience questionnaire he answered 'No' to wanting a second opinion and 'Yes' to feeling listened to."

def prc_n2(cid):
    c = Case(cid, "swift")
    c.setup("Gloria Estela", "Villarreal", "female", "1967-06-29", "SWC-0711852", payor="Cigna", plan="Cigna LocalPlus", member="U7741092231",
            pracs={"np": ("Tara", "Lindqvist", "FNP-C"), "md": ("Kevin", "Osei", "MD")},
            extra_orgs=[("ut", "UT Southwestern Endocrinology (second opinion)"), ("ent", "Plano ENT & Thyroid Surgery")])
    nod = c.cond(cc((ICD, "E04.1", "Nontoxic single thyroid nodule"), (SCT, "237495005", "Thyroid nodule")), onset="2026-01-20")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), onset="2017-01-01")
    c.obs(cc(text="Outside thyroid US + FNA (reported)"), "2026-02-10", vstr="R lobe nodule 2.8 cm TI-RADS 4; FNA Bethesda III (AUS)", interp="A")
    c.sr(cc((CPT, "60220", "Total thyroid lobectomy, unilateral; with or without isthmusectomy"), text="R thyroid lobectomy (recommended by outside ENT)"), "2026-03-05", status="revoked", intent="proposal",
         performer=c.orgs["ent"], reason=nod, note="Withdrawn 2026-06 after second opinion and benign molecular classifier; surveillance instead.")
    e1 = c.enc("2026-03-20", cls="VR", typ="Telehealth video visit", reason="CC: told needs thyroid surgery, wants to talk it over", pr="np")
    c.raw("Communication", {"status": "completed", "subject": ref(c.pat), "sent": c.ts("2026-03-28", "19:03:00"), "sender": ref(c.pat), "recipient": [ref(c.pr["np"])],
                            "payload": [{"contentString": "I'd like a second opinion before anyone removes part of my thyroid. Can you refer me to UT Southwestern?"}]}, "comm")
    c.sr(cc(text="Referral for second opinion - endocrinology (thyroid nodule)"), "2026-03-30", status="completed", pr="np", performer=c.orgs["ut"], reason=nod)
    e2 = c.enc("2026-06-10", typ="Second opinion consultation - endocrinology", reason="Second opinion: Bethesda III thyroid nodule, surgery recommended", org=c.orgs["ut"])
    c.note("2026-06-10", "consult", "Second opinion - UTSW Endocrinology (received)", """Second opinion for 2.8 cm R thyroid nodule, Bethesda III. Repeat US concordant. Afirma GSC on original aspirate: Benign (risk of malignancy ~4%).
Opinion: surgery not required at this time. Recommend active surveillance with US at 12 and 24 months. Patient agrees.""", enc=e2, org=c.orgs["ut"])
    c.obs(cc(text="Afirma Genomic Sequencing Classifier"), "2026-05-28", vstr="Benign", interp="N")
    e3 = c.enc("2026-06-18", cls="VR", typ="Telehealth video visit", reason="CC: review second opinion", pr="np")
    c.note("2026-06-18", "telehealth", "Video visit", "Reviewed UTSW second opinion - surveillance, no surgery. Pt relieved. Told outside ENT; surgery cancelled. TSH normal. Repeat US 2/2027.", pr="np", enc=e3)
    c.lab("tsh", "2026-06-01", 1.9)
    c.raw("Communication", {"status": "completed", "subject": ref(c.pat), "sent": c.ts("2026-11-16", "12:22:00"), "sender": ref(c.pat), "recipient": [ref(c.pr["np"])],
                            "payload": [{"contentString": "Hi, just confirming my thyroid ultrasound is booked for February. Also can I get my atorvastatin refilled? Thanks!"}]}, "comm")
    e4 = c.enc("2026-11-17", cls="VR", typ="Telehealth refill visit", reason="CC: medication refill", pr="md")
    c.med(cc((RX, "617310", "atorvastatin 20 MG Oral Tablet")), "2026-11-17", "20 mg PO daily", pr="md", enc=e4)
    c.sr(cc((CPT, "76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation")), "2026-11-17", status="active", occ="2027-02-10", pr="md", reason=nod)
    c.vitals("2026-03-20", e1, 126, 80, 74, 68.0)
    return c, "59F who asked for a second opinion in 2026-03 about a thyroid nodule; it was done 2026-06-10 (surveillance, surgery withdrawn), within 12 months; her latest messages are routine."
