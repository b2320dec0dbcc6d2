"""Organisation D: Miami Valley Nephrology & Urology Partners (Ohio). ICD-10-CM, CPT, LOINC, RxNorm, SNOMED CT, US units."""
from fhirlib import (Rec, cc, coding, txt, qty, ref, qi, SCT, LOINC, ICD10CM, CPT, RXNORM, LA_YES, LA_NO)
from orgs import (ORG_D, setup_D, payer_D, prac_D, patient_us, coverage_us, lab, local_lab, panel, doc_type,
                  PROGRESS, CONSULT, DISCHARGE, PROC_NOTE, IMAGING, NURSE, REFERRAL, PLAN_OF_CARE, TELEPHONE)

LOCAL = ORG_D.cs("local")


def dx(code, display, sct=None, sct_display=None, text=None):
    cs = [coding(ICD10CM, code, display)]
    if sct:
        cs.append(coding(SCT, sct, sct_display))
    return cc(*cs, text=text or display)


def sct(code, display, text=None):
    return cc(coding(SCT, code, display), text=text or display)


def cpt(code, display, text=None):
    return cc(coding(CPT, code, display), text=text or display)


def drug(text, rx=None, rxd=None):
    return cc(coding(RXNORM, rx, rxd), text=text) if rx else txt(text)


VISIT = {"99213": "Office/outpatient visit, established patient, low MDM",
         "99214": "Office/outpatient visit, established patient, moderate MDM",
         "99215": "Office/outpatient visit, established patient, high MDM",
         "99204": "Office/outpatient visit, new patient, moderate MDM",
         "99205": "Office/outpatient visit, new patient, high MDM"}


def visit(r, date, prac, text, code="99214", time="09:30", cls="AMB", reason=None):
    return r.encounter(date, cls, cpt(code, VISIT[code], text=text), practitioner=prac, time=time, reason=reason)


def renal_labs(r, date, cr, egfr, k=4.4, bun=None, co2=None, encounter=None, extra=()):
    vals = [("cr", cr), ("egfr", egfr), ("k", k)]
    if bun:
        vals.append(("bun", bun))
    if co2:
        vals.append(("co2", co2))
    vals += list(extra)
    return panel(r, "renal", date, vals, encounter=encounter)


def base(r, payer_name, payer_id, kind, member, start):
    setup_D(r)
    payer = payer_D(r, payer_name, payer_id)
    coverage_us(r, payer, kind, member, start)


# =====================================================================================================
def d_psa_no_followup(cid):
    """P1 positive: PSA 3.2 -> 8.6 ng/mL drawn at a nephrology visit in July; no repeat, referral or imaging 146 days later."""
    r = Rec(cid, ORG_D)
    base(r, "Centers for Medicare & Medicaid Services", "CMS", "MCR", "4RS9-LK2-WQ57", "2024-02-01")
    neph = prac_D(r, "Okafor-Reyes", ["Adaeze"], "Nephrology", "140825597", "female")
    np_ = prac_D(r, "Kline", ["Jessica"], "Nurse practitioner", "163019482", "female", prefix=None)
    patient_us(r, "Sullivan", ["Raymond", "Patrick"], "male", "1959-01-18", "MV-400218", "3120 Far Hills Ave", "Kettering",
               "OH", "45429", "+1-937-555-0261")
    ckd = r.condition(dx("N18.31", "Chronic kidney disease, stage 3a", "700378005", "Chronic kidney disease stage 3A"),
                      onset="2023-04-01", asserter=neph)
    htn = r.condition(dx("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease",
                         "38481006", "Hypertensive renal disease"), onset="2015-01-01")
    r.condition(dx("M10.9", "Gout, unspecified", "90560007", "Gout"), onset="2019-01-01")
    for text, rx, rxd, dose in [("Losartan 100 mg tablet", "52175", "losartan", "100 mg daily"),
                                ("Amlodipine 10 mg tablet", "17767", "amlodipine", "10 mg daily"),
                                ("Allopurinol 100 mg tablet", "519", "allopurinol", "100 mg daily")]:
        r.med_statement(drug(text, rx, rxd), "2020-01-01", dosage_text=dose)
    lab(r, "psa", "2025-06-24", 3.2)
    e1 = visit(r, "2026-01-13", neph, "Nephrology follow-up")
    r.vitals("2026-01-13", e1, bp=(134, 78), weight=(94.1, "kg"))
    renal_labs(r, "2026-01-06", 1.42, 54, 4.6, 24)
    lab(r, "uacr", "2026-01-06", 22)
    e2 = visit(r, "2026-07-07", np_, "Nephrology follow-up (NP)")
    r.vitals("2026-07-07", e2, bp=(138, 80), weight=(93.6, "kg"))
    renal_labs(r, "2026-07-07", 1.45, 53, 4.5, 25, encounter=e2)
    psa = lab(r, "psa", "2026-07-07", 8.6, encounter=e2,
              note="Added to nephrology draw at patient's request (annual screening usually via PCP).")
    lab(r, "urate", "2026-07-07", 6.1, encounter=e2)
    r.note("2026-07-07", doc_type(*PROGRESS), "Nephrology follow-up (NP)",
           "CKD 3a, stable creatinine 1.45. BP 138/80 on losartan + amlodipine. No gout flares. Pt asked for his "
           "yearly PSA to be added as his PCP retired - added. PSA pending at time of note.\nPlan: labs in 4 months, "
           "see Dr Okafor-Reyes in November.", author=np_, encounter=e2)
    e3 = visit(r, "2026-11-10", neph, "Nephrology follow-up")
    r.vitals("2026-11-10", e3, bp=(132, 76), weight=(93.0, "kg"))
    renal_labs(r, "2026-11-03", 1.43, 54, 4.4, 23)
    lab(r, "uacr", "2026-11-03", 25)
    r.note("2026-11-10", doc_type(*PROGRESS), "Nephrology follow-up",
           "67M with CKD 3a from hypertensive nephrosclerosis. Creatinine stable 1.43, eGFR 54, UACR 25. "
           "BP at goal. Uric acid 6.1 on allopurinol. Labs reviewed.\nPlan: continue losartan/amlodipine, avoid "
           "NSAIDs, RTC 6 months with labs.", author=neph, encounter=e3)
    return r


# =====================================================================================================
def d_psa_uti_repeat(cid):
    """P1 near miss: PSA 9.4 during acute prostatitis; repeat 7 weeks later back to 3.1 with normal free PSA - follow-up done."""
    r = Rec(cid, ORG_D)
    base(r, "Centers for Medicare & Medicaid Services", "CMS", "MCR", "8HN2-TX6-RB19", "2020-06-01")
    uro = prac_D(r, "Delgado", ["Marco"], "Urology", "186624039", "male")
    patient_us(r, "Novak", ["Frank", "Joseph"], "male", "1955-05-09", "MV-311094", "77 Acorn Dr", "Centerville", "OH",
               "45459", "+1-937-555-0842")
    bph = r.condition(dx("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms", "266569009",
                         "Benign prostatic hyperplasia"), onset="2019-03-01", asserter=uro)
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2012-01-01")
    r.condition(dx("E78.5", "Hyperlipidemia, unspecified", "55822004", "Hyperlipidemia"), onset="2012-01-01")
    r.med_statement(drug("Tamsulosin 0.4 mg capsule", "77492", "tamsulosin"), "2019-03-01", dosage_text="0.4 mg daily",
                    reason_ref=[bph])
    r.med_statement(drug("Lisinopril 10 mg tablet", "29046", "lisinopril"), "2012-01-01", dosage_text="10 mg daily")
    r.med_statement(drug("Atorvastatin 20 mg tablet", "83367", "atorvastatin"), "2012-01-01", dosage_text="20 mg daily")
    lab(r, "psa", "2025-08-19", 2.9)
    e1 = visit(r, "2026-08-11", uro, "Urgent urology visit - dysuria, fever", "99214",
               reason=sct("49650001", "Dysuria"))
    r.vitals("2026-08-11", e1, bp=(128, 76), hr=96, temp=38.1)
    uti = r.condition(dx("N41.0", "Acute prostatitis", "9713002", "Prostatitis", text="Acute bacterial prostatitis"),
                      onset="2026-08-09", clinical="resolved", abatement="2026-09-08", encounter=e1, asserter=uro,
                      cat="encounter-diagnosis")
    psa1 = lab(r, "psa", "2026-08-11", 9.4, encounter=e1)
    local_lab(r, "UCX", "Urine culture", "2026-08-11", "Escherichia coli >100,000 CFU/mL, ciprofloxacin susceptible",
              interp="A", encounter=e1, loinc=("630-4", "Bacteria identified in Urine by Culture"))
    r.med_request(drug("Ciprofloxacin 500 mg tablet", "2551", "ciprofloxacin"), "2026-08-11", "500 mg PO BID x 28 days",
                  requester=uro, reason_ref=[uti], encounter=e1, status="completed")
    r.note("2026-08-11", doc_type(*PROGRESS), "Urgent visit",
           "71M, BPH on tamsulosin. 2 days dysuria, perineal ache, fever 38.1. Tender boggy prostate on DRE. "
           "UA positive nitrite/LE.\nA: acute bacterial prostatitis.\nP: cipro 4 weeks. PSA drawn today 9.4 - "
           "expected to be falsely elevated by acute prostatitis; repeat PSA with free PSA 6 weeks after antibiotics "
           "(ordered). If still raised, prostate MRI.", author=uro, encounter=e1)
    sr = r.service_request(cc(coding(LOINC, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"),
                              text="Repeat PSA with free PSA"), "2026-08-11", status="completed", requester=uro,
                           encounter=e1, occurrence="2026-09-29", reason_ref=[uti])
    e2 = visit(r, "2026-09-29", uro, "Urology follow-up", "99213")
    lab(r, "psa", "2026-09-29", 3.1, encounter=e2)
    local_lab(r, "FPSA", "PSA free/total ratio", "2026-09-29", 24, "%", "%", low=24, ref_text=">= 24% favours benign",
              interp="N", encounter=e2, loinc=("12841-3", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma"))
    r.note("2026-09-29", doc_type(*PROGRESS), "Urology follow-up",
           "Prostatitis resolved. Repeat PSA 3.1 (baseline 2.9), free PSA 24%. PSA elevation in August was due to "
           "infection. No MRI needed. Continue tamsulosin, annual PSA.", author=uro, encounter=e2)
    return r


# =====================================================================================================
def d_flank_pain_stone(cid):
    """P2 near miss: 'abdominal pain, unspecified' for one day, replaced by CT-proven ureteric stone that passed; resolved."""
    r = Rec(cid, ORG_D)
    base(r, "Buckeye Employers Health Plan", "BEHP", "PPO", "BEH-20931177", "2023-01-01")
    uro = prac_D(r, "Delgado", ["Marco"], "Urology", "186624039", "male")
    np_ = prac_D(r, "Kline", ["Jessica"], "Nurse practitioner", "163019482", "female", prefix=None)
    patient_us(r, "Morgan", ["Ashley", "Dawn"], "female", "1988-04-26", "MV-520617", "1840 Shroyer Rd", "Oakwood", "OH",
               "45419", "+1-937-555-0719")
    r.condition(dx("J30.9", "Allergic rhinitis, unspecified", "61582004", "Allergic rhinitis"), onset="2010-01-01")
    e1 = visit(r, "2026-08-03", np_, "Same-day visit - left flank pain", "99214", reason=dx("R10.9", "Unspecified abdominal pain"))
    r.vitals("2026-08-03", e1, bp=(142, 88), hr=102, temp=36.9)
    ap = r.condition(dx("R10.9", "Unspecified abdominal pain", "21522001", "Abdominal pain"), onset="2026-08-03",
                     clinical="resolved", abatement="2026-08-19", encounter=e1, asserter=np_, cat="encounter-diagnosis")
    lab(r, "ua_rbc", "2026-08-03", 25, encounter=e1)
    local_lab(r, "HCG", "hCG, urine qualitative", "2026-08-03", cc(coding(SCT, "260385009", "Negative"), text="Negative"),
              interp="NEG", encounter=e1)
    ct_sr = r.service_request(cpt("74176", "Computed tomography, abdomen and pelvis; without contrast material",
                                  text="CT abdomen/pelvis w/o contrast (stone protocol)"), "2026-08-03",
                              status="completed", requester=np_, encounter=e1, reason_ref=[ap], priority="urgent")
    r.report(cpt("74176", "Computed tomography, abdomen and pelvis; without contrast material",
                 text="CT abdomen/pelvis without contrast - stone protocol"), "2026-08-04", category=("RAD", "Radiology"),
             based_on=[ct_sr], conclusion="4 mm calculus at the left ureterovesical junction with mild left "
                                          "hydroureteronephrosis. No other calculi. Appendix normal.")
    stone = r.condition(dx("N20.1", "Calculus of ureter"), onset="2026-08-04",
                        clinical="resolved", abatement="2026-08-19", asserter=uro)
    r.med_request(drug("Tamsulosin 0.4 mg capsule", "77492", "tamsulosin"), "2026-08-04",
                  "0.4 mg PO daily until stone passes (medical expulsive therapy)", requester=uro, reason_ref=[stone],
                  status="completed")
    r.med_request(drug("Ketorolac 10 mg tablet", "35827", "ketorolac"), "2026-08-04", "10 mg PO q6h PRN pain, max 5 days",
                  requester=uro, reason_ref=[stone], status="completed")
    e2 = visit(r, "2026-08-19", uro, "Follow-up ureteral stone", "99213")
    local_lab(r, "STONEAN", "Calculus analysis", "2026-08-19",
              "Calcium oxalate monohydrate 80%, calcium phosphate (apatite) 20%", encounter=e2)
    r.note("2026-08-19", doc_type(*PROGRESS), "Stone follow-up",
           "Passed stone on 8/15 (strained). Pain resolved, no hematuria. KUB clear. The 8/3 'abdominal pain' was "
           "left renal colic from a 4 mm UVJ stone - resolved. Plan: 24-h urine metabolic evaluation, fluids 2.5 L/day.",
           author=uro, encounter=e2)
    r.condition(dx("Z87.442", "Personal history of urinary calculi"),
                onset="2026-08-19", asserter=uro)
    for code, disp, val, unit, lo, hi in [("U24VOL", "24-h urine volume", 1.2, "L", 2.0, None),
                                          ("U24CA", "24-h urine calcium", 182, "mg/d", None, 250),
                                          ("U24OX", "24-h urine oxalate", 38, "mg/d", None, 40),
                                          ("U24CIT", "24-h urine citrate", 610, "mg/d", 550, None)]:
        local_lab(r, code, disp, "2026-10-14", val, unit, unit, low=lo, high=hi)
    e3 = visit(r, "2026-10-27", uro, "Stone prevention visit", "99213")
    r.note("2026-10-27", doc_type(*PROGRESS), "Stone prevention",
           "24-h urine: low volume only. Counselled fluids > 2.5 L/day, moderate sodium. No further stones. "
           "Discharged to PCP; return if symptoms.", author=uro, encounter=e3)
    return r


# =====================================================================================================
def d_pcnl_preparation(cid):
    """P3 positive: left partial staghorn calculus; percutaneous nephrolithotomy in preparation for 15 Dec 2026."""
    r = Rec(cid, ORG_D)
    base(r, "Buckeye Employers Health Plan", "BEHP", "PPO", "BEH-31188420", "2021-01-01")
    uro = prac_D(r, "Delgado", ["Marco"], "Urology", "186624039", "male")
    patient_us(r, "Carver", ["Linda", "Sue"], "female", "1972-11-11", "MV-277043", "505 Patterson Rd", "Dayton", "OH",
               "45419", "+1-937-555-0305")
    dm = r.condition(dx("E11.9", "Type 2 diabetes mellitus without complications", "44054006", "Diabetes mellitus type 2"),
                     onset="2017-01-01")
    r.condition(dx("E66.9", "Obesity, unspecified", "414916001", "Obesity"), onset="2015-01-01")
    r.med_statement(drug("Metformin 1000 mg tablet", "6809", "metformin"), "2017-01-01", dosage_text="1000 mg BID",
                    reason_ref=[dm])
    rec_uti = r.condition(dx("N39.0", "Urinary tract infection, site not specified", "68566005", "Urinary tract infectious disease",
                             text="Recurrent UTI - Proteus mirabilis x3 in 2026"), onset="2026-02-01", asserter=uro)
    stone = r.condition(dx("N20.0", "Calculus of kidney", "95570007", "Kidney stone",
                           text="Left partial staghorn calculus 3.1 cm (probable struvite)"), onset="2026-09-08", asserter=uro)
    for d in ["2026-02-03", "2026-05-19", "2026-08-25"]:
        local_lab(r, "UCX", "Urine culture", d, "Proteus mirabilis >100,000 CFU/mL", interp="A",
                  loinc=("630-4", "Bacteria identified in Urine by Culture"))
    r.report(cpt("74176", "Computed tomography, abdomen and pelvis; without contrast material",
                 text="CT abdomen/pelvis without contrast"), "2026-09-08", category=("RAD", "Radiology"),
             conclusion="3.1 x 2.4 cm branched calculus occupying the left renal pelvis and lower-pole calyces (partial "
                        "staghorn), 780 HU. Mild caliectasis. Right kidney normal.")
    e1 = visit(r, "2026-10-13", uro, "Urology - stone surgery planning", "99215")
    r.vitals("2026-10-13", e1, bp=(132, 82), weight=(101.3, "kg"), bmi=36.4)
    renal_labs(r, "2026-10-13", 0.88, 78, 4.2, 14, encounter=e1)
    lab(r, "a1c", "2026-10-13", 7.1, encounter=e1)
    r.note("2026-10-13", doc_type(*CONSULT), "Urology consultation - staghorn calculus",
           "53F, recurrent Proteus UTIs, left partial staghorn 3.1 cm. Stone-free status needed to clear infection; "
           "ESWL/URS unsuitable for this burden.\nPlan: left percutaneous nephrolithotomy (prone, lower-pole access) "
           "under general anaesthesia, 15 Dec 2026, overnight admission. Risks: bleeding/transfusion (~5%), sepsis, "
           "injury to adjacent organs, need for second look. Consent signed. Culture-directed antibiotics 7 days "
           "pre-op. Pre-op urine culture 1 Dec.", author=uro, encounter=e1)
    r.procedure(cc(coding(CPT, "50081", "Percutaneous nephrolithotomy or pyelolithotomy, lithotripsy or stone basket extraction, antegrade ureteroscopy, antegrade stent placement and nephrostomy tube placement, when performed, including imaging guidance; complex (eg, >2 cm, branching stones, multiple stones, ureteral stones, complicated anatomy)"),
                   text="Left percutaneous nephrolithotomy (PCNL)"),
                status="preparation", reason_ref=[stone, rec_uti], performer=uro,
                body_site=cc(coding(SCT, "18639004", "Left kidney structure"), text="Left kidney"),
                note="Scheduled 12/15/2026 07:30, Miami Valley Surgical Hospital OR 2. Pre-admission testing 12/08.")
    r.appointment("booked", r.dt("2026-12-15", "07:30"), r.dt("2026-12-15", "10:30"),
                  service_type=txt("Urologic surgery"), description="Left PCNL - general anaesthesia, overnight stay",
                  participants=[uro], created=r.dt("2026-10-13", "15:40"))
    r.service_request(cc(coding(LOINC, "630-4", "Bacteria identified in Urine by Culture"), text="Pre-operative urine culture"),
                      "2026-10-13", status="active", requester=uro, encounter=e1, occurrence="2026-12-01")
    r.med_request(drug("Nitrofurantoin monohydrate/macrocrystals 100 mg capsule", "7454", "nitrofurantoin"), "2026-09-01",
                  "100 mg PO nightly (suppression) until surgery", requester=uro, reason_ref=[rec_uti])
    return r


# =====================================================================================================
def d_ckd5_conservative(cid):
    """P4 positive: 86-year-old with CKD 5 on conservative kidney management - palliative care plan and 'not for dialysis' flag."""
    r = Rec(cid, ORG_D)
    base(r, "Centers for Medicare & Medicaid Services", "CMS", "MCR", "2DJ6-MR8-KT30", "2005-03-01")
    neph = prac_D(r, "Okafor-Reyes", ["Adaeze"], "Nephrology", "140825597", "female")
    sw = prac_D(r, "Brooks", ["Tamara"], "Social work", "175502216", "female", prefix=None)
    pal = prac_D(r, "Feldman", ["Ruth"], "Hospice and palliative medicine", "199871034", "female")
    patient_us(r, "Jenkins", ["Dorothy", "Mae"], "female", "1940-03-07", "MV-019452", "25 Wayne Ave", "Dayton", "OH",
               "45410", "+1-937-555-0590")
    dtr = r.related_person("Jenkins-Hall", ["Carol"], "DAU", "daughter", "+1-937-555-0591")
    ckd = r.condition(dx("N18.5", "Chronic kidney disease, stage 5", "433146000", "Chronic kidney disease stage 5"),
                      onset="2025-10-01", asserter=neph)
    r.condition(dx("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease",
                   "38481006", "Hypertensive renal disease"), onset="2010-01-01")
    r.condition(dx("D63.1", "Anemia in chronic kidney disease", "707323002", "Anemia in chronic kidney disease"),
                onset="2025-10-01")
    r.condition(dx("M17.0", "Bilateral primary osteoarthritis of knee", "239873007", "Osteoarthritis of knee"),
                onset="2012-01-01")
    for text, rx, rxd, dose in [("Amlodipine 5 mg tablet", "17767", "amlodipine", "5 mg daily"),
                                ("Furosemide 40 mg tablet", "4603", "furosemide", "40 mg daily"),
                                ("Sodium bicarbonate 650 mg tablet", "36676", "sodium bicarbonate", "650 mg BID"),
                                ("Darbepoetin alfa 40 mcg/0.4 mL syringe", "283838", "darbepoetin alfa", "40 mcg SC every 2 weeks")]:
        r.med_statement(drug(text, rx, rxd), "2025-11-01", dosage_text=dose)
    for d, cr, egfr, hb in [("2026-05-19", 3.4, 13, 9.8), ("2026-08-18", 3.6, 12, 9.5), ("2026-11-17", 3.8, 11, 9.6)]:
        renal_labs(r, d, cr, egfr, 5.0, 68, 19)
        lab(r, "hb", d, hb)
    e1 = visit(r, "2026-08-26", neph, "Nephrology - kidney supportive care / shared decision-making", "99215")
    r.vitals("2026-08-26", e1, bp=(146, 70), weight=(52.4, "kg"))
    r.obs(cc(coding(LOCAL, "CFS", "Clinical Frailty Scale"), text="Clinical Frailty Scale"), "2026-08-26", 7,
          category="survey", encounter=e1, value_kind="int")
    r.note("2026-08-26", doc_type(*PROGRESS), "Shared decision-making - dialysis vs conservative care",
           "86F, CKD 5 (eGFR 12), CFS 7, lives with daughter, needs help with ADLs. Met with patient and daughter "
           "for 60 min with social work.\nDiscussed: in her situation dialysis is unlikely to extend life "
           "meaningfully and would mean 3 sessions/week of transport and treatment; conservative kidney management "
           "focuses on symptoms and quality of life. Mrs Jenkins clearly states she does not want dialysis. "
           "Decision: conservative kidney management (no dialysis). Palliative care referral made. POLST completed "
           "(DNR, limited interventions).", author=neph, encounter=e1)
    r.flag(cc(coding(LOCAL, "CKM", "Conservative kidney management - not for dialysis"),
              text="Conservative kidney management - patient has declined dialysis; do not initiate dialysis"),
           "2026-08-26", author=neph, encounter=e1)
    r.careplan("Conservative kidney management / palliative care plan", "active", "plan", "2026-08-26",
               category=[sct("103735009", "Palliative care")], addresses=[ckd], author=neph,
               description="No dialysis. Symptom-directed care for CKD 5: fluid, potassium, acidosis and anaemia "
                           "management for comfort; pruritus and nausea control; advance care planning; hospice when "
                           "function declines.",
               activities=[{"code": txt("Home palliative care team visits"), "status": "in-progress", "performer": pal},
                           {"code": txt("Symptom assessment (IPOS-Renal) each visit"), "status": "in-progress"},
                           {"code": txt("Hospice enrollment when prognosis < 6 months"), "status": "not-started"}])
    r.service_request(sct("306237005", "Referral to palliative care service"), "2026-08-26", status="completed",
                      requester=neph, performer=pal, reason_ref=[ckd], encounter=e1)
    e2 = r.encounter("2026-10-21", "HH", txt("Home visit - palliative medicine"), practitioner=pal)
    r.note("2026-10-21", doc_type(*CONSULT), "Palliative medicine home visit",
           "Comfortable. Mild pruritus - emollients, sertraline low dose offered. Appetite reduced. Goals: remain at "
           "home, avoid hospital. Daughter coping, respite discussed.", author=pal, encounter=e2)
    return r


# =====================================================================================================
def d_hd_planned(cid):
    """P5 positive: CKD 5 from diabetic kidney disease; AV fistula matured; in-center hemodialysis to start 5 Jan 2027."""
    r = Rec(cid, ORG_D)
    base(r, "Buckeye Employers Health Plan", "BEHP", "PPO", "BEH-11827304", "2019-01-01")
    neph = prac_D(r, "Brandt", ["Oskar"], "Nephrology", "121908835", "male")
    vasc = prac_D(r, "Iyer", ["Ravi"], "Vascular surgery", "150277463", "male")
    rn = prac_D(r, "Cole", ["Dana"], "Nurse practitioner", "168842017", "female", prefix=None)
    patient_us(r, "Bell", ["Marcus", "Antoine"], "male", "1968-07-22", "MV-355810", "1209 Salem Ave", "Dayton", "OH",
               "45406", "+1-937-555-0477")
    dkd = r.condition(dx("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "127013003",
                         "Disorder of kidney due to diabetes mellitus"), onset="2018-01-01", asserter=neph)
    ckd = r.condition(dx("N18.5", "Chronic kidney disease, stage 5", "433146000", "Chronic kidney disease stage 5"),
                      onset="2026-03-01", asserter=neph)
    r.condition(dx("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease",
                   "38481006", "Hypertensive renal disease"), onset="2012-01-01")
    r.condition(dx("D63.1", "Anemia in chronic kidney disease", "707323002", "Anemia in chronic kidney disease"),
                onset="2025-06-01")
    for text, rx, rxd, dose in [("Insulin glargine 100 units/mL pen", "274783", "insulin glargine", "22 units nightly"),
                                ("Amlodipine 10 mg tablet", "17767", "amlodipine", "10 mg daily"),
                                ("Furosemide 80 mg tablet", "4603", "furosemide", "80 mg BID"),
                                ("Calcitriol 0.25 mcg capsule", "1894", "calcitriol", "0.25 mcg daily"),
                                ("Epoetin alfa 10,000 units/mL", "105694", "epoetin alfa", "10,000 units SC weekly")]:
        r.med_statement(drug(text, rx, rxd), "2025-06-01", dosage_text=dose)
    for d, cr, egfr, k, co2, bun in [("2026-05-12", 5.6, 11, 5.1, 19, 78), ("2026-08-11", 6.0, 10, 5.3, 18, 84),
                                     ("2026-11-10", 6.4, 9, 5.4, 18, 92)]:
        renal_labs(r, d, cr, egfr, k, bun, co2)
    lab(r, "phos", "2026-11-10", 5.6)
    lab(r, "hb", "2026-11-10", 9.9)
    r.procedure(cpt("90989", "Dialysis training, patient, including helper where applicable, any mode, completed course",
                    text="CKD education - kidney replacement therapy options class"), performed="2026-04-14",
                performer=rn, reason_ref=[ckd])
    r.procedure(cpt("36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)",
                    text="Left radiocephalic AV fistula creation"), performed=r.dt("2026-09-15", "08:30"), performer=vasc,
                reason_ref=[ckd], body_site=txt("Left forearm"))
    r.report(cc(coding(CPT, "93990", "Duplex scan of hemodialysis access (including arterial inflow, body of access and venous outflow)"),
                text="Duplex ultrasound - left AV fistula maturation"), "2026-11-10", category=("RAD", "Radiology"),
             conclusion="Left radiocephalic AVF: flow 720 mL/min, vein diameter 6.4 mm, depth 4 mm - meets maturation "
                        "criteria (rule of 6s).")
    e1 = visit(r, "2026-11-17", neph, "Nephrology - dialysis planning", "99215")
    r.vitals("2026-11-17", e1, bp=(158, 88), weight=(98.7, "kg"))
    r.note("2026-11-17", doc_type(*PROGRESS), "Dialysis planning",
           "58M, CKD 5 from diabetic kidney disease, eGFR 9. Increasing fatigue, nausea in the mornings, itching, "
           "ankle oedema despite furosemide 80 BID; K 5.4, bicarbonate 18. After modality education he chose "
           "in-center hemodialysis (home PD not feasible - housing). Fistula mature.\nPlan: start in-center HD "
           "3x/week (MWF) on 1/5/2027 at Miami Valley Dialysis - Salem Ave; transplant evaluation referral to "
           "follow once established on dialysis. Expect 12 h/week in center; discussed impact on work (warehouse "
           "supervisor) and daily life.", author=neph, encounter=e1)
    hd = r.service_request(cc(coding(SCT, "302497006", "Hemodialysis"),
                              coding(CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
                              text="Initiate maintenance in-center hemodialysis 3x/week"),
                           "2026-11-17", status="active", intent="order", requester=neph, encounter=e1,
                           occurrence_period={"start": "2027-01-05"}, reason_ref=[ckd, dkd],
                           note="Access: left RC-AVF. Target dry weight ~96 kg. 4 h sessions, MWF first shift.")
    r.careplan("Kidney replacement therapy plan - in-center hemodialysis", "active", "plan", "2026-11-17",
               category=[cc(coding(SCT, "734163000", "Care plan"))], addresses=[ckd], author=neph,
               activities=[{"code": txt("Start in-center hemodialysis MWF 1/5/2027"), "status": "scheduled"},
                           {"code": txt("Dialysis unit orientation visit"), "status": "scheduled"},
                           {"code": txt("Dietitian - renal diet (K, phosphate, fluid)"), "status": "in-progress"}])
    return r


# =====================================================================================================
def d_portal_second_opinion_biopsy(cid):
    """P6 positive (+P3): nephrotic-range albuminuria; native kidney biopsy booked; patient messages asking for a second opinion first."""
    r = Rec(cid, ORG_D)
    base(r, "Buckeye Employers Health Plan", "BEHP", "PPO", "BEH-40271653", "2022-01-01")
    neph = prac_D(r, "Brandt", ["Oskar"], "Nephrology", "121908835", "male")
    rn = prac_D(r, "Cole", ["Dana"], "Nurse practitioner", "168842017", "female", prefix=None)
    patient_us(r, "Alvarez", ["Teresa"], "female", "1980-09-03", "MV-602284", "412 Grafton Ave", "Dayton", "OH", "45406",
               "+1-937-555-0133")
    r.condition(dx("I10", "Essential (primary) hypertension", "59621000", "Essential hypertension"), onset="2019-01-01")
    r.condition(dx("E03.9", "Hypothyroidism, unspecified", "40930008", "Hypothyroidism"), onset="2015-01-01")
    prot = r.condition(sct("29738008", "Proteinuria", text="Proteinuria, nephrotic range - cause not yet established"),
                       onset="2026-09-15", asserter=neph)
    r.med_statement(drug("Losartan 50 mg tablet", "52175", "losartan"), "2026-09-22", dosage_text="50 mg daily",
                    reason_ref=[prot])
    r.med_statement(drug("Levothyroxine 75 mcg tablet", "10582", "levothyroxine"), "2015-01-01", dosage_text="75 mcg daily")
    for d, uacr, cr, egfr in [("2026-09-15", 1180, 1.16, 58), ("2026-10-27", 1320, 1.19, 56), ("2026-11-17", 1290, 1.17, 57)]:
        lab(r, "uacr", d, uacr)
        lab(r, "cr", d, cr)
        lab(r, "egfr", d, egfr)
    lab(r, "alb", "2026-10-27", 3.3)
    lab(r, "ua_rbc", "2026-10-27", 1)
    lab(r, "a1c", "2026-10-27", 5.4)
    local_lab(r, "PLA2R", "Phospholipase A2 receptor antibody", "2026-10-27", 2, "RU/mL", "[arb'U]/mL", high=14, interp="N")
    local_lab(r, "ANA", "Antinuclear antibody screen", "2026-10-27", cc(coding(SCT, "260385009", "Negative"), text="Negative"),
              interp="NEG")
    local_lab(r, "SPEP", "Serum protein electrophoresis", "2026-10-27", "No monoclonal band", interp="N")
    r.report(cpt("76770", "Ultrasound, retroperitoneal (eg, renal, aorta, nodes), real time with image documentation; complete",
                 text="Renal ultrasound"), "2026-10-20", category=("RAD", "Radiology"),
             conclusion="Kidneys 11.2 cm (R) and 11.5 cm (L), normal echogenicity, no hydronephrosis. Suitable for biopsy.")
    e1 = visit(r, "2026-11-17", neph, "Nephrology follow-up - proteinuria", "99215")
    r.vitals("2026-11-17", e1, bp=(128, 80), weight=(71.2, "kg"))
    r.note("2026-11-17", doc_type(*PROGRESS), "Nephrology - proteinuria work-up",
           "46F, nephrotic-range albuminuria (UACR 1180-1320 mg/g), albumin 3.3, eGFR 56-58, bland sediment. "
           "Serologies: PLA2R negative, ANA negative, SPEP no band, HbA1c 5.4. Cause unclear - primary podocytopathy "
           "vs other glomerular disease.\nRecommend ultrasound-guided percutaneous native kidney biopsy to establish "
           "diagnosis and guide immunosuppression; risks (bleeding ~1-2% needing transfusion, rarely embolisation or "
           "nephrectomy) discussed. Booked 12/17/2026, 6-h observation. Continue losartan.", author=neph, encounter=e1)
    bx = r.service_request(cpt("50200", "Renal biopsy; percutaneous, by trocar or needle",
                               text="US-guided percutaneous native kidney biopsy (left)"),
                           "2026-11-17", status="active", intent="order", requester=neph, performer=neph, encounter=e1,
                           occurrence=r.dt("2026-12-17", "08:00"), reason_ref=[prot],
                           category=cc(coding(SCT, "103693007", "Diagnostic procedure")))
    msg = r.communication(r.dt("2026-11-20", "21:47"), r.pt, neph,
                          "Dr Brandt, I have been thinking about the kidney biopsy you booked for December 17. "
                          "I am really scared of the bleeding risk and I don't feel I understood why it has to be "
                          "done now. Before I go ahead I would like a second opinion from another kidney specialist, "
                          "maybe at the university hospital. Can you help me set that up? - Teresa Alvarez",
                          category=("notification", "Notification"), about=[bx],
                          medium=cc(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT",
                                           "email"), text="Patient portal secure message"))
    r.communication(r.dt("2026-11-23", "10:05"), rn, r.pt,
                    "Hi Teresa, thank you for your message. I have passed it to Dr Brandt, who will call you this week "
                    "to talk about the biopsy and your request. The biopsy date stays on hold in the schedule for now.",
                    in_response_to=msg, category=("notification", "Notification"))
    return r


# =====================================================================================================
def d_stone_qr_no(cid):
    """P6 near miss: recurrent stone former; clinic questionnaire answers 'No' to wanting a second opinion, satisfied."""
    r = Rec(cid, ORG_D)
    base(r, "Buckeye Employers Health Plan", "BEHP", "PPO", "BEH-29310784", "2018-01-01")
    uro = prac_D(r, "Delgado", ["Marco"], "Urology", "186624039", "male")
    diet = prac_D(r, "Moss", ["Hannah"], "Dietitian", "192244870", "female", prefix=None)
    patient_us(r, "Kessler", ["Brian", "Thomas"], "male", "1984-02-15", "MV-480339", "66 Wilmington Pike", "Kettering",
               "OH", "45440", "+1-937-555-0916")
    stones = r.condition(dx("N20.0", "Calculus of kidney", "95570007", "Kidney stone",
                            text="Recurrent calcium oxalate nephrolithiasis (3 episodes)"), onset="2019-06-01", asserter=uro)
    hypocit = r.condition(dx("R82.998", "Other abnormal findings in urine", text="Hypocitraturia"), onset="2025-06-01",
                          asserter=uro)
    r.condition(dx("K21.9", "Gastro-esophageal reflux disease without esophagitis", "235595009",
                   "Gastroesophageal reflux disease"), onset="2016-01-01")
    r.med_statement(drug("Potassium citrate ER 15 mEq tablet"), "2025-06-20", dosage_text="15 mEq PO BID",
                    reason_ref=[hypocit])
    for code, disp, val, unit, lo, hi in [("U24VOL", "24-h urine volume", 2.6, "L", 2.0, None),
                                          ("U24CA", "24-h urine calcium", 214, "mg/d", None, 250),
                                          ("U24OX", "24-h urine oxalate", 36, "mg/d", None, 40),
                                          ("U24CIT", "24-h urine citrate", 590, "mg/d", 550, None)]:
        local_lab(r, code, disp, "2026-09-22", val, unit, unit, low=lo, high=hi)
    renal_labs(r, "2026-09-22", 0.98, 96, 4.3)
    e1 = visit(r, "2026-10-06", uro, "Stone clinic follow-up", "99214")
    r.report(cpt("76770", "Ultrasound, retroperitoneal (eg, renal, aorta, nodes), real time with image documentation; complete",
                 text="Renal ultrasound"), "2026-10-06", category=("RAD", "Radiology"), encounter=e1,
             conclusion="Two non-obstructing 3 mm right lower-pole calculi, unchanged from 2025. No hydronephrosis.")
    r.questionnaire_response(
        "https://fhir.mvnu.example.com/fhir/Questionnaire/stone-clinic-experience|1", r.dt("2026-10-06", "09:05"),
        [qi("1", "Do you feel your concerns were addressed at today's visit?", LA_YES),
         qi("2", "Would you like a second opinion about your diagnosis or treatment plan?", LA_NO),
         qi("3", "How satisfied are you with your stone care? (0-10)", 9),
         qi("4", "Comments", "Happy with the plan. Drinking a lot more water and no stones since last year.")],
        author=r.pt, source=r.pt, encounter=e1)
    r.note("2026-10-06", doc_type(*PROGRESS), "Stone clinic",
           "No colic since April 2025. 24-h urine now: volume 2.6 L, citrate normalised on potassium citrate. US: two "
           "stable 3 mm non-obstructing stones - surveillance. Continue potassium citrate, fluids. US in 12 months.",
           author=uro, encounter=e1)
    r.service_request(cpt("76770", "Ultrasound, retroperitoneal (eg, renal, aorta, nodes), real time with image documentation; complete",
                          text="Surveillance renal ultrasound"), "2026-10-06", status="active", requester=uro,
                      encounter=e1, occurrence="2027-10-05", reason_ref=[stones])
    return r


# =====================================================================================================
def d_egfr_decline(cid):
    """P7 positive: diabetic kidney disease, eGFR 44 -> 39 -> 35 -> 30 and UACR rising over 10 months on lisinopril + empagliflozin."""
    r = Rec(cid, ORG_D)
    base(r, "Centers for Medicare & Medicaid Services", "CMS", "MCR", "6GW1-PD3-HN48", "2022-07-01")
    neph = prac_D(r, "Okafor-Reyes", ["Adaeze"], "Nephrology", "140825597", "female")
    patient_us(r, "Washington", ["Gloria", "Jean"], "female", "1962-06-05", "MV-233518", "2741 Hoover Ave", "Dayton", "OH",
               "45407", "+1-937-555-0378")
    dkd = r.condition(dx("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "127013003",
                         "Disorder of kidney due to diabetes mellitus"), onset="2019-05-01", asserter=neph)
    ckd = r.condition(dx("N18.32", "Chronic kidney disease, stage 3b", "700379002", "Chronic kidney disease stage 3B"),
                      onset="2025-08-01", asserter=neph)
    r.condition(dx("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease",
                   "38481006", "Hypertensive renal disease"), onset="2010-01-01")
    r.condition(dx("E78.5", "Hyperlipidemia, unspecified", "55822004", "Hyperlipidemia"), onset="2012-01-01")
    for text, rx, rxd, dose, start in [("Lisinopril 40 mg tablet", "29046", "lisinopril", "40 mg daily", "2023-02-01"),
                                       ("Empagliflozin 10 mg tablet", "1545653", "empagliflozin", "10 mg daily", "2025-09-15"),
                                       ("Insulin glargine 100 units/mL pen", "274783", "insulin glargine", "30 units nightly", "2021-01-01"),
                                       ("Atorvastatin 40 mg tablet", "83367", "atorvastatin", "40 mg daily", "2012-01-01"),
                                       ("Chlorthalidone 25 mg tablet", "2409", "chlorthalidone", "12.5 mg daily", "2024-06-01")]:
        r.med_statement(drug(text, rx, rxd), start, dosage_text=dose, asserted="2026-11-03",
                        reason_ref=[dkd] if rx in ("29046", "1545653") else None,
                        note="Pharmacy refill history: 95% proportion of days covered." if rx == "29046" else None)
    series = [("2026-01-13", 1.38, 44, 620, 7.4, (134, 80)), ("2026-04-21", 1.53, 39, 890, 7.2, (138, 82)),
              ("2026-07-28", 1.68, 35, 1240, 7.3, (142, 86)), ("2026-11-03", 1.91, 30, 1510, 7.1, (146, 88))]
    for d, cr, egfr, uacr, a1c, bpv in series:
        e = visit(r, d, neph, "Nephrology follow-up - CKD 3b / DKD", "99214")
        r.vitals(d, e, bp=bpv, weight=(88.0, "kg"))
        renal_labs(r, d, cr, egfr, 4.8, 31, encounter=e)
        lab(r, "uacr", d, uacr, encounter=e)
        lab(r, "a1c", d, a1c, encounter=e)
    r.report(cpt("76770", "Ultrasound, retroperitoneal (eg, renal, aorta, nodes), real time with image documentation; complete",
                 text="Renal ultrasound"), "2026-08-12", category=("RAD", "Radiology"),
             conclusion="Kidneys 10.1 and 10.4 cm, increased cortical echogenicity, no hydronephrosis, no renal artery "
                        "stenosis on Doppler.")
    r.note("2026-11-03", doc_type(*PROGRESS), "Nephrology follow-up",
           "64F, DKD, CKD 3b A3. On maximal lisinopril 40 mg since 2023 and empagliflozin since Sept 2025; refill "
           "history confirms adherence; no NSAIDs. Despite this, eGFR 44 (Jan) -> 39 (Apr) -> 35 (Jul) -> 30 (Nov), "
           "a loss of ~14 mL/min in 10 months (>30%), and UACR 620 -> 1510 mg/g. BP creeping up 146/88. US: no "
           "obstruction, no RAS.\nA: rapidly progressive DKD despite RAAS blockade + SGLT2i.\nP: add finerenone "
           "10 mg when K allows (K 4.8), intensify BP control, dietitian. Review in 3 months.", author=neph)
    return r


# =====================================================================================================
def d_multimorbid(cid):
    """P8 positive: seven active chronic conditions across nephrology, endocrinology, cardiology, pulmonology, rheumatology, psychiatry."""
    r = Rec(cid, ORG_D)
    base(r, "Centers for Medicare & Medicaid Services", "CMS", "MCR", "9LP4-VC7-ZE62", "2018-11-01")
    neph = prac_D(r, "Brandt", ["Oskar"], "Nephrology", "121908835", "male")
    sw = prac_D(r, "Brooks", ["Tamara"], "Social work", "175502216", "female", prefix=None)
    patient_us(r, "Pruitt", ["Leonard", "Earl"], "male", "1953-10-19", "MV-150762", "918 Riverview Ave", "Dayton", "OH",
               "45405", "+1-937-555-0650")
    conds = [
        (dx("N18.4", "Chronic kidney disease, stage 4 (severe)", "431857002", "Chronic kidney disease stage 4"), "2024-03-01"),
        (dx("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease", "127013003",
            "Disorder of kidney due to diabetes mellitus"), "2009-01-01"),
        (dx("I50.22", "Chronic systolic (congestive) heart failure", "84114007", "Heart failure",
            text="HFrEF, LVEF 35%"), "2021-06-01"),
        (dx("I48.20", "Chronic atrial fibrillation, unspecified", "49436004", "Atrial fibrillation"), "2021-06-01"),
        (dx("J44.9", "Chronic obstructive pulmonary disease, unspecified", "13645005", "Chronic obstructive lung disease"), "2015-01-01"),
        (dx("M1A.0710", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)", "90560007", "Gout",
            text="Chronic gout"), "2016-01-01"),
        (dx("F33.1", "Major depressive disorder, recurrent, moderate", "66344007", "Recurrent major depression"), "2020-01-01"),
    ]
    crefs = [r.condition(c, onset=o) for c, o in conds]
    meds = [("Apixaban 2.5 mg tablet", "1364430", "apixaban", "2.5 mg BID"),
            ("Metoprolol succinate ER 50 mg tablet", "6918", "metoprolol", "50 mg daily"),
            ("Furosemide 40 mg tablet", "4603", "furosemide", "40 mg BID"),
            ("Insulin glargine 100 units/mL pen", "274783", "insulin glargine", "18 units nightly"),
            ("Tiotropium 18 mcg inhalation capsule", "69120", "tiotropium", "1 capsule inhaled daily"),
            ("Allopurinol 100 mg tablet", "519", "allopurinol", "100 mg daily"),
            ("Sertraline 50 mg tablet", "36437", "sertraline", "50 mg daily"),
            ("Dapagliflozin 10 mg tablet", "1488564", "dapagliflozin", "10 mg daily")]
    for text, rx, rxd, dose in meds:
        r.med_statement(drug(text, rx, rxd), "2025-01-01", dosage_text=dose, asserted="2026-11-12")
    for d, cr, egfr in [("2026-03-10", 2.62, 25), ("2026-07-14", 2.71, 24), ("2026-11-05", 2.66, 24)]:
        renal_labs(r, d, cr, egfr, 4.9, 48, 21)
    lab(r, "a1c", "2026-11-05", 7.2)
    lab(r, "ntprobnp", "2026-11-05", 2150)
    lab(r, "urate", "2026-11-05", 5.8)
    lab(r, "hb", "2026-11-05", 11.4)
    e1 = visit(r, "2026-11-12", neph, "Nephrology follow-up - CKD 4, multimorbidity", "99215")
    r.vitals("2026-11-12", e1, bp=(124, 72), hr=78, weight=(86.2, "kg"), spo2=93)
    r.obs(cc(coding(LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"),
             text="PHQ-9 total"), "2026-11-12", 8, category="survey", encounter=e1, value_kind="int")
    r.note("2026-11-12", doc_type(*PROGRESS), "Nephrology follow-up",
           "73M with CKD 4 (eGFR 24, stable), T2DM with DKD, HFrEF (EF 35%), permanent AF on apixaban, COPD "
           "(FEV1 48%), chronic gout, recurrent depression.\nFollowed by cardiology (HF clinic), pulmonology, "
           "endocrinology, rheumatology and behavioral health in addition to nephrology - 6 specialists, 14 "
           "medications; two HF admissions in 2025. Competing priorities: diuresis vs kidney function, SGLT2i in CKD 4, "
           "apixaban dosing, gout prophylaxis vs eGFR.\nPlan: continue current regimen; care coordination with social "
           "work; multidisciplinary case conference requested. Start KRT options education if eGFR < 20.",
           author=neph, encounter=e1)
    r.careplan("Complex chronic care coordination plan", "active", "plan", "2026-11-12",
               category=[cc(coding(SCT, "734163000", "Care plan"))], addresses=crefs, author=neph,
               activities=[{"code": txt("Monthly care-coordination call (social work)"), "status": "in-progress", "performer": sw},
                           {"code": txt("Multidisciplinary case conference - nephrology, cardiology, pulmonology, endocrinology"),
                            "status": "not-started"},
                           {"code": txt("Medication reconciliation with pharmacist"), "status": "scheduled"}])
    return r


CASES = [
    dict(key="d-psa-no-followup", org="D", fn=d_psa_no_followup, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Raised PSA (3.2 to 8.6 ng/mL, flagged high) on 7 July 2026 with no repeat PSA, urology referral, imaging "
             "or biopsy in the following 146 days - a red-flag result without follow-up beyond 60 days.",
         summary="PSA 3.2 to 8.6 drawn at nephrology visit; never acted on (146 days)"),
    dict(key="d-psa-uti-repeat", org="D", fn=d_psa_uti_repeat, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
         expected=[],
         why="PSA 9.4 was drawn during acute prostatitis; it was followed up within 49 days with a repeat PSA of 3.1 and "
             "normal free PSA, so the red flag was acted on and is benign.",
         summary="PSA 9.4 during prostatitis, repeat 3.1 after 7 weeks; follow-up done"),
    dict(key="d-flank-pain-stone", org="D", fn=d_flank_pain_stone, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
         expected=[],
         why="The catch-all R10.9 'unspecified abdominal pain' lasted one day before CT showed a ureteric stone that "
             "explains the pain; the stone passed and both problems are resolved.",
         summary="R10.9 abdominal pain replaced next day by CT-proven ureteric stone; passed, resolved"),
    dict(key="d-pcnl-preparation", org="D", fn=d_pcnl_preparation, target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Procedure in status 'preparation' for left percutaneous nephrolithotomy (CPT 50081) under general "
             "anaesthesia scheduled 15 Dec 2026, not yet performed.",
         summary="Partial staghorn calculus; PCNL (Procedure status preparation) for 15 Dec 2026"),
    dict(key="d-ckd5-conservative", org="D", fn=d_ckd5_conservative, target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"],
         why="Active CKD 5 with a palliative conservative-kidney-management care plan, palliative referral and a 'not "
             "for dialysis' flag; no second opinion on record.",
         summary="86F CKD 5, frail; conservative kidney management, palliative plan, no dialysis"),
    dict(key="d-hd-planned", org="D", fn=d_hd_planned, target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="Maintenance in-center hemodialysis 3x/week ordered to start 5 Jan 2027 (active ServiceRequest and care "
             "plan) after AV fistula maturation.",
         summary="CKD 5 (DKD); fistula mature; in-center hemodialysis ordered from Jan 2027"),
    dict(key="d-portal-2nd-opinion-biopsy", org="D", fn=d_portal_second_opinion_biopsy, target="PATIENT_REPORTED_CONCERN",
         kind="positive", expected=["PATIENT_REPORTED_CONCERN", "MAJOR_PROCEDURE_PLANNED"],
         why="Patient-authored portal Communication asks for a second opinion from another nephrologist before the "
             "booked kidney biopsy; the percutaneous native kidney biopsy (active order, 17 Dec 2026) is itself an "
             "invasive procedure not yet performed.",
         summary="Nephrotic-range albuminuria; kidney biopsy booked; patient portal message asks for second opinion"),
    dict(key="d-stone-qr-no", org="D", fn=d_stone_qr_no, target="PATIENT_REPORTED_CONCERN", kind="near-miss",
         expected=[],
         why="The clinic questionnaire explicitly answers No to wanting a second opinion and Yes to concerns addressed "
             "(satisfaction 9/10).",
         summary="Recurrent stone former on surveillance; questionnaire: no second opinion wanted"),
    dict(key="d-egfr-decline", org="D", fn=d_egfr_decline, target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"],
         why="eGFR 44 -> 39 -> 35 -> 30 over 10 months (>30% and >5 mL/min/yr) with UACR rising, while lisinopril and "
             "empagliflozin were taken throughout.",
         summary="DKD: eGFR 44 to 30 and UACR 620 to 1510 in 10 months on ACEi + SGLT2i"),
    dict(key="d-multimorbid", org="D", fn=d_multimorbid, target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Seven active chronic conditions (CKD 4, T2DM/DKD, HFrEF, AF, COPD, chronic gout, recurrent depression) "
             "managed across at least five specialties.",
         summary="CKD 4 with HFrEF, AF, COPD, diabetes, gout, depression - 6 specialists"),
]
