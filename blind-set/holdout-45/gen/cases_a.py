"""Cases from the Danish regional hospital (Regionshospitalet Limfjord): SKS, NPU, notes in Danish."""
from fhirkit import (imgrep, imgobs, SCT, LOINC, DK_NOTE, DK_EPI, cc, txt, qty, sct, sks, atc, local)
from registry import case

AMB = "Ambulant besøg"
ECOG = cc(LOINC, "89247-1", "ECOG Performance Status score")


def amb(b, date, where, reason=None, pr=0, kind="AMB"):
    return b.enc(date, kind, f"{AMB} - {where}" if kind == "AMB" else where, reason=reason, pr=pr)


# ------------------------------------------------------------------------------------------------
@case("dk-ida-nofollow", "DK", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "68-year-old man with new iron-deficiency anaemia (Hb 6.4 mmol/L, MCV 74, ferritin 7) in June 2026 treated with "
      "iron tablets only; no endoscopy or other work-up within 60 days (or since) - a Murphy red-flag trigger.",
      "iron-deficiency anaemia in an older man, oral iron only, no GI work-up for 5 months")
def dk_ida(b):
    b.setup("Mikkelsen", "Bent Erik", "male", "1958-03-12",
            [("Holm", "Jens", "Overlæge", "Overlæge, Medicinsk Afdeling"),
             ("Lauridsen", "Mette", None, "Bioanalytiker, Klinisk Biokemisk Afdeling"),
             ("Nørgaard", "Sofie", None, "Sygeplejerske")], ident="1203584417")
    htn = b.cond(sks("DI10", "Essentiel hypertension"), "2015-05-20")
    lip = b.cond(sks("DE780", "Hyperkolesterolæmi"), "2017-09-02")
    b.medstmt(atc("C08CA01", "amlodipin", "Amlodipin 5 mg tablet"), "2015-06-01", "1 tablet dagligt", reason=htn)
    b.medstmt(atc("C10AA05", "atorvastatin", "Atorvastatin 20 mg tablet"), "2017-09-10", "1 tablet til natten", reason=lip)
    e1 = amb(b, "2026-01-14", "Medicinsk ambulatorium", sks("DI10", "Essentiel hypertension"))
    b.vitals("2026-01-14", 142, 84, hr=72, wt=86.0, enc=e1)
    b.panel("2026-01-14", [("hb_m", 8.6), ("crea_m", 92), ("na", 140), ("k", 4.1)], "Rutineblodprøver", enc=e1)
    b.note("2026-01-14", "Ambulant kontrol, hypertension",
           "Kontrol af hypertension. BT 142/84 på amlodipin 5 mg. Har ingen klager. Hb 8,6, nyretal normale.\n"
           "Plan: Uændret behandling, kontrol om 6 mdr.", typ=DK_NOTE, enc=e1)
    e2 = amb(b, "2026-06-10", "Medicinsk ambulatorium", txt("Træthed og åndenød ved anstrengelse"))
    b.vitals("2026-06-10", 128, 76, hr=88, wt=83.5, enc=e2)
    b.symptom(sct("84229001", "Fatigue", "Træthed"), "2026-06-10", enc=e2)
    b.symptom(sct("60845006", "Dyspnea on exertion", "Åndenød ved anstrengelse"), "2026-06-10", enc=e2)
    b.panel("2026-06-10", [("hb_m", 6.4), ("mcv", 74), ("ferr", 7), ("crp", 3), ("crea_m", 90), ("trc", 412)],
            "Anæmiudredning, blodprøver", enc=e2,
            conclusion="Mikrocytær anæmi med lav ferritin, forenelig med jernmangel.")
    b.note("2026-06-10", "Ambulant kontrol",
           "Pt. fortæller om tiltagende træthed og åndenød ved trappegang gennem 2-3 mdr. Vægttab ca. 2,5 kg.\n"
           "Ingen synlig blødning, afføring normal ifølge pt.\n"
           "Blodprøver: Hb 6,4 mmol/L, MCV 74 fL, ferritin 7 µg/L. Jernmangelanæmi.\n"
           "Plan: Start jerntabletter. Kontrol af Hb hos egen læge om 3 mdr.\n\n"
           "English summary: iron-deficiency anaemia, oral iron started, Hb recheck with GP in 3 months.",
           typ=DK_NOTE, enc=e2)
    b.medstmt(atc("B03AA07", "ferrosulfat", "Ferrosulfat 100 mg Fe tablet"), "2026-06-11", "1 tablet dagligt")
    e3 = amb(b, "2026-10-21", "Ortopædkirurgisk ambulatorium", sks("DM171", "Primær knæartrose, ensidig"), pr=0)
    b.cond(sks("DM171", "Anden primær knæartrose"), "2026-10-21", cat="encounter-diagnosis", enc=e3)
    b.lab("hb_m", "2026-10-21", 6.7, enc=e3)
    b.note("2026-10-21", "Ortopædkirurgisk vurdering, højre knæ",
           "Henvist med smerter i højre knæ. Rtg. viser let til moderat artrose. Ikke operationskandidat.\n"
           "Hb 6,7 noteret (fortsat lav) - formodes håndteret af egen læge.\n"
           "Plan: Fysioterapi, paracetamol ved behov.", typ=DK_NOTE, enc=e3)


# ------------------------------------------------------------------------------------------------
@case("dk-fibro-ck", "DK", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Fibromyalgia label (DM797) active since Feb 2025; from 2026 new proximal weakness with CK 1850-2140 U/L and raised "
      "ALAT that fibromyalgia cannot explain, yet the label is kept and no myositis work-up started.",
      "fibromyalgia label kept despite proximal weakness and markedly raised CK")
def dk_fibro(b):
    b.setup("Kristensen", "Lone", "female", "1971-09-03",
            [("Bach", "Torben", "Overlæge", "Overlæge, Reumatologisk Ambulatorium"),
             ("Lauridsen", "Mette", None, "Bioanalytiker"),
             ("Winther", "Karen", None, "Sygeplejerske")], ident="0309714128")
    hypo = b.cond(sks("DE039", "Hypothyreose UNS"), "2012-03-01")
    fm = b.cond(sks("DM797", "Fibromyalgi"), "2025-02-11",
                note="Diffuse muskelsmerter og træthed, 12/18 tenderpoints. Normale blodprøver feb 2025.")
    b.medstmt(atc("H03AA01", "levothyroxin", "Levothyroxin 100 mikrogram tablet"), "2012-03-15", "1 tablet dagligt",
              reason=hypo)
    b.medstmt(atc("N06AA09", "amitriptylin", "Amitriptylin 10 mg tablet"), "2025-03-01", "1-2 tabletter til natten",
              reason=fm)
    e0 = amb(b, "2025-02-11", "Reumatologisk ambulatorium", sks("DM797", "Fibromyalgi"))
    b.panel("2025-02-11", [("crp", 2), ("tsh", 1.8), ("ck", 120), ("hb", 8.1)], "Reumatologisk basisudredning", enc=e0)
    e1 = amb(b, "2026-04-14", "Reumatologisk ambulatorium", sks("DM797", "Fibromyalgi"))
    b.symptom(sct("26544005", "Muscle weakness", "Muskelsvaghed, proksimalt"), "2026-04-14", enc=e1,
              note="Besvær ved trappegang og ved at rejse sig fra stol")
    b.note("2026-04-14", "Ambulant kontrol",
           "Fortsat udbredte smerter. Nu også besvær ved trappegang og ved at rejse sig fra lav stol.\n"
           "Vurderes som led i fibromyalgi og dekonditionering. Plan: Fysioterapi, fortsat amitriptylin.",
           typ=DK_NOTE, enc=e1)
    e2 = amb(b, "2026-10-06", "Reumatologisk ambulatorium", sks("DM797", "Fibromyalgi"))
    b.vitals("2026-10-06", 124, 78, hr=76, wt=68.0, enc=e2)
    b.symptom(sct("26544005", "Muscle weakness", "Muskelsvaghed, proksimalt"), "2026-10-06", enc=e2)
    b.panel("2026-10-06", [("ck", 1850), ("alat", 78), ("crp", 11), ("tsh", 2.1), ("hb", 7.9)],
            "Blodprøver, kontrol", enc=e2)
    b.note("2026-10-06", "Ambulant kontrol",
           "Proksimal kraftnedsættelse i hofteflexorer og skuldre (MRC 4/5). Kan ikke rejse sig fra hug.\n"
           "CK 1850 U/L, ALAT 78. TSH normal.\n"
           "Vurdering: Fibromyalgi med betydelig dekonditionering; forhøjet CK tolkes som følge af øget træning.\n"
           "Plan: Ny CK om 4 uger.", typ=DK_NOTE, enc=e2)
    e3 = amb(b, "2026-11-03", "Reumatologisk ambulatorium", sks("DM797", "Fibromyalgi"))
    b.symptom(sct("26544005", "Muscle weakness", "Muskelsvaghed, proksimalt"), "2026-11-03", enc=e3)
    b.lab("ck", "2026-11-03", 2140, enc=e3)
    b.impression("2026-11-03", "Reumatologisk vurdering",
                 "Diagnosen fibromyalgi fastholdes. CK fortsat forhøjet (2140). Fortsat fysioterapi og amitriptylin. "
                 "Kontrol om 6 mdr.", problems=[fm], enc=e3)
    b.note("2026-11-03", "Ambulant kontrol",
           "Pt. har holdt pause fra træning i 3 uger, men CK er steget til 2140. Kraft uændret nedsat proksimalt.\n"
           "Diagnosen fibromyalgi fastholdes. Kontrol om 6 mdr.\n\n"
           "English summary: fibromyalgia maintained; CK 2140 despite rest; 6-month follow-up.",
           typ=DK_NOTE, enc=e3)


# ------------------------------------------------------------------------------------------------
@case("dk-viral-short", "DK", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "Unspecified viral infection (DB349) coded in October 2026 but resolved within 12 days with full recovery - the "
      "catch-all label did not persist for 90 days and no symptoms continue.",
      "unspecified viral illness that resolved in under two weeks")
def dk_viral(b):
    b.setup("Sørensen", "Mads", "male", "1989-05-22",
            [("Iversen", "Camilla", "Afdelingslæge", "Afdelingslæge, Akutafdelingen"),
             ("Lauridsen", "Mette", None, "Bioanalytiker"),
             ("Olsen", "Pia", None, "Sygeplejerske")], ident="2205891139")
    ast = b.cond(sks("DJ459", "Astma UNS"), "2004-08-10")
    b.medstmt(atc("R03AK07", "formoterol og budesonid", "Budesonid/formoterol 160/4,5 mikrogram inhalator"),
              "2019-02-01", "1 pust 2 gange dagligt", reason=ast)
    e0 = amb(b, "2026-05-12", "Lungemedicinsk ambulatorium", sks("DJ459", "Astma UNS"))
    b.obs(cc(LOINC, "19926-5", "FEV1/FVC", "FEV1/FVC"), "2026-05-12", qty(78, "%"), cat="exam", enc=e0)
    b.note("2026-05-12", "Astmakontrol", "Velbehandlet astma. Ingen exacerbationer det seneste år. Uændret behandling.",
           typ=DK_NOTE, enc=e0)
    e1 = b.enc("2026-10-12", "EMER", "Akut modtagelse", reason=txt("Feber, muskelsmerter, hoste"))
    b.vitals("2026-10-12", 126, 74, hr=96, enc=e1)
    b.obs(cc(LOINC, "8310-5", "Body temperature", "Temperatur"), "2026-10-12", qty(38.6, "Cel"),
          cat="vital-signs", enc=e1)
    b.panel("2026-10-12", [("crp", 18), ("leu", 6.1), ("hb_m", 9.1), ("crea_m", 84)], "Akutpakke", enc=e1)
    b.obs(local(b, "SARS-INFL-PCR", "SARS-CoV-2 og influenza A/B RNA, PCR (svælgpodning)", "lab"), "2026-10-12",
          cc(SCT, "260385009", "Negative", "Negativ"), enc=e1, interp="NEG")
    b.cond(sks("DB349", "Virusinfektion UNS"), "2026-10-12", status="resolved", cat="encounter-diagnosis",
           abate="2026-10-24", enc=e1)
    b.note("2026-10-12", "Journalnotat, akutmodtagelsen",
           "3 dage med feber, muskelsmerter og tør hoste. Ingen åndenød, SAT 97 %. Lunger: frie.\n"
           "CRP 18, leukocytter normale, PCR negativ for SARS-CoV-2/influenza. Tolkes som viral infektion.\n"
           "Plan: Paracetamol, væske. Telefonisk opfølgning om 2 uger.", typ=DK_NOTE, enc=e1)
    e2 = b.enc("2026-10-26", "VR", "Telefonkonsultation")
    b.note("2026-10-26", "Telefonkonsultation",
           "Pt. feberfri siden 18/10, symptomfri siden 24/10. Tilbage på arbejde. Afsluttes.",
           typ=DK_NOTE, enc=e2)


# ------------------------------------------------------------------------------------------------
@case("dk-hip-tha", "DK", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Primary uncemented total hip arthroplasty (SKS KNFB20) ordered and booked for 19 Jan 2027 for end-stage "
      "right hip osteoarthritis; not yet performed.",
      "total hip replacement ordered and booked for January 2027")
def dk_hip(b):
    b.setup("Poulsen", "Inger Marie", "female", "1954-11-30",
            [("Vestergaard", "Anders", "Overlæge", "Overlæge, Ortopædkirurgisk Afdeling"),
             ("Lund", "Helle", "Overlæge", "Overlæge, Billeddiagnostisk Afdeling"),
             ("Frost", "Lis", None, "Sygeplejerske")], ident="3011544026")
    htn = b.cond(sks("DI10", "Essentiel hypertension"), "2010-02-15")
    oa = b.cond(sks("DM161", "Anden primær koksartrose"), "2023-04-03", body_site=txt("Højre hofte"))
    b.medstmt(atc("C09AA05", "ramipril", "Ramipril 5 mg tablet"), "2010-03-01", "1 tablet dagligt", reason=htn)
    b.medstmt(atc("N02BE01", "paracetamol", "Paracetamol 1 g tablet"), "2023-04-10", "1 g op til 4 gange dagligt",
              reason=oa)
    b.medstmt(atc("M01AE01", "ibuprofen", "Ibuprofen 400 mg tablet"), "2024-01-10", "ved behov", status="stopped",
              end="2026-02-01", status_reason="Seponeret pga. nyrefunktion og alder")
    e1 = amb(b, "2026-08-20", "Ortopædkirurgisk ambulatorium", sks("DM161", "Anden primær koksartrose"))
    b.vitals("2026-08-20", 138, 82, hr=70, wt=74.0, enc=e1, bmi=27.2)
    b.obs(local(b, "OHS", "Oxford Hip Score (0-48)", "score"), "2026-08-20", 14, cat="survey", enc=e1)
    x = b.obs(imgobs("Rtg. bækken og højre hofte"), "2026-08-20",
              "Udtalt ledspalteforsnævring højre hofte med subkondral sklerose og cyster, osteofytter.", cat="imaging",
              enc=e1)
    b.report(imgrep("Rtg. højre hofte"), "2026-08-20", [x],
             "Svær artrose i højre hofteled.", enc=e1, cat="RAD")
    b.note("2026-08-20", "Ortopædkirurgisk vurdering",
           "Smerter i højre hofte i 3 år, nu hvilesmerter og natlige smerter. Gangdistance 300 m med stok.\n"
           "Oxford Hip Score 14. Rtg: svær artrose.\n"
           "Konservativ behandling udtømt (fysioterapi, vægttab, analgetika).\n"
           "Plan: Indstilles til primær total hoftealloplastik, højre, ucementeret. Pt. informeret og accepterer.",
           typ=DK_NOTE, enc=e1)
    sr = b.sr(sks("KNFB20", "Primær indsættelse af ucementeret totalprotese i hofteled"), "2026-08-20",
              occ="2027-01-19", reason=oa, note="Højre side. Operation planlagt 19.01.2027.")
    e2 = amb(b, "2026-11-10", "Præoperativt ambulatorium", sks("DM161", "Anden primær koksartrose"))
    b.panel("2026-11-10", [("hb", 8.2), ("na", 139), ("k", 4.0), ("crea", 78), ("egfr", 68)],
            "Præoperative blodprøver", enc=e2)
    b.obs(cc(LOINC, "11524-6", "EKG study", "EKG"), "2026-11-10", "Sinusrytme 68/min, normalt EKG.", cat="procedure",
          enc=e2)
    b.note("2026-11-10", "Præoperativ samtale",
           "Præoperativ vurdering forud for THA højre 19.01.2027. ASA 2. Normale blodprøver og EKG.\n"
           "Ramipril pauseres operationsdagen. Indlæggelse på operationsdagen.", typ=DK_NOTE, enc=e2)
    b.appt("2027-01-19T07:30:00", 150, "Primær total hoftealloplastik, højre", based=sr, reason=oa)


# ------------------------------------------------------------------------------------------------
@case("dk-pancreas-palliative", "DK", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Metastatic pancreatic adenocarcinoma; MDT conference concluded no surgical or oncological treatment option "
      "(ECOG 3) and referred him to specialist palliative care; no second opinion on record.",
      "metastatic pancreatic cancer, MDT: no treatment options, palliative team referral")
def dk_pancreas(b):
    b.setup("Eriksen", "Poul", "male", "1949-02-08",
            [("Skov", "Lars", "Overlæge", "Overlæge, Kirurgisk Afdeling"),
             ("Lund", "Helle", "Overlæge", "Overlæge, Billeddiagnostisk Afdeling"),
             ("Bruun", "Susanne", "Overlæge", "Overlæge, Patologisk Afdeling"),
             ("Frost", "Lis", None, "Sygeplejerske")], ident="0802493317",
            extra_orgs=[("pal", "Palliativt Team Nord", "prov")])
    b.cond(sks("DI10", "Essentiel hypertension"), "2008-01-12")
    dm = b.cond(sks("DE119", "Type 2-diabetes uden komplikationer"), "2026-07-04")
    e1 = b.enc("2026-08-29", "IMP", "Indlæggelse, Kirurgisk Afdeling", end="2026-09-08",
               reason=txt("Ikterus, vægttab"), admit=("gp", "General Practitioner referral"))
    b.panel("2026-08-29", [("bili", 142), ("alat", 188), ("alb", 31), ("hb_m", 7.9), ("ca199", 2450)],
            "Blodprøver ved indlæggelse", enc=e1)
    ct = b.obs(imgobs("CT thorax-abdomen"), "2026-09-01",
               "Hypodens tumor 3,8 cm i caput pancreatis med indvækst i a. mesenterica superior. Multiple "
               "levermetastaser op til 4 cm.", cat="imaging", enc=e1, pr=1)
    b.report(imgrep("CT thorax-abdomen med kontrast"), "2026-09-01", [ct],
             "Lokalt fremskreden pancreascancer med levermetastaser.", enc=e1, pr=1, cat="RAD")
    b.proc(txt("ERCP med indlæggelse af metalstent i galdegangen"), "2026-09-03", reason=None,
           note="Vellykket aflastning af galdevejene.", pr=0)
    bx = b.obs(txt("Histologi, leverbiopsi"), "2026-09-05", "Metastase fra adenokarcinom, forenelig med pancreasudgang.",
               cat="laboratory", enc=e1, pr=2)
    b.report(cc(LOINC, "60567-5", "Comprehensive pathology report panel"), "2026-09-05", [bx],
             "Adenokarcinom, pancreatobiliær type.", enc=e1, pr=2, cat="PAT")
    ca = b.cond(sks("DC250", "Kræft i pancreashoved"), "2026-09-05",
                note="cT4N1M1. MDT 18.09.2026: Ingen kurativ eller livsforlængende behandlingsmulighed.")
    b.cond(sks("DC787", "Metastase i lever"), "2026-09-05")
    b.obs(ECOG, "2026-09-18", 3, cat="survey", pr=0)
    b.impression("2026-09-18", "Multidisciplinær team-konference, pancreascancer",
                 "Metastaserende pancreascancer. Performance status 3, bilirubin faldende efter stent. Ikke kandidat "
                 "til kemoterapi. Ingen tumorrettet behandlingsmulighed. Overgår til palliativ indsats.",
                 problems=[ca])
    b.note("2026-09-18", "MDT-konference og samtale med patient og ægtefælle",
           "Konklusion fra MDT: Metastaserende adenokarcinom i caput pancreatis. PS 3. Der er ikke "
           "behandlingsmuligheder - hverken operation eller kemoterapi vurderes at kunne gavne.\n"
           "Informeret pt. og hustru. De er kede af beskeden men forstår den.\n"
           "Plan: Henvisning til Palliativt Team. DNR-beslutning drøftet og noteret.\n\n"
           "English summary: no surgical or oncological treatment options; referred to specialist palliative care.",
           typ=DK_NOTE)
    b.sr(sct("306237005", "Referral to palliative care service", "Henvisning til specialiseret palliativ indsats"),
         "2026-09-18", reason=ca, performer=b.orgs["pal"])
    b.careplan("Palliativ plan", sct("103735009", "Palliative care", "Palliativ indsats"), "2026-09-25",
               addresses=[ca], desc="Symptomlindring i eget hjem. Ingen tumorrettet behandling.",
               acts=[("Smertebehandling med morfin depot", "in-progress"),
                     ("Ugentlige hjemmebesøg af palliativ sygeplejerske", "in-progress")])
    b.medstmt(atc("N02AA01", "morfin", "Morfin depottablet 20 mg"), "2026-09-25", "20 mg x 2 dagligt samt 5 mg pn",
              reason=ca)
    b.medstmt(atc("A10BA02", "metformin", "Metformin 500 mg tablet"), "2026-07-04", "1 tablet 2 gange dagligt",
              reason=dm)
    e2 = b.enc("2026-11-12", "HH", "Hjemmebesøg, palliativt team", org=b.orgs["pal"], pr=3)
    b.obs(ECOG, "2026-11-12", 3, cat="survey", enc=e2, pr=3)
    b.note("2026-11-12", "Hjemmebesøg", "Smerter velkontrollerede på morfin. Spiser lidt. Ønsker at dø hjemme.",
           typ=DK_NOTE, enc=e2, pr=3)


# ------------------------------------------------------------------------------------------------
@case("dk-dialysis-start", "DK", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "CKD stage 5 from diabetic nephropathy: AV fistula created and chronic haemodialysis (3 x 4 h weekly) "
      "planned to start 8 Dec 2026 - a life-changing treatment.",
      "chronic haemodialysis ordered to start in December 2026")
def dk_dialysis(b):
    b.setup("Dahl", "Henrik", "male", "1962-06-14",
            [("Møller", "Rasmus", "Overlæge", "Overlæge, Nefrologisk Afdeling"),
             ("Lauridsen", "Mette", None, "Bioanalytiker"),
             ("Krogh", "Anne", "Overlæge", "Overlæge, Karkirurgi"),
             ("Berg", "Tina", None, "Dialysesygeplejerske")], ident="1406621875")
    htn = b.cond(sks("DI10", "Essentiel hypertension"), "2005-03-01")
    dm = b.cond(sks("DE112", "Type 2-diabetes med nyrekomplikation"), "2008-10-20")
    ckd = b.cond(sks("DN185", "Kronisk nyresygdom, stadium 5"), "2025-10-14")
    b.cond(sks("DD631", "Anæmi ved kronisk nyresygdom"), "2026-02-02")
    b.medstmt(atc("A10AE04", "insulin glargin", "Insulin glargin 100 E/ml"), "2016-01-01", "22 E subkutant til natten",
              reason=dm)
    b.medstmt(atc("C08CA01", "amlodipin", "Amlodipin 10 mg tablet"), "2012-01-01", "1 tablet dagligt", reason=htn)
    b.medstmt(atc("C03CA01", "furosemid", "Furosemid 40 mg tablet"), "2025-10-20", "2 tabletter morgen", reason=ckd)
    b.medstmt(atc("B03XA02", "darbepoetin alfa", "Darbepoetin alfa 40 mikrogram injektion"), "2026-02-10",
              "40 mikrogram s.c. hver 2. uge")
    e1 = amb(b, "2026-06-16", "Nefrologisk ambulatorium", sks("DN185", "Kronisk nyresygdom, stadium 5"))
    b.vitals("2026-06-16", 148, 86, hr=74, wt=92.0, enc=e1)
    b.panel("2026-06-16", [("crea_m", 612), ("egfr", 9), ("k", 5.2), ("hb_m", 6.9), ("hba1c", 54)],
            "Nefrologisk kontrol", enc=e1)
    b.note("2026-06-16", "Dialyseforberedende samtale",
           "eGFR 9. Begyndende uræmiske symptomer (kvalme, kløe). Ikke transplantationskandidat p.t. pga. "
           "hjerte-kar-udredning i gang.\n"
           "Informeret om hæmodialyse: 3 ugentlige behandlinger à 4 timer på dialyseafsnittet, væske- og "
           "kostrestriktioner. Pt. vælger hæmodialyse frem for peritonealdialyse.\n"
           "Plan: Henvises til anlæggelse af AV-fistel.", typ=DK_NOTE, enc=e1)
    b.proc(txt("Anlæggelse af arteriovenøs fistel, venstre underarm"), "2026-09-08", reason=ckd, pr=2,
           outcome="Velfungerende fistel med god thrill")
    e2 = amb(b, "2026-11-17", "Nefrologisk ambulatorium", sks("DN185", "Kronisk nyresygdom, stadium 5"))
    b.vitals("2026-11-17", 152, 88, hr=78, wt=93.5, enc=e2)
    b.panel("2026-11-17", [("crea_m", 688), ("egfr", 8), ("k", 5.6), ("hb_m", 6.8)], "Nefrologisk kontrol", enc=e2)
    sr = b.sr(sct("302497006", "Hemodialysis", "Kronisk hæmodialyse"), "2026-11-17", occ="2026-12-08", reason=ckd,
              note="Opstart 08.12.2026, 3 x 4 timer ugentligt via venstre AV-fistel.")
    b.careplan("Opstart af kronisk hæmodialyse", sct("302497006", "Hemodialysis", "Hæmodialyse"), "2026-12-08",
               addresses=[ckd], desc="Kronisk hæmodialyse 3 gange ugentligt (man/ons/fre), 4 timer pr. behandling.",
               acts=[("Hæmodialyse 3 x 4 timer ugentligt", "scheduled"),
                     ("Væskerestriktion 1 liter/døgn og kaliumfattig kost", "scheduled")], pr=0,
               created="2026-11-17")
    b.appt("2026-12-08T08:00:00", 240, "Første hæmodialyse", based=sr, reason=ckd, pr=3)
    b.note("2026-11-17", "Ambulant kontrol før dialyseopstart",
           "Fistel modnet. Stigende kalium og kvalme. Dialyse opstartes 08.12.2026.\n\n"
           "English summary: chronic haemodialysis to start 8 Dec 2026 via left forearm AV fistula.",
           typ=DK_NOTE, enc=e2)


# ------------------------------------------------------------------------------------------------
@case("dk-mastectomy-history", "DK", "HIGH_IMPACT_TREATMENT", "near-miss", [],
      "Mastectomy and endocrine therapy for breast cancer were completed in 2018-2023; she is now recurrence-free "
      "and discharged from follow-up - no high-impact treatment is planned or ongoing.",
      "breast cancer treated with mastectomy in 2018, recurrence-free, discharged from follow-up")
def dk_mastectomy(b):
    b.setup("Hansen", "Birthe", "female", "1960-04-19",
            [("Kjær", "Maria", "Overlæge", "Overlæge, Mammakirurgisk Ambulatorium"),
             ("Lund", "Helle", "Overlæge", "Overlæge, Billeddiagnostisk Afdeling"),
             ("Winther", "Karen", None, "Sygeplejerske")], ident="1904604322")
    htn = b.cond(sks("DI10", "Essentiel hypertension"), "2014-09-01")
    bc = b.cond(sks("DC504", "Kræft i øvre laterale kvadrant af bryst"), "2018-02-06", status="resolved",
                abate="2018-03-20", note="T1cN0M0, ER-positiv, HER2-negativ. Venstre bryst.")
    b.cond(sks("DZ853", "Personlig anamnese med kræft i bryst"), "2018-03-20")
    b.cond(sks("DM858", "Osteopeni"), "2021-05-11")
    b.proc(txt("Mastektomi, venstre bryst, med sentinel node biopsi"), "2018-03-20", reason=bc, pr=0)
    b.medstmt(atc("L02BA01", "tamoxifen", "Tamoxifen 20 mg tablet"), "2018-04-15", "1 tablet dagligt",
              status="completed", end="2023-04-15", reason=bc)
    b.medstmt(atc("C09CA01", "losartan", "Losartan 50 mg tablet"), "2014-09-15", "1 tablet dagligt", reason=htn)
    b.medstmt(atc("A12AX", "calcium og D-vitamin", "Calcium 500 mg + D-vitamin 10 mikrogram"), "2021-05-20",
              "1 tablet 2 gange dagligt")
    e1 = amb(b, "2025-03-12", "Mammakirurgisk ambulatorium", sks("DZ853", "Personlig anamnese med kræft i bryst"))
    m1 = b.obs(imgobs("Mammografi, højre"), "2025-03-12", "Ingen suspekte forandringer.",
               cat="imaging", enc=e1, pr=1)
    b.report(cc(LOINC, "24606-6", "MG Breast Screening", "Mammografi"), "2025-03-12", [m1], "BI-RADS 1.", enc=e1,
             cat="RAD")
    e2 = amb(b, "2026-03-18", "Mammakirurgisk ambulatorium", sks("DZ853", "Personlig anamnese med kræft i bryst"))
    b.vitals("2026-03-18", 134, 80, hr=68, wt=71.0, enc=e2)
    m2 = b.obs(imgobs("Mammografi, højre"), "2026-03-18", "Ingen suspekte forandringer.",
               cat="imaging", enc=e2, pr=1)
    b.report(cc(LOINC, "24606-6", "MG Breast Screening", "Mammografi"), "2026-03-18", [m2], "BI-RADS 1.", enc=e2,
             cat="RAD")
    b.panel("2026-03-18", [("hb", 8.4), ("alat", 22), ("crea", 70)], "Kontrolblodprøver", enc=e2)
    b.note("2026-03-18", "Afsluttende kontrol efter brystkræft",
           "8 år efter venstresidig mastektomi. Har afsluttet 5 års tamoxifen i 2023. Ingen tegn på recidiv klinisk "
           "eller ved mammografi. Trives, arbejder fuld tid. Har valgt ikke at få rekonstruktion.\n"
           "Plan: Afsluttes fra kontrolforløbet. Fortsat screeningsmammografi via nationalt program.\n\n"
           "English summary: 8 years post mastectomy, no recurrence, discharged from follow-up.",
           typ=DK_NOTE, enc=e2)
    e3 = amb(b, "2026-09-24", "Medicinsk ambulatorium", sks("DI10", "Essentiel hypertension"))
    b.vitals("2026-09-24", 132, 78, hr=70, enc=e3)
    b.note("2026-09-24", "Hypertensionskontrol", "BT velreguleret på losartan. Uændret behandling.",
           typ=DK_NOTE, enc=e3)


# ------------------------------------------------------------------------------------------------
@case("dk-disc-pro-secondopinion", "DK", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Patient-reported questionnaire (Oct 2026) after a spine clinic decision of no surgery: he answers that he does "
      "not feel heard and ticks 'yes' to wanting a second opinion from another specialist.",
      "lumbar disc herniation; patient questionnaire asks for a second opinion")
def dk_disc(b):
    b.setup("Thomsen", "Kasper", "male", "1979-08-05",
            [("Nygaard", "Peter", "Overlæge", "Overlæge, Rygkirurgisk Ambulatorium"),
             ("Lund", "Helle", "Overlæge", "Overlæge, Billeddiagnostisk Afdeling"),
             ("Olsen", "Pia", None, "Sygeplejerske")], ident="0508791553")
    disc = b.cond(sks("DM511", "Lumbal diskusprolaps med radikulopati"), "2026-02-19")
    b.medstmt(atc("N03AX16", "pregabalin", "Pregabalin 75 mg kapsel"), "2026-03-10", "1 kapsel 2 gange dagligt",
              reason=disc)
    b.medstmt(atc("N02BE01", "paracetamol", "Paracetamol 1 g tablet"), "2026-02-20", "1 g op til 3 gange dagligt")
    pain = cc(LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "Smerte (NRS 0-10)")
    e1 = amb(b, "2026-03-24", "Rygkirurgisk ambulatorium", sks("DM511", "Lumbal diskusprolaps med radikulopati"))
    b.score(pain, "2026-03-24", 7, enc=e1)
    mr = b.obs(imgobs("MR-scanning af lænderyg"), "2026-03-20",
               "Diskusprolaps L5-S1 paramedian venstre med kontakt til venstre S1-rod. Ingen spinalstenose.",
               cat="imaging", pr=1)
    b.report(imgrep("MR lænderyg"), "2026-03-20", [mr],
             "Diskusprolaps L5-S1 med rodkontakt.", pr=1, cat="RAD")
    e2 = amb(b, "2026-06-10", "Rygkirurgisk ambulatorium", sks("DM511", "Lumbal diskusprolaps med radikulopati"))
    b.score(pain, "2026-06-10", 7, enc=e2)
    b.note("2026-06-10", "Rygkirurgisk vurdering",
           "Fortsat smerter i venstre ben svarende til S1, ingen pareser, normale reflekser på nær nedsat "
           "akillesrefleks venstre. Ingen blære-/tarmpåvirkning.\n"
           "Vurdering: Ingen operationsindikation. Fortsat aktiv genoptræning og smertebehandling.\n"
           "Pt. er utilfreds med beslutningen.", typ=DK_NOTE, enc=e2)
    e3 = amb(b, "2026-10-20", "Rygkirurgisk ambulatorium", sks("DM511", "Lumbal diskusprolaps med radikulopati"))
    b.score(pain, "2026-10-20", 7, enc=e3)
    b.note("2026-10-20", "Kontrol", "Uændrede smerter. Fortsat ingen operationsindikation. Afsluttes til egen læge.",
           typ=DK_NOTE, enc=e3)
    b.qr("2026-10-28", "https://fhir.rh-limfjord.dk/r4/Questionnaire/pro-patientoplevelse-ryg",
         [("1", "Hvordan vurderer du dine rygsmerter den seneste uge (0-10)?", 7),
          ("2", "Føler du dig hørt og taget alvorligt af personalet?",
           {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N", "display": "No"}),
          ("3", "Ønsker du en vurdering af en anden speciallæge (second opinion)?", True),
          ("4", "Uddyb gerne",
           "Jeg har stadig stærke smerter ned i benet efter 8 måneder og kan ikke arbejde. Jeg føler ikke at nogen "
           "tager det alvorligt. Jeg vil gerne have en anden rygkirurg til at se på min scanning.")])


# ------------------------------------------------------------------------------------------------
@case("dk-ra-das28", "DK", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "Seropositive RA on continuous methotrexate since 2019: DAS28-CRP rose 3.1 -> 4.3 -> 5.2 between Feb and Oct "
      "2026 (change 2.1, well above the 1.2 MCID) with rising CRP while treatment ran throughout.",
      "rheumatoid arthritis activity rising over 8 months on methotrexate")
def dk_ra(b):
    b.setup("Jakobsen", "Anne-Marie", "female", "1966-01-27",
            [("Bach", "Torben", "Overlæge", "Overlæge, Reumatologisk Ambulatorium"),
             ("Lauridsen", "Mette", None, "Bioanalytiker"),
             ("Winther", "Karen", None, "Reumatologisk sygeplejerske")], ident="2701664190")
    ra = b.cond(sks("DM059", "Seropositiv reumatoid artritis UNS"), "2019-04-02",
                note="Anti-CCP positiv, IgM-RF positiv. Erosiv sygdom i MCP-led.")
    b.cond(sks("DE039", "Hypothyreose UNS"), "2015-06-01")
    b.medstmt(atc("L04AX03", "methotrexat", "Methotrexat 2,5 mg tablet"), "2019-05-01", "25 mg én gang ugentligt",
              reason=ra, asserted="2026-10-13")
    b.medstmt(atc("B03BB01", "folsyre", "Folsyre 5 mg tablet"), "2019-05-01", "5 mg ugentligt dagen efter methotrexat")
    b.medstmt(atc("H03AA01", "levothyroxin", "Levothyroxin 75 mikrogram tablet"), "2015-06-10", "1 tablet dagligt")
    das = local(b, "DAS28-CRP", "DAS28-CRP (sygdomsaktivitet ved reumatoid artritis)", "score")
    for date, d, crp, sj, tj in [("2026-02-10", 3.1, 6, 2, 3), ("2026-06-09", 4.3, 19, 5, 7),
                                 ("2026-10-13", 5.2, 31, 8, 11)]:
        e = amb(b, date, "Reumatologisk ambulatorium", sks("DM059", "Seropositiv reumatoid artritis UNS"))
        b.lab("crp", date, crp, enc=e)
        b.obs(local(b, "SJC28", "Antal hævede led (28)", "score"), date, sj, cat="exam", enc=e)
        b.obs(local(b, "TJC28", "Antal ømme led (28)", "score"), date, tj, cat="exam", enc=e)
        b.score(das, date, d, enc=e)
        if date == "2026-06-09":
            b.panel(date, [("alat", 31), ("leu", 7.2), ("trc", 355), ("crea", 68)], "Methotrexat-monitorering", enc=e)
            b.note(date, "Reumatologisk kontrol",
                   "Tiltagende morgenstivhed (ca. 2 timer) og hævelse af MCP 2-3 bilateralt. DAS28-CRP 4,3.\n"
                   "Compliance god ifølge pt. og apoteksdata. Methotrexat fortsættes i uændret dosis 25 mg/uge.\n"
                   "Plan: Kontrol om 4 mdr.", typ=DK_NOTE, enc=e)
    b.note("2026-10-13", "Reumatologisk kontrol",
           "Yderligere forværring. DAS28-CRP 5,2 (høj sygdomsaktivitet) trods methotrexat 25 mg/uge siden 2019. "
           "8 hævede og 11 ømme led. CRP 31.\n"
           "Plan: Prednisolon 10 mg aftrappes over 6 uger. Drøftes på konference mhp. biologisk behandling.\n\n"
           "English summary: RA flare with DAS28-CRP 3.1 -> 4.3 -> 5.2 in 8 months on methotrexate.",
           typ=DK_NOTE)
    b.medreq(atc("H02AB06", "prednisolon", "Prednisolon 5 mg tablet"), "2026-10-13",
             "10 mg dagligt, aftrappes med 2,5 mg hver 10. dag", reason=ra)


# ------------------------------------------------------------------------------------------------
@case("dk-myasthenia", "DK", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Generalised acetylcholine-receptor antibody positive myasthenia gravis (DG700, an Orphanet rare disease) "
      "diagnosed Nov 2025, on pyridostigmine and prednisolone.",
      "AChR-positive generalised myasthenia gravis")
def dk_mg(b):
    b.setup("Christiansen", "Niels", "male", "1975-10-02",
            [("Abildgaard", "Rikke", "Overlæge", "Overlæge, Neurologisk Afdeling"),
             ("Lauridsen", "Mette", None, "Bioanalytiker"),
             ("Lund", "Helle", "Overlæge", "Overlæge, Billeddiagnostisk Afdeling"),
             ("Olsen", "Pia", None, "Sygeplejerske")], ident="0210751347")
    mg = b.cond(sks("DG700", "Myasthenia gravis"), "2025-11-18",
                note="Generaliseret MG, MGFA klasse IIa. AChR-antistof positiv. Ingen thymom.")
    b.cond(sks("DK219", "Gastro-øsofageal refluks uden øsofagitis"), "2020-03-11")
    e1 = amb(b, "2025-11-04", "Neurologisk ambulatorium", txt("Dobbeltsyn og hængende øjenlåg"))
    b.symptom(sct("24982008", "Diplopia", "Dobbeltsyn"), "2025-11-04", enc=e1)
    b.symptom(sct("11934000", "Ptosis of eyelid", "Ptose"), "2025-11-04", enc=e1)
    b.panel("2025-11-04", [("achr", 8.6), ("tsh", 1.6), ("ck", 110)], "Neuromuskulær udredning", enc=e1)
    emg = b.obs(txt("Enkeltfiber-EMG, m. frontalis"), "2025-11-12", "Øget jitter og blokeringer i 40 % af par.",
                cat="procedure", pr=0)
    b.report(txt("Klinisk neurofysiologi: enkeltfiber-EMG og repetitiv nervestimulation"), "2025-11-12", [emg],
             "Fund forenelige med neuromuskulær transmissionsforstyrrelse (myasteni).", pr=0, cat="OTH")
    ct = b.obs(imgobs("CT thorax"), "2025-11-20", "Ingen thymom. Normal thymusrest.",
               cat="imaging", pr=2)
    b.report(imgrep("CT thorax med kontrast"), "2025-11-20", [ct], "Intet thymom.", pr=2,
             cat="RAD")
    b.medstmt(atc("N07AA02", "pyridostigmin", "Pyridostigmin 60 mg tablet"), "2025-11-18", "60 mg 4 gange dagligt",
              reason=mg)
    b.medstmt(atc("H02AB06", "prednisolon", "Prednisolon 5 mg tablet"), "2025-12-01", "15 mg dagligt", reason=mg)
    b.medstmt(atc("A02BC02", "pantoprazol", "Pantoprazol 40 mg tablet"), "2020-03-15", "1 tablet dagligt")
    adl = local(b, "MG-ADL", "MG-ADL score (0-24)", "score")
    for date, v in [("2025-11-18", 9), ("2026-03-10", 5), ("2026-09-15", 4)]:
        e = amb(b, date, "Neurologisk ambulatorium", sks("DG700", "Myasthenia gravis"))
        b.score(adl, date, v, enc=e)
    b.note("2026-09-15", "Neurologisk kontrol, myasthenia gravis",
           "Generaliseret AChR-positiv myasthenia gravis. Væsentlig bedring på pyridostigmin og prednisolon; "
           "MG-ADL 9 -> 4. Let ptose sidst på dagen. Ingen bulbære symptomer.\n"
           "Plan: Prednisolon nedtrappes til 10 mg. Overvejer azathioprin som steroidbesparende. Kontrol om 3 mdr.",
           typ=DK_NOTE)
