"""Cases from the urology and men's health service (Riverbend Urology & Men's Health, Columbus OH)."""
from fhirkit import (Case, case, cc, q, coding, LOINC, SCT, ICD10CM, CPT, HCPCS, RXN, UCUM, T, UROLOGY, UR_LOCAL,
                     NPI_SYS, npi, us_patient, medicare, commercial, score_obs, sym_obs, _us_prac)

ORG = "urology"


def cm(code, display, sct=None, text=None):
    codings = [(ICD10CM, code, display)]
    if sct:
        codings.append((SCT, sct[0], sct[1]))
    return cc(*codings, text=text or display)


def rx(ingredient, rxcui, text):
    return cc((RXN, rxcui, ingredient), text=text)


def cpt(code, display, text=None):
    return cc((CPT, code, display), text=text or display)


OV = cpt("99214", "Office or other outpatient visit, established patient, moderate medical decision making", "Office visit")
OV_NEW = cpt("99204", "Office or other outpatient visit, new patient, moderate medical decision making", "New patient visit")
NOTE = cc((LOINC, "11506-3", "Progress note"), text="Clinic progress note")
CONSULT = cc((LOINC, "11488-4", "Consult note"))


def psa(C, d, v, enc=None, note=None):
    return C.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", d, v, "ng/mL", None, 4.0, enc=enc, text="PSA, total",
                 note=note)


def ipss(C, d, total, qol, enc=None):
    return score_obs(C, cc((UR_LOCAL, "IPSS-TOTAL", "International Prostate Symptom Score, total (0-35)"), text="IPSS total"), d, total,
                     enc=enc, note=f"IPSS quality-of-life item (0-6): {qol}")


def iief5(C, d, total, enc=None):
    return score_obs(C, cc((UR_LOCAL, "IIEF5-TOTAL", "IIEF-5 (SHIM) total score (5-25)"), text="IIEF-5 / SHIM"), d, total, enc=enc)


# --------------------------------------------------------------------------------- C1
@case("c01-flank-pain-stone", ORG, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "Recurrent left flank pain with microhaematuria over eight weeks and a normal renal ultrasound were explained by a 5 mm "
      "ureteral stone on CT; it passed, the stone was analysed and pain and haematuria resolved.",
      "44-year-old man, 8 weeks of flank pain and microhaematuria with normal ultrasound, then CT shows ureteral stone; passed, resolved")
def c01(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Jason", "Patrick"], "Ellery", "male", "1982-05-11", "RB-0048213", "1187 Kenny Rd", "Columbus", "OH",
                       "43212", "+1 614 555 0133", marital="M"),
            commercial("BMH88213407"), practitioners=["ra", "np", "rd"])
    C.cond(cm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), onset="2020", recorded="2021-03-02", who="np")
    visits = [("2026-08-10", 12, "Intermittent left flank pain x 2 weeks"), ("2026-09-14", 15, "Left flank pain recurring weekly"),
              ("2026-10-05", 18, "Left flank pain, worse this week")]
    encs = []
    for d, rbc, r in visits:
        e = C.enc(d, type_=OV if encs else OV_NEW, who="np" if d < "2026-10-01" else "ra", reason=cc((SCT, "247355005", "Flank pain"), text=r))
        encs.append(e)
        C.vitals(d, enc=e, sbp=128, dbp=82, hr=76, temp=36.8)
        sym_obs(C, "247355005", "Flank pain", r, d, enc=e)
        C.lab("13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field", d, rbc, "/[HPF]", 0, 2, enc=e,
              text="Urine RBC/HPF")
    C.cond(cm("R31.29", "Other microscopic hematuria", sct=("197940006", "Microscopic hematuria")), onset="2026-08-10",
           recorded="2026-08-10", clinical="resolved", abatement="2026-10-26", category="encounter-diagnosis", who="np")
    cult = C.obs(cc((LOINC, "630-4", "Bacteria identified in Urine by Culture"), text="Urine culture"), "2026-08-10",
                 "No growth at 48 hours", interp="N", enc=encs[0])
    cr = C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-08-10", 0.94, "mg/dL", 0.7, 1.3, enc=encs[0])
    us = C.obs(cpt("76770", "Ultrasound, retroperitoneal, complete", "Renal ultrasound"), "2026-08-17",
               "Both kidneys normal size and echotexture. No hydronephrosis. No calculus seen. Bladder unremarkable.", category="imaging",
               interp="N")
    C.report(cpt("76770", "Ultrasound, retroperitoneal, complete", "Renal ultrasound"), "2026-08-17", [us], category=("RAD", "Radiology"),
             conclusion="Normal renal ultrasound.", who="rd")
    ct = C.obs(cpt("74176", "Computed tomography, abdomen and pelvis; without contrast material", "CT abdomen/pelvis, stone protocol"),
               "2026-10-05", "5 mm calculus in the left distal ureter near the UVJ with mild left hydroureteronephrosis. No other calculi.",
               category="imaging", interp="A")
    C.report(cpt("74176", "Computed tomography, abdomen and pelvis; without contrast material", "CT stone protocol"), "2026-10-05", [ct],
             category=("RAD", "Radiology"), conclusion="5 mm left distal ureteral stone with mild hydronephrosis.", who="rd")
    stone = C.cond(cm("N20.1", "Calculus of ureter", sct=("95570007", "Kidney stone")), onset="2026-10-05", recorded="2026-10-05",
                   clinical="resolved", abatement="2026-10-18", who="ra")
    C.med_request(rx("tamsulosin", "77492", "tamsulosin 0.4 mg oral capsule"), "2026-10-05", "0.4 mg by mouth daily until stone passes",
                  "ra", status="completed", reason_ref=[stone])
    C.med_request(rx("ketorolac", "35827", "ketorolac 10 mg oral tablet"), "2026-10-05", "10 mg every 6 hours as needed, max 5 days", "ra",
                  status="completed", reason_ref=[stone])
    an = C.obs(cc((UR_LOCAL, "STONE-AN", "Calculus analysis, infrared spectroscopy"), text="Stone analysis"), "2026-10-22",
               "Calcium oxalate monohydrate 80%, calcium phosphate 20%")
    e4 = C.enc("2026-10-26", type_=OV, who="ra", reason=cc(text="Follow-up after stone passage"))
    C.lab("13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field", "2026-10-26", 1, "/[HPF]", 0, 2, enc=e4,
          text="Urine RBC/HPF")
    C.note("2026-09-14", "Clinic note",
           "44M, intermittent L flank pain now 6 weeks, microhematuria 12-15 RBC/HPF, culture negative, renal US normal, Cr 0.94. "
           "Nonsmoker. Pain episodic, not severe today. Plan: CT stone protocol if persists; return in 3 weeks.", "np", enc=encs[1], type_=NOTE)
    C.note("2026-10-26", "Clinic note",
           "Passed stone 10/18 and strained it. Analysis: calcium oxalate monohydrate. No pain since. UA today 1 RBC/HPF. "
           "Microhematuria explained by ureteral calculus and resolved; no further hematuria evaluation needed. "
           "Counseled on hydration (>2.5 L/day), reduced sodium. 24-h urine if recurrence. Return as needed.", "ra", enc=e4, type_=NOTE)
    return C


# --------------------------------------------------------------------------------- C2
@case("c02-psa-followed-up", ORG, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "A raised PSA (5.6 ng/mL, July) was followed up within 60 days by a repeat PSA, free-PSA ratio and prostate MRI "
      "(PI-RADS 2, PSA density 0.10) with a documented shared decision to recheck PSA in 6 months: the red flag was acted on.",
      "62-year-old man, PSA 5.6 then 5.2, free PSA 26%, MRI PI-RADS 2 within 6 weeks; PSA recheck scheduled")
def c02(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Gregory", "Alan"], "Whitcombe", "male", "1964-09-03", "RB-0051877", "62 Brevoort Rd", "Columbus", "OH",
                       "43214", "+1 614 555 0191", marital="M"),
            commercial("BMH55102288", plan="Buckeye Select HMO"), practitioners=["wh", "np", "rd"])
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2015", recorded="2019-05-02", who="np")
    C.cond(cm("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms", sct=("266569009", "Benign prostatic hyperplasia")),
           onset="2023", recorded="2024-01-22", who="np")
    psa(C, "2025-06-10", 3.1)
    e1 = C.enc("2026-07-14", type_=OV, who="np", reason=cc(text="Annual LUTS follow-up"))
    C.vitals("2026-07-14", enc=e1, sbp=134, dbp=82, hr=70)
    psa(C, "2026-07-14", 5.6, enc=e1)
    ipss(C, "2026-07-14", 7, 1, enc=e1)
    C.obs(cc((UR_LOCAL, "DRE", "Digital rectal examination"), text="DRE"), "2026-07-14",
          "Smooth, symmetric, ~40 g, no nodules, non-tender", category="exam", interp="N", enc=e1, issued=False)
    e2 = C.enc("2026-08-11", type_=OV, who="wh", reason=cc(text="Elevated PSA"))
    psa(C, "2026-08-11", 5.2, enc=e2)
    C.lab("12841-3", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma", "2026-08-11", 26, "%", 25, None, enc=e2,
          text="Free PSA %", interp="N", ref_text=">25% associated with lower likelihood of cancer")
    mri = C.obs(cpt("72197", "Magnetic resonance imaging, pelvis; without contrast material, followed by contrast material(s) and further sequences",
                    "Multiparametric MRI prostate"), "2026-08-25",
                "Prostate volume 52 mL. Diffuse BPH nodularity of transition zone. No focal lesion in peripheral zone. PI-RADS v2.1 overall assessment 2.",
                category="imaging", interp="N")
    pirads = C.obs(cc((UR_LOCAL, "PIRADS", "PI-RADS v2.1 overall assessment category"), text="PI-RADS"), "2026-08-25",
                   cc((UR_LOCAL, "PIRADS-2", "PI-RADS 2 - Low (clinically significant cancer is unlikely)")), category="imaging", interp="N")
    dens = C.obs(cc((UR_LOCAL, "PSAD", "PSA density"), text="PSA density"), "2026-08-25", q(0.10, "ng/mL/mL", "ng/mL/cc"),
                 category="laboratory", ref_text="<0.15", interp="N", issued=False)
    C.report(cpt("72197", "Magnetic resonance imaging, pelvis; without contrast material, followed by contrast material(s) and further sequences",
                 "MRI prostate"), "2026-08-25", [mri, pirads, dens], category=("RAD", "Radiology"),
             conclusion="PI-RADS 2. No MRI evidence of clinically significant prostate cancer.", who="rd")
    e3 = C.enc("2026-09-08", type_=OV, who="wh", reason=cc(text="Review MRI results"))
    C.service_request(cpt("84153", "Prostate specific antigen (PSA); total", "PSA recheck"), "2026-09-08", "wh", status="active",
                      intent="order", occurrence="2027-03-08", enc=e3,
                      reason=cc(text="PSA surveillance after negative MRI"))
    C.med_statement(rx("tamsulosin", "77492", "tamsulosin 0.4 mg oral capsule"), "active", "2024-01-22", "0.4 mg daily at bedtime")
    C.med_statement(rx("lisinopril", "29046", "lisinopril 20 mg oral tablet"), "active", "2015-06-01", "20 mg daily")
    C.note("2026-08-11", "Clinic note",
           "PSA 5.6 on 7/14 (3.1 in 2025). Repeat today 5.2, free PSA 26%. No UTI symptoms. DRE benign. "
           "Plan: multiparametric MRI prostate before any biopsy decision.", "wh", enc=e2, type_=NOTE)
    C.note("2026-09-08", "Clinic note",
           "MRI 8/25: PI-RADS 2, volume 52 mL, PSA density 0.10. Free PSA 26%. Shared decision: no biopsy now; PSA in 6 months, "
           "MRI-targeted evaluation if PSA velocity >0.75/yr or PSAD rises. Patient agrees.", "wh", enc=e3, type_=NOTE)
    return C


# --------------------------------------------------------------------------------- C3
@case("c03-pelvic-pain-early", ORG, "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "A catch-all 'pelvic and perineal pain' (R10.2) label is only about nine weeks old, recorded at two visits four weeks apart "
      "with work-up still in progress: too short for a persisting unexplained label (or for the persistent-symptom rule).",
      "37-year-old man, pelvic/perineal pain since late Sept 2026 coded R10.2, two visits, work-up and pelvic-floor referral in progress")
def c03(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Kevin", "Michael"], "Osei", "male", "1988-12-06", "RB-0062409", "455 E Town St Apt 7", "Columbus", "OH",
                       "43215", "+1 614 555 0166", marital="S"),
            commercial("BMH70012994"), practitioners=["ra", "np"])
    pp = C.cond(cm("R10.2", "Pelvic and perineal pain", sct=("30473006", "Pain in pelvis")), onset="2026-09-25", recorded="2026-10-16",
                who="np")
    e1 = C.enc("2026-10-16", type_=OV_NEW, who="np", reason=cc(text="Perineal and pelvic pain x 3 weeks, mild dysuria"))
    C.vitals("2026-10-16", enc=e1, sbp=122, dbp=76, hr=68, temp=36.7)
    sym_obs(C, "30473006", "Pain in pelvis", "Perineal ache, worse sitting, mild dysuria", "2026-10-16", enc=e1)
    score_obs(C, cc((UR_LOCAL, "NIH-CPSI", "NIH Chronic Prostatitis Symptom Index, total (0-43)"), text="NIH-CPSI"), "2026-10-16", 18, enc=e1)
    cult = C.obs(cc((LOINC, "630-4", "Bacteria identified in Urine by Culture"), text="Urine culture"), "2026-10-16", "No growth", interp="N", enc=e1)
    ua = C.lab("13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field", "2026-10-16", 0, "/[HPF]", 0, 2, enc=e1,
               text="Urine RBC/HPF")
    wbc = C.lab("5821-4", "Leukocytes [#/area] in Urine sediment by Microscopy high power field", "2026-10-16", 1, "/[HPF]", 0, 5, enc=e1,
                text="Urine WBC/HPF")
    C.report(cpt("81001", "Urinalysis, by dip stick or tablet reagent; automated, with microscopy", "Urinalysis with microscopy and culture"),
             "2026-10-16", [ua, wbc, cult], conclusion="Normal urinalysis; culture negative.", enc=e1)
    C.med_request(rx("ibuprofen", "5640", "ibuprofen 600 mg oral tablet"), "2026-10-16", "600 mg three times daily with food for 2 weeks",
                  "np", reason_ref=[pp], status="completed")
    e2 = C.enc("2026-11-13", type_=OV, who="ra", reason=cc(text="Follow-up pelvic pain"))
    C.vitals("2026-11-13", enc=e2, sbp=120, dbp=74, hr=66)
    sym_obs(C, "30473006", "Pain in pelvis", "Perineal ache persists, less intense, no dysuria", "2026-11-13", enc=e2)
    score_obs(C, cc((UR_LOCAL, "NIH-CPSI", "NIH Chronic Prostatitis Symptom Index, total (0-43)"), text="NIH-CPSI"), "2026-11-13", 15, enc=e2)
    psa(C, "2026-11-13", 0.8, enc=e2)
    ct = C.obs(cc((LOINC, "43304-5", "Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection")), "2026-11-13",
               cc((SCT, "260385009", "Negative")), interp="NEG", enc=e2)
    gc = C.obs(cc((LOINC, "43305-2", "Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection")), "2026-11-13",
               cc((SCT, "260385009", "Negative")), interp="NEG", enc=e2)
    C.service_request(cc((UR_LOCAL, "PFPT", "Pelvic floor physical therapy evaluation and treatment"), text="Pelvic floor physical therapy"),
                      "2026-11-13", "ra", status="active", reason_ref=[pp], occurrence="2026-12-09", enc=e2,
                      category=cc((SCT, "3457005", "Patient referral")))
    C.service_request(cpt("51741", "Complex uroflowmetry (eg, calibrated electronic equipment)", "Uroflow with post-void residual"),
                      "2026-11-13", "ra", status="active", reason_ref=[pp], occurrence="2026-12-09", enc=e2)
    C.note("2026-10-16", "New patient note",
           "37M with 3 weeks of perineal/pelvic ache, worse with prolonged sitting, mild dysuria. No fever, no discharge, no hematuria. "
           "Exam: mild pelvic floor tenderness, prostate non-boggy. UA and culture negative. NIH-CPSI 18. "
           "Assessment: pelvic/perineal pain, possible CP/CPPS vs pelvic floor dysfunction. Plan: NSAID 2 weeks, STI NAAT, PSA, return 4 weeks.",
           "np", enc=e1, type_=NOTE)
    C.note("2026-11-13", "Clinic note",
           "Pain somewhat better (NIH-CPSI 15). STI NAAT negative, PSA 0.8. Plan: pelvic floor PT referral, uroflow/PVR, reassess in 6 weeks.",
           "ra", enc=e2, type_=NOTE)
    C.med_statement(rx("omeprazole", "7646", "omeprazole 20 mg oral capsule"), "active", "2021-03-02", "20 mg daily")
    return C


# --------------------------------------------------------------------------------- C4
@case("c04-rarp-planned", ORG, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED", "HIGH_IMPACT_TREATMENT"],
      "An active order for robot-assisted radical prostatectomy (CPT 55866) is scheduled for 14 January 2027 with consent and "
      "pre-operative clearance: a major operation not yet performed. Radical prostatectomy (risk of incontinence and erectile "
      "dysfunction) is also a deliberate high-impact treatment.",
      "66-year-old man, Grade Group 2 prostate cancer, robot-assisted radical prostatectomy ordered for 2027-01-14")
def c04(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Richard", "Thomas"], "Palmquist", "male", "1960-02-19", "RB-0039950", "2290 Tremont Rd", "Upper Arlington",
                       "OH", "43221", "+1 614 555 0120", marital="M"),
            medicare("4TR7-JK2-PX93"), practitioners=["wh", "rd", "pa", "an", "np"])
    C.cond(cm("E78.2", "Mixed hyperlipidemia"), onset="2012", recorded="2016-04-12", who="np")
    ca = C.cond({"coding": [coding(ICD10CM, "C61", "Malignant neoplasm of prostate"), coding(SCT, "399068003", "Malignant tumor of prostate")],
                 "text": "Prostate adenocarcinoma, Grade Group 2 (Gleason 3+4=7), cT2a N0 M0, NCCN favorable intermediate risk"},
                onset="2026-07-09", recorded="2026-07-14", who="wh",
                stage=[{"summary": cc(text="cT2a N0 M0, Grade Group 2, PSA 8.4"), "type": cc(text="Clinical TNM")}])
    psa(C, "2026-03-17", 7.9)
    psa(C, "2026-05-19", 8.4)
    pir = C.obs(cc((UR_LOCAL, "PIRADS", "PI-RADS v2.1 overall assessment category"), text="PI-RADS"), "2026-06-02",
                cc((UR_LOCAL, "PIRADS-4", "PI-RADS 4 - High (clinically significant cancer is likely)")), category="imaging", interp="A")
    mri = C.obs(cpt("72197", "Magnetic resonance imaging, pelvis; without contrast material, followed by contrast material(s) and further sequences",
                    "Multiparametric MRI prostate"), "2026-06-02",
                "11 mm lesion left mid peripheral zone, PI-RADS 4, no extraprostatic extension, seminal vesicles clear. Volume 38 mL.",
                category="imaging", interp="A")
    C.report(cpt("72197", "Magnetic resonance imaging, pelvis; without contrast material, followed by contrast material(s) and further sequences", "MRI prostate"),
             "2026-06-02", [mri, pir], category=("RAD", "Radiology"), conclusion="PI-RADS 4 left PZ lesion.", who="rd")
    bxp = C.procedure(cpt("55700", "Biopsy, prostate; needle or punch, single or multiple, any approach", "MRI-fusion transperineal prostate biopsy"),
                      "completed", "2026-07-09", who="wh", reason_ref=[ca])
    gl = C.obs(cc((LOINC, "35266-6", "Gleason score in Specimen Qualitative"), text="Gleason score / Grade Group"), "2026-07-13",
               "Gleason 3+4=7 (Grade Group 2), 4 of 14 cores (targeted 3/3), max core 45%, no perineural invasion", interp="A")
    C.report(cc((LOINC, "22637-3", "Pathology report final diagnosis Narrative"), text="Prostate biopsy pathology"), "2026-07-13", [gl],
             category=("SP", "Surgical Pathology"), conclusion="Prostatic adenocarcinoma, Grade Group 2.", who="pa")
    pet = C.obs(cpt("78815", "Positron emission tomography (PET) with concurrently acquired computed tomography (CT) for attenuation correction and anatomical localization imaging; skull base to mid-thigh",
                    "PSMA PET/CT"), "2026-08-06", "PSMA-avid focus left prostate only. No nodal or distant disease.", category="imaging", interp="A")
    e1 = C.enc("2026-09-22", type_=OV, who="wh", reason=cc(text="Treatment decision, prostate cancer"))
    ipss(C, "2026-09-22", 9, 2, enc=e1)
    iief5(C, "2026-09-22", 22, enc=e1)
    sr = C.service_request(cpt("55866", "Laparoscopy, surgical prostatectomy, retropubic radical, including nerve sparing, includes robotic assistance, when performed",
                               "Robot-assisted laparoscopic radical prostatectomy, bilateral nerve sparing, with pelvic lymph node dissection"),
                           "2026-09-22", "wh", status="active", intent="order", reason_ref=[ca], occurrence="2027-01-14",
                           category=cc((SCT, "387713003", "Surgical procedure")), priority="routine", enc=e1,
                           note="Riverbend Surgery Center / Ohio Valley Medical Center OR 4. Consent signed 2026-09-22.")
    C.enc("2027-01-14", cls="IMP", status="planned", type_=cc(text="Surgical admission (23-hour stay)"), who="wh",
          reason=cc(text="Robot-assisted radical prostatectomy"))
    e2 = C.enc("2026-11-24", type_=cc(text="Pre-anesthesia evaluation"), who="an")
    C.vitals("2026-11-24", enc=e2, sbp=132, dbp=80, hr=68, wt=84.5, ht=178, bmi=26.7)
    labs = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-24", 14.6, "g/dL", 13.5, 17.5, enc=e2),
            C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-24", 1.02, "mg/dL", 0.7, 1.3, enc=e2),
            C.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-24", 4.3, "mmol/L", 3.5, 5.1, enc=e2)]
    C.report(cc((LOINC, "24321-2", "Basic metabolic 2000 panel - Serum or Plasma"), text="Pre-op labs"), "2026-11-24", labs, enc=e2,
             conclusion="Normal.")
    C.med_statement(rx("atorvastatin", "83367", "atorvastatin 20 mg oral tablet"), "active", "2016-04-12", "20 mg daily")
    C.note("2026-09-22", "Treatment consultation",
           "66M, PSA 8.4, MRI PI-RADS 4, biopsy GG2 4/14 cores, PSMA PET localized. Favorable intermediate risk. "
           "Options discussed: active surveillance (not favored given PI-RADS 4 and 45% core), EBRT +/- short ADT, robotic radical prostatectomy. "
           "Discussed incontinence (pads for months, ~5-10% long-term), erectile dysfunction despite nerve sparing (baseline IIEF-5 22), "
           "anesthesia risks. Patient chooses RARP. Consent signed. Pelvic floor PT pre-hab. Surgery 1/14/2027.", "wh", enc=e1, type_=CONSULT)
    C.note("2026-11-24", "Pre-anesthesia note", "ASA II. Mixed hyperlipidemia on statin. Good functional capacity (>4 METs). Cleared for RARP 1/14/2027.",
           "an", enc=e2, type_=NOTE)
    return C


# --------------------------------------------------------------------------------- C5
@case("c05-mcrpc-second-opinion", ORG, "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "mCRPC after ADT, enzalutamide and docetaxel with a hospice referral, but a second opinion from a university GU oncology "
      "clinic (September 2026) is on record for the same problem within 12 months and agreed; flags for this problem (including "
      "the PSA rise on ADT) are suppressed.",
      "78-year-old man, metastatic castration-resistant prostate cancer, hospice referral after a concurring university second opinion")
def c05(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Walter", "Eugene"], "Brandt", "male", "1948-06-07", "RB-0012266", "88 Old Mill Ln", "Worthington", "OH",
                       "43085", "+1 614 555 0104", marital="M"),
            medicare("2HF6-MW9-YT41"), practitioners=["wh", "np", "rd"],
            extra_orgs={"ext": {"active": True, "type": [cc((T + "organization-type", "prov", "Healthcare Provider"))],
                                "name": "Great Lakes University Cancer Center - Genitourinary Oncology",
                                "address": [{"city": "Ann Arbor", "state": "MI", "country": "US"}]}})
    ext_pr = C.add("Practitioner", _us_prac("Nakamura", ["Ellen"], ["MD"], "207RX0202X", "Medical Oncology", "117733405", "female"),
                   local="pr-ext")
    ca = C.cond({"coding": [coding(ICD10CM, "C61", "Malignant neoplasm of prostate"), coding(SCT, "399068003", "Malignant tumor of prostate")],
                 "text": "Metastatic castration-resistant prostate cancer (bone), PSMA-negative progression"}, onset="2019-02", recorded="2019-02-20",
                who="wh")
    C.cond(cm("C79.51", "Secondary malignant neoplasm of bone"), onset="2022-04", recorded="2022-04-12", who="wh")
    C.cond(cm("I48.11", "Longstanding persistent atrial fibrillation"), onset="2018", recorded="2018-09-10", who="np")
    for d, v in (("2026-02-10", 48), ("2026-05-12", 96), ("2026-08-11", 180)):
        psa(C, d, v)
    C.lab("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "2026-08-11", 12, "ng/dL", None, 50, text="Testosterone (castrate <50)",
          interp="L")
    C.med_statement(rx("enzalutamide", "1307298", "enzalutamide 160 mg daily"), "completed", "2023-03-01", "160 mg daily", end="2025-01-20",
                    note="Stopped for PSA and radiographic progression.")
    C.med_statement(rx("docetaxel", "72962", "docetaxel 75 mg/m2 IV every 3 weeks"), "completed", "2025-02-10", "75 mg/m2 IV q3w x 6 cycles",
                    end="2025-06-02")
    C.med_statement(rx("leuprolide", "42375", "leuprolide acetate 22.5 mg depot every 3 months"), "active", "2022-04-20",
                    "22.5 mg IM every 12 weeks (continued castration)")
    pet = C.obs(cpt("78815", "Positron emission tomography (PET) with concurrently acquired computed tomography (CT) for attenuation correction and anatomical localization imaging; skull base to mid-thigh",
                    "PSMA PET/CT"), "2026-06-16",
                "Progressive osseous metastases (spine, pelvis, ribs) with low PSMA expression (SUVmax below liver); new liver lesions FDG-avid on comparison. Not eligible for Lu-177 PSMA.",
                category="imaging", interp="A")
    ecog = score_obs(C, cc((LOINC, "89247-1", "ECOG Performance Status score")), "2026-07-21", 3)
    e1 = C.enc("2026-07-21", type_=OV, who="wh", reason=cc(text="Progressive mCRPC"))
    ref = C.service_request(cc((UR_LOCAL, "2ND-OP", "Referral for second opinion consultation"), text="Second opinion, GU medical oncology"),
                            "2026-07-21", "wh", status="completed", intent="order", reason_ref=[ca], enc=e1, performer=[C.pr["ext"]],
                            note="Patient and wife request a second opinion before choosing hospice.")
    C.note("2026-09-02", "Second opinion consultation - GU oncology",
           "GREAT LAKES UNIVERSITY CANCER CENTER - GU Medical Oncology, second opinion\n"
           "78M with mCRPC: ADT since 2022, enzalutamide 2023-2025, docetaxel x6 2025, now PSA 180 with bone and new liver progression, "
           "PSMA-low (not a candidate for Lu-177 PSMA-617), ECOG 3. Germline and tumor NGS: no BRCA/HRR alteration (PARP inhibitor not indicated), MSS.\n"
           "Assessment: I agree with Dr. Whitaker that no further life-prolonging systemic therapy is appropriate given performance status and "
           "disease biology; cabazitaxel would carry high toxicity at ECOG 3 and the patient does not want further chemotherapy. "
           "Recommend continuing ADT for comfort and hospice enrollment. Discussed with patient and wife, who agree.",
           None, author_ref=ext_pr, type_=cc((LOINC, "11488-4", "Consult note"), text="Second opinion consultation"), time="15:00")
    e2 = C.enc("2026-09-30", type_=OV, who="wh", reason=cc(text="Goals of care after second opinion"))
    C.service_request(cc((UR_LOCAL, "REF-HOSPICE", "Referral to hospice"), text="Hospice referral"), "2026-09-30", "wh", status="active",
                      intent="order", reason_ref=[ca], enc=e2)
    C.careplan("Comfort-focused care plan", "active", "plan", "2026-09-30", "wh",
               category=cc(text="Palliative / hospice care"), addresses=[ca],
               description="Hospice enrollment, continue leuprolide, single-fraction palliative radiotherapy for painful bone lesions if needed, opioid analgesia.")
    C.med_request(rx("oxycodone", "7804", "oxycodone 5 mg oral tablet"), "2026-09-30", "5 mg every 4 hours as needed for bone pain", "wh",
                  reason_ref=[ca])
    C.note("2026-09-30", "Clinic note",
           "Reviewed second opinion from Great Lakes University GU oncology (9/2): concurs, no further systemic options appropriate. "
           "Patient elects hospice. Referral placed to Central Ohio Hospice. Continue leuprolide. Oxycodone for pain.", "wh", enc=e2, type_=NOTE)
    return C


# --------------------------------------------------------------------------------- C6
@case("c06-ebrt-adt", ORG, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "High-risk prostate cancer: androgen deprivation was started in October 2026 (leuprolide given) and image-guided IMRT to "
      "the prostate is ordered to begin January 2027 (simulation booked): started and planned high-impact treatment.",
      "70-year-old man, Grade Group 4 cT3a prostate cancer, ADT started 2026-10-06 and IMRT 70 Gy/28 fx planned from 2027-01-05")
def c06(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Anthony", "Ray"], "Castellano", "male", "1956-10-28", "RB-0044718", "3410 Sunbury Rd", "Columbus", "OH",
                       "43219", "+1 614 555 0158", marital="M"),
            medicare("7QW2-EN4-HH18"), practitioners=["wh", "ro", "rd", "pa", "np"])
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2011", recorded="2014-03-01", who="np")
    C.cond(cm("E11.9", "Type 2 diabetes mellitus without complications"), onset="2017", recorded="2017-08-15", who="np")
    ca = C.cond({"coding": [coding(ICD10CM, "C61", "Malignant neoplasm of prostate"), coding(SCT, "399068003", "Malignant tumor of prostate")],
                 "text": "Prostate adenocarcinoma Grade Group 4 (Gleason 4+4=8), cT3a N0 M0, NCCN high risk"}, onset="2026-07-21",
                recorded="2026-07-24", who="wh")
    psa(C, "2026-06-09", 22.4)
    C.obs(cc((UR_LOCAL, "PIRADS", "PI-RADS v2.1 overall assessment category"), text="PI-RADS"), "2026-07-01",
          cc((UR_LOCAL, "PIRADS-5", "PI-RADS 5 - Very high (clinically significant cancer is highly likely)")), category="imaging", interp="A",
          note="24 mm right PZ lesion with focal extraprostatic extension")
    gl = C.obs(cc((LOINC, "35266-6", "Gleason score in Specimen Qualitative"), text="Gleason score / Grade Group"), "2026-07-24",
               "Gleason 4+4=8 (Grade Group 4), 8 of 12 cores", interp="A")
    C.report(cc((LOINC, "22637-3", "Pathology report final diagnosis Narrative"), text="Prostate biopsy pathology"), "2026-07-24", [gl],
             category=("SP", "Surgical Pathology"), conclusion="Prostatic adenocarcinoma Grade Group 4.", who="pa")
    C.obs(cpt("78815", "Positron emission tomography (PET) with concurrently acquired computed tomography (CT) for attenuation correction and anatomical localization imaging; skull base to mid-thigh",
              "PSMA PET/CT"), "2026-08-18", "Intense PSMA uptake right prostate with EPE; no nodal or distant metastases.", category="imaging", interp="A")
    e1 = C.enc("2026-09-15", type_=cc(text="Multidisciplinary prostate cancer clinic"), who=["wh", "ro"])
    C.careplan("High-risk prostate cancer treatment plan", "active", "plan", "2026-09-15", "ro", addresses=[ca],
               category=cc(text="Oncology treatment plan"),
               description="ADT (leuprolide) for 18-24 months starting now; image-guided IMRT 70 Gy in 28 fractions to prostate/seminal vesicles after 2-3 months of ADT.")
    mr = C.med_request(rx("leuprolide", "42375", "leuprolide acetate 22.5 mg depot injection"), "2026-09-15", "22.5 mg IM every 12 weeks",
                       "wh", reason_ref=[ca])
    e2 = C.enc("2026-10-06", type_=OV, who="np", reason=cc(text="ADT injection"))
    C.med_admin(cc((HCPCS, "J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"), (RXN, "42375", "leuprolide"),
                   text="leuprolide acetate depot 22.5 mg"), "2026-10-06", q(22.5, "mg"), "np", request=mr, enc=e2,
                route=cc((SCT, "78421000", "Intramuscular route")))
    C.med_request(rx("bicalutamide", "83008", "bicalutamide 50 mg oral tablet"), "2026-09-22", "50 mg daily x 28 days (flare prevention)", "wh",
                  status="completed", reason_ref=[ca])
    C.service_request(cpt("77290", "Therapeutic radiology simulation-aided field setting; complex", "CT simulation for IMRT"), "2026-11-17",
                      "ro", status="active", intent="order", occurrence="2026-12-14", reason_ref=[ca])
    C.service_request(cpt("77386", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; complex",
                          "IMRT prostate and seminal vesicles 70 Gy / 28 fractions"), "2026-11-17", "ro", status="active", intent="order",
                      occurrence="2027-01-05", reason_ref=[ca], category=cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy")))
    e3 = C.enc("2026-11-17", type_=OV_NEW, who="ro", reason=cc(text="Radiation oncology consultation"))
    iief5(C, "2026-09-15", 17, enc=e1)
    ipss(C, "2026-09-15", 8, 2, enc=e1)
    C.lab("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "2026-11-17", 18, "ng/dL", None, 50, enc=e3, text="Testosterone", interp="L")
    C.note("2026-11-17", "Radiation oncology consultation",
           "70M, GG4 cT3a N0 M0, PSA 22.4, PSMA PET localized. On leuprolide since 10/6 (hot flashes, fatigue). "
           "Plan: IMRT 70 Gy/28 fx, start 1/5/2027, CT simulation 12/14 with rectal spacer discussion. "
           "Toxicities discussed: urinary frequency, proctitis, fatigue, ED (worsened by ADT), long-term rectal bleeding risk. Consent obtained.",
           "ro", enc=e3, type_=CONSULT)
    C.med_statement(rx("metformin", "6809", "metformin 1000 mg oral tablet"), "active", "2017-08-15", "1000 mg twice daily")
    return C


# --------------------------------------------------------------------------------- C7
@case("c07-active-surveillance", ORG, "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "Low-risk Grade Group 1 prostate cancer on active surveillance: no treatment planned or started, PSA and MRI stable, "
      "and IPSS/IIEF-5 changes (1 point each) are below their minimal important differences.",
      "59-year-old man on active surveillance for Grade Group 1 prostate cancer, stable PSA and MRI")
def c07(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Brian", "Douglas"], "McAllister", "male", "1967-04-14", "RB-0057731", "715 Thurber Dr W", "Columbus", "OH",
                       "43215", "+1 614 555 0172", marital="M"),
            commercial("BMH31190056"), practitioners=["ra", "rd", "pa", "np"])
    ca = C.cond({"coding": [coding(ICD10CM, "C61", "Malignant neoplasm of prostate")],
                 "text": "Prostate adenocarcinoma Grade Group 1 (Gleason 3+3=6), cT1c, NCCN low risk - active surveillance"},
                onset="2025-03-18", recorded="2025-03-20", who="ra")
    C.cond(cm("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), onset="2019", recorded="2019-11-04", who="np")
    for d, v in (("2025-09-16", 5.0), ("2026-03-17", 4.9), ("2026-09-15", 5.1)):
        psa(C, d, v)
    bx = C.procedure(cpt("55700", "Biopsy, prostate; needle or punch, single or multiple, any approach", "Confirmatory transperineal biopsy"),
                     "completed", "2026-04-14", who="ra", reason_ref=[ca])
    gl = C.obs(cc((LOINC, "35266-6", "Gleason score in Specimen Qualitative"), text="Gleason score / Grade Group"), "2026-04-17",
               "Gleason 3+3=6 (Grade Group 1), 1 of 14 cores, 10%", interp="A")
    C.report(cc((LOINC, "22637-3", "Pathology report final diagnosis Narrative"), text="Confirmatory biopsy"), "2026-04-17", [gl],
             category=("SP", "Surgical Pathology"), conclusion="Grade Group 1, low volume. Remains eligible for active surveillance.", who="pa")
    C.obs(cc((UR_LOCAL, "PIRADS", "PI-RADS v2.1 overall assessment category"), text="PI-RADS"), "2026-08-25",
          cc((UR_LOCAL, "PIRADS-3", "PI-RADS 3 - Intermediate")), category="imaging", interp="A", note="Stable 7 mm left PZ lesion vs 2025")
    e1 = C.enc("2026-03-17", type_=OV, who="ra", reason=cc(text="Active surveillance visit"))
    e2 = C.enc("2026-09-15", type_=OV, who="ra", reason=cc(text="Active surveillance visit"))
    ipss(C, "2026-03-17", 8, 1, enc=e1)
    ipss(C, "2026-09-15", 9, 1, enc=e2)
    iief5(C, "2026-03-17", 21, enc=e1)
    iief5(C, "2026-09-15", 20, enc=e2)
    C.vitals("2026-09-15", enc=e2, sbp=126, dbp=80, hr=64, wt=91.0)
    C.careplan("Active surveillance - prostate cancer", "active", "plan", "2025-04-08", "ra", addresses=[ca],
               category=cc(text="Active surveillance"),
               description="PSA every 6 months, DRE yearly, MRI every 12-18 months, confirmatory biopsy within 12 months then per MRI/PSA. "
                           "Definitive treatment only if grade reclassification or progression.")
    C.service_request(cpt("84153", "Prostate specific antigen (PSA); total", "PSA"), "2026-09-15", "ra", status="active", intent="order",
                      occurrence="2027-03-16", enc=e2)
    C.note("2026-09-15", "Active surveillance note",
           "18 months on AS for GG1 cT1c. PSA 5.0 -> 4.9 -> 5.1 (stable, PSAD 0.11). Confirmatory biopsy 4/2026: GG1 1/14. MRI 8/2026 stable PI-RADS 3. "
           "IPSS 9 (was 8), IIEF-5 20 (was 21). No treatment indicated; continue surveillance. Patient comfortable with plan.",
           "ra", enc=e2, type_=NOTE)
    return C


# --------------------------------------------------------------------------------- C8
@case("c08-bph-no-second-opinion", ORG, "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "The intake questionnaire asked about a second opinion and the patient answered 'No'; he reports his concerns were "
      "addressed and his BPH symptoms are controlled.",
      "71-year-old man with BPH on tamsulosin + finasteride; questionnaire: second opinion wanted = No")
def c08(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Francis", "Xavier"], "Dunleavy", "male", "1955-01-30", "RB-0020584", "1402 Glenn Ave", "Columbus", "OH",
                       "43212", "+1 614 555 0117", marital="W"),
            medicare("5KD9-TR3-MA62"), practitioners=["ra", "np"])
    bph = C.cond(cm("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms", sct=("266569009", "Benign prostatic hyperplasia")),
                 onset="2022", recorded="2024-02-13", who="ra")
    C.cond(cm("E78.2", "Mixed hyperlipidemia"), onset="2010", recorded="2015-01-08", who="np")
    C.cond(cm("H90.3", "Sensorineural hearing loss, bilateral", text="Presbycusis, bilateral"), onset="2018", recorded="2020-06-11", who="np")
    encs = []
    for d, tot, qol, pvr in (("2026-05-12", 12, 2, 70), ("2026-11-10", 11, 2, 60)):
        e = C.enc(d, type_=OV, who="np", reason=cc(text="BPH follow-up"))
        encs.append(e)
        ipss(C, d, tot, qol, enc=e)
        C.obs(cpt("51798", "Measurement of post-voiding residual urine and/or bladder capacity by ultrasound, non-imaging", "Post-void residual"),
              d, q(pvr, "mL"), category="exam", high=100, interp="N", enc=e)
        C.vitals(d, enc=e, sbp=130, dbp=78, hr=70)
    psa(C, "2026-11-10", 2.1, enc=encs[-1], note="On finasteride: doubled value 4.2, stable vs 2025 (2.0)")
    C.med_statement(rx("tamsulosin", "77492", "tamsulosin 0.4 mg oral capsule"), "active", "2024-02-13", "0.4 mg at bedtime",
                    reason=cc(text="BPH with LUTS"))
    C.med_statement(rx("finasteride", "25025", "finasteride 5 mg oral tablet"), "active", "2025-03-11", "5 mg daily")
    C.med_statement(rx("simvastatin", "36567", "simvastatin 20 mg oral tablet"), "active", "2015-01-08", "20 mg at bedtime")
    C.qr("https://ehr.riverbendurology.com/fhir/Questionnaire/visit-intake-concerns", "2026-11-10", [
        ("concerns-addressed", "Do you feel your concerns were addressed at your last visit?",
         {"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")}),
        ("understand-plan", "Do you understand your diagnosis and treatment plan?",
         {"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")}),
        ("second-opinion", "Would you like a second opinion about your diagnosis or treatment plan?",
         {"valueCoding": coding("http://terminology.hl7.org/CodeSystem/v2-0136", "N", "No")}),
        ("other", "Anything else you want us to know?", {"valueString": "No. The pills are working, I only get up once a night now."}),
    ], author=C.pat, source=C.pat, enc=encs[-1])
    C.note("2026-11-10", "Clinic note",
           "BPH/LUTS on tamsulosin + finasteride. IPSS 11 (12 in May), nocturia x1, PVR 60 mL. PSA 2.1 on finasteride (adjusted 4.2, stable). "
           "Patient satisfied, no concerns on intake form. Continue; recheck in 12 months.", "np", enc=encs[-1], type_=NOTE)
    return C


# --------------------------------------------------------------------------------- C9
@case("c09-ipss-worsening", ORG, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "IPSS rose 14 -> 19 -> 25 over nine months (11 points, well above the 3-point minimal important difference), with falling "
      "flow and rising residual, while tamsulosin and dutasteride for BPH were taken throughout (adherence checked).",
      "74-year-old man with BPH, IPSS 14 -> 19 -> 25 (Feb-Nov 2026) on tamsulosin + dutasteride")
def c09(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Harold", "James"], "Kowalczyk", "male", "1952-08-09", "RB-0016420", "5120 Bixby Rd", "Groveport", "OH",
                       "43125", "+1 614 555 0149", marital="M"),
            medicare("3NP4-QA8-RV27"), practitioners=["ra", "np"])
    bph = C.cond(cm("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms", sct=("266569009", "Benign prostatic hyperplasia")),
                 onset="2023", recorded="2024-09-10", who="ra")
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2005", recorded="2015-02-02", who="np")
    C.cond(cm("M17.0", "Bilateral primary osteoarthritis of knee"), onset="2016", recorded="2018-05-15", who="np")
    C.med_statement(rx("tamsulosin", "77492", "tamsulosin 0.4 mg oral capsule"), "active", "2024-09-10", "0.4 mg daily",
                    reason=cc(text="BPH with LUTS"), note="Pharmacy fill history: monthly refills without gaps through 2026-11.",
                    date_asserted="2026-11-03")
    C.med_statement(rx("dutasteride", "228790", "dutasteride 0.5 mg oral capsule"), "active", "2025-06-17", "0.5 mg daily",
                    reason=cc(text="BPH with LUTS, prostate 65 mL"), date_asserted="2026-11-03")
    C.med_statement(rx("amlodipine", "17767", "amlodipine 5 mg oral tablet"), "active", "2015-02-02", "5 mg daily")
    series = (("2026-02-17", 14, 3, 11.2, 90), ("2026-06-16", 19, 4, 9.6, 125), ("2026-11-03", 25, 5, 7.8, 160))
    encs = []
    for d, tot, qol, qmax, pvr in series:
        e = C.enc(d, type_=OV, who="ra" if d == "2026-11-03" else "np", reason=cc(text="BPH/LUTS follow-up"))
        encs.append(e)
        ipss(C, d, tot, qol, enc=e)
        C.obs(cc((UR_LOCAL, "QMAX", "Maximum urinary flow rate (uroflowmetry)"), text="Qmax"), d, q(qmax, "mL/s"), category="exam",
              low=15, interp="L", enc=e, note="Voided volume >150 mL")
        C.obs(cpt("51798", "Measurement of post-voiding residual urine and/or bladder capacity by ultrasound, non-imaging", "Post-void residual"),
              d, q(pvr, "mL"), category="exam", high=100, interp="H" if pvr > 100 else "N", enc=e)
    psa(C, "2026-06-16", 1.9, enc=encs[1], note="On dutasteride (adjusted ~3.8), stable")
    cr = C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-03", 1.04, "mg/dL", 0.7, 1.3, enc=encs[2])
    C.note("2026-06-16", "Clinic note",
           "LUTS worse: IPSS 19 (14 in Feb), nocturia x3, weak stream. On tamsulosin since 9/2024 and dutasteride since 6/2025; "
           "confirms daily use, pharmacy refills on time. Qmax 9.6, PVR 125. Continue combination therapy; recheck in 4-5 months.",
           "np", enc=encs[1], type_=NOTE)
    C.note("2026-11-03", "Clinic note",
           "Further worsening despite 26 months of alpha-blocker and 17 months of 5-ARI: IPSS 25, QoL 5 ('terrible'), nocturia x4, "
           "Qmax 7.8, PVR 160. Adherent. Creatinine normal. Discussed that medical therapy is failing; will review options at next visit.",
           "ra", enc=encs[2], type_=NOTE)
    return C


# --------------------------------------------------------------------------------- C10
@case("c10-four-chronic", ORG, "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Only four active chronic conditions (erectile dysfunction, BPH, hypertension, mixed hyperlipidaemia) across urology and "
      "primary care; the prostatitis and kidney stone are resolved and nothing is rare.",
      "63-year-old man with ED, BPH, hypertension and hyperlipidaemia; past prostatitis and stone resolved")
def c10(cid):
    C = Case(cid, UROLOGY)
    C.setup(us_patient(C, ["Steven", "Craig"], "Halvorsen", "male", "1963-11-21", "RB-0033157", "940 Fairway Blvd", "Columbus", "OH",
                       "43213", "+1 614 555 0186", marital="M"),
            commercial("BMH66402170"), practitioners=["wh", "np"])
    ed = C.cond(cm("N52.01", "Erectile dysfunction due to arterial insufficiency"), onset="2022", recorded="2023-05-09", who="wh")
    C.cond(cm("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), onset="2023", recorded="2023-05-09", who="wh")
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2012", recorded="2014-10-02", who="np")
    C.cond(cm("E78.2", "Mixed hyperlipidemia"), onset="2014", recorded="2014-10-02", who="np")
    C.cond(cm("N41.0", "Acute prostatitis"), onset="2023-02-03", recorded="2023-02-03", clinical="resolved", abatement="2023-03-10",
           category="encounter-diagnosis", who="wh")
    C.cond(cm("N20.0", "Calculus of kidney"), onset="2021-06-14", recorded="2021-06-14", clinical="resolved", abatement="2021-07-02",
           category="encounter-diagnosis", who="wh")
    for d, s in (("2026-04-21", 14), ("2026-10-20", 19)):
        e = C.enc(d, type_=OV, who="wh", reason=cc(text="ED follow-up"))
        iief5(C, d, s, enc=e)
        C.vitals(d, enc=e, sbp=132, dbp=82, hr=72, wt=88)
    labs = [C.lab("2986-8", "Testosterone [Mass/volume] in Serum or Plasma", "2026-04-21", 452, "ng/dL", 264, 916),
            C.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-04-21", 5.5, "%", 4.0, 5.6),
            C.lab("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "2026-04-21", 176, "mg/dL", None, 200),
            C.lab("2571-8", "Triglyceride [Mass/volume] in Serum or Plasma", "2026-04-21", 162, "mg/dL", None, 150)]
    C.report(cc((UR_LOCAL, "MH-PANEL", "Men's health panel"), text="Men's health labs"), "2026-04-21", labs,
             conclusion="Normal testosterone, no diabetes, TG mildly raised.")
    psa(C, "2026-04-21", 1.6)
    C.med_statement(rx("tadalafil", "358263", "tadalafil 5 mg oral tablet"), "active", "2026-04-21", "5 mg daily", reason=cc(text="ED"))
    C.med_statement(rx("lisinopril", "29046", "lisinopril 10 mg oral tablet"), "active", "2014-10-02", "10 mg daily")
    C.med_statement(rx("atorvastatin", "83367", "atorvastatin 40 mg oral tablet"), "active", "2014-10-02", "40 mg daily")
    C.note("2026-10-20", "Men's health note",
           "ED improved on daily tadalafil 5 mg (IIEF-5 14 -> 19). No LUTS. BP 132/82 on lisinopril. Testosterone normal. "
           "PMH: acute prostatitis 2023 (treated, resolved), L renal stone 2021 (passed). Continue; annual visit.", "wh", type_=NOTE)
    return C
