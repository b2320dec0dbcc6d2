"""Cases C: Waimarie Hospital, New Zealand (ten cases)."""
from fhirkit import case, YES, NO, YN

PS, DM, MP, UP = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED",
                  "UNTREATABLE_PROGNOSIS")
HI, PR, WD, RC = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT",
                  "RARE_OR_COMPLEX_CONDITION")

MAORI = ("21111", "Māori")
NZEURO = ("11111", "New Zealand European")
SAMOAN = ("31111", "Samoan")
TONGAN = ("33111", "Tongan")

HTN = ("Essential hypertension", [("sct", "59621000", "Essential hypertension"),
                                  ("icd10am", "I10", "Essential (primary) hypertension")])
T2DM = ("Type 2 diabetes mellitus", [("sct", "44054006", "Diabetes mellitus type 2"),
                                     ("icd10am", "E11.9", "Type 2 diabetes mellitus without complication")])


def nz_basics(k):
    k.coverage("2000-01-01")


def gp_enc(k, date, reason=None, t="10:20"):
    return k.enc(date, "General practice consultation", pr=[k.pr("gp")], org=k.org("gp"), t=t, reason=reason,
                 type_codes=[("sct", "11429006", "Consultation")])


# ================================================================================================
@case("nz", PS, "positive", [PS],
      why="A general-practice visit for exertional chest tightness (27 Oct) was followed by two unscheduled ED "
          "attendances (31 Oct, 4 Nov) and an unplanned admission with NSTEMI (8 Nov), all within 12 days: the "
          "published return-visit e-trigger for a missed diagnostic opportunity.",
      summary="58-year-old seen by his GP for chest tightness, sent home from ED twice, admitted 12 days later with "
              "NSTEMI and stented")
def nz_etrigger_nstemi(k):
    k.patient("Donnelly", ["Craig", "Anthony"], "male", "1968-06-12", city="Waimarie", line=["15 Tōtara Avenue"],
              postcode="4410", phone="021 555 0148", marital="M", ethnicity=NZEURO)
    nz_basics(k)
    gp, ed, cardio = k.pr("gp"), k.pr("ed"), k.pr("cardio")
    cad = k.cond("Coronary artery disease", [("sct", "53741008", "Coronary arteriosclerosis"),
                                             ("icd10am", "I25.11", "Atherosclerotic heart disease of native coronary "
                                                                   "artery")],
                 "2026-11-10", recorded="2026-11-10", asserter=cardio)
    k.cond(*T2DM, "2020", recorded="2020-05-12")
    k.cond(*HTN, "2017", recorded="2017-08-30")
    k.medstmt(("Metformin 500 mg tablet", []), "active", "2020-05-12", asserted="2026-11-08",
              dosage="1 g twice daily")
    k.medstmt(("Cilazapril 2.5 mg tablet", []), "active", "2017-08-30", asserted="2026-11-08",
              dosage="2.5 mg once daily")
    e0 = gp_enc(k, "2026-10-27", reason=("Chest tightness on exertion", [("sct", "29857009", "Chest pain")]))
    k.vitals("2026-10-27", e0, bp=(148, 90), hr=74, wt=94.0)
    k.report("12-lead ECG (in rooms)", [("local:cardiology", "ECG12", "12 lead ECG")], "2026-10-27", cat="EC",
             performer=gp, enc=e0, conclusion="Sinus rhythm 72/min, normal axis, no ST or T wave changes.")
    k.medreq(("Omeprazole 20 mg capsule", []), "2026-10-27", k.dosage("20 mg once daily for 4 weeks",
                                                                      route="oral"), gp, enc=e0)
    k.note("2026-10-27", "GP consultation note", """
S: 2/52 intermittent central chest tightness walking up the hill to work, eases with rest in 2-3 min. No radiation,
no SOB at rest. Some heartburn after meals. Ex-smoker 10 yrs. T2DM, HTN.
O: BP 148/90, HR 74. Chest clear, HS dual no added. Chest wall mildly tender L parasternal. ECG in rooms - SR, no
ST changes.
A: Likely musculoskeletal / reflux.
P: Trial omeprazole 4/52. Return if worse or pain at rest. Lipids next bloods.
Dr A Ngata
""", gp, enc=e0, custodian=k.org("gp"))
    e1 = k.enc("2026-10-31", "Emergency department attendance", cls="EMER", t="21:40", dur=230, pr=[ed],
               priority="EM", reason=("Chest pain at rest, 20 minutes", [("sct", "29857009", "Chest pain")]),
               type_codes=[("sct", "4525004", "Emergency department patient visit")])
    k.lab("tnt", "2026-10-31", 9, enc=e1, t="21:55")
    k.lab("tnt", "2026-10-31", 10, enc=e1, t="23:55", text="Troponin T (high sensitivity), 2 h")
    k.note("2026-10-31", "ED discharge summary", """
Presented 2140 with 20 min central chest tightness at rest, resolved on arrival. ECG SR, no ischaemic change.
hs-TnT 9 -> 10 ng/L (2 h). Low risk by accelerated chest pain pathway.
Diagnosis: chest pain, non-specific. Discharged home 0130. GP follow-up this week.
Dr B Horsfall, Emergency Medicine
""", ed, enc=e1, t="23:59")
    e2 = k.enc("2026-11-04", "Emergency department attendance", cls="EMER", t="18:15", dur=280, pr=[ed],
               priority="EM", reason=("Recurrent chest tightness", []),
               type_codes=[("sct", "4525004", "Emergency department patient visit")])
    k.lab("tnt", "2026-11-04", 12, enc=e2, t="18:30")
    k.lab("tnt", "2026-11-04", 13, enc=e2, t="20:30", text="Troponin T (high sensitivity), 2 h")
    k.note("2026-11-04", "ED discharge summary", """
Second presentation in 5 days. Three episodes of chest tightness today with exertion, one at rest. ECG unchanged.
hs-TnT 12 -> 13 ng/L. Discharged with GTN spray; outpatient cardiology referral to be made by GP.
Dr B Horsfall
""", ed, enc=e2, t="22:50")
    adm = k.enc("2026-11-08", "Acute admission via ED – cardiology", cls="IMP", t="07:50", end="2026-11-13",
                pr=[cardio], priority="EM", admit="emd", discharge="home",
                reason=("Chest pain with troponin rise", []),
                type_codes=[("sct", "183452005", "Emergency hospital admission")])
    nstemi = k.cond("Non-ST elevation myocardial infarction", [
        ("sct", "401314000", "Acute non-ST segment elevation myocardial infarction"),
        ("icd10am", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")],
        "2026-11-08", recorded="2026-11-08", cat="encounter-diagnosis", enc=adm, asserter=cardio)
    k.lab("tnt", "2026-11-08", 68, enc=adm, t="08:05")
    k.lab("tnt", "2026-11-08", 142, enc=adm, t="11:05", text="Troponin T (high sensitivity), 3 h")
    k.labs("2026-11-08", enc=adm, t="08:05", hb=151, creat=92, hba1c=58, ldl=3.6, k=4.2)
    k.proc("Coronary angiography and PCI with drug-eluting stent to proximal LAD",
           [("sct", "415070008", "Percutaneous coronary intervention"),
            ("local:procedures", "PCI-DES", "PCI with DES")], "completed", performed="2026-11-10", t="10:30",
           performer=cardio, enc=adm, reason_ref=[nstemi],
           note="90% proximal LAD stenosis (culprit) treated with 3.5 x 28 mm DES. Moderate non-obstructive RCA "
                "disease. LVEF 50% on ventriculogram.")
    for text, dose in (("Aspirin 100 mg dispersible tablet", "100 mg once daily"),
                       ("Ticagrelor 90 mg tablet", "90 mg twice daily for 12 months"),
                       ("Atorvastatin 80 mg tablet", "80 mg at night"),
                       ("Metoprolol succinate 47.5 mg CR tablet", "47.5 mg once daily"),
                       ("Glyceryl trinitrate 400 microgram/dose spray", "1-2 sprays sublingually as needed")):
        k.medreq((text, []), "2026-11-13", k.dosage(dose, route="oral"), cardio, enc=adm, reason_ref=[nstemi])
    k.sreq("Referral to cardiac rehabilitation", [("sct", "306206005", "Referral to service")], "active", "order",
           "2026-11-13", cardio, enc=adm, reason_ref=[nstemi])
    k.note("2026-11-13", "Discharge summary – Cardiology", """
Waimarie Hospital - Discharge Summary
Admitted 08/11/2026 via ED, discharged 13/11/2026.

Principal diagnosis: I21.4 Non-ST elevation myocardial infarction
Additional diagnoses: I25.11 Atherosclerotic heart disease of native coronary artery; E11.9 Type 2 diabetes;
I10 Essential hypertension
Procedure: Coronary angiography, PCI with DES to proximal LAD (10/11/2026)

Background: seen by GP 27/10 with 2 weeks of exertional chest tightness (treated as reflux), then ED 31/10 and
04/11, discharged both times with normal troponin. Presented 08/11 with 40 min rest pain, hs-TnT 68 -> 142, ST
depression V4-V6.

Discharge medications: aspirin, ticagrelor 12 months, atorvastatin 80 mg, metoprolol CR, GTN spray, metformin,
cilazapril. Cardiac rehab referral made. Lipids and HbA1c to GP.
Dr P Raman, Cardiologist
""", cardio, enc=adm, kind="discharge")


# ================================================================================================
@case("nz", PS, "near-miss", [],
      why="Bloating, diarrhoea and tiredness persisted over three months, but coeliac serology was strongly positive "
          "and duodenal biopsy confirmed coeliac disease, which explains the symptoms; they improved on a "
          "gluten-free diet.",
      summary="34-year-old with months of bloating and loose stools; positive tTG and biopsy-proven coeliac "
              "disease; improving on gluten-free diet")
def nz_coeliac(k):
    k.patient("Waititi", ["Aroha", "Mere"], "female", "1992-03-05", city="Waimarie", line=["8 Kōtuku Street"],
              postcode="4412", phone="022 555 0193", marital="D", ethnicity=MAORI, langs=["en-NZ", "mi"])
    nz_basics(k)
    gp, gastro = k.pr("gp"), k.pr("gastro")
    k.related("Waititi", ["Hinemoa"], "MTH", "mother", phone="027 555 0100", gender="female")
    cd = k.cond("Coeliac disease", [("sct", "396331005", "Celiac disease"), ("icd10am", "K90.0", "Coeliac disease")],
                "2026-08-12", recorded="2026-08-12", asserter=gastro)
    k.cond("Chronic diarrhoea", [("sct", "236071009", "Chronic diarrhea")], "2025-11", status="resolved",
           abated="2026-10-15", recorded="2026-03-10", asserter=gp, note="Resolved on gluten-free diet.")
    days = [("2026-03-10", "Bloating, 3-4 loose stools a day and tiredness for four months."),
            ("2026-04-21", "Symptoms unchanged despite low-FODMAP trial."),
            ("2026-06-02", "Still bloated with loose stools; lost 2 kg.")]
    for d, txt in days:
        e = gp_enc(k, d, reason=("Bloating and loose stools", []))
        k.symptom("Abdominal bloating and loose stools", [("sct", "116289008", "Abdominal bloating")], d, enc=e,
                  note=txt)
        if d == "2026-03-10":
            k.labs(d, enc=e, hb=128, ferritin=24, crp=2, tsh=1.8)
        if d == "2026-06-02":
            ttg = k.lab("ttg", d, 118, enc=e)
            k.lab("iga", d, 2.1, enc=e)
            ref = k.sreq("Referral to gastroenterology – positive coeliac serology",
                         [("sct", "306206005", "Referral to service")], "completed", "order", d, gp,
                         performer=gastro, reason_ref=[ttg], enc=e)
    endo = k.enc("2026-08-04", "Endoscopy unit – gastroscopy", cls="SS", pr=[gastro], t="09:00", dur=180,
                 based_on=[ref])
    k.proc("Gastroscopy with duodenal biopsies", [("sct", "76009000", "Esophagogastroduodenoscopy")], "completed",
           performed="2026-08-04", t="10:00", performer=gastro, enc=endo, based_on=[ref],
           note="Scalloping of duodenal folds. Four D2 and two D1 biopsies.")
    k.report("Histopathology – duodenal biopsies", [("local:pathology", "HISTO", "Histopathology")],
             "2026-08-04", cat="SP", performer=k.org(),
             conclusion="Subtotal villous atrophy, crypt hyperplasia, intraepithelial lymphocytes 60/100 "
                        "enterocytes (Marsh 3b), consistent with coeliac disease.")
    e2 = k.enc("2026-08-12", "Gastroenterology outpatient clinic", pr=[gastro], t="14:00")
    k.sreq("Referral to dietitian – gluten-free diet education", [("sct", "306206005", "Referral to service")],
           "completed", "order", "2026-08-12", gastro, reason_ref=[cd], enc=e2)
    e3 = k.enc("2026-11-10", "Gastroenterology follow-up", pr=[gastro], t="14:30")
    k.lab("ttg", "2026-11-10", 34, enc=e3)
    k.lab("ferritin", "2026-11-10", 38, enc=e3)
    k.vitals("2026-11-10", e3, bp=(114, 72), wt=64.8)
    k.note("2026-11-10", "Gastroenterology follow-up letter", """
Kia ora Dr Ngata,

Re: Aroha Waititi, NHI on file - coeliac disease (Marsh 3b, diagnosed August 2026)

Aroha came with her mum, Hinemoa. Since starting a strict gluten-free diet in mid-August her bloating has settled
and her stools are now formed once a day. Her energy is much better and she has returned to full-time mahi. The
whānau are cooking gluten-free at home; her kuia was worried about giving up rēwena bread and the dietitian has
given them a gluten-free recipe.

tTG has fallen from 118 to 34 U/mL and ferritin is 38. Plan: repeat tTG in 6 months, bone density at 12 months,
pneumococcal vaccination. No further follow-up needed here if tTG normalises.

Ngā mihi,
Dr Tomasi Faleolo, Gastroenterologist
""", gastro, enc=e3, kind="letter")


# ================================================================================================
@case("nz", DM, "positive", [DM],
      why="An irritable bowel syndrome label (K58) given in November 2025 persists a year later while symptoms "
          "continue and new features it cannot explain have appeared: nocturnal diarrhoea, 7 kg weight loss, faecal "
          "calprotectin 410 ug/g and raised CRP; the referral was triaged as routine IBS.",
      summary="58-year-old with new bowel symptoms labelled IBS; a year on has nocturnal diarrhoea, weight loss, "
              "high calprotectin and CRP, still managed as IBS")
def nz_ibs_redflags(k):
    k.patient("Simmons", ["Peter", "John"], "male", "1968-09-21", city="Waimarie", line=["112 Rimu Road"],
              postcode="4410", phone="021 555 0227", marital="M", ethnicity=NZEURO)
    nz_basics(k)
    gp, gastro = k.pr("gp"), k.pr("gastro")
    ibs = k.cond("Irritable bowel syndrome", [("sct", "10743008", "Irritable bowel syndrome"),
                                              ("icd10am", "K58.0", "Irritable bowel syndrome with diarrhoea")],
                 "2025-11-18", recorded="2025-11-18", recorder=gp,
                 note="New change in bowel habit from August 2025. Normal bloods and coeliac serology.")
    k.cond(*HTN, "2015", recorded="2015-04-20")
    k.cond("Gout", [("sct", "90560007", "Gout")], "2019", recorded="2019-02-11")
    k.medstmt(("Mebeverine 135 mg tablet", []), "active", "2025-11-18", asserted="2026-10-14",
              dosage="135 mg three times daily before meals", reason_ref=[ibs])
    k.medstmt(("Loperamide 2 mg capsule", []), "active", "2026-03-24", asserted="2026-10-14",
              dosage="2 mg as needed, up to 8 mg/day")
    k.medstmt(("Felodipine 5 mg CR tablet", []), "active", "2015-04-20", asserted="2026-10-14", dosage="5 mg daily")
    k.medstmt(("Allopurinol 300 mg tablet", []), "active", "2019-02-11", asserted="2026-10-14",
              dosage="300 mg daily")
    e0 = gp_enc(k, "2025-11-18", reason=("Cramping abdominal pain and loose stools for 3 months", []))
    k.labs("2025-11-18", enc=e0, hb=148, crp=3, ttg=2, ferritin=110)
    k.vitals("2025-11-18", e0, wt=84.0)
    e1 = gp_enc(k, "2026-07-14", reason=("IBS - ongoing diarrhoea", []))
    k.symptom("Nocturnal diarrhoea", [("sct", "62315008", "Diarrhea")], "2026-07-14", enc=e1,
              note="Waking 1-2 times a night to open bowels for the last 6 weeks.")
    e2 = gp_enc(k, "2026-10-14", reason=("IBS - worse, weight loss", []))
    k.symptom("Nocturnal diarrhoea", [("sct", "62315008", "Diarrhea")], "2026-10-14", enc=e2,
              note="Now 4-6 loose stools a day including 2 at night, urgency.")
    k.vitals("2026-10-14", e2, bp=(132, 80), wt=77.0)
    cal = k.lab("calpro", "2026-10-14", 410, enc=e2)
    k.labs("2026-10-14", enc=e2, crp=18, hb=134, ferritin=38, alb=36)
    ref = k.sreq("Gastroenterology first specialist assessment", [("sct", "306206005", "Referral to service")],
                 "active", "order", "2026-10-20", gp, performer=gastro, reason_ref=[ibs], priority="routine",
                 supporting=[cal], note="Triaged 28/10/2026: routine FSA (IBS), expected wait 16-20 weeks.")
    k.note("2026-10-20", "GP referral letter to gastroenterology", """
Dear Gastroenterology team,

Re: Peter Simmons, 58 yrs

Thank you for seeing Peter, whom I diagnosed with IBS in November 2025 after 3 months of cramping and loose stools
with normal FBC, CRP and coeliac serology. He has not improved on mebeverine and loperamide. Over the last few
months he has had nocturnal diarrhoea, urgency and has lost 7 kg (84 -> 77 kg). Faecal calprotectin 410 ug/g,
CRP 18. No rectal bleeding noticed. No family history of bowel cancer that he knows of.

I would be grateful for your opinion on his IBS.
Dr Aroha Ngata, Kōwhai Medical Centre
""", gp, custodian=k.org("gp"), kind="referral", related=[ref])
    k.note("2026-10-28", "Referral triage – gastroenterology", """
Referral reviewed. Known IBS. Triage: routine FSA. Advise GP to continue antispasmodic and loperamide.
Dr T Faleolo
""", gastro, kind="progress", related=[ref])


# ================================================================================================
@case("nz", MP, "positive", [MP],
      why="A Procedure in 'preparation' status records L4/5 decompression and instrumented fusion scheduled for 15 "
          "December 2026 after pre-admission clinic; major spinal surgery not yet performed.",
      summary="49-year-old with L4/5 degenerative spondylolisthesis and stenosis; decompression and instrumented "
              "fusion scheduled for 15 December")
def nz_lumbar_fusion(k):
    k.patient("Tuilagi", ["Leilani"], "female", "1977-02-14", city="Waimarie", line=["4 Pōhutukawa Place"],
              postcode="4414", phone="021 555 0331", marital="M", ethnicity=SAMOAN, langs=["en-NZ", "sm"])
    nz_basics(k)
    spine, gp = k.pr("spine"), k.pr("gp")
    spl = k.cond("Degenerative spondylolisthesis L4/5 (grade 1)", [
        ("icd10am", "M43.16", "Spondylolisthesis, lumbar region")], "2024", recorded="2025-05-06", asserter=spine)
    sten = k.cond("Lumbar spinal stenosis with neurogenic claudication and left L5 radiculopathy",
                  [("sct", "18347007", "Spinal stenosis of lumbar region"),
                   ("icd10am", "M48.06", "Spinal stenosis, lumbar region")], "2025", recorded="2025-05-06")
    k.cond("Asthma", [("sct", "195967001", "Asthma")], "1995", recorded="2001-03-01")
    k.medstmt(("Pregabalin 75 mg capsule", []), "active", "2025-06-01", asserted="2026-11-24",
              dosage="75 mg twice daily")
    k.medstmt(("Paracetamol 500 mg tablet", []), "active", "2025-01-01", asserted="2026-11-24",
              dosage="1 g four times daily")
    k.medstmt(("Budesonide with eformoterol 200/6 inhaler", []), "active", "2019-01-01", asserted="2026-11-24",
              dosage="2 puffs twice daily")
    k.proc("Transforaminal epidural steroid injection, left L4/5", [("local:procedures", "TFESI",
                                                                     "Transforaminal epidural injection")],
           "completed", performed="2026-03-17", performer=spine, reason_ref=[sten],
           note="Two weeks of partial relief only.")
    k.report("MRI lumbar spine", [("local:radiology", "MRLSP", "MRI lumbar spine")], "2026-04-20", cat="RAD",
             performer=k.org(),
             conclusion="Grade 1 degenerative anterolisthesis L4 on L5 with facet hypertrophy and ligamentum flavum "
                        "thickening causing severe central and left lateral recess stenosis. Mild L5/S1 disc bulge.")
    e1 = k.enc("2026-08-11", "Spinal surgery outpatient clinic", pr=[spine], t="13:40")
    k.score("odi", "2026-08-11", 54, enc=e1)
    k.score("pain", "2026-08-11", 8, enc=e1, note="Left leg pain worse than back pain.")
    k.obs(k.cc("Walking distance before leg symptoms", ("local:findings", "CLAUDDIST", "Claudication distance")),
          "2026-08-11", value=100, unit="m", ucum="m", cat="exam", enc=e1)
    e2 = k.enc("2026-11-24", "Pre-admission clinic", pr=[k.pr("cns")], t="09:00", dur=90,
               type_codes=[("local:encounters", "PAC", "Pre-admission clinic")])
    k.score("odi", "2026-11-24", 60, enc=e2)
    k.score("pain", "2026-11-24", 8, enc=e2)
    k.vitals("2026-11-24", e2, bp=(128, 80), hr=76, wt=96.0, ht=166, bmi=34.8, spo2=98)
    k.labs("2026-11-24", enc=e2, hb=128, plt=301, creat=66, glucose=5.8, na=139, k=4.1)
    adm = k.enc("2026-12-15", "Elective admission – spinal surgery", cls="IMP", status="planned", t="06:30",
                priority="EL", pr=[spine], reason_ref=[spl])
    k.proc("L4/5 posterior decompression and transforaminal lumbar interbody fusion with pedicle screw fixation",
           [("local:procedures", "TLIF-L45", "TLIF L4/5 with instrumentation")], "preparation", performer=spine,
           enc=adm, reason_ref=[spl, sten],
           note="Booked for 15/12/2026, theatre 3. Consent signed 11/08/2026. Cross-match 2 units. Stop "
                "combined inhaler not required; bring inhalers.")
    k.note("2026-11-24", "Pre-admission clinic note", """
Pre-admission assessment for L4/5 decompression and instrumented fusion (TLIF) on 15/12/2026 under Mr Whitcombe.

Leilani attended with her husband Tavita and eldest daughter. Walking limited to about 100 m by left leg pain; ODI
60%. Asthma well controlled. BMI 34.8. Airway assessment unremarkable. Bloods satisfactory.
Discussed expected stay 4-5 days, drain, early mobilisation with physio, post-op analgesia plan.
The family will help at home for the first 6 weeks; she has arranged leave from her job as a teacher aide.
Hine Walker, Clinical Nurse Specialist
""", k.pr("cns"), enc=e2)


# ================================================================================================
@case("nz", UP, "positive", [UP],
      why="Metastatic pancreatic cancer judged to have no anti-cancer treatment options (ECOG 3, not fit for "
          "chemotherapy) with an active hospice referral and whānau hui for comfort care; no second opinion on "
          "record.",
      summary="71-year-old Māori man with metastatic pancreatic cancer; not fit for chemotherapy, referred to "
              "hospice after whānau hui")
def nz_pancreas_hospice(k):
    k.patient("Hēnare", ["Wiremu", "Tamati"], "male", "1955-08-08", city="Waimarie", line=["23 Marae Road"],
              postcode="4416", phone="027 555 0412", marital="M", ethnicity=MAORI, langs=["en-NZ", "mi"])
    nz_basics(k)
    onc, pall, kai, gastro = k.pr("onc"), k.pr("pall"), k.pr("kai"), k.pr("gastro")
    k.related("Hēnare", ["Ngaire"], "WIFE", "wife", phone="027 555 0413", gender="female")
    k.related("Hēnare", ["Rangi"], "SON", "son", phone="021 555 0414", gender="male",
              text="Son, whānau spokesperson")
    pc = k.cond("Adenocarcinoma of head of pancreas with liver metastases",
                [("sct", "363418001", "Malignant tumor of pancreas"),
                 ("icd10am", "C25.0", "Malignant neoplasm: Head of pancreas")], "2026-10-08",
                recorded="2026-10-08", asserter=onc, stage=("Stage IV (T4 N1 M1)", []))
    k.cond("Secondary malignant neoplasm of liver", [("sct", "94381002", "Secondary malignant neoplasm of liver"),
                                                     ("icd10am", "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")],
           "2026-10-04", recorded="2026-10-04")
    k.cond(*HTN, "2012", recorded="2012-03-12")
    adm = k.enc("2026-10-03", "Acute admission via ED – general medicine", cls="IMP", t="11:20", end="2026-10-12",
                priority="EM", admit="emd", discharge="home", pr=[k.pr("gen")],
                reason=("Painless jaundice noticed by whānau", [("sct", "18165001", "Jaundice")]))
    k.labs("2026-10-03", enc=adm, bili=186, alp=612, alt=188, alb=29, hb=121, creat=84)
    k.lab("ca199", "2026-10-04", 2480, enc=adm)
    k.report("CT pancreas protocol and chest", [("local:radiology", "CTPANC", "CT pancreas")], "2026-10-04",
             cat="CT", performer=k.org(), enc=adm,
             conclusion="4.2 cm hypoenhancing mass in pancreatic head encasing the SMA (>180 degrees) with "
                        "biliary and pancreatic duct dilatation. Multiple liver metastases up to 3 cm. Small "
                        "peritoneal nodules. No lung lesions.")
    k.proc("ERCP with biliary sphincterotomy and metal stent insertion", [("local:procedures", "ERCP-SEMS",
                                                                          "ERCP with SEMS")],
           "completed", performed="2026-10-06", performer=gastro, enc=adm, reason_ref=[pc])
    k.report("Histopathology – liver core biopsy", [("local:pathology", "HISTO", "Histopathology")], "2026-10-08",
             cat="SP", performer=k.org(), enc=adm,
             conclusion="Metastatic adenocarcinoma, CK7+/CK20-/CDX2 weak, consistent with pancreaticobiliary "
                        "primary.")
    e1 = k.enc("2026-10-27", "Medical oncology first specialist assessment", pr=[onc, kai], t="10:00", dur=60)
    k.score("ecog", "2026-10-27", 3, enc=e1)
    k.vitals("2026-10-27", e1, bp=(112, 68), hr=92, wt=61.0)
    k.labs("2026-10-27", enc=e1, bili=42, alb=26, hb=114)
    hosp = k.ext_org("Te Korowai Hospice", "Hospice and community palliative care", key="hospice")
    k.sreq("Referral to hospice – community palliative care", [("sct", "306237005",
                                                                 "Referral to palliative care service")],
           "active", "order", "2026-10-28", onc, performer=hosp, reason_ref=[pc], priority="urgent",
           note="Comfort-focused care at home; whānau wish for him to be at home and at the marae when the time "
                "comes.")
    for text, dose in (("Morphine sulfate 10 mg long-acting tablet", "10 mg twice daily"),
                       ("Morphine oral liquid 2 mg/mL", "2.5-5 mg every 2 hours as needed for pain"),
                       ("Pancreatin 25,000 units capsule (Creon)", "2 capsules with meals, 1 with snacks"),
                       ("Docusate with senna tablet", "2 tablets at night")):
        k.medreq((text, []), "2026-10-27", k.dosage(dose, route="oral"), onc, reason_ref=[pc], enc=e1)
    e2 = k.enc("2026-11-20", "Whānau hui – palliative care", pr=[pall, kai], t="13:00", dur=90)
    k.note("2026-10-27", "Medical oncology clinic letter", """
Tēnā koe Dr Ngata,

Re: Wiremu Hēnare, 71 - metastatic adenocarcinoma of pancreas (head), liver and peritoneal metastases

I saw Wiremu with his wife Ngaire, his son Rangi and Whaea Kiri from our Māori health service. He has lost 12 kg
since August, spends more than half the day resting (ECOG 3) and his albumin is 26. Bilirubin has improved after
the metal stent (186 -> 42).

We talked openly about the cancer. With his current strength he is not fit for chemotherapy, and there are no
anti-cancer treatment options that would help him live longer or better. Wiremu said he wants to be at home with
his mokopuna and not spend time in hospital. We have referred him to Te Korowai Hospice and will arrange a whānau hui
with the palliative care team.

Nāku noa, nā
Dr Megan Tait, Medical Oncologist
""", onc, enc=e1, kind="letter")
    k.note("2026-11-20", "Whānau hui – palliative care", """
Hui held at Waimarie Hospital whānau room. Present: Wiremu, Ngaire (wife), Rangi (son), two daughters, his brother
(kaumātua), Dr F Grant, Whaea Kiri Tamihana. Opened and closed with karakia.

Kōrero about what matters to Wiremu: being at home, time with his mokopuna, returning to his marae. Pain controlled
on long-acting morphine. Appetite poor.
Agreed plan: comfort-focused care; Te Korowai Hospice community team to visit weekly; no readmission for tests;
advance care plan drafted with whānau; tikanga around death discussed and will be respected.
Dr Fiona Grant, Palliative Medicine
""", pall, enc=e2)


# ================================================================================================
@case("nz", UP, "near-miss", [],
      why="End-stage heart failure with an active palliative care plan, but a second opinion from the regional "
          "advanced heart failure service was obtained in August 2026 (within 12 months) and confirmed no "
          "advanced therapies, so the flag is suppressed.",
      summary="79-year-old with end-stage heart failure on a palliative care plan after a regional advanced-HF "
              "service second opinion in August")
def nz_hf_second_opinion(k):
    k.patient("Flett", ["Margaret", "Joan"], "female", "1947-01-30", city="Waimarie", line=["2/47 Kauri Street"],
              postcode="4410", phone="06 555 0519", marital="W", ethnicity=NZEURO)
    nz_basics(k)
    cardio, pall, gen = k.pr("cardio"), k.pr("pall"), k.pr("gen")
    k.related("Flett-Morris", ["Susan"], "DAU", "daughter", phone="027 555 0520", gender="female")
    hf = k.cond("Heart failure with reduced ejection fraction (ischaemic cardiomyopathy), NYHA IV",
                [("sct", "84114007", "Heart failure"), ("icd10am", "I50.0", "Congestive heart failure")], "2018",
                recorded="2018-09-03", severity="severe")
    k.cond("Atrial fibrillation, permanent", [("sct", "49436004", "Atrial fibrillation")], "2019",
           recorded="2019-05-22")
    k.cond("Chronic kidney disease stage 3b", [("sct", "700379002", "Chronic kidney disease stage 3B")], "2022",
           recorded="2022-07-01")
    adm = k.enc("2026-06-14", "Acute admission via ED – decompensated heart failure", cls="IMP", t="15:30",
                end="2026-06-22", priority="EM", admit="emd", discharge="home", pr=[gen])
    k.labs("2026-06-14", enc=adm, ntprobnp=9800, creat=148, na=132, k=4.9, hb=112)
    k.report("Transthoracic echocardiogram", [("local:cardiology", "TTE", "Transthoracic echocardiogram")],
             "2026-06-17", cat="CUS", performer=cardio, enc=adm,
             conclusion="Severely dilated LV, LVEF 15%, severe functional MR, moderate TR, RVSP 55 mmHg.")
    e1 = k.enc("2026-07-02", "Cardiology outpatient clinic", pr=[cardio], t="11:00")
    so = k.ext_org("Tāmaki Regional Advanced Heart Failure Service", "Tertiary advanced heart failure and "
                                                                      "transplant service", key="ahf")
    ahf = k.ext_pr("Krishnan", ["Anand"], "Dr", "Advanced heart failure cardiologist", "ahf")
    ref = k.sreq("Referral for second opinion – advanced heart failure therapies",
                 [("sct", "306206005", "Referral to service")], "completed", "order", "2026-07-02", cardio,
                 performer=so, reason_ref=[hf], enc=e1)
    e2 = k.enc("2026-08-18", "Second opinion consultation – advanced heart failure", pr=[ahf], org=so, t="10:00",
               dur=60, based_on=[ref])
    k.note("2026-08-18", "Second opinion – advanced heart failure service", """
Dear Dr Raman,

Re: Margaret Flett, 79 - second opinion on advanced heart failure therapies

Thank you for asking us to see Margaret, with her daughter Susan. She has ischaemic cardiomyopathy with LVEF 15%,
NYHA IV symptoms, two admissions this year and CKD 3b. She already has a CRT-D and is on maximally tolerated
therapy.

We reviewed her imaging, haemodynamics and frailty assessment. Because of her age, frailty and renal function she
is not a candidate for heart transplantation or a durable LVAD, and we do not see a role for further device or
valve intervention. We agree with your recommendation for a palliative approach focused on symptom control at home.

Dr Anand Krishnan, Advanced Heart Failure Cardiologist
""", ahf, enc=e2, kind="consult", custodian=so, desc="Second opinion consultation")
    cp = k.careplan("Supportive and palliative care plan – end-stage heart failure", "active", "plan",
                    "2026-09-10", pall, addresses=[hf], contributors=[cardio],
                    category=[("Palliative care", [("sct", "103735009", "Palliative care")])],
                    description="Comfort-focused care at home agreed with Margaret and Susan after second opinion. "
                                "No further hospital admissions unless needed for symptom control.",
                    activities=[{"text": "Community palliative care and heart failure nurse visits", "status":
                                 "in-progress", "start": "2026-09-10"},
                                {"text": "Subcutaneous furosemide at home for congestion", "status": "in-progress",
                                 "start": "2026-09-10"},
                                {"text": "ICD shock therapy deactivation", "status": "completed",
                                 "start": "2026-09-24"},
                                {"text": "Advance care plan", "status": "completed", "start": "2026-09-10"}])
    e3 = k.enc("2026-09-10", "Palliative care outpatient clinic", pr=[pall], t="14:00", dur=60)
    k.labs("2026-09-10", enc=e3, ntprobnp=11200, creat=152, na=131)
    k.vitals("2026-09-10", e3, bp=(94, 58), hr=84, wt=58.2, spo2=93)
    for text, dose in (("Furosemide 40 mg tablet", "80 mg twice daily"),
                       ("Metoprolol succinate 23.75 mg CR tablet", "23.75 mg daily"),
                       ("Apixaban 2.5 mg tablet", "2.5 mg twice daily"),
                       ("Morphine oral liquid 1 mg/mL", "1 mg as needed for breathlessness, up to 6 doses/day")):
        k.medstmt((text, []), "active", "2026-09-10", asserted="2026-11-17", dosage=dose)
    e4 = k.enc("2026-11-17", "Palliative care home visit", cls="HH", pr=[pall], t="11:00", dur=60)
    k.note("2026-11-17", "Palliative care home visit", """
Home visit with Susan present. Breathless on minimal exertion, sleeping in recliner. Oedema to knees, responded to
subcut furosemide last week. Appetite fair. Margaret is clear she wants to stay at home and is at peace with the
plan made after the Tāmaki second opinion. No changes. Review 2 weeks.
Dr F Grant
""", pall, enc=e4, related=[cp])


# ================================================================================================
@case("nz", HI, "positive", [HI],
      why="In-centre haemodialysis is planned to start in January 2027 for end-stage kidney disease (fistula "
          "created, care plan active): dialysis is a treatment with severe impact on quality of life.",
      summary="64-year-old Tongan man with diabetic end-stage kidney disease; fistula formed, in-centre "
              "haemodialysis to start January 2027 after kāinga meeting")
def nz_dialysis_plan(k):
    k.patient("Fifita", ["Sione"], "male", "1962-04-22", city="Waimarie", line=["61 Harakeke Street"],
              postcode="4412", phone="021 555 0622", marital="M", ethnicity=TONGAN, langs=["en-NZ", "to"])
    nz_basics(k)
    renal, cns = k.pr("renal"), k.pr("cns")
    k.related("Fifita", ["Mele"], "WIFE", "wife", phone="021 555 0623", gender="female")
    eskd = k.cond("End-stage kidney disease due to diabetic nephropathy",
                  [("sct", "46177005", "End-stage renal disease"),
                   ("icd10am", "N18.5", "Chronic kidney disease, stage 5")], "2026-05", recorded="2026-05-12",
                  asserter=renal)
    k.cond("Type 2 diabetes mellitus with diabetic nephropathy", [("sct", "44054006", "Diabetes mellitus type 2")],
           "2004", recorded="2004-02-10")
    k.cond(*HTN, "2006", recorded="2006-06-19")
    k.cond("Gout", [("sct", "90560007", "Gout")], "2010", recorded="2010-09-01")
    for text, dose in (("Insulin glargine 100 units/mL", "24 units at night"),
                       ("Amlodipine 10 mg tablet", "10 mg daily"),
                       ("Furosemide 40 mg tablet", "120 mg twice daily"),
                       ("Allopurinol 100 mg tablet", "100 mg daily"),
                       ("Darbepoetin alfa 40 microgram prefilled syringe", "40 micrograms subcut weekly"),
                       ("Sodium bicarbonate 840 mg capsule", "2 capsules twice daily"),
                       ("Calcium carbonate 1.25 g tablet", "1 tablet with meals")):
        k.medstmt((text, []), "active", "2025-01-01", asserted="2026-11-10", dosage=dose)
    e1 = k.enc("2026-05-12", "Renal outpatient clinic", pr=[renal], t="10:30")
    k.labs("2026-05-12", enc=e1, creat=512, egfr=11, k=5.3, hb=104)
    k.proc("Creation of left radiocephalic arteriovenous fistula", [("local:procedures", "AVF-RC",
                                                                     "AV fistula creation, radiocephalic")],
           "completed", performed="2026-09-22", performer=k.ext_pr("O'Brien", ["Liam"], "Mr",
                                                                    "Vascular surgeon", "vasc"),
           reason_ref=[eskd], note="Good thrill and bruit at 6 weeks.")
    e2 = k.enc("2026-11-10", "Renal outpatient clinic", pr=[renal], t="10:00")
    k.labs("2026-11-10", enc=e2, creat=655, egfr=8, urea=31.5, k=5.6, bicarb=18, phos=2.1, hb=98, ferritin=320)
    k.vitals("2026-11-10", e2, bp=(158, 88), hr=80, wt=104.0)
    e3 = k.enc("2026-11-17", "Kāinga meeting – kidney replacement therapy", pr=[renal, cns], t="17:30", dur=90)
    k.careplan("Kidney replacement therapy – in-centre haemodialysis", "active", "plan", "2027-01-11", renal,
               addresses=[eskd], contributors=[cns],
               category=[("Renal replacement therapy", [("sct", "302497006", "Hemodialysis")])],
               description="Start in-centre haemodialysis 3 sessions a week (4 hours) via left radiocephalic AVF from "
                           "11 January 2027. Peritoneal dialysis and conservative care discussed and declined.",
               activities=[{"text": "Dialysis unit orientation and fistula cannulation education", "status":
                            "scheduled", "start": "2026-12-15"},
                           {"text": "Haemodialysis 3 times weekly, 4 hours (Mon/Wed/Fri)", "status": "not-started",
                            "start": "2027-01-11",
                            "code": ("Haemodialysis", [("sct", "302497006", "Hemodialysis")])},
                           {"text": "Transport to dialysis arranged", "status": "not-started",
                            "start": "2027-01-11"}])
    k.note("2026-11-17", "Kāinga meeting – kidney replacement therapy", """
Meeting with Sione, his wife Mele, their two sons and his brother (who interpreted some of the discussion in lea
faka-Tonga), Dr Te Rangi and Hine Walker CNS.

Sione has increasing nausea, itch and tiredness; eGFR 8, potassium 5.6, bicarbonate 18. We explained that his kidneys
can no longer keep him well and that he needs dialysis. Options discussed: home peritoneal dialysis, in-centre
haemodialysis, and conservative care. Sione and the family chose in-centre haemodialysis because he does not want
treatment at home. He understands this means three 4-hour sessions every week, changes to fluid and diet, and
likely stopping his work as a bus driver.

Plan: start haemodialysis 11 January 2027 via left radiocephalic fistula; unit orientation 15 December.
Dr Rawiri Te Rangi, Nephrologist
""", renal, enc=e3)


# ================================================================================================
@case("nz", HI, "near-miss", [],
      why="Weekly low-dose methotrexate (with folic acid and hydroxychloroquine) for rheumatoid arthritis is a "
          "standard disease-modifying treatment, not chemotherapy; disease activity and HAQ-DI have improved, "
          "with no quality-of-life fall.",
      summary="46-year-old with seropositive rheumatoid arthritis doing well on weekly low-dose methotrexate; "
              "DAS28 now in remission")
def nz_ra_mtx(k):
    k.patient("Harrison", ["Rebecca", "Louise"], "female", "1980-10-11", city="Waimarie", line=["39 Mānuka Drive"],
              postcode="4414", phone="021 555 0738", marital="M", ethnicity=NZEURO)
    nz_basics(k)
    rheum = k.pr("rheum")
    ra = k.cond("Rheumatoid arthritis, seropositive (RF and anti-CCP positive)",
                [("sct", "69896004", "Rheumatoid arthritis")], "2025-08", recorded="2025-10-21", asserter=rheum)
    k.cond("Hypothyroidism", [("sct", "40930008", "Hypothyroidism")], "2016", recorded="2016-05-03")
    mtx = k.medreq(("Methotrexate 2.5 mg tablet", []), "2026-01-13",
                   k.dosage("20 mg (8 tablets) once weekly on Mondays", route="oral", freq=1, period=1, unit="wk"),
                   rheum, reason_ref=[ra], course="continuous",
                   note="Started 10 mg weekly Nov 2025, increased to 20 mg Jan 2026.")
    k.medreq(("Folic acid 5 mg tablet", []), "2025-11-04", k.dosage("5 mg once weekly on Thursdays", route="oral"),
             rheum)
    k.medreq(("Hydroxychloroquine 200 mg tablet", []), "2025-11-04", k.dosage("200 mg daily", route="oral"), rheum,
             reason_ref=[ra])
    k.medstmt(("Prednisone 5 mg tablet", []), "completed", "2025-11-04", end="2026-02-10", asserted="2026-03-10",
              dosage="15 mg tapering to stop over 14 weeks")
    k.medstmt(("Levothyroxine 100 microgram tablet", []), "active", "2016-05-03", asserted="2026-11-10",
              dosage="100 micrograms daily")
    rows = [("2025-11-04", 5.4, 1.5), ("2026-03-10", 3.6, 0.9), ("2026-07-14", 2.8, None),
            ("2026-11-10", 2.4, 0.4)]
    for d, das, haq in rows:
        e = k.enc(d, "Rheumatology outpatient clinic", pr=[rheum], t="09:40")
        k.score("das28", d, das, enc=e)
        if haq is not None:
            k.score("haqdi", d, haq, enc=e)
        k.labs(d, enc=e, crp={"2025-11-04": 28, "2026-03-10": 8, "2026-07-14": 4, "2026-11-10": 3}[d],
               alt={"2025-11-04": 22, "2026-03-10": 31, "2026-07-14": 28, "2026-11-10": 26}[d])
    k.labs("2026-11-10", enc=e, hb=132, wbc=6.1, creat=68)
    k.vitals("2026-11-10", e, bp=(118, 76), wt=70.2)
    k.note("2026-11-10", "Rheumatology clinic letter", """
Dear Dr Ngata,

Re: Rebecca Harrison - seropositive rheumatoid arthritis

Rebecca is very well. No swollen joints today, morning stiffness under 10 minutes, back to full netball coaching.
DAS28-CRP 2.4 (remission; 5.4 at diagnosis), HAQ-DI 0.4. Monitoring bloods normal.

Her whānau had asked whether methotrexate is "chemo". I explained that the weekly low dose used for arthritis is an
immune-modifying medicine at a fraction of the doses used for cancer, and that she is tolerating it well apart from
mild nausea on Tuesdays. Continue methotrexate 20 mg weekly, folic acid and hydroxychloroquine. Annual eye
screening due March. Review in 4 months.

Dr Sarah Liu, Rheumatologist
""", rheum, enc=e, kind="letter")


# ================================================================================================
@case("nz", PR, "positive", [PR],
      why="In the hospital's patient voice survey she answers 'Yes' to wanting a second opinion about her diagnosis "
          "or treatment and 'No' to feeling listened to, before a recommended zoledronic acid infusion.",
      summary="67-year-old with osteoporosis and a vertebral fracture offered IV zoledronic acid; her survey "
              "response asks for a second opinion and says she was not listened to")
def nz_qr_yes(k):
    k.patient("Kerr", ["Janet", "Margaret"], "female", "1959-05-27", city="Waimarie", line=["5 Kererū Lane"],
              postcode="4410", phone="027 555 0844", marital="M", ethnicity=NZEURO)
    nz_basics(k)
    endo = k.pr("endo")
    op = k.cond("Osteoporosis with T12 vertebral fragility fracture", [("sct", "64859006", "Osteoporosis")],
                "2025-09", recorded="2025-09-30", asserter=endo)
    k.cond("Gastro-oesophageal reflux disease", [("sct", "235595009", "Gastroesophageal reflux disease"),
                                                 ("icd10am", "K21.9", "Gastro-oesophageal reflux disease without "
                                                                      "oesophagitis")], "2024",
           recorded="2024-03-15")
    k.cond(*HTN, "2016", recorded="2016-11-02")
    k.medstmt(("Alendronate 70 mg tablet", []), "stopped", "2023-02-01", end="2025-04-30", asserted="2026-09-15",
              status_reason=("Worsening reflux", []))
    k.medstmt(("Cholecalciferol 1.25 mg capsule", []), "active", "2025-10-01", asserted="2026-09-15",
              dosage="1 capsule monthly")
    k.medstmt(("Losartan 50 mg tablet", []), "active", "2016-11-02", asserted="2026-09-15", dosage="50 mg daily")
    k.report("DXA bone densitometry", [("local:radiology", "DXA", "Bone densitometry")], "2026-08-20", cat="RAD",
             performer=k.org(),
             conclusion="L1-L4 T-score -3.2, femoral neck T-score -2.6, total hip -2.3. 11% fall at the spine since "
                        "2023.")
    e1 = k.enc("2026-09-15", "Bone health clinic", pr=[endo], t="15:20", dur=20)
    k.labs("2026-09-15", enc=e1, ca=2.36, vitd=78, creat=71, alp=88)
    zol = k.medreq(("Zoledronic acid 5 mg/100 mL infusion", []), "2026-09-15",
                   k.dosage("5 mg IV over 30 minutes once yearly", route="iv"), endo, intent="plan",
                   reason_ref=[op], start="2026-12-08", enc=e1)
    k.enc("2026-12-08", "Medical day unit – zoledronic acid infusion", status="planned", t="09:30",
          based_on=None, reason_ref=[op])
    k.note("2026-09-15", "Bone health clinic letter", """
Dear Dr Ngata,

Re: Janet Kerr, 67 - osteoporosis with T12 fragility fracture

DXA shows a spine T-score of -3.2 with an 11% fall since 2023 despite two years of alendronate, which was stopped
because of reflux. I recommend annual IV zoledronic acid; she has been booked in the medical day unit for
8 December. Vitamin D and calcium are replete. Dental check before the infusion is advisable.

Dr Kate Brennan, Endocrinologist
""", endo, enc=e1, kind="letter")
    url = "https://fhir.waimarie.health.example.nz/Questionnaire/korero-mai-voice"
    k.questionnaire(url, "Kōrero Mai – patient and whānau voice survey", [
        ("listened", "Did the team listen to your concerns?", "choice", YN),
        ("explained", "Were your questions about your treatment answered in a way you could understand?", "choice",
         YN),
        ("whanau", "Was your whānau included as much as you wanted?", "choice", YN),
        ("second-opinion", "Would you like a second opinion about your diagnosis or treatment?", "choice", YN),
        ("comments", "Is there anything else you would like to tell us?", "text")])
    k.qr(url, "2026-11-12", k.pat, [
        ("listened", "Did the team listen to your concerns?", NO),
        ("explained", "Were your questions about your treatment answered in a way you could understand?", NO),
        ("whanau", "Was your whānau included as much as you wanted?", YES),
        ("second-opinion", "Would you like a second opinion about your diagnosis or treatment?", YES),
        ("comments", "Is there anything else you would like to tell us?",
         "The appointment was 20 minutes and I felt rushed. I am worried about the jaw side effects I have read "
         "about and nobody would talk it through with me. I would like another specialist to look at my scans "
         "before I have the drip in December.")], t="20:05")


# ================================================================================================
@case("nz", WD, "near-miss", [],
      why="PHQ-9 rose 9 -> 14 -> 18 over six months, but he stopped escitalopram in April and talking therapy has "
          "not started, so no treatment for the depression was running: worsening off treatment, not despite it.",
      summary="29-year-old Māori man with depression whose PHQ-9 has risen since he stopped escitalopram in April; "
              "therapy waitlisted")
def nz_phq9_stopped(k):
    k.patient("Karaka", ["Tama", "Hōri"], "male", "1997-12-04", city="Waimarie", line=["17 Huia Street"],
              postcode="4416", phone="022 555 0951", marital="S", ethnicity=MAORI, langs=["en-NZ", "mi"])
    nz_basics(k)
    psych, kai = k.pr("psych"), k.pr("kai")
    dep = k.cond("Moderate depressive episode", [("sct", "35489007", "Depressive disorder"),
                                                 ("icd10am", "F32.1", "Moderate depressive episode")],
                 "2025-09-16", recorded="2025-09-16", asserter=psych)
    k.medstmt(("Escitalopram 10 mg tablet", []), "stopped", "2025-09-16", end="2026-04-20", asserted="2026-05-19",
              reason_ref=[dep], source=k.pat, status_reason=("Stopped by patient because of sexual side effects",
                                                             []),
              note="Stopped without tapering; did not tell GP at the time.")
    ther = k.sreq("Kaupapa Māori talking therapy (Te Whare Tapa Whā approach)",
                  [("sct", "306206005", "Referral to service")], "active", "order", "2026-05-19", psych,
                  reason_ref=[dep], note="Waitlisted; first session not yet offered as at November 2026.")
    rows = [("2026-05-19", 9, 7), ("2026-08-18", 14, 11), ("2026-11-17", 18, 13)]
    for d, phq, gad in rows:
        e = k.enc(d, "Community mental health review", pr=[psych, kai], t="13:30", dur=50)
        k.score("phq9", d, phq, enc=e)
        k.score("gad7", d, gad, enc=e)
    k.vitals("2026-11-17", e, bp=(124, 78), wt=88.0)
    k.medreq(("Sertraline 50 mg tablet", []), "2026-11-17", k.dosage("50 mg daily", route="oral"), psych,
             status="draft", intent="proposal", reason_ref=[dep], enc=e,
             note="Offered; Tama wants to talk it over with his whānau first.")
    k.note("2026-11-17", "Community mental health review", """
Tama attended with his aunty. He stopped escitalopram in April because of sexual side effects and has not taken any
antidepressant since. Still waiting for the kaupapa Māori talking therapy referral from May.

Mood lower over the last three months: poor sleep, not going to touch rugby training, withdrawn from his cousins,
struggling with his apprenticeship. PHQ-9 18 (9 in May, 14 in August), GAD-7 13. Item 9 scored 0; denies thoughts of
self-harm; safety plan reviewed; his aunty and whānau are aware and supportive. Wairua and tinana discussed
(Te Whare Tapa Whā).

Plan: offered sertraline 50 mg - Tama would like to kōrero with his whānau first and will let us know this week.
Chased therapy waitlist. Review in 2 weeks, earlier if needed. Crisis team number given.
Dr Mere Paewai, Psychiatrist
""", psych, enc=e, related=[ther])
