"""Organisation 4: women's health and maternity service (Lakeside Women's Health and Maternity Service).

Style: US conventions - ICD-10-CM diagnoses, CPT procedure and visit codes, RxNorm ingredient codes, LOINC labs
in US units, SNOMED CT for clinical findings, patient-reported questionnaires (EORTC QLQ-C30, patient experience
survey), tumour-board notes, obstetric and gynaecological work-ups.
"""
from fhirkit import (ATC, CPT, ICD10CM, LOINC, RXNORM, SCT, Rec, cc, loinc, q, sct, txt)


def dx(code, display, sctid=None, sdisp=None, text=None):
    codings = [(ICD10CM, code, display)]
    if sctid:
        codings.append((SCT, sctid, sdisp))
    return cc(*codings, text=text or display)


def rx(rxcui, ingredient, text, atc=None):
    codings = []
    if rxcui:
        codings.append((RXNORM, rxcui, ingredient))
    if atc:
        codings.append((ATC, atc, ingredient))
    return cc(*codings, text=text)


def cpt(code, display, text=None):
    return cc((CPT, code, display), text=text or display)


def visit(r, date, who, reason=None, code="99214", new=False, cls="AMB", end=None):
    disp = {"99203": "Office or other outpatient visit, new patient, low MDM",
            "99204": "Office or other outpatient visit, new patient, moderate MDM",
            "99213": "Office or other outpatient visit, established patient, low MDM",
            "99214": "Office or other outpatient visit, established patient, moderate MDM",
            "99215": "Office or other outpatient visit, established patient, high MDM",
            "99442": "Telephone evaluation and management service, 11-20 minutes",
            "99024": "Postoperative follow-up visit"}[code]
    return r.enc(date, cls, cpt(code, disp), who=who, reason=txt(reason) if reason else None, end=end)


EXPERIENCE_Q = "https://fhir.lakeside-womens.example.org/Questionnaire/patient-experience-shared-decisions-v3"
EORTC_Q = "https://fhir.lakeside-womens.example.org/Questionnaire/eortc-qlq-c30-v3-items-29-30"


def wh_base(cid, family, given, birth, city, mrn, phone, member):
    r = Rec(cid, "WH")
    r.patient(family, given, "female", birth, city, mrn, phone=phone)
    r.coverage("2018-01-01", member, plan_text="Harbor Mutual PPO Gold")
    return r


def ghs(r, date, q29, q30, enc):
    """EORTC QLQ-C30 global health status from items 29 and 30 (scored 1-7)."""
    qr = r.qresp(EORTC_Q, date, [("q29", "How would you rate your overall health during the past week? (1-7)", q29),
                                 ("q30", "How would you rate your overall quality of life during the past week? (1-7)",
                                  q30)], enc=enc)
    val = round(((q29 + q30) / 2 - 1) / 6 * 100, 1)
    return r.score(cc(r.loc("QLQC30-GHS", "EORTC QLQ-C30 Global health status/QoL scale score"),
                      text="EORTC QLQ-C30 global health status (0-100)"), date, val, enc=enc, derived=[qr])


# ---------------------------------------------------------------------------------------------
def wh_psnw_nm(cid):
    r = wh_base(cid, "Mitchell", ["Karen"], "1975-03-12", "Lakeside", "LWH-00482193", "+1-555-0142", "HMH-7720431")
    np_ = r.pract("Alvarez", "Rosa", prefix="NP", qual="Women's health nurse practitioner")
    md = r.pract("Brennan", "Thomas", prefix="Dr.", qual="Obstetrics and gynecology")
    r.cond(dx("J30.2", "Other seasonal allergic rhinitis"), "2001-04-01", who=np_)
    def symptoms(d, e, note):
        r.obs(sct("198436008", "Menopausal flushing", "Hot flushes"), d, True, cat="exam", enc=e, note=note)
        r.obs(sct("80313002", "Palpitations"), d, True, cat="exam", enc=e)
        r.obs(sct("84229001", "Fatigue"), d, True, cat="exam", enc=e)
    e1 = visit(r, "2026-06-09", np_, "Hot flashes, palpitations, night sweats, tired all the time")
    symptoms("2026-06-09", e1, "Several hot flashes daily, night sweats, palpitations at night, poor sleep.")
    r.vitals("2026-06-09", e1, bp=(122, 76), hr=78, wt=68.0, ht=165)
    r.labs("2026-06-09", [("hb_gdl", 13.2), ("wbc_us", 6.1), ("tsh", 1.7), ("glu_mgdl", 88), ("creat_mgdl", 0.8,
                                                                                         dict(lo=0.5, hi=1.0))],
           enc=e1, report="CBC, TSH, BMP", conclusion="All within reference ranges.")
    r.obs(loinc("8601-7", "EKG impression"), "2026-06-09", "Normal sinus rhythm, 76 bpm, normal ECG.", cat="procedure",
          enc=e1, interp="N")
    e2 = visit(r, "2026-07-21", np_, "Symptoms ongoing", code="99213")
    symptoms("2026-07-21", e2, "Symptoms unchanged; last menstrual period April 2026, cycles irregular since 2025.")
    e3 = visit(r, "2026-08-25", md, "Follow-up: vasomotor symptoms")
    symptoms("2026-08-25", e3, "Ongoing hot flashes 8-10 per day, night sweats, low mood.")
    r.obs(loinc("15067-2", "Follitropin [Units/volume] in Serum or Plasma"), "2026-08-18", q(68, "m[IU]/mL", "mIU/mL"),
          enc=e3, interp="H", rng={"text": "Follicular phase 3.5-12.5 mIU/mL; postmenopausal 25.8-134.8 mIU/mL",
                                   "high": q(12.5, "m[IU]/mL", "mIU/mL")})
    r.obs(loinc("2243-4", "Estradiol (E2) [Mass/volume] in Serum or Plasma"), "2026-08-18", q(18, "pg/mL"), enc=e3,
          interp="L", rng={"low": q(30, "pg/mL"), "text": "Follicular phase 30-100 pg/mL"})
    mrs = cc(r.loc("MRS", "Menopause Rating Scale total score (0-44)"), text="Menopause Rating Scale")
    r.score(mrs, "2026-08-25", 24, enc=e3)
    meno = r.cond(dx("N95.1", "Menopausal and female climacteric states",
                     text="Perimenopause/menopausal transition with vasomotor symptoms"), "2025-10-01", recorded="2026-08-25",
                  who=md, enc=e3)
    r.medreq(rx("4083", "estradiol", "Estradiol 0.05 mg/24 hr transdermal patch, twice weekly"), "2026-08-25",
             "Apply 1 patch twice weekly", who=md, enc=e3, reason_refs=[meno], course="continuous")
    r.medreq(rx("8727", "progesterone", "Progesterone 100 mg oral capsule (micronized)"), "2026-08-25",
             "100 mg at bedtime", who=md, enc=e3, reason_refs=[meno], course="continuous")
    r.note("2026-08-25", "progress", "Gynecology visit",
           "51 y/o with 3 months of hot flashes, night sweats, palpitations and fatigue. CBC, TSH, BMP and ECG "
           "normal. FSH 68, estradiol 18 with amenorrhea since April: consistent with menopausal transition, which "
           "explains her symptoms. MRS 24 (severe). Discussed MHT risks/benefits; starts transdermal estradiol + "
           "micronized progesterone. Follow-up 10-12 weeks.", author=md, enc=e3)
    e4 = visit(r, "2026-11-10", md, "MHT follow-up", code="99213")
    r.score(mrs, "2026-11-10", 8, enc=e4)
    r.vitals("2026-11-10", e4, bp=(118, 74), wt=67.5)
    r.note("2026-11-10", "progress", "Gynecology follow-up",
           "Hot flashes down to 1-2/day, sleeping through, palpitations resolved, energy much better. MRS 24 -> 8. "
           "No bleeding. Continue current regimen; annual review.", author=md, enc=e4)
    return r


# ---------------------------------------------------------------------------------------------
def wh_dsm_nm(cid):
    r = wh_base(cid, "Brooks", ["Aaliyah"], "1999-10-04", "Lakeside", "LWH-00517720", "+1-555-0177", "HMH-8842016")
    md = r.pract("Nguyen", "Linh", prefix="Dr.", qual="Reproductive endocrinology")
    e0 = visit(r, "2025-11-04", md, "Irregular periods, excess hair growth, acne", code="99204")
    r.vitals("2025-11-04", e0, bp=(118, 72), wt=79.0, ht=165, bmi=29.0)
    r.obs(cc(r.loc("MFG", "Modified Ferriman-Gallwey score"), text="Modified Ferriman-Gallwey hirsutism score"),
          "2025-11-04", 14, cat="exam", enc=e0, interp="H")
    r.obs(loinc("2986-8", "Testosterone [Mass/volume] in Serum or Plasma"), "2025-11-06", q(68, "ng/dL"), enc=e0,
          interp="H", rng={"low": q(8, "ng/dL"), "high": q(48, "ng/dL")})
    r.obs(loinc("10501-5", "Lutropin [Units/volume] in Serum or Plasma"), "2025-11-06", q(14.2, "m[IU]/mL", "mIU/mL"),
          enc=e0, interp="N")
    r.obs(loinc("15067-2", "Follitropin [Units/volume] in Serum or Plasma"), "2025-11-06", q(5.6, "m[IU]/mL", "mIU/mL"),
          enc=e0, interp="N")
    r.obs(loinc("2842-3", "Prolactin [Mass/volume] in Serum or Plasma"), "2025-11-06", q(11, "ng/mL"), enc=e0,
          interp="N", rng={"low": q(4.8, "ng/mL"), "high": q(23.3, "ng/mL")})
    r.obs(loinc("1668-3", "17-Hydroxyprogesterone [Mass/volume] in Serum or Plasma"), "2025-11-06", q(62, "ng/dL"),
          enc=e0, interp="N", rng={"high": q(200, "ng/dL")})
    r.labs("2025-11-06", [("tsh", 1.4), ("hba1c_pct", 5.5)], enc=e0)
    r.report(cpt("76830", "Ultrasound, transvaginal"), "2025-11-11", cat="RUS", enc=e0,
             conclusion="Both ovaries enlarged (R 12 mL, L 13 mL) with >20 peripheral follicles each. Endometrium "
                        "7 mm. Uterus normal.")
    pcos = r.cond(dx("E28.2", "Polycystic ovarian syndrome", "69878008", "Polycystic ovaries",
                     "Polycystic ovary syndrome (Rotterdam: oligo-ovulation, hyperandrogenism, PCO morphology)"),
                  "2025-11-18", who=md)
    r.note("2025-11-18", "consult", "Reproductive endocrinology consult",
           "26 y/o with cycles every 35-90 days since menarche, progressive hirsutism (mFG 14), acne. Testosterone "
           "68 ng/dL, normal prolactin, TSH and 17-OHP (non-classic CAH excluded), HbA1c 5.5%. TVUS: polycystic "
           "ovarian morphology. Meets all three Rotterdam criteria: PCOS. Plan: combined OCP, spironolactone after "
           "contraception established, lifestyle counselling.", author=md, enc=e0)
    r.medreq(rx(None, "norgestimate and ethinylestradiol", "Norgestimate 0.25 mg / ethinyl estradiol 0.035 mg tablets",
                atc="G03AA11"), "2025-11-18", "1 tablet daily", who=md, reason_refs=[pcos], course="continuous")
    r.medreq(rx("9997", "spironolactone", "Spironolactone 50 mg tablet"), "2026-01-20", "50 mg twice daily", who=md,
             reason_refs=[pcos], course="continuous")
    e1 = visit(r, "2026-05-12", md, "PCOS follow-up", code="99213")
    r.obs(cc(r.loc("MFG", "Modified Ferriman-Gallwey score"), text="Modified Ferriman-Gallwey hirsutism score"),
          "2026-05-12", 12, cat="exam", enc=e1, interp="H")
    r.lab("k", 4.3, "2026-05-12", enc=e1)
    e2 = visit(r, "2026-10-27", md, "PCOS follow-up", code="99213")
    r.obs(cc(r.loc("MFG", "Modified Ferriman-Gallwey score"), text="Modified Ferriman-Gallwey hirsutism score"),
          "2026-10-27", 10, cat="exam", enc=e2, interp="H")
    r.vitals("2026-10-27", e2, bp=(116, 70), wt=77.0, bmi=28.3)
    r.note("2026-10-27", "progress", "PCOS follow-up",
           "Regular withdrawal bleeds on OCP. Hirsutism slowly improving (mFG 14 -> 10), still some acne and "
           "frustration with weight. Symptoms consistent with PCOS, responding as expected. Continue OCP + "
           "spironolactone; dietitian referral; fasting lipids and HbA1c yearly.", author=md, enc=e2)
    return r


# ---------------------------------------------------------------------------------------------
def wh_mpp_p(cid):
    r = wh_base(cid, "Walker", ["Denise"], "1978-02-25", "Lakeside", "LWH-00390554", "+1-555-0163", "HMH-6610289")
    md = r.pract("Okonkwo", "Adaeze", prefix="Dr.", qual="Minimally invasive gynecologic surgery")
    fib = r.cond(dx("D25.1", "Intramural leiomyoma of uterus", "95315005", "Uterine leiomyoma",
                    "Multiple uterine fibroids, largest 7.2 cm intramural"), "2024-09-10", who=md)
    hmb = r.cond(dx("N92.0", "Excessive and frequent menstruation with regular cycle", "386692008", "Menorrhagia"),
                 "2024-09-10", who=md)
    ida = r.cond(dx("D50.0", "Iron deficiency anemia secondary to blood loss (chronic)"), "2026-05-04",
                 status="resolved", abate="2026-09-15", who=md)
    hypo = r.cond(dx("E03.9", "Hypothyroidism, unspecified"), "2015-01-01", who=md)
    r.medstat(rx("10691", "tranexamic acid", "Tranexamic acid 650 mg tablets"), "stopped", "2024-09-10",
              end="2025-03-01", reason_refs=[hmb], note="Insufficient effect")
    r.medstat(cc(text="Relugolix 40 mg / estradiol 1 mg / norethindrone acetate 0.5 mg (Myfembree)"), "stopped",
              "2026-01-05", end="2026-06-20", reason_refs=[fib], note="Stopped: mood changes and headaches")
    r.proc(cpt("58100", "Endometrial sampling (biopsy) with or without endocervical sampling"), "2026-03-03", who=md,
           reason_refs=[hmb], outcome=txt("Benign proliferative endometrium"))
    r.labs("2026-05-04", [("hb_gdl", 8.9), ("mcv", 71), ("ferritin_ngml", 4, dict(lo=15, hi=150))],
           report="CBC, ferritin")
    r.medadmin(rx(None, "ferric carboxymaltose", "Ferric carboxymaltose 750 mg IV", atc="B03AC"), "2026-05-12",
               dose=q(750, "mg"), route=sct("47625008", "Intravenous route"), reason_refs=[ida])
    r.medadmin(rx(None, "ferric carboxymaltose", "Ferric carboxymaltose 750 mg IV", atc="B03AC"), "2026-05-19",
               dose=q(750, "mg"), route=sct("47625008", "Intravenous route"), reason_refs=[ida])
    r.report(cpt("76830", "Ultrasound, transvaginal"), "2026-08-27", cat="RUS",
             conclusion="Enlarged uterus 14 x 9 x 8 cm with multiple fibroids: 7.2 cm intramural posterior, 4.1 cm "
                        "intramural fundal, 2.6 cm subserosal. Endometrium 9 mm. Ovaries normal.")
    e1 = visit(r, "2026-09-15", md, "Surgical consultation - fibroids")
    r.labs("2026-09-15", [("hb_gdl", 12.4), ("ferritin_ngml", 88, dict(lo=15, hi=150)), ("tsh", 2.2)], enc=e1)
    r.vitals("2026-09-15", e1, bp=(126, 80), hr=72, wt=74.0, ht=168, bmi=26.2)
    r.note("2026-09-15", "consult", "Gynecologic surgery consultation",
           "48 y/o G2P2 with symptomatic fibroid uterus (~16-week size), heavy menstrual bleeding causing iron "
           "deficiency anemia (Hb 8.9 in May, corrected with IV iron). Failed tranexamic acid, LNG-IUS (expelled "
           "2025) and relugolix combination therapy. Family complete. Options reviewed: uterine artery "
           "embolization, myomectomy, hysterectomy. Patient chooses total laparoscopic hysterectomy with bilateral "
           "salpingectomy, ovarian conservation. Consent signed. Surgery scheduled 12/15/2026.", author=md, enc=e1)
    tlh = r.proc(cc((CPT, "58573", "Laparoscopy, surgical, with total hysterectomy, for uterus greater than 250 g; "
                                   "with removal of tube(s) and/or ovary(s)"),
                    (SCT, "236886002", "Hysterectomy"),
                    text="Total laparoscopic hysterectomy with bilateral salpingectomy, ovaries conserved"),
                 None, status="preparation", who=md, reason_refs=[fib, hmb],
                 category=sct("387713003", "Surgical procedure"),
                 note="Scheduled main OR 12/15/2026, 07:30. Pre-admission testing 12/08/2026.")
    r.appt("2026-12-08", "Pre-admission testing and anesthesia evaluation", who=[md])
    r.medstat(rx("10582", "levothyroxine", "Levothyroxine 88 mcg tablet"), "active", "2015-02-01", reason_refs=[hypo],
              asserted="2026-09-15")
    r.medstat(rx("5640", "ibuprofen", "Ibuprofen 600 mg tablet"), "active", "2024-09-10", dosage="During menses",
              reason_refs=[hmb], asserted="2026-09-15")
    return r


# ---------------------------------------------------------------------------------------------
def wh_up_p(cid):
    r = wh_base(cid, "Kowalski", ["Linda"], "1963-05-17", "Lakeside", "LWH-00211846", "+1-555-0119", "HMH-5530927")
    onc = r.pract("Hartmann", "Julia", prefix="Dr.", qual="Gynecologic oncology")
    pal = r.pract("Singh", "Arjun", prefix="Dr.", qual="Hospice and palliative medicine")
    ov = r.cond(dx("C56.9", "Malignant neoplasm of unspecified ovary", "363443007", "Malignant tumor of ovary",
                   "High-grade serous ovarian carcinoma, BRCA1/2 wild-type, HRD-negative"), "2024-03-11", who=onc,
                stage=txt("FIGO IIIC at diagnosis; platinum-resistant recurrence 04/2026"))
    perit = r.cond(dx("C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum"), "2025-06-02", who=onc)
    asc = r.cond(dx("R18.0", "Malignant ascites"), "2026-09-22", who=onc)
    r.cond(dx("I10", "Essential (primary) hypertension"), "2012-01-01", who=onc)
    r.proc(cc(text="Interval debulking surgery: TAH-BSO, omentectomy (R0)"), "2024-06-18", who=onc, reason_refs=[ov])
    r.medstat(rx("40048", "carboplatin", "Carboplatin + paclitaxel x6"), "completed", "2024-04-02", end="2024-09-17",
              reason_refs=[ov])
    r.medstat(rx("40048", "carboplatin", "Carboplatin + pegylated liposomal doxorubicin x6"), "completed",
              "2025-07-07", end="2025-12-15", reason_refs=[ov])
    r.medstat(rx("56946", "paclitaxel", "Weekly paclitaxel + bevacizumab"), "stopped", "2026-05-04", end="2026-09-14",
              reason_refs=[ov], note="Stopped for progression (CT 09/2026) and decline to ECOG 3")
    r.report(cc(text="CT chest/abdomen/pelvis with contrast"), "2026-09-21", cat="CT",
             conclusion="Progressive peritoneal carcinomatosis with new omental caking remnants, moderate ascites, "
                        "new bilateral pleural effusions, early partial small-bowel obstruction pattern.")
    e1 = visit(r, "2026-09-22", onc, "Review after CT", code="99215")
    r.obs(loinc("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma"), "2026-09-22", q(1240, "U/mL"), enc=e1,
          interp="H", rng={"high": q(35, "U/mL")})
    r.score(loinc("89247-1", "ECOG Performance Status score"), "2026-09-22", 3, enc=e1)
    e2 = r.enc("2026-10-06", "AMB", cc(r.loc("TB", "Multidisciplinary tumor board"), text="Gynecologic tumor board"),
               who=[onc, pal])
    r.note("2026-10-06", "consult", "Gynecologic tumor board",
           "Third recurrence of HGSOC, platinum-resistant (progression 4 months after last platinum), progression "
           "on weekly paclitaxel/bevacizumab. BRCA wild-type, HRD-negative, FRalpha low - not eligible for "
           "mirvetuximab; no open trial she qualifies for (ECOG 3, subacute obstruction).\n"
           "Consensus: no further anticancer treatment options of benefit. Recommend transition to hospice care "
           "with symptom-directed palliation (paracentesis as needed).", author=onc, enc=e2)
    r.impression("2026-10-06", "Platinum-resistant ovarian cancer with no remaining treatment options; hospice.",
                 who=onc, problems=[ov, perit], enc=e2)
    r.sreq(cc((SCT, "306205009", "Referral to hospice"), text="Referral to home hospice"), "2026-10-06",
           status="active", intent="order", who=onc, reason_refs=[ov], enc=e2, priority="urgent")
    r.careplan("Hospice plan of care", cc((SCT, "736373009", "End of life care plan"), text="Hospice"), "2026-10-13",
               author=pal, addresses=[ov, asc],
               activities=[("Hospice RN visits twice weekly", "in-progress", "Appointment"),
                           (cpt("49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"),
                            "scheduled", "ServiceRequest", "As needed for symptomatic ascites"),
                           ("Pain and nausea management", "in-progress")],
               desc="Comfort-focused care at home. POLST: DNR, comfort measures.")
    e3 = r.enc("2026-10-20", "AMB", cc(r.loc("IR", "Interventional radiology procedure visit"), text="IR procedure"))
    r.proc(cpt("49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"), "2026-10-20",
           enc=e3, reason_refs=[asc], outcome=txt("4.2 L removed, symptomatic relief"))
    e4 = visit(r, "2026-11-03", pal, "Hospice visit", code="99215", cls="HH")
    r.obs(loinc("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma"), "2026-11-03", q(1610, "U/mL"), enc=e4,
          interp="H", rng={"high": q(35, "U/mL")})
    r.vitals("2026-11-03", e4, bp=(102, 64), hr=98, wt=54.0)
    r.note("2026-11-03", "progress", "Hospice visit", "Comfortable on oxycodone, ondansetron PRN. Eating small amounts. "
           "Husband and daughter at home. Goals: remain at home.", author=pal, enc=e4)
    r.medreq(rx("7804", "oxycodone", "Oxycodone ER 10 mg tablet"), "2026-10-13", "10 mg every 12 hours", who=pal,
             reason_refs=[ov])
    r.medreq(rx("26225", "ondansetron", "Ondansetron 4 mg ODT"), "2026-10-13", "4 mg every 8 hours as needed", who=pal)
    return r


# ---------------------------------------------------------------------------------------------
def wh_hit_p(cid):
    r = wh_base(cid, "Gonzalez", ["Maria"], "1985-09-09", "Lakeside", "LWH-00602217", "+1-555-0188", "HMH-9914403")
    gyn = r.pract("Brennan", "Thomas", prefix="Dr.", qual="Obstetrics and gynecology")
    gonc = r.pract("Hartmann", "Julia", prefix="Dr.", qual="Gynecologic oncology")
    rad = r.pract("Feldstein", "Mark", prefix="Dr.", qual="Radiation oncology")
    e1 = visit(r, "2026-09-22", gyn, "Postcoital bleeding for 2 months", code="99213")
    r.obs(cc(r.loc("HPV-HR", "HPV high-risk genotyping"), text="HPV genotyping"), "2026-09-22",
          txt("HPV 16 detected"), enc=e1, interp="POS")
    r.proc(cpt("57454", "Colposcopy of the cervix including upper/adjacent vagina; with biopsy(s) of the cervix and "
                        "endocervical curettage"), "2026-10-06", who=gyn, outcome=txt("Exophytic lesion, biopsied"))
    r.report(cc(text="Surgical pathology - cervical biopsy"), "2026-10-09", cat="SP",
             conclusion="Invasive squamous cell carcinoma, moderately differentiated, p16 block-positive.")
    cx = r.cond(dx("C53.9", "Malignant neoplasm of cervix uteri, unspecified", "363354003",
                   "Malignant tumor of cervix", "Squamous cell carcinoma of cervix, HPV16"), "2026-10-09", who=gonc,
                stage=txt("FIGO 2018 IIB (parametrial invasion, no nodal disease)"))
    r.report(cc(text="MRI pelvis with contrast"), "2026-10-14", cat="NMR",
             conclusion="4.5 cm cervical mass with left parametrial invasion; no hydronephrosis; no enlarged nodes.")
    r.report(cc(text="PET/CT skull base to mid-thigh"), "2026-10-21", cat="NMS",
             conclusion="FDG-avid cervical primary (SUVmax 18). No nodal or distant metastases.")
    e2 = r.enc("2026-10-28", "AMB", cc(r.loc("TB", "Multidisciplinary tumor board"), text="Gynecologic tumor board"),
               who=[gonc, rad])
    r.note("2026-10-28", "consult", "Gynecologic tumor board",
           "41 y/o, FIGO IIB SCC cervix. Not a surgical candidate (parametrial invasion). Recommendation: definitive "
           "chemoradiation - external beam pelvic radiotherapy 45 Gy in 25 fractions with weekly cisplatin "
           "40 mg/m2, boost per radiation oncology. Start 12/07/2026.", author=gonc, enc=e2)
    e3 = visit(r, "2026-11-10", rad, "Radiation oncology consultation", code="99204")
    r.note("2026-11-10", "consult", "Radiation oncology consultation",
           "Discussed 5-6 weeks of daily pelvic radiotherapy with weekly cisplatin. Expected effects: fatigue, "
           "diarrhea, cystitis; late effects include premature menopause and permanent infertility, vaginal "
           "stenosis and sexual dysfunction, bowel/bladder changes. She has two children and does not wish fertility "
           "preservation; declined ovarian transposition. Consent obtained. Simulation CT 11/24.", author=rad, enc=e3)
    r.sreq(cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"),
              text="External beam pelvic radiotherapy (IMRT) 45 Gy / 25 fractions"), "2026-11-10", status="active",
           intent="order", who=rad, performer=r.orgs["hosp"], occ="2026-12-07", occ_end="2027-01-15",
           reason_refs=[cx], enc=e3, priority="urgent")
    r.medreq(rx("2555", "cisplatin", "Cisplatin 40 mg/m2 IV weekly x 5-6 cycles, concurrent with radiotherapy"),
             "2026-11-10", "40 mg/m2 IV (max 70 mg) weekly during radiotherapy", status="active", intent="plan",
             who=gonc, reason_refs=[cx], course="acute", category="outpatient", start="2026-12-08")
    r.labs("2026-11-10", [("hb_gdl", 12.6), ("wbc_us", 6.8), ("plt_us", 284), ("creat_mgdl", 0.7, dict(lo=0.5, hi=1.0))],
           enc=e3, report="CBC, BMP - pre-treatment")
    r.vitals("2026-11-10", e3, bp=(118, 74), hr=76, wt=63.0, ht=160)
    r.appt("2026-11-24", "CT simulation for radiotherapy planning", who=[rad])
    r.medstat(rx("36437", "sertraline", "Sertraline 50 mg"), "active", "2026-11-10", asserted="2026-11-10",
              note="Started by PCP for adjustment reaction to diagnosis")
    return r


# ---------------------------------------------------------------------------------------------
def wh_hit_nm(cid):
    r = wh_base(cid, "Reed", ["Susan"], "1961-01-28", "Lakeside", "LWH-00138829", "+1-555-0131", "HMH-3390175")
    gonc = r.pract("Hartmann", "Julia", prefix="Dr.", qual="Gynecologic oncology")
    ec = r.cond(dx("C54.1", "Malignant neoplasm of endometrium",
                   text="Endometrioid adenocarcinoma of endometrium, grade 1"), "2026-03-24", status="remission", who=gonc,
                stage=txt("FIGO 2009 IA (<50% myometrial invasion), LVSI negative, MMR proficient - low risk"))
    htn = r.cond(dx("I10", "Essential (primary) hypertension"), "2010-01-01", who=gonc)
    r.cond(dx("E66.9", "Obesity, unspecified"), "2010-01-01", who=gonc)
    r.proc(cpt("58558", "Hysteroscopy, surgical; with sampling (biopsy) of endometrium and/or polypectomy"),
           "2026-03-20", who=gonc, outcome=txt("Endometrioid adenocarcinoma, grade 1"))
    e0 = visit(r, "2026-04-20", gonc, "Pre-operative visit")
    ghs(r, "2026-04-20", 5, 5, e0)
    e1 = r.enc("2026-05-12", "SS", cpt("58571", "Laparoscopy, surgical, with total hysterectomy, for uterus 250 g or "
                                                "less; with removal of tube(s) and/or ovary(s)"),
               who=gonc, end="2026-05-13T11:00:00-04:00", reason=txt("TLH-BSO, sentinel nodes"))
    r.proc(cpt("58571", "Laparoscopy, surgical, with total hysterectomy, for uterus 250 g or less; with removal of "
                        "tube(s) and/or ovary(s)"), "2026-05-12", who=gonc, enc=e1, reason_refs=[ec],
           outcome=txt("Uncomplicated; sentinel nodes negative"))
    e2 = visit(r, "2026-05-26", gonc, "Post-op visit and pathology review", code="99024")
    r.note("2026-05-26", "progress", "Post-operative visit",
           "Final pathology FIGO IA grade 1 endometrioid, 30% myometrial invasion, LVSI negative, sentinel nodes "
           "negative, MMR proficient. Low-risk: no adjuvant radiotherapy or chemotherapy indicated. Surveillance "
           "with exam every 6 months for 2 years.", author=gonc, enc=e2)
    e3 = visit(r, "2026-08-18", gonc, "Surveillance visit", code="99213")
    ghs(r, "2026-08-18", 5, 4, e3)
    r.note("2026-08-18", "progress", "Surveillance visit",
           "Recovered from surgery; some hot flashes after BSO and tiredness in the evenings. Walking daily. "
           "Exam: vaginal cuff healed, no lesions. NED.", author=gonc, enc=e3)
    e4 = visit(r, "2026-11-17", gonc, "Surveillance visit", code="99213")
    ghs(r, "2026-11-17", 5, 5, e4)
    r.vitals("2026-11-17", e4, bp=(132, 80), wt=92.0)
    r.note("2026-11-17", "progress", "Surveillance visit",
           "Feels well, back to volunteering. Hot flashes improved with venlafaxine. EORTC global health 66.7 "
           "(pre-op 66.7, August 58.3). NED. Next visit May 2027.", author=gonc, enc=e4)
    r.medstat(rx("29046", "lisinopril", "Lisinopril 20 mg"), "active", "2010-01-01", reason_refs=[htn],
              asserted="2026-11-17")
    r.medreq(cc((ATC, "N06AX16", "venlafaxine"), text="Venlafaxine ER 37.5 mg"), "2026-08-18", "37.5 mg daily",
             who=gonc, enc=e3)
    return r


# ---------------------------------------------------------------------------------------------
def experience(r, date, listened, explained, second, comment, enc):
    return r.qresp(EXPERIENCE_Q, date, [
        ("1", "Did you feel your concerns were listened to today?",
         (r.local + "/yes-no-partly", listened, {"Y": "Yes", "N": "No", "P": "Partly"}[listened])),
        ("2", "Were the options and next steps explained in a way you could understand?",
         (r.local + "/yes-no-partly", explained, {"Y": "Yes", "N": "No", "P": "Partly"}[explained])),
        ("3", "Would you like a second opinion from another specialist about your diagnosis or plan?",
         (r.local + "/yes-no-partly", second, {"Y": "Yes", "N": "No", "P": "Partly"}[second])),
        ("4", "Anything else you would like us to know?", comment),
    ], enc=enc)


def wh_prc_p(cid):
    r = wh_base(cid, "Patel", ["Jasmine"], "1992-06-21", "Lakeside", "LWH-00655302", "+1-555-0194", "HMH-2207764")
    md = r.pract("Brennan", "Thomas", prefix="Dr.", qual="Obstetrics and gynecology")
    rpl = r.cond(dx("N96", "Recurrent pregnancy loss", "102878001", "Recurrent miscarriage",
                    "Recurrent first-trimester pregnancy loss x3 (08/2024, 05/2025, 06/2026)"), "2026-06-30", who=md)
    r.cond(dx("O03.9", "Complete or unspecified spontaneous abortion without complication", text="Missed miscarriage "
              "at 9 weeks"), "2026-06-12", status="resolved", abate="2026-06-30", who=md)
    r.obs(cc(r.loc("KARYO-COUPLE", "Parental karyotypes"), text="Couple karyotyping"), "2026-07-20",
          "46,XX and 46,XY - normal", enc=None, interp="N")
    r.obs(cc(r.loc("APS-PANEL", "Antiphospholipid antibody panel"), text="Lupus anticoagulant, anticardiolipin, "
             "anti-beta2-glycoprotein I"), "2026-07-20", txt("Negative x2 (12 weeks apart)"), interp="NEG")
    r.labs("2026-07-20", [("tsh", 1.6), ("hba1c_pct", 5.2)], report="Endocrine screen")
    r.report(cc(text="Saline infusion sonohysterography"), "2026-08-05", cat="RUS",
             conclusion="Normal uterine cavity; no septum, polyp or submucosal fibroid.")
    e1 = visit(r, "2026-10-19", md, "Results of recurrent pregnancy loss evaluation")
    r.note("2026-10-19", "progress", "Gynecology visit",
           "Evaluation for three first-trimester losses complete and normal (karyotypes, APS panel, TSH, HbA1c, "
           "cavity). Explained that most couples with unexplained RPL go on to have a live birth. Advised to try "
           "again with folic acid; early scan in next pregnancy. Patient tearful; partner asked about further "
           "options.", author=md, enc=e1)
    experience(r, "2026-10-19", "N", "P", "Y",
               "I was told again that it is just bad luck and to keep trying. I don't feel anyone is taking three "
               "losses seriously. I would like a second opinion from a recurrent miscarriage specialist before we "
               "try again.", e1)
    r.medreq(rx("4511", "folic acid", "Folic acid 0.4 mg"), "2026-10-19", "0.4 mg daily", who=md, enc=e1)
    r.vitals("2026-10-19", e1, bp=(112, 70), wt=60.0, ht=162)
    return r


def wh_prc_nm(cid):
    r = wh_base(cid, "Chen", ["Emily"], "1994-11-08", "Lakeside", "LWH-00671148", "+1-555-0126", "HMH-4418830")
    md = r.pract("Okonkwo", "Adaeze", prefix="Dr.", qual="Obstetrics and gynecology")
    mw = r.pract("Lindgren", "Sara", prefix="CNM", qual="Certified nurse-midwife")
    gdm = r.cond(dx("O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled"), "2026-06-10",
                 status="resolved", abate="2026-09-22", who=mw)
    e0 = r.enc("2026-09-21", "IMP", cc(r.loc("L&D", "Labor and delivery admission"), text="Labor and delivery"),
               who=[mw], end="2026-09-23T12:00:00-04:00", admit="other", disch="home",
               reason=txt("Spontaneous labor at 39+2 weeks"))
    r.proc(cc((SCT, "48782003", "Delivery normal"), text="Spontaneous vaginal delivery, live female infant 3,310 g"),
           "2026-09-22", who=mw, enc=e0, outcome=txt("Second-degree laceration repaired; EBL 350 mL"))
    r.cond(dx("Z39.2", "Encounter for routine postpartum follow-up"), "2026-11-03", status="resolved",
           abate="2026-11-03", cat="encounter-diagnosis", who=md)
    e1 = visit(r, "2026-11-03", md, "Comprehensive postpartum visit")
    r.vitals("2026-11-03", e1, bp=(114, 72), hr=70, wt=64.0)
    r.score(cc(r.loc("EPDS", "Edinburgh Postnatal Depression Scale total score"), text="EPDS"), "2026-11-03", 5, enc=e1)
    r.obs(loinc("1518-0", "Glucose [Mass/volume] in Serum or Plasma --2 hours post 75 g glucose PO"), "2026-10-30",
          q(112, "mg/dL"), enc=e1, interp="N", rng={"high": q(140, "mg/dL")})
    r.lab("hb_gdl", 12.1, "2026-10-30", enc=e1)
    experience(r, "2026-11-03", "Y", "Y", "N", "Great care from the midwives and Dr. Okonkwo, thank you.", e1)
    r.note("2026-11-03", "progress", "Postpartum visit",
           "6 weeks after SVD. Breastfeeding well, lochia finished, perineum healed. EPDS 5. 2-h OGTT 112 (normal) - "
           "GDM resolved. Contraception: progestin-only pill. Patient very satisfied with care.", author=md, enc=e1)
    r.medreq(cc((ATC, "G03AC01", "norethisterone"), text="Norethindrone 0.35 mg tablets"), "2026-11-03",
             "1 tablet daily", who=md, enc=e1)
    r.immun("115", "Tdap", "2026-07-28")
    return r


# ---------------------------------------------------------------------------------------------
def wh_wdt_nm(cid):
    r = wh_base(cid, "Simmons", ["Rachel"], "1990-04-03", "Lakeside", "LWH-00443915", "+1-555-0158", "HMH-1183342")
    md = r.pract("Nguyen", "Linh", prefix="Dr.", qual="Minimally invasive gynecologic surgery")
    endo = r.cond(dx("N80.9", "Endometriosis, unspecified", "129103003", "Endometriosis",
                     "Peritoneal endometriosis rASRM stage II (laparoscopy 09/2025)"), "2025-09-16", who=md)
    r.proc(cc((SCT, "73632009", "Laparoscopy"), text="Diagnostic laparoscopy with excision of peritoneal endometriosis"),
           "2025-09-16", who=md, reason_refs=[endo])
    r.medstat(cc((ATC, "G03DB08", "dienogest"), text="Dienogest 2 mg tablet"), "active", "2025-11-01",
              reason_refs=[endo], dosage="2 mg daily, continuous", asserted="2026-11-10",
              note="Taking daily; no missed doses reported")
    nrs = loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
                "Pelvic pain NRS (worst, past month)")
    for d, v, code in [("2026-02-10", 5, "99213"), ("2026-05-12", 5, "99213"), ("2026-08-11", 6, "99213"),
                       ("2026-11-10", 6, "99214")]:
        e = visit(r, d, md, "Endometriosis follow-up", code=code)
        r.score(nrs, d, v, enc=e)
        last = e
    r.vitals("2026-11-10", last, bp=(112, 68), wt=61.0)
    r.labs("2026-11-10", [("hb_gdl", 13.0), ("ferritin_ngml", 46, dict(lo=15, hi=150))], enc=last)
    r.note("2026-11-10", "progress", "Endometriosis follow-up",
           "On continuous dienogest for a year, amenorrheic. Pelvic pain NRS 5 (Feb), 5 (May), 6 (Aug), 6 (Nov) - "
           "stable, with occasional flares after long shifts. Working full time, exercising. Satisfied with current "
           "control; wishes to continue. Pelvic floor physiotherapy offered.", author=md, enc=last)
    r.medstat(rx("5640", "ibuprofen", "Ibuprofen 400 mg"), "active", "2025-09-20", dosage="As needed for flares",
              asserted="2026-11-10")
    return r


# ---------------------------------------------------------------------------------------------
def wh_roc_p(cid):
    r = wh_base(cid, "Grant", ["Olivia"], "1994-08-15", "Lakeside", "LWH-00700361", "+1-555-0109", "HMH-0092718")
    mfm = r.pract("Castellano", "Marco", prefix="Dr.", qual="Maternal-fetal medicine")
    card = r.pract("Abiodun", "Folake", prefix="Dr.", qual="Adult congenital / pregnancy cardiology")
    mfs = r.cond(cc((ICD10CM, "Q87.410", "Marfan's syndrome with aortic dilation"), (SCT, "19346006", "Marfan's syndrome"),
                    text="Marfan syndrome (FBN1 pathogenic variant) with mild aortic root dilation"),
                 "2011-05-01", who=card, note="ORPHA:558")
    preg = r.cond(cc((ICD10CM, "O99.891", "Other specified diseases and conditions complicating pregnancy"),
                     text="Pregnancy complicated by Marfan syndrome"), "2026-05-19", who=mfm)
    r.cond(cc((ICD10CM, "Z3A.27", "27 weeks gestation of pregnancy"), text="27 weeks gestation"), "2026-11-24",
           cat="encounter-diagnosis", who=mfm)
    gen = r.obs(loinc("69548-6", "Genetic variant assessment"), "2011-06-15", cc((LOINC, "LA9633-4", "Present")),
                comps=[{"code": loinc("48018-6", "Gene studied [ID]"), "valueCodeableConcept": txt("FBN1")},
                       {"code": loinc("53034-5", "Allelic state"),
                        "valueCodeableConcept": cc((LOINC, "LA6706-1", "Heterozygous"))}],
                note="FBN1 pathogenic missense variant (cysteine substitution), maternally inherited.")
    r.family_history("MTH", "mother", cc((SCT, "19346006", "Marfan's syndrome"), text="Marfan syndrome; aortic root "
                                         "replacement at 41"), "2026-05-30")
    r.medstat(rx("6918", "metoprolol", "Metoprolol succinate ER 50 mg"), "active", "2026-03-01", reason_refs=[mfs],
              asserted="2026-11-24", note="Switched from losartan before conception")
    r.medstat(rx("52175", "losartan", "Losartan 50 mg"), "stopped", "2018-01-01", end="2026-03-01",
              reason_refs=[mfs], note="Stopped pre-conception (contraindicated in pregnancy)")
    echo = []
    for d, root in [("2026-03-10", 37), ("2026-07-14", 38), ("2026-10-13", 38)]:
        echo.append(r.obs(cc(r.loc("AO-ROOT", "Aortic root diameter at sinuses of Valsalva (TTE)"),
                             text="Aortic root diameter"), d, q(root, "mm"), cat="imaging", interp="H",
                          rng={"high": q(34, "mm"), "text": "Z-score reference for BSA; >34 mm dilated"}))
    e1 = visit(r, "2026-10-13", card, "Pregnancy cardiology review")
    r.report(cpt("93306", "Echocardiography, transthoracic, complete, with Doppler and color flow"), "2026-10-13",
             echo, cat="CUS", who=card, enc=e1,
             conclusion="Aortic root 38 mm (stable), ascending aorta 31 mm, mild mitral valve prolapse, EF 60%.")
    e2 = visit(r, "2026-11-24", mfm, "High-risk prenatal visit")
    r.vitals("2026-11-24", e2, bp=(108, 66), hr=68, wt=70.0)
    r.obs(loinc("11884-4", "Gestational age Estimated"), "2026-11-24", q(27, "wk"), cat="exam", enc=e2,
          note="27+0 weeks by LMP 2026-05-19, concordant with dating scan")
    r.obs(loinc("11881-0", "Uterus Fundal height Tape measure"), "2026-11-24", q(27, "cm"), cat="exam", enc=e2)
    r.careplan("High-risk pregnancy plan - Marfan syndrome",
               cc((SCT, "734163000", "Care plan"), text="Maternity care plan"), "2026-06-02", author=mfm,
               addresses=[mfs, preg],
               activities=[(cpt("93306", "Echocardiography, transthoracic, complete"), "scheduled", "ServiceRequest",
                            "Every 6-8 weeks and 6 weeks postpartum"),
                           ("Growth scans every 4 weeks from 28 weeks", "scheduled"),
                           ("Delivery at tertiary center; planned vaginal delivery with early epidural and low "
                            "threshold for assisted second stage (aortic root <40 mm)", "not-started")])
    r.note("2026-11-24", "progress", "MFM high-risk prenatal visit",
           "32 y/o G1P0 at 27+0 weeks with Marfan syndrome (FBN1), aortic root stable at 38 mm on metoprolol. "
           "Fetal growth appropriate; anatomy scan normal; fetal FBN1 status undetermined (declined CVS). "
           "Joint MFM-cardiology-anesthesia plan as above. Next echo January 2027.", author=mfm, enc=e2)
    r.medstat(cc(text="Prenatal multivitamin with folic acid"), "active", "2026-02-01", asserted="2026-11-24")
    return r


CASES = [
    dict(key="wh-psnw-nm", org="WH", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
         expected=[], build=wh_psnw_nm,
         why="Hot flushes, palpitations and fatigue over 11 weeks with normal basic work-up, but FSH 68/low "
             "estradiol established the menopausal transition, which explains them, and MHT relieved them.",
         summary="vasomotor symptoms, palpitations, fatigue; FSH 68 -> menopause diagnosed, MHT effective"),
    dict(key="wh-dsm-nm", org="WH", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
         expected=[], build=wh_dsm_nm,
         why="PCOS diagnosed by all three Rotterdam criteria with mimics excluded; the continuing irregular "
             "cycles, hirsutism and acne are exactly what PCOS explains, and they are improving on treatment.",
         summary="PCOS (Rotterdam 3/3, NCAH/prolactin/thyroid excluded), ongoing but explained symptoms"),
    dict(key="wh-mpp-p", org="WH", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"], build=wh_mpp_p,
         why="Total laparoscopic hysterectomy (CPT 58573) recorded as a Procedure in preparation, scheduled for "
             "15 December 2026 after failed medical therapy; not yet performed.",
         summary="fibroid uterus with HMB, total laparoscopic hysterectomy in preparation for 2026-12-15"),
    dict(key="wh-up-p", org="WH", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"], build=wh_up_p,
         why="Platinum-resistant ovarian cancer progressing after three lines; tumour board states no further "
             "anticancer options, hospice referral and hospice care plan active, no second opinion on record.",
         summary="platinum-resistant ovarian cancer, tumor board 'no further options', hospice referral/plan"),
    dict(key="wh-hit-p", org="WH", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"], build=wh_hit_p,
         why="Definitive chemoradiation planned for cervical cancer: pelvic radiotherapy order and weekly cisplatin "
             "plan from 7-8 December 2026, with permanent infertility and menopause expected.",
         summary="FIGO IIB cervical cancer, pelvic radiotherapy + weekly cisplatin planned from 2026-12-07"),
    dict(key="wh-hit-nm", org="WH", target="HIGH_IMPACT_TREATMENT", kind="near-miss",
         expected=[], build=wh_hit_nm,
         why="Low-risk endometrial cancer after hysterectomy with no adjuvant therapy; EORTC global health dipped "
             "only 8.4 points (66.7 -> 58.3, below the ~10-point MID) and recovered to 66.7.",
         summary="stage IA endometrial cancer after TLH-BSO, no adjuvant therapy, QoL dip 8 points then recovered"),
    dict(key="wh-prc-p", org="WH", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"], build=wh_prc_p,
         why="In the patient-experience questionnaire she answered 'No' to feeling listened to and 'Yes' to wanting "
             "a second opinion, asking for a recurrent-miscarriage specialist.",
         summary="unexplained recurrent miscarriage; questionnaire: not listened to, wants a second opinion"),
    dict(key="wh-prc-nm", org="WH", target="PATIENT_REPORTED_CONCERN", kind="near-miss",
         expected=[], build=wh_prc_nm,
         why="Same patient-experience questionnaire, but she answered 'Yes' to feeling listened to and 'No' to "
             "wanting a second opinion, with praise for her care.",
         summary="routine postpartum visit; questionnaire answers 'No' to second opinion"),
    dict(key="wh-wdt-nm", org="WH", target="WORSENING_DESPITE_TREATMENT", kind="near-miss",
         expected=[], build=wh_wdt_nm,
         why="Endometriosis pain on continuous dienogest went 5 -> 5 -> 6 -> 6 over nine months: a one-point "
             "change, below the ~2-point MCID for a 0-10 pain scale.",
         summary="endometriosis on dienogest, pain NRS 5 -> 6 over 9 months (below MCID), patient satisfied"),
    dict(key="wh-roc-p", org="WH", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"], build=wh_roc_p,
         why="Marfan syndrome (ORPHA:558, FBN1-confirmed) with aortic root dilation, active and now complicating "
             "pregnancy: an Orphanet rare disease.",
         summary="pregnancy at 27 weeks in Marfan syndrome (Q87.410), aortic root 38 mm on metoprolol"),
]
