from lib import *
from stories_a import story, STORIES

def std(c, payer, plan, member, kind="Commercial", start="2023-01-01"):
    c.coverage(payer, plan, member, start, kind=kind)

# ---------------------------------------------------------------- B3 Pinecrest: iron-deficiency anaemia with no follow-up
@story("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
       "Red-flag iron-deficiency anaemia in a 58-year-old man (Hb 10.2, MCV 71, ferritin 6 on 10 Aug 2026) with no repeat, iron, GI referral or colonoscopy in the 113 days since - the Murphy red-flag/no-follow-up e-trigger.",
       "Medical weight-management programme: new iron-deficiency anaemia on routine labs, never followed up")
def b3_ida(cid):
    c = Case(cid, "B3")
    c.organization(npi="1962588144")
    md = c.practitioner("Albright", "Susan", "MD", "1184066521")
    rd = c.practitioner("Kerr", "Molly", "RD", None)
    c.patient("Whitfield", ["Gerald", "Wayne"], "male", "1968-02-27", "PMI-0041187", line="6610 Falls of Neuse Rd", postal="27615", race=("2106-3", "White"), phone="919-555-0182")
    std(c, "Blue Cross NC", "Blue Advantage PPO", "YPW884120331")
    ob = c.condition(cc((SCT, "414916001", "Obesity"), (ICD, "E66.812", "Obesity, class 2")), "2015-01-01", recorder=md)
    c.condition(cc((ICD, "Z68.37", "Body mass index [BMI] 37.0-37.9, adult")), "2026-03-02", cat="encounter-diagnosis")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2017-01-01")
    c.condition(cc((SCT, "78275009", "Obstructive sleep apnea syndrome"), (ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2019-06-01")
    c.condition(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2016-01-01")
    e0 = c.encounter("2026-03-02T09:00:00-05:00", "2026-03-02T10:00:00-05:00", "AMB", "Medical weight management - new patient", "Obesity", prac=md)
    c.vitals("2026-03-02T09:05:00-05:00", e0, sbp=138, dbp=86, wt=118.4, bmi=37.4)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-03-02", 13.4, "g/dL", 13.2, 17.1, enc=e0)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-03-02", 5.6, "%", 4.0, 5.6, enc=e0)
    c.medreq(rx("1991302", "semaglutide"), "2026-03-02", "Weekly subcutaneous; titrate 0.25 -> 2.4 mg over 16 weeks", requester=md, reason=ob, start="2026-03-02")
    c.medreq(rx("7646", "omeprazole"), "2016-01-01", "20 mg daily", requester=md)
    c.medreq(rx("17767", "amlodipine"), "2017-01-01", "5 mg daily", requester=md)
    e1 = c.encounter("2026-08-10T08:00:00-04:00", "2026-08-10T08:20:00-04:00", "AMB", "Lab visit", "Program 6-month labs", prac=md)
    for loinc, disp, v, u, lo, hi in [("718-7", "Hemoglobin [Mass/volume] in Blood", 10.2, "g/dL", 13.2, 17.1), ("787-2", "MCV [Entitic volume] by Automated count", 71, "fL", 80, 100),
                                      ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", 6, "ng/mL", 24, 336), ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", 5, "%", 20, 50),
                                      ("777-3", "Platelets [#/volume] in Blood by Automated count", 412, "10*3/uL", 140, 400)]:
        c.lab(loinc, disp, "2026-08-10", v, u, lo, hi, enc=e1)
    c.report(cc((LNC, "58410-2", "CBC panel - Blood by Automated count")), "2026-08-10", "Microcytic anemia. Hb 10.2 (prior 13.4 in 3/2026). Flagged abnormal - routed to ordering provider.", enc=e1)
    e2 = c.encounter("2026-09-14T14:00:00-04:00", "2026-09-14T14:45:00-04:00", "AMB", "Dietitian visit", "Nutrition counselling", prac=rd)
    c.vitals("2026-09-14T14:02:00-04:00", e2, wt=111.0, bmi=35.1)
    e3 = c.encounter("2026-11-09T10:00:00-05:00", "2026-11-09T10:30:00-05:00", "AMB", "Medical weight management follow-up", "Obesity on GLP-1", prac=md)
    c.vitals("2026-11-09T10:02:00-05:00", e3, sbp=128, dbp=80, hr=84, wt=109.3, bmi=34.5)
    c.note("11506-3", "Progress note", "2026-11-09", md, """
MEDICAL WEIGHT MANAGEMENT FOLLOW-UP
58M on semaglutide 2.4 mg weekly since titration completed in June. Weight 118.4 -> 109.3 kg (-7.7%). Some fatigue and less energy on walks - likely calorie deficit; encouraged protein 90 g/day. GI: mild nausea, resolved. BP 128/80.
Labs reviewed. Continue semaglutide 2.4 mg. Increase activity goal to 150 min/week. RTC 3 months.
Health maintenance: colonoscopy - never done; declined in 2023.
""", enc=e3)
    c.note("11506-3", "Progress note", "2026-09-14", rd, """
DIETITIAN: Eating ~1500 kcal/day, skipping breakfast, little red meat ('trying to eat healthier'). Protein ~60 g. Plan: add lean protein at breakfast, fiber 25 g. Weight -7.4 kg since March.
""", enc=e2)
    return c

# ---------------------------------------------------------------- B3 Pinecrest: post-sleeve portal message, happy with plan
@story("PATIENT_REPORTED_CONCERN", "near-miss", [],
       "Patient-authored portal message mentions that her sister suggested another opinion, but she explicitly states she is happy with the plan and does not want one; the message asks only for refills and a lab order.",
       "Bariatric surgery programme: 15 months after sleeve gastrectomy, portal message declines a second opinion and asks for refills")
def b3_sleeve(cid):
    c = Case(cid, "B3")
    c.organization(npi="1962588144")
    surg = c.practitioner("Fenwick", "Douglas", "MD", "1881702265")
    np_ = c.practitioner("Ramos", "Alicia", "NP", "1518234096")
    c.patient("Vaughn", ["Kimberly", "Dawn"], "female", "1984-10-11", "PMI-0029934", line="3312 Glenwood Ave", postal="27612", race=("2054-5", "Black or African American"), phone="919-555-0107")
    std(c, "Aetna", "Aetna Open Access Managed Choice", "W221845506")
    c.condition(cc((SCT, "414916001", "Obesity"), (ICD, "E66.811", "Obesity, class 1")), "2010-01-01")
    c.condition(cc((SCT, "34713006", "Vitamin D deficiency"), (ICD, "E55.9", "Vitamin D deficiency, unspecified")), "2026-02-10")
    c.condition(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2025-11-01")
    c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2019-01-01", status="remission", abated="2026-01-15",
                note="In remission after sleeve gastrectomy; off all glucose-lowering medication since 10/2025.")
    c.procedure(cc((CPT, "43775", "Laparoscopy, surgical, gastric restrictive procedure; longitudinal gastrectomy (ie, sleeve gastrectomy)")), date="2025-08-19", performer=surg, outcome="Uncomplicated; discharged POD1")
    for d, wt, bmi in [("2025-08-05", 124.0, 45.6), ("2026-02-10", 96.5, 35.5), ("2026-08-11", 88.2, 32.4)]:
        e = c.encounter(d + "T09:00:00-04:00", d + "T09:30:00-04:00", "AMB", "Bariatric surgery follow-up", "Post-sleeve follow-up", prac=np_)
        c.vitals(d + "T09:02:00-04:00", e, wt=wt, bmi=bmi)
    c.lab("1989-3", "25-Hydroxyvitamin D3+25-Hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", "2026-02-10", 17, "ng/mL", 30, 100)
    c.lab("1989-3", "25-Hydroxyvitamin D3+25-Hydroxyvitamin D2 [Mass/volume] in Serum or Plasma", "2026-08-11", 26, "ng/mL", 30, 100)
    c.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "2026-08-11", 512, "pg/mL", 232, 1245)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-08-11", 5.4, "%", 4.0, 5.6)
    c.medreq(tx("ergocalciferol 50,000 IU capsule"), "2026-08-11", "1 capsule weekly", requester=np_, refills=0)
    c.medreq(tx("Bariatric multivitamin chewable"), "2025-08-20", "1 tablet twice daily", requester=surg)
    c.medreq(rx("40790", "pantoprazole"), "2025-11-01", "40 mg daily", requester=np_)
    m = c.comm("2026-11-18T21:47:00-05:00", c.pt, np_, "Hi Alicia - my vitamin D prescription ran out. Could you refill it and send the lab order for my 15-month bloodwork? My sister asked whether I should get another opinion about my vitamin levels, but honestly I'm happy with the plan and don't need one. Down 36 kg and feeling great. Thanks! - Kim",
               cat=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "instruction", "Instruction"), text="Patient portal message"), topic="Refill request / lab order")
    c.comm("2026-11-19T08:32:00-05:00", np_, c.pt, "Refill sent to your pharmacy and lab order placed for 15-month labs. Great progress!", in_response=m)
    c.servreq(cc((LNC, "1989-3", "25-Hydroxyvitamin D3+25-Hydroxyvitamin D2 [Mass/volume] in Serum or Plasma")), "2026-11-19", requester=np_, occ="2026-12-08")
    c.note("11506-3", "Progress note", "2026-08-11", np_, """
BARIATRIC FOLLOW-UP 12 months s/p sleeve (8/19/2025). Weight 124.0 -> 88.2 kg (%EWL 68). Diabetes in remission (A1c 5.4 off meds). Mild GERD on pantoprazole. Vit D 26 - continue ergocalciferol weekly. Tolerating protein 70 g. Exercising 4 days/week. RTC 15 months.
""")
    return c

# ---------------------------------------------------------------- B3 Pinecrest: PCOS
@story("RARE_OR_COMPLEX_CONDITION", "near-miss", [],
       "Polycystic ovary syndrome with obesity and prediabetes - common conditions, not in a rare-disease set, and only three active chronic conditions.",
       "Metabolic clinic: young woman with PCOS, obesity and prediabetes on metformin and oral contraceptive")
def b3_pcos(cid):
    c = Case(cid, "B3")
    c.organization(npi="1962588144")
    endo = c.practitioner("Moyer", "Catherine", "MD", "1326150498")
    c.patient("Ortega", ["Jasmine", "Lucia"], "female", "2000-05-30", "PMI-0051206", line="809 Oberlin Rd Apt 4C", postal="27605",
              ethnicity=("2135-2", "Hispanic or Latino"), phone="919-555-0124")
    std(c, "UnitedHealthcare", "UHC Choice Plus", "918273645")
    pcos = c.condition(cc((SCT, "69878008", "Polycystic ovaries"), (ICD, "E28.2", "Polycystic ovarian syndrome")), "2022-08-01", recorder=endo,
                       note="Rotterdam criteria: oligomenorrhea, clinical hyperandrogenism (hirsutism mFG 14), polycystic ovarian morphology.")
    c.condition(cc((SCT, "414916001", "Obesity"), (ICD, "E66.811", "Obesity, class 1")), "2020-01-01")
    pd = c.condition(cc((SCT, "714628002", "Prediabetes"), (ICD, "R73.03", "Prediabetes")), "2024-02-01")
    c.condition(cc((SCT, "36971009", "Sinusitis"), (ICD, "J01.90", "Acute sinusitis, unspecified")), "2025-12-03", status="resolved", abated="2025-12-20", cat="encounter-diagnosis")
    for d, wt, a1c in [("2026-02-17", 89.0, 5.9), ("2026-08-18", 87.6, 5.8)]:
        e = c.encounter(d + "T15:00:00-05:00" if d < "2026-03" else d + "T15:00:00-04:00", None, "AMB", "Endocrinology follow-up", "PCOS", prac=endo)
        c.entries[-1]["resource"]["period"]["end"] = d + "T15:30:00-04:00"
        c.vitals(d + "T15:02:00-04:00", e, sbp=118, dbp=74, wt=wt, bmi=round(wt / 1.65 ** 2, 1))
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", 4.0, 5.6, enc=e)
    c.lab("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "2026-02-17", 68, "ng/dL", 8, 48)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-02-17", 1.6, "m[IU]/L", 0.4, 4.5)
    c.lab("2842-3", "Prolactin [Mass/volume] in Serum or Plasma", "2026-02-17", 11, "ng/mL", 4.8, 23.3)
    c.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-02-17", 118, "mg/dL", None, 99)
    c.medreq(rx("6809", "metformin"), "2024-02-01", "500 mg ER twice daily", requester=endo, reason=pd)
    c.medreq(tx("norgestimate 0.25 mg / ethinyl estradiol 0.035 mg tablet"), "2022-09-01", "1 tablet daily", requester=endo, reason=pcos)
    c.medreq(rx("9997", "spironolactone"), "2023-03-01", "50 mg twice daily (hirsutism)", requester=endo, reason=pcos)
    c.note("11506-3", "Progress note", "2026-08-18", endo, """
ENDOCRINOLOGY: PCOS, stable. Regular withdrawal bleeds on COC, hirsutism improved on spironolactone (mFG 14 -> 9). Weight stable. A1c 5.8 on metformin. BP normal. Continue current regimen; lifestyle counselling. Annual lipids/A1c. RTC 6 months.
""")
    return c

# ---------------------------------------------------------------- B1 Lakeshore: obesity label with Cushingoid features
@story("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
       "Weight gain has been attributed to 'obesity, unspecified' since 2024 while new findings accumulate that obesity does not explain - wide violaceous striae, proximal myopathy, easy bruising, unprovoked hypokalaemia, new diabetes and hypertension; no cortisol evaluation.",
       "Bariatric programme intake: rapid weight gain labelled obesity despite striae, proximal weakness and hypokalaemia")
def b1_cush(cid):
    c = Case(cid, "B1")
    c.organization(npi="1083917725")
    surg = c.practitioner("Kowalski", "Adam", "MD", "1649337005")
    np_ = c.practitioner("Duarte", "Renee", "NP", "1740518823")
    psy = c.practitioner("Hale", "Jonathan", "PsyD", None)
    c.patient("Mabry", ["Colleen", "S"], "female", "1982-07-06", "LEMSC-118820", line="4128 N Kedzie Ave", postal="60618", race=("2106-3", "White"), phone="773-555-0135")
    std(c, "Blue Cross Blue Shield of Illinois", "BCBSIL PPO", "XOF905511234")
    ob = c.condition(cc((SCT, "414916001", "Obesity"), (ICD, "E66.9", "Obesity, unspecified")), "2024-05-14", recorder=np_,
                     note="Weight gain ~22 kg over 2 years attributed to stress eating and reduced activity.")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2025-03-01")
    c.condition(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2026-06-02")
    c.condition(cc((SCT, "43339004", "Hypokalemia"), (ICD, "E87.6", "Hypokalemia")), "2026-06-02")
    e1 = c.encounter("2026-04-21T09:00:00-05:00", "2026-04-21T10:00:00-05:00", "AMB", "Bariatric surgery consultation", "Obesity - surgical evaluation", prac=surg)
    c.vitals("2026-04-21T09:05:00-05:00", e1, sbp=158, dbp=98, hr=88, wt=104.5, bmi=38.4)
    e2 = c.encounter("2026-06-02T10:00:00-05:00", "2026-06-02T11:00:00-05:00", "AMB", "Bariatric program - dietitian and labs", "Pre-surgical program", prac=np_)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-06-02", 3.1, "mmol/L", 3.5, 5.1, enc=e2)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-06-02", 6.7, "%", 4.0, 5.6, enc=e2)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-06-02", 162, "mg/dL", 70, 99, enc=e2)
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-06-02", 12.4, "10*3/uL", 4.0, 11.0, enc=e2)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-02", 1.1, "m[IU]/L", 0.4, 4.5, enc=e2)
    c.encounter("2026-08-18T13:00:00-05:00", "2026-08-18T14:00:00-05:00", "AMB", "Bariatric program - psychological evaluation", "Pre-surgical psychological evaluation", prac=psy)
    e4 = c.encounter("2026-10-20T09:00:00-05:00", "2026-10-20T09:50:00-05:00", "AMB", "Bariatric program - medical visit", "Supervised weight management month 5", prac=np_)
    c.vitals("2026-10-20T09:05:00-05:00", e4, sbp=162, dbp=100, hr=90, wt=106.1, bmi=39.0)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-10-20", 3.2, "mmol/L", 3.5, 5.1, enc=e4)
    c.obs(tx("Physical exam - skin"), "2026-10-20", vstr="Wide (1-2 cm) violaceous striae abdomen, flanks and axillae. Multiple ecchymoses forearms. Facial plethora and rounding. Dorsocervical fat pad.", cat="exam", enc=e4)
    c.obs(tx("Physical exam - musculoskeletal"), "2026-10-20", vstr="Unable to rise from chair without using arms; hip flexion 4/5 bilaterally.", cat="exam", enc=e4)
    for rxc, nm, dose in [("17767", "amlodipine", "10 mg daily"), ("29046", "lisinopril", "40 mg daily"), ("6809", "metformin", "500 mg twice daily"), ("8591", "potassium chloride", "20 mEq daily")]:
        c.medreq(rx(rxc, nm), "2026-06-02", dose, requester=np_)
    c.note("11488-4", "Consult note", "2026-04-21", surg, """
BARIATRIC SURGERY CONSULTATION
44F, BMI 38.4, weight gain ~22 kg since 2024 despite diet attempts. Comorbid HTN (dx 2025), on 2 agents. Reports fatigue, easy bruising, trouble climbing stairs, irregular menses - attributed to weight.
Plan: enrol in insurer-required 6-month medically supervised weight program; dietitian, psychology evaluation, labs. Surgical candidacy to be determined on completion of the program.
""", enc=e1)
    c.note("11506-3", "Progress note", "2026-10-20", np_, """
BARIATRIC PROGRAM - MONTH 5 MEDICAL VISIT
Weight up 1.6 kg since April despite documented adherence to 1400 kcal plan (dietitian logs). BP 162/100 on amlodipine 10 + lisinopril 40. K 3.2 on KCl 20 mEq (no diuretic). New DM2 in June (A1c 6.7). Exam: wide purple abdominal/axillary striae, bruising forearms, round plethoric face, dorsocervical fat pad, proximal leg weakness - cannot rise from chair without arms. Reports falling twice.
Assessment: Obesity with metabolic complications; striae and bruising likely from rapid weight gain; weakness from deconditioning.
Plan: continue program; PT referral for strength; increase KCl to 20 mEq BID; RTC 1 month.
""", enc=e4)
    c.servreq(tx("Referral to physical therapy - deconditioning, proximal weakness"), "2026-10-20", requester=np_, enc=e4)
    return c

# ---------------------------------------------------------------- B1 Lakeshore: acromegaly
@story("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
       "Active acromegaly (GH-secreting pituitary macroadenoma with residual disease after 2023 transsphenoidal surgery) on octreotide LAR - a rare disease (Orphanet); IGF-1 stable to slightly improving, no procedure planned.",
       "Pituitary clinic: acromegaly with residual tumour, controlled-but-not-normalised IGF-1 on somatostatin analogue")
def b1_acro(cid):
    c = Case(cid, "B1")
    c.organization(npi="1083917725")
    endo = c.practitioner("Sandoval", "Miguel", "MD", "1912046638")
    c.patient("Amato", ["Victor", "P"], "male", "1977-11-12", "LEMSC-070455", line="2901 W Belmont Ave", postal="60618", race=("2106-3", "White"), phone="773-555-0168")
    std(c, "Cigna", "Cigna Open Access Plus", "U88421905")
    acro = c.condition(cc((SCT, "74107003", "Acromegaly"), (ICD, "E22.0", "Acromegaly and pituitary gigantism")), "2022-09-14", recorder=endo,
                       note="GH-secreting pituitary macroadenoma 1.8 cm with right cavernous sinus invasion (Knosp 3).")
    c.condition(cc((SCT, "78275009", "Obstructive sleep apnea syndrome"), (ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2022-11-01")
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension")), "2021-01-01")
    c.condition(cc((SCT, "57406009", "Carpal tunnel syndrome"), (ICD, "G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), "2022-06-01", status="resolved", abated="2023-12-01")
    c.procedure(cc((CPT, "61548", "Hypophysectomy or excision of pituitary tumor, transnasal or transseptal approach, nonstereotactic"), text="Endoscopic transsphenoidal resection of pituitary macroadenoma"),
                date="2023-01-17", reason=acro, outcome="Subtotal resection; residual in right cavernous sinus. Pathology: densely granulated somatotroph adenoma.")
    c.medreq(rx("7617", "octreotide", "octreotide LAR 30 mg injectable suspension"), "2023-04-01", "30 mg IM every 4 weeks", requester=endo, reason=acro, start="2023-04-01")
    c.medreq(rx("17767", "amlodipine"), "2021-01-01", "5 mg daily")
    for d, igf in [("2025-11-18", 312), ("2026-05-19", 305), ("2026-11-17", 296)]:
        e = c.encounter(d + "T10:00:00-06:00", d + "T10:30:00-06:00", "AMB", "Pituitary clinic", "Acromegaly follow-up", prac=endo)
        c.lab("2484-4", "Insulin-like growth factor-I [Mass/volume] in Serum or Plasma", d, igf, "ng/mL", 75, 240, enc=e)
        c.vitals(d + "T10:02:00-06:00", e, sbp=128, dbp=80, wt=101.0)
    c.lab("2963-7", "Somatotropin [Mass/volume] in Serum or Plasma", "2026-11-17", 1.4, "ng/mL", None, 1.0)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-17", 5.9, "%", 4.0, 5.6)
    c.report(cc((CPT, "70553", "Magnetic resonance (eg, proton) imaging, brain (including brain stem); without contrast material, followed by contrast material(s) and further sequences"), text="MRI pituitary with and without contrast"),
             "2026-05-12", "Stable 7 x 5 mm residual enhancing tissue in right cavernous sinus, unchanged from 11/2025. Optic chiasm free.", cat=("RAD", "Radiology"))
    c.note("11506-3", "Progress note", "2026-11-17", endo, """
PITUITARY CLINIC
49M acromegaly, s/p TSS 1/2023 with cavernous sinus residual; octreotide LAR 30 mg q4w since 4/2023. IGF-1 296 (1.2x ULN), trending slightly down (312 -> 305 -> 296). Symptoms stable: less sweating, rings fit. MRI 5/2026 stable residual. Echo 2025 normal, colonoscopy 2024 - 1 tubular adenoma.
Plan: continue octreotide LAR. Discussed options if IGF-1 not normalised: pegvisomant add-on or pasireotide; revisit in 6 months. Repeat colonoscopy 2027. No surgery planned.
""")
    return c

# ---------------------------------------------------------------- B2 Summit: laparoscopic adrenalectomy for aldosteronoma
@story("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
       "Primary aldosteronism lateralised to a left adrenal adenoma on adrenal vein sampling; an active surgical order for laparoscopic left adrenalectomy (CPT 60650) is scheduled 12 Jan 2027 and not yet performed.",
       "Adrenal centre: resistant hypertension with hypokalaemia, confirmed aldosteronoma, adrenalectomy scheduled")
def b2_adx(cid):
    c = Case(cid, "B2")
    c.organization(npi="1356798213")
    endo = c.practitioner("Lindgren", "Karin", "MD", "1235176640")
    surg = c.practitioner("Abernathy", "Paul", "MD", "1689863317")
    ir = c.practitioner("Choudhury", "Rahul", "MD", "1174820936")
    c.patient("Deshpande", ["Anil", "S"], "male", "1972-03-09", "SCTA-220871", line="1450 S Colorado Blvd", postal="80222", race=("2028-9", "Asian"), phone="303-555-0114")
    std(c, "Kaiser Permanente Colorado", "KP Select", "KPC0081992")
    pa = c.condition(cc((ICD, "E26.01", "Conn's syndrome"), text="Primary aldosteronism - left aldosterone-producing adenoma"), "2026-08-05", recorder=endo)
    c.condition(cc((SCT, "59621000", "Essential hypertension"), (ICD, "I10", "Essential (primary) hypertension"), text="Resistant hypertension"), "2014-01-01")
    c.condition(cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.5", "Hyperlipidemia, unspecified")), "2018-01-01")
    e1 = c.encounter("2026-07-14T08:00:00-06:00", "2026-07-14T09:00:00-06:00", "AMB", "Endocrinology new patient", "Resistant hypertension, hypokalemia", prac=endo)
    c.vitals("2026-07-14T08:05:00-06:00", e1, sbp=164, dbp=102, hr=70)
    c.lab("1763-4", "Aldosterone [Mass/volume] in Serum or Plasma", "2026-07-14", 28, "ng/dL", None, 21, enc=e1)
    c.lab("2915-5", "Renin [Enzymatic activity/volume] in Plasma", "2026-07-14", 0.2, "ng/mL/h", 0.6, 4.3, ucum="ng/mL/h", enc=e1)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-07-14", 3.0, "mmol/L", 3.5, 5.1, enc=e1)
    c.obs(tx("Saline infusion suppression - post-infusion aldosterone"), "2026-08-04", 14.2, "ng/dL", low=None, high=5, interp="H")
    c.report(cc((CPT, "74150", "Computed tomography, abdomen; without contrast material"), text="CT adrenal protocol"), "2026-08-11",
             "1.6 cm left adrenal nodule, 5 HU on unenhanced images (lipid-rich adenoma). Right adrenal normal.", cat=("RAD", "Radiology"))
    c.procedure(cc((CPT, "75893", "Venous sampling through catheter, with or without angiography (eg, for parathyroid hormone, renin)"), text="Bilateral adrenal vein sampling (ACTH-stimulated)"),
                date="2026-09-22", performer=ir, reason=pa, outcome="Successful bilateral cannulation (SI >5). Lateralization index 8.2 to LEFT; contralateral suppression index 0.3.")
    e2 = c.encounter("2026-10-28T13:00:00-06:00", "2026-10-28T13:45:00-06:00", "AMB", "Endocrine surgery consultation", "Left adrenalectomy", prac=surg)
    c.vitals("2026-10-28T13:05:00-06:00", e2, sbp=142, dbp=88, hr=68, wt=82.4, bmi=27.3)
    c.servreq(cc((CPT, "60650", "Laparoscopy, surgical, with adrenalectomy, partial or complete, or exploration of adrenal gland with or without biopsy, transabdominal, lumbar or dorsal"),
                 text="Laparoscopic left adrenalectomy"), "2026-10-28", status="active", intent="order", occ="2027-01-12T07:30:00-07:00", reason=pa, requester=surg, enc=e2,
              cat=cc((SCT, "387713003", "Surgical procedure")), note="Consent signed 10/28/2026. Continue spironolactone until surgery; stop potassium day of surgery.")
    c.servreq(tx("Pre-operative anesthesia evaluation"), "2026-10-28", occ="2026-12-29", requester=surg)
    for rxc, nm, dose in [("9997", "spironolactone", "50 mg twice daily"), ("17767", "amlodipine", "10 mg daily"), ("29046", "lisinopril", "40 mg daily"), ("83367", "atorvastatin", "20 mg daily"), ("8591", "potassium chloride", "20 mEq daily")]:
        c.medreq(rx(rxc, nm), "2026-08-05", dose, requester=endo)
    c.note("11488-4", "Consult note", "2026-10-28", surg, """
ENDOCRINE SURGERY CONSULT
54M resistant HTN x12y on 4 agents, hypokalemia. ARR 140, failed saline suppression (aldo 14.2). CT 1.6 cm left adrenal adenoma. AVS 9/22 lateralizes left (LI 8.2, CSI 0.3).
Recommend laparoscopic left adrenalectomy. Expected cure of hypokalemia, HTN improvement in most. Risks reviewed. Scheduled 1/12/2027. Post-op: stop spironolactone and KCl, check K POD1, cortisol not needed.
""", enc=e2)
    return c

# ---------------------------------------------------------------- B2 Summit: total thyroidectomy already done
@story("MAJOR_PROCEDURE_PLANNED", "near-miss", [],
       "Total thyroidectomy for compressive multinodular goitre was performed on 20 Oct 2026 (Procedure completed, order completed); benign pathology, no further surgery planned.",
       "Thyroid centre: compressive benign multinodular goitre, thyroidectomy already performed, post-op follow-up")
def b2_thyroidectomy(cid):
    c = Case(cid, "B2")
    c.organization(npi="1356798213")
    endo = c.practitioner("Lindgren", "Karin", "MD", "1235176640")
    surg = c.practitioner("Abernathy", "Paul", "MD", "1689863317")
    c.patient("Vance", ["Gloria", "E"], "female", "1975-12-01", "SCTA-198344", line="750 Pearl St", postal="80203", ethnicity=("2135-2", "Hispanic or Latino"), phone="303-555-0177")
    std(c, "Anthem Blue Cross Blue Shield", "Anthem Pathway HMO", "YRK440087123")
    mng = c.condition(cc((ICD, "E04.2", "Nontoxic multinodular goiter")), "2021-05-01", status="resolved", abated="2026-10-20", recorder=endo)
    hypo = c.condition(cc((ICD, "E89.0", "Postprocedural hypothyroidism")), "2026-10-21", recorder=surg)
    c.condition(cc((SCT, "195967001", "Asthma"), (ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "1995-01-01")
    c.condition(cc((SCT, "40739000", "Dysphagia"), (ICD, "R13.19", "Other dysphagia"), text="Dysphagia to solids due to goiter"), "2025-06-01", status="resolved", abated="2026-10-20")
    c.procedure(cc((CPT, "10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion")), date="2025-08-12", outcome="Dominant right nodule 3.8 cm: Bethesda II (benign follicular nodule)")
    c.procedure(cc((CPT, "10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion")), date="2025-08-12", outcome="Left nodule 2.6 cm: Bethesda II")
    c.report(tx("CT neck without contrast"), "2026-06-10", "Multinodular goiter with substernal extension to the level of the aortic arch; tracheal deviation to the left with 30% narrowing.", cat=("RAD", "Radiology"))
    sr = c.servreq(cc((CPT, "60240", "Thyroidectomy, total or complete")), "2026-07-08", status="completed", intent="order", reason=mng, requester=surg, occ="2026-10-20")
    e1 = c.encounter("2026-10-20T06:30:00-06:00", "2026-10-21T11:00:00-06:00", "OBSENC", "Surgical admission (23-hour observation)", "Total thyroidectomy", prac=surg)
    c.procedure(cc((CPT, "60240", "Thyroidectomy, total or complete"), (SCT, "13619001", "Thyroidectomy")), date="2026-10-20T08:05:00-06:00", reason=mng, performer=surg, enc=e1, based_on=sr,
                outcome="Uncomplicated; bilateral RLN preserved with neuromonitoring; 3 parathyroids identified and preserved.")
    c.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-10-21", 8.7, "mg/dL", 8.6, 10.3, enc=e1)
    c.lab("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", "2026-10-21", 24, "pg/mL", 15, 65, enc=e1)
    c.report(tx("Surgical pathology - thyroid, total thyroidectomy"), "2026-10-24", "Nodular hyperplasia (multinodular goiter), 148 g. No malignancy identified.", cat=("SP", "Surgical Pathology"))
    c.medreq(rx("10582", "levothyroxine"), "2026-10-21", "112 mcg daily", requester=surg, reason=hypo, start="2026-10-21")
    c.medreq(tx("calcium carbonate 1250 mg tablet"), "2026-10-21", "1 tablet twice daily x 2 weeks", status="completed", requester=surg, end="2026-11-04")
    e2 = c.encounter("2026-11-04T10:00:00-07:00", "2026-11-04T10:20:00-07:00", "AMB", "Endocrine surgery post-op visit", "Post-thyroidectomy", prac=surg)
    c.vitals("2026-11-04T10:02:00-07:00", e2, sbp=118, dbp=76, hr=72)
    c.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-11-04", 9.2, "mg/dL", 8.6, 10.3, enc=e2)
    c.servreq(cc((LNC, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-11-04", occ="2026-12-09", requester=endo)
    c.note("11506-3", "Progress note", "2026-11-04", surg, """
POST-OP: 2 weeks s/p total thyroidectomy 10/20 for substernal MNG with tracheal compression. Voice normal, swallowing improved (no more food sticking). Incision healing. Ca 9.2 off supplements. Path benign. Levothyroxine 112 mcg; TSH in 6 weeks with Dr. Lindgren. Released from surgical care.
""", enc=e2)
    return c

# ---------------------------------------------------------------- B2 Summit: patient Flag requesting second opinion (thyroid nodule)
@story("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
       "A Flag authored by the patient via the portal requests a second opinion on management of her Bethesda III thyroid nodule after surveillance was recommended.",
       "Thyroid centre: indeterminate nodule managed with surveillance; patient files a second-opinion request through the portal")
def b2_flag(cid):
    c = Case(cid, "B2")
    c.organization(npi="1356798213")
    endo = c.practitioner("Lindgren", "Karin", "MD", "1235176640")
    ma = c.practitioner("Ortiz", "Daniela", "MA", None)
    c.patient("Chen", ["Mei-Ling"], "female", "1982-08-19", "SCTA-231190", line="2200 Blake St Unit 5", postal="80205", race=("2028-9", "Asian"), phone="303-555-0159")
    std(c, "UnitedHealthcare", "UHC Navigate HMO", "987120554")
    nod = c.condition(cc((SCT, "237495005", "Thyroid nodule"), (ICD, "E04.1", "Nontoxic single thyroid nodule")), "2026-06-03", recorder=endo)
    c.condition(cc((SCT, "37796009", "Migraine"), (ICD, "G43.009", "Migraine without aura, not intractable, without status migrainosus")), "2008-01-01")
    c.condition(cc((SCT, "49727002", "Cough"), (ICD, "R05.1", "Acute cough"), text="Post-viral cough"), "2026-02-01", status="resolved", abated="2026-03-01")
    e1 = c.encounter("2026-07-15T09:00:00-06:00", "2026-07-15T09:40:00-06:00", "AMB", "Thyroid clinic new patient", "Thyroid nodule", prac=endo)
    c.report(cc((CPT, "76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation")), "2026-06-03",
             "Right lower pole nodule 2.3 x 1.8 x 1.6 cm, solid, hypoechoic, smooth margins, no calcifications. ACR TI-RADS 4 (TR4). No suspicious nodes.", cat=("RAD", "Radiology"))
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-03", 1.8, "m[IU]/L", 0.4, 4.5)
    c.procedure(cc((CPT, "10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion")), date="2026-07-15", reason=nod, performer=endo, enc=e1,
                outcome="Bethesda III - atypia of undetermined significance (AUS)")
    c.report(tx("Afirma Genomic Sequencing Classifier"), "2026-08-05", "Benign (GSC). Estimated risk of malignancy ~4%.", cat=("GE", "Genetics"))
    e2 = c.encounter("2026-08-19T10:00:00-06:00", "2026-08-19T10:30:00-06:00", "AMB", "Thyroid clinic", "Review FNA results", prac=endo)
    c.vitals("2026-08-19T10:02:00-06:00", e2, sbp=112, dbp=70, hr=66)
    c.servreq(cc((CPT, "76536", "Ultrasound, soft tissues of head and neck (eg, thyroid, parathyroid, parotid), real time with image documentation")), "2026-08-19", occ="2027-08-15", requester=endo, reason=nod)
    c.note("11506-3", "Progress note", "2026-08-19", endo, """
THYROID CLINIC: 44F, 2.3 cm TR4 right nodule; FNA Bethesda III, Afirma GSC benign. Euthyroid. Recommend surveillance - repeat US in 12 months; surgery not indicated. Patient anxious - her aunt had thyroid cancer. Questions answered.
""", enc=e2)
    c.medreq(rx("38404", "topiramate"), "2020-01-01", "50 mg at bedtime (migraine prevention)")
    c.flag(cc(("https://summit-thyroid.org/fhir/CodeSystem/portal-requests", "2ND-OP-REQ", "Patient requests second opinion"), text="Patient requests a second opinion on thyroid nodule management (submitted via patient portal)"),
           "2026-11-20T19:42:00-07:00", author=c.pt, cat=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")))
    c.comm("2026-11-21T08:15:00-07:00", ma, endo, "Pt submitted second-opinion request via portal last night re: her thyroid nodule. She would like records sent to UCHealth endocrine surgery.",
           cat=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification")))
    return c

# ---------------------------------------------------------------- B4 Capitol: RAI-refractory metastatic PTC, told no options (note only)
@story("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
       "Progressive RAI-refractory metastatic papillary thyroid cancer; the endocrinologist's note tells the patient there are no further treatment options and to focus on comfort, with no oncology referral (systemic kinase-inhibitor therapy never discussed) and no second opinion.",
       "Endocrine practice: metastatic RAI-refractory papillary thyroid cancer, told nothing more can be done (only in the note)")
def b4_ptc(cid):
    c = Case(cid, "B4")
    c.organization(npi="1447388120")
    endo = c.practitioner("Whitman", "George", "MD", "1053421187")
    c.patient("Strand", ["Evelyn", "Ruth"], "female", "1954-04-03", "CDEA-10382", line="4410 Freeport Blvd", postal="95822", race=("2106-3", "White"), phone="916-555-0131", marital=("W", "Widowed"))
    c.coverage("Medicare", "Medicare Part A and B", "3QA7RT6YE21", "2019-04-01", kind="Medicare")
    ptc = c.condition(cc((ICD, "C73", "Malignant neoplasm of thyroid gland"), text="Papillary thyroid carcinoma, radioiodine-refractory, metastatic to lung"), "2018-03-12", recorder=endo,
                      stage=tx("pT3a N1b M1 (lung, 2024)"))
    c.condition(cc((SCT, "94391008", "Secondary malignant neoplasm of lung"), (ICD, "C78.00", "Secondary malignant neoplasm of unspecified lung")), "2024-06-10", recorder=endo)
    c.condition(cc((ICD, "E89.0", "Postprocedural hypothyroidism")), "2018-03-20")
    c.condition(cc((SCT, "64859006", "Osteoporosis"), (ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2021-01-01")
    c.procedure(cc((CPT, "60252", "Thyroidectomy, total or subtotal for malignancy; with limited neck dissection")), date="2018-03-20", reason=ptc)
    c.procedure(cc((CPT, "79005", "Radiopharmaceutical therapy, by oral administration"), text="I-131 remnant ablation 150 mCi"), date="2018-05-14", reason=ptc)
    c.procedure(cc((CPT, "79005", "Radiopharmaceutical therapy, by oral administration"), text="I-131 therapy 200 mCi"), date="2020-09-02", reason=ptc,
                note="Post-therapy scan: no uptake in lung nodules.")
    c.report(tx("Whole body I-131 diagnostic scan"), "2024-07-18", "No iodine-avid disease despite rising thyroglobulin and growing lung nodules - radioiodine-refractory.", cat=("NMS", "Nuclear Medicine Scan"))
    c.report(cc((CPT, "71260", "Computed tomography, thorax, diagnostic; with contrast material(s)")), "2026-10-14",
             "Multiple bilateral pulmonary nodules, largest 2.4 cm RLL (was 1.5 cm 10/2025); new 1.1 cm left hilar node. Progressive disease (RECIST).", cat=("RAD", "Radiology"))
    c.lab("3013-7", "Thyroglobulin [Mass/volume] in Serum or Plasma", "2026-10-14", 190, "ng/mL", None, 0.1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-14", 0.08, "m[IU]/L", 0.4, 4.5, note="TSH suppression intended")
    c.medreq(rx("10582", "levothyroxine"), "2018-03-21", "137 mcg daily (TSH suppression)", requester=endo)
    c.medreq(rx("46041", "alendronate"), "2021-01-01", "70 mg weekly")
    e1 = c.encounter("2026-10-29T10:00:00-07:00", "2026-10-29T11:00:00-07:00", "AMB", "Endocrinology follow-up", "Thyroid cancer surveillance", prac=endo)
    c.vitals("2026-10-29T10:02:00-07:00", e1, sbp=124, dbp=72, hr=78, wt=58.0, spo2=96)
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-10-29", 1, "{score}", "{score}", cat="survey", enc=e1)
    c.note("11506-3", "Progress note", "2026-10-29", endo, """
ENDOCRINOLOGY FOLLOW-UP - THYROID CANCER
72F PTC (2018) s/p total thyroidectomy + central/lateral neck dissection, RAI 150 mCi (2018) and 200 mCi (2020). Lung metastases since 2024, non-iodine-avid. CT 10/14: progressive lung nodules (RLL 1.5 -> 2.4 cm), new hilar node. Tg 190 (96 in 5/2026). Mild exertional cough, otherwise active - gardens, drives, ECOG 1.
Assessment: progressive radioiodine-refractory metastatic PTC. She is not a surgical candidate for the lung disease and further radioiodine will not help.
Plan: I explained to the patient and her son that there are no further treatment options for the cancer and that we will focus on comfort and quality of life. Continue TSH suppression. Repeat CT in 6 months for symptoms only. She asked about 'the pills' a friend with cancer takes - told her these are not for her type of cancer.
""", enc=e1)
    return c

# ---------------------------------------------------------------- B4 Capitol: type 1 diabetes, HbA1c rising on pump
@story("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
       "HbA1c rose 7.4 -> 8.2 -> 9.1% (Feb-Oct 2026, +1.7 points, >0.5 MCID, >8 months) with CGM time-in-range falling 58 -> 33%, while insulin pump therapy was continuously active and uploads show consistent bolusing.",
       "Diabetes centre: young man with type 1 diabetes on pump + CGM, control steadily deteriorating despite therapy")
def b4_t1d(cid):
    c = Case(cid, "B4")
    c.organization(npi="1447388120")
    endo = c.practitioner("Ngata", "Hemi", "MD", "1962771043")
    cde = c.practitioner("Fischer", "Laura", "RN, CDCES", None)
    c.patient("Brandt", ["Tyler", "James"], "male", "2002-01-28", "CDEA-20911", line="2801 J St Apt 310", postal="95816", race=("2106-3", "White"), phone="916-555-0193")
    std(c, "Blue Shield of California", "Blue Shield PPO", "XEB772014983")
    t1 = c.condition(cc((SCT, "46635009", "Diabetes mellitus type 1"), (ICD, "E10.65", "Type 1 diabetes mellitus with hyperglycemia")), "2011-03-01", recorder=endo)
    c.condition(cc((SCT, "21983002", "Hashimoto thyroiditis"), (ICD, "E06.3", "Autoimmune thyroiditis")), "2019-05-01")
    c.condition(cc((SCT, "420270002", "Ketoacidosis due to type 1 diabetes mellitus"), (ICD, "E10.10", "Type 1 diabetes mellitus with ketoacidosis without coma")), "2019-11-02", status="resolved", abated="2019-11-05")
    c.medstmt(rx("86009", "insulin lispro"), "active", "2019-02-01", dose="Via insulin pump (Tandem t:slim X2, Control-IQ): basal 1.05 u/h; carb ratio 1:8; ISF 40", reason=t1, asserted="2026-10-13")
    c.medreq(rx("86009", "insulin lispro"), "2026-01-15", "Up to 70 units/day via pump", requester=endo, reason=t1, start="2026-01-15", refills=11)
    c.medreq(rx("10582", "levothyroxine"), "2019-05-01", "88 mcg daily")
    c.procedure(tx("Continuous glucose monitoring (Dexcom G7) - ongoing"), status="in-progress", period={"start": "2019-02-01"})
    vals = [("2026-02-10", 7.4, 58, 168), ("2026-06-02", 8.2, 44, 191), ("2026-10-13", 9.1, 33, 214)]
    for d, a1c, tir, mean in vals:
        e = c.encounter(d + "T14:00:00-08:00" if d < "2026-03" else d + "T14:00:00-07:00", None, "AMB", "Endocrinology follow-up", "Type 1 diabetes", prac=endo)
        c.entries[-1]["resource"]["period"]["end"] = d + "T14:40:00-07:00"
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", 4.0, 5.6, enc=e)
        c.obs(cc((LNC, "97510-2", "Glucose measurements in range out of Total glucose measurements during reporting period")), None, tir, "%", "%", enc=e,
              period={"start": {"2026-02-10": "2026-01-27", "2026-06-02": "2026-05-19", "2026-10-13": "2026-09-29"}[d], "end": d}, note="CGM 14-day summary, target 70-180 mg/dL; sensor wear >95%")
        c.obs(cc((LNC, "97507-8", "Average glucose [Mass/volume] in Interstitial fluid during Reporting Period")), None, mean, "mg/dL", enc=e,
              period={"start": {"2026-02-10": "2026-01-27", "2026-06-02": "2026-05-19", "2026-10-13": "2026-09-29"}[d], "end": d})
    c.vitals("2026-10-13T14:05:00-07:00", None, sbp=118, dbp=72, wt=70.5, bmi=22.1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-13", 2.4, "m[IU]/L", 0.4, 4.5)
    c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "2026-10-13", 14, "mg/g", None, 30)
    c.note("11506-3", "Progress note", "2026-10-13", endo, """
ENDOCRINOLOGY - T1D
24M, T1D since age 9, t:slim X2 with Control-IQ + Dexcom G7 since 2019. A1c 7.4 (2/2026) -> 8.2 (6/2026) -> 9.1 today. TIR 58% -> 44% -> 33%. Pump download: 5-6 boluses/day, no missed meal boluses identified, site changes every 2-3 days, Control-IQ active 97% of time. Total daily dose increased 48 -> 66 units/day. Weight down 3 kg. No change in diet or activity per patient; new job (desk). TSH normal.
Assessment: worsening glycemic control despite adherence to pump therapy, rising insulin requirement.
Plan: increase basal and tighten carb ratio to 1:7; CDCES visit in 2 weeks; check celiac serology, site lipohypertrophy exam next visit.
""")
    c.comm("2026-10-27T16:00:00-07:00", cde, endo, "CDCES follow-up: infusion sites rotated, no lipohypertrophy found; carb counting accurate on review. Settings adjusted per your plan.",
           cat=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification")))
    return c
