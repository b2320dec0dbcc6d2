"""Cases for WORSENING_DESPITE_TREATMENT, RARE_OR_COMPLEX_CONDITION, plus one palliative DSM near miss."""
from fhirkit import S, LN, RX, T, cc, cd, ATC, CPT, qty
from cases_b import esas


def atc(code, disp, text):
    return cc(cd(ATC, code, disp), text=text)


# ---------------------------------------------------------------- WORSENING_DESPITE_TREATMENT
def wdt_pos_a1c_en(c):
    c.base("Anthony", "Russo", "male", "1971-03-03",
           [("Helen", "Carter", "Endocrinologist"), ("Grace", "Lin", "Certified diabetes educator")])
    dm = c.cond(cc(c.I("E11.65", "Type 2 diabetes mellitus with hyperglycemia"), S("44054006", "Diabetes mellitus type 2")), "2015-02-01")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2016-01-01", prac=None)
    c.cond(cc(c.I("E78.5", "Hyperlipidemia, unspecified")), "2016-01-01", prac=None)
    c.med(cc(RX("6809", "metformin"), text="Metformin 1000 mg"), "2015-02-01", "1000 mg twice daily", reasons=[dm])
    c.med(cc(RX("1545653", "empagliflozin"), text="Empagliflozin 25 mg"), "2023-06-01", "25 mg daily", reasons=[dm])
    c.med(cc(RX("274783", "insulin glargine"), text="Insulin glargine U-100"), "2025-09-15", "40 units at bedtime (titrated from 20)", reasons=[dm])
    c.med(cc(RX("29046", "lisinopril"), text="Lisinopril 20 mg"), "2016-01-01", "20 mg daily")
    tir = cc(c.L("cgm", "TIR", "CGM time in range 70-180 mg/dL"), text="Time in range (CGM, 14 days)")
    for d, a1c, t, w in (("2026-02-10", 7.6, 62, 101.0), ("2026-05-12", 8.2, 54, 101.4), ("2026-08-18", 8.9, 46, 102.2),
                         ("2026-11-17", 9.5, 38, 102.0)):
        e = c.enc(d, typ="Diabetes visit", reasons=[dm])
        c.lab("a1c", a1c, d, enc=e)
        c.score(tir, t, d, unit="%", enc=e, cat="laboratory")
        c.vitals(d, 134, 82, wt=w, enc=e)
    c.panel("2026-11-17", [("creat", 1.1), ("egfr", 76), ("gluc", 231)], enc=e)
    c.note("2026-11-17", "Diabetes visit",
           "A1c has risen steadily 7.6 -> 8.2 -> 8.9 -> 9.5% over 9 months despite metformin, empagliflozin and glargine titrated to 40 u. "
           "Pharmacy refill records and CGM confirm adherence. CGM TIR 38%, post-prandial excursions. Will discuss prandial insulin or GLP-1 RA.",
           enc=e)
    return dict(expected=["WORSENING_DESPITE_TREATMENT"],
                why="HbA1c rose 7.6 to 9.5% across four values over nine months (well above the 0.5% MID) while metformin, empagliflozin and insulin were active throughout.",
                summary="Endo: 55M T2DM, HbA1c 7.6 -> 9.5% over 9 months on three agents")


def wdt_pos_ra_nl(c):
    c.base("Marieke", "Bos", "female", "1968-10-29",
           [("Ellen", "Huisman", "Reumatoloog"), ("Sophie", "van Leeuwen", "Reumaconsulent")])
    ra = c.cond(cc(c.I("M05.8", "Other seropositive rheumatoid arthritis"), S("69896004", "Rheumatoid arthritis"),
                   text="Seropositieve reumatoïde artritis"), "2025-02-12")
    c.cond(cc(c.I("E03.9", "Hypothyroidism, unspecified"), text="Hypothyreoïdie"), "2015-01-01", prac=None)
    c.med(atc("L04AX03", "methotrexate", "Methotrexaat 25 mg/week s.c."), "2025-03-01", "1x per week 25 mg s.c.", reasons=[ra])
    c.med(atc("B03BB01", "folic acid", "Foliumzuur 5 mg"), "2025-03-01", "1x per week 5 mg, dag na MTX")
    c.med(atc("P01BA02", "hydroxychloroquine", "Hydroxychloroquine 200 mg"), "2026-06-02", "2 dd 200 mg", reasons=[ra])
    c.med(atc("H03AA01", "levothyroxine sodium", "Levothyroxine 75 mcg"), "2015-01-01", "1 dd 75 mcg")
    das = cc(c.L("reuma", "DAS28-BSE", "Disease Activity Score 28 (BSE)"), text="DAS28-BSE")
    for d, dv, bse, crp in (("2026-04-14", 3.0, 18, 6), ("2026-07-21", 4.1, 34, 19), ("2026-10-27", 5.1, 46, 27)):
        e = c.enc(d, typ="Polikliniekbezoek reumatologie", reasons=[ra])
        c.score(das, dv, d, enc=e, cat="exam")
        c.panel(d, [("esr", bse), ("crp", crp), ("hb", 7.6), ("alt", 24)], enc=e)
    c.finding(cc(c.L("reuma", "GEZWOLLEN28", "Aantal gezwollen gewrichten (28)"), text="Gezwollen gewrichten"), "2026-10-27",
              value=cc(text="9 van 28"), enc=e)
    c.note("2026-10-27", "Poliverslag reumatologie",
           "Toenemende ziekteactiviteit ondanks MTX 25 mg/week s.c. (sinds maart 2025, goede therapietrouw) en sinds juni "
           "hydroxychloroquine. DAS28-BSE 3,0 -> 4,1 -> 5,1. Ochtendstijfheid 2 uur. Beleid: aanvraag biological.\n\n"
           "English summary: RA activity rising (DAS28 3.0 to 5.1) over six months on methotrexate.", enc=e)
    return dict(expected=["WORSENING_DESPITE_TREATMENT"],
                why="DAS28-ESR rose 3.0 -> 4.1 -> 5.1 over six months (>= 1.2 MID) while methotrexate has been given since March 2025.",
                summary="NL: 58F seropositive RA, DAS28 3.0 -> 5.1 over six months on methotrexate")


def wdt_pos_pain_pc(c):
    c.base("Harold", "Jenkins", "male", "1950-05-05",
           [("Maria", "Alvarez", "Supportive care physician"), ("Victor", "Chang", "Genitourinary medical oncologist")])
    ca = c.cond(cc(c.I("C61", "Malignant neoplasm of prostate"), S("399068003", "Malignant tumor of prostate"),
                   text="Metastatic castration-resistant prostate cancer"), "2021-03-09", prac=1)
    bm = c.cond(cc(c.I("C79.51", "Secondary malignant neoplasm of bone")), "2024-08-01", prac=1)
    pain = c.cond(cc(c.I("G89.3", "Neoplasm related pain (acute) (chronic)")), "2026-06-01")
    c.med(cc(RX("42375", "leuprolide"), text="Leuprolide 22.5 mg depot"), "2021-04-01", "22.5 mg IM every 3 months", reasons=[ca], prac=1)
    c.med(cc(RX("1307298", "enzalutamide"), text="Enzalutamide 160 mg"), "2025-02-01", "160 mg daily", reasons=[ca], prac=1)
    c.med(cc(RX("7804", "oxycodone"), text="Oxycodone ER 20 mg"), "2026-06-10", "20 mg every 12 hours (increased from 10 mg in August)",
          reasons=[pain])
    c.med(cc(RX("161", "acetaminophen"), text="Acetaminophen 1 g"), "2026-06-10", "1 g three times daily", reasons=[pain])
    for d, p in (("2026-07-08", 4), ("2026-08-26", 6), ("2026-10-07", 7), ("2026-11-18", 8)):
        e = c.enc(d, typ="Supportive care clinic visit", reasons=[pain])
        esas(c, "PAIN", p, d, enc=e)
        esas(c, "TIRED", 4, d, enc=e)
    c.panel("2026-11-10", [("psa", 14.2), ("hb", 11.6), ("creat", 1.1), ("ca", 9.2)])
    c.note("2026-11-18", "Supportive care visit",
           "Bone pain (pelvis, lumbar spine) worsening: ESAS pain 4 -> 6 -> 7 -> 8 since July despite scheduled oxycodone "
           "(dose doubled in August) and acetaminophen; taking breakthrough doses 4x/day. Cancer therapy (ADT + enzalutamide) "
           "continues per GU oncology; PSA 14.2. Plan: rotate opioid, bowel regimen.", enc=e)
    return dict(expected=["WORSENING_DESPITE_TREATMENT"],
                why="ESAS pain rose 4 -> 8 over four months and four values (>= 2-point MID) while scheduled opioid analgesia for the cancer pain ran throughout.",
                summary="Supportive: 76M metastatic prostate cancer, bone pain ESAS 4 -> 8 despite escalating opioids")


def wdt_nm_bp_stopped_ca(c):
    c.base("Sylvie", "Bergeron", "female", "1964-09-16",
           [("Emily", "Turner", "Family physician"), ("Julie", "Caron", "Nurse practitioner")], extra="fr-CA")
    htn = c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2021-05-01")
    c.cond(cc(c.I("M17.0", "Primary gonarthrosis, bilateral"), text="Knee osteoarthritis"),
           "2019-01-01", prac=None)
    c.medst(cc(cd(ATC, "C08CA01", "amlodipine"), text="Amlodipine 10 mg daily"), "2021-05-01", status="stopped", end="2026-05-08",
            reasons=[htn], note="Patient stopped on her own because of ankle swelling; told the clinic in October.")
    for d, s, dd in (("2026-03-09", 136, 84), ("2026-07-13", 148, 92), ("2026-10-19", 158, 96)):
        e = c.enc(d, typ="Family medicine visit", reasons=[htn])
        c.vitals(d, s, dd, hr=74, wt=82.0, enc=e)
    c.panel("2026-10-19", [("creat", 71), ("k", 4.3), ("na", 139), ("gluc", 5.4)], enc=e)
    c.med(cc(cd(ATC, "C09AA04", "perindopril"), text="Perindopril 4 mg daily"), "2026-10-19", "4 mg daily", reasons=[htn], enc=e, prac=1)
    c.note("2026-10-19", "Family medicine visit / Visite",
           "BP up to 158/96. Patient reports she stopped amlodipine in early May due to ankle edema and did not restart anything. "
           "Started perindopril 4 mg today; home BP log and recheck in 4 weeks.\n"
           "Patiente a cessé l'amlodipine en mai; début du périndopril.", enc=e, prac=1)
    e2 = c.enc("2026-11-16", typ="Nurse BP check", prac=1, reasons=[htn])
    c.vitals("2026-11-16", 138, 86, hr=72, enc=e2)
    return dict(expected=[],
                why="Blood pressure rose only after the patient stopped amlodipine in May: treatment was not running during the rise, and BP fell once perindopril started.",
                summary="CA: 62F hypertension, BP rose after she stopped amlodipine; improves on new drug")


def wdt_nm_short_pc(c):
    c.base("Gloria", "Mendes", "female", "1961-02-26",
           [("Maria", "Alvarez", "Supportive care physician"), ("Laura", "Fischer", "Gynecologic oncologist")])
    ca = c.cond(cc(c.I("C54.1", "Malignant neoplasm of endometrium"), text="Endometrioid endometrial carcinoma, stage IB"),
                "2025-03-11", status="remission", prac=1)
    fat = c.cond(cc(c.I("R53.0", "Neoplastic (malignant) related fatigue"), text="Cancer-related fatigue"), "2026-10-13")
    c.medst(cc(text="Hysterectomy/BSO then vaginal brachytherapy"), "2025-04-02", status="completed", end="2025-07-15", reasons=[ca])
    c.med(cc(RX("6901", "methylphenidate"), text="Methylphenidate 5 mg"), "2026-10-13", "5 mg twice daily (morning, noon)", reasons=[fat])
    for d, t in (("2026-10-13", 3), ("2026-10-27", 5), ("2026-11-24", 6)):
        e = c.enc(d, typ="Supportive care clinic visit", reasons=[fat])
        esas(c, "TIRED", t, d, enc=e)
        esas(c, "DEPR", 2, d, enc=e)
    c.panel("2026-10-13", [("hb", 12.9), ("tsh", 1.9), ("ferr", 88), ("creat", 0.8)])
    c.note("2026-11-24", "Supportive care visit",
           "Fatigue rating 3 -> 6 over six weeks since methylphenidate started mid-October; sleeping poorly after a bereavement. "
           "Workup normal. Give trial more time, sleep support, review in 6 weeks.", enc=e)
    return dict(expected=[],
                why="Fatigue score worsened by 3 points but over only six weeks of treatment (<90 days), with a clear intercurrent cause; too short to count.",
                summary="Supportive: 65F endometrial cancer survivor, fatigue 3 -> 6 over six weeks of methylphenidate")


# ---------------------------------------------------------------- RARE_OR_COMPLEX_CONDITION
def rc_pos_acro_en(c):
    c.base("David", "Morales", "male", "1976-11-11",
           [("Samuel", "Okafor", "Endocrinologist (pituitary)"), ("Alan", "Price", "Neurosurgeon")])
    acro = c.cond(cc(c.I("E22.0", "Acromegaly and pituitary gigantism"), S("74107003", "Acromegaly")), "2024-02-14")
    c.cond(cc(c.I("D35.2", "Benign neoplasm of pituitary gland"), text="GH-secreting pituitary macroadenoma, residual after surgery"), "2024-02-14")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2022-01-01", prac=None)
    c.proc(cc(cd(CPT, "61548", "Hypophysectomy or excision of pituitary tumor, transnasal or transseptal approach, nonstereotactic"),
              text="Endoscopic transsphenoidal adenomectomy"), "completed", "2024-05-21", reasons=[acro], prac=1)
    c.med(cc(RX("7617", "octreotide"), text="Octreotide LAR 30 mg"), "2024-08-01", "30 mg IM every 4 weeks", reasons=[acro])
    c.med(cc(RX("17767", "amlodipine"), text="Amlodipine 5 mg"), "2022-01-01", "5 mg daily")
    for d, igf, a1c in (("2026-05-12", 310, 5.9), ("2026-08-11", 295, 6.0), ("2026-11-10", 280, 5.9)):
        e = c.enc(d, typ="Pituitary clinic visit", reasons=[acro])
        c.lab("igf1", igf, d, enc=e)
        c.lab("a1c", a1c, d, enc=e)
        c.vitals(d, 132, 82, hr=70, wt=98.0, enc=e)
    c.report(cc(LN("24590-2", "MR Brain WO and W contrast IV"), text="MRI pituitary"), "2026-08-11",
             "Stable 6 mm residual adenoma in right cavernous sinus. Optic chiasm free.")
    c.note("2026-11-10", "Pituitary clinic visit",
           "Acromegaly with residual cavernous sinus tumour after surgery (2024). IGF-1 slowly improving on octreotide LAR, still 1.1x ULN. "
           "Sleep study ordered for snoring. Discussed pasireotide or pegvisomant if not normalised by spring.", enc=e)
    return dict(expected=["RARE_OR_COMPLEX_CONDITION"],
                why="Active acromegaly from a residual GH-secreting pituitary adenoma, a rare disease (Orphanet), under ongoing treatment.",
                summary="Endo: 50M acromegaly with residual pituitary adenoma on octreotide")


def rc_pos_multimorbid_ca(c):
    c.base("Marguerite", "Lefebvre", "female", "1946-06-06",
           [("Emily", "Turner", "Family physician"), ("Robert", "Chen", "Cardiologist"), ("Anita", "Desai", "Nephrologist"),
            ("Heather", "Boyd", "Respirologist")], extra="fr-CA")
    conds = [("I50.0", "Congestive heart failure", "Heart failure with reduced EF (LVEF 35%)", "2019-03-01", 1),
             ("I48.9", "Atrial fibrillation and atrial flutter, unspecified", "Permanent atrial fibrillation", "2017-05-01", 1),
             ("N18.3", "Chronic kidney disease, stage 3", "CKD stage G3b", "2021-09-01", 2),
             ("J44.9", "Chronic obstructive pulmonary disease, unspecified", "COPD GOLD 2", "2012-01-01", 3),
             ("E11.9", "Type 2 diabetes mellitus without complication", "Type 2 diabetes", "2008-01-01", 0),
             ("M17.0", "Primary gonarthrosis, bilateral", "Bilateral knee osteoarthritis", "2015-01-01", 0),
             ("F33.1", "Recurrent depressive disorder, current episode moderate", "Recurrent depression", "2018-01-01", 0)]
    refs = [c.cond(cc(c.I(code, disp), text=text), onset, prac=p) for code, disp, text, onset, p in conds]
    meds = [("C03CA01", "furosemide", "Furosemide 40 mg daily", 0), ("C07AB07", "bisoprolol", "Bisoprolol 5 mg daily", 0),
            ("B01AF02", "apixaban", "Apixaban 2.5 mg BID", 1), ("C09DX04", "valsartan and sacubitril", "Sacubitril/valsartan 49/51 mg BID", 0),
            ("R03AL03", "vilanterol and umeclidinium bromide", "Umeclidinium/vilanterol inhaler daily", 3),
            ("A10BH05", "linagliptin", "Linagliptin 5 mg daily", 4), ("N06AB10", "escitalopram", "Escitalopram 10 mg daily", 6),
            ("N02BE01", "paracetamol", "Acetaminophen 650 mg TID", 5)]
    for code, disp, text, ci in meds:
        c.med(cc(cd(ATC, code, disp), text=text), "2025-01-15", text, reasons=[refs[ci]])
    e1 = c.enc("2026-06-15", typ="Family medicine visit", reasons=[refs[0]])
    c.vitals("2026-06-15", 124, 70, hr=72, wt=74.0, spo2=94, enc=e1)
    c.panel("2026-06-15", [("creat", 128), ("ntbnp", 980), ("a1c", 7.0), ("k", 4.6)], enc=e1)
    e2 = c.enc("2026-11-09", typ="Family medicine visit - complex care review", reasons=[refs[0], refs[2]])
    c.vitals("2026-11-09", 122, 72, hr=70, wt=74.5, spo2=94, enc=e2)
    c.panel("2026-11-09", [("creat", 131), ("ntbnp", 940), ("a1c", 6.9), ("k", 4.7), ("hb", 118)], enc=e2)
    c.note("2026-11-09", "Complex care review",
           "80F with HFrEF, permanent AF, CKD G3b, COPD, T2DM, bilateral knee OA and recurrent depression; followed by cardiology, "
           "nephrology and respirology. Stable; 9 regular medications. Pharmacist medication review and care coordination requested. "
           "Suivi multidisciplinaire.", enc=e2)
    return dict(expected=["RARE_OR_COMPLEX_CONDITION"],
                why="Seven active chronic conditions across cardiology, nephrology, respirology, endocrinology, rheumatology and psychiatry (>= 5 across >= 3 specialties); all stable.",
                summary="CA: 80F seven stable chronic conditions across six specialties, polypharmacy review")


def rc_pos_wilson_nl(c):
    c.base("Bram", "Dekker", "male", "1994-08-14",
           [("Tessa", "Kramer", "Maag-darm-leverarts (hepatologie)"), ("Daan", "Hermans", "Neuroloog")])
    wd = c.cond(cc(c.I("E83.0", "Disorders of copper metabolism"), S("88518009", "Wilson's disease"), text="Ziekte van Wilson (hepatisch)"),
                "2019-06-03", note="Diagnose 2019: ceruloplasmine laag, 24-uurs urinekoper verhoogd, ATP7B compound heterozygoot, Kayser-Fleischer-ringen.")
    c.med(atc("M01CC01", "penicillamine", "Penicillamine 250 mg"), "2019-07-01", "3 dd 250 mg, nuchter", reasons=[wd])
    c.med(atc("A11HA02", "pyridoxine (vit B6)", "Pyridoxine 25 mg"), "2019-07-01", "1 dd 25 mg")
    for d, alt in (("2026-03-17", 48), ("2026-07-14", 52), ("2026-11-10", 50)):
        e = c.enc(d, typ="Polikliniekbezoek hepatologie", reasons=[wd])
        c.panel(d, [("alt", alt), ("cerulo", 0.09), ("ucu", 3.1), ("plt", 188), ("alb", 41), ("creat", 79)], enc=e)
    c.report(cc(c.L("radiologie", "FIBROSCAN", "Transiente elastografie lever"), text="Fibroscan"), "2026-07-14",
             "Leverstijfheid 8,9 kPa (F2). Geen tekenen van portale hypertensie.")
    c.note("2026-11-10", "Poliverslag hepatologie",
           "Ziekte van Wilson, hepatische presentatie 2019. Stabiel onder penicillamine; urinekoper passend bij therapie. "
           "Neurologisch geen afwijkingen. Controle over 4 maanden.\n\nEnglish summary: Wilson disease, stable on chelation.", enc=e)
    return dict(expected=["RARE_OR_COMPLEX_CONDITION"],
                why="Active Wilson disease (Orphanet rare disease) on lifelong chelation therapy.",
                summary="NL: 32M Wilson disease, stable on penicillamine")


def rc_nm_four_en(c):
    c.base("Barbara", "Jensen", "female", "1957-01-19",
           [("Helen", "Carter", "Endocrinologist"), ("Omar", "Haddad", "Nurse practitioner")])
    dm = c.cond(cc(c.I("E11.9", "Type 2 diabetes mellitus without complications")), "2010-01-01")
    hy = c.cond(cc(c.I("E03.9", "Hypothyroidism, unspecified")), "2012-01-01")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2009-01-01", prac=None)
    c.cond(cc(c.I("M17.11", "Unilateral primary osteoarthritis, right knee")), "2020-01-01", prac=None)
    c.cond(cc(c.I("O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control")), "1989-06-01", status="resolved",
           abate="1989-11-01", prac=None)
    c.cond(cc(c.I("J18.9", "Pneumonia, unspecified organism")), "2024-01-10", status="resolved", abate="2024-01-28",
           cat="encounter-diagnosis", prac=None)
    c.cond(cc(c.I("S52.501A", "Unspecified fracture of the lower end of right radius, initial encounter for closed fracture")),
           "2019-02-03", status="resolved", abate="2019-04-01", cat="encounter-diagnosis", prac=None)
    c.med(cc(RX("6809", "metformin"), text="Metformin 500 mg"), "2010-01-01", "1000 mg twice daily", reasons=[dm])
    c.med(cc(RX("10582", "levothyroxine"), text="Levothyroxine 88 mcg"), "2012-01-01", "88 mcg daily", reasons=[hy])
    c.med(cc(RX("17767", "amlodipine"), text="Amlodipine 5 mg"), "2009-01-01", "5 mg daily")
    for d, a1c, tsh in (("2026-05-19", 6.9, 2.4), ("2026-11-17", 6.8, 2.1)):
        e = c.enc(d, typ="Endocrinology visit", reasons=[dm, hy])
        c.panel(d, [("a1c", a1c), ("tsh", tsh), ("creat", 0.9), ("egfr", 70)], enc=e)
        c.vitals(d, 128, 78, wt=79.0, bmi=29.0, enc=e)
    c.note("2026-11-17", "Endocrinology visit",
           "Diabetes and hypothyroidism well controlled. BP at target. Knee OA managed by PCP with exercise. "
           "Past pneumonia and wrist fracture fully resolved. Annual review.", enc=e)
    return dict(expected=[],
                why="Only four active chronic conditions (diabetes, hypothyroidism, hypertension, knee OA), all well controlled; the other problem-list entries are resolved.",
                summary="Endo: 69F four controlled chronic conditions plus resolved history items")


def rc_nm_marfan_nl(c):
    c.base("Lotte", "Meijer", "female", "1995-04-30",
           [("Joost", "Peters", "Cardioloog"), ("Annemiek", "Schouten", "Klinisch geneticus")])
    c.cond(cc(c.I("G43.0", "Migraine without aura"), text="Migraine zonder aura"), "2013-01-01", prac=None)
    c.med(atc("N02CC01", "sumatriptan", "Sumatriptan 50 mg"), "2014-01-01", "zo nodig 50 mg bij aanval")
    e1 = c.enc("2026-08-25", typ="Polikliniekbezoek cardiogenetica", reasons=[cc(text="Verdenking Marfan-syndroom")], prac=1)
    c.vitals("2026-08-25", 116, 70, hr=64, wt=68.0, enc=e1)
    c.finding(cc(LN("8302-2", "Body height"), text="Lengte"), "2026-08-25", value=cc(text="186 cm"), enc=e1, cat="vital-signs")
    c.report(cc(c.L("cardio", "TTE", "Transthoracale echocardiografie"), text="TTE"), "2026-09-08",
             "Aortawortel 31 mm (Z-score 0,8). Geen mitralisklepprolaps. Normale linkerventrikelfunctie.",
             cat=("CUS", "Cardiac Ultrasound"), enc=e1)
    c.finding(cc(c.L("oogheelkunde", "SPLAMP", "Spleetlamponderzoek"), text="Oogonderzoek"), "2026-09-08",
              value="Geen ectopia lentis", itp="N")
    gen = c.report(cc(c.L("genetica", "TAADPANEL", "Genpanel thoracale aorta-aneurysma (o.a. FBN1)"), text="Genpanel FBN1"), "2026-10-20",
                   "Geen pathogene of waarschijnlijk pathogene varianten gevonden in FBN1, TGFBR1, TGFBR2, SMAD3.",
                   cat=("GE", "Genetics"))
    c.cond(cc(c.I("Q87.4", "Marfan syndrome"), text="Marfan-syndroom"), "2026-08-25", status=None, ver="refuted",
           cat="encounter-diagnosis", enc=e1, prac=1, evidence=[gen],
           note="Uitgesloten: systemische score 3, geen aortadilatatie, geen ectopia lentis, FBN1 negatief.")
    e2 = c.enc("2026-11-03", typ="Polikliniekbezoek klinische genetica", prac=1, reasons=[cc(text="Uitslaggesprek")])
    c.note("2026-11-03", "Uitslaggesprek klinische genetica",
           "Lange gestalte en hypermobiliteit, maar Marfan-syndroom is uitgesloten (Ghent-criteria niet vervuld, FBN1 negatief, "
           "normale aortawortel). Geen verdere controles nodig.\n\nEnglish summary: suspected Marfan syndrome ruled out.", prac=1, enc=e2)
    c.panel("2026-08-25", [("hb", 8.3), ("creat", 66), ("tsh", 1.5)], enc=e1)
    return dict(expected=[],
                why="Marfan syndrome was suspected but refuted (normal aortic root, no lens dislocation, negative FBN1 panel); only migraine remains.",
                summary="NL: 31F tall and hypermobile, Marfan syndrome suspected then ruled out")


# ---------------------------------------------------------------- DSM near miss (palliative/supportive)
def dsm_nm_fatigue_pc(c):
    c.base("Thomas", "Byrne", "male", "1962-12-09",
           [("Maria", "Alvarez", "Supportive care physician"), ("Kenji", "Watanabe", "Head and neck medical oncologist")])
    ca = c.cond(cc(c.I("C10.9", "Malignant neoplasm of oropharynx, unspecified"), text="HPV-positive oropharyngeal SCC, treated 2023"),
                "2023-01-20", status="remission", prac=1)
    c.medst(cc(text="Concurrent cisplatin-radiotherapy 70 Gy"), "2023-03-06", status="completed", end="2023-04-21", reasons=[ca])
    fat = cc(c.I("R53.83", "Other fatigue"), S("84229001", "Fatigue"))
    e1 = c.enc("2026-04-14", typ="Survivorship clinic visit", reasons=[fat])
    fc = c.cond(fat, "2026-04-14", status="resolved", abate="2026-10-20", enc=e1)
    c.panel("2026-04-14", [("hb", 14.1), ("tsh", 4.6), ("creat", 0.9)], enc=e1)
    e2 = c.enc("2026-06-16", typ="Survivorship clinic visit", reasons=[fat])
    esas(c, "TIRED", 7, "2026-06-16", enc=e2)
    e3 = c.enc("2026-07-28", typ="Survivorship clinic visit", reasons=[fat])
    esas(c, "TIRED", 7, "2026-07-28", enc=e3)
    c.panel("2026-07-28", [("tsh", 18.4), ("ft4", 0.6)], enc=e3)
    hypo = c.cond(cc(c.I("E89.0", "Postprocedural hypothyroidism"), text="Post-radiation primary hypothyroidism"), "2026-07-28", enc=e3)
    c.med(cc(RX("10582", "levothyroxine"), text="Levothyroxine 75 mcg"), "2026-08-04", "75 mcg daily", reasons=[hypo])
    e4 = c.enc("2026-10-20", typ="Survivorship clinic visit", reasons=[hypo])
    esas(c, "TIRED", 2, "2026-10-20", enc=e4)
    c.lab("tsh", 3.1, "2026-10-20", enc=e4)
    c.note("2026-10-20", "Survivorship visit",
           "Fatigue that began in spring is explained by post-radiation hypothyroidism (TSH 18.4 in July). On levothyroxine since "
           "August, energy back to normal, ESAS tiredness 2. Fatigue problem closed. No evidence of recurrence on August PET.", enc=e4)
    return dict(expected=[],
                why="The catch-all fatigue label was explained by post-radiation hypothyroidism found in July; fatigue resolved on levothyroxine and the label was closed.",
                summary="Supportive: 63M oropharyngeal cancer survivor; fatigue label closed once radiation hypothyroidism found and treated")
