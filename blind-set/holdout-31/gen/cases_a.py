from fhirgen import *
from orgs import ORGS

HTN = [(SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")]
HLD = [(SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.2", "Mixed hyperlipidemia")]
HASH = [(SCT, "21983002", "Hashimoto thyroiditis"), (ICD, "E06.3", "Autoimmune thyroiditis")]
GERD = [(SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")]
T2DM = [(SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")]


# ---------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP ----------------
def ps_pos_paresthesia(cid):
    c = Case(cid, ORGS["riverbend"])
    c.setup("Marcus Allen", "Whitfield", "male", "1985-02-11", "RB0048213", "418 Wyoming St", "Dayton", "OH", "45410",
            {"a": ("Priya", "Raman", "1659384021", "Physical Medicine and Rehabilitation", "MD"),
             "b": ("Daniel", "Okafor", "1720451983", "Clinical Neurophysiology (EMG)", "DO")},
            "Anthem Blue Cross Blue Shield Ohio", "YRK884102551", "PPO-OH|Anthem Blueprint PPO")
    c.nkda("2026-05-12")
    c.smoking("2026-05-12", "8517006", "Ex-smoker")
    c.cond([(ICD, "I10", "Essential (primary) hypertension")], "2021-04-02", text="Hypertension")
    c.cond([(ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")], "2019-07-20", text="Right ankle sprain", status="resolved", abate="2019-09-01")
    prob = c.cond([(ICD, "R20.2", "Paresthesia of skin")], "2026-03-15", text="Burning paresthesias, both feet",
                  note="Onset about March 2026. Burning/tingling soles and toes, worse at night. No weakness, no falls.")
    dates = ["2026-05-12", "2026-06-23", "2026-08-18", "2026-10-27"]
    e1 = c.enc(dates[0], "New patient evaluation", cpt=("99204", "Office or other outpatient visit, new patient, 45 minutes"), reason="Burning pain and tingling in both feet")
    c.vitals(dates[0], 128, 80, 72, 84.2, e1)
    c.cond([(ICD, "R20.2", "Paresthesia of skin")], dates[0], text="Paresthesia of both feet", cat="encounter-diagnosis", enc=e1)
    c.score((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), dates[0], 6, "Pain intensity NRS (feet)", enc=e1)
    refs = [c.lab("a1c", dates[0], 5.3, e1), c.lab("b12", dates[0], 512, e1), c.lab("tsh", dates[0], 1.9, e1), c.lab("glu", dates[0], 88, e1)]
    refs.append(c.obs(None, dates[0], vstr="No monoclonal protein detected. Normal electrophoretic pattern.", text="Protein electrophoresis, serum (SPEP) with interpretation",
                      local=("SPEP", "Serum protein electrophoresis"), interp="N", enc=e1))
    c.report(("24331-1", "Lipid 1996 panel - Serum or Plasma"), dates[0], refs, enc=e1, text="Neuropathy laboratory panel",
             conclusion="HbA1c, B12, TSH, fasting glucose and SPEP within normal limits.") if False else \
        c.report(None, dates[0], refs, enc=e1, text="Peripheral neuropathy laboratory work-up", conclusion="HbA1c, B12, TSH, fasting glucose and SPEP within normal limits.")
    c.panel("cbc", dates[0], e1)
    c.med((RX, "25480", "gabapentin"), "gabapentin 300 mg capsule", dates[0], reason="Paresthesia of both feet", reason_ref=prob, dose="300 mg by mouth three times daily")
    e2 = c.enc(dates[1], "Electrodiagnostic study", pr="b", cpt=("95910", "Nerve conduction studies; 7-8 studies"), reason="Paresthesia of feet")
    c.cond([(ICD, "R20.2", "Paresthesia of skin")], dates[1], text="Paresthesia of both feet", cat="encounter-diagnosis", enc=e2, pr="b")
    c.report(None, dates[1], None, enc=e2, cat="OTH", pr="b", text="EMG/NCS lower extremities, bilateral",
             conclusion="Normal study. Sural and superficial peroneal sensory responses normal in amplitude and latency bilaterally. Peroneal and tibial motor studies normal. Needle EMG of L4-S1 myotomes normal. No electrodiagnostic evidence of large-fiber polyneuropathy or lumbosacral radiculopathy.")
    e3 = c.enc(dates[2], "Follow-up visit", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Foot paresthesia follow-up")
    c.vitals(dates[2], 126, 78, 70, 84.6, e3)
    c.score((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), dates[2], 6, "Pain intensity NRS (feet)", enc=e3)
    c.cond([(ICD, "R20.2", "Paresthesia of skin")], dates[2], text="Paresthesia of both feet", cat="encounter-diagnosis", enc=e3)
    c.report(None, "2026-08-05", None, cat="RAD", text="MRI lumbar spine without contrast",
             conclusion="Normal MRI of the lumbar spine. No disc herniation, canal or foraminal stenosis. Conus terminates normally at L1.")
    e4 = c.enc(dates[3], "Follow-up visit", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Ongoing burning feet")
    c.vitals(dates[3], 130, 82, 74, 85.0, e4)
    c.score((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), dates[3], 7, "Pain intensity NRS (feet)", enc=e4)
    c.cond([(ICD, "R20.2", "Paresthesia of skin")], dates[3], text="Paresthesia of both feet", cat="encounter-diagnosis", enc=e4)
    c.note(dates[3], "progress", "PM&R follow-up", f"""
PM&R FOLLOW-UP  {dates[3]}
S: 41 y/o man with burning and tingling in both feet since ~March 2026. Still present daily, worse at night, interferes with sleep.
Gabapentin 300 mg TID gives minimal relief. No weakness, no bowel/bladder change, no rash, no alcohol excess.
O: Strength 5/5 throughout. Reflexes 2+ and symmetric. Vibration and proprioception intact at toes. Pinprick subjectively
decreased over soles in a stocking distribution to mid-foot. Skin and pulses normal.
Data: HbA1c 5.3, B12 512, TSH 1.9, SPEP normal, CBC normal. NCS/EMG 06/23 normal. MRI L-spine 08/05 normal.
A: Persistent distal burning paresthesias with normal work-up to date. No unifying diagnosis identified.
P: Discussed that the studies are reassuring. Continue gabapentin. Return in 3 months.
""", enc=e4)
    c.note(dates[1], "procedure", "EMG/NCS report", "Nerve conduction and needle EMG of both lower extremities: normal study. No evidence of large-fiber neuropathy or radiculopathy.", enc=e2, pr="b")
    return c


def ps_pos_flushing(cid):
    c = Case(cid, ORGS["bayview"])
    c.setup("Hannah Louise", "Brandvold", "female", "1988-09-30", "BDA-220914", "3310 N 26th St", "Tacoma", "WA", "98407",
            {"a": ("Elena", "Marchetti", "1386620157", "Allergy and Immunology", "MD"), "b": ("Grace", "Tanaka", "1912047765", "Nurse practitioner, allergy", "ARNP")},
            "Premera Blue Cross", "PBC77120934", "HMO|Premera Personal Health HMO", marital="S")
    c.allergy([(RX, "7980", "penicillin G")], "Penicillin", "2005-01-01", "Hives")
    c.cond([(ICD, "J30.2", "Other seasonal allergic rhinitis")], "2010-04-01", text="Seasonal allergic rhinitis (grass, tree pollen)")
    c.cond([(ICD, "J20.9", "Acute bronchitis, unspecified")], "2022-01-10", text="Acute bronchitis", status="resolved", abate="2022-02-01")
    c.cond([(ICD, "R23.2", "Flushing")], "2026-02-20", text="Episodic flushing with diarrhea and lightheadedness",
           note="Episodes 2-3 times per week since February 2026: facial/upper chest flushing, crampy diarrhea, lightheadedness, palpitations. No hives, no angioedema, no wheeze. No clear food, exercise or medication trigger.")
    dates = ["2026-04-08", "2026-06-10", "2026-08-26", "2026-11-04"]
    encs = []
    for i, d in enumerate(dates):
        e = c.enc(d, "Allergy clinic visit", pr="a" if i != 2 else "b",
                  cpt=("99204", "Office or other outpatient visit, new patient, 45 minutes") if i == 0 else ("99214", "Office or other outpatient visit, established patient, 30 minutes"),
                  reason="Flushing episodes")
        encs.append(e)
        c.obs((SCT, "95891005", "Flushing"), d, vcc=cc((SCT, "52101004", "Present")), cat="exam", enc=e, interp=None, text="Flushing episodes since last visit",
              note=["Three episodes last week", "Episodes continue, ~2/week, one near-syncope", "Continues, photos of flushing reviewed", "Still 2-3 episodes weekly despite H1/H2 blockade"][i])
    c.vitals(dates[0], 112, 70, 78, 61.4, encs[0])
    c.vitals(dates[3], 110, 68, 80, 60.8, encs[3])
    r = [c.obs((LNC, "21582-2", "Tryptase [Mass/volume] in Serum or Plasma"), "2026-04-08", v=4.1, unit="ug/L", low=None, high=11.4, enc=encs[0], note="Baseline, asymptomatic"),
         c.obs((LNC, "21582-2", "Tryptase [Mass/volume] in Serum or Plasma"), "2026-06-02", v=4.6, unit="ug/L", high=11.4, note="Drawn 2 h after onset of an episode"),
         c.obs(None, "2026-06-10", v=142, unit="ug/g{creat}", high=200, text="N-methylhistamine [Mass/mass] in 24 hour Urine --/creatinine", local=("NMH24U", "N-methylhistamine, 24h urine"), enc=encs[1]),
         c.obs(None, "2026-06-10", v=3.8, unit="mg/(24.h)", high=6.0, text="5-Hydroxyindoleacetate [Mass/time] in 24 hour Urine", local=("5HIAA24", "5-HIAA, 24h urine"), enc=encs[1]),
         c.obs(None, "2026-06-10", v=0.31, unit="nmol/L", high=0.49, text="Metanephrine, free [Moles/volume] in Plasma", local=("PMETA", "Plasma free metanephrines"), enc=encs[1])]
    c.report(None, "2026-06-10", r, enc=encs[1], text="Flushing work-up", conclusion="Serum tryptase (baseline and event), urine N-methylhistamine, urine 5-HIAA and plasma metanephrines within reference ranges.")
    c.panel("cbc", "2026-04-08", encs[0])
    c.lab("tsh", "2026-04-08", 2.2, encs[0])
    c.lab("ige", "2026-04-08", 64, encs[0])
    c.med((RX, "20610", "cetirizine"), "cetirizine 10 mg tablet", dates[0], dose="10 mg by mouth twice daily", reason="Flushing episodes")
    c.med((RX, "4278", "famotidine"), "famotidine 20 mg tablet", dates[1], dose="20 mg by mouth twice daily", reason="Flushing episodes")
    c.med((RX, "3992", "epinephrine"), "epinephrine 0.3 mg/0.3 mL auto-injector", dates[0], dose="0.3 mg IM for severe episode; call 911")
    c.note(dates[3], "progress", "Allergy follow-up", """
ALLERGY / IMMUNOLOGY FOLLOW-UP
38 y/o woman with ~9 months of stereotyped episodes: flushing of face and chest, abdominal cramping with loose stools, lightheadedness,
occasionally palpitations, lasting 20-40 min, 2-3x/week. No urticaria, no angioedema, no wheeze, no weight loss.
Work-up: baseline tryptase 4.1 and event tryptase 4.6 (no rise), 24h urine N-methylhistamine normal, 5-HIAA normal, plasma
metanephrines normal, CBC and TSH normal. Skin exam normal, Darier sign negative.
Cetirizine BID plus famotidine BID for 5 months without meaningful change.
Assessment: recurrent flushing episodes, cause not identified. Criteria for mast cell activation not met; no carcinoid or
pheochromocytoma physiology demonstrated.
Plan: continue antihistamines, symptom diary, recheck in 3 months. Patient discouraged that "everything comes back normal".
""", enc=encs[3])
    c.note(dates[0], "consult", "New allergy consult", "New patient consult for flushing episodes since Feb 2026. History as documented. Plan baseline tryptase, CBC, TSH; antihistamine trial; event tryptase if episode.", enc=encs[0])
    return c


def ps_pos_fit(cid):
    c = Case(cid, ORGS["piedmont"])
    c.setup("Denise Marie", "Holloway", "female", "1968-03-22", "PV10442871", "2207 Lawndale Dr", "Greensboro", "NC", "27408",
            {"a": ("Robert", "Chen", "1447281930", "Family Medicine", "MD"), "b": ("Amanda", "Pruitt", "1831120946", "Orthopaedic Surgery", "MD"), "c": ("Lisa", "Grant", "1063592871", "Registered Nurse", "RN")},
            "Blue Cross NC", "BCN448201733", "PPO|Blue Advantage PPO", race=("2054-5", "Black or African American"))
    c.nkda("2019-05-02")
    c.cond(HTN, "2015-06-10")
    c.cond(HASH, "2012-09-01")
    c.cond([(SCT, "239873007", "Osteoarthritis of knee"), (ICD, "M17.11", "Unilateral primary osteoarthritis, right knee")], "2024-02-01")
    c.cond([(SCT, "16114001", "Fracture of ankle"), (ICD, "S82.892A", "Other fracture of left lower leg, initial encounter for closed fracture")], "2017-01-15", status="resolved", abate="2017-04-20")
    c.smoking("2026-07-01", "266919005", "Never smoked tobacco")
    e1 = c.enc("2026-07-01", "Annual wellness visit", cpt=("99396", "Periodic comprehensive preventive medicine, established patient; 40-64 years"), reason="Preventive visit")
    c.vitals("2026-07-01", 132, 84, 76, 88.9, e1)
    c.panel("bmp", "2026-07-01", e1)
    c.panel("lipid", "2026-07-01", e1, over={"ldl": 98})
    c.lab("tsh", "2026-07-01", 2.6, e1)
    c.panel("cbc", "2026-07-01", e1, over={"hgb": 12.6, "mcv": 84})
    c.sr([(HCPCS, "G0328", "Colorectal cancer screening; fecal occult blood, immunoassay, 1-3 simultaneous determinations")], "FIT colorectal cancer screening",
         "completed", "order", "2026-07-01", cat="lab", reason="Colorectal cancer screening")
    fit = c.obs((LNC, "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), "2026-07-14",
                vcc=cc((LNC, "LA6576-8", "Positive"), (SCT, "10828004", "Positive")), interp="A", local=("FITQL", "Fecal immunochemical"),
                reftext="Negative")
    c.report(("29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), "2026-07-14", [fit], conclusion="POSITIVE")
    c.comm("2026-07-15", "Your stool screening result is available in the portal.", sender=c.pr["c"], recipient=c.pat, cat_text="Result notification")
    c.med((RX, "29046", "lisinopril"), "lisinopril 20 mg tablet", "2015-06-10", dose="20 mg by mouth daily")
    c.med((RX, "10582", "levothyroxine"), "levothyroxine 75 mcg tablet", "2012-09-01", dose="75 mcg by mouth daily before breakfast")
    c.med((RX, "41493", "meloxicam"), "meloxicam 7.5 mg tablet", "2026-09-22", dose="7.5 mg by mouth daily with food", reason="Right knee osteoarthritis")
    e2 = c.enc("2026-09-22", "Orthopaedic clinic visit", pr="b", cpt=("99203", "Office or other outpatient visit, new patient, 30 minutes"), reason="Right knee pain")
    c.vitals("2026-09-22", 128, 82, 74, 89.3, e2)
    c.proc([(CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance")], "Right knee corticosteroid injection", "completed", "2026-09-22", enc=e2, pr="b")
    c.note("2026-09-22", "progress", "Orthopaedic note", "Right knee medial joint line pain, moderate OA on x-ray. Kellgren-Lawrence 2-3. Injected triamcinolone 40 mg. Meloxicam, quad strengthening. F/u prn.", enc=e2, pr="b")
    e3 = c.enc("2026-11-03", "Nurse visit", pr="c", cpt=("99211", "Office or other outpatient visit, established patient, minimal"), reason="Influenza vaccination")
    c.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-11-03")
    c.note("2026-07-01", "progress", "Annual wellness visit", """
Annual preventive visit. 58 y/o woman, feels well. BP at goal. TSH normal on levothyroxine 75 mcg.
Health maintenance: mammogram 03/2026 normal; cervical screening up to date; colorectal screening - never had colonoscopy, prefers
stool-based; FIT kit given today. Tdap 2021. Flu shot due in fall.
Plan: continue lisinopril and levothyroxine; labs today; FIT; return 1 year.
""", enc=e1)
    c.note("2026-11-03", "nurse", "Nurse visit", "Influenza vaccine given L deltoid, tolerated. No other concerns raised.", enc=e3, pr="c")
    return c


def ps_nm_ra(cid):
    c = Case(cid, ORGS["tidewater"])
    c.setup("Kimberly Ann", "Sutter", "female", "1981-07-04", "TMA-6620194", "5124 Colley Ave", "Norfolk", "VA", "23508",
            {"a": ("Jonathan", "Reyes", "1558430192", "Internal Medicine", "MD"), "b": ("Meera", "Kulkarni", "1669203845", "Rheumatology", "MD")},
            "Aetna", "W238817744", "OAP|Aetna Open Access Managed Choice")
    c.nkda("2020-03-03")
    c.cond([(SCT, "37796009", "Migraine"), (ICD, "G43.009", "Migraine without aura, not intractable, without status migrainosus")], "2004-01-01")
    c.cond([(SCT, "68566005", "Urinary tract infectious disease"), (ICD, "N39.0", "Urinary tract infection, site not specified")], "2025-04-02", status="resolved", abate="2025-04-12")
    sym1 = c.cond([(SCT, "57676002", "Joint pain"), (ICD, "M25.50", "Pain in unspecified joint")], "2026-04-20", text="Polyarthralgia - hands and wrists",
                  status="resolved", abate="2026-10-06", note="Resolved on problem list 10/06/2026 - attributed to seropositive rheumatoid arthritis.")
    sym2 = c.cond([(SCT, "84229001", "Fatigue"), (ICD, "R53.83", "Other fatigue")], "2026-04-20", text="Fatigue", status="resolved", abate="2026-10-06",
                  note="Attributed to inflammatory arthritis; resolved as separate problem.")
    e1 = c.enc("2026-05-04", "Office visit", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Hand pain and fatigue")
    c.vitals("2026-05-04", 118, 74, 70, 67.0, e1)
    c.panel("cbc", "2026-05-04", e1)
    c.lab("tsh", "2026-05-04", 1.7, e1)
    c.lab("esr", "2026-05-04", 18, e1)
    c.lab("crp", "2026-05-04", 6.2, e1)
    e2 = c.enc("2026-07-13", "Office visit", cpt=("99213", "Office or other outpatient visit, established patient, 20 minutes"), reason="Persistent hand pain, morning stiffness")
    c.vitals("2026-07-13", 120, 76, 72, 66.6, e2)
    e3 = c.enc("2026-09-01", "Office visit", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Joint pain, swelling MCPs")
    c.lab("esr", "2026-09-01", 34, e3)
    c.lab("crp", "2026-09-01", 14.8, e3)
    c.obs((LNC, "11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma"), "2026-09-01", v=64, unit="[IU]/mL", high=14, enc=e3, local=("RF", "Rheumatoid factor"))
    c.obs((LNC, "53027-9", "Cyclic citrullinated peptide IgG Ab [Units/volume] in Serum by Immunoassay"), "2026-09-01", v=112, unit="U/mL", high=20, enc=e3, local=("CCP", "Anti-CCP IgG"))
    c.sr([(SCT, "183545006", "Referral to rheumatology service")], "Referral to rheumatology", "completed", "order", "2026-09-01", cat="referral", reason_ref=[sym1], performer="b")
    e4 = c.enc("2026-10-06", "Rheumatology consultation", pr="b", cpt=("99204", "Office or other outpatient visit, new patient, 45 minutes"), reason="Inflammatory polyarthritis")
    ra = c.cond([(SCT, "69896004", "Rheumatoid arthritis"), (ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement")],
                "2026-10-06", pr="b", enc=e4)
    c.report(None, "2026-10-06", None, cat="RAD", text="XR hands and feet, 3 views", conclusion="Periarticular osteopenia at MCP joints; no erosions.", pr="b")
    c.med((RX, "6851", "methotrexate"), "methotrexate 2.5 mg tablet", "2026-10-06", pr="b", reason_ref=ra, dose="15 mg (6 tablets) by mouth once weekly")
    c.med((RX, "4511", "folic acid"), "folic acid 1 mg tablet", "2026-10-06", pr="b", dose="1 mg by mouth daily")
    c.med((RX, "5521", "hydroxychloroquine"), "hydroxychloroquine 200 mg tablet", "2026-10-06", pr="b", reason_ref=ra, dose="200 mg by mouth twice daily")
    e5 = c.enc("2026-11-17", "Rheumatology follow-up", pr="b", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="RA follow-up")
    c.panel("cbc", "2026-11-17", e5)
    c.panel("lft", "2026-11-17", e5)
    c.note("2026-10-06", "consult", "Rheumatology consultation", """
RHEUMATOLOGY NEW CONSULT
45 y/o woman with 6 months of symmetric small-joint pain (MCPs, PIPs, wrists), 90 min morning stiffness and fatigue.
Exam: synovitis of bilateral MCP2-3, PIP2-3, right wrist. 8 swollen / 10 tender joints.
Labs: RF 64, anti-CCP 112, ESR 34, CRP 14.8. Earlier (05/2026) CBC, TSH and ESR were unremarkable.
X-ray: periarticular osteopenia, no erosions.
Assessment: seropositive rheumatoid arthritis, moderate activity (CDAI 24). This accounts for her arthralgia and fatigue.
Plan: methotrexate 15 mg weekly + folic acid, hydroxychloroquine 200 mg BID; monitoring labs in 6 weeks.
""", enc=e4, pr="b")
    c.note("2026-11-17", "progress", "Rheumatology follow-up", "Morning stiffness down to 20 minutes, fatigue better. 2 swollen joints. Tolerating MTX. CBC/LFTs normal. Continue; consider increase to 20 mg if residual synovitis at next visit.", enc=e5, pr="b")
    return c


def ps_nm_dizzy(cid):
    c = Case(cid, ORGS["sierra"])
    c.setup("Sofia Isabel", "Medina", "female", "1999-05-17", "SV2204187", "1456 E Shields Ave", "Fresno", "CA", "93704",
            {"a": ("Kevin", "Nakamura", "1275540129", "Family Medicine", "MD"), "b": ("Rachel", "Odom", "1336291847", "Otolaryngology", "MD")},
            "Blue Shield of California", "XEA901842277", "PPO|Blue Shield Silver PPO", marital="S", lang="en-US")
    c.nkda("2018-08-09")
    c.cond([(SCT, "237055002", "Polycystic ovary syndrome"), (ICD, "E28.2", "Polycystic ovarian syndrome")], "2019-03-01")
    c.cond([(SCT, "88616000", "Acne vulgaris"), (ICD, "L70.0", "Acne vulgaris")], "2014-01-01", status="resolved", abate="2019-06-01")
    dz = c.cond([(SCT, "404640003", "Dizziness"), (ICD, "R42", "Dizziness and giddiness")], "2026-10-01", text="Episodic dizziness",
                note="Brief spells of imbalance/lightheadedness since early October 2026.")
    e1 = c.enc("2026-10-06", "Office visit", cpt=("99213", "Office or other outpatient visit, established patient, 20 minutes"), reason="Dizzy spells")
    c.vitals("2026-10-06", 108, 70, 76, 63.5, e1)
    c.obs((LNC, "8480-6", "Systolic blood pressure"), "2026-10-06", v=104, unit="mmHg", ucum="mm[Hg]", cat="vital-signs", interp=None, text="Orthostatic systolic BP, standing 3 min", enc=e1)
    c.panel("cbc", "2026-10-06", e1)
    c.panel("bmp", "2026-10-06", e1)
    c.lab("tsh", "2026-10-06", 1.4, e1)
    c.obs((LNC, "2106-3", "Choriogonadotropin [Presence] in Urine"), "2026-10-06", vcc=cc((LNC, "LA6577-6", "Negative")), interp="N", enc=e1, text="Urine hCG, qualitative")
    c.report(("8601-7", "EKG impression"), "2026-10-06", None, enc=e1, cat="EC", conclusion="Normal sinus rhythm, rate 74. Normal intervals. No pre-excitation.")
    e2 = c.enc("2026-10-20", "Office visit", cpt=("99213", "Office or other outpatient visit, established patient, 20 minutes"), reason="Dizziness follow-up")
    c.sr([(SCT, "306127004", "Referral to otolaryngologist")], "Referral to ENT", "completed", "order", "2026-10-20", cat="referral", reason_ref=[dz], performer="b")
    e3 = c.enc("2026-11-10", "ENT consultation", pr="b", cpt=("99204", "Office or other outpatient visit, new patient, 45 minutes"), reason="Episodic dizziness")
    c.proc([(CPT, "92557", "Comprehensive audiometry threshold evaluation and speech recognition")], "Audiogram", "completed", "2026-11-10", enc=e3, pr="b")
    c.report(None, "2026-11-10", None, enc=e3, cat="OTH", pr="b", text="Audiometry and videonystagmography",
             conclusion="Hearing within normal limits bilaterally, word recognition 100%. VNG: no spontaneous or positional nystagmus; Dix-Hallpike negative bilaterally; caloric responses symmetric.")
    c.med((RX, "1053291", "drospirenone / ethinyl estradiol"), "drospirenone 3 mg / ethinyl estradiol 0.02 mg tablet", "2019-03-01", dose="1 tablet by mouth daily")
    c.note("2026-11-10", "consult", "ENT consultation", """
OTOLARYNGOLOGY CONSULT
27 y/o woman with ~5-6 weeks of brief (seconds to a minute) spells of lightheadedness and imbalance, no true spinning, no hearing
change, tinnitus or aural fullness. No headaches. Seen by PCP 10/06 and 10/20 (labs, ECG normal).
Exam: normal otoscopy, cranial nerves, gait, Romberg. Head impulse normal.
Audiogram and VNG normal.
A: Episodic non-vertiginous dizziness of short duration; peripheral vestibular disorder not supported.
P: Hydration, symptom diary; return or PCP review if persists beyond 2-3 months; consider vestibular migraine or cardiology
evaluation if new features.
""", enc=e3, pr="b")
    c.note("2026-10-20", "progress", "PCP follow-up", "Dizziness spells continue ~3/week. Orthostatics borderline. Labs and ECG normal. Referred to ENT. Increase fluids.", enc=e2)
    c.vitals("2026-10-20", 110, 72, 78, 63.2, e2)
    return c


# ---------------- DIAGNOSIS_SYMPTOM_MISMATCH ----------------
def dm_pos_contact(cid):
    c = Case(cid, ORGS["magnolia"])
    c.setup("Walter James", "Pennington", "male", "1963-01-28", "MDI-55102", "145 Rivoli Dr", "Macon", "GA", "31210",
            {"a": ("Charlotte", "Boyd", "1477629301", "Dermatology", "MD"), "b": ("Samuel", "Adeyemi", "1598302716", "Dermatopathology", "MD")},
            "Humana Medicare Advantage", "H48829371", "PPO|Humana Gold Plus PPO", race=("2106-3", "White"))
    c.nkda("2025-11-12")
    c.cond([(ICD, "I10", "Essential (primary) hypertension")], "2012-05-01", text="Hypertension")
    c.cond([(ICD, "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")], "2019-02-01", text="BPH")
    cd1 = c.cond([(ICD, "L25.9", "Unspecified contact dermatitis, unspecified cause")], "2025-11-12", text="Contact dermatitis",
                 note="Pruritic eczematous eruption trunk and arms. Presumed contact dermatitis (new laundry detergent).")
    e1 = c.enc("2025-11-12", "Dermatology new patient", cpt=("99204", "Office or other outpatient visit, new patient, 45 minutes"), reason="Itchy rash")
    c.med((RX, "10759", "triamcinolone"), "triamcinolone acetonide 0.1% cream", "2025-11-12", dose="Apply to affected areas twice daily", reason_ref=cd1)
    e2 = c.enc("2026-03-09", "Patch testing", cpt=("95044", "Patch or application tests, specify number"), reason="Contact dermatitis")
    c.proc([(CPT, "95044", "Patch or application tests")], "Patch testing, 80-allergen expanded series", "completed", "2026-03-09", enc=e2,
           outcome="All allergens negative at 48 h and 96 h readings")
    e3 = c.enc("2026-06-15", "Dermatology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Rash spreading")
    bx = c.proc([(CPT, "11104", "Punch biopsy of skin; single lesion")], "Punch biopsy, left flank", "completed", "2026-06-15", enc=e3, body="Left flank")
    c.report(("11526-1", "Pathology study"), "2026-06-18", None, enc=e3, cat="PAT", pr="b", text="Surgical pathology - skin, left flank, punch",
             conclusion="Spongiotic dermatitis with superficial perivascular lymphocytic infiltrate. Scattered lymphocytes within the epidermis with mild nuclear irregularity. Findings are not specific; clinicopathologic correlation and repeat biopsy recommended if the eruption persists.")
    c.med((RX, "8640", "prednisone"), "prednisone 10 mg tablet (taper)", "2026-06-15", status="completed", dose="40 mg daily tapering over 3 weeks", end="2026-07-06")
    e4 = c.enc("2026-09-14", "Dermatology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Generalized rash")
    c.vitals("2026-09-14", 138, 82, 80, 81.0, e4)
    e5 = c.enc("2026-11-16", "Dermatology follow-up", cpt=("99215", "Office or other outpatient visit, established patient, 40 minutes"), reason="Generalized rash, itching, swollen glands")
    c.vitals("2026-11-16", 134, 80, 84, 76.4, e5)
    c.obs((SCT, "30746006", "Lymphadenopathy"), "2026-11-16", vcc=cc((SCT, "52101004", "Present")), cat="exam", enc=e5, interp="A",
          text="Lymph nodes", note="Bilateral axillary and inguinal nodes, 1.5-2 cm, firm, non-tender")
    c.obs((SCT, "89362005", "Weight loss"), "2026-11-16", vstr="Unintentional weight loss ~6 kg since 09/2026 (81.0 -> 76.4 kg)", cat="exam", enc=e5, interp="A", text="Weight change")
    c.panel("cbc", "2026-11-16", e5, over={"wbc": 12.4})
    c.lab("eos", "2026-11-16", 1.3, e5)
    c.obs((LNC, "14804-9", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma by Lactate to pyruvate reaction"), "2026-11-16", v=318, unit="U/L", low=122, high=222, enc=e5)
    c.impression("2026-11-16", "Dermatology assessment", "Contact dermatitis, generalized. Now near-erythrodermic (~70% BSA). Continue topical steroid and wet wraps; consider dupilumab prior authorization.",
                 problems=[cd1], enc=e5)
    c.med((RX, "10759", "triamcinolone"), "triamcinolone acetonide 0.1% ointment 454 g", "2026-11-16", dose="Apply to body twice daily under wet wraps", reason_ref=cd1)
    c.med((RX, "5553", "hydroxyzine"), "hydroxyzine HCl 25 mg tablet", "2026-09-14", dose="25 mg at bedtime as needed for itching")
    c.med((RX, "17767", "amlodipine"), "amlodipine 5 mg tablet", "2012-05-01", kind="statement", dose="5 mg daily")
    c.note("2026-11-16", "progress", "Dermatology follow-up", """
Follow-up contact dermatitis.
63 y/o man, rash since 11/2025 initially on trunk/arms, attributed to detergent. Changed products. Expanded patch series (03/2026)
entirely negative. Partial response to prednisone taper, relapsed off steroids. Today: confluent erythematous scaly plaques over
~70% BSA including palms; intense pruritus disturbing sleep. New: palpable bilateral axillary and inguinal nodes 1.5-2 cm; weight
down 6 kg since September; night sweats "some nights".
Labs: WBC 12.4, eosinophils 1.3, LDH 318.
June biopsy: spongiotic dermatitis, scattered atypical intraepidermal lymphocytes, re-biopsy advised if persists.
A: Contact dermatitis, generalized/erythrodermic.
P: Wet wraps with triamcinolone, hydroxyzine, submit dupilumab prior auth. RTC 6 weeks.
""", enc=e5)
    return c


def dm_pos_chronicpain(cid):
    c = Case(cid, ORGS["summit"])
    c.setup("Gary Lee", "Stanczyk", "male", "1968-06-09", "SSP-301877", "3019 N Prospect St", "Colorado Springs", "CO", "80907",
            {"a": ("Natalie", "Forsberg", "1144620385", "Pain Medicine / Anesthesiology", "MD"), "b": ("Tyler", "Brandt", "1255781196", "Physician Assistant", "PA-C")},
            "UnitedHealthcare", "UHC992017384", "CHOICE|UHC Choice Plus")
    c.nkda("2025-08-04")
    c.cond([(ICD, "E78.2", "Mixed hyperlipidemia")], "2016-01-01", text="Hyperlipidemia")
    c.cond([(ICD, "M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region")], "2025-09-02", text="Lumbar spondylosis")
    cps = c.cond([(ICD, "G89.4", "Chronic pain syndrome")], "2025-08-04", text="Chronic pain syndrome (low back)",
                 note="Axial low back pain since early 2025, no radicular features. Treated as chronic pain syndrome; functional restoration approach.")
    c.cond([(ICD, "Z79.891", "Long term (current) use of opiate analgesic")], "2025-10-01", text="Long-term opioid therapy")
    c.report(None, "2025-09-02", None, cat="RAD", text="MRI lumbar spine without contrast", conclusion="Mild multilevel facet arthropathy L3-S1 and disc desiccation. No fracture, marrow signal normal. No stenosis.")
    c.med((RX, "10689", "tramadol"), "tramadol 50 mg tablet", "2025-10-01", dose="50 mg by mouth every 8 hours as needed, max 150 mg/day", reason_ref=cps)
    c.med((RX, "72625", "duloxetine"), "duloxetine 60 mg DR capsule", "2025-10-01", dose="60 mg by mouth daily", reason_ref=cps)
    c.med((RX, "36567", "simvastatin"), "simvastatin 20 mg tablet", "2016-01-01", kind="statement", dose="20 mg at bedtime")
    c.note("2025-10-01", "plan", "Opioid treatment agreement", "Controlled substance agreement reviewed and signed. Single prescriber, single pharmacy (Safeway #1423). UDS at random. PDMP reviewed: no other prescribers.")
    visits = [("2026-05-12", 7, 88.5), ("2026-08-11", 7, 86.0), ("2026-10-14", 7, 82.2), ("2026-11-18", 7, 81.1)]
    encs = []
    for d, nrs, wt in visits:
        e = c.enc(d, "Pain management follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Chronic low back pain", pr="a" if d != "2026-08-11" else "b")
        encs.append(e)
        c.vitals(d, 126, 78, 78 if d < "2026-10" else 92, wt, e)
        c.score((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, nrs, "Pain intensity NRS", enc=e)
    c.obs((LNC, "8310-5", "Body temperature"), "2026-10-14", v=37.9, unit="Cel", cat="vital-signs", interp=None, enc=encs[2])
    for k, v in (("esr", 68), ("crp", 42.0), ("alp", 212), ("hgb", 11.2), ("ca", 10.1)):
        c.lab(k, "2026-10-14", v, encs[2], low=13.5 if k == "hgb" else "d", high=17.5 if k == "hgb" else "d")
    c.obs((LNC, "19295-5", "Opiates [Presence] in Urine by Screen method"), "2026-10-14", vcc=cc((LNC, "LA6576-8", "Positive")), interp=None, enc=encs[2],
          note="Consistent with prescribed tramadol (confirmation: tramadol/O-desmethyltramadol present). No unexpected substances.", text="Urine drug screen - opiates/tramadol")
    c.note("2026-11-18", "progress", "Pain follow-up", """
CHRONIC PAIN FOLLOW-UP
58 y/o man followed since 08/2025 for chronic pain syndrome (axial LBP). Reports pain now also at night, wakes him at 2-3 am,
not relieved by lying down; "different from before". Weight down ~7 kg since May without trying. Felt feverish twice.
Labs 10/14 (ordered for fatigue): ESR 68, CRP 42, alk phos 212, Hgb 11.2.
Exam: tender over L1-L2 spinous processes; neuro intact.
Assessment: chronic pain syndrome, stable pain scores. Discussed pacing, sleep hygiene.
Plan: continue tramadol and duloxetine, CBT-for-pain referral, PT home program. UDS consistent. Follow up 3 months.
""", enc=encs[3])
    c.obs(None, "2026-11-18", vint=42, text="Oswestry Disability Index (ODI) percent score", cat="survey", interp=None, enc=encs[3])
    c.entries[-1]["code"]["coding"] = [cd(ORGS["summit"]["local_assess"], "ODI", "Oswestry Disability Index")]
    return c


def dm_pos_gerd(cid):
    c = Case(cid, ORGS["heartland"])
    c.setup("Luis Alberto", "Carrasco", "male", "1977-12-02", "HRP-8830217", "4412 S 36th St", "Omaha", "NE", "68107",
            {"a": ("Stephanie", "Voss", "1306492278", "Internal Medicine", "MD"), "b": ("Ahmed", "Farouk", "1417283390", "Gastroenterology", "MD")},
            "Medica", "MED55002913", "CHOICE|Medica Choice Passport", race=("2106-3", "White"), lang="es-US")
    c.nkda("2026-03-10")
    c.cond(HTN, "2019-08-01")
    c.cond([(SCT, "74400008", "Appendicitis"), (ICD, "K35.80", "Unspecified acute appendicitis")], "2008-06-01", status="resolved", abate="2008-06-20")
    g = c.cond(GERD, "2026-03-10", note="Epigastric burning after meals and sensation of food sticking. Empiric PPI.")
    c.smoking("2026-03-10", "8517006", "Ex-smoker")
    c.obs((LNC, "11331-6", "History of Alcohol use"), "2026-03-10", vstr="2-3 beers on weekends", cat="social-history", interp=None)
    e1 = c.enc("2026-03-10", "Office visit", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Heartburn, food sticking")
    c.vitals("2026-03-10", 134, 84, 76, 92.1, e1)
    c.panel("cbc", "2026-03-10", e1, over={"hgb": 14.9}, ranges={"hgb": (13.5, 17.5)})
    c.med((RX, "7646", "omeprazole"), "omeprazole 40 mg DR capsule", "2026-03-10", dose="40 mg by mouth daily before breakfast", reason_ref=g)
    c.med((RX, "17767", "amlodipine"), "amlodipine 10 mg tablet", "2019-08-01", dose="10 mg daily")
    e2 = c.enc("2026-06-16", "Office visit", cpt=("99213", "Office or other outpatient visit, established patient, 20 minutes"), reason="GERD follow-up")
    c.vitals("2026-06-16", 130, 82, 74, 89.8, e2)
    e3 = c.enc("2026-09-15", "Office visit", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Dysphagia")
    c.vitals("2026-09-15", 128, 80, 80, 86.4, e3)
    c.cond([(SCT, "40739000", "Dysphagia"), (ICD, "R13.14", "Dysphagia, pharyngoesophageal phase")], "2026-09-15", cat="encounter-diagnosis", enc=e3, text="Dysphagia to solids")
    e4 = c.enc("2026-11-10", "Office visit", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Worse swallowing, weight loss")
    c.vitals("2026-11-10", 126, 78, 84, 83.2, e4)
    c.cond([(SCT, "89362005", "Weight loss"), (ICD, "R63.4", "Abnormal weight loss")], "2026-11-10", cat="encounter-diagnosis", enc=e4, text="Weight loss")
    c.panel("cbc", "2026-11-10", e4, over={"hgb": 10.9, "hct": 33.8, "mcv": 74}, ranges={"hgb": (13.5, 17.5), "hct": (40.0, 52.0)})
    c.lab("ferritin", "2026-11-10", 9, e4)
    c.panel("bmp", "2026-11-10", e4)
    c.med((RX, "7646", "omeprazole"), "omeprazole 40 mg DR capsule", "2026-11-10", dose="40 mg by mouth twice daily before meals", reason_ref=g)
    c.note("2026-11-10", "progress", "Office visit", """
OFFICE VISIT - GERD follow-up
48 y/o man with GERD dx 03/2026. Now food (meat, bread) sticks behind sternum most meals; has switched to soft foods. Weight 92.1 kg
in March -> 83.2 kg today. Occasional dark stools? unsure. Heartburn itself improved on PPI.
Labs today: Hgb 10.9, MCV 74, ferritin 9.
A/P: GERD - incomplete control. Increase omeprazole to 40 mg BID, elevate head of bed, small meals. Start oral iron.
Recheck 8 weeks.
""", enc=e4)
    c.med((RX, "4450", "ferrous sulfate"), "ferrous sulfate 325 mg tablet", "2026-11-10", dose="325 mg by mouth every other day")
    c.note("2026-03-10", "progress", "Office visit", "Burning epigastric pain after meals x 2 months, occasional sensation of food sticking. No weight loss at that time. Empiric omeprazole 40 mg daily; lifestyle measures.", enc=e1)
    return c


def dm_nm_viral(cid):
    c = Case(cid, ORGS["lakeshore"])
    c.setup("Ethan Michael", "Kowalczyk", "male", "2010-04-18", "LHP-4427811", "915 Hinman Ave", "Evanston", "IL", "60202",
            {"a": ("Julia", "Hernandez", "1992837465", "Pediatrics", "MD"), "b": ("Brian", "Lindqvist", "1023948576", "Pediatric Nurse Practitioner", "CPNP")},
            "Blue Cross Blue Shield of Illinois", "XOF447820019", "PPO|BCBSIL PPO (parent subscriber)", marital="S")
    c.nkda("2012-05-01")
    c.cond([(SCT, "195967001", "Asthma"), (ICD, "J45.20", "Mild intermittent asthma, uncomplicated")], "2015-09-01")
    c.cond([(SCT, "406506008", "Attention deficit hyperactivity disorder"), (ICD, "F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type")], "2018-10-01")
    c.cond([(SCT, "58150001", "Fracture of clavicle"), (ICD, "S42.002A", "Fracture of unspecified part of left clavicle, initial encounter for closed fracture")], "2022-07-04", status="resolved", abate="2022-09-01")
    e0 = c.enc("2026-08-12", "Well child visit", cpt=("99394", "Periodic comprehensive preventive medicine, established patient; 12-17 years"), reason="Sports physical")
    c.vitals("2026-08-12", 114, 68, 66, 61.2, e0)
    c.imm("62", "HPV, quadrivalent", "2023-08-10")
    c.imm("136", "Meningococcal MCV4O", "2026-08-12")
    e1 = c.enc("2026-10-19", "Sick visit", pr="b", cpt=("99213", "Office or other outpatient visit, established patient, 20 minutes"), reason="Fever, sore throat, body aches")
    c.vitals("2026-10-19", 112, 66, 98, 60.4, e1, temp=38.4)
    c.obs((LNC, "78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay"), "2026-10-19", vcc=cc((LNC, "LA6577-6", "Negative")), interp="N", enc=e1, local=("RSTREP", "Rapid strep"))
    c.obs((LNC, "31418-1", "Heterophile Ab [Presence] in Serum by Latex agglutination"), "2026-10-19", vcc=cc((LNC, "LA6577-6", "Negative")), interp="N", enc=e1, local=("MONO", "Monospot"))
    c.obs((LNC, "94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection"), "2026-10-19", vcc=cc((LNC, "LA11883-8", "Not detected")), interp="N", enc=e1)
    c.cond([(SCT, "34014006", "Viral disease"), (ICD, "B34.9", "Viral infection, unspecified")], "2026-10-19", text="Viral syndrome", cat="encounter-diagnosis",
           enc=e1, status="resolved", abate="2026-11-02", pr="b")
    e2 = c.enc("2026-10-30", "Follow-up visit", pr="b", cpt=("99212", "Office or other outpatient visit, established patient, 10 minutes"), reason="Return to sports clearance")
    c.vitals("2026-10-30", 110, 64, 70, 61.0, e2, temp=36.8)
    c.med((RX, "435", "albuterol"), "albuterol 90 mcg/actuation HFA inhaler", "2015-09-01", dose="2 puffs every 4 hours as needed for wheeze; before exercise")
    c.med((RX, "6901", "methylphenidate"), "methylphenidate ER 36 mg tablet", "2018-10-01", dose="36 mg by mouth every morning")
    c.note("2026-10-19", "progress", "Sick visit", "16 y/o with 2 days fever to 38.6, sore throat, myalgias, mild cough. Rapid strep, monospot and SARS-CoV-2 negative. Exam: mild pharyngeal erythema, no exudate, no splenomegaly. A: viral syndrome. P: fluids, acetaminophen/ibuprofen, no contact sports until recheck.", enc=e1, pr="b")
    c.note("2026-10-30", "progress", "Follow-up", "Afebrile x 7 days. Energy back to baseline, no sore throat. Lungs clear, no splenomegaly. Cleared for soccer. Viral illness resolved.", enc=e2, pr="b")
    c.note("2026-08-12", "progress", "Well visit", "Healthy 16 y/o, asthma well controlled (albuterol < 1x/week). ADHD stable on methylphenidate, grades good. Sports physical completed.", enc=e0)
    return c


def dm_nm_nickel(cid):
    c = Case(cid, ORGS["prairie"])
    c.setup("Brandon Scott", "Eckert", "male", "1985-10-07", "PSA-117804", "2611 S Seneca St", "Wichita", "KS", "67217",
            {"a": ("Lauren", "McAllister", "1215049386", "Dermatology", "MD"), "b": ("Omar", "Haddad", "1326158497", "Allergy and Immunology", "MD")},
            "Blue Cross and Blue Shield of Kansas", "KSB330081724", "PPO|BlueChoice PPO")
    c.nkda("2025-12-01")
    c.cond([(ICD, "J30.1", "Allergic rhinitis due to pollen")], "2011-04-01", text="Allergic rhinitis")
    acd = c.cond([(ICD, "L23.0", "Allergic contact dermatitis due to metals"), (SCT, "238575004", "Allergic contact dermatitis")], "2026-02-23",
                 text="Allergic contact dermatitis of hands due to nickel and cobalt (occupational, machinist)")
    c.cond([(ICD, "L30.9", "Dermatitis, unspecified")], "2025-12-01", text="Hand dermatitis", status="resolved", abate="2026-02-23",
           note="Working label pending patch testing; superseded by allergic contact dermatitis to metals.")
    e1 = c.enc("2025-12-01", "Dermatology new patient", cpt=("99203", "Office or other outpatient visit, new patient, 30 minutes"), reason="Hand rash")
    e2 = c.enc("2026-02-19", "Patch testing application", pr="b", cpt=("95044", "Patch or application tests, specify number"), reason="Hand dermatitis")
    c.proc([(CPT, "95044", "Patch or application tests")], "Patch testing - North American baseline series 80 allergens plus metalworking series", "completed", "2026-02-19", enc=e2, pr="b")
    e3 = c.enc("2026-02-23", "Patch testing final read", pr="b", cpt=("99213", "Office or other outpatient visit, established patient, 20 minutes"), reason="Patch reading")
    c.obs(None, "2026-02-23", vstr="++ (strong, vesicular) at 96 h", text="Patch reading: nickel sulfate hexahydrate 2.5% pet", cat="exam", interp="POS", enc=e3, local=None)
    c.obs(None, "2026-02-23", vstr="+ at 96 h", text="Patch reading: cobalt chloride 1% pet", cat="exam", interp="POS", enc=e3)
    c.obs(None, "2026-02-23", vstr="Negative at 48 h and 96 h", text="Patch reading: remaining baseline and metalworking fluid allergens", cat="exam", interp="NEG", enc=e3)
    c.med((RX, "2576", "clobetasol"), "clobetasol propionate 0.05% ointment", "2026-02-23", dose="Apply thin layer to hands twice daily for up to 2 weeks during flares", reason_ref=acd)
    c.med(None, "Nitrile-lined work gloves; barrier cream", "2026-02-23", kind="statement", dose="Use at work", status="active")
    e4 = c.enc("2026-06-08", "Dermatology follow-up", cpt=("99213", "Office or other outpatient visit, established patient, 20 minutes"), reason="Hand dermatitis follow-up")
    e5 = c.enc("2026-11-09", "Dermatology follow-up", cpt=("99213", "Office or other outpatient visit, established patient, 20 minutes"), reason="Hand dermatitis flare")
    c.obs(None, "2026-06-08", v=2.0, unit="%", ucum="%", text="Body surface area involved", cat="exam", interp=None, enc=e4)
    c.obs(None, "2026-11-09", v=2.0, unit="%", ucum="%", text="Body surface area involved", cat="exam", interp=None, enc=e5)
    c.med((RX, "20610", "cetirizine"), "cetirizine 10 mg tablet", "2011-04-01", kind="statement", dose="10 mg daily in spring")
    c.note("2026-02-23", "procedure", "Patch testing interpretation", """
PATCH TESTING - FINAL READ (96 h)
Positive: nickel sulfate 2.5% (++), cobalt chloride 1% (+). All other allergens negative, including metalworking fluid series.
Relevance: current and occupational - handles nickel-plated tooling, cobalt-containing carbide inserts. Distribution (palms,
volar fingers, dorsal hands) fits.
Dx: allergic contact dermatitis to nickel and cobalt. Counselled on avoidance, dimethylglyoxime spot kit given,
nitrile gloves at work, clobetasol for flares.
""", enc=e3, pr="b")
    c.note("2026-11-09", "progress", "Dermatology follow-up", """
Hand dermatitis follow-up. Did well (clear June-October) while wearing nitrile gloves. Flared 2 weeks ago when he worked a double
shift without gloves handling nickel-plated fixtures. Vesicles and scale on right palm and fingers, BSA ~2%.
A: Allergic contact dermatitis to nickel/cobalt, flare with known re-exposure. Findings fully consistent with diagnosis.
P: clobetasol 2 weeks then taper, glove adherence, letter for employer.
""", enc=e5)
    c.note("2025-12-01", "progress", "New patient", "Bilateral hand dermatitis x 6 months, machinist. Scale, fissures, vesicles on palms. KOH negative. Plan patch testing.", enc=e1)
    return c


# ---------------- MAJOR_PROCEDURE_PLANNED ----------------
def mp_pos_cabg(cid):
    c = Case(cid, ORGS["piedmont"])
    c.setup("Raymond Earl", "Tillman", "male", "1959-08-14", "PV10781240", "507 Sunset Dr", "High Point", "NC", "27262",
            {"a": ("Victoria", "Ames", "1578341290", "Cardiology", "MD"), "b": ("Hiroshi", "Sato", "1689452301", "Cardiothoracic Surgery", "MD"), "c": ("Paul", "Dempsey", "1790563412", "Family Medicine", "MD")},
            "Medicare Part B", "1EG4TE5MK72", "MEDICARE|Original Medicare")
    c.allergy([(RX, "2670", "codeine")], "Codeine", "2010-01-01", "Nausea and vomiting", crit="low")
    cad = c.cond([(SCT, "53741008", "Coronary arteriosclerosis"), (ICD, "I25.118", "Atherosclerotic heart disease of native coronary artery with other forms of angina pectoris")], "2026-10-20")
    c.cond(HTN, "2008-01-01")
    c.cond(HLD, "2008-01-01")
    c.cond([(SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")], "2017-05-01")
    c.cond([(SCT, "233604007", "Pneumonia"), (ICD, "J18.9", "Pneumonia, unspecified organism")], "2023-01-05", status="resolved", abate="2023-02-01")
    c.smoking("2026-10-20", "8517006", "Ex-smoker")
    e1 = c.enc("2026-10-20", "Cardiology consultation", cpt=("99204", "Office or other outpatient visit, new patient, 45 minutes"), reason="Exertional chest pressure")
    c.vitals("2026-10-20", 136, 82, 68, 91.4, e1)
    c.report(None, "2026-10-27", None, cat="OTH", text="Exercise myocardial perfusion imaging (SPECT)", conclusion="Moderate-size reversible defect of anterior and inferolateral walls. Transient ischemic dilation. High-risk study.")
    e2 = c.enc("2026-11-04", "Cardiac catheterization", cpt=("93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization"), reason="High-risk stress study")
    c.proc([(CPT, "93458", "Left heart catheterization with coronary angiography")], "Left heart catheterization, coronary angiography", "completed", "2026-11-04", enc=e2, reason_ref=[cad],
           outcome="Severe three-vessel CAD: LM 40%, proximal LAD 90%, OM1 85%, mid RCA 95%. LVEF 50%. SYNTAX score 34.")
    c.report(("10230-1", "Left ventricular Ejection fraction"), "2026-11-06", None, cat="CUS", text="Transthoracic echocardiogram", conclusion="LVEF 50%, mild hypokinesis of the inferolateral wall. No significant valve disease.")
    e3 = c.enc("2026-11-18", "Cardiothoracic surgery consultation", pr="b", cpt=("99205", "Office or other outpatient visit, new patient, 60 minutes"), reason="Multivessel CAD")
    c.sr([(CPT, "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"),
          (CPT, "33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); 2 venous grafts")],
         "CABG x3 (LIMA-LAD, SVG-OM1, SVG-RCA), on-pump", "active", "order", "2026-11-18", occ="2027-01-06T07:30:00-05:00", cat="surgery", reason_ref=[cad], pr="b", performer="b",
         note="Heart team conference 11/16/2026: surgical revascularization recommended (diabetic, 3-vessel disease, SYNTAX 34).")
    c.sr([(SCT, "183856003", "Referral to cardiac rehabilitation")] if False else [(CPT, "93000", "Electrocardiogram, routine ECG with at least 12 leads")], "Pre-operative ECG", "active", "order", "2026-11-18", occ="2026-12-30", cat="procedure", pr="b")
    for k, v in (("hgb", 14.1), ("plt", 231), ("cr", 1.04), ("egfr", 78), ("k", 4.3), ("inr", 1.0)):
        c.lab(k, "2026-11-18", v, e3, low=13.5 if k == "hgb" else "d", high=17.5 if k == "hgb" else "d")
    c.lab("a1c", "2026-11-18", 6.9, e3)
    c.lab("a1c", "2026-05-12", 7.0)
    c.med((RX, "1191", "aspirin"), "aspirin 81 mg EC tablet", "2026-10-20", dose="81 mg daily")
    c.med((RX, "6918", "metoprolol"), "metoprolol succinate ER 50 mg tablet", "2026-10-20", dose="50 mg daily", reason_ref=cad)
    c.med((RX, "83367", "atorvastatin"), "atorvastatin 80 mg tablet", "2026-10-20", dose="80 mg daily")
    c.med((RX, "6809", "metformin"), "metformin 1000 mg tablet", "2017-05-01", dose="1000 mg twice daily")
    c.med((RX, "4917", "nitroglycerin"), "nitroglycerin 0.4 mg SL tablet", "2026-10-20", dose="0.4 mg SL q5 min prn chest pain, max 3")
    c.note("2026-11-18", "consult", "Cardiothoracic surgery consultation", """
CT SURGERY CONSULT
67 y/o man, diabetic, ex-smoker, CCS class II-III angina since summer. Cath 11/04: LM 40%, pLAD 90%, OM1 85%, mRCA 95%, LVEF 50%.
SYNTAX 34. Discussed at heart team: CABG favoured over PCI.
Plan: CABG x3 (LIMA-LAD, SVG-OM1, SVG-RCA) scheduled 01/06/2027. Pre-op ECG, CXR, carotid duplex, dental clearance.
Hold metformin 24 h prior. Risks (stroke, bleeding, AF, infection, death ~1.5% STS) discussed; patient wishes to proceed.
""", enc=e3, pr="b")
    return c


def mp_pos_fusion(cid):
    c = Case(cid, ORGS["keystone"])
    c.setup("Patricia Jean", "Muller", "female", "1964-02-26", "KIP-204419", "88 Sporting Hill Rd", "Mechanicsburg", "PA", "17050",
            {"a": ("Andrew", "Kessler", "1831409275", "Interventional Pain Medicine", "MD"), "b": ("Diane", "Whitaker", "1942510386", "Neurological Surgery", "MD")},
            "Highmark Blue Shield", "HMK77210384", "PPO|Highmark PPOBlue", cov_start="2022-01-01")
    c.allergy([(RX, "7980", "penicillin G")], "Penicillin", "2000-01-01", "Rash")
    c.cond([(ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")], "2025-03-11", text="Lumbar spinal stenosis L4-5 with neurogenic claudication")
    sp = c.cond([(ICD, "M43.16", "Spondylolisthesis, lumbar region")], "2025-03-11", text="Degenerative spondylolisthesis L4-5, grade 1")
    c.cond([(ICD, "E66.811", "Obesity, class 1")], "2020-01-01", text="Obesity")
    c.cond([(ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")], "2018-01-01", text="GERD")
    c.report(None, "2025-03-04", None, cat="RAD", text="MRI lumbar spine without contrast", conclusion="L4-5 grade 1 anterolisthesis (6 mm) with severe central canal stenosis and moderate bilateral foraminal narrowing. Facet effusions at L4-5.")
    c.report(None, "2026-09-16", None, cat="RAD", text="XR lumbar spine flexion/extension", conclusion="Grade 1 L4-5 spondylolisthesis, 6 mm in neutral increasing to 9 mm in flexion: dynamic instability.")
    for d in ("2025-05-20", "2025-11-04", "2026-05-12"):
        e = c.enc(d, "Procedure visit", cpt=("62323", "Injection(s), interlaminar epidural, lumbar or sacral, with imaging guidance"), reason="Neurogenic claudication")
        c.proc([(CPT, "62323", "Interlaminar epidural steroid injection, lumbar, with fluoroscopy")], "L4-5 interlaminar epidural steroid injection", "completed", d, enc=e, reason_ref=[sp],
               note="Triamcinolone 80 mg. Relief lasted ~" + {"2025-05-20": "4 months", "2025-11-04": "6 weeks", "2026-05-12": "2 weeks"}[d])
    for d, odi, nrs in (("2026-05-12", 44, 7), ("2026-08-18", 46, 7), ("2026-11-10", 46, 7)):
        e = c.enc(d, "Pain management follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Back and leg pain") if d != "2026-05-12" else None
        c.obs(None, d, vint=odi, text="Oswestry Disability Index (ODI) percent score", cat="survey", interp=None, enc=e)
        c.entries[-1]["code"]["coding"] = [cd(ORGS["keystone"]["local_assess"], "ODI-PCT", "Oswestry Disability Index %")]
        c.score((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), d, nrs, "Pain NRS", enc=e)
    e4 = c.enc("2026-11-05", "Neurosurgery consultation", pr="b", cpt=("99204", "Office or other outpatient visit, new patient, 45 minutes"), reason="L4-5 stenosis with instability")
    c.sr([(CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; single interspace, lumbar"),
          (CPT, "63047", "Laminectomy, facetectomy and foraminotomy; single vertebral segment; lumbar")],
         "L4-5 decompression and transforaminal lumbar interbody fusion (TLIF) with pedicle screw instrumentation", "active", "plan", "2026-11-05",
         occ="2027-01-19", cat="surgery", reason_ref=[sp], pr="b", performer="b", note="Surgical date held at Harrisburg Hospital; pre-admission testing 01/05/2027.")
    c.med((RX, "25480", "gabapentin"), "gabapentin 300 mg capsule", "2025-05-20", dose="300 mg three times daily")
    c.med((RX, "41493", "meloxicam"), "meloxicam 15 mg tablet", "2025-03-11", dose="15 mg daily with food")
    c.med((RX, "40790", "pantoprazole"), "pantoprazole 40 mg tablet", "2018-01-01", dose="40 mg daily", kind="statement")
    c.note("2026-11-05", "consult", "Neurosurgery consultation (received)", """
NEUROSURGERY CONSULTATION - copy to Dr. Kessler
62 y/o woman with L4-5 degenerative spondylolisthesis and severe stenosis; neurogenic claudication limits walking to ~1 block.
Three epidural injections with diminishing benefit (4 months -> 6 weeks -> 2 weeks). PT x 12 weeks 2025 without lasting gain.
Flex/ext films: 6 -> 9 mm translation, dynamic instability.
Recommendation: L4-5 laminectomy and TLIF with pedicle screw fixation. Tentative date 01/19/2027. Risks including dural tear,
infection, nonunion, adjacent segment disease discussed. Smoking: never. She would like to proceed.
""", pr="b", enc=e4)
    c.note("2026-11-10", "progress", "Pain follow-up", "Continues with neurogenic claudication, ODI 46%. Surgical plan noted; will hold meloxicam 7 days pre-op. No further injections planned. Opioids not prescribed.")
    return c


def mp_pos_hyst(cid):
    c = Case(cid, ORGS["sierra"])
    c.setup("Angela Rose", "Dominguez", "female", "1980-11-09", "SV2288410", "5560 N Fresno St Apt 12", "Fresno", "CA", "93710",
            {"a": ("Marisol", "Vega", "1417320981", "Obstetrics and Gynecology", "MD"), "b": ("Kevin", "Nakamura", "1275540129", "Family Medicine", "MD")},
            "Kaiser Permanente", "KP0918273645", "HMO|KP Gold 80 HMO", race=("2106-3", "White"))
    c.nkda("2015-05-05")
    fib = c.cond([(SCT, "95315005", "Uterine leiomyoma"), (ICD, "D25.1", "Intramural leiomyoma of uterus")], "2023-06-01")
    c.cond([(SCT, "386692008", "Menorrhagia"), (ICD, "N92.0", "Excessive and frequent menstruation with regular cycle")], "2023-06-01")
    c.cond([(SCT, "37796009", "Migraine"), (ICD, "G43.109", "Migraine with aura, not intractable, without status migrainosus")], "2005-01-01")
    c.cond([(SCT, "72892002", "Normal pregnancy"), (ICD, "Z34.90", "Encounter for supervision of normal pregnancy, unspecified, unspecified trimester")], "2010-03-01", status="resolved", abate="2010-11-20")
    c.report(None, "2026-08-20", None, cat="RAD", text="US pelvis transvaginal and transabdominal",
             conclusion="Enlarged fibroid uterus 15.2 x 10.1 x 9.8 cm. Dominant intramural/subserosal fibroid 8.4 cm posterior fundus; additional 3 fibroids 2-4 cm. Endometrium 7 mm. Ovaries normal.")
    c.proc([(CPT, "58300", "Insertion of intrauterine device (IUD)")], "Levonorgestrel IUD insertion", "completed", "2024-02-14", outcome="Expelled 04/2024")
    c.med((RX, "37418", "tranexamic acid"), "tranexamic acid 650 mg tablet", "2023-07-01", status="stopped", kind="statement", end="2025-01-01", dose="1300 mg three times daily during menses")
    e1 = c.enc("2026-09-02", "Gynecology visit", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Heavy menses, pelvic pressure")
    c.vitals("2026-09-02", 118, 76, 74, 70.5, e1)
    c.panel("cbc", "2026-09-02", e1, over={"hgb": 12.2, "mcv": 82})
    e2 = c.enc("2026-11-12", "Pre-operative visit", cpt=("99215", "Office or other outpatient visit, established patient, 40 minutes"), reason="Surgical planning")
    c.vitals("2026-11-12", 116, 74, 72, 70.1, e2)
    c.obs((LNC, "2106-3", "Choriogonadotropin [Presence] in Urine"), "2026-11-12", vcc=cc((LNC, "LA6577-6", "Negative")), interp="N", enc=e2, text="Urine hCG")
    c.panel("bmp", "2026-11-12", e2)
    c.lab("hgb", "2026-11-12", 12.4, e2)
    sr = c.sr([(CPT, "58150", "Total abdominal hysterectomy (corpus and cervix), with or without removal of tube(s), with or without removal of ovary(s)")],
              "Total abdominal hysterectomy with bilateral salpingectomy, ovarian conservation", "active", "order", "2026-11-12", occ="2027-01-14T07:00:00-08:00",
              cat="surgery", reason_ref=[fib], performer="a")
    c.proc([(SCT, "116140006", "Total hysterectomy"), (CPT, "58150", "Total abdominal hysterectomy")], "Total abdominal hysterectomy with bilateral salpingectomy",
           "preparation", enc=None, reason_ref=[fib], based_on=sr, note="Scheduled 01/14/2027, Sierra Vista Surgical Pavilion OR 3. Consent signed 11/12/2026.")
    c.enc("2027-01-14", "Surgical admission", cls="IMP", status="planned", reason_ref=[fib])
    c.med((RX, "5640", "ibuprofen"), "ibuprofen 600 mg tablet", "2023-06-01", dose="600 mg every 6 hours as needed during menses")
    c.med((RX, "36763", "sumatriptan"), "sumatriptan 50 mg tablet", "2005-01-01", kind="statement", dose="50 mg prn migraine")
    c.note("2026-11-12", "hp", "Pre-operative history and physical", """
GYN PRE-OP H&P
46 y/o G1P1 with symptomatic fibroid uterus (15 cm, dominant 8.4 cm fundal) - menorrhagia soaking pads hourly on days 1-2,
pelvic pressure, urinary frequency. Failed tranexamic acid; LNG-IUD expelled 2024. Not interested in UFE or myomectomy; family
complete. Hgb 12.4 on iron.
Plan: total abdominal hysterectomy with bilateral salpingectomy, conserve ovaries, 01/14/2027. Expected 2-night stay.
Consent signed. Pre-op labs done. Hold sumatriptan day of surgery.
""", enc=e2)
    return c


def mp_nm_tfesi(cid):
    c = Case(cid, ORGS["gulf"])
    c.setup("Jose Manuel", "Villarreal", "male", "1971-03-15", "GCP-660173", "4701 Ocean Dr", "Corpus Christi", "TX", "78412",
            {"a": ("Caroline", "Pham", "1053284710", "Physical Medicine and Rehabilitation / Interventional Spine", "MD"), "b": ("Matthew", "Greer", "1164395821", "Physical Therapist", "PT")},
            "Blue Cross and Blue Shield of Texas", "ZGT774010293", "PPO|Blue Choice PPO", lang="es-US")
    c.nkda("2026-09-08")
    c.cond([(ICD, "I10", "Essential (primary) hypertension")], "2014-01-01", text="Hypertension")
    rad = c.cond([(ICD, "M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region")], "2026-08-01", text="L5-S1 disc herniation with right S1 radiculopathy")
    c.cond([(ICD, "S83.241A", "Other tear of medial meniscus, current injury, right knee, initial encounter")], "2018-04-01", text="Right medial meniscus tear, s/p arthroscopy 2018", status="resolved", abate="2018-08-01")
    c.report(None, "2026-09-01", None, cat="RAD", text="MRI lumbar spine without contrast", conclusion="Right paracentral L5-S1 disc extrusion contacting the traversing right S1 nerve root. No high-grade canal stenosis.")
    e1 = c.enc("2026-09-08", "New patient evaluation", cpt=("99204", "Office or other outpatient visit, new patient, 45 minutes"), reason="Right leg pain")
    c.vitals("2026-09-08", 134, 86, 76, 94.0, e1)
    c.score((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-09-08", 7, "Pain NRS (leg)", enc=e1)
    c.obs(None, "2026-09-08", vint=32, text="Oswestry Disability Index (ODI) percent score", cat="survey", interp=None, enc=e1)
    c.entries[-1]["code"]["coding"] = [cd(ORGS["gulf"]["local_assess"], "ODI", "Oswestry Disability Index")]
    c.sr([(CPT, "97110", "Therapeutic exercise")], "Physical therapy - lumbar stabilization, McKenzie, 2x/week x 6 weeks", "completed", "order", "2026-09-08", cat="therapy", performer="b")
    for d in ("2026-09-15", "2026-10-06", "2026-10-20"):
        c.enc(d, "Physical therapy", pr="b", cpt=("97110", "Therapeutic exercise"), reason="Lumbar radiculopathy")
    e2 = c.enc("2026-11-03", "Follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30 minutes"), reason="Persistent S1 radicular pain")
    c.vitals("2026-11-03", 130, 84, 74, 93.6, e2)
    c.score((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-03", 6, "Pain NRS (leg)", enc=e2)
    c.obs(None, "2026-11-03", vint=30, text="Oswestry Disability Index (ODI) percent score", cat="survey", interp=None, enc=e2)
    c.entries[-1]["code"]["coding"] = [cd(ORGS["gulf"]["local_assess"], "ODI", "Oswestry Disability Index")]
    c.sr([(CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance (fluoroscopy or CT), lumbar or sacral, single level")],
         "Right S1 transforaminal epidural steroid injection under fluoroscopy", "active", "order", "2026-11-03", occ="2026-12-15T08:00:00-06:00", cat="procedure",
         reason_ref=[rad], performer="a", note="Dexamethasone 10 mg (non-particulate). Driver required. Hold no anticoagulants (none).")
    c.med((RX, "25480", "gabapentin"), "gabapentin 300 mg capsule", "2026-09-08", dose="300 mg at bedtime, titrate to 300 mg TID", reason_ref=rad)
    c.med((RX, "7258", "naproxen"), "naproxen 500 mg tablet", "2026-09-08", dose="500 mg twice daily with food")
    c.med((RX, "52175", "losartan"), "losartan 50 mg tablet", "2014-01-01", dose="50 mg daily", kind="statement")
    c.note("2026-11-03", "progress", "Follow-up", """
PM&R / SPINE FOLLOW-UP
55 y/o man with right S1 radiculopathy from L5-S1 extrusion (onset 08/2026). Partial improvement with 6 weeks PT and gabapentin;
leg pain 6/10, ODI 30%. Strength 5/5, ankle reflex diminished R. No red flags.
Plan: right S1 TFESI 12/15/2026 (outpatient, fluoroscopy, local anesthetic). Continue HEP. Surgical referral only if
progressive deficit or failure of conservative care.
""", enc=e2)
    return c


def mp_nm_chole(cid):
    c = Case(cid, ORGS["lakeshore"])
    c.setup("Theresa Lynn", "Okonkwo", "female", "1974-01-21", "LHP-3318820", "1717 Dempster St", "Evanston", "IL", "60201",
            {"a": ("Gregory", "Falk", "1730498265", "General Surgery", "MD"), "b": ("Naomi", "Brightwater", "1841509376", "Internal Medicine", "MD")},
            "Cigna", "U77208113", "OAP|Cigna Open Access Plus", race=("2054-5", "Black or African American"))
    c.allergy([(RX, "10831", "sulfamethoxazole / trimethoprim")], "Sulfa antibiotics", "2001-01-01", "Hives")
    c.cond([(SCT, "414916001", "Obesity"), (ICD, "E66.812", "Obesity, class 2")], "2015-01-01")
    c.cond([(SCT, "73430006", "Sleep apnea"), (ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")], "2021-03-01")
    gs = c.cond([(SCT, "266474003", "Calculus in biliary tract"), (ICD, "K80.10", "Calculus of gallbladder with chronic cholecystitis without obstruction")], "2026-08-18",
                status="resolved", abate="2026-10-14", note="Resolved: s/p laparoscopic cholecystectomy 10/14/2026.")
    e0 = c.enc("2026-08-18", "Emergency department visit", pr="b", cls="EMER", cpt=("99284", "Emergency department visit, moderate"), reason="RUQ pain after meals")
    c.report(None, "2026-08-18", None, cat="RAD", text="US abdomen, right upper quadrant", conclusion="Multiple gallstones up to 1.4 cm, mild wall thickening 4 mm, no pericholecystic fluid, CBD 4 mm.", enc=e0)
    c.panel("lft", "2026-08-18", e0)
    c.panel("cbc", "2026-08-18", e0)
    e1 = c.enc("2026-09-09", "General surgery consultation", cpt=("99203", "Office or other outpatient visit, new patient, 30 minutes"), reason="Symptomatic cholelithiasis")
    c.vitals("2026-09-09", 128, 80, 78, 104.3, e1)
    sr = c.sr([(CPT, "47562", "Laparoscopy, surgical; cholecystectomy")], "Laparoscopic cholecystectomy", "completed", "order", "2026-09-09", occ="2026-10-14", cat="surgery", reason_ref=[gs], performer="a")
    e2 = c.enc("2026-10-14", "Outpatient surgery", cpt=("47562", "Laparoscopy, surgical; cholecystectomy"), reason="Symptomatic cholelithiasis")
    c.proc([(CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), (SCT, "45595009", "Laparoscopic cholecystectomy")], "Laparoscopic cholecystectomy", "completed", "2026-10-14",
           enc=e2, reason_ref=[gs], based_on=sr, outcome="Uncomplicated; discharged same day")
    c.report(("11526-1", "Pathology study"), "2026-10-16", None, enc=e2, cat="PAT", text="Surgical pathology - gallbladder", conclusion="Chronic cholecystitis with cholelithiasis. No dysplasia or malignancy.")
    e3 = c.enc("2026-10-28", "Post-operative visit", cpt=("99024", "Postoperative follow-up visit, included in global service"), reason="Post-op check")
    c.vitals("2026-10-28", 124, 78, 72, 102.8, e3)
    c.med((RX, "7804", "oxycodone"), "oxycodone 5 mg tablet", "2026-10-14", status="completed", dose="5 mg every 6 hours as needed, #8", end="2026-10-18")
    c.med((RX, "161", "acetaminophen"), "acetaminophen 500 mg tablet", "2026-10-14", status="completed", dose="1000 mg every 8 hours x 5 days", end="2026-10-19")
    c.note("2026-10-14", "procedure", "Operative note", "Laparoscopic cholecystectomy, 4 ports. Critical view of safety obtained. Gallbladder removed intact. EBL minimal. No complications. Discharged home same day.", enc=e2, pr="a")
    c.note("2026-10-28", "progress", "Post-op visit", "2 weeks s/p lap chole. Tolerating diet, no pain, incisions healed. Pathology benign chronic cholecystitis. Released from surgical care; follow up with PCP.", enc=e3, pr="a")
    return c
