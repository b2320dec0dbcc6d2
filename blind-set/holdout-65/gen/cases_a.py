"""Org A: a Moroccan university hospital (CIM-10, local procedure codes, French notes with Darija)."""
from fhirkit import (Case, Org, cc, txt, qty, ref, SCT, LOINC, ICD10, ATC, INTERP, UCUM)

ORG = Org("chu-zerhoun", "https://fhir.chu-zerhoun.ma/r4", "+01:00", "fr-MA")
ACTES = "https://fhir.chu-zerhoun.ma/CodeSystem/actes-chu"
VENUE = "https://fhir.chu-zerhoun.ma/CodeSystem/type-venue"
IMG = "https://fhir.chu-zerhoun.ma/CodeSystem/imagerie"
LOCAL_OBS = "https://fhir.chu-zerhoun.ma/CodeSystem/observations-locales"
DOCTYPE = "https://fhir.chu-zerhoun.ma/CodeSystem/type-document"
IPP = "https://fhir.chu-zerhoun.ma/NamingSystem/ipp"
CIN = "https://fhir.chu-zerhoun.ma/NamingSystem/cin"
INPE = "https://fhir.chu-zerhoun.ma/NamingSystem/inpe"


def cim(code, display):
    return cc((ICD10, code, display), text=display)


def med(atc, name):
    return cc((ATC, atc, None), text=name)


def venue(code, label):
    return cc((VENUE, code, label), text=label)


def doc(code, label):
    import re
    import unicodedata
    ascii_ = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    local = re.sub(r"[^A-Z0-9]+", "-", ascii_.upper()).strip("-")[:24].strip("-")
    return cc((LOINC, code, None), (DOCTYPE, local, label), text=label)


def chu(k):
    return k.organization("Centre Hospitalier Universitaire Zerhoun de Meknès",
                          {"system": "https://fhir.chu-zerhoun.ma/NamingSystem/etablissement", "value": "CHU-ZRH-01"},
                          cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                          {"line": ["Route de Fès, km 4"], "city": "Meknès", "country": "MA"},
                          alias=["CHU Zerhoun"])


def payor(k, which):
    names = {"cnss": ("Caisse Nationale de Sécurité Sociale - AMO", "AMO-CNSS"),
             "cnops": ("Caisse Nationale des Organismes de Prévoyance Sociale - AMO", "AMO-CNOPS"),
             "ramed": ("Agence Nationale de l'Assurance Maladie - RAMED / AMO Tadamon", "RAMED")}
    name, code = names[which]
    return k.organization(name, {"system": "https://fhir.chu-zerhoun.ma/NamingSystem/organismes", "value": code},
                          cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")),
                          {"country": "MA"}), code


def doctor(k, family, given, spec, inpe, gender="male", prefix="Dr"):
    return k.practitioner(family, given, prefix, spec, {"system": INPE, "value": inpe}, gender)


def patient(k, family, given, gender, birth, ipp, cin, city="Meknès", phone=None, org=None, marital="M"):
    return k.patient(family, given, gender, birth, {"system": IPP, "value": ipp},
                     {"line": ["Quartier " + ("Hamria" if city == "Meknès" else "centre")], "city": city, "country": "MA"},
                     phone, "fr", cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital, None)),
                     org=org, extra_ident={"system": CIN, "value": cin})


def cover(k, which, member):
    p, code = payor(k, which)
    return k.coverage(p, cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text=code),
                      member, "2024-01-01")


# ---------------------------------------------------------------------------------------------------------------
def a01(cid):
    """Headache: primary-care visit then two unscheduled emergency visits within 14 days, all normal."""
    k = Case(cid, ORG)
    h = chu(k)
    csu = k.organization("Centre de Santé Urbain Sidi Baba (soins de santé primaires)",
                         {"system": "https://fhir.chu-zerhoun.ma/NamingSystem/etablissement", "value": "CSU-SB-07"},
                         cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                         {"city": "Meknès", "country": "MA"})
    gp = doctor(k, "Alaoui", "Fatima-Zahra", "Médecine générale", "100234517", "female")
    urg = doctor(k, "Tazi", "Youssef", "Médecine d'urgence", "100298844")
    neuro = doctor(k, "Berrada", "Karim", "Neurologie", "100177302", prefix="Pr")
    patient(k, "El Idrissi", "Salma", "female", "1992-05-14", "IPP-2026-118204", "D874512", phone="+212661234518", org=h)
    cover(k, "cnops", "CNOPS-4471902")
    k.condition(cim("J30.4", "Rhinite allergique, sans précision"), "2015-04-01", recorded="2019-03-11")
    ceph = k.condition(cim("R51", "Céphalée"), "2026-09-28", category="encounter-diagnosis", recorded="2026-10-06",
                       recorder=gp, note="Céphalées quotidiennes depuis fin septembre 2026; bilan normal; pas de diagnostic étiologique retenu.")
    e1 = k.encounter("2026-10-06", "AMB", type_cc=venue("CS-MG", "Consultation de médecine générale"), reason="Céphalées depuis 8 jours",
                     practitioner=gp, org=csu)
    k.vitals("2026-10-06", 118, 74, 76, 61, temp=36.8, encounter=e1)
    k.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="EVA douleur"), "2026-10-06", 6, e1)
    k.med_request(med("N02BE01", "Paracétamol 1 g comprimé"), "2026-10-06", "completed", dosage="1 g trois fois par jour si douleur, 7 jours",
                  requester=gp, reason_ref=[ceph], course="acute", encounter=e1)
    k.note("2026-10-06", (
        "CSU Sidi Baba - Consultation de médecine générale\n"
        "Patiente de 34 ans, enseignante. Céphalées holocrâniennes depuis environ 8 jours, à prédominance matinale, "
        "sans fièvre. Dit: \"rassi kaydorni w kaywja3ni bezzaf\". Pas de traumatisme. Pas de contraception orale.\n"
        "Examen: TA 118/74, apyrétique, examen neurologique sommaire normal, pas de raideur méningée.\n"
        "Conclusion: céphalées probablement de tension. Paracétamol, hydratation, repos. Revoir si persistance."),
        doc("11506-3", "Note de consultation"), gp, e1, "Consultation CSU - céphalées")
    e2 = k.encounter("2026-10-13", "EMER", type_cc=venue("URG", "Passage aux urgences"), reason="Céphalée intense avec nausées",
                     practitioner=urg, org=h, priority=cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EM", "emergency")),
                     admit_source=cc(("http://terminology.hl7.org/CodeSystem/admit-source", "other", "Other"), text="Venue spontanée (non programmée)"),
                     discharge=cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home")))
    k.vitals("2026-10-13", 124, 78, 82, temp=37.0, spo2=99, encounter=e2)
    k.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="EVA douleur"), "2026-10-13", 8, e2)
    k.labs("2026-10-13", {"hb": 13.1, "wbc": 7.2, "plt": 265, "crp": 2.1, "na": 139, "k": 4.1, "glu": 5.0},
           "Bilan biologique des urgences", e2, conclusion="Bilan sans anomalie.")
    ct = k.report(cc((LOINC, "30799-1", "CT Head WO contrast"), text="TDM cérébrale sans injection"), "2026-10-13",
                  "Pas d'hémorragie, pas de processus expansif, pas d'hydrocéphalie. Examen normal.",
                  cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=h, encounter=e2)
    k.med_admin(med("M01AE03", "Kétoprofène 100 mg IV"), "2026-10-13", dose_text="100 mg en perfusion de 20 min", encounter=e2)
    k.med_admin(med("A03FA01", "Métoclopramide 10 mg IV"), "2026-10-13", dose_text="10 mg IV lente", encounter=e2)
    k.note("2026-10-13", (
        "Urgences CHU - Observation médicale\n"
        "Céphalée intense depuis 48 h sur fond de céphalées quotidiennes depuis 2 semaines, nausées, pas de fièvre. "
        "Consultation au CSU il y a une semaine (paracétamol sans effet).\n"
        "Examen neurologique normal, pas de signe méningé, fond d'oeil non réalisé.\n"
        "Biologie normale. TDM cérébrale sans injection: normale.\n"
        "Traitement: kétoprofène IV + métoclopramide, amélioration partielle. Retour à domicile. Revoir son médecin traitant."),
        doc("34111-5", "Observation des urgences"), urg, e2, "Passage aux urgences 13/10/2026")
    e3 = k.encounter("2026-10-18", "EMER", type_cc=venue("URG", "Passage aux urgences"),
                     reason="Céphalée persistante, photophobie, vomissements", practitioner=urg, org=h,
                     priority=cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EM", "emergency")),
                     discharge=cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home")))
    k.vitals("2026-10-18", 121, 76, 80, temp=36.9, encounter=e3)
    k.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="EVA douleur"), "2026-10-18", 8, e3)
    k.service_request(cc((VENUE, "CS-NEURO", "Consultation de neurologie"), text="Avis neurologique en consultation externe"),
                      "2026-10-18", "active", "order", requester=urg, performer=neuro, reason_ref=[ceph],
                      occurrence="2027-02-15", note="Premier rendez-vous disponible: 15/02/2027.", encounter=e3)
    k.note("2026-10-18", (
        "Urgences CHU - 2e passage en 5 jours\n"
        "Même symptomatologie: céphalées quotidiennes, photophobie, 2 vomissements ce matin. Apyrétique. "
        "Examen neurologique normal. TDM du 13/10 normale, pas de nouvelle imagerie. Ponction lombaire non indiquée selon le senior.\n"
        "Patiente anxieuse, pleure; on lui explique que \"ma 3andek walou\", que les examens sont normaux.\n"
        "Sortie avec antalgiques. Demande de consultation de neurologie (rendez-vous le 15/02/2027)."),
        doc("34111-5", "Observation des urgences"), urg, e3, "Passage aux urgences 18/10/2026")
    e4 = k.encounter("2026-11-19", "AMB", type_cc=venue("CS-MG", "Consultation de médecine générale"), reason="Céphalées persistantes",
                     practitioner=gp, org=csu)
    k.vitals("2026-11-19", 116, 72, 74, 59, encounter=e4)
    k.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="EVA douleur"), "2026-11-19", 7, e4)
    k.note("2026-11-19", (
        "CSU Sidi Baba - Consultation de suivi\n"
        "Céphalées toujours quotidiennes depuis 7 semaines, réveils nocturnes, perte de 2 kg, arrêt de travail depuis 10 jours. "
        "Deux passages aux urgences (13/10 et 18/10): bilan et scanner normaux, \"rien d'anormal\". "
        "Rendez-vous de neurologie seulement en février 2027.\n"
        "Examen: TA 116/72, examen neurologique normal.\n"
        "Pas de diagnostic retenu à ce jour. Prolongation de l'arrêt de travail. Réévaluation dans 3 semaines."),
        doc("11506-3", "Note de consultation"), gp, e4, "Consultation CSU - suivi céphalées")
    return k


def a02(cid):
    """Functional colopathy label >1 year while nocturnal diarrhoea, weight loss, raised calprotectin appear."""
    k = Case(cid, ORG)
    h = chu(k)
    gastro = doctor(k, "Benjelloun", "Hicham", "Gastro-entérologie", "100145520", prefix="Pr")
    res = doctor(k, "Lahlou", "Sanae", "Gastro-entérologie (résidente)", "100311287", "female")
    patient(k, "Tahiri", "Naïma", "female", "1979-02-03", "IPP-2025-077310", "D552901", phone="+212662910448", org=h)
    cover(k, "cnss", "CNSS-118820456")
    hypo = k.condition(cim("E03.9", "Hypothyroïdie, sans précision"), "2016-06-01", recorded="2018-02-14")
    k.med_statement(med("H03AA01", "Lévothyroxine 75 µg"), "active", "2016-06-15", dosage="75 µg le matin à jeun", reason_ref=[hypo])
    colo = k.condition(cim("K58.9", "Syndrome de l'intestin irritable, sans diarrhée"), "2024-09-01", recorded="2025-05-20",
                       recorder=gastro, note="Colopathie fonctionnelle retenue en consultation du 20/05/2025.")
    e1 = k.encounter("2025-05-20", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Douleurs abdominales et ballonnements",
                     practitioner=gastro, org=h, diagnosis=[colo])
    k.vitals("2025-05-20", 122, 76, 72, 68, bmi=25.6, encounter=e1)
    k.labs("2025-05-20", {"hb": 12.9, "crp": 3.0, "tsh": 2.2, "ttg": 1.4, "ferritin": 52}, "Bilan initial", e1,
           conclusion="Bilan normal.")
    k.report(cc((IMG, "ECHO-ABD", "Échographie abdominale"), text="Échographie abdominale"), "2025-05-27", "Échographie abdominale normale.",
             cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=h)
    k.med_request(med("A03AA05", "Trimébutine 200 mg"), "2025-05-20", "active", dosage="1 comprimé 3 fois par jour avant les repas",
                  requester=gastro, reason_ref=[colo])
    k.note("2025-05-20", (
        "Consultation de gastro-entérologie\n"
        "Patiente de 46 ans, douleurs abdominales diffuses, ballonnements, alternance diarrhée/constipation depuis 8 mois. "
        "Pas de rectorragie, pas d'amaigrissement. Examen normal. Bilan biologique et échographie normaux.\n"
        "Diagnostic: colopathie fonctionnelle. Réassurance, règles hygiéno-diététiques, trimébutine."),
        doc("11488-4", "Compte rendu de consultation"), gastro, e1, "Consultation gastro 20/05/2025")
    e2 = k.encounter("2025-11-18", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Suivi colopathie",
                     practitioner=gastro, org=h)
    k.vitals("2025-11-18", 120, 74, 74, 67, encounter=e2)
    e3 = k.encounter("2026-06-09", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Diarrhée, y compris nocturne",
                     practitioner=res, org=h)
    k.vitals("2026-06-09", 118, 72, 80, 64, bmi=24.0, encounter=e3)
    k.med_request(med("A07DA03", "Lopéramide 2 mg"), "2026-06-09", "active", dosage="2 mg après chaque selle liquide, max 8 mg/j",
                  requester=res, reason_ref=[colo], course="acute")
    k.note("2026-06-09", (
        "Consultation de suivi - gastro-entérologie\n"
        "Persistance des douleurs. Depuis 2 mois diarrhée 4 à 5 selles/jour, la patiente se lève la nuit pour aller à la selle "
        "3 nuits par semaine. \"kerchi katwja3ni w ma kanna3sch\". Poids 64 kg (68 kg en mai 2025).\n"
        "Conclusion: colopathie fonctionnelle, réassurance, on ajoute du lopéramide."),
        doc("11506-3", "Note de suivi"), res, e3, "Suivi gastro 09/06/2026")
    k.labs("2026-11-05", {"hb": 12.3, "ferritin": 38, "crp": 18.0, "alb": 33, "calpro": 480},
           "Bilan demandé par le médecin traitant", conclusion="Syndrome inflammatoire modéré; calprotectine fécale élevée.")
    e4 = k.encounter("2026-11-17", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Suivi colopathie fonctionnelle",
                     practitioner=res, org=h, diagnosis=[colo])
    k.vitals("2026-11-17", 116, 70, 84, 62, bmi=23.2, encounter=e4)
    k.obs(cc((SCT, "89362005", "Weight loss"), text="Perte de poids"), "2026-11-17", qty(6, "kg"), "exam", encounter=e4,
          note="Perte de 6 kg en 18 mois, involontaire.")
    k.note("2026-11-17", (
        "Consultation de suivi - gastro-entérologie\n"
        "Douleurs abdominales persistantes, diarrhée toujours nocturne, poids 62 kg. Fatigue.\n"
        "Bilan du 05/11: CRP 18, albumine 33 g/L, calprotectine fécale 480 µg/g.\n"
        "Diagnostic retenu: colopathie fonctionnelle. On maintient trimébutine et lopéramide. Revoir dans 6 mois."),
        doc("11506-3", "Note de suivi"), res, e4, "Suivi gastro 17/11/2026")
    return k


def a03(cid):
    """Abdominal pain R10.9 requalified within a month as symptomatic gallstones; cholecystectomy done; asymptomatic."""
    k = Case(cid, ORG)
    h = chu(k)
    mi = doctor(k, "Sqalli", "Amine", "Médecine interne", "100260019")
    chir = doctor(k, "Kabbaj", "Reda", "Chirurgie viscérale", "100188734", prefix="Pr")
    patient(k, "Ouazzani", "Rachid", "male", "1975-08-11", "IPP-2026-020981", "D390155", phone="+212670118922", org=h)
    cover(k, "ramed", "RAMED-00812733")
    hta = k.condition(cim("I10", "Hypertension essentielle (primitive)"), "2019-01-01", recorded="2020-03-02")
    k.med_statement(med("C08CA01", "Amlodipine 5 mg"), "active", "2019-02-01", dosage="5 mg/j", reason_ref=[hta])
    r109 = k.condition(cim("R10.4", "Douleurs abdominales, autres et non précisées"), "2026-01-20", clinical="resolved",
                       abatement="2026-03-12", category="encounter-diagnosis", recorded="2026-02-10", recorder=mi,
                       note="Requalifié le 12/03/2026 en lithiase vésiculaire symptomatique (K80.2).")
    e1 = k.encounter("2026-02-10", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Douleurs abdominales post-prandiales",
                     practitioner=mi, org=h, diagnosis=[r109])
    k.vitals("2026-02-10", 134, 84, 78, 86, bmi=28.7, encounter=e1)
    k.labs("2026-02-10", {"alt": 31, "ggt": 44, "alp": 92, "bili": 12, "lipase": 38, "hb": 14.6, "crp": 4.0},
           "Bilan hépatique et pancréatique", e1, conclusion="Bilan normal.")
    e2 = k.encounter("2026-03-03", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Récidive des douleurs de l'hypocondre droit",
                     practitioner=mi, org=h)
    us = k.report(cc((IMG, "ECHO-ABD", "Échographie abdominale"), text="Échographie abdominale"), "2026-03-12",
                  "Vésicule biliaire lithiasique (multiples calculs de 5 à 12 mm), paroi fine, voie biliaire principale non dilatée. Foie, pancréas et reins normaux.",
                  cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=h)
    lith = k.condition(cim("K80.2", "Calcul de la vésicule biliaire sans cholécystite"), "2026-03-12", clinical="resolved",
                       abatement="2026-07-15", recorded="2026-03-12", recorder=mi, evidence=[us])
    k.note("2026-03-12", (
        "Consultation de médecine interne\n"
        "Douleurs de l'hypocondre droit après les repas gras, 3 crises en 6 semaines, durée 1 à 2 h. Bilan hépatique normal.\n"
        "Échographie: vésicule multilithiasique. Conclusion: lithiase vésiculaire symptomatique, explique les douleurs. "
        "Adressé en chirurgie viscérale pour cholécystectomie."),
        doc("11488-4", "Compte rendu de consultation"), mi, e2, "Médecine interne - lithiase vésiculaire")
    sr = k.service_request(cc((ACTES, "CHV-VB-0112", "Cholécystectomie par cœlioscopie"), text="Cholécystectomie par cœlioscopie"),
                           "2026-05-05", "completed", "order", requester=chir, reason_ref=[lith], occurrence="2026-07-15")
    e3 = k.encounter("2026-07-15", "IMP", type_cc=venue("HOSP-PROG", "Hospitalisation programmée"), reason="Cholécystectomie programmée",
                     practitioner=chir, org=h, end="2026-07-17",
                     admit_source=cc(("http://terminology.hl7.org/CodeSystem/admit-source", "other", "Other"), text="Admission programmée"),
                     discharge=cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home")))
    k.procedure(cc((ACTES, "CHV-VB-0112", "Cholécystectomie par cœlioscopie"), text="Cholécystectomie par cœlioscopie"), "completed",
                "2026-07-15", chir, [lith], based_on=[sr], encounter=e3, outcome="Suites simples")
    k.report(cc((LOINC, "22637-3", "Pathology report final diagnosis Narrative"), text="Examen anatomopathologique"), "2026-07-24",
             "Cholécystite chronique lithiasique. Absence de dysplasie ou de malignité.",
             cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "SP", "Surgical Pathology")), performer=h)
    k.note("2026-07-17", (
        "Compte rendu d'hospitalisation - Chirurgie viscérale\n"
        "Cholécystectomie par cœlioscopie le 15/07/2026 sans incident. Suites simples, sortie J2.\n"
        "Traitement de sortie: paracétamol 1 g x 3/j pendant 5 jours. Consultation post-opératoire à 6 semaines."),
        doc("18842-5", "Compte rendu d'hospitalisation"), chir, e3, "CRH cholécystectomie")
    e4 = k.encounter("2026-09-08", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Consultation post-opératoire",
                     practitioner=chir, org=h)
    k.vitals("2026-09-08", 130, 82, 72, 84, encounter=e4)
    k.note("2026-09-08", (
        "Consultation post-opératoire\n"
        "Patient asymptomatique depuis l'intervention, plus aucune douleur abdominale, alimentation normale. \"l7amdoulillah, ma bqa walou\".\n"
        "Cicatrices propres. Histologie bénigne. Fin de suivi chirurgical."),
        doc("11506-3", "Note de suivi"), chir, e4, "Post-opératoire 08/09/2026")
    return k


def a04(cid):
    """Posterior L4-L5 fusion proposed after failed conservative management; surgery booked January 2027."""
    k = Case(cid, ORG)
    h = chu(k)
    rach = doctor(k, "Cherkaoui", "Mehdi", "Neurochirurgie - chirurgie du rachis", "100150663", prefix="Pr")
    anest = doctor(k, "Filali", "Houda", "Anesthésie-réanimation", "100244190", "female")
    patient(k, "Berrada", "Khadija", "female", "1960-04-22", "IPP-2025-098702", "D118344", phone="+212663774021", org=h)
    cover(k, "cnops", "CNOPS-2209981")
    hta = k.condition(cim("I10", "Hypertension essentielle (primitive)"), "2012-01-01", recorded="2014-05-10")
    dt2 = k.condition(cim("E11.9", "Diabète sucré de type 2, sans complication"), "2015-01-01", recorded="2015-09-18")
    k.med_statement(med("C09AA02", "Énalapril 20 mg"), "active", "2012-03-01", dosage="20 mg/j", reason_ref=[hta])
    k.med_statement(med("A10BA02", "Metformine 850 mg"), "active", "2015-10-01", dosage="850 mg x 2/j", reason_ref=[dt2])
    spl = k.condition(cim("M43.16", "Spondylolisthésis, région lombaire"), "2024-06-01", recorded="2025-11-20", recorder=rach,
                      note="Spondylolisthésis dégénératif L4-L5 grade I avec canal lombaire étroit.")
    sten = k.condition(cim("M48.06", "Sténose rachidienne, région lombaire"), "2024-06-01", recorded="2025-11-20", recorder=rach)
    e1 = k.encounter("2025-10-28", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Lombalgies et claudication neurogène",
                     practitioner=rach, org=h)
    k.vitals("2025-10-28", 136, 82, 74, 78, bmi=30.1, encounter=e1)
    irm = k.report(cc((IMG, "IRM-RACH-LOMB", "IRM du rachis lombaire"), text="IRM du rachis lombaire"), "2025-11-20",
                   "Spondylolisthésis dégénératif L4-L5 grade I (Meyerding). Sténose canalaire serrée L4-L5 avec hypertrophie des massifs articulaires.",
                   cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=h)
    k.procedure(cc((ACTES, "RACH-INF-0031", "Infiltration épidurale lombaire sous scopie"), text="Infiltration épidurale lombaire"),
                "completed", "2026-01-14", rach, [sten], outcome="Amélioration transitoire de 3 semaines")
    k.med_statement(med("N02AX52", "Tramadol/paracétamol 37,5/325 mg"), "active", "2026-02-01", dosage="1 cp x 3/j si douleur")
    e2 = k.encounter("2026-09-15", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Échec du traitement conservateur",
                     practitioner=rach, org=h)
    k.vitals("2026-09-15", 138, 84, 76, 79, encounter=e2)
    k.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="EVA radiculaire"), "2026-09-15", 7, e2)
    k.obs(cc((LOCAL_OBS, "PERIM-MARCHE", "Périmètre de marche"), text="Périmètre de marche"), "2026-09-15", qty(100, "m"), "exam",
          encounter=e2)
    k.note("2026-09-15", (
        "Consultation de chirurgie du rachis\n"
        "Patiente de 66 ans. Claudication neurogène à 100 m, lombo-radiculalgie L5 bilatérale. Kinésithérapie 20 séances, "
        "infiltration en janvier: échec. \"ma bqitch n9der nmchi l souk\".\n"
        "IRM: spondylolisthésis L4-L5 grade I, sténose serrée.\n"
        "Proposition: arthrodèse lombaire L4-L5 par voie postérieure (PLIF) avec laminectomie de décompression. "
        "Bénéfices et risques expliqués à la patiente et à sa fille. Dossier présenté au staff rachis."),
        doc("11488-4", "Compte rendu de consultation"), rach, e2, "Consultation rachis 15/09/2026")
    k.note("2026-10-06", (
        "Staff de chirurgie du rachis du 06/10/2026\n"
        "Mme Berrada, 66 ans, spondylolisthésis dégénératif L4-L5 avec canal lombaire étroit symptomatique, échec du traitement médical.\n"
        "Décision: arthrodèse L4-L5 par voie postérieure + décompression. Programmation janvier 2027. "
        "Consultation d'anesthésie et bilan préopératoire à prévoir. Équilibre glycémique à vérifier."),
        doc("11488-4", "Staff rachis"), rach, None, "Décision du staff rachis")
    k.service_request(cc((ACTES, "RACH-ARTH-0420", "Arthrodèse lombaire postérieure un niveau avec décompression (PLIF)"),
                         text="Arthrodèse lombaire L4-L5 par voie postérieure avec laminectomie"),
                      "2026-10-06", "active", "order", requester=rach, reason_ref=[spl, sten], occurrence="2027-01-18",
                      priority="routine", note="Hospitalisation prévue du 17/01/2027 au 23/01/2027.")
    k.procedure(cc((ACTES, "RACH-ARTH-0420", "Arthrodèse lombaire postérieure un niveau avec décompression (PLIF)"),
                   text="Arthrodèse lombaire L4-L5 (PLIF)"), "preparation", None, rach, [spl, sten],
                note="Intervention programmée le 18/01/2027.")
    k.appointment("2026-12-22", "Consultation d'anesthésie préopératoire", [anest])
    k.labs("2026-11-24", {"hb": 13.2, "plt": 248, "creat": 72, "k": 4.3, "hba1c": 7.0, "glu": 6.9},
           "Bilan préopératoire", conclusion="Bilan compatible avec l'intervention; HbA1c 7,0 %.")
    return k


def a05(cid):
    """HCC BCLC D, palliative care; a second opinion from a national oncology institute is on record (July 2026)."""
    k = Case(cid, ORG)
    h = chu(k)
    ino = k.organization("Institut National d'Oncologie - Rabat (centre de recours)",
                         {"system": "https://fhir.chu-zerhoun.ma/NamingSystem/etablissement", "value": "INO-RBT"},
                         cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                         {"city": "Rabat", "country": "MA"})
    hep = doctor(k, "Idrissi Kaitouni", "Nabil", "Hépato-gastro-entérologie", "100133108", prefix="Pr")
    onco = doctor(k, "Benkirane", "Samia", "Oncologie médicale (INO Rabat)", "100099417", "female", "Pr")
    pal = doctor(k, "Mernissi", "Ghita", "Soins palliatifs", "100277830", "female")
    patient(k, "Amrani", "Mohamed", "male", "1955-01-09", "IPP-2026-055431", "D021187", phone="+212668003451", org=h)
    cover(k, "ramed", "RAMED-00417729")
    k.related("SON", "son", "Amrani", "Youssef", "male", "+212661900215")
    dt2 = k.condition(cim("E11.9", "Diabète sucré de type 2, sans complication"), "2010-01-01", recorded="2012-04-03")
    vhc = k.condition(cim("B18.2", "Hépatite virale chronique C"), "2008-01-01", recorded="2016-09-21")
    cir = k.condition(cim("K74.6", "Cirrhoses du foie, autres et sans précision"), "2018-01-01", recorded="2018-11-07",
                      note="Cirrhose virale C, Child-Pugh C10 en 2026.")
    chc = k.condition(cim("C22.0", "Carcinome hépatocellulaire"), "2026-05-12", recorded="2026-05-20", recorder=hep,
                      stage=txt("BCLC D (Child-Pugh C, ECOG 3), thrombose porte tumorale"))
    ct = k.report(cc((IMG, "TDM-ABD-3P", "TDM abdominale triphasique"), text="TDM abdominale triphasique"), "2026-05-12",
                  "Foie de cirrhose. Trois nodules hypervasculaires avec lavage (segments VI, VII, VIII), le plus grand 68 mm. "
                  "Thrombose tumorale du tronc porte. Ascite de moyenne abondance.",
                  cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=h)
    k.labs("2026-05-14", {"alb": 26, "bili": 48, "hb": 11.4, "plt": 82, "creat": 96}, "Bilan hépatique",
           conclusion="Insuffisance hépatocellulaire.")
    k.obs(cc((LOINC, "1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma"), text="Alpha-foetoprotéine"), "2026-05-14",
          qty(1250, "ug/L"), interp="H", rr=[{"high": qty(10, "ug/L")}])
    e1 = k.encounter("2026-06-10", "AMB", type_cc=venue("RCP", "Réunion de concertation pluridisciplinaire"), reason="RCP digestive",
                     practitioner=hep, org=h)
    k.note("2026-06-10", (
        "RCP d'oncologie digestive - CHU Zerhoun\n"
        "M. Amrani, 71 ans, cirrhose virale C Child-Pugh C10, CHC multifocal avec thrombose porte tumorale, ECOG 3.\n"
        "Stade BCLC D. Pas d'indication de résection, de transplantation, de chimio-embolisation ni de traitement systémique.\n"
        "Décision: soins de support exclusifs, prise en charge palliative. Annonce au patient et à son fils.\n"
        "La famille souhaite un second avis à l'INO de Rabat; courrier remis."),
        doc("11488-4", "Compte rendu de RCP"), hep, e1, "RCP digestive 10/06/2026")
    so = k.service_request(cc((ACTES, "AVIS-2ND-ONCO", "Demande de second avis oncologique (centre de recours)"), text="Demande de second avis oncologique"),
                           "2026-06-12", "completed", "order", requester=hep, performer=onco, reason_ref=[chc])
    e2 = k.encounter("2026-07-22", "AMB", type_cc=venue("AVIS-EXT", "Avis spécialisé externe (second avis)"), reason="Second avis oncologique",
                     practitioner=onco, org=ino)
    k.note("2026-07-22", (
        "Institut National d'Oncologie - Rabat. Avis de second recours (second avis).\n"
        "Dossier et imagerie relus. CHC multifocal sur cirrhose Child-Pugh C, thrombose porte, ECOG 3: BCLC D.\n"
        "Je confirme l'absence d'indication à un traitement carcinologique spécifique (y compris immunothérapie ou inhibiteur de tyrosine kinase). "
        "Je rejoins la décision de soins palliatifs exclusifs. Explications données au patient et à son fils, qui acceptent."),
        doc("11488-4", "Second avis oncologique"), onco, e2, "Second avis INO Rabat", related=[so])
    cp = k.careplan("Prise en charge palliative", "2026-07-30", category=cc((SCT, "103735009", "Palliative care"), text="Soins palliatifs"),
                    addresses=[chc, cir], author=pal,
                    activities=[(cc((SCT, "103735009", "Palliative care"), text="Suivi en consultation de soins palliatifs"), "in-progress", None),
                                (None, "in-progress", "Paracentèses évacuatrices à la demande")],
                    description="Soins palliatifs exclusifs après confirmation par second avis (INO Rabat, 22/07/2026).")
    k.med_request(med("N02AA01", "Morphine sulfate LP 10 mg"), "2026-07-30", "active", dosage="10 mg matin et soir", requester=pal,
                  reason_ref=[chc])
    k.med_request(med("C03DA01", "Spironolactone 75 mg"), "2026-07-30", "active", dosage="75 mg/j", requester=pal, reason_ref=[cir])
    e3 = k.encounter("2026-11-12", "AMB", type_cc=venue("CS-PAL", "Consultation de soins palliatifs"), reason="Suivi palliatif",
                     practitioner=pal, org=h)
    k.vitals("2026-11-12", 104, 62, 88, 61, encounter=e3)
    k.note("2026-11-12", (
        "Consultation de soins palliatifs\n"
        "Douleurs contrôlées sous morphine LP. Ascite, 2 paracentèses en octobre. Patient entouré, \"rani radi b qadr Allah\".\n"
        "Poursuite de la prise en charge palliative à domicile avec l'équipe mobile."),
        doc("11506-3", "Note de suivi"), pal, e3, "Soins palliatifs 12/11/2026")
    return k


def a06(cid):
    """Breast cancer after mastectomy: adjuvant anthracycline-taxane chemotherapy starts 8 Dec 2026, then radiotherapy."""
    k = Case(cid, ORG)
    h = chu(k)
    onc = doctor(k, "Naciri", "Meryem", "Oncologie médicale", "100201766", "female", "Pr")
    chir = doctor(k, "Bennis", "Adil", "Chirurgie gynécologique et mammaire", "100166240")
    patient(k, "Chraïbi", "Leïla", "female", "1974-09-30", "IPP-2026-064219", "D442870", phone="+212661554387", org=h)
    cover(k, "cnss", "CNSS-120977301")
    k.condition(cim("E66.9", "Obésité, sans précision"), "2015-01-01", recorded="2020-01-15")
    bc = k.condition(cim("C50.4", "Tumeur maligne du quadrant supéro-externe du sein"), "2026-08-18", recorded="2026-08-25",
                     recorder=chir, body_site=cc((SCT, "80248007", "Left breast structure"), text="Sein gauche"),
                     stage=txt("pT2 pN1a (2/14) M0 - carcinome canalaire infiltrant, RH+, HER2-, Ki67 35 %"))
    k.report(cc((LOINC, "24606-6", "MG Breast Screening"), text="Mammographie bilatérale"), "2026-08-12",
             "Masse spiculée de 28 mm du QSE gauche, ACR 5. Adénopathie axillaire gauche suspecte.",
             cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=h)
    sr = k.service_request(cc((ACTES, "SEIN-MAST-0210", "Mastectomie totale avec curage axillaire"), text="Mastectomie gauche + curage"),
                           "2026-09-10", "completed", "order", requester=chir, reason_ref=[bc])
    e1 = k.encounter("2026-10-19", "IMP", type_cc=venue("HOSP-PROG", "Hospitalisation programmée"), reason="Mastectomie gauche",
                     practitioner=chir, org=h, end="2026-10-23")
    k.procedure(cc((ACTES, "SEIN-MAST-0210", "Mastectomie totale avec curage axillaire"), text="Mastectomie totale gauche avec curage axillaire"),
                "completed", "2026-10-20", chir, [bc], based_on=[sr], encounter=e1, outcome="Suites simples")
    k.report(cc((LOINC, "22637-3", "Pathology report final diagnosis Narrative"), text="Anatomopathologie pièce de mastectomie"), "2026-11-03",
             "Carcinome canalaire infiltrant grade II, 32 mm, marges saines. 2 ganglions métastatiques sur 14. RE 90 %, RP 60 %, HER2 score 1+, Ki67 35 %.",
             cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "SP", "Surgical Pathology")), performer=h)
    e2 = k.encounter("2026-11-12", "AMB", type_cc=venue("RCP", "Réunion de concertation pluridisciplinaire"), reason="RCP sénologie post-opératoire",
                     practitioner=onc, org=h)
    k.note("2026-11-12", (
        "RCP de sénologie - 12/11/2026\n"
        "Patiente de 52 ans, carcinome canalaire infiltrant du sein gauche pT2 pN1a M0, RH+ HER2-, Ki67 35 %. Mastectomie + curage le 20/10/2026.\n"
        "Décision: chimiothérapie adjuvante 4 cures EC100 toutes les 3 semaines puis paclitaxel hebdomadaire x 12, "
        "puis radiothérapie de la paroi et des aires ganglionnaires, puis hormonothérapie 5 ans. Début de la chimiothérapie le 08/12/2026."),
        doc("11488-4", "Compte rendu de RCP"), onc, e2, "RCP sénologie")
    e3 = k.encounter("2026-11-26", "AMB", type_cc=venue("CS-ANN", "Consultation d'annonce"), reason="Consultation d'annonce chimiothérapie",
                     practitioner=onc, org=h)
    k.vitals("2026-11-26", 128, 80, 78, 84, bmi=32.8, encounter=e3, ht=160)
    k.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="FEVG (échocardiographie)"), "2026-11-24", qty(64, "%"),
          "imaging", "N", [{"low": qty(55, "%")}])
    k.labs("2026-11-24", {"hb": 12.6, "wbc": 6.8, "plt": 290, "alt": 22, "creat": 64, "bili": 9}, "Bilan pré-chimiothérapie",
           conclusion="Bilan normal, pas de contre-indication.")
    cp = k.careplan("Traitement adjuvant du cancer du sein gauche", "2026-11-26", category=txt("Plan personnalisé de soins (PPS)"),
                    addresses=[bc], author=onc, start="2026-12-08", end="2027-11-30",
                    activities=[(cc((SCT, "367336001", "Chemotherapy"), text="Chimiothérapie EC100 x 4 puis paclitaxel hebdomadaire x 12"), "scheduled", "Début le 08/12/2026, hôpital de jour d'oncologie"),
                                (cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Radiothérapie paroi + aires ganglionnaires 50 Gy/25 fractions"), "not-started", "Prévue mai 2027"),
                                (None, "not-started", "Hormonothérapie adjuvante 5 ans")])
    k.med_request(med("L01DB03", "Épirubicine 100 mg/m²"), "2026-11-26", "active", "order",
                  dosage="100 mg/m² IV J1, toutes les 3 semaines, 4 cures (première cure le 08/12/2026)", requester=onc,
                  reason_ref=[bc], course=None, start="2026-12-08",
                  category=cc(("http://terminology.hl7.org/CodeSystem/medicationrequest-category", "outpatient", "Outpatient")))
    k.med_request(med("L01AA01", "Cyclophosphamide 500 mg/m²"), "2026-11-26", "active", "order",
                  dosage="500 mg/m² IV J1, toutes les 3 semaines, 4 cures", requester=onc, reason_ref=[bc], course=None, start="2026-12-08")
    k.note("2026-11-26", (
        "Consultation d'annonce - oncologie médicale\n"
        "Explication du protocole: 4 cures EC puis 12 paclitaxel, puis radiothérapie. Effets indésirables expliqués: alopécie, nausées, "
        "fatigue, risque infectieux, neuropathie. La patiente est inquiète: \"khayfa men la chimio, khayfa n7ayed cha3ri\". "
        "Soutien psychologique proposé. Arrêt de travail prévu pendant toute la durée du traitement.\n"
        "FEVG 64 %. Début C1 le 08/12/2026 en hôpital de jour."),
        doc("11488-4", "Consultation d'annonce"), onc, e3, "Consultation d'annonce")
    return k


def a07(cid):
    """Lumbar disc herniation managed conservatively; patient experience questionnaire answers Yes to a second opinion."""
    k = Case(cid, ORG)
    h = chu(k)
    rhu = doctor(k, "Hajjaj-Hassouni", "Nadia", "Rhumatologie", "100122456", "female", "Pr")
    patient(k, "Fassi-Fihri", "Omar", "male", "1979-06-18", "IPP-2026-071550", "D610072", phone="+212664452301", org=h)
    cover(k, "cnss", "CNSS-115630882")
    k.condition(cim("K21.9", "Reflux gastro-oesophagien sans oesophagite"), "2020-01-01", recorded="2021-06-09")
    hd = k.condition(cim("M51.1", "Atteintes d'un disque lombaire et d'autres disques intervertébraux avec radiculopathie"), "2026-06-15",
                     recorded="2026-07-08", recorder=rhu, note="Hernie discale L5-S1 postéro-latérale droite, sciatique S1 droite.")
    e1 = k.encounter("2026-07-08", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Sciatique droite",
                     practitioner=rhu, org=h, diagnosis=[hd])
    k.vitals("2026-07-08", 126, 80, 70, 82, encounter=e1)
    k.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="EVA radiculaire"), "2026-07-08", 7, e1)
    k.report(cc((IMG, "IRM-RACH-LOMB", "IRM du rachis lombaire"), text="IRM lombaire"), "2026-07-20",
             "Hernie discale L5-S1 postéro-latérale droite au contact de la racine S1 droite. Pas de sténose canalaire.",
             cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=h)
    k.med_request(med("M01AE01", "Ibuprofène 400 mg"), "2026-07-08", "completed", dosage="400 mg x 3/j pendant 10 jours", requester=rhu,
                  reason_ref=[hd], course="acute")
    k.service_request(cc((ACTES, "REE-KINE-20", "Rééducation rachidienne 20 séances"), text="Kinésithérapie 20 séances"), "2026-07-08",
                      "completed", "order", requester=rhu, reason_ref=[hd])
    k.procedure(cc((ACTES, "RACH-INF-0031", "Infiltration épidurale lombaire sous scopie"), text="Infiltration épidurale L5-S1"),
                "completed", "2026-09-02", rhu, [hd])
    e2 = k.encounter("2026-10-20", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Suivi sciatique", practitioner=rhu, org=h)
    k.vitals("2026-10-20", 124, 78, 68, 81, encounter=e2)
    k.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="EVA radiculaire"), "2026-10-20", 4, e2)
    k.note("2026-10-20", (
        "Consultation de rhumatologie - suivi\n"
        "Sciatique S1 droite sur hernie discale L5-S1. Amélioration partielle après kinésithérapie et infiltration (EVA 7 -> 4). "
        "Pas de déficit moteur, pas de syndrome de la queue de cheval.\n"
        "Pas d'indication chirurgicale actuellement. Poursuite de l'auto-rééducation. Revoir dans 3 mois."),
        doc("11506-3", "Note de suivi"), rhu, e2, "Suivi rhumatologie 20/10/2026")
    k.questionnaire_response("2026-10-20", [
        {"linkId": "1", "text": "Avez-vous reçu suffisamment d'explications sur votre diagnostic ?",
         "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA32-8", "display": "No"}}]},
        {"linkId": "2", "text": "Vous êtes-vous senti(e) écouté(e) par l'équipe soignante ?",
         "answer": [{"valueString": "Pas vraiment, la consultation a duré 5 minutes"}]},
        {"linkId": "3", "text": "Souhaitez-vous obtenir un second avis médical ?",
         "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA33-6", "display": "Yes"}}]},
        {"linkId": "4", "text": "Commentaire libre",
         "answer": [{"valueString": "bghit nchouf chi tbib akhor. Ma fhemtch wach khassni l3amaliya wla la, kolchi kaygoul li haja okhra."}]},
    ], questionnaire="https://fhir.chu-zerhoun.ma/Questionnaire/experience-patient-v2", author=k.patient_ref,
        source=k.patient_ref, encounter=e2)
    return k


def a08(cid):
    """Diabetic woman: radiologist double reading of a benign mammogram, and a patient message about a certificate."""
    k = Case(cid, ORG)
    h = chu(k)
    endo = doctor(k, "Ouazzani Chahdi", "Hanane", "Endocrinologie", "100209871", "female")
    rad1 = doctor(k, "Guennoun", "Tarik", "Radiologie", "100190552")
    rad2 = doctor(k, "Squalli Houssaini", "Asmaa", "Radiologie (sénologie)", "100214633", "female")
    patient(k, "Kettani", "Zineb", "female", "1968-03-27", "IPP-2024-033871", "D277190", phone="+212662337012", org=h)
    cover(k, "cnops", "CNOPS-3318054")
    dt2 = k.condition(cim("E11.9", "Diabète sucré de type 2, sans complication"), "2017-01-01", recorded="2017-05-22")
    hta = k.condition(cim("I10", "Hypertension essentielle (primitive)"), "2019-01-01", recorded="2019-11-05")
    k.med_request(med("A10BA02", "Metformine 1000 mg"), "2025-12-01", "active", dosage="1000 mg x 2/j", requester=endo, reason_ref=[dt2])
    k.med_request(med("C09CA01", "Losartan 50 mg"), "2025-12-01", "active", dosage="50 mg/j", requester=endo, reason_ref=[hta])
    k.labs("2026-05-12", {"hba1c": 7.0, "creat": 70, "k": 4.4}, "Bilan semestriel")
    e1 = k.encounter("2026-05-19", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Suivi diabète", practitioner=endo, org=h)
    k.vitals("2026-05-19", 132, 80, 72, 74, bmi=28.1, encounter=e1)
    mg = k.report(cc((LOINC, "24606-6", "MG Breast Screening"), text="Mammographie de dépistage bilatérale"), "2026-10-02",
                  "Seins de densité B. Microcalcifications rondes et dispersées bilatérales, d'allure bénigne. ACR 2.",
                  cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=rad1)
    k.report(cc((LOINC, "24606-6", "MG Breast Screening"), text="Mammographie - deuxième lecture"), "2026-10-09",
             "Deuxième lecture systématique du programme de dépistage (second avis radiologique): concordance avec la première lecture, ACR 2. "
             "Prochaine mammographie dans 2 ans.",
             cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")), performer=rad2)
    k.communication("2026-10-15",
                    "Bonjour docteur, je voudrais décaler mon rendez-vous du 20 octobre au mois de novembre car je voyage pour la famille. "
                    "J'ai aussi besoin d'un certificat médical pour mon travail. Choukran bezzaf.",
                    k.patient_ref, endo, category=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"),
                                                      text="Messagerie patient"),
                    medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "EMAILWRIT", "email"), text="Messagerie sécurisée"))
    k.communication("2026-10-16", "Rendez-vous déplacé au 03/11/2026. Le certificat sera remis lors de la consultation.", endo, k.patient_ref,
                    category=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification")))
    k.labs("2026-10-27", {"hba1c": 6.9, "creat": 71, "k": 4.5, "chol": 4.6}, "Bilan semestriel",
           interp_over={"chol": "N"})
    e2 = k.encounter("2026-11-03", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Suivi diabète", practitioner=endo, org=h)
    k.vitals("2026-11-03", 130, 78, 70, 73, bmi=27.8, encounter=e2)
    k.note("2026-11-03", (
        "Consultation d'endocrinologie\n"
        "Diabète de type 2 équilibré (HbA1c 6,9 %), TA 130/78. Mammographie de dépistage ACR 2 confirmée en deuxième lecture. "
        "Certificat médical remis. Patiente satisfaite du suivi. Poursuite du traitement, revoir dans 6 mois."),
        doc("11506-3", "Note de suivi"), endo, e2, "Suivi diabète 03/11/2026")
    return k


def a09(cid):
    """Seropositive RA: DAS28-CRP rising 3.8 -> 4.7 -> 5.4 over 8 months despite adherent methotrexate + HCQ."""
    k = Case(cid, ORG)
    h = chu(k)
    rhu = doctor(k, "El Maghraoui", "Abdellah", "Rhumatologie", "100118733", prefix="Pr")
    patient(k, "Bouzidi", "Rkia", "female", "1971-12-05", "IPP-2023-011947", "D198655", phone="+212667210934", org=h)
    cover(k, "cnss", "CNSS-109988273")
    pr = k.condition(cim("M05.8", "Autres polyarthrites rhumatoïdes séropositives"), "2023-01-01", recorded="2023-04-11", recorder=rhu,
                     note="PR séropositive (FR+, anti-CCP+), érosive.")
    dys = k.condition(cim("E78.5", "Hyperlipidémie, sans précision"), "2021-01-01", recorded="2022-03-15")
    k.med_statement(med("L04AX03", "Méthotrexate 20 mg/semaine SC"), "active", "2024-02-01", dosage="20 mg une fois par semaine en sous-cutané",
                    reason_ref=[pr], note="Bonne observance rapportée; injections faites par l'infirmière du quartier.")
    k.med_statement(med("P01BA02", "Hydroxychloroquine 200 mg"), "active", "2024-02-01", dosage="200 mg x 2/j", reason_ref=[pr])
    k.med_statement(med("B03BB01", "Acide folique 5 mg"), "active", "2024-02-01", dosage="5 mg 48 h après le méthotrexate")
    k.med_statement(med("H02AB07", "Prednisone 5 mg"), "active", "2026-06-09", dosage="5 mg/j", reason_ref=[pr])
    k.med_statement(med("C10AA05", "Atorvastatine 20 mg"), "active", "2021-04-01", dosage="20 mg/j", reason_ref=[dys])
    das = cc((LOCAL_OBS, "DAS28-CRP", "Disease Activity Score 28 articulations - CRP"), text="DAS28-CRP")
    for d, v, crp, tj, sj in (("2026-02-24", 3.8, 8.0, 5, 3), ("2026-06-09", 4.7, 16.0, 9, 6), ("2026-10-27", 5.4, 24.0, 12, 8)):
        e = k.encounter(d, "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Suivi polyarthrite rhumatoïde",
                        practitioner=rhu, org=h, diagnosis=[pr])
        k.vitals(d, 128, 78, 76, 66, encounter=e)
        k.lab("crp", d, crp, e)
        k.obs(das, d, qty(v, "{score}"), "survey", "H" if v > 3.2 else None, encounter=e,
              components=[{"code": txt("Articulations douloureuses (/28)"), "valueInteger": tj},
                          {"code": txt("Articulations gonflées (/28)"), "valueInteger": sj}])
    k.labs("2026-10-27", {"alt": 28, "creat": 66, "hb": 12.4, "wbc": 6.1}, "Surveillance méthotrexate")
    k.note("2026-10-27", (
        "Consultation de rhumatologie\n"
        "PR séropositive érosive sous méthotrexate 20 mg/sem SC + hydroxychloroquine depuis février 2024, prednisone 5 mg ajoutée en juin. "
        "Observance vérifiée (carnet d'injections à jour). La patiente dit: \"ydiya w rjlia kaywja3ouni, ma kan9derch nkhdem f dar\".\n"
        "12 articulations douloureuses, 8 gonflées. DAS28-CRP 5,4 (4,7 en juin, 3,8 en février): aggravation malgré le traitement de fond.\n"
        "Plan: demande de biothérapie (anti-TNF) - dossier de prise en charge AMO en cours. Radiographies des mains et pieds demandées."),
        doc("11506-3", "Note de suivi"), rhu, None, "Suivi PR 27/10/2026")
    return k


def a10(cid):
    """Elderly man followed by five specialties: T2DM, hypertension, permanent AF, CKD 3b, COPD, knee OA; all stable."""
    k = Case(cid, ORG)
    h = chu(k)
    mi = doctor(k, "Sefiani", "Driss", "Médecine interne (coordination)", "100111904", prefix="Pr")
    card = doctor(k, "Lazrak", "Imane", "Cardiologie", "100230188", "female")
    neph = doctor(k, "Bayahia", "Rachid", "Néphrologie", "100157741")
    pneu = doctor(k, "Zaghba", "Nahid", "Pneumologie", "100238014", "female")
    patient(k, "Alaoui M'daghri", "Ahmed", "male", "1955-07-19", "IPP-2019-008812", "D009433", phone="+212660871236", org=h)
    cover(k, "ramed", "RAMED-00288051")
    dt2 = k.condition(cim("E11.9", "Diabète sucré de type 2, sans complication"), "2006-01-01", recorded="2010-02-01")
    hta = k.condition(cim("I10", "Hypertension essentielle (primitive)"), "2004-01-01", recorded="2010-02-01")
    fa = k.condition(cim("I48.2", "Fibrillation auriculaire chronique"), "2019-05-01", recorded="2019-05-14", recorder=card,
                     note="FA permanente, CHA2DS2-VASc 4.")
    irc = k.condition(cim("N18.3", "Maladie rénale chronique, stade 3"), "2021-01-01", recorded="2021-09-30", recorder=neph,
                      note="Néphropathie diabétique et vasculaire, stade 3b.")
    bpco = k.condition(cim("J44.9", "Maladie pulmonaire obstructive chronique, sans précision"), "2016-01-01", recorded="2017-03-08",
                       recorder=pneu, note="Ancien fumeur 40 PA, VEMS 58 %.")
    gon = k.condition(cim("M17.1", "Autres gonarthroses primaires"), "2018-01-01", recorded="2020-10-12")
    for code, name, dose, reason in (("A10AE04", "Insuline glargine", "20 UI le soir", dt2), ("A10BH01", "Sitagliptine 50 mg", "50 mg/j", dt2),
                                     ("C08CA01", "Amlodipine 10 mg", "10 mg/j", hta), ("C07AB07", "Bisoprolol 5 mg", "5 mg/j", fa),
                                     ("B01AA07", "Acénocoumarol 4 mg", "selon INR", fa), ("R03BB04", "Tiotropium 18 µg", "1 inhalation/j", bpco),
                                     ("N02BE01", "Paracétamol 1 g", "1 g x 3/j si douleur", gon)):
        k.med_statement(med(code, name), "active", "2025-01-01", dosage=dose, reason_ref=[reason])
    k.labs("2026-05-06", {"hba1c": 7.2, "creat": 158, "egfr": 39, "k": 4.7, "hb": 13.0}, "Bilan semestriel",
           ranges={"hba1c": (4.0, 7.0)})
    k.labs("2026-11-04", {"hba1c": 7.0, "creat": 160, "egfr": 38, "k": 4.8, "hb": 13.1}, "Bilan semestriel",
           ranges={"hba1c": (4.0, 7.0)})
    k.obs(cc((LOINC, "34714-6", "INR in Blood by Coagulation assay"), text="INR"), "2026-11-04", qty(2.4, "{INR}"),
          interp="N", rr=[{"low": qty(2.0, "{INR}"), "high": qty(3.0, "{INR}"), "text": "Zone thérapeutique sous AVK"}])
    for d, who, why in (("2026-06-10", card, "Suivi cardiologique (FA)"), ("2026-07-08", neph, "Suivi néphrologique"),
                        ("2026-09-16", pneu, "Suivi BPCO")):
        e = k.encounter(d, "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason=why, practitioner=who, org=h)
        k.vitals(d, 134, 78, 74, 79, encounter=e)
    e4 = k.encounter("2026-11-18", "AMB", type_cc=venue("CS-EXT", "Consultation externe"), reason="Consultation de coordination",
                     practitioner=mi, org=h)
    k.vitals("2026-11-18", 132, 76, 72, 79, bmi=27.4, spo2=94, encounter=e4)
    k.note("2026-11-18", (
        "Médecine interne - consultation de coordination\n"
        "Patient de 71 ans suivi conjointement en cardiologie (FA permanente sous AVK, HTA), néphrologie (MRC stade 3b), "
        "pneumologie (BPCO GOLD 2), endocrinologie (diabète de type 2 insulino-traité) et rhumatologie (gonarthrose bilatérale).\n"
        "État stable: HbA1c 7,0 %, DFG 38 mL/min stable, INR 2,4, pas d'exacerbation de BPCO cette année. \"l7amdoulillah, ghir rkabi\".\n"
        "Polymédication (8 molécules): révision des traitements faite, pas d'interaction majeure. Revoir dans 6 mois."),
        doc("11506-3", "Note de coordination"), mi, e4, "Coordination médecine interne")
    return k


CASES = [
    dict(key="A01", build=a01, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Primary-care visit for headache on 2026-10-06 followed by two unscheduled emergency visits within 14 days (13 and 18 Oct); "
             "bloods and CT normal, no diagnosis, headaches still daily in November with neurology months away.",
         summary="Moroccan CHU: daily headache, GP visit then two ED returns within 12 days, normal CT, told 'nothing wrong'"),
    dict(key="A02", build=a02, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="Functional colopathy (K58.9) active since May 2025 while symptoms continue, and nocturnal diarrhoea, 6 kg weight loss, "
             "raised CRP and faecal calprotectin 480 appeared that the label cannot explain; the label was simply maintained.",
         summary="Moroccan CHU: IBS label kept 18 months despite nocturnal diarrhoea, weight loss, calprotectin 480"),
    dict(key="A03", build=a03, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss", expected=[],
         why="The unspecified abdominal-pain code lasted one month and was replaced by symptomatic gallstones, which explained the pain; "
             "cholecystectomy was done in July and the patient is asymptomatic.",
         summary="Moroccan CHU: R10.4 abdominal pain requalified as gallstones, laparoscopic cholecystectomy done, symptom-free"),
    dict(key="A04", build=a04, target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Posterior L4-L5 lumbar fusion with decompression decided by the spine staff, ServiceRequest active and Procedure in "
             "preparation for 18 January 2027.",
         summary="Moroccan CHU: degenerative spondylolisthesis, L4-L5 PLIF booked for January 2027 (local act code)"),
    dict(key="A05", build=a05, target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
         why="BCLC D hepatocellular carcinoma with exclusive palliative care, but a second opinion from the national oncology institute "
             "(July 2026) confirming no specific treatment is on record within 12 months.",
         summary="Moroccan CHU: HCC on cirrhosis, palliative plan; external second opinion already obtained and concordant"),
    dict(key="A06", build=a06, target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="Adjuvant epirubicin-cyclophosphamide then paclitaxel chemotherapy ordered to start 8 Dec 2026, followed by chest-wall "
             "radiotherapy; mastectomy already done.",
         summary="Moroccan CHU: breast cancer after mastectomy, EC-paclitaxel chemotherapy and radiotherapy planned"),
    dict(key="A07", build=a07, target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="The patient-experience QuestionnaireResponse answers Yes to 'would you like a second medical opinion', with a Darija "
             "comment saying he wants to see another doctor and did not understand whether he needs surgery.",
         summary="Moroccan CHU: L5-S1 disc herniation improving conservatively; patient questionnaire asks for a second opinion"),
    dict(key="A08", build=a08, target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
         why="The only 'second opinion' is the radiologists' routine double reading of a benign screening mammogram; the patient's own "
             "message only asks to move an appointment and for a work certificate.",
         summary="Moroccan CHU: stable diabetic; mammogram ACR 2 with routine second reading; patient message is administrative"),
    dict(key="A09", build=a09, target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="DAS28-CRP rose 3.8 -> 4.7 -> 5.4 (+1.6, above the 1.2 minimal important change) from February to October 2026 while "
             "methotrexate and hydroxychloroquine, with documented adherence, ran throughout since 2024.",
         summary="Moroccan CHU: seropositive RA, DAS28 worsening over 8 months on methotrexate + HCQ; biologic requested"),
    dict(key="A10", build=a10, target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Six active chronic conditions (type 2 diabetes, hypertension, permanent AF, CKD 3b, COPD, knee OA) followed by five "
             "specialties; stable, so no other criterion applies.",
         summary="Moroccan CHU: 71-year-old with six chronic conditions across five specialties, coordination visit"),
]
