"""Organisation 1: Duna-menti Egyetemi Klinikai Központ (Hungarian university hospital).

BNO-10 diagnoses and OENO procedure codes under local system URIs, Hungarian lab names, Hungarian notes,
NEAK coverage.
"""
from fhirkit import Case, cc, sct, lnc, qty, atc, ORPHA

PCS = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"
MPP = "MAJOR_PROCEDURE_PLANNED"
UP = "UNTREATABLE_PROGNOSIS"
HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
WDT = "WORSENING_DESPITE_TREATMENT"
ROC = "RARE_OR_COMPLEX_CONDITION"


def bno(c, code, disp, *extra, text=None):
    return cc(c.local("bno10", code, disp), *extra, text=text or disp)


def oeno(c, code, disp, *extra):
    return cc(c.local("oeno", code, disp), *extra, text=disp)


def addr(line, city, pc):
    return {"use": "home", "line": [line], "city": city, "postalCode": pc, "country": "HU"}


# --------------------------------------------------------------------------- A1
def a_palpitations(cid):
    c = Case(cid, "hu")
    p = c.patient("Fekete", "Zsófia", "female", "1988-04-12", "038 412 775", addr("Rákóczi út 41. 2/5", "Pécs", "7621"),
                  phone="+36 30 555 4127", marital="M")
    c.coverage("038412775", "2006-04-12")
    e1 = c.encounter("2026-07-28", type_text="Belgyógyászati ambulancia – első vizsgálat", pract="belgy",
                     reason=cc(text="Szívdobogásérzés, szédülés"))
    e2 = c.encounter("2026-08-25", type_text="Kardiológiai szakrendelés", pract="kardio",
                     reason=cc(text="Visszatérő palpitáció, ájulásközeli állapot"))
    e3 = c.encounter("2026-09-29", type_text="Kardiológiai szakrendelés – Holter és terheléses EKG eredmény",
                     pract="kardio", reason=cc(text="Palpitáció kivizsgálása"))
    e4 = c.encounter("2026-11-10", type_text="Belgyógyászati ambulancia – kontroll", pract="belgy",
                     reason=cc(text="Változatlanul fennálló szívdobogásérzés, fáradékonyság"))
    palp = c.condition(bno(c, "R0020", "Szívdobogásérzés", sct("80313002", "Palpitations")), onset="2026-07-14",
                       recorded="2026-07-28", category="problem-list-item", enc=e1, asserter="belgy",
                       note="Naponta többször jelentkező, hirtelen kezdetű szívdobogásérzés, szédüléssel.")
    c.condition(bno(c, "R42H0", "Szédülés és kóros bizonytalanság", sct("404640003", "Dizziness")),
                onset="2026-07-14", recorded="2026-07-28", category="encounter-diagnosis", enc=e1)
    c.condition(bno(c, "J3010", "Virágpor okozta allergiás rhinitis"), onset="2010-05-01", recorded="2015-03-02")
    diary = cc(c.local("megfigyeles", "PALP-HET", "Palpitációs epizódok száma (heti, betegnapló)"),
               text="Palpitációs epizódok száma hetente (betegnapló)")
    for d, n, e in [("2026-07-28", 6, e1), ("2026-08-25", 6, e2), ("2026-09-29", 7, e3), ("2026-11-10", 6, e4)]:
        c.obs(diary, d, qty(n, "/hét", "/wk"), category="survey", enc=e, performer=p, time="08:10")
    c.vitals("2026-07-28", 118, 74, 78, weight=61, height=167, enc=e1)
    c.vitals("2026-11-10", 116, 72, 82, weight=60, enc=e4)
    c.labs("2026-07-28", [("hb", 132), ("wbc", 6.1), ("plt", 248), ("na", 139), ("k", 4.2), ("mg", 0.86),
                          ("tsh", 1.9), ("ft4", 15.2), ("ferritin", 54), ("glu", 4.9), ("crea", 68, {"low": 44, "high": 80})],
           enc=e1, panel="Laboratóriumi lelet – rutin panel", conclusion="Kóros eltérés nem észlelhető.")
    ekg = c.obs(cc(c.local("funkcio", "EKG12", "12 elvezetéses nyugalmi EKG"), text="Nyugalmi EKG"), "2026-08-25",
                category="procedure", enc=e2, interp_code="N",
                value_string="Sinusritmus, 76/min, PQ 150 ms, QRS 86 ms, QTc 418 ms, ingerületvezetési zavar nincs.")
    trop = c.obs(cc(c.local("labor", "HSTNT", "Nagy érzékenységű troponin T"), text="hs-Troponin T"), "2026-08-25",
                 qty(5, "ng/L"), enc=e2, low=0, high=14)
    ef = c.obs(cc(lnc("10230-1", "Left ventricular Ejection fraction"), text="Bal kamrai ejekciós frakció"),
               "2026-08-25", qty(62, "%"), category="imaging", enc=e2, low=52, high=72)
    c.report(cc(c.local("funkcio", "ECHO", "Transthoracalis echocardiographia"), text="Echocardiographia"),
             "2026-08-25", [ef], enc=e2, category="CUS", performer="kardio",
             conclusion="Normál méretű szívüregek, jó bal kamra funkció (EF 62%), billentyűhiba nincs, pericardialis folyadék nincs.")
    hol = c.obs(cc(c.local("funkcio", "HOLTER24", "24 órás Holter EKG"), text="24 órás Holter-monitorozás"),
                "2026-09-22", category="procedure", enc=e3, interp_code="N",
                value_string="Sinusritmus (átlag 79/min, 54–128/min). Szórványos SVES (<1%), VES nincs. Ritmuszavar "
                             "nem igazolható; a betegnapló szerinti panaszok idején sinusritmus 92–104/min.")
    c.report(cc(c.local("funkcio", "HOLTER24", "24 órás Holter EKG"), text="Holter lelet"), "2026-09-22", [hol],
             enc=e3, category="EC", performer="kardio", conclusion="Negatív Holter-lelet.")
    c.obs(cc(c.local("funkcio", "TERHEKG", "Kerékpár-ergometriás terheléses EKG"), text="Terheléses EKG"), "2026-09-29",
          category="procedure", enc=e3, interp_code="N",
          value_string="150 W-ig terhelve, maximális pulzus 178/min; ischaemiás ST-eltérés, ritmuszavar nincs. Negatív.")
    c.med_statement(atc("A12CC", "Magnézium-készítmények", "Magnézium-citrát 400 mg (vény nélkül)"), "2026-08-01",
                    dose="Napi 1 tabletta", source=p, asserted="2026-08-25")
    c.note("2026-08-25", "Kardiológiai ambuláns lap", """Kardiológiai szakrendelés – ambuláns lap

Anamnézis: 38 éves nőbeteg, 2026. július közepe óta naponta többször jelentkező, hirtelen kezdetű szívdobogásérzés,
kísérő szédüléssel; egy alkalommal ájulásközeli állapot. Mellkasi fájdalom, nehézlégzés nincs. Családban hirtelen
szívhalál nem ismert. Koffein: napi 1 kávé.

Fizikális status: RR 120/76 Hgmm, pulzus 80/min, szabályos. Szívhangok tiszták, zörej nem hallható.
EKG: sinusritmus, 76/min, normál PQ és QTc, preexcitáció nincs.
Echocardiographia: normál méretű üregek, EF 62%, billentyűhiba nincs.
hs-troponin T: 5 ng/L.

Vélemény: strukturális szívbetegség nem igazolható. 24 órás Holter-monitorozás és terheléses EKG szervezése.

dr. Nagy Péter, kardiológus""", kind="consult", author="kardio", enc=e2)
    c.note("2026-11-10", "Belgyógyászati ambuláns lap – kontroll", """Belgyógyászati ambulancia – kontroll

A beteg panaszai (szívdobogásérzés, szédülés, fáradékonyság) négy hónapja változatlanul fennállnak; a betegnapló
szerint hetente 6–7 epizód, változatlanul. Munkahelyén (könyvelő) az utóbbi hónapban több napot hiányzott.

Eddigi kivizsgálás: laborvizsgálatok (vérkép, ionok, magnézium, pajzsmirigyfunkció, ferritin, vércukor) normálisak;
nyugalmi EKG, echocardiographia, 24 órás Holter és terheléses EKG negatív.

Vélemény: szervi eltérés nem igazolódott. A beteget megnyugtattuk, hogy „nincs szívbetegsége”; ezt nehezen fogadja el,
panaszai miatt továbbra is aggódik.
Kórisme: R0020 Szívdobogásérzés.
Terv: kontroll szükség szerint.

dr. Kovács Eszter, belgyógyász""", kind="progress", author="belgy", enc=e4)
    return c


# --------------------------------------------------------------------------- A2
def a_ibs_calprotectin(cid):
    c = Case(cid, "hu")
    p = c.patient("Lengyel", "Márton", "male", "1979-02-03", "047 903 218", addr("Szigeti út 12.", "Pécs", "7624"),
                  phone="+36 20 555 8812", marital="M")
    c.coverage("047903218", "1997-02-03")
    e0 = c.encounter("2025-09-16", type_text="Gasztroenterológiai szakrendelés", pract="gastro",
                     reason=cc(text="Hasi fájdalom, hasmenés, puffadás"))
    e1 = c.encounter("2026-03-10", type_text="Gasztroenterológiai szakrendelés – kontroll", pract="gastro")
    e2 = c.encounter("2026-06-16", type_text="Gasztroenterológiai szakrendelés – kontroll", pract="gastro",
                     reason=cc(text="Gyakoribb hasmenés, fogyás"))
    e3 = c.encounter("2026-10-20", type_text="Gasztroenterológiai szakrendelés – kontroll", pract="gastro",
                     reason=cc(text="Éjszakai hasmenés, további fogyás"))
    e4 = c.encounter("2026-11-24", type_text="Belgyógyászati ambulancia", pract="belgy",
                     reason=cc(text="Napi 6 laza széklet, éjszaka is; gyengeség"))
    c.procedure(oeno(c, "56360", "Colonoscopia (teljes vastagbéltükrözés)"), "2025-08-28", performer="gastro",
                note="Terminalis ileumig: nyálkahártya makroszkóposan ép. Szövettani mintavétel nem történt.")
    ibs = c.condition(bno(c, "K5800", "Irritábilis bél szindróma hasmenéssel", sct("10743008", "Irritable bowel syndrome")),
                      onset="2025-06-01", recorded="2025-09-16", enc=e0, asserter="gastro",
                      note="Colonoscopia negatív; Róma IV kritériumok alapján IBS-D.")
    c.condition(bno(c, "I10H0", "Esszenciális (primer) hypertonia"), onset="2019-04-01", recorded="2019-04-15")
    for d, w, e in [("2025-09-16", 82, e0), ("2026-03-10", 80, e1), ("2026-06-16", 78, e2), ("2026-10-20", 75, e3),
                    ("2026-11-24", 74, e4)]:
        c.vitals(d, weight=w, enc=e)
    stool = cc(c.local("megfigyeles", "SZEKL-NAP", "Napi székletszám (betegnapló)"), text="Napi székletszám")
    for d, n, e in [("2026-03-10", 3, e1), ("2026-06-16", 4, e2), ("2026-10-20", 6, e3), ("2026-11-24", 6, e4)]:
        c.obs(stool, d, qty(n, "/nap", "/d"), category="survey", enc=e, performer=p,
              note="Éjszakai székletürítés is." if n >= 6 else None)
    c.labs("2025-09-16", [("hb", 148, {"low": 135, "high": 175}), ("crp", 3), ("tsh", 2.1), ("ttg", 1.2)], enc=e0,
           panel="Laborlelet")
    c.labs("2026-06-16", [("calpro", 310), ("crp", 14), ("hb", 141, {"low": 135, "high": 175}), ("alb", 38)], enc=e2,
           panel="Laborlelet")
    c.labs("2026-10-20", [("calpro", 520), ("crp", 27), ("alb", 33), ("hb", 136, {"low": 135, "high": 175}),
                          ("ferritin", 88), ("esr", 34)], enc=e3, panel="Laborlelet")
    c.med_request(atc("A03AA04", "mebeverin", "Mebeverin 200 mg retard kapszula"), "2025-09-16", requester="gastro",
                  dose="2×1 kapszula 3 hónapig", reason_ref=ibs, status="completed", category="outpatient",
                  start="2025-09-16", end="2025-12-16")
    c.med_request(atc("A03AA04", "mebeverin", "Mebeverin 200 mg retard kapszula"), "2026-10-20", requester="gastro",
                  dose="2×1 kapszula (újraindítva)", reason_ref=ibs, category="outpatient")
    c.med_request(atc("A07DA03", "loperamid", "Loperamid 2 mg kapszula"), "2026-06-16", requester="gastro",
                  dose="Szükség esetén 1 kapszula, max. napi 4", reason_ref=ibs, category="outpatient")
    c.med_statement(atc("C09AA05", "ramipril", "Ramipril 5 mg tabletta"), "2019-04-15", dose="Napi 1×1")
    c.note("2026-10-20", "Gasztroenterológiai ambuláns lap", """Gasztroenterológiai szakrendelés – kontroll

Ismert IBS-D (2025. szeptember óta). Panaszai az utóbbi hónapokban fokozódtak: napi 5–6 laza széklet, éjszakai
székletürítés miatt felébred, vér nem volt. Testsúlya egy év alatt 82 kg-ról 75 kg-ra csökkent.

Labor: széklet kalprotektin 520 µg/g (júniusban 310), CRP 27 mg/L, albumin 33 g/L.

Vélemény: IBS-D, stresszhez köthető fellángolás valószínű (munkahelyi terhelés). A kalprotektin-emelkedés
valószínűleg nem specifikus.
Terv: mebeverin újraindítása (2025 decemberben 3 hónapos kúra után elhagyta), low-FODMAP diéta, pszichológiai támogatás javasolt. Kontroll 3 hónap múlva.

dr. Szabó Anikó, gasztroenterológus""", author="gastro", enc=e3)
    c.note("2026-11-24", "Belgyógyászati ambuláns lap", """Belgyógyászati ambulancia

A beteg napi 6 laza székletről, éjszakai hasmenésről, gyengeségről számol be. Testsúly 74 kg (egy éve 82 kg).
Has puha, az alhasban diffúz nyomásérzékenység. A gasztroenterológiai kórisme (IBS-D) fennáll, a beteget a
gasztroenterológiai kontrollra visszairányítottuk.

dr. Kovács Eszter""", author="belgy", enc=e4)
    return c


# --------------------------------------------------------------------------- A3
def a_cabg_planned(cid):
    c = Case(cid, "hu")
    p = c.patient("Bíró", "László", "male", "1959-06-21", "029 621 554", addr("Ady Endre u. 7.", "Komló", "7300"),
                  phone="+36 30 555 2091", marital="M")
    c.coverage("029621554", "1977-06-21")
    e1 = c.encounter("2026-09-08", type_text="Kardiológiai szakrendelés", pract="kardio",
                     reason=cc(text="Terhelésre jelentkező mellkasi szorítás"))
    e2 = c.encounter("2026-10-14", cls="SS", type_text="Invazív kardiológia – egynapos ellátás", pract="kardio",
                     end="2026-10-14")
    e3 = c.encounter("2026-10-28", type_text="Szívteam-konzílium", pract="szivseb")
    e4 = c.encounter("2026-11-18", type_text="Szívsebészeti műtét előtti kivizsgálás", pract="szivseb")
    cad = c.condition(bno(c, "I2510", "Atherosclerotikus szívbetegség", sct("53741008", "Coronary arteriosclerosis")),
                      onset="2026-09-08", recorded="2026-10-14", enc=e2, asserter="kardio",
                      note="Háromér-betegség + főtörzs-szűkület; stabil angina, CCS II–III.")
    c.condition(bno(c, "I10H0", "Esszenciális (primer) hypertonia"), onset="2008-03-01", recorded="2008-03-20")
    dm = c.condition(bno(c, "E1190", "Nem inzulin-dependens cukorbetegség szövődmények nélkül"), onset="2015-05-01",
                     recorded="2015-05-12")
    c.condition(bno(c, "E7800", "Tiszta hypercholesterinaemia"), onset="2012-01-01", recorded="2012-02-01")
    c.vitals("2026-09-08", 142, 86, 68, weight=88, height=176, enc=e1)
    c.vitals("2026-11-18", 134, 80, 62, weight=87, enc=e4)
    c.labs("2026-09-08", [("hba1c", 7.1), ("ldl", 2.4, {"high": 1.4}), ("crea", 92), ("egfr", 78), ("hb", 142, {"low": 135, "high": 175}),
                          ("ntprobnp", 180), ("k", 4.4)], enc=e1, panel="Laborlelet")
    cor = c.procedure(oeno(c, "18911", "Coronarographia"), "2026-10-14", performer="kardio", enc=e2, reason_ref=cad,
                      note="Arteria radialis dextra behatolás, szövődménymentes.")
    syn = c.obs(cc(c.local("megfigyeles", "SYNTAX", "SYNTAX score"), text="SYNTAX score"), "2026-10-14",
                qty(33, "pont", "{score}"), category="procedure", enc=e2)
    c.report(cc(c.local("funkcio", "CORO", "Coronarographia lelet"), text="Coronarographia lelet"), "2026-10-14", [syn],
             enc=e2, category="OTH", performer="kardio",
             conclusion="Főtörzs distalis 60%, LAD proximalis 80%, LCx 75%, RCA középső szakasz 90% szűkület. "
                        "Háromér-betegség főtörzs-érintettséggel, SYNTAX 33.")
    c.obs(cc(lnc("10230-1", "Left ventricular Ejection fraction"), text="Bal kamrai ejekciós frakció"), "2026-09-08",
          qty(55, "%"), category="imaging", enc=e1, low=52, high=72)
    cabg = c.service_request(cc(c.local("oeno", "53610", "Aorto-coronariás bypass műtét (többszörös)"),
                                sct("232717009", "Coronary artery bypass grafting"),
                                text="Aorto-coronariás bypass műtét (CABG, 3 graft)"),
                             "2026-10-28", status="active", intent="order", occurrence="2027-01-12",
                             requester="szivseb", performer="szivseb", reason_ref=cad, enc=e3,
                             category=cc(sct("387713003", "Surgical procedure")),
                             note="CABG: LIMA–LAD, vénás graft RCA-ra és OM-ra. Tervezett felvétel 2027.01.11.")
    c.appointment("2027-01-11T08:00", 60, "booked", "Felvétel szívsebészeti osztályra – CABG előtt", ["szivseb"],
                  service="Szívsebészet", based_on=cabg)
    meds = [("B01AC06", "acetilszalicilsav", "Acetilszalicilsav 100 mg tabletta", "Napi 1×1"),
            ("C10AA05", "atorvasztatin", "Atorvasztatin 40 mg filmtabletta", "Este 1×1"),
            ("C07AB07", "bizoprolol", "Bizoprolol 5 mg tabletta", "Reggel 1×1"),
            ("C09AA05", "ramipril", "Ramipril 5 mg tabletta", "Napi 1×1"),
            ("A10BA02", "metformin", "Metformin 1000 mg filmtabletta", "2×1")]
    for code, name, txt, dose in meds:
        c.med_statement(atc(code, name, txt), "2015-05-12" if code == "A10BA02" else "2026-09-08", dose=dose,
                        asserted="2026-11-18", reason_ref=dm if code == "A10BA02" else cad)
    c.med_request(atc("C01DA02", "glicerin-trinitrát", "Nitroglicerin szublingvális spray 0,4 mg/adag"), "2026-09-08",
                  requester="kardio", dose="Mellkasi fájdalom esetén 1–2 befújás", reason_ref=cad)
    c.note("2026-10-28", "Szívteam határozat", """Szívteam-konzílium (kardiológus, szívsebész, aneszteziológus)

Beteg: Bíró László, 67 éves. Stabil angina (CCS II–III), coronarographia (2026.10.14.): főtörzs 60%,
LAD proximalis 80%, LCx 75%, RCA 90% szűkület. SYNTAX score 33. Cukorbeteg, EF 55%.

Döntés: háromér-betegség + főtörzs-érintettség, diabetes mellitus mellett sebészi revascularisatio (CABG) javasolt
a PCI helyett. Tervezett műtét: LIMA–LAD, vénás graftok RCA és OM ágra.
A beteg a tájékoztatást megértette, a műtétbe beleegyezett. Műtét tervezett időpontja: 2027. január 12.

dr. Horváth Zsolt, szívsebész""", kind="consult", author="szivseb", enc=e3)
    c.note("2026-11-18", "Műtét előtti kivizsgálás", """Szívsebészeti műtét előtti kivizsgálás

Carotis-doppler: szignifikáns szűkület nincs. Légzésfunkció: normál. Fogászati góckutatás: negatív.
Vérkép, vesefunkció rendben. Metformin a műtét előtt 48 órával elhagyandó.
A beteg 2027.01.11-én felvételre kerül, CABG 2027.01.12-én.""", author="szivseb", enc=e4)
    return c


# --------------------------------------------------------------------------- A4
def a_tka_done(cid):
    c = Case(cid, "hu")
    p = c.patient("Szalai", "Erzsébet", "female", "1954-11-02", "017 102 446", addr("Petőfi Sándor u. 88.", "Siklós", "7800"),
                  phone="+36 70 555 3310", marital="W")
    c.coverage("017102446", "1972-11-02")
    e1 = c.encounter("2026-05-12", type_text="Ortopédiai szakrendelés", pract="ortho",
                     reason=cc(text="Jobb térdfájdalom, járástávolság 200 m"))
    e2 = c.encounter("2026-09-21", cls="IMP", type_text="Ortopédiai osztály – műtéti felvétel", pract="ortho",
                     end="2026-09-26", admit="outp", discharge="home", priority="EL")
    e3 = c.encounter("2026-10-06", type_text="Ortopédiai szakrendelés – sebkontroll", pract="ortho")
    e4 = c.encounter("2026-11-17", type_text="Ortopédiai szakrendelés – kontroll", pract="ortho")
    oa = c.condition(bno(c, "M1700", "Primer gonarthrosis, kétoldali", sct("239873007", "Osteoarthritis of knee")),
                     onset="2018-01-01", recorded="2018-03-14", note="Jobb oldalon Kellgren–Lawrence IV, bal oldalon II.")
    c.condition(bno(c, "I10H0", "Esszenciális (primer) hypertonia"), onset="2009-01-01", recorded="2009-02-10")
    sr = c.service_request(oeno(c, "58140", "Térdízületi totál endoprotézis beültetése"), "2026-05-12",
                           status="completed", intent="order", occurrence="2026-09-22", requester="ortho",
                           reason_ref=oa, enc=e1, note="Jobb oldali TEP, várólistára véve.")
    c.procedure(cc(c.local("oeno", "58140", "Térdízületi totál endoprotézis beültetése"),
                   sct("609588000", "Total knee replacement"), text="Jobb térd totál endoprotézis (cementes)"),
                "2026-09-22", performer="ortho", reason_ref=oa, enc=e2, based_on=sr,
                outcome="Szövődménymentes műtét", body_site=cc(text="jobb térdízület"))
    pain = cc(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Fájdalom (NRS 0–10)")
    for d, v, e in [("2026-05-12", 8, e1), ("2026-10-06", 4, e3), ("2026-11-17", 2, e4)]:
        c.score(pain, d, v, enc=e, performer=p)
    c.labs("2026-09-23", [("hb", 108), ("crp", 86), ("crea", 71, {"low": 44, "high": 80})], enc=e2, panel="Posztoperatív labor")
    c.labs("2026-10-06", [("hb", 121), ("crp", 9)], enc=e3, panel="Kontroll labor")
    c.obs(cc(c.local("megfigyeles", "TERD-FLEX", "Térdízület flexio (goniometria)"), text="Jobb térd flexio"),
          "2026-11-17", qty(115, "fok", "deg"), category="exam", enc=e4)
    c.vitals("2026-11-17", 132, 78, 72, weight=79, enc=e4)
    c.med_statement(atc("B01AB05", "enoxaparin", "Enoxaparin 40 mg/0,4 ml injekció"), "2026-09-22", end="2026-10-27",
                    status="completed", dose="Napi 1× sc. 35 napig")
    c.med_request(atc("N02BE01", "paracetamol", "Paracetamol 1 g tabletta"), "2026-09-26", requester="ortho",
                  dose="Szükség esetén max. 3×1", reason_ref=oa)
    c.med_statement(atc("C08CA01", "amlodipin", "Amlodipin 5 mg tabletta"), "2009-02-10", dose="Napi 1×1")
    c.careplan("Posztoperatív rehabilitáció – gyógytorna", "2026-09-26", status="active", intent="order",
               category=cc(text="Rehabilitáció"), addresses=[oa], author="ortho", period_start="2026-09-27",
               activities=[(cc(text="Gyógytorna"), "in-progress", "Heti 2 alkalom, térdflexio és izomerősítés"),
                           (cc(text="Járás bottal"), "completed", "6 hétig egy bottal")])
    c.note("2026-09-26", "Zárójelentés", """Zárójelentés – Ortopédiai Klinika

Felvétel: 2026.09.21., távozás: 2026.09.26.
Kórisme: M1700 Primer gonarthrosis, kétoldali.
Műtét (2026.09.22.): jobb oldali cementes térdízületi totál endoprotézis beültetése. Szövődménymentes lefolyás,
sebgyógyulás per primam. Mobilizálás a műtét utáni első napon.
Javaslat: enoxaparin 35 napig, gyógytorna, varratszedés a 14. napon, kontroll 6 hét múlva.

dr. Farkas Levente, ortopéd-traumatológus""", kind="discharge", author="ortho", enc=e2)
    c.note("2026-11-17", "Ortopédiai ambuláns lap – kontroll", """Ortopédiai szakrendelés – kontroll (8 héttel a műtét után)

Jobb térd: seb gyógyult, flexio 115°, extensio teljes, stabil. Fájdalom NRS 2. Bot nélkül jár.
Röntgen: a protézis komponensei jó helyzetben.
Bal térd: mérsékelt terhelési fájdalom, konzervatív kezelés (gyógytorna, testsúlycsökkentés); műtét jelenleg nem
indokolt, nem tervezett.
Kontroll: 6 hónap múlva.""", author="ortho", enc=e4)
    return c


# --------------------------------------------------------------------------- A5
def a_pancreas_palliative(cid):
    c = Case(cid, "hu")
    p = c.patient("Gulyás", "Ferenc", "male", "1951-01-15", "012 115 903", addr("Kossuth tér 2.", "Mohács", "7700"),
                  phone="+36 30 555 7745", marital="M")
    c.coverage("012115903", "1969-01-15")
    wife = c.related("Gulyásné Tóth", "Ilona", "WIFE", "wife", "female", phone="+36 30 555 7746", text="feleség")
    e1 = c.encounter("2026-09-14", cls="IMP", type_text="Gasztroenterológiai osztály", pract="gastro",
                     end="2026-09-24", admit="emd", discharge="home", reason=cc(text="Fájdalmatlan sárgaság, fogyás"))
    e2 = c.encounter("2026-10-15", type_text="Onkoteam", pract="onko")
    e3 = c.encounter("2026-11-05", type_text="Onkológiai szakrendelés", pract="onko")
    e4 = c.encounter("2026-11-19", type_text="Palliatív konzílium", pract="palliativ")
    ca = c.condition(bno(c, "C2500", "A pancreasfej rosszindulatú daganata",
                         sct("363418001", "Malignant tumor of pancreas")),
                     onset="2026-09-18", recorded="2026-09-22", enc=e1, asserter="gastro",
                     stage=cc(text="cT3 cN1 cM1 (hepar) – IV. stádium"),
                     note="EUS-FNA: ductalis adenocarcinoma.")
    c.condition(bno(c, "C7870", "A máj másodlagos rosszindulatú daganata"), onset="2026-09-17", recorded="2026-09-17",
                enc=e1)
    c.condition(bno(c, "E1190", "Nem inzulin-dependens cukorbetegség szövődmények nélkül"), onset="2025-06-01",
                recorded="2025-06-20")
    c.procedure(oeno(c, "51380", "ERCP, epeúti stent behelyezése"), "2026-09-16", performer="gastro", enc=e1,
                reason_ref=ca, outcome="Fémstent a ductus choledochusban, jó drenázs")
    c.procedure(oeno(c, "52190", "Endoszkópos ultrahang vezérelt finomtű-aspiráció (EUS-FNA)"), "2026-09-18",
                performer="gastro", enc=e1, reason_ref=ca)
    c.report(cc(c.local("radiologia", "CT-HAS", "Has-kismedence CT, kontrasztos"), text="Has CT"), "2026-09-17",
             enc=e1, category="CT",
             conclusion="4,2 cm-es pancreasfej-térfoglalás, a vena mesenterica superior 180°-os érintettségével; a májban "
                        "több, 8–31 mm-es metastasis; peripancreaticus nyirokcsomók.")
    c.labs("2026-09-14", [("bili", 186), ("alt", 212), ("ca199", 4820), ("alb", 31), ("hb", 124, {"low": 135, "high": 175})],
           enc=e1, panel="Felvételi labor")
    c.labs("2026-11-05", [("bili", 28), ("alb", 29), ("hb", 112, {"low": 135, "high": 175}), ("crp", 41)], enc=e3,
           panel="Laborlelet")
    ecog = cc(lnc("89247-1", "ECOG Performance Status score"), text="ECOG teljesítmény-státusz")
    c.obs(ecog, "2026-10-15", category="exam", enc=e2, value_int=3)
    c.obs(ecog, "2026-11-05", category="exam", enc=e3, value_int=3)
    c.vitals("2026-09-14", 128, 76, 88, weight=68, height=172, enc=e1)
    c.vitals("2026-11-05", 112, 70, 96, weight=61, enc=e3)
    c.note("2026-10-15", "Onkoteam határozat", """ONKOTEAM HATÁROZAT – 2026.10.15.

Beteg: Gulyás Ferenc (75 é.). Kórisme: C2500 pancreasfej adenocarcinoma, májmetastasisok, IV. stádium.
Általános állapot: ECOG 3, két hónap alatt 7 kg fogyás, hypalbuminaemia.

Döntés: a beteg általános állapota és a kiterjedt áttétes betegség miatt aktív onkológiai kezelés (kemoterápia,
sugárkezelés, műtét) nem javasolt. Kuratív vagy életmeghosszabbító kezelési lehetőség nem áll rendelkezésre.
Javaslat: tüneti (best supportive) kezelés, palliatív team bevonása, otthoni hospice-ellátás szervezése.

Jelen voltak: dr. Tóth Gábor (klinikai onkológus), dr. Szabó Anikó (gasztroenterológus), radiológus, sebész.""",
           type_cc=cc(c.local("dokumentum", "ONKOTEAM", "Onkoteam határozat"), text="Onkoteam határozat"),
           author="onko", enc=e2)
    cp = c.careplan("Palliatív ellátási terv", "2026-11-19", status="active", intent="plan",
                    category=cc(sct("103735009", "Palliative care"), text="Palliatív ellátás"),
                    description="Tüneti kezelés, fájdalomcsillapítás, otthoni hospice-ellátás.", addresses=[ca],
                    author="palliativ", period_start="2026-11-19",
                    activities=[(cc(text="Fájdalomcsillapítás"), "in-progress", "Retard morfin, áttöréses fájdalomra gyors hatású morfin"),
                                (cc(sct("385763009", "Hospice care")), "scheduled", "Otthoni hospice-szolgálat bevonása"),
                                (cc(text="Táplálásterápia"), "in-progress", "Pancreas-enzimpótlás, dietetikus")])
    c.service_request(cc(sct("385763009", "Hospice care"), text="Beutalás otthoni hospice-ellátásra"), "2026-11-19",
                      status="active", intent="order", requester="palliativ", reason_ref=ca, enc=e4,
                      performer=c.org2("Mecsek Otthoni Hospice Szolgálat", type_code="prov"),
                      note="Heti 2 ápolói látogatás, orvosi vizit szükség szerint.")
    c.med_request(atc("N02AA01", "morfin", "Morfin-szulfát 30 mg retard tabletta"), "2026-11-05", requester="onko",
                  dose="12 óránként 1 tabletta", reason_ref=ca)
    c.med_request(atc("A09AA02", "pankreatin", "Pankreatin 25 000 E kapszula"), "2026-09-24", requester="gastro",
                  dose="Étkezésenként 2 kapszula", reason_ref=ca)
    c.med_request(atc("A03FA01", "metoklopramid", "Metoklopramid 10 mg tabletta"), "2026-11-05", requester="onko",
                  dose="Szükség esetén 3×1")
    c.note("2026-11-19", "Palliatív konzílium", """Palliatív konzílium

A beteget és feleségét (Gulyásné Tóth Ilona) részletesen tájékoztattuk: daganatos betegségére oki kezelés nem áll
rendelkezésre, a kezelés célja a tünetek enyhítése és az életminőség megőrzése. A beteg otthoni ellátást kér.
Fájdalom NRS 5 → morfin retard 2×30 mg. Hospice-szolgálat értesítve.

dr. Lakatos Márta, palliatív szakorvos""", kind="consult", author="palliativ", enc=e4, related=[cp])
    return c


# --------------------------------------------------------------------------- A6
def a_adt_qol(cid):
    c = Case(cid, "hu")
    p = c.patient("Pintér", "József", "male", "1947-03-30", "008 330 617", addr("Zrínyi u. 23.", "Szigetvár", "7900"),
                  phone="+36 30 555 6021", marital="M")
    c.coverage("008330617", "1965-03-30")
    e1 = c.encounter("2026-07-07", type_text="Urológiai szakrendelés", pract="uro",
                     reason=cc(text="Emelkedett PSA, vizelési panaszok"))
    e2 = c.encounter("2026-07-21", cls="SS", type_text="Urológia – egynapos ellátás (prosztatabiopszia)", pract="uro",
                     end="2026-07-21")
    e3 = c.encounter("2026-08-18", type_text="Urológiai szakrendelés – kezelési terv", pract="uro")
    e4 = c.encounter("2026-08-20", type_text="Urológiai szakrendelés – injekció", pract="uro")
    e5 = c.encounter("2026-11-12", type_text="Urológiai szakrendelés – kontroll", pract="uro")
    ca = c.condition(bno(c, "C61H0", "A prostata rosszindulatú daganata", sct("399068003", "Malignant tumor of prostate")),
                     onset="2026-07-21", recorded="2026-07-28", enc=e2, asserter="uro",
                     stage=cc(text="cT3b cN0 cM0; Gleason 4+4=8 (ISUP 4); magas kockázatú, lokálisan előrehaladott"))
    c.condition(bno(c, "I10H0", "Esszenciális (primer) hypertonia"), onset="2002-01-01", recorded="2002-05-01")
    c.condition(bno(c, "I4800", "Paroxysmalis pitvarfibrilláció"), onset="2021-02-01", recorded="2021-02-15")
    c.procedure(oeno(c, "56310", "Transrectalis prosztatabiopszia (UH-vezérelt)"), "2026-07-21", performer="uro",
                enc=e2, reason_ref=ca)
    c.report(cc(c.local("nukmed", "CSONT-SC", "Csontszcintigráfia (egésztest)"), text="Csontszcintigráfia"),
             "2026-08-04", category="OTH", conclusion="Csontáttétre utaló kóros dúsulás nem látható.")
    c.labs("2026-07-07", [("psa", 38.2), ("crea", 96), ("hb", 139, {"low": 135, "high": 175})], enc=e1, panel="Laborlelet")
    c.labs("2026-11-12", [("psa", 3.1), ("hb", 128, {"low": 135, "high": 175})], enc=e5, panel="Laborlelet")
    c.obs(cc(c.local("labor", "TESZTO", "Tesztoszteron (összes)"), text="Tesztoszteron"), "2026-11-12",
          qty(0.3, "nmol/L"), enc=e5, low=8.6, high=29.0, interp_code="L")
    ql = cc(c.local("kerdoiv", "QLQC30-QL", "EORTC QLQ-C30 globális egészségi állapot / életminőség skála (0–100)"),
            text="EORTC QLQ-C30 globális életminőség")
    fa = cc(c.local("kerdoiv", "QLQC30-FA", "EORTC QLQ-C30 fáradtság tünetskála (0–100)"),
            text="EORTC QLQ-C30 fáradtság")
    c.score(ql, "2026-08-18", 75, enc=e3, performer=p, note="Kiindulási érték, a hormonkezelés előtt.")
    c.score(fa, "2026-08-18", 22, enc=e3, performer=p)
    c.score(ql, "2026-11-12", 50, enc=e5, performer=p)
    c.score(fa, "2026-11-12", 56, enc=e5, performer=p)
    gos = atc("L02AE03", "goszerelin", "Goszerelin 10,8 mg implantátum")
    mr = c.med_request(gos, "2026-08-18", requester="uro", dose="12 hetente 1 implantátum sc.", reason_ref=ca,
                       course="continuous", enc=e3)
    c.med_admin(gos, "2026-08-20", performer="uro", request=mr, enc=e4, dose_text="10,8 mg sc. a hasfalba")
    c.med_admin(gos, "2026-11-12", performer="uro", request=mr, enc=e5, dose_text="10,8 mg sc. a hasfalba")
    c.med_statement(atc("L02BB03", "bikalutamid", "Bikalutamid 50 mg tabletta"), "2026-08-13", end="2026-09-10",
                    status="completed", dose="Napi 1×1 (flare-prevenció)", reason_ref=ca)
    c.med_statement(atc("B01AF02", "apixaban", "Apixaban 5 mg tabletta"), "2021-02-15", dose="2×1")
    c.med_statement(atc("C08CA01", "amlodipin", "Amlodipin 10 mg tabletta"), "2002-05-01", dose="Napi 1×1")
    c.note("2026-08-18", "Urológiai ambuláns lap – kezelési terv", """Urológiai szakrendelés – kezelési terv

Kórisme: C61H0 prosztatarák, cT3b cN0 cM0, Gleason 4+4, PSA 38,2 ng/ml. Csontszcintigráfia negatív.
Uro-onkoteam javaslata: külső sugárkezelés + hosszú távú androgéndepriváció. A beteg (79 é.) a napi utazással járó
sugárkezelést nem vállalja; tartós androgéndepriváció (goszerelin 10,8 mg, 12 hetente) mellett döntött.
Kiindulási életminőség-kérdőív (EORTC QLQ-C30) felvéve: globális életminőség 75 pont.

dr. Kiss Balázs, urológus""", author="uro", enc=e3)
    c.note("2026-11-12", "Urológiai ambuláns lap – kontroll", """Urológiai szakrendelés – kontroll

PSA 38,2 → 3,1 ng/ml, tesztoszteron kasztrációs szinten. Második goszerelin implantátum beadva.
A beteg a hormonkezelés óta naponta többször jelentkező hőhullámokról, kifejezett fáradékonyságról, levertségről,
alvászavarról számol be; a kertet nem tudja művelni, társas programjait lemondta. Felesége szerint „teljesen
megváltozott”. EORTC QLQ-C30 globális életminőség 75 → 50 pont, fáradtság 22 → 56 pont.
Terv: androgéndepriváció folytatása, mozgásprogram, hőhullámokra életmódi tanácsok; pszichológiai támogatás felajánlva.

dr. Kiss Balázs""", author="uro", enc=e5)
    return c


# --------------------------------------------------------------------------- A7
def a_disc_declines(cid):
    c = Case(cid, "hu")
    p = c.patient("Sárközi", "Nóra", "female", "1990-08-09", "051 809 332", addr("Jókai Mór u. 5. 1/3", "Pécs", "7626"),
                  phone="+36 20 555 1945", marital="S")
    c.coverage("051809332", "2008-08-09")
    e1 = c.encounter("2026-06-25", type_text="Neurológiai szakrendelés", pract="neuro",
                     reason=cc(text="Bal alsó végtagba sugárzó derékfájdalom"))
    e2 = c.encounter("2026-07-20", type_text="Idegsebészeti szakrendelés – konzílium", pract="idegseb")
    e3 = c.encounter("2026-10-13", type_text="Neurológiai szakrendelés – kontroll", pract="neuro")
    e4 = c.encounter("2026-11-16", type_text="Neurológiai szakrendelés – kontroll", pract="neuro")
    disc = c.condition(bno(c, "M5110", "Ágyéki és egyéb intervertebralis discus rendellenességek radiculopathiával"),
                       onset="2026-06-10", recorded="2026-06-25", enc=e1, asserter="neuro",
                       note="L5–S1 discushernia, bal S1 radiculopathia.")
    c.report(cc(c.local("radiologia", "MR-LUMB", "Lumbalis gerinc MR"), text="Lumbalis MR"), "2026-07-08",
             category="NMR",
             conclusion="L5–S1 szegmentumban bal paramedián discushernia, amely a bal S1 gyököt a recessusban "
                        "komprimálja. Egyéb szegmentumokban degeneratív eltérés nincs.")
    pain = cc(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Fájdalom (NRS 0–10)")
    for d, v, e in [("2026-06-25", 8, e1), ("2026-07-20", 6, e2), ("2026-10-13", 4, e3), ("2026-11-16", 2, e4)]:
        c.score(pain, d, v, enc=e, performer=p)
    c.obs(cc(c.local("megfigyeles", "LASEGUE", "Lasègue-jel"), text="Lasègue-jel"), "2026-06-25", category="exam",
          enc=e1, value_string="Bal oldalon 40°-nál pozitív; bal Achilles-reflex gyengébb; motoros deficit nincs.")
    c.obs(cc(c.local("megfigyeles", "LASEGUE", "Lasègue-jel"), text="Lasègue-jel"), "2026-11-16", category="exam",
          enc=e4, value_string="Mindkét oldalon negatív; reflexek szimmetrikusak.")
    c.vitals("2026-06-25", 118, 72, 70, weight=64, enc=e1)
    c.med_statement(atc("M01AE01", "ibuprofen", "Ibuprofen 400 mg filmtabletta"), "2026-06-25", end="2026-08-15",
                    status="completed", dose="Szükség esetén 3×1")
    c.med_statement(atc("M03BX04", "tolperizon", "Tolperizon 150 mg filmtabletta"), "2026-06-25", end="2026-07-31",
                    status="completed", dose="3×1")
    c.service_request(cc(text="Gyógytorna – lumbalis stabilizáló program (10 alkalom)"), "2026-07-20",
                      status="completed", intent="order", requester="idegseb", performer="gyogytorna", reason_ref=disc,
                      occurrence="2026-07-27")
    c.careplan("Konzervatív kezelési terv – lumbalis discushernia", "2026-07-20", status="active", intent="plan",
               addresses=[disc], author="neuro", period_start="2026-07-20",
               activities=[(cc(text="Gyógytorna"), "in-progress", "Heti 2 alkalom, otthoni tornaprogram"),
                           (cc(text="Kontroll MR"), "not-started", "Csak neurológiai deficit esetén")])
    offer = c.communication("2026-08-05", "Kedves Nóra! Ahogy a rendelésen beszéltük, ha szeretné, kérhetünk "
                            "független második véleményt egy másik idegsebészeti központtól a leletei alapján. Kérem, "
                            "jelezze, ha élni kíván ezzel a lehetőséggel. Üdvözlettel: dr. Molnár Réka",
                            c.P("neuro"), [p], category_text="Betegportál üzenet", topic="Második vélemény felajánlása",
                            about=[disc])
    c.communication("2026-08-06", "Kedves Doktornő! Köszönöm a lehetőséget, de nem kérek második véleményt. "
                    "Megbízom Önökben, a gyógytorna sokat segít, a fájdalom már sokkal kisebb. Folytatnám a "
                    "megkezdett kezelést. Üdvözlettel: Sárközi Nóra", p, [c.P("neuro")],
                    category_text="Betegportál üzenet", topic="Válasz: második vélemény", about=[disc],
                    in_response_to=offer)
    c.note("2026-07-20", "Idegsebészeti konzílium", """Idegsebészeti konzílium

L5–S1 bal paramedián discushernia, bal S1 radiculopathia, motoros deficit nincs, sphincterzavar nincs.
Vélemény: műtéti indikáció jelenleg nincs. Konzervatív kezelés (gyógytorna, fájdalomcsillapítás) javasolt;
progresszív neurológiai deficit vagy cauda equina tünetek esetén azonnali jelentkezés.

dr. Katona Ádám, idegsebész""", kind="consult", author="idegseb", enc=e2)
    c.note("2026-11-16", "Neurológiai ambuláns lap – kontroll", """Neurológiai szakrendelés – kontroll

Jelentős javulás: a kisugárzó fájdalom megszűnt, derékfájdalom NRS 2. Lasègue negatív, neurológiai status ép.
Dolgozik (tanár). Gyógytorna otthon folytatva. A második vélemény felajánlását augusztusban köszönettel
elutasította. Kontroll szükség szerint.

dr. Molnár Réka""", author="neuro", enc=e4)
    return c


# --------------------------------------------------------------------------- A8
def a_hba1c_rising(cid):
    c = Case(cid, "hu")
    p = c.patient("Oláh", "Imre", "male", "1964-12-11", "033 211 748", addr("Hunyadi u. 61.", "Kaposvár", "7400"),
                  phone="+36 30 555 8890", marital="M")
    c.coverage("033211748", "1982-12-11")
    dates = ["2025-11-20", "2026-03-02", "2026-06-15", "2026-10-05"]
    encs = [c.encounter(d, type_text="Diabetológiai szakrendelés – gondozás", pract="diab") for d in dates]
    e5 = c.encounter("2026-11-23", type_text="Diabetológiai szakrendelés – oktatás, inzulin beállítás előkészítése",
                     pract="diab")
    dm = c.condition(bno(c, "E1190", "Nem inzulin-dependens cukorbetegség szövődmények nélkül",
                         sct("44054006", "Diabetes mellitus type 2")), onset="2016-05-01", recorded="2016-05-20")
    c.condition(bno(c, "I10H0", "Esszenciális (primer) hypertonia"), onset="2014-01-01", recorded="2014-02-11")
    c.condition(bno(c, "E6600", "Túlzott energiabevitel okozta elhízás"), onset="2016-05-01", recorded="2016-05-20")
    for d, a1c, glu, w, e in zip(dates, [7.4, 8.0, 8.6, 9.3], [8.9, 10.1, 11.4, 12.6], [104, 105, 103, 104], encs):
        c.labs(d, [("hba1c", a1c, {"high": 7.0}), ("glu", glu)], enc=e, panel="Diabetes gondozási labor")
        c.vitals(d, 138, 84, 76, weight=w, enc=e)
    c.labs("2026-10-05", [("crea", 84), ("egfr", 86), ("ldl", 2.6, {"high": 1.8}), ("k", 4.5), ("alt", 34)], enc=encs[3],
           panel="Kémiai panel")
    c.med_statement(atc("A10BA02", "metformin", "Metformin 1000 mg filmtabletta"), "2016-05-20", dose="2×1",
                    reason_ref=dm, asserted="2026-10-05",
                    note="Az EESZT szerint a gyógyszerkiváltások rendszeresek.")
    c.med_statement(atc("A10BB09", "gliklazid", "Gliklazid 60 mg módosított hatóanyag-leadású tabletta"), "2023-02-14",
                    dose="Reggel 1×1", reason_ref=dm, asserted="2026-10-05")
    c.med_request(atc("A10BK01", "dapagliflozin", "Dapagliflozin 10 mg filmtabletta"), "2026-06-15", requester="diab",
                  dose="Reggel 1×1", reason_ref=dm, enc=encs[2], course="continuous")
    c.med_statement(atc("C09AA05", "ramipril", "Ramipril 10 mg tabletta"), "2014-02-11", dose="Napi 1×1")
    c.med_statement(atc("C10AA05", "atorvasztatin", "Atorvasztatin 20 mg filmtabletta"), "2018-03-01", dose="Este 1×1")
    c.med_request(atc("A10AE04", "glargin inzulin", "Glargin inzulin 100 E/ml előretöltött injekciós toll"), "2026-11-23",
                  status="draft", intent="plan", requester="diab", dose="Este 10 E sc., titrálás éhgyomri vércukor szerint",
                  reason_ref=dm, enc=e5)
    c.note("2026-10-05", "Diabetológiai ambuláns lap", """Diabetológiai szakrendelés – gondozás

2-es típusú diabetes (2016 óta). Kezelés: metformin 2×1000 mg (2016 óta), gliklazid MR 60 mg (2023 óta),
dapagliflozin 10 mg (2026. június óta). Az EESZT szerint a gyógyszerkiváltások rendszeresek; önellenőrzési napló
vezetve, diétás tanácsadáson 2026 márciusában részt vett.

HbA1c alakulása: 2025.11.: 7,4% → 2026.03.: 8,0% → 2026.06.: 8,6% → 2026.10.: 9,3%.
Éhgyomri vércukor 12,6 mmol/L. Testsúly stabil (104 kg).

Vélemény: a háromszoros orális kombináció ellenére egy éve folyamatosan romló glikémiás kontroll.
Terv: bázisinzulin bevezetése, diabetes-oktatás 2026.11.23-án.

dr. Papp Dániel, diabetológus""", author="diab", enc=encs[3])
    return c


# --------------------------------------------------------------------------- A9
def a_wilson(cid):
    c = Case(cid, "hu")
    p = c.patient("Deák", "Lilla", "female", "2001-05-19", "055 519 206", addr("Szabadság u. 14.", "Pécsvárad", "7720"),
                  phone="+36 70 555 0519", marital="S")
    c.coverage("055519206", "2001-05-19")
    e1 = c.encounter("2026-05-12", type_text="Hepatológiai szakrendelés – ritka betegség gondozás", pract="hepato")
    e2 = c.encounter("2026-05-20", type_text="Szemészeti szakrendelés (réslámpa)", service="Szemészet")
    e3 = c.encounter("2026-11-10", type_text="Hepatológiai szakrendelés – ritka betegség gondozás", pract="hepato")
    wd = c.condition(cc(c.local("bno10", "E8300", "Réz-anyagcsere rendellenességei"),
                        sct("88518009", "Wilson's disease"), (ORPHA, "ORPHA:905", "Wilson disease"),
                        text="Wilson-kór (hepatolenticularis degeneratio)"),
                     onset="2019-03-01", recorded="2019-04-02", asserter="hepato",
                     note="Diagnózis 2019: ceruloplazmin 0,06 g/L, 24 órás vizelet réz 410 µg, Kayser–Fleischer-gyűrű, "
                          "ATP7B p.His1069Gln homozigóta. Hepaticus forma, enyhe fibrosis.")
    c.obs(cc(c.local("genetika", "ATP7B", "ATP7B gén mutációanalízis"), text="ATP7B genetikai vizsgálat"), "2019-03-28",
          value_string="c.3207C>A (p.His1069Gln) homozigóta – patogén", interp_code="A")
    c.labs("2026-05-12", [("cer", 0.07), ("alt", 48), ("ast", 39), ("bili", 14), ("inr", 1.1), ("plt", 162),
                          ("hb", 127), ("alb", 41)], enc=e1, panel="Hepatológiai labor")
    c.obs(cc(c.local("labor", "VIZ-CU24", "Vizelet réz (24 órás gyűjtés)"), text="24 órás vizelet réz"), "2026-05-12",
          qty(320, "µg/24 óra", "ug/(24.h)"), enc=e1, low=200, high=500, range_text="Trientin-kezelés alatt: 200–500 µg/24 óra")
    c.labs("2026-11-10", [("cer", 0.08), ("alt", 39), ("ast", 33), ("inr", 1.1), ("plt", 158)], enc=e3,
           panel="Hepatológiai labor")
    c.obs(cc(c.local("funkcio", "FIBROSCAN", "Tranziens elasztográfia (májmerevség)"), text="Májmerevség"),
          "2026-11-10", qty(8.6, "kPa"), category="imaging", enc=e3, high=7.0)
    c.obs(cc(c.local("megfigyeles", "KF-GYURU", "Kayser–Fleischer-gyűrű (réslámpa)"), text="Kayser–Fleischer-gyűrű"),
          "2026-05-20", category="exam", enc=e2, value_string="Nem látható (a korábbi gyűrű regrediált).")
    c.med_statement(atc("M01CC01", "penicillamin", "D-penicillamin 250 mg kapszula"), "2019-04-02", end="2021-01-15",
                    status="stopped", status_reason="Proteinuria miatt leállítva", reason_ref=wd)
    c.med_request(atc("A16AX12", "trientin", "Trientin-tetrahidroklorid 200 mg kapszula"), "2021-01-15",
                  requester="hepato", dose="2×3 kapszula éhgyomorra", reason_ref=wd, course="continuous")
    c.vitals("2026-11-10", 112, 70, 74, weight=57, enc=e3)
    c.note("2026-11-10", "Hepatológiai ambuláns lap", """Hepatológiai szakrendelés – ritka betegség gondozás

Kórisme: Wilson-kór (E8300), hepaticus forma, 2019 óta ismert. ATP7B p.His1069Gln homozigóta.
Kezelés: trientin 2×600 mg (2021 óta; a D-penicillamint proteinuria miatt leállítottuk).
Jelen állapot: panaszmentes, egyetemi hallgató. Neurológiai és pszichiátriai tünet nincs.
Labor: ALAT 39 U/L, INR 1,1, thrombocyta 158 G/L. Májmerevség 8,6 kPa (F2). 24 órás vizelet réz a célérték
tartományában (320 µg).
Terv: trientin folytatása, évente kétszeri ritka betegség-gondozás, családszűrés (testvér) megtörtént – negatív.

dr. Balogh Krisztina, hepatológus""", author="hepato", enc=e3)
    return c


# --------------------------------------------------------------------------- A10
def a_kawasaki_resolved(cid):
    c = Case(cid, "hu")
    p = c.patient("Vincze", "Áron", "male", "2002-02-27", "056 227 113", addr("Bajcsy-Zsilinszky u. 30.", "Pécs", "7622"),
                  phone="+36 20 555 2702", marital="S")
    c.coverage("056227113", "2002-02-27")
    e1 = c.encounter("2026-04-14", type_text="Kardiológiai szakrendelés – sportorvosi kérésre", pract="kardio",
                     reason=cc(text="Sportolási engedély; gyermekkori Kawasaki-betegség"))
    e2 = c.encounter("2026-09-22", type_text="Tüdőgyógyászati szakrendelés – asthma gondozás", pract="pulmo")
    c.condition(cc(c.local("bno10", "M3030", "Mucocutan nyirokcsomó-szindróma [Kawasaki]"),
                   sct("75053002", "Acute febrile mucocutaneous lymph node syndrome"),
                   (ORPHA, "ORPHA:2331", "Kawasaki disease"), text="Kawasaki-betegség (gyermekkorban)"),
                clinical="resolved", onset="2005-03-10", abatement="2005-05-15", recorded="2005-03-14",
                note="3 éves korban, IVIG + acetilszalicilsav kezelés. Coronaria-aneurysma nem alakult ki; a 2010-es "
                     "kontroll echocardiographia normális volt.")
    ast = c.condition(bno(c, "J4500", "Túlnyomóan allergiás asthma", sct("195967001", "Asthma")), onset="2012-04-01",
                      recorded="2012-05-02")
    c.condition(bno(c, "J3010", "Virágpor okozta allergiás rhinitis"), onset="2011-05-01", recorded="2012-05-02")
    c.obs(cc(c.local("funkcio", "EKG12", "12 elvezetéses nyugalmi EKG"), text="Nyugalmi EKG"), "2026-04-14",
          category="procedure", enc=e1, interp_code="N", value_string="Sinusritmus 58/min, sportolói szív, kóros eltérés nincs.")
    ef = c.obs(cc(lnc("10230-1", "Left ventricular Ejection fraction"), text="Bal kamrai ejekciós frakció"),
               "2026-04-14", qty(64, "%"), category="imaging", enc=e1, low=52, high=72)
    c.report(cc(c.local("funkcio", "ECHO", "Transthoracalis echocardiographia"), text="Echocardiographia"), "2026-04-14",
             [ef], enc=e1, category="CUS", performer="kardio",
             conclusion="Normál szívüregek és funkció. A coronariák eredése és proximalis szakasza normál tágasságú, "
                        "aneurysma nem látható.")
    fev = c.obs(cc(lnc("20150-9", "FEV1 [Volume] Respiratory"), text="FEV1"), "2026-09-22", qty(4.3, "L"),
                category="procedure", enc=e2, low=3.6, range_text="Várható érték 98%")
    c.report(cc(c.local("funkcio", "SPIRO", "Spirometria"), text="Spirometria"), "2026-09-22", [fev], enc=e2,
             category="PF", performer="pulmo", conclusion="Normál ventilációs funkció, bronchodilatátor-reverzibilitás nincs.")
    c.obs(cc(c.local("labor", "IGE", "Összes IgE"), text="Összes IgE"), "2026-09-22", qty(210, "kU/L", "k[IU]/L"),
          enc=e2, high=100)
    c.vitals("2026-04-14", 122, 70, 58, weight=78, height=184, enc=e1)
    c.med_request(atc("R03AK07", "formoterol és budezonid", "Budezonid/formoterol 160/4,5 µg inhalációs por"),
                  "2024-03-01", requester="pulmo", dose="Szükség szerint 1 belégzés (MART)", reason_ref=ast,
                  course="continuous")
    c.med_statement(atc("R06AE07", "cetirizin", "Cetirizin 10 mg tabletta"), "2026-04-01", end="2026-06-30",
                    status="completed", dose="Napi 1×1 pollenszezonban")
    c.note("2026-04-14", "Kardiológiai ambuláns lap", """Kardiológiai szakrendelés

24 éves férfi, amatőr triatlonista; sportorvosi kérésre vizsgáljuk gyermekkori Kawasaki-betegség miatt.
Anamnézis: 2005-ben (3 éves korban) Kawasaki-betegség, IVIG-kezelés, coronaria-aneurysma nem alakult ki.
Panaszmentes, terhelhetősége kiváló.
EKG: sportolói bradycardia. Echocardiographia: normál szívüregek, a coronariák proximalis szakasza normális.

Vélemény: gyermekkori Kawasaki-betegség szövődménymentesen gyógyult. Sportolásnak kardiológiai akadálya nincs;
rendszeres kardiológiai gondozás nem szükséges.

dr. Nagy Péter""", kind="consult", author="kardio", enc=e1)
    c.note("2026-09-22", "Tüdőgyógyászati ambuláns lap", """Tüdőgyógyászati szakrendelés – asthma gondozás

Jól kontrollált allergiás asthma (ACT 23 pont), MART-kezelés mellett havonta 2–3 alkalommal használ inhalátort.
Spirometria normális. Pollenszezonban cetirizin. Kontroll egy év múlva.

dr. Fodor Ildikó""", author="pulmo", enc=e2)
    return c


CASES = [
    dict(key="A1", build=a_palpitations, target=PCS, kind="positive", expected=[PCS],
         why="Palpitations and dizziness recorded at four visits over 15 weeks; labs, ECG, echo, Holter and exercise ECG all "
             "normal and no explaining diagnosis; the patient was told there is no heart disease.",
         summary="Hungarian 38F, palpitations/presyncope for 4 months, complete normal cardiac work-up, no diagnosis"),
    dict(key="A2", build=a_ibs_calprotectin, target=DSM, kind="positive", expected=[DSM],
         why="IBS-D (K58) label active for 14 months while nocturnal diarrhoea, 8 kg weight loss, rising faecal calprotectin "
             "(520), raised CRP and low albumin appear that IBS cannot explain; the label is kept.",
         summary="Hungarian 47M, IBS label kept despite nocturnal diarrhoea, weight loss, calprotectin 520, CRP 27"),
    dict(key="A3", build=a_cabg_planned, target=MPP, kind="positive", expected=[MPP],
         why="Heart team decided on CABG; active ServiceRequest (intent order) for multi-vessel bypass on 2027-01-12 and a booked "
             "admission, not yet performed.",
         summary="Hungarian 67M, three-vessel + left-main disease, CABG ordered for January 2027"),
    dict(key="A4", build=a_tka_done, target=MPP, kind="near-miss", expected=[],
         why="The major operation (right total knee replacement) was already performed in September 2026 (ServiceRequest "
             "completed, Procedure completed); the other knee is managed conservatively with no surgery planned.",
         summary="Hungarian 72F, right knee replacement already done, good recovery, no further surgery planned"),
    dict(key="A5", build=a_pancreas_palliative, target=UP, kind="positive", expected=[UP],
         why="Stage IV pancreatic cancer; tumour board states no curative or life-prolonging treatment option, palliative "
             "CarePlan and hospice referral active, no second opinion on record.",
         summary="Hungarian 75M, metastatic pancreatic cancer, ECOG 3, onkoteam: no active treatment, hospice referral"),
    dict(key="A6", build=a_adt_qol, target=HIT, kind="positive", expected=[HIT],
         why="Long-term androgen deprivation started 2026-08; EORTC QLQ-C30 global QoL fell 75 to 50 (well beyond the 10-point "
             "MCID) with hot flushes and fatigue, while PSA responds.",
         summary="Hungarian 79M, prostate cancer on goserelin, QLQ-C30 global QoL 75 to 50 after start"),
    dict(key="A7", build=a_disc_declines, target=PRC, kind="near-miss", expected=[],
         why="The only second-opinion signal is a clinician offer that the patient explicitly declined in a portal message; "
             "she is improving on conservative care and voices no concern.",
         summary="Hungarian 36F, lumbar disc herniation improving with physio; patient declines offered second opinion"),
    dict(key="A8", build=a_hba1c_rising, target=WDT, kind="positive", expected=[WDT],
         why="HbA1c rose 7.4 to 9.3% over 10.5 months (four values, > 0.5% MCID) while metformin and gliclazide ran "
             "throughout with documented adherence and dapagliflozin was added.",
         summary="Hungarian 61M, type 2 diabetes, HbA1c 7.4 to 9.3% despite triple oral therapy"),
    dict(key="A9", build=a_wilson, target=ROC, kind="positive", expected=[ROC],
         why="Active Wilson disease (Orphanet rare disease, ORPHA:905) under chelation with trientine and rare-disease follow-up.",
         summary="Hungarian 25F, Wilson disease on trientine, hepatology rare-disease clinic"),
    dict(key="A10", build=a_kawasaki_resolved, target=ROC, kind="near-miss", expected=[],
         why="The rare disease (Kawasaki disease) was a childhood episode, resolved without coronary sequelae; active problems "
             "are only well-controlled asthma and allergic rhinitis.",
         summary="Hungarian 24M, resolved childhood Kawasaki disease, normal coronaries; asthma and rhinitis only"),
]
