"""Organisation C: gynaecologic oncology and women's health service (ICD-10-CM, SNOMED, CPT, LOINC, RxNorm)."""
from fhirlib import cc, txt, q, ref
from common import base, lab, WH_LOCAL

NOTE = cc(("loinc", "11506-3", "Progress note"))
CONSULT = cc(("loinc", "11488-4", "Consult note"))
GYN = cc(("sct", "11429006", "Consultation"), text="Gynecology clinic visit")
ONC = cc(text="Gynecologic oncology clinic visit")


def cm(code, d, sct=None, text=None):
    cods = [("icdcm", code, d)]
    if sct:
        cods.append(("sct",) + sct)
    return cc(*cods, text=text)


def rx(code, d, text=None):
    return cc(("rx", code, d), text=text or d)


def nrs(c, d, v, enc=None, note=None):
    return c.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, v, "survey", enc, note=note)


def c_bloating(c):
    """PSNW positive: pelvic discomfort/bloating over 5 months, normal CA-125, US, CT; two ED visits within 14 days of a clinic visit."""
    base(c, "Ferreira", "Daniela", "female", "1985-04-09", [("Nguyen", "Hannah", "MD", "Women's primary care")])
    ed = c.organization("Riverside General Hospital Emergency Department", "RGH-ED", prefix="edorg")
    sym = c.condition(cc(text="Bloating and lower abdominal / pelvic pressure (symptom, cause not determined)"), "2026-06-01")
    dates = ["2026-06-10", "2026-07-22", "2026-09-02", "2026-10-20"]
    e = [c.encounter(d, typ=cc(text="Women's primary care visit"), reasonref=[sym]) for d in dates]
    for d, en, t in zip(dates, e, ["bloating most days, early satiety", "persistent bloating, pelvic pressure", "bloating, pressure, fatigue", "ongoing bloating, now pain 6/10"]):
        c.obs(cc(text="Abdominal bloating"), d, t, "exam", en)
    ed1 = c.encounter("2026-10-26", cls="EMER", typ=cc(text="Emergency department visit"), reason=cc(("sct", "21522001", "Abdominal pain")), org=ed)
    ed2 = c.encounter("2026-11-02", cls="EMER", typ=cc(text="Emergency department visit"), reason=cc(("sct", "21522001", "Abdominal pain")), org=ed)
    lab(c, "ca125", "2026-07-22", 14, e[1]); lab(c, "ca125", "2026-10-20", 16, e[3])
    for k, v in [("hb", 13.2), ("wbc", 6.4), ("crp", 1.9), ("tsh", 1.4), ("alt", 21)]:
        lab(c, k, "2026-07-22", v, e[1])
    c.obs(cc(text="Tissue transglutaminase IgA, serum"), "2026-07-22", q(1.1, "[U]/mL", "U/mL"), "laboratory", e[1], high=4.0, low=None, interp="N")
    c.obs(cc(text="Urine hCG, qualitative"), "2026-10-26", cc(("sct", "260385009", "Negative")), "laboratory", ed1, interp="NEG")
    lab(c, "wbc", "2026-10-26", 7.1, ed1); lab(c, "hb", "2026-11-02", 13.0, ed2)
    c.report(cc(("cpt", "76830", "Ultrasound, transvaginal"), text="Pelvic ultrasound, transvaginal"), "2026-09-09",
             "Normal uterus and ovaries; no free fluid; no adnexal mass.", enc=e[2], ccode=cc(text="Normal"))
    c.report(cc(text="CT abdomen and pelvis with IV contrast"), "2026-10-26", "No acute abnormality. Normal bowel, appendix and adnexa.", enc=ed1)
    c.vitals("2026-10-20", e[3], 116, 72, 76, 66.0)
    c.note("2026-11-02", "ED visit #2 in 8 days. Abdominal bloating and pain, vitals normal, exam benign, labs unremarkable. "
           "Prior CT on 10/26 normal. Discharged to follow up with PCP.", cc(("loinc", "34111-5", "Emergency department note")), ed2, title="ED note")
    c.note("2026-10-20", "Five months of bloating and pelvic pressure. CA-125, ultrasound, celiac serology and labs all normal. "
           "Reassured that nothing serious was found. Trial of simethicone.", NOTE, e[3], title="Primary care note")


def c_cpp_endo(c):
    """DSM near miss: 'pelvic pain' catch-all replaced by laparoscopy-proven endometriosis; pain improving."""
    base(c, "Okonkwo", "Chiamaka", "female", "1996-07-14", [("Patel", "Anjali", "MD", "Minimally invasive gynecologic surgery")])
    cpp = c.condition(cm("R10.2", "Pelvic and perineal pain", text="Chronic pelvic pain"), "2025-10-06", status="resolved", abate="2026-07-15")
    endo = c.condition(cc(("sct", "129103003", "Endometriosis"), ("icdcm", "N80.9", "Endometriosis, unspecified"),
                          text="Superficial peritoneal endometriosis, rASRM stage II"), "2026-07-15")
    dates = ["2025-10-06", "2026-01-12", "2026-04-20", "2026-08-03", "2026-11-02"]
    e = [c.encounter(d, typ=GYN, reasonref=[cpp if d < "2026-07-15" else endo]) for d in dates]
    for d, en, v in zip(dates, e, [7, 7, 8, 4, 3]):
        nrs(c, d, v, en)
    c.report(cc(("cpt", "76830", "Ultrasound, transvaginal")), "2025-10-20", "Normal pelvic ultrasound.", enc=e[0])
    proc = c.procedure(cc(("cpt", "58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface by any method")),
                       "2026-07-15", reasonref=[cpp], note="Excision of peritoneal endometriosis, uterosacral ligaments and pouch of Douglas.")
    c.report(cc(("loinc", "22637-3", "Pathology report final diagnosis Narrative")), "2026-07-20", "Peritoneum, excision: endometriosis.", ccode=cc(("sct", "129103003", "Endometriosis")))
    c.medstmt(cc(text="dienogest 2 mg daily"), "2026-08-03", reason=[endo])
    lab(c, "hb", "2026-04-20", 12.8, e[2])
    c.vitals("2026-11-02", e[4], 110, 68, 70, 59.0)
    c.note("2026-11-02", "Post-op follow-up. Pain down to 3/10 on dienogest. Chronic pelvic pain explained by endometriosis confirmed at laparoscopy.",
           NOTE, e[4], title="Gynecology follow-up")


def c_hysterectomy(c):
    """MPP positive: total abdominal hysterectomy in preparation for symptomatic fibroid uterus, booked January 2027."""
    base(c, "Jackson", "Tamara", "female", "1979-02-02", [("Patel", "Anjali", "MD", "Gynecologic surgery")])
    fib = c.condition(cm("D25.9", "Leiomyoma of uterus, unspecified", ("95315005", "Uterine leiomyoma"), text="Multiple uterine fibroids, uterus 16-week size"), "2024-05-01")
    hmb = c.condition(cm("N92.0", "Excessive and frequent menstruation with regular cycle"), "2024-05-01")
    ida = c.condition(cm("D50.0", "Iron deficiency anemia secondary to blood loss (chronic)"), "2025-11-01")
    c.medstmt(cc(text="ferrous sulfate 325 mg daily"), "2025-11-01", reason=[ida])
    c.medstmt(cc(text="tranexamic acid 1300 mg three times daily during menses"), "2025-02-01", status="stopped", end="2026-06-01", reason=[hmb],
              status_reason=cc(text="Ineffective"))
    dates = ["2026-06-15", "2026-09-14", "2026-11-16"]
    e = [c.encounter(d, typ=GYN, reasonref=[fib]) for d in dates]
    lab(c, "hb", dates[0], 9.6, e[0]); lab(c, "ferr", dates[0], 6, e[0]); lab(c, "mcv", dates[0], 74, e[0])
    lab(c, "hb", dates[2], 11.1, e[2]); lab(c, "ferr", dates[2], 24, e[2]); lab(c, "crea", dates[2], 0.8, e[2]); lab(c, "plt", dates[2], 310, e[2])
    c.report(cc(("cpt", "76856", "Ultrasound, pelvic (nonobstetric), real time with image documentation; complete")), "2026-06-22",
             "Enlarged uterus 15 x 10 cm with multiple intramural and submucosal fibroids, largest 8.1 cm. Ovaries normal.", enc=e[0])
    c.vitals(dates[2], e[2], 124, 78, 80, 88.0)
    c.procedure(cc(("cpt", "58150", "Total abdominal hysterectomy (corpus and cervix), with or without removal of tube(s), with or without removal of ovary(s)"),
                   text="Total abdominal hysterectomy with bilateral salpingectomy"), status="preparation", reasonref=[fib, hmb],
                note="Scheduled 2027-01-14, main OR. Consent signed 11/16/2026. Pre-op anesthesia visit 01/05/2027.")
    c.appointment("2027-01-14", "Total abdominal hysterectomy, bilateral salpingectomy (main OR)", reasonref=[fib])
    c.note("2026-11-16", "Symptomatic fibroid uterus with heavy bleeding and anemia, failed tranexamic acid, LNG-IUS expelled. Patient has completed "
           "childbearing and chooses hysterectomy. Size precludes laparoscopic route; TAH planned 1/14/2027.", NOTE, e[2], title="Pre-operative counselling")


def c_ovca_hospice(c):
    """UP positive: platinum-resistant ovarian cancer after three lines; tumor board - no further options; hospice."""
    base(c, "Kim", "Soo-Jin", "female", "1960-09-30", [("Lindqvist", "Maren", "MD", "Gynecologic Oncology")])
    ov = c.condition(cm("C56.9", "Malignant neoplasm of unspecified ovary", ("363443007", "Malignant tumor of ovary"),
                        text="High-grade serous ovarian carcinoma, recurrent, platinum-resistant"), "2023-04-18",
                     stage=cc(text="FIGO IIIC at diagnosis"))
    c.condition(cm("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum"), "2025-02-01")
    c.condition(cm("R18.0", "Malignant ascites"), "2026-09-20")
    c.medstmt(cc(text="carboplatin + paclitaxel (first line, 6 cycles)"), "2023-05-10", status="completed", end="2023-09-20", reason=[ov])
    c.medstmt(cc(text="pegylated liposomal doxorubicin (second line)"), "2025-03-03", status="completed", end="2025-10-01", reason=[ov])
    c.medstmt(cc(text="weekly paclitaxel + bevacizumab (third line)"), "2026-03-02", status="stopped", end="2026-08-24", reason=[ov],
              status_reason=cc(text="Progressive disease"))
    dates = ["2026-08-17", "2026-10-12", "2026-10-28", "2026-11-18"]
    e = [c.encounter(d, typ=ONC, reasonref=[ov]) for d in dates]
    lab(c, "ca125", dates[0], 410, e[0]); lab(c, "ca125", dates[1], 880, e[1])
    lab(c, "alb", dates[1], 2.8, e[1]); lab(c, "hb", dates[1], 10.1, e[1]); lab(c, "crea", dates[1], 0.9, e[1])
    c.procedure(cc(("cpt", "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), "2026-10-20", reasonref=[ov],
                note="3.8 L removed")
    c.report(cc(text="CT chest abdomen pelvis with contrast"), "2026-10-05",
             "Progressive peritoneal carcinomatosis, new omental caking, moderate ascites, partial small bowel obstruction not excluded.", enc=e[1])
    c.vitals(dates[3], e[3], 102, 64, 92, 52.0)
    c.obs(cc(("loinc", "89247-1", "ECOG Performance Status score")), dates[3], 3, "exam", e[3])
    c.note("2026-10-28", "Multidisciplinary tumor board. Recurrent HGSOC, platinum-resistant, progression through three lines, ECOG 3, albumin 2.8. "
           "Not a candidate for further chemotherapy or clinical trial; no further effective anticancer treatment options. "
           "Recommend hospice enrollment and comfort-focused care.", CONSULT, e[2], title="Tumor board summary")
    c.servreq(cc(text="Referral to hospice"), "2026-10-28", status="completed", reasonref=[ov], enc=e[2])
    c.careplan("Hospice plan of care", "active", "2026-11-05", cc(("sct", "385763009", "Hospice care")),
               [(cc(text="Home hospice nursing"), "in-progress", "RN visits twice weekly"),
                (cc(text="Indwelling peritoneal catheter drainage"), "scheduled", "Drain ascites as needed")], [ov])
    c.medreq(rx("7052", "morphine", "Morphine oral solution 5 mg every 4 hours as needed"), dates[3], reason=[ov], enc=e[3])


def c_ovca_remission(c):
    """UP near miss: ovarian cancer in remission; early palliative-care plan from 2024 completed; surveillance only."""
    base(c, "Moreau", "Claire", "female", "1963-12-12", [("Lindqvist", "Maren", "MD", "Gynecologic Oncology")])
    ov = c.condition(cm("C56.9", "Malignant neoplasm of unspecified ovary", ("363443007", "Malignant tumor of ovary"),
                        text="High-grade serous ovarian carcinoma, FIGO IIIC, complete remission"), "2024-03-11", status="remission",
                     stage=cc(text="FIGO IIIC"))
    c.condition(cm("E03.9", "Hypothyroidism, unspecified"), "2010-01-01")
    c.medstmt(rx("10582", "levothyroxine", "Levothyroxine 75 mcg daily"), "2010-02-01")
    c.procedure(cc(("cpt", "58952", "Resection (initial) of ovarian, tubal or primary peritoneal malignancy with bilateral salpingo-oophorectomy and omentectomy; with radical dissection for debulking")),
                "2024-04-02", reasonref=[ov], note="R0 resection")
    c.medstmt(cc(text="carboplatin + paclitaxel, 6 cycles"), "2024-04-30", status="completed", end="2024-08-20", reason=[ov])
    c.careplan("Supportive / palliative care consult", "completed", "2024-03-20", cc(("sct", "103735009", "Palliative care")),
               [(cc(text="Symptom control during chemotherapy"), "completed", "Nausea and neuropathy management")], [ov], end="2025-01-15")
    c.careplan("Ovarian cancer surveillance", "active", "2025-01-15", cc(text="Cancer survivorship"),
               [(cc(text="CA-125 and exam every 3 months"), "in-progress", "Years 1-2 after treatment")], [ov])
    dates = ["2026-03-16", "2026-06-15", "2026-09-14"]
    e = [c.encounter(d, typ=ONC, reasonref=[ov]) for d in dates]
    for d, en, v in zip(dates, e, [9, 11, 10]):
        lab(c, "ca125", d, v, en)
    lab(c, "tsh", dates[2], 2.2, e[2]); lab(c, "hb", dates[2], 13.0, e[2])
    c.vitals(dates[2], e[2], 122, 76, 68, 64.0)
    c.report(cc(text="CT chest abdomen pelvis with contrast"), "2026-09-08", "No evidence of recurrent disease.", enc=e[2])
    c.note("2026-09-14", "Surveillance visit. No evidence of disease 25 months after completing therapy. CA-125 10. Feeling well, back at work.",
           NOTE, e[2], title="Survivorship visit")


def c_chemo_planned(c):
    """HIT positive: adjuvant carboplatin/paclitaxel x6 ordered to start 2026-12-08 after primary debulking."""
    base(c, "Brooks", "Linda", "female", "1967-03-05", [("Lindqvist", "Maren", "MD", "Gynecologic Oncology"), ("Osei", "Kwame", "MD", "Medical oncology")])
    ov = c.condition(cm("C56.9", "Malignant neoplasm of unspecified ovary", ("363443007", "Malignant tumor of ovary"),
                        text="High-grade serous ovarian carcinoma"), "2026-10-15", stage=cc(text="FIGO IIIC"))
    c.condition(cm("I10", "Essential (primary) hypertension"), "2015-01-01")
    c.medstmt(rx("29046", "lisinopril", "Lisinopril 10 mg daily"), "2015-02-01")
    e1 = c.encounter("2026-10-15", typ=ONC, reasonref=[ov])
    e2 = c.encounter("2026-11-09", cls="IMP", typ=cc(text="Surgical admission"), end="2026-11-15", reasonref=[ov])
    e3 = c.encounter("2026-11-24", typ=ONC, reasonref=[ov])
    lab(c, "ca125", "2026-10-15", 1240, e1); lab(c, "ca125", "2026-11-24", 310, e3)
    for k, v in [("hb", 11.4), ("wbc", 7.0), ("plt", 388), ("crea", 0.8), ("alb", 3.3)]:
        lab(c, k, "2026-11-24", v, e3)
    c.procedure(cc(("cpt", "58952", "Resection (initial) of ovarian, tubal or primary peritoneal malignancy with bilateral salpingo-oophorectomy and omentectomy; with radical dissection for debulking")),
                "2026-11-10", enc=e2, reasonref=[ov], note="Optimal cytoreduction, residual disease < 1 cm.")
    c.report(cc(("loinc", "22637-3", "Pathology report final diagnosis Narrative")), "2026-11-16", "High-grade serous carcinoma, bilateral ovaries, omentum and pelvic peritoneum involved.")
    c.vitals("2026-11-24", e3, 130, 80, 78, 70.5)
    cp = c.careplan("Adjuvant chemotherapy: carboplatin AUC 5 + paclitaxel 175 mg/m2 q21d x 6", "active", "2026-11-24",
                    cc(text="Chemotherapy regimen"),
                    [(cc(("cpt", "96413", "Chemotherapy administration, intravenous infusion technique; up to 1 hour, single or initial substance/drug")), "scheduled",
                      "Cycle 1 day 1 on 2026-12-08, then every 21 days")], [ov])
    for code, name, dose in [("40048", "carboplatin", "AUC 5 IV day 1 every 21 days x 6 cycles"), ("56946", "paclitaxel", "175 mg/m2 IV over 3 h day 1 every 21 days x 6 cycles")]:
        c.medreq(rx(code, name), "2026-11-24", status="active", intent="order", reason=[ov], dosage=dose, enc=e3, start="2026-12-08")
    c.servreq(cc(("cpt", "36561", "Insertion of tunneled centrally inserted central venous access device, with subcutaneous port; age 5 years or older")),
              "2026-11-24", occ="2026-12-03", reasonref=[ov], enc=e3, note="Port placement before cycle 1 (interventional radiology).")
    c.note("2026-11-24", "Post-op visit. Recovering well. Discussed adjuvant chemotherapy: carboplatin/paclitaxel x6 starting 12/8. "
           "Reviewed alopecia, neuropathy, fatigue, nausea and infection risk. Germline BRCA panel sent.", NOTE, e3, title="Chemotherapy planning")


def c_qr_no(c):
    """PRC near miss: patient-experience questionnaire answers No to a second opinion and Yes to feeling heard."""
    base(c, "Harper", "Denise", "female", "1972-10-19", [("Nguyen", "Hannah", "MD", "Menopause medicine")])
    meno = c.condition(cm("N95.1", "Menopausal and female climacteric states", text="Vasomotor symptoms of menopause"), "2024-06-01")
    c.condition(cm("M85.80", "Other specified disorders of bone density and structure, unspecified site", text="Osteopenia"), "2025-04-01")
    c.medstmt(cc(text="estradiol 0.05 mg/day transdermal patch + micronized progesterone 100 mg nightly"), "2024-07-01", reason=[meno])
    dates = ["2026-02-09", "2026-08-10"]
    e = [c.encounter(d, typ=GYN, reasonref=[meno]) for d in dates]
    for d, en in zip(dates, e):
        c.vitals(d, en, 126, 78, 70, 71.0)
    c.obs(cc(text="Hot flushes per day (diary)"), dates[0], 6, "survey", e[0]); c.obs(cc(text="Hot flushes per day (diary)"), dates[1], 1, "survey", e[1])
    lab(c, "ldl", dates[1], 118, e[1]); lab(c, "tsh", dates[1], 1.7, e[1]); lab(c, "glu", dates[1], 92, e[1])
    c.obs(cc(("loinc", "38267-1", "DXA Lumbar spine [T-score] Bone density")), "2025-04-02", q(-1.6, "{T-score}"), "imaging")
    c.report(cc(("loinc", "24606-6", "MG Breast Screening")), "2026-08-20", "BI-RADS 1, negative.")
    c.qresp("2026-08-10", [
        ("1", "Did your clinician listen carefully to you?", ("ans", "LA33-6", "Yes")),
        ("2", "Were your concerns addressed today?", ("ans", "LA33-6", "Yes")),
        ("3", "Would you like a referral for a second opinion?", ("ans", "LA32-8", "No")),
        ("4", "Comments", "Very happy with the plan, flushes much better."),
    ], "https://fhir.riverside-whgo.example.org/r4/Questionnaire/patient-experience", e[1])
    c.note("2026-08-10", "Vasomotor symptoms controlled on HRT. Reviewed risks/benefits, continue. Repeat DXA 2027.", NOTE, e[1], title="Menopause follow-up")


def c_endo_pain_flat(c):
    """WDT near miss: endometriosis pain 6 -> 7 -> 7 on dienogest over 8 months: change below the 2-point MCID."""
    base(c, "Romano", "Giulia", "female", "1993-05-27", [("Patel", "Anjali", "MD", "Minimally invasive gynecologic surgery")])
    endo = c.condition(cc(("sct", "129103003", "Endometriosis"), ("icdcm", "N80.9", "Endometriosis, unspecified"), text="Deep endometriosis, laparoscopically confirmed"), "2025-09-10")
    c.condition(cm("J45.909", "Unspecified asthma, uncomplicated"), "2005-01-01")
    c.medstmt(cc(text="dienogest 2 mg daily"), "2025-11-01", reason=[endo])
    c.medstmt(rx("5640", "ibuprofen", "Ibuprofen 400 mg as needed"), "2025-11-01", reason=[endo])
    dates = ["2026-02-16", "2026-06-15", "2026-10-12"]
    e = [c.encounter(d, typ=GYN, reasonref=[endo]) for d in dates]
    for d, en, v in zip(dates, e, [6, 7, 7]):
        nrs(c, d, v, en)
        c.obs(cc(text="Dysmenorrhea severity (0-10)"), d, 5, "survey", en)
    lab(c, "hb", dates[1], 12.9, e[1]); lab(c, "alt", dates[1], 19, e[1])
    c.report(cc(("cpt", "76830", "Ultrasound, transvaginal")), "2026-06-15", "Stable 2.1 cm left ovarian endometrioma; no new lesions.", enc=e[1])
    c.vitals(dates[2], e[2], 112, 70, 66, 60.0)
    c.note("2026-10-12", "Pain 7/10 (6/10 in February), bleeding pattern acceptable on dienogest. Continue; pelvic floor PT referral.", NOTE, e[2], title="Endometriosis follow-up")


def c_lam(c):
    """ROC positive: sporadic lymphangioleiomyomatosis (rare) co-managed in women's health; stable on sirolimus."""
    base(c, "Castillo", "Elena", "female", "1988-08-08", [("Nguyen", "Hannah", "MD", "Women's health"), ("Berg", "Oskar", "MD", "Pulmonology")])
    lam = c.condition(cm("J84.81", "Lymphangioleiomyomatosis", text="Sporadic lymphangioleiomyomatosis (LAM)"), "2023-06-20")
    c.condition(cc(text="Renal angiomyolipoma, left, 2.4 cm"), "2023-06-20")
    c.condition(cm("J93.11", "Primary spontaneous pneumothorax"), "2023-06-01", status="resolved", abate="2023-06-15", cat="encounter-diagnosis")
    c.obs(cc(text="VEGF-D, serum"), "2023-06-25", q(1450, "pg/mL"), "laboratory", high=800, low=None)
    c.medstmt(rx("35302", "sirolimus", "Sirolimus 2 mg daily"), "2023-08-01", reason=[lam])
    c.medstmt(cc(text="copper intrauterine device (estrogen-free contraception)"), "2023-09-01")
    dates = ["2026-01-19", "2026-05-18", "2026-09-21"]
    e = [c.encounter(d, typ=cc(text="LAM clinic visit (women's health / pulmonology)"), reasonref=[lam]) for d in dates]
    for d, en, f in zip(dates, e, [2.12, 2.10, 2.09]):
        c.obs(cc(("loinc", "20150-9", "FEV1")), d, q(f, "L"), "procedure", en)
        c.obs(cc(text="Sirolimus trough level"), d, q(7.2, "ng/mL"), "laboratory", en, low=5, high=15)
    lab(c, "ldl", dates[2], 142, e[2]); lab(c, "crea", dates[2], 0.7, e[2])
    c.vitals(dates[2], e[2], 118, 72, 70, 58.0)
    c.note("2026-09-21", "Sporadic LAM, stable FEV1 on sirolimus. Reinforced avoidance of estrogen-containing products; copper IUD in place. "
           "Annual renal MRI for angiomyolipoma.", NOTE, e[2], title="LAM clinic note")
