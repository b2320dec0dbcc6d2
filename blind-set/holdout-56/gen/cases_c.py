"""Cases from the bariatric and metabolic surgery programme (Lakeshore Metabolic and Bariatric Surgery Program).

ICD-10-CM, CPT, RxNorm, LOINC; weight/BMI series, HbA1c, GLP-1 therapy, sleeve and bypass planning and follow-up.
"""
import zlib

from fhirkit import *  # noqa: F401,F403

ANNUAL_Q = "https://fhir.lakeshore-mbs.example.org/Questionnaire/annual-follow-up|3.0"


def bar_base(r, given, family, gender, birth, *, phone=None, city="Milwaukee", member=None):
    r.patient(given, family, gender, birth, lang="en-US", phone=phone,
              address={"use": "home", "line": [f"{zlib.crc32(family.encode()) % 8000 + 100} N Oakland Ave"], "city": city, "state": "WI",
                       "postalCode": "53211", "country": "US"})
    r.coverage(member or ("GLH" + birth.replace("-", "")[2:] + family[:3].upper()), "2023-01-01", plan=("PPO-300", "Great Lakes PPO 300"))


def dx(code, display):
    return cc((ICD10CM, code, display), text=display)


def cpt(code, display, text=None):
    return cc((CPT, code, display), text=text or display)


def rx(code, name, text):
    return cc((RXN, code, name), text=text) if code else txt(text)


def weigh(r, date, kg, height_cm, enc=None):
    r.vital("wt", date, kg, enc=enc)
    r.vital("bmi", date, round(kg / (height_cm / 100) ** 2, 1), enc=enc)


def eq5d(r):
    return cc((r.org["local"] + "/pro", "EQ5D5L-INDEX", "EQ-5D-5L index value (US value set)"), text="EQ-5D-5L index")


# ---------------------------------------------------------------------------------------------
@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [], "BAR",
      "39-year-old woman two years after Roux-en-Y gastric bypass with recurrent post-prandial abdominal pain on three "
      "dates over 11 weeks and normal blood work and ultrasound, until CT showed a Petersen internal hernia, repaired "
      "laparoscopically in October 2026; pain-free since.",
      "The persistent symptom was explained by a disorder diagnosed during the work-up (internal hernia), which was "
      "treated and the pain resolved.")
def bar_internal_hernia(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Ashley", "Brennan", "female", "1987-08-19", phone="+1 414 555 0142")
    ht = 165
    r.proc(cpt("43644", "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy (roux limb 150 cm or less)",
               "Laparoscopic Roux-en-Y gastric bypass"), "2024-05-14", performer="surg")
    r.cond(dx("Z98.84", "Bariatric surgery status"), "2024-05-14", recorded="2024-05-14", recorder="surg")
    r.cond(dx("E66.3", "Overweight"), "2025-06-01", recorded="2025-06-10", recorder="obmed")
    r.cond(cc((SCT, "34713006", "Vitamin D deficiency"), text="Vitamin D deficiency"), "2025-06-10", recorded="2025-06-10", recorder="np")
    r.medstmt(rx("2418", "cholecalciferol", "Vitamin D3 50 mcg (2000 IU) capsule"), "2025-06-10", dosage="1 capsule daily", source="np")
    r.medstmt(txt("Bariatric multivitamin with iron, chewable"), "2024-05-20", dosage="1 tablet twice daily", source="rd")
    pain = cc((SCT, "21522001", "Abdominal pain"), text="Post-prandial abdominal pain")
    e1 = r.enc("2026-07-14", "Bariatric clinic visit", prac="np", reason=pain)
    r.obs(pain, "2026-07-14", "Intermittent cramping periumbilical/left upper quadrant pain 20-60 min after meals, 2-3 times a week for 4 weeks",
          cat="exam", interp=None, enc=e1, issued=False)
    weigh(r, "2026-07-14", 79.5, ht, enc=e1)
    r.labs("2026-07-14", [("hb", 12.8), ("wbc", 6.1), ("alt", 22), ("lipase", 31), ("bili", 0.5)], enc=e1)
    e2 = r.enc("2026-08-25", "Bariatric clinic visit", prac="surg", reason=pain)
    r.obs(pain, "2026-08-25", "Post-prandial pain persists, now with bloating; eating smaller meals", cat="exam", interp=None, enc=e2, issued=False)
    r.labs("2026-08-25", [("hb", 12.9), ("crp", 2.2), ("lipase", 28)], enc=e2)
    r.report(cpt("76705", "Ultrasound, abdominal, real time with image documentation; limited", "Ultrasound right upper quadrant"), "2026-08-28",
             category="RAD", performer=r.org_ref, conclusion="Gallbladder without stones or wall thickening. Normal CBD. No free fluid.")
    e3 = r.enc("2026-09-29", "Emergency Department visit", cls="EMER", prac="surg2", reason=pain, time="21:10", end_time="23:55")
    r.obs(pain, "2026-09-29", "Severe colicky pain after dinner, settled with analgesia in ED", cat="exam", interp=None, enc=e3, issued=False, time="21:30")
    r.labs("2026-09-29", [("hb", 13.0), ("wbc", 8.9), ("lipase", 34), ("alt", 25)], enc=e3, time="21:40")
    ct = r.report(cpt("74177", "Computed tomography, abdomen and pelvis; with contrast material(s)", "CT abdomen/pelvis with contrast"), "2026-10-20",
                  category="RAD", performer=r.org_ref,
                  conclusion="Swirled mesenteric vessels and clustered small-bowel loops in the left upper quadrant, consistent with internal hernia through Petersen's space. No obstruction.")
    hernia = r.cond(dx("K45.8", "Other specified abdominal hernia without obstruction or gangrene"), "2026-06-15", recorded="2026-10-20",
                    clinical="resolved", abated="2026-10-23", recorder="surg", evidence=[ct],
                    note="Petersen's internal hernia after RYGB; closed laparoscopically 23/10/2026.")
    r.proc(cpt("49659", "Unlisted laparoscopy procedure, hernioplasty, herniorrhaphy, herniotomy",
               "Laparoscopic reduction of internal hernia and closure of Petersen's and mesenteric defects"), "2026-10-23", performer="surg",
           reason_ref=hernia, outcome="Hernia reduced, bowel viable, defects closed with non-absorbable suture.")
    e4 = r.enc("2026-11-17", "Post-operative clinic visit", prac="surg", reason_ref=hernia)
    weigh(r, "2026-11-17", 78.8, ht, enc=e4)
    r.note("""Bariatric Surgery - Post-op Visit
3.5 weeks after laparoscopic closure of Petersen's internal hernia. Port sites healed. Tolerating regular bariatric diet.
No post-prandial pain since the operation - the symptoms of the last 4 months have resolved.
Plan: routine annual follow-up; return precautions for recurrent pain.""", "2026-11-17", "progress", "surg", title="Post-operative note", enc=e4)
    return r


# ---------------------------------------------------------------------------------------------
@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [], "BAR",
      "58-year-old man in the medical weight-management arm whose intake PSA was 6.8 ng/mL; urology saw him within "
      "three weeks, treated prostatitis, MRI was PI-RADS 2 and the repeat PSA normal.",
      "The red-flag result (raised PSA) was followed up within 60 days (urology, MRI, repeat PSA) and explained, so "
      "there is no unaddressed red flag.")
def bar_psa_followed(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Richard", "Novak", "male", "1968-01-27", phone="+1 262 555 0199", city="Wauwatosa")
    ht = 178
    ob = r.cond(dx("E66.812", "Obesity, class 2"), "2015-01-01", recorded="2026-03-03", recorder="obmed")
    r.cond(dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2019-01-01", recorded="2019-08-14", recorder="obmed", note="On CPAP.")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2017-01-01", recorded="2017-02-01", recorder="obmed")
    r.cond(dx("R73.03", "Prediabetes"), "2025-01-01", recorded="2026-03-03", recorder="obmed")
    sema = r.medreq(rx("1991302", "semaglutide", "Semaglutide 2.4 mg/0.75 mL pen (Wegovy)"), "2026-03-03",
                    "Titrate 0.25 mg weekly to 2.4 mg weekly over 16 weeks", prac="obmed", reason_ref=ob, route=SUBCUT)
    r.medstmt(rx("29046", "lisinopril", "Lisinopril 20 mg tablet"), "2017-02-01", dosage="20 mg daily", source="obmed")
    for d, kg in (("2026-03-03", 118.0), ("2026-06-09", 110.2), ("2026-09-15", 106.4)):
        weigh(r, d, kg, ht)
    e1 = r.enc("2026-06-09", "Medical weight management visit", prac="obmed", reason_ref=ob)
    psa1 = r.lab("psa", "2026-06-09", 6.8, enc=e1)
    r.obs(cc((LNC, "5799-2", "Leukocyte esterase [Presence] in Urine"), text="Urine leukocyte esterase (dipstick)"), "2026-06-09",
          POSITIVE, interp="POS", enc=e1)
    r.labs("2026-06-09", [("hba1c", 5.9), ("crea", 0.98), ("alt", 34)], enc=e1)
    psa_dx = r.cond(dx("R97.20", "Elevated prostate specific antigen [PSA]"), "2026-06-09", recorded="2026-06-09", clinical="resolved",
                    abated="2026-07-28", recorder="obmed")
    r.sreq(txt("Urology referral - PSA 6.8 ng/mL, dysuria"), "2026-06-12",
           status="completed", prac="obmed", reason_ref=psa_dx, priority="urgent")
    e2 = r.enc("2026-06-30", "Urology clinic visit", prac="uro", reason_ref=psa_dx)
    prost = r.cond(dx("N41.0", "Acute prostatitis"), "2026-06-01", recorded="2026-06-30", clinical="resolved", abated="2026-07-28",
                   recorder="uro", cat="encounter-diagnosis")
    r.medreq(rx("82122", "levofloxacin", "Levofloxacin 500 mg tablet"), "2026-06-30", "500 mg daily for 28 days", status="completed",
             prac="uro", reason_ref=prost)
    r.report(cpt("72197", "Magnetic resonance (eg, proton) imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences",
                 "Multiparametric MRI prostate"), "2026-07-21", category="RAD", performer=r.org_ref,
             conclusion="Prostate volume 38 mL. Diffuse mildly reduced T2 signal in the peripheral zone compatible with prostatitis. No focal lesion. PI-RADS 2.")
    r.lab("psa", "2026-07-28", 3.1)
    r.note("""Urology - Follow-up Letter (28/07/2026)
Referred 12/06 with PSA 6.8 ng/mL and dysuria. Seen 30/06: tender prostate, treated for acute prostatitis with levofloxacin 4 weeks.
mpMRI 21/07: PI-RADS 2, no focal lesion. Repeat PSA 28/07: 3.1 ng/mL.
Impression: PSA rise due to prostatitis, resolved. No biopsy indicated. Annual PSA with primary care.""", "2026-07-28", "consult", "uro",
           title="Urology letter")
    e3 = r.enc("2026-09-15", "Medical weight management visit", prac="obmed", reason_ref=ob)
    r.bp("2026-09-15", 128, 80, enc=e3)
    r.note("""Obesity Medicine Follow-up
Semaglutide 2.4 mg weekly, tolerating well, weight 106.4 kg (118.0 at start, -9.8%). Nausea resolved.
Urology review completed: PSA normalised after treatment of prostatitis, MRI PI-RADS 2.
Plan: continue semaglutide, dietitian follow-up, recheck HbA1c in 3 months.""", "2026-09-15", "progress", "obmed", title="Obesity medicine note", enc=e3)
    return r


# ---------------------------------------------------------------------------------------------
@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [], "BAR",
      "43-year-old woman after gastric bypass given a fatigue label (R53.83) in March 2026; iron-deficiency anaemia and "
      "B12 deficiency from post-bypass malabsorption were diagnosed within days, treated (IV iron, B12, EGD normal) "
      "and the fatigue label resolved by June.",
      "The catch-all fatigue label was replaced within a week by specific diagnoses that explain it, and it was resolved "
      "after treatment; it did not persist over 90 days with symptoms continuing.")
def bar_fatigue_explained(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Jessica", "Harlow", "female", "1983-11-05", phone="+1 414 555 0171")
    ht = 168
    r.proc(cpt("43644", "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy (roux limb 150 cm or less)",
               "Laparoscopic Roux-en-Y gastric bypass"), "2023-09-12", performer="surg")
    r.cond(dx("Z98.84", "Bariatric surgery status"), "2023-09-12", recorded="2023-09-12", recorder="surg")
    fat = r.cond(dx("R53.83", "Other fatigue"), "2026-01-15", recorded="2026-03-10", clinical="resolved", abated="2026-03-16", recorder="np",
                 note="Tiredness for 2 months, short of breath on stairs. Closed 16/03/2026: explained by iron-deficiency anaemia and B12 deficiency (see problem list).")
    e1 = r.enc("2026-03-10", "Bariatric clinic visit", prac="np", reason_ref=fat)
    weigh(r, "2026-03-10", 74.0, ht, enc=e1)
    l1 = r.labs("2026-03-12", [("hb", 10.2), ("mcv", 73), ("ferritin", 6), ("iron", 31), ("tsat", 8), ("b12", 180), ("folate", 9.8),
                               ("tsh", 2.2), ("vitd", 34)], enc=e1)
    r.report(cc((LNC, "57021-8", "CBC W Auto Differential panel - Blood"), text="Anemia and micronutrient panel"), "2026-03-12", results=l1,
             performer=r.org_ref, conclusion="Microcytic anaemia with iron deficiency; low vitamin B12.")
    mal = r.cond(dx("K91.2", "Postsurgical malabsorption, not elsewhere classified"), "2025-09-01", recorded="2026-03-16", recorder="obmed")
    ida = r.cond(dx("D50.8", "Other iron deficiency anemias"), "2026-01-01", recorded="2026-03-16", clinical="resolved", abated="2026-06-16",
                 recorder="obmed", note="Iron deficiency anaemia due to post-bypass malabsorption and menstrual losses.")
    b12 = r.cond(dx("E53.8", "Deficiency of other specified B group vitamins"), "2026-01-01", recorded="2026-03-16", clinical="resolved",
                 abated="2026-06-16", recorder="obmed", note="Vitamin B12 deficiency after RYGB.")
    fci = txt("Ferric carboxymaltose 750 mg/15 mL IV")
    for d in ("2026-03-24", "2026-03-31"):
        r.medadmin(fci, d, dose=(750, "mg", "mg"), route=IV, performer="np", reason_ref=ida)
    r.medreq(txt("Cyanocobalamin 1000 mcg/mL injection"), "2026-03-16", "1000 mcg IM monthly", prac="obmed", reason_ref=b12, route=IM)
    r.proc(cpt("43235", "Esophagogastroduodenoscopy, flexible, transoral; diagnostic", "Upper endoscopy"), "2026-04-14", performer="surg",
           reason_ref=ida, outcome="Intact gastrojejunal anastomosis, no marginal ulcer, no bleeding source.")
    e2 = r.enc("2026-06-16", "Bariatric clinic visit", prac="obmed", reason_ref=ida)
    r.labs("2026-06-16", [("hb", 12.9), ("mcv", 86), ("ferritin", 112), ("b12", 540)], enc=e2)
    r.note("""Obesity Medicine Follow-up
Energy back to normal, climbing stairs without breathlessness. Hb 12.9, ferritin 112, B12 540.
Fatigue resolved after IV iron and B12 replacement; EGD in April showed no marginal ulcer.
Plan: monthly B12 injections ongoing, bariatric multivitamin with iron, ferritin/B12 every 6 months.""", "2026-06-16", "progress", "obmed",
           title="Obesity medicine note", enc=e2)
    e3 = r.enc("2026-10-13", "Annual bariatric follow-up", prac="np")
    weigh(r, "2026-10-13", 73.2, ht, enc=e3)
    r.labs("2026-10-13", [("hb", 13.2), ("ferritin", 88), ("b12", 610), ("vitd", 38), ("alb", 4.2)], enc=e3)
    r.note("""Annual Bariatric Follow-up
Feels well, no fatigue. Weight stable. Labs normal. Continue supplements and monthly B12.""", "2026-10-13", "progress", "np",
           title="Annual follow-up", enc=e3)
    r.medstmt(txt("Bariatric multivitamin with iron, chewable"), "2023-09-20", dosage="1 tablet twice daily", source="rd")
    return r


# ---------------------------------------------------------------------------------------------
@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"], "BAR",
      "36-year-old woman (BMI 44, OSA, PCOS, hypertension) who completed programme preparation; laparoscopic sleeve "
      "gastrectomy is ordered and booked for 19 January 2027.",
      "An active order for laparoscopic sleeve gastrectomy (major bariatric surgery) with a booked date after the anchor; "
      "not yet performed.")
def bar_sleeve_planned(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Danielle", "Ortiz", "female", "1990-02-11", phone="+1 414 555 0133", city="West Allis")
    ht = 163
    ob = r.cond(dx("E66.01", "Morbid (severe) obesity due to excess calories"), "2012-01-01", recorded="2026-04-07", recorder="obmed")
    r.cond(dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2024-01-01", recorded="2026-05-19", recorder="obmed",
           note="AHI 24/h on home sleep study; CPAP started.")
    r.cond(dx("E28.2", "Polycystic ovarian syndrome"), "2010-01-01", recorded="2016-03-01", recorder="obmed")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2021-01-01", recorded="2021-06-01", recorder="obmed")
    r.medstmt(rx("17767", "amlodipine", "Amlodipine 5 mg tablet"), "2021-06-01", dosage="5 mg daily", source="obmed")
    r.medstmt(rx("6809", "metformin", "Metformin ER 500 mg tablet"), "2016-03-01", dosage="1000 mg daily (PCOS)", source="obmed")
    for d, kg in (("2026-04-07", 122.0), ("2026-07-14", 119.0), ("2026-10-20", 117.4)):
        weigh(r, d, kg, ht)
    r.labs("2026-04-07", [("hba1c", 5.6), ("alt", 38), ("tsh", 2.4), ("hb", 13.1), ("vitd", 22)])
    r.note("""Behavioral Health Pre-surgical Evaluation
No active psychiatric contraindication, realistic expectations, good support (partner). Binge eating screen negative.
Cleared for bariatric surgery.""", "2026-06-02", "consult", "psy", title="Pre-surgical psychological evaluation")
    r.proc(cpt("43235", "Esophagogastroduodenoscopy, flexible, transoral; diagnostic", "Pre-operative upper endoscopy"), "2026-09-15",
           performer="surg", outcome="Normal oesophagus, no hiatal hernia, H. pylori negative.")
    r.enc("2026-05-05", "Supervised nutrition visit 1 of 6", prac="rd", reason_ref=ob)
    r.enc("2026-10-13", "Supervised nutrition visit 6 of 6", prac="rd", reason_ref=ob)
    e1 = r.enc("2026-10-20", "Bariatric surgery consultation", prac="surg", reason_ref=ob)
    r.note("""Bariatric Surgery Consultation
36F, BMI 44.2 (peak 45.9), OSA on CPAP, PCOS, hypertension. Completed 6-month supervised nutrition programme, psychology clearance, normal EGD.
Options discussed: sleeve gastrectomy vs Roux-en-Y gastric bypass. No significant reflux; patient prefers sleeve.
Plan: Laparoscopic sleeve gastrectomy. Insurance pre-authorisation submitted. Pre-op liquid diet 2 weeks before surgery.""", "2026-10-20",
           "consult", "surg", title="Surgical consultation", enc=e1)
    sg = r.sreq(cpt("43775", "Laparoscopy, surgical, gastric restrictive procedure; longitudinal gastrectomy (ie, sleeve gastrectomy)",
                    "Laparoscopic sleeve gastrectomy"), "2026-10-20", status="active", intent="order", occurrence="2027-01-19",
                prac="surg", reason_ref=ob, category=cc((SCT, "387713003", "Surgical procedure"), text="Surgery"),
                note="Prior authorisation approved 12/11/2026.")
    r.appt("2027-01-19", "2027-01-19", "Laparoscopic sleeve gastrectomy", service="Bariatric surgery", prac="surg", based_on=sg, time=("07:30", "10:30"))
    r.careplan("Pre-operative preparation - sleeve gastrectomy", "2026-11-12", author="np", addresses=[ob],
               activities=[(txt("Pre-operative liquid diet"), "scheduled", "Start 05/01/2027"),
                           (txt("Pre-admission anaesthesia assessment"), "scheduled", "06/01/2027")])
    return r


# ---------------------------------------------------------------------------------------------
@case("UNTREATABLE_PROGNOSIS", "near-miss", [], "BAR",
      "58-year-old man with class 3 obesity and heart failure (LVEF 20%) judged not a candidate for bariatric surgery "
      "('no surgical treatment options at present') while medical weight management and heart-failure therapy continue.",
      "Only the surgical route is closed; active treatment continues (semaglutide, supervised diet, guideline heart-failure "
      "therapy) with a plan to re-evaluate, and there is no palliative signal.")
def bar_no_surgical_option(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Harold", "Jenkins", "male", "1968-09-30", phone="+1 414 555 0158", city="Milwaukee")
    ht = 180
    ob = r.cond(dx("E66.813", "Obesity, class 3"), "2005-01-01", recorded="2026-06-02", recorder="obmed")
    hf = r.cond(dx("I50.22", "Chronic systolic (congestive) heart failure"), "2024-01-01", recorded="2024-03-18", recorder="obmed",
                note="Non-ischaemic dilated cardiomyopathy, LVEF 20% (echo 07/2026), NYHA III.")
    r.cond(dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), "2016-01-01", recorded="2016-09-01", recorder="obmed")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2012-01-01", recorded="2012-01-01", recorder="obmed")
    for d, kg in (("2026-06-02", 168.0), ("2026-08-19", 161.5), ("2026-11-03", 152.6)):
        weigh(r, d, kg, ht)
    r.labs("2026-06-02", [("hba1c", 8.1), ("crea", 1.1), ("bnp", 2150), ("k", 4.5)])
    e1 = r.enc("2026-08-19", "Multidisciplinary surgical candidacy review", prac="surg2", reason_ref=ob)
    r.impression("2026-08-19", "surg2", problems=[ob, hf], enc=e1, description="Bariatric MDT with cardiology and anaesthesia",
                 summary="Prohibitive perioperative risk (LVEF 20%, NYHA III). He is not a candidate for bariatric surgery at this time - "
                         "no surgical treatment options at present. Continue intensive medical weight management and heart-failure optimisation; "
                         "re-evaluate surgical candidacy if LVEF improves above 35% and weight falls below 140 kg.")
    r.medreq(rx("1991302", "semaglutide", "Semaglutide 2.4 mg/0.75 mL pen (Wegovy)"), "2026-06-02", "2.4 mg weekly after titration",
             prac="obmed", reason_ref=ob, route=SUBCUT)
    r.medstmt(txt("Sacubitril/valsartan 49/51 mg tablet"), "2024-03-18", dosage="1 tablet twice daily", reason_ref=hf, source="obmed")
    r.medstmt(rx("20352", "carvedilol", "Carvedilol 12.5 mg tablet"), "2024-03-18", dosage="12.5 mg twice daily", reason_ref=hf, source="obmed")
    r.medstmt(rx("9997", "spironolactone", "Spironolactone 25 mg tablet"), "2024-03-18", dosage="25 mg daily", reason_ref=hf, source="obmed")
    r.medstmt(rx("1488564", "dapagliflozin", "Dapagliflozin 10 mg tablet"), "2024-03-18", dosage="10 mg daily", source="obmed")
    r.careplan("Intensive medical weight management", "2026-08-19", author="obmed", addresses=[ob],
               activities=[(txt("Semaglutide 2.4 mg weekly"), "in-progress", None),
                           (txt("Supervised low-calorie meal-replacement diet"), "in-progress", "Dietitian every 4 weeks"),
                           (txt("Cardiac rehabilitation-based exercise"), "in-progress", None),
                           (txt("Re-evaluation for bariatric surgery"), "scheduled", "Repeat echo and MDT review in 6 months")])
    e2 = r.enc("2026-11-03", "Obesity medicine visit", prac="obmed", reason_ref=ob)
    r.lab("hba1c", "2026-11-03", 7.2, enc=e2)
    r.note("""Obesity Medicine Follow-up
Weight 152.6 kg (168 in June, -9%). Breathlessness improved, now walking 15 min. Repeat echo (cardiology, 10/2026): LVEF 28%.
Surgery not currently an option per MDT (August); medical treatment is working and continues.
Plan: continue semaglutide and meal replacements; cardiology to continue optimisation; MDT re-review February 2027.""", "2026-11-03",
           "progress", "obmed", title="Obesity medicine note", enc=e2)
    return r


# ---------------------------------------------------------------------------------------------
@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], "BAR",
      "41-year-old woman after Roux-en-Y gastric bypass in February 2026 whose EQ-5D-5L index falls from 0.81 before "
      "surgery to 0.57 by November because of late dumping with post-bariatric hypoglycaemia and food aversion.",
      "A patient-reported quality-of-life score fell by 0.24 (well beyond the ~0.08 minimal important difference) after "
      "the treatment began.")
def bar_qol_drop(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Kimberly", "Sato", "female", "1985-06-03", phone="+1 414 555 0166", city="Shorewood")
    ht = 160
    r.cond(dx("E66.01", "Morbid (severe) obesity due to excess calories"), "2010-01-01", recorded="2025-08-12", clinical="resolved",
           abated="2026-10-01", recorder="obmed")
    byp = r.proc(cpt("43644", "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy (roux limb 150 cm or less)",
                     "Laparoscopic Roux-en-Y gastric bypass"), "2026-02-10", performer="surg", outcome="Uncomplicated, discharged day 2.")
    r.cond(dx("Z98.84", "Bariatric surgery status"), "2026-02-10", recorded="2026-02-10", recorder="surg")
    dump = r.cond(dx("K91.1", "Postgastric surgery syndromes"), "2026-05-01", recorded="2026-07-21", recorder="endo",
                  note="Late dumping with post-bariatric hypoglycaemia (CGM nadir 48 mg/dL 2 h after meals); early dumping symptoms.")
    q = eq5d(r)
    vas = cc((r.org["local"] + "/pro", "EQ5D-VAS", "EQ VAS (0-100)"), text="EQ VAS")
    for d, idx, v, kg in (("2026-01-20", 0.81, 75, 124.0), ("2026-05-12", 0.71, 60, 98.5), ("2026-08-18", 0.64, 50, 86.0),
                          ("2026-11-10", 0.57, 45, 80.2)):
        e = r.enc(d, "Bariatric clinic visit" if d != "2026-01-20" else "Pre-operative visit", prac="np")
        weigh(r, d, kg, ht, enc=e)
        r.score(q, d, idx, enc=e, note="Patient-completed EQ-5D-5L")
        r.score(vas, d, v, integer=True, enc=e)
    r.obs(cc((LNC, "2345-7", "Glucose [Mass/volume] in Serum or Plasma"), text="Glucose 2 h after mixed meal"), "2026-07-21", 48,
          unit="mg/dL", ucum="mg/dL", ref_range=(70, 140), interp="L", note="Symptomatic: sweating, confusion, palpitations")
    r.medreq(rx("16681", "acarbose", "Acarbose 25 mg tablet"), "2026-09-01", "25 mg three times daily with first bite of meals",
             prac="endo", reason_ref=dump)
    r.note("""Bariatric Clinic - 9 months post RYGB
Weight 80.2 kg (124 pre-op). Since May: shakiness, sweating and confusion 1-3 h after meals several times a week, one near-syncope while driving;
early post-prandial cramps and diarrhoea. Has developed fear of eating; skips meals with friends and family.
Has reduced work to part-time; stopped driving alone. EQ-5D-5L index 0.57 (0.81 before surgery), EQ VAS 45.
Plan: dietitian (low glycaemic index, protein with every meal), acarbose continued, endocrinology review; discuss further options if no improvement.""",
           "2026-11-10", "progress", "np", title="Bariatric clinic note")
    r.medstmt(txt("Bariatric multivitamin with iron, chewable"), "2026-02-14", dosage="1 tablet twice daily", source="rd")
    r.labs("2026-11-10", [("hb", 12.4), ("ferritin", 41), ("b12", 420), ("alb", 3.9)])
    return r


# ---------------------------------------------------------------------------------------------
@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], "BAR",
      "47-year-old woman three years after sleeve gastrectomy with daily reflux and weight regain; on the programme's "
      "annual questionnaire she answers 'yes' to wanting a second opinion from another bariatric surgeon.",
      "A QuestionnaireResponse answer explicitly requests a second opinion, with a free-text reason; none is on record.")
def bar_qr_yes(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Laura", "Petrakis", "female", "1979-12-14", phone="+1 414 555 0120", city="Glendale")
    ht = 167
    r.proc(cpt("43775", "Laparoscopy, surgical, gastric restrictive procedure; longitudinal gastrectomy (ie, sleeve gastrectomy)",
               "Laparoscopic sleeve gastrectomy"), "2023-03-21", performer="surg2")
    r.cond(dx("Z98.84", "Bariatric surgery status"), "2023-03-21", recorded="2023-03-21", recorder="surg2")
    gerd = r.cond(dx("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2024-02-01", recorded="2024-04-09", recorder="surg2")
    r.cond(dx("E66.811", "Obesity, class 1"), "2025-06-01", recorded="2026-04-14", recorder="obmed", note="Weight regain after sleeve (nadir 78 kg).")
    r.medstmt(rx("7646", "omeprazole", "Omeprazole 40 mg capsule"), "2024-04-09", dosage="40 mg twice daily", reason_ref=gerd, source="surg2")
    r.proc(cpt("43235", "Esophagogastroduodenoscopy, flexible, transoral; diagnostic", "Upper endoscopy"), "2025-11-18", performer="surg2",
           reason_ref=gerd, outcome="Normal oesophageal mucosa, small sleeve without stenosis or twist; no hiatal hernia seen.")
    weigh(r, "2024-06-11", 78.0, ht)
    weigh(r, "2026-10-28", 93.1, ht)
    qr = r.qr(ANNUAL_Q, "2026-10-28", [
        qitem("1", "How often do you have heartburn or regurgitation?", {"system": r.org["local"] + "/answers", "code": "daily", "display": "Daily"}),
        qitem("2", "Over the past year, has your weight gone up, down or stayed the same?", {"system": r.org["local"] + "/answers", "code": "up", "display": "Gone up"}),
        qitem("3", "Do you feel your concerns have been listened to and addressed by the programme?", False),
        qitem("4", "Would you like to request a second opinion from another bariatric surgeon about your care?", True),
        qitem("4.1", "If yes, please tell us why",
              "I've been told twice that the reflux is just expected after a sleeve and to keep taking pills. It keeps me up at night "
              "and I'm regaining weight. I would like someone else to look at my case."),
    ])
    e1 = r.enc("2026-11-04", "Bariatric surgery follow-up visit", prac="surg2", reason_ref=gerd)
    r.note("""Bariatric Surgery Follow-up
3.5 years after sleeve gastrectomy. Weight 93.1 kg (nadir 78). Reflux symptoms daily despite omeprazole 40 mg BID, sleeping upright.
EGD 11/2025 normal.
Plan: continue PPI, dietary and behavioural counselling for weight regain, follow up in 6 months.""", "2026-11-04", "progress", "surg2",
           title="Surgical follow-up note", enc=e1)
    r.labs("2026-10-28", [("hb", 13.0), ("ferritin", 52), ("b12", 460), ("vitd", 31), ("hba1c", 5.4)])
    return r


# ---------------------------------------------------------------------------------------------
@case("PATIENT_REPORTED_CONCERN", "near-miss", [], "BAR",
      "50-year-old man two years after gastric bypass doing well (diabetes in remission, OSA resolved); on the annual "
      "questionnaire he answers 'no' to wanting a second opinion and says his concerns are heard.",
      "The explicit patient signal is a 'No' answer; there is no request for a second opinion and no other concern.")
def bar_qr_no(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Marcus", "Delaney", "male", "1976-04-08", phone="+1 414 555 0185", city="Milwaukee")
    ht = 183
    r.proc(cpt("43644", "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy (roux limb 150 cm or less)",
               "Laparoscopic Roux-en-Y gastric bypass"), "2024-08-20", performer="surg")
    r.cond(dx("Z98.84", "Bariatric surgery status"), "2024-08-20", recorded="2024-08-20", recorder="surg")
    r.cond(dx("E11.9", "Type 2 diabetes mellitus without complications"), "2014-01-01", recorded="2014-01-01", clinical="remission",
           abated="2025-06-01", recorder="obmed", note="In remission off medication since 06/2025.")
    r.cond(dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2016-01-01", recorded="2016-01-01", clinical="resolved",
           abated="2025-09-01", recorder="obmed", note="Repeat sleep study AHI 3/h; CPAP discontinued.")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2012-01-01", recorded="2012-01-01", recorder="obmed")
    r.medstmt(rx("29046", "lisinopril", "Lisinopril 10 mg tablet"), "2012-01-01", dosage="10 mg daily", source="obmed")
    r.medstmt(txt("Bariatric multivitamin with iron, chewable"), "2024-08-25", dosage="1 tablet twice daily", source="rd")
    for d, kg in (("2024-08-06", 142.0), ("2025-08-19", 101.0), ("2026-10-21", 98.4)):
        weigh(r, d, kg, ht)
    r.qr(ANNUAL_Q, "2026-10-21", [
        qitem("1", "How often do you have heartburn or regurgitation?", {"system": r.org["local"] + "/answers", "code": "never", "display": "Never"}),
        qitem("2", "Over the past year, has your weight gone up, down or stayed the same?", {"system": r.org["local"] + "/answers", "code": "same", "display": "Stayed the same"}),
        qitem("3", "Do you feel your concerns have been listened to and addressed by the programme?", True),
        qitem("4", "Would you like to request a second opinion from another bariatric surgeon about your care?", False),
        qitem("5", "Anything else you would like to tell us?", "Very happy with the program. Off diabetes meds and sleeping without the machine."),
    ])
    e1 = r.enc("2026-10-21", "Annual bariatric follow-up", prac="np")
    labs = r.labs("2026-10-21", [("hba1c", 5.7), ("hb", 14.5), ("ferritin", 96), ("b12", 512), ("vitd", 36), ("alb", 4.3)], enc=e1)
    r.bp("2026-10-21", 124, 78, enc=e1)
    r.note("""Annual Bariatric Follow-up
2 years after RYGB, 98.4 kg (142 pre-op). Diabetes in remission (HbA1c 5.7 off medication), OSA resolved. BP controlled on lisinopril 10 mg.
Micronutrients normal. Questionnaire: satisfied, no concerns.
Plan: continue supplements, annual review.""", "2026-10-21", "progress", "np", title="Annual follow-up note", enc=e1)
    return r


# ---------------------------------------------------------------------------------------------
@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"], "BAR",
      "53-year-old woman with type 2 diabetes and class 2 obesity on metformin and semaglutide throughout 2026; HbA1c "
      "rises 7.6 → 8.2 → 8.9 → 9.4% over nine months with stable weight.",
      "HbA1c worsened by 1.8 percentage points (MCID 0.5) over 274 days across four values while metformin and "
      "semaglutide were continuously active.")
def bar_hba1c_rising(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Gloria", "Ramirez", "female", "1973-03-21", phone="+1 414 555 0112", city="Milwaukee")
    ht = 162
    dm = r.cond(dx("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), "2019-01-01", recorded="2019-05-07", recorder="obmed")
    ob = r.cond(dx("E66.812", "Obesity, class 2"), "2015-01-01", recorded="2025-10-14", recorder="obmed")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2018-01-01", recorded="2018-01-01", recorder="obmed")
    r.cond(dx("E78.2", "Mixed hyperlipidemia"), "2019-01-01", recorded="2019-05-07", recorder="obmed")
    r.medstmt(rx("6809", "metformin", "Metformin 1000 mg tablet"), "2019-05-07", dosage="1000 mg twice daily", reason_ref=dm, source="obmed",
              asserted="2026-11-10", note="Adherence confirmed by pharmacy refill history.")
    r.medstmt(rx("1991302", "semaglutide", "Semaglutide 1 mg/0.74 mL pen (Ozempic)"), "2025-10-14", dosage="1 mg weekly, increased to 2 mg weekly 03/2026",
              reason_ref=[dm, ob], source="obmed", asserted="2026-11-10")
    r.medreq(rx("1991302", "semaglutide", "Semaglutide 2 mg/1.5 mL pen (Ozempic)"), "2026-03-10", "2 mg subcutaneously once weekly",
             prac="obmed", reason_ref=dm, route=SUBCUT)
    r.medstmt(rx("83367", "atorvastatin", "Atorvastatin 40 mg tablet"), "2019-05-07", dosage="40 mg daily", source="obmed")
    r.medstmt(rx("52175", "losartan", "Losartan 50 mg tablet"), "2018-01-01", dosage="50 mg daily", source="obmed")
    for d, a1c, fg, kg in (("2026-02-10", 7.6, 142, 96.4), ("2026-05-12", 8.2, 156, 95.0), ("2026-08-11", 8.9, 171, 95.8),
                           ("2026-11-10", 9.4, 188, 96.1)):
        e = r.enc(d, "Metabolic medicine visit", prac="obmed", reason_ref=dm)
        r.lab("hba1c", d, a1c, enc=e)
        r.lab("glu", d, fg, enc=e, note="fasting")
        weigh(r, d, kg, ht, enc=e)
    r.lab("crea", "2026-11-10", 0.84)
    r.note("""Metabolic Medicine Visit
HbA1c 9.4% (7.6% in February, 8.2% May, 8.9% August) despite metformin 1 g BID and semaglutide 2 mg weekly, both taken reliably (refill data).
Weight unchanged at ~96 kg. Polyuria and nocturia for 2 months. No steroids or new medicines.
Plan: start basal insulin, check C-peptide and GAD antibodies, diabetes educator. Review in 6 weeks.""", "2026-11-10", "progress", "obmed",
           title="Metabolic medicine note")
    return r


# ---------------------------------------------------------------------------------------------
@case("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"], "BAR",
      "56-year-old woman in surgical evaluation with BMI 49 and seven active chronic conditions across endocrinology, "
      "cardiology, sleep medicine, hepatology, orthopaedics and psychiatry; no operation planned yet.",
      "Seven active chronic conditions across at least five specialties meet the complexity threshold (≥5 across ≥3).")
def bar_complex(cid):
    r = Rec(cid, "BAR")
    bar_base(r, "Denise", "Whitaker", "female", "1970-07-15", phone="+1 414 555 0104", city="Cudahy")
    ht = 165
    ob = r.cond(dx("E66.813", "Obesity, class 3"), "2000-01-01", recorded="2026-05-05", recorder="obmed")
    r.cond(dx("E11.9", "Type 2 diabetes mellitus without complications"), "2013-01-01", recorded="2013-01-01", recorder="obmed")
    r.cond(dx("I10", "Essential (primary) hypertension"), "2009-01-01", recorded="2009-01-01", recorder="obmed")
    r.cond(dx("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2018-01-01", recorded="2018-06-01", recorder="obmed", note="CPAP nightly.")
    nash = r.cond(dx("K75.81", "Nonalcoholic steatohepatitis (NASH)"), "2022-01-01", recorded="2022-08-17", recorder="obmed",
                  note="MASH with F3 fibrosis (vibration-controlled transient elastography 12.4 kPa); followed by hepatology.")
    r.cond(dx("M17.0", "Bilateral primary osteoarthritis of knee"), "2019-01-01", recorded="2019-11-01", recorder="obmed",
           note="Orthopaedics: knee replacement deferred until BMI below 40.")
    r.cond(dx("F33.1", "Major depressive disorder, recurrent, moderate"), "2015-01-01", recorded="2015-01-01", recorder="psy",
           note="Psychiatry follow-up; stable on sertraline.")
    r.medstmt(rx("6809", "metformin", "Metformin 1000 mg tablet"), "2013-01-01", dosage="1000 mg twice daily", source="obmed")
    r.medstmt(rx("29046", "lisinopril", "Lisinopril 40 mg tablet"), "2009-01-01", dosage="40 mg daily", source="obmed")
    r.medstmt(rx("17767", "amlodipine", "Amlodipine 10 mg tablet"), "2015-01-01", dosage="10 mg daily", source="obmed")
    r.medstmt(rx("36437", "sertraline", "Sertraline 100 mg tablet"), "2015-01-01", dosage="100 mg daily", source="psy")
    r.medstmt(rx("161", "acetaminophen", "Acetaminophen 500 mg tablet"), "2019-11-01", dosage="1 g up to three times daily", source="obmed")
    for d, kg in (("2026-05-05", 134.5), ("2026-08-04", 133.0), ("2026-11-03", 132.2)):
        weigh(r, d, kg, ht)
    r.labs("2026-05-05", [("hba1c", 7.2), ("alt", 62), ("ast", 51), ("plt", 168), ("alb", 3.9), ("crea", 0.88)])
    r.lab("hba1c", "2026-11-03", 7.1)
    phq = cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 total score")
    r.score(phq, "2026-05-05", 11, integer=True)
    r.score(phq, "2026-11-03", 10, integer=True)
    r.obs(cc((r.org["local"] + "/hepatology", "VCTE-LSM", "Liver stiffness by vibration-controlled transient elastography"), text="Liver stiffness"),
          "2026-06-14", 12.4, unit="kPa", ucum="kPa", cat="imaging", interp="H", ref_range=(None, 7.0), issued=False)
    e1 = r.enc("2026-11-03", "Bariatric programme evaluation visit", prac="obmed", reason_ref=ob)
    r.note("""Bariatric Programme - Evaluation Summary
56F, BMI 48.6. Active problems: class 3 obesity, type 2 diabetes (HbA1c 7.1), hypertension on two agents, OSA on CPAP,
MASH with F3 fibrosis (hepatology), bilateral knee OA limiting mobility (orthopaedics), recurrent major depression (psychiatry, PHQ-9 10).
Complex multimorbidity across several specialties; candidacy and procedure choice to be decided at the January 2027 multidisciplinary meeting
after hepatology (portal hypertension assessment) and psychiatry input. No procedure scheduled.""", "2026-11-03", "progress", "obmed",
           title="Evaluation summary", enc=e1)
    r.appt("2027-01-12", "2027-01-12", "Multidisciplinary bariatric candidacy review", service="Bariatric MDT", prac="surg",
           time=("13:00", "14:00"))
    return r
