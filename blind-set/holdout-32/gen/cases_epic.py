"""Lakeshore University Medical Center (Epic-style academic centre): 10 cases."""
from common import *  # noqa: F401,F403
from common import (setup, visit, note, med, rxo, vit, lab, panel, score, CBC, BMP, CMP, imaging_cat, cardio_cat,
                    nkda, drug_allergy, hosp)
from fhirkit import cc, coding, sct, icd, lnc, cpt, hcpcs, qty, text_cc, dt, qitem, comp, USCORE_CP_CAT
from orgs import epic_dx, epic_proc, epic_flo, EPIC_FLO, EPIC_EAP

WHITE = ("2106-3", "White")
BLACK = ("2054-5", "Black or African American")
ASIAN = ("2028-9", "Asian")
NONHISP = ("2186-5", "Not Hispanic or Latino")
HISP = ("2135-2", "Hispanic or Latino")


def _dx(c, local, dxid, text, icd_c=None, icd_d=None, sct_c=None, sct_d=None, **kw):
    return c.condition(local, epic_dx(dxid, text, icd_c, icd_d, sct_c, sct_d), **kw)


def dyspnoea_normal_workup(cid):
    c, P = setup(cid, "epic", given="Renata M", family="Kowalski", gender="female", birth="1980-04-17",
                 addr=("4417 N Damen Ave Apt 2", "Chicago", "60625"), phone="773-555-0148", mrn="207731954",
                 race=WHITE, ethnicity=NONHISP, marital="M",
                 pracs=[("pcp", "Anita", "Desai", "MD, Internal Medicine", "1649301822", "female"),
                        ("pulm", "Marcus", "Oyelaran", "MD, Pulmonary and Critical Care Medicine", "1386745120", "male"),
                        ("card", "Helen", "Brandt", "MD, Cardiovascular Disease", "1902847365", "female")],
                 payer_name="Blue Cross Blue Shield of Illinois", plan=("PPO-IL-4402", "BCBS IL PPO Choice"),
                 member="XOJ884120571")
    nkda(c, "2026-06-09")
    rhin = _dx(c, "pl-rhin", "102433", "Seasonal allergic rhinitis", "J30.2", "Other seasonal allergic rhinitis",
               "367498001", "Seasonal allergic rhinitis", onset="2011", recorded=dt("2019-03-12"))
    hld = _dx(c, "pl-hld", "276412", "Mixed hyperlipidemia", "E78.2", "Mixed hyperlipidemia", onset="2021-08-02",
              recorded=dt("2021-08-02"))
    doe = _dx(c, "pl-doe", "1189405", "Dyspnea on exertion", "R06.09", "Other forms of dyspnea", "60845006",
              "Dyspnea on exertion", onset="2026-05-18", recorded=dt("2026-06-09", "09:40"),
              note="Breathless after one flight of stairs, chest tightness with it. Onset mid-May 2026.")
    c.med_statement("ms-ator", med(c, "83367", "atorvastatin 20 mg tablet", "10442"), start="2021-08-02",
                    dosage_text="20 mg by mouth nightly", reason=[cc(coding(EPIC_DX_SYS(), "276412", "Mixed hyperlipidemia"))])
    e1 = visit(c, "enc-0609", "2026-06-09", "office", reason="Shortness of breath with exertion, chest tightness",
               prac=P["pcp"], minutes=40, diag=[doe])
    vit(c, "v0609", "2026-06-09", e1, bp=(122, 76), hr=78, spo2=98)
    panel(c, "cbc0609", dt("2026-06-09", "10:15"), CBC, [("hgb", 13.6), ("wbc", 6.8), ("plt", 251)], enc=e1)
    panel(c, "bmp0609", dt("2026-06-09", "10:15"), BMP, [("na", 139), ("k", 4.2), ("cr", 0.78), ("glu", 91)], enc=e1)
    lab(c, "tsh0609", dt("2026-06-09", "10:15"), "tsh", 1.9, enc=e1)
    lab(c, "bnp0609", dt("2026-06-09", "10:15"), "ntbnp", 48, enc=e1)
    lab(c, "dd0609", dt("2026-06-09", "10:15"), "ddimer", 0.31, enc=e1)
    c.report("cxr0609", epic_proc("IMG116", "XR CHEST 2 VIEWS", "71046", "Radiologic examination, chest; 2 views"),
             dt("2026-06-09", "11:05"), category=imaging_cat(), encounter=e1,
             conclusion="Lungs clear. Normal cardiomediastinal silhouette. No effusion. Normal chest radiograph.")
    c.report("ecg0609", epic_proc("ECG12", "ECG 12-LEAD", "93000", "Electrocardiogram, routine ECG with at least 12 leads"),
             dt("2026-06-09", "10:02"), category=cardio_cat(), encounter=e1,
             conclusion="Normal sinus rhythm, rate 76. Normal axis and intervals. No ST-T changes. Normal ECG.")
    mmrc = epic_flo("3047120", "MMRC DYSPNEA GRADE")
    score(c, "mmrc0609", "2026-06-09", mmrc, 2, enc=e1)
    e2 = visit(c, "enc-0721", "2026-07-21", "office", reason="Follow-up: exertional dyspnea", prac=P["pcp"], diag=[doe])
    vit(c, "v0721", "2026-07-21", e2, bp=(118, 74), hr=74, spo2=99)
    score(c, "mmrc0721", "2026-07-21", mmrc, 2, enc=e2)
    echo = c.report("echo0804", epic_proc("ECH101", "ECHO TRANSTHORACIC COMPLETE", "93306",
                                           "Echocardiography, transthoracic, complete, with spectral and color flow Doppler"),
                    dt("2026-08-04", "13:30"), category=cardio_cat(), results=[
                        c.observation("lvef0804", cc(lnc("10230-1", "Left ventricular Ejection fraction")),
                                      dt("2026-08-04", "13:30"), category="imaging", value=qty(61, "%"), low=52, high=72)],
                    conclusion="Normal LV size and systolic function, LVEF 61%. Normal diastolic indices. "
                               "RVSP 24 mmHg. No valvular disease. No pericardial effusion.")
    e3 = visit(c, "enc-0915", "2026-09-15", "consult", reason="Pulmonary consult: dyspnea on exertion",
               prac=P["pulm"], minutes=60, diag=[doe])
    vit(c, "v0915", "2026-09-15", e3, bp=(120, 78), hr=80, spo2=98)
    c.report("pft0915", epic_proc("PUL204", "PULMONARY FUNCTION STUDY COMPLETE", "94729",
                                  "Diffusing capacity (eg, carbon monoxide, membrane)"),
             dt("2026-09-15", "08:30"), category=cc(coding("http://terminology.hl7.org/CodeSystem/v2-0074", "PF",
                                                             "Pulmonary Function")), encounter=e3,
             conclusion="FEV1 2.91 L (97% predicted), FVC 3.58 L (99%), FEV1/FVC 0.81. TLC 101%. DLCO 94%. "
                        "No obstruction, restriction or gas-transfer defect. No bronchodilator response.")
    c.report("ct0929", epic_proc("IMG233", "CT CHEST WO CONTRAST", "71250", "Computed tomography, thorax, diagnostic; without contrast material"),
             dt("2026-09-29", "15:10"), category=imaging_cat(),
             conclusion="No interstitial lung disease, no airway wall thickening, no emphysema, no nodules. Normal CT chest.")
    note(c, "n-pulm", "2026-09-15", "consult", P["pulm"], """
Pulmonary consultation  -  Lakeshore Pulmonary Clinic
Referred by Dr. Desai for 4 months of exertional dyspnea with chest tightness.
Never smoker. No wheeze, cough, orthopnea, leg swelling. No asthma history. Works as a school librarian.
Exam: clear lungs, no clubbing, SpO2 98% RA, walked 2 flights with me - desaturation none, stopped due to breathlessness.
Full pulmonary function study today normal, including DLCO. CXR normal. Will obtain CT chest to complete evaluation.
Assessment: dyspnea on exertion, no pulmonary explanation found so far. If CT unremarkable, nothing further from a pulmonary standpoint.
""", enc=e3)
    e4 = visit(c, "enc-1027", "2026-10-27", "consult", reason="Cardiology consult: exertional dyspnea and chest tightness",
               prac=P["card"], minutes=45, diag=[doe])
    vit(c, "v1027", "2026-10-27", e4, bp=(124, 80), hr=82, spo2=99)
    score(c, "mmrc1027", "2026-10-27", mmrc, 2, enc=e4)
    lab(c, "trop1027", dt("2026-10-27", "11:20"), "trop", 4, enc=e4)
    c.report("se1110", epic_proc("ECH140", "STRESS ECHO EXERCISE", "93351",
                                 "Echocardiography, transthoracic, real-time with image documentation, during rest and cardiovascular stress"),
             dt("2026-11-10", "10:45"), category=cardio_cat(),
             conclusion="Exercised 10:30 min Bruce protocol, 11.8 METs, 94% MPHR. Stopped for dyspnea. No chest pain. "
                        "No ECG ischemia. Normal wall motion at rest and peak. No inducible ischemia.")
    e5 = visit(c, "enc-1117", "2026-11-17", "office", reason="Follow-up: ongoing shortness of breath", prac=P["pcp"], diag=[doe])
    vit(c, "v1117", "2026-11-17", e5, bp=(120, 76), hr=76, spo2=98, wt=68.0)
    score(c, "mmrc1117", "2026-11-17", mmrc, 2, enc=e5)
    note(c, "n-1117", "2026-11-17", "progress", P["pcp"], """
Progress Note - Internal Medicine
S: Returns for the exertional shortness of breath and chest tightness, now ~6 months. No better. Had to stop her
evening walks; gets winded on the stairs at work. No syncope, no palpitations.
Results reviewed with patient: CBC, BMP, TSH, NT-proBNP, D-dimer, troponin all normal. ECG normal. CXR normal.
Echo 8/4 normal, LVEF 61%. Full PFTs normal incl. DLCO. CT chest normal. Exercise stress echo normal (11.8 METs).
Pulmonology and cardiology both find no cause.
A/P: Dyspnea on exertion, etiology not identified after cardiopulmonary work-up. Told patient there is no evidence of
heart or lung disease and she was reassured. Possible deconditioning. Suggested graded exercise; RTC prn.
Patient remains frustrated that "nothing is wrong" while she still cannot climb stairs without stopping.
""", enc=e5)
    return c


def EPIC_DX_SYS():
    from orgs import EPIC_DX
    return EPIC_DX


def ibs_red_flags(cid):
    c, P = setup(cid, "epic", given="Deborah L", family="Aguilar", gender="female", birth="1974-09-03",
                 addr=("2231 W 21st Pl", "Chicago", "60608"), phone="312-555-0177", mrn="208114407",
                 race=WHITE, ethnicity=HISP, marital="D", language="en",
                 pracs=[("pcp", "Samuel", "Ostrowski", "MD, Family Medicine", "1093817264", "male"),
                        ("rn", "Tamika", "Greer", "RN, Ambulatory Care", "1720394418", "female")],
                 payer_name="Aetna", plan=("AET-CHO-22", "Aetna Choice POS II"), member="W290318847")
    drug_allergy(c, "alg-sulfa", "10180", "sulfamethoxazole", "2012-05-04", ("271807003", "Eruption of skin"))
    ibs = _dx(c, "pl-ibs", "1003481", "Irritable bowel syndrome with diarrhea", "K58.0",
              "Irritable bowel syndrome with diarrhea", "10743008", "Irritable bowel syndrome",
              onset="2025-06-10", recorded=dt("2025-07-22", "10:20"))
    gerd = _dx(c, "pl-gerd", "128815", "Gastroesophageal reflux disease", "K21.9",
               "Gastro-esophageal reflux disease without esophagitis", onset="2018", recorded=dt("2018-11-02"))
    hyp = _dx(c, "pl-hypo", "111409", "Hypothyroidism", "E03.9", "Hypothyroidism, unspecified", "40930008",
              "Hypothyroidism", onset="2016", recorded=dt("2016-02-19"))
    e0 = visit(c, "enc-250722", "2025-07-22", "office", reason="Loose stools and cramping x 6 weeks", prac=P["pcp"], diag=[ibs])
    panel(c, "cbc2507", dt("2025-07-22", "10:50"), CBC, [("hgb", 13.1), ("wbc", 7.2), ("plt", 288), ("mcv", 89)], enc=e0)
    lab(c, "ttg2507", dt("2025-07-22", "10:50"), "ttg", 1.2, enc=e0)
    c.med_request("mr-dicy", med(c, "3361", "dicyclomine 20 mg tablet", "2231"), dt("2025-07-22", "11:00"),
                  requester=P["pcp"], dosage_text="20 mg by mouth four times daily as needed for cramping",
                  reason_ref=[ibs], encounter=e0)
    c.med_statement("ms-levo", med(c, "10582", "levothyroxine 75 mcg tablet", "27360"), start="2016-02-19",
                    dosage_text="75 mcg by mouth daily before breakfast")
    c.med_statement("ms-lop", med(c, "6468", "loperamide 2 mg capsule", "8842"), start="2025-08-01",
                    dosage_text="2 mg after each loose stool, max 8 mg/day", source=c.pt)
    e1 = visit(c, "enc-260311", "2026-03-11", "office", reason="IBS follow-up, diarrhea persists", prac=P["pcp"], diag=[ibs])
    vit(c, "v260311", "2026-03-11", e1, bp=(118, 72), hr=76, wt=71.2)
    e2 = visit(c, "enc-260708", "2026-07-08", "office", reason="Diarrhea, now waking at night to have BM", prac=P["pcp"],
               diag=[ibs])
    vit(c, "v260708", "2026-07-08", e2, bp=(116, 70), hr=84, wt=68.3)
    e3 = visit(c, "enc-261020", "2026-10-20", "office", reason="Ongoing diarrhea, weight loss, fatigue", prac=P["pcp"],
               minutes=40, diag=[ibs])
    vit(c, "v261020", "2026-10-20", e3, bp=(110, 68), hr=92, wt=64.9)
    when = dt("2026-10-20", "11:30")
    panel(c, "cbc2610", when, CBC, [("hgb", 10.2), ("wbc", 8.9), ("plt", 452), ("mcv", 74)], enc=e3)
    lab(c, "fer2610", when, "ferritin", 9, enc=e3)
    lab(c, "crp2610", when, "crp", 24, enc=e3)
    lab(c, "alb2610", when, "alb", 3.3, enc=e3)
    lab(c, "cal2610", dt("2026-10-24", "14:00"), "calpro", 410, enc=e3)
    lab(c, "tsh2610", when, "tsh", 2.3, enc=e3)
    c.observation("wtloss", cc(coding(EPIC_FLO, "3049811", "WEIGHT CHANGE SINCE LAST YEAR"), text="Weight change"),
                  dt("2026-10-20", "09:10"), category="vital-signs", value=qty(-6.3, "kg"), encounter=e3,
                  note="71.2 kg (3/2026) -> 64.9 kg (10/2026), unintentional")
    note(c, "n-261020", "2026-10-20", "progress", P["pcp"], """
Progress Note - Family Medicine
CC: diarrhea.
Known IBS-D since mid-2025 (celiac serology negative at that time). Still 4-6 loose stools/day despite dicyclomine and
loperamide; now waking at night to have BMs 2-3x/week, occasional blood streaks on the paper. Weight down 6 kg since
March without trying. More tired.
Exam: thin, mild LLQ tenderness, no mass.
Labs today: Hgb 10.2, MCV 74, ferritin 9, plt 452, CRP 24, albumin 3.3. Calprotectin pending.
A/P: IBS-D - continue current regimen, add psyllium. Iron deficiency - start ferrous sulfate. Recheck in 3 months.
""", enc=e3)
    c.med_request("mr-fe", med(c, None, "ferrous sulfate 325 mg tablet", "5513"), dt("2026-10-20", "12:00"),
                  requester=P["pcp"], dosage_text="325 mg by mouth every other day", encounter=e3)
    c.communication("msg-1029", dt("2026-10-29", "08:12"), P["rn"], [c.pt],
                    "Your stool calprotectin came back at 410. Dr. Ostrowski reviewed it and says to keep your follow-up "
                    "in January as planned and continue the iron.", medium=cc(coding(
                        "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data")))
    return c


def tka_planned(cid):
    c, P = setup(cid, "epic", given="Gerald T", family="Whitfield", gender="male", birth="1958-01-29",
                 addr=("913 Maple Ave", "Evanston", "60202"), phone="847-555-0192", mrn="203998812",
                 race=BLACK, ethnicity=NONHISP, marital="M",
                 pracs=[("ortho", "Priya", "Raman", "MD, Orthopaedic Surgery - Adult Reconstruction", "1528374901", "female"),
                        ("pcp", "Leonard", "Fitch", "MD, Internal Medicine", "1457829302", "male"),
                        ("pt", "Ashley", "Monroe", "PT, DPT", "1346290814", "female")],
                 payer_name="Medicare Part B (Novitas)", plan=("MCR-B", "Original Medicare Part B"), member="7QK4-TT2-MW81",
                 cov_start="2023-02-01")
    nkda(c, "2025-10-01")
    oa = _dx(c, "pl-oa", "1145200", "Primary osteoarthritis of right knee", "M17.11",
             "Unilateral primary osteoarthritis, right knee", "239873007", "Osteoarthritis of knee",
             onset="2019", recorded=dt("2020-04-14"))
    htn = _dx(c, "pl-htn", "100841", "Essential hypertension", "I10", "Essential (primary) hypertension", "59621000",
              "Essential hypertension", onset="2012", recorded=dt("2014-06-10"))
    pre = _dx(c, "pl-pdm", "139922", "Prediabetes", "R73.03", "Prediabetes", onset="2022-03-01",
              recorded=dt("2022-03-01"))
    c.med_statement("ms-aml", med(c, "17767", "amlodipine 10 mg tablet", "1109"), start="2015-01-05",
                    dosage_text="10 mg by mouth daily")
    c.med_statement("ms-mel", med(c, "41493", "meloxicam 15 mg tablet", "30913"), start="2024-05-11",
                    dosage_text="15 mg by mouth daily with food")
    c.procedure("inj-2025", epic_proc("ORT330", "INJECTION KNEE STEROID", "20610",
                                      "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance"),
                performed=dt("2025-10-01", "14:00"), performer=P["ortho"], reason_ref=[oa],
                note="Triamcinolone 40 mg right knee; relief ~6 weeks.")
    c.procedure("pt-2026", epic_proc("REH110", "PHYSICAL THERAPY EPISODE", "97110", "Therapeutic exercise"),
                performed_period={"start": dt("2026-02-03"), "end": dt("2026-04-21")}, performer=P["pt"], reason_ref=[oa],
                note="12 sessions; minimal functional gain.")
    e1 = visit(c, "enc-0914", "2026-09-14", "office", reason="Right knee pain, failed conservative care", prac=P["ortho"],
               minutes=40, diag=[oa])
    vit(c, "v0914", "2026-09-14", e1, bp=(134, 82), hr=70, wt=97.5, bmi=30.8)
    c.report("xr0914", epic_proc("IMG410", "XR KNEE RIGHT 3 VIEWS", "73562", "Radiologic examination, knee; 3 views"),
             dt("2026-09-14", "10:20"), category=imaging_cat(), encounter=e1,
             conclusion="Severe medial compartment joint-space loss, bone-on-bone, subchondral sclerosis, osteophytes. "
                        "Kellgren-Lawrence grade 4.")
    koos = epic_flo("3051120", "KOOS JR INTERVAL SCORE")
    score(c, "koos0914", "2026-09-14", koos, 42.3, enc=e1)
    note(c, "n-0914", "2026-09-14", "progress", P["ortho"], """
Orthopaedic Surgery - Adult Reconstruction
68M with end-stage right knee OA. Failed NSAIDs, steroid injection (10/2025), 12 sessions PT (2-4/2026), activity
modification. Pain at night, walking limited to one block. Varus 8 degrees, ROM 5-105, effusion.
XR: KL grade 4 medial compartment.
Plan: right total knee arthroplasty. Risks, benefits and alternatives reviewed, patient wishes to proceed.
Pre-op medicine clearance, surgery tentatively 01/12/2027.
""", enc=e1)
    sr = c.service_request("sr-tka", epic_proc("ORT1047", "ARTHROPLASTY KNEE TOTAL", "27447",
                                                "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)"),
                           dt("2026-09-14", "11:05"), status="active", intent="order",
                           category=cc(sct("387713003", "Surgical procedure")), occurrence=dt("2027-01-12", "07:30"),
                           requester=P["ortho"], performer=P["ortho"], reason_ref=[oa], encounter=e1,
                           body_site=text_cc("Right knee"),
                           note="Case request: R TKA, 2.5 h, spinal + adductor canal block. Admit post-op.")
    c.service_request("sr-clear", epic_proc("REF455", "AMB REFERRAL PREOPERATIVE EVALUATION", "99243",
                                           "Office consultation"), dt("2026-09-14", "11:06"), status="completed",
                      requester=P["ortho"], performer=P["pcp"], reason_ref=[oa])
    e2 = visit(c, "enc-1105", "2026-11-05", "office", reason="Pre-operative evaluation", prac=P["pcp"], diag=[oa, htn])
    vit(c, "v1105", "2026-11-05", e2, bp=(128, 80), hr=68, spo2=97)
    panel(c, "cbc1105", dt("2026-11-05", "09:40"), CBC, [("hgb", 14.4, 13.5, 17.5), ("wbc", 6.1), ("plt", 232)], enc=e2)
    panel(c, "bmp1105", dt("2026-11-05", "09:40"), BMP, [("na", 140), ("k", 4.4), ("cr", 1.02), ("glu", 108)], enc=e2)
    lab(c, "a1c1105", dt("2026-11-05", "09:40"), "a1c", 6.0, enc=e2)
    c.report("ecg1105", epic_proc("ECG12", "ECG 12-LEAD", "93000", "Electrocardiogram, routine ECG with at least 12 leads"),
             dt("2026-11-05", "09:55"), category=cardio_cat(), encounter=e2, conclusion="Sinus rhythm, normal ECG.")
    c.appointment("appt-tka", dt("2027-01-12", "07:30"), dt("2027-01-12", "10:00"), description="RIGHT TOTAL KNEE ARTHROPLASTY",
                  participants=[P["ortho"]], based_on=sr, created=dt("2026-09-14", "11:10"),
                  service_type=cc(sct("394801008", "Trauma and orthopedics")))
    note(c, "n-1105", "2026-11-05", "progress", P["pcp"], """
Pre-operative Medical Evaluation
Planned: right TKA 1/12/2027 (Dr. Raman). Functional capacity >4 METs (yard work). HTN controlled on amlodipine.
Prediabetes, A1c 6.0. ECG normal. RCRI 0. Acceptable risk; hold meloxicam 5 days pre-op.
""", enc=e2)
    return c


def pancreatic_hospice(cid):
    c, P = setup(cid, "epic", given="Walter J", family="Brzezinski", gender="male", birth="1945-06-22",
                 addr=("6120 S Kolmar Ave", "Chicago", "60629"), phone="773-555-0111", mrn="201442090",
                 race=WHITE, ethnicity=NONHISP, marital="W",
                 pracs=[("onc", "Farah", "Siddiqui", "MD, Medical Oncology", "1184920376", "female"),
                        ("pcp", "Thomas", "Kearney", "MD, Internal Medicine", "1609284410", "male"),
                        ("pall", "Yvonne", "Castillo", "NP, Palliative Medicine", "1477302958", "female")],
                 payer_name="Humana Medicare Advantage", plan=("HUM-MAPD-H5216", "Humana Gold Plus HMO"),
                 member="H53188290", cov_start="2010-07-01",
                 contact={"relationship": [cc(coding("http://terminology.hl7.org/CodeSystem/v2-0131", "N", "Next-of-Kin"))],
                          "name": {"family": "Brzezinski", "given": ["Anna"]},
                          "telecom": [{"system": "phone", "value": "708-555-0163"}]})
    nkda(c, "2026-08-18")
    ca = _dx(c, "pl-panc", "1401122", "Adenocarcinoma of pancreas, metastatic to liver", "C25.0",
             "Malignant neoplasm of head of pancreas", "363418001", "Malignant tumor of pancreas",
             onset="2026-08-20", recorded=dt("2026-08-28", "15:00"),
             stage={"summary": text_cc("Stage IV (cT3 N1 M1, hepatic)")})
    mets = _dx(c, "pl-mets", "1401199", "Secondary malignant neoplasm of liver", "C78.7",
               "Secondary malignant neoplasm of liver and intrahepatic bile duct", onset="2026-08-20", recorded=dt("2026-08-28"))
    copd = _dx(c, "pl-copd", "187221", "COPD, moderate", "J44.9", "Chronic obstructive pulmonary disease, unspecified",
               "13645005", "Chronic obstructive lung disease", onset="2014", recorded=dt("2015-01-09"))
    cad = _dx(c, "pl-cad", "142288", "Coronary artery disease", "I25.10",
              "Atherosclerotic heart disease of native coronary artery without angina pectoris", onset="2017",
              recorded=dt("2017-04-03"))
    e1 = visit(c, "enc-0820", "2026-08-18", "hov", reason="Painless jaundice, weight loss", prac=P["pcp"],
               cls="IMP", end_date="2026-08-23", hosp=hosp("gp", "home"), diag=[ca])
    when = dt("2026-08-18", "14:00")
    lab(c, "tbili0818", when, "tbili", 9.8, enc=e1)
    lab(c, "alp0818", when, "alp", 612, enc=e1)
    lab(c, "alb0818", when, "alb", 2.9, enc=e1)
    c.observation("ca199", cc(coding(EPIC_LAB_SYS(), "1230009901", "CA 19-9"), lnc("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"), text="CA 19-9"),
                  dt("2026-08-19", "07:00"), value=qty(4120, "U/mL"), high=37, encounter=e1)
    c.report("ct0818", epic_proc("IMG512", "CT ABDOMEN PELVIS W CONTRAST", "74177",
                                 "Computed tomography, abdomen and pelvis; with contrast material(s)"),
             dt("2026-08-18", "18:30"), category=imaging_cat(), encounter=e1,
             conclusion="3.8 cm hypoattenuating pancreatic head mass encasing SMA >180 degrees, biliary dilatation, "
                        "multiple hepatic metastases up to 2.9 cm.")
    c.procedure("ercp", epic_proc("GI720", "ERCP W STENT PLACEMENT", "43274",
                                  "ERCP; with placement of endoscopic stent into biliary or pancreatic duct"),
                performed=dt("2026-08-20", "11:00"), reason_ref=[ca], encounter=e1,
                note="Metal biliary stent placed; brushings and EUS-FNA liver lesion: adenocarcinoma.")
    e2 = visit(c, "enc-0908", "2026-09-08", "consult", reason="New metastatic pancreatic adenocarcinoma", prac=P["onc"],
               minutes=60, diag=[ca])
    vit(c, "v0908", "2026-09-08", e2, bp=(108, 64), hr=96, wt=58.1, spo2=93)
    ecog = epic_flo("3040550", "ECOG PERFORMANCE STATUS")
    score(c, "ecog0908", "2026-09-08", ecog, 3, enc=e2, category="exam")
    note(c, "n-0908", "2026-09-08", "consult", P["onc"], """
Medical Oncology Consultation
81M, widower, lives with daughter. Metastatic pancreatic adenocarcinoma (liver), s/p biliary stent 8/20.
COPD on home O2 at night, CAD. ECOG 3: in bed/chair >50% of day. Albumin 2.9. Weight down 11 kg in 3 months.
Discussed systemic options (gemcitabine/nab-paclitaxel, FOLFIRINOX). Given ECOG 3, comorbidity and nutritional status,
I do not think he would tolerate or benefit from chemotherapy; no surgical or radiation role.
Patient and daughter asked about other treatment; I explained that there are no treatment options that would extend his
life, and recommended focusing on comfort. Referral to palliative care and hospice information given.
""", enc=e2)
    impr = c.impression("ci-0908", dt("2026-09-08", "16:00"), P["onc"],
                        "Stage IV pancreatic adenocarcinoma; ECOG 3; not a candidate for systemic therapy. "
                        "No treatment options - comfort-focused care recommended.",
                        problems=[ca], encounter=e2,
                        prognosis=[text_cc("Poor; expected survival weeks to a few months")])
    sr = c.service_request("sr-hospice", cc(coding(EPIC_EAP, "REF771", "AMB REFERRAL TO HOSPICE"), text="Referral to hospice"),
                           dt("2026-11-19", "13:00"), status="active", intent="order", requester=P["pall"],
                           reason_ref=[ca], note="Home hospice evaluation; daughter is primary caregiver.")
    c.careplan("cp-pall", "Palliative care plan - comfort focused", start=dt("2026-09-22"), created=dt("2026-09-22", "14:00"),
               author=P["pall"], addresses=[ca],
               category=[cc(coding(USCORE_CP_CAT, "assess-plan", "Assessment and Plan of Treatment")),
                         text_cc("Palliative care")],
               description="No disease-directed therapy. Symptom management: pain, nausea, pruritus, dyspnea. DNR/DNI.",
               activities=[{"reference": sr},
                           {"detail": {"kind": "MedicationRequest", "code": text_cc("Oxycodone for pain"), "status": "in-progress"}}])
    e3 = visit(c, "enc-0922", "2026-09-22", "consult", reason="Palliative care consult", prac=P["pall"], minutes=60, diag=[ca])
    score(c, "pain0922", "2026-09-22", epic_flo("1570", "PAIN SCORE 0-10", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
          6, enc=e3)
    c.med_request("mr-oxy", med(c, "7804", "oxycodone 5 mg tablet", "45022"), dt("2026-09-22", "15:00"), requester=P["pall"],
                  dosage_text="5 mg by mouth every 4 hours as needed for pain", reason_ref=[ca], encounter=e3)
    c.med_request("mr-ond", med(c, "26225", "ondansetron 4 mg ODT", "31212"), dt("2026-09-22", "15:00"), requester=P["pall"],
                  dosage_text="4 mg on the tongue every 8 hours as needed for nausea", encounter=e3)
    c.med_statement("ms-tio", med(c, "69120", "tiotropium 18 mcg inhalation capsule", "18874"), start="2015-01-09",
                    dosage_text="Inhale contents of 1 capsule daily")
    e4 = visit(c, "enc-1119", "2026-11-19", "office", reason="Palliative follow-up, declining", prac=P["pall"], diag=[ca])
    vit(c, "v1119", "2026-11-19", e4, bp=(98, 60), hr=104, wt=54.6)
    note(c, "n-1119", "2026-11-19", "progress", P["pall"], """
Palliative Medicine Follow-up
More fatigue, eating little, pain controlled on oxycodone 5 mg q4h prn (3-4 doses/day). Bedbound most of day.
Goals: to stay at home. Confirmed DNR. Oncology has no further treatment to offer. Hospice referral placed today.
""", enc=e4)
    return c


def EPIC_LAB_SYS():
    from orgs import EPIC_LRR
    return EPIC_LRR


def colon_adjuvant_chemo(cid):
    c, P = setup(cid, "epic", given="Marisol", family="Ventura", gender="female", birth="1967-03-14",
                 addr=("1536 W Berwyn Ave", "Chicago", "60640"), phone="773-555-0189", mrn="206620314",
                 race=WHITE, ethnicity=HISP, marital="M",
                 pracs=[("onc", "Daniel", "Hirsch", "MD, Medical Oncology", "1356209481", "male"),
                        ("surg", "Olivia", "Park", "MD, Colon and Rectal Surgery", "1245098173", "female"),
                        ("rn", "Brianna", "Kowal", "RN, Oncology Infusion", "1831209472", "female")],
                 payer_name="UnitedHealthcare", plan=("UHC-CHO-PLUS", "UHC Choice Plus"), member="961204587")
    nkda(c, "2026-08-05")
    ca = _dx(c, "pl-crc", "1398022", "Adenocarcinoma of ascending colon, stage IIIB (pT3 pN1b M0)", "C18.2",
             "Malignant neoplasm of ascending colon", "363406005", "Malignant tumor of colon",
             onset="2026-08-05", recorded=dt("2026-08-07"), stage={"summary": text_cc("Stage IIIB, pT3 pN1b (2/19) cM0")})
    htn = _dx(c, "pl-htn", "100841", "Essential hypertension", "I10", "Essential (primary) hypertension", onset="2019",
              recorded=dt("2019-05-21"))
    c.med_statement("ms-los", med(c, "52175", "losartan 50 mg tablet", "20417"), start="2019-05-21",
                    dosage_text="50 mg by mouth daily")
    c.procedure("colo", epic_proc("GI301", "COLONOSCOPY W BIOPSY", "45380", "Colonoscopy, flexible; with biopsy, single or multiple"),
                performed=dt("2026-08-05", "08:30"), reason_ref=[ca], note="Fungating ascending colon mass, biopsied; tattooed.")
    c.procedure("hemi", epic_proc("SUR551", "LAPAROSCOPIC RIGHT HEMICOLECTOMY", "44205",
                                  "Laparoscopy, surgical; colectomy, partial, with removal of terminal ileum with ileocolostomy"),
                performed=dt("2026-09-02", "07:45"), performer=P["surg"], reason_ref=[ca],
                note="Uncomplicated; discharged POD 3. Pathology pT3 pN1b (2/19 nodes), margins negative, MSS.")
    e1 = visit(c, "enc-1001", "2026-10-01", "consult", reason="Adjuvant therapy planning, stage III colon cancer",
               prac=P["onc"], minutes=60, diag=[ca])
    vit(c, "v1001", "2026-10-01", e1, bp=(126, 78), hr=74, wt=66.2, ht=160.0)
    panel(c, "cbc1001", dt("2026-10-01", "10:00"), CBC, [("hgb", 12.4), ("wbc", 6.4), ("plt", 310)], enc=e1)
    panel(c, "cmp1001", dt("2026-10-01", "10:00"), CMP, [("na", 140), ("k", 4.0), ("cr", 0.71), ("alt", 22), ("tbili", 0.5),
                                                         ("alb", 3.9)], enc=e1)
    c.observation("cea1001", cc(coding(EPIC_LAB_SYS(), "1230009904", "CEA"), lnc("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma"), text="CEA"),
                  dt("2026-10-01", "10:00"), value=qty(1.8, "ng/mL"), high=3.0, encounter=e1)
    note(c, "n-1001", "2026-10-01", "consult", P["onc"], """
Medical Oncology - New Patient
59F, stage IIIB adenocarcinoma of ascending colon s/p laparoscopic R hemicolectomy 9/2/2026, pT3 pN1b, MSS.
Recommend adjuvant CAPOX x 3 months (oxaliplatin 130 mg/m2 IV day 1 + capecitabine 1000 mg/m2 BID days 1-14, q21d).
Discussed neuropathy (may be permanent), hand-foot syndrome, diarrhea, neutropenia, fatigue. Consent signed.
""", enc=e1)
    cp = c.careplan("cp-capox", "CAPOX adjuvant, 4 cycles", start=dt("2026-10-13"), end=dt("2027-01-06"),
                    created=dt("2026-10-01", "15:00"), author=P["onc"], addresses=[ca],
                    category=[cc(coding(USCORE_CP_CAT, "assess-plan", "Assessment and Plan of Treatment")),
                              text_cc("Oncology treatment plan")],
                    description="Oxaliplatin 130 mg/m2 IV D1 + capecitabine 1000 mg/m2 PO BID D1-14, every 21 days x 4 cycles.")
    mr_ox = c.med_request("mr-ox", med(c, "32592", "oxaliplatin 130 mg/m2 in D5W 500 mL IV", "70114"), dt("2026-10-01", "15:10"),
                          requester=P["onc"], dosage_text="130 mg/m2 (229 mg) IV over 2 h, day 1 of each 21-day cycle",
                          reason_ref=[ca], encounter=e1, category="outpatient")
    c.med_request("mr-cape", med(c, "194000", "capecitabine 500 mg tablet", "70120"), dt("2026-10-01", "15:12"),
                  requester=P["onc"], dosage_text="1500 mg by mouth twice daily, days 1-14 of each 21-day cycle",
                  reason_ref=[ca], encounter=e1)
    c.med_request("mr-ond", med(c, "26225", "ondansetron 8 mg tablet", "31213"), dt("2026-10-01", "15:14"),
                  requester=P["onc"], dosage_text="8 mg by mouth every 8 hours as needed for nausea", encounter=e1)
    for n, d in ((1, "2026-10-13"), (2, "2026-11-03"), (3, "2026-11-24")):
        e = visit(c, f"enc-c{n}", d, "infusion", reason=f"CAPOX cycle {n} day 1", prac=P["onc"], minutes=180, diag=[ca])
        panel(c, f"cbc-c{n}", dt(d, "08:15"), CBC, [("hgb", [12.2, 11.8, 11.5][n - 1]), ("wbc", [6.0, 4.9, 4.4][n - 1]),
                                                    ("plt", [288, 196, 171][n - 1])], enc=e)
        c.med_admin(f"ma-ox{n}", cc(coding("http://www.nlm.nih.gov/research/umls/rxnorm", "32592", "oxaliplatin"),
                                    hcpcs("J9263", "Injection, oxaliplatin, 0.5 mg"), text="oxaliplatin"),
                    dt(d, "09:30"), end=dt(d, "11:35"), dose=qty(229, "mg"), route=cc(sct("47625008", "Intravenous route")),
                    performer=P["rn"], encounter=e, request=mr_ox, reason=[ca])
    note(c, "n-c3", "2026-11-24", "progress", P["onc"], """
Oncology visit - CAPOX C3D1
Grade 1 cold-induced paresthesias fingers lasting 3 days after each infusion; grade 1 hand-foot. Fatigue grade 2, working
reduced hours. ANC adequate, plt 171. Proceed with cycle 3 at full dose. Plan cycle 4 on 12/15/2026.
""", enc=None)
    return c


def dcis_surveillance(cid):
    c, P = setup(cid, "epic", given="Catherine A", family="Lindqvist", gender="female", birth="1961-11-08",
                 addr=("302 Greenleaf Ave", "Wilmette", "60091"), phone="847-555-0136", mrn="204412377",
                 race=WHITE, ethnicity=NONHISP, marital="M",
                 pracs=[("bs", "Rachel", "Goldfarb", "MD, Breast Surgical Oncology", "1588320947", "female"),
                        ("pcp", "Kevin", "Adeyemi", "MD, Internal Medicine", "1932018475", "male")],
                 payer_name="Blue Cross Blue Shield of Illinois", plan=("PPO-IL-1150", "BCBS IL PPO"), member="XOF772910334")
    nkda(c, "2025-11-18")
    hx = _dx(c, "pl-hxdcis", "1288001", "History of ductal carcinoma in situ of left breast", "Z86.000",
             "Personal history of in-situ neoplasm of breast", onset="2019-03-04", recorded=dt("2019-03-20"),
             note="Left DCIS, intermediate grade, ER+. Lumpectomy 4/2019 + whole-breast radiation (completed 7/2019). "
                  "Declined endocrine therapy.")
    rt = _dx(c, "pl-hxrt", "1288044", "History of irradiation", "Z92.3", "Personal history of irradiation",
             onset="2019-07-26", recorded=dt("2019-07-26"))
    op = _dx(c, "pl-osteo", "171812", "Osteopenia", "M85.80",
             "Other specified disorders of bone density and structure, unspecified site", onset="2023-02-14",
             recorded=dt("2023-02-14"))
    hypo = _dx(c, "pl-hypo", "111409", "Hypothyroidism", "E03.9", "Hypothyroidism, unspecified", onset="2010",
               recorded=dt("2012-01-04"))
    c.procedure("lump", epic_proc("SUR220", "PARTIAL MASTECTOMY (LUMPECTOMY)", "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"),
                performed=dt("2019-04-10", "08:00"), reason_ref=[hx], note="Margins negative (>2 mm).")
    c.procedure("wbrt", epic_proc("RAD900", "EXTERNAL BEAM RADIATION BREAST", "77412", "Radiation treatment delivery, >=1 MeV; complex"),
                performed_period={"start": dt("2019-06-03"), "end": dt("2019-07-26")}, reason_ref=[hx],
                note="Whole breast 40.05 Gy / 15 fx + boost. Completed without interruption.")
    c.med_statement("ms-levo", med(c, "10582", "levothyroxine 88 mcg tablet", "27361"), start="2012-01-04",
                    dosage_text="88 mcg daily")
    c.med_statement("ms-cal", med(c, None, "calcium carbonate-vitamin D3 600 mg-800 unit tablet", "9931"),
                    start="2023-02-14", dosage_text="1 tablet twice daily")
    for yr, d in (("2025", "2025-11-18"), ("2026", "2026-11-10")):
        e = visit(c, f"enc-mm{yr}", d, "imaging", reason="Annual surveillance mammogram, history of L DCIS", prac=P["bs"], minutes=20)
        c.report(f"mmg{yr}", epic_proc("IMG620", "MAMMO DIAGNOSTIC BILAT W TOMO", "77066",
                                       "Diagnostic mammography, including CAD when performed; bilateral"),
                 dt(d, "10:40"), category=imaging_cat(), encounter=e,
                 conclusion="Stable post-lumpectomy changes left breast. No suspicious mass, calcification or distortion. "
                            "BI-RADS 2, benign.", conclusion_code=[text_cc("BI-RADS 2 - Benign")])
    e = visit(c, "enc-bs1117", "2026-11-17", "office", reason="Annual breast surveillance visit", prac=P["bs"], diag=[hx])
    vit(c, "v1117", "2026-11-17", e, bp=(124, 76), hr=66, wt=63.5)
    note(c, "n-1117", "2026-11-17", "progress", P["bs"], """
Breast Surgical Oncology - Survivorship Visit
7.5 years from L lumpectomy + whole-breast radiation for DCIS (2019). No endocrine therapy by choice.
No breast complaints. Mild stable L breast firmness from radiation. Exam: no masses, no adenopathy.
Mammogram 11/10/2026 BI-RADS 2. No evidence of recurrence.
Plan: annual mammogram; transition surveillance to PCP after next year. No further treatment indicated.
""", enc=e)
    e2 = visit(c, "enc-pcp0603", "2026-06-03", "office", reason="Annual physical", prac=P["pcp"], diag=[hypo, op])
    vit(c, "v0603", "2026-06-03", e2, bp=(126, 78), hr=68, wt=63.9, bmi=23.4)
    panel(c, "cbc0603", dt("2026-06-03", "09:30"), CBC, [("hgb", 13.4), ("wbc", 5.6), ("plt", 244)], enc=e2)
    panel(c, "cmp0603", dt("2026-06-03", "09:30"), CMP, [("na", 141), ("k", 4.3), ("cr", 0.8), ("ca", 9.6), ("alt", 19),
                                                         ("alb", 4.3)], enc=e2)
    lab(c, "tsh0603", dt("2026-06-03", "09:30"), "tsh", 2.1, enc=e2)
    c.report("dxa", epic_proc("IMG702", "DXA BONE DENSITY AXIAL", "77080",
                              "Dual-energy X-ray absorptiometry (DXA), bone density study, 1 or more sites; axial skeleton"),
             dt("2026-06-10", "13:00"), category=imaging_cat(), conclusion="Lowest T-score -1.7 (left femoral neck). Osteopenia, stable since 2023.")
    c.immunization("imm-flu", "135", "influenza, high dose seasonal", dt("2026-10-02", "11:00"), lot="UT8823AA", dose_ml=0.7)
    return c


def mychart_second_opinion(cid):
    c, P = setup(cid, "epic", given="Lorraine", family="Okafor", gender="female", birth="1977-05-30",
                 addr=("8450 S Euclid Ave", "Chicago", "60617"), phone="773-555-0164", mrn="209935120",
                 race=BLACK, ethnicity=NONHISP, marital="M",
                 pracs=[("endo", "Gregory", "Vanterpool", "MD, Endocrinology, Diabetes and Metabolism", "1154902837", "male"),
                        ("pcp", "Naomi", "Feldstein", "MD, Family Medicine", "1780394215", "female"),
                        ("rn", "Jose", "Montalvo", "RN, Endocrine Clinic", "1649029382", "male")],
                 payer_name="Cigna", plan=("CIG-OAP-21", "Cigna Open Access Plus"), member="U88312094")
    drug_allergy(c, "alg-pcn", "7980", "penicillin G", "1998-06-01", ("247472004", "Wheal"))
    hash_ = _dx(c, "pl-hash", "1174520", "Hashimoto's thyroiditis", "E06.3", "Autoimmune thyroiditis", "21983002",
                "Hashimoto thyroiditis", onset="2025-11-04", recorded=dt("2025-11-20"))
    nod = _dx(c, "pl-nod", "1174588", "Thyroid nodule, left lobe, 1.1 cm (TI-RADS 3)", "E04.1", "Nontoxic single thyroid nodule",
              onset="2025-12-02", recorded=dt("2025-12-09"))
    obes = _dx(c, "pl-ob", "166342", "Obesity, class 1", "E66.811", "Obesity, class 1", onset="2020", recorded=dt("2021-03-01"))
    mig = _dx(c, "pl-mig", "132019", "Migraine without aura", "G43.009",
              "Migraine without aura, not intractable, without status migrainosus", onset="2005", recorded=dt("2014-09-11"))
    e0 = visit(c, "enc-251120", "2025-11-20", "consult", reason="Elevated TSH, positive TPO antibodies", prac=P["endo"],
               minutes=45, diag=[hash_])
    c.observation("tpo", cc(coding(EPIC_LAB_SYS(), "1230002210", "THYROID PEROXIDASE AB"),
                            lnc("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma"), text="TPO antibody"),
                  dt("2025-11-04", "10:00"), value=qty(412, "IU/mL", "[IU]/mL"), high=34)
    lab(c, "tsh1104", dt("2025-11-04", "10:00"), "tsh", 9.8)
    c.report("us1202", epic_proc("IMG305", "US THYROID", "76536", "Ultrasound, soft tissues of head and neck"),
             dt("2025-12-02", "14:00"), category=imaging_cat(),
             conclusion="Heterogeneous gland c/w thyroiditis. 1.1 cm isoechoic solid left nodule, TI-RADS 3. Follow-up US in 1 year.")
    mr = c.med_request("mr-levo", med(c, "10582", "levothyroxine 75 mcg tablet", "27360"), dt("2025-11-20", "11:00"),
                       requester=P["endo"], dosage_text="75 mcg by mouth daily on an empty stomach", reason_ref=[hash_], encounter=e0)
    e1 = visit(c, "enc-260512", "2026-05-12", "office", reason="Hypothyroidism follow-up", prac=P["endo"], diag=[hash_])
    vit(c, "v0512", "2026-05-12", e1, bp=(128, 82), hr=72, wt=92.4, bmi=33.1)
    lab(c, "tsh0512", dt("2026-05-12", "09:30"), "tsh", 2.6, enc=e1)
    e2 = visit(c, "enc-261006", "2026-10-06", "office", reason="Hypothyroidism follow-up; fatigue, weight gain", prac=P["endo"],
               diag=[hash_])
    vit(c, "v1006", "2026-10-06", e2, bp=(130, 84), hr=70, wt=94.8, bmi=34.0)
    lab(c, "tsh1006", dt("2026-10-06", "09:30"), "tsh", 1.8, enc=e2)
    panel(c, "cbc1006", dt("2026-10-06", "09:30"), CBC, [("hgb", 12.9), ("wbc", 6.2), ("plt", 276)], enc=e2)
    note(c, "n-1006", "2026-10-06", "progress", P["endo"], """
Endocrinology follow-up
Hashimoto's on levothyroxine 75 mcg, TSH 1.8 - at goal. Patient reports fatigue and 5 lb weight gain, asks about
adding T3 and about the thyroid nodule. Explained TSH is normal, symptoms are not thyroid related, likely lifestyle/age.
Not adding liothyronine. Repeat thyroid US 12/2026. RTC 6 months.
""", enc=e2)
    e3 = visit(c, "enc-msg1028", "2026-10-28", "mychart", reason="Patient message", prac=P["endo"], minutes=5,
               time="21:47")
    c.communication("msg-pt", dt("2026-10-28", "21:47"), c.pt, [P["endo"]],
                    "Dr. Vanterpool, I left my last visit feeling like my concerns were brushed off. I am exhausted every "
                    "day and keep gaining weight even though my numbers are supposedly normal, and I was told it is just "
                    "my age. I would like a second opinion from another endocrinologist about my thyroid treatment and the "
                    "nodule. Can you please place a referral or tell me how to arrange one? Thank you, Lorraine Okafor",
                    encounter=e3, medium=cc(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode",
                                                   "ELECTRONIC", "electronic data"), text="MyChart"),
                    topic=text_cc("Request for second opinion"))
    c.communication("msg-rn", dt("2026-10-30", "10:02"), P["rn"], [c.pt],
                    "Hi Ms. Okafor, Dr. Vanterpool received your message. He suggests discussing at your next visit in April. "
                    "Please call the clinic if you have new symptoms.", encounter=e3,
                    in_response_to=c.ref("Communication", "msg-pt"))
    return c


def a1c_rising(cid):
    c, P = setup(cid, "epic", given="Hector R", family="Salinas", gender="male", birth="1963-12-02",
                 addr=("3311 S Wolcott Ave", "Chicago", "60608"), phone="312-555-0158", mrn="202287641",
                 race=WHITE, ethnicity=HISP, marital="M", language="es",
                 pracs=[("pcp", "Ines", "Carrasco", "MD, Internal Medicine", "1326098471", "female"),
                        ("cde", "Paula", "Nguyen", "RN, CDCES", "1740298365", "female")],
                 payer_name="Aetna Better Health of Illinois", plan=("ABH-IL-MCD", "Aetna Better Health Medicaid"),
                 member="MDX40219887")
    nkda(c, "2025-01-14")
    dm = _dx(c, "pl-dm", "125011", "Type 2 diabetes mellitus with hyperglycemia", "E11.65",
             "Type 2 diabetes mellitus with hyperglycemia", "44054006", "Diabetes mellitus type 2", onset="2014",
             recorded=dt("2014-08-19"))
    htn = _dx(c, "pl-htn", "100841", "Essential hypertension", "I10", "Essential (primary) hypertension", onset="2016",
              recorded=dt("2016-03-03"))
    hld = _dx(c, "pl-hld", "276400", "Hyperlipidemia", "E78.5", "Hyperlipidemia, unspecified", onset="2016",
              recorded=dt("2016-03-03"))
    ins = _dx(c, "pl-ins", "130022", "Long-term (current) use of insulin", "Z79.4", "Long term (current) use of insulin",
              onset="2024-04-09", recorded=dt("2024-04-09"))
    r = [dm]
    mr1 = c.med_request("mr-met", med(c, "861007", "metformin 500 mg tablet", "30210"), dt("2024-01-10", "10:00"),
                        requester=P["pcp"], dosage_text="1000 mg by mouth twice daily with meals", reason_ref=r,
                        dispense={"numberOfRepeatsAllowed": 11, "validityPeriod": {"start": "2026-01-10", "end": "2027-01-10"}})
    c.med_request("mr-gla", med(c, "274783", "insulin glargine 100 unit/mL pen", "40112"), dt("2024-04-09", "10:00"),
                  requester=P["pcp"], dosage_text="Inject 38 units under the skin nightly (titrated from 10 units)",
                  reason_ref=r, course="continuous")
    c.med_request("mr-empa", med(c, "1545653", "empagliflozin 25 mg tablet", "51876"), dt("2025-02-18", "10:00"),
                  requester=P["pcp"], dosage_text="25 mg by mouth every morning", reason_ref=r)
    c.med_request("mr-lis", med(c, "29046", "lisinopril 20 mg tablet", "20388"), dt("2016-03-03", "10:00"),
                  requester=P["pcp"], dosage_text="20 mg by mouth daily", reason_ref=[htn])
    c.med_request("mr-ator", med(c, "83367", "atorvastatin 40 mg tablet", "10443"), dt("2016-03-03", "10:00"),
                  requester=P["pcp"], dosage_text="40 mg by mouth nightly", reason_ref=[hld])
    vals = (("2026-02-10", 7.4, 99.1), ("2026-05-12", 8.1, 100.4), ("2026-08-11", 8.8, 101.0), ("2026-11-10", 9.3, 101.9))
    for i, (d, a1c, wt) in enumerate(vals):
        e = visit(c, f"enc-{d[5:7]}", d, "office", reason="Diabetes follow-up", prac=P["pcp"], diag=[dm, htn])
        vit(c, f"v{d[5:7]}", d, e, bp=[(132, 80), (136, 82), (134, 84), (138, 84)][i], hr=78, wt=wt)
        lab(c, f"a1c{d[5:7]}", dt(d, "08:30"), "a1c", a1c, enc=e)
        if i in (0, 3):
            panel(c, f"bmp{d[5:7]}", dt(d, "08:30"), BMP, [("na", 138), ("k", 4.5), ("cr", 0.96 if i == 0 else 1.0),
                                                          ("glu", 168 if i == 0 else 231)], enc=e)
    lab(c, "uacr11", dt("2026-11-10", "08:30"), "uacr", 22)
    lab(c, "ldl11", dt("2026-11-10", "08:30"), "ldl", 84)
    c.observation("cgm", cc(coding(EPIC_FLO, "3060021", "CGM TIME IN RANGE 70-180"), text="CGM time in range"),
                  dt("2026-11-10", "09:00"), category="survey", value=qty(38, "%"),
                  note="14-day CGM download; TIR 38% (was 61% in 2/2026), TAR >250 31%. Reports taking all doses.")
    note(c, "n-1110", "2026-11-10", "progress", P["pcp"], """
Internal Medicine - Diabetes follow-up (interpreter: Spanish, in person)
A1c rising steadily over 2026 on metformin 1000 BID + glargine 38 u + empagliflozin 25: 7.4 (Feb) -> 8.1 (May) ->
8.8 (Aug) -> 9.3 (today). Pharmacy fill history consistent; CDCES confirms injection technique OK. Diet unchanged.
No steroids. Weight up 2.8 kg. CGM TIR down to 38%.
Plan: add GLP-1 RA if coverage allows, increase glargine to 42 u, endocrinology e-consult.
""")
    c.procedure("dsmes", cc(coding(EPIC_EAP, "EDU210", "DIABETES SELF-MANAGEMENT EDUCATION"),
                            hcpcs("G0108", "Diabetes outpatient self-management training services, individual, per 30 minutes"),
                            text="Diabetes self-management education"), performed=dt("2026-08-25", "14:00"),
                performer=P["cde"], reason_ref=r)
    return c


def knee_pain_below_mcid(cid):
    c, P = setup(cid, "epic", given="Janet E", family="Holloway", gender="female", birth="1959-07-19",
                 addr=("1219 Hinman Ave", "Evanston", "60202"), phone="847-555-0128", mrn="205590317",
                 race=WHITE, ethnicity=NONHISP, marital="W",
                 pracs=[("sm", "Victor", "Almeida", "MD, Sports Medicine (Family Medicine)", "1427309185", "male"),
                        ("pt", "Megan", "Sorensen", "PT, DPT", "1023948571", "female")],
                 payer_name="Medicare Part B (Novitas)", plan=("MCR-B", "Original Medicare Part B"), member="2HF9-QW1-KT44",
                 cov_start="2024-08-01")
    drug_allergy(c, "alg-cod", "2670", "codeine", "2008-02-11", ("422587007", "Nausea"))
    oa = _dx(c, "pl-oa", "1145210", "Primary osteoarthritis of both knees", "M17.0", "Bilateral primary osteoarthritis of knee",
             "239873007", "Osteoarthritis of knee", onset="2021", recorded=dt("2022-05-02"))
    htn = _dx(c, "pl-htn", "100841", "Essential hypertension", "I10", "Essential (primary) hypertension", onset="2015",
              recorded=dt("2015-10-01"))
    c.med_statement("ms-hctz", med(c, "5487", "hydrochlorothiazide 25 mg tablet", "4410"), start="2015-10-01",
                    dosage_text="25 mg daily")
    mr_nap = c.med_request("mr-nap", med(c, "7258", "naproxen 500 mg tablet", "30877"), dt("2026-04-14", "10:00"),
                           requester=P["sm"], dosage_text="500 mg by mouth twice daily with food", reason_ref=[oa])
    c.med_request("mr-dul", med(c, "72625", "duloxetine 30 mg capsule", "45103"), dt("2026-04-14", "10:05"),
                  requester=P["sm"], dosage_text="30 mg by mouth daily", reason_ref=[oa])
    c.med_request("mr-dic", med(c, "3355", "diclofenac 1% topical gel", "12290"), dt("2026-04-14", "10:06"),
                  requester=P["sm"], dosage_text="Apply 4 g to each knee four times daily", reason_ref=[oa])
    pain = epic_flo("1570", "PAIN SCORE 0-10", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
    womac = epic_flo("3051301", "WOMAC PAIN SUBSCALE (0-20)")
    data = (("2026-04-14", 5, 9), ("2026-07-14", 6, 10), ("2026-10-13", 6, 10), ("2026-11-24", 6, 10))
    for i, (d, p, w) in enumerate(data):
        e = visit(c, f"enc-{d[5:7]}", d, "office", reason="Bilateral knee osteoarthritis follow-up", prac=P["sm"], diag=[oa])
        vit(c, f"v{d[5:7]}", d, e, bp=[(132, 78), (128, 76), (130, 80), (126, 78)][i], wt=[78.2, 77.6, 77.9, 77.5][i])
        score(c, f"pain{d[5:7]}", d, pain, p, enc=e)
        score(c, f"wom{d[5:7]}", d, womac, w, enc=e)
    c.procedure("pt", epic_proc("REH110", "PHYSICAL THERAPY EPISODE", "97110", "Therapeutic exercise"),
                performed_period={"start": dt("2026-05-05"), "end": dt("2026-07-07")}, performer=P["pt"], reason_ref=[oa],
                status="completed", note="8 visits quad/hip strengthening; home program.")
    c.report("xr", epic_proc("IMG412", "XR KNEES BILATERAL STANDING AP", "73565", "Radiologic examination, both knees, standing, anteroposterior"),
             dt("2026-04-14", "10:40"), category=imaging_cat(),
             conclusion="Mild-moderate medial joint-space narrowing bilaterally, small osteophytes. KL grade 2 bilaterally.")
    panel(c, "bmp0414", dt("2026-04-14", "10:30"), BMP, [("na", 139), ("k", 4.0), ("cr", 0.82), ("glu", 94)])
    note(c, "n-1124", "2026-11-24", "progress", P["sm"], """
Sports Medicine follow-up
Bilateral knee OA, KL 2. On naproxen 500 BID, duloxetine 30, topical diclofenac since April, completed PT.
Pain NRS 5 in April, 6 at each visit since; WOMAC pain 9 -> 10/20. Walking 2 miles most days, gardening. Sleeps well.
Overall stable - small fluctuation, not a meaningful change. Continue regimen, weight management, home exercise.
Discussed injection options; she prefers to continue as is. RTC 4 months.
""")
    return c


def multimorbidity(cid):
    c, P = setup(cid, "epic", given="Dolores M", family="Fitzgerald", gender="female", birth="1954-02-27",
                 addr=("10422 S Hoyne Ave", "Chicago", "60643"), phone="773-555-0197", mrn="200984412",
                 race=WHITE, ethnicity=NONHISP, marital="W",
                 pracs=[("pcp", "Rajesh", "Menon", "MD, Internal Medicine - Geriatrics", "1295038471", "male"),
                        ("card", "Helen", "Brandt", "MD, Cardiovascular Disease", "1902847365", "female"),
                        ("neph", "Oluwaseun", "Adebayo", "MD, Nephrology", "1568203947", "male"),
                        ("pulm", "Marcus", "Oyelaran", "MD, Pulmonary and Critical Care Medicine", "1386745120", "male")],
                 payer_name="Humana Medicare Advantage", plan=("HUM-MAPD-H5216", "Humana Gold Plus HMO"),
                 member="H50319944", cov_start="2019-03-01")
    drug_allergy(c, "alg-ace", "29046", "lisinopril", "2017-06-01", ("49727002", "Cough"), sev="mild")
    dm = _dx(c, "pl-dm", "125020", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "E11.22",
             "Type 2 diabetes mellitus with diabetic chronic kidney disease", "44054006", "Diabetes mellitus type 2",
             onset="2006", recorded=dt("2008-01-15"))
    hf = _dx(c, "pl-hf", "160188", "Chronic heart failure with reduced ejection fraction (LVEF 35%)", "I50.22",
             "Chronic systolic (congestive) heart failure", "84114007", "Heart failure", onset="2021-10-02",
             recorded=dt("2021-10-09"))
    ckd = _dx(c, "pl-ckd", "177340", "Chronic kidney disease stage 3b", "N18.32", "Chronic kidney disease, stage 3b",
              "709044004", "Chronic kidney disease", onset="2020", recorded=dt("2020-06-11"))
    copd = _dx(c, "pl-copd", "187221", "COPD, moderate (GOLD 2)", "J44.9", "Chronic obstructive pulmonary disease, unspecified",
               "13645005", "Chronic obstructive lung disease", onset="2013", recorded=dt("2013-09-30"))
    af = _dx(c, "pl-af", "161120", "Persistent atrial fibrillation", "I48.19", "Other persistent atrial fibrillation",
             "49436004", "Atrial fibrillation", onset="2022-03-15", recorded=dt("2022-03-15"))
    oa = _dx(c, "pl-oa", "1145230", "Primary osteoarthritis of right hip", "M16.11", "Unilateral primary osteoarthritis, right hip",
             onset="2018", recorded=dt("2018-05-22"))
    dep = _dx(c, "pl-dep", "144019", "Major depressive disorder, recurrent, in partial remission", "F33.41",
              "Major depressive disorder, recurrent, in partial remission", "370143000", "Major depressive disorder",
              onset="2015", recorded=dt("2015-12-02"))
    _dx(c, "pl-pna", "190110", "Community acquired pneumonia", "J18.9", "Pneumonia, unspecified organism",
        onset="2025-01-20", recorded=dt("2025-01-20"), clinical="resolved", abatement="2025-02-10")
    meds = (("mr-ent", None, "sacubitril-valsartan 49-51 mg tablet", "1 tablet by mouth twice daily", hf),
            ("mr-car", "20352", "carvedilol 12.5 mg tablet", "12.5 mg by mouth twice daily", hf),
            ("mr-empa", "1545653", "empagliflozin 10 mg tablet", "10 mg by mouth daily", hf),
            ("mr-fur", "4603", "furosemide 40 mg tablet", "40 mg by mouth daily", hf),
            ("mr-api", "1364430", "apixaban 5 mg tablet", "5 mg by mouth twice daily", af),
            ("mr-lin", "274783", "insulin glargine 100 unit/mL pen", "18 units under the skin nightly", dm),
            ("mr-tio", "69120", "tiotropium 2.5 mcg/actuation inhalation spray", "2 puffs inhaled daily", copd),
            ("mr-ser", "36437", "sertraline 100 mg tablet", "100 mg by mouth daily", dep))
    for local, code, text, sig, reason in meds:
        c.med_request(local, med(c, code, text), dt("2026-06-02", "10:00"),
                      requester=P["pcp"], dosage_text=sig, reason_ref=[reason])
    e1 = visit(c, "enc-0602", "2026-06-02", "office", reason="Chronic disease follow-up", prac=P["pcp"], minutes=40,
               diag=[dm, hf, ckd, copd, af])
    vit(c, "v0602", "2026-06-02", e1, bp=(124, 70), hr=72, spo2=94, wt=79.4)
    panel(c, "bmp0602", dt("2026-06-02", "09:30"), BMP, [("na", 137), ("k", 4.7), ("cr", 1.48), ("glu", 142)], enc=e1)
    lab(c, "egfr0602", dt("2026-06-02", "09:30"), "egfr", 37, enc=e1)
    lab(c, "a1c0602", dt("2026-06-02", "09:30"), "a1c", 7.3, enc=e1)
    e2 = visit(c, "enc-0818", "2026-08-18", "office", reason="Heart failure / AF follow-up", prac=P["card"], diag=[hf, af])
    vit(c, "v0818", "2026-08-18", e2, bp=(118, 68), hr=76, wt=79.0)
    lab(c, "bnp0818", dt("2026-08-18", "10:00"), "ntbnp", 1180, enc=e2)
    c.report("echo0818", epic_proc("ECH101", "ECHO TRANSTHORACIC COMPLETE", "93306",
                                   "Echocardiography, transthoracic, complete, with spectral and color flow Doppler"),
             dt("2026-08-18", "11:30"), category=cardio_cat(), encounter=e2,
             conclusion="LVEF 35-40%, global hypokinesis, unchanged from 2025. Moderate MR. Biatrial enlargement.")
    e3 = visit(c, "enc-0929", "2026-09-29", "office", reason="CKD 3b follow-up", prac=P["neph"], diag=[ckd, dm])
    lab(c, "egfr0929", dt("2026-09-29", "09:00"), "egfr", 36, enc=e3)
    lab(c, "k0929", dt("2026-09-29", "09:00"), "k", 4.8, enc=e3)
    lab(c, "uacr0929", dt("2026-09-29", "09:00"), "uacr", 210, enc=e3)
    lab(c, "hgb0929", dt("2026-09-29", "09:00"), "hgb", 11.3, enc=e3)
    e4 = visit(c, "enc-1020", "2026-10-20", "office", reason="COPD follow-up", prac=P["pulm"], diag=[copd])
    vit(c, "v1020", "2026-10-20", e4, spo2=93, hr=74)
    c.observation("cat1020", epic_flo("3070012", "COPD ASSESSMENT TOOL (CAT) SCORE"), dt("2026-10-20", "09:15"),
                  category="survey", value=14, encounter=e4)
    c.observation("phq1103", epic_flo("3045090", "PHQ-9 TOTAL SCORE", "44261-6",
                                      "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
                  dt("2026-11-03", "09:15"), category="survey", value=6)
    note(c, "n-1103", "2026-11-03", "progress", P["pcp"], """
Geriatrics / Internal Medicine - chronic care visit
72F with T2DM with CKD 3b, HFrEF (EF 35-40%) on GDMT, persistent AF on apixaban, COPD GOLD 2, recurrent MDD in partial
remission, R hip OA. Seen this year by cardiology, nephrology and pulmonology; 11 scheduled medications.
All conditions roughly stable: A1c 7.3, eGFR 36-37, NT-proBNP near baseline, CAT 14, PHQ-9 6.
Care coordination: medication reconciliation with pharmacist; shared plan across four clinics; fall-risk review.
""")
    return c


CASES = [
    dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Exertional dyspnoea recorded at 5 visits over ~5 months; labs, ECG, echo, PFTs, CT chest and stress echo all "
             "normal and no explaining diagnosis; patient told nothing is wrong.",
         summary="46F exertional dyspnoea and chest tightness Jun-Nov 2026, full cardiopulmonary work-up normal, no diagnosis",
         build=dyspnoea_normal_workup),
    dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="IBS-D label active since mid-2025 while diarrhoea continues, now with nocturnal stools, rectal bleeding, 6 kg "
             "weight loss, iron-deficiency anaemia, raised CRP and calprotectin 410 that IBS cannot explain.",
         summary="52F IBS-D since 2025, new weight loss, IDA, calprotectin 410; label kept, plan unchanged",
         build=ibs_red_flags),
    dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Active order (EAP + CPT 27447) and booked appointment for right total knee arthroplasty on 2027-01-12.",
         summary="68M end-stage right knee OA, total knee arthroplasty ordered for 2027-01-12, pre-op clearance done",
         build=tka_planned),
    dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="Metastatic pancreatic cancer; oncology note and ClinicalImpression state no treatment options, palliative "
             "CarePlan and hospice referral; no second opinion on record.",
         summary="81M stage IV pancreatic adenocarcinoma, ECOG 3, told no treatment options, palliative plan and hospice referral",
         build=pancreatic_hospice),
    dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="Adjuvant CAPOX chemotherapy started Oct 2026 (oxaliplatin J9263 administrations, capecitabine) with cycle 4 "
             "still to come.",
         summary="59F stage IIIB colon cancer after hemicolectomy, adjuvant CAPOX chemotherapy cycles 1-3 given",
         build=colon_adjuvant_chemo),
    dict(target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="Lumpectomy and breast radiotherapy were completed in 2019; she is on surveillance only with benign mammograms "
             "and no current or planned treatment.",
         summary="65F history of DCIS treated 2019 (lumpectomy + radiotherapy), annual surveillance BI-RADS 2",
         build=dcis_surveillance),
    dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="Patient-authored MyChart message says her concerns were brushed off and explicitly asks for a second opinion "
             "from another endocrinologist.",
         summary="49F Hashimoto's on levothyroxine, MyChart message asking for a second opinion",
         build=mychart_second_opinion),
    dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="HbA1c 7.4 -> 8.1 -> 8.8 -> 9.3 % over 9 months (rise 1.9 points, MCID 0.5) while metformin, glargine and "
             "empagliflozin were active throughout with confirmed adherence.",
         summary="62M T2DM on metformin, glargine and empagliflozin, HbA1c rising 7.4 to 9.3 % through 2026",
         build=a1c_rising),
    dict(target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
         why="Knee pain NRS 5 -> 6 -> 6 -> 6 and WOMAC pain 9 -> 10 on treatment: a 1-point change, below the 2-point "
             "MCID; clinician documents stability.",
         summary="67F bilateral knee OA on naproxen/duloxetine, pain NRS 5 to 6 over 7 months",
         build=knee_pain_below_mcid),
    dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Seven active chronic conditions (T2DM with CKD 3b, HFrEF, persistent AF, COPD, recurrent MDD, hip OA) "
             "managed by primary care, cardiology, nephrology and pulmonology.",
         summary="72F multimorbidity: T2DM, CKD 3b, HFrEF, AF, COPD, depression, OA across four clinics",
         build=multimorbidity),
]
