"""Cases from the maternal-fetal medicine & gynaecology service (Northbridge Women's Health, UK):
SNOMED CT, WHO ICD-10, LOINC, notes in British English."""
from fhirkit import (imgrep, imgobs, ICD10, LOINC, SCT, CONSULT, cc, txt, qty, sct, local, coding)
from registry import case

GYN_NOTE = cc(LOINC, "11506-3", "Progress note", "Gynaecology clinic letter")
CLINIC_LETTER = cc(LOINC, "11488-4", "Consult note", "Clinic letter")
PAIN = cc(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
DMD = "https://dmd.nhs.uk"


def icd(code, disp):
    return cc(ICD10, code, disp)


def dmd(name):
    return txt(name)


def wh_pracs(first=None, second=None):
    return [first or ("Okoro", "Helen", "Miss", "Consultant Gynaecologist"),
            second or ("Pryce", "Daniel", None, "Sonographer"),
            ("Lawson", "Emma", None, "Gynaecology Clinical Nurse Specialist")]


def clinic(b, date, dx, pr=0, typ="Gynaecology outpatient clinic"):
    return b.enc(date, "AMB", typ, reason=dx, pr=pr)


def scan(b, date, title, findings, conclusion, enc=None, pr=1, ccode=None):
    o = b.obs(imgobs(title), date, findings, cat="imaging", enc=enc, pr=pr)
    return b.report(imgrep(title), date, [o], conclusion, enc=enc, pr=pr, cat="RAD", ccode=ccode)


# ------------------------------------------------------------------------------------------------
@case("wh-pelvic-pain-normal", "WH", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Pelvic pain recorded at four clinic visits from May to November 2026 (26 weeks) with every investigation normal "
      "(ultrasound, MRI, CA-125, FBC, CRP, STI screen) and no diagnosis; discharged with 'no gynaecological cause found'.",
      "six months of pelvic pain, all investigations normal, discharged without a diagnosis")
def wh_pelvic(b):
    b.setup("Bennett", "Chloe", "female", "1990-02-14", wh_pracs(), ident="4857203901")
    pp = b.cond(sct("30473006", "Pain in pelvis", "Chronic pelvic pain"), "2026-04-01", cat="encounter-diagnosis",
                note="Cyclical worsening, deep dyspareunia.")
    b.medstmt(dmd("Naproxen 500mg tablets"), "2026-05-12", "500 mg twice daily with food when required", reason=pp)
    b.medstmt(dmd("Rigevidon tablets (levonorgestrel 150 microgram / ethinylestradiol 30 microgram)"), "2026-07-07",
              "One tablet daily, tricycling", reason=pp)
    visits = [("2026-05-12", 7), ("2026-07-07", 7), ("2026-09-15", 8), ("2026-11-10", 7)]
    encs = []
    for d, p in visits:
        e = clinic(b, d, [sct("30473006", "Pain in pelvis")])
        encs.append(e)
        b.score(PAIN, d, p, enc=e)
        b.symptom(sct("30473006", "Pain in pelvis"), d, enc=e)
    b.panel("2026-05-12", [("hb", 131), ("wbc", 6.8), ("crp", 2), ("ca125", 14)], "Bloods", enc=encs[0])
    b.obs(txt("Chlamydia trachomatis and Neisseria gonorrhoeae NAAT (vulvovaginal swab)"), "2026-05-12",
          cc(SCT, "260385009", "Negative"), interp="NEG", enc=encs[0])
    b.obs(txt("Urine culture"), "2026-05-12", "No significant growth.", interp="N", enc=encs[0])
    scan(b, "2026-05-20", "Transvaginal ultrasound pelvis",
         "Anteverted uterus, normal size. Endometrium 7 mm. Both ovaries normal with follicles. No endometrioma, no "
         "free fluid, sliding sign positive.", "Normal pelvic ultrasound.", ccode=sct("17621005", "Normal"))
    scan(b, "2026-09-02", "MRI pelvis", "Normal uterus and ovaries. No deep endometriosis or adenomyosis.",
         "Normal MRI pelvis.", ccode=sct("17621005", "Normal"))
    b.lab("ca125", "2026-09-15", 12, enc=encs[2])
    b.note("2026-07-07", "Gynaecology clinic letter",
           "Dear Dr Patel, I reviewed Miss Bennett with pelvic pain since April. Examination unremarkable. "
           "Ultrasound, bloods and swabs are normal. Trial of tricycled combined pill. Review in 2 months.",
           typ=GYN_NOTE, enc=encs[1])
    b.note("2026-11-10", "Gynaecology clinic letter",
           "Dear Dr Patel, Miss Bennett continues to report pelvic pain (7/10) and deep dyspareunia despite naproxen "
           "and the tricycled pill. Ultrasound, MRI, CA-125, FBC, CRP and STI screen are all normal. I reassured her "
           "that no gynaecological cause has been found. I have not offered diagnostic laparoscopy. Discharged to "
           "your care; she may benefit from pain-management services.", typ=GYN_NOTE, enc=encs[3])


# ------------------------------------------------------------------------------------------------
@case("wh-endometriosis-replaces-label", "WH", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "A non-specific 'pelvic and perineal pain' code (R10.2) was used for seven weeks only; laparoscopy in March 2026 "
      "found and excised endometriosis, which explains the pain, and pain has since improved on dienogest (8 -> 3).",
      "pelvic pain label replaced by laparoscopically confirmed endometriosis, now improving")
def wh_endo(b):
    b.setup("Rahman", "Aisha", "female", "1994-07-03", wh_pracs(), ident="4857203928")
    lbl = b.cond(icd("R10.2", "Pelvic and perineal pain"), "2026-01-20", cat="encounter-diagnosis",
                 status="resolved", abate="2026-03-10")
    e1 = clinic(b, "2026-01-20", [icd("R10.2", "Pelvic and perineal pain")])
    b.score(PAIN, "2026-01-20", 8, enc=e1)
    b.panel("2026-01-20", [("hb", 124), ("crp", 3), ("ca125", 48)], "Bloods", enc=e1)
    scan(b, "2026-01-28", "Transvaginal ultrasound pelvis",
         "Normal uterus. Left ovary fixed, tender; negative sliding sign posteriorly.",
         "Features suggestive of posterior compartment endometriosis.")
    sr = b.sr(txt("Diagnostic laparoscopy +/- excision of endometriosis"), "2026-01-28", status="completed",
              reason=lbl, occ="2026-03-10")
    b.proc(txt("Laparoscopic excision of endometriosis"), "2026-03-10", reason=lbl, based=sr, pr=0,
                 note="Superficial peritoneal endometriosis left uterosacral ligament and pouch of Douglas, excised. "
                      "rASRM stage II.")
    hist = b.obs(txt("Peritoneal biopsies, histology"), "2026-03-10",
                 "Endometrial glands and stroma within peritoneal tissue - endometriosis.", pr=0)
    b.report(cc(LOINC, "60567-5", "Comprehensive pathology report panel"), "2026-03-10", [hist],
             "Endometriosis confirmed.", cat="SP", pr=0)
    endo = b.cond(icd("N80.3", "Endometriosis of pelvic peritoneum"), "2026-03-10",
                  note="Excised at laparoscopy 10/03/2026, rASRM stage II.")
    b.cond(sct("129103003", "Endometriosis"), "2026-03-10", cat="encounter-diagnosis")
    b.medstmt(dmd("Dienogest 2mg tablets"), "2026-03-24", "2 mg once daily", reason=endo)
    for d, p in [("2026-06-09", 4), ("2026-10-13", 3)]:
        e = clinic(b, d, [icd("N80.3", "Endometriosis of pelvic peritoneum")])
        b.score(PAIN, d, p, enc=e)
    b.note("2026-10-13", "Endometriosis clinic letter",
           "Dear Dr Hughes, Miss Rahman is much improved after laparoscopic excision of stage II endometriosis in "
           "March and dienogest. Pain 3/10, dyspareunia resolved, working full time. Continue dienogest; review in 12 "
           "months or sooner if needed.", typ=GYN_NOTE)


# ------------------------------------------------------------------------------------------------
@case("wh-open-myomectomy", "WH", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Open abdominal myomectomy for a multifibroid uterus (largest 11 cm) is listed and booked for 21 Jan 2027 "
      "(Procedure in preparation, pre-operative assessment done); not yet performed.",
      "open abdominal myomectomy booked for January 2027")
def wh_myomectomy(b):
    b.setup("Adeyemi", "Grace", "female", "1987-10-22", wh_pracs(), ident="4857203936")
    fib = b.cond(icd("D25.1", "Intramural leiomyoma of uterus"), "2025-11-04",
                 note="Multiple fibroids; largest 11 cm fundal intramural, 16-week size uterus.")
    b.cond(sct("95315005", "Uterine leiomyoma"), "2025-11-04", cat="encounter-diagnosis")
    ida = b.cond(icd("D50.0", "Iron deficiency anaemia secondary to blood loss (chronic)"), "2026-02-10",
                 note="Due to heavy menstrual bleeding.")
    b.cond(icd("N92.0", "Excessive and frequent menstruation with regular cycle"), "2025-09-01")
    b.medstmt(dmd("Ferrous fumarate 322mg tablets"), "2026-02-10", "One tablet twice daily", reason=ida)
    b.medstmt(dmd("Tranexamic acid 500mg tablets"), "2025-11-04", "1 g three times daily during menses", reason=fib)
    b.medstmt(dmd("Leuprorelin acetate 3.75mg injection (Prostap SR DCS)"), "2026-10-14",
              "3.75 mg subcutaneously every 4 weeks for 3 months pre-operatively", reason=fib)
    scan(b, "2025-11-04", "Ultrasound pelvis (transabdominal and transvaginal)",
         "Bulky multifibroid uterus: fundal intramural fibroid 11.2 cm, two posterior intramural fibroids 4.5 and 3.8 "
         "cm. Ovaries normal.", "Multiple uterine fibroids.")
    b.panel("2026-02-10", [("hb", 98), ("mcv", 74), ("ferr", 6)], "Bloods")
    e1 = clinic(b, "2026-09-22", [icd("D25.1", "Intramural leiomyoma of uterus")])
    b.panel("2026-09-22", [("hb", 118), ("ferr", 34)], "Bloods", enc=e1)
    scan(b, "2026-09-08", "MRI pelvis", "Fundal intramural fibroid 11.5 cm, posterior fibroids 4.7 and 4.0 cm. "
                                        "No features of sarcoma. Endometrial cavity distorted.",
         "Multifibroid uterus, suitable for myomectomy.")
    b.note("2026-09-22", "Gynaecology clinic letter",
           "Dear Dr Shah, Ms Adeyemi (38) has a multifibroid uterus with heavy bleeding and pressure symptoms. She "
           "wishes to preserve fertility. We agreed on open abdominal myomectomy (laparotomy) with cell salvage; "
           "risks discussed including haemorrhage, transfusion, conversion to hysterectomy (<1%), adhesions and "
           "caesarean advice for future pregnancy. Three months of Prostap beforehand. Listed for surgery.",
           typ=GYN_NOTE, enc=e1)
    sr = b.sr(txt("Open abdominal myomectomy"), "2026-09-22", occ="2027-01-21", reason=fib, priority="routine",
              note="Laparotomy, cell salvage, group and save x2. Expected stay 3 nights.")
    b.proc(txt("Open abdominal myomectomy"), None, status="preparation", reason=fib, based=sr, pr=0)
    e2 = clinic(b, "2026-11-25", [icd("D25.1", "Intramural leiomyoma of uterus")], pr=2,
                typ="Pre-operative assessment clinic")
    b.vitals("2026-11-25", 122, 78, hr=72, wt=78.0, enc=e2, bmi=28.3)
    b.panel("2026-11-25", [("hb", 124), ("plt", 288), ("crea", 64), ("na", 139), ("k", 4.1)],
            "Pre-operative bloods", enc=e2)
    b.note("2026-11-25", "Pre-operative assessment",
           "Fit for surgery, ASA 1. Booked for open myomectomy 21/01/2027. Group and "
           "save on admission. VTE prophylaxis plan: enoxaparin 40 mg for 7 days post-op.", typ=GYN_NOTE, enc=e2, pr=2)
    b.appt("2027-01-21T08:00:00", 180, "Open abdominal myomectomy - main theatres", based=sr, reason=fib, pr=0)


# ------------------------------------------------------------------------------------------------
@case("wh-csection-done", "WH", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "Elective caesarean section for breech was booked but has already been performed (28 Sep 2026, order "
      "completed); the only pending request is a minor postnatal IUS insertion.",
      "planned caesarean for breech already carried out; only a coil fitting pending")
def wh_csection(b):
    b.setup("Clarke", "Sophie", "female", "1992-12-09",
            wh_pracs(("Fairbairn", "Robert", "Mr", "Consultant Obstetrician"),
                     ("Pryce", "Daniel", None, "Sonographer")), ident="4857203944")
    b.cond(sct("77386006", "Pregnancy"), "2026-01-12", status="resolved", abate="2026-09-28")
    br = b.cond(icd("O32.1", "Maternal care for breech presentation"), "2026-08-31", status="resolved",
                abate="2026-09-28", cat="encounter-diagnosis")
    scan(b, "2026-03-16", "Ultrasound obstetric anomaly scan (20 weeks)",
         "Singleton, structurally normal fetus. Placenta anterior, high.", "Normal anomaly scan.")
    scan(b, "2026-08-31", "Ultrasound obstetric presentation scan (36 weeks)",
         "Frank breech, EFW 2.9 kg (50th centile), liquor normal.", "Breech presentation.")
    b.proc(txt("External cephalic version"), "2026-09-07", reason=br, outcome="Unsuccessful", pr=0)
    sr = b.sr(sct("11466000", "Cesarean section", "Elective lower segment caesarean section"), "2026-09-07",
              status="completed", occ="2026-09-28", reason=br)
    e1 = b.enc("2026-09-28", "IMP", "Maternity inpatient stay", end="2026-09-30", pr=0, priority="EL",
               reason=[icd("O32.1", "Maternal care for breech presentation")])
    b.proc(sct("11466000", "Cesarean section", "Elective lower segment caesarean section"), "2026-09-28",
           reason=br, based=sr, pr=0, outcome="Live male infant 3.05 kg, Apgars 9/10. EBL 450 mL.")
    b.lab("hb", "2026-09-29", 112, enc=e1)
    b.note("2026-09-30", "Discharge summary - maternity",
           "Elective LSCS at 39+0 for persistent breech after failed ECV. Uncomplicated. Baby well, breastfeeding. "
           "Enoxaparin 10 days. Discharged day 2.", typ=cc(LOINC, "18842-5", "Discharge summary"), enc=e1)
    b.medstmt(dmd("Enoxaparin 40mg/0.4ml solution for injection pre-filled syringes"), "2026-09-28",
              "40 mg subcutaneously once daily for 10 days", status="completed", end="2026-10-08")
    e2 = clinic(b, "2026-11-10", [sct("133906008", "Postpartum care")], typ="Postnatal clinic")
    b.vitals("2026-11-10", 116, 72, hr=70, wt=66.0, enc=e2)
    b.obs(local(b, "EPDS", "Edinburgh Postnatal Depression Scale total score (0-30)", "score"), "2026-11-10", 4,
          cat="survey", enc=e2)
    b.note("2026-11-10", "Postnatal review",
           "Six weeks post elective caesarean. Wound healed, lochia settled, mood good (EPDS 4). Requests "
           "levonorgestrel IUS - booked in contraception clinic.", typ=GYN_NOTE, enc=e2)
    b.sr(txt("Insertion of levonorgestrel intrauterine system (Mirena)"), "2026-11-10", occ="2026-12-15",
         reason_code=icd("Z30.1", "Insertion of (intrauterine) contraceptive device"))


# ------------------------------------------------------------------------------------------------
@case("wh-ovarian-2nd-opinion", "WH", "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "Platinum-resistant recurrent ovarian cancer with an MDT 'no further anticancer treatment' decision and "
      "palliative care - but a tertiary-centre second opinion (Aug 2026, within 12 months) reviewed the same problem "
      "and agreed, so the flag is suppressed.",
      "recurrent ovarian cancer, best supportive care; second opinion already obtained in August 2026")
def wh_ovarian(b):
    b.setup("Ellis", "Margaret", "female", "1958-05-17",
            wh_pracs(("Varma", "Anita", "Dr", "Consultant Gynaecological Oncologist"),
                     ("Holt", "Simon", "Dr", "Consultant Radiologist")), ident="4857203952",
            extra_orgs=[("tert", "St Aldhelm's Cancer Centre (tertiary gynae-oncology)", "prov"),
                        ("hospice", "Northbridge Hospice", "prov")])
    ca = b.cond(icd("C56", "Malignant neoplasm of ovary"), "2024-02-20",
                note="High-grade serous carcinoma, FIGO IIIC. BRCA wild-type, HRD negative.")
    b.cond(sct("363443007", "Malignant tumor of ovary"), "2024-02-20", cat="encounter-diagnosis")
    b.cond(icd("I10", "Essential (primary) hypertension"), "2012-01-01")
    b.proc(txt("Interval debulking surgery: total abdominal hysterectomy, bilateral salpingo-oophorectomy, "
               "omentectomy"), "2024-06-11", reason=ca, pr=0)
    b.medstmt(dmd("Carboplatin + paclitaxel (6 cycles)"), "2024-03-05", "Three-weekly", status="completed",
              end="2024-09-10", reason=ca)
    b.medstmt(dmd("Carboplatin + pegylated liposomal doxorubicin (6 cycles)"), "2025-05-06", "Four-weekly",
              status="completed", end="2025-09-23", reason=ca)
    b.panel("2026-06-16", [("ca125", 1480), ("hb", 104), ("alb", 31)], "Bloods")
    scan(b, "2026-06-23", "CT chest, abdomen and pelvis",
         "Progressive peritoneal disease, new omental cake remnant, moderate ascites, serosal small-bowel deposits.",
         "Platinum-resistant progression.", pr=1)
    b.impression("2026-07-09", "Gynae-oncology MDT",
                 "Platinum-resistant progression 9 months after second-line therapy; PS 2; serosal bowel disease. No "
                 "further anticancer treatment options are recommended. Best supportive care, palliative care "
                 "referral.", problems=[ca], pr=0)
    b.note("2026-07-14", "Oncology clinic letter",
           "Dear Dr Marsh, I met Mrs Ellis and her husband to explain the MDT outcome: no further anticancer "
           "treatment is recommended. She asked for a second opinion at St Aldhelm's, which I have arranged, and for "
           "referral to the hospice team.", typ=CLINIC_LETTER, pr=0)
    ref = b.sr(txt("Referral for second opinion - gynaecological oncology"), "2026-07-14", status="completed",
               reason=ca, reason_code=cc("http://terminology.hl7.org/CodeSystem/v2-0336", "S", "Second Opinion"),
               performer=b.orgs["tert"])
    e2 = b.enc("2026-08-20", "AMB", "Second opinion consultation - gynaecological oncology", org=b.orgs["tert"],
               reason=[cc("http://terminology.hl7.org/CodeSystem/v2-0336", "S", "Second Opinion")])
    b.entries[-1]["resource"]["basedOn"] = [{"reference": ref}]
    b.note("2026-08-20", "Second opinion letter - St Aldhelm's Cancer Centre",
           "Thank you for referring Mrs Ellis for a second opinion. I have reviewed her imaging, histology and "
           "treatment history. I agree with your MDT that further chemotherapy would be unlikely to benefit her and "
           "she is not eligible for any of our current early-phase studies (PS 2, serosal bowel disease). I support "
           "a palliative approach. Mrs Ellis found this helpful and is at peace with the plan.",
           typ=CLINIC_LETTER, enc=e2)
    b.sr(sct("306237005", "Referral to palliative care service"), "2026-07-14", status="completed", reason=ca,
         performer=b.orgs["hospice"])
    b.careplan("Palliative care plan", sct("103735009", "Palliative care"), "2026-08-27", addresses=[ca],
               desc="Symptom control at home with hospice community team; indwelling peritoneal catheter for ascites.",
               acts=[("Weekly hospice community nurse visits", "in-progress"),
                     ("Ascites drainage via indwelling catheter twice weekly", "in-progress")])
    b.medstmt(dmd("Morphine sulfate 10mg/5ml oral solution"), "2026-09-01", "2.5-5 mg every 4 hours when required",
              reason=ca)


# ------------------------------------------------------------------------------------------------
@case("wh-cervix-chemoradiation", "WH", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "FIGO IIB squamous cervical cancer: radical chemoradiotherapy (45 Gy pelvic EBRT with weekly cisplatin, then "
      "brachytherapy) starts 7 Dec 2026 - infertility, premature menopause and bowel/bladder toxicity expected.",
      "radical chemoradiotherapy for cervical cancer starting December 2026")
def wh_cervix(b):
    b.setup("Hughes", "Natalie", "female", "1985-03-29",
            wh_pracs(("Varma", "Anita", "Dr", "Consultant Gynaecological Oncologist"),
                     ("Holt", "Simon", "Dr", "Consultant Radiologist")), ident="4857203960",
            extra_orgs=[("onc", "Northbridge Cancer Centre - Clinical Oncology", "prov")])
    b.cond(sct("195967001", "Asthma"), "2001-01-01")
    e1 = clinic(b, "2026-09-29", [txt("Post-coital bleeding")], pr=0, typ="Colposcopy clinic")
    b.symptom(txt("Post-coital bleeding"), "2026-09-29", enc=e1)
    bx = b.obs(txt("Cervical punch biopsy, histology"), "2026-09-29",
               "Invasive moderately differentiated squamous cell carcinoma, HPV-associated.", enc=e1, pr=0)
    b.report(cc(LOINC, "60567-5", "Comprehensive pathology report panel"), "2026-10-06", [bx],
             "Invasive squamous cell carcinoma of cervix.", cat="SP", pr=0)
    ca = b.cond(icd("C53.0", "Malignant neoplasm of endocervix"), "2026-10-06",
                note="Squamous cell carcinoma, FIGO 2018 stage IIB (parametrial involvement), node negative on PET.")
    b.cond(sct("363354003", "Malignant tumor of cervix"), "2026-10-06", cat="encounter-diagnosis")
    scan(b, "2026-10-13", "MRI pelvis", "4.6 cm cervical tumour with left parametrial invasion; no hydronephrosis; "
                                        "no pelvic lymphadenopathy.", "FIGO IIB cervical carcinoma.", pr=1)
    scan(b, "2026-10-20", "PET-CT", "FDG-avid cervical primary; no nodal or distant disease.",
         "No metastatic disease.", pr=1)
    b.panel("2026-10-20", [("hb", 121), ("crea", 61), ("egfr", 104), ("alt", 18)], "Bloods")
    b.impression("2026-10-29", "Gynae-oncology MDT", "FIGO IIB SCC cervix. Not suitable for radical surgery. "
                 "Recommend radical chemoradiotherapy.", problems=[ca], pr=0)
    b.note("2026-11-05", "Clinical oncology consultation",
           "Discussed radical chemoradiotherapy: pelvic external beam radiotherapy 45 Gy in 25 fractions with weekly "
           "cisplatin 40 mg/m2 x5, followed by image-guided brachytherapy. Explained permanent infertility and "
           "immediate menopause, risk of vaginal stenosis, late bowel and bladder effects. Fertility preservation "
           "discussed; she has two children and declines oocyte retrieval. Consent signed. Start 07/12/2026.",
           typ=CLINIC_LETTER, pr=0)
    cp = b.careplan("Radical chemoradiotherapy - cervix", sct("108290001", "Radiation oncology AND/OR radiotherapy"),
                    "2026-12-07", addresses=[ca],
                    desc="Pelvic EBRT 45 Gy/25# (IMRT) with concurrent weekly cisplatin 40 mg/m2, then HDR "
                         "brachytherapy.",
                    acts=[("Pelvic IMRT 45 Gy in 25 fractions", "scheduled"),
                          ("Weekly cisplatin 40 mg/m2 x 5", "scheduled")], pr=0, created="2026-11-05")
    b.sr(sct("108290001", "Radiation oncology AND/OR radiotherapy", "Pelvic external beam radiotherapy 45 Gy/25#"),
         "2026-11-05", occ="2026-12-07", reason=ca, performer=b.orgs["onc"])
    b.medreq(dmd("Cisplatin 1mg/ml concentrate for solution for infusion"), "2026-11-05",
             "40 mg/m2 IV weekly x5 during radiotherapy", intent="plan", reason=ca)
    b.appt("2026-12-07T09:00:00", 30, "Radiotherapy fraction 1 of 25 (pelvis)", reason=ca)
    _ = cp


# ------------------------------------------------------------------------------------------------
@case("wh-recurrent-miscarriage-message", "WH", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "After three miscarriages and a normal work-up she was told it was 'bad luck'; she sent a message (patient-"
      "authored Communication) saying she felt brushed off and asking for a second opinion at a specialist centre.",
      "recurrent miscarriage; patient message asks for a second opinion")
def wh_rmc(b):
    b.setup("Morris", "Hannah", "female", "1991-08-30", wh_pracs(), ident="4857203979")
    rm = b.cond(icd("N96", "Habitual aborter"), "2026-04-14", note="Three consecutive first-trimester losses.")
    for d in ("2024-11-18", "2025-07-07", "2026-03-23"):
        b.cond(icd("O03.9", "Spontaneous abortion, complete or unspecified, without complication"), d,
               status="resolved", abate=d, cat="encounter-diagnosis")
    e1 = clinic(b, "2026-04-14", [icd("N96", "Habitual aborter")], typ="Recurrent miscarriage clinic")
    b.panel("2026-04-14", [("acl", 6), ("b2gp", 4), ("tsh", 1.9), ("a1c", 34)], "Recurrent miscarriage bloods",
            enc=e1)
    b.obs(txt("Lupus anticoagulant (dRVVT)"), "2026-04-14", cc(SCT, "260385009", "Negative"), interp="NEG", enc=e1)
    b.obs(txt("Lupus anticoagulant (dRVVT), repeat at 12 weeks"), "2026-07-07", cc(SCT, "260385009", "Negative"),
          interp="NEG")
    b.obs(txt("Products of conception karyotype (array CGH), March 2026"), "2026-04-02", "46,XX - normal female.",
          interp="N")
    scan(b, "2026-05-05", "3D transvaginal ultrasound pelvis", "Normal uterine cavity, no septum, no fibroids.",
         "Normal uterus.")
    e2 = clinic(b, "2026-06-09", [icd("N96", "Habitual aborter")], typ="Recurrent miscarriage clinic")
    b.note("2026-06-09", "Recurrent miscarriage clinic letter",
           "Dear Dr Patel, all investigations are normal (antiphospholipid screen, thyroid, HbA1c, 3D scan, "
           "pregnancy tissue karyotype). Unexplained recurrent miscarriage; I reassured Ms Morris that the chance of "
           "a successful next pregnancy is good and that this is most likely bad luck. Early scan support offered. "
           "Discharged.", typ=GYN_NOTE, enc=e2)
    b.comm("2026-06-20", "I left the clinic feeling brushed off. I've lost three babies and was told it's just bad "
                         "luck and to keep trying. Nobody talked about progesterone or any other investigations. I "
                         "would like a second opinion at a specialist recurrent miscarriage centre please - can you "
                         "refer me?", recipient=b.pr[2], topic="Request for second opinion", about=[rm])
    b.comm("2026-06-24", "Thank you for your message. Miss Okoro has reviewed your notes and remains happy with the "
                         "plan. We will offer early scan support in your next pregnancy.", from_patient=False,
           recipient=b.pr[2], topic="Reply")
    b.medstmt(dmd("Folic acid 400microgram tablets"), "2024-06-01", "400 micrograms once daily")
    b.vitals("2026-06-09", 114, 70, wt=62.0, enc=e2, bmi=22.8)


# ------------------------------------------------------------------------------------------------
@case("wh-antenatal-qr-no", "WH", "PATIENT_REPORTED_CONCERN", "near-miss", [],
      "Antenatal experience questionnaire in which she says she feels listened to and answers 'No' to wanting a "
      "second opinion; diet-controlled gestational diabetes is going well.",
      "pregnant with diet-controlled GDM; questionnaire says 'No' to a second opinion")
def wh_antenatal(b):
    b.setup("Turner", "Olivia", "female", "1996-01-15",
            wh_pracs(("Fairbairn", "Robert", "Mr", "Consultant Obstetrician"),
                     ("Pryce", "Daniel", None, "Sonographer")), ident="4857203987")
    preg = b.cond(sct("77386006", "Pregnancy"), "2026-05-06", note="EDD 10/02/2027 by dating scan.")
    gdm = b.cond(icd("O24.4", "Diabetes mellitus arising in pregnancy"), "2026-09-15",
                 note="Diet-controlled.")
    b.cond(sct("11687002", "Gestational diabetes mellitus"), "2026-09-15", cat="encounter-diagnosis")
    scan(b, "2026-07-29", "Ultrasound obstetric anomaly scan (20 weeks)", "Singleton, normal anatomy, placenta "
                                                                          "posterior.", "Normal anomaly scan.")
    b.obs(txt("Oral glucose tolerance, 75 g: fasting and 2-hour plasma glucose"), "2026-09-15",
          comps=[{"code": txt("Fasting plasma glucose"), "valueQuantity": qty(5.8, "mmol/L")},
                 {"code": txt("2-hour plasma glucose"), "valueQuantity": qty(8.1, "mmol/L")}], interp="A")
    for d, fpg in [("2026-10-13", 5.1), ("2026-11-10", 4.9)]:
        e = clinic(b, d, [icd("O24.4", "Diabetes mellitus arising in pregnancy")],
                   typ="Antenatal diabetes clinic")
        b.vitals(d, 112, 70, enc=e)
        b.obs(txt("Capillary glucose, fasting (home monitoring mean)"), d, qty(fpg, "mmol/L"), interp="N", enc=e)
    scan(b, "2026-11-10", "Ultrasound obstetric growth scan (34 weeks)",
         "EFW 2.3 kg (55th centile), AC 60th centile, liquor normal, umbilical artery Doppler normal.",
         "Normal growth.")
    b.note("2026-11-10", "Antenatal diabetes clinic",
           "GDM well controlled on diet alone; growth on 55th centile. Plan: growth scan at 36 weeks, offer birth "
           "from 40+6. Mother happy with care.", typ=GYN_NOTE)
    b.qr("2026-11-17", "https://fhir.northbridge-womenshealth.org.uk/R4/Questionnaire/maternity-experience",
         [("1", "Do you feel your concerns are listened to by the maternity team?",
           coding("http://terminology.hl7.org/CodeSystem/v2-0136", "Y", "Yes")),
          ("2", "Would you like a second opinion from another consultant about your care?", False),
          ("3", "Is there anything you would like to tell us?",
           "The diabetes midwives have been brilliant. No concerns.")])
    _ = (preg, gdm)


# ------------------------------------------------------------------------------------------------
@case("wh-pnd-sertraline-stopped", "WH", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "Postnatal depression: EPDS improved 14 -> 11 on sertraline, then worsened to 15 and 19 only after she stopped "
      "sertraline herself in August 2026 - the treatment was not running during the deterioration.",
      "postnatal depression worsening after she stopped her antidepressant")
def wh_pnd(b):
    b.setup("Ward", "Jessica", "female", "1995-04-25",
            wh_pracs(("Fairbairn", "Robert", "Mr", "Consultant Obstetrician"),
                     ("Quinn", "Lorna", None, "Specialist Perinatal Mental Health Midwife")), ident="4857203995",
            extra_orgs=[("pmh", "Northbridge Community Perinatal Mental Health Team", "prov")])
    b.cond(sct("77386006", "Pregnancy"), "2025-08-10", status="resolved", abate="2026-05-02")
    b.proc(txt("Spontaneous vaginal delivery"), "2026-05-02", pr=0, outcome="Live female infant 3.4 kg")
    pnd = b.cond(icd("F53.0", "Mild mental and behavioural disorders associated with the puerperium, not elsewhere "
                              "classified"), "2026-06-10", note="Postnatal depression.")
    b.cond(sct("58703003", "Postpartum depression"), "2026-06-10", cat="encounter-diagnosis")
    epds = local(b, "EPDS", "Edinburgh Postnatal Depression Scale total score (0-30)", "score")
    b.medstmt(dmd("Sertraline 50mg tablets"), "2026-06-10", "50 mg once daily", status="stopped", end="2026-08-05",
              reason=pnd, status_reason="Stopped by patient - worried about breastfeeding", asserted="2026-09-16")
    for d, v, pr in [("2026-06-10", 14, 1), ("2026-07-22", 11, 1), ("2026-09-16", 15, 1), ("2026-11-04", 19, 1)]:
        e = clinic(b, d, [sct("58703003", "Postpartum depression")], pr=pr, typ="Perinatal mental health review")
        b.score(epds, d, v, enc=e)
    b.note("2026-07-22", "Perinatal mental health midwife review",
           "Six weeks on sertraline 50 mg. Mood lifting, sleeping when baby sleeps, EPDS 11. Continue; review in 8 "
           "weeks.", typ=GYN_NOTE, pr=1)
    b.note("2026-09-16", "Perinatal mental health midwife review",
           "Jessica stopped sertraline in early August because she read it passes into breast milk. Mood lower "
           "again (EPDS 15), tearful, no thoughts of self-harm. Explained sertraline is compatible with "
           "breastfeeding. She wants to think about restarting.", typ=GYN_NOTE, pr=1)
    b.note("2026-11-04", "Perinatal mental health midwife review",
           "Not taking any antidepressant since August. EPDS 19, item 10 scored 0. Agreed referral to the community "
           "perinatal mental health team and to restart sertraline 50 mg; GP informed.", typ=GYN_NOTE, pr=1)
    b.sr(txt("Referral to community perinatal mental health team"), "2026-11-04", reason=pnd, pr=1,
         performer=b.orgs["pmh"], priority="urgent")
    b.medreq(dmd("Sertraline 50mg tablets"), "2026-11-04", "50 mg once daily", reason=pnd, pr=0)
    b.lab("tsh", "2026-09-16", 2.2)
    b.lab("hb", "2026-09-16", 126)


# ------------------------------------------------------------------------------------------------
@case("wh-history-mostly-resolved", "WH", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "A long problem list (gestational diabetes, severe pre-eclampsia, postpartum haemorrhage, anaemia) but those "
      "pregnancy problems are resolved; only three chronic conditions remain active (hypothyroidism, asthma, migraine) "
      "and none is rare.",
      "long problem list of resolved pregnancy complications, three active common conditions")
def wh_history(b):
    b.setup("Shaw", "Rebecca", "female", "1985-09-12", wh_pracs(("Kaur", "Jasleen", "Dr",
                                                                   "Consultant in Sexual and Reproductive Health")),
            ident="4857204002")
    hypo = b.cond(sct("40930008", "Hypothyroidism"), "2014-03-01")
    b.cond(sct("195967001", "Asthma"), "1995-01-01")
    b.cond(sct("37796009", "Migraine"), "2008-01-01", note="Migraine without aura.")
    for code, d, abate in [(icd("O24.4", "Diabetes mellitus arising in pregnancy"), "2022-03-10", "2022-07-20"),
                           (icd("O14.1", "Severe pre-eclampsia"), "2022-07-14", "2022-08-30"),
                           (icd("O72.1", "Other immediate postpartum haemorrhage"), "2022-07-20", "2022-07-21"),
                           (icd("D50.0", "Iron deficiency anaemia secondary to blood loss (chronic)"), "2022-07-21",
                            "2022-11-01")]:
        b.cond(code, d, status="resolved", abate=abate, cat="encounter-diagnosis")
    b.cond(sct("398254007", "Pre-eclampsia"), "2022-07-14", status="resolved", abate="2022-08-30",
           cat="encounter-diagnosis")
    b.medstmt(dmd("Levothyroxine sodium 75microgram tablets"), "2014-03-10", "75 micrograms once daily", reason=hypo)
    b.medstmt(dmd("Clenil Modulite 100micrograms/dose inhaler"), "2010-01-01", "Two puffs twice daily")
    b.medstmt(dmd("Sumatriptan 50mg tablets"), "2012-01-01", "50 mg at onset of migraine, max 2 doses/24h")
    b.medstmt(dmd("Metformin 500mg tablets"), "2022-04-01", "500 mg twice daily", status="completed",
              end="2022-07-20")
    b.panel("2026-09-28", [("tsh", 2.6), ("hb", 134), ("a1c", 37)], "Annual bloods")
    e1 = clinic(b, "2026-10-14", [icd("Z30.1", "Insertion of (intrauterine) contraceptive device")],
                typ="Contraception and sexual health clinic")
    b.vitals("2026-10-14", 124, 78, hr=72, wt=70.0, enc=e1, bmi=25.1)
    b.proc(txt("Insertion of levonorgestrel intrauterine system (Mirena)"), "2026-10-14", pr=0,
           note="Uncomplicated. Threads visible. Oestrogen-containing methods avoided (migraine, pre-eclampsia "
                "history).")
    b.note("2026-10-14", "Contraception clinic letter",
           "Dear Dr Hughes, Mrs Shaw (41) attended for LNG-IUS. Past obstetric history of GDM, severe pre-eclampsia "
           "and PPH in 2022, all resolved; she has annual HbA1c (37, normal) and BP checks. Active problems: "
           "hypothyroidism (stable, TSH 2.6), asthma (well controlled) and migraine without aura. Mirena fitted "
           "without complication.", typ=GYN_NOTE, enc=e1)
    b.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-14")
