"""Organisation 2: Czech university hospital (Fakultní nemocnice Vltava).

Style: ICD-10 (MKN-10) diagnoses with Czech displays, local procedure codes from the national reimbursement
list (seznam zdravotních výkonů), SI units (µmol/L, µkat/L, mmol/mol), ATC-coded drugs with Czech trade names,
notes and MDT records in Czech.
"""
from fhirkit import (ATC, ICD10, LOINC, SCT, Rec, cc, loinc, q, sct, txt)

VYKONY = "https://fhir.fn-vltava.example.cz/CodeSystem/seznam-zdravotnich-vykonu"


def mkn(code, display, text=None):
    return cc((ICD10, code, display), text=text or display)


def vykon(code, display, *extra):
    return cc((VYKONY, code, display), *extra, text=display)


def drug(atc, name, text):
    return cc((ATC, atc, name), text=text)


def etype(r, kind):
    kinds = {
        "amb": ("AMB-VYS", "Ambulantní vyšetření"),
        "kontrola": ("AMB-KON", "Ambulantní kontrola"),
        "konz": ("KONZ", "Konziliární vyšetření"),
        "hosp": ("HOSP", "Hospitalizace"),
        "jip": ("HOSP-JIP", "Hospitalizace - jednotka intenzivní péče"),
        "tel": ("TEL", "Telefonická konzultace"),
        "rdg": ("RDG", "Zobrazovací vyšetření"),
        "urg": ("URG", "Urgentní příjem"),
        "rhb": ("RHB", "Rehabilitace"),
        "komise": ("MDT", "Multioborová indikační komise"),
    }
    c, d = kinds[kind]
    return cc(r.loc(c, d), text=d)


def cz_base(cid, family, given, gender, birth, city, rc, phone, member):
    r = Rec(cid, "CZ")
    r.patient(family, given, gender, birth, city, rc, phone=phone)
    r.coverage("2010-01-01", member, plan_text="Veřejné zdravotní pojištění")
    return r


def hb(r, v, date, enc=None, female=False):
    return r.lab("hb_gl", v, date, enc=enc, lo=120 if female else 135, hi=160 if female else 175)


def creat(r, v, date, enc=None, female=False):
    return r.lab("creat_umol", v, date, enc=enc, lo=44 if female else 62, hi=80 if female else 106)


# ---------------------------------------------------------------------------------------------
def cz_psnw_p(cid):
    r = cz_base(cid, "Novák", ["Tomáš"], "male", "1987-03-21", "České Budějovice", "870321/0456", "+420 724 118 305",
                "OZPV-870321045")
    kard = r.pract("Dvořáková", "Jana", prefix="MUDr.", qual="kardiologie")
    inter = r.pract("Svoboda", "Petr", prefix="MUDr.", qual="vnitřní lékařství")
    r.cond(mkn("J30.4", "Alergická rýma, NS", "Alergická rýma (pyly)"), "2009-04-01", who=inter)
    sym = lambda d, e, txt_: [
        r.obs(sct("80313002", "Palpitations", "Palpitace"), d, True, cat="exam", enc=e, note=txt_),
        r.obs(sct("23924001", "Tight chest", "Tlak na hrudi"), d, True, cat="exam", enc=e)]
    e1 = r.enc("2026-06-15", "AMB", etype(r, "amb"), who=kard, reason=txt("Bušení srdce a tlak na hrudi 3 týdny"))
    sym("2026-06-15", e1, "Nepravidelné bušení srdce, epizody minuty až hodiny, 3-4x týdně, tlak na hrudi v klidu.")
    r.vitals("2026-06-15", e1, bp=(128, 78), hr=76, wt=82.0, ht=183, spo2=98)
    r.obs(loinc("8601-7", "EKG impression"), "2026-06-15", "Sinusový rytmus 74/min, normální křivka, QTc 410 ms.",
          cat="procedure", enc=e1, interp="N")
    r.labs("2026-06-15", [("hb_gl", 151, dict(lo=135, hi=175)), ("wbc_si", 6.2), ("tsh", 1.6), ("ft4_pmol", 15.1),
                          ("k", 4.3), ("na", 140), ("glu_mmol", 5.0), ("creat_umol", 84), ("crp", 1),
                          ("trop", 5)], enc=e1, report="Základní biochemie, KO, štítná žláza",
           conclusion="Všechny hodnoty v referenčních mezích.")
    e2 = r.enc("2026-07-20", "AMB", etype(r, "kontrola"), who=kard, reason=txt("Výsledek Holterova monitorování"))
    sym("2026-07-20", e2, "Obtíže trvají, během Holtera 3 zapsané epizody bušení.")
    r.report(vykon("17129", "Holterovské monitorování EKG 24 hodin"), "2026-07-14", cat="EC", who=kard,
             conclusion="Sinusový rytmus 52-146/min. Ojedinělé izolované SVES (<1 %). Během tří zapsaných epizod "
                        "palpitací sinusový rytmus 88-104/min. Bez pauz, bez komorové arytmie. Normální nález.")
    e3 = r.enc("2026-09-07", "AMB", etype(r, "kontrola"), who=kard, reason=txt("Echokardiografie, ergometrie"))
    sym("2026-09-07", e3, "Stále 2-3 epizody týdně, nyní i při námaze.")
    r.report(vykon("17241", "Echokardiografie transthorakální"), "2026-09-07", cat="CUS", who=kard, enc=e3,
             conclusion="LK nedilatovaná, EF 62 %, bez poruch kinetiky, chlopně bez vady, normální diastolická funkce, "
                        "PK normální velikosti. Normální nález.")
    r.report(vykon("17113", "Bicyklová ergometrie"), "2026-09-07", cat="EC", who=kard, enc=e3,
             conclusion="Zátěž do 250 W (110 % normy), ukončeno pro únavu, bez stenokardií, bez ischemických změn ST, "
                        "bez arytmie. Negativní nález.")
    e4 = r.enc("2026-10-26", "AMB", etype(r, "kontrola"), who=kard, reason=txt("Závěrečná kontrola"))
    sym("2026-10-26", e4, "Obtíže přetrvávají, omezují ve sportu, špatně spí.")
    r.obs(loinc("8601-7", "EKG impression"), "2026-10-26", "Sinusový rytmus 70/min, normální křivka.",
          cat="procedure", enc=e4, interp="N")
    r.labs("2026-10-26", [("trop", 4), ("k", 4.5), ("hb_gl", 149, dict(lo=135, hi=175))], enc=e4)
    r.note("2026-10-26", "consult", "Kardiologická ambulance - závěrečná zpráva",
           "Pacient 39 let, od června 2026 opakované palpitace a tlak na hrudi.\n"
           "Vyšetření: EKG opakovaně normální, Holter EKG bez arytmie (palpitace při sinusovém rytmu), "
           "ECHO normální, ergometrie negativní, laboratorně vč. TSH, iontů a troponinu v normě.\n"
           "Závěr: Kardiologický nález bez patologie. Pacient uklidněn, organické onemocnění srdce vyloučeno.\n"
           "Doporučení: další kardiologická péče není nutná, kontroly u praktického lékaře.", author=kard, enc=e4)
    e5 = r.enc("2026-11-23", "VR", etype(r, "tel"), who=inter, reason=txt("Telefonický dotaz pacienta"))
    sym("2026-11-23", e5, "Volá, že bušení srdce a tlak na hrudi trvají beze změny, 2-3x týdně.")
    r.note("2026-11-23", "progress", "Telefonická konzultace",
           "Pacient udává trvající palpitace a tlak na hrudi, 2-3x týdně, 5 měsíců. Všechna dosavadní vyšetření "
           "v normě. Vysvětleno, že nález je negativní. Kontrola dle potřeby.", author=inter, enc=e5)
    r.medstat(drug("R06AE07", "cetirizine", "Zyrtec 10 mg"), "active", "2015-04-01", dosage="1 tbl. dle potřeby",
              asserted="2026-06-15")
    return r


# ---------------------------------------------------------------------------------------------
def cz_dsm_p(cid):
    r = cz_base(cid, "Marková", ["Lucie"], "female", "1992-08-05", "Tábor", "925805/1186", "+420 603 552 914",
                "OZPV-925805118")
    gas = r.pract("Bartoš", "Martin", prefix="MUDr.", qual="gastroenterologie")
    gas2 = r.pract("Kolářová", "Eva", prefix="MUDr.", qual="gastroenterologie")
    ibs = r.cond(mkn("K58.0", "Syndrom dráždivého tračníku s průjmem"), "2025-09-10", who=gas,
                 note="Dg. stanovena dle Řím IV po negativním základním vyšetření.")
    e1 = r.enc("2025-09-10", "AMB", etype(r, "amb"), who=gas, reason=txt("Průjmy a křečovité bolesti břicha 3 měsíce"))
    r.labs("2025-09-08", [("hb_gl", 131, dict(lo=120, hi=160)), ("crp", 2), ("calpro", 38), ("ttg", 1.2),
                          ("tsh", 2.0), ("alb_gl", 44)], enc=e1, report="Vstupní laboratorní vyšetření",
           conclusion="Bez patologie.")
    r.vitals("2025-09-10", e1, bp=(112, 70), wt=62.0, ht=168)
    r.medreq(drug("A03AA04", "mebeverine", "Duspatalin retard 200 mg"), "2025-09-10", "1-0-1", who=gas, enc=e1,
             reason_refs=[ibs])
    r.medreq(drug("A07DA03", "loperamide", "Imodium 2 mg"), "2025-09-10", "dle potřeby, max. 4 tbl./den", who=gas,
             enc=e1, reason_refs=[ibs])
    e2 = r.enc("2026-03-16", "AMB", etype(r, "kontrola"), who=gas, reason=txt("Kontrola IBS"))
    r.vitals("2026-03-16", e2, wt=61.5)
    r.medreq(drug("N06AA09", "amitriptyline", "Amitriptylin 10 mg"), "2026-03-16", "0-0-1", who=gas, enc=e2,
             reason_refs=[ibs])
    e3 = r.enc("2026-07-14", "AMB", etype(r, "kontrola"), who=gas2, reason=txt("Zhoršení průjmů"))
    r.obs(sct("62315008", "Diarrhea", "Průjem"), "2026-07-14", True, cat="exam", enc=e3,
          note="6-8 řídkých stolic denně, nově i v noci, občas příměs krve.")
    r.vitals("2026-07-14", e3, wt=59.0)
    e4 = r.enc("2026-10-20", "AMB", etype(r, "kontrola"), who=gas2, reason=txt("Trvající průjmy, hubnutí"))
    r.vitals("2026-10-20", e4, bp=(104, 66), hr=96, wt=56.5, temp=37.4)
    r.obs(sct("89362005", "Weight loss", "Úbytek hmotnosti"), "2026-10-20", True, cat="exam", enc=e4,
          note="Úbytek 5,5 kg za 7 měsíců, noční průjmy, únava.")
    r.labs("2026-10-20", [("hb_gl", 124, dict(lo=120, hi=160)), ("plt_si", 452), ("crp", 24), ("calpro", 620),
                          ("alb_gl", 33), ("ferritin_ugl", 22, dict(lo=15, hi=150))], enc=e4,
           report="Laboratorní kontrola", conclusion="Zvýšené CRP a kalprotektin, hypoalbuminémie, trombocytóza.")
    e5 = r.enc("2026-11-05", "AMB", etype(r, "kontrola"), who=gas2, reason=txt("Kontrola"))
    r.note("2026-11-05", "progress", "Gastroenterologická ambulance - kontrola",
           "Pacientka 34 let s IBS-D od 09/2025. Od července zhoršení: 6-8 stolic denně, noční průjmy, občas "
           "příměs krve, úbytek hmotnosti 5,5 kg, subfebrilie.\n"
           "Lab. 20.10.: CRP 24, fekální kalprotektin 620 µg/g, albumin 33 g/l, trombocyty 452.\n"
           "Závěr: Exacerbace syndromu dráždivého tračníku, pravděpodobně při stresové zátěži (změna zaměstnání).\n"
           "Doporučení: pokračovat v terapii, loperamid navýšit na 2-2-2, probiotika, kontrola za 3 měsíce.",
           author=gas2, enc=e5)
    r.medreq(drug("A07DA03", "loperamide", "Imodium 2 mg"), "2026-11-05", "2-2-2", who=gas2, enc=e5,
             reason_refs=[ibs])
    r.medstat(drug("G03AA12", "drospirenone and ethinylestradiol", "Yasmin"), "active", "2018-01-01",
              asserted="2026-11-05")
    return r


# ---------------------------------------------------------------------------------------------
def cz_dsm_nm(cid):
    r = cz_base(cid, "Procházka", ["Jakub"], "male", "2004-02-17", "Písek", "040217/2231", "+420 776 209 418",
                "OZPV-040217223")
    inter = r.pract("Hájek", "Ondřej", prefix="MUDr.", qual="vnitřní lékařství")
    inf = r.pract("Králová", "Simona", prefix="MUDr.", qual="infekční lékařství")
    e1 = r.enc("2026-09-08", "AMB", etype(r, "urg"), who=inter, reason=txt("Horečky, bolest v krku, únava"))
    r.vitals("2026-09-08", e1, bp=(122, 74), hr=104, temp=38.9, spo2=98)
    r.labs("2026-09-08", [("wbc_si", 11.2), ("crp", 18), ("hb_gl", 148, dict(lo=135, hi=175))], enc=e1)
    vir = r.cond(mkn("B34.9", "Virová infekce NS"), "2026-09-08", status="resolved", abate="2026-09-15",
                 cat="encounter-diagnosis", enc=e1, who=inter, note="Upřesněno 15.9.2026 na B27.0.")
    r.medreq(drug("N02BE01", "paracetamol", "Paralen 500 mg"), "2026-09-08", "1-2 tbl. při teplotě, max. 6 tbl./den",
             status="completed", who=inter, enc=e1, reason_refs=[vir], course="acute")
    r.note("2026-09-08", "ed", "Urgentní příjem - zpráva",
           "Student 22 let, 4 dny horečky do 39 °C, bolest v krku, únava. Tonzily zarudlé s povlaky, krční uzliny "
           "zvětšené. Streptokokový antigen negativní.\nZávěr: Virová infekce NS.\n"
           "Doporučení: symptomatická léčba, kontrola za týden nebo dříve při zhoršení.", author=inter, enc=e1)
    e2 = r.enc("2026-09-15", "AMB", etype(r, "amb"), who=inf, reason=txt("Přetrvávající horečky"))
    r.vitals("2026-09-15", e2, temp=38.2, hr=96)
    _, obs = r.labs("2026-09-15", [("wbc_si", 13.8), ("alt_ukat", 2.1), ("ast_ukat", 1.6), ("bili_umol", 19)],
                    enc=e2, report="Biochemie a KO")
    lymf = r.obs(loinc("731-0", "Lymphocytes [#/volume] in Blood by Automated count"), "2026-09-15",
                 q(8.9, "10*9/L"), enc=e2, interp="H", rng={"low": q(1.0, "10*9/L"), "high": q(4.0, "10*9/L")},
                 note="V nátěru 18 % reaktivních lymfocytů.")
    ebv = r.obs(cc(r.loc("EBV-VCA-IGM", "EBV VCA IgM protilátky"), text="EBV VCA IgM"), "2026-09-15",
                cc(r.loc("POZ", "pozitivní")), enc=e2, interp="POS")
    r.obs(cc(r.loc("EBV-EBNA-IGG", "EBV EBNA IgG protilátky"), text="EBV EBNA IgG"), "2026-09-15",
          cc(r.loc("NEG", "negativní")), enc=e2, interp="NEG")
    r.report(vykon("09235", "Ultrasonografie břicha"), "2026-09-15", cat="RUS", enc=e2,
             conclusion="Splenomegalie 14,5 cm, játra normální velikosti, homogenní. Jinak bez patologie.")
    mono = r.cond(mkn("B27.0", "Mononukleóza vyvolaná gamaherpetickými viry",
                      "Infekční mononukleóza (EBV), akutní primoinfekce"), "2026-09-15", status="resolved",
                  abate="2026-11-10", who=inf, enc=e2, evidence=[ebv, lymf])
    r.note("2026-09-15", "consult", "Infekční ambulance",
           "Sérologicky akutní EBV infekce (VCA IgM poz., EBNA IgG neg.), lymfocytóza s reaktivními lymfocyty, "
           "mírná hepatopatie, splenomegalie.\nZávěr: Infekční mononukleóza. Dg. virová infekce NS upřesněna.\n"
           "Doporučení: klidový režim, bez kontaktních sportů 4-6 týdnů, kontrola jaterních enzymů za 4 týdny.",
           author=inf, enc=e2)
    e3 = r.enc("2026-10-13", "AMB", etype(r, "kontrola"), who=inf)
    r.labs("2026-10-13", [("alt_ukat", 0.6), ("ast_ukat", 0.5), ("wbc_si", 7.1)], enc=e3)
    e4 = r.enc("2026-11-10", "AMB", etype(r, "kontrola"), who=inf, reason=txt("Závěrečná kontrola"))
    r.note("2026-11-10", "progress", "Infekční ambulance - závěrečná kontrola",
           "Bez obtíží, afebrilní, únava odezněla, vrací se ke sportu. Jaterní testy v normě, slezina nehmatná.\n"
           "Ukončení sledování.", author=inf, enc=e4)
    r.vitals("2026-11-10", e4, temp=36.6, hr=64, wt=75.0)
    return r


# ---------------------------------------------------------------------------------------------
def cz_mpp_p(cid):
    r = cz_base(cid, "Dvořák", ["Jiří"], "male", "1959-11-02", "České Budějovice", "591102/1187", "+420 602 447 120",
                "OZPV-591102118")
    kard = r.pract("Beneš", "Radek", prefix="MUDr.", qual="kardiologie")
    ksr = r.pract("Urban", "Vojtěch", prefix="doc. MUDr.", qual="kardiochirurgie")
    inv = r.pract("Fiala", "Lukáš", prefix="MUDr.", qual="intervenční kardiologie")
    ichs = r.cond(mkn("I25.1", "Aterosklerotická choroba srdeční",
                      "ICHS - třícévné postižení, stabilní angina pectoris CCS II-III"), "2026-08-03", who=kard)
    htn = r.cond(mkn("I10", "Esenciální (primární) hypertenze"), "2008-05-12", who=kard)
    dm = r.cond(mkn("E11.9", "Diabetes mellitus 2. typu bez komplikací"), "2016-02-01", who=kard)
    r.cond(mkn("E78.0", "Čistá hypercholesterolemie"), "2012-10-01", who=kard)
    r.smoking("2026-07-21", "8517006", "Ex-smoker")
    e1 = r.enc("2026-07-21", "AMB", etype(r, "amb"), who=kard, reason=txt("Námahová bolest na hrudi 2 měsíce"))
    r.vitals("2026-07-21", e1, bp=(146, 88), hr=72, wt=89.0, ht=175, bmi=29.1)
    r.labs("2026-07-21", [("hba1c_ifcc", 52), ("ldl_mmol", 2.9, dict(hi=1.4)), ("creat_umol", 96),
                          ("egfr", 74), ("hb_gl", 146, dict(lo=135, hi=175)), ("trop", 9)], enc=e1,
           report="Biochemie")
    e2 = r.enc("2026-08-03", "AMB", etype(r, "kontrola"), who=kard)
    r.report(vykon("17113", "Bicyklová ergometrie"), "2026-08-03", cat="EC", who=kard, enc=e2,
             conclusion="Při 100 W typická stenokardie a horizontální deprese ST 2 mm V4-V6. Pozitivní nález.")
    e3 = r.enc("2026-10-08", "SS", etype(r, "hosp"), who=inv, end="2026-10-09T10:00:00+02:00",
               reason=txt("Plánovaná koronarografie"))
    r.proc(vykon("17313", "Selektivní koronarografie", (SCT, "33367005", "Coronary angiography")), "2026-10-08",
           who=inv, enc=e3, reason_refs=[ichs],
           outcome=txt("Kmen ACS 50 %, RIA proximálně 80 %, RCx 70 %, ACD 90 %. SYNTAX score 28."))
    e4 = r.enc("2026-10-20", "AMB", etype(r, "komise"), who=[kard, ksr, inv], reason=txt("Heart team"))
    r.note("2026-10-20", "consult", "Záznam z indikačního semináře (Heart team)",
           "Pacient 67 let, stabilní AP CCS II-III, DM 2. typu, hypertenze.\n"
           "Koronarografie 8.10.2026: postižení kmene ACS 50 % a třícévné postižení, SYNTAX 28. EF LK 55 %.\n"
           "Závěr semináře: vzhledem k postižení kmene, třícévnému postižení a diabetu doporučena chirurgická "
           "revaskularizace - aortokoronární bypass (LIMA-RIA, 2x žilní štěp).\n"
           "Pacient souhlasí. Termín přijetí na kardiochirurgii: 11.1.2027, operace 12.1.2027.",
           author=ksr, enc=e4)
    cabg = r.sreq(vykon("55221", "Aortokoronární bypass - 3 a více anastomóz",
                        (SCT, "232717009", "Coronary artery bypass grafting")),
                  "2026-10-20", status="active", intent="order", who=ksr, performer=r.orgs["hosp"], occ="2027-01-12",
                  reason_refs=[ichs], enc=e4, priority="routine", category=sct("387713003", "Surgical procedure"))
    r.appt("2027-01-11", "Přijetí na kardiochirurgickou kliniku k plánované operaci", who=[ksr], based_on=cabg)
    r.report(vykon("17241", "Echokardiografie transthorakální"), "2026-10-15", cat="CUS", who=kard,
             conclusion="EF LK 55 %, hypokineze spodní stěny, chlopně bez významné vady.")
    r.report(cc(text="Duplexní sonografie karotid"), "2026-10-15", cat="RUS",
             conclusion="Bez hemodynamicky významné stenózy.")
    r.medstat(drug("B01AC06", "acetylsalicylic acid", "Anopyrin 100 mg"), "active", "2026-07-21",
              asserted="2026-10-20")
    r.medstat(drug("C10AA05", "atorvastatin", "Sortis 80 mg"), "active", "2026-07-21", asserted="2026-10-20")
    r.medstat(drug("C07AB07", "bisoprolol", "Concor 5 mg"), "active", "2026-07-21", asserted="2026-10-20",
              reason_refs=[ichs])
    r.medstat(drug("C09AA05", "ramipril", "Tritace 10 mg"), "active", "2010-01-01", reason_refs=[htn],
              asserted="2026-10-20")
    r.medstat(drug("A10BA02", "metformin", "Glucophage 1000 mg"), "active", "2016-02-10", reason_refs=[dm],
              asserted="2026-10-20")
    r.medstat(drug("C01DA14", "isosorbide mononitrate", "Monosan 40 mg"), "active", "2026-08-03",
              asserted="2026-10-20")
    return r


# ---------------------------------------------------------------------------------------------
def cz_mpp_nm(cid):
    r = cz_base(cid, "Horáková", ["Marie"], "female", "1954-05-30", "Strakonice", "545530/1023", "+420 608 330 271",
                "OZPV-545530102")
    ort = r.pract("Malý", "Jan", prefix="MUDr.", qual="ortopedie")
    rhb = r.pract("Pokorná", "Alena", prefix="MUDr.", qual="rehabilitační a fyzikální medicína")
    oa = r.cond(mkn("M17.1", "Jiná primární gonartróza", "Primární gonartróza pravého kolena III. st."),
                "2021-03-01", status="resolved", abate="2026-08-25", who=ort)
    r.cond(mkn("M17.1", "Jiná primární gonartróza", "Gonartróza levého kolena II. st."), "2021-03-01", who=ort)
    r.cond(mkn("I10", "Esenciální (primární) hypertenze"), "2004-01-01", who=ort)
    r.cond(mkn("E66.0", "Obezita z nadměrného přívodu energie"), "2010-01-01", who=ort)
    e1 = r.enc("2026-04-15", "AMB", etype(r, "amb"), who=ort, reason=txt("Bolest pravého kolena"))
    tep = r.sreq(vykon("66413", "Totální endoprotéza kolenního kloubu", (SCT, "609588000", "Total knee replacement")),
                 "2026-04-15", status="completed", intent="order", who=ort, occ="2026-08-25", reason_refs=[oa], enc=e1)
    e2 = r.enc("2026-08-24", "IMP", etype(r, "hosp"), who=ort, end="2026-08-31T10:00:00+02:00", prio="EL",
               admit="outp", disch="home", reason=txt("Plánovaná TEP pravého kolena"))
    r.proc(vykon("66413", "Totální endoprotéza kolenního kloubu", (SCT, "609588000", "Total knee replacement")),
           "2026-08-25", who=ort, enc=e2, reason_refs=[oa], based_on=tep,
           body=txt("pravé koleno"),
           outcome=txt("Bez komplikací"))
    r.cond(mkn("Z96.6", "Přítomnost ortopedických kloubních implantátů", "Stav po TEP pravého kolena 8/2026"),
           "2026-08-25", who=ort)
    hb(r, 108, "2026-08-26", e2, female=True)
    r.medadmin(drug("B01AB05", "enoxaparin", "Clexane 0,4 ml"), "2026-08-25", enc=e2,
               dose=q(40, "mg"), route=sct("34206005", "Subcutaneous route"))
    r.note("2026-08-31", "discharge", "Propouštěcí zpráva - ortopedická klinika",
           "Dne 25.8.2026 provedena TEP pravého kolena. Pooperační průběh bez komplikací, pooperační anémie Hb 108 "
           "bez nutnosti transfuze. Vertikalizace 1. den, chůze o 2 FH.\n"
           "Doporučení: Clexane 0,4 ml s.c. 5 týdnů, ambulantní rehabilitace, kontrola za 6 týdnů.",
           author=ort, enc=e2)
    r.medreq(drug("B01AB05", "enoxaparin", "Clexane 0,4 ml"), "2026-08-31", "0,4 ml s.c. 1x denně 5 týdnů",
             status="completed", who=ort, enc=e2, course="acute", category="discharge")
    r.enc("2026-09-07", "AMB", etype(r, "rhb"), who=rhb, end="2026-10-09T11:00:00+02:00",
          reason=txt("Ambulantní rehabilitace po TEP"))
    e4 = r.enc("2026-10-12", "AMB", etype(r, "kontrola"), who=ort, reason=txt("Kontrola 6 týdnů po TEP"))
    hb(r, 128, "2026-10-12", e4, female=True)
    r.report(cc(text="RTG pravého kolena ve dvou projekcích"), "2026-10-12", cat="RAD", enc=e4,
             conclusion="TEP pravého kolena v dobrém postavení, bez známek uvolnění.")
    r.obs(cc(r.loc("ROM-KOLENO", "Rozsah pohybu kolene (flexe)"), text="Knee flexion range"), "2026-10-12",
          q(110, "deg", "°"), cat="exam", enc=e4)
    r.note("2026-10-12", "progress", "Ortopedická ambulance - kontrola",
           "6 týdnů po TEP pravého kolena. Rána zhojená, kloub klidný, flexe 110°, plná extenze. Chodí bez opory. "
           "Spokojená.\nDoporučení: kontrola s RTG za rok.", author=ort, enc=e4)
    r.sreq(cc(text="RTG pravého kolena - roční kontrola"), "2026-10-12", status="active", who=ort, occ="2027-08-30",
           enc=e4)
    r.medstat(drug("C08CA01", "amlodipine", "Agen 5 mg"), "active", "2012-01-01", asserted="2026-10-12")
    r.medstat(drug("N02BE01", "paracetamol", "Paralen 500 mg"), "active", "2026-08-31", dosage="dle potřeby",
              asserted="2026-10-12")
    return r


# ---------------------------------------------------------------------------------------------
def cz_up_p(cid):
    r = cz_base(cid, "Černý", ["Karel"], "male", "1947-01-15", "Jindřichův Hradec", "470115/034", "+420 384 221 907",
                "OZPV-470115034")
    gas = r.pract("Šimek", "Pavel", prefix="MUDr.", qual="gastroenterologie")
    onk = r.pract("Jelínková", "Hana", prefix="MUDr.", qual="klinická onkologie")
    pal = r.pract("Růžička", "Tomáš", prefix="MUDr.", qual="paliativní medicína")
    ca = r.cond(mkn("C25.0", "Zhoubný novotvar hlavy slinivky břišní",
                    "Adenokarcinom hlavy pankreatu, lokálně pokročilý, neresekabilní (obrůstání AMS >180°)"),
                "2026-09-24", who=onk, stage=txt("cT4 cN1 M0, st. III"))
    ikt = r.cond(mkn("K83.1", "Obstrukce žlučovodu", "Obstrukční ikterus"), "2026-09-18", status="resolved",
                 abate="2026-10-05", who=gas)
    r.cond(mkn("I10", "Esenciální (primární) hypertenze"), "2001-01-01", who=gas)
    dm = r.cond(mkn("E11.9", "Diabetes mellitus 2. typu bez komplikací", "Diabetes mellitus - nově zjištěný 2026"),
                "2026-06-10", who=gas)
    e1 = r.enc("2026-09-18", "IMP", etype(r, "hosp"), who=gas, end="2026-09-27T11:00:00+02:00", prio="UR",
               admit="emd", disch="home", reason=txt("Nebolestivý ikterus, hubnutí"))
    r.labs("2026-09-18", [("bili_umol", 186), ("alt_ukat", 3.4), ("alb_gl", 31), ("hb_gl", 128, dict(lo=135, hi=175)),
                          ("glu_mmol", 11.2), ("creat_umol", 98)], enc=e1, report="Vstupní biochemie")
    r.lab("ca_mmol", 2.3, "2026-09-18", enc=e1)
    r.obs(loinc("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"), "2026-09-19", q(1840, "U/mL"),
          enc=e1, interp="H", rng={"high": q(37, "U/mL")})
    r.report(cc(text="CT břicha s kontrastem - pankreatický protokol"), "2026-09-19", cat="CT", enc=e1,
             conclusion="Hypodenzní tumor hlavy pankreatu 42 mm, obrůstá AMS v rozsahu >180° a VMS, dilatace "
                        "žlučových cest. Regionální lymfadenopatie. Bez jaterních metastáz.")
    r.proc(vykon("15445", "ERCP se zavedením biliárního stentu"), "2026-09-22", who=gas, enc=e1,
           reason_refs=[ikt], outcome=txt("Zaveden metalický stent, dobrá drenáž"))
    r.proc(vykon("15460", "Endosonografie s punkcí (EUS-FNA)"), "2026-09-22", who=gas, enc=e1, reason_refs=[ca])
    r.report(cc(text="Cytologie EUS-FNA"), "2026-09-24", cat="PAT", enc=e1,
             conclusion="Adenokarcinom duktálního typu.")
    e2 = r.enc("2026-10-07", "AMB", etype(r, "komise"), who=[onk, gas], reason=txt("Multioborová onkologická komise"))
    r.score(loinc("89247-1", "ECOG Performance Status score"), "2026-10-07", 3, enc=e2)
    r.lab("bili_umol", 42, "2026-10-05", enc=e2)
    r.note("2026-10-07", "consult", "Záznam multioborové onkologické komise",
           "Pacient 79 let, lokálně pokročilý neresekabilní adenokarcinom hlavy pankreatu, st. III. "
           "Stav po biliárním stentu, ikterus ustupuje.\n"
           "Celkový stav: ECOG 3, úbytek hmotnosti 12 kg za 4 měsíce, křehkost.\n"
           "Závěr komise: Pacient není vzhledem k celkovému stavu indikován k chirurgické léčbě, chemoterapii ani "
           "radioterapii. Další možnosti protinádorové léčby nejsou. Doporučena nejlepší podpůrná péče (BSC) a "
           "předání do péče mobilního hospice.", author=onk, enc=e2)
    e3 = r.enc("2026-11-16", "HH", etype(r, "kontrola"), who=pal, reason=txt("Návštěva paliativního týmu"))
    r.vitals("2026-11-16", e3, bp=(112, 68), hr=88, wt=61.0)
    r.note("2026-11-16", "progress", "Mobilní hospic - návštěva lékaře",
           "Pacient v péči mobilního hospice od 12.10.2026 (bez protinádorové léčby dle závěru komise). "
           "Bolest pod kontrolou na fentanylové náplasti. Nechutenství, slábne. Rodina pečuje doma, "
           "pacient si nepřeje KPR ani další hospitalizace.", author=pal, enc=e3)
    r.medreq(drug("N02AB03", "fentanyl", "Durogesic 25 µg/h"), "2026-10-12", "1 náplast á 72 h", who=pal,
             reason_refs=[ca])
    r.medreq(drug("A09AA02", "pancreatin", "Kreon 25 000"), "2026-10-12", "1 cps ke každému jídlu", who=pal)
    r.medstat(drug("A10BA02", "metformin", "Metformin 500 mg"), "active", "2026-06-15", reason_refs=[dm],
              asserted="2026-10-12")
    return r


# ---------------------------------------------------------------------------------------------
def cz_hit_nm(cid):
    r = cz_base(cid, "Pospíšil", ["Zdeněk"], "male", "1950-07-08", "Prachatice", "500708/412", "+420 388 315 642",
                "OZPV-500708412")
    inter = r.pract("Vávra", "Michal", prefix="MUDr.", qual="vnitřní lékařství")
    nef = r.pract("Holubová", "Ivana", prefix="MUDr.", qual="nefrologie")
    htn = r.cond(mkn("I10", "Esenciální (primární) hypertenze"), "2005-01-01", who=inter)
    r.cond(mkn("M15.0", "Primární generalizovaná (osteo)artróza"), "2014-01-01", who=inter)
    creat(r, 98, "2026-04-14")
    e1 = r.enc("2026-10-02", "IMP", etype(r, "hosp"), who=[inter, nef], end="2026-10-09T10:00:00+02:00", prio="EM",
               admit="emd", disch="home", reason=txt("Zvracení, průjmy 4 dny, slabost, oligurie"))
    r.vitals("2026-10-02", e1, bp=(96, 58), hr=108, temp=37.6, wt=78.0)
    aki = r.cond(mkn("N17.9", "Akutní selhání ledvin NS", "Akutní renální selhání prerenální etiologie (KDIGO 3)"),
                 "2026-10-02", status="resolved", abate="2026-10-20", who=nef, enc=e1)
    r.cond(mkn("A08.4", "Virová střevní infekce NS"), "2026-09-28", status="resolved", abate="2026-10-06",
           cat="encounter-diagnosis", enc=e1, who=inter)
    r.cond(mkn("E86", "Deplece objemu", "Dehydratace"), "2026-10-02", status="resolved", abate="2026-10-05",
           cat="encounter-diagnosis", enc=e1, who=inter)
    creat(r, 412, "2026-10-02", e1)
    r.labs("2026-10-02", [("urea", 28.4), ("k", 5.9), ("na", 131), ("hco3", 17), ("hb_gl", 152, dict(lo=135, hi=175))],
           enc=e1, report="Vstupní laboratoř")
    r.note("2026-10-02", "consult", "Nefrologické konzilium",
           "AKI KDIGO 3 (kreatinin 412 µmol/l, vstupně 98 v dubnu 2026) prerenální etiologie při dehydrataci "
           "(gastroenteritida), současně užívání ibuprofenu a ramiprilu. Diuréza obnovena po hydrataci, "
           "K 5,9 bez EKG změn.\nZávěr: Indikace k akutní hemodialýze v tuto chvíli není. Pokračovat v i.v. "
           "hydrataci, vysadit ramipril a ibuprofen, korekce hyperkalémie, bilance tekutin. Zhodnotit za 48 h.",
           author=nef, enc=e1)
    r.medadmin(cc(text="Ringerfundin infuzní roztok"), "2026-10-02", end="2026-10-05", enc=e1,
               dose=q(2000, "mL"), route=sct("47625008", "Intravenous route"))
    creat(r, 336, "2026-10-03", e1)
    creat(r, 214, "2026-10-05", e1)
    r.lab("k", 4.6, "2026-10-05", enc=e1)
    creat(r, 138, "2026-10-08", e1)
    r.note("2026-10-09", "discharge", "Propouštěcí zpráva - interní klinika",
           "Hospitalizace 2.-9.10.2026 pro akutní renální selhání prerenální etiologie při dehydrataci.\n"
           "Po rehydrataci a vysazení nefrotoxických léků úprava renálních funkcí (kreatinin 412 -> 138 µmol/l). "
           "Dialýza nebyla nutná.\nDoporučení: NSAID trvale nepodávat, ramipril zatím vysazen, amlodipin 5 mg. "
           "Kontrola renálních funkcí za 10 dní.", author=inter, enc=e1)
    r.medstat(drug("C09AA05", "ramipril", "Tritace 5 mg"), "stopped", "2010-01-01", end="2026-10-02",
              reason_refs=[htn], note="Vysazen pro AKI")
    r.medstat(drug("M01AE01", "ibuprofen", "Ibalgin 400 mg"), "stopped", "2020-01-01", end="2026-10-02",
              note="Trvale kontraindikován")
    r.medreq(drug("C08CA01", "amlodipine", "Agen 5 mg"), "2026-10-09", "1-0-0", who=inter, enc=e1,
             reason_refs=[htn], category="discharge")
    e2 = r.enc("2026-10-20", "AMB", etype(r, "kontrola"), who=nef, reason=txt("Kontrola po AKI"))
    creat(r, 104, "2026-10-20", e2)
    r.lab("egfr", 62, "2026-10-20", enc=e2)
    r.lab("k", 4.4, "2026-10-20", enc=e2)
    r.vitals("2026-10-20", e2, bp=(138, 82), hr=74, wt=80.0)
    r.note("2026-10-20", "progress", "Nefrologická ambulance", "Renální funkce upraveny na výchozí hodnoty. "
           "Bez nutnosti nefrologického sledování. Ramipril možno znovu nasadit za 4 týdny u praktického lékaře.",
           author=nef, enc=e2)
    return r


# ---------------------------------------------------------------------------------------------
def cz_prc_p(cid):
    r = cz_base(cid, "Veselá", ["Petra"], "female", "1980-12-03", "Český Krumlov", "806203/2247", "+420 731 604 558",
                "OZPV-806203224")
    neu = r.pract("Štěpánek", "Roman", prefix="MUDr.", qual="neurologie")
    nch = r.pract("Kopecký", "Aleš", prefix="MUDr.", qual="neurochirurgie")
    disc = r.cond(mkn("M51.1", "Poruchy meziobratlové ploténky bederní a jiné s radikulopatií",
                      "Hernie disku L5/S1 vlevo s radikulopatií S1"), "2026-05-20", who=neu)
    thy = r.cond(mkn("E06.3", "Autoimunní tyreoiditida"), "2015-01-01", who=neu)
    e1 = r.enc("2026-05-20", "AMB", etype(r, "amb"), who=neu, reason=txt("Bolest v kříži s propagací do LDK"))
    r.score(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "VAS bolesti"),
            "2026-05-20", 7, enc=e1)
    e2 = r.enc("2026-06-03", "AMB", etype(r, "rdg"))
    r.report(cc(text="MR bederní páteře"), "2026-06-03", cat="NMR", enc=e2,
             conclusion="Paracentrální extruze disku L5/S1 vlevo utlačující kořen S1 vlevo. Ostatní etáže bez "
                        "komprese.")
    e3 = r.enc("2026-07-01", "AMB", etype(r, "konz"), who=nch, reason=txt("Neurochirurgické konzilium"))
    r.note("2026-07-01", "consult", "Neurochirurgické konzilium",
           "Radikulopatie S1 vlevo, bez motorického deficitu, bez poruchy sfinkterů. Operace není indikována, "
           "doporučen konzervativní postup a rehabilitace.", author=nch, enc=e3)
    r.enc("2026-07-08", "AMB", etype(r, "rhb"), end="2026-09-16T11:00:00+02:00", reason=txt("Rehabilitace"))
    e5 = r.enc("2026-10-14", "AMB", etype(r, "kontrola"), who=neu, reason=txt("Kontrola"))
    r.score(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported", "VAS bolesti"),
            "2026-10-14", 6, enc=e5)
    r.obs(cc(r.loc("NEURO-NALEZ", "Neurologický nález"), text="Neurologický nález"), "2026-10-14",
          "Lasègue vlevo 40°, hypestezie S1 vlevo, Achillova šlacha vlevo oslabena, svalová síla zachována.",
          cat="exam", enc=e5)
    r.note("2026-10-14", "progress", "Neurologická ambulance - kontrola",
           "Pacientka 46 let, 5 měsíců radikulární bolest S1 vlevo, rehabilitace bez výraznějšího efektu. "
           "Nadále nemůže pracovat (prodavačka).\nObjektivně beze změny, bez motorického deficitu.\n"
           "Doporučení: pokračovat v konzervativní léčbě, pregabalin navýšit, kontrola za 2 měsíce.\n"
           "Pacientka s postupem nesouhlasí, sepsala vlastní žádost - viz záznam.", author=neu, enc=e5)
    r.flag(cc(r.loc("ZADOST-2N", "Žádost pacienta o druhý názor"),
              text="Pacientka žádá o druhý názor na jiném neurochirurgickém pracovišti - nesouhlasí s dalším "
                   "pouze konzervativním postupem, má pocit, že její potíže nejsou brány vážně."),
           "2026-10-14", r.pt, category=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin",
                                            "Administrative")), enc=e5)
    r.medreq(drug("N03AX16", "pregabalin", "Lyrica 150 mg"), "2026-10-14", "1-0-1", who=neu, enc=e5,
             reason_refs=[disc])
    r.medstat(drug("M01AE01", "ibuprofen", "Ibalgin 400 mg"), "active", "2026-05-20", dosage="dle potřeby",
              asserted="2026-10-14")
    r.medstat(drug("H03AA01", "levothyroxine", "Euthyrox 75 µg"), "active", "2015-02-01", reason_refs=[thy],
              asserted="2026-10-14")
    r.lab("tsh", 2.3, "2026-09-30")
    return r


# ---------------------------------------------------------------------------------------------
def cz_wdt_p(cid):
    r = cz_base(cid, "Kučera", ["Miroslav"], "male", "1962-04-25", "Třeboň", "620425/3318", "+420 721 883 140",
                "OZPV-620425331")
    dia = r.pract("Sedláčková", "Martina", prefix="MUDr.", qual="diabetologie")
    dm = r.cond(mkn("E11.9", "Diabetes mellitus 2. typu bez komplikací"), "2019-03-11", who=dia)
    htn = r.cond(mkn("I10", "Esenciální (primární) hypertenze"), "2014-01-01", who=dia)
    r.cond(mkn("E78.0", "Čistá hypercholesterolemie"), "2019-03-11", who=dia)
    r.medstat(drug("A10BA02", "metformin", "Glucophage XR 1000 mg"), "active", "2019-03-15", reason_refs=[dm],
              dosage="1000 mg 2x denně", asserted="2026-11-17",
              note="Výdeje v lékárně pravidelné (eRecept), adherence dobrá.")
    r.medstat(drug("A10BB09", "gliclazide", "Diaprel MR 60 mg"), "active", "2025-09-08", reason_refs=[dm],
              dosage="60 mg ráno", asserted="2026-11-17")
    dates = [("2026-02-10", 56, 9.6, 95.0), ("2026-05-12", 63, 10.4, 94.5), ("2026-08-18", 70, 11.5, 95.0),
             ("2026-11-17", 78, 12.6, 94.0)]
    encs = []
    for d, a1c, glu, wt in dates:
        e = r.enc(d, "AMB", etype(r, "kontrola"), who=dia, reason=txt("Diabetologická kontrola"))
        encs.append(e)
        r.lab("hba1c_ifcc", a1c, d, enc=e)
        r.lab("glu_mmol", glu, d, enc=e)
        r.vitals(d, e, bp=(134, 82), wt=wt)
    r.medreq(drug("A10BK03", "empagliflozin", "Jardiance 10 mg"), "2026-05-12", "10 mg ráno", who=dia, enc=encs[1],
             reason_refs=[dm], course="continuous")
    r.labs("2026-08-18", [("creat_umol", 88), ("egfr", 82), ("ldl_mmol", 2.1, dict(hi=2.6)), ("alt_ukat", 0.55)],
           enc=encs[2])
    r.obs(cc(r.loc("ANTI-GAD", "Protilátky proti GAD65"), text="anti-GAD65"), "2026-08-18", q(1.2, "[IU]/mL", "IU/mL"),
          enc=encs[2], interp="N", rng={"high": q(5, "[IU]/mL", "IU/mL")})
    r.obs(loinc("1986-9", "C peptide [Mass/volume] in Serum or Plasma"), "2026-08-18", q(2.8, "ng/mL"),
          enc=encs[2], interp="N", rng={"low": q(0.8, "ng/mL"), "high": q(3.5, "ng/mL")})
    r.note("2026-11-17", "progress", "Diabetologická ambulance - kontrola",
           "DM 2. typu od 2019 na metforminu, od 9/2025 gliklazid, od 5/2026 empagliflozin. Adherence dobrá "
           "(kontrola výdejů eReceptů, glukometr - pravidelné selfmonitoring). Dieta dle pacienta dodržována, "
           "hmotnost stabilní.\nHbA1c: 56 (2/2026) -> 63 (5/2026) -> 70 (8/2026) -> 78 mmol/mol (11/2026).\n"
           "Anti-GAD negativní, C-peptid v normě.\n"
           "Závěr: Progrese DM 2. typu navzdory kombinované terapii.\n"
           "Plán: zahájení bazálního inzulinu, edukace v prosinci.", author=dia, enc=encs[3])
    r.medstat(drug("C09AA05", "ramipril", "Tritace 5 mg"), "active", "2014-01-10", reason_refs=[htn],
              asserted="2026-11-17")
    r.medstat(drug("C10AA07", "rosuvastatin", "Crestor 10 mg"), "active", "2019-04-01", asserted="2026-11-17")
    return r


# ---------------------------------------------------------------------------------------------
def cz_roc_p(cid):
    r = cz_base(cid, "Němcová", ["Klára"], "female", "1997-03-14", "České Budějovice", "975314/0628",
                "+420 739 215 077", "OZPV-975314062")
    hep = r.pract("Zeman", "Filip", prefix="MUDr.", qual="hepatologie")
    neu = r.pract("Vlčková", "Barbora", prefix="MUDr.", qual="neurologie")
    wd = r.cond(cc((ICD10, "E83.0", "Poruchy metabolismu mědi"), (SCT, "88518009", "Wilson's disease"),
                   text="Wilsonova choroba (hepatolentikulární degenerace) - jaterní forma"),
                "2019-06-20", who=hep, note="Homozygot ATP7B p.His1069Gln. ORPHA:905.")
    r.cond(mkn("K74.0", "Jaterní fibróza", "Jaterní fibróza F2 při Wilsonově chorobě"), "2019-06-20", who=hep)
    r.lab("cerulo_gl", 0.08, "2019-06-10")
    gen = r.obs(loinc("69548-6", "Genetic variant assessment"), "2019-07-02", cc((LOINC, "LA9633-4", "Present")),
                comps=[{"code": loinc("48018-6", "Gene studied [ID]"), "valueCodeableConcept": txt("ATP7B")},
                       {"code": loinc("48004-6", "DNA change (c.HGVS)"), "valueCodeableConcept": txt("c.3207C>A")},
                       {"code": loinc("53034-5", "Allelic state"),
                        "valueCodeableConcept": cc((LOINC, "LA6705-3", "Homozygous"))}])
    r.report(cc(text="Molekulárně genetické vyšetření genu ATP7B"), "2019-07-02", [gen], cat="GE",
             conclusion="Homozygotní patogenní varianta c.3207C>A (p.His1069Gln) v genu ATP7B - potvrzuje "
                        "Wilsonovu chorobu.")
    pen = r.medstat(drug("M01CC01", "penicillamine", "Metalcaptase 300 mg"), "active", "2019-07-10",
                    reason_refs=[wd], dosage="300 mg 3x denně nalačno", asserted="2026-11-09")
    r.medstat(drug("A11HA02", "pyridoxine", "Pyridoxin 20 mg"), "active", "2019-07-10", asserted="2026-11-09")
    e1 = r.enc("2026-05-11", "AMB", etype(r, "kontrola"), who=hep, reason=txt("Pravidelná kontrola - Wilsonova choroba"))
    r.labs("2026-05-11", [("alt_ukat", 0.52, dict(lo=0.1, hi=0.55)), ("ast_ukat", 0.48, dict(lo=0.1, hi=0.53)),
                          ("bili_umol", 11), ("alb_gl", 43), ("inr", 1.0), ("hb_gl", 131, dict(lo=120, hi=160)),
                          ("plt_si", 212)], enc=e1, report="Jaterní soubor, KO, koagulace")
    r.obs(cc(r.loc("CU-MOC-24H", "Měď v moči za 24 hodin"), text="24h urinary copper"), "2026-05-11",
          q(3.1, "umol/d", "µmol/24 h"), enc=e1, interp="N", note="Na léčbě - cílové rozmezí 3-8 µmol/24 h.")
    e2 = r.enc("2026-06-02", "AMB", etype(r, "konz"), who=neu, reason=txt("Neurologická kontrola"))
    r.note("2026-06-02", "consult", "Neurologické vyšetření", "Bez tremoru, bez dystonie, řeč a písmo normální. "
           "Neurologický nález v normě.", author=neu, enc=e2)
    e3 = r.enc("2026-11-09", "AMB", etype(r, "kontrola"), who=hep, reason=txt("Pravidelná kontrola - Wilsonova choroba"))
    r.labs("2026-11-09", [("alt_ukat", 0.49, dict(lo=0.1, hi=0.55)), ("bili_umol", 10), ("hb_gl", 133, dict(lo=120, hi=160)),
                          ("plt_si", 205), ("creat_umol", 61, dict(lo=44, hi=80))], enc=e3)
    r.obs(cc(r.loc("FIBROSCAN", "Tranzientní elastografie jater (LSM)"), text="Liver stiffness (FibroScan)"),
          "2026-11-09", q(6.8, "kPa"), cat="imaging", enc=e3)
    r.obs(cc(r.loc("UA", "Urinalýza - bílkovina"), text="Proteinurie (papírek)"), "2026-11-09",
          cc(r.loc("NEG", "negativní")), enc=e3, interp="NEG")
    r.note("2026-11-09", "progress", "Hepatologická ambulance - centrum pro Wilsonovu chorobu",
           "Pacientka 29 let s Wilsonovou chorobou (dg. 2019, homozygot H1069Q), jaterní forma s fibrózou F2. "
           "Na D-penicilaminu stabilní, jaterní enzymy v normě, měď v moči v cílovém rozmezí, bez proteinurie. "
           "Kayser-Fleischerův prstenec na oční kontrole 2026 nepřítomen.\nPlánuje těhotenství - probrána "
           "nutnost pokračování chelatační léčby, konzultace v centru pro rizikové těhotenství.\nKontrola za 6 měsíců.",
           author=hep, enc=e3)
    r.family_history("BRO", "brother", cc(text="Heterozygotní nosič ATP7B - bez onemocnění"), "2019-08-01")
    return r


CASES = [
    dict(key="cz-psnw-p", org="CZ", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], build=cz_psnw_p,
         why="Palpitations and chest tightness recorded on five dates over 23 weeks; ECGs, Holter, echo, exercise "
             "ergometry and labs all normal, no diagnosis made, the cardiologist discharged him reassured and the "
             "symptoms continue.",
         summary="palpitations and chest tightness for 5 months, every cardiac examination normal, 'no pathology' "
                 "(Czech notes)"),
    dict(key="cz-dsm-p", org="CZ", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"], build=cz_dsm_p,
         why="IBS-D (K58.0) active for 14 months; new nocturnal bloody diarrhoea, 5.5 kg weight loss, "
             "calprotectin 620, CRP 24 and low albumin cannot be explained by IBS, yet are labelled an IBS flare.",
         summary="K58.0 irritable bowel kept despite nocturnal bloody diarrhoea, weight loss, calprotectin 620"),
    dict(key="cz-dsm-nm", org="CZ", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
         expected=[], build=cz_dsm_nm,
         why="The catch-all 'viral infection, unspecified' (B34.9) lasted one week before serology confirmed EBV "
             "mononucleosis; both are resolved and the symptoms have gone.",
         summary="B34.9 viral infection replaced after a week by confirmed EBV mononucleosis; fully recovered"),
    dict(key="cz-mpp-p", org="CZ", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"], build=cz_mpp_p,
         why="Heart-team decision for three-vessel coronary artery bypass grafting with an active order for "
             "2027-01-12; not yet performed.",
         summary="left-main + three-vessel disease, CABG ordered for January 2027 (local procedure code)"),
    dict(key="cz-mpp-nm", org="CZ", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss",
         expected=[], build=cz_mpp_nm,
         why="The total knee replacement was already performed in August 2026 (order completed) and she has "
             "recovered; only a routine X-ray is planned.",
         summary="total knee replacement already done 2026-08-25, order completed, good recovery"),
    dict(key="cz-up-p", org="CZ", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"], build=cz_up_p,
         why="Unresectable pancreatic cancer; the oncology MDT note states there are no anticancer options (best "
             "supportive care) and mobile hospice care follows; the signal is only in notes; no second opinion.",
         summary="unresectable pancreatic head cancer in a frail 79-year-old; MDT note: no anticancer options, "
                 "hospice (signal only in notes)"),
    dict(key="cz-hit-nm", org="CZ", target="HIGH_IMPACT_TREATMENT", kind="near-miss",
         expected=[], build=cz_hit_nm,
         why="Prerenal AKI (KDIGO 3): nephrology judged haemodialysis not indicated, kidney function recovered "
             "with fluids and stopping NSAID/ACE inhibitor; no dialysis planned or started.",
         summary="severe prerenal AKI, dialysis considered but not indicated, full renal recovery"),
    dict(key="cz-prc-p", org="CZ", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"], build=cz_prc_p,
         why="A Flag authored by the patient records her request for a second opinion at another neurosurgical "
             "centre because she feels her problem is not taken seriously.",
         summary="lumbar disc herniation managed conservatively; patient-authored Flag requesting a second opinion"),
    dict(key="cz-wdt-p", org="CZ", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"], build=cz_wdt_p,
         why="HbA1c rose 56 -> 63 -> 70 -> 78 mmol/mol over nine months while metformin and gliclazide "
             "(plus empagliflozin from May) were taken with documented adherence; +22 mmol/mol far exceeds the MCID.",
         summary="type 2 diabetes, HbA1c 56 -> 78 mmol/mol over 9 months on adherent triple oral therapy"),
    dict(key="cz-roc-p", org="CZ", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"], build=cz_roc_p,
         why="Genetically confirmed Wilson disease (ORPHA:905), an Orphanet rare disease, active and on "
             "chelation.",
         summary="Wilson disease (E83.0 + SNOMED) on penicillamine, stable, planning pregnancy"),
]
