"""Organisation A: Nemuno universiteto ligoninė (fictitious Lithuanian university hospital, Kaunas).

Style: ICD-10-AM diagnoses, ACHI procedures, local laboratory codes (LOINC added on some), notes in Lithuanian,
referral letters (forma 027/a) from family doctors, compulsory health insurance through the VLK.
"""
from fhirkit import (ACHI, ACTCODE, ADMITSRC, ATC, ICD10AM, LOINC, SCT, cc, tx)

CLINIC = "Nemuno universiteto ligoninė"


def lab_code(c, code, lt_name, loinc=None, loinc_display=None):
    codings = [(c.local("lab-kodai"), code, lt_name)]
    if loinc:
        codings.append((LOINC, loinc, loinc_display))
    return cc(*codings, text=lt_name)


LABS = {
    # key: (local code, Lithuanian name, LOINC, LOINC display, unit, low, high)
    "hgb": ("HGB", "Hemoglobinas", "718-7", "Hemoglobin [Mass/volume] in Blood", "g/L"),
    "wbc": ("WBC", "Leukocitai", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", "10*9/L"),
    "plt": ("PLT", "Trombocitai", "777-3", "Platelets [#/volume] in Blood by Automated count", "10*9/L"),
    "mcv": ("MCV", "Vidutinis eritrocito tūris", "787-2", "MCV [Entitic volume] by Automated count", "fL"),
    "crp": ("CRB", "C reaktyvusis baltymas", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "mg/L"),
    "tsh": ("TTH", "Tirotropinas (TTH)", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "m[IU]/L"),
    "b12": ("B12", "Vitaminas B12", "14685-2", "Cobalamin (Vitamin B12) [Moles/volume] in Serum or Plasma", "pmol/L"),
    "glu": ("GLU", "Gliukozė", "14749-6", "Glucose [Moles/volume] in Serum or Plasma", "mmol/L"),
    "a1c": ("HBA1C", "Glikuotas hemoglobinas", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%"),
    "krea": ("KREA", "Kreatininas", "14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "umol/L"),
    "egfr": ("GFG", "GFG (CKD-EPI)", "62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)", "mL/min/{1.73_m2}"),
    "fer": ("FERIT", "Feritinas", "2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "ug/L"),
    "na": ("NA", "Natris", "2951-2", "Sodium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "k": ("K", "Kalis", "2823-3", "Potassium [Moles/volume] in Serum or Plasma", "mmol/L"),
    "alt": ("ALT", "ALT", "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
    "bil": ("BIL", "Bendras bilirubinas", "14631-6", "Bilirubin.total [Moles/volume] in Serum or Plasma", "umol/L"),
    "alb": ("ALB", "Albuminas", "1751-7", "Albumin [Mass/volume] in Serum or Plasma", "g/L"),
    "calp": ("KALPROT", "Kalprotektinas išmatose", "38445-3", "Calprotectin [Mass/mass] in Stool", "ug/g"),
    "psa": ("PSA", "Prostatos specifinis antigenas", "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "ug/L"),
    "ca199": ("CA199", "CA 19-9", "24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "U/mL"),
    "ntpro": ("NTPROBNP", "NT-proBNP", "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "ng/L"),
    "urat": ("URAT", "Šlapimo rūgštis", "14933-6", "Urate [Moles/volume] in Serum or Plasma", "umol/L"),
    "ggt": ("GGT", "GGT", "2324-2", "Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma", "U/L"),
}


def lab(c, short, key, date, value, low=None, high=None, enc=None, interp=None, note=None, with_loinc=True):
    code, name, loinc, disp, unit = LABS[key]
    return c.obs(short, lab_code(c, code, name, loinc if with_loinc else None, disp), date, value=(value, unit),
                 low=low, high=high, encounter=enc, interp=interp, note=note, time="08:10")


def dx(code, display, text=None):
    return cc((ICD10AM, code, display), text=text or display)


def med(atc, name):
    return cc((ATC, atc), text=name)


def setup(c, given, family, gender, birth, code, mrn, city="Kaunas", gp_clinic="Šilainių šeimos medicinos centras"):
    c.hosp = c.organization("org", CLINIC, type_code="prov", city="Kaunas", country="LT",
                            ident=("https://fhir.nemunoul.lt/sid/jar-kodas", "302118841"), alias="Nemunas University Hospital",
                            telecom="+370 37 300 100")
    c.vlk = c.organization("org-vlk", "Valstybinė ligonių kasa prie Sveikatos apsaugos ministerijos", type_code="pay",
                           city="Vilnius", country="LT")
    c.pspc = c.organization("org-pspc", gp_clinic, type_text="Pirminės sveikatos priežiūros centras", city=city, country="LT")
    c.gp = c.practitioner("pr-gp", "Kavaliauskienė", "Rūta", gender="female", qual="Šeimos gydytoja")
    c.patient(given, family, gender, birth, mrn, national=code, city=city, country="LT", lang="lt",
              gp=[c.gp], org=c.hosp, phone="+370 6" + code[-7:], line="Savanorių pr. " + str(int(code[-3:]) % 180 + 1))
    c.coverage("cov", c.vlk, cc((ACTCODE, "PUBLICPOL", "public healthcare"), text="Privalomasis sveikatos draudimas"),
               "2004-01-01", subscriber_id=code, klass=("PSD", "Privalomasis sveikatos draudimas"))


def ltnote(text):
    return cc((LOINC, "11488-4", "Consult note"), text=text)


PROGRESS = ("11506-3", "Progress note")
REFERRAL = ("57133-1", "Referral note")
DISCHARGE = ("18842-5", "Discharge summary")


def notetype(t, text):
    return cc((LOINC, t[0], t[1]), text=text)


def present():
    return cc((SCT, "52101004", "Present"), text="yra")


# ======================================================================= A1
def lt_dizziness(c):
    setup(c, "Jurgita", "Vaitkienė", "female", "1979-03-22", "47903221386", "NUL-2026-118734")
    neuro = c.practitioner("pr-neuro", "Žilinskas", "Tomas", gender="male", qual="Gydytojas neurologas")
    ent = c.practitioner("pr-ent", "Bagdonienė", "Ramunė", gender="female", qual="Gydytoja otorinolaringologė")
    rad = c.practitioner("pr-rad", "Vaičiulienė", "Laura", gender="female", qual="Gydytoja radiologė")
    c.condition("c-gerl", dx("K21.9", "Gastro-oesophageal reflux disease without oesophagitis", "Gastroezofaginio refliukso liga"),
                onset="2019-04", recorded="2019-05-06", recorder=c.gp)
    c.medstmt("ms-panto", med("A02BC02", "Pantoprazolis 20 mg tab."), "active", "2019-05-06", dose_text="20 mg 1 k./d. ryte",
              reason_ref=None)
    dizzy = cc((SCT, "404640003", "Dizziness"), text="Galvos svaigimas, nestabilumas einant")
    e1 = c.encounter("enc-1", "2026-06-15", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc, reason=dizzy)
    c.obs("obs-sx-1", dizzy, "2026-06-15", value=present(), category="exam", encounter=e1,
          note="Svaigimas ~4 sav., kasdien, epizodai 10-30 min., sustiprėja einant; sisteminio sukimosi nėra.")
    c.bp("bp-1", "2026-06-15", 124, 78, encounter=e1)
    for short, key, val, lo, hi in [("lab-hgb-1", "hgb", 134, 120, 155), ("lab-wbc-1", "wbc", 6.1, 4.0, 9.8),
                                    ("lab-plt-1", "plt", 245, 140, 400), ("lab-tsh-1", "tsh", 1.9, 0.4, 4.0),
                                    ("lab-b12-1", "b12", 412, 145, 569), ("lab-glu-1", "glu", 5.1, 3.9, 6.1),
                                    ("lab-na-1", "na", 140, 136, 145), ("lab-fer-1", "fer", 58, 15, 150),
                                    ("lab-crp-1", "crp", 1.2, None, 5)]:
        lab(c, short, key, "2026-06-15", val, lo, hi, enc=e1, with_loinc=key in ("hgb", "tsh", "glu"))
    e2 = c.encounter("enc-2", "2026-07-20", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc, reason=dizzy)
    c.obs("obs-sx-2", dizzy, "2026-07-20", value=present(), category="exam", encounter=e2,
          note="Svaigimas tęsiasi, betahistinas skirtas bandymui. Pablogėjimas stresinėse situacijose neaiškus.")
    c.bp("bp-2", "2026-07-20", 120, 76, encounter=e2)
    c.medstmt("ms-betahist", med("N07CA01", "Betahistinas 24 mg tab."), "stopped", "2026-07-20", end="2026-08-31",
              dose_text="24 mg 2 k./d.", note="Nutrauktas - poveikio nebuvo.")
    c.sreq("sr-neuro", cc(text="Gydytojo neurologo konsultacija"), "completed", "order", "2026-07-20", requester=c.gp,
           performer=neuro, reason=dizzy, category=cc((SCT, "11429006", "Consultation"), text="Konsultacija"))
    c.note("doc-ref", "2026-07-20", notetype(REFERRAL, "Siuntimas (forma Nr. 027/a)"),
           "MEDICINOS DOKUMENTŲ IŠRAŠAS / SIUNTIMAS (forma Nr. 027/a)\n"
           "Siunčiama: gydytojo neurologo konsultacijai, " + CLINIC + ".\n"
           "Skundai: apie 2 mėn. kasdien jaučiamas galvos svaigimas, nestabilumas einant, galvos 'sunkumas'. "
           "Sąmonės netekimų nebuvo. Klausa nepakitusi.\n"
           "Atlikti tyrimai: BKT, TTH, vit. B12, gliukozė, feritinas, CRB - normos ribose. AKS 124/78 mmHg.\n"
           "Skirtas betahistinas 24 mg 2 k./d., efekto kol kas nėra.\n"
           "Prašome konsultuoti dėl svaigimo priežasties.\n"
           "Šeimos gydytoja R. Kavaliauskienė", c.gp, encounter=e2, time="11:40")
    e3 = c.encounter("enc-3", "2026-08-12", "Neurologo konsultacija (ambulatorinė)", prac=neuro, org=c.hosp, reason=dizzy,
                     time="10:20")
    c.obs("obs-sx-3", dizzy, "2026-08-12", value=present(), category="exam", encounter=e3,
          note="Subjektyvus nestabilumas einant, ypač minioje. DHI 46 balai. Objektyviai eisena nepakitusi.")
    c.obs("obs-ortho", cc(text="Ortostatinis mėginys (AKS gulint/stovint)"), "2026-08-12",
          value="Gulint 122/78, po 3 min. stovint 118/80 mmHg; ŠSD 72 -> 80 k./min. Ortostatinės hipotenzijos nėra.",
          category="exam", encounter=e3, interp="N")
    lab(c, "lab-a1c", "a1c", "2026-08-12", 5.3, 4.0, 6.0, enc=e3)
    c.obs("obs-ekg", cc((LOINC, "11524-6", "EKG study"), text="EKG"), "2026-08-12",
          value="Sinusinis ritmas 74 k./min., PQ 0,16 s, QRS 0,08 s, QTc 410 ms. Be patologijos.", category="procedure",
          encounter=e3, interp="N")
    c.note("doc-neuro-1", "2026-08-12", ltnote("Neurologo konsultacija"),
           "NEUROLOGO KONSULTACIJA\nSkundai: galvos svaigimas ir nestabilumas ~3 mėn., kasdieniai epizodai, kartais pykinimas.\n"
           "Neurologinė būklė: sąmoninga, orientuota. Galviniai nervai be patologijos, nistagmo nėra. "
           "Jėga galūnėse pilna, refleksai D=K, patologinių refleksų nėra. Rombergo mėginyje stabili, "
           "tandeminę eiseną atlieka, koordinaciniai mėginiai tikslūs. Jutimo sutrikimų nėra.\n"
           "Išvada: neaiškios kilmės svaigimas. Rekomenduota: galvos smegenų MRT, Holterio monitoravimas, "
           "ENT konsultacija su VNG.", neuro, encounter=e3, time="11:10")
    holter = c.report("dr-holter", cc(text="EKG Holterio monitoravimas 24 val."), "2026-08-20",
                      conclusion="Sinusinis ritmas, vid. ŠSD 76 k./min. Pavienės supraventrikulinės ekstrasistolės (<1%). "
                                 "Pauzių, AV blokadų, reikšmingų aritmijų nėra. Simptomų dienyne - 3 svaigimo epizodai be ritmo pakitimų.",
                      category=("CG", "Cardiac Electrodiagnostics"), performer=c.hosp)
    e4 = c.encounter("enc-4", "2026-09-14", "Otorinolaringologo konsultacija", prac=ent, org=c.hosp, reason=dizzy, time="13:00")
    c.report("dr-vng", cc(text="Videonistagmografija (VNG) su kaloriniu mėginiu"), "2026-09-14",
             conclusion="Spontaninio ir padėties nistagmo nėra. Kalorinis mėginys simetriškas. Galvos impulso mėginys normalus. "
                        "Periferinės vestibulinės pažaidos duomenų nėra.", category=("OTH", "Other"), performer=ent,
             encounter=e4, conclusion_code=[cc((SCT, "17621005", "Normal"), text="Norma")])
    c.report("dr-audio", cc(text="Tonalinė slenkstinė audiometrija"), "2026-09-14",
             conclusion="Klausa abiem ausimis normos ribose (iki 20 dB).", category=("OTH", "Other"), performer=ent,
             encounter=e4)
    c.encounter("enc-5", "2026-10-05", "Radiologinis tyrimas: galvos smegenų MRT", prac=rad, org=c.hosp, time="16:30")
    c.report("dr-mri", cc(text="Galvos smegenų MRT su kontrastu"), "2026-10-05",
             conclusion="Galvos smegenų MRT: patologinių židinių, demielinizacijos, tūrinių darinių nenustatyta. "
                        "Vidinės klausomosios landos ir tiltinio smegenėlių kampo struktūros be ypatumų. Išvada: norma.",
             category=("RAD", "Radiology"), performer=rad, conclusion_code=[cc((SCT, "17621005", "Normal"), text="Norma")])
    e6 = c.encounter("enc-6", "2026-11-09", "Neurologo pakartotinė konsultacija", prac=neuro, org=c.hosp, reason=dizzy,
                     time="09:40")
    c.obs("obs-sx-4", dizzy, "2026-11-09", value=present(), category="exam", encounter=e6,
          note="Svaigimas išlieka kasdien, 5-6 mėn. trukmės; dėl jo sumažinta darbo apimtis.")
    c.bp("bp-3", "2026-11-09", 122, 80, encounter=e6)
    c.note("doc-neuro-2", "2026-11-09", ltnote("Neurologo pakartotinė konsultacija"),
           "NEUROLOGO PAKARTOTINĖ KONSULTACIJA\nPacientė atvyksta su tyrimų rezultatais. Skundai nepakitę: kasdienis "
           "svaigimas, nestabilumas, dėl to dirba sutrumpintą darbo dieną.\n"
           "Tyrimai: galvos smegenų MRT - norma; Holteris - be reikšmingų aritmijų; VNG, audiometrija - norma; "
           "kraujo tyrimai - normos ribose.\n"
           "Neurologinė būklė be židininės simptomatikos.\n"
           "Išvada: atliktų tyrimų duomenimis organinės patologijos nenustatyta. Pacientei paaiškinta, kad pavojingos "
           "ligos nerasta. Tolimesnis stebėjimas pas šeimos gydytoją; pakartotinė konsultacija - esant naujiems simptomams.",
           neuro, encounter=e6, time="10:30")


# ======================================================================= A2
def lt_ibs_redflags(c):
    setup(c, "Mindaugas", "Kazlauskas", "male", "1992-05-04", "39205041177", "NUL-2025-093311")
    ibs = c.condition("c-ibs", dx("K58.0", "Irritable bowel syndrome with diarrhoea", "Dirgliosios žarnos sindromas su viduriavimu"),
                      onset="2025-08", recorded="2025-10-14", recorder=c.gp,
                      note="Diagnozė nustatyta šeimos gydytojo pagal simptomus; kolonoskopija neatlikta.")
    c.condition("c-rhin", dx("J30.1", "Allergic rhinitis due to pollen", "Alerginis rinitas (žiedadulkės)"), onset="2010",
                recorded="2015-04-20")
    diarr = cc((SCT, "62315008", "Diarrhea"), text="Viduriavimas")
    noct = cc((SCT, "62315008", "Diarrhea"), text="Naktinis viduriavimas")
    wl = cc((SCT, "89362005", "Weight loss"), text="Svorio mažėjimas")
    e0 = c.encounter("enc-0", "2025-10-14", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc, reason=diarr,
                     diagnosis=[ibs])
    c.vital("wt-0", "wt", "2025-10-14", 76.0, encounter=e0)
    c.medstmt("ms-meb", med("A03AA04", "Mebeverinas 135 mg tab."), "stopped", "2025-10-14", end="2026-02-10",
              dose_text="135 mg 3 k./d. prieš valgį", reason_ref=[ibs], note="Nutraukta - be efekto (2026-02-10).")
    c.medstmt("ms-lop", med("A07DA03", "Loperamidas 2 mg kaps."), "active", "2026-02-10", dose_text="2 mg pagal poreikį, ne daugiau 8 mg/d.",
              reason_ref=[ibs])
    e1 = c.encounter("enc-1", "2026-02-10", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc, reason=diarr)
    c.obs("obs-sx-1", diarr, "2026-02-10", value=present(), category="exam", encounter=e1,
          note="4-5 k./d. skystos išmatos, pilvo pūtimas. Mebeverinas nepadėjo.")
    e2 = c.encounter("enc-2", "2026-05-18", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc, reason=diarr)
    c.obs("obs-sx-2", noct, "2026-05-18", value=present(), category="exam", encounter=e2,
          note="Prabunda naktį dėl tuštinimosi 1-2 k./naktį. Kartais gleivės išmatose.")
    c.vital("wt-2", "wt", "2026-05-18", 70.5, encounter=e2)
    e3 = c.encounter("enc-3", "2026-08-24", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc, reason=diarr)
    c.obs("obs-sx-3", wl, "2026-08-24", value=present(), category="exam", encounter=e3,
          note="Per metus suliesėjo ~9 kg be dietos pakeitimų. Nuovargis.")
    c.vital("wt-3", "wt", "2026-08-24", 67.0, encounter=e3)
    c.vital("temp-3", "temp", "2026-08-24", 37.4, encounter=e3)
    e4 = c.encounter("enc-4", "2026-11-03", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc, reason=diarr)
    c.obs("obs-sx-4", noct, "2026-11-03", value=present(), category="exam", encounter=e4,
          note="Viduriavimas tęsiasi, ir naktimis; pilvo skausmai apatinėje dalyje.")
    c.vital("wt-4", "wt", "2026-11-03", 65.2, encounter=e4)
    r = [lab(c, "lab-calp", "calp", "2026-11-03", 420, None, 50, enc=e4),
         lab(c, "lab-crp", "crp", "2026-11-03", 24, None, 5, enc=e4),
         lab(c, "lab-hgb", "hgb", "2026-11-03", 136, 130, 170, enc=e4),
         lab(c, "lab-plt", "plt", "2026-11-03", 398, 140, 400, enc=e4),
         lab(c, "lab-fer", "fer", "2026-11-03", 41, 30, 400, enc=e4),
         lab(c, "lab-alb", "alb", "2026-11-03", 33, 35, 52, enc=e4)]
    c.report("dr-lab", cc(text="Laboratoriniai tyrimai 2026-11-03"), "2026-11-03", results=r, performer=c.pspc,
             conclusion="Padidėjęs kalprotektinas išmatose ir CRB, sumažėjęs albuminas.")
    c.obs("obs-tTG", cc(text="Audinių transglutaminazės IgA antikūnai"), "2026-05-18", value="neigiama (<7 U/mL)",
          interp="N", encounter=e2)
    c.note("doc-gp", "2026-11-03", notetype(PROGRESS, "Šeimos gydytojo įrašas"),
           "Ambulatorinis apsilankymas.\nSkundai: viduriavimas iki 5-6 k./d., ir naktį, pilvo skausmai, svorio netekimas "
           "(nuo 76 iki 65 kg per ~13 mėn.).\nObjektyviai: pilvas minkštas, jautrus kairėje klubinėje srityje. T 37,2.\n"
           "Tyrimai: kalprotektinas 420 ug/g, CRB 24 mg/L, albuminas 33 g/L, Hb 136 g/L.\n"
           "Dg.: Dirgliosios žarnos sindromas su viduriavimu (K58.0).\n"
           "Rek.: tęsti loperamidą pagal poreikį, mažo FODMAP dieta, probiotikai. Kontrolė po 3 mėn.",
           c.gp, encounter=e4, time="12:20")


# ======================================================================= A3
def lt_ibs_remission(c):
    setup(c, "Lina", "Žukauskienė", "female", "1981-11-19", "48111190264", "NUL-2023-041288")
    gastro = c.practitioner("pr-gastro", "Grigaitienė", "Eglė", gender="female", qual="Gydytoja gastroenterologė")
    ibs = c.condition("c-ibs", dx("K58.0", "Irritable bowel syndrome with diarrhoea", "Dirgliosios žarnos sindromas su viduriavimu"),
                      clinical="remission", onset="2022-09", recorded="2023-04-11", recorder=gastro,
                      note="Diagnozė patvirtinta po pilnos apžiūros (kolonoskopija su biopsijomis, kalprotektinas, celiakijos serologija). Remisija nuo 2024 m.")
    hyp = c.condition("c-hypo", dx("E06.3", "Autoimmune thyroiditis", "Autoimuninis tiroiditas (hipotirozė)"), onset="2016",
                      recorded="2016-03-02")
    c.medstmt("ms-levo", med("H03AA01", "Levotiroksinas 75 mcg tab."), "active", "2016-03-02", dose_text="75 mcg ryte nevalgius",
              reason_ref=[hyp])
    c.medstmt("ms-meb", med("A03AA04", "Mebeverinas 200 mg kaps."), "completed", "2023-04-11", end="2024-06-30",
              dose_text="200 mg 2 k./d.", reason_ref=[ibs])
    ge = c.encounter("enc-g", "2023-03-28", "Gastroenterologo konsultacija ir kolonoskopija", prac=gastro, org=c.hosp)
    c.procedure("proc-colo", cc((ACHI, "32090-00", "Fibreoptic colonoscopy to caecum"), text="Kolonoskopija iki aklosios žarnos su biopsijomis"),
                "completed", date="2023-03-28", performer=gastro, encounter=ge,
                outcome=tx("Gleivinė normali visoje apžiūrėtoje storojoje žarnoje; biopsijose mikroskopinio kolito nėra."))
    c.obs("obs-calp-2023", lab_code(c, "KALPROT", "Kalprotektinas išmatose", "38445-3", "Calprotectin [Mass/mass] in Stool"),
          "2023-03-06", value=(22, "ug/g"), high=50, time="08:10")
    c.obs("obs-ttg-2023", cc(text="Audinių transglutaminazės IgA antikūnai"), "2023-03-06", value="neigiama (<7 U/mL)", interp="N")
    c.note("doc-gastro", "2023-04-11", ltnote("Gastroenterologo konsultacija"),
           "GASTROENTEROLOGO KONSULTACIJA\nAtlikta: kolonoskopija (norma, biopsijose be mikroskopinio kolito), kalprotektinas 22 ug/g, "
           "celiakijos serologija neigiama, BKT ir TTH norma.\nDg.: Dirgliosios žarnos sindromas su viduriavimu (Romos IV kriterijai).\n"
           "Rek.: mažo FODMAP dieta su dietologe, mebeverinas 200 mg 2 k./d. 3-6 mėn., fizinis aktyvumas. "
           "Esant 'raudonos vėliavos' simptomams (svorio kritimas, kraujas išmatose, naktinis viduriavimas) - kreiptis.",
           gastro, encounter=ge, time="14:00")
    e1 = c.encounter("enc-1", "2026-03-16", "Šeimos gydytojo profilaktinis patikrinimas", prac=c.gp, org=c.pspc)
    c.bp("bp-1", "2026-03-16", 118, 74, encounter=e1)
    c.vital("wt-1", "wt", "2026-03-16", 63.0, encounter=e1)
    e2 = c.encounter("enc-2", "2026-10-12", "Šeimos gydytojo konsultacija (receptų pratęsimas)", prac=c.gp, org=c.pspc)
    c.vital("wt-2", "wt", "2026-10-12", 63.4, encounter=e2)
    c.bp("bp-2", "2026-10-12", 116, 72, encounter=e2)
    r = [lab(c, "lab-hgb", "hgb", "2026-10-12", 132, 120, 155, enc=e2),
         lab(c, "lab-wbc", "wbc", "2026-10-12", 5.8, 4.0, 9.8, enc=e2),
         lab(c, "lab-tsh", "tsh", "2026-10-12", 2.2, 0.4, 4.0, enc=e2),
         lab(c, "lab-crp", "crp", "2026-10-12", 0.9, None, 5, enc=e2),
         lab(c, "lab-fer", "fer", "2026-10-12", 64, 15, 150, enc=e2)]
    c.report("dr-lab", cc(text="Laboratoriniai tyrimai 2026-10-12"), "2026-10-12", results=r, performer=c.pspc,
             conclusion="Rodikliai normos ribose.")
    c.note("doc-gp-1", "2026-03-16", notetype(PROGRESS, "Šeimos gydytojo įrašas"),
           "Profilaktinis patikrinimas. DŽS simptomų beveik nebūna - laikosi mažo FODMAP dietos, vaistų nevartoja nuo 2024 m. vidurio. "
           "Svoris stabilus. Skydliaukės funkcija kompensuota. Skundų neturi.", c.gp, encounter=e1, time="10:00")
    c.note("doc-gp-2", "2026-10-12", notetype(PROGRESS, "Šeimos gydytojo įrašas"),
           "Receptų pratęsimas (levotiroksinas). Nusiskundimų neturi. Tuštinasi 1 k./d., formuotos išmatos, pilvo skausmų nėra. "
           "Svoris 63,4 kg. Tyrimai norma. DŽS - remisija, papildomų tyrimų nereikia.", c.gp, encounter=e2, time="10:30")


# ======================================================================= A4
def lt_knee_tka(c):
    setup(c, "Algirdas", "Stankevičius", "male", "1958-01-30", "35801301150", "NUL-2026-077812")
    orto = c.practitioner("pr-orto", "Paulauskas", "Andrius", gender="male", qual="Gydytojas ortopedas traumatologas")
    anest = c.practitioner("pr-anest", "Jurgelionienė", "Kristina", gender="female", qual="Gydytoja anesteziologė reanimatologė")
    oa = c.condition("c-oa", dx("M17.1", "Other primary gonarthrosis", "Dešinio kelio sąnario pirminė gonartrozė (K-L IV)"),
                     onset="2018", recorded="2019-02-14", body_site=cc((SCT, "6757004", "Right knee region structure"), text="Dešinys kelis"))
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Arterinė hipertenzija"), onset="2011", recorded="2011-06-01")
    lip = c.condition("c-lip", dx("E78.0", "Pure hypercholesterolaemia", "Hipercholesterolemija"), onset="2015", recorded="2015-09-10")
    c.medstmt("ms-aml", med("C08CA01", "Amlodipinas 5 mg tab."), "active", "2011-06-01", dose_text="5 mg 1 k./d.", reason_ref=[htn])
    c.medstmt("ms-ator", med("C10AA05", "Atorvastatinas 20 mg tab."), "active", "2015-09-10", dose_text="20 mg vakare", reason_ref=[lip])
    c.medstmt("ms-nsaid", med("M01AE02", "Naproksenas 500 mg tab."), "active", "2022-03-01", dose_text="500 mg pagal poreikį iki 2 k./d.",
              reason_ref=[oa])
    c.procedure("proc-inj", cc(text="Intrasąnarinė kortikosteroidų injekcija į dešinį kelį"), "completed", date="2025-11-05",
                performer=orto, reason_ref=[oa], note="Trumpalaikis (~6 sav.) efektas.")
    e1 = c.encounter("enc-1", "2026-08-17", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc, reason_ref=[oa])
    c.note("doc-ref", "2026-08-17", notetype(REFERRAL, "Siuntimas (forma Nr. 027/a)"),
           "SIUNTIMAS (forma Nr. 027/a)\nSiunčiama ortopedo traumatologo konsultacijai dėl dešinio kelio gonartrozės.\n"
           "Skausmai einant jau po 200-300 m, naktiniai skausmai, lazda. Kineziterapijos kursai 2023 ir 2025 m., NVNU, "
           "intrasąnarinės injekcijos - efektas trumpalaikis.\nRentgenograma 2026-07: ryškus sąnario plyšio susiaurėjimas "
           "medialiai, osteofitai, subchondrinė sklerozė (K-L IV).\nŠeimos gydytoja R. Kavaliauskienė", c.gp, encounter=e1)
    c.report("dr-xr", cc(text="Dešinio kelio sąnario rentgenograma (2 projekcijos, stovint)"), "2026-07-28",
             conclusion="Ryškus medialinio sąnario plyšio susiaurėjimas, dideli osteofitai, subchondrinė sklerozė, varusinė deformacija ~8°. "
                        "Gonartrozė Kellgren-Lawrence IV.", category=("RAD", "Radiology"), performer=c.hosp)
    e2 = c.encounter("enc-2", "2026-10-19", "Ortopedo traumatologo konsultacija", prac=orto, org=c.hosp, reason_ref=[oa], time="11:00")
    c.obs("obs-pain", cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Skausmo intensyvumas (NRS)"),
          "2026-10-19", value=(7, "{score}"), category="survey", encounter=e2)
    c.obs("obs-koos", cc(text="Oxford kelio balas (OKS)"), "2026-10-19", value=(17, "{score}"), category="survey",
          encounter=e2, note="0-48 skalė; 17 - sunki sąnario funkcijos pažaida.")
    c.bp("bp-2", "2026-10-19", 136, 82, encounter=e2)
    c.vital("bmi-2", "bmi", "2026-10-19", 29.8, encounter=e2)
    c.note("doc-orto", "2026-10-19", ltnote("Ortopedo traumatologo konsultacija"),
           "ORTOPEDO TRAUMATOLOGO KONSULTACIJA\nDešinio kelio skausmai >5 m., progresuoja. Konservatyvus gydymas išnaudotas.\n"
           "Objektyviai: varusinė deformacija, judesių amplitudė 5-95°, krepitacija, sinovito nėra.\n"
           "Dg.: Dešinio kelio sąnario gonartrozė K-L IV.\n"
           "Sprendimas: rekomenduojamas dešinio kelio sąnario totalinis endoprotezavimas. Pacientas sutinka. "
           "Įrašytas į laukiančiųjų eilę, planuojama operacijos data 2027-02-15. Prieš operaciją - anesteziologo konsultacija, "
           "BKT, koaguliograma, EKG, odontologo pažyma.", orto, encounter=e2, time="11:45")
    sr = c.sreq("sr-tka", cc((ACHI, "49518-00", "Total arthroplasty of knee, unilateral"), text="Dešinio kelio sąnario totalinis endoprotezavimas"),
                "active", "order", "2026-10-19", occurrence="2027-02-15", requester=orto, performer=orto, reason_ref=[oa],
                category=cc((SCT, "387713003", "Surgical procedure"), text="Chirurginė procedūra"),
                body_site=cc((SCT, "6757004", "Right knee region structure"), text="Dešinys kelis"),
                note="Planinė operacija, laukiančiųjų eilė Nr. ORT-2026-1187.")
    c.sreq("sr-anest", cc(text="Anesteziologo konsultacija prieš operaciją"), "active", "order", "2026-10-19",
           occurrence="2027-01-25", requester=orto, performer=anest, based_on=[sr])
    c.appointment("appt-op", "2027-02-15", "2027-02-15", "booked", "Hospitalizacija: dešinio kelio totalinis endoprotezavimas",
                  [c.P, orto], reason_ref=oa, based_on=sr, created="2026-10-19", start_time="07:30", end_time="12:00")
    r = [lab(c, "lab-hgb", "hgb", "2026-10-19", 148, 130, 170, enc=e2),
         lab(c, "lab-krea", "krea", "2026-10-19", 84, 62, 106, enc=e2),
         lab(c, "lab-egfr", "egfr", "2026-10-19", 82, 60, None, enc=e2),
         lab(c, "lab-glu", "glu", "2026-10-19", 5.6, 3.9, 6.1, enc=e2)]
    c.report("dr-lab", cc(text="Laboratoriniai tyrimai 2026-10-19"), "2026-10-19", results=r, performer=c.hosp)


# ======================================================================= A5
def lt_pancreas_palliative(c):
    setup(c, "Vytautas", "Jankauskas", "male", "1955-06-12", "35506121422", "NUL-2026-131902")
    onko = c.practitioner("pr-onko", "Sabaliauskas", "Jonas", gender="male", qual="Gydytojas onkologas chemoterapeutas")
    chir = c.practitioner("pr-chir", "Mockus", "Arūnas", gender="male", qual="Gydytojas abdominalinis chirurgas")
    gastro = c.practitioner("pr-gastro", "Grigaitienė", "Eglė", gender="female", qual="Gydytoja gastroenterologė")
    ca = c.condition("c-ca", dx("C25.0", "Malignant neoplasm of head of pancreas", "Kasos galvos adenokarcinoma, cT3N1M1 (IV st.)"),
                     onset="2026-10-14", recorded="2026-10-16", recorder=onko,
                     stage=cc(text="IV stadija (cT3 N1 M1 - kepenų metastazės)"))
    c.condition("c-met", dx("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "Kepenų metastazės"),
                onset="2026-10-06", recorded="2026-10-16")
    dm = c.condition("c-dm", dx("E11.9", "Type 2 diabetes mellitus without complication", "2 tipo cukrinis diabetas"),
                     onset="2026-03", recorded="2026-03-30")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Arterinė hipertenzija"), onset="2008", recorded="2008-05-01")
    c.medstmt("ms-met", med("A10BA02", "Metforminas 500 mg tab."), "active", "2026-03-30", dose_text="500 mg 2 k./d.", reason_ref=[dm])
    c.medstmt("ms-per", med("C09AA04", "Perindoprilis 5 mg tab."), "active", "2008-05-01", dose_text="5 mg 1 k./d.", reason_ref=[htn])
    ed = c.encounter("enc-ed", "2026-10-03", "Skubios pagalbos skyrius -> hospitalizacija (gastroenterologija)", cls="IMP",
                     prac=gastro, org=c.hosp, end="2026-10-17", priority="EM",
                     admit=cc((ADMITSRC, "emd", "From accident/emergency department"), text="Atvyko pats į skubios pagalbos skyrių"),
                     reason=cc((SCT, "18165001", "Jaundice"), text="Gelta, odos niežulys, svorio kritimas"), time="18:20")
    r = [lab(c, "lab-bil-1", "bil", "2026-10-03", 212, 5, 21, enc=ed),
         lab(c, "lab-alt-1", "alt", "2026-10-03", 164, None, 41, enc=ed),
         lab(c, "lab-hgb-1", "hgb", "2026-10-03", 118, 130, 170, enc=ed),
         lab(c, "lab-ca199", "ca199", "2026-10-04", 1840, None, 37, enc=ed),
         lab(c, "lab-alb", "alb", "2026-10-04", 31, 35, 52, enc=ed)]
    c.report("dr-lab", cc(text="Laboratoriniai tyrimai priėmimo metu"), "2026-10-03", results=r, performer=c.hosp)
    c.report("dr-ct", cc(text="Pilvo ir krūtinės KT su kontrastu"), "2026-10-06",
             conclusion="Kasos galvoje 38 mm hipodensinis darinys, apimantis VMS <180°, išsiplėtęs bendrasis tulžies latakas 16 mm. "
                        "Kepenyse >5 metastaziniai židiniai iki 27 mm. Regioniniai limfmazgiai iki 14 mm. Plaučiuose pakitimų nėra.",
             category=("RAD", "Radiology"), performer=c.hosp, encounter=ed)
    c.procedure("proc-ercp", cc(text="ERCP su metaliniu tulžies latako stentavimu"), "completed", date="2026-10-09",
                performer=gastro, encounter=ed, reason_ref=[ca], outcome=tx("Sėkmingas biliarinis drenavimas."))
    c.procedure("proc-eus", cc(text="EUS valdoma kasos darinio biopsija (FNB)"), "completed", date="2026-10-14",
                performer=gastro, encounter=ed, reason_ref=[ca])
    c.report("dr-path", cc((LOINC, "11526-1", "Pathology study"), text="Histologinis tyrimas"), "2026-10-16",
             conclusion="Vidutiniškai diferencijuota duktalinė adenokarcinoma.", category=("SP", "Surgical Pathology"), performer=c.hosp)
    lab(c, "lab-bil-2", "bil", "2026-10-16", 64, 5, 21, enc=ed)
    c.obs("obs-ecog", cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG funkcinė būklė"), "2026-10-27",
          value=3, category="exam", note="Didžiąją dienos dalį praleidžia lovoje; savimi pasirūpina iš dalies.")
    c.vital("wt-1", "wt", "2026-10-27", 61.0)
    c.note("doc-disch", "2026-10-17", notetype(DISCHARGE, "Išrašas iš stacionaro (forma 027/a)"),
           "IŠRAŠAS IŠ STACIONARO\nHospitalizuotas skubos tvarka 2026-10-03 dėl mechaninės geltos. Atlikta KT, ERCP su metaliniu stentu, "
           "EUS-FNB. Histologija: kasos duktalinė adenokarcinoma. Kepenų metastazės.\n"
           "Išrašomas į namus, tolimesnė taktika - onkologų konsiliumas.", gastro, encounter=ed, time="13:00")
    kon = c.encounter("enc-kons", "2026-10-27", "Onkologų konsiliumas (multidisciplininis)", prac=onko, org=c.hosp, time="14:00")
    c.note("doc-kons", "2026-10-27", ltnote("Gydytojų konsiliumo nutarimas"),
           "GYDYTOJŲ KONSILIUMO NUTARIMAS\nDalyvavo: onkologas chemoterapeutas J. Sabaliauskas, abdominalinis chirurgas A. Mockus, "
           "radiologė L. Vaičiulienė, gastroenterologė E. Grigaitienė.\n"
           "Dg.: Kasos galvos adenokarcinoma, cT3N1M1 (kepenų metastazės), IV stadija. ECOG 3. Svoris krito 11 kg per 3 mėn.\n"
           "Svarstyta: chirurginis gydymas negalimas dėl išplitimo. Sisteminė chemoterapija (FOLFIRINOX ar gemcitabinas su "
           "nab-paklitakseliu) esant ECOG 3 ir hipoalbuminemijai neindikuotina - tikėtina žala viršija naudą.\n"
           "NUTARTA: specifinio priešnavikinio gydymo galimybių nėra. Rekomenduojama simptominė terapija ir paliatyviosios "
           "pagalbos paslaugos pagal gyvenamąją vietą (skausmo kontrolė, mitybos palaikymas). Pacientas ir sūnus informuoti.",
           onko, encounter=kon, time="15:10")
    c.medreq("mr-oxy", med("N02AA05", "Oksikodonas 10 mg prailginto atpalaidavimo tab."), "2026-10-27", "10 mg kas 12 val.",
             requester=onko, reason_ref=[ca], encounter=kon)
    c.medreq("mr-creon", med("A09AA02", "Pankreatinas 25 000 V kaps."), "2026-10-27", "1 kaps. valgio metu",
             requester=onko, reason_ref=[ca], encounter=kon)
    c.medreq("mr-lax", med("A06AD15", "Makrogolis 10 g milteliai"), "2026-10-27", "10 g 1 k./d.", requester=onko, encounter=kon)


# ======================================================================= A6
def lt_haemangioma(c):
    setup(c, "Daiva", "Urbonienė", "female", "1977-09-03", "47709030521", "NUL-2026-102256")
    chir = c.practitioner("pr-chir", "Mockus", "Arūnas", gender="male", qual="Gydytojas abdominalinis chirurgas")
    rad = c.practitioner("pr-rad", "Vaičiulienė", "Laura", gender="female", qual="Gydytoja radiologė")
    asth = c.condition("c-asth", dx("J45.0", "Predominantly allergic asthma", "Alerginė bronchų astma, lengva"), onset="2005",
                       recorded="2006-02-17")
    c.medstmt("ms-salb", med("R03AC02", "Salbutamolis 100 mcg/dozėje inhal."), "active", "2006-02-17",
              dose_text="1-2 įkvėpimai pagal poreikį (naudoja retai)", reason_ref=[asth])
    gast = c.condition("c-gast", dx("K29.5", "Chronic gastritis, unspecified", "Lėtinis gastritas, H. pylori teigiamas"),
                       clinical="resolved", onset="2026-07", abatement="2026-10-20", recorded="2026-08-03")
    e1 = c.encounter("enc-1", "2026-08-03", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc,
                     reason=cc((SCT, "162031009", "Indigestion"), text="Dispepsija, deginimas paskrandyje"))
    c.obs("obs-hp", cc(text="Helicobacter pylori antigenas išmatose"), "2026-08-03", value=cc((SCT, "10828004", "Positive"), text="teigiamas"),
          interp="POS", encounter=e1)
    c.medstmt("ms-erad", med("A02BD", "H. pylori eradikacija: omeprazolis + amoksicilinas + klaritromicinas, 14 d."), "completed",
              "2026-08-05", end="2026-08-19", reason_ref=[gast])
    c.sreq("sr-us", cc(text="Pilvo organų echoskopija"), "completed", "order", "2026-08-03", requester=c.gp, encounter=e1)
    c.report("dr-us", cc(text="Pilvo organų echoskopija"), "2026-09-08",
             conclusion="VI kepenų segmente 24 mm hiperechogeninis, gerai ribotas darinys - tikėtina hemangioma; rekomenduojama MRT patvirtinimui. "
                        "Tulžies pūslė, kasa, inkstai be pakitimų.", category=("RAD", "Radiology"), performer=rad)
    c.report("dr-mri", cc(text="Kepenų MRT su kontrastu (gadoksetinė rūgštis)"), "2026-10-02",
             conclusion="VI segmente 24x21 mm darinys: T2 ryškiai hiperintensyvus, periferinis mazginis kaupimas su centripetiniu "
                        "užsipildymu. Tipinė kepenų hemangioma. Kitų židinių nėra.", category=("RAD", "Radiology"), performer=rad)
    hem = c.condition("c-hem", dx("D18.0", "Haemangioma, any site", "Kepenų hemangioma (VI segm., 24 mm)"), onset="2026-09-08",
                      recorded="2026-10-02")
    e2 = c.encounter("enc-2", "2026-10-20", "Abdominalinio chirurgo konsultacija", prac=chir, org=c.hosp, reason_ref=[hem], time="12:00")
    r = [lab(c, "lab-alt", "alt", "2026-10-20", 22, None, 35, enc=e2),
         lab(c, "lab-ggt", "ggt", "2026-10-20", 28, None, 40, enc=e2),
         lab(c, "lab-bil", "bil", "2026-10-20", 9, 5, 21, enc=e2),
         lab(c, "lab-hgb", "hgb", "2026-10-20", 131, 120, 155, enc=e2),
         lab(c, "lab-plt", "plt", "2026-10-20", 236, 140, 400, enc=e2)]
    c.report("dr-lab", cc(text="Kepenų funkcijos rodikliai, BKT"), "2026-10-20", results=r, performer=c.hosp)
    c.note("doc-chir", "2026-10-20", ltnote("Abdominalinio chirurgo konsultacija"),
           "ABDOMINALINIO CHIRURGO KONSULTACIJA\nAtsitiktinai echoskopijos metu rastas kepenų darinys. MRT - tipinė hemangioma 24 mm.\n"
           "Skundų dėl darinio nėra; dispepsija praėjo po H. pylori eradikacijos. Kepenų rodikliai norma.\n"
           "Išvada: gerybinė kepenų hemangioma. Gydymo nereikia, dinaminis stebėjimas nebūtinas. "
           "Chirurginio gydymo indikacijų nėra. Pacientei paaiškintas darinio gerybiškumas, ji nurimusi.",
           chir, encounter=e2, time="12:40")
    c.bp("bp-1", "2026-08-03", 122, 78, encounter=e1)


# ======================================================================= A7
def lt_prostate_rt(c):
    setup(c, "Romualdas", "Petrulis", "male", "1959-04-17", "35904171098", "NUL-2026-088403")
    uro = c.practitioner("pr-uro", "Butkus", "Saulius", gender="male", qual="Gydytojas urologas")
    rt = c.practitioner("pr-rt", "Rimkus", "Darius", gender="male", qual="Gydytojas radioterapeutas")
    rad = c.practitioner("pr-rad", "Vaičiulienė", "Laura", gender="female", qual="Gydytoja radiologė")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Arterinė hipertenzija"), onset="2014", recorded="2014-02-11")
    gout = c.condition("c-gout", dx("M10.07", "Idiopathic gout, ankle and foot", "Podagra"), onset="2019", recorded="2019-08-20")
    c.medstmt("ms-lis", med("C09AA03", "Lizinoprilis 10 mg tab."), "active", "2014-02-11", dose_text="10 mg 1 k./d.", reason_ref=[htn])
    c.medstmt("ms-allo", med("M04AA01", "Alopurinolis 100 mg tab."), "active", "2019-09-01", dose_text="100 mg 1 k./d.", reason_ref=[gout])
    e1 = c.encounter("enc-1", "2026-06-08", "Šeimos gydytojo profilaktinis patikrinimas", prac=c.gp, org=c.pspc)
    lab(c, "lab-psa-1", "psa", "2026-06-08", 14.2, None, 4.0, enc=e1, note="Prostatos vėžio ankstyvosios diagnostikos programa.")
    c.sreq("sr-uro", cc(text="Gydytojo urologo konsultacija"), "completed", "order", "2026-06-09", requester=c.gp, performer=uro,
           priority="urgent")
    e2 = c.encounter("enc-2", "2026-06-22", "Urologo konsultacija", prac=uro, org=c.hosp, time="10:00")
    c.report("dr-mri", cc(text="Dubens (prostatos) multiparametrinė MRT"), "2026-07-15",
             conclusion="Kairėje periferinėje zonoje 16 mm PI-RADS 5 židinys, dešinėje 8 mm PI-RADS 4. Kapsulės peraugimo nėra. "
                        "Limfmazgiai nepadidėję.", category=("RAD", "Radiology"), performer=rad)
    c.procedure("proc-bx", cc(text="Transperinealinė sistemiška ir taikinė prostatos biopsija"), "completed", date="2026-08-05",
                performer=uro)
    c.report("dr-path", cc((LOINC, "11526-1", "Pathology study"), text="Prostatos biopsijų histologinis tyrimas"), "2026-08-14",
             conclusion="Acinarinė adenokarcinoma abiejose skiltyse, Gleason 4+3=7 (ISUP 3 grupė), 7/14 stulpelių.",
             category=("SP", "Surgical Pathology"), performer=c.hosp)
    ca = c.condition("c-ca", dx("C61", "Malignant neoplasm of prostate", "Prostatos adenokarcinoma, Gleason 4+3, cT2c N0 M0"),
                     onset="2026-08-14", recorded="2026-08-20", recorder=uro,
                     stage=cc(text="cT2c N0 M0, vidutinės-nepalankios rizikos grupė"))
    c.report("dr-psma", cc(text="PSMA PET/KT"), "2026-09-10",
             conclusion="PSMA kaupimas tik prostatoje. Limfmazgių ir kaulų metastazių nenustatyta.", category=("RAD", "Radiology"),
             performer=c.hosp)
    kon = c.encounter("enc-kons", "2026-10-21", "Uro-onkologinis konsiliumas", prac=uro, org=c.hosp, time="13:00")
    c.note("doc-kons", "2026-10-21", ltnote("Gydytojų konsiliumo nutarimas"),
           "URO-ONKOLOGINIO KONSILIUMO NUTARIMAS\nDg.: Prostatos adenokarcinoma, Gleason 4+3 (ISUP 3), cT2c N0 M0, PSA 14,2. "
           "Nepalankios vidutinės rizikos grupė.\nSvarstytos alternatyvos: radikali prostatektomija arba radikali išorinio "
           "spindulio radioterapija kartu su 6 mėn. androgenų deprivacine terapija. Pacientui išsamiai paaiškinti šalutiniai "
           "poveikiai (erekcijos sutrikimas, šlapimo nelaikymas, tiesiosios žarnos toksiškumas, nuovargis, karščio pylimai).\n"
           "Pacientas pasirinko radioterapiją.\nNUTARTA: ADT (goserelinas 10,8 mg, pradžioje bikalutamidas 4 sav.), "
           "po to VMAT radioterapija prostatai ir sėklinėms pūslelėms 78 Gy / 39 frakcijos, pradžia 2026-12-14.",
           uro, encounter=kon, time="14:00")
    bic = c.medreq("mr-bic", med("L02BB03", "Bikalutamidas 50 mg tab."), "2026-11-03", "50 mg 1 k./d. 28 dienas",
                   requester=uro, reason_ref=[ca], validity=("2026-11-03", "2026-12-01"))
    c.medadmin("ma-gos", med("L02AE03", "Goserelinas 10,8 mg implantas"), "2026-11-10",
               dose=("10,8 mg po oda į pilvo sieną", 10.8, "mg"), reason_ref=ca, performer=uro)
    c.sreq("sr-rt", cc((SCT, "448385000", "Megavoltage radiation therapy using photons"), (c.local("paslaugos"), "RT-VMAT-PR", "Prostatos radikali VMAT radioterapija"),
                       text="Išorinio spindulio radioterapija (VMAT) prostatai ir sėklinėms pūslelėms, 78 Gy / 39 fr."),
           "active", "order", "2026-10-21", occurrence_period=("2026-12-14", "2027-02-05"), requester=rt, performer=rt,
           reason_ref=[ca], category=cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Radioterapija"))
    c.appointment("appt-ct", "2026-12-03", "2026-12-03", "booked", "Radioterapijos planavimo KT (simuliacija)", [c.P, rt],
                  reason_ref=ca, start_time="08:30", end_time="09:15")
    lab(c, "lab-psa-2", "psa", "2026-11-24", 6.1, None, 4.0)
    lab(c, "lab-krea", "krea", "2026-11-24", 92, 62, 106)


# ======================================================================= A8
def lt_parkinson_flag(c):
    setup(c, "Aldona", "Mickevičienė", "female", "1963-02-08", "46302081345", "NUL-2026-056720")
    neuro = c.practitioner("pr-neuro", "Žilinskas", "Tomas", gender="male", qual="Gydytojas neurologas")
    htn = c.condition("c-htn", dx("I10", "Essential (primary) hypertension", "Arterinė hipertenzija"), onset="2012", recorded="2012-10-03")
    ost = c.condition("c-ost", dx("M81.0", "Postmenopausal osteoporosis", "Pomenopauzinė osteoporozė"), onset="2021", recorded="2021-05-12")
    c.medstmt("ms-val", med("C09CA03", "Valsartanas 80 mg tab."), "active", "2012-10-03", dose_text="80 mg 1 k./d.", reason_ref=[htn])
    c.medstmt("ms-alen", med("M05BA04", "Alendrono rūgštis 70 mg tab."), "active", "2021-05-12", dose_text="70 mg 1 k./sav.", reason_ref=[ost])
    e1 = c.encounter("enc-1", "2026-04-13", "Šeimos gydytojo konsultacija", prac=c.gp, org=c.pspc,
                     reason=cc((SCT, "26079004", "Tremor"), text="Dešinės rankos drebulys"))
    c.note("doc-ref", "2026-04-13", notetype(REFERRAL, "Siuntimas (forma Nr. 027/a)"),
           "SIUNTIMAS neurologo konsultacijai.\nApie pusę metų dešinės rankos drebulys ramybėje, rašysena pasidarė smulki, "
           "lėtesnė eisena. Prašome konsultuoti.", c.gp, encounter=e1)
    e2 = c.encounter("enc-2", "2026-05-11", "Neurologo konsultacija", prac=neuro, org=c.hosp, time="09:00")
    pd = c.condition("c-pd", dx("G20", "Parkinson's disease", "Parkinsono liga (dešinės pusės dominavimas), Hoehn-Yahr 1,5"),
                     onset="2025-10", recorded="2026-05-11", recorder=neuro)
    c.obs("obs-updrs", cc(text="MDS-UPDRS III (motorinė dalis)"), "2026-05-11", value=(24, "{score}"), category="exam", encounter=e2)
    c.report("dr-mri", cc(text="Galvos smegenų MRT"), "2026-05-25", conclusion="Amžiui būdingi nežymūs baltosios medžiagos pokyčiai. "
             "Struktūrinių parkinsonizmą aiškinančių pakitimų nėra.", category=("RAD", "Radiology"), performer=c.hosp)
    c.medreq("mr-ldopa", med("N04BA02", "Levodopa/benserazidas 100/25 mg tab."), "2026-05-11", "1 tab. 3 k./d.",
             requester=neuro, reason_ref=[pd], encounter=e2)
    e3 = c.encounter("enc-3", "2026-09-14", "Neurologo pakartotinė konsultacija", prac=neuro, org=c.hosp, reason_ref=[pd], time="10:30")
    c.obs("obs-updrs-2", cc(text="MDS-UPDRS III (motorinė dalis)"), "2026-09-14", value=(19, "{score}"), category="exam", encounter=e3)
    c.note("doc-neuro-2", "2026-09-14", ltnote("Neurologo konsultacija"),
           "Būklė šiek tiek pagerėjo vartojant levodopą: drebulys mažesnis, eisena greitesnė. UPDRS III 19 (buvo 24). "
           "Pacientė klausia, ar diagnozė tikrai teisinga, nes jos sesuo turėjo 'esencinį tremorą'. Paaiškinta, kad klinikinis "
           "vaizdas ir atsakas į levodopą atitinka Parkinsono ligą. Tęsti gydymą, kontrolė po 6 mėn.", neuro, encounter=e3)
    c.bp("bp-3", "2026-09-14", 132, 80, encounter=e3)
    c.note("doc-letter", "2026-10-20", notetype(("51855-5", "Patient Note"), "Pacientės prašymas"),
           "Gerbiamieji,\nprašau, kad mano ligos istoriją ir diagnozę peržiūrėtų kitas neurologas (pageidautina judesių sutrikimų "
           "specialistas kitoje ligoninėje). Per paskutinį vizitą mano klausimai buvo nuleisti juokais, jaučiuosi neišgirsta. "
           "Noriu antrosios nuomonės prieš vartodama vaistus visą gyvenimą.\nAldona Mickevičienė",
           c.P, time="08:45", category=cc((LOINC, "51855-5", "Patient Note"), text="Paciento pateiktas dokumentas"))
    c.flag("flag-2op", cc(text="Pacientė raštu prašo antrosios nuomonės (kito neurologo konsultacijos) dėl Parkinsono ligos diagnozės"),
           "2026-10-21", author=c.P, category=cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"),
                                                   text="Administracinis"))


# ======================================================================= A9
def lt_depression_phq(c):
    setup(c, "Ieva", "Balčiūnienė", "female", "1987-07-25", "48707250846", "NUL-2025-151407")
    psy = c.practitioner("pr-psy", "Norkienė", "Vaida", gender="female", qual="Gydytoja psichiatrė")
    psych = c.practitioner("pr-psychol", "Gudaitė", "Milda", gender="female", qual="Medicinos psichologė")
    dep = c.condition("c-dep", dx("F32.1", "Moderate depressive episode", "Vidutinio sunkumo depresijos epizodas"),
                      onset="2025-09", recorded="2025-11-24", recorder=c.gp)
    c.condition("c-migr", dx("G43.0", "Migraine without aura", "Migrena be auros"), clinical="inactive", onset="2008",
                recorded="2010-03-15", note="Priepuoliai reti (<3 per metus), profilaktikos nereikia.")
    phq = cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 suma")
    rows = [("2025-11-24", 15, c.gp), ("2026-03-02", 11, psy), ("2026-06-08", 14, psy), ("2026-09-07", 17, psy),
            ("2026-11-16", 20, psy)]
    encs = []
    for i, (d, val, who) in enumerate(rows):
        e = c.encounter(f"enc-{i}", d, "Šeimos gydytojo konsultacija" if who is c.gp else "Psichiatro konsultacija", prac=who,
                        org=c.pspc if who is c.gp else c.hosp, reason_ref=[dep], time="13:00")
        encs.append(e)
        c.obs(f"obs-phq-{i}", phq, d, value=val, category="survey", encounter=e, time="13:05")
    c.medstmt("ms-ser", med("N06AB06", "Sertralinas"), "active", "2025-12-01", reason_ref=[dep],
              dose_text="50 mg nuo 2025-12-01; 100 mg nuo 2026-03-02; 150 mg nuo 2026-07-06",
              note="Vartoja reguliariai (patvirtinta vaistinės išdavimų duomenimis).")
    c.medreq("mr-ser", med("N06AB06", "Sertralinas 50 mg tab."), "2026-07-06", "150 mg (3 tab.) ryte", requester=psy,
             reason_ref=[dep], validity=("2026-07-06", "2027-01-06"))
    c.procedure("proc-cbt", cc(text="Kognityvinė elgesio terapija (individuali), 12 sesijų"), "completed",
                period=("2026-01-12", "2026-05-04"), performer=psych, reason_ref=[dep])
    c.report("dr-lab", cc(text="BKT, TTH"), "2025-11-24", results=[
        lab(c, "lab-hgb", "hgb", "2025-11-24", 129, 120, 155), lab(c, "lab-tsh", "tsh", "2025-11-24", 1.6, 0.4, 4.0)],
        performer=c.pspc)
    c.note("doc-psy-1", "2026-06-08", ltnote("Psichiatro konsultacija"),
           "Po KET kurso ir sertralino 100 mg buvo trumpas pagerėjimas (PHQ-9 11), tačiau nuo gegužės vėl blogėja nuotaika, "
           "miegas, anhedonija. PHQ-9 14. Suicidinių ketinimų nėra. Vaistus vartoja reguliariai. Planas: tęsti, "
           "didinti sertralino dozę iki 150 mg nuo liepos.", psy, encounter=encs[2])
    c.note("doc-psy-2", "2026-11-16", ltnote("Psichiatro konsultacija"),
           "PSICHIATRO KONSULTACIJA\nBūklė blogėja nepaisant gydymo: PHQ-9 20 (kovą buvo 11). Sertralinas 150 mg vartojamas "
           "reguliariai jau >4 mėn. Nedarbingumas nuo spalio. Pasyvios mintys apie mirtį be planų (PHQ-9 9 klausimas - 1 balas). "
           "Saugumo planas aptartas.\nPlanas: augmentacija - pridėtas mirtazapinas 15 mg vakare, kontrolė po 3 sav.",
           psy, encounter=encs[4])
    c.medreq("mr-mirt", med("N06AX11", "Mirtazapinas 15 mg tab."), "2026-11-16", "15 mg vakare", requester=psy, reason_ref=[dep],
             encounter=encs[4])


# ======================================================================= A10
def lt_multimorbidity(c):
    setup(c, "Kazimieras", "Vasiliauskas", "male", "1949-10-02", "34910021233", "NUL-2019-022905")
    kard = c.practitioner("pr-kard", "Lukoševičius", "Mantas", gender="male", qual="Gydytojas kardiologas")
    pulm = c.practitioner("pr-pulm", "Adomaitienė", "Giedrė", gender="female", qual="Gydytoja pulmonologė")
    nefro = c.practitioner("pr-nefro", "Stasiūnas", "Paulius", gender="male", qual="Gydytojas nefrologas")
    dm = c.condition("c-dm", dx("E11.9", "Type 2 diabetes mellitus without complication", "2 tipo cukrinis diabetas"), onset="2006", recorded="2006-11-02")
    copd = c.condition("c-copd", dx("J44.9", "Chronic obstructive pulmonary disease, unspecified", "LOPL, GOLD 3 (E grupė)"), onset="2012", recorded="2012-03-19", recorder=pulm)
    hf = c.condition("c-hf", dx("I50.0", "Congestive heart failure", "Lėtinis širdies nepakankamumas, sumažinta IF (38%), NYHA II"), onset="2020", recorded="2020-06-08", recorder=kard)
    af = c.condition("c-af", dx("I48.2", "Atrial fibrillation, permanent", "Nuolatinis prieširdžių virpėjimas"), onset="2019", recorded="2019-01-22", recorder=kard)
    ckd = c.condition("c-ckd", dx("N18.3", "Chronic kidney disease, stage 3", "Lėtinė inkstų liga, 3b st."), onset="2021", recorded="2021-09-14", recorder=nefro)
    gout = c.condition("c-gout", dx("M10.9", "Gout, unspecified", "Podagra"), onset="2016", recorded="2016-07-11")
    gl = c.condition("c-glauc", dx("H40.1", "Primary open-angle glaucoma", "Pirminė atviro kampo glaukoma"), onset="2017", recorded="2017-05-30")
    meds = [("ms-met", "A10BA02", "Metforminas 500 mg tab.", "500 mg 2 k./d. (dozė sumažinta dėl GFG)", dm, "2006-11-02"),
            ("ms-empa", "A10BK03", "Empagliflozinas 10 mg tab.", "10 mg 1 k./d.", hf, "2022-02-01"),
            ("ms-tio", "R03AL06", "Tiotropis/olodaterolis 2,5/2,5 mcg inhal.", "2 įkvėpimai 1 k./d.", copd, "2018-04-10"),
            ("ms-bis", "C07AB07", "Bisoprololis 5 mg tab.", "5 mg 1 k./d.", hf, "2020-06-08"),
            ("ms-sac", "C09DX04", "Sakubitrilis/valsartanas 49/51 mg tab.", "1 tab. 2 k./d.", hf, "2021-01-15"),
            ("ms-api", "B01AF02", "Apiksabanas 5 mg tab.", "5 mg 2 k./d.", af, "2019-01-22"),
            ("ms-furo", "C03CA01", "Furozemidas 40 mg tab.", "40 mg ryte", hf, "2020-06-08"),
            ("ms-allo", "M04AA01", "Alopurinolis 100 mg tab.", "100 mg 1 k./d.", gout, "2016-07-11"),
            ("ms-lat", "S01EE01", "Latanoprostas 0,005% akių lašai", "1 lašas į abi akis vakare", gl, "2017-05-30")]
    for s, a, n, d, r, st in meds:
        c.medstmt(s, med(a, n), "active", st, dose_text=d, reason_ref=[r])
    adm = c.encounter("enc-adm", "2026-02-10", "Hospitalizacija: LOPL paūmėjimas (pulmonologija)", cls="IMP", prac=pulm, org=c.hosp,
                      end="2026-02-17", priority="EM", reason_ref=[copd], time="21:10",
                      admit=cc((ADMITSRC, "emd", "From accident/emergency department"), text="Atvežtas GMP"))
    c.note("doc-disch", "2026-02-17", notetype(DISCHARGE, "Išrašas iš stacionaro"),
           "IŠRAŠAS IŠ STACIONARO\nHospitalizuotas dėl LOPL paūmėjimo (virusinė infekcija). Gydytas sisteminiais GKS, "
           "antibiotikais, inhaliacijomis. Išrašomas stabilios būklės. Gretutinės ligos: ŠN su sumažinta IF, nuolatinis PV, "
           "2 tipo CD, LIL 3b st., podagra, glaukoma. Tęsti ankstesnį gydymą, pulmonologo kontrolė po 1 mėn.", pulm, encounter=adm)
    e1 = c.encounter("enc-1", "2026-03-23", "Pulmonologo konsultacija", prac=pulm, org=c.hosp, reason_ref=[copd])
    c.obs("obs-fev1", cc((LOINC, "20150-9", "FEV1"), text="FEV1"), "2026-03-23", value=(1.21, "L"), category="procedure", encounter=e1,
          note="44% b.n.; FEV1/FVC 0,52 po bronchų plėtiklio.")
    encs = []
    for i, (d, a1c, egfr, bnp, who) in enumerate([("2026-04-20", 7.2, 41, 1180, kard), ("2026-07-27", 7.0, 43, 1090, c.gp),
                                                   ("2026-11-02", 7.1, 42, 1150, kard)]):
        e = c.encounter(f"enc-k{i}", d, "Kardiologo konsultacija" if who is kard else "Šeimos gydytojo konsultacija", prac=who,
                        org=c.hosp if who is kard else c.pspc)
        encs.append(e)
        lab(c, f"lab-a1c-{i}", "a1c", d, a1c, 4.0, 6.0, enc=e)
        lab(c, f"lab-egfr-{i}", "egfr", d, egfr, 60, None, enc=e)
        lab(c, f"lab-bnp-{i}", "ntpro", d, bnp, None, 125, enc=e)
        c.bp(f"bp-{i}", d, [128, 124, 126][i], [74, 70, 72][i], encounter=e)
    lab(c, "lab-urat", "urat", "2026-11-02", 342, 200, 420)
    lab(c, "lab-k", "k", "2026-11-02", 4.8, 3.5, 5.1)
    c.report("dr-echo", cc(text="Echokardiografija"), "2026-04-20",
             conclusion="KS IF 38% (Simpson), KS vidutiniškai išsiplėtęs, vidutinio laipsnio mitralinė regurgitacija, "
                        "abu prieširdžiai išsiplėtę. Palyginus su 2025 m. - be dinamikos.", category=("CUS", "Cardiac Ultrasound"), performer=kard)
    c.note("doc-kard", "2026-11-02", ltnote("Kardiologo konsultacija"),
           "KARDIOLOGO KONSULTACIJA\nNYHA II, edemų nėra, svoris stabilus. PV, ŠSD ~72 k./min. NT-proBNP 1150 ng/L (stabilu). "
           "GFG 42, K 4,8. Gydymas tęsiamas. Daugelio lėtinių ligų pacientas - gydomas kardiologo, pulmonologo, nefrologo, "
           "endokrinologo, oftalmologo; vartoja 9 nuolatinius vaistus. Rekomenduota polifarmacijos peržiūra su klinikiniu "
           "farmakologu.", kard, encounter=encs[-1])


CASES = [
    dict(key="lt_dizziness", org="lt", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], fn=lt_dizziness,
         why="Daily dizziness and unsteadiness documented at four visits over five months (June-November 2026); blood panels, ECG, Holter, VNG, audiometry and brain MRI all normal; no diagnosis made and the patient was told nothing dangerous was found.",
         summary="Lithuanian, 47 F: five months of unexplained dizziness, exhaustive normal work-up, 'no organic pathology'"),
    dict(key="lt_ibs_redflags", org="lt", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"], fn=lt_ibs_redflags,
         why="Irritable bowel syndrome (K58.0) labelled by the family doctor without colonoscopy persists for over a year while nocturnal diarrhoea, 11 kg weight loss, faecal calprotectin 420 ug/g, raised CRP and low albumin appear - findings IBS cannot explain.",
         summary="Lithuanian, 34 M: IBS label kept despite nocturnal diarrhoea, weight loss, high calprotectin and CRP"),
    dict(key="lt_ibs_remission", org="lt", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
         expected=[], fn=lt_ibs_remission,
         why="IBS was diagnosed in 2023 after a full work-up (normal colonoscopy with biopsies, calprotectin, coeliac serology) and is in remission: 2026 visits record no bowel symptoms, stable weight and normal bloods, so the label is not outliving unexplained symptoms.",
         summary="Lithuanian, 45 F: IBS after complete work-up, in remission, symptom-free"),
    dict(key="lt_knee_tka", org="lt", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"], fn=lt_knee_tka,
         why="An active order (ACHI 49518-00) and booked admission for right total knee arthroplasty on 2027-02-15 - a major operation not yet performed.",
         summary="Lithuanian, 68 M: end-stage knee osteoarthritis, total knee replacement booked for February 2027"),
    dict(key="lt_pancreas_palliative", org="lt", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"], fn=lt_pancreas_palliative,
         why="Stage IV pancreatic adenocarcinoma; the oncology board note (Lithuanian, only in the note) states there are no options for anticancer treatment and recommends palliative care; no second opinion on record.",
         summary="Lithuanian, 71 M: metastatic pancreatic cancer, tumour board 'no treatment options', palliative care - signal only in a note"),
    dict(key="lt_haemangioma", org="lt", target="UNTREATABLE_PROGNOSIS", kind="near-miss",
         expected=[], fn=lt_haemangioma,
         why="The surgeon's 'no treatment needed' refers to an incidental, typical 24 mm liver haemangioma - a benign finding that needs no treatment, not an untreatable disease; the dyspepsia resolved after H. pylori eradication.",
         summary="Lithuanian, 49 F: incidental benign liver haemangioma, 'no treatment required'"),
    dict(key="lt_prostate_rt", org="lt", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"], fn=lt_prostate_rt,
         why="Intermediate-risk prostate cancer: androgen deprivation started (goserelin 2026-11-10) and radical radiotherapy 78 Gy/39 fractions ordered to begin 2026-12-14 - a planned high-impact treatment.",
         summary="Lithuanian, 67 M: prostate cancer, ADT started, radical radiotherapy planned for December 2026"),
    dict(key="lt_parkinson_flag", org="lt", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"], fn=lt_parkinson_flag,
         why="A Flag authored by the patient (and her written letter) asks for a second opinion from another neurologist on her Parkinson's disease diagnosis, saying she feels unheard; no second opinion is on record.",
         summary="Lithuanian, 63 F: Parkinson's disease, patient-authored flag and letter requesting a second opinion"),
    dict(key="lt_depression_phq", org="lt", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"], fn=lt_depression_phq,
         why="PHQ-9 rose from 11 (March 2026) to 14, 17 and 20 (November 2026) - 9 points over 8.5 months, above the 5-point MCID - while sertraline was taken continuously since December 2025.",
         summary="Lithuanian, 39 F: depression worsening on sertraline, PHQ-9 11 -> 20"),
    dict(key="lt_multimorbidity", org="lt", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"], fn=lt_multimorbidity,
         why="Seven active chronic conditions across at least five specialties (type 2 diabetes, COPD GOLD 3, HFrEF, permanent AF, CKD 3b, gout, glaucoma) with nine regular medicines; measures are stable.",
         summary="Lithuanian, 77 M: seven chronic conditions across cardiology, pulmonology, nephrology, endocrinology, rheumatology, ophthalmology"),
]
