from lib import *

def odi(b, sysurl):
    return cc(c(sysurl, "ODI", "Oswestry Disability Index v2.1a total (%)"), text="Oswestry Disability Index (ODI)")

def pain(): return cc(c(LN, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))

def yn(yes): return {"valueCoding": c("http://loinc.org", "LA33-6", "Yes") if yes else c("http://loinc.org", "LA32-8", "No")}

def intake_qr(b, date, enc, items):
    r = {"resourceType": "QuestionnaireResponse", "id": b.nid("qr"), "questionnaire": b.base.rsplit("/", 1)[0] + "/Questionnaire/new-visit-intake-v4",
         "status": "completed", "subject": {"reference": b.P}, "encounter": {"reference": enc}, "authored": date, "author": {"reference": b.P}, "source": {"reference": b.P},
         "item": [{"linkId": l, "text": t, "answer": [a]} for (l, t, a) in items]}
    return b.add(r)

def or_psnw_pos(cid):
    b = B(cid, "or2", dict(family="Kowalski", given="Dorothy Ann", gender="female", birth="1955-02-17", mrn="LBJ-0073391",
          payer="Medicare Part B + AARP Medigap Plan G", member="2KF9-UE4-RD55",
          addr={"use": "home", "line": ["4120 N Harlem Ave"], "city": "Norridge", "state": "IL", "postalCode": "60706"}))
    b.prac("os", "Delaney", "Patrick", "MD"); b.prac("pa", "Greer", "Monica", "PA-C"); b.prac("pt", "Alvarez", "Nicole", "PT")
    b.cond(cc(c(ICD, "M17.11", "Unilateral primary osteoarthritis, right knee")), "2021-05-01", status="resolved", abate="2026-07-08", asserter="os")
    b.cond(cc(c(ICD, "Z96.651", "Presence of right artificial knee joint")), "2026-07-08")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2015-01-01")
    b.cond(cc(c(ICD, "E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    e1 = b.enc("2026-06-10", "AMB", "Pre-operative testing", "pre-op labs for right TKA", "pa")
    b.vitals("2026-06-10", e1, 134, 78, 82, wt=71.4)
    hb = b.obs(L("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-06-10", 10.1, "g/dL", "g/dL", 12.0, 15.5, enc=e1)
    mcv = b.obs(L("787-2", "MCV [Entitic volume] by Automated count"), "2026-06-10", 73, "fL", "fL", 80, 100, enc=e1)
    fer = b.obs(L("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-06-10", 6, "ng/mL", "ng/mL", 11, 307, enc=e1)
    b.obs(L("2498-4", "Iron [Mass/volume] in Serum or Plasma"), "2026-06-10", 24, "ug/dL", "ug/dL", 50, 170, enc=e1)
    b.obs(L("777-3", "Platelets [#/volume] in Blood by Automated count"), "2026-06-10", 412, "10*3/uL", "10*3/uL", 150, 400, enc=e1)
    b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-06-10", 0.82, "mg/dL", "mg/dL", 0.5, 1.0, enc=e1)
    b.dr(cc(c(LN, "58410-2", "CBC panel - Blood by Automated count"), text="Pre-op CBC + iron studies"), "2026-06-10", "Microcytic anemia with low ferritin consistent with iron deficiency.", [hb, mcv, fer], cat=("HM", "Hematology"))
    b.note("2026-06-12", "Pre-operative clearance addendum", "Pre-op labs: Hb 10.1, MCV 73, ferritin 6 - iron deficiency anemia, new (Hb 13.4 in 2023 per PCP records). Asymptomatic. Surgery may proceed; cell saver/TXA. Iron deficiency in a 71-year-old woman needs GI evaluation - please follow up with PCP for colonoscopy/EGD. Letter faxed to PCP office.", pr="pa", enc=e1)
    b.proc(cc(c(CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)"), text="Right total knee arthroplasty"), "completed", "2026-07-08", pr="os", reason=cc(text="Primary OA right knee"))
    for d in ["2026-07-22", "2026-08-19", "2026-10-14"]:
        e = b.enc(d, "AMB", "Post-operative visit", "s/p right TKA", "pa")
        b.vitals(d, e, 128, 76, 84, wt=70.8 if d < "2026-09" else 69.9)
    b.obs(cc(c("https://fhir.lakeshorebj.com/flowsheet", "KOOSJR", "KOOS JR interval score"), text="KOOS, JR. (0-100, 100 = perfect knee health)"), "2026-10-14", 76, "{score}", "{score}", cat="survey", interp=None)
    b.note("2026-10-14", "Post-op visit 14 weeks", "Doing well. ROM 0-118. Walking without cane. Mentions tiring easily on stairs, thought it was the surgery. PT discharged. Return 1 year with x-rays.", pr="pa")
    b.med(cc(c(RX, "10582", "levothyroxine")), "2012-01-01", kind="MedicationStatement", dose="75 mcg daily")
    b.med(cc(c(RX, "29046", "lisinopril")), "2015-01-01", kind="MedicationStatement", dose="10 mg daily")
    b.med(cc(c(RX, "1191", "aspirin"), text="aspirin 81 mg twice daily x 35 days (VTE prophylaxis)"), "2026-07-09", status="completed", pr="os")
    return b, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
        why="Red-flag iron-deficiency anaemia (Hb 10.1, MCV 73, ferritin 6) found on pre-op labs 2026-06-10 with a note asking for GI work-up, but no repeat CBC, iron therapy, GI referral or endoscopy in the following 5+ months (Murphy e-trigger: no follow-up within 60 days).",
        summary="71F pre-TKA labs show new iron-deficiency anaemia; GI work-up recommended but never followed up")

def or_psnw_nm(cid):
    b = B(cid, "or4", dict(family="Okonkwo", given="Emeka", gender="male", birth="1985-08-03", mrn="COG-448120",
          payer="Premera Blue Cross PPO", member="PBC77810223",
          addr={"use": "home", "line": ["1810 E Pike St"], "city": "Seattle", "state": "WA", "postalCode": "98122"}))
    b.prac("hand", "Lindgren", "Sara", "MD"); b.prac("emg", "Choi", "Daniel", "MD")
    b.cond(cc(text="Seasonal allergies"), "2010-01-01")
    b.cond(cc(c(ICD, "S62.101A", "Fracture of unspecified carpal bone, right wrist, initial encounter"), text="Right scaphoid fracture (2014), healed"), "2014-03-01", status="resolved", abate="2014-07-01")
    e1 = b.enc("2026-10-20", "AMB", "Hand surgery new patient", "numbness right hand fingers x2 weeks", "hand")
    b.vitals("2026-10-20", e1, 124, 78, 66, wt=82.0)
    b.cond(cc(c(ICD, "R20.2", "Paresthesia of skin"), text="Numbness/tingling right hand"), "2026-10-06", cat="encounter-diagnosis", enc=e1, recorded="2026-10-20")
    xr = b.obs(cc(c(CPT, "73110", "Radiologic examination, wrist; complete, minimum of 3 views"), text="XR right wrist 3 views"), "2026-10-20", vstr="No acute fracture. Healed scaphoid waist. No arthritis.", cat="imaging", interp="N")
    b.obs(L("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma"), "2026-10-20", 512, "pg/mL", "pg/mL", 232, 1245)
    b.obs(L("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-20", 5.2, "%", "%", 4.0, 5.6)
    b.obs(L("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-10-20", 1.4, "m[IU]/L", "m[IU]/L", 0.45, 4.5)
    e2 = b.enc("2026-11-03", "AMB", "Electrodiagnostic lab", "NCS/EMG right upper limb", "emg")
    b.cond(cc(c(ICD, "R20.2", "Paresthesia of skin")), "2026-10-06", cat="encounter-diagnosis", enc=e2, recorded="2026-11-03")
    ncs = b.obs(cc(c(CPT, "95910", "Nerve conduction studies; 7-8 studies"), text="Nerve conduction study right upper limb"), "2026-11-03", vstr="Median, ulnar, radial sensory and motor studies normal. Median-ulnar palmar comparison normal.", cat="procedure", interp="N")
    emg = b.obs(cc(c(CPT, "95886", "Needle electromyography, each extremity, with related paraspinal areas"), text="Needle EMG right upper limb"), "2026-11-03", vstr="No denervation C5-T1 myotomes.", cat="procedure", interp="N")
    b.dr(cc(text="Electrodiagnostic study report"), "2026-11-03", "Normal study. No electrodiagnostic evidence of median/ulnar neuropathy or cervical radiculopathy.", [ncs, emg], cat=("OTH", "Other"), pr="emg")
    e3 = b.enc("2026-11-17", "AMB", "Hand surgery follow-up", "numbness, results", "hand")
    b.cond(cc(c(ICD, "R20.2", "Paresthesia of skin")), "2026-10-06", cat="encounter-diagnosis", enc=e3, recorded="2026-11-17")
    b.note("2026-11-17", "Hand clinic follow-up", "41M software engineer, intermittent tingling of right thumb/index/middle finger for ~6 weeks, worse after long coding sessions and cycling. X-ray, labs, NCS/EMG normal. Phalen equivocal. Possible early dynamic median nerve irritation; posture/ergonomics reviewed; night wrist splint. Return 8 weeks; if persistent consider repeat NCS or cervical imaging.", pr="hand", enc=e3)
    b.med(cc(text="Prefabricated wrist cock-up splint, right, night use"), "2026-11-17", pr="hand")
    return b, dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
        why="Paresthesia recorded on 3 dates with normal X-ray, labs and NCS/EMG, but the symptom has lasted only ~6 weeks (first recorded 4 weeks ago), short of the 8-week window; follow-up is planned.",
        summary="41M right-hand tingling 6 weeks, 3 visits, normal NCS/EMG; too short for the criterion")

def or_dsm_pos(cid):
    b = B(cid, "or3", dict(family="Harrington", given="Walter Earl", gender="male", birth="1959-06-25", mrn="PSP-2190041",
          payer="Medicare Part B + Blue Cross NC Medicare Supplement", member="9GH2-TR7-WQ11",
          addr={"use": "home", "line": ["551 Old Lexington Rd"], "city": "Winston-Salem", "state": "NC", "postalCode": "27107"}))
    b.prac("pm", "Sandoval", "Elena", "MD"); b.prac("np", "Whitley", "Jordan", "NP"); b.prac("pt", "Bryant", "Kim", "PT")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2012-01-01")
    b.cond(cc(c(ICD, "F17.211", "Nicotine dependence, cigarettes, in remission")), "2015-01-01")
    lbp = b.cond(cc(c(ICD, "M54.50", "Low back pain, unspecified"), c(SCT, "279039007", "Low back pain"), text="Mechanical low back pain / lumbar strain"), "2026-05-15", asserter="np", recorded="2026-06-03")
    e1 = b.enc("2026-06-03", "AMB", "Spine new patient", "low back pain x3 weeks", "np")
    b.vitals("2026-06-03", e1, 138, 82, 74, wt=84.6)
    b.obs(pain(), "2026-06-03", 5, "{score}", "{score}", cat="survey", interp=None, enc=e1)
    xr = b.obs(cc(c(CPT, "72100", "Radiologic examination, spine, lumbosacral; 2 or 3 views"), text="XR lumbar spine AP/lateral"), "2026-06-03", vstr="Multilevel disc space narrowing and osteophytes L3-S1. No fracture. No listhesis.", cat="imaging", interp="A")
    b.note("2026-06-03", "Spine clinic note", "67M, LBP after moving furniture 3 weeks ago. No leg symptoms. No red flags (no fever, weight loss, cancer history, night pain). X-ray: degenerative changes. Dx mechanical low back pain/lumbar strain. PT 2x/wk x6 wk, meloxicam 15 mg daily.", pr="np", enc=e1)
    b.med(cc(c(RX, "41493", "meloxicam"), text="meloxicam 15 mg tablet"), "2026-06-03", dose="15 mg daily with food", pr="np", reason=cc(text="Low back pain"))
    b.proc(cc(c(CPT, "97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises"), text="Physical therapy course (12 visits)"), "completed", "2026-08-20", pr="pt")
    b.note("2026-08-20", "PT discharge summary", "12 visits. Limited progress. Pain not clearly mechanical - unchanged by position, now waking him at night. Patient reports 10 lb weight loss. Recommend return to referring provider for re-evaluation.", pr="pt", typ=("34109-9", "Note"))
    e2 = b.enc("2026-09-16", "AMB", "Spine follow-up", "back pain persists, night pain", "np")
    b.vitals("2026-09-16", e2, 132, 80, 88, wt=80.1)
    b.note("2026-09-16", "Spine follow-up", "Persistent LBP, now nocturnal. Wt 84.6 -> 80.1 kg. Exam unchanged, no neuro deficit. Continue meloxicam, add home exercise, consider ESI if no better. Labs ordered per PT concern.", pr="np", enc=e2)
    b.obs(L("4537-7", "Erythrocyte sedimentation rate by Westergren method"), "2026-09-18", 74, "mm/h", "mm/h", 0, 20)
    b.obs(L("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-09-18", 11.0, "g/dL", "g/dL", 13.5, 17.5)
    b.obs(L("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-09-18", 10.9, "mg/dL", "mg/dL", 8.6, 10.3)
    b.obs(L("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), "2026-09-18", 142, "U/L", "U/L", 40, 129)
    b.obs(L("2885-2", "Protein [Mass/volume] in Serum or Plasma"), "2026-09-18", 9.1, "g/dL", "g/dL", 6.0, 8.3)
    b.note("2026-10-01", "Result note", "Labs reviewed by J. Whitley NP: ESR/ALP likely inflammatory from degenerative back pain and NSAID use; mild anemia - recheck CBC, CMP, ESR at next visit. Patient informed by phone.", pr="np", typ=("34109-9", "Note"))
    e3 = b.enc("2026-11-18", "AMB", "Spine follow-up", "back pain, fatigue", "np")
    b.obs(L("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-18", 10.4, "g/dL", "g/dL", 13.5, 17.5, enc=e3)
    b.obs(L("17861-6", "Calcium [Mass/volume] in Serum or Plasma"), "2026-11-18", 11.2, "mg/dL", "mg/dL", 8.6, 10.3, enc=e3)
    b.obs(L("4537-7", "Erythrocyte sedimentation rate by Westergren method"), "2026-11-18", 81, "mm/h", "mm/h", 0, 20, enc=e3)
    b.vitals("2026-11-18", e3, 128, 78, 92, wt=78.3)
    b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-11-18", 1.6, "mg/dL", "mg/dL", 0.7, 1.3, enc=e3)
    b.note("2026-11-18", "Spine follow-up", "Back pain continues day and night, 6/10. Fatigued. Weight now 78.3 kg (-6 kg since June). Labs: ESR 74 -> 81, Hb 11.0 -> 10.4, Ca 10.9 -> 11.2, total protein 9.1, Cr now 1.6. Assessment: lumbar strain / degenerative low back pain. Plan: L4-5 interlaminar ESI if no better; refill meloxicam held given creatinine; acetaminophen.", pr="np", enc=e3)
    b.add({"resourceType": "ClinicalImpression", "id": b.nid("ci"), "status": "completed", "subject": {"reference": b.P}, "encounter": {"reference": e3},
           "date": "2026-11-18", "assessor": {"reference": b.pracs["np"]}, "summary": "Degenerative/mechanical low back pain (lumbar strain), persistent.",
           "finding": [{"itemReference": {"reference": lbp}}], "description": "Back pain with night pain and weight loss; labs abnormal; working diagnosis unchanged."})
    return b, dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
        why="'Mechanical low back pain/lumbar strain' persists 6 months while new night pain, 6 kg weight loss, anaemia, hypercalcaemia, high ESR/total protein and rising creatinine appear - findings a lumbar strain cannot explain.",
        summary="67M labelled lumbar strain for 6 months despite night pain, weight loss, anaemia, hypercalcaemia and high ESR")

def or_mpp_pos(cid):
    b = B(cid, "or1", dict(family="Brennan", given="Kathleen Marie", gender="female", birth="1968-04-09", mrn="SOS-1004518",
          payer="UnitedHealthcare Choice Plus", member="UHC902271184",
          addr={"use": "home", "line": ["77 Ridgeview Dr"], "city": "Lakewood", "state": "CO", "postalCode": "80228"}))
    b.prac("ss", "Marchetti", "Vincent", "MD"); b.prac("pm", "Haugen", "Lars", "MD"); b.prac("pt", "Osei", "Abena", "PT")
    b.cond(cc(c(ICD, "E78.5", "Hyperlipidemia, unspecified")), "2018-01-01")
    st = b.cond(cc(c(ICD, "M43.16", "Spondylolisthesis, lumbar region"), text="Degenerative spondylolisthesis L4-5 grade I with severe central stenosis"), "2025-03-01", asserter="ss")
    b.cond(cc(c(ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), "2025-03-01", asserter="ss")
    mri = b.obs(cc(c(CPT, "72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material"), text="MRI lumbar spine without contrast"), "2026-08-04", vstr="L4-5: grade I anterolisthesis (6 mm), facet arthropathy, severe central canal stenosis (trefoil), bilateral lateral recess narrowing.", cat="imaging", interp="A")
    b.obs(cc(text="Flexion-extension lumbar radiographs"), "2026-08-04", vstr="L4-5 translation 4 mm between flexion and extension - dynamic instability.", cat="imaging", interp="A")
    for d, od, nrs in [("2026-03-10", 48, 7), ("2026-08-04", 50, 7), ("2026-11-03", 48, 7)]:
        e = b.enc(d, "AMB", "Spine surgery clinic", "back and bilateral leg pain with walking", "ss")
        b.obs(cc(c("https://fhir.summitortho.com/flowsheet", "ODI", "Oswestry Disability Index v2.1a total (%)"), text="Oswestry Disability Index"), d, od, "%", "%", cat="survey", interp=None, enc=e)
        b.obs(pain(), d, nrs, "{score}", "{score}", cat="survey", interp=None, enc=e)
    b.proc(cc(c(CPT, "62323", "Injection(s), of diagnostic or therapeutic substance(s) ... interlaminar epidural or subarachnoid, lumbar or sacral (caudal); with imaging guidance"), text="L4-5 interlaminar ESI"), "completed", "2025-06-12", pr="pm", outcome="~6 weeks partial relief")
    b.proc(cc(c(CPT, "62323", "Injection(s), of diagnostic or therapeutic substance(s) ... interlaminar epidural or subarachnoid, lumbar or sacral (caudal); with imaging guidance"), text="L4-5 interlaminar ESI (repeat)"), "completed", "2026-01-15", pr="pm", outcome="2 weeks relief")
    b.proc(cc(c(CPT, "97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises"), text="Physical therapy 16 visits"), "completed", "2025-10-01", pr="pt")
    b.note("2026-11-03", "Spine surgery visit - surgical planning", "58F L4-5 degenerative spondylolisthesis with dynamic instability and severe stenosis; neurogenic claudication limits walking to 1 block. Failed PT, NSAIDs, 2 ESIs over 18 months; ODI stable ~48-50. Recommend L4-5 decompression and instrumented fusion (TLIF). Risks incl. infection, dural tear, nonunion, adjacent segment disease reviewed. Consent signed. Scheduled 01/06/2027.", pr="ss")
    b.sr(cc(c(CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy sufficient to decompress the neural elements ... single interspace; lumbar"), text="L4-5 TLIF with posterior instrumentation"),
         "active", "order", "2026-11-03", occ="2027-01-06T07:30:00-07:00", reason=st, pr="ss", performer=b.ORG, note="Inpatient, 2-night stay expected; pre-op medical clearance 12/2026")
    b.sr(cc(c(CPT, "22840", "Posterior non-segmental instrumentation (eg, Harrington rod technique, pedicle fixation across 1 interspace, atlantoaxial transarticular screw fixation, sublaminar wiring at C1, facet screw fixation)")), "active", "order", "2026-11-03", occ="2027-01-06T07:30:00-07:00", reason=st, pr="ss")
    b.med(cc(c(RX, "83367", "atorvastatin")), "2018-01-01", kind="MedicationStatement", dose="20 mg daily")
    b.med(cc(c(RX, "7258", "naproxen")), "2025-03-01", kind="MedicationStatement", dose="500 mg twice daily as needed")
    return b, dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
        why="Active ServiceRequests for L4-5 TLIF/instrumented fusion (CPT 22633, 22840) scheduled 2027-01-06, not yet performed; ODI stable so no worsening signal.",
        summary="58F L4-5 spondylolisthesis with stenosis; instrumented lumbar fusion ordered for 1/6/2027")

def or_mpp_nm(cid):
    b = B(cid, "or3", dict(family="Dombrowski", given="Keith", gender="male", birth="1974-01-30", mrn="PSP-0884120",
          payer="Aetna Open Access Managed Choice", member="W198775530",
          addr={"use": "home", "line": ["308 Granville Dr"], "city": "Greensboro", "state": "NC", "postalCode": "27408"}))
    b.prac("pm", "Sandoval", "Elena", "MD"); b.prac("ss", "Kimura", "Ken", "MD")
    rad = b.cond(cc(c(ICD, "M50.121", "Cervical disc disorder at C5-C6 level with radiculopathy"), text="C5-6 disc protrusion with left C6 radiculopathy"), "2026-08-15", asserter="ss")
    b.cond(cc(c(ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2020-01-01")
    mri = b.obs(cc(c(CPT, "72141", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, cervical; without contrast material"), text="MRI cervical spine without contrast"), "2026-09-10", vstr="C5-6 left paracentral/foraminal disc protrusion with moderate left foraminal stenosis contacting exiting C6 root. No cord signal change.", cat="imaging", interp="A")
    for d, ndi, nrs in [("2026-09-17", 36, 6), ("2026-11-05", 32, 5)]:
        e = b.enc(d, "AMB", "Spine clinic", "neck and left arm pain", "ss" if d < "2026-10" else "pm")
        b.obs(cc(c("https://fhir.piedmontspine.net/flowsheet", "NDI", "Neck Disability Index (%)"), text="Neck Disability Index"), d, ndi, "%", "%", cat="survey", interp=None, enc=e)
        b.obs(pain(), d, nrs, "{score}", "{score}", cat="survey", interp=None, enc=e)
        b.vitals(d, e, 130, 84, 70, wt=101.0)
    b.note("2026-09-17", "Spine surgery consult", "52M left C6 radiculopathy x4 weeks, no weakness (5/5), no myelopathy. MRI C5-6 foraminal protrusion. Natural history favorable. Not a surgical candidate at this time; no indication for ACDF. Recommend PT, gabapentin, and epidural steroid injection via pain management.", pr="ss", typ=("11488-4", "Consult note"))
    b.med(cc(c(RX, "25480", "gabapentin")), "2026-09-17", dose="300 mg at bedtime, titrate to 300 mg TID", pr="ss")
    b.note("2026-11-05", "Pain management consult", "Improving 30% with PT/gabapentin but persistent arm pain. Plan: C6-7 interlaminar cervical epidural steroid injection under fluoroscopy at ASC, 12/10/2026. Risks reviewed (dural puncture, infection, bleeding, transient numbness). Hold nothing (no anticoagulants).", pr="pm", typ=("11488-4", "Consult note"))
    b.sr(cc(c(CPT, "62321", "Injection(s), of diagnostic or therapeutic substance(s) (eg, anesthetic, antispasmodic, opioid, steroid, other solution), not including neurolytic substances, including needle or catheter placement, interlaminar epidural or subarachnoid, cervical or thoracic; with imaging guidance"), text="Cervical interlaminar epidural steroid injection C6-7"),
         "active", "order", "2026-11-05", occ="2026-12-10T08:00:00-05:00", reason=rad, pr="pm", performer=b.SITE)
    b.med(cc(c(RX, "5492", "triamcinolone"), c(HCPCS, "J3301", "Injection, triamcinolone acetonide, not otherwise specified, 10 mg"), text="triamcinolone acetonide 40 mg for epidural injection"), "2026-11-05", dose="40 mg epidural once at procedure", pr="pm")
    b.proc(cc(c(CPT, "97161", "Physical therapy evaluation: low complexity"), text="PT cervical program"), "in-progress", "2026-09-24")
    return b, dict(target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
        why="The only planned procedure is a fluoroscopic cervical epidural steroid injection at the ASC (minor); the surgeon explicitly documented no indication for ACDF.",
        summary="52M C6 radiculopathy; cervical ESI planned 12/10, surgery not indicated")

def or_up_pos(cid):
    b = B(cid, "or1", dict(family="Szabo", given="Renata", gender="female", birth="1962-09-12", mrn="SOS-0761182",
          payer="Colorado Medicaid (Health First Colorado)", member="CO-P118273",
          addr={"use": "home", "line": ["9901 W 44th Ave Apt 210"], "city": "Wheat Ridge", "state": "CO", "postalCode": "80033"}))
    b.prac("ss", "Marchetti", "Vincent", "MD"); b.prac("pm", "Haugen", "Lars", "MD"); b.prac("pal", "Whitfield", "Grace", "MD")
    fb = b.cond(cc(c(ICD, "M96.1", "Postlaminectomy syndrome, not elsewhere classified"), c(SCT, "203110003", "Failed back surgery syndrome"), text="Failed back surgery syndrome with chronic bilateral L5/S1 radiculopathy"), "2023-01-01", asserter="ss")
    b.cond(cc(c(ICD, "F11.20", "Opioid dependence, uncomplicated"), text="Long-term opioid therapy / physiological dependence"), "2023-06-01")
    b.cond(cc(c(ICD, "F32.1", "Major depressive disorder, single episode, moderate")), "2024-01-01")
    b.proc(cc(c(CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique ... lumbar"), text="L3-S1 posterior fusion"), "completed", "2022-03-14", pr="ss")
    b.proc(cc(text="Revision L2-3 decompression and extension of fusion to L2 for adjacent segment disease"), "completed", "2024-05-20", pr="ss")
    b.proc(cc(c(CPT, "63650", "Percutaneous implantation of neurostimulator electrode array, epidural"), text="Spinal cord stimulator 7-day trial"), "completed", "2025-04-08", pr="pm", outcome="<20% relief; permanent implant not pursued")
    b.proc(cc(c(CPT, "64483", "Injection(s), anesthetic agent(s) and/or steroid; transforaminal epidural, with imaging guidance (fluoroscopy or CT), lumbar or sacral, single level"), text="Bilateral L5-S1 TFESI"), "completed", "2025-11-06", pr="pm", outcome="No relief")
    for d, nrs in [("2026-06-09", 8), ("2026-10-06", 8)]:
        e = b.enc(d, "AMB", "Spine surgery clinic" if d > "2026-09" else "Pain clinic", "chronic back and leg pain", "ss" if d > "2026-09" else "pm")
        b.obs(pain(), d, nrs, "{score}", "{score}", cat="survey", interp=None, enc=e)
        b.vitals(d, e, 126, 80, 78, wt=63.0)
    ct = b.obs(cc(c(CPT, "72131", "Computed tomography, lumbar spine; without contrast material"), text="CT lumbar spine"), "2026-09-22", vstr="Solid fusion L2-S1. Hardware intact. No new stenosis at L1-2. Epidural fibrosis on prior MRI.", cat="imaging", interp=None)
    b.note("2026-10-06", "Spine surgery follow-up", "64F s/p L3-S1 fusion 2022, extension to L2 in 2024, failed SCS trial, failed injections, on methadone 10 mg TID via pain clinic. CT: solid fusion, no correctable lesion. I have no further surgical or interventional treatment options to offer her; further surgery would not help and could worsen her condition. Recommend referral to palliative care for symptom management and quality of life. Patient tearful, states she was told this is 'just something to live with'.", pr="ss")
    b.sr(cc(c(SCT, "306237005", "Referral to palliative care service"), text="Referral to palliative care - outpatient"), "active", "order", "2026-10-06", reason=fb, pr="ss")
    b.careplan("Chronic pain - comfort-focused plan", "active", "plan", "2026-10-20", "Palliative care plan: symptom-focused management of intractable postlaminectomy pain; no further disease-directed procedures planned.",
               cat=cc(text="Palliative care"), addresses=[fb], pr="pal", activities=[("Methadone continued, bowel regimen", "in-progress", None), ("Counseling / pain psychology", "scheduled", None)])
    b.med(cc(c(RX, "6813", "methadone"), text="methadone 10 mg tablet"), "2023-06-01", dose="10 mg three times daily", pr="pm")
    b.med(cc(c(RX, "72625", "duloxetine")), "2024-01-10", dose="60 mg daily", pr="pm")
    return b, dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
        why="Spine surgeon documents 'no further surgical or interventional treatment options' for failed back surgery syndrome and refers to palliative care (active referral and palliative CarePlan); no second opinion on record.",
        summary="64F failed back surgery syndrome after two fusions and failed SCS; surgeon says no options, palliative referral")

def or_up_nm(cid):
    b = B(cid, "or4", dict(family="Lindqvist", given="Gunnar", gender="male", birth="1949-12-01", mrn="COG-102288",
          payer="Medicare Part B + Regence Medigap", member="4RT8-NN2-PY60",
          addr={"use": "home", "line": ["2300 NW 65th St"], "city": "Seattle", "state": "WA", "postalCode": "98117"}))
    b.prac("os", "Pham", "Andrew", "MD"); b.prac("card", "Eriksen", "Maja", "MD")
    oa = b.cond(cc(c(ICD, "M17.0", "Bilateral primary osteoarthritis of knee"), text="Severe tricompartmental OA both knees, right > left"), "2018-01-01", asserter="os")
    b.cond(cc(c(ICD, "I35.0", "Nonrheumatic aortic (valve) stenosis"), text="Severe aortic stenosis - TAVR candidate evaluation pending"), "2025-09-01", asserter="card")
    b.cond(cc(c(ICD, "I48.20", "Chronic atrial fibrillation, unspecified")), "2021-01-01", asserter="card")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2010-01-01")
    xr = b.obs(cc(c(CPT, "73565", "Radiologic examination, knee; both knees, standing, anteroposterior"), text="XR bilateral knees standing"), "2026-10-28", vstr="Severe tricompartmental OA bilaterally, bone-on-bone medial compartments, KL grade 4.", cat="imaging", interp="A")
    for d, k in [("2026-05-12", 44), ("2026-10-28", 41)]:
        e = b.enc(d, "AMB", "Joint replacement clinic", "bilateral knee pain", "os")
        b.obs(cc(c("https://fhir.cascadeortho.org/flowsheet", "KOOSJR", "KOOS JR interval score"), text="KOOS, JR."), d, k, "{score}", "{score}", cat="survey", interp=None, enc=e)
        b.vitals(d, e, 142, 78, 72, wt=92.0)
    b.note("2026-10-28", "Orthopaedic note", "76M severe bilateral knee OA. Cardiology (Dr. Eriksen) advises against elective arthroplasty until severe aortic stenosis is addressed (TAVR evaluation underway). At present he is not a surgical candidate for TKA. However, other treatment options remain: intra-articular injections, genicular nerve block followed by radiofrequency ablation, unloader brace, PT and weight loss. TKA can be revisited after valve treatment. Patient in agreement.", pr="os")
    b.proc(cc(c(CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance"), text="Right knee corticosteroid injection"), "completed", "2026-05-12", pr="os", outcome="~3 months relief")
    b.sr(cc(c(CPT, "64454", "Injection(s), anesthetic agent(s) and/or steroid; genicular nerve branches, including imaging guidance, when performed"), text="Right genicular nerve block (diagnostic, prior to RFA)"), "active", "order", "2026-10-28", occ="2026-12-08", reason=oa, pr="os", performer=b.SITE)
    b.med(cc(c(RX, "161", "acetaminophen")), "2019-01-01", kind="MedicationStatement", dose="1 g three times daily")
    b.med(cc(c(RX, "1364430", "apixaban 5 MG Oral Tablet"), text="apixaban 5 mg"), "2021-01-01", kind="MedicationStatement", dose="5 mg twice daily")
    b.med(cc(text="Diclofenac 1% topical gel"), "2024-01-01", kind="MedicationStatement", dose="apply 4 g to knees four times daily")
    return b, dict(target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
        why="Note says he is 'not a surgical candidate' for TKA for now, but explicitly lists remaining treatment options (injections, genicular block/RFA, bracing, later TKA); no palliative/hospice plan.",
        summary="76M severe knee OA, TKA deferred for aortic stenosis; other treatments available, genicular block planned")

def or_hit_pos(cid):
    b = B(cid, "or2", dict(family="Mendez", given="Arturo", gender="male", birth="1957-07-19", mrn="LBJ-0229844",
          payer="Medicare Advantage (Humana Gold Plus HMO)", member="H5619-0442817",
          addr={"use": "home", "line": ["6145 S Kedzie Ave"], "city": "Chicago", "state": "IL", "postalCode": "60629"}))
    b.prac("ss", "Adebayo", "Femi", "MD"); b.prac("ro", "Kessler", "Ruth", "MD"); b.prac("onc", "Varma", "Nikhil", "MD")
    rcc = b.cond(cc(c(ICD, "C64.1", "Malignant neoplasm of right kidney, except renal pelvis"), text="Clear cell renal cell carcinoma, right, s/p nephrectomy 2023"), "2023-02-01", asserter="onc")
    met = b.cond(cc(c(ICD, "C79.51", "Secondary malignant neoplasm of bone"), text="Metastatic RCC to L2 vertebral body"), "2026-10-02", asserter="ss")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2011-01-01")
    b.proc(cc(c(CPT, "50545", "Laparoscopy, surgical; radical nephrectomy (includes removal of adrenal gland)"), text="Right radical nephrectomy"), "completed", "2023-03-09")
    mri = b.obs(cc(c(CPT, "72158", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, without contrast material, followed by contrast material(s) and further sequences; lumbar"), text="MRI thoracolumbar spine with/without contrast"), "2026-10-02", vstr="Enhancing lesion L2 vertebral body (2.8 cm) with 20% height loss, no posterior element involvement, no epidural extension (Bilsky 0). No other spinal lesions.", cat="imaging", interp="A")
    e1 = b.enc("2026-10-09", "AMB", "Spine surgery consultation", "L2 lesion, back pain", "ss")
    b.vitals("2026-10-09", e1, 136, 82, 76, wt=79.0)
    b.obs(pain(), "2026-10-09", 6, "{score}", "{score}", cat="survey", interp=None, enc=e1)
    b.obs(cc(text="Spinal Instability Neoplastic Score (SINS)"), "2026-10-09", 6, "{score}", "{score}", cat="exam", interp=None, enc=e1, note="Stable (0-6)")
    b.note("2026-10-09", "Spine surgery consult", "69M metastatic ccRCC, solitary L2 lesion, SINS 6 (stable), Bilsky 0, neurologically intact. No indication for surgical stabilization or separation surgery. Recommend stereotactic body radiotherapy to L2 for durable local control given radioresistant histology. Referred to radiation oncology. TLSO not required.", pr="ss", enc=e1, typ=("11488-4", "Consult note"))
    e2 = b.enc("2026-11-12", "AMB", "Radiation oncology consultation", "SBRT L2", "ro")
    b.sr(cc(c(CPT, "77373", "Stereotactic body radiation therapy, treatment delivery, per fraction to 1 or more lesions, including image guidance, entire course not to exceed 5 fractions"), text="SBRT L2 vertebral body 24 Gy in 2 fractions"),
         "active", "order", "2026-11-12", occ="2026-12-09", reason=met, pr="ro")
    b.note("2026-11-12", "Radiation oncology consult", "Plan SBRT 24 Gy/2 fx to L2 (spine SBRT protocol), sim 11/24, treatment 12/9 and 12/10. Risks: vertebral compression fracture (~10-15%), pain flare, esophagitis/bowel toxicity, radiation myelopathy (rare). Continue systemic therapy with medical oncology; hold axitinib 3 days around SBRT.", pr="ro", enc=e2, typ=("11488-4", "Consult note"))
    b.med(cc(c(RX, "1597876", "pembrolizumab"), text="pembrolizumab 400 mg IV every 6 weeks"), "2026-10-20", kind="MedicationStatement", dose="400 mg IV q6 weeks", reason=cc(text="Metastatic RCC"))
    b.med(cc(c(RX, "1243035", "axitinib"), text="axitinib 5 mg tablet"), "2026-10-20", kind="MedicationStatement", dose="5 mg twice daily", reason=cc(text="Metastatic RCC"))
    b.med(cc(c(RX, "17767", "amlodipine")), "2011-01-01", kind="MedicationStatement", dose="10 mg daily")
    b.obs(L("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-11-12", 1.28, "mg/dL", "mg/dL", 0.7, 1.3, enc=e2)
    b.obs(L("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-11-12", 3.1, "m[IU]/L", "m[IU]/L", 0.45, 4.5, enc=e2)
    return b, dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
        why="Spine SBRT (radiotherapy, 24 Gy/2 fx) ordered for 2026-12-09 on top of newly started systemic anticancer therapy (pembrolizumab + axitinib); surgery was ruled out, so no major procedure.",
        summary="69M metastatic renal cell carcinoma to L2; spine surgeon declines surgery, SBRT scheduled 12/9 with systemic therapy")

def or_prc_pos(cid):
    b = B(cid, "or4", dict(family="Yamamoto", given="Derek", gender="male", birth="1981-03-22", mrn="COG-551907",
          payer="Regence BlueShield PPO", member="RBS44018127",
          addr={"use": "home", "line": ["4821 California Ave SW"], "city": "Seattle", "state": "WA", "postalCode": "98116"}))
    b.prac("sm", "Holloway", "Bridget", "MD"); b.prac("pt", "Nakamura", "Aiko", "PT")
    sh = b.cond(cc(c(ICD, "M75.111", "Incomplete rotator cuff tear or rupture of right shoulder, not specified as traumatic"), text="Partial-thickness articular-sided supraspinatus tear, right"), "2026-06-15", asserter="sm")
    b.cond(cc(c(ICD, "M75.41", "Impingement syndrome of right shoulder")), "2026-06-15")
    b.cond(cc(text="Right ankle sprain"), "2019-05-01", status="resolved", abate="2019-07-01")
    mri = b.obs(cc(c(CPT, "73221", "Magnetic resonance (eg, proton) imaging, any joint of upper extremity; without contrast material(s)"), text="MRI right shoulder without contrast"), "2026-06-30", vstr="Partial-thickness articular-sided tear of supraspinatus (~40% thickness). Mild AC joint arthropathy. Possible SLAP tear (limited evaluation without arthrogram).", cat="imaging", interp="A")
    for d, qd in [("2026-06-15", 43), ("2026-09-08", 41), ("2026-11-17", 43)]:
        e = b.enc(d, "AMB", "Sports medicine clinic", "right shoulder pain", "sm")
        b.obs(cc(c("https://fhir.cascadeortho.org/flowsheet", "QDASH", "QuickDASH disability score"), text="QuickDASH"), d, qd, "{score}", "{score}", cat="survey", interp=None, enc=e)
    b.proc(cc(c(CPT, "20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without ultrasound guidance"), text="Right subacromial corticosteroid injection"), "completed", "2026-09-08", pr="sm", outcome="Minimal relief")
    b.proc(cc(c(CPT, "97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises"), text="PT rotator cuff program (10 visits)"), "completed", "2026-08-30", pr="pt")
    enc = b.entries[-4 - 2]["id"]
    qr = intake_qr(b, "2026-11-15T20:14:00-08:00", "Encounter/" + b.cid + "-enc-3", [
        ("1", "What is the main reason for your visit?", {"valueString": "Right shoulder still hurts, can't sleep on it, can't throw with my son"}),
        ("2", "Pain right now (0-10)", {"valueInteger": 6}),
        ("3", "Do you feel your concerns have been fully addressed at prior visits?", yn(False)),
        ("4", "Would you like a second opinion regarding your diagnosis or treatment plan?", yn(True)),
        ("5", "Anything else you want your care team to know?", {"valueString": "The MRI mentions a possible SLAP tear that nobody has talked to me about. I would like someone else to look at my MRI."})])
    b.note("2026-11-17", "Sports medicine follow-up", "45M, 5 months right shoulder pain; partial supraspinatus tear. PT and subacromial injection with little benefit. QuickDASH 43 (unchanged). Continue home program; consider repeat injection; not a surgical case at this time. Patient intake form requests second opinion - discussed; will provide records.", pr="sm")
    b.med(cc(c(RX, "5640", "ibuprofen")), "2026-06-15", kind="MedicationStatement", dose="600 mg three times daily as needed")
    return b, dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
        why="Patient-completed intake QuestionnaireResponse answers Yes to 'Would you like a second opinion regarding your diagnosis or treatment plan?' and says concerns were not addressed.",
        summary="45M partial rotator cuff tear, slow recovery; intake questionnaire requests second opinion")

def or_prc_nm(cid):
    b = B(cid, "or3", dict(family="Petrakis", given="Helen", gender="female", birth="1961-11-05", mrn="PSP-3301775",
          payer="Blue Cross NC Blue Advantage", member="YPB800217734",
          addr={"use": "home", "line": ["12 Sunset Ridge Ct"], "city": "High Point", "state": "NC", "postalCode": "27265"}))
    b.prac("pm", "Sandoval", "Elena", "MD"); b.prac("np", "Whitley", "Jordan", "NP")
    fa = b.cond(cc(c(ICD, "M47.816", "Spondylosis without myelopathy or radiculopathy, lumbar region"), text="Lumbar facet arthropathy L4-S1"), "2025-02-01", asserter="pm")
    b.cond(cc(c(ICD, "E03.9", "Hypothyroidism, unspecified")), "2008-01-01")
    b.cond(cc(c(ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2022-01-01")
    for d, od in [("2026-04-14", 28), ("2026-08-11", 24), ("2026-11-24", 22)]:
        e = b.enc(d, "AMB", "Pain management follow-up", "low back pain", "np")
        b.obs(cc(c("https://fhir.piedmontspine.net/flowsheet", "ODI", "Oswestry Disability Index v2.1a total (%)"), text="Oswestry Disability Index"), d, od, "%", "%", cat="survey", interp=None, enc=e)
        b.vitals(d, e, 128, 76, 70, wt=64.5)
    b.proc(cc(c(CPT, "64635", "Destruction by neurolytic agent, paravertebral facet joint nerve(s), with imaging guidance (fluoroscopy or CT); lumbar or sacral, single facet joint"), text="Right L4-5, L5-S1 medial branch RFA"), "completed", "2026-05-19", pr="pm", outcome="~60% relief")
    qr = intake_qr(b, "2026-11-22T09:30:00-05:00", f"Encounter/{cid}-enc-3", [
        ("1", "What is the main reason for your visit?", {"valueString": "Routine follow-up after back nerve ablation"}),
        ("2", "Pain right now (0-10)", {"valueInteger": 3}),
        ("3", "Do you feel your concerns have been fully addressed at prior visits?", yn(True)),
        ("4", "Would you like a second opinion regarding your diagnosis or treatment plan?", yn(False)),
        ("5", "Anything else you want your care team to know?", {"valueString": "Walking 2 miles most days again."})])
    b.note("2026-11-24", "Pain management follow-up", "65F lumbar facet arthropathy, 6 months after right L4-S1 medial branch RFA with sustained ~60% relief. ODI 28 -> 22. Walking daily. Continue HEP and acetaminophen PRN; repeat RFA if pain recurs. Intake questionnaire reviewed - no concerns.", pr="np")
    b.med(cc(c(RX, "161", "acetaminophen")), "2025-02-01", kind="MedicationStatement", dose="650 mg every 8 h as needed")
    b.med(cc(c(RX, "10582", "levothyroxine")), "2008-01-01", kind="MedicationStatement", dose="88 mcg daily")
    b.med(cc(c(RX, "77655", "alendronate"), text="alendronate 70 mg weekly"), "2022-01-01", kind="MedicationStatement", dose="70 mg weekly")
    return b, dict(target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
        why="Same style of intake questionnaire, but the patient answered No to wanting a second opinion and Yes to concerns being addressed; she is improving.",
        summary="65F lumbar facet pain improved after RFA; intake questionnaire answers No to second opinion")

def or_wdt_pos(cid):
    b = B(cid, "or1", dict(family="Castellano", given="Lydia", gender="female", birth="1970-05-14", mrn="SOS-2286017",
          payer="Cigna Open Access Plus", member="U48812093",
          addr={"use": "home", "line": ["3390 S Parker Rd"], "city": "Aurora", "state": "CO", "postalCode": "80014"}))
    b.prac("pm", "Haugen", "Lars", "MD"); b.prac("pa", "Ruiz", "Teresa", "PA-C"); b.prac("pt", "Osei", "Abena", "PT")
    rad = b.cond(cc(c(ICD, "M51.17", "Intervertebral disc disorders with radiculopathy, lumbosacral region"), c(SCT, "128196005", "Lumbar radiculopathy"), text="L5-S1 disc protrusion with right S1 radiculopathy"), "2026-01-20", asserter="pm")
    b.cond(cc(c(ICD, "E66.9", "Obesity, unspecified")), "2015-01-01")
    b.cond(cc(c(ICD, "F41.1", "Generalized anxiety disorder")), "2019-01-01")
    mri = b.obs(cc(c(CPT, "72148", "Magnetic resonance (eg, proton) imaging, spinal canal and contents, lumbar; without contrast material")), "2026-02-02", vstr="L5-S1 right paracentral protrusion contacting the traversing right S1 root. Mild facet arthropathy L4-5.", cat="imaging", interp="A")
    b.med(cc(c(RX, "25480", "gabapentin"), text="gabapentin 600 mg tablet"), "2026-02-10", dose="600 mg three times daily", pr="pm", reason=cc(text="Lumbar radiculopathy"))
    b.med(cc(c(RX, "72625", "duloxetine"), text="duloxetine 60 mg capsule"), "2026-03-15", dose="60 mg daily", pr="pm", reason=cc(text="Lumbar radiculopathy"))
    b.proc(cc(c(CPT, "97110", "Therapeutic procedure, 1 or more areas, each 15 minutes; therapeutic exercises"), text="Physical therapy - lumbar stabilization, ongoing weekly"), "in-progress", "2026-03-01", pr="pt")
    odic = cc(c("https://fhir.summitortho.com/flowsheet", "ODI", "Oswestry Disability Index v2.1a total (%)"), text="Oswestry Disability Index")
    for d, od, nrs in [("2026-04-21", 34, 5), ("2026-07-21", 44, 7), ("2026-09-29", 50, 7), ("2026-11-17", 56, 8)]:
        e = b.enc(d, "AMB", "Pain management follow-up", "right leg pain", "pa")
        b.obs(odic, d, od, "%", "%", cat="survey", interp=None, enc=e)
        b.obs(pain(), d, nrs, "{score}", "{score}", cat="survey", interp=None, enc=e)
    b.obs(cc(text="PT progress note - straight leg raise, right"), "2026-10-30", vstr="SLR positive at 35 deg (was 60 deg in March). Ankle reflex diminished right.", cat="exam", interp="A", performer="pt")
    b.note("2026-11-17", "Pain management follow-up", "56F right S1 radiculopathy since Jan 2026. On gabapentin 600 TID (since Feb) and duloxetine 60 (since March), adherent per PDMP/pharmacy fills; weekly PT since March. Despite this, ODI 34 (Apr) -> 44 (Jul) -> 50 (Sep) -> 56 today; leg pain 5 -> 8/10. No bowel/bladder change; strength 5/5 except EHL 4+/5 right. Plan: repeat MRI lumbar spine; consider TFESI; discussed spine surgery opinion if MRI progresses.", pr="pa")
    return b, dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
        why="ODI rose 34 -> 44 -> 50 -> 56 (22 points, MCID ~10) and leg pain 5 -> 8 over 7 months while gabapentin, duloxetine and weekly PT were active throughout.",
        summary="56F S1 radiculopathy with ODI 34->56 and pain 5->8 over 7 months despite gabapentin, duloxetine and PT")

def or_roc_nm(cid):
    b = B(cid, "or2", dict(family="Abernathy", given="June Ellen", gender="female", birth="1956-08-27", mrn="LBJ-0661580",
          payer="Medicare Part B + BCBS Illinois Medigap Plan N", member="8NV3-QW1-EE47",
          addr={"use": "home", "line": ["1219 Chicago Ave"], "city": "Evanston", "state": "IL", "postalCode": "60202"}))
    b.prac("os", "Delaney", "Patrick", "MD"); b.prac("pa", "Greer", "Monica", "PA-C")
    hip = b.cond(cc(c(ICD, "M16.12", "Unilateral primary osteoarthritis, left hip")), "2023-04-01", asserter="os")
    b.cond(cc(c(ICD, "I10", "Essential (primary) hypertension")), "2009-01-01")
    b.cond(cc(c(ICD, "E03.9", "Hypothyroidism, unspecified")), "2014-01-01")
    b.cond(cc(c(ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2016-01-01")
    b.cond(cc(c(ICD, "S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture"), text="Right distal radius fracture"), "2024-01-18", status="resolved", abate="2024-04-10")
    b.cond(cc(c(ICD, "L03.115", "Cellulitis of right lower limb")), "2023-07-02", status="resolved", abate="2023-07-20")
    b.cond(cc(c(ICD, "S39.012A", "Strain of muscle, fascia and tendon of lower back, initial encounter")), "2025-03-05", status="resolved", abate="2025-05-01")
    b.cond(cc(text="Acute bronchitis"), "2025-12-10", status="resolved", abate="2026-01-05")
    xr = b.obs(cc(c(CPT, "73502", "Radiologic examination, hip, unilateral, with pelvis when performed; 2-3 views"), text="XR pelvis AP + left hip 2 views"), "2026-11-10", vstr="Moderate left hip joint space narrowing, subchondral sclerosis, small osteophytes. Tonnis grade 2.", cat="imaging", interp="A")
    for d, h in [("2026-05-05", 58), ("2026-11-10", 55)]:
        e = b.enc(d, "AMB", "Hip & knee clinic", "left groin pain", "pa")
        b.obs(cc(c("https://fhir.lakeshorebj.com/flowsheet", "HOOSJR", "HOOS JR interval score"), text="HOOS, JR."), d, h, "{score}", "{score}", cat="survey", interp=None, enc=e)
        b.vitals(d, e, 132, 78, 68, wt=70.0)
    b.proc(cc(c(CPT, "20611", "Arthrocentesis, aspiration and/or injection, major joint or bursa; with ultrasound guidance, with permanent recording and reporting"), text="US-guided left hip intra-articular steroid injection"), "completed", "2026-05-05", pr="os", outcome="Good relief ~5 months")
    b.sr(cc(c(CPT, "20611", "Arthrocentesis, aspiration and/or injection, major joint or bursa; with ultrasound guidance, with permanent recording and reporting"), text="Repeat US-guided left hip injection"), "active", "order", "2026-11-10", occ="2026-12-15", reason=hip, pr="os", performer=b.SITE)
    b.note("2026-11-10", "Hip & knee clinic note", "70F left hip OA, moderate. Good 5-month response to injection in May; pain returning. HOOS JR 55. Repeat injection 12/15. PT home program. Not ready for arthroplasty; revisit in 6-12 months. PMH: HTN, hypothyroidism, GERD - stable per PCP.", pr="pa")
    b.med(cc(c(RX, "10582", "levothyroxine")), "2014-01-01", kind="MedicationStatement", dose="50 mcg daily")
    b.med(cc(c(RX, "29046", "lisinopril")), "2009-01-01", kind="MedicationStatement", dose="20 mg daily")
    b.med(cc(c(RX, "7646", "omeprazole")), "2016-01-01", kind="MedicationStatement", dose="20 mg daily")
    return b, dict(target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
        why="Only four active chronic conditions (hip OA, hypertension, hypothyroidism, GERD), all stable; the other four problems on the list are resolved, and none is rare.",
        summary="70F left hip OA with three stable comorbidities and several resolved problems; repeat hip injection planned")
