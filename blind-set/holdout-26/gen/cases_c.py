from lib import cc, tx
from sites import setup

PRESENT = cc(("sct", "52101004", "Present"))
CONS = ("11488-4", "Consult note")
YES = ("loinc", "LA33-6", "Yes")
NO = ("loinc", "LA32-8", "No")
PHQ9 = ("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")
EPDS = ("71354-5", "Edinburgh Postnatal Depression Scale [EPDS] total score")


def pp_basics(c, who, delivery, gp, mode="Spontaneous vaginal delivery"):
    c.obs(("11996-6", "[#] Pregnancies"), delivery, gp[0], "{#}", cat="exam")
    c.obs(("11977-6", "[#] Parity"), delivery, gp[1], "{#}", cat="exam")
    c.cond(cc(("sct", "289256000", "Mother delivered"), ("icd", "Z39.2", "Encounter for routine postpartum follow-up"), text=f"Postpartum - {mode} {delivery}"), delivery, status="active", who=who)


def c_psnw_pos(cid):
    c = setup(cid, "bayview", "uhc", "988172640-01", [("Alicia", "Moreno-Blake"), ("Jared", "Kim", "MD"), ("Sunita", "Parikh", "CNM")],
              "Kayla Renee", "Dominguez", "female", "1995-04-09", "BWH-5528103", "3721 Ocean View Blvd", "619-555-0172", marital=("M", "Married"))
    ob, edmd, cnm = c.pr
    ed_org = c.org("Bayview Medical Center Emergency Department", city="San Diego", state="CA")
    pp_basics(c, ob, "2026-09-24", (2, 2))
    c.cond(cc(("icd", "O13.3", "Gestational [pregnancy-induced] hypertension without significant proteinuria, third trimester"), text="Gestational hypertension"), "2026-09-10", status="resolved", abated="2026-10-15", who=ob)
    c.cond(cc(("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2008-01-01", who=ob)
    e1 = c.enc("2026-11-02", "Postpartum visit (scheduled)", reason="6-week postpartum visit", who=cnm, org=c.o, typ_code=cc(("sct", "133906008", "Postpartum care")))
    c.vitals("2026-11-02", e1, 118, 72, 104, 71.4, spo2=97)
    c.obs(EPDS, "2026-11-02", 6, "{score}", cat="survey", enc=e1)
    sob = c.obs(cc(("sct", "267036007", "Dyspnea")), "2026-11-02", vcc=PRESENT, cat="exam", enc=e1, note="Breathless climbing stairs, palpitations, more tired than after first baby.")
    for l in [("718-7", "Hemoglobin [Mass/volume] in Blood", 12.4, "g/dL", 12.0, 15.5), ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.8, "m[IU]/L", 0.45, 4.5)]:
        c.lab(l[0], l[1], "2026-11-02", l[2], l[3], l[4], l[5], enc=e1)
    c.note("2026-11-02", "Postpartum visit note", """
6 wk PP visit, G2P2, SVD 9/24. Gest HTN resolved, off labetalol.
Reports getting winded on stairs and with baby carrier, heart "racing" at times, tired. Breastfeeding, waking q3h.
HR 104, BP 118/72, SpO2 97%. Lungs clear, mild ankle edema. EPDS 6.
Hgb 12.4, TSH 1.8.
A/P: normal postpartum recovery, sleep deprivation. Reassured. Return 1 year or prn. IUD desired - scheduled.
S. Parikh CNM
""", author=cnm, enc=e1)
    ed = c.enc("2026-11-07", "Emergency department visit", cls="EMER", reason="Shortness of breath, palpitations", who=edmd, org=ed_org)
    c.vitals("2026-11-07", ed, 124, 80, 112, None, spo2=96, rr=20)
    c.lab("10839-9", "Troponin I.cardiac [Mass/volume] in Serum or Plasma", "2026-11-07", 0.01, "ng/mL", None, 0.04, enc=ed)
    c.dr(cc(("loinc", "36643-5", "XR Chest 2 Views")), "2026-11-07", "No acute cardiopulmonary process. Heart size upper normal.", who=edmd, enc=ed)
    c.dr(tx("CT angiography chest, pulmonary embolism protocol"), "2026-11-07", "No pulmonary embolism. Small bilateral pleural effusions, likely physiologic postpartum.", who=edmd, enc=ed)
    c.dr(tx("Electrocardiogram 12-lead"), "2026-11-07", "Sinus tachycardia 110. Nonspecific T wave flattening.", cat=("EC", "Electrocardiac"), who=edmd, enc=ed)
    c.note("2026-11-07", "ED provider note", """
31F 6 wks PP with SOB, palpitations x 3 wks, worse lying flat last 2 nights. CTA neg for PE, CXR neg, trop neg.
Dx: dyspnea - likely deconditioning/anxiety postpartum. D/c home, f/u OB.
""", author=edmd, enc=ed)
    e3 = c.enc("2026-11-13", "OB triage - unscheduled walk-in", cls="EMER", reason="Breathlessness, leg swelling", who=ob, org=c.o)
    c.vitals("2026-11-13", e3, 112, 74, 108, 73.1, spo2=95)
    c.obs(cc(("sct", "267036007", "Dyspnea")), "2026-11-13", vcc=PRESENT, cat="exam", enc=e3, note="Sleeping propped on 2 pillows. Weight up 1.7 kg in 11 days.")
    c.note("2026-11-13", "OB triage note", """
Walk-in. 7 wks PP. Still short of breath, now sleeps on 2 pillows, ankles more swollen. Seen in ED 11/7 - PE ruled out.
HR 108, SpO2 95%. Bibasilar crackles? faint. 1+ pitting edema.
A/P: persistent postpartum dyspnea, ED workup negative. Likely deconditioning and anxiety. Reassured, hydration, f/u PCP.
""", author=ob, enc=e3)
    c.med(cc(("rx", "435", "albuterol"), text="albuterol HFA 90 mcg"), "2008-01-01", "2 puffs q4-6h prn", who=ob)
    c.med(tx("prenatal multivitamin with iron and folic acid"), "2026-02-01", "1 tablet daily", who=ob)
    return c


def c_dsm_pos(cid):
    c = setup(cid, "magnolia", "medicaid", "LA4471920355", [("Simone", "Arceneaux"), ("Daniel", "Broussard", "PMHNP-BC")],
              "Jasmine Nicole", "Fontenot", "female", "1997-08-22", "MPP-0082214", "1718 Government St", "225-555-0191", marital=("S", "Never Married"))
    ob, psy = c.pr
    pp_basics(c, ob, "2026-06-10", (1, 1))
    ppd = c.cond(cc(("icd", "F53.0", "Postpartum depression"), ("sct", "58703003", "Postpartum depression")), "2026-08-05", who=psy)
    c.cond(cc(("icd", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)") if False else ("sct", "87522002", "Iron deficiency anemia"), text="Postpartum anemia"), "2026-06-11", status="resolved", abated="2026-08-05", who=ob)
    c.med(cc(("rx", "36437", "sertraline"), text="sertraline 50 mg tablet"), "2026-08-05", "50 mg daily; increased to 100 mg 09/09/2026; 150 mg 11/18/2026", reason=ppd, who=psy)
    data = [("2026-08-05", 15, 102, 70.8, "Low mood, crying, anxious, poor sleep even when baby sleeps, appetite poor."),
            ("2026-09-09", 13, 108, 67.9, "Mood a little better. Shaky hands, heart pounding, sweating at night, hot all the time, lost more weight."),
            ("2026-11-18", 14, 114, 64.5, "Anxious, can't sit still, tremor, palpitations, losing weight (now below pre-pregnancy 69 kg), loose stools.")]
    for d, phq, hr, wt, txt in data:
        e = c.enc(d, "Perinatal mental health visit", reason="Postpartum depression", who=psy, org=c.o)
        c.obs(PHQ9, d, phq, "{score}", cat="survey", enc=e)
        c.vitals(d, e, 122, 70, hr, wt)
        c.obs(tx("Clinical symptom note"), d, vstr=txt, cat="exam", enc=e)
    e2 = c.enc("2026-10-21", "Postpartum OB visit", reason="Palpitations, weight loss", who=ob, org=c.o)
    c.vitals("2026-10-21", e2, 126, 72, 112, 65.8)
    c.obs(cc(("sct", "26079004", "Tremor")), "2026-10-21", vcc=PRESENT, cat="exam", enc=e2, note="Fine tremor outstretched hands; small painless goiter.")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-21", 0.02, "m[IU]/L", 0.45, 4.5, enc=e2)
    c.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2026-10-21", 3.1, "ng/dL", 0.8, 1.8, enc=e2)
    c.note("2026-10-21", "OB visit note", """
4.5 months PP, formula feeding. Palpitations, heat intolerance, weight loss 6 kg since August. On sertraline for PPD.
HR 112. Fine tremor. Thyroid mildly enlarged, nontender.
Labs drawn: TSH, free T4, CBC. Will route to behavioral health.
""", author=ob, enc=e2)
    c.note("2026-11-18", "Perinatal psychiatry follow-up", """
PMHNP f/u - PPD. Sertraline 100 mg x 10 weeks. PHQ-9 14 (was 15, 13). Prominent anxiety, restlessness, insomnia, palpitations, tremor, weight loss - attributed to anxious depression and possible SSRI activation.
A/P: postpartum depression, partial response. Increase sertraline to 150 mg. Add hydroxyzine 25 mg prn anxiety. Therapy referral. RTC 6 weeks.
""", author=psy, enc=e)
    c.med(cc(("rx", "5553", "hydroxyzine"), text="hydroxyzine HCl 25 mg tablet"), "2026-11-18", "25 mg every 8 h as needed for anxiety", reason=ppd, who=psy)
    return c


def c_mpp_pos(cid):
    c = setup(cid, "magnolia", "bcbs", "XJL663018224", [("Renee", "Thibodeaux"), ("Marcus", "LeBlanc")],
              "Monique Elise", "Guidry", "female", "1991-12-03", "MPP-0047761", "9120 Jefferson Hwy", "225-555-0124", marital=("M", "Married"))
    gyn, rei = c.pr
    fib = c.cond(cc(("icd", "D25.1", "Intramural leiomyoma of uterus"), ("sct", "95315005", "Uterine leiomyoma"), text="Multiple uterine fibroids, dominant 9 cm intramural/subserosal"), "2025-06-18", who=gyn)
    c.cond(cc(("icd", "N92.0", "Excessive and frequent menstruation with regular cycle")), "2025-06-18", who=gyn)
    c.cond(cc(("icd", "N97.9", "Female infertility, unspecified") if False else ("icd", "N97.2", "Female infertility of uterine origin"), text="Infertility, 2 years"), "2026-04-02", who=rei)
    ida = c.cond(cc(("sct", "87522002", "Iron deficiency anemia"), ("icd", "D50.0", "Iron deficiency anemia secondary to blood loss (chronic)")), "2025-06-18", who=gyn)
    c.dr(tx("MRI pelvis with and without contrast"), "2026-08-27",
         "Enlarged uterus with at least 7 fibroids; dominant 9.1 cm intramural/subserosal posterior fundal fibroid; 4.2 cm intramural fibroid abutting the endometrium (FIGO 3). No features of sarcoma. Ovaries normal.", who=gyn)
    for d, h, f in [("2026-06-10", 9.8, 9), ("2026-09-15", 10.6, 22), ("2026-11-17", 11.2, 41)]:
        c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", d, h, "g/dL", 12.0, 15.5)
        c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", d, f, "ng/mL", 15, 150)
    c.med(cc(("rx", "4508", "ferrous sulfate") if False else ("rx", "24941", "ferrous sulfate"), text="ferrous sulfate 325 mg tablet"), "2025-06-18", "325 mg every other day", reason=ida, who=gyn)
    c.med(cc(("rx", "10691", "tranexamic acid"), text="tranexamic acid 650 mg tablet"), "2025-06-18", "1300 mg three times daily up to 5 days during menses", reason=fib, who=gyn)
    e1 = c.enc("2026-09-22", "Reproductive endocrinology consult", reason="Infertility with fibroids", who=rei, org=c.o)
    c.note("2026-09-22", "REI consult", """
35F G0, 2 yrs infertility, regular cycles, partner SA normal, AMH 2.1, HSG patent tubes with filling defect. MRI: multiple fibroids incl. FIGO 3 distorting cavity.
Recommend abdominal myomectomy before IVF/conception attempts. Hysteroscopic approach alone insufficient.
""", author=rei, enc=e1, typ=CONS)
    e2 = c.enc("2026-11-17", "Gynecology pre-operative visit", reason="Pre-op myomectomy", who=gyn, org=c.o)
    c.vitals("2026-11-17", e2, 118, 74, 76, 66.3)
    c.proc(cc(("cpt", "58146", "Myomectomy, excision of fibroid tumor(s) of uterus, 5 or more intramural myomas and/or intramural myomas with total weight greater than 250 g, abdominal approach"),
              text="Abdominal (open) multiple myomectomy"), None, status="preparation", reason=fib, who=gyn, enc=e2,
           note="Scheduled 01/20/2027, Woman's Hospital main OR, general anesthesia, 2 units type & crossmatch, cell saver.")
    c.note("2026-11-17", "Pre-operative H&P", """
PRE-OP H&P
35F, symptomatic multiple fibroids (menorrhagia, IDA, infertility), uterus 18-week size. Hgb 11.2 after oral iron.
Plan: laparotomy, multiple myomectomy on 01/20/2027. Consent: bleeding/transfusion, possible hysterectomy if uncontrollable hemorrhage (<1%), adhesions, future cesarean delivery recommended, uterine rupture risk in pregnancy. Patient wishes fertility preservation.
Pre-op labs today. Continue iron.
""", author=gyn, enc=e2, typ=("34117-2", "History and physical note"))
    return c


def c_up_pos(cid):
    c = setup(cid, "riverbend", "medicare", "3WE5RT7YU28", [("Carolyn", "Albrecht"), ("Nkechi", "Obi"), ("Hannah", "Pryor", "MSW", None, None)],
              "Dorothy Ann", "Kowalski", "female", "1955-03-19", "RBG-00219874", "418 Morse Rd", "614-555-0137", marital=("W", "Widowed"))
    go, pall, sw = c.pr
    ov = c.cond(cc(("icd", "C56.3", "Malignant neoplasm of bilateral ovaries"), ("sct", "363443007", "Malignant tumor of ovary"), text="High-grade serous ovarian carcinoma, platinum-resistant recurrence"), "2024-02-12", who=go,
                stage="FIGO IIIC at diagnosis; BRCA wild-type, HRD negative")
    c.cond(cc(("icd", "C78.6", "Secondary malignant neoplasm of retroperitoneum and peritoneum")), "2025-09-03", who=go)
    c.cond(cc(("icd", "R18.0", "Malignant ascites")), "2026-08-20", who=go)
    c.cond(cc(("icd", "I10", "Essential (primary) hypertension")), "2008-01-01", who=go)
    c.proc(cc(("cpt", "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), "2026-11-04", reason=ov, who=go, note="4.1 L removed")
    for d, v in [("2026-08-12", 1840), ("2026-10-28", 2650)]:
        c.obs(("10334-1", "Cancer Ag 125 [Units/volume] in Serum or Plasma"), d, v, "U/mL", "[IU]/mL", None, 35, "H")
    c.dr(tx("CT abdomen and pelvis with contrast"), "2026-10-20", "Progressive peritoneal carcinomatosis with omental caking, moderate-large ascites, new small bowel wall thickening with partial obstruction pattern.", who=go)
    e1 = c.enc("2026-10-28", "Gynecologic oncology visit", reason="Recurrent ovarian cancer - progression", who=go, org=c.o)
    c.obs(tx("ECOG performance status"), "2026-10-28", 3, "{score}", cat="survey", enc=e1)
    c.vitals("2026-10-28", e1, 104, 66, 96, 51.2)
    c.note("2026-10-28", "Gynecologic oncology note", """
GYN ONC - 71F HGSOC, dx 02/2024 stage IIIC; PDS + carboplatin/paclitaxel; recurrence 09/2025 (platinum-free interval 4 mo); weekly paclitaxel + bevacizumab to 08/2026 - progression; stopped.
Now ECOG 3, early satiety, recurrent ascites q2-3 weeks, CA-125 2650, CT progressive carcinomatosis with partial SBO pattern.
Discussion: there are no further treatment options likely to help her. Not eligible for clinical trials (ECOG 3, bowel involvement). Further chemotherapy would cause harm without benefit.
Patient's goals: be at home with her cat and daughter, avoid hospital. Agrees with comfort-focused care.
Plan: palliative care co-management, hospice referral, paracentesis prn, DNR.
""", author=go, enc=e1)
    c.careplan("Palliative care plan - recurrent ovarian cancer", "2026-10-28", cc(("sct", "103735009", "Palliative care")), addresses=[ov], author=pall,
               desc="Comfort-focused care; no further cancer-directed therapy. Symptom management (ascites, nausea, pain). Home hospice.",
               activities=[("Home hospice enrollment", "scheduled", cc(("sct", "385763009", "Hospice care"))), ("Therapeutic paracentesis as needed", "in-progress", None)])
    c.sr(cc(("sct", "385763009", "Hospice care"), text="Referral to hospice - OhioHealth Kobacker"), "2026-11-04", occ="2026-11-09", reason=ov, who=pall)
    c.med(cc(("rx", "7052", "morphine"), text="morphine sulfate ER 15 mg tablet"), "2026-10-28", "15 mg every 12 h", who=pall)
    c.med(cc(("rx", "26225", "ondansetron"), text="ondansetron 4 mg ODT"), "2026-10-28", "4 mg every 8 h as needed", who=pall)
    c.med(cc(("rx", "6915", "metoclopramide"), text="metoclopramide 5 mg tablet"), "2026-10-28", "5 mg before meals", who=pall)
    e2 = c.enc("2026-11-11", "Palliative care home visit", cls="HH", reason="Symptom management", who=pall, org=c.o)
    c.note("2026-11-11", "Palliative care visit", "Home visit with hospice RN. Pain 3/10 on morphine ER. Nausea controlled. Daughter moving in. Goals: comfort at home. Chaplain visit requested.", author=pall, enc=e2)
    return c


def c_hit_pos(cid):
    c = setup(cid, "riverbend", "aetna", "W1198822403", [("Carolyn", "Albrecht", "MD", "1245578890"), ("Ibrahim", "Salem"), ("Jody", "Franks", "NP")],
              "Tanya Michelle", "Haskins", "female", "1982-06-15", "RBG-00408812", "5520 Karl Rd", "614-555-0162", marital=("M", "Married"))
    go, ro, np_ = c.pr
    rad = c.org("Riverbend Radiation Oncology Center", city="Columbus", state="OH")
    cx = c.cond(cc(("icd", "C53.0", "Malignant neoplasm of endocervix"), ("sct", "363354003", "Malignant tumor of cervix"), text="Squamous cell carcinoma of cervix"), "2026-10-21", who=go,
                stage="FIGO 2018 stage IIB (parametrial involvement, no nodes on PET)")
    c.cond(cc(("icd", "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "2000-01-01", who=go)
    c.cond(cc(("icd", "E66.09", "Other obesity due to excess calories")), "2015-01-01", who=go)
    c.proc(cc(("cpt", "57455", "Colposcopy of the cervix including upper/adjacent vagina; with biopsy(s) of the cervix")), "2026-10-14", who=go)
    c.dr(cc(("loinc", "11529-5", "Surgical pathology study")), "2026-10-18", "Cervix, 6 o'clock, biopsy: invasive squamous cell carcinoma, moderately differentiated; p16 block-positive.", cat=("SP", "Surgical Pathology"), who=go)
    c.dr(tx("PET/CT skull base to mid-thigh"), "2026-11-02", "FDG-avid 4.8 cm cervical mass with left parametrial extension. No FDG-avid pelvic or para-aortic nodes. No distant disease.", who=go)
    e1 = c.enc("2026-11-10", "Gynecologic oncology tumor board follow-up visit", reason="Cervical cancer treatment planning", who=go, org=c.o)
    c.vitals("2026-11-10", e1, 128, 80, 78, 89.0)
    for l in [("718-7", "Hemoglobin [Mass/volume] in Blood", 12.1, "g/dL", 12.0, 15.5), ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.7, "mg/dL", 0.5, 1.1)]:
        c.lab(l[0], l[1], "2026-11-10", l[2], l[3], l[4], l[5], enc=e1)
    c.med(cc(("rx", "2555", "cisplatin")), "2026-11-10", "40 mg/m2 IV weekly x 5-6 during external beam radiotherapy", status="active", intent="order", reason=cx, who=go, enc=e1, start="2026-12-07")
    c.sr(cc(("sct", "108290001", "Radiation oncology AND/OR radiotherapy"), text="Definitive pelvic external beam radiotherapy 45 Gy/25 fx + HDR brachytherapy boost"), "2026-11-10",
         status="active", intent="order", occ="2026-12-07", reason=cx, who=ro, performer=rad, enc=e1)
    c.note("2026-11-10", "Gynecologic oncology note", """
44F G3P3, FIGO IIB SCC cervix, 4.8 cm with L parametrial extension, node-negative on PET.
Tumor board 11/5: not a surgical candidate (parametrial disease). Recommendation: definitive concurrent chemoradiation - pelvic EBRT 45 Gy/25 fx with weekly cisplatin 40 mg/m2, followed by image-guided HDR brachytherapy.
Counseled: permanent loss of ovarian function (surgical menopause symptoms), infertility (family complete), vaginal stenosis - dilator use, bowel/bladder late effects, fatigue, nausea, neuropathy/ototoxicity with cisplatin. Smoking cessation strongly advised (reduces efficacy).
Sim 11/24, start 12/07/2026. Audiogram baseline ordered.
""", author=go, enc=e1)
    c.note("2026-11-24", "Radiation oncology simulation note", "CT simulation completed, supine, full bladder protocol. Planned IMRT pelvis 45 Gy in 25 fractions with weekly cisplatin; brachytherapy HDR 28 Gy/4 fx to follow. Start 12/07/2026.", author=ro, custodian=rad)
    c.med(cc(("rx", "198045", "nicotine 21 MG/Day 24HR Transdermal System") if False else ("rx", "7407", "nicotine"), text="nicotine 21 mg/24 h patch"), "2026-11-10", "1 patch daily", who=np_)
    return c


def c_hit_nm(cid):
    c = setup(cid, "bayview", "tricare", "TR0044817263", [("Alicia", "Moreno-Blake", "MD", "1356678902"), ("Grant", "Okamoto")],
              "Brittany Lynn", "Castellanos", "female", "1994-02-07", "BWH-5601128", "1502 Rosecrans St", "619-555-0155", marital=("M", "Married"))
    ob, edmd = c.pr
    c.cond(cc(("icd", "F41.1", "Generalized anxiety disorder")), "2018-01-01", who=ob)
    c.cond(cc(("icd", "N73.9", "Female pelvic inflammatory disease, unspecified") if False else ("sct", "198130006", "Female pelvic inflammatory disease"), text="Pelvic inflammatory disease (treated 2019)"), "2019-04-01", status="resolved", abated="2019-05-01", who=ob)
    e1 = c.enc("2026-11-16", "OB triage - early pregnancy assessment", cls="EMER", reason="Vaginal spotting, pelvic pain, positive home pregnancy", who=ob, org=c.o)
    c.vitals("2026-11-16", e1, 116, 72, 84, 62.0)
    c.obs(("8665-2", "Last menstrual period start date"), "2026-11-16", vstr="2026-09-29", cat="exam", enc=e1)
    c.dr(tx("Transvaginal ultrasound, first trimester"), "2026-11-16", "No intrauterine gestation. 1.4 cm right adnexal ring-like mass separate from ovary without cardiac activity. Small amount of simple free fluid. Consistent with right tubal ectopic pregnancy.", who=ob, enc=e1)
    ect = c.cond(cc(("icd", "O00.101", "Right tubal pregnancy without intrauterine pregnancy"), ("sct", "79586000", "Tubal pregnancy")), "2026-11-16", who=ob, enc=e1)
    for d, v in [("2026-11-16", 1850), ("2026-11-20", 2010), ("2026-11-23", 1420), ("2026-11-30", 640)]:
        c.obs(("21198-7", "Choriogonadotropin.beta subunit [Units/volume] in Serum or Plasma"), d, v, "m[IU]/mL", None, None, 5, "H")
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-16", 0.7, "mg/dL", 0.5, 1.1, enc=e1)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-11-16", 18, "U/L", 7, 35, enc=e1)
    c.obs(("882-1", "ABO and Rh group [Type] in Blood"), "2026-11-16", vstr="O Rh positive", enc=e1)
    c.med(cc(("rx", "6851", "methotrexate")), "2026-11-16", "50 mg/m2 (84 mg) IM once - single-dose protocol", status="completed", intent="order", reason=ect, who=ob, enc=e1,
          note="Administered 11/16/2026 17:40 in OB triage.")
    c.note("2026-11-16", "OB triage note", """
32F G1P0 at 6w6d by LMP, spotting and R pelvic pain. Hemodynamically stable. TVUS: 1.4 cm R tubal ectopic, no FHT, minimal free fluid. hCG 1850. Normal CBC, Cr, LFTs. Rh+.
Candidate for medical management. Single-dose methotrexate 50 mg/m2 IM given. Ectopic precautions reviewed; avoid folate, NSAIDs, alcohol; no intercourse.
hCG day 4 and day 7.
""", author=ob, enc=e1)
    e2 = c.enc("2026-11-23", "Gynecology follow-up", reason="Ectopic pregnancy - methotrexate follow-up", who=ob, org=c.o)
    c.note("2026-11-23", "Gynecology follow-up", """
Day 7 after single-dose MTX. hCG 2010 (day 4) -> 1420 (day 7): 29% fall, meets >15% criterion - treatment success, no second dose needed. Pain resolved.
Plan: weekly hCG until < 5. Contraception 3 months. Grief support offered.
""", author=ob, enc=e2)
    c.med(cc(("rx", "161", "acetaminophen"), text="acetaminophen 500 mg tablet"), "2026-11-16", "1000 mg every 6 h as needed", who=ob)
    return c


def c_prc_pos(cid):
    c = setup(cid, "bayview", "bcbs", "CAB77281934", [("Lauren", "Whitaker-Ng"), ("Rohan", "Mehta"), ("Sunita", "Parikh", "CNM", "1669988001")],
              "Hannah Rose", "Lindqvist", "female", "1997-01-12", "BWH-5733490", "4480 Mission Gorge Pl", "619-555-0133", marital=("M", "Married"))
    ob, mfm, cnm = c.pr
    preg = c.cond(cc(("icd", "Z34.02", "Encounter for supervision of normal first pregnancy, second trimester") if False else ("sct", "77386006", "Pregnancy"), text="Intrauterine pregnancy, EDD 02/28/2027"), "2026-06-07", who=cnm)
    hypo = c.cond(cc(("icd", "O99.282", "Endocrine, nutritional and metabolic diseases complicating pregnancy, second trimester"), ("sct", "40930008", "Hypothyroidism"), text="Hypothyroidism (Hashimoto) complicating pregnancy"), "2019-05-01", who=ob)
    c.obs(("11778-8", "Delivery date Estimated"), "2026-07-20", vstr="2027-02-28", cat="exam")
    c.obs(("11996-6", "[#] Pregnancies"), "2026-07-20", 1, "{#}", cat="exam")
    c.med(cc(("rx", "10582", "levothyroxine"), text="levothyroxine 100 mcg tablet"), "2026-07-20", "100 mcg daily (increased from 75 mcg at confirmation of pregnancy)", reason=hypo, who=ob)
    for d, tsh, ga in [("2026-07-20", 2.1, 10), ("2026-09-14", 1.6, 18), ("2026-11-09", 1.9, 24)]:
        e = c.enc(d, "Prenatal visit", reason="Routine prenatal care", who=cnm, org=c.o, typ_code=cc(("sct", "424441002", "Prenatal initial visit") if d == "2026-07-20" else ("sct", "424619006", "Prenatal visit")))
        c.obs(("49051-6", "Gestational age in weeks"), d, ga, "wk", cat="exam", enc=e)
        c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), d, tsh, "m[IU]/L", None, 0.1, 2.5, "N", enc=e, ref_text="Pregnancy-specific: 0.1-2.5 (1st trimester), 0.2-3.0 (2nd/3rd)")
        c.vitals(d, e, 108, 66, 80, 60.0 + ga * 0.3)
    c.dr(tx("US OB detailed anatomy survey"), "2026-10-05", "Single live IUP 20w1d. Normal detailed anatomy. EFW 340 g (48th %ile). Posterior placenta, no previa. Normal AFI.", who=mfm)
    c.dr(tx("US OB follow-up fetal growth"), "2026-11-16", "Single live IUP 25w1d. EFW 820 g (44th %ile). Normal AFI, normal UA Doppler.", who=mfm)
    c.note("2026-11-09", "Prenatal visit note", """
24 wks. Feels well. Asked again whether levothyroxine dose is right and if thyroid could affect baby's growth; reviewed TSH 1.9 in range. Reassured.
FH 24, FHT 148. Glucose screen next visit.
""", author=cnm, enc=e)
    c.qr("https://api.bayviewwomens.com/fhir/r4/Questionnaire/prenatal-experience-survey|2.1", "2026-11-20", [
        ("1", "Do you feel your questions and concerns are being heard by your care team?", NO),
        ("2", "Would you like a second opinion about any part of your care?", YES),
        ("2.1", "Please tell us more", "I've asked three times about my thyroid dose and the baby's size and I keep being told not to worry. I want another doctor (maybe an endocrinologist or a different MFM) to look at my care."),
        ("3", "How would you rate your overall prenatal care experience? (1-5)", 2)])
    return c


def c_prc_nm(cid):
    c = setup(cid, "magnolia", "uhc", "911287344-02", [("Simone", "Arceneaux", "MD", "1300091122"), ("Claire", "Hebert", "CNM")],
              "Olivia Marie", "Landry", "female", "1992-07-28", "MPP-0091347", "2250 Perkins Rd", "225-555-0146", marital=("M", "Married"))
    ob, cnm = c.pr
    pp_basics(c, cnm, "2026-08-19", (2, 2))
    c.cond(cc(("icd", "O99.810", "Abnormal glucose complicating pregnancy") if False else ("icd", "O24.419", "Gestational diabetes mellitus in pregnancy, unspecified control") if False else ("sct", "11687002", "Gestational diabetes mellitus"), text="Gestational diabetes, diet-controlled"), "2026-05-14", status="resolved", abated="2026-08-19", who=ob)
    c.cond(cc(("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2020-01-01", who=ob)
    e1 = c.enc("2026-09-30", "Postpartum visit (scheduled)", reason="6-week postpartum visit", who=cnm, org=c.o, typ_code=cc(("sct", "133906008", "Postpartum care")))
    c.vitals("2026-09-30", e1, 112, 70, 72, 70.2)
    c.obs(EPDS, "2026-09-30", 5, "{score}", cat="survey", enc=e1)
    c.obs(("2345-7", "Glucose [Mass/volume] in Serum or Plasma --2 hours post 75 g glucose PO") if False else tx("Glucose 2 h post 75 g glucose PO (postpartum GDM screen)"), "2026-09-30", 118, "mg/dL", None, None, 140, "N", enc=e1)
    c.proc(cc(("cpt", "58300", "Insertion of intrauterine device (IUD)")), "2026-09-30", who=cnm, enc=e1, note="Levonorgestrel 52 mg IUS placed without difficulty.")
    c.note("2026-09-30", "Postpartum visit", """
6 wk PP, G2P2, SVD 8/19 at 39w2d. GDM diet-controlled, 2h OGTT today 118 (normal). Breastfeeding well. Mood good, EPDS 5, partner supportive.
LNG-IUS placed. Return 1 year annual; repeat glucose screen every 3 years.
""", author=cnm, enc=e1)
    c.qr("https://fhir.magnoliaperinatal.com/R4/Questionnaire/postpartum-visit-checkin|1.4", "2026-09-28", [
        ("q1", "Do you feel your care team listened to your concerns during pregnancy and delivery?", YES),
        ("q2", "Would you like a second opinion about any part of your care?", NO),
        ("q3", "Any other questions for your visit?", "When can I start running again? And is the IUD ok with breastfeeding?")])
    c.comm("2026-10-14", "Hi Claire, quick question - spotting a little since the IUD, is that normal? Otherwise all good. Thanks!", recipient=cnm, cat="Patient portal message", topic="IUD spotting")
    c.comm("2026-10-15", "Irregular spotting is common for the first 3-6 months with the LNG-IUS. Call if heavy bleeding, fever or pelvic pain.", sender=cnm, recipient=c.pt, cat="Provider reply")
    c.med(cc(("rx", "40790", "pantoprazole"), text="pantoprazole 20 mg tablet"), "2020-01-01", "20 mg daily as needed", who=ob)
    return c


def c_wdt_pos(cid):
    c = setup(cid, "riverbend", "bcbs", "OHB22017865", [("Erin", "Matsumoto"), ("Felicia", "Grant", "PT, DPT")],
              "Rachel Anne", "Sorensen", "female", "1994-11-02", "RBG-00377120", "90 E Lane Ave", "614-555-0112", marital=("S", "Never Married"))
    gyn, pt = c.pr
    endo = c.cond(cc(("icd", "N80.03", "Adenomyosis of the uterus") if False else ("icd", "N80.30", "Endometriosis of pelvic peritoneum, unspecified") if False else ("sct", "129103003", "Endometriosis"), ("icd", "N80.39", "Other endometriosis of pelvic peritoneum"), text="Endometriosis, stage III (rASRM), laparoscopically confirmed"), "2024-03-12", who=gyn,
                  note="Laparoscopic excision 03/2024: pelvic sidewall, uterosacral ligaments, L ovarian endometrioma 3 cm; histology confirmed.")
    c.cond(cc(("icd", "F41.1", "Generalized anxiety disorder")), "2019-01-01", who=gyn)
    c.proc(cc(("cpt", "58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface by any method")), "2024-03-12", reason=endo, who=gyn)
    c.med(cc(("rx", "7514", "norethindrone"), text="norethindrone acetate 5 mg tablet"), "2025-12-02", "5 mg daily continuously", reason=endo, who=gyn, note="Continuous; refilled every 90 days, last fill 10/28/2026")
    c.med(cc(("rx", "7258", "naproxen"), text="naproxen sodium 550 mg tablet"), "2024-03-20", "550 mg twice daily as needed", reason=endo, who=gyn)
    for d, p, dys in [("2026-03-03", 4, "Occasional deep dyspareunia."), ("2026-06-16", 6, "Breakthrough pelvic pain 10 days/month."), ("2026-09-08", 7, "Daily pain, dyschezia."), ("2026-11-17", 8, "Daily pelvic pain, missed 5 work days this month.")]:
        e = c.enc(d, "Gynecology visit - pelvic pain clinic", reason="Endometriosis pain", who=gyn, org=c.o)
        c.obs(("38208-5", "Pain severity - Reported"), d, p, "{score}", cat="survey", enc=e, note="Average pelvic pain past 4 weeks, 0-10 NRS. " + dys)
    c.dr(tx("US pelvis transvaginal"), "2026-09-08", "Small 1.8 cm left endometrioma; no deep nodules visualized; uterus normal.", who=gyn)
    c.note("2026-11-17", "Pelvic pain clinic note", """
32F, stage III endometriosis (excision 03/2024). On continuous norethindrone acetate 5 mg since 12/2025 - amenorrheic, adherent (pharmacy fills on time), plus naproxen prn.
Average pelvic pain NRS 4 (03/2026) -> 6 -> 7 -> 8 today. Now daily pain, dyschezia, missing work.
Pelvic floor PT 8 sessions (09-11/2026) without benefit.
A: endometriosis-associated pain progressively worse over 8 months despite continuous progestin therapy.
Plan: discussed GnRH antagonist combination therapy (relugolix-estradiol-norethindrone) - prior auth started; consider repeat MRI for deep disease. Surgery not planned at this time. RTC 8 weeks.
""", author=gyn, enc=e)
    c.enc("2026-10-06", "Pelvic floor physical therapy", reason="Pelvic pain", who=pt, org=c.o)
    return c


def c_wdt_nm(cid):
    c = setup(cid, "bayview", "medicaid", "CA90817264A", [("Jessica", "Huerta"), ("Omar", "Farah", "MD")],
              "Valeria", "Ochoa", "female", "1996-05-18", "BWH-5690012", "2640 Imperial Ave", "619-555-0108", lang=("es", "Spanish"), marital=("M", "Married"))
    ob, psy = c.pr
    pp_basics(c, ob, "2026-05-02", (2, 2), mode="Cesarean delivery (repeat, scheduled)")
    mdd = c.cond(cc(("icd", "F33.1", "Major depressive disorder, recurrent, moderate"), ("sct", "35489007", "Depressive disorder")), "2019-03-01", who=psy)
    c.cond(cc(("icd", "O99.345", "Other mental disorders complicating the puerperium") if False else ("sct", "58703003", "Postpartum depression"), text="Depression, postpartum exacerbation"), "2026-08-19", who=psy)
    c.medstmt(cc(("rx", "36437", "sertraline"), text="sertraline 100 mg tablet"), "2019-03-01", status="stopped", end="2026-06-15", dose="100 mg daily", reason=mdd,
              note="Patient stopped on her own 06/2026 - worried about breastfeeding exposure.", asserted="2026-08-19")
    for d, s in [("2026-06-10", 7), ("2026-08-19", 11), ("2026-10-28", 15)]:
        e = c.enc(d, "Postpartum behavioral health visit", reason="Depression", who=psy if d != "2026-06-10" else ob, org=c.o)
        c.obs(PHQ9, d, s, "{score}", cat="survey", enc=e)
        c.vitals(d, e, 110, 70, 76, 68.0)
    c.note("2026-08-19", "Behavioral health visit", """
Visita con interprete. 30F, MDD recurrent, 3.5 mo PP. Stopped sertraline mid-June herself (breastfeeding worry); did not tell us. PHQ-9 7 -> 11. Low energy, irritable, sleep poor. No SI.
Discussed sertraline is compatible with breastfeeding (low infant exposure). She wants to try therapy first. Therapy referral placed; recheck 8-10 weeks.
""", author=psy, enc=e)
    c.note("2026-10-28", "Behavioral health visit", """
PHQ-9 15 off medication since June. No SI, no psychosis. Agrees to restart sertraline 50 mg, titrate to 100 mg. Continue therapy (4 sessions). RTC 4 weeks.
""", author=psy, enc=e)
    c.med(cc(("rx", "36437", "sertraline"), text="sertraline 50 mg tablet"), "2026-10-28", "50 mg daily x 1 week then 100 mg daily", reason=mdd, who=psy)
    c.sr(tx("Referral - perinatal psychotherapy (CBT), Spanish-speaking therapist"), "2026-08-19", status="active", occ="2026-09-02", reason=mdd, who=psy)
    return c


def c_roc_pos(cid):
    c = setup(cid, "riverbend", "bcbs", "OHB55190276", [("Meredith", "Coyle"), ("Dana", "Whitfield", "PsyD"), ("Priya", "Nandakumar")],
              "Abigail Claire", "Mercer", "female", "2007-04-25", "RBG-00501993", "17 Chatham Ct, Dublin", "614-555-0171", marital=("S", "Never Married"))
    pag, psy, urol = c.pr
    mrkh = c.cond(cc(("icd", "Q51.0", "Agenesis and aplasia of uterus"), ("icd", "Q52.0", "Congenital absence of vagina"),
                     text="Mayer-Rokitansky-Kuster-Hauser syndrome (MRKH), type II"), "2026-03-18", who=pag,
                  note="Mullerian agenesis with left renal agenesis (type II / MURCS spectrum).")
    c.cond(cc(("icd", "Q60.0", "Renal agenesis, unilateral")), "2026-03-25", who=urol)
    c.cond(cc(("icd", "F43.23", "Adjustment disorder with mixed anxiety and depressed mood")), "2026-04-15", who=psy)
    e1 = c.enc("2026-03-18", "Pediatric and adolescent gynecology consult", reason="Primary amenorrhea", who=pag, org=c.o)
    c.obs(("2986-8", "Testosterone [Mass/volume] in Serum or Plasma"), "2026-03-10", 32, "ng/dL", None, 8, 60, "N", enc=e1)
    c.lab("15067-2", "Follitropin [Units/volume] in Serum or Plasma", "2026-03-10", 5.4, "m[IU]/mL", 2.5, 10.2, enc=e1)
    c.obs(tx("Karyotype, peripheral blood"), "2026-03-20", vstr="46,XX normal female karyotype", interp="N")
    c.dr(tx("MRI pelvis without contrast"), "2026-03-14", "Absent uterus and upper vagina; small bilateral rudimentary uterine horns without endometrium. Normal ovaries bilaterally. Left kidney not seen in renal fossa or pelvis.", who=pag)
    c.dr(tx("US renal"), "2026-03-25", "Absent left kidney. Compensatory hypertrophy of right kidney (12.4 cm), normal echotexture.", who=urol)
    c.note("2026-03-18", "Adolescent gynecology consult", """
18F, primary amenorrhea, normal breast development (Tanner 5), normal pubic hair. Exam: shortened
vaginal dimple ~2 cm. MRI: Mullerian agenesis, normal ovaries, absent L kidney. Karyotype 46,XX.
Dx: MRKH syndrome (type II with renal agenesis). Counseled with mother: ovaries function normally; pregnancy possible via gestational carrier; uterine transplant research options.
Plan: vaginal dilator therapy as first line when ready; psychology; nephrology/urology for solitary kidney; spine x-ray; audiology.
""", author=pag, enc=e1, typ=CONS)
    for d, l in [("2026-07-22", "4.5 cm"), ("2026-11-11", "6.5 cm")]:
        e = c.enc(d, "Adolescent gynecology follow-up", reason="MRKH - dilator therapy", who=pag, org=c.o)
        c.obs(tx("Vaginal length (dilator therapy)"), d, vstr=l, cat="exam", enc=e)
    c.note("2026-11-11", "Adolescent gynecology follow-up", "Dilator therapy progressing well, 6.5 cm functional length. Coping better; sees Dr. Whitfield monthly and joined MRKH peer support group. No surgery needed. Renal function normal (Cr 0.7). RTC 4 months.", author=pag, enc=e)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-11", 0.7, "mg/dL", 0.5, 1.1, enc=e)
    c.enc("2026-10-20", "Psychology visit", reason="Adjustment to diagnosis", who=psy, org=c.o)
    c.med(tx("Vaginal dilator set, graduated (HCPCS A4335 incontinence supply - not applicable) ") if False else cc(("hcpcs", "A9999", "Miscellaneous DME supply or accessory, not otherwise specified"), text="Graduated vaginal dilator set"),
          "2026-04-15", "Use 15-20 minutes once or twice daily as instructed", reason=mrkh, who=pag)
    return c


def c_roc_nm(cid):
    c = setup(cid, "magnolia", "aetna", "W6620183354", [("Renee", "Thibodeaux", "MD", "1699002211"), ("Andre", "Batiste")],
              "Camille Therese", "Hebert", "female", "1987-09-30", "MPP-0030118", "605 Lafayette St", "225-555-0183", marital=("M", "Married"))
    ob, mfm = c.pr
    htn = c.cond(cc(("icd", "I10", "Essential (primary) hypertension"), ("sct", "59621000", "Essential hypertension")), "2022-05-01", who=ob)
    c.cond(cc(("icd", "E06.3", "Autoimmune thyroiditis")), "2016-01-01", who=ob)
    c.cond(cc(("icd", "J45.30", "Mild persistent asthma, uncomplicated")), "2001-01-01", who=ob)
    c.cond(cc(("icd", "F33.0", "Major depressive disorder, recurrent, mild")), "2014-01-01", who=ob)
    c.cond(cc(("sct", "11687002", "Gestational diabetes mellitus"), text="Gestational diabetes (2023 pregnancy)"), "2023-05-10", status="resolved", abated="2023-09-20", who=ob)
    c.cond(cc(("icd", "K80.20", "Calculus of gallbladder without cholecystitis without obstruction")), "2024-02-01", status="resolved", abated="2024-03-15", who=ob, note="S/p laparoscopic cholecystectomy 03/2024")
    c.cond(cc(("icd", "O14.13", "Severe pre-eclampsia, third trimester"), text="Preeclampsia with severe features (2023)"), "2023-09-12", status="resolved", abated="2023-10-30", who=ob)
    c.proc(cc(("cpt", "47562", "Laparoscopy, surgical; cholecystectomy")), "2024-03-08", who=ob)
    e1 = c.enc("2026-11-19", "Maternal-fetal medicine preconception consult", reason="Preconception counseling - chronic hypertension, prior preeclampsia", who=mfm, org=c.o)
    c.vitals("2026-11-19", e1, 128, 82, 74, 84.0, bmi=31.2)
    for l in [("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.6, "m[IU]/L", 0.45, 4.5), ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.4, "%", 4.0, 5.6),
              ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.7, "mg/dL", 0.5, 1.1)]:
        c.lab(l[0], l[1], "2026-11-19", l[2], l[3], l[4], l[5], enc=e1)
    c.obs(("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine"), "2026-11-19", 12, "mg/g", "mg/g", None, 30, "N", enc=e1)
    c.med(cc(("rx", "6185", "labetalol"), text="labetalol 200 mg tablet"), "2026-11-19", "200 mg twice daily (switched from lisinopril for pregnancy planning)", reason=htn, who=mfm)
    c.med(cc(("rx", "29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2022-05-01", "10 mg daily", status="stopped", reason=htn, who=ob, note="Stopped 11/19/2026 - preconception")
    c.med(cc(("rx", "10582", "levothyroxine"), text="levothyroxine 50 mcg tablet"), "2016-01-01", "50 mcg daily", who=ob)
    c.med(cc(("rx", "36437", "sertraline"), text="sertraline 50 mg tablet"), "2014-01-01", "50 mg daily", who=ob)
    c.med(cc(("rx", "41126", "fluticasone"), text="fluticasone HFA 110 mcg"), "2015-01-01", "2 puffs twice daily", who=ob)
    c.note("2026-11-19", "MFM preconception consult", """
39F G1P1 (2023: GDM, preeclampsia with severe features, delivered 35w). Chronic HTN since 2022, Hashimoto (euthyroid), mild persistent asthma (well controlled), recurrent MDD (stable on sertraline). Cholecystectomy 2024.
Planning conception in 2027.
Recs: switch lisinopril -> labetalol now; low-dose aspirin from 12 wks; early A1c/OGTT; TSH each trimester, increase levothyroxine ~25% once pregnancy confirmed; continue sertraline; folic acid 0.4-0.8 mg now; baseline preeclampsia labs and UPCR.
""", author=mfm, enc=e1, typ=CONS)
    return c


CASES = {
 "C-PSNW-P": ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", c_psnw_pos, "31F 6 weeks postpartum with dyspnea/palpitations: scheduled postpartum visit then ED and OB-triage walk-in within 11 days; all work-up negative, no echo, reassured.",
              "Return-visit e-trigger: two unscheduled visits (ED 11/07, OB triage 11/13) within 14 days of the 11/02 postpartum visit for the same unexplained symptom, each with a normal work-up."),
 "C-DSM-P": ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", c_dsm_pos, "29F labelled postpartum depression on sertraline; tremor, tachycardia, weight loss and TSH 0.02 / FT4 3.1 not addressed.",
             "The postpartum depression diagnosis does not explain suppressed TSH, raised free T4, tremor, tachycardia and weight loss, which continue and are attributed to the label."),
 "C-MPP-P": ("MAJOR_PROCEDURE_PLANNED", "positive", c_mpp_pos, "35F with multiple fibroids and infertility; abdominal multiple myomectomy (CPT 58146) in preparation for 01/20/2027.",
             "Procedure with status 'preparation' for an open abdominal myomectomy under general anaesthesia, 7 weeks after the anchor date."),
 "C-UP-P": ("UNTREATABLE_PROGNOSIS", "positive", c_up_pos, "71F platinum-resistant ovarian cancer, ECOG 3: 'no further treatment options', palliative care plan, hospice referral.",
            "Gyn-onc note states no further treatment options; palliative CarePlan and hospice referral; no second opinion on record."),
 "C-HIT-P": ("HIGH_IMPACT_TREATMENT", "positive", c_hit_pos, "44F FIGO IIB cervical SCC: chemoradiation (weekly cisplatin + pelvic EBRT + brachytherapy) ordered from 12/07/2026.",
             "Chemotherapy and radiotherapy are ordered to start within 30 days; no surgery is planned."),
 "C-HIT-N": ("HIGH_IMPACT_TREATMENT", "near-miss", c_hit_nm, "32F right tubal ectopic treated with a single IM dose of methotrexate; hCG falling.",
             "Single-dose methotrexate for ectopic pregnancy is completed medical management, not cancer chemotherapy or another high-impact treatment; no surgery planned."),
 "C-PRC-P": ("PATIENT_REPORTED_CONCERN", "positive", c_prc_pos, "29F at 24 weeks with hypothyroidism; prenatal experience survey answers 'Yes' to wanting a second opinion and 'No' to feeling heard.",
             "QuestionnaireResponse authored by the patient explicitly requests a second opinion."),
 "C-PRC-N": ("PATIENT_REPORTED_CONCERN", "near-miss", c_prc_nm, "34F postpartum check-in questionnaire answers 'No' to second opinion; portal message about IUD spotting.",
             "The patient-reported answer to the second-opinion question is 'No' and her portal message is a routine question."),
 "C-WDT-P": ("WORSENING_DESPITE_TREATMENT", "positive", c_wdt_pos, "32F stage III endometriosis on continuous norethindrone since 12/2025: pelvic pain NRS 4 -> 8 over 8 months.",
             "Pain score rose 4 points (MCID 2) across 4 values over 259 days while progestin therapy was continuously active."),
 "C-WDT-N": ("WORSENING_DESPITE_TREATMENT", "near-miss", c_wdt_nm, "30F postpartum MDD: PHQ-9 7 -> 15 after she stopped sertraline herself in 06/2026; restarted 10/2026.",
             "The PHQ-9 rise happened while treatment was not running (self-discontinued 06/15/2026), so it is not worsening despite treatment."),
 "C-ROC-P": ("RARE_OR_COMPLEX_CONDITION", "positive", c_roc_pos, "19F with Mayer-Rokitansky-Kuster-Hauser syndrome type II (Mullerian and left renal agenesis) on dilator therapy.",
             "MRKH syndrome is an Orphanet rare disease (Q51.0/Q52.0 with text), active."),
 "C-ROC-N": ("RARE_OR_COMPLEX_CONDITION", "near-miss", c_roc_nm, "39F preconception MFM consult: chronic HTN, Hashimoto, asthma, recurrent MDD; GDM, preeclampsia and gallstones resolved.",
             "Only four active chronic conditions (the other three are resolved) and none is rare."),
}
