from lib import *
from cardio import cov, ECG

def mk(cid, org, pt, prs, covk):
    c = Case(cid, org)
    c.patient(*pt)
    ps = [c.pract(*p) for p in prs]
    cov(c, covk)
    return c, ps

def mpp_tavr(cid):
    c, (ic, cs) = mk(cid, "SSH", ("Harold E", "Lindqvist", "male", "1947-02-19", "SSH-0041187", "1650 Vine St", None, ("M", "Married")), [("Rebecca", "Tran", "Interventional Cardiology"), ("Martin", "Holloway", "Thoracic and Cardiac Surgery")], "ma")
    asx = c.cond(cc(C("icd", "I35.0", "Nonrheumatic aortic (valve) stenosis"), C("sct", "60573004", "Aortic valve stenosis")), "2022-06-01", severity="Severe")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2005-01-01")
    c.cond(cc(C("icd", "N18.31", "Chronic kidney disease, stage 3a")), "2021-01-01")
    c.med(cc(C("rx", "17767", "amlodipine")), "2015-01-01", "amlodipine 5 mg daily", reason=htn)
    c.med(cc(C("rx", "1191", "aspirin")), "2015-01-01", "aspirin 81 mg daily")
    for name, val, unit in [("Aortic valve mean gradient", 48, "mm[Hg]"), ("Aortic valve area", 0.7, "cm2")]:
        c.obs(cc(text=name), "2026-10-06", val, unit, unit, cat="imaging", interp="A")
    c.obs(LN("10230-1", "Left ventricular Ejection fraction"), "2026-10-06", 55, "%", "%", 52, 72, "N", cat="imaging")
    c.obs(cc(text="STS Predicted Risk of Mortality (PROM), isolated AVR"), "2026-11-04", 4.1, "%", "%", cat="procedure")
    c.obs(cc(text="CTA TAVR protocol"), "2026-10-20", vstr="Annulus perimeter 78 mm, area 460 mm2; iliofemoral access adequate (min 6.8 mm).", cat="imaging")
    e1 = c.enc("2026-11-04", "AMB", "Structural heart team conference", "Severe symptomatic AS", pract=ic)
    c.note("2026-11-04", NOTE_CONSULT, "Heart team conference note", """
HEART TEAM CONFERENCE 11/04/2026 (Tran - interventional, Holloway - CT surgery)
79M severe calcific AS (AVA 0.7 cm2, MG 48 mmHg), NYHA III dyspnea, one exertional presyncope. STS PROM 4.1%, frail (5-m walk 7.2 s), CKD 3a.
Consensus: transfemoral TAVR with balloon-expandable 26 mm valve. Scheduled 12/17/2026. Patient and daughter agree.""", enc=e1, author=ic)
    c.sr(cc(C("cpt", "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"), text="Transfemoral TAVR"), "2026-11-04", "active", "order", occ="2026-12-17", reason=asx, performer=ic, requester=ic, priority="routine")
    c.lab("cr_m", "2026-11-04", 1.3, e1)
    c.lab("hgb_m", "2026-11-04", 12.9, e1)
    return c, dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
                   why="Active order for transfemoral TAVR (CPT 33361) scheduled 2026-12-17, not yet performed; within 30 days so urgent priority.",
                   summary="79M severe aortic stenosis, heart team booked TAVR in 16 days")

def up_nm_mr(cid):
    c, (sh, pal) = mk(cid, "SSH", ("Dorothy", "Marchetti", "female", "1938-07-30", "SSH-0017762", "755 Grant St Apt 4", None, ("W", "Widowed")), [("Rebecca", "Tran", "Interventional Cardiology"), ("Eliza", "Moberg", "Hospice and Palliative Medicine")], "mcare")
    mr = c.cond(cc(C("icd", "I34.0", "Nonrheumatic mitral (valve) insufficiency"), C("sct", "48724000", "Mitral valve regurgitation")), "2023-01-01", severity="Severe")
    hf = c.cond(cc(C("icd", "I50.32", "Chronic diastolic (congestive) heart failure")), "2023-01-01")
    c.cond(cc(C("icd", "I48.21", "Permanent atrial fibrillation")), "2020-01-01")
    c.med(cc(C("rx", "4603", "furosemide")), "2024-01-01", "furosemide 40 mg twice daily", reason=hf)
    c.med(cc(C("rx", "1364430", "apixaban")), "2020-01-01", "apixaban 2.5 mg twice daily")
    c.note("2026-05-12", NOTE_CONSULT, "Structural heart evaluation", "88F severe primary MR, flail posterior leaflet with wide gap and severe annular calcification; STS PROM MV repair 14%. TEER not feasible anatomically (MAC, gradient). Not surgical candidate.", author=sh)
    e2 = c.enc("2026-07-14", "AMB", "Second opinion consultation (external)", "Second opinion, severe MR", status="finished")
    c.add("ServiceRequest", "sr-so", {"status": "completed", "intent": "order", "code": cc(C("sct", "183515008", "Referral to physician"), text="Second opinion - structural heart, University of Colorado valve program"), "subject": {"reference": c.P}, "authoredOn": "2026-05-20", "requester": {"reference": sh}, "reasonReference": [{"reference": mr}]})
    c.note("2026-07-14", NOTE_CONSULT, "Outside second opinion letter (scanned text)", "Second opinion, University structural valve clinic: agree anatomy unsuitable for TEER or transcatheter mitral replacement trials; surgical risk prohibitive. Concur with medical therapy and palliative care.", enc=e2)
    e3 = c.enc("2026-11-18", "AMB", "Palliative cardiology visit", "Symptom management", pract=pal)
    c.vitals("2026-11-18", e3, bp=(104, 60), hr=78, wt=52.4)
    c.lab("ntbnp", "2026-11-18", 4200, e3)
    c.add("CarePlan", "cp-1", {"status": "active", "intent": "plan", "category": [cc(C("sct", "103735009", "Palliative care"))], "title": "Palliative cardiology care plan", "subject": {"reference": c.P},
          "period": {"start": "2026-08-01"}, "created": "2026-08-01", "author": {"reference": pal}, "addresses": [{"reference": mr}],
          "activity": [{"detail": {"status": "in-progress", "description": "Diuretic titration for comfort, home health, advance care planning; no valve intervention options"}}]})
    c.note("2026-11-18", NOTE_PROGRESS, "Palliative cardiology note", "Comfortable at rest, NYHA III. Understands no valve intervention is possible (confirmed at outside second opinion in July). Focus: home, comfort. POLST: DNR, selective treatment.", enc=e3, author=pal)
    return c, dict(target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
                   why="Inoperable severe MR with a palliative CarePlan, but an outside structural-heart second opinion was obtained in July 2026 (within 12 months), so the flag is suppressed.",
                   summary="88F inoperable severe MR on palliative plan; external second opinion done July 2026")

def wdt_nm_a1c(cid):
    c, (card, np_) = mk(cid, "SSH", ("Lloyd", "Abernathy", "male", "1954-01-15", "SSH-0089920", "3300 E 17th Ave", None, ("M", "Married")), [("Rebecca", "Tran", "Interventional Cardiology"), ("Janelle", "Ortiz", "Nurse Practitioner", "NP")], "ma")
    dm = c.cond(cc(C("icd", "E11.9", "Type 2 diabetes mellitus without complications"), C("sct", "44054006", "Diabetes mellitus type 2")), "2012-01-01")
    c.cond(cc(C("icd", "Z95.2", "Presence of prosthetic heart valve")), "2025-04-09", note="TAVR 26 mm 04/2025")
    c.cond(cc(C("icd", "E78.5", "Hyperlipidemia, unspecified")), "2012-01-01")
    c.med(cc(C("rx", "6809", "metformin")), "2012-01-01", "metformin 1000 mg twice daily", reason=dm)
    c.med(cc(C("rx", "1545653", "empagliflozin")), "2024-01-01", "empagliflozin 10 mg daily", reason=dm)
    c.med(cc(C("rx", "83367", "atorvastatin")), "2012-01-01", "atorvastatin 40 mg daily")
    for d, v in [("2026-01-12", 7.2), ("2026-04-14", 7.3), ("2026-07-15", 7.3), ("2026-10-19", 7.4)]:
        c.lab("a1c", d, v)
    e = c.enc("2026-10-26", "AMB", "Post-TAVR valve clinic (18 months)", "Valve surveillance", pract=np_)
    c.vitals("2026-10-26", e, bp=(126, 72), hr=68, wt=90.1)
    c.obs(cc(text="Aortic valve mean gradient (prosthetic)"), "2026-10-19", 9, "mm[Hg]", "mm[Hg]", cat="imaging", interp="N")
    c.note("2026-10-26", NOTE_PROGRESS, "Valve clinic note", "18 mo post TAVR, MG 9 mmHg, no PVL. NYHA I. A1c 7.4 (7.2 in Jan) - essentially stable on metformin/empagliflozin, PCP managing. Continue.", enc=e, author=np_)
    return c, dict(target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
                   why="HbA1c drifts 7.2 -> 7.4% over 9 months on treatment - a rise well below the minimal clinically important difference (~0.5%).",
                   summary="72M post-TAVR with diabetes, HbA1c 7.2 to 7.4% on metformin/empagliflozin")

def mpp_nm_cabg(cid):
    c, (ic, cs) = mk(cid, "LHVI", ("Francis X", "Doyle", "male", "1961-09-03", "LHV-7720184", "940 Lake Dr SE", None, ("M", "Married")), [("Samuel", "Okonkwo", "Interventional Cardiology"), ("Helena", "Vukovic", "Thoracic and Cardiac Surgery")], "mi")
    cad = c.cond(cc(C("icd", "I25.110", "Atherosclerotic heart disease of native coronary artery with unstable angina pectoris"), C("sct", "53741008", "Coronary arteriosclerosis")), "2026-09-08")
    c.cond(cc(C("icd", "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")), "2026-09-08", status="resolved", abate="2026-10-08")
    dm = c.cond(cc(C("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2016-01-01")
    e1 = c.enc("2026-09-08T04:00:00-04:00", "IMP", "Inpatient admission", "NSTEMI", end="2026-09-13T12:00:00-04:00", pract=ic, disp="Home")
    c.lab("trop", "2026-09-08T04:30:00-04:00", 2140, e1)
    c.obs(cc(text="Coronary angiography findings"), "2026-09-09", vstr="80% ostial LAD, 90% mid LCx, 70% mid RCA; SYNTAX score 24.", cat="procedure", enc=e1, interp="A")
    cab = c.sr(cc(C("cpt", "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), text="CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA)"), "2026-09-10", "revoked", "proposal", reason=cad, performer=cs, requester=cs,
               note="Heart team 9/10: CABG offered as preferred option; patient declined surgery and chose multivessel PCI. Request withdrawn 9/11.")
    c.proc(cc(C("cpt", "92928", "Percutaneous transcatheter placement of intracoronary stent(s), with coronary angioplasty when performed; single major coronary artery or branch"), text="PCI with DES to LAD, LCx and RCA (staged)"), "2026-09-12", reason=cad, performer=ic, enc=e1, outcome="Successful, TIMI 3 flow")
    c.note("2026-09-10", NOTE_CONSULT, "Heart team note", "3VD with DM, SYNTAX 24. Surgery recommended as class I option (STS PROM 1.2%). After discussion pt strongly prefers PCI (caregiver for wife). Interventional team agrees PCI acceptable. CABG referral withdrawn.", author=cs)
    for rx, n, d in [("32968", "clopidogrel", "75 mg daily"), ("1191", "aspirin", "81 mg daily"), ("83367", "atorvastatin", "80 mg daily"), ("6918", "metoprolol", "succinate 50 mg daily"), ("6809", "metformin", "1000 mg twice daily")]:
        c.med(cc(C("rx", rx, n)), "2026-09-13", f"{n} {d}", reason=cad)
    e2 = c.enc("2026-11-09", "AMB", "Cardiology post-PCI clinic", "Follow-up", pract=ic)
    c.vitals("2026-11-09", e2, bp=(124, 74), hr=60)
    c.note("2026-11-09", NOTE_PROGRESS, "Cardiology note", "8 wk post staged PCI x3. No angina, in cardiac rehab. DAPT 12 months. No further revascularization planned.", enc=e2, author=ic)
    return c, dict(target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
                   why="CABG was proposed but the ServiceRequest is revoked (patient chose PCI, already performed); no major procedure remains planned.",
                   summary="65M three-vessel disease, CABG proposal withdrawn, PCI already done")

def up_advhf(cid):
    c, (hf, pal) = mk(cid, "LHVI", ("Leonard", "Vanderwall", "male", "1943-04-11", "LHV-1033457", "2315 Plainfield Ave NE", None, ("M", "Married")), [("Meredith", "Kwan", "Advanced Heart Failure and Transplant Cardiology"), ("Paul", "Engstrom", "Hospice and Palliative Medicine")], "mcare")
    hfr = c.cond(cc(C("icd", "I50.84", "End stage heart failure"), C("sct", "703272007", "Heart failure with reduced ejection fraction")), "2018-01-01", note="Ischemic cardiomyopathy, stage D")
    c.cond(cc(C("icd", "I25.5", "Ischemic cardiomyopathy")), "2018-01-01")
    c.cond(cc(C("icd", "N18.32", "Chronic kidney disease, stage 3b")), "2022-01-01")
    c.cond(cc(C("icd", "Z95.810", "Presence of automatic (implantable) cardiac defibrillator")), "2019-03-01")
    for rx, n, d in [("20352", "carvedilol", "3.125 mg twice daily"), ("4603", "furosemide", "80 mg twice daily"), ("9997", "spironolactone", "12.5 mg daily")]:
        c.med(cc(C("rx", rx, n)), "2025-01-01", f"{n} {d}", reason=hfr)
    c.obs(LN("10230-1", "Left ventricular Ejection fraction"), "2026-10-02", 15, "%", "%", 52, 72, "L", cat="imaging")
    e1 = c.enc("2026-11-05T10:00:00-05:00", "IMP", "Inpatient admission", "Decompensated HF", end="2026-11-12T12:00:00-05:00", pract=hf, disp="Home with services")
    c.lab("ntbnp", "2026-11-05T10:30:00-05:00", 14800, e1)
    c.lab("na", "2026-11-05T10:30:00-05:00", 129, e1)
    c.lab("cr_m", "2026-11-05T10:30:00-05:00", 2.1, e1)
    c.note("2026-11-11", NOTE_CONSULT, "Advanced HF evaluation", """
ADVANCED HEART FAILURE - Dr. Kwan
83M stage D ischemic CM, EF 15%, 3rd admission in 4 months, inotrope-dependent this admission (milrinone weaned with difficulty). RV dysfunction severe.
Not a candidate for transplant (age) or LVAD (severe RV failure, frailty, CKD). Home inotropes discussed as palliative only.
No further advanced therapies options. Recommend palliative care referral and hospice discussion.""", enc=e1, author=hf)
    c.sr(cc(C("sct", "306237005", "Referral to palliative care service")), "2026-11-11", "active", "order", reason=hfr, performer=pal, requester=hf, enc=e1)
    c.note("2026-11-12", NOTE_DC, "Discharge summary", "Discharged home on oral diuretics, GDMT limited by hypotension. Outpatient palliative care intake 12/03. Wife asks 'is there really nothing else?'.", enc=e1, author=hf)
    return c, dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
                   why="Stage D heart failure judged to have no further advanced therapy options (no transplant/LVAD) with an active palliative care referral and no second opinion on record.",
                   summary="83M stage D ischaemic cardiomyopathy, not LVAD/transplant candidate, palliative referral")

def hit_nm_kccq(cid):
    c, (hf,) = mk(cid, "LHVI", ("Sharon", "Veldkamp", "female", "1960-12-21", "LHV-5529017", "118 Fulton St W", None, ("M", "Married")), [("Meredith", "Kwan", "Advanced Heart Failure and Transplant Cardiology")], "mi")
    hfr = c.cond(cc(C("icd", "I50.22", "Chronic systolic (congestive) heart failure")), "2025-06-01", note="Non-ischemic dilated cardiomyopathy, EF 30%")
    c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2010-01-01")
    c.med(cc(C("rx", "29046", "lisinopril")), "2025-06-01", "lisinopril 10 mg daily (stopped 2026-08-03, 36 h washout)", status="stopped", reason=hfr)
    c.med(cc(C("rx", "1656340", "sacubitril 49 MG / valsartan 51 MG Oral Tablet")), "2026-08-05", "1 tablet twice daily", reason=hfr)
    c.med(cc(C("rx", "20352", "carvedilol")), "2025-06-01", "carvedilol 12.5 mg twice daily", reason=hfr)
    c.med(cc(C("rx", "1488564", "dapagliflozin")), "2025-09-01", "dapagliflozin 10 mg daily", reason=hfr)
    kccq = cc(C("https://fhir.lakeshoreheart.org/CodeSystem/flowsheet", "HF-KCCQ12-OS", "KCCQ-12 Overall Summary Score"), text="KCCQ-12 overall summary score")
    encs = []
    for d, v, bp in [("2026-07-28", 68, (128, 78)), ("2026-10-27", 65, (112, 68))]:
        e = c.enc(d, "AMB", "Heart failure clinic", "HF follow-up", pract=hf)
        encs.append(e)
        c.vitals(d, e, bp=bp, hr=70, wt=74.0)
        c._score(kccq, d, v, e, "Range 0-100, higher is better", None)
    c.lab("cr_f", "2026-10-27", 1.0, encs[1])
    c.lab("k", "2026-10-27", 4.7, encs[1])
    c.note("2026-10-27", NOTE_PROGRESS, "HF clinic note", "12 wk after switch to sacubitril/valsartan. Mild dizziness on standing first 2 wk, resolved. KCCQ-12 65 (68 pre-switch) - small change, not clinically meaningful. NYHA II. Continue, uptitrate to 97/103 mg if BP allows.", enc=encs[1], author=hf)
    return c, dict(target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
                   why="After starting sacubitril/valsartan (not a high-impact treatment) the KCCQ-12 fell only 3 points, below its ~5-point MCID.",
                   summary="66F HFrEF switched to sacubitril/valsartan, KCCQ-12 68 to 65")

def wdt_bp(cid):
    c, (card,) = mk(cid, "LHVI", ("Marcus D", "Whitfield", "male", "1972-06-30", "LHV-3309214", "601 Michigan St NE", None, ("M", "Married")), [("Olu", "Adeyemi", "Cardiovascular Disease - Hypertension Specialist")], "mi")
    htn = c.cond(cc(C("icd", "I1A.0", "Resistant hypertension"), C("sct", "38341003", "Hypertensive disorder, systemic arterial")), "2018-01-01")
    c.cond(cc(C("icd", "E66.9", "Obesity, unspecified")), "2015-01-01")
    for rx, n, d in [("17767", "amlodipine", "10 mg daily"), ("2409", "chlorthalidone", "25 mg daily"), ("321064", "olmesartan", "40 mg daily")]:
        c.med(cc(C("rx", rx, n)), "2025-11-01", f"{n} {d}", reason=htn)
    c.med(cc(C("rx", "9997", "spironolactone")), "2026-05-20", "spironolactone 25 mg daily", reason=htn)
    encs = []
    for d, s, di in [("2026-03-10", 146, 92), ("2026-05-20", 152, 94), ("2026-08-18", 159, 97), ("2026-11-17", 168, 101)]:
        e = c.enc(d, "AMB", "Hypertension clinic", "Resistant hypertension", pract=card)
        encs.append(e)
        c.vitals(d, e, bp=(s, di), hr=76)
    c.obs(cc(text="24 h ambulatory BP mean"), "2026-11-10", vstr="24-h mean 162/99 mmHg, nocturnal non-dipping.", cat="vital-signs", interp="H")
    for n, v in [("k", 4.4), ("cr_m", 1.1), ("na", 140)]:
        c.lab(n, "2026-11-17", v, encs[-1])
    c.note("2026-11-17", NOTE_PROGRESS, "Hypertension clinic note", "54M resistant HTN on 4 agents at max tolerated doses (pharmacy fill data confirm adherence, pill counts OK). Office SBP 146 (Mar) -> 168 today; ABPM 162/99. Aldosterone/renin pending; renal artery duplex ordered. Sleep study referral.", enc=encs[-1], author=card)
    return c, dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
                   why="Systolic BP rises 146 -> 152 -> 159 -> 168 mmHg over 8 months (>MCID) while confirmed-adherent triple therapy ran throughout.",
                   summary="54M resistant hypertension, SBP climbing 146 to 168 over 8 months on 3-4 drugs")
