from lib import *

# ---------- rural critical-access organisations ----------
def rural_sweetgrass(c):
    h = c.org("Sweetgrass Memorial Hospital (Critical Access)", "1467329084", city="Conrad", state="MT", phone="406-555-0140")
    clinic = c.org("Sweetgrass Family Medicine - Valier Clinic", "1639174822", city="Valier", state="MT")
    reg = c.org("Yellowstone Regional Medical Center", "1295736410", city="Billings", state="MT")
    return h, clinic, reg, "https://sweetgrassmemorial.org/fhir/mrn"

def rural_prairie(c):
    h = c.org("Prairie Ridge Health - Critical Access Hospital", "1780615543", city="Lyons", state="KS", phone="620-555-0112")
    clinic = c.org("Prairie Ridge Rural Health Clinic", "1881792211", city="Lyons", state="KS")
    reg = c.org("Wichita Regional Medical Center", "1023198745", city="Wichita", state="KS")
    return h, clinic, reg, "urn:oid:2.16.840.1.113883.3.7712.1"

def rural_cumberland(c):
    h = c.org("Upper Cumberland Community Hospital", "1538260914", city="Jamestown", state="TN", phone="931-555-0177")
    clinic = c.org("Cumberland Plateau Family Practice", "1447390216", city="Jamestown", state="TN")
    reg = c.org("Middle Tennessee Regional Medical Center", "1356428890", city="Cookeville", state="TN")
    return h, clinic, reg, "https://uchospital.org/identifiers/mrn"


def r_psnw_pos(c):
    h, cl, reg, mrn = rural_sweetgrass(c)
    fp = c.pract("Aune", "Kristin", "1902847731", suffix="MD", qual="Family Medicine")
    neu = c.pract("Basu", "Anirban", "1184620375", suffix="MD", qual="Neurology (visiting/telehealth)")
    mc = c.org("Montana Farm Bureau Health Plan", "1902000031", typ="pay")
    c.pat("Kittleson", ["Dale", "R"], "male", "1974-03-19", mrn, "SMH0048812", "Valier", "MT", "212 Teton Ave", "59486",
          phone="406-555-0193", marital="M", org=h)
    c.coverage(mc, "commercial", "MFB7741203", "2022-01-01", "Farm Bureau PPO")
    hl = c.cond(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.5", "Hyperlipidemia, unspecified")), "2019-06-04")
    c.cond(cc((ICD, "S82.62XA", "Displaced fracture of lateral malleolus of left fibula"), text="L ankle fracture"), "2011-09-02",
           status="resolved", abate="2011-12-15", cat="encounter-diagnosis")
    e1 = c.enc("2026-05-12", typ=cc((CPT, "99214", "Office/outpatient visit est"), text="Office visit"), reason="Burning and tingling both feet", pract=fp, org=cl)
    c.cond(cc((SCT, "91019004", "Paresthesia"), (ICD, "R20.2", "Paresthesia of skin")), "2026-04-20", recorded="2026-05-12",
           note="Burning/tingling soles of both feet x 3 wk, worse at night. No new meds. Alcohol 1-2 beers/wk.")
    c.cond(cc((ICD, "R20.2", "Paresthesia of skin")), "2026-04-20", cat="encounter-diagnosis", recorded="2026-05-12", enc=e1)
    c.bp("2026-05-12", 128, 78, e1)
    c.vital("29463-7", "Body weight", "2026-05-12", 88.4, "kg", enc=e1)
    for loinc, d, v, u, lo, hi in [("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.4, "%", 4.0, 5.6),
                                   ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.8, "m[IU]/L", 0.4, 4.0),
                                   ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 512, "pg/mL", 232, 1245),
                                   ("718-7", "Hemoglobin [Mass/volume] in Blood", 15.1, "g/dL", 13.2, 17.1),
                                   ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.94, "mg/dL", 0.7, 1.3)]:
        c.lab(loinc, d, "2026-05-12", v, u, low=lo, high=hi, enc=e1)
    e2 = c.enc("2026-06-23", typ=cc((CPT, "99213", "Office/outpatient visit est")), reason="Follow-up paresthesia", pract=fp, org=cl)
    c.cond(cc((ICD, "R20.2", "Paresthesia of skin")), "2026-04-20", cat="encounter-diagnosis", recorded="2026-06-23", enc=e2)
    c.lab("30341-2", "Erythrocyte sedimentation rate", "2026-06-23", 8, "mm/h", "mm/h", 0, 20, e2)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-06-23", 0.2, "mg/dL", low=0, high=0.9, enc=e2)
    c.lab("2284-8", "Folate [Mass/volume] in Serum or Plasma", "2026-06-23", 14.2, "ng/mL", low=3.0, high=20.0, enc=e2)
    c.obs(cc((LNC, "51435-9", "Protein electrophoresis panel - Serum or Plasma"), text="SPEP with immunofixation"), "2026-06-23",
          vstring="No monoclonal protein detected.", interp="N", enc=e2)
    c.note("2026-06-23", "Clinic note - paresthesia f/u",
           "Pt returns, still burning feet, 6/10 at night, now some numbness at toes. Exam: sensation to monofilament intact, vibration intact at great toes, "
           "ankle reflexes 2+ symmetric, Romberg neg. Labs all normal incl A1c, B12, TSH, folate, SPEP, ESR/CRP. Will ask Dr Basu (neuro telehealth) to see.",
           fp, enc=e2, custodian=h)
    e3 = c.enc("2026-08-18", "VR", typ=cc(text="Telehealth neurology consult"), reason="Bilateral foot paresthesia", pract=neu, org=h)
    c.note("2026-08-18", "Telehealth neurology consult",
           "Video visit, pt at Valier clinic with RN presenter. 4 mo of symmetric burning and tingling of feet. Neuro exam via presenter non-focal. "
           "Plan: NCS/EMG lower extremities at Yellowstone Regional. If normal consider small fiber process; skin biopsy not available locally.",
           neu, typ=("11488-4", "Consult note"), enc=e3, custodian=h)
    c.proc(cc((CPT, "95910", "Nerve conduction studies; 7-8 studies"), text="NCS/EMG bilateral lower extremities"), "completed",
           "2026-09-15", reason=cc(text="Paresthesia both feet"), outcome="Normal study; no electrodiagnostic evidence of neuropathy or radiculopathy",
           performer=reg)
    e4 = c.enc("2026-10-27", typ=cc((CPT, "99214", "Office/outpatient visit est")), reason="Persistent burning feet, now fingertips", pract=fp, org=cl)
    c.cond(cc((ICD, "R20.2", "Paresthesia of skin")), "2026-04-20", cat="encounter-diagnosis", recorded="2026-10-27", enc=e4)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-10-27", 91, "mg/dL", low=70, high=99, enc=e4)
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-10-27", 6.8, "10*3/uL", low=4.0, high=10.5, enc=e4)
    c.note("2026-10-27", "Clinic note",
           "Scanned outside report reviewed: NCS/EMG 9/15 at Yellowstone Regional normal. Pt reports symptoms unchanged or worse, now tingling "
           "in fingertips too, sleeping poorly. Told him the workup has not found anything wrong. He is frustrated. No diagnosis yet. "
           "Offered gabapentin - declined. Will see back in 3 mo or sooner if weakness.",
           fp, enc=e4, custodian=h)
    c.medstmt(med("83367", "atorvastatin", "atorvastatin 20 mg tablet"), "2019-06-04", dosage="20 mg PO daily", reason=hl)
    c.medstmt(med("5640", "ibuprofen", "ibuprofen 200 mg tablet"), "2026-05-01", dosage="400 mg PO PRN pain", note="OTC, pt reported")


def r_dsm_pos(c):
    h, cl, reg, mrn = rural_prairie(c)
    fp = c.pract("Heinrichs", "Lorna", "1376541290", suffix="DO", qual="Family Medicine")
    gi = c.pract("Farooqui", "Imran", "1942075518", suffix="MD", qual="Gastroenterology")
    pay = c.org("Blue Cross and Blue Shield of Kansas", "1111111104", typ="pay")
    c.pat("Ostrowski", ["Gerald", "J"], "male", "1965-08-02", mrn, "PRH-204418", "Lyons", "KS", "905 W Main St", "67554", marital="M", org=h)
    c.coverage(pay, "commercial", "KSB99281733", "2020-01-01", "BCBS KS Blue Choice")
    c.cond(cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension")), "2016-04-11")
    c.cond(cc((ICD, "K35.80", "Unspecified acute appendicitis"), text="Appendicitis s/p appendectomy"), "1998-07-01", status="resolved", abate="1998-07-10", cat="encounter-diagnosis")
    e1 = c.enc("2026-01-13", typ=cc((CPT, "99213", "Office visit est")), reason="Loose stools x 5 weeks", pract=fp, org=cl)
    c.vital("29463-7", "Body weight", "2026-01-13", 88.2, "kg", enc=e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-01-13", 14.3, "g/dL", low=13.2, high=17.1, enc=e1)
    c.obs(cc((LNC, "34468-9", "Clostridioides difficile toxin A+B [Presence] in Stool"), text="C diff toxin"), "2026-01-13",
          vcc=cc((SCT, "260385009", "Negative")), interp="NEG", enc=e1)
    e2 = c.enc("2026-02-10", typ=cc((CPT, "99214", "Office visit est")), reason="Diarrhea follow-up", pract=fp, org=cl)
    ibs = c.cond(cc((ICD, "K58.0", "Irritable bowel syndrome with diarrhea"), (SCT, "197125005", "Irritable bowel syndrome characterized by diarrhea")),
                 "2026-02-10", enc=e2, note="Dx IBS-D after neg stool studies. Stress at work (grain elevator manager).")
    c.medstmt(med("3361", "dicyclomine", "dicyclomine 20 mg tablet"), "2026-02-10", dosage="20 mg PO QID PRN cramping", reason=ibs)
    c.medstmt(med("6468", "loperamide", "loperamide 2 mg capsule"), "2026-02-10", dosage="2 mg after each loose stool, max 8/day", reason=ibs)
    e3 = c.enc("2026-05-19", typ=cc((CPT, "99213", "Office visit est")), reason="IBS follow-up", pract=fp, org=cl)
    c.vital("29463-7", "Body weight", "2026-05-19", 85.1, "kg", enc=e3)
    c.note("2026-05-19", "Clinic note - IBS",
           "Still 4-5 loose stools/day despite loperamide. Now waking at night 2-3x to have BM. Wt down 3 kg. "
           "Continue IBS regimen, add fiber, stress reduction. Will check calprotectin if no better.", fp, enc=e3, custodian=h)
    e4 = c.enc("2026-09-02", typ=cc((CPT, "99214", "Office visit est")), reason="Ongoing diarrhea, weight loss", pract=fp, org=cl)
    c.vital("29463-7", "Body weight", "2026-09-02", 81.3, "kg", enc=e4)
    c.obs(cc((SCT, "89362005", "Weight loss"), text="Unintentional weight loss"), "2026-09-02", vstring="6.9 kg (7.8%) since January",
          cat="exam", enc=e4)
    c.lab("38445-3", "Calprotectin [Mass/mass] in Stool", "2026-09-02", 412, "ug/g", low=0, high=50, enc=e4)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-02", 12.6, "g/dL", low=13.2, high=17.1, enc=e4)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-09-02", 74, "ng/mL", low=24, high=336, enc=e4)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-09-02", 3.3, "g/dL", low=3.5, high=5.0, enc=e4)
    e5 = c.enc("2026-10-20", "VR", typ=cc(text="GI e-consult"), reason="Elevated calprotectin", pract=gi, org=reg)
    c.note("2026-10-20", "GI e-consult (Wichita Regional)",
           "Asked to review 61M labeled IBS-D with nocturnal diarrhea, 7 kg weight loss, calprotectin 412, mild anemia, low albumin. "
           "These features are not typical of IBS. Suggest CT enterography now; colonoscopy with ileal intubation and biopsies when pt can travel.",
           gi, typ=("11488-4", "Consult note"), enc=e5)
    c.proc(cc((CPT, "74177", "CT abdomen and pelvis with contrast"), text="CT enterography"), "completed", "2026-11-04", performer=h,
           outcome="Mild nonspecific wall thickening terminal ileum; no stricture, no abscess, no mass")
    e6 = c.enc("2026-11-17", typ=cc((CPT, "99214", "Office visit est")), reason="IBS f/u", pract=fp, org=cl)
    c.cond(cc((ICD, "K58.0", "Irritable bowel syndrome with diarrhea")), "2026-02-10", cat="encounter-diagnosis", enc=e6, recorded="2026-11-17")
    c.vital("29463-7", "Body weight", "2026-11-17", 80.6, "kg", enc=e6)
    c.note("2026-11-17", "Clinic note",
           "A: IBS-D, ongoing. Still nocturnal stools, wt 80.6 kg. CT showed mild TI thickening, read as nonspecific. Pt reluctant to drive to Wichita "
           "for colonoscopy during harvest. Continue loperamide/dicyclomine, trial of rifaximin discussed.", fp, enc=e6, custodian=h)
    c.medstmt(med("29046", "lisinopril", "lisinopril 20 mg tablet"), "2016-04-11", dosage="20 mg daily")


def r_dsm_nm(c):
    h, cl, reg, mrn = rural_cumberland(c)
    fp = c.pract("Garrison", "Tobias", "1669483217", suffix="MD", qual="Family Medicine")
    pay = c.org("TennCare (BlueCare Tennessee)", "1111112203", typ="pay")
    c.pat("Beasley", ["Rhonda", "K"], "female", "1974-11-27", mrn, "UC-778120", "Jamestown", "TN", "44 Old Highway 127", "38556", marital="D", org=h)
    c.coverage(pay, "medicaid", "TC0451298", "2023-07-01", "TennCare BlueCare")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder"), (ICD, "I10", "Essential (primary) hypertension")), "2018-02-20")
    c.cond(cc((ICD, "E66.01", "Morbid (severe) obesity due to excess calories"), (SCT, "238136002", "Morbid obesity")), "2018-02-20")
    e1 = c.enc("2026-02-03", typ=cc((CPT, "99214", "Office visit est")), reason="Tired all the time", pract=fp, org=cl)
    c.cond(cc((ICD, "R53.83", "Other fatigue"), (SCT, "84229001", "Fatigue")), "2025-11-01", recorded="2026-02-03", enc=e1,
           status="resolved", abate="2026-08-25", note="Fatigue, daytime sleepiness. Resolved on CPAP.")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-02-03", 13.1, "g/dL", low=11.7, high=15.5, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-02-03", 2.2, "m[IU]/L", low=0.4, high=4.0, enc=e1)
    c.vital("39156-5", "Body mass index (BMI) [Ratio]", "2026-02-03", 42.6, "kg/m2", "kg/m2", enc=e1)
    c.bp("2026-02-03", 146, 92, e1)
    e2 = c.enc("2026-03-10", typ=cc((CPT, "99213", "Office visit est")), reason="Fatigue f/u", pract=fp, org=cl)
    c.survey(cc((LNC, "69704-0", "Epworth sleepiness scale total score"), text="Epworth Sleepiness Scale"), "2026-03-10", 15, enc=e2)
    c.note("2026-03-10", "Clinic note",
           "Fatigue continues. Boyfriend reports loud snoring and pauses in breathing. Epworth 15. STOP-BANG 6. Ordering home sleep apnea study.", fp, enc=e2, custodian=h)
    c.proc(cc((CPT, "95806", "Sleep study, unattended, simultaneous recording"), text="Home sleep apnea study (HSAT)"), "completed", "2026-05-19",
           outcome="AHI 28/h, nadir SpO2 79% - moderate obstructive sleep apnea", performer=h)
    e3 = c.enc("2026-05-28", typ=cc((CPT, "99214", "Office visit est")), reason="Sleep study results", pract=fp, org=cl)
    osa = c.cond(cc((SCT, "78275009", "Obstructive sleep apnea syndrome"), (ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")),
                 "2026-05-19", recorded="2026-05-28", enc=e3)
    c.sr(cc((HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device"), text="Auto-CPAP 5-15 cm H2O with heated humidifier"),
         "completed", "order", "2026-05-28", fp, reason=osa, enc=e3)
    e4 = c.enc("2026-08-25", typ=cc((CPT, "99213", "Office visit est")), reason="CPAP follow-up", pract=fp, org=cl)
    c.survey(cc((LNC, "69704-0", "Epworth sleepiness scale total score")), "2026-08-25", 6, enc=e4)
    c.obs(cc(text="CPAP compliance download"), "2026-08-25", vstring="Usage >=4 h on 89% of nights, residual AHI 3.1", cat="procedure", enc=e4)
    c.bp("2026-08-25", 134, 84, e4)
    c.note("2026-08-25", "Clinic note - OSA on CPAP",
           "Feels like a new person. No longer dozing at work. Fatigue resolved. Good CPAP adherence. BP improved. Fatigue problem resolved.", fp, enc=e4, custodian=h)
    c.medstmt(med("29046", "lisinopril", "lisinopril 20 mg tablet"), "2018-02-20", dosage="20 mg daily", reason=htn)
    c.medstmt(med("5487", "hydrochlorothiazide", "hydrochlorothiazide 12.5 mg capsule"), "2021-05-10", dosage="12.5 mg daily", reason=htn)


def r_mpp_pos(c):
    h, cl, reg, mrn = rural_sweetgrass(c)
    fp = c.pract("Oyelaran", "Funke", "1528064419", suffix="MD", qual="Family Medicine")
    car = c.pract("Lindgren", "Paul", "1093817264", suffix="MD", qual="Cardiology (visiting, Yellowstone Regional)")
    ctsurg = c.pract("Mahadevan", "Priya", "1750392841", suffix="MD", qual="Cardiothoracic Surgery")
    pay = c.org("Medicare Part A/B", "1111113302", typ="pay")
    c.pat("Wempe", ["Harold", "E"], "male", "1952-01-30", mrn, "SMH0031177", "Conrad", "MT", "18 4th Ave SW", "59425", marital="W", org=h)
    c.coverage(pay, "medicare", "5EG4-TE8-MK72", "2017-01-01", "Original Medicare")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2010-03-01")
    c.cond(cc((ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2015-09-14")
    c.cond(cc((ICD, "J18.9", "Pneumonia, unspecified organism")), "2023-02-02", status="resolved", abate="2023-02-20", cat="encounter-diagnosis")
    e1 = c.enc("2026-08-04", typ=cc((CPT, "99214", "Office visit est")), reason="Short of breath walking to the barn", pract=fp, org=cl)
    c.obs(cc((SCT, "267036007", "Dyspnea"), text="Exertional dyspnea"), "2026-08-04", vstring="NYHA class II-III; one near-syncopal episode climbing stairs", cat="exam", enc=e1)
    c.obs(cc(text="Heart murmur"), "2026-08-04", vstring="III/VI harsh late-peaking systolic murmur RUSB radiating to carotids, soft S2", cat="exam", enc=e1)
    e2 = c.enc("2026-09-09", "AMB", typ=cc(text="Visiting cardiology clinic"), reason="Aortic stenosis", pract=car, org=h)
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-09-09", 55, "%", cat="imaging", enc=e2)
    c.obs(cc(text="Aortic valve area (TTE, continuity)"), "2026-09-09", 0.7, "cm2", "cm2", cat="imaging", enc=e2, interp="L", rtext=">2.0 cm2")
    c.obs(cc(text="Aortic valve mean gradient"), "2026-09-09", 48, "mmHg", "mm[Hg]", cat="imaging", enc=e2, interp="H")
    c.obs(cc(text="Aortic valve peak velocity"), "2026-09-09", 4.6, "m/s", "m/s", cat="imaging", enc=e2, interp="H")
    asx = c.cond(cc((SCT, "60573004", "Aortic valve stenosis"), (ICD, "I35.0", "Nonrheumatic aortic (valve) stenosis")), "2026-09-09",
                 asserter=car, severity=cc((SCT, "24484000", "Severe")))
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-09-09", 890, "pg/mL", low=0, high=450, enc=e2)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-09-09", 1.08, "mg/dL", low=0.7, high=1.3, enc=e2)
    c.note("2026-09-09", "Cardiology clinic note (visiting)",
           "74M rancher, severe symptomatic calcific AS (AVA 0.7, MG 48, Vmax 4.6), preserved EF. STS PROM 2.9%. Refer to Yellowstone Regional structural heart team for TAVR evaluation.",
           car, typ=("11488-4", "Consult note"), enc=e2, custodian=h)
    c.proc(cc((CPT, "75574", "CT angiography heart, coronary arteries and bypass grafts, with contrast"), text="TAVR-protocol CTA chest/abdomen/pelvis"),
           "completed", "2026-10-28", performer=reg, outcome="Annulus 24.1 mm, iliofemoral access adequate bilaterally")
    e3 = c.enc("2026-11-10", "VR", typ=cc(text="Structural heart team telehealth visit"), reason="Severe aortic stenosis", pract=ctsurg, org=reg)
    c.note("2026-11-10", "Heart team consultation (outside record, scanned)",
           "Heart team (interventional cardiology + CT surgery) reviewed: severe symptomatic AS, low-intermediate surgical risk, age 74, frail-index 2/5. "
           "Shared decision: transfemoral TAVR. Scheduled Jan 19, 2027 at Yellowstone Regional. Dental clearance obtained.",
           ctsurg, typ=("11488-4", "Consult note"), enc=e3, custodian=reg)
    c.sr(cc((CPT, "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"),
            (SCT, "725351001", "Transcatheter aortic valve implantation"), text="Transfemoral TAVR"),
         "active", "order", "2026-11-10", ctsurg, occurrence="2027-01-19T07:30:00-07:00", reason=asx, performer=reg, enc=e3,
         category=cc((SCT, "387713003", "Surgical procedure")))
    c.medstmt(med("29046", "lisinopril", "lisinopril 5 mg tablet"), "2010-03-01", dosage="5 mg daily")
    c.medstmt(med("83367", "atorvastatin", "atorvastatin 40 mg tablet"), "2018-01-01", dosage="40 mg daily")
    c.medstmt(med("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "2015-09-14", dosage="0.4 mg at bedtime")
    c.medstmt(med("1191", "aspirin", "aspirin 81 mg EC tablet"), "2016-01-01", dosage="81 mg daily")


def r_mpp_nm(c):
    h, cl, reg, mrn = rural_prairie(c)
    fp = c.pract("Dreiling", "Mark", "1265091384", suffix="MD", qual="Family Medicine")
    pay = c.org("Aetna", "1111114401", typ="pay")
    c.pat("Doolittle", ["Travis", "L"], "male", "1967-05-14", mrn, "PRH-118903", "Sterling", "KS", "330 N Broadway", "67579", marital="M", org=h)
    c.coverage(pay, "commercial", "W228819031", "2019-01-01", "Aetna Choice POS II")
    c.cond(cc((ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2014-10-10")
    c.cond(cc((ICD, "E66.9", "Obesity, unspecified"), (SCT, "414916001", "Obesity")), "2014-10-10")
    e0 = c.enc("2025-11-18", typ=cc((CPT, "99213", "Office visit est")), reason="Red painful lump upper back", pract=fp, org=cl)
    c.cond(cc((ICD, "L72.3", "Sebaceous cyst"), text="Inflamed epidermoid cyst upper back"), "2025-11-18", status="resolved", abate="2025-12-05",
           cat="encounter-diagnosis", enc=e0)
    c.proc(cc((CPT, "10060", "Incision and drainage of abscess; simple or single"), text="I&D inflamed cyst upper back"), "completed", "2025-11-18", performer=fp, enc=e0)
    c.medstmt(med("2231", "cephalexin", "cephalexin 500 mg capsule"), "2025-11-18", status="completed", end="2025-11-25", dosage="500 mg QID x 7 days")
    e1 = c.enc("2026-11-03", typ=cc((CPT, "99213", "Office visit est")), reason="Cyst on back came back", pract=fp, org=cl)
    cy = c.cond(cc((SCT, "419893006", "Epidermoid cyst of skin"), (ICD, "L72.0", "Epidermal cyst")), "2025-11-18", recorded="2026-11-03", enc=e1,
                body=cc((SCT, "34971006", "Skin structure of upper back"), text="Upper back, midline"))
    c.obs(cc(text="Lesion size"), "2026-11-03", 2.4, "cm", "cm", cat="exam", enc=e1)
    c.bp("2026-11-03", 132, 84, e1)
    c.vital("29463-7", "Body weight", "2026-11-03", 109.0, "kg", enc=e1)
    c.note("2026-11-03", "Clinic note",
           "Recurrent 2.4 cm epidermoid cyst upper back at prior I&D site, non-inflamed now. Discussed complete excision in clinic under local anesthesia to prevent recurrence. "
           "Pt agrees. Schedule in minor procedure room 12/15. Hold nothing; not on anticoagulants.", fp, enc=e1, custodian=h)
    c.sr(cc((CPT, "11403", "Excision, benign lesion including margins, trunk, arms or legs; excised diameter 2.1 to 3.0 cm"),
            text="Excision epidermoid cyst upper back (office, local anesthesia)"), "active", "order", "2026-11-03", fp,
         occurrence="2026-12-15T14:00:00-06:00", reason=cy, performer=cl, enc=e1)
    c.sr(cc((CPT, "88305", "Level IV - Surgical pathology, gross and microscopic examination"), text="Surgical pathology - cyst"), "active", "order", "2026-11-03", fp,
         occurrence="2026-12-15", reason=cy, enc=e1)
    c.medstmt(med("7646", "omeprazole", "omeprazole 20 mg DR capsule"), "2014-10-10", dosage="20 mg daily before breakfast")
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-03", 5.6, "%", low=4.0, high=5.6, enc=e1)


def r_up_pos(c):
    h, cl, reg, mrn = rural_cumberland(c)
    fp = c.pract("Sells", "Bethany", "1033918275", suffix="MD", qual="Family Medicine / Hospitalist")
    hep = c.pract("Ndiaye", "Ousmane", "1598207741", suffix="MD", qual="Transplant Hepatology (telehealth)")
    pay = c.org("Medicare Part A/B", "1111113302", typ="pay")
    hospice = c.org("Cumberland Hospice Care", "1912388406", city="Jamestown", state="TN")
    c.pat("Pruitt", ["Walter", "D"], "male", "1952-06-09", mrn, "UC-530291", "Allardt", "TN", "1210 Shirley Rd", "38504", marital="M", org=h,
          contact=[{"relationship": [cc(("http://terminology.hl7.org/CodeSystem/v2-0131", "N", "Next-of-Kin"))], "name": {"family": "Pruitt", "given": ["Lorene"]}, "telecom": [{"system": "phone", "value": "931-555-0168"}]}])
    c.coverage(pay, "medicare", "3TR6-KK1-UP55", "2017-07-01")
    cirr = c.cond(cc((ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites"), (SCT, "420054005", "Alcoholic cirrhosis")), "2021-03-15",
                  note="Abstinent since 2021 per pt and wife.")
    c.cond(cc((ICD, "K72.90", "Hepatic failure, unspecified without coma"), text="Hepatic encephalopathy, recurrent"), "2025-10-02")
    e1 = c.enc("2026-09-14", "IMP", typ=cc(text="Inpatient admission"), reason="Confusion, abdominal distension", pract=fp, org=h, end="2026-09-19",
               admit="Emergency department", discharge="Home with home health")
    c.proc(cc((CPT, "74183", "MRI abdomen without and with contrast")), "completed", "2026-09-16", performer=reg,
           outcome="Multifocal LI-RADS 5 lesions right lobe, largest 7.8 cm, tumor thrombus in right and main portal vein")
    c.lab("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "2026-09-15", 1840, "ng/mL", low=0, high=8.3, enc=e1)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-09-15", 3.8, "mg/dL", low=0.2, high=1.2, enc=e1)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-09-15", 2.4, "g/dL", low=3.5, high=5.0, enc=e1)
    c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-09-15", 1.9, "{INR}", low=0.9, high=1.1, enc=e1)
    hcc = c.cond(cc((SCT, "109841003", "Liver cell carcinoma"), (ICD, "C22.0", "Liver cell carcinoma")), "2026-09-16", recorded="2026-09-19", enc=e1,
                 note="BCLC D. Child-Pugh C (11). Portal vein tumor thrombus.")
    c.note("2026-09-19", "Discharge summary",
           "74M with alcohol-related cirrhosis (abstinent), admitted with HE and tense ascites. MRI: multifocal HCC with PVTT, AFP 1840. "
           "Large-volume paracentesis 6 L. Lactulose/rifaximin. Discharged home with home health; telehealth hepatology at regional center arranged.",
           fp, typ=("18842-5", "Discharge summary"), enc=e1, custodian=h)
    e2 = c.enc("2026-10-22", "VR", typ=cc(text="Telehealth hepatology consult"), reason="Hepatocellular carcinoma", pract=hep, org=reg)
    c.note("2026-10-22", "Hepatology / multidisciplinary liver tumor board",
           "Case presented at MTRMC liver tumor board 10/21. Child-Pugh C, MELD-Na 24, ECOG 3, main PVTT. Not a transplant candidate (outside Milan, PVTT). "
           "Not a candidate for resection, ablation, TACE/Y-90 or systemic therapy given decompensated liver function and performance status. "
           "No treatment options for the cancer; recommend best supportive care and hospice referral. Discussed with pt and wife via video; they want to go home.",
           hep, typ=("11488-4", "Consult note"), enc=e2, custodian=reg)
    c.sr(cc((SCT, "306205009", "Referral to hospice service"), text="Hospice referral - home hospice"), "active", "order", "2026-10-24", fp,
         reason=hcc, performer=hospice, note="Pt/wife agreeable to hospice intake visit.")
    c.proc(cc((CPT, "49083", "Abdominal paracentesis with imaging guidance")), "completed", "2026-11-12", performer=h, reason=cc(text="Refractory ascites"),
           outcome="5.5 L removed, albumin 25 g given")
    c.medstmt(med("9997", "spironolactone", "spironolactone 100 mg tablet"), "2021-03-15", dosage="100 mg daily", reason=cirr)
    c.medstmt(med("4603", "furosemide", "furosemide 40 mg tablet"), "2021-03-15", dosage="40 mg daily", reason=cirr)
    c.medstmt(med("6218", "lactulose", "lactulose 10 g/15 mL solution"), "2025-10-02", dosage="30 mL TID titrate to 2-3 BMs")
    c.medstmt(med("35619", "rifaximin", "rifaximin 550 mg tablet"), "2025-10-02", dosage="550 mg BID")


def r_up_nm(c):
    h, cl, reg, mrn = rural_prairie(c)
    fp = c.pract("Unruh", "Janelle", "1730564829", suffix="APRN", prefix=None, qual="Family Nurse Practitioner")
    uro = c.pract("Castellano", "Rafael", "1417382956", suffix="MD", qual="Urology (telehealth, Wichita Regional)")
    pay = c.org("Humana Medicare Advantage", "1111115506", typ="pay")
    c.pat("Haberman", ["Lyle", "W"], "male", "1956-02-22", mrn, "PRH-090715", "Little River", "KS", "21 Main St", "67457", marital="M", org=h)
    c.coverage(pay, "ma", "H41778203", "2021-03-01", "Humana Gold Plus HMO")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2012-05-01")
    c.cond(cc((ICD, "E78.00", "Pure hypercholesterolemia, unspecified")), "2012-05-01")
    e1 = c.enc("2026-05-06", typ=cc((CPT, "99397", "Periodic preventive medicine visit, 65+")), reason="Annual wellness", pract=fp, org=cl)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-05-06", 6.2, "ng/mL", low=0, high=4.0, enc=e1)
    c.proc(cc((CPT, "72197", "MRI pelvis without and with contrast"), text="MRI prostate multiparametric"), "completed", "2026-06-18", performer=reg,
           outcome="PI-RADS 3 lesion left peripheral zone, 0.6 cm; no extraprostatic extension; gland 48 cc")
    c.proc(cc((CPT, "55700", "Biopsy, prostate; needle or punch, single or multiple, any approach"), text="MRI-fusion prostate biopsy"), "completed", "2026-08-04",
           performer=reg, outcome="Gleason 3+3=6 (Grade Group 1) in 2 of 14 cores, max 15% core involvement")
    pca = c.cond(cc((SCT, "399068003", "Malignant tumor of prostate"), (ICD, "C61", "Malignant neoplasm of prostate")), "2026-08-04", recorded="2026-08-12",
                 asserter=uro, note="NCCN very low/low risk, cT1c, PSA 6.2, GG1.")
    e2 = c.enc("2026-08-12", "VR", typ=cc(text="Telehealth urology visit"), reason="Prostate biopsy results", pract=uro, org=reg)
    c.note("2026-08-12", "Urology telehealth note",
           "Low-risk prostate cancer, Grade Group 1, 2/14 cores. Reviewed options at length: active surveillance, radical prostatectomy, radiation. "
           "Given low risk, no treatment is recommended at this time; all curative treatment options remain available if there is progression. "
           "Pt chooses active surveillance: PSA q6 mo, repeat MRI 12 mo, confirmatory biopsy 12-18 mo.", uro, typ=("11488-4", "Consult note"), enc=e2, custodian=reg)
    c.careplan("Active surveillance - prostate cancer", "active", "plan", "2026-08-12", uro,
               [cc((SCT, "736353004", "Oncology care plan"), text="Oncology care plan")], addresses=[pca],
               desc="PSA every 6 months, MRI prostate at 12 months, confirmatory biopsy at 12-18 months.",
               activities=[(cc((LNC, "2857-1", "PSA")), "scheduled", "PSA Feb 2027"), (cc(text="MRI prostate"), "not-started", "Aug 2027")])
    e3 = c.enc("2026-11-09", typ=cc((CPT, "99213", "Office visit est")), reason="HTN f/u; PSA", pract=fp, org=cl)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-11-09", 5.9, "ng/mL", low=0, high=4.0, enc=e3)
    c.bp("2026-11-09", 128, 76, e3)
    c.note("2026-11-09", "Clinic note", "Doing well, no urinary complaints. PSA 5.9, stable. Continue active surveillance per urology. BP at goal.", fp, enc=e3, custodian=h)
    c.medstmt(med("17767", "amlodipine", "amlodipine 5 mg tablet"), "2012-05-01", dosage="5 mg daily")
    c.medstmt(med("36567", "simvastatin", "simvastatin 20 mg tablet"), "2012-05-01", dosage="20 mg nightly")


def r_hit_pos(c):
    h, cl, reg, mrn = rural_sweetgrass(c)
    fp = c.pract("Aune", "Kristin", "1902847731", qual="Family Medicine")
    onc = c.pract("Whitcomb", "Evelyn", "1154839207", qual="Medical Oncology (Yellowstone Regional, outreach)")
    srg = c.pract("Dubois", "Martin", "1669203148", qual="General / Colorectal Surgery")
    pay = c.org("Blue Cross and Blue Shield of Montana", "1111116607", typ="pay")
    c.pat("Gustafson", ["Marlene", "A"], "female", "1962-04-11", mrn, "SMH0057730", "Brady", "MT", "7 Railroad St", "59416", marital="M", org=h)
    c.coverage(pay, "commercial", "YMT551902284", "2015-01-01", "BCBSMT Blue Preferred PPO")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified"), (SCT, "40930008", "Hypothyroidism")), "2009-02-02")
    c.cond(cc((ICD, "M85.80", "Other specified disorders of bone density and structure, unspecified site"), text="Osteopenia"), "2020-06-01")
    c.cond(cc((ICD, "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)")), "2026-08-10", status="resolved", abate="2026-10-20")
    c.proc(cc((CPT, "45380", "Colonoscopy with biopsy")), "completed", "2026-08-24", performer=reg,
           outcome="Friable circumferential mass sigmoid colon 30 cm; biopsy adenocarcinoma")
    c.proc(cc((CPT, "44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"), text="Laparoscopic sigmoid colectomy with primary anastomosis"),
           "completed", "2026-09-22", performer=srg, outcome="pT3 pN1b (3/19 nodes), margins negative, no ostomy")
    crc = c.cond(cc((SCT, "363414004", "Malignant tumor of sigmoid colon"), (ICD, "C18.7", "Malignant neoplasm of sigmoid colon")), "2026-08-24",
                 note="Stage IIIB (pT3N1bM0), MSS. CEA post-op 1.9.")
    c.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2026-10-20", 1.9, "ng/mL", low=0, high=3.0)
    e1 = c.enc("2026-10-20", "VR", typ=cc(text="Telehealth oncology consult"), reason="Stage III colon cancer", pract=onc, org=reg)
    c.note("2026-10-20", "Medical oncology consult (outreach/telehealth)",
           "64F, stage IIIB sigmoid adenocarcinoma s/p lap sigmoid colectomy 9/22. Recommend adjuvant CAPOX x 4 cycles (3 months; IDEA). "
           "Oxaliplatin infusions at Sweetgrass Memorial infusion room under outreach oncology supervision; capecitabine orally d1-14 q21d. "
           "Discussed neuropathy, hand-foot syndrome, diarrhea. Port placement arranged.", onc, typ=("11488-4", "Consult note"), enc=e1, custodian=reg)
    c.proc(cc((CPT, "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port"), text="Port-a-cath placement"),
           "completed", "2026-10-29", performer=srg)
    cp = c.careplan("Adjuvant CAPOX - colon cancer", "active", "plan", "2026-11-03", onc,
                    [cc((SCT, "736353004", "Oncology care plan"))], addresses=[crc],
                    desc="Capecitabine 1000 mg/m2 BID d1-14 + oxaliplatin 130 mg/m2 d1, q21 days x 4 cycles (Nov 3 - Jan 5).",
                    activities=[(cc((SCT, "367336001", "Chemotherapy")), "in-progress", "Cycle 2 given 11/24; cycle 3 due 12/15")])
    e2 = c.enc("2026-11-03", typ=cc(text="Infusion visit"), reason="CAPOX cycle 1", pract=onc, org=h)
    c.proc(cc((CPT, "96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour"), (HCPCS, "J9263", "Injection, oxaliplatin, per 0.5 mg"),
              text="Oxaliplatin infusion C1D1"), "completed", "2026-11-03", performer=h, enc=e2, reason=crc)
    e3 = c.enc("2026-11-24", typ=cc(text="Infusion visit"), reason="CAPOX cycle 2", pract=onc, org=h)
    c.proc(cc((CPT, "96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour"), text="Oxaliplatin infusion C2D1"),
           "completed", "2026-11-24", performer=h, enc=e3, reason=crc)
    c.lab("751-8", "Neutrophils [#/volume] in Blood by Automated count", "2026-11-24", 2.1, "10*3/uL", low=1.5, high=7.8, enc=e3)
    c.lab("777-3", "Platelets [#/volume] in Blood by Automated count", "2026-11-24", 162, "10*3/uL", low=150, high=400, enc=e3)
    c.medreq(med("194000", "capecitabine 500 MG Oral Tablet", "capecitabine 500 mg tablet"), "2026-11-01", onc, dosage="1650 mg PO BID days 1-14 of 21-day cycle",
             reason=crc, category="outpatient")
    c.medreq(med("32592", "oxaliplatin"), "2026-11-01", onc, dosage="130 mg/m2 IV over 2 h day 1 q21d", reason=crc)
    c.medreq(med("26225", "ondansetron", "ondansetron 8 mg tablet"), "2026-11-01", onc, dosage="8 mg PO q8h PRN nausea")
    c.medstmt(med("10582", "levothyroxine", "levothyroxine 88 mcg tablet"), "2009-02-02", dosage="88 mcg daily")
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-24", vint=1, cat="survey", enc=e3)


def r_prc_pos(c):
    h, cl, reg, mrn = rural_sweetgrass(c)
    fp = c.pract("Oyelaran", "Funke", "1528064419", qual="Family Medicine")
    rh = c.pract("Kessler", "Anneliese", "1386027719", qual="Rheumatology (visiting)")
    pay = c.org("Montana Medicaid (Healthy Montana Kids/Plus)", "1111117708", typ="pay")
    c.pat("Lindqvist", ["Kayla", "M"], "female", "1987-10-05", mrn, "SMH0062245", "Cut Bank", "MT", "414 1st St E", "59427", marital="S", org=h,
          phone="406-555-0127")
    c.coverage(pay, "medicaid", "MTMCD0091827", "2024-01-01")
    c.cond(cc((ICD, "O80", "Encounter for full-term uncomplicated delivery"), text="SVD 2019"), "2019-03-03", status="resolved", abate="2019-03-05", cat="encounter-diagnosis")
    e1 = c.enc("2026-06-09", typ=cc((CPT, "99214", "Office visit est")), reason="Achy hands and feet", pract=fp, org=cl)
    c.lab("11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma", "2026-06-09", 18, "[IU]/mL", low=0, high=14, enc=e1)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-06-09", 0.4, "mg/dL", low=0, high=0.9, enc=e1)
    c.lab("30341-2", "Erythrocyte sedimentation rate", "2026-06-09", 14, "mm/h", low=0, high=20, enc=e1)
    c.obs(cc((LNC, "53027-9", "Cyclic citrullinated peptide Ab [Units/volume] in Serum"), text="Anti-CCP"), "2026-06-09", 4, "U/mL", "[arb'U]/mL", 0, 19, "N", enc=e1)
    e2 = c.enc("2026-07-14", typ=cc(text="Visiting rheumatology clinic"), reason="Polyarthralgia, positive RF", pract=rh, org=h)
    ra = c.cond(cc((ICD, "M06.9", "Rheumatoid arthritis, unspecified"), (SCT, "69896004", "Rheumatoid arthritis")), "2026-07-14", enc=e2, asserter=rh)
    c.note("2026-07-14", "Rheumatology consult (visiting clinic)",
           "39F, 3 mo symmetric hand/wrist/MTP pain, AM stiffness 45 min. Mild MCP tenderness, no definite synovitis today. RF 18 (low positive), CCP neg, CRP/ESR normal, "
           "hand/foot xrays without erosions. Clinical dx seronegative-range early RA. Start methotrexate 15 mg weekly + folic acid. Return 3 mo (next visiting clinic).",
           rh, typ=("11488-4", "Consult note"), enc=e2, custodian=h)
    c.medstmt(med("6851", "methotrexate", "methotrexate 2.5 mg tablet"), "2026-07-20", dosage="15 mg (6 tabs) PO once weekly", reason=ra)
    c.medstmt(med("4511", "folic acid", "folic acid 1 mg tablet"), "2026-07-20", dosage="1 mg daily")
    e3 = c.enc("2026-10-13", typ=cc(text="Visiting rheumatology clinic"), reason="RA follow-up", pract=rh, org=h)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-13", 31, "U/L", low=7, high=35, enc=e3)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-13", 12.9, "g/dL", low=11.7, high=15.5, enc=e3)
    c.note("2026-10-13", "Rheumatology follow-up",
           "Reports some improvement in AM stiffness, still achy. Nausea day after MTX dose, some hair thinning. Labs OK. Continue MTX; may add HCQ next visit.",
           rh, enc=e3, custodian=h)
    c.add({"resourceType": "Communication", "status": "completed",
           "category": [cc(text="Patient portal message")], "subject": c.P, "sent": "2026-11-18T21:42:00-07:00",
           "sender": c.P, "recipient": [ref(fp), ref(rh)], "topic": cc(text="Question about my diagnosis"),
           "payload": [{"contentString": "Hi Dr. O, I have been on the methotrexate for 4 months and honestly I'm not sure I even have RA. My CCP was negative and "
                        "the rheumatologist only comes every 3 months. The nausea is wearing me down and I have two little kids. I would like a second opinion "
                        "from another rheumatologist, maybe at the university clinic in Spokane or Billings, before I keep taking this. Can you send a referral? Thanks, Kayla"}]},
          "comm")
    c.add({"resourceType": "Communication", "status": "completed", "category": [cc(text="Patient portal message")], "subject": c.P,
           "sent": "2026-11-19T09:15:00-07:00", "sender": {"reference": f"Practitioner/{fp['id']}"}, "recipient": [c.P],
           "payload": [{"contentString": "Hi Kayla, thanks for letting me know. I will talk with Dr. Kessler and our referral coordinator and call you this week."}]}, "comm")


def r_prc_nm(c):
    h, cl, reg, mrn = rural_prairie(c)
    fp = c.pract("Heinrichs", "Lorna", "1376541290", suffix="DO", qual="Family Medicine")
    ortho = c.pract("Brandt", "Kyle", "1225847390", qual="Orthopaedic Surgery (visiting)")
    spine = c.pract("Halvorsen", "Ingrid", "1861739024", qual="Orthopaedic Spine Surgery")
    pay = c.org("UnitedHealthcare", "1111118809", typ="pay")
    c.pat("Vanderpool", ["Cody", "R"], "male", "1978-12-01", mrn, "PRH-166280", "Chase", "KS", "612 Center St", "67524", marital="M", org=h)
    c.coverage(pay, "commercial", "UHC882019344", "2021-01-01", "UHC Choice Plus")
    c.cond(cc((ICD, "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "2000-01-01")
    e1 = c.enc("2026-05-20", typ=cc((CPT, "99214", "Office visit est")), reason="Low back pain shooting down left leg", pract=fp, org=cl)
    lbp = c.cond(cc((ICD, "M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region"), (SCT, "202735001", "Lumbar disc herniation with radiculopathy")),
                 "2026-05-01", recorded="2026-05-20", enc=e1)
    c.proc(cc((CPT, "72148", "MRI lumbar spine without contrast")), "completed", "2026-06-02", performer=h,
           outcome="L5-S1 left paracentral extrusion contacting traversing left S1 root")
    e2 = c.enc("2026-06-30", typ=cc(text="Visiting orthopaedic clinic"), reason="L5-S1 disc herniation", pract=ortho, org=h)
    srq = c.sr(cc((CPT, "63030", "Laminotomy with decompression of nerve root(s), including partial facetectomy, foraminotomy and/or excision of herniated intervertebral disc; 1 interspace, lumbar"),
                  text="Left L5-S1 microdiscectomy"), "revoked", "proposal", "2026-06-30", ortho, reason=lbp, enc=e2,
               note="Cancelled 2026-08-20: pt elected conservative care after outside opinion.")
    e3 = c.enc("2026-08-12", typ=cc(text="Second opinion consultation - spine surgery"), reason="Second opinion regarding recommended microdiscectomy", pract=spine, org=reg)
    c.note("2026-08-12", "Spine surgery second opinion (Wichita Regional)",
           "Seen at patient's request for a second opinion regarding L5-S1 microdiscectomy. Exam: no motor deficit, SLR positive left at 50 deg, reflexes symmetric. "
           "Symptoms improving over 3 months. My opinion: surgery is reasonable but not required; recommend transforaminal ESI and PT first. Letter sent to Dr. Brandt and Dr. Heinrichs.",
           spine, typ=("11488-4", "Consult note"), enc=e3, custodian=reg)
    c.proc(cc((CPT, "64483", "Injection, anesthetic agent and/or steroid, transforaminal epidural, with imaging guidance; lumbar or sacral, single level")),
           "completed", "2026-08-27", performer=reg, reason=lbp)
    e4 = c.enc("2026-10-28", typ=cc((CPT, "99213", "Office visit est")), reason="Back pain f/u", pract=fp, org=cl)
    c.survey(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-28", 2, enc=e4)
    c.note("2026-10-28", "Clinic note", "Leg pain much better after ESI and PT. Back to work at feedlot with lifting restriction 50 lb. Continue home exercise.", fp, enc=e4, custodian=h)
    c.add({"resourceType": "Communication", "status": "completed", "category": [cc(text="Patient portal message")], "subject": c.P,
           "sent": "2026-11-16T18:05:00-06:00", "sender": c.P, "recipient": [ref(fp)], "topic": cc(text="Records request"),
           "payload": [{"contentString": "Hello, my short-term disability carrier needs a copy of the second opinion letter from Dr. Halvorsen in Wichita from August and "
                        "your note from October. Could you fax them to the number on the form I dropped off? My back is doing a lot better. Thanks, Cody"}]}, "comm")
    c.medstmt(med("7258", "naproxen", "naproxen 500 mg tablet"), "2026-05-20", dosage="500 mg BID with food PRN")
    c.medstmt(med("6845", "methocarbamol", "methocarbamol 750 mg tablet"), "2026-05-20", status="completed", end="2026-07-01", dosage="750 mg TID PRN spasm")


def r_wdt_pos(c):
    h, cl, reg, mrn = rural_cumberland(c)
    fp = c.pract("Garrison", "Tobias", "1669483217", qual="Family Medicine")
    pay = c.org("Medicare Part A/B", "1111113302", typ="pay")
    c.pat("Mattingly", ["Earl", "T"], "male", "1959-07-23", mrn, "UC-224901", "Clarkrange", "TN", "88 Wilder Rd", "38553", marital="M", org=h)
    c.coverage(pay, "medicare", "7HU2-PX3-RD41", "2024-08-01")
    htn = c.cond(cc((SCT, "38341003", "Hypertensive disorder"), (ICD, "I10", "Essential (primary) hypertension")), "2019-03-12")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2019-03-12")
    c.cond(cc((ICD, "M10.071", "Idiopathic gout, right ankle and foot")), "2024-06-01", status="resolved", abate="2024-06-20", cat="encounter-diagnosis")
    c.medstmt(med("17767", "amlodipine", "amlodipine 10 mg tablet"), "2023-04-01", dosage="10 mg daily", reason=htn)
    c.medstmt(med("29046", "lisinopril", "lisinopril 40 mg tablet"), "2024-01-10", dosage="40 mg daily", reason=htn)
    c.medstmt(med("2409", "chlorthalidone", "chlorthalidone 25 mg tablet"), "2025-11-04", dosage="25 mg daily", reason=htn,
              note="Pharmacy fill history: on-time 90-day fills since 11/2025")
    c.medstmt(med("83367", "atorvastatin", "atorvastatin 40 mg tablet"), "2019-03-12", dosage="40 mg daily")
    visits = [("2026-04-14", 146, 88), ("2026-06-16", 152, 90), ("2026-08-25", 161, 94), ("2026-11-03", 170, 98)]
    for d, s, di in visits:
        e = c.enc(d, typ=cc((CPT, "99214", "Office visit est")), reason="Hypertension follow-up", pract=fp, org=cl)
        c.bp(d, s, di, e)
        c.vital("8867-4", "Heart rate", d, 72, "/min", enc=e)
        if d == "2026-04-14":
            c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", d, 3.9, "mmol/L", low=3.5, high=5.1, enc=e)
            c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, 1.02, "mg/dL", low=0.7, high=1.3, enc=e)
        if d == "2026-11-03":
            c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", d, 3.7, "mmol/L", low=3.5, high=5.1, enc=e)
            c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, 1.10, "mg/dL", low=0.7, high=1.3, enc=e)
            c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, 72, "mL/min/{1.73_m2}", low=60, enc=e)
            c.obs(cc(text="Home BP log average (2 wk)"), d, vstring="Avg 166/96 on pt's validated upper-arm cuff (brought to clinic, calibrated vs office)", cat="vital-signs", enc=e)
            c.note(d, "Clinic note - HTN",
                   "BP 170/98, rising at each visit since April (146 -> 152 -> 161 -> 170) despite amlodipine 10, lisinopril 40, chlorthalidone 25, all filled on time per pharmacy. "
                   "Says he takes them every morning; pill box checked by wife. Low salt diet. Snoring - no OSA eval yet. No NSAIDs. "
                   "Resistant hypertension, worsening. Consider spironolactone; consider workup for secondary causes.", fp, enc=e, custodian=h)
    c.obs(cc((LNC, "72166-2", "Tobacco smoking status")), "2026-04-14", vcc=cc((SCT, "8517006", "Ex-smoker")), cat="social-history")


def r_wdt_nm(c):
    h, cl, reg, mrn = rural_sweetgrass(c)
    fp = c.pract("Redfeather", "Loretta", "1548203917", suffix="PA-C", prefix=None, qual="Physician Assistant, Family Medicine")
    pay = c.org("Blue Cross and Blue Shield of Montana", "1111116607", typ="pay")
    c.pat("Kowalczyk", ["Brenda", "S"], "female", "1968-09-15", mrn, "SMH0039921", "Shelby", "MT", "120 Oilfield Ave", "59474", marital="M", org=h)
    c.coverage(pay, "commercial", "YMT118204472", "2016-01-01", "BCBSMT Blue Focus")
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2023-03-07")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    c.cond(cc((ICD, "E66.9", "Obesity, unspecified")), "2016-01-01")
    c.medstmt(med("6809", "metformin", "metformin 1000 mg tablet"), "2023-03-07", dosage="1000 mg BID with meals", reason=dm)
    c.medstmt(med("10582", "levothyroxine", "levothyroxine 75 mcg tablet"), "2012-01-01", dosage="75 mcg daily")
    for d, a1c in [("2026-02-10", 7.5), ("2026-05-12", 7.7), ("2026-08-11", 7.8), ("2026-11-10", 7.9)]:
        e = c.enc(d, typ=cc((CPT, "99213", "Office visit est")), reason="Diabetes follow-up", pract=fp, org=cl)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", low=4.0, high=5.6, enc=e)
        c.vital("29463-7", "Body weight", d, {"2026-02-10": 94.1, "2026-05-12": 94.8, "2026-08-11": 95.0, "2026-11-10": 95.3}[d], "kg", enc=e)
    c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "2026-11-10", 12, "mg/g", "mg/g", 0, 30)
    c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "2026-11-10", 94, "mL/min/{1.73_m2}", low=60)
    c.note("2026-11-10", "Clinic note - DM2",
           "A1c 7.9, was 7.5 in Feb: small drift up over the year. Pt admits more snacking while caring for her mother. Diet counseling, referred to DSMES (tele-nutrition). "
           "Discussed adding GLP-1 RA or SGLT2i if A1c >8 next time. Foot exam normal, retinal photo 6/2026 no retinopathy.", fp, custodian=h)


def r_roc_pos(c):
    h, cl, reg, mrn = rural_cumberland(c)
    fp = c.pract("Sells", "Bethany", "1033918275", qual="Family Medicine")
    neu = c.pract("Abernathy", "Colin", "1275930481", qual="Neuromuscular Neurology (telehealth)")
    pay = c.org("BlueCross BlueShield of Tennessee", "1111119901", typ="pay")
    c.pat("Bratcher", ["Tamara", "L"], "female", "1982-03-28", mrn, "UC-612057", "Jamestown", "TN", "300 S Main St", "38556", marital="M", org=h)
    c.coverage(pay, "commercial", "BCT55091827", "2018-01-01", "BlueNetwork P")
    c.cond(cc((ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus"), text="Migraine"), "2004-01-01", status="inactive")
    e1 = c.enc("2026-02-17", typ=cc((CPT, "99214", "Office visit est")), reason="Droopy eyelids, double vision by evening", pract=fp, org=cl)
    c.obs(cc(text="Neuro exam"), "2026-02-17", vstring="Fatigable bilateral ptosis L>R after 60 s upgaze; diplopia on sustained lateral gaze; neck flexion 4/5", cat="exam", enc=e1)
    c.obs(cc((LNC, "11034-6", "Acetylcholine receptor binding Ab [Moles/volume] in Serum"), text="AChR binding antibody"), "2026-02-24", 8.2, "nmol/L", "nmol/L", 0, 0.02, "H")
    e2 = c.enc("2026-03-10", "VR", typ=cc(text="Telehealth neurology consult"), reason="Suspected myasthenia gravis", pract=neu, org=reg)
    mg = c.cond(cc((SCT, "91637004", "Myasthenia gravis"), (ICD, "G70.00", "Myasthenia gravis without (acute) exacerbation")), "2026-02-01",
                recorded="2026-03-10", asserter=neu, enc=e2, note="Generalized AChR-antibody positive MG, MGFA class IIa.")
    c.note("2026-03-10", "Neuromuscular consult (telehealth)",
           "Generalized AChR+ myasthenia gravis, MGFA IIa. Start pyridostigmine 60 mg TID, prednisone slow taper-up to 20 mg. CT chest for thymoma.",
           neu, typ=("11488-4", "Consult note"), enc=e2, custodian=reg)
    c.proc(cc((CPT, "71260", "CT thorax with contrast")), "completed", "2026-03-24", performer=h, outcome="Normal-appearing residual thymic tissue; no thymoma")
    c.medstmt(med("9018", "pyridostigmine", "pyridostigmine 60 mg tablet"), "2026-03-10", dosage="60 mg TID", reason=mg)
    c.medstmt(med("8640", "prednisone", "prednisone 10 mg tablet"), "2026-03-10", dosage="15 mg daily (tapering)", reason=mg)
    c.medstmt(med(text="calcium carbonate 600 mg + vitamin D3 400 IU"), "2026-03-10", dosage="1 tab BID")
    for d, s in [("2026-03-10", 7), ("2026-06-09", 4), ("2026-09-15", 3)]:
        c.survey(cc(text="MG-ADL total score (0-24)"), d, s)
    e3 = c.enc("2026-09-15", "VR", typ=cc(text="Telehealth neurology follow-up"), reason="Myasthenia gravis", pract=neu, org=reg)
    c.note("2026-09-15", "Neuromuscular follow-up", "Much improved, MG-ADL 3. Mild residual ptosis in evening. No thymoma on CT; pt prefers medical management. Continue current regimen, DEXA.",
           neu, enc=e3, custodian=reg)
    e4 = c.enc("2026-11-12", typ=cc((CPT, "99213", "Office visit est")), reason="Follow-up, med refills", pract=fp, org=cl)
    c.bp("2026-11-12", 124, 78, e4)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-12", 5.7, "%", low=4.0, high=5.6, enc=e4)
