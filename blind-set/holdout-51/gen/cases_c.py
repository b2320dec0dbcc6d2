"""Cases from the Northgate Endocrinology & Diabetes Centre (English, UK style): SNOMED CT and ICD-10, HbA1c in
mmol/mol, CGM metrics, pumps and GLP-1 therapy, thyroid and adrenal work-ups, surgical referrals."""
from fhirkit import (ICD10, SCT, atc, cc, local, loinc, q, scaffold)

PSNW = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"
MPP = "MAJOR_PROCEDURE_PLANNED"
UP = "UNTREATABLE_PROGNOSIS"
HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
WDT = "WORSENING_DESPITE_TREATMENT"
RARE = "RARE_OR_COMPLEX_CONDITION"

CLIN = "https://fhir.northgate-endo.example.org/CodeSystem/clinic"
DIAB_CLINIC = cc(CLIN, "DIAB", "Diabetes clinic", text="Diabetes outpatient clinic")
ENDO_CLINIC = cc(CLIN, "ENDO", "Endocrine clinic", text="Endocrine outpatient clinic")
PUMP_CLINIC = cc(CLIN, "PUMP", "Insulin pump clinic", text="Insulin pump and technology clinic")
VIRTUAL = cc(CLIN, "VIRT", "Virtual clinic", text="Telephone / video clinic")
LETTER = cc("http://loinc.org", "11488-4", "Consult note", text="Clinic letter")
REFLET = cc("http://loinc.org", "57133-1", "Referral note", text="GP referral letter")
MDT = cc("http://loinc.org", "11488-4", "Consult note", text="Adrenal MDT outcome")


def dx(sct, sct_disp, icd=None, icd_disp=None, text=None):
    extra = [(ICD10, icd, icd_disp)] if icd else None
    if sct:
        return cc(SCT, sct, sct_disp, text=text or sct_disp, extra=extra)
    return cc(ICD10, icd, icd_disp, text=text or icd_disp)


def lab(c, sfx, code, text, date, value, unit, low=None, high=None, enc=None, interp=None):
    return c.obs(sfx, loinc(code, text), date, q(value, unit), low=low, high=high, enc=enc, interp=interp)


def llab(c, sfx, code, text, date, value, unit, low=None, high=None, enc=None, interp=None):
    """Assay without a LOINC mapping in the centre's catalogue."""
    return c.obs(sfx, local(c, code, text), date, q(value, unit), low=low, high=high, enc=enc, interp=interp)


T2DM = ("44054006", "Diabetes mellitus type 2", "E11.9", "Non-insulin-dependent diabetes mellitus without complications")
T1DM = ("46635009", "Diabetes mellitus type 1", "E10.9", "Insulin-dependent diabetes mellitus without complications")
HTN = ("38341003", "Hypertensive disorder, systemic arterial", "I10", "Essential (primary) hypertension")


# ----------------------------------------------------------------------------------------------------- c01
def c01(c):
    """Iron-deficiency anaemia found at the diabetes annual review, attributed to diet and never followed up."""
    R = scaffold(c, "Graham", "Whitaker", "male", "1962-03-09", 51,
                 [("gp", "Helen", "Marsh", "General practitioner"),
                  ("reg", "Oliver", "Grant", "Specialty registrar, diabetes and endocrinology"),
                  ("dsn", "Claire", "Hughes", "Diabetes specialist nurse")], gp="gp", city="Northgate",
                 postal="NG5 2LP", marital=("M", "Married"))
    dm = c.condition("dm", dx(*T2DM), onset="2014", recorded="2014-11-03")
    c.condition("htn", dx(*HTN), onset="2016", recorded="2016-02-01")
    c.condition("chol", dx(None, None, "E78.0", "Pure hypercholesterolaemia"), onset="2016", recorded="2016-02-01")
    c.med_statement("metf", atc("A10BA02", "Metformin 1 g tablets"), "2014-11-03", asserted="2026-08-20", reason=[dm],
                    dose_text="1 g twice daily")
    c.med_statement("empa", atc("A10BK03", "Empagliflozin 10 mg tablets"), "2023-04-12", asserted="2026-08-20",
                    reason=[dm], dose_text="10 mg once daily")
    c.med_statement("rami", atc("C09AA05", "Ramipril 5 mg capsules"), "2016-02-01", asserted="2026-08-20",
                    dose_text="5 mg once daily")
    c.med_statement("ator", atc("C10AA05", "Atorvastatin 20 mg tablets"), "2016-02-01", asserted="2026-08-20",
                    dose_text="20 mg at night")
    e0 = c.encounter("e0", "2025-08-14", type_cc=DIAB_CLINIC, reason=dx(*T2DM), prac=R["dsn"])
    lab(c, "a1c0", "59261-8", "HbA1c (IFCC)", "2025-08-14", 51, "mmol/mol", None, 48, enc=e0)
    lab(c, "hb0", "718-7", "Haemoglobin", "2025-08-14", 141, "g/L", 130, 170, enc=e0)
    e1 = c.encounter("e1", "2026-08-20", type_cc=DIAB_CLINIC, reason=dx(*T2DM), prac=R["reg"])
    a1 = lab(c, "a1c1", "59261-8", "HbA1c (IFCC)", "2026-08-20", 44, "mmol/mol", None, 48, enc=e1)
    hb = lab(c, "hb1", "718-7", "Haemoglobin", "2026-08-20", 102, "g/L", 130, 170, enc=e1)
    mcv = lab(c, "mcv1", "787-2", "Mean cell volume", "2026-08-20", 74, "fL", 80, 100, enc=e1)
    fer = lab(c, "fer1", "2276-4", "Ferritin", "2026-08-20", 8, "ug/L", 30, 400, enc=e1)
    tsat = lab(c, "tsat1", "2502-3", "Transferrin saturation", "2026-08-20", 7, "%", 20, 50, enc=e1)
    egfr = c.obs("egfr1", loinc("62238-1", "eGFR (CKD-EPI)"), "2026-08-20", q(78, "mL/min/{1.73_m2}"), low=60, enc=e1)
    c.report("ar", local(c, "ANNUAL-REVIEW", "Diabetes annual review bloods"), "2026-08-20",
             results=[a1, hb, mcv, fer, tsat, egfr], enc=e1, performer=R["reg"])
    c.bp("bp1", "2026-08-20", 136, 82, enc=e1)
    c.vital("wt1", "wt", "2026-08-20", 84.3, enc=e1)
    c.note("let1", "2026-08-20", "Diabetes annual review — clinic letter to GP",
           "Dear Dr Marsh,\n"
           "Mr Whitaker attended for his diabetes annual review. HbA1c 44 mmol/mol (51 last year), on metformin and "
           "empagliflozin. BP 136/82. Feet: low risk. Retinal screening up to date. eGFR 78.\n"
           "Incidentally his FBC shows Hb 102 g/L with MCV 74 and ferritin 8. He tells me he has been eating much "
           "less red meat over the past year, so this is likely dietary. I have given dietary advice and we will "
           "recheck his blood count at next year's annual review.\n"
           "Of note the anaemia may make his HbA1c read lower than his true glycaemia.\n"
           "Yours sincerely, Dr O Grant, Specialty Registrar", author=R["reg"], type_cc=LETTER, enc=e1)
    e2 = c.encounter("e2", "2026-10-29", cls="VR", type_cc=VIRTUAL, reason=dx(*T2DM), prac=R["dsn"])
    c.note("n2", "2026-10-29", "Diabetes nurse telephone review",
           "Telephone review for glucose monitoring. Capillary readings 6–9 mmol/L fasting. No hypos. Feeling more "
           "tired than usual, put down to work. Weight 83.1 kg. Continue current treatment. Next review in "
           "6 months.", author=R["dsn"], type_cc=LETTER, enc=e2)
    c.encounter("e3", "2027-04-22", type_cc=DIAB_CLINIC, reason=dx(*T2DM), prac=R["dsn"])
    return c


C01 = dict(key="c01", org="ENDO", target=PSNW, kind="positive", expected=[PSNW], build=c01,
           summary="Iron-deficiency anaemia (Hb 102 g/L, MCV 74, ferritin 8) in a 64-year-old man at the diabetes "
                   "annual review, attributed to diet; no GI work-up, iron or repeat count in 103 days",
           why="Murphy et al. red-flag trigger: new iron-deficiency anaemia in an older man with no follow-up "
               "(no FIT, endoscopy, referral or repeat count) within 60 days.")


# ----------------------------------------------------------------------------------------------------- c02
def c02(c):
    """Panic disorder and 'essential' hypertension labels; paroxysms with BP 212/118 and normetanephrine 3.6 x ULN."""
    R = scaffold(c, "Priya", "Raman", "female", "1986-10-14", 52,
                 [("gp", "Simon", "Ashworth", "General practitioner"),
                  ("endo", "Fiona", "McLeod", "Consultant endocrinologist")], gp="gp", city="Northgate",
                 postal="NG7 1AB", phone="+44 7700 900456")
    pan = c.condition("pan", dx("371631005", "Panic disorder", "F41.0", "Panic disorder [episodic paroxysmal anxiety]"),
                      onset="2025-06", recorded="2025-09-02", recorder=R["gp"],
                      note="Episodes of palpitations, sweating, pounding headache and tremor lasting 10–20 minutes.")
    htn = c.condition("htn", dx(*HTN), onset="2026-03", recorded="2026-03-10", recorder=R["gp"])
    c.med_statement("esc", atc("N06AB10", "Escitalopram 10 mg tablets"), "2025-09-02", asserted="2026-11-12",
                    reason=[pan], dose_text="10 mg once daily", source=R["gp"])
    c.med_statement("prop", atc("C07AA05", "Propranolol 10 mg tablets"), "2025-09-02", asserted="2026-11-12",
                    reason=[pan], dose_text="10 mg up to three times daily when anxious", source=R["gp"])
    c.med_statement("aml", atc("C08CA01", "Amlodipine 5 mg tablets"), "2026-03-10", asserted="2026-11-12",
                    reason=[htn], dose_text="5 mg once daily", source=R["gp"])
    c.note("ae", "2026-07-18", "Emergency department discharge summary (copy received with referral)",
           "Presented by ambulance with sudden palpitations, sweating, severe occipital headache and chest "
           "tightness. On arrival BP 206/114, HR 128 sinus tachycardia, pale and tremulous. Settled over 40 minutes; "
           "BP 148/94 at discharge. Troponin negative, ECG sinus tachycardia only.\n"
           "Diagnosis: panic attack in patient with known panic disorder. Advised to follow up with GP.",
           author=R["gp"], type_cc=cc("http://loinc.org", "18842-5", "Discharge summary",
                                      text="ED discharge summary"), time="03:40")
    c.bp("bp0", "2026-07-18", 206, 114, time="01:15", note="Emergency department, during episode")
    c.bp("bp1", "2026-10-09", 212, 118, time="10:20", note="GP surgery, during witnessed episode")
    c.bp("bp2", "2026-10-23", 144, 92, time="09:00", note="GP surgery, between episodes")
    lab(c, "tsh", "3016-3", "TSH", "2026-10-30", 1.6, "m[IU]/L", 0.27, 4.2)
    lab(c, "k", "2823-3", "Potassium", "2026-10-30", 4.1, "mmol/L", 3.5, 5.3)
    lab(c, "glu", "14771-0", "Fasting plasma glucose", "2026-10-30", 6.4, "mmol/L", 3.0, 6.0)
    c.note("ref", "2026-11-12", "GP referral letter",
           "Dear colleague,\n"
           "Thank you for seeing this 40-year-old woman with panic disorder diagnosed last year and hypertension "
           "since March. Despite escitalopram her 'panic attacks' continue 2–3 times a week with palpitations, "
           "sweating and headache; I witnessed one in surgery with BP 212/118. Between attacks BP is around 145/92 "
           "on amlodipine. She was seen in ED in July with the same.\n"
           "Plasma normetanephrine came back at 3.9 nmol/L (ref < 1.09). I'm not sure the panic disorder explains "
           "all this and would value your assessment.\nDr S Ashworth", author=R["gp"], type_cc=REFLET, time="08:30")
    c.service_request("refsr", cc(SCT, "306206005", "Referral to service", text="Referral to endocrinology clinic"), "2026-11-12", status="active",
                      requester=R["gp"], performer=R["endo"], reason_ref=[pan, htn])
    c.encounter("e1", "2026-12-08", type_cc=ENDO_CLINIC, reason=cc(text="New referral — raised normetanephrine"),
                prac=R["endo"])
    return c


C02 = dict(key="c02", org="ENDO", target=DSM, kind="positive", expected=[DSM], build=c02,
           summary="Panic disorder label since 2025 and 'essential' hypertension at 39; paroxysms with BP 206/114 and "
                   "212/118; plasma normetanephrine 3.9 nmol/L (3.6 x ULN) reported only in the GP referral letter, "
                   "while the structured labs received (TSH, potassium) are normal",
           why="The active panic-disorder and essential-hypertension labels cannot account for hypertensive paroxysms "
               "and a markedly raised normetanephrine; the abnormal results point elsewhere.")


# ----------------------------------------------------------------------------------------------------- c03
def c03(c):
    """Primary aldosteronism lateralising left: laparoscopic adrenalectomy in preparation."""
    R = scaffold(c, "Daniel", "O'Connor", "male", "1975-07-22", 53,
                 [("gp", "Helen", "Marsh", "General practitioner"),
                  ("endo", "Fiona", "McLeod", "Consultant endocrinologist"),
                  ("surg", "Ahmed", "Farouk", "Consultant endocrine surgeon"),
                  ("rad", "Nina", "Petrova", "Consultant interventional radiologist")], gp="gp", city="Northgate",
                 marital=("M", "Married"))
    pa = c.condition("pa", dx(None, None, "E26.0", "Primary hyperaldosteronism",
                              text="Primary aldosteronism — left adrenal aldosterone-producing adenoma"),
                     onset="2019", recorded="2026-06-24", recorder=R["endo"])
    htn = c.condition("htn", dx(None, None, "I15.2", "Hypertension secondary to endocrine disorders"), onset="2019",
                      recorded="2026-06-24")
    c.condition("hypok", dx(None, None, "E87.6", "Hypokalaemia"), onset="2025", recorded="2026-05-02")
    e1 = c.encounter("e1", "2026-05-27", type_cc=ENDO_CLINIC, reason=cc(text="Resistant hypertension with hypokalaemia"),
                     prac=R["endo"])
    llab(c, "aldo", "ALDO", "Plasma aldosterone", "2026-05-27", 820, "pmol/L", 100, 450, enc=e1)
    llab(c, "ren", "DRC", "Direct renin concentration", "2026-05-27", 1.8, "m[IU]/L", 5.4, 60, enc=e1)
    llab(c, "arr", "ARR", "Aldosterone:renin ratio", "2026-05-27", 456, "pmol/mU", None, 70, enc=e1)
    lab(c, "k1", "2823-3", "Potassium", "2026-05-27", 3.1, "mmol/L", 3.5, 5.3, enc=e1)
    llab(c, "sst", "ALDO-SIT", "Aldosterone after 2 L saline infusion", "2026-06-17", 410, "pmol/L", None, 170)
    c.report("ct", local(c, "CT-ADR", "CT adrenal glands, unenhanced and contrast-enhanced"), "2026-07-08",
             category="CT", conclusion="1.4 cm low-attenuation (4 HU) nodule in the left adrenal body consistent with "
                                       "adenoma. Right adrenal normal.")
    avs = c.procedure("avs", local(c, "AVS", "Adrenal venous sampling (ACTH-stimulated)"), "2026-08-26",
                      performer=R["rad"], reason_ref=[pa], note="Both adrenal veins cannulated (selectivity index > 3).")
    c.report("avsr", local(c, "AVS", "Adrenal venous sampling"), "2026-08-28", category="OTH",
             conclusion="Lateralisation index 8.2 to the left; contralateral suppression on the right. "
                        "Unilateral left-sided aldosterone excess.")
    c.note("mdt", "2026-09-16", "Adrenal MDT outcome",
           "Primary aldosteronism confirmed (ARR 456, post-saline aldosterone 410). CT: 1.4 cm left adrenal adenoma. "
           "AVS lateralises left (LI 8.2).\n"
           "Recommendation: laparoscopic left adrenalectomy. Continue spironolactone until surgery, stop 2 weeks "
           "before. Refer to endocrine surgery.", author=R["endo"], type_cc=MDT, time="13:00")
    c.service_request("surgref", cc(SCT, "306206005", "Referral to service", text="Referral to endocrine surgery"), "2026-09-16", status="completed",
                      requester=R["endo"], performer=R["surg"], reason_ref=[pa])
    e2 = c.encounter("e2", "2026-10-21", type_cc=cc(CLIN, "ESURG", "Endocrine surgery clinic",
                                                   text="Endocrine surgery clinic"), reason=dx(None, None, "E26.0",
                                                                                           "Primary hyperaldosteronism"),
                     prac=R["surg"])
    c.note("n2", "2026-10-21", "Endocrine surgery clinic letter",
           "Seen to discuss laparoscopic left adrenalectomy for an aldosterone-producing adenoma. Risks discussed "
           "including bleeding, conversion to open surgery, injury to adjacent organs and post-operative "
           "hyperkalaemia; expected cure of hypokalaemia and improvement of blood pressure. Consent signed. Listed "
           "for surgery on 20 January 2027, pre-assessment 15 December.", author=R["surg"], type_cc=LETTER, enc=e2)
    c.procedure("adx", local(c, "LAP-ADX-L", "Laparoscopic left adrenalectomy"), status="preparation",
                performer=R["surg"], reason_ref=[pa], enc=e2,
                body_site=cc(text="Left adrenal gland"),
                note="Listed 21/10/2026; theatre date 20/01/2027; consent obtained.")
    c.encounter("e3", "2026-12-15", type_cc=cc(CLIN, "PREOP", "Pre-operative assessment", text="Pre-operative assessment"),
                prac=R["surg"])
    c.bp("bp2", "2026-10-21", 154, 94, enc=e2)
    lab(c, "k2", "2823-3", "Potassium", "2026-10-21", 4.0, "mmol/L", 3.5, 5.3, enc=e2)
    c.med_statement("spiro", atc("C03DA01", "Spironolactone 50 mg tablets"), "2026-06-24", asserted="2026-10-21",
                    reason=[pa], dose_text="50 mg once daily")
    c.med_statement("aml", atc("C08CA01", "Amlodipine 10 mg tablets"), "2020-01-10", asserted="2026-10-21",
                    reason=[htn], dose_text="10 mg once daily")
    _ = avs
    return c


C03 = dict(key="c03", org="ENDO", target=MPP, kind="positive", expected=[MPP], build=c03,
           summary="Primary aldosteronism with a 1.4 cm left adenoma lateralising on adrenal venous sampling; "
                   "laparoscopic left adrenalectomy consented and listed for January 2027 (Procedure in preparation)",
           why="A Procedure in status 'preparation' for an adrenalectomy, a major abdominal endocrine operation not "
               "yet performed.")


# ----------------------------------------------------------------------------------------------------- c04
def c04(c):
    """Semaglutide for diabetes and obesity: large fall in EQ-5D-5L from persistent vomiting."""
    R = scaffold(c, "Karen", "Holloway", "female", "1971-05-16", 54,
                 [("gp", "Simon", "Ashworth", "General practitioner"),
                  ("cons", "Rebecca", "Lyons", "Consultant in diabetes and obesity medicine"),
                  ("diet", "Sam", "Whitfield", "Specialist dietitian")], gp="gp", city="Northgate",
                 marital=("M", "Married"))
    dm = c.condition("dm", dx(*T2DM), onset="2019", recorded="2019-07-01")
    ob = c.condition("ob", dx("414916001", "Obesity", "E66.0", "Obesity due to excess calories",
                              text="Obesity class III (BMI 41)"), onset="2015", recorded="2019-07-01")
    c.condition("oa", dx(None, None, "M17.1", "Other primary gonarthrosis", text="Osteoarthritis of knee"),
                onset="2021", recorded="2021-03-01")
    c.med_statement("metf", atc("A10BA02", "Metformin 1 g tablets"), "2019-07-01", asserted="2026-10-14", reason=[dm],
                    dose_text="1 g twice daily")
    sema = c.med_request("sema", atc("A10BJ06", "Semaglutide 1 mg/0.74 mL solution for injection pre-filled pen"),
                         "2026-04-15", requester=R["cons"], reason=[dm, ob],
                         dose_text="0.25 mg weekly, titrated monthly to 1 mg weekly (reached 15/06/2026)")
    c.med_request("ondan", atc("A04AA01", "Ondansetron 4 mg tablets"), "2026-10-14", requester=R["cons"],
                  dose_text="4 mg up to twice daily when needed for nausea")
    eq = cc(SCT, "736534008", "EuroQol five dimension five level index value", text="EQ-5D-5L index value")
    vas = local(c, "EQVAS", "EQ VAS (0–100)")
    rows = [("1", "2026-04-15", 0.84, 80, 112.0, 64), ("2", "2026-07-08", 0.70, 62, 104.5, 56),
            ("3", "2026-10-14", 0.58, 50, 99.2, 52)]
    for i, d, ev, vv, wt, a1 in rows:
        e = c.encounter(f"e{i}", d, type_cc=DIAB_CLINIC, reason=dx(*T2DM), prac=R["cons"])
        c.obs(f"eq{i}", eq, d, q(ev, "1"), category="survey", enc=e)
        c.obs(f"vas{i}", vas, d, vv, category="survey", enc=e)
        c.vital(f"wt{i}", "wt", d, wt, enc=e)
        lab(c, f"a1c{i}", "59261-8", "HbA1c (IFCC)", d, a1, "mmol/mol", None, 48, enc=e)
    c.note("n3", "2026-10-14", "Diabetes and obesity clinic letter",
           "Reviewed six months after starting semaglutide (1 mg weekly since June).\n"
           "Weight 112 → 99.2 kg, HbA1c 64 → 52 mmol/mol.\n"
           "However she has had persistent nausea since the first dose escalation, vomiting 3–4 times a week, "
           "poor sleep and fatigue. She has reduced her hours at work and stopped going out with friends because of "
           "the vomiting. EQ-5D-5L index has fallen from 0.84 before treatment to 0.70 and now 0.58; EQ VAS 80 → 50.\n"
           "She is keen to continue because of the weight loss. Plan: stay at 1 mg (no further escalation), "
           "ondansetron when needed, dietetic advice on small meals; review in 6 weeks and consider switching agent.",
           author=R["cons"], type_cc=LETTER)
    c.service_request("dietref", cc(SCT, "103699006", "Referral to dietitian", text="Dietetic review"), "2026-10-14",
                      status="active", requester=R["cons"], performer=R["diet"], reason_ref=[ob],
                      occurrence="2026-12-03")
    _ = sema
    return c


C04 = dict(key="c04", org="ENDO", target=HIT, kind="positive", expected=[HIT], build=c04,
           summary="Semaglutide for type 2 diabetes and class III obesity; weight and HbA1c improve but EQ-5D-5L index "
                   "falls 0.84 → 0.70 → 0.58 (VAS 80 → 50) with persistent vomiting, treatment continuing",
           why="A patient-reported quality-of-life score has fallen far beyond its minimal important difference "
               "(about 0.07) since the treatment began, and the treatment continues.")


# ----------------------------------------------------------------------------------------------------- c05
def c05(c):
    """Type 1 diabetes on CGM: routine patient messages (sensor adhesive, rescheduling); stable control."""
    R = scaffold(c, "Thomas", "Reid", "male", "1999-02-03", 55,
                 [("gp", "Helen", "Marsh", "General practitioner"),
                  ("cons", "Rebecca", "Lyons", "Consultant in diabetes"),
                  ("dsn", "Claire", "Hughes", "Diabetes specialist nurse")], gp="gp", city="Northgate",
                 phone="+44 7700 900812")
    dm = c.condition("dm", dx(*T1DM), onset="2010-05", recorded="2010-05-20")
    c.med_statement("gla", atc("A10AE04", "Insulin glargine 100 units/mL pen"), "2018-01-10", asserted="2026-11-17",
                    reason=[dm], dose_text="22 units at night")
    c.med_statement("asp", atc("A10AB05", "Insulin aspart 100 units/mL pen"), "2010-05-20", asserted="2026-11-17",
                    reason=[dm], dose_text="1 unit per 10 g carbohydrate, correction 1 unit per 2.5 mmol/L above 7")
    cgm = c.device("cgm", "Continuous glucose monitoring sensor (10-day wear)",
                   local(c, "CGM-RT", "Real-time continuous glucose monitor"), manufacturer="Generic CGM Ltd")
    c.device_use("cgmuse", cgm, "2022-03-01", "2026-11-17", reason=[dm])
    tir = loinc("97510-2", "CGM time in range 3.9–10.0 mmol/L")
    for i, (d, t, a1) in enumerate([("2026-03-17", 62, 55), ("2026-07-14", 64, 53), ("2026-11-17", 63, 54)], 1):
        e = c.encounter(f"e{i}", d, type_cc=DIAB_CLINIC, reason=dx(*T1DM), prac=R["cons"] if i != 2 else R["dsn"])
        c.obs(f"tir{i}", tir, d, q(t, "%"), category="laboratory", enc=e, low=70,
              interp="L" if t < 70 else "N")
        lab(c, f"a1c{i}", "59261-8", "HbA1c (IFCC)", d, a1, "mmol/mol", None, 48, enc=e)
    m1 = c.communication("m1", c.dt("2026-09-14", "19:02"), R["pat"], [R["dsn"]],
                         "Hi, my sensors keep peeling off after 5 or 6 days since the new batch, especially when I'm at "
                         "the gym. Is there any chance of getting overpatches on prescription? Thanks, Tom",
                         category=cc(text="Patient message via the centre's patient portal"),
                         medium=cc("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT",
                                   "email"))
    c.communication("r1", c.dt("2026-09-15", "11:30"), R["dsn"], [R["pat"]],
                    "Hi Tom, thanks for letting us know. I've asked your GP to add adhesive overpatches to your repeat "
                    "prescription and sent you a tips sheet on skin preparation. Claire (DSN)", in_response_to=m1)
    m2 = c.communication("m2", c.dt("2026-11-02", "08:14"), R["pat"], [R["org"]],
                         "Morning, could I move my clinic appointment on 17 November to an afternoon slot? I've just "
                         "started a new job and mornings are difficult. Cheers, Tom Reid",
                         category=cc(text="Patient message via the centre's patient portal"))
    c.communication("r2", c.dt("2026-11-02", "14:40"), R["org"], [R["pat"]],
                    "Dear Thomas, your appointment has been moved to 17 November at 15:20. Diabetes clinic bookings.",
                    in_response_to=m2)
    c.note("n3", "2026-11-17", "Diabetes clinic letter",
           "Type 1 diabetes since 2010 on basal-bolus insulin and real-time CGM. HbA1c 54 mmol/mol (53, 55). "
           "Time in range 63 %, below range 2 %. Adhesive problems solved with overpatches. New job as an "
           "electrician, discussed hypoglycaemia precautions at work. Happy with his care. Continue; review in "
           "4 months.", author=R["cons"], type_cc=LETTER)
    return c


C05 = dict(key="c05", org="ENDO", target=PRC, kind="near-miss", expected=[], build=c05,
           summary="Type 1 diabetes on CGM with stable control; patient-portal messages about sensor adhesive and "
                   "rescheduling an appointment, both answered",
           why="The patient-authored messages are routine practical requests, not a request for a second opinion "
               "or a sign of feeling dismissed; the patient reports being happy with his care.")


# ----------------------------------------------------------------------------------------------------- c06
def c06(c):
    """Type 1 diabetes on an insulin pump: HbA1c 56 → 79 mmol/mol over a year with good engagement."""
    R = scaffold(c, "Emily", "Sanderson", "female", "1994-12-01", 56,
                 [("gp", "Simon", "Ashworth", "General practitioner"),
                  ("cons", "Rebecca", "Lyons", "Consultant in diabetes"),
                  ("dsn", "Claire", "Hughes", "Diabetes specialist nurse (pump lead)")], gp="gp", city="Northgate")
    dm = c.condition("dm", dx(*T1DM), onset="2006-03", recorded="2006-03-15")
    c.condition("hashi", dx(None, None, "E06.3", "Autoimmune thyroiditis"), onset="2017", recorded="2017-05-01")
    pump = c.device("pump", "Insulin pump (continuous subcutaneous insulin infusion)",
                    cc(SCT, "69805005", "Insulin pump", text="Insulin pump"), manufacturer="Generic Pump Co",
                    serial="IP-4471-2093")
    c.device_use("pumpuse", pump, "2023-05-02", "2026-11-10", reason=[dm])
    cgm = c.device("cgm", "Continuous glucose monitoring sensor", local(c, "CGM-RT", "Real-time continuous glucose monitor"))
    c.device_use("cgmuse", cgm, "2023-05-02", "2026-11-10", reason=[dm])
    c.med_statement("asp", atc("A10AB05", "Insulin aspart 100 units/mL (via pump)"), "2023-05-02",
                    asserted="2026-11-10", reason=[dm], dose_text="Continuous subcutaneous infusion, basal ~24 units/day "
                                                               "plus meal boluses")
    c.med_statement("levo", atc("H03AA01", "Levothyroxine 75 micrograms tablets"), "2017-05-01",
                    asserted="2026-11-10", dose_text="75 micrograms once daily")
    tir = loinc("97510-2", "CGM time in range 3.9–10.0 mmol/L")
    rows = [("1", "2025-11-18", 56, 62), ("2", "2026-03-17", 63, 51), ("3", "2026-07-14", 70, 43),
            ("4", "2026-11-10", 79, 36)]
    for i, d, a1, t in rows:
        e = c.encounter(f"e{i}", d, type_cc=PUMP_CLINIC, reason=dx(*T1DM), prac=R["cons"] if i in "14" else R["dsn"])
        lab(c, f"a1c{i}", "59261-8", "HbA1c (IFCC)", d, a1, "mmol/mol", None, 48, enc=e)
        c.obs(f"tir{i}", tir, d, q(t, "%"), category="laboratory", enc=e, low=70)
    lab(c, "tsh", "3016-3", "TSH", "2026-11-10", 2.2, "m[IU]/L", 0.27, 4.2)
    lab(c, "ttg", "31017-7", "tTG IgA", "2026-11-10", 0.6, "U/mL", None, 7)
    c.obs("wt", cc("http://loinc.org", "29463-7", "Body weight"),
          "2026-11-10", q(66.4, "kg"), category="vital-signs")
    c.note("n4", "2026-11-10", "Insulin pump clinic letter",
           "Type 1 diabetes since 2006, on insulin pump therapy with CGM since May 2023.\n"
           "HbA1c has risen steadily over the past year: 56 → 63 → 70 → 79 mmol/mol; time in range 62 → 36 %.\n"
           "Pump download (last 28 days): 5.1 boluses a day, every meal bolused, infusion set changes every "
           "2–3 days, no suspensions, no site problems. Basal rates increased in March and July, carbohydrate ratios "
           "strengthened twice. No intercurrent illness, no steroid use, weight stable. TSH and coeliac serology "
           "normal. Engaged and distressed by the results.\n"
           "Impression: deteriorating glycaemia despite optimised pump therapy and good engagement.\n"
           "Plan: further basal adjustment, refer to diabetes psychology, review in 8 weeks.",
           author=R["cons"], type_cc=LETTER)
    return c


C06 = dict(key="c06", org="ENDO", target=WDT, kind="positive", expected=[WDT], build=c06,
           summary="Type 1 diabetes on insulin pump with CGM: HbA1c 56 → 63 → 70 → 79 mmol/mol and time in range "
                   "62 → 36 % over 12 months with documented adherence and repeated dose optimisation",
           why="HbA1c rises 23 mmol/mol (MCID about 5.5) over a year across four values while pump insulin therapy "
               "has been active throughout.")


# ----------------------------------------------------------------------------------------------------- c07
def c07(c):
    """Type 2 diabetes on basal insulin: time in range drifts 67 → 64 % (below the 5-point threshold)."""
    R = scaffold(c, "Mohammed", "Aziz", "male", "1980-09-19", 57,
                 [("gp", "Helen", "Marsh", "General practitioner"),
                  ("cons", "Rebecca", "Lyons", "Consultant in diabetes"),
                  ("dsn", "Claire", "Hughes", "Diabetes specialist nurse")], gp="gp", city="Northgate",
                 marital=("M", "Married"))
    dm = c.condition("dm", dx(*T2DM), onset="2016", recorded="2016-10-04")
    c.condition("nafld", dx(None, None, "K76.0", "Fatty (change of) liver, not elsewhere classified"), onset="2020",
                recorded="2020-02-11")
    c.med_statement("metf", atc("A10BA02", "Metformin 1 g tablets"), "2016-10-04", asserted="2026-11-24", reason=[dm],
                    dose_text="1 g twice daily")
    c.med_statement("gla", atc("A10AE04", "Insulin glargine 100 units/mL pen"), "2024-02-01", asserted="2026-11-24",
                    reason=[dm], dose_text="34 units once daily")
    c.med_statement("dapa", atc("A10BK01", "Dapagliflozin 10 mg tablets"), "2022-06-01", asserted="2026-11-24",
                    reason=[dm], dose_text="10 mg once daily")
    cgm = c.device("cgm", "Intermittently scanned CGM sensor (14-day)",
                   local(c, "CGM-IS", "Intermittently scanned continuous glucose monitor"))
    c.device_use("cgmuse", cgm, "2024-02-01", "2026-11-24", reason=[dm])
    tir = loinc("97510-2", "CGM time in range 3.9–10.0 mmol/L")
    avg = loinc("97507-8", "CGM mean glucose")
    rows = [("1", "2026-05-19", 67, 53, 151), ("2", "2026-08-18", 65, 54, 155), ("3", "2026-11-24", 64, 55, 157)]
    for i, d, t, a1, mg in rows:
        e = c.encounter(f"e{i}", d, type_cc=DIAB_CLINIC if i != "2" else VIRTUAL, reason=dx(*T2DM),
                        prac=R["cons"] if i != "2" else R["dsn"], cls="AMB" if i != "2" else "VR")
        c.obs(f"tir{i}", tir, d, q(t, "%"), category="laboratory", enc=e, low=70)
        c.obs(f"avg{i}", avg, d, q(mg, "mg/dL"), category="laboratory", enc=e)
        lab(c, f"a1c{i}", "59261-8", "HbA1c (IFCC)", d, a1, "mmol/mol", None, 48, enc=e)
    lab(c, "alt", "1742-6", "ALT", "2026-11-24", 41, "U/L", None, 50)
    c.obs("egfr", loinc("62238-1", "eGFR (CKD-EPI)"), "2026-11-24", q(88, "mL/min/{1.73_m2}"), low=60)
    c.vital("wt", "wt", "2026-11-24", 92.6)
    c.note("n3", "2026-11-24", "Diabetes clinic letter",
           "Type 2 diabetes on metformin, dapagliflozin and glargine 34 units. CGM over 6 months: time in range "
           "67 % → 65 % → 64 %, mean glucose 151 → 157 mg/dL (8.4 → 8.7 mmol/L), time below range < 1 %. HbA1c "
           "53 → 55 mmol/mol.\n"
           "Broadly stable control; small drift around Ramadan and a busy period at work. No change in adherence.\n"
           "Plan: increase glargine to 36 units, dietetic refresher; review in 4 months.", author=R["cons"],
           type_cc=LETTER)
    return c


C07 = dict(key="c07", org="ENDO", target=WDT, kind="near-miss", expected=[], build=c07,
           summary="Type 2 diabetes on metformin, dapagliflozin and basal insulin: CGM time in range 67 → 65 → 64 % and "
                   "HbA1c 53 → 55 mmol/mol over six months",
           why="The measures drift in the wrong direction but by less than their minimal clinically important "
               "difference (3 points of time in range versus 5; HbA1c 2 mmol/mol versus about 5.5).")


# ----------------------------------------------------------------------------------------------------- c08
def c08(c):
    """Acromegaly after transsphenoidal surgery, controlled on lanreotide."""
    R = scaffold(c, "Richard", "Llewellyn", "male", "1968-04-27", 58,
                 [("gp", "Simon", "Ashworth", "General practitioner"),
                  ("endo", "Fiona", "McLeod", "Consultant endocrinologist (pituitary)"),
                  ("ns", "George", "Hammond", "Consultant neurosurgeon"),
                  ("nurse", "Louise", "Carter", "Endocrine specialist nurse")], gp="gp", city="Northgate",
                 marital=("M", "Married"))
    acro = c.condition("acro", dx(None, None, "E22.0", "Acromegaly and pituitary gigantism",
                                  text="Acromegaly — GH-secreting pituitary macroadenoma with residual cavernous sinus disease"),
                       onset="2023-06", recorded="2023-06-20", recorder=R["endo"])
    osa = c.condition("osa", dx(None, None, "G47.3", "Sleep apnoea", text="Obstructive sleep apnoea on CPAP"),
                      onset="2023-08", recorded="2023-08-14")
    c.condition("htn", dx(*HTN), onset="2022", recorded="2022-04-01")
    c.procedure("tss", local(c, "TSS", "Endoscopic transsphenoidal resection of pituitary adenoma"), "2023-09-12",
                performer=R["ns"], reason_ref=[acro], note="Subtotal resection; residual tumour in right cavernous sinus.")
    lan = c.med_request("lan", atc("H01CB03", "Lanreotide 120 mg prolonged-release injection"), "2023-12-05",
                        requester=R["endo"], reason=[acro], dose_text="120 mg deep subcutaneous every 28 days")
    for i, d in enumerate(["2026-10-06", "2026-11-03"], 1):
        c.med_admin(f"lanadm{i}", atc("H01CB03", "Lanreotide 120 mg"), d, dose=q(120, "mg"), performer=R["nurse"],
                    request=lan, reason=[acro])
    for i, (d, v) in enumerate([("2025-11-11", 39.5), ("2026-05-12", 36.1), ("2026-11-03", 33.0)], 1):
        lab(c, f"igf{i}", "2484-4", "IGF-1", d, v, "nmol/L", 11.0, 33.0)
    lab(c, "gh", "2963-7", "Growth hormone (random)", "2026-11-03", 0.8, "ug/L", None, 1.0)
    lab(c, "a1c", "59261-8", "HbA1c (IFCC)", "2026-11-03", 41, "mmol/mol", None, 48)
    c.report("mri", local(c, "MRI-PIT", "MRI pituitary with gadolinium"), "2026-05-19", category="NMR",
             conclusion="Stable 7 mm residual tumour in the right cavernous sinus, unchanged since 2024. Optic chiasm "
                        "clear.")
    c.med_statement("cand", atc("C09CA01", "Losartan 50 mg tablets"), "2022-04-01", asserted="2026-11-03",
                    dose_text="50 mg once daily")
    e = c.encounter("e1", "2026-11-03", type_cc=ENDO_CLINIC, reason=dx(None, None, "E22.0", "Acromegaly"),
                    prac=R["endo"], diagnoses=[acro])
    c.note("n1", "2026-11-03", "Pituitary clinic letter",
           "Acromegaly diagnosed June 2023 (IGF-1 3.1 x ULN, GH not suppressing on OGTT). Endoscopic "
           "transsphenoidal surgery September 2023 with residual cavernous sinus disease. Lanreotide 120 mg every "
           "28 days since December 2023.\n"
           "IGF-1 33.0 nmol/L (upper limit of normal), random GH 0.8. Residual tumour stable on MRI. Sleep apnoea on "
           "CPAP, BP controlled, HbA1c 41.\n"
           "Biochemically controlled. Continue lanreotide; next MRI May 2027. Shared care with the regional "
           "pituitary MDT.", author=R["endo"], type_cc=LETTER, enc=e)
    _ = osa
    return c


C08 = dict(key="c08", org="ENDO", target=RARE, kind="positive", expected=[RARE], build=c08,
           summary="Acromegaly (GH-secreting macroadenoma) after subtotal transsphenoidal resection, biochemically "
                   "controlled on monthly lanreotide with stable residual tumour",
           why="Acromegaly is an active rare disease (Orphanet ORPHA:963) under ongoing specialist treatment; it is "
               "controlled, so no worsening or planned-procedure criterion applies.")


# ----------------------------------------------------------------------------------------------------- c09
def c09(c):
    """Suspected Cushing's syndrome excluded on three first-line assays."""
    R = scaffold(c, "Laura", "Bennett", "female", "1989-06-11", 59,
                 [("gp", "Helen", "Marsh", "General practitioner"),
                  ("endo", "Fiona", "McLeod", "Consultant endocrinologist")], gp="gp", city="Northgate")
    ob = c.condition("ob", dx("414916001", "Obesity", "E66.0", "Obesity due to excess calories", text="Obesity (BMI 36)"),
                     onset="2018", recorded="2020-01-15")
    c.condition("pcos", dx(None, None, "E28.2", "Polycystic ovarian syndrome"), onset="2010", recorded="2012-09-09")
    c.note("ref", "2026-06-03", "GP referral letter",
           "Please assess for possible Cushing's syndrome: 12 kg weight gain over 2 years, purple-ish striae on the "
           "abdomen, irregular periods and BP 142/90.", author=R["gp"], type_cc=REFLET)
    e1 = c.encounter("e1", "2026-07-07", type_cc=ENDO_CLINIC, reason=cc(text="Possible Cushing's syndrome"),
                     prac=R["endo"])
    c.obs("exam", local(c, "CUSH-EXAM", "Examination for discriminatory features of hypercortisolism"), "2026-07-07",
          "No proximal myopathy, no easy bruising, no facial plethora. Pale-pink striae < 1 cm wide. BMI 36.",
          category="exam", enc=e1)
    o = llab(c, "odst", "ODST", "Serum cortisol 09:00 after 1 mg overnight dexamethasone", "2026-07-21", 31, "nmol/L",
             None, 50)
    u1 = llab(c, "ufc1", "UFC", "Urinary free cortisol (24 h)", "2026-07-23", 118, "nmol/(24.h)", None, 165)
    u2 = llab(c, "ufc2", "UFC", "Urinary free cortisol (24 h)", "2026-07-30", 126, "nmol/(24.h)", None, 165)
    s = llab(c, "lnsc", "LNSC", "Late-night salivary cortisol", "2026-07-28", 2.1, "nmol/L", None, 3.6)
    c.report("screen", local(c, "CUSH-SCREEN", "Hypercortisolism screening panel"), "2026-08-04",
             results=[o, u1, u2, s],
             conclusion="Normal suppression on 1 mg overnight dexamethasone, two normal 24-h urinary free cortisols "
                        "and normal late-night salivary cortisol: Cushing's syndrome excluded.")
    c.condition("cush", dx(None, None, "E24.9", "Cushing's syndrome, unspecified", text="Cushing's syndrome (suspected)"),
                onset="2026-06-03", recorded="2026-07-07", category="encounter-diagnosis", clinical=None,
                verification="refuted", enc=e1, recorder=R["endo"], note="Excluded 04/08/2026.")
    e2 = c.encounter("e2", "2026-08-18", type_cc=ENDO_CLINIC, reason=dx("414916001", "Obesity"), prac=R["endo"])
    c.note("n2", "2026-08-18", "Endocrine clinic letter — discharge",
           "All three screening assays are normal, so Cushing's syndrome is excluded. Weight gain is in keeping with "
           "PCOS and lifestyle factors. Referred to the tier 3 weight management service. Discharged from "
           "endocrine follow-up.", author=R["endo"], type_cc=LETTER, enc=e2)
    c.service_request("wm", cc(SCT, "306206005", "Referral to service", text="Tier 3 specialist weight management"),
                      "2026-08-18", status="active", requester=R["endo"], reason_ref=[ob])
    c.bp("bp", "2026-08-18", 138, 88, enc=e2)
    c.vital("bmi", "bmi", "2026-08-18", 36.2, enc=e2)
    lab(c, "a1c", "59261-8", "HbA1c (IFCC)", "2026-07-07", 39, "mmol/mol", None, 42, enc=e1)
    return c


C09 = dict(key="c09", org="ENDO", target=RARE, kind="near-miss", expected=[], build=c09,
           summary="Referred with possible Cushing's syndrome; dexamethasone suppression, two urinary free cortisols "
                   "and late-night salivary cortisol normal; diagnosis refuted, discharged to weight management",
           why="The rare diagnosis was considered and refuted; the remaining active conditions (obesity, PCOS) are "
               "common and too few for complexity.")


# ----------------------------------------------------------------------------------------------------- c10
def c10(c):
    """Benign non-functioning adrenal incidentaloma: 'no treatment or follow-up needed'."""
    R = scaffold(c, "Margaret", "Doyle", "female", "1958-01-30", 60,
                 [("gp", "Simon", "Ashworth", "General practitioner"),
                  ("endo", "Fiona", "McLeod", "Consultant endocrinologist"),
                  ("rad", "Nina", "Petrova", "Consultant radiologist")], gp="gp", city="Northgate",
                 marital=("W", "Widowed"))
    c.condition("htn", dx(*HTN), onset="2011", recorded="2011-03-03")
    c.condition("oste", dx(None, None, "M81.0", "Postmenopausal osteoporosis"), onset="2019", recorded="2019-10-10")
    inc = c.condition("inc", dx(None, None, "D35.0", "Benign neoplasm of adrenal gland",
                                text="Left adrenal incidentaloma, lipid-rich adenoma 1.8 cm, non-functioning"),
                      onset="2026-07-02", recorded="2026-10-07", recorder=R["endo"])
    c.report("ct", local(c, "CT-KUB", "CT kidneys, ureters and bladder (unenhanced)"), "2026-07-02", category="CT",
             conclusion="4 mm calculus at the right vesicoureteric junction. Incidental 1.8 cm left adrenal nodule, "
                        "6 HU, in keeping with a lipid-rich adenoma.")
    e1 = c.encounter("e1", "2026-08-25", type_cc=ENDO_CLINIC, reason=cc(text="Adrenal incidentaloma"), prac=R["endo"])
    llab(c, "odst", "ODST", "Serum cortisol 09:00 after 1 mg overnight dexamethasone", "2026-09-02", 29, "nmol/L",
         None, 50)
    llab(c, "nmn", "PNMN", "Plasma free normetanephrine", "2026-09-02", 0.62, "nmol/L", None, 1.09)
    llab(c, "mn", "PMN", "Plasma free metanephrine", "2026-09-02", 0.22, "nmol/L", None, 0.51)
    llab(c, "arr", "ARR", "Aldosterone:renin ratio", "2026-09-02", 22, "pmol/mU", None, 70)
    lab(c, "k", "2823-3", "Potassium", "2026-09-02", 4.3, "mmol/L", 3.5, 5.3)
    c.bp("bp", "2026-08-25", 132, 80, enc=e1)
    c.note("mdt", "2026-10-07", "Adrenal MDT outcome",
           "1.8 cm left adrenal nodule, 6 HU unenhanced: benign lipid-rich adenoma. Cortisol after dexamethasone "
           "29 nmol/L, normal metanephrines and aldosterone:renin ratio: non-functioning.\n"
           "Outcome: benign non-functioning adrenal adenoma. No treatment required and no further imaging or "
           "hormonal follow-up needed (ESE/ENSAT guidance). Discharge to GP.", author=R["endo"], type_cc=MDT,
           time="13:00")
    c.impression("ci", "2026-10-07", "Benign non-functioning adrenal incidentaloma; no treatment or surveillance "
                                     "required.", assessor=R["endo"], problems=[inc],
                 prognosis=cc(text="Excellent — benign lesion"))
    c.note("let", "2026-10-12", "Clinic letter to GP — discharge",
           "Dear Dr Ashworth,\nGood news for Mrs Doyle: the adrenal nodule seen on her kidney stone scan is a benign, "
           "hormonally inactive adenoma. It needs no treatment and no further scans or blood work. We have "
           "discharged her from the endocrine clinic.\nDr F McLeod", author=R["endo"], type_cc=LETTER)
    c.med_statement("aml", atc("C08CA01", "Amlodipine 5 mg tablets"), "2011-03-03", asserted="2026-08-25",
                    dose_text="5 mg once daily")
    c.med_statement("alen", atc("M05BA04", "Alendronic acid 70 mg tablets"), "2019-10-10", asserted="2026-08-25",
                    dose_text="70 mg once weekly")
    return c


C10 = dict(key="c10", org="ENDO", target=UP, kind="near-miss", expected=[], build=c10,
           summary="Incidental 1.8 cm lipid-rich left adrenal adenoma, non-functioning on full hormonal work-up; MDT: "
                   "no treatment or follow-up needed, discharged",
           why="'No treatment' here means none is needed for a benign lesion, not that a serious condition has no "
               "treatment options.")


CASES = [C01, C02, C03, C04, C05, C06, C07, C08, C09, C10]
