"""Cases for PERSISTENT_SYMPTOMS_NORMAL_WORKUP, DIAGNOSIS_SYMPTOM_MISMATCH, MAJOR_PROCEDURE_PLANNED."""
from fhirkit import S, LN, RX, T, cc, cd, ATC, CPT, qty

PRESENT = cc(S("52101004", "Present"))


def atc(code, disp, text):
    return cc(cd(ATC, code, disp), text=text)


# ---------------------------------------------------------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP
def ps_pos_dizzy_nl(c):
    c.base("Sanne", "Visser", "female", "1992-03-14",
           [("Anouk", "de Vries", "Internist algemene interne geneeskunde"), ("Joost", "Peters", "Cardioloog")])
    dz = cc(c.I("R42", "Dizziness and giddiness"), S("404640003", "Dizziness"), text="Duizeligheid")
    ft = cc(S("84229001", "Fatigue"), text="Vermoeidheid")
    e1 = c.enc("2026-06-03", typ="Polikliniekbezoek interne geneeskunde", reasons=[dz])
    c.cond(dz, "2026-04-20", recorded="2026-06-03", enc=e1,
           note="Aanvallen van draaiduizeligheid en licht gevoel in het hoofd, met moeheid; sinds april 2026.")
    c.cond(cc(c.I("J30.4", "Allergic rhinitis, unspecified"), text="Allergische rhinitis"), "2012-05-01", prac=None)
    c.medst(atc("R06AE07", "cetirizine", "Cetirizine 10 mg tablet"), "2015-04-01", dose="1 dd 10 mg zo nodig")
    c.vitals("2026-06-03", 118, 74, hr=72, wt=63.5, bmi=21.9, enc=e1)
    c.finding(dz, "2026-06-03", enc=e1)
    c.panel("2026-06-03", [("hb", 8.4), ("mcv", 89), ("ferr", 64), ("tsh", 1.9), ("gluc", 4.9), ("na", 140),
                           ("k", 4.2), ("creat", 68), ("b12", 390)], enc=e1, title="Bloedonderzoek eerste polibezoek")
    e2 = c.enc("2026-07-15", typ="Polikliniekbezoek cardiologie", reasons=[dz], prac=1)
    c.finding(dz, "2026-07-15", enc=e2)
    c.finding(cc(c.L("functie", "ECG12", "12-afleidingen ECG"), text="ECG"), "2026-07-15",
              value="Sinusritme 68/min, normale as, geen geleidingsstoornissen, geen repolarisatiestoornissen",
              itp="N", enc=e2, cat="procedure")
    c.finding(cc(c.L("functie", "ORTHO", "Orthostatische bloeddrukmeting"), text="Orthostatische bloeddruk"), "2026-07-15",
              value="Liggend 116/72, staand na 3 min 112/74; geen orthostatische hypotensie", itp="N", enc=e2)
    e3 = c.enc("2026-09-09", typ="Polikliniekbezoek cardiologie", reasons=[dz], prac=1)
    c.finding(dz, "2026-09-09", enc=e3)
    c.report(cc(c.L("functie", "HOLT24", "24-uurs Holterregistratie"), text="Holter 24 uur"), "2026-09-09",
             "Sinusritme gedurende gehele registratie, geen ritmestoornissen, geen pauzes. Klachtenmomenten zonder ritmecorrelatie.",
             cat=("CUS", "Cardiac Ultrasound"), enc=e3)
    e4 = c.enc("2026-10-28", typ="Polikliniekbezoek interne geneeskunde", reasons=[dz, ft])
    c.finding(dz, "2026-10-28", enc=e4)
    c.finding(ft, "2026-10-28", enc=e4)
    c.panel("2026-10-28", [("hb", 8.3), ("crp", 2), ("tsh", 2.2), ("gluc", 5.1)], enc=e4, title="Controle bloedonderzoek")
    c.note("2026-10-28", "Poliverslag interne geneeskunde",
           "Patiënte (34 jr) komt terug i.v.m. aanhoudende duizeligheid en moeheid sinds april 2026. "
           "Klachten onveranderd, ze werkt nog maar 50%. Uitgebreid aanvullend onderzoek: bloedonderzoek, ECG, "
           "orthostatische bloeddrukmeting en Holter zonder afwijkingen. Geen verklaring gevonden. "
           "Patiënte gerustgesteld dat er geen ernstige oorzaak is; geen vervolgafspraak, terug naar huisarts.\n\n"
           "English summary: dizziness and fatigue for six months, complete work-up normal, no diagnosis, discharged to GP.",
           enc=e4)
    return dict(expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                why="Dizziness recorded at four visits from June to October 2026 (>8 weeks); labs, ECG, orthostatic BP and Holter all normal; no explaining diagnosis, discharged with reassurance.",
                summary="NL: 34F, six months of dizziness and fatigue, every examination normal, reassured and discharged")


def ps_pos_returns_ca(c):
    c.base("Daniel", "Tremblay", "male", "1979-08-02",
           [("Karen", "MacLeod", "Family physician"), ("Luc", "Bélanger", "Emergency physician"),
            ("Priya", "Raman", "General internist")])
    ap = cc(c.I("R10.1", "Pain localized to upper abdomen"), S("21522001", "Abdominal pain"), text="Upper abdominal pain")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2019-03-11", prac=0)
    c.medst(cc(cd(ATC, "C09AA05", "ramipril"), text="Ramipril 5 mg PO daily"), "2019-03-11", dose="5 mg daily")
    e0 = c.enc("2026-10-30", typ="Family medicine clinic visit", reasons=[ap], prac=0)
    c.vitals("2026-10-30", 134, 84, hr=78, wt=88.0, enc=e0)
    c.med(cc(cd(ATC, "A02BC02", "pantoprazole"), text="Pantoprazole 40 mg PO daily"), "2026-10-30", "40 mg once daily x 4 weeks",
          reasons=[ap], enc=e0)
    c.note("2026-10-30", "Family medicine visit",
           "47M with 10 days of epigastric and right upper quadrant pain, worse after meals, no fever, no vomiting. "
           "Abdomen soft, mild epigastric tenderness. Trial of PPI, return if worse.", enc=e0)
    e1 = c.enc("2026-11-02", cls="EMER", typ="Emergency department visit", reasons=[ap], prac=1, prio="UR")
    c.vitals("2026-11-02", 142, 88, hr=92, temp=37.0, enc=e1)
    c.panel("2026-11-02", [("hb", 148), ("wbc", 7.9), ("lipase", 32), ("alt", 28), ("bili", 11), ("trop", 4), ("creat", 84)],
            enc=e1, title="ED bloodwork")
    c.cond(cc(c.I("R10.1", "Pain localized to upper abdomen"), text="Abdominal pain NYD"), "2026-11-02", cat="encounter-diagnosis",
           enc=e1, prac=1)
    c.note("2026-11-02", "ED note",
           "Returns 3 days after seeing family doctor. Pain 7/10 epigastric. Labs unremarkable, ECG normal. "
           "Bedside ultrasound: no gallstones. Dx abdominal pain NYD. D/C home, continue PPI.", kind="ed", prac=1, enc=e1)
    e2 = c.enc("2026-11-06", cls="EMER", typ="Emergency department visit", reasons=[ap], prac=1, prio="UR")
    c.panel("2026-11-06", [("wbc", 8.3), ("lipase", 41), ("alt", 31), ("crp", 3)], enc=e2, title="ED bloodwork")
    c.note("2026-11-06", "Note de l'urgence",
           "Deuxième consultation à l'urgence en 4 jours pour douleur épigastrique persistante, 8/10, réveille la nuit. "
           "Bilan sanguin normal. Analgésie, congé avec suivi chez le médecin de famille.\n"
           "Second ED visit in 4 days, normal bloodwork, discharged.", kind="ed", prac=1, enc=e2, lang="fr-CA")
    e3 = c.enc("2026-11-09", cls="IMP", typ="Unplanned inpatient admission via ED", reasons=[ap], prac=2, prio="EM",
               admit="emd", end="2026-11-12", service="General internal medicine")
    c.report(cc(c.L("imaging", "CTABDPEL", "CT abdomen and pelvis with contrast"), text="CT abdomen/pelvis"), "2026-11-09",
             "No acute intra-abdominal process. Normal pancreas, gallbladder and bowel.", enc=e3)
    c.panel("2026-11-10", [("hb", 145), ("wbc", 7.4), ("lipase", 36), ("alt", 26), ("crp", 4)], enc=e3, title="Inpatient bloodwork")
    c.note("2026-11-12", "Discharge summary",
           "Admitted from ED on 2026-11-09 with ongoing upper abdominal pain (third ED presentation, 10 days after family medicine visit). "
           "CT abdomen and labs normal. Pain settled partially on analgesia. No diagnosis established. "
           "Discharged home; outpatient gastroscopy to be arranged by family physician.", kind="discharge", prac=2, enc=e3)
    return dict(expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                why="Return-visit e-trigger: primary-care visit 2026-10-30, two unscheduled ED visits and an unplanned admission within 14 days, all investigations normal.",
                summary="CA: 47M epigastric pain, GP visit then two ED returns and an unplanned admission within 10 days, normal results")


def ps_pos_ida_en(c):
    c.base("Robert", "Kline", "male", "1963-11-21",
           [("Helen", "Carter", "Endocrinologist"), ("Omar", "Haddad", "Nurse practitioner, diabetes")])
    dm = c.cond(cc(c.I("E11.9", "Type 2 diabetes mellitus without complications"), S("44054006", "Diabetes mellitus type 2")), "2014-05-02")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension"), S("38341003", "Hypertensive disorder")), "2016-09-14")
    c.med(cc(RX("6809", "metformin"), text="Metformin 1000 mg tablet"), "2014-05-02", "1000 mg by mouth twice daily", reasons=[dm])
    c.med(cc(RX("29046", "lisinopril"), text="Lisinopril 20 mg tablet"), "2016-09-14", "20 mg by mouth daily")
    e1 = c.enc("2026-05-06", typ="Diabetes follow-up visit", reasons=[dm])
    c.vitals("2026-05-06", 132, 80, hr=70, wt=91.2, bmi=29.8, enc=e1)
    c.panel("2026-05-06", [("a1c", 7.1), ("creat", 1.0), ("egfr", 82)], enc=e1)
    e2 = c.enc("2026-08-10", typ="Diabetes follow-up visit", reasons=[dm], prac=1)
    c.vitals("2026-08-10", 128, 78, hr=76, wt=89.4, bmi=29.2, enc=e2)
    c.panel("2026-08-10", [("a1c", 7.0), ("hb", 10.2), ("mcv", 74), ("ferr", 8), ("iron", 31), ("tsat", 7), ("plt", 412)],
            enc=e2, title="HbA1c and complete blood count",
            conclusion="Microcytic anemia with low ferritin and transferrin saturation, consistent with iron deficiency.")
    c.note("2026-08-10", "Diabetes visit",
           "A1c at goal 7.0%. Feet intact. Incidental labs: Hgb 10.2, MCV 74, ferritin 8. "
           "Patient reports mild exertional fatigue. Results routed to PCP.", prac=1, enc=e2)
    e3 = c.enc("2026-11-12", typ="Diabetes follow-up visit", reasons=[dm])
    c.vitals("2026-11-12", 130, 82, hr=74, wt=88.1, bmi=28.8, enc=e3)
    c.panel("2026-11-12", [("a1c", 7.1), ("gluc", 142)], enc=e3)
    c.note("2026-11-12", "Diabetes visit",
           "Glycemic control stable on metformin. Weight down 3 kg, attributed to diet. BP controlled. "
           "Continue current regimen, recheck A1c in 3 months.", enc=e3)
    return dict(expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                why="Red-flag e-trigger: iron-deficiency anaemia in a 62-year-old man (2026-08-10) with no GI referral, endoscopy or repeat work-up within 60 days; later visit ignores it.",
                summary="Endo: 62M diabetes review finds iron-deficiency anaemia, nothing done for 16 weeks")


def ps_nm_coeliac_ca(c):
    c.base("Émilie", "Gagnon", "female", "1990-01-27",
           [("Marc", "Ouellet", "Family physician"), ("Sarah", "Whitman", "Gastroenterologist")], extra="fr-CA")
    dia = cc(c.I("R19.7", "Diarrhoea, unspecified"), S("62315008", "Diarrhea"), text="Diarrhée chronique / chronic diarrhea")
    e1 = c.enc("2026-02-10", typ="Family medicine visit", reasons=[dia])
    sym = c.cond(dia, "2026-01-05", status="resolved", abate="2026-08-01", enc=e1)
    c.finding(dia, "2026-02-10", enc=e1)
    c.panel("2026-02-10", [("hb", 118), ("ferr", 9), ("tsh", 1.7), ("crp", 2)], enc=e1)
    e2 = c.enc("2026-03-24", typ="Family medicine visit", reasons=[dia])
    c.finding(dia, "2026-03-24", enc=e2)
    c.finding(cc(S("248490000", "Bloating symptom"), text="Ballonnements / bloating"), "2026-03-24", enc=e2)
    e3 = c.enc("2026-04-28", typ="Family medicine visit", reasons=[dia])
    c.finding(dia, "2026-04-28", enc=e3)
    c.lab("ttg", 86, "2026-04-28", enc=e3)
    e4 = c.enc("2026-05-20", typ="Endoscopy unit", reasons=[dia], prac=1)
    c.proc(cc(c.L("cci", "2.NF.71.BA", "Biopsy, duodenum, per orifice endoscopic approach"), text="Gastroscopy with duodenal biopsies"),
           "completed", "2026-05-20", prac=1, enc=e4)
    path = c.report(cc(c.L("pathology", "SURGPATH", "Surgical pathology report"), text="Duodenal biopsies"), "2026-05-25",
                    "Villous atrophy with crypt hyperplasia and intraepithelial lymphocytosis (Marsh 3b), consistent with celiac disease.",
                    cat=("SP", "Surgical Pathology"), enc=e4)
    cel = c.cond(cc(c.I("K90.0", "Coeliac disease"), S("396331005", "Celiac disease")), "2026-05-27", prac=1, evidence=[path])
    c.medst(cc(cd(ATC, "B03AA07", "ferrous sulfate"), text="Ferrous sulfate 300 mg PO daily"), "2026-05-27",
            reasons=[cel], dose="300 mg daily")
    e5 = c.enc("2026-09-15", typ="Gastroenterology follow-up", reasons=[cel], prac=1)
    c.panel("2026-09-15", [("hb", 131), ("ferr", 34)], enc=e5)
    c.lab("ttg", 18, "2026-11-10")
    c.note("2026-09-15", "GI follow-up / Suivi gastro",
           "Celiac disease confirmed on biopsy (Marsh 3b). Strict gluten-free diet since June with dietitian support. "
           "Diarrhea and bloating resolved, weight regained 3 kg. Hb and ferritin recovering. tTG repeat in 2 months.\n"
           "Maladie cœliaque confirmée; symptômes résolus sous diète sans gluten.", prac=1, enc=e5)
    return dict(expected=[],
                why="Symptoms were recorded on 3+ dates over 11 weeks, but the work-up was abnormal (tTG raised) and coeliac disease was diagnosed and treated; symptoms resolved.",
                summary="CA: 36F chronic diarrhoea, positive tTG, biopsy-proven coeliac disease, resolved on diet")


def ps_nm_psa_nl(c):
    c.base("Johannes", "Mulder", "male", "1958-06-30",
           [("Henk", "Jacobs", "Huisarts (verwijzer)"), ("Eline", "Vos", "Uroloog")])
    bph = c.cond(cc(c.I("N40", "Hyperplasia of prostate"), text="Benigne prostaathyperplasie"), "2021-02-10", prac=1)
    c.medst(atc("G04CA02", "tamsulosin", "Tamsulosine 0,4 mg capsule"), "2021-02-10", dose="1 dd 0,4 mg", reasons=[bph])
    p1 = c.lab("psa", 5.8, "2026-05-12", note="Aangevraagd door huisarts")
    sr = c.sr(cc(c.L("verwijzing", "URO", "Verwijzing uroloog"), text="Verwijzing urologie i.v.m. verhoogd PSA"), "2026-05-14",
              status="completed", reasons=[p1], prac=0)
    e1 = c.enc("2026-06-02", typ="Polikliniekbezoek urologie", reasons=[cc(text="Verhoogd PSA")], prac=1)
    c.vitals("2026-06-02", 136, 82, hr=66, wt=84.0, enc=e1)
    c.finding(cc(c.L("lich", "RT", "Rectaal toucher"), text="Rectaal toucher"), "2026-06-02",
              value="Prostaat circa 45 ml, glad, niet nodulair, soepel", itp="N", enc=e1)
    c.panel("2026-06-02", [("creat", 88), ("hb", 9.1)], enc=e1)
    c.report(cc(c.L("radiologie", "MRPROST", "MRI prostaat multiparametrisch"), LN("72226-6", None), text="mpMRI prostaat"), "2026-06-16",
             "Prostaatvolume 48 ml. Geen verdachte laesies, PI-RADS 2. Conclusie: geen aanwijzingen voor klinisch significant prostaatcarcinoom.", enc=e1)
    c.lab("psa", 5.1, "2026-09-15")
    e2 = c.enc("2026-09-22", typ="Telefonisch consult urologie", cls="VR", prac=1, reasons=[cc(text="Uitslag PSA")])
    c.note("2026-09-22", "Telefonisch consult urologie",
           "Verhoogd PSA (5,8 -> 5,1 ug/L) bij BPH, PSA-densiteit 0,11. mpMRI PI-RADS 2. Geen indicatie voor biopten. "
           "Beleid: PSA-controle over 6 maanden via poli.\n\nEnglish summary: raised PSA worked up within 5 weeks (urology, MRI PI-RADS 2); surveillance.",
           prac=1, enc=e2)
    c.sr(cc(c.L("lab", "PSA", "PSA totaal"), text="PSA controle"), "2026-09-22", occ="2027-03-15", prac=1,
         cat=cc(S("108252007", "Laboratory procedure")))
    return dict(expected=[],
                why="Raised PSA (a Murphy red flag) was followed up promptly: urology referral in 2 days, visit and MRI within 5 weeks, surveillance planned.",
                summary="NL: 68M raised PSA followed up within weeks (urology, MRI PI-RADS 2), surveillance")


# ---------------------------------------------------------------- DIAGNOSIS_SYMPTOM_MISMATCH
def dsm_pos_fibro_ca(c):
    c.base("Nathalie", "Roy", "female", "1975-04-09",
           [("Andrew", "Fraser", "Family physician"), ("Julie", "Caron", "Nurse practitioner")], extra="fr-CA")
    fm = c.cond(cc(c.I("M79.7", "Fibromyalgia"), S("203082005", "Fibromyalgia")), "2025-09-18",
                note="Widespread pain and fatigue, tender points; normal CBC/TSH at the time.")
    c.cond(cc(c.I("E78.0", "Pure hypercholesterolaemia")), "2020-01-15", prac=None)
    c.med(cc(cd(ATC, "N06AX21", "duloxetine"), text="Duloxetine 60 mg PO daily"), "2025-10-02", "60 mg once daily", reasons=[fm])
    c.med(cc(cd(ATC, "N03AX16", "pregabalin"), text="Pregabalin 75 mg PO BID"), "2026-01-20", "75 mg twice daily", reasons=[fm])
    pain = cc(LN("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"))
    for d, v in (("2025-09-18", 6), ("2026-01-20", 6), ("2026-05-05", 7), ("2026-09-22", 7), ("2026-11-17", 7)):
        e = c.enc(d, typ="Family medicine visit", reasons=[fm])
        c.score(pain, v, d, enc=e)
    c.finding(cc(S("271706000", "Morning stiffness of joint"), text="Morning stiffness > 1 hour"), "2026-05-05")
    c.finding(cc(text="Swelling of MCP and PIP joints, both hands"), "2026-09-22", value=cc(S("52101004", "Present")))
    c.panel("2026-05-05", [("crp", 28), ("esr", 38), ("hb", 121)])
    c.panel("2026-09-22", [("crp", 34), ("esr", 44), ("hb", 114), ("plt", 431)])
    c.note("2026-11-17", "Family medicine visit",
           "Fibromyalgia follow-up. Ongoing widespread pain 7/10, now with 1-2 h morning stiffness and visible swelling of "
           "MCPs/PIPs both hands since spring. CRP 34, ESR 44. Impression: fibromyalgia flare, poor sleep. "
           "Plan: continue duloxetine and pregabalin, sleep hygiene, exercise program. Reassess in 3 months.", enc=e)
    return dict(expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                why="Fibromyalgia label active for 14 months while symptoms continue, and new symmetric synovitis with raised CRP/ESR that fibromyalgia cannot explain is attributed to a 'flare'.",
                summary="CA: 51F fibromyalgia label for 14 months; new hand synovitis and raised CRP/ESR filed as a flare")


def dsm_pos_ibs_nl(c):
    c.base("Fleur", "Jansen", "female", "1984-12-03",
           [("Bart", "Willems", "Maag-darm-leverarts"), ("Noor", "Hoekstra", "Verpleegkundig specialist MDL")])
    ibs = c.cond(cc(c.I("K58.9", "Irritable bowel syndrome without diarrhoea"), text="Prikkelbaredarmsyndroom"), "2025-11-04")
    c.med(atc("A03AA04", "mebeverine", "Mebeverine 200 mg retard"), "2025-11-04", "2 dd 200 mg", reasons=[ibs])
    c.medst(atc("G03AA12", "drospirenone and ethinylestradiol", "Anticonceptiepil"), "2010-01-01", dose="1 dd 1 tablet")
    wts = (("2025-11-04", 68.0), ("2026-03-10", 66.2), ("2026-07-07", 63.4), ("2026-10-20", 61.6))
    for i, (d, w) in enumerate(wts):
        e = c.enc(d, typ="Polikliniekbezoek MDL", reasons=[ibs], prac=0 if i % 2 == 0 else 1)
        c.vitals(d, 112, 70, hr=80, wt=w, bmi=round(w / 1.70 ** 2, 1), enc=e)
        if i == 2:
            c.panel(d, [("calpro", 420), ("hb", 7.2), ("ferr", 11), ("crp", 12)], enc=e)
        if i == 3:
            c.panel(d, [("calpro", 610), ("hb", 7.0), ("crp", 18), ("alb", 33)], enc=e)
            last = e
    c.finding(cc(S("89362005", "Weight loss"), text="Gewichtsverlies"), "2026-07-07")
    c.finding(cc(text="Nachtelijke ontlasting"), "2026-10-20", value=cc(S("52101004", "Present")))
    c.note("2026-10-20", "Poliverslag MDL",
           "Bekend met PDS sinds 11-2025. Buikpijn en wisselend ontlastingspatroon houden aan; nu ook nachtelijke diarree "
           "en 6,4 kg gewichtsverlies in een jaar. Calprotectine 420 -> 610 ug/g, Hb 7,0 mmol/L. "
           "Conclusie: PDS, waarschijnlijk stressgerelateerd. Beleid: FODMAP-dieet via diëtist, mebeverine continueren.\n\n"
           "English summary: IBS label kept despite weight loss, nocturnal diarrhoea, rising faecal calprotectin and anaemia.",
           enc=last, prac=1)
    return dict(expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                why="IBS label (K58.9) active for a year while symptoms continue, plus weight loss, nocturnal diarrhoea, anaemia and rising calprotectin that IBS cannot explain.",
                summary="NL: 41F 'IBS' for a year despite weight loss, nocturnal diarrhoea, anaemia and calprotectin 610")


def dsm_pos_lada_en(c):
    c.base("Marcus", "Hale", "male", "1995-07-19",
           [("Helen", "Carter", "Endocrinologist"), ("Grace", "Lin", "Certified diabetes educator")])
    dm = c.cond(cc(c.I("E11.9", "Type 2 diabetes mellitus without complications"), S("44054006", "Diabetes mellitus type 2")),
                "2026-02-20", note="Diagnosed at urgent care (glucose 312 mg/dL); referred to endocrinology.")
    c.med(cc(RX("6809", "metformin"), text="Metformin 1000 mg tablet"), "2026-02-20", "1000 mg twice daily", reasons=[dm])
    c.med(cc(RX("4821", "glipizide"), text="Glipizide 10 mg tablet"), "2026-07-14", "10 mg twice daily", reasons=[dm])
    for d, a1c, wt in (("2026-04-08", 8.6, 68.2), ("2026-07-14", 8.4, 66.0), ("2026-10-20", 8.8, 64.1)):
        e = c.enc(d, typ="Endocrinology visit", reasons=[dm])
        c.vitals(d, 118, 72, hr=84, wt=wt, bmi=round(wt / 1.78 ** 2, 1), enc=e)
        c.lab("a1c", a1c, d, enc=e)
    c.finding(cc(S("28442001", "Polyuria"), text="Polyuria and nocturia"), "2026-07-14")
    c.finding(cc(S("89362005", "Weight loss")), "2026-10-20")
    c.panel("2026-10-24", [("gad", 250), ("cpep", 0.4), ("gluc", 238)], title="Diabetes autoantibodies and C-peptide")
    c.lab("a1c", 8.8, "2026-10-24", itp="H", note="Repeat point-of-care value confirmed")
    c.finding(cc(c.L("lab", "BHB", "Beta-hydroxybutyrate, blood"), text="Blood ketones"), "2026-10-24",
              value=cc(text="1.4 mmol/L (elevated)"), itp="H", cat="laboratory")
    c.note("2026-10-20", "Endocrinology visit",
           "29M, BMI 20, type 2 diabetes since Feb 2026. Still polyuric, lost 4 kg since April despite good appetite. "
           "A1c 8.8%. Plan: continue metformin and glipizide, GAD antibodies and C-peptide sent, "
           "lifestyle counselling. Follow up 3 months.", enc=e)
    return dict(expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                why="Lean young man labelled type 2 diabetes with ongoing weight loss, polyuria, ketosis, strongly positive GAD65 and low C-peptide; the label cannot account for autoimmune insulin-deficient features.",
                summary="Endo: 31M labelled type 2 diabetes; weight loss, ketones, GAD65 positive, low C-peptide, still on oral agents")


def dsm_nm_viral_nl(c):
    c.base("Thijs", "de Boer", "male", "2001-02-17",
           [("Lisa", "Kok", "Longarts"), ("Ruben", "Smeets", "Arts-assistent interne")])
    ast = c.cond(cc(c.I("J45.9", "Asthma, unspecified"), S("195967001", "Asthma"), text="Astma"), "2009-05-01")
    c.med(atc("R03AK06", "salmeterol and fluticasone", "Salmeterol/fluticason 50/250 inhalatie"), "2018-03-01", "2 dd 1 inhalatie", reasons=[ast])
    c.med(atc("R03AC02", "salbutamol", "Salbutamol 100 mcg dosisaerosol"), "2009-05-01", "zo nodig 1-2 pufjes", reasons=[ast])
    e0 = c.enc("2026-03-12", typ="Polikliniekbezoek longziekten", reasons=[ast])
    c.score(cc(c.L("vragenlijst", "ACQ", "Asthma Control Questionnaire"), text="ACQ-score"), 0.6, "2026-03-12", unit="{score}", enc=e0)
    c.finding(cc(c.L("functie", "SPIRO", "Spirometrie"), text="Spirometrie"), "2026-03-12",
              value="FEV1 92% van voorspeld, FEV1/FVC 0,79; goed gecontroleerd astma", itp="N", enc=e0, cat="procedure")
    e1 = c.enc("2026-09-22", typ="SEH-bezoek / spoedpost", cls="EMER", prac=1, reasons=[cc(S("386661006", "Fever"), text="Koorts")])
    c.vitals("2026-09-22", 122, 76, hr=98, temp=38.6, spo2=97, enc=e1)
    c.panel("2026-09-22", [("crp", 14), ("wbc", 6.1), ("hb", 9.4), ("creat", 82)], enc=e1)
    vir = c.cond(cc(c.I("B34.9", "Viral infection, unspecified"), text="Virusinfectie, niet gespecificeerd"), "2026-09-20",
                 status="resolved", abate="2026-10-04", cat="encounter-diagnosis", enc=e1, prac=1)
    c.note("2026-09-22", "SEH-verslag",
           "Sinds 2 dagen koorts, spierpijn en keelpijn. Geen dyspnoe, longen schoon, saturatie 97%. CRP 14. "
           "Waarschijnlijk virale infectie. Paracetamol, rust; terug bij benauwdheid.", prac=1, enc=e1, kind="ed")
    e2 = c.enc("2026-10-06", typ="Telefonisch consult", cls="VR", reasons=[vir])
    c.note("2026-10-06", "Telefonisch consult",
           "Klachten volledig verdwenen sinds 4 oktober, weer aan het werk. Astma stabiel. Geen verdere actie.\n"
           "English summary: viral illness resolved within two weeks.", enc=e2)
    return dict(expected=[],
                why="Unspecified viral infection label (B34.9) lasted two weeks and resolved with the symptoms; no catch-all label persisting >90 days.",
                summary="NL: 25M asthma, short febrile illness coded B34.9, resolved in two weeks")


# ---------------------------------------------------------------- MAJOR_PROCEDURE_PLANNED
def mpp_pos_bypass_en(c):
    c.base("Tamara", "Brooks", "female", "1983-05-28",
           [("Helen", "Carter", "Endocrinologist, obesity medicine"), ("James", "Whitaker", "Bariatric surgeon"),
            ("Nina", "Patel", "Registered dietitian")])
    ob = c.cond(cc(c.I("E66.01", "Morbid (severe) obesity due to excess calories"), S("238136002", "Morbid obesity")), "2015-01-01")
    dm = c.cond(cc(c.I("E11.9", "Type 2 diabetes mellitus without complications"), S("44054006", "Diabetes mellitus type 2")), "2019-08-12")
    c.cond(cc(c.I("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), S("78275009", "Obstructive sleep apnea syndrome")), "2021-03-03")
    c.med(cc(RX("6809", "metformin"), text="Metformin ER 1000 mg"), "2019-08-12", "2000 mg daily with evening meal", reasons=[dm])
    c.med(cc(RX("1991302", "semaglutide"), text="Semaglutide 1 mg weekly injection"), "2025-04-01", "1 mg subcutaneously weekly", reasons=[dm])
    for d, w, a1c in (("2026-03-04", 121.5, 7.4), ("2026-06-10", 119.8, 7.2), ("2026-09-16", 118.9, 7.3)):
        e = c.enc(d, typ="Medical weight management visit", reasons=[ob])
        c.vitals(d, 134, 84, hr=82, wt=w, bmi=round(w / 1.66 ** 2, 1), enc=e)
        c.lab("a1c", a1c, d, enc=e)
    c.finding(cc(c.L("behavioral", "PSYCLR", "Pre-bariatric psychological evaluation"), text="Psychological evaluation"), "2026-09-02",
              value="Cleared for bariatric surgery; no contraindications", itp="N", cat="survey")
    e4 = c.enc("2026-11-05", typ="Bariatric surgery consultation", reasons=[ob], prac=1)
    c.sr(cc(cd(CPT, "43644", "Laparoscopy, surgical, gastric restrictive procedure; with gastric bypass and Roux-en-Y gastroenterostomy (roux limb 150 cm or less)"),
            text="Laparoscopic Roux-en-Y gastric bypass"), "2026-11-05", occ="2027-01-19", reasons=[ob, dm], prac=1, enc=e4,
         cat=cc(S("387713003", "Surgical procedure")), prio="routine",
         note="Insurance pre-authorization approved 2026-11-20. Pre-op liver-reduction diet from 2027-01-05.")
    c.note("2026-11-05", "Bariatric surgery consultation",
           "43F BMI 43 with T2DM and OSA on CPAP, 12 months of supervised medical weight management with limited effect. "
           "Psych and nutrition clearance complete. Recommend laparoscopic Roux-en-Y gastric bypass; risks and benefits discussed. "
           "Surgery booked for 2027-01-19.", prac=1, enc=e4, kind="consult")
    return dict(expected=["MAJOR_PROCEDURE_PLANNED"],
                why="Active order for laparoscopic Roux-en-Y gastric bypass booked for 2027-01-19, not yet performed.",
                summary="Endo: 43F BMI 43, T2DM, OSA; Roux-en-Y gastric bypass ordered for January 2027")


def mpp_pos_hip_nl(c):
    c.base("Gerrit", "Smit", "male", "1950-09-11",
           [("Maarten", "Verbeek", "Orthopedisch chirurg"), ("Yvonne", "Brouwer", "Anesthesioloog")])
    oa = c.cond(cc(c.I("M16.1", "Other primary coxarthrosis"), text="Primaire coxartrose rechts"), "2022-11-01")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension"), text="Hypertensie"), "2010-01-01", prac=None)
    c.med(atc("N02BE01", "paracetamol", "Paracetamol 1000 mg"), "2022-11-01", "3 dd 1000 mg", reasons=[oa])
    c.med(atc("C09AA02", "enalapril", "Enalapril 10 mg"), "2010-01-01", "1 dd 10 mg")
    e1 = c.enc("2026-09-14", typ="Polikliniekbezoek orthopedie", reasons=[oa])
    c.report(cc(c.L("radiologie", "XHEUP", "Röntgen bekken en heup rechts"), text="X-bekken/heup"), "2026-09-14",
             "Ernstige gewrichtsspleetversmalling heup rechts met subchondrale sclerose en osteofyten (Kellgren-Lawrence 4).", enc=e1)
    c.score(cc(c.L("vragenlijst", "HOOS-PS", "HOOS-PS"), text="HOOS-PS"), 58, "2026-09-14", enc=e1)
    e2 = c.enc("2026-11-10", typ="Preoperatieve screening (POS)", reasons=[oa], prac=1)
    c.vitals("2026-11-10", 138, 84, hr=68, wt=86.0, bmi=27.4, enc=e2)
    c.panel("2026-11-10", [("hb", 9.0), ("plt", 245), ("creat", 94), ("egfr", 70), ("na", 139), ("k", 4.4), ("gluc", 5.6)], enc=e2,
            title="Preoperatief lab")
    c.finding(cc(c.L("anes", "ASA", "ASA-classificatie"), text="ASA-klasse"), "2026-11-10", value=cc(text="ASA II"), enc=e2)
    c.proc(cc(c.L("verrichting", "038663", "Totale heupprothese"), S("52734007", "Total replacement of hip"),
              text="Totale heupartroplastiek rechts"), "preparation", reasons=[oa], note="Gepland op 2027-02-08, opname 1 nacht.")
    c.enc("2027-02-08", cls="IMP", typ="Geplande opname orthopedie", status="planned", reasons=[oa], prio="EL")
    c.note("2026-11-10", "Verslag preoperatieve screening",
           "76-jarige man, gepland voor totale heupprothese rechts op 8 februari 2027 wegens invaliderende coxartrose. "
           "ASA II, geen contra-indicaties. Spinale anesthesie besproken.\n\nEnglish summary: right total hip replacement "
           "scheduled for 2027-02-08, pre-operative screening passed.", prac=1, enc=e2)
    return dict(expected=["MAJOR_PROCEDURE_PLANNED"],
                why="Total hip arthroplasty in status 'preparation' with planned admission on 2027-02-08.",
                summary="NL: 76M severe hip osteoarthritis, total hip replacement in preparation for February 2027")


def mpp_pos_cabg_ca(c):
    c.base("Michel", "Bouchard", "male", "1957-02-14",
           [("Robert", "Chen", "Cardiologist"), ("Anne", "Laroche", "Cardiac surgeon"), ("Emily", "Turner", "Family physician")],
           extra="fr-CA")
    c.cond(cc(c.I("I10", "Essential (primary) hypertension")), "2008-01-01", prac=2)
    dm = c.cond(cc(c.I("E11.9", "Type 2 diabetes mellitus without complication")), "2015-05-01", prac=2)
    c.med(cc(cd(ATC, "A10BA02", "metformin"), text="Metformin 850 mg PO BID"), "2015-05-01", "850 mg twice daily", reasons=[dm], prac=2)
    e1 = c.enc("2026-10-20", cls="IMP", typ="Admission - acute coronary syndrome", prac=0, prio="EM", admit="emd", end="2026-10-26",
               reasons=[cc(c.I("I20.0", "Unstable angina"))])
    c.panel("2026-10-20", [("trop", 48), ("hb", 139), ("creat", 96), ("k", 4.1)], enc=e1)
    c.proc(cc(c.L("cci", "3.IP.10.VX", "Xray, heart with coronary arteries, coronary angiography"), text="Coronary angiography"),
           "completed", "2026-10-22", enc=e1, outcome="Severe three-vessel disease: LM 50%, proximal LAD 90%, LCx 80%, RCA 85%. LVEF 45%.")
    cad = c.cond(cc(c.I("I25.10", "Atherosclerotic heart disease of native coronary artery"), text="Three-vessel coronary artery disease"),
                 "2026-10-22")
    c.med(cc(cd(ATC, "B01AC06", "acetylsalicylic acid"), text="ASA 81 mg daily"), "2026-10-20", "81 mg daily", reasons=[cad])
    c.med(cc(cd(ATC, "C10AA05", "atorvastatin"), text="Atorvastatin 80 mg daily"), "2026-10-20", "80 mg daily", reasons=[cad])
    c.med(cc(cd(ATC, "C07AB07", "bisoprolol"), text="Bisoprolol 5 mg daily"), "2026-10-20", "5 mg daily", reasons=[cad])
    c.note("2026-10-24", "Heart team conference",
           "Heart team (cardiology + cardiac surgery): three-vessel CAD with LM involvement, diabetic, SYNTAX 33. "
           "Recommendation: surgical revascularization (CABG x4). Patient agrees. Booked as semi-urgent.", enc=e1, prac=1, kind="consult")
    c.sr(cc(c.L("cci", "1.IJ.76.LA-XX-A", "Bypass, coronary arteries, open approach, using autograft"), text="Coronary artery bypass grafting x4"),
         "2026-10-24", intent="plan", occ="2026-12-15", reasons=[cad], prac=1, cat=cc(S("387713003", "Surgical procedure")), prio="urgent")
    e2 = c.enc("2026-11-18", typ="Cardiac surgery pre-admission clinic", prac=1, reasons=[cad])
    c.vitals("2026-11-18", 126, 74, hr=62, wt=82.0, enc=e2)
    c.panel("2026-11-18", [("hb", 136), ("plt", 221), ("creat", 98), ("a1c", 7.2)], enc=e2)
    return dict(expected=["MAJOR_PROCEDURE_PLANNED"],
                why="ServiceRequest (active, intent plan) for four-vessel CABG on 2026-12-15 after heart-team decision; not yet performed.",
                summary="CA: 69M unstable angina, three-vessel disease, CABG planned for mid-December")


def mpp_nm_fna_en(c):
    c.base("Linda", "Perez", "female", "1969-03-22",
           [("Samuel", "Okafor", "Endocrinologist"), ("Rita", "Gomez", "Radiologist")])
    nod = c.cond(cc(c.I("E04.1", "Nontoxic single thyroid nodule"), S("237495005", "Thyroid nodule")), "2026-10-02")
    c.cond(cc(c.I("E78.5", "Hyperlipidemia, unspecified")), "2018-01-01", prac=None)
    c.med(cc(RX("83367", "atorvastatin"), text="Atorvastatin 20 mg tablet"), "2018-01-01", "20 mg daily")
    e1 = c.enc("2026-10-02", typ="Endocrinology new patient visit", reasons=[nod])
    c.vitals("2026-10-02", 124, 78, hr=72, wt=70.4, bmi=25.6, enc=e1)
    c.panel("2026-10-02", [("tsh", 1.6), ("ft4", 1.2), ("ca", 9.4)], enc=e1)
    us = c.report(cc(LN("24842-7", "US Thyroid"), text="Thyroid ultrasound"), "2026-10-16",
                  "Right lobe solid hypoechoic nodule 1.8 x 1.4 x 1.2 cm, smooth margins, no calcifications (ACR TI-RADS 4). No suspicious nodes.")
    e2 = c.enc("2026-11-06", typ="Endocrinology follow-up", reasons=[nod])
    c.sr(cc(cd(CPT, "10005", "Fine needle aspiration biopsy, including ultrasound guidance; first lesion"),
            text="Ultrasound-guided FNA of right thyroid nodule"), "2026-11-06", occ="2026-12-09", reasons=[nod, us], enc=e2,
         performer=c.R(c.pr[1]), note="Outpatient, local anesthetic only; no sedation.")
    c.note("2026-11-06", "Endocrinology follow-up",
           "Euthyroid. 1.8 cm TI-RADS 4 nodule meets criteria for FNA. Outpatient ultrasound-guided FNA booked 2026-12-09 "
           "in radiology. Will review cytology (Bethesda) afterwards.", enc=e2)
    return dict(expected=[],
                why="Only an outpatient ultrasound-guided fine-needle aspiration is planned: a minor diagnostic procedure, not major surgery.",
                summary="Endo: 57F thyroid nodule, outpatient FNA biopsy booked (minor procedure)")


def mpp_nm_chole_nl(c):
    c.base("Ingrid", "Vermeulen", "female", "1971-07-07",
           [("Sven", "Koster", "Chirurg (gastro-intestinaal)"), ("Marloes", "Dijkstra", "Verpleegkundig specialist chirurgie")])
    gs = c.cond(cc(c.I("K80.2", "Calculus of gallbladder without cholecystitis"), text="Symptomatische cholecystolithiasis"), "2026-06-15",
                status="resolved", abate="2026-10-14")
    e1 = c.enc("2026-07-01", typ="Polikliniekbezoek chirurgie", reasons=[gs])
    c.report(cc(c.L("radiologie", "ECHOBOVBK", "Echo bovenbuik"), text="Echo bovenbuik"), "2026-06-15",
             "Meerdere concrementen in de galblaas, wand niet verdikt, galwegen niet verwijd.", enc=e1)
    c.panel("2026-07-01", [("hb", 8.1), ("alt", 22), ("crp", 3), ("creat", 70)], enc=e1)
    sr = c.sr(cc(c.L("verrichting", "033681", "Laparoscopische cholecystectomie"), S("45595009", "Laparoscopic cholecystectomy")),
              "2026-07-01", status="completed", reasons=[gs], enc=e1)
    e2 = c.enc("2026-10-14", cls="IMP", typ="Dagopname chirurgie", reasons=[gs], prio="EL", end="2026-10-14")
    c.proc(cc(c.L("verrichting", "033681", "Laparoscopische cholecystectomie"), S("45595009", "Laparoscopic cholecystectomy")),
           "completed", "2026-10-14", reasons=[gs], enc=e2, based=sr, outcome="Ongecompliceerd verloop, ontslag dezelfde dag")
    c.report(cc(c.L("pathologie", "PA", "Pathologisch onderzoek"), text="PA galblaas"), "2026-10-20",
             "Chronische cholecystitis met cholesterolstenen. Geen dysplasie of maligniteit.", cat=("SP", "Surgical Pathology"), enc=e2)
    c.medst(atc("N02BE01", "paracetamol", "Paracetamol 500 mg"), "2026-10-14", status="completed", end="2026-10-24", dose="4 dd 1000 mg")
    e3 = c.enc("2026-11-12", typ="Telefonische controle chirurgie", cls="VR", prac=1, reasons=[gs])
    c.note("2026-11-12", "Telefonische controle na operatie",
           "4 weken na laparoscopische cholecystectomie. Wonden genezen, geen pijn, normaal eetpatroon. PA: chronische cholecystitis. "
           "Controle afgesloten.\nEnglish summary: cholecystectomy performed 2026-10-14, uneventful recovery, discharged from follow-up.",
           prac=1, enc=e3)
    c.vitals("2026-07-01", 128, 80, hr=74, wt=78.0, bmi=28.3, enc=e1)
    return dict(expected=[],
                why="The laparoscopic cholecystectomy was already performed on 2026-10-14 (request completed), uneventful recovery; nothing major is pending.",
                summary="NL: 55F gallstones, laparoscopic cholecystectomy already done, follow-up closed")
