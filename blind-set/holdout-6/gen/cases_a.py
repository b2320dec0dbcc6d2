from lib import *

CASES = []


def case(target, kind, summary, why, expected=None):
    def deco(fn):
        CASES.append(dict(fn=fn, target=target, kind=kind, summary=summary, why=why, expected=expected if expected is not None else ([target] if kind == "positive" else [])))
        return fn
    return deco


# ---------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP
@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      "34F, episodic palpitations and presyncope over 5 months; ECG, Holter, echo, thyroid and labs all normal; no diagnosis",
      "Palpitations recorded at four visits from June to November 2026 (>8 weeks); every investigation in the window normal and no explanatory disorder diagnosed.")
def psnw_palpitations():
    c = Case("psnw1", "https://fhir.lakeshore-health.org/r4", dict(name="Lakeshore Family Medicine", city="Evanston", state="IL"),
             dict(mrn="LSH00482716", family="Okafor", given=["Adaeze"], gender="female", birth="1992-03-14", city="Evanston", state="IL", zip="60201"),
             "urn:oid:1.2.840.114350.1.13.482.2.7.5.737384.14")
    c.setup()
    pcp = c.prac("Lindqvist", "Maren", specialty="Family Medicine")
    card = c.prac("Haddad", "Samir", specialty="Cardiology")
    c.nka()
    c.cond(cc("Seasonal allergic rhinitis", ("sct", "367498001", "Seasonal allergic rhinitis"), ("icd", "J30.2", "Other seasonal allergic rhinitis")), "2014-05-01")
    c.cond(cc("Iron deficiency anemia due to heavy menses", ("icd", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)")), "2021-02-10", status="resolved", abate="2021-09-01")
    e1 = c.enc("2026-06-15", "Office visit", prac=pcp, reason=cc("Palpitations"))
    sym = c.cond(cc("Palpitations", ("sct", "80313002", "Palpitations"), ("icd", "R00.2", "Palpitations")), "2026-06-01", enc=e1, recorded="2026-06-15",
                 note="Episodes of rapid heartbeat lasting minutes, with lightheadedness; 2-3 per week.")
    c.vitals("2026-06-15", e1, bp=(118, 74), hr=78, wt=61.2)
    cbc(c, "2026-06-15", e1)
    bmp(c, "2026-06-15", e1)
    c.lab("tsh", "2026-06-15", 1.9, e1)
    c.lab("ferr", "2026-06-15", 64, e1)
    ecg = c.obs(cc("EKG study", ("lnc", "11524-6", "EKG study")), "2026-06-15", text="Normal sinus rhythm, rate 76. Normal intervals. No pre-excitation.", cat="procedure", enc=e1, interp="N")
    e2 = c.enc("2026-08-03", "Office visit", prac=card, reason=cc("Palpitations"))
    c.vitals("2026-08-03", e2, bp=(116, 72), hr=82)
    holter = c.obs(cc("Holter monitor study", ("lnc", "18754-2", "Holter study")), "2026-08-10", text="48-hour Holter: sinus rhythm 58-131 bpm, rare isolated PACs (<1%), no sustained arrhythmia. Symptom diary events correlated with sinus rhythm.", cat="procedure", interp="N")
    echo = c.dxr(cc("Echocardiogram transthoracic", ("lnc", "34552-0", "Cardiac 2D echo panel")), "2026-08-21", [],
                 "Normal biventricular size and function, LVEF 62%. No valvular disease. Normal study.", cat="CUS", performer=card)
    c.note("2026-08-21", "Cardiology consult", """Cardiology consultation. 34-year-old woman with 2 months of intermittent palpitations and near-syncope.
Exam unremarkable. Resting ECG normal. 48h Holter with symptoms correlating to sinus rhythm. Echo normal.
Impression: no structural heart disease or arrhythmia identified. Reassured. Advised hydration, limit caffeine. Return to PCP.""", e2, card, ("11488-4", "Consult note"))
    e3 = c.enc("2026-09-21", "Office visit", prac=pcp, reason=cc("Palpitations, dizziness"))
    c.vitals("2026-09-21", e3, bp=(112, 70), hr=88, wt=60.4)
    c.cond(cc("Dizziness", ("sct", "404640003", "Dizziness"), ("icd", "R42", "Dizziness and giddiness")), "2026-09-01", enc=e3, recorded="2026-09-21")
    c.obs(cc("Orthostatic vital signs"), "2026-09-21", text="Supine 112/70 HR 84; standing 3 min 110/72 HR 96. Not orthostatic.", cat="exam", enc=e3, interp="N")
    cbc(c, "2026-09-21", e3, hgb=13.2)
    c.lab("tsh", "2026-09-21", 2.2, e3)
    e4 = c.enc("2026-11-09", "Office visit", prac=pcp, reason=cc("Palpitations"))
    c.vitals("2026-11-09", e4, bp=(114, 70), hr=80)
    c.obs(cc("Palpitations episodes per week [Reported]"), "2026-11-09", 4, cat="survey", enc=e4, note="Patient diary: 4 episodes/week, two with near-fainting at work.")
    c.note("2026-11-09", "Follow-up visit", """Returns for the fourth time with palpitations and dizzy spells, now about 4 per week, one near-faint at work.
Cardiology workup (ECG, Holter, echo) normal; thyroid, CBC, electrolytes, ferritin normal.
No diagnosis to date. Patient frustrated. Discussed event monitor option; she wants to think about it.
A/P: palpitations, etiology unclear. Continue symptom diary.""", e4, pcp)
    c.medstmt(("1191", "aspirin"), "2026-07-01", status="stopped", end="2026-07-20", note="Patient self-started, stopped")
    c.medreq(cc("cetirizine 10 MG Oral Tablet", ("rx", "1014678", "cetirizine hydrochloride 10 MG Oral Tablet")), "2025-04-02", "10 mg by mouth daily as needed", prac=pcp)
    return c


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      "11F, abdominal pain: pediatric clinic visit then two unscheduled ED visits within 14 days, all work-up normal, pain ongoing",
      "Return-visit e-trigger: two unscheduled emergency visits within 14 days of a primary-care visit for the same complaint, with normal labs and imaging and no diagnosis.")
def psnw_peds_ed():
    c = Case("psnw2", "https://fhir.valleychildrens.example.org/fhir/R4", dict(name="Valley Children's Health Partners", city="Fresno", state="CA"),
             dict(mrn="VCH-2290145", family="Ramirez", given=["Sofia", "Isabel"], gender="female", birth="2015-04-22", city="Clovis", state="CA", zip="93612", lang=("es", "Spanish")),
             "http://valleychildrens.example.org/mrn", payer="Medicaid (Medi-Cal)")
    c.setup()
    ped = c.prac("Nguyen", "Thao", specialty="Pediatrics")
    edd = c.prac("Kowalczyk", "Adam", specialty="Emergency Medicine")
    c.nka()
    c.cond(cc("Mild intermittent asthma", ("sct", "426979002", "Mild persistent asthma"), ("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2019-10-01")
    c.imm(cc("Influenza, injectable, quadrivalent", ("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free")), "2026-10-05")
    e1 = c.enc("2026-11-02", "Well child / sick visit", prac=ped, reason=cc("Abdominal pain"))
    c.cond(cc("Abdominal pain", ("sct", "21522001", "Abdominal pain")), "2026-10-29", enc=e1, recorded="2026-11-02", cat="encounter-diagnosis")
    c.vitals("2026-11-02", e1, hr=92, wt=36.1, temp=36.9)
    c.note("2026-11-02", "Pediatric sick visit", """11 yo girl with 4 days periumbilical pain, worse after meals, no fever, no vomiting, normal stools. Exam: soft, mild periumbilical tenderness, no guarding.
Likely functional / constipation. Advised fiber, fluids, PEG 3350 as needed. Return if worse.""", e1, ped)
    c.medreq(cc("polyethylene glycol 3350 powder", ("rx", "221153", "polyethylene glycol 3350")), "2026-11-02", "8.5 g in 8 oz water daily as needed", prac=ped)
    e2 = c.enc("2026-11-05", "Emergency department visit", cls="EMER", prac=edd, reason=cc("Abdominal pain"), end="2026-11-05T23:40:00-08:00",
               admit="Walk-in / parent", disp="Discharged home")
    c.vitals("2026-11-05", e2, hr=104, temp=37.2, spo2=99)
    cbc(c, "2026-11-05", e2, hgb=12.8, wbc=8.9)
    bmp(c, "2026-11-05", e2, cr=0.5)
    c.lab("lipase", "2026-11-05", 38, e2)
    c.lab("alt", "2026-11-05", 18, e2)
    c.obs(cc("Urinalysis complete", ("lnc", "24356-8", "Urinalysis complete panel - Urine")), "2026-11-05", text="Negative for leukocyte esterase, nitrite, blood. SG 1.020.", enc=e2, interp="N")
    us = c.dxr(cc("US Abdomen limited / appendix", ("lnc", "24558-9", "US Abdomen")), "2026-11-05", [],
               "Appendix visualized, normal caliber 4 mm. No free fluid. Normal ovaries. No intussusception.", cat="RAD", enc=e2)
    c.cond(cc("Abdominal pain, unspecified", ("icd", "R10.9", "Unspecified abdominal pain")), "2026-11-05", cat="encounter-diagnosis", enc=e2, status="active")
    e3 = c.enc("2026-11-11", "Emergency department visit", cls="EMER", prac=edd, reason=cc("Abdominal pain, recurrent"), end="2026-11-12T02:10:00-08:00",
               admit="Walk-in / parent", disp="Discharged home")
    c.vitals("2026-11-11", e3, hr=110, temp=37.4)
    cbc(c, "2026-11-11", e3, hgb=12.6, wbc=9.6)
    c.lab("crp", "2026-11-11", 6.1, e3)
    c.note("2026-11-11", "ED provider note", """Second ED visit this week for abdominal pain, third medical contact in 10 days. Pain now also wakes her at night. Mother very worried.
Labs: CBC, CRP, lipase, LFTs, UA normal; ultrasound on 11/5 normal. Abdomen soft, tender RLQ/periumbilical without peritonism.
Impression: abdominal pain of unclear cause, no surgical abdomen at this time. Discharged with return precautions; follow up with pediatrician.""", e3, edd, ("34111-5", "Emergency department note"))
    c.medreq(cc("acetaminophen 160 MG/5ML Oral Suspension", ("rx", "307668", "acetaminophen 32 MG/ML Oral Suspension")), "2026-11-11", "15 mL by mouth every 6 hours as needed", prac=edd)
    c.medreq(cc("albuterol 90 mcg/actuation inhaler", ("rx", "745679", "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler")), "2026-03-10", "2 puffs every 4 hours as needed for wheeze", prac=ped)
    return c


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      "61F, positive FIT in August 2026 with no colonoscopy, GI referral or repeat study within 60 days",
      "Red-flag finding (positive fecal immunochemical result) without any follow-up for over 100 days, a missed-follow-up e-trigger.")
def psnw_fit():
    c = Case("psnw3", "https://ehr.northridge-medgroup.example.com/fhir/r4", dict(name="Northridge Medical Group - Internal Medicine", city="Tucson", state="AZ"),
             dict(mrn="NMG7731094", family="Whitfield", given=["Carol", "Ann"], gender="female", birth="1965-07-30", city="Tucson", state="AZ", zip="85711"),
             "https://northridge-medgroup.example.com/mrn", payer="Aetna")
    c.setup()
    im = c.prac("Brennan", "Keith", specialty="Internal Medicine")
    c.allergy(cc("Sulfamethoxazole", ("rx", "10180", "sulfamethoxazole")), "Rash")
    htn = c.cond(cc("Essential hypertension", ("sct", "59621000", "Essential hypertension"), ("icd", "I10", "Essential (primary) hypertension")), "2016-04-01")
    hld = c.cond(cc("Hyperlipidemia", ("sct", "55822004", "Hyperlipidemia")), "2018-09-12")
    c.cond(cc("Hypothyroidism", ("sct", "40930008", "Hypothyroidism")), "2012-01-15")
    e1 = c.enc("2026-07-28", "Annual wellness visit", prac=im, reason=cc("Preventive care"))
    c.vitals("2026-07-28", e1, bp=(132, 80), hr=70, wt=74.8, bmi=28.1)
    cbc(c, "2026-07-28", e1, hgb=12.9)
    bmp(c, "2026-07-28", e1, cr=0.9, glu=97, egfr=71)
    c.lab("ldl", "2026-07-28", 96, e1)
    c.lab("tsh", "2026-07-28", 2.6, e1)
    c.sr(cc("Fecal immunochemical hemoglobin kit", ("cpt", "82274", "Blood, occult, by fecal hemoglobin determination by immunoassay, qualitative, feces, 1-3 simultaneous determinations")), "completed", "order", "2026-07-28", prac=im, enc=e1)
    fit = c.obs(("lnc", "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), "2026-08-18", vcc=cc("Positive", ("sct", "10828004", "Positive")), interp="POS")
    c.dxr(cc("Fecal immunochemical hemoglobin", ("lnc", "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay")), "2026-08-18", [fit], "POSITIVE for fecal hemoglobin.")
    c.raw("Communication", "comm", {"status": "completed", "category": [cc("Result notification")], "subject": ref(c.pat), "sent": "2026-08-19T10:02:00-07:00",
          "recipient": [ref(im)], "payload": [{"contentString": "Result: FIT positive. Routed to ordering provider inbox."}]})
    e2 = c.enc("2026-10-06", "Office visit", prac=im, reason=cc("Hypertension follow-up"))
    c.vitals("2026-10-06", e2, bp=(128, 78), hr=72, wt=74.1)
    c.note("2026-10-06", "Hypertension follow-up", """BP at goal on lisinopril. Tolerating atorvastatin. No chest pain or dyspnea. Continue current regimen, recheck lipids in 6 months.""", e2, im)
    c.medreq(("314076", "lisinopril 10 MG Oral Tablet"), "2016-04-01", "10 mg by mouth daily", prac=im, reason=htn)
    c.medreq(("617311", "atorvastatin 40 MG Oral Tablet"), "2018-09-12", "40 mg by mouth nightly", prac=im, reason=hld)
    c.medreq(("966222", "levothyroxine sodium 0.05 MG Oral Tablet"), "2012-01-15", "50 mcg by mouth daily before breakfast", prac=im)
    c.proc(cc("Colonoscopy", ("sct", "73761001", "Colonoscopy")), "completed", "2014-03-20", note="Screening colonoscopy, 1 tubular adenoma removed; repeat advised in 5-10 years.")
    return c


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss",
      "47M, chronic cough 10 weeks with normal chest imaging and spirometry, then methacholine challenge positive: cough-variant asthma, improving on ICS",
      "The persistent symptom was explained by a disorder diagnosed during the window (cough-variant asthma confirmed by bronchoprovocation) and is responding to treatment.")
def psnw_nm_cough():
    c = Case("psnw4", "https://fhir.cascadepulm.example.net/R4", dict(name="Cascade Pulmonary & Sleep Associates", city="Tacoma", state="WA"),
             dict(mrn="CPS-0098812", family="Sandoval", given=["Marco"], gender="male", birth="1979-01-09", city="Tacoma", state="WA", zip="98405"),
             "https://cascadepulm.example.net/patient-mrn", payer="Premera Blue Cross")
    c.setup()
    pcp = c.prac("Ostrowski", "Helen", specialty="Family Medicine")
    pulm = c.prac("Iyer", "Raghav", specialty="Pulmonary Disease")
    c.nka()
    c.cond(cc("Gastroesophageal reflux disease", ("sct", "235595009", "Gastroesophageal reflux disease"), ("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2020-06-01")
    e1 = c.enc("2026-07-14", "Office visit", prac=pcp, reason=cc("Cough"))
    cough = c.cond(cc("Chronic cough", ("sct", "68154008", "Chronic cough"), ("icd", "R05.3", "Chronic cough")), "2026-06-20", enc=e1, recorded="2026-07-14",
                   status="resolved", abate="2026-11-10")
    c.vitals("2026-07-14", e1, bp=(126, 80), hr=74, temp=36.8, spo2=98)
    cxr = c.dxr(cc("XR Chest 2 views", ("lnc", "36643-5", "XR Chest 2 Views")), "2026-07-14", [], "Lungs clear. No focal consolidation, effusion or mass. Normal cardiomediastinal silhouette.", cat="RAD", enc=e1)
    e2 = c.enc("2026-08-11", "Office visit", prac=pcp, reason=cc("Cough persistent"))
    c.note("2026-08-11", "Follow-up cough", "Cough persists 7 weeks despite PPI increase. Nocturnal and with cold air. Non-smoker. CXR normal. Refer pulmonology.", e2, pcp)
    cbc(c, "2026-08-11", e2, male=True, hgb=14.9)
    e3 = c.enc("2026-09-15", "New patient consult", prac=pulm, reason=cc("Chronic cough"))
    fev1 = c.obs(("lnc", "20150-9", "FEV1"), "2026-09-15", 3.71, "L", enc=e3, cat="procedure", note="96% predicted")
    c.obs(("lnc", "19926-5", "FEV1/FVC"), "2026-09-15", 79, "%", (70, None), enc=e3, cat="procedure")
    c.dxr(cc("Pulmonary function study", ("lnc", "81459-0", "Pulmonary function panel")), "2026-09-15", [fev1], "Normal spirometry without bronchodilator response.", cat="PF", enc=e3)
    e4 = c.enc("2026-09-29", "Procedure visit", prac=pulm, reason=cc("Bronchoprovocation"))
    c.proc(cc("Methacholine challenge", ("cpt", "94070", "Bronchospasm provocation evaluation, multiple spirometric determinations as in 94010, with administered agents")), "completed", "2026-09-29", prac=pulm, enc=e4,
           outcome="Positive: PC20 1.8 mg/mL")
    cva = c.cond(cc("Cough variant asthma", ("sct", "233683003", "Cough variant asthma"), ("icd", "J45.991", "Cough variant asthma")), "2026-09-29", enc=e4, asserter=pulm)
    c.medreq(cc("fluticasone propionate 110 mcg/actuation inhaler", ("rx", "896188", "fluticasone propionate 0.11 MG/ACTUAT Metered Dose Inhaler")), "2026-09-29", "2 puffs twice daily", prac=pulm, reason=cva)
    c.medreq(("745679", "200 ACTUAT albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"), "2026-09-29", "2 puffs every 4-6 hours as needed", prac=pulm, reason=cva)
    c.medreq(("40790", "pantoprazole"), "2020-06-01", "40 mg by mouth daily", prac=pcp)
    e5 = c.enc("2026-11-10", "Follow-up", prac=pulm, reason=cc("Asthma follow-up"))
    c.vitals("2026-11-10", e5, bp=(122, 78), hr=70, spo2=99)
    c.note("2026-11-10", "Pulmonology follow-up", """Cough variant asthma diagnosed on positive methacholine challenge (PC20 1.8). After 6 weeks of inhaled fluticasone, cough nearly resolved, sleeping through the night.
Plan: continue ICS, step down in 3 months if stable.""", e5, pulm)
    return c


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss",
      "64M, PSA 7.8 in August 2026 promptly followed up: urology within 3 weeks, prostate MRI PI-RADS 2, repeat PSA lower, surveillance",
      "Raised PSA is a red flag but was followed up within 60 days (urology visit, MRI, repeat PSA); no unexplained persistent symptoms.")
def psnw_nm_psa():
    c = Case("psnw5", "https://api.riverbend-urology.example.com/fhir", dict(name="Riverbend Urology Associates", city="Omaha", state="NE"),
             dict(mrn="RBU-4471290", family="Lindgren", given=["Thomas", "E."], gender="male", birth="1962-02-17", city="Omaha", state="NE", zip="68114"),
             "https://riverbend-urology.example.com/mrn", payer="UnitedHealthcare")
    c.setup()
    pcp = c.prac("Abernathy", "Joan", specialty="Internal Medicine")
    uro = c.prac("Castellano", "Victor", specialty="Urology")
    c.nka()
    c.cond(cc("Benign prostatic hyperplasia with LUTS", ("sct", "266569009", "Benign prostatic hyperplasia"), ("icd", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2021-03-10")
    c.cond(cc("Type 2 diabetes mellitus without complication", ("sct", "44054006", "Diabetes mellitus type 2"), ("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2019-11-01")
    c.cond(cc("Right inguinal hernia", ("icd", "K40.90", "Unilateral inguinal hernia, without obstruction or gangrene, not specified as recurrent")), "2017-01-01", status="resolved", abate="2017-05-02")
    e1 = c.enc("2026-08-04", "Office visit", prac=pcp, reason=cc("Diabetes follow-up"))
    c.vitals("2026-08-04", e1, bp=(130, 78), hr=68, wt=88.0)
    c.lab("a1c", "2026-08-04", 6.8, e1)
    psa1 = c.lab("psa", "2026-08-04", 7.8, e1)
    c.lab("psa", "2025-07-22", 3.9)
    c.sr(cc("Referral to urology", ("sct", "183524004", "Referral to urology service")), "completed", "order", "2026-08-05", prac=pcp, performer=uro, priority="urgent")
    e2 = c.enc("2026-08-25", "New patient visit", prac=uro, reason=cc("Elevated PSA", ("icd", "R97.20", "Elevated prostate specific antigen [PSA]")))
    c.cond(cc("Elevated prostate specific antigen", ("icd", "R97.20", "Elevated prostate specific antigen [PSA]")), "2026-08-04", enc=e2, status="resolved", abate="2026-10-20")
    c.note("2026-08-25", "Urology new patient", """PSA 7.8, up from 3.9 a year ago. DRE: smooth, 40 g, no nodules. Recent cycling. Plan MRI prostate and repeat PSA in 6-8 weeks.""", e2, uro, ("11488-4", "Consult note"))
    mri = c.dxr(cc("MR Prostate WO and W contrast", ("lnc", "72230-6", "MR Prostate WO and W contrast IV")), "2026-09-12", [],
                "Prostate volume 44 mL. PI-RADS 2: clinically significant cancer unlikely. No extraprostatic extension or adenopathy.", cat="RAD")
    psa2 = c.lab("psa", "2026-10-14", 4.6)
    e3 = c.enc("2026-10-20", "Follow-up", prac=uro, reason=cc("PSA follow-up"))
    c.note("2026-10-20", "Urology follow-up", """Repeat PSA 4.6 (from 7.8), MRI PI-RADS 2, PSA density 0.10. Shared decision: no biopsy now. Repeat PSA in 6 months. Continue tamsulosin.""", e3, uro)
    c.medreq(("863671", "tamsulosin hydrochloride 0.4 MG Oral Capsule"), "2021-03-10", "0.4 mg by mouth daily at bedtime", prac=uro)
    c.medreq(("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2019-11-01", "500 mg twice daily with meals", prac=pcp)
    c.sr(cc("Prostate specific Ag", ("lnc", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "active", "order", "2026-10-20", occ="2027-04-15", prac=uro)
    return c


# ---------------- DIAGNOSIS_SYMPTOM_MISMATCH
@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive",
      "45F labelled fibromyalgia since 2025; now proximal weakness, dysphagia and CK 2,140 U/L that the label cannot explain",
      "Catch-all fibromyalgia (M79.7) active > 90 days while symptoms continue, and new objective findings (proximal weakness, markedly raised CK) not explained by it.")
def dsm_fibro():
    c = Case("dsm1", "https://fhir.piedmont-rheum.example.org/r4", dict(name="Piedmont Rheumatology & Arthritis Center", city="Charlotte", state="NC"),
             dict(mrn="PRA0031875", family="Caldwell", given=["Renee"], gender="female", birth="1981-09-05", city="Gastonia", state="NC", zip="28054"),
             "https://piedmont-rheum.example.org/mrn", payer="Cigna")
    c.setup()
    pcp = c.prac("Patel", "Nisha", specialty="Family Medicine")
    rh = c.prac("Okonkwo", "Emeka", specialty="Rheumatology")
    c.allergy(cc("Penicillin", ("rx", "70618", "penicillin")), "Hives")
    c.cond(cc("Migraine without aura", ("sct", "56097005", "Migraine without aura"), ("icd", "G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2008-01-01")
    e0 = c.enc("2025-04-08", "Office visit", prac=rh, reason=cc("Widespread pain"))
    fm = c.cond(cc("Fibromyalgia", ("sct", "203082005", "Fibromyalgia"), ("icd", "M79.7", "Fibromyalgia")), "2025-01-15", enc=e0, recorded="2025-04-08", asserter=rh)
    c.lab("ck", "2025-04-08", 142, e0)
    c.lab("esr", "2025-04-08", 12, e0)
    c.lab("tsh", "2025-04-08", 1.7, e0)
    c.medreq(("72625", "duloxetine"), "2025-04-08", "30 mg daily, increase to 60 mg daily after 2 weeks", prac=rh, reason=fm)
    e1 = c.enc("2026-06-17", "Office visit", prac=pcp, reason=cc("Fatigue, muscle pain"))
    c.note("2026-06-17", "PCP visit", "Ongoing diffuse pain and fatigue attributed to fibromyalgia. Now difficulty climbing stairs. Continue duloxetine; add PT.", e1, pcp)
    e2 = c.enc("2026-09-09", "Office visit", prac=pcp, reason=cc("Weakness"))
    c.cond(cc("Muscle weakness (generalized)", ("sct", "26544005", "Muscle weakness"), ("icd", "M62.81", "Muscle weakness (generalized)")), "2026-06-01", enc=e2, recorded="2026-09-09")
    c.vitals("2026-09-09", e2, bp=(124, 78), hr=86, wt=66.0)
    e3 = c.enc("2026-11-05", "Office visit", prac=rh, reason=cc("Fibromyalgia follow-up"))
    c.vitals("2026-11-05", e3, bp=(122, 76), hr=90, wt=63.1)
    c.lab("ck", "2026-11-05", 2140, e3)
    c.lab("ast", "2026-11-05", 88, e3)
    c.lab("alt", "2026-11-05", 71, e3)
    c.lab("esr", "2026-11-05", 34, e3)
    c.obs(cc("Proximal muscle strength, hip flexors (MRC)"), "2026-11-05", text="4-/5 bilaterally; deltoids 4/5. Unable to rise from chair without arms.", cat="exam", enc=e3, interp="A")
    c.note("2026-11-05", "Rheumatology follow-up", """Known fibromyalgia. Reports worsening: cannot lift arms to wash hair, trouble rising from chairs, some choking on solids for 6 weeks. Weight down 3 kg.
Exam: symmetric proximal weakness 4-/5, no rash seen. CK 2,140 (was 142 in 2025), AST/ALT elevated.
Assessment: fibromyalgia flare; PT referral. Continue duloxetine, add cyclobenzaprine at night.""", e3, rh)
    c.medreq(("21949", "cyclobenzaprine"), "2026-11-05", "5 mg at bedtime as needed", prac=rh, reason=fm)
    c.medreq(("37418", "sumatriptan"), "2015-01-01", "50 mg at migraine onset, may repeat once", prac=pcp)
    c.sr(cc("Physical therapy evaluation and treatment", ("cpt", "97161", "Physical therapy evaluation: low complexity")), "active", "order", "2026-11-05", prac=rh, reason=fm)
    return c


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive",
      "52M with IBS-D since 2024; diarrhoea now nocturnal with 9 kg weight loss and stool calprotectin 620 ug/g, still managed as IBS",
      "Irritable bowel syndrome (K58.0) active for two years with ongoing diarrhoea; nocturnal symptoms, weight loss and high calprotectin are red flags the IBS label does not explain.")
def dsm_ibs():
    c = Case("dsm2", "https://fhir.midstate-gi.example.com/R4", dict(name="Mid-State Digestive Health", city="Harrisburg", state="PA"),
             dict(mrn="MSD-55820341", family="Brandt", given=["Gregory"], gender="male", birth="1974-06-11", city="Camp Hill", state="PA", zip="17011"),
             "urn:oid:2.16.840.1.113883.3.9921.1", payer="Highmark BCBS")
    c.setup()
    pcp = c.prac("Morales", "Daniel", specialty="Internal Medicine")
    gi = c.prac("Feinberg", "Rachel", specialty="Gastroenterology")
    c.nka()
    c.cond(cc("Obstructive sleep apnea", ("sct", "78275009", "Obstructive sleep apnea syndrome")), "2018-02-01")
    e0 = c.enc("2024-10-02", "New patient visit", prac=gi, reason=cc("Loose stools"))
    ibs = c.cond(cc("Irritable bowel syndrome with diarrhea", ("icd", "K58.0", "Irritable bowel syndrome with diarrhea")), "2024-06-01", enc=e0, recorded="2024-10-02", asserter=gi)
    cbc(c, "2024-10-02", e0, hgb=15.1, male=True)
    c.obs(cc("Tissue transglutaminase IgA Ab [Units/volume] in Serum", ("lnc", "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum")), "2024-10-02", 2, "U/mL", (None, 4), enc=e0)
    c.medreq(("4220", "dicyclomine"), "2024-10-02", "20 mg four times daily as needed for cramping", prac=gi, reason=ibs)
    c.medreq(("6468", "loperamide"), "2024-10-02", "2 mg after each loose stool, max 8 mg/day", prac=gi, reason=ibs)
    e1 = c.enc("2025-08-20", "Office visit", prac=pcp, reason=cc("Diarrhea"))
    c.vitals("2025-08-20", e1, bp=(128, 82), wt=92.4)
    c.note("2025-08-20", "PCP visit", "IBS-D, persistent 4-5 loose stools/day. Dietary FODMAP counselling. Continue loperamide.", e1, pcp)
    e2 = c.enc("2026-05-12", "Office visit", prac=pcp, reason=cc("Diarrhea"))
    c.vitals("2026-05-12", e2, bp=(124, 80), wt=88.9)
    c.cond(cc("Diarrhea", ("sct", "62315008", "Diarrhea")), "2024-06-01", enc=e2, recorded="2026-05-12")
    e3 = c.enc("2026-11-12", "Follow-up", prac=gi, reason=cc("IBS follow-up"))
    c.vitals("2026-11-12", e3, bp=(118, 76), hr=92, wt=83.2)
    c.lab("calpro", "2026-11-12", 620, e3)
    c.lab("crp", "2026-11-12", 18.4, e3)
    cbc(c, "2026-11-12", e3, hgb=13.8, wbc=9.1, plt=412, male=True)
    c.lab("alb", "2026-11-12", 3.3, e3)
    c.note("2026-11-12", "GI follow-up", """IBS-D. Now 6-8 stools/day, waking at night to defecate, occasional blood on paper. Weight 83 kg (92 kg in 8/2025).
Calprotectin 620, CRP 18, albumin 3.3. Assessment: IBS-D, refractory. Plan: trial eluxadoline, low-FODMAP reinforcement, recheck 3 months.""", e3, gi)
    c.medreq(cc("eluxadoline 100 MG Oral Tablet", ("rx", "1660178", "eluxadoline")), "2026-11-12", "100 mg twice daily with food", prac=gi, reason=ibs)
    c.medreq(cc("CPAP therapy supplies", ("hcpcs", "E0601", "Continuous positive airway pressure (CPAP) device")), "2018-02-01", "Nightly CPAP 10 cmH2O", prac=pcp)
    return c


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive",
      "28F, palpitations, tremor and weight loss labelled generalised anxiety disorder in May 2026; TSH suppressed with raised free T4 in November, label unchanged",
      "A diagnosis made for the symptoms (GAD) does not explain the continuing weight loss, tachycardia and abnormal thyroid results.")
def dsm_anxiety_thyroid():
    c = Case("dsm3", "https://fhir.harborpoint-health.example.org/api/fhir/r4", dict(name="Harbor Point Community Health Center", city="Providence", state="RI"),
             dict(mrn="HPC-00917733", family="Medeiros", given=["Kayla"], gender="female", birth="1998-12-03", city="Pawtucket", state="RI", zip="02860"),
             "https://harborpoint-health.example.org/mrn", payer="Neighborhood Health Plan of RI (Medicaid)")
    c.setup()
    np_ = c.prac("Soares", "Lucia", prefix="NP", specialty="Family Nurse Practitioner")
    bh = c.prac("Greenberg", "Aaron", prefix="LICSW", specialty="Behavioral Health")
    c.nka()
    c.cond(cc("Acne vulgaris", ("sct", "88616000", "Acne vulgaris")), "2013-01-01", status="inactive")
    e1 = c.enc("2026-05-06", "Office visit", prac=np_, reason=cc("Palpitations, anxiety"))
    c.vitals("2026-05-06", e1, bp=(128, 70), hr=104, wt=58.5)
    c.obs(("lnc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), "2026-05-06", 14, cat="survey", enc=e1)
    gad = c.cond(cc("Generalized anxiety disorder", ("sct", "21897009", "Generalized anxiety disorder"), ("icd", "F41.1", "Generalized anxiety disorder")), "2026-05-06", enc=e1, asserter=np_)
    c.note("2026-05-06", "Office visit", """Palpitations, shakiness, poor sleep, feels 'on edge' for 2 months. New job stress. HR 104. No labs today, declined blood draw (needle anxiety).
A/P: GAD. Start sertraline 25 mg, refer to behavioral health.""", e1, np_)
    c.medreq(("36437", "sertraline"), "2026-05-06", "25 mg daily x1 week then 50 mg daily", prac=np_, reason=gad)
    e2 = c.enc("2026-07-15", "Behavioral health visit", prac=bh, reason=cc("Anxiety"))
    c.note("2026-07-15", "Therapy session", "CBT session 3. Patient notes racing heart even when calm, heat intolerance, loose stools. Encouraged to discuss with PCP.", e2, bh)
    e3 = c.enc("2026-09-02", "Office visit", prac=np_, reason=cc("Anxiety follow-up"))
    c.vitals("2026-09-02", e3, bp=(134, 66), hr=112, wt=55.0)
    c.cond(cc("Tremor", ("sct", "26079004", "Tremor"), ("icd", "R25.1", "Tremor, unspecified")), "2026-05-01", enc=e3, recorded="2026-09-02")
    c.cond(cc("Abnormal weight loss", ("sct", "448765001", "Unintentional weight loss"), ("icd", "R63.4", "Abnormal weight loss")), "2026-07-01", enc=e3, recorded="2026-09-02")
    c.note("2026-09-02", "Follow-up", "Still palpitations and tremor despite sertraline 50. Lost 3.5 kg. Increase sertraline to 100 mg; add propranolol 10 mg prn. Labs ordered.", e3, np_)
    c.medreq(("8787", "propranolol"), "2026-09-02", "10 mg up to three times daily as needed", prac=np_, reason=gad)
    e4 = c.enc("2026-11-03", "Office visit", prac=np_, reason=cc("Anxiety follow-up"))
    c.vitals("2026-11-03", e4, bp=(136, 64), hr=108, wt=53.2)
    c.lab("tsh", "2026-11-03", 0.02, e4)
    c.lab("ft4", "2026-11-03", 3.4, e4)
    cbc(c, "2026-11-03", e4, hgb=12.7)
    bmp(c, "2026-11-03", e4, glu=88, cr=0.6)
    c.obs(("lnc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), "2026-11-03", 13, cat="survey", enc=e4)
    c.note("2026-11-03", "Follow-up", """GAD on sertraline 100 and prn propranolol. Persistent tachycardia 108, tremor, weight now 53 kg (58.5 in May). Labs back: TSH <0.02, free T4 3.4.
A/P: GAD, partial response. Continue sertraline; CBT. Recheck 8 weeks.""", e4, np_)
    return c


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss",
      "39F, 'abdominal pain, unspecified' in Feb 2026, then ultrasound showed gallstones; laparoscopic cholecystectomy in May, pain resolved",
      "The catch-all label was replaced within weeks by a diagnosis that explains the symptoms (symptomatic cholelithiasis), was resolved, and symptoms stopped after surgery.")
def dsm_nm_gallstones():
    c = Case("dsm4", "https://fhir.sunbelt-surgical.example.com/r4", dict(name="Sunbelt Surgical Specialists", city="Mesa", state="AZ"),
             dict(mrn="SSS-3004418", family="Yazzie", given=["Lorraine"], gender="female", birth="1987-05-19", city="Mesa", state="AZ", zip="85201"),
             "https://sunbelt-surgical.example.com/mrn", payer="Banner|Aetna")
    c.setup()
    pcp = c.prac("Tsosie", "Darren", specialty="Family Medicine")
    surg = c.prac("Whitaker", "Janelle", specialty="General Surgery")
    c.nka()
    c.cond(cc("Polycystic ovary syndrome", ("sct", "69878008", "Polycystic ovaries"), ("icd", "E28.2", "Polycystic ovarian syndrome")), "2012-01-01")
    e1 = c.enc("2026-02-09", "Office visit", prac=pcp, reason=cc("Abdominal pain"))
    c.cond(cc("Abdominal pain, unspecified", ("icd", "R10.9", "Unspecified abdominal pain")), "2026-01-25", enc=e1, recorded="2026-02-09", status="resolved", abate="2026-03-02", cat="encounter-diagnosis")
    c.vitals("2026-02-09", e1, bp=(122, 78), hr=80, wt=91.0, bmi=34.2)
    cbc(c, "2026-02-09", e1)
    c.lab("alt", "2026-02-09", 41, e1)
    c.lab("bili", "2026-02-09", 0.9, e1)
    c.lab("lipase", "2026-02-09", 44, e1)
    us = c.dxr(cc("US Abdomen RUQ", ("lnc", "24558-9", "US Abdomen")), "2026-02-20", [], "Multiple gallstones up to 1.4 cm, no wall thickening, CBD 4 mm.", cat="RAD")
    e2 = c.enc("2026-03-02", "Surgical consult", prac=surg, reason=cc("Gallstones"))
    chol = c.cond(cc("Calculus of gallbladder with chronic cholecystitis", ("sct", "235919008", "Cholelithiasis"), ("icd", "K80.10", "Calculus of gallbladder with chronic cholecystitis without obstruction")), "2026-02-20", enc=e2, status="resolved", abate="2026-05-14")
    e3 = c.enc("2026-05-14", "Outpatient surgery", prac=surg, reason=cc("Cholecystectomy"))
    c.proc(cc("Laparoscopic cholecystectomy", ("sct", "45595009", "Laparoscopic cholecystectomy"), ("cpt", "47562", "Laparoscopy, surgical; cholecystectomy")), "completed", "2026-05-14", prac=surg, reason=chol, enc=e3)
    c.dxr(cc("Surgical pathology", ("lnc", "22634-0", "Pathology report.gross observation")), "2026-05-16", [], "Gallbladder: chronic cholecystitis with cholelithiasis. No dysplasia.", cat="SP")
    e4 = c.enc("2026-06-03", "Postoperative visit", prac=surg)
    c.note("2026-06-03", "Post-op visit", "Two weeks post lap chole. Incisions healing. No further postprandial pain. Tolerating regular diet. Discharged from surgical clinic.", e4, surg)
    e5 = c.enc("2026-10-21", "Annual physical", prac=pcp)
    c.vitals("2026-10-21", e5, bp=(118, 76), hr=72, wt=88.5)
    c.note("2026-10-21", "Annual exam", "Well. No abdominal pain since cholecystectomy. PCOS on metformin. Counselled on weight. Pap up to date.", e5, pcp)
    c.lab("a1c", "2026-10-21", 5.7, e5)
    c.medreq(("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2019-01-01", "500 mg twice daily", prac=pcp)
    return c


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss",
      "69M, bilateral shoulder/hip girdle pain and stiffness diagnosed as polymyalgia rheumatica with high ESR/CRP; prompt response to prednisone",
      "The diagnosis fits the symptoms and results (girdle pain, morning stiffness, raised inflammatory markers, steroid response) and symptoms resolved; nothing left unexplained.")
def dsm_nm_pmr():
    c = Case("dsm5", "https://fhir.greatplains-clinic.example.org/fhir/R4", dict(name="Great Plains Clinic - Rheumatology", city="Wichita", state="KS"),
             dict(mrn="GPC-772014", family="Hoffmann", given=["Dale"], gender="male", birth="1957-10-28", city="Wichita", state="KS", zip="67206"),
             "https://greatplains-clinic.example.org/mrn", payer="Medicare")
    c.setup()
    pcp = c.prac("Vance", "Cheryl", specialty="Family Medicine")
    rh = c.prac("Aydin", "Kerem", specialty="Rheumatology")
    c.nka()
    htn = c.cond(cc("Hypertension", ("sct", "38341003", "Hypertensive disorder, systemic arterial")), "2011-01-01")
    c.cond(cc("Primary osteoarthritis of left knee", ("icd", "M17.12", "Unilateral primary osteoarthritis, left knee")), "2019-05-01")
    e1 = c.enc("2026-08-18", "Office visit", prac=pcp, reason=cc("Shoulder and hip pain"))
    c.vitals("2026-08-18", e1, bp=(138, 82), hr=76, wt=84.0, temp=36.9)
    c.lab("esr", "2026-08-18", 58, e1)
    c.lab("crp", "2026-08-18", 42, e1)
    c.lab("ck", "2026-08-18", 96, e1)
    cbc(c, "2026-08-18", e1, hgb=12.9, male=True)
    c.obs(cc("Rheumatoid factor [Units/volume] in Serum or Plasma", ("lnc", "11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma")), "2026-08-18", 8, "[IU]/mL", (None, 14), enc=e1)
    e2 = c.enc("2026-08-27", "Consult", prac=rh, reason=cc("Suspected PMR"))
    pmr = c.cond(cc("Polymyalgia rheumatica", ("sct", "65323003", "Polymyalgia rheumatica"), ("icd", "M35.3", "Polymyalgia rheumatica")), "2026-07-20", enc=e2, asserter=rh)
    c.note("2026-08-27", "Rheumatology consult", """5 weeks bilateral shoulder and hip girdle aching with 90 min morning stiffness. No headache, jaw claudication or visual symptoms. ESR 58, CRP 42, RF negative, CK normal.
Meets 2012 EULAR/ACR PMR classification. Start prednisone 15 mg daily with taper plan. Calcium/vit D.""", e2, rh, ("11488-4", "Consult note"))
    c.medreq(("8640", "prednisone"), "2026-08-27", "15 mg daily, taper per schedule", prac=rh, reason=pmr)
    c.medreq(cc("calcium carbonate / vitamin D3", ("rx", "1927", "calcium carbonate")), "2026-08-27", "600 mg/800 IU twice daily", prac=rh)
    c.medreq(("29046", "lisinopril"), "2011-01-01", "20 mg daily", prac=pcp, reason=htn)
    e3 = c.enc("2026-10-08", "Follow-up", prac=rh, reason=cc("PMR follow-up"))
    c.lab("esr", "2026-10-08", 14, e3)
    c.lab("crp", "2026-10-08", 3.2, e3)
    c.note("2026-10-08", "Rheumatology follow-up", "Dramatic improvement within 3 days of prednisone. Now pain-free, stiffness <10 min. ESR/CRP normalized. Taper to 12.5 mg.", e3, rh)
    e4 = c.enc("2026-11-19", "Follow-up", prac=rh)
    c.vitals("2026-11-19", e4, bp=(134, 80), wt=85.1)
    c.lab("glu", "2026-11-19", 104, e4)
    c.note("2026-11-19", "Rheumatology follow-up", "Remains in remission on prednisone 10 mg. Continue slow taper by 1 mg/month. DEXA ordered.", e4, rh)
    return c
