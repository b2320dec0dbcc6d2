"""Cases from the Finnish central hospital (Järvilaakson keskussairaala): ICD-10 Finnish edition, NCSP-F,
ATC medicines, Finnish/Swedish notes, patient messages through the national Omaolo portal."""
from fhirkit import cc, tx, fi_ident, qty

PSN, DSM, MPP, UNT = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH",
                      "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS")
HIT, PRC, WDT, RARE = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                       "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")


def dx(code, display, text=None):
    return cc(("icd10fi", code, display), text=text or display)


def atc(code, name, text):
    return cc(("atc", code, name), text=text)


def fi_base(c, fam, given, gender, birth, num, pracs, line, postal="60100", marital=None, lang="fi"):
    c.main_org()
    county = c.organization("Järvilaakson hyvinvointialue", kind="govt", alias=["Järvilaxens välfärdsområde"])
    pr = {}
    for key, pf, pg, qual in pracs:
        pr[key] = c.practitioner(key, pf, pg, qual=qual)
    c.patient(fam, given, gender, birth, ident=fi_ident(birth, num), line=line, postal=postal, marital=marital,
              lang=lang, gp=pr[pracs[0][0]])
    c.coverage(county, "Julkinen terveydenhuolto (hyvinvointialue)", start="2023-01-01")
    return pr, county


def hc(c, county):
    """primary care health station of the wellbeing services county"""
    return c.organization("Järvilaakson hyvinvointialue, Keskustan terveysasema", kind="prov", part_of=county)


OMAOLO = cc(("https://fhir.jarvilaakso.example/CodeSystem/viestikanava", "omaolo", "Omaolo-palvelun viesti"),
            text="Omaolo (kansallinen sähköinen asiointipalvelu)")


# ------------------------------------------------------------------------------------------
def fi_psa(c):
    pr, county = fi_base(c, "Heikkilä", "Markku", "male", "1963-03-14", 912,
                         [("gp", "Koivisto", "Anna-Liisa", "Yleislääketieteen erikoislääkäri"),
                          ("surg", "Laaksonen", "Juha", "Gastroenterologisen kirurgian erikoislääkäri"),
                          ("rn", "Aaltonen", "Helena", "Sairaanhoitaja")],
                         "Koivukuja 3 A 5", "60320", marital="M")
    htn = c.condition(dx("I10", "Essentiaalinen verenpainetauti"), onset="2015-03-02", who=pr["gp"])
    c.condition(dx("E78.0", "Puhdas hyperkolesterolemia"), onset="2018-09-11", who=pr["gp"])
    hern = c.condition(dx("K40.9", "Toispuolinen nivustyrä ilman ahtautta tai kuoliota"), onset="2026-01-15",
                       clin="resolved", abate="2026-05-27", who=pr["surg"], recorded="2026-04-22")
    c.medstmt(atc("C09AA05", "ramipril", "Ramipril 5 mg tabl."), "active", start="2015-03-02",
              dosage="1 tabl. aamuisin", reason_ref=[htn])
    c.medstmt(atc("C10AA05", "atorvastatin", "Atorvastatiini 20 mg tabl."), "active", start="2018-09-11",
              dosage="1 tabl. illalla")
    old_psa = c.lab("psa", "2023-09-12", 3.1, high=4.0, text="P -PSA",
                    note="Työterveyshuollon määräaikaistarkastus.")
    e1 = c.encounter("2026-04-22", "Kirurgian poliklinikka, ensikäynti", reason=dx("K40.9", "Toispuolinen nivustyrä ilman ahtautta tai kuoliota"),
                     who=pr["surg"], time="10:30", length_min=30, admit=None)
    c.bp("2026-04-22", 142, 88, enc=e1)
    c.vital("weight", "2026-04-22", 86.4, enc=e1)
    c.note("2026-04-22", "consult", "Kirurgian poliklinikka – nivustyrä",
           "Tulosyy: oikean nivusen pullistuma n. 3 kk.\n"
           "Esitiedot: verenpainetauti ja hyperkolesterolemia, lääkityksenä ramipriili ja atorvastatiini. "
           "Kertoo lisäksi käyvänsä yöllä virtsalla 2–3 kertaa ja virtsasuihkun heikentyneen viimeisen vuoden aikana.\n"
           "Status: oikealla reponoituva epäsuora nivustyrä, vasen puoli siisti.\n"
           "Arvio ja suunnitelma: elektiivinen nivustyrän korjaus päiväkirurgisesti. Leikkausta edeltävät laboratoriot "
           "otetaan, virtsaoireiden vuoksi mukaan myös P -PSA.", pr["surg"], enc=e1)
    labs = [c.lab("hb", "2026-05-06", 148, 134, 167, text="B -Hb"),
            c.lab("crea", "2026-05-06", 88, 60, 100, text="P -Krea"),
            c.lab("k", "2026-05-06", 4.1, 3.3, 4.9, text="P -K"),
            c.lab("na", "2026-05-06", 140, 137, 145, text="P -Na"),
            c.lab("psa", "2026-05-06", 9.6, high=4.0, text="P -PSA")]
    c.report(cc(("https://fhir.jarvilaakso.example/CodeSystem/labra", "PREOP", "Leikkausta edeltävät laboratoriotutkimukset"),
                text="Leikkausta edeltävät laboratoriotutkimukset"), "2026-05-06", labs + [old_psa],
             conclusion="P -PSA 9,6 µg/l (viitearvo < 4,0); edellinen 3,1 µg/l (2023).", who=pr["surg"])
    e2 = c.encounter("2026-05-27", "Päiväkirurginen toimenpide", reason=dx("K40.9", "Toispuolinen nivustyrä ilman ahtautta tai kuoliota"),
                     who=pr["surg"], time="08:00", end="2026-05-27", end_time="15:30", cls="SS")
    c.procedure(cc(("ncsp", "JAB10", "Nivustyrän korjaus"), text="Oikean nivustyrän korjaus verkolla (Lichtenstein)"),
                "completed", date=c.dt("2026-05-27", "09:10"), reason_ref=[hern], who=pr["surg"], enc=e2,
                outcome="Toimenpide sujui ongelmitta.")
    c.note("2026-05-27", "procedure", "Leikkauskertomus",
           "Toimenpide: oikean nivustyrän korjaus Lichtensteinin menetelmällä, spinaalipuudutus.\n"
           "Löydös: epäsuora tyrä, tyräpussi reponoitu, polypropeeniverkko kiinnitetty.\n"
           "Vuoto vähäinen. Potilas kotiutuu samana päivänä. Haavan tarkistus omalla terveysasemalla tarvittaessa.",
           pr["surg"], enc=e2)
    e3 = c.encounter("2026-07-08", "Puhelinkontakti, leikkauksen jälkeinen", cls="VR", who=pr["rn"], time="13:15", length_min=10)
    c.note("2026-07-08", "telephone", "Leikkauksen jälkeinen puhelu",
           "Soitto potilaalle. Haava parantunut hyvin, ei kipuja eikä turvotusta. Palannut töihin. "
           "Ei jatkokontrollia kirurgian poliklinikalle. Potilas kiittää.", pr["rn"], enc=e3)
    e4 = c.encounter("2026-09-30", "Sairaanhoitajan vastaanotto, verenpaineseuranta", who=pr["rn"], time="09:40",
                     provider=hc(c, county), reason=dx("I10", "Essentiaalinen verenpainetauti"))
    c.bp("2026-09-30", 138, 86, enc=e4)
    c.vital("weight", "2026-09-30", 85.9, enc=e4)
    c.note("2026-09-30", "nurse", "Verenpaineseuranta",
           "Kotimittausten keskiarvo 136/85. Lääkitys ennallaan (ramipriili 5 mg, atorvastatiini 20 mg). "
           "Liikunta lisääntynyt leikkauksesta toipumisen jälkeen. Seuraava kontrolli vuoden kuluttua.",
           pr["rn"], enc=e4)


def fi_coeliac(c):
    pr, county = fi_base(c, "Lehtonen", "Aino", "female", "1997-08-02", 934,
                         [("int", "Virta", "Laura", "Sisätautien erikoislääkäri"),
                          ("gi", "Heinonen", "Mikko", "Gastroenterologian erikoislääkäri"),
                          ("diet", "Lindroos", "Sanna", "Laillistettu ravitsemusterapeutti")],
                         "Rantatie 14 B 9", "60150", marital="S")
    c.condition(dx("J30.1", "Siitepölyn aiheuttama allerginen nuha"), onset="2010-05-01", who=pr["int"])
    c.medstmt(atc("R06AE07", "cetirizine", "Setiritsiini 10 mg tabl."), "active", start="2012-04-01",
              dosage="1 tabl. tarvittaessa siitepölykaudella")
    sym = cc(("loinc", "75325-1", "Symptom"), text="Oire")

    def symptoms(date, enc, txt):
        c.obs(sym, date, enc=enc, cat="exam", concept=cc(("sct", "84229001", "Fatigue"), text="väsymys"), note=txt)
        c.obs(sym, date, enc=enc, cat="exam", concept=cc(("sct", "116289008", "Abdominal bloating"), text="vatsan turvotus"))

    e1 = c.encounter("2026-02-18", "Sisätautien poliklinikka, lähetteellä", who=pr["int"], time="12:00",
                     reason=tx("Väsymys, vatsan turvotus ja löysät ulosteet n. 4 kk"))
    symptoms("2026-02-18", e1, "Jatkunut lokakuusta 2025, ulosteet löysiä 2–3 x/vrk.")
    c.vital("weight", "2026-02-18", 58.2, enc=e1)
    labs1 = [c.lab("hb", "2026-02-18", 124, 117, 155, text="B -Hb"), c.lab("mcv", "2026-02-18", 84, 82, 98, text="E -MCV"),
             c.lab("crp", "2026-02-18", 2, high=10, text="P -CRP"), c.lab("tsh", "2026-02-18", 1.8, 0.5, 3.6, text="P -TSH"),
             c.lab("ferritin", "2026-02-18", 18, 15, 125, text="P -Ferrit"), c.lab("alt", "2026-02-18", 22, 10, 45, text="P -ALAT")]
    c.report(cc(("https://fhir.jarvilaakso.example/CodeSystem/labra", "PERUS", "Peruslaboratoriotutkimukset"), text="Peruslaboratoriot"),
             "2026-02-18", labs1, conclusion="Kaikki viitealueella.", who=pr["int"])
    c.note("2026-02-18", "consult", "Sisätautien poliklinikka – väsymys ja vatsaoireet",
           "Terveysaseman lähete: väsymys, vatsan turvotus ja löysät ulosteet lokakuusta 2025.\n"
           "Ei verta ulosteessa, ei yöllisiä ripuleita. Paino laskenut n. 2 kg.\n"
           "Perusverikokeet normaalit (Hb 124, CRP < 3, TSH 1,8, ferritiini 18).\n"
           "Suunnitelma: kudostransglutaminaasivasta-aineet ja kontrolli 6–8 viikon kuluttua.", pr["int"], enc=e1)
    e2 = c.encounter("2026-04-08", "Sisätautien poliklinikka, kontrolli", who=pr["int"], time="10:20")
    symptoms("2026-04-08", e2, "Oireet ennallaan.")
    ttg1 = c.lab("ttg", "2026-04-01", 86, high=7, text="S -tTGAbA")
    c.note("2026-04-08", "progress", "Sisätautien poliklinikka – kontrolli",
           "Oireet jatkuvat ennallaan. S -tTGAbA 86 U/ml (viite < 7). Keliakia todennäköinen; potilas jatkaa "
           "gluteenipitoista ruokavaliota kunnes ohutsuolibiopsiat on otettu. Lähete gastroskopiaan.", pr["int"], enc=e2)
    e3 = c.encounter("2026-05-06", "Endoskopiayksikkö", who=pr["gi"], time="08:30", length_min=45)
    proc = c.procedure(cc(("https://fhir.jarvilaakso.example/CodeSystem/toimenpide", "GASTRO-BX", "Gastroskopia ja ohutsuolibiopsiat"),
                          text="Gastroskopia ja duodenumbiopsiat"), "completed", date=c.dt("2026-05-06", "08:40"),
                       who=pr["gi"], enc=e3, outcome="Duodenumissa lievää nukkalatistumaa, 6 biopsiaa.")
    path = c.report(cc(("loinc", "11526-1", "Pathology study"), text="PAD, ohutsuolibiopsiat"), "2026-05-13", None,
                    cat="SP", who=pr["gi"], conclusion="Totaali nukkalatistuma, kryptahyperplasia, IEL lisääntyneet: Marsh 3b, sopii keliakiaan.")
    e4 = c.encounter("2026-05-27", "Gastroenterologian poliklinikka", who=pr["gi"], time="11:00")
    symptoms("2026-05-27", e4, "Oireet jatkuvat, odottaa diagnoosia.")
    celiac = c.condition(dx("K90.0", "Keliakia"), onset="2026-05-27", who=pr["gi"], enc=e4, evidence=[path, ttg1])
    c.servicereq(tx("Ravitsemusterapeutin ohjaus, gluteeniton ruokavalio"), "completed", "order", "2026-05-27",
                 reason_ref=[celiac], who=pr["gi"], performer=pr["diet"])
    c.note("2026-05-27", "consult", "Gastroenterologian poliklinikka – keliakia",
           "Biopsialöydös Marsh 3b ja tTGAbA 86: keliakia varmistunut. Oireet (väsymys, turvotus, löysät ulosteet) "
           "selittyvät keliakialla. Aloitetaan gluteeniton ruokavalio, ravitsemusterapeutin ohjaus. "
           "Kela-korvaus keliakiaruokavaliosta: B-lausunto kirjoitettu. Kontrolli n. 6 kk kuluttua.", pr["gi"], enc=e4)
    c.communication(c.dt("2026-06-12", "19:42"), c.pat, [pr["gi"]],
                    "Hei, voiko kaurapuuroa syödä heti vai pitääkö odottaa? Ja saako ravitsemusterapeutin ohjeet myös paperisena?",
                    medium=OMAOLO)
    e5 = c.encounter("2026-10-28", "Gastroenterologian poliklinikka, kontrolli", who=pr["gi"], time="09:00")
    c.vital("weight", "2026-10-28", 60.1, enc=e5)
    c.lab("ttg", "2026-10-21", 19, high=7, text="S -tTGAbA")
    c.lab("hb", "2026-10-21", 132, 117, 155, text="B -Hb")
    c.note("2026-10-28", "progress", "Gastroenterologian poliklinikka – kontrolli",
           "Gluteeniton ruokavalio toteutunut hyvin. Vatsaoireet lähes hävinneet, jaksaminen parempi. Paino +2 kg. "
           "tTGAbA laskenut 86 → 19 U/ml. Seuraava kontrolli vuoden kuluttua terveysasemalla.", pr["gi"], enc=e5)


def fi_ibs(c):
    pr, county = fi_base(c, "Nieminen", "Sari", "female", "1979-01-25", 947,
                         [("gp", "Rinne", "Kaisa", "Yleislääketieteen erikoislääkäri"),
                          ("gi", "Mäkelä", "Ville", "Gastroenterologian erikoislääkäri")],
                         "Kuusitie 7", "60510", marital="M")
    hcs = hc(c, county)
    c.condition(dx("J45.0", "Pääasiassa allerginen astma"), onset="2004-05-01", who=pr["gp"])
    c.medstmt(atc("R03AK07", "formoterol and budesonide", "Budesonidi/formoteroli 160/4,5 mikrog inhalaatiojauhe"), "active",
              start="2019-03-01", dosage="1 inhalaatio 1–2 x/vrk")
    c.lab("calpro", "2024-12-02", 38, high=50, text="F -Calpro")
    e0 = c.encounter("2025-01-21", "Endoskopiayksikkö", who=pr["gi"], time="09:30")
    c.procedure(cc(("ncsp", "UJF32", "Kolonoskopia"), text="Kolonoskopia ja satunnaisbiopsiat"), "completed",
                date=c.dt("2025-01-21", "09:40"), who=pr["gi"], enc=e0,
                outcome="Normaali limakalvo ileumiin asti; biopsiat ilman mikroskooppista koliittia.")
    e1 = c.encounter("2025-02-12", "Gastroenterologian poliklinikka", who=pr["gi"], time="13:00")
    c.vital("weight", "2025-02-12", 68.0, enc=e1)
    ibs = c.condition(dx("K58.0", "Ärtyvän suolen oireyhtymä, johon liittyy ripuli"), onset="2025-02-12", who=pr["gi"], enc=e1)
    c.medstmt(atc("A07DA03", "loperamide", "Loperamidi 2 mg kaps."), "active", start="2025-02-12",
              dosage="1–2 kaps. tarvittaessa, enintään 6 vrk:ssa", reason_ref=[ibs])
    c.medstmt(atc("A06AC01", "ispaghula (psylla seeds)", "Psyllium-kuitu"), "active", start="2025-02-12",
              dosage="1 annospussi x 2", reason_ref=[ibs])
    c.note("2025-02-12", "consult", "Gastroenterologian poliklinikka – ripuli",
           "Kolonoskopia ja biopsiat normaalit, kalprotektiini 38. Ei hälyttäviä oireita. Diagnoosi ärtyvän suolen "
           "oireyhtymä, ripulipainotteinen. Ohjeistettu FODMAP-ruokavalio, psyllium ja loperamidi tarvittaessa. "
           "Jatkohoito terveysasemalle.", pr["gi"], enc=e1)
    e2 = c.encounter("2026-06-10", "Lääkärin vastaanotto, terveysasema", who=pr["gp"], provider=hcs, time="10:00",
                     reason_ref=[ibs])
    c.vital("weight", "2026-06-10", 64.1, enc=e2)
    c.note("2026-06-10", "progress", "Terveysasema – vatsaoireet",
           "IBS-potilas, ripulit jatkuvat 4–5 x/vrk, nyt myös öisin herää ulostamaan. Paino 68 → 64 kg vuodessa. "
           "Arvioitu IBS:n pahenemisvaiheeksi, työstressiä. Jatketaan loperamidia ja psylliumia.", pr["gp"], enc=e2)
    e3 = c.encounter("2026-09-16", "Lääkärin vastaanotto, terveysasema", who=pr["gp"], provider=hcs, time="14:20",
                     reason_ref=[ibs])
    c.vital("weight", "2026-09-16", 62.0, enc=e3)
    c.bp("2026-09-16", 118, 74, enc=e3)
    c.lab("crp", "2026-09-16", 14, high=10, text="P -CRP")
    c.lab("hb", "2026-09-16", 122, 117, 155, text="B -Hb")
    c.lab("ferritin", "2026-09-16", 12, 15, 125, text="P -Ferrit")
    c.note("2026-09-16", "progress", "Terveysasema – IBS",
           "Yölliset ripulit jatkuvat, väsymys. CRP 14, ferritiini 12. Paino 62 kg. "
           "Tulkittu IBS-oireiksi, aloitettu rautalisä. F -Calpro ja CRP kontrolliin ennen seuraavaa käyntiä. Kontrolli 2 kk.", pr["gp"], enc=e3)
    c.medreq(atc("B03AA07", "ferrous sulfate", "Ferrosulfaatti 100 mg Fe depottabl."), "2026-09-16", "1 tabl. päivittäin",
             who=pr["gp"], enc=e3)
    c.lab("calpro", "2026-11-10", 480, high=50, text="F -Calpro")
    c.lab("crp", "2026-11-10", 18, high=10, text="P -CRP")
    e4 = c.encounter("2026-11-17", "Puhelinvastaanotto, terveysasema", who=pr["gp"], provider=hcs, cls="VR", time="11:40",
                     length_min=10, reason_ref=[ibs])
    c.vital("weight", "2026-11-17", 61.2, enc=e4)
    c.note("2026-11-17", "telephone", "Puhelinvastaanotto – laboratoriotulokset",
           "Kalprotektiini 480 ja CRP 18. Potilas kertoo edelleen 5–6 ripulia vuorokaudessa, myös öisin, ja painon laskeneen "
           "yhteensä 7 kg. Arvio: ärtyvän suolen oireyhtymän pahenemisvaihe, mahdollisesti stressi ja "
           "rautalääkkeen vatsavaikutukset. Jatketaan nykyisellä hoidolla, uusi puhelinaika tammikuussa.", pr["gp"], enc=e4)


def fi_viral(c):
    pr, county = fi_base(c, "Virtanen", "Joonas", "male", "1990-06-30", 958,
                         [("gp", "Saarinen", "Olli", "Yleislääketieteen erikoislääkäri"),
                          ("er", "Korhonen", "Elina", "Akuuttilääketieteen erikoislääkäri"),
                          ("rn", "Järvinen", "Minna", "Sairaanhoitaja")],
                         "Teollisuuskatu 22 C 31", "60100", marital="S")
    asthma = c.condition(dx("J45.0", "Pääasiassa allerginen astma"), onset="2012-04-10", who=pr["gp"])
    c.condition(dx("J30.1", "Siitepölyn aiheuttama allerginen nuha"), onset="2008-05-01", who=pr["gp"])
    c.medstmt(atc("R03AK07", "formoterol and budesonide", "Budesonidi/formoteroli 160/4,5 mikrog inhalaatiojauhe"), "active",
              start="2016-02-01", dosage="1 inhalaatio x 2", reason_ref=[asthma])
    c.lab("hb", "2025-10-02", 152, 134, 167, text="B -Hb")
    e1 = c.encounter("2026-11-09", "Yhteispäivystys", cls="EMER", who=pr["er"], time="18:40", length_min=150,
                     priority="UR", reason=tx("Kuume, lihassärky ja kurkkukipu 3 vrk"))
    c.vital("temp", "2026-11-09", 38.6, enc=e1, time="18:50")
    c.vital("hr", "2026-11-09", 98, enc=e1, time="18:50")
    c.vital("spo2", "2026-11-09", 97, enc=e1, time="18:50")
    c.bp("2026-11-09", 126, 78, enc=e1, time="18:50")
    c.lab("crp", "2026-11-09", 45, high=10, text="P -CRP", time="19:05")
    c.lab("wbc", "2026-11-09", 6.8, 3.4, 8.2, text="B -Leuk", time="19:05")
    c.obs(cc(("loinc", "94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection"),
             text="Nh -SARS-CoV-2-NhO"), "2026-11-09", concept=cc(("sct", "260385009", "Negative")), interp="NEG", time="19:30")
    c.obs(cc(("https://fhir.jarvilaakso.example/CodeSystem/labra", "INFAB-NHO", "Influenssa A ja B, nukleiinihappo"),
             text="Nh -InfABNhO"), "2026-11-09", concept=cc(("sct", "260385009", "Negative")), interp="NEG", time="19:30")
    c.condition(dx("B34.9", "Virusinfektio, määrittämätön"), onset="2026-11-06", recorded="2026-11-09", cat="encounter-diagnosis",
                who=pr["er"], enc=e1)
    c.note("2026-11-09", "ed", "Päivystyskäynti",
           "Kolme päivää kuumetta 38–39, lihassärkyä, kurkkukipua ja kuivaa yskää. Astma hyvässä hoitotasapainossa.\n"
           "Status: yleistila hyvä, nielu punoittaa, ei peitteitä, keuhkot kuultuna puhtaat, SpO2 97 %.\n"
           "CRP 45, leukosyytit 6,8. SARS-CoV-2 ja influenssa negatiiviset.\n"
           "Arvio: virusinfektio. Ei antibioottia. Kotiin, parasetamoli tarvittaessa. Sairausloma 5 pv. "
           "Hoitaja soittaa kahden viikon kuluttua.", pr["er"], enc=e1)
    c.lab("crp", "2026-11-20", 6, high=10, text="P -CRP")
    e2 = c.encounter("2026-11-23", "Puhelinkontakti", cls="VR", who=pr["rn"], time="10:10", length_min=10)
    c.note("2026-11-23", "telephone", "Puhelinkontakti päivystyskäynnin jälkeen",
           "Kuumeeton 14.11. lähtien. Hieman yskää jäljellä, muuten vointi normaali, palannut töihin. CRP 6. "
           "Ohjeistettu ottamaan yhteyttä, jos yskä jatkuu yli 3 viikkoa tai hengenahdistusta ilmenee.", pr["rn"], enc=e2)


def fi_hip(c):
    pr, county = fi_base(c, "Koskinen", "Raili", "female", "1958-04-11", 963,
                         [("gp", "Peltonen", "Marja", "Yleislääketieteen erikoislääkäri"),
                          ("orto", "Hämäläinen", "Tuomas", "Ortopedian ja traumatologian erikoislääkäri"),
                          ("anest", "Karjalainen", "Petra", "Anestesiologian erikoislääkäri")],
                         "Pihlajatie 2", "60800", marital="W")
    hcs = hc(c, county)
    oa = c.condition(dx("M16.1", "Muu primaarinen koksartroosi", "Primaarinen koksartroosi, oikea lonkka"),
                     onset="2022-10-01", who=pr["gp"])
    htn = c.condition(dx("I10", "Essentiaalinen verenpainetauti"), onset="2011-06-01", who=pr["gp"])
    c.condition(dx("K21.9", "Ruokatorven refluksitauti ilman ruokatorvitulehdusta"), onset="2016-01-01", who=pr["gp"])
    c.medstmt(atc("C09AA05", "ramipril", "Ramipril 5 mg tabl."), "active", start="2011-06-01", dosage="1 x 1", reason_ref=[htn])
    c.medstmt(atc("N02BE01", "paracetamol", "Parasetamoli 1 g tabl."), "active", start="2022-10-01", dosage="1 tabl. x 3",
              reason_ref=[oa])
    c.medstmt(atc("M01AE01", "ibuprofen", "Ibuprofeeni 400 mg tabl."), "stopped", start="2023-01-01", end="2025-11-30",
              dosage="1 tabl. x 2 tarvittaessa", note="Lopetettu refluksioireiden pahenemisen vuoksi.")
    c.medstmt(atc("A02BC01", "omeprazole", "Omepratsoli 20 mg enterokaps."), "active", start="2016-01-01", dosage="1 x 1")
    e1 = c.encounter("2026-03-18", "Lääkärin vastaanotto, terveysasema", who=pr["gp"], provider=hcs, time="09:00", reason_ref=[oa])
    xr = c.note("2026-03-20", "imaging", "Lonkat ja lantio, natiivi­röntgen",
                "Oikeassa lonkassa nivelrako lähes hävinnyt yläkvadrantissa, subkondraalista skleroosia ja kystia, "
                "reunaosteofyyttejä. Vasemmassa lievät nivelrikkomuutokset. Kellgren–Lawrence oikea 4, vasen 2.",
                pr["gp"], enc=e1)
    c.servicereq(tx("Lähete ortopedian poliklinikalle: oikean lonkan nivelrikko"), "completed", "order", "2026-03-20",
                 reason_ref=[oa], who=pr["gp"], performer=pr["orto"])
    e2 = c.encounter("2026-09-23", "Ortopedian poliklinikka", who=pr["orto"], time="13:30", reason_ref=[oa])
    c.bp("2026-09-23", 136, 82, enc=e2)
    c.vital("weight", "2026-09-23", 74.5, enc=e2)
    c.vital("bmi", "2026-09-23", 27.7, enc=e2)
    c.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Kipu NRS"),
          "2026-09-23", integer=7, cat="survey", enc=e2)
    c.obs(cc(("https://fhir.jarvilaakso.example/CodeSystem/mittarit", "OHS", "Oxford Hip Score"), text="Oxford Hip Score (0–48)"),
          "2026-09-23", integer=17, cat="survey", enc=e2)
    sr = c.servicereq(cc(("ncsp", "NFB40", "Lonkan primaarinen kokotekonivel, sementoitu"),
                         text="Oikean lonkan kokotekonivelleikkaus (sementoitu)"), "active", "order", "2026-09-23",
                      occurrence="2027-02-08", reason_ref=[oa], who=pr["orto"], performer=pr["orto"], enc=e2,
                      category=tx("Leikkausjono"), priority="routine",
                      note="Hoitoonpääsyn enimmäisaika 6 kk. Leikkausaika 8.2.2027.")
    c.servicereq(tx("Preoperatiivinen anestesiologin arvio"), "active", "order", "2026-09-23", occurrence="2027-01-20",
                 who=pr["orto"], performer=pr["anest"], based_on=sr)
    c.note("2026-09-23", "consult", "Ortopedian poliklinikka – lonkan nivelrikko",
           "68-vuotias nainen, oikean lonkan kipu 4 vuotta, yökipua, kävelymatka n. 300 m, käyttää keppiä ulkona. "
           "Fysioterapia ja parasetamoli eivät enää riitä, tulehduskipulääkkeet eivät sovi refluksin vuoksi.\n"
           "Status: oikean lonkan sisärotaatio 0°, fleksio 85°, ontuva kävely.\n"
           "Röntgen: pitkälle edennyt nivelrikko (KL 4).\n"
           "Päätös: oikean lonkan sementoitu kokotekonivelleikkaus. Potilas asetettu leikkausjonoon, leikkausaika "
           "8.2.2027. Anestesiakäynti 20.1.2027. Leikkauksen riskit ja hyödyt käyty läpi, potilas haluaa leikkaukseen.",
           pr["orto"], enc=e2)
    labs = [c.lab("hb", "2026-09-23", 131, 117, 155, text="B -Hb"), c.lab("crea", "2026-09-23", 71, 50, 90, text="P -Krea"),
            c.lab("k", "2026-09-23", 4.3, 3.3, 4.9, text="P -K"), c.lab("na", "2026-09-23", 139, 137, 145, text="P -Na"),
            c.lab("glu_si", "2026-09-23", 5.6, 4.0, 6.0, text="fP -Gluk")]
    c.report(cc(("https://fhir.jarvilaakso.example/CodeSystem/labra", "PERUS", "Peruslaboratoriotutkimukset"), text="Peruslaboratoriot"),
             "2026-09-23", labs, conclusion="Viitealueella.", who=pr["orto"])


def fi_skin(c):
    pr, county = fi_base(c, "Salonen", "Pekka", "male", "1971-10-05", 971,
                         [("gp", "Lindholm", "Eeva", "Yleislääketieteen erikoislääkäri"),
                          ("derm", "Ojala", "Riikka", "Ihotautien ja allergologian erikoislääkäri"),
                          ("rn", "Kivelä", "Tarja", "Sairaanhoitaja")],
                         "Metsäpolku 11", "60450", marital="M")
    hcs = hc(c, county)
    dm = c.condition(dx("E11.9", "Tyypin 2 diabetes ilman komplikaatioita"), onset="2019-02-15", who=pr["gp"])
    ps = c.condition(dx("L40.0", "Tavallinen psoriaasi"), onset="2003-01-01", who=pr["derm"])
    c.medstmt(atc("A10BA02", "metformin", "Metformiini 1 g tabl."), "active", start="2019-02-15", dosage="1 tabl. x 2",
              reason_ref=[dm])
    c.medstmt(atc("D05AX52", "calcipotriol, combinations", "Kalsipotrioli/beetametasoni geeli"), "active", start="2018-05-01",
              dosage="Iltaisin plakkeihin 4 viikon jaksoina", reason_ref=[ps])
    c.lab("hba1c_ifcc", "2026-05-12", 49, 20, 42, text="B -HbA1c")
    c.lab("hba1c_ifcc", "2026-10-30", 47, 20, 42, text="B -HbA1c")
    c.lab("crea", "2026-10-30", 82, 60, 100, text="P -Krea")
    e0 = c.encounter("2026-10-30", "Diabeteshoitajan vastaanotto, terveysasema", who=pr["rn"], provider=hcs, time="08:20",
                     reason_ref=[dm])
    c.bp("2026-10-30", 132, 80, enc=e0)
    c.vital("weight", "2026-10-30", 92.3, enc=e0)
    c.note("2026-10-30", "nurse", "Diabeteskontrolli",
           "HbA1c 47 mmol/mol (edellinen 49). Ei hypoglykemioita. Jalkojen tarkastus: tunto normaali, ei haavoja. "
           "Silmänpohjakuvaus ajantasainen. Jatketaan nykyisellä hoidolla.", pr["rn"], enc=e0)
    e1 = c.encounter("2026-10-07", "Ihotautien poliklinikka", who=pr["derm"], time="10:40",
                     reason=tx("Selän luomi, joka hankautuu vyötä vasten"))
    nev = c.condition(dx("D22.5", "Vartalon melanosyyttinen luomi"), onset="2026-10-07", who=pr["derm"], enc=e1,
                      body=tx("selkä, lannerangan vasen puoli"))
    c.obs(cc(("https://fhir.jarvilaakso.example/CodeSystem/mittarit", "DERMOSK", "Dermatoskopia"), text="Dermatoskopia"),
          "2026-10-07", text="Symmetrinen, tasainen verkkomainen pigmentti, ei atyyppisiä rakenteita. Hyvänlaatuisen luomen kuva.",
          cat="exam", enc=e1)
    c.servicereq(cc(("https://fhir.jarvilaakso.example/CodeSystem/toimenpide", "IHO-EKS-PAIK",
                     "Ihomuutoksen poisto paikallispuudutuksessa"),
                    text="Selän luomen poisto paikallispuudutuksessa, PAD"), "active", "order", "2026-10-07",
                 occurrence="2026-12-16", reason_ref=[nev], who=pr["derm"], performer=pr["derm"], enc=e1,
                 category=tx("Poliklinikan pienkirurgia"),
                 note="Toimenpidehuone 3, kesto n. 20 min. Ompeleiden poisto terveysasemalla 14 vrk kuluttua.")
    c.note("2026-10-07", "consult", "Ihotautien poliklinikka",
           "Selässä vyötärön korkeudella 7 mm tasainen ruskea luomi, joka hankautuu vyötä ja housujen reunaa vasten ja "
           "on välillä ärtynyt. Dermatoskopiassa hyvänlaatuisen luomen kuva. Psoriaasi rauhallinen.\n"
           "Suunnitelma: luomen poisto poliklinikalla paikallispuudutuksessa 16.12.2026, näyte PAD:iin. "
           "Ei verenohennuslääkkeitä. Autolla ajo toimenpiteen jälkeen sallittu.", pr["derm"], enc=e1)


def fi_hf(c):
    pr, county = fi_base(c, "Mäkinen", "Eino", "male", "1944-05-19", 982,
                         [("gp", "Toivonen", "Hannu", "Yleislääketieteen erikoislääkäri"),
                          ("card", "Lehtinen", "Sakari", "Kardiologian erikoislääkäri"),
                          ("int", "Halonen", "Riitta", "Sisätautien erikoislääkäri"),
                          ("pal", "Anttila", "Kirsi", "Palliatiivisen lääketieteen erityispätevyys")],
                         "Vanhainkodintie 5 A 2", "60200", marital="W")
    icm = c.condition(dx("I25.5", "Iskeeminen kardiomyopatia"), onset="2015-03-01", who=pr["card"])
    hf = c.condition(dx("I50.0", "Kongestiivinen sydämen vajaatoiminta"), onset="2015-03-01", who=pr["card"],
                     severity=cc(("sct", "24484000", "Severe"), text="NYHA IV"))
    af = c.condition(dx("I48", "Eteisvärinä ja eteislepatus", "Pysyvä eteisvärinä"), onset="2019-08-01", who=pr["card"])
    c.condition(dx("N18.3", "Krooninen munuaistauti, vaihe 3"), onset="2022-01-01", who=pr["int"])
    c.note("2025-11-12", "imaging", "Sydämen ultraäänitutkimus",
           "Vasen kammio laajentunut (LVEDD 71 mm), globaalisti heikko supistuvuus, EF n. 20 %. Kohtalainen "
           "mitraalivuoto, oikean kammion toiminta lievästi heikentynyt, arvioitu sPAP 52 mmHg.", pr["card"])
    e1 = c.encounter("2026-10-20", "Sisätautien osasto, päivystyksellinen sisäänotto", cls="IMP", who=pr["int"],
                     time="15:20", end="2026-10-28", end_time="12:00", admit="emd", discharge="home", priority="EM",
                     reason_ref=[hf])
    c.bp("2026-10-20", 96, 58, enc=e1, time="15:30")
    c.vital("hr", "2026-10-20", 104, enc=e1, time="15:30")
    c.vital("spo2", "2026-10-20", 89, enc=e1, time="15:30")
    c.vital("weight", "2026-10-20", 79.8, enc=e1, time="15:30")
    c.lab("ntprobnp", "2026-10-20", 18400, high=1800, text="P -proBNP", time="15:50")
    c.lab("crea", "2026-10-20", 168, 60, 100, text="P -Krea", time="15:50")
    c.lab("egfr", "2026-10-20", 33, low=60, text="P -GFRe", time="15:50")
    c.lab("na", "2026-10-20", 131, 137, 145, text="P -Na", time="15:50")
    c.lab("k", "2026-10-20", 4.8, 3.3, 4.9, text="P -K", time="15:50")
    furo = atc("C03CA01", "furosemide", "Furosemidi 10 mg/ml inj.")
    c.medadmin(furo, c.dt("2026-10-20", "16:10"), 80, "mg", route="i.v.", enc=e1, who=pr["int"])
    c.medadmin(furo, c.dt("2026-10-21", "08:00"), 80, "mg", route="i.v.", enc=e1, who=pr["int"])
    c.vital("weight", "2026-10-27", 75.1, enc=e1)
    c.lab("ntprobnp", "2026-10-27", 9800, high=1800, text="P -proBNP")
    c.medreq(atc("C03CA01", "furosemide", "Furosemidi 40 mg tabl."), "2026-10-28", "1 tabl. x 2", who=pr["int"], enc=e1)
    c.medreq(atc("C07AB07", "bisoprolol", "Bisoprololi 2,5 mg tabl."), "2026-10-28", "1 tabl. x 1", who=pr["int"], enc=e1)
    c.medreq(atc("B01AF02", "apixaban", "Apiksabaani 2,5 mg tabl."), "2026-10-28", "1 tabl. x 2", who=pr["int"], enc=e1,
             reason_ref=[af])
    c.medreq(atc("N02AA01", "morphine", "Morfiini 1 mg/ml oraaliliuos"), "2026-10-28",
             "2,5–5 mg tarvittaessa hengenahdistukseen, enintään 6 x vrk", who=pr["pal"], enc=e1)
    c.medstmt(atc("C09DX04", "valsartan and sacubitril", "Sakubitriili/valsartaani 24/26 mg tabl."), "stopped",
              start="2021-05-01", end="2026-10-20", dosage="1 tabl. x 2", note="Lopetettu hypotension ja munuaisfunktion heikkenemisen vuoksi.")
    c.servicereq(tx("Lähete kotisairaalaan: kotona tapahtuva oireenmukainen hoito ja voinnin seuranta"),
                 "active", "order", "2026-10-28", reason_ref=[hf], who=pr["int"], performer=pr["pal"], enc=e1)
    c.note("2026-10-27", "consult", "Kardiologin konsultaatio ja hoitoneuvottelu",
           "82-vuotias, iskeeminen kardiomyopatia, EF 20 %, NYHA IV. Kolmas sydämen vajaatoiminnan "
           "pahenemisvaiheen vuoksi tapahtunut osastojakso puolen vuoden sisällä. Lääkehoito optimoitu siedetyille "
           "annoksille, sakubitriili/valsartaani jouduttu lopettamaan hypotension vuoksi. Ei edellytyksiä "
           "sydämensiirtoon tai vasemman kammion apupumppuun iän ja haurauden vuoksi; revaskularisaatio ei ole mahdollinen.\n"
           "Sydämen vajaatoiminnan aktiiviset hoitovaihtoehdot on käytetty eikä kardiologisia lisähoitoja ole tarjolla.\n"
           "Hoitoneuvottelu potilaan ja tyttären kanssa: palliatiivinen hoitolinjaus, ei elvytystä (DNR), ei tehohoitoa. "
           "Tavoitteena oireiden lievitys kotona. Lähete kotisairaalaan.", pr["card"], enc=e1)
    c.note("2026-10-28", "discharge", "Loppulausunto, sisätautien osasto",
           "Diagnoosit: I50.0 sydämen vajaatoiminta, I25.5, I48, N18.3, Z51.5.\n"
           "Hoitojakso 20.–28.10.2026: laskimonsisäinen diureesi, paino 79,8 → 75,1 kg, proBNP 18 400 → 9 800.\n"
           "Palliatiivinen hoitolinjaus tehty 27.10. Kotiutuu kotisairaalan tukemana, morfiini tarvittaessa "
           "hengenahdistukseen. Jatkohoito: kotisairaala ja palliatiivinen poliklinikka.", pr["int"], enc=e1)


def fi_adt(c):
    pr, county = fi_base(c, "Rantanen", "Veikko", "male", "1947-02-08", 993,
                         [("gp", "Kettunen", "Päivi", "Yleislääketieteen erikoislääkäri"),
                          ("uro", "Nurmi", "Antti", "Urologian erikoislääkäri"),
                          ("rn", "Savolainen", "Leena", "Uroterapeutti, sairaanhoitaja")],
                         "Kirkkotie 19", "60720", marital="M")
    htn = c.condition(dx("I10", "Essentiaalinen verenpainetauti"), onset="2009-01-01", who=pr["gp"])
    c.condition(dx("E78.0", "Puhdas hyperkolesterolemia"), onset="2012-01-01", who=pr["gp"])
    c.medstmt(atc("C08CA01", "amlodipine", "Amlodipiini 5 mg tabl."), "active", start="2009-01-01", dosage="1 x 1",
              reason_ref=[htn])
    c.medstmt(atc("C10AA01", "simvastatin", "Simvastatiini 20 mg tabl."), "active", start="2012-01-01", dosage="1 x 1")
    c.lab("psa", "2026-04-15", 24.1, high=4.0, text="P -PSA")
    e1 = c.encounter("2026-05-20", "Urologian poliklinikka", who=pr["uro"], time="10:00")
    ca = c.condition(dx("C61", "Eturauhasen pahanlaatuinen kasvain", "Eturauhassyöpä, Gleason 4+4=8, cT3a N0 M0"),
                     onset="2026-05-12", recorded="2026-05-20", who=pr["uro"], enc=e1,
                     stage=tx("cT3a N0 M0, korkean riskin paikallisesti edennyt"))
    c.note("2026-05-20", "consult", "Urologian poliklinikka – eturauhassyöpä",
           "PSA 24,1. Magneettikuvauksessa PI-RADS 5 -leesio oikealla, kapselin ylitys. Biopsiat: Gleason 4+4=8 "
           "molemmissa lohkoissa. Luustokartta ja vartalon TT: ei etäpesäkkeitä.\n"
           "Hoitovaihtoehdot käyty läpi: sädehoito yhdistettynä hormonihoitoon tai pelkkä hormonihoito. Potilas ei "
           "halua sädehoitoa (päivittäiset matkat 120 km, puolison hoitovastuu) ja valitsee pelkän hormonihoidon. "
           "Aloitetaan bikalutamidi 6 viikon ajan ja leuproreliini 3 kk välein. Elämänlaadun seurantaan 15D-mittari "
           "ennen hoitoa ja kontrollikäynneillä.", pr["uro"], enc=e1)
    d15 = cc(("https://fhir.jarvilaakso.example/CodeSystem/mittarit", "15D-INDEX", "15D-elämänlaatumittarin indeksiluku"),
             text="15D-indeksi (0–1)")
    c.obs(d15, "2026-06-01", value=0.912, unit="{score}", ucum="{score}", cat="survey",
          note="Lähtötaso ennen hormonihoidon aloitusta. Väestön ikävakioitu keskiarvo n. 0,87.")
    c.medstmt(atc("L02BB03", "bicalutamide", "Bikalutamidi 50 mg tabl."), "completed", start="2026-06-01", end="2026-07-13",
              dosage="1 tabl. x 1", reason_ref=[ca])
    leu_req = c.medreq(atc("L02AE02", "leuprorelin", "Leuproreliini 22,5 mg depot-injektio"), "2026-05-20",
                       "22,5 mg s.c. 3 kuukauden välein toistaiseksi", who=pr["uro"], enc=e1, reason_ref=[ca], course="continuous")
    leu = atc("L02AE02", "leuprorelin", "Leuproreliini 22,5 mg depot-injektio")
    e2 = c.encounter("2026-06-15", "Uroterapeutin vastaanotto", who=pr["rn"], time="09:30")
    c.medadmin(leu, c.dt("2026-06-15", "09:45"), 22.5, "mg", route="s.c.", req=leu_req, enc=e2, who=pr["rn"])
    e3 = c.encounter("2026-09-14", "Urologian poliklinikka, kontrolli", who=pr["uro"], time="10:30")
    c.medadmin(leu, c.dt("2026-09-14", "10:50"), 22.5, "mg", route="s.c.", req=leu_req, enc=e3, who=pr["rn"])
    c.lab("psa", "2026-09-10", 1.9, high=4.0, text="P -PSA")
    c.obs(cc(("loinc", "14913-8", "Testosterone [Moles/volume] in Serum or Plasma"), text="S -Testo"), "2026-09-10",
          value=0.4, unit="nmol/L", ucum="nmol/L", low=8.0, high=30.0, note="Kastraatiotaso saavutettu.")
    c.obs(d15, "2026-09-14", value=0.861, unit="{score}", ucum="{score}", cat="survey", enc=e3)
    c.note("2026-09-14", "progress", "Urologian poliklinikka – kontrolli",
           "PSA 24,1 → 1,9, testosteroni kastraatiotasolla. Potilas kertoo voimakkaista kuumista aalloista useita "
           "kertoja päivässä ja öisin, väsymyksestä ja mielialan laskusta; harrastukset (metsästys, kuoro) jääneet. "
           "15D 0,912 → 0,861. Haittavaikutusten hoidoksi keskusteltu liikunnasta, venlafaksiinia harkitaan.",
           pr["uro"], enc=e3)
    c.lab("psa", "2026-11-12", 0.6, high=4.0, text="P -PSA")
    c.lab("hb", "2026-11-12", 126, 134, 167, text="B -Hb")
    e4 = c.encounter("2026-11-16", "Uroterapeutin puhelinvastaanotto", cls="VR", who=pr["rn"], time="13:00", length_min=20)
    c.obs(d15, "2026-11-16", value=0.832, unit="{score}", ucum="{score}", cat="survey", enc=e4,
          note="Heikentyneet ulottuvuudet: uni, energisyys, masentuneisuus, sukupuolielämä, tavanomaiset toiminnot.")
    c.note("2026-11-16", "telephone", "Uroterapeutin puhelu",
           "Kuumat aallot jatkuvat, nukkuu huonosti, kokee itsensä voimattomaksi ja alakuloiseksi. Sanoo että "
           "'elämä on kaventunut' hormonihoidon myötä. 15D 0,832 (lähtötaso 0,912). PSA 0,6. Lievä anemia (Hb 126). "
           "Seuraava leuproreliini-injektio 14.12.2026. Urologille tiedoksi.", pr["rn"], enc=e4)


def fi_shoulder(c):
    pr, county = fi_base(c, "Hakala", "Tiina", "female", "1974-09-17", 921,
                         [("gp", "Mattila", "Jussi", "Yleislääketieteen erikoislääkäri"),
                          ("orto", "Laitinen", "Markus", "Ortopedian ja traumatologian erikoislääkäri"),
                          ("pt", "Kallio", "Noora", "Fysioterapeutti"),
                          ("rn", "Heikkinen", "Satu", "Sairaanhoitaja")],
                         "Opintie 8 D 40", "60150", marital="D")
    hcs = hc(c, county)
    c.condition(dx("J30.1", "Siitepölyn aiheuttama allerginen nuha"), onset="1995-05-01", who=pr["gp"])
    e1 = c.encounter("2026-05-20", "Lääkärin vastaanotto, terveysasema", who=pr["gp"], provider=hcs, time="08:40",
                     reason=tx("Oikean olkapään kipu 3 kk"))
    rc = c.condition(dx("M75.1", "Kiertäjäkalvosinoireyhtymä", "Oikean olkapään kiertäjäkalvosinoireyhtymä"),
                     onset="2026-02-15", recorded="2026-05-20", who=pr["gp"], enc=e1)
    c.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Kipu NRS"),
          "2026-05-20", integer=6, cat="survey", enc=e1)
    c.medstmt(atc("M01AE02", "naproxen", "Naprokseeni 500 mg tabl."), "active", start="2026-05-20",
              dosage="1 tabl. x 2 tarvittaessa", reason_ref=[rc])
    c.note("2026-07-02", "imaging", "Oikean olkanivelen magneettikuvaus",
           "Supraspinatusjänteen osittainen, bursan puoleinen repeämä (n. 40 % paksuudesta), tendinoosia. "
           "Subakromiaalinen bursiitti. AC-nivelen lieviä nivelrikkomuutoksia. Ei täysipaksuista repeämää.", pr["gp"])
    e2 = c.encounter("2026-08-26", "Ortopedian poliklinikka", who=pr["orto"], time="14:00", reason_ref=[rc])
    c.procedure(cc(("https://fhir.jarvilaakso.example/CodeSystem/toimenpide", "INJ-SUBAKR", "Subakromiaalinen kortikosteroidi-injektio"),
                   text="Oikean olkapään subakromiaalinen injektio (metyyliprednisoloni + lidokaiini)"), "completed",
                date=c.dt("2026-08-26", "14:20"), who=pr["orto"], enc=e2, reason_ref=[rc])
    c.servicereq(tx("Fysioterapia: olkapään aktiivinen harjoittelu, 6 käyntiä"), "completed", "order", "2026-08-26",
                 reason_ref=[rc], who=pr["orto"], performer=pr["pt"])
    c.note("2026-08-26", "consult", "Ortopedian poliklinikka – oikea olkapää",
           "Kipu erityisesti kättä nostaessa ja öisin. Aktiivinen abduktio 140°, kipukaari 70–120°, Jobe ja Hawkins "
           "positiiviset, ulkorotaatiovoima normaali. MK: osittainen supraspinatusrepeämä.\n"
           "Arvio: osittainen repeämä, ensisijaisesti konservatiivinen hoito. Ei leikkausaihetta tällä hetkellä. "
           "Subakromiaalinen injektio annettu, fysioterapia. Kontrolli tarvittaessa.", pr["orto"], enc=e2)
    c.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Kipu NRS"),
          "2026-10-29", integer=7, cat="survey",
          note="Fysioterapian loppuarvio: liikelaajuudet ennallaan, yökipu jatkuu.")
    msg = c.communication(c.dt("2026-11-12", "21:17"), c.pat, [pr["orto"]],
                          "Hei. Olkapääni ei ole parantunut fysioterapiasta eikä pistoksesta, kipu herättää edelleen joka yö "
                          "enkä pysty nostamaan kättä hyllylle töissä. Vastaanotolla sanottiin, ettei leikkauksesta ole apua, "
                          "mutta minusta tuntui, ettei minua oikeastaan kuunneltu. Haluaisin toisen mielipiteen toiselta "
                          "ortopedilta ennen kuin hyväksyn, että tämän kanssa vain eletään. Voiko minulle tehdä lähetteen "
                          "toiseen yksikköön toista mielipidettä varten? Ystävällisin terveisin Tiina Hakala",
                          medium=OMAOLO, topic="Toinen mielipide olkapään hoidosta", about=[rc])
    c.communication(c.dt("2026-11-13", "10:05"), pr["rn"], [c.pat],
                    "Hei Tiina, kiitos viestistäsi. Välitin sen ortopedille, joka ottaa kantaa toisen mielipiteen "
                    "lähetteeseen. Olemme yhteydessä viimeistään kahden viikon kuluessa.",
                    medium=OMAOLO, in_response_to=msg)
    c.bp("2026-05-20", 124, 78, enc=e1)


def fi_agel(c):
    pr, county = fi_base(c, "Kallio", "Marjatta", "female", "1965-12-03", 945,
                         [("gp", "Forsman", "Anders", "Specialist i allmänmedicin"),
                          ("neuro", "Ahonen", "Liisa", "Neurologian erikoislääkäri"),
                          ("oph", "Sjöberg", "Camilla", "Specialist i ögonsjukdomar"),
                          ("int", "Pitkänen", "Jari", "Sisätautien erikoislääkäri")],
                         "Strandvägen 6", "66100", marital="M", lang="sv")
    agel = c.condition(dx("E85.1", "Perinnöllinen neuropaattinen amyloidoosi",
                          "Perinnöllinen gelsoliiniamyloidoosi (AGel-amyloidoosi, Meretojan tauti, suomalaistyyppinen perinnöllinen amyloidoosi)"),
                       onset="2008-03-01", recorded="2008-03-01", who=pr["neuro"])
    cornea = c.condition(dx("H18.5", "Sarveiskalvon perinnölliset dystrofiat", "Hornhinnans gitterdystrofi typ II (AGel)"),
                         onset="1998-01-01", recorded="2008-03-01", who=pr["oph"])
    c.condition(dx("G51.8", "Muut kasvohermon sairaudet", "Molemminpuolinen kasvohermon heikkous (AGel)"),
                onset="2014-01-01", who=pr["neuro"])
    htn = c.condition(dx("I10", "Essentiaalinen verenpainetauti"), onset="2016-01-01", who=pr["gp"])
    c.obs(cc(("loinc", "51969-4", "Genetic analysis report"), text="GSN-geenin sekvensointi"), "2008-02-20",
          text="GSN c.640G>A p.(Asp214Asn) heterotsygoottina (perinteinen nimi D187N) – suomalaistyyppinen gelsoliiniamyloidoosi.",
          cat="laboratory")
    c.procedure(tx("Oikean silmän läpäisevä sarveiskalvonsiirto"), "completed", date="2019-04-09", who=pr["oph"],
                reason_ref=[cornea])
    c.medstmt(atc("S01XA20", "artificial tears and other indifferent preparations", "Karmelloosi 5 mg/ml silmätipat"), "active",
              start="2010-01-01", dosage="1 tippa molempiin silmiin 4–6 x/vrk", reason_ref=[cornea])
    c.medstmt(atc("C09AA05", "ramipril", "Ramipril 2,5 mg tabl."), "active", start="2016-01-01", dosage="1 x 1",
              reason_ref=[htn])
    e1 = c.encounter("2026-04-15", "Neurologian poliklinikka", who=pr["neuro"], time="10:00", reason_ref=[agel])
    c.note("2026-04-15", "progress", "Neurologian poliklinikka – AGel-amyloidoosi",
           "Tunnettu suomalaistyyppinen perinnöllinen gelsoliiniamyloidoosi (GSN D187N), diagnoosi 2008. "
           "Kasvohermon heikkous molemmin puolin hitaasti edennyt, silmäluomien sulku vajaa. ENMG: lievä sensorinen "
           "polyneuropatia, ennallaan 2023 verrattuna. Ihon löysyys (cutis laxa) kasvoissa.\n"
           "Jatketaan silmä- ja kasvohermo-oireiden hoitoa, fysioterapia kasvolihaksille, seuranta vuosittain. "
           "Ohjattu Amyloidoosiyhdistyksen vertaistukeen.", pr["neuro"], enc=e1)
    e2 = c.encounter("2026-06-10", "Silmätautien poliklinikka", who=pr["oph"], time="09:20", reason_ref=[cornea])
    c.note("2026-06-10", "progress", "Ögonpoliklinik – kontroll",
           "Känd ärftlig gelsolinamyloidos (AGel, Meretojas sjukdom) med gitterdystrofi i hornhinnan. Status efter "
           "perforerande keratoplastik höger öga 2019, transplantatet klart. Vänster öga: tilltagande gitterlinjer och "
           "ytliga erosioner, torra ögon och ofullständig lidslutning på grund av facialispares.\n"
           "Visus hö 0,6, vä 0,3. Fortsätter med befuktande droppar, salva till natten. Ny kontroll om 6 månader; "
           "keratoplastik vänster öga kan bli aktuell längre fram.", pr["oph"], enc=e2, lang="sv")
    e3 = c.encounter("2026-10-21", "Sisätautien poliklinikka", who=pr["int"], time="13:00", reason_ref=[agel])
    c.bp("2026-10-21", 134, 82, enc=e3)
    labs = [c.lab("ntprobnp", "2026-10-14", 120, high=300, text="P -proBNP"),
            c.lab("crea", "2026-10-14", 68, 50, 90, text="P -Krea"),
            c.lab("egfr", "2026-10-14", 84, low=60, text="P -GFRe"),
            c.obs(cc(("https://fhir.jarvilaakso.example/CodeSystem/labra", "U-ALBKRE", "Virtsan albumiini/kreatiniinisuhde"),
                     text="U -AlbKre"), "2026-10-14", value=1.2, unit="mg/mmol", ucum="mg/mmol", high=3.0)]
    c.report(cc(("https://fhir.jarvilaakso.example/CodeSystem/labra", "AMYL-SEUR", "Amyloidoosin elinseuranta"),
                text="AGel-amyloidoosin sydän- ja munuaisseuranta"), "2026-10-14", labs,
             conclusion="Ei viitteitä sydän- tai munuaisosallisuudesta.", who=pr["int"])
    c.note("2026-10-21", "progress", "Sisätautien poliklinikka – AGel-seuranta",
           "Harvinaissairauksien yksikön seurantakäynti. Sydän- ja munuaisarvot normaalit, ei proteinuriaa. "
           "Verenpaine hoitotasolla. Seuraava moniammatillinen arvio (neurologi, silmälääkäri, ihotautilääkäri) vuoden "
           "kuluttua.", pr["int"], enc=e3)


CASES = [
    dict(key="fi_psa", org="fi", target=PSN, kind="positive", expected=[PSN], build=fi_psa,
         why="PSA 9.6 µg/L (previously 3.1) with urinary symptoms in May 2026, a published red flag; in the six months since there is no repeat PSA, urology referral or imaging.",
         summary="Raised PSA found in pre-operative bloods before hernia repair, never followed up"),
    dict(key="fi_coeliac", org="fi", target=PSN, kind="near-miss", expected=[], build=fi_coeliac,
         why="Fatigue and bloating were recorded on three dates over 14 weeks with normal first-line bloods, but tTG-IgA and duodenal biopsy then confirmed coeliac disease, which explains the symptoms; improving on a gluten-free diet.",
         summary="Persistent fatigue and bloating explained by coeliac disease diagnosed at the third visit"),
    dict(key="fi_ibs", org="fi", target=DSM, kind="positive", expected=[DSM], build=fi_ibs,
         why="IBS with diarrhoea (K58.0) labelled since Feb 2025; symptoms continue and now include nocturnal diarrhoea, 7 kg weight loss, raised CRP and faecal calprotectin 480 µg/g, which the IBS label cannot explain, yet it is kept.",
         summary="IBS label kept despite nocturnal diarrhoea, weight loss and high calprotectin"),
    dict(key="fi_viral", org="fi", target=DSM, kind="near-miss", expected=[], build=fi_viral,
         why="The unspecified viral infection (B34.9) was recorded three weeks before the anchor date and the illness is resolving (afebrile, CRP normal): far short of 90 days, symptoms settling.",
         summary="Recent unspecified viral infection, resolving within two weeks"),
    dict(key="fi_hip", org="fi", target=MPP, kind="positive", expected=[MPP], build=fi_hip,
         why="Cemented total hip replacement (NCSP NFB40) ordered and waiting-listed for 2027-02-08; not yet performed.",
         summary="Total hip replacement on the waiting list for end-stage hip osteoarthritis"),
    dict(key="fi_skin", org="fi", target=MPP, kind="near-miss", expected=[], build=fi_skin,
         why="The only planned intervention is excision of a benign naevus under local anaesthesia in the outpatient procedure room, a minor procedure.",
         summary="Minor excision of an irritated benign naevus booked in dermatology"),
    dict(key="fi_hf", org="fi", target=UNT, kind="positive", expected=[UNT], build=fi_hf,
         why="End-stage ischaemic heart failure; the notes record a palliative care decision (Z51.5 in the discharge diagnoses, DNR) and the cardiologist's statement that no cardiological treatment options remain, with home-hospital follow-up; no second opinion.",
         summary="End-stage heart failure, palliative decision and no remaining cardiological options"),
    dict(key="fi_adt", org="fi", target=HIT, kind="positive", expected=[HIT], build=fi_adt,
         why="Androgen deprivation started June 2026; the patient-reported 15D index fell from 0.912 (pre-treatment) to 0.832, far beyond its minimal important difference of about 0.015, while the cancer responds.",
         summary="Hormone therapy for prostate cancer with a large fall in 15D quality of life"),
    dict(key="fi_shoulder", org="fi", target=PRC, kind="positive", expected=[PRC], build=fi_shoulder,
         why="Patient-authored Omaolo portal message explicitly asks for a second orthopaedic opinion and says she did not feel listened to; no second opinion on record.",
         summary="Portal message asking for a second opinion on conservative care of a rotator-cuff tear"),
    dict(key="fi_agel", org="fi", target=RARE, kind="positive", expected=[RARE], build=fi_agel,
         why="Hereditary gelsolin (AGel, Finnish-type) amyloidosis confirmed genetically, an Orphanet rare disease, active with corneal, facial-nerve and neuropathic involvement.",
         summary="Finnish-type hereditary gelsolin amyloidosis under multidisciplinary follow-up"),
]
