"""Organisation 1: Opća bolnica Zlatna Dolina (Croatian general hospital). WHO ICD-10, local procedure codes,
notes in Croatian, HZZO insurance."""
from fhirkit import (Case, HR, HR_LOCAL, cc, qty, coding, oib, SCT, LOINC, ICD10, ATC, THO, ACT, YES, NO)

PROC = HR_LOCAL + "dtp-postupci"
LAB = HR_LOCAL + "lab-pretrage"
ADDR = {"use": "work", "line": ["Bolnička cesta 12"], "city": "Zlatna Dolina", "postalCode": "34330",
        "country": "HR"}
ENC_TYPE = HR_LOCAL + "vrsta-posjete"


def icd(code, display, text=None):
    return cc((ICD10, code, display), text=text)


def atc(code, display, text):
    return cc((ATC, code, display), text=text)


def setup(c, docs, dom_zdravlja=False):
    c.org = c.organization("Opća bolnica Zlatna Dolina",
                           type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider")),
                           ident={"system": "https://fhir.cezih.hr/sid/sifra-ustanove", "value": "034330"},
                           address=ADDR, phone="+385 34 555 100", alias=["OB Zlatna Dolina"])
    c.hzzo = c.organization("Hrvatski zavod za zdravstveno osiguranje",
                            type_cc=cc((THO + "organization-type", "ins", "Insurance Company")),
                            ident={"system": "https://fhir.cezih.hr/sid/sifra-ustanove", "value": "HZZO"},
                            alias=["HZZO"],
                            address={"line": ["Margaretska 3"], "city": "Zagreb", "postalCode": "10000",
                                     "country": "HR"})
    c.dz = None
    if dom_zdravlja:
        c.dz = c.organization("Dom zdravlja Zlatna Dolina",
                              type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider"),
                                         text="Primarna zdravstvena zaštita"),
                              ident={"system": "https://fhir.cezih.hr/sid/sifra-ustanove", "value": "034101"},
                              address={"line": ["Trg slobode 4"], "city": "Zlatna Dolina", "postalCode": "34330",
                                       "country": "HR"}, phone="+385 34 555 300")
    prs = []
    for i, (fam, giv, spec, g) in enumerate(docs):
        prs.append(c.practitioner(fam, giv, prefix="dr. med.", gender=g,
                                  qual=cc(text=spec),
                                  ident={"system": "https://fhir.cezih.hr/sid/hzjz-broj-zdravstvenog-djelatnika",
                                         "value": f"{c.rng.randint(1000000, 9999999)}"}))
    return prs


def hr_patient(c, family, given, gender, birth, city="Zlatna Dolina", street="Ulica Matije Gupca 5", gp=None,
               marital="M"):
    mbo = f"{c.rng.randint(100000000, 999999999)}"
    c.mbo = mbo
    pat = c.patient(family, given, gender, birth, [
        {"use": "official", "system": "https://fhir.cezih.hr/sid/mbo", "value": mbo},
        {"use": "secondary", "system": "https://fhir.cezih.hr/sid/oib", "value": oib(c.rng)},
        {"use": "usual", "type": cc((THO + "v2-0203", "MR", "Medical record number")),
         "system": "https://fhir.ob-zlatnadolina.hr/sid/maticni-broj-pacijenta",
         "value": f"OBZD-{c.rng.randint(100000, 999999)}"}],
        address={"use": "home", "line": [street], "city": city, "postalCode": "34330", "country": "HR"},
        phone=f"+385 9{c.rng.randint(1, 9)} {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}",
        marital=marital, gp=gp)
    c.coverage(c.hzzo, cc((ACT, "PUBLICPOL", "public healthcare"), text="Obvezno zdravstveno osiguranje (HZZO)"),
               subscriber_id=mbo, start="2010-01-01",
               cls=[{"type": cc((THO + "coverage-class", "plan", "Plan")), "value": "OZO",
                     "name": "Obvezno zdravstveno osiguranje"}])
    return pat


def etype(code, text):
    return cc((ENC_TYPE, code, text), text=text)


def lab_hr(c, loinc, disp, text, date, value, unit, ucum, lo, hi, enc=None):
    return c.lab(loinc, disp, date, value, unit, ucum, lo, hi, enc=enc, text=text)


# ------------------------------------------------------------------ A1  PSNW positive (return-visit e-trigger)
def a1(cid):
    c = Case(cid, HR)
    gp, card, er = setup(c, [("Matić", "Vesna", "specijalist obiteljske medicine", "female"),
                             ("Lovrić", "Damir", "specijalist kardiologije", "male"),
                             ("Bošnjak", "Ivana", "specijalist hitne medicine", "female")], dom_zdravlja=True)
    hr_patient(c, "Kovačević", "Tomislav", "male", "1967-03-11", gp=[gp])
    c.condition(icd("I10", "Essential (primary) hypertension", "Arterijska hipertenzija"), onset="2018-05-14",
                recorder=gp)
    c.condition(icd("E78.0", "Pure hypercholesterolaemia", "Hiperkolesterolemija"), onset="2020-02-03", recorder=gp)
    c.obs(cc((LOINC, "72166-2", "Tobacco smoking status")), "2026-09-14",
          cc((SCT, "77176002", "Smoker"), text="Pušač, 20 cigareta dnevno"), cat="social-history")
    e1 = c.encounter("2026-09-14", "AMB", etype("OM-1", "Pregled u ordinaciji obiteljske medicine"),
                     reason=cc(text="Bol u prsima"), prac=gp, org=c.dz, time="10:20")
    c.bp("2026-09-14", 152, 94, e1, "10:30")
    c.obs(cc((LOINC, "11524-6", "EKG study"), text="EKG u ordinaciji"), "2026-09-14",
          "Sinus ritam 84/min, bez akutnih promjena ST segmenta.", cat="procedure", enc=e1, performer=gp,
          time="10:35")
    cp = c.condition(icd("R07.3", "Other chest pain", "Bol u prsnom košu, mišićno-koštana"), onset="2026-09-11",
                     recorded="2026-09-14", clinical="resolved", abatement="2026-09-22", cat="encounter-diagnosis",
                     enc=e1, recorder=gp)
    c.medreq(atc("M01AE01", "ibuprofen", "Ibuprofen 400 mg tablete"), "2026-09-14",
             "1 tableta 3 puta dnevno uz obrok, 7 dana",
             status="completed", requester=gp, reason_ref=[cp], route="oral", freq=3, dose=(400, "mg"), enc=e1)
    c.note("Nalaz i mišljenje obiteljskog liječnika", "2026-09-14", "10:50",
           "Pacijent 59 god. dolazi zbog boli u prsima zadnja 3 dana, probadajuće, lijevo parasternalno, "
           "javlja se pri nošenju drva i penjanju uz stepenice, prolazi u mirovanju. Pušač.\n"
           "Status: RR 152/94 mmHg, puls 84/min, srce i pluća uredni, bolna palpacija lijevog prsnog mišića.\n"
           "EKG: sinus ritam, bez akutnih promjena.\n"
           "Dg: R07.3 Bol u prsima - mišićno-koštana.\n"
           "Th: ibuprofen 3x400 mg, mirovanje. Kontrola po potrebi.", author=gp, enc=e1)
    e2 = c.encounter("2026-09-22", "EMER", etype("OHBP", "Objedinjeni hitni bolnički prijem"),
                     reason=cc(text="Jaka bol u prsima, znojenje"), prac=er, time="02:40", end_time="05:10",
                     priority=("EM", "emergency"))
    c.vitals("2026-09-22", e2, hr=102, bp=(168, 98), spo2=95, time="02:50")
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method",
          "2026-09-22", 1840, "ng/L", "ng/L", None, 34, enc=e2, text="hs-troponin I")
    c.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method",
          "2026-09-22", 4120, "ng/L", "ng/L", None, 34, enc=e2, text="hs-troponin I (kontrola nakon 3 h)")
    mi = c.condition(icd("I21.4", "Acute subendocardial myocardial infarction", "NSTEMI"), onset="2026-09-22",
                     recorder=card, enc=e2)
    e3 = c.encounter("2026-09-22", "IMP", etype("HOSP", "Hospitalizacija - Odjel za kardiologiju"),
                     reason=cc(text="NSTEMI"), prac=card, time="05:10", end="2026-09-27",
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"),
                     priority=("EM", "emergency"), reason_ref=[mi])
    ang = c.procedure(cc((PROC, "KAR-PCI-01", "Koronarografija i perkutana koronarna intervencija"),
                         (SCT, "415070008", "Percutaneous coronary intervention"),
                         text="Koronarografija, PCI RCx s ugradnjom DES"),
                      date=c.dt("2026-09-23", "09:30"), performer=card, reason_ref=[mi], enc=e3,
                      note="Subokluzivna stenoza proksimalnog RCx-a, ugrađen 1 DES. LAD i RCA bez značajnih stenoza.")
    eho = c.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="EF lijeve klijetke (UZV srca)"),
                "2026-09-24", 50, "%", cat="imaging", enc=e3, performer=card,
                note="Hipokinezija lateralne stijenke.", rng=(52, 72), interp="L")
    c.lab("13457-7", "Cholesterol in LDL [Moles/volume] in Serum or Plasma by calculation", "2026-09-23", 4.2,
          "mmol/L", "mmol/L", None, 3.0, enc=e3, text="LDL kolesterol")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-23", 146, "g/L", "g/L", 138, 175, enc=e3,
          text="Hemoglobin")
    c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "2026-09-23", 88, "umol/L", "umol/L", 64, 104,
          enc=e3, text="Kreatinin")
    meds = [("B01AC06", "acetylsalicylic acid", "Acetilsalicilna kiselina 100 mg", "1x1 tableta dnevno", 100),
            ("B01AC24", "ticagrelor", "Tikagrelor 90 mg", "2x1 tableta dnevno, 12 mjeseci", 90),
            ("C10AA05", "atorvastatin", "Atorvastatin 80 mg", "1x1 tableta navečer", 80),
            ("C07AB07", "bisoprolol", "Bisoprolol 2,5 mg", "1x1 tableta ujutro", 2.5),
            ("C09AA05", "ramipril", "Ramipril 5 mg", "1x1 tableta ujutro", 5)]
    for code, disp, text, dose, mg in meds:
        c.medreq(atc(code, disp, text), "2026-09-27", dose, requester=card, reason_ref=[mi], route="oral",
                 dose=(mg, "mg"), enc=e3, category="discharge")
    c.note("Otpusno pismo - Odjel za kardiologiju", "2026-09-27", "12:00",
           "Bolesnik zaprimljen putem OHBP-a 22.09.2026. u 02:40 zbog jake retrosternalne boli sa znojenjem. "
           "Anamnestički bol u prsima od 11.09.2026., pregledan kod obiteljskog liječnika 14.09.2026. - "
           "interpretirano kao mišićno-koštana bol.\n"
           "hs-troponin I 1840 -> 4120 ng/L. EKG: denivelacija ST V5-V6.\n"
           "Koronarografija 23.09.: subokluzivna stenoza proksimalnog RCx - PCI s 1 DES.\n"
           "UZV srca: EF 50 %, hipokinezija lateralne stijenke.\n"
           "Otpusna dg: I21.4 NSTEMI; I10; E78.0.\n"
           "Preporuka: dvojna antiagregacijska terapija 12 mjeseci, prestanak pušenja, kardiološka "
           "rehabilitacija, kontrola kardiologa za 6 tjedana.", author=card, enc=e3,
           type_cc=cc((LOINC, "18842-5", "Discharge summary"), text="Otpusno pismo"))
    c.servicerequest(cc((PROC, "REH-KARD", "Kardiološka rehabilitacija - ambulantni program"),
                        text="Kardiološka rehabilitacija"), "2026-09-27", category=cc(text="Rehabilitacija"),
                     occurrence_period={"start": "2026-10-12", "end": "2026-12-18"}, reason_ref=[mi],
                     requester=card)
    e4 = c.encounter("2026-11-05", "AMB", etype("SKP", "Specijalistički pregled - kardiologija"),
                     reason=cc(text="Kontrola nakon NSTEMI"), prac=card, time="11:00")
    c.bp("2026-11-05", 128, 78, e4, "11:10")
    c.lab("13457-7", "Cholesterol in LDL [Moles/volume] in Serum or Plasma by calculation", "2026-11-05", 1.6,
          "mmol/L", "mmol/L", None, 3.0, enc=e4, text="LDL kolesterol")
    c.note("Kontrolni kardiološki pregled", "2026-11-05", "11:40",
           "Stanje nakon NSTEMI i PCI RCx (23.09.2026.). Bez angine pektoris, podnosi napor u sklopu "
           "rehabilitacijskog programa. Prestao pušiti. RR 128/78. LDL 1,6 mmol/L. Nastaviti terapiju. "
           "Kontrola za 3 mjeseca.", author=card, enc=e4)
    return c


# ------------------------------------------------------------------ A2  PSNW near miss (raised PSA followed up)
def a2(cid):
    c = Case(cid, HR)
    gp, uro, rad = setup(c, [("Perković", "Marko", "specijalist obiteljske medicine", "male"),
                             ("Radić", "Goran", "specijalist urologije", "male"),
                             ("Jelić", "Sanja", "specijalist radiologije", "female")], dom_zdravlja=True)
    hr_patient(c, "Babić", "Dragutin", "male", "1961-06-02", gp=[gp], street="Vukovarska 17")
    c.condition(icd("I10", "Essential (primary) hypertension", "Arterijska hipertenzija"), onset="2015-10-01",
                recorder=gp)
    c.medstmt(atc("C09AA04", "perindopril", "Perindopril 4 mg"), "active", "2015-10-01", dosage="1x1 ujutro",
              asserted="2026-07-28", route="oral")
    e1 = c.encounter("2026-07-28", "AMB", etype("OM-1", "Pregled u ordinaciji obiteljske medicine"),
                     reason=cc(text="Sistematski pregled, noćno mokrenje"), prac=gp, org=c.dz)
    c.bp("2026-07-28", 134, 82, e1)
    psa1 = c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-07-28", 6.8, "ng/mL",
                 "ng/mL", None, 4.0, enc=e1, text="PSA ukupni")
    c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "2026-07-28", 91, "umol/L", "umol/L", 64, 104,
          enc=e1, text="Kreatinin")
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-07-28", 5.4, "mmol/L", "mmol/L", 4.4, 6.4,
          enc=e1, text="Glukoza natašte")
    c.servicerequest(cc((PROC, "UPUT-URO", "Uputnica - specijalistički pregled urologa"),
                        text="Uputnica urologu: povišen PSA"), "2026-08-06", status="completed",
                     category=cc((SCT, "3457005", "Patient referral")), reason_ref=[psa1], requester=gp,
                     performer=uro)
    e2 = c.encounter("2026-08-25", "AMB", etype("SKP", "Specijalistički pregled - urologija"),
                     reason=cc(text="Povišen PSA"), prac=uro)
    psa2 = c.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2026-08-25", 6.1, "ng/mL",
                 "ng/mL", None, 4.0, enc=e2, text="PSA ukupni - kontrola")
    c.obs(cc((LOINC, "12841-2", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma"),
             text="Omjer slobodnog i ukupnog PSA"), "2026-08-25", 24, "%", rng=(25, None, "> 25 %"), interp="L",
          enc=e2)
    c.score(cc((HR_LOCAL + "upitnici", "IPSS", "Međunarodni bodovni sustav simptoma prostate (IPSS)"),
               text="IPSS"), "2026-08-25", 14, enc=e2)
    c.obs(cc(text="Digitorektalni pregled prostate"), "2026-08-25",
          "Prostata povećana, glatka, elastična, simetrična, bez palpabilnih čvorova.", cat="exam", enc=e2,
          performer=uro)
    c.servicerequest(cc((PROC, "RAD-MR-PROST", "Multiparametrijski MR prostate"), text="mpMR prostate"),
                     "2026-08-25", status="completed", category=cc((SCT, "363679005", "Imaging")),
                     reason_ref=[psa2], requester=uro, occurrence="2026-09-17")
    vol = c.obs(cc(text="Volumen prostate (MR)"), "2026-09-17", 68, "mL", cat="imaging", performer=rad)
    c.report(cc((PROC, "RAD-MR-PROST", "Multiparametrijski MR prostate"), text="mpMR prostate"), "2026-09-17",
             results=[vol], cat=("RAD", "Radiology"), performer=rad,
             conclusion="Povećana prostata (68 mL) s nodularnom hiperplazijom tranzicijske zone. Bez lezija "
                        "suspektnih na klinički značajan karcinom. PI-RADS 2. Gustoća PSA 0,09 ng/mL/mL.")
    e3 = c.encounter("2026-10-01", "AMB", etype("SKP", "Specijalistički pregled - urologija"),
                     reason=cc(text="Kontrola - nalaz MR prostate"), prac=uro)
    bph = c.condition(icd("N40", "Hyperplasia of prostate", "Benigna hiperplazija prostate"), onset="2026-10-01",
                      recorder=uro, enc=e3)
    c.medreq(atc("G04CA02", "tamsulosin", "Tamsulozin 0,4 mg kapsule"), "2026-10-01", "1x1 kapsula navečer",
             requester=uro, reason_ref=[bph], route="oral", dose=(0.4, "mg"), enc=e3)
    c.servicerequest(cc((LAB, "PSA", "PSA ukupni"), (LOINC, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"),
                        text="Kontrola PSA za 6 mjeseci"), "2026-10-01", category=cc((SCT, "108252007", "Laboratory procedure")),
                     occurrence="2027-04-01", reason_ref=[bph], requester=uro)
    c.note("Nalaz urologa", "2026-10-01", "10:15",
           "Upućen od obiteljskog liječnika zbog PSA 6,8 ng/mL (28.07.2026.). Kontrolni PSA 6,1 ng/mL, "
           "omjer slobodni/ukupni 24 %. DRP: prostata povećana, glatka, bez čvorova. IPSS 14.\n"
           "mpMR prostate 17.09.2026.: volumen 68 mL, PI-RADS 2, gustoća PSA 0,09.\n"
           "Zaključak: benigna hiperplazija prostate; nema indikacije za biopsiju.\n"
           "Th: tamsulozin 0,4 mg navečer. Kontrola PSA i urološki pregled za 6 mjeseci.", author=uro, enc=e3)
    return c


# ------------------------------------------------------------------ A3  DSM positive (IBS label, red flags)
def a3(cid):
    c = Case(cid, HR)
    gp, gi = setup(c, [("Tomić", "Lidija", "specijalist obiteljske medicine", "female"),
                       ("Kralj", "Nikola", "specijalist interne medicine", "male")], dom_zdravlja=True)
    hr_patient(c, "Jurić", "Marija", "female", "1979-11-19", gp=[gp], street="Ulica Ivana Gundulića 22")
    c.condition(icd("E03.9", "Hypothyroidism, unspecified", "Hipotireoza"), onset="2012-04-10", recorder=gp)
    c.medstmt(atc("H03AA01", "levothyroxine sodium", "Levotiroksin 75 mcg"), "active", "2012-04-10",
              dosage="1x1 ujutro natašte", asserted="2026-10-20", route="oral")
    e1 = c.encounter("2025-09-15", "AMB", etype("SKP", "Specijalistički pregled - interna medicina"),
                     reason=cc(text="Bolovi u trbuhu, proljevaste stolice"), prac=gi)
    for loinc, disp, text, v, u, uc, lo, hi in [
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hemoglobin", 131, "g/L", "g/L", 119, 157),
            ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", 3.1, "mg/L", "mg/L", None, 5),
            ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "TSH", 2.1, "mIU/L", "m[IU]/L", 0.35, 4.94),
            ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "Feritin", 48, "ug/L", "ug/L", 10, 120)]:
        c.lab(loinc, disp, "2025-09-15", v, u, uc, lo, hi, enc=e1, text=text)
    c.obs(cc((LAB, "TTG-IGA", "Anti-tkivna transglutaminaza IgA"), text="Anti-tTG IgA"),
          "2025-09-15", cc((SCT, "260385009", "Negative"), text="negativno"), interp="NEG", enc=e1)
    c.obs(cc((LOINC, "29463-7", "Body weight")), "2025-09-15", 64, "kg", cat="vital-signs", enc=e1)
    ibs = c.condition(icd("K58.0", "Irritable bowel syndrome with diarrhoea", "Sindrom iritabilnog crijeva s proljevom"),
                      onset="2025-06-01", recorded="2025-09-15", recorder=gi, enc=e1)
    c.medstmt(atc("A03AA04", "mebeverine", "Mebeverin 200 mg kapsule"), "active", "2025-09-15",
              dosage="2x1 kapsula", reason_ref=[ibs], asserted="2026-10-20", route="oral")
    c.note("Nalaz internista", "2025-09-15", "11:30",
           "Bolesnica 45 god., 3 mjeseca grčeviti bolovi u donjem dijelu trbuha i 2-3 kašaste stolice dnevno, "
           "olakšanje nakon defekacije. Bez krvi u stolici. Laboratorijski nalazi uredni, anti-tTG negativan.\n"
           "Dg: K58.0 Sindrom iritabilnog crijeva.\n"
           "Th: mebeverin 2x200 mg, prehrana s malo FODMAP-a.", author=gi, enc=e1)
    e2 = c.encounter("2026-03-10", "AMB", etype("OM-1", "Pregled u ordinaciji obiteljske medicine"),
                     reason=cc(text="Kontrola - sindrom iritabilnog crijeva"), prac=gp, org=c.dz)
    c.note("Ambulanta obiteljske medicine", "2026-03-10", "09:40",
           "I dalje bolovi u trbuhu i proljevaste stolice. Dg. IBS - nastaviti mebeverin.", author=gp, enc=e2)
    e3 = c.encounter("2026-07-14", "AMB", etype("OM-1", "Pregled u ordinaciji obiteljske medicine"),
                     reason=cc(text="Proljevi, budi se noću zbog stolice"), prac=gp, org=c.dz)
    c.medreq(atc("A07DA03", "loperamide", "Loperamid 2 mg"), "2026-07-14", "po potrebi 1 kapsula, najviše 4 dnevno",
             requester=gp, reason_ref=[ibs], route="oral", as_needed=True, enc=e3)
    c.note("Ambulanta obiteljske medicine", "2026-07-14", "10:05",
           "Proljevi 4-5 puta dnevno, budi se noću zbog stolice. Osjeća se umorno. U sklopu poznatog IBS-a. "
           "Dodan loperamid po potrebi.", author=gp, enc=e3)
    e4 = c.encounter("2026-10-20", "AMB", etype("OM-1", "Pregled u ordinaciji obiteljske medicine"),
                     reason=cc(text="Proljevi, gubitak tjelesne težine"), prac=gp, org=c.dz)
    c.obs(cc((LOINC, "29463-7", "Body weight")), "2026-10-20", 57.5, "kg", cat="vital-signs", enc=e4)
    c.bp("2026-10-20", 112, 70, e4)
    for loinc, disp, text, v, u, uc, lo, hi in [
            ("718-7", "Hemoglobin [Mass/volume] in Blood", "Hemoglobin", 124, "g/L", "g/L", 119, 157),
            ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "CRP", 18.4, "mg/L", "mg/L", None, 5),
            ("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "Albumin", 33, "g/L", "g/L", 35, 52),
            ("38445-3", "Calprotectin [Mass/mass] in Stool", "Kalprotektin u stolici", 410, "ug/g", "ug/g", None, 50)]:
        c.lab(loinc, disp, "2026-10-20", v, u, uc, lo, hi, enc=e4, text=text)
    c.note("Ambulanta obiteljske medicine", "2026-10-20", "09:15",
           "Proljevi 5-6 puta dnevno, i noću, povremeno sluz. Gubitak težine 6,5 kg u godinu dana (64 -> 57,5 kg). "
           "Umor. CRP 18,4, albumin 33, kalprotektin u stolici 410 ug/g.\n"
           "Dg: K58.0 Sindrom iritabilnog crijeva.\n"
           "Th: nastaviti mebeverin i loperamid, dijeta. Kontrola za 3 mjeseca.", author=gp, enc=e4)
    return c


# ------------------------------------------------------------------ A4  MPP positive (CABG ordered)
def a4(cid):
    c = Case(cid, HR)
    card, anest = setup(c, [("Šarić", "Zoran", "specijalist kardiologije", "male"),
                            ("Pavić", "Tea", "specijalist anesteziologije", "female")])
    hr_patient(c, "Marić", "Stjepan", "male", "1958-02-23", street="Zagrebačka 41")
    kbc = c.organization("Klinički bolnički centar Medvednica - Klinika za kardijalnu kirurgiju",
                         type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider")),
                         ident={"system": "https://fhir.cezih.hr/sid/sifra-ustanove", "value": "010712"},
                         address={"line": ["Medvednička 1"], "city": "Zagreb", "postalCode": "10000", "country": "HR"})
    kkir = c.practitioner("Babić", "Zvonimir", prefix="prof. dr. sc.", gender="male",
                          qual=cc(text="specijalist kardijalne kirurgije"),
                          ident={"system": "https://fhir.cezih.hr/sid/hzjz-broj-zdravstvenog-djelatnika",
                                 "value": "4410287"})
    c.condition(icd("E11.9", "Type 2 diabetes mellitus without complications", "Šećerna bolest tip 2"),
                onset="2015-06-01", recorder=card)
    c.condition(icd("I10", "Essential (primary) hypertension", "Arterijska hipertenzija"), onset="2011-03-01",
                recorder=card)
    cad = c.condition(icd("I25.1", "Atherosclerotic heart disease", "Koronarna bolest srca - trožilna"),
                      onset="2026-05-01", recorded="2026-10-07", recorder=card,
                      severity=cc((SCT, "24484000", "Severe")))
    e1 = c.encounter("2026-08-20", "AMB", etype("SKP", "Specijalistički pregled - kardiologija"),
                     reason=cc(text="Stenokardija u naporu"), prac=card)
    c.vitals("2026-08-20", e1, weight=91, height=176, hr=72, bp=(142, 86))
    c.obs(cc((PROC, "KAR-ERGO", "Ergometrija"), text="Ergometrija"), "2026-08-20",
          "Pozitivna na ishemiju: horizontalna denivelacija ST 2 mm V4-V6 pri 6 METs uz stenokardiju.",
          cat="procedure", enc=e1, performer=card, interp="A")
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-08-20", 6.9, "%", "%", 4.0, 6.0, enc=e1,
          text="HbA1c")
    for code, disp, text, dose in [("B01AC06", "acetylsalicylic acid", "Acetilsalicilna kiselina 100 mg", "1x1"),
                                   ("C07AB07", "bisoprolol", "Bisoprolol 5 mg", "1x1 ujutro"),
                                   ("C10AA05", "atorvastatin", "Atorvastatin 40 mg", "1x1 navečer"),
                                   ("C01DA14", "isosorbide mononitrate", "Izosorbid mononitrat 40 mg", "1x1 ujutro"),
                                   ("A10BA02", "metformin", "Metformin 1000 mg", "2x1 uz obrok")]:
        c.medstmt(atc(code, disp, text), "active", "2026-08-20", dosage=dose, route="oral", asserted="2026-10-22")
    e2 = c.encounter("2026-10-07", "SS", etype("DB", "Dnevna bolnica - invazivna kardiologija"),
                     reason=cc(text="Koronarografija"), prac=card, time="08:00", end_time="16:00")
    angio = c.procedure(cc((PROC, "KAR-KG-01", "Koronarografija"), (SCT, "33367005", "Angiography of coronary artery"),
                           text="Koronarografija"), date=c.dt("2026-10-07", "10:15"), performer=card,
                        reason_ref=[cad], enc=e2)
    c.report(cc((PROC, "KAR-KG-01", "Koronarografija"), text="Nalaz koronarografije"), "2026-10-07",
             cat=("CTH", "Cardiac Catheterization"), performer=card, enc=e2,
             conclusion="Trožilna koronarna bolest: glavno stablo 50 %, proksimalni LAD 80 %, RCx 90 %, "
                        "RCA 75 % (difuzno). SYNTAX score 33. Preporuka: prikaz kardiokirurškom konziliju.")
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-10-07", 7.0, "%", "%", 4.0, 6.0, enc=e2,
          text="HbA1c")
    c.lab("14682-9", "Creatinine [Moles/volume] in Serum or Plasma", "2026-10-07", 84, "umol/L", "umol/L", 64, 104,
          enc=e2, text="Kreatinin")
    c.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="EF lijeve klijetke"), "2026-10-07", 55,
          "%", cat="imaging", rng=(52, 72), interp="N", enc=e2)
    e3 = c.encounter("2026-10-22", "AMB", etype("KONZ", "Kardiokirurški konzilij (Heart team)"),
                     reason=cc(text="Trožilna koronarna bolest"), prac=card)
    sr = c.servicerequest(cc((PROC, "KKIR-CABG-3", "Aortokoronarno premoštenje - tri premosnice"),
                             (SCT, "232717009", "Coronary artery bypass grafting"), text="CABG x3 (LIMA-LAD, venski grafti)"),
                          "2026-10-22", status="active", intent="order",
                          category=cc((SCT, "387713003", "Surgical procedure")), occurrence="2026-12-16",
                          reason_ref=[cad], requester=card, performer=kbc, enc=e3,
                          note="Prijem u KBC Medvednica 15.12.2026., operacija 16.12.2026.")
    c.servicerequest(cc((PROC, "ANEST-PRIJEOP", "Prijeoperacijska anesteziološka procjena"),
                        text="Prijeoperacijska obrada (dopler karotida, spirometrija, laboratorij)"), "2026-10-22",
                     status="completed", category=cc((SCT, "103693007", "Diagnostic procedure")), requester=card,
                     performer=anest, based_on=[sr], occurrence="2026-11-18")
    c.obs(cc(text="Color dopler karotidnih arterija"), "2026-11-18",
          "Bez hemodinamski značajnih stenoza karotidnih arterija.", cat="imaging", interp="N")
    c.appointment(c.dt("2026-12-16", "08:00"), c.dt("2026-12-16", "14:00"),
                  "Aortokoronarno premoštenje (CABG x3) - KBC Medvednica", [c.pat, kkir], based_on=[sr])
    c.note("Zaključak kardiokirurškog konzilija", "2026-10-22", "13:00",
           "Bolesnik 68 god., šećerna bolest tip 2, hipertenzija. Stenokardija CCS II-III unatoč optimalnoj "
           "medikamentnoj terapiji. Koronarografija: trožilna bolest sa stenozom glavnog debla 50 %, SYNTAX 33, "
           "EF 55 %.\nZaključak konzilija (kardiolog, kardiokirurg, anesteziolog): indicirana kirurška "
           "revaskularizacija - aortokoronarno premoštenje (LIMA-LAD + 2 venska grafta). PCI nije preporučena "
           "zbog anatomije i šećerne bolesti.\nOperacija planirana 16.12.2026. u KBC Medvednica. "
           "Bolesnik informiran i suglasan.", author=card, enc=e3,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Konzilijarni nalaz"))
    return c


# ------------------------------------------------------------------ A5  UP positive (pancreatic cancer, palliative)
def a5(cid):
    c = Case(cid, HR)
    onk, gastro, pal = setup(c, [("Vidović", "Helena", "specijalist internističke onkologije", "female"),
                                 ("Grgić", "Boris", "specijalist gastroenterologije", "male"),
                                 ("Filipović", "Jasna", "specijalist obiteljske medicine, palijativna skrb", "female")])
    hr_patient(c, "Knežević", "Ružica", "female", "1949-04-08", street="Ulica Petra Preradovića 9", marital="W")
    c.condition(icd("I10", "Essential (primary) hypertension", "Arterijska hipertenzija"), onset="2004-01-01",
                recorder=onk)
    c.condition(icd("M17.0", "Primary gonarthrosis, bilateral", "Obostrana gonartroza"), onset="2014-01-01",
                recorder=onk)
    e1 = c.encounter("2026-09-04", "IMP", etype("HOSP", "Hospitalizacija - Odjel za gastroenterologiju"),
                     reason=cc(text="Bezbolna žutica, gubitak tjelesne težine"), prac=gastro, end="2026-09-15",
                     admit=("gp", "General Practitioner referral"), discharge=("home", "Home"))
    bil = c.lab("1975-2", "Bilirubin.total [Moles/volume] in Serum or Plasma", "2026-09-04", 168, "umol/L", "umol/L",
                3, 20, enc=e1, text="Bilirubin ukupni")
    ca = c.lab("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma", "2026-09-04", 1850, "U/mL", "U/mL",
               None, 37, enc=e1, text="CA 19-9")
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-09-04", 29, "g/L", "g/L", 35, 52, enc=e1,
          text="Albumin")
    ct = c.report(cc((PROC, "RAD-MSCT-ABD", "MSCT abdomena i zdjelice s kontrastom"), text="MSCT abdomena"),
                  "2026-09-07", cat=("RAD", "Radiology"), enc=e1,
                  conclusion="Hipodenzna tvorba glave gušterače 41 mm s infiltracijom gornje mezenterične vene; "
                             "dilatacija intra- i ekstrahepatalnih žučnih vodova; brojne metastaze jetre (najveća 35 mm).")
    c.procedure(cc((PROC, "GE-ERCP-STENT", "ERCP s postavljanjem metalnog stenta"), text="ERCP, metalni stent u koledokus"),
                date=c.dt("2026-09-10", "11:00"), performer=gastro, enc=e1)
    c.procedure(cc((PROC, "GE-EUS-FNA", "EUS vođena citološka punkcija"), text="EUS-FNA tvorbe gušterače"),
                date=c.dt("2026-09-10", "11:40"), performer=gastro, enc=e1)
    ca_p = c.condition(icd("C25.0", "Malignant neoplasm: Head of pancreas", "Adenokarcinom glave gušterače"),
                       onset="2026-09-12", recorder=onk, enc=e1,
                       stage=[{"summary": cc(text="cT4 N1 M1, stadij IV")}],
                       evidence=[{"detail": [ct, ca]}])
    mets = c.condition(icd("C78.7", "Secondary malignant neoplasm of liver", "Metastaze u jetri"),
                       onset="2026-09-07", recorded="2026-09-12", recorder=onk)
    c.lab("1975-2", "Bilirubin.total [Moles/volume] in Serum or Plasma", "2026-09-14", 41, "umol/L", "umol/L", 3, 20,
          enc=e1, text="Bilirubin ukupni")
    c.obs(cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG status"), "2026-09-24",
          cc((HR_LOCAL + "ecog", "3", "ECOG 3"), text="3 - ograničena samozbrinjavanja, >50 % dana u krevetu"),
          cat="exam", performer=onk)
    e2 = c.encounter("2026-09-24", "AMB", etype("MDT", "Multidisciplinarni onkološki tim"),
                     reason=cc(text="Adenokarcinom gušterače s metastazama"), prac=onk, reason_ref=None)
    c.impression("2026-09-24", "Metastatski adenokarcinom gušterače, ECOG 3, hipoalbuminemija. Nema opcija "
                 "specifičnog onkološkog liječenja; preporučena palijativna skrb.", assessor=onk, enc=e2,
                 problems=[ca_p, mets])
    c.note("Zaključak multidisciplinarnog onkološkog tima", "2026-09-24", "14:00",
           "Bolesnica 77 god. Adenokarcinom glave gušterače s brojnim metastazama u jetri (stadij IV), "
           "stanje nakon ERCP-a sa stentom. ECOG 3, albumin 29 g/L, kaheksija.\n"
           "Zaključak: zbog lošeg općeg stanja nije kandidat za kemoterapiju niti kirurško liječenje. "
           "Nema opcija specifičnog onkološkog liječenja.\n"
           "Preporuka: palijativna skrb, uključivanje mobilnog palijativnog tima, kontrola boli.\n"
           "Bolesnica i kći informirane.", author=onk, enc=e2,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Mišljenje onkološkog tima"))
    c.servicerequest(cc((SCT, "306237005", "Referral to palliative care service"),
                        text="Uputnica - mobilni palijativni tim"), "2026-09-24", status="active",
                     category=cc((SCT, "3457005", "Patient referral")), reason_ref=[ca_p], requester=onk,
                     performer=pal, enc=e2)
    morph = c.medreq(atc("N02AA01", "morphine", "Morfin s produljenim oslobađanjem 30 mg"), "2026-09-24",
                     "2x1 tableta (8 h i 20 h)", requester=onk, reason_ref=[ca_p], route="oral", dose=(30, "mg"),
                     freq=2)
    c.medreq(atc("A09AA02", "multienzymes (lipase, protease etc.)", "Pankreatin 25000 j. kapsule"), "2026-09-24",
             "1 kapsula uz svaki obrok", requester=onk, reason_ref=[ca_p], route="oral")
    c.medreq(atc("A03FA01", "metoclopramide", "Metoklopramid 10 mg"), "2026-09-24", "po potrebi do 3x1",
             requester=onk, route="oral", as_needed=True)
    c.careplan("Palijativna skrb", "active", "plan", "2026-09-24", author=pal, addresses=[ca_p],
               category=cc((SCT, "103735009", "Palliative care"), text="Palijativna skrb"),
               description="Simptomatsko liječenje, kontrola boli, potpora obitelji u kući.",
               activities=[{"text": "Kontrola boli - morfin po shemi", "kind": "MedicationRequest"},
                           {"text": "Kućni posjeti mobilnog palijativnog tima jednom tjedno",
                            "status": "in-progress"},
                           {"text": "Nutritivna potpora - enteralni pripravci", "status": "in-progress"}])
    e3 = c.encounter("2026-11-18", "HH", etype("PAL-KP", "Kućni posjet mobilnog palijativnog tima"),
                     reason=cc(text="Palijativna skrb"), prac=pal, time="12:00")
    c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-18", 3,
            enc=e3, time="12:10")
    c.note("Kućni posjet - mobilni palijativni tim", "2026-11-18", "13:00",
           "Bolesnica u krevetu veći dio dana, bol kontrolirana (NRS 3/10) uz morfin 2x30 mg. Apetit slab. "
           "Kći skrbi o njoj, upoznata s tijekom bolesti. Nastaviti prema planu palijativne skrbi.",
           author=pal, enc=e3)
    return c


# ------------------------------------------------------------------ A6  UP near miss (second opinion on record)
def a6(cid):
    c = Case(cid, HR)
    card, pal, kbcdoc = setup(c, [("Lončar", "Antonio", "specijalist kardiologije", "male"),
                                  ("Filipović", "Jasna", "specijalist obiteljske medicine, palijativna skrb", "female"),
                                  ("Herceg", "Mirna", "specijalist kardiologije, centar za zatajivanje srca", "female")])
    hr_patient(c, "Šimić", "Josip", "male", "1953-12-01", street="Ulica kralja Tomislava 60")
    kbc = c.organization("Klinički bolnički centar Medvednica - Centar za uznapredovalo zatajivanje srca i "
                         "transplantaciju", type_cc=cc((THO + "organization-type", "prov", "Healthcare Provider")),
                         ident={"system": "https://fhir.cezih.hr/sid/sifra-ustanove", "value": "010712"})
    dcm = c.condition(icd("I25.5", "Ischaemic cardiomyopathy", "Ishemijska kardiomiopatija (st. nakon infarkta "
                                                                "prednje stijenke 2018.)"), onset="2018-11-01",
                      recorder=card)
    hf = c.condition(icd("I50.0", "Congestive heart failure", "Kronično zatajivanje srca, NYHA IV"),
                     onset="2019-03-01", recorder=card)
    c.condition(icd("I48.2", "Permanent atrial fibrillation", "Permanentna fibrilacija atrija"), onset="2021-07-01",
                recorder=card)
    c.procedure(cc((PROC, "KAR-ICD", "Ugradnja kardioverter-defibrilatora"), text="Ugradnja ICD-a"),
                date="2024-02-14", performer=card, reason_ref=[dcm])
    e1 = c.encounter("2026-05-11", "IMP", etype("HOSP", "Hospitalizacija - Odjel za kardiologiju"),
                     reason=cc(text="Dekompenzacija srčanog zatajivanja"), prac=card, end="2026-05-22",
                     admit=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-05-11",
          6800, "pg/mL", "pg/mL", None, 450, enc=e1, text="NT-proBNP")
    c.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="EF lijeve klijetke"), "2026-05-13", 20,
          "%", cat="imaging", rng=(52, 72), interp="L", enc=e1)
    so_req = c.servicerequest(cc((PROC, "UPUT-DM", "Uputnica za drugo mišljenje"),
                                 text="Drugo mišljenje: procjena za transplantaciju srca / LVAD"), "2026-05-22",
                              status="completed", category=cc((SCT, "3457005", "Patient referral")), reason_ref=[hf],
                              requester=card, performer=kbc)
    e2 = c.encounter("2026-06-18", "AMB", etype("DM", "Drugo mišljenje - konzultacija u tercijarnom centru"),
                     reason=cc(text="Procjena za transplantaciju srca"), prac=kbcdoc, org=kbc)
    c.note("Mišljenje Centra za uznapredovalo zatajivanje srca", "2026-06-18", "14:30",
           "Drugo mišljenje na zahtjev nadležnog kardiologa i bolesnika.\n"
           "Bolesnik 72 god., ishemijska kardiomiopatija, EF 20 %, NYHA IV, ICD. Desnostrana kateterizacija: "
           "PVR 5,2 WU bez reverzibilnosti na vazodilatatore. Krhkost (Clinical Frailty Scale 6).\n"
           "Zaključak: nije kandidat za transplantaciju srca niti za LVAD. Slažemo se s nastavkom maksimalne "
           "medikamentne terapije i uključivanjem palijativne skrbi.", author=kbcdoc, enc=e2,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Drugo mišljenje"))
    for code, disp, text, dose in [("C09DX04", "valsartan and sacubitril", "Sakubitril/valsartan 49/51 mg", "2x1"),
                                   ("C07AB07", "bisoprolol", "Bisoprolol 2,5 mg", "1x1"),
                                   ("C03DA01", "spironolactone", "Spironolakton 25 mg", "1x1"),
                                   ("A10BK01", "dapagliflozin", "Dapagliflozin 10 mg", "1x1"),
                                   ("C03CA01", "furosemide", "Furosemid 80 mg", "1x1 ujutro"),
                                   ("B01AF02", "apixaban", "Apiksaban 5 mg", "2x1")]:
        c.medstmt(atc(code, disp, text), "active", "2026-05-22", dosage=dose, route="oral", asserted="2026-11-10")
    e3 = c.encounter("2026-09-09", "AMB", etype("SKP", "Specijalistički pregled - kardiologija"),
                     reason=cc(text="Kontrola - terminalno zatajivanje srca"), prac=card)
    c.vitals("2026-09-09", e3, weight=71, hr=78, bp=(98, 62))
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-09-09",
          5900, "pg/mL", "pg/mL", None, 450, enc=e3, text="NT-proBNP")
    c.servicerequest(cc((SCT, "306237005", "Referral to palliative care service"), text="Uputnica - palijativna skrb"),
                     "2026-09-09", status="completed", category=cc((SCT, "3457005", "Patient referral")),
                     reason_ref=[hf], requester=card, performer=pal)
    c.careplan("Palijativna skrb - terminalno zatajivanje srca", "active", "plan", "2026-09-16", author=pal,
               addresses=[hf], category=cc((SCT, "103735009", "Palliative care"), text="Palijativna skrb"),
               description="Simptomatsko liječenje dispneje i edema, dogovor o isključivanju ICD šoka, skrb u kući.",
               activities=[{"text": "Kućni posjeti palijativnog tima svaka 2 tjedna", "status": "in-progress"},
                           {"text": "Razgovor o isključivanju defibrilacijske funkcije ICD-a", "status": "completed"}])
    c.flag(cc((HR_LOCAL + "upozorenja", "DNR", "Ne reanimirati"),
              text="Ne reanimirati (DNR); defibrilacijska funkcija ICD-a isključena - odluka bolesnika 16.09.2026."),
           "2026-09-16", author=card, category=("advance-directive", "Advance Directive"))
    c.note("Kontrolni kardiološki pregled", "2026-09-09", "10:30",
           "Terminalno zatajivanje srca, NYHA IV. Prema mišljenju Centra za uznapredovalo zatajivanje srca "
           "(18.06.2026.) nije kandidat za transplantaciju ni LVAD. Nema daljnjih opcija liječenja osim "
           "simptomatskog. Upućen palijativnom timu. Bolesnik i supruga suglasni.", author=card, enc=e3)
    return c


# ------------------------------------------------------------------ A7  HIT positive (adjuvant chemotherapy)
def a7(cid):
    c = Case(cid, HR)
    onk, kir, med_s = setup(c, [("Vidović", "Helena", "specijalist internističke onkologije", "female"),
                                ("Barišić", "Tomislav", "specijalist opće kirurgije", "male"),
                                ("Kovač", "Marina", "prvostupnica sestrinstva", "female")])
    hr_patient(c, "Vuković", "Ana", "female", "1974-05-30", street="Ulica Ante Starčevića 14")
    c.allergy(cc((ATC, "J01CA04", "amoxicillin"), text="Amoksicilin"), "2015-03-02",
              reaction=cc((SCT, "271807003", "Eruption of skin"), text="Urtikarijalni osip"))
    e1 = c.encounter("2026-08-18", "AMB", etype("SKP", "Specijalistički pregled - kirurgija dojke"),
                     reason=cc(text="Tvorba lijeve dojke"), prac=kir)
    c.report(cc((PROC, "RAD-MMG-UZV", "Mamografija i UZV dojki"), text="Mamografija i ultrazvuk dojki"), "2026-08-10",
             cat=("RAD", "Radiology"),
             conclusion="Lijeva dojka gornji vanjski kvadrant: spikulirana tvorba 32 mm, BI-RADS 5. "
                        "Suspektan limfni čvor lijeve aksile.")
    c.report(cc((PROC, "PAT-CORE", "Patohistološka analiza iglene biopsije"), text="PHD iglene biopsije dojke"),
             "2026-08-14", cat=("SP", "Surgical Pathology"),
             conclusion="Invazivni karcinom dojke nespecijalnog tipa, gradus 3. ER 90 %, PR 40 %, HER2 negativan "
                        "(IHC 1+), Ki-67 35 %.")
    ca = c.condition(icd("C50.4", "Malignant neoplasm: Upper-outer quadrant of breast",
                         "Karcinom lijeve dojke, gornji vanjski kvadrant"), onset="2026-08-14", recorder=kir, enc=e1,
                     body_site=cc((SCT, "80248007", "Left breast structure")),
                     stage=[{"summary": cc(text="pT2 pN1a (2/14) M0, stadij IIB")}])
    e2 = c.encounter("2026-09-14", "IMP", etype("HOSP", "Hospitalizacija - Odjel za kirurgiju"),
                     reason=cc(text="Operacija karcinoma lijeve dojke"), prac=kir, end="2026-09-19",
                     admit=("outp", "From outpatient department"), discharge=("home", "Home"))
    c.procedure(cc((PROC, "KIR-MRM", "Modificirana radikalna mastektomija"), text="Mastektomija lijevo s disekcijom aksile"),
                date=c.dt("2026-09-15", "08:30"), performer=kir, reason_ref=[ca], enc=e2,
                outcome=cc(text="Bez komplikacija"))
    e3 = c.encounter("2026-10-20", "AMB", etype("MDT", "Multidisciplinarni tim za tumore dojke"),
                     reason=cc(text="Plan adjuvantnog liječenja"), prac=onk)
    c.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="EF lijeve klijetke prije kemoterapije"),
          "2026-10-28", 62, "%", cat="imaging", rng=(52, 72), interp="N")
    c.procedure(cc((PROC, "ONK-PORT", "Ugradnja venskog porta"), text="Ugradnja venskog porta"),
                date=c.dt("2026-11-03", "09:00"), performer=kir, reason_ref=[ca])
    cp = c.careplan("Adjuvantno onkološko liječenje karcinoma dojke", "active", "plan", "2026-10-20", author=onk,
                    addresses=[ca], end="2027-12-31",
                    description="dd AC x 4 -> paklitaksel tjedno x 12 -> zračenje stijenke prsnog koša i regionalnih "
                                "limfnih čvorova (50 Gy/25 fr) -> hormonska terapija 5-10 godina.",
                    activities=[{"text": "Kemoterapija dd AC (doksorubicin 60 mg/m2 + ciklofosfamid 600 mg/m2) svaka 2 tjedna x 4",
                                 "code": cc((SCT, "367336001", "Chemotherapy")), "status": "in-progress"},
                                {"text": "Paklitaksel 80 mg/m2 tjedno x 12", "status": "not-started"},
                                {"text": "Adjuvantna radioterapija 50 Gy/25 frakcija",
                                 "code": cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy")),
                                 "status": "not-started"},
                                {"text": "Tamoksifen/inhibitor aromataze", "status": "not-started"}])
    c.note("Zaključak multidisciplinarnog tima za tumore dojke", "2026-10-20", "13:30",
           "Bolesnica 52 god., st. nakon modificirane radikalne mastektomije lijevo 15.09.2026. PHD: invazivni "
           "karcinom NST, G3, 32 mm, 2/14 limfnih čvorova pozitivno, ER 90 %, PR 40 %, HER2 neg., Ki-67 35 %.\n"
           "Preporuka: adjuvantna kemoterapija dd AC x 4 pa paklitaksel x 12, zatim zračenje, zatim "
           "hormonska terapija. Objašnjene nuspojave (alopecija, mučnina, neutropenija, kardiotoksičnost, "
           "neuropatija). Bolesnica potpisala suglasnost.", author=onk, enc=e3,
           type_cc=cc((LOINC, "11488-4", "Consult note"), text="Mišljenje MDT-a"))
    doxo = c.medreq(atc("L01DB01", "doxorubicin", "Doksorubicin"), "2026-11-06", "60 mg/m2 i.v. (102 mg) 1. dan, svakih 14 dana, 4 ciklusa",
                    requester=onk, reason_ref=[ca], route="iv", dose=(102, "mg"), category="inpatient",
                    based_on=[cp])
    cyc = c.medreq(atc("L01AA01", "cyclophosphamide", "Ciklofosfamid"), "2026-11-06", "600 mg/m2 i.v. (1020 mg) 1. dan, svakih 14 dana, 4 ciklusa",
                   requester=onk, reason_ref=[ca], route="iv", dose=(1020, "mg"), category="inpatient",
                   based_on=[cp])
    for day in ["2026-11-10", "2026-11-24"]:
        e = c.encounter(day, "SS", etype("DB-ONK", "Dnevna bolnica - onkologija"),
                        reason=cc(text="Kemoterapija dd AC"), prac=onk, time="08:00", end_time="14:00")
        c.lab("751-8", "Neutrophils [#/volume] in Blood by Automated count", day, 4.1 if day == "2026-11-10" else 2.3,
              "10*9/L", "10*9/L", 2.0, 7.0, enc=e, text="Neutrofili")
        c.medadmin(atc("L01DB01", "doxorubicin", "Doksorubicin"), day, "10:00", dose=(102, "mg"), route="iv",
                   performer=med_s, enc=e, request=doxo, end_time="10:20")
        c.medadmin(atc("L01AA01", "cyclophosphamide", "Ciklofosfamid"), day, "10:30", dose=(1020, "mg"), route="iv",
                   performer=med_s, enc=e, request=cyc, end_time="11:30")
    c.note("Dnevna bolnica - onkologija, 2. ciklus", "2026-11-24", "14:00",
           "Primila 2. ciklus dd AC. Nakon 1. ciklusa mučnina gr. 2, umor, alopecija. Neutrofili 2,3. "
           "Pegfilgrastim 2. dan. Sljedeći ciklus 08.12.2026.", author=onk)
    return c


# ------------------------------------------------------------------ A8  PRC near miss (answered "Ne")
def a8(cid):
    c = Case(cid, HR)
    ort, fiz = setup(c, [("Kolar", "Dario", "specijalist ortopedije i traumatologije", "male"),
                         ("Mikulić", "Petra", "specijalist fizikalne medicine i rehabilitacije", "female")])
    hr_patient(c, "Perić", "Milan", "male", "1955-01-17", street="Ulica Stjepana Radića 3")
    c.condition(icd("I10", "Essential (primary) hypertension", "Arterijska hipertenzija"), onset="2009-01-01",
                recorder=ort)
    c.condition(icd("K21.9", "Gastro-oesophageal reflux disease without oesophagitis", "GERB"), onset="2016-01-01",
                recorder=ort)
    coxa = c.condition(icd("M16.1", "Other primary coxarthrosis", "Koksartroza desno"), onset="2021-01-01",
                       recorded="2025-11-05", clinical="resolved", abatement="2026-08-19", recorder=ort)
    c.score(cc((HR_LOCAL + "upitnici", "OHS", "Oxford Hip Score"), text="Oxford Hip Score"), "2026-06-10", 18)
    e1 = c.encounter("2026-08-18", "IMP", etype("HOSP", "Hospitalizacija - Odjel za ortopediju"),
                     reason=cc(text="Totalna endoproteza desnog kuka"), prac=ort, end="2026-08-24",
                     admit=("outp", "From outpatient department"), discharge=("rehab", "Rehabilitation"))
    c.procedure(cc((PROC, "ORT-TEP-KUK", "Ugradnja totalne endoproteze kuka"), (SCT, "52734007", "Total replacement of hip"),
                   text="TEP desnog kuka (bescementna)"), date=c.dt("2026-08-19", "08:00"), performer=ort,
                reason_ref=[coxa], enc=e1, outcome=cc(text="Uredan poslijeoperacijski tijek"))
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-20", 112, "g/L", "g/L", 138, 175, enc=e1,
          text="Hemoglobin (1. poslijeoperacijski dan)")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-23", 121, "g/L", "g/L", 138, 175, enc=e1,
          text="Hemoglobin")
    c.medreq(atc("B01AB05", "enoxaparin", "Enoksaparin 40 mg"), "2026-08-24", "40 mg s.c. 1x dnevno 35 dana",
             requester=ort, route="sc", dose=(40, "mg"), status="completed", category="discharge")
    c.servicerequest(cc((PROC, "FIZ-REH-KUK", "Stacionarna rehabilitacija nakon endoproteze kuka"),
                        text="Rehabilitacija nakon TEP kuka"), "2026-08-24", status="completed",
                     category=cc(text="Rehabilitacija"), requester=ort, performer=fiz,
                     occurrence_period={"start": "2026-08-24", "end": "2026-09-14"})
    e2 = c.encounter("2026-10-14", "AMB", etype("SKP", "Specijalistički pregled - ortopedija"),
                     reason=cc(text="Kontrola 8 tjedana nakon TEP kuka"), prac=ort)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-14", 141, "g/L", "g/L", 138, 175, enc=e2,
          text="Hemoglobin")
    c.score(cc((HR_LOCAL + "upitnici", "OHS", "Oxford Hip Score"), text="Oxford Hip Score"), "2026-10-14", 41,
            enc=e2)
    c.report(cc((PROC, "RAD-RTG-KUK", "RTG desnog kuka"), text="RTG desnog kuka"), "2026-10-14",
             cat=("RAD", "Radiology"), enc=e2,
             conclusion="Uredan položaj bescementne endoproteze, bez znakova razlabavljenja.")
    c.questionnaire_response("https://fhir.ob-zlatnadolina.hr/Questionnaire/zadovoljstvo-pacijenata", 
                             c.dt("2026-10-14", "10:40"), author=c.pat, source=c.pat, enc=e2, items=[
        {"linkId": "1", "text": "Jeste li zadovoljni ishodom liječenja?",
         "answer": [{"valueCoding": coding(*YES)}]},
        {"linkId": "2", "text": "Jesu li vam liječnici jasno objasnili liječenje i odgovorili na vaša pitanja?",
         "answer": [{"valueCoding": coding(*YES)}]},
        {"linkId": "3", "text": "Želite li mišljenje drugog liječnika (drugo mišljenje) o svom liječenju?",
         "answer": [{"valueCoding": coding(*NO)}]},
        {"linkId": "4", "text": "Vaš komentar", "answer": [{"valueString": "Hodam bez štaka, hvala cijelom timu."}]}])
    c.note("Kontrolni ortopedski pregled", "2026-10-14", "11:00",
           "8 tjedana nakon TEP desnog kuka. Hoda bez pomagala, bez boli. Rana uredno zacijeljena. "
           "Oxford Hip Score 18 -> 41. RTG uredan. Kontrola za godinu dana.", author=ort, enc=e2)
    return c


# ------------------------------------------------------------------ A9  WDT positive (HbA1c rising on therapy)
def a9(cid):
    c = Case(cid, HR)
    gp, dia = setup(c, [("Đurić", "Snježana", "specijalist obiteljske medicine", "female"),
                        ("Novosel", "Krešimir", "specijalist endokrinologije i dijabetologije", "male")],
                    dom_zdravlja=True)
    hr_patient(c, "Pavlović", "Zdenka", "female", "1962-09-09", gp=[gp], street="Osječka 88")
    dm = c.condition(icd("E11.9", "Type 2 diabetes mellitus without complications", "Šećerna bolest tip 2"),
                     onset="2017-03-01", recorder=gp)
    c.condition(icd("I10", "Essential (primary) hypertension", "Arterijska hipertenzija"), onset="2014-06-01",
                recorder=gp)
    c.condition(icd("E78.5", "Hyperlipidaemia, unspecified", "Hiperlipidemija"), onset="2017-03-01", recorder=gp)
    c.medstmt(atc("A10BA02", "metformin", "Metformin 1000 mg"), "active", "2017-03-01", dosage="2x1 uz obrok",
              reason_ref=[dm], asserted="2026-10-20", route="oral",
              note="Redovito podiže lijek u ljekarni (e-recept).")
    c.medstmt(atc("A10BH01", "sitagliptin", "Sitagliptin 100 mg"), "active", "2024-03-12", dosage="1x1 ujutro",
              reason_ref=[dm], asserted="2026-10-20", route="oral")
    c.medstmt(atc("C09AA05", "ramipril", "Ramipril 5 mg"), "active", "2014-06-01", dosage="1x1", route="oral",
              asserted="2026-10-20")
    c.medstmt(atc("C10AA07", "rosuvastatin", "Rosuvastatin 10 mg"), "active", "2017-03-01", dosage="1x1 navečer",
              route="oral", asserted="2026-10-20")
    vals = [("2026-01-20", 7.3, 8.1, 81, (132, 80)), ("2026-04-22", 7.9, 8.9, 82, (130, 78)),
            ("2026-07-21", 8.6, 9.8, 82, (134, 82)), ("2026-10-20", 9.4, 11.2, 83, (132, 80))]
    for d, a1c, glu, w, bpv in vals:
        e = c.encounter(d, "AMB", etype("OM-1", "Pregled u ordinaciji obiteljske medicine"),
                        reason=cc(text="Kontrola šećerne bolesti"), prac=gp, org=c.dz)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", "%", 4.0, 6.0, enc=e, text="HbA1c")
        c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", d, glu, "mmol/L", "mmol/L", 4.4, 6.4, enc=e,
              text="Glukoza natašte")
        c.vitals(d, e, weight=w, bp=bpv)
    c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
          "2026-10-20", 78, "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None, text="eGFR (CKD-EPI)")
    c.note("Ambulanta obiteljske medicine - kontrola šećerne bolesti", "2026-10-20", "09:30",
           "Šećerna bolest tip 2 od 2017. Na metforminu 2x1000 mg i sitagliptinu 100 mg (od 03/2024). "
           "Pacijentica navodi redovito uzimanje terapije, ljekarna potvrđuje redovito podizanje lijekova, "
           "prehrana bez većih odstupanja, težina stabilna.\n"
           "HbA1c: 01/2026 7,3 % -> 04/2026 7,9 % -> 07/2026 8,6 % -> 10/2026 9,4 %.\n"
           "Unatoč terapiji pogoršanje regulacije glikemije. Upućuje se dijabetologu radi korekcije terapije.",
           author=gp)
    c.servicerequest(cc((PROC, "UPUT-DIJAB", "Uputnica - specijalistički pregled dijabetologa"),
                        text="Uputnica dijabetologu: loša regulacija unatoč terapiji"), "2026-10-20",
                     category=cc((SCT, "3457005", "Patient referral")), reason_ref=[dm], requester=gp, performer=dia,
                     occurrence="2026-12-10")
    return c


# ------------------------------------------------------------------ A10  RCC positive (multimorbidity)
def a10(cid):
    c = Case(cid, HR)
    intern, card, pulm, reum = setup(c, [("Bilić", "Dubravka", "specijalist interne medicine, nefrologija", "female"),
                                         ("Lovrić", "Damir", "specijalist kardiologije", "male"),
                                         ("Sertić", "Hrvoje", "specijalist pulmologije", "male"),
                                         ("Zorić", "Lana", "specijalist reumatologije", "female")])
    hr_patient(c, "Novak", "Katarina", "female", "1946-02-14", street="Ulica bana Jelačića 27", marital="W")
    hf = c.condition(icd("I50.0", "Congestive heart failure", "Zatajivanje srca s očuvanom EF"), onset="2020-05-01",
                     recorder=card)
    af = c.condition(icd("I48.1", "Persistent atrial fibrillation", "Perzistentna fibrilacija atrija"),
                     onset="2020-05-01", recorder=card)
    dm = c.condition(icd("E11.2", "Type 2 diabetes mellitus with renal complications",
                         "Šećerna bolest tip 2 s dijabetičkom nefropatijom"), onset="2008-01-01", recorder=intern)
    ckd = c.condition(icd("N18.3", "Chronic kidney disease, stage 3", "Kronična bubrežna bolest, stadij 3b"),
                      onset="2021-09-01", recorder=intern)
    copd = c.condition(icd("J44.9", "Chronic obstructive pulmonary disease, unspecified", "KOPB, GOLD B"),
                       onset="2012-01-01", recorder=pulm)
    ra = c.condition(icd("M06.9", "Rheumatoid arthritis, unspecified", "Reumatoidni artritis"), onset="1998-01-01",
                     recorder=reum)
    meds = [("C03CA01", "furosemide", "Furosemid 40 mg", "1x1 ujutro", hf),
            ("C07AB07", "bisoprolol", "Bisoprolol 5 mg", "1x1", af),
            ("B01AF02", "apixaban", "Apiksaban 2,5 mg", "2x1", af),
            ("A10BK01", "dapagliflozin", "Dapagliflozin 10 mg", "1x1", dm),
            ("A10AE04", "insulin glargine", "Inzulin glargin 100 j/mL", "18 j s.c. navečer", dm),
            ("R03AL03", "vilanterol and umeclidinium bromide", "Umeklidinij/vilanterol inhalator", "1 udah dnevno", copd),
            ("L04AX03", "methotrexate", "Metotreksat 10 mg", "jednom tjedno (petak)", ra),
            ("B03BB01", "folic acid", "Folna kiselina 5 mg", "jednom tjedno (subota)", ra),
            ("C10AA05", "atorvastatin", "Atorvastatin 20 mg", "1x1 navečer", dm),
            ("A02BC02", "pantoprazole", "Pantoprazol 20 mg", "1x1", None)]
    for code, disp, text, dose, cond in meds:
        c.medstmt(atc(code, disp, text), "active", "2026-01-01", dosage=dose, reason_ref=[cond] if cond else None,
                  asserted="2026-11-03", route="sc" if "s.c." in dose else ("inh" if "udah" in dose else "oral"))
    visits = [("2026-03-17", intern, "Nefrološka kontrola", 42, 7.1),
              ("2026-07-14", card, "Kardiološka kontrola", 40, 7.0),
              ("2026-11-03", intern, "Nefrološka kontrola", 41, 7.2)]
    for d, pr, txt, egfr, a1c in visits:
        e = c.encounter(d, "AMB", etype("SKP", "Specijalistički pregled"), reason=cc(text=txt), prac=pr)
        c.lab("62238-1", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI)",
              d, egfr, "mL/min/1.73m2", "mL/min/{1.73_m2}", 60, None, enc=e, text="eGFR (CKD-EPI)")
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", "%", 4.0, 6.0, enc=e, text="HbA1c")
        c.bp(d, 134, 76, e)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-03", 4.8, "mmol/L", "mmol/L", 3.5, 5.1,
          text="Kalij")
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", "2026-07-14",
          1150, "pg/mL", "pg/mL", None, 450, text="NT-proBNP")
    e4 = c.encounter("2026-09-22", "AMB", etype("SKP", "Specijalistički pregled - pulmologija"),
                     reason=cc(text="KOPB kontrola"), prac=pulm)
    c.obs(cc((LOINC, "19926-5", "FEV1/FVC"), text="FEV1/FVC"), "2026-09-22", 58, "%", cat="procedure", enc=e4,
          rng=(70, None), interp="L")
    e5 = c.encounter("2026-10-06", "AMB", etype("SKP", "Specijalistički pregled - reumatologija"),
                     reason=cc(text="Reumatoidni artritis kontrola"), prac=reum)
    c.score(cc((HR_LOCAL + "upitnici", "DAS28-CRP", "DAS28-CRP"), text="DAS28-CRP"), "2026-10-06", 2.9, enc=e5,
            unit="{score}")
    c.note("Nefrološka kontrola - sažetak", "2026-11-03", "12:00",
           "Bolesnica 80 god., multimorbidna: HFpEF, perzistentna FA, šećerna bolest tip 2 s nefropatijom, "
           "KBB stadij 3b (eGFR stabilan 40-42), KOPB, reumatoidni artritis na metotreksatu. Polifarmacija "
           "(10 lijekova). Prati je 5 specijalista (nefrolog, kardiolog, dijabetolog, pulmolog, reumatolog). "
           "Stanje stabilno. Metotreksat - doza prilagođena bubrežnoj funkciji. Kontrola za 4 mjeseca.",
           author=intern)
    return c


CASES = [
    (a1, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
     "Unplanned emergency admission with NSTEMI on 2026-09-22, eight days after a GP visit where the chest pain was "
     "labelled musculoskeletal: the Singh return-visit e-trigger (admission within 14 days of a primary-care visit).",
     "GP labels chest pain musculoskeletal; emergency NSTEMI admission 8 days later"),
    (a2, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
     "Raised PSA (6.8 ng/mL) was followed up within 60 days (urology review, free PSA, mpMRI PI-RADS 2) and explained "
     "as benign prostatic hyperplasia with PSA surveillance planned.",
     "Raised PSA promptly worked up: MRI PI-RADS 2, BPH, PSA recheck planned"),
    (a3, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
     "IBS (K58.0) label active for 13 months while symptoms continue and now nocturnal diarrhoea, 6.5 kg weight "
     "loss, raised faecal calprotectin, CRP and low albumin appear, which IBS cannot explain.",
     "IBS label kept despite nocturnal diarrhoea, weight loss, calprotectin 410"),
    (a4, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
     "Heart team recommended CABG x3 for three-vessel disease; the ServiceRequest is active and surgery is booked for "
     "2026-12-16, not yet performed.",
     "Three-vessel CAD, CABG ordered for 2026-12-16"),
    (a5, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
     "Metastatic pancreatic cancer; the tumour board records no options for oncological treatment (ECOG 3), with an "
     "active palliative referral and care plan and no second opinion on record.",
     "Stage IV pancreatic cancer, 'no treatment options', palliative team"),
    (a6, "UNTREATABLE_PROGNOSIS", "near-miss", [],
     "End-stage heart failure with a palliative care plan, but a second opinion from the advanced heart-failure and "
     "transplant centre (2026-06-18) is on record for the same problem within 12 months, so the flag is suppressed.",
     "End-stage HF, palliative plan after transplant-centre second opinion"),
    (a7, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
     "Adjuvant dose-dense anthracycline chemotherapy started 2026-11-10 (two cycles given), with weekly paclitaxel "
     "and chest-wall radiotherapy planned, after mastectomy.",
     "Breast cancer after mastectomy, adjuvant AC chemotherapy started"),
    (a8, "PATIENT_REPORTED_CONCERN", "near-miss", [],
     "The patient questionnaire explicitly answers 'Ne' (No) to wanting a second opinion and reports satisfaction "
     "after an uneventful, completed hip replacement.",
     "Post hip-replacement satisfaction survey, second opinion wanted: No"),
    (a9, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
     "HbA1c rose 7.3 -> 7.9 -> 8.6 -> 9.4 % over nine months (well above the 0.5 % MCID) while metformin and "
     "sitagliptin were taken throughout, with adherence documented.",
     "HbA1c 7.3 to 9.4 % over 9 months on metformin + sitagliptin"),
    (a10, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
     "Six active chronic conditions (HFpEF, AF, type 2 diabetes with nephropathy, CKD 3b, COPD, rheumatoid arthritis) "
     "followed by cardiology, nephrology/diabetology, pulmonology and rheumatology.",
     "80-year-old with six chronic conditions across five specialties"),
]
