from lib import *
from c1 import ca_icd

# ---------------- WORSENING_DESPITE_TREATMENT ----------------
def wdt_p1(cid):
    c = Case(cid, "rgh")
    c.setup("Darlene Faye", "Klassen", "female", "1965-04-17", "RGH-512230", hcn="446102397",
            pracs={"fp": ("Sukhpreet", "Dhaliwal", "MD, CCFP"), "rh": ("Miriam", "Oyelaran", "MD, FRCPC (Rheumatology)")})
    ra = c.cond(cc((SCT, "69896004", "Rheumatoid arthritis"), ca_icd(c, "M05.8", "Other seropositive rheumatoid arthritis"), text="Seropositive RA (RF+, anti-CCP+)"), onset="2025-08-01", recorded="2025-10-08")
    c.cond(cc((SCT, "312894000", "Osteopenia"), ca_icd(c, "M85.8", "Other specified disorders of bone density and structure")), onset="2024-01-01")
    c.cond(cc((SCT, "59621000", "Essential hypertension")), onset="2015-01-01")
    c.med(cc((DIN, "02182963", "METHOTREXATE 2.5MG"), text="methotrexate 20 mg weekly"), "2025-10-08", "20 mg PO weekly (escalated to 25 mg SC weekly 2026-05-06)", pr="rh", reason=ra)
    c.med(cc(text="methotrexate 25 mg/mL injection"), "2026-05-06", "25 mg SC once weekly", pr="rh", reason=ra)
    c.med(cc(text="hydroxychloroquine 200 mg"), "2026-05-06", "400 mg PO daily", pr="rh", reason=ra)
    c.med(cc(text="folic acid 5 mg"), "2025-10-08", "5 mg PO weekly", pr="rh")
    DAS = ("https://ehr.prairielakeshealth.mb.ca/fhir/R4/CodeSystem/rheum-measures", "DAS28-CRP", "Disease Activity Score 28 joints, CRP")
    HAQ = ("https://ehr.prairielakeshealth.mb.ca/fhir/R4/CodeSystem/rheum-measures", "HAQ-DI", "Health Assessment Questionnaire Disability Index")
    for d, das, haq, crp, tj, sj in (("2026-05-06", 3.6, 0.9, 8, 4, 3), ("2026-08-12", 4.4, 1.3, 19, 7, 5), ("2026-11-18", 5.3, 1.8, 31, 11, 8)):
        e = c.enc(d, typ="Rheumatology clinic", reason="RA follow-up", pr="rh")
        c.obs(cc(DAS, text="DAS28-CRP"), d, das, "{score}", "{score}", cat="exam", enc=e, note=f"TJC {tj}, SJC {sj}")
        c.obs(cc(HAQ, text="HAQ-DI"), d, haq, "{score}", "{score}", cat="survey", enc=e)
        c.lab("crp", d, crp)
        last = e
    c.lab("alt", "2026-11-18", 31, interp="N") if False else c.obs(cc((LN, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")), "2026-11-18", 31, "U/L", "U/L", 0, 35, "N")
    c.note("2026-11-18", "letter", "Rheumatology clinic letter", """Dear Dr Dhaliwal,
Mrs Klassen's RA continues to worsen despite adherence to methotrexate 25 mg SC weekly and hydroxychloroquine 400 mg daily (on csDMARDs continuously since Oct 2025). DAS28-CRP 3.6 (May) -> 4.4 (Aug) -> 5.3 today, TJC 11, SJC 8, CRP 31, HAQ-DI 1.8. New MCP erosions on hand films.
Plan: add sulfasalazine (triple therapy) while Manitoba Pharmacare Exception Drug Status application for a biologic is processed; prednisone 10 mg bridging taper.
M. Oyelaran MD FRCPC""", pr="rh", enc=last)
    c.report(cc(text="XR hands and feet"), "2026-11-18", "New marginal erosions R 2nd and 3rd MCP heads compared with 2025-10. Periarticular osteopenia.")
    c.vitals("2026-11-18", last, 134, 80, 80, 71.2)
    return c, "61F with seropositive RA on methotrexate since 2025-10 (plus hydroxychloroquine since 2026-05); DAS28-CRP rose 3.6 to 4.4 to 5.3 and HAQ-DI 0.9 to 1.8 over 6 months, with new erosions."

def wdt_p2(cid):
    c = Case(cid, "cascade")
    c.setup("Sandra Lee", "Kowalewski", "female", "1978-02-08", "CPS-0598823", payor="Premera Blue Cross", plan="Premera Heritage Plus", member="PBC8810264570",
            pracs={"md": ("Lars", "Hoffstetter", "MD (PM&R)"), "pt": ("Noelle", "Barragan", "DPT"), "pa": ("Whitney", "Castellanos", "PA-C")})
    cr = c.cond(cc((ICD, "M50.122", "Cervical disc disorder at C5-C6 level with radiculopathy"), (SCT, "18347007", "Spinal stenosis") if False else None, text="C5-6 disc osteophyte complex with right C6 radiculopathy"), onset="2026-03-01", recorded="2026-04-15")
    c.cond(cc((ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), onset="2005-01-01")
    c.report(cc((CPT, "72141", "MRI cervical spine without contrast")), "2026-04-08", "C5-6 disc osteophyte complex with moderate right foraminal stenosis. No cord signal change.")
    c.med(cc((RX, "310431", "gabapentin 300 MG Oral Capsule")), "2026-04-15", "300 mg TID, titrated to 600 mg TID (6/2026)", pr="md", reason=cr)
    c.med(cc((RX, "311486", "meloxicam 15 MG Oral Tablet")), "2026-04-15", "15 mg PO daily", pr="md", reason=cr)
    c.proc(cc((CPT, "62321", "Injection(s) ... interlaminar epidural, cervical or thoracic; with imaging guidance"), text="C7-T1 interlaminar ESI"), "2026-07-08", reason=cr, pr="md", outcome="~1 week of partial relief")
    for d, ndi, p in (("2026-05-06", 28, 5), ("2026-08-05", 36, 7), ("2026-11-04", 44, 8)):
        e = c.enc(d, typ="Spine follow-up", reason="Neck and R arm pain", pr="md")
        c.obs(cc(("https://fhir.cascadespine.org/CodeSystem/outcome-measures", "NDI", "Neck Disability Index"), text="Neck Disability Index (%)"), d, ndi, "%", "%", cat="survey", enc=e)
        c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, p, "{score}", "{score}", cat="survey", enc=e)
        last = e
    e_pt = c.enc("2026-05-13", typ="Physical therapy evaluation", reason="Cervical radiculopathy", pr="pt")
    c.proc(cc((CPT, "97162", "Physical therapy evaluation: moderate complexity")), "2026-05-13", enc=e_pt, pr="pt")
    c.note("2026-09-30", "pt", "PT progress note", "18 visits completed since 5/13. Cervical traction, deep neck flexor training. Pt adherent to HEP. Symptoms progressively worse; arm paraesthesia now constant in thumb/index. Recommend physician re-evaluation.", pr="pt")
    c.note("2026-11-04", "progress", "Spine follow-up", """Continuous treatment since 4/2026 (gabapentin 1800 mg/day, meloxicam, 18 PT visits, 1 ESI). NDI 28 -> 36 -> 44; NRS 5 -> 8. Now R biceps/wrist extensor 4/5, diminished R brachioradialis reflex. No myelopathic signs.
Plan: repeat cervical MRI, EMG R arm; continue meds. Will discuss next steps after imaging.""", pr="md", enc=last)
    c.sr(cc((CPT, "72141", "MRI cervical spine without contrast")), "2026-11-04", status="active", pr="md", reason=cr, occ="2026-12-08")
    c.sr(cc((CPT, "95886", "Needle electromyography, each extremity, with related paraspinal areas ... complete") if False else (CPT, "95910", "Nerve conduction studies; 7-8 studies"), text="EMG/NCS right upper extremity"), "2026-11-04", status="active", pr="md", reason=cr)
    c.med(cc((RX, "312961", "sumatriptan 50 MG Oral Tablet") if False else (RX, "313121", "sumatriptan 50 MG Oral Tablet")), "2010-01-01", "50 mg PO PRN migraine", rt="MedicationStatement")
    return c, "48F with right C6 radiculopathy on continuous gabapentin, meloxicam and PT since 2026-04: NDI 28 to 36 to 44 and pain 5 to 8 over 6 months, with new weakness."

def wdt_p3(cid):
    c = Case(cid, "beacon")
    c.setup("Curtis Lamont", "Hairston", "male", "1969-10-05", "BWV-388102", payor="Anthem Blue Cross Blue Shield Ohio", plan="Anthem Blue Access PPO", member="YRH221087455",
            pracs={"md": ("Samuel", "Achterberg", "DO"), "rn": ("Megan", "Stucky", "RN - Remote Monitoring")})
    htn = c.cond(cc((ICD, "I10", "Essential (primary) hypertension"), (SCT, "59621000", "Essential hypertension")), onset="2019-01-01")
    c.cond(cc((ICD, "E66.9", "Obesity, unspecified")), onset="2015-01-01")
    c.cond(cc((ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), onset="2018-01-01")
    c.med(cc((RX, "314077", "lisinopril 20 MG Oral Tablet")), "2025-02-03", "20 mg PO daily", pr="md", reason=htn)
    c.med(cc((RX, "308135", "amlodipine 10 MG Oral Tablet")), "2025-06-10", "10 mg PO daily", pr="md", reason=htn)
    c.med(cc((RX, "40790", "pantoprazole") , text="pantoprazole 40 mg"), "2018-01-01", "40 mg daily", rt="MedicationStatement")
    for d, s, dd in (("2026-06-30", 136, 84), ("2026-07-31", 141, 88), ("2026-08-31", 147, 90), ("2026-09-30", 152, 93), ("2026-10-31", 158, 95), ("2026-11-29", 163, 98)):
        c.obs(cc((LN, "85354-9", "Blood pressure panel with all children optional"), text="Home BP - 30-day average (remote monitoring cuff)"), d, cat="vital-signs", method="Home automated cuff, cellular upload, 30-day mean",
              comps=[{"code": cc((LN, "8480-6", "Systolic blood pressure")), "valueQuantity": {"value": s, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}},
                     {"code": cc((LN, "8462-4", "Diastolic blood pressure")), "valueQuantity": {"value": dd, "unit": "mmHg", "system": UCUM, "code": "mm[Hg]"}}])
    c.proc(cc((CPT, "99454", "Remote monitoring of physiologic parameter(s) ... device(s) supply with daily recording(s) or programmed alert(s) transmission, each 30 days")), "2026-11-29")
    e1 = c.enc("2026-08-04", cls="VR", typ="Telehealth follow-up", reason="CC: BP check-in, home readings creeping up", pr="md")
    c.note("2026-08-04", "telehealth", "Video visit", "Home avg 141/88 (July) on lisinopril 20 + amlodipine 10. Adherent (pharmacy fills on time). Low-sodium diet reviewed. Recheck 2 mo.", pr="md", enc=e1)
    e2 = c.enc("2026-10-06", cls="VR", typ="Telehealth follow-up", reason="CC: BP higher, mild headaches", pr="md")
    c.note("2026-10-06", "telehealth", "Video visit", "Sept avg 152/93. Denies NSAIDs, decongestants. Alcohol 2-3 beers/wk. Fills on time. Sleep: wife reports snoring. Plan: continue, repeat labs, consider adding agent.", pr="md", enc=e2)
    c.lab("cr", "2026-10-12", 1.1); c.lab("k", "2026-10-12", 4.2); c.lab("na", "2026-10-12", 140)
    e3 = c.enc("2026-11-30", cls="VR", typ="Telehealth follow-up", reason="CC: BP still rising", pr="md")
    c.note("2026-11-30", "telehealth", "Video visit", """Remote monitoring 30-day means: 136/84 (Jun) -> 141/88 -> 147/90 -> 152/93 -> 158/95 -> 163/98 (Nov) despite continuous lisinopril 20 + amlodipine 10 since mid-2025, confirmed fills. 
A: uncontrolled, worsening HTN on 2 agents.
P: add chlorthalidone 12.5 mg, BMP 2 wk. Consider secondary workup.""", pr="md", enc=e3)
    c.med(cc((RX, "197499", "chlorthalidone 25 MG Oral Tablet") if False else (RX, "197499", "chlorthalidone 25 MG Oral Tablet"), text="chlorthalidone 12.5 mg (1/2 of 25 mg tab)"), "2026-11-30", "12.5 mg PO daily", pr="md", reason=htn, enc=e3)
    c.vitals("2026-08-04", e1, None, None, None, 109.5)
    return c, "57M with hypertension on lisinopril and amlodipine continuously since 2025; remote-monitoring 30-day mean BP climbed from 136/84 to 163/98 over 5 months with confirmed pharmacy fills."

def wdt_n1(cid):
    c = Case(cid, "nsrhc")
    c.setup("Vincent Anthony", "Morrisseau", "male", "1972-08-30", "NS0270044", hcn="3382019554AC",
            pracs={"fp": ("Ahmed", "Farouk", "MD, CCFP"), "rd": ("Shannon", "Kivela", "RD - Diabetes Education")})
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), ca_icd(c, "E11.9", "Type 2 diabetes mellitus without complication")), onset="2023-05-01")
    c.cond(cc((SCT, "55822004", "Hyperlipidaemia")), onset="2023-05-01")
    c.cond(cc((SCT, "444814009", "Viral sinusitis") if False else (SCT, "36971009", "Sinusitis")), onset="2025-02-01", status="resolved", abate="2025-02-20")
    c.med(cc((DIN, "02242931", "METFORMIN 500MG"), text="metformin 500 mg"), "2023-05-10", "1000 mg PO BID", status="stopped", pr="fp", reason=dm,
          note="Patient stopped 2026-03 because of diarrhoea; not restarted. Documented 2026-06-22.")
    for d, a in (("2026-02-10", 7.2), ("2026-06-16", 8.3), ("2026-09-15", 9.1)):
        c.lab("a1c", d, a)
    e1 = c.enc("2026-06-22", typ="Family health team visit", reason="Diabetes follow-up", pr="fp", org=c.orgs["fht"])
    c.note("2026-06-22", "progress", "FHT visit", "A1c 8.3 (7.2 in Feb). Admits he stopped metformin in March due to diarrhoea and did not tell us. Not taking any diabetes medication. Offered extended-release metformin or alternative - wants to try diet first. DEC referral.", pr="fp", enc=e1)
    e2 = c.enc("2026-07-14", typ="Diabetes education centre", reason="Diet counselling", pr="rd")
    c.note("2026-07-14", "progress", "DEC visit", "Carb counting, plate method. Goal 150 min activity/wk.", pr="rd", enc=e2)
    e3 = c.enc("2026-10-05", typ="Family health team visit", reason="A1c 9.1", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-10-05", e3, 130, 82, 76, 97.4)
    c.note("2026-10-05", "progress", "FHT visit", "A1c 9.1 off all medication since March. Diet changes insufficient. Start empagliflozin 10 mg + metformin XR 500 mg titrating. Recheck A1c January.", pr="fp", enc=e3)
    c.med(cc((DIN, "02443937", "JARDIANCE 10MG"), text="empagliflozin 10 mg"), "2026-10-05", "10 mg PO daily", pr="fp", reason=dm, enc=e3)
    c.med(cc(text="metformin extended-release 500 mg"), "2026-10-05", "500 mg PO with supper, increase by 500 mg every 2 weeks to 2000 mg", pr="fp", reason=dm, enc=e3)
    c.med(cc(text="atorvastatin 20 mg"), "2023-06-01", "20 mg PO daily", pr="fp")
    c.lab("cr", "2026-09-15", 82); c.lab("uacr", "2026-09-15", 0.9); c.lab("glu", "2026-09-15", 10.8)
    c.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-05")
    return c, "54M whose HbA1c rose 7.2 to 8.3 to 9.1% while he was off all diabetes medication (metformin stopped 2026-03, restarted 2026-10); no treatment was running during the rise."

def wdt_n2(cid):
    c = Case(cid, "summit")
    c.setup("Brandon Keith", "Vasquez-Nolan", "male", "1984-01-26", "SSM-0155408", payor="Aetna", plan="Aetna Open Access Managed Choice", member="W449102876",
            pracs={"md": ("Priyanka", "Raghunathan", "MD (PM&R)"), "pt": ("Devon", "Aldridge", "DPT")})
    lbp = c.cond(cc((ICD, "M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region"), (SCT, "279039007", "Low back pain") if False else None, text="Chronic axial low back pain - lumbar spondylosis"), onset="2024-06-01")
    c.cond(cc((ICD, "F41.1", "Generalized anxiety disorder")), onset="2020-01-01")
    c.med(cc((RX, "596926", "duloxetine 30 MG Delayed Release Oral Capsule")), "2026-04-01", "30 mg daily x1wk then 60 mg daily", pr="md", reason=lbp)
    for d, odi, p in (("2026-05-13", 32, 5), ("2026-08-12", 34, 5), ("2026-11-11", 36, 6)):
        e = c.enc(d, typ="Spine follow-up", reason="Chronic low back pain", pr="md")
        c.obs(cc(("https://ehr.summitspine.com/CodeSystem/pro", "ODI", "Oswestry Disability Index"), text="ODI (%)"), d, odi, "%", "%", cat="survey", enc=e)
        c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, p, "{score}", "{score}", cat="survey", enc=e)
        last = e
    c.note("2026-11-11", "progress", "Spine follow-up", "Axial LBP, ODI 32 -> 34 -> 36, NRS 5-6: essentially stable (changes within MCID). On duloxetine 60 mg + PT HEP. Sitting desk job aggravates. Neuro intact. Continue; ergonomic assessment; recheck 3 mo.", pr="md", enc=last)
    e_pt = c.enc("2026-05-20", typ="Physical therapy evaluation", reason="Chronic LBP", pr="pt")
    c.proc(cc((CPT, "97161", "Physical therapy evaluation: low complexity")), "2026-05-20", enc=e_pt, pr="pt")
    c.note("2026-07-15", "pt", "PT progress note", "8 visits. Improved hip hinge and endurance; pain unchanged 5/10. Transition to HEP.", pr="pt")
    c.report(cc((CPT, "72100", "Radiologic examination, spine, lumbosacral; 2 or 3 views")), "2026-05-13", "Mild multilevel facet arthropathy L4-S1. No instability.")
    c.vitals("2026-05-13", None, 126, 78, 70, 88.6)
    return c, "42M with chronic axial low back pain on duloxetine and PT; ODI 32 to 34 to 36 and pain 5 to 6 over 6 months, below the minimal clinically important difference."

# ---------------- RARE_OR_COMPLEX_CONDITION ----------------
def rcc_p1(cid):
    c = Case(cid, "frch")
    c.setup("Simran Kaur", "Gill", "female", "1997-05-04", "FR-4410872", hcn="9244108731",
            pracs={"fp": ("Caroline", "Tremblay", "MD, CCFP"), "rh": ("Andrew", "Mah", "MD, FRCPC (Rheumatology)"), "vs": ("Beatriz", "Lindgren", "MD, FRCSC (Vascular Surgery)")})
    tak = c.cond(cc((SCT, "155441006", "Takayasu's disease") if False else None, ca_icd(c, "M31.4", "Aortic arch syndrome [Takayasu]"), text="Takayasu arteritis (type V) - L subclavian and L common carotid stenosis"), onset="2025-02-01", recorded="2025-04-16", pr="rh")
    c.cond(cc((SCT, "82934008", "Infectious mononucleosis") if False else (SCT, "271737000", "Anaemia") if False else (SCT, "36971009", "Sinusitis")), onset="2022-01-10", status="resolved", abate="2022-02-01")
    c.report(cc(text="CT angiography aorta and great vessels"), "2025-04-02", "Smooth concentric wall thickening of aortic arch and L subclavian artery with 70% proximal L subclavian stenosis and 50% L common carotid stenosis. Consistent with large-vessel vasculitis (Takayasu).")
    e1 = c.enc("2025-04-16", typ="Rheumatology consultation", reason="Arm claudication, absent L radial pulse, raised CRP", pr="rh")
    c.note("2025-04-16", "letter", "Rheumatology consultation letter", """Dear Dr Tremblay,
Ms Gill, 27, presents with 6 months of L arm claudication, lightheadedness, BP differential 38 mmHg (R>L) and CRP 46. CTA confirms large-vessel vasculitis in keeping with Takayasu arteritis. Started prednisone 50 mg daily with taper and methotrexate 15 mg weekly. Vascular surgery aware; no revascularisation indicated while active.
A. Mah MD FRCPC""", pr="rh", enc=e1)
    c.med(cc(text="prednisone 5 mg"), "2025-04-16", "taper per schedule; now 5 mg PO daily", pr="rh", reason=tak)
    c.med(cc((DIN, "02182963", "METHOTREXATE 2.5MG"), text="methotrexate 20 mg weekly"), "2025-04-16", "20 mg PO weekly", pr="rh", reason=tak)
    c.med(cc(text="folic acid 5 mg"), "2025-04-16", "5 mg weekly", pr="rh")
    c.med(cc(text="calcium carbonate 500 mg + vitamin D3 1000 IU"), "2025-04-16", "1 tab BID", pr="rh")
    for d, crp in (("2026-03-11", 6), ("2026-07-08", 4), ("2026-11-04", 3)):
        e = c.enc(d, typ="Rheumatology clinic", reason="Takayasu arteritis follow-up", pr="rh")
        c.obs(cc((LN, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), d, crp, "mg/L", "mg/L", None, 10, "N")
        c.vitals(d, e, 118, 74, 72, 58.0)
        last = e
    c.obs(cc(text="Blood pressure, left arm"), "2026-11-04", vstr="92/60 mmHg (R arm 118/74) - stable differential", cat="vital-signs", enc=last)
    c.report(cc(text="MR angiography aortic arch"), "2026-10-21", "Stable L subclavian and L CCA stenoses; no new lesions; reduced wall oedema compared with 2025.")
    c.note("2026-11-04", "letter", "Rheumatology clinic letter", "Clinically and biochemically quiescent Takayasu arteritis on MTX 20 mg + prednisone 5 mg; MRA stable. Plan slow prednisone taper to 2.5 mg; DEXA; repeat MRA 12 mo.", pr="rh", enc=last)
    c.obs(cc((LN, "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma")), "2026-11-04", 22, "U/L", "U/L", 0, 35, "N")
    return c, "29F with Takayasu arteritis (ICD-10-CA M31.4, text and local code only), quiescent on methotrexate and low-dose prednisone under rheumatology."

def rcc_p2(cid):
    c = Case(cid, "swift")
    c.setup("Leonard Wayne", "Stubblefield", "male", "1952-12-01", "SWC-0120063", payor="Humana Medicare Advantage", plan="Humana Gold Plus H4461", member="H19822044",
            pracs={"md": ("Kevin", "Osei", "MD"), "np": ("Tara", "Lindqvist", "FNP-C"), "rn": ("Luz", "Esparza", "RN - Care Coordination")})
    dm = c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), (SCT, "44054006", "Diabetes mellitus type 2")), onset="2004-01-01")
    ckd = c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b")), onset="2020-01-01")
    hf = c.cond(cc((ICD, "I50.32", "Chronic diastolic (congestive) heart failure"), (SCT, "446221000", "Heart failure with normal ejection fraction")), onset="2021-01-01")
    af = c.cond(cc((ICD, "I48.21", "Permanent atrial fibrillation")), onset="2019-01-01")
    copd = c.cond(cc((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified"), (SCT, "13645005", "Chronic obstructive lung disease")), onset="2016-01-01")
    c.cond(cc((ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), onset="2018-01-01")
    gout = c.cond(cc((ICD, "M1A.0710", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)") if False else (ICD, "M10.071", "Idiopathic gout, right ankle and foot")), onset="2017-01-01")
    c.cond(cc((ICD, "J18.9", "Pneumonia, unspecified organism")), onset="2025-12-20", status="resolved", abate="2026-01-15", cat="encounter-diagnosis")
    for m in ((RX, "1364445", "apixaban 5 MG Oral Tablet"), (RX, "310429", "furosemide 40 MG Oral Tablet"), (RX, "197381", "allopurinol 100 MG Oral Tablet") if False else (RX, "197319", "allopurinol 100 MG Oral Tablet"),
              (RX, "860975", "metformin hydrochloride 500 MG Extended Release Oral Tablet") if False else (RX, "861007", "metformin hydrochloride 500 MG Oral Tablet"), (RX, "1545653", "empagliflozin 10 MG Oral Tablet"), (RX, "866514", "metoprolol succinate 50 MG Extended Release Oral Tablet") if False else (RX, "866436", "metoprolol succinate 50 MG Extended Release Oral Tablet")):
        c.med(cc(m), "2025-06-01", "as directed", pr="md")
    c.med(cc(text="tiotropium/olodaterol 2.5/2.5 mcg inhaler (Stiolto Respimat)"), "2022-01-01", "2 inhalations daily", pr="md", reason=copd)
    for d, a, eg in (("2026-04-14", 7.2, 38), ("2026-10-13", 7.1, 39)):
        c.lab("a1c", d, a); c.lab("egfr", d, eg)
    c.lab("k", "2026-10-13", 4.6)
    e1 = c.enc("2026-10-20", cls="VR", typ="Telehealth chronic care visit", reason="CC: med refills, swollen ankles some days", pr="md")
    c.note("2026-10-20", "telehealth", "Chronic care management video visit", """73M, multiple chronic conditions: T2DM w/ CKD 3b, HFpEF (EF 55% echo 2025), permanent AF on apixaban, COPD (GOLD 2), OSA on CPAP, gout.
Specialists: cardiology (Dr. Patel, outside), pulmonology (outside), nephrology referral pending. Takes 11 meds; pill organizer filled by wife.
Weights stable 104-106 kg, mild ankle edema. No COPD exacerbation since Jan. A1c 7.1, eGFR 39 (stable).
P: refills x90d, CCM enrollment, med reconciliation with pharmacist, keep nephrology appt.""", pr="md", enc=e1)
    c.proc(cc((CPT, "99490", "Chronic care management services, first 20 minutes of clinical staff time ...")), "2026-10-31", pr="rn")
    e2 = c.enc("2026-11-18", cls="VR", typ="Telehealth visit", reason="CC: gout flare R big toe", pr="np")
    c.note("2026-11-18", "telehealth", "Video visit", "Gout flare R 1st MTP x2d. Avoid NSAIDs (CKD/HF/anticoag). Prednisone 30 mg x5d, continue allopurinol. CPAP use 6 h/night.", pr="np", enc=e2)
    c.vitals("2026-10-20", e1, 128, 74, 78, 105.2)
    c.sr(cc(text="Referral to nephrology"), "2026-09-02", status="active", pr="md", reason=ckd, occ="2026-12-14")
    return c, "73M on a telehealth company's chronic-care programme with 7 active chronic conditions across 5 specialties (T2DM with CKD 3b, HFpEF, permanent AF, COPD, OSA, gout); stable."

def rcc_p3(cid):
    c = Case(cid, "summit")
    c.setup("Madison Grace", "Ellery", "female", "2004-07-19", "SSM-0177290", payor="Cigna (parent plan)", plan="Cigna OAP - dependent", member="U5520817734-02",
            pracs={"sm": ("Rachel", "Nguyen-Hart", "MD, CAQSM"), "pt": ("Devon", "Aldridge", "DPT"), "gen": ("Tomasz", "Wieczorek", "MD (Medical Genetics)")})
    eds = c.cond(cc((ICD, "Q79.62", "Hypermobile Ehlers-Danlos syndrome"), (SCT, "398114001", "Ehlers-Danlos syndrome") if False else None, text="Hypermobile Ehlers-Danlos syndrome (hEDS), 2017 criteria"), onset="2026-03-24", recorded="2026-03-24", pr="gen")
    sh = c.cond(cc((ICD, "M25.311", "Other instability, right shoulder"), text="Recurrent atraumatic multidirectional subluxation, R shoulder"), onset="2025-09-01")
    c.cond(cc((ICD, "S93.402A", "Sprain of unspecified ligament of left ankle, initial encounter")), onset="2023-04-02", status="resolved", abate="2023-06-01", cat="encounter-diagnosis")
    e1 = c.enc("2026-01-14", typ="Sports medicine new patient", reason="R shoulder slipping out during volleyball; multiple sprains", pr="sm")
    c.obs(cc(text="Beighton score"), "2026-01-14", 7, "{score}", "{score}", cat="exam", enc=e1, note="7/9")
    c.note("2026-01-14", "consult", "Sports medicine consult", "21F collegiate volleyball. Recurrent R shoulder subluxations, ankle sprains, easy bruising, stretchy skin, mother 'double-jointed'. Beighton 7/9. Sulcus sign +. MRI arthrogram ordered. Refer medical genetics re: heritable connective tissue disorder.", pr="sm", enc=e1)
    c.report(cc((CPT, "73222", "MRI any joint of upper extremity; with contrast material(s)"), text="MR arthrogram R shoulder"), "2026-02-02", "Patulous inferior capsule; no labral tear; no Hill-Sachs lesion.")
    c.sr(cc(text="Referral to medical genetics"), "2026-01-14", status="completed", pr="sm")
    e2 = c.enc("2026-03-24", typ="Medical genetics consultation (outside, report received)", reason="Generalized joint hypermobility", pr="gen")
    c.note("2026-03-24", "consult", "Medical genetics consultation", "Meets 2017 international criteria for hypermobile EDS (criteria 1, 2A/2B/2C, 3). Echo normal aortic root (z 0.8). Vascular and classical EDS not suspected; no COL3A1/COL5A1 phenotype. Counselled.", pr="gen", enc=e2)
    c.obs(cc(text="Echocardiogram - aortic root"), "2026-03-10", vstr="Aortic root 2.9 cm (z-score 0.8), normal", interp="N")
    e3 = c.enc("2026-04-08", typ="Physical therapy evaluation", reason="hEDS - shoulder stabilization", pr="pt")
    c.proc(cc((CPT, "97162", "Physical therapy evaluation: moderate complexity")), "2026-04-08", enc=e3, pr="pt")
    c.proc(cc((CPT, "97112", "Neuromuscular reeducation")), "2026-06-10", pr="pt")
    e4 = c.enc("2026-10-21", typ="Sports medicine follow-up", reason="Shoulder stability check, return to play", pr="sm")
    c.note("2026-10-21", "progress", "Sports med follow-up", "After 6 mo proprioceptive/rotator cuff programme: 1 subluxation in 5 mo (was weekly). Cleared for modified volleyball with bracing. Non-operative management preferred in hEDS.", pr="sm", enc=e4)
    c.vitals("2026-10-21", e4, 106, 66, 74, 61.0)
    c.med(cc((RX, "198014", "naproxen 500 MG Oral Tablet")), "2026-01-14", "500 mg PO BID PRN", pr="sm", reason=sh)
    return c, "22F collegiate volleyball player with hypermobile Ehlers-Danlos syndrome (Q79.62) confirmed by genetics, on a non-operative shoulder stabilisation programme."

def rcc_n1(cid):
    c = Case(cid, "rgh")
    c.setup("Ronald James", "Penner", "male", "1964-10-11", "RGH-430881", hcn="118207654",
            pracs={"fp": ("Sukhpreet", "Dhaliwal", "MD, CCFP"), "ph": ("Lorna", "Kuzyk", "RPh")})
    c.cond(cc((SCT, "59621000", "Essential hypertension"), ca_icd(c, "I10", "Essential (primary) hypertension")), onset="2012-01-01")
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), ca_icd(c, "E11.9", "Type 2 diabetes mellitus without complication")), onset="2018-01-01")
    c.cond(cc((SCT, "239873007", "Osteoarthritis of knee"), ca_icd(c, "M17.0", "Primary gonarthrosis, bilateral")), onset="2019-01-01")
    c.cond(cc((SCT, "40930008", "Hypothyroidism"), ca_icd(c, "E03.9", "Hypothyroidism, unspecified")), onset="2016-01-01")
    c.cond(cc((SCT, "233604007", "Pneumonia"), ca_icd(c, "J18.9", "Pneumonia, unspecified")), onset="2023-02-02", status="resolved", abate="2023-03-01")
    c.cond(cc((SCT, "235919008", "Cholelithiasis") if False else (SCT, "266474003", "Calculus of gallbladder with acute cholecystitis") if False else (SCT, "235919008", "Cholelithiasis")), onset="2019-04-01", status="resolved", abate="2019-06-12", note="Lap cholecystectomy 2019-06-12")
    c.proc(cc((SCT, "45595009", "Laparoscopic cholecystectomy")), "2019-06-12")
    c.cond(cc((SCT, "44465007", "Sprain of ankle")), onset="2021-08-01", status="resolved", abate="2021-09-15")
    for d, a in (("2026-03-03", 7.0), ("2026-09-08", 6.9)):
        c.lab("a1c", d, a)
    c.lab("tsh", "2026-09-08", 2.3); c.lab("cr", "2026-09-08", 91); c.lab("ldl", "2026-09-08", 1.9)
    e1 = c.enc("2026-09-15", typ="Chronic disease visit", reason="Diabetes, BP, thyroid review", pr="fp", org=c.orgs["fht"])
    c.vitals("2026-09-15", e1, 128, 78, 70, 96.1)
    c.note("2026-09-15", "progress", "Chronic disease review", "HTN, T2DM, bilateral knee OA, hypothyroidism - all stable. A1c 6.9, TSH 2.3, BP 128/78. Knees: walking 30 min/day with acetaminophen. Continue current regimen. Annual review.", pr="fp", enc=e1)
    for t in ("metformin 1000 mg BID", "ramipril 10 mg daily", "levothyroxine 112 mcg daily", "acetaminophen 650 mg ER TID PRN", "rosuvastatin 10 mg daily"):
        c.med(cc(text=t.split(" ")[0] + " " + t.split(" ")[1] + " " + t.split(" ")[2]), "2024-01-01", t, pr="fp")
    c.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-15")
    c.raw("MedicationStatement" if False else "Observation", {"status": "final", "category": [cc((OBSCAT, "survey", "Survey"))], "code": cc((LN, "72166-2", "Tobacco smoking status")),
                                                             "subject": ref(c.pat), "effectiveDateTime": "2026-09-15", "valueCodeableConcept": cc((SCT, "266919005", "Never smoked tobacco"))}, "obs")
    return c, "62M with four stable common chronic conditions (hypertension, T2DM, knee OA, hypothyroidism) under one family physician; fewer than five, and the rest of the history is resolved."

def rcc_n2(cid):
    c = Case(cid, "cascade")
    c.setup("Caleb Thomas", "Nakamura-Reid", "male", "2013-04-22", "CPS-0702215", payor="Molina Healthcare of Washington (Apple Health)", plan="Apple Health for Kids", member="MHW201337744",
            pracs={"ortho": ("Julia", "Abernathy", "MD (Pediatric Orthopaedics)"), "pt": ("Noelle", "Barragan", "DPT")})
    mom = c.raw("RelatedPerson", {"patient": ref(c.pat), "relationship": [cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode", "FTH", "father"))], "name": [{"family": "Reid", "given": ["Thomas"]}]}, "rp")
    e1 = c.enc("2026-09-16", typ="Pediatric orthopaedic new patient", reason="Bilateral knee pain below kneecap, worse after basketball", pr="ortho")
    osd = c.cond(cc((ICD, "M92.521", "Juvenile osteochondrosis of tibia tubercle, right leg") if False else (ICD, "M92.523", "Juvenile osteochondrosis of tibia tubercle, bilateral"), (SCT, "49784001", "Osgood-Schlatter disease") if False else None, text="Osgood-Schlatter disease, bilateral"),
                 onset="2026-06-01", enc=e1, recorded="2026-09-16", pr="ortho")
    c.cond(cc((ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), onset="2018-01-01")
    c.report(cc((CPT, "73562", "Radiologic examination, knee; 3 views"), text="XR bilateral knees"), "2026-09-16", "Fragmentation and soft-tissue swelling at both tibial tubercles; open physes. No other abnormality.", enc=e1)
    c.note("2026-09-16", "consult", "Pediatric orthopaedics consult", """13M, basketball 5 days/wk, growth spurt (6 cm in 6 mo). Tender prominent tibial tubercles bilaterally, pain kneeling and jumping. XR consistent.
A: bilateral Osgood-Schlatter disease - common, self-limiting traction apophysitis.
P: activity modification, quad/hamstring flexibility, patellar strap, ice, ibuprofen prn. PT 4-6 visits. Expect resolution with skeletal maturity.""", pr="ortho", enc=e1)
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-09-16", 5, "{score}", "{score}", cat="survey", enc=e1)
    e2 = c.enc("2026-09-30", typ="Physical therapy evaluation", reason="Osgood-Schlatter", pr="pt")
    c.proc(cc((CPT, "97161", "Physical therapy evaluation: low complexity")), "2026-09-30", enc=e2, pr="pt")
    e3 = c.enc("2026-11-18", typ="Pediatric orthopaedic follow-up", reason="Knee pain follow-up", pr="ortho")
    c.obs(cc((LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-18", 2, "{score}", "{score}", cat="survey", enc=e3)
    c.note("2026-11-18", "progress", "Follow-up", "Much improved with strap and stretching; playing with minimal pain. Continue HEP. RTC PRN.", pr="ortho", enc=e3)
    c.med(cc((RX, "197806", "ibuprofen 400 MG Oral Tablet") if False else (RX, "310965", "ibuprofen 200 MG Oral Tablet")), "2026-09-16", "400 mg PO q8h PRN with food", pr="ortho", reason=osd)
    c.med(cc((RX, "745679", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler") if False else (RX, "745752", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler")), "2020-01-01", "2 puffs q4h PRN", rt="MedicationStatement")
    c.vitals("2026-09-16", e1, 110, 68, 72, 47.5, ht=163)
    c.proc(cc((HCPCS, "L1830", "Knee orthosis, immobilizer, canvas longitudinal, prefabricated, off-the-shelf") if False else (HCPCS, "L1820", "Knee orthosis, elastic with condylar pads and joint, with or without patellar control, prefabricated"), text="Infrapatellar straps x2"), "2026-09-16", enc=e1)
    return c, "13M basketball player with bilateral Osgood-Schlatter disease, a common self-limiting apophysitis, improving with straps and PT."
