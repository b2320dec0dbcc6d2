from lib import *

def g_northbridge(c):
    h = c.org("Northbridge Health - Senior Health & Palliative Medicine", "1174528390", city="Worcester", state="MA", phone="508-555-0150")
    return h, "urn:oid:2.16.840.1.113883.3.9921.4.1"

def g_cascadia(c):
    h = c.org("Cascadia Health System - Geriatric Medicine Program", "1396620487", city="Tacoma", state="WA", phone="253-555-0199")
    return h, "https://cascadiahealth.org/fhir/sid/mrn"

def g_riverside(c):
    h = c.org("Riverside Health Senior Care", "1255031986", city="Dayton", state="OH", phone="937-555-0122")
    return h, "https://riversidehealth.org/mrn"

def medicare(c):
    pay = c.org("Medicare", "1333330001", typ="pay")
    return pay


def frailty(c, d, score, enc=None):
    return c.survey(cc(text="Clinical Frailty Scale (Rockwood)"), d, score, enc=enc)


def g_psnw_pos(c):
    h, mrn = g_riverside(c)
    ger = c.pract("Abioye", "Folake", "1407382956", qual="Geriatric Medicine")
    rn = c.pract("Mercer", "Joan", "1821094736", suffix="RN", prefix=None, qual="Home Health Registered Nurse")
    hh = c.org("Riverside Home Health", "1588204713", city="Dayton", state="OH")
    pay = medicare(c)
    c.pat("Kaminski", ["Dorothy", "A"], "female", "1945-01-26", mrn, "RHS-00729114", "Kettering", "OH", "2915 Far Hills Ave Apt 4", "45419", org=h, marital="W")
    c.coverage(pay, "medicare", "1EG4-TE5-MK73", "2010-01-01", "Original Medicare + AARP Medigap G")
    htn = c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2002-01-01")
    c.cond(cc((ICD, "M17.0", "Bilateral primary osteoarthritis of knee")), "2012-01-01")
    c.cond(cc((ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2019-09-01")
    c.cond(cc((ICD, "S72.001A", "Fracture of unspecified part of neck of right femur"), text="R hip fracture s/p hemiarthroplasty"), "2019-08-20", status="resolved", abate="2019-12-01")
    c.medstmt(med("17767", "amlodipine", "amlodipine 5 mg tablet"), "2010-01-01", dosage="5 mg daily", reason=htn)
    c.medstmt(med("46041", "alendronate", "alendronate 70 mg tablet"), "2019-09-15", dosage="70 mg weekly")
    c.medstmt(med("7646", "omeprazole", "omeprazole 20 mg capsule"), "2015-01-01", dosage="20 mg daily")
    c.medstmt(med("161", "acetaminophen", "acetaminophen 500 mg tablet"), "2012-01-01", dosage="1000 mg BID")
    e1 = c.enc("2026-08-11", typ=cc((CPT, "99215", "Office visit est, high complexity")), reason="More tired, short of breath on stairs", pract=ger, org=h)
    c.bp("2026-08-11", 132, 70, e1)
    c.vital("8867-4", "Heart rate", "2026-08-11", 92, "/min", enc=e1)
    hb = c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-11", 9.6, "g/dL", low=11.7, high=15.5, enc=e1)
    mcv = c.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-08-11", 71, "fL", low=80, high=100, enc=e1)
    fer = c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-08-11", 5, "ng/mL", low=15, high=150, enc=e1)
    ts = c.lab("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "2026-08-11", 4, "%", low=15, high=50, enc=e1)
    c.diagrep(cc((LNC, "58410-2", "CBC panel - Blood by Automated count"), text="CBC + iron studies"), "2026-08-11", [hb, mcv, fer, ts], performer=h,
              conclusion="Microcytic anemia with iron deficiency.")
    c.cond(cc((SCT, "87522002", "Iron deficiency anemia"), (ICD, "D50.9", "Iron deficiency anemia, unspecified")), "2026-08-11", enc=e1)
    c.note("2026-08-11", "Geriatrics clinic note",
           "81F with fatigue and exertional dyspnea. Hgb 9.6 (12.8 in 2024), MCV 71, ferritin 5. Iron deficiency anemia. Denies melena/hematochezia. On PPI long-term. Last colonoscopy 2011. "
           "Start ferrous sulfate every other day. Recheck CBC 6 wks.", ger, enc=e1, custodian=h)
    c.medstmt(med("24947", "ferrous sulfate", "ferrous sulfate 325 mg tablet"), "2026-08-12", dosage="325 mg every other day")
    e2 = c.enc("2026-09-30", "HH", typ=cc((HCPCS, "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health or hospice setting")),
               reason="Home health nursing - medication management, fall prevention", pract=rn, org=hh)
    c.bp("2026-09-30", 128, 68, e2)
    c.note("2026-09-30", "Home health RN visit", "Pt reports taking iron most days, constipated. Fatigue same. Fall risk reviewed, grab bars installed. Med rec done.", rn, typ=("34746-8", "Nurse note"), enc=e2, custodian=hh)
    e3 = c.enc("2026-11-03", "HH", typ=cc((HCPCS, "G0299", "Direct skilled nursing services of a registered nurse (RN) in the home health or hospice setting")),
               reason="Home health nursing", pract=rn, org=hh)
    c.note("2026-11-03", "Home health RN visit", "Still tired, naps 2x/day. Dyspnea on stairs unchanged. No labs drawn - no order on file. Home health episode ending; discharge summary sent to PCP.",
           rn, typ=("34746-8", "Nurse note"), enc=e3, custodian=hh)
    frailty(c, "2026-08-11", 4, e1)


def g_psnw_nm(c):
    h, mrn = g_cascadia(c)
    ger = c.pract("Halvorsen", "Erik", "1639027481", qual="Geriatric Medicine")
    uro = c.pract("Tanaka", "Miyu", "1164830295", qual="Urology")
    pay = c.org("Premera Blue Cross Medicare Advantage", "1333330202", typ="pay")
    c.pat("Okonkwo", ["Raymond", "C"], "male", "1952-09-03", mrn, "CHS-4410928", "Lakewood", "WA", "8121 Steilacoom Blvd SW", "98498", org=h, marital="M")
    c.coverage(pay, "ma", "PRM0019283", "2017-10-01")
    bph = c.cond(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2016-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2008-01-01")
    c.cond(cc((ICD, "E78.00", "Pure hypercholesterolemia, unspecified")), "2008-01-01")
    e1 = c.enc("2026-07-14", typ=cc((HCPCS, "G0439", "Annual wellness visit, subsequent")), reason="Annual wellness visit", pract=ger, org=h)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-07-14", 9.8, "ng/mL", low=0, high=6.5, enc=e1,
          note="Age-specific reference 0-6.5 ng/mL. Prior 5.2 (2024).")
    c.sr(cc((SCT, "306118006", "Referral to urology service"), text="Urology referral - elevated PSA"), "completed", "order", "2026-07-15", ger, reason=bph)
    e2 = c.enc("2026-08-05", typ=cc(text="Urology consult"), reason="Elevated PSA", pract=uro, org=h)
    c.note("2026-08-05", "Urology consult", "74M with PSA 9.8 (5.2 in 2024), DRE: smooth, 50 g, no nodules. IPSS 14. Plan mpMRI prostate; if PI-RADS >=3 discuss biopsy.", uro, typ=("11488-4", "Consult note"), enc=e2, custodian=h)
    c.proc(cc((CPT, "72197", "MRI pelvis without and with contrast"), text="mpMRI prostate"), "completed", "2026-08-20", performer=h,
           outcome="PI-RADS 2; gland volume 104 mL; PSA density 0.09")
    e3 = c.enc("2026-09-02", typ=cc(text="Urology follow-up"), reason="MRI results", pract=uro, org=h)
    c.note("2026-09-02", "Urology follow-up", "PI-RADS 2, PSAD 0.09 - PSA elevation explained by large BPH gland. Biopsy not indicated. Repeat PSA in 3 mo, then q6-12 mo. Continue tamsulosin; add finasteride.",
           uro, enc=e3, custodian=h)
    c.medstmt(med("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "2016-01-01", dosage="0.4 mg daily", reason=bph)
    c.medstmt(med("25025", "finasteride", "finasteride 5 mg tablet"), "2026-09-02", dosage="5 mg daily", reason=bph)
    c.medstmt(med("52175", "losartan", "losartan 50 mg tablet"), "2012-01-01", dosage="50 mg daily")
    c.medstmt(med("36567", "simvastatin", "simvastatin 40 mg tablet"), "2008-01-01", dosage="40 mg nightly")
    e4 = c.enc("2026-11-10", typ=cc(text="Urology follow-up"), reason="PSA recheck", pract=uro, org=h)
    c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-11-10", 8.1, "ng/mL", low=0, high=6.5, enc=e4,
          note="On finasteride x 10 wk")
    c.note("2026-11-10", "Urology follow-up", "PSA 8.1 (on finasteride - doubled value for interpretation after 6 mo). LUTS improved, IPSS 9. Plan PSA 6 mo.", uro, enc=e4, custodian=h)
    c.bp("2026-07-14", 134, 78, e1)
    frailty(c, "2026-07-14", 2, e1)


def g_dsm_pos(c):
    h, mrn = g_northbridge(c)
    ger = c.pract("Castellanos", "Beatriz", "1780293845", qual="Geriatric Medicine")
    neu = c.pract("Feldman", "Arthur", "1245092837", qual="General Neurology")
    pay = c.org("Tufts Health Plan Medicare Preferred", "1333330303", typ="pay")
    c.pat("Delacroix", ["Francis", "P"], "male", "1948-02-14", mrn, "NBH-7731092", "Shrewsbury", "MA", "33 Oak St", "01545", org=h, marital="M",
          lang=("fr", "French"))
    c.coverage(pay, "ma", "THP8890213", "2013-03-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2005-01-01")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2005-01-01")
    e1 = c.enc("2025-11-18", typ=cc(text="Neurology consult"), reason="Slowness, tremor, shuffling", pract=neu, org=h)
    pd = c.cond(cc((SCT, "49049000", "Parkinson's disease"), (ICD, "G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations")),
                "2025-06-01", recorded="2025-11-18", enc=e1, asserter=neu)
    c.note("2025-11-18", "Neurology consult", "77M, 6 mo bradykinesia, symmetric rigidity, minimal tremor, shuffling gait. Dx Parkinson disease. Start carbidopa-levodopa, titrate to 1 tab TID.",
           neu, typ=("11488-4", "Consult note"), enc=e1, custodian=h)
    c.medstmt(med(text="carbidopa 25 mg / levodopa 100 mg tablet (Sinemet 25/100)", rx="6375", disp="levodopa"), "2025-11-20", dosage="2 tabs TID (titrated 3/2026)",
              reason=pd, note="Levodopa ~600 mg/day since 3/2026")
    e2 = c.enc("2026-04-14", typ=cc(text="Neurology follow-up"), reason="Parkinson disease", pract=neu, org=h)
    c.note("2026-04-14", "Neurology follow-up", "No clear improvement on 600 mg/day levodopa. Wife notes 2 backward falls. Continue; PT referral.", neu, enc=e2, custodian=h)
    e3 = c.enc("2026-07-21", "EMER", typ=cc(text="Emergency department visit"), reason="Fall at home, scalp laceration", org=h)
    c.cond(cc((ICD, "W19.XXXA", "Unspecified fall, initial encounter"), text="Fall"), "2026-07-21", cat="encounter-diagnosis", enc=e3, status="resolved", abate="2026-07-21")
    e4 = c.enc("2026-09-22", typ=cc(text="Geriatric consultation"), reason="Falls, dizziness, urinary incontinence", pract=ger, org=h)
    c.obs(cc((LNC, "8459-0", "Systolic blood pressure--sitting"), text="Orthostatic vitals"), "2026-09-22", cat="vital-signs", enc=e4,
          components=[{"code": cc(text="Supine BP"), "valueString": "148/82, HR 70"}, {"code": cc(text="Standing 3 min BP"), "valueString": "102/64, HR 74"}],
          interp="A", note="Drop 46/18 mmHg with minimal heart-rate rise - neurogenic orthostatic hypotension pattern")
    c.cond(cc((SCT, "28651003", "Orthostatic hypotension"), (ICD, "I95.1", "Orthostatic hypotension")), "2026-09-22", enc=e4)
    c.cond(cc((ICD, "N39.41", "Urge incontinence")), "2026-06-01", recorded="2026-09-22", enc=e4)
    frailty(c, "2026-09-22", 6, e4)
    c.survey(cc((LNC, "72172-0", "Total score [MoCA]"), text="MoCA"), "2026-09-22", 24, enc=e4)
    c.note("2026-09-22", "Geriatric consultation",
           "Pt with PD label x 10 mo. Concerns: (1) no meaningful response to levodopa 600 mg/d; (2) 5 falls in 6 mo, mostly backward, within first year of parkinsonism; "
           "(3) severe orthostatic hypotension (supine 148/82 -> standing 102/64) with blunted HR response; (4) new urge incontinence; (5) dysarthria, stridor at night per wife. "
           "These are not typical for idiopathic PD. Reduced amlodipine; compression stockings. Neurology follow-up next year; pt still listed as PD.",
           ger, typ=("11488-4", "Consult note"), enc=e4, custodian=h)
    c.medstmt(med("17767", "amlodipine", "amlodipine 2.5 mg tablet"), "2005-01-01", dosage="2.5 mg daily (reduced 9/2026 from 10 mg)")
    c.medstmt(med("83367", "atorvastatin", "atorvastatin 20 mg tablet"), "2005-01-01", dosage="20 mg daily")
    e5 = c.enc("2026-11-17", typ=cc(text="Geriatrics follow-up"), reason="Falls f/u", pract=ger, org=h)
    c.bp("2026-11-17", 144, 80, e5)
    c.note("2026-11-17", "Geriatrics follow-up", "Two more falls since Sept despite stockings. Still no benefit from levodopa per wife. Wheelchair for distances. Neurology appt 2/2027 - earliest available.",
           ger, enc=e5, custodian=h)


def g_mpp_pos(c):
    h, mrn = g_riverside(c)
    ger = c.pract("Wendt", "Rosalind", "1831720946", qual="Geriatric Medicine (perioperative)")
    sp = c.pract("Obi", "Chukwuemeka", "1487203915", qual="Orthopaedic Spine Surgery")
    pay = c.org("Anthem Medicare Advantage (Ohio)", "1333330404", typ="pay")
    c.pat("Schaefer", ["Leonard", "H"], "male", "1949-06-30", mrn, "RHS-00511270", "Beavercreek", "OH", "1808 N Fairfield Rd", "45432", org=h, marital="M")
    c.coverage(pay, "ma", "ANT7710293", "2014-07-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2006-01-01")
    c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2014-01-01")
    c.cond(cc((ICD, "K80.20", "Calculus of gallbladder without cholecystitis without obstruction"), text="Cholelithiasis s/p lap chole"), "2017-03-01", status="resolved", abate="2017-04-10")
    sten = c.cond(cc((SCT, "18347007", "Spinal stenosis of lumbar region"), (ICD, "M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")), "2024-09-01")
    c.cond(cc((ICD, "M43.16", "Spondylolisthesis, lumbar region")), "2024-09-01")
    c.proc(cc((CPT, "62323", "Injection(s), including indwelling catheter placement, of diagnostic or therapeutic substance(s); lumbar or sacral, with imaging guidance"),
              text="Lumbar ESI"), "completed", "2025-08-12", performer=h, reason=sten, outcome="~6 weeks partial relief")
    c.proc(cc((CPT, "72148", "MRI lumbar spine without contrast")), "completed", "2026-07-09", performer=h, outcome="Severe central stenosis L3-4 and L4-5, grade 1 degenerative spondylolisthesis L4-5 (6 mm), dynamic instability on flexion/extension films")
    e1 = c.enc("2026-09-29", typ=cc(text="Spine surgery consult"), reason="Neurogenic claudication", pract=sp, org=h)
    c.note("2026-09-29", "Spine surgery consult", "77M, walking tolerance 1 block, failed PT 12 wks and 2 ESIs. Recommend L3-L5 laminectomy with posterolateral instrumented fusion L4-5 (+/- L3-4). Discussed risks incl. delirium. Pre-op geriatric assessment requested.",
           sp, typ=("11488-4", "Consult note"), enc=e1, custodian=h)
    e2 = c.enc("2026-11-05", typ=cc((CPT, "99205", "Office visit new, high complexity"), text="Preoperative geriatric assessment"), reason="Pre-op evaluation lumbar fusion", pract=ger, org=h)
    frailty(c, "2026-11-05", 4, e2)
    c.survey(cc((LNC, "72172-0", "Total score [MoCA]"), text="MoCA"), "2026-11-05", 26, enc=e2)
    c.survey(cc(text="Timed Up and Go (seconds)"), "2026-11-05", 14, enc=e2, unit="s")
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-05", 6.9, "%", low=4.0, high=5.6, enc=e2)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-05", 13.9, "g/dL", low=13.2, high=17.1, enc=e2)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-05", 1.05, "mg/dL", low=0.7, high=1.3, enc=e2)
    c.note("2026-11-05", "Preoperative geriatric assessment",
           "Goals: wants to walk to church and garden; accepts surgical risk. CFS 4, MoCA 26, TUG 14 s. Delirium prevention bundle; hold metformin day of surgery; prehab PT. "
           "Cleared from geriatric standpoint as intermediate risk for L3-L5 decompression and fusion scheduled 1/12/2027.", ger, enc=e2, custodian=h)
    c.proc(cc((CPT, "22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy and/or discectomy; lumbar"),
              (SCT, "44337006", "Fusion of spine"), text="L3-L5 laminectomy with instrumented posterolateral fusion L4-5"),
           "preparation", reason=sten, performer=sp, note="Scheduled 2027-01-12 Riverside Main OR 2; consent signed 2026-11-17.")
    c.medstmt(med("6809", "metformin", "metformin 500 mg tablet"), "2014-01-01", dosage="500 mg BID")
    c.medstmt(med("29046", "lisinopril", "lisinopril 10 mg tablet"), "2006-01-01", dosage="10 mg daily")
    c.medstmt(med("25480", "gabapentin", "gabapentin 300 mg capsule"), "2025-01-01", dosage="300 mg TID")


def g_mpp_nm(c):
    h, mrn = g_cascadia(c)
    ger = c.pract("Yamamoto", "Keiko", "1902738465", qual="Geriatric Medicine")
    ortho = c.pract("Lund", "Torsten", "1174620938", qual="Orthopaedic Surgery (arthroplasty)")
    snf = c.org("Tacoma Rehabilitation and Skilled Nursing Center", "1649203874", city="Tacoma", state="WA")
    pay = medicare(c)
    c.pat("Marchetti", ["Evelyn", "R"], "female", "1947-03-09", mrn, "CHS-2201873", "University Place", "WA", "4211 Bridgeport Way W", "98466", org=h, marital="W")
    c.coverage(pay, "medicare", "2WX4-MM1-TK82", "2012-03-01")
    oa = c.cond(cc((SCT, "239873007", "Osteoarthritis of knee"), (ICD, "M17.11", "Unilateral primary osteoarthritis, right knee")), "2019-01-01",
                status="resolved", abate="2026-10-14", note="Resolved by R TKA 10/14/2026")
    c.cond(cc((ICD, "M17.12", "Unilateral primary osteoarthritis, left knee")), "2022-01-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), "2005-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2010-01-01")
    srq = c.sr(cc((CPT, "27447", "Arthroplasty, knee, condyle and plateau; medial AND lateral compartments with or without patella resurfacing (total knee arthroplasty)"),
                  (SCT, "609588000", "Total knee replacement"), text="Right total knee arthroplasty"), "completed", "order", "2026-08-18", ortho,
               occurrence="2026-10-14", reason=oa)
    e1 = c.enc("2026-10-14", "IMP", typ=cc(text="Surgical admission"), reason="Elective R TKA", pract=ortho, org=h, end="2026-10-17", discharge="Skilled nursing facility")
    c.proc(cc((CPT, "27447", "Arthroplasty, knee, total"), (SCT, "609588000", "Total knee replacement")), "completed", "2026-10-14", performer=ortho, enc=e1, based_on=srq,
           reason=oa, outcome="Uncomplicated; cemented posterior-stabilized implant", body=cc((SCT, "6757004", "Right knee region")))
    c.note("2026-10-17", "Discharge summary", "79F POD3 s/p R TKA. Mild post-op delirium night 1 resolved. Discharged to SNF for rehab. Apixaban 2.5 BID x 35 d VTE prophylaxis.", ortho,
           typ=("18842-5", "Discharge summary"), enc=e1, custodian=h)
    e2 = c.enc("2026-10-17", "IMP", typ=cc(text="SNF rehab stay"), reason="Post-TKA rehabilitation", org=snf, end="2026-10-31", discharge="Home with home health")
    c.medstmt(med("1364430", "apixaban", "apixaban 2.5 mg tablet"), "2026-10-15", status="completed", end="2026-11-18", dosage="2.5 mg BID x 35 days")
    e3 = c.enc("2026-11-24", typ=cc(text="Orthopaedic post-op visit"), reason="6 wk post-op R TKA", pract=ortho, org=h)
    c.obs(cc(text="Right knee range of motion"), "2026-11-24", vstring="0-112 degrees; incision healed", cat="exam", enc=e3)
    c.survey(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-24", 2, enc=e3)
    c.note("2026-11-24", "Post-op note", "Doing well, walking with cane, outpatient PT. Left knee OA moderate - manage conservatively for now; no surgery planned.", ortho, enc=e3, custodian=h)
    c.medstmt(med("10582", "levothyroxine", "levothyroxine 50 mcg tablet"), "2005-01-01", dosage="50 mcg daily")
    c.medstmt(med("52175", "losartan", "losartan 25 mg tablet"), "2010-01-01", dosage="25 mg daily")
    frailty(c, "2026-11-24", 3, e3)


def g_up_pos(c):
    h, mrn = g_northbridge(c)
    ger = c.pract("Rosen", "Miriam", "1548392017", qual="Geriatrics and Palliative Medicine")
    car = c.pract("Iyer", "Sanjay", "1093847261", qual="Advanced Heart Failure Cardiology")
    hosp = c.org("Northbridge Hospice & Palliative Care", "1720394851", city="Worcester", state="MA")
    pay = medicare(c)
    c.pat("Nakamura", ["Albert", "T"], "male", "1940-09-12", mrn, "NBH-0218843", "Worcester", "MA", "12 Salisbury St", "01609", org=h, marital="M")
    c.coverage(pay, "medicare", "9XK2-PL4-AB16", "2005-09-01")
    hf = c.cond(cc((SCT, "703272007", "Heart failure with reduced ejection fraction"), (ICD, "I50.22", "Chronic systolic (congestive) heart failure")), "2014-01-01",
                severity=cc((SCT, "24484000", "Severe")), note="Ischemic CM, LVEF 15% (echo 9/2026), NYHA IV, ICD in situ (2016).")
    c.cond(cc((ICD, "I48.20", "Chronic atrial fibrillation, unspecified")), "2018-01-01")
    c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b")), "2020-01-01")
    c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2009-01-01")
    c.cond(cc((ICD, "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction"), text="NSTEMI s/p CABG 2013"), "2013-05-01", status="resolved", abate="2013-07-01")
    for i, (s, e) in enumerate([("2026-06-02", "2026-06-08"), ("2026-08-19", "2026-08-27"), ("2026-10-28", "2026-11-06")]):
        c.enc(s, "IMP", typ=cc(text="Inpatient admission"), reason="Acute on chronic systolic heart failure", org=h, end=e,
              discharge="Home with home health" if i < 2 else "Home with hospice evaluation")
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction")), "2026-09-01", 15, "%", cat="imaging", interp="L", low=52, high=72)
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-10-28", 14800, "pg/mL", low=0, high=1800)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-11-05", 129, "mmol/L", low=135, high=145)
    e1 = c.enc("2026-11-04", typ=cc(text="Advanced heart failure inpatient consult"), reason="Advanced therapies evaluation", pract=car, org=h)
    c.note("2026-11-04", "Advanced HF consult",
           "86M, ischemic CM, EF 15%, NYHA IV, 3 admissions in 5 months, intolerant of GDMT titration (hypotension, hyperkalemia, CKD). Not a candidate for transplant (age) or LVAD (frailty, CKD, RV dysfunction). "
           "Palliative inotropes declined by patient. No further treatment options beyond symptom-directed care. Recommend hospice; discuss ICD shock deactivation.",
           car, typ=("11488-4", "Consult note"), enc=e1, custodian=h)
    e2 = c.enc("2026-11-06", typ=cc(text="Goals-of-care family meeting"), reason="Goals of care", pract=ger, org=h)
    c.note("2026-11-06", "Goals-of-care note",
           "Met with pt, wife Emiko and daughter. Pt understands his heart is failing and that no further treatments can reverse it. His priorities: be home, avoid hospital, stay comfortable. "
           "MOLST: DNR/DNI, no rehospitalization unless comfort cannot be achieved at home. ICD shocks to be deactivated. Hospice referral placed.",
           ger, typ=("11506-3", "Progress note"), enc=e2, custodian=h)
    c.careplan("Hospice / comfort-focused plan", "active", "plan", "2026-11-06", ger,
               [cc((SCT, "736373009", "End of life care plan")), cc(text="Hospice")], addresses=[hf],
               desc="Home hospice; oral furosemide for comfort; low-dose morphine for dyspnea; ICD tachy therapies off.")
    c.sr(cc((SCT, "306205009", "Referral to hospice service"), text="Referral to home hospice"), "active", "order", "2026-11-06", ger, reason=hf, performer=hosp, enc=e2)
    c.add({"resourceType": "Observation", "status": "final", "category": [cc((OBSCAT, "survey", "Survey"))],
           "code": cc((LNC, "75320-2", "Advance directive"), text="MOLST"), "subject": c.P, "effectiveDateTime": "2026-11-06",
           "valueCodeableConcept": cc(text="DNR/DNI; limited interventions; do not rehospitalize")}, "obs")
    c.medstmt(med("4603", "furosemide", "furosemide 40 mg tablet"), "2014-01-01", dosage="80 mg BID")
    c.medstmt(med("1364430", "apixaban", "apixaban 2.5 mg tablet"), "2018-01-01", dosage="2.5 mg BID")
    c.medstmt(med("20352", "carvedilol", "carvedilol 3.125 mg tablet"), "2014-01-01", dosage="3.125 mg BID")
    c.medstmt(med("7052", "morphine", "morphine 10 mg/5 mL oral solution"), "2026-11-06", dosage="2.5 mg PO q4h PRN dyspnea")
    frailty(c, "2026-11-06", 7, e2)


def g_up_nm(c):
    h, mrn = g_cascadia(c)
    ger = c.pract("Okafor", "Chinwe", "1265930481", qual="Geriatric Medicine / Hospice")
    neu = c.pract("Brennan", "Patrick", "1912830475", qual="Cognitive and Behavioral Neurology")
    mem = c.org("Puget Sound Memory and Aging Center", "1790384026", city="Seattle", state="WA")
    hosp = c.org("Cascadia Hospice", "1376201948", city="Tacoma", state="WA")
    pay = medicare(c)
    c.pat("Sullivan", ["Margaret", "E"], "female", "1938-04-04", mrn, "CHS-0093814", "Tacoma", "WA", "5601 N Pearl St (Pearl Place Memory Care)", "98407", org=h, marital="W",
          contact=[{"relationship": [cc(("http://terminology.hl7.org/CodeSystem/v2-0131", "N", "Next-of-Kin"))], "name": {"family": "Sullivan", "given": ["Kevin"]}}])
    c.coverage(pay, "medicare", "4TG8-AA2-WD19", "2003-04-01")
    ad = c.cond(cc((SCT, "26929004", "Alzheimer's disease"), (ICD, "G30.1", "Alzheimer's disease with late onset")), "2019-01-01",
                severity=cc((SCT, "24484000", "Severe")), note="FAST 7a. Non-verbal except single words. Dependent for all ADLs.")
    c.cond(cc((ICD, "R13.12", "Dysphagia, oropharyngeal phase")), "2026-05-01")
    c.cond(cc((ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2012-01-01")
    c.cond(cc((ICD, "J69.0", "Pneumonitis due to inhalation of food and vomit")), "2026-04-10", status="resolved", abate="2026-04-28")
    e1 = c.enc("2026-05-14", typ=cc(text="Second opinion consultation - cognitive neurology"), reason="Family request for second opinion on diagnosis and prognosis", pract=neu, org=mem)
    c.note("2026-05-14", "Second opinion consultation (Puget Sound Memory and Aging Center)",
           "Seen at son's request for a second opinion regarding diagnosis, prognosis and whether any treatment could help. Records, 2019 and 2023 MRIs and amyloid PET reviewed. "
           "I agree with the diagnosis of advanced Alzheimer disease (FAST 7a). Anti-amyloid therapy not appropriate at this stage; no disease-modifying options. Stopping donepezil reasonable. "
           "I support comfort-focused care and hospice when eligible.", neu, typ=("11488-4", "Consult note"), enc=e1, custodian=mem)
    e2 = c.enc("2026-08-26", typ=cc(text="Goals-of-care visit (memory care facility)"), reason="Goals of care", pract=ger, org=h)
    c.note("2026-08-26", "Goals-of-care note", "Son (DPOA-HC) present. Weight loss 9% in 6 mo, recurrent aspiration. Agreed on comfort feeding only, no hospital transfer, DNR (POLST on file). Hospice referral.",
           ger, enc=e2, custodian=h)
    c.careplan("Hospice plan of care", "active", "plan", "2026-09-01", ger, [cc((SCT, "736373009", "End of life care plan")), cc(text="Hospice")], addresses=[ad],
               desc="Hospice enrolled 9/1/2026 (terminal dx Alzheimer disease). Comfort feeding, mouth care, pain/agitation management.")
    c.sr(cc((SCT, "306205009", "Referral to hospice service")), "completed", "order", "2026-08-26", ger, reason=ad, performer=hosp, enc=e2)
    for d, wt in [("2026-03-01", 52.4), ("2026-08-26", 47.6), ("2026-11-20", 46.9)]:
        c.vital("29463-7", "Body weight", d, wt, "kg")
    c.survey(cc(text="FAST (Functional Assessment Staging Tool)"), "2026-08-26", 7, enc=e2)
    c.medstmt(med("135447", "donepezil", "donepezil 10 mg tablet"), "2019-03-01", status="stopped", end="2026-05-20", dosage="10 mg daily")
    c.medstmt(med("161", "acetaminophen", "acetaminophen 650 mg suppository / 500 mg tablet"), "2026-09-01", dosage="650 mg q6h scheduled")
    c.medstmt(med("7052", "morphine", "morphine concentrate 20 mg/mL oral solution"), "2026-09-01", dosage="2.5 mg SL q2h PRN pain/dyspnea")
    e3 = c.enc("2026-11-20", "HH", typ=cc(text="Hospice RN visit"), reason="Routine hospice visit", org=hosp)
    c.note("2026-11-20", "Hospice visit", "Comfortable, eating small amounts with assistance. Son visits daily; he says he is at peace with the plan after the memory center opinion.", ger, enc=e3, custodian=hosp)


def g_hit_pos(c):
    h, mrn = g_riverside(c)
    ger = c.pract("Patel", "Nikhil", "1689203745", qual="Geriatric Medicine")
    nep = c.pract("Szabo", "Katalin", "1245930862", qual="Nephrology")
    dial = c.org("Riverside Dialysis - Kettering", "1467029384", city="Kettering", state="OH")
    pay = c.org("Medicare (ESRD)", "1333330505", typ="pay")
    c.pat("Fuentes", ["Gloria", "I"], "female", "1949-12-05", mrn, "RHS-00633092", "Dayton", "OH", "401 Linden Ave", "45403", org=h, marital="W", lang=("es", "Spanish"))
    c.coverage(pay, "medicare", "6RF3-XP2-GT48", "2014-12-01")
    esrd = c.cond(cc((SCT, "46177005", "End-stage renal disease"), (ICD, "N18.6", "End stage renal disease")), "2026-06-20")
    c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2004-01-01")
    c.cond(cc((ICD, "D63.1", "Anemia in chronic kidney disease")), "2024-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2000-01-01")
    c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "2026-06-16", 8, "mL/min/{1.73_m2}", low=60)
    c.proc(cc((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site"), text="L radiocephalic AV fistula"), "completed", "2026-02-10", performer=h)
    e1 = c.enc("2026-06-10", typ=cc(text="Nephrology clinic"), reason="CKD 5 - dialysis planning", pract=nep, org=h)
    c.survey(cc(text="EQ-5D-5L visual analogue scale (0-100)"), "2026-06-10", 65, enc=e1)
    c.note("2026-06-10", "Nephrology note", "eGFR 8, uremic nausea, fluid overload. After discussion of conservative kidney management vs dialysis, she chooses in-center hemodialysis. Start 7/8 MWF at Riverside Dialysis Kettering via L RC AVF.",
           nep, enc=e1, custodian=h)
    c.sr(cc((CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), (SCT, "302497006", "Hemodialysis"),
            text="In-center hemodialysis 3x/week (MWF), 3.5 h"), "active", "order", "2026-06-10", nep, occurrence="2026-07-08", reason=esrd, performer=dial, enc=e1)
    c.proc(cc((SCT, "302497006", "Hemodialysis"), (CPT, "90935", "Hemodialysis procedure")), "in-progress", ("2026-07-08", None) if False else "2026-07-08",
           performer=dial, reason=esrd, note="Chronic maintenance HD since 7/8/2026; most recent session 11/30/2026. Kt/V 1.4.")
    e2 = c.enc("2026-09-15", typ=cc(text="Geriatrics clinic"), reason="Fatigue after dialysis, falls", pract=ger, org=h)
    c.survey(cc(text="EQ-5D-5L visual analogue scale (0-100)"), "2026-09-15", 50, enc=e2)
    c.survey(cc(text="KDQOL-36 burden of kidney disease subscale (0-100)"), "2026-09-15", 31, enc=e2)
    frailty(c, "2026-09-15", 5, e2)
    e3 = c.enc("2026-11-17", typ=cc(text="Geriatrics clinic"), reason="Quality of life on dialysis", pract=ger, org=h)
    c.survey(cc(text="EQ-5D-5L visual analogue scale (0-100)"), "2026-11-17", 40, enc=e3)
    c.survey(cc(text="KDQOL-36 burden of kidney disease subscale (0-100)"), "2026-11-17", 19, enc=e3)
    frailty(c, "2026-11-17", 6, e3)
    c.note("2026-11-17", "Geriatrics note (Spanish interpreter)",
           "Since starting HD in July, post-dialysis fatigue lasting into next day, 2 falls, stopped attending church and cooking for grandchildren. EQ VAS 65 -> 50 -> 40; KDQOL burden 31 -> 19. "
           "She wants to continue dialysis for now; would like to talk about whether a different schedule or home modality is possible.", ger, enc=e3, custodian=h)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-16", 10.4, "g/dL", low=11.7, high=15.5)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-11-16", 3.5, "g/dL", low=3.5, high=5.0)
    c.medstmt(med("1598392", "epoetin alfa", text="epoetin alfa (Epogen) IV with dialysis"), "2026-07-08", dosage="per dialysis anemia protocol")
    c.medstmt(med("274783", "insulin glargine", "insulin glargine 100 units/mL pen"), "2015-01-01", dosage="10 units nightly")
    c.medstmt(med(text="sevelamer carbonate 800 mg tablet"), "2026-07-08", dosage="800 mg TID with meals")


def g_hit_nm(c):
    h, mrn = g_northbridge(c)
    ger = c.pract("Goldberg", "Ruth", "1366402918", qual="Geriatric Medicine")
    derm = c.pract("Oyelowo", "Tayo", "1952038471", qual="Dermatology")
    pay = medicare(c)
    c.pat("Pemberton", ["Howard", "G"], "male", "1944-07-19", mrn, "NBH-3340921", "Auburn", "MA", "7 Pakachoag St", "01501", org=h, marital="M")
    c.coverage(pay, "medicare", "8PX2-WQ7-KE33", "2009-07-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2004-01-01")
    c.cond(cc((ICD, "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2012-01-01")
    c.cond(cc((ICD, "H90.3", "Sensorineural hearing loss, bilateral")), "2015-01-01")
    c.cond(cc((ICD, "C44.311", "Basal cell carcinoma of skin of nose"), text="BCC nasal ala, excised (Mohs) 2022"), "2022-02-01", status="resolved", abate="2022-03-15")
    e1 = c.enc("2026-06-09", typ=cc(text="Dermatology visit"), reason="Rough scaly spots on scalp and face", pract=derm, org=h)
    ak = c.cond(cc((SCT, "201101007", "Actinic keratosis"), (ICD, "L57.0", "Actinic keratosis")), "2020-01-01", recorded="2026-06-09", enc=e1,
                note="Field cancerization scalp/forehead, >15 AKs")
    c.proc(cc((CPT, "17000", "Destruction of premalignant lesions (eg, actinic keratoses); first lesion"), (CPT, "17003", "second through 14 lesions, each"), text="Cryotherapy of AKs x 9"),
           "completed", "2026-06-09", performer=derm, enc=e1, reason=ak)
    e2 = c.enc("2026-11-17", typ=cc(text="Dermatology visit"), reason="AK follow-up", pract=derm, org=h)
    c.note("2026-11-17", "Dermatology note",
           "Numerous new AKs across scalp and forehead, no features of SCC. Plan field-directed topical chemotherapy: fluorouracil 5% cream BID x 3 weeks starting 12/7, expect erythema/crusting. "
           "Counseled sun protection. Skin check 6 mo.", derm, enc=e2, custodian=h)
    c.medreq(med("4492", "fluorouracil", "fluorouracil 5% topical cream"), "2026-11-17", derm, dosage="Apply thin layer to scalp and forehead twice daily x 21 days, start 12/7/2026",
             reason=ak, enc=e2, category="outpatient")
    e3 = c.enc("2026-10-06", typ=cc((HCPCS, "G0439", "Annual wellness visit, subsequent")), reason="Annual wellness visit", pract=ger, org=h)
    c.bp("2026-10-06", 136, 76, e3)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-06", 1.0, "mg/dL", low=0.7, high=1.3, enc=e3)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-06", 14.1, "g/dL", low=13.2, high=17.1, enc=e3)
    frailty(c, "2026-10-06", 3, e3)
    c.survey(cc((LNC, "72172-0", "Total score [MoCA]"), text="MoCA"), "2026-10-06", 27, enc=e3)
    c.note("2026-10-06", "Annual wellness visit", "Independent in ADLs/IADLs, drives, walks 2 miles daily. Hearing aids. Advance directive on file; HCP wife. Vaccines up to date.", ger, enc=e3, custodian=h)
    c.medstmt(med("17767", "amlodipine", "amlodipine 5 mg tablet"), "2004-01-01", dosage="5 mg daily")
    c.medstmt(med("77492", "tamsulosin", "tamsulosin 0.4 mg capsule"), "2012-01-01", dosage="0.4 mg daily")


def g_prc_pos(c):
    h, mrn = g_cascadia(c)
    ger = c.pract("Lindqvist", "Maja", "1497203856", qual="Geriatric Medicine")
    car = c.pract("Rahman", "Farid", "1720938461", qual="Cardiology")
    pay = c.org("Regence BlueShield Medicare Advantage", "1333330606", typ="pay")
    c.pat("Holloway", ["Beatrice", "M"], "female", "1944-11-02", mrn, "CHS-1187702", "Gig Harbor", "WA", "3200 Harborview Dr", "98335", org=h, marital="W", phone="253-555-0141")
    c.coverage(pay, "ma", "REG4410928", "2009-11-01")
    af = c.cond(cc((SCT, "49436004", "Atrial fibrillation"), (ICD, "I48.11", "Longstanding persistent atrial fibrillation")), "2025-12-01",
                note="CHA2DS2-VASc 5 (age, female, HTN, prior TIA). HAS-BLED 3.")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2000-01-01")
    c.cond(cc((ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2014-01-01")
    c.cond(cc((ICD, "G45.9", "Transient cerebral ischemic attack, unspecified"), text="TIA 2019"), "2019-04-01", status="resolved", abate="2019-04-02")
    c.cond(cc((ICD, "S52.501A", "Unspecified fracture of the lower end of right radius"), text="R distal radius fracture after fall"), "2026-03-08", status="resolved", abate="2026-05-20")
    e1 = c.enc("2026-04-21", typ=cc(text="Cardiology follow-up"), reason="Atrial fibrillation, anticoagulation decision", pract=car, org=h)
    c.note("2026-04-21", "Cardiology note", "82F with persistent AF. Recurrent falls (3 in past year incl. wrist fracture). After discussion with geriatrics, anticoagulation not recommended given fall/bleeding risk; aspirin also not recommended. Rate control with metoprolol.",
           car, enc=e1, custodian=h)
    c.medstmt(med("6918", "metoprolol", "metoprolol succinate ER 25 mg tablet"), "2025-12-01", dosage="25 mg daily", reason=af)
    c.medstmt(med("52175", "losartan", "losartan 50 mg tablet"), "2005-01-01", dosage="50 mg daily")
    c.medstmt(med(text="calcium + vitamin D3 600 mg/800 IU"), "2014-01-01", dosage="1 tab BID")
    e2 = c.enc("2026-11-12", typ=cc(text="Geriatrics clinic"), reason="Follow-up; questions about stroke risk", pract=ger, org=h)
    frailty(c, "2026-11-12", 4, e2)
    c.survey(cc(text="Falls in past 6 months (self-report)"), "2026-11-12", 0, enc=e2, unit="{#}")
    c.bp("2026-11-12", 128, 74, e2)
    c.vital("8867-4", "Heart rate", "2026-11-12", 78, "/min", enc=e2)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-12", 0.9, "mg/dL", low=0.5, high=1.1, enc=e2)
    c.note("2026-11-12", "Geriatrics note",
           "No falls since May after PT and home modifications. Her friend had a disabling stroke in October and she is now very worried about being off a blood thinner. "
           "She does not feel the decision was really explained to her and wants another cardiologist to look at it. Flag entered at her request; care coordinator to arrange outside cardiology second opinion.",
           ger, enc=e2, custodian=h)
    c.add({"resourceType": "Flag", "status": "active",
           "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
           "code": cc(text="Patient requests second opinion - cardiology (stroke prevention / anticoagulation in atrial fibrillation)"),
           "subject": c.P, "period": {"start": "2026-11-12"}, "encounter": ref(e2), "author": c.P}, "flag")


def g_wdt_pos(c):
    h, mrn = g_riverside(c)
    ger = c.pract("Abioye", "Folake", "1407382956", qual="Geriatric Medicine")
    pay = c.org("Humana Medicare Advantage (Ohio)", "1333330707", typ="pay")
    c.pat("Jefferson", ["Curtis", "W"], "male", "1950-05-08", mrn, "RHS-00190377", "Trotwood", "OH", "5120 Salem Ave", "45426", org=h, marital="M")
    c.coverage(pay, "ma", "HUM5510293", "2015-05-01")
    ckd = c.cond(cc((SCT, "700379002", "Chronic kidney disease stage 3B"), (ICD, "N18.32", "Chronic kidney disease, stage 3b")), "2023-01-10",
                 note="Diabetic nephropathy, albuminuric. Now eGFR <30 (11/2026).")
    dm = c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2002-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2002-01-01")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2002-01-01")
    c.medstmt(med("52175", "losartan", "losartan 100 mg tablet"), "2022-03-01", dosage="100 mg daily", reason=ckd)
    c.medstmt(med("1545653", "empagliflozin", "empagliflozin 10 mg tablet"), "2025-06-01", dosage="10 mg daily", reason=ckd)
    c.medstmt(med(text="finerenone 10 mg tablet (Kerendia)"), "2026-01-15", dosage="10 mg daily", reason=ckd)
    c.medstmt(med(text="insulin degludec 100 units/mL"), "2018-01-01", dosage="22 units daily", reason=dm)
    c.medstmt(med("83367", "atorvastatin", "atorvastatin 40 mg tablet"), "2002-01-01", dosage="40 mg daily")
    for d, egfr, cr, uacr, a1c, bp in [("2026-02-10", 44, 1.63, 420, 7.2, (130, 76)), ("2026-05-12", 39, 1.80, 560, 7.0, (126, 74)),
                                       ("2026-08-11", 34, 2.02, 710, 7.1, (128, 72)), ("2026-11-10", 29, 2.31, 880, 7.0, (124, 70))]:
        e = c.enc(d, typ=cc((CPT, "99214", "Office visit est")), reason="CKD / diabetes follow-up", pract=ger, org=h)
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, egfr, "mL/min/{1.73_m2}", low=60, enc=e)
        c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, cr, "mg/dL", low=0.7, high=1.3, enc=e)
        if d in ("2026-02-10", "2026-11-10"):
            c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", d, uacr, "mg/g", low=0, high=30, enc=e)
            c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", low=4.0, high=5.6, enc=e)
            c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", d, 4.8, "mmol/L", low=3.5, high=5.1, enc=e)
        c.bp(d, *bp, e)
    c.note("2026-11-10", "Geriatrics note - CKD",
           "eGFR 44 -> 39 -> 34 -> 29 over 9 months (loss ~15 mL/min/yr) with rising albuminuria despite max losartan, empagliflozin since 6/2025 and finerenone since 1/2026; BP at goal, A1c ~7. "
           "No NSAIDs, no contrast. Adherence confirmed by pill packs. Progressive diabetic kidney disease despite full therapy. Renal US ordered.", ger, custodian=h)
    frailty(c, "2026-11-10", 4)


def g_roc_pos(c):
    h, mrn = g_northbridge(c)
    ger = c.pract("Castellanos", "Beatriz", "1780293845", qual="Geriatric Medicine")
    pay = c.org("Tufts Health Plan Medicare Preferred", "1333330303", typ="pay")
    snf = c.org("Holden Rehabilitation & Nursing Center", "1528930174", city="Holden", state="MA")
    c.pat("Kowalski", ["Eugene", "F"], "male", "1943-10-21", mrn, "NBH-0551290", "Holden", "MA", "19 Reservoir St", "01520", org=h, marital="M")
    c.coverage(pay, "ma", "THP2290184", "2008-10-01")
    conds = [
        (cc((SCT, "49436004", "Atrial fibrillation"), (ICD, "I48.20", "Chronic atrial fibrillation, unspecified")), "2015-01-01", "Cardiology"),
        (cc((SCT, "446221000", "Heart failure with normal ejection fraction"), (ICD, "I50.32", "Chronic diastolic (congestive) heart failure")), "2019-01-01", "Cardiology"),
        (cc((SCT, "13645005", "Chronic obstructive lung disease"), (ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2010-01-01", "Pulmonology"),
        (cc((SCT, "700378005", "Chronic kidney disease stage 3A"), (ICD, "N18.31", "Chronic kidney disease, stage 3a")), "2020-01-01", "Nephrology"),
        (cc((ICD, "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy")), "2005-01-01", "Endocrinology"),
        (cc((ICD, "G31.84", "Mild cognitive impairment of uncertain or known etiology")), "2024-06-01", "Neurology"),
        (cc((ICD, "M17.0", "Bilateral primary osteoarthritis of knee")), "2012-01-01", "Orthopaedics"),
    ]
    for code, onset, spec in conds:
        c.cond(code, onset, note=f"Followed by {spec}.")
    c.cond(cc((ICD, "J18.9", "Pneumonia, unspecified organism")), "2026-09-04", status="resolved", abate="2026-09-30", cat="encounter-diagnosis")
    c.enc("2026-09-04", "IMP", typ=cc(text="Inpatient admission"), reason="Community-acquired pneumonia, COPD exacerbation", org=h, end="2026-09-09", discharge="Skilled nursing facility")
    c.enc("2026-09-09", "IMP", typ=cc(text="SNF short-term rehab"), reason="Deconditioning after pneumonia", org=snf, end="2026-09-29", discharge="Home with home health")
    e1 = c.enc("2026-10-20", typ=cc(text="Geriatric comprehensive assessment"), reason="Post-SNF transition, polypharmacy review", pract=ger, org=h)
    frailty(c, "2026-10-20", 5, e1)
    c.survey(cc((LNC, "72172-0", "Total score [MoCA]"), text="MoCA"), "2026-10-20", 23, enc=e1)
    c.bp("2026-10-20", 132, 72, e1)
    c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "2026-10-20", 49, "mL/min/{1.73_m2}", low=60, enc=e1)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-10-20", 7.3, "%", low=4.0, high=5.6, enc=e1)
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-10-20", 780, "pg/mL", low=0, high=1800, enc=e1)
    meds = [("1364430", "apixaban", "apixaban 5 mg tablet", "5 mg BID"), ("20352", "carvedilol", "carvedilol 12.5 mg", "12.5 mg BID"),
            ("4603", "furosemide", "furosemide 20 mg", "20 mg daily"), ("69120", "tiotropium", "tiotropium 18 mcg inhalation capsule", "1 cap inhaled daily"),
            (None, None, "budesonide/formoterol 160/4.5 mcg inhaler", "2 puffs BID"), ("435", "albuterol", "albuterol HFA 90 mcg", "2 puffs q4h PRN"),
            ("6809", "metformin", "metformin 500 mg", "500 mg BID"), (None, None, "insulin glargine 100 units/mL", "14 units nightly"),
            ("25480", "gabapentin", "gabapentin 100 mg", "100 mg TID"), ("83367", "atorvastatin", "atorvastatin 20 mg", "20 mg daily"),
            ("161", "acetaminophen", "acetaminophen 500 mg", "1000 mg TID")]
    for rx, disp, text, dose in meds:
        c.medstmt(med(rx, disp, text) if rx else med(text=text), "2024-01-01", dosage=dose)
    c.note("2026-10-20", "Comprehensive geriatric assessment",
           "83M with AF, HFpEF, COPD (GOLD 3), CKD 3a, T2DM with neuropathy, MCI and knee OA; followed by cardiology, pulmonology, nephrology, endocrinology and neurology. 11 scheduled meds. "
           "Recent CAP -> SNF. Stable now. Goals: stay home with wife, keep all treatments (full code). Deprescribing: stop gabapentin taper if dizziness. Care coordination across specialists needed.",
           ger, typ=("11488-4", "Consult note"), enc=e1, custodian=h)


def g_roc_nm(c):
    h, mrn = g_riverside(c)
    ger = c.pract("Wendt", "Rosalind", "1831720946", qual="Geriatric Medicine")
    pay = medicare(c)
    c.pat("Baptiste", ["Lorraine", "D"], "female", "1946-06-14", mrn, "RHS-00841265", "Huber Heights", "OH", "6620 Brandt Pike", "45424", org=h, marital="W")
    c.coverage(pay, "medicare", "5KD7-RE3-PN28", "2011-06-01", "Original Medicare + Part D")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2001-01-01")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2001-01-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), "2008-01-01")
    c.cond(cc((ICD, "M19.041", "Primary osteoarthritis, right hand"), text="Osteoarthritis hands"), "2014-01-01")
    c.cond(cc((ICD, "N39.0", "Urinary tract infection, site not specified")), "2026-03-02", status="resolved", abate="2026-03-12", cat="encounter-diagnosis")
    c.cond(cc((ICD, "L03.116", "Cellulitis of left lower limb")), "2025-07-01", status="resolved", abate="2025-07-20", cat="encounter-diagnosis")
    c.cond(cc((ICD, "J18.9", "Pneumonia, unspecified organism")), "2024-01-10", status="resolved", abate="2024-02-01", cat="encounter-diagnosis")
    c.cond(cc((ICD, "H25.11", "Age-related nuclear cataract, right eye"), text="Cataract R s/p phaco 2025"), "2024-06-01", status="resolved", abate="2025-04-15")
    c.cond(cc((ICD, "E55.9", "Vitamin D deficiency, unspecified")), "2023-01-01", status="resolved", abate="2024-01-01")
    e1 = c.enc("2026-10-27", typ=cc((HCPCS, "G0439", "Annual wellness visit, subsequent")), reason="Annual wellness visit", pract=ger, org=h)
    c.bp("2026-10-27", 128, 76, e1)
    c.vital("29463-7", "Body weight", "2026-10-27", 70.3, "kg", enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-27", 2.3, "m[IU]/L", low=0.4, high=4.0, enc=e1)
    c.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-10-27", 92, "mg/dL", low=0, high=99, enc=e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-27", 0.82, "mg/dL", low=0.5, high=1.1, enc=e1)
    frailty(c, "2026-10-27", 3, e1)
    c.survey(cc((LNC, "72172-0", "Total score [MoCA]"), text="MoCA"), "2026-10-27", 27, enc=e1)
    c.note("2026-10-27", "Annual wellness visit", "80F, active, lives alone, drives. Chronic problems stable: HTN, HLD, hypothyroidism, hand OA. Recent UTI resolved. No falls. Advance directive updated (full code).",
           ger, enc=e1, custodian=h)
    for rx, disp, text, dose in [("29046", "lisinopril", "lisinopril 10 mg", "10 mg daily"), ("83367", "atorvastatin", "atorvastatin 10 mg", "10 mg daily"),
                                  ("10582", "levothyroxine", "levothyroxine 75 mcg", "75 mcg daily"), (None, None, "diclofenac 1% gel", "apply to hands QID PRN")]:
        c.medstmt(med(rx, disp, text) if rx else med(text=text), "2020-01-01", dosage=dose)
