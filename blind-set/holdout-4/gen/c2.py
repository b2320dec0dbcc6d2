from c1 import *

# ---------------- MAJOR_PROCEDURE_PLANNED ----------------
def mpp_p1(cid):
    b = mk(cid, 1)
    b.patient("Teresa Ann", "Vukovich", "female", "1968-08-09", "RRMC-0442187", line="881 Parsons Ave", postal="43206")
    b.prac("pcp", "Omar", "Haddad", *FM, "1093827461")
    b.prac("spine", "Katherine", "Lyle", "394801008", "Orthopedic surgery", "1528374610")
    b.coverage("Medical Mutual of Ohio", "commercial", "MMO77120394")
    ls = cc(("sct", "18347007", "Spinal stenosis of lumbar region"), ("icd", "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"))
    b.cond(cc(("sct", "40930008", "Hypothyroidism"), ("icd", "E03.9", "Hypothyroidism, unspecified")), "2015-01-01")
    b.cond(cc(("sct", "414916001", "Obesity"), ("icd", "E66.9", "Obesity, unspecified")), "2018-01-01")
    c = b.cond(ls, "2025-06-01", recorder="spine")
    sp = b.cond(cc(("sct", "274152003", "Spondylolisthesis"), ("icd", "M43.16", "Spondylolisthesis, lumbar region")), "2025-06-01", recorder="spine", note="Grade 1 degenerative L4-L5, dynamic 5 mm translation on flexion-extension.")
    b.medstmt(cc(("rx", "10582", "levothyroxine"), text="levothyroxine 100 mcg tablet"), "2015-01-01", "100 mcg daily")
    b.medstmt(cc(("rx", "25480", "gabapentin"), text="gabapentin 300 mg capsule"), "2025-07-01", "300 mg three times daily", reason=c)
    b.dr(cc(("loinc", "24967-2", "MR Lumbar spine WO contrast")), "2025-06-20", "Severe central canal stenosis L4-5 with grade 1 anterolisthesis; moderate bilateral foraminal narrowing.", prac="spine")
    for d in ("2026-02-10", "2026-05-12"):
        b.proc(cc(("cpt", "62323", "Injection(s), interlaminar epidural, lumbar or sacral; with imaging guidance")), "completed", d + "T10:00:00-05:00", reason=c)
    e1 = b.enc("2026-08-04", "Physical therapy discharge", svc="Physical therapy")
    b.note("2026-08-04", "PT discharge summary", "12 weeks lumbar stabilization program completed. Walking tolerance remains ~1 block before bilateral leg heaviness. Minimal functional gain.", enc=e1)
    e2 = b.enc("2026-11-19", "Spine surgery follow-up", prac="spine", reason=ls, svc="Orthopedic spine surgery")
    b.vitals("2026-11-19", 128, 80, 72, 94.0, e2)
    b.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-19", 7, "{score}", cat="survey", interp=None, enc=e2)
    b.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-05-12", 7, "{score}", cat="survey", interp=None)
    b.sr(cc(("cpt", "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; single interspace, lumbar"),
            text="L4-L5 decompression and posterior lumbar interbody fusion (TLIF) with instrumentation"),
         "2026-11-19", status="active", intent="order", occ="2027-01-14T07:30:00-05:00", reason=sp, prac="spine",
         cat=cc(("sct", "387713003", "Surgical procedure")), note="Inpatient, expected LOS 2-3 days. Pre-admission clinic 12/29.")
    cbc(b, "2026-11-19", 13.0, enc=e2)
    bmp(b, "2026-11-19", enc=e2)
    tsh(b, "2026-11-19", 1.9, e2)
    b.note("2026-11-19", "Spine surgery clinic", """58F with L4-5 degenerative spondylolisthesis and severe stenosis, neurogenic claudication. Failed 12 weeks PT, two epidural injections, gabapentin.
Discussed risks/benefits of L4-5 decompression and TLIF. She wishes to proceed. Booked 1/14/2027. Pre-op labs today.""", prac="spine", enc=e2)
    return b, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"], \
        "Active ServiceRequest (intent order) for L4-L5 decompression and interbody fusion (CPT 22633) scheduled 2027-01-14, not yet performed.", \
        "58F lumbar stenosis/spondylolisthesis, L4-5 fusion booked January 2027"

def mpp_p2(cid):
    b = mk(cid, 7)
    b.patient("Walter Eugene", "Janssen", "male", "1953-02-17", "NSH-2208817", line="1530 Judson Ave", postal="60201")
    b.prac("pcp", "Laura", "Kim", *FM, "1457382911")
    b.prac("vasc", "Gregory", "Paltrow", "408463005", "Vascular surgery", "1821093746")
    b.coverage("Medicare Advantage - Humana Gold Plus", "medicare", "H5619-0221-7734")
    aaa = cc(("sct", "233985008", "Abdominal aortic aneurysm"), ("icd", "I71.40", "Abdominal aortic aneurysm, without rupture, unspecified"))
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2008-01-01")
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2010-01-01")
    b.cond(cc(("sct", "8517006", "Ex-smoker"), ("icd", "Z87.891", "Personal history of nicotine dependence")), "2015-01-01")
    a = b.cond(aaa, "2022-09-14", recorder="vasc")
    b.medstmt(cc(("rx", "17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2012-01-01", "10 mg daily")
    b.medstmt(cc(("rx", "83367", "atorvastatin"), text="atorvastatin 40 mg tablet"), "2010-01-01", "40 mg nightly")
    b.medstmt(cc(("rx", "1191", "aspirin"), text="aspirin 81 mg tablet"), "2022-09-20", "81 mg daily")
    for d, s in (("2024-11-05", 4.8), ("2025-11-11", 5.1), ("2026-10-06", 5.7)):
        o = b.obs(cc(text="Maximum infrarenal abdominal aortic diameter"), d, s, "cm", cat="imaging", interp=None)
        b.dr(cc(("loinc", "24558-9", "US Abdomen")) if d != "2026-10-06" else cc(("loinc", "36813-4", "CT angiography Abdomen and Pelvis")), d,
             f"Infrarenal AAA, maximum diameter {s} cm.", results=[o], prac="vasc")
    e1 = b.enc("2026-10-20", "Vascular surgery consultation", prac="vasc", reason=aaa, svc="Vascular surgery")
    b.vitals("2026-10-20", 134, 78, 66, 88.0, e1)
    bmp(b, "2026-10-20", creat=1.0, egfr=76, enc=e1)
    cbc(b, "2026-10-20", 14.4, male=True, enc=e1)
    b.proc(cc(("cpt", "34705", "Endovascular repair of infrarenal aorta and/or iliac artery(ies) by deployment of an aorto-bi-iliac endograft"), text="Elective EVAR, infrarenal AAA"),
           "preparation", reason=a, prac="vasc", note="Device sized from CTA 10/6. Scheduled 12/22/2026, hybrid OR.")
    b.enc("2026-12-22", "Elective admission - EVAR", cls="IMP", prac="vasc", status="planned", reason=aaa)
    b.note("2026-10-20", "Vascular surgery consultation", """73M with infrarenal AAA, growth 5.1 -> 5.7 cm in 11 months. Anatomy suitable for endovascular repair on CTA.
Recommend elective EVAR. Risks discussed. Plan: EVAR 12/22/2026, pre-op cardiology clearance not needed (good functional capacity).""", prac="vasc", enc=e1)
    return b, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"], \
        "Procedure in status 'preparation' for endovascular AAA repair (CPT 34705) with planned admission 2026-12-22; not yet performed.", \
        "73M growing 5.7 cm AAA, EVAR in preparation for December"

def mpp_p3(cid):
    b = mk(cid, 7)
    b.patient("Rajesh", "Subramanian", "male", "1972-10-03", "NSH-3391045", line="909 Central St", postal="60201")
    b.prac("cards", "Elena", "Marquez", "394579002", "Cardiology", "1639201847")
    b.prac("cts", "William", "Hargrove", "408466002", "Cardiac surgery", "1417293850")
    b.coverage("Cigna Open Access Plus", "commercial", "U88201947")
    mr = cc(("sct", "48724000", "Mitral valve regurgitation"), ("icd", "I34.0", "Nonrheumatic mitral (valve) insufficiency"))
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2019-01-01")
    m = b.cond(mr, "2024-04-02", recorder="cards", note="Degenerative (primary) MR, flail P2 segment, severe.")
    b.cond(cc(("sct", "74400008", "Appendicitis"), ("icd", "K35.80", "Unspecified acute appendicitis")), "1990-05-01", status="resolved", abated="1990-05-10")
    b.medstmt(cc(("rx", "52175", "losartan"), text="losartan 50 mg tablet"), "2019-01-01", "50 mg daily")
    ef1 = b.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), "2026-09-15", 60, "%", 52, 72, cat="imaging")
    esd = b.obs(cc(("loinc", "29436-3", "Left ventricular Internal end systolic dimension")), "2026-09-15", 41, "mm", 25, 40, cat="imaging")
    b.dr(cc(("loinc", "34552-0", "Cardiac 2D echo panel")), "2026-09-15", "Severe MR, flail P2, EROA 0.5 cm2. LVEF 60%, LVESD 41 mm. RVSP 48 mmHg.", results=[ef1, esd], cat=("CUS", "Cardiac Ultrasound"), prac="cards")
    b.dr(cc(("loinc", "42148-7", "US Heart Transesophageal")), "2026-10-08", "Flail P2 with ruptured chords; anatomy favorable for repair.", cat=("CUS", "Cardiac Ultrasound"), prac="cards")
    b.dr(cc(("loinc", "18745-0", "Cardiac catheterization study")), "2026-10-29", "No significant coronary artery disease.", cat=("CTH", "Cardiac Catheterization"), prac="cards")
    e1 = b.enc("2026-11-12", "Cardiac surgery consultation", prac="cts", reason=mr, svc="Cardiac surgery")
    b.vitals("2026-11-12", 128, 76, 74, 77.0, e1)
    bmp(b, "2026-11-12", creat=0.9, enc=e1)
    cbc(b, "2026-11-12", 14.8, male=True, enc=e1)
    b.sr(cc(("https://fhir.northshore-cardiac.example.org/CodeSystem/surgical-booking", "CTS-MVREP-MINI", "Mitral valve repair, minimally invasive right mini-thoracotomy, on cardiopulmonary bypass"),
            text="Mitral valve repair (leaflet resection/neochords + annuloplasty ring)"),
         "2026-11-12", status="draft", intent="proposal", occ="2027-01-27", reason=m, prac="cts",
         note="Heart team recommendation; awaiting patient decision and dental clearance before booking.")
    b.note("2026-11-12", "Cardiac surgery consultation", """54M, asymptomatic-to-mildly symptomatic severe primary MR (flail P2), LVESD 41 mm, PASP 48. No CAD on cath.
Meets class I indication for surgery. Recommend minimally invasive mitral valve repair; repair probability >95%.
Tentative date late January 2027 pending dental clearance and patient decision.""", prac="cts", enc=e1)
    return b, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"], \
        "Draft ServiceRequest (intent proposal) for open mitral valve repair on bypass, tentatively 2027-01-27, carried by a local booking code and text only.", \
        "54M severe degenerative MR, surgeon proposes mitral valve repair"

def mpp_n1(cid):
    b = mk(cid, 6)
    b.patient("Gloria Inez", "Saavedra", "female", "1960-03-25", "DSH-10044720", line="2780 N Campbell Ave", postal="85719")
    b.prac("pcp", "Helen", "Tsosie", *FM, "1730592287")
    b.prac("ortho", "Jason", "Whitfield", "394801008", "Orthopedic surgery", "1295837460")
    b.coverage("Medicare Part A and B", "medicare", "3FJ7-XK2-NT41")
    oa = cc(("sct", "239873007", "Osteoarthritis of knee"), ("icd", "M17.11", "Unilateral primary osteoarthritis, right knee"))
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2011-01-01")
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2013-01-01")
    o = b.cond(oa, "2019-01-01", status="resolved", abated="2026-09-14", recorder="ortho", note="Right knee replaced 9/14/2026.")
    b.medstmt(cc(("rx", "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2011-01-01", "20 mg daily")
    b.medstmt(cc(("rx", "36567", "simvastatin"), text="simvastatin 40 mg tablet"), "2013-01-01", "40 mg nightly")
    e1 = b.enc("2026-07-08", "Orthopedic consultation", prac="ortho", reason=oa)
    b.dr(cc(("loinc", "37638-4", "XR Knee - right")), "2026-07-08", "Severe medial compartment narrowing, bone-on-bone, osteophytes.", prac="ortho")
    sr = b.sr(cc(("cpt", "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)")),
              "2026-07-08", status="completed", reason=o, prac="ortho", occ="2026-09-14")
    e2 = b.enc("2026-09-14", "Inpatient admission", cls="IMP", prac="ortho", end="2026-09-16", reason=oa, admit=("other", "Other"), disp=("home", "Home"))
    b.proc(cc(("cpt", "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)"),
              ("sct", "179344006", "Total knee replacement")), "completed", "2026-09-14T08:15:00-07:00", reason=o, prac="ortho", based_on=sr,
           body=cc(("sct", "6757004", "Structure of right knee region")))
    cbc(b, "2026-09-15", 11.2, enc=e2)
    b.medreq(cc(("rx", "1364430", "apixaban"), text="apixaban 2.5 mg tablet"), "2026-09-16", "2.5 mg twice daily x 14 days", status="completed", prac="ortho")
    b.sr(cc(("sct", "91251008", "Physical therapy procedure")), "2026-09-16", status="completed", prac="ortho", note="Outpatient PT 2x/week x 8 weeks")
    e3 = b.enc("2026-10-26", "Post-operative visit", prac="ortho")
    b.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-26", 2, "{score}", cat="survey", interp=None, enc=e3)
    b.obs(cc(text="Right knee range of motion"), "2026-10-26", cat="exam", text_value="0-115 degrees", interp=None, enc=e3)
    b.note("2026-10-26", "Post-op visit, 6 weeks", """6 weeks s/p right TKA. Incision healed. ROM 0-115. Walking without assistive device. Pain 2/10.
Doing well. Continue home exercise. Return 1 year with x-ray.""", prac="ortho", enc=e3)
    b.vitals("2026-10-26", 130, 78, 70, 79.0, e3)
    return b, "MAJOR_PROCEDURE_PLANNED", "near-miss", [], \
        "Total knee arthroplasty was already performed on 2026-09-14 (Procedure completed, ServiceRequest completed); nothing major is pending.", \
        "66F right total knee replacement already done in September, recovering well"

def mpp_n2(cid):
    b = mk(cid, 5)
    b.patient("Derek Lamar", "Coleman", "male", "1981-06-14", "PFP-207731", line="57 Merrimon Ave", postal="28801")
    b.prac("pcp", "Thomas", "Greer", *FM, "1386029476")
    b.prac("derm", "Meredith", "Sato", "394582007", "Dermatology", "1902837465")
    b.coverage("Blue Cross NC Blue Options", "commercial", "YPW820193847")
    cy = cc(("sct", "419893006", "Epidermoid cyst of skin"), ("icd", "L72.0", "Epidermal cyst"), text="Epidermoid cyst, upper back")
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2020-01-01")
    b.cond(cc(("sct", "50563003", "Seborrheic dermatitis"), ("icd", "L21.9", "Seborrheic dermatitis, unspecified")), "2017-01-01")
    c = b.cond(cy, "2024-02-01", recorder="derm", note="2.5 cm, inflamed twice in 2026.")
    b.cond(cc(("sct", "128045006", "Cellulitis"), ("icd", "L03.312", "Cellulitis of back [any part except buttock]")), "2026-06-02", status="resolved", abated="2026-06-16")
    b.medreq(cc(("rx", "2176", "cephalexin"), text="cephalexin 500 mg capsule"), "2026-06-02", "500 mg four times daily x 7 days", status="completed", prac="pcp")
    b.medstmt(cc(("rx", "83367", "atorvastatin"), text="atorvastatin 10 mg tablet"), "2020-01-01", "10 mg daily")
    b.medstmt(cc(("rx", "6135", "ketoconazole"), text="ketoconazole 2% shampoo"), "2017-01-01", "twice weekly")
    e0 = b.enc("2026-06-02", "Office visit", prac="pcp", reason=cy)
    b.vitals("2026-06-02", 124, 78, 80, 86.0, e0, temp=37.4)
    e1 = b.enc("2026-11-09", "Dermatology visit", prac="derm", reason=cy, svc="Dermatology")
    b.vitals("2026-11-09", 122, 76, 72, 85.5, e1)
    b.sr(cc(("cpt", "11403", "Excision, benign lesion including margins, trunk, arms or legs; excised diameter 2.1 to 3.0 cm"), text="Office excision of epidermoid cyst, upper back, local anesthesia"),
         "2026-11-09", status="active", intent="order", occ="2026-12-18T10:00:00-05:00", reason=c, prac="derm")
    b.sr(cc(("cpt", "12032", "Repair, intermediate, wounds of scalp, axillae, trunk and/or extremities; 2.6 cm to 7.5 cm")), "2026-11-09", status="active", intent="order", occ="2026-12-18T10:00:00-05:00", reason=c, prac="derm")
    b.note("2026-11-09", "Dermatology visit", """45M with 2.5 cm epidermoid cyst of upper back, inflamed/infected twice (cellulitis June). Currently quiet.
Plan: elective in-office excision under local anesthesia with layered closure, 12/18. No anticoagulants. Sutures out in 14 days.""", prac="derm", enc=e1)
    for d, l in (("2025-10-14", 118), ("2026-10-20", 96)):
        b.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", d, l, "mg/dL", None, 130)
    bmp(b, "2026-10-20", creat=1.0)
    return b, "MAJOR_PROCEDURE_PLANNED", "near-miss", [], \
        "The only planned procedure is an in-office excision of a benign epidermoid cyst under local anaesthesia (CPT 11403/12032), a minor procedure.", \
        "45M office excision of an epidermoid cyst planned for December (minor)"

# ---------------- UNTREATABLE_PROGNOSIS ----------------
def up_p1(cid):
    b = mk(cid, 4)
    b.patient("Harold Vincent", "Mayweather", "male", "1944-01-30", "SCM-00118302", line="3711 Greenmount Ave", postal="21218")
    b.prac("cards", "Naomi", "Feld", "394579002", "Cardiology", "1467203984")
    b.prac("pcp", "Angela", "Moreau", *IM, "1619283746")
    b.coverage("Medicare Part A and B", "medicare", "7TR2-KM4-WP18")
    hf = cc(("sct", "703272007", "Heart failure with reduced ejection fraction"), ("icd", "I50.22", "Chronic systolic (congestive) heart failure"))
    h = b.cond(hf, "2017-03-01", recorder="cards", severity=cc(("sct", "24484000", "Severe")), note="Ischemic cardiomyopathy, NYHA IV, LVEF 15%.")
    b.cond(cc(("sct", "53741008", "Coronary arteriosclerosis"), ("icd", "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris")), "2009-01-01")
    b.cond(cc(("sct", "49436004", "Atrial fibrillation"), ("icd", "I48.21", "Permanent atrial fibrillation")), "2020-01-01")
    b.cond(cc(("sct", "433144002", "Chronic kidney disease stage 3"), ("icd", "N18.32", "Chronic kidney disease, stage 3b")), "2022-01-01")
    b.cond(cc(("sct", "233604007", "Pneumonia"), ("icd", "J18.9", "Pneumonia, unspecified organism")), "2025-02-02", status="resolved", abated="2025-02-20")
    for code, txt, dose in (("4603", "furosemide 40 mg tablet", "80 mg twice daily"), ("20352", "carvedilol 3.125 mg tablet", "3.125 mg twice daily"),
                            ("1364430", "apixaban 2.5 mg tablet", "2.5 mg twice daily"), ("9997", "spironolactone 25 mg tablet", "12.5 mg daily")):
        b.medstmt(cc(("rx", code, txt.split()[0]), text=txt), "2024-01-01", dose, reason=h)
    b.medstmt(cc(("rx", "1656339", "sacubitril / valsartan"), text="sacubitril 24 mg / valsartan 26 mg tablet"), "2022-05-01", "1 tablet twice daily", status="stopped", end="2026-09-25", note="Stopped for symptomatic hypotension.")
    e1 = b.enc("2026-09-18", "Inpatient admission - acute on chronic systolic heart failure", cls="IMP", prac="cards", end="2026-09-25", reason=hf,
               admit=("emd", "From accident/emergency department"), disp=("home", "Home"))
    b.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-09-18", 14200, "pg/mL", None, 450, enc=e1)
    ef = b.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), "2026-09-20", 15, "%", 52, 72, cat="imaging", enc=e1)
    b.dr(cc(("loinc", "34552-0", "Cardiac 2D echo panel")), "2026-09-20", "Severely dilated LV, global hypokinesis, LVEF 15%. Moderate-severe functional MR. RV dysfunction.", results=[ef], cat=("CUS", "Cardiac Ultrasound"), prac="cards")
    e2 = b.enc("2026-10-20", "Advanced heart failure clinic", prac="cards", reason=hf, svc="Advanced heart failure")
    b.vitals("2026-10-20", 88, 56, 92, 68.0, e2)
    bmp(b, "2026-10-20", creat=1.8, na=131, k=4.8, egfr=36, enc=e2)
    b.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-10-20", 11800, "pg/mL", None, 450, enc=e2)
    b.note("2026-10-20", "Advanced heart failure clinic", """82M, ischemic cardiomyopathy LVEF 15%, NYHA IV, three HF admissions in 2026, failed trial of home inotropes.
Not a candidate for LVAD or transplant (age, frailty, CKD 3b, RV failure). GDMT limited by hypotension.
Goals-of-care conversation with patient and daughter: no further advanced therapies available. Focus on comfort; hospice referral placed.""", prac="cards", enc=e2)
    b.sr(cc(("sct", "306205009", "Referral to hospice service")), "2026-11-20", status="active", intent="order", reason=h, prac="cards", priority="urgent",
         note="Home hospice, end-stage heart failure. DNR/DNI confirmed.")
    return b, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], \
        "End-stage HFrEF with active hospice referral (SNOMED 306205009) and note that no advanced therapies are available; no second opinion on record.", \
        "82M end-stage ischemic heart failure, not LVAD/transplant candidate, hospice referral"

def up_p2(cid):
    b = mk(cid, 10)
    b.patient("Margaret Ellen", "Sorensen", "female", "1960-05-11", "CCI-0083126", line="4410 SE Hawthorne Blvd", postal="97215")
    b.prac("onc", "David", "Ishikawa", "394593009", "Medical oncology", "1538290471")
    b.coverage("Providence Health Plan", "commercial", "PHP01192837")
    lc = cc(("sct", "254637007", "Non-small cell lung cancer"), ("icd", "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), text="Adenocarcinoma of right upper lobe, stage IVB")
    c = b.cond(lc, "2025-07-15", recorder="onc", note="EGFR/ALK/ROS1/KRAS G12C negative, PD-L1 <1%. Progression after 2 lines. No further standard treatment options.")
    b.cond(cc(("sct", "94222008", "Secondary malignant neoplasm of bone"), ("icd", "C79.51", "Secondary malignant neoplasm of bone")), "2025-07-15")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2010-01-01")
    b.cond(cc(("sct", "40930008", "Hypothyroidism"), ("icd", "E03.9", "Hypothyroidism, unspecified")), "2016-01-01")
    b.medstmt(cc(("rx", "40048", "carboplatin"), text="carboplatin / pemetrexed / pembrolizumab"), "2025-08-05", "q21 days x 4 then maintenance", status="completed", end="2026-03-10", reason=c, note="Progression 3/2026.")
    b.medstmt(cc(("rx", "72962", "docetaxel"), text="docetaxel 75 mg/m2 IV"), "2026-04-07", "q21 days", status="stopped", end="2026-08-18", reason=c, note="Stopped for progression and decline in performance status.")
    b.medstmt(cc(("rx", "7804", "oxycodone"), text="oxycodone 5 mg tablet"), "2026-06-01", "5-10 mg every 4 h as needed for bone pain", reason=c)
    b.medstmt(cc(("rx", "10582", "levothyroxine"), text="levothyroxine 88 mcg tablet"), "2016-01-01", "88 mcg daily")
    b.medstmt(cc(("rx", "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2010-01-01", "5 mg daily")
    b.dr(cc(("loinc", "24627-2", "CT Chest")), "2026-10-28", "Progressive disease: enlarging RUL primary, new bilateral pulmonary nodules, new hepatic lesions, progressive osseous metastases.", prac="onc")
    e1 = b.enc("2026-11-06", "Oncology follow-up", prac="onc", reason=lc, svc="Thoracic oncology")
    b.vitals("2026-11-06", 108, 66, 98, 52.0, e1)
    b.obs(cc(("loinc", "89247-1", "ECOG Performance Status score")), "2026-11-06", text_value=cc(("loinc", "LA9625-0", "Symptomatic, >50% in bed, but not bedbound")), cat="exam", interp=None, enc=e1)
    cbc(b, "2026-11-06", 10.4, wbc=8.9, plt=310, enc=e1)
    b.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-11-06", 2.9, "g/dL", 3.5, 5.0, enc=e1)
    b.note("2026-11-06", "Thoracic oncology follow-up", """66F, stage IVB lung adenocarcinoma, no actionable driver, PD-L1 negative. Progressed on carboplatin/pemetrexed/pembrolizumab and on docetaxel.
CT 10/28: progression in lung, liver, bone. ECOG 3, albumin 2.9.
Assessment: there are no further treatment options that I can offer; not eligible for open trials given ECOG 3.
Recommend best supportive care. Discussed with patient and husband.""", prac="onc", enc=e1)
    b.raw({"resourceType": "ClinicalImpression", "status": "completed", "subject": {"reference": b.pats}, "encounter": {"reference": e1},
           "date": "2026-11-06", "assessor": {"reference": b.pr["onc"]}, "problem": [{"reference": c}],
           "summary": "Progressive metastatic NSCLC after two lines; no further disease-directed treatment options. Best supportive care."}, "ci")
    return b, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], \
        "Oncology note, condition note and ClinicalImpression state no further treatment options for progressive stage IV NSCLC; chemotherapy is stopped and no second opinion is on record.", \
        "66F stage IV lung adenocarcinoma after two lines, told no further treatment options"

def up_p3(cid):
    b = mk(cid, 11)
    b.patient("Raymond Earl", "Guidry", "male", "1968-04-02", "LSU-5520871", line="1202 Telephone Rd", postal="77023")
    b.prac("hep", "Sunita", "Kapoor", "408472002", "Hepatology", "1851029384")
    b.prac("pal", "Andrew", "Beckett", "394806003", "Palliative medicine", "1790283745")
    b.coverage("Texas Medicaid - Community First", "medicaid", "TXM520193744")
    ci = cc(("sct", "420054005", "Alcoholic cirrhosis"), ("icd", "K70.31", "Alcoholic cirrhosis of liver with ascites"))
    c = b.cond(ci, "2023-02-01", recorder="hep", note="Decompensated, Child-Pugh C, MELD-Na 27; refractory ascites.")
    b.cond(cc(("sct", "72836002", "Hepatic encephalopathy"), ("icd", "K76.82", "Hepatic encephalopathy")), "2025-11-01")
    b.cond(cc(("sct", "66590003", "Alcohol dependence"), ("icd", "F10.21", "Alcohol dependence, in remission")), "2008-01-01", note="Last drink 9/2026.")
    b.cond(cc(("sct", "840539006", "COVID-19"), ("icd", "U07.1", "COVID-19")), "2022-01-10", status="resolved", abated="2022-01-24")
    for code, txt, dose in (("6218", "lactulose 10 g/15 mL solution", "30 mL three times daily, titrate to 2-3 stools"), ("35619", "rifaximin 550 mg tablet", "550 mg twice daily"),
                            ("9997", "spironolactone 100 mg tablet", "100 mg daily"), ("4603", "furosemide 40 mg tablet", "40 mg daily")):
        b.medstmt(cc(("rx", code, txt.split()[0]), text=txt), "2025-11-01", dose, reason=c)
    for d in ("2026-09-08", "2026-09-29", "2026-10-20", "2026-11-10"):
        b.proc(cc(("cpt", "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), "completed", d + "T09:00:00-05:00", reason=c, note="Large-volume paracentesis with albumin.")
    e1 = b.enc("2026-10-14", "Hepatology clinic", prac="hep", reason=ci, svc="Hepatology")
    b.vitals("2026-10-14", 98, 60, 88, 74.0, e1)
    for code, disp, v, u, lo, hi in (("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 6.2, "mg/dL", 0.2, 1.2),
                                     ("6301-6", "INR in Platelet poor plasma by Coagulation assay", 2.1, "{INR}", 0.9, 1.1),
                                     ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", 2.4, "g/dL", 3.5, 5.0),
                                     ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 129, "mmol/L", 135, 145),
                                     ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.3, "mg/dL", 0.7, 1.3)):
        b.lab(code, disp, "2026-10-14", v, u, lo, hi, enc=e1)
    b.note("2026-10-14", "Hepatology clinic", """58M, decompensated alcohol-related cirrhosis, MELD-Na 27, refractory ascites needing paracentesis every 3 weeks, recurrent HE.
Transplant selection committee 10/7: declined (sobriety < 6 months, no stable housing/caregiver). TIPS contraindicated by recurrent HE and bilirubin.
No further liver-directed treatment options. Referred to palliative care; continue lactulose/rifaximin, serial paracentesis for comfort.""", prac="hep", enc=e1)
    e2 = b.enc("2026-11-03", "Palliative care consultation", prac="pal", reason=ci, svc="Palliative care")
    b.careplan("Palliative care plan - end-stage liver disease", cc(("sct", "736373009", "Palliative care plan"), text="Palliative care"), "2026-11-03",
               addresses=[c], prac="pal", desc="Comfort-focused care; symptom control of ascites, pruritus and encephalopathy; advance care planning (MOST form completed, DNR).",
               activities=[("Scheduled large-volume paracentesis for comfort", "in-progress"), ("Advance directive and surrogate designation", "completed")])
    return b, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], \
        "Decompensated cirrhosis declined for transplant, hepatology documents no further liver-directed options, and an active palliative CarePlan exists; no second opinion on record.", \
        "58M decompensated alcohol-related cirrhosis declined for transplant, palliative care plan"

def up_n1(cid):
    b = mk(cid, 10)
    b.patient("Dorothy Jean", "Albrecht", "female", "1955-09-21", "CCI-0047719", line="611 NW 23rd Ave", postal="97210")
    b.prac("onc", "Lisa", "Brennan", "394593009", "Medical oncology", "1427390185")
    b.prac("so", "Martin", "Kowalski", "394593009", "Medical oncology", "1962837410")
    b.prac("pal", "Grace", "Holm", "394806003", "Palliative medicine", "1356209487")
    b.coverage("Medicare Advantage - Regence", "medicare", "RMA4471203")
    bc = cc(("sct", "254837009", "Malignant neoplasm of breast"), ("icd", "C50.912", "Malignant neoplasm of unspecified site of left female breast"), text="Metastatic ER+/HER2- breast cancer (bone, liver)")
    c = b.cond(bc, "2019-03-01", recorder="onc")
    b.cond(cc(("sct", "94381002", "Secondary malignant neoplasm of liver"), ("icd", "C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2024-06-01")
    b.cond(cc(("sct", "64859006", "Osteoporosis"), ("icd", "M81.0", "Age-related osteoporosis without current pathological fracture")), "2018-01-01")
    b.medstmt(cc(("rx", "72965", "letrozole"), text="letrozole + palbociclib"), "2024-06-10", "daily", status="stopped", end="2025-11-30", reason=c)
    b.medstmt(cc(("rx", "282357", "fulvestrant"), text="fulvestrant + everolimus"), "2025-12-05", "monthly / daily", status="stopped", end="2026-06-30", reason=c)
    b.medstmt(cc(("rx", "7052", "morphine"), text="morphine ER 15 mg tablet"), "2026-07-01", "15 mg every 12 h", reason=c)
    e1 = b.enc("2026-07-15", "Oncology follow-up", prac="onc", reason=bc)
    b.note("2026-07-15", "Oncology follow-up", """71F, metastatic HR+ breast cancer, progressing after CDK4/6 and fulvestrant/everolimus; liver progression, bilirubin rising, ECOG 3.
I do not think further systemic therapy will help. Recommend palliative/hospice focus. She wishes to hear from another center before deciding.""", prac="onc", enc=e1)
    sr = b.sr(cc(text="Referral for second opinion - breast medical oncology"), "2026-07-15", status="completed", intent="order", reason=c, prac="onc",
              performer_type=cc(("sct", "394593009", "Medical oncology")))
    b.entries[-1]["resource"]["reasonCode"] = [cc(("http://terminology.hl7.org/CodeSystem/v2-0336", "S", "Second Opinion"))]
    e2 = b.enc("2026-08-19", "Second opinion consultation", prac="so", reason=bc, svc="Breast medical oncology - academic center")
    b.entries[-1]["resource"]["basedOn"] = [{"reference": sr}]
    b.note("2026-08-19", "Second opinion consultation", """Second opinion, breast oncology (OHSU-affiliated academic center). Records, imaging and pathology reviewed.
Agree with primary oncologist: with hepatic dysfunction and ECOG 3, further chemotherapy or trial enrolment is not appropriate. Concur with transition to comfort-focused care.""", prac="so", enc=e2, loinc=("11488-4", "Consult note"))
    e3 = b.enc("2026-09-02", "Palliative care consultation", prac="pal", reason=bc)
    b.careplan("Palliative care plan", cc(("sct", "736373009", "Palliative care plan"), text="Palliative care"), "2026-09-02", addresses=[c], prac="pal",
               desc="Comfort-focused care; hospice enrolment when patient ready.", activities=[("Pain and symptom management", "in-progress")])
    for d, bil in (("2026-07-15", 2.1), ("2026-11-04", 2.6)):
        b.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", d, bil, "mg/dL", 0.2, 1.2)
    b.vitals("2026-11-04", 112, 70, 90, 54.0)
    return b, "UNTREATABLE_PROGNOSIS", "near-miss", [], \
        "No-treatment signal (palliative CarePlan, 'further therapy will not help') is present, but a second-opinion consultation on the same cancer was completed 2026-08-19, within 12 months.", \
        "71F metastatic breast cancer on palliative plan after a completed second opinion (Aug 2026)"

def up_n2(cid):
    b = mk(cid, 12)
    b.patient("Dennis Ray", "Hoffmann", "male", "1962-07-19", "HKD-118820", line="4803 Dodge St", postal="68132")
    b.prac("uro", "Carlos", "Benitez", "394612005", "Urology", "1184029375")
    b.coverage("Medica Choice Passport", "commercial", "MCP77820193")
    pc = cc(("sct", "399068003", "Malignant tumor of prostate"), ("icd", "C61", "Malignant neoplasm of prostate"), text="Prostate adenocarcinoma, Gleason 3+3 (Grade Group 1), low risk")
    c = b.cond(pc, "2025-09-10", recorder="uro")
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2014-01-01")
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2016-01-01")
    b.medstmt(cc(("rx", "29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2014-01-01", "10 mg daily")
    b.medstmt(cc(("rx", "83367", "atorvastatin"), text="atorvastatin 20 mg tablet"), "2016-01-01", "20 mg daily")
    for d, v in (("2025-07-28", 5.1), ("2026-03-16", 5.4), ("2026-09-21", 5.2)):
        b.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", d, v, "ng/mL", None, 4.0)
    b.dr(cc(("loinc", "22634-0", "Pathology report")), "2025-09-10", "Prostate needle biopsy 12 cores: adenocarcinoma Gleason 3+3=6 in 2/12 cores (left mid 10%, left base 5%).", cat=("SP", "Surgical Pathology"), prac="uro")
    b.dr(cc(("loinc", "30649-8", "MR Pelvis")), "2026-08-30", "Prostate 44 mL. No PI-RADS 3 or higher lesion. No extraprostatic extension.", prac="uro")
    e1 = b.enc("2026-09-28", "Urology follow-up", prac="uro", reason=pc)
    b.vitals("2026-09-28", 130, 82, 68, 90.0, e1)
    b.note("2026-09-28", "Urology follow-up", """64M, low-risk prostate cancer (GG1, 2/12 cores, PSA density 0.12). PSA stable 5.1-5.4. MRI: no suspicious lesion.
No treatment is needed at this time. Continue active surveillance: PSA every 6 months, MRI and confirmatory biopsy 9/2027.
He understands that curative surgery or radiation remain available if there is progression.""", prac="uro", enc=e1)
    b.careplan("Active surveillance - prostate cancer", cc(("sct", "736353004", "Oncology care plan"), text="Active surveillance"), "2025-10-06", addresses=[c], prac="uro",
               activities=[("PSA every 6 months", "in-progress"), ("Prostate MRI and confirmatory biopsy 9/2027", "scheduled")])
    b.sr(cc(("loinc", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "2026-09-28", status="active", occ="2027-03-22", reason=c, prac="uro")
    bmp(b, "2026-09-21", creat=1.0)
    return b, "UNTREATABLE_PROGNOSIS", "near-miss", [], \
        "Note says 'no treatment is needed' but this is active surveillance of low-risk, curable prostate cancer, not an untreatable condition; no palliative or hospice signal.", \
        "64M low-risk prostate cancer on active surveillance ('no treatment needed now')"

CASES = [mpp_p1, mpp_p2, mpp_p3, mpp_n1, mpp_n2, up_p1, up_p2, up_p3, up_n1, up_n2]
