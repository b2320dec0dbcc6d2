"""Cases from the US home-health and community nursing agency (Prairie Hearth Home Health, Des Moines IA)."""
from fhirkit import (Case, case, cc, q, coding, LOINC, SCT, ICD10CM, CPT, RXN, UCUM, T, HOMEHEALTH, OASIS, OASIS_ANS,
                     HH_LOCAL, us_patient, medicare, oasis_item, score_obs, sym_obs)

ORG = "homehealth"

HOSP = {"active": True, "type": [cc((T + "organization-type", "prov", "Healthcare Provider"), text="Acute care hospital")],
        "name": "Mercy Valley Regional Medical Center",
        "address": [{"line": ["1111 6th Ave"], "city": "Des Moines", "state": "IA", "postalCode": "50314", "country": "US"}]}
CLINIC = {"active": True, "type": [cc((T + "organization-type", "prov", "Healthcare Provider"), text="Primary care clinic")],
          "name": "Eastside Family Medicine Clinic",
          "address": [{"line": ["3900 E Euclid Ave"], "city": "Des Moines", "state": "IA", "postalCode": "50317", "country": "US"}]}


def cm(code, display, sct=None, text=None):
    codings = [(ICD10CM, code, display)]
    if sct:
        codings.append((SCT, sct[0], sct[1]))
    return cc(*codings, text=text or display)


def rx(ingredient, rxcui, text):
    return cc((RXN, rxcui, ingredient), text=text)


SN = cc((HH_LOCAL, "SN-VISIT", "Skilled nursing visit"), text="Skilled nursing home visit")
PTV = cc((HH_LOCAL, "PT-VISIT", "Physical therapy visit"), text="Physical therapy home visit")
SOC = cc((HH_LOCAL, "SOC", "Start of care visit"), text="Start of care (OASIS) visit")
NN = cc((LOINC, "34746-8", "Nurse Note"), text="Visiting nurse note")
PTN = cc((LOINC, "11506-3", "Progress note"), text="Therapy visit note")
DC = cc((LOINC, "18842-5", "Discharge summary"))


def hh_enc(C, d, who, type_=SN, reason=None):
    return C.enc(d, cls="HH", type_=type_, who=who, reason=reason)


def hosp_stay(C, start, end, reason, who="im"):
    return C.enc(start, end, cls="IMP", type_=cc(text="Inpatient admission (emergency)"), who=who, reason=reason, provider=C.pr["hosp"],
                 hosp={"admitSource": cc((T + "admit-source", "emd", "From accident/emergency department")),
                       "dischargeDisposition": cc((T + "discharge-disposition", "home", "Home"), text="Home with home health")})


def oasis(C, d, reason_code, reason_text, items, enc=None, who="am"):
    allitems = [("M0100", "Reason for assessment", {"valueCoding": coding(OASIS_ANS, f"M0100-{reason_code}", reason_text)})] + items
    return C.qr("https://fhir.prairiehearthhomehealth.org/Questionnaire/oasis-e", d, allitems, author=C.pr[who], enc=enc)


def wound(C, d, length, width, depth, enc=None, note=None):
    comps = [{"code": cc((LOINC, "39126-8", "Length of Wound")), "valueQuantity": q(length, "cm")},
             {"code": cc((LOINC, "39125-0", "Width of Wound")), "valueQuantity": q(width, "cm")},
             {"code": cc((LOINC, "39127-6", "Depth of Wound")), "valueQuantity": q(depth, "cm")},
             {"code": cc((LOINC, "89260-4", "Area of wound")), "valueQuantity": q(round(length * width, 1), "cm2")}]
    return C.obs(cc((LOINC, "72287-6", "Wound size panel"), text="Sacral wound measurement"), d, category="exam", enc=enc,
                 components=comps, note=note, issued=False,
                 body_site=cc((SCT, "54735007", "Sacrum"), text="Sacrum"))


# --------------------------------------------------------------------------------- D1
@case("d01-iron-deficiency-unfollowed", ORG, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Red-flag e-trigger: iron-deficiency anaemia (Hb 9.4, MCV 72, ferritin 6, already microcytic before her hip surgery) in a "
      "76-year-old drawn on 20 August has had no follow-up (no repeat, iron, GI referral or endoscopy) in more than 100 days.",
      "76-year-old woman in home health after hip fracture; iron-deficiency anaemia found 2026-08-20, no follow-up by 2026-12-01")
def d01(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Dorothy", "Mae"], "Kessler", "female", "1950-03-08", "PH-220417", "1820 Hubbell Ave", "Des Moines", "IA",
                       "50316", "+1 515 555 0161", marital="W"),
            medicare("6AE2-DK5-RU84"), practitioners=["am", "pt", "md", "im"], extra_orgs={"hosp": HOSP})
    fx = C.cond(cm("S72.141D", "Displaced intertrochanteric fracture of right femur, subsequent encounter for closed fracture with routine healing"),
                onset="2026-07-15", recorded="2026-07-28", who="am")
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2008", recorded="2026-07-28", who="am")
    C.cond(cm("M81.0", "Age-related osteoporosis without current pathological fracture"), onset="2019", recorded="2026-07-28", who="am")
    h = hosp_stay(C, "2026-07-15", "2026-07-24", cc(text="Fall at home, right hip fracture"))
    C.procedure(cc((CPT, "27245", "Treatment of intertrochanteric, peritrochanteric, or subtrochanteric femoral fracture; with intramedullary implant"),
                   text="Cephalomedullary nailing right hip"), "completed", "2026-07-16", enc=h, reason_ref=[fx])
    C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-07-15", 10.8, "g/dL", 12.0, 15.5, enc=h, note="Pre-operative (admission) value")
    C.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-07-15", 74, "fL", 80, 100, enc=h, note="Pre-operative (admission) value")
    C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-07-24", 9.9, "g/dL", 12.0, 15.5, enc=h, note="At discharge")
    e1 = hh_enc(C, "2026-07-28", "am", SOC, cc(text="Aftercare following hip fracture surgery"))
    oasis(C, "2026-07-28", "1", "Start of care - further visits planned", [
        oasis_item("M1033", "Risk for hospitalization", "2", "History of falls (2 or more falls or any fall with injury in past 12 months)"),
        oasis_item("M1860", "Ambulation/locomotion", "3", "Able to walk only with supervision or assistance of another person at all times"),
        oasis_item("M1850", "Transferring", "2", "Able to bear weight and pivot during the transfer process but unable to transfer self"),
        oasis_item("M2020", "Management of oral medications", "1", "Able if prescribed medications are given in advance"),
    ], enc=e1)
    C.vitals("2026-07-28", enc=e1, sbp=128, dbp=72, hr=88, spo2=97)
    for m, code, txt, st, status, end in (("lisinopril", "29046", "lisinopril 10 mg daily", "2014-01-01", "active", None),
                                          ("alendronate", "46041", "alendronate 70 mg weekly", "2019-05-01", "active", None),
                                          ("acetaminophen", "161", "acetaminophen 650 mg every 6 h as needed", "2026-07-24", "active", None),
                                          ("enoxaparin", "67108", "enoxaparin 40 mg SC daily x 28 days", "2026-07-24", "completed", "2026-08-21")):
        C.med_statement(rx(m, code, txt), status, st, txt, end=end, info_source=C.pr["am"], date_asserted="2026-07-28")
    e2 = hh_enc(C, "2026-08-20", "am", reason=cc(text="Skilled nursing: lab draw per order, medication review"))
    labs = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-20", 9.4, "g/dL", 12.0, 15.5, enc=e2),
            C.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-08-20", 72, "fL", 80, 100, enc=e2),
            C.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-08-20", 6, "ng/mL", 15, 150, enc=e2),
            C.lab("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", "2026-08-20", 5, "%", 15, 50, enc=e2),
            C.lab("777-3", "Platelets [#/volume] in Blood by Automated count", "2026-08-20", 418, "10*3/uL", 150, 400, enc=e2)]
    C.report(cc((LOINC, "58410-2", "CBC panel - Blood by Automated count"), text="CBC, ferritin, iron studies"), "2026-08-20", labs, enc=e2,
             conclusion="Microcytic anemia with iron deficiency (ferritin 6, TSAT 5%).")
    C.comm("2026-08-21T09:14:00-05:00",
           "Fax to Dr. Haines: Mrs. Kessler CBC 8/20 Hgb 9.4, MCV 72, ferritin 6, iron sat 5%. Please advise on orders (iron? further work-up?).",
           C.pr["am"], [C.pr["md"]], category=cc(text="Abnormal result notification"),
           medium=cc((T + "v3-ParticipationMode", "FAXWRIT", "telefax"), text="Fax"))
    e3 = hh_enc(C, "2026-10-02", "am", reason=cc(text="Skilled nursing visit"))
    C.vitals("2026-10-02", enc=e3, sbp=124, dbp=70, hr=94, spo2=97)
    sym_obs(C, "84229001", "Fatigue", "Tires easily, short of breath on stairs", "2026-10-02", enc=e3)
    C.note("2026-08-21", "Skilled nursing note",
           "Lab results from 8/20 faxed to PCP office (Dr. Haines) 8/21 09:14. Hgb 9.4 (discharge 9.9, admission 10.8), MCV 72, ferritin 6. "
           "Pt denies black stools that she has noticed. Awaiting orders.", "am", enc=e2, type_=NN)
    C.note("2026-10-02", "Skilled nursing note",
           "Recert period. Pt ambulating with walker 150 ft, progressing with PT. Reports tiring easily and SOB on stairs. "
           "No orders were received for the low Hgb/iron results from 8/20; called PCP office again 10/2, left message with nurse line. "
           "No iron supplement on med list. Will continue to follow up.", "am", enc=e3, type_=NN)
    e4 = hh_enc(C, "2026-11-20", "am", cc((HH_LOCAL, "DC", "Discharge from agency visit"), text="Discharge visit"))
    oasis(C, "2026-11-20", "9", "Discharge from agency", [
        oasis_item("M1860", "Ambulation/locomotion", "2", "Requires use of a two-handed device to walk alone"),
        oasis_item("M2020", "Management of oral medications", "0", "Able to independently take the correct oral medications"),
    ], enc=e4)
    C.note("2026-11-20", "Discharge summary",
           "Discharged from home health: PT goals met, walker independent, no falls. Open issue: iron-deficiency anemia from 8/20 labs - "
           "no PCP orders received (no repeat CBC, iron, or GI referral). Advised pt/son to raise at next PCP appointment (not yet scheduled).",
           "am", enc=e4, type_=DC)
    return C


# --------------------------------------------------------------------------------- D2
@case("d02-back-pain-red-flags", ORG, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Low back pain labelled lumbar strain (M54.50) in June is still the only diagnosis while night pain, weight loss, "
      "normocytic anaemia, hypercalcaemia, raised alkaline phosphatase and total protein and a rising creatinine appeared; the label "
      "cannot explain them (labs only 34 days old, so the 60-day no-follow-up trigger is not yet reached).",
      "74-year-old man, 'lumbar strain' since June with night pain, weight loss, anaemia, hypercalcaemia and high ALP/protein")
def d02(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Eugene", "Francis"], "Novak", "male", "1952-11-12", "PH-231188", "4410 SE 14th St", "Des Moines", "IA",
                       "50320", "+1 515 555 0122", marital="M"),
            medicare("8GT1-VN3-WE55"), practitioners=["am", "pt", "md"], extra_orgs={"clinic": CLINIC})
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2010", recorded="2026-06-10", who="am")
    C.cond(cm("E78.2", "Mixed hyperlipidemia"), onset="2012", recorded="2026-06-10", who="am")
    lbp = C.cond(cm("M54.50", "Low back pain, unspecified", sct=("279039007", "Low back pain"), text="Low back pain - lumbar strain"),
                 onset="2026-05-20", recorded="2026-06-03", who="md", note="Attributed to lifting a storm window in May.")
    e0 = C.enc("2026-06-03", cls="AMB", type_=cc(text="Primary care office visit"), who="md", provider=C.pr["clinic"],
               reason=cc(text="Low back pain x 2 weeks"))
    C.service_request(cc((HH_LOCAL, "HH-REF", "Home health referral: PT and skilled nursing"), text="Home health: PT eval and treat, SN for pain/med management"),
                      "2026-06-03", "md", status="completed", reason_ref=[lbp], enc=e0)
    e1 = hh_enc(C, "2026-06-10", "pt", SOC, cc(text="Low back pain, deconditioning"))
    oasis(C, "2026-06-10", "1", "Start of care - further visits planned", [
        oasis_item("M1860", "Ambulation/locomotion", "1", "With a one-handed device, able to independently walk on even and uneven surfaces"),
        oasis_item("J0510", "Pain effect on sleep", "2", "Occasionally"),
    ], enc=e1, who="pt")
    pts = [("2026-06-10", 6, 82.1, "pt", e1), ("2026-08-19", 6, None, "pt", None), ("2026-09-22", 6, 80.4, "am", None),
           ("2026-10-06", 7, 78.0, "am", None), ("2026-11-17", 7, 75.6, "am", None)]
    encs = {}
    for d, p, w, who, e in pts:
        if e is None:
            e = hh_enc(C, d, who, PTV if who == "pt" else SN, cc(text="Home visit"))
        encs[d] = e
        score_obs(C, cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, p, enc=e)
        if w:
            C.vitals(d, enc=e, wt=w, sbp=136, dbp=80, hr=84)
    sym_obs(C, "279039007", "Low back pain", "Back pain now waking him at night, not relieved by lying still", "2026-09-22",
            enc=encs["2026-09-22"])
    sym_obs(C, "89362005", "Weight loss", "Unintentional weight loss ~4 kg since June, poor appetite", "2026-10-06", enc=encs["2026-10-06"])
    for m, code, txt, st in (("cyclobenzaprine", "21949", "cyclobenzaprine 5 mg at bedtime", "2026-06-03"),
                             ("acetaminophen", "161", "acetaminophen 1000 mg three times daily", "2026-06-03"),
                             ("tramadol", "10689", "tramadol 50 mg every 8 h as needed", "2026-08-25"),
                             ("amlodipine", "17767", "amlodipine 5 mg daily", "2012-01-01")):
        C.med_statement(rx(m, code, txt), "active", st, txt, info_source=C.pr["am"], date_asserted="2026-10-06")
    labs = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-28", 10.6, "g/dL", 13.5, 17.5),
            C.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-10-28", 90, "fL", 80, 100),
            C.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-10-28", 11.2, "mg/dL", 8.6, 10.3),
            C.lab("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-28", 310, "U/L", 40, 129),
            C.lab("2885-2", "Protein [Mass/volume] in Serum or Plasma", "2026-10-28", 9.1, "g/dL", 6.0, 8.3),
            C.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-28", 3.3, "g/dL", 3.5, 5.2),
            C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-28", 1.5, "mg/dL", 0.7, 1.3, note="1.0 in 2025")]
    C.report(cc((LOINC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="CMP + CBC (PCP order, drawn at home)"),
             "2026-10-28", labs, conclusion="Normocytic anemia, hypercalcemia, elevated ALP and total protein, creatinine up.")
    C.comm("2026-11-03T15:40:00-06:00",
           "Phone order from Dr. Haines re 10/28 labs: 'Back pain consistent with lumbar strain and arthritis. Continue PT and home exercise. "
           "Push fluids. Recheck labs at annual visit.'", C.pr["md"], [C.pr["am"]], category=cc(text="Physician response / verbal order"))
    C.note("2026-09-22", "Skilled nursing note",
           "Pt reports back pain now wakes him at night most nights; pain 6/10, not better lying down. Tramadol helps little. "
           "Using cane. Reported to PCP office.", "am", enc=encs["2026-09-22"], type_=NN)
    C.note("2026-11-17", "Skilled nursing note",
           "Wt 75.6 kg (82.1 at SOC in June). Appetite poor, fatigued, constipated, thirsty. Back pain 7/10 day and night. "
           "PCP response to 10/28 labs: continue PT for lumbar strain. RN concerned: night pain, weight loss, Ca 11.2, ALP 310, anemia are not "
           "typical of a strain. Wife asks 'why is he getting worse if it is just a pulled muscle?'", "am", enc=encs["2026-11-17"], type_=NN)
    return C


# --------------------------------------------------------------------------------- D3
@case("d03-bedside-debridement", ORG, "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "The only pending procedure is a bedside selective debridement (CPT 97597) of a healing stage 3 sacral pressure injury by "
      "the wound-care nurse: a minor procedure, not major surgery.",
      "82-year-old woman with dementia, healing stage 3 sacral pressure injury, bedside selective debridement ordered for 2026-12-03")
def d03(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Lorraine", "Beatrice"], "Tuttle", "female", "1944-07-19", "PH-198802", "611 Lyon St", "Des Moines", "IA",
                       "50309", "+1 515 555 0175", marital="W"),
            medicare("3CM8-FP2-KX16"), practitioners=["am", "wc", "md"])
    dau = C.related({"family": "Tuttle-Ames", "given": ["Janet"]},
                    cc((T + "v3-RoleCode", "DAU", "natural daughter"), text="Daughter, primary caregiver"),
                    telecom=[{"system": "phone", "value": "+1 515 555 0176"}], gender="female")
    pu = C.cond(cm("L89.153", "Pressure ulcer of sacral region, stage 3", sct=("399912005", "Pressure ulcer")), onset="2026-08-20",
                recorded="2026-09-02", who="wc")
    C.cond(cm("G30.1", "Alzheimer's disease with late onset"), onset="2021", recorded="2026-09-02", who="am")
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2002", recorded="2026-09-02", who="am")
    e1 = hh_enc(C, "2026-09-02", "am", SOC, cc(text="Wound care, caregiver teaching"))
    oasis(C, "2026-09-02", "1", "Start of care - further visits planned", [
        ("M1311-C1", "Number of stage 3 pressure ulcers", {"valueInteger": 1}),
        oasis_item("M1850", "Transferring", "3", "Unable to transfer self and is unable to bear weight or pivot when transferred by another person"),
        oasis_item("M1700", "Cognitive functioning", "3", "Requires considerable assistance in routine situations"),
    ], enc=e1)
    for d, l, w, dp, who, note in (("2026-09-02", 5.0, 4.0, 1.2, "wc", "Slough 40%, granulation 60%, moderate serous exudate, no odor"),
                                   ("2026-10-07", 4.2, 3.5, 0.9, "wc", "Slough 30%, granulation 70%, edges attached"),
                                   ("2026-11-04", 3.6, 3.0, 0.7, "wc", "Slough 30% adherent at base, granulation 70%, no signs of infection")):
        e = e1 if d == "2026-09-02" else hh_enc(C, d, who, cc((HH_LOCAL, "WOC", "Wound ostomy continence nurse visit"), text="WOC nurse visit"))
        wound(C, d, l, w, dp, enc=e, note=note)
        score_obs(C, cc((HH_LOCAL, "BRADEN", "Braden Scale for Predicting Pressure Sore Risk, total"), text="Braden score"), d,
                  12 if d < "2026-10-01" else 14, enc=e)
    C.vitals("2026-11-04", sbp=132, dbp=70, hr=76, temp=36.8)
    C.service_request(cc((CPT, "97597", "Debridement (eg, high pressure waterjet with/without suction, sharp selective debridement with scissors, scalpel and forceps), open wound, including topical application(s), wound assessment, use of a whirlpool, when performed and instruction(s) for ongoing care, per session, total wound(s) surface area; first 20 sq cm or less"),
                         text="Bedside selective sharp debridement of sacral wound slough"), "2026-11-18", "md", status="active", intent="order",
                      reason_ref=[pu], occurrence="2026-12-03", performer=[C.pr["wc"]],
                      note="Performed at home by CWOCN; topical lidocaine; no anesthesia or sedation.")
    C.med_request(rx("collagenase", "3193", "collagenase clostridium histolyticum 250 units/g ointment"), "2026-09-02",
                  "Apply nickel-thick to wound base daily, cover with foam dressing", "md", reason_ref=[pu])
    C.med_statement(rx("donepezil", "135447", "donepezil 10 mg daily"), "active", "2021-06-01", "10 mg at bedtime", info_source=dau)
    C.med_statement(rx("amlodipine", "17767", "amlodipine 5 mg daily"), "active", "2015-01-01", "5 mg daily", info_source=dau)
    C.careplan("Pressure injury plan of care", "active", "plan", "2026-09-02", "wc", addresses=[pu],
               category=cc(text="Home health plan of care (CMS-485)"),
               description="Turn q2h, low-air-loss mattress, nutrition (protein supplement), enzymatic debridement, caregiver teaching; "
                           "selective bedside debridement of residual slough.")
    C.note("2026-11-18", "WOC nurse note",
           "Sacral stage 3 PI improving: 3.6 x 3.0 x 0.7 cm (was 5.0 x 4.0 x 1.2 in Sept). Residual adherent slough 30% slowing closure. "
           "Obtained order from Dr. Haines for bedside selective debridement on next visit 12/3. Daughter Janet agrees; no sedation needed.",
           "wc", type_=NN)
    return C


# --------------------------------------------------------------------------------- D4
@case("d04-hospice-heart-failure", ORG, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "End-stage HFrEF (EF 15%, NYHA IV, two admissions in two months): cardiology documented no further advanced therapy options "
      "(not a candidate for LVAD or transplant) and a hospice referral and comfort-care plan are active; no second opinion.",
      "85-year-old man, end-stage heart failure after two admissions, 'no further options', hospice referral 2026-11-12")
def d04(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Raymond", "Louis"], "Gaskins", "male", "1941-01-25", "PH-176554", "2701 Beaver Ave", "Des Moines", "IA",
                       "50310", "+1 515 555 0139", marital="M"),
            medicare("1RK5-GH7-DN22"), practitioners=["am", "tl", "cd", "im", "sw"], extra_orgs={"hosp": HOSP})
    wife = C.related({"family": "Gaskins", "given": ["Marilyn"]}, cc((T + "v3-RoleCode", "WIFE", "wife")), gender="female")
    hf = C.cond(cm("I50.22", "Chronic systolic (congestive) heart failure", sct=("703272007", "Heart failure with reduced ejection fraction"),
                   text="Ischemic cardiomyopathy, HFrEF, LVEF 15%, NYHA IV"), onset="2016", recorded="2026-09-11", who="cd")
    C.cond(cm("N18.4", "Chronic kidney disease, stage 4 (severe)"), onset="2024", recorded="2026-09-11", who="im")
    C.cond(cm("I48.11", "Longstanding persistent atrial fibrillation"), onset="2019", recorded="2026-09-11", who="cd")
    C.cond(cm("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), onset="2005", recorded="2026-09-11", who="im")
    h1 = hosp_stay(C, "2026-09-03", "2026-09-09", cc(text="Acute on chronic systolic heart failure"))
    h2 = hosp_stay(C, "2026-10-21", "2026-10-27", cc(text="Acute on chronic systolic heart failure, cardiorenal syndrome"))
    ef = C.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction")), "2026-10-23", q(15, "%"), category="imaging", low=52, interp="L", enc=h2)
    C.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-10-27", 14200, "pg/mL", None, 450, enc=h2,
          text="NT-proBNP at discharge")
    C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-27", 2.6, "mg/dL", 0.7, 1.3, enc=h2)
    e1 = hh_enc(C, "2026-10-29", "am", cc((HH_LOCAL, "ROC", "Resumption of care visit"), text="Resumption of care (OASIS)"),
                cc(text="HF after readmission"))
    oasis(C, "2026-10-29", "3", "Resumption of care (after inpatient stay)", [
        oasis_item("M1400", "When is the patient dyspneic or noticeably short of breath?", "4", "At rest (during day or night)"),
        ("M1033", "Risk for hospitalization", [{"valueCoding": coding(OASIS_ANS, "M1033-3", "Multiple hospitalizations (2 or more) in the past 6 months")},
                                                {"valueCoding": coding(OASIS_ANS, "M1033-7", "Currently taking 5 or more medications")}]),
        oasis_item("M1860", "Ambulation/locomotion", "4", "Chairfast, able to wheel self independently"),
    ], enc=e1)
    for d, w in (("2026-10-29", 79.4), ("2026-11-05", 80.6), ("2026-11-19", 81.1)):
        e = e1 if d == "2026-10-29" else hh_enc(C, d, "tl", reason=cc(text="HF monitoring"))
        C.vitals(d, enc=e, sbp=92, dbp=58, hr=96, spo2=91, wt=w)
    for m, code, txt in (("carvedilol", "20352", "carvedilol 3.125 mg twice daily"), ("furosemide", "4603", "furosemide 80 mg twice daily"),
                         ("apixaban", "1364430", "apixaban 2.5 mg twice daily"), ("insulin glargine", "274783", "insulin glargine 10 units at bedtime")):
        C.med_statement(rx(m, code, txt), "active", "2026-10-27", txt, info_source=wife, date_asserted="2026-10-29")
    C.med_statement(rx("sacubitril / valsartan", "1656339", "sacubitril 24 MG / valsartan 26 MG twice daily"), "stopped", "2024-02-01",
                    "24/26 mg twice daily", end="2026-10-22", status_reason=cc(text="Hypotension and worsening renal function"))
    e2 = C.enc("2026-11-10", cls="AMB", type_=cc(text="Cardiology clinic visit"), who="cd", provider=C.pr["hosp"],
               reason=cc(text="Post-hospital follow-up, advanced heart failure"))
    C.impression("2026-11-10", "cd", "Advanced heart failure assessment",
                 "Stage D HFrEF, EF 15%, NYHA IV, 2 admissions in 8 weeks, GDMT limited by hypotension and CKD 4. Not a candidate for LVAD "
                 "or heart transplant (age 85, CKD 4); home inotropes offered as palliation and declined. No further advanced therapy options. "
                 "Recommend hospice.", problems=[hf], enc=e2, prognosis=cc(text="Estimated survival less than 6 months"))
    C.service_request(cc((HH_LOCAL, "REF-HOSPICE", "Referral to hospice"), text="Referral to hospice (Medicare hospice benefit)"),
                      "2026-11-12", "cd", status="active", intent="order", reason_ref=[hf], performer=None,
                      note="Patient and wife agree; hospice intake visit requested.")
    C.careplan("Comfort-focused plan of care", "active", "plan", "2026-11-12", "am",
               category=cc((SCT, "736373009", "Palliative care plan"), text="Palliative / end-of-life plan"), addresses=[hf],
               description="Transition to hospice; symptom management (dyspnea, edema), no further hospitalization per patient wish, DNR/POLST completed.")
    C.note("2026-11-12", "Skilled nursing note - goals of care",
           "Joint visit with MSW. Dr. Brennan (cardiology) told pt and wife on 11/10 that 'there is nothing more we can do for his heart' - "
           "no LVAD/transplant, declined inotropes. Pt states he does not want to go back to the hospital. IPOST/POLST: DNR, comfort measures. "
           "Hospice referral sent 11/12. Wt up 1.7 kg in 3 weeks, dyspnea at rest.", "am", type_=NN)
    return C


# --------------------------------------------------------------------------------- D5
@case("d05-chemo-completed", ORG, "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "The chemotherapy on her medication history (adjuvant FOLFOX for colon cancer) finished in May 2024 and she is disease-free "
      "on surveillance; the current home-health episode is for a COPD exacerbation with no high-impact treatment planned or running.",
      "73-year-old woman, home health after COPD exacerbation; adjuvant FOLFOX completed 2024, colon cancer in remission")
def d05(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Gloria", "Ann"], "Whitfield", "female", "1953-05-05", "PH-240963", "1340 E 33rd St", "Des Moines", "IA",
                       "50317", "+1 515 555 0108", marital="D"),
            medicare("9WN3-XC1-PL47"), practitioners=["am", "im", "pt"], extra_orgs={"hosp": HOSP})
    copd = C.cond(cm("J43.2", "Centrilobular emphysema", sct=("13645005", "Chronic obstructive lung disease"), text="COPD - centrilobular emphysema, GOLD 3"),
                  onset="2015", recorded="2026-10-15", who="im")
    C.cond(cm("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), onset="2026-10-07", recorded="2026-10-08",
           clinical="resolved", abatement="2026-10-28", category="encounter-diagnosis", who="im")
    crc = C.cond({"coding": [coding(ICD10CM, "C18.2", "Malignant neoplasm of ascending colon")],
                  "text": "Adenocarcinoma ascending colon pT3N1aM0 (stage IIIB), s/p right hemicolectomy + adjuvant FOLFOX; no evidence of disease"},
                 onset="2023-10", recorded="2023-10-20", clinical="remission", abatement="2024-05-14", who="im")
    C.cond(cm("Z85.038", "Personal history of other malignant neoplasm of large intestine"), onset="2024-05", recorded="2024-06-01", who="im")
    C.procedure(cc((CPT, "44160", "Colectomy, partial, with removal of terminal ileum with ileocolostomy"), text="Right hemicolectomy"),
                "completed", "2023-11-06", reason_ref=[crc])
    C.med_statement(rx("oxaliplatin", "32592", "oxaliplatin 85 mg/m2 IV every 2 weeks (FOLFOX)"), "completed", "2023-12-04",
                    "85 mg/m2 IV q2w x 12 cycles", end="2024-05-14", reason=cc(text="Adjuvant chemotherapy, colon cancer"))
    C.med_statement(rx("fluorouracil", "4492", "fluorouracil IV bolus + 46 h infusion (FOLFOX)"), "completed", "2023-12-04",
                    "400 mg/m2 bolus + 2400 mg/m2 over 46 h q2w x 12", end="2024-05-14")
    C.lab("2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma", "2026-05-19", 1.8, "ng/mL", None, 3.0, text="CEA (surveillance)")
    C.obs(cc((CPT, "45378", "Colonoscopy, flexible; diagnostic"), text="Surveillance colonoscopy"), "2025-12-09",
          "Healthy ileocolic anastomosis, no polyps, no recurrence", category="procedure", interp="N")
    h = hosp_stay(C, "2026-10-08", "2026-10-14", cc(text="COPD exacerbation"))
    e1 = hh_enc(C, "2026-10-15", "am", SOC, cc(text="COPD after hospitalization"))
    oasis(C, "2026-10-15", "1", "Start of care - further visits planned", [
        oasis_item("M1400", "When is the patient dyspneic or noticeably short of breath?", "3", "With minimal exertion or when eating, talking"),
        oasis_item("M2020", "Management of oral medications", "0", "Able to independently take the correct oral medications"),
    ], enc=e1)
    for d, s, w in (("2026-10-15", 92, None), ("2026-10-28", 94, None), ("2026-11-18", 95, None)):
        e = e1 if d == "2026-10-15" else hh_enc(C, d, "am", reason=cc(text="COPD monitoring"))
        C.vitals(d, enc=e, spo2=s, rr=20 if d == "2026-10-15" else 18, hr=92, sbp=134, dbp=78)
    score_obs(C, cc((HH_LOCAL, "MMRC", "Modified Medical Research Council dyspnea scale"), text="mMRC dyspnea grade"), "2026-11-18", 2)
    for m, code, txt, st, status, end in (("tiotropium", "69120", "tiotropium 2.5 mcg 2 inhalations daily", "2019-01-01", "active", None),
                                          ("budesonide / formoterol", "1246289", "budesonide/formoterol 160/4.5 mcg 2 puffs twice daily", "2019-01-01", "active", None),
                                          ("albuterol", "435", "albuterol HFA 2 puffs every 4 h as needed", "2015-01-01", "active", None),
                                          ("prednisone", "8640", "prednisone 40 mg daily x 5 days", "2026-10-10", "completed", "2026-10-14")):
        C.med_statement(rx(m, code, txt), status, st, txt, end=end, info_source=C.pr["am"], date_asserted="2026-10-15")
    C.note("2026-11-18", "Skilled nursing note",
           "COPD: back to baseline, SpO2 95% RA, mMRC 2, inhaler technique good. Med reconciliation: oxaliplatin/5-FU listed in history - "
           "completed May 2024, pt followed by oncology yearly, CEA normal 5/2026, colonoscopy 12/2025 clear. No active cancer treatment. "
           "Plan: discharge from home health 12/2 if stable.", "am", type_=NN)
    return C


# --------------------------------------------------------------------------------- D6
@case("d06-flag-second-opinion", ORG, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "An active Flag records the patient's own request for a second opinion from a movement-disorders specialist because she "
      "feels her neurologist does not listen to her about falls and tremor.",
      "80-year-old woman with Parkinson's disease; active flag: patient requests second opinion (movement-disorders specialist)")
def d06(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Harriet", "Louise"], "Combs", "female", "1946-09-30", "PH-187420", "3306 Cottage Grove Ave", "Des Moines", "IA",
                       "50311", "+1 515 555 0183", marital="W"),
            medicare("4PA6-LM8-TB39"), practitioners=["am", "pt", "md", "ne"])
    pd = C.cond(cm("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", sct=("49049000", "Parkinson's disease")),
                onset="2021", recorded="2026-10-12", who="ne")
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2004", recorded="2026-10-12", who="am")
    C.cond(cm("M81.0", "Age-related osteoporosis without current pathological fracture"), onset="2017", recorded="2026-10-12", who="am")
    e1 = hh_enc(C, "2026-10-12", "pt", SOC, cc(text="Falls, Parkinson's disease"))
    oasis(C, "2026-10-12", "1", "Start of care - further visits planned", [
        oasis_item("M1033", "Risk for hospitalization", "2", "History of falls (2 or more falls or any fall with injury in past 12 months)"),
        oasis_item("M1860", "Ambulation/locomotion", "2", "Requires use of a two-handed device to walk alone"),
    ], enc=e1, who="pt")
    C.vitals("2026-10-12", enc=e1, sbp=138, dbp=76, hr=72)
    C.obs(cc((HH_LOCAL, "ORTHO-BP", "Orthostatic blood pressure"), text="Orthostatic BP"), "2026-10-12", "Supine 138/76, standing 3 min 124/70 - no orthostatic hypotension", category="vital-signs",
          enc=e1, issued=False, interp="N")
    C.obs(cc((HH_LOCAL, "TUG", "Timed Up and Go (seconds)"), text="Timed Up and Go"), "2026-10-12", q(18, "s"), category="exam", enc=e1,
          issued=False, note="With front-wheeled walker; >13.5 s indicates fall risk")
    for d in ("2026-10-26", "2026-11-09"):
        hh_enc(C, d, "pt", PTV, cc(text="Gait and balance training"))
    e2 = hh_enc(C, "2026-11-16", "am", reason=cc(text="Skilled nursing: medication teaching"))
    C.med_statement(rx("levodopa", "6375", "carbidopa/levodopa 25/100 mg three times daily"), "active", "2021-08-01",
                    "1 tablet at 7:00, 12:00, 17:00", info_source=C.pat, date_asserted="2026-11-16")
    C.med_statement(rx("amlodipine", "17767", "amlodipine 5 mg daily"), "active", "2010-01-01", "5 mg daily", info_source=C.pat)
    C.med_statement(rx("alendronate", "46041", "alendronate 70 mg weekly"), "active", "2017-04-01", "70 mg weekly", info_source=C.pat)
    C.flag(cc((HH_LOCAL, "PT-REQ-2ND-OPINION", "Patient requests second opinion"),
              text="Patient requests a second opinion: wants to be seen by a movement-disorders specialist about her Parkinson's treatment and falls"),
           "2026-11-16", C.pr["am"], category=cc((T + "flag-category", "admin", "Administrative")), enc=e2)
    C.note("2026-11-16", "Skilled nursing note",
           "Pt states: 'I have told Dr. Albrecht three times that I am falling and shaking more and he just says it is my age. "
           "I want another specialist to look at me - a Parkinson's expert.' Two falls in October without injury. "
           "Explained how to request a second opinion; flag entered and message sent to PCP (Dr. Haines) for referral to the university movement-disorders clinic.",
           "am", enc=e2, type_=NN)
    C.comm("2026-11-16T16:05:00-06:00",
           "Dr. Haines: Mrs. Combs is requesting a second opinion from a movement-disorders specialist regarding her Parkinson's disease "
           "(falls, tremor). Please advise/refer. - A. Morales RN", C.pr["am"], [C.pr["md"]], category=cc(text="Care coordination"))
    return C


# --------------------------------------------------------------------------------- D7
@case("d07-caregiver-scheduling-complaint", ORG, "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "The caregiver's message is a complaint about late evening visit times and a warfarin refill question, both resolved; "
      "neither she nor the patient asks for a second opinion or says they feel unheard about his diagnosis.",
      "86-year-old man after pneumonia; daughter's portal message complains about 7:30 pm visits and asks about a refill")
def d07(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Albert", "Lee"], "Finch", "male", "1939-12-14", "PH-165301", "905 Crocker St", "Des Moines", "IA",
                       "50309", "+1 515 555 0112", marital="W"),
            medicare("2DT9-YH4-QC61"), practitioners=["am", "tl", "md"], extra_orgs={"hosp": HOSP})
    dau = C.related({"family": "Finch", "given": ["Karen"]}, cc((T + "v3-RoleCode", "DAU", "natural daughter"), text="Daughter, caregiver"),
                    telecom=[{"system": "email", "value": "karen.finch@example.net"}], gender="female")
    C.cond(cm("J13", "Pneumonia due to Streptococcus pneumoniae"), onset="2026-10-18", recorded="2026-10-19", clinical="resolved",
           abatement="2026-11-10", category="encounter-diagnosis", who="md")
    af = C.cond(cm("I48.11", "Longstanding persistent atrial fibrillation"), onset="2015", recorded="2026-10-27", who="md")
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2000", recorded="2026-10-27", who="md")
    C.cond(cm("N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms"), onset="2010", recorded="2026-10-27", who="md")
    C.cond(cm("H90.3", "Sensorineural hearing loss, bilateral"), onset="2012", recorded="2026-10-27", who="md")
    hosp_stay(C, "2026-10-19", "2026-10-25", cc(text="Community-acquired pneumonia"), who="md")
    e1 = hh_enc(C, "2026-10-27", "am", SOC, cc(text="Pneumonia recovery, anticoagulation monitoring"))
    oasis(C, "2026-10-27", "1", "Start of care - further visits planned", [
        oasis_item("M1400", "When is the patient dyspneic or noticeably short of breath?", "2", "With moderate exertion"),
        oasis_item("M2020", "Management of oral medications", "1", "Able if prescribed medications are given in advance"),
    ], enc=e1)
    for d, inr, sp in (("2026-10-27", 2.4, 94), ("2026-11-03", 2.8, 96), ("2026-11-17", 2.6, 97)):
        e = e1 if d == "2026-10-27" else hh_enc(C, d, "tl", reason=cc(text="INR check, respiratory assessment"))
        C.vitals(d, enc=e, spo2=sp, hr=78, sbp=128, dbp=72, temp=36.7)
        C.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", d, inr, "{INR}", 2.0, 3.0, enc=e, text="INR (point of care)",
              note="Therapeutic range for AF 2.0-3.0")
    C.med_statement(rx("warfarin", "11289", "warfarin 5 mg daily except 2.5 mg Mon/Fri"), "active", "2015-06-01", "per INR schedule",
                    reason=cc(text="Atrial fibrillation"), info_source=dau, date_asserted="2026-10-27")
    C.med_statement(rx("metoprolol", "6918", "metoprolol succinate 50 mg daily"), "active", "2015-06-01", "50 mg daily", info_source=dau)
    C.med_statement(rx("amoxicillin", "723", "amoxicillin 1 g three times daily"), "completed", "2026-10-25", "1 g TID x 5 days",
                    end="2026-10-30", info_source=dau)
    msg = C.comm("2026-11-09T20:12:00-06:00",
                 "Hi, this is Karen, Al Finch's daughter. The nurse came at 7:30 pm again on Friday - Dad is usually in bed by 8 and gets confused "
                 "in the evening. Can his visits be in the morning? Also his warfarin bottle is almost empty, will the pharmacy get the new script "
                 "or do I need to call Dr. Haines? Thanks.", dau, [C.org_ref], category=cc((HH_LOCAL, "CG-MSG", "Caregiver message"),
                                                                                          text="Caregiver portal message - scheduling"),
                 medium=cc((T + "v3-ParticipationMode", "ELECTRONIC", "electronic data")))
    C.comm("2026-11-10T09:02:00-06:00",
           "Hi Karen, sorry about the late visit. We have moved Mr. Finch's visits to Tuesday mornings (9-11 am). "
           "Dr. Haines' office sent the warfarin refill to Walgreens on Ingersoll this morning. - Angela Morales RN, case manager",
           C.pr["am"], [dau], in_response_to=msg, category=cc(text="Agency response"))
    C.note("2026-11-17", "Skilled nursing note",
           "Lungs clear, SpO2 97% RA, INR 2.6. Daughter happy with new morning schedule; refill picked up. Pt says he is 'very pleased with Dr. Haines "
           "and the nurses'. Plan discharge from home health after next visit.", "tl", type_=NN)
    return C


# --------------------------------------------------------------------------------- D8
@case("d08-hba1c-rising", ORG, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "HbA1c rose 7.6 -> 8.4 -> 9.5% over eight months (1.9 points, far above the 0.5% minimal important difference) while metformin "
      "and insulin glargine, with verified adherence and dose titration, were active throughout.",
      "68-year-old woman with type 2 diabetes, HbA1c 7.6 -> 8.4 -> 9.5% (Feb-Oct 2026) on metformin + titrated glargine")
def d08(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Wanda", "Jean"], "Pruitt", "female", "1958-02-02", "PH-251176", "5212 SW 9th St", "Des Moines", "IA",
                       "50315", "+1 515 555 0130", marital="M"),
            medicare("5EJ2-RW6-NU83"), practitioners=["am", "tl", "md"], extra_orgs={"clinic": CLINIC})
    dm = C.cond(cm("E11.65", "Type 2 diabetes mellitus with hyperglycemia", sct=("44054006", "Diabetes mellitus type 2")), onset="2011",
                recorded="2026-05-20", who="md")
    C.cond(cm("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"), onset="2020", recorded="2026-05-20", who="md")
    C.cond(cm("I10", "Essential (primary) hypertension"), onset="2009", recorded="2026-05-20", who="md")
    for d, v in (("2026-02-10", 7.6), ("2026-06-09", 8.4), ("2026-10-13", 9.5)):
        C.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, v, "%", 4.0, 5.6, text="HbA1c",
              note="Drawn at Eastside Family Medicine" if d != "2026-06-09" else "Drawn by home health RN")
    C.med_statement(rx("metformin", "6809", "metformin 1000 mg twice daily"), "active", "2019-03-01", "1000 mg twice daily with meals",
                    info_source=C.pr["am"], date_asserted="2026-11-10",
                    note="Pill organizer checked weekly; no missed doses found.")
    C.med_request(rx("insulin glargine", "274783", "insulin glargine 100 units/mL pen"), "2026-02-10", "30 units SC at bedtime", "md",
                  status="completed", reason_ref=[dm], note="Increased to 38 units 6/2026.")
    C.med_request(rx("insulin glargine", "274783", "insulin glargine 100 units/mL pen"), "2026-06-12", "38 units SC at bedtime", "md",
                  status="completed", reason_ref=[dm], note="Increased to 46 units 9/2026.")
    C.med_request(rx("insulin glargine", "274783", "insulin glargine 100 units/mL pen"), "2026-09-15", "46 units SC at bedtime", "md",
                  status="active", reason_ref=[dm])
    C.med_statement(rx("insulin glargine", "274783", "insulin glargine"), "active", "2023-01-15", "Nightly; dose per current order",
                    info_source=C.pr["am"], date_asserted="2026-11-10",
                    note="Pen dose counter and pharmacy fill history confirm nightly use since 2023.")
    C.med_statement(rx("lisinopril", "29046", "lisinopril 20 mg daily"), "active", "2009-06-01", "20 mg daily")
    C.med_statement(rx("gabapentin", "25480", "gabapentin 300 mg three times daily"), "active", "2020-05-01", "300 mg TID")
    e1 = hh_enc(C, "2026-05-20", "am", SOC, cc(text="Diabetes management, insulin teaching"))
    oasis(C, "2026-05-20", "1", "Start of care - further visits planned", [
        oasis_item("M2020", "Management of oral medications", "0", "Able to independently take the correct oral medications"),
        oasis_item("M2030", "Management of injectable medications", "1", "Able to take injectable medication(s) at the correct times if individual syringes are prepared in advance"),
    ], enc=e1)
    for d, avg in (("2026-07-14", 196), ("2026-09-15", 224), ("2026-11-10", 247)):
        e = hh_enc(C, d, "am" if d != "2026-09-15" else "tl", reason=cc(text="Diabetes monitoring"))
        C.obs(cc((HH_LOCAL, "SMBG-AVG14", "Self-monitored blood glucose, 14-day mean (meter download)"), text="Meter 14-day average glucose"),
              d, q(avg, "mg/dL"), category="laboratory", enc=e, issued=False, ref_text="Target 80-180 mg/dL", interp="H")
        C.vitals(d, enc=e, sbp=138, dbp=80, wt=96.0 if d < "2026-10-01" else 97.2)
    C.note("2026-09-15", "Skilled nursing note",
           "Observed pt self-inject glargine 38 u with correct technique, rotating sites. Meter avg 224. Pen counter matches nightly doses. "
           "Diet reviewed with pt and husband. Per Dr. Haines order glargine increased to 46 u tonight.", "tl", type_=NN)
    C.note("2026-11-10", "Skilled nursing note",
           "HbA1c 9.5% (10/13), up from 7.6% in Feb and 8.4% in June despite adherence to metformin and glargine (now 46 u). "
           "Meter avg 247, fasting 180-260. No hypoglycemia. Reported trend to PCP; pt frustrated: 'I do everything you tell me and it keeps getting worse.'",
           "am", type_=NN)
    return C


# --------------------------------------------------------------------------------- D9
@case("d09-bp-stopped-amlodipine", ORG, "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "Systolic pressure rose 134 -> 166 mmHg over five months, but medication reconciliation found he had stopped his only "
      "antihypertensive (amlodipine) in June because of ankle swelling: the worsening happened off treatment, not despite it.",
      "69-year-old man after knee replacement; BP rising Jun-Nov 2026 after he stopped amlodipine himself in June")
def d09(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Curtis", "Dwayne"], "Hollis", "male", "1957-08-21", "PH-262218", "2908 Hickman Rd", "Des Moines", "IA",
                       "50310", "+1 515 555 0154", marital="M"),
            medicare("7HV1-KB3-MZ90"), practitioners=["am", "pt", "md"], extra_orgs={"hosp": HOSP, "clinic": CLINIC})
    htn = C.cond(cm("I10", "Essential (primary) hypertension"), onset="2018", recorded="2026-08-30", who="md")
    C.cond(cm("E78.2", "Mixed hyperlipidemia"), onset="2018", recorded="2026-08-30", who="md")
    C.cond(cm("Z96.652", "Presence of left artificial knee joint"), onset="2026-08-24", recorded="2026-08-30", who="pt")
    C.cond(cm("Z47.1", "Aftercare following joint replacement surgery"), onset="2026-08-28", recorded="2026-08-30", who="pt",
           category="encounter-diagnosis")
    pcp = C.enc("2026-06-02", cls="AMB", type_=cc(text="Primary care office visit"), who="md", provider=C.pr["clinic"],
                reason=cc(text="Pre-operative clearance, left knee arthroplasty"))
    C.vitals("2026-06-02", enc=pcp, sbp=134, dbp=80, hr=70)
    C.enc("2026-08-24", "2026-08-28", cls="IMP", type_=cc(text="Elective admission, orthopedics"), who="md", provider=C.pr["hosp"],
          reason=cc(text="Left total knee arthroplasty"))
    e1 = hh_enc(C, "2026-08-30", "pt", SOC, cc(text="Aftercare left TKA"))
    oasis(C, "2026-08-30", "1", "Start of care - further visits planned", [
        oasis_item("M1860", "Ambulation/locomotion", "2", "Requires use of a two-handed device to walk alone"),
        oasis_item("M2020", "Management of oral medications", "0", "Able to independently take the correct oral medications"),
    ], enc=e1, who="pt")
    for d, s, dia, who in (("2026-08-30", 148, 88, "pt"), ("2026-10-04", 154, 90, "pt"), ("2026-11-05", 166, 94, "am")):
        e = e1 if d == "2026-08-30" else hh_enc(C, d, who, PTV if who == "pt" else SN, cc(text="Home visit"))
        C.vitals(d, enc=e, sbp=s, dbp=dia, hr=76)
        if d == "2026-11-05":
            e_last = e
    C.med_statement(rx("amlodipine", "17767", "amlodipine 10 mg daily"), "stopped", "2022-03-01", "10 mg daily", end="2026-06-20",
                    status_reason=cc(text="Patient stopped on his own because of ankle swelling; did not tell his physician"),
                    info_source=C.pat, date_asserted="2026-11-05")
    C.med_statement(rx("atorvastatin", "83367", "atorvastatin 20 mg daily"), "active", "2018-05-01", "20 mg daily", info_source=C.pat,
                    date_asserted="2026-11-05")
    C.med_statement(rx("aspirin", "1191", "aspirin 81 mg twice daily x 35 days (VTE prophylaxis)"), "completed", "2026-08-28",
                    "81 mg twice daily", end="2026-10-02", info_source=C.pat)
    C.med_request(rx("losartan", "52175", "losartan 50 mg oral tablet"), "2026-11-06", "50 mg daily", "md", reason_ref=[htn],
                  note="New start after RN report of uncontrolled BP; amlodipine not restarted (edema).")
    C.note("2026-11-05", "Skilled nursing note - medication reconciliation",
           "BP 166/94 (148/88 at SOC). Full med reconciliation with pill bottles: amlodipine bottle filled 5/2026 still 2/3 full. "
           "Pt admits he stopped amlodipine around June 20 because his ankles swelled and 'figured the knee surgery was more important'. "
           "Has taken no BP medicine since. Called Dr. Haines: new order losartan 50 mg daily, BMP in 2 weeks, recheck BP at next visit.",
           "am", enc=e_last, type_=NN)
    return C


# --------------------------------------------------------------------------------- D10
@case("d10-multimorbidity", ORG, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Six active chronic conditions across at least five specialties (heart failure - cardiology, COPD - pulmonology, type 2 "
      "diabetes - endocrinology, CKD 3b - nephrology, Parkinson's disease - neurology, knee osteoarthritis) with 12 medications.",
      "83-year-old woman with HFpEF, COPD, diabetes with CKD 3b, Parkinson's disease and knee OA; home health after a fall")
def d10(cid):
    C = Case(cid, HOMEHEALTH)
    C.setup(us_patient(C, ["Beatrice", "Ilene"], "Vogt", "female", "1943-04-27", "PH-158830", "1700 Grand Ave Apt 3B", "West Des Moines",
                       "IA", "50265", "+1 515 555 0197", marital="W"),
            medicare("6KQ3-AZ7-RS24"), practitioners=["am", "pt", "ot", "md", "cd", "ne"], extra_orgs={"hosp": HOSP})
    son = C.related({"family": "Vogt", "given": ["Daniel"]}, cc((T + "v3-RoleCode", "SON", "natural son")), gender="male")
    conds = [cm("I50.32", "Chronic diastolic (congestive) heart failure", sct=("446221000", "Heart failure with normal ejection fraction")),
             cm("J44.89", "Other specified chronic obstructive pulmonary disease", sct=("13645005", "Chronic obstructive lung disease"), text="COPD, GOLD 2"),
             cm("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"),
             cm("N18.32", "Chronic kidney disease, stage 3b"),
             cm("G20.A1", "Parkinson's disease without dyskinesia, without mention of fluctuations", sct=("49049000", "Parkinson's disease")),
             cm("M17.0", "Bilateral primary osteoarthritis of knee")]
    onsets = ["2019", "2012", "2001", "2022", "2020", "2014"]
    whos = ["cd", "md", "md", "md", "ne", "md"]
    for c, o, w in zip(conds, onsets, whos):
        C.cond(c, onset=o, recorded="2026-11-09", who=w)
    hosp_stay(C, "2026-11-02", "2026-11-06", cc(text="Fall at home with dehydration and acute kidney injury"), who="md")
    e1 = hh_enc(C, "2026-11-09", "am", SOC, cc(text="Multiple chronic conditions, fall, medication management"))
    oasis(C, "2026-11-09", "1", "Start of care - further visits planned", [
        ("M1033", "Risk for hospitalization", [{"valueCoding": coding(OASIS_ANS, "M1033-2", "History of falls")},
                                                {"valueCoding": coding(OASIS_ANS, "M1033-7", "Currently taking 5 or more medications")}]),
        oasis_item("M1400", "When is the patient dyspneic or noticeably short of breath?", "2", "With moderate exertion"),
        oasis_item("M1860", "Ambulation/locomotion", "2", "Requires use of a two-handed device to walk alone"),
        oasis_item("M2020", "Management of oral medications", "2", "Able to take medication(s) at the correct times if given reminders"),
    ], enc=e1)
    C.vitals("2026-11-09", enc=e1, sbp=128, dbp=66, hr=74, spo2=94, wt=71.8)
    labs = [C.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
                  "2026-11-16", 38, "mL/min/{1.73_m2}", 60, None, text="eGFR (back to baseline 36-40)"),
            C.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-16", 7.4, "%", 4.0, 5.6),
            C.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-16", 4.6, "mmol/L", 3.5, 5.1),
            C.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-11-16", 620, "pg/mL", None, 450)]
    C.report(cc((HH_LOCAL, "HH-LABS", "Home health lab draw"), text="BMP, HbA1c, NT-proBNP"), "2026-11-16", labs,
             conclusion="Renal function back to baseline after AKI; HbA1c acceptable for age.")
    meds = (("furosemide", "4603", "furosemide 20 mg daily"), ("empagliflozin", "1545653", "empagliflozin 10 mg daily"),
            ("metoprolol", "6918", "metoprolol succinate 25 mg daily"), ("losartan", "52175", "losartan 25 mg daily"),
            ("tiotropium", "69120", "tiotropium 2.5 mcg 2 inhalations daily"), ("albuterol", "435", "albuterol HFA as needed"),
            ("insulin glargine", "274783", "insulin glargine 12 units at bedtime"), ("levodopa", "6375", "carbidopa/levodopa 25/100 mg four times daily"),
            ("acetaminophen", "161", "acetaminophen 650 mg three times daily"), ("atorvastatin", "83367", "atorvastatin 40 mg daily"),
            ("sertraline", "36437", "sertraline 50 mg daily"), ("polyethylene glycol 3350", "221147", "polyethylene glycol 17 g daily"))
    for m, code, txt in meds:
        C.med_statement(rx(m, code, txt), "active", "2026-11-06", txt, info_source=son, date_asserted="2026-11-09")
    C.note("2026-11-09", "Start of care - skilled nursing",
           "83F after 4-day admission for fall with dehydration/AKI (metformin stopped; losartan reduced). Problem list: HFpEF (cardiology, Dr. Brennan), "
           "COPD GOLD 2 (pulmonology), T2DM with CKD 3b (endocrinology, nephrology), Parkinson's disease (neurology, Dr. Albrecht), bilateral knee OA. "
           "12 medications reconciled with son; 5 prescribers. Plan: SN weekly x 4 for med management/HF and glucose monitoring, PT/OT for falls.",
           "am", enc=e1, type_=NN)
    C.careplan("Home health plan of care", "active", "plan", "2026-11-09", "am", category=cc(text="Home health plan of care (CMS-485)"),
               description="SN 1w4, PT 2w4, OT 1w3: medication management, HF self-management (daily weights), hypoglycemia/sick-day teaching, "
                           "fall prevention, Parkinson's medication timing.")
    return C
