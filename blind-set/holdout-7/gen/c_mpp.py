from fhirlib import *
from sites import SITES


def mpp_p1(cid):
    """63F degenerative spondylolisthesis L4-5 with stenosis; TLIF L4-L5 ordered for 2027-01-19."""
    r = Rec(cid, SITES["capitol"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Denise", "Whitaker", npi="1174502938", gender="female")
    pm = r.practitioner("Arjun", "Mehta", npi="1396028457", gender="male")
    ns = r.practitioner("Catherine", "Abernathy", npi="1558390146", gender="female")
    r.patient("Brenda Kay", "Satterfield", "female", "1963-10-02", "CH7702184", "2709 Hanover Ave", "Richmond", "VA", "23220",
              "804-555-0151", gp=pcp)
    r.coverage("Anthem HealthKeepers", "Anthem Blue Cross Blue Shield PPO", "VAH119304827")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2014-01-01", recorded="2015-04-08")
    r.condition("Closed fracture of right distal radius", icd=("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture"),
                sct=("263199001", "Fracture of distal end of radius"), onset="2019-12-14", clinical="resolved", abate="2020-02-20", recorded="2019-12-14")
    spl = r.condition("Degenerative spondylolisthesis of L4 on L5", icd=("M43.16", "Spondylolisthesis, lumbar region"), sct=("274152003", "Spondylolisthesis"),
                      onset="2024-06-01", recorded="2025-11-05", note="Grade I, 6 mm anterolisthesis, dynamic 3 mm translation on flexion-extension.")
    sten = r.condition("Lumbar spinal stenosis with neurogenic claudication", icd=("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"),
                       sct=("18347007", "Spinal stenosis of lumbar region"), onset="2024-06-01", recorded="2025-11-05")
    r.procedure("Lumbar transforaminal epidural steroid injection L4-L5, bilateral", [(CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level")],
                date="2026-03-12T10:20:00-05:00", reasons=[sten], performer=pm, outcome="Approximately 40% relief for 6 weeks")
    r.procedure("Lumbar transforaminal epidural steroid injection L4-L5, bilateral", [(CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance, lumbar or sacral, single level")],
                date="2026-06-18T10:05:00-05:00", reasons=[sten], performer=pm, outcome="Minimal relief")
    r.report((LOINC, "24967-2", "MR Lumbar spine WO contrast"), "2026-08-27", [
        dict(code=(LOINC, "24967-2", "MR Lumbar spine WO contrast"), cat="imaging",
             vstr="Grade I anterolisthesis L4 on L5 with facet arthropathy and ligamentum flavum hypertrophy causing severe central canal stenosis and moderate bilateral foraminal narrowing.",
             interp="A")], cat=("RAD", "Radiology"), conclusion="Severe L4-L5 central stenosis secondary to degenerative spondylolisthesis.")
    e1 = r.encounter("2026-09-22", "AMB", "Neurosurgery spine consult", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"), reasons=[spl, sten], prac=ns)
    r.vitals("2026-09-22", e1, sbp=136, dbp=82, hr=74, wt=84.0, ht=162.6)
    r.score((L, "ODI-PCT", "Oswestry Disability Index score"), 48, "2026-09-22", enc=e1, unit="%")
    r.note("""Spine consult 09/22/2026. 63F with 2 years of bilateral buttock/thigh pain with walking, limited to 1 block, relieved by sitting.
Failed 6 months PT, NSAIDs, gabapentin and two L4-5 TFESIs. Neuro: 5/5 strength, diminished L5 sensation bilaterally.
Imaging: grade I degenerative spondylolisthesis L4-5, dynamic instability, severe central stenosis. ODI 48%.
Plan: L4-L5 decompression and transforaminal lumbar interbody fusion with posterior instrumentation. Risks, benefits,
alternatives discussed; she wishes to proceed.""", "2026-09-22", author=ns, enc=e1, loinc=("11488-4", "Consult note"))
    e2 = r.encounter("2026-11-10", "AMB", "Neurosurgery preoperative visit", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[spl], prac=ns)
    sr = r.service_request("L4-L5 decompression with transforaminal lumbar interbody fusion (TLIF) and pedicle screw instrumentation",
                           [(CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; single interspace, lumbar"),
                            (SCT, "55705006", "Spinal fusion"), (L, "SURG-NS-TLIF1", "TLIF LUMBAR 1 LEVEL W/INSTRUMENTATION")],
                           status="active", intent="order", authored="2026-11-10", occurrence="2027-01-19T07:30:00-05:00", reasons=[spl, sten],
                           requester=ns, performer=ns, category=("387713003", "Surgical procedure"), enc=e2,
                           note="Inpatient admission, expected LOS 2-3 days. Type and screen. Neuromonitoring.")
    r.service_request("Pre-anesthesia evaluation", [(L, "ANES-PREOP", "PRE-ANESTHESIA CLINIC VISIT")], status="active", authored="2026-11-10",
                      occurrence="2027-01-07", reasons=[spl], requester=ns)
    r.service_request("Preoperative labs: CBC, BMP, type and screen", [(L, "LAB-PREOP-SPINE", "PREOP PANEL SPINE")], status="active", authored="2026-11-10",
                      occurrence="2027-01-07", requester=ns)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-11-10", bmp(cr=0.81, egfr=80), enc=e2)
    r.note("""Pre-op 11/10/2026. Symptoms unchanged. Surgery scheduled 01/19/2027 at Capitol Heights main OR. Consent signed.
Hold meloxicam 7 days prior. Medical clearance from PCP requested.""", "2026-11-10", author=ns, enc=e2)
    e3 = r.encounter("2026-11-18", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[htn], prac=pcp)
    r.vitals("2026-11-18", e3, sbp=132, dbp=80)
    r.note("""Pre-op medical evaluation 11/18/2026. BP controlled. RCRI 0. Acceptable risk for planned lumbar fusion.""", "2026-11-18", author=pcp, enc=e3)
    r.med("Amlodipine 10 MG Oral Tablet", rx="308135", authored="2026-01-15T09:00:00-05:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Gabapentin 300 MG Oral Capsule", rx="310431", authored="2026-02-10T09:00:00-05:00", dose="1 capsule three times daily", reasons=[sten], requester=pm)
    r.med("Meloxicam 7.5 MG Oral Tablet", rx="311486", authored="2026-02-10T09:00:00-05:00", dose="1 tablet daily with food", reasons=[sten], requester=pm)
    r.allergy("Codeine", rx="2670", reaction="Nausea and vomiting")
    return r


def mpp_p2(cid):
    """68F main-duct IPMN with mural nodule; pancreaticoduodenectomy ordered for 2027-01-06."""
    r = Rec(cid, SITES["lakeshore"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Howard", "Bernstein", npi="1235906174", gender="male")
    gi = r.practitioner("Yuki", "Tanabe", npi="1083746251", gender="female")
    hpb = r.practitioner("Marcus", "Oyelaran", npi="1467203985", gender="male")
    r.patient("Linda Marie", "Zielinski", "female", "1958-06-19", "E2209846", "6140 S Kilbourn Ave", "Chicago", "IL", "60629", "773-555-0128", gp=pcp)
    r.coverage("Humana", "Humana Gold Plus HMO", "H48210937", ptype=("MCPOL", "managed care policy"))
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2010-01-01", recorded="2013-07-01")
    gerd = r.condition("Gastroesophageal reflux disease without esophagitis", icd=("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
                       sct=("235595009", "Gastroesophageal reflux disease"), onset="2012-01-01", recorded="2013-07-01")
    r.condition("Diverticulitis of sigmoid colon", icd=("K57.32", "Diverticulitis of large intestine without perforation or abscess without bleeding"),
                sct=("307496006", "Diverticulitis of large intestine"), onset="2021-09-10", clinical="resolved", abate="2021-10-01", recorded="2021-09-10")
    ipmn = r.condition("Main-duct intraductal papillary mucinous neoplasm (IPMN) of pancreatic head",
                       icd=("D13.6", "Benign neoplasm of pancreas"), local=(L, "PL-IPMN-MD", "IPMN, main duct type"),
                       onset="2024-05-14", recorded="2024-05-20", note="Incidental on CT 05/2024; surveillance MRI showed progression 09/2026.")
    r.report((L, "IMG-MRABD", "MR abdomen/MRCP with and without contrast"), "2026-09-08", [
        dict(code=(L, "IMG-MRABD", "MR abdomen/MRCP with and without contrast"), cat="imaging",
             vstr="Main pancreatic duct dilated to 11 mm in head/neck (7 mm in 2025). New 7 mm enhancing mural nodule in pancreatic head. No vascular involvement. No adenopathy or liver lesions.",
             interp="A")], cat=("RAD", "Radiology"), conclusion="Main-duct IPMN with high-risk stigmata (MPD >= 10 mm, enhancing mural nodule >= 5 mm).")
    e1 = r.encounter("2026-10-14", "AMB", "Endoscopy - EUS", cpt=("43242", "Esophagogastroduodenoscopy, flexible, transoral; with transendoscopic ultrasound-guided intramural or transmural fine needle aspiration/biopsy(s)"),
                     reasons=[ipmn], prac=gi, tstart="08:00", tend="10:30")
    r.procedure("EUS with fine-needle aspiration of pancreatic head lesion", [(CPT, "43242", "Esophagogastroduodenoscopy, flexible, transoral; with transendoscopic ultrasound-guided intramural or transmural fine needle aspiration/biopsy(s)")],
                date="2026-10-14T08:40:00-05:00", reasons=[ipmn], performer=gi, enc=e1,
                outcome="Fish-mouth papilla with mucin extrusion; 8 mm mural nodule sampled.")
    r.report((LOINC, "22634-0", "Pathology report.gross and microscopic"), "2026-10-14", [
        dict(code=(LOINC, "22634-0", "Pathology report.gross and microscopic"), vstr="Pancreatic head FNA: abundant thick extracellular mucin with clusters of atypical mucinous epithelium, at least low-grade; high-grade dysplasia cannot be excluded.", interp="A")],
        cat=("SP", "Surgical Pathology"), enc=e1, conclusion="Atypical mucinous epithelial cells consistent with IPMN.")
    r.obs(("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"), 44, "U/mL", "2026-10-14", low=0, high=35, enc=e1, ucum="[U]/mL")
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-10-14", bmp(cr=0.79, glu=108, egfr=80) + hepatic(short=True), enc=e1)
    e2 = r.encounter("2026-10-28", "AMB", "Surgical oncology (HPB) consult", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"), reasons=[ipmn], prac=hpb)
    r.vitals("2026-10-28", e2, sbp=138, dbp=78, hr=72, wt=70.2, ht=163.0)
    r.note("""HPB surgery consult 10/28/2026. 68F with main-duct IPMN of the pancreatic head, now with MPD 11 mm and enhancing mural
nodule; FNA atypical mucinous epithelium; CA 19-9 44. Discussed at multidisciplinary pancreas conference 10/26:
consensus for resection given high-risk stigmata. Good functional status, ECOG 0.
Plan: open pancreaticoduodenectomy (Whipple). Risks including pancreatic fistula, delayed gastric emptying, diabetes,
and mortality discussed. Patient agrees.""", "2026-10-28", author=hpb, enc=e2, loinc=("11488-4", "Consult note"))
    r.service_request("Pancreaticoduodenectomy (Whipple procedure)", [(CPT, "48150", "Pancreatectomy, proximal subtotal with total duodenectomy, partial gastrectomy, choledochoenterostomy and gastrojejunostomy (Whipple-type procedure); with pancreatojejunostomy"),
                      (L, "SURG-HPB-WHIPPLE", "PANCREATICODUODENECTOMY OPEN")], status="active", intent="order", authored="2026-11-04",
                      occurrence="2027-01-06T07:15:00-06:00", reasons=[ipmn], requester=hpb, performer=hpb, category=("387713003", "Surgical procedure"),
                      note="Inpatient; ICU bed not required; expected LOS 6-8 days. Enhanced recovery pathway.")
    r.service_request("Preoperative cardiology evaluation", [(SCT, "183519002", "Referral to cardiology service"), (L, "REF-CARD-PREOP", "AMB REFERRAL CARDIOLOGY PRE-OP")],
                      status="completed", authored="2026-11-04", reasons=[ipmn], requester=hpb, category=("3457005", "Patient referral"))
    e3 = r.encounter("2026-11-19", "AMB", "Cardiology preoperative evaluation", cpt=("99204", "Office or other outpatient visit, new patient, 45-59 minutes"), reasons=[ipmn])
    r.obs((SCT, "29303009", "Electrocardiographic procedure"), date="2026-11-19", cat="procedure", enc=e3, vstr="Sinus rhythm, normal ECG.", interp="N",
          extra_codes=[(LOINC, "11524-6", "EKG study")])
    r.note("""Cardiology pre-op 11/19/2026. METs > 4, no angina, normal ECG. No further cardiac evaluation needed before pancreaticoduodenectomy.""",
           "2026-11-19", enc=e3, loinc=("11488-4", "Consult note"))
    r.med("Losartan Potassium 50 MG Oral Tablet", rx="979485", authored="2026-02-01T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Pantoprazole 40 MG Delayed Release Oral Tablet", rx="314200", authored="2026-02-01T09:00:00-06:00", dose="1 tablet daily before breakfast", reasons=[gerd], requester=pcp)
    return r


def mpp_p3(cid):
    """61M severe degenerative MR (flail P2); robotic mitral valve repair in 'preparation' for late January."""
    r = Rec(cid, SITES["piedmont"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("William", "Greer", npi="1902335746", gender="male")
    card = r.practitioner("Adaeze", "Nwosu", npi="1740928315", gender="female")
    cts = r.practitioner("Philip", "Van Zandt", npi="1518063947", gender="male")
    r.patient("Kenneth Ray", "Dillard", "male", "1965-02-25", "PV0481127", "114 Pimlico Rd", "Greenville", "SC", "29607", "864-555-0173", gp=pcp)
    r.coverage("BlueCross BlueShield of South Carolina", "BlueEssentials", "ZCS403991725")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2017-01-01", recorded="2017-05-22")
    r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2017-01-01", recorded="2017-05-22")
    mr = r.condition("Severe primary mitral regurgitation due to flail posterior leaflet (P2)", icd=("I34.0", "Nonrheumatic mitral (valve) insufficiency"),
                     sct=("48724000", "Mitral valve regurgitation"), onset="2025-04-01", recorded="2026-08-12",
                     severity=("24484000", "Severe"))
    e1 = r.encounter("2026-08-12", "AMB", "Cardiology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[mr], prac=card)
    r.vitals("2026-08-12", e1, sbp=128, dbp=76, hr=68, wt=83.0, ht=175.3)
    r.report((LOINC, "34552-0", "Cardiac 2D echo panel"), "2026-08-12", [
        dict(code=("10230-1", "Left ventricular Ejection fraction"), value=61, unit="%", low=52, high=72, cat="imaging"),
        dict(code=(LOINC, "29436-3", "Left ventricular Internal end systolic dimension"), value=42, unit="mm", low=None, high=40, cat="imaging"),
        dict(code=(L, "ECHO-EROA", "Mitral regurgitation effective regurgitant orifice area (PISA)"), value=0.52, unit="cm2", cat="imaging", interp="A", ucum="cm2"),
        dict(code=(L, "ECHO-PASP", "Pulmonary artery systolic pressure (estimated)"), value=46, unit="mmHg", ucum="mm[Hg]", low=None, high=35, cat="imaging")],
        cat=("CUS", "Cardiac Ultrasound"), enc=e1, conclusion="Severe eccentric MR from flail P2 segment with ruptured chord. LVESD 42 mm. Normal LVEF. Mild pulmonary hypertension.")
    r.note("""Cardiology 08/12/2026. Mild exertional dyspnea climbing hills. Known MVP. TTE now severe MR (EROA 0.52), flail P2, LVESD 42 mm,
PASP 46. Meets class I indication for surgery (LVESD >= 40). High likelihood of durable repair. Refer CT surgery; TEE and cath.""",
           "2026-08-12", author=card, enc=e1)
    r.procedure("Transesophageal echocardiogram", [(CPT, "93312", "Echocardiography, transesophageal, real-time with image documentation (2D)")], date="2026-09-22T09:30:00-04:00",
                reasons=[mr], performer=card, outcome="Flail P2 with ruptured primary chord; severe MR; repairable anatomy.")
    r.procedure("Left heart catheterization with coronary angiography", [(CPT, "93458", "Catheter placement in coronary artery(s) for coronary angiography... with left heart catheterization")],
                date="2026-10-20T08:15:00-04:00", reasons=[mr], performer=card, outcome="No obstructive coronary artery disease.")
    e2 = r.encounter("2026-11-03", "AMB", "Cardiothoracic surgery consult", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"), reasons=[mr], prac=cts)
    r.note("""CT surgery consult 11/03/2026. Severe degenerative MR, flail P2, normal coronaries. Plan robotic-assisted mitral valve repair
(triangular resection / neochords, annuloplasty ring) with cardiopulmonary bypass. Expected repair rate > 95%.
Tentative OR date 01/26/2027; pre-admission work-up in progress (dental clearance, PFTs, carotid duplex).""",
           "2026-11-03", author=cts, enc=e2, loinc=("11488-4", "Consult note"))
    r.procedure("Mitral valve repair, robotic-assisted, with annuloplasty ring", [(CPT, "33426", "Valvuloplasty, mitral valve, with cardiopulmonary bypass; with prosthetic ring"),
                (L, "CTS-MVREP-ROB", "MITRAL VALVE REPAIR ROBOTIC")], status="preparation", reasons=[mr], performer=cts,
                note="Scheduled 01/26/2027, main OR. Pre-admission evaluation in progress.")
    r.service_request("Pre-operative dental clearance", [(L, "REF-DENT-PREOP", "DENTAL CLEARANCE PRIOR TO VALVE SURGERY")], status="active", authored="2026-11-03",
                      occurrence="2026-12-09", reasons=[mr], requester=cts)
    r.service_request("Duplex scan, extracranial arteries, bilateral", [(CPT, "93880", "Duplex scan of extracranial arteries; complete bilateral study")],
                      status="active", authored="2026-11-03", occurrence="2026-12-14", reasons=[mr], requester=cts)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-11-03", cbc(14.6, sex="M"), enc=e2)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-11-03", bmp(cr=1.0, egfr=84), enc=e2)
    r.obs(("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma"), 88, "pg/mL", "2026-11-03", low=0, high=100, enc=e2)
    r.med("Lisinopril 20 MG Oral Tablet", rx="314077", authored="2026-01-20T09:00:00-05:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Rosuvastatin 10 MG Oral Tablet", rx="859751", authored="2026-01-20T09:00:00-05:00", dose="1 tablet daily", requester=pcp)
    return r


def mpp_n1(cid):
    """71M right THA performed 2026-09-15; recovering, no further surgery planned."""
    r = Rec(cid, SITES["mesaverde"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Susan", "Yazzie", npi="1447290318", gender="female")
    ortho = r.practitioner("Derek", "Langford", npi="1659302748", gender="male")
    r.patient("Harold James", "Kittredge", "male", "1955-09-30", "MV10938275", "5538 E Dodge St", "Mesa", "AZ", "85205", "480-555-0163", gp=pcp,
              marital=("M", "Married"))
    r.coverage("Medicare Part B", "Original Medicare", "7QK2-TE4-MD81", ptype=("SUBSIDIZ", "subsidized health program"))
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2008-01-01", recorded="2012-03-15")
    dm = r.condition("Type 2 diabetes mellitus without complications", icd=("E11.9", "Type 2 diabetes mellitus without complications"),
                     sct=("44054006", "Diabetes mellitus type 2"), onset="2016-01-01", recorded="2016-02-10")
    oa = r.condition("Primary osteoarthritis of right hip", icd=("M16.11", "Unilateral primary osteoarthritis, right hip"), sct=("239872002", "Osteoarthritis of hip"),
                     onset="2021-01-01", clinical="resolved", abate="2026-09-15", recorded="2022-04-11")
    r.condition("Presence of right artificial hip joint", icd=("Z96.641", "Presence of right artificial hip joint"),
                onset="2026-09-15", recorded="2026-09-17")
    sr = r.service_request("Total hip arthroplasty, right", [(CPT, "27130", "Arthroplasty, acetabular and proximal femoral prosthetic replacement (total hip arthroplasty), with or without autograft or allograft"),
                           (L, "SURG-ORTHO-THA", "THA RIGHT ANTERIOR APPROACH")], status="completed", authored="2026-07-21", occurrence="2026-09-15",
                           reasons=[oa], requester=ortho, performer=ortho, category=("387713003", "Surgical procedure"))
    e1 = r.encounter("2026-09-15", "IMP", "Inpatient surgical admission",
                     reasons=[oa], prac=ortho, end="2026-09-16", admit=("other", "Other"), dispo=("home", "Home"), tstart="06:00", tend="14:30")
    r.procedure("Total hip arthroplasty, right, direct anterior approach", [(CPT, "27130", "Arthroplasty, acetabular and proximal femoral prosthetic replacement (total hip arthroplasty), with or without autograft or allograft"),
                (SCT, "52734007", "Total replacement of hip")], period={"start": "2026-09-15T07:40:00-07:00", "end": "2026-09-15T09:25:00-07:00"},
                reasons=[oa], performer=ortho, enc=e1, based_on=sr, body=("24136001", "Hip joint structure"),
                outcome="Uncomplicated. EBL 250 mL.")
    r.note("""Operative note 09/15/2026. Right THA via direct anterior approach, cementless components. No complications. WBAT.
Aspirin 81 mg BID x 35 days for VTE prophylaxis.""", "2026-09-15", loinc=("28570-0", "Procedure note"), author=ortho, enc=e1)
    r.note("""Discharge summary 09/16/2026. POD1 discharge home after PT clearance. Ambulating with walker. Follow-up 2 weeks.""", "2026-09-16",
           loinc=("18842-5", "Discharge summary"), author=ortho, enc=e1)
    r.med("Aspirin 81 MG Delayed Release Oral Tablet", rx="243670", status="completed", authored="2026-09-16T10:00:00-07:00",
          dose="1 tablet twice daily for 35 days", requester=ortho, end="2026-10-21")
    e2 = r.encounter("2026-09-29", "AMB", "Postoperative visit", cpt=("99024", "Postoperative follow-up visit, normally included in the surgical package"), reasons=[oa], prac=ortho)
    r.note("""Post-op 09/29/2026. Incision healed, no signs of infection. Walking with cane. XR: well-fixed components. Continue PT.""", "2026-09-29", author=ortho, enc=e2)
    r.procedure("Physical therapy, post-arthroplasty (8 visits)", [(CPT, "97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises")],
                period={"start": "2026-09-22", "end": "2026-11-10"}, reasons=[oa])
    e3 = r.encounter("2026-11-10", "AMB", "Orthopedic follow-up", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), prac=ortho,
                     reason="8-week post-op check, right THA")
    r.note("""8 weeks post right THA 11/10/2026. Pain-free, walking without assistive device, back to golf practice. No further surgery
planned. Next visit 1 year with radiographs.""", "2026-11-10", author=ortho, enc=e3)
    e4 = r.encounter("2026-10-21", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[dm, htn], prac=pcp)
    r.vitals("2026-10-21", e4, sbp=128, dbp=74, hr=70, wt=88.1)
    r.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 6.9, "%", "2026-10-21", low=4.0, high=5.6, enc=e4)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-10-21", bmp(cr=1.04, glu=128, egfr=75), enc=e4)
    r.note("""Diabetes/HTN follow-up 10/21/2026. A1c 6.9 (7.0 in April). BP controlled. Recovering well from hip replacement.""", "2026-10-21", author=pcp, enc=e4)
    r.med("metFORMIN Hydrochloride 1000 MG Oral Tablet", rx="861004", authored="2026-01-05T09:00:00-07:00", dose="1 tablet twice daily with meals", reasons=[dm], requester=pcp)
    r.med("Lisinopril 20 MG Oral Tablet", rx="314077", authored="2026-01-05T09:00:00-07:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    return r


def mpp_n2(cid):
    """54F epidermal inclusion cyst of upper back; office excision (CPT 11402) scheduled 2026-12-17."""
    r = Rec(cid, SITES["cascadia"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Grace", "Hoffmeyer", npi="1326194057", gender="female")
    derm = r.practitioner("Miguel", "Arroyo-Santos", npi="1609483726", gender="male")
    r.patient("Rebecca Joy", "Tran", "female", "1972-04-11", "CH40933518", "3815 NE Sandy Blvd", "Portland", "OR", "97232", "971-555-0182", gp=pcp)
    r.coverage("Regence BlueCross BlueShield of Oregon", "Regence Preferred PPO", "RBO550283917")
    pso = r.condition("Psoriasis vulgaris", icd=("L40.0", "Psoriasis vulgaris"), sct=("9014002", "Psoriasis"), onset="2009-01-01", recorded="2015-06-30",
                      note="Limited plaque psoriasis, < 3% BSA, elbows and scalp.")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2019-01-01", recorded="2019-08-01")
    r.condition("Acute bronchitis", icd=("J20.9", "Acute bronchitis, unspecified"), sct=("10509002", "Acute bronchitis"), onset="2025-01-20", clinical="resolved",
                abate="2025-02-10", recorded="2025-01-22")
    cyst = r.condition("Epidermal inclusion cyst of upper back", icd=("L72.0", "Epidermal cyst"), local=(L, "PL-EIC", "Epidermoid cyst"), onset="2025-06-01",
                       recorded="2026-10-30", note="1.6 cm mobile subcutaneous cyst with punctum, left upper back; two episodes of inflammation.")
    e1 = r.encounter("2026-10-30", "AMB", "Dermatology visit", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[cyst, pso], prac=derm)
    r.note("""Dermatology 10/30/2026. 1.6 cm epidermal inclusion cyst left upper back, recurrently inflamed, rubbing on bra strap.
Psoriasis well controlled on topical regimen. Plan: elective excision in clinic under local anesthesia, 12/17/2026.""",
           "2026-10-30", author=derm, enc=e1)
    r.service_request("Excision of epidermal inclusion cyst, upper back (office, local anesthesia)", [(CPT, "11402", "Excision, benign lesion including margins, except skin tag (unless listed elsewhere), trunk, arms or legs; excised diameter 1.1 to 2.0 cm"),
                      (L, "DERM-EXC-BEN", "EXCISION BENIGN LESION TRUNK")], status="active", intent="order", authored="2026-10-30",
                      occurrence="2026-12-17T13:30:00-08:00", reasons=[cyst], requester=derm, performer=derm, category=("387713003", "Surgical procedure"),
                      note="Minor procedure room, lidocaine 1% with epinephrine. Layered closure. Send to pathology.")
    r.procedure("Shave biopsy of skin, right forearm", [(CPT, "11102", "Tangential biopsy of skin (eg, shave, scoop, saucerize, curette); single lesion")], date="2025-03-14T11:00:00-07:00",
                performer=derm, outcome="Seborrheic keratosis")
    e2 = r.encounter("2026-08-19", "AMB", "Preventive visit, established patient 40-64", cpt=("99396", "Periodic comprehensive preventive medicine reevaluation, 40-64 years"), prac=pcp)
    r.vitals("2026-08-19", e2, sbp=126, dbp=78, hr=72, wt=66.5, ht=160.0)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-08-19", bmp(cr=0.72, egfr=98), enc=e2)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-08-19", lipids(188, 108, 63, 86), enc=e2)
    r.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), 5.4, "%", "2026-08-19", low=4.0, high=5.6, enc=e2)
    r.note("""Annual visit 08/19/2026. Well. BP controlled on HCTZ. Mammogram and colonoscopy up to date. Psoriasis managed by dermatology.""",
           "2026-08-19", author=pcp, enc=e2)
    r.med("Clobetasol Propionate 0.5 MG/ML Topical Solution", rx="861492", authored="2026-04-02T09:00:00-07:00", dose="Apply to scalp twice daily for flares, max 2 weeks",
          reasons=[pso], requester=derm)
    r.med("Calcipotriene 0.05 MG/GM Topical Cream", rx="1244219", authored="2026-04-02T09:00:00-07:00", dose="Apply to elbows twice daily", reasons=[pso], requester=derm)
    r.med("hydroCHLOROthiazide 25 MG Oral Tablet", rx="310798", authored="2026-01-10T09:00:00-07:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    return r


CASES = [
    ("MAJOR_PROCEDURE_PLANNED", "positive", mpp_p1, ["MAJOR_PROCEDURE_PLANNED"],
     "Active surgical ServiceRequest (intent order) for L4-L5 decompression and TLIF with instrumentation (CPT 22633) scheduled 2027-01-19, not yet performed.",
     "63F lumbar spondylolisthesis, TLIF fusion ordered for January"),
    ("MAJOR_PROCEDURE_PLANNED", "positive", mpp_p2, ["MAJOR_PROCEDURE_PLANNED"],
     "Active ServiceRequest for pancreaticoduodenectomy (Whipple, CPT 48150) on 2027-01-06 for main-duct IPMN with high-risk stigmata; not yet performed.",
     "68F main-duct IPMN, Whipple ordered for January"),
    ("MAJOR_PROCEDURE_PLANNED", "positive", mpp_p3, ["MAJOR_PROCEDURE_PLANNED"],
     "Procedure in status 'preparation' for robotic mitral valve repair with annuloplasty ring on bypass (CPT 33426), scheduled late January 2027.",
     "61M severe degenerative MR, mitral valve repair in preparation"),
    ("MAJOR_PROCEDURE_PLANNED", "near-miss", mpp_n1, [],
     "The major procedure (right total hip arthroplasty) was already performed on 2026-09-15; the order is completed and no further surgery is planned.",
     "71M right hip replacement already done in September"),
    ("MAJOR_PROCEDURE_PLANNED", "near-miss", mpp_n2, [],
     "The only planned procedure is an office excision of a 1.6 cm epidermal cyst under local anaesthesia (CPT 11402), a minor procedure.",
     "54F office excision of a back cyst scheduled"),
]
