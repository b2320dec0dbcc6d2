"""Organisation C: Tamarind Vale Endocrinology & Diabetes Centre (England). SNOMED CT UK, ICD-10, NHS number, mmol/mol."""
from fhirlib import (Rec, cc, coding, txt, qty, ref, qi, SCT, SCT_UK, LOINC, ICD10, UCUM, YES, NO)
from orgs import (ORG_C, setup_C, payer_C, prac_C, patient_C, coverage_C, lab, local_lab, panel, doc_type,
                  PROGRESS, CONSULT, DISCHARGE, PROC_NOTE, IMAGING, NURSE, REFERRAL, PLAN_OF_CARE, TELEPHONE)

OBS = ORG_C.cs("observables")
FORM = ORG_C.cs("formulary")


def sct(code, display, text=None):
    return cc(coding(SCT, code, display, version=SCT_UK), text=text or display)


def dx(sct_code, sct_display, icd=None, icd_display=None, text=None):
    cs = []
    if sct_code:
        cs.append(coding(SCT, sct_code, sct_display, version=SCT_UK))
    if icd:
        cs.append(coding(ICD10, icd, icd_display))
    return cc(*cs, text=text or sct_display or icd_display)


def med(text, code):
    return cc(coding(FORM, code, text), text=text)


def clinic(r, date, prac, text="Endocrine outpatient clinic - follow-up", code="ENDO-FU", time="10:00", cls="AMB"):
    return r.encounter(date, cls, cc(coding(ORG_C.cs("clinic-type"), code, text), text=text), practitioner=prac, time=time)


def metric(r, code, display, date, value, unit, ucum=None, low=None, high=None, encounter=None, note=None, period=None):
    return r.obs(cc(coding(OBS, code, display), text=display), date, value, unit, ucum or unit, low=low, high=high,
                 category="laboratory" if code in ("CPEP", "GADAB", "KETONE", "METANEPH", "NORMETANEPH") else "survey",
                 encounter=encounter, note=note, effective_period=period)


def cgm(r, date, start, tir, tbr, gmi, mean, encounter=None):
    per = {"start": start, "end": date}
    return [metric(r, "CGM-TIR", "CGM time in range 3.9-10.0 mmol/L", date, tir, "%", low=70, encounter=encounter, period=per),
            metric(r, "CGM-TBR", "CGM time below range <3.9 mmol/L", date, tbr, "%", high=4, encounter=encounter, period=per),
            metric(r, "CGM-GMI", "Glucose management indicator", date, gmi, "mmol/mol", encounter=encounter, period=per),
            metric(r, "CGM-MEAN", "CGM mean glucose", date, mean, "mmol/L", encounter=encounter, period=per)]


def base(r, nhs9, start="2010-01-01"):
    setup_C(r)
    payer = payer_C(r)
    coverage_C(r, payer, nhs9, start)


# =====================================================================================================
def c_palpitations_normal(cid):
    """P1 positive: palpitations, sweats, heat intolerance on 4 visits over 6 months; all endocrine and cardiac studies normal; discharged."""
    r = Rec(cid, ORG_C)
    base(r, "401882365")
    endo = prac_C(r, "Ashdown", ["Felicity"], "Endocrinology", "6104821", "female")
    reg = prac_C(r, "Okonkwo", ["Emeka"], "Endocrinology", "7220918", "male")
    gp = prac_C(r, "Harland", ["Rebecca"], "General practice", "4987123", "female")
    patient_C(r, "Whitcombe", ["Hannah", "Louise"], "female", "1992-07-03", "401882365", "TV1188204", "14 Station Parade",
              "Knaresborough", "HG5 0BX", "+44 1423 555 0201")
    r.condition(dx("195967001", "Asthma", "J45.9", "Asthma, unspecified"), onset="2004-01-01")
    r.med_statement(med("Salbutamol 100 micrograms/dose inhaler", "F-SALB100"), "2004-01-01",
                    dosage_text="2 puffs when required")
    pal = r.condition(dx("80313002", "Palpitations", "R00.2", "Palpitations"), onset="2026-03-01", recorded="2026-06-04",
                      asserter=endo, note="Episodic fast heartbeat, several times a week, with sweating and tremor.")
    sweat = r.condition(dx("52613005", "Excessive sweating", "R61.9", "Hyperhidrosis, unspecified"), onset="2026-03-01",
                        recorded="2026-06-04", asserter=endo)
    r.note("2026-05-11", doc_type(*REFERRAL), "GP referral letter",
           "Dear colleague, 33-year-old woman with 2 months of palpitations, heat intolerance, sweating and a fine "
           "tremor; lost 2 kg. ?thyrotoxicosis. TFTs normal x1 in our practice. Grateful for your opinion. "
           "Dr R Harland", author=gp, time="11:00")
    visits = [("2026-06-04", endo, "Endocrine outpatient clinic - new", "ENDO-NEW"), ("2026-07-30", reg, None, None),
              ("2026-09-24", reg, None, None), ("2026-11-19", endo, None, None)]
    encs = []
    for d, who, t, c in visits:
        e = clinic(r, d, who, t or "Endocrine outpatient clinic - follow-up", c or "ENDO-FU")
        encs.append(e)
        r.vitals(d, e, bp=(118, 74), hr=92 if d != "2026-09-24" else 104, weight=(58.9 if d < "2026-09" else 58.4, "kg"))
        r.obs(cc(coding(SCT, "80313002", "Palpitations", version=SCT_UK), text="Palpitations (patient-reported)"), d,
              cc(coding(SCT, "52101004", "Present", version=SCT_UK), text="Present - several episodes per week"),
              category="exam", encounter=e)
    e1, e2, e3, e4 = encs
    panel(r, "thyroid", "2026-06-04", [("tsh", 1.62), ("ft4", 15.2)], encounter=e1)
    lab(r, "ft3", "2026-06-04", 4.9, encounter=e1)
    lab(r, "cortisol", "2026-06-04", 384, encounter=e1, time="09:05")
    lab(r, "hb", "2026-06-04", 131, encounter=e1)
    lab(r, "a1c", "2026-06-04", 34, encounter=e1)
    lab(r, "ca", "2026-06-04", 2.34, encounter=e1)
    local_lab(r, "METANEPH", "Plasma metanephrine", "2026-07-30", 0.22, "nmol/L", "nmol/L", high=0.51, encounter=e2)
    local_lab(r, "NORMETANEPH", "Plasma normetanephrine", "2026-07-30", 0.61, "nmol/L", "nmol/L", high=1.18, encounter=e2)
    panel(r, "thyroid", "2026-09-24", [("tsh", 1.48), ("ft4", 16.0)], encounter=e3)
    r.report(cc(coding(OBS, "HOLTER24", "24-hour ambulatory ECG"), text="24-hour ambulatory ECG (Holter)"), "2026-09-02",
             category=("EC", "Electrocardiac (e.g., EKG, EEC, Holter)"),
             conclusion="Sinus rhythm throughout, rate 58-138 bpm. Symptoms diary x4 corresponded to sinus rhythm / sinus "
                        "tachycardia 110-125 bpm. No atrial or ventricular arrhythmia, no pauses.")
    r.report(cc(text="Transthoracic echocardiogram"), "2026-09-10", category=("CUS", "Cardiac Ultrasound"),
             conclusion="Structurally normal heart. LVEF 62%.")
    panel(r, "thyroid", "2026-11-19", [("tsh", 1.71), ("ft4", 14.8)], encounter=e4)
    r.clinical_impression(r.dt("2026-11-19", "10:40"),
                          "Palpitations, sweating and heat intolerance persisting since March. No biochemical evidence "
                          "of thyrotoxicosis (three sets of normal TFTs), phaeochromocytoma, or adrenal disorder. Holter "
                          "and echo normal. No endocrine cause found.",
                          assessor=endo, problems=[pal, sweat], encounter=e4,
                          findings=[sct("80313002", "Palpitations"), sct("52613005", "Excessive sweating")])
    r.note("2026-11-19", doc_type(*PROGRESS), "Clinic letter to GP",
           "Dear Dr Harland,\nI reviewed Hannah again today. She continues to have palpitations several times a week "
           "with sweating, heat intolerance and tremor, unchanged since March; weight 58.4 kg.\n"
           "Investigations have all been normal: TFTs x3, free T3, 9am cortisol, plasma metanephrines, calcium, "
           "HbA1c, FBC, 24-h ECG and echocardiogram.\n"
           "I have reassured her that there is no endocrine disorder and have discharged her back to your care. "
           "She was understandably disappointed as her symptoms are ongoing.\nYours sincerely,\nDr F Ashdown, "
           "Consultant Endocrinologist", author=endo, encounter=e4)
    return r


# =====================================================================================================
def c_t2dm_gad_positive(cid):
    """P2 positive: lean 31-year-old labelled type 2 diabetes; GAD antibodies strongly positive, low C-peptide, ketones, weight loss."""
    r = Rec(cid, ORG_C)
    base(r, "452716093")
    reg = prac_C(r, "Okonkwo", ["Emeka"], "Endocrinology", "7220918", "male")
    dsn = prac_C(r, "Pearce", ["Gemma"], "Diabetes specialist nurse", None, "female", prefix=None)
    gp = prac_C(r, "Morrow", ["Ian"], "General practice", "4410276", "male")
    patient_C(r, "Shah", ["Priya"], "female", "1995-02-14", "452716093", "TV2207719", "3 Ripon Road", "Harrogate",
              "HG1 2JA", "+44 1423 555 0433")
    t2 = r.condition(dx("44054006", "Diabetes mellitus type 2", "E11.9", "Non-insulin-dependent diabetes mellitus without complications",
                        text="Type 2 diabetes mellitus"), onset="2026-04-20", asserter=gp,
                     note="Diagnosed in primary care: HbA1c 64 mmol/mol, osmotic symptoms.")
    r.condition(dx("35489007", "Depressive disorder", "F32.9", "Depressive episode, unspecified",
                   text="Low mood (post-natal 2023), resolved"),
                onset="2023-06-01", clinical="resolved", abatement="2024-03-01")
    r.med_statement(med("Metformin 1 g tablets", "F-MET1000"), "2026-04-20", dosage_text="1 g twice daily",
                    reason_ref=[t2], info_source=gp)
    r.med_statement(med("Gliclazide 80 mg tablets", "F-GLIC80"), "2026-08-04", dosage_text="80 mg twice daily",
                    reason_ref=[t2], info_source=gp)
    lab(r, "a1c", "2026-04-14", 64)
    lab(r, "a1c", "2026-07-21", 61)
    e1 = clinic(r, "2026-10-01", reg, "Diabetes clinic - new referral", "DM-NEW")
    r.vitals("2026-10-01", e1, bp=(108, 66), weight=(55.2, "kg"), height=(166, "cm"), bmi=20.0)
    r.note("2026-10-01", doc_type(*CONSULT), "Diabetes clinic - new",
           "31F referred with T2DM, poor response to metformin + gliclazide. Weight 61 kg at diagnosis, now 55.2 kg "
           "(BMI 20). Thirst and nocturia persist. No family history of T2DM. Capillary ketones 1.1 mmol/L in clinic.\n"
           "Plan: GAD antibodies, C-peptide, continue current treatment, DSN review.", author=reg, encounter=e1)
    local_lab(r, "KETONE", "Capillary blood ketones (beta-hydroxybutyrate)", "2026-10-01", 1.1, "mmol/L", "mmol/L",
              high=0.6, encounter=e1)
    local_lab(r, "GADAB", "GAD65 antibodies", "2026-10-01", 250, "IU/mL", "[IU]/mL", high=5, encounter=e1,
              note="Result above upper limit of assay (>250 IU/mL).")
    local_lab(r, "CPEP", "C-peptide (random, with glucose 14.2 mmol/L)", "2026-10-01", 236, "pmol/L", "pmol/L", low=370,
              high=1470, encounter=e1)
    lab(r, "glu", "2026-10-01", 14.2, encounter=e1)
    lab(r, "a1c", "2026-10-13", 65)
    lab(r, "tsh", "2026-10-01", 2.3, encounter=e1)
    e2 = clinic(r, "2026-11-12", reg, "Diabetes clinic - follow-up", "DM-FU")
    r.vitals("2026-11-12", e2, bp=(106, 64), weight=(54.6, "kg"))
    local_lab(r, "KETONE", "Capillary blood ketones (beta-hydroxybutyrate)", "2026-11-12", 1.4, "mmol/L", "mmol/L",
              high=0.6, encounter=e2)
    r.note("2026-11-12", doc_type(*PROGRESS), "Diabetes clinic - follow-up",
           "T2DM, suboptimal control (HbA1c 64 -> 61 -> 65). Weight 54.6 kg (down a further 0.6 kg). Ketones 1.4. "
           "Adherent to metformin and gliclazide.\nAntibody and C-peptide results noted.\n"
           "Plan: add sitagliptin 100 mg daily; dietitian referral for carbohydrate awareness; continue metformin "
           "and gliclazide. Review 3 months.", author=reg, encounter=e2)
    r.med_request(med("Sitagliptin 100 mg tablets", "F-SITA100"), "2026-11-12", "100 mg once daily", requester=reg,
                  reason_ref=[t2], encounter=e2)
    r.note("2026-11-20", doc_type(*TELEPHONE), "DSN telephone call",
           "Patient rang: feels exhausted, still thirsty, losing weight. Advised to keep taking tablets and await "
           "dietitian appointment.", author=dsn)
    return r


# =====================================================================================================
def c_thyroidectomy_done(cid):
    """P3 near miss: total thyroidectomy for relapsing Graves' already performed in September; nothing further planned."""
    r = Rec(cid, ORG_C)
    base(r, "485301278")
    endo = prac_C(r, "Ashdown", ["Felicity"], "Endocrinology", "6104821", "female")
    surg = prac_C(r, "Lindsay", ["Graham"], "Endocrine surgery", "5532087", "male", prefix="Mr")
    patient_C(r, "O'Donnell", ["Margaret"], "female", "1974-09-21", "485301278", "TV0877342", "22 Cold Bath Road",
              "Harrogate", "HG2 0NL", "+44 1423 555 0518")
    graves = r.condition(dx("353295004", "Graves' disease", "E05.0", "Thyrotoxicosis with diffuse goitre"),
                         onset="2019-03-01", clinical="resolved", abatement="2026-09-22",
                         note="Two relapses after carbimazole courses (2019-2021, 2023-2025). Treated by total thyroidectomy.")
    r.condition(dx(None, None, "E89.0", "Postprocedural hypothyroidism", text="Post-surgical hypothyroidism"),
                onset="2026-09-22", asserter=endo)
    r.med_statement(med("Carbimazole 20 mg tablets", "F-CARB20"), "2025-06-01", status="completed", end="2026-09-21",
                    reason_ref=[graves], dosage_text="20 mg daily until surgery")
    sr = r.service_request(sct("13619001", "Thyroidectomy", "Total thyroidectomy"), "2026-06-10", status="completed",
                           intent="order", requester=endo, performer=surg, reason_ref=[graves],
                           category=sct("387713003", "Surgical procedure"))
    e1 = r.encounter("2026-09-22", "IMP", cc(text="Elective admission - endocrine surgery"), practitioner=surg,
                     end="2026-09-23", time="07:00", end_time="15:00", admit=("other", "Other"), discharge=("home", "Home"),
                     priority=("EL", "elective"))
    r.procedure(sct("13619001", "Thyroidectomy", "Total thyroidectomy"), performed=r.dt("2026-09-22", "09:10"),
                performer=surg, encounter=e1, reason_ref=[graves], based_on=[sr],
                note="Both recurrent laryngeal nerves identified and preserved (neuromonitoring). 4 parathyroids seen.")
    lab(r, "ca", "2026-09-23", 2.14, encounter=e1, time="06:00")
    lab(r, "pth", "2026-09-23", 2.4, encounter=e1, time="06:00")
    r.report(cc(text="Histopathology - total thyroidectomy"), "2026-09-29", category=("SP", "Surgical Pathology"),
             conclusion="Diffuse hyperplasia consistent with Graves' disease. No malignancy.")
    r.med_statement(med("Levothyroxine 125 microgram tablets", "F-LEVO125"), "2026-09-23", dosage_text="125 micrograms daily")
    r.note("2026-09-23", doc_type(*DISCHARGE), "Discharge summary",
           "Uncomplicated total thyroidectomy 22/09/2026. Voice normal. Day-1 adjusted calcium 2.14, PTH 2.4 - "
           "calcium carbonate 1.5 g BD for 2 weeks. Levothyroxine 125 mcg started.", author=surg, encounter=e1)
    e2 = clinic(r, "2026-10-06", surg, "Endocrine surgery post-operative clinic", "ESURG-PO")
    lab(r, "ca", "2026-10-06", 2.31, encounter=e2)
    r.note("2026-10-06", doc_type(*PROGRESS), "Post-op clinic",
           "Wound healed. Voice normal. Calcium 2.31 off supplements. Benign histology. Discharged from surgical "
           "follow-up.", author=surg, encounter=e2)
    e3 = clinic(r, "2026-11-05", endo)
    panel(r, "thyroid", "2026-11-05", [("tsh", 2.1), ("ft4", 17.4)], encounter=e3)
    r.vitals("2026-11-05", e3, bp=(122, 76), hr=72, weight=(68.1, "kg"))
    r.note("2026-11-05", doc_type(*PROGRESS), "Endocrine follow-up",
           "6 weeks after total thyroidectomy. Euthyroid on levothyroxine 125 mcg (TSH 2.1). Graves' disease cured "
           "surgically. Mild thyroid eye disease inactive (CAS 1/7). Annual TFTs via GP.", author=endo, encounter=e3)
    return r


# =====================================================================================================
def c_thyroid_ca_second_opinion(cid):
    """P4 near miss: RAI-refractory metastatic papillary thyroid cancer, palliative plan - but a tertiary second opinion in July 2026 is on record."""
    r = Rec(cid, ORG_C)
    base(r, "430628594")
    endo = prac_C(r, "Ashdown", ["Felicity"], "Endocrinology", "6104821", "female")
    onc = prac_C(r, "Bramwell", ["Claire"], "Clinical oncology", "4788120", "female")
    ext_org = r.organization("Northern Regional Cancer Centre", identifiers=[{"system": "https://fhir.nhs.uk/Id/ods-organization-code",
                                                                               "value": "RN7X2"}])
    ext = prac_C(r, "Sutherland", ["Alasdair"], "Clinical oncology", "3901557", "male")
    patient_C(r, "Ashworth", ["Kenneth", "John"], "male", "1950-04-08", "430628594", "TV0451180", "Flat 2, 9 Valley Drive",
              "Harrogate", "HG2 0JH", "+44 1423 555 0644")
    ptc = r.condition(dx(None, None, "C73", "Malignant neoplasm of thyroid gland",
                         text="Papillary thyroid carcinoma - radioiodine-refractory, progressive lung metastases"),
                      onset="2019-02-11", asserter=onc)
    mets = r.condition(dx("94391008", "Secondary malignant neoplasm of lung", "C78.0", "Secondary malignant neoplasm of lung"),
                       onset="2023-05-02", asserter=onc)
    r.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2008-01-01")
    r.condition(dx("700378005", "Chronic kidney disease stage 3A", "N18.3", "Chronic kidney disease, stage 3"),
                onset="2021-01-01")
    r.procedure(sct("13619001", "Thyroidectomy", "Total thyroidectomy + central neck dissection"),
                performed="2019-03-18", reason_ref=[ptc])
    r.procedure(cc(text="Radioiodine (I-131) therapy 3.7 GBq"), performed="2019-06-04", reason_ref=[ptc])
    r.procedure(cc(text="Radioiodine (I-131) therapy 5.5 GBq - no uptake in lung lesions on post-therapy scan"),
                performed="2023-08-15", reason_ref=[mets])
    r.med_statement(med("Levothyroxine 150 microgram tablets", "F-LEVO150"), "2019-03-20",
                    dosage_text="150 micrograms daily (TSH suppression)", reason_ref=[ptc])
    for d, tg in [("2025-08-12", 5.6), ("2026-02-10", 18.0), ("2026-08-11", 42.0)]:
        lab(r, "tg", d, tg, note="Anti-thyroglobulin antibodies negative.")
    lab(r, "egfr", "2026-08-11", 47)
    r.report(cc(text="CT thorax with contrast"), "2026-04-28", category=("RAD", "Radiology"),
             conclusion="Progression of bilateral pulmonary metastases, largest 19 mm (was 11 mm). New mediastinal node.")
    r.note("2026-05-19", doc_type(*CONSULT), "Thyroid cancer MDT outcome",
           "RAI-refractory PTC with progressive pulmonary metastases (RECIST progression). Option of lenvatinib "
           "discussed; ECOG 2-3, CKD 3a, hypertension - high risk of toxicity. MDT recommends best supportive care; "
           "patient requests an independent opinion from a tertiary centre before accepting this.", author=onc)
    sr = r.service_request(cc(coding(ORG_C.cs("referral-type"), "SECOND-OPINION", "Second opinion referral"),
                              text="Second opinion - RAI-refractory differentiated thyroid cancer"),
                           "2026-06-03", status="completed", intent="order", requester=onc, performer=ext,
                           reason_ref=[ptc, mets], category=sct("3457005", "Patient referral"))
    r.note("2026-07-15", doc_type(*CONSULT), "Second opinion - Northern Regional Cancer Centre",
           "Dear Dr Bramwell,\nThank you for asking me to see Mr Ashworth for a second opinion. I have reviewed his "
           "imaging and history and examined him. I agree that his disease is radioiodine-refractory and slowly "
           "progressive. Given his frailty and renal function, I agree that the risks of lenvatinib or sorafenib "
           "outweigh the likely benefit and there are no other disease-directed options I can recommend; I support "
           "best supportive care with community palliative care input. He was reassured to have this confirmed.\n"
           "Dr A Sutherland, Consultant Clinical Oncologist", author=ext, time="15:30")
    r.careplan("Palliative care plan - metastatic thyroid cancer", "active", "plan", "2026-08-04",
               category=[sct("103735009", "Palliative care")], addresses=[ptc, mets], author=onc,
               activities=[{"code": txt("Community palliative care team input"), "status": "in-progress"},
                           {"code": txt("Symptom control - breathlessness, cough"), "status": "in-progress"},
                           {"code": txt("Advance care planning conversation"), "status": "completed"}])
    e = clinic(r, "2026-11-10", endo, "Thyroid cancer follow-up clinic", "THY-FU")
    r.note("2026-11-10", doc_type(*PROGRESS), "Thyroid cancer follow-up",
           "Stable symptoms, mild exertional breathlessness. Community palliative team involved. Continue "
           "levothyroxine. Second opinion (July) confirmed supportive-care approach.", author=endo, encounter=e)
    return r


# =====================================================================================================
def c_pump_eq5d(cid):
    """P5 near miss: type 1 diabetes moved to a hybrid closed-loop pump; EQ-5D dipped 0.03 (below MCID); glycaemia improved."""
    r = Rec(cid, ORG_C)
    base(r, "468210935")
    endo = prac_C(r, "Okonkwo", ["Emeka"], "Endocrinology", "7220918", "male")
    dsn = prac_C(r, "Pearce", ["Gemma"], "Diabetes specialist nurse", None, "female", prefix=None)
    patient_C(r, "Bennett", ["Oliver", "James"], "male", "1997-06-19", "468210935", "TV3310452", "58 Skipton Road",
              "Harrogate", "HG1 4LE", "+44 1423 555 0755")
    t1 = r.condition(dx("46635009", "Diabetes mellitus type 1", "E10.9", "Insulin-dependent diabetes mellitus without complications"),
                     onset="2008-11-01")
    r.med_statement(med("Insulin aspart (NovoRapid) 100 units/mL cartridge - via pump", "F-ASP100"), "2026-07-14",
                    dosage_text="Via pump: basal auto-adjusted, ICR 1:10", reason_ref=[t1])
    r.med_statement(med("Insulin degludec 100 units/mL", "F-DEG100"), "2019-01-01", status="completed", end="2026-07-13",
                    dosage_text="18 units once daily (MDI, stopped at pump start)", reason_ref=[t1])
    pump = r.device("Hybrid closed-loop insulin pump", sct("69805005", "Insulin pump"), manufacturer="Tandem Diabetes Care",
                    model="t:slim X2 (Control-IQ)", serial="TS4471209")
    sensor = r.device("Continuous glucose monitoring sensor", cc(text="Real-time CGM sensor"), manufacturer="Dexcom",
                      model="G7")
    r.device_use(pump, "2026-07-14", reason=sct("46635009", "Diabetes mellitus type 1"), source=dsn)
    r.device_use(sensor, "2025-02-01", reason=sct("46635009", "Diabetes mellitus type 1"), source=dsn)
    eq = cc(coding(OBS, "EQ5D5L-IDX", "EQ-5D-5L index value (England value set)"), text="EQ-5D-5L index")
    vas = cc(coding(OBS, "EQ-VAS", "EQ visual analogue scale"), text="EQ VAS")
    e0 = clinic(r, "2026-06-30", endo, "Pump start assessment", "PUMP")
    r.obs(eq, "2026-06-30", 0.861, "{index}", "{index}", category="survey", encounter=e0)
    r.obs(vas, "2026-06-30", 80, category="survey", encounter=e0, value_kind="int")
    lab(r, "a1c", "2026-06-23", 62)
    cgm(r, "2026-06-30", "2026-06-16", 48, 5, 60, 10.4, encounter=e0)
    r.note("2026-06-30", doc_type(*PROGRESS), "Pump start assessment",
           "T1DM since 2008. HbA1c 62, TIR 48%, TBR 5% with nocturnal hypos. Meets NICE TA criteria for hybrid "
           "closed loop. Pump start 14 July with DSN.", author=endo, encounter=e0)
    e1 = clinic(r, "2026-07-14", dsn, "Pump start - DSN", "PUMP")
    e2 = clinic(r, "2026-11-10", endo)
    lab(r, "a1c", "2026-11-03", 52)
    cgm(r, "2026-11-10", "2026-10-27", 66, 2, 53, 8.9, encounter=e2)
    r.obs(eq, "2026-11-10", 0.832, "{index}", "{index}", category="survey", encounter=e2,
          note="Mobility 1, self-care 1, usual activities 1, pain/discomfort 2 (site soreness), anxiety/depression 1.")
    r.obs(vas, "2026-11-10", 78, category="survey", encounter=e2, value_kind="int")
    r.note("2026-11-10", doc_type(*PROGRESS), "Diabetes clinic - 4 months on closed loop",
           "Very pleased with the system. TIR 48 -> 66%, TBR 5 -> 2%, HbA1c 62 -> 52. Sleeping better - no night "
           "hypos. Some cannula-site soreness. EQ-5D 0.861 -> 0.832 and VAS 80 -> 78 - small change, not "
           "clinically meaningful. Continue.", author=endo, encounter=e2)
    return r


# =====================================================================================================
def c_distress_qr_yes(cid):
    """P6 positive: diabetes distress questionnaire; patient answers Yes to wanting another specialist's opinion."""
    r = Rec(cid, ORG_C)
    base(r, "419027566")
    endo = prac_C(r, "Okonkwo", ["Emeka"], "Endocrinology", "7220918", "male")
    dsn = prac_C(r, "Pearce", ["Gemma"], "Diabetes specialist nurse", None, "female", prefix=None)
    patient_C(r, "Begum", ["Fatima"], "female", "1979-10-30", "419027566", "TV1540977", "7 Dragon Parade", "Harrogate",
              "HG1 5BY", "+44 1423 555 0862")
    t2 = r.condition(dx("44054006", "Diabetes mellitus type 2", "E11.9", "Non-insulin-dependent diabetes mellitus without complications"),
                     onset="2016-03-01")
    r.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2018-01-01")
    r.condition(dx("197321007", "Steatosis of liver", "K76.0", "Fatty (change of) liver, not elsewhere classified"),
                onset="2020-01-01")
    for text, code, dose, start in [("Insulin glargine (Abasaglar) 100 units/mL KwikPen", "F-GLAR100", "46 units at night", "2022-05-01"),
                                    ("Metformin 1 g tablets", "F-MET1000", "1 g twice daily", "2016-03-01"),
                                    ("Dapagliflozin 10 mg tablets", "F-DAPA10", "10 mg once daily", "2023-02-01"),
                                    ("Ramipril 5 mg capsules", "F-RAM5", "5 mg once daily", "2018-01-01")]:
        r.med_statement(med(text, code), start, dosage_text=dose, reason_ref=[t2] if "Ramipril" not in text else None)
    for d, v in [("2026-02-17", 70), ("2026-06-16", 68), ("2026-10-27", 69)]:
        lab(r, "a1c", d, v)
    e = clinic(r, "2026-11-05", endo)
    r.vitals("2026-11-05", e, bp=(134, 82), weight=(88.6, "kg"), bmi=33.4)
    qr = r.questionnaire_response(
        "https://api.tvedc.example.org.uk/fhir/Questionnaire/clinic-experience-dds|2", r.dt("2026-11-05", "09:40"),
        [qi("dds2", "Diabetes Distress Scale (DDS2)", items=[
            qi("dds2-1", "Feeling overwhelmed by the demands of living with diabetes (1 = not a problem, 6 = a very serious problem)", 5),
            qi("dds2-2", "Feeling that I am often failing with my diabetes regimen (1-6)", 5)]),
         qi("exp", "Your experience of clinic", items=[
             qi("exp-1", "Do you feel your concerns are taken seriously in clinic?", NO),
             qi("exp-2", "Would you like another diabetes specialist to review your care (a second opinion)?", YES),
             qi("exp-3", "Anything else you would like us to know?",
                "I keep being told my sugars are my own fault. I take everything as prescribed. I would like someone "
                "else to look at why nothing is working.")])],
        author=r.pt, source=r.pt, encounter=e)
    r.obs(cc(coding(OBS, "DDS2", "Diabetes Distress Scale 2-item mean score"), text="DDS2 mean score"), "2026-11-05", 5.0,
          "{score}", "{score}", high=3.0, category="survey", encounter=e, derived=[qr],
          note="Mean >= 3 indicates significant distress.")
    r.note("2026-11-05", doc_type(*PROGRESS), "Diabetes clinic",
           "T2DM on glargine 46 u, metformin, dapagliflozin. HbA1c 70 -> 68 -> 69, stable. Reports adherence. "
           "Pre-clinic questionnaire: DDS2 high (5/6). Titrate glargine by 2 units every 3 days to fasting 5-7. "
           "Psychology referral offered for diabetes distress.", author=endo, encounter=e)
    return r


# =====================================================================================================
def c_hba1c_rising_on_insulin(cid):
    """P7 positive: HbA1c 61 -> 69 -> 76 -> 83 mmol/mol over 10 months, CGM TIR falling, on basal-bolus insulin + metformin throughout."""
    r = Rec(cid, ORG_C)
    base(r, "457093318")
    endo = prac_C(r, "Ashdown", ["Felicity"], "Endocrinology", "6104821", "female")
    dsn = prac_C(r, "Pearce", ["Gemma"], "Diabetes specialist nurse", None, "female", prefix=None)
    patient_C(r, "Hargreaves", ["William"], "male", "1963-03-25", "457093318", "TV0663871", "40 Kings Road", "Harrogate",
              "HG1 5JR", "+44 1423 555 0977")
    t2 = r.condition(dx("44054006", "Diabetes mellitus type 2", "E11.9", "Non-insulin-dependent diabetes mellitus without complications"),
                     onset="2012-05-01")
    r.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2010-01-01")
    r.condition(dx("55822004", "Hyperlipidemia", "E78.5", "Hyperlipidaemia, unspecified"), onset="2012-05-01")
    for text, code, dose, start in [("Insulin glargine (Lantus) 100 units/mL SoloStar", "F-LANT100", "38 units at night, titrated", "2024-02-12"),
                                    ("Insulin aspart (NovoRapid) 100 units/mL FlexPen", "F-ASP100", "8-12 units with meals", "2024-02-12"),
                                    ("Metformin 1 g tablets", "F-MET1000", "1 g twice daily", "2012-05-01")]:
        r.med_statement(med(text, code), start, dosage_text=dose, reason_ref=[t2], asserted="2026-11-17")
    r.med_statement(med("Atorvastatin 40 mg tablets", "F-ATOR40"), "2012-05-01", dosage_text="40 mg at night")
    r.med_statement(med("Amlodipine 10 mg tablets", "F-AML10"), "2010-01-01", dosage_text="10 mg once daily")
    sensor = r.device("Flash glucose monitoring sensor", cc(text="Intermittently scanned CGM"), manufacturer="Abbott",
                      model="FreeStyle Libre 2 Plus")
    r.device_use(sensor, "2025-09-01", reason=sct("44054006", "Diabetes mellitus type 2"), source=dsn)
    series = [("2026-01-20", 61, 52, 7.4), ("2026-05-12", 69, 44, 8.0), ("2026-08-18", 76, 38, 8.4), ("2026-11-17", 83, 29, 9.0)]
    for i, (d, a1c, tir, _gmi_pct) in enumerate(series):
        e = clinic(r, d, endo if i % 2 == 0 else dsn, "Diabetes clinic - follow-up", "DM-FU")
        lab(r, "a1c", d, a1c, encounter=e)
        cgm(r, d, {"2026-01-20": "2026-01-06", "2026-05-12": "2026-04-28", "2026-08-18": "2026-08-04",
                   "2026-11-17": "2026-11-03"}[d], tir, 1, {61: 56, 69: 63, 76: 70, 83: 77}[a1c],
            {52: 9.6, 44: 10.8, 38: 11.7, 29: 12.9}[tir], encounter=e)
        r.vitals(d, e, bp=(138, 84), weight=(97.0 + i * 1.1, "kg"))
    r.note("2026-11-17", doc_type(*PROGRESS), "Diabetes clinic - letter to GP",
           "Basal-bolus insulin since Feb 2024 plus metformin, taken as prescribed (pen memory and Libre data "
           "confirm injections). Despite dose titration at every visit (glargine 38 -> 52 units), control keeps "
           "deteriorating: HbA1c 61 (Jan) -> 69 (May) -> 76 (Aug) -> 83 mmol/mol (Nov); time in range 52% -> 29%.\n"
           "Plan: increase glargine to 56 units, review carbohydrate counting (DAFNE-style course), consider "
           "GLP-1 RA. Review 3 months.", author=endo)
    return r


# =====================================================================================================
def c_hba1c_rising_off_treatment(cid):
    """P7 near miss: HbA1c 52 -> 63 -> 74 but the patient stopped semaglutide in April and metformin in May - treatment not running."""
    r = Rec(cid, ORG_C)
    base(r, "493358202")
    endo = prac_C(r, "Okonkwo", ["Emeka"], "Endocrinology", "7220918", "male")
    dsn = prac_C(r, "Pearce", ["Gemma"], "Diabetes specialist nurse", None, "female", prefix=None)
    patient_C(r, "Donnelly", ["Craig"], "male", "1981-08-07", "493358202", "TV2981145", "12 Woodfield Close", "Harrogate",
              "HG1 4HE", "+44 1423 555 0311")
    t2 = r.condition(dx("44054006", "Diabetes mellitus type 2", "E11.9", "Non-insulin-dependent diabetes mellitus without complications"),
                     onset="2022-01-18")
    r.condition(dx("414916001", "Obesity", "E66.9", "Obesity, unspecified"), onset="2018-01-01")
    r.med_statement(med("Semaglutide 1 mg/0.74 mL pre-filled pen", "F-SEMA1"), "2023-03-01", status="stopped",
                    end="2026-04-10", reason_ref=[t2], dosage_text="1 mg once weekly",
                    status_reason=cc(text="Stopped by patient - nausea, then unable to obtain during supply shortage"))
    r.med_statement(med("Metformin 1 g tablets", "F-MET1000"), "2022-01-18", status="stopped", end="2026-05-15",
                    reason_ref=[t2], dosage_text="1 g twice daily",
                    status_reason=cc(text="Stopped by patient - diarrhoea; did not tell the practice"))
    for d, v in [("2026-03-03", 52), ("2026-07-14", 63), ("2026-11-03", 74)]:
        lab(r, "a1c", d, v)
    e1 = clinic(r, "2026-07-21", dsn, "Diabetes clinic - DSN", "DM-DSN")
    r.note("2026-07-21", doc_type(*PROGRESS), "DSN review",
           "HbA1c 52 -> 63. On questioning, he stopped semaglutide in April (nausea; pharmacy shortage) and stopped "
           "metformin in May because of diarrhoea. Currently taking no glucose-lowering medication. Discussed "
           "restarting; he wanted to try diet first. Review with consultant.", author=dsn, encounter=e1)
    e2 = clinic(r, "2026-11-12", endo)
    r.vitals("2026-11-12", e2, bp=(136, 86), weight=(109.4, "kg"), bmi=35.1)
    r.note("2026-11-12", doc_type(*PROGRESS), "Diabetes clinic",
           "HbA1c 74. Still not taking any diabetes medication since May; diet alone has not worked. Worsening "
           "reflects absence of treatment rather than treatment failure.\nPlan: restart metformin as modified-release "
           "500 mg, titrate slowly; restart GLP-1 RA now supply has recovered (start low dose). Review 3 months.",
           author=endo, encounter=e2)
    r.med_request(med("Metformin 500 mg modified-release tablets", "F-METMR500"), "2026-11-12",
                  "500 mg with evening meal, increase by 500 mg every 2 weeks to 2 g", requester=endo, reason_ref=[t2],
                  encounter=e2)
    r.med_request(med("Semaglutide 0.25 mg/0.19 mL pre-filled pen", "F-SEMA025"), "2026-11-12",
                  "0.25 mg once weekly for 4 weeks then 0.5 mg", requester=endo, reason_ref=[t2], encounter=e2)
    return r


# =====================================================================================================
def c_acromegaly(cid):
    """P8 positive: acromegaly with persistent disease after transsphenoidal surgery, on lanreotide; IGF-1 improving."""
    r = Rec(cid, ORG_C)
    base(r, "426601839")
    endo = prac_C(r, "Ashdown", ["Felicity"], "Endocrinology", "6104821", "female")
    nurse = prac_C(r, "Kaur", ["Simran"], "Nurse", None, "female", prefix=None)
    patient_C(r, "Pritchard", ["Susan", "Mary"], "female", "1971-05-02", "426601839", "TV1187093", "5 Beech Grove",
              "Harrogate", "HG2 0EX", "+44 1423 555 0128")
    acro = r.condition(dx("74107003", "Acromegaly", "E22.0", "Acromegaly and pituitary gigantism",
                          text="Acromegaly - GH-secreting pituitary macroadenoma, persistent disease after surgery"),
                       onset="2024-11-12", asserter=endo)
    r.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2023-01-01")
    r.condition(dx("78275009", "Obstructive sleep apnea syndrome", "G47.3", "Sleep apnoea"), onset="2024-09-01")
    r.condition(dx("57182000", "Carpal tunnel syndrome", "G56.0", "Carpal tunnel syndrome"), onset="2024-06-01",
                clinical="resolved", abatement="2025-06-01")
    r.procedure(cc(text="Endoscopic transsphenoidal resection of pituitary adenoma"), performed="2025-03-04",
                reason_ref=[acro], note="Subtotal resection - residual tumour in right cavernous sinus (Knosp 3).")
    lan = med("Lanreotide 120 mg/0.5 mL prolonged-release injection", "F-LANR120")
    r.med_statement(lan, "2025-07-08", dosage_text="120 mg deep subcutaneous every 28 days", reason_ref=[acro])
    for d, v in [("2025-06-17", 512), ("2026-02-10", 388), ("2026-08-11", 301), ("2026-11-10", 262)]:
        lab(r, "igf1", d, v, note="Age/sex-specific reference range 75-240 ug/L.")
    for d in ["2026-10-13", "2026-11-10"]:
        e = clinic(r, d, nurse, "Endocrine nurse injection clinic", "ENDO-INJ")
        r.med_admin(lan, r.dt(d, "10:15"), "120 mg deep SC, right upper outer buttock", dose=qty(120, "mg"),
                    performer=nurse, encounter=e, route=sct("34206005", "Subcutaneous route"))
    r.report(cc(text="MRI pituitary with gadolinium"), "2026-08-18", category=("RAD", "Radiology"),
             conclusion="Stable 7 mm residual adenoma in right cavernous sinus. Optic chiasm clear.")
    lab(r, "a1c", "2026-11-10", 44)
    e = clinic(r, "2026-11-17", endo, "Pituitary clinic", "PIT")
    r.vitals("2026-11-17", e, bp=(128, 80), hr=70, weight=(79.5, "kg"))
    r.note("2026-11-17", doc_type(*PROGRESS), "Pituitary clinic",
           "Acromegaly, persistent after transsphenoidal surgery March 2025 with residual "
           "in right cavernous sinus. On lanreotide 120 mg every 28 days since July 2025: IGF-1 512 -> 388 -> 301 "
           "-> 262 ug/L (ULN 240), improving. Headaches resolved, ring size stable. OSA on CPAP. HbA1c 44 "
           "(prediabetic range). Plan: continue lanreotide; if IGF-1 not normal by May consider adding pegvisomant "
           "or pasireotide; MRI in 12 months. Discussed at regional pituitary MDT.", author=endo, encounter=e)
    return r


# =====================================================================================================
def c_adrenal_incidentaloma(cid):
    """P8 near miss: 2.2 cm lipid-rich non-functioning adrenal adenoma found on CT - common, benign; discharged."""
    r = Rec(cid, ORG_C)
    base(r, "478124609")
    endo = prac_C(r, "Okonkwo", ["Emeka"], "Endocrinology", "7220918", "male")
    patient_C(r, "Holloway", ["Derek"], "male", "1965-12-01", "478124609", "TV2205188", "31 Otley Road", "Harrogate",
              "HG2 0DW", "+44 1423 555 0246")
    htn = r.condition(dx("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), onset="2015-01-01")
    r.condition(dx("55822004", "Hyperlipidemia", "E78.5", "Hyperlipidaemia, unspecified"), onset="2015-01-01")
    r.condition(dx("95570007", "Kidney stone", "N20.0", "Calculus of kidney", text="Right renal colic July 2026 - stone passed"),
                onset="2026-07-02", clinical="resolved", abatement="2026-07-20")
    r.med_statement(med("Amlodipine 5 mg tablets", "F-AML5"), "2015-01-01", dosage_text="5 mg once daily", reason_ref=[htn])
    r.med_statement(med("Atorvastatin 20 mg tablets", "F-ATOR20"), "2015-01-01", dosage_text="20 mg at night")
    r.report(cc(text="CT kidneys, ureters and bladder (non-contrast)"), "2026-07-02", category=("RAD", "Radiology"),
             conclusion="4 mm right VUJ calculus with mild hydronephrosis. Incidental 22 mm left adrenal nodule, "
                        "attenuation 6 HU - consistent with lipid-rich adenoma.")
    e1 = clinic(r, "2026-09-08", endo, "Adrenal clinic - new", "ADR-NEW")
    inc = r.condition(dx(None, None, "D35.0", "Benign neoplasm of adrenal gland",
                         text="Left adrenal incidentaloma 22 mm, lipid-rich adenoma (6 HU), non-functioning"),
                      onset="2026-07-02", recorded="2026-09-08", encounter=e1, asserter=endo)
    r.vitals("2026-09-08", e1, bp=(138, 84), hr=68, weight=(86.0, "kg"))
    local_lab(r, "ODST", "Cortisol after 1 mg overnight dexamethasone", "2026-09-15", 31, "nmol/L", "nmol/L", high=50,
              loinc=("2143-6", "Cortisol [Mass/volume] in Serum or Plasma"))
    local_lab(r, "METANEPH", "Plasma metanephrine", "2026-09-15", 0.18, "nmol/L", "nmol/L", high=0.51)
    local_lab(r, "NORMETANEPH", "Plasma normetanephrine", "2026-09-15", 0.74, "nmol/L", "nmol/L", high=1.18)
    local_lab(r, "ARR", "Aldosterone/renin ratio", "2026-09-15", 18, "{ratio}", "{ratio}", high=30)
    lab(r, "k", "2026-09-15", 4.2)
    r.note("2026-10-06", doc_type(*PROGRESS), "Adrenal clinic - results letter to GP",
           "Dear Dr,\nMr Holloway's 22 mm left adrenal nodule is a benign lipid-rich adenoma (6 HU). Hormone "
           "work-up is normal: overnight dexamethasone suppression cortisol 31 nmol/L, plasma metanephrines "
           "normal, aldosterone/renin ratio normal. Per ESE guidance no further imaging or follow-up is needed for "
           "a non-functioning adenoma < 4 cm with attenuation < 10 HU. Discharged.\nDr E Okonkwo", author=endo,
           encounter=clinic(r, "2026-10-06", endo, "Adrenal clinic - telephone results", "ADR-TEL", cls="VR"))
    return r


CASES = [
    dict(key="c-palpitations-normal", org="C", fn=c_palpitations_normal, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP",
         kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Palpitations and sweating recorded as active symptoms at four visits over 24 weeks; TFTs x3, cortisol, "
             "metanephrines, Holter and echo all normal; no explanatory diagnosis; discharged while symptoms continue.",
         summary="Palpitations/sweats 4 visits over 6 months, endocrine and cardiac work-up normal, discharged"),
    dict(key="c-t2dm-gad-positive", org="C", fn=c_t2dm_gad_positive, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="Type 2 diabetes label in a lean 31-year-old with ongoing weight loss and ketosis, strongly positive GAD "
             "antibodies and low C-peptide - results the label cannot explain (autoimmune diabetes); plan unchanged.",
         summary="Lean young woman labelled T2DM; GAD >250, low C-peptide, ketones, weight loss; label kept"),
    dict(key="c-thyroidectomy-done", org="C", fn=c_thyroidectomy_done, target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
         expected=[],
         why="The total thyroidectomy was already performed on 22 Sept 2026 (order completed); nothing further is planned.",
         summary="Relapsing Graves' treated by total thyroidectomy (done Sept 2026), euthyroid on levothyroxine"),
    dict(key="c-thyroid-ca-2nd-opinion", org="C", fn=c_thyroid_ca_second_opinion, target="UNTREATABLE_PROGNOSIS",
         kind="near-miss", expected=[],
         why="RAI-refractory metastatic thyroid cancer with a palliative care plan, but a tertiary-centre second opinion "
             "(July 2026) confirming no disease-directed options is on record within 12 months - flag suppressed.",
         summary="Metastatic RAI-refractory thyroid cancer on palliative plan; tertiary second opinion July 2026"),
    dict(key="c-pump-eq5d", org="C", fn=c_pump_eq5d, target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="Insulin pump therapy is not a high-impact treatment, and the EQ-5D index fell only 0.03 (VAS -2) after it "
             "began - below the minimal important difference - while glycaemia improved.",
         summary="T1DM on hybrid closed loop; EQ-5D 0.861 to 0.832 (below MCID), TIR improved"),
    dict(key="c-distress-qr-yes", org="C", fn=c_distress_qr_yes, target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"],
         why="In the pre-clinic QuestionnaireResponse the patient answers No to 'concerns taken seriously' and Yes to "
             "wanting another diabetes specialist to review her care.",
         summary="T2DM with high diabetes distress; questionnaire answer Yes to second opinion"),
    dict(key="c-hba1c-rising-on-insulin", org="C", fn=c_hba1c_rising_on_insulin, target="WORSENING_DESPITE_TREATMENT",
         kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="HbA1c 61 -> 69 -> 76 -> 83 mmol/mol over 10 months (MCID ~5.5) and CGM time in range 52% -> 29%, with "
             "basal-bolus insulin and metformin active throughout.",
         summary="T2DM on basal-bolus insulin; HbA1c +22 mmol/mol over 10 months, TIR falling"),
    dict(key="c-hba1c-rising-off-treatment", org="C", fn=c_hba1c_rising_off_treatment, target="WORSENING_DESPITE_TREATMENT",
         kind="near-miss", expected=[],
         why="HbA1c rose 52 -> 63 -> 74, but semaglutide was stopped in April and metformin in May - the worsening "
             "happened without treatment running, not despite it.",
         summary="T2DM HbA1c rising after patient stopped all glucose-lowering drugs"),
    dict(key="c-acromegaly", org="C", fn=c_acromegaly, target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active acromegaly (E22.0) - an Orphanet rare disease - with persistent disease after pituitary surgery on "
             "somatostatin-analogue therapy.",
         summary="Acromegaly, residual adenoma after surgery, on lanreotide; IGF-1 improving"),
    dict(key="c-adrenal-incidentaloma", org="C", fn=c_adrenal_incidentaloma, target="RARE_OR_COMPLEX_CONDITION",
         kind="near-miss", expected=[],
         why="A 22 mm lipid-rich non-functioning adrenal adenoma is a common benign incidental finding, fully worked up "
             "and discharged; no rare disease and only two chronic conditions.",
         summary="Incidental 2.2 cm non-functioning adrenal adenoma, normal hormone work-up, discharged"),
]
