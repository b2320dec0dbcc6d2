"""Cases for UNTREATABLE_PROGNOSIS, HIGH_IMPACT_TREATMENT, PATIENT_REPORTED_CONCERN."""
from fhirkit import S, LN, RX, T, cc, cd, ATC, CPT, qty

CPCAT = "http://hl7.org/fhir/us/core/CodeSystem/careplan-category"


def atc(code, disp, text):
    return cc(cd(ATC, code, disp), text=text)


def esas(c, item, v, date, enc=None):
    names = {"PAIN": "Pain", "TIRED": "Tiredness", "NAUSEA": "Nausea", "DEPR": "Depression", "ANX": "Anxiety",
             "DROWSY": "Drowsiness", "APPETITE": "Lack of appetite", "WELL": "Wellbeing", "SOB": "Shortness of breath"}
    return c.score(cc(c.L("esas-r", item, f"ESAS-r {names[item]} (0-10)")), v, date, enc=enc)


# ---------------------------------------------------------------- UNTREATABLE_PROGNOSIS
def up_pos_lung_pc(c):
    c.base("Walter", "Hughes", "male", "1954-01-30",
           [("Maria", "Alvarez", "Palliative medicine physician"), ("Kenji", "Watanabe", "Medical oncologist"),
            ("Beth", "Olsen", "Palliative care social worker")])
    ca = c.cond(cc(c.I("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), S("254637007", "Non-small cell lung cancer"),
                   text="Adenocarcinoma right upper lobe, stage IV"), "2024-11-12", prac=1)
    c.cond(cc(c.I("C79.31", "Secondary malignant neoplasm of brain")), "2026-09-02", prac=1)
    c.cond(cc(c.I("C79.51", "Secondary malignant neoplasm of bone")), "2025-06-10", prac=1)
    c.cond(cc(c.I("J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2016-01-01", prac=None)
    c.medst(cc(RX("40048", "carboplatin"), text="Carboplatin/pemetrexed/pembrolizumab (1st line)"), "2024-12-02", status="completed",
            end="2025-10-20", reasons=[ca])
    c.medst(cc(text="Docetaxel 75 mg/m2 q3w (2nd line)"), "2025-11-10", status="stopped", end="2026-08-18", reasons=[ca],
            note="Stopped for progression (new brain metastases) and decline to ECOG 3.")
    c.med(cc(RX("7052", "morphine"), text="Morphine sulfate ER 30 mg"), "2026-09-10", "30 mg by mouth every 12 hours", reasons=[ca])
    c.med(cc(RX("3264", "dexamethasone"), text="Dexamethasone 4 mg"), "2026-09-02", "4 mg by mouth daily")
    e1 = c.enc("2026-11-18", typ="Palliative care clinic visit", reasons=[ca])
    for k, v in (("PAIN", 5), ("TIRED", 8), ("SOB", 7), ("APPETITE", 8), ("WELL", 7)):
        esas(c, k, v, "2026-11-18", enc=e1)
    c.score(cc(c.L("scores", "ECOG", "ECOG performance status")), 3, "2026-11-18", enc=e1, cat="exam")
    c.panel("2026-11-10", [("hb", 9.8), ("alb", 2.8), ("na", 131), ("ca", 10.1)])
    c.note("2026-11-18", "Goals of care conversation",
           "Mr Hughes, 72, metastatic NSCLC (no targetable driver), progressed through chemo-immunotherapy and docetaxel, "
           "new brain metastases after SRS. ECOG 3. Oncology: no further effective systemic treatment options. "
           "Discussed with patient and wife: focus on comfort, home with hospice. DNR confirmed.", enc=e1)
    cp = c.add("CarePlan", "cp", {
        "status": "active", "intent": "plan", "category": [cc(cd(CPCAT, "assess-plan", "Assessment and Plan of Treatment")),
                                                          cc(S("103735009", "Palliative care"))],
        "title": "Palliative comfort care plan", "description": "Comfort-focused care at home; no further disease-directed therapy.",
        "subject": c.P, "period": {"start": "2026-11-18"}, "created": "2026-11-18", "author": c.R(c.pr[0]),
        "addresses": [c.R(ca)],
        "activity": [{"detail": {"kind": "ServiceRequest", "code": cc(S("385763009", "Hospice care")), "status": "scheduled",
                                 "description": "Home hospice enrolment"}},
                     {"detail": {"kind": "MedicationRequest", "status": "in-progress", "description": "Opioid and steroid titration for symptoms"}}]})
    c.sr(cc(c.L("referral", "HOSPICE", "Referral to home hospice program"), text="Referral to hospice"), "2026-11-18",
         reasons=[ca], enc=e1, cat=cc(S("3457005", "Patient referral")), occ="2026-11-25")
    return dict(expected=["UNTREATABLE_PROGNOSIS"],
                why="Stage IV NSCLC with no further systemic options, active palliative comfort CarePlan and hospice referral, no second opinion on record.",
                summary="Palliative: 72M metastatic lung cancer after two lines, comfort care plan and hospice referral")


def up_pos_hf_nl(c):
    c.base("Wilhelmina", "Hendriks", "female", "1941-04-12",
           [("Joost", "Peters", "Cardioloog"), ("Femke", "Bosman", "Verpleegkundig specialist hartfalen")])
    hf = c.cond(cc(c.I("I50.0", "Congestive heart failure"), S("84114007", "Heart failure"), text="Hartfalen, NYHA IV, LVEF 18%"),
                "2019-02-01")
    c.cond(cc(c.I("I48", "Atrial fibrillation and flutter"), text="Permanent atriumfibrilleren"), "2017-08-01")
    c.cond(cc(c.I("N18.4", "Chronic kidney disease, stage 4"), text="Chronische nierschade G4"), "2024-03-01")
    for code, disp, text, dose in (("C03CA01", "furosemide", "Furosemide 80 mg", "2 dd 80 mg"),
                                   ("C07AB07", "bisoprolol", "Bisoprolol 2,5 mg", "1 dd 2,5 mg"),
                                   ("B01AF02", "apixaban", "Apixaban 2,5 mg", "2 dd 2,5 mg"),
                                   ("C03DA01", "spironolactone", "Spironolacton 12,5 mg", "1 dd 12,5 mg")):
        c.med(atc(code, disp, text), "2024-06-01", dose, reasons=[hf])
    e1 = c.enc("2026-10-03", cls="IMP", typ="Opname cardiologie", prio="EM", admit="emd", end="2026-10-15", reasons=[hf])
    c.panel("2026-10-03", [("ntbnp", 14800), ("creat", 212), ("egfr", 18), ("na", 129), ("k", 5.3), ("hb", 6.9)], enc=e1)
    c.note("2026-10-15", "Ontslagbrief cardiologie",
           "Derde opname dit jaar wegens gedecompenseerd hartfalen. Diuretica intraveneus, 6 kg vochtverlies. "
           "Nierfunctie verslechterd (eGFR 18).", enc=e1, kind="discharge")
    e2 = c.enc("2026-11-10", typ="Polikliniekbezoek hartfalen", reasons=[hf])
    c.vitals("2026-11-10", 96, 58, hr=88, wt=61.0, spo2=93, enc=e2)
    c.lab("ntbnp", 11200, "2026-11-10", enc=e2)
    c.note("2026-11-10", "Poliverslag hartfalen",
           "85-jarige vrouw met eindstadium hartfalen (LVEF 18%), NYHA IV, ondanks maximaal verdraagbare medicatie. "
           "Geen behandelopties meer: geen kandidaat voor LVAD of harttransplantatie gezien leeftijd en nierfunctie; "
           "ICD niet zinvol. Met patiënte en dochter besproken: niet reanimeren, geen IC-opname, focus op comfort thuis. "
           "Huisarts geïnformeerd.\n\nEnglish summary: end-stage heart failure, no treatment options left, comfort-focused care.",
           enc=e2, prac=1)
    return dict(expected=["UNTREATABLE_PROGNOSIS"],
                why="End-stage heart failure where the clinic note states no treatment options remain (no LVAD/transplant), comfort focus; no second opinion on record. Signal only in the Dutch note.",
                summary="NL: 85F end-stage heart failure, note states 'geen behandelopties meer', comfort care")


def up_pos_colon_pc(c):
    c.base("Patricia", "Nguyen", "female", "1959-08-08",
           [("Maria", "Alvarez", "Palliative medicine physician"), ("Ahmed", "Siddiqui", "Medical oncologist")])
    ca = c.cond(cc(c.I("C18.7", "Malignant neoplasm of sigmoid colon"), S("363406005", "Malignant neoplasm of colon")), "2023-04-18", prac=1)
    mets = c.cond(cc(c.I("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2024-02-01", prac=1)
    c.cond(cc(c.I("E03.9", "Hypothyroidism, unspecified")), "2011-01-01", prac=None)
    c.medst(cc(text="FOLFOX then FOLFIRI-bevacizumab"), "2024-02-20", status="completed", end="2025-12-15", reasons=[ca])
    c.medst(cc(text="Trifluridine/tipiracil"), "2026-01-12", status="stopped", end="2026-09-08", reasons=[ca],
            note="Stopped: radiological progression and ECOG 3.")
    c.med(cc(RX("7804", "oxycodone"), text="Oxycodone 5 mg"), "2026-09-15", "5 mg every 4 hours as needed")
    c.med(cc(RX("10582", "levothyroxine"), text="Levothyroxine 75 mcg"), "2011-01-01", "75 mcg daily")
    e1 = c.enc("2026-11-20", typ="Supportive care clinic visit", reasons=[ca])
    for k, v in (("PAIN", 4), ("TIRED", 7), ("APPETITE", 7), ("NAUSEA", 3)):
        esas(c, k, v, "2026-11-20", enc=e1)
    ct = c.report(cc(LN("36813-4", "CT Abdomen and Pelvis W contrast IV"), text="CT abdomen/pelvis"), "2026-09-01",
                  "Progressive hepatic metastases (largest 7.2 cm, previously 4.9 cm), new peritoneal nodules, moderate ascites.")
    c.panel("2026-11-14", [("bili", 2.1), ("alb", 2.9), ("hb", 10.1), ("cea", 412)])
    c.add("ClinicalImpression", "ci", {
        "status": "completed", "subject": c.P, "encounter": c.R(e1), "effectiveDateTime": "2026-11-20", "date": c.dt("2026-11-20"),
        "assessor": c.R(c.pr[0]), "problem": [c.R(ca), c.R(mets)],
        "description": "Oncology and palliative joint review",
        "summary": "Metastatic sigmoid adenocarcinoma progressing after three lines. No further disease-directed treatment options; "
                   "not eligible for any open clinical study. Transition to best supportive care.",
        "supportingInfo": [c.R(ct)], "finding": [{"itemCodeableConcept": T("ECOG performance status 3")}]})
    c.note("2026-11-20", "Supportive care visit",
           "Patient understands there is no further cancer treatment available. Wishes to stay at home. "
           "Symptom plan: oxycodone, laxatives, paracentesis if needed. Advance directive updated.", enc=e1)
    return dict(expected=["UNTREATABLE_PROGNOSIS"],
                why="ClinicalImpression states no further disease-directed treatment options for metastatic colon cancer, best supportive care; no second opinion on record.",
                summary="Palliative: 67F metastatic colon cancer after three lines, assessed as 'no further options'")


def up_nm_breast_2nd_pc(c):
    c.base("Karen", "Whitfield", "female", "1966-12-01",
           [("Maria", "Alvarez", "Palliative medicine physician"), ("Grace", "Holloway", "Breast medical oncologist")])
    ca = c.cond(cc(c.I("C50.911", "Malignant neoplasm of unspecified site of right female breast"), S("254837009", "Malignant neoplasm of breast"),
                   text="Metastatic HR+ breast cancer"), "2019-05-14", prac=1)
    c.cond(cc(c.I("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct")), "2025-03-01", prac=1)
    c.medst(cc(text="Letrozole + palbociclib, then fulvestrant, then capecitabine"), "2023-01-10", status="stopped", end="2026-06-02",
            reasons=[ca], note="Stopped after progression; no further lines recommended.")
    c.med(cc(RX("7052", "morphine"), text="Morphine sulfate IR 10 mg"), "2026-06-20", "10 mg every 4 hours as needed for pain")
    e1 = c.enc("2026-07-08", typ="Palliative care clinic visit", reasons=[ca])
    c.add("CarePlan", "cp", {
        "status": "active", "intent": "plan", "category": [cc(S("103735009", "Palliative care"))],
        "title": "Palliative care plan", "subject": c.P, "period": {"start": "2026-07-08"}, "author": c.R(c.pr[0]),
        "addresses": [c.R(ca)], "description": "Symptom-directed care; no further anticancer therapy."})
    c.note("2026-07-08", "Palliative care consult",
           "Progressive liver metastases after multiple lines. Oncology advises no further anticancer therapy. "
           "Patient wishes to hear another expert opinion before accepting this; referral letter sent to University Cancer Center.", enc=e1)
    e2 = c.enc("2026-08-20", typ="External second opinion consultation (University Cancer Center)", reasons=[ca], prac=None)
    c.note("2026-08-20", "Second opinion consultation - University Cancer Center",
           "Second opinion requested by patient. Records, imaging and pathology reviewed by our breast tumor board. "
           "We concur: no standard or clinical-study options offer meaningful benefit given liver dysfunction. "
           "Support continued palliative care at Harbour Cancer Institute.", kind="consult", prac=None, enc=e2)
    e3 = c.enc("2026-11-16", typ="Palliative care clinic visit", reasons=[ca])
    for k, v in (("PAIN", 3), ("TIRED", 6), ("APPETITE", 5), ("ANX", 3)):
        esas(c, k, v, "2026-11-16", enc=e3)
    c.panel("2026-11-10", [("bili", 1.9), ("alb", 3.0), ("hb", 10.8)])
    c.note("2026-11-16", "Palliative care visit",
           "Settled after second opinion confirmed the plan. Pain controlled. Hospice information given for later.", enc=e3)
    return dict(expected=[],
                why="Palliative plan with no further anticancer therapy, but an external second opinion (2026-08-20) confirmed it within the last 12 months, so the flag is suppressed.",
                summary="Palliative: 59F metastatic breast cancer, palliative plan already confirmed by a second opinion in August")


def up_nm_copd_ca(c):
    c.base("Raymond", "Côté", "male", "1948-03-03",
           [("Heather", "Boyd", "Respirologist"), ("Paul", "Girard", "Palliative care physician")], extra="fr-CA")
    copd = c.cond(cc(c.I("J44.9", "Chronic obstructive pulmonary disease, unspecified"), text="COPD GOLD 3"), "2014-06-01")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2005-01-01", prac=None)
    c.cond(cc(c.I("M81.8", "Other osteoporosis"), text="Osteoporosis"), "2020-02-01", prac=None)
    c.med(cc(cd(ATC, "R03AL09", "formoterol, glycopyrronium bromide and budesonide"), text="Budesonide/glycopyrronium/formoterol inhaler"),
          "2023-05-01", "2 puffs twice daily", reasons=[copd])
    c.med(cc(cd(ATC, "R03AC02", "salbutamol"), text="Salbutamol 100 mcg MDI"), "2014-06-01", "1-2 puffs q4h PRN", reasons=[copd])
    for d, sat in (("2026-05-12", 92), ("2026-10-27", 91)):
        e = c.enc(d, typ="Respirology clinic", reasons=[copd])
        c.vitals(d, 132, 78, hr=86, spo2=sat, enc=e)
    c.finding(cc(c.L("pft", "SPIRO", "Spirometry"), text="Spirometry"), "2026-05-12",
              value="Post-BD FEV1 1.05 L (42% predicted), FEV1/FVC 0.48; stable vs 2025", itp="A", cat="procedure")
    c.score(cc(c.L("scores", "MMRC", "mMRC dyspnea scale")), 3, "2026-10-27", enc=e)
    c.sr(cc(c.L("referral", "PALLREF", "Referral to palliative care - early palliative approach"), text="Palliative care referral (symptom management)"),
         "2026-10-27", reasons=[copd], enc=e, cat=cc(S("3457005", "Patient referral")),
         note="Early palliative approach for refractory breathlessness alongside ongoing COPD treatment.")
    c.sr(cc(c.L("referral", "PULREHAB", "Pulmonary rehabilitation program"), text="Pulmonary rehabilitation"), "2026-10-27",
         reasons=[copd], enc=e, occ="2026-12-07")
    c.note("2026-10-27", "Respirology clinic note",
           "Stable GOLD 3 COPD, one exacerbation this year. Persistent breathlessness (mMRC 3) limiting daily life. "
           "Continue triple inhaler, start pulmonary rehab in December, home O2 assessment. "
           "Referred to palliative care for breathlessness management (fan, low-dose opioid) and advance care planning "
           "as part of an integrated approach; disease-directed treatment continues in full. Not end of life.\n"
           "Note en français: suivi MPOC stable, réadaptation pulmonaire prévue, approche palliative précoce pour la dyspnée.", enc=e)
    c.panel("2026-10-27", [("hb", 151), ("creat", 88), ("k", 4.3)], enc=e)
    return dict(expected=[],
                why="Palliative referral is an early symptom-management referral alongside full, active COPD treatment and rehab; nobody called the condition untreatable.",
                summary="CA: 78M stable GOLD 3 COPD referred to palliative care for breathlessness while treatment continues")


# ---------------------------------------------------------------- HIGH_IMPACT_TREATMENT
def hit_pos_dialysis_nl(c):
    c.base("Pieter", "van Dijk", "male", "1960-05-25",
           [("Ilse", "Timmermans", "Nefroloog"), ("Koen", "de Wit", "Vaatchirurg")])
    ckd = c.cond(cc(c.I("N18.5", "Chronic kidney disease, stage 5"), text="Chronische nierschade G5"), "2025-01-10")
    dm = c.cond(cc(c.I("E11.2", "Type 2 diabetes mellitus with renal complications"), text="Diabetes mellitus type 2 met nefropathie"), "2006-01-01")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension"), text="Hypertensie"), "2004-01-01", prac=None)
    c.med(atc("A10AE04", "insulin glargine", "Insuline glargine"), "2018-01-01", "1 dd 22 E s.c.", reasons=[dm])
    c.med(atc("C08CA01", "amlodipine", "Amlodipine 10 mg"), "2012-01-01", "1 dd 10 mg")
    c.med(atc("B03XA01", "erythropoietin", "Epoëtine alfa"), "2025-06-01", "1x per week 4000 IE s.c.", reasons=[ckd])
    for d, eg, cr in (("2026-04-14", 10, 520), ("2026-08-11", 9, 555), ("2026-11-03", 9, 561)):
        e = c.enc(d, typ="Polikliniekbezoek nefrologie", reasons=[ckd])
        c.panel(d, [("creat", cr), ("egfr", eg), ("k", 5.4), ("hb", 6.8)], enc=e)
    c.proc(cc(c.L("verrichting", "033412", "Aanleg arterioveneuze fistel onderarm"), text="AV-fistel links (Brescia-Cimino)"),
           "completed", "2026-09-15", reasons=[ckd], prac=1)
    c.sr(cc(c.L("verrichting", "HDCHRON", "Chronische hemodialyse"), S("302497006", "Hemodialysis"), text="Start chronische hemodialyse"),
         "2026-11-03", occ="2027-01-05", reasons=[ckd], enc=e, note="3x per week 4 uur in dialysecentrum; AV-fistel rijp.")
    c.note("2026-11-03", "Poliverslag nefrologie",
           "Eindstadium nierfalen (eGFR 9) bij diabetische nefropathie. Uremische klachten: moeheid, jeuk, verminderde eetlust. "
           "Na dialysevoorlichting kiest patiënt voor hemodialyse in centrum; start 5 januari 2027, 3x per week. "
           "Niertransplantatie: screening later.\n\nEnglish summary: in-centre haemodialysis to start 2027-01-05.", enc=e)
    return dict(expected=["HIGH_IMPACT_TREATMENT"],
                why="Chronic in-centre haemodialysis three times a week is planned to start 2027-01-05 (fistula created), a treatment that severely impacts quality of life.",
                summary="NL: 66M end-stage diabetic kidney disease, haemodialysis start planned January 2027")


def hit_pos_chemort_pc(c):
    c.base("Frank", "Delgado", "male", "1956-10-10",
           [("Rosa", "Martinez", "Radiation oncologist"), ("Kenji", "Watanabe", "Medical oncologist"),
            ("Maria", "Alvarez", "Supportive care physician")])
    ca = c.cond(cc(c.I("C32.0", "Malignant neoplasm of glottis"), text="Squamous cell carcinoma of glottic larynx, cT3N1M0"), "2026-09-28", prac=0)
    c.cond(cc(c.I("F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1975-01-01", prac=None)
    c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2015-01-01", prac=None)
    c.report(cc(c.L("pathology", "SURGPATH", "Surgical pathology report"), text="Laryngeal biopsy"), "2026-09-28",
             "Invasive keratinizing squamous cell carcinoma, moderately differentiated.", cat=("SP", "Surgical Pathology"))
    c.note("2026-10-15", "Head and neck tumor board",
           "cT3N1M0 glottic SCC with fixed right vocal cord. Options: total laryngectomy vs organ-preservation concurrent "
           "chemoradiotherapy. Patient chooses chemoradiotherapy: 70 Gy/35 fractions IMRT with weekly cisplatin 40 mg/m2.", kind="consult")
    rx = c.med(cc(RX("2555", "cisplatin"), text="Cisplatin 40 mg/m2 IV weekly x 7"), "2026-11-10", "40 mg/m2 IV weekly during radiotherapy",
               reasons=[ca], prac=1)
    e1 = c.enc("2026-11-16", typ="Infusion center visit", reasons=[ca], prac=1)
    c.add("MedicationAdministration", "medadm", {
        "status": "completed", "medicationCodeableConcept": cc(RX("2555", "cisplatin"), text="Cisplatin 76 mg IV"),
        "subject": c.P, "context": c.R(e1), "effectivePeriod": {"start": "2026-11-16T09:30:00-08:00", "end": "2026-11-16T10:45:00-08:00"},
        "request": c.R(rx), "dosage": {"text": "76 mg in 250 mL NS over 60 min", "dose": qty(76, "mg")}})
    c.proc(cc(cd(CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"),
              text="IMRT larynx 70 Gy in 35 fractions"), "in-progress", reasons=[ca], prac=0,
           note="Started 2026-11-16; fraction 10 of 35 delivered by 2026-11-30.")
    e2 = c.enc("2026-11-27", typ="Supportive care clinic visit", reasons=[ca], prac=2)
    for k, v in (("PAIN", 3), ("TIRED", 4), ("NAUSEA", 2), ("APPETITE", 4)):
        esas(c, k, v, "2026-11-27", enc=e2)
    c.vitals("2026-11-27", 138, 82, hr=78, wt=71.5, enc=e2)
    c.panel("2026-11-23", [("hb", 12.6), ("wbc", 5.1), ("creat", 0.9), ("k", 4.0)])
    c.note("2026-11-27", "Supportive care visit",
           "Week 2 of chemoradiation. Early mucositis and dysphagia to solids; voice hoarse. Counselled on expected worsening "
           "(mucositis, dysphagia, possible feeding tube, long-term swallowing and voice changes). Dietitian and speech therapy involved.", enc=e2, prac=2)
    return dict(expected=["HIGH_IMPACT_TREATMENT"],
                why="Concurrent cisplatin chemoradiotherapy to the larynx started 2026-11-16 (administration recorded, IMRT in progress): chemotherapy and radiotherapy with major QoL impact.",
                summary="Palliative/supportive: 70M laryngeal cancer, concurrent cisplatin + 70 Gy radiotherapy started")


def hit_pos_qol_en(c):
    c.base("Rachel", "Kim", "female", "1978-02-02",
           [("Samuel", "Okafor", "Endocrinologist"), ("Diane", "Moore", "Endocrine surgeon")])
    ptc = c.cond(cc(c.I("C73", "Malignant neoplasm of thyroid gland"), S("255029007", "Papillary thyroid carcinoma"),
                    text="Papillary thyroid carcinoma pT3aN1a"), "2026-02-10")
    hpt = c.cond(cc(c.I("E89.2", "Postprocedural hypoparathyroidism")), "2026-03-12")
    eq = cc(c.L("pro", "EQ5D5L-IDX", "EQ-5D-5L index value"), text="EQ-5D-5L index")
    vas = cc(c.L("pro", "EQ-VAS", "EQ visual analogue scale"), text="EQ VAS")
    e0 = c.enc("2026-02-20", typ="Endocrinology visit", reasons=[ptc])
    c.score(eq, 0.88, "2026-02-20", enc=e0)
    c.score(vas, 85, "2026-02-20", enc=e0)
    c.proc(cc(cd(CPT, "60252", "Thyroidectomy, total or subtotal for malignancy; with limited neck dissection"),
              text="Total thyroidectomy with central neck dissection"), "completed", "2026-03-10", reasons=[ptc], prac=1)
    c.proc(cc(cd(CPT, "79005", "Radiopharmaceutical therapy, by oral administration"), text="I-131 remnant ablation 100 mCi"),
           "completed", "2026-05-20", reasons=[ptc])
    c.med(cc(RX("10582", "levothyroxine"), text="Levothyroxine 137 mcg"), "2026-03-11", "137 mcg daily (TSH suppression)", reasons=[ptc])
    c.med(cc(RX("1894", "calcitriol"), text="Calcitriol 0.25 mcg"), "2026-03-12", "0.25 mcg twice daily", reasons=[hpt])
    c.med(cc(RX("1897", "calcium carbonate"), text="Calcium carbonate 1250 mg"), "2026-03-12", "1250 mg three times daily", reasons=[hpt])
    for d, iv, vv, ca_, tsh in (("2026-07-15", 0.71, 62, 8.1, 0.08), ("2026-11-05", 0.66, 55, 8.3, 0.06)):
        e = c.enc(d, typ="Endocrinology visit", reasons=[ptc])
        c.score(eq, iv, d, enc=e)
        c.score(vas, vv, d, enc=e)
        c.panel(d, [("ca", ca_), ("tsh", tsh), ("pth", 9)], enc=e)
    c.note("2026-11-05", "Endocrinology visit",
           "Eight months after total thyroidectomy and RAI. Persistent perioral and finger tingling, fatigue, hoarse voice "
           "(right vocal cord paresis), anxiety about recurrence; has reduced work hours. EQ-5D index 0.88 before surgery, now 0.66. "
           "Plan: adjust calcitriol, ENT voice referral, psycho-oncology support.", enc=e)
    return dict(expected=["HIGH_IMPACT_TREATMENT"],
                why="After thyroidectomy and radioiodine, EQ-5D-5L index fell from 0.88 to 0.71 and 0.66 (and EQ VAS 85 to 55), well beyond the minimal important difference.",
                summary="Endo: 48F thyroid cancer; after thyroidectomy and RAI, EQ-5D index 0.88 -> 0.66")


def hit_nm_insulin_en(c):
    c.base("Stephen", "Walsh", "male", "1967-06-14",
           [("Helen", "Carter", "Endocrinologist"), ("Grace", "Lin", "Certified diabetes educator")])
    dm = c.cond(cc(c.I("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), S("44054006", "Diabetes mellitus type 2")), "2012-03-01")
    c.cond(cc(c.I("E78.5", "Hyperlipidemia, unspecified")), "2013-01-01", prac=None)
    c.med(cc(RX("6809", "metformin"), text="Metformin 1000 mg"), "2012-03-01", "1000 mg twice daily", reasons=[dm])
    c.med(cc(RX("274783", "insulin glargine"), text="Insulin glargine U-100"), "2026-05-05", "18 units at bedtime, titrate to fasting 80-130",
          reasons=[dm])
    c.med(cc(RX("83367", "atorvastatin"), text="Atorvastatin 40 mg"), "2013-01-01", "40 mg daily")
    eq = cc(c.L("pro", "EQ5D5L-IDX", "EQ-5D-5L index value"), text="EQ-5D-5L index")
    for d, a1c, q in (("2026-04-21", 9.2, 0.85), ("2026-08-04", 7.8, 0.82), ("2026-11-10", 7.4, 0.81)):
        e = c.enc(d, typ="Diabetes visit", reasons=[dm])
        c.lab("a1c", a1c, d, enc=e)
        c.score(eq, q, d, enc=e)
        c.vitals(d, 128, 78, wt=96.0 if d < "2026-06" else 97.5, enc=e)
    c.panel("2026-11-10", [("creat", 1.0), ("egfr", 84), ("ldl", 82)], enc=e)
    c.note("2026-11-10", "Diabetes visit",
           "Basal insulin started May 2026. A1c 9.2 -> 7.4%. Mild hypoglycemia twice, handled. Some dislike of injections, "
           "otherwise coping well; EQ-5D essentially unchanged (0.85 -> 0.81). Continue.", enc=e, prac=1)
    return dict(expected=[],
                why="Basal insulin is not a severely QoL-impacting treatment and EQ-5D-5L fell only 0.04, below the minimal important difference; glycaemia improved.",
                summary="Endo: 59M starts basal insulin; EQ-5D dips 0.04 (below MID), A1c improves")


def hit_nm_declined_pc(c):
    c.base("Deborah", "Lawson", "female", "1964-04-04",
           [("Ahmed", "Siddiqui", "Medical oncologist"), ("Maria", "Alvarez", "Supportive care physician"),
            ("Tom", "Reilly", "Colorectal surgeon")])
    ca = c.cond(cc(c.I("C18.2", "Malignant neoplasm of ascending colon"), text="Adenocarcinoma ascending colon pT3N1bM0 (stage IIIB)"),
                "2026-07-20", prac=0)
    c.cond(cc(c.I("F41.1", "Generalized anxiety disorder")), "2018-01-01", prac=None)
    c.med(cc(RX("36437", "sertraline"), text="Sertraline 100 mg"), "2018-01-01", "100 mg daily")
    c.proc(cc(cd(CPT, "44205", "Laparoscopy, surgical; colectomy, partial, with removal of terminal ileum with ileocolostomy"),
              text="Laparoscopic right hemicolectomy"), "completed", "2026-08-12", reasons=[ca], prac=2,
           outcome="R0 resection, primary anastomosis, no stoma; 2/18 nodes positive")
    c.med(cc(RX("32592", "oxaliplatin"), text="CAPOX adjuvant x 8 cycles (capecitabine + oxaliplatin)"), "2026-09-10", "per protocol",
          status="cancelled", intent="proposal", reasons=[ca], status_reason="Patient declined adjuvant chemotherapy after informed discussion")
    e1 = c.enc("2026-09-24", typ="Medical oncology visit", reasons=[ca])
    c.note("2026-09-24", "Medical oncology visit",
           "Discussed adjuvant CAPOX (absolute benefit about 10-15% at 5 years). After two discussions, and with capacity, "
           "patient declines chemotherapy; values quality of life and fears neuropathy. Decision respected. "
           "Surveillance: CEA every 3 months, CT chest/abdomen every 6 months, colonoscopy at 1 year.", enc=e1)
    e2 = c.enc("2026-11-12", typ="Supportive care clinic visit", reasons=[ca], prac=1)
    for k, v in (("PAIN", 1), ("TIRED", 3), ("ANX", 4), ("WELL", 3)):
        esas(c, k, v, "2026-11-12", enc=e2)
    c.panel("2026-11-05", [("cea", 1.8), ("hb", 12.4), ("alt", 21)])
    c.vitals("2026-11-12", 122, 76, hr=70, wt=66.0, enc=e2)
    c.note("2026-11-12", "Supportive care visit",
           "Recovering well from surgery. Comfortable with decision to decline chemotherapy. Anxiety managed with sertraline and counselling. "
           "CEA normal. Continue surveillance.", enc=e2, prac=1)
    return dict(expected=[],
                why="Adjuvant chemotherapy was proposed but declined (request cancelled); no high-impact treatment is planned or running, and the hemicolectomy left no stoma.",
                summary="Palliative/supportive: 62F stage III colon cancer, adjuvant CAPOX declined, on surveillance")


# ---------------------------------------------------------------- PATIENT_REPORTED_CONCERN
def prc_pos_qr_nl(c):
    c.base("Erik", "Kuipers", "male", "1970-11-19",
           [("Hanneke", "Postma", "Anesthesioloog-pijnspecialist"), ("Wouter", "Lammers", "Neurochirurg")])
    lbp = c.cond(cc(c.I("M54.4", "Lumbago with sciatica"), text="Lage rugpijn met uitstraling links"), "2025-10-01")
    c.cond(cc(c.I("E78.0", "Pure hypercholesterolaemia"), text="Hypercholesterolemie"), "2019-01-01", prac=None)
    c.med(atc("N03AX16", "pregabalin", "Pregabaline 75 mg"), "2026-02-01", "2 dd 75 mg", reasons=[lbp])
    c.med(atc("C10AA07", "rosuvastatin", "Rosuvastatine 10 mg"), "2019-01-01", "1 dd 10 mg")
    c.report(cc(c.L("radiologie", "MRLWK", "MRI lumbale wervelkolom"), text="MRI LWK"), "2026-04-02",
             "Discusprotrusie L5-S1 zonder compressie van de zenuwwortel. Geen kanaalstenose.")
    e1 = c.enc("2026-04-20", typ="Polikliniekbezoek neurochirurgie", prac=1, reasons=[lbp])
    c.note("2026-04-20", "Poliverslag neurochirurgie", "Geen operatie-indicatie. Verwijzing pijnpoli en fysiotherapie.", prac=1, enc=e1)
    pain = cc(c.L("vragenlijst", "NRS-PIJN", "NRS pijn (0-10)"), LN("72514-3", None), text="NRS pijn")
    for d, v in (("2026-06-08", 7), ("2026-09-14", 7), ("2026-11-08", 7)):
        e = c.enc(d, typ="Polikliniekbezoek pijnbestrijding", reasons=[lbp])
        c.score(pain, v, d, enc=e)
    c.add("QuestionnaireResponse", "qr", {
        "questionnaire": c.o["base"] + "Questionnaire/patientervaring-poli-v3", "status": "completed", "subject": c.P,
        "encounter": c.R(e), "authored": c.dt("2026-11-08", "09:40"), "author": c.P, "source": c.P,
        "item": [
            {"linkId": "1", "text": "Had u het gevoel dat de arts naar u luisterde?", "answer": [{"valueCoding": c.L("antwoord", "NEE", "Nee")}]},
            {"linkId": "2", "text": "Worden uw klachten serieus genomen?", "answer": [{"valueCoding": c.L("antwoord", "NEE", "Nee")}]},
            {"linkId": "3", "text": "Zou u een second opinion willen over uw diagnose of behandeling?", "answer": [{"valueBoolean": True}]},
            {"linkId": "4", "text": "Toelichting", "answer": [{"valueString":
                "Na een jaar pijn hoor ik steeds dat er niets te opereren valt. Ik wil graag een second opinion in een ander ziekenhuis."}]}]})
    c.note("2026-11-08", "Poliverslag pijnbestrijding",
           "Aanhoudende radiculaire pijn L5 links, NRS 7. Epidurale infiltratie in juni zonder blijvend effect. Beleid: "
           "revalidatietraject. Patiënt is gefrustreerd.", enc=e)
    return dict(expected=["PATIENT_REPORTED_CONCERN"],
                why="Patient questionnaire (2026-11-08): answers 'No' to being heard and 'Yes' to wanting a second opinion, with a free-text request.",
                summary="NL: 56M chronic sciatica; patient-experience questionnaire asks for a second opinion")


def prc_pos_comm_ca(c):
    c.base("Lise", "Pelletier", "female", "1958-01-08",
           [("Isabelle", "Morin", "Neurologist"), ("Karen", "MacLeod", "Family physician")], extra="fr-CA")
    pd = c.cond(cc(c.I("G20", "Parkinson's disease"), S("49049000", "Parkinson's disease"), text="Maladie de Parkinson"), "2026-06-18")
    c.cond(cc(c.I("E03.9", "Hypothyroidism, unspecified")), "2009-01-01", prac=1)
    c.med(cc(cd(ATC, "N04BA02", "levodopa and decarboxylase inhibitor"), text="Levodopa/carbidopa 100/25 mg"), "2026-07-02",
          "1 tab three times daily", reasons=[pd])
    c.med(cc(cd(ATC, "H03AA01", "levothyroxine sodium"), text="Levothyroxine 88 mcg"), "2009-01-01", "88 mcg daily", prac=1)
    e1 = c.enc("2026-06-18", typ="Neurology clinic", reasons=[cc(S("26079004", "Tremor"), text="Tremblement")])
    c.note("2026-06-18", "Neurology consultation",
           "Right hand rest tremor x 1 year, mild bradykinesia, no falls. Clinical diagnosis: early Parkinson disease. "
           "Trial of levodopa.", enc=e1, kind="consult")
    c.panel("2026-06-18", [("tsh", 2.3), ("hb", 132)], enc=e1)
    e2 = c.enc("2026-10-06", typ="Neurology follow-up", reasons=[pd])
    c.score(cc(c.L("scores", "UPDRS3", "MDS-UPDRS Part III motor score")), 21, "2026-10-06", enc=e2, cat="exam")
    c.note("2026-10-06", "Neurology follow-up", "Little response to levodopa so far per patient. Increase dose. Review 6 months.", enc=e2)
    c.add("Communication", "comm", {
        "status": "completed", "category": [cc(c.L("message-type", "PORTAL", "Patient portal message"))],
        "medium": [cc(cd("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT", "email"))],
        "subject": c.P, "sent": c.dt("2026-11-14", "21:12"), "sender": c.P, "recipient": [c.R(c.pr[0])],
        "payload": [{"contentString":
            "Bonjour Dre Morin, depuis le diagnostic de Parkinson je n'ai presque aucune amélioration avec la lévodopa et "
            "j'ai l'impression que mes questions ne sont pas entendues. Je ne suis pas convaincue du diagnostic. "
            "J'aimerais obtenir un deuxième avis auprès d'un neurologue spécialisé en troubles du mouvement. Merci. Lise Pelletier"}]})
    return dict(expected=["PATIENT_REPORTED_CONCERN"],
                why="Patient-authored portal message (French, 2026-11-14) doubting the Parkinson diagnosis and asking for a second opinion from a movement-disorder neurologist.",
                summary="CA: 68F early Parkinson's, poor levodopa response; French portal message requesting a deuxième avis")


def prc_pos_flag_en(c):
    c.base("Megan", "Foster", "female", "1986-09-30",
           [("Samuel", "Okafor", "Endocrinologist"), ("Omar", "Haddad", "Nurse practitioner")])
    ht = c.cond(cc(c.I("E06.3", "Autoimmune thyroiditis"), S("21983002", "Hashimoto thyroiditis"),
                   text="Hashimoto thyroiditis with hypothyroidism"), "2021-04-15")
    c.cond(cc(c.I("J30.2", "Other seasonal allergic rhinitis")), "2005-01-01", prac=None)
    c.med(cc(RX("10582", "levothyroxine"), text="Levothyroxine 100 mcg"), "2021-04-15", "100 mcg daily", reasons=[ht])
    for d, t, f in (("2026-03-10", 2.1, 1.3), ("2026-09-08", 1.8, 1.4)):
        e = c.enc(d, typ="Thyroid clinic visit", reasons=[ht])
        c.panel(d, [("tsh", t), ("ft4", f)], enc=e)
        c.vitals(d, 114, 72, hr=68, wt=64.0, enc=e)
    c.note("2026-09-08", "Thyroid clinic visit",
           "TSH in range on levothyroxine 100 mcg. Patient asks about adding liothyronine (T3); explained current guidance does "
           "not support combination therapy for her. She was unhappy with this answer.", enc=e)
    c.add("Flag", "flag", {
        "status": "active", "category": [cc(cd("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
        "code": cc(c.L("flag", "PT-2ND-OPINION", "Patient requests second opinion"),
                   text="Patient requests second opinion from another endocrinologist regarding T4/T3 combination therapy"),
        "subject": c.P, "period": {"start": c.dt("2026-11-20", "14:05")}, "author": c.P})
    c.add("Communication", "comm", {
        "status": "completed", "subject": c.P, "sent": c.dt("2026-11-20", "14:02"), "sender": c.P, "recipient": [c.R(c.pr[1])],
        "payload": [{"contentString": "Please note in my chart that I'd like a referral for a second opinion. I don't feel my concerns were taken seriously at my last visit."}]})
    return dict(expected=["PATIENT_REPORTED_CONCERN"],
                why="Patient-authored Flag and message (2026-11-20) asking for a second opinion about her thyroid treatment and saying she feels not taken seriously.",
                summary="Endo: 40F Hashimoto's, patient-authored flag asking for a second endocrinology opinion")


def prc_nm_qr_no_ca(c):
    c.base("Jean-François", "Lavoie", "male", "1972-12-12",
           [("Luc", "Bélanger", "Emergency physician"), ("Emily", "Turner", "Family physician")], extra="fr-CA")
    inj = c.cond(cc(c.I("S93.4", "Sprain and strain of ankle"),
                    text="Left ankle sprain, grade II"), "2026-10-18", status="resolved", abate="2026-11-20", cat="encounter-diagnosis")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2018-01-01", prac=1)
    c.medst(cc(cd(ATC, "C09CA03", "valsartan"), text="Valsartan 80 mg daily"), "2018-01-01", dose="80 mg daily")
    e1 = c.enc("2026-10-18", cls="EMER", typ="Emergency department visit", reasons=[inj])
    c.vitals("2026-10-18", 136, 84, hr=80, enc=e1)
    c.report(cc(c.L("imaging", "XANKLE", "X-ray left ankle 3 views"), text="X-ray ankle"), "2026-10-18",
             "No fracture. Soft tissue swelling lateral malleolus.", enc=e1)
    c.med(cc(cd(ATC, "M01AE01", "ibuprofen"), text="Ibuprofen 400 mg PO"), "2026-10-18", "400 mg three times daily x 7 days", enc=e1)
    c.note("2026-10-18", "ED note", "Inversion injury playing soccer. Ottawa ankle rules positive -> X-ray normal. Air-cast, RICE, physio.",
           kind="ed", enc=e1)
    e2 = c.enc("2026-11-20", typ="Family medicine follow-up", prac=1, reasons=[inj])
    c.note("2026-11-20", "Follow-up / Suivi",
           "Ankle much better, walking without pain, back to work. Physio to finish. Cheville guérie.", prac=1, enc=e2)
    c.add("QuestionnaireResponse", "qr", {
        "questionnaire": c.o["base"] + "Questionnaire/ed-patient-experience", "status": "completed", "subject": c.P,
        "authored": c.dt("2026-10-22", "19:15"), "author": c.P, "source": c.P,
        "item": [
            {"linkId": "q1", "text": "Did the doctor listen carefully to you? / Le médecin vous a-t-il écouté?",
             "answer": [{"valueCoding": c.L("answers", "yes", "Yes / Oui")}]},
            {"linkId": "q2", "text": "Do you feel your concerns were taken seriously?", "answer": [{"valueCoding": c.L("answers", "yes", "Yes / Oui")}]},
            {"linkId": "q3", "text": "Would you like a second opinion about your diagnosis or treatment?", "answer": [{"valueBoolean": False}]},
            {"linkId": "q4", "text": "Overall rating of care (0-10)", "answer": [{"valueInteger": 9}]}]})
    c.panel("2026-03-02", [("creat", 86), ("k", 4.2), ("na", 140)])
    return dict(expected=[],
                why="The patient-experience questionnaire explicitly answers 'No' to wanting a second opinion and 'Yes' to being heard; the ankle sprain healed.",
                summary="CA: 53M ankle sprain; ED survey answers No to a second opinion, rates care 9/10")


def prc_nm_msg_pc(c):
    c.base("Angela", "Rossi", "female", "1970-07-21",
           [("Maria", "Alvarez", "Supportive care physician"), ("Grace", "Holloway", "Breast medical oncologist")])
    ca = c.cond(cc(c.I("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"), text="Left breast cancer pT2N1, ER+"),
                "2024-03-05", status="remission", prac=1)
    neu = c.cond(cc(c.I("G62.0", "Drug-induced polyneuropathy"), text="Chemotherapy-induced peripheral neuropathy"), "2024-09-01")
    c.medst(cc(text="Adjuvant dose-dense AC-paclitaxel, then breast radiotherapy"), "2024-04-10", status="completed", end="2025-01-31", reasons=[ca])
    c.med(cc(RX("72965", "letrozole"), text="Letrozole 2.5 mg"), "2025-02-10", "2.5 mg daily", reasons=[ca], prac=1)
    c.med(cc(RX("72625", "duloxetine"), text="Duloxetine 60 mg"), "2025-06-01", "60 mg daily", reasons=[neu])
    npn = cc(c.L("pro", "NRS-NEURO", "Neuropathic symptom severity (0-10)"))
    for d, v in (("2026-03-16", 4), ("2026-07-13", 4), ("2026-11-09", 3)):
        e = c.enc(d, typ="Supportive care clinic visit", reasons=[neu])
        c.score(npn, v, d, enc=e)
    c.panel("2026-11-02", [("hb", 13.1), ("alt", 19), ("creat", 0.8)])
    c.note("2026-11-09", "Supportive care visit",
           "Survivorship and neuropathy review. Tingling feet stable, walking 5 km. We discussed her earlier worry about whether her "
           "neuropathy plan was right; after reviewing options together (duloxetine, exercise, acupuncture) she is satisfied.", enc=e)
    c.add("Communication", "comm", {
        "status": "completed", "subject": c.P, "sent": c.dt("2026-11-10", "08:31"), "sender": c.P, "recipient": [c.R(c.pr[0])],
        "payload": [{"contentString": "Thank you for taking so much time with me yesterday. I feel listened to and I'm at peace with the plan, "
                                      "so I won't be looking for a second opinion after all. See you in March!"}]})
    return dict(expected=[],
                why="The patient's message explicitly says she feels listened to and will not seek a second opinion; cancer in remission, neuropathy stable.",
                summary="Supportive: 56F breast cancer survivor with neuropathy; message says no second opinion needed")
