"""Lakeshore Heart Failure & Cardiology Clinic: 10 cases."""
import zlib

from fhirkit import (cc, coding, txt, sct, loinc, icd10cm, cpt, rx, SOPT, FLAGCAT)

HF = "https://fhir.lakeshore-heart.example/CodeSystem/"
MEAS = HF + "hf-measures"


def ntype(kind):
    return {"progress": cc(loinc("11506-3", "Progress note"), text="HF clinic progress note"),
            "consult": cc(loinc("11488-4", "Consult note")),
            "discharge": cc(loinc("18842-5", "Discharge summary")),
            "procedure": cc(loinc("28570-0", "Procedure note")),
            "plan": cc(loinc("18776-5", "Plan of care note"))}[kind]


def hf_base(c, family, given, gender, birth, city, payor, docs):
    parent = c.organization("Lakeshore Health", city="Grand Haven", country="US",
                            ident=("http://hl7.org/fhir/sid/us-npi", "1999000415"), key="org")
    clinic = c.organization("Lakeshore Heart Failure & Cardiology Clinic", part_of=parent, city="Grand Haven",
                            country="US", ident=("http://hl7.org/fhir/sid/us-npi", "1999000423"), key="org")
    if payor == "medicare":
        pay = c.organization("Centers for Medicare & Medicaid Services", type_code="govt",
                             type_display="Government", country="US", key="org")
        ptype = cc(coding(SOPT, "1", "MEDICARE"), text="Medicare Part A/B")
    else:
        pay = c.organization("Great Lakes Mutual Health Plan", type_code="ins", type_display="Insurance Company",
                             country="US", key="org")
        ptype = cc(coding(SOPT, "5", "PRIVATE HEALTH INSURANCE"), text="Commercial PPO")
    out = {"parent": parent, "clinic": clinic, "payor": pay}
    for i, (key, fam, giv, q, spec) in enumerate(docs):
        out[key] = c.practitioner(fam, giv, qual=q, specialty=spec,
                                  ident=("http://hl7.org/fhir/sid/us-npi",
                                         f"1999{zlib.crc32((fam + giv).encode()) % 10**6:06d}"))
    c.patient(family, given, gender, birth, city, state="MI", country="US", managing=clinic,
              mrn=f"LH{birth.replace('-', '')[2:]}{len(family)}")
    out["cov"] = c.coverage(pay, ptype, "2018-01-01" if payor == "medicare" else "2021-01-01",
                            member_id=f"{family[:3].upper()}{birth[:4]}")
    return out


def nyha(c, date, cls, enc=None, who=None):
    return c.obs(cc(coding(MEAS, "NYHA", "NYHA functional class")), date, category="exam", enc=enc, performer=who,
                 value_cc=cc(coding(MEAS + "-nyha", cls, f"NYHA class {cls}")))


def kccq(c, date, value, enc=None, derived=None):
    return c.score(cc(coding(MEAS, "KCCQ12-OSS", "KCCQ-12 Overall Summary Score")), date, value, enc=enc,
                   derived_from=derived, ref_text="0-100; higher is better")


def echo(c, date, lvef, extra, conclusion, enc=None, who=None):
    res = [c.obs(cc(loinc("10230-1", "Left ventricular Ejection fraction")), date, value=lvef, unit="%", ucum="%",
                 low=52, category="imaging", enc=enc)]
    for code, disp, v, u, ucum, lo, hi in extra:
        res.append(c.obs(cc(coding(MEAS + "-echo", code, disp)), date, value=v, unit=u, ucum=ucum, low=lo, high=hi,
                         category="imaging", enc=enc))
    return c.report(cc(loinc("34552-0", "Cardiac 2D echo panel"),
                       cpt("93306", "Echocardiography, transthoracic, complete, with spectral and color flow Doppler"),
                       text="Transthoracic echocardiogram"), date, "CUS", results=res, conclusion=conclusion,
                    enc=enc, interpreter=who)


def med(c, rxcode, name, text, authored, who, dose, reason=None, status="active"):
    coding_ = rx(rxcode, name) if rxcode else None
    return c.medreq(cc(coding_, text=text), authored, who, dose, status=status, reason_ref=reason,
                    course="continuous")


# ------------------------------------------------------------------------------------------------
def hf_psnw_pos(c):
    b = hf_base(c, "Vandermolen", "Richard", "male", "1958-04-22", "Holland", "commercial",
                [("hf", "Adebayo", "Kemi", ("MD", "Doctor of Medicine"), "Advanced Heart Failure Cardiology"),
                 ("np", "Lindgren", "Sara", ("NP", "Nurse practitioner"), "Heart Failure")])
    hf, np_ = b["hf"], b["np"]
    hfr = c.condition(cc(icd10cm("I50.22", "Chronic systolic (congestive) heart failure"),
                         sct("703272007", "Heart failure with reduced ejection fraction")), "2021-03-09", recorder=hf)
    af = c.condition(cc(icd10cm("I48.21", "Permanent atrial fibrillation")), "2022-08-15", recorder=hf)
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2012-01-01", recorder=hf)
    c.condition(cc(icd10cm("N18.31", "Chronic kidney disease, stage 3a")), "2023-05-01", recorder=hf)
    med(c, None, None, "sacubitril 49 mg / valsartan 51 mg tablet", "2025-09-02", hf, "1 tablet by mouth twice daily",
        [hfr])
    med(c, "6918", "metoprolol", "metoprolol succinate ER 100 mg tablet", "2025-09-02", hf, "100 mg daily", [hfr])
    med(c, "1488564", "dapagliflozin", "dapagliflozin 10 mg tablet", "2025-09-02", hf, "10 mg daily", [hfr])
    med(c, "9997", "spironolactone", "spironolactone 25 mg tablet", "2025-09-02", hf, "25 mg daily", [hfr])
    med(c, "1364430", "apixaban", "apixaban 5 mg tablet", "2022-08-15", hf, "5 mg twice daily", [af])
    e0 = c.encounter("2026-03-10", who=np_, provider=b["clinic"], type_cc=cc(text="HF clinic follow-up"))
    c.lab("hgb", 13.9, "2026-03-10", e0)
    c.lab("mcv", 89, "2026-03-10", e0)
    c.lab("ntprobnp", 910, "2026-03-10", e0)
    nyha(c, "2026-03-10", "II", e0, np_)
    e1 = c.encounter("2026-07-14", who=hf, provider=b["clinic"], type_cc=cc(text="HF clinic follow-up"),
                     reason=cc(text="Increased fatigue"))
    c.vitals("2026-07-14", e1, bp=(112, 70), hr=78, wt=88.1)
    labs = [c.lab(k, v, "2026-07-14", e1) for k, v in (("hgb", 10.3), ("mcv", 74), ("ferritin", 11), ("tsat", 7),
                                                      ("plt", 310), ("creat", 1.4), ("egfr", 54), ("k", 4.6),
                                                      ("ntprobnp", 980))]
    c.report(cc(text="HF clinic labs"), "2026-07-14", "LAB", results=labs, enc=e1)
    nyha(c, "2026-07-14", "II", e1, hf)
    c.note("2026-07-14", ntype("progress"), "HF clinic progress note", """
LAKESHORE HEART FAILURE CLINIC - PROGRESS NOTE      07/14/2026
Subjective: more tired over 2 months, less energy on walks. No melena reported, no hematuria.
Objective: BP 112/70, HR 78 (AF, rate controlled). Weight 88.1 kg, euvolemic.
Labs: Hgb 10.3 (13.9 in March), MCV 74, ferritin 11, TSAT 7%. NT-proBNP 980 (stable).
Assessment: 1. HFrEF, NYHA II, on quadruple GDMT. 2. Permanent AF on apixaban.
3. New microcytic anemia with iron deficiency - likely multifactorial (anticoagulation, CKD).
Plan: IV ferric carboxymaltose per HF iron guidance (AFFIRM/IRONMAN). Continue GDMT and apixaban.
Recheck CBC/iron in 3-4 months. RTC 4 months.""", hf, enc=e1)
    c.medadmin(cc(text="ferric carboxymaltose 750 mg IV"), "2026-08-05", (750, "mg", "mg"),
               route=cc(sct("47625008", "Intravenous route")), performer=np_,
               note="Iron repletion for iron deficiency in HFrEF. Tolerated well.", time="13:30", end_time="13:50")
    e2 = c.encounter("2026-11-10", who=np_, provider=b["clinic"], type_cc=cc(text="HF clinic follow-up"))
    for k, v in (("hgb", 10.9), ("mcv", 77), ("ferritin", 96), ("tsat", 16)):
        c.lab(k, v, "2026-11-10", e2)
    c.vitals("2026-11-10", e2, bp=(110, 68), hr=80, wt=87.4)
    c.medadmin(cc(text="ferric carboxymaltose 500 mg IV"), "2026-11-10", (500, "mg", "mg"),
               route=cc(sct("47625008", "Intravenous route")), performer=np_, enc=e2, time="14:10", end_time="14:30")
    c.note("2026-11-10", ntype("progress"), "HF clinic progress note (NP)", """
LAKESHORE HEART FAILURE CLINIC - NP FOLLOW-UP      11/10/2026
Feels a little better after iron in August, still tires easily. Weight stable.
Hgb 10.9, ferritin 96, TSAT 16%. Second dose IV FCM 500 mg today.
HFrEF stable NYHA II. Continue current regimen. RTC 3 months with labs.""", np_, enc=e2)


def hf_dsm_pos(c):
    b = hf_base(c, "Sorensen", "Linda", "female", "1968-10-02", "Muskegon", "commercial",
                [("card", "Whitfield", "James", ("MD", "Doctor of Medicine"), "Cardiology"),
                 ("pcp", "Honda", "Mei", ("MD", "Doctor of Medicine"), "Internal Medicine")])
    card = b["card"]
    hfpef = c.condition(cc(icd10cm("I50.32", "Chronic diastolic (congestive) heart failure"),
                           sct("446221000", "Heart failure with normal ejection fraction"),
                           text="Heart failure with preserved ejection fraction (HFpEF)"),
                        "2026-02-18", recorder=b["pcp"], asserter=b["pcp"],
                        note="Diagnosed by PCP 02/2026 for exertional dyspnea; referred to HF clinic.")
    c.condition(cc(icd10cm("I73.00", "Raynaud's syndrome without gangrene")), "2024-01-10", recorder=b["pcp"])
    c.condition(cc(icd10cm("K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2023-06-01",
                recorder=b["pcp"], note="Intermittent solid-food dysphagia since 2025.")
    med(c, "4603", "furosemide", "furosemide 40 mg tablet", "2026-02-18", b["pcp"], "40 mg by mouth daily", [hfpef])
    med(c, "7646", "omeprazole", "omeprazole 20 mg capsule", "2023-06-01", b["pcp"], "20 mg daily before breakfast")
    e1 = c.encounter("2026-06-09", who=card, provider=b["clinic"], type_cc=cc(text="New patient - HF clinic"),
                     reason=cc(text="HFpEF referral: dyspnea on exertion"))
    c.vitals("2026-06-09", e1, bp=(118, 72), hr=92, spo2=96, wt=63.2, bmi=23.8)
    c.lab("ntprobnp", 110, "2026-06-09", e1)
    nyha(c, "2026-06-09", "III", e1, card)
    echo(c, "2026-06-23", 63,
         [("IVSD", "Interventricular septum thickness, diastole", 0.9, "cm", "cm", 0.6, 1.0),
          ("EE-AVG", "Mitral E/e' ratio, average", 7, "{ratio}", "{ratio}", None, 14),
          ("LAVI", "Left atrial volume index", 24, "mL/m2", "mL/m2", None, 34),
          ("RVSP", "Right ventricular systolic pressure", 52, "mm[Hg]", "mm[Hg]", None, 35),
          ("TAPSE", "Tricuspid annular plane systolic excursion", 17, "mm", "mm", 17, None)],
         "Normal LV size and systolic function (LVEF 63%). No LVH. Normal diastolic function (E/e' 7, LAVI 24). "
         "Mildly dilated RV with borderline function. Estimated RVSP 52 mmHg. No significant valve disease.",
         who=card)
    e2 = c.encounter("2026-10-20", who=card, provider=b["clinic"], type_cc=cc(text="HF clinic follow-up"),
                     reason=cc(text="Dyspnea unchanged"), diagnoses=[hfpef])
    c.vitals("2026-10-20", e2, bp=(114, 70), hr=96, spo2=95, wt=62.0)
    bnp2 = c.lab("ntprobnp", 118, "2026-10-20", e2)
    nyha(c, "2026-10-20", "III", e2, card)
    six = c.obs(cc(coding(MEAS, "6MWD", "Six-minute walk distance")), "2026-10-20",
                value=310, unit="m", ucum="m", category="exam", enc=e2,
                note="SpO2 97% at rest, nadir 87% at 4 minutes.")
    desat = c.obs(cc(coding(MEAS, "SPO2-NADIR-6MW", "SpO2 nadir during 6-minute walk")), "2026-10-20", value=87,
                  unit="%", ucum="%", low=90, category="exam", enc=e2)
    c.impression("2026-10-20", card, "HFpEF, NYHA III. Dyspnea unchanged despite 8 months of loop diuretic. "
                                     "Euvolemic on exam. Add SGLT2 inhibitor per HFpEF guidance; continue furosemide.",
                 problems=[hfpef], findings=[bnp2, six, desat], enc=e2,
                 description="HF clinic assessment")
    med(c, "1545653", "empagliflozin", "empagliflozin 10 mg tablet", "2026-10-20", card, "10 mg daily", [hfpef])
    c.note("2026-10-20", ntype("progress"), "HF clinic progress note", """
LAKESHORE HEART FAILURE CLINIC - PROGRESS NOTE      10/20/2026
58 yo woman with HFpEF (dx by PCP 02/2026) referred for management.
S: dyspnea with 1 flight of stairs, unchanged since spring despite furosemide. Cold, white fingers in
winter (known Raynaud's). Occasional solid-food dysphagia. No orthopnea, no edema.
O: BP 114/70, HR 96, SpO2 95% RA. JVP not raised. Lungs: fine bibasilar crackles. No edema.
NT-proBNP 118 (110 in June). 6MWD 310 m, SpO2 nadir 87%.
Echo 06/23: LVEF 63%, normal diastolic indices, RVSP 52 mmHg, mildly dilated RV.
A/P: HFpEF, NYHA III. Start empagliflozin 10 mg. Continue furosemide 40 mg. RTC 3 months.""", card, enc=e2)


def hf_mpp_pos(c):
    b = hf_base(c, "Brandvold", "Eugene", "male", "1945-12-11", "Spring Lake", "medicare",
                [("sh", "Castellano", "Marco", ("MD", "Doctor of Medicine"), "Interventional / Structural Cardiology"),
                 ("cts", "Obuya", "Helen", ("MD", "Doctor of Medicine"), "Cardiothoracic Surgery")])
    sh = b["sh"]
    ast = c.condition(cc(icd10cm("I35.0", "Nonrheumatic aortic (valve) stenosis"), sct("60573004", "Aortic valve stenosis"),
                         text="Severe calcific aortic stenosis"), "2023-04-11", recorder=sh,
                      severity=cc(sct("24484000", "Severe")))
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2001-01-01", recorder=sh)
    c.condition(cc(icd10cm("E11.9", "Type 2 diabetes mellitus without complications")), "2012-01-01", recorder=sh)
    c.condition(cc(icd10cm("N18.31", "Chronic kidney disease, stage 3a")), "2022-01-01", recorder=sh)
    med(c, "17767", "amlodipine", "amlodipine 5 mg tablet", "2025-01-10", sh, "5 mg daily")
    med(c, "6809", "metformin", "metformin 500 mg tablet", "2025-01-10", sh, "500 mg twice daily")
    med(c, "83367", "atorvastatin", "atorvastatin 40 mg tablet", "2025-01-10", sh, "40 mg daily")
    e1 = c.encounter("2026-08-18", who=sh, provider=b["clinic"], type_cc=cc(text="Valve clinic"),
                     reason=cc(text="Exertional dyspnea, presyncope"))
    c.vitals("2026-08-18", e1, bp=(142, 70), hr=66, wt=81.0)
    for k, v in (("hgb", 12.9), ("creat", 1.3), ("egfr", 54), ("a1c", 6.8)):
        c.lab(k, v, "2026-08-18", e1)
    nyha(c, "2026-08-18", "III", e1, sh)
    tte = echo(c, "2026-08-18", 55,
               [("AV-VMAX", "Aortic valve peak velocity", 4.4, "m/s", "m/s", None, 2.5),
                ("AV-MG", "Aortic valve mean gradient", 46, "mm[Hg]", "mm[Hg]", None, 20),
                ("AVA", "Aortic valve area (continuity)", 0.7, "cm2", "cm2", 1.5, None)],
               "Severe calcific aortic stenosis (Vmax 4.4 m/s, mean gradient 46 mmHg, AVA 0.7 cm2). LVEF 55%. "
               "Mild concentric LVH.", enc=e1, who=sh)
    c.proc(cc(cpt("93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart "
                           "catheterization"), text="Coronary angiography"), "completed", "2026-10-02",
           performer=sh, reason_ref=[ast], note="Mild nonobstructive CAD. No PCI needed before TAVR.")
    cta = c.obs(cc(coding(MEAS + "-ct", "ANNULUS-PERIM", "Aortic annulus perimeter (CTA)")), "2026-10-14",
                value=78, unit="mm", ucum="mm", category="imaging",
                note="Iliofemoral access adequate bilaterally (minimal diameter 7.1 mm right).")
    c.report(cc(coding(MEAS + "-ct", "TAVR-CTA", "CT angiography heart, aorta and iliofemoral arteries for TAVR planning")),
             "2026-10-14", "CT", results=[cta], conclusion="Annulus suitable for 29 mm balloon-expandable valve; "
                                                          "transfemoral access feasible.")
    kccq(c, "2026-10-28", 52.1)
    e2 = c.encounter("2026-10-28", who=sh, provider=b["clinic"], type_cc=cc(text="Multidisciplinary heart team"),
                     reason=cc(text="Severe AS - treatment decision"))
    c.note("2026-10-28", ntype("consult"), "Heart team conference note", """
LAKESHORE STRUCTURAL HEART TEAM - CONFERENCE NOTE      10/28/2026
Patient: 80 yo man, severe symptomatic calcific AS (NYHA III, presyncope).
Data: TTE 08/18 Vmax 4.4 m/s, MG 46 mmHg, AVA 0.7 cm2, LVEF 55%. Cath 10/02: nonobstructive CAD.
CTA 10/14: transfemoral access suitable. STS PROM 4.8%, 5-m gait speed slow, KCCQ-12 52.
Recommendation (Dr. Castellano, Dr. Obuya): transfemoral TAVR with balloon-expandable valve.
Patient and daughter agree. Target date 01/14/2027. Pre-procedure dental clearance obtained.""", sh, enc=e2)
    sr = c.sreq(cc(cpt("33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; "
                                "percutaneous femoral artery approach"), text="Transfemoral TAVR"),
                "active", "order", "2026-10-28", sh, occurrence="2027-01-14", performer=[sh, b["cts"]],
                reason_ref=[ast], enc=e2, supporting=[tte], category=cc(sct("387713003", "Surgical procedure")))
    c.appointment("2027-01-14", "2027-01-14", "TAVR - hybrid cath lab", [sh, b["cts"]], based_on=[sr],
                  reason_ref=[ast], start_time="07:30", end_time="11:30")
    c.appointment("2027-01-07", "2027-01-07", "Pre-TAVR labs and anesthesia evaluation", [sh], based_on=[sr],
                  start_time="09:00", end_time="10:30")


def hf_up_pos(c):
    b = hf_base(c, "Pruitt", "Walter", "male", "1947-05-03", "Grand Haven", "medicare",
                [("ahf", "Adebayo", "Kemi", ("MD", "Doctor of Medicine"), "Advanced Heart Failure Cardiology"),
                 ("pal", "Ostrowski", "Anne", ("MD", "Doctor of Medicine"), "Hospice and Palliative Medicine")])
    ahf, pal = b["ahf"], b["pal"]
    hf = c.condition(cc(icd10cm("I50.84", "End stage heart failure"), text="Stage D HFrEF, LVEF 18%"), "2026-06-20",
                     recorder=ahf)
    c.condition(cc(icd10cm("I25.5", "Ischemic cardiomyopathy")), "2014-09-01", recorder=ahf)
    c.condition(cc(icd10cm("I48.21", "Permanent atrial fibrillation")), "2020-02-01", recorder=ahf)
    c.condition(cc(icd10cm("N18.4", "Chronic kidney disease, stage 4 (severe)")), "2025-11-01", recorder=ahf)
    c.device(cc(sct("72506001", "Implantable defibrillator"), text="Dual-chamber ICD"), "Medtronic",
             "DDMB2D1", "Dual-chamber implantable cardioverter-defibrillator (2019)")
    med(c, "20352", "carvedilol", "carvedilol 3.125 mg tablet", "2026-09-30", ahf, "3.125 mg twice daily", [hf])
    med(c, "38413", "torsemide", "torsemide 40 mg tablet", "2026-09-30", ahf, "40 mg twice daily", [hf])
    med(c, "1364430", "apixaban", "apixaban 2.5 mg tablet", "2026-09-30", ahf, "2.5 mg twice daily")
    for s, e_ in (("2026-06-14", "2026-06-21"), ("2026-09-22", "2026-09-30")):
        c.encounter(s, cls="IMP", end=e_, who=ahf, provider=b["parent"], type_cc=cc(text="Cardiology admission"),
                    reason=cc(text="Acute decompensated heart failure"), admit=("emd", "From accident/emergency "
                                                                                       "department"),
                    discharge=("home", "Home"), diagnoses=[hf])
    e1 = c.encounter("2026-10-07", who=ahf, provider=b["clinic"], type_cc=cc(text="Advanced HF evaluation"),
                     reason=cc(text="Candidacy for advanced therapies"))
    c.vitals("2026-10-07", e1, bp=(88, 56), hr=74, wt=70.2)
    nyha(c, "2026-10-07", "IV", e1, ahf)
    c.lab("ntprobnp", 14200, "2026-10-07", e1)
    c.lab("egfr", 24, "2026-10-07", e1)
    c.lab("na", 129, "2026-10-07", e1)
    echo(c, "2026-09-25", 18, [("RVFAC", "Right ventricular fractional area change", 22, "%", "%", 35, None)],
         "Severely dilated LV, LVEF 18%. Severe RV dysfunction. Moderate-severe functional MR.", who=ahf)
    c.note("2026-10-07", ntype("consult"), "Advanced heart failure evaluation", """
LAKESHORE ADVANCED HEART FAILURE PROGRAM - EVALUATION      10/07/2026
79 yo man, ischemic CM, stage D HFrEF (LVEF 18%), 2 admissions in 4 months, NYHA IV.
GDMT limited by hypotension (SBP 80s) and CKD 4 (eGFR 24); ARNI/MRA/SGLT2i stopped.
Candidacy: not a transplant candidate (age, CKD 4). Not an LVAD candidate (severe RV dysfunction,
frailty, CKD 4). Not a candidate for transcatheter mitral repair (LV too dilated).
Conclusion: no advanced heart failure therapies are available to him. Discussed openly with patient and
wife. Recommend palliative care consultation; discuss ICD shock deactivation and hospice.""", ahf, enc=e1)
    e2 = c.encounter("2026-10-21", who=pal, provider=b["clinic"], type_cc=cc(text="Palliative care consult"),
                     reason=cc(text="Stage D heart failure, goals of care"))
    c.careplan("Palliative heart failure care plan", "active", "plan",
               [cc(sct("103735009", "Palliative care"), text="Palliative care")], "2026-10-21", pal, addresses=[hf],
               description="Comfort-focused care: symptom relief, diuretic titration at home, no further "
                           "hospitalisation for IV inotropes; ICD tachy-therapies to be deactivated; hospice "
                           "enrollment when patient is ready.",
               activities=[(cc(text="Home diuretic titration by HF nurse"), "in-progress", None),
                           (cc(text="ICD shock therapy deactivation"), "scheduled", "Device clinic 12/03/2026"),
                           (cc(sct("385763009", "Hospice care")), "not-started", "When patient and wife are ready")],
               note="POLST completed: DNR, limited interventions.")
    c.note("2026-10-21", ntype("consult"), "Palliative care consult", """
PALLIATIVE CARE CONSULT - 10/21/2026
Reason: stage D HFrEF without advanced therapy options (see AHF evaluation 10/07).
Symptoms: dyspnea at rest (ESAS 7/10), fatigue, poor appetite, anxiety about shocks.
Goals: stay at home, avoid ICU. POLST: DNR, limited interventions. Agrees to ICD shock deactivation.
Plan: palliative care plan created; low-dose opioid for dyspnea discussed; hospice information given.""",
           pal, enc=e2)


def hf_up_nm(c):
    b = hf_base(c, "Ameling", "Dorothy", "female", "1941-07-19", "Zeeland", "medicare",
                [("card", "Whitfield", "James", ("MD", "Doctor of Medicine"), "Cardiology"),
                 ("sh", "Castellano", "Marco", ("MD", "Doctor of Medicine"), "Interventional / Structural Cardiology")])
    card, sh = b["card"], b["sh"]
    mr = c.condition(cc(icd10cm("I34.0", "Nonrheumatic mitral (valve) insufficiency"),
                        text="Severe primary mitral regurgitation (flail P2) - status post TEER 06/2026"),
                     "2025-12-02", recorder=card)
    c.condition(cc(icd10cm("I48.0", "Paroxysmal atrial fibrillation")), "2021-01-01", recorder=card)
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "1998-01-01", recorder=card)
    c.condition(cc(icd10cm("M81.0", "Age-related osteoporosis without current pathological fracture")), "2015-01-01",
                recorder=card)
    med(c, "1364430", "apixaban", "apixaban 2.5 mg tablet", "2025-12-02", card, "2.5 mg twice daily")
    med(c, "4603", "furosemide", "furosemide 20 mg tablet", "2026-07-01", card, "20 mg daily")
    e1 = c.encounter("2026-02-17", who=card, provider=b["clinic"], type_cc=cc(text="Cardiology clinic"),
                     reason=cc(text="Severe MR, surgical consult result"))
    nyha(c, "2026-02-17", "III", e1, card)
    kccq(c, "2026-02-17", 44.8, e1)
    c.lab("ntprobnp", 2850, "2026-02-17", e1)
    c.lab("hgb", 11.9, "2026-02-17", e1)
    c.lab("creat", 1.0, "2026-02-17", e1)
    c.note("2026-02-17", ntype("progress"), "Cardiology progress note", """
LAKESHORE CARDIOLOGY - PROGRESS NOTE      02/17/2026
84 yo woman, severe primary MR (flail P2), NYHA III. Cardiac surgery consult 02/10: STS PROM 11%, frail -
declined for mitral surgery. Not a surgical candidate; no options for valve repair at present.
Plan: symptom-focused management with diuretics, comfort-focused plan of care started.
Referred to structural heart team for review of transcatheter anatomy.""", card, enc=e1)
    c.careplan("Comfort-focused heart failure plan", "revoked", "plan",
               [cc(sct("103735009", "Palliative care"), text="Palliative care")], "2026-02-17", card, addresses=[mr],
               end="2026-05-12",
               description="Symptom-focused care for inoperable severe MR.",
               note="Revoked 05/12/2026: structural heart team found anatomy suitable for TEER; plan superseded.")
    e2 = c.encounter("2026-04-28", who=sh, provider=b["clinic"], type_cc=cc(text="Structural heart clinic"),
                     reason=cc(text="TEER evaluation"))
    c.note("2026-04-28", ntype("consult"), "Structural heart consult", """
STRUCTURAL HEART CONSULT - 04/28/2026
TEE 04/21: flail P2 segment, flail gap 6 mm, width 8 mm, MVA 4.8 cm2, mean gradient 2 mmHg.
Anatomy favorable for transcatheter edge-to-edge repair. Patient wishes to proceed. Scheduled 06/18/2026.""",
           sh, enc=e2)
    teer = c.proc(cc(cpt("33418", "Transcatheter mitral valve repair, percutaneous approach including transseptal "
                                  "puncture when performed; initial prosthesis"), text="Mitral TEER, 2 clips"),
                  "completed", "2026-06-18", performer=sh, reason_ref=[mr],
                  outcome=cc(sct("385669000", "Successful")), note="MR reduced from 4+ to 1+, mean gradient 3 mmHg.")
    e3 = c.encounter("2026-09-15", who=card, provider=b["clinic"], type_cc=cc(text="Cardiology clinic"),
                     reason=cc(text="3 months after TEER"))
    nyha(c, "2026-09-15", "II", e3, card)
    kccq(c, "2026-09-15", 71.4, e3)
    c.lab("ntprobnp", 640, "2026-09-15", e3)
    echo(c, "2026-09-15", 60, [("MR-GRADE", "Mitral regurgitation severity grade", 1, "{grade}", "{grade}", None, 1),
                               ("MV-MG", "Mitral valve mean gradient", 3, "mm[Hg]", "mm[Hg]", None, 5)],
         "Two mitral clips in stable position. Mild residual MR. Mean gradient 3 mmHg. LVEF 60%.", enc=e3, who=card)
    e4 = c.encounter("2026-11-17", who=card, provider=b["clinic"], type_cc=cc(text="Cardiology clinic"))
    c.vitals("2026-11-17", e4, bp=(128, 70), hr=68, wt=58.4)
    nyha(c, "2026-11-17", "II", e4, card)
    c.note("2026-11-17", ntype("progress"), "Cardiology progress note", """
LAKESHORE CARDIOLOGY - PROGRESS NOTE      11/17/2026
5 months after mitral TEER. Walking to church and shops again. NYHA II. No HF admissions since repair.
Echo 09/15: mild residual MR. Plan: continue apixaban, low-dose furosemide. Annual echo. RTC 6 months.""",
           card, enc=e4, related=[teer])


def hf_hit_pos(c):
    b = hf_base(c, "Okafor-Reyes", "Patricia", "female", "1965-03-30", "Grand Haven", "commercial",
                [("ep", "Nguyen", "Thomas", ("MD", "Doctor of Medicine"), "Cardiac Electrophysiology"),
                 ("hf", "Adebayo", "Kemi", ("MD", "Doctor of Medicine"), "Advanced Heart Failure Cardiology")])
    ep, hfdoc = b["ep"], b["hf"]
    dcm = c.condition(cc(icd10cm("I42.0", "Dilated cardiomyopathy")), "2024-05-20", recorder=hfdoc)
    hf = c.condition(cc(icd10cm("I50.22", "Chronic systolic (congestive) heart failure")), "2024-05-20", recorder=hfdoc)
    c.condition(cc(icd10cm("I44.7", "Left bundle-branch block, unspecified")), "2024-05-20", recorder=hfdoc)
    for rxc, name, text_, dose in (("6918", "metoprolol", "metoprolol succinate ER 50 mg", "50 mg daily"),
                                   ("1488564", "dapagliflozin", "dapagliflozin 10 mg", "10 mg daily"),
                                   ("9997", "spironolactone", "spironolactone 25 mg", "25 mg daily"),
                                   (None, None, "sacubitril 97 mg / valsartan 103 mg", "1 tablet twice daily")):
        med(c, rxc, name, text_, "2025-02-01", hfdoc, dose, [hf])
    echo(c, "2026-07-09", 28, [("LVEDD", "Left ventricular end-diastolic diameter", 6.4, "cm", "cm", 3.9, 5.3)],
         "Dilated LV with severe global hypokinesis, LVEF 28% despite > 12 months of optimal therapy.", who=hfdoc)
    e0 = c.encounter("2026-08-12", who=ep, provider=b["clinic"], type_cc=cc(text="EP clinic"),
                     reason=cc(text="CRT-D evaluation"))
    q0 = c.qresp("https://fhir.lakeshore-heart.example/Questionnaire/kccq-12|1.0", "2026-08-12", c.patient_ref, [
        ("pl", "Physical limitation score", 62.5), ("sf", "Symptom frequency score", 72.9),
        ("ql", "Quality of life score", 62.5), ("sl", "Social limitation score", 83.3),
        ("oss", "KCCQ-12 Overall Summary Score", 70.3)], source=c.patient_ref, enc=e0)
    kccq(c, "2026-08-12", 70.3, e0, derived=[q0])
    nyha(c, "2026-08-12", "II", e0, ep)
    proc = c.proc(cc(cpt("33249", "Insertion or replacement of permanent implantable defibrillator system, with "
                                  "transvenous lead(s), single or dual chamber"),
                     text="CRT-D implantation (biventricular ICD with LV lead, CPT 33249 + 33225)"),
                  "completed", "2026-08-26", performer=ep, reason_ref=[dcm, hf])
    c.device(cc(coding(HF + "devices", "CRT-D", "Cardiac resynchronization therapy defibrillator"),
                text="CRT-D"), "Boston Scientific", "G448", "Biventricular implantable cardioverter-defibrillator")
    ed = c.encounter("2026-09-19", cls="EMER", who=ep, provider=b["parent"], type_cc=cc(text="Emergency visit"),
                     reason=cc(text="ICD shock"), discharge=("home", "Home"), time="21:40", end_time="23:55")
    c.note("2026-09-19", ntype("procedure"), "Device interrogation - ED", """
DEVICE INTERROGATION - 09/19/2026 (ED)
One 41 J shock delivered at 19:02 while carrying groceries: inappropriate, due to T-wave oversensing
(sinus rhythm 102/min). Sensing reprogrammed. Patient very shaken.""", ep, enc=ed)
    e2 = c.encounter("2026-11-18", who=hfdoc, provider=b["clinic"], type_cc=cc(text="HF clinic follow-up"))
    q1 = c.qresp("https://fhir.lakeshore-heart.example/Questionnaire/kccq-12|1.0", "2026-11-18", c.patient_ref, [
        ("pl", "Physical limitation score", 41.7), ("sf", "Symptom frequency score", 58.3),
        ("ql", "Quality of life score", 25.0), ("sl", "Social limitation score", 58.3),
        ("oss", "KCCQ-12 Overall Summary Score", 45.8)], source=c.patient_ref, enc=e2)
    kccq(c, "2026-11-18", 45.8, e2, derived=[q1])
    c.vitals("2026-11-18", e2, bp=(108, 66), hr=70, wt=71.3)
    for k, v in (("creat", 0.9), ("k", 4.5), ("na", 138), ("ntprobnp", 690)):
        c.lab(k, v, "2026-11-18", e2)
    nyha(c, "2026-11-18", "II", e2, hfdoc)
    c.obs(cc(loinc("10230-1", "Left ventricular Ejection fraction")), "2026-11-18", value=34, unit="%", ucum="%",
          low=52, category="imaging", enc=e2)
    c.note("2026-11-18", ntype("progress"), "HF clinic progress note", """
LAKESHORE HEART FAILURE CLINIC - PROGRESS NOTE      11/18/2026
12 weeks after CRT-D (08/26). One inappropriate shock 09/19 (T-wave oversensing, reprogrammed).
Since then: 'phantom shocks', poor sleep, stopped driving and stopped her water aerobics, afraid to exert
herself. Missing work. KCCQ-12 summary 45.8 (70.3 before implant). LVEF 34% (28% before).
Plan: device remote monitoring reassurance, cardiac rehab referral, behavioural health referral for
device-related anxiety. Continue GDMT.""", hfdoc, enc=e2, related=[proc])


def hf_hit_nm(c):
    b = hf_base(c, "Tjaden", "Howard", "male", "1956-09-09", "Holland", "medicare",
                [("hf", "Lindgren", "Sara", ("NP", "Nurse practitioner"), "Heart Failure"),
                 ("card", "Whitfield", "James", ("MD", "Doctor of Medicine"), "Cardiology")])
    np_, card = b["hf"], b["card"]
    hf = c.condition(cc(icd10cm("I50.22", "Chronic systolic (congestive) heart failure")), "2025-12-03", recorder=card)
    c.condition(cc(icd10cm("I25.10", "Atherosclerotic heart disease of native coronary artery without angina "
                                     "pectoris")), "2019-04-01", recorder=card)
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2008-01-01", recorder=card)
    c.condition(cc(icd10cm("E78.5", "Hyperlipidemia, unspecified")), "2010-01-01", recorder=card)
    med(c, "29046", "lisinopril", "lisinopril 20 mg tablet", "2025-12-03", card, "20 mg daily", [hf],
        status="stopped")
    med(c, None, None, "sacubitril 24 mg / valsartan 26 mg tablet", "2026-08-05", card, "1 tablet twice daily", [hf])
    med(c, "6918", "metoprolol", "metoprolol succinate ER 100 mg", "2025-12-03", card, "100 mg daily", [hf])
    med(c, "9997", "spironolactone", "spironolactone 25 mg", "2026-01-15", card, "25 mg daily", [hf])
    med(c, "1545653", "empagliflozin", "empagliflozin 10 mg", "2026-03-02", card, "10 mg daily", [hf])
    med(c, "83367", "atorvastatin", "atorvastatin 80 mg", "2019-04-01", card, "80 mg daily")
    e1 = c.encounter("2026-08-05", who=card, provider=b["clinic"], type_cc=cc(text="HF clinic follow-up"),
                     reason=cc(text="Switch ACE inhibitor to ARNI"))
    c.vitals("2026-08-05", e1, bp=(128, 76), hr=64, wt=92.3)
    kccq(c, "2026-08-05", 64.6, e1)
    c.lab("ntprobnp", 1850, "2026-08-05", e1)
    nyha(c, "2026-08-05", "II", e1, card)
    e2 = c.encounter("2026-11-12", who=np_, provider=b["clinic"], type_cc=cc(text="HF clinic follow-up"))
    c.vitals("2026-11-12", e2, bp=(104, 66), hr=62, wt=91.0)
    kccq(c, "2026-11-12", 61.5, e2)
    c.lab("ntprobnp", 1120, "2026-11-12", e2)
    c.lab("k", 4.9, "2026-11-12", e2)
    c.lab("creat", 1.2, "2026-11-12", e2)
    nyha(c, "2026-11-12", "II", e2, np_)
    c.note("2026-11-12", ntype("progress"), "HF clinic progress note (NP)", """
LAKESHORE HEART FAILURE CLINIC - NP FOLLOW-UP      11/12/2026
14 weeks after switch from lisinopril to sacubitril/valsartan 24/26 mg.
Mild light-headedness on standing in the mornings, no falls. Walking 30 min most days.
BP 104/66. NT-proBNP 1120 (1850 in August). K 4.9, Cr 1.2. KCCQ-12 61.5 (64.6).
Plan: no uptitration for now because of BP; take metoprolol in the evening. Recheck in 6 weeks.""", np_, enc=e2)


def hf_prc_pos(c):
    b = hf_base(c, "Hanson", "Gloria", "female", "1960-12-14", "Muskegon", "commercial",
                [("card", "Whitfield", "James", ("MD", "Doctor of Medicine"), "Cardiology")])
    card = b["card"]
    hf = c.condition(cc(icd10cm("I50.22", "Chronic systolic (congestive) heart failure"),
                        text="Heart failure with mildly reduced ejection fraction (LVEF 45%)"), "2025-06-10",
                     recorder=card)
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2011-01-01", recorder=card)
    dm = c.condition(cc(icd10cm("E11.9", "Type 2 diabetes mellitus without complications")), "2016-01-01",
                     recorder=card)
    med(c, "6918", "metoprolol", "metoprolol succinate ER 50 mg", "2025-06-10", card, "50 mg daily", [hf])
    med(c, "52175", "losartan", "losartan 50 mg tablet", "2025-06-10", card, "50 mg daily", [hf])
    med(c, "1545653", "empagliflozin", "empagliflozin 10 mg", "2025-06-10", card, "10 mg daily", [hf, dm])
    echo(c, "2026-10-22", 45, [], "Mildly reduced LV systolic function, LVEF 45%, unchanged from 06/2025. Grade I "
                                  "diastolic dysfunction.", who=card)
    e1 = c.encounter("2026-11-05", who=card, provider=b["clinic"], type_cc=cc(text="Cardiology follow-up"))
    c.vitals("2026-11-05", e1, bp=(126, 78), hr=70, wt=79.5)
    c.lab("ntprobnp", 340, "2026-11-05", e1)
    c.lab("a1c", 7.0, "2026-11-05", e1)
    nyha(c, "2026-11-05", "II", e1, card)
    c.note("2026-11-05", ntype("progress"), "Cardiology progress note", """
LAKESHORE CARDIOLOGY - PROGRESS NOTE      11/05/2026
HFmrEF (LVEF 45%, unchanged). Reports tiredness and breathlessness on hills; asks whether her heart is getting
worse and whether she should be on more medication. Explained echo is stable and symptoms are mild.
Plan: continue metoprolol, losartan, empagliflozin. RTC 6 months.""", card, enc=e1)
    c.flag(cc(coding(HF + "flags", "PT-REQ-2ND-OPINION", "Patient requests second opinion"),
              text="Patient request via portal: second opinion from another cardiologist on her heart failure "
                   "diagnosis and treatment plan"), "2026-11-09", c.patient_ref,
           category=cc(coding(FLAGCAT, "admin", "Administrative")))


def hf_wdt_nm(c):
    b = hf_base(c, "Ruiter", "Dennis", "male", "1963-01-25", "Muskegon", "commercial",
                [("hf", "Adebayo", "Kemi", ("MD", "Doctor of Medicine"), "Advanced Heart Failure Cardiology"),
                 ("sw", "Kaminski", "Joy", ("MSW", "Master of Social Work"), "Social Work")])
    hfdoc = b["hf"]
    hf = c.condition(cc(icd10cm("I50.22", "Chronic systolic (congestive) heart failure")), "2024-03-11",
                     recorder=hfdoc)
    c.condition(cc(icd10cm("I10", "Essential (primary) hypertension")), "2015-01-01", recorder=hfdoc)
    c.condition(cc(icd10cm("Z91.120", "Patient's intentional underdosing of medication regimen due to financial "
                                      "hardship")), "2026-08-12", recorder=hfdoc)
    old_cov = [r for r in c.resources if r["resourceType"] == "Coverage"][0]
    old_cov["status"] = "cancelled"
    old_cov["period"]["end"] = "2026-05-31"
    medicaid = c.organization("Michigan Medicaid (Healthy Michigan Plan)", type_code="govt",
                              type_display="Government", country="US", key="org")
    c.coverage(medicaid, cc(coding(SOPT, "2", "MEDICAID")), "2026-11-01", member_id="HMP00417733")
    for text_, rxc, name in (("sacubitril 49 mg / valsartan 51 mg", None, None),
                             ("metoprolol succinate ER 100 mg", "6918", "metoprolol"),
                             ("dapagliflozin 10 mg", "1488564", "dapagliflozin"),
                             ("spironolactone 25 mg", "9997", "spironolactone"),
                             ("furosemide 40 mg", "4603", "furosemide")):
        c.medstmt(cc(rx(rxc, name) if rxc else None, text=text_), "stopped", "2024-04-01", "as prescribed",
                  end="2026-06-10", reason_ref=[hf], asserted="2026-08-12", info_source=c.patient_ref,
                  status_reason=cc(text="Could not afford after employer insurance ended 05/31/2026; ran out"))
        c.medreq(cc(rx(rxc, name) if rxc else None, text=text_), "2026-11-20", hfdoc, "resume as before",
                 reason_ref=[hf], course="continuous",
                 note="Restarted 11/20/2026 after Medicaid enrollment; manufacturer assistance for ARNI.")
    for d, bnp, cls in (("2026-04-08", 1100, "II"), ("2026-08-12", 2300, "III"), ("2026-11-20", 3900, "III")):
        e = c.encounter(d, who=hfdoc, provider=b["clinic"], type_cc=cc(text="HF clinic follow-up"))
        c.lab("ntprobnp", bnp, d, e)
        nyha(c, d, cls, e, hfdoc)
        c.vitals(d, e, bp=(124, 78) if d == "2026-04-08" else (152, 94), wt=101.0 if d == "2026-04-08" else 105.6)
        last = e
    c.note("2026-08-12", ntype("progress"), "HF clinic progress note", """
LAKESHORE HEART FAILURE CLINIC - PROGRESS NOTE      08/12/2026
Lost job and employer insurance end of May; ran out of all HF medicines around 06/10 and has not refilled.
More dyspnea, 3-pillow orthopnea, ankle swelling. NT-proBNP 2300 (1100 in April). NYHA III.
Plan: samples of furosemide given; social work referral for insurance/Medicaid application and
manufacturer assistance.""", hfdoc)
    c.note("2026-11-20", ntype("progress"), "HF clinic progress note", """
LAKESHORE HEART FAILURE CLINIC - PROGRESS NOTE      11/20/2026
Medicaid active 11/01. Off all GDMT since 06/10 (one 2-week furosemide sample pack in August only).
NT-proBNP 3900, NYHA III, +4.6 kg. Restarting full regimen today; HF nurse call in 1 week, RTC 2 weeks.""",
           hfdoc, enc=last)


def hf_roc_pos(c):
    b = hf_base(c, "Feenstra", "Arthur", "male", "1944-02-28", "Zeeland", "medicare",
                [("hf", "Adebayo", "Kemi", ("MD", "Doctor of Medicine"), "Advanced Heart Failure Cardiology"),
                 ("nm", "Petrakis", "Elias", ("MD", "Doctor of Medicine"), "Nuclear Cardiology")])
    hfdoc = b["hf"]
    attr = c.condition(cc(icd10cm("E85.82", "Wild-type transthyretin-related (ATTR) amyloidosis"),
                          text="Wild-type transthyretin amyloid cardiomyopathy (ATTRwt-CM)"), "2025-09-16",
                       recorder=hfdoc)
    c.condition(cc(icd10cm("I43", "Cardiomyopathy in diseases classified elsewhere")), "2025-09-16", recorder=hfdoc)
    hf = c.condition(cc(icd10cm("I50.32", "Chronic diastolic (congestive) heart failure")), "2025-09-16",
                     recorder=hfdoc)
    c.condition(cc(icd10cm("I48.0", "Paroxysmal atrial fibrillation")), "2023-02-01", recorder=hfdoc)
    c.condition(cc(icd10cm("G56.03", "Carpal tunnel syndrome, bilateral upper limbs")), "2018-01-01",
                status="inactive", recorder=hfdoc, note="Bilateral carpal tunnel release 2019.")
    pyp = c.obs(cc(coding(MEAS + "-nuc", "PYP-GRADE", "Tc-99m PYP myocardial uptake, Perugini grade")), "2025-08-27",
                value_int=3, category="imaging", note="Heart-to-contralateral lung ratio 1.8 at 1 h; SPECT confirms "
                                                      "myocardial uptake.")
    c.report(cc(text="Tc-99m pyrophosphate cardiac scintigraphy"), "2025-08-27", "NMS", results=[pyp],
             interpreter=b["nm"], conclusion="Grade 3 myocardial uptake, strongly suggestive of ATTR cardiac "
                                             "amyloidosis (with negative light-chain studies).")
    c.obs(cc(coding(MEAS + "-lab", "FLC-RATIO", "Serum free light chain kappa/lambda ratio")), "2025-08-20",
          value=1.3, unit="{ratio}", ucum="{ratio}", low=0.26, high=1.65)
    c.obs(cc(coding(MEAS + "-lab", "IFE", "Serum and urine immunofixation")), "2025-08-20",
          value_str="No monoclonal protein detected", interp="N")
    c.obs(cc(coding(MEAS + "-lab", "TTR-SEQ", "TTR gene sequencing")), "2025-09-10",
          value_str="No pathogenic TTR variant (wild-type)", interp="N")
    c.medreq(cc(text="tafamidis 61 mg capsule"), "2025-10-01", hfdoc, "61 mg by mouth once daily",
             reason_ref=[attr], course="continuous")
    med(c, "38413", "torsemide", "torsemide 20 mg", "2025-10-01", hfdoc, "20 mg daily", [hf])
    med(c, "1364430", "apixaban", "apixaban 5 mg", "2023-02-01", hfdoc, "5 mg twice daily")
    c.lab("ntprobnp", 2100, "2025-09-16")
    e1 = c.encounter("2026-09-22", who=hfdoc, provider=b["clinic"], type_cc=cc(text="Amyloid clinic"),
                     reason=cc(text="ATTR-CM annual review"))
    c.vitals("2026-09-22", e1, bp=(112, 68), hr=72, wt=74.0)
    c.lab("ntprobnp", 2450, "2026-09-22", e1)
    c.lab("egfr", 52, "2026-09-22", e1)
    nyha(c, "2026-09-22", "II", e1, hfdoc)
    echo(c, "2026-09-22", 50, [("IVSD", "Interventricular septum thickness, diastole", 1.7, "cm", "cm", 0.6, 1.0),
                               ("GLS", "LV global longitudinal strain (absolute value)", 11, "%", "%", 18, None)],
         "Concentric LV wall thickening (IVS 17 mm), LVEF 50%, reduced GLS with apical sparing, biatrial "
         "enlargement - consistent with known cardiac amyloidosis; stable vs 2025.", enc=e1, who=hfdoc)
    c.note("2026-09-22", ntype("progress"), "Amyloid clinic progress note", """
LAKESHORE AMYLOID / HEART FAILURE CLINIC      09/22/2026
82 yo man with wild-type ATTR cardiomyopathy (PYP grade 3, light chains negative, TTR sequencing wild-type),
on tafamidis 61 mg since 10/2025. History of bilateral carpal tunnel release (2019).
NYHA II, NT-proBNP 2450 (2100), echo stable. Tolerating tafamidis. Continue. Genetic counselling not needed
for family (wild-type). RTC 6 months.""", hfdoc, enc=e1)


def _case(key, fn, target, kind, expected, why, summary):
    return {"key": key, "org": "hf", "build": fn, "target": target, "kind": kind, "expected": expected,
            "why": why, "summary": summary}


CASES = [
    _case("hf-01", hf_psnw_pos, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
          "New iron-deficiency anaemia (Hb 10.3, MCV 74, ferritin 11) on 2026-07-14 in a 68-year-old man on apixaban: "
          "IV iron only, no GI evaluation, endoscopy or referral in the following 60 days (Murphy red-flag "
          "without follow-up).",
          "HFrEF on apixaban; new iron-deficiency anaemia treated with IV iron, never investigated"),
    _case("hf-02", hf_dsm_pos, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
          "HFpEF label (since 02/2026) for exertional dyspnoea does not fit: NT-proBNP normal twice, normal diastolic "
          "indices, but RVSP 52 mmHg, exertional desaturation to 87%, Raynaud's and dysphagia; dyspnoea persists "
          "and the HFpEF treatment is escalated.",
          "'HFpEF' with normal NT-proBNP and diastolic function, raised RVSP and exertional desaturation"),
    _case("hf-03", hf_mpp_pos, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
          "Transfemoral TAVR (CPT 33361) ordered by the heart team and booked for 2027-01-14 for severe aortic "
          "stenosis; not yet performed.",
          "severe aortic stenosis; TAVR booked for 01/2027"),
    _case("hf-04", hf_up_pos, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
          "Stage D HFrEF judged to have no advanced-therapy options (no transplant, no LVAD) and an active palliative "
          "heart-failure CarePlan; no second opinion on record.",
          "stage D heart failure, not a transplant/LVAD candidate, palliative care plan"),
    _case("hf-05", hf_up_nm, "UNTREATABLE_PROGNOSIS", "near-miss", [],
          "The 02/2026 'inoperable, symptom-focused' plan was revoked once a transcatheter option was found; mitral "
          "TEER was done 2026-06-18 with mild residual MR and NYHA II: no current no-treatment signal.",
          "'no options' for severe MR superseded by successful mitral TEER"),
    _case("hf-06", hf_hit_pos, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
          "KCCQ-12 overall summary fell 70.3 -> 45.8 (>= 5-point MCID) after CRT-D implantation on 2026-08-26 "
          "(inappropriate shock, phantom shocks): patient-reported QoL fall after treatment began. Only two KCCQ "
          "values, so no worsening trend.",
          "CRT-D implanted 08/2026; KCCQ 70->46 after an inappropriate shock"),
    _case("hf-07", hf_hit_nm, "HIGH_IMPACT_TREATMENT", "near-miss", [],
          "After switching to sacubitril/valsartan (not a high-impact treatment) the KCCQ-12 summary dipped only "
          "64.6 -> 61.5, below the 5-point MCID, while NT-proBNP improved.",
          "switch to ARNI; KCCQ down 3 points (below MCID), NT-proBNP improving"),
    _case("hf-08", hf_prc_pos, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
          "Patient-authored Flag (portal, 2026-11-09) asking for a second opinion from another cardiologist on her "
          "heart-failure diagnosis and treatment; none on record.",
          "HFmrEF; patient-authored flag requesting a second opinion"),
    _case("hf-09", hf_wdt_nm, "WORSENING_DESPITE_TREATMENT", "near-miss", [],
          "NT-proBNP 1100 -> 2300 -> 3900 and NYHA II -> III, but all heart-failure therapy was stopped 2026-06-10 "
          "(lost insurance) until 2026-11-20: worsening off treatment, not despite it.",
          "HFrEF worsening after all medicines stopped for lack of insurance"),
    _case("hf-10", hf_roc_pos, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
          "Active wild-type transthyretin amyloid cardiomyopathy (Orphanet rare disease), confirmed by PYP "
          "scintigraphy, negative light chains and TTR sequencing, on tafamidis.",
          "wild-type ATTR amyloid cardiomyopathy on tafamidis"),
]
