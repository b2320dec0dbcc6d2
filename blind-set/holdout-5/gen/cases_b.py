from cases_a import *

# ---------------- 3 MAJOR_PROCEDURE_PLANNED ----------------
@case("MAJOR_PROCEDURE_PLANNED", "positive", 10,
      summary="79M severe symptomatic aortic stenosis; heart team recommends transfemoral TAVR, order active for 2026-12-22",
      why="Active ServiceRequest (intent order) for transcatheter aortic valve replacement, a major invasive cardiac procedure, not yet performed and scheduled within 30 days.")
def p3a(c):
    c.setup("Walter Eugene", "Brandvold", "male", "1947-12-03", "Minneapolis", "MN", "Medicare Part A/B", plan="Medicare",
            clinicians=[("Lindgren, Erik", "Cardiology"), ("Moua, Pa", "Cardiothoracic Surgery")])
    c.cond(HTN, "2005-01-01")
    c.cond(HLD, "2005-01-01")
    asx = c.cond(cc((SCT, "60573004", "Aortic valve stenosis"), (ICD, "I35.0", "Nonrheumatic aortic (valve) stenosis")), "2022-04-11", severity="Severe")
    c.med("83367", "atorvastatin 40 MG Oral Tablet", "2015-01-01", dose="daily")
    c.med("29046", "lisinopril 10 MG Oral Tablet", "2012-01-01", dose="daily")
    e1 = visit(c, "2026-09-14", "Cardiology clinic", 138, 70, 66, 77.0, reason="Exertional dyspnea, presyncope")
    v = c.obs(cc((LOINC, "79944-5", "Aortic valve mean gradient by US"), text="AV mean gradient"), "2026-09-14", 48, "mmHg", "mm[Hg]", high=20, cat="imaging")
    a = c.obs(cc((LOINC, "79938-7", "Aortic valve area by US"), text="AVA (continuity)"), "2026-09-14", 0.7, "cm2", "cm2", low=2.0, cat="imaging")
    ef = c.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction")), "2026-09-14", 58, "%", low=52, cat="imaging")
    c.dr(cc((LOINC, "34552-0", "Cardiac 2D echo panel")), "2026-09-14", [v, a, ef], "Severe calcific aortic stenosis, mean gradient 48 mmHg, AVA 0.7 cm2. Preserved LVEF.", cat=("CUS", "Cardiac Ultrasound"))
    c.dr(cc(text="CT TAVR protocol (chest/abdomen/pelvis angiography)"), "2026-10-20", [], "Annulus perimeter 76 mm, suitable for 26 mm balloon-expandable valve. Iliofemoral vessels adequate for transfemoral access.", cat=("RAD", "Radiology"), who=1)
    c.proc(cc((CPT, "93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization")), "2026-10-09", reason=asx, outcome="Mild non-obstructive CAD")
    c.note("2026-11-04", "Structural heart team conference", """79M, NYHA III, severe AS. STS PROM 4.1%. Frailty assessment: 5MWT 6.4 s. Heart team consensus: transfemoral TAVR.
Procedure scheduled 12/22/2026. Pre-op labs and dental clearance done.""", who=1, typ=("11488-4", "Consult note"))
    c.sr(cc((CPT, "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"), (SCT, "725351001", "Transcatheter aortic valve replacement")),
         "2026-11-04", status="active", intent="order", occ="2026-12-22T07:30:00-06:00", reason=asx, who=1, priority="routine",
         cat=cc((SCT, "387713003", "Surgical procedure")))
    c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-11-18", 1.05, "mg/dL", low=0.7, high=1.3)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-18", 13.8, "g/dL", low=13.5, high=17.5)
    c.enc("2026-12-22", "Hospital admission for TAVR", cls="IMP", status="planned", who=1)


@case("MAJOR_PROCEDURE_PLANNED", "positive", 4,
      summary="57F degenerative spondylolisthesis L4-5 with claudication; L4-L5 decompression and instrumented fusion in 'preparation' for Jan 2027",
      why="Procedure resource with status preparation for posterior lumbar decompression and instrumented fusion (major spine surgery), not yet performed.")
def p3b(c):
    c.setup("Karen Sue", "Mattingly", "female", "1969-06-22", "Seattle", "WA", "Premera Blue Cross",
            clinicians=[("Yoshida, Ken", "Physical Medicine & Rehabilitation"), ("Abernathy, Cole", "Neurosurgery")])
    c.cond(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    c.med("10582", "levothyroxine sodium 75 MCG Oral Tablet", "2012-01-01", dose="daily")
    sp = c.cond(cc((SCT, "274152003", "Spondylolisthesis"), (ICD, "M43.16", "Spondylolisthesis, lumbar region")), "2025-03-01")
    c.cond(cc((SCT, "18347007", "Spinal stenosis of lumbar region"), (ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), "2025-03-01")
    c.proc(cc((CPT, "62323", "Injection(s), of diagnostic or therapeutic substance(s) ... interlaminar epidural, lumbar or sacral; with imaging guidance")), "2025-11-05", who=0, outcome="Relief lasted 5 weeks")
    c.med("25480", "gabapentin 300 MG Oral Capsule", "2025-05-01", dose="1 capsule three times daily")
    e1 = visit(c, "2026-10-15", "Neurosurgery consult", 122, 76, 70, 70.5, who=1, reason="Neurogenic claudication")
    c.dr(cc((LOINC, "24967-2", "MR Lumbar spine"), text="MRI lumbar spine without contrast"), "2026-09-28", [], "Grade 1 degenerative anterolisthesis L4 on L5 with severe central and bilateral lateral recess stenosis. Facet effusions.", cat=("RAD", "Radiology"), who=1)
    c.dr(cc(text="Lumbar spine flexion/extension radiographs"), "2026-10-15", [], "L4-5 anterolisthesis 6 mm in neutral increasing to 10 mm in flexion; dynamic instability.", cat=("RAD", "Radiology"), who=1)
    c.note("2026-10-15", "Neurosurgery consult", """18 months of bilateral buttock/leg pain with walking tolerance now 1 block. Failed PT x 12 weeks, gabapentin, 2 ESIs.
Exam: strength 5/5, reflexes symmetric. Imaging: dynamic L4-5 spondylolisthesis with severe stenosis.
Recommendation: L4-L5 laminectomy, posterior instrumented fusion with TLIF. Risks discussed. Patient wishes to proceed; surgery booked 1/12/2027.""", who=1, typ=("11488-4", "Consult note"))
    c.proc(cc((CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; single interspace, lumbar"),
              (SCT, "44946007", "Arthrodesis of lumbar spine"), text="L4-L5 laminectomy and instrumented posterior fusion (TLIF)"),
           "2027-01-12", status="preparation", reason=sp, who=1)
    c.sr(cc(text="Preoperative medical evaluation"), "2026-10-15", status="active", intent="order", who=1, performer="Preoperative Clinic")
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-20", 13.2, "g/dL", low=12.0, high=15.5)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-11-20", 2.1, "m[IU]/L", low=0.4, high=4.5)


@case("MAJOR_PROCEDURE_PLANNED", "positive", 8,
      summary="63M Parkinson's disease with motor fluctuations; bilateral subthalamic DBS proposed by movement-disorders team (ServiceRequest, plan) for Feb 2027",
      why="A ServiceRequest (status active, intent plan) for bilateral deep brain stimulator electrode implantation, a major neurosurgical procedure not yet performed.")
def p3c(c):
    c.setup("Stephen Douglas", "Albers", "male", "1963-03-11", "Auburn", "CA", "Kaiser Permanente Senior Advantage", plan="Medicare Advantage",
            clinicians=[("Vance, Rosalind", "Neurology - Movement Disorders"), ("Iqbal, Tariq", "Functional Neurosurgery")])
    pd = c.cond(cc((SCT, "49049000", "Parkinson's disease"), (ICD, "G20.B1", "Parkinson's disease with dyskinesia, without mention of fluctuations")), "2016-09-01", who=0)
    c.cond(cc((SCT, "191736004", "Obsessive-compulsive disorder"), text="Impulse control - none; mild anxiety") if False else cc((SCT, "197480006", "Anxiety disorder"), (ICD, "F41.9", "Anxiety disorder, unspecified")), "2019-01-01")
    c.med(None, "carbidopa-levodopa 25-100 MG Oral Tablet", "2016-10-01", dose="2 tablets five times daily", reason=pd)
    c.med(None, "rasagiline 1 MG Oral Tablet", "2020-02-01", dose="daily", reason=pd)
    c.med(None, "amantadine ER 137 MG capsule", "2024-04-01", dose="2 capsules at bedtime", reason=pd)
    for d, off, on in [("2026-05-20", 44, 18), ("2026-09-02", 46, 17)]:
        e = c.enc(d, "Movement disorders clinic", who=0)
        c.obs(cc(text="MDS-UPDRS Part III motor score (OFF medication)"), d, off, "{score}", cat="exam", enc=e)
        c.obs(cc(text="MDS-UPDRS Part III motor score (ON medication)"), d, on, "{score}", cat="exam", enc=e)
    c.obs(cc((LOINC, "72133-2", "Montreal Cognitive Assessment [MoCA]"), text="MoCA total score"), "2026-09-02", 27, "{score}", cat="survey", low=26)
    c.dr(cc((LOINC, "24590-2", "MR Brain"), text="MRI brain with and without contrast (stereotactic protocol)"), "2026-10-07", [], "No structural abnormality. Mild generalized volume loss.", cat=("RAD", "Radiology"), who=1)
    c.note("2026-10-28", "DBS candidacy conference", """Levodopa challenge: 62% improvement in UPDRS-III. Neuropsych: no dementia. Disabling wearing-off and peak-dose dyskinesia despite optimised medication (5h OFF time/day).
Consensus: good candidate for bilateral STN DBS. Patient and wife agree. Staged: electrodes then IPG.""", who=1, typ=("11488-4", "Consult note"))
    c.sr(cc((CPT, "61867", "Twist drill, burr hole, craniotomy, or craniectomy with stereotactic implantation of neurostimulator electrode array in subcortical site (eg, thalamus, globus pallidus, subthalamic nucleus...), with use of intraoperative microelectrode recording; first array"),
            (SCT, "428119001", "Deep brain stimulation"), text="Bilateral STN deep brain stimulation lead placement"),
         "2026-10-28", status="active", intent="plan", occ="2027-01-26", reason=pd, who=1)
    c.sr(cc((CPT, "61886", "Insertion or replacement of cranial neurostimulator pulse generator or receiver; with connection to 2 or more electrode arrays")),
         "2026-10-28", status="active", intent="plan", occ="2027-02-09", reason=pd, who=1)


@case("MAJOR_PROCEDURE_PLANNED", "near-miss", 0,
      summary="71F right total knee arthroplasty performed Sept 2026; in outpatient physiotherapy, no further surgery planned",
      why="The major procedure has already been performed (Procedure completed, ServiceRequest completed); nothing is pending.")
def p3n1(c):
    c.setup("Joan Patricia", "Szymanski", "female", "1955-02-14", "Chicago", "IL", "Medicare Part A/B", plan="Medicare",
            clinicians=[("Hartigan, Colleen", "Internal Medicine"), ("Mbeki, Thabo", "Orthopaedic Surgery")])
    c.cond(HTN, "2010-01-01")
    oa = c.cond(cc((SCT, "239873007", "Osteoarthritis of knee"), (ICD, "M17.11", "Unilateral primary osteoarthritis, right knee")), "2018-01-01", status="resolved", abate="2026-09-15")
    c.med("17767", "amlodipine 5 MG Oral Tablet", "2015-01-01", dose="daily")
    c.sr(cc((CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)")), "2026-07-20", status="completed", intent="order", occ="2026-09-15", reason=oa, who=1)
    ip = c.enc("2026-09-15", "Surgical admission", cls="IMP", end="2026-09-17", who=1)
    c.proc(cc((CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)"), (SCT, "609588000", "Total knee replacement")), "2026-09-15", reason=oa, who=1, enc=ip)
    c.note("2026-09-17", "Discharge summary", "Uncomplicated right TKA under spinal. Ambulating with walker. Apixaban 2.5 mg BID x 14 days for VTE prophylaxis. Home PT.", who=1, enc=ip, typ=("18842-5", "Discharge summary"))
    c.med("1364430", "apixaban 2.5 MG Oral Tablet", "2026-09-17", status="completed", dose="1 tablet twice daily for 14 days", who=1)
    for d in ["2026-09-29", "2026-11-10"]:
        e = visit(c, d, "Orthopaedic post-op visit", 132, 78, 72, 74.0, who=1)
        c.obs(cc(text="Knee flexion range of motion, right"), d, 95 if d < "2026-10" else 118, "deg", cat="exam", enc=e)
    c.note("2026-11-10", "Post-op visit 8 weeks", "Doing well. ROM 0-118. Walking without aids. Wound healed. Continue PT for 4 more weeks. Follow up 1 year with x-ray.", who=1)
    c.sr(cc((CPT, "97110", "Therapeutic exercises")), "2026-11-10", status="active", intent="order", who=1, performer="Outpatient Physical Therapy")


@case("MAJOR_PROCEDURE_PLANNED", "near-miss", 2,
      summary="68F with posterior capsule opacification after cataract surgery; Nd:YAG laser capsulotomy booked (office procedure)",
      why="The planned procedure is a minor outpatient laser procedure, not a major surgery or major invasive procedure.")
def p3n2(c):
    c.setup("Margaret Eileen", "Fitzgerald", "female", "1958-12-01", "Quincy", "MA", "Tufts Health Plan Medicare Preferred", plan="Medicare Advantage",
            clinicians=[("Brennan, Liam", "Ophthalmology")])
    c.cond(cc((SCT, "271737000", "Anemia"), text="Hypothyroidism") if False else cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E03.9", "Hypothyroidism, unspecified")), "2008-01-01")
    c.proc(cc((CPT, "66984", "Extracapsular cataract removal with insertion of intraocular lens prosthesis, without endoscopic cyclophotocoagulation")), "2024-03-12", who=0, note="Left eye")
    c.proc(cc((CPT, "66984", "Extracapsular cataract removal with insertion of intraocular lens prosthesis, without endoscopic cyclophotocoagulation")), "2024-04-09", who=0, note="Right eye")
    pco = c.cond(cc((SCT, "193590000", "Posterior capsule opacification"), (ICD, "H26.492", "Other secondary cataract, left eye")), "2026-10-21")
    c.cond(cc((SCT, "231834000", "Dry eye"), text="Dry eye syndrome, bilateral") , "2020-01-01")
    e = c.enc("2026-10-21", "Ophthalmology visit", reason="Blurred vision left eye")
    c.obs(cc((LOINC, "79882-7", "Visual acuity uncorrected Left eye"), text="Visual acuity OS (Snellen)"), "2026-10-21", text_value="20/50", cat="exam", enc=e)
    c.obs(cc((LOINC, "79880-1", "Visual acuity uncorrected Right eye"), text="Visual acuity OD (Snellen)"), "2026-10-21", text_value="20/25", cat="exam", enc=e)
    c.obs(cc(text="Intraocular pressure OS"), "2026-10-21", 15, "mm[Hg]", low=10, high=21, cat="exam", enc=e)
    c.obs(cc(text="Intraocular pressure OD"), "2026-10-21", 14, "mm[Hg]", low=10, high=21, cat="exam", enc=e)
    c.note("2026-10-21", "Ophthalmology visit", "Glare and blur OS for 3 months. Dense posterior capsule opacification OS, IOL well centred. Retina flat, macula normal on OCT. Plan YAG capsulotomy OS in clinic laser room.", enc=e)
    c.sr(cc((CPT, "66821", "Discission of secondary membranous cataract (opacified posterior lens capsule and/or anterior hyaloid); laser surgery (eg, YAG laser) (1 or more stages)")),
         "2026-10-21", status="active", intent="order", occ="2026-12-09", reason=pco)
    c.med(None, "carboxymethylcellulose 0.5% ophthalmic solution", "2020-01-01", dose="1 drop each eye four times daily as needed", stmt=True)
    c.med("10582", "levothyroxine sodium 50 MCG Oral Tablet", "2008-01-01", dose="daily", stmt=True)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-06-01", 2.6, "m[IU]/L", low=0.4, high=4.5)
    c.enc("2026-06-01", "Primary care visit")

# ---------------- 4 UNTREATABLE_PROGNOSIS ----------------
@case("UNTREATABLE_PROGNOSIS", "positive", 10,
      summary="84M stage D HFrEF (EF 15%), declined for LVAD/transplant; palliative CarePlan, 'no further treatment options'",
      why="Active end-stage heart failure with a palliative-care CarePlan and cardiology note stating no advanced therapy options; no second opinion recorded.")
def p4a(c):
    c.setup("Leonard Arthur", "Halvorsen", "male", "1942-10-05", "St. Paul", "MN", "Medicare Part A/B", plan="Medicare",
            clinicians=[("Lindgren, Erik", "Cardiology - Advanced Heart Failure"), ("Ostrowski, Dana", "Palliative Medicine")])
    hf = c.cond(cc((SCT, "84114007", "Heart failure"), (ICD, "I50.22", "Chronic systolic (congestive) heart failure"), text="HFrEF, stage D, NYHA IV"), "2018-02-01")
    c.cond(cc((SCT, "49436004", "Atrial fibrillation"), (ICD, "I48.20", "Chronic atrial fibrillation, unspecified")), "2019-01-01")
    c.med("20352", "carvedilol 3.125 MG Oral Tablet", "2018-03-01", dose="twice daily", reason=hf)
    c.med("4603", "furosemide 80 MG Oral Tablet", "2024-01-01", dose="twice daily", reason=hf)
    c.med("1364430", "apixaban 2.5 MG Oral Tablet", "2019-01-01", dose="twice daily")
    ip = c.enc("2026-10-03", "Inpatient admission", cls="IMP", end="2026-10-11", reason="Acute on chronic systolic heart failure", admit=("emd", "From accident/emergency department"))
    c.obs(("33762-6", "NT-proBNP [Mass/volume] in Serum or Plasma"), "2026-10-03", 14200, "pg/mL", high=450, enc=ip)
    c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-10-03", 2.1, "mg/dL", low=0.7, high=1.3, enc=ip)
    c.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction")), "2026-10-05", 15, "%", low=52, cat="imaging", enc=ip)
    c.note("2026-10-10", "Advanced heart failure consult", """Third HF admission in 6 months, inotrope-dependent for 48h, now weaned. EF 15%, severe functional MR, RV dysfunction.
Not a candidate for LVAD or heart transplantation (age, frailty, CKD). Not a TEER candidate given RV failure.
No further treatment options beyond symptom-directed therapy. Recommend transition to palliative/comfort-focused care. Discussed with patient and daughter; they agree.""", typ=("11488-4", "Consult note"), enc=ip)
    c.careplan("Palliative care plan - advanced heart failure", cc((SCT, "736373009", "Palliative care plan")), "2026-10-11", addresses=[hf], who=1,
               desc="Comfort-focused care at home. Home palliative team visits weekly. Diuretics for symptom relief. DNR/DNI, POLST completed.",
               activities=[("Home palliative care nursing visits", "in-progress"), ("Deactivate ICD shocks", "completed")])
    c.sr(cc((SCT, "306237005", "Referral to palliative care service")), "2026-10-11", status="completed", intent="order", who=0, performer=1, reason=hf)
    c.obs(cc((LOINC, "75320-2", "Advance directive"), text="Code status"), "2026-10-11", coded=cc((SCT, "304253006", "Not for resuscitation")), cat="survey")
    e = c.enc("2026-11-18", "Home visit - palliative", cls="HH", who=1)
    c.vitals("2026-11-18", e, 92, 58, 84, 68.0)
    c.note("2026-11-18", "Palliative home visit", "Comfortable at rest, dyspneic on transfers. Goals remain comfort at home. Morphine 2.5 mg prn dyspnea added.", who=1, enc=e)
    c.med("7052", "morphine sulfate 10 MG/5ML oral solution", "2026-11-18", dose="1.25 mL (2.5 mg) every 4 h as needed for dyspnea", who=1)


@case("UNTREATABLE_PROGNOSIS", "positive", 5,
      summary="56M decompensated alcohol-related cirrhosis (MELD 29), declined for transplant listing; hospice referral",
      why="Active end-stage liver disease with a hospice referral and hepatology note that no disease-directed options remain; no second opinion on record.")
def p4b(c):
    c.setup("Curtis Dale", "Fenwick", "male", "1970-07-29", "Galveston", "TX", "Texas Medicaid (STAR+PLUS)", plan="Medicaid",
            clinicians=[("Mehta, Priya", "Hepatology"), ("Boudreaux, Claire", "Internal Medicine")])
    ci = c.cond(cc((SCT, "420054005", "Alcoholic cirrhosis"), (ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites")), "2023-05-01")
    c.cond(cc((SCT, "7200002", "Alcoholism"), (ICD, "F10.20", "Alcohol dependence, uncomplicated")), "2015-01-01")
    c.cond(cc((SCT, "72836002", "Hepatic encephalopathy"), (ICD, "K76.82", "Hepatic encephalopathy")), "2026-06-01")
    c.med("6218", "lactulose 10 GM/15ML Oral Solution", "2026-06-01", dose="30 mL two to three times daily, titrate to 3 BMs")
    c.med("35619", "rifaximin 550 MG Oral Tablet", "2026-06-01", dose="twice daily")
    c.med("9997", "spironolactone 100 MG Oral Tablet", "2023-05-01", dose="daily")
    ip = c.enc("2026-10-22", "Inpatient admission", cls="IMP", end="2026-10-30", who=1, reason="Hepatic encephalopathy, tense ascites")
    c.obs(("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), "2026-10-22", 7.8, "mg/dL", low=0.1, high=1.2, enc=ip)
    c.obs(("6301-6", "INR in Platelet poor plasma by Coagulation assay"), "2026-10-22", 2.4, "{INR}", "{INR}", low=0.9, high=1.1, enc=ip)
    c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-10-22", 1.9, "mg/dL", low=0.7, high=1.3, enc=ip)
    c.obs(("2951-2", "Sodium [Moles/volume] in Serum or Plasma"), "2026-10-22", 127, "mmol/L", low=135, high=145, enc=ip)
    c.obs(cc(text="MELD-Na score"), "2026-10-23", 29, "{score}", cat="survey", enc=ip)
    c.proc(cc((CPT, "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), "2026-10-23", enc=ip, note="8 L removed, albumin given")
    c.note("2026-10-28", "Transplant hepatology consult", """MELD-Na 29. Active alcohol use until this admission (PEth 412), no sobriety period, lacks social support. Transplant selection committee 10/27: not a candidate for listing.
TIPS contraindicated (bilirubin, HE). No further disease-directed treatment available. Prognosis weeks to few months. Recommend hospice.""", typ=("11488-4", "Consult note"), enc=ip)
    c.sr(cc((SCT, "306205009", "Referral to hospice service"), text="Hospice referral - home hospice"), "2026-10-30", status="active", intent="order", who=1, reason=ci, performer="Bay Area Hospice of Galveston")
    c.cond(cc((SCT, "103735009", "Palliative care"), (ICD, "Z51.5", "Encounter for palliative care")), "2026-10-30", cat="encounter-diagnosis", enc=ip)


@case("UNTREATABLE_PROGNOSIS", "positive", 3,
      summary="70F newly diagnosed metastatic NSCLC, ECOG 4; oncologist: not a candidate for any systemic therapy, best supportive care only",
      why="Active metastatic lung cancer with an oncology note and Condition note stating no treatment options (best supportive care); palliative referral, no second opinion.")
def p4c(c):
    c.setup("Beverly Jean", "Honeycutt", "female", "1956-04-17", "Greensboro", "NC", "Medicare Part A/B", plan="Medicare",
            clinicians=[("Adeyemi, Olu", "Medical Oncology"), ("Nwosu, Chidi", "Internal Medicine")])
    c.cond(cc((SCT, "13645005", "Chronic obstructive lung disease"), (ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2015-01-01")
    lc = c.cond(cc((SCT, "254637007", "Non-small cell lung cancer"), (ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), text="NSCLC (adenocarcinoma) RUL, stage IVB"),
                "2026-10-14", note="Stage IVB (liver, bone, brain). EGFR/ALK/ROS1 negative, PD-L1 <1%. ECOG 4. Not a candidate for systemic therapy - no treatment options; best supportive care.")
    c.cond(cc((SCT, "94225005", "Secondary malignant neoplasm of brain"), (ICD, "C79.31", "Secondary malignant neoplasm of brain")), "2026-10-14")
    c.dr(cc((LOINC, "44136-0", "PET+CT Whole body"), text="PET/CT skull base to mid-thigh"), "2026-10-08", [], "4.2 cm FDG-avid RUL mass, multiple liver and osseous metastases.", cat=("RAD", "Radiology"))
    c.dr(cc((LOINC, "66117-3", "Pathology biopsy report")), "2026-10-14", [], "Liver, core biopsy: metastatic adenocarcinoma, TTF-1 positive, consistent with lung primary.", cat=("PAT", "Pathology"))
    c.obs(cc((LOINC, "89247-1", "ECOG Performance Status score")), "2026-11-02", coded=cc((LOINC, "LA29179-1", "Completely disabled; cannot carry on any selfcare; totally confined to bed or chair"), text="4"), cat="survey")
    c.obs(("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-11-02", 2.6, "g/dL", low=3.5, high=5.0)
    c.obs(("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-11-02", 10.9, "mg/dL", low=8.6, high=10.3)
    e = c.enc("2026-11-02", "Oncology consult", reason=lc)
    c.vitals("2026-11-02", e, 104, 62, 102, 49.0)
    c.note("2026-11-02", "Medical oncology consult", """Bedbound since mid-October, sleeps most of the day. Molecular testing negative for targetable drivers, PD-L1 <1%.
With ECOG 4 and rapid decline, she is not a candidate for chemotherapy, immunotherapy or clinical trials. No treatment options for the cancer itself. Recommend best supportive care and hospice enrollment. WBRT not recommended.
Family (son) wants 'everything done' but patient prefers to be at home.""", enc=e, typ=("11488-4", "Consult note"))
    c.sr(cc((SCT, "306237005", "Referral to palliative care service")), "2026-11-02", status="active", intent="order", reason=lc, performer="Community Palliative Care Team")
    c.med("8640", "dexamethasone 4 MG Oral Tablet", "2026-11-02", dose="twice daily")
    c.med("26225", "ondansetron 4 MG Oral Tablet", "2026-11-02", dose="every 8 h as needed")


@case("UNTREATABLE_PROGNOSIS", "near-miss", 6,
      summary="73F GOLD 4 COPD on palliative CarePlan; second opinion at a university pulmonary centre in June 2026 confirmed no transplant/LVR option",
      why="A second opinion for the same problem is already on record within the last 12 months (June 2026), so the flag is suppressed.")
def p4n1(c):
    c.setup("Arlene Faye", "Kowalczyk", "female", "1953-01-30", "Bismarck", "ND", "Medicare Part A/B", plan="Medicare",
            clinicians=[("Eide, Brynja", "Pulmonology"), ("Ramstad, Lars", "Palliative Medicine"), ("Weiss, Naomi", "Pulmonology (academic)")])
    copd = c.cond(cc((SCT, "313299006", "Severe chronic obstructive pulmonary disease"), (ICD, "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), text="COPD, GOLD 4, chronic hypoxemic respiratory failure"), "2012-01-01")
    c.med("69120", "tiotropium 2.5 MCG/ACTUAT inhalation spray", "2016-01-01", dose="2 puffs daily")
    c.med(None, "budesonide-formoterol 160-4.5 MCG/ACTUAT inhaler", "2016-01-01", dose="2 puffs twice daily")
    c.med(None, "home oxygen 3 L/min continuous", "2023-01-01", stmt=True)
    c.obs(("20150-9", "FEV1"), "2026-03-10", 0.52, "L", low=1.8, cat="procedure")
    c.obs(cc((LOINC, "20149-1", "FEV1 % predicted")), "2026-03-10", 22, "%", low=80, cat="procedure")
    c.careplan("Palliative care plan - end-stage COPD", cc((SCT, "736373009", "Palliative care plan")), "2026-04-02", addresses=[copd], who=1,
               desc="Prognosis limited; no disease-modifying options beyond current therapy. Symptom-focused care, opioid for refractory dyspnea, advance care planning completed.")
    so = c.sr(cc(text="Referral for second opinion - advanced lung disease program"), "2026-04-10", status="completed", intent="order", who=0, performer=2, reason=copd,
              reason_code=[cc(("http://terminology.hl7.org/CodeSystem/v2-0336", "S", "Second Opinion"))])
    e = c.enc("2026-06-16", cc((SCT, "11429006", "Consultation"), text="Second opinion consultation - Advanced Lung Disease Program"), who=2, reason=copd)
    c.note("2026-06-16", "Second opinion - advanced lung disease", """Referred for second opinion regarding end-stage COPD. Reviewed CT and PFTs: homogeneous emphysema, FEV1 22%, DLCO 19%, no target lobe for endobronchial valves or LVRS. Age and frailty exclude lung transplantation.
I agree with her pulmonologist's assessment and the palliative plan. Pulmonary rehab maintenance as tolerated.""", who=2, enc=e, typ=("11488-4", "Consult note"))
    for d in ["2026-08-19", "2026-11-04"]:
        ee = visit(c, d, "Pulmonology visit", 128, 74, 92, 51.0)
        c.obs(("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), d, 90, "%", cat="vital-signs", enc=ee, low=88, note="on 3 L O2")
    c.med("7052", "morphine sulfate 10 MG/5ML oral solution", "2026-04-02", dose="1 mL (2 mg) every 4 h as needed for dyspnea", who=1)


@case("UNTREATABLE_PROGNOSIS", "near-miss", 4,
      summary="62M ICU palliative-care consult during severe COVID-19 pneumonia in 2025; recovered fully, CarePlan completed, condition resolved",
      why="The palliative CarePlan is completed and the condition it addressed is resolved; there is no active condition with a no-treatment signal.")
def p4n2(c):
    c.setup("Samuel Kwame", "Asante", "male", "1964-09-09", "Tacoma", "WA", "Regence BlueShield",
            clinicians=[("Hollis, Greta", "Critical Care"), ("Tran, Bao", "Palliative Medicine"), ("Marsh, Evelyn", "Family Medicine")])
    t2 = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    c.cond(HTN, "2014-01-01")
    cov = c.cond(cc((SCT, "882784691000119100", "Pneumonia caused by SARS-CoV-2"), (ICD, "U07.1", "COVID-19")), "2025-01-12", status="resolved", abate="2025-03-01")
    c.cond(cc((SCT, "67782005", "Acute respiratory distress syndrome"), (ICD, "J80", "Acute respiratory distress syndrome")), "2025-01-15", status="resolved", abate="2025-02-10")
    ip = c.enc("2025-01-12", "ICU admission", cls="IMP", end="2025-02-14", who=0, reason=cov)
    c.careplan("Palliative care - goals of care (ICU)", cc((SCT, "736373009", "Palliative care plan")), "2025-01-24", status="completed", end="2025-02-14", addresses=[cov], who=1,
               desc="Goals-of-care meetings with family while on ECMO evaluation. Full treatment continued per patient's wishes. Closed on transfer to rehab after recovery.")
    c.note("2025-02-14", "Discharge summary", "Severe COVID-19 ARDS, intubated 18 days, tracheostomy decannulated 2/8. Palliative care co-managed goals of care. Recovered; discharged to inpatient rehab.", who=0, enc=ip, typ=("18842-5", "Discharge summary"))
    c.med("6809", "metformin hydrochloride 1000 MG Oral Tablet", "2014-01-01", dose="twice daily", reason=t2, who=2)
    c.med("52175", "losartan potassium 50 MG Oral Tablet", "2014-01-01", dose="daily", who=2)
    for d, a1c in [("2026-03-18", 6.9), ("2026-09-22", 6.8)]:
        e = visit(c, d, "Office visit", 128, 78, 70, 90.0, who=2)
        c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a1c, "%", high=5.7, enc=e)
        c.obs(("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), d, 97, "%", cat="vital-signs", enc=e, low=95)
    c.note("2026-09-22", "Office visit", "Back to full-time work as electrician. No dyspnea. PFTs 4/2026 normal. Diabetes controlled.", who=2)
    c.obs(("20150-9", "FEV1"), "2026-04-06", 3.4, "L", low=2.7, cat="procedure")
