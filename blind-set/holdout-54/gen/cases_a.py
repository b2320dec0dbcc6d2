"""Organisation A: Belgian university hospital (UZ Leiedal, Kortrijk).
ICD-10-BE diagnoses, RIZIV/INAMI nomenclature, LOINC labs, ATC medicines, notes in Dutch or French,
GP referral letters through the eHealth platform (eHealthBox)."""
from fhirkit import Case, cc, txt, lab, local, YES, NO

BE = "icd10be"


def ssin(birth, seq):
    yy, mm, dd = birth[2:4], birth[5:7], birth[8:10]
    base = f"{yy}{mm}{dd}{seq:03d}"
    n = int(("2" + base) if birth[:2] == "20" else base)
    return f"{base}{97 - n % 97:02d}"


def nihdi(n):
    return ("be-nihdi-pro", f"1{n:05d}{(n * 7) % 97:02d}{580 + n % 300:03d}")


def insurer(birth, seq, start="2020-01-01"):
    return ("Ziekenfonds Leieland (VI 1xx)", txt("Verplichte ziekteverzekering (ZIV/AMI)"), ssin(birth, seq), start,
            ("110/110", "Gewone rechthebbende"))


def atc(code, display, text=None):
    return cc(("atc", code, display), text=text or display)


def be_dx(code, display, sct=None):
    codings = [(BE, code, display)]
    if sct:
        codings.append(("sct",) + sct)
    return cc(*codings, text=display)


def letter_type(kind):
    return {
        "referral": cc(("loinc", "57133-1", "Referral note"), text="Verwijsbrief huisarts (eHealthBox)"),
        "consult": cc(("loinc", "11488-4", "Consult note"), text="Consultatieverslag"),
        "progress": cc(("loinc", "11506-3", "Progress note"), text="Opvolgingsnota"),
        "discharge": cc(("loinc", "18842-5", "Discharge summary"), text="Ontslagbrief"),
        "procedure": cc(("loinc", "28570-0", "Procedure note"), text="Operatieverslag"),
        "moc": cc(("loinc", "11488-4", "Consult note"), text="MOC-verslag (multidisciplinair oncologisch consult)"),
        "referral_fr": cc(("loinc", "57133-1", "Referral note"), text="Lettre de référence du médecin traitant (eHealthBox)"),
        "consult_fr": cc(("loinc", "11488-4", "Consult note"), text="Rapport de consultation"),
        "progress_fr": cc(("loinc", "11506-3", "Progress note"), text="Note de suivi"),
    }[kind]


ENC_CONS = cc(("sct", "11429006", "Consultation"), text="Raadpleging specialist")
ENC_FU = cc(("sct", "185389009", "Follow-up visit"), text="Opvolgconsultatie")
ENC_GP = cc(("sct", "185349003", "Encounter for check up"), text="Consultatie huisarts")
ENC_ADM = cc(("sct", "32485007", "Hospital admission"), text="Hospitalisatie")
IMAGING = ("dr-sect", "RAD", "Radiology")
LABSECT = ("dr-sect", "LAB", "Laboratory")


# =============================================================================== A1
def a_dizziness(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive: dizziness on 4 dates over 10 weeks, every examination normal."""
    c = Case(cid, "A")
    birth = "1980-03-14"
    r = c.setup(
        patient=dict(family="Vercruysse", given="Sofie", gender="female", birth=birth, lang="nl-BE",
                     ident=("be-ssin", ssin(birth, 162)), city="Harelbeke", line="Stasegemsestraat 41",
                     postal="8530", marital=("M", "Married")),
        staff=[("Lameire", "An", "Dr.", "Neuroloog", nihdi(41327)),
               ("Verhaeghe", "Koen", "Dr.", "Neus-, keel- en oorarts", nihdi(38214)),
               ("Maertens", "Els", "Dr.", "Radioloog", nihdi(29877))],
        gp=("Desmet", "Pieter", "Huisartsenpraktijk De Vlasbloem", "Harelbeke", nihdi(11842)),
        insurer=insurer(birth, 162, "2004-01-01"))
    neuro, ent, rad = r["staff"]
    gp = r["gp"]
    c.condition(be_dx("J30.1", "Allergische rinitis door pollen", ("21719001", "Allergic rhinitis caused by pollen")),
                onset="2009-04-01", recorded="2015-02-10")
    c.procedure(cc(("sct", "80146002", "Appendectomy"), text="Appendectomie"), date="1998-06-12")
    c.medstmt(atc("G03AA07", "levonorgestrel and ethinylestradiol", "Microgynon 30 (levonorgestrel/ethinylestradiol)"),
              "2012-01-01", dose_text="1 tablet per dag")
    c.immunization(cc(("atc", "J07BB02", "influenza, inactivated, split virus or surface antigen"),
                      text="Griepvaccin 2025-2026"), "2025-10-21")

    e1 = c.encounter("2026-09-08", type_cc=ENC_GP, prac=gp, org=r["gporg"],
                     reason=cc(("sct", "404640003", "Dizziness"), text="Duizeligheid"))
    dx = c.condition(be_dx("R42", "Duizeligheid en draaierigheid", ("404640003", "Dizziness")),
                     onset="2026-09-05", recorded="2026-09-08", asserter=gp, enc=e1,
                     note="Licht gevoel in het hoofd, niet draaierig, dagelijks, sinds 3 dagen.")
    c.symptom(cc(("sct", "404640003", "Dizziness"), text="Duizeligheid"), "2026-09-08", "moderate", enc=e1)
    c.vitals("2026-09-08", enc=e1, hr=72, bp=(124, 78))
    c.obs_str(cc(local(c, "ORTHO", "Orthostatische bloeddrukmeting"), text="Orthostatische bloeddrukmeting"),
              "2026-09-08", "Liggend 122/78, staand na 3 min 120/80; geen orthostatische hypotensie.", flag="N", enc=e1)
    labs = [lab(c, "hb_f", "2026-09-08", 13.6), lab(c, "wbc", "2026-09-08", 6.8),
            lab(c, "glu", "2026-09-08", 88), lab(c, "tsh", "2026-09-08", 1.9),
            lab(c, "ferr_f", "2026-09-08", 64), lab(c, "b12", "2026-09-08", 412),
            lab(c, "na", "2026-09-08", 140)]
    c.report(cc(("loinc", "58410-2", "CBC panel - Blood by Automated count"), text="Bloedname huisarts"),
             "2026-09-08", "Alle waarden binnen de referentiewaarden.", results=labs, cat=LABSECT)
    c.medreq(atc("N07CA01", "betahistine", "Betahistine 16 mg tablet"), "2026-09-08", "3 x 16 mg per dag",
             status="stopped", requester=gp, reason_ref=dx, note="Gestopt op 2026-10-06: geen effect.")
    c.note("2026-09-15", letter_type("referral"), "Verwijsbrief neurologie", """
Geachte collega,

Graag uw advies bij mevrouw Sofie Vercruysse (46 j). Sinds 5 september dagelijks een licht gevoel in het hoofd
en onvastheid, niet draaierig, zonder gehoorverlies of tinnitus. Geen hoofdpijn, geen uitval. Klinisch onderzoek
bij mij normaal, geen orthostatische hypotensie. Bloedname (bloedbeeld, glycemie, TSH, ferritine, B12, natrium)
normaal. Betahistine zonder effect. Patiënte is ongerust en kan haar werk als boekhoudster moeilijk volhouden.

Met collegiale groeten,
Dr. Pieter Desmet, huisarts
(verstuurd via eHealthBox)
""", author=gp, custodian=r["gporg"], enc=e1)

    e2 = c.encounter("2026-09-29", type_cc=ENC_CONS, prac=neuro, reason=cc(("sct", "404640003", "Dizziness")),
                     reason_ref=dx)
    c.symptom(cc(("sct", "404640003", "Dizziness"), text="Duizeligheid"), "2026-09-29", "moderate", enc=e2)
    c.vitals("2026-09-29", enc=e2, hr=70, bp=(118, 76))
    c.obs_str(cc(local(c, "NEUROEX", "Neurologisch onderzoek"), text="Neurologisch onderzoek"), "2026-09-29",
              "Normaal neurologisch onderzoek: geen nystagmus, normale oogbewegingen, Romberg negatief, "
              "normale gang en tandemgang, geen lateralisatie.", flag="N", enc=e2, performer=neuro)
    c.obs_str(cc(("loinc", "11524-6", "EKG study"), text="ECG 12 afleidingen"), "2026-09-29",
              "Sinusritme 70/min, normale intervallen, geen repolarisatiestoornissen.", flag="N", enc=e2)
    c.note("2026-09-29", letter_type("consult"), "Consultatie neurologie", """
Reden van verwijzing: aanhoudende duizeligheid sinds begin september.
Anamnese: dagelijks wisselend licht gevoel in het hoofd, erger bij drukte en beeldschermwerk, geen draaisensatie,
geen val, geen bewustzijnsverlies. Geen hoofdpijn. Slaapt slecht sinds de klachten.
Klinisch onderzoek: volledig normaal neurologisch onderzoek.
ECG: normaal.
Besluit: geen focale neurologische tekens. Ter geruststelling NMR hersenen en verwijzing NKO voor
evenwichtsonderzoek. Holter 24 uur aangevraagd.
Dr. A. Lameire, neurologie
""", author=neuro, enc=e2)
    mri_sr = c.servicereq(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="NMR hersenen"), "2026-09-29",
                          status="completed", requester=neuro, reason_ref=dx)
    e3 = c.encounter("2026-10-20", type_cc=cc(("sct", "11429006", "Consultation"), text="Radiologie - NMR"),
                     prac=rad, hm="13:10")
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="NMR hersenen met en zonder contrast"),
             "2026-10-20", "Normaal NMR-onderzoek van de hersenen en de fossa posterior. Normale "
             "cerebellopontiene hoeken en inwendige gehoorgangen. Geen letsels van de witte stof.",
             cat=IMAGING, performer=rad, enc=e3, based_on=[mri_sr])

    e4 = c.encounter("2026-10-27", type_cc=ENC_CONS, prac=ent, reason=cc(("sct", "404640003", "Dizziness")))
    c.symptom(cc(("sct", "404640003", "Dizziness"), text="Duizeligheid"), "2026-10-27", "moderate", enc=e4)
    c.obs_str(cc(local(c, "AUDIO", "Tonale en vocale audiometrie"), text="Audiometrie"), "2026-10-27",
              "Normaal tonaal audiogram bilateraal (gehoordrempels <= 20 dB HL), normale spraakaudiometrie.",
              flag="N", enc=e4, performer=ent)
    c.obs_str(cc(local(c, "VNG", "Videonystagmografie met calorisch onderzoek"), text="Videonystagmografie"),
              "2026-10-27", "Geen spontane of positionele nystagmus; Dix-Hallpike negatief beiderzijds; "
              "symmetrische calorische respons; video head impulse normaal.", flag="N", enc=e4, performer=ent)
    c.note("2026-10-27", letter_type("consult"), "Consultatie NKO - evenwicht", """
Patiënte verwezen door dr. Lameire. Klachten ongewijzigd: dagelijks onvast gevoel.
Otoscopie normaal. Audiometrie normaal. VNG met calorisch onderzoek en vHIT normaal; Dix-Hallpike negatief.
Besluit: geen aanwijzingen voor perifeer vestibulair lijden, geen BPPD, geen ziekte van Menière.
Dr. K. Verhaeghe, NKO
""", author=ent, enc=e4)
    c.obs_str(cc(local(c, "HOLTER", "Holter-ECG 24 uur"), text="Holter 24 uur"), "2026-11-10",
              "Sinusritme 54-128/min, geen pauzes, geen aritmie, geen geleidingsstoornissen. Symptomen genoteerd "
              "in dagboek zonder ritmecorrelatie.", flag="N")

    e5 = c.encounter("2026-11-17", type_cc=ENC_FU, prac=neuro, reason_ref=dx)
    c.symptom(cc(("sct", "404640003", "Dizziness"), text="Duizeligheid"), "2026-11-17", "moderate", enc=e5,
              note="Nog steeds dagelijks; werkonbekwaam sinds 12 oktober.")
    c.vitals("2026-11-17", enc=e5, hr=74, bp=(120, 78))
    c.impression("2026-11-17", "Aanhoudende dagelijkse duizeligheid sinds 10 weken zonder objectiveerbare oorzaak. "
                 "NMR hersenen, evenwichtsonderzoek, audiometrie, Holter, ECG en bloedonderzoek normaal.",
                 assessor=neuro, problems=[dx], enc=e5)
    c.note("2026-11-17", letter_type("progress"), "Opvolgconsultatie neurologie", """
Mevrouw Vercruysse komt terug voor bespreking van de resultaten.
Klachten: onveranderd dagelijks licht gevoel in het hoofd en onvastheid, ook in rust. Zij is sinds 12 oktober
werkonbekwaam en voelt zich niet begrepen.
Resultaten: NMR hersenen normaal, NKO-evenwichtsonderzoek normaal, Holter normaal, labo normaal.
Besluit: geen organische oorzaak gevonden. Patiënte gerustgesteld dat er niets ernstigs aan de hand is.
Geen verdere onderzoeken gepland; terugverwijzing naar de huisarts. Geen nieuwe afspraak.
Dr. A. Lameire, neurologie
""", author=neuro, enc=e5)
    meta = dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
                expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
                why="Dizziness recorded on four dates over ten weeks; MRI, vestibular work-up, audiometry, Holter, ECG and "
                    "labs all normal and no diagnosis found; patient reassured and discharged while still symptomatic.",
                summary="Belgian neurology/ENT: daily dizziness 10 weeks, every examination normal, told nothing is wrong.")
    return c, meta


# =============================================================================== A2
def a_psa_followed(cid):
    """PERSISTENT_SYMPTOMS_NORMAL_WORKUP near miss: raised PSA promptly followed up (urology + MRI within 30 days)."""
    c = Case(cid, "A")
    birth = "1963-05-02"
    r = c.setup(
        patient=dict(family="Dubois", given=["Jean-Marc"], gender="male", birth=birth, lang="fr-BE",
                     ident=("be-ssin", ssin(birth, 87)), city="Mouscron", line="Rue du Christ 118", postal="7700",
                     marital=("M", "Married")),
        staff=[("Vanderstraeten", "Olivier", "Dr.", "Urologue", nihdi(45110)),
               ("Claeys", "Sarah", "Dr.", "Radiologue", nihdi(30561))],
        gp=("Lemaire", "Claire", "Cabinet médical du Tuquet", "Mouscron", nihdi(12873), "Dr.", "Médecin généraliste",
            "Médecine générale"),
        insurer=insurer(birth, 87, "1990-01-01"))
    uro, rad = r["staff"]
    gp = r["gp"]
    htn = c.condition(be_dx("I10", "Hypertension essentielle (primitive)", ("59621000", "Essential hypertension")),
                      onset="2015-03-02")
    c.condition(be_dx("E78.2", "Hyperlipidémie mixte", ("55822004", "Hyperlipidemia")), onset="2016-11-20")
    bph = c.condition(be_dx("N40.1", "Hyperplasie bénigne de la prostate avec symptômes du bas appareil urinaire",
                            ("266569009", "Benign prostatic hyperplasia")), onset="2022-02-14")
    c.medstmt(atc("C08CA01", "amlodipine", "Amlodipine 5 mg"), "2015-03-02", dose_text="1 co le matin")
    c.medstmt(atc("C10AA05", "atorvastatin", "Atorvastatine 20 mg"), "2016-11-20", dose_text="1 co le soir")
    c.medstmt(atc("G04CA02", "tamsulosin", "Tamsulosine 0,4 mg"), "2022-02-14", dose_text="1 gél. le soir")
    lab(c, "psa", "2024-09-10", 2.9)
    e1 = c.encounter("2026-08-18", type_cc=cc(("sct", "185349003", "Encounter for check up"),
                                              text="Consultation médecin généraliste - bilan annuel"),
                     prac=gp, org=r["gporg"])
    c.vitals("2026-08-18", enc=e1, hr=68, bp=(134, 82), weight=84, bmi=27.4)
    psa1 = lab(c, "psa", "2026-08-18", 6.8, enc=e1)
    lab(c, "cr", "2026-08-18", 0.96, enc=e1)
    lab(c, "hb_m", "2026-08-18", 14.8, enc=e1)
    flag_psa = c.condition(be_dx("R97.20", "Élévation du taux de l'antigène prostatique spécifique [PSA]"),
                           onset="2026-08-18", asserter=gp, evidence=[psa1])
    c.note("2026-08-20", letter_type("referral_fr"), "Lettre de référence urologie", """
Cher Confrère,

Je vous adresse Monsieur Jean-Marc Dubois, 63 ans, pour un PSA à 6,8 ng/mL (2,9 ng/mL en septembre 2024).
Symptômes urinaires connus (HBP sous tamsulosine), stables. Pas d'hématurie, pas de douleurs osseuses.
Toucher rectal : prostate augmentée de volume, souple, sans nodule palpable.
Merci pour votre avis et la suite de la mise au point.

Bien confraternellement,
Dr Claire Lemaire
(envoyé via eHealthBox)
""", author=gp, custodian=r["gporg"], lang="fr-BE")
    e2 = c.encounter("2026-09-03", type_cc=cc(("sct", "11429006", "Consultation"), text="Consultation urologie"),
                     prac=uro, reason_ref=flag_psa)
    c.obs_int(cc(local(c, "IPSS", "International Prostate Symptom Score"), text="IPSS"), "2026-09-03", 9, enc=e2,
              rr_text="0-7 léger, 8-19 modéré, 20-35 sévère")
    c.lab_str(cc(local(c, "URICULT", "Culture d'urine"), text="Culture d'urine"), "2026-09-03",
              "Stérile", flag="NEG", enc=e2)
    mri = c.servicereq(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="IRM multiparamétrique de la prostate"),
                       "2026-09-03", status="completed", requester=uro, reason_ref=flag_psa)
    c.note("2026-09-03", letter_type("consult_fr"), "Consultation urologie", """
Motif : PSA 6,8 ng/mL (2,9 en 2024).
Toucher rectal : prostate d'environ 45 g, lisse, souple, sans nodule. IPSS 9. Culture d'urine stérile.
Proposition : IRM multiparamétrique de la prostate avant toute décision de biopsie.
Dr O. Vanderstraeten, urologie
""", author=uro, enc=e2, lang="fr-BE")
    e3 = c.encounter("2026-09-17", type_cc=cc(("sct", "11429006", "Consultation"), text="Radiologie - IRM"),
                     prac=rad, hm="15:00")
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="IRM multiparamétrique de la prostate"),
             "2026-09-17", "Prostate de 48 mL. Pas de lésion suspecte en zone périphérique ni en zone de transition. "
             "Score PI-RADS v2.1 : 2. Densité PSA 0,14 ng/mL/mL. Pas d'adénopathie.", cat=IMAGING, performer=rad,
             enc=e3, based_on=[mri])
    e4 = c.encounter("2026-09-24", klass="VR", type_cc=cc(("sct", "185389009", "Follow-up visit"),
                                                           text="Téléconsultation urologie"), prac=uro)
    c.note("2026-09-24", letter_type("progress_fr"), "Téléconsultation urologie - résultat IRM", """
IRM prostatique PI-RADS 2, densité PSA 0,14. Faible suspicion de cancer cliniquement significatif.
Pas d'indication de biopsie à ce stade. Contrôle du PSA (total et libre) dans 2 à 3 mois chez le médecin traitant,
puis consultation de contrôle en urologie.
Dr O. Vanderstraeten
""", author=uro, enc=e4, lang="fr-BE")
    lab(c, "psa", "2026-11-20", 5.9)
    c.obs(cc(local(c, "FPSAR", "Rapport PSA libre/PSA total"), text="Rapport PSA libre / total"), "2026-11-20", 21,
          "%", low=15, flag="N")
    c.note("2026-11-26", letter_type("progress_fr"), "Courrier urologie au médecin traitant", """
Chère Consœur,
Le PSA de contrôle est à 5,9 ng/mL (rapport libre/total 21 %). Avec une IRM PI-RADS 2 et une densité PSA
inférieure à 0,15, nous poursuivons une surveillance : PSA et consultation en mars 2027.
Bien à vous,
Dr O. Vanderstraeten
""", author=uro, lang="fr-BE")
    c.appointment("2027-03-16", 20, "Consultation de contrôle urologie (PSA)", practitioner=uro, reason_ref=flag_psa,
                  created="2026-11-26")
    meta = dict(target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
                why="Raised PSA is a red flag but it was followed up within 60 days (urology in 16 days, MRI PI-RADS 2 in 30 "
                    "days, repeat PSA and scheduled review); no unexplained persistent symptoms.",
                summary="Belgian urology: PSA 6.8 promptly worked up with MRI (PI-RADS 2), surveillance planned.")
    return c, meta


# =============================================================================== A3
def a_viral_label(cid):
    """DIAGNOSIS_SYMPTOM_MISMATCH positive: 'viral infection, unspecified' kept for 6 months despite fevers,
    weight loss, raised inflammatory markers and mediastinal nodes."""
    c = Case(cid, "A")
    birth = "1992-07-21"
    r = c.setup(
        patient=dict(family="Vanneste", given="Thomas", gender="male", birth=birth, lang="nl-BE",
                     ident=("be-ssin", ssin(birth, 211)), city="Wevelgem", line="Kortrijkstraat 233", postal="8560"),
        staff=[("Decock", "Hilde", "Dr.", "Internist - algemene inwendige geneeskunde", nihdi(40219)),
               ("Baert", "Jeroen", "Dr.", "Radioloog", nihdi(31904))],
        gp=("Devos", "Bram", "Huisartsenpraktijk Het Torreke", "Wevelgem", nihdi(13388)),
        insurer=insurer(birth, 211, "2014-09-01"))
    im, rad = r["staff"]
    gp = r["gp"]
    e1 = c.encounter("2026-06-03", type_cc=ENC_GP, prac=gp, org=r["gporg"],
                     reason=cc(("sct", "386661006", "Fever"), text="Koorts en spierpijn"))
    c.vitals("2026-06-03", enc=e1, temp=38.6, hr=96, bp=(122, 74), weight=78)
    viral = c.condition(be_dx("B34.9", "Virale infectie, niet gespecificeerd"), onset="2026-05-31",
                        recorded="2026-06-03", asserter=gp, enc=e1,
                        note="Koorts, spierpijn, keelpijn sinds 3 dagen. Waarschijnlijk viraal. Paracetamol.")
    c.medreq(atc("N02BE01", "paracetamol", "Paracetamol 1 g"), "2026-06-03", "max. 4 x 1 g per dag bij koorts",
             requester=gp, status="completed")
    e2 = c.encounter("2026-06-24", type_cc=ENC_GP, prac=gp, org=r["gporg"], reason_ref=viral)
    c.vitals("2026-06-24", enc=e2, temp=38.2, hr=88, weight=77)
    lab(c, "crp", "2026-06-24", 38, enc=e2)
    lab(c, "wbc", "2026-06-24", 8.9, enc=e2)
    c.note("2026-06-24", letter_type("progress"), "Consultatie huisarts", """
Blijft wisselend koorts maken 's avonds, nachtzweten. Keelpijn verdwenen. CRP 38.
Waarschijnlijk postviraal. Afwachten, rust, paracetamol. Terugkomen indien niet beter.
Dr. B. Devos
""", author=gp, custodian=r["gporg"], enc=e2)
    e3 = c.encounter("2026-08-05", type_cc=ENC_GP, prac=gp, org=r["gporg"], reason_ref=viral)
    c.vitals("2026-08-05", enc=e3, temp=38.0, weight=74)
    lab(c, "crp", "2026-08-05", 41, enc=e3)
    c.lab_str(cc(local(c, "EBVSER", "EBV-serologie (VCA IgM/IgG, EBNA)"), text="EBV-serologie"), "2026-08-05",
              "VCA IgM negatief, VCA IgG positief, EBNA positief: doorgemaakte infectie.", enc=e3)
    c.lab_str(cc(local(c, "CMVSER", "CMV-serologie IgM/IgG"), text="CMV-serologie"), "2026-08-05",
              "IgM negatief, IgG positief: doorgemaakte infectie.", enc=e3)
    c.note("2026-08-07", letter_type("referral"), "Verwijsbrief inwendige geneeskunde", """
Geachte collega,
Graag uw advies bij de heer Thomas Vanneste (34 j), sinds begin juni na een virale infectie aanhoudend
intermitterend koorts tot 38,5 °C en nachtzweten, 4 kg gewichtsverlies. CRP 38-41. EBV en CMV doorgemaakt.
Vermoedelijk postviraal syndroom, maar het duurt lang.
Met vriendelijke groeten,
Dr. B. Devos (eHealthBox)
""", author=gp, custodian=r["gporg"])
    e4 = c.encounter("2026-09-09", type_cc=ENC_CONS, prac=im, reason_ref=viral)
    c.vitals("2026-09-09", enc=e4, temp=38.3, hr=92, bp=(118, 72), weight=72, spo2=98)
    l4 = [lab(c, "crp", "2026-09-09", 46, enc=e4), lab(c, "esr", "2026-09-09", 52, enc=e4),
          lab(c, "hb_m", "2026-09-09", 12.6, override_unit=("g/dL", "g/dL", 13.0, 17.0), enc=e4),
          lab(c, "wbc", "2026-09-09", 9.4, enc=e4), lab(c, "ferr_m", "2026-09-09", 620, enc=e4),
          c.obs(cc(("loinc", "2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma"),
                   text="LDH"), "2026-09-09", 290, "U/L", low=135, high=225, enc=e4)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"),
                text="Bloedname inwendige geneeskunde"), "2026-09-09",
             "Verhoogde inflammatoire parameters, lichte anemie, hoge ferritine en LDH.", results=l4, cat=LABSECT)
    c.lab_str(cc(local(c, "HEMOC", "Hemoculturen x2"), text="Hemoculturen"), "2026-09-09",
              "Negatief na 5 dagen (2 sets).", flag="NEG", enc=e4)
    c.lab_str(cc(local(c, "HIVCOMBO", "HIV-1/2 antistoffen en p24-antigeen"), text="HIV screening"), "2026-09-09",
              "Negatief", flag="NEG", enc=e4)
    c.lab_str(cc(local(c, "IGRA", "Interferon-gamma release assay (QuantiFERON)"), text="QuantiFERON"), "2026-09-09",
              "Negatief", flag="NEG", enc=e4)
    c.note("2026-09-09", letter_type("consult"), "Consultatie inwendige geneeskunde", """
Anamnese: sinds eind mei koorts 2 tot 3 keer per week tot 38,8 °C, nachtzweten, moeheid, 6 kg gewichtsverlies
(78 -> 72 kg). Geen reizen, geen dieren, geen risicocontacten.
Klinisch: geen palpabele adenopathieën, geen hepatosplenomegalie palpabel, geen huidletsels.
Labo: CRP 46, BSE 52, Hb 12,6, ferritine 620, LDH 290. Hemoculturen en HIV negatief, QuantiFERON negatief.
Besluit: waarschijnlijk postviraal inflammatoir beeld. CT thorax-abdomen ter uitsluiting van een focus.
Dr. H. Decock
""", author=im, enc=e4)
    ct = c.servicereq(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CT thorax-abdomen-bekken met contrast"),
                      "2026-09-09", status="completed", requester=im, reason_ref=viral)
    e5 = c.encounter("2026-10-14", type_cc=cc(("sct", "11429006", "Consultation"), text="Radiologie - CT"), prac=rad,
                     hm="10:40")
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CT thorax-abdomen-bekken met contrast"),
             "2026-10-14", "Enkele vergrote mediastinale lymfeklieren (paratracheaal rechts en subcarinaal, tot 16 mm "
             "korte as). Lichte splenomegalie (14 cm). Geen longparenchymletsels, geen abdominale adenopathieën. "
             "Aspecifiek, mogelijk reactief.", cat=IMAGING, performer=rad, enc=e5, based_on=[ct])
    e6 = c.encounter("2026-11-18", type_cc=ENC_FU, prac=im, reason_ref=viral)
    c.vitals("2026-11-18", enc=e6, temp=38.4, hr=94, bp=(116, 70), weight=70)
    lab(c, "crp", "2026-11-18", 52, enc=e6)
    lab(c, "hb_m", "2026-11-18", 12.3, override_unit=("g/dL", "g/dL", 13.0, 17.0), enc=e6)
    c.impression("2026-11-18", "Virale infectie, niet gespecificeerd - postviraal beloop. Nog steeds koorts, "
                 "nachtzweten en gewichtsverlies (-8 kg sinds juni).", assessor=im, problems=[viral], enc=e6,
                 findings=[cc(("sct", "89362005", "Weight loss"), text="Gewichtsverlies 8 kg"),
                           cc(("sct", "42984000", "Night sweats"), text="Nachtzweten")])
    c.note("2026-11-18", letter_type("progress"), "Opvolgconsultatie inwendige geneeskunde", """
Patiënt blijft koorts maken (38,4 °C vandaag), nachtzweten, gewicht nu 70 kg. CRP 52, Hb 12,3.
CT: enkele mediastinale klieren tot 16 mm, lichte splenomegalie, aspecifiek.
Besluit: beeld blijft passen bij een postviraal syndroom na de virale infectie van mei-juni. Expectatief beleid,
paracetamol bij koorts. Controle over 3 maanden met bloedname.
Dr. H. Decock
""", author=im, enc=e6)
    meta = dict(target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
                why="Catch-all B34.9 'viral infection, unspecified' active for six months while fevers, night sweats and "
                    "8 kg weight loss continue, with raised CRP/ESR/LDH, anaemia and mediastinal nodes that the label "
                    "cannot account for.",
                summary="Belgian internal medicine: 'postviral' label kept for 6 months despite fevers, weight loss, nodes.")
    return c, meta


# =============================================================================== A4
def a_acdf(cid):
    """MAJOR_PROCEDURE_PLANNED positive: anterior cervical discectomy and fusion in preparation (Procedure)."""
    c = Case(cid, "A")
    birth = "1974-01-30"
    r = c.setup(
        patient=dict(family="Lefebvre", given="Nathalie", gender="female", birth=birth, lang="fr-BE",
                     ident=("be-ssin", ssin(birth, 334)), city="Mouscron", line="Rue de Tourcoing 52", postal="7700",
                     marital=("D", "Divorced")),
        staff=[("Vandamme", "Pierre", "Dr.", "Neurochirurgien", nihdi(47702)),
               ("Goethals", "Lien", "Dr.", "Anesthésiste", nihdi(36650)),
               ("Claes", "Julie", "Dr.", "Neurologue (EMG)", nihdi(42018))],
        gp=("Delhaye", "Marc", "Maison médicale du Mont-à-Leux", "Mouscron", nihdi(14420), "Dr.",
            "Médecin généraliste", "Médecine générale"),
        insurer=insurer(birth, 334, "1996-01-01"))
    nch, anes, emg = r["staff"]
    gp = r["gp"]
    c.condition(be_dx("J45.20", "Asthme léger intermittent, non compliqué", ("195967001", "Asthma")), onset="2001-05-01")
    c.medstmt(atc("R03AC02", "salbutamol", "Salbutamol aérosol 100 µg"), "2001-05-01", dose_text="2 bouffées si besoin")
    c.allergy(atc("J01CA04", "amoxicillin", "Amoxicilline"), reaction=cc(("sct", "271807003", "Eruption of skin"),
                                                                        text="Éruption cutanée"), recorded="2010-03-01")
    hern = c.condition(be_dx("M50.122", "Trouble du disque cervical C5-C6 avec radiculopathie"),
                       onset="2026-03-10", recorded="2026-03-20", asserter=gp,
                       note="Hernie discale C5-C6 gauche avec radiculopathie C6 gauche.")
    e1 = c.encounter("2026-03-20", type_cc=cc(("sct", "185347001", "Encounter for problem"), text="Consultation MG"),
                     prac=gp, org=r["gporg"], reason_ref=hern)
    c.medreq(atc("M01AE01", "ibuprofen", "Ibuprofène 600 mg"), "2026-03-20", "1 co 3 x/j pendant 10 jours",
             requester=gp, status="completed")
    c.servicereq(cc(("sct", "91251008", "Physical therapy procedure"), text="Kinésithérapie cervicale (18 séances)"),
                 "2026-03-20", status="completed", requester=gp, reason_ref=hern)
    e2 = c.encounter("2026-06-02", type_cc=cc(("sct", "185347001", "Encounter for problem"), text="Consultation MG"),
                     prac=gp, org=r["gporg"], reason_ref=hern)
    pain = cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
              text="Douleur EVN bras gauche")
    c.obs_int(pain, "2026-06-02", 7, enc=e2)
    c.medreq(atc("N03AX16", "pregabalin", "Prégabaline 75 mg"), "2026-06-02", "75 mg 2 x/j", requester=gp,
             reason_ref=hern)
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="IRM du rachis cervical"), "2026-07-08",
             "Hernie discale postéro-latérale gauche C5-C6 comprimant la racine C6 gauche avec sténose foraminale "
             "gauche. Pas de signal médullaire anormal, pas de myélopathie.", cat=IMAGING)
    c.report(cc(local(c, "EMG", "Électromyographie des membres supérieurs"), text="EMG membres supérieurs"),
             "2026-08-12", "Signes de dénervation subaiguë dans le territoire C6 gauche (biceps, rond pronateur); "
             "conductions nerveuses normales. Conclusion : radiculopathie C6 gauche.",
             cat=("dr-sect", "OTH", "Other"), performer=emg)
    e3 = c.encounter("2026-10-06", type_cc=cc(("sct", "11429006", "Consultation"), text="Consultation neurochirurgie"),
                     prac=nch, reason_ref=hern)
    c.obs_int(pain, "2026-10-06", 7, enc=e3)
    c.obs_str(cc(local(c, "MRCBIC", "Force musculaire biceps gauche (MRC)"), text="Force biceps gauche"),
              "2026-10-06", "4/5", flag="A", enc=e3)
    acdf = c.procedure(
        cc(("nihdi", "281116", "Cure chirurgicale d'une hernie discale cervicale"),
           text="Discectomie cervicale antérieure C5-C6 avec arthrodèse intersomatique (cage)"),
        status="preparation", reason_ref=hern, performer=nch,
        category=cc(("sct", "387713003", "Surgical procedure")),
        note="Intervention programmée le 14/01/2027 sous anesthésie générale; hospitalisation de 2 nuits.")
    c.note("2026-10-06", letter_type("consult_fr"), "Consultation neurochirurgie", """
Patiente de 52 ans, radiculopathie C6 gauche depuis mars 2026, résistante à 6 mois de traitement conservateur
(AINS, kinésithérapie, prégabaline). Douleur EVN 7/10, paresthésies du pouce, force du biceps 4/5, réflexe
bicipital diminué à gauche. IRM : hernie C5-C6 gauche comprimant C6. EMG concordant.
Proposition : discectomie cervicale antérieure C5-C6 avec arthrodèse (ACDF). Risques expliqués (dysphagie,
dysphonie, lésion radiculaire ou médullaire, pseudarthrose). La patiente accepte. Date fixée au 14/01/2027.
Consultation d'anesthésie préopératoire à prévoir.
Dr P. Vandamme, neurochirurgie
""", author=nch, enc=e3, lang="fr-BE")
    e4 = c.encounter("2026-11-20", type_cc=cc(("sct", "11429006", "Consultation"),
                                              text="Consultation préopératoire d'anesthésie"), prac=anes)
    c.vitals("2026-11-20", enc=e4, hr=76, bp=(126, 80), weight=66, height=165, spo2=99)
    c.obs_int(pain, "2026-11-20", 6, enc=e4)
    pre = [lab(c, "hb_f", "2026-11-20", 13.2, enc=e4), lab(c, "plt", "2026-11-20", 245, enc=e4),
           c.obs(cc(("loinc", "6301-6", "INR in Platelet poor plasma by Coagulation assay"), text="INR"),
                 "2026-11-20", 1.0, "{INR}", low=0.8, high=1.2, enc=e4),
           lab(c, "cr", "2026-11-20", 0.78, enc=e4), lab(c, "k", "2026-11-20", 4.2, enc=e4)]
    c.report(cc(("loinc", "58410-2", "CBC panel - Blood by Automated count"), text="Bilan préopératoire"),
             "2026-11-20", "Bilan préopératoire normal.", results=pre, cat=LABSECT)
    c.obs_str(cc(local(c, "ASA", "Classification ASA"), text="Score ASA"), "2026-11-20", "ASA II (asthme contrôlé)",
              enc=e4, performer=anes)
    c.appointment("2027-01-14", 180, "Hospitalisation neurochirurgie - ACDF C5-C6", practitioner=nch,
                  reason_ref=acdf, hm="07:30", created="2026-10-06")
    meta = dict(target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
                why="Anterior cervical discectomy and fusion C5-C6 recorded as a Procedure in preparation, scheduled "
                    "for January 2027 with pre-operative anaesthesia work-up done; not yet performed.",
                summary="Belgian neurosurgery: ACDF C5-C6 scheduled for Jan 2027 (Procedure status preparation).")
    return c, meta


# =============================================================================== A5
def a_pancreas_bsc(cid):
    """UNTREATABLE_PROGNOSIS positive: metastatic pancreatic cancer, MOC 'no oncological treatment options',
    palliative care plan and referral, no second opinion."""
    c = Case(cid, "A")
    birth = "1955-02-11"
    r = c.setup(
        patient=dict(family="Vandenbussche", given="Roger", gender="male", birth=birth, lang="nl-BE",
                     ident=("be-ssin", ssin(birth, 53)), city="Kuurne", line="Marktplein 7", postal="8520",
                     marital=("M", "Married")),
        staff=[("Maes", "Frederik", "Dr.", "Gastro-enteroloog", nihdi(43356)),
               ("Dhondt", "Ann", "Dr.", "Medisch oncoloog", nihdi(44870)),
               ("Verstraete", "Lieve", "Dr.", "Arts palliatief supportteam", nihdi(39981))],
        gp=("Dewulf", "Katrien", "Groepspraktijk Kuurne-Centrum", "Kuurne", nihdi(15502)),
        insurer=insurer(birth, 53, "1975-01-01"))
    gastro, onco, pal = r["staff"]
    gp = r["gp"]
    dm = c.condition(be_dx("E11.9", "Diabetes mellitus type 2 zonder complicaties", ("44054006", "Diabetes mellitus type 2")),
                     onset="2018-04-10")
    c.condition(be_dx("I10", "Essentiële hypertensie", ("59621000", "Essential hypertension")), onset="2012-01-15")
    c.medstmt(atc("A10BA02", "metformin", "Metformine 850 mg"), "2018-04-10", dose_text="2 x 850 mg per dag")
    c.medstmt(atc("C09AA05", "ramipril", "Ramipril 5 mg"), "2012-01-15", dose_text="1 x per dag")
    e1 = c.encounter("2026-09-15", type_cc=ENC_GP, prac=gp, org=r["gporg"],
                     reason=cc(("sct", "18165001", "Jaundice"), text="Pijnloze icterus"))
    c.vitals("2026-09-15", enc=e1, weight=71, bp=(128, 76), hr=84)
    lab(c, "bili", "2026-09-15", 8.2, enc=e1)
    c.obs(cc(("loinc", "6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma"), text="Alkalische fosfatase"),
          "2026-09-15", 612, "U/L", low=40, high=129, enc=e1)
    c.note("2026-09-16", letter_type("referral"), "Dringende verwijzing gastro-enterologie", """
Geachte collega,
Dhr. Roger Vandenbussche (71 j) met pijnloze icterus sinds een week, 8 kg gewichtsverlies in 2 maanden,
donkere urine. Bilirubine 8,2 mg/dl, alkalische fosfatase 612 U/l. Graag dringende evaluatie.
Dr. K. Dewulf (eHealthBox)
""", author=gp, custodian=r["gporg"])
    e2 = c.encounter("2026-09-18", type_cc=ENC_CONS, prac=gastro, reason=cc(("sct", "18165001", "Jaundice")))
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CT abdomen met contrast (pancreasprotocol)"),
             "2026-09-21", "Hypodense massa in de pancreaskop van 3,8 cm met dilatatie van galwegen en ductus "
             "Wirsungianus; encasement van de arteria mesenterica superior (>180 graden). Meerdere hypodense "
             "levermetastasen tot 3 cm. Besluit: gemetastaseerd pancreascarcinoom.", cat=IMAGING)
    e3 = c.encounter("2026-09-30", klass="IMP", type_cc=ENC_ADM, prac=gastro, end="2026-10-03", hm="08:00",
                     priority="EL", admit="outp", discharge="home")
    c.procedure(txt("ERCP met plaatsing van metalen galwegstent en brush-cytologie"), date="2026-10-01",
                enc=e3, performer=gastro)
    path = c.report(cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="Cytologie galwegbrush"),
                    "2026-10-03", "Adenocarcinoom, passend bij origine in de pancreas.",
                    cat=("dr-sect", "SP", "Surgical Pathology"))
    ca = c.condition(be_dx("C25.0", "Maligne neoplasma van pancreaskop",
                           ("363418001", "Malignant tumor of pancreas")), onset="2026-10-03",
                     stage=txt("cT4N1M1 (hepatisch), stadium IV"), evidence=[path])
    c.condition(be_dx("C78.7", "Secundaire maligne neoplasma van lever en intrahepatische galwegen"),
                onset="2026-10-03")
    e4 = c.encounter("2026-10-08", type_cc=cc(("sct", "11429006", "Consultation"), text="MOC digestieve oncologie"),
                     prac=[onco, gastro], reason_ref=ca)
    lab(c, "ca199", "2026-10-08", 2450, enc=e4)
    lab(c, "alb", "2026-10-08", 2.9, enc=e4)
    c.vitals("2026-10-08", enc=e4, weight=66)
    c.obs_int(cc(("loinc", "89247-1", "ECOG Performance Status score"), text="WHO/ECOG performance status"),
              "2026-10-08", 3, enc=e4, performer=onco)
    c.note("2026-10-08", letter_type("moc"), "MOC-verslag digestieve oncologie", """
Multidisciplinair oncologisch consult - digestieve tumoren, 8 oktober 2026.
Diagnose: adenocarcinoom van de pancreaskop, cT4N1M1 met meerdere levermetastasen (stadium IV).
Algemene toestand: WHO/ECOG 3, cachexie (-12 kg), albumine 2,9 g/dl, CA 19-9 2450 U/ml. Galwegstent op 1/10.
Bespreking: geen kandidaat voor palliatieve chemotherapie (FOLFIRINOX of gemcitabine/nab-paclitaxel) gezien
de algemene toestand. Geen chirurgische of andere oncologische behandelingsopties.
Besluit: best supportive care. Verwijzing naar het palliatief supportteam en de palliatieve thuiszorg.
Patiënt en echtgenote ingelicht; zij aanvaarden het voorstel. Vroegtijdige zorgplanning opgestart (DNR-code 3).
Aanwezig: dr. A. Dhondt (oncologie), dr. F. Maes (gastro-enterologie), radiologie, abdominale heelkunde,
radiotherapie, palliatief supportteam.
""", author=onco, enc=e4)
    ref = c.servicereq(cc(("sct", "306237005", "Referral to palliative care service"),
                          text="Verwijzing palliatieve thuiszorg (Palliatief Netwerk Zuid-West-Vlaanderen)"),
                       "2026-10-09", status="active", intent="order", requester=onco, reason_ref=ca)
    c.careplan("Palliatief zorgplan", "2026-10-09", category=txt("Palliatieve zorg"), addresses=[ca], author=pal,
               description="Best supportive care; geen tumorgerichte behandeling.",
               activities=[(cc(("sct", "103735009", "Palliative care")), "in-progress", "Pijncontrole en comfortzorg"),
                           (None, "in-progress", "Palliatieve thuiszorg en ondersteuning mantelzorger"),
                           (None, "completed", "Vroegtijdige zorgplanning: DNR-code 3, geen heropname op intensieve zorg")])
    c.medreq(atc("N02AA01", "morphine", "Morfine retard 10 mg"), "2026-10-09", "2 x 10 mg per dag, morfine 5 mg "
             "snelwerkend bij doorbraakpijn", requester=pal, reason_ref=ca)
    c.medreq(atc("A09AA02", "multienzymes (lipase, protease etc.)", "Pancreatine 25 000 E"), "2026-10-09",
             "1 capsule bij elke maaltijd", requester=gastro, reason_ref=ca)
    e5 = c.encounter("2026-11-05", klass="HH", type_cc=cc(("sct", "185389009", "Follow-up visit"),
                                                          text="Huisbezoek palliatief supportteam"), prac=pal)
    c.obs_int(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"),
                 text="Pijnscore"), "2026-11-05", 3, enc=e5)
    c.note("2026-11-05", letter_type("progress"), "Huisbezoek palliatief supportteam", """
Huisbezoek samen met de thuisverpleging. Pijn goed onder controle met morfine retard (pijnscore 3/10).
Eetlust beperkt, gewicht verder gedaald. Patiënt wil thuis blijven. Echtgenote goed ondersteund.
Geen tumorgerichte behandeling; focus op comfort. Opvolging door huisarts en palliatief netwerk.
Dr. L. Verstraete
""", author=pal, enc=e5)
    meta = dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
                why="Metastatic pancreatic adenocarcinoma; tumour board recorded no oncological treatment options, "
                    "palliative care plan and palliative home-care referral, no second opinion on record.",
                summary="Belgian oncology: stage IV pancreatic cancer, ECOG 3, best supportive care only.")
    return c, meta


# =============================================================================== A6
def a_mgus(cid):
    """UNTREATABLE_PROGNOSIS near miss: MGUS - 'no treatment indicated, surveillance' (benign, no need)."""
    c = Case(cid, "A")
    birth = "1959-08-09"
    r = c.setup(
        patient=dict(family="Desmet", given="Monique", gender="female", birth=birth, lang="fr-BE",
                     ident=("be-ssin", ssin(birth, 408)), city="Comines", line="Rue de Wervicq 19", postal="7780",
                     marital=("W", "Widowed")),
        staff=[("Van Acker", "Isabelle", "Dr.", "Hématologue", nihdi(46021)),
               ("Baert", "Jeroen", "Dr.", "Radiologue", nihdi(31904))],
        gp=("Carlier", "Philippe", "Cabinet Carlier & Fontaine", "Comines", nihdi(16734), "Dr.",
            "Médecin généraliste", "Médecine générale"),
        insurer=insurer(birth, 408, "1980-01-01"))
    hem, rad = r["staff"]
    gp = r["gp"]
    c.condition(be_dx("M81.0", "Ostéoporose liée à l'âge sans fracture pathologique actuelle",
                      ("64859006", "Osteoporosis")), onset="2019-10-01")
    c.condition(be_dx("I10", "Hypertension essentielle (primitive)", ("59621000", "Essential hypertension")),
                onset="2014-06-01")
    c.medstmt(atc("M05BA04", "alendronic acid", "Acide alendronique 70 mg"), "2019-10-01", dose_text="1 co/semaine")
    c.medstmt(atc("C09AA04", "perindopril", "Périndopril 5 mg"), "2014-06-01", dose_text="1 co/j")
    e1 = c.encounter("2026-05-12", type_cc=cc(("sct", "185349003", "Encounter for check up"), text="Bilan annuel MG"),
                     prac=gp, org=r["gporg"])
    c.vitals("2026-05-12", enc=e1, bp=(132, 80), hr=70, weight=61)
    c.obs(cc(("loinc", "2885-2", "Protein [Mass/volume] in Serum or Plasma"), text="Protéines totales"), "2026-05-12",
          84, "g/L", low=64, high=83, enc=e1)
    c.obs(cc(local(c, "MSPIKE", "Composant monoclonal (électrophorèse des protéines sériques)"),
             text="Pic monoclonal"), "2026-05-12", 8, "g/L", flag="A", enc=e1,
          note="Immunofixation : IgG kappa.")
    c.note("2026-05-14", letter_type("referral_fr"), "Lettre de référence hématologie", """
Chère Consœur,
Madame Monique Desmet, 67 ans, présente au bilan annuel un pic monoclonal IgG kappa de 8 g/L.
Pas de plainte particulière, pas de douleurs osseuses. Merci pour votre avis.
Dr Ph. Carlier (eHealthBox)
""", author=gp, custodian=r["gporg"], lang="fr-BE")
    e2 = c.encounter("2026-06-16", type_cc=cc(("sct", "11429006", "Consultation"), text="Consultation hématologie"),
                     prac=hem)
    res = [c.obs(cc(local(c, "FLCK", "Chaînes légères libres kappa"), text="Kappa libres"), "2026-06-16", 24.1, "mg/L",
                 low=3.3, high=19.4, enc=e2),
           c.obs(cc(local(c, "FLCL", "Chaînes légères libres lambda"), text="Lambda libres"), "2026-06-16", 17.6, "mg/L",
                 low=5.7, high=26.3, enc=e2),
           c.obs(cc(local(c, "FLCR", "Rapport kappa/lambda libres"), text="Rapport kappa/lambda"), "2026-06-16", 1.37,
                 "{ratio}", low=0.26, high=1.65, enc=e2),
           c.obs(cc(("loinc", "17861-6", "Calcium [Mass/volume] in Serum or Plasma"), text="Calcium"), "2026-06-16",
                 9.5, "mg/dL", low=8.6, high=10.2, enc=e2),
           lab(c, "cr", "2026-06-16", 0.8, enc=e2), lab(c, "hb_f", "2026-06-16", 13.4, enc=e2),
           c.obs(cc(local(c, "B2M", "Bêta-2-microglobuline"), text="Bêta-2-microglobuline"), "2026-06-16", 1.9,
                 "mg/L", high=2.4, low=0.8, enc=e2)]
    c.report(cc(local(c, "GAMMAP", "Bilan de gammapathie monoclonale"), text="Bilan de gammapathie"), "2026-06-16",
             "Pas d'hypercalcémie, d'insuffisance rénale ni d'anémie. Rapport kappa/lambda normal.", results=res,
             cat=LABSECT)
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="CT corps entier basse dose"), "2026-06-30",
             "Pas de lésion ostéolytique. Ostéopénie diffuse compatible avec l'ostéoporose connue.", cat=IMAGING,
             performer=rad)
    mgus = c.condition(be_dx("D47.2", "Gammapathie monoclonale"), onset="2026-07-07", asserter=hem,
                       note="MGUS IgG kappa, 8 g/L, risque faible (Mayo 0/3).")
    c.note("2026-07-07", letter_type("consult_fr"), "Consultation hématologie - conclusion", """
Conclusion : gammapathie monoclonale de signification indéterminée (MGUS) IgG kappa à faible risque
(composant monoclonal 8 g/L, rapport kappa/lambda normal, pas de lésion osseuse, pas d'anémie, d'hypercalcémie
ni d'insuffisance rénale). Pas d'indication de myélogramme.
Aucun traitement n'est indiqué : il s'agit d'une anomalie biologique bénigne qui nécessite seulement une
surveillance. Contrôle de l'électrophorèse dans 6 mois, puis annuellement chez le médecin traitant.
À revoir plus tôt en cas de douleurs osseuses, fatigue inhabituelle ou infections répétées.
Dr I. Van Acker, hématologie
""", author=hem, enc=e2, lang="fr-BE")
    c.careplan("Surveillance MGUS", "2026-07-07", category=txt("Suivi / surveillance"), addresses=[mgus], author=hem,
               description="Pas de traitement indiqué; surveillance biologique.",
               activities=[(None, "scheduled", "Électrophorèse des protéines et chaînes légères libres à 6 mois puis annuelles")])
    e3 = c.encounter("2026-11-24", type_cc=cc(("sct", "185389009", "Follow-up visit"), text="Contrôle hématologie"),
                     prac=hem, reason_ref=mgus)
    c.obs(cc(local(c, "MSPIKE", "Composant monoclonal (électrophorèse des protéines sériques)"),
             text="Pic monoclonal"), "2026-11-24", 8, "g/L", flag="A", enc=e3)
    c.obs(cc(local(c, "FLCR", "Rapport kappa/lambda libres"), text="Rapport kappa/lambda"), "2026-11-24", 1.41,
          "{ratio}", low=0.26, high=1.65, enc=e3)
    lab(c, "hb_f", "2026-11-24", 13.5, enc=e3)
    c.note("2026-11-24", letter_type("progress_fr"), "Contrôle hématologie", """
MGUS IgG kappa stable (8 g/L), rapport kappa/lambda 1,41. Hémoglobine, calcium et créatinine normaux.
Poursuite de la surveillance annuelle par le médecin traitant. Pas de traitement.
Dr I. Van Acker
""", author=hem, enc=e3, lang="fr-BE")
    meta = dict(target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
                why="'No treatment indicated' refers to a benign low-risk MGUS that needs only surveillance, not to a "
                    "condition with no treatment options; no palliative plan.",
                summary="Belgian haematology: low-risk MGUS, no treatment needed, annual surveillance.")
    return c, meta


# =============================================================================== A7
def a_larynx_crt(cid):
    """HIGH_IMPACT_TREATMENT positive: concurrent cisplatin chemoradiotherapy for laryngeal cancer, started."""
    c = Case(cid, "A")
    birth = "1967-04-18"
    r = c.setup(
        patient=dict(family="Callewaert", given="Dirk", gender="male", birth=birth, lang="nl-BE",
                     ident=("be-ssin", ssin(birth, 275)), city="Menen", line="Rijselstraat 88", postal="8930"),
        staff=[("Deconinck", "Wouter", "Dr.", "NKO - hoofd- en halschirurg", nihdi(37742)),
               ("De Meulemeester", "Griet", "Dr.", "Radiotherapeut-oncoloog", nihdi(48230)),
               ("Vanhee", "Bart", "Dr.", "Medisch oncoloog", nihdi(44391))],
        gp=("Vandamme", "Stefaan", "Huisartsenpraktijk Menen-Noord", "Menen", nihdi(17265)),
        insurer=insurer(birth, 275, "1987-01-01"))
    ent, rt, onco = r["staff"]
    gp = r["gp"]
    c.condition(be_dx("F17.210", "Nicotineafhankelijkheid, sigaretten, zonder complicaties"), onset="1985-01-01",
                note="35 pakjaren, rookstop 2026-10.")
    c.condition(be_dx("I10", "Essentiële hypertensie", ("59621000", "Essential hypertension")), onset="2016-05-01")
    c.medstmt(atc("C09CA01", "losartan", "Losartan 50 mg"), "2016-05-01", dose_text="1 x per dag")
    c.note("2026-09-01", letter_type("referral"), "Verwijsbrief NKO", """
Geachte collega,
Dhr. Dirk Callewaert (59 j), zware roker, heeft sinds 3 maanden aanhoudende heesheid zonder verbetering.
Graag laryngoscopie.
Dr. S. Vandamme (eHealthBox)
""", author=gp, custodian=r["gporg"])
    e1 = c.encounter("2026-09-15", type_cc=ENC_CONS, prac=ent,
                     reason=cc(("sct", "50219008", "Hoarse"), text="Heesheid"))
    c.obs_str(cc(local(c, "LARYNGO", "Flexibele laryngoscopie"), text="Flexibele laryngoscopie"), "2026-09-15",
              "Exofytisch letsel linker stemband met uitbreiding naar de anterieure commissuur; linker stemband "
              "gefixeerd.", flag="A", enc=e1, performer=ent)
    e2 = c.encounter("2026-10-02", klass="AMB", type_cc=cc(("sct", "11429006", "Consultation"),
                                                           text="Dagziekenhuis - microlaryngoscopie"), prac=ent)
    c.procedure(txt("Microlaryngoscopie met biopsie linker stemband"), date="2026-10-02", enc=e2, performer=ent)
    path = c.report(cc(("loinc", "60567-5", "Comprehensive pathology report panel"), text="Pathologie stembandbiopsie"),
                    "2026-10-06", "Invasief plaveiselcelcarcinoom, matig gedifferentieerd.",
                    cat=("dr-sect", "SP", "Surgical Pathology"))
    c.report(cc(("loinc", "18748-4", "Diagnostic imaging study"), text="PET-CT en CT hals"), "2026-10-09",
             "Glottische tumor links met uitbreiding naar paraglottische ruimte; een klier niveau III links van 18 mm, "
             "FDG-avide. Geen metastasen op afstand. cT3N1M0.", cat=IMAGING)
    ca = c.condition(be_dx("C32.0", "Maligne neoplasma van glottis", ("363429002", "Malignant tumor of larynx")),
                     onset="2026-10-06", stage=txt("cT3N1M0, stadium III"), evidence=[path])
    c.note("2026-10-20", letter_type("moc"), "MOC-verslag hoofd-halstumoren", """
MOC hoofd-halstumoren, 20 oktober 2026.
Diagnose: plaveiselcelcarcinoom glottis links, cT3N1M0 (stadium III), gefixeerde stemband.
Opties besproken: (1) orgaansparende concomitante chemoradiotherapie: IMRT 70 Gy in 35 fracties met
cisplatine 100 mg/m2 op dag 1, 22 en 43; (2) totale laryngectomie met halsklieruitruiming en postoperatieve
radiotherapie. Patiënt kiest na uitgebreide informatie voor de orgaansparende chemoradiotherapie.
Salvage-laryngectomie bij residu of recidief. Voorafgaand: tandheelkundig nazicht, audiogram, profylactische PEG.
Aanwezig: NKO, radiotherapie, medische oncologie, logopedie, diëtiek.
""", author=ent)
    c.procedure(txt("Percutane endoscopische gastrostomie (profylactisch)"), date="2026-11-10", performer=ent,
                reason_ref=ca)
    pre = [lab(c, "cr", "2026-11-13", 0.9), lab(c, "hb_m", "2026-11-13", 14.1), lab(c, "wbc", "2026-11-13", 7.2),
           c.obs(cc(local(c, "CRCL", "Creatinineklaring (Cockcroft-Gault)"), text="Creatinineklaring"), "2026-11-13",
                 98, "mL/min", low=80)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Labo voor cisplatine"),
             "2026-11-13", "Normale nierfunctie en bloedbeeld; geen contra-indicatie voor cisplatine.", results=pre,
             cat=LABSECT)
    c.obs_str(cc(local(c, "AUDIO", "Tonale audiometrie"), text="Audiogram baseline"), "2026-11-12",
              "Normaal voor leeftijd, lichte hoogfrequente daling > 6 kHz.", flag="N")
    mr = c.medreq(atc("L01XA01", "cisplatin", "Cisplatine"), "2026-11-12",
                  "100 mg/m2 IV op dag 1, 22 en 43 van de radiotherapie (3 cycli)", requester=onco, reason_ref=ca,
                  route="iv", cat="inpatient")
    e3 = c.encounter("2026-11-16", type_cc=cc(("sct", "11429006", "Consultation"), text="Dagziekenhuis oncologie"),
                     prac=onco)
    c.medadmin(atc("L01XA01", "cisplatin", "Cisplatine"), "2026-11-16", dose=(190, "mg"), route="iv", request=mr,
               enc=e3, hm="10:30", end_hm="12:30", note="Cyclus 1 van 3 (1,9 m2), met hyperhydratatie en anti-emetica.")
    c.procedure(cc(("sct", "108290001", "Radiation oncology AND/OR radiotherapy"),
                   text="IMRT larynx en hals: 70 Gy in 35 fracties"), status="in-progress", date="2026-11-16",
                end="open", performer=rt, reason_ref=ca,
                note="Fractie 11 van 35 gegeven op 30/11/2026. Einde voorzien 8/01/2027.")
    e4 = c.encounter("2026-11-23", type_cc=ENC_FU, prac=rt)
    c.vitals("2026-11-23", enc=e4, weight=78)
    c.note("2026-11-23", letter_type("progress"), "Wekelijkse controle radiotherapie", """
Week 2 van de chemoradiotherapie. Mucositis graad 1, dermatitis graad 1, lichte slikpijn.
Gewicht 78 kg (-1 kg). Voeding grotendeels per os, aanvulling via PEG. Volgende cisplatine op 7/12.
Dr. G. De Meulemeester
""", author=rt, enc=e4)
    meta = dict(target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
                why="Concurrent high-dose cisplatin and 70 Gy radiotherapy for glottic cancer started on 2026-11-16 and "
                    "ongoing (chemotherapy + radiotherapy), with gastrostomy placed for it.",
                summary="Belgian head-and-neck: cT3N1 glottic cancer, chemoradiotherapy under way.")
    return c, meta


# =============================================================================== A8
def a_pmr_request(cid):
    """PATIENT_REPORTED_CONCERN positive: patient-authored Communication (French) asking for a second opinion."""
    c = Case(cid, "A")
    birth = "1957-10-03"
    r = c.setup(
        patient=dict(family="Lambert", given="Josiane", gender="female", birth=birth, lang="fr-BE",
                     ident=("be-ssin", ssin(birth, 190)), city="Mouscron", line="Avenue Royale 64", postal="7700",
                     marital=("M", "Married"), phone="+32 478 55 21 09"),
        staff=[("Pattyn", "Caroline", "Dr.", "Rhumatologue", nihdi(42995))],
        gp=("Duhamel", "Anne-Sophie", "Cabinet médical des Prés", "Mouscron", nihdi(18821), "Dr.",
            "Médecin généraliste", "Médecine générale"),
        insurer=insurer(birth, 190, "1978-01-01"))
    rh = r["staff"][0]
    gp = r["gp"]
    c.condition(be_dx("I10", "Hypertension essentielle (primitive)", ("59621000", "Essential hypertension")),
                onset="2011-02-01")
    c.condition(be_dx("M85.80", "Autres anomalies précisées de la densité et de la structure osseuses, site non précisé"),
                onset="2023-03-01", note="Ostéopénie (T-score -1,8 col fémoral).")
    c.medstmt(atc("C09AA02", "enalapril", "Énalapril 10 mg"), "2011-02-01", dose_text="1 co/j")
    e1 = c.encounter("2026-04-07", type_cc=cc(("sct", "185347001", "Encounter for problem"), text="Consultation MG"),
                     prac=gp, org=r["gporg"])
    lab(c, "crp", "2026-04-07", 31, enc=e1)
    lab(c, "esr", "2026-04-07", 48, override_unit=("mm/h", "mm/h", None, 30), enc=e1)
    e2 = c.encounter("2026-04-21", type_cc=cc(("sct", "11429006", "Consultation"), text="Consultation rhumatologie"),
                     prac=rh)
    for key, val in (("ck", 88), ("tsh", 2.2)):
        lab(c, key, "2026-04-21", val, enc=e2)
    c.lab_str(cc(local(c, "RF-CCP", "Facteur rhumatoïde et anticorps anti-CCP"), text="FR / anti-CCP"), "2026-04-21",
              "Négatifs", flag="NEG", enc=e2)
    c.obs_str(cc(local(c, "ECHO-EP", "Échographie des épaules"), text="Échographie des épaules"), "2026-04-21",
              "Bursite sous-acromio-deltoïdienne bilatérale et ténosynovite du long biceps.", flag="A", enc=e2)
    pmr = c.condition(be_dx("M35.3", "Pseudo-polyarthrite rhizomélique", ("65323003", "Polymyalgia rheumatica")),
                      onset="2026-02-20", recorded="2026-04-21", asserter=rh, enc=e2)
    c.medreq(atc("H02AB04", "methylprednisolone", "Méthylprednisolone (Medrol) 16 mg"), "2026-04-21",
             "16 mg/j puis diminution progressive selon schéma", requester=rh, reason_ref=pmr)
    c.medreq(atc("A12AX", "calcium, combinations with vitamin D and/or other drugs", "Calcium 1 g + vitamine D3 880 UI"),
             "2026-04-21", "1 sachet/j", requester=rh)
    e3 = c.encounter("2026-07-14", type_cc=cc(("sct", "185389009", "Follow-up visit"), text="Contrôle rhumatologie"),
                     prac=rh, reason_ref=pmr)
    lab(c, "crp", "2026-07-14", 4, enc=e3)
    c.vitals("2026-07-14", enc=e3, weight=70, bp=(138, 84))
    e4 = c.encounter("2026-10-13", type_cc=cc(("sct", "185389009", "Follow-up visit"), text="Contrôle rhumatologie"),
                     prac=rh, reason_ref=pmr)
    lab(c, "crp", "2026-10-13", 9, enc=e4)
    c.vitals("2026-10-13", enc=e4, weight=74, bp=(142, 86))
    c.note("2026-10-13", letter_type("progress_fr"), "Contrôle rhumatologie", """
Pseudo-polyarthrite rhizomélique diagnostiquée en avril 2026, bonne réponse initiale à la méthylprednisolone.
Réapparition partielle des douleurs des épaules lors de la diminution à 4 mg/j, CRP 9 mg/L.
Remontée à 8 mg/j. Prise de poids de 6 kg sous corticoïdes. Proposition d'ajouter le méthotrexate comme
épargneur de cortisone; la patiente souhaite réfléchir. Prochaine consultation le 15/12/2026.
Dr C. Pattyn
""", author=rh, enc=e4, lang="fr-BE")
    msg = c.communication("2026-11-04", (
        "Bonjour Docteur Pattyn, depuis le début on me dit que c'est une pseudo-polyarthrite rhizomélique, mais je "
        "ne suis pas convaincue : les douleurs reviennent dès qu'on baisse la cortisone et j'ai pris 6 kilos. "
        "J'ai l'impression que mes inquiétudes ne sont pas prises au sérieux. Je souhaiterais avoir un deuxième avis "
        "d'un autre rhumatologue (par exemple à Gand ou à Bruxelles) avant de commencer le méthotrexate. "
        "Pouvez-vous m'indiquer la démarche et me transmettre mon dossier ? Merci. Josiane Lambert"),
        sender=c.pat, recipient=rh, about=pmr, topic=txt("Demande de deuxième avis"),
        medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ONLINEWRIT", "online written")))
    c.communication("2026-11-06", (
        "Madame, votre message a bien été reçu par le Dr Pattyn. Nous en discuterons lors de votre consultation du "
        "15 décembre. Secrétariat de rhumatologie."), sender=rh, recipient=c.pat, in_response_to=msg, hm="11:05",
        category="notification")
    meta = dict(target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
                why="Patient-authored portal message explicitly asks for a second opinion from another rheumatologist and "
                    "says her concerns are not taken seriously.",
                summary="Belgian rheumatology: PMR patient writes (in French) asking for a second opinion.")
    return c, meta


# =============================================================================== A9
def a_ra_worsening(cid):
    """WORSENING_DESPITE_TREATMENT positive: DAS28-CRP 3.4 -> 5.3 over 8 months on methotrexate + HCQ."""
    c = Case(cid, "A")
    birth = "1978-12-05"
    r = c.setup(
        patient=dict(family="Bostoen", given="Evelien", gender="female", birth=birth, lang="nl-BE",
                     ident=("be-ssin", ssin(birth, 314)), city="Zwevegem", line="Otegemstraat 150", postal="8550",
                     marital=("M", "Married")),
        staff=[("Lagae", "Tine", "Dr.", "Reumatoloog", nihdi(43817)),
               ("Vanlerberghe", "Hanne", None, "Reumaverpleegkundige", None)],
        gp=("Vermeulen", "Jan", "Huisartsenpraktijk Zwevegem", "Zwevegem", nihdi(19054)),
        insurer=insurer(birth, 314, "1998-01-01"))
    rh, nurse = r["staff"]
    gp = r["gp"]
    ra = c.condition(be_dx("M05.79", "Reumatoïde artritis met reumafactor, multipele lokalisaties, zonder betrokkenheid "
                           "van organen of systemen", ("69896004", "Rheumatoid arthritis")),
                     onset="2024-11-01", recorded="2025-02-18", asserter=rh,
                     note="RF 86 IU/ml, anti-CCP > 340 U/ml. Erosief op RX voeten (MTP5 rechts).")
    c.condition(be_dx("E03.8", "Andere gespecificeerde hypothyreoïdie"), onset="2015-01-01",
                note="Substitutie met levothyroxine, stabiel.")
    c.medstmt(atc("H03AA01", "levothyroxine sodium", "Levothyroxine 75 µg"), "2015-01-01", dose_text="1 x per dag")
    mtx = c.medreq(atc("L04AX03", "methotrexate", "Methotrexaat 20 mg voorgevulde pen (s.c.)"), "2025-05-06",
                   "20 mg subcutaan 1 x per week (sinds 03/2025 aan 15 mg, opgetrokken 05/2025)", requester=rh,
                   reason_ref=ra, route="sc", start="2025-05-06")
    c.medreq(atc("B03BB01", "folic acid", "Foliumzuur 5 mg"), "2025-03-04", "5 mg 1 x per week, 48 u na MTX",
             requester=rh)
    hcq = c.medreq(atc("P01BA02", "hydroxychloroquine", "Hydroxychloroquine 200 mg"), "2025-09-15",
                   "2 x 200 mg per dag", requester=rh, reason_ref=ra, start="2025-09-15")
    c.medstmt(atc("L04AX03", "methotrexate", "Methotrexaat 20 mg s.c."), "2025-03-04", based_on=mtx,
              note="Therapietrouw bevestigd door patiënte en apotheekhistoriek (GFD); geen gemiste dosissen.",
              dose_text="20 mg s.c. per week", asserted="2026-11-24", info_source=c.pat, cat="patientspecified")
    c.medstmt(atc("P01BA02", "hydroxychloroquine", "Hydroxychloroquine 200 mg"), "2025-09-15", based_on=hcq,
              dose_text="2 x 200 mg per dag", asserted="2026-11-24", info_source=c.pat, cat="patientspecified")
    das = cc(local(c, "DAS28CRP", "Disease Activity Score 28 joints - CRP"), text="DAS28-CRP")
    haq = cc(local(c, "HAQDI", "Health Assessment Questionnaire Disability Index"), text="HAQ-DI")
    series = [("2025-12-09", 3.2, 6, 0.75, "TJC 4, SJC 2"), ("2026-03-10", 3.4, 8, 0.75, "TJC 5, SJC 2"),
              ("2026-06-16", 4.3, 14, 1.0, "TJC 8, SJC 5"), ("2026-09-22", 5.0, 19, 1.25, "TJC 11, SJC 7"),
              ("2026-11-24", 5.3, 26, 1.375, "TJC 13, SJC 8")]
    for d, dv, crp, h, joints in series:
        e = c.encounter(d, type_cc=ENC_FU, prac=rh, reason_ref=ra)
        lab(c, "crp", d, crp, enc=e)
        c.obs(das, d, dv, "{score}", flag=("H" if dv > 3.2 else None), cat="survey", enc=e, note=joints,
              rr_text="<2,6 remissie; 2,6-3,2 lage; 3,2-5,1 matige; >5,1 hoge ziekteactiviteit")
        c.obs(haq, d, h, "{score}", flag=None, cat="survey", enc=e)
    saf = [lab(c, "alt", "2026-11-24", 28), lab(c, "wbc", "2026-11-24", 6.9), lab(c, "cr", "2026-11-24", 0.74)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Veiligheidslabo MTX"),
             "2026-11-24", "Geen MTX-toxiciteit.", results=saf, cat=LABSECT)
    c.note("2026-11-24", letter_type("progress"), "Consultatie reumatologie", """
Seropositieve erosieve RA sinds eind 2024.
Behandeling: methotrexaat 20 mg/week s.c. sinds mei 2025 (15 mg sinds maart 2025) met foliumzuur,
hydroxychloroquine 2 x 200 mg sinds september 2025. Therapietrouw goed (bevestigd door apotheekhistoriek).
Evolutie: DAS28-CRP 3,4 (maart) -> 4,3 (juni) -> 5,0 (september) -> 5,3 (vandaag); HAQ-DI 0,75 -> 1,375.
Vandaag 13 pijnlijke en 8 gezwollen gewrichten (MCP's, polsen, knieën), ochtendstijfheid 2 uur.
Besluit: toenemende ziekteactiviteit ondanks csDMARD-combinatie. Aanvraag terugbetaling biologische
therapie (TNF-remmer) via hoofdstuk IV ingediend. Tot dan MTX en HCQ verder.
Dr. T. Lagae
""", author=rh)
    c.medreq(atc("L04AB04", "adalimumab", "Adalimumab 40 mg"), "2026-11-24", "40 mg s.c. om de 2 weken na "
             "goedkeuring adviserend geneesheer", status="draft", intent="plan", requester=rh, reason_ref=ra)
    meta = dict(target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
                why="DAS28-CRP rose 3.4 -> 4.3 -> 5.0 -> 5.3 (and HAQ-DI 0.75 -> 1.375) over 8.5 months, beyond the "
                    "1.2 minimal important change, while methotrexate and hydroxychloroquine ran throughout with "
                    "confirmed adherence.",
                summary="Belgian rheumatology: RA activity rising for 8 months despite MTX + HCQ.")
    return c, meta


# =============================================================================== A10
def a_cystic_fibrosis(cid):
    """RARE_OR_COMPLEX_CONDITION positive: adult cystic fibrosis (F508del homozygous) on CFTR modulator."""
    c = Case(cid, "A")
    birth = "1999-06-27"
    r = c.setup(
        patient=dict(family="Depoorter", given="Arne", gender="male", birth=birth, lang="nl-BE",
                     ident=("be-ssin", ssin(birth, 129)), city="Kortrijk", line="Doorniksesteenweg 301", postal="8500"),
        staff=[("Coucke", "Pieter-Jan", "Dr.", "Pneumoloog - CF-referentiecentrum", nihdi(45786)),
               ("Dewitte", "Lotte", None, "CF-verpleegkundige", None),
               ("Goossens", "Febe", None, "Diëtiste", None)],
        gp=("Vanhoutte", "Liesbeth", "Huisartsenpraktijk Overleie", "Kortrijk", nihdi(20113)),
        insurer=insurer(birth, 129, "1999-07-01"))
    pulm, nurse, diet = r["staff"]
    cf = c.condition(cc(("icd10be", "E84.0", "Cystische fibrose met longmanifestaties"),
                        ("sct", "190905008", "Cystic fibrosis"), ("orpha", "586", "Cystic fibrosis"),
                        text="Mucoviscidose (cystische fibrose)"),
                     onset="1999-10-15", recorded="2017-09-01", asserter=pulm,
                     note="Diagnose op 4 maanden (groeiachterstand, zweetchloride 98 mmol/l).")
    c.condition(be_dx("K86.81", "Exocriene pancreasinsufficiëntie"), onset="1999-10-15")
    c.condition(cc(("icd10be", "Z22.8", "Drager van andere infectieziekten"), text="Intermitterende kolonisatie "
                   "Pseudomonas aeruginosa"), onset="2014-03-01", clinical="inactive",
                note="Laatste positieve sputumkweek 2021; sindsdien negatief onder modulator.")
    gen = c.obs_components(cc(("loinc", "81247-9", "Master HL7 genetic variant reporting panel"),
                              text="CFTR-genotypering"), "2017-09-12", [
        {"code": cc(("loinc", "48018-6", "Gene studied [ID]")),
         "valueCodeableConcept": cc(("hgnc", "HGNC:1884", "CFTR"))},
        {"code": cc(("loinc", "48004-6", "DNA change (c.HGVS)")),
         "valueCodeableConcept": cc(("hgvs", "NM_000492.4:c.1521_1523del", "NM_000492.4:c.1521_1523del"))},
        {"code": cc(("loinc", "48005-3", "Amino acid change (pHGVS)")),
         "valueCodeableConcept": cc(("hgvs", "p.Phe508del", "p.Phe508del (F508del)"))},
        {"code": cc(("loinc", "53034-5", "Allelic state")),
         "valueCodeableConcept": cc(("loinc", "LA6705-3", "Homozygous"))},
        {"code": cc(("loinc", "53037-8", "Genetic variation clinical significance [Imp]")),
         "valueCodeableConcept": cc(("loinc", "LA6668-3", "Pathogenic"))}], cat="laboratory")
    c.report(cc(("loinc", "51969-4", "Genetic analysis report"), text="CFTR-analyse"), "2017-09-12",
             "Homozygoot voor CFTR c.1521_1523del (p.Phe508del).", results=[gen],
             cat=("dr-sect", "GE", "Genetics"))
    eti = c.medreq(atc("R07AX32", "ivacaftor, tezacaftor and elexacaftor",
                       "Kaftrio (elexacaftor/tezacaftor/ivacaftor) + Kalydeco (ivacaftor)"), "2022-03-01",
                   "2 tabletten Kaftrio 's ochtends + 1 tablet ivacaftor 150 mg 's avonds, met vetrijke maaltijd",
                   requester=pulm, reason_ref=cf, start="2022-03-01")
    c.medreq(atc("A09AA02", "multienzymes (lipase, protease etc.)", "Creon 25 000"), "2017-09-01",
             "2-3 capsules per maaltijd, 1-2 bij tussendoortje", requester=pulm)
    c.medreq(atc("R05CB13", "dornase alfa (desoxyribonuclease)", "Pulmozyme 2,5 mg"), "2017-09-01",
             "1 x per dag vernevelen", requester=pulm, reason_ref=cf)
    c.medreq(atc("A11JA", "combinations of vitamins", "ADEK-vitaminesupplement"), "2017-09-01", "1 x per dag",
             requester=pulm)
    fev = cc(("loinc", "20150-9", "FEV1"), text="FEV1")
    fevp = cc(local(c, "FEV1PP", "FEV1 % voorspeld (GLI)"), text="FEV1 % voorspeld")
    for d, lit, pp, w in (("2026-02-10", 3.62, 78, 70.5), ("2026-06-09", 3.70, 80, 71.0), ("2026-10-13", 3.66, 79, 71.2)):
        e = c.encounter(d, type_cc=cc(("sct", "185389009", "Follow-up visit"), text="Multidisciplinaire CF-raadpleging"),
                        prac=[pulm, nurse, diet], reason_ref=cf)
        c.obs(fev, d, lit, "L", cat="exam", enc=e, flag=None)
        c.obs(fevp, d, pp, "%", cat="exam", enc=e, low=80, flag="L" if pp < 80 else "N")
        c.vitals(d, enc=e, weight=w, bmi=round(w / 1.80 ** 2, 1), spo2=98)
        c.lab_str(cc(local(c, "SPUTKW", "Sputumkweek"), text="Sputumkweek"), d,
                  "Normale orofaryngeale flora; geen Pseudomonas aeruginosa, geen S. aureus.", flag="N", enc=e)
    c.obs(cc(local(c, "SWEATCL", "Zweetanalyse - chloride"), text="Zweetchloride onder modulator"), "2026-06-09", 38,
          "mmol/L", high=29, flag="H", note="Voor modulator 98 mmol/l.")
    labs = [lab(c, "alt", "2026-10-13", 34), lab(c, "a1c", "2026-10-13", 5.4),
            c.obs(cc(local(c, "VITD", "25-OH vitamine D"), text="25-OH vitamine D"), "2026-10-13", 34, "ng/mL", low=30)]
    c.report(cc(("loinc", "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Jaarlijks CF-labo"),
             "2026-10-13", "Normale leverwaarden, geen CF-gerelateerde diabetes, vitamine D op peil.", results=labs,
             cat=LABSECT)
    c.note("2026-10-13", letter_type("consult"), "Brief multidisciplinaire CF-raadpleging", """
Aan dr. L. Vanhoutte, huisarts.
Arne (27 j), cystische fibrose (F508del homozygoot), opgevolgd in het CF-referentiecentrum (RIZIV-conventie).
Sinds maart 2022 elexacaftor/tezacaftor/ivacaftor: stabiele longfunctie (FEV1 3,66 l, 79 % voorspeld),
geen exacerbaties dit jaar, sputumkweken negatief. Gewicht stabiel (BMI 22,0). Pancreasinsufficiëntie onder
Creon. Geen CF-gerelateerde diabetes (HbA1c 5,4 %), leverwaarden normaal.
Beleid: verderzetten huidige behandeling en kinesitherapie (airway clearance). Volgende raadpleging februari 2027.
Dr. P.-J. Coucke, CF-team
""", author=pulm)
    c.careteam("CF-referentiecentrum UZ Leiedal", [(pulm, "Pneumoloog"), (nurse, "CF-verpleegkundige"),
                                                  (diet, "Diëtiste")], "2017-09-01", org=c.org)
    meta = dict(target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
                why="Active cystic fibrosis (ORPHA:586), genetically confirmed F508del homozygous, followed in a CF "
                    "reference centre on a CFTR modulator; lung function stable so no worsening.",
                summary="Belgian CF centre: adult cystic fibrosis, stable on elexacaftor/tezacaftor/ivacaftor.")
    return c, meta


CASES = [a_dizziness, a_psa_followed, a_viral_label, a_acdf, a_pancreas_bsc, a_mgus, a_larynx_crt, a_pmr_request,
         a_ra_worsening, a_cystic_fibrosis]
