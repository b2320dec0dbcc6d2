"""Organisation C: cardiothoracic surgery and structural heart programme (Lakeshore Heart & Vascular Institute,
Chicago). SNOMED CT problem list with ICD-10-CM, CPT procedures, HCPCS drug codes, RxNorm, LOINC and local
codes for risk scores (STS PROM, EuroSCORE II), KCCQ, frailty and echo measurements; heart-team notes."""
from fhirkit import Case, cc, txt, lab, local, SYS

CM = "icd10cm"
DOC_CAT = cc(("uscore-doc", "clinical-note", "Clinical Note"))
NOTE = {
    "heart-team": cc(("loinc", "11488-4", "Consult note"), text="Heart team conference note"),
    "consult": cc(("loinc", "11488-4", "Consult note"), text="Consult note"),
    "progress": cc(("loinc", "11506-3", "Progress note"), text="Progress note"),
    "op": cc(("loinc", "28570-0", "Procedure note"), text="Operative note"),
    "discharge": cc(("loinc", "18842-5", "Discharge summary"), text="Discharge summary"),
}
NYHA = {1: ("420300004", "New York Heart Association Classification - Class I"),
        2: ("421704003", "New York Heart Association Classification - Class II"),
        3: ("420913000", "New York Heart Association Classification - Class III"),
        4: ("422293003", "New York Heart Association Classification - Class IV")}
PAY = {"medicare": ("Centers for Medicare & Medicaid Services - Medicare", cc(("sopt", "1", "Medicare"))),
       "private": ("Great Lakes Health Plan", cc(("sopt", "5", "Private Health Insurance")))}


def prob(sct, sct_disp, icd=None, icd_disp=None, text=None):
    codings = [("sct", sct, sct_disp)]
    if icd:
        codings.append((CM, icd, icd_disp))
    return cc(*codings, text=text or sct_disp)


def rx(code, name, text=None):
    return cc(("rxnorm", code, name), text=text or name) if code else txt(text or name)


def visit(code, text):
    return cc(("cpt", code, text), text=text)


def setup_c(c, family, given, gender, birth, payor, member, staff, line="", city="Chicago"):
    return c.setup(patient=dict(family=family, given=given, gender=gender, birth=birth, lang="en-US", city=city,
                                line=line or None),
                   staff=staff, insurer=(PAY[payor][0], PAY[payor][1], member, "2020-01-01"))


def nyha(c, date, cls, enc=None):
    return c.obs_cc(cc(("loinc", "88020-3", "Functional capacity NYHA"), text="NYHA functional class"), date,
                    cc(("sct",) + NYHA[cls]), cat="exam", enc=enc)


def kccq(c, date, score, enc=None):
    return c.obs(cc(local(c, "KCCQ12-OSS", "Kansas City Cardiomyopathy Questionnaire-12 overall summary score"),
                    text="KCCQ-12 overall summary score"), date, score, "{score}", flag=None, cat="survey", enc=enc,
                 rr_text="0-100, higher is better; 5 points = clinically meaningful change")


def echo(c, date, conclusion, lvef=None, ava=None, mg=None, vmax=None, extra=None, performer=None, enc=None):
    res = []
    if lvef is not None:
        res.append(c.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), date, lvef, "%", low=52,
                         cat="imaging", enc=enc))
    if ava is not None:
        res.append(c.obs(cc(local(c, "AVA-VTI", "Aortic valve area, continuity equation (VTI)"), text="Aortic valve area"),
                         date, ava, "cm2", flag=("A" if ava < 1.0 else None), cat="imaging", enc=enc))
    if mg is not None:
        res.append(c.obs(cc(local(c, "AV-MG", "Aortic valve mean gradient"), text="Aortic valve mean gradient"), date,
                         mg, "mm[Hg]", flag=("A" if mg >= 40 else None), cat="imaging", enc=enc))
    if vmax is not None:
        res.append(c.obs(cc(local(c, "AV-VMAX", "Aortic valve peak velocity"), text="Aortic valve peak velocity"), date,
                         vmax, "m/s", flag=("A" if vmax >= 4 else None), cat="imaging", enc=enc))
    for code, disp, val, unit, ucum in extra or []:
        res.append(c.obs(cc(local(c, code, disp), text=disp), date, val, unit, ucum, flag=None, cat="imaging", enc=enc))
    return c.report(cc(("cpt", "93306", "Echocardiography, transthoracic, real-time with image documentation (2D), includes "
                                       "M-mode recording, when performed, complete, with spectral Doppler echocardiography, "
                                       "and with color flow Doppler echocardiography"), text="Transthoracic echocardiogram"),
                    date, conclusion, results=res, cat=("dr-sect", "CUS", "Cardiac Ultrasound"), performer=performer,
                    enc=enc)


def sts(c, date, value, procedure_text, performer=None, condition=None):
    return c.risk(date, cc(local(c, "STS-PROM", "STS Predicted Risk of Mortality"), text="STS PROM (v4.2)"),
                  cc(("sct", "419099009", "Dead"), text=f"Operative mortality at 30 days - {procedure_text}"), value,
                  performer=performer, condition=condition)


# =============================================================================== C1
def c_ida_no_followup(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive via red flag: new iron-deficiency anaemia on apixaban in 08/2026,
    no GI evaluation or repeat blood count in the following 60+ days."""
    c = Case(cid, "C")
    r = setup_c(c, "Lindqvist", ["Harold", "E."], "male", "1952-06-03", "medicare", "1EG4-TE5-MK72",
                [("Okonkwo", "Samuel", "Dr.", "MD, Interventional & Structural Cardiology", ("npi", "1740293856")),
                 ("Reyes", "Dana", None, "APRN, Structural Heart Nurse Practitioner", ("npi", "1629384750"))],
                line="4431 N Ashland Ave")
    cardio, np_ = r["staff"]
    c.condition(prob("60573004", "Aortic valve stenosis", "I35.0", "Nonrheumatic aortic (valve) stenosis"),
                onset="2023-10-01", clinical="resolved", abatement="2025-04-16",
                note="Severe AS treated with transfemoral TAVI 04/16/2025.")
    c.condition(cc((CM, "Z95.2", "Presence of prosthetic heart valve"),
                   text="Status post TAVI (26 mm balloon-expandable)"), onset="2025-04-16")
    af = c.condition(prob("282825002", "Paroxysmal atrial fibrillation", "I48.0", "Paroxysmal atrial fibrillation"),
                     onset="2023-02-01")
    c.condition(prob("59621000", "Essential hypertension", "I10", "Essential (primary) hypertension"), onset="2008-01-01")
    c.procedure(cc(("cpt", "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; "
                                   "percutaneous femoral artery approach"), text="Transfemoral TAVI"),
                date="2025-04-16", performer=cardio)
    c.medreq(rx("1364430", "apixaban", "Apixaban 5 mg tablet"), "2023-02-01", "5 mg by mouth twice daily",
             requester=cardio, reason_ref=af)
    c.medreq(rx("6918", "metoprolol", "Metoprolol succinate ER 50 mg tablet"), "2023-02-01", "50 mg daily",
             requester=cardio)
    c.medreq(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2019-01-01", "10 mg daily", requester=cardio)
    e1 = c.encounter("2026-02-10", type_cc=visit("99214", "Office visit - TAVI 1-year follow-up"), prac=np_)
    lab(c, "hb_m", "2026-02-10", 13.8, enc=e1)
    echo(c, "2026-02-10", "Well-seated TAVI prosthesis, mean gradient 9 mmHg, no paravalvular leak. LVEF 58 %.",
         lvef=58, mg=9, performer=cardio, enc=e1)
    e2 = c.encounter("2026-08-12", type_cc=visit("99214", "Office visit - structural heart follow-up"), prac=np_)
    c.vitals("2026-08-12", enc=e2, bp=(126, 72), hr=70, weight=81)
    labs = [lab(c, "hb_m", "2026-08-12", 10.1, enc=e2), lab(c, "mcv", "2026-08-12", 74, enc=e2),
            lab(c, "ferr_m", "2026-08-12", 8, enc=e2), lab(c, "tsat", "2026-08-12", 6, enc=e2),
            lab(c, "plt", "2026-08-12", 312, enc=e2), lab(c, "cr", "2026-08-12", 1.1, enc=e2)]
    c.report(cc(("loinc", "58410-2", "CBC panel - Blood by Automated count"), text="CBC and iron studies"), "2026-08-12",
             "Microcytic anemia (Hb 10.1 from 13.8 in 02/2026) with iron deficiency.", results=labs)
    ida = c.condition(prob("87522002", "Iron deficiency anemia", "D50.9", "Iron deficiency anemia, unspecified"),
                      onset="2026-08-12", recorded="2026-08-14", asserter=np_, evidence=labs[:3])
    c.medreq(txt("Ferrous sulfate 325 mg tablet"), "2026-08-14", "325 mg by mouth every other day", requester=np_,
             reason_ref=ida)
    c.note("2026-08-14", NOTE["progress"], "Telephone note - lab results", """
Called patient with results: new microcytic anemia, Hb 10.1 (13.8 in Feb), ferritin 8, TSAT 6 %.
On apixaban for PAF. No overt bleeding reported. Start ferrous sulfate every other day.
Results routed to PCP.
D. Reyes, APRN
""", author=np_, category=DOC_CAT, lang="en")
    e3 = c.encounter("2026-11-18", type_cc=visit("99214", "Office visit - structural heart follow-up"), prac=cardio)
    c.vitals("2026-11-18", enc=e3, bp=(122, 70), hr=74, weight=79)
    c.symptom(cc(("sct", "84229001", "Fatigue"), text="Fatigue and exertional breathlessness"), "2026-11-18", "mild",
              enc=e3)
    echo(c, "2026-11-18", "Stable TAVI function, mean gradient 10 mmHg, trace central AR, no PVL. LVEF 57 %.",
         lvef=57, mg=10, performer=cardio, enc=e3)
    c.note("2026-11-18", NOTE["progress"], "Structural heart clinic", """
19 months post TF-TAVI. Mild fatigue and breathlessness on stairs. No syncope, no angina.
Echo: stable prosthesis, MG 10 mmHg, no PVL, LVEF 57 %.
PAF: in sinus rhythm, continue apixaban 5 mg BID and metoprolol.
Plan: routine echo in 12 months. Return 1 year.
S. Okonkwo, MD
""", author=cardio, enc=e3, category=DOC_CAT, lang="en")
    meta = dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
                expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                why="New iron-deficiency anaemia (Hb 13.8 -> 10.1, ferritin 8) in a 74-year-old on apixaban found "
                    "08/12/2026 with no GI evaluation, referral or repeat count in the following 111 days (Murphy "
                    "red-flag trigger, > 60 days).",
                summary="Structural heart clinic: new iron-deficiency anaemia on apixaban, no follow-up for >60 days.")
    return c, meta


# =============================================================================== C2
def c_tavi_planned(cid):
    """MAJOR_PROCEDURE_PLANNED positive: transfemoral TAVI ordered after heart-team decision."""
    c = Case(cid, "C")
    r = setup_c(c, "Abernathy", ["Dorothy", "Jean"], "female", "1944-03-27", "medicare", "5RD2-QA1-PL09",
                [("Okonkwo", "Samuel", "Dr.", "MD, Interventional & Structural Cardiology", ("npi", "1740293856")),
                 ("Brandt", "Helena", "Dr.", "MD, Cardiac Surgery", ("npi", "1356920487")),
                 ("Reyes", "Dana", None, "APRN, Structural Heart Nurse Practitioner", ("npi", "1629384750"))],
                line="2210 W Foster Ave")
    cardio, surg, np_ = r["staff"]
    as_ = c.condition(prob("60573004", "Aortic valve stenosis", "I35.0", "Nonrheumatic aortic (valve) stenosis",
                           text="Severe calcific aortic stenosis, symptomatic"), onset="2024-05-01", severity="severe",
                      asserter=cardio)
    c.condition(prob("59621000", "Essential hypertension", "I10", "Essential (primary) hypertension"), onset="2002-01-01")
    c.condition(prob("40930008", "Hypothyroidism", text="Hypothyroidism on levothyroxine"), onset="2010-01-01")
    c.medreq(rx("10582", "levothyroxine", "Levothyroxine 75 mcg tablet"), "2010-01-01", "75 mcg daily", requester=np_)
    c.medreq(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2015-01-01", "5 mg daily", requester=np_)
    e1 = c.encounter("2026-09-15", type_cc=visit("99204", "New patient visit - structural heart clinic"), prac=cardio,
                     reason_ref=as_)
    c.vitals("2026-09-15", enc=e1, bp=(148, 70), hr=68, weight=62, height=160, spo2=96)
    nyha(c, "2026-09-15", 3, enc=e1)
    kccq(c, "2026-09-15", 42, enc=e1)
    echo(c, "2026-09-15", "Severe calcific aortic stenosis: AVA 0.7 cm2, mean gradient 48 mmHg, Vmax 4.5 m/s. "
         "Normal LV size, LVEF 55 %, mild LVH. Mild MR.", lvef=55, ava=0.7, mg=48, vmax=4.5, performer=cardio, enc=e1)
    c.obs_int(cc(local(c, "CFS", "Clinical Frailty Scale"), text="Clinical Frailty Scale"), "2026-09-15", 4, cat="exam",
              enc=e1)
    c.obs(cc(local(c, "GAIT5M", "5-meter gait speed"), text="5-m gait speed"), "2026-09-15", 0.9, "m/s", flag=None,
          cat="exam", enc=e1)
    c.procedure(cc(("cpt", "93458", "Catheter placement in coronary artery(s) for coronary angiography, including "
                                   "intraprocedural injection(s) for coronary angiography, imaging supervision and "
                                   "interpretation; with left heart catheterization"), text="Coronary angiography"),
                date="2026-10-08", performer=cardio, outcome="Non-obstructive coronary artery disease (LAD 30 %).")
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CTA TAVI protocol (chest/abdomen/pelvis)"),
             "2026-10-20", "Annulus area 4.0 cm2, perimeter 72 mm. Coronary heights adequate. Iliofemoral minimal "
             "luminal diameters 6.8 mm (R) and 6.5 mm (L): suitable for transfemoral access.",
             cat=("dr-sect", "RAD", "Radiology"))
    sts(c, "2026-10-27", 0.042, "isolated surgical AVR", performer=surg, condition=as_)
    c.risk("2026-10-27", cc(local(c, "EUROSCORE2", "EuroSCORE II"), text="EuroSCORE II"),
           txt("In-hospital mortality after cardiac surgery"), 0.039, performer=surg, condition=as_)
    labs = [lab(c, "hb_f", "2026-10-27", 12.4), lab(c, "cr", "2026-10-27", 0.9), lab(c, "k", "2026-10-27", 4.3),
            lab(c, "plt", "2026-10-27", 221)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Pre-procedure labs"),
             "2026-10-27", "No contraindication.", results=labs)
    e2 = c.encounter("2026-11-03", type_cc=visit("99215", "Heart team conference and shared decision visit"),
                     prac=[cardio, surg], reason_ref=as_)
    c.note("2026-11-03", NOTE["heart-team"], "Multidisciplinary heart team - aortic stenosis", """
Heart team conference 11/03/2026 (Dr. Okonkwo, interventional; Dr. Brandt, cardiac surgery; imaging; anesthesia).
82 y/o woman, severe symptomatic AS (AVA 0.7 cm2, MG 48 mmHg), NYHA III, KCCQ 42, CFS 4, gait 0.9 m/s.
STS PROM 4.2 %, EuroSCORE II 3.9 %. Non-obstructive CAD. CT: annulus suitable for 26 mm balloon-expandable
valve; adequate iliofemoral access.
Recommendation: transfemoral TAVI. Patient and daughter prefer transcatheter approach after shared decision
making. Consent obtained. Procedure scheduled 01/12/2027. Dental clearance received.
""", author=cardio, enc=e2, category=DOC_CAT, lang="en")
    tavi = c.servicereq(cc(("cpt", "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; "
                                           "percutaneous femoral artery approach"), text="Transfemoral TAVI (26 mm)"),
                        "2026-11-03", status="active", intent="order", requester=cardio, performer=[cardio, surg],
                        reason_ref=as_, occurrence="2027-01-12", category=cc(("sct", "387713003", "Surgical procedure")))
    c.appointment("2027-01-12", 240, "Transfemoral TAVI - hybrid OR 2", practitioner=cardio, based_on=tavi,
                  reason_ref=as_, hm="07:30", created="2026-11-03")
    meta = dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
                why="Heart team recommended transfemoral TAVI for severe symptomatic aortic stenosis; active order "
                    "(CPT 33361) and booked slot on 01/12/2027, not yet performed.",
                summary="Structural heart: 82-year-old with severe AS, TAVI ordered for January 2027.")
    return c, meta


# =============================================================================== C3
def c_cabg_done(cid):
    """MAJOR_PROCEDURE_PLANNED near miss: CABG x3 already performed 09/2026; only cardiac rehab is ordered."""
    c = Case(cid, "C")
    r = setup_c(c, "Castellanos", ["Victor", "M."], "male", "1963-08-19", "private", "GLH-88421907",
                [("Brandt", "Helena", "Dr.", "MD, Cardiac Surgery", ("npi", "1356920487")),
                 ("Feld", "Aaron", "Dr.", "MD, Interventional Cardiology", ("npi", "1467382910")),
                 ("Lowe", "Priya", None, "MS, Exercise Physiologist - Cardiac Rehabilitation", None)],
                line="6034 S Kedzie Ave")
    surg, cardio, rehab = r["staff"]
    cad = c.condition(prob("53741008", "Coronary arteriosclerosis", "I25.10",
                           "Atherosclerotic heart disease of native coronary artery without angina pectoris",
                           text="Three-vessel coronary artery disease"), onset="2026-07-01", asserter=cardio)
    c.condition(prob("44054006", "Diabetes mellitus type 2", "E11.9", "Type 2 diabetes mellitus without complications"),
                onset="2016-01-01")
    c.condition(prob("59621000", "Essential hypertension", "I10", "Essential (primary) hypertension"), onset="2012-01-01")
    c.condition(prob("55822004", "Hyperlipidemia", "E78.2", "Mixed hyperlipidemia"), onset="2012-01-01")
    c.procedure(cc(("cpt", "93458", "Catheter placement in coronary artery(s) for coronary angiography, including "
                                   "intraprocedural injection(s) for coronary angiography, imaging supervision and "
                                   "interpretation; with left heart catheterization"), text="Coronary angiography"),
                date="2026-08-20", performer=cardio, reason_ref=cad,
                outcome="LAD 90 % proximal, OM1 80 %, RCA 85 % mid; SYNTAX score 28; LVEF 50 %.")
    c.note("2026-08-27", NOTE["heart-team"], "Heart team - coronary revascularization", """
63 y/o M with diabetes and CCS class III angina. Three-vessel CAD, SYNTAX 28, LVEF 50 %.
Recommendation: surgical revascularization (CABG) given diabetes and multivessel disease.
Patient agrees. Scheduled 09/15/2026.
H. Brandt, MD / A. Feld, MD
""", author=surg, category=DOC_CAT, lang="en")
    sr = c.servicereq(cc(("cpt", "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"),
                         text="CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA)"), "2026-08-27", status="completed",
                      intent="order", requester=surg, reason_ref=cad, occurrence="2026-09-15",
                      category=cc(("sct", "387713003", "Surgical procedure")))
    adm = c.encounter("2026-09-14", klass="IMP", type_cc=visit("99222", "Hospital admission for elective CABG"),
                      prac=surg, priority="EL", admit="outp", discharge="home", end="2026-09-20", hm="16:00",
                      reason_ref=cad)
    cabg = c.procedure(cc(("cpt", "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"),
                          ("cpt", "33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); 2 venous grafts"),
                          ("sct", "232717009", "Coronary artery bypass grafting"),
                          text="CABG x3: LIMA-LAD, SVG-OM1, SVG-PDA (on pump)"),
                       date="2026-09-15", end="2026-09-15", hm="07:40", end_hm="12:10", performer=surg, enc=adm,
                       based_on=sr, reason_ref=cad, outcome="Uncomplicated; extubated POD0.")
    c.note("2026-09-20", NOTE["discharge"], "Discharge summary - CABG", """
Elective CABG x3 on 09/15/2026 (LIMA-LAD, SVG-OM1, SVG-PDA). Uneventful course; transient post-op AF
converted with amiodarone, now sinus. Discharged home POD5 on aspirin, atorvastatin 80, metoprolol,
lisinopril, metformin. Cardiac rehab referral placed.
H. Brandt, MD
""", author=surg, enc=adm, category=DOC_CAT, lang="en")
    for code, ing, name, dose in (("1191", "aspirin", "Aspirin 81 mg tablet", "81 mg daily"),
                                  ("83367", "atorvastatin", "Atorvastatin 80 mg tablet", "80 mg daily"),
                                  ("6918", "metoprolol", "Metoprolol tartrate 25 mg tablet", "25 mg twice daily"),
                                  ("6809", "metformin", "Metformin 1000 mg tablet", "1000 mg twice daily")):
        c.medreq(rx(code, ing, name), "2026-09-20", dose, requester=surg, cat="discharge")
    c.servicereq(cc(("cpt", "93798", "Physician or other qualified health care professional services for outpatient "
                                     "cardiac rehabilitation; with continuous ECG monitoring (per session)"),
                    text="Phase II cardiac rehabilitation, 36 sessions"), "2026-09-20", status="active",
                 requester=surg, performer=rehab, reason_ref=cad, occurrence="2026-10-05")
    e2 = c.encounter("2026-10-20", type_cc=visit("99024", "Postoperative follow-up visit"), prac=surg)
    c.vitals("2026-10-20", enc=e2, bp=(124, 76), hr=66, weight=86)
    echo(c, "2026-10-20", "LVEF 50 %, no pericardial effusion.", lvef=50, performer=cardio, enc=e2)
    c.note("2026-10-20", NOTE["progress"], "Post-op visit", """
5 weeks after CABG x3. Sternum stable, incisions healed, no angina, walking 30 min daily. Sinus rhythm.
Echo LVEF 50 %, no effusion. Driving allowed after 6 weeks. Continue cardiac rehab. No further surgery planned.
H. Brandt, MD
""", author=surg, enc=e2, category=DOC_CAT, lang="en")
    c.obs_str(cc(local(c, "CR-PROG", "Cardiac rehabilitation progress"), text="Cardiac rehab progress"), "2026-11-24",
              "Session 14/36: 4.2 METs on treadmill without symptoms; HR and BP responses appropriate.", cat="exam",
              performer=rehab)
    meta = dict(target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
                why="The bypass operation was already performed on 09/15/2026 (order completed); only outpatient cardiac "
                    "rehabilitation is active and no further procedure is planned.",
                summary="Cardiac surgery: CABG x3 done in September 2026, now in cardiac rehab.")
    return c, meta


# =============================================================================== C4
def c_inoperable_as(cid):
    """UNTREATABLE_PROGNOSIS positive: severe AS deemed neither SAVR nor TAVI candidate; palliative plan."""
    c = Case(cid, "C")
    r = setup_c(c, "Marsh", ["Eugene", "Walter"], "male", "1937-05-14", "medicare", "2WK7-UN3-RB45",
                [("Okonkwo", "Samuel", "Dr.", "MD, Interventional & Structural Cardiology", ("npi", "1740293856")),
                 ("Brandt", "Helena", "Dr.", "MD, Cardiac Surgery", ("npi", "1356920487")),
                 ("Adeyemi", "Folake", "Dr.", "MD, Palliative Medicine", ("npi", "1578302946"))],
                line="1817 W Touhy Ave")
    cardio, surg, pal = r["staff"]
    as_ = c.condition(prob("60573004", "Aortic valve stenosis", "I35.0", "Nonrheumatic aortic (valve) stenosis",
                           text="Severe symptomatic aortic stenosis, low LVEF"), onset="2025-11-01", severity="severe")
    hf = c.condition(prob("703272007", "Heart failure with reduced ejection fraction", "I50.22",
                          "Chronic systolic (congestive) heart failure"), onset="2025-11-01")
    c.condition(prob("26929004", "Alzheimer's disease", "G30.1", "Alzheimer's disease with late onset",
                     text="Alzheimer dementia, moderate-severe"), onset="2021-06-01")
    c.condition(prob("399957001", "Peripheral arterial occlusive disease", "I70.213",
                     "Atherosclerosis of native arteries of extremities with intermittent claudication, bilateral legs"),
                onset="2018-01-01")
    c.medreq(rx("4603", "furosemide", "Furosemide 40 mg tablet"), "2025-11-10", "40 mg daily", requester=cardio,
             reason_ref=hf)
    c.medreq(rx("6918", "metoprolol", "Metoprolol succinate ER 25 mg tablet"), "2025-11-10", "25 mg daily",
             requester=cardio, reason_ref=hf)
    c.medreq(rx("135447", "donepezil", "Donepezil 10 mg tablet"), "2021-06-01", "10 mg at bedtime", requester=cardio)
    e1 = c.encounter("2026-09-29", type_cc=visit("99205", "New patient visit - structural heart clinic"), prac=cardio,
                     reason_ref=as_)
    c.vitals("2026-09-29", enc=e1, bp=(104, 62), hr=78, weight=61, spo2=93)
    nyha(c, "2026-09-29", 4, enc=e1)
    echo(c, "2026-09-29", "Severe AS: AVA 0.6 cm2, MG 52 mmHg, Vmax 4.6 m/s. LVEF 30 % with global hypokinesis.",
         lvef=30, ava=0.6, mg=52, vmax=4.6, performer=cardio, enc=e1)
    c.obs_int(cc(local(c, "CFS", "Clinical Frailty Scale"), text="Clinical Frailty Scale"), "2026-09-29", 7, cat="exam",
              enc=e1)
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CTA TAVI protocol"), "2026-10-13",
             "Porcelain ascending aorta. Severe calcific iliofemoral disease: minimal luminal diameter 4.2 mm right, "
             "4.0 mm left. Occluded left subclavian artery; right subclavian 5.1 mm with heavy calcification. "
             "Not suitable for transfemoral or subclavian access.", cat=("dr-sect", "RAD", "Radiology"))
    sts(c, "2026-10-20", 0.142, "isolated surgical AVR", performer=surg, condition=as_)
    lab(c, "ntprobnp", "2026-10-20", 8420)
    lab(c, "cr", "2026-10-20", 1.3)
    e2 = c.encounter("2026-10-27", type_cc=visit("99215", "Heart team conference and family meeting"),
                     prac=[cardio, surg, pal], reason_ref=as_)
    c.note("2026-10-27", NOTE["heart-team"], "Heart team conference - severe AS", """
Heart team 10/27/2026: Dr. Okonkwo (interventional), Dr. Brandt (cardiac surgery), imaging, geriatrics,
Dr. Adeyemi (palliative medicine).
89 y/o man with severe AS (AVA 0.6, MG 52), LVEF 30 %, NYHA IV, CFS 7, moderate-severe Alzheimer dementia.
Surgical AVR: prohibitive risk (STS PROM 14.2 %, porcelain aorta). TAVI: no feasible access (iliofemoral MLD
4.0-4.2 mm, subclavian occluded/calcified); transcaval/transcarotid judged futile given frailty and dementia.
Balloon valvuloplasty as bridge discussed - no destination therapy to bridge to; family declines.
Conclusion: no valve intervention possible. Recommend palliative medical management, palliative care and
hospice evaluation. Goals of care: comfort focus, DNR/DNI, POLST completed with daughter (health care POA).
""", author=cardio, enc=e2, category=DOC_CAT, lang="en")
    c.impression("2026-10-27", "Severe aortic stenosis not amenable to surgical or transcatheter treatment; "
                 "prognosis months.", assessor=cardio, problems=[as_, hf], enc=e2,
                 prognosis=txt("Poor - no disease-directed treatment options"))
    ref = c.servicereq(cc(("sct", "306237005", "Referral to palliative care service"),
                          text="Referral to palliative care / hospice evaluation"), "2026-10-27", status="active",
                       requester=cardio, performer=pal, reason_ref=as_)
    c.careplan("Palliative care plan - severe aortic stenosis", "2026-10-27",
               category=cc(("uscore-cp", "assess-plan", "Assessment and Plan of Treatment")), addresses=[as_, hf],
               author=pal, description="Comfort-focused care; no valve intervention.",
               activities=[(cc(("sct", "103735009", "Palliative care")), "in-progress", "Symptom control: diuretics, "
                            "low-dose opioid for dyspnea"),
                           (None, "scheduled", "Hospice admission evaluation at home"),
                           (None, "completed", "POLST: DNR/DNI, comfort measures")])
    c.note("2026-11-10", NOTE["consult"], "Palliative medicine consult", """
Seen at home with daughter. Dyspnea with minimal exertion, sleeps in recliner. Comfortable at rest.
Started morphine oral solution 2.5 mg q4h PRN dyspnea. Hospice intake scheduled 11/19.
Family understands that no valve treatment is possible.
F. Adeyemi, MD
""", author=pal, category=DOC_CAT, lang="en")
    meta = dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
                why="Heart team documented that neither surgical nor transcatheter valve replacement is possible for "
                    "severe AS; palliative care plan and hospice referral, no second opinion on record.",
                summary="Structural heart: severe AS, no surgical or TAVI option, palliative/hospice plan.")
    return c, meta


# =============================================================================== C5
def c_adjuvant_chemo(cid):
    """HIGH_IMPACT_TREATMENT positive: adjuvant cisplatin/vinorelbine started after lobectomy."""
    c = Case(cid, "C")
    r = setup_c(c, "Holloway", ["Patricia", "Ann"], "female", "1965-02-09", "private", "GLH-30917264",
                [("Nakamura", "Kenji", "Dr.", "MD, Thoracic Surgery", ("npi", "1881739204")),
                 ("Greer", "Allison", "Dr.", "MD, Thoracic Medical Oncology", ("npi", "1598204736")),
                 ("Mbeki", "Thandi", None, "RN, Infusion Nurse", None)], line="3350 N Clark St")
    surg, onc, rn = r["staff"]
    c.condition(prob("59621000", "Essential hypertension", "I10", "Essential (primary) hypertension"), onset="2016-01-01")
    c.condition(prob("8517006", "Ex-smoker", "Z87.891", "Personal history of nicotine dependence",
                     text="Former smoker, 30 pack-years, quit 2019"), onset="2019-01-01")
    c.medreq(rx("52175", "losartan", "Losartan 50 mg tablet"), "2016-01-01", "50 mg daily", requester=onc)
    ca = c.condition(prob("254626006", "Adenocarcinoma of lung", "C34.11",
                          "Malignant neoplasm of upper lobe, right bronchus or lung"), onset="2026-07-28",
                     stage=txt("pT2a pN1 (1/12, station 10R) M0 - stage IIB; EGFR/ALK negative, PD-L1 TPS 60 %"),
                     asserter=onc)
    adm = c.encounter("2026-09-09", klass="IMP", type_cc=visit("99222", "Admission for elective lobectomy"), prac=surg,
                      priority="EL", admit="outp", discharge="home", end="2026-09-12", hm="06:30", reason_ref=ca)
    c.procedure(cc(("cpt", "32663", "Thoracoscopy, surgical; with lobectomy (single lobe)"),
                   ("sct", "173171007", "Lobectomy of lung"), text="VATS right upper lobectomy with mediastinal lymph "
                   "node dissection"), date="2026-09-09", performer=surg, enc=adm, reason_ref=ca)
    c.report(cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="RUL lobectomy pathology"), "2026-09-15",
             "Invasive adenocarcinoma, acinar predominant, 3.6 cm, visceral pleura not involved, margins negative. "
             "1 of 12 lymph nodes positive (station 10R). pT2a pN1.", cat=("dr-sect", "SP", "Surgical Pathology"))
    c.note("2026-10-14", NOTE["consult"], "Thoracic tumor board", """
Multidisciplinary thoracic tumor board 10/14/2026.
61 y/o F, RUL adenocarcinoma pT2aN1M0 stage IIB after VATS lobectomy 09/09/2026, good recovery, ECOG 1.
EGFR/ALK negative, PD-L1 60 %.
Recommendation: adjuvant cisplatin 75 mg/m2 D1 + vinorelbine 25 mg/m2 D1, D8 every 21 days x 4 cycles,
followed by adjuvant atezolizumab for 1 year. Expected toxicities (neutropenia, nausea, fatigue, neuropathy,
ototoxicity, nephrotoxicity) discussed. Patient agrees.
""", author=onc, category=DOC_CAT, lang="en")
    c.careplan("Adjuvant systemic therapy - NSCLC stage IIB", "2026-10-14", addresses=[ca], author=onc,
               category=cc(("uscore-cp", "assess-plan", "Assessment and Plan of Treatment")),
               activities=[(cc(("sct", "367336001", "Chemotherapy")), "in-progress",
                            "Cisplatin/vinorelbine q21d x 4 cycles (C1 started 11/16/2026)"),
                           (None, "not-started", "Atezolizumab 1200 mg q21d x 1 year after chemotherapy")])
    c.obs_int(cc(("loinc", "89247-1", "ECOG Performance Status score")), "2026-11-10", 1, performer=onc)
    pre = [lab(c, "wbc", "2026-11-13", 6.8), lab(c, "hb_f", "2026-11-13", 12.9), lab(c, "plt", "2026-11-13", 264),
           lab(c, "cr", "2026-11-13", 0.8), lab(c, "k", "2026-11-13", 4.0)]
    c.report(cc(("loinc", "58410-2", "CBC panel - Blood by Automated count"), text="Pre-chemotherapy labs"), "2026-11-13",
             "Adequate counts and renal function for cisplatin.", results=pre)
    cis = c.medreq(cc(("rxnorm", "2555", "cisplatin"), ("hcpcs", "J9060", "Injection, cisplatin, powder or solution, 10 mg"),
                      text="Cisplatin 75 mg/m2 IV"), "2026-11-13", "75 mg/m2 (129 mg) IV day 1 every 21 days x 4 cycles",
                   requester=onc, reason_ref=ca, route="iv", cat="outpatient")
    vin = c.medreq(cc(("rxnorm", "39541", "vinorelbine"), ("hcpcs", "J9390", "Injection, vinorelbine tartrate, 10 mg"),
                      text="Vinorelbine 25 mg/m2 IV"), "2026-11-13", "25 mg/m2 (43 mg) IV days 1 and 8 every 21 days x 4 cycles",
                   requester=onc, reason_ref=ca, route="iv", cat="outpatient")
    e1 = c.encounter("2026-11-16", type_cc=visit("96413", "Chemotherapy administration, intravenous infusion; up to 1 hour"),
                     prac=[onc, rn], hm="08:30", hm_end="14:00", reason_ref=ca)
    c.medadmin(cc(("rxnorm", "2555", "cisplatin"), text="Cisplatin"), "2026-11-16", dose=(129, "mg"), route="iv",
               request=cis, performer=rn, enc=e1, hm="10:15", end_hm="11:15", note="Cycle 1 day 1; pre/post hydration.")
    c.medadmin(cc(("rxnorm", "39541", "vinorelbine"), text="Vinorelbine"), "2026-11-16", dose=(43, "mg"), route="iv",
               request=vin, performer=rn, enc=e1, hm="09:40", end_hm="09:50")
    e2 = c.encounter("2026-11-23", type_cc=visit("96413", "Chemotherapy administration - cycle 1 day 8"), prac=rn,
                     hm="09:00", reason_ref=ca)
    c.medadmin(cc(("rxnorm", "39541", "vinorelbine"), text="Vinorelbine"), "2026-11-23", dose=(43, "mg"), route="iv",
               request=vin, performer=rn, enc=e2, hm="09:40", end_hm="09:50")
    lab(c, "wbc", "2026-11-23", 3.1, enc=e2)
    c.note("2026-11-23", NOTE["progress"], "Infusion visit C1D8", """
Cycle 1 day 8 vinorelbine given. Grade 2 nausea days 2-4 (olanzapine added), fatigue grade 2, no neuropathy.
WBC 3.1, ANC 1.6 - ok to treat. Next cycle 12/07/2026.
A. Greer, MD
""", author=onc, enc=e2, category=DOC_CAT, lang="en")
    meta = dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
                why="Adjuvant cisplatin/vinorelbine chemotherapy (4 cycles, then a year of immunotherapy) started on "
                    "11/16/2026 and ongoing; the lobectomy itself is already done.",
                summary="Thoracic oncology: stage IIB lung cancer after lobectomy, adjuvant chemotherapy started.")
    return c, meta


# =============================================================================== C6
def c_chemo_completed(cid):
    """HIGH_IMPACT_TREATMENT near miss: adjuvant chemotherapy finished 09/2025; surveillance only, no evidence of
    disease."""
    c = Case(cid, "C")
    r = setup_c(c, "Delaney", ["Francis", "J."], "male", "1960-10-30", "medicare", "8TT3-HM4-DX18",
                [("Nakamura", "Kenji", "Dr.", "MD, Thoracic Surgery", ("npi", "1881739204")),
                 ("Greer", "Allison", "Dr.", "MD, Thoracic Medical Oncology", ("npi", "1598204736"))],
                line="7740 W Addison St")
    surg, onc = r["staff"]
    ca = c.condition(prob("254637007", "Non-small cell lung cancer", "C34.32",
                          "Malignant neoplasm of lower lobe, left bronchus or lung",
                          text="Squamous cell carcinoma LLL, pT2bN0M0 stage IIA - resected"),
                     onset="2025-04-10", clinical="remission", abatement="2025-09-23", asserter=onc)
    c.condition(prob("59621000", "Essential hypertension", "I10", "Essential (primary) hypertension"), onset="2011-01-01")
    neuro = c.condition(cc((CM, "G62.0", "Drug-induced polyneuropathy"), text="Chemotherapy-induced peripheral neuropathy, "
                           "grade 1 (feet)"), onset="2025-09-01", severity="mild")
    c.procedure(cc(("cpt", "32663", "Thoracoscopy, surgical; with lobectomy (single lobe)"),
                   text="VATS left lower lobectomy"), date="2025-05-20", performer=surg, reason_ref=ca)
    c.procedure(cc(("sct", "367336001", "Chemotherapy"), text="Adjuvant cisplatin/vinorelbine x 4 cycles"),
                date="2025-07-01", end="2025-09-23", performer=onc, reason_ref=ca, outcome="Completed 4/4 cycles")
    for code, hc, name in (("2555", ("hcpcs", "J9060", "Injection, cisplatin, powder or solution, 10 mg"), "Cisplatin 75 mg/m2 IV"),
                           ("39541", ("hcpcs", "J9390", "Injection, vinorelbine tartrate, 10 mg"), "Vinorelbine 25 mg/m2 IV")):
        c.medreq(cc(("rxnorm", code, name.split()[0].lower()), hc, text=name), "2025-06-24",
                 "Every 21 days x 4 cycles", status="completed", requester=onc, reason_ref=ca, route="iv",
                 start="2025-07-01", end="2025-09-23")
    c.medreq(rx("52175", "losartan", "Losartan 50 mg tablet"), "2011-01-01", "50 mg daily", requester=onc)
    for d in ("2026-05-12", "2026-11-10"):
        c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CT chest with contrast - surveillance"), d,
                 "Post-surgical changes left lower lobectomy. No nodules, no lymphadenopathy, no pleural effusion. "
                 "No evidence of recurrence.", cat=("dr-sect", "RAD", "Radiology"))
    e = c.encounter("2026-11-17", type_cc=visit("99214", "Survivorship follow-up visit"), prac=onc, reason_ref=ca)
    c.vitals("2026-11-17", enc=e, bp=(134, 80), hr=72, weight=84, spo2=96)
    c.obs_int(cc(("loinc", "89247-1", "ECOG Performance Status score")), "2026-11-17", 0, enc=e, performer=onc)
    lab(c, "hb_m", "2026-11-17", 14.2, enc=e)
    lab(c, "cr", "2026-11-17", 1.0, enc=e)
    c.note("2026-11-17", NOTE["progress"], "Thoracic oncology survivorship visit", """
18 months after VATS LLL lobectomy (pT2bN0 squamous cell carcinoma) and 14 months after completing 4 cycles
of adjuvant cisplatin/vinorelbine. CT chest 11/10: no evidence of disease. ECOG 0, back to work.
Residual grade 1 numbness of toes, stable, not limiting.
No active cancer treatment. Plan: CT chest every 6 months to year 3, then annually.
A. Greer, MD
""", author=onc, enc=e, category=DOC_CAT, lang="en")
    meta = dict(target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
                why="The high-impact treatment (lobectomy + adjuvant chemotherapy) was completed in 2025; the patient is "
                    "in surveillance with no evidence of disease and nothing planned or running.",
                summary="Thoracic oncology: lung cancer survivor, chemotherapy finished 14 months ago, CT surveillance only.")
    return c, meta


# =============================================================================== C7
def c_nsclc_second_opinion(cid):
    """UNTREATABLE_PROGNOSIS near miss: stage IV NSCLC, no further options, hospice - but an external second opinion
    in 08/2026 confirmed this (suppression within 12 months)."""
    c = Case(cid, "C")
    r = setup_c(c, "O'Connell", ["Margaret", "Rose"], "female", "1956-12-01", "medicare", "6PL9-RC2-WF33",
                [("Greer", "Allison", "Dr.", "MD, Thoracic Medical Oncology", ("npi", "1598204736")),
                 ("Nakamura", "Kenji", "Dr.", "MD, Thoracic Surgery", ("npi", "1881739204")),
                 ("Solberg", "Ingrid", "Dr.", "MD, Medical Oncology (external)", ("npi", "1407293658")),
                 ("Adeyemi", "Folake", "Dr.", "MD, Palliative Medicine", ("npi", "1578302946"))],
                line="5521 N Sheridan Rd")
    onc, surg, ext, pal = r["staff"]
    ext_org = c.organization("Midwest Comprehensive Cancer Center", city="Madison")
    ca = c.condition(prob("254626006", "Adenocarcinoma of lung", "C34.12",
                          "Malignant neoplasm of upper lobe, left bronchus or lung"), onset="2025-06-10",
                     stage=txt("cT3N2M1c - stage IVB (pleural and bone metastases)"), asserter=onc)
    c.condition(cc((CM, "C79.51", "Secondary malignant neoplasm of bone"), text="Bone metastases"), onset="2025-06-10")
    c.condition(prob("59621000", "Essential hypertension", "I10", "Essential (primary) hypertension"), onset="2009-01-01")
    c.obs_str(cc(local(c, "NGS-LUNG", "Comprehensive NGS panel - lung (DNA/RNA)"), text="Tumor NGS panel"), "2025-06-24",
              "No actionable alterations: EGFR, ALK, ROS1, KRAS G12C, BRAF V600E, MET exon 14, RET, NTRK, HER2 negative. "
              "PD-L1 TPS 5 %.", cat="laboratory")
    c.note("2025-06-18", NOTE["consult"], "Thoracic surgery consultation", """
Stage IV adenocarcinoma LUL with pleural and bone metastases. Not a surgical candidate; refer to medical oncology.
K. Nakamura, MD
""", author=surg, category=DOC_CAT, lang="en")
    c.medreq(txt("Carboplatin AUC5 + pemetrexed 500 mg/m2 + pembrolizumab 200 mg q21d, then maintenance"), "2025-07-01",
             "IV every 21 days", status="completed", requester=onc, reason_ref=ca, start="2025-07-01", end="2026-01-27")
    c.medreq(rx("72962", "docetaxel", "Docetaxel 75 mg/m2 IV"), "2026-03-03", "IV every 21 days", status="stopped",
             requester=onc, reason_ref=ca, start="2026-03-03", end="2026-06-09",
             note="Stopped 06/2026 for progression and grade 3 fatigue.")
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CT chest/abdomen/pelvis"), "2026-06-30",
             "Progression: enlarging LUL mass, new liver metastases (largest 2.4 cm), increased pleural effusion.",
             cat=("dr-sect", "RAD", "Radiology"))
    c.obs_int(cc(("loinc", "89247-1", "ECOG Performance Status score")), "2026-07-15", 3, performer=onc)
    c.note("2026-07-15", NOTE["progress"], "Thoracic oncology visit", """
Progression after 2 lines (carboplatin/pemetrexed/pembrolizumab; docetaxel). ECOG 3. No actionable alterations.
No further effective systemic options; not eligible for current trials (ECOG 3, liver metastases).
Recommend hospice. Patient and son request an outside second opinion before deciding - referral placed.
A. Greer, MD
""", author=onc, category=DOC_CAT, lang="en")
    so = c.servicereq(cc(("sct", "3457005", "Patient referral"), text="Second opinion - medical oncology, Midwest "
                         "Comprehensive Cancer Center"), "2026-07-15", status="completed", requester=onc, performer=ext,
                      reason_ref=ca)
    e_so = c.encounter("2026-08-26", type_cc=visit("99245", "Office consultation - second opinion"), prac=ext,
                       org=ext_org, reason_ref=ca)
    c.note("2026-08-26", NOTE["consult"], "Second opinion consultation - Midwest Comprehensive Cancer Center", """
Second opinion requested by patient and Dr. Greer.
Reviewed pathology, NGS (no targetable alterations), imaging and treatment history.
I agree that there is no further disease-directed therapy with meaningful expected benefit; she is not eligible
for our open phase I/II trials (ECOG 3). I concur with transition to hospice care.
I. Solberg, MD, Thoracic Oncology
""", author=ext, custodian=ext_org, enc=e_so, category=DOC_CAT, lang="en")
    c.servicereq(cc(("sct", "306237005", "Referral to palliative care service"), text="Referral to home hospice"),
                 "2026-09-02", status="completed", requester=onc, performer=pal, reason_ref=ca)
    c.careplan("Hospice plan of care", "2026-09-05", addresses=[ca], author=pal,
               category=cc(("uscore-cp", "assess-plan", "Assessment and Plan of Treatment")),
               activities=[(cc(("sct", "385763009", "Hospice care")), "in-progress", "Home hospice, symptom control"),
                           (None, "completed", "Indwelling pleural catheter for recurrent effusion")])
    c.medreq(rx("7804", "oxycodone", "Oxycodone 5 mg tablet"), "2026-09-05", "5 mg every 4 h as needed", requester=pal,
             reason_ref=ca)
    c.note("2026-11-12", NOTE["progress"], "Hospice interdisciplinary note", """
Home hospice week 10. Pain controlled on oxycodone PRN. Pleural catheter drained twice weekly.
Family coping, wishes respected. DNR.
F. Adeyemi, MD
""", author=pal, category=DOC_CAT, lang="en")
    meta = dict(target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
                why="Stage IV NSCLC with no further options and hospice, but an outside oncology second opinion "
                    "(08/26/2026, within 12 months, same problem) is on record and concurred, so the flag is suppressed.",
                summary="Thoracic oncology: stage IV NSCLC on hospice after an external second opinion confirmed no options.")
    return c, meta


# =============================================================================== C8
def c_copy_request(cid):
    """PATIENT_REPORTED_CONCERN near miss: patient message asks for a 'second copy' of a report and a different
    appointment slot - not a second opinion, no concern about care."""
    c = Case(cid, "C")
    r = setup_c(c, "Kaminski", ["Beatrice"], "female", "1954-07-07", "medicare", "4MM1-KB7-QZ52",
                [("Okonkwo", "Samuel", "Dr.", "MD, Interventional & Structural Cardiology", ("npi", "1740293856")),
                 ("Reyes", "Dana", None, "APRN, Structural Heart Nurse Practitioner", ("npi", "1629384750")),
                 ("Hollis", "Megan", None, "Structural Heart Program Coordinator", None)],
                line="3012 W Belmont Ave")
    cardio, np_, coord = r["staff"]
    mr = c.condition(prob("48724000", "Mitral valve regurgitation", "I34.0", "Nonrheumatic mitral (valve) insufficiency",
                          text="Severe primary MR (P2 flail) - treated with TEER"), onset="2025-10-01", asserter=cardio)
    c.condition(prob("49436004", "Atrial fibrillation", "I48.19", "Other persistent atrial fibrillation"),
                onset="2024-03-01")
    c.condition(prob("700378005", "Chronic kidney disease stage 3A", "N18.31", "Chronic kidney disease, stage 3a"),
                onset="2022-01-01")
    c.medreq(rx("1364430", "apixaban", "Apixaban 5 mg tablet"), "2024-03-01", "5 mg twice daily", requester=cardio)
    c.medreq(rx("4603", "furosemide", "Furosemide 20 mg tablet"), "2025-10-01", "20 mg daily", requester=cardio)
    c.procedure(cc(("cpt", "33418", "Transcatheter mitral valve repair, percutaneous approach, including transseptal "
                                   "puncture when performed; initial prosthesis"), text="Mitral TEER (1 clip, A2-P2)"),
                date="2026-06-10", performer=cardio, reason_ref=mr, outcome="MR reduced from 4+ to 1+.")
    kccq(c, "2026-05-20", 58)
    e = c.encounter("2026-11-12", type_cc=visit("99214", "Office visit - TEER 5-month follow-up"), prac=np_, reason_ref=mr)
    c.vitals("2026-11-12", enc=e, bp=(126, 74), hr=72, weight=66)
    nyha(c, "2026-11-12", 1, enc=e)
    kccq(c, "2026-11-12", 82, enc=e)
    echo(c, "2026-11-12", "Mitral clip stable, mild residual MR, mean transmitral gradient 3 mmHg. LVEF 60 %.",
         lvef=60, performer=cardio, enc=e, extra=[("MV-MG", "Mitral valve mean gradient", 3, "mm[Hg]", "mm[Hg]")])
    c.note("2026-11-12", NOTE["progress"], "Structural heart follow-up", """
5 months after mitral TEER. NYHA I, KCCQ 82 (58 before). Echo: mild residual MR, MG 3 mmHg.
Continue apixaban and furosemide 20 mg. Next visit with Dr. Okonkwo 01/14/2027, echo at 1 year.
D. Reyes, APRN
""", author=np_, enc=e, category=DOC_CAT, lang="en")
    msg = c.communication("2026-11-20", (
        "Hello, could you please send a second copy of my echo report from November 12 to Dr. Patel, my primary care "
        "doctor? The first one got lost in the mail. Also, is it possible to move my January 14 appointment to a "
        "morning slot? Afternoons are hard for my ride. Thank you! Beatrice Kaminski"), sender=c.pat,
        recipient=coord, topic=txt("Records request / appointment change"), category="notification",
        medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ONLINEWRIT", "online written")))
    c.communication("2026-11-23", (
        "Hi Mrs. Kaminski, the echo report was faxed to Dr. Patel's office today, and your January 14 visit is moved "
        "to 9:00 AM. - Megan, Structural Heart Program"), sender=coord, recipient=c.pat, in_response_to=msg,
        hm="10:20")
    c.appointment("2027-01-14", 30, "Structural heart follow-up with Dr. Okonkwo", practitioner=cardio, reason_ref=mr,
                  hm="09:00", created="2026-11-23")
    meta = dict(target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
                why="The patient-authored message asks for a 'second copy' of a report and a morning appointment; it "
                    "expresses no concern about care and no request for a second opinion. Symptoms much improved.",
                summary="Structural heart: after mitral TEER, patient asks for a second copy of her echo report.")
    return c, meta


# =============================================================================== C9
def c_hf_kccq(cid):
    """WORSENING_DESPITE_TREATMENT positive: KCCQ 64 -> 39 and NT-proBNP rising over 8 months on full GDMT."""
    c = Case(cid, "C")
    r = setup_c(c, "Russo", ["Anthony", "P."], "male", "1968-04-02", "private", "GLH-51230688",
                [("Whitfield", "Laura", "Dr.", "MD, Heart Failure Cardiology", ("npi", "1932047586")),
                 ("Reyes", "Dana", None, "APRN, Heart Failure Nurse Practitioner", ("npi", "1629384750"))],
                line="4120 S Archer Ave")
    hfmd, np_ = r["staff"]
    icm = c.condition(prob("426856002", "Ischemic congestive cardiomyopathy", "I25.5", "Ischemic cardiomyopathy",
                           text="Ischemic cardiomyopathy, LVEF 25 %"), onset="2024-02-15", asserter=hfmd)
    hf = c.condition(prob("703272007", "Heart failure with reduced ejection fraction", "I50.22",
                          "Chronic systolic (congestive) heart failure"), onset="2024-02-15", asserter=hfmd)
    c.condition(prob("53741008", "Coronary arteriosclerosis", "I25.10",
                     "Atherosclerotic heart disease of native coronary artery without angina pectoris"), onset="2024-02-15")
    c.condition(prob("55822004", "Hyperlipidemia", "E78.2", "Mixed hyperlipidemia"), onset="2015-01-01")
    c.procedure(cc(("sct", "415070008", "Percutaneous coronary intervention"), text="PCI with DES to proximal LAD "
                   "(anterior STEMI)"), date="2024-02-15")
    c.procedure(txt("Single-chamber ICD implantation (primary prevention)"), date="2025-04-22")
    gdmt = [("1656339", "sacubitril / valsartan", "Sacubitril/valsartan 97/103 mg tablet", "1 tablet twice daily"),
            ("20352", "carvedilol", "Carvedilol 25 mg tablet", "25 mg twice daily"),
            ("9997", "spironolactone", "Spironolactone 25 mg tablet", "25 mg daily"),
            ("1545653", "empagliflozin", "Empagliflozin 10 mg tablet", "10 mg daily")]
    for code, ing, name, dose in gdmt:
        c.medreq(rx(code, ing, name), "2025-01-14", dose, requester=hfmd, reason_ref=hf, start="2025-01-14")
    c.medreq(rx("4603", "furosemide", "Furosemide 40 mg tablet"), "2026-09-15", "80 mg daily (increased from 40 mg)",
             requester=hfmd, reason_ref=hf)
    c.medreq(rx("83367", "atorvastatin", "Atorvastatin 80 mg tablet"), "2024-02-17", "80 mg daily", requester=hfmd)
    rows = [("2026-03-10", 64, 2, 1450, 410), ("2026-06-09", 55, 2, 2380, 350), ("2026-09-15", 46, 3, 3010, 320),
            ("2026-11-17", 39, 3, 3620, 305)]
    for d, k, ny, bnp, walk in rows:
        e = c.encounter(d, type_cc=visit("99214", "Office visit - heart failure clinic"), prac=hfmd, reason_ref=hf)
        kccq(c, d, k, enc=e)
        nyha(c, d, ny, enc=e)
        lab(c, "ntprobnp", d, bnp, override_unit=("pg/mL", "pg/mL", None, 125), enc=e)
        c.obs(cc(local(c, "6MWD", "Six-minute walk distance"), text="6-minute walk distance"), d, walk, "m", flag=None,
              cat="exam", enc=e)
    echo(c, "2026-09-15", "Dilated LV with severe global hypokinesis, akinetic anterior wall/apex, LVEF 25 %. Moderate "
         "functional MR. RVSP 48 mmHg.", lvef=25, performer=hfmd)
    labs = [lab(c, "k", "2026-11-17", 4.8), lab(c, "cr", "2026-11-17", 1.2), lab(c, "na", "2026-11-17", 134)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="BMP"), "2026-11-17",
             "Mild hyponatremia.", results=labs)
    c.note("2026-11-17", NOTE["progress"], "Heart failure clinic", """
Ischemic cardiomyopathy, LVEF 25 %, ICD in place. On maximally tolerated GDMT since 01/2025 (sacubitril/valsartan
97/103 BID, carvedilol 25 BID, spironolactone 25, empagliflozin 10) with documented adherence (pharmacy refill
data 100 %). Furosemide increased to 80 mg in September.
Progressive decline over 8 months: KCCQ-12 64 -> 55 -> 46 -> 39, NYHA II -> III, NT-proBNP 1450 -> 3620,
6MWD 410 -> 305 m. Two-pillow orthopnea. No ICD shocks.
Plan: referral to advanced heart failure program for evaluation; continue GDMT.
L. Whitfield, MD
""", author=hfmd, category=DOC_CAT, lang="en")
    c.servicereq(cc(("sct", "3457005", "Patient referral"), text="Referral to advanced heart failure program - evaluation"),
                 "2026-11-17", status="active", requester=hfmd, reason_ref=hf)
    meta = dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
                why="KCCQ-12 fell 64 -> 55 -> 46 -> 39 over 8 months (5x the 5-point MCID) with rising NT-proBNP and "
                    "shorter walk distance, while full guideline-directed therapy ran throughout.",
                summary="Heart failure clinic: HFrEF declining for 8 months (KCCQ 64 to 39) on full GDMT.")
    return c, meta


# =============================================================================== C10
def c_cardio_multimorbid(cid):
    """RARE_OR_COMPLEX_CONDITION near miss: five active chronic conditions, all cardiovascular; the conditions from
    other specialties are resolved or in remission."""
    c = Case(cid, "C")
    r = setup_c(c, "Fischer", ["Leonard"], "male", "1955-09-21", "medicare", "7NV5-LF8-AC30",
                [("Feld", "Aaron", "Dr.", "MD, Interventional Cardiology", ("npi", "1467382910")),
                 ("Reyes", "Dana", None, "APRN, Cardiology Nurse Practitioner", ("npi", "1629384750"))],
                line="9012 S Western Ave")
    cardio, np_ = r["staff"]
    active = [prob("53741008", "Coronary arteriosclerosis", "I25.10",
                   "Atherosclerotic heart disease of native coronary artery without angina pectoris"),
              prob("441530006", "Chronic diastolic heart failure", "I50.32", "Chronic diastolic (congestive) heart failure",
                   text="Heart failure with mildly reduced/preserved EF (LVEF 45-50 %)"),
              prob("282825002", "Paroxysmal atrial fibrillation", "I48.0", "Paroxysmal atrial fibrillation"),
              prob("59621000", "Essential hypertension", "I10", "Essential (primary) hypertension"),
              prob("55822004", "Hyperlipidemia", "E78.2", "Mixed hyperlipidemia")]
    for cd, o in zip(active, ["2023-03-01", "2024-01-01", "2022-05-01", "2005-01-01", "2005-01-01"]):
        c.condition(cd, onset=o, asserter=cardio)
    c.condition(cc((CM, "J18.9", "Pneumonia, unspecified organism"), ("sct", "233604007", "Pneumonia"),
                   text="Community-acquired pneumonia"), onset="2025-01-08", clinical="resolved", abatement="2025-01-29",
                category="encounter-diagnosis")
    c.condition(cc((CM, "N17.9", "Acute kidney failure, unspecified"), text="Acute kidney injury (prerenal), resolved"),
                onset="2025-01-08", clinical="resolved", abatement="2025-01-20", category="encounter-diagnosis")
    c.condition(prob("370143000", "Major depressive disorder", "F33.42",
                     "Major depressive disorder, recurrent, in full remission"), onset="2014-01-01",
                clinical="remission", abatement="2022-06-01", note="Off antidepressants since 2022.")
    c.procedure(cc(("sct", "415070008", "Percutaneous coronary intervention"), text="PCI with DES to RCA"),
                date="2023-03-14", performer=cardio)
    for code, ing, name, dose in (("1364430", "apixaban", "Apixaban 5 mg tablet", "5 mg twice daily"),
                                  ("6918", "metoprolol", "Metoprolol succinate 50 mg tablet", "50 mg daily"),
                                  ("83367", "atorvastatin", "Atorvastatin 40 mg tablet", "40 mg daily"),
                                  ("52175", "losartan", "Losartan 50 mg tablet", "50 mg daily"),
                                  ("1545653", "empagliflozin", "Empagliflozin 10 mg tablet", "10 mg daily")):
        c.medreq(rx(code, ing, name), "2025-02-04", dose, requester=cardio)
    for d, k in (("2026-05-05", 76), ("2026-11-05", 78)):
        e = c.encounter(d, type_cc=visit("99214", "Office visit - cardiology follow-up"), prac=np_)
        c.vitals(d, enc=e, bp=(128, 76), hr=64, weight=88)
        kccq(c, d, k, enc=e)
        nyha(c, d, 2 if d < "2026-06" else 1, enc=e)
        lab(c, "ntprobnp", d, 310 if d < "2026-06" else 290, enc=e)
        lab(c, "cr", d, 1.1, enc=e)
        lab(c, "ldl", d, 64, enc=e)
    echo(c, "2026-11-05", "LVEF 47 %, mild inferior hypokinesis, grade 2 diastolic dysfunction, LA moderately dilated. "
         "Stable vs 2025.", lvef=47, performer=cardio)
    c.note("2026-11-05", NOTE["progress"], "Cardiology follow-up", """
71 y/o M with CAD s/p RCA PCI (2023), HF with LVEF 45-50 %, paroxysmal AF on apixaban, HTN, hyperlipidemia.
Pneumonia and prerenal AKI in 01/2025 fully resolved. History of depression, in remission off medication.
Stable: NYHA I-II, KCCQ 78, BP 128/76, LDL 64, creatinine 1.1, NT-proBNP 290, no AF recurrence on device check.
Continue current regimen. Return 6 months.
D. Reyes, APRN
""", author=np_, category=DOC_CAT, lang="en")
    meta = dict(target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
                why="Five active chronic conditions but all cardiovascular (one specialty); the pneumonia and AKI are "
                    "resolved and the depression is in remission, so the complexity threshold (>= 3 specialties) is "
                    "not met; no rare disease.",
                summary="Cardiology: stable CAD/HF/AF/HTN/lipids; non-cardiac problems resolved or in remission.")
    return c, meta


CASES = [c_ida_no_followup, c_tavi_planned, c_cabg_done, c_inoperable_as, c_adjuvant_chemo, c_chemo_completed,
         c_nsclc_second_opinion, c_copy_request, c_hf_kccq, c_cardio_multimorbid]
