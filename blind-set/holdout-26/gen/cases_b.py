from lib import cc, tx
from sites import setup

PRESENT = cc(("sct", "52101004", "Present"))
SCAN = cc(("http://loinc.org", "51851-4", "Administrative note"), text="Scanned outside record (fax)")
TEL = ("34748-4", "Telephone encounter Note")
CONS = ("11488-4", "Consult note")


def loc(site, code, disp):
    return cc((f"https://{site}/lab-codes", code, disp), text=disp)


def b_psnw_pos(cid):
    c = setup(cid, "prairie", "bcbs", "KSB77120943", [("Dale", "Hinkle", "PA-C"), ("Ruth", "Amsel", "MD")],
              "Gary Lynn", "Schroeder", "male", "1968-02-28", "PH-104877", "RR 2 Box 41", "620-555-0139", marital=("M", "Married"))
    pa, md = c.pr
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2016-05-01", who=md)
    c.cond(cc(("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2019-03-12", who=md)
    c.cond(cc(("icd", "M17.11", "Unilateral primary osteoarthritis, right knee")), "2021-10-04", who=pa)
    c.cond(cc(("icd", "Z53.20", "Procedure and treatment not carried out because of patient's decision for unspecified reasons") if False else ("sct", "1366004", "Colonoscopy declined") if False else ("icd", "Z28.89", "Immunization not carried out for other reason") if False else ("sct", "185081009", "Colorectal cancer screening declined") if False else ("icd", "Z12.11", "Encounter for screening for malignant neoplasm of colon"), text="Colorectal cancer screening - declined colonoscopy 2021"),
           "2021-06-07", status="inactive", cat="encounter-diagnosis", who=md)
    e1 = c.enc("2026-08-14", "Clinic visit", reason="Tired, short of breath with chores", who=pa, org=c.o)
    c.vitals("2026-08-14", e1, 134, 80, 92, 88.5)
    c.obs(cc(("sct", "84229001", "Fatigue")), "2026-08-14", vcc=PRESENT, cat="exam", enc=e1, note="Tired x 2 months, dyspnea on exertion.")
    hgb = c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-14", 10.1, "g/dL", 13.5, 17.5, enc=e1)
    mcv = c.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-08-14", 74, "fL", 80, 100, enc=e1)
    fer = c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-08-14", 8, "ng/mL", 24, 336, enc=e1)
    c.obs(loc("ehr.prairiehollow-cah.org", "FE", "Iron, serum"), "2026-08-14", 31, "ug/dL", None, 59, 158, "L", enc=e1)
    c.lab("777-3", "Platelets [#/volume] in Blood by Automated count", "2026-08-14", 412, "10*3/uL", 150, 400, enc=e1)
    c.dr(cc(("loinc", "58410-2", "CBC panel - Blood by Automated count")), "2026-08-14", "Microcytic anemia. Low ferritin.", cat=("HM", "Hematology"), results=[hgb, mcv, fer], who=pa, enc=e1)
    c.note("2026-08-14", "Clinic note", """
PRAIRIE HOLLOW CLINIC
58M farmer, c/o being tired x 2 months and winded hauling feed. Busy harvest, sleeping 5-6 h.
No chest pain. Denies black stools that he has noticed. On omeprazole for heartburn years.
PE: pale conjunctivae? mild. Lungs clear. Heart RRR.
Labs today: Hgb 10.1, MCV 74, ferritin 8.
A/P: fatigue, likely overwork/poor sleep. Mild anemia - will recheck at next visit. BP ok.
D. Hinkle PA-C
""", author=pa, enc=e1)
    e2 = c.enc("2026-10-02", "Clinic visit", reason="Right knee pain", who=pa, org=c.o)
    c.vitals("2026-10-02", e2, 130, 78, 88, 86.9)
    c.obs(cc(("sct", "84229001", "Fatigue")), "2026-10-02", vcc=PRESENT, cat="exam", enc=e2)
    c.proc(cc(("cpt", "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance")), "2026-10-02", who=pa, enc=e2, note="R knee triamcinolone 40 mg")
    c.note("2026-10-02", "Clinic note", """
R knee OA flare after harvest. Steroid injection R knee, tolerated.
Still tired, "getting older." Wt down 1.6 kg.
Refilled omeprazole, lisinopril.
""", author=pa, enc=e2)
    e3 = c.enc("2026-11-19", "Telephone encounter", cls="VR", reason="Medication question", who=pa, org=c.o)
    c.note("2026-11-19", "Telephone note", """
Wife called - pt wants to know if he can take ibuprofen for knee. Advised acetaminophen first given reflux. Pt still tired, "dragging." Offered visit, he will call after deer season.
""", author=pa, enc=e3, typ=TEL)
    c.med(cc(("rx", "198053", "omeprazole 20 MG Delayed Release Oral Capsule") if False else ("rx", "7646", "omeprazole"), text="omeprazole 20 mg capsule"), "2019-03-12", "20 mg daily", who=md)
    c.med(cc(("rx", "29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2016-05-01", "10 mg daily", who=md)
    return c


def b_psnw_nm(cid):
    c = setup(cid, "tamarack", "medicaid", "MA00918273", [("Karen", "Lindahl", "MD"), ("Joel", "Berglund", "RN", None, None)],
              "Emma Grace", "Thorsen", "female", "2011-03-19", "TCMH-220418", "44 Poplar St", "218-555-0120")
    md, rn = c.pr
    c.cond(cc(("sct", "195967001", "Asthma"), ("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2016-09-01", who=md)
    c.cond(cc(("sct", "61582004", "Allergic rhinitis"), ("icd", "J30.2", "Other seasonal allergic rhinitis")), "2018-05-01", who=md)
    ap = c.cond(cc(("sct", "21522001", "Abdominal pain"), ("icd", "R10.33", "Periumbilical pain"), text="Recurrent periumbilical abdominal pain"), "2026-10-01", who=md,
                onset_string="early October 2026")
    for d, txt, wt in [("2026-10-08", "3-4 episodes/week periumbilical cramping, no vomiting, no blood in stool, no night waking.", 49.8),
                       ("2026-10-29", "Episodes 2-3/week; mostly before school; diet diary started.", 50.1),
                       ("2026-11-12", "Improving - 1 episode last week after skipping breakfast. School counselor involved re: new school stress.", 50.3)]:
        e = c.enc(d, "Pediatric clinic - scheduled visit", reason="Abdominal pain", who=md, org=c.o)
        c.vitals(d, e, 104, 64, 82, wt)
        c.obs(cc(("sct", "21522001", "Abdominal pain")), d, vcc=PRESENT, cat="exam", enc=e, note=txt)
        if d == "2026-10-08":
            for l in [("718-7", "Hemoglobin [Mass/volume] in Blood", 13.2, "g/dL", 11.5, 15.5), ("6690-2", "Leukocytes [#/volume] in Blood by Automated count", 6.8, "10*3/uL", 4.5, 13.0),
                      ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 14, "U/L", 7, 35), ("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", 28, "U/L", 13, 60),
                      ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", 1.2, "mg/L", None, 5.0)]:
                c.lab(l[0], l[1], d, l[2], l[3], l[4], l[5], enc=e)
            c.obs(("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum"), d, 1.1, "U/mL", None, None, 4.0, "N", enc=e)
            c.obs(tx("Urinalysis, dipstick"), d, vstr="Negative for leukocytes, nitrite, blood, protein", interp="N", enc=e)
        if d == "2026-10-29":
            c.obs(tx("Helicobacter pylori Ag, stool"), d, vcc=cc(("sct", "260385009", "Negative")), interp="N", enc=e)
            c.note(d, "Pediatric follow-up", """
15F, periumbilical pain x ~4 weeks. Growth normal, no weight loss, no alarm features (no GI bleeding, no nocturnal pain, no dysphagia, no family hx IBD/celiac).
Labs 10/8 normal incl. CBC, CRP, lipase, tTG-IgA; H. pylori stool Ag negative.
Plan: regular breakfast, food/symptom diary, follow-up 2 weeks.
""", author=md, enc=e)
    c.note("2026-11-12", "Pediatric follow-up", """
Abdominal pain improving (1 episode in past week). Eating breakfast, sleeping better. Started at new school in Sept - talking with counselor.
Exam benign.
Plan: continue routine; recheck in 6 weeks (January), sooner if pain returns or alarm symptoms.
""", author=md, enc=e)
    c.med(cc(("rx", "435", "albuterol"), text="albuterol HFA 90 mcg inhaler"), "2016-09-01", "2 puffs q4h prn wheeze", who=md)
    c.med(cc(("rx", "1014678", "cetirizine") if False else ("rx", "20610", "cetirizine"), text="cetirizine 10 mg tablet"), "2018-05-01", "10 mg daily in season", who=md)
    return c


def b_dsm_pos(cid):
    c = setup(cid, "sawtooth", "bcbs", "IDR55602871", [("Wade", "Pettibone", "MD"), ("Lacey", "Ruiz", "FNP-C")],
              "Cody Ray", "Ashby", "male", "1982-09-04", "SVH-031992", "Hwy 93 Mile 244", "208-555-0177", marital=("M", "Married"))
    md, np_ = c.pr
    c.cond(cc(("icd", "M54.50", "Low back pain, unspecified") if False else ("icd", "F17.220", "Nicotine dependence, chewing tobacco, uncomplicated")), "2005-01-01", who=md)
    c.cond(cc(("icd", "S62.101A", "Fracture of unspecified carpal bone, right wrist") if False else ("sct", "263225007", "Fracture of wrist") , text="Right distal radius fracture (horse fall)"), "2019-07-02", status="resolved", abated="2019-09-15", who=md)
    ed = c.enc("2026-06-15", "Emergency department visit", cls="EMER", reason="Fever, body aches", who=np_, org=c.o)
    c.vitals("2026-06-15", ed, 124, 76, 104, 84.0, temp=38.9)
    vs = c.cond(cc(("icd", "B34.9", "Viral infection, unspecified"), ("sct", "34014006", "Viral disease"), text="Viral syndrome"), "2026-06-15", who=np_, enc=ed)
    c.obs(("94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection"), "2026-06-15", vcc=cc(("sct", "260415000", "Not detected")), interp="N", enc=ed)
    c.obs(tx("Influenza A/B antigen, rapid"), "2026-06-15", vcc=cc(("sct", "260415000", "Not detected")), interp="N", enc=ed)
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-06-15", 4.6, "10*3/uL", 4.0, 10.5, enc=ed)
    c.note("2026-06-15", "ED note", """
SAWTOOTH VALLEY CAH - ED
44M rancher, 3 days fever, chills, sweats, myalgias, headache. No cough/rash. COVID/flu neg. WBC 4.6.
Dx: viral syndrome. Supportive care, acetaminophen/ibuprofen, f/u clinic 1 week if not better.
""", author=np_, enc=ed)
    e2 = c.enc("2026-07-20", "Clinic visit", reason="Still having fevers", who=md, org=c.o)
    c.vitals("2026-07-20", e2, 122, 74, 96, 81.7, temp=38.1)
    c.obs(cc(("sct", "386661006", "Fever")), "2026-07-20", vcc=PRESENT, cat="exam", enc=e2, note="Evening fevers every few days, drenching sweats.")
    c.note("2026-07-20", "Clinic note", """
F/u viral syndrome. Fevers come and go, sweats at night, tired, achy low back. Lost ~2 kg.
Exam: no murmur noted, no LAD, no rash.
A/P: post-viral syndrome, likely prolonged viral illness. Rest, fluids, return prn.
""", author=md, enc=e2)
    e3 = c.enc("2026-09-14", "Clinic visit", reason="Back pain, sweats, weight loss", who=np_, org=c.o)
    c.vitals("2026-09-14", e3, 118, 72, 98, 78.4, temp=38.3)
    c.obs(cc(("sct", "386661006", "Fever")), "2026-09-14", vcc=PRESENT, cat="exam", enc=e3)
    for l in [("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", 48, "mg/L", None, 10), ("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", 188, "U/L", 40, 129),
              ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 72, "U/L", 7, 55), ("718-7", "Hemoglobin [Mass/volume] in Blood", 12.6, "g/dL", 13.5, 17.5)]:
        c.lab(l[0], l[1], "2026-09-14", l[2], l[3], l[4], l[5], enc=e3)
    c.obs(("4537-7", "Erythrocyte sedimentation rate by Westergren method"), "2026-09-14", 62, "mm/h", "mm/h", None, 15, "H", enc=e3)
    c.note("2026-09-14", "Clinic note", """
44M, recurrent fevers since June, night sweats, low back ache worse at night, L knee swelling last week. Weight 84 -> 78.4 kg.
Runs cow-calf operation and a few dairy goats; family drinks raw goat milk; assisted with calving/abortions in spring.
CRP 48, ESR 62, ALP 188, ALT 72, Hgb 12.6.
A/P: viral syndrome - slow recovery. Elevated inflammatory markers likely post-viral. Naproxen for back. Recheck 2 months.
""", author=np_, enc=e3)
    e4 = c.enc("2026-11-09", "Clinic visit", reason="Fevers, fatigue", who=md, org=c.o)
    c.vitals("2026-11-09", e4, 116, 70, 100, 77.6, temp=38.4)
    c.obs(cc(("sct", "386661006", "Fever")), "2026-11-09", vcc=PRESENT, cat="exam", enc=e4, note="Fever 38.4 in clinic. Ongoing sweats, back pain, fatigue.")
    c.note("2026-11-09", "Clinic note", """
Problem list: viral syndrome (06/2026). Still febrile episodes weekly, back pain at night, very fatigued, can't finish chores.
No blood cultures or imaging done to date. Labs not repeated (pt declined blood draw today - will return).
Plan: continue naproxen. Return 4 weeks.
""", author=md, enc=e4)
    c.med(cc(("rx", "7258", "naproxen"), text="naproxen 500 mg tablet"), "2026-09-14", "500 mg twice daily with food", reason=vs, who=np_)
    return c


def b_dsm_nm(cid):
    c = setup(cid, "redclay", "humana", "H30981273", [("Lorraine", "Battle", "MD"), ("Vincent", "Okoro", "MD")],
              "Betty Jean", "Pickett", "female", "1963-06-11", "RCR-0098123", "311 Pine Hill Rd", "229-555-0144", marital=("W", "Widowed"))
    md, endo = c.pr
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2009-01-01", who=md)
    c.cond(cc(("icd", "M17.0", "Bilateral primary osteoarthritis of knee")), "2017-01-01", who=md)
    fat = c.cond(cc(("icd", "R53.83", "Other fatigue"), text="Fatigue"), "2025-10-14", status="resolved", abated="2026-02-10", who=md,
                 note="Resolved after thyroid replacement.")
    e1 = c.enc("2025-10-14", "Clinic visit", reason="Tired all the time, cold", who=md, org=c.o)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2025-10-14", 11.8, "m[IU]/L", 0.45, 4.5, enc=e1)
    c.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2025-10-14", 0.7, "ng/dL", 0.8, 1.8, enc=e1)
    c.obs(("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma"), "2025-10-21", 412, "[IU]/mL", None, None, 35, "H")
    ht = c.cond(cc(("icd", "E06.3", "Autoimmune thyroiditis"), ("sct", "21983002", "Hashimoto thyroiditis")), "2025-11-04", who=endo)
    c.med(cc(("rx", "966247", "levothyroxine sodium 0.075 MG Oral Tablet") , text="levothyroxine 75 mcg tablet"), "2025-12-15", "75 mcg daily on empty stomach", reason=ht, who=endo)
    c.note("2025-11-04", "Telehealth endocrinology consult", """
VISITING ENDOCRINOLOGY (telehealth via Red Clay clinic)
62F, fatigue, cold intolerance, constipation, weight gain 3 kg. TSH 11.8, FT4 0.7, TPO Ab 412.
Dx: primary hypothyroidism due to Hashimoto thyroiditis - explains fatigue and other symptoms.
Start levothyroxine 50 mcg, recheck TSH 6 weeks, titrate.
""", author=endo, typ=CONS)
    for d, t, n in [("2026-02-10", 3.1, "Energy back to normal, fatigue resolved. Continue 75 mcg."), ("2026-08-18", 2.2, "Doing well, walking daily at church track. No fatigue.")]:
        e = c.enc(d, "Clinic visit", reason="Hypothyroidism follow-up", who=md, org=c.o)
        c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", d, t, "m[IU]/L", 0.45, 4.5, enc=e)
        c.vitals(d, e, 132, 78, 70, 79.2)
        c.note(d, "Clinic note", n + "\nBP controlled on amlodipine. Knees - tylenol prn.", author=md, enc=e)
    c.med(cc(("rx", "17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2009-01-01", "10 mg daily", who=md)
    c.med(cc(("rx", "161", "acetaminophen"), text="acetaminophen 500 mg tablet"), "2017-01-01", "1000 mg up to three times daily as needed", who=md)
    e3 = c.enc("2026-11-17", "Annual wellness visit", reason="Medicare annual wellness visit", who=md, org=c.o)
    c.vitals("2026-11-17", e3, 128, 76, 68, 78.8)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-17", 5.6, "%", 4.0, 5.6, enc=e3)
    return c


def b_mpp_pos(cid):
    c = setup(cid, "sawtooth", "medicare", "5KJ8UN2PT44", [("Wade", "Pettibone", "MD", "1992837465"), ("Marta", "Keller", "MD")],
              "Lloyd Everett", "Harmon", "male", "1952-01-17", "SVH-011573", "18 Salmon River Rd", "208-555-0159", marital=("M", "Married"))
    md, vasc = c.pr
    tert = c.org("St. Alphonsus Regional Medical Center - Vascular Surgery", city="Boise", state="ID")
    aaa = c.cond(cc(("icd", "I71.43", "Infrarenal abdominal aortic aneurysm, without rupture"), ("sct", "233985008", "Abdominal aortic aneurysm")), "2023-03-20", who=md,
                 note="5.1 cm 10/2025 -> 5.8 cm 10/2026 on CT.")
    c.cond(cc(("sct", "13645005", "Chronic obstructive lung disease")), "2015-01-01", who=md)
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2008-01-01", who=md)
    c.cond(cc(("icd", "E78.5", "Hyperlipidemia, unspecified") if False else ("icd", "E78.2", "Mixed hyperlipidemia")), "2008-01-01", who=md)
    for d, s in [("2025-10-06", "5.1"), ("2026-10-12", "5.8")]:
        c.dr(cc(("loinc", "36813-4", "CT Abdomen and Pelvis W contrast") if False else ("loinc", "30597-9", "CT Abdomen and Pelvis"), text="CT abdomen/pelvis (aorta)"), d,
             f"Infrarenal abdominal aortic aneurysm, maximal diameter {s} cm; infrarenal neck 19 mm length; no rupture.", who=md)
    e1 = c.enc("2026-11-04", "Visiting vascular surgery outreach clinic", reason="Enlarging AAA", who=vasc, org=c.o)
    c.vitals("2026-11-04", e1, 138, 82, 72, 83.6)
    c.sr(cc(("cpt", "34705", "Endovascular repair of infrarenal aorta and/or iliac artery(ies) by deployment of an aorto-bi-iliac endograft including pre-procedure sizing and device selection, all nonselective catheterization(s), all associated radiological supervision and interpretation, all endograft extension(s) placed in the aorta from the level of the renal arteries to the aortic bifurcation, and all angioplasty/stenting performed from the level of the renal arteries to the aortic bifurcation; for other than rupture (eg, for aneurysm, pseudoaneurysm, dissection, penetrating ulcer)"),
            text="EVAR - endovascular AAA repair (aorto-bi-iliac endograft)"), "2026-11-04", status="active", intent="order", occ="2026-12-15", reason=aaa, who=vasc, performer=tert, enc=e1)
    for l in [("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.0, "mg/dL", 0.7, 1.3), ("718-7", "Hemoglobin [Mass/volume] in Blood", 14.2, "g/dL", 13.5, 17.5)]:
        c.lab(l[0], l[1], "2026-11-04", l[2], l[3], l[4], l[5], enc=e1)
    c.note("2026-11-04", "Vascular surgery outreach consult", """
VASCULAR SURGERY OUTREACH CLINIC (monthly, Sawtooth Valley)
74M with infrarenal AAA, growth 5.1 -> 5.8 cm over 12 months. Asymptomatic. Former smoker 50 pk-yr, quit 2015; COPD.
Anatomy suitable for EVAR (neck 19 mm, minimal angulation, iliacs adequate).
Recommend elective EVAR. Discussed open vs endovascular repair; he prefers EVAR. Consent at St. Alphonsus pre-op visit.
Surgery scheduled 12/15/2026 at St. Alphonsus, Boise. Hold nothing; continue aspirin. Pre-op PFTs reviewed.
M. Keller MD
""", author=vasc, enc=e1, typ=CONS)
    c.note("2026-11-20", "Scanned outside record", """
[FAXED 11/20/2026 - ST. ALPHONSUS VASCULAR SURGERY SCHEDULING]
Patient: HARMON, LLOYD  DOB 01/17/1952
Procedure: Endovascular aortic aneurysm repair (EVAR), CPT 34705
Date: 12/15/2026  Arrive 05:30  OR 4
Pre-admission testing: 12/08/2026
Please fax recent labs/EKG to 208-555-0911.
""", author=vasc, cat=SCAN, typ=("51851-4", "Administrative note"), custodian=tert)
    c.med(cc(("rx", "1191", "aspirin"), text="aspirin 81 mg tablet"), "2015-01-01", "81 mg daily", who=md)
    c.med(cc(("rx", "83367", "atorvastatin"), text="atorvastatin 40 mg tablet"), "2008-01-01", "40 mg daily", who=md)
    c.med(cc(("rx", "69120", "tiotropium"), text="tiotropium 18 mcg inhalation capsule"), "2015-01-01", "1 capsule inhaled daily", who=md)
    c.med(cc(("rx", "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2008-01-01", "20 mg daily", who=md)
    return c


def b_mpp_nm(cid):
    c = setup(cid, "tamarack", "medicare", "2RT9WQ7HN05", [("Karen", "Lindahl", "MD", "1427788301"), ("Henrik", "Dahl", "MD")],
              "Arnold Victor", "Nyberg", "male", "1960-12-02", "TCMH-118902", "902 Lake View Dr", "218-555-0136", marital=("M", "Married"))
    md, gs = c.pr
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2012-01-01", who=md)
    c.cond(cc(("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2017-03-01", who=md)
    lip = c.cond(cc(("icd", "D17.1", "Benign lipomatous neoplasm of skin and subcutaneous tissue of trunk"), text="Lipoma, right upper back, 4 cm"), "2026-09-09", who=md)
    e1 = c.enc("2026-09-09", "Clinic visit", reason="Lump on back", who=md, org=c.o)
    c.vitals("2026-09-09", e1, 134, 82, 70, 96.5)
    c.note("2026-09-09", "Clinic note", """
66M, soft lump R upper back x 2 yrs, slowly bigger, rubs on seatbelt/chair. Soft, mobile, nontender, ~4 cm, no overlying skin change.
A: lipoma. Referred to visiting general surgeon for excision in clinic under local.
""", author=md, enc=e1)
    e2 = c.enc("2026-11-12", "Visiting general surgery clinic", reason="Lipoma", who=gs, org=c.o)
    c.dr(cc(("loinc", "24558-9", "US Abdomen") if False else ("sct", "16310003", "Ultrasonography"), text="Ultrasound soft tissue, right upper back"), "2026-10-20",
         "4.1 x 2.6 cm well-circumscribed hyperechoic subcutaneous mass without internal vascularity, consistent with lipoma.", who=md)
    c.sr(cc(("cpt", "21931", "Excision, tumor, soft tissue of back or flank, subcutaneous; 3 cm or greater"), text="Excision of lipoma, right upper back, under local anesthesia"),
         "2026-11-12", status="active", intent="order", occ="2026-12-18", reason=lip, who=gs, performer=gs, enc=e2,
         note="Clinic procedure room, 1% lidocaine with epinephrine. No anesthesia consult needed. Hold aspirin not required.")
    c.note("2026-11-12", "Visiting surgery clinic note", """
GENERAL SURGERY (visiting, 2nd Thursday)
Lipoma R upper back, 4 cm on US, symptomatic with pressure. Plan excision under local in procedure room 12/18. 30 min. Driving self home OK.
""", author=gs, enc=e2)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-09-09", 6.8, "%", 4.0, 5.6, enc=e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-09-09", 0.9, "mg/dL", 0.7, 1.3, enc=e1)
    c.med(cc(("rx", "6809", "metformin"), text="metformin 500 mg tablet"), "2017-03-01", "1000 mg twice daily", who=md)
    c.med(cc(("rx", "5487", "hydrochlorothiazide"), text="hydrochlorothiazide 25 mg tablet"), "2012-01-01", "25 mg daily", who=md)
    c.med(cc(("rx", "36567", "simvastatin"), text="simvastatin 20 mg tablet"), "2017-03-01", "20 mg at bedtime", who=md)
    return c


def b_up_pos(cid):
    c = setup(cid, "tamarack", "medicare", "8FH3KL9MD21", [("Karen", "Lindahl", "MD", "1427788302"), ("Samir", "Chaudhry", "MD"), ("Ann", "Voss", "RN", None, None)],
              "Eldon Mathias", "Grunewald", "male", "1942-05-30", "TCMH-004412", "17 County Rd 7", "218-555-0188", marital=("M", "Married"))
    md, card, rn = c.pr
    hf = c.cond(cc(("icd", "I50.84", "End stage heart failure"), ("sct", "703272007", "Heart failure with reduced ejection fraction"), text="Stage D HFrEF, ischemic cardiomyopathy, LVEF 15%"), "2018-02-01", who=card)
    c.cond(cc(("icd", "I48.21", "Permanent atrial fibrillation")), "2019-06-01", who=card)
    c.cond(cc(("icd", "N18.32", "Chronic kidney disease, stage 3b")), "2022-01-01", who=md)
    c.cond(cc(("icd", "I13.0", "Hypertensive heart and chronic kidney disease with heart failure and stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")), "2022-01-01", who=md)
    c.proc(cc(("cpt", "33249", "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s), single or dual chamber") , text="CRT-D implant (Duluth)"), "2021-04-12", who=card)
    adm = c.enc("2026-10-14", "Inpatient admission", cls="IMP", reason="Acute on chronic systolic heart failure", who=md, org=c.o, end="2026-10-20")
    c.note("2026-10-20", "Discharge summary", """
TAMARACK COUNTY MEMORIAL - DISCHARGE SUMMARY
84M stage D HFrEF (EF 15%), 3rd HF admission in 6 months. IV furosemide, net -6 L. Cr peak 2.4.
Symptoms at rest despite maximally tolerated GDMT (hypotension limits ARNI/beta-blocker titration).
Telehealth cardiology consult obtained (see note). Discharged home with home health; hospice discussion initiated.
""", author=md, enc=adm, typ=("18842-5", "Discharge summary"))
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-10-14", 14250, "pg/mL", None, 450, ucum="pg/mL", enc=adm)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-19", 2.1, "mg/dL", 0.7, 1.3, enc=adm)
    tel = c.enc("2026-10-18", "Telehealth cardiology consult", cls="VR", reason="Advanced heart failure options", who=card, org=c.o)
    c.note("2026-10-18", "Telehealth cardiology consult", """
TELECARDIOLOGY CONSULT (Essentia Heart Failure Program via Tamarack telehealth cart)
84M, ischemic CM, EF 15%, permanent AF, CKD 3b, CRT-D. NYHA IV, 3 admissions in 6 months.
He is not a candidate for LVAD or transplant (age, frailty, renal function). Home inotropes as palliation discussed; patient declines.
There are no further medical or device treatment options that would change his course.
Recommend: hospice referral; deactivate ICD shocks per patient wishes; continue diuretic for comfort.
S. Chaudhry MD
""", author=card, enc=tel, typ=CONS)
    c.sr(cc(("sct", "385763009", "Hospice care"), text="Referral to Lake Superior Hospice"), "2026-11-05", occ="2026-11-10", reason=hf, who=md, cat=cc(("sct", "3457005", "Patient referral")))
    e3 = c.enc("2026-11-05", "Clinic visit", reason="Post-hospital follow-up", who=md, org=c.o)
    c.vitals("2026-11-05", e3, 92, 58, 84, 70.2, spo2=93)
    c.note("2026-11-05", "Clinic note", """
Post-discharge f/u. Dyspnea walking to bathroom. Wife at bedside.
Reviewed cardiology telehealth recommendation. Patient and wife agree to hospice; referral to Lake Superior Hospice sent. POLST completed: DNR, comfort-focused.
""", author=md, enc=e3)
    c.med(cc(("rx", "4603", "furosemide"), text="furosemide 40 mg tablet"), "2018-02-01", "80 mg twice daily", reason=hf, who=card)
    c.med(cc(("rx", "1656339", "sacubitril / valsartan") if False else ("rx", "1656328", "sacubitril / valsartan"), text="sacubitril-valsartan 24-26 mg tablet"), "2020-01-15", "1 tablet twice daily", reason=hf, who=card)
    c.med(cc(("rx", "1364430", "apixaban") , text="apixaban 2.5 mg tablet"), "2019-06-01", "2.5 mg twice daily", who=card)
    return c


def b_up_nm(cid):
    c = setup(cid, "prairie", "medicare", "3PL6DM1XY90", [("Ruth", "Amsel", "MD", "1033287751"), ("Nadia", "Farouk", "MD")],
              "Melvin Otto", "Bauer", "male", "1954-08-08", "PH-055210", "611 Elm St", "620-555-0165", marital=("M", "Married"))
    md, hem = c.pr
    mg = c.cond(cc(("icd", "D47.2", "Monoclonal gammopathy"), ("sct", "277577000", "Monoclonal gammopathy of uncertain significance"), text="MGUS, IgG kappa, low risk"), "2024-11-05", who=hem)
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2010-01-01", who=md)
    c.cond(cc(("icd", "E78.2", "Mixed hyperlipidemia")), "2010-01-01", who=md)
    c.cond(cc(("icd", "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2018-01-01", who=md)
    for d, m, fl in [("2025-10-15", 0.7, 1.4), ("2026-10-14", 0.8, 1.5)]:
        c.obs(tx("M-spike, serum protein electrophoresis"), d, m, "g/dL", "g/dL", None, None, "A", ref_text="Not detected")
        c.obs(("48378-4", "Kappa lc.free/Lambda lc.free [Mass Ratio] in Serum"), d, fl, "{ratio}", "{ratio}", 0.26, 1.65, "N")
        c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", d, 14.4, "g/dL", 13.5, 17.5)
        c.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", d, 9.3, "mg/dL", 8.6, 10.3)
        c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, 1.0, "mg/dL", 0.7, 1.3)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-10-14", 2.1, "ng/mL", None, 4.0)
    tel = c.enc("2026-10-22", "Telehealth hematology visit", cls="VR", reason="MGUS surveillance", who=hem, org=c.o)
    c.note("2026-10-22", "Telehealth hematology note", """
HEMATOLOGY TELEHEALTH (Salina Regional Cancer Center outreach)
72M IgG-kappa MGUS since 11/2024. M-spike 0.7 -> 0.8 g/dL; FLC ratio 1.5; no anemia, hypercalcemia or renal dysfunction; skeletal survey 2024 negative.
Mayo risk: low.
Assessment: low-risk MGUS, stable. No treatment is indicated; this is not a cancer requiring therapy.
Plan: SPEP, FLC, CBC, CMP in 12 months, sooner for bone pain, anemia or weight loss.
""", author=hem, enc=tel, typ=CONS)
    c.careplan("MGUS surveillance plan", "2026-10-22", tx("Surveillance"), addresses=[mg], author=hem, desc="Annual SPEP/FLC/CBC/CMP. Observation only.")
    e2 = c.enc("2026-11-10", "Clinic visit", reason="Hypertension follow-up", who=md, org=c.o)
    c.vitals("2026-11-10", e2, 128, 76, 66, 84.1)
    c.med(cc(("rx", "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2010-01-01", "5 mg daily", who=md)
    c.med(cc(("rx", "301542", "rosuvastatin"), text="rosuvastatin 10 mg tablet"), "2010-01-01", "10 mg daily", who=md)
    return c


def b_hit_pos(cid):
    c = setup(cid, "prairie", "aetna", "W4401773620", [("Ruth", "Amsel", "MD", "1033287752"), ("Jonah", "Whitcomb", "MD"), ("Carla", "Meyer", "RN", None, None)],
              "Denise Kay", "Vogel", "female", "1967-10-25", "PH-071384", "2204 Wheat Ridge Ln", "620-555-0194", marital=("M", "Married"))
    md, onc, rn = c.pr
    reg = c.org("Hutchinson Regional Medical Center", city="Hutchinson", state="KS")
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2015-01-01", who=md)
    c.cond(cc(("icd", "E03.8", "Other specified hypothyroidism")), "2012-01-01", who=md)
    crc = c.cond(cc(("icd", "C18.7", "Malignant neoplasm of sigmoid colon"), ("sct", "363406005", "Malignant neoplasm of colon")), "2026-09-28", who=onc,
                 stage="pT3 pN1b (3/19 nodes) M0, stage IIIB; MMR proficient")
    c.dr(cc(("loinc", "11529-5", "Surgical pathology study")), "2026-10-23",
         "Sigmoid colectomy: moderately differentiated adenocarcinoma, 4.2 cm, invading through muscularis propria into pericolorectal tissue (pT3). 3 of 19 lymph nodes positive (pN1b). Margins negative. MMR proteins intact.",
         cat=("SP", "Surgical Pathology"), who=onc)
    c.proc(cc(("cpt", "44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"), text="Laparoscopic sigmoid colectomy with primary anastomosis"), "2026-10-21", reason=crc, note="Performed at Hutchinson Regional; no stoma.")
    e1 = c.enc("2026-11-18", "Visiting oncology clinic", reason="Adjuvant therapy planning", who=onc, org=c.o)
    c.vitals("2026-11-18", e1, 126, 78, 76, 68.0)
    c.obs(tx("ECOG performance status"), "2026-11-18", 0, "{score}", cat="survey", enc=e1)
    for l in [("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", 1.8, "ng/mL", None, 3.0), ("751-8", "Neutrophils [#/volume] in Blood by Automated count", 4.1, "10*3/uL", 1.8, 7.7),
              ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 0.6, "mg/dL", 0.2, 1.2), ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.8, "mg/dL", 0.5, 1.1)]:
        c.lab(l[0], l[1], "2026-11-18", l[2], l[3], l[4], l[5], enc=e1)
    c.med(cc(("rx", "32592", "oxaliplatin")), "2026-11-18", "130 mg/m2 IV over 2 h day 1 every 21 days x 4 cycles (CAPOX)", status="active", intent="order", reason=crc, who=onc, enc=e1, start="2026-12-09")
    c.med(cc(("rx", "194000", "capecitabine")), "2026-11-18", "1000 mg/m2 by mouth twice daily days 1-14 every 21 days x 4 cycles", status="active", intent="order", reason=crc, who=onc, enc=e1, start="2026-12-09")
    c.med(cc(("rx", "26225", "ondansetron"), text="ondansetron 8 mg tablet"), "2026-11-18", "8 mg every 8 h as needed for nausea", who=onc, enc=e1)
    c.careplan("Adjuvant chemotherapy - CAPOX x 4 cycles", "2026-11-18", cc(("sct", "367336001", "Chemotherapy")), addresses=[crc], author=onc,
               desc="Adjuvant CAPOX x 3 months (IDEA low-risk stage III: T1-3 N1). Cycle 1 day 1 12/09/2026 at Prairie Hollow infusion room.")
    c.note("2026-11-18", "Visiting oncology consult", """
MEDICAL ONCOLOGY OUTREACH - Prairie Hollow infusion clinic
59F, sigmoid adenocarcinoma pT3N1b M0 (stage IIIB), MMR-proficient, s/p lap sigmoid colectomy 10/21/2026 at Hutchinson Regional, recovered well. CT chest/abd/pelvis no distant disease. CEA 1.8 post-op.
Recommendation: adjuvant CAPOX x 4 cycles (3 months). Discussed oxaliplatin neuropathy (cumulative, may be permanent), cold sensitivity, hand-foot syndrome, diarrhea, cytopenias, fatigue; she will stop working at the grain co-op during treatment.
DPYD genotype: normal metabolizer. Consent signed. C1D1 12/09/2026.
""", author=onc, enc=e1, typ=CONS)
    c.med(cc(("rx", "29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2015-01-01", "10 mg daily", who=md)
    c.med(cc(("rx", "10582", "levothyroxine"), text="levothyroxine 88 mcg tablet"), "2012-01-01", "88 mcg daily", who=md)
    return c


def b_prc_pos(cid):
    c = setup(cid, "redclay", "bcbs", "GAB90218374", [("Lorraine", "Battle", "MD", "1104458820"), ("Curtis", "Hale", "MD"), ("Tammy", "Greer", "LPN", None, None)],
              "Roland Dewayne", "Tucker", "male", "1968-07-14", "RCR-0071166", "88 Old Dawson Hwy", "229-555-0110", marital=("M", "Married"))
    md, ortho, lpn = c.pr
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2014-01-01", who=md)
    c.cond(cc(("icd", "E66.9", "Obesity, unspecified") if False else ("icd", "E66.09", "Other obesity due to excess calories")), "2014-01-01", who=md)
    lb = c.cond(cc(("icd", "M47.26", "Other spondylosis with radiculopathy, lumbar region"), text="Lumbar spondylosis with left L5 radiculopathy"), "2026-05-20", who=md)
    c.dr(cc(("loinc", "24967-2", "MR Lumbar spine")), "2026-06-30", "Multilevel degenerative disc disease L3-S1; left paracentral protrusion L4-5 contacting traversing L5 root; mild foraminal narrowing. No severe canal stenosis.", who=md)
    tel = c.enc("2026-09-15", "Telehealth orthopedic spine consult", cls="VR", reason="Low back and left leg pain", who=ortho, org=c.o)
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-09-15", 7, "{score}", cat="survey", enc=tel)
    c.note("2026-09-15", "Telehealth spine consult", """
ORTHO SPINE TELECONSULT (Albany Bone & Joint)
58M truck driver, LBP with L leg pain to dorsum of foot since May. Strength 5/5 by presenter exam, SLR positive L.
MRI: L4-5 protrusion contacting L5 root, no severe stenosis.
Not a surgical candidate at this time - no deficit, no severe compression. Recommend PT 6 wks, NSAID, consider ESI at Albany if no better.
""", author=ortho, enc=tel, typ=CONS)
    c.sr(cc(("sct", "91251008", "Physical therapy procedure")), "2026-09-15", status="completed", occ="2026-09-22", reason=lb, who=ortho)
    c.med(cc(("rx", "41493", "meloxicam"), text="meloxicam 15 mg tablet"), "2026-09-15", "15 mg daily with food", reason=lb, who=ortho)
    e2 = c.enc("2026-11-03", "Clinic visit", reason="Back pain follow-up", who=md, org=c.o)
    c.vitals("2026-11-03", e2, 136, 84, 74, 118.2)
    c.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-11-03", 7, "{score}", cat="survey", enc=e2)
    c.note("2026-11-03", "Clinic note", """
Finished 6 wks PT. Pain same, 7/10, can't do full runs in the truck. Frustrated - "they looked at me on a TV screen for 10 minutes."
Exam unchanged, no weakness. Reflexes symmetric.
Plan: continue meloxicam; will message Albany re: ESI.
""", author=md, enc=e2)
    e3 = c.enc("2026-11-16", "Telephone encounter", cls="VR", reason="Patient call", who=lpn, org=c.o)
    c.note("2026-11-16", "Telephone note", """
Pt called front desk, transferred to nurse line. States he does not agree with being told he just has to live with his back. He wants a second opinion from a different spine doctor in person - asked about Emory or Tallahassee. Would like referral and records sent. Routed to Dr. Battle.
T. Greer LPN
""", author=lpn, enc=e3, typ=TEL)
    c.flag("2026-11-16", "Patient requests second opinion - outside spine specialist (back/left leg pain). Patient-initiated request by phone.", author=c.pt)
    c.med(cc(("rx", "17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2014-01-01", "10 mg daily", who=md)
    return c


def b_wdt_pos(cid):
    c = setup(cid, "sawtooth", "medicare", "9MN2CV6TR38", [("Lacey", "Ruiz", "FNP-C", "1578902213"), ("Abram", "Feldman", "MD")],
              "Dwight Allen", "Marsh", "male", "1957-03-06", "SVH-020387", "402 Main St", "208-555-0181", marital=("D", "Divorced"))
    np_, pulm = c.pr
    copd = c.cond(cc(("sct", "13645005", "Chronic obstructive lung disease"), text="COPD, GOLD 3, group E"), "2014-06-01", who=pulm)
    c.cond(cc(("icd", "Z87.891", "Personal history of nicotine dependence")), "2019-01-01", who=np_)
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2012-01-01", who=np_)
    c.cond(cc(("icd", "F41.1", "Generalized anxiety disorder")), "2016-01-01", who=np_)
    c.med(cc(("rx", "896188", "fluticasone propionate 250 MCG/ACTUAT / salmeterol 50 MCG/ACTUAT Dry Powder Inhaler") if False else ("rx", "41126", "fluticasone") , text="fluticasone-salmeterol 250/50 mcg diskus"), "2025-11-12", "1 inhalation twice daily", reason=copd, who=pulm)
    c.med(cc(("rx", "69120", "tiotropium"), text="tiotropium 18 mcg inhalation capsule (HandiHaler)"), "2024-03-01", "1 capsule inhaled daily", reason=copd, who=pulm)
    c.med(cc(("rx", "435", "albuterol"), text="albuterol HFA 90 mcg"), "2014-06-01", "2 puffs every 4 h as needed", reason=copd, who=pulm)
    c.med(cc(("rx", "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2012-01-01", "5 mg daily", who=np_)
    for d, fev, pct, cat in [("2026-02-10", 1.58, 52, 18), ("2026-06-09", 1.44, 47, 22), ("2026-10-13", 1.29, 42, 27)]:
        e = c.enc(d, "Telehealth pulmonology visit (spirometry at Sawtooth)", cls="VR", reason="COPD", who=pulm, org=c.o)
        c.obs(("20150-9", "FEV1"), d, fev, "L", "L", cat="procedure", enc=e, note=f"Post-bronchodilator; {pct}% predicted")
        c.obs(tx("CAT score (COPD Assessment, 0-40)"), d, cat, "{score}", cat="survey", enc=e)
        c.vitals(d, e, 132, 80, 88, None, spo2=[93, 92, 90][["2026-02-10", "2026-06-09", "2026-10-13"].index(d)])
    c.obs(tx("Pharmacy refill adherence (proportion of days covered), maintenance inhalers, 12 months"), "2026-10-13", 94, "%", cat="survey")
    c.note("2026-10-13", "Telehealth pulmonology note", """
TELEPULMONOLOGY (Boise) - presenter L. Ruiz FNP at Sawtooth Valley
69M, COPD GOLD 3 on triple therapy (fluticasone-salmeterol + tiotropium) since 11/2025, inhaler technique checked x3 and adequate, refill PDC 94%. Quit smoking 2019.
FEV1 1.58 L (02/2026) -> 1.44 -> 1.29 L today (42% pred); CAT 18 -> 22 -> 27. Now dyspneic dressing. One outpatient exacerbation 08/2026 (prednisone/doxycycline). SpO2 90% RA.
A: progressive decline in lung function and symptoms over 8 months despite adherent maximal inhaled therapy.
Plan: ambulatory O2 assessment; consider roflumilast or azithromycin; pulmonary rehab by video; alpha-1 antitrypsin level ordered.
""", author=pulm, enc=e, typ=CONS)
    return c


def b_wdt_nm(cid):
    c = setup(cid, "redclay", "medicare", "6TY4HD8LE17", [("Lorraine", "Battle", "MD", "1104458821"), ("Monique", "Sanders", "PharmD")],
              "Ethel Marie", "Wimberly", "female", "1956-01-30", "RCR-0035520", "1406 Church St", "229-555-0198", marital=("W", "Widowed"))
    md, ph = c.pr
    dm = c.cond(cc(("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2015-01-01", who=md)
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2005-01-01", who=md)
    c.cond(cc(("icd", "E78.2", "Mixed hyperlipidemia")), "2015-01-01", who=md)
    c.cond(cc(("icd", "M17.11", "Unilateral primary osteoarthritis, right knee")), "2019-01-01", who=md)
    c.med(cc(("rx", "6809", "metformin"), text="metformin ER 500 mg tablet"), "2015-01-01", "1000 mg twice daily", reason=dm, who=md)
    c.med(cc(("rx", "593411", "sitagliptin"), text="sitagliptin 100 mg tablet"), "2021-01-01", "100 mg daily", reason=dm, who=md)
    c.med(cc(("rx", "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2005-01-01", "20 mg daily", who=md)
    c.med(cc(("rx", "83367", "atorvastatin"), text="atorvastatin 20 mg tablet"), "2015-01-01", "20 mg daily", who=md)
    for d, a, gfr, sbp in [("2026-03-17", 7.2, 71, 132), ("2026-07-14", 7.4, 69, 128), ("2026-11-10", 7.5, 70, 134)]:
        e = c.enc(d, "Clinic visit", reason="Diabetes follow-up", who=md, org=c.o)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a, "%", 4.0, 5.6, enc=e)
        c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", d, gfr, "mL/min/{1.73_m2}", 60, None, enc=e)
        c.vitals(d, e, sbp, 78, 72, 81.5)
    c.note("2026-11-10", "Clinic note", """
70F T2DM f/u. A1c 7.2 -> 7.4 -> 7.5 over 8 months, within individualized goal (<8.0 for age/hypoglycemia risk). Holidays coming. Adherent per pill counts.
eGFR stable ~70. BP at goal. No hypoglycemia.
A/P: diabetes stable, at goal. No medication change. Walking program; diabetes education refresher with pharmacist. Recheck A1c 4 months.
""", author=md, enc=e)
    c.note("2026-11-10", "Pharmacist diabetes education note", "Reviewed plate method, holiday eating, foot care. Patient uses pill organizer; no missed doses reported. Glucometer fasting 120-150.", author=ph, enc=e)
    return c


def b_roc_pos(cid):
    c = setup(cid, "sawtooth", "medicare", "4DF7GH2KJ66", [("Wade", "Pettibone", "MD", "1992837466"), ("Marta", "Keller", "MD", "1801234567") if False else ("Priyanka", "Sethi", "MD"), ("Leon", "Tafoya", "MD")],
              "Harlan Gene", "Pruett", "male", "1949-11-11", "SVH-008844", "7 Pahsimeroi Rd", "208-555-0102", marital=("M", "Married"))
    md, neph, card = c.pr
    dm = c.cond(cc(("icd", "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2004-01-01", who=md)
    ckd = c.cond(cc(("icd", "N18.32", "Chronic kidney disease, stage 3b")), "2019-05-01", who=neph)
    hf = c.cond(cc(("icd", "I50.32", "Chronic diastolic (congestive) heart failure"), text="HFpEF, LVEF 60%"), "2021-02-01", who=card)
    copd = c.cond(cc(("sct", "13645005", "Chronic obstructive lung disease")), "2012-01-01", who=md)
    gout = c.cond(cc(("icd", "M1A.0710", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)"), text="Chronic gout"), "2016-01-01", who=md)
    c.cond(cc(("icd", "M17.0", "Bilateral primary osteoarthritis of knee")), "2015-01-01", who=md)
    c.cond(cc(("icd", "E03.8", "Other specified hypothyroidism")), "2010-01-01", who=md)
    c.cond(cc(("sct", "233604007", "Pneumonia")), "2024-01-10", status="resolved", abated="2024-01-30", who=md)
    for d, a, g, bnp in [("2026-05-12", 7.4, 38, 620), ("2026-11-10", 7.3, 39, 580)]:
        e = c.enc(d, "Clinic visit", reason="Chronic disease follow-up", who=md, org=c.o)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a, "%", 4.0, 5.6, enc=e)
        c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", d, g, "mL/min/{1.73_m2}", 60, None, enc=e)
        c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", d, bnp, "pg/mL", None, 450, enc=e)
        c.lab("3084-1", "Urate [Mass/volume] in Serum or Plasma", d, 5.6, "mg/dL", 3.5, 7.2, enc=e)
        c.vitals(d, e, 134, 74, 70, 101.2)
    tn = c.enc("2026-08-19", "Visiting nephrology clinic", reason="CKD 3b", who=neph, org=c.o)
    tc = c.enc("2026-09-23", "Telehealth cardiology visit", cls="VR", reason="HFpEF", who=card, org=c.o)
    c.note("2026-08-19", "Visiting nephrology note", "CKD 3b from diabetic nephropathy, eGFR stable 38-40, UACR 180 mg/g. On empagliflozin + losartan. K 4.8. Continue. Avoid NSAIDs (gout). RTC 6 months.", author=neph, enc=tn, typ=CONS)
    c.note("2026-09-23", "Telehealth cardiology note", "HFpEF, NYHA II, euvolemic on torsemide 20 mg. Empagliflozin continued. Weight stable. COPD contributes to dyspnea. RTC 6 months.", author=card, enc=tc, typ=CONS)
    c.note("2026-11-10", "Clinic note", """
77M, multimorbidity: T2DM with CKD 3b, HFpEF, COPD, chronic gout, knee OA, hypothyroidism. Followed by visiting nephrology and telecardiology.
12 medications - pharmacist reconciliation done today; no interactions requiring change. Falls: none. All conditions stable.
Care coordination: nephrology (Boise outreach), cardiology (telehealth), PCP. Next: nephrology 02/2027.
""", author=md, enc=e)
    for code, txt, r in [("empagliflozin", "empagliflozin 10 mg tablet", dm), ("losartan", "losartan 50 mg tablet", ckd), ("torsemide", "torsemide 20 mg tablet", hf),
                         ("allopurinol", "allopurinol 100 mg tablet", gout), ("insulin glargine", "insulin glargine 100 unit/mL pen", dm)]:
        rxc = {"empagliflozin": "1545653", "losartan": "52175", "torsemide": "38413", "allopurinol": "519", "insulin glargine": "274783"}[code]
        c.med(cc(("rx", rxc, code), text=txt), "2024-01-01", {"insulin glargine": "22 units at bedtime"}.get(code, "as directed, daily"), reason=r, who=md)
    c.med(cc(("rx", "41126", "fluticasone"), text="fluticasone-umeclidinium-vilanterol 100/62.5/25 mcg inhaler"), "2023-01-01", "1 inhalation daily", reason=copd, who=md)
    return c


CASES = {
 "B-PSNW-P": ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", b_psnw_pos, "58M rural clinic: iron-deficiency anaemia (Hgb 10.1, ferritin 8) found 08/2026 with no colonoscopy, GI referral or repeat testing by 12/2026.",
              "Red-flag finding (iron-deficiency anaemia in a 58-year-old man who declined colorectal screening) with no follow-up for 109 days (> 60 days); fatigue attributed to overwork."),
 "B-PSNW-N": ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", b_psnw_nm, "15F with periumbilical pain at 3 scheduled visits over 5 weeks; normal labs; improving.",
              "Symptom span is only 5 weeks (< 8 weeks), all visits were scheduled, no admission or red flag, and the pain is improving."),
 "B-DSM-P": ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", b_dsm_pos, "44M rancher labelled 'viral syndrome' (B34.9) since 06/2026 with 5 months of fevers, sweats, weight loss, raised CRP/ESR/ALP and raw goat milk exposure.",
             "Catch-all B34.9 has persisted 169 days while fevers continue, and abnormal inflammatory and liver results plus weight loss are not explained by the label."),
 "B-DSM-N": ("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", b_dsm_nm, "63F fatigue (R53.83) coded 10/2025, resolved after Hashimoto hypothyroidism diagnosed and treated.",
             "The catch-all fatigue code was resolved in 02/2026 once a specific diagnosis (Hashimoto thyroiditis) explained it; symptoms have not continued."),
 "B-MPP-P": ("MAJOR_PROCEDURE_PLANNED", "positive", b_mpp_pos, "74M enlarging 5.8 cm infrarenal AAA; EVAR (CPT 34705) ordered at tertiary centre for 12/15/2026; faxed scheduling letter.",
             "Active order for endovascular aortic aneurysm repair, scheduled 2 weeks after the anchor date (also urgent priority)."),
 "B-MPP-N": ("MAJOR_PROCEDURE_PLANNED", "near-miss", b_mpp_nm, "66M with a 4 cm back lipoma; clinic excision under local anaesthesia ordered (CPT 21931).",
             "The only planned procedure is a minor office excision under local anaesthesia, not a major or invasive procedure."),
 "B-UP-P": ("UNTREATABLE_PROGNOSIS", "positive", b_up_pos, "84M stage D HFrEF (EF 15%); telecardiology: no further medical or device options, not LVAD/transplant candidate; hospice referral.",
            "Active end-stage heart failure with a consult note stating no further treatment options and a hospice referral; no second opinion on record."),
 "B-UP-N": ("UNTREATABLE_PROGNOSIS", "near-miss", b_up_nm, "72M low-risk MGUS: haematology says 'no treatment is indicated', annual surveillance.",
            "'No treatment indicated' refers to a benign, stable precursor state under observation, not an untreatable illness; no palliative or hospice plan."),
 "B-HIT-P": ("HIGH_IMPACT_TREATMENT", "positive", b_hit_pos, "59F stage IIIB sigmoid cancer after colectomy; adjuvant CAPOX (oxaliplatin + capecitabine) ordered to start 12/09/2026.",
             "Chemotherapy is ordered and planned to begin 8 days after the anchor date; the colectomy is already done and no stoma was created."),
 "B-PRC-P": ("PATIENT_REPORTED_CONCERN", "positive", b_prc_pos, "58M lumbar radiculopathy told non-surgical after a telehealth consult; phones in asking for an in-person second opinion; Flag authored by patient.",
             "Patient-authored Flag (and nurse telephone note) explicitly requesting a second opinion from another spine specialist."),
 "B-WDT-P": ("WORSENING_DESPITE_TREATMENT", "positive", b_wdt_pos, "69M COPD on adherent triple inhaled therapy: FEV1 1.58 -> 1.29 L and CAT 18 -> 27 over 8 months.",
             "FEV1 fell 290 mL (MCID ~100 mL) and CAT rose 9 points (MCID 2) across 3 values over 245 days while maintenance therapy ran throughout."),
 "B-WDT-N": ("WORSENING_DESPITE_TREATMENT", "near-miss", b_wdt_nm, "70F T2DM on metformin + sitagliptin: HbA1c 7.2 -> 7.4 -> 7.5 over 8 months, at individual goal.",
             "HbA1c rose only 0.3 percentage points, below the 0.5 MCID; eGFR and BP stable."),
 "B-ROC-P": ("RARE_OR_COMPLEX_CONDITION", "positive", b_roc_pos, "77M with T2DM+CKD 3b, HFpEF, COPD, chronic gout, knee OA and hypothyroidism, followed by visiting nephrology and telecardiology.",
             "Seven active chronic conditions across endocrinology, nephrology, cardiology, pulmonology and rheumatology (>= 5 across >= 3 specialties)."),
}
