from lib import *
from cases_ps_dm import case


# ---------------------------------------------------------------- MAJOR_PROCEDURE_PLANNED
@case("MAJOR_PROCEDURE_PLANNED", "positive",
      "15F neuroscience centre: drug-resistant focal epilepsy (left mesial temporal sclerosis); surgery conference recommends left anterior temporal lobectomy, ordered for 2027-01-14",
      "An open craniotomy for temporal lobectomy (CPT 61537) is ordered (ServiceRequest active/order) and not yet performed.")
def mp_temporal_lobectomy(cid):
    c = Case(cid, "lakeshore")
    c.org(npi="1790011225")
    ins = c.org("Blue Cross and Blue Shield of Illinois", npi="1801122336", typ="ins")
    c.patient(["Sofia", "E."], "Marchetti", "female", "2011-08-09", "LCN-6624810", "2615 Central St", "847-555-0116")
    epi = c.prac("Ines", "Moreau-Patel", "MD", "1023344558")
    nsg = c.prac("Gregory", "Halvorsen", "MD", "1134455669")
    npsy = c.prac("Leah", "Abramowitz", "PhD", "1245566770")
    c.coverage(ins, "XOJ882019374", "BCBSIL Blue Choice PPO", rel="child")
    ep = c.cond(cc((ICD, "G40.219", "Localization-related (focal) (partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures, intractable, without status epilepticus"),
                   (SCT, "230392002", "Temporal lobe epilepsy"), text="Drug-resistant left temporal lobe epilepsy"), "2019-05-01", asserter=epi,
                severity="Severe")
    c.cond(cc((SCT, "35489007", "Depressive disorder"), (ICD, "F32.1", "Major depressive disorder, single episode, moderate")), "2025-02-01", status="remission", abate="2025-12-01")
    for med, code, dose, st in [("levetiracetam", "114477", "levetiracetam 1500 mg BID (2019-2021, stopped: mood effects)", "stopped"),
                                ("lamotrigine", "28439", "lamotrigine 200 mg BID", "active"),
                                ("lacosamide", "623404", "lacosamide 150 mg BID", "active")]:
        c.medreq(rx(code, med), st, "2021-03-01" if st == "active" else "2019-05-01", dose, reason=ep, requester=epi)
    e1 = c.enc("2026-05-04", "IMP", "Epilepsy monitoring unit - presurgical evaluation", reason="Presurgical evaluation", prac=epi, end="2026-05-09")
    c.obs(cc((LNC, "11523-8", "EEG study"), text="Video-EEG monitoring 5 days"), "2026-05-08",
          "5 habitual focal impaired-awareness seizures, all with left anterior-mid temporal ictal onset. Interictal left temporal sharp waves.", "procedure", e1, "A")
    mri = c.obs(cc((LNC, "24590-2", "MR Brain WO and W contrast IV"), text="3T epilepsy-protocol MRI"), "2026-05-06",
                "Left hippocampal atrophy and T2/FLAIR hyperintensity consistent with left mesial temporal sclerosis. Otherwise normal.", "imaging", e1, "A")
    c.obs(cc(text="FDG-PET brain"), "2026-06-02", "Left temporal hypometabolism concordant with MRI and EEG.", "imaging", None, "A")
    c.note("2026-06-18", "consult", npsy, "Neuropsychological evaluation: verbal memory weakness; fMRI language left-dominant. Moderate risk of verbal memory decline with left ATL, discussed with family.", title="Neuropsychology report")
    c.survey(cc(text="Seizure frequency - focal impaired awareness seizures per month (parent diary)"), "2026-09-30", 5)
    c.survey(cc(text="Seizure frequency - focal impaired awareness seizures per month (parent diary)"), "2026-10-30", 4)
    e2 = c.enc("2026-10-22", typ="Multidisciplinary epilepsy surgery conference", reason="Surgical candidacy", prac=epi)
    c.note("2026-10-22", "consult", epi, """
Pediatric Epilepsy Surgery Conference. 15F with drug-resistant focal epilepsy (failed LEV, LTG, LCM; 4-6 seizures/month). Concordant left MTS on MRI, left temporal ictal onset, PET hypometabolism, left language.
Recommendation: left anterior temporal lobectomy with amygdalohippocampectomy. Estimated 65-75% chance of seizure freedom. Risks incl. verbal memory decline, visual field cut.
""", e2, title="Epilepsy surgery conference note")
    e3 = c.enc("2026-11-12", typ="Neurosurgery clinic - preoperative visit", cpt=("99244", "Office consultation"), reason="Temporal lobectomy planning", prac=nsg)
    sr = c.sr(cc((CPT, "61537", "Craniotomy for lobectomy, temporal lobe, without electrocorticography during surgery"),
                 text="Left anterior temporal lobectomy with amygdalohippocampectomy"), "active", "order", "2026-11-12",
              occ="2027-01-14T07:30:00-06:00", reason=ep, requester=nsg, performer=nsg, priority="routine",
              note="Consent signed by parents 11/12/2026. Pre-op labs and anesthesia clinic 01/05/2027. ICU bed requested.")
    c.task(cc(text="Prior authorization"), "requested", "2026-11-13", focus=sr, requester=nsg, business="Submitted to BCBSIL - pending")
    c.note("2026-11-12", "progress", nsg, "Reviewed conference recommendation. Family wishes to proceed. Surgery booked 01/14/2027. Hold nothing pre-op; continue ASMs.", e3)
    c.vitals("2026-11-12", e3, bp=(110, 68), hr=76, wt=54.0)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 13.2, "g/dL", "2026-11-12", 11.7, 15.3, e3)
    return c


@case("MAJOR_PROCEDURE_PLANNED", "positive",
      "58F integrated plan: L4-5 degenerative spondylolisthesis with stenosis; failed PT and epidural injections; L4-5 decompression and instrumented fusion ordered for 2027-01-20, prior auth pending",
      "An open lumbar decompression and instrumented fusion (CPT 22633/22840) is ordered and awaiting prior authorisation; not yet performed.")
def mp_lumbar_fusion(cid):
    c = Case(cid, "sierra")
    c.org(npi="1134567892")
    plan = c.org("Sierra Valley Health Plan", npi="1245678913", typ="ins")
    c.patient(["Rosalind", "K."], "Tremblay", "female", "1968-04-26", "SV-3390177", "5524 J St", "916-555-0147")
    pcp = c.prac("Karen", "Whitlock", "MD", "1356789124")
    spine = c.prac("Vikram", "Natarajan", "MD", "1467891235")
    pt = c.prac("Jodie", "Marsh", "DPT", "1578912346", prefix=None)
    c.coverage(plan, "SVH-330185220", "Sierra Valley Gold HMO")
    c.cond(cc((SCT, "40930008", "Hypothyroidism"), (ICD, "E06.3", "Autoimmune thyroiditis"), text="Hashimoto hypothyroidism"), "2014-01-01")
    c.medreq(rx("10582", "levothyroxine"), "active", "2014-01-01", "levothyroxine 75 mcg daily", requester=pcp)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.3, "m[IU]/L", "2026-06-02", 0.45, 4.5)
    sl = c.cond(cc((ICD, "M43.16", "Spondylolisthesis, lumbar region"), (SCT, "274152003", "Spondylolisthesis")), "2025-11-01", asserter=spine)
    st = c.cond(cc((ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), (SCT, "18347007", "Spinal stenosis of lumbar region")), "2025-11-01", asserter=spine)
    e1 = c.enc("2025-11-18", typ="Spine clinic new patient", cpt=("99204", "Office/outpatient visit new"), reason="Low back and bilateral leg pain with walking", prac=spine)
    c.obs(cc((LNC, "37835-6", "MR Lumbar spine WO contrast"), text="MRI lumbar spine"), "2025-12-02",
          "Grade 1 degenerative anterolisthesis L4 on L5 (6 mm) with severe central canal stenosis and bilateral lateral recess narrowing. Facet effusions.", "imaging", e1, "A")
    c.obs(cc(text="XR lumbar spine flexion/extension"), "2025-12-02", "Dynamic instability: translation 5 mm between flexion and extension at L4-5.", "imaging", e1, "A")
    c.sr(cc((CPT, "97110", "Therapeutic exercises"), text="Physical therapy - lumbar stabilization, 12 visits"), "completed", "order", "2025-11-18", reason=st, requester=spine, performer=pt)
    c.proc(cc((CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, lumbar or sacral, single level"), text="L4-5 transforaminal epidural steroid injection"),
           "completed", "2026-03-05", reason=st, performer=spine, outcome="Relief ~5 weeks")
    c.proc(cc((CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, lumbar or sacral, single level"), text="L4-5 transforaminal epidural steroid injection (repeat)"),
           "completed", "2026-07-09", reason=st, performer=spine, outcome="Minimal relief")
    for d, score in [("2026-03-05", 6), ("2026-07-09", 7), ("2026-11-03", 7)]:
        c.survey(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, score)
    c.survey(cc((LNC, "77863-2", "Oswestry Disability Index")), "2026-11-03", 48, note="ODI 48% (severe disability)")
    c.medreq(rx("25480", "gabapentin"), "active", "2026-01-10", "gabapentin 300 mg by mouth three times daily", reason=st, requester=spine)
    c.medreq(rx("41493", "meloxicam"), "active", "2025-11-18", "meloxicam 15 mg by mouth daily with food", reason=st, requester=spine)
    e2 = c.enc("2026-11-03", typ="Spine surgery consultation", cpt=("99215", "Office/outpatient visit est"), reason="Surgical discussion", prac=spine)
    c.vitals("2026-11-03", e2, bp=(132, 78), hr=72, wt=71.2, bmi=27.8)
    c.note("2026-11-03", "progress", spine, """
Spine surgery consult. 12 months of neurogenic claudication (walking tolerance 1 block), failed PT x12, 2 TFESIs, gabapentin/meloxicam. ODI 48%. Dynamic L4-5 instability.
Plan: L4-5 decompression and posterior instrumented fusion with TLIF. Tentative date 01/20/2027, pending prior authorization. Pre-op medical clearance with PCP, DEXA.
""", e2)
    srv = c.sr(cc((CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; single interspace, lumbar"),
                  (CPT, "22840", "Posterior non-segmental instrumentation"), text="L4-5 laminectomy, TLIF and posterior instrumented fusion"),
               "on-hold", "order", "2026-11-03", occ="2027-01-20", reason=[sl, st], requester=spine, performer=spine,
               note="On hold pending health plan prior authorization.")
    c.task(cc(text="Prior authorization request - inpatient spine surgery"), "in-progress", "2026-11-04", focus=srv, requester=spine,
           business="Clinical review by plan UM nurse", note="Documentation of failed conservative care attached.")
    c.sr(cc((CPT, "77080", "Dual-energy X-ray absorptiometry (DXA), bone density study, 1 or more sites; axial skeleton"), text="DEXA pre-op"), "active", "order", "2026-11-03", occ="2026-12-09", requester=spine)
    e3 = c.enc("2026-11-24", typ="Pre-operative medical evaluation", cpt=("99214", "Office/outpatient visit est"), reason="Pre-op clearance", prac=pcp)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.5, "%", "2026-11-24", None, 5.7, e3)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 13.6, "g/dL", "2026-11-24", 12.0, 15.5, e3)
    c.note("2026-11-24", "progress", pcp, "Pre-op evaluation for L4-5 fusion planned 1/20/27: low cardiac risk (RCRI 0). Cleared pending DEXA.", e3)
    return c


@case("MAJOR_PROCEDURE_PLANNED", "positive",
      "56M transplant network hepatology: alcohol-associated cirrhosis with refractory ascites needing biweekly paracentesis; TIPS (CPT 37182) in preparation for 2026-12-16",
      "A transjugular intrahepatic portosystemic shunt - an invasive interventional procedure with significant risk - is scheduled (Procedure status preparation) and not yet done.")
def mp_tips(cid):
    c = Case(cid, "midsouth")
    c.org(npi="1689900112")
    ins = c.org("TennCare - Amerigroup Community Care", npi="1790011220", typ="ins")
    c.patient(["Dwayne", "L."], "Hollister", "male", "1970-06-18", "MS-HEP-0092217", "1420 Jackson Ave", "901-555-0171")
    hep = c.prac("Anjali", "Srinivasan", "MD", "1891122334")
    ir = c.prac("Marcus", "Feldt", "MD", "1902233445")
    sw = c.prac("Tonya", "Greer", "LCSW", "1013344556", prefix=None)
    c.coverage(ins, "TN-AMG-7718203", "TennCare Medicaid", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"))
    cir = c.cond(cc((ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites"), (SCT, "420054005", "Alcoholic cirrhosis")), "2024-09-01", asserter=hep)
    asc = c.cond(cc((SCT, "389026000", "Ascites"), text="Refractory (diuretic-intractable) ascites"), "2026-03-01", asserter=hep)
    c.cond(cc((ICD, "F10.21", "Alcohol dependence, in remission"), (SCT, "7200002", "Alcoholism")), "2015-01-01", note="Last drink 02/2026. Attends AA; PEth negative x3.")
    c.cond(cc((SCT, "28670008", "Esophageal varices"), (ICD, "I85.10", "Secondary esophageal varices without bleeding")), "2024-10-01",
           note="Small varices on EGD 10/2024, on carvedilol")
    c.cond(cc((SCT, "236071009", "Spontaneous bacterial peritonitis"), text="SBP"), "2026-04-02", status="resolved", abate="2026-04-20")
    c.medreq(rx("20352", "carvedilol"), "active", "2024-10-15", "carvedilol 6.25 mg by mouth twice daily", reason=cir, requester=hep)
    c.medreq(rx("9997", "spironolactone"), "stopped", "2025-01-01", "spironolactone 200 mg daily - stopped 9/2026 for hyperkalemia/AKI", reason=asc, requester=hep)
    c.medreq(rx("4603", "furosemide"), "stopped", "2025-01-01", "furosemide 80 mg daily - stopped 9/2026 for AKI", reason=asc, requester=hep)
    c.medreq(rx("2551", "ciprofloxacin"), "active", "2026-04-20", "ciprofloxacin 500 mg daily (SBP secondary prophylaxis)", reason=cir, requester=hep)
    for d in ["2026-10-07", "2026-10-21", "2026-11-04", "2026-11-18"]:
        c.proc(cc((CPT, "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"), text="Large-volume paracentesis"),
               "completed", d, reason=asc, performer=ir, note="Removed 7-8 L; albumin 25% 8 g/L removed given.")
    e1 = c.enc("2026-11-10", typ="Hepatology clinic (transplant network)", cpt=("99215", "Office/outpatient visit est"), reason="Refractory ascites", prac=hep)
    c.vitals("2026-11-10", e1, bp=(102, 64), hr=70, wt=78.4)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 1.8, "mg/dL", "2026-11-10", 0.2, 1.2, e1)
    c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", 1.3, "{INR}", "2026-11-10", 0.9, 1.1, e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.1, "mg/dL", "2026-11-10", 0.7, 1.3, e1)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 131, "mmol/L", "2026-11-10", 135, 145, e1)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", 2.9, "g/dL", "2026-11-10", 3.5, 5.0, e1)
    c.obs(cc(text="MELD-Na score (calculated)"), "2026-11-10", 15, "laboratory", e1)
    c.obs(cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Transthoracic echocardiogram (pre-TIPS)"), "2026-11-12",
          "LVEF 60%, normal diastolic function, RVSP 28 mmHg. No contraindication to TIPS.", "imaging", e1, "N")
    c.note("2026-11-10", "progress", hep, """
Hepatology: Child-Pugh B8, MELD-Na 15. Diuretic-intractable ascites (AKI and hyperkalemia on diuretics), LVP every 2 weeks. Abstinent since Feb 2026. No overt HE.
Discussed options: continued serial LVP vs TIPS. Patient chooses TIPS. IR consult done; echo acceptable. Transplant evaluation not indicated at this MELD; revisit if decompensation.
""", e1)
    e2 = c.enc("2026-11-19", typ="Interventional radiology consultation", cpt=("99243", "Office consultation"), reason="TIPS planning", prac=ir)
    c.note("2026-11-19", "consult", ir, "IR consult: candidate for TIPS with 8-10 mm covered stent, general anesthesia. Risks incl. hepatic encephalopathy (~30%), liver failure, bleeding, stent dysfunction. Consent obtained. Scheduled 12/16/2026.", e2)
    c.proc(cc((CPT, "37182", "Insertion of transvenous intrahepatic portosystemic shunt(s) (TIPS)"), (SCT, "68989002", "Transjugular intrahepatic portosystemic shunt"),
              text="TIPS creation, covered stent"), "preparation", None, reason=[asc, cir], performer=ir,
           note="Scheduled 12/16/2026 08:00, IR suite 2, general anesthesia. Pre-procedure labs 12/14.")
    c.note("2026-11-19", "Social work note", sw, "Psychosocial: lives with sister, reliable transport, AA sponsor. Supports in place for post-TIPS monitoring.", title="Social work assessment")
    return c


@case("MAJOR_PROCEDURE_PLANNED", "near-miss",
      "66F integrated plan: right total knee arthroplasty performed 2026-10-06 (order completed), now in post-op rehab; left knee mild OA with no surgical plan",
      "The major procedure has already been performed (Procedure completed, ServiceRequest completed); nothing major is planned.")
def mp_nm_tka_done(cid):
    c = Case(cid, "cascadia")
    c.org(npi="1437112235", alias="CPMG Bellevue Medical Center")
    plan = c.org("Cascadia Health Plan of Washington", npi="1548223346", typ="ins")
    c.patient(["Janice", "M."], "Whitford", "female", "1960-02-14", "CP00290348", "14220 NE 8th St", "425-555-0192", city="Bellevue", zip_="98007")
    pcp = c.prac("Henry", "Osei", "MD", "1679012347")
    ortho = c.prac("Claire", "Vandermeer", "MD", "1689123458")
    pt = c.prac("Luis", "Carrasco", "PT", "1699234569", prefix=None)
    c.coverage(plan, "CHW4401183370", "Cascadia Medicare Advantage HMO", start="2025-03-01")
    oa = c.cond(cc((ICD, "M17.11", "Unilateral primary osteoarthritis, right knee"), (SCT, "239873007", "Osteoarthritis of knee")), "2019-06-01", status="resolved", abate="2026-10-06",
                note="Resolved by right TKA 10/2026")
    c.cond(cc((ICD, "M17.12", "Unilateral primary osteoarthritis, left knee"), (SCT, "239873007", "Osteoarthritis of knee")), "2023-01-01", severity="Mild")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2015-01-01")
    c.medreq(rx("17767", "amlodipine"), "active", "2016-01-01", "amlodipine 5 mg daily", reason=htn, requester=pcp)
    sr = c.sr(cc((CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)"),
                 text="Right total knee arthroplasty"), "completed", "order", "2026-07-22", occ="2026-10-06", reason=oa, requester=ortho, performer=ortho)
    e1 = c.enc("2026-10-06", "IMP", "Inpatient surgical admission", reason="Right TKA", prac=ortho, end="2026-10-07", disp="Home with home health PT")
    c.proc(cc((CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)"),
              (SCT, "609588000", "Total knee replacement"), text="Right total knee arthroplasty, cemented"), "completed", "2026-10-06T08:12:00-07:00", reason=oa,
           performer=ortho, enc=e1, based_on=sr, outcome="Uncomplicated", body=cc((SCT, "6757004", "Right knee region")))
    c.note("2026-10-07", "discharge", ortho, "POD1 discharge after uncomplicated right TKA under spinal anesthesia. Ambulating with walker. Apixaban 2.5 mg BID x 35 days for VTE prophylaxis. Home health PT.", e1)
    c.medreq(rx("1364430", "apixaban"), "completed", "2026-10-07", "apixaban 2.5 mg by mouth twice daily for 35 days", requester=ortho, reason_text="VTE prophylaxis after TKA")
    c.medreq(rx("7804", "oxycodone"), "completed", "2026-10-07", "oxycodone 5 mg every 6 h as needed, 20 tablets", requester=ortho, reason_text="Post-operative pain")
    e2 = c.enc("2026-10-20", typ="Post-operative visit (global period)", cpt=("99024", "Postoperative follow-up visit"), reason="Wound check", prac=ortho)
    c.note("2026-10-20", "progress", ortho, "2 weeks post right TKA. Incision healed, staples out. ROM 5-95. No calf tenderness.", e2)
    for d, rom in [("2026-10-27", "0-100"), ("2026-11-10", "0-110"), ("2026-11-24", "0-118")]:
        en = c.enc(d, typ="Outpatient physical therapy", cpt=("97110", "Therapeutic exercises"), reason="Rehab after right TKA", prac=pt)
        c.obs(cc(text="Right knee range of motion"), d, f"{rom} degrees", "exam", en)
    for d, score in [("2026-07-22", 8), ("2026-11-24", 2)]:
        c.survey(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, score)
    c.vitals("2026-11-24", None, bp=(126, 76), hr=70)
    c.note("2026-11-24", "progress", pt, "Discharged from PT. Walking community distances without device. Left knee occasional mild ache - no treatment needed beyond exercise.", title="PT discharge summary")
    return c


@case("MAJOR_PROCEDURE_PLANNED", "near-miss",
      "7M neuroscience centre: spastic diplegic cerebral palsy (GMFCS II); botulinum toxin injections to both calves with serial casting scheduled 2026-12-15",
      "Only a minor outpatient procedure (chemodenervation with casting, CPT 64642/64643) is planned; no major or invasive surgery.")
def mp_nm_botox(cid):
    c = Case(cid, "pinecrest")
    c.org(npi="1306998878")
    ins = c.org("Health First Colorado (Medicaid)", npi="1407887767", typ="ins")
    c.patient(["Elijah", "D."], "Wainwright", "male", "2019-03-03", "PC-3319480", "12044 E Alameda Ave", "303-555-0126", city="Aurora")
    pmr = c.prac("Naomi", "Castellano", "MD", "1851234568")
    pt = c.prac("Brooke", "Lindahl", "PT, DPT", "1962345679", prefix=None)
    c.coverage(ins, "HFC-K8802194", "Health First Colorado", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"), rel="child")
    cp = c.cond(cc((ICD, "G80.1", "Spastic diplegic cerebral palsy"), (SCT, "128188000", "Cerebral palsy")), "2020-08-01", asserter=pmr,
                note="Born at 29 weeks; periventricular leukomalacia. GMFCS level II.")
    c.cond(cc((SCT, "276606004", "Retinopathy of prematurity"), text="ROP stage 2, regressed"), "2019-04-15", status="resolved", abate="2019-10-01")
    c.cond(cc((ICD, "P07.33", "Preterm newborn, gestational age 30 completed weeks"), text="Prematurity 29 weeks"), "2019-03-03", status="inactive")
    e1 = c.enc("2026-06-11", typ="Spasticity clinic", cpt=("99214", "Office/outpatient visit est"), reason="Toe walking, tripping", prac=pmr)
    c.obs(cc(text="Modified Tardieu - gastrocnemius"), "2026-06-11", "R1 -10 deg / R2 +5 deg bilaterally (dynamic contracture)", "exam", e1, "A")
    c.obs(cc(text="Modified Ashworth Scale - plantarflexors"), "2026-06-11", "2 bilaterally", "exam", e1, "A")
    c.obs(cc(text="Gross Motor Function Classification System level"), "2026-06-11", "Level II", "exam", e1)
    c.proc(cc((CPT, "64642", "Chemodenervation of one extremity; 1-4 muscle(s)"), text="Botulinum toxin A to bilateral gastrocnemius"), "completed", "2025-11-20",
           reason=cp, performer=pmr, outcome="Good response for ~4 months")
    c.note("2026-06-11", "progress", pmr, "Increased toe walking over 6 months with growth. Dynamic equinus bilaterally. Plan repeat abobotulinumtoxinA to gastrocnemius/soleus with 3 weeks of serial casting; update AFOs. Orthopedic surgery not indicated (dynamic component predominant).", e1)
    c.sr(cc((CPT, "64642", "Chemodenervation of one extremity; 1-4 muscle(s)"), (CPT, "64643", "Chemodenervation of one extremity; each additional extremity, 1-4 muscle(s)"),
            text="AbobotulinumtoxinA injection bilateral gastrocnemius/soleus, ultrasound guided, with nitrous oxide"), "active", "order", "2026-11-02",
         occ="2026-12-15T08:30:00-07:00", reason=cp, requester=pmr, performer=pmr, note="Outpatient procedure room; no general anesthesia.")
    c.medreq(cc((HCPCS, "J0586", "Injection, abobotulinumtoxinA, 5 units"), text="abobotulinumtoxinA (Dysport) 10 units/kg/leg"), "active", "2026-11-02",
             "Total 480 units divided bilateral gastrocnemius/soleus, single clinic administration", reason=cp, requester=pmr)
    c.sr(cc((CPT, "29405", "Application of short leg cast (below knee to toes)"), text="Serial casting bilateral, weekly x3"), "active", "order", "2026-11-02",
         occ_period={"start": "2026-12-29", "end": "2027-01-12"}, reason=cp, requester=pmr, performer=pt)
    c.sr(cc((HCPCS, "L1970", "Ankle foot orthosis, plastic with ankle joint, custom fabricated"), text="Hinged AFOs bilateral"), "active", "order", "2026-11-02", reason=cp, requester=pmr)
    e2 = c.enc("2026-11-02", typ="Spasticity clinic", cpt=("99214", "Office/outpatient visit est"), reason="Pre-injection planning", prac=pmr)
    c.vitals("2026-11-02", e2, wt=24.0)
    c.note("2026-10-15", "School therapy report", pt, "School PT (Aurora Public Schools IEP): walks independently on campus, falls 2-3x/week on playground. Goals: stairs alternating feet.", title="School PT progress report")
    c.medreq(rx("6711", "melatonin"), "active", "2024-01-01", "melatonin 3 mg at bedtime", requester=pmr)
    return c


# ---------------------------------------------------------------- UNTREATABLE_PROGNOSIS
@case("UNTREATABLE_PROGNOSIS", "positive",
      "66M transplant network: end-stage ischaemic cardiomyopathy (EF 15%, inotrope dependent); selection committee declines heart transplant and LVAD; palliative inotrope and hospice referral; no second opinion",
      "Committee letter states no advanced heart-failure therapy options; palliative CarePlan and hospice referral are active and no second opinion is on record.")
def up_heart_declined(cid):
    c = Case(cid, "heartland")
    c.org(npi="1265544333")
    ins = c.org("Medicare Part A/B", npi="1376655444", typ="pay")
    c.patient(["Ronald", "E."], "Sikorski", "male", "1960-09-27", "HRT-2203318", "811 N 52nd St", "402-555-0109")
    hf = c.prac("Adaeze", "Nwosu", "MD", "1487766555")
    coord = c.prac("Janelle", "Ortiz", "RN, CCTC", "1598877666", prefix=None)
    pal = c.prac("Stephen", "Kaminski", "MD", "1609988777")
    c.coverage(ins, "1EG4-TE5-MK72", "Medicare Original", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"), start="2025-09-01")
    hfr = c.cond(cc((SCT, "703272007", "Heart failure with reduced ejection fraction"), (ICD, "I50.22", "Chronic systolic (congestive) heart failure"), text="Ischemic cardiomyopathy, stage D HFrEF"),
                 "2017-03-01", asserter=hf, stage="ACC/AHA Stage D, NYHA IV")
    c.cond(cc((SCT, "49436004", "Atrial fibrillation"), (ICD, "I48.21", "Permanent atrial fibrillation")), "2021-01-01")
    c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b"), (SCT, "700379002", "Chronic kidney disease stage 3B")), "2024-05-01")
    c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2012-01-01")
    c.proc(cc((CPT, "33249", "Insertion or replacement of permanent implantable defibrillator system"), text="CRT-D implant"), "completed", "2019-06-11", reason=hfr, performer=hf)
    c.proc(cc((SCT, "232717009", "Coronary artery bypass grafting"), text="CABG x4"), "completed", "2017-03-15", reason=hfr)
    c.medreq(cc(text="milrinone 0.375 mcg/kg/min continuous IV infusion via PICC (home infusion)"), "active", "2026-08-20", "continuous infusion", reason=hfr, requester=hf)
    c.medreq(rx("4603", "furosemide"), "active", "2024-01-01", "furosemide 80 mg by mouth twice daily", reason=hfr, requester=hf)
    c.medreq(rx("1364430", "apixaban"), "active", "2021-01-01", "apixaban 5 mg by mouth twice daily", requester=hf, reason_text="Atrial fibrillation")
    e1 = c.enc("2026-09-14", "IMP", "Inpatient advanced heart failure evaluation", reason="Transplant/LVAD evaluation", prac=hf, end="2026-09-19")
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-09-15", ("15", "%") and None, "imaging", e1, "A")
    c.entries[-1]["resource"]["valueQuantity"] = {"value": 15, "unit": "%", "system": UCUM, "code": "%"}
    c.obs(cc(text="Right heart catheterization"), "2026-09-16", "RA 18, PA 62/30, PCWP 28, CI 1.6 on milrinone, PVR 4.2 WU, RA:PCWP 0.64", "procedure", e1, "A")
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 9840, "pg/mL", "2026-09-15", None, 900, e1)
    c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", 34, "mL/min/{1.73_m2}", "2026-09-15", 60, None, e1)
    c.obs(cc(text="Frailty assessment (Fried phenotype)"), "2026-09-17", "4/5 criteria - frail", "exam", e1, "A")
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 11200, "pg/mL", "2026-11-16", None, 900)
    e2 = c.enc("2026-10-29", typ="Heart transplant selection committee", reason="Candidacy decision", prac=hf)
    c.note("2026-10-29", "Selection committee note", coord, """
Heartland Heart Transplant & MCS Selection Committee - 10/29/2026
Candidate: 66M, ischemic CM, stage D, milrinone-dependent.
Decision: NOT a candidate for heart transplantation (frailty 4/5, CKD 3b with eGFR 34, age, PVR 4.2 with limited reversibility) and NOT a candidate for durable LVAD (severe RV dysfunction, RA:PCWP 0.64, frailty).
No advanced heart failure therapy options are available at this program. Recommend palliative inotrope therapy and referral to palliative care/hospice. Letter sent to patient.
""", e2, title="Transplant/MCS selection committee decision")
    ci = c.ci("2026-10-29", "Stage D HFrEF; declined for transplant and LVAD; no further advanced therapies; transition to palliative inotropes and hospice discussion.", hf, problems=[hfr])
    cp = c.careplan("Palliative care plan - advanced heart failure", cc((SCT, "103735009", "Palliative care"), text="Palliative care"), "active", "2026-11-05",
                    "Palliative home milrinone for symptom relief, ICD shock therapy deactivation discussed, goals of care and hospice transition.", [
                        "Home milrinone infusion for symptom palliation", "ICD deactivation discussion", "Hospice enrollment when patient ready"],
                    addresses=hfr, author=pal)
    c.sr(cc((SCT, "305336008", "Referral to hospice service"), text="Referral to hospice"), "active", "order", "2026-11-05", reason=hfr, requester=pal)
    e3 = c.enc("2026-11-16", typ="Palliative care clinic", cpt=("99215", "Office/outpatient visit est"), reason="Goals of care", prac=pal)
    c.note("2026-11-16", "consult", pal, "Goals of care. Patient and wife understand that the transplant team found no further options. Wants to remain at home. DNR discussed; undecided.", e3)
    c.vitals("2026-11-16", e3, bp=(88, 56), hr=74, wt=79.6)
    return c


@case("UNTREATABLE_PROGNOSIS", "positive",
      "79M integrated plan: very severe COPD (GOLD 4, FEV1 24%) on home oxygen; pulmonology finds him not a candidate for valves, LVRS or transplant and states no further disease-directed options; palliative care referral and CarePlan",
      "Pulmonology documents that no further disease-directed treatment options exist and a palliative CarePlan/referral is active; no second opinion on record.")
def up_copd(cid):
    c = Case(cid, "greatlakes")
    c.org(npi="1124455669")
    plan = c.org("Great Lakes Integrated Health Plan - Medicare Advantage", npi="1235566770", typ="ins")
    c.patient(["Walter", "J."], "Dombrowski", "male", "1947-04-02", "GL-0012260-1", "912 Point Place Rd", "419-555-0177")
    pcp = c.prac("Nadia", "Haddad", "DO", "1346677881")
    pulm = c.prac("Farid", "Rahimi", "MD", "1457788992")
    pal = c.prac("Gwen", "Albrecht", "NP", "1568899002", prefix=None)
    c.coverage(plan, "GLM-112044901", "GLIH Medicare Advantage HMO", start="2012-04-01")
    copd = c.cond(cc((SCT, "13645005", "Chronic obstructive lung disease"), (ICD, "J43.2", "Centrilobular emphysema")), "2009-01-01",
                  asserter=pulm, stage="GOLD 4, group E", severity="Severe")
    c.cond(cc((ICD, "J96.11", "Chronic respiratory failure with hypoxia"), text="Chronic hypoxic respiratory failure, home O2 2 L"), "2023-05-01")
    htn = c.cond(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2004-01-01")
    c.cond(cc((SCT, "64859006", "Osteoporosis"), (ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2020-01-01")
    c.medreq(cc((RXN, "1927986", "fluticasone furoate / umeclidinium / vilanterol Dry Powder Inhaler"), text="Trelegy Ellipta 100/62.5/25"), "active", "2022-01-01", "1 inhalation daily", reason=copd, requester=pulm)
    c.medreq(rx("435", "albuterol"), "active", "2009-01-01", "2.5 mg nebulized every 4 h as needed", reason=copd, requester=pulm)
    c.medreq(rx("18631", "azithromycin"), "active", "2024-02-01", "azithromycin 250 mg three times weekly", reason=copd, requester=pulm)
    c.medreq(rx("17767", "amlodipine"), "active", "2010-01-01", "amlodipine 5 mg daily", reason=htn, requester=pcp)
    c.sr(cc((HCPCS, "E1390", "Oxygen concentrator, single delivery port"), text="Home oxygen 2 L/min continuous"), "active", "order", "2023-05-10", reason=copd, requester=pulm)
    for a, b in [("2026-03-02", "2026-03-07"), ("2026-08-11", "2026-08-18")]:
        e = c.enc(a, "IMP", "Inpatient admission", reason="COPD exacerbation", end=b, disp="Home")
    c.note("2026-08-18", "discharge", pcp, "Admitted with AECOPD and hypercapnia (pCO2 62), required BiPAP x 2 days. Steroids/antibiotics. Discharged on 3 L O2. Second admission this year.", e)
    c.lab("20150-9", "FEV1", 0.71, "L", "2025-06-10", None, None, interp=None)
    c.obs(cc((LNC, "19926-5", "FEV1/FVC"), text="Spirometry post-bronchodilator"), "2026-10-06", "FEV1 0.68 L (24% predicted), FEV1/FVC 0.34, DLCO 18% predicted", "procedure", None, "A")
    c.obs(cc(text="CT chest (emphysema protocol)"), "2026-10-06", "Severe homogeneous centrilobular and panlobular emphysema without target lobe; incomplete fissures.", "imaging", None, "A")
    e2 = c.enc("2026-10-13", typ="Pulmonology clinic", cpt=("99215", "Office/outpatient visit est"), reason="Advanced COPD options", prac=pulm)
    c.vitals("2026-10-13", e2, bp=(132, 74), hr=96, spo2=89, wt=58.2, bmi=19.1)
    c.survey(cc((LNC, "89637-3", "CAT [COPD assessment] score"), text="CAT (COPD assessment) total score"), "2026-10-13", 31, e2)
    c.note("2026-10-13", "progress", pulm, """
Pulmonology: 79M very severe COPD, FEV1 24%, DLCO 18%, homogeneous emphysema with incomplete fissures, 2 hospitalizations in 2026, mMRC 4.
Not a candidate for endobronchial valves (homogeneous disease, collateral ventilation), lung volume reduction surgery (DLCO <20%, homogeneous) or lung transplant (age, BMI/frailty).
There are no further disease-directed treatment options beyond current maximal inhaled therapy, azithromycin and oxygen. Pulmonary rehab completed 2025. Recommend palliative care referral for dyspnea management and advance care planning.
""", e2)
    c.sr(cc((SCT, "306237005", "Referral to palliative care service"), text="Referral to palliative care"), "active", "order", "2026-10-13", reason=copd, requester=pulm)
    c.careplan("Palliative care - advanced COPD", cc((SCT, "103735009", "Palliative care")), "active", "2026-11-03",
               "Symptom-focused care for refractory dyspnea; advance care planning; POLST; low-dose opioid for dyspnea; caregiver support.",
               ["Low-dose morphine for refractory dyspnea", "POLST completion", "Home health nursing"], addresses=copd, author=pal)
    e3 = c.enc("2026-11-03", "HH", "Home palliative care visit", reason="Dyspnea, goals of care", prac=pal)
    c.note("2026-11-03", "consult", pal, "Home visit. Breathless with ADLs. Patient: 'they told me there is nothing more they can do for my lungs.' POLST: full treatment except intubation.", e3)
    c.medreq(rx("7052", "morphine"), "active", "2026-11-03", "morphine oral solution 2.5 mg every 4 h as needed for dyspnea", requester=pal, reason=copd)
    return c


@case("UNTREATABLE_PROGNOSIS", "positive",
      "6M neuroscience centre: severe hypoxic-ischaemic brain injury after submersion in June 2026; minimally conscious; rehabilitation team documents no treatment to improve neurological outcome; paediatric palliative CarePlan",
      "Neurology/rehabilitation note states no further treatment options for neurological recovery and a palliative CarePlan is active; no second opinion on record.")
def up_anoxic(cid):
    c = Case(cid, "gulfcoast")
    c.org(npi="1609988777")
    ins = c.org("Texas Medicaid - Superior HealthPlan STAR Kids", npi="1700099888", typ="ins")
    c.patient(["Josiah", "R."], "Fontenot", "male", "2020-07-19", "GCK-5520841", "3318 Broadway St", "832-555-0166", city="Pearland", zip_="77581")
    neuro = c.prac("Adriana", "Velasquez", "MD", "1811100999")
    rehab = c.prac("Trevor", "Blackmon", "MD", "1922211000")
    pal = c.prac("Miriam", "Hollis", "MD", "1033322111")
    c.coverage(ins, "STK-TX-55081122", "STAR Kids", typ=("http://terminology.hl7.org/CodeSystem/v3-ActCode", "SUBSIDIZ", "subsidized health program"), rel="child")
    hie = c.cond(cc((ICD, "G93.1", "Anoxic brain damage, not elsewhere classified"), (SCT, "389098007", "Hypoxic ischemic encephalopathy"), text="Severe hypoxic-ischemic brain injury after submersion"),
                 "2026-06-21", asserter=neuro, severity="Severe")
    c.cond(cc((ICD, "T75.1XXS", "Unspecified effects of drowning and nonfatal submersion, sequela"), text="Nonfatal submersion (backyard pool) 06/21/2026"), "2026-06-21", status="inactive")
    epi = c.cond(cc((ICD, "G40.409", "Other generalized epilepsy and epileptic syndromes, not intractable, without status epilepticus"), text="Post-anoxic epilepsy with myoclonus"), "2026-07-02", asserter=neuro)
    c.cond(cc((SCT, "40739000", "Dysphagia"), text="Oropharyngeal dysphagia - gastrostomy-fed"), "2026-07-28")
    e1 = c.enc("2026-06-21", "IMP", "PICU admission", reason="Drowning, cardiac arrest (downtime ~18 min)", prac=neuro, end="2026-07-30", disp="Inpatient rehabilitation")
    c.obs(cc((LNC, "24590-2", "MR Brain WO and W contrast IV"), text="MRI brain day 4"), "2026-06-25",
          "Diffuse restricted diffusion of bilateral basal ganglia, thalami and cerebral cortex, consistent with severe global hypoxic-ischemic injury.", "imaging", e1, "A")
    c.obs(cc((LNC, "11523-8", "EEG study")), "2026-06-23", "Severely suppressed, discontinuous background with multifocal myoclonic discharges.", "procedure", e1, "A")
    c.proc(cc((CPT, "43246", "Esophagogastroduodenoscopy, flexible, transoral; with directed placement of percutaneous gastrostomy tube"), text="PEG placement"), "completed", "2026-07-28",
           reason=hie, enc=e1)
    e2 = c.enc("2026-07-30", "IMP", "Inpatient rehabilitation", reason="Disorder of consciousness rehabilitation", prac=rehab, end="2026-10-09", disp="Home with nursing")
    c.obs(cc(text="Coma Recovery Scale-Revised (CRS-R) total"), "2026-10-05", 7, "exam", e2, note="Auditory 1, visual 1, motor 2, oromotor 1, communication 0, arousal 2 - unchanged over 6 weeks")
    c.note("2026-10-09", "discharge", rehab, """
Inpatient rehab discharge. 10 weeks of intensive rehab; amantadine trial 6 weeks without change. Remains in a minimally conscious state minus (CRS-R 7), spastic quadriparesis, G-tube fed.
Prognosis for meaningful neurological recovery is very poor. There is no further treatment available to improve his neurological outcome; care now focused on comfort, seizure control, tone management and family support.
""", e2)
    c.medreq(rx("114477", "levetiracetam"), "active", "2026-07-02", "levetiracetam 300 mg per G-tube twice daily", reason=epi, requester=neuro)
    c.medreq(rx("1292", "baclofen"), "active", "2026-08-15", "baclofen 5 mg per G-tube three times daily", reason=hie, requester=rehab)
    c.medreq(rx("2623", "clonazepam"), "active", "2026-08-01", "clonazepam 0.125 mg per G-tube twice daily", reason=epi, requester=neuro)
    cp = c.careplan("Pediatric palliative care plan", cc((SCT, "103735009", "Palliative care")), "active", "2026-10-09",
                    "Concurrent pediatric palliative care: symptom management (dystonia, secretions, seizures), goals of care, DNAR discussion with parents, home nursing.",
                    ["Home nursing 40 h/week", "Glycopyrrolate for secretions", "Goals-of-care meetings monthly"], addresses=hie, author=pal)
    e3 = c.enc("2026-11-12", typ="Complex care / palliative clinic", cpt=("99215", "Office/outpatient visit est"), reason="Goals of care", prac=pal)
    c.note("2026-11-12", "progress", pal, "Parents understand neurology and rehab consider there are no treatment options for recovery. Parents wish to focus on comfort at home. Continue comfort-focused plan; follow up 4 weeks.", e3)
    c.vitals("2026-11-12", e3, hr=104, wt=18.1, temp=36.9)
    c.medreq(rx("4850", "glycopyrrolate"), "active", "2026-10-09", "glycopyrrolate 0.4 mg per G-tube three times daily as needed for secretions", requester=pal, reason=hie)
    return c


@case("UNTREATABLE_PROGNOSIS", "near-miss",
      "61M transplant network: decompensated alcohol-related cirrhosis, declined for liver transplant; outside transplant centre second opinion (Sept 2026) concurred; hospice CarePlan",
      "A no-treatment signal exists (declined listing, hospice) but a second opinion on the same problem is on record within the last 12 months, so the flag is suppressed.")
def up_nm_liver_2nd(cid):
    c = Case(cid, "midsouth")
    c.org(npi="1689900113")
    outside = c.org("Vanderbilt-area Academic Transplant Center (outside)", npi="1790011221")
    ins = c.org("BlueCross BlueShield of Tennessee", npi="1891122330", typ="ins")
    c.patient(["Curtis", "B."], "Ledbetter", "male", "1965-03-30", "MS-HEP-0088104", "2785 Summer Ave", "901-555-0152")
    hep = c.prac("Anjali", "Srinivasan", "MD", "1891122335")
    outhep = c.prac("Philip", "Aldana", "MD", "1902233446")
    hos = c.prac("Lorraine", "Mabry", "MD", "1013344557")
    c.coverage(ins, "BCT-ZQ8812044", "BlueCross Network P PPO")
    cir = c.cond(cc((ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites"), (SCT, "420054005", "Alcoholic cirrhosis")), "2021-05-01", asserter=hep)
    c.cond(cc((ICD, "K76.82", "Hepatic encephalopathy"), (SCT, "13920009", "Hepatic encephalopathy")), "2025-11-01")
    c.cond(cc((ICD, "F10.20", "Alcohol dependence, uncomplicated"), (SCT, "7200002", "Alcoholism")), "2010-01-01", note="Relapse 05/2026")
    c.cond(cc((SCT, "28670008", "Esophageal varices"), (ICD, "I85.11", "Secondary esophageal varices with bleeding")), "2025-02-01")
    c.medreq(rx("35619", "rifaximin"), "active", "2025-11-01", "rifaximin 550 mg twice daily", requester=hep, reason=cir)
    c.medreq(rx("6218", "lactulose"), "active", "2025-11-01", "lactulose 20 g three times daily, titrate to 2-3 BMs", requester=hep, reason=cir)
    e1 = c.enc("2026-06-22", "IMP", "Inpatient admission", reason="Variceal bleed, HE", end="2026-06-29", disp="Home")
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 8.9, "mg/dL", "2026-06-24", 0.2, 1.2, e1)
    c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", 2.3, "{INR}", "2026-06-24", 0.9, 1.1, e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.9, "mg/dL", "2026-06-24", 0.7, 1.3, e1)
    c.obs(cc(text="MELD-Na score (calculated)"), "2026-06-24", 29, "laboratory", e1)
    e2 = c.enc("2026-07-09", typ="Liver transplant selection committee", reason="Candidacy", prac=hep)
    c.note("2026-07-09", "Selection committee note", hep, """
Mid-South Liver Transplant Selection Committee 07/09/2026: 61M, MELD-Na 29, alcohol relapse 05/2026 with continued use, no engagement in treatment, inadequate caregiver support.
Decision: declined for liver transplant listing. Not a TIPS candidate (MELD, HE). Recommend palliative care involvement.
""", e2, title="Liver transplant committee decision")
    sr2 = c.sr(cc((SCT, "103696004", "Patient referral to specialist"), text="Second opinion - outside liver transplant center"), "completed", "order", "2026-07-20",
               requester=hep, performer=outside, reason=cir, note="Patient/family requested independent second opinion.")
    e3 = c.enc("2026-09-02", typ="Outside second-opinion consultation (liver transplant)", reason="Second opinion on transplant candidacy", prac=outhep, org=outside)
    c.note("2026-09-02", "consult", outhep, """
Second opinion - outside academic liver transplant program. Records and imaging reviewed, patient and daughter seen.
Agree with Mid-South committee: not a transplant candidate at this time given ongoing alcohol use and lack of support; would not list. Concur with palliative focus.
""", e3, title="Second opinion consultation")
    e4 = c.enc("2026-10-30", typ="Hepatology clinic", cpt=("99215", "Office/outpatient visit est"), reason="Decompensated cirrhosis", prac=hep)
    c.vitals("2026-10-30", e4, bp=(96, 58), hr=88, wt=70.2)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 11.4, "mg/dL", "2026-10-30", 0.2, 1.2, e4)
    c.note("2026-10-30", "progress", hep, "Progressive jaundice, HE grade 1-2. Outside second opinion concurred. Patient elects hospice. Referral placed.", e4)
    c.careplan("Hospice plan of care - end-stage liver disease", cc((SCT, "385763009", "Hospice care")), "active", "2026-11-06",
               "Home hospice: comfort care, lactulose/rifaximin for HE, paracentesis as needed for comfort.", ["Home hospice nursing", "Comfort paracentesis PRN"],
               addresses=cir, author=hos)
    return c


@case("UNTREATABLE_PROGNOSIS", "near-miss",
      "13F neuroscience centre: migraine with aura improving on preventive; MRI shows incidental 9 mm pineal cyst - neurosurgery: 'no treatment is required'",
      "'No treatment required' refers to a benign incidental finding, not a condition without treatment options; migraine is responding to treatment and there is no palliative plan.")
def up_nm_pineal(cid):
    c = Case(cid, "pinecrest")
    c.org(npi="1306998879")
    ins = c.org("Front Range Commercial Health Plan", npi="1407887768", typ="ins")
    c.patient(["Harper", "G."], "Lindqvist-Moore", "female", "2013-04-11", "PC-4481922", "6710 S Holly Cir", "303-555-0181", city="Centennial", zip_="80122")
    hc = c.prac("Hannah", "Weitzel", "MD", "1851234569")
    nsg = c.prac("Julian", "Okafor", "MD", "1962345670")
    c.coverage(ins, "COK-99120483", "Colorado Commercial HMO Family", rel="child")
    mig = c.cond(cc((ICD, "G43.109", "Migraine with aura, not intractable, without status migrainosus"), (SCT, "4473006", "Migraine with aura")), "2025-10-01", asserter=hc)
    cyst = c.cond(cc((SCT, "21627009", "Cyst of pineal gland"), (ICD, "E34.8", "Other specified endocrine disorders"), text="Incidental pineal cyst 9 mm"), "2026-09-16", asserter=nsg)
    e1 = c.enc("2026-08-25", typ="Headache clinic new patient", cpt=("99204", "Office/outpatient visit new"), reason="Headaches with visual aura", prac=hc)
    c.survey(cc(text="Headache days in past 30 days (diary)"), "2026-08-25", 8, e1)
    c.note("2026-08-25", "consult", hc, "13F with monthly-to-weekly headaches preceded by zig-zag lines for 20 min. Normal exam. Migraine with aura. Because of atypical prolonged aura once (50 min), MRI brain. Start low-dose topiramate (family prefers to avoid a beta-blocker).", e1)
    c.medreq(rx("38404", "topiramate"), "active", "2026-08-25", "topiramate 25 mg twice daily", reason=mig, requester=hc)
    mri = c.obs(cc((LNC, "24590-2", "MR Brain WO and W contrast IV")), "2026-09-10",
                "9 mm simple pineal cyst with thin rim enhancement, no mass effect on tectum or aqueduct, no hydrocephalus. Brain otherwise normal.", "imaging", e1, "A")
    e2 = c.enc("2026-09-16", "VR", "Neurosurgery e-consult", reason="Pineal cyst", prac=nsg)
    c.note("2026-09-16", "consult", nsg, """
Neurosurgery e-consult: 9 mm simple pineal cyst, incidental and unrelated to her migraine aura. Benign finding. No treatment is required and no further imaging is needed. No activity restrictions.
""", e2, title="Neurosurgery e-consult")
    e3 = c.enc("2026-11-10", typ="Headache clinic follow-up", cpt=("99214", "Office/outpatient visit est"), reason="Migraine follow-up", prac=hc)
    c.survey(cc(text="Headache days in past 30 days (diary)"), "2026-11-10", 3, e3)
    c.survey(cc(text="PedMIDAS total score"), "2026-11-10", 8, e3)
    c.vitals("2026-11-10", e3, bp=(104, 62), wt=45.8)
    c.note("2026-11-10", "progress", hc, "Migraine improved: 3 headache days/month, aura shorter. Tolerating topiramate 25 mg BID. Reassured again about pineal cyst. Continue; follow-up 4 months.", e3)
    c.medreq(rx("5640", "ibuprofen"), "active", "2026-08-25", "ibuprofen 400 mg at onset, max 3 days/week", reason=mig, requester=hc)
    c.immun(cc(("http://hl7.org/fhir/sid/cvx", "165", "HPV9")), "2025-05-01")
    c.cond(cc((SCT, "43116000", "Eczema"), text="Mild eczema"), "2016-01-01", status="resolved", abate="2020-01-01")
    return c
