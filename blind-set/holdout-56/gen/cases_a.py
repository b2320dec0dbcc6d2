"""Cases from the Austrian regional hospital (Regionalkrankenhaus St. Veitsberg).

ICD-10 BMSGPK diagnoses, LKF/MEL procedure codes, German notes and letters.
"""
from fhirkit import *  # noqa: F401,F403

SVNR = "urn:oid:1.2.40.0.10.1.4.3.1"
NORMAL = cc((SCT, "17621005", "Normal"), text="unauffällig")


def at_base(r, given, family, gender, birth, svnr_prefix, *, phone=None, city="St. Veitsberg", street="Hauptplatz 3"):
    r.patient(given, family, gender, birth, lang="de-AT", phone=phone,
              address={"use": "home", "line": [street], "city": city, "postalCode": "8967", "country": "AT"})
    y, m, d = birth.split("-")
    r.add_identifier(SVNR, f"{svnr_prefix} {d}{m}{y[2:]}", "SS", "Social Security number")
    r.coverage(f"{svnr_prefix}{d}{m}{y[2:]}", "2000-01-01", kind=("PUBLICPOL", "public healthcare"))


def icd(code, display, text=None):
    return cc((ICD10AT, code, display), text=text or display)


def mel(code, display, *more, text=None):
    return cc((MEL, code, display), *more, text=text or display)


def rad(code, text):
    return cc(("https://fhir.rkh-stveitsberg.example.at/CodeSystem/befundart", code, text), text=text)


def atc(code, name, text):
    return cc((ATC, code, name), text=text)


def symptom_obs(r, date, sct, disp, text, note, enc=None):
    return r.obs(cc((SCT, sct, disp), text=text), date, cc((SCT, "52101004", "Present"), text="vorhanden"),
                 cat="exam", enc=enc, note=note, interp=None, issued=False, time="09:20")


# ---------------------------------------------------------------------------------------------
@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], "AT",
      "44-year-old woman with daily dizziness recorded at four visits over 18 weeks; blood panels, ECG, Holter, "
      "cranial MRI and vestibular examination all normal; no diagnosis, told there is no organic cause.",
      "Dizziness recorded on 4 dates from July to November 2026 with every investigation normal and no explaining "
      "diagnosis; she is being reassured while the symptom continues.")
def at_dizziness(cid):
    r = Rec(cid, "AT")
    at_base(r, "Sandra", "Koller", "female", "1982-04-17", "2841", phone="+43 664 2841177")
    r.cond(icd("J30.1", "Allergische Rhinopathie durch Pollen"), "2004-05-01", recorded="2019-03-12", recorder="gp")
    r.cond(cc((SCT, "404640003", "Dizziness"), text="Schwindel, Schwankschwindel, unklare Genese"), "2026-06-24",
           recorded="2026-07-08", recorder="gp",
           note="Dauerhafter Schwankschwindel seit Ende Juni 2026, tageszeitunabhängig, keine Drehschwindelattacken, keine Synkopen.")
    r.medstmt(atc("R06AE07", "cetirizine", "Cetirizin 10 mg Tbl."), "2015-04-01", dosage="1x täglich bei Bedarf (Pollensaison)", source="gp")
    r.medstmt(atc("N07CA01", "betahistine", "Betahistin 24 mg Tbl."), "2026-07-08", end="2026-08-19", status="completed",
              dosage="1-0-1", note="Ohne Besserung, nach 6 Wochen abgesetzt.", source="gp")

    e1 = r.enc("2026-07-08", "Allgemeinmedizinische Ambulanz", prac="gp", reason=icd("R42", "Schwindel und Taumel"))
    symptom_obs(r, "2026-07-08", "404640003", "Dizziness", "Schwindel",
                "Seit 2 Wochen Schwankschwindel, v. a. im Stehen und Gehen, Übelkeit gering.", enc=e1)
    r.bp("2026-07-08", 124, 78, enc=e1)
    labs1 = r.labs("2026-07-08", [("hb", 13.4), ("wbc", 6.2), ("na", 139), ("k", 4.2), ("glu", 88), ("tsh", 1.8),
                                  ("crea", 0.78), ("ferritin", 62), ("b12", 410)], enc=e1)
    r.report(cc((LNC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Routinelabor"),
             "2026-07-08", results=labs1, conclusion="Sämtliche Parameter im Referenzbereich.", performer=r.org_ref)

    e2 = r.enc("2026-08-19", "Neurologische Ambulanz", prac="neu", reason=icd("R42", "Schwindel und Taumel"))
    symptom_obs(r, "2026-08-19", "404640003", "Dizziness", "Schwindel",
                "Schwindel unverändert, jetzt fast täglich, Arbeit als Buchhalterin erschwert.", enc=e2)
    ekg = r.obs(cc((LNC, "11524-6", "EKG study"), text="Ruhe-EKG"), "2026-08-19",
                "Sinusrhythmus 68/min, Indifferenztyp, keine Erregungsrückbildungsstörungen", cat="procedure",
                interp="N", enc=e2, issued=False)
    r.obs(txt("Orthostase-Prüfung nach Schellong (10 min)"), "2026-08-19",
          "RR liegend 122/76, stehend nach 10 min 118/78, HF-Anstieg 9/min; keine orthostatische Dysregulation",
          cat="exam", interp="N", enc=e2, issued=False)
    r.note("""Neurologische Ambulanz – Befund
Anamnese: Seit Ende Juni 2026 anhaltender Schwankschwindel, kein Drehschwindel, keine Doppelbilder, keine Paresen.
Neurostatus: Hirnnerven unauffällig, Romberg-Stehversuch und Unterberger-Tretversuch unauffällig, Gangbild sicher, keine Ataxie.
Ruhe-EKG unauffällig, Schellong unauffällig.
Procedere: cMRT, Langzeit-EKG, HNO-Abklärung.""", "2026-08-19", "consult", "neu", title="Neurologischer Ambulanzbefund", enc=e2)

    mri = r.report(rad("MRSCH", "MRT Schädel nativ und mit KM"), "2026-09-02",
                   category="RAD", performer=r.org_ref,
                   conclusion_code=[NORMAL], conclusion="Altersentsprechend unauffälliges Neurocranium. Kein Hinweis auf Raumforderung, Ischämie oder Demyelinisierung. Innenohrstrukturen und Kleinhirnbrückenwinkel beidseits unauffällig.")
    holter = r.report(rad("LZEKG", "24-h-Langzeit-EKG"), "2026-09-16", category="EC",
                      performer=r.P("int"),
                      conclusion_code=[NORMAL], conclusion="Durchgehend Sinusrhythmus, HF 54–118/min, vereinzelte SVES, keine Pausen, keine höhergradigen Rhythmusstörungen. Unauffällig.")

    e3 = r.enc("2026-09-30", "HNO-Ambulanz", prac="gp", reason=icd("R42", "Schwindel und Taumel"))
    symptom_obs(r, "2026-09-30", "404640003", "Dizziness", "Schwindel",
                "Weiterhin täglicher Schwankschwindel, keine Hörminderung, kein Tinnitus.", enc=e3)
    r.note("""HNO-Konsiliarbefund
Otoskopie bds. unauffällig. Tonaudiogramm: Normakusis bds.
Video-Kopfimpuls-Untersuchung: regelrechter VOR-Gain bds. Kalorische Prüfung: seitengleiche Erregbarkeit.
Lagerungsprüfung nach Dix-Hallpike bds. negativ.
Beurteilung: Kein Hinweis auf periphere vestibuläre Störung. Kein BPLS.""", "2026-09-30", "consult", "gp",
           title="HNO-Konsiliarbefund", enc=e3)

    e4 = r.enc("2026-11-10", "Interne Ambulanz", prac="int", reason=icd("R42", "Schwindel und Taumel"))
    symptom_obs(r, "2026-11-10", "404640003", "Dizziness", "Schwindel",
                "Schwindel besteht unverändert seit über 4 Monaten; Krankenstand 2 Wochen im Oktober.", enc=e4)
    r.bp("2026-11-10", 118, 74, enc=e4)
    r.vital("hr", "2026-11-10", 70, enc=e4)
    labs4 = r.labs("2026-11-10", [("hb", 13.6), ("crp", 1.2), ("tsh", 2.0), ("glu", 84), ("na", 140)], enc=e4)
    r.note("""Interne Ambulanz – Kontrolle
Patientin berichtet über unveränderten Schwankschwindel seit Ende Juni 2026, mittlerweile täglich, Leistungsfähigkeit im Beruf eingeschränkt.
Bisherige Abklärung: Routinelabor 07/2026 und 11/2026 unauffällig, Ruhe-EKG und Schellong unauffällig, Langzeit-EKG unauffällig, cMRT unauffällig, HNO-Status inkl. Kalorik und Kopfimpuls unauffällig.
Beurteilung: Kein pathologischer Befund, kein organisches Korrelat. Patientin beruhigt.
Procedere: Keine weiteren Untersuchungen geplant, Kontrolle beim Hausarzt bei Bedarf.""", "2026-11-10", "outpatient", "int",
           title="Ambulanzbrief Interne", enc=e4)
    return r


# ---------------------------------------------------------------------------------------------
@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], "AT",
      "52-year-old woman labelled fibromyalgia (M79.7) since 2025; in 2026 develops proximal weakness, dysphagia "
      "and rising CK (up to 2140 U/L) that are still attributed to fibromyalgia without myositis work-up.",
      "A catch-all fibromyalgia label has persisted for over a year while new proximal weakness and a CK above 2000 U/L "
      "appear, which fibromyalgia cannot explain.")
def at_fibromyalgia(cid):
    r = Rec(cid, "AT")
    at_base(r, "Brigitte", "Lechner", "female", "1974-09-03", "3317", phone="+43 650 3317902", street="Bahnhofstraße 21")
    r.cond(icd("I10", "Essentielle (primäre) Hypertonie"), "2018-02-01", recorded="2018-02-20", recorder="gp")
    fm = r.cond(icd("M79.7", "Fibromyalgie"), "2025-06-01", recorded="2025-09-15", recorder="rheu",
                note="Diagnose nach ACR-Kriterien 2016 (WPI 9, SSS 6). Generalisierte Schmerzen, Erschöpfung, Schlafstörung.")
    r.medstmt(atc("C09AA05", "ramipril", "Ramipril 5 mg Tbl."), "2018-02-20", dosage="1-0-0", source="gp")
    r.medreq(atc("N06AA09", "amitriptyline", "Amitriptylin 25 mg Tbl."), "2025-09-15", "0-0-1", prac="rheu", reason_ref=fm)
    r.proc(mel("PE020", "Physiotherapie ambulant (LE=je Sitzung)", text="Physiotherapie, 10 Einheiten"), "2025-11-20",
           reason_ref=fm, performer=r.org_ref)
    r.enc("2025-09-15", "Rheumatologische Ambulanz", prac="rheu", reason=icd("M79.7", "Fibromyalgie"))
    r.lab("ck", "2025-09-15", 142)
    r.lab("crp", "2025-09-15", 2.1)
    r.lab("tsh", "2025-09-15", 1.6)

    e1 = r.enc("2026-02-10", "Allgemeinmedizinische Kontrolle", prac="gp", reason_ref=fm)
    r.note("""Kontrolle Hausärztin
Weiterhin generalisierte Schmerzen und Müdigkeit. Schlaf unter Amitriptylin etwas besser.
Beurteilung: Fibromyalgie, stabil. Weiter wie bisher.""", "2026-02-10", "progress", "gp", title="Verlaufsnotiz", enc=e1)

    e2 = r.enc("2026-06-16", "Allgemeinmedizinische Kontrolle", prac="gp", reason_ref=fm)
    r.obs(cc((SCT, "26544005", "Muscle weakness"), text="Muskelschwäche proximal"), "2026-06-16",
          "Neu: Schwierigkeiten beim Aufstehen aus dem Sessel und beim Stiegensteigen", cat="exam", interp="A", enc=e2, issued=False)
    r.lab("ck", "2026-06-16", 1240, enc=e2)
    r.note("""Verlaufsnotiz
Seit ca. 6 Wochen Schwierigkeiten beim Aufstehen aus tiefem Sessel und beim Stiegensteigen, Arme heben beim Haarewaschen anstrengend.
CK 1240 U/l. Keine Statintherapie. Kein Trauma, keine außergewöhnliche körperliche Belastung.
Beurteilung: am ehesten im Rahmen der bekannten Fibromyalgie, Dekonditionierung. Schonung, Kontrolle.""", "2026-06-16",
           "progress", "gp", title="Verlaufsnotiz", enc=e2)

    e3 = r.enc("2026-08-25", "Interne Ambulanz", prac="int", reason_ref=fm)
    r.obs(txt("Kraftgrade MRC Hüftbeuger/Deltoideus bds."), "2026-08-25", "Hüftbeuger 4/5 bds., M. deltoideus 4/5 bds., distal 5/5",
          cat="exam", interp="A", enc=e3, issued=False)
    l3 = r.labs("2026-08-25", [("ck", 1870), ("ast", 68), ("alt", 74), ("crp", 4.0), ("esr", 18), ("tsh", 2.1), ("hb", 13.1),
                               ("crea", 0.62)], enc=e3)
    r.report(cc((LNC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Labor Interne Ambulanz"), "2026-08-25",
             results=l3, performer=r.org_ref, conclusion="CK und Transaminasen erhöht, Entzündungsparameter nicht erhöht, TSH normal.")
    r.note("""Interne Ambulanz
Symmetrische proximale Schwäche der Hüftbeuger und Schultergürtelmuskulatur (4/5), Muskelschmerzen generalisiert.
Labor: CK 1870 U/l, GOT 68, GPT 74, CRP und BSG normal, TSH normal.
Beurteilung: Beschwerden im Rahmen der bekannten Fibromyalgie. Transaminasen am ehesten muskulär.
Procedere: Fortführung Amitriptylin, Bewegungstherapie, Kontrolle beim Hausarzt.""", "2026-08-25", "outpatient", "int",
           title="Ambulanzbrief Interne", enc=e3)

    e4 = r.enc("2026-11-17", "Allgemeinmedizinische Kontrolle", prac="gp", reason_ref=fm)
    r.obs(cc((SCT, "40739000", "Dysphagia"), text="Schluckbeschwerden"), "2026-11-17",
          "Neu: Schluckbeschwerden bei fester Nahrung, Verschlucken 2-3x/Woche", cat="exam", interp="A", enc=e4, issued=False)
    r.lab("ck", "2026-11-17", 2140, enc=e4)
    r.vital("wt", "2026-11-17", 63.5, enc=e4)
    r.note("""Verlaufsnotiz
Patientin kommt mit zunehmender Schwäche, kann nur mehr mit Hilfe des Geländers Stiegen steigen. Neu Schluckbeschwerden bei fester Nahrung.
CK 2140 U/l. Gewicht 63,5 kg (Juni 67 kg).
Beurteilung: Fibromyalgie mit ausgeprägter Symptomatik. Beschwerden weiterhin dem Fibromyalgie-Syndrom zugeordnet.
Procedere: Amitriptylin weiter, Physiotherapie neu verordnet. Kontrolle in 3 Monaten.""", "2026-11-17", "progress", "gp",
           title="Verlaufsnotiz", enc=e4)
    return r


# ---------------------------------------------------------------------------------------------
@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [], "AT",
      "29-year-old man with an irritable bowel syndrome label (K58.9) since 2025 after a normal work-up; symptoms "
      "have settled with a low-FODMAP diet and the IBS severity score is in the remission range.",
      "The catch-all IBS label has persisted over 90 days, but the symptoms no longer continue (IBS-SSS fell from 290 to 60, "
      "symptom-free at the last visits) and the work-up showed nothing the label fails to explain.")
def at_ibs_resolved(cid):
    r = Rec(cid, "AT")
    at_base(r, "Lukas", "Pfeiffer", "male", "1997-02-11", "6120", phone="+43 676 6120455", street="Schulweg 8")
    ibs = r.cond(icd("K58.9", "Reizdarmsyndrom ohne Diarrhoe"), "2025-08-01", recorded="2025-10-14", recorder="gast",
                 note="Obstipationsbetonter Reizdarm (Rom-IV-Kriterien), Ausschlussdiagnostik unauffällig.")
    r.cond(icd("J45.0", "Vorwiegend allergisches Asthma bronchiale"), "2009-04-01", recorded="2016-05-10", recorder="gp")
    r.medstmt(atc("R03AK06", "salmeterol and fluticasone", "Salmeterol/Fluticason 50/250 µg Diskus"), "2016-05-10",
              dosage="1-0-1 Hub", source="gp")
    e1 = r.enc("2025-10-14", "Gastroenterologische Ambulanz", prac="gast", reason=icd("K58.9", "Reizdarmsyndrom ohne Diarrhoe"))
    l1 = r.labs("2025-10-14", [("hb", 15.1), ("crp", 1.0), ("tsh", 1.4), ("ferritin", 96), ("calpro", 22)], enc=e1)
    ttg = r.obs(cc((LNC, "31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum"), text="Transglutaminase-IgA-AK"),
                "2025-10-14", 1.2, unit="U/mL", ucum="U/mL", ref_range=(0, 7), enc=e1)
    r.report(cc((LNC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Labor Reizdarm-Abklärung"), "2025-10-14",
             results=l1 + [ttg], performer=r.org_ref, conclusion="Unauffällig, Zöliakie-Serologie negativ, Calprotectin normal.")
    r.report(rad("SOABD", "Sonographie Abdomen"), "2025-10-21", category="RAD", performer=r.org_ref,
             conclusion="Unauffälliger Abdominalbefund.")
    sss = cc((r.org["local"] + "/scores", "IBS-SSS", "IBS Symptom Severity Score"), text="IBS-SSS (0–500)")
    r.score(sss, "2025-10-14", 290, integer=True, enc=e1, note="mittelschwer")
    r.medstmt(atc("A03AA04", "mebeverine", "Mebeverin 200 mg Retardkapseln"), "2025-10-14", end="2026-03-03", status="completed",
              dosage="1-0-1", reason_ref=ibs, source="gast", note="Bei Beschwerdefreiheit abgesetzt.")
    r.careplan("Ernährungsberatung Low-FODMAP", "2025-10-28", status="completed", end="2026-02-17", addresses=[ibs], author="gast",
               activities=[(txt("Diätologische Beratung Low-FODMAP, 3 Termine"), "completed", "Eliminations- und Wiedereinführungsphase")])
    e2 = r.enc("2026-02-17", "Gastroenterologische Ambulanz", prac="gast", reason_ref=ibs)
    r.score(sss, "2026-02-17", 160, integer=True, enc=e2, note="leicht")
    e3 = r.enc("2026-06-09", "Gastroenterologische Ambulanz", prac="gast", reason_ref=ibs)
    r.score(sss, "2026-06-09", 85, integer=True, enc=e3, note="leicht")
    e4 = r.enc("2026-10-20", "Gastroenterologische Ambulanz", prac="gast", reason_ref=ibs)
    r.score(sss, "2026-10-20", 60, integer=True, enc=e4, note="Remissionsbereich (<75)")
    r.vital("wt", "2026-10-20", 74.8, enc=e4)
    r.note("""Gastroenterologische Ambulanz – Kontrolle
Patient ist seit dem Frühjahr weitgehend beschwerdefrei. Keine Bauchschmerzen, Stuhlgang täglich, geformt. Kein Gewichtsverlust (74,8 kg, stabil).
Low-FODMAP-Ernährung mit individueller Wiedereinführung gut umgesetzt, Mebeverin seit März nicht mehr benötigt.
IBS-SSS 60 (Oktober 2025: 290).
Beurteilung: Reizdarmsyndrom (obstipationsbetont), klinisch in Remission.
Procedere: Keine Medikation erforderlich. Kontrolle nur bei Bedarf.""", "2026-10-20", "outpatient", "gast",
           title="Ambulanzbrief Gastroenterologie", enc=e4)
    return r


# ---------------------------------------------------------------------------------------------
@case("MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"], "AT",
      "65-year-old man with degenerative spondylolisthesis L4/5 and spinal stenosis; dorsal decompression and "
      "instrumented fusion L4/5 (TLIF) is in preparation for 14 December 2026.",
      "A Procedure in status preparation for lumbar decompression and instrumented spondylodesis, with the admission "
      "booked after the anchor date; not yet performed.")
def at_spinal_fusion(cid):
    r = Rec(cid, "AT")
    at_base(r, "Gerhard", "Haas", "male", "1961-05-28", "4478", phone="+43 664 4478120", street="Murweg 14")
    spl = r.cond(icd("M43.1", "Spondylolisthesis"), "2025-03-01", recorded="2025-11-04", recorder="ortho",
                 note="Degenerative Spondylolisthesis L4/L5 Meyerding Grad II.")
    sten = r.cond(icd("M48.0", "Spinal(kanal)stenose"), "2025-03-01", recorded="2025-11-04", recorder="ortho")
    r.cond(icd("I10", "Essentielle (primäre) Hypertonie"), "2012-01-01", recorded="2012-03-05", recorder="gp")
    r.cond(icd("E11.9", "Nicht primär insulinabhängiger Diabetes mellitus [Typ-2-Diabetes]: Ohne Komplikationen"), "2016-06-01",
           recorded="2016-06-20", recorder="int")
    r.medstmt(atc("A10BA02", "metformin", "Metformin 1000 mg Tbl."), "2016-06-20", dosage="1-0-1", source="int")
    r.medstmt(atc("C09DA03", "valsartan and diuretics", "Valsartan/HCT 160/12,5 mg"), "2014-01-01", dosage="1-0-0", source="gp")
    r.medstmt(atc("N02BB02", "metamizole sodium", "Metamizol 500 mg Tbl."), "2025-11-04", dosage="bis 3x1 bei Bedarf", source="ortho")
    r.proc(mel("PE020", "Physiotherapie ambulant (LE=je Sitzung)", text="Physiotherapie LWS, 20 Einheiten"), "2026-02-15",
           reason_ref=spl, performer=r.org_ref)
    r.proc(mel("NZ150", "Periradikuläre Infiltration, CT-gezielt (LE=je Sitzung)", text="CT-gezielte PRT L5 rechts"), "2026-04-22",
           reason_ref=sten, performer=r.P("ortho"), note="Kurzfristige Besserung für ca. 3 Wochen.")
    r.proc(mel("NZ150", "Periradikuläre Infiltration, CT-gezielt (LE=je Sitzung)", text="CT-gezielte PRT L5 rechts"), "2026-06-10",
           reason_ref=sten, performer=r.P("ortho"), note="Keine anhaltende Besserung.")
    r.report(rad("MRLWS", "MRT LWS nativ"), "2026-08-18", category="RAD", performer=r.org_ref,
             conclusion="Degenerative Spondylolisthesis L4/L5 Grad II nach Meyerding mit hochgradiger Spinalkanalstenose und beidseitiger Rezessusstenose L4/L5. Osteochondrose L4/L5.")
    nrs = cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Schmerz NRS")
    e1 = r.enc("2026-10-06", "Orthopädische Ambulanz – Wirbelsäulensprechstunde", prac="ortho", reason_ref=spl)
    r.score(nrs, "2026-10-06", 7, integer=True, enc=e1)
    r.obs(txt("Gehstrecke"), "2026-10-06", 150, unit="m", ucum="m", cat="exam", enc=e1, interp=None, issued=False,
          note="Claudicatio spinalis, Gehstrecke ca. 150 m")
    r.labs("2026-10-06", [("hba1c", 6.8), ("hb", 14.2), ("crea", 0.96), ("k", 4.4)], enc=e1)
    r.note("""Orthopädische Ambulanz – Wirbelsäulensprechstunde
Diagnosen: Degenerative Spondylolisthesis L4/L5 Meyerding II, hochgradige Spinalkanalstenose L4/L5.
Seit über 18 Monaten Lumbalgie und Claudicatio spinalis, Gehstrecke 150 m, NRS 7. Konservative Therapie (Physiotherapie, 2 PRT, Analgetika) ohne anhaltenden Erfolg.
Empfehlung: Operative Sanierung mittels dorsaler Dekompression und Spondylodese L4/L5 (TLIF, Pedikelschraubensystem).
Geplanter OP-Termin: 14.12.2026, stationäre Aufnahme am Vortag. Aufklärungsgespräch geführt, Patient stimmt zu.""",
           "2026-10-06", "consult", "ortho", title="Ambulanzbrief Orthopädie", enc=e1)
    e2 = r.enc("2026-11-24", "Präoperative Anästhesieambulanz", prac="int", reason_ref=spl)
    r.bp("2026-11-24", 138, 82, enc=e2)
    r.obs(cc((LNC, "11524-6", "EKG study"), text="Ruhe-EKG präoperativ"), "2026-11-24", "Sinusrhythmus, unauffällig", cat="procedure",
          interp="N", enc=e2, issued=False)
    r.note("""Prämedikationsvisite
Geplanter Eingriff: Dorsale Dekompression und Spondylodese L4/L5 (TLIF) am 14.12.2026.
ASA II. Metformin 48 h präoperativ pausieren. Blutgruppe und Kreuzprobe bei Aufnahme.
Anästhesiologische Freigabe erteilt.""", "2026-11-24", "plan", "int", title="Prämedikation", enc=e2)
    adm = r.enc("2026-12-13", "Stationäre Aufnahme Orthopädie (geplant)", cls="IMP", status="planned", prac="ortho", reason_ref=spl,
                priority="EL")
    r.proc(mel("NX110", "Dorsale Spondylodese mit Implantat, lumbal, 1 Segment (LE=je Eingriff)",
               (SCT, "55705006", "Spinal fusion"),
               text="Dorsale Dekompression und Spondylodese L4/L5 (TLIF)"),
           "2026-12-14", status="preparation", no_date=True, reason_ref=[spl, sten], performer=r.P("ortho"), enc=adm,
           note="Geplant für 14.12.2026; Aufklärung am 06.10.2026 erfolgt, Implantatbestellung durchgeführt.")
    return r


# ---------------------------------------------------------------------------------------------
@case("UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"], "AT",
      "69-year-old man with pancreatic head adenocarcinoma and liver metastases, ECOG 3; tumour board finds no "
      "tumour-specific treatment option, palliative care plan and referral to the mobile palliative team.",
      "Active metastatic cancer with a tumour-board statement of no treatment option, a palliative CarePlan and a "
      "palliative referral, and no second opinion on record.")
def at_pancreas(cid):
    r = Rec(cid, "AT")
    at_base(r, "Herbert", "Wallner", "male", "1957-01-19", "1902", phone="+43 3685 22913", street="Feldgasse 2")
    r.cond(icd("E11.9", "Nicht primär insulinabhängiger Diabetes mellitus [Typ-2-Diabetes]: Ohne Komplikationen"), "2014-01-01",
           recorded="2014-02-11", recorder="gp")
    r.cond(icd("I10", "Essentielle (primäre) Hypertonie"), "2010-01-01", recorded="2010-05-02", recorder="gp")
    ca = r.cond(icd("C25.0", "Bösartige Neubildung: Pankreaskopf"), "2026-09-10", recorded="2026-09-10", recorder="gast",
                stage=txt("cT3 cN1 cM1 (hepar), UICC IV"),
                note="Histologie (EUS-FNB): duktales Adenokarzinom, mäßig differenziert.")
    met = r.cond(icd("C78.7", "Sekundäre bösartige Neubildung der Leber und der intrahepatischen Gallengänge"), "2026-09-03",
                 recorded="2026-09-10", recorder="gast")
    e0 = r.enc("2026-08-31", "Stationärer Aufenthalt Innere Medizin", cls="IMP", prac="gast", end="2026-09-14",
               reason=icd("R17", "Gelbsucht, nicht näher bezeichnet", text="Schmerzloser Ikterus, Gewichtsverlust"),
               admit=("gp", "General Practitioner referral"), discharge=("home", "Home"))
    r.report(rad("CTTHAB", "CT Thorax/Abdomen mit KM"), "2026-09-03", category="RAD", performer=r.org_ref, enc=e0,
             conclusion="Hypodense Raumforderung Pankreaskopf 4,1 cm mit Infiltration der V. mesenterica superior, multiple Lebermetastasen (bis 3 cm), kein Hinweis auf pulmonale Filiae.")
    r.proc(mel("DG070", "ERCP mit Stentimplantation (LE=je Sitzung)", text="ERCP mit Metallstent in den DHC"), "2026-09-04",
           performer=r.P("gast"), enc=e0, reason_ref=ca)
    r.proc(mel("DG080", "Endosonographie mit Feinnadelbiopsie (LE=je Sitzung)", text="EUS-gesteuerte Feinnadelbiopsie Pankreas"),
           "2026-09-08", performer=r.P("gast"), enc=e0, reason_ref=ca)
    r.labs("2026-09-12", [("bili", 3.8), ("alb", 2.9), ("hb", 11.2), ("crp", 24), ("crea", 1.0)], enc=e0)
    ecog = cc((LNC, "89247-1", "ECOG Performance Status score"), text="ECOG")
    r.score(ecog, "2026-09-16", 3, integer=True, enc=e0, note="Überwiegend bettlägerig, Selbstversorgung eingeschränkt")
    r.vital("wt", "2026-09-16", 61.0, enc=e0, note="Mai 2026: 68 kg")
    ci = r.impression("2026-09-17", "onko", problems=[ca, met], enc=e0,
                      description="Interdisziplinäres Tumorboard Gastrointestinale Tumoren",
                      summary="Metastasiertes Pankreaskopfkarzinom (Leber), ECOG 3, Kachexie. Aufgrund des reduzierten Allgemeinzustands "
                              "besteht keine tumorspezifische Therapieoption (keine Chemotherapie, keine Operation, keine Bestrahlung). "
                              "Empfehlung: Best Supportive Care, Palliativbetreuung.")
    r.note("""Tumorboard-Beschluss vom 17.09.2026
Patient: Herbert Wallner, geb. 19.01.1957
Diagnose: Duktales Adenokarzinom des Pankreaskopfes, cT3 cN1 cM1 (hepar), UICC IV. Z. n. ERCP mit Metallstent.
Allgemeinzustand: ECOG 3, Gewichtsverlust 7 kg in 4 Monaten, Albumin 2,9 g/dl.
Beschluss: Keine tumorspezifische Therapieoption. Eine palliative Chemotherapie ist bei ECOG 3 nicht indiziert. Best Supportive Care.
Empfehlung: Anbindung an das Mobile Palliativteam, Schmerztherapie, Ernährungsberatung, Pankreasenzymsubstitution.
Der Beschluss wurde dem Patienten und seiner Tochter am 18.09.2026 mitgeteilt.""", "2026-09-17", "consult", "onko",
           title="Tumorboard-Protokoll", enc=e0)
    r.careplan("Palliativbetreuung – Pankreaskarzinom", "2026-09-18", category=cc((SCT, "103735009", "Palliative care"), text="Palliativplan"),
               addresses=[ca], author="pall",
               description="Best Supportive Care nach Tumorboard; Symptomkontrolle im häuslichen Umfeld.",
               activities=[(txt("Schmerztherapie nach WHO-Stufenschema"), "in-progress", "Morphin retard, Metamizol"),
                           (txt("Mobiles Palliativteam Bezirk"), "in-progress", "Hausbesuche 1x/Woche"),
                           (txt("Ernährungsberatung"), "completed", "Pankreasenzyme, hochkalorische Trinknahrung")])
    r.sreq(cc((SCT, "306237005", "Referral to palliative care service"), text="Zuweisung Mobiles Palliativteam"), "2026-09-18",
           status="active", intent="order", prac="pall", reason_ref=ca)
    r.medreq(atc("N02AA01", "morphine", "Morphin retard 30 mg Tbl."), "2026-09-18", "1-0-1", prac="pall", reason_ref=ca)
    r.medreq(atc("A09AA02", "multienzymes (lipase, protease etc.)", "Pankreatin 25.000 E Kps."), "2026-09-18", "zu jeder Hauptmahlzeit 2 Kps.",
             prac="pall")
    r.medreq(atc("A10AE04", "insulin glargine", "Insulin glargin 100 E/ml"), "2026-09-14", "10 E abends s.c.", prac="int")
    e1 = r.enc("2026-11-19", "Palliativambulanz", prac="pall", reason_ref=ca)
    r.vital("wt", "2026-11-19", 57.5, enc=e1)
    r.note("""Palliativambulanz – Verlauf
Zunehmende Schwäche, Appetitlosigkeit, Schmerzen unter Morphin retard gut kontrolliert (NRS 2-3).
Keine tumorspezifische Therapie gemäß Tumorboard. Betreuung durch Mobiles Palliativteam läuft.
Patient und Tochter über Verlauf informiert; Wunsch nach Versorgung zu Hause.""", "2026-11-19", "progress", "pall",
           title="Verlaufsnotiz Palliativ", enc=e1)
    return r


# ---------------------------------------------------------------------------------------------
@case("UNTREATABLE_PROGNOSIS", "near-miss", [], "AT",
      "84-year-old woman with severe aortic stenosis judged unsuitable for surgical or transcatheter valve replacement; "
      "palliative care plan; a second-opinion heart-team review at a university centre in August 2026 confirmed it.",
      "The no-treatment signal is present, but a second opinion on the same problem is on record within 12 months "
      "(university heart team, August 2026), which suppresses the flag.")
def at_aortic_stenosis_so(cid):
    r = Rec(cid, "AT")
    at_base(r, "Theresia", "Gschwandtner", "female", "1942-03-30", "7735", street="Kirchplatz 5")
    son = r.related("Wolfgang", "Gschwandtner", "SON", "natural son", "male", phone="+43 664 7735501")
    ae = r.cond(icd("I35.0", "Aortenklappenstenose"), "2023-05-01", recorded="2023-05-22", recorder="kardio",
                severity=cc((SCT, "24484000", "Severe"), text="hochgradig"),
                note="AVA 0,6 cm², mittlerer Gradient 52 mmHg, LVEF 45 %.")
    hi = r.cond(icd("I50.1", "Linksherzinsuffizienz"), "2025-11-01", recorded="2025-11-20", recorder="kardio")
    r.cond(icd("N18.4", "Chronische Nierenkrankheit, Stadium 4"), "2024-01-01", recorded="2024-02-14", recorder="int")
    r.cond(icd("M81.0", "Postmenopausale Osteoporose"), "2015-01-01", recorded="2015-06-01", recorder="gp")
    r.labs("2026-05-05", [("crea", 2.1), ("egfr", 22), ("hb", 11.0), ("bnp", 4120), ("k", 4.8)])
    r.report(rad("TTE", "Transthorakale Echokardiographie"), "2026-05-05", category="CUS",
             performer=r.P("kardio"),
             conclusion="Hochgradige, verkalkte Aortenklappenstenose (AVA 0,6 cm², Vmax 4,6 m/s, MPG 52 mmHg), LVEF 45 %, Porzellanaorta in der Vor-CT bekannt.")
    hb = r.impression("2026-05-12", "kardio", problems=[ae, hi], description="Heart-Team-Besprechung RKH St. Veitsberg",
                      summary="Schwere symptomatische Aortenklappenstenose bei 84-jähriger Patientin mit Gebrechlichkeit (Clinical Frailty Scale 7), "
                              "CKD G4, Porzellanaorta und kleinkalibrigen, verkalkten Beckengefäßen. Weder chirurgischer Klappenersatz noch TAVI empfohlen. "
                              "Konservativ-palliatives Vorgehen.")
    r.careplan("Palliative Versorgung bei Herzinsuffizienz/Aortenstenose", "2026-05-20",
               category=cc((SCT, "103735009", "Palliative care"), text="Palliativplan"), addresses=[ae, hi], author="pall",
               activities=[(txt("Diuretische Therapie, Symptomkontrolle"), "in-progress", None),
                           (txt("Hauskrankenpflege, Mobiles Palliativteam"), "in-progress", None)])
    # second opinion at a university centre
    uni = r.org_ext("Universitätsklinikum Graz-Nord, Herzzentrum", "Graz", "AT", kind="University hospital")
    so_req = r.sreq(txt("Zuweisung zur Zweitmeinung Heart-Team Universitätsklinikum"), "2026-06-03",
                    status="completed", intent="order", prac="kardio", performer=uni, reason_ref=ae,
                    reason=[cc((V2_0336, "S", "Second Opinion"), text="Zweitmeinung auf Wunsch von Patientin und Sohn")],
                    note="Sohn wünscht Zweitmeinung zur Frage einer TAVI.")
    so_enc = r.enc("2026-08-04", "Zweitmeinung Heart-Team (extern)", service_provider=uni, reason_ref=ae)
    r.note("""Universitätsklinikum Graz-Nord – Herzzentrum
Zweitmeinung Heart-Team vom 04.08.2026
Fragestellung (Zuweisung RKH St. Veitsberg): Therapieoptionen bei hochgradiger Aortenklappenstenose.
Nach Durchsicht von Echokardiographie, CT-Angiographie und persönlicher Untersuchung der Patientin (Begleitung durch Sohn):
Wir bestätigen die Einschätzung des zuweisenden Heart-Teams. Ein chirurgischer Klappenersatz ist bei Porzellanaorta und Frailty nicht vertretbar;
ein transfemoraler Zugang für TAVI ist bei hochgradig verkalkten Iliakalgefäßen nicht möglich, alternative Zugänge werden bei CFS 7 nicht empfohlen.
Empfehlung: Fortführung der konservativ-palliativen Behandlung.""", "2026-08-05", "consult", uni, title="Zweitmeinung Herzzentrum",
           enc=so_enc, related=[so_req])
    r.comm("Danke für die Organisation der Zweitmeinung in Graz. Wir haben jetzt Klarheit und bleiben bei der Betreuung zu Hause.",
           "2026-08-12", sender=son, recipient="kardio", lang="de")
    r.medstmt(atc("C03CA04", "torasemide", "Torasemid 10 mg Tbl."), "2025-11-20", dosage="1-0-0", source="kardio")
    r.medstmt(atc("M05BA04", "alendronic acid", "Alendronsäure 70 mg"), "2015-06-01", end="2024-02-14", status="stopped",
              status_reason="Bei CKD G4 abgesetzt", source="gp")
    e1 = r.enc("2026-11-03", "Kardiologische Ambulanz", prac="kardio", reason_ref=ae)
    r.bp("2026-11-03", 112, 64, enc=e1)
    r.vital("wt", "2026-11-03", 54.0, enc=e1)
    r.note("""Kardiologische Ambulanz – Kontrolle
NYHA III, keine Synkopen. Unter Torasemid keine Dekompensation.
Zweitmeinung Herzzentrum Graz-Nord 08/2026: Bestätigung konservativ-palliatives Vorgehen.
Weiterführung Palliativbetreuung, Kontrolle in 3 Monaten.""", "2026-11-03", "outpatient", "kardio", title="Ambulanzbrief Kardiologie", enc=e1)
    return r


# ---------------------------------------------------------------------------------------------
@case("HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"], "AT",
      "62-year-old man with locally advanced rectal cancer (cT3c N1 M0); neoadjuvant chemoradiotherapy "
      "(50.4 Gy with capecitabine) started 9 November 2026, decision on surgery after restaging.",
      "Pelvic radiotherapy with concurrent capecitabine chemotherapy has started, a treatment that severely affects "
      "quality of life; surgery is not yet planned.")
def at_rectal_crt(cid):
    r = Rec(cid, "AT")
    at_base(r, "Manfred", "Steinbauer", "male", "1964-11-02", "5581", phone="+43 664 5581330", street="Lindenallee 9")
    r.cond(icd("I10", "Essentielle (primäre) Hypertonie"), "2015-01-01", recorded="2015-04-12", recorder="gp")
    r.cond(icd("E78.0", "Reine Hypercholesterinämie"), "2017-01-01", recorded="2017-03-08", recorder="gp")
    ca = r.cond(icd("C20", "Bösartige Neubildung des Rektums"), "2026-09-02", recorded="2026-09-09", recorder="gast",
                stage=txt("cT3c cN1 cM0, UICC III, MRF negativ, 7 cm ab ano"),
                note="Histologie: Adenokarzinom, G2, pMMR.")
    e0 = r.enc("2026-09-02", "Endoskopie-Ambulanz", prac="gast", reason=cc((SCT, "405729008", "Hematochezia"), text="Peranaler Blutabgang"))
    r.proc(mel("DF050", "Koloskopie mit Biopsie (LE=je Sitzung)", text="Koloskopie mit Biopsie"), "2026-09-02", performer=r.P("gast"),
           enc=e0, note="Zirkulärer, exulzerierter Tumor 7–11 cm ab ano, Biopsien entnommen.")
    r.report(rad("MRBEC", "MRT Becken (Rektum-Staging)"), "2026-09-15", category="RAD", performer=r.org_ref,
             conclusion="Rektumkarzinom im mittleren Drittel, cT3c, 2 suspekte mesorektale Lymphknoten (cN1), MRF frei, EMVI negativ.")
    r.report(rad("CTTHAB", "CT Thorax/Abdomen mit KM"), "2026-09-16", category="RAD", performer=r.org_ref,
             conclusion="Keine Fernmetastasen.")
    cea = r.obs(cc((LNC, "2039-6", "Carcinoembryonic Ag [Mass/volume] in Serum or Plasma"), text="CEA"), "2026-09-16", 6.8,
                unit="ng/mL", ucum="ng/mL", ref_range=(0, 5.0))
    r.impression("2026-10-08", "onko", problems=[ca], description="Interdisziplinäres Tumorboard",
                 summary="Lokal fortgeschrittenes Rektumkarzinom cT3c cN1 cM0. Empfehlung: neoadjuvante Radiochemotherapie 50,4 Gy/28 Fraktionen "
                         "mit Capecitabin 825 mg/m² 2x täglich an Bestrahlungstagen. Restaging 6–8 Wochen nach Abschluss; "
                         "über Operation oder organerhaltendes Vorgehen wird danach im Tumorboard entschieden.")
    rt = r.proc(mel("ST030", "Perkutane Strahlentherapie, 3D-konformal/IMRT (LE=je Serie)",
                    (SCT, "33195004", "External beam radiation therapy procedure"), text="Neoadjuvante Radiotherapie Becken, IMRT, 50,4 Gy in 28 Fraktionen"),
                "2026-11-09", status="in-progress", reason_ref=ca, performer=r.P("strahl"),
                note="Beginn 09.11.2026, bisher 15 von 28 Fraktionen appliziert (Stand 27.11.2026).")
    r.get(rt).pop("performedDateTime")
    r.get(rt)["performedPeriod"] = {"start": r.dt("2026-11-09", "08:15")}
    cap = r.medreq(atc("L01BC06", "capecitabine", "Capecitabin 500 mg Filmtbl."), "2026-11-05",
                   "1650 mg (825 mg/m²) 2x täglich an Bestrahlungstagen, 12 h Abstand", prac="onko", reason_ref=ca,
                   period={"start": "2026-11-09", "end": "2026-12-18"}, course=("acute", "Short course (acute) therapy"))
    r.medstmt(atc("L01BC06", "capecitabine", "Capecitabin 500 mg Filmtbl."), "2026-11-09", dosage="1650 mg 2x täglich an Bestrahlungstagen",
              reason_ref=ca, source="onko", note="Einnahme laut Patient regelmäßig; Übelkeit Grad 1.")
    r.medstmt(atc("C09AA05", "ramipril", "Ramipril 5 mg"), "2015-04-12", dosage="1-0-0", source="gp")
    r.medstmt(atc("C10AA05", "atorvastatin", "Atorvastatin 20 mg"), "2017-03-08", dosage="0-0-1", source="gp")
    e1 = r.enc("2026-11-23", "Onkologische Tagesklinik – Therapiekontrolle", prac="onko", reason_ref=ca)
    r.labs("2026-11-23", [("hb", 13.6), ("wbc", 4.6), ("plt", 188), ("crea", 0.94), ("bili", 0.7)], enc=e1)
    r.vital("wt", "2026-11-23", 78.2, enc=e1)
    r.note("""Onkologische Tagesklinik – Kontrolle unter Radiochemotherapie
Laufende neoadjuvante Radiochemotherapie seit 09.11.2026 (Woche 3). Capecitabin 1650 mg 2x tgl.
Nebenwirkungen: Diarrhoe CTCAE Grad 1 (4 Stühle/Tag), Proktitis mit Tenesmen, Müdigkeit, perianale Hautreizung Grad 1.
Patient berichtet, dass er wegen Stuhldrang kaum das Haus verlassen kann und seine Arbeit als Busfahrer ruhend gestellt ist.
Labor: keine Myelotoxizität. Fortsetzung wie geplant, Loperamid bei Bedarf, Sitzbäder.""", "2026-11-23", "progress", "onko",
           title="Verlaufsnotiz Onkologie", enc=e1)
    r.medreq(atc("A07DA03", "loperamide", "Loperamid 2 mg"), "2026-11-23", "nach jedem ungeformten Stuhl 1 Kps., max. 6/Tag", prac="onko")
    return r


# ---------------------------------------------------------------------------------------------
@case("PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"], "AT",
      "52-year-old woman with L5/S1 disc herniation and S1 radiculopathy managed conservatively; she set a "
      "patient-authored flag asking for a second opinion from a spine surgeon about the treatment recommendation.",
      "An active Flag authored by the patient explicitly requests a second medical opinion; no second opinion is on record.")
def at_flag_second_opinion(cid):
    r = Rec(cid, "AT")
    at_base(r, "Claudia", "Brunner", "female", "1974-06-22", "2206", phone="+43 699 2206714", street="Wiesenweg 17")
    disc = r.cond(icd("M51.1", "Lumbale und sonstige Bandscheibenschäden mit Radikulopathie"), "2026-04-01", recorded="2026-05-20",
                  recorder="ortho", note="Mediolateraler Bandscheibenvorfall L5/S1 rechts mit S1-Radikulopathie.")
    r.cond(icd("E03.8", "Sonstige näher bezeichnete Hypothyreose"), "2011-01-01", recorded="2011-09-01", recorder="gp")
    r.medstmt(atc("H03AA01", "levothyroxine sodium", "L-Thyroxin 75 µg"), "2011-09-01", dosage="1-0-0 nüchtern", source="gp")
    r.report(rad("MRLWS", "MRT LWS nativ"), "2026-05-14", category="RAD", performer=r.org_ref,
             conclusion="Mediolateraler Bandscheibenvorfall L5/S1 rechts mit Kontakt zur Nervenwurzel S1 rechts, keine Sequestrierung. Kein Hinweis auf Spinalkanalstenose.")
    nrs = cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Schmerz NRS")
    e1 = r.enc("2026-06-10", "Orthopädische Ambulanz", prac="ortho", reason_ref=disc)
    r.score(nrs, "2026-06-10", 7, integer=True, enc=e1)
    r.medreq(atc("M01AE01", "ibuprofen", "Ibuprofen 400 mg"), "2026-06-10", "1-1-1 für 14 Tage, dann bei Bedarf", prac="ortho", reason_ref=disc)
    r.medreq(atc("N03AX16", "pregabalin", "Pregabalin 75 mg Kps."), "2026-06-10", "1-0-1", prac="ortho", reason_ref=disc)
    r.sreq(mel("PE020", "Physiotherapie ambulant (LE=je Sitzung)", text="Physiotherapie LWS, 10 Einheiten"), "2026-06-10",
           status="completed", prac="ortho", reason_ref=disc)
    e2 = r.enc("2026-09-15", "Orthopädische Ambulanz", prac="ortho", reason_ref=disc)
    r.score(nrs, "2026-09-15", 6, integer=True, enc=e2)
    r.obs(txt("Lasègue-Zeichen rechts"), "2026-09-15", "positiv bei 50°", cat="exam", interp="A", enc=e2, issued=False)
    r.obs(txt("ASR rechts"), "2026-09-15", "abgeschwächt", cat="exam", interp="A", enc=e2, issued=False)
    r.note("""Orthopädische Ambulanz – Kontrolle
Persistierende Lumboischialgie rechts (S1), NRS 6. Keine Paresen, ASR rechts abgeschwächt, Lasègue rechts 50°.
Keine Blasen- oder Mastdarmstörung.
Beurteilung: Keine Operationsindikation, konservative Therapie fortsetzen (Physiotherapie, Pregabalin).
Die Patientin ist mit der Empfehlung unzufrieden und fragt nach weiteren Möglichkeiten.""", "2026-09-15", "outpatient", "ortho",
           title="Ambulanzbrief Orthopädie", enc=e2)
    r.flag(cc((r.org["local"] + "/patientenanliegen", "ZWM", "Wunsch nach ärztlicher Zweitmeinung"),
              text="Ich wünsche eine Zweitmeinung durch einen Wirbelsäulenchirurgen zur Therapieempfehlung (Bandscheibenvorfall L5/S1)."),
           "2026-10-02", author=r.patient_ref,
           category=cc((FLAGCAT, "admin", "Administrative"), text="Patientenanliegen (Patientenportal)"))
    e3 = r.enc("2026-11-12", "Orthopädische Ambulanz", prac="ortho", reason_ref=disc)
    r.score(nrs, "2026-11-12", 6, integer=True, enc=e3)
    r.note("""Orthopädische Ambulanz – Kontrolle
Beschwerden unverändert, NRS 6. Neurologisch stabil.
Procedere: Fortsetzung Physiotherapie, Pregabalin 75 mg 1-0-1. Kontrolle in 3 Monaten.""", "2026-11-12", "outpatient", "ortho",
           title="Ambulanzbrief Orthopädie", enc=e3)
    return r


# ---------------------------------------------------------------------------------------------
@case("WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"], "AT",
      "58-year-old woman with seropositive rheumatoid arthritis on subcutaneous methotrexate since January 2025; "
      "DAS28-CRP rises from 3.3 to 4.9 between May and November 2026 with rising CRP.",
      "DAS28-CRP worsened by 1.6 (MCID 1.2) over 182 days across three values while methotrexate was continuously active.")
def at_ra_das28(cid):
    r = Rec(cid, "AT")
    at_base(r, "Renate", "Fuchs", "female", "1968-02-14", "8893", phone="+43 664 8893021", street="Sonnleiten 4")
    ra = r.cond(icd("M05.8", "Sonstige seropositive chronische Polyarthritis"), "2024-09-01", recorded="2024-11-19", recorder="rheu",
                note="RF und Anti-CCP positiv, erosiv an MCP II/III rechts.")
    r.cond(icd("I10", "Essentielle (primäre) Hypertonie"), "2019-01-01", recorded="2019-05-13", recorder="gp")
    r.cond(icd("M85.8", "Sonstige näher bezeichnete Veränderungen der Knochendichte und -struktur"), "2025-03-01", recorded="2025-03-11",
           recorder="rheu", note="Osteopenie (T-Score LWS -1,8).")
    r.lab("rf", "2024-11-19", 86)
    r.obs(cc((r.org["local"] + "/labor", "ACCP", "Anti-CCP-Antikörper"), text="Anti-CCP-AK"), "2024-11-19", 212, unit="U/mL", ucum="U/mL",
          ref_range=(0, 17))
    mtx = r.medstmt(atc("L04AX03", "methotrexate", "Methotrexat 20 mg Fertigspritze s.c."), "2025-01-15",
                    dosage="20 mg 1x wöchentlich (Montag) s.c.", reason_ref=ra, source="rheu", asserted="2026-11-10",
                    note="Einnahme laut Patientin lückenlos, keine Unverträglichkeit.")
    r.medstmt(atc("B03BB01", "folic acid", "Folsäure 5 mg"), "2025-01-15", dosage="5 mg 1x wöchentlich (Dienstag)", source="rheu")
    r.medreq(atc("H02AB06", "prednisolone", "Prednisolon 5 mg"), "2026-08-11", "1-0-0, Reduktion nach Rücksprache", prac="rheu", reason_ref=ra)
    r.medstmt(atc("C09AA05", "ramipril", "Ramipril 2,5 mg"), "2019-05-13", dosage="1-0-0", source="gp")
    das = cc((r.org["local"] + "/scores", "DAS28-CRP", "Disease Activity Score 28 Gelenke mit CRP"), text="DAS28-CRP")

    def visit(date, score, sjc, tjc, crp, pga):
        e = r.enc(date, "Rheumatologische Ambulanz", prac="rheu", reason_ref=ra)
        c = r.lab("crp", date, crp, enc=e)
        comps = [
            {"code": cc((r.org["local"] + "/scores", "SJC28", "Geschwollene Gelenke (28)")), "valueInteger": sjc},
            {"code": cc((r.org["local"] + "/scores", "TJC28", "Druckschmerzhafte Gelenke (28)")), "valueInteger": tjc},
            {"code": cc((r.org["local"] + "/scores", "PGA", "Patientenglobalurteil 0-100 mm")), "valueInteger": pga},
        ]
        r.score(das, date, score, enc=e, performer="rheu", components=comps, cat="exam")
        r.get(r.entries[-1]["request"]["url"])["derivedFrom"] = [ref(c)]
        return e

    visit("2025-06-10", 2.6, 1, 2, 3.0, 25)
    visit("2026-05-12", 3.3, 3, 4, 4.0, 40)
    e2 = visit("2026-08-11", 4.2, 5, 7, 11.0, 58)
    r.note("""Rheumatologische Ambulanz
Zunehmende Synovitis MCP II-IV bds. und Handgelenk rechts unter MTX 20 mg s.c. wöchentlich seit 01/2025. Einnahme lückenlos.
DAS28-CRP 4,2 (05/2026: 3,3).
Procedere: Überbrückend Prednisolon 5 mg, MTX unverändert weiter, Kontrolle in 3 Monaten.""", "2026-08-11", "outpatient", "rheu",
           title="Ambulanzbrief Rheumatologie", enc=e2)
    e3 = visit("2026-11-10", 4.9, 7, 9, 19.0, 70)
    r.labs("2026-11-10", [("hb", 12.1), ("alt", 28), ("crea", 0.71), ("wbc", 7.9)], enc=e3)
    r.note("""Rheumatologische Ambulanz
Weitere Zunahme der Krankheitsaktivität trotz MTX 20 mg s.c. (seit 01/2025 durchgehend) und Prednisolon 5 mg seit 08/2026.
DAS28-CRP 4,9 (08/2026: 4,2; 05/2026: 3,3), CRP 19 mg/l. Morgensteifigkeit 90 min. Patientin kann Haushalt kaum noch bewältigen.
Beurteilung: Hohe Krankheitsaktivität, unzureichendes Ansprechen auf konventionelle Basistherapie.
Procedere: Antrag auf Kostenübernahme für Biologikum gestellt; MTX weiter.""", "2026-11-10", "outpatient", "rheu",
           title="Ambulanzbrief Rheumatologie", enc=e3)
    return r


# ---------------------------------------------------------------------------------------------
@case("RARE_OR_COMPLEX_CONDITION", "near-miss", [], "AT",
      "71-year-old man with eight conditions on his list, but only four are active chronic conditions "
      "(hypertension, hypercholesterolaemia, hypothyroidism, knee osteoarthritis); the others are resolved.",
      "Active chronic conditions number four (below five); pneumonia, erysipelas, gallstones and a past depressive "
      "episode are resolved, and nothing is rare.")
def at_four_conditions(cid):
    r = Rec(cid, "AT")
    at_base(r, "Josef", "Wieser", "male", "1955-08-09", "9014", phone="+43 3685 30118", street="Am Anger 11")
    htn = r.cond(icd("I10", "Essentielle (primäre) Hypertonie"), "2008-01-01", recorded="2008-04-15", recorder="gp")
    r.cond(icd("E78.0", "Reine Hypercholesterinämie"), "2010-01-01", recorded="2010-02-03", recorder="gp")
    r.cond(icd("E03.8", "Sonstige näher bezeichnete Hypothyreose"), "2013-01-01", recorded="2013-06-21", recorder="int")
    r.cond(icd("M17.1", "Sonstige primäre Gonarthrose"), "2018-01-01", recorded="2018-10-09", recorder="ortho",
           note="Gonarthrose rechts Kellgren-Lawrence III.")
    r.cond(icd("F32.1", "Mittelgradige depressive Episode"), "2019-03-01", clinical="resolved", abated="2020-06-01", recorded="2019-03-20",
           recorder="gp", note="Einzelne Episode nach Tod der Ehefrau, Sertralin bis 2021, seither beschwerdefrei.")
    r.cond(icd("K80.2", "Gallenblasenstein ohne Cholezystitis"), "2019-01-01", clinical="resolved", abated="2019-09-17", recorded="2019-08-02",
           recorder="chir", note="Laparoskopische Cholezystektomie 17.09.2019.")
    r.cond(icd("A46", "Erysipel [Wundrose]"), "2024-07-10", clinical="resolved", abated="2024-07-24", recorded="2024-07-10", recorder="gp",
           cat="encounter-diagnosis")
    r.cond(icd("J13", "Pneumonie durch Streptococcus pneumoniae"), "2025-02-03", clinical="resolved", abated="2025-02-20",
           recorded="2025-02-03", recorder="int", cat="encounter-diagnosis")
    r.proc(mel("LG030", "Cholezystektomie, laparoskopisch (LE=je Eingriff)", text="Laparoskopische Cholezystektomie"), "2019-09-17",
           performer=r.P("chir"))
    r.immunization("33", "pneumococcal polysaccharide vaccine, 23 valent", "2025-10-14")
    r.immunization("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-13")
    r.medstmt(atc("C08CA01", "amlodipine", "Amlodipin 5 mg"), "2008-04-15", dosage="1-0-0", source="gp")
    r.medstmt(atc("C10AA05", "atorvastatin", "Atorvastatin 20 mg"), "2010-02-03", dosage="0-0-1", source="gp")
    r.medstmt(atc("H03AA01", "levothyroxine sodium", "L-Thyroxin 100 µg"), "2013-06-21", dosage="1-0-0 nüchtern", source="int")
    r.medstmt(atc("M02AA15", "diclofenac", "Diclofenac Gel 1 %"), "2018-10-09", dosage="bei Bedarf lokal", source="ortho")
    e1 = r.enc("2026-10-13", "Interne Ambulanz – Jahreskontrolle", prac="int", reason_ref=htn)
    r.bp("2026-10-13", 134, 80, enc=e1)
    r.vital("wt", "2026-10-13", 84.5, enc=e1)
    r.vital("bmi", "2026-10-13", 27.6, enc=e1)
    labs = r.labs("2026-10-13", [("hb", 14.6), ("crea", 1.02), ("egfr", 74), ("k", 4.3), ("tsh", 2.3), ("ldl", 92), ("glu", 96), ("alt", 24)],
                  enc=e1)
    r.report(cc((LNC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Jahreslabor"), "2026-10-13", results=labs,
             performer=r.org_ref, conclusion="Unauffällig. LDL im Zielbereich, TSH unter Substitution normal.")
    r.note("""Interne Ambulanz – Jahreskontrolle
Aktive Dauerdiagnosen: Essentielle Hypertonie, reine Hypercholesterinämie, Hypothyreose (substituiert), Gonarthrose rechts.
Anamnestisch (abgeheilt): Pneumonie 02/2025, Erysipel 07/2024, Z. n. laparoskopischer Cholezystektomie 2019, depressive Episode 2019 (remittiert, keine Therapie seit 2021).
Befinden gut, geht täglich 5 km spazieren. RR 134/80. Labor unauffällig.
Procedere: Medikation unverändert, Kontrolle in 12 Monaten.""", "2026-10-13", "outpatient", "int", title="Ambulanzbrief Interne", enc=e1)
    return r
