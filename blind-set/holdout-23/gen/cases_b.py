from lib import B, cc, q
from cases_a import case, rx, RX

RX.update({
    "asa81": ("243670", "aspirin 81 MG Oral Tablet"),
    "clopidogrel": ("309362", "clopidogrel 75 MG Oral Tablet"),
    "atorva80": ("259255", "atorvastatin 80 MG Oral Tablet"),
    "rosuva20": ("859749", "rosuvastatin calcium 20 MG Oral Tablet"),
    "metoprolol_tart": ("866514", "metoprolol tartrate 25 MG Oral Tablet"),
    "furosemide40": ("313988", "furosemide 40 MG Oral Tablet"),
    "furosemide20": ("310429", "furosemide 20 MG Oral Tablet"),
    "losartan50": ("979485", "losartan potassium 50 MG Oral Tablet"),
    "gabapentin300": ("310431", "gabapentin 300 MG Oral Capsule"),
    "meloxicam": ("311486", "meloxicam 15 MG Oral Tablet"),
    "tiotropium": ("1552002", "tiotropium bromide 0.0025 MG/ACTUAT Metered Dose Inhaler"),
    "carvedilol": ("200033", "carvedilol 6.25 MG Oral Tablet"),
    "carvedilol3": ("686924", "carvedilol 3.125 MG Oral Tablet"),
    "spironolactone": ("313096", "spironolactone 25 MG Oral Tablet"),
    "torsemide": ("198372", "torsemide 20 MG Oral Tablet"),
    "dapagliflozin": ("1488569", "dapagliflozin 10 MG Oral Tablet"),
    "empagliflozin": ("1545658", "empagliflozin 10 MG Oral Tablet"),
    "entresto": ("1656349", "sacubitril 24 MG / valsartan 26 MG Oral Tablet"),
    "lactulose": ("197795", "lactulose 0.667 GM/ML Oral Solution"),
    "rifaximin": ("860114", "rifaximin 550 MG Oral Tablet"),
    "spiro100": ("198224", "spironolactone 100 MG Oral Tablet"),
    "hcq": ("979092", "hydroxychloroquine sulfate 200 MG Oral Tablet"),
    "prednisone5": ("312617", "prednisone 5 MG Oral Tablet"),
    "prednisone2.5": ("312615", "prednisone 2.5 MG Oral Tablet"),
    "alendronate": ("904419", "alendronate sodium 70 MG Oral Tablet"),
    "tramadol": ("835603", "tramadol hydrochloride 50 MG Oral Tablet"),
    "rituximab": ("1722938", "rituximab 10 MG/ML Injectable Solution"),
    "enzalutamide": ("1999579", "enzalutamide 40 MG Oral Tablet"),
    "leuprolide": ("1946521", "leuprolide acetate 22.5 MG Injectable Suspension"),
    "oxycodone": ("1049621", "oxycodone hydrochloride 5 MG Oral Tablet"),
    "apixaban2.5": ("1364441", "apixaban 2.5 MG Oral Tablet"),
    "levothyroxine50": ("966222", "levothyroxine sodium 0.05 MG Oral Tablet"),
    "mupirocin": ("106346", "mupirocin 20 MG/ML Topical Ointment"),
})


# ---------------------------------------------------------------- MAJOR PROCEDURE PLANNED
@case("mpp_p1", "cv3", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Structural heart team decision for transfemoral TAVR (CPT 33361) for severe symptomatic aortic stenosis; the order is active and scheduled for 2027-01-12 and has not been performed.",
      "Structural heart: severe aortic stenosis, TAVR ordered for January")
def mpp_p1(cid):
    b = B(cid, "cv3")
    ic = b.prac("Mehta", "Vikram", "1023877195", "MD, Interventional Cardiology")
    cs = b.prac("Gallagher", "Siobhan", "1669302871", "MD, Cardiothoracic Surgery")
    gc = b.prac("Pino", "Ramona", "1841196350", "NP, Structural Heart Coordinator")
    hosp = b.organization("Desert Sun Regional Hospital", ident="1588620147")
    b.patient("Porter", "Elaine F", "female", "1945-06-08", "DSH-1128830", "Scottsdale", "AZ", "85251", phone="480-555-0182")
    mc = b.organization("Humana Gold Plus (Medicare Advantage)", "ins")
    b.coverage(mc, ("HIP", "health insurance plan policy"), "H64217733", start="2010-07-01", plan=("H5216", "Humana Gold Plus HMO"))
    e1 = b.enc("2026-09-16", "AMB", "Valve clinic evaluation", "Aortic stenosis, exertional dyspnea", prac=ic, cpt=("99205", "Office or other outpatient visit, new patient, high MDM"))
    e2 = b.enc("2026-10-28", "AMB", "Cardiac catheterization (outpatient)", "Pre-TAVR coronary evaluation", prac=ic, org=hosp)
    e3 = b.enc("2026-11-05", "AMB", "CT TAVR protocol", "TAVR planning", org=hosp)
    e4 = b.enc("2026-11-12", "AMB", "Surgical consult (heart team)", "Aortic valve replacement evaluation", prac=cs, cpt=("99204", "Office or other outpatient visit, new patient, moderate MDM"))
    as_ = b.cond(cc(("icd", "I35.0", "Nonrheumatic aortic (valve) stenosis"), ("sct", "60573004", "Aortic valve stenosis")), "2019-04-01", severity=cc(("sct", "24484000", "Severe")), note="Progressed to severe 2026")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2000-01-01")
    b.cond(cc(("icd", "N18.31", "Chronic kidney disease, stage 3a")), "2021-01-01")
    b.cond(cc(("icd", "E78.5", "Hyperlipidemia, unspecified")), "2005-01-01")
    b.cond(cc(("sct", "235919008", "Cholelithiasis")), "1998-01-01", status="resolved", abate="1998-06-01")
    b.vitals("2026-09-16", e1, 142, 68, 72, 66.0, 25.8, spo2=96)
    b.vitals("2026-11-12", e4, 138, 66, 70, 65.4)
    b.obs("2026-09-16", cc(("loinc", "88020-3", "Functional capacity NYHA")), {"text": "NYHA class III"}, cat="exam", enc=e1)
    av = [b.obs("2026-09-09", cc(b.local("ECHO-AVA", "Aortic valve area (continuity)")), 0.7, "cm2", ref=(2.0, 4.0), interp="L", cat="imaging"),
          b.obs("2026-09-09", cc(b.local("ECHO-AVMG", "Aortic valve mean gradient")), 46, "mm[Hg]", ref=(None, 20), interp="H", cat="imaging"),
          b.obs("2026-09-09", cc(b.local("ECHO-AVVMAX", "Aortic valve peak velocity")), 4.3, "m/s", ucum="m/s", ref=(None, 2.5), interp="H", cat="imaging"),
          b.obs("2026-09-09", cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), 58, "%", ref=(52, 72), interp="N", cat="imaging")]
    b.dr("2026-09-09", cc(("cpt", "93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"), text="TTE"),
         "Severe calcific aortic stenosis: AVA 0.7 cm2, mean gradient 46 mmHg, Vmax 4.3 m/s, DVI 0.22. Normal LV size, LVEF 58%, mild concentric LVH. Mild MR.", av)
    b.labs("2026-10-20", None, creat=(1.3, (0.5, 1.1)), egfr=(41,), hgb=12.2, plt=214, k=4.5, inr=1.0)
    b.proc(cc(("cpt", "93458", "Catheter placement in coronary artery(s) for coronary angiography, with left heart catheterization"), text="Left heart cath/coronary angiography"), "2026-10-28", performer=ic, enc=e2,
           outcome="Non-obstructive CAD (LAD 30%). No PCI needed before TAVR.")
    b.dr("2026-11-05", cc(("cpt", "75574", "Computed tomographic angiography, heart, coronary arteries and bypass grafts"), text="CTA TAVR protocol (chest/abdomen/pelvis)"),
         "Tricuspid aortic valve, heavy calcification (Agatston valve score 2,980). Annulus perimeter 72 mm, area 405 mm2 - suitable for 23/26 mm balloon-expandable valve. Iliofemoral minimal luminal diameter 6.8 mm right, 6.5 mm left - transfemoral access suitable.", enc=e3)
    b.obs("2026-11-12", cc(b.local("STS-PROM", "STS Predicted Risk of Mortality (SAVR)")), 4.8, "%", cat="exam", enc=e4)
    b.sr(cc(("cpt", "33361", "Transcatheter aortic valve replacement (TAVR/TAVI) with prosthetic valve; percutaneous femoral artery approach"), text="Transfemoral TAVR"),
         "2026-11-12", status="active", intent="order", occ="2027-01-12", reasonref=as_, requester=ic, performer=hosp, priority="routine",
         category=cc(("sct", "387713003", "Surgical procedure")), note="Heart team (Mehta/Gallagher) 11/12/2026: STS 4.8%, frailty 2/4, suitable TF access - recommend TF-TAVR 23 mm SAPIEN 3 Ultra. Patient agrees. Dental clearance received.")
    b.med(rx("amlodipine"), "2012-01-01", kind="MedicationStatement", dose="5 mg daily")
    b.med(rx("rosuva20"), "2010-01-01", kind="MedicationStatement", dose="20 mg daily")
    b.med(rx("furosemide20"), "2026-09-16", dose="20 mg daily", prac=ic)
    b.note("2026-11-12", "consult", """STRUCTURAL HEART TEAM CONFERENCE / SURGICAL CONSULT
81F, severe symptomatic calcific AS (AVA 0.7, MG 46, Vmax 4.3), NYHA III - dyspnea walking to mailbox, 1 near-syncope in August. LVEF 58%. Cath: non-obstructive CAD. CTA: annulus 405 mm2, good iliofemoral access. STS PROM 4.8%, Essential Frailty Toolset 2.
Heart team consensus: transfemoral TAVR. Reviewed SAVR vs TAVR; patient prefers TAVR.
Plan: TF-TAVR 1/12/2027 at Desert Sun Regional; pre-procedure labs 1 week prior; hold furosemide morning of procedure.""", cs, e4)
    return b


@case("mpp_p2", "ihs2", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Purchased/Referred Care-authorised L4-5 decompressive laminectomy with instrumented fusion for stenosis/spondylolisthesis, scheduled 2026-12-15 at the referral hospital (text-only order); not yet performed.",
      "Tribal clinic/PRC: L4-5 laminectomy and fusion authorised for mid-December")
def mpp_p2(cid):
    b = B(cid, "ihs2")
    md = b.prac("Kipp", "Darnell", "1316077412", "MD, Family Medicine")
    ns = b.prac("Varga", "Peter", "1902117785", "MD, Neurological Surgery")
    prc = b.prac("Wells", "Bonnie", "1487733025", "RN, PRC Coordinator")
    ref = b.organization("Big Sky Mercy Hospital", ident="1790823516")
    ihs = b.organization("Indian Health Service - Purchased/Referred Care", "govt")
    b.patient("Calf Looking", "Raymond", "male", "1969-09-12", "SGT-004415", "Browning", "MT", "59417", race=("1002-5", "American Indian or Alaska Native"), gp=md)
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "SG-004415", start="1990-01-01")
    e1 = b.enc("2026-05-19", "AMB", "Primary care", "low back and leg pain", prac=md)
    e2 = b.enc("2026-08-11", "VR", "Neurosurgery telehealth consult (Big Sky Mercy)", "lumbar stenosis", prac=ns, org=ref)
    e3 = b.enc("2026-10-06", "AMB", "Neurosurgery clinic (PRC)", "pre-surgical visit", prac=ns, org=ref)
    e4 = b.enc("2026-11-17", "AMB", "Primary care pre-op", "pre-op clearance", prac=md)
    lss = b.cond({"text": "Lumbar spinal stenosis L4-5 w/ neurogenic claudication"}, "2025-10-01", recorded="2026-05-19")
    b.cond({"text": "Degenerative spondylolisthesis L4 on L5, grade 1"}, "2026-06-02", recorded="2026-06-02")
    b.cond(cc(("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    b.cond({"text": "HTN"}, "2012-01-01")
    b.cond({"text": "R ankle fx 2001, healed"}, "2001-01-01", status="resolved", abate="2001-06-01")
    pain = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    for d, e, v in (("2026-05-19", e1, 7), ("2026-08-11", e2, 8), ("2026-11-17", e4, 8)):
        b.obs(d, pain, v, "{score}", cat="survey", enc=e)
    b.vitals("2026-05-19", e1, 138, 84, 76, 96.2, 31.4)
    b.vitals("2026-11-17", e4, 132, 80, 72, 95.0, 31.0)
    b.labs("2026-11-17", e4, hba1c=7.2, hgbm=14.8, plt=242, creat=0.9, egfr=(95,), k=4.3, inr=1.0)
    b.dr("2026-06-02", cc(("cpt", "72148", "Magnetic resonance imaging, spinal canal and contents, lumbar; without contrast material"), text="MRI L-spine w/o"),
         "L4-5: grade 1 anterolisthesis (6 mm), facet hypertrophy and ligamentum flavum thickening with severe central canal stenosis and moderate bilateral foraminal narrowing. L3-4 mild stenosis.", performer=ref)
    b.proc({"text": "L4-5 epidural steroid injection (PRC)"}, "2026-07-14", outcome="2 weeks partial relief only")
    b.obs("2026-10-06", cc(b.local("ODI", "Oswestry Disability Index")), 58, "%", cat="survey", enc=e3)
    b.sr({"text": "L4-L5 decompressive laminectomy with posterolateral instrumented fusion - Big Sky Mercy Hospital, Dr. Varga"}, "2026-10-06",
         status="active", intent="order", occ="2026-12-15", reasonref=lss, requester=ns, performer=ref,
         note="PRC authorization #SG-26-1187 approved 10/22/2026 (medical priority I/II). Surgery date 12/15/2026, 2-3 night stay. Transport via CHR program.")
    b.med(rx("metformin1000"), "2016-01-01", dose="1000 mg BID", prac=md)
    b.med(rx("lisinopril"), "2013-01-01", dose="10 mg daily", prac=md)
    b.med(rx("gabapentin300"), "2026-05-19", dose="300 mg TID", reason="radicular pain", prac=md)
    b.med(rx("meloxicam"), "2026-05-19", status="stopped", dose="15 mg daily - stop 7 days before surgery", prac=md)
    b.note("2026-08-11", "consult", """Neurosurgery telehealth (Big Sky Mercy). 56M ranch hand with 1 yr LBP and bilateral buttock/leg pain with walking > 1 block, relieved by sitting. Failed PT x 8 wks, gabapentin, NSAID, ESI 7/2026. MRI: L4-5 grade 1 spondylolisthesis with severe central stenosis.
Recommend L4-5 decompressive laminectomy and instrumented posterolateral fusion. Risks/benefits discussed by video with patient and wife. In-person visit and PRC authorization to follow.""", ns, e2)
    b.note("2026-11-17", "progress", """Pre-op H&P for L4-5 lami/fusion 12/15 at Big Sky Mercy. A1c 7.2, labs ok. ECG NSR. Hold metformin morning of surgery, stop meloxicam now. CHR transport arranged 12/14. Cleared from primary care standpoint.""", md, e4)
    return b


@case("mpp_p3", "cv1", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Infrarenal AAA grew from 5.1 to 5.8 cm on surveillance CTA; endovascular aneurysm repair is scheduled (Procedure status 'preparation', CPT 34705, planned 2027-01-06) and not yet done.",
      "Vascular: enlarging 5.8 cm AAA, EVAR in preparation for January")
def mpp_p3(cid):
    b = B(cid, "cv1")
    vs = b.prac("Adeyemi", "Folasade", "1538021764", "MD, Vascular Surgery")
    hosp = b.organization("Lakeshore University Hospital", ident="1952301186")
    b.patient("Brennan", "Walter J", "male", "1958-04-03", "LHV-1180442", "Evanston", "IL", "60201", phone="847-555-0133")
    mc = b.organization("Medicare (CMS)", "govt")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "2WK7-HF9-TT62", start="2023-04-01")
    e1 = b.enc("2025-11-18", "AMB", "Aortic surveillance clinic", "AAA surveillance", prac=vs, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-05-19", "AMB", "Aortic surveillance clinic", "AAA surveillance", prac=vs, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-11-10", "AMB", "Vascular surgery visit - repair planning", "AAA 5.8 cm", prac=vs, cpt=("99215", "Office or other outpatient visit, established patient, high MDM"))
    aaa = b.cond(cc(("icd", "I71.43", "Infrarenal abdominal aortic aneurysm, without rupture"), ("sct", "233985008", "Abdominal aortic aneurysm")), "2021-08-01")
    b.cond(cc(("icd", "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2016-01-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2010-01-01")
    b.cond(cc(("icd", "E78.5", "Hyperlipidemia, unspecified")), "2010-01-01")
    b.cond(cc(("icd", "Z87.891", "Personal history of nicotine dependence")), "2019-01-01", status="inactive")
    diam = cc(b.local("AAA-DIAM", "Abdominal aorta maximal diameter (CT)"))
    o1 = b.obs("2025-11-12", diam, 5.1, "cm", cat="imaging")
    o2 = b.obs("2026-05-12", diam, 5.4, "cm", cat="imaging")
    o3 = b.obs("2026-11-03", diam, 5.8, "cm", cat="imaging")
    b.dr("2025-11-12", cc(("cpt", "74174", "Computed tomographic angiography, abdomen and pelvis, with contrast material(s)"), text="CTA abdomen/pelvis"), "Infrarenal AAA 5.1 cm, neck length 22 mm. No rupture.", [o1])
    b.dr("2026-11-03", cc(("cpt", "74174", "Computed tomographic angiography, abdomen and pelvis, with contrast material(s)"), text="CTA abdomen/pelvis"),
         "Infrarenal AAA now 5.8 cm (5.4 cm 5/2026). Proximal neck 20 mm length, 23 mm diameter, angulation 35 degrees. Common iliacs 14/15 mm. External iliacs 8 mm bilaterally. Anatomy suitable for standard EVAR.", [o3])
    b.vitals("2026-11-10", e3, 136, 78, 70, 84.5, 27.3, spo2=95)
    b.labs("2026-11-10", e3, creat=1.0, egfr=(79,), hgbm=14.1, plt=228)
    b.obs("2026-08-20", cc(("loinc", "20150-9", "FEV1")), 1.92, "L", cat="procedure", note="62% predicted, moderate COPD (GOLD 2)")
    b.proc(cc(("cpt", "34705", "Endovascular repair of infrarenal aorta and/or iliac artery(ies) by deployment of an aorto-bi-iliac endograft"), text="EVAR - bifurcated endograft"),
           None, status="preparation", reasonref=aaa, performer=vs, note="Scheduled 1/6/2027 Lakeshore University Hospital hybrid OR. Pre-admission testing 12/29.")
    b.med(rx("tiotropium"), "2017-01-01", dose="2 inhalations daily", prac=vs)
    b.med(rx("losartan50"), "2012-01-01", kind="MedicationStatement", dose="50 mg daily")
    b.med(rx("atorva40"), "2012-01-01", kind="MedicationStatement", dose="40 mg daily")
    b.med(rx("asa81"), "2021-08-01", kind="MedicationStatement", dose="81 mg daily")
    b.note("2026-11-10", "progress", """VASCULAR SURGERY - REPAIR PLANNING
68M, ex-smoker (quit 2019, 45 pk-yr), infrarenal AAA on surveillance since 2021: 5.1 cm (11/2025) -> 5.4 (5/2026) -> 5.8 cm (11/2026). Asymptomatic, no back/abdominal pain.
CTA anatomy suitable for standard EVAR (neck 20 mm, 23 mm dia, 35 deg). COPD GOLD 2.
Discussed EVAR vs open repair; recommend EVAR given COPD. Patient agrees. Consent signed.
Plan: EVAR 1/6/2027; pre-admission testing 12/29; continue statin/ASA.""", vs, e3)
    return b


@case("mpp_n1", "cv2", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "The PCI with LAD stent was already performed on 2026-10-02 (Procedure and referral both completed); the only open order is outpatient cardiac rehabilitation, which is not a major/invasive procedure.",
      "Cardiology: stable angina, PCI already performed, now in cardiac rehab")
def mpp_n1(cid):
    b = B(cid, "cv2")
    ic = b.prac("Dunleavy", "Patrick", "1649033824", "MD, Interventional Cardiology")
    gc = b.prac("Moss", "Andrea", "1235112098", "MD, Cardiovascular Disease")
    hosp = b.organization("Piedmont Baptist Medical Center", ident="1427110032")
    b.patient("Hairston", "Clarence E", "male", "1952-12-14", "PCV2208176", "High Point", "NC", "27262", phone="336-555-0199")
    mc = b.organization("Medicare (CMS)", "govt")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "9HX2-MK4-PP18", start="2017-12-01")
    e1 = b.enc("2026-08-25", "AMB", "Cardiology visit", "Exertional chest pressure", prac=gc, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-10-02", "OBSENC", "Cardiac cath lab - outpatient/observation", "Stable angina, abnormal stress imaging", prac=ic, org=hosp, end="2026-10-03")
    e3 = b.enc("2026-11-09", "AMB", "Post-PCI follow-up", "CAD s/p PCI", prac=gc, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    cad = b.cond(cc(("icd", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), ("sct", "53741008", "Coronary arteriosclerosis")), "2026-10-02")
    b.cond(cc(("icd", "I20.89", "Other forms of angina pectoris"), text="Stable exertional angina"), "2026-07-01", status="resolved", abate="2026-10-02")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2005-01-01")
    b.cond(cc(("icd", "E11.9", "Type 2 diabetes mellitus without complications")), "2015-01-01")
    b.cond(cc(("icd", "E78.5", "Hyperlipidemia, unspecified")), "2005-01-01")
    b.vitals("2026-08-25", e1, 146, 82, 78, 92.0, 29.4)
    b.vitals("2026-11-09", e3, 128, 74, 62, 90.6, 28.9)
    b.dr("2026-09-10", cc(("cpt", "78452", "Myocardial perfusion imaging, tomographic (SPECT), multiple studies"), text="Regadenoson SPECT MPI"),
         "Moderate-size, moderate-severity reversible defect in the mid/distal anterior wall and apex (LAD territory), ~12% of myocardium. LVEF 56%.")
    b.labs("2026-08-25", e1, hba1c=7.3, ldl=112, creat=1.0, egfr=(76,))
    b.labs("2026-11-09", e3, ldl=58)
    b.sr(cc(("cpt", "93458", "Left heart catheterization with coronary angiography"), text="Cardiac cath +/- PCI"), "2026-09-12", status="completed", requester=gc, performer=ic)
    b.proc(cc(("cpt", "92928", "Percutaneous transcatheter placement of intracoronary stent(s), with coronary angioplasty when performed; single major coronary artery or branch"), text="PCI mid-LAD, 1 DES"),
           "2026-10-02", performer=ic, enc=e2, reasonref=cad, outcome="Mid-LAD 90% stenosis -> 0% residual with 3.0 x 28 mm DES. RCA/LCx mild disease.")
    b.sr(cc(("cpt", "93798", "Physician or other qualified health care professional services for outpatient cardiac rehabilitation; with continuous ECG monitoring"), text="Phase II cardiac rehabilitation, 36 sessions"),
         "2026-10-03", status="active", requester=ic, occ="2026-10-20")
    b.med(rx("asa81"), "2026-10-02", dose="81 mg daily", prac=ic)
    b.med(rx("clopidogrel"), "2026-10-02", dose="75 mg daily x 12 months", prac=ic)
    b.med(rx("atorva80"), "2026-08-25", dose="80 mg daily", prac=gc)
    b.med(rx("metoprololsucc"), "2026-08-25", dose="50 mg daily", prac=gc)
    b.med(rx("metformin1000"), "2016-01-01", kind="MedicationStatement", dose="1000 mg BID")
    b.note("2026-10-03", "discharge", """CATH LAB DISCHARGE SUMMARY. 73M stable angina, LAD ischemia on SPECT. Cath 10/2: mid-LAD 90% -> PCI with 3.0x28 DES, excellent result. Right radial access, no complications. DAPT ASA + clopidogrel 12 months. Cardiac rehab referral. Follow-up 4-6 weeks.""", ic, e2)
    b.note("2026-11-09", "progress", """Post-PCI f/u: no angina since stent. Attending cardiac rehab 3x/week, walking 30 min. Radial site healed. LDL 58. Continue DAPT, high-intensity statin. No further revascularization planned; RCA/LCx mild disease medically managed. RTC 6 months.""", gc, e3)
    return b


@case("mpp_n2", "dr2", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "The planned procedure is Mohs micrographic surgery (CPT 17311) for a small nodular BCC of the nose, an office procedure under local anaesthesia, not a major or invasive procedure; basal cell carcinoma is common.",
      "Dermatology: Mohs surgery scheduled for nasal basal cell carcinoma (minor procedure)")
def mpp_n2(cid):
    b = B(cid, "dr2")
    de = b.prac("Broussard", "Celeste", "1558460291", "MD, Dermatology")
    mo = b.prac("Tran", "Vincent", "1790266514", "MD, Micrographic Surgery and Dermatologic Oncology")
    dp = b.prac("Hebert", "Louis", "1366830057", "MD, Dermatopathology")
    lab = b.organization("Gulf Coast Dermatopathology Laboratory", ident="1215930447")
    b.patient("Guidry", "Annette M", "female", "1967-07-25", "GCS-118305", "Houma", "LA", "70360", phone="985-555-0112")
    ins = b.organization("Blue Cross and Blue Shield of Louisiana", "ins")
    b.coverage(ins, ("HIP", "health insurance plan policy"), "XUB660192834", plan=("BCBSLA-PPO", "BlueCross PPO"))
    e1 = b.enc("2026-10-13", "AMB", "Full skin examination", "Changing lesion left nasal ala", prac=de, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e2 = b.enc("2026-10-27", "AMB", "Dermatology follow-up", "Biopsy result", prac=de, cpt=("99212", "Office or other outpatient visit, established patient, straightforward MDM"))
    e3 = b.enc("2026-11-18", "AMB", "Mohs consultation", "BCC nose", prac=mo, cpt=("99203", "Office or other outpatient visit, new patient, low MDM"))
    bcc = b.cond(cc(("icd", "C44.311", "Basal cell carcinoma of skin of nose"), text="Nodular BCC, left nasal ala"), "2026-10-20", enc=e2)
    b.cond(cc(("icd", "L57.0", "Actinic keratosis")), "2018-01-01")
    b.cond(cc(("icd", "E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2016-01-01")
    b.cond(cc(("icd", "C44.519", "Basal cell carcinoma of skin of other part of trunk"), text="BCC L upper back, excised 2021"), "2021-03-01", status="resolved", abate="2021-04-06")
    b.proc(cc(("cpt", "11102", "Tangential biopsy of skin (eg, shave, scoop, saucerize, curette); single lesion"), text="Shave biopsy left nasal ala"), "2026-10-13", performer=de, enc=e1)
    b.proc(cc(("cpt", "17000", "Destruction premalignant lesions (eg, actinic keratoses); first lesion"), text="LN2 cryotherapy AKs x 6 (forearms, scalp)"), "2026-10-13", performer=de, enc=e1)
    b.dr("2026-10-20", cc(("loinc", "11526-1", "Pathology study")), "Skin, left nasal ala, shave biopsy: basal cell carcinoma, nodular type, extending to deep margin. No perineural invasion identified.", cat=("SP", "Surgical Pathology"), performer=dp)
    b.obs("2026-11-18", cc(b.local("LES-SIZE", "Clinical lesion diameter")), 7, "mm", cat="exam", enc=e3)
    b.sr(cc(("cpt", "17311", "Mohs micrographic technique, head, neck, hands, feet, genitalia; first stage, up to 5 tissue blocks"), text="Mohs surgery L nasal ala, possible flap/graft repair same day"),
         "2026-11-18", status="active", intent="order", occ="2026-12-18", reasonref=bcc, requester=mo, performer=mo, note="Office procedure under local anesthesia. Hold fish oil 1 week prior.")
    b.vitals("2026-11-18", e3, 128, 78, 70)
    b.med(rx("levothyroxine50"), "2012-01-01", kind="MedicationStatement", dose="50 mcg daily")
    b.med(rx("losartan50"), "2016-01-01", kind="MedicationStatement", dose="50 mg daily")
    b.med(rx("mupirocin"), "2026-11-18", dose="apply to wound twice daily after Mohs", prac=mo)
    b.note("2026-11-18", "consult", """Mohs consult: 59F with biopsy-proven nodular BCC L nasal ala, 7 mm clinically. Prior BCC back 2021. High-risk location (H-zone) - Mohs appropriate per AUC. Procedure explained: local anesthesia, stages in office, same-day repair likely bilobed flap. Scheduled 12/18/2026.""", mo, e3)
    return b


# ---------------------------------------------------------------- UNTREATABLE PROGNOSIS
@case("up_p1", "cv2", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Stage D HFrEF (EF 15%) declared not a candidate for LVAD or transplant with GDMT limited by hypotension; HF clinic note states no further advanced therapy options and a hospice referral and comfort-focused care plan are active, with no second opinion on record.",
      "Heart failure clinic: stage D HFrEF, not LVAD/transplant candidate, hospice referral")
def up_p1(cid):
    b = B(cid, "cv2")
    hf = b.prac("Lindgren", "Eric", "1861497720", "MD, Advanced Heart Failure & Transplant Cardiology")
    rn = b.prac("Odom", "Patrice", "1447062219", "RN, Heart Failure Nurse")
    dc = b.prac("Shah", "Nikhil", "1730288605", "MD, Clinical Cardiac Electrophysiology")
    hosp = b.organization("Piedmont Baptist Medical Center", ident="1427110032")
    hospice = b.organization("Forsyth Hospice & Palliative Care", ident="1962545008")
    b.patient("Grady", "Howard L", "male", "1942-03-30", "PCV0091147", "Clemmons", "NC", "27012", phone="336-555-0150")
    mc = b.organization("Medicare (CMS)", "govt")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "1EG4-TE5-MK72", start="2007-03-01")
    e1 = b.enc("2026-07-14", "IMP", "Inpatient admission - acute on chronic HF", "ADHF", prac=hf, org=hosp, end="2026-07-21")
    e2 = b.enc("2026-09-22", "IMP", "Inpatient admission - acute on chronic HF", "ADHF, cardiorenal", prac=hf, org=hosp, end="2026-10-01")
    e3 = b.enc("2026-10-28", "AMB", "Device clinic interrogation", "ICD check", prac=dc)
    e4 = b.enc("2026-11-18", "AMB", "Advanced heart failure clinic", "Goals of care", prac=hf, cpt=("99215", "Office or other outpatient visit, established patient, high MDM"))
    hfc = b.cond(cc(("icd", "I50.22", "Chronic systolic (congestive) heart failure"), ("sct", "703272007", "Heart failure with reduced ejection fraction")), "2015-05-01",
                 severity=cc(("sct", "24484000", "Severe")), note="ACC/AHA stage D, NYHA IV")
    b.cond(cc(("icd", "I25.5", "Ischemic cardiomyopathy")), "2015-05-01")
    b.cond(cc(("icd", "I48.20", "Chronic atrial fibrillation, unspecified")), "2020-01-01")
    b.cond(cc(("icd", "N18.32", "Chronic kidney disease, stage 3b")), "2022-01-01")
    b.cond(cc(("sct", "233604007", "Pneumonia")), "2024-02-01", status="resolved", abate="2024-02-20")
    b.obs("2026-11-18", cc(("loinc", "88020-3", "Functional capacity NYHA")), {"text": "NYHA class IV"}, cat="exam", enc=e4)
    b.vitals("2026-11-18", e4, 84, 52, 78, 71.2, spo2=93)
    lv = b.obs("2026-09-24", cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), 15, "%", ref=(52, 72), interp="L", cat="imaging", enc=e2)
    b.labs("2026-11-18", e4, ntprobnp=(9840, (0, 450)), creat=2.1, egfr=(31,), na=131, k=4.9, hgbm=11.6)
    b.obs("2026-11-18", cc(b.local("KCCQ12-OS", "KCCQ-12 overall summary score")), 22, "{score}", cat="survey", enc=e4)
    b.dr("2026-10-28", cc(("cpt", "93289", "Interrogation device evaluation (in person) with analysis, review and report; single, dual, or multiple lead implantable defibrillator system"), text="ICD interrogation"),
         "CRT-D (implanted 2016, generator change 2023). Battery 6.1 years. BiV pacing 97%. 2 episodes monitored VT, no therapies. Thoracic impedance trending down since 9/2026. Discussed shock deactivation - patient and daughter considering.", enc=e3, performer=dc)
    b.med(rx("carvedilol3"), "2015-06-01", dose="3.125 mg BID (reduced for hypotension)", prac=hf)
    b.med(rx("torsemide"), "2026-10-01", dose="40 mg daily", prac=hf)
    b.med(rx("apixaban2.5"), "2022-01-01", dose="2.5 mg BID", prac=hf)
    b.med(rx("entresto"), "2019-01-01", status="stopped", dose="24/26 mg BID - stopped 9/2026 symptomatic hypotension/AKI", prac=hf)
    b.med(rx("spironolactone"), "2018-01-01", status="stopped", dose="25 mg daily - stopped 9/2026 hyperkalemia", prac=hf)
    b.sr(cc(("sct", "306237005", "Referral to palliative care service"), text="Referral to hospice (home) - Forsyth Hospice & Palliative Care"), "2026-11-18",
         status="active", intent="order", reasonref=hfc, requester=hf, performer=hospice, enc=e4)
    b.add("CarePlan", {"status": "active", "intent": "plan", "title": "Comfort-focused heart failure plan of care",
                       "category": [{"text": "Palliative / hospice care"}], "subject": {"reference": b.pat}, "period": {"start": "2026-11-18"},
                       "addresses": [{"reference": hfc}], "author": {"reference": hf},
                       "description": "Transition to home hospice. Continue low-dose diuretic for symptom relief. No further hospitalization for IV inotropes per patient wishes. ICD shock therapy deactivation planned at next device visit. DNR/DNI (MOST form completed)."}, "cp")
    b.note("2026-10-01", "discharge", """DISCHARGE SUMMARY. 84M ischemic CM EF 15%, CRT-D, 2nd ADHF admission in 3 months. Diuresed 7 kg; course complicated by AKI (Cr 2.6) and hypotension requiring stopping sacubitril/valsartan and spironolactone. Discharged on torsemide 40. Refer to advanced HF clinic for goals of care.""", hf, e2)
    b.note("2026-11-18", "progress", """ADVANCED HEART FAILURE CLINIC - GOALS OF CARE
84M stage D HFrEF, NYHA IV, 2 hospitalizations since July. SBP 80s, unable to tolerate GDMT beyond low-dose carvedilol. Cr 2.1, NT-proBNP 9840, KCCQ-12 22.
Advanced therapies: not a candidate for LVAD (age, frailty, RV dysfunction, CKD 3b) or heart transplant (age). Palliative inotropes discussed; patient declines.
There are no further advanced heart failure treatment options available for him. Prognosis likely months.
Plan: hospice referral (home), comfort-focused plan of care, DNR/DNI, ICD shock deactivation at next device visit. Daughter present and agrees.""", hf, e4)
    return b


@case("up_p2", "ihs1", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Decompensated alcohol-associated cirrhosis (MELD-Na 31) declared not a liver-transplant candidate by telehealth hepatology with 'no further disease-directed options' and a PRC hospice/palliative referral; no second opinion on record.",
      "IHS clinic: decompensated cirrhosis, transplant declined, comfort care/hospice referral")
def up_p2(cid):
    b = B(cid, "ihs1")
    md = b.prac("Etsitty", "Harold", "1144226389", "MD, Internal Medicine")
    hep = b.prac("Ramaswamy", "Priya", "1538804012", "MD, Transplant Hepatology")
    chr_ = b.prac("Benally", "Corrine", "1013886721", "CHR")
    ref = b.organization("Four Rivers Regional Medical Center", ident="1336179011")
    univ = b.organization("University Hospital Liver Transplant Program (telehealth)", ident="1194771252")
    ihs = b.organization("Indian Health Service - Purchased/Referred Care", "govt")
    b.patient("Yellowhorse", "Leonard", "male", "1965-11-04", "RM-0008841", "Kirtland", "NM", "87417", race=("1002-5", "American Indian or Alaska Native"), gp=md)
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "IHS-RM-0008841", start="1985-01-01")
    mcd = b.organization("New Mexico Medicaid (Turquoise Care)", "pay")
    b.coverage(mcd, ("PUBLICPOL", "public healthcare"), "NM2209114580")
    e1 = b.enc("2026-08-02", "IMP", "Admission Four Rivers - variceal bleed/ascites", "hematemesis", org=ref, end="2026-08-09")
    e2 = b.enc("2026-09-15", "VR", "Telehealth hepatology - transplant evaluation", "cirrhosis", prac=hep, org=univ)
    e3 = b.enc("2026-10-27", "AMB", "Primary care", "cirrhosis f/u, confusion", prac=md)
    e4 = b.enc("2026-11-10", "HH", "CHR home visit", "check on pt", prac=chr_)
    e5 = b.enc("2026-11-19", "VR", "Telehealth hepatology follow-up", "cirrhosis, goals of care", prac=hep, org=univ)
    cir = b.cond(cc(("icd", "K70.31", "Alcoholic cirrhosis of liver with ascites"), text="Alcohol-associated cirrhosis, decompensated (ascites, varices, HE)"), "2024-03-01")
    b.cond({"text": "Alcohol use disorder, severe - last drink 8/2026"}, "2000-01-01")
    b.cond(cc(("icd", "K76.82", "Hepatic encephalopathy")), "2026-08-05")
    b.cond({"text": "Esophageal varices s/p banding 8/2026"}, "2026-08-03", status="inactive")
    b.cond({"text": "Cellulitis R leg 2023"}, "2023-05-01", status="resolved", abate="2023-05-20")
    b.labs("2026-10-27", e3, tbili=6.8, inr=(2.3, (0.9, 1.1)), creat=1.8, na=128, alb=2.4, plt=(62,), hgbm=9.9)
    b.obs("2026-10-27", cc(b.local("MELDNA", "MELD-Na score (calculated)")), 31, "{score}", cat="laboratory", enc=e3)
    b.vitals("2026-10-27", e3, 98, 58, 92, 71.0)
    b.vitals("2026-11-10", e4, 96, 56, 94)
    b.proc(cc(("cpt", "43244", "Esophagogastroduodenoscopy, flexible, transoral; with band ligation of esophageal/gastric varices"), text="EGD with variceal banding"), "2026-08-03", enc=e1, performer=ref)
    b.proc({"text": "Paracentesis, 6.5 L removed (Four Rivers IR)"}, "2026-10-30")
    b.proc({"text": "Paracentesis, 7 L removed (Four Rivers IR)"}, "2026-11-13")
    b.sr({"text": "PRC: hospice/palliative care - Four Corners Home Hospice; comfort care"}, "2026-11-20", status="active", intent="order", reasonref=cir, requester=md,
         note="PRC authorization requested 11/20/2026. Family meeting with CHR and tribal hospice liaison planned.")
    b.med(rx("lactulose"), "2026-08-09", dose="30 mL 2-3 times daily titrate to 3 BM", prac=md)
    b.med(rx("rifaximin"), "2026-08-09", dose="550 mg BID", prac=md)
    b.med(rx("spiro100"), "2026-08-09", status="stopped", dose="100 mg daily - stopped 10/2026 for hyponatremia/AKI", prac=md)
    b.note("2026-09-15", "consult", """Telehealth hepatology - liver transplant evaluation (University Hospital). 60M alcohol-associated cirrhosis, MELD-Na 27, recent variceal bleed, refractory ascites, HE. Last alcohol 8/1/2026. Lives alone, limited support, 3 h from center.
Not a liver transplant candidate at this time: alcohol use within the past 6 months, no identified caregiver, frailty (LFI 5.1). Would reconsider with 6 months documented abstinence and caregiver plan.""", hep, e2)
    b.note("2026-11-19", "consult", """Telehealth hepatology f/u. MELD-Na 31, needing paracentesis every 2 weeks, HE despite lactulose/rifaximin, Na 128, Cr 1.8 (HRS-AKI physiology). Not a TIPS candidate (MELD, HE). Transplant not an option per committee.
There are no further disease-directed treatment options we can offer. Recommend comfort-focused care and hospice. Discussed with patient and his sister by video; they agree.""", hep, e5)
    b.note("2026-11-10", "nurse", """CHR home visit. Pt more sleepy, belly big again. Taking lactulose. Sister staying with him now. He asks 'is there anything else they can do?' Told him to ask at telehealth visit.""", chr_, e4)
    return b


@case("up_p3", "dr3", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Refractory seropositive RA after eleven DMARDs/biologics/JAKi; the rheumatologist's note states there are no remaining treatment options to offer and refers to palliative care; DAS28 is persistently high but stable (change 0.2, below MCID) and no second opinion is on record.",
      "Rheumatology: refractory RA, 'no remaining treatment options', palliative referral")
def up_p3(cid):
    b = B(cid, "dr3")
    rh = b.prac("Engebretson", "Paul", "1619088720", "MD, Rheumatology")
    inf = b.prac("Kaur", "Simran", "1801276544", "RN, Infusion")
    suite = b.organization("Northstar Ambulatory Infusion Suite", ident="1740611893")
    b.patient("Vang", "Mai", "female", "1964-02-17", "NSR-0030092", "Saint Paul", "MN", "55106", phone="651-555-0146", lang=("hmn", "Hmong"))
    mc = b.organization("UCare Medicare", "ins")
    b.coverage(mc, ("HIP", "health insurance plan policy"), "UC70022913", start="2024-01-01")
    e0 = b.enc("2025-06-03", "AMB", "Infusion - rituximab", "RA", org=suite, prac=inf)
    e1 = b.enc("2026-04-14", "AMB", "Rheumatology follow-up", "RA", prac=rh, cpt=("99215", "Office or other outpatient visit, established patient, high MDM"))
    e2 = b.enc("2026-08-11", "AMB", "Rheumatology follow-up", "RA", prac=rh, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    e3 = b.enc("2026-11-17", "AMB", "Rheumatology follow-up", "RA, treatment options", prac=rh, cpt=("99215", "Office or other outpatient visit, established patient, high MDM"))
    ra = b.cond(cc(("icd", "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), ("sct", "69896004", "Rheumatoid arthritis")), "2004-01-01", asserter=rh)
    b.cond(cc(("icd", "M81.0", "Age-related osteoporosis without current pathological fracture")), "2018-01-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2015-01-01")
    b.cond(cc(("icd", "I82.401", "Acute embolism and thrombosis of unspecified deep veins of right lower extremity"), text="R leg DVT on tofacitinib 2023"), "2023-05-02", status="resolved", abate="2023-11-01")
    das = cc(b.local("DAS28-CRP", "DAS28-CRP disease activity score"))
    for d, e, v, crp in (("2026-04-14", e1, 5.6, 24), ("2026-08-11", e2, 5.7, 28), ("2026-11-17", e3, 5.8, 26)):
        b.score(d, das, v, e, cat="exam", unit="{score}")
        b.lab(d, "crp", crp, e)
    b.obs("2026-11-17", cc(b.local("HAQ-DI", "HAQ-DI disability index")), 2.1, "{score}", cat="survey", enc=e3)
    b.labs("2026-11-17", e3, hgb=10.9, creat=0.8, alt=22, plt=410)
    for d in ("2025-06-03", "2025-06-17"):
        b.admin(d, ("1722938", "rituximab 10 MG/ML Injectable Solution", "rituximab 1000 mg IV (HCPCS J9312 x100)"), "1000 mg IV per protocol; premedicated methylprednisolone 100 mg", enc=e0 if d == "2025-06-03" else None, prac=inf)
    b.med(rx("hcq"), "2025-12-01", dose="200 mg BID", reason="RA", prac=rh)
    b.med(rx("prednisone5"), "2025-12-01", dose="7.5 mg daily", reason="RA", prac=rh)
    b.med(rx("alendronate"), "2018-01-01", kind="MedicationStatement", dose="70 mg weekly")
    b.med(rx("amlodipine"), "2015-01-01", kind="MedicationStatement", dose="5 mg daily")
    b.med(rx("tramadol"), "2026-08-11", dose="50 mg q8h PRN", prac=rh)
    b.sr(cc(("sct", "306237005", "Referral to palliative care service"), text="Outpatient palliative care - pain and symptom management, RA"), "2026-11-17",
         status="active", intent="order", reasonref=ra, requester=rh)
    b.note("2026-11-17", "progress", """RHEUMATOLOGY FOLLOW-UP (Hmong interpreter present)
62F seropositive (RF 210, CCP >250) erosive RA since 2004. Prior therapies: methotrexate (hepatotoxicity), leflunomide, sulfasalazine, HCQ, etanercept, adalimumab, abatacept, tocilizumab (neutropenia), rituximab x2 cycles (no response), tofacitinib (DVT 2023), upadacitinib not used after DVT.
Now: 12 swollen/14 tender joints, DAS28-CRP 5.8 (5.6 in April, 5.7 in August), HAQ-DI 2.1, on prednisone 7.5 + HCQ.
Assessment: refractory RA. We have exhausted the treatment options available; there are no remaining treatment options I can offer her for her RA. Focus on symptom management and function.
Plan: refer outpatient palliative care for pain; OT for splints; continue prednisone 7.5 mg and HCQ; RTC 3 months.""", rh, e3)
    return b


@case("up_n1", "ihs2", "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "Metastatic castration-resistant prostate cancer with an active palliative plan of care, but a second opinion from a university GU oncology programme is on record from 2026-08-19 (within 12 months, same problem), so the flag is suppressed.",
      "Tribal clinic: metastatic prostate cancer on palliative plan; second opinion obtained in August")
def up_n1(cid):
    b = B(cid, "ihs2")
    md = b.prac("Sinclair", "Megan", "1275503398", "MD, Family Medicine")
    onc = b.prac("Halvorsen", "Jens", "1932074418", "MD, Medical Oncology")
    so = b.prac("Abara", "Ngozi", "1104992287", "MD, Genitourinary Medical Oncology")
    ref = b.organization("Big Sky Mercy Hospital", ident="1790823516")
    univ = b.organization("Intermountain University Cancer Institute", ident="1376602254")
    ihs = b.organization("Indian Health Service", "govt")
    mc = b.organization("Medicare (CMS)", "govt")
    b.patient("Many Guns", "Francis", "male", "1949-08-22", "SGT-000722", "Heart Butte", "MT", "59448", race=("1002-5", "American Indian or Alaska Native"), gp=md)
    b.coverage(ihs, ("PUBLICPOL", "public healthcare"), "SG-000722", start="1980-01-01")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "4QR1-WD3-KC90", start="2014-08-01")
    e1 = b.enc("2026-06-30", "AMB", "Oncology clinic (PRC) Big Sky Mercy", "prostate ca progression", prac=onc, org=ref)
    e2 = b.enc("2026-08-19", "VR", "Second opinion telehealth - GU oncology", "mCRPC second opinion", prac=so, org=univ)
    e3 = b.enc("2026-10-14", "AMB", "Primary care", "pain, fatigue", prac=md)
    e4 = b.enc("2026-11-16", "AMB", "Oncology clinic (PRC) Big Sky Mercy", "mCRPC", prac=onc, org=ref)
    pc = b.cond(cc(("icd", "C61", "Malignant neoplasm of prostate")), "2019-02-01", note="Gleason 4+4, metastatic castration-resistant since 2026")
    b.cond(cc(("icd", "C79.51", "Secondary malignant neoplasm of bone")), "2025-12-01")
    b.cond({"text": "HTN"}, "2005-01-01")
    b.cond({"text": "COVID-19 pneumonia 2021"}, "2021-01-05", status="resolved", abate="2021-02-01")
    b.labs("2026-10-14", e3, psa=(46.0,), hgbm=10.8, alb=3.4, ca=9.1, creat=1.1, egfr=(68,))
    pain = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    b.obs("2026-10-14", pain, 5, "{score}", cat="survey", enc=e3)
    b.obs("2026-11-16", pain, 4, "{score}", cat="survey", enc=e4)
    b.obs("2026-11-16", cc(("loinc", "89247-1", "ECOG Performance Status score")), 2, "{score}", cat="exam", enc=e4)
    b.dr("2026-06-20", cc(("cpt", "78306", "Bone and/or joint imaging; whole body"), text="Bone scan whole body"), "Multiple new osseous metastases: T8, L2, L4, pelvis, left 6th rib compared to 12/2025.", performer=ref)
    b.med(rx("leuprolide"), "2019-03-01", dose="22.5 mg IM every 3 months", prac=onc)
    b.med(rx("enzalutamide"), "2026-07-07", dose="160 mg daily", prac=onc)
    b.med(rx("oxycodone"), "2026-10-14", dose="5 mg q6h PRN bone pain", prac=md)
    b.add("CarePlan", {"status": "active", "intent": "plan", "title": "Palliative care plan - metastatic prostate cancer",
                       "category": [cc(("sct", "736373009", "Palliative care plan"))], "subject": {"reference": b.pat}, "period": {"start": "2026-08-25"},
                       "addresses": [{"reference": pc}], "author": {"reference": onc},
                       "description": "Symptom-directed care; continue ADT + enzalutamide while tolerated; declined docetaxel; home health and CHR support; hospice enrollment when performance status declines."}, "cp")
    b.note("2026-08-19", "consult", """SECOND OPINION CONSULTATION - GU Medical Oncology, Intermountain University Cancer Institute (telehealth, referred via PRC at patient request)
77M mCRPC, bone-only metastases, progression on ADT. Reviewed records, imaging, pathology. Germline/somatic testing: no HRR alteration (not PARP candidate). Not a candidate for radioligand therapy (PSMA PET low uptake).
Opinion: agree with Dr. Halvorsen - no curative options; reasonable to start enzalutamide; patient declines docetaxel; palliative-focused plan appropriate. Hospice when functional decline.
Copy to Big Sky Mercy oncology and Sweetgrass Tribal Health.""".replace("testing", "sequencing"), so, e2, title="Second opinion consultation")
    b.note("2026-11-16", "progress", """Oncology f/u (PRC). On enzalutamide + leuprolide since July; fatigue, bone pain controlled with oxycodone PRN. ECOG 2. Palliative plan per 8/2026 second opinion concurrence. Continue; revisit hospice at next visit.""", onc, e4)
    return b


@case("up_n2", "cv1", "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "Severe primary mitral regurgitation previously called 'inoperable' by an outside surgeon was treated with transcatheter edge-to-edge repair on 2026-10-06; MR is now mild, NYHA II, and there is no palliative plan or current no-treatment statement.",
      "Structural heart: 'inoperable' severe MR treated with TEER, now mild MR")
def up_n2(cid):
    b = B(cid, "cv1")
    ic = b.prac("Zielinski", "Margaret", "1053466102", "MD, Interventional Cardiology")
    hosp = b.organization("Lakeshore University Hospital", ident="1952301186")
    b.patient("Delgado", "Rosa M", "female", "1947-05-14", "LHV-5520981", "Cicero", "IL", "60804", phone="708-555-0159", lang=("es", "Spanish"))
    mc = b.organization("Medicare (CMS)", "govt")
    b.coverage(mc, ("PUBLICPOL", "public healthcare"), "7PK3-AN8-WD21", start="2012-05-01")
    e0 = b.enc("2025-11-04", "AMB", "Outside cardiac surgery consult (records received)", "Severe MR", org=hosp)
    e1 = b.enc("2026-07-21", "AMB", "Structural heart clinic", "Severe MR, dyspnea", prac=ic, cpt=("99205", "Office or other outpatient visit, new patient, high MDM"))
    e2 = b.enc("2026-10-06", "IMP", "Admission for transcatheter mitral repair", "Severe degenerative MR", prac=ic, org=hosp, end="2026-10-07")
    e3 = b.enc("2026-11-17", "AMB", "Structural heart follow-up (30-day)", "s/p TEER", prac=ic, cpt=("99214", "Office or other outpatient visit, established patient, moderate MDM"))
    mr = b.cond(cc(("icd", "I34.0", "Nonrheumatic mitral (valve) insufficiency"), ("sct", "48724000", "Mitral valve regurgitation")), "2022-01-01", note="Degenerative, P2 flail; severe pre-TEER, mild post-TEER")
    b.cond(cc(("icd", "I48.0", "Paroxysmal atrial fibrillation")), "2023-01-01")
    b.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2005-01-01")
    b.cond(cc(("icd", "N18.31", "Chronic kidney disease, stage 3a")), "2021-01-01")
    b.obs("2026-07-21", cc(("loinc", "88020-3", "Functional capacity NYHA")), {"text": "NYHA class III"}, cat="exam", enc=e1)
    b.obs("2026-11-17", cc(("loinc", "88020-3", "Functional capacity NYHA")), {"text": "NYHA class II"}, cat="exam", enc=e3)
    mrs = cc(b.local("ECHO-MR-GRADE", "Mitral regurgitation severity (echo)"))
    b.obs("2026-07-14", mrs, {"text": "Severe (4+), EROA 0.52 cm2, flail P2"}, cat="imaging")
    b.obs("2026-11-10", mrs, {"text": "Mild (1+) residual, mean gradient 3 mmHg"}, cat="imaging")
    b.labs("2026-11-17", e3, ntprobnp=(640, (0, 450)), creat=(1.1, (0.5, 1.1)), egfr=(50,), hgb=12.4)
    b.vitals("2026-11-17", e3, 124, 70, 68, 61.5)
    b.obs("2026-11-17", cc(b.local("KCCQ12-OS", "KCCQ-12 overall summary score")), 71, "{score}", cat="survey", enc=e3)
    b.proc(cc(("cpt", "33418", "Transcatheter repair of mitral valve leaflet(s) (TEER), percutaneous, including transseptal puncture; initial prosthesis"), text="Mitral TEER (MitraClip G4 x2)"),
           "2026-10-06", performer=ic, enc=e2, reasonref=mr, outcome="MR reduced from 4+ to 1+; mean gradient 3 mmHg")
    b.med(rx("apixaban"), "2023-01-01", dose="5 mg BID", prac=ic)
    b.med(rx("metoprololsucc"), "2023-01-01", dose="50 mg daily", prac=ic)
    b.med(rx("furosemide20"), "2026-07-21", dose="20 mg daily", prac=ic)
    b.note("2025-11-04", "consult", """(Outside cardiac surgery consult, scanned) 78F severe degenerative MR, flail P2, NYHA III. STS mortality for MV repair 9.1% (age, CKD, frailty). Prohibitive surgical risk - told patient she is inoperable and there is nothing more surgically that can be done. Medical management.""", None, e0)
    b.note("2026-11-17", "progress", """Structural heart 30-day f/u s/p TEER 10/6/2026 (2 clips). Much better: walks to church, no orthopnea. NYHA II. TTE: mild residual MR, MG 3. KCCQ-12 71. Continue GDMT/apixaban. Annual echo. Patient and son grateful - had been told in 2025 nothing could be done.""", ic, e3)
    return b
