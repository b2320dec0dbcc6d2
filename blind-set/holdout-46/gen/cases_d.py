"""Cases from the nephrology and kidney-transplant programme (Northbridge Renal)."""
from fhirkit import (Case, cc, ccm, cct, qty, LOINC, SCT, RXN, ICD10, ADMIT_SRC, FLAG_CAT)

LOC = "https://fhir.northbridge-renal.example.uk/CodeSystem/local"
HIST = cc("http://terminology.hl7.org/CodeSystem/v2-0074", "PAT", "Pathology (gross & histopath, not surgical)")
RAD = cc("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")
LETTER = ccm((LOINC, "11488-4", "Consult note"), text="Clinic letter")


def dx(sct, sct_disp, icd=None, icd_disp=None, text=None):
    cods = [(SCT, sct, sct_disp)] if sct else []
    if icd:
        cods.append((ICD10, icd, icd_disp))
    return ccm(*cods, text=text or sct_disp or icd_disp)


def rx(code, display, text):
    return ccm((RXN, code, display), text=text) if code else cct(text)


def local(code, display, text=None):
    return ccm((LOC, code, display), text=text or display)


L = {
    "cr": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", "umol/L", 59, 104),
    "cr_f": ("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L", "umol/L", 45, 84),
    "egfr": ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", "mL/min/1.73m2", "mL/min/{1.73_m2}", 90, None),
    "hb": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "g/L", 130, 170),
    "hb_f": ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/L", "g/L", 120, 150),
    "k": ("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 3.5, 5.3),
    "bicarb": ("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 22, 29),
    "phos": ("14879-1", "Phosphate [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 0.8, 1.5),
    "ca": ("2000-8", "Calcium [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 2.2, 2.6),
    "ferritin": ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L", "ug/L", 30, 400),
    "tsat": ("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "%", "%", 20, 50),
    "a1c": ("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "mmol/mol", "mmol/mol", 20, 41),
    "crp": ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L", "mg/L", None, 5),
    "alb": ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L", "g/L", 35, 50),
    "urea": ("22664-7", "Urea [Moles/volume] in Serum or Plasma", "mmol/L", "mmol/L", 2.5, 7.8),
    "tac": ("11253-2", "Tacrolimus [Mass/volume] in Blood", "ug/L", "ug/L", 5, 8),
}


def nl(c, key, date, value, flag=None, **kw):
    loinc, disp, unit, ucum, low, high = L[key]
    return c.lab(loinc, disp, date, value, unit, low, high, ucum=ucum, flag=flag, **kw)


def ratio(c, kind, date, value, **kw):
    """Urine albumin:creatinine (ACR) or protein:creatinine (PCR) ratio in mg/mmol."""
    if kind == "acr":
        return c.lab(None, None, date, value, "mg/mmol", None, 3.0, ucum="mg/mmol",
                     local=(LOC, "UACR", "Urine albumin:creatinine ratio"), text="Urine ACR", **kw)
    return c.lab(None, None, date, value, "mg/mmol", None, 15, ucum="mg/mmol",
                 local=(LOC, "UPCR", "Urine protein:creatinine ratio"), text="Urine PCR", **kw)


def symptom(c, date, sct, en, text, enc=None, note=None):
    return c.obs(ccm((LOINC, "75325-1", "Symptom"), text="Symptom"), date, category="survey",
                 cc_value=ccm((SCT, sct, en), text=text), encounter=enc, note=note)


def clinic(c, date, pract, text="Renal outpatient clinic", **kw):
    return c.encounter(date, "AMB", type_text=local("RENAL-OPD", "Renal outpatient clinic", text), pract=pract, **kw)


def egfr_pair(c, date, cr, egfr, key="cr", enc=None):
    nl(c, key, date, cr, encounter=enc)
    return nl(c, "egfr", date, egfr, encounter=enc)


CKD3A = dx("700378005", "Chronic kidney disease stage 3A", "N18.3", "Chronic kidney disease, stage 3")
CKD3B = dx("700379002", "Chronic kidney disease stage 3B", "N18.3", "Chronic kidney disease, stage 3")
CKD4 = dx("431857002", "Chronic kidney disease stage 4", "N18.4", "Chronic kidney disease, stage 4")
CKD5 = dx("433146000", "Chronic kidney disease stage 5", "N18.5", "Chronic kidney disease, stage 5")
HTN = dx("59621000", "Essential hypertension", "I10", "Essential (primary) hypertension")
T2DM = dx("44054006", "Diabetes mellitus type 2", "E11.2", "Type 2 diabetes mellitus with kidney complications")


# ---------------------------------------------------------------------------
def neph_flank_stone(cid):
    c = Case(cid, "NEPH", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
             "Left flank pain recorded on three dates over nine weeks with normal urinalysis and ultrasound was then explained by a 6 mm ureteric stone on CT KUB (14 October 2026); the stone passed and the pain resolved.",
             "45-year-old man with recurrent flank pain; CT finds a ureteric stone which then passes")
    c.setup("Hughes", "Gareth", "male", "1981-03-02", "NBR4471203", {
        "neph": ("Okonkwo", "Adaeze", "Dr", "Consultant Nephrologist"),
        "reg": ("Fraser", "Iain", "Dr", "Renal Specialty Registrar"),
    }, "NHS 943 276 1180")
    htn = c.condition(HTN, "2019-04-01")
    dates = ["2026-08-10", "2026-09-07", "2026-10-12"]
    encs = []
    for i, d in enumerate(dates):
        e = clinic(c, d, "reg" if i else "neph", "Renal stone clinic",
                   reason=[ccm((SCT, "247355005", "Flank pain"), text="Left loin pain")])
        encs.append(e)
        symptom(c, d, "247355005", "Flank pain", "Intermittent left loin pain radiating to groin", enc=e,
                note=["Two episodes in a week, settled with paracetamol.", "Further episodes, 10/10 at worst, lasting an hour.",
                      "Pain recurring every few days."][i])
    c.obs(ccm((LOINC, "13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field"), text="Urine microscopy RBC"),
          "2026-08-10", value=1, unit="/[HPF]", ucum="/[HPF]", high=3, flag="N", encounter=encs[0])
    for k, v in [("cr", 86), ("egfr", 96), ("crp", 2), ("ca", 2.38)]:
        nl(c, k, "2026-08-10", v, encounter=encs[0])
    c.lab("3084-1", "Urate [Mass/volume] in Serum or Plasma", "2026-08-10", 5.9, "mg/dL", 3.5, 7.2, encounter=encs[0])
    c.report(local("US-KUB", "Ultrasound kidneys, ureters and bladder"), "2026-08-20",
             conclusion="Normal sized kidneys, no hydronephrosis, no calculi seen.", category=RAD)
    ct = c.report(local("CT-KUB", "CT kidneys, ureters and bladder (non-contrast)"), "2026-10-14",
                  conclusion="6 mm calculus in the left distal ureter at the vesicoureteric junction with mild left hydroureteronephrosis.",
                  category=RAD)
    stone = c.condition(dx(None, None, "N20.1", "Calculus of ureter", text="Left distal ureteric calculus 6 mm"), "2026-10-14",
                        clinical="resolved", abatement="2026-10-30", asserter="neph", evidence=[{"detail": [{"reference": ct}]}],
                        note="Passed spontaneously 30/10/2026; stone retrieved (calcium oxalate).")
    c.med_request(rx("77492", "tamsulosin", "Tamsulosin 400 microgram MR capsule"), "2026-10-14", "One capsule daily until stone passed",
                  status="completed", reason_ref=[stone], requester="neph")
    c.med_request(rx("17767", "amlodipine", "Amlodipine 5 mg tablets"), "2019-04-01", "One tablet daily", reason_ref=[htn])
    e3 = clinic(c, "2026-11-16", "neph", "Renal stone clinic")
    c.obs(local("STONE", "Stone analysis", "Stone analysis"), "2026-11-02", text_value="Calcium oxalate monohydrate 90%, calcium phosphate 10%",
          category="laboratory")
    nl(c, "cr", "2026-11-16", 84, encounter=e3)
    c.bp("2026-11-16", 132, 84, encounter=e3)
    c.note("2026-11-16", "Renal stone clinic letter",
           "Dear Dr Patel,\nMr Hughes had three months of intermittent left loin pain. Early urinalysis and ultrasound were normal; "
           "CT KUB on 14/10 showed a 6 mm left VUJ stone which he passed on 30/10 with tamsulosin. He is now pain free. "
           "Stone: calcium oxalate. Advice on fluids (>2.5 L/day) and salt given. 24-hour urine collection in 3 months.\n"
           "Yours sincerely, Dr A Okonkwo", author="neph", encounter=e3, type_cc=LETTER)
    return c


def neph_fatigue_anaemia(cid):
    c = Case(cid, "NEPH", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
             "A catch-all 'malaise and fatigue' code (R53) recorded in June 2026 was explained within four weeks by renal anaemia (Hb 89 g/L); after darbepoetin the fatigue improved and the R53 entry was resolved after 84 days, so no unexplained label persists.",
             "71-year-old woman with CKD 4: fatigue coded R53, then explained by renal anaemia and treated")
    c.setup("Whitaker", "Margaret", "female", "1955-10-19", "NBR3309817", {
        "neph": ("Okonkwo", "Adaeze", "Dr", "Consultant Nephrologist"),
        "ans": ("Byrne", "Siobhan", None, "Renal Anaemia Nurse Specialist"),
    }, "NHS 412 889 3021")
    ckd = c.condition(CKD4, "2023-02-01", asserter="neph", note="Diabetic kidney disease")
    dm = c.condition(T2DM, "2009-06-01")
    htn = c.condition(HTN, "2004-01-01")
    e0 = clinic(c, "2026-06-10", "neph", reason=[ccm((SCT, "84229001", "Fatigue"), text="Tiredness")])
    fat = c.condition(dx("84229001", "Fatigue", "R53", "Malaise and fatigue"), "2026-06-10", clinical="resolved",
                      abatement="2026-09-02", recorded="2026-06-10", encounter=e0, asserter="neph")
    symptom(c, "2026-06-10", "84229001", "Fatigue", "Tired all the time for two months", enc=e0)
    egfr_pair(c, "2026-06-10", 198, 22, key="cr_f", enc=e0)
    e1 = clinic(c, "2026-07-08", "neph")
    for k, v in [("hb_f", 89), ("ferritin", 210), ("tsat", 24)]:
        nl(c, k, "2026-07-08", v, encounter=e1)
    c.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-07-08", 88, "fL", 80, 100, encounter=e1)
    c.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "2026-07-08", 402, "ng/L", 200, 900, encounter=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-07-08", 2.1, "mIU/L", 0.3, 4.2, ucum="m[IU]/L", encounter=e1)
    an = c.condition(dx("707323002", "Anemia in chronic kidney disease", "D63.8", "Anaemia in other chronic diseases classified elsewhere"),
                     "2026-07-08", asserter="neph", encounter=e1)
    mr = c.med_request(rx("283838", "darbepoetin alfa", "Darbepoetin alfa 30 microgram pre-filled syringe"), "2026-07-15",
                       "30 micrograms subcutaneously every 2 weeks; adjust to Hb 100-120 g/L", reason_ref=[an], requester="neph")
    c.med_admin(rx("283838", "darbepoetin alfa", "Darbepoetin alfa 30 microgram"), "2026-07-15", "30 micrograms SC", request=mr,
                performer="ans")
    nl(c, "hb_f", "2026-09-02", 104)
    nl(c, "hb_f", "2026-10-28", 112)
    e2 = clinic(c, "2026-10-28", "neph")
    egfr_pair(c, "2026-10-28", 204, 21, key="cr_f", enc=e2)
    nl(c, "k", "2026-10-28", 5.0, encounter=e2)
    c.lab("59261-8", "Hemoglobin A1c/Hemoglobin.total in Blood by IFCC protocol", "2026-10-28", 52, "mmol/mol", 20, 41, encounter=e2)
    c.med_request(rx("1100699", "linagliptin", "Linagliptin 5 mg tablets"), "2023-02-01", "One tablet daily", reason_ref=[dm])
    c.med_request(rx("35296", "ramipril", "Ramipril 5 mg capsules"), "2015-01-01", "One capsule daily", reason_ref=[htn, ckd])
    c.bp("2026-10-28", 134, 72, encounter=e2)
    c.note("2026-10-28", "Renal clinic letter",
           "Mrs Whitaker's tiredness (coded as malaise and fatigue in June) was due to renal anaemia, Hb 89 g/L in July with adequate iron, "
           "normal B12 and TSH. Since darbepoetin Hb is 112 g/L and she feels much better, walking to the shops again. "
           "CKD 4 stable, eGFR 21. Continue darbepoetin via the anaemia nurse service.\nDr A Okonkwo", author="neph",
           encounter=e2, type_cc=LETTER)
    return c


def neph_biopsy_done(cid):
    c = Case(cid, "NEPH", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
             "The invasive procedure (ultrasound-guided native kidney biopsy) was already performed on 8 October 2026 and its request is completed; nothing invasive is pending, management is medical.",
             "52-year-old man with proteinuric CKD 3a; kidney biopsy already done in October, medical management")
    c.setup("Doyle", "Patrick", "male", "1974-09-27", "NBR5120448", {
        "neph": ("Sandhu", "Harpreet", "Dr", "Consultant Nephrologist"),
        "path": ("Lowe", "Fiona", "Dr", "Consultant Renal Histopathologist"),
    }, "NHS 622 041 7735")
    htn = c.condition(HTN, "2016-01-01")
    ckd = c.condition(CKD3A, "2025-11-01", asserter="neph")
    e0 = clinic(c, "2026-08-26", "neph", reason=[cct("Proteinuria and declining eGFR, referred by GP")])
    egfr_pair(c, "2026-08-26", 131, 54, enc=e0)
    ratio(c, "pcr", "2026-08-26", 182, encounter=e0)
    for k, v in [("alb", 38), ("hb", 139), ("k", 4.6)]:
        nl(c, k, "2026-08-26", v, encounter=e0)
    c.obs(local("SEROL", "Renal immunology screen"), "2026-08-26", text_value="ANA, ANCA, anti-GBM, anti-PLA2R negative; C3/C4 normal; serum free light chain ratio normal.",
          flag="N", encounter=e0)
    sr = c.service_request(local("RBX", "Percutaneous native kidney biopsy (ultrasound-guided)"), "2026-08-26", status="completed",
                           occurrence=c.ts("2026-10-08", "09:00:00"), requester="neph", reason_ref=[ckd], encounter=e0)
    e1 = c.encounter("2026-10-08", "IMP", type_text=local("DAYCASE", "Renal day-case unit"), pract="neph", end="2026-10-08",
                     end_time="17:00:00", admit=cc(ADMIT_SRC, "outp", "From outpatient department"))
    bx = c.report(local("RBX-HIST", "Renal biopsy histopathology"), "2026-10-15",
                  conclusion="22 glomeruli, 6 globally sclerosed; arteriolar hyalinosis and intimal fibrosis; mild interstitial fibrosis (15%). "
                             "Immunofluorescence negative. Electron microscopy: no deposits. Conclusion: hypertensive arterionephrosclerosis.",
                  category=HIST, performer="path", based_on=[sr])
    c.procedure(local("RBX", "Percutaneous native kidney biopsy (ultrasound-guided)"), performed=c.ts("2026-10-08", "09:30:00"),
                performer="neph", based_on=[sr], encounter=e1, report=[bx], reason_ref=[ckd],
                note="Left lower pole, 2 cores, 16G. No complications; Hb stable at 6 hours; discharged same day.")
    c.condition(dx("38481006", "Hypertensive renal disease", "I12.9", "Hypertensive renal disease without renal failure"),
                "2026-10-15", asserter="neph", evidence=[{"detail": [{"reference": bx}]}])
    e2 = clinic(c, "2026-11-11", "neph")
    egfr_pair(c, "2026-11-11", 128, 56, enc=e2)
    ratio(c, "pcr", "2026-11-11", 150, encounter=e2)
    c.bp("2026-11-11", 138, 86, encounter=e2)
    c.med_request(rx("35296", "ramipril", "Ramipril 10 mg capsules"), "2026-08-26", "One capsule daily", reason_ref=[htn, ckd],
                  requester="neph")
    c.med_request(rx("1488564", "dapagliflozin", "Dapagliflozin 10 mg tablets"), "2026-10-20", "One tablet daily",
                  reason_ref=[ckd], requester="neph")
    c.med_request(rx("17767", "amlodipine", "Amlodipine 10 mg tablets"), "2016-01-01", "One tablet daily", reason_ref=[htn])
    c.note("2026-11-11", "Renal clinic letter",
           "Biopsy on 08/10/2026 (uncomplicated) shows hypertensive arterionephrosclerosis, no glomerulonephritis. "
           "Plan is medical: BP target <130/80, ramipril 10 mg, dapagliflozin started. No further procedures planned. Review 3 months.\n"
           "Dr H Sandhu", author="neph", encounter=e2, type_cc=LETTER)
    return c


def neph_ckm_palliative(cid):
    c = Case(cid, "NEPH", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
             "CKD stage 5 in a frail 86-year-old: dialysis was judged not to offer benefit and a conservative (non-dialysis) kidney management plan with palliative care referral is active; no second opinion is on record.",
             "86-year-old man with CKD 5 and heart failure on conservative kidney management with palliative referral")
    c.setup("Thornton", "Albert", "male", "1940-06-30", "NBR1028734", {
        "neph": ("Okonkwo", "Adaeze", "Dr", "Consultant Nephrologist"),
        "pal": ("Greaves", "Helen", "Dr", "Consultant in Palliative Medicine"),
        "ckm": ("Abbott", "Rachel", None, "Renal Supportive Care Nurse"),
    }, "NHS 301 664 9932")
    ckd = c.condition(CKD5, "2025-09-01", asserter="neph")
    hf = c.condition(dx("84114007", "Heart failure", "I50.0", "Congestive heart failure"), "2020-03-01", note="LVEF 30%")
    c.condition(dx("396275006", "Osteoarthritis", "M19.9", "Arthrosis, unspecified"), "2010-01-01")
    c.obs(local("CFS", "Clinical Frailty Scale"), "2026-09-23", int_value=7, category="survey", note="Severely frail, dependent for personal care")
    e0 = clinic(c, "2026-09-23", "neph")
    egfr_pair(c, "2026-09-23", 498, 10, enc=e0)
    for k, v in [("k", 5.4), ("bicarb", 18), ("hb", 98), ("alb", 31)]:
        nl(c, k, "2026-09-23", v, encounter=e0)
    c.note("2026-09-23", "Renal clinic letter - treatment decision",
           "Mr Thornton has CKD stage 5, eGFR 10, with severe heart failure and Clinical Frailty Scale 7. "
           "After discussion with him and his daughter we agree dialysis would not extend his life meaningfully and would add burden. "
           "He has chosen conservative kidney management. Referral to palliative care made.\nDr A Okonkwo",
           author="neph", encounter=e0, type_cc=LETTER)
    cp = c.careplan("Conservative kidney management (non-dialysis pathway)", "2026-09-23",
                    category=[ccm((SCT, "103735009", "Palliative care"), text="Renal supportive / palliative care")],
                    description="No dialysis. Symptom control (itch, breathlessness, fluid), advance care planning, preferred place of care home.",
                    addresses=[ckd, hf], author="ckm", period_start="2026-09-23",
                    activities=[{"description": "Advance care plan and ReSPECT form", "status": "completed"},
                                {"description": "Community palliative care review", "status": "scheduled"},
                                {"description": "Dialysis", "status": "cancelled"}])
    c.service_request(ccm((SCT, "306237005", "Referral to palliative care service"), text="Referral to community palliative care team"),
                      "2026-09-23", status="active", requester="neph", performer=[c.pract["pal"]], reason_ref=[ckd], encounter=e0)
    e1 = c.encounter("2026-11-04", "HH", type_text=local("HOMEVISIT", "Home visit"), pract="ckm")
    symptom(c, "2026-11-04", "418290006", "Itching", "Generalised itch, poor sleep", enc=e1)
    egfr_pair(c, "2026-11-04", 541, 9, enc=e1)
    c.med_request(rx("4603", "furosemide", "Furosemide 80 mg tablets"), "2024-01-01", "Two tablets each morning", reason_ref=[hf])
    c.med_request(rx("19484", "bisoprolol", "Bisoprolol 2.5 mg tablets"), "2020-03-01", "One tablet daily", reason_ref=[hf])
    c.med_request(rx("36676", "sodium bicarbonate", "Sodium bicarbonate 500 mg capsules"), "2026-09-23", "Two capsules twice daily",
                  reason_ref=[ckd])
    c.med_request(rx(None, None, "Oxycodone 1 mg/mL oral solution"), "2026-11-04", "1-2 mg as needed for breathlessness, max 4-hourly",
                  requester="pal")
    c.note("2026-11-04", "Renal supportive care home visit",
           "Itch and breathlessness main symptoms. Understands there is no kidney treatment that will help further and that dialysis is not being offered. "
           "Wishes to stay at home. DNACPR in place. Community palliative team visiting weekly.", author="ckm", encounter=e1)
    return c


def neph_hd_start(cid):
    c = Case(cid, "NEPH", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
             "Haemodialysis three times weekly is ordered to start on 8 December 2026 through a left radiocephalic fistula created in September, for diabetic CKD stage 5 (eGFR 7): a planned treatment with severe impact on daily life.",
             "63-year-old woman with diabetic CKD 5, fistula created, haemodialysis to start 2026-12-08")
    c.setup("Begum", "Rashida", "female", "1963-04-15", "NBR2291604", {
        "neph": ("Sandhu", "Harpreet", "Dr", "Consultant Nephrologist"),
        "vasc": ("Morgan", "Ieuan", "Mr", "Consultant Vascular Access Surgeon"),
        "hdn": ("Clarke", "Joanne", None, "Dialysis Unit Sister"),
    }, "NHS 556 102 8873")
    ckd = c.condition(CKD5, "2025-06-01", asserter="neph", note="Diabetic kidney disease")
    dm = c.condition(T2DM, "2002-01-01")
    htn = c.condition(HTN, "2005-01-01")
    an = c.condition(dx("707323002", "Anemia in chronic kidney disease", "D63.8", "Anaemia in other chronic diseases classified elsewhere"),
                     "2025-10-01")
    c.procedure(local("AVF-RC", "Creation of left radiocephalic arteriovenous fistula"), performed=c.ts("2026-09-03", "10:00:00"),
                performer="vasc", reason_ref=[ckd], note="Matured: flow 780 mL/min on ultrasound 2026-11-05")
    e0 = clinic(c, "2026-08-12", "neph", "Advanced kidney care clinic")
    egfr_pair(c, "2026-08-12", 512, 8, key="cr_f", enc=e0)
    e1 = clinic(c, "2026-11-18", "neph", "Advanced kidney care clinic")
    egfr_pair(c, "2026-11-18", 566, 7, key="cr_f", enc=e1)
    for k, v in [("k", 5.8), ("bicarb", 17), ("phos", 2.1), ("hb_f", 101), ("urea", 31.5), ("alb", 34)]:
        nl(c, k, "2026-11-18", v, encounter=e1)
    symptom(c, "2026-11-18", "422587007", "Nausea", "Nausea, poor appetite, itch", enc=e1)
    c.vital("wt", "2026-11-18", 71.5, encounter=e1)
    sr = c.service_request(ccm((SCT, "302497006", "Hemodialysis"), text="In-centre haemodialysis 3x/week, 4 hours"), "2026-11-18",
                           status="active", intent="order", occurrence_period={"start": "2026-12-08"}, requester="neph",
                           performer=[c.pract["hdn"]], reason_ref=[ckd], encounter=e1,
                           note="Mon/Wed/Fri afternoon shift. Dialysate K 2, target weight to be set.")
    c.careplan("Renal replacement therapy: start of haemodialysis", "2026-11-18", intent="plan",
               category=[ccm((SCT, "302497006", "Hemodialysis"), text="Haemodialysis")],
               description="Start in-centre haemodialysis 08/12/2026 via left RC fistula. Transport booked. Transplant assessment to follow.",
               addresses=[ckd], author="neph", period_start="2026-12-08",
               activities=[{"code": ccm((SCT, "302497006", "Hemodialysis"), text="Haemodialysis 3x/week"), "status": "scheduled",
                            "scheduled": "Mon/Wed/Fri from 2026-12-08"}])
    c.appointment("2026-12-08", "First haemodialysis session (needling, low flow)", pract="hdn", based_on=[sr],
                  start_time="13:00:00", end_time="16:00:00", minutes=180)
    c.med_request(rx(None, None, "Insulin glargine 100 units/mL"), "2015-01-01", "18 units at night", reason_ref=[dm])
    c.med_request(rx("283838", "darbepoetin alfa", "Darbepoetin alfa 40 microgram"), "2025-10-01", "40 micrograms every 2 weeks",
                  reason_ref=[an])
    c.med_request(rx("17767", "amlodipine", "Amlodipine 10 mg tablets"), "2005-01-01", "One tablet daily", reason_ref=[htn])
    c.note("2026-11-18", "Advanced kidney care clinic letter",
           "eGFR 7 with uraemic symptoms (nausea, itch), K 5.8, bicarbonate 17. Fistula mature. After education sessions she has chosen "
           "in-centre haemodialysis; first session booked 08/12/2026, then Mon/Wed/Fri. She is anxious about the effect on her work as a "
           "school cook and on caring for her mother.\nDr H Sandhu", author="neph", encounter=e1, type_cc=LETTER)
    return c


def neph_aki_recovered(cid):
    c = Case(cid, "NEPH", "HIGH_IMPACT_TREATMENT", "near-miss", [],
             "Haemodialysis was considered during a septic acute kidney injury in September 2026, but renal function recovered and the dialysis request was revoked on 25 September; no dialysis was given or is planned.",
             "58-year-old man with AKI on CKD 3a; dialysis request revoked after recovery")
    c.setup("Kaur", "Jaswinder", "male", "1968-02-09", "NBR6677021", {
        "neph": ("Sandhu", "Harpreet", "Dr", "Consultant Nephrologist"),
        "reg": ("Fraser", "Iain", "Dr", "Renal Specialty Registrar"),
    }, "NHS 734 550 2216")
    htn = c.condition(HTN, "2012-01-01")
    ckd = c.condition(CKD3A, "2022-05-01", asserter="neph")
    c.condition(dx("90560007", "Gout", "M10.9", "Gout, unspecified"), "2018-01-01")
    e0 = c.encounter("2026-09-14", "IMP", type_text=local("RENAL-WARD", "Renal ward admission"), pract="reg", end="2026-09-29",
                     admit=cc(ADMIT_SRC, "emd", "From accident/emergency department"),
                     reason=[cct("Sepsis (cellulitis) with acute kidney injury after NSAID use")])
    aki = c.condition(dx("14669001", "Acute kidney injury", "N17.9", "Acute renal failure, unspecified"), "2026-09-14",
                      clinical="resolved", abatement="2026-10-20", encounter=e0, asserter="neph", note="AKI stage 3 (KDIGO), pre-renal/ATN")
    for d, cr in [("2026-09-14", 486), ("2026-09-17", 612), ("2026-09-21", 455), ("2026-09-25", 288)]:
        nl(c, "cr", d, cr, encounter=e0)
    nl(c, "k", "2026-09-17", 6.1, encounter=e0)
    nl(c, "bicarb", "2026-09-17", 16, encounter=e0)
    nl(c, "crp", "2026-09-14", 186, encounter=e0)
    c.service_request(ccm((SCT, "302497006", "Hemodialysis"), text="Acute haemodialysis if no recovery within 48 h"), "2026-09-17",
                      status="revoked", intent="order", requester="neph", reason_ref=[aki], encounter=e0,
                      note="Revoked 25/09/2026: diuresis and falling creatinine, no indication for dialysis.")
    c.med_request(rx(None, None, "Flucloxacillin 2 g IV"), "2026-09-14", "2 g IV four times daily for 7 days", status="completed",
                  requester="reg")
    c.med_statement(rx("5640", "ibuprofen", "Ibuprofen 400 mg tablets"), "2026-08-25", status="stopped", end="2026-09-14",
                    status_reason=[cct("Stopped: acute kidney injury")])
    e1 = clinic(c, "2026-11-09", "neph", "Post-AKI clinic")
    egfr_pair(c, "2026-11-09", 142, 48, enc=e1)
    nl(c, "k", "2026-11-09", 4.7, encounter=e1)
    ratio(c, "acr", "2026-11-09", 4.1, encounter=e1)
    c.bp("2026-11-09", 136, 82, encounter=e1)
    c.med_request(rx("17767", "amlodipine", "Amlodipine 10 mg tablets"), "2012-01-01", "One tablet daily", reason_ref=[htn])
    c.med_request(rx("519", "allopurinol", "Allopurinol 100 mg tablets"), "2018-01-01", "One tablet daily")
    c.note("2026-11-09", "Post-AKI clinic letter",
           "Admitted 14/09 with cellulitis and AKI stage 3 (creatinine peak 612) after ibuprofen. Dialysis was considered on 17/09 but was not "
           "needed; the request was cancelled on 25/09 as creatinine fell. Now back near baseline (142, eGFR 48). Avoid NSAIDs. "
           "Discharged to GP with annual CKD monitoring.\nDr H Sandhu", author="neph", encounter=e1, type_cc=LETTER)
    return c


def neph_flag_second_opinion(cid):
    c = Case(cid, "NEPH", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
             "A patient-authored flag raised on 19 November 2026 records his request for a second opinion at another renal centre about the cause and prognosis of his CKD; no second opinion has been arranged yet.",
             "49-year-old man with CKD 3b; patient-raised flag requesting a second opinion on cause and prognosis")
    c.setup("Mensah", "Kwame", "male", "1977-11-23", "NBR7310552", {
        "neph": ("Okonkwo", "Adaeze", "Dr", "Consultant Nephrologist"),
        "cns": ("Byrne", "Siobhan", None, "Renal Clinical Nurse Specialist"),
    }, "NHS 889 013 4458")
    htn = c.condition(HTN, "2014-01-01")
    ckd = c.condition(CKD3B, "2024-03-01", asserter="neph", note="Presumed hypertensive; no biopsy (small kidneys 9.1/9.4 cm)")
    c.report(local("US-KUB", "Ultrasound kidneys, ureters and bladder"), "2024-03-20",
             conclusion="Small echogenic kidneys bilaterally (9.1 cm and 9.4 cm). No cysts. No hydronephrosis.", category=RAD)
    for d, cr, eg in [("2026-05-13", 182, 38), ("2026-11-12", 186, 37)]:
        e = clinic(c, d, "neph")
        egfr_pair(c, d, cr, eg, enc=e)
        ratio(c, "acr", d, 48 if d < "2026-09" else 52, encounter=e)
        c.bp(d, 138, 88, encounter=e)
        last = e
    nl(c, "hb", "2026-11-12", 128, encounter=last)
    nl(c, "k", "2026-11-12", 4.9, encounter=last)
    c.med_request(rx("35296", "ramipril", "Ramipril 10 mg capsules"), "2024-03-01", "One capsule daily", reason_ref=[htn, ckd])
    c.med_request(rx("1488564", "dapagliflozin", "Dapagliflozin 10 mg tablets"), "2025-01-15", "One tablet daily", reason_ref=[ckd])
    c.med_request(rx("49276", "doxazosin", "Doxazosin 4 mg tablets"), "2024-03-01", "One tablet daily", reason_ref=[htn])
    c.note("2026-11-12", "Renal clinic letter",
           "Stable CKD 3b (eGFR 37), ACR 52. Discussed likely cause (hypertension) and that kidney function may decline slowly. "
           "Mr Mensah is not convinced; his brother also has kidney disease at a young age. He asked about genetic causes.\nDr A Okonkwo",
           author="neph", encounter=last, type_cc=LETTER)
    c.flag(ccm((LOC, "PT-REQ-2ND-OP", "Patient request: second opinion"),
               text="Patient requests a second opinion at another renal centre about the cause and outlook of his kidney disease (raised by patient via renal patient portal)"),
           "2026-11-19", author={"reference": c.patient_ref}, category=[cc(FLAG_CAT, "admin", "Administrative")])
    c.communication("2026-11-20", "Thank you for your message. Dr Okonkwo has seen your request for a second opinion and will discuss the referral options with you.",
                    from_patient=False, recipient=["cns"], time="11:20:00")
    return c


def neph_graft_decline(cid):
    c = Case(cid, "NEPH", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
             "Kidney transplant function fell from eGFR 52 to 31 between January and October 2026 (four values, about a 40% fall) and proteinuria rose, while tacrolimus (therapeutic troughs), mycophenolate and prednisolone were taken throughout.",
             "54-year-old transplant recipient, graft eGFR 52 -> 31 over 9 months on maintained triple immunosuppression")
    c.setup("Fletcher", "Neil", "male", "1972-07-08", "NBR0992735", {
        "tx": ("Iqbal", "Sameer", "Dr", "Consultant Transplant Nephrologist"),
        "cns": ("Clarke", "Joanne", None, "Transplant Nurse Specialist"),
    }, "NHS 221 703 6694")
    c.condition(dx(None, None, "Z94.0", "Kidney transplant status", text="Deceased-donor kidney transplant 2019 (native disease: reflux nephropathy)"),
                "2019-05-14")
    c.procedure(ccm((SCT, "70536003", "Transplantation of kidney"), text="Deceased-donor kidney transplant (right iliac fossa)"),
                performed="2019-05-14")
    gd = c.condition(dx(None, None, "T86.1", "Kidney transplant failure and rejection",
                        text="Chronic allograft dysfunction (transplanted kidney)"), "2026-07-15", asserter="tx")
    htn = c.condition(HTN, "2010-01-01")
    for name, code, disp, dose, start in [("Tacrolimus MR", "42316", "tacrolimus", "4 mg once daily (trough target 5-8)", "2019-05-14"),
                                          ("Mycophenolate mofetil 500 mg", "68149", "mycophenolate mofetil", "1 g twice daily", "2019-05-14"),
                                          ("Prednisolone 5 mg", "8638", "prednisolone", "5 mg once daily", "2019-05-14")]:
        c.med_request(rx(code, disp, name), start, dose, reason_ref=[gd], requester="tx", start=start)
    c.med_statement(rx("42316", "tacrolimus", "Tacrolimus MR"), "2019-05-14", asserted="2026-10-21",
                    note="Pharmacy refill record complete; trough levels stable; patient confirms no missed doses.")
    series = [("2026-01-14", 148, 52, 6.4, 22), ("2026-04-15", 166, 45, 6.9, 41), ("2026-07-15", 190, 38, 5.8, 68),
              ("2026-10-21", 224, 31, 6.2, 96)]
    for d, cr, eg, tac, pcr in series:
        e = clinic(c, d, "tx", "Transplant follow-up clinic")
        egfr_pair(c, d, cr, eg, enc=e)
        nl(c, "tac", d, tac, encounter=e)
        ratio(c, "pcr", d, pcr, encounter=e)
        last = e
    c.obs(local("DSA", "Donor-specific HLA antibodies (single antigen bead)"), "2026-07-15",
          text_value="Class II DQ7 DSA, MFI 6,200 (new since 2024)", flag="A")
    c.obs(local("BKPCR", "BK virus DNA (plasma PCR)"), "2026-07-15", text_value="Not detected", flag="N")
    c.report(local("TXBX-HIST", "Transplant kidney biopsy histopathology"), "2026-08-05",
             conclusion="Transplant glomerulopathy (cg1b), peritubular capillaritis (ptc2), C4d negative; interstitial fibrosis/tubular atrophy 30%. "
                        "Consistent with chronic active antibody-mediated rejection.",
             category=HIST)
    c.bp("2026-10-21", 142, 88, encounter=last)
    c.med_request(rx("17767", "amlodipine", "Amlodipine 10 mg tablets"), "2019-08-01", "One tablet daily", reason_ref=[htn])
    c.note("2026-10-21", "Transplant clinic letter",
           "Graft function continues to decline despite adherence and stable tacrolimus levels: eGFR 52 (Jan) -> 45 -> 38 -> 31 (Oct), PCR 22 -> 96. "
           "Biopsy: chronic active antibody-mediated rejection with a new DQ7 DSA. Immunosuppression unchanged throughout.\nDr S Iqbal",
           author="tx", encounter=last, type_cc=LETTER)
    return c


def neph_bp_off_treatment(cid):
    c = Case(cid, "NEPH", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
             "Clinic blood pressure rose 136 -> 149 -> 162 systolic over seven months, but the patient stopped all antihypertensives in April 2026 because of side effects, so the worsening happened without treatment, not despite it.",
             "57-year-old man with CKD 3a whose blood pressure rose after he stopped his antihypertensives")
    c.setup("Reid", "Malcolm", "male", "1969-10-14", "NBR8842107", {
        "neph": ("Sandhu", "Harpreet", "Dr", "Consultant Nephrologist"),
    }, "NHS 487 224 9031")
    htn = c.condition(HTN, "2015-01-01")
    ckd = c.condition(CKD3A, "2023-06-01", asserter="neph")
    c.med_request(rx("35296", "ramipril", "Ramipril 5 mg capsules"), "2015-01-01", "One capsule daily", status="stopped",
                  reason_ref=[htn], status_reason=cct("Patient stopped April 2026: cough"))
    c.med_request(rx("17767", "amlodipine", "Amlodipine 5 mg tablets"), "2018-01-01", "One tablet daily", status="stopped",
                  reason_ref=[htn], status_reason=cct("Patient stopped April 2026: ankle swelling"))
    c.med_statement(rx("35296", "ramipril", "Ramipril 5 mg capsules"), "2015-01-01", status="stopped", end="2026-04-10",
                    asserted="2026-05-06", note="Stopped by patient (cough); declined alternatives at that time.")
    c.med_statement(rx("17767", "amlodipine", "Amlodipine 5 mg tablets"), "2018-01-01", status="stopped", end="2026-04-10",
                    asserted="2026-05-06", note="Stopped by patient (ankle swelling).")
    series = [("2026-03-11", 136, 84, 104, 66), ("2026-05-06", 141, 88, 106, 65), ("2026-08-05", 149, 92, 108, 63),
              ("2026-10-14", 162, 98, 110, 62)]
    for d, s, di, cr, eg in series:
        e = clinic(c, d, "neph")
        c.bp(d, s, di, encounter=e)
        egfr_pair(c, d, cr, eg, enc=e)
        last = e
    ratio(c, "acr", "2026-10-14", 9.8, encounter=last)
    nl(c, "k", "2026-10-14", 4.8, encounter=last)
    c.obs(local("ABPM", "Ambulatory blood pressure monitoring, daytime average"), "2026-10-21", text_value="Daytime average 158/96 mmHg",
          flag="H", category="vital-signs")
    c.note("2026-10-14", "Renal clinic letter",
           "BP has risen to 162/98. Mr Reid stopped ramipril (cough) and amlodipine (ankle swelling) himself in April and has taken no "
           "antihypertensive since. Kidney function stable (eGFR 62). He now agrees to try losartan; ABPM arranged.\nDr H Sandhu",
           author="neph", encounter=last, type_cc=LETTER)
    c.med_request(rx("52175", "losartan", "Losartan 50 mg tablets"), "2026-10-21", "One tablet daily", status="active",
                  reason_ref=[htn], requester="neph")
    return c


def neph_fabry(cid):
    c = Case(cid, "NEPH", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
             "Classic Fabry disease (GLA variant, alpha-galactosidase A deficiency, E75.2) with kidney, cardiac and neuropathic involvement on enzyme replacement: an active rare disease.",
             "38-year-old man with classic Fabry disease on agalsidase beta, CKD 2 with proteinuria, LVH and acroparaesthesia")
    c.setup("Sharma", "Vikram", "male", "1988-01-17", "NBR4005519", {
        "neph": ("Iqbal", "Sameer", "Dr", "Consultant Nephrologist (Inherited Kidney Disease)"),
        "card": ("Evans", "Catrin", "Dr", "Consultant Cardiologist"),
        "nur": ("Abbott", "Rachel", None, "Home Infusion Nurse"),
    }, "NHS 665 380 1127")
    fab = c.condition(dx("16652001", "Fabry's disease", "E75.2", "Other sphingolipidosis", text="Fabry disease (classic), GLA c.644A>G"),
                      "2021-08-10", asserter="neph")
    c.condition(dx("431856006", "Chronic kidney disease stage 2", "N18.2", "Chronic kidney disease, stage 2"), "2021-08-10", asserter="neph")
    c.condition(dx("55827005", "Left ventricular hypertrophy", "I51.7", "Cardiomegaly"), "2023-02-01", asserter="card")
    c.condition(dx(None, None, "G63.3", "Polyneuropathy in other endocrine and metabolic diseases", text="Fabry small-fibre neuropathy (acroparaesthesia)"),
                "2021-08-10")
    c.obs(local("AGAL", "Alpha-galactosidase A activity (leucocytes)"), "2021-07-20", value=0.4, unit="nmol/h/mg", ucum="nmol/h/mg",
          low=23, high=60, flag="L")
    c.obs(local("GLA", "GLA gene sequencing"), "2021-08-02", text_value="Hemizygous pathogenic variant c.644A>G p.(Asn215Ser)", flag="A")
    mr = c.med_request(rx(None, None, "Agalsidase beta 1 mg/kg IV"), "2021-09-01", "1 mg/kg IV every 2 weeks (home infusion)",
                       reason_ref=[fab], requester="neph", start="2021-09-01")
    for d in ["2026-10-06", "2026-10-20", "2026-11-03", "2026-11-17"]:
        c.med_admin(rx(None, None, "Agalsidase beta"), d, "78 mg IV over 2 hours", request=mr, performer="nur")
    for d, cr, eg, acr, lyso in [("2026-05-12", 98, 84, 38, 9.1), ("2026-11-10", 99, 83, 36, 8.7)]:
        e = clinic(c, d, "neph", "Inherited kidney disease clinic")
        egfr_pair(c, d, cr, eg, enc=e)
        ratio(c, "acr", d, acr, encounter=e)
        c.obs(local("LYSOGB3", "Plasma lyso-Gb3"), d, value=lyso, unit="nmol/L", ucum="nmol/L", high=1.8, flag="H", encounter=e)
        last = e
    c.report(local("ECHO", "Transthoracic echocardiogram"), "2026-06-02",
             conclusion="Concentric LVH, IVS 14 mm, preserved EF 60%, grade 1 diastolic dysfunction; stable vs 2025.",
             category=cc("http://terminology.hl7.org/CodeSystem/v2-0074", "CUS", "Cardiac Ultrasound"), performer="card")
    c.lab("67151-1", "Troponin T.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "2026-11-10", 16, "ng/L",
          None, 14, encounter=last)
    c.med_request(rx("35296", "ramipril", "Ramipril 2.5 mg capsules"), "2022-01-01", "One capsule daily", reason_ref=[fab])
    c.med_request(rx("25480", "gabapentin", "Gabapentin 300 mg capsules"), "2021-09-01", "One capsule three times daily")
    c.bp("2026-11-10", 122, 76, encounter=last)
    c.note("2026-11-10", "Inherited kidney disease clinic letter",
           "Classic Fabry disease on agalsidase beta since 2021, infusions at home. Renal function stable (eGFR 83, ACR 36), "
           "cardiac MRI shows LVH without late enhancement. Acroparaesthesia controlled with gabapentin. Cascade family screening ongoing "
           "(mother and sister heterozygous). MDT: nephrology, cardiology, neurology, genetics.\nDr S Iqbal",
           author="neph", encounter=last, type_cc=LETTER)
    return c


CASES = [neph_flank_stone, neph_fatigue_anaemia, neph_biopsy_done, neph_ckm_palliative, neph_hd_start,
         neph_aki_recovered, neph_flag_second_opinion, neph_graft_decline, neph_bp_off_treatment, neph_fabry]
