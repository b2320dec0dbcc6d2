"""Cases from the US Medicare Advantage plan (Prairie Harbor): claims-derived resources, ICD-10-CM, CPT/HCPCS,
care-manager notes, prior-authorisation requests."""
from fhirkit import (imgrep, imgobs, LOINC, SCT, HCPCS, CM_NOTE, CONSULT, cc, txt, qty, icdcm, cpt, rx, sct, local, coding)
from registry import case

PAIN = cc(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")


def hcpcs(code, disp):
    return cc(HCPCS, code, disp)


def visit(b, date, service, dx, kind="AMB", pr=0, end=None, admit=None, priority=None, typ="professional",
          extra_lines=(), org=None, amount=150.0):
    """Claims-derived encounter plus the ExplanationOfBenefit that reported it."""
    e = b.enc(date, kind, code=service, reason=list(dx), end=end, pr=pr, admit=admit, priority=priority,
              org=org)
    lines = [(service, amount)] + list(extra_lines)
    b.eob(date, typ, list(dx), lines, enc=e, provider=org or b.pr[pr], end=end)
    return e


OV3 = cpt("99213", "Office or other outpatient visit, established patient, low medical decision making")
OV4 = cpt("99214", "Office or other outpatient visit, established patient, moderate medical decision making")
NP4 = cpt("99204", "Office or other outpatient visit, new patient, moderate medical decision making")
ED4 = cpt("99284", "Emergency department visit, moderate medical decision making")
ED3 = cpt("99283", "Emergency department visit, low medical decision making")
IP3 = cpt("99223", "Initial hospital inpatient or observation care, high medical decision making")
AWV = hcpcs("G0439", "Annual wellness visit, includes a personalized prevention plan of service (PPPS), subsequent visit")


def pracs_ma(specialist, spec_role):
    return [("Ortiz", "Raymond", "Dr.", "MD, Family Medicine (PCP)"),
            (specialist[0], specialist[1], "Dr.", spec_role),
            ("Suggs", "Janet", None, "RN, Care Manager")]


# ------------------------------------------------------------------------------------------------
@case("ma-pe-after-pcp", "MA", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Return-visit e-trigger: PCP visit for dyspnoea labelled bronchitis on 21 Jul, unscheduled ED visit 5 days "
      "later, then unplanned admission with bilateral pulmonary embolism 9 days after the PCP visit.",
      "PCP visit -> ED visit -> unplanned admission (pulmonary embolism) within 9 days")
def ma_pe(b):
    b.setup("Kowalski", "Dolores Ann", "female", "1951-06-02",
            pracs_ma(("Natarajan", "Priya"), "MD, Hospital Medicine"), city="Council Bluffs",
            extra_orgs=[("hosp", "Mercy Riverbend Hospital", "prov")])
    b.cond(icdcm("I10", "Essential (primary) hypertension"), "2012-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("E78.5", "Hyperlipidemia, unspecified"), "2014-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("M81.0", "Age-related osteoporosis without current pathological fracture"), "2019-06-01",
           cat="encounter-diagnosis")
    b.dispense(rx("29046", "lisinopril 10 MG Oral Tablet"), "2026-06-02", 90, 90)
    b.dispense(rx("83367", "atorvastatin 20 MG Oral Tablet"), "2026-06-02", 90, 90)
    visit(b, "2026-03-10", AWV, [icdcm("Z00.00", "Encounter for general adult medical examination without abnormal "
                                                  "findings"), icdcm("I10", "Essential (primary) hypertension")])
    e1 = visit(b, "2026-07-21", OV4, [icdcm("J20.9", "Acute bronchitis, unspecified"),
                                      icdcm("R06.02", "Shortness of breath")])
    b.vitals("2026-07-21", 136, 82, hr=104, enc=e1)
    b.obs(cc(LOINC, "59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), "2026-07-21", qty(93, "%"),
          cat="vital-signs", enc=e1)
    b.dispense(rx("18631", "azithromycin 250 MG Oral Tablet"), "2026-07-21", 6, 5)
    e2 = visit(b, "2026-07-26", ED4, [icdcm("R06.02", "Shortness of breath"), icdcm("R07.89", "Other chest pain")],
               kind="EMER", org=b.orgs["hosp"], amount=780.0)
    b.panel("2026-07-26", [("trop", 12), ("hb", 12.9), ("wbc", 8.8)], "ED labs", enc=e2)
    b.obs(cc(LOINC, "11524-6", "EKG study"), "2026-07-26", "Sinus tachycardia 108, no acute ST changes.",
          cat="procedure", enc=e2)
    e3 = visit(b, "2026-07-30", IP3, [icdcm("I26.99", "Other pulmonary embolism without acute cor pulmonale")],
               kind="IMP", end="2026-08-03", pr=1, admit=("emd", "From accident/emergency department"),
               org=b.orgs["hosp"], typ="institutional", amount=14200.0,
               extra_lines=[(cpt("71275", "Computed tomographic angiography, chest (noncoronary), with contrast "
                                          "material(s)"), 610.0)])
    b.lab("ddim", "2026-07-30", 3850, enc=e3)
    pe = b.cond(icdcm("I26.99", "Other pulmonary embolism without acute cor pulmonale"), "2026-07-30",
                cat="encounter-diagnosis", enc=e3)
    b.dispense(rx("1364430", "apixaban 5 MG Oral Tablet"), "2026-08-03", 60, 30)
    b.dispense(rx("1364430", "apixaban 5 MG Oral Tablet"), "2026-09-01", 60, 30)
    visit(b, "2026-08-12", cpt("99496", "Transitional care management services, high complexity, face-to-face "
                                        "visit within 7 days of discharge"), [icdcm("I26.99", "Other pulmonary "
                                                                                        "embolism without acute "
                                                                                        "cor pulmonale")])
    b.note("2026-08-05", "Transition-of-care call",
           "Post-discharge call. Member admitted 7/30-8/3 via ED with bilateral PE (CTA). She had seen PCP 7/21 for "
           "shortness of breath and was treated for bronchitis with azithromycin; ED visit 7/26 for chest pain and "
           "breathlessness, discharged same day. Now on apixaban. Pattern (PCP visit -> ED -> unplanned admission "
           "within 14 days) referred to plan quality review. TCM visit booked 8/12.",
           typ=CM_NOTE, pr=2)
    b.medstmt(rx("1364430", "apixaban 5 MG Oral Tablet"), "2026-08-03", "5 mg twice daily", reason=pe)


# ------------------------------------------------------------------------------------------------
@case("ma-elective-tka", "MA", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "A PCP visit followed by a hospital admission 8 days later, but the admission was the scheduled elective total "
      "knee arthroplasty (pre-operative clearance visit) - not an unplanned return; the operation is done.",
      "pre-op PCP visit followed by the planned elective knee replacement admission")
def ma_tka(b):
    b.setup("Brennan", "Walter", "male", "1949-09-14",
            pracs_ma(("Haugen", "Erik"), "MD, Orthopaedic Surgery"), city="Omaha",
            extra_orgs=[("hosp", "Mercy Riverbend Hospital", "prov"),
                        ("hh", "Heartland Home Health", "prov")])
    b.cond(icdcm("I10", "Essential (primary) hypertension"), "2010-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2016-01-01",
           cat="encounter-diagnosis")
    oa = b.cond(icdcm("M17.11", "Unilateral primary osteoarthritis, right knee"), "2022-03-01",
                cat="encounter-diagnosis", status="resolved", abate="2026-10-14")
    b.cond(icdcm("Z96.651", "Presence of right artificial knee joint"), "2026-10-14", cat="encounter-diagnosis")
    b.dispense(rx("29046", "lisinopril 20 MG Oral Tablet"), "2026-07-01", 90, 90)
    b.dispense(rx("7646", "omeprazole 20 MG Delayed Release Oral Capsule"), "2026-07-01", 90, 90)
    visit(b, "2026-05-19", NP4, [icdcm("M17.11", "Unilateral primary osteoarthritis, right knee")], pr=1)
    sr = b.sr(cpt("27447", "Arthroplasty, knee, condyle and plateau; medial and lateral compartments (total knee "
                           "arthroplasty)"), "2026-05-19", status="completed", occ="2026-10-14", reason=oa, pr=1,
              insurance=b.cov)
    pa = b.claim_preauth("2026-05-22", [icdcm("M17.11", "Unilateral primary osteoarthritis, right knee")],
                         [(cpt("27447", "Arthroplasty, knee, total"), "2026-10-14")], provider=b.pr[1], related_sr=sr)
    b.add("ClaimResponse", {"status": "active", "type": cc("http://terminology.hl7.org/CodeSystem/claim-type",
                                                          "institutional", "Institutional"),
                            "use": "preauthorization", "patient": {"reference": b.pat},
                            "created": b.dt("2026-05-29", "09:00:00"), "insurer": {"reference": b.orgref},
                            "request": {"reference": pa}, "outcome": "complete", "disposition": "Approved",
                            "preAuthRef": "PA-2605-44817",
                            "preAuthPeriod": {"start": "2026-06-01", "end": "2026-11-30"}}, "clmrsp")
    e1 = visit(b, "2026-10-06", OV4, [icdcm("Z01.818", "Encounter for other preprocedural examination"),
                                      icdcm("M17.11", "Unilateral primary osteoarthritis, right knee")])
    b.panel("2026-10-06", [("hb_m", 14.6), ("crea", 1.0), ("k", 4.3), ("glu", 94)], "Pre-operative labs", enc=e1)
    e2 = visit(b, "2026-10-14", cpt("27447", "Arthroplasty, knee, condyle and plateau; medial and lateral "
                                             "compartments (total knee arthroplasty)"),
               [icdcm("M17.11", "Unilateral primary osteoarthritis, right knee")], kind="IMP", end="2026-10-16",
               pr=1, admit=("outp", "From outpatient department"), priority="EL", org=b.orgs["hosp"],
               typ="institutional", amount=21800.0)
    b.proc(cpt("27447", "Arthroplasty, knee, condyle and plateau; medial and lateral compartments (total knee "
                        "arthroplasty)"), "2026-10-14", reason=oa, based=sr, pr=1)
    visit(b, "2026-10-20", cpt("97161", "Physical therapy evaluation: low complexity"),
          [icdcm("Z96.651", "Presence of right artificial knee joint")], kind="HH", org=b.orgs["hh"])
    b.note("2026-10-21", "Care management - post-surgical follow-up",
           "Scheduled elective right TKA 10/14 (prior auth approved 5/2026), pre-op clearance with PCP 10/6. "
           "Uncomplicated 2-night stay. Home health PT started 10/20. Member walking with walker, pain controlled. "
           "No ED visits or readmission.", typ=CM_NOTE, pr=2)
    b.note("2026-11-24", "Care management - check-in",
           "Member now walking with cane, finished home PT, outpatient PT 2x/week. Very pleased with result.",
           typ=CM_NOTE, pr=2)


# ------------------------------------------------------------------------------------------------
@case("ma-somatic-label-bnp", "MA", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Exertional dyspnoea and chest tightness labelled undifferentiated somatoform disorder (F45.1) since Jan 2026 "
      "and carried on every claim for >10 months while symptoms continue; new presyncope and NT-proBNP 620 pg/mL "
      "that the label cannot explain.",
      "breathlessness labelled somatoform disorder for 10 months; now raised NT-proBNP")
def ma_somatic(b):
    b.setup("Hutchins", "Gloria Jean", "female", "1952-01-23",
            pracs_ma(("Feld", "Martin"), "MD, Cardiology"), city="Sioux City",
            extra_orgs=[("hosp", "St. Luke Prairie Medical Center", "prov")])
    b.cond(icdcm("I10", "Essential (primary) hypertension"), "2011-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("E78.5", "Hyperlipidemia, unspecified"), "2013-01-01", cat="encounter-diagnosis")
    som = b.cond(icdcm("F45.1", "Undifferentiated somatoform disorder"), "2026-01-13", cat="encounter-diagnosis",
                 note="Dyspnea and chest tightness felt to be anxiety-related after normal cardiac work-up.")
    dysp = icdcm("R06.09", "Other forms of dyspnea")
    e1 = visit(b, "2025-11-18", OV4, [dysp, icdcm("R07.89", "Other chest pain")])
    b.panel("2025-11-18", [("hb", 13.1), ("tsh", 2.2), ("crea", 0.9), ("glu", 92)], "Labs", enc=e1, pr=0)
    e2 = visit(b, "2025-12-09", ED3, [icdcm("R07.89", "Other chest pain"), dysp], kind="EMER", org=b.orgs["hosp"],
               amount=640.0)
    b.lab("trop", "2025-12-09", 6, enc=e2)
    visit(b, "2026-01-13", OV4, [icdcm("F45.1", "Undifferentiated somatoform disorder"), dysp])
    b.dispense(rx("321988", "escitalopram 10 MG Oral Tablet"), "2026-01-13", 90, 90)
    b.dispense(rx("321988", "escitalopram 10 MG Oral Tablet"), "2026-04-14", 90, 90)
    b.dispense(rx("321988", "escitalopram 10 MG Oral Tablet"), "2026-07-15", 90, 90)
    b.dispense(rx("321988", "escitalopram 10 MG Oral Tablet"), "2026-10-16", 90, 90)
    visit(b, "2026-03-24", OV3, [icdcm("F45.1", "Undifferentiated somatoform disorder"), dysp])
    visit(b, "2026-06-30", OV3, [icdcm("F45.1", "Undifferentiated somatoform disorder"), dysp])
    b.note("2026-07-08", "Care management call",
           "Member reports breathing 'no better', gets winded walking to the mailbox. States PCP told her it is "
           "anxiety. Taking escitalopram daily. Encouraged to keep PCP follow-up.", typ=CM_NOTE, pr=2)
    e5 = visit(b, "2026-10-20", OV4, [icdcm("F45.1", "Undifferentiated somatoform disorder"), dysp,
                                      icdcm("R55", "Syncope and collapse")])
    b.vitals("2026-10-20", 148, 86, hr=92, wt=79.4, enc=e5)
    b.lab("bnp", "2026-10-20", 620, enc=e5)
    b.lab("hb", "2026-10-20", 12.8, enc=e5)
    b.sr(cpt("93306", "Echocardiography, transthoracic, complete, with spectral and color flow Doppler"),
         "2026-11-05", occ="2026-12-09", reason=som, reason_code=dysp, insurance=b.cov)
    b.note("2026-11-06", "Care management call",
           "Member had near-fainting episode climbing stairs in October. Legs swell by evening. Claims still coded "
           "F45.1 for every visit since January. NT-proBNP 620 (high). Echo ordered for 12/9. Member asks 'if it's "
           "anxiety why are my ankles swollen?'", typ=CM_NOTE, pr=2)


# ------------------------------------------------------------------------------------------------
@case("ma-lumbar-fusion-pa", "MA", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Prior-authorisation request and active order for an L4-L5 posterior lumbar interbody fusion with "
      "instrumentation (CPT 22633 + 22840) scheduled for 12 Jan 2027.",
      "prior-auth request for lumbar spinal fusion scheduled January 2027")
def ma_fusion(b):
    b.setup("Pike", "Ronald", "male", "1955-04-03",
            pracs_ma(("Abernathy", "Colin"), "MD, Neurosurgery"), city="Lincoln",
            extra_orgs=[("hosp", "Bryan Prairie Hospital", "prov")])
    b.cond(icdcm("I10", "Essential (primary) hypertension"), "2009-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("E11.9", "Type 2 diabetes mellitus without complications"), "2017-01-01", cat="encounter-diagnosis")
    sp = b.cond(icdcm("M43.16", "Spondylolisthesis, lumbar region"), "2025-09-10", cat="encounter-diagnosis")
    st = b.cond(icdcm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication"), "2025-09-10",
                cat="encounter-diagnosis")
    b.dispense(rx("6809", "metformin hydrochloride 1000 MG Oral Tablet"), "2026-08-20", 180, 90)
    b.dispense(rx("25480", "gabapentin 300 MG Oral Capsule"), "2026-08-20", 270, 90)
    pt = cpt("97110", "Therapeutic exercises, each 15 minutes")
    for d in ("2026-01-12", "2026-01-26", "2026-02-09"):
        visit(b, d, pt, [icdcm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")],
              pr=0, amount=45.0)
    visit(b, "2026-04-21", cpt("62323", "Injection(s), of diagnostic or therapeutic substance(s), interlaminar "
                                        "epidural, lumbar or sacral; with imaging guidance"),
          [icdcm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")], pr=1)
    mr = visit(b, "2026-08-05", cpt("72148", "Magnetic resonance imaging, spinal canal and contents, lumbar; "
                                             "without contrast material"),
               [icdcm("M43.16", "Spondylolisthesis, lumbar region")], org=b.orgs["hosp"])
    b.report(imgrep("MR Lumbar spine"), "2026-08-05", None,
             "Grade I degenerative spondylolisthesis L4-L5 with severe central and bilateral foraminal stenosis.",
             enc=mr, cat="RAD")
    visit(b, "2026-08-18", NP4, [icdcm("M43.16", "Spondylolisthesis, lumbar region"),
                                 icdcm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")],
          pr=1)
    sr = b.sr(cpt("22633", "Arthrodesis, combined posterior or posterolateral technique with posterior interbody "
                           "technique including laminectomy and/or discectomy, single interspace, lumbar"),
              "2026-10-28", occ="2027-01-12", reason=[sp, st], pr=1, insurance=b.cov,
              performer=b.orgs["hosp"], note="L4-L5 TLIF with pedicle screw instrumentation; 2-3 night inpatient stay.")
    b.claim_preauth("2026-11-02", [icdcm("M43.16", "Spondylolisthesis, lumbar region"),
                                   icdcm("M48.062", "Spinal stenosis, lumbar region with neurogenic claudication")],
                    [(cpt("22633", "Arthrodesis, posterior interbody, single interspace, lumbar"), "2027-01-12"),
                     (cpt("22840", "Posterior non-segmental instrumentation"), "2027-01-12")],
                    provider=b.orgs["hosp"], related_sr=sr)
    b.score(PAIN, "2026-10-12", 7, note="Telephonic assessment")
    b.note("2026-11-03", "Care management - prior authorization received",
           "PA request received 11/2 for L4-5 lumbar interbody fusion (22633, 22840) at Bryan Prairie Hospital, "
           "planned 1/12/2027. Conservative care documented: PT x 3 months, epidural injection 4/2026, gabapentin. "
           "Sent for utilization review. Member aware of 3-month recovery and driving restriction.",
           typ=CM_NOTE, pr=2)


# ------------------------------------------------------------------------------------------------
@case("ma-hospice-hf", "MA", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "End-stage heart failure after two admissions in 2026; cardiologist documented no advanced-therapy options "
      "(not an LVAD or transplant candidate) and he elected hospice in September 2026; no second opinion on record.",
      "end-stage heart failure, 'nothing more can be done', hospice election")
def ma_hospice(b):
    b.setup("Jennings", "Harold", "male", "1944-12-11",
            pracs_ma(("Feld", "Martin"), "MD, Cardiology"), city="Council Bluffs",
            extra_orgs=[("hosp", "Mercy Riverbend Hospital", "prov"),
                        ("hospice", "Loess Hills Hospice", "prov")])
    b.cond(icdcm("I50.22", "Chronic systolic (congestive) heart failure"), "2019-03-01", cat="encounter-diagnosis",
           status="inactive", abate="2026-08-20", note="Recoded as end-stage heart failure 8/2026.")
    hf = b.cond(icdcm("I50.84", "End stage heart failure"), "2026-08-20", cat="encounter-diagnosis",
                note="LVEF 15%. Not a candidate for LVAD or transplant (age, frailty, CKD).")
    b.cond(icdcm("I48.20", "Chronic atrial fibrillation, unspecified"), "2018-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("N18.32", "Chronic kidney disease, stage 3b"), "2022-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("Z66", "Do not resuscitate"), "2026-09-02", cat="encounter-diagnosis")
    adhf = icdcm("I50.23", "Acute on chronic systolic (congestive) heart failure")
    visit(b, "2026-05-04", IP3, [adhf], kind="IMP", end="2026-05-09", admit=("emd", "From accident/emergency "
                                                                                      "department"),
          org=b.orgs["hosp"], typ="institutional", amount=18900.0)
    b.lab("bnp", "2026-05-04", 8900)
    visit(b, "2026-08-16", IP3, [adhf], kind="IMP", end="2026-08-22", admit=("emd", "From accident/emergency "
                                                                                      "department"),
          org=b.orgs["hosp"], typ="institutional", amount=24100.0)
    b.lab("bnp", "2026-08-16", 14300)
    e3 = visit(b, "2026-09-02", cpt("99215", "Office or other outpatient visit, established patient, high medical "
                                              "decision making"), [icdcm("I50.84", "End stage heart failure")], pr=1,
               extra_lines=[(cpt("99497", "Advance care planning, first 30 minutes"), 86.0)])
    b.note("2026-09-02", "Cardiology clinic note",
           "81M with ischemic cardiomyopathy, LVEF 15%, NYHA IV despite GDMT as tolerated (hypotension limits "
           "sacubitril/valsartan; BB reduced). Two ADHF admissions in 4 months. Not a candidate for LVAD or "
           "transplant given age, frailty and CKD 3b. No further disease-directed options. Discussed goals of care "
           "with patient and daughter; DNR; recommend hospice enrollment.", typ=CONSULT, enc=e3, pr=1)
    b.sr(sct("305336008", "Admission to hospice", "Hospice referral"), "2026-09-02", status="completed",
         reason=hf, pr=1, performer=b.orgs["hospice"])
    b.episode(txt("Hospice - routine home care"), "2026-09-15", conds=[hf], org=b.orgs["hospice"], pr=2)
    for d, e_ in [("2026-09-15", "2026-09-30"), ("2026-10-01", "2026-10-31"), ("2026-11-01", "2026-11-30")]:
        b.eob(d, "institutional", [icdcm("I50.84", "End stage heart failure")],
              [(hcpcs("Q5001", "Hospice or home health care provided in patient's home/residence"), 3900.0)],
              provider=b.orgs["hospice"], end=e_)
    b.dispense(rx("4603", "furosemide 40 MG Oral Tablet"), "2026-09-15", 60, 30)
    b.dispense(rx("1364430", "apixaban 2.5 MG Oral Tablet"), "2026-09-15", 60, 30)
    b.dispense(rx("7052", "morphine sulfate 20 MG/ML Oral Solution"), "2026-10-03", 1, 30)
    b.note("2026-09-18", "Care management note",
           "Member elected Medicare hospice benefit 9/15 with Loess Hills Hospice. Daughter reports the cardiologist "
           "said 'there is nothing more we can do for his heart'. Member comfortable at home on low-dose morphine "
           "for dyspnea. No request for second opinion. Case transitioned to hospice coordination.",
           typ=CM_NOTE, pr=2)


# ------------------------------------------------------------------------------------------------
@case("ma-folfox-started", "MA", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Stage III sigmoid colon cancer after colectomy: adjuvant FOLFOX chemotherapy (oxaliplatin, leucovorin, "
      "infusional 5-FU via port) started 3 Nov 2026, 12 cycles planned.",
      "adjuvant FOLFOX chemotherapy started November 2026 (claims)")
def ma_folfox(b):
    b.setup("Tran", "Beverly", "female", "1956-07-19",
            pracs_ma(("Okafor", "Adaeze"), "MD, Medical Oncology"), city="Omaha",
            extra_orgs=[("hosp", "Bryan Prairie Hospital", "prov"),
                        ("onc", "Prairie Cancer Specialists", "prov")])
    b.cond(icdcm("I10", "Essential (primary) hypertension"), "2015-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("E78.5", "Hyperlipidemia, unspecified"), "2015-01-01", cat="encounter-diagnosis")
    ca = b.cond(icdcm("C18.7", "Malignant neoplasm of sigmoid colon"), "2026-08-04", cat="encounter-diagnosis",
                note="pT3 pN1b (3/18 nodes) M0, stage IIIB.")
    visit(b, "2026-08-04", cpt("45380", "Colonoscopy, flexible; with biopsy, single or multiple"),
          [icdcm("C18.7", "Malignant neoplasm of sigmoid colon")], org=b.orgs["hosp"], amount=980.0)
    visit(b, "2026-08-11", cpt("74177", "Computed tomography, abdomen and pelvis; with contrast material(s)"),
          [icdcm("C18.7", "Malignant neoplasm of sigmoid colon")], org=b.orgs["hosp"], amount=520.0)
    visit(b, "2026-09-02", cpt("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"),
          [icdcm("C18.7", "Malignant neoplasm of sigmoid colon")], kind="IMP", end="2026-09-06",
          org=b.orgs["hosp"], typ="institutional", amount=26400.0, priority="EL")
    b.proc(cpt("44204", "Laparoscopy, surgical; colectomy, partial, with anastomosis"), "2026-09-02", reason=ca)
    e4 = visit(b, "2026-10-06", cpt("99205", "Office or other outpatient visit, new patient, high medical decision "
                                              "making"), [icdcm("C18.7", "Malignant neoplasm of sigmoid colon")],
               pr=1, org=b.orgs["onc"])
    b.panel("2026-10-06", [("hb", 11.6), ("plt", 288), ("wbc", 6.2), ("alt", 21), ("crea", 0.8)],
            "Pre-chemotherapy labs", enc=e4)
    visit(b, "2026-10-20", cpt("36561", "Insertion of tunneled centrally inserted central venous access device, "
                                        "with subcutaneous port"), [icdcm("C18.7", "Malignant neoplasm of sigmoid "
                                                                                   "colon")],
          org=b.orgs["hosp"], amount=1450.0)
    cp = b.careplan("Adjuvant FOLFOX x 12 cycles", sct("367336001", "Chemotherapy"), "2026-11-03", addresses=[ca],
                    desc="Oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus then 2400 mg/m2 over 46 h, "
                         "every 14 days x 12.", acts=[("Cycle 1 11/3/2026", "completed"),
                                                       ("Cycle 2 11/17/2026", "completed"),
                                                       ("Cycles 3-12", "scheduled")], pr=1)
    chemo_lines = [(cpt("96416", "Chemotherapy administration, intravenous; initiation of prolonged chemotherapy "
                                 "infusion (more than 8 hours), requiring use of a portable or implantable pump"), 310.0),
                   (hcpcs("J9263", "Injection, oxaliplatin, 0.5 mg"), 1180.0),
                   (hcpcs("J0640", "Injection, leucovorin calcium, per 50 mg"), 240.0),
                   (hcpcs("J9190", "Injection, fluorouracil, 500 mg"), 96.0)]
    for d in ("2026-11-03", "2026-11-17"):
        e = visit(b, d, cpt("96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour, "
                                     "single or initial substance/drug"),
                  [icdcm("C18.7", "Malignant neoplasm of sigmoid colon"),
                   icdcm("Z51.11", "Encounter for antineoplastic chemotherapy")], pr=1, org=b.orgs["onc"],
                  amount=280.0, extra_lines=chemo_lines)
        b.medadmin(rx("32592", "oxaliplatin"), d, "85 mg/m2 IV over 2 hours", dose=qty(145, "mg"), reason=ca)
    b.note("2026-11-20", "Care management - oncology check-in",
           "Member started adjuvant FOLFOX 11/3 (cycle 2 on 11/17). Reports fatigue, cold-induced tingling in "
           "fingers, nausea controlled with ondansetron. On medical leave from part-time job. Pump disconnect "
           "by home health. Referred to plan's oncology nurse navigator.", typ=CM_NOTE, pr=2)
    b.dispense(rx("26225", "ondansetron 8 MG Oral Tablet"), "2026-11-03", 20, 10)


# ------------------------------------------------------------------------------------------------
@case("ma-parkinson-2nd-done", "MA", "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "He messaged the plan in Feb 2026 doubting his Parkinson's diagnosis and asking for a second opinion, but the "
      "second opinion (movement-disorders consult plus DaTscan, April 2026) is on record and confirmed it; he is "
      "satisfied - the concern is already answered within 12 months.",
      "patient asked for a second opinion on Parkinson's; done in April 2026 and confirmed")
def ma_parkinson(b):
    b.setup("Marsh", "Eugene", "male", "1950-03-30",
            pracs_ma(("Lindqvist", "Hanna"), "MD, Neurology"), city="Des Moines",
            extra_orgs=[("univ", "University of Iowa Health Care - Movement Disorders Clinic", "prov")])
    b.add("Practitioner", {"active": True, "name": [{"family": "Reyes", "given": ["Tomas"], "prefix": ["Dr."]}],
                           "qualification": [{"code": txt("MD, Movement Disorders Neurology")}]}, "prac")
    second = f"Practitioner/{b.cid}-prac-4"
    b.cond(icdcm("I10", "Essential (primary) hypertension"), "2013-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), "2018-01-01",
           cat="encounter-diagnosis")
    pd = b.cond(icdcm("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations"),
                "2026-01-20", cat="encounter-diagnosis")
    visit(b, "2026-01-20", NP4, [icdcm("G20.A1", "Parkinson's disease without dyskinesia, without mention of "
                                                 "fluctuations")], pr=1)
    b.comm("2026-02-14", "I was told I have Parkinson's after one 20 minute visit. I don't think that is right - my "
                         "hand only shakes when I'm tired. I would like a second opinion from another neurologist "
                         "before I take these pills for the rest of my life. Is that covered?",
           recipient=b.pr[2], topic="Member portal message: second opinion request")
    ref = b.sr(cpt("99245", "Office or other outpatient consultation, new or established patient, high medical "
                            "decision making"), "2026-02-18", status="completed", intent="order", reason=pd,
               reason_code=cc("http://terminology.hl7.org/CodeSystem/v2-0336", "S", "Second Opinion"),
               performer=second, insurance=b.cov, note="Second opinion requested by member.")
    e2 = b.enc("2026-04-08", "AMB", "Second opinion consultation", reason=[cc(
        "http://terminology.hl7.org/CodeSystem/v2-0336", "S", "Second Opinion")], org=b.orgs["univ"], pr=0)
    b.entries[-1]["resource"]["participant"] = [{"individual": {"reference": second}}]
    b.entries[-1]["resource"]["basedOn"] = [{"reference": ref}]
    b.eob("2026-04-08", "professional", [icdcm("G20.A1", "Parkinson's disease without dyskinesia, without mention "
                                                        "of fluctuations")],
          [(cpt("99245", "Office or other outpatient consultation, high medical decision making"), 310.0)],
          enc=e2, provider=b.orgs["univ"])
    b.eob("2026-04-22", "institutional", [icdcm("G20.A1", "Parkinson's disease without dyskinesia, without mention "
                                                         "of fluctuations")],
          [(cpt("78830", "Radiopharmaceutical localization of tumor, inflammatory process or distribution of "
                         "radiopharmaceutical agent(s), SPECT with concurrently acquired CT"), 1400.0),
           (hcpcs("A9584", "Iodine I-123 ioflupane, diagnostic, per study dose, up to 5 millicuries"), 2900.0)],
          provider=b.orgs["univ"])
    b.note("2026-04-24", "Second opinion consultation - movement disorders",
           "Referred at patient request for second opinion. Asymmetric rest tremor R>L, bradykinesia, cogwheel "
           "rigidity R arm, reduced arm swing. DaT-SPECT 4/22: reduced putaminal uptake bilaterally, L>R. "
           "Impression: idiopathic Parkinson's disease; agree with Dr. Lindqvist. Start carbidopa/levodopa "
           "25/100 TID. Patient reassured and accepts the diagnosis.",
           typ=CONSULT, enc=e2, author_ref=second)
    b.dispense(txt("carbidopa 25 MG / levodopa 100 MG Oral Tablet"), "2026-04-25", 270, 90)
    b.dispense(txt("carbidopa 25 MG / levodopa 100 MG Oral Tablet"), "2026-07-24", 270, 90)
    b.dispense(txt("carbidopa 25 MG / levodopa 100 MG Oral Tablet"), "2026-10-22", 270, 90)
    b.comm("2026-05-02", "Thank you for arranging the second opinion at the university. Dr. Reyes explained it all "
                         "very clearly and I'm OK with the diagnosis now. Starting the medicine.",
           recipient=b.pr[2], topic="Member portal message")
    b.note("2026-05-04", "Care management note",
           "Second opinion completed 4/8 (UIHC movement disorders) with DaTscan 4/22 - confirms PD. Member "
           "satisfied, started carbidopa/levodopa. No further concerns voiced.", typ=CM_NOTE, pr=2)
    visit(b, "2026-10-19", OV3, [icdcm("G20.A1", "Parkinson's disease without dyskinesia, without mention of "
                                                 "fluctuations")], pr=1)


# ------------------------------------------------------------------------------------------------
@case("ma-a1c-rising", "MA", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "Type 2 diabetes: HbA1c 7.4 -> 8.2 -> 9.1 % from Jan to Oct 2026 (rise 1.7 points, MCID 0.5) while metformin "
      "and glipizide were filled on time every 90 days throughout.",
      "HbA1c rising over 9 months despite continuously filled metformin + glipizide")
def ma_a1c(b):
    b.setup("Navarro", "Luis", "male", "1958-10-05",
            pracs_ma(("Shah", "Nikhil"), "MD, Endocrinology"), city="Grand Island")
    dm = b.cond(icdcm("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), "2015-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("I10", "Essential (primary) hypertension"), "2015-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("E78.5", "Hyperlipidemia, unspecified"), "2016-01-01", cat="encounter-diagnosis")
    b.medstmt(rx("6809", "metformin hydrochloride 1000 MG Oral Tablet"), "2016-02-01", "1000 mg twice daily",
              reason=dm, asserted="2026-10-19")
    b.medstmt(rx("4821", "glipizide 10 MG Oral Tablet"), "2019-05-01", "10 mg twice daily", reason=dm,
              asserted="2026-10-19")
    for d in ("2025-12-15", "2026-03-16", "2026-06-15", "2026-09-14"):
        b.dispense(rx("6809", "metformin hydrochloride 1000 MG Oral Tablet"), d, 180, 90)
        b.dispense(rx("4821", "glipizide 10 MG Oral Tablet"), d, 180, 90)
    a1c_line = (cpt("83036", "Hemoglobin; glycosylated (A1C)"), 13.0)
    for d, a1c in [("2026-01-12", 7.4), ("2026-05-11", 8.2), ("2026-10-19", 9.1)]:
        e = visit(b, d, OV4, [icdcm("E11.65", "Type 2 diabetes mellitus with hyperglycemia")],
                  extra_lines=[a1c_line])
        b.lab("a1c", d, a1c, enc=e)
        if d == "2026-10-19":
            b.vitals(d, 138, 84, hr=78, wt=97.2, enc=e, bmi=32.1)
            b.lab("egfr", d, 74, enc=e)
    b.note("2026-10-22", "Care management - diabetes program",
           "A1c trend 7.4 (1/2026) -> 8.2 (5/2026) -> 9.1 (10/2026). Pharmacy claims show on-time 90-day fills of "
           "metformin 1000 mg BID and glipizide 10 mg BID all year (PDC 98%). Member reports taking as prescribed, "
           "walking daily, more thirst and nocturia. PCP plans endocrinology referral; discussed GLP-1 RA coverage.",
           typ=CM_NOTE, pr=2)
    b.sr(cpt("99204", "Office or other outpatient visit, new patient, moderate medical decision making"),
         "2026-10-19", reason=dm, performer=b.pr[1], note="Endocrinology referral - uncontrolled T2DM.")


# ------------------------------------------------------------------------------------------------
@case("ma-knee-pain-flat", "MA", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "Knee osteoarthritis on continuous meloxicam: telephonic pain scores 5 -> 6 -> 6 over 8 months - a 1-point "
      "change, below the ~2-point MCID for 0-10 pain.",
      "knee OA pain scores drifting 5 -> 6 -> 6 on meloxicam")
def ma_knee(b):
    b.setup("Doyle", "Patricia", "female", "1954-02-17",
            pracs_ma(("Haugen", "Erik"), "MD, Orthopaedic Surgery"), city="Kearney")
    oa = b.cond(icdcm("M17.0", "Bilateral primary osteoarthritis of knee"), "2021-04-01", cat="encounter-diagnosis")
    b.cond(icdcm("I10", "Essential (primary) hypertension"), "2012-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("E66.9", "Obesity, unspecified"), "2012-01-01", cat="encounter-diagnosis")
    b.cond(icdcm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2017-01-01",
           cat="encounter-diagnosis")
    b.medstmt(rx("41493", "meloxicam 15 MG Oral Tablet"), "2022-01-10", "15 mg once daily", reason=oa,
              asserted="2026-10-12")
    for d in ("2026-01-05", "2026-04-06", "2026-07-06", "2026-10-05"):
        b.dispense(rx("41493", "meloxicam 15 MG Oral Tablet"), d, 90, 90)
    b.dispense(rx("17767", "amlodipine 5 MG Oral Tablet"), "2026-07-06", 90, 90)
    for d, v in [("2026-02-09", 5), ("2026-06-08", 6), ("2026-10-12", 6)]:
        b.score(PAIN, d, v, note="Care manager telephonic assessment, worst knee")
    visit(b, "2026-03-17", OV4, [icdcm("M17.0", "Bilateral primary osteoarthritis of knee"),
                                 icdcm("I10", "Essential (primary) hypertension")])
    visit(b, "2026-07-14", cpt("20610", "Arthrocentesis, aspiration and/or injection, major joint or bursa; without "
                                        "ultrasound guidance"), [icdcm("M17.0", "Bilateral primary osteoarthritis "
                                                                                "of knee")], pr=1,
          extra_lines=[(hcpcs("J3301", "Injection, triamcinolone acetonide, not otherwise specified, 10 mg"), 18.0)])
    for d in ("2026-08-03", "2026-08-17", "2026-08-31"):
        visit(b, d, cpt("97110", "Therapeutic exercises, each 15 minutes"),
              [icdcm("M17.0", "Bilateral primary osteoarthritis of knee")], amount=45.0)
    e = visit(b, "2026-10-20", OV3, [icdcm("M17.0", "Bilateral primary osteoarthritis of knee")])
    b.vitals("2026-10-20", 134, 80, wt=91.0, enc=e, bmi=34.6)
    b.note("2026-10-13", "Care management - quarterly assessment",
           "Knee pain 6/10 (was 5/10 in Feb, 6/10 in June). Still walks to church and grocery store. Injection in "
           "July helped ~6 weeks. Finished PT course. Not interested in surgery. Continue meloxicam, weight "
           "management program referral.", typ=CM_NOTE, pr=2)


# ------------------------------------------------------------------------------------------------
@case("ma-multimorbid", "MA", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Six active chronic conditions followed by five specialties (HFrEF and AF - cardiology, COPD - pulmonology, "
      "T2DM - endocrinology, CKD 3b - nephrology, RA - rheumatology) with 13 maintenance drugs; measures are stable.",
      "six chronic conditions across five specialties, complex case management")
def ma_complex(b):
    b.setup("Odom", "Franklin", "male", "1947-05-25",
            [("Ortiz", "Raymond", "Dr.", "MD, Family Medicine (PCP)"),
             ("Feld", "Martin", "Dr.", "MD, Cardiology"),
             ("Whitcomb", "Laura", "Dr.", "MD, Pulmonology"),
             ("Adeyemi", "Tunde", "Dr.", "MD, Nephrology"),
             ("Castellano", "Rita", "Dr.", "MD, Rheumatology"),
             ("Shah", "Nikhil", "Dr.", "MD, Endocrinology"),
             ("Suggs", "Janet", None, "RN, Care Manager")], city="Council Bluffs")
    hf = icdcm("I50.22", "Chronic systolic (congestive) heart failure")
    af = icdcm("I48.20", "Chronic atrial fibrillation, unspecified")
    copd = icdcm("J44.9", "Chronic obstructive pulmonary disease, unspecified")
    dm = icdcm("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")
    ckd = icdcm("N18.32", "Chronic kidney disease, stage 3b")
    ra = icdcm("M06.9", "Rheumatoid arthritis, unspecified")
    for code, onset in [(hf, "2020-02-01"), (af, "2020-02-01"), (copd, "2016-01-01"), (dm, "2010-01-01"),
                        (ckd, "2022-06-01"), (ra, "2012-01-01")]:
        b.cond(code, onset, cat="encounter-diagnosis")
    meds = [("1656339", "sacubitril 24 MG / valsartan 26 MG Oral Tablet"), ("20352", "carvedilol 12.5 MG Oral Tablet"),
            ("1364430", "apixaban 5 MG Oral Tablet"), ("69120", "tiotropium 2.5 MCG/ACTUAT Inhalation Spray"),
            ("274783", "insulin glargine 100 UNT/ML Injectable Solution"), ("1545653", "empagliflozin 10 MG Oral Tablet"),
            ("6851", "methotrexate 2.5 MG Oral Tablet"), ("9997", "spironolactone 25 MG Oral Tablet"),
            ("4603", "furosemide 40 MG Oral Tablet")]
    for code, name in meds:
        b.dispense(rx(code, name), "2026-09-20", 90, 90)
    for d, pr, dx in [("2026-02-10", 1, [hf, af]), ("2026-03-05", 2, [copd]), ("2026-04-14", 3, [ckd, dm]),
                      ("2026-05-19", 4, [ra]), ("2026-06-23", 5, [dm]), ("2026-08-11", 1, [hf, af]),
                      ("2026-10-13", 3, [ckd, dm])]:
        visit(b, d, OV4, dx, pr=pr)
    for d, a1c, egfr in [("2026-04-14", 7.1, 38), ("2026-10-13", 7.0, 37)]:
        b.lab("a1c", d, a1c)
        b.lab("egfr", d, egfr)
    b.obs(cc(LOINC, "10230-1", "Left ventricular Ejection fraction"), "2026-02-10", qty(30, "%"), cat="imaging")
    b.obs(cc(LOINC, "19926-5", "FEV1/FVC"), "2026-03-05", qty(58, "%"), cat="exam")
    visit(b, "2026-06-02", cpt("99490", "Chronic care management services, first 20 minutes of clinical staff "
                                        "time"), [hf, copd, dm], pr=6, kind="VR", amount=62.0)
    b.note("2026-06-02", "Care management - complex case enrollment",
           "Enrolled in complex case management. Six chronic conditions (HFrEF EF 30%, chronic AF, COPD GOLD 2, "
           "T2DM with CKD, CKD 3b, seropositive RA) followed by cardiology, pulmonology, nephrology, rheumatology "
           "and endocrinology plus PCP. 13 maintenance medications incl. methotrexate with reduced eGFR and "
           "anticoagulation. Conditions currently stable; no admissions in 12 months. Goals: medication "
           "reconciliation across prescribers, single care plan.", typ=CM_NOTE, pr=6)
    b.careplan("Complex case management plan", cc("http://hl7.org/fhir/us/core/CodeSystem/careplan-category",
                                                   "assess-plan", "Assessment and Plan of Treatment"),
               "2026-06-02", desc="Coordinate care across five specialties; monthly care manager calls.",
               acts=[("Monthly medication reconciliation call", "in-progress"),
                     ("Daily weights and COPD action plan", "in-progress")], pr=6)
