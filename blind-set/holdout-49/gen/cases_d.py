"""Cases from the orthopaedic and sports-medicine clinic (Summit Orthopaedic and Sports Medicine Clinic).

ICD-10-CM diagnoses, CPT/HCPCS procedures and bookings, MRI and radiograph reports, physiotherapy plans and
sessions, PROMs (Oxford hip/knee, KOOS, ODI, EQ-5D-5L) as locally coded Observations / QuestionnaireResponses.
"""
from fhirkit import (Case, cc, coding, txt, sct, loinc, icd10cm, cpt, rx, comp, qi, ORGS, HCPCS)

P = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
D = "DIAGNOSIS_SYMPTOM_MISMATCH"
M = "MAJOR_PROCEDURE_PLANNED"
U = "UNTREATABLE_PROGNOSIS"
H = "HIGH_IMPACT_TREATMENT"
C = "PATIENT_REPORTED_CONCERN"
W = "WORSENING_DESPITE_TREATMENT"
R = "RARE_OR_COMPLEX_CONDITION"

PROM = ORGS["or"]["local"]
OFFICE = loinc("11506-3", "Progress note")
OPNOTE = loinc("11504-8", "Surgical operation note")
IMG = loinc("18748-4", "Diagnostic imaging study")
CONS = loinc("11488-4", "Consult note")


def prom(code, name):
    return cc(coding(PROM, code, name), text=name)


def base(c, member, medicare=False):
    if medicare:
        payer = c.organization("Centers for Medicare & Medicaid Services", type_code="govt")
        c.coverage(payer, txt("Medicare Part B"), member, "2020-01-01")
    else:
        payer = c.organization("Rocky Mountain Health Alliance", type_code="pay")
        c.coverage(payer, cc(coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PPO"), text="Commercial PPO"),
                   member, "2025-01-01")
    return payer


def nprs(c, date, v, enc=None):
    return c.obs(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), date, i=v,
                 cat="survey", enc=enc)


def office(c, date, pract, dx, reason, kind="Established patient office visit"):
    return c.encounter(date, "AMB", type_=cc(coding("http://www.ama-assn.org/go/cpt", "99214",
                                                    "Office or other outpatient visit, established patient, moderate MDM"),
                                             text=kind), pract=pract, diagnosis=dx, reason=[reason])


# ------------------------------------------------------------------------------------------------ 1
def or_stress_fracture(cid):
    c = Case(cid, "or", P, "near-miss", [],
             "Ten weeks of shin pain with normal radiographs were explained by an MRI-proven tibial stress fracture "
             "(October 2026), now healing in a boot; the persistent symptom has a diagnosis.",
             "Runner with shin pain and normal X-rays; MRI shows tibial stress fracture, improving")
    c.patient(["Olivia"], "Hartman", "female", "2002-05-07", phone="+1-303-555-0161")
    base(c, "RMHA-77120455")
    md = c.practitioner("Aaron", "Whitley", "Primary care sports medicine", prefix="Dr.")
    pt = c.practitioner("Sara", "Nguyen", "Physical therapist", prefix="DPT")
    pain = c.condition(icd10cm("M79.661", "Pain in right lower leg"), onset="2026-07-01", recorder=md,
                       status="resolved", abated="2026-10-01", cat="encounter-diagnosis")
    visits = [("2026-07-15", 6, "Right medial shin pain for 2 weeks while training for a half marathon."),
              ("2026-08-12", 6, "Persisting pain despite reduced mileage. Started PT."),
              ("2026-09-16", 7, "Pain now with walking, focal tenderness posteromedial tibia. Repeat X-ray negative. "
                                "MRI ordered.")]
    for d, v, t in visits:
        e = office(c, d, md, [pain], icd10cm("M79.661", "Pain in right lower leg"))
        nprs(c, d, v, enc=e)
        c.note(d, "Sports medicine visit. " + t, OFFICE, title="Office visit note", author=md, enc=e)
    for d in ["2026-07-15", "2026-09-16"]:
        c.report(cpt("73590", "Radiologic examination; tibia and fibula, 2 views"), d, category="RAD",
                 conclusion="No fracture or periosteal reaction. Normal study.")
    c.care_plan("Physical therapy - lower leg", "completed", "plan", sct("91251008", "Physical therapy procedure"),
                "2026-08-14", end="2026-09-30", author=pt,
                activities=[(cpt("97110", "Therapeutic exercise"), "stopped", "Loading programme, 2x/week")])
    mri = c.report(cpt("73718", "Magnetic resonance imaging, lower extremity other than joint; without contrast"),
                   "2026-09-30", category="NMR",
                   conclusion="Grade 4 stress injury of the posteromedial mid-distal right tibial shaft with a "
                              "linear fracture line and marrow oedema (tibial stress fracture).")
    fx = c.condition(icd10cm("M84.361A", "Stress fracture, right tibia, initial encounter for fracture"),
                     onset="2026-09-30", recorder=md, recorded="2026-10-01",
                     evidence=[{"reference": mri}])
    e = office(c, "2026-10-01", md, [fx], icd10cm("M84.361A", "Stress fracture, right tibia, initial encounter for "
                                                             "fracture"))
    c.procedure(cc(coding(HCPCS, "L4361", "Walking boot, pneumatic and/or vacuum, prefabricated"),
                   text="Pneumatic walking boot fitted"), performed="2026-10-01", enc=e, reason_ref=fx)
    c.lab(loinc("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma"), "2026-10-01", 22, "ng/mL",
          "ng/mL", low=30, high=100, enc=e)
    c.med_request(rx("2418", "cholecalciferol"), "2026-10-01", "2000 IU daily", pract=md)
    e2 = office(c, "2026-11-12", md, [fx], icd10cm("M84.361D", "Stress fracture, right tibia, subsequent encounter "
                                                              "for fracture with routine healing"))
    nprs(c, "2026-11-12", 1, enc=e2)
    c.note("2026-11-12", "Follow-up tibial stress fracture, 6 weeks in boot. Non-tender, hops pain-free. Wean out "
                         "of boot; graded return-to-run programme from December. Nutrition/energy availability "
                         "reviewed.", OFFICE, title="Office visit note", author=md, enc=e2)
    return c


# ------------------------------------------------------------------------------------------------ 2
def or_trochanteric_red_flags(cid):
    c = Case(cid, "or", D, "positive", [D],
             "Greater trochanteric bursitis label kept for six months while night and rest pain, 6 kg weight loss, "
             "ESR 62, ALP 212, calcium 11.2 and a raised protein gap appeared - findings the bursitis diagnosis "
             "cannot explain.",
             "Hip pain labelled trochanteric bursitis; night pain, weight loss, hypercalcaemia and raised ESR/ALP")
    c.patient(["Richard"], "Coleman", "male", "1968-03-21")
    base(c, "RMHA-55018273")
    md = c.practitioner("Lauren", "Fisk", "Orthopaedic surgery - hip", prefix="Dr.")
    pa = c.practitioner("Evan", "Scott", "Physician assistant", prefix="PA-C")
    pt = c.practitioner("Sara", "Nguyen", "Physical therapist", prefix="DPT")
    bur = c.condition(icd10cm("M70.61", "Trochanteric bursitis, right hip"), onset="2026-05-20", recorder=md)
    c.condition(icd10cm("I10", "Essential (primary) hypertension"), onset="2015-01-01", recorder=pa)
    c.report(cpt("73502", "Radiologic examination, hip, unilateral, with pelvis when performed; 2-3 views"),
             "2026-05-20", category="RAD", conclusion="No acute osseous abnormality. Mild degenerative change.")
    e1 = office(c, "2026-05-20", md, [bur], icd10cm("M25.551", "Pain in right hip"), kind="New patient visit")
    c.procedure(cpt("20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound "
                             "guidance", text="Right greater trochanteric bursa corticosteroid injection"),
                performed="2026-06-10", performer=md, reason_ref=bur)
    c.care_plan("Physical therapy - hip abductor strengthening", "active", "plan",
                sct("91251008", "Physical therapy procedure"), "2026-06-15", author=pt, addresses=[bur],
                activities=[(cpt("97110", "Therapeutic exercise"), "in-progress", "2x/week")])
    wts = {"2026-05-20": 84.0, "2026-09-02": 80.5, "2026-10-21": 78.0}
    notes = {
        "2026-05-20": "Lateral right hip pain 2 months, tender over greater trochanter. Injection planned.",
        "2026-09-02": "No benefit from injection or PT. Now aching at night and at rest, not only lying on the side.",
        "2026-10-21": "Night pain waking him most nights, 6 kg unintentional weight loss since May, fatigue, "
                      "thirst. Labs from primary care reviewed (ESR 62, ALP 212, Ca 11.2). Assessment: right "
                      "trochanteric bursitis, refractory. Plan: continue PT, consider repeat injection at next "
                      "visit.",
    }
    for d in ["2026-05-20", "2026-09-02", "2026-10-21"]:
        e = e1 if d == "2026-05-20" else office(c, d, pa, [bur], icd10cm("M25.551", "Pain in right hip"))
        nprs(c, d, {"2026-05-20": 6, "2026-09-02": 6, "2026-10-21": 7}[d], enc=e)
        c.vitals(d, wt=wts[d], enc=e)
        c.note(d, "Hip clinic. " + notes[d], OFFICE, title="Office visit note", author=md if d == "2026-05-20" else pa,
               enc=e)
    res = [c.lab(loinc("4537-7", "Erythrocyte sedimentation rate by Westergren method"), "2026-10-19", 62, "mm/h",
                 "mm/h", low=0, high=20),
           c.lab(loinc("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), "2026-10-19",
                 212, "U/L", "U/L", low=40, high=129),
           c.lab(loinc("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-10-19", 11.2, "mg/dL", "mg/dL",
                 low=8.6, high=10.3),
           c.lab(loinc("2885-2", "Protein [Mass/volume] in Serum or Plasma"), "2026-10-19", 9.1, "g/dL", "g/dL",
                 low=6.0, high=8.3),
           c.lab(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-10-19", 11.8, "g/dL", "g/dL", low=13.5,
                 high=17.5)]
    c.report(txt("Outside laboratory results (primary care)"), "2026-10-19", res,
             conclusion="Raised ESR, ALP, calcium and total protein; mild anaemia.")
    return c


# ------------------------------------------------------------------------------------------------ 3
def or_lbp_spondylolysis(cid):
    c = Case(cid, "or", D, "near-miss", [],
             "The unspecified low-back-pain label lasted about ten weeks before imaging found bilateral L5 "
             "spondylolysis, which explains the pain; with bracing and physiotherapy the athlete is now pain-free.",
             "Young gymnast: low back pain (M54.50) replaced by L5 spondylolysis, resolved with brace and PT")
    c.patient(["Tyler"], "Brandt", "male", "2006-09-14")
    base(c, "RMHA-90312248")
    md = c.practitioner("Aaron", "Whitley", "Primary care sports medicine", prefix="Dr.")
    pt = c.practitioner("Marco", "Delgado", "Physical therapist", prefix="DPT")
    lbp = c.condition(icd10cm("M54.50", "Low back pain, unspecified"), onset="2026-03-10", status="resolved",
                      abated="2026-05-20", recorder=md, cat="encounter-diagnosis")
    e1 = office(c, "2026-03-10", md, [lbp], icd10cm("M54.50", "Low back pain, unspecified"), kind="New patient visit")
    nprs(c, "2026-03-10", 7, enc=e1)
    c.report(cpt("72100", "Radiologic examination, spine, lumbosacral; 2 or 3 views"), "2026-03-10", category="RAD",
             conclusion="No fracture or listhesis seen on AP/lateral views.")
    e2 = office(c, "2026-04-21", md, [lbp], icd10cm("M54.50", "Low back pain, unspecified"))
    nprs(c, "2026-04-21", 6, enc=e2)
    mri = c.report(cpt("72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without "
                                "contrast material"), "2026-05-14", category="NMR",
                   conclusion="Bilateral L5 pars interarticularis defects with marrow oedema (active spondylolysis); "
                              "no spondylolisthesis; discs normal.")
    sp = c.condition(icd10cm("M43.06", "Spondylolysis, lumbar region"), onset="2026-05-14", recorded="2026-05-20",
                     recorder=md, status="resolved", abated="2026-11-10", evidence=[{"reference": mri}])
    e3 = office(c, "2026-05-20", md, [sp], icd10cm("M43.06", "Spondylolysis, lumbar region"))
    c.note("2026-05-20", "MRI shows active bilateral L5 spondylolysis explaining extension-based back pain in this "
                         "gymnast. Hold from sport, lumbosacral brace 8 weeks, then core stabilisation PT.",
           OFFICE, title="Office visit note", author=md, enc=e3)
    c.care_plan("Physical therapy - core stabilisation", "completed", "plan",
                sct("91251008", "Physical therapy procedure"), "2026-07-20", end="2026-10-30", author=pt,
                addresses=[sp], activities=[(cpt("97110", "Therapeutic exercise"), "completed", "2x/week")])
    for d, v in [("2026-07-15", 3), ("2026-09-09", 1), ("2026-11-10", 0)]:
        e = office(c, d, md, [sp], icd10cm("M43.06", "Spondylolysis, lumbar region"))
        nprs(c, d, v, enc=e)
    c.note("2026-11-10", "Pain-free, full extension without pain, completed PT. Cleared for full return to "
                         "gymnastics. Discharged from clinic.", OFFICE, title="Office visit note", author=md)
    return c


# ------------------------------------------------------------------------------------------------ 4
def or_tka_booked(cid):
    c = Case(cid, "or", M, "positive", [M],
             "Right total knee arthroplasty (CPT 27447) ordered and booked for 18 January 2027 after failed "
             "conservative care; not yet performed.",
             "End-stage right knee OA; total knee arthroplasty booked for January 2027")
    c.patient(["Patricia"], "Donnelly", "female", "1959-11-30")
    base(c, "4TN7-JK2-PW58", medicare=True)
    md = c.practitioner("Gregory", "Hale", "Orthopaedic surgery - adult reconstruction", prefix="Dr.")
    pcp = c.practitioner("Nina", "Castillo", "Internal medicine", prefix="Dr.")
    oa = c.condition(icd10cm("M17.11", "Unilateral primary osteoarthritis, right knee"), onset="2021-04-01",
                     recorder=md)
    c.condition(icd10cm("E11.9", "Type 2 diabetes mellitus without complications"), onset="2014-01-01", recorder=pcp)
    c.condition(icd10cm("I10", "Essential (primary) hypertension"), onset="2012-01-01", recorder=pcp)
    c.report(cpt("73562", "Radiologic examination, knee; 3 views"), "2026-06-03", category="RAD",
             conclusion="Severe medial compartment joint space loss, bone-on-bone, osteophytes, varus 8 degrees "
                        "(Kellgren-Lawrence 4).")
    for d, oks in [("2026-06-03", 17), ("2026-11-04", 14)]:
        e = office(c, d, md, [oa], icd10cm("M17.11", "Unilateral primary osteoarthritis, right knee"))
        c.obs(prom("OKS", "Oxford Knee Score"), d, i=oks, cat="survey", enc=e,
              note="0-48, higher is better")
    c.procedure(cpt("20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound "
                             "guidance", text="Right knee corticosteroid injection"), performed="2026-06-03",
                performer=md, reason_ref=oa)
    c.med_statement(rx("41493", "meloxicam"), "2025-01-01", "15 mg daily", reason_ref=oa)
    c.med_statement(rx("6809", "metformin"), "2014-01-01", "1000 mg twice daily")
    sr = c.service_request(cpt("27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments "
                                        "with or without patella resurfacing (total knee arthroplasty)"),
                           "2026-11-04", status="active", intent="order", occurrence="2027-01-18", reason_ref=oa,
                           requester=md, performer=md, category=sct("387713003", "Surgical procedure"),
                           note="Right TKA, cemented, spinal anaesthesia planned. Pre-operative medical clearance "
                                "requested.")
    c.appointment("2027-01-18", 150, "Right total knee arthroplasty - OR 2", [md], based_on=sr, time="07:30",
                  created="2026-11-04")
    c.note("2026-11-04",
           "Right knee OA, end stage. Failed 2 years of PT, NSAIDs, 3 steroid injections, bracing. OKS 14/48. "
           "Night pain, walking limited to 1 block. Risks/benefits/alternatives discussed; patient wishes to "
           "proceed. Booked for right TKA 1/18/2027. HbA1c 6.9% acceptable.", OFFICE, title="Surgical consultation",
           author=md)
    c.lab(loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-28", 6.9, "%", "%", high=5.6)
    c.vitals("2026-11-04", sys=138, dia=82, hr=76, wt=86.0, ht=163)
    return c


# ------------------------------------------------------------------------------------------------ 5
def or_acl_done(cid):
    c = Case(cid, "or", M, "near-miss", [],
             "The ACL reconstruction was performed on 3 September 2026 and he is in post-operative rehabilitation; "
             "no major procedure is pending.",
             "Footballer with ACL tear; arthroscopic ACL reconstruction already done, in rehab")
    c.patient(["Marcus"], "Ellison", "male", "1999-04-22")
    base(c, "RMHA-63300918")
    md = c.practitioner("Jordan", "Pike", "Orthopaedic surgery - sports medicine", prefix="Dr.")
    pt = c.practitioner("Marco", "Delgado", "Physical therapist", prefix="DPT")
    acl = c.condition(icd10cm("S83.512A", "Sprain of anterior cruciate ligament of left knee, initial encounter"),
                      onset="2026-07-19", recorder=md)
    mri = c.report(cpt("73721", "Magnetic resonance (eg, proton) imaging, any joint of lower extremity; without "
                                "contrast material"), "2026-07-24", category="NMR",
                   conclusion="Complete tear of the left ACL; bone bruising lateral femoral condyle and posterolateral "
                              "tibial plateau; menisci intact.")
    e1 = office(c, "2026-07-27", md, [acl], icd10cm("S83.512A", "Sprain of anterior cruciate ligament of left knee, "
                                                               "initial encounter"), kind="New patient visit")
    sr = c.service_request(cpt("29888", "Arthroscopically aided anterior cruciate ligament repair/augmentation or "
                                        "reconstruction"), "2026-07-27", status="completed", intent="order",
                           occurrence="2026-09-03", reason_ref=acl, requester=md, enc=e1)
    surg = c.encounter("2026-09-03", "AMB", type_=txt("Ambulatory surgery center"), pract=md, diagnosis=[acl],
                       time="07:00", end_time="13:00")
    c.procedure(cpt("29888", "Arthroscopically aided anterior cruciate ligament repair/augmentation or "
                             "reconstruction", text="Left ACL reconstruction, bone-patellar tendon-bone autograft"),
                performed="2026-09-03", performer=md, enc=surg, based_on=sr, reason_ref=acl,
                outcome=txt("Uncomplicated"))
    c.note("2026-09-03", "Operative note: left knee arthroscopy, ACL reconstruction with BTB autograft. Menisci "
                         "intact. No complications. Discharged home same day.", OPNOTE, title="Operative note",
           author=md, enc=surg)
    c.care_plan("Post-operative ACL rehabilitation", "active", "plan", sct("91251008", "Physical therapy procedure"),
                "2026-09-08", author=pt, addresses=[acl],
                activities=[(cpt("97110", "Therapeutic exercise"), "in-progress", "2-3x/week, phase 2")])
    for d in ["2026-10-06", "2026-11-03", "2026-11-24"]:
        c.procedure(cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises"),
                    performed=d, performer=pt, reason_ref=acl)
    for d, sym, qol in [("2026-07-27", 46, 19), ("2026-10-20", 68, 38)]:
        c.obs(prom("KOOS-SYM", "KOOS Symptoms subscale"), d, i=sym, cat="survey")
        c.obs(prom("KOOS-QOL", "KOOS Quality of Life subscale"), d, i=qol, cat="survey")
    c.note("2026-10-20", "7 weeks post left ACL reconstruction. ROM 0-125, quad lag resolved, graft stable "
                         "(negative Lachman). Progressing per protocol; no further surgery anticipated. Return to "
                         "sport evaluation at 9 months.", OFFICE, title="Post-operative visit", author=md)
    return c


# ------------------------------------------------------------------------------------------------ 6
def or_hip_no_options(cid):
    c = Case(cid, "or", U, "positive", [U],
             "Surgeon's note states she is not a candidate for hip arthroplasty because of prohibitive cardiac risk "
             "(severe aortic stenosis turned down for valve intervention) and that there are no further treatment "
             "options beyond analgesia; no second opinion on record.",
             "End-stage hip OA in a frail 81-year-old with severe aortic stenosis; told no further options")
    c.patient(["Margaret"], "Ostrowski", "female", "1945-02-08")
    base(c, "2FT6-WQ8-HN41", medicare=True)
    md = c.practitioner("Lauren", "Fisk", "Orthopaedic surgery - hip", prefix="Dr.")
    an = c.practitioner("Victor", "Chen", "Anesthesiology - preoperative clinic", prefix="Dr.")
    oa = c.condition(icd10cm("M16.11", "Unilateral primary osteoarthritis, right hip"), onset="2020-01-01",
                     recorder=md, severity=sct("24484000", "Severe"))
    c.condition(icd10cm("I35.0", "Nonrheumatic aortic (valve) stenosis"), onset="2023-05-01", recorder=an,
                note="Severe: AVA 0.7 cm2, mean gradient 48 mmHg. Turned down for TAVR (frailty, access).")
    c.condition(icd10cm("J44.9", "Chronic obstructive pulmonary disease, unspecified"), onset="2015-01-01",
                recorder=an)
    c.condition(icd10cm("I10", "Essential (primary) hypertension"), onset="2005-01-01", recorder=an)
    c.report(cpt("73502", "Radiologic examination, hip, unilateral, with pelvis when performed; 2-3 views"),
             "2026-08-12", category="RAD",
             conclusion="End-stage right hip osteoarthritis with complete joint-space loss, subchondral cysts and "
                        "femoral head flattening.")
    for d, ohs in [("2026-08-12", 12), ("2026-10-26", 9)]:
        e = office(c, d, md, [oa], icd10cm("M16.11", "Unilateral primary osteoarthritis, right hip"))
        c.obs(prom("OHS", "Oxford Hip Score"), d, i=ohs, cat="survey", enc=e, note="0-48, higher is better")
    e2 = c.encounter("2026-09-22", "AMB", type_=txt("Preoperative anesthesia evaluation"), pract=an,
                     reason=[txt("Risk assessment for right total hip arthroplasty")])
    c.note("2026-09-22",
           "Preoperative anesthesia evaluation for proposed right THA. Severe symptomatic aortic stenosis (not a TAVR "
           "candidate per cardiology 6/2026), COPD on 2 L home oxygen, frailty score 6. Estimated perioperative "
           "risk prohibitive. Not cleared for elective arthroplasty under any anaesthetic technique.", CONS,
           title="Anesthesia consultation", author=an, enc=e2)
    c.note("2026-10-26",
           "Hip clinic follow-up. Right hip pain 8/10, housebound, uses walker. Injections no longer help "
           "(last 8/2026). Given anesthesia's assessment she is not a candidate for hip replacement. There are no "
           "further treatment options available for her hip beyond oral analgesia. Explained to patient and "
           "daughter. Discharged from orthopaedic follow-up to her primary care physician.", OFFICE,
           title="Office visit note", author=md)
    c.procedure(cpt("20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound "
                             "guidance", text="Right hip intra-articular steroid injection (fluoroscopic)"),
                performed="2026-08-12", performer=md, reason_ref=oa)
    c.med_statement(rx("161", "acetaminophen"), "2024-01-01", "1 g three times daily", reason_ref=oa)
    c.med_statement(rx("10689", "tramadol"), "2026-10-26", "50 mg up to twice daily as needed", reason_ref=oa)
    nprs(c, "2026-10-26", 8)
    c.vitals("2026-10-26", sys=112, dia=64, hr=84, spo2=91)
    return c


# ------------------------------------------------------------------------------------------------ 7
def or_fusion_qol_drop(cid):
    c = Case(cid, "or", H, "positive", [H],
             "After L4-5 instrumented fusion in July 2026, EQ-5D-5L index fell from 0.62 before surgery to 0.41 at "
             "14 weeks (minimal important difference about 0.08) with ODI worse, a quality-of-life fall after "
             "treatment began.",
             "L4-5 fusion in July; EQ-5D index fell sharply afterwards with new leg symptoms")
    c.patient(["Brian"], "Mitchell", "male", "1972-08-03")
    base(c, "RMHA-41876620")
    md = c.practitioner("Samuel", "Oyelaran", "Orthopaedic spine surgery", prefix="Dr.")
    pt = c.practitioner("Marco", "Delgado", "Physical therapist", prefix="DPT")
    sl = c.condition(icd10cm("M43.16", "Spondylolisthesis, lumbar region"), onset="2025-06-01", recorder=md)
    st = c.condition(icd10cm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"),
                     onset="2025-06-01", recorder=md)
    c.condition(icd10cm("E78.2", "Mixed hyperlipidemia"), onset="2018-01-01", recorder=md)
    surg = c.encounter("2026-07-14", "IMP", type_=txt("Inpatient spine surgery"), pract=md, end="2026-07-17",
                       admit="other", discharge="home", diagnosis=[sl, st], time="06:30", end_time="11:00")
    c.procedure(cpt("22630", "Arthrodesis, posterior interbody technique, including laminectomy and/or discectomy "
                             "to prepare interspace; single interspace, lumbar", text="L4-5 TLIF"),
                performed="2026-07-14", performer=md, enc=surg, reason_ref=sl)
    c.procedure(cpt("22840", "Posterior non-segmental instrumentation"), performed="2026-07-14", performer=md,
                enc=surg, reason_ref=sl)
    for d, idx, odi in [("2026-06-30", 0.62, 44), ("2026-10-20", 0.41, 52)]:
        c.obs(sct("736534008", "EuroQol five dimension five level index value", text="EQ-5D-5L index"), d,
              q=(idx, "1", "1"), cat="survey")
        c.obs(prom("ODI", "Oswestry Disability Index"), d, q=(odi, "%", "%"), cat="survey")
    c.care_plan("Post-operative spine rehabilitation", "active", "plan", sct("91251008", "Physical therapy procedure"),
                "2026-08-25", author=pt, addresses=[sl],
                activities=[(cpt("97110", "Therapeutic exercise"), "in-progress", "2x/week")])
    c.report(cpt("72131", "Computed tomography, lumbar spine; without contrast material"), "2026-10-20", category="CT",
             conclusion="Lumbar: L4-5 interbody cage and pedicle screws in expected position; no hardware failure.")
    c.med_request(rx("25480", "gabapentin"), "2026-10-20", "300 mg three times daily", pract=md)
    c.note("2026-10-20",
           "14 weeks after L4-5 TLIF. New burning pain and numbness in the left L5 distribution since surgery, "
           "worse than before the operation; back pain unchanged. Off work, not driving. EQ-5D-5L index 0.62 -> "
           "0.41, ODI 44 -> 52. CT: hardware in good position. Plan: gabapentin, continue PT, EMG if no "
           "improvement.", OFFICE, title="Post-operative visit", author=md)
    return c


# ------------------------------------------------------------------------------------------------ 8
def or_shoulder_survey_no(cid):
    c = Case(cid, "or", C, "near-miss", [],
             "Her only messages ask to move a physiotherapy appointment, and on the post-visit survey she answered "
             "'No' to wanting a second opinion and 'Yes' to feeling her concerns were addressed.",
             "Shoulder impingement improving with PT; portal message to reschedule, survey declines second opinion")
    c.patient(["Jennifer"], "Alvarez", "female", "1981-06-12", phone="+1-720-555-0139")
    base(c, "RMHA-38221907")
    md = c.practitioner("Jordan", "Pike", "Orthopaedic surgery - sports medicine", prefix="Dr.")
    pt = c.practitioner("Sara", "Nguyen", "Physical therapist", prefix="DPT")
    imp = c.condition(icd10cm("M75.41", "Impingement syndrome of right shoulder"), onset="2026-08-26", recorder=md)
    c.report(cpt("73030", "Radiologic examination, shoulder; complete, minimum of 2 views"), "2026-08-26",
             category="RAD", conclusion="Type II acromion. No fracture or arthritis.")
    e1 = office(c, "2026-08-26", md, [imp], icd10cm("M25.511", "Pain in right shoulder"), kind="New patient visit")
    nprs(c, "2026-08-26", 6, enc=e1)
    c.care_plan("Physical therapy - rotator cuff and scapular stabilisation", "active", "plan",
                sct("91251008", "Physical therapy procedure"), "2026-09-02", author=pt, addresses=[imp],
                activities=[(cpt("97110", "Therapeutic exercise"), "in-progress", "2x/week for 8 weeks")])
    for d in ["2026-09-09", "2026-09-30", "2026-10-21", "2026-11-18"]:
        c.procedure(cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises"),
                    performed=d, performer=pt, reason_ref=imp)
    c.communication("2026-11-03", c.pt, [pt],
                    "Hi, I'm travelling for work next week. Could we move my Thursday 11/5 PT session to the "
                    "following Tuesday? Thanks!", category=txt("Patient portal message"))
    c.communication("2026-11-03", pt, [c.pt], "No problem - you're booked for Tuesday 11/10 at 4 pm.",
                    category=txt("Patient portal message"))
    e2 = office(c, "2026-11-10", md, [imp], icd10cm("M75.41", "Impingement syndrome of right shoulder"))
    nprs(c, "2026-11-10", 2, enc=e2)
    c.questionnaire_response("2026-11-10", [
        qi("q1", "Overall, how would you rate your visit today?", valueInteger=9),
        qi("q2", "Do you feel your concerns were listened to and addressed?",
           valueCoding=coding("http://loinc.org", "LA33-6", "Yes")),
        qi("q3", "Would you like a second opinion or a referral to another provider?",
           valueCoding=coding("http://loinc.org", "LA32-8", "No")),
        qi("q4", "Comments", valueString="PT is really helping, thank you."),
    ], questionnaire="https://api.summit-ortho.example.com/fhir/R4/Questionnaire/post-visit-survey", author=c.pt,
        source=c.pt, enc=e2)
    c.note("2026-11-10", "Right shoulder impingement, 10 weeks of PT. Pain 6 -> 2/10, full ROM, negative Hawkins. "
                         "Continue home programme, finish PT course. Follow up as needed.", OFFICE,
           title="Office visit note", author=md, enc=e2)
    return c


# ------------------------------------------------------------------------------------------------ 9
def or_odi_rising(cid):
    c = Case(cid, "or", W, "positive", [W],
             "Oswestry Disability Index rose 30 -> 40 -> 46 -> 52% over eight months (March-November 2026) while "
             "physiotherapy, naproxen and gabapentin ran throughout - well beyond the 10-point minimal important "
             "difference.",
             "Lumbar disc herniation with radiculopathy; ODI worsening for 8 months despite PT and medicines")
    c.patient(["Kevin"], "O'Donnell", "male", "1977-01-19")
    base(c, "RMHA-52093316")
    md = c.practitioner("Samuel", "Oyelaran", "Orthopaedic spine surgery", prefix="Dr.")
    pt = c.practitioner("Sara", "Nguyen", "Physical therapist", prefix="DPT")
    hd = c.condition(icd10cm("M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region"),
                     onset="2026-02-10", recorder=md)
    c.report(cpt("72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without "
                          "contrast material"), "2026-02-24", category="NMR",
             conclusion="Right paracentral L5-S1 disc extrusion contacting the traversing right S1 nerve root.")
    c.care_plan("Physical therapy - lumbar radiculopathy", "active", "plan",
                sct("91251008", "Physical therapy procedure"), "2026-03-02", author=pt, addresses=[hd],
                activities=[(cpt("97110", "Therapeutic exercise"), "in-progress", "2x/week, McKenzie-based programme"),
                            (txt("Home exercise programme"), "in-progress", "daily")])
    c.med_statement(rx("7258", "naproxen"), "2026-03-02", "500 mg twice daily", reason_ref=hd)
    c.med_statement(rx("25480", "gabapentin"), "2026-03-02", "300 mg three times daily", reason_ref=hd)
    for d, odi, pain in [("2026-03-09", 30, 5), ("2026-06-08", 40, 6), ("2026-09-14", 46, 7), ("2026-11-16", 52, 8)]:
        e = office(c, d, md, [hd], icd10cm("M51.17", "Intervertebral disc disorders with radiculopathy, "
                                                     "lumbosacral region"))
        c.obs(prom("ODI", "Oswestry Disability Index"), d, q=(odi, "%", "%"), cat="survey", enc=e)
        nprs(c, d, pain, enc=e)
    for d in ["2026-04-07", "2026-07-14", "2026-10-13"]:
        c.procedure(cpt("97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises"),
                    performed=d, performer=pt, reason_ref=hd)
    c.note("2026-11-16",
           "Spine follow-up. Right S1 radicular pain worse despite 8 months of supervised PT (attendance 90%), "
           "naproxen and gabapentin taken as prescribed. ODI 30 -> 52%, leg pain 8/10, now missing work. Mild "
           "weakness of plantar flexion 4+/5. Patient prefers to avoid injections or surgery for now; continue "
           "current treatment and reassess in 6 weeks.", OFFICE, title="Office visit note", author=md)
    return c


# ------------------------------------------------------------------------------------------------ 10
def or_osteogenesis_imperfecta(cid):
    c = Case(cid, "or", R, "positive", [R],
             "Osteogenesis imperfecta type I (COL1A1 variant), a rare disease, active with a new distal radius "
             "fracture in 2026 and yearly zoledronic acid.",
             "Osteogenesis imperfecta type I with recurrent fractures; new wrist fracture")
    c.patient(["Nathan"], "Pierce", "male", "1997-05-28")
    base(c, "RMHA-60771254")
    md = c.practitioner("Jordan", "Pike", "Orthopaedic surgery - hand and upper extremity", prefix="Dr.")
    endo = c.practitioner("Alicia", "Moreau", "Endocrinology - metabolic bone clinic", prefix="Dr.")
    oi = c.condition(icd10cm("Q78.0", "Osteogenesis imperfecta"), onset="1999-03-01", recorder=endo,
                     note="Type I; blue sclerae, conductive hearing loss, 11 lifetime fractures.")
    c.condition(icd10cm("H90.0", "Conductive hearing loss, bilateral"), onset="2018-01-01", recorder=endo)
    c.report(loinc("51969-4", "Genetic analysis report"), "2019-04-10", category="GE",
             conclusion="Heterozygous pathogenic COL1A1 variant c.1243C>T (p.Arg415*), consistent with osteogenesis "
                        "imperfecta type I.")
    fx = c.condition(icd10cm("S52.571A", "Other intraarticular fracture of lower end of right radius, initial "
                                         "encounter for closed fracture"), onset="2026-09-20", recorder=md,
                     note="Low-energy fall from standing.")
    e1 = c.encounter("2026-09-21", "AMB", type_=txt("Urgent fracture clinic"), pract=md, diagnosis=[fx, oi],
                     reason=[txt("Right wrist injury")])
    c.report(cpt("73110", "Radiologic examination, wrist; complete, minimum of 3 views"), "2026-09-21",
             category="RAD", enc=e1,
             conclusion="Minimally displaced intra-articular distal radius fracture; diffuse osteopenia.")
    c.procedure(cpt("25600", "Closed treatment of distal radial fracture (eg, Colles or Smith type) or epiphyseal "
                             "separation; without manipulation"), performed="2026-09-21", performer=md, enc=e1,
                reason_ref=fx)
    e2 = c.encounter("2026-11-02", "AMB", type_=txt("Fracture clinic follow-up"), pract=md, diagnosis=[fx, oi],
                     reason=[txt("Cast removal")])
    c.report(cpt("73110", "Radiologic examination, wrist; complete, minimum of 3 views"), "2026-11-02",
             category="RAD", enc=e2, conclusion="Healing distal radius fracture with callus, alignment maintained.")
    c.obs(prom("DXA-Z-LS", "DXA lumbar spine Z-score"), "2026-03-16", q=(-2.6, "{Z-score}", "{Z-score}"),
          cat="imaging", interp="L")
    c.med_admin(rx("77655", "zoledronic acid"), "2026-03-16", dose=(4, "mg", "mg"), route=txt("Intravenous"),
                reason_ref=oi)
    c.lab(loinc("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma"), "2026-03-16", 38, "ng/mL",
          "ng/mL", low=30, high=100)
    c.lab(loinc("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-03-16", 9.4, "mg/dL", "mg/dL", low=8.6,
          high=10.3)
    c.med_statement(rx("2418", "cholecalciferol"), "2019-05-01", "2000 IU daily")
    c.note("2026-11-02",
           "Fracture clinic. 29-year-old with osteogenesis imperfecta type I, 6 weeks after closed treatment of a "
           "right distal radius fracture. Cast off, early callus. Start hand therapy. Metabolic bone clinic "
           "follows (yearly zoledronic acid, last 3/2026). Discussed fall prevention.", OFFICE,
           title="Fracture clinic note", author=md, enc=e2)
    return c


CASES = [or_stress_fracture, or_trochanteric_red_flags, or_lbp_spondylolysis, or_tka_booked, or_acl_done,
         or_hip_no_options, or_fusion_qol_drop, or_shoulder_survey_no, or_odi_rising, or_osteogenesis_imperfecta]
