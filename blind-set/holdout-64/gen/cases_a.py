"""Organisation A: Univerzitná nemocnica Liptovská Dolina (Slovak university hospital).

WHO ICD-10 diagnoses (Slovak text), LOINC plus local laboratory codes, local procedure codes,
ATC-coded medicines, notes in Slovak, public insurers with pre-approvals (Claim/ClaimResponse).
"""
from fhirkit import (Rec, cc, icd, loinc, atc, sct, txt, meta, V3ACT, SCT, ATC, ICD10)

INSURERS = {
    "krivan": ("Zdravotná poisťovňa Kriváň, a.s.", "28", "Bratislava"),
    "tatry": ("Verejná zdravotná poisťovňa Tatry", "26", "Banská Bystrica"),
}
PUBLIC = cc((V3ACT, "PUBLICPOL", "public healthcare"), text="Verejné zdravotné poistenie")


def setup(cid, given, family, gender, birth, mrn, ins="krivan", ins_no=None, line=None, city=None, postal=None,
          phone=None, marital=None):
    r = Rec(cid, "sk")
    r.hospital()
    name, code, icity = INSURERS[ins]
    r.ins = r.org(name, "ins", icity, ident=("https://fhir.unld.sk/sid/kod-poistovne", code))
    r.patient(given, family, gender, birth, mrn, line=line, city=city, postal=postal, phone=phone,
              marital=marital)
    r.cov = r.coverage(r.ins, PUBLIC, subscriber_id=ins_no, start="2005-01-01")
    return r


def lab(r, key, local_code, date, value, unit, low=None, high=None, enc=None, interp=None, note=None):
    return r.lab(key, date, value, unit, low, high, enc=enc, interp=interp, note=note,
                 extra=(r.site["local"] + "lab", local_code, None))


def proc_code(r, code, display):
    return r.local("vykony", code, display, text=display)


# ---------------------------------------------------------------------------------------------------------------
def a01(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: IBS label >1 year while nocturnal diarrhoea, weight loss, raised
    calprotectin/CRP and anaemia appear."""
    r = setup(cid, "Peter", "Hudák", "male", "1980-04-12", "UNLD-0418832", ins_no="8004124417",
              line="Hurbanova 14", city="Liptovský Mikuláš", postal="031 01", phone="+421 905 218 447", marital="M")
    gi = r.staff("gastro")
    nurse = r.staff("sestra")
    e1 = r.enc("2025-08-14", type="Gastroenterologická ambulancia – vstupné vyšetrenie", who=gi,
               reason="Hnačky 3 mesiace")
    r.vitals("2025-08-14", e1, bp=(134, 86), hr=78, wt=82.0, ht=181, bmi=25.0)
    labs1 = [lab(r, "hb", "HB", "2025-08-14", 148, "g/L", 135, 175, e1),
             lab(r, "wbc", "WBC", "2025-08-14", 6.8, ("10^9/L", "10*9/L"), 4.0, 10.0, e1),
             lab(r, "crp", "CRP", "2025-08-14", 3.1, "mg/L", None, 5, e1, interp="N"),
             lab(r, "tsh", "TSH", "2025-08-14", 1.8, ("mIU/L", "m[IU]/L"), 0.27, 4.2, e1),
             lab(r, "ttg", "TTG-IGA", "2025-08-14", 1.2, ("U/mL", "[U]/mL"), None, 7, e1, interp="N"),
             lab(r, "ferritin", "FERR", "2025-08-14", 96, "ug/L", 30, 400, e1)]
    r.report(loinc("57021-8", "CBC W Auto Differential panel - Blood", text="Laboratórne vyšetrenie krvi"),
             "2025-08-14", labs1, "Krvný obraz, CRP, TSH a protilátky proti tTG v norme.", enc=e1)
    ibs = r.cond(icd("K58.0", "Irritable bowel syndrome with diarrhoea", text="Syndróm dráždivého čreva s hnačkou"),
                 onset="2025-05", recorded="2025-08-14", enc=e1, who=gi)
    htn = r.cond(icd("I10", "Essential (primary) hypertension", text="Esenciálna hypertenzia"), onset="2019-03-01",
                 recorded="2019-03-01")
    r.medstmt(atc("C08CA01", "amlodipine", text="Amlodipín 5 mg"), "2019-03-01", "5 mg 1× denne ráno",
              reason_ref=htn)
    r.medstmt(atc("A03AA04", "mebeverine", text="Mebeverín 135 mg"), "2025-08-14", "135 mg 3× denne pred jedlom",
              reason_ref=ibs, enc=e1, status="stopped", end="2026-02-10", status_reason=[txt("Bez efektu")])
    r.medreq(atc("A07DA03", "loperamide", text="Loperamid 2 mg"), "2025-08-14", "2 mg pri hnačke, max. 8 mg/deň",
             reason_ref=ibs, who=gi, enc=e1, prn=True, status="completed")
    r.note("2025-08-14", "Gastroenterologické vyšetrenie", """
        Gastroenterologická ambulancia – vstupné vyšetrenie
        Anamnéza: 45-ročný muž, 3 mesiace kašovité stolice 3–4× denne, nadúvanie, kŕčovité bolesti brucha
        zmierňujúce sa po defekácii. Bez krvi v stolici, bez nočných stolíc, hmotnosť stabilná. Stres v práci.
        Objektívne: brucho mäkké, palpačne mierne citlivé v ľavom podbrušku, bez rezistencie.
        Laboratórne: KO, CRP, TSH, protilátky proti tTG IgA v norme.
        Záver: K58.0 Syndróm dráždivého čreva s prevahou hnačky.
        Odporúčanie: mebeverín 135 mg 3× denne, loperamid pri potrebe, diétne opatrenia (low-FODMAP), kontrola o 6 mesiacov.
        """, author=gi, enc=e1)
    e2 = r.enc("2026-02-10", type="Gastroenterologická ambulancia – kontrola", who=gi, reason="Kontrola IBS")
    r.vitals("2026-02-10", e2, wt=79.5)
    r.note("2026-02-10", "Kontrola – gastroenterológia", """
        Kontrola. Hnačky pretrvávajú, 4–5 stolíc denne. Mebeverín bez efektu – vysadený, loperamid pacient
        neužíva. Hmotnosť 79,5 kg (pred 6 mesiacmi 82 kg). Bez krvi v stolici.
        Záver: K58.0 – pokračovať v low-FODMAP diéte, kontrola o 4 mesiace.
        """, author=gi, enc=e2)
    e3 = r.enc("2026-06-16", type="Gastroenterologická ambulancia – kontrola", who=gi, reason="Kontrola IBS")
    r.vitals("2026-06-16", e3, wt=77.0)
    r.note("2026-06-16", "Kontrola – gastroenterológia", """
        Pacient udáva stolice aj v noci (1–2× za noc), 5–6 stolíc denne. Hmotnosť 77 kg.
        Únava. Stres v práci pretrváva.
        Záver: K58.0 Syndróm dráždivého čreva. Diétne opatrenia, režimové opatrenia. Kontrola o 4 mesiace.
        """, author=gi, enc=e3)
    e4 = r.enc("2026-10-15", type="Gastroenterologická ambulancia – kontrola", who=[gi, nurse], reason="Kontrola IBS")
    r.vitals("2026-10-15", e4, bp=(128, 80), hr=92, wt=74.0, bmi=22.6)
    labs2 = [lab(r, "hb", "HB", "2026-10-15", 127, "g/L", 135, 175, e4),
             lab(r, "wbc", "WBC", "2026-10-15", 9.1, ("10^9/L", "10*9/L"), 4.0, 10.0, e4),
             lab(r, "plt", "PLT", "2026-10-15", 452, ("10^9/L", "10*9/L"), 150, 400, e4),
             lab(r, "crp", "CRP", "2026-10-15", 28.4, "mg/L", None, 5, e4, interp="H"),
             lab(r, "alb", "ALB", "2026-10-15", 33, "g/L", 35, 52, e4),
             lab(r, "ferritin", "FERR", "2026-10-15", 24, "ug/L", 30, 400, e4),
             lab(r, "calpro", "KALPROT", "2026-10-15", 520, ("ug/g", "ug/g"), None, 50, e4, interp="H")]
    r.report(txt("Laboratórne vyšetrenie – krv a stolica"), "2026-10-15", labs2,
             "Mierna anémia, trombocytóza, zvýšené CRP, fekálny kalprotektín 520 µg/g.", enc=e4)
    r.note("2026-10-15", "Kontrola – gastroenterológia", """
        Kontrola pri IBS. Pacient udáva 6–8 vodnatých stolíc denne vrátane nočných, občas prímes
        tmavočervenej krvi. Za posledné 4 mesiace úbytok hmotnosti o ďalšie 3 kg (celkovo 8 kg od 8/2025).
        Únava, bez teplôt.
        Labor: Hb 127 g/l, PLT 452, CRP 28,4 mg/l, albumín 33 g/l, feritín 24 µg/l, fekálny kalprotektín 520 µg/g.
        Záver: K58.0 Syndróm dráždivého čreva – pokračovať v diétnych a režimových opatreniach.
        Kontrola o 3 mesiace.
        """, author=gi, enc=e4)
    return r, meta("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
                   "IBS (K58.0) label active since 08/2025 while diarrhoea continues; nocturnal stools, blood, 8 kg "
                   "weight loss, anaemia, CRP 28 and calprotectin 520 appeared that IBS cannot explain, yet the label "
                   "was simply continued. Drug treatment stopped in 02/2026 (diet only), so not worsening despite "
                   "treatment; the anaemia is under 60 days old.",
                   "Slovak gastro clinic: IBS-D label kept for 14 months despite nocturnal diarrhoea, weight loss, "
                   "raised calprotectin/CRP")


# ---------------------------------------------------------------------------------------------------------------
def a02(cid):
    """MAJOR_PROCEDURE_PLANNED positive: surgical aortic valve replacement ordered for January 2027, insurer
    pre-approval granted."""
    r = setup(cid, "Ján", "Baláž", "male", "1955-03-02", "UNLD-0233190", ins="tatry", ins_no="5503024471",
              line="Štúrova 7", city="Ružomberok", postal="034 01", phone="+421 907 554 120", marital="M")
    kard = r.staff("kardio")
    kch = r.staff("kch")
    radi = r.staff("rad")
    as_ = r.cond(icd("I35.0", "Aortic (valve) stenosis", text="Ťažká aortálna stenóza"), onset="2022-05-10",
                 recorded="2022-05-10", who=kard, severity=sct("24484000", "Severe"))
    htn = r.cond(icd("I10", "Essential (primary) hypertension", text="Artériová hypertenzia"), onset="2010-01-01")
    dl = r.cond(icd("E78.0", "Pure hypercholesterolaemia", text="Hypercholesterolémia"), onset="2014-06-01")
    bph = r.cond(icd("N40", "Hyperplasia of prostate", text="Benígna hyperplázia prostaty"), onset="2018-09-01")
    r.medstmt(atc("C09AA05", "ramipril", text="Ramipril 2,5 mg"), "2010-01-01", "2,5 mg ráno", reason_ref=htn)
    r.medstmt(atc("C10AA05", "atorvastatin", text="Atorvastatín 20 mg"), "2014-06-01", "20 mg večer", reason_ref=dl)
    r.medstmt(atc("G04CA02", "tamsulosin", text="Tamsulozín 0,4 mg"), "2018-09-01", "0,4 mg večer", reason_ref=bph)
    e1 = r.enc("2026-03-18", type="Kardiologická ambulancia – kontrola", who=kard, reason="Aortálna stenóza – sledovanie")
    r.vitals("2026-03-18", e1, bp=(138, 78), hr=70, wt=84.0)
    echo_local = "https://fhir.unld.sk/CodeSystem/echo"
    o1 = r.obs(cc((echo_local, "AV-VMAX", "Maximálna rýchlosť prietoku cez AoV")), "2026-03-18", 4.1, ("m/s", "m/s"),
               cat="imaging", enc=e1, high=4.0, interp="H")
    r.report(txt("Transtorakálna echokardiografia"), "2026-03-18", [o1],
             "Stredne ťažká až ťažká AS, Vmax 4,1 m/s, EF ĽK 60 %. Kontrola o 6 mesiacov.", cat="CUS", enc=e1, who=kard)
    e2 = r.enc("2026-09-09", type="Kardiologická ambulancia – kontrola", who=kard,
               reason="Progresia dýchavice, stenokardie pri námahe")
    r.vitals("2026-09-09", e2, bp=(132, 74), hr=74, wt=83.0)
    obs = [r.obs(cc((echo_local, "AV-VMAX", "Maximálna rýchlosť prietoku cez AoV")), "2026-09-09", 4.7, ("m/s", "m/s"),
                 cat="imaging", enc=e2, high=4.0, interp="H"),
           r.obs(cc((echo_local, "AV-MPG", "Stredný transvalvulárny gradient AoV")), "2026-09-09", 54, ("mmHg", "mm[Hg]"),
                 cat="imaging", enc=e2, high=40, interp="H"),
           r.obs(cc((echo_local, "AV-AVA", "Plocha ústia aortálnej chlopne")), "2026-09-09", 0.7, ("cm2", "cm2"),
                 cat="imaging", enc=e2, low=1.0, interp="L"),
           r.obs(loinc("10230-1", "Left ventricular Ejection fraction"), "2026-09-09", 55, "%", cat="imaging", enc=e2,
                 low=52, interp="N")]
    r.report(txt("Transtorakálna echokardiografia"), "2026-09-09", obs,
             "Ťažká kalcifikovaná aortálna stenóza (Vmax 4,7 m/s, MPG 54 mmHg, AVA 0,7 cm²), zachovaná EF ĽK 55 %.",
             cat="CUS", enc=e2, who=kard)
    r.lab("ntprobnp", "2026-09-09", 1240, ("ng/L", "ng/L"), None, 300, enc=e2, interp="H")
    r.note("2026-09-09", "Kardiologické vyšetrenie", """
        Kardiologická ambulancia. Pacient udáva progresiu námahovej dýchavice (NYHA III), tlak na hrudníku
        pri chôdzi do kopca, 1× presynkopa pri námahe. ECHO: ťažká symptomatická AS, EF ĽK 55 %.
        Záver: Ťažká symptomatická aortálna stenóza. Indikovaný na invazívne vyšetrenie – SKG – a následne
        kardiochirurgické konzílium (Heart team).
        """, author=kard, enc=e2)
    e3 = r.enc("2026-10-20", end="2026-10-21", cls="SS", type="Jednodňová hospitalizácia – koronarografia", who=kard,
               reason_ref=[as_])
    r.proc(proc_code(r, "KARD-SKG-01", "Selektívna koronarografia"), date="2026-10-20", who=kard, enc=e3,
           reason_ref=[as_], outcome=txt("Koronárne artérie bez hemodynamicky významných stenóz"))
    e4 = r.enc("2026-11-05", type="Kardiochirurgické konzílium – Heart team", who=[kch, kard], reason_ref=[as_])
    r.impression("2026-11-05", "Ťažká symptomatická AS, 71 r., nízke operačné riziko (EuroSCORE II 1,6 %), "
                 "koronárne artérie bez stenóz. Heart team odporúča chirurgickú náhradu aortálnej chlopne "
                 "biologickou protézou (SAVR).", who=kch, problems=[as_], enc=e4,
                 findings=[icd("I35.0", "Aortic (valve) stenosis", text="Ťažká aortálna stenóza")])
    savr = r.sr(proc_code(r, "KCH-SAVR-02", "Náhrada aortálnej chlopne biologickou protézou (SAVR), mimotelový obeh"),
                "2026-11-05", status="active", intent="order",
                cat=[sct("387713003", "Surgical procedure")], reason_ref=[as_], who=kch, performer=[r.org_ref],
                when="2027-01-19", enc=e4, insurance=[r.cov],
                note="Plánovaný príjem 18. 1. 2027 na Kliniku kardiochirurgie. Pacient súhlasí, informovaný súhlas podpísaný.")
    cl = r.claim("2026-11-10", r.ins, r.cov,
                 [(proc_code(r, "KCH-SAVR-02", "Náhrada aortálnej chlopne biologickou protézou (SAVR), mimotelový obeh"),
                   "2027-01-19")], diagnoses=[as_])
    r.claimresp("2026-11-20", r.ins, cl, disposition="Žiadosť o predchádzajúci súhlas schválená.",
                preauth="ZPT-2026-118842", period=("2027-01-01", "2027-04-30"))
    r.enc("2027-01-18", end="2027-01-28", cls="IMP", status="planned", type="Plánovaná hospitalizácia – kardiochirurgia",
          who=kch, reason_ref=[as_])
    r.lab("hb", "2026-11-05", 139, "g/L", 135, 175, enc=e4)
    r.lab("crea_m", "2026-11-05", 96, "umol/L", 62, 106, enc=e4)
    r.lab("inr", "2026-11-05", 1.0, ("{INR}", "{INR}"), 0.8, 1.2, enc=e4)
    r.note("2026-11-05", "Kardiochirurgické konzílium", """
        Heart team (kardiochirurg, intervenčný kardiológ, anestéziológ).
        71-ročný pacient s ťažkou symptomatickou aortálnou stenózou, SKG bez stenóz, EF 55 %, EuroSCORE II 1,6 %.
        Vzhľadom na vek a nízke riziko odporúčaná chirurgická náhrada aortálnej chlopne (SAVR) biologickou protézou.
        Termín operácie: 19. 1. 2027. Podaná žiadosť o predchádzajúci súhlas zdravotnej poisťovne.
        Pacient poučený o výkone, rizikách a alternatívach (TAVI), súhlasí s operáciou.
        """, author=kch, enc=e4, type=("11488-4", "Consult note"))
    return r, meta("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
                   "Active order for surgical aortic valve replacement on cardiopulmonary bypass scheduled 2027-01-19, "
                   "with insurer pre-approval; not yet performed.",
                   "Slovak cardiac surgery: severe aortic stenosis, heart team orders SAVR for 01/2027, insurer approved")


# ---------------------------------------------------------------------------------------------------------------
def a03(cid):
    """UNTREATABLE_PROGNOSIS positive: metastatic pancreatic cancer, tumour board says no further oncological
    treatment, palliative care plan and hospice referral, no second opinion."""
    r = setup(cid, "Anna", "Horváthová", "female", "1963-07-21", "UNLD-0377415", ins_no="6357214489",
              line="Nábrežie 3", city="Liptovský Hrádok", postal="033 01", phone="+421 915 402 776", marital="W")
    onk = r.staff("onko")
    gi = r.staff("gastro")
    pal = r.staff("pal")
    hosp = r.org("Mobilný hospic sv. Anny Liptov, n.o.", "prov", "Liptovský Mikuláš")
    e1 = r.enc("2026-04-22", end="2026-04-30", cls="IMP", type="Hospitalizácia – gastroenterológia", who=gi,
               reason="Bezbolestný ikterus", admit=txt("Odporúčanie všeobecného lekára"))
    r.proc(proc_code(r, "GE-ERCP-03", "ERCP so zavedením biliárneho stentu"), date="2026-04-24", who=gi, enc=e1)
    ct1 = r.report(txt("CT brucha a malej panvy s kontrastom"), "2026-04-23",
                   conclusion="Tumor hlavy pankreasu 38 mm s infiltráciou AMS < 180°, mnohopočetné metastázy v pečeni.",
                   cat="CT", enc=e1)
    pa = r.report(txt("Histologické vyšetrenie – EUS-FNB pankreasu"), "2026-04-28",
                  conclusion="Duktálny adenokarcinóm pankreasu, stredne diferencovaný.", cat="SP", enc=e1)
    ca = r.cond(icd("C25.0", "Malignant neoplasm: Head of pancreas", text="Adenokarcinóm hlavy pankreasu"),
                onset="2026-04-28", who=onk, stage=txt("cT3 N1 M1 (hepar), štádium IV"), evidence=[ct1, pa])
    mets = r.cond(icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct",
                      text="Metastázy v pečeni"), onset="2026-04-23")
    r.cond(icd("I10", "Essential (primary) hypertension", text="Artériová hypertenzia"), onset="2012-01-01")
    r.medstmt(txt("Gemcitabín + nab-paklitaxel (1. línia paliatívnej chemoterapie)"),
              "2026-05-12", "gemcitabín 1000 mg/m² + nab-paklitaxel 125 mg/m² D1, D8, D15 á 28 dní", status="stopped",
              end="2026-09-15", reason_ref=[ca], status_reason=[txt("Progresia ochorenia, zhoršenie výkonnostného stavu")])
    ca1 = lab(r, "ca199", "CA19-9", "2026-04-23", 1840, ("kU/L", "k[U]/L"), None, 37, interp="H")
    ca2 = lab(r, "ca199", "CA19-9", "2026-07-14", 610, ("kU/L", "k[U]/L"), None, 37, interp="H")
    ca3 = lab(r, "ca199", "CA19-9", "2026-10-01", 4230, ("kU/L", "k[U]/L"), None, 37, interp="H")
    r.report(txt("CT brucha – reštaging"), "2026-09-28",
             conclusion="Progresia: nové ložiská v pečeni, peritoneálna karcinomatóza, ascites.", cat="CT")
    e2 = r.enc("2026-11-12", type="Multidisciplinárna onkologická komisia", who=[onk, pal], reason_ref=[ca])
    r.vitals("2026-11-12", e2, bp=(104, 66), hr=96, wt=51.0)
    lab(r, "alb", "ALB", "2026-11-12", 27, "g/L", 35, 52, e2)
    lab(r, "bili", "BILI", "2026-11-12", 18, "umol/L", None, 21, e2, interp="N")
    r.impression("2026-11-12", "Metastatický adenokarcinóm pankreasu, progresia po 1. línii, ECOG 3, kachexia. "
                 "Bez možností ďalšej onkologickej liečby. Najlepšia podporná starostlivosť.", who=onk, problems=[ca, mets],
                 enc=e2, findings=[ca3], prognosis=[txt("Nepriaznivá, očakávané prežívanie týždne až mesiace")])
    ref = r.sr(sct("306237005", "Referral to palliative care service", text="Odporúčanie do mobilného hospicu"),
               "2026-11-12", intent="order", cat=[sct("3457005", "Patient referral")], reason_ref=[ca], who=pal,
               performer=[hosp], enc=e2)
    r.careplan("Paliatívny plán starostlivosti", "2026-11-12", addresses=[ca],
               cat=[sct("103735009", "Palliative care", text="Paliatívna starostlivosť")], who=pal, enc=e2,
               desc="Symptomatická liečba bolesti a nauzey, nutričná podpora, psychosociálna podpora rodiny, "
                    "domáca hospicová starostlivosť. Onkologická liečba ukončená.",
               activities=[ref, ("Kontrola bolesti – morfín SR, záchranné dávky", "in-progress", None),
                           ("Paracentéza pri symptomatickom ascite podľa potreby", "scheduled", None)])
    r.medreq(atc("N02AA01", "morphine", text="Morfín SR 30 mg"), "2026-11-12", "30 mg á 12 h, záchranná dávka 10 mg p.o.",
             reason_ref=[ca], who=pal, enc=e2)
    r.medreq(atc("A03FA01", "metoclopramide", text="Metoklopramid 10 mg"), "2026-11-12", "10 mg pri nauzei, max. 3× denne",
             reason_ref=[ca], who=pal, enc=e2, prn=True)
    r.medreq(atc("A09AA02", "multienzymes (lipase, protease etc.)", text="Pankreatín 25 000 j."), "2026-05-05",
             "1 kapsula ku každému jedlu", reason_ref=[ca], who=gi)
    r.note("2026-11-12", "Záznam z onkologickej komisie", """
        Multidisciplinárna onkologická komisia (onkológ, chirurg, rádiológ, paliatívny lekár).
        Pacientka 63 r., metastatický adenokarcinóm hlavy pankreasu (dg. 4/2026), 1. línia gemcitabín +
        nab-paklitaxel 5–9/2026, na CT 28. 9. progresia (pečeň, peritoneum, ascites), CA 19-9 4230.
        Výkonnostný stav ECOG 3, kachexia (51 kg, −14 kg).
        Záver komisie: pacientka nie je kandidátkou ďalšej onkologickej liečby, ďalšie možnosti liečby nie sú.
        Odporúčaná najlepšia podporná starostlivosť, odporúčanie do mobilného hospicu.
        Pacientka a dcéra informované, súhlasia s paliatívnym plánom.
        """, author=onk, enc=e2, type=("11488-4", "Consult note"))
    return r, meta("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
                   "Tumour board states no further oncological treatment options for metastatic pancreatic cancer; "
                   "palliative care plan and hospice referral active; no second opinion on record. First-line "
                   "chemotherapy stopped in 09/2026, so no high-impact treatment is planned or running.",
                   "Slovak oncology: metastatic pancreatic cancer, tumour board 'no further options', palliative plan "
                   "and hospice referral")


# ---------------------------------------------------------------------------------------------------------------
def a04(cid):
    """UNTREATABLE_PROGNOSIS near miss: glioblastoma progression, palliative referral, but a second opinion from
    a national neuro-oncology centre is on record three weeks earlier."""
    r = setup(cid, "Milan", "Šimko", "male", "1968-01-30", "UNLD-0290051", ins="tatry", ins_no="6801304412",
              line="Partizánska 22", city="Liptovský Mikuláš", postal="031 01", phone="+421 908 117 390", marital="M")
    nch = r.staff("nch")
    onk = r.staff("onko")
    pal = r.staff("pal")
    nnc = r.org("Národné neuroonkologické centrum, Bratislava", "prov", "Bratislava")
    nnc_doc = r.pract("Róbert", "Halás", "prof. MUDr.", "neuroonkológia", "male", org=nnc)
    e1 = r.enc("2026-02-26", end="2026-03-10", cls="IMP", type="Hospitalizácia – neurochirurgia", who=nch,
               reason="Prvý epileptický záchvat, cefalea", admit=txt("Záchranná zdravotná služba"),
               priority=cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EM", "emergency")))
    r.report(txt("MR mozgu s kontrastom"), "2026-02-27", conclusion="Prstencovito sa sýtiaca expanzia ľavého frontálneho laloka 45 mm s perifokálnym edémom.",
             cat="NMR", enc=e1)
    r.proc(proc_code(r, "NCH-KRAN-11", "Kraniotómia, resekcia intraaxiálneho tumoru"), date="2026-03-03", who=nch, enc=e1,
           outcome=txt("Subtotálna resekcia"))
    path = r.report(txt("Histologické a molekulové vyšetrenie"), "2026-03-05",
                    conclusion="Glioblastóm, IDH-wildtype, CNS WHO grade 4; MGMT promótor nemetylovaný.", cat="SP", enc=e1)
    gbm = r.cond(icd("C71.1", "Malignant neoplasm: Frontal lobe", text="Glioblastóm ľavého frontálneho laloka, IDH-wildtype"),
                 onset="2026-03-05", evidence=[path], who=nch)
    r.cond(icd("G40.2", "Localization-related (focal)(partial) symptomatic epilepsy and epileptic syndromes with complex partial seizures",
               text="Symptomatická epilepsia"), onset="2026-02-26")
    r.proc(txt("Rádioterapia 60 Gy/30 frakcií s konkomitantným temozolomidom"), date="2026-04-01", end="2026-05-13",
           reason_ref=[gbm], who=onk)
    r.medstmt(atc("L01AX03", "temozolomide", text="Temozolomid – adjuvantne"), "2026-06-10",
              "150–200 mg/m² D1–5 á 28 dní", status="completed", end="2026-10-05", reason_ref=[gbm])
    r.report(txt("MR mozgu s kontrastom – kontrola"), "2026-10-14",
             conclusion="Progresia: recidíva v lôžku a nové ložisko v corpus callosum a pravom frontálnom laloku (multifokálne).",
             cat="NMR")
    r.medreq(atc("N03AX14", "levetiracetam", text="Levetiracetam 1000 mg"), "2026-02-28", "1000 mg 2× denne", who=nch)
    r.medreq(atc("H02AB02", "dexamethasone", text="Dexametazón 4 mg"), "2026-10-16", "4 mg ráno", who=onk,
             reason_ref=[gbm])
    so_ref = r.sr(txt("Konzultácia – druhý názor, neuroonkológia"), "2026-10-16", status="completed", intent="order",
                  cat=[sct("3457005", "Patient referral")], reason_ref=[gbm], who=onk, performer=[nnc],
                  note="Na žiadosť pacienta a manželky – druhý názor na možnosti liečby recidívy.")
    e2 = r.enc("2026-11-03", type="Konzultácia – druhý názor (Národné neuroonkologické centrum)", who=nnc_doc,
               reason_ref=[gbm], org=nnc)
    r.note("2026-11-03", "Druhý názor – Národné neuroonkologické centrum", """
        Konzultácia – druhý názor (na žiadosť pacienta a odosielajúcej onkologičky).
        Dg.: Glioblastóm ľavého frontálneho laloka, IDH-wildtype, MGMT nemetylovaný, st.p. subtotálnej resekcii 3/2026,
        chemorádioterapii a 4 cykloch adjuvantného temozolomidu. MR 14. 10. 2026 multifokálna progresia.
        KPS 50 %, hemiparéza vpravo.
        Prehodnotenie: reoperácia ani reiradiácia pri multifokálnej progresii neprinesie benefit; systémová liečba
        2. línie (lomustín) pri KPS 50 % a nemetylovanom MGMT bez očakávaného prínosu. Klinické štúdie
        pre pacienta aktuálne nie sú dostupné.
        Záver: súhlasím so závermi odosielajúceho pracoviska – najlepšia podporná starostlivosť.
        """, author=nnc_doc, enc=e2, type=("11488-4", "Consult note"), related=[so_ref])
    e3 = r.enc("2026-11-10", type="Onkologická ambulancia – kontrola", who=[onk, pal], reason_ref=[gbm])
    pref = r.sr(sct("306237005", "Referral to palliative care service", text="Odporúčanie do paliatívnej ambulancie"),
                "2026-11-10", intent="order", cat=[sct("3457005", "Patient referral")], reason_ref=[gbm], who=onk, enc=e3)
    r.careplan("Paliatívna starostlivosť", "2026-11-10", addresses=[gbm],
               cat=[sct("103735009", "Palliative care", text="Paliatívna starostlivosť")], who=pal, enc=e3,
               activities=[pref, ("Kontrola záchvatov a edému – levetiracetam, dexametazón", "in-progress", None)],
               desc="Po potvrdení druhým názorom bez možnosti protinádorovej liečby; symptomatická liečba, "
                    "podpora rodiny, domáca starostlivosť.")
    r.note("2026-11-10", "Onkologická ambulancia", """
        Pacient s manželkou po konzultácii v Národnom neuroonkologickom centre (3. 11. 2026), kde bol potvrdený záver,
        že ďalšia protinádorová liečba nie je indikovaná. Pacient a rodina záver prijímajú.
        Plán: paliatívna ambulancia, dexametazón 4 mg, levetiracetam. Kontrola o 4 týždne.
        """, author=onk, enc=e3)
    return r, meta("UNTREATABLE_PROGNOSIS", "near-miss", [],
                   "No-treatment signal for progressive glioblastoma, but a second opinion from a national "
                   "neuro-oncology centre (2026-11-03) is on record for the same problem within 12 months, which "
                   "suppresses the flag (and the rare-disease flag for the same glioblastoma).",
                   "Slovak neuro-oncology: recurrent glioblastoma, palliative referral after a documented external "
                   "second opinion")


# ---------------------------------------------------------------------------------------------------------------
def a05(cid):
    """HIGH_IMPACT_TREATMENT positive: chronic haemodialysis started 10/2026 for diabetic ESRD."""
    r = setup(cid, "Jozef", "Mikuš", "male", "1959-11-05", "UNLD-0155802", ins_no="5911054423",
              line="Kamenná 9", city="Liptovský Mikuláš", postal="031 04", phone="+421 904 993 118", marital="M")
    nef = r.staff("nefro")
    nurse = r.staff("sestra")
    dm = r.cond(icd("E11.2", "Type 2 diabetes mellitus with renal complications", text="Diabetes mellitus 2. typu s diabetickou nefropatiou"),
                onset="2008-04-01")
    ckd = r.cond(icd("N18.5", "Chronic kidney disease, stage 5", text="Chronické ochorenie obličiek G5"),
                 onset="2025-12-09", who=nef)
    htn = r.cond(icd("I10", "Essential (primary) hypertension", text="Artériová hypertenzia"), onset="2006-01-01")
    an = r.cond(icd("D63.8", "Anaemia in other chronic diseases classified elsewhere", text="Renálna anémia"),
                onset="2025-12-09")
    r.proc(proc_code(r, "CCH-AVF-04", "Založenie radiocefalickej AV fistuly, ľavé predlaktie"), date="2026-06-15",
           reason_ref=[ckd], body=[txt("ľavé predlaktie")])
    e1 = r.enc("2026-09-22", type="Nefrologická ambulancia", who=nef, reason="Progresia CKD G5, urémia")
    r.vitals("2026-09-22", e1, bp=(162, 94), hr=84, wt=91.0)
    for key, code, val, unit, lo, hi in [("crea_m", "KREA", 812, "umol/L", 62, 106),
                                         ("egfr", "EGFR", 6, ("mL/min/1.73 m2", "mL/min/{1.73_m2}"), 60, None),
                                         ("k", "K", 5.9, "mmol/L", 3.5, 5.1), ("hb", "HB", 92, "g/L", 135, 175),
                                         ("phos", "P", 2.3, "mmol/L", 0.81, 1.45), ("pth", "PTH", 41.2, "pmol/L", 1.6, 6.9)]:
        lab(r, key, code, "2026-09-22", val, unit, lo, hi, e1)
    r.note("2026-09-22", "Nefrologická ambulancia – indikácia dialýzy", """
        Pacient s CKD G5 pri diabetickej nefropatii, eGFR 6 ml/min/1,73 m², K 5,9, nauzea, pruritus, edémy DK,
        prírastok 4 kg. AV fistula z 6/2026 dobre vyzretá.
        Záver: indikovaný na začatie pravidelnej hemodialýzy 3× týždenne. Pacient a manželka poučení o liečbe,
        jej vplyve na každodenný život a o možnosti transplantácie v budúcnosti. Súhlasí.
        Podaná žiadosť o súhlas zdravotnej poisťovne s úhradou chronickej hemodialýzy.
        """, author=nef, enc=e1)
    cl = r.claim("2026-09-23", r.ins, r.cov, [(proc_code(r, "NEF-HD-01", "Chronická hemodialýza – program"), "2026-10-06")],
                 diagnoses=[ckd])
    r.claimresp("2026-09-30", r.ins, cl, disposition="Úhrada chronickej hemodialýzy schválená.",
                preauth="ZPK-2026-HD-04471", period=("2026-10-01", "2027-09-30"))
    hd = r.proc(proc_code(r, "NEF-HD-01", "Chronická hemodialýza – program"), status="in-progress", date="2026-10-06",
                reason_ref=[ckd], who=nef, note="Hemodialýza 3× týždenne (Po, St, Pi), 4 hodiny, cez AV fistulu.")
    r.careplan("Program chronickej hemodialýzy", "2026-10-06", addresses=[ckd], who=nef,
               activities=[("Hemodialýza 3× týždenne (Po, St, Pi), 4 hodiny, cez AV fistulu", "in-progress", None),
                           ("Erytropoetín i.v. počas dialýzy", "in-progress", None),
                           ("Zaradenie na čakaciu listinu na transplantáciu obličky – vstupné vyšetrenia", "not-started", None)],
               desc="Hemodialýza 3× týždenne, obmedzenie tekutín 1 l/deň, diéta s obmedzením K a P.")
    sessions = []
    for d in ("2026-11-23", "2026-11-25", "2026-11-27"):
        ed = r.enc(d, type="Hemodialýza", who=nurse, t="07:00", t_end="11:15")
        sessions.append(ed)
    lab(r, "crea_m", "KREA", "2026-11-23", 640, "umol/L", 62, 106, sessions[0])
    lab(r, "k", "K", "2026-11-23", 5.0, "mmol/L", 3.5, 5.1, sessions[0])
    lab(r, "hb", "HB", "2026-11-23", 104, "g/L", 135, 175, sessions[0])
    r.medadmin(atc("B03XA01", "erythropoietin", text="Epoetín beta 4000 IU i.v."), "2026-11-27", dose=(4000, "IU", "[iU]"),
               enc=sessions[2], who=nurse, reason_ref=[an])
    r.medreq(atc("V03AE02", "sevelamer", text="Sevelamer 800 mg"), "2026-10-06", "800 mg 3× denne k jedlu", who=nef)
    r.medreq(atc("A11CC04", "calcitriol", text="Kalcitriol 0,25 µg"), "2026-10-06", "0,25 µg denne", who=nef)
    r.medreq(atc("A10AE04", "insulin glargine", text="Inzulín glargín"), "2025-12-09", "14 j. s.c. večer", who=nef,
             reason_ref=[dm])
    r.medreq(atc("C08CA01", "amlodipine", text="Amlodipín 10 mg"), "2024-01-10", "10 mg ráno", who=nef, reason_ref=[htn])
    r.note("2026-11-27", "Dialyzačný záznam", """
        Hemodialýza č. 23. Priebeh bez komplikácií, UF 2,4 l. Pacient udáva výraznú únavu po dialýze, celý
        nasledujúci deň nemôže pracovať v záhrade, zle znáša obmedzenie tekutín. Nálada skleslá.
        Plán: pokračovať v programe HD 3× týždenne, doplniť vyšetrenia na zaradenie na čakaciu listinu.
        """, author=nurse, enc=sessions[2])
    return r, meta("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
                   "Chronic haemodialysis three times a week was started on 2026-10-06 and is in progress; dialysis "
                   "is a treatment that severely impacts quality of life. Four chronic conditions only.",
                   "Slovak nephrology: diabetic ESRD, haemodialysis programme started 10/2026 with insurer approval")


# ---------------------------------------------------------------------------------------------------------------
def a06(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP near miss: raised PSA red flag promptly followed up (urology in 16 days,
    repeat PSA, MRI PI-RADS 2), LUTS explained by BPH."""
    r = setup(cid, "Ladislav", "Gregor", "male", "1965-02-17", "UNLD-0461177", ins_no="6502174408",
              line="Podtatranská 41", city="Liptovský Mikuláš", postal="031 01", phone="+421 903 640 221", marital="M")
    intr = r.staff("int")
    uro = r.staff("uro")
    rad = r.staff("rad")
    htn = r.cond(icd("I10", "Essential (primary) hypertension", text="Artériová hypertenzia"), onset="2015-05-01")
    dl = r.cond(icd("E78.0", "Pure hypercholesterolaemia", text="Hypercholesterolémia"), onset="2018-02-01")
    r.medstmt(atc("C09AA05", "ramipril", text="Ramipril 5 mg"), "2015-05-01", "5 mg ráno", reason_ref=htn)
    r.medstmt(atc("C10AA07", "rosuvastatin", text="Rosuvastatín 10 mg"), "2018-02-01", "10 mg večer", reason_ref=dl)
    e1 = r.enc("2026-08-10", type="Interná ambulancia – preventívna prehliadka", who=intr, reason="Preventívna prehliadka")
    r.vitals("2026-08-10", e1, bp=(136, 84), hr=68, wt=88.0, bmi=27.2)
    p1 = lab(r, "psa", "PSA", "2026-08-10", 6.8, ("ng/mL", "ng/mL"), None, 4.0, e1, interp="H")
    lab(r, "chol", "CHOL", "2026-08-10", 4.6, "mmol/L", None, 5.2, e1, interp="N")
    lab(r, "crea_m", "KREA", "2026-08-10", 88, "umol/L", 62, 106, e1)
    r.obs(txt("Nyktúria"), "2026-08-10", "2× za noc", cat="exam", enc=e1)
    uref = r.sr(txt("Urologické vyšetrenie – zvýšené PSA"), "2026-08-10", status="completed", intent="order",
                cat=[sct("3457005", "Patient referral")], reason_ref=[p1], who=intr, performer=[uro], priority="urgent")
    r.note("2026-08-10", "Preventívna prehliadka", """
        Preventívna prehliadka, 61 r. Udáva nyktúriu 2× za noc, slabší prúd moču. PSA 6,8 ng/ml (prvé vyšetrenie).
        Odoslaný prednostne na urológiu.
        """, author=intr, enc=e1)
    e2 = r.enc("2026-08-26", type="Urologická ambulancia", who=uro, reason_ref=[p1])
    lab(r, "psa", "PSA", "2026-08-26", 6.4, ("ng/mL", "ng/mL"), None, 4.0, e2, interp="H")
    r.obs(loinc("12841-3", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma"), "2026-08-26",
          23, "%", low=20, enc=e2, interp="N")
    r.obs(txt("IPSS – medzinárodné skóre prostatických symptómov"), "2026-08-26", 14, cat="survey", enc=e2)
    r.note("2026-08-26", "Urologické vyšetrenie", """
        PR: prostata zväčšená, elastická, hladká, bez hmatnej rezistencie. IPSS 14, reziduum 40 ml.
        PSA 6,4 ng/ml, pomer voľné/celkové PSA 23 %. Indikovaná multiparametrická MR prostaty.
        """, author=uro, enc=e2)
    mr = r.report(txt("Multiparametrická MR prostaty"), "2026-09-14",
                  conclusion="Objem prostaty 64 ml, benígna hyperplázia prechodnej zóny, PI-RADS 2 – bez suspektného ložiska. "
                             "PSA denzita 0,10.", cat="NMR", who=rad)
    e3 = r.enc("2026-09-21", type="Urologická ambulancia – kontrola", who=uro, reason_ref=[p1])
    bph = r.cond(icd("N40", "Hyperplasia of prostate", text="Benígna hyperplázia prostaty"), onset="2026-09-21",
                 enc=e3, who=uro, evidence=[mr])
    r.medreq(atc("G04CA02", "tamsulosin", text="Tamsulozín 0,4 mg"), "2026-09-21", "0,4 mg večer", reason_ref=[bph], who=uro,
             enc=e3)
    r.sr(txt("Kontrola PSA"), "2026-09-21", intent="plan", reason_ref=[bph], who=uro, when="2027-03-22", enc=e3)
    r.note("2026-09-21", "Urologická ambulancia – kontrola", """
        MR prostaty PI-RADS 2, objem 64 ml, PSA denzita 0,10 – nízke riziko klinicky významného karcinómu,
        biopsia nie je indikovaná. Zvýšené PSA vysvetlené benígnou hyperpláziou prostaty.
        Liečba: tamsulozín 0,4 mg. Kontrola PSA o 6 mesiacov.
        """, author=uro, enc=e3)
    e4 = r.enc("2026-11-16", type="Urologická ambulancia – kontrola", who=uro, reason_ref=[bph])
    r.obs(txt("IPSS – medzinárodné skóre prostatických symptómov"), "2026-11-16", 8, cat="survey", enc=e4)
    r.note("2026-11-16", "Urologická ambulancia – kontrola", """
        Na tamsulozíne zlepšenie prúdu, nyktúria 1× za noc, IPSS 8. Bez nežiaducich účinkov. Pokračovať.
        """, author=uro, enc=e4)
    return r, meta("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
                   "Raised PSA (red flag) was followed up within 16 days (urology, repeat PSA, free/total ratio, "
                   "MRI PI-RADS 2) and the urinary symptoms are explained by a new BPH diagnosis and improving on "
                   "tamsulosin.",
                   "Slovak preventive check: PSA 6.8 promptly worked up; benign MRI, BPH treated")


# ---------------------------------------------------------------------------------------------------------------
def a07(cid):
    """PATIENT_REPORTED_CONCERN near miss: patient-experience questionnaire explicitly answers 'No' to wanting a
    second opinion; polymyalgia rheumatica responding to prednisone."""
    r = setup(cid, "Helena", "Poláková", "female", "1970-09-09", "UNLD-0508864", ins="tatry", ins_no="7059094427",
              line="Jánošíkova 5", city="Liptovský Mikuláš", postal="031 01", phone="+421 917 300 562", marital="M")
    reu = r.staff("reuma")
    pmr = None
    htn = r.cond(icd("I10", "Essential (primary) hypertension", text="Artériová hypertenzia"), onset="2016-01-01")
    thy = r.cond(icd("E06.3", "Autoimmune thyroiditis", text="Chronická autoimunitná tyreoiditída"), onset="2012-01-01")
    r.medstmt(atc("H03AA01", "levothyroxine sodium", text="Levotyroxín 75 µg"), "2012-01-01", "75 µg nalačno", reason_ref=thy)
    r.medstmt(atc("C09AA05", "ramipril", text="Ramipril 5 mg"), "2016-01-01", "5 mg ráno", reason_ref=htn)
    rows = [("2026-05-20", 48, 36.0, 7, "Vstupné vyšetrenie"), ("2026-07-01", 22, 8.0, 3, "Kontrola"),
            ("2026-09-09", 14, 4.1, 2, "Kontrola"), ("2026-11-18", 12, 2.8, 1, "Kontrola")]
    encs = []
    for d, esr, crp, vas, kind in rows:
        e = r.enc(d, type=f"Reumatologická ambulancia – {kind.lower()}", who=reu, reason="Bolesti a stuhnutosť ramien a bedier")
        encs.append(e)
        lab(r, "esr", "FW", d, esr, ("mm/h", "mm/h"), None, 20, e)
        lab(r, "crp", "CRP", d, crp, "mg/L", None, 5, e)
        r.obs(txt("Bolesť – vizuálna analógová škála (0–10)"), d, vas, cat="survey", enc=e)
        if pmr is None:
            pmr = r.cond(icd("M35.3", "Polymyalgia rheumatica", text="Polymyalgia rheumatica"), onset="2026-04-01",
                         recorded=d, enc=e, who=reu)
    r.medstmt(atc("H02AB07", "prednisone", text="Prednizón"), "2026-05-20", "15 mg denne, postupné znižovanie – aktuálne 7,5 mg",
              reason_ref=[pmr])
    r.medstmt(atc("A12AX", "Calcium, combinations with vitamin D and/or other drugs", text="Kalcium + vitamín D3"),
              "2026-05-20", "1 tableta denne")
    r.medstmt(atc("M05BA04", "alendronic acid", text="Kyselina alendrónová 70 mg"), "2026-05-20", "70 mg 1× týždenne")
    r.note("2026-05-20", "Reumatologické vyšetrenie", """
        55-ročná pacientka, 6 týždňov bolesti a ranná stuhnutosť ramien a bedier > 1 hodinu, FW 48, CRP 36.
        Bez príznakov obrovskobunkovej arteritídy. RF a anti-CCP negatívne.
        Záver: M35.3 Polymyalgia rheumatica. Prednizón 15 mg, prevencia osteoporózy.
        """, author=reu, enc=encs[0])
    r.note("2026-11-18", "Reumatologická ambulancia – kontrola", """
        Bez bolestí, ranná stuhnutosť do 10 minút. FW 12, CRP 2,8. Prednizón znížený na 7,5 mg, ďalej
        znižovať o 1 mg/mesiac. Pacientka vyplnila dotazník spokojnosti.
        """, author=reu, enc=encs[3])
    r.qr("https://fhir.unld.sk/Questionnaire/spokojnost-pacienta-ambulancia", "2026-11-18", [
        ("1", "Ako hodnotíte celkovú starostlivosť v našej ambulancii?", "Veľmi dobrá"),
        ("2", "Mali ste pocit, že lekár počúval vaše ťažkosti?", "Áno"),
        ("3", "Dostali ste dostatok informácií o vašej diagnóze a liečbe?", "Áno"),
        ("4", "Želáte si druhý názor iného odborníka na vašu diagnózu alebo liečbu?", "Nie"),
        ("5", "Vaše pripomienky", "Po liečbe sa cítim oveľa lepšie, bolesti ramien ustúpili. Ďakujem."),
    ], author=r.pat, source=r.pat, enc=encs[3])
    return r, meta("PATIENT_REPORTED_CONCERN", "near-miss", [],
                   "The patient-experience questionnaire asks about a second opinion and the patient answers 'Nie' "
                   "(No); she feels listened to and her PMR is responding (ESR 48 to 12, pain 7 to 1).",
                   "Slovak rheumatology: polymyalgia rheumatica improving on prednisone, questionnaire declines a "
                   "second opinion")


# ---------------------------------------------------------------------------------------------------------------
def a08(cid):
    """WORSENING_DESPITE_TREATMENT positive: HbA1c 7.3 -> 9.3 % over 10 months on continuous metformin + gliclazide."""
    r = setup(cid, "Eva", "Lukáčová", "female", "1967-06-03", "UNLD-0388120", ins_no="6756034419",
              line="Vrbická 18", city="Liptovský Mikuláš", postal="031 01", phone="+421 918 220 431", marital="M")
    dia = r.staff("int")
    dm = r.cond(icd("E11.9", "Type 2 diabetes mellitus without complications", text="Diabetes mellitus 2. typu"),
                onset="2017-03-01", who=dia)
    htn = r.cond(icd("I10", "Essential (primary) hypertension", text="Artériová hypertenzia"), onset="2015-01-01")
    dl = r.cond(icd("E78.0", "Pure hypercholesterolaemia", text="Hypercholesterolémia"), onset="2017-03-01")
    r.medstmt(atc("A10BA02", "metformin", text="Metformín 1000 mg"), "2019-03-11", "1000 mg 2× denne", reason_ref=[dm],
              note="Lekárenské výdaje pravidelné (eRecept), užívanie potvrdené.")
    r.medstmt(atc("A10BB09", "gliclazide", text="Gliklazid MR 60 mg"), "2024-05-20", "60 mg ráno", reason_ref=[dm])
    r.medstmt(atc("C09AA05", "ramipril", text="Ramipril 5 mg"), "2015-01-01", "5 mg ráno", reason_ref=[htn])
    r.medstmt(atc("C10AA05", "atorvastatin", text="Atorvastatín 20 mg"), "2017-03-01", "20 mg večer", reason_ref=[dl])
    series = [("2026-01-20", 7.3, 7.8, 84.0), ("2026-05-18", 8.0, 9.1, 84.5), ("2026-08-24", 8.7, 10.4, 83.5),
              ("2026-11-16", 9.3, 11.2, 84.0)]
    encs = []
    for d, a1c, fpg, wt in series:
        e = r.enc(d, type="Diabetologická ambulancia – kontrola", who=dia, reason_ref=[dm])
        encs.append(e)
        r.vitals(d, e, bp=(132, 82), wt=wt)
        lab(r, "hba1c", "HBA1C", d, a1c, "%", 4.0, 6.0, e)
        lab(r, "glu", "GLU", d, fpg, "mmol/L", 3.9, 5.6, e)
    lab(r, "egfr", "EGFR", "2026-11-16", 78, ("mL/min/1.73 m2", "mL/min/{1.73_m2}"), 60, None, encs[3])
    lab(r, "uacr", "ACR", "2026-11-16", 1.8, ("mg/mmol", "mg/mmol"), None, 3.0, encs[3])
    r.note("2026-05-18", "Diabetologická ambulancia", """
        HbA1c 8,0 % (v januári 7,3 %). Pacientka udáva pravidelné užívanie metformínu a gliklazidu, lekárenské výdaje
        pravidelné. Diéta – opakovaná edukácia. Pokračovať v liečbe, kontrola o 3 mesiace.
        """, author=dia, enc=encs[1])
    r.note("2026-11-16", "Diabetologická ambulancia", """
        HbA1c 9,3 % (1/2026 7,3 %, 5/2026 8,0 %, 8/2026 8,7 %), glykémia nalačno 11,2 mmol/l. Hmotnosť stabilná.
        Liečbu užíva pravidelne, hypoglykémie neudáva. Polyúria, smäd. Očné pozadie 9/2026 bez retinopatie.
        Záver: DM 2. typu s progresívne sa zhoršujúcou kompenzáciou na kombinácii metformín + gliklazid.
        Zvážiť intenzifikáciu liečby pri ďalšej kontrole, zatiaľ pokračovať.
        """, author=dia, enc=encs[3])
    return r, meta("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
                   "HbA1c rose 7.3 -> 8.0 -> 8.7 -> 9.3 % over 10 months (2.0 points, well above the 0.5 % "
                   "important difference) while metformin and gliclazide were taken continuously throughout.",
                   "Slovak diabetology: HbA1c climbing over four visits on unchanged oral therapy")


# ---------------------------------------------------------------------------------------------------------------
def a09(cid):
    """WORSENING_DESPITE_TREATMENT near miss: RA DAS28-CRP drifts 3.3 -> 3.7 on methotrexate (below the 0.6 MCID)."""
    r = setup(cid, "Zuzana", "Vargová", "female", "1978-10-14", "UNLD-0520637", ins_no="7860144403",
              line="Hollého 11", city="Liptovský Mikuláš", postal="031 01", phone="+421 911 784 029", marital="D")
    reu = r.staff("reuma")
    ra = r.cond(icd("M05.8", "Other seropositive rheumatoid arthritis", text="Séropozitívna reumatoidná artritída"),
                onset="2024-11-12", who=reu)
    thy = r.cond(icd("E06.3", "Autoimmune thyroiditis", text="Chronická autoimunitná tyreoiditída"), onset="2015-01-01")
    gerd = r.cond(icd("K21.0", "Gastro-oesophageal reflux disease with oesophagitis", text="Refluxná choroba pažeráka"),
                  onset="2020-06-01")
    r.medstmt(atc("L04AX03", "methotrexate", text="Metotrexát 20 mg s.c."), "2025-03-03", "20 mg s.c. 1× týždenne",
              reason_ref=[ra], note="Užívanie pravidelné, bez vynechaných dávok.")
    r.medstmt(atc("B03BB01", "folic acid", text="Kyselina listová 5 mg"), "2025-03-03", "5 mg 1× týždenne (deň po MTX)")
    r.medstmt(atc("H03AA01", "levothyroxine sodium", text="Levotyroxín 50 µg"), "2015-01-01", "50 µg nalačno", reason_ref=[thy])
    r.medstmt(atc("A02BC02", "pantoprazole", text="Pantoprazol 20 mg"), "2020-06-01", "20 mg ráno", reason_ref=[gerd])
    das_code = cc(("https://fhir.unld.sk/CodeSystem/skore", "DAS28-CRP", "DAS28-CRP"), text="DAS28-CRP")
    rows = [("2026-02-16", 3.3, 6.2, 4, 3), ("2026-05-18", 3.5, 7.9, 4, 4), ("2026-08-17", 3.6, 8.4, 5, 4),
            ("2026-11-16", 3.7, 8.1, 5, 4)]
    last = None
    for d, das, crp, tjc, sjc in rows:
        e = r.enc(d, type="Reumatologická ambulancia – kontrola", who=reu, reason_ref=[ra])
        r.obs(das_code, d, das, ("{score}", "{score}"), cat="survey", enc=e,
              comps=[(txt("Počet bolestivých kĺbov (28)"), tjc), (txt("Počet opuchnutých kĺbov (28)"), sjc)])
        lab(r, "crp", "CRP", d, crp, "mg/L", None, 5, e)
        last = e
    lab(r, "alt", "ALT", "2026-11-16", 0.52, ("µkat/L", "ukat/L"), None, 0.58, last)
    lab(r, "crea_m", "KREA", "2026-11-16", 71, "umol/L", 45, 84, last)
    r.note("2026-11-16", "Reumatologická ambulancia – kontrola", """
        RA na metotrexáte 20 mg s.c. týždenne od 3/2025. DAS28-CRP 3,7 (2/2026 3,3; 5/2026 3,5; 8/2026 3,6),
        zmena pod hranicou klinicky významnej zmeny (0,6). Pacientka subjektívne stabilizovaná, pracuje.
        Pečeňové parametre v norme. Záver: stredná aktivita, stabilný priebeh. Pokračovať v MTX, pri ďalšej kontrole
        prehodnotiť cieľ liečby.
        """, author=reu, enc=last)
    return r, meta("WORSENING_DESPITE_TREATMENT", "near-miss", [],
                   "DAS28-CRP drifted 3.3 -> 3.7 over 9 months on methotrexate, a change of 0.4 that stays below the "
                   "0.6 minimal important difference; joint counts essentially unchanged.",
                   "Slovak rheumatology: RA on methotrexate with a small, sub-threshold DAS28 drift")


# ---------------------------------------------------------------------------------------------------------------
def a10(cid):
    """RARE_OR_COMPLEX_CONDITION positive: 7 active chronic conditions across pneumology, cardiology, diabetology,
    nephrology and orthopaedics, with polypharmacy; all stable."""
    r = setup(cid, "Štefan", "Kollár", "male", "1951-12-08", "UNLD-0102278", ins="tatry", ins_no="5112084416",
              line="Smrečianska 2", city="Liptovský Mikuláš", postal="031 01", phone="+421 902 477 135", marital="W")
    intr = r.staff("int")
    pneu = r.staff("pneumo")
    kard = r.staff("kardio")
    nef = r.staff("nefro")
    ortho = r.pract("Marek", "Dzurilla", "MUDr.", "ortopédia", "male")
    c = {}
    c["copd"] = r.cond(icd("J44.8", "Other specified chronic obstructive pulmonary disease", text="CHOCHP, GOLD 2, skupina B"),
                       onset="2012-04-01", who=pneu)
    c["hf"] = r.cond(icd("I50.0", "Congestive heart failure", text="Chronické srdcové zlyhávanie s mierne zníženou EF (HFmrEF)"),
                     onset="2019-09-01", who=kard)
    c["af"] = r.cond(icd("I48.1", "Persistent atrial fibrillation", text="Perzistujúca fibrilácia predsiení"),
                     onset="2019-09-01", who=kard)
    c["dm"] = r.cond(icd("E11.9", "Type 2 diabetes mellitus without complications", text="Diabetes mellitus 2. typu"),
                     onset="2009-01-01", who=intr)
    c["ckd"] = r.cond(icd("N18.3", "Chronic kidney disease, stage 3", text="CKD G3b A2"), onset="2021-06-01", who=nef)
    c["oa"] = r.cond(icd("M17.0", "Primary gonarthrosis, bilateral", text="Obojstranná gonartróza"), onset="2016-01-01",
                     who=ortho)
    c["osa"] = r.cond(icd("G47.3", "Sleep apnoea", text="Obštrukčné spánkové apnoe, liečba CPAP"), onset="2020-02-01", who=pneu)
    meds = [("R03AL06", "olodaterol and tiotropium bromide", "Tiotropium/olodaterol 2,5/2,5 µg", "2 vdychy ráno", "copd"),
            ("C07AB07", "bisoprolol", "Bisoprolol 5 mg", "5 mg ráno", "hf"),
            ("C09AA05", "ramipril", "Ramipril 2,5 mg", "2,5 mg ráno", "hf"),
            ("C03CA01", "furosemide", "Furosemid 40 mg", "40 mg ráno", "hf"),
            ("C03DA01", "spironolactone", "Spironolaktón 25 mg", "25 mg ráno", "hf"),
            ("B01AF02", "apixaban", "Apixabán 5 mg", "5 mg 2× denne", "af"),
            ("A10BK03", "empagliflozin", "Empagliflozín 10 mg", "10 mg ráno", "dm"),
            ("A10BA02", "metformin", "Metformín 500 mg", "500 mg 2× denne (redukovaná dávka pri CKD)", "dm"),
            ("C10AA05", "atorvastatin", "Atorvastatín 40 mg", "40 mg večer", "dm"),
            ("N02BE01", "paracetamol", "Paracetamol 500 mg", "1 g pri bolesti, max. 3 g/deň", "oa")]
    for code, disp, text, dose, key in meds:
        r.medstmt(atc(code, disp, text=text), "2025-01-01", dose, reason_ref=[c[key]])
    e1 = r.enc("2026-03-11", type="Ortopedická ambulancia", who=ortho, reason_ref=[c["oa"]])
    r.note("2026-03-11", "Ortopedická ambulancia", """
        Obojstranná gonartróza II.–III. st. (Kellgren–Lawrence). Chôdza do 500 m. Vzhľadom na komorbidity zatiaľ
        konzervatívne: RHB, redukcia hmotnosti, intraartikulárna aplikácia kortikoidu vľavo. Kontrola o rok.
        """, author=ortho, enc=e1)
    e2 = r.enc("2026-06-10", type="Pneumologická ambulancia", who=pneu, reason_ref=[c["copd"], c["osa"]])
    r.obs(loinc("19926-5", "FEV1/FVC"), "2026-06-10", 58, "%", low=70, enc=e2, cat="procedure")
    r.obs(loinc("20150-9", "FEV1"), "2026-06-10", 1.92, "L", enc=e2, cat="procedure", note="62 % náležitej hodnoty")
    e3 = r.enc("2026-09-02", type="Kardiologická ambulancia", who=kard, reason_ref=[c["hf"], c["af"]])
    r.vitals("2026-09-02", e3, bp=(128, 76), hr=72, wt=96.0, bmi=31.4, spo2=94)
    r.lab("ntprobnp", "2026-09-02", 980, ("ng/L", "ng/L"), None, 300, enc=e3, interp="H")
    r.obs(loinc("10230-1", "Left ventricular Ejection fraction"), "2026-09-02", 45, "%", low=52, cat="imaging", enc=e3)
    e4 = r.enc("2026-10-07", type="Diabetologická ambulancia", who=intr, reason_ref=[c["dm"]])
    lab(r, "hba1c", "HBA1C", "2026-10-07", 7.1, "%", 4.0, 6.0, e4)
    e5 = r.enc("2026-10-21", type="Nefrologická ambulancia", who=nef, reason_ref=[c["ckd"]])
    lab(r, "egfr", "EGFR", "2026-10-21", 37, ("mL/min/1.73 m2", "mL/min/{1.73_m2}"), 60, None, e5)
    lab(r, "k", "K", "2026-10-21", 4.8, "mmol/L", 3.5, 5.1, e5)
    lab(r, "uacr", "ACR", "2026-10-21", 12.4, ("mg/mmol", "mg/mmol"), None, 3.0, e5)
    e6 = r.enc("2026-11-18", type="Interná ambulancia – koordinácia starostlivosti", who=intr,
               reason="Revízia liekov, koordinácia starostlivosti")
    r.note("2026-11-18", "Interná ambulancia – súhrn", """
        74-ročný pacient, vdovec, žije sám. Sledovaný v 5 špecializovaných ambulanciách (pneumológia, kardiológia,
        diabetológia, nefrológia, ortopédia).
        Aktívne diagnózy: CHOCHP GOLD 2, OSA na CPAP, HFmrEF (EF 45 %), perzistujúca FP na apixabane, DM 2. typu
        (HbA1c 7,1 %), CKD G3b A2 (eGFR 37, stabilná), obojstranná gonartróza.
        Užíva 10 liekov + CPAP. Všetky ochorenia aktuálne stabilizované, bez hospitalizácie v poslednom roku.
        Revízia liekov: bez interakcií vyžadujúcich zmenu; metformín ponechaný v redukovanej dávke pri eGFR 37.
        Plán: koordinovať termíny kontrol, pomoc sociálnej pracovníčky (opatrovateľská služba).
        """, author=intr, enc=e6)
    return r, meta("RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
                   "Seven active chronic conditions (COPD, OSA, heart failure, atrial fibrillation, type 2 diabetes, "
                   "CKD G3b, bilateral knee OA) followed by five specialties, ten medicines; all stable, so no other "
                   "criterion.",
                   "Slovak internal medicine: 74-year-old with seven chronic conditions across five specialties")


CASES = [a01, a02, a03, a04, a05, a06, a07, a08, a09, a10]
