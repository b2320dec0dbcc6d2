"""Cardiothoracic and vascular surgery centre exports."""
from fhirlib import *

NPI = "http://hl7.org/fhir/sid/us-npi"


def cv_setup(c, centre, mrnsys, pt, payer=("Medicare", "1EG4-TE5-MK72", "Medicare Part A/B"), city="Richmond", state="VA"):
    h = c.org(centre, ("prov", "Healthcare Provider"), {"system": NPI, "value": pt["org_npi"]}, city, state, "US", slug="org-centre")
    pay = c.org(payer[0], ("pay", "Payer"), None, slug="org-payer")
    c.pat(pt["given"], pt["family"], pt["gender"], pt["dob"], us_ids(pt["mrn"], mrnsys), lang=("en-US", "English"),
          city=city, state=state, postal=pt.get("zip"), country="US", line=pt.get("line"), phone=pt.get("phone"), org=h, marital=pt.get("marital"))
    c.cov(pay, cc((ACT, "SUBSIDIZ" if payer[0] == "Medicare" else "HIP", "subsidized health program" if payer[0] == "Medicare" else "health insurance plan policy"), text=payer[2]),
          payer[1], "2018-01-01")
    return h


def P(c, given, family, npi, qual):
    return c.prac(given, family, ident={"system": NPI, "value": npi}, qual=qual)


def rx(text, code=None, name=None):
    return cc((RX, code, name), text=text) if code else txt(text)


ECHO_CAT = cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "CUS", "Cardiac Ultrasound"))
RAD_CAT = cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"))
PN = cc((LNC, "11506-3", "Progress note"))
CN = cc((LNC, "11488-4", "Consult note"))


def cv_ida(cid):
    c = Case(cid, "https://ehr.jamesriver-heartvascular.example.org/fhir/R4")
    h = cv_setup(c, "James River Heart & Vascular Institute", "urn:oid:2.16.840.1.113883.3.7811.1",
                 dict(given="Walter", family="Pruitt", gender="male", dob="1959-02-11", mrn="JRH-00882134", org_npi="1467538290", marital=("M", "Married"), zip="23219"))
    cs = P(c, "Andrew", "Keller", "1831104567", "MD, Cardiothoracic Surgery")
    card = P(c, "Lena", "Morozova", "1902345671", "MD, Cardiology")
    cad = c.cond(cc((ICD, "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), (SCT, "53741008", "Coronary arteriosclerosis")), "2026-02-20")
    htn = c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2011-01-01")
    lip = c.cond(cc((ICD, "E78.2", "Mixed hyperlipidemia")), "2012-01-01")
    dm = c.cond(cc((ICD, "E11.65", "Type 2 diabetes mellitus with hyperglycemia")), "2017-01-01")
    c.proc(cc((CPT, "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), (SCT, "232717009", "Coronary artery bypass grafting"), text="CABG x3 (LIMA-LAD, SVG-OM1, SVG-RCA)"),
           "completed", "2026-03-11", reason=cad, performer=cs, outcome="Uncomplicated; discharged POD 6")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-03-09", 14.1, "g/dL", "g/dL", lo=13.5, hi=17.5)
    c.med_stmt(rx("aspirin 81 mg tablet", "1191", "aspirin"), "active", "2026-03-12", dose="81 mg daily", reason=cad)
    c.med_stmt(rx("clopidogrel 75 mg tablet", "32968", "clopidogrel"), "active", "2026-03-12", dose="75 mg daily x 12 months", reason=cad)
    c.med_stmt(rx("atorvastatin 80 mg tablet", "83367", "atorvastatin"), "active", "2026-03-12", dose="80 mg nightly", reason=lip)
    c.med_stmt(rx("metoprolol succinate 50 mg ER tablet", "6918", "metoprolol"), "active", "2026-03-12", dose="50 mg daily", reason=htn)
    c.med_stmt(rx("metformin 1000 mg tablet", "6809", "metformin"), "active", "2017-01-01", dose="1000 mg twice daily", reason=dm)
    e1 = c.enc("2026-08-25", typ="Cardiology post-CABG follow-up visit", reason_ref=cad, prac=card, org=h)
    c.vitals("2026-08-25", e1, sbp=124, dbp=72, hr=64, wt=86.0)
    hb = c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-18", 10.2, "g/dL", "g/dL", lo=13.5, hi=17.5)
    c.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-08-18", 73, "fL", lo=80, hi=100)
    fer = c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-08-18", 7, "ng/mL", "ng/mL", lo=24, hi=336)
    c.lab("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "2026-08-18", 6, "%", lo=20, hi=50)
    c.dr(cc((LNC, "58410-2", "CBC panel - Blood by Automated count")), "2026-08-18", results=[hb], conclusion="Microcytic hypochromic anemia", performer=h)
    c.doc(PN, "2026-08-25", """
Cardiology follow-up, 5 months s/p CABG x3.
Doing well from a cardiac standpoint, walking 2 miles/day, no angina. Mild exertional fatigue.
Labs 8/18: Hgb 10.2 (was 14.1 pre-op), MCV 73, ferritin 7, TSAT 6% - iron deficiency anemia. On aspirin + clopidogrel. No overt melena reported.
A/P: 1. CAD s/p CABG - stable, continue DAPT to 3/2027. 2. Iron deficiency anemia - likely GI loss on DAPT; start ferrous sulfate. Needs GI evaluation (EGD/colonoscopy) - will defer to PCP to arrange. 3. DM2, HTN, HLD - per PCP.
RTC 6 months.""", author=card, enc=e1)
    c.med_req(rx("ferrous sulfate 325 mg (65 mg elemental iron) tablet", "4450", "ferrous sulfate"), "active", "2026-08-25", dose="1 tablet daily", reason_cc=cc((ICD, "D50.9", "Iron deficiency anemia, unspecified")), requester=card)
    e2 = c.enc("2026-11-03", cls="VR", typ="Cardiac rehabilitation phase III check-in (telephone)", prac=card, org=h)
    c.doc(PN, "2026-11-03", "Phone check-in. Completed cardiac rehab. Reports tiring more easily over past month, some dark stools which he attributes to iron. No chest pain. Has not seen PCP yet. Reminded to call PCP.", author=card, enc=e2)
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-06-02", value=q(55, "%"), cat="imaging", ref_range=(52, 72, "%"), interp="N")
    c.allergy(cc((RX, "7980", "penicillin G")), reaction=txt("rash"), recorded="1990-01-01")
    return c


def cv_sciatica_abi(cid):
    c = Case(cid, "https://fhir.lakeshore-vascular.example.com/r4")
    h = cv_setup(c, "Lakeshore Cardiothoracic & Vascular Center - Noninvasive Vascular Laboratory", "urn:oid:2.16.840.1.113883.3.9921.2",
                 dict(given="Raymond", family="Kaczmarek", gender="male", dob="1962-09-04", mrn="LCV7716023", org_npi="1538901274", zip="60614"),
                 payer=("Blue Cross Blue Shield of Illinois", "XOF882914571", "BCBS PPO"), city="Chicago", state="IL")
    pcp_org = c.org("Lincoln Park Family Medicine", ("prov", "Healthcare Provider"), None, "Chicago", "IL", "US")
    pcp = P(c, "Meredith", "Olsen", "1720998431", "MD, Family Medicine")
    vt = P(c, "Jorge", "Salinas", "1295567834", "RVT, Vascular Technologist")
    vs = P(c, "Hannah", "Whitaker", "1386642219", "MD, Vascular Surgery (interpreting physician)")
    sci = c.cond(cc((ICD, "M54.41", "Lumbago with sciatica, right side"), text="Lumbago with right sciatica"), "2025-12-09", asserter=pcp,
                 note="Right buttock/calf pain on walking, thought radicular. Lumbar XR: mild L4-5 spondylosis.")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2015-01-01")
    c.cond(cc((ICD, "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1980-01-01")
    c.cond(cc((ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), "2023-05-10", status="resolved", abate="2023-06-20")
    c.med_stmt(rx("gabapentin 300 mg capsule", "25480", "gabapentin"), "active", "2026-02-03", dose="300 mg three times daily", reason=sci)
    c.med_stmt(rx("meloxicam 15 mg tablet", "41493", "meloxicam"), "active", "2025-12-09", dose="15 mg daily", reason=sci)
    c.med_stmt(rx("lisinopril 20 mg tablet", "29046", "lisinopril"), "active", "2015-01-01", dose="20 mg daily")
    for d, note in [("2025-12-09", "R buttock and calf pain when walking ~2 blocks, eases with rest. Dx lumbago with sciatica. PT + meloxicam."),
                    ("2026-02-03", "No better after 6 wk PT. Pain brought on by walking, relieved standing still. Add gabapentin."),
                    ("2026-06-16", "Still limited to 1-2 blocks. Pain now both calves, R>L. Lumbar MRI ordered."),
                    ("2026-10-06", "MRI: mild L4-5 disc bulge without nerve root compression. Still calf pain walking 1 block. Pedal pulses hard to feel. Order ABI.")]:
        e = c.enc(d, typ="Office visit", reason_ref=sci, prac=pcp, org=pcp_org)
        c.doc(PN, d, f"Lincoln Park Family Medicine - {d}. {note}", author=pcp, enc=e)
    c.dr(cc((LNC, "24533-2", "MR Lumbar spine WO contrast")), "2026-07-08", performer=pcp_org,
         conclusion="Mild L4-5 disc bulge and facet arthropathy. No canal or foraminal stenosis. No nerve root compression.")
    sr = c.sr(cc((CPT, "93922", "Limited bilateral noninvasive physiologic studies of upper or lower extremity arteries"), text="Ankle-brachial index, bilateral, with exercise"), "completed", "order", "2026-10-06",
              requester=pcp, performer=h, reason=sci)
    e5 = c.enc("2026-11-10", typ="Noninvasive vascular laboratory study", prac=[vt, vs], org=h)
    abr = c.obs(txt("Ankle-brachial index, right"), "2026-11-10", value={"value": 0.58}, ref_range=(1.0, 1.4, "{ratio}"), interp="L", cat="procedure", enc=e5)
    abl = c.obs(txt("Ankle-brachial index, left"), "2026-11-10", value={"value": 0.71}, ref_range=(1.0, 1.4, "{ratio}"), interp="L", cat="procedure", enc=e5)
    c.dr(txt("Arterial Doppler with ankle-brachial indices, bilateral lower extremity"), "2026-11-10", results=[abr, abl], performer=vs, based_on=sr, enc=e5,
         conclusion="Abnormal. Resting ABI R 0.58, L 0.71 (moderate arterial insufficiency). Monophasic waveforms R popliteal and tibial arteries suggesting R femoropopliteal occlusive disease. Post-exercise ankle pressures fell 40%. Results faxed to ordering provider.")
    c.doc(PN, "2026-11-24", "Lincoln Park FM phone note: pt called about vascular lab results; told PCP will discuss at next visit 12/15. Continues gabapentin for sciatica. Still cannot walk more than a block.", author=pcp)
    c.lab("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "2026-06-16", 238, "mg/dL", "mg/dL", hi=200)
    c.vitals("2026-10-06", None, sbp=148, dbp=88, hr=80, wt=92)
    c.nka("2015-01-01")
    return c


def cv_avr(cid):
    c = Case(cid, "https://fhir.carolina-ctsurgery.example.net/R4")
    h = cv_setup(c, "Piedmont Cardiothoracic Surgery Center", "urn:oid:2.16.840.1.113883.3.5502.10",
                 dict(given="Harold", family="Bingham", gender="male", dob="1952-04-03", mrn="PCT-4410279", org_npi="1083726451", marital=("M", "Married"), zip="27103"),
                 city="Winston-Salem", state="NC")
    cs = P(c, "Victor", "Almeida", "1578834420", "MD, Cardiothoracic Surgery")
    ic = P(c, "Priyanka", "Desai", "1669902231", "MD, Interventional Cardiology")
    an = P(c, "Gerald", "Fox", "1447760938", "MD, Cardiac Anesthesiology")
    aos = c.cond(cc((ICD, "I35.0", "Nonrheumatic aortic (valve) stenosis"), (SCT, "60573004", "Aortic valve stenosis")), "2024-05-10",
                 severity=("24484000", "Severe"), note="Bicuspid aortic valve (Sievers type 1), severe calcific stenosis.")
    c.cond(cc((ICD, "Q23.1", "Congenital insufficiency of aortic valve") if False else (ICD, "Q23.81", "Bicuspid aortic valve")), "2024-05-10")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2006-01-01")
    c.cond(cc((ICD, "E78.2", "Mixed hyperlipidemia")), "2010-01-01")
    c.med_stmt(rx("amlodipine 5 mg tablet", "17767", "amlodipine"), "active", "2006-01-01", dose="5 mg daily")
    c.med_stmt(rx("rosuvastatin 20 mg tablet", "301542", "rosuvastatin"), "active", "2010-01-01", dose="20 mg daily")
    e1 = c.enc("2026-10-14", typ="Structural heart clinic", reason_ref=aos, prac=ic, org=h)
    lvef = c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-10-14", value=q(58, "%"), cat="imaging", ref_range=(52, 72, "%"), interp="N", enc=e1)
    ava = c.obs(txt("Aortic valve area (continuity equation)"), "2026-10-14", value=q(0.7, "cm2", "cm2"), cat="imaging", interp="L", ref_range=(3.0, 4.0, "cm2"), enc=e1)
    mg = c.obs(txt("Aortic valve mean gradient"), "2026-10-14", value=q(52, "mmHg", "mm[Hg]"), cat="imaging", interp="H", ref_range=(None, 20, "mmHg", "mm[Hg]"), enc=e1)
    c.dr(cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Transthoracic echocardiogram, complete (CPT 93306)"), "2026-10-14", results=[lvef, ava, mg], cat=ECHO_CAT, performer=ic, enc=e1,
         conclusion="Severe aortic stenosis of a calcified bicuspid valve: Vmax 4.6 m/s, mean gradient 52 mmHg, AVA 0.7 cm2. Ascending aorta 4.1 cm. LVEF 58%, mild concentric LVH.")
    c.dr(cc((LNC, "30596-3", "CT Heart and Coronary arteries W contrast") if False else (CPT, "75574", "Computed tomographic angiography, heart, coronary arteries and bypass grafts"), text="Coronary CT angiography / TAVR planning CT"), "2026-10-28", cat=RAD_CAT, performer=h,
         conclusion="Bicuspid type 1 valve, heavy raphe calcification; annulus perimeter 78 mm. No obstructive CAD (CAD-RADS 1). Ascending aorta 4.1 cm. Iliofemoral access adequate.")
    c.doc(CN, "2026-11-05", """
HEART TEAM CONFERENCE - Piedmont Cardiothoracic Surgery Center - 11/05/2026
Patient: Harold Bingham, 74M. Severe symptomatic AS (NYHA II-III, exertional dyspnea, one episode of exertional presyncope). Bicuspid valve with heavy raphe calcification, ascending aorta 4.1 cm. STS PROM 1.9%. Frailty: gait speed normal.
Discussion: Bicuspid anatomy with bulky raphe calcium - higher risk of paravalvular leak/annular injury with TAVR. Low surgical risk.
Recommendation (consensus, Dr Almeida / Dr Desai): Surgical aortic valve replacement (bioprosthetic) via full sternotomy. Patient informed and agrees.""", author=[cs, ic])
    e2 = c.enc("2026-11-12", typ="Cardiothoracic surgery consultation", reason_ref=aos, prac=cs, org=h)
    c.doc(CN, "2026-11-12", """
CT surgery consult. Harold Bingham. Discussed SAVR with 25 mm bioprosthesis, risks (stroke 1-2%, bleeding, AF, pacemaker, death ~2%). Questions answered, consent obtained.
Scheduled SAVR 01/12/2027. Pre-op testing, dental clearance obtained 11/2026.""", author=cs, enc=e2)
    sr = c.sr(cc((CPT, "33405", "Replacement, aortic valve, open, with cardiopulmonary bypass; with prosthetic valve other than homograft or stentless valve"), text="Surgical aortic valve replacement (bioprosthetic)"),
              "active", "order", "2026-11-12", occ="2027-01-12T07:30:00-05:00", reason=aos, requester=cs, performer=cs,
              category=cc((SCT, "387713003", "Surgical procedure")), priority="routine")
    e3 = c.enc("2027-01-05", status="planned", typ="Pre-admission testing", reason_ref=aos, prac=an, org=h)
    c.vitals("2026-11-12", e2, sbp=146, dbp=78, hr=66, wt=84.5)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-12", 1.0, "mg/dL", "mg/dL", lo=0.7, hi=1.3)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-12", 14.2, "g/dL", "g/dL", lo=13.5, hi=17.5)
    c.nka("2006-01-01")
    return c


def cv_cabg_done(cid):
    c = Case(cid, "https://fhir.bayou-heart.example.org/r4")
    h = cv_setup(c, "Bayou Heart & Vascular Surgery Center", "urn:oid:2.16.840.1.113883.3.6610.4",
                 dict(given="Leonard", family="Thibodeaux", gender="male", dob="1958-12-19", mrn="BHV0339127", org_npi="1194829930", marital=("M", "Married"), zip="70112"),
                 city="New Orleans", state="LA")
    cs = P(c, "Marcus", "Delacroix", "1942081736", "MD, Cardiothoracic Surgery")
    cd = P(c, "Anne-Marie", "Guidry", "1063527784", "MD, Cardiology")
    cad = c.cond(cc((ICD, "I25.110", "Atherosclerotic heart disease of native coronary artery with unstable angina pectoris"), (SCT, "53741008", "Coronary arteriosclerosis")), "2026-09-28")
    dm = c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    htn = c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(cc((ICD, "E78.2", "Mixed hyperlipidemia")), "2012-01-01")
    c.dr(txt("Left heart catheterization and coronary angiography"), "2026-09-30", performer=cd,
         conclusion="Left main 60%, proximal LAD 90%, mid LCx 80%, RCA 70%. LVEDP 18. Multivessel disease with left main involvement - surgical referral.")
    sr = c.sr(cc((CPT, "33535", "Coronary artery bypass, using arterial graft(s); three coronary arterial grafts") if False else (CPT, "33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); 2 venous grafts"), text="CABG x3"),
              "completed", "order", "2026-10-02", occ="2026-10-14", reason=cad, requester=cs, performer=cs)
    e1 = c.enc("2026-10-13", "2026-10-19", cls="IMP", typ="Cardiac surgery admission", reason_ref=cad, prac=cs, org=h, admit=("hosp-trans", "Transferred from other hospital"), disp=("home", "Home"), diag=[cad])
    c.proc(cc((CPT, "33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); 2 venous grafts"), (SCT, "232717009", "Coronary artery bypass grafting"), text="CABG x3: LIMA-LAD, SVG-OM1, SVG-PDA"),
           "completed", "2026-10-14", reason=cad, performer=cs, enc=e1, based_on=sr, outcome="Successful; extubated POD 0; new-onset postoperative AF POD 2 converted with amiodarone")
    c.doc(cc((LNC, "11504-8", "Surgical operation note")), "2026-10-14", "Operative note: median sternotomy, CPB 82 min, cross-clamp 61 min. LIMA to LAD, reversed SVG to OM1 and PDA. Good flows. Chest closed in standard fashion. Transferred to CVICU stable.", author=cs, enc=e1)
    c.doc(cc((LNC, "18842-5", "Discharge summary")), "2026-10-19", """
Discharge summary - Bayou Heart & Vascular. CABG x3 10/14/2026 for left main + 3-vessel CAD. Post-op AF POD2, converted on amiodarone; sinus at discharge. Wounds clean.
Discharge meds: aspirin 81, atorvastatin 80, metoprolol tartrate 25 bid, amiodarone taper x4 weeks, metformin resume. Cardiac rehab referral. F/u surgery clinic 2 weeks, cardiology 6 weeks.""", author=cs, enc=e1)
    c.med_stmt(rx("aspirin 81 mg tablet", "1191", "aspirin"), "active", "2026-10-19", dose="81 mg daily", reason=cad)
    c.med_stmt(rx("atorvastatin 80 mg tablet", "83367", "atorvastatin"), "active", "2026-10-19", dose="80 mg daily")
    c.med_stmt(rx("metoprolol tartrate 25 mg tablet", "6918", "metoprolol"), "active", "2026-10-19", dose="25 mg twice daily")
    c.med_stmt(rx("amiodarone 200 mg tablet", "703", "amiodarone"), "completed", "2026-10-16", "2026-11-16", dose="200 mg daily, taper")
    c.med_stmt(rx("metformin 500 mg tablet", "6809", "metformin"), "active", "2014-01-01", dose="1000 mg twice daily", reason=dm)
    e2 = c.enc("2026-11-02", typ="Cardiothoracic surgery post-operative visit", reason_ref=cad, prac=cs, org=h)
    c.vitals("2026-11-02", e2, sbp=122, dbp=70, hr=68, wt=94.1)
    c.doc(PN, "2026-11-02", "Post-op visit 2.5 wk after CABG. Sternum stable, incisions healing, leg incision mild erythema resolved. Sinus rhythm. Cleared to drive at 4 weeks. Release to cardiology.", author=cs, enc=e2)
    c.sr(txt("Referral to outpatient cardiac rehabilitation (phase II)"), "active", "order", "2026-10-19", reason=cad, requester=cs)
    e3 = c.enc("2026-11-23", typ="Cardiology office visit", reason_ref=cad, prac=cd, org=h)
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-11-23", value=q(55, "%"), cat="imaging", ref_range=(52, 72, "%"), interp="N", enc=e3)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-23", 7.1, "%", lo=4.0, hi=5.6)
    c.nka("2012-01-01")
    return c


def cv_icm_palliative(cid):
    c = Case(cid, "https://fhir.northstar-cardiac.example.org/R4", tz="-06:00")
    h = cv_setup(c, "Northstar Heart & Vascular Hospital", "urn:oid:2.16.840.1.113883.3.1200.8",
                 dict(given="Eugene", family="Lindqvist", gender="male", dob="1947-07-30", mrn="NS-2280147", org_npi="1275503386", marital=("W", "Widowed"), zip="55407"),
                 city="Minneapolis", state="MN")
    hf = P(c, "Rebecca", "Sandoval", "1356671209", "MD, Advanced Heart Failure and Transplant Cardiology")
    cs = P(c, "Thomas", "Engstrom", "1124490017", "MD, Cardiothoracic Surgery")
    pal = P(c, "Grace", "Oyelaran", "1760023345", "MD, Hospice and Palliative Medicine")
    icm = c.cond(cc((ICD, "I25.5", "Ischemic cardiomyopathy"), (SCT, "426856002", "Ischemic congestive cardiomyopathy")), "2019-03-01",
                 note="LVEF 15-20%. Prior CABG 2009 (LIMA-LAD, SVG-OM, SVG-RCA); SVG occlusions 2023.")
    hfr = c.cond(cc((ICD, "I50.22", "Chronic systolic (congestive) heart failure"), text="HFrEF, NYHA class IV, ACC/AHA stage D"), "2019-03-01")
    c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b")), "2022-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2000-01-01", status="inactive", note="Now hypotensive on GDMT")
    c.proc(txt("Implantable cardioverter-defibrillator (dual chamber) implantation"), "completed", "2019-08-14", reason=icm)
    c.med_stmt(rx("furosemide 80 mg tablet", "4603", "furosemide"), "active", "2024-01-01", dose="80 mg twice daily", reason=hfr)
    c.med_stmt(rx("carvedilol 3.125 mg tablet", "20352", "carvedilol"), "active", "2019-04-01", dose="3.125 mg twice daily", reason=hfr)
    c.med_stmt(rx("spironolactone 25 mg tablet", "9997", "spironolactone"), "active", "2019-04-01", dose="12.5 mg daily", reason=hfr)
    c.med_stmt(rx("sacubitril/valsartan 24/26 mg tablet", "1656339", "sacubitril / valsartan"), "stopped", "2020-01-01", "2026-07-10", reason=hfr, note="Stopped: symptomatic hypotension SBP 80s")
    e1 = c.enc("2026-07-08", "2026-07-16", cls="IMP", typ="Heart failure admission", reason_ref=hfr, prac=hf, org=h, admit=("emd", "From accident/emergency department"), disp=("home", "Home"))
    c.dr(cc((LNC, "34552-0", "Cardiac 2D echo panel")), "2026-07-10", cat=ECHO_CAT, performer=hf, enc=e1,
         conclusion="Severely dilated LV (LVEDD 7.4 cm), LVEF 15%. Moderate-severe functional MR. Moderate RV dysfunction, TAPSE 13 mm. RVSP 58 mmHg.")
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-07-08", 11240, "pg/mL", "pg/mL", hi=450, enc=e1)
    c.doc(CN, "2026-09-17", """
ADVANCED HEART FAILURE / HEART TEAM CONFERENCE - 09/17/2026
Eugene Lindqvist, 79M, ischemic CM, LVEF 15%, NYHA IV, 3 HF admissions in 2026. Inotrope-dependent? Trial of milrinone during July admission with modest response.
Reviewed: Redo CABG - no viable targets, prohibitive risk (STS >15%). PCI - occluded grafts, native vessels diffusely diseased, no targets. Transplant - not a candidate (age, CKD 3b, frailty). Durable LVAD - not a candidate (RV dysfunction, frailty, patient preference). TEER for MR - unlikely to change trajectory given LV size.
Consensus: No further revascularization or advanced therapy options. Recommend transition to palliative care focus; discuss ICD deactivation. Hospice eligible.""", author=[hf, cs])
    e2 = c.enc("2026-09-24", typ="Heart failure clinic", reason_ref=hfr, prac=hf, org=h)
    c.doc(PN, "2026-09-24", "Met with Eugene and daughter. Shared conference conclusions: no further procedures or devices that would help his heart. He said 'so there is nothing left to do'. Discussed comfort-focused care, home hospice, ICD shock deactivation (he will think about it). POLST completed: DNR, limited interventions.", author=hf, enc=e2)
    c.sr(cc((SCT, "306237005", "Referral to palliative care service")), "active", "order", "2026-09-24", reason=hfr, requester=hf, performer=pal)
    c.careplan("Palliative care plan - advanced heart failure", "active", "plan", "2026-10-08", category=cc((SCT, "736373009", "End of life care plan")), addresses=[hfr, icm], author=pal,
               desc="Symptom relief (dyspnea, edema), home-based palliative care, goals-of-care: DNR/DNI; revisit hospice enrollment and ICD deactivation.",
               activities=[{"status": "in-progress", "description": "Home palliative care visits every 2 weeks"}, {"status": "not-started", "description": "ICD tachytherapy deactivation if patient agrees"}])
    c.vitals("2026-09-24", e2, sbp=88, dbp=56, hr=78, wt=71.2, spo2=93)
    c.obs(cc((LNC, "88020-3", "Functional capacity NYHA")), "2026-09-24", vcc=txt("NYHA class IV"), cat="exam", enc=e2)
    c.nka("2000-01-01")
    return c


def cv_lung_crt_qol(cid):
    c = Case(cid, "https://fhir.summit-thoracic.example.org/r4", tz="-07:00")
    h = cv_setup(c, "Summit Thoracic & Cardiovascular Institute", "urn:oid:2.16.840.1.113883.3.4410.3",
                 dict(given="Deborah", family="Castellano", gender="female", dob="1962-03-22", mrn="STC-5501938", org_npi="1811245093", marital=("M", "Married"), zip="80218"),
                 payer=("Aetna", "W198244731", "Aetna Choice POS II"), city="Denver", state="CO")
    ts = P(c, "Kevin", "Ashby", "1437290011", "MD, Thoracic Surgery")
    mo = P(c, "Naomi", "Feld", "1528810374", "MD, Medical Oncology")
    ro = P(c, "Ishaan", "Batra", "1619932006", "MD, Radiation Oncology")
    lc = c.cond(cc((ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), text="Adenocarcinoma RUL, EGFR/ALK negative, PD-L1 40%"), "2026-08-12",
                asserter=ts, stage=txt("cT2a N2 M0, stage IIIA (AJCC 8th)"))
    c.cond(cc((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified") if False else (ICD, "J43.2", "Centrilobular emphysema")), "2020-01-01")
    c.cond(cc((ICD, "Z87.891", "Personal history of nicotine dependence")), "2026-08-12")
    c.dr(txt("PET-CT skull base to mid-thigh"), "2026-08-05", cat=RAD_CAT, performer=h,
         conclusion="3.4 cm FDG-avid RUL mass (SUV 11). FDG-avid right paratracheal (4R) and subcarinal (7) nodes. No distant metastasis.")
    c.proc(txt("Endobronchial ultrasound-guided transbronchial needle aspiration (EBUS-TBNA) stations 4R, 7"), "completed", "2026-08-11", reason=lc, performer=ts, outcome="4R and 7 positive for adenocarcinoma")
    c.doc(CN, "2026-08-20", """
THORACIC ONCOLOGY MULTIDISCIPLINARY CONFERENCE 08/20/2026
Deborah Castellano 64F. RUL adenocarcinoma cT2a N2 (multistation 4R + 7) M0, stage IIIA. FEV1 58%, DLCO 49%.
Surgery: multistation N2 and marginal lung function - not a surgical candidate upfront.
Recommendation: Definitive concurrent chemoradiation (weekly carboplatin/paclitaxel + 60 Gy/30 fx) followed by consolidation durvalumab x 12 months.""", author=[ts, mo, ro])
    c.proc(cc((CPT, "77386", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; complex"), text="Thoracic IMRT 60 Gy in 30 fractions"),
           "completed", period={"start": "2026-09-14", "end": "2026-10-23"}, reason=lc, performer=ro)
    c.med_req(cc((RX, "40048", "carboplatin"), (HCPCS, "J9045", "Injection, carboplatin, 50 mg"), text="carboplatin AUC 2 IV weekly x6 with radiation"), "completed", "2026-09-10", dose="AUC 2 IV weekly", reason=lc, requester=mo)
    c.med_req(cc((RX, "56946", "paclitaxel"), (HCPCS, "J9267", "Injection, paclitaxel, 1 mg"), text="paclitaxel 45 mg/m2 IV weekly x6 with radiation"), "completed", "2026-09-10", dose="45 mg/m2 IV weekly", reason=lc, requester=mo)
    c.med_req(cc((RX, "1919503", "durvalumab"), text="durvalumab 1500 mg IV every 4 weeks x 12 months (consolidation)"), "active", "2026-11-20", dose="1500 mg IV q4 weeks starting 12/10/2026", reason=lc, requester=mo)
    for d, g, pf, fa in [("2026-09-08", 66.7, 80.0, 33.3), ("2026-10-19", 41.7, 60.0, 66.7), ("2026-11-16", 33.3, 53.3, 77.8)]:
        e = c.enc(d, typ="Medical oncology visit", reason_ref=lc, prac=mo, org=h)
        c.obs(txt("EORTC QLQ-C30 global health status/QoL scale (0-100)"), d, value={"value": g}, cat="survey", enc=e,
              comps=[{"code": txt("EORTC QLQ-C30 physical functioning"), "valueQuantity": {"value": pf}},
                     {"code": txt("EORTC QLQ-C30 fatigue symptom scale"), "valueQuantity": {"value": fa}}])
        c.vit("29463-7", "Body weight", d, {"2026-09-08": 68.0, "2026-10-19": 63.9, "2026-11-16": 62.1}[d], "kg", enc=e)
    c.doc(PN, "2026-11-16", """
Med onc f/u, 3 wk after completing chemoRT. Grade 2 esophagitis improving, grade 2 fatigue, weight down 6 kg from baseline. Dry cough; no fever.
PROs: QLQ-C30 global health status 66.7 -> 33.3, physical functioning 80 -> 53, fatigue 33 -> 78. Patient states she 'doesn't feel like herself', stopped gardening and choir.
Plan: start durvalumab 12/10 after CT; dietitian; PT/cancer rehab referral. Screen for pneumonitis.""", author=mo)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-16", 10.8, "g/dL", "g/dL", lo=12.0, hi=15.5)
    c.nka("2000-01-01")
    return c


def cv_bka_done(cid):
    c = Case(cid, "https://fhir.gulfcoast-vascular.example.com/R4", tz="-06:00")
    h = cv_setup(c, "Gulf Coast Vascular & Limb Preservation Center", "urn:oid:2.16.840.1.113883.3.7702.5",
                 dict(given="Clarence", family="Washington", gender="male", dob="1961-11-14", mrn="GCV0917762", org_npi="1306618822", marital=("M", "Married"), zip="77004"),
                 payer=("Texas Medicaid (STAR+PLUS)", "518822901", "Medicaid managed care"), city="Houston", state="TX")
    vs = P(c, "Olusegun", "Adebayo", "1588812760", "MD, Vascular Surgery")
    pmr = P(c, "Julie", "Kaminski", "1497723318", "DO, Physical Medicine and Rehabilitation")
    pad = c.cond(cc((ICD, "I70.261", "Atherosclerosis of native arteries of extremities with gangrene, right leg"), text="Chronic limb-threatening ischemia R leg with forefoot gangrene"), "2025-12-01",
                 status="resolved", abate="2026-04-08")
    c.cond(cc((ICD, "I73.9", "Peripheral vascular disease, unspecified") if False else (ICD, "I70.212", "Atherosclerosis of native arteries of extremities with intermittent claudication, left leg")), "2024-06-01")
    dm = c.cond(cc((ICD, "E11.51", "Type 2 diabetes mellitus with diabetic peripheral angiopathy without gangrene")), "2009-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2009-01-01")
    amp = c.cond(cc((ICD, "Z89.511", "Acquired absence of right leg below knee")), "2026-04-08")
    c.proc(txt("Right superficial femoral artery angioplasty and stent"), "completed", "2026-01-15", reason=pad, performer=vs, outcome="Failed - early reocclusion, progression of gangrene")
    c.proc(cc((CPT, "27880", "Amputation, leg, through tibia and fibula"), (SCT, "79733001", "Below knee amputation")), "completed", "2026-04-08", reason=pad, performer=vs,
           outcome="Healed stump by 6 weeks")
    c.doc(cc((LNC, "11504-8", "Surgical operation note")), "2026-04-08", "Right transtibial amputation (long posterior flap). Tourniquet not used. Good bleeding at skin edges. Closed in layers. Dressing and rigid removable dressing applied.", author=vs)
    c.med_stmt(rx("aspirin 81 mg tablet", "1191", "aspirin"), "active", "2024-06-01", dose="81 mg daily")
    c.med_stmt(rx("rivaroxaban 2.5 mg tablet", "1114195", "rivaroxaban"), "active", "2026-05-01", dose="2.5 mg twice daily")
    c.med_stmt(rx("insulin glargine 100 unit/mL", "274783", "insulin glargine"), "active", "2019-01-01", dose="30 units nightly", reason=dm)
    c.med_stmt(rx("atorvastatin 80 mg tablet", "83367", "atorvastatin"), "active", "2024-06-01", dose="80 mg daily")
    for d, s in [("2026-06-10", 0.38), ("2026-08-19", 0.52), ("2026-11-11", 0.61)]:
        e = c.enc(d, typ="Amputee rehabilitation clinic", reason_ref=amp, prac=pmr, org=h)
        c.obs(txt("Amputee Mobility Predictor with prosthesis (AMPPRO) / Prosthesis Evaluation Questionnaire mobility - normalized (0-1)"), d, value={"value": s}, cat="survey", enc=e)
    c.doc(PN, "2026-11-11", """
PM&R amputee clinic 11/11/2026. 7 months post R BKA. K3 ambulator with definitive prosthesis (pin-lock liner). Walking community distances with no aid, back to driving (left foot). Stump skin intact.
Mood good; 'I have my life back'. PEQ/mobility scores improving each visit. L foot: palpable DP pulse after L SFA duplex stable, no ulcers.
Plan: continue gait training; podiatry q3 months; vascular surveillance duplex L leg 6 months.""", author=pmr)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-04", 7.2, "%", lo=4.0, hi=5.6)
    c.dr(txt("Arterial duplex, left lower extremity"), "2026-10-28", performer=vs, conclusion="Patent L SFA with <50% stenosis. ABI L 0.84 stable from 0.82. No intervention indicated.")
    c.nka("2009-01-01")
    return c


def cv_taa_flag(cid):
    c = Case(cid, "https://fhir.newengland-aortic.example.org/r4")
    h = cv_setup(c, "New England Aortic & Cardiothoracic Surgery Center", "urn:oid:2.16.840.1.113883.3.3344.7",
                 dict(given="Patricia", family="Donahue", gender="female", dob="1957-06-09", mrn="NEA-1102845", org_npi="1912284406", marital=("M", "Married"), zip="02114"),
                 payer=("Harvard Pilgrim Health Care", "HP7719023301", "HMO"), city="Boston", state="MA")
    cs = P(c, "Daniel", "Oyelowo", "1780012294", "MD, Cardiac Surgery (Aortic Program)")
    np_ = P(c, "Kathleen", "Sheehan", "1205587739", "NP, Aortic Surveillance Program")
    taa = c.cond(cc((ICD, "I71.21", "Aneurysm of the ascending aorta, without rupture") if True else None, (SCT, "425963007", "Thoracic aortic aneurysm without rupture")), "2023-04-18",
                 note="Tricuspid aortic valve; no connective tissue disorder features; genetic panel negative 2023.")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified") if False else (SCT, "40930008", "Hypothyroidism")), "2005-01-01")
    c.med_stmt(rx("losartan 50 mg tablet", "52175", "losartan"), "active", "2023-05-01", dose="50 mg daily", reason=taa)
    c.med_stmt(rx("levothyroxine 75 mcg tablet", "10582", "levothyroxine"), "active", "2005-01-01", dose="75 mcg daily")
    for d, sz in [("2024-05-02", 4.4), ("2025-05-06", 4.5), ("2026-05-12", 4.6)]:
        o = c.obs(txt("Ascending aorta maximal diameter (CT angiography)"), d, value=q(sz, "cm"), cat="imaging", interp="H", ref_range=(None, 3.7, "cm"))
        c.dr(cc((CPT, "71275", "Computed tomographic angiography, chest (noncoronary)"), text="CT angiography chest (aorta protocol)"), d, results=[o], cat=RAD_CAT, performer=h,
             conclusion=f"Fusiform ascending aortic aneurysm, maximal diameter {sz} cm at the level of the right pulmonary artery. Aortic root 3.9 cm. Arch and descending aorta normal caliber. No dissection.")
    e1 = c.enc("2026-05-19", typ="Aortic surveillance clinic", reason_ref=taa, prac=[cs, np_], org=h)
    c.vitals("2026-05-19", e1, sbp=128, dbp=76, hr=66)
    c.doc(PN, "2026-05-19", """
Aortic clinic. 69F, ascending aneurysm 4.6 cm (4.4 -> 4.5 -> 4.6 over 2 years, growth ~1 mm/yr). Tricuspid valve, no family history of dissection, genetic panel negative. BP at goal on losartan.
Guideline threshold for elective repair in her case is 5.5 cm (or 5.0 cm with risk features / growth >=3 mm/yr). No surgery recommended now. Continue annual CTA, BP control, avoid fluoroquinolones, avoid heavy isometric lifting.
Patient anxious; her brother-in-law had 'the same thing' and was operated at 4.8 cm elsewhere. Explained differences.""", author=cs, enc=e1)
    c.flag(txt("Patient has requested a second opinion on aneurysm management (surveillance vs. surgery) - please provide copies of CT imaging"), "2026-06-02",
           author=c.patient, category=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")))
    c.comm("2026-06-02", "I have thought about what Dr. Oyelowo said but I am still very worried about waiting. I would like to get a second opinion from another aortic surgeon before the next scan. Can you send my CT scans and notes to Mass General or Brigham? Thank you, Patricia Donahue",
           sender=c.patient, recipient=np_, category=txt("MyChart patient message"))
    c.comm("2026-06-04", "Hi Mrs. Donahue, we have received your request. Our office will prepare your records and imaging. - Kathleen Sheehan NP", sender=np_, recipient=c.patient,
           category=txt("MyChart patient message"))
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-05-12", 2.2, "m[IU]/L", "m[IU]/L", lo=0.4, hi=4.5)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-05-12", 0.8, "mg/dL", "mg/dL", lo=0.5, hi=1.1)
    c.allergy(cc((RX, "2551", "ciprofloxacin")), reaction=txt("Avoid - aortic aneurysm (fluoroquinolone)"), recorded="2023-04-18")
    return c


def cv_hf_worse(cid):
    c = Case(cid, "https://fhir.ohio-valley-heart.example.org/r4")
    h = cv_setup(c, "Ohio Valley Heart & Vascular Institute", "urn:oid:2.16.840.1.113883.3.9090.1",
                 dict(given="Denise", family="Whitacre", gender="female", dob="1966-01-17", mrn="OVH-3349102", org_npi="1356920043", marital=("D", "Divorced"), zip="45219"),
                 payer=("Anthem Blue Cross", "YRK771928403", "Anthem PPO"), city="Cincinnati", state="OH")
    hfmd = P(c, "Samuel", "Brandt", "1467001925", "MD, Heart Failure Cardiology")
    nicm = c.cond(cc((ICD, "I42.0", "Dilated cardiomyopathy"), text="Nonischemic dilated cardiomyopathy (normal coronaries on cath 2024)"), "2024-09-10")
    hfr = c.cond(cc((ICD, "I50.22", "Chronic systolic (congestive) heart failure"), (SCT, "703272007", "Heart failure with reduced ejection fraction")), "2024-09-10")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2012-01-01")
    gdmt = [("sacubitril/valsartan 97/103 mg tablet", "1656339", "sacubitril / valsartan", "97/103 mg twice daily", "2024-11-01"),
            ("metoprolol succinate 200 mg ER tablet", "6918", "metoprolol", "200 mg daily", "2024-10-01"),
            ("spironolactone 25 mg tablet", "9997", "spironolactone", "25 mg daily", "2024-10-01"),
            ("dapagliflozin 10 mg tablet", "1488564", "dapagliflozin", "10 mg daily", "2024-12-01"),
            ("furosemide 40 mg tablet", "4603", "furosemide", "40 mg daily (increased to 40 mg bid 10/2026)", "2024-09-12")]
    for t, code, nm, dose, st in gdmt:
        c.med_stmt(rx(t, code, nm), "active", st, dose=dose, reason=hfr, asserted="2026-11-18")
    rows = [("2026-02-11", 79, 412, 1180, "II"), ("2026-05-13", 64, 356, 1940, "II-III"), ("2026-08-12", 52, 301, 2870, "III"), ("2026-11-18", 41, 248, 4120, "III")]
    for d, kccq, smw, bnp, nyha in rows:
        e = c.enc(d, typ="Heart failure clinic", reason_ref=hfr, prac=hfmd, org=h)
        c.obs(txt("KCCQ-12 overall summary score (0-100)"), d, value={"value": kccq}, cat="survey", enc=e)
        c.obs(cc((LNC, "64098-7", "Six minute walk distance"), text="6-minute walk distance"), d, value=q(smw, "m"), cat="activity", enc=e)
        c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", d, bnp, "pg/mL", "pg/mL", hi=125, enc=e)
        c.obs(cc((LNC, "88020-3", "Functional capacity NYHA")), d, vcc=txt(f"NYHA class {nyha}"), cat="exam", enc=e)
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-10-21", value=q(25, "%"), cat="imaging", ref_range=(52, 72, "%"), interp="L")
    c.doc(PN, "2026-11-18", """
HF clinic. 60F, NICM, HFrEF. On quadruple GDMT at target doses for >18 months (adherence confirmed by pharmacy fills and pill count).
Despite this: KCCQ-12 79 -> 41 since Feb, 6MWD 412 -> 248 m, NT-proBNP 1180 -> 4120, NYHA II -> III. Echo 10/2026 LVEF 25% (was 30%). Weight up 3 kg despite doubling furosemide.
Impression: progressive HF despite optimal medical therapy.
Plan: increase furosemide, repeat BMP 1 wk, remote monitoring; discuss next steps at HF conference.""", author=hfmd)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-18", 1.1, "mg/dL", "mg/dL", lo=0.5, hi=1.1)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-18", 4.6, "mmol/L", lo=3.5, hi=5.1)
    c.nka("2012-01-01")
    return c


def cv_takayasu(cid):
    c = Case(cid, "https://fhir.pacific-vascular.example.org/R4", tz="-08:00")
    h = cv_setup(c, "Pacific Heart, Lung & Vascular Center", "urn:oid:2.16.840.1.113883.3.2020.6",
                 dict(given="Marisol", family="Esquivel", gender="female", dob="1998-08-27", mrn="PHV-6620418", org_npi="1730094528", marital=("S", "Never Married"), zip="92103"),
                 payer=("Kaiser Permanente", "KP00218845", "HMO"), city="San Diego", state="CA")
    vs = P(c, "Tomas", "Herrera", "1881276630", "MD, Vascular Surgery")
    rh = P(c, "Alison", "Kwan", "1023348819", "MD, Rheumatology")
    tak = c.cond(cc((ICD, "M31.4", "Aortic arch syndrome [Takayasu]"), text="Takayasu arteritis (Numano type IIb)"), "2025-03-04", asserter=rh,
                 note="Presented with L arm claudication, absent L radial pulse, BP difference 38 mmHg, ESR 68. CTA: L subclavian stenosis, thickened arch wall.")
    c.cond(cc((ICD, "D64.9", "Anemia, unspecified") if False else (SCT, "14760008", "Constipation")), "2025-05-01", status="resolved", abate="2025-07-01")
    c.med_stmt(rx("prednisone 5 mg tablet", "8640", "prednisone"), "active", "2025-03-06", dose="tapered from 40 mg; now 5 mg daily", reason=tak)
    c.med_stmt(rx("methotrexate 2.5 mg tablet", "6851", "methotrexate"), "active", "2025-04-01", dose="20 mg weekly", reason=tak)
    c.med_stmt(rx("tocilizumab 162 mg/0.9 mL prefilled syringe", "612865", "tocilizumab"), "active", "2025-09-01", dose="162 mg SC weekly", reason=tak)
    c.med_stmt(rx("folic acid 1 mg tablet", "4511", "folic acid"), "active", "2025-04-01", dose="1 mg daily")
    for d, esr, crp in [("2026-03-10", 12, 0.3), ("2026-09-08", 9, 0.2)]:
        c.lab("30341-2", "Erythrocyte sedimentation rate", d, esr, "mm/h", "mm/h", hi=20)
        c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", d, crp, "mg/dL", "mg/dL", hi=0.8)
    cta = c.dr(cc((CPT, "71275", "Computed tomographic angiography, chest (noncoronary)"), text="CT angiography chest/neck (aortic arch and great vessels)"), "2026-09-01", cat=RAD_CAT, performer=h,
               conclusion="Stable 70% proximal left subclavian artery stenosis with collateral flow; decreased mural thickening of aortic arch compared with 03/2025. No aneurysm. Other great vessels patent.")
    e1 = c.enc("2026-09-15", typ="Vascular surgery clinic", reason_ref=tak, prac=vs, org=h)
    c.doc(CN, "2026-09-15", """
Vascular surgery - Marisol Esquivel 28F, Takayasu arteritis. L arm claudication improved with immunosuppression; now only with prolonged overhead activity. L brachial SBP 104 vs R 128.
CTA stable; disease quiescent (ESR 9, CRP 0.2 on tocilizumab).
No revascularization indicated - intervention in active/recently active Takayasu has high restenosis rates, and symptoms are mild. Continue surveillance CTA/MRA annually; co-managed with rheumatology.""", author=vs, enc=e1)
    e2 = c.enc("2026-10-20", typ="Rheumatology clinic", reason_ref=tak, prac=rh, org=h)
    c.doc(PN, "2026-10-20", "Rheum: TAK in remission on TCZ + MTX. Pred 5 mg - taper to 4 mg. DEXA normal. Discussed contraception with MTX. Labs q8 weeks.", author=rh, enc=e2)
    c.bp("2026-10-20", 126, 78, e2)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-20", 28, "U/L", lo=7, hi=35)
    c.imm(txt("Influenza vaccine, inactivated, quadrivalent"), "2026-10-20")
    c.nka("2025-03-04")
    return c
