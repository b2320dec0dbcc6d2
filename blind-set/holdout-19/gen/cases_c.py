from lib import *
from cases_a import med


def wh_base(c, pt, prov=("Monique", "Delacroix", "MD", "Obstetrics & gynecology"), cov=("Blue Cross Blue Shield of Georgia PPO", "PPO")):
    c.patient(*pt)
    doc = c.pract(*prov)
    c.coverage(*cov)
    return doc


def loc(c, code, disp):
    return cc((c.o["local"], code, disp), text=disp)


# PSNW positive: iron-deficiency anaemia in a postmenopausal woman, no work-up > 60 days
def psnw_pos_c(c):
    doc = wh_base(c, ("Patricia Lynn", "Odum", "female", "1968-02-22", "MWH-2207731"), prov=("Carla", "Brennan", "CNM", "Well-woman / menopause care"), cov=("Aetna Open Access", "PPO"))
    c.cond(cc((ICD, "N95.1", "Menopausal and female climacteric states"), text="Menopause (LMP 2019)"), "2019-06-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), "2014-01-01")
    c.cond(cc((ICD, "N39.0", "Urinary tract infection, site not specified")), "2025-08-01", clinical="resolved", abate="2025-08-12", cat="encounter-diagnosis")
    e1 = c.enc("2026-08-18", "Annual well-woman visit", pract=doc)
    c.vitals("2026-08-18", 118, 72, 88, 70, enc=e1)
    labs = [c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-18", 9.6, "g/dL", 12.0, 15.5, enc=e1),
            c.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-08-18", 72, "fL", 80, 100, enc=e1),
            c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-08-18", 5, "ng/mL", 15, 150, enc=e1),
            c.lab("2498-4", "Iron [Mass/volume] in Serum or Plasma", "2026-08-18", 22, "ug/dL", 50, 170, enc=e1),
            c.lab("3016-3", "TSH", "2026-08-18", 2.0, "m[IU]/L", 0.4, 4.0, enc=e1)]
    c.dr(cc((LNC, "58410-2", "CBC panel - Blood by Automated count"), text="CBC, iron studies"), "2026-08-18", "Microcytic anemia with low ferritin, consistent with iron deficiency.", results=labs, cat="LAB")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2024-08-12", 13.6, "g/dL", 12.0, 15.5)
    c.medreq(med("310325", "ferrous sulfate 325 MG Oral Tablet"), "2026-08-20", dosage="1 tab every other day", requester=doc)
    c.medreq(med("966222", "levothyroxine 0.075 MG Oral Tablet"), "2014-01-01", dosage="daily")
    c.obs(cc((LNC, "8665-2", "Last menstrual period start date")), "2026-08-18", vstring="2019", cat="exam")
    c.comm("2026-08-20", "Your labs show low iron. Please start the iron tablet sent to your pharmacy. We will recheck at next year's annual.", sender=ref(doc), topic="Lab result message")
    c.note("2026-08-18", "Annual well-woman", "58F, menopausal since 2019, no postmenopausal bleeding. Fatigue, some exertional dyspnea. Diet includes red meat. Last colonoscopy: never (declined 2018). "
           "Plan: labs. Pap/HPV co-testing up to date.", author=doc)
    c.note("2026-11-24", "Telephone encounter", "Patient called: still tired, short of breath on stairs. Taking iron, constipated. Advised to continue iron, follow up at annual visit.", author=doc, typ=("34746-8", "Nurse note"))
    return "New iron-deficiency anaemia (Hb 9.6, ferritin 5) in a 58-year-old postmenopausal woman on 2026-08-18; only oral iron was given, no colonoscopy/GI or other source work-up in the 105 days since (red-flag finding without follow-up >60 days)."


# PSNW near miss: positive FIT followed up by colonoscopy in 5 weeks
def psnw_nm_c(c):
    doc = wh_base(c, ("Sharon Denise", "Whitlock", "female", "1967-06-04", "BWG-0088312"), prov=("Ingrid", "Halvorsen", "MD", "Gynecology - well woman"), cov=("Florida Blue HMO", "HMO"))
    gi = c.pract("Rafael", "Montoya", "MD", "Gastroenterology")
    c.cond(cc((ICD, "N95.1", "Menopausal and female climacteric states")), "2018-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2016-01-01")
    pol = c.cond(cc((ICD, "D12.5", "Benign neoplasm of sigmoid colon"), text="Tubular adenoma sigmoid colon, removed"), "2026-08-21", clinical="resolved", abate="2026-08-21")
    e1 = c.enc("2026-07-14", "Annual well-woman visit", pract=doc)
    c.vitals("2026-07-14", 126, 78, 72, 74, enc=e1)
    fit = c.obs(cc((LNC, "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), text="FIT"), "2026-07-20",
                vcc=cc((SCT, "10828004", "Positive")), interp="POS")
    c.lab("718-7", "Hemoglobin", "2026-07-14", 13.5, "g/dL", 12.0, 15.5, enc=e1)
    sr = c.sr(cc((CPT, "45378", "Colonoscopy, flexible; diagnostic"), text="Diagnostic colonoscopy for positive FIT"), "2026-07-22", status="completed", requester=doc, performer=gi)
    e2 = c.enc("2026-08-21", "GI endoscopy suite", pract=gi)
    c.proc(cc((CPT, "45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare technique")), "2026-08-21", basedOn=sr, performer=gi, enc=e2)
    c.dr(cc(text="Surgical pathology - sigmoid polyp"), "2026-08-24", "Tubular adenoma, 9 mm, margins clear. No high-grade dysplasia.", cat="SP")
    c.medreq(med("197361", "amlodipine 5 MG Oral Tablet"), "2016-01-01", dosage="daily")
    c.note("2026-08-24", "GI procedure follow-up", "Positive FIT 7/20; colonoscopy 8/21: single 9 mm tubular adenoma removed, otherwise normal to cecum. Repeat colonoscopy 3 years.", author=gi)
    return "Positive FIT (red flag) on 2026-07-20 was followed by colonoscopy with polypectomy 32 days later; follow-up completed, no persisting symptoms."


# DSM positive: IBS label, endometrioma and cyclic symptoms unexplained
def dsm_pos_c(c):
    doc = wh_base(c, ("Brianna Nicole", "Ashford", "female", "1987-03-30", "MWH-3310982"), prov=("Kendra", "Oyelaran", "NP", "Gynecology"), cov=("Cigna Open Access Plus", "PPO"))
    ibs = c.cond(cc((ICD, "K58.9", "Irritable bowel syndrome without diarrhea"), (SCT, "10743008", "Irritable bowel syndrome"), text="IBS"), "2025-12-09",
                 note="Labelled by urgent care; bloating and lower abdominal pain")
    c.cond(cc((ICD, "F41.9", "Anxiety disorder, unspecified")), "2019-01-01", clinical="inactive")
    c.cond(cc((ICD, "Z30.011", "Encounter for initial prescription of contraceptive pills")), "2020-01-01", clinical="resolved", abate="2024-01-01")
    for i, d in enumerate(["2026-03-17", "2026-06-23", "2026-10-06"]):
        e = c.enc(d, "Gynecology visit", pract=doc)
        c.obs(cc((LNC, "72514-3", "Pain severity 0-10")), d, [6, 7, 7][i], "{score}", "{score}", cat="survey", enc=e)
    c.obs(cc((SCT, "266599000", "Dysmenorrhea"), text="Cyclic pelvic pain worse with menses"), "2026-06-23", cat="exam", vstring="Severe dysmenorrhea, misses 2 days work/month")
    c.obs(cc((SCT, "71315007", "Dyspareunia"), text="Deep dyspareunia"), "2026-06-23", cat="exam", vstring="Present")
    c.obs(cc(text="Dyschezia"), "2026-10-06", cat="exam", vstring="Painful defecation during menses")
    c.dr(cc((LNC, "11525-3", "US Pelvis Fetal"), text="Pelvic ultrasound, transvaginal"), "2026-10-06",
         "Left ovary: 4.2 cm unilocular cyst with homogeneous low-level ('ground-glass') echoes, no internal vascularity. Posterior cul-de-sac tenderness; negative sliding sign.")
    c.lab("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma", "2026-10-06", 68, "U/mL", 0, 35)
    c.medreq(med(None, "dicyclomine 20 mg tablet"), "2025-12-09", dosage="QID prn", reason=ibs)
    c.medreq(med(None, "psyllium fiber powder"), "2025-12-09", dosage="daily")
    c.note("2026-10-06", "Gynecology follow-up", "39F, G0, trying to conceive 14 months. Carries IBS diagnosis since 12/2025 for lower abdominal pain and bloating. Symptoms continue and are clearly cyclic: "
           "severe dysmenorrhea, deep dyspareunia, dyschezia. TVUS: 4.2 cm left ovarian cyst with ground-glass echoes, negative sliding sign. CA-125 68. "
           "Assessment: IBS, continue dicyclomine; repeat US in 3 months.", author=doc)
    return "Irritable bowel syndrome (K58.9) active since Dec 2025 (>90 days) while pain continues, and later cyclic dysmenorrhoea, dyspareunia, dyschezia, a ground-glass ovarian cyst and CA-125 68 are findings IBS cannot explain."


# MPP positive: robotic myomectomy ordered
def mpp_pos_c(c):
    doc = wh_base(c, ("Adaeze", "Okonkwo", "female", "1988-09-12", "MWH-1029934"), prov=("Julian", "Fairbanks", "MD", "Reproductive endocrinology & infertility"))
    c.cond(cc((ICD, "N97.9", "Female infertility, unspecified")), "2025-11-01")
    fib = c.cond(cc((ICD, "D25.1", "Intramural leiomyoma of uterus"), (SCT, "95315005", "Uterine leiomyoma"), text="Intramural fibroids, dominant 7 cm posterior, FIGO 3"), "2025-11-18")
    c.cond(cc((ICD, "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)")), "2026-02-01", clinical="resolved", abate="2026-06-01")
    e1 = c.enc("2026-10-20", "REI consult", pract=doc)
    c.dr(cc(text="Pelvic MRI with and without contrast"), "2026-10-08", "Enlarged uterus with 7.1 cm posterior intramural leiomyoma abutting and distorting the endometrium (FIGO 3) and two 2-cm subserosal fibroids. Ovaries normal.")
    c.lab("718-7", "Hemoglobin", "2026-10-20", 12.3, "g/dL", 12.0, 15.5)
    c.lab("83082-8", "Mullerian inhibiting substance [Mass/volume] in Serum or Plasma", "2026-09-02", 2.4, "ng/mL", 1.0, 4.0)
    c.sr(cc((CPT, "58546", "Laparoscopy, surgical, myomectomy, excision; 5 or more intramural myomas and/or intramural myomas with total weight greater than 250 g"),
            (SCT, "71410006", "Myomectomy of uterus"), text="Robotic-assisted laparoscopic myomectomy"), "2026-10-20", occ="2026-12-29T07:30:00-05:00", reason=fib,
       requester=doc, cat=cc((SCT, "387713003", "Surgical procedure")))
    c.sr(cc((CPT, "85025", "Blood count; complete (CBC), automated")), "2026-10-20", occ="2026-12-15", requester=doc)
    c.medreq(med("310325", "ferrous sulfate 325 MG Oral Tablet"), "2026-02-01", status="completed")
    c.medreq(med(None, "prenatal multivitamin"), "2025-11-01")
    c.note("2026-10-20", "REI consult", "38F G0, 18 months infertility, cavity-distorting 7 cm FIGO 3 fibroid. Recommend robotic myomectomy before IVF; discussed blood loss, conversion to laparotomy, "
           "uterine rupture risk in future pregnancy (cesarean delivery recommended). Surgery booked 12/29/2026; embryo transfer no sooner than 6 months after.", author=doc, typ=("11488-4", "Consult note"))
    return "Robotic-assisted laparoscopic myomectomy (CPT 58546) ordered as an active ServiceRequest for 2026-12-29 (within 30 days); not yet performed."


# MPP near miss: colposcopy (minor)
def mpp_nm_c(c):
    doc = wh_base(c, ("Jasmine Tiara", "Holloway", "female", "1993-12-18", "BWG-0110423"), prov=("Ingrid", "Halvorsen", "MD", "Gynecology"), cov=("Florida Medicaid - Sunshine Health", "Medicaid"))
    c.cond(cc((ICD, "R87.612", "Low grade squamous intraepithelial lesion on cytologic smear of cervix (LGSIL)")), "2026-11-06")
    c.cond(cc((ICD, "J45.20", "Mild intermittent asthma, uncomplicated")), "2008-01-01")
    c.cond(cc((ICD, "N76.0", "Acute vaginitis")), "2025-05-01", clinical="resolved", abate="2025-05-15", cat="encounter-diagnosis")
    e1 = c.enc("2026-11-03", "Annual well-woman visit", pract=doc)
    c.vitals("2026-11-03", 112, 70, 76, 63, enc=e1)
    c.obs(cc((LNC, "10524-7", "Microscopic observation [Identifier] in Cervical or vaginal smear or scraping by Cyto stain"), text="Pap cytology"), "2026-11-03",
          vstring="LSIL", interp="A")
    c.obs(cc((LNC, "77399-4", "Human papilloma virus 16 and 18 and 31+33+35+39+45+51+52+56+58+59+66+68 DNA [Interpretation] in Cervix"), text="HPV high-risk"), "2026-11-03",
          vstring="HPV other high-risk positive; 16/18 negative", interp="A")
    c.sr(cc((CPT, "57454", "Colposcopy of the cervix including upper/adjacent vagina; with biopsy(s) of the cervix and endocervical curettage"), text="Colposcopy with biopsy"),
         "2026-11-10", occ="2026-12-15", requester=doc)
    c.medreq(med("745679", "albuterol 0.09 MG/ACTUAT inhaler"), "2020-01-01", dosage="prn")
    c.medreq(med(None, "norgestimate-ethinyl estradiol 0.25-0.035 mg tablet"), "2024-01-01", dosage="daily")
    c.note("2026-11-10", "Result note", "32F LSIL with HPV other high-risk positive. Per ASCCP risk-based guidelines, colposcopy recommended. Scheduled 12/15 in office.", author=doc)
    return "Only an office colposcopy with biopsy (CPT 57454) is scheduled for LSIL/HPV+: a minor diagnostic procedure, not major surgery."


# UP positive: platinum-resistant ovarian cancer, no further options, hospice
def up_pos_c(c):
    doc = wh_base(c, ("Margaret Anne", "Fulbright", "female", "1965-04-07", "BWG-0020871"), prov=("Theodore", "Nakamura", "MD", "Gynecologic oncology"), cov=("Medicare Advantage - Humana Gold", "Medicare"))
    ov = c.cond(cc((ICD, "C56.1", "Malignant neoplasm of right ovary"), (SCT, "363443007", "Malignant tumor of ovary"), text="High-grade serous ovarian carcinoma, stage IIIC, recurrent, platinum-resistant"), "2023-05-02")
    c.cond(cc((ICD, "R18.0", "Malignant ascites")), "2026-09-01")
    c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2015-01-01")
    c.cond(cc((ICD, "K56.609", "Unspecified intestinal obstruction, unspecified as to partial versus complete obstruction"), text="Partial small bowel obstruction"), "2026-10-10", clinical="resolved", abate="2026-10-16", cat="encounter-diagnosis")
    c.proc(cc((CPT, "58953", "Bilateral salpingo-oophorectomy with omentectomy, total abdominal hysterectomy and radical dissection for debulking")), "2023-06-14")
    for d, ca in [("2026-07-14", 410), ("2026-11-03", 1240)]:
        c.lab("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma", d, ca, "U/mL", 0, 35)
    e_adm = c.enc("2026-10-10", "Inpatient - partial SBO", cls="IMP", end="2026-10-16")
    e2 = c.enc("2026-11-03", "Gyn oncology clinic", pract=doc)
    c.dr(cc(text="CT abdomen/pelvis with contrast"), "2026-10-10", "Progressive peritoneal carcinomatosis with moderate ascites; partial SBO at mid-ileum.")
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-11-03", vstring="2", cat="exam")
    c.careplan("Palliative care plan", cc((SCT, "103735009", "Palliative care"), text="Palliative care"), "2026-11-03", addresses=[ov], author=doc,
               desc="No further cancer-directed therapy. Hospice information provided; indwelling peritoneal catheter for ascites.")
    c.medreq(med(None, "ondansetron 8 mg ODT"), "2026-10-16", dosage="q8h prn")
    c.medreq(med(None, "morphine sulfate 15 mg tablet"), "2026-10-16", dosage="q4h prn pain")
    c.medreq(med("861007", "metformin 500 MG Oral Tablet"), "2015-01-01", dosage="BID")
    c.note("2026-11-03", "Gyn oncology visit", "61F, HGSOC IIIC, BRCA wild-type, HRD-negative. Recurred 2025; platinum-resistant; progressed on weekly paclitaxel/bevacizumab and then mirvetuximab was not an option "
           "(FRalpha low). CA-125 rising to 1240, carcinomatosis, recent SBO. There are no further treatment options I can offer; recommend transition to hospice. "
           "Patient's son asked about clinical trials elsewhere; no trial referral made.", author=doc)
    return "Recurrent platinum-resistant ovarian cancer; gyn-onc note states no further treatment options and an active palliative CarePlan; no second opinion on record."


# UP near miss: palliative plan but second opinion within 12 months on record
def up_nm_c(c):
    doc = wh_base(c, ("Dolores Jean", "Pickering", "female", "1958-10-19", "MWH-0048820"), prov=("Theodore", "Nakamura", "MD", "Gynecologic oncology"), cov=("Medicare", "Medicare"))
    so = c.pract("Aruna", "Subramaniam", "MD", "Gynecologic oncology - Emory Winship (outside)")
    ec = c.cond(cc((ICD, "C54.1", "Malignant neoplasm of endometrium"), (SCT, "254878006", "Malignant tumor of endometrium"), text="Uterine serous carcinoma stage IVB, recurrent"), "2024-02-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(cc((ICD, "E66.9", "Obesity, unspecified")), "2010-01-01")
    c.proc(cc((CPT, "58571", "Laparoscopy, surgical, with total hysterectomy, for uterus 250 g or less; with removal of tube(s) and/or ovary(s)")), "2024-03-05")
    e1 = c.enc("2026-08-12", "Second opinion consultation - outside academic center", pract=so)
    c.add("ServiceRequest", "sr", {"status": "completed", "intent": "order", "code": cc(text="Referral for second opinion - gynecologic oncology"),
                                  "subject": c.P, "authoredOn": "2026-07-20", "requester": ref(doc), "performer": [ref(so)]})
    c.note("2026-08-12", "Outside consultation (second opinion)", "Second opinion requested by patient. Reviewed pathology and imaging: recurrent serous carcinoma after carboplatin/paclitaxel/trastuzumab and "
           "pembrolizumab-lenvatinib. Agree there are no further standard options; not eligible for open trials (ECOG 3, bilirubin). Concur with hospice-focused care.", author=so, typ=("11488-4", "Consult note"))
    c.careplan("Hospice / comfort care", cc((SCT, "385763009", "Hospice care"), text="Hospice"), "2026-08-25", addresses=[ec], author=doc)
    e2 = c.enc("2026-10-27", "Gyn oncology clinic", pract=doc)
    c.obs(cc((LNC, "89247-1", "ECOG Performance Status score")), "2026-10-27", vstring="3", cat="exam")
    c.lab("1975-2", "Bilirubin.total", "2026-10-27", 2.1, "mg/dL", 0.2, 1.2)
    c.medreq(med(None, "hydromorphone 2 mg tablet"), "2026-08-25", dosage="q4h prn")
    c.medreq(med("314076", "lisinopril 10 MG Oral Tablet"), "2010-01-01", dosage="daily")
    c.note("2026-10-27", "Gyn oncology clinic", "67F under home hospice for recurrent uterine serous carcinoma. Second opinion at Winship in August concurred. Comfortable, symptoms controlled. No change in disease course information since.", author=doc)
    return "Hospice plan for recurrent uterine serous carcinoma, but an outside second opinion (2026-08-12) is on record within 12 months and concurred; no new evidence since, so suppressed."


# HIT positive: chemoradiation for cervical cancer planned
def hit_pos_c(c):
    doc = wh_base(c, ("Keisha Monique", "Rawlings", "female", "1982-01-05", "BWG-0093312"), prov=("Theodore", "Nakamura", "MD", "Gynecologic oncology"), cov=("Florida Medicaid - Simply Healthcare", "Medicaid"))
    ro = c.pract("Benjamin", "Castellano", "MD", "Radiation oncology")
    cx = c.cond(cc((ICD, "C53.9", "Malignant neoplasm of cervix uteri, unspecified"), (SCT, "363354003", "Malignant tumor of cervix"), text="Squamous cell carcinoma of cervix, FIGO 2018 IIB"), "2026-10-29")
    c.cond(cc((ICD, "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "2000-01-01")
    c.cond(cc((ICD, "O99.012", "Anemia complicating pregnancy, second trimester")), "2012-01-01", clinical="resolved", abate="2012-09-01")
    e1 = c.enc("2026-10-22", "Gyn clinic - postcoital bleeding", pract=doc)
    c.dr(cc(text="Cervical biopsy pathology"), "2026-10-29", "Invasive keratinizing squamous cell carcinoma, moderately differentiated.", cat="SP")
    c.dr(cc(text="PET/CT skull base to mid-thigh"), "2026-11-10", "FDG-avid cervical mass 4.8 cm with left parametrial extension. No nodal or distant disease.")
    c.lab("718-7", "Hemoglobin", "2026-11-10", 11.2, "g/dL", 12.0, 15.5)
    c.lab("2160-0", "Creatinine", "2026-11-10", 0.7, "mg/dL", 0.5, 1.1)
    e2 = c.enc("2026-11-17", "Multidisciplinary tumor board / consult", pract=doc)
    c.sr(cc((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), text="Pelvic IMRT 45 Gy/25 fx"),
         "2026-11-17", occ="2026-12-14", reason=cx, requester=ro, cat=cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy")))
    c.sr(cc((CPT, "77770", "Remote afterloading high dose rate radionuclide interstitial or intracavitary brachytherapy, includes basic dosimetry, when performed; 1 channel"),
            text="HDR tandem-and-ring brachytherapy x 4"), "2026-11-17", occ="2027-01-25", reason=cx, requester=ro)
    c.medreq(med(None, "cisplatin 40 mg/m2 IV weekly x 5-6 cycles concurrent with radiation"), "2026-11-17", status="active", intent="plan", reason=cx, requester=doc)
    c.careplan("Definitive chemoradiation", cc((SCT, "367336001", "Chemotherapy"), text="Concurrent chemoradiation"), "2026-11-17", addresses=[cx], author=doc,
               desc="Weekly cisplatin with pelvic IMRT starting 12/14/2026 followed by HDR brachytherapy. Fertility counseling declined; ovarian transposition not feasible.")
    c.note("2026-11-17", "Gyn oncology tumor board note", "44F with FIGO IIB cervical SCC. Recommendation: definitive chemoradiation (weekly cisplatin + pelvic IMRT, then brachytherapy). "
           "Counseled on permanent ovarian failure, vaginal stenosis, bowel/bladder toxicity. Start 12/14.", author=doc)
    return "Concurrent cisplatin chemotherapy and pelvic radiotherapy (IMRT, brachytherapy) planned to start 2026-12-14 (<30 days): high-impact treatment, priority urgent."


# HIT near miss: single-dose methotrexate for ectopic, completed
def hit_nm_c(c):
    doc = wh_base(c, ("Rebecca Lynn", "Sorensen", "female", "1991-07-23", "MWH-4478120"), prov=("Monique", "Delacroix", "MD", "Obstetrics & gynecology"), cov=("Kaiser Permanente Georgia", "HMO"))
    ect = c.cond(cc((ICD, "O00.101", "Right tubal pregnancy without intrauterine pregnancy"), text="Right tubal ectopic pregnancy"), "2026-10-30", clinical="resolved", abate="2026-11-24")
    c.cond(cc((ICD, "J30.9", "Allergic rhinitis, unspecified")), "2010-01-01")
    c.cond(cc((ICD, "O80", "Encounter for full-term uncomplicated delivery")), "2022-04-01", clinical="resolved", abate="2022-04-03")
    e1 = c.enc("2026-10-30", "Urgent gyn visit - bleeding at 6 weeks", pract=doc)
    c.dr(cc(text="Transvaginal ultrasound"), "2026-10-30", "No intrauterine pregnancy. 1.6 cm right adnexal mass (tubal ring), no cardiac activity, trace free fluid.")
    for d, h in [("2026-10-30", 1420), ("2026-11-02", 1510), ("2026-11-06", 1080), ("2026-11-13", 540), ("2026-11-24", 4)]:
        c.lab("21198-7", "Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma", d, h, "m[IU]/mL", None, 5)
    c.medreq(med(None, "methotrexate 50 mg/m2 IM single dose"), "2026-10-30", status="completed", reason=ect, requester=doc)
    c.proc(cc((HCPCS, "J9260", "Injection, methotrexate sodium, 50 mg"), text="Methotrexate IM injection (single-dose protocol)"), "2026-10-30", reason=ect, enc=e1)
    c.medreq(med(None, "Rho(D) immune globulin 50 mcg"), "2026-10-30", status="completed")
    c.note("2026-11-24", "Follow-up", "hCG 4, resolved ectopic after single-dose methotrexate. Advised to wait 3 months before conception. Folic acid restarted.", author=doc)
    return "Methotrexate was a single completed IM dose for an ectopic pregnancy (resolved, hCG 4), not a cytotoxic chemotherapy regimen; nothing high-impact planned or ongoing."


# PRC positive: Flag - patient requests second opinion (IVF)
def prc_pos_c(c):
    doc = wh_base(c, ("Mei-Ling", "Carrington", "female", "1989-05-28", "MWH-5520193"), prov=("Julian", "Fairbanks", "MD", "Reproductive endocrinology & infertility"), cov=("Progyny (fertility benefit) + BCBS GA", "PPO"))
    nav = c.pract("Tamara", "Greene", "RN", "Fertility nurse navigator")
    inf = c.cond(cc((ICD, "N97.9", "Female infertility, unspecified"), text="Infertility, diminished ovarian reserve"), "2025-08-01")
    c.cond(cc((ICD, "E28.2", "Polycystic ovarian syndrome")), "2012-01-01", clinical="inactive")
    c.lab("83082-8", "AMH", "2025-08-05", 0.6, "ng/mL", 1.0, 4.0)
    c.lab("15067-2", "Follitropin [Units/volume] in Serum or Plasma", "2025-08-05", 12.8, "m[IU]/mL", 3.0, 10.0)
    for d, n in [("2026-01-20", 4), ("2026-05-12", 3)]:
        c.proc(cc((CPT, "58970", "Follicle puncture for oocyte retrieval, any method"), text=f"Oocyte retrieval - IVF cycle"), d, note=f"{n} oocytes retrieved, no euploid blastocysts")
        c.enc(d, "IVF retrieval", pract=doc)
    e = c.enc("2026-10-14", "REI consult - cycle review", pract=doc)
    c.note("2026-10-14", "IVF cycle review", "37F, 2 IVF cycles with poor yield and no euploid embryos. Recommend donor oocyte IVF. Patient tearful, feels options were not fully explored (different protocol, growth hormone adjuvant).", author=doc)
    c.add("Flag", "flag", {"status": "active", "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
                            "code": cc(text="Patient requests second opinion before proceeding with donor egg IVF - records release signed"),
                            "subject": c.P, "period": {"start": "2026-11-05"}, "author": ref(nav)})
    c.comm("2026-11-05", "Hi, after our last meeting I'd really like another REI to look at my two cycles before we decide on donor eggs. Can you send my records to another clinic for a second opinion?",
           recipient=nav, topic="Portal message")
    c.medreq(med(None, "prenatal vitamin with DHA"), "2025-08-01")
    c.medreq(med(None, "CoQ10 600 mg daily"), "2026-06-01")
    return "Patient portal message asks for another REI's second opinion, and the navigator's active Flag records the request (2026-11-05); no other criterion."


# PRC near miss: request already fulfilled by a second opinion in July
def prc_nm_c(c):
    doc = wh_base(c, ("Olivia Grace", "Bannerman", "female", "1985-02-11", "BWG-0130771"), prov=("Ingrid", "Halvorsen", "MD", "Gynecology"), cov=("UnitedHealthcare Choice", "PPO"))
    so = c.pract("Lauren", "Beckwith", "MD", "Minimally invasive gynecologic surgery (outside)")
    endo = c.cond(cc((ICD, "N80.0", "Endometriosis of uterus"), text="Adenomyosis"), "2025-09-10")
    c.cond(cc((ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2010-01-01")
    c.cond(cc((ICD, "N83.201", "Unspecified ovarian cyst, right side")), "2024-03-01", clinical="resolved", abate="2024-06-01")
    c.comm("2026-05-04", "I'd like a second opinion on whether I really need a hysterectomy. Can you refer me?", recipient=doc, topic="Portal message")
    c.add("ServiceRequest", "sr", {"status": "completed", "intent": "order", "code": cc(text="Referral - second opinion, minimally invasive gynecology"), "subject": c.P,
                                  "authoredOn": "2026-05-06", "requester": ref(doc), "performer": [ref(so)]})
    e1 = c.enc("2026-07-15", "Second opinion consultation", pract=so)
    c.note("2026-07-15", "Second opinion consultation", "41F adenomyosis, heavy bleeding. Reviewed MRI. Agree hysterectomy not required now; recommend LNG-IUD trial. Patient satisfied.", author=so, typ=("11488-4", "Consult note"))
    c.proc(cc((CPT, "58300", "Insertion of intrauterine device (IUD)"), text="LNG-IUD 52 mg insertion"), "2026-08-05")
    c.medreq(med(None, "levonorgestrel 52 mg intrauterine system"), "2026-08-05", status="completed")
    for d, h in [("2026-05-04", 11.1), ("2026-11-03", 12.9)]:
        c.lab("718-7", "Hemoglobin", d, h, "g/dL", 12.0, 15.5)
    e2 = c.enc("2026-11-03", "Gynecology follow-up", pract=doc)
    c.obs(cc((LNC, "72514-3", "Pain severity 0-10")), "2026-11-03", 2, "{score}", "{score}", cat="survey")
    c.note("2026-11-03", "Gynecology follow-up", "Bleeding much lighter with LNG-IUD; Hb 12.9. Pain 2/10. Happy with plan agreed at second opinion in July.", author=doc)
    return "Patient's May 2026 request for a second opinion was fulfilled (outside consultation 2026-07-15, within 12 months); no new request or evidence since, so suppressed."


# WDT positive: endometriosis pain rising on dienogest throughout
def wdt_pos_c(c):
    doc = wh_base(c, ("Sofia Isabel", "Marquez", "female", "1995-08-08", "MWH-6602184"), prov=("Kendra", "Oyelaran", "NP", "Gynecology - pelvic pain clinic"), cov=("Ambetter from Peach State Health Plan", "Marketplace"))
    en = c.cond(cc((ICD, "N80.3", "Endometriosis of pelvic peritoneum"), (SCT, "129103003", "Endometriosis"), text="Endometriosis, laparoscopically confirmed (rASRM stage II)"), "2025-04-15")
    c.cond(cc((ICD, "F41.1", "Generalized anxiety disorder")), "2021-01-01")
    c.proc(cc((CPT, "58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface by any method")), "2025-04-15")
    c.medreq(med(None, "dienogest 2 mg oral tablet"), "2025-05-01", dosage="2 mg daily continuous", reason=en, note="Refilled every 90 days; adherence confirmed")
    c.medreq(med(None, "naproxen sodium 550 mg tablet"), "2025-05-01", dosage="BID prn")
    c.medreq(med(None, "sertraline 50 mg tablet"), "2021-01-01", dosage="daily")
    for d, p, ehp in [("2026-04-21", 4, 35), ("2026-07-21", 6, 50), ("2026-10-20", 8, 70)]:
        e = c.enc(d, "Pelvic pain clinic visit", pract=doc)
        c.obs(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pelvic pain NRS (average, last 4 weeks)"), d, p, "{score}", "{score}", cat="survey", enc=e)
        c.obs(loc(c, "EHP-5", "Endometriosis Health Profile-5 core pain/QoL (0-100, higher = worse)"), d, ehp, "{score}", "{score}", cat="survey", enc=e)
    c.dr(cc(text="Pelvic ultrasound, transvaginal"), "2026-07-21", "Normal uterus and ovaries. No endometrioma. Sliding sign positive bilaterally.")
    c.note("2026-10-20", "Pelvic pain clinic", "31F with surgically confirmed stage II endometriosis on continuous dienogest since 5/2025 (amenorrheic, taking daily). "
           "Average pelvic pain NRS 4 in April, 6 in July, 8 now; EHP-5 35 → 70. Missing work. Continue dienogest; pelvic floor PT referral.", author=doc)
    return "Pelvic pain NRS rose 4→6→8 (+4, above the 2-point MCID) with EHP-5 35→70 over 6 months while continuous dienogest was active throughout."


# RCC positive: mosaic Turner syndrome with POI
def rcc_pos_c(c):
    doc = wh_base(c, ("Lauren Michelle", "Petrakis", "female", "1998-11-30", "MWH-7700412"), prov=("Julian", "Fairbanks", "MD", "Reproductive endocrinology & infertility"))
    ts = c.cond(cc((ICD, "Q96.3", "Mosaicism, 45, X/46, XX or XY"), (SCT, "38804009", "Turner syndrome"), (ORPHA, "881", "Turner syndrome"), text="Mosaic Turner syndrome 45,X/46,XX"), "2014-03-01")
    poi = c.cond(cc((ICD, "E28.310", "Symptomatic premature menopause"), text="Primary ovarian insufficiency"), "2017-01-01")
    c.cond(cc((ICD, "Q23.81", "Bicuspid aortic valve"), text="Bicuspid aortic valve, no dilation"), "2014-03-01")
    c.cond(cc((ICD, "H66.90", "Otitis media, unspecified, unspecified ear")), "2019-01-01", clinical="resolved", abate="2019-02-01")
    e = c.enc("2026-10-07", "REI consult - fertility options", pract=doc)
    c.lab("15067-2", "FSH", "2026-09-20", 68, "m[IU]/mL", 3.0, 10.0)
    c.lab("83082-8", "AMH", "2026-09-20", 0.05, "ng/mL", 1.0, 4.0)
    c.dr(cc(text="Cardiac MRI"), "2026-08-14", "Bicuspid aortic valve, no stenosis. Ascending aorta 27 mm; ASI 1.6 cm/m2 (normal).")
    c.medreq(med(None, "estradiol 2 mg tablet"), "2017-01-01", dosage="daily")
    c.medreq(med(None, "micronized progesterone 200 mg capsule"), "2017-01-01", dosage="12 days/month")
    c.note("2026-10-07", "REI consult", "27F mosaic Turner syndrome with POI on HRT, desires pregnancy. Discussed donor oocyte IVF, single embryo transfer, and pregnancy risk (aortic dissection); cardiology clearance required per guidelines.", author=doc, typ=("11488-4", "Consult note"))
    return "Active mosaic Turner syndrome (Q96.3, ORPHA:881), a rare chromosomal condition, managed with POI and bicuspid aortic valve."


# RCC near miss: 4 active chronic conditions only, all common
def rcc_nm_c(c):
    doc = wh_base(c, ("Tiffany Renee", "Goodwin", "female", "1990-03-15", "BWG-0151990"), prov=("Ingrid", "Halvorsen", "MD", "Gynecology"), cov=("Aetna Choice POS II", "POS"))
    c.cond(cc((ICD, "E28.2", "Polycystic ovarian syndrome"), (SCT, "237055002", "Polycystic ovary syndrome")), "2013-01-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), "2016-01-01")
    c.cond(cc((ICD, "E66.01", "Morbid (severe) obesity due to excess calories")), "2015-01-01")
    c.cond(cc((ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2008-01-01")
    c.cond(cc((ICD, "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control")), "2021-03-01", clinical="resolved", abate="2021-09-01")
    c.cond(cc((ICD, "O14.03", "Mild to moderate pre-eclampsia, third trimester")), "2021-08-20", clinical="resolved", abate="2021-09-15")
    c.cond(cc((ICD, "N76.0", "Acute vaginitis")), "2026-03-01", clinical="resolved", abate="2026-03-10")
    for d in ["2026-04-14", "2026-10-13"]:
        e = c.enc(d, "Gynecology visit", pract=doc)
        c.vitals(d, 124, 80, 78, 112, enc=e)
    c.lab("4548-4", "Hemoglobin A1c", "2026-10-13", 5.6, "%", 4.0, 5.6)
    c.lab("3016-3", "TSH", "2026-10-13", 2.3, "m[IU]/L", 0.4, 4.0)
    c.medreq(med("861007", "metformin 500 MG Oral Tablet"), "2022-01-01", dosage="BID")
    c.medreq(med("966222", "levothyroxine 0.1 MG Oral Tablet"), "2016-01-01", dosage="daily")
    c.medreq(med(None, "sumatriptan 50 mg tablet"), "2012-01-01", dosage="prn")
    c.medreq(med(None, "drospirenone-ethinyl estradiol 3-0.02 mg tablet"), "2022-01-01", dosage="daily")
    c.note("2026-10-13", "Gynecology visit", "36F PCOS on metformin + COC, hypothyroid stable, migraine without aura infrequent, BMI 41. Prior GDM and pre-eclampsia (resolved). Doing well.", author=doc)
    return "Four active chronic conditions (PCOS, hypothyroidism, obesity, migraine) — all common — plus resolved pregnancy problems; below the ≥5-condition complexity threshold and nothing rare."
