"""Organisation 1: Israeli HMO (Shomrim Health Services) and its hospital (Beit Refael).

Style: ICD-9-CM diagnoses and procedures, ATC-coded drugs with local trade names, US-style lab units,
Hebrew notes, referral letters and patient messages, local encounter-type codes.
"""
from fhirkit import (ATC, ICD9, LOINC, SCT, Rec, cc, loinc, q, sct, txt)


def icd9(code, display, text=None):
    return cc((ICD9, code, display), text=text)


def drug(atc, name, text):
    return cc((ATC, atc, name), text=text)


def etype(r, kind):
    kinds = {
        "fam": ("FAM", "ביקור רופא משפחה", "Family physician visit"),
        "phone": ("TEL", "התייעצות טלפונית", "Telephone consultation"),
        "home": ("HOME", "ביקור בית", "Home visit"),
        "cons": ("CONS", "ייעוץ רופא מומחה - מרפאה מקצועית", "Specialist clinic visit"),
        "hosp_clinic": ("HCLIN", "מרפאת חוץ - בית חולים", "Hospital outpatient clinic"),
        "imaging": ("IMG", "בדיקת הדמיה", "Imaging appointment"),
        "nurse": ("NURSE", "ביקור אחות", "Nurse visit"),
        "physio": ("PHYS", "פיזיותרפיה", "Physiotherapy session"),
        "psych": ("PSY", "טיפול פסיכולוגי", "Psychology session"),
        "genetics": ("GEN", "ייעוץ גנטי", "Genetic counselling"),
    }
    c, he, en = kinds[kind]
    return cc(r.loc(c, he), text=en)


def il_base(cid, family, given, gender, birth, city, ident, phone, fam_dr, member):
    r = Rec(cid, "IL")
    r.patient(family, given, gender, birth, city, ident, phone=phone, marital="M")
    gp = r.pract(*fam_dr, qual="רופא/ה מומחה/ית ברפואת המשפחה")
    r.coverage("2005-01-01", member, plan_text="ביטוח בריאות ממלכתי + שב\"ן זהב")
    return r, gp


# ---------------------------------------------------------------------------------------------
def il_psnw_p(cid):
    r, gp = il_base(cid, "Mizrahi", ["Yosef"], "male", "1960-04-12", "באר שבע", "031847265", "+972-52-4418207",
                    ("Katz", "Rina"), "SHM-88412093")
    hb = dict(lo=13.5, hi=17.5)
    htn = r.cond(icd9("401.9", "Unspecified essential hypertension", "יתר לחץ דם"), "2014-03-02", who=gp)
    r.cond(icd9("272.4", "Other and unspecified hyperlipidemia", "היפרליפידמיה"), "2016-09-11", who=gp)
    r.smoking("2026-02-10", "8517006", "Ex-smoker")
    e1 = r.enc("2026-02-10", "AMB", etype(r, "fam"), who=gp, reason=txt("בדיקה תקופתית שנתית"))
    r.vitals("2026-02-10", e1, bp=(136, 84), hr=72, wt=84.0, ht=176)
    r.labs("2026-02-10", [("hb_gdl", 14.6, hb), ("mcv", 88), ("plt_us", 246), ("glu_mgdl", 104),
                          ("ldl_mgdl", 96), ("creat_mgdl", 0.92)], enc=e1)
    e2 = r.enc("2026-08-05", "AMB", etype(r, "fam"), who=gp,
               reason=txt("עייפות וקוצר נשימה במאמץ מזה כחודשיים"))
    r.vitals("2026-08-05", e2, bp=(132, 80), hr=88, wt=81.0)
    rep, obs = r.labs("2026-08-11", [("hb_gdl", 10.4, hb), ("mcv", 74), ("plt_us", 421),
                                     ("ferritin_ngml", 9), ("tsat", 7), ("b12", 420), ("crp", 3),
                                     ("creat_mgdl", 0.95)],
                      enc=e2, report="ספירת דם, ברזל ומדדי דלקת")
    e3 = r.enc("2026-08-14", "AMB", etype(r, "fam"), who=gp, reason=txt("מעבר על תוצאות בדיקות דם"))
    ida = r.cond(icd9("280.9", "Iron deficiency anemia, unspecified", "אנמיה מחוסר ברזל"), "2026-08-14",
                 who=gp, enc=e3, evidence=obs[:1])
    r.medreq(drug("B03AA07", "ferrous sulfate", "Ferro-Gradumet 325 מ\"ג"), "2026-08-14",
             "טבליה אחת ביום על בטן ריקה", reason_refs=[ida], who=gp, enc=e3, course="continuous")
    r.medstat(drug("C08CA01", "amlodipine", "Amlow 5 מ\"ג"), "active", "2014-03-10",
              reason_refs=[htn], dosage="5 מ\"ג פעם ביום", asserted="2026-08-14")
    r.medstat(drug("C10AA05", "atorvastatin", "Lipitor 20 מ\"ג"), "active", "2016-10-01",
              dosage="20 מ\"ג בערב", asserted="2026-08-14")
    r.note("2026-08-14", "progress", "סיכום ביקור - רופא משפחה",
           "תלונות: עייפות וקוצר נשימה במאמץ מזה כחודשיים, ירידה של כ-3 ק\"ג במשקל.\n"
           "בדיקות: המוגלובין 10.4 (לפני חצי שנה 14.6), MCV 74, פריטין 9, רוויון טרנספרין 7%.\n"
           "אבחנה: אנמיה מחוסר ברזל.\n"
           "המלצות: התחלת טיפול בברזל פומי. ספירת דם חוזרת בעוד חודשיים. המשך טיפול קבוע.",
           author=gp, enc=e3)
    e4 = r.enc("2026-10-20", "AMB", etype(r, "fam"), who=gp, reason=txt("מעקב אנמיה"))
    r.vitals("2026-10-20", e4, bp=(130, 78), hr=80, wt=80.5)
    r.labs("2026-10-18", [("hb_gdl", 10.9, hb), ("mcv", 75), ("ferritin_ngml", 14)], enc=e4,
           report="ספירת דם ופריטין - מעקב")
    r.note("2026-10-20", "progress", "סיכום ביקור - מעקב אנמיה",
           "מרגיש מעט פחות עייף. נוטל ברזל באופן סדיר, מתלונן על עצירות קלה.\n"
           "המוגלובין 10.9, פריטין 14. שיפור קל.\n"
           "המשך ברזל פומי, ספירת דם בעוד 3 חודשים.", author=gp, enc=e4)
    e5 = r.enc("2026-11-10", "VR", etype(r, "phone"), who=gp, reason=txt("חידוש מרשמים"))
    r.note("2026-11-10", "progress", "שיחת טלפון", "חידוש מרשמים קבועים. ללא תלונות חדשות.", author=gp, enc=e5)
    r.immun("88", "influenza virus vaccine, unspecified formulation", "2025-10-28")
    return r


# ---------------------------------------------------------------------------------------------
def il_psnw_nm(cid):
    r, gp = il_base(cid, "Levi", ["Avraham"], "male", "1958-09-03", "חיפה", "027715938", "+972-54-6120394",
                    ("Haddad", "Samir"), "SHM-70331840")
    uro = r.pract("Grinberg", "Alon", qual="מומחה באורולוגיה")
    rad = r.pract("Nasser", "Lina", qual="מומחית ברדיולוגיה")
    bph = r.cond(icd9("600.00", "Hypertrophy (benign) of prostate without urinary obstruction and other "
                                "lower urinary tract symptoms (LUTS)", "הגדלה שפירה של הערמונית"), "2022-05-17", who=gp)
    r.cond(icd9("401.9", "Unspecified essential hypertension", "יתר לחץ דם"), "2017-01-09", who=gp)
    r.lab("psa", 3.1, "2025-05-20")
    e1 = r.enc("2026-05-28", "AMB", etype(r, "fam"), who=gp, reason=txt("בדיקה תקופתית, השתנה לילית פעמיים"))
    r.vitals("2026-05-28", e1, bp=(134, 82), hr=70, wt=79.0)
    psa1 = r.lab("psa", 6.8, "2026-06-02", enc=e1)
    r.labs("2026-06-02", [("creat_mgdl", 1.0), ("hb_gdl", 14.9, dict(lo=13.5, hi=17.5))], enc=e1)
    e2 = r.enc("2026-06-04", "AMB", etype(r, "fam"), who=gp, reason=txt("PSA מוגבר"))
    epsa = r.cond(icd9("790.93", "Elevated prostate specific antigen [PSA]", "PSA מוגבר"), "2026-06-02",
                  status="resolved", abate="2026-09-22", who=gp, enc=e2, evidence=[psa1])
    ref = r.sreq(cc(r.loc("REF-URO", "הפניה למרפאה אורולוגית"), text="הפניה למרפאה אורולוגית"),
                 "2026-06-04", status="completed", intent="order", who=gp, performer=r.orgs["hosp"],
                 reason_refs=[epsa], priority="urgent", enc=e2)
    r.note("2026-06-04", "referral", "מכתב הפניה למרפאה אורולוגית",
           "לכבוד המרפאה האורולוגית, בית רפאל\n"
           "הנדון: אברהם לוי, בן 67\n"
           "PSA עלה מ-3.1 (05/2025) ל-6.8 (06/2026). בבדיקה רקטלית ערמונית מוגדלת, חלקה, ללא קשריות.\n"
           "ברקע הגדלה שפירה של הערמונית בטיפול Tamsulosin, יתר לחץ דם.\n"
           "אבקש הערכה והמשך בירור. בתודה, ד\"ר סמיר חדאד", author=gp, enc=e2)
    e3 = r.enc("2026-06-24", "AMB", etype(r, "hosp_clinic"), who=uro, org=r.orgs["hosp"],
               reason=txt("בירור PSA מוגבר"))
    mri = r.sreq(cc(text="MRI ערמונית מולטיפרמטרי"), "2026-06-24", status="completed", who=uro,
                 reason_refs=[epsa], enc=e3)
    e4 = r.enc("2026-07-15", "AMB", etype(r, "imaging"), who=rad, org=r.orgs["hosp"])
    r.report(cc(text="MRI ערמונית מולטיפרמטרי"), "2026-07-15", cat="NMR", who=rad, enc=e4, basis=[mri],
             conclusion="Prostate volume 62 mL, PSA density 0.11. Diffuse transition-zone BPH nodules. "
                        "No focal lesion in the peripheral zone. PI-RADS v2.1 category 2 (clinically significant "
                        "cancer unlikely).")
    e5 = r.enc("2026-09-22", "AMB", etype(r, "hosp_clinic"), who=uro, org=r.orgs["hosp"],
               reason=txt("מעקב PSA"))
    r.lab("psa", 4.6, "2026-09-20", enc=e5)
    r.obs(loinc("12841-3", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma"),
          "2026-09-20", q(24, "%"), enc=e5, interp="N", rng={"low": q(20, "%"), "text": "> 20%"})
    r.note("2026-09-22", "consult", "סיכום ביקור - מרפאה אורולוגית",
           "MRI מ-15/07/2026: נפח ערמונית 62 מ\"ל, PI-RADS 2, ללא נגע חשוד.\n"
           "PSA חוזר 4.6, יחס PSA חופשי 24%, צפיפות PSA 0.11.\n"
           "התמונה מתאימה להגדלה שפירה של הערמונית. אין התוויה לביופסיה כרגע.\n"
           "המלצה: PSA חוזר בעוד 6 חודשים אצל רופא המשפחה, המשך Tamsulosin.", author=uro, enc=e5)
    r.medstat(drug("G04CA02", "tamsulosin", "Omnic Ocas 0.4 מ\"ג"), "active", "2022-05-20",
              reason_refs=[bph], dosage="0.4 מ\"ג בערב", asserted="2026-09-22")
    r.medstat(drug("C09AA05", "ramipril", "Tritace 5 מ\"ג"), "active", "2017-01-15",
              dosage="5 מ\"ג פעם ביום", asserted="2026-09-22")
    r.sreq(loinc("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "PSA חוזר"), "2026-09-22",
           status="active", intent="order", who=uro, occ="2027-03-20", reason_refs=[epsa])
    return r


# ---------------------------------------------------------------------------------------------
def il_dsm_p(cid):
    r, gp = il_base(cid, "Cohen", ["Miriam"], "female", "1957-01-22", "פתח תקווה", "010447391", "+972-50-7713452",
                    ("Weiss", "Daniel"), "SHM-51220417")
    fm = r.cond(icd9("729.1", "Myalgia and myositis, unspecified", "פיברומיאלגיה"), "2025-10-14", who=gp,
                note="אבחנה קלינית: כאבים מפושטים, שינה לא מרעננת, בדיקות דם תקינות.")
    hypo = r.cond(icd9("244.9", "Unspecified acquired hypothyroidism", "תת פעילות של בלוטת התריס"),
                  "2010-06-01", who=gp)
    r.cond(icd9("733.90", "Disorder of bone and cartilage, unspecified", "אוסטאופניה"), "2022-02-14", who=gp)
    e0 = r.enc("2025-10-14", "AMB", etype(r, "fam"), who=gp, reason=txt("כאבים מפושטים בגוף"))
    r.labs("2025-10-10", [("esr", 14, dict(hi=30)), ("crp", 3), ("ck", 110), ("tsh", 2.1),
                          ("hb_gdl", 13.1)], enc=e0, report="בירור כאבי שרירים")
    r.note("2025-10-14", "progress", "סיכום ביקור",
           "כאבים מפושטים בגפיים ובגב מזה חצי שנה, עייפות ושינה לא מרעננת. נקודות רגישות מרובות.\n"
           "שוקעת, CRP, CK ו-TSH תקינים.\nהתרשמות: פיברומיאלגיה. התחלת Duloxetine, פעילות גופנית מתונה.",
           author=gp, enc=e0)
    dul = r.medreq(drug("N06AX21", "duloxetine", "Cymbalta 30 מ\"ג"), "2025-10-14", "30 מ\"ג פעם ביום",
                   status="stopped", reason_refs=[fm], who=gp, enc=e0)
    e1 = r.enc("2026-01-20", "AMB", etype(r, "fam"), who=gp, reason=txt("מעקב פיברומיאלגיה"))
    r.vitals("2026-01-20", e1, bp=(128, 76), wt=65.0)
    e2 = r.enc("2026-08-18", "AMB", etype(r, "fam"), who=gp,
               reason=txt("כאבים וקשיון בכתפיים ובירכיים, קושי לקום מכיסא"))
    r.obs(cc(r.loc("SX-GIRDLE", "כאב ונוקשות בחגורת הכתפיים והאגן"), text="Shoulder and hip girdle pain"),
          "2026-08-18", cat="exam", enc=e2,
          value=txt("כאב ונוקשות סימטריים בחגורת הכתפיים והאגן, נוקשות בוקר כשעה וחצי"))
    e3 = r.enc("2026-09-29", "AMB", etype(r, "fam"), who=gp, reason=txt("עייפות, חום נמוך, ירידה במשקל"))
    r.vitals("2026-09-29", e3, bp=(124, 74), hr=92, temp=37.8, wt=61.0)
    r.labs("2026-09-29", [("esr", 64, dict(hi=30)), ("crp", 38), ("hb_gdl", 11.6), ("mcv", 86),
                          ("ferritin_ngml", 210, dict(lo=15, hi=150)), ("ck", 95), ("alp_u", 138),
                          ("tsh", 2.4)], enc=e3, report="ספירת דם, מדדי דלקת וכימיה")
    e4 = r.enc("2026-11-09", "AMB", etype(r, "fam"), who=gp, reason=txt("החמרת כאבים"))
    r.lab("esr", 71, "2026-11-05", enc=e4, hi=30)
    r.lab("crp", 42, "2026-11-05", enc=e4)
    r.vitals("2026-11-09", e4, bp=(126, 78), wt=60.5, temp=37.6)
    r.medreq(drug("N06AX21", "duloxetine", "Cymbalta 60 מ\"ג"), "2026-11-09", "60 מ\"ג פעם ביום",
             reason_refs=[fm], who=gp, enc=e4, note="העלאת מינון בשל החמרת פיברומיאלגיה")
    r.medstat(drug("H03AA01", "levothyroxine", "Euthyrox 75 מק\"ג"), "active", "2010-06-10",
              reason_refs=[hypo], dosage="75 מק\"ג בבוקר", asserted="2026-11-09")
    r.medstat(drug("A12AX", "calcium, combinations with vitamin D", "Caltrate + D"), "active", "2022-03-01",
              asserted="2026-11-09")
    r.note("2026-11-09", "progress", "סיכום ביקור - רופא משפחה",
           "מטופלת בת 69 עם פיברומיאלגיה מ-10/2025.\n"
           "מזה כשלושה חודשים כאבים בחגורת הכתפיים והירכיים משני הצדדים, נוקשות בוקר של כשעה וחצי, קושי לקום "
           "מכיסא ולהרים ידיים מעל הראש. ירידה של 4.5 ק\"ג במשקל, חום נמוך לסירוגין. ללא כאבי ראש חדשים.\n"
           "שוקעת 71, CRP 42, המוגלובין 11.6.\n"
           "התרשמות: החמרה של הפיברומיאלגיה על רקע מתח.\n"
           "המלצות: העלאת מינון Duloxetine ל-60 מ\"ג, הידרותרפיה, ביקורת בעוד חודשיים.",
           author=gp, enc=e4)
    return r


# ---------------------------------------------------------------------------------------------
def il_mpp_p(cid):
    r, gp = il_base(cid, "Ben-Ami", ["David"], "male", "1969-06-30", "נתניה", "058832741", "+972-52-9034411",
                    ("Mor", "Keren"), "SHM-62309915")
    spine = r.pract("Feldman", "Oren", qual="מומחה בכירורגיה אורתופדית - עמוד שדרה")
    pain = r.pract("Aziz", "Hani", qual="מומחה ברפואת כאב")
    sten = r.cond(icd9("724.02", "Spinal stenosis, lumbar region, without neurogenic claudication",
                       "היצרות תעלת השדרה המותנית L4-L5"), "2025-11-18", who=gp)
    listh = r.cond(icd9("738.4", "Acquired spondylolisthesis", "ספונדילוליסטזיס ניווני L4-L5 דרגה 1"),
                   "2026-06-09", who=spine)
    r.cond(icd9("724.4", "Thoracic or lumbosacral neuritis or radiculitis, unspecified",
                "כאב רדיקולרי ברגל שמאל"), "2025-11-18", who=gp)
    htn = r.cond(icd9("401.9", "Unspecified essential hypertension", "יתר לחץ דם"), "2018-04-03", who=gp)
    e1 = r.enc("2025-11-18", "AMB", etype(r, "fam"), who=gp, reason=txt("כאבי גב תחתון המקרינים לרגל שמאל"))
    r.enc("2026-03-02", "AMB", etype(r, "physio"), reason=txt("פיזיותרפיה - סדרת טיפולים"),
          end="2026-05-25T11:00:00+03:00")
    e3 = r.enc("2026-06-09", "AMB", etype(r, "imaging"), org=r.orgs["hosp"])
    r.report(cc(text="MRI עמוד שדרה מותני"), "2026-06-09", cat="NMR", enc=e3,
             conclusion="Grade 1 degenerative spondylolisthesis L4 on L5 with facet arthropathy; moderate-to-severe "
                        "central and left lateral recess stenosis at L4-L5 compressing the traversing left L5 root. "
                        "Mild disc bulge L5-S1 without root compression.")
    e4 = r.enc("2026-07-22", "AMB", etype(r, "hosp_clinic"), who=pain, org=r.orgs["hosp"])
    r.proc(icd9("03.92", "Injection of other agent into spinal canal", "הזרקת סטרואידים אפידורלית L4-L5"),
           "2026-07-22", who=pain, enc=e4, reason_refs=[sten],
           outcome=txt("הקלה חלקית למשך כשלושה שבועות"))
    e5 = r.enc("2026-10-12", "AMB", etype(r, "hosp_clinic"), who=spine, org=r.orgs["hosp"],
               reason=txt("ייעוץ כירורגיה של עמוד השדרה"))
    r.score(cc(r.loc("NRS-PAIN", "עוצמת כאב 0-10"), (LOINC, "72514-3",
                                                          "Pain severity - 0-10 verbal numeric rating [Score] - Reported")),
            "2026-10-12", 7, enc=e5)
    r.score(cc(r.loc("ODI", "Oswestry Disability Index"), text="Oswestry Disability Index (%)"), "2026-10-12",
            46, enc=e5, note="נכות בינונית-קשה")
    fusion = r.sreq(cc((ICD9, "81.08", "Lumbar and lumbosacral fusion of the anterior column, posterior technique"),
                       text="TLIF L4-L5 עם קיבוע בברגים פדיקולריים ודקומפרסיה"),
                    "2026-10-12", status="active", intent="order", who=spine, performer=r.orgs["hosp"],
                    occ="2027-01-18", reason_refs=[listh, sten], enc=e5, priority="routine",
                    category=sct("387713003", "Surgical procedure"),
                    note="ניתוח מתוכנן באשפוז, צפי אשפוז 4-5 ימים")
    r.appt("2026-12-20", "מרפאה טרום ניתוחית - הרדמה ובדיקות", who=[spine], based_on=fusion)
    r.note("2026-10-12", "consult", "סיכום ייעוץ - מרפאת עמוד שדרה",
           "בן 57, כאבי גב וכאב רדיקולרי לרגל שמאל מזה כשנה, הגבלה בהליכה לכ-200 מטר.\n"
           "טיפול שמרני: פיזיותרפיה 12 טיפולים, Pregabalin, NSAIDs והזרקה אפידורלית - ללא שיפור מתמשך.\n"
           "MRI: ספונדילוליסטזיס דרגה 1 L4-L5 עם היצרות משמעותית.\n"
           "המלצה: ניתוח איחוי בין-גופי TLIF L4-L5 עם קיבוע. הוסברו סיכונים וסיכויים. המטופל מעוניין.\n"
           "נקבע תאריך ניתוח: 18/01/2027.", author=spine, enc=e5)
    r.note("2026-09-01", "referral", "מכתב הפניה - מרפאת עמוד שדרה",
           "לכבוד מרפאת עמוד השדרה, בית רפאל\nהנדון: דוד בן-עמי\n"
           "כאב גב וכאב רדיקולרי לרגל שמאל ללא שיפור לאחר טיפול שמרני מלא. MRI מצורף. "
           "אבקש הערכה לגבי המשך טיפול.\nד\"ר קרן מור", author=gp, enc=e1)
    r.labs("2026-10-12", [("hb_gdl", 14.8, dict(lo=13.5, hi=17.5)), ("plt_us", 231), ("creat_mgdl", 0.98),
                          ("glu_mgdl", 96), ("inr", 1.0)], enc=e5, report="בדיקות דם טרום ניתוח")
    r.vitals("2026-10-12", e5, bp=(138, 86), hr=74, wt=88.0, ht=178, bmi=27.8)
    r.medstat(drug("N03AX16", "pregabalin", "Lyrica 75 מ\"ג"), "active", "2026-02-01",
              dosage="75 מ\"ג פעמיים ביום", asserted="2026-10-12")
    r.medstat(drug("M01AE02", "naproxen", "Naxyn 500 מ\"ג"), "active", "2025-11-18", dosage="לפי הצורך",
              asserted="2026-10-12")
    r.medstat(drug("C08CA01", "amlodipine", "Norvasc 5 מ\"ג"), "active", "2018-04-10", reason_refs=[htn],
              asserted="2026-10-12")
    return r


# ---------------------------------------------------------------------------------------------
def il_up_p(cid):
    r, gp = il_base(cid, "Peretz", ["Shlomo"], "male", "1955-02-11", "אשדוד", "043390587", "+972-53-3318860",
                    ("Amsalem", "Yaara"), "SHM-30218864")
    onc = r.pract("Rosen", "Michal", qual="מומחית באונקולוגיה")
    nurse = r.pract("Dahan", "Orly", prefix="RN", qual="אחות מתאמת אונקולוגיה")
    lung = r.cond(icd9("162.3", "Malignant neoplasm of upper lobe, bronchus or lung",
                       "אדנוקרצינומה של האונה העליונה הימנית, EGFR/ALK/ROS1 שליליים, PD-L1 5%"),
                  "2025-03-18", who=onc, stage=txt("Stage IVB (cT3 N2 M1c) - 08/2026"))
    bone = r.cond(icd9("198.5", "Secondary malignant neoplasm of bone and bone marrow", "גרורות בעצמות"),
                  "2025-03-18", who=onc)
    liver = r.cond(icd9("197.7", "Malignant neoplasm of liver, secondary", "גרורות בכבד"), "2026-08-20", who=onc)
    copd = r.cond(icd9("496", "Chronic airway obstruction, not elsewhere classified", "COPD"), "2015-05-04", who=gp)
    r.smoking("2025-03-18", "8517006", "Ex-smoker")
    r.medstat(drug("L01XC18", "pembrolizumab", "Carboplatin + Pemetrexed + Pembrolizumab"), "completed",
              "2025-04-08", end="2025-12-16", reason_refs=[lung], note="קו ראשון - התקדמות מחלה 12/2025")
    r.medstat(drug("L01CD02", "docetaxel", "Docetaxel"), "stopped", "2026-02-03", end="2026-07-14",
              reason_refs=[lung], note="קו שני - הופסק בשל התקדמות ורעילות")
    e1 = r.enc("2026-08-20", "AMB", etype(r, "imaging"), org=r.orgs["hosp"])
    r.report(cc(text="CT חזה-בטן-אגן עם חומר ניגוד"), "2026-08-20", cat="CT", enc=e1,
             conclusion="Progressive disease: enlarging right upper lobe mass (6.1 cm), new multiple liver "
                        "metastases (largest 4.2 cm), progressive lytic bone metastases (T9, L2, pelvis).")
    e2 = r.enc("2026-09-08", "AMB", etype(r, "hosp_clinic"), who=onc, org=r.orgs["hosp"],
               reason=txt("מרפאה אונקולוגית - תוצאות CT"))
    r.score(loinc("89247-1", "ECOG Performance Status score"), "2026-09-08", 3, enc=e2)
    r.labs("2026-09-08", [("hb_gdl", 12.2, dict(lo=13.5, hi=17.5)), ("plt_us", 198), ("alb_gdl", 3.1),
                          ("alp_u", 288), ("bili_mgdl", 1.0), ("creat_mgdl", 1.1), ("ca_mmol", 2.41)],
           enc=e2, report="כימיה וספירת דם")
    r.impression("2026-09-08", "מחלה גרורתית מתקדמת לאחר שני קווי טיפול, ECOG 3. לא נמצאה מטרה מולקולרית. "
                               "אין אפשרויות טיפול אונקולוגי נוספות; מומלץ טיפול תומך והוספיס בית.",
                 who=onc, problems=[lung, liver, bone], enc=e2,
                 prognosis=cc(text="פרוגנוזה גרועה - חודשים בודדים"))
    r.note("2026-09-08", "consult", "מכתב מרפאה אונקולוגית",
           "שלמה פרץ, בן 71, אדנוקרצינומה של הריאה, שלב IV.\n"
           "טיפולים: קו ראשון כימו-אימונותרפיה (04-12/2025), קו שני Docetaxel (02-07/2026).\n"
           "CT מ-20/08/2026: התקדמות בריאה, גרורות חדשות בכבד והתקדמות בעצמות.\n"
           "מצב תפקודי ECOG 3, ירידה במשקל, תיאבון ירוד.\n"
           "לאחר דיון בישיבה המולטידיסציפלינרית: אין אפשרויות טיפול אונקולוגי נוספות שיועילו למטופל. "
           "הוסבר למטופל ולמשפחה. הוחלט על מעבר לטיפול תומך בלבד והפניה להוספיס בית.",
           author=onc, enc=e2)
    hospice = r.sreq(cc((SCT, "306205009", "Referral to hospice"), text="הפניה להוספיס בית"), "2026-09-08",
                     status="active", intent="order", who=onc, reason_refs=[lung], enc=e2, priority="urgent")
    r.careplan("תוכנית טיפול תומך - הוספיס בית", cc((SCT, "736373009", "End of life care plan"),
                                                   text="טיפול פליאטיבי"), "2026-09-15", author=onc,
               addresses=[lung, liver, bone],
               activities=[("ביקורי צוות הוספיס בית פעמיים בשבוע", "in-progress", "Appointment"),
                           (cc((SCT, "103735009", "Palliative care"), text="שליטה בכאב ובקוצר נשימה"),
                            "in-progress", "ServiceRequest")],
               desc="טיפול תומך בלבד; ללא טיפול אונקולוגי פעיל. הנחיה: לא להחיות.")
    r.cond(icd9("V49.86", "Do not resuscitate status", "הנחיה מקדימה - לא להחיות"), "2026-09-15", who=onc)
    r.medreq(drug("N02AA01", "morphine", "MST Continus 30 מ\"ג"), "2026-09-08", "30 מ\"ג פעמיים ביום",
             reason_refs=[bone], who=onc, enc=e2)
    r.medreq(drug("N02AA01", "morphine", "Morphine oral solution 10 מ\"ג/5 מ\"ל"), "2026-09-08",
             "5 מ\"ל לפי הצורך עד כל 4 שעות", reason_refs=[bone], who=onc, enc=e2)
    r.medstat(drug("R03BB04", "tiotropium", "Spiriva Respimat"), "active", "2016-01-01", reason_refs=[copd],
              asserted="2026-09-08")
    e3 = r.enc("2026-11-10", "HH", etype(r, "home"), who=[gp, nurse], reason=txt("ביקור בית משותף עם ההוספיס"))
    r.vitals("2026-11-10", e3, bp=(108, 66), hr=96, spo2=92, wt=58.0)
    r.note("2026-11-10", "progress", "ביקור בית", "מטופל בביתו בליווי הוספיס בית. כאבים בשליטה סבירה על מורפין. "
                                                   "ישן רוב היום. המשפחה מעודכנת, מעוניינים להמשיך טיפול בבית.",
           author=gp, enc=e3)
    return r


# ---------------------------------------------------------------------------------------------
def il_up_nm(cid):
    r, gp = il_base(cid, "Friedman", ["Yael"], "female", "1978-11-05", "תל אביב-יפו", "039126654", "+972-54-2207719",
                    ("Shalev", "Eitan"), "SHM-77604123")
    hep = r.pract("Bar-Lev", "Ayelet", qual="מומחית בגסטרואנטרולוגיה ומחלות כבד")
    rad = r.pract("Katzir", "Gil", qual="מומחה ברדיולוגיה")
    asthma = r.cond(icd9("493.90", "Asthma, unspecified type, unspecified", "אסתמה קלה לסירוגין"), "2004-03-11",
                    who=gp)
    dysp = r.cond(icd9("536.8", "Dyspepsia and other specified disorders of function of stomach", "דיספפסיה"),
                  "2026-08-10", status="resolved", abate="2026-11-12", who=gp)
    e1 = r.enc("2026-08-10", "AMB", etype(r, "fam"), who=gp, reason=txt("צרבת ואי נוחות באפיגסטריום"))
    r.vitals("2026-08-10", e1, bp=(118, 72), hr=68, wt=63.0, ht=166)
    r.obs(cc(r.loc("HP-UBT", "Helicobacter pylori - בדיקת נשיפה (אוריאה)"), text="H. pylori urea breath assay"),
          "2026-08-17", txt("שלילי"), enc=e1, interp="NEG")
    r.labs("2026-08-17", [("hb_gdl", 13.4), ("mcv", 89), ("alt_u", 22), ("ast_u", 19), ("alp_u", 71),
                          ("bili_mgdl", 0.6), ("lipase", 31)], enc=e1, report="ספירת דם ותפקודי כבד")
    r.medreq(drug("A02BC01", "omeprazole", "Omepradex 20 מ\"ג"), "2026-08-10", "20 מ\"ג לפני ארוחת הבוקר, 8 שבועות",
             status="completed", reason_refs=[dysp], who=gp, enc=e1, course="acute")
    e2 = r.enc("2026-09-03", "AMB", etype(r, "imaging"), who=rad, org=r.orgs["hosp"])
    r.report(cc(text="US בטן עליונה"), "2026-09-03", cat="RUS", who=rad, enc=e2,
             conclusion="Well-defined homogeneous hyperechoic lesion 2.1 cm in segment 6 of the liver, likely "
                        "haemangioma. Several small gallstones, gallbladder wall normal, no duct dilatation. "
                        "Pancreas and kidneys normal.")
    stones = r.cond(icd9("574.20", "Calculus of gallbladder without mention of cholecystitis, without mention of "
                                   "obstruction", "אבנים בכיס המרה ללא תסמינים"), "2026-09-03", who=gp)
    e3 = r.enc("2026-10-06", "AMB", etype(r, "imaging"), who=rad, org=r.orgs["hosp"])
    r.report(cc(text="MRI כבד עם חומר ניגוד"), "2026-10-06", cat="NMR", who=rad, enc=e3,
             conclusion="2.1 cm segment 6 lesion, T2 bright with peripheral nodular discontinuous enhancement and "
                        "progressive centripetal fill-in: typical haemangioma. No other focal liver lesion.")
    hem = r.cond(icd9("228.04", "Hemangioma of intra-abdominal structures", "המנגיומה בכבד, 2.1 ס\"מ"),
                 "2026-10-06", who=hep)
    e4 = r.enc("2026-10-27", "AMB", etype(r, "hosp_clinic"), who=hep, org=r.orgs["hosp"],
               reason=txt("ממצא מקרי בכבד"))
    r.impression("2026-10-27", "המנגיומה טיפוסית בכבד וכיס מרה עם אבנים ללא תסמינים - ממצאים שפירים. "
                               "אין צורך בטיפול ואין צורך במעקב הדמייתי.", who=hep, problems=[hem, stones], enc=e4)
    r.note("2026-10-27", "consult", "מכתב ממרפאת כבד",
           "לכבוד ד\"ר איתן שלו\nהנדון: יעל פרידמן, בת 48\n"
           "הופנתה בשל ממצא מקרי בכבד ב-US שבוצע לבירור דיספפסיה.\n"
           "MRI מ-06/10/2026 מדגים המנגיומה טיפוסית בגודל 2.1 ס\"מ בסגמנט 6. תפקודי כבד תקינים.\n"
           "בנוסף אבנים קטנות בכיס המרה ללא תסמינים.\n"
           "סיכום: מדובר בממצאים שפירים. אין צורך בטיפול ואין צורך במעקב הדמייתי של ההמנגיומה. "
           "לגבי האבנים בכיס המרה - אין התוויה לניתוח כל עוד אין תסמינים.\n"
           "אין צורך בהמשך מעקב במרפאתנו.\nד\"ר איילת בר-לב", author=hep, enc=e4)
    e5 = r.enc("2026-11-12", "AMB", etype(r, "fam"), who=gp, reason=txt("מעקב"))
    r.note("2026-11-12", "progress", "סיכום ביקור",
           "הצרבת חלפה לאחר קורס אומפרזול. עודכנה על תשובת מרפאת הכבד - ממצאים שפירים, ללא צורך בטיפול. "
           "המטופלת רגועה.", author=gp, enc=e5)
    r.medstat(drug("R03AK07", "formoterol and budesonide", "Symbicort Turbuhaler 160/4.5"), "active", "2015-01-01",
              reason_refs=[asthma], dosage="לפי הצורך", asserted="2026-11-12")
    r.allergy(cc((SCT, "764146007", "Penicillin"), text="פניצילין"), "2001-05-01",
              reaction=cc((SCT, "247472004", "Weal"), text="אורטיקריה"))
    return r


# ---------------------------------------------------------------------------------------------
def il_hit_p(cid):
    r, gp = il_base(cid, "Shapiro", ["Ronit"], "female", "1964-07-19", "רחובות", "029946118", "+972-52-6671023",
                    ("Elbaz", "Moshe"), "SHM-40517726")
    onc = r.pract("Tal", "Hadas", qual="מומחית באונקולוגיה")
    surg = r.pract("Abergel", "Yoram", qual="מומחה בכירורגיה של השד")
    nurse = r.pract("Segal", "Dana", prefix="RN", qual="אחות מתאמת שד")
    bc = r.cond(icd9("174.4", "Malignant neoplasm of upper-outer quadrant of female breast",
                     "קרצינומה פולשנית של השד השמאלי, ER+ PR+ HER2-"), "2026-01-28", who=surg,
                stage=txt("pT1c pN0(sn) M0, Grade 2, stage IA"))
    r.cond(icd9("V86.0", "Estrogen receptor positive status [ER+]", "ER חיובי"), "2026-01-28", who=surg)
    r.cond(icd9("401.9", "Unspecified essential hypertension", "יתר לחץ דם"), "2019-09-02", who=gp)
    e0 = r.enc("2026-02-16", "AMB", etype(r, "hosp_clinic"), who=onc, org=r.orgs["hosp"],
               reason=txt("מרפאת שד - לפני ניתוח"))
    qol_q = "https://fhir.shomrim-health.example.il/Questionnaire/eortc-qlq-c30-he"
    q0 = r.qresp(qol_q, "2026-02-16", [("29", "איך הייתם מדרגים את מצב בריאותכם הכללי במהלך השבוע האחרון? (1-7)", 6),
                                        ("30", "איך הייתם מדרגים את איכות חייכם הכללית במהלך השבוע האחרון? (1-7)", 5)],
                 enc=e0)
    ghs = cc(r.loc("QLQC30-GHS", "EORTC QLQ-C30 Global health status/QoL (0-100)"),
             text="EORTC QLQ-C30 - מצב בריאות כללי/איכות חיים")
    r.score(ghs, "2026-02-16", 75.0, enc=e0, derived=[q0], note="ערך בסיס לפני ניתוח")
    e1 = r.enc("2026-02-24", "SS", etype(r, "hosp_clinic"), who=surg, org=r.orgs["hosp"],
               end="2026-02-25T12:00:00+02:00", reason=txt("ניתוח משמר שד"))
    r.proc(icd9("85.21", "Local excision of lesion of breast", "כריתה חלקית של השד השמאלי + דגימת בלוטת זקיף"),
           "2026-02-24", who=surg, enc=e1, reason_refs=[bc], outcome=txt("שוליים נקיים, בלוטת זקיף שלילית"))
    r.proc(icd9("92.24", "Teletherapy with photons", "הקרנות לשד השמאלי 40 Gy ב-15 מנות"), "2026-04-06",
           end="2026-04-27", reason_refs=[bc])
    let = r.medreq(drug("L02BG04", "letrozole", "Femara 2.5 מ\"ג"), "2026-05-10", "2.5 מ\"ג פעם ביום, למשך 5 שנים",
                   reason_refs=[bc], who=onc, course="continuous", start="2026-05-10")
    r.medstat(drug("L02BG04", "letrozole", "Femara 2.5 מ\"ג"), "active", "2026-05-12", reason_refs=[bc],
              asserted="2026-10-28", note="נוטלת באופן סדיר; מתלוננת על כאבי מפרקים")
    r.obs(cc(r.loc("DXA-TSCORE", "DXA - T-score עמוד שדרה מותני"), text="DXA lumbar spine T-score"), "2026-05-04",
          q(-1.6, "1", "T-score"), cat="imaging", interp="L")
    r.medstat(drug("C09CA01", "losartan", "Ocsaar 50 מ\"ג"), "active", "2019-09-10", asserted="2026-10-28")
    arth = r.cond(icd9("719.49", "Pain in joint, multiple sites", "כאבי מפרקים על רקע מעכבי ארומטאז"), "2026-07-02",
                  who=onc)
    e2 = r.enc("2026-06-15", "AMB", etype(r, "hosp_clinic"), who=onc, org=r.orgs["hosp"], reason=txt("מעקב"))
    r.labs("2026-06-14", [("hb_gdl", 13.2), ("wbc_us", 5.8), ("alt_u", 24), ("creat_mgdl", 0.8),
                          ("vitd", 27)], enc=e2, report="בדיקות דם שגרתיות")
    e3 = r.enc("2026-10-28", "AMB", etype(r, "hosp_clinic"), who=[onc, nurse], org=r.orgs["hosp"],
               reason=txt("מעקב - טיפול הורמונלי"))
    q1 = r.qresp(qol_q, "2026-10-28", [("29", "איך הייתם מדרגים את מצב בריאותכם הכללי במהלך השבוע האחרון? (1-7)", 4),
                                        ("30", "איך הייתם מדרגים את איכות חייכם הכללית במהלך השבוע האחרון? (1-7)", 3)],
                 enc=e3)
    r.score(ghs, "2026-10-28", 41.7, enc=e3, derived=[q1])
    r.vitals("2026-10-28", e3, bp=(132, 80), wt=71.0)
    r.note("2026-10-28", "progress", "סיכום ביקור - מרפאת שד",
           "בת 62, לאחר ניתוח משמר שד והקרנות, בטיפול Letrozole מ-05/2026.\n"
           "מתארת כאבי מפרקים בידיים ובברכיים, נוקשות בוקר, גלי חום, קשיי שינה. "
           "'אני מרגישה כמו אישה זקנה', הפסיקה ללכת להליכות ולעבוד במשרה מלאה.\n"
           "שאלון EORTC QLQ-C30: מצב בריאות כללי/איכות חיים ירד מ-75 לפני הטיפול ל-41.7 כעת.\n"
           "תוכנית: המשך Letrozole בשלב זה, הפניה לפיזיותרפיה, ויטמין D. שקילת מעבר למעכב ארומטאז אחר או "
           "ל-Tamoxifen בביקור הבא.", author=onc, enc=e3)
    r.medreq(drug("A11CC05", "colecalciferol", "Vitamin D3 1000 IU"), "2026-10-28", "1000 יחב\"ל ביום",
             who=onc, enc=e3)
    return r


# ---------------------------------------------------------------------------------------------
def il_prc_p(cid):
    r, gp = il_base(cid, "Biton", ["Esther"], "female", "1961-03-08", "קריית גת", "052278943", "+972-50-8865102",
                    ("Ohana", "Liat"), "SHM-28870345")
    ortho = r.pract("Sasson", "Yigal", qual="מומחה באורתופדיה")
    oa = r.cond(icd9("715.16", "Osteoarthrosis, localized, primary, lower leg", "אוסטאוארתריטיס של שתי הברכיים"),
                "2024-05-20", who=gp, body=sct("72696002", "Knee region structure"))
    r.cond(icd9("278.00", "Obesity, unspecified", "השמנה"), "2012-01-10", who=gp)
    htn = r.cond(icd9("401.9", "Unspecified essential hypertension", "יתר לחץ דם"), "2016-06-20", who=gp)
    e1 = r.enc("2026-03-10", "AMB", etype(r, "fam"), who=gp, reason=txt("כאבי ברכיים"))
    r.vitals("2026-03-10", e1, bp=(138, 84), wt=92.0, ht=162, bmi=35.1)
    e2 = r.enc("2026-04-02", "AMB", etype(r, "imaging"))
    r.report(cc(text="צילום ברכיים בעמידה"), "2026-04-02", cat="RAD", enc=e2,
             conclusion="Bilateral medial compartment joint-space narrowing with osteophytes, Kellgren-Lawrence "
                        "grade 3 on the right and grade 2-3 on the left.")
    e3 = r.enc("2026-06-17", "AMB", etype(r, "cons"), who=ortho, reason=txt("ייעוץ אורתופדי"))
    r.note("2026-06-17", "consult", "ייעוץ אורתופדי",
           "אוסטאוארתריטיס של הברכיים, בעיקר מדיאלית. לא מועמדת לניתוח בשלב זה.\n"
           "המלצות: הפחתה במשקל, פיזיותרפיה, משככי כאבים. ביקורת לפי הצורך.", author=ortho, enc=e3)
    r.enc("2026-07-05", "AMB", etype(r, "physio"), reason=txt("פיזיותרפיה - 8 טיפולים"),
          end="2026-09-07T11:00:00+03:00")
    e5 = r.enc("2026-10-22", "AMB", etype(r, "fam"), who=gp, reason=txt("כאבי ברכיים ללא שיפור"))
    r.score(cc(r.loc("NRS-PAIN", "עוצמת כאב 0-10"), (LOINC, "72514-3",
                                                          "Pain severity - 0-10 verbal numeric rating [Score] - Reported")),
            "2026-10-22", 7, enc=e5)
    r.vitals("2026-10-22", e5, bp=(136, 82), wt=90.5, bmi=34.5)
    r.labs("2026-10-22", [("hb_gdl", 13.0), ("creat_mgdl", 0.84), ("hba1c_pct", 5.6), ("alt_u", 21)], enc=e5)
    r.note("2026-10-22", "progress", "סיכום ביקור",
           "כאבי ברכיים ממשיכים למרות פיזיותרפיה ומשככי כאבים. ירדה 1.5 ק\"ג. מתקשה לעלות במדרגות.\n"
           "המטופלת מתוסכלת, מרגישה שלא קיבלה מענה במרפאה האורתופדית.\n"
           "הומלץ להמשיך טיפול שמרני, הוצעה הפניה לדיאטנית.", author=gp, enc=e5)
    msg = r.comm("2026-11-03",
                 "שלום ד\"ר אוחנה, אני פונה שוב בעניין הברכיים. האורתופד ראה אותי חמש דקות, אמר שאין מה לעשות חוץ "
                 "מלרדת במשקל ובקושי בדק אותי. אני לא מצליחה ללכת לשוק ולטפל בנכדים. אני מרגישה שלא מקשיבים לי. "
                 "אני מבקשת הפניה לחוות דעת שנייה אצל אורתופד אחר, אם אפשר בבית החולים. תודה, אסתר ביטון",
                 sender=r.pt, recipient=gp, about=[oa],
                 category=cc((r.local + "/message-category", "PORTAL", "הודעה מהאפליקציה"), text="פנייה מקוונת"),
                 medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "WRITTEN", "written")))
    r.comm("2026-11-04T08:40:00+02:00", "אסתר שלום, קיבלתי את פנייתך. אבדוק את האפשרויות ואחזור אלייך השבוע.",
           sender=gp, recipient=r.pt, in_response=msg, status="completed")
    r.medstat(drug("N02BE01", "paracetamol", "Acamol 500 מ\"ג"), "active", "2024-05-20", dosage="עד 4 גרם ביום",
              reason_refs=[oa], asserted="2026-10-22")
    r.medstat(drug("M02AA15", "diclofenac", "Voltaren Emulgel"), "active", "2024-05-20", reason_refs=[oa],
              asserted="2026-10-22")
    r.medstat(drug("C09CA01", "losartan", "Losardex 50 מ\"ג"), "active", "2016-06-25", reason_refs=[htn],
              asserted="2026-10-22")
    return r


# ---------------------------------------------------------------------------------------------
def il_wdt_p(cid):
    r, gp = il_base(cid, "Avraham", ["Noam"], "male", "1989-12-14", "ירושלים", "301245876", "+972-58-4410972",
                    ("Sharabi", "Nili"), "SHM-91320054")
    psy = r.pract("Lerner", "Amit", qual="מומחה בפסיכיאטריה")
    psych = r.pract("Hazan", "Shira", prefix="", qual="פסיכולוגית קלינית")
    mdd = r.cond(icd9("296.32", "Major depressive affective disorder, recurrent episode, moderate",
                      "הפרעת דיכאון מג'ורי, חוזרת, בדרגה בינונית"), "2025-12-22", who=psy)
    r.cond(icd9("305.1", "Tobacco use disorder", "עישון"), "2008-01-01", who=gp)
    r.smoking("2026-01-15", "77176002", "Smoker")
    phq = loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]", "PHQ-9")
    e0 = r.enc("2026-01-15", "AMB", etype(r, "cons"), who=psy, reason=txt("הערכה פסיכיאטרית"))
    r.score(phq, "2026-01-15", 14, enc=e0)
    r.labs("2026-01-12", [("tsh", 1.8), ("hb_gdl", 15.1, dict(lo=13.5, hi=17.5)), ("b12", 510)], enc=e0)
    r.medreq(drug("N06AB10", "escitalopram", "Cipralex 10 מ\"ג"), "2026-01-15", "10 מ\"ג פעם ביום",
             status="stopped", reason_refs=[mdd], who=psy, enc=e0, note="הוחלף במינון 20 מ\"ג ב-20/05/2026")
    r.enc("2026-02-01", "AMB", etype(r, "psych"), who=psych, reason=txt("CBT - מפגשים שבועיים"),
          end="2026-11-24T17:00:00+02:00")
    e1 = r.enc("2026-02-26", "AMB", etype(r, "cons"), who=psy, reason=txt("מעקב"))
    r.score(phq, "2026-02-26", 13, enc=e1)
    e2 = r.enc("2026-05-20", "AMB", etype(r, "cons"), who=psy, reason=txt("מעקב"))
    r.score(phq, "2026-05-20", 16, enc=e2)
    r.medreq(drug("N06AB10", "escitalopram", "Cipralex 20 מ\"ג"), "2026-05-20", "20 מ\"ג פעם ביום",
             reason_refs=[mdd], who=psy, enc=e2, course="continuous")
    e3 = r.enc("2026-08-19", "AMB", etype(r, "cons"), who=psy, reason=txt("מעקב"))
    r.score(phq, "2026-08-19", 19, enc=e3)
    r.medstat(drug("N06AB10", "escitalopram", "Cipralex"), "active", "2026-01-16", reason_refs=[mdd],
              asserted="2026-11-18", note="לפי המטופל ורכישות בבית המרקחת - נטילה סדירה ללא החסרות")
    e4 = r.enc("2026-11-18", "AMB", etype(r, "cons"), who=psy, reason=txt("מעקב"))
    r.score(phq, "2026-11-18", 22, enc=e4)
    r.score(loinc("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"),
            "2026-11-18", 11, enc=e4)
    r.vitals("2026-11-18", e4, bp=(124, 78), wt=71.0)
    r.note("2026-11-18", "consult", "סיכום ביקור - מרפאה פסיכיאטרית",
           "בן 36, אפיזודה דיכאונית חוזרת. בטיפול Escitalopram מ-01/2026 (20 מ\"ג מ-05/2026) ו-CBT שבועי.\n"
           "נוטל את הטיפול באופן סדיר, מגיע לכל המפגשים.\n"
           "למרות זאת החמרה הדרגתית: שינה ירודה, חוסר הנאה, ירידה בתפקוד בעבודה, נמצא בחופשת מחלה.\n"
           "PHQ-9: 14 (01/2026), 13 (02/2026), 16 (05/2026), 19 (08/2026), 22 (11/2026).\n"
           "ללא מחשבות אובדניות פעילות, ללא תוכנית.\n"
           "תוכנית: שקילת החלפת טיפול תרופתי, ביקור חוזר בעוד שבועיים.", author=psy, enc=e4)
    return r


# ---------------------------------------------------------------------------------------------
def il_roc_nm(cid):
    r, gp = il_base(cid, "Goldberg", ["Tamar"], "female", "1995-05-02", "רעננה", "207731469", "+972-52-3308817",
                    ("Navon", "Yuval"), "SHM-13370982")
    gen = r.pract("Adler", "Noga", qual="מומחית בגנטיקה רפואית")
    gyn = r.pract("Khoury", "Rami", qual="מומחה במיילדות וגינקולוגיה")
    hypo = r.cond(icd9("245.2", "Chronic lymphocytic thyroiditis", "השימוטו - תת פעילות בלוטת התריס"), "2019-02-14",
                  who=gp)
    asthma = r.cond(icd9("493.90", "Asthma, unspecified type, unspecified", "אסתמה קלה לסירוגין"), "2008-09-01",
                    who=gp)
    e1 = r.enc("2026-01-19", "AMB", etype(r, "fam"), who=gp, reason=txt("ייעוץ לפני היריון"))
    r.vitals("2026-01-19", e1, bp=(112, 70), wt=58.0, ht=165)
    r.labs("2026-01-19", [("tsh", 2.2, dict(hi=2.5)), ("hb_gdl", 13.1), ("plt_us", 262), ("ferritin_ngml", 42,
                                                                                       dict(lo=15, hi=150))],
           enc=e1, report="בדיקות לפני היריון")
    r.medreq(drug("B03BB01", "folic acid", "Folex 0.4 מ\"ג"), "2026-01-19", "0.4 מ\"ג ביום", who=gp, enc=e1)
    e2 = r.enc("2026-03-10", "AMB", etype(r, "nurse"), reason=txt("נטילת דם לבדיקות סקר גנטי"))
    var = r.obs(loinc("69548-6", "Genetic variant assessment"), "2026-03-10",
                cc((LOINC, "LA9633-4", "Present")), enc=e2,
                comps=[{"code": loinc("48018-6", "Gene studied [ID]"), "valueCodeableConcept": txt("GBA1")},
                       {"code": loinc("48004-6", "DNA change (c.HGVS)"), "valueCodeableConcept": txt("c.1226A>G (N370S)")},
                       {"code": loinc("53034-5", "Allelic state"),
                        "valueCodeableConcept": cc((LOINC, "LA6706-1", "Heterozygous"))}],
                note="סקר נשאות מורחב: נמצאה נשאות הטרוזיגוטית לגושה. CF, SMA, דיסאוטונומיה משפחתית, טיי-זקס - "
                     "לא זוהו וריאנטים.")
    r.report(cc(text="סקר נשאות גנטי מורחב"), "2026-03-24", [var], cat="GE", enc=e2,
             conclusion="נשאית הטרוזיגוטית של וריאנט N370S בגן GBA1 (מחלת גושה). שאר הפאנל תקין.")
    car = r.cond(icd9("V83.89", "Other genetic carrier status", "נשאות הטרוזיגוטית למחלת גושה (GBA1 N370S)"),
                 "2026-03-24", who=gen, evidence=[var])
    e3 = r.enc("2026-04-02", "AMB", etype(r, "genetics"), who=gen, org=r.orgs["hosp"])
    r.note("2026-04-02", "consult", "סיכום ייעוץ גנטי",
           "בת 31, מתכננת היריון. בסקר הנשאות נמצאה נשאית של וריאנט N370S בגן GBA1.\n"
           "הוסבר: מדובר בנשאות בלבד ולא במחלה. אין תסמינים, ספירת דם וטסיות תקינות. אין צורך בטיפול או "
           "במעקב בשל הנשאות.\n"
           "בן הזוג נבדק - לא נמצא נשא. הסיכון לצאצא חולה זניח.\n"
           "אין צורך בבדיקות נוספות בהיריון בהקשר זה.", author=gen, enc=e3)
    e4 = r.enc("2026-09-14", "AMB", etype(r, "cons"), who=gyn, reason=txt("ביקור גינקולוגי שגרתי"))
    r.note("2026-09-14", "progress", "ביקור גינקולוגי", "ללא תלונות. ממשיכה חומצה פולית. ממתינים להיריון.",
           author=gyn, enc=e4)
    r.lab("tsh", 1.9, "2026-09-10", enc=e4, hi=2.5)
    r.medstat(drug("H03AA01", "levothyroxine", "Euthyrox 50 מק\"ג"), "active", "2019-02-20", reason_refs=[hypo],
              asserted="2026-09-14")
    r.medstat(drug("R03AC02", "salbutamol", "Ventolin inhaler"), "active", "2008-09-01", reason_refs=[asthma],
              dosage="לפי הצורך", asserted="2026-09-14")
    return r


CASES = [
    dict(key="il-psnw-p", org="IL", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], build=il_psnw_p,
         why="66-year-old man with new iron-deficiency anaemia (Hb 10.4, ferritin 9) and weight loss in August 2026 "
             "given oral iron only; no GI referral, endoscopy or faecal blood assay by December (>60 days): a "
             "red-flag finding without follow-up.",
         summary="new iron-deficiency anaemia with weight loss in a 66-year-old man, oral iron only, no GI work-up "
                 "after 3.5 months (Hebrew notes)"),
    dict(key="il-psnw-nm", org="IL", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss",
         expected=[], build=il_psnw_nm,
         why="Raised PSA (6.8) was followed up within three weeks: urology review, prostate MRI PI-RADS 2 and a "
             "falling repeat PSA with benign prostatic enlargement explaining it; the red flag was acted on.",
         summary="raised PSA referred the same week, urology + MRI PI-RADS 2 within 6 weeks, repeat PSA lower"),
    dict(key="il-dsm-p", org="IL", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"], build=il_dsm_p,
         why="Fibromyalgia label (ICD-9 729.1) active for over a year; new girdle pain, long morning stiffness, weight "
             "loss, low-grade fever and ESR 64-71 / CRP 38-42 that fibromyalgia cannot explain are still treated as "
             "a fibromyalgia flare.",
         summary="'fibromyalgia' (729.1) kept for new girdle pain with ESR 71, CRP 42, fever and weight loss; "
                 "duloxetine increased"),
    dict(key="il-mpp-p", org="IL", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"], build=il_mpp_p,
         why="Active order for an instrumented lumbar fusion (TLIF L4-L5, ICD-9-CM 81.08) booked for January 2027 "
             "after failed conservative care; not yet performed.",
         summary="spinal fusion TLIF L4-L5 ordered for 2027-01-18 (ICD-9-CM procedure code, Hebrew letters)"),
    dict(key="il-up-p", org="IL", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"], build=il_up_p,
         why="Metastatic lung adenocarcinoma after two lines; oncology states no further treatment options, home "
             "hospice referral and end-of-life care plan are active, and no second opinion is on record.",
         summary="stage IV lung adenocarcinoma, 'no further oncological options', home hospice referral and plan"),
    dict(key="il-up-nm", org="IL", target="UNTREATABLE_PROGNOSIS", kind="near-miss",
         expected=[], build=il_up_nm,
         why="The 'no treatment needed' statements refer to a typical 2.1 cm liver haemangioma and silent "
             "gallstones: benign findings, not an untreatable condition; no palliative plan exists.",
         summary="incidental liver haemangioma and silent gallstones, hepatologist: 'no treatment or follow-up needed'"),
    dict(key="il-hit-p", org="IL", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"], build=il_hit_p,
         why="After adjuvant letrozole began (following lumpectomy and breast radiotherapy), EORTC QLQ-C30 global "
             "health status fell from 75.0 (pre-treatment) to 41.7, far beyond the ~10-point minimal important "
             "difference.",
         summary="early breast cancer on letrozole; EORTC QLQ-C30 global health 75 -> 41.7 with arthralgia"),
    dict(key="il-prc-p", org="IL", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"], build=il_prc_p,
         why="Patient-authored portal message (Hebrew) says she feels unheard by the orthopaedist and explicitly "
             "asks for a referral for a second opinion; none has been obtained.",
         summary="knee osteoarthritis; patient's Hebrew app message asks for a second orthopaedic opinion"),
    dict(key="il-wdt-p", org="IL", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"], build=il_wdt_p,
         why="PHQ-9 rose 14 -> 13 -> 16 -> 19 -> 22 over ten months while escitalopram (adherent, dose raised) and "
             "weekly CBT ran throughout: +9 from the first on-treatment value (13), above the 5-point MCID.",
         summary="recurrent depression, PHQ-9 14 -> 22 over 10 months on escitalopram + CBT"),
    dict(key="il-roc-nm", org="IL", target="RARE_OR_COMPLEX_CONDITION", kind="near-miss",
         expected=[], build=il_roc_nm,
         why="Heterozygous Gaucher (GBA1 N370S) carrier status found on preconception screening is not the rare "
             "disease itself; she has only two common chronic conditions (Hashimoto, mild asthma).",
         summary="Gaucher carrier (V83.89) on preconception screening, healthy; Hashimoto and mild asthma only"),
]
