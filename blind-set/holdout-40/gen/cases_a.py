"""Organisation A: German university hospital (ICD-10-GM, OPS, LOINC + local lab codes, ATC, German notes)."""
from fhirlib import cc, txt, q, ref
from common import base, lab, LOCAL_LAB_A


def gm(code, d):
    return cc(("icdgm", code, d))


def ops(code, d):
    return cc(("ops", code, d))


def atc(code, d, text=None):
    return cc(("atc", code, d), text=text or d)


AMB = lambda t: cc(("https://fhir.uk-nordheim.example.de/CodeSystem/fallart", "AMB-" + t[:4].upper(), t), text=t)
ARZTBRIEF = cc(("loinc", "11488-4", "Consult note"), text="Arztbrief")
VERLAUF = cc(("loinc", "11506-3", "Progress note"), text="Verlaufsdokumentation")


def a_schwindel(c):
    """PSNW positive: dizziness on 5 dates over 7 months, every examination normal, no explaining diagnosis."""
    base(c, "Wendt", "Ilse Marianne", "female", "1972-03-18",
         [("Brandt", "Katharina", "Dr. med.", "Fachärztin für Innere Medizin"),
          ("Yilmaz", "Deniz", "Dr. med.", "Facharzt für Neurologie")])
    hlp = c.condition(gm("E78.0", "Reine Hypercholesterinämie"), "2019-05-02")
    c.medstmt(atc("C10AA05", "Atorvastatin", "Atorvastatin 20 mg 0-0-1"), "2019-05-10", reason=[hlp])
    sw = c.condition(gm("R42", "Schwindel und Taumel"), "2026-04-10", note="Rezidivierender Drehschwindel, täglich, unabhängig von Lage und Belastung.")
    dates = ["2026-04-14", "2026-05-26", "2026-07-08", "2026-09-15", "2026-11-10"]
    encs = []
    for i, d in enumerate(dates):
        e = c.encounter(d, typ=AMB("Ambulanz Innere Medizin" if i % 2 == 0 else "Ambulanz Neurologie"), reason=gm("R42", "Schwindel und Taumel"),
                        pr=c.pr[i % 2], reasonref=[sw])
        encs.append(e)
        c.obs(cc(("sct", "404640003", "Dizziness"), text="Schwindel"), d, "Schwindel weiterhin vorhanden, mehrmals täglich, Dauer Minuten", "exam", e)
    c.vitals(dates[0], encs[0], 128, 78, 72, 64.5)
    c.vitals(dates[3], encs[3], 124, 76, 70, 64.0)
    for k, v in [("hb", 13.6), ("na", 139), ("k", 4.2), ("glu", 88), ("tsh", 1.9), ("crea", 0.8)]:
        lab(c, k, dates[0], v, encs[0])
    for k, v in [("hb", 13.4), ("b12", 410), ("ferr", 86), ("crp", 1.2)]:
        lab(c, k, dates[2], v, encs[2])
    ekg = c.obs(cc(("loinc", "8601-7", "EKG impression"), text="Langzeit-EKG 24 h"), "2026-05-27", "Sinusrhythmus, keine Pausen, keine relevanten Rhythmusstörungen", "procedure", encs[1], interp="N")
    c.report(cc(text="Langzeit-EKG Befund"),
             "2026-05-28", "Unauffälliges Langzeit-EKG.", [ekg], enc=encs[1])
    c.report(cc(("loinc", "24590-2", "MR Brain"), text="cMRT nativ und mit KM"), "2026-07-20",
             "Altersentsprechender Normalbefund. Kein Anhalt für Ischämie, Raumforderung oder Kleinhirnbrückenwinkel-Prozess.", enc=encs[2])
    c.report(cc(text="Tonaudiometrie und Video-Kopfimpuls-Untersuchung"), "2026-09-18",
             "Normakusis beidseits, vHIT regelrecht, kein Spontannystagmus.", enc=encs[3])
    c.obs(cc(text="Schellong-Stehversuch (Orthostase-Untersuchung)"), "2026-09-15", "Kein orthostatischer Blutdruckabfall", "exam", encs[3], interp="N")
    c.note("2026-11-10", "Verlaufsvorstellung Ambulanz Innere Medizin.\n"
           "Die Patientin berichtet über weiterhin täglichen Schwindel seit April 2026, unverändert. "
           "Laborchemie, Langzeit-EKG, cMRT, Audiometrie, vHIT und Orthostase-Untersuchung ohne pathologischen Befund. "
           "Eine Ursache konnte nicht gefunden werden; wir haben der Patientin mitgeteilt, dass organisch alles in Ordnung sei. "
           "Wiedervorstellung bei Bedarf.\n\nEnglish summary: persistent daily dizziness since April 2026; all examinations normal; "
           "no diagnosis established; patient told nothing is wrong.", ARZTBRIEF, encs[4], title="Arztbrief Ambulanz")


def a_reizdarm(c):
    """DSM positive: IBS label > 90 days while calprotectin, CRP, anaemia and weight loss appear."""
    base(c, "Krüger", "Jonas", "male", "1992-08-02", [("Hoffmann", "Stefan", "Dr. med.", "Facharzt für Allgemeinmedizin")])
    ibs = c.condition(gm("K58.9", "Reizdarmsyndrom"), "2025-11-20", recorded="2025-11-20",
                      note="Diagnose nach unauffälliger Basisdiagnostik gestellt.")
    c.condition(gm("J30.1", "Allergische Rhinopathie durch Pollen"), "2010-04-01")
    d = ["2025-11-20", "2026-02-17", "2026-05-12", "2026-08-25", "2026-11-03"]
    e = [c.encounter(x, typ=AMB("Hochschulambulanz Allgemeinmedizin"), reasonref=[ibs]) for x in d]
    c.medstmt(atc("A03AA04", "Mebeverin", "Mebeverin 135 mg 1-1-1"), "2025-11-20", reason=[ibs])
    wts = [78.0, 77.1, 75.0, 72.8, 71.2]
    for x, en, w in zip(d, e, wts):
        c.vitals(x, en, wt=w)
    for x, en, txt_ in zip(d[1:], e[1:], ["Bauchschmerzen, breiige Stühle 3x/Tag", "Bauchschmerzen, nächtliche Durchfälle",
                                           "nächtliche Durchfälle, Gewichtsverlust", "Durchfälle 5-6x/Tag, auch nachts, Müdigkeit"]):
        c.obs(cc(("sct", "62315008", "Diarrhea"), text="Diarrhoe"), x, txt_, "exam", en)
    lab(c, "hb", d[0], 14.6, e[0]); lab(c, "crp", d[0], 3.1, e[0])
    lab(c, "hb", d[3], 12.8, e[3]); lab(c, "crp", d[3], 19.0, e[3])
    lab(c, "hb", d[4], 12.1, e[4]); lab(c, "crp", d[4], 27.5, e[4]); lab(c, "ferr", d[4], 41, e[4]); lab(c, "esr", d[4], 38, e[4])
    c.lab(cc(("loinc", "38445-3", "Calprotectin [Mass/mass] in Stool"), (LOCAL_LAB_A, "CALPRO", "Calprotectin im Stuhl"), text="Calprotectin im Stuhl"),
          d[4], 412, "ug/g", None, 50, e[4])
    c.impression(d[4], "Weiterhin als Reizdarmsyndrom geführt. Mebeverin fortsetzen, Ernährungsberatung (FODMAP).",
                 [gm("K58.9", "Reizdarmsyndrom")], [ibs], e[4])
    c.note(d[4], "Hausärztliche Verlaufskontrolle.\nSeit 11/2025 Reizdarmsyndrom. Jetzt zunehmend nächtliche Durchfälle, "
           "Gewichtsverlust 7 kg in 12 Monaten, CRP 27,5 mg/l, Calprotectin 412 µg/g, Hb leicht erniedrigt. "
           "Procedere: Mebeverin weiter, FODMAP-arme Kost, Kontrolle in 3 Monaten.", VERLAUF, e[4], title="Verlaufseintrag")


def a_virus(c):
    """DSM near miss: catch-all viral infection label lasting two weeks, resolved (too short, abated)."""
    base(c, "Schäfer", "Lena", "female", "1988-01-27")
    asth = c.condition(gm("J45.0", "Vorwiegend allergisches Asthma bronchiale"), "2004-06-01")
    c.medstmt(atc("R03AK06", "Salmeterol und Fluticason", "Salmeterol/Fluticason 50/250 µg 1-0-1"), "2018-03-01", reason=[asth])
    v = c.condition(gm("B34.9", "Virusinfektion, nicht näher bezeichnet"), "2026-10-20", status="resolved", abate="2026-11-04",
                    cat="encounter-diagnosis")
    e1 = c.encounter("2026-10-22", typ=AMB("Notaufnahme"), cls="EMER", reason=cc(("sct", "386661006", "Fever"), text="Fieber"), reasonref=[v])
    e2 = c.encounter("2026-11-04", typ=AMB("Hochschulambulanz Allgemeinmedizin"), reasonref=[v])
    e0 = c.encounter("2026-03-10", typ=AMB("Pneumologische Ambulanz"), reasonref=[asth])
    c.vitals("2026-10-22", e1, 118, 72, 98, temp=38.6)
    c.vitals("2026-11-04", e2, 116, 70, 74, temp=36.8)
    c.vitals("2026-03-10", e0, 114, 70, 70, 61.0)
    for k, v_ in [("wbc", 6.1), ("crp", 14.0), ("hb", 13.4), ("plt", 212)]:
        lab(c, k, "2026-10-22", v_, e1)
    lab(c, "crp", "2026-11-04", 2.1, e2)
    c.obs(cc(("loinc", "94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection"), text="SARS-CoV-2-PCR"),
          "2026-10-22", cc(("sct", "260385009", "Negative")), "laboratory", e1, interp="NEG")
    c.obs(cc(("loinc", "19926-5", "FEV1/FVC"), text="FEV1/FVC"), "2026-03-10", q(78, "%"), "procedure", e0, interp="N")
    c.note("2026-11-04", "Kontrolle nach fieberhaftem Infekt der oberen Atemwege. Seit 5 Tagen fieberfrei, Husten rückläufig, "
           "beschwerdefrei. CRP normalisiert. Diagnose: Virusinfekt, abgeklungen. Asthma stabil.", VERLAUF, e2, title="Verlauf")


def a_cabg(c):
    """MPP positive: CABG ordered for three-vessel disease, scheduled January 2027."""
    base(c, "Lehmann", "Heinz-Georg", "male", "1958-11-09",
         [("Vogel", "Martin", "Prof. Dr. med.", "Facharzt für Kardiologie"), ("Albers", "Ruth", "Dr. med.", "Fachärztin für Herzchirurgie")])
    cad = c.condition(gm("I25.13", "Atherosklerotische Herzkrankheit: Drei-Gefäß-Erkrankung"), "2026-10-28")
    dm = c.condition(gm("E11.90", "Diabetes mellitus, Typ 2: Ohne Komplikationen: Nicht als entgleist bezeichnet"), "2014-02-01")
    htn = c.condition(gm("I10.00", "Benigne essentielle Hypertonie: Ohne Angabe einer hypertensiven Krise"), "2009-01-01")
    c.medstmt(atc("A10BA02", "Metformin", "Metformin 1000 mg 1-0-1"), "2014-03-01", reason=[dm])
    c.medstmt(atc("C09AA05", "Ramipril", "Ramipril 5 mg 1-0-0"), "2009-02-01", reason=[htn])
    c.medstmt(atc("B01AC06", "Acetylsalicylsäure", "ASS 100 mg 1-0-0"), "2026-10-28", reason=[cad])
    c.medstmt(atc("C07AB07", "Bisoprolol", "Bisoprolol 2,5 mg 1-0-0"), "2026-10-28", reason=[cad])
    e1 = c.encounter("2026-10-28", typ=AMB("Chest-Pain-Unit"), cls="EMER", reason=cc(("sct", "29857009", "Chest pain"), text="Belastungsangina"))
    e2 = c.encounter("2026-11-03", cls="IMP", typ=AMB("Kardiologie stationär"), end="2026-11-05", reasonref=[cad])
    e3 = c.encounter("2026-11-19", typ=AMB("Herzchirurgische Sprechstunde"), pr=c.pr[1], reasonref=[cad])
    c.vitals("2026-10-28", e1, 152, 88, 84, 91.0)
    c.vitals("2026-11-19", e3, 134, 80, 66, 90.4)
    for k, v in [("hb", 14.2), ("crea", 1.0), ("k", 4.4), ("a1c", 6.9), ("ldl", 148)]:
        lab(c, k, "2026-11-03", v, e2)
    c.lab(cc(("loinc", "6598-7", "Troponin T.cardiac [Mass/volume] in Serum or Plasma"), (LOCAL_LAB_A, "TNTHS", "hs-Troponin T"), text="hs-Troponin T"),
          "2026-10-28", 11, "ng/L", None, 14, e1)
    c.procedure(ops("1-275.2", "Transarterielle Linksherz-Katheteruntersuchung: Koronarangiographie, Druckmessung und Ventrikulographie im linken Ventrikel"),
                "2026-11-04", reasonref=[cad], enc=e2, performer=c.pr[0],
                note="RIVA proximal 90 %, RCX 80 %, RCA 85 %; LVEF 52 %. SYNTAX-Score 34.")
    c.note("2026-11-05", "Heart-Team-Konferenz 05.11.2026: Koronare Drei-Gefäß-Erkrankung bei Diabetes mellitus, SYNTAX 34. "
           "Empfehlung: operative Myokardrevaskularisation (ACVB, 3-fach). Patient nach Aufklärung einverstanden.",
           cc(("loinc", "11488-4", "Consult note"), text="Heart-Team-Beschluss"), e2, title="Heart-Team-Beschluss")
    c.servreq(ops("5-361.03", "Anlegen eines aortokoronaren Bypass: Bypass dreifach: Mit autogenen Arterien"), "2026-11-19",
              status="active", intent="order", occ="2027-01-12T07:30:00+01:00", reasonref=[cad], performer=c.pr[1], enc=e3,
              cat=cc(("sct", "387713003", "Surgical procedure"), text="Operation"), requester=c.pr[1],
              note="Elektive ACVB-Operation, Aufnahme 11.01.2027.")
    c.encounter("2027-01-11", cls="IMP", typ=AMB("Herzchirurgie stationär"), status="planned", reasonref=[cad], pr=c.pr[1])


def a_naevus(c):
    """MPP near miss: a minor skin excision under local anaesthesia is booked."""
    base(c, "Neumann", "Sabine", "female", "1979-06-14", [("Roth", "Alexandra", "Dr. med.", "Fachärztin für Dermatologie")])
    hypo = c.condition(gm("E03.9", "Hypothyreose, nicht näher bezeichnet"), "2012-09-01")
    c.medstmt(atc("H03AA01", "Levothyroxin-Natrium", "L-Thyroxin 75 µg 1-0-0"), "2012-09-15", reason=[hypo])
    nv = c.condition(gm("D22.5", "Melanozytärer Nävus des Rumpfes"), "2026-10-15",
                     note="Dysplastisch wirkender Nävus li. Schulterblatt, 7 mm, auflichtmikroskopisch unregelmäßiges Netz.")
    e1 = c.encounter("2026-10-15", typ=AMB("Dermatologische Ambulanz"), reasonref=[nv])
    e2 = c.encounter("2026-05-20", typ=AMB("Hausarzt-Kooperation"), reasonref=[hypo])
    c.vitals("2026-05-20", e2, 122, 76, 68, 70.2)
    for k, v in [("tsh", 2.1), ("hb", 13.1), ("crea", 0.7), ("glu", 91)]:
        lab(c, k, "2026-05-20", v, e2)
    c.obs(cc(text="Auflichtmikroskopie (Dermatoskopie)"), "2026-10-15", "TADA-Score auffällig; Exzision empfohlen", "exam", e1)
    c.obs(cc(text="Ganzkörper-Hautinspektion"), "2026-10-15", "Ca. 40 Nävi, übrige unauffällig", "exam", e1)
    c.servreq(ops("5-894.15", "Lokale Exzision von erkranktem Gewebe an Haut und Unterhaut: Exzision, lokal, mit primärem Wundverschluss: Rücken"),
              "2026-10-15", occ="2026-12-09T10:00:00+01:00", reasonref=[nv], enc=e1,
              note="Ambulante Exzision in Lokalanästhesie, Sicherheitsabstand 2 mm, Histologie.")
    c.appointment("2026-12-09", "Ambulante Nävus-Exzision (Lokalanästhesie), Eingriffsraum 2")
    c.note("2026-10-15", "Dermatologische Sprechstunde: dysplastischer Nävus li. Schulter. Ambulante Exzision in Lokalanästhesie "
           "am 09.12.2026 vereinbart. Keine weiteren Maßnahmen nötig.", ARZTBRIEF, e1, title="Befundbericht Dermatologie")
    c.allergy(cc(text="Pflaster (Kolophonium)"), "2015-01-01")


def a_pankreas(c):
    """UP near miss: palliative pancreatic cancer, but an external second opinion in Sept 2026 is on record."""
    base(c, "Fischer", "Rainer", "male", "1951-04-30",
         [("Kaya", "Elif", "Dr. med.", "Fachärztin für Innere Medizin und Gastroenterologie"),
          ("Baumann", "Ulrich", "Prof. Dr. med.", "Facharzt für Viszeralchirurgie")])
    ext = c.organization("Universitätsklinikum Südstadt, Pankreaszentrum", "260812345", city="Südstadt", prefix="ext")
    ext_pr = c.practitioner("Moser", "Christoph", "Prof. Dr. med.", "Facharzt für Viszeralchirurgie (extern)")
    pc = c.condition(gm("C25.0", "Bösartige Neubildung: Pankreaskopf"), "2026-07-22",
                     stage=cc(text="cT4 cN1 cM1 (hepatisch), UICC IV"))
    c.condition(gm("C78.7", "Sekundäre bösartige Neubildung der Leber und der intrahepatischen Gallengänge"), "2026-07-22")
    c.condition(gm("I10.00", "Benigne essentielle Hypertonie: Ohne Angabe einer hypertensiven Krise"), "2005-01-01")
    e1 = c.encounter("2026-07-22", cls="IMP", typ=AMB("Gastroenterologie stationär"), end="2026-07-30", reasonref=[pc])
    e2 = c.encounter("2026-08-12", typ=AMB("Tumorkonferenz / Onkologische Ambulanz"), reasonref=[pc])
    e3 = c.encounter("2026-09-17", typ=cc(text="Zweitmeinung Pankreaschirurgie (extern)"), pr=ext_pr, org=ext, reasonref=[pc])
    e4 = c.encounter("2026-11-12", typ=AMB("Palliativmedizinische Ambulanz"), reasonref=[pc])
    c.procedure(ops("5-513.20", "Endoskopische Operationen an den Gallengängen: Einlegen oder Wechsel von nicht selbstexpandierenden Prothesen"),
                "2026-07-24", enc=e1, reasonref=[pc], note="ERCP mit Stentanlage bei Verschlussikterus.")
    c.lab(cc(("loinc", "24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"), (LOCAL_LAB_A, "CA199", "CA 19-9"), text="CA 19-9"),
          "2026-07-23", 2840, "U/mL", None, 37, e1)
    lab(c, "hb", "2026-11-12", 11.2, e4); lab(c, "alb", "2026-11-12", 3.0, e4); lab(c, "crea", "2026-11-12", 0.9, e4)
    c.vitals("2026-11-12", e4, 112, 68, 86, 61.3)
    c.note("2026-08-12", "Tumorkonferenz: Pankreaskopfkarzinom mit hepatischer Metastasierung, ECOG 2. "
           "Keine kurative Option. Angebot palliativer Chemotherapie (Gemcitabin/nab-Paclitaxel); Patient lehnt nach ausführlicher Aufklärung ab "
           "und wünscht Best Supportive Care. Patient wünscht Zweitmeinung, Vorstellung im Pankreaszentrum Südstadt organisiert.",
           cc(("loinc", "11488-4", "Consult note"), text="Tumorkonferenzbeschluss"), e2, title="Tumorkonferenz")
    c.note("2026-09-17", "Zweitmeinung Pankreaszentrum Südstadt: Befunde und Bildgebung gesichtet. Wir bestätigen die Einschätzung: "
           "irresektables, metastasiertes Pankreaskarzinom, keine operative Option. Die Entscheidung des Patienten für Best Supportive Care ist nachvollziehbar.\n"
           "English summary: external second opinion confirms metastatic, unresectable disease; agrees with supportive care.",
           cc(("loinc", "11488-4", "Consult note"), text="Zweitmeinung"), e3, author=ext_pr, title="Zweitmeinung extern")
    c.servreq(cc(("sct", "306237005", "Referral to palliative care service"), text="Überweisung Palliativmedizin / SAPV"), "2026-09-24",
              status="completed", reasonref=[pc], enc=e2)
    c.careplan("Palliativversorgung (SAPV)", "active", "2026-10-01", cc(text="Palliativmedizinische Versorgung"),
               [(cc(text="Schmerztherapie"), "in-progress", "Hydromorphon retard, Bedarfsmedikation"),
                (cc(text="Spezialisierte ambulante Palliativversorgung"), "in-progress", "SAPV-Team Nordheim")], [pc])
    c.medstmt(atc("N02AA03", "Hydromorphon", "Hydromorphon retard 4 mg 1-0-1"), "2026-10-01", reason=[pc])


def a_dialyse(c):
    """HIT positive: haemodialysis started October 2026 for stage-5 CKD."""
    base(c, "Hartmann", "Gerda", "female", "1956-12-03", [("Kaiser", "Tobias", "Dr. med.", "Facharzt für Innere Medizin und Nephrologie")])
    ckd = c.condition(gm("N18.5", "Chronische Nierenkrankheit, Stadium 5"), "2025-06-10")
    dm = c.condition(gm("E11.20", "Diabetes mellitus, Typ 2: Mit Nierenkomplikationen: Nicht als entgleist bezeichnet"), "2003-01-01")
    htn = c.condition(gm("I12.00", "Hypertensive Nierenkrankheit mit Niereninsuffizienz: Ohne Angabe einer hypertensiven Krise"), "2010-01-01")
    c.medstmt(atc("A10AE04", "Insulin glargin", "Insulin glargin 14 IE abends"), "2019-01-01", reason=[dm])
    c.medstmt(atc("C08CA01", "Amlodipin", "Amlodipin 5 mg 1-0-0"), "2012-01-01", reason=[htn])
    c.medstmt(atc("B03XA01", "Erythropoetin", "Epoetin alfa 4000 IE 1x/Woche s.c."), "2026-10-06", reason=[ckd])
    e1 = c.encounter("2026-07-14", typ=AMB("Nephrologische Ambulanz"), reasonref=[ckd])
    e2 = c.encounter("2026-08-18", cls="IMP", typ=AMB("Gefäßchirurgie stationär"), end="2026-08-20", reasonref=[ckd])
    e3 = c.encounter("2026-09-29", typ=AMB("Nephrologische Ambulanz"), reasonref=[ckd])
    e4 = c.encounter("2026-10-06", typ=AMB("Dialysezentrum"), reasonref=[ckd])
    for d, en, crea, egfr, k in [("2026-07-14", e1, 5.1, 9, 5.4), ("2026-09-29", e3, 5.6, 8, 5.8)]:
        lab(c, "crea", d, crea, en); lab(c, "egfr", d, egfr, en); lab(c, "k", d, k, en)
    lab(c, "hb", "2026-09-29", 9.4, e3); lab(c, "a1c", "2026-09-29", 7.0, e3)
    c.vitals("2026-09-29", e3, 158, 84, 76, 68.0)
    c.procedure(ops("5-392.10", "Anlegen eines arteriovenösen Shuntes: Innere AV-Fistel (Cimino-Fistel): Ohne Vorverlagerung der Vena basilica"),
                "2026-08-19", enc=e2, reasonref=[ckd], note="Cimino-Fistel links, Unterarm.")
    c.procedure(ops("8-854.2", "Hämodialyse: Intermittierend, Antikoagulation mit Heparin oder ohne Antikoagulation"),
                status="in-progress", period={"start": "2026-10-06"}, enc=e4, reasonref=[ckd],
                note="Chronische intermittierende Hämodialyse 3x/Woche (Mo/Mi/Fr, je 4,5 h) seit 06.10.2026.")
    c.careplan("Nierenersatztherapie", "active", "2026-10-06", cc(text="Dialyseplan"),
               [(cc(text="Hämodialyse"), "in-progress", "3x wöchentlich über Cimino-Fistel")], [ckd])
    c.note("2026-10-06", "Beginn der chronischen Hämodialyse bei terminaler Niereninsuffizienz (diabetische und hypertensive Nephropathie). "
           "Patientin belastet durch Zeitaufwand (3x/Woche), Fatigue nach Dialyse, Flüssigkeitsrestriktion 1 l/Tag. "
           "Transplantationslisting wird wegen Komorbidität zunächst nicht angestrebt.", VERLAUF, e4, title="Dialysebeginn")


def a_prostata(c):
    """HIT near miss: low-risk prostate cancer; radiotherapy order revoked, active surveillance chosen."""
    base(c, "Becker", "Wolfgang", "male", "1959-02-21", [("Lange", "Henrik", "Dr. med.", "Facharzt für Urologie"),
                                                        ("Simon", "Petra", "Dr. med.", "Fachärztin für Strahlentherapie")])
    pca = c.condition(gm("C61", "Bösartige Neubildung der Prostata"), "2026-06-30", stage=cc(text="cT1c, ISUP 1 (Gleason 3+3), PSA 5,8 ng/ml – niedriges Risiko"))
    htn = c.condition(gm("I10.00", "Benigne essentielle Hypertonie: Ohne Angabe einer hypertensiven Krise"), "2011-01-01")
    c.medstmt(atc("C09CA01", "Losartan", "Losartan 50 mg 1-0-0"), "2011-02-01", reason=[htn])
    e1 = c.encounter("2026-06-02", typ=AMB("Urologische Ambulanz"))
    e2 = c.encounter("2026-06-30", typ=AMB("Urologische Ambulanz"), reasonref=[pca])
    e3 = c.encounter("2026-08-11", typ=AMB("Strahlentherapie Sprechstunde"), pr=c.pr[1], reasonref=[pca])
    e4 = c.encounter("2026-11-17", typ=AMB("Urologische Ambulanz"), reasonref=[pca])
    lab(c, "psa", "2026-03-10", 5.4); lab(c, "psa", "2026-06-02", 5.8, e1); lab(c, "psa", "2026-11-17", 5.6, e4)
    lab(c, "crea", "2026-06-02", 1.0, e1); lab(c, "hb", "2026-06-02", 14.9, e1)
    c.vitals("2026-11-17", e4, 136, 82, 70, 84.0)
    c.procedure(ops("1-465.90", "Perkutane Biopsie an Harnorganen und männlichen Geschlechtsorganen mit Steuerung durch bildgebende Verfahren: Prostata: Durch Ultraschall"),
                "2026-06-16", reasonref=[pca], note="MRT-Fusionsbiopsie, 2/14 Zylinder ISUP 1, <10 %.")
    c.report(cc(("loinc", "30799-1", "MR Pelvis"), text="mpMRT Prostata"), "2026-06-05", "PI-RADS 3 Läsion links peripher, kein Kapseldurchbruch.", enc=e1)
    c.servreq(ops("8-522.91", "Hochvoltstrahlentherapie: Linearbeschleuniger, intensitätsmodulierte Radiotherapie: Mit bildgestützter Einstellung"),
              "2026-08-11", status="revoked", intent="proposal", reasonref=[pca], enc=e3, requester=c.pr[1],
              note="Nach Aufklärung entscheidet sich der Patient für Active Surveillance; Bestrahlung nicht geplant.")
    c.careplan("Active Surveillance Prostatakarzinom", "active", "2026-09-01", cc(text="Aktive Überwachung"),
               [(cc(text="PSA-Kontrolle"), "scheduled", "PSA alle 3-6 Monate"), (cc(text="Re-Biopsie"), "not-started", "MRT und Re-Biopsie nach 12 Monaten")], [pca])
    c.note("2026-11-17", "Active Surveillance bei Niedrigrisiko-Prostatakarzinom. PSA stabil 5,6 ng/ml. Patient beschwerdefrei, "
           "keine Therapie erforderlich. Nächste Kontrolle 02/2027.", VERLAUF, e4, title="Verlauf Urologie")


def a_zweitmeinung(c):
    """PRC positive: patient-authored Flag requesting a second opinion on her rheumatoid arthritis diagnosis and methotrexate."""
    base(c, "Zimmermann", "Anja", "female", "1983-09-09", [("Wolf", "Bettina", "Dr. med.", "Fachärztin für Innere Medizin und Rheumatologie")])
    ra = c.condition(gm("M06.09", "Seronegative chronische Polyarthritis: Nicht näher bezeichnete Lokalisation"), "2026-02-04")
    e = [c.encounter(d, typ=AMB("Rheumatologische Ambulanz"), reasonref=[ra]) for d in ["2026-02-04", "2026-05-06", "2026-08-19", "2026-11-11"]]
    c.medstmt(atc("L04AX03", "Methotrexat", "Methotrexat 15 mg 1x/Woche s.c."), "2026-02-10", reason=[ra])
    c.medstmt(atc("A11CC05", "Colecalciferol", "Vitamin D3 1000 IE tgl."), "2026-02-10")
    for d, en, das in zip(["2026-02-04", "2026-05-06", "2026-08-19", "2026-11-11"], e, [4.6, 3.4, 3.2, 3.3]):
        c.obs(cc(text="DAS28-CRP (Krankheitsaktivität)"),
              d, q(das, "{score}", "Punkte"), "exam", en)
    lab(c, "crp", "2026-02-04", 14.0, e[0]); lab(c, "crp", "2026-11-11", 4.1, e[3])
    lab(c, "alt", "2026-11-11", 31, e[3]); lab(c, "hb", "2026-11-11", 12.9, e[3])
    c.obs(cc(("loinc", "11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma"), text="Rheumafaktor"), "2026-02-04", q(8, "[IU]/mL", "IU/mL"), "laboratory", e[0], high=14)
    c.flag(cc(("https://fhir.uk-nordheim.example.de/CodeSystem/hinweise", "ZWM", "Zweitmeinungswunsch"),
              text="Patientin wünscht eine ärztliche Zweitmeinung zur Diagnose und zur MTX-Therapie"),
           "2026-11-11", cat=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative")))
    c.note("2026-11-11", "Wiedervorstellung. Die Patientin äußert, dass sie sich mit der Diagnose einer seronegativen Polyarthritis nicht ausreichend "
           "ernst genommen fühle und die Methotrexat-Therapie schlecht vertrage (Übelkeit). Sie trägt selbst im Patientenportal den Wunsch "
           "nach einer Zweitmeinung an einem anderen Zentrum ein. DAS28 stabil 3,3.", VERLAUF, e[3], title="Rheumatologie Verlauf")


def a_hba1c(c):
    """WDT positive: HbA1c 7.4 -> 8.1 -> 8.9 % over 8 months on metformin + empagliflozin throughout."""
    base(c, "Schulz", "Dieter", "male", "1961-07-15", [("Brandt", "Katharina", "Dr. med.", "Fachärztin für Innere Medizin und Diabetologie")])
    dm = c.condition(gm("E11.90", "Diabetes mellitus, Typ 2: Ohne Komplikationen: Nicht als entgleist bezeichnet"), "2016-04-01")
    htn = c.condition(gm("I10.00", "Benigne essentielle Hypertonie: Ohne Angabe einer hypertensiven Krise"), "2016-04-01")
    ob = c.condition(gm("E66.00", "Adipositas durch übermäßige Kalorienzufuhr: Adipositas Grad I (WHO) bei Patienten von 18 Jahren und älter"), "2016-04-01")
    c.medstmt(atc("A10BA02", "Metformin", "Metformin 1000 mg 1-0-1"), "2016-05-01", reason=[dm])
    c.medstmt(atc("A10BK03", "Empagliflozin", "Empagliflozin 10 mg 1-0-0"), "2024-09-01", reason=[dm])
    c.medstmt(atc("C09AA05", "Ramipril", "Ramipril 10 mg 1-0-0"), "2016-05-01", reason=[htn])
    dates = ["2026-01-20", "2026-05-12", "2026-09-22"]
    e = [c.encounter(d, typ=AMB("Diabetes-Ambulanz"), reasonref=[dm]) for d in dates]
    for d, en, a, g, w in zip(dates, e, [7.4, 8.1, 8.9], [142, 168, 187], [97.0, 98.2, 99.1]):
        lab(c, "a1c", d, a, en); lab(c, "glu", d, g, en)
        c.vitals(d, en, 138, 84, 78, w)
    lab(c, "crea", dates[2], 1.0, e[2]); lab(c, "egfr", dates[2], 78, e[2]); lab(c, "ldl", dates[2], 102, e[2])
    c.lab(cc(("loinc", "14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine"), text="Albumin/Kreatinin-Quotient Urin"), dates[2], 22, "mg/g", None, 30, e[2])
    c.note("2026-09-22", "Diabetes-Sprechstunde: HbA1c trotz Metformin und Empagliflozin (regelmäßige Einnahme, Medikationsplan geprüft) "
           "von 7,4 % (01/2026) über 8,1 % (05/2026) auf 8,9 % angestiegen. Schulung erfolgt. Intensivierung zu besprechen.",
           VERLAUF, e[2], title="Diabetes Verlauf")


def a_vier_chronisch(c):
    """ROC near miss: four chronic conditions (under the threshold of five) plus resolved episodes."""
    base(c, "Richter", "Monika", "female", "1954-05-05")
    conds = [("I10.00", "Benigne essentielle Hypertonie: Ohne Angabe einer hypertensiven Krise", "2008-01-01", "C09AA05", "Ramipril", "Ramipril 5 mg 1-0-0"),
             ("E03.9", "Hypothyreose, nicht näher bezeichnet", "2011-01-01", "H03AA01", "Levothyroxin-Natrium", "L-Thyroxin 50 µg 1-0-0"),
             ("M17.1", "Sonstige primäre Gonarthrose", "2018-01-01", "M01AE01", "Ibuprofen", "Ibuprofen 400 mg bei Bedarf"),
             ("K21.9", "Gastroösophageale Refluxkrankheit ohne Ösophagitis", "2015-01-01", "A02BC02", "Pantoprazol", "Pantoprazol 20 mg 1-0-0")]
    for code, d, on, a, an, dose in conds:
        cd = c.condition(gm(code, d), on)
        c.medstmt(atc(a, an, dose), on, reason=[cd])
    c.condition(gm("J18.9", "Pneumonie, nicht näher bezeichnet"), "2025-01-12", status="resolved", abate="2025-02-02", cat="encounter-diagnosis")
    c.condition(gm("K35.8", "Akute Appendizitis, nicht näher bezeichnet"), "1998-03-01", status="resolved", abate="1998-03-10", cat="encounter-diagnosis")
    e1 = c.encounter("2026-04-21", typ=AMB("Hausarzt-Kooperation"))
    e2 = c.encounter("2026-10-13", typ=AMB("Hausarzt-Kooperation"))
    for d, en in [("2026-04-21", e1), ("2026-10-13", e2)]:
        c.vitals(d, en, 132, 80, 70, 74.0)
        lab(c, "tsh", d, 2.4, en); lab(c, "crea", d, 0.9, en)
    lab(c, "hb", "2026-10-13", 13.2, e2); lab(c, "na", "2026-10-13", 140, e2)
    c.note("2026-10-13", "Routinekontrolle. Blutdruck gut eingestellt, euthyreot, Kniebeschwerden belastungsabhängig, Reflux unter PPI ruhig. "
           "Keine neuen Beschwerden.", VERLAUF, e2, title="Hausärztlicher Verlauf")
