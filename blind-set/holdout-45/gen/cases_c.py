"""Cases from the gastroenterology & hepatology centre (Lakeshore Digestive & Liver Institute)."""
from fhirkit import (imgrep, imgobs, LOINC, SCT, CONSULT, cc, txt, qty, icdcm, cpt, rx, sct, local)
from registry import case

PROC_NOTE = cc(LOINC, "28570-0", "Procedure note")
PATH_RPT = cc(LOINC, "60567-5", "Comprehensive pathology report panel")
EGD = cpt("43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")
COLO_BX = cpt("45380", "Colonoscopy, flexible; with biopsy, single or multiple")


def gi_pracs(extra=None):
    p = [("Whitman", "Claire", "Dr.", "MD, Gastroenterology"),
         ("Iqbal", "Samir", "Dr.", "MD, Gastrointestinal Pathology"),
         ("Kowalczyk", "Anna", "Dr.", "MD, Transplant Hepatology"),
         ("Dunleavy", "Maura", None, "RN, IBD/Liver Nurse Coordinator")]
    if extra:
        p[0] = extra
    return p


def score(b, key, disp):
    return local(b, key, disp, "score")


def clinic(b, date, dx, pr=0, typ="Gastroenterology clinic visit"):
    return b.enc(date, "AMB", typ, reason=dx, pr=pr)


# ------------------------------------------------------------------------------------------------
@case("gi-coeliac-explained", "GI", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "Five months of abdominal pain, bloating and diarrhoea with initially normal labs, but the symptoms were then "
      "explained: tTG-IgA 112 U/mL and duodenal biopsies (Marsh 3b) diagnosed coeliac disease, and she is improving on a "
      "gluten-free diet.",
      "persistent GI symptoms with normal first labs, then coeliac disease diagnosed and improving")
def gi_coeliac(b):
    b.setup("Albright", "Megan", "female", "1993-04-11", gi_pracs(), city="Evanston")
    b.cond(icdcm("J45.20", "Mild intermittent asthma, uncomplicated"), "2008-01-01")
    diar = b.cond(icdcm("R19.7", "Diarrhea, unspecified"), "2026-03-03", cat="encounter-diagnosis",
                  status="resolved", abate="2026-10-15")
    b.cond(icdcm("R14.0", "Abdominal distension (gaseous)"), "2026-03-03", cat="encounter-diagnosis",
           status="resolved", abate="2026-10-15")
    sym = [sct("21522001", "Abdominal pain"), sct("62315008", "Diarrhea"), sct("116289008", "Abdominal bloating")]
    e1 = clinic(b, "2026-03-03", [icdcm("R19.7", "Diarrhea, unspecified")])
    for s in sym:
        b.symptom(s, "2026-03-03", enc=e1)
    b.panel("2026-03-03", [("hb", 12.3), ("wbc", 6.4), ("crp", 2), ("tsh", 1.9), ("alt", 30)], "Initial labs", enc=e1)
    e2 = clinic(b, "2026-04-28", [icdcm("R19.7", "Diarrhea, unspecified")])
    b.symptom(sym[1], "2026-04-28", enc=e2)
    b.lab("calpro", "2026-04-28", 32, enc=e2)
    b.note("2026-04-28", "GI clinic follow-up",
           "Ongoing loose stools 3-4/day and bloating. Calprotectin normal. Stool cultures and O&P negative. "
           "Differential IBS-D vs coeliac vs microscopic colitis. Plan: coeliac serology (was not sent by PCP), "
           "trial of low-FODMAP diet.", typ=CONSULT, enc=e2)
    e3 = clinic(b, "2026-06-16", [icdcm("R19.7", "Diarrhea, unspecified")])
    b.symptom(sym[1], "2026-06-16", enc=e3)
    b.lab("ttg", "2026-06-16", 112, enc=e3)
    b.lab("ferr", "2026-06-16", 19, enc=e3)
    b.proc(EGD, "2026-07-07", reason=diar, pr=0)
    bx = b.obs(txt("Duodenal biopsies (D1 and D2), histology"), "2026-07-07",
               "Total villous atrophy, crypt hyperplasia, >40 intraepithelial lymphocytes/100 enterocytes (Marsh 3b).",
               pr=1)
    b.report(PATH_RPT, "2026-07-07", [bx], "Findings consistent with celiac disease, Marsh 3b.", pr=1, cat="SP")
    cd = b.cond(icdcm("K90.0", "Celiac disease"), "2026-07-14", note="tTG-IgA 112 U/mL, Marsh 3b.")
    b.cond(sct("396331005", "Celiac disease"), "2026-07-14", cat="encounter-diagnosis")
    b.sr(sct("11816003", "Diet education", "Dietitian referral - gluten-free diet"), "2026-07-14",
         status="completed", reason=cd)
    e4 = clinic(b, "2026-11-03", [icdcm("K90.0", "Celiac disease")])
    b.lab("ttg", "2026-11-03", 38, enc=e4)
    b.note("2026-11-03", "GI clinic follow-up - celiac disease",
           "Strict gluten-free diet since mid-July. Stools formed, 1/day; bloating resolved; energy improved. "
           "tTG-IgA down from 112 to 38. Plan: DEXA, repeat serology in 6 months.", typ=CONSULT, enc=e4)


# ------------------------------------------------------------------------------------------------
@case("gi-ibs-redflags", "GI", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "IBS with diarrhoea (K58.0) labelled in June 2025 and active for 17 months; symptoms persist and new nocturnal "
      "diarrhoea, 6 kg weight loss, iron-deficiency anaemia, CRP 24 and calprotectin 410 are not explained by IBS.",
      "IBS label kept despite weight loss, anaemia and calprotectin 410")
def gi_ibs(b):
    b.setup("Okonkwo", "Daniel", "male", "1982-12-02", gi_pracs(), city="Skokie")
    ibs = b.cond(icdcm("K58.0", "Irritable bowel syndrome with diarrhea"), "2025-06-10",
                 note="Rome IV criteria; normal CBC and CRP 6/2025. No colonoscopy.")
    b.cond(icdcm("F41.1", "Generalized anxiety disorder"), "2020-01-01")
    b.medstmt(rx("3361", "dicyclomine hydrochloride 20 MG Oral Tablet"), "2025-06-10", "20 mg four times daily as "
                                                                                        "needed", reason=ibs)
    b.medstmt(rx("6468", "loperamide hydrochloride 2 MG Oral Capsule"), "2025-06-10", "2 mg after each loose "
                                                                                       "stool, max 8 mg/day",
              reason=ibs)
    e0 = clinic(b, "2025-06-10", [icdcm("K58.0", "Irritable bowel syndrome with diarrhea")])
    b.panel("2025-06-10", [("hb_m", 14.8), ("crp", 3), ("ttg", 2)], "Labs", enc=e0)
    b.vitals("2025-06-10", 124, 78, wt=82.0, enc=e0)
    for d in ("2025-10-21", "2026-03-17"):
        e = clinic(b, d, [icdcm("K58.0", "Irritable bowel syndrome with diarrhea")])
        b.symptom(sct("62315008", "Diarrhea"), d, enc=e)
    b.note("2026-03-17", "GI clinic follow-up",
           "Still 4-5 loose stools daily with cramping. Consistent with IBS-D. Continue dicyclomine and loperamide; "
           "consider rifaximin.", typ=CONSULT)
    e3 = clinic(b, "2026-10-20", [icdcm("K58.0", "Irritable bowel syndrome with diarrhea")])
    b.vitals("2026-10-20", 118, 74, hr=92, wt=76.0, enc=e3)
    b.symptom(sct("62315008", "Diarrhea", "Nocturnal diarrhea"), "2026-10-20", enc=e3)
    b.symptom(sct("89362005", "Weight loss"), "2026-10-20", enc=e3, note="6 kg in 6 months")
    b.symptom(sct("405729008", "Hematochezia"), "2026-10-20", enc=e3, note="Intermittent, small volume")
    b.panel("2026-10-20", [("hb_m", 11.8), ("mcv", 77), ("ferr", 14), ("crp", 24), ("calpro", 410), ("alb", 3.3)],
            "Labs", enc=e3)
    b.impression("2026-10-20", "GI assessment",
                 "IBS-D, ongoing. Diarrhea now waking him at night, weight down 6 kg, intermittent blood. Labs: "
                 "microcytic anemia, ferritin 14, CRP 24, calprotectin 410. Continue IBS management; colonoscopy to "
                 "be scheduled.", problems=[ibs], enc=e3)
    b.sr(cpt("45378", "Colonoscopy, flexible; diagnostic"), "2026-10-20", occ="2026-12-15", reason=ibs)
    b.note("2026-11-18", "Nurse telephone call",
           "Patient called: 6-8 stools/day including at night, more blood, feels weak. Colonoscopy date 12/15 "
           "confirmed. Told to go to ED if heavy bleeding.", typ=cc(LOINC, "34746-8", "Nurse Note"), pr=3)


# ------------------------------------------------------------------------------------------------
@case("gi-surveillance-colonoscopy", "GI", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "The only planned procedure is a routine 3-year surveillance colonoscopy (possible snare polypectomy) after "
      "prior adenomas - a minor outpatient endoscopy, not a major or high-risk invasive procedure.",
      "routine surveillance colonoscopy booked after previous adenomas")
def gi_colo(b):
    b.setup("Whitfield", "Carol", "female", "1961-08-21", gi_pracs(), city="Wilmette")
    hx = b.cond(icdcm("Z86.010", "Personal history of colonic polyps"), "2023-11-14",
                note="3 tubular adenomas (max 8 mm) removed 11/2023.")
    b.cond(icdcm("E03.9", "Hypothyroidism, unspecified"), "2011-01-01")
    b.cond(icdcm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2015-01-01")
    b.medstmt(rx("10582", "levothyroxine sodium 0.088 MG Oral Tablet"), "2011-03-01", "88 mcg daily")
    b.medstmt(rx("7646", "omeprazole 20 MG Delayed Release Oral Capsule"), "2015-01-01", "20 mg daily")
    b.proc(cpt("45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare "
                        "technique"), "2023-11-14", reason=hx)
    px = b.obs(txt("Colon polyps x3, histology"), "2023-11-14", "Tubular adenomas, low-grade dysplasia, margins clear.",
               pr=1)
    b.report(PATH_RPT, "2023-11-14", [px], "Three tubular adenomas, no high-grade dysplasia.", pr=1, cat="SP")
    e1 = clinic(b, "2026-10-27", [icdcm("Z86.010", "Personal history of colonic polyps")],
                typ="Pre-procedure clinic visit")
    b.vitals("2026-10-27", 128, 76, hr=66, wt=64.0, enc=e1, bmi=24.1)
    b.panel("2026-10-27", [("hb", 13.6), ("plt", 241), ("crea", 0.8), ("tsh", 2.4)], "Labs", enc=e1)
    sr = b.sr(cpt("45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare "
                           "technique"), "2026-10-27", occ="2026-12-10", reason=hx,
              note="3-year surveillance per USMSTF. Outpatient, moderate sedation. Split-dose PEG prep.")
    b.appt("2026-12-10T08:30:00", 45, "Surveillance colonoscopy (outpatient endoscopy suite)", based=sr, reason=hx, pr=0)
    b.note("2026-10-27", "Pre-procedure visit",
           "Asymptomatic. No bleeding, no change in bowel habit. Surveillance colonoscopy due (3 adenomas 2023). "
           "Not on anticoagulants. Prep instructions given. Routine outpatient procedure with same-day discharge.",
           typ=CONSULT, enc=e1)
    b.allergy(sct("373270004", "Penicillin -class of antibiotic- (substance)", "Penicillin"), "2000-01-01")


# ------------------------------------------------------------------------------------------------
@case("gi-alcohol-cirrhosis-hospice", "GI", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Decompensated alcohol-related cirrhosis (MELD-Na 34, Child-Pugh C) declined for transplant listing after "
      "relapse; hepatology documented no further disease-directed options and referred to hospice; no second opinion.",
      "decompensated cirrhosis declined for transplant, hospice referral")
def gi_cirrhosis(b):
    b.setup("Keller", "Raymond", "male", "1968-02-14", gi_pracs(("Kowalczyk", "Anna", "Dr.", "MD, Transplant "
                                                                                          "Hepatology")),
            city="Waukegan", extra_orgs=[("hospice", "North Shore Hospice & Palliative Care", "prov")])
    cir = b.cond(icdcm("K70.31", "Alcoholic cirrhosis of liver with ascites"), "2025-04-08")
    b.cond(icdcm("K76.82", "Hepatic encephalopathy"), "2025-11-02")
    b.cond(icdcm("F10.20", "Alcohol dependence, uncomplicated"), "2015-01-01", note="Relapse 8/2026.")
    b.cond(icdcm("I85.10", "Secondary esophageal varices without bleeding"), "2025-04-20")
    for code, name, dose in [("6218", "lactulose 10 GM/15ML Oral Solution", "30 mL three times daily"),
                             ("35619", "rifaximin 550 MG Oral Tablet", "550 mg twice daily"),
                             ("9997", "spironolactone 100 MG Oral Tablet", "100 mg daily"),
                             ("4603", "furosemide 40 MG Oral Tablet", "40 mg daily")]:
        b.medstmt(rx(code, name), "2025-11-05", dose, reason=cir)
    meld = score(b, "MELD-NA", "MELD-Na score")
    cp = score(b, "CHILD-PUGH", "Child-Pugh score")
    e0 = clinic(b, "2025-05-13", [icdcm("K70.31", "Alcoholic cirrhosis of liver with ascites")], pr=0,
                typ="Hepatology clinic visit")
    b.panel("2025-05-13", [("bili", 2.4), ("inr", 1.5), ("crea", 0.9), ("na", 134), ("alb", 3.0)], "Liver panel",
            enc=e0)
    b.score(meld, "2025-05-13", 19, enc=e0)
    for d in ("2026-08-18", "2026-09-15", "2026-10-13"):
        b.proc(cpt("49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"), d,
               reason=cir, note="Large-volume paracentesis", pr=0)
    b.impression("2026-09-22", "Liver transplant selection committee",
                 "Not approved for transplant listing: alcohol relapse August 2026, severe frailty (Liver Frailty Index "
                 "5.1), lacks a committed caregiver. Not a candidate for TIPS given MELD and encephalopathy.",
                 problems=[cir], pr=0)
    e2 = clinic(b, "2026-10-20", [icdcm("K70.31", "Alcoholic cirrhosis of liver with ascites")], pr=0,
                typ="Hepatology clinic visit")
    b.vitals("2026-10-20", 96, 58, hr=98, wt=71.0, enc=e2)
    b.panel("2026-10-20", [("bili", 6.8), ("inr", 2.3), ("crea", 1.9), ("na", 128), ("alb", 2.4)], "Liver panel",
            enc=e2)
    b.score(meld, "2026-10-20", 34, enc=e2)
    b.score(cp, "2026-10-20", 13, enc=e2, note="Child-Pugh class C")
    b.note("2026-10-20", "Hepatology clinic note",
           "Decompensated alcohol-associated cirrhosis, MELD-Na 34, Child-Pugh C13, refractory ascites needing "
           "paracentesis every 3-4 weeks, recurrent encephalopathy. Declined by transplant committee 9/22. Not a "
           "TIPS candidate. There are no further disease-directed treatment options. Discussed prognosis (weeks to "
           "few months) with patient and sister. Agrees to hospice. Referral placed.", typ=CONSULT, enc=e2, pr=0)
    b.sr(sct("305336008", "Admission to hospice", "Hospice referral"), "2026-10-20", reason=cir, pr=0,
         performer=b.orgs["hospice"])
    b.careplan("Comfort-focused care plan", sct("103735009", "Palliative care"), "2026-10-20", addresses=[cir],
               desc="Hospice at home; comfort measures only; no ICU transfer.",
               acts=[("Symptom-directed paracentesis as needed for comfort", "scheduled"),
                     ("Hospice nurse visits twice weekly", "scheduled")], pr=0)


# ------------------------------------------------------------------------------------------------
@case("gi-hemangioma-benign", "GI", "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "'No treatment required' refers to an incidental 2.8 cm typical hepatic haemangioma on MRI - a benign lesion "
      "that needs neither therapy nor follow-up, not an untreatable condition.",
      "incidental benign liver haemangioma, 'no treatment needed'")
def gi_hemangioma(b):
    b.setup("Lopez", "Sandra", "female", "1975-06-30", gi_pracs(("Kowalczyk", "Anna", "Dr.", "MD, Hepatology")),
            city="Evanston")
    b.cond(icdcm("E78.00", "Pure hypercholesterolemia, unspecified"), "2019-01-01")
    b.cond(icdcm("N20.0", "Calculus of kidney"), "2026-08-02", status="resolved", abate="2026-08-20")
    b.medstmt(rx("36567", "simvastatin 20 MG Oral Tablet"), "2019-02-01", "20 mg nightly")
    ct = b.obs(imgobs("CT of abdomen"), "2026-08-02",
               "4 mm left distal ureteric calculus. Incidental 2.7 cm hypodense lesion segment VI of the liver.",
               cat="imaging", pr=1)
    b.report(imgrep("CT Abdomen and Pelvis W contrast"), "2026-08-02", [ct],
             "Ureteric calculus; indeterminate liver lesion - MRI recommended.", pr=1, cat="RAD")
    mr = b.obs(imgobs("MRI liver with contrast"), "2026-09-14",
               "2.8 cm T2-hyperintense lesion with peripheral nodular discontinuous enhancement and centripetal fill-in. "
               "No other lesions. Liver otherwise normal.", cat="imaging", pr=1)
    b.report(imgrep("MR Abdomen"), "2026-09-14", [mr],
             "Typical hepatic hemangioma (2.8 cm). No further imaging required.", pr=1, cat="RAD")
    hem = b.cond(icdcm("D18.03", "Hemangioma of intra-abdominal structures"), "2026-09-14",
                 note="Segment VI, 2.8 cm, typical imaging features.")
    e1 = clinic(b, "2026-10-06", [icdcm("D18.03", "Hemangioma of intra-abdominal structures")], pr=0,
                typ="Hepatology clinic visit")
    b.panel("2026-10-06", [("alt", 24), ("ast", 22), ("alp", 71), ("bili", 0.6), ("afp", 2.1), ("plt", 256)],
            "Liver panel", enc=e1)
    b.vitals("2026-10-06", 122, 76, hr=70, wt=66.0, enc=e1)
    b.note("2026-10-06", "Hepatology consult",
           "Referred for incidental liver lesion. MRI shows a typical 2.8 cm hemangioma. Normal LFTs and AFP; no "
           "liver disease. Benign lesion: no treatment is required and no follow-up imaging is needed. Patient "
           "reassured; discharged back to PCP.", typ=CONSULT, enc=e1, pr=0)
    b.impression("2026-10-06", "Liver lesion assessment",
                 "Benign hepatic hemangioma. No treatment required. Discharged.", problems=[hem], enc=e1, pr=0)


# ------------------------------------------------------------------------------------------------
@case("gi-azathioprine-ibdq", "GI", "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "Crohn's patient started azathioprine in July 2026; IBDQ fell 182 -> 174 (8 points, below the 16-point MCID) "
      "with stable HBI - no meaningful quality-of-life fall and azathioprine is not a high-impact treatment.",
      "azathioprine started for Crohn's, IBDQ dipped 8 points (below MCID)")
def gi_aza(b):
    b.setup("Whitaker", "Jared", "male", "1996-09-09", gi_pracs(), city="Evanston")
    cd = b.cond(icdcm("K50.00", "Crohn's disease of small intestine without complications"), "2025-11-20",
                note="Terminal ileal Crohn's, 15 cm, non-stricturing (Montreal A2 L1 B1).")
    b.medstmt(rx("8638", "prednisolone"), "2026-05-20", "40 mg daily tapering over 8 weeks", status="completed",
              end="2026-07-15", reason=cd)
    b.obs(txt("Thiopurine methyltransferase (TPMT) activity, red blood cells"), "2026-07-01", qty(21.0, "U/mL"),
          interp="N", rng={"low": qty(15.1, "U/mL"), "high": qty(26.4, "U/mL")})
    b.medreq(rx("1256", "azathioprine 50 MG Oral Tablet"), "2026-07-15", "125 mg (2.5 mg/kg) once daily", reason=cd,
             note="TPMT activity normal (21 U/mL) on 7/1/2026.")
    ibdq = score(b, "IBDQ-32", "Inflammatory Bowel Disease Questionnaire (IBDQ-32) total score (32-224)")
    hbi = score(b, "HBI", "Harvey-Bradshaw Index")
    for d, q, h in [("2026-07-15", 182, 4), ("2026-09-09", 178, 3), ("2026-11-04", 174, 3)]:
        e = clinic(b, d, [icdcm("K50.00", "Crohn's disease of small intestine without complications")],
                   typ="IBD clinic visit")
        b.score(ibdq, d, q, enc=e)
        b.score(hbi, d, h, enc=e)
        b.panel(d, [("wbc", 7.8 if d == "2026-07-15" else 5.1), ("alt", 26 if d == "2026-07-15" else 34),
                    ("crp", 4 if d == "2026-07-15" else 2)], "Thiopurine monitoring labs", enc=e)
    b.lab("calpro", "2026-11-04", 60)
    b.note("2026-11-04", "IBD clinic follow-up",
           "On azathioprine 125 mg since 7/15 after prednisolone taper. Clinical remission (HBI 3). Mild nausea in "
           "the first weeks, now settled; says he feels 'about the same' (IBDQ 182 -> 174). Labs fine. Continue "
           "azathioprine; calprotectin 60. Skin check annually, sun protection advised.", typ=CONSULT)


# ------------------------------------------------------------------------------------------------
@case("gi-barrett-flag", "GI", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "After surveillance endoscopy showed non-dysplastic Barrett's and ablation was declined, the patient raised a "
      "portal flag (authored by her) asking for a second opinion because she feels her concerns are dismissed.",
      "Barrett's oesophagus; patient-authored flag requesting a second opinion")
def gi_barrett(b):
    b.setup("Park", "Linda", "female", "1964-03-05", gi_pracs(), city="Glenview")
    be = b.cond(icdcm("K22.70", "Barrett's esophagus without dysplasia"), "2024-04-16",
                note="Prague C2M4. Mother died of esophageal adenocarcinoma at 66.")
    b.cond(icdcm("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2012-01-01")
    b.cond(icdcm("E66.9", "Obesity, unspecified"), "2012-01-01")
    b.medstmt(rx("7646", "omeprazole 40 MG Delayed Release Oral Capsule"), "2024-04-20", "40 mg twice daily",
              reason=be)
    b.proc(EGD, "2026-05-12", reason=be, note="Seattle protocol biopsies. C2M4, no visible lesion.")
    bx = b.obs(txt("Esophageal biopsies (Seattle protocol), histology"), "2026-05-12",
               "Columnar mucosa with intestinal metaplasia (goblet cells). Negative for dysplasia. p53 wild-type.",
               pr=1)
    b.report(PATH_RPT, "2026-05-12", [bx], "Barrett's esophagus, negative for dysplasia.", pr=1, cat="SP")
    e1 = clinic(b, "2026-05-26", [icdcm("K22.70", "Barrett's esophagus without dysplasia")])
    b.vitals("2026-05-26", 132, 84, wt=88.0, enc=e1, bmi=33.0)
    b.note("2026-05-26", "GI clinic - results discussion",
           "Non-dysplastic Barrett's, C2M4. Surveillance EGD in 3-5 years per guidelines. Patient requested "
           "radiofrequency ablation given family history; explained ablation is not recommended for non-dysplastic "
           "Barrett's. Patient tearful and unhappy with this plan.", typ=CONSULT, enc=e1)
    b.flag("2026-06-03", cc("http://terminology.hl7.org/CodeSystem/v2-0336", "S", "Second Opinion",
                            "Patient requests second opinion on Barrett's esophagus management (ablation vs "
                            "surveillance) - feels her family history is being ignored"),
           author=b.pat)
    b.comm("2026-06-03", "I don't feel listened to. My mother died of this cancer and I was told to just come back "
                         "in 3 to 5 years. I would like another specialist to review my biopsies and tell me if "
                         "ablation is an option. Please send my records for a second opinion.",
           topic="Patient portal message: second opinion")
    b.comm("2026-06-05", "We have received your request. Dr. Whitman will discuss at your next visit. Surveillance "
                         "remains the guideline recommendation.", from_patient=False, topic="Reply")
    e2 = clinic(b, "2026-09-15", [icdcm("K21.9", "Gastro-esophageal reflux disease without esophagitis")])
    b.panel("2026-09-15", [("hb", 13.2), ("ferr", 64), ("alt", 28)], "Labs", enc=e2)
    b.note("2026-09-15", "GI clinic follow-up",
           "Reflux symptoms well controlled on PPI. Patient again asked about second opinion; no referral placed yet. "
           "Plan unchanged: surveillance EGD 2029.", typ=CONSULT, enc=e2)


# ------------------------------------------------------------------------------------------------
@case("gi-crohn-hbi-rising", "GI", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "Ileocolonic Crohn's on adalimumab continuously since Jan 2025 (adequate trough, no antibodies): HBI 4 -> 8 -> "
      "12 between March and October 2026 (MCID 3) with calprotectin 90 -> 1150 and active disease at colonoscopy.",
      "Crohn's activity rising over 7 months on adalimumab")
def gi_crohn(b):
    b.setup("Brooks", "Tyler", "male", "1990-11-17", gi_pracs(), city="Evanston",
            extra_orgs=[("sp", "Lakeshore Specialty Pharmacy", "prov")])
    cd = b.cond(icdcm("K50.80", "Crohn's disease of both small and large intestine without complications"),
                "2022-09-01", note="Montreal A2 L3 B1.")
    b.cond(icdcm("D50.0", "Iron deficiency anemia secondary to blood loss (chronic)"), "2026-10-06")
    b.medstmt(rx("327361", "adalimumab 40 MG/0.4ML Prefilled Syringe"), "2025-01-15", "40 mg subcutaneously every "
                                                                                      "14 days", reason=cd,
              asserted="2026-10-06")
    for d in ("2026-02-02", "2026-04-01", "2026-06-01", "2026-08-03", "2026-10-01"):
        b.add("MedicationDispense", {"status": "completed", "medicationCodeableConcept": rx(
            "327361", "adalimumab 40 MG/0.4ML Prefilled Syringe"), "subject": {"reference": b.pat},
            "performer": [{"actor": {"reference": b.orgs["sp"]}}], "quantity": qty(4, "{syringe}"),
            "daysSupply": qty(56, "d"), "whenHandedOver": b.dt(d, "14:00:00")}, "disp")
    hbi = score(b, "HBI", "Harvey-Bradshaw Index")
    for d, h, cal, crp in [("2026-03-10", 4, 90, 3), ("2026-06-16", 8, 480, 14), ("2026-10-06", 12, 1150, 29)]:
        e = clinic(b, d, [icdcm("K50.80", "Crohn's disease of both small and large intestine without "
                                          "complications")], typ="IBD clinic visit")
        b.score(hbi, d, h, enc=e)
        b.lab("calpro", d, cal, enc=e)
        b.lab("crp", d, crp, enc=e)
    b.lab("hb_m", "2026-10-06", 11.9)
    b.obs(txt("Adalimumab trough level"), "2026-07-07", qty(9.8, "ug/mL"), interp="N",
          note="Anti-adalimumab antibodies undetectable.")
    b.proc(COLO_BX, "2026-10-20", reason=cd)
    col = b.obs(score(b, "SES-CD", "Simple Endoscopic Score for Crohn's Disease"), "2026-10-20", 14, cat="procedure")
    b.report(cc(LOINC, "28570-0", "Procedure note", "Colonoscopy report"), "2026-10-20", [col],
             "Active ileocolonic Crohn's: deep ulcers terminal ileum and ascending colon, SES-CD 14.", cat="OTH", pr=0)
    b.note("2026-10-21", "IBD clinic note",
           "Loss of response to adalimumab despite adherence (specialty pharmacy fills every 8 weeks) and "
           "therapeutic trough (9.8, no antibodies): HBI 4 (3/2026) -> 8 (6/2026) -> 12 (10/2026), calprotectin "
           "1150, SES-CD 14. Mechanistic failure. Plan: switch to ustekinumab; iron infusion.", typ=CONSULT)
    b.medreq(rx("847083", "ustekinumab 130 MG in 26 ML Injection"), "2026-10-21", "IV induction ~6 mg/kg",
             intent="plan", status="draft", reason=cd)


# ------------------------------------------------------------------------------------------------
@case("gi-wilson", "GI", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Hepatic Wilson disease (Orphanet rare disease) diagnosed in 2025: ceruloplasmin 6 mg/dL, urinary copper "
      "310 ug/24h, Kayser-Fleischer rings and two pathogenic ATP7B variants; on trientine.",
      "Wilson disease confirmed by copper studies, KF rings and ATP7B genetics")
def gi_wilson(b):
    b.setup("Sato", "Emily", "female", "2001-05-08", gi_pracs(("Kowalczyk", "Anna", "Dr.", "MD, Hepatology")),
            city="Evanston")
    wd = b.cond(icdcm("E83.01", "Wilson's disease"), "2025-11-24", note="Leipzig score 7. Hepatic presentation.")
    b.cond(sct("88518009", "Wilson's disease"), "2025-11-24", cat="encounter-diagnosis")
    e1 = clinic(b, "2025-10-28", [txt("Elevated liver enzymes")], pr=0, typ="Hepatology clinic visit")
    b.panel("2025-10-28", [("alt", 180), ("ast", 122), ("bili", 1.1), ("alb", 3.9), ("cerulo", 6), ("ucu", 310)],
            "Liver and copper studies", enc=e1)
    b.obs(txt("Slit-lamp examination"), "2025-11-10", "Bilateral Kayser-Fleischer rings.", cat="exam")
    g = b.obs(txt("ATP7B gene sequencing, variant analysis"),
              "2025-11-20", "ATP7B c.3207C>A p.(His1069Gln) and c.2333G>T p.(Arg778Leu), compound heterozygous - "
                            "both pathogenic.", interp="A")
    b.report(txt("ATP7B gene sequencing"), "2025-11-20", [g], "Genetic confirmation of Wilson disease.", cat="GE")
    b.medstmt(txt("trientine hydrochloride 250 MG Oral Capsule"), "2025-12-01", "500 mg twice daily",
              reason=wd)
    b.medstmt(txt("zinc acetate 50 MG Oral Capsule"), "2026-06-01", "50 mg elemental zinc at bedtime", reason=wd)
    for d, alt, ucu in [("2026-03-10", 64, 820), ("2026-09-15", 41, 560)]:
        e = clinic(b, d, [icdcm("E83.01", "Wilson's disease")], pr=0, typ="Hepatology clinic visit")
        b.lab("alt", d, alt, enc=e)
        b.lab("ucu", d, ucu, enc=e, interp="H", note="On chelation: target 200-500 ug/24h")
        b.lab("plt", d, 188, enc=e)
    b.note("2026-09-15", "Hepatology - Wilson disease follow-up",
           "Hepatic Wilson disease diagnosed 11/2025 (Leipzig 7). Good biochemical response to trientine; ALT 180 -> "
           "41. Neurological exam normal. Siblings screened (brother negative). Continue trientine; zinc added. "
           "Family planning counselling given.", typ=CONSULT, pr=0)


# ------------------------------------------------------------------------------------------------
@case("gi-wilson-refuted", "GI", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Wilson disease was considered for a raised ALT but refuted (normal ceruloplasmin and urinary copper, no KF "
      "rings); the cause is metabolic fatty liver (MASLD) - a common condition, and no other chronic multimorbidity.",
      "suspected Wilson disease refuted; fatty liver disease")
def gi_masld(b):
    b.setup("Bell", "Marcus", "male", "1998-07-22", gi_pracs(("Kowalczyk", "Anna", "Dr.", "MD, Hepatology")),
            city="Evanston")
    b.cond(icdcm("E66.9", "Obesity, unspecified"), "2019-01-01")
    b.cond(icdcm("R73.03", "Prediabetes"), "2025-06-01")
    wd = b.cond(icdcm("E83.01", "Wilson's disease"), "2026-05-19", status="inactive", ver="refuted",
                cat="encounter-diagnosis", note="Excluded 6/2026: ceruloplasmin 28, urinary copper 32, no KF rings.")
    e1 = clinic(b, "2026-05-19", [txt("Elevated ALT")], pr=0, typ="Hepatology clinic visit")
    b.vitals("2026-05-19", 134, 86, hr=80, wt=109.0, enc=e1, bmi=33.4)
    b.panel("2026-05-19", [("alt", 88), ("ast", 54), ("alp", 92), ("bili", 0.7), ("alb", 4.5), ("plt", 262),
                           ("a1c", 6.0)], "Liver panel", enc=e1)
    b.panel("2026-06-02", [("cerulo", 28), ("ucu", 32)], "Copper studies", enc=e1)
    b.obs(txt("Slit-lamp examination"), "2026-06-09", "No Kayser-Fleischer rings.", cat="exam")
    b.obs(txt("Hepatitis B surface antigen"), "2026-06-02", cc(SCT, "260385009", "Negative"), interp="NEG")
    b.obs(txt("Hepatitis C virus antibody"), "2026-06-02", cc(SCT, "260385009", "Negative"), interp="NEG")
    us = b.obs(imgobs("US abdomen complete"), "2026-06-02",
               "Diffusely echogenic liver consistent with steatosis. Spleen 11 cm. No focal lesion.", cat="imaging")
    b.report(imgrep("US Abdomen"), "2026-06-02", [us], "Hepatic steatosis.", cat="RAD")
    b.obs(txt("Liver stiffness (vibration-controlled transient elastography)"), "2026-06-02", qty(6.8, "kPa"),
          cat="imaging", note="CAP 318 dB/m")
    masld = b.cond(icdcm("K76.0", "Fatty (change of) liver, not elsewhere classified"), "2026-06-16",
                   note="MASLD, F0-F1 by elastography.")
    e2 = clinic(b, "2026-06-16", [icdcm("K76.0", "Fatty (change of) liver, not elsewhere classified")], pr=0,
                typ="Hepatology clinic visit")
    b.impression("2026-06-16", "Hepatology assessment", "Wilson disease excluded. Viral hepatitis negative. "
                 "Metabolic dysfunction-associated steatotic liver disease with low fibrosis risk.",
                 problems=[masld, wd], enc=e2, pr=0)
    b.note("2026-06-16", "Hepatology consult",
           "ALT 88 in a 27-year-old with obesity and prediabetes. Wilson disease excluded (normal ceruloplasmin and "
           "24 h urinary copper, no KF rings). Hepatitis serologies negative. Ultrasound and elastography: steatosis, "
           "stiffness 6.8 kPa. Diagnosis MASLD. Plan: 7-10% weight loss, exercise, recheck in 6 months.",
           typ=CONSULT, enc=e2, pr=0)
    e3 = clinic(b, "2026-11-17", [icdcm("K76.0", "Fatty (change of) liver, not elsewhere classified")], pr=0,
                typ="Hepatology clinic visit")
    b.vitals("2026-11-17", 128, 82, wt=101.0, enc=e3, bmi=31.0)
    b.lab("alt", "2026-11-17", 52, enc=e3)
