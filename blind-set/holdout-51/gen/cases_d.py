"""Cases from the Riverside Vascular Surgery Service (US style): ICD-10-CM, CPT, HCPCS, RxNorm, SNOMED CT, LOINC;
duplex and CTA reports, ankle-brachial indices, claudication and wound clinics, aneurysm surveillance."""
from fhirkit import (CPT, HCPCS, ICD10CM, RXN, SCT, cc, local, loinc, q, scaffold)

PSNW = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"
MPP = "MAJOR_PROCEDURE_PLANNED"
UP = "UNTREATABLE_PROGNOSIS"
HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
WDT = "WORSENING_DESPITE_TREATMENT"
RARE = "RARE_OR_COMPLEX_CONDITION"

OFFICE_EST = cc(CPT, "99214", "Office/outpatient visit, established patient, moderate MDM", text="Vascular clinic visit")
OFFICE_NEW = cc(CPT, "99204", "Office/outpatient visit, new patient, moderate MDM", text="New patient vascular consult")
WOUND = cc("https://fhir.riverside-vascular.example.org/CodeSystem/clinic", "WOUND", "Wound clinic",
           text="Limb preservation / wound clinic")
PROG = cc("http://loinc.org", "11506-3", "Progress note", text="Clinic progress note")
CONSULT = cc("http://loinc.org", "11488-4", "Consult note", text="Consultation note")
OPNOTE = cc("http://loinc.org", "28570-0", "Procedure note", text="Operative note")
DISCH = cc("http://loinc.org", "18842-5", "Discharge summary", text="Discharge summary")

RX = {  # RxNorm ingredient-level concepts
    "aspirin": "1191", "clopidogrel": "32968", "atorvastatin": "83367", "cilostazol": "21107",
    "lisinopril": "29046", "amlodipine": "17767", "metformin": "6809", "rosuvastatin": "301542",
    "losartan": "52175", "tiotropium": "69120", "albuterol": "435", "furosemide": "4603",
    "apixaban": "1364430", "oxycodone": "7804", "acetaminophen": "161", "gabapentin": "25480",
    "insulin glargine": "274783", "empagliflozin": "1545653", "carvedilol": "20352", "rivaroxaban": "1114195",
    "hydrochlorothiazide": "5487", "morphine": "7052",
}


def rx(name, text):
    return cc(RXN, RX[name], name, text=text)


def dx(code, text):
    return cc(ICD10CM, code, text, text=text)


def cpt(code, disp, text=None):
    return cc(CPT, code, disp, text=text or disp)


def lab(c, sfx, code, text, date, value, unit, low=None, high=None, enc=None, interp=None):
    return c.obs(sfx, loinc(code, text), date, q(value, unit), low=low, high=high, enc=enc, interp=interp)


def abi(c, sfx, date, side, value, enc=None):
    code = local(c, f"ABI-{side}", f"Ankle-brachial index, {'right' if side == 'R' else 'left'}")
    interp = "N" if 0.9 <= value <= 1.4 else ("L" if value < 0.9 else "H")
    return c.obs(sfx, code, date, q(value, "1"), category="exam", enc=enc, low=0.9, high=1.4, interp=interp)


# ----------------------------------------------------------------------------------------------------- d01
def d01(c):
    """'Pain in right lower leg' from primary care turns out to be SFA stenosis with claudication; improving."""
    R = scaffold(c, "Walter", "Kowalski", "male", "1959-08-14", 71,
                 [("pcp", "Janet", "Morrison", "MD, Internal Medicine (PCP)"),
                  ("vs", "Michael", "Chen", "MD, Vascular Surgery"),
                  ("pt", "Laura", "Gibbs", "PT, supervised exercise program")], gp="pcp", city="Riverside Falls",
                 payor="medicare", marital=("M", "Married"))
    pain = c.condition("legpain", dx("M79.661", "Pain in right lower leg"), onset="2026-01", recorded="2026-04-02",
                       clinical="resolved", abatement="2026-06-10", recorder=R["pcp"],
                       note="Superseded by I70.211 after vascular work-up 06/10/2026.")
    pad = c.condition("pad", dx("I70.211", "Atherosclerosis of native arteries of extremities with intermittent "
                                           "claudication, right leg"), onset="2026-01", recorded="2026-06-10",
                      recorder=R["vs"], stage=cc(text="Rutherford category 2"))
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2012", recorded="2012-05-01")
    c.condition("hld", dx("E78.5", "Hyperlipidemia, unspecified"), onset="2012", recorded="2012-05-01")
    c.service_request("ref", cc(SCT, "306206005", "Referral to service", text="Referral to vascular surgery"),
                      "2026-04-02", status="completed", requester=R["pcp"], performer=R["vs"], reason_ref=[pain],
                      note="Right calf pain when walking 1-2 blocks, relieved by rest, for 3 months.")
    e1 = c.encounter("e1", "2026-06-10", type_cc=OFFICE_NEW, reason=dx("M79.661", "Pain in right lower leg"),
                     prac=R["vs"], diagnoses=[pad])
    abi(c, "abir1", "2026-06-10", "R", 0.68, e1)
    abi(c, "abil1", "2026-06-10", "L", 0.94, e1)
    c.report("dup", cpt("93925", "Duplex scan of lower extremity arteries, complete bilateral study",
                        "Arterial duplex, bilateral lower extremities"), "2026-06-10", category="VUS", enc=e1,
             conclusion="Right mid superficial femoral artery 70-99% stenosis (PSV 389 cm/s, ratio 4.2) with "
                        "monophasic flow distally. Left leg without hemodynamically significant disease.")
    c.note("n1", "2026-06-10", "Vascular surgery consultation",
           "67M referred by PCP with 'right lower leg pain'. History is classic for calf claudication at 1-2 blocks, "
           "relieved by rest within 2 minutes. Ex-smoker (quit 2024, 35 pack-years). Right popliteal and pedal "
           "pulses diminished. ABI 0.68 right, 0.94 left. Duplex: right mid-SFA high-grade stenosis.\n"
           "Assessment: right lower extremity PAD with lifestyle-limiting claudication (Rutherford 2). The calf pain "
           "is explained by this.\n"
           "Plan: supervised exercise therapy 12 weeks, high-intensity statin, aspirin, BP control. Reassess in "
           "3 months; no intervention at this stage.", author=R["vs"], type_cc=CONSULT, enc=e1)
    c.service_request("set", cpt("93668", "Peripheral arterial disease rehabilitation, per session",
                                 "Supervised exercise therapy for PAD, 36 sessions"), "2026-06-10", status="completed",
                      requester=R["vs"], performer=R["pt"], reason_ref=[pad])
    for sfx, name, text in [("asa", "aspirin", "aspirin 81 MG Oral Tablet, once daily"),
                            ("ator", "atorvastatin", "atorvastatin 80 MG Oral Tablet, once daily"),
                            ("lis", "lisinopril", "lisinopril 20 MG Oral Tablet, once daily")]:
        c.med_request(sfx, rx(name, text), "2026-06-10", requester=R["vs"] if sfx != "lis" else R["pcp"],
                      reason=[pad], dose_text=text)
    mwd = local(c, "MWD-TM", "Maximal walking distance, treadmill (2 mph, 12% grade)")
    c.obs("mwd1", mwd, "2026-06-10", q(150, "m"), category="exam", enc=e1)
    e2 = c.encounter("e2", "2026-09-23", type_cc=OFFICE_EST, reason=dx("I70.211", "PAD with claudication, right leg"),
                     prac=R["vs"], diagnoses=[pad])
    abi(c, "abir2", "2026-09-23", "R", 0.71, e2)
    c.obs("mwd2", mwd, "2026-09-23", q(410, "m"), category="exam", enc=e2)
    lab(c, "ldl", "13457-7", "LDL cholesterol (calc)", "2026-09-16", 64, "mg/dL", None, 70)
    c.note("n2", "2026-09-23", "Vascular clinic progress note",
           "Completed 34 of 36 supervised exercise sessions. Walking distance 150 m -> 410 m on treadmill; now walks "
           "his dog 20 minutes without stopping. ABI right 0.71. LDL 64 on atorvastatin 80.\n"
           "Claudication much improved, no rest pain or tissue loss. Continue home walking program and medical "
           "therapy. Follow up in 6 months with ABI.", author=R["vs"], type_cc=PROG, enc=e2)
    return c


D01 = dict(key="d01", org="VASC", target=DSM, kind="near-miss", expected=[], build=d01,
           summary="Non-specific 'pain in right lower leg' from primary care, resolved once vascular work-up showed "
                   "SFA stenosis (ABI 0.68) with claudication; improving on exercise therapy and statin",
           why="The vague label was replaced by a specific diagnosis that explains the symptom, and the patient is "
               "improving: there is no persisting catch-all label and no unexplained finding.")


# ----------------------------------------------------------------------------------------------------- d02
def d02(c):
    """Infrarenal AAA grown to 5.7 cm: EVAR ordered for January 2027."""
    R = scaffold(c, "Harold", "Jensen", "male", "1953-02-26", 72,
                 [("pcp", "Janet", "Morrison", "MD, Internal Medicine (PCP)"),
                  ("vs", "Sarah", "Whitman", "MD, Vascular Surgery"),
                  ("card", "Anil", "Kapoor", "MD, Cardiology")], gp="pcp", city="Riverside Falls", payor="medicare",
                 marital=("M", "Married"))
    aaa = c.condition("aaa", dx("I71.43", "Infrarenal abdominal aortic aneurysm, without rupture"), onset="2023-04",
                      recorded="2023-04-18", recorder=R["vs"])
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2008", recorded="2010-01-01")
    c.condition("hld", dx("E78.5", "Hyperlipidemia, unspecified"), onset="2008", recorded="2010-01-01")
    dia = local(c, "AAA-DIAM", "Abdominal aortic aneurysm maximal diameter")
    for i, (d, v, kind) in enumerate([("2025-05-13", 4.8, "duplex"), ("2025-11-11", 5.2, "duplex"),
                                      ("2026-09-15", 5.7, "CTA")], 1):
        c.obs(f"diam{i}", dia, d, q(v, "cm"), category="imaging", note=f"Measured on {kind}.", high=5.5 if i == 3 else None,
              interp="H" if v >= 5.5 else None)
    c.report("dup", cpt("93978", "Duplex scan of aorta, IVC, iliac vasculature or bypass grafts; complete study",
                        "Aortoiliac duplex"), "2025-11-11", category="VUS",
             conclusion="Infrarenal AAA 5.2 cm (4.8 cm in May 2025). Growth 0.4 cm in 6 months.")
    cta = c.report("cta", cpt("74174", "CT angiography, abdomen and pelvis, with contrast material(s), including "
                                       "noncontrast images and image postprocessing", "CTA abdomen and pelvis"),
                   "2026-09-15", category="CT",
                   conclusion="Fusiform infrarenal AAA, maximal diameter 5.7 cm. Infrarenal neck 24 mm long, 23 mm "
                              "diameter, angulation < 45 degrees. Common iliac arteries 14 and 15 mm. Anatomy suitable "
                              "for standard EVAR.")
    e1 = c.encounter("e1", "2026-10-01", type_cc=OFFICE_EST, reason=dx("I71.43", "Infrarenal AAA"), prac=R["vs"],
                     diagnoses=[aaa])
    c.note("n1", "2026-10-01", "Vascular surgery clinic note",
           "73M with infrarenal AAA under surveillance since 2023, now 5.7 cm on CTA (5.2 cm 11/2025). Asymptomatic. "
           "Anatomy suitable for EVAR. Options discussed: EVAR vs open repair vs continued surveillance; risks "
           "including endoleak, reintervention, renal injury, limb ischemia. Patient elects EVAR.\n"
           "Plan: elective EVAR (aorto-bi-iliac endograft), cardiology pre-operative evaluation, anesthesia "
           "pre-assessment. Tentative date 01/14/2027.", author=R["vs"], type_cc=PROG, enc=e1)
    c.service_request("evar", cpt("34705", "Endovascular repair of infrarenal aorta and/or iliac artery(ies) by "
                                           "deployment of an aorto-bi-iliac endograft",
                                  "Elective EVAR, aorto-bi-iliac endograft"), "2026-10-01", status="active",
                      intent="order", requester=R["vs"], performer=R["vs"], reason_ref=[aaa], enc=e1,
                      occurrence="2027-01-14", priority="routine",
                      category=cc(SCT, "387713003", "Surgical procedure", text="Elective vascular surgery"))
    c.service_request("clear", cc(SCT, "306206005", "Referral to service", text="Cardiology pre-operative evaluation"),
                      "2026-10-01", status="completed", requester=R["vs"], performer=R["card"], reason_ref=[aaa])
    c.report("se", local(c, "STRESS-ECHO", "Dobutamine stress echocardiogram"), "2026-10-20", category="CUS",
             performer=R["card"], conclusion="No inducible ischemia. LVEF 58%. Acceptable cardiac risk for EVAR.")
    lab(c, "cr", "2160-0", "Creatinine", "2026-10-20", 1.08, "mg/dL", 0.7, 1.3)
    c.obs("egfr", loinc("62238-1", "eGFR (CKD-EPI 2021)"), "2026-10-20", q(71, "mL/min/{1.73_m2}"), low=60)
    lab(c, "hb", "718-7", "Hemoglobin", "2026-10-20", 14.1, "g/dL", 13.5, 17.5)
    c.encounter("e2", "2026-12-29", type_cc=cc(text="Anesthesia pre-operative assessment"), prac=R["vs"])
    for sfx, name, text in [("asa", "aspirin", "aspirin 81 MG Oral Tablet daily"),
                            ("ator", "atorvastatin", "atorvastatin 40 MG Oral Tablet daily"),
                            ("aml", "amlodipine", "amlodipine 5 MG Oral Tablet daily")]:
        c.med_statement(sfx, rx(name, text), "2023-04-18", asserted="2026-10-01", dose_text=text)
    _ = cta
    return c


D02 = dict(key="d02", org="VASC", target=MPP, kind="positive", expected=[MPP], build=d02,
           summary="Infrarenal AAA grown 4.8 → 5.7 cm; elective EVAR (CPT 34705) ordered for 14 Jan 2027 after "
                   "cardiology clearance",
           why="An active ServiceRequest (intent order) for endovascular aneurysm repair, an invasive major vascular "
               "procedure not yet performed.")


# ----------------------------------------------------------------------------------------------------- d03
def d03(c):
    """Reticular veins and telangiectasias: office sclerotherapy scheduled."""
    R = scaffold(c, "Linda", "Morales", "female", "1979-11-05", 73,
                 [("pcp", "David", "Okafor", "MD, Family Medicine (PCP)"),
                  ("vs", "Michael", "Chen", "MD, Vascular Surgery"),
                  ("np", "Rachel", "Simmons", "NP, Vein Center")], gp="pcp", city="Riverside Falls",
                 payor="commercial")
    vv = c.condition("vv", dx("I83.813", "Varicose veins of bilateral lower extremities with pain"),
                     onset="2020", recorded="2026-09-09", recorder=R["vs"], stage=cc(text="CEAP C1 s Ep As Pn"))
    c.condition("tel", dx("I78.1", "Nevus, non-neoplastic"), onset="2018", recorded="2026-09-09",
                note="Telangiectasias both thighs and lateral calves.")
    e1 = c.encounter("e1", "2026-09-09", type_cc=OFFICE_NEW, reason=dx("I83.813", "Varicose veins with pain"),
                     prac=R["vs"], diagnoses=[vv])
    c.report("vdup", cpt("93970", "Duplex scan of extremity veins including responses to compression and other "
                                  "maneuvers; complete bilateral study", "Venous duplex with reflux study, bilateral"),
             "2026-09-09", category="VUS", enc=e1,
             conclusion="No deep or superficial venous thrombosis. No great or small saphenous vein reflux "
                        "(reflux times < 0.5 s). Reticular veins 1-3 mm lateral thighs.")
    c.note("n1", "2026-09-09", "Vein center consultation",
           "47F with aching and heaviness at the end of the day and visible spider and reticular veins both legs. "
           "No swelling, skin changes or ulcers. Duplex: no axial reflux. CEAP C1.\n"
           "Plan: 3 months of 20-30 mmHg compression stockings, then office sclerotherapy (polidocanol 0.5% "
           "liquid / foam) for reticular veins, 1-3 sessions, no anesthesia, walk-in walk-out.", author=R["vs"],
           type_cc=CONSULT, enc=e1)
    c.med_request("stock", cc(HCPCS, "A6530", "Gradient compression stocking, below knee, 18-30 mmHg, each",
                              text="Below-knee compression stockings 20-30 mmHg, 2 pairs"), "2026-09-09",
                  requester=R["vs"], reason=[vv], dose_text="Wear daily from morning to bedtime")
    c.service_request("scl", cpt("36471", "Injection of sclerosant; multiple incompetent veins (other than "
                                          "telangiectasia), same leg", "Sclerotherapy of reticular veins, right leg"),
                      "2026-11-18", status="active", intent="order", requester=R["vs"], performer=R["np"],
                      reason_ref=[vv], occurrence="2026-12-10",
                      note="Office procedure, no anesthesia or sedation, 30 minutes. Left leg to follow in January.")
    e2 = c.encounter("e2", "2026-11-18", type_cc=OFFICE_EST, reason=dx("I83.813", "Varicose veins with pain"),
                     prac=R["np"], diagnoses=[vv])
    c.note("n2", "2026-11-18", "Vein center follow-up",
           "Compression for 10 weeks with partial relief of aching. Wishes to proceed with sclerotherapy. "
           "Consent for office sclerotherapy signed; first session right leg 12/10/2026.", author=R["np"],
           type_cc=PROG, enc=e2)
    c.bp("bp", "2026-11-18", 118, 76, enc=e2)
    c.vital("bmi", "bmi", "2026-11-18", 26.8, enc=e2)
    c.allergy("alg", cc(RXN, "7980", "penicillin G", text="Penicillin"), "2010-01-01",
              note="Hives as a teenager.")
    return c


D03 = dict(key="d03", org="VASC", target=MPP, kind="near-miss", expected=[], build=d03,
           summary="CEAP C1 reticular veins and telangiectasias without axial reflux; office sclerotherapy session "
                   "ordered for 10 Dec 2026",
           why="The planned procedure is a minor office injection without anesthesia, not a major or invasive "
               "operation.")


# ----------------------------------------------------------------------------------------------------- d04
def d04(c):
    """Femoral-popliteal bypass already performed in September; graft patent; only surveillance ahead."""
    R = scaffold(c, "Raymond", "Brooks", "male", "1956-06-30", 74,
                 [("pcp", "Janet", "Morrison", "MD, Internal Medicine (PCP)"),
                  ("vs", "Sarah", "Whitman", "MD, Vascular Surgery"),
                  ("rn", "Kevin", "Doyle", "RN, wound care")], gp="pcp", city="Riverside Falls", payor="medicare",
                 marital=("D", "Divorced"))
    pad = c.condition("pad", dx("I70.221", "Atherosclerosis of native arteries of extremities with rest pain, right leg"),
                      onset="2026-05", recorded="2026-07-01", recorder=R["vs"],
                      note="Treated with right above-knee femoral-popliteal bypass (reversed GSV) 09/08/2026.")
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2005", recorded="2010-01-01")
    dm = c.condition("dm", dx("E11.9", "Type 2 diabetes mellitus without complications"), onset="2014",
                     recorded="2014-03-03")
    c.condition("hld", dx("E78.5", "Hyperlipidemia, unspecified"), onset="2010", recorded="2010-01-01")
    e1 = c.encounter("e1", "2026-07-01", type_cc=OFFICE_NEW, reason=dx("I70.221", "PAD with rest pain, right leg"),
                     prac=R["vs"], diagnoses=[pad])
    abi(c, "abi1", "2026-07-01", "R", 0.38, e1)
    c.report("ang", cpt("75710", "Angiography, extremity, unilateral, radiological supervision and interpretation",
                        "Right lower extremity angiogram"), "2026-07-22", category="RAD",
             conclusion="Flush occlusion of the right SFA from origin, reconstitution of the above-knee popliteal "
                        "artery; 2-vessel runoff. Not favorable for endovascular therapy.")
    sr = c.service_request("bypsr", cpt("35556", "Bypass graft, with vein; femoral-popliteal",
                                        "Right femoral to above-knee popliteal bypass with reversed GSV"), "2026-07-29",
                           status="completed", intent="order", requester=R["vs"], reason_ref=[pad],
                           occurrence="2026-09-08")
    e2 = c.encounter("e2", "2026-09-08", "2026-09-13", cls="IMP", type_cc=cc(text="Elective surgical admission"),
                     reason=dx("I70.221", "PAD with rest pain, right leg"), prac=R["vs"], time="06:00",
                     end_time="11:00", diagnoses=[pad])
    byp = c.procedure("byp", cpt("35556", "Bypass graft, with vein; femoral-popliteal",
                                 "Right femoral to above-knee popliteal bypass with reversed GSV"), "2026-09-08",
                      performer=R["vs"], enc=e2, reason_ref=[pad], based_on=[sr],
                      outcome=cc(SCT, "385669000", "Successful", text="Successful; palpable graft pulse"))
    c.note("dc", "2026-09-13", "Discharge summary",
           "Underwent right common femoral to above-knee popliteal bypass with reversed ipsilateral great saphenous "
           "vein on 09/08/2026 for rest pain. Uncomplicated course, palpable graft and DP pulse. Discharged home on "
           "aspirin, clopidogrel, atorvastatin. Staples out at 2 weeks.", author=R["vs"], type_cc=DISCH, enc=e2,
           time="10:30")
    e3 = c.encounter("e3", "2026-10-20", type_cc=OFFICE_EST, reason=cc(text="Post-operative visit after bypass"),
                     prac=R["vs"])
    abi(c, "abi3", "2026-10-20", "R", 0.96, e3)
    c.report("gdup", cpt("93926", "Duplex scan of lower extremity arteries or arterial bypass grafts; unilateral or "
                                  "limited study", "Bypass graft duplex, right"), "2026-10-20", category="VUS",
             enc=e3, conclusion="Patent right fem-AK pop vein graft, PSV 62-88 cm/s throughout, no stenosis.")
    e4 = c.encounter("e4", "2026-11-17", type_cc=WOUND, reason=cc(text="Incision check"), prac=R["rn"])
    c.note("n4", "2026-11-17", "Wound clinic note",
           "Groin and thigh incisions fully healed. No rest pain since surgery. Walking 30 min daily. "
           "Graft surveillance duplex at 3 months (01/2027), then every 6 months for 2 years.", author=R["rn"],
           type_cc=PROG, enc=e4)
    c.service_request("surv", cpt("93926", "Duplex scan of lower extremity arteries or arterial bypass grafts; "
                                           "unilateral or limited study", "Graft surveillance duplex"),
                      "2026-11-17", status="active", requester=R["vs"], reason_ref=[pad], based_on=[sr],
                      occurrence="2027-01-19")
    for sfx, name, text in [("asa", "aspirin", "aspirin 81 MG daily"), ("clo", "clopidogrel", "clopidogrel 75 MG daily"),
                            ("ator", "atorvastatin", "atorvastatin 80 MG daily"),
                            ("met", "metformin", "metformin 1000 MG twice daily")]:
        c.med_request(sfx, rx(name, text), "2026-09-13", requester=R["vs"] if sfx != "met" else R["pcp"],
                      reason=[pad] if sfx != "met" else [dm], dose_text=text)
    _ = byp
    return c


D04 = dict(key="d04", org="VASC", target=MPP, kind="near-miss", expected=[], build=d04,
           summary="Rest pain from SFA occlusion treated with femoral-popliteal vein bypass on 8 Sep 2026 (completed); "
                   "graft patent, incisions healed, only surveillance duplex ahead",
           why="The major procedure has already been performed (ServiceRequest and Procedure completed); the only "
               "pending order is a non-invasive surveillance duplex.")


# ----------------------------------------------------------------------------------------------------- d05
def d05(c):
    """7.1 cm thoracoabdominal aneurysm turned down for open and endovascular repair: palliative plan."""
    R = scaffold(c, "Eleanor", "Whitfield", "female", "1944-09-12", 75,
                 [("pcp", "David", "Okafor", "MD, Family Medicine (PCP)"),
                  ("vs", "Sarah", "Whitman", "MD, Vascular Surgery"),
                  ("pulm", "Grace", "Liu", "MD, Pulmonology"),
                  ("pal", "Thomas", "Becker", "MD, Palliative Medicine")], gp="pcp", city="Riverside Falls",
                 payor="medicare", marital=("W", "Widowed"))
    taaa = c.condition("taaa", dx("I71.60", "Thoracoabdominal aortic aneurysm, without rupture, unspecified"),
                       onset="2021", recorded="2021-10-05", recorder=R["vs"],
                       stage=cc(text="Crawford extent II, maximal diameter 7.1 cm"),
                       note="Not a candidate for open or endovascular repair (aortic MDT 09/10/2026).")
    copd = c.condition("copd", dx("J44.9", "Chronic obstructive pulmonary disease, unspecified"), onset="2009",
                       recorded="2010-01-01", recorder=R["pulm"], note="FEV1 28% predicted, home oxygen 2 L/min.")
    ckd = c.condition("ckd", dx("N18.32", "Chronic kidney disease, stage 3b"), onset="2019", recorded="2019-06-01")
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2000", recorded="2010-01-01")
    dia = local(c, "TAAA-DIAM", "Thoracoabdominal aortic aneurysm maximal diameter")
    c.obs("d1", dia, "2025-08-19", q(6.2, "cm"), category="imaging")
    c.obs("d2", dia, "2026-08-25", q(7.1, "cm"), category="imaging")
    c.report("cta", cpt("71275", "CT angiography, chest (noncoronary), with contrast material(s), including "
                                 "noncontrast images, if performed, and image postprocessing", "CTA chest and abdomen"),
             "2026-08-25", category="CT",
             conclusion="Crawford extent II thoracoabdominal aortic aneurysm, maximal diameter 7.1 cm at the level "
                        "of the diaphragmatic hiatus (6.2 cm in 08/2025). Extensive mural thrombus. No rupture.")
    fev = local(c, "FEV1-PCT", "FEV1, percent predicted")
    c.obs("fev", fev, "2026-08-28", q(28, "%"), category="exam", low=80, performer=R["pulm"])
    c.obs("cfs", local(c, "CFS", "Clinical Frailty Scale"), "2026-09-02", 6, category="survey")
    c.obs("egfr", loinc("62238-1", "eGFR (CKD-EPI 2021)"), "2026-08-25", q(34, "mL/min/{1.73_m2}"), low=60)
    c.note("mdt", "2026-09-10", "Aortic multidisciplinary conference",
           "82F with Crawford extent II TAAA, 7.1 cm (growth 0.9 cm/year). Severe COPD (FEV1 28%, home O2), "
           "CKD 3b (eGFR 34), Clinical Frailty Scale 6.\n"
           "Open repair: prohibitive risk (predicted mortality and paraplegia unacceptable with her pulmonary "
           "function). Branched/fenestrated endovascular repair: not feasible — prolonged procedure, high contrast "
           "load with eGFR 34, high spinal cord ischemia risk; anatomy borderline.\n"
           "Consensus: no repair option can be offered. Recommend conservative management, blood pressure control, "
           "goals-of-care discussion and palliative care referral. No further surveillance imaging.",
           author=R["vs"], type_cc=CONSULT, time="16:00")
    e1 = c.encounter("e1", "2026-09-17", type_cc=OFFICE_EST, reason=dx("I71.60", "Thoracoabdominal aortic aneurysm"),
                     prac=R["vs"], diagnoses=[taaa])
    c.impression("ci", "2026-09-17", "Large thoracoabdominal aortic aneurysm at high rupture risk; no open or "
                                     "endovascular repair option. Conservative and palliative management.",
                 assessor=R["vs"], problems=[taaa, copd, ckd], enc=e1,
                 prognosis=cc(text="Poor — estimated annual rupture risk above 20%"))
    c.note("n1", "2026-09-17", "Vascular surgery clinic note — goals of care",
           "Discussed the conference outcome with Mrs Whitfield and her son. She understands that no operation or "
           "stent graft can be offered and that rupture would likely be fatal. She wishes to remain at home. "
           "MOLST completed: do not resuscitate, no transfer for surgery. Referral to palliative care.",
           author=R["vs"], type_cc=PROG, enc=e1)
    c.service_request("palref", cc(SCT, "306237005", "Referral to palliative care service",
                                   text="Referral to outpatient palliative care"), "2026-09-17", status="active",
                      requester=R["vs"], performer=R["pal"], reason_ref=[taaa])
    c.care_plan("cp", "Conservative / palliative plan for TAAA", "active", "plan",
                cc(SCT, "103735009", "Palliative care", text="Palliative care"), "2026-09-17", author=R["vs"],
                addresses=[taaa], start="2026-09-17",
                activities=[{"description": "Blood pressure target < 130/80; avoid straining and heavy lifting",
                             "status": "in-progress"},
                            {"description": "Palliative care consultation and symptom plan for possible rupture",
                             "status": "scheduled"},
                            {"description": "No further aneurysm surveillance imaging", "status": "completed"}])
    c.encounter("e2", "2026-12-04", type_cc=cc(text="Palliative care outpatient consultation"), prac=R["pal"])
    for sfx, name, text in [("carv", "carvedilol", "carvedilol 12.5 MG twice daily"),
                            ("tio", "tiotropium", "tiotropium 18 MCG inhaled daily"),
                            ("alb", "albuterol", "albuterol 90 MCG/actuation inhaler as needed")]:
        c.med_statement(sfx, rx(name, text), "2024-01-01", asserted="2026-09-17", dose_text=text)
    c.bp("bp", "2026-09-17", 128, 74, enc=e1)
    return c


D05 = dict(key="d05", org="VASC", target=UP, kind="positive", expected=[UP], build=d05,
           summary="7.1 cm Crawford II thoracoabdominal aneurysm in a frail 82-year-old with severe COPD; aortic MDT "
                   "turns her down for open and endovascular repair, palliative referral and plan",
           why="An active life-threatening condition explicitly declared to have no repair option, with a "
               "palliative CarePlan and referral and no second opinion from another aortic centre on record.")


# ----------------------------------------------------------------------------------------------------- d06
def d06(c):
    """Below-knee amputation was planned if revascularisation failed; tibial angioplasty worked, order revoked."""
    R = scaffold(c, "Curtis", "Hayes", "male", "1958-04-03", 76,
                 [("pcp", "David", "Okafor", "MD, Family Medicine (PCP)"),
                  ("vs", "Michael", "Chen", "MD, Vascular Surgery"),
                  ("rn", "Kevin", "Doyle", "RN, wound care")], gp="pcp", city="Riverside Falls", payor="medicaid")
    dm = c.condition("dm", dx("E11.51", "Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene"),
                     onset="2011", recorded="2011-09-01")
    pad = c.condition("pad", dx("I70.244", "Atherosclerosis of native arteries of left leg with ulceration of heel "
                                           "and midfoot"), onset="2026-05", recorded="2026-06-15", recorder=R["vs"])
    ulc = c.condition("ulc", dx("L97.422", "Non-pressure chronic ulcer of left heel and midfoot with fat layer exposed"),
                      onset="2026-04", recorded="2026-06-15", clinical="resolved", abatement="2026-11-10",
                      recorder=R["vs"])
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2011", recorded="2011-09-01")
    area = local(c, "WOUND-AREA", "Wound area (length x width)")
    e1 = c.encounter("e1", "2026-06-15", type_cc=WOUND, reason=dx("L97.422", "Heel ulcer, left"), prac=R["vs"],
                     diagnoses=[pad, ulc])
    abi(c, "abi1", "2026-06-15", "L", 0.45, e1)
    c.obs("tp1", local(c, "TOE-P", "Toe pressure, left hallux"), "2026-06-15", q(28, "mm[Hg]"), category="exam",
          enc=e1, low=50)
    c.obs("a1", area, "2026-06-15", q(4.2, "cm2"), category="exam", enc=e1)
    c.note("n1", "2026-06-15", "Limb preservation clinic note",
           "68M with diabetes and a 4.2 cm2 left heel ulcer for 2 months, WIfI 2-2-0 (clinical stage 3). ABI 0.45, "
           "toe pressure 28 mmHg. Duplex: tibial occlusive disease.\n"
           "Plan: diagnostic angiogram with tibial intervention. Discussed frankly that if revascularization fails "
           "and the heel does not heal, a left below-knee amputation may be needed; tentative plan placed.",
           author=R["vs"], type_cc=PROG, enc=e1)
    c.service_request("bka", cpt("27880", "Amputation, leg, through tibia and fibula",
                                 "Left below-knee amputation (contingency plan)"), "2026-06-24", status="revoked",
                      intent="plan", requester=R["vs"], reason_ref=[pad, ulc],
                      note="Revoked 08/05/2026: revascularization successful and heel ulcer healing; amputation no "
                           "longer indicated.")
    c.procedure("pta", cpt("37228", "Revascularization, endovascular, open or percutaneous, tibial/peroneal artery, "
                                    "unilateral, initial vessel; with transluminal angioplasty",
                           "Left anterior tibial artery angioplasty"), "2026-07-09", performer=R["vs"],
                reason_ref=[pad], outcome=cc(SCT, "385669000", "Successful",
                                             text="Straight-line flow to the foot restored"))
    rows = [("2", "2026-08-05", 2.1, 0.78), ("3", "2026-09-16", 0.6, None), ("4", "2026-11-10", 0.0, 0.81)]
    for i, d, a, ab in rows:
        e = c.encounter(f"e{i}", d, type_cc=WOUND, reason=dx("L97.422", "Heel ulcer, left"), prac=R["rn"])
        c.obs(f"a{i}", area, d, q(a, "cm2"), category="exam", enc=e)
        if ab:
            abi(c, f"abi{i}", d, "L", ab, e)
    c.note("n4", "2026-11-10", "Wound clinic note",
           "Left heel ulcer fully epithelialized (4.2 -> 0 cm2 over 5 months). ABI 0.81 after anterior tibial "
           "angioplasty in July. Offloading boot to be weaned to custom diabetic footwear. Amputation plan was "
           "cancelled in August. Surveillance duplex in 3 months.", author=R["rn"], type_cc=PROG)
    for sfx, name, text in [("asa", "aspirin", "aspirin 81 MG daily"), ("clo", "clopidogrel", "clopidogrel 75 MG daily"),
                            ("ros", "rosuvastatin", "rosuvastatin 20 MG daily"),
                            ("gla", "insulin glargine", "insulin glargine 100 UNT/ML, 28 units at bedtime")]:
        c.med_request(sfx, rx(name, text), "2026-07-09", requester=R["vs"] if sfx != "gla" else R["pcp"],
                      reason=[pad] if sfx != "gla" else [dm], dose_text=text)
    lab(c, "a1c", "4548-4", "Hemoglobin A1c", "2026-09-16", 7.6, "%", None, 5.7)
    return c


D06 = dict(key="d06", org="VASC", target=HIT, kind="near-miss", expected=[], build=d06,
           summary="Ischaemic diabetic heel ulcer: contingency below-knee amputation plan revoked after successful "
                   "tibial angioplasty; ulcer healed 4.2 → 0 cm² by November",
           why="The amputation was never started and the order was revoked once revascularisation succeeded; no "
               "high-impact treatment is planned or running.")


# ----------------------------------------------------------------------------------------------------- d07
def d07(c):
    """4.9 cm AAA in a 76-year-old woman under surveillance; patient-raised flag asking for a second opinion."""
    R = scaffold(c, "Dorothy", "Fischer", "female", "1950-12-19", 77,
                 [("pcp", "Janet", "Morrison", "MD, Internal Medicine (PCP)"),
                  ("vs", "Sarah", "Whitman", "MD, Vascular Surgery")], gp="pcp", city="Riverside Falls",
                 payor="medicare", marital=("W", "Widowed"), phone="+1 860 555 0147")
    aaa = c.condition("aaa", dx("I71.43", "Infrarenal abdominal aortic aneurysm, without rupture"), onset="2024-02",
                      recorded="2024-02-20", recorder=R["vs"])
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2006", recorded="2010-01-01")
    c.condition("osteo", dx("M81.0", "Age-related osteoporosis without current pathological fracture"),
                onset="2016", recorded="2016-05-05")
    dia = local(c, "AAA-DIAM", "Abdominal aortic aneurysm maximal diameter")
    for i, (d, v) in enumerate([("2025-05-06", 4.5), ("2025-11-04", 4.7), ("2026-11-03", 4.9)], 1):
        c.obs(f"diam{i}", dia, d, q(v, "cm"), category="imaging", note="Aortic duplex, outer-to-outer AP diameter.")
    c.report("dup", cpt("93978", "Duplex scan of aorta, IVC, iliac vasculature or bypass grafts; complete study",
                        "Aortoiliac duplex"), "2026-11-03", category="VUS",
             conclusion="Infrarenal AAA 4.9 cm (4.5 cm 05/2025). Growth about 0.3 cm/year. No iliac aneurysm.")
    e1 = c.encounter("e1", "2026-11-05", type_cc=OFFICE_EST, reason=dx("I71.43", "Infrarenal AAA"), prac=R["vs"],
                     diagnoses=[aaa])
    c.note("n1", "2026-11-05", "Vascular clinic note",
           "AAA 4.9 cm, asymptomatic, growth ~0.3 cm/yr. Below our repair threshold for women (5.0-5.5 cm "
           "depending on anatomy and fitness). Recommended continued surveillance with duplex in 6 months and BP "
           "control.\n"
           "Patient is very anxious: her sister died of a ruptured aneurysm. She feels her concerns are being "
           "brushed aside and asked to be seen by the aortic center at the university hospital for a second "
           "opinion; she entered a request through the patient portal during the visit.", author=R["vs"],
           type_cc=PROG, enc=e1)
    c.flag("flag", cc("https://fhir.riverside-vascular.example.org/CodeSystem/portal-request", "SECOND-OPINION",
                      "Patient request: second opinion",
                      text="Patient requests a second opinion on her aneurysm management (university aortic center)"),
           "2026-11-05", author=R["pat"], enc=e1,
           category=cc("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))
    c.communication("portal", c.dt("2026-11-05", "15:42"), R["pat"], [R["vs"]],
                    "I would like a second opinion about my aneurysm from the aortic center at University Hospital. "
                    "It keeps growing and I don't feel anyone is taking my worry seriously. My sister died of this. "
                    "- Dorothy Fischer", category=cc(text="Patient portal message"))
    c.service_request("surv", cpt("93978", "Duplex scan of aorta, IVC, iliac vasculature or bypass grafts; complete "
                                           "study", "Aortic duplex surveillance"), "2026-11-05", status="active",
                      requester=R["vs"], reason_ref=[aaa], occurrence="2027-05-04")
    c.bp("bp", "2026-11-05", 142, 84, enc=e1)
    for sfx, name, text in [("los", "losartan", "losartan 50 MG daily"), ("ator", "atorvastatin", "atorvastatin 20 MG daily")]:
        c.med_statement(sfx, rx(name, text), "2024-02-20", asserted="2026-11-05", dose_text=text)
    lab(c, "cr", "2160-0", "Creatinine", "2026-10-28", 0.84, "mg/dL", 0.6, 1.1)
    return c


D07 = dict(key="d07", org="VASC", target=PRC, kind="positive", expected=[PRC], build=d07,
           summary="4.9 cm infrarenal AAA in a woman below the repair threshold; she raises a portal Flag and message "
                   "asking for a second opinion at a university aortic center, feeling her worry is brushed aside",
           why="A patient-authored Flag and Communication explicitly request a second opinion; none is on record.")


# ----------------------------------------------------------------------------------------------------- d08
def d08(c):
    """Left-leg claudication: ABI 0.74 → 0.55 and walking distance 280 → 75 m despite a year of best therapy."""
    R = scaffold(c, "Eugene", "Park", "male", "1955-01-21", 78,
                 [("pcp", "David", "Okafor", "MD, Family Medicine (PCP)"),
                  ("vs", "Michael", "Chen", "MD, Vascular Surgery"),
                  ("pt", "Laura", "Gibbs", "PT, supervised exercise program")], gp="pcp", city="Riverside Falls",
                 payor="commercial", marital=("M", "Married"))
    pad = c.condition("pad", dx("I70.212", "Atherosclerosis of native arteries of extremities with intermittent "
                                           "claudication, left leg"), onset="2025-06", recorded="2025-09-30",
                      recorder=R["vs"])
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2010", recorded="2010-01-01")
    c.condition("hld", dx("E78.5", "Hyperlipidemia, unspecified"), onset="2010", recorded="2010-01-01")
    for sfx, name, text, start in [("clo", "clopidogrel", "clopidogrel 75 MG daily", "2025-09-30"),
                                   ("ator", "atorvastatin", "atorvastatin 80 MG daily", "2025-09-30"),
                                   ("cil", "cilostazol", "cilostazol 100 MG twice daily", "2025-10-14")]:
        c.med_statement(sfx, rx(name, text), start, asserted="2026-10-13", reason=[pad], dose_text=text,
                        note="Pharmacy refill history: > 90% proportion of days covered.")
    c.procedure("set", cpt("93668", "Peripheral arterial disease rehabilitation, per session",
                           "Supervised exercise therapy, 36 sessions"), "2025-10-07", end="2026-01-03",
                performer=R["pt"], reason_ref=[pad])
    mwd = local(c, "MWD-TM", "Maximal walking distance, treadmill (2 mph, 12% grade)")
    pfwd = local(c, "PFWD-TM", "Pain-free walking distance, treadmill")
    rows = [("1", "2026-02-10", 0.74, 280, 120), ("2", "2026-06-09", 0.63, 160, 60), ("3", "2026-10-13", 0.55, 75, 30)]
    for i, d, ab, m, p in rows:
        e = c.encounter(f"e{i}", d, type_cc=OFFICE_EST, reason=dx("I70.212", "PAD with claudication, left leg"),
                        prac=R["vs"], diagnoses=[pad])
        abi(c, f"abi{i}", d, "L", ab, e)
        c.obs(f"mwd{i}", mwd, d, q(m, "m"), category="exam", enc=e)
        c.obs(f"pf{i}", pfwd, d, q(p, "m"), category="exam", enc=e)
    c.report("dup", cpt("93925", "Duplex scan of lower extremity arteries, complete bilateral study",
                        "Arterial duplex, bilateral lower extremities"), "2026-10-13", category="VUS",
             conclusion="Left SFA now occluded over 12 cm from the adductor canal (previously 50-69% stenosis, "
                        "02/2026), reconstituting the popliteal artery. Right leg unchanged.")
    lab(c, "ldl", "13457-7", "LDL cholesterol (calc)", "2026-10-06", 58, "mg/dL", None, 70)
    lab(c, "a1c", "4548-4", "Hemoglobin A1c", "2026-10-06", 5.6, "%", None, 5.7)
    c.note("n3", "2026-10-13", "Vascular clinic progress note",
           "71M ex-smoker (quit 09/2025, cotinine negative) with left calf claudication. On clopidogrel, "
           "atorvastatin 80 (LDL 58) and cilostazol since 10/2025; completed 36 sessions of supervised exercise "
           "and continues a home walking program 5 days/week.\n"
           "Despite this, symptoms are steadily worse: max walking distance 280 -> 160 -> 75 m, ABI 0.74 -> 0.63 -> "
           "0.55 over 8 months; now limits him to his house and yard. No rest pain, no tissue loss.\n"
           "Duplex: progression to left SFA occlusion.\n"
           "Assessment: progressive lifestyle-limiting claudication despite 12 months of optimal medical and exercise "
           "therapy. Will discuss options at next visit.", author=R["vs"], type_cc=PROG)
    return c


D08 = dict(key="d08", org="VASC", target=WDT, kind="positive", expected=[WDT], build=d08,
           summary="Left-leg claudication on clopidogrel, high-intensity statin, cilostazol and supervised exercise: "
                   "ABI 0.74 → 0.63 → 0.55 and walking distance 280 → 75 m over eight months",
           why="ABI falls by 0.19 (MCID about 0.15) and walking distance collapses across three values over more than "
               "90 days while PAD therapy has run throughout.")


# ----------------------------------------------------------------------------------------------------- d09
def d09(c):
    """Stable bilateral claudication; four active chronic problems and several resolved past episodes."""
    R = scaffold(c, "Gloria", "Stanton", "female", "1952-03-15", 79,
                 [("pcp", "Janet", "Morrison", "MD, Internal Medicine (PCP)"),
                  ("vs", "Sarah", "Whitman", "MD, Vascular Surgery")], gp="pcp", city="Riverside Falls",
                 payor="medicare", marital=("M", "Married"))
    pad = c.condition("pad", dx("I70.213", "Atherosclerosis of native arteries of extremities with intermittent "
                                           "claudication, bilateral legs"), onset="2023", recorded="2023-08-08",
                      recorder=R["vs"])
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2004", recorded="2010-01-01")
    dm = c.condition("dm", dx("E11.9", "Type 2 diabetes mellitus without complications"), onset="2012",
                     recorded="2012-04-04")
    c.condition("hld", dx("E78.5", "Hyperlipidemia, unspecified"), onset="2008", recorded="2010-01-01")
    c.condition("pna", dx("J18.9", "Pneumonia, unspecified organism"), onset="2024-01-12", recorded="2024-01-12",
                clinical="resolved", abatement="2024-02-02", category="encounter-diagnosis")
    c.condition("cell", dx("L03.115", "Cellulitis of right lower limb"), onset="2025-07-03", recorded="2025-07-03",
                clinical="resolved", abatement="2025-07-20", category="encounter-diagnosis")
    c.condition("frac", dx("S82.61XA", "Displaced fracture of lateral malleolus of right fibula, initial encounter for "
                                      "closed fracture"), onset="2019-02-10", recorded="2019-02-10",
                clinical="resolved", abatement="2019-05-01", category="encounter-diagnosis")
    c.condition("uti", dx("N39.0", "Urinary tract infection, site not specified"), onset="2026-03-02",
                recorded="2026-03-02", clinical="resolved", abatement="2026-03-12", category="encounter-diagnosis")
    c.condition("gout", dx("M10.071", "Idiopathic gout, right ankle and foot"), onset="2021-10", recorded="2021-10-19",
                clinical="inactive", abatement="2023-01-01", note="No flares since 2022; allopurinol stopped.")
    for i, (d, r, l_) in enumerate([("2025-11-18", 0.82, 0.86), ("2026-05-19", 0.81, 0.85), ("2026-11-17", 0.82, 0.84)],
                                   1):
        e = c.encounter(f"e{i}", d, type_cc=OFFICE_EST, reason=dx("I70.213", "PAD with claudication, bilateral"),
                        prac=R["vs"], diagnoses=[pad])
        abi(c, f"abir{i}", d, "R", r, e)
        abi(c, f"abil{i}", d, "L", l_, e)
    c.note("n3", "2026-11-17", "Vascular clinic progress note",
           "74F, bilateral calf claudication at ~400 m, stable for 3 years. ABI 0.82/0.84, unchanged.\n"
           "Active problems: PAD with claudication, hypertension, type 2 diabetes (A1c 6.8%), hyperlipidemia.\n"
           "Past history (resolved): right ankle fracture 2019, gout (no flares since 2022, off allopurinol), "
           "pneumonia 01/2024, right leg cellulitis 07/2025, UTI 03/2026.\n"
           "Plan: continue walking program and medical therapy; annual ABI.", author=R["vs"], type_cc=PROG)
    lab(c, "a1c", "4548-4", "Hemoglobin A1c", "2026-11-10", 6.8, "%", None, 5.7)
    for sfx, name, text, rsn in [("asa", "aspirin", "aspirin 81 MG daily", pad),
                                 ("ator", "atorvastatin", "atorvastatin 40 MG daily", pad),
                                 ("met", "metformin", "metformin 500 MG twice daily", dm),
                                 ("hctz", "hydrochlorothiazide", "hydrochlorothiazide 25 MG daily", None)]:
        c.med_statement(sfx, rx(name, text), "2023-08-08", asserted="2026-11-17", dose_text=text,
                        reason=[rsn] if rsn else None)
    return c


D09 = dict(key="d09", org="VASC", target=RARE, kind="near-miss", expected=[], build=d09,
           summary="Stable bilateral claudication (ABI 0.82/0.84 for a year) with hypertension, type 2 diabetes and "
                   "hyperlipidaemia; a long list of resolved past problems (fracture, gout, pneumonia, cellulitis, UTI)",
           why="Only four active chronic conditions (PAD, hypertension, diabetes, hyperlipidaemia); the other entries "
               "are resolved or inactive, and nothing is rare.")


# ----------------------------------------------------------------------------------------------------- d10
def d10(c):
    """Incidental 9 mm lung nodule on run-off CTA: chest CT and PET-CT within six weeks, benign-appearing."""
    R = scaffold(c, "Frank", "Delgado", "male", "1957-10-28", 80,
                 [("pcp", "David", "Okafor", "MD, Family Medicine (PCP)"),
                  ("vs", "Michael", "Chen", "MD, Vascular Surgery"),
                  ("pulm", "Grace", "Liu", "MD, Pulmonology")], gp="pcp", city="Riverside Falls", payor="commercial",
                 marital=("M", "Married"))
    pad = c.condition("pad", dx("I70.211", "Atherosclerosis of native arteries of extremities with intermittent "
                                           "claudication, right leg"), onset="2026-03", recorded="2026-07-28",
                      recorder=R["vs"])
    c.condition("htn", dx("I10", "Essential (primary) hypertension"), onset="2015", recorded="2015-01-01")
    nod = c.condition("nod", dx("R91.1", "Solitary pulmonary nodule"), onset="2026-08-11", recorded="2026-08-18",
                      recorder=R["vs"], note="9 mm solid nodule, right lower lobe, incidental on CTA run-off.")
    e1 = c.encounter("e1", "2026-07-28", type_cc=OFFICE_NEW, reason=dx("I70.211", "Claudication, right leg"),
                     prac=R["vs"], diagnoses=[pad])
    abi(c, "abi1", "2026-07-28", "R", 0.72, e1)
    abi(c, "abi2", "2026-07-28", "L", 0.98, e1)
    c.report("cta", cpt("75635", "CT angiography, abdominal aorta and bilateral iliofemoral lower extremity runoff",
                        "CTA aorta with bilateral runoff"), "2026-08-11", category="CT",
             conclusion="Right SFA 60-70% stenosis at the adductor canal; patent tibial runoff. INCIDENTAL: 9 mm solid "
                        "nodule in the right lower lobe at the lung base. Recommend dedicated chest CT "
                        "(Fleischner guidance).")
    e2 = c.encounter("e2", "2026-08-18", type_cc=OFFICE_EST, reason=dx("I70.211", "Claudication, right leg"),
                     prac=R["vs"])
    c.note("n2", "2026-08-18", "Vascular clinic progress note",
           "CTA reviewed with patient. Right SFA stenosis explains claudication; start cilostazol and exercise "
           "therapy. Incidental 9 mm RLL lung nodule: patient informed, 40 pack-year ex-smoker (quit 2018). Chest "
           "CT ordered and referral to pulmonology placed today; copy to PCP.", author=R["vs"], type_cc=PROG, enc=e2)
    c.service_request("ctc", cpt("71250", "Computed tomography, thorax, diagnostic; without contrast material",
                                 "CT chest without contrast"), "2026-08-18", status="completed", requester=R["vs"],
                      reason_ref=[nod], occurrence="2026-09-03")
    c.service_request("pref", cc(SCT, "306206005", "Referral to service", text="Referral to pulmonology — lung nodule"),
                      "2026-08-18", status="completed", requester=R["vs"], performer=R["pulm"], reason_ref=[nod])
    c.report("ctr", cpt("71250", "Computed tomography, thorax, diagnostic; without contrast material",
                        "CT chest without contrast"), "2026-09-03", category="CT",
             conclusion="Solitary 9 x 8 mm smooth solid nodule, right lower lobe. No lymphadenopathy. Mild "
                        "centrilobular emphysema.")
    c.report("pet", cpt("78815", "PET with concurrently acquired CT for attenuation correction and anatomical "
                                 "localization; skull base to mid-thigh", "PET-CT skull base to mid-thigh"),
             "2026-09-17", category="NMS",
             conclusion="Right lower lobe nodule without FDG avidity (SUVmax 1.1, below mediastinal blood pool). "
                        "No FDG-avid nodes or distant lesions.")
    e3 = c.encounter("e3", "2026-09-24", type_cc=OFFICE_NEW, reason=dx("R91.1", "Solitary pulmonary nodule"),
                     prac=R["pulm"], diagnoses=[nod])
    c.note("n3", "2026-09-24", "Pulmonology consultation",
           "Reviewed CT and PET-CT. 9 mm smooth solid RLL nodule, not FDG avid; Brock model risk 6%. Low probability "
           "of malignancy; management by CT surveillance agreed with patient. Repeat CT chest at 3 months "
           "(12/2026); if stable, at 12 months.", author=R["pulm"], type_cc=CONSULT, enc=e3)
    c.service_request("ct3", cpt("71250", "Computed tomography, thorax, diagnostic; without contrast material",
                                 "CT chest, 3-month nodule follow-up"), "2026-09-24", status="active",
                      requester=R["pulm"], reason_ref=[nod], occurrence="2026-12-17")
    for sfx, name, text in [("cil", "cilostazol", "cilostazol 100 MG twice daily"),
                            ("asa", "aspirin", "aspirin 81 MG daily"),
                            ("ator", "atorvastatin", "atorvastatin 80 MG daily")]:
        c.med_request(sfx, rx(name, text), "2026-08-18", requester=R["vs"], reason=[pad], dose_text=text)
    return c


D10 = dict(key="d10", org="VASC", target=PSNW, kind="near-miss", expected=[], build=d10,
           summary="Incidental 9 mm lung nodule on a run-off CTA for claudication; chest CT, pulmonology review and "
                   "PET-CT within six weeks, low risk, 3-month CT booked",
           why="The red-flag imaging finding was followed up promptly (CT at 23 days, PET-CT and specialist review "
               "within 60 days), so the missed-follow-up trigger is not met; claudication is explained by the SFA "
               "stenosis.")


CASES = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10]
