"""Cases for HIGH_IMPACT_TREATMENT, PATIENT_REPORTED_CONCERN, WORSENING_DESPITE_TREATMENT, RARE_OR_COMPLEX_CONDITION."""
from fhirlib import (case, cc, S, I, L, R, P, SCT, ICD, LNC, PAIN, ECOG, PHQ9, GAD7, score, qty, YES, NO, cod)
from cases1 import mds, AUDITC_CODE

HI, PR, WO, RC = "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"


def eq5d(b, date, v, enc=None):
    return b.obs(b.loc("EQ5D5L-IDX", "EQ-5D-5L index value (US value set)"), date, v, "{score}", cat="survey", enc=enc)


# ---------------------------------------------------------------- HIGH_IMPACT_TREATMENT
@case("C", HI, "positive", [HI],
      "Adjuvant mFOLFOX6 chemotherapy for stage IIIB colon cancer started 2026-11-10 (cycle 2 given 11-24, 12 cycles planned).",
      "Stage III colon cancer after colectomy, adjuvant FOLFOX chemotherapy under way")
def hit_folfox(b):
    b.setup("Samuel Kwame", "Osei", "male", "1965-07-07", (("Aaltonen", "Mikko", "MD"), ("Doyle", "Fiona", "RN")))
    cc_ = b.cond(cc((SCT, "363406005", "Malignant tumor of colon"), (ICD, "C18.7", "Malignant neoplasm of sigmoid colon")), "2026-08-26",
                 stage=cc(text="pT3 pN1b (3/22) M0, stage IIIB; MSS; KRAS G12D"))
    b.cond(I("I10", "Essential (primary) hypertension"), "2014-01-01")
    b.proc(cc(text="Laparoscopic sigmoid colectomy with primary anastomosis"), "2026-09-15", reasonref=cc_, outcome="R0 resection")
    b.report(cc(text="Surgical pathology, sigmoid colon"), "2026-09-19", "Adenocarcinoma, moderately differentiated, invading subserosa; 3 of 22 nodes positive; margins clear; MMR proficient.",
             cat=("SP", "Surgical Pathology"))
    b.lab("cea", "2026-10-20", 1.8)
    b.note("2026-10-22", "Medical oncology consultation", """
Stage IIIB sigmoid adenocarcinoma after R0 colectomy. Recommend adjuvant mFOLFOX6 every 2 weeks for 12 cycles
(6 months). Discussed neuropathy risk from oxaliplatin, fatigue, neutropenia, mucositis and time away from work.
He wishes to proceed. Port placement arranged.""", typ=("11488-4", "Consult note"))
    plan = b.careplan("Adjuvant chemotherapy: mFOLFOX6 x 12 cycles", "2026-11-10", cc(text="Oncology treatment plan"), addresses=[cc_],
                      desc="Oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, fluorouracil 400 mg/m2 bolus then 2400 mg/m2 over 46 h, every 14 days.",
                      acts=[("Cycle 1 day 1 2026-11-10", "completed"), ("Cycle 2 day 1 2026-11-24", "completed"), ("Cycle 3 day 1 2026-12-08", "scheduled")])
    b.proc(P("36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older"), "2026-11-03", reasonref=cc_)
    ox = b.medreq(R("32592", "oxaliplatin"), "2026-11-05", "85 mg/m2 (170 mg) IV over 2 hours day 1 every 14 days, cycles 1-12", reasonref=cc_, based=plan, cat="inpatient", repeats=11)
    fu = b.medreq(R("4492", "fluorouracil"), "2026-11-05", "400 mg/m2 IV bolus then 2400 mg/m2 continuous infusion over 46 hours every 14 days", reasonref=cc_, based=plan, cat="inpatient", repeats=11)
    b.medreq(R("6313", "leucovorin"), "2026-11-05", "400 mg/m2 IV over 2 hours day 1 every 14 days", reasonref=cc_, based=plan, cat="inpatient", repeats=11)
    b.medreq(R("26225", "ondansetron"), "2026-11-05", "8 mg by mouth every 8 hours as needed for nausea")
    for cyc, d in ((1, "2026-11-10"), (2, "2026-11-24")):
        e = b.enc(d, cc(text="Infusion centre visit"), service="Medical oncology infusion")
        b.panel("cbc", d, {"hgbm": 13.6 - cyc * 0.3, "anc": 3.9 - cyc * 0.5, "plt": 240 - cyc * 20}, enc=e)
        score(b, ECOG, d, 0, enc=e)
        b.medadmin(R("32592", "oxaliplatin"), d, f"mFOLFOX6 cycle {cyc} day 1: oxaliplatin 170 mg IV over 2 h", dose=(170, "mg"), req=ox, enc=e, note=f"Cycle {cyc} of 12")
        b.medadmin(R("4492", "fluorouracil"), d, f"mFOLFOX6 cycle {cyc} day 1: fluorouracil 800 mg IV bolus, 4800 mg via ambulatory pump over 46 h", dose=(5600, "mg"), req=fu, enc=e, note=f"Cycle {cyc} of 12")
    b.vitals("2026-11-24", 132, 82, 78, 88.4)


@case("S", HI, "positive", [HI],
      "Stage 5 CKD with uraemic symptoms: in-centre haemodialysis three times weekly ordered to start 2026-12-08 through a tunnelled catheter placed 2026-11-25.",
      "Resident with end-stage kidney disease about to start haemodialysis")
def hit_dialysis(b):
    b.setup("Louise Ann", "Bennett", "female", "1952-10-25", (("Whitcombe", "Ellen", "MD"), ("Farouk", "Amira", "MD")), payer="Medicare", plan="medicare")
    ckd = b.cond(I("N18.5", "Chronic kidney disease, stage 5"), "2025-11-01")
    dm = b.cond(I("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2004-01-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2004-01-01")
    b.cond(I("D63.1", "Anemia in chronic kidney disease"), "2025-03-01")
    b.episode(cc(text="Long-term care stay"), "2026-03-02")
    b.panel("bmp", "2026-08-10", {"na": 137, "k": 5.3, "crm": 4.8, "egfr": 10})
    b.panel("bmp", "2026-11-16", {"na": 134, "k": 5.8, "crm": 5.9, "egfr": 8})
    b.lab("hgb", "2026-11-16", 9.6)
    b.lab("alb", "2026-11-16", 3.1)
    mds(b, "2026-11-05", bims=14, adl=26)
    b.note("2026-11-18", "Nephrology consultation (visiting)", """
CKD stage 5 from diabetic nephropathy, eGFR 8, potassium 5.8, nausea, pruritus and poor appetite; weight down
3 kg. Discussed options including conservative kidney management; resident chooses dialysis. Plan: tunnelled
haemodialysis catheter 25 November, then in-centre haemodialysis Mon/Wed/Fri from 8 December at Maplecrest
Dialysis (transport arranged). AV fistula evaluation later.""", typ=("11488-4", "Consult note"), author=b.pracs[1])
    b.proc(P("36558", "Insertion of tunneled centrally inserted central venous catheter, without subcutaneous port or pump; age 5 years or older"), "2026-11-25", reasonref=ckd)
    b.sr(cc(("http://www.ama-assn.org/go/cpt", "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
            (SCT, "302497006", "Hemodialysis")), "2026-11-18", when="2026-12-08", reasonref=ckd,
         note="In-centre haemodialysis 3 x weekly, 4 hours, Mon/Wed/Fri", performer="Maplecrest Dialysis Center")
    b.careplan("Renal replacement therapy plan", "2026-11-18", cc(text="Renal care"), addresses=[ckd],
               acts=[("Haemodialysis Mon/Wed/Fri from 2026-12-08", "scheduled"), ("Renal diet 2 g potassium, 1.2 L fluid", "in-progress")])
    b.medreq(cc(text="insulin glargine 100 units/mL"), "2020-01-01", "12 units subcutaneously at bedtime", reasonref=dm, course="continuous")
    b.medreq(cc(text="sodium zirconium cyclosilicate 10 g packet"), "2026-11-16", "10 g by mouth daily", reasonref=ckd)
    b.medreq(cc(text="epoetin alfa 10,000 units/mL"), "2025-04-01", "10,000 units subcutaneously weekly", course="continuous")
    b.medadmin(cc(text="epoetin alfa 10,000 units/mL"), "2026-11-19", "10,000 units subcutaneously", dose=(10000, "U", "[iU]"))
    b.vitals("2026-11-16", 148, 82, 76, 61.2)


@case("B", HI, "positive", [HI],
      "After clozapine was started, the patient-reported EQ-5D-5L index fell from 0.78 to 0.52 in 12 weeks (well beyond the ~0.08 minimal important difference) with sedation and hypersalivation, although psychosis improved.",
      "Clozapine for resistant schizophrenia: psychosis better but patient-reported quality of life fell sharply")
def hit_clozapine(b):
    b.setup("Kevin Minh", "Tran", "male", "1997-12-12", (("Okonkwo", "Ifeanyi", "MD"), ("Lund", "Maja", "RN")), plan="medicaid", payer="Medical Assistance")
    sz = b.cond(I("F20.0", "Paranoid schizophrenia"), "2018-03-01", note="Treatment-resistant: failed risperidone and aripiprazole at adequate doses.")
    b.medstmt(R("89013", "aripiprazole"), "2024-06-01", end="2026-08-04", status="stopped", reasonref=sz)
    clz = b.medreq(R("2626", "clozapine"), "2026-08-04", "Titrate from 12.5 mg to 300 mg by mouth at bedtime", reasonref=sz, course="continuous")
    b.medreq(cc(text="glycopyrrolate 1 mg tablet"), "2026-09-08", "1 mg by mouth at bedtime for hypersalivation")
    b.flag(cc(text="Clozapine REMS: weekly ANC monitoring"), "2026-08-04", cat=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "drug", "Drug")))
    for d, anc in (("2026-08-04", 3.8), ("2026-09-01", 3.4), ("2026-10-06", 3.1), ("2026-11-03", 2.9)):
        b.lab("anc", d, anc)
    for d, q, pn in (("2026-08-04", 0.78, 96), ("2026-09-08", 0.66, 84), ("2026-10-27", 0.52, 72)):
        e = b.enc(d, cc(text="Clozapine clinic visit"))
        eq5d(b, d, q, enc=e)
        b.obs(b.loc("PANSS-T", "PANSS total score"), d, vint=pn, cat="survey", enc=e)
    b.vitals("2026-10-27", 118, 74, 104, 91.5)
    b.note("2026-10-27", "Clozapine clinic", """
Week 12 of clozapine, 300 mg nightly. Voices much less intrusive, no paranoid ideation today (PANSS 72 from 96).
However he sleeps 13-14 hours, drools at night despite glycopyrrolate, has gained 8 kg and stopped his part-time
job. 'I feel like a zombie.' EQ-5D-5L index 0.52 (0.78 at baseline). Tachycardia 104. Continue clozapine; discuss
dose timing and weight management next visit.""")


@case("C", HI, "near-miss", [],
      "Early breast cancer after lumpectomy: Oncotype score 11 so chemotherapy is not indicated, radiotherapy omitted; only adjuvant anastrozole, which is not a severely QoL-impacting treatment.",
      "Early breast cancer after lumpectomy: no chemotherapy or radiotherapy, anastrozole only")
def hit_endocrine(b):
    b.setup("Patricia Ann", "Gomez", "female", "1954-03-03", (("Hartmann", "Stefan", "MD"), ("Quinn", "Aoife", "MD")), payer="Medicare", plan="medicare")
    bc = b.cond(cc((SCT, "254837009", "Malignant neoplasm of breast"), (ICD, "C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast")), "2026-09-02",
                stage=cc(text="pT1c (1.4 cm) pN0(sn) M0, stage IA; ER 95%, PR 60%, HER2 1+; grade 2"))
    b.cond(I("E03.8", "Other specified hypothyroidism", text="Hypothyroidism (post-thyroiditis)"), "2010-01-01")
    b.report(cc(text="Mammogram diagnostic left"), "2026-08-20", "1.3 cm irregular mass left upper outer quadrant. BI-RADS 5.")
    b.proc(cc(text="Left breast lumpectomy with sentinel lymph node biopsy"), "2026-10-06", reasonref=bc, outcome="Margins negative; 0/2 nodes")
    b.report(cc(text="Oncotype DX Breast Recurrence Score"), "2026-10-16", "Recurrence Score 11.", cat=("GE", "Genetics"))
    b.note("2026-10-22", "Breast tumour board", """
72-year-old, pT1c N0, ER/PR positive, HER2 negative, Recurrence Score 11. No benefit from adjuvant chemotherapy.
After shared decision-making, adjuvant radiotherapy omitted (age over 70, endocrine therapy planned).
Recommend anastrozole 1 mg daily for 5 years with baseline DEXA.""", typ=("11488-4", "Consult note"))
    b.medreq(R("84857", "anastrozole"), "2026-11-01", "1 mg by mouth daily for 5 years", reasonref=bc, course="continuous")
    b.medreq(R("10582", "levothyroxine"), "2010-02-01", "50 mcg by mouth daily", course="continuous")
    b.report(cc(text="DEXA bone density"), "2026-11-05", "Lumbar spine T-score -1.1, femoral neck -1.3 (osteopenia).")
    for d in ("2026-09-10", "2026-10-22", "2026-11-19"):
        e = b.enc(d, cc(text="Breast oncology clinic"))
        score(b, ECOG, d, 0, enc=e)
    b.vitals("2026-11-19", 124, 76, 70, 69.0)
    b.panel("cbc", "2026-09-10", {"hgb": 13.4, "wbc": 5.9, "plt": 250})
    b.panel("thyroid", "2026-09-10", {"tsh": 2.2, "ft4": 1.1})


@case("O", HI, "near-miss", [],
      "EQ-5D-5L index moved from 0.80 to 0.76 after elagolix started, below the ~0.08 minimal important difference, while pain improved; no other high-impact treatment.",
      "Endometriosis on elagolix: quality-of-life score dips slightly, less than a meaningful change")
def hit_small(b):
    b.setup("Melissa Dawn", "Grant", "female", "1990-06-30", (("Lindqvist", "Karin", "MD"),))
    endo = b.cond(S("129103003", "Endometriosis"), "2022-04-12", stage=cc(text="rASRM stage III (laparoscopy 2022)"))
    b.cond(S("195967001", "Asthma"), "2005-01-01")
    b.medstmt(R("7514", "norethindrone"), "2022-05-01", end="2026-06-01", status="stopped", reasonref=endo, note="Stopped for breakthrough bleeding and mood change.")
    b.medreq(cc(text="elagolix 150 mg tablet"), "2026-06-02", "150 mg by mouth once daily (maximum 24 months)", reasonref=endo, course="continuous")
    b.medreq(cc(text="albuterol 90 mcg/actuation inhaler"), "2015-01-01", "2 puffs as needed")
    for d, q, p in (("2026-06-02", 0.80, 7), ("2026-08-04", 0.77, 5), ("2026-10-06", 0.76, 4), ("2026-11-17", 0.76, 3)):
        e = b.enc(d, S("185389009", "Follow-up visit"))
        eq5d(b, d, q, enc=e)
        score(b, PAIN, d, p, enc=e)
    b.vitals("2026-11-17", 114, 70, 72, 63.5)
    b.panel("cmp", "2026-06-02", {"alt": 18, "cr": 0.7, "alb": 4.4})
    b.obs(L("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"), "2026-11-17", 98, "mg/dL", hi=100)
    b.note("2026-11-17", "Gynaecology follow-up", """
Five and a half months on elagolix 150 mg daily. Dysmenorrhoea and pelvic pain much improved (3/10 from 7/10).
Mild hot flushes, sleeping well. EQ-5D-5L index 0.76 (0.80 at start). Continue; DEXA at 12 months.""")


# ---------------------------------------------------------------- PATIENT_REPORTED_CONCERN
@case("B", PR, "positive", [PR],
      "Patient-experience questionnaire answered 'Yes' to wanting a second opinion about her diagnosis/treatment, with a free-text comment doubting the bipolar diagnosis.",
      "Bipolar II outpatient answers 'Yes' to wanting a second opinion on a questionnaire")
def prc_qr(b):
    b.setup("Natalie Grace", "Brooks", "female", "1988-09-09", (("Bergstrom", "Elin", "MD"),))
    bp = b.cond(I("F31.81", "Bipolar II disorder"), "2021-03-01")
    b.medreq(R("28439", "lamotrigine"), "2021-04-01", "200 mg by mouth daily", reasonref=bp, course="continuous")
    b.medreq(R("51272", "quetiapine"), "2022-01-01", "100 mg by mouth at bedtime", reasonref=bp, course="continuous")
    for d, p, g in (("2026-05-12", 7, 6), ("2026-08-11", 6, 5), ("2026-11-10", 7, 6)):
        e = b.enc(d, cc(text="Medication management visit"))
        score(b, PHQ9, d, p, enc=e)
        score(b, GAD7, d, g, enc=e)
    b.panel("cmp", "2026-08-11", {"alt": 21, "cr": 0.8, "glu": 92})
    b.vitals("2026-11-10", 116, 72, 70, 66.0)
    b.qr("https://ehr.riverside-bh.example.org/fhir/Questionnaire/rbh-patient-experience|2.1", "2026-11-12", [
        ("1", "Do you feel your concerns are listened to by your care team?", {"valueCoding": cod("http://loinc.org", "LA10066-1", "Sometimes")}),
        ("2", "Do you feel involved in decisions about your care?", YES),
        ("3", "Would you like a second opinion about your diagnosis or treatment plan?", YES),
        ("4", "Anything else you want us to know?", {"valueString": "I'm not sure bipolar is the right diagnosis. I would like another psychiatrist to look at my history before I keep taking quetiapine."}),
    ])
    b.note("2026-11-10", "Psychiatry follow-up", "Euthymic, sleeping 7 hours, no hypomanic symptoms since 2024. Some weight gain on quetiapine. Continue current regimen.")


@case("O", PR, "positive", [PR],
      "After three failed frozen embryo transfers the patient sends a portal message asking for a second opinion from another fertility specialist.",
      "IVF patient after three failed transfers asks by portal message for a second opinion")
def prc_ivf(b):
    b.setup("Sofia Andreevna", "Petrov", "female", "1991-11-20", (("Sato", "Ken", "MD"), ("Brennan", "Orla", "MD")))
    inf = b.cond(I("N97.1", "Female infertility of tubal origin"), "2024-09-10", note="Bilateral hydrosalpinges; bilateral salpingectomy 2025-01.")
    b.proc(cc(text="Laparoscopic bilateral salpingectomy"), "2025-01-14", reasonref=inf)
    b.proc(cc(text="Oocyte retrieval, transvaginal ultrasound-guided"), "2025-11-20", reasonref=inf, outcome="14 oocytes, 6 blastocysts vitrified")
    b.episode(cc(text="Fertility treatment (IVF)"), "2025-10-01", diag=[inf])
    for i, (d, h) in enumerate((("2026-03-17", 1), ("2026-06-16", 2), ("2026-09-15", 1)), 1):
        b.proc(P("58974", "Embryo transfer, intrauterine"), d, reasonref=inf, outcome=f"Frozen embryo transfer {i}, single euploid blastocyst")
        b.lab("hcg", (d[:8] + "%02d" % (int(d[8:]) + 9)), h, note=f"Pregnancy assay after transfer {i}: negative")
    b.report(cc(text="Hysteroscopy"), "2026-07-21", "Normal uterine cavity. No adhesions, polyps or septum.")
    b.panel("thyroid", "2026-07-21", {"tsh": 1.6, "ft4": 1.2})
    b.medreq(R("4083", "estradiol"), "2026-08-25", "2 mg by mouth three times daily for endometrial preparation", status="completed")
    b.medreq(R("8727", "progesterone"), "2026-09-10", "50 mg intramuscularly daily", status="stopped")
    b.vitals("2026-10-06", 110, 68, 70, 60.2)
    b.note("2026-10-06", "Fertility consultation", """
Three failed single euploid frozen embryo transfers. Cavity normal on hysteroscopy, thyroid normal. Discussed
options: further transfer with modified protocol, endometrial receptivity assessment. Patient tearful and unsure.""")
    b.comm("2026-10-22", "Dr. Sato, after three failed transfers I don't feel we understand why this keeps happening. Before we spend money on another cycle I would like a second opinion from another fertility specialist. Could you please send my records and embryology reports to them?",
           cat=cc(text="Patient portal message"), medium=("ELECTRONIC", "electronic data"))
    b.comm("2026-10-24", "Records release form sent to patient; happy to forward records once signed.", sender=b.pracs[0], recipient=b.pt)


@case("S", PR, "positive", [PR],
      "A resident with capacity has a patient-authored Flag asking for a second opinion from a movement-disorders neurologist about her Parkinson's treatment.",
      "Resident with Parkinson's disease asks, via a patient-authored flag, for a second neurology opinion")
def prc_flag(b):
    b.setup("Helen Margaret", "Murphy", "female", "1946-01-17", (("Whitcombe", "Ellen", "MD"), ("Chen", "Lily", "LCSW")), payer="Medicare", plan="medicare")
    pd = b.cond(I("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"), "2020-05-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2005-01-01")
    b.cond(I("M81.0", "Age-related osteoporosis without current pathological fracture"), "2019-01-01")
    b.episode(cc(text="Long-term care stay"), "2025-08-20")
    b.medreq(cc(text="carbidopa 25 mg / levodopa 100 mg tablet"), "2020-06-01", "1 tablet by mouth three times daily", reasonref=pd, course="continuous")
    for d in ("2026-11-18", "2026-11-19"):
        b.medadmin(cc(text="carbidopa 25 mg / levodopa 100 mg tablet"), d, "1 tablet by mouth, 08:00 dose (schedule 08:00, 14:00, 20:00)", dose=(1, "tablet", "{tbl}"))
    mds(b, "2026-08-21", bims=14, adl=30, falls=50)
    mds(b, "2026-11-20", bims=14, adl=29, falls=50)
    b.obs(cc(text="Fall"), "2026-09-30", cat="exam", vstr="Unwitnessed fall in room, no injury", note="Post-fall huddle completed")
    b.vitals("2026-10-15", 128, 74, 72, 55.3)
    b.panel("bmp", "2026-10-15", {"na": 139, "k": 4.2, "cr": 0.8})
    e1 = b.enc("2026-11-09", cc(text="Social services visit"), pract=b.pracs[1])
    b.note("2026-11-09", "Social services note", """
Resident asked to speak with social services. She feels the facility neurologist has not addressed her freezing
episodes and is 'just told it's the disease'. She is clear and consistent (BIMS 14) and asks for a second opinion
from a movement-disorders specialist at the university. Request entered as a resident flag; attending notified.""", enc=e1, author=b.pracs[1])
    b.flag(cc(text="Resident requests second opinion from a movement-disorders neurologist about her Parkinson's treatment"), "2026-11-09",
           author=b.pt, cat=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")))


@case("C", PR, "near-miss", [],
      "Survivorship questionnaire item 'Would you like a second opinion?' answered 'No'; otherwise a routine stage II colon cancer follow-up with no concern raised.",
      "Colon cancer survivor answers 'No' to wanting a second opinion")
def prc_no(b):
    b.setup("Thomas Edward", "Reed", "male", "1960-08-14", (("Aaltonen", "Mikko", "MD"), ("Yoon", "Grace", "NP")))
    cc_ = b.cond(cc((SCT, "363406005", "Malignant tumor of colon"), (ICD, "C18.2", "Malignant neoplasm of ascending colon")), "2025-01-20",
                 status="remission", stage=cc(text="pT3 pN0 (0/24) M0, stage IIA; MMR proficient; no adjuvant therapy"))
    b.proc(cc(text="Laparoscopic right hemicolectomy"), "2025-02-11", reasonref=cc_)
    b.cond(S("55822004", "Hyperlipidemia"), "2015-01-01")
    b.medreq(R("83367", "atorvastatin"), "2015-02-01", "20 mg by mouth daily", course="continuous")
    b.careplan("Survivorship care plan", "2025-03-01", S("734163000", "Care plan"), addresses=[cc_],
               acts=[("CEA every 6 months for 2 years", "in-progress"), ("CT chest/abdomen/pelvis annually", "in-progress"), ("Colonoscopy at 1 year", "completed")])
    for d, v in (("2026-04-28", 1.6), ("2026-10-27", 1.9)):
        b.lab("cea", d, v)
    b.proc(S("73761001", "Colonoscopy"), "2026-02-17", outcome="Healthy anastomosis; one 4 mm tubular adenoma removed")
    b.report(cc(text="CT chest abdomen pelvis with contrast"), "2026-10-20", "No evidence of recurrent or metastatic disease.")
    e1 = b.enc("2026-10-28", cc(text="Survivorship clinic visit"))
    b.vitals("2026-10-28", 130, 80, 70, 84.0, enc=e1)
    score(b, ECOG, "2026-10-28", 0, enc=e1)
    b.obs(b.loc("NCCN-DT", "NCCN Distress Thermometer score (0-10)"), "2026-10-28", vint=2, cat="survey", enc=e1)
    b.panel("cbc", "2026-10-28", {"hgbm": 14.5, "wbc": 6.3, "plt": 230}, enc=e1)
    b.qr("https://fhir.northgate-cancer.example.org/r4/Questionnaire/ngcc-survivorship-checkin", "2026-10-28", [
        ("q1", "How would you rate your overall quality of life this month? (0-10)", {"valueInteger": 8}),
        ("q2", "Do you feel your questions are answered by your care team?", YES),
        ("q3", "Would you like a second opinion about your diagnosis or treatment plan?", NO),
    ], enc=e1)
    b.note("2026-10-28", "Survivorship visit", "21 months from right hemicolectomy for stage IIA colon cancer. CEA and CT clear. Back at work, no concerns. Next visit April.", enc=e1)


@case("B", PR, "near-miss", [],
      "The patient asked for a second opinion in April, and an outside psychopharmacology second opinion was completed in June 2026 (within 12 months); depression is now improving on its recommendations, so the concern is already addressed.",
      "Depression patient whose requested second opinion was obtained in June")
def prc_done(b):
    b.setup("Owen Patrick", "Fischer", "male", "1979-05-25", (("Okonkwo", "Ifeanyi", "MD"), ("Halvorsen", "Jon", "PhD")))
    mdd = b.cond(I("F33.2", "Major depressive disorder, recurrent severe without psychotic features"), "2016-01-01")
    b.medstmt(R("321988", "escitalopram"), "2024-01-01", end="2025-10-01", status="stopped", reasonref=mdd, note="Inadequate response")
    b.medreq(R("72625", "duloxetine"), "2025-10-01", "60 mg by mouth twice daily", reasonref=mdd, course="continuous")
    b.comm("2026-04-20", "I've been on three antidepressants and I'm still not better. I would like a second opinion from someone outside the clinic about my medication.",
           cat=cc(text="Patient portal message"), medium=("ELECTRONIC", "electronic data"))
    b.sr(cc(text="Referral for second opinion, psychopharmacology consultation"), "2026-04-22", status="completed", reasonref=mdd,
         performer="Lakeshore University Mood Disorders Program")
    b.note("2026-06-15", "Outside second opinion - Lakeshore University Mood Disorders Program", """
Second opinion consultation requested by the patient. Diagnosis of recurrent major depressive disorder confirmed;
no evidence of bipolarity. Recommend aripiprazole augmentation 2-5 mg; if no response by 12 weeks, consider
TMS. Continue weekly psychotherapy.""", typ=("11488-4", "Consult note"))
    b.medreq(R("89013", "aripiprazole"), "2026-06-22", "5 mg by mouth daily", reasonref=mdd, course="continuous")
    for d, p in (("2026-04-20", 19), ("2026-07-14", 14), ("2026-09-15", 10), ("2026-11-10", 8)):
        e = b.enc(d, cc(text="Medication management visit"))
        score(b, PHQ9, d, p, enc=e)
    for d in ("2026-10-06", "2026-10-20", "2026-11-03"):
        b.proc(P("90837", "Psychotherapy, 60 minutes with patient"), d, reasonref=mdd)
    b.vitals("2026-11-10", 124, 80, 74, 83.0)
    b.panel("cmp", "2026-09-15", {"alt": 24, "cr": 1.0, "glu": 95})
    b.note("2026-11-10", "Psychiatry follow-up", "Following outside second-opinion recommendations: aripiprazole 5 mg added in June. PHQ-9 8 from 19. Back at work part-time. Continue.")


# ---------------------------------------------------------------- WORSENING_DESPITE_TREATMENT
@case("B", WO, "positive", [WO],
      "PHQ-9 rose 11 -> 14 -> 17 -> 20 over six months (change 9, MCID 5) while sertraline and weekly CBT were active throughout.",
      "Recurrent depression worsening on PHQ-9 over six months despite sertraline and CBT")
def wdt_phq9(b):
    b.setup("Rachel Soo-jin", "Kim", "female", "1974-02-08", (("Bergstrom", "Elin", "MD"), ("Halvorsen", "Jon", "PhD")))
    mdd = b.cond(I("F33.1", "Major depressive disorder, recurrent, moderate"), "2025-10-15")
    b.cond(S("55822004", "Hyperlipidemia"), "2019-01-01")
    b.medreq(R("36437", "sertraline"), "2025-11-03", "150 mg by mouth daily (increased from 100 mg on 2026-06-02)", reasonref=mdd, course="continuous",
             note="Adherence confirmed by pharmacy refill history.")
    for d, p, g in (("2026-05-05", 11, 8), ("2026-07-07", 14, 10), ("2026-09-08", 17, 12), ("2026-11-10", 20, 13)):
        e = b.enc(d, cc(text="Medication management visit"))
        score(b, PHQ9, d, p, enc=e)
        score(b, GAD7, d, g, enc=e)
    for d in ("2026-06-16", "2026-07-28", "2026-09-22", "2026-10-27"):
        b.proc(P("90834", "Psychotherapy, 45 minutes with patient"), d, reasonref=mdd, note="CBT for depression")
    b.panel("thyroid", "2026-07-07", {"tsh": 1.8, "ft4": 1.1})
    b.panel("cbc", "2026-07-07", {"hgb": 13.2, "wbc": 5.5, "plt": 260})
    b.vitals("2026-11-10", 126, 80, 76, 70.4)
    b.note("2026-11-10", "Psychiatry follow-up", """
Depression worse despite sertraline 150 mg daily (since June; 100 mg since November 2025) and weekly CBT since
June. PHQ-9 20 (11 in May). Sleep poor, withdrawn, passive death wish without plan or intent; safety plan
reviewed. Adherent per refill history.""")


@case("S", WO, "positive", [WO],
      "HbA1c climbed 7.4 -> 8.1 -> 8.8 -> 9.4 % over nine months (MCID 0.5) with metformin and insulin glargine documented as given throughout.",
      "Resident's diabetes control worsening for nine months despite metformin and insulin")
def wdt_a1c(b):
    b.setup("Eugene Francis", "Walsh", "male", "1948-04-01", (("Whitcombe", "Ellen", "MD"), ("Perez", "Rosa", "RN")), payer="Medicare", plan="medicare")
    dm = b.cond(I("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), "2009-01-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2009-01-01")
    b.cond(I("M16.0", "Bilateral primary osteoarthritis of hip"), "2016-01-01")
    b.episode(cc(text="Long-term care stay"), "2024-06-03")
    b.medreq(R("6809", "metformin"), "2019-01-01", "1000 mg by mouth twice daily with meals", reasonref=dm, course="continuous")
    b.medreq(cc(text="insulin glargine 100 units/mL"), "2025-09-01", "20 units subcutaneously at bedtime (titrated to 26 units 2026-06)", reasonref=dm, course="continuous")
    for d, v in (("2026-02-12", 7.4), ("2026-05-14", 8.1), ("2026-08-13", 8.8), ("2026-11-12", 9.4)):
        b.lab("a1c", d, v)
    for d, g in (("2026-11-18", 246), ("2026-11-19", 231)):
        b.obs(L("41653-7", "Glucose [Mass/volume] in Capillary blood by Glucometer"), d, g, "mg/dL", lo=70, hi=180)
        b.medadmin(cc(text="insulin glargine 100 units/mL"), d, "26 units subcutaneously at 21:00", dose=(26, "U", "[iU]"))
        b.medadmin(R("6809", "metformin"), d, "1000 mg by mouth, 08:00 dose", dose=(1000, "mg"))
    b.panel("bmp", "2026-11-12", {"na": 138, "k": 4.4, "crm": 1.0, "egfr": 72})
    mds(b, "2026-08-20", bims=15, adl=34, falls=30)
    b.vitals("2026-11-12", 134, 78, 76, 92.3)
    b.note("2026-11-12", "Attending physician quarterly review", """
HbA1c 9.4% (7.4 in February) despite metformin 1 g twice daily and glargine titrated to 26 units, all doses charted
on MAR. No steroids, no infection. Fasting capillary glucose 220-250. Diet adherence reported good.""")


@case("C", WO, "positive", [WO],
      "Oxaliplatin neuropathy pain rose from 4 to 7/10 over six months (MCID 2) while duloxetine and gabapentin were continued throughout.",
      "Colon cancer survivor's chemotherapy neuropathy pain worsening despite duloxetine and gabapentin")
def wdt_cipn(b):
    b.setup("Carol Ann", "Jensen", "female", "1963-10-10", (("Aaltonen", "Mikko", "MD"), ("Doyle", "Fiona", "RN")))
    cc_ = b.cond(cc((SCT, "363406005", "Malignant tumor of colon"), (ICD, "C18.4", "Malignant neoplasm of transverse colon")), "2024-12-02",
                 status="remission", stage=cc(text="pT3 pN1a M0, stage IIIB"))
    b.proc(cc(text="CAPOX adjuvant chemotherapy, 8 cycles"), "2025-02-03", end="2025-07-28", reasonref=cc_, outcome="Completed; oxaliplatin dose-reduced cycle 7-8 for neuropathy")
    neu = b.cond(cc((ICD, "G62.0", "Drug-induced polyneuropathy"), text="Oxaliplatin-induced peripheral neuropathy, hands and feet"), "2025-06-10")
    b.medreq(R("72625", "duloxetine"), "2025-10-14", "60 mg by mouth daily", reasonref=neu, course="continuous")
    b.medreq(R("25480", "gabapentin"), "2026-01-20", "300 mg by mouth three times daily", reasonref=neu, course="continuous")
    for d, p in (("2026-04-14", 4), ("2026-07-14", 5), ("2026-10-13", 7)):
        e = b.enc(d, cc(text="Survivorship and symptom clinic"))
        score(b, PAIN, d, p, enc=e)
        b.obs(b.loc("FACT-GOG-NTX4", "FACT/GOG-Ntx4 neurotoxicity subscale (0-16, higher is better)"), d, vint={4: 11, 5: 9, 7: 6}[p], cat="survey", enc=e)
    b.lab("cea", "2026-10-13", 1.4)
    b.panel("cbc", "2026-10-13", {"hgb": 12.9, "wbc": 6.0, "plt": 210})
    b.lab("b12", "2026-07-14", 520)
    b.report(cc(text="CT chest abdomen pelvis with contrast"), "2026-06-02", "No evidence of recurrence.")
    b.vitals("2026-10-13", 122, 76, 72, 64.8)
    b.note("2026-10-13", "Symptom clinic", """
Burning pain and numbness in feet and hands worse over the last six months, now 7/10, dropping cups, unsteady
in the dark. Taking duloxetine 60 mg daily (since October 2025) and gabapentin 300 mg three times daily
(since January) as prescribed. B12 normal. No evidence of recurrence.""")


@case("B", WO, "near-miss", [],
      "HbA1c rose 5.9 -> 6.3 -> 6.7 % only after the patient stopped metformin in April; the related treatment was not running, so this is not worsening despite treatment (PCP re-engaged).",
      "Schizoaffective patient on olanzapine whose HbA1c rose after metformin was stopped")
def wdt_stopped(b):
    b.setup("Jordan Lee", "Ellis", "male", "1995-03-19", (("Okonkwo", "Ifeanyi", "MD"), ("Lund", "Maja", "RN")), plan="medicaid", payer="Medical Assistance")
    sa = b.cond(I("F25.0", "Schizoaffective disorder, bipolar type"), "2017-06-01")
    pre = b.cond(I("R73.03", "Prediabetes"), "2025-09-20")
    b.medreq(R("61381", "olanzapine"), "2019-01-01", "15 mg by mouth at bedtime", reasonref=sa, course="continuous")
    b.medstmt(R("6809", "metformin"), "2025-10-01", end="2026-04-10", status="stopped", reasonref=pre, note="Stopped by patient because of diarrhoea.")
    for d, v, w in (("2026-04-10", 5.9, 101.0), ("2026-07-10", 6.3, 103.5), ("2026-10-09", 6.7, 105.2)):
        e = b.enc(d, cc(text="Medication management visit"))
        b.lab("a1c", d, v, enc=e)
        b.vitals(d, 128, 82, 80, w, enc=e)
    b.panel("cmp", "2026-10-09", {"alt": 44, "cr": 0.9, "glu": 124})
    b.obs(L("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation"), "2026-10-09", 138, "mg/dL", hi=100)
    b.obs(b.loc("YMRS", "Young Mania Rating Scale total"), "2026-10-09", vint=4, cat="survey")
    b.note("2026-10-09", "Psychiatry follow-up", """
Mood stable on olanzapine. Stopped metformin in April because of diarrhoea and did not restart. HbA1c 6.7%
(5.9 in April), weight up 4 kg. Discussed extended-release metformin; letter to PCP for diabetes assessment.""")
    b.comm("2026-10-09", "HbA1c 6.7% off metformin (stopped April). Please assess for type 2 diabetes; we suggest metformin XR.", sender=b.pracs[0], recipient=b.pracs[1])


@case("B", WO, "near-miss", [],
      "Y-BOCS moved 24 -> 25 -> 26 -> 26 over eight months on fluoxetine and ERP: a 2-point change, well below the minimal important difference (about 5 points / 25-35%).",
      "OCD on fluoxetine and exposure therapy with Y-BOCS essentially unchanged")
def wdt_small(b):
    b.setup("Ines Carolina", "Duarte", "female", "1999-12-01", (("Bergstrom", "Elin", "MD"), ("Halvorsen", "Jon", "PhD")))
    ocd = b.cond(I("F42.2", "Mixed obsessional thoughts and acts"), "2024-02-01")
    b.medreq(R("4493", "fluoxetine"), "2024-03-01", "60 mg by mouth daily", reasonref=ocd, course="continuous")
    for d, y in (("2026-03-10", 24), ("2026-06-09", 25), ("2026-09-08", 26), ("2026-11-17", 26)):
        e = b.enc(d, cc(text="Medication management visit"))
        b.obs(b.loc("YBOCS", "Yale-Brown Obsessive Compulsive Scale total score"), d, vint=y, cat="survey", enc=e)
        score(b, PHQ9, d, 6, enc=e)
    for d in ("2026-09-15", "2026-09-29", "2026-10-13", "2026-10-27", "2026-11-10"):
        b.proc(P("90834", "Psychotherapy, 45 minutes with patient"), d, reasonref=ocd, note="Exposure and response prevention")
    b.vitals("2026-11-17", 110, 70, 72, 58.0)
    b.obs(b.loc("CGI-S", "Clinical Global Impression - Severity"), "2026-11-17", vint=4, cat="survey")
    b.note("2026-11-17", "Psychiatry follow-up", "Contamination and checking symptoms broadly unchanged (Y-BOCS 26). Engaged in ERP, completing hierarchy homework. Continue fluoxetine 60 mg; reassess after 12 ERP sessions.")


# ---------------------------------------------------------------- RARE_OR_COMPLEX_CONDITION
@case("O", RC, "positive", [RC],
      "Pregnancy in a woman with lymphangioleiomyomatosis (J84.81), an Orphanet rare disease, followed in maternal-fetal medicine.",
      "Pregnant woman with lymphangioleiomyomatosis under maternal-fetal medicine care")
def rcc_lam(b):
    b.setup("Claire Elizabeth", "Donovan", "female", "1993-06-06", (("Abernathy", "Lucas", "MD"), ("Abara", "Chidi", "MD")))
    lam = b.cond(I("J84.81", "Lymphangioleiomyomatosis"), "2023-02-14", note="Sporadic LAM; VEGF-D 1,250 pg/mL; sirolimus 2023-2026, stopped before conception.")
    b.medstmt(R("35302", "sirolimus"), "2023-03-01", end="2026-04-15", status="stopped", reasonref=lam, note="Stopped for planned pregnancy after pulmonology review.")
    preg = b.cond(cc((ICD, "O99.891", "Other specified diseases and conditions complicating pregnancy"), (SCT, "77386006", "Pregnancy")), "2026-05-10",
                  note="G1P0, LMP 2026-05-10, EDD 2027-02-14")
    b.episode(cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PREG", "pregnancy")), "2026-06-15", diag=[preg, lam])
    b.obs(L("20150-9", "FEV1"), "2026-07-07", 2.41, "L", cat="procedure", note="78% predicted; DLCO 68% predicted")
    for d, ga, w in (("2026-06-15", 5, 62.0), ("2026-07-20", 10, 62.8), ("2026-09-22", 19, 66.1), ("2026-11-03", 25, 68.9)):
        e = b.enc(d, cc(text="Maternal-fetal medicine visit"))
        b.vitals(d, 112, 68, 84, w, spo2=97, enc=e)
        b.obs(L("49051-6", "Gestational age in weeks"), d, ga, "wk", cat="exam", enc=e)
    b.report(cc(text="Obstetric ultrasound, detailed fetal anatomic examination"), "2026-09-22", "Singleton, 19+2 weeks, normal anatomy, posterior placenta, normal amniotic fluid.")
    b.report(cc(text="Renal ultrasound"), "2026-07-20", "Small (1.1 cm) left renal angiomyolipoma, unchanged.")
    b.panel("cbc", "2026-07-20", {"hgb": 12.1, "wbc": 8.2, "plt": 241})
    b.note("2026-11-03", "Maternal-fetal medicine", """
25 weeks. Lymphangioleiomyomatosis off sirolimus since April; no pneumothorax, SpO2 97%, mild exertional dyspnoea.
Co-managed with the LAM clinic. Plan: serial growth scans, repeat spirometry at 28 weeks, anaesthesia consult,
delivery planning at tertiary centre; avoid prolonged Valsalva, low threshold for chest imaging if chest pain.""")
    b.medreq(cc(text="prenatal multivitamin with 0.4 mg folic acid"), "2026-04-01", "1 tablet by mouth daily")


@case("S", RC, "positive", [RC],
      "Six active chronic conditions across at least five specialties (COPD, HFrEF, type 2 diabetes, CKD 3b, Parkinson's disease, osteoarthritis), meeting the complexity definition.",
      "Multimorbid resident: COPD, heart failure, diabetes, CKD, Parkinson's disease and osteoarthritis")
def rcc_complex(b):
    b.setup("Stanley Joseph", "Kowalski", "male", "1945-08-08", (("Whitcombe", "Ellen", "MD"), ("Perez", "Rosa", "RN")), payer="Medicare", plan="medicare")
    b.cond(S("13645005", "Chronic obstructive lung disease"), "2011-01-01")
    b.cond(I("I50.22", "Chronic systolic (congestive) heart failure"), "2018-01-01", stage=cc(text="NYHA II, LVEF 35%"))
    b.cond(I("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), "2006-01-01")
    b.cond(I("N18.32", "Chronic kidney disease, stage 3b"), "2022-01-01")
    b.cond(I("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"), "2019-01-01")
    b.cond(I("M17.0", "Bilateral primary osteoarthritis of knee"), "2012-01-01")
    b.episode(cc(text="Long-term care stay"), "2025-01-13")
    meds = [(R("69120", "tiotropium"), "18 mcg inhaled daily"), (cc(text="sacubitril/valsartan 24/26 mg tablet"), "1 tablet by mouth twice daily"),
            (R("20352", "carvedilol"), "6.25 mg by mouth twice daily"), (cc(text="empagliflozin 10 mg tablet"), "10 mg by mouth daily"),
            (cc(text="insulin glargine 100 units/mL"), "14 units subcutaneously at bedtime"), (cc(text="carbidopa 25 mg / levodopa 100 mg tablet"), "1 tablet by mouth four times daily"),
            (R("161", "acetaminophen"), "1 g by mouth three times daily")]
    for m, d in meds:
        b.medreq(m, "2025-01-13", d, course="continuous")
    b.medadmin(cc(text="carbidopa 25 mg / levodopa 100 mg tablet"), "2026-11-22", "1 tablet by mouth, 07:00 dose (schedule 07:00, 11:00, 15:00, 19:00)", dose=(1, "tablet", "{tbl}"))
    b.panel("bmp", "2026-09-14", {"na": 138, "k": 4.7, "crm": 1.6, "egfr": 42})
    b.lab("a1c", "2026-09-14", 7.2)
    b.lab("bnp", "2026-09-14", 820)
    mds(b, "2026-09-20", bims=13, adl=22, falls=60)
    for d in ("2026-10-12", "2026-11-16"):
        b.vitals(d, 118, 66, 70, 74.5, spo2=93)
    b.note("2026-11-16", "Interdisciplinary care conference", """
Six active chronic conditions followed by pulmonology, cardiology, endocrinology, nephrology and neurology, plus
orthopaedics for knee osteoarthritis. Ten scheduled medications. Polypharmacy review: avoid NSAIDs (CKD, HF),
monitor orthostatic BP with levodopa and sacubitril/valsartan. Falls risk high. Specialist visits coordinated.""")


@case("B", RC, "positive", [RC],
      "Huntington disease (G10; HTT CAG 44) with psychiatric manifestations: an Orphanet rare disease, active and followed by the behavioural service.",
      "Huntington disease with depression and irritability in outpatient psychiatry")
def rcc_hd(b):
    b.setup("Michael Erik", "Sorensen", "male", "1980-01-28", (("Bergstrom", "Elin", "MD"), ("Lund", "Maja", "RN")))
    hd = b.cond(cc((ICD, "G10", "Huntington's disease"), (SCT, "58756001", "Huntington's chorea")), "2024-03-18", note="Motor onset 2023; father affected.")
    mdd = b.cond(I("F06.31", "Mood disorder due to known physiological condition with depressive features"), "2024-09-01")
    b.report(cc(text="HTT gene CAG repeat analysis"), "2024-03-18", "HTT CAG repeats 44 / 17: consistent with Huntington disease (full penetrance).", cat=("GE", "Genetics"))
    b.medreq(cc(text="tetrabenazine 25 mg tablet"), "2024-06-01", "25 mg by mouth three times daily", reasonref=hd, course="continuous")
    b.medreq(R("36437", "sertraline"), "2024-09-15", "100 mg by mouth daily", reasonref=mdd, course="continuous")
    for d, p in (("2026-05-19", 9), ("2026-08-18", 8), ("2026-11-17", 9)):
        e = b.enc(d, cc(text="Neuropsychiatry clinic"))
        score(b, PHQ9, d, p, enc=e)
        b.obs(b.loc("UHDRS-TMS", "UHDRS Total Motor Score"), d, vint={9: 31, 8: 30}[p] if d != "2026-11-17" else 33, cat="exam", enc=e)
        b.vitals(d, 118, 74, 76, {"2026-05-19": 71.0, "2026-08-18": 70.2, "2026-11-17": 69.5}[d], enc=e)
    b.obs(b.loc("UHDRS-TFC", "UHDRS Total Functional Capacity"), "2026-11-17", vint=9, cat="survey")
    b.panel("cmp", "2026-08-18", {"alt": 19, "cr": 0.9, "glu": 90})
    b.note("2026-11-17", "Neuropsychiatry follow-up", """
Huntington disease, CAG 44, stage II (TFC 9). Chorea controlled on tetrabenazine; mood stable on sertraline,
irritability improved. Co-managed with the HD clinic (neurology, genetics, speech and language). Discussed the
observational HD registry, advance planning and driving. Wife present.""")


@case("C", RC, "near-miss", [],
      "Four active chronic conditions in two specialties (hypertension, hyperlipidaemia, type 2 diabetes, hypothyroidism); breast cancer is in remission and pneumonia and cellulitis resolved, so neither rarity nor the complexity threshold is met.",
      "Breast cancer survivor with four common chronic conditions and several resolved problems")
def rcc_notcomplex(b):
    b.setup("Barbara Lynn", "Nguyen", "female", "1956-05-15", (("Hartmann", "Stefan", "MD"), ("Yoon", "Grace", "NP")), payer="Medicare", plan="medicare")
    bc = b.cond(cc((SCT, "254837009", "Malignant neoplasm of breast"), (ICD, "Z85.3", "Personal history of malignant neoplasm of breast")), "2020-02-10",
                status="remission", stage=cc(text="pT1b N0, stage IA; lumpectomy and whole-breast radiotherapy 2020; anastrozole 2020-2025 completed"))
    b.cond(I("I10", "Essential (primary) hypertension"), "2011-01-01")
    b.cond(S("55822004", "Hyperlipidemia"), "2011-01-01")
    b.cond(I("E11.9", "Type 2 diabetes mellitus without complications"), "2016-01-01")
    b.cond(S("40930008", "Hypothyroidism"), "2018-01-01")
    b.cond(I("J18.9", "Pneumonia, unspecified organism"), "2025-12-03", status="resolved", abated="2025-12-20", cat="encounter-diagnosis")
    b.cond(I("L03.115", "Cellulitis of right lower limb"), "2026-05-06", status="resolved", abated="2026-05-20", cat="encounter-diagnosis")
    b.medstmt(R("84857", "anastrozole"), "2020-06-01", end="2025-06-01", status="completed", reasonref=bc)
    for m, d in ((R("29046", "lisinopril"), "20 mg daily"), (R("83367", "atorvastatin"), "40 mg daily"), (R("6809", "metformin"), "1000 mg twice daily"),
                 (R("10582", "levothyroxine"), "88 mcg daily")):
        b.medreq(m, "2021-01-01", d, course="continuous")
    e1 = b.enc("2026-10-13", cc(text="Survivorship clinic visit"))
    b.vitals("2026-10-13", 128, 78, 72, 77.0, enc=e1)
    b.lab("a1c", "2026-10-13", 6.8, enc=e1)
    b.panel("thyroid", "2026-10-13", {"tsh": 1.9, "ft4": 1.2}, enc=e1)
    b.panel("cmp", "2026-10-13", {"alt": 25, "alp": 88, "cr": 0.9, "ca": 9.5}, enc=e1)
    b.lab("ldl", "2026-10-13", 84, enc=e1)
    b.report(cc(text="Mammogram screening bilateral"), "2026-09-29", "Stable post-treatment changes left breast. BI-RADS 2.")
    b.note("2026-10-13", "Survivorship visit", "6.5 years from stage IA breast cancer, completed 5 years of anastrozole. No evidence of recurrence. Diabetes, BP and thyroid controlled by PCP. Transition to PCP-led survivorship with annual mammography.", enc=e1)


@case("O", RC, "near-miss", [],
      "The complete hydatidiform mole (rare) was evacuated in 2025 and resolved after hCG surveillance; the current pregnancy is a normal intrauterine pregnancy, so no active rare or complex condition.",
      "Normal pregnancy after a previous molar pregnancy that resolved in 2025")
def rcc_mole(b):
    b.setup("Aisha", "Rahman", "female", "1996-02-02", (("Abernathy", "Lucas", "MD"), ("Abara", "Chidi", "MD")))
    mole = b.cond(I("O01.0", "Classical hydatidiform mole"), "2025-03-04", status="resolved", abated="2025-08-20",
                  note="Suction evacuation 2025-03-12; hCG normal from 2025-05-06; monthly surveillance completed 2025-08.")
    b.proc(cc(text="Suction evacuation of uterus for molar pregnancy"), "2025-03-12", reasonref=mole)
    b.lab("hcg", "2025-08-20", 1, slug="hcg2025")
    preg = b.cond(cc((ICD, "Z34.82", "Encounter for supervision of other normal pregnancy, second trimester"), (SCT, "77386006", "Pregnancy")), "2026-07-20",
                  note="G2P0010, LMP 2026-07-20, EDD 2027-04-26")
    b.episode(cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PREG", "pregnancy")), "2026-08-24", diag=[preg])
    b.report(cc(text="Obstetric ultrasound, first trimester"), "2026-09-10", "Single live intrauterine pregnancy, CRL 12 mm = 7+3 weeks, normal gestational sac and yolk sac; no features of molar pregnancy.")
    b.lab("hcg", "2026-09-10", 68400, interp="N", note="Appropriate for gestation")
    for d, ga, w in (("2026-08-24", 5, 60.3), ("2026-09-10", 7, 60.5), ("2026-10-15", 12, 61.4), ("2026-11-19", 17, 63.0)):
        e = b.enc(d, cc(text="Prenatal visit"))
        b.vitals(d, 108, 66, 80, w, enc=e)
        b.obs(L("49051-6", "Gestational age in weeks"), d, ga, "wk", cat="exam", enc=e)
    b.obs(L("55283-6", "Fetal heart rate"), "2026-11-19", 148, "/min", cat="exam")
    b.panel("cbc", "2026-08-24", {"hgb": 12.6, "wbc": 7.9, "plt": 265})
    b.report(cc(text="First-trimester combined screening"), "2026-10-15", "NT 1.4 mm. Low chance for trisomy 21, 18 and 13.")
    b.medreq(cc(text="prenatal multivitamin with 0.4 mg folic acid"), "2026-06-01", "1 tablet by mouth daily")
    b.note("2026-11-19", "Prenatal visit", "17 weeks, uncomplicated. Prior complete mole fully resolved 2025 with normal hCG surveillance; this pregnancy confirmed intrauterine and normal on early scan. Anatomy scan at 20 weeks.")
