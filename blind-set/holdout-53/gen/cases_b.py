"""Cases from the Québec community hospital (Hôpital communautaire de la Rivière-aux-Saules): ICD-10-CA,
CCI (rubric level), local formulary codes, French notes, referrals from family medicine groups (GMF)."""
from fhirkit import cc, tx, ramq_ident

PSN, DSM, MPP, UNT = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH",
                      "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS")
HIT, PRC, WDT, RARE = ("HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN",
                       "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
FORM = "https://fhir.hcras.example/CodeSystem/formulaire"
LOCLAB = "https://fhir.hcras.example/CodeSystem/analyses"


def dx(code, display, text=None):
    return cc(("icd10ca", code, display), text=text or display)


def cci(code, display, text=None):
    return cc(("cci", code, display), text=text or display)


def med(code, text, atc=None):
    codings = [(FORM, code, text)]
    if atc:
        codings.append(("atc", atc[0], atc[1]))
    return cc(*codings, text=text)


YES = ("loinc", "LA33-6", "Yes")
NO = ("loinc", "LA32-8", "No")


def qc_base(c, fam, given, gender, birth, seq, pracs, line, postal, marital=None, gmf=True):
    c.main_org()
    ramq = c.organization("Régie de l'assurance maladie du Québec", kind="govt", alias=["RAMQ"])
    g = c.organization("GMF des Trois-Ponts", kind="prov", alias=["Groupe de médecine de famille des Trois-Ponts"],
                       city="Rivière-aux-Saules") if gmf else None
    pr = {}
    for key, pf, pg, qual in pracs:
        pr[key] = c.practitioner(key, pf, pg, qual=qual, lang="fr-CA")
    c.patient(fam, given, gender, birth, ident=ramq_ident(fam, given, birth, gender, seq), line=line, postal=postal,
              marital=marital, lang="fr-CA", gp=pr[pracs[0][0]])
    c.coverage(ramq, "Régime public d'assurance maladie du Québec", start="2000-01-01",
               subscriber_id=ramq_ident(fam, given, birth, gender, seq)["value"])
    return pr, g


# ------------------------------------------------------------------------------------------
def qc_return(c):
    pr, gmf = qc_base(c, "Tremblay", "Réjean", "male", "1968-02-21", 11,
                      [("md", "Fortin", "Isabelle", "Médecin de famille"),
                       ("ed", "Haddad", "Karim", "Médecin d'urgence"),
                       ("im", "Vachon", "Chloé", "Interniste")],
                      "212, rang Saint-Joseph", "J0K 2R0", marital="M")
    dm = c.condition(dx("E11.9", "Diabète sucré de type 2 sans complication"), onset="2017-04-01", who=pr["md"])
    htn = c.condition(dx("I10", "Hypertension essentielle (primitive)"), onset="2014-09-01", who=pr["md"])
    c.medstmt(med("F-0412", "Metformine 850 mg co.", ("A10BA02", "metformin")), "active", start="2017-04-01",
              dosage="1 co. BID", reason_ref=[dm])
    c.medstmt(med("F-0977", "Périndopril 4 mg co.", ("C09AA04", "perindopril")), "active", start="2014-09-01",
              dosage="1 co. DIE", reason_ref=[htn])
    c.lab("hba1c", "2026-06-02", 7.1, high=6.0, text="HbA1c")
    e1 = c.encounter("2026-10-05", "Consultation sans rendez-vous (GMF)", who=pr["md"], provider=gmf, time="10:15",
                     reason=tx("Toux et fièvre depuis 3 jours"))
    c.vital("temp", "2026-10-05", 38.2, enc=e1)
    c.vital("spo2", "2026-10-05", 95, enc=e1)
    c.vital("hr", "2026-10-05", 96, enc=e1)
    c.bp("2026-10-05", 134, 82, enc=e1)
    c.condition(dx("J20.9", "Bronchite aiguë, sans précision"), onset="2026-10-02", recorded="2026-10-05", clin="resolved",
                abate="2026-10-14", cat="encounter-diagnosis", who=pr["md"], enc=e1)
    c.note("2026-10-05", "progress", "GMF – consultation sans rendez-vous",
           "Homme de 58 ans, diabétique type 2. Toux productive, fièvre 38–38,5 °C et fatigue depuis 3 jours.\n"
           "Examen : T 38,2, FC 96, SpO2 95 % AA. Quelques ronchi diffus, pas de crépitants focaux.\n"
           "Impression : bronchite aiguë probablement virale. Pas de radiographie pulmonaire. Repos, hydratation, "
           "acétaminophène. Reconsulter si dyspnée ou fièvre persistante.", pr["md"], enc=e1)
    e2 = c.encounter("2026-10-14", "Urgence", cls="EMER", who=pr["ed"], time="07:40", length_min=300, priority="EM",
                     reason=tx("Dyspnée, fièvre 39,4 °C, toux"))
    c.vital("temp", "2026-10-14", 39.4, enc=e2, time="07:50")
    c.vital("spo2", "2026-10-14", 88, enc=e2, time="07:50")
    c.vital("rr", "2026-10-14", 28, enc=e2, time="07:50")
    c.bp("2026-10-14", 98, 60, enc=e2, time="07:50")
    labs = [c.lab("wbc", "2026-10-14", 17.8, 4.0, 11.0, text="Leucocytes", time="08:10"),
            c.lab("crp", "2026-10-14", 238, high=10, text="CRP", time="08:10"),
            c.obs(cc(("loinc", "2524-7", "Lactate [Moles/volume] in Serum or Plasma"), text="Lactate"), "2026-10-14",
                  value=3.1, unit="mmol/L", ucum="mmol/L", low=0.5, high=2.2, time="08:10"),
            c.lab("crea", "2026-10-14", 132, 60, 110, text="Créatinine", time="08:10"),
            c.lab("glu_si", "2026-10-14", 16.2, 3.6, 7.0, text="Glucose", time="08:10")]
    c.report(cc((LOCLAB, "URG-BIL", "Bilan d'urgence"), text="Bilan d'urgence"), "2026-10-14", labs, who=pr["ed"],
             conclusion="Syndrome inflammatoire marqué, hyperlactatémie, insuffisance rénale aiguë prérénale probable.")
    c.note("2026-10-14", "imaging", "Radiographie pulmonaire PA et latérale",
           "Consolidation du lobe inférieur droit avec bronchogramme aérien. Petit épanchement pleural droit. "
           "Conclusion : pneumonie lobaire inférieure droite.", pr["ed"], enc=e2)
    e3 = c.encounter("2026-10-14", "Hospitalisation – médecine interne", cls="IMP", who=pr["im"], time="12:40",
                     end="2026-10-19", end_time="11:00", admit="emd", discharge="home", priority="EM")
    pneu = c.condition(dx("J18.1", "Pneumonie lobaire, sans précision"), onset="2026-10-14", clin="resolved",
                       abate="2026-10-30", cat="encounter-diagnosis", who=pr["im"], enc=e3,
                       note="Pneumonie lobaire inférieure droite avec sepsis.")
    cef = med("F-0231", "Ceftriaxone 1 g IV", ("J01DD04", "ceftriaxone"))
    for day in ("2026-10-14", "2026-10-15", "2026-10-16"):
        c.medadmin(cef, c.dt(day, "13:00"), 1, "g", route="IV", enc=e3, reason=dx("J18.1", "Pneumonie lobaire, sans précision"))
    c.note("2026-10-19", "discharge", "Sommaire d'hospitalisation",
           "Admis le 14 octobre par l'urgence pour pneumonie lobaire inférieure droite avec sepsis (lactate 3,1, "
           "hypotension répondant aux solutés), 9 jours après une consultation au GMF pour toux fébrile traitée comme "
           "bronchite virale. Ceftriaxone IV puis amoxicilline-clavulanate PO, azithromycine 3 jours. "
           "Hémocultures négatives. Créatinine normalisée (132 → 84). Congé le 19 octobre.\n"
           "Suivi : GMF dans 2 semaines, radiographie de contrôle dans 6 semaines.", pr["im"], enc=e3)
    e4 = c.encounter("2026-11-02", "Suivi post-hospitalisation (GMF)", who=pr["md"], provider=gmf, time="14:00",
                     reason_ref=[pneu])
    c.vital("spo2", "2026-11-02", 97, enc=e4)
    c.servicereq(cc(("loinc", "36643-5", "XR Chest 2 Views"), text="Radiographie pulmonaire de contrôle"), "active", "order",
                 "2026-11-02", occurrence="2026-12-09", reason_ref=[pneu], who=pr["md"])
    c.note("2026-11-02", "progress", "GMF – suivi post-hospitalisation",
           "Nette amélioration, afébrile, toux résiduelle légère. Auscultation : quelques crépitants basaux droits. "
           "Radiographie de contrôle prévue le 9 décembre.", pr["md"], enc=e4)


def qc_ida(c):
    pr, gmf = qc_base(c, "Côté", "Ginette", "female", "1960-07-09", 21,
                      [("md", "Gauthier", "Marc-André", "Médecin de famille"),
                       ("gi", "Nadeau", "Sophie", "Gastro-entérologue")],
                      "38, rue des Érables", "J0K 2R0", marital="W")
    oa = c.condition(dx("M17.0", "Gonarthrose primaire bilatérale"), onset="2018-03-01", who=pr["md"])
    htn = c.condition(dx("I10", "Hypertension essentielle (primitive)"), onset="2012-05-01", who=pr["md"])
    c.medstmt(med("F-0144", "Amlodipine 5 mg co.", ("C08CA01", "amlodipine")), "active", start="2012-05-01",
              dosage="1 co. DIE", reason_ref=[htn])
    c.medstmt(med("F-0690", "Naproxène 500 mg co.", ("M01AE02", "naproxen")), "stopped", start="2019-01-01",
              end="2026-08-20", dosage="1 co. BID", reason_ref=[oa], note="Cessé : anémie ferriprive, suspicion de saignement digestif.")
    e1 = c.encounter("2026-08-11", "Examen médical périodique (GMF)", who=pr["md"], provider=gmf, time="09:00")
    c.bp("2026-08-11", 132, 78, enc=e1)
    c.vital("hr", "2026-08-11", 92, enc=e1)
    labs = [c.lab("hb", "2026-08-11", 98, 120, 160, text="Hémoglobine"), c.lab("mcv", "2026-08-11", 74, 80, 100, text="VGM"),
            c.lab("ferritin", "2026-08-11", 5, 20, 200, text="Ferritine"), c.lab("plt", "2026-08-11", 398, 150, 400, text="Plaquettes"),
            c.lab("crea", "2026-08-11", 71, 45, 90, text="Créatinine")]
    c.report(cc(("loinc", "58410-2", "CBC panel - Blood by Automated count"), text="FSC et bilan martial"), "2026-08-11", labs,
             who=pr["md"], conclusion="Anémie microcytaire ferriprive.")
    e2 = c.encounter("2026-08-20", "Rendez-vous de résultats (GMF)", who=pr["md"], provider=gmf, time="11:30")
    ida = c.condition(dx("D50.0", "Anémie par carence en fer secondaire à une perte de sang (chronique)"), onset="2026-08-11",
                      recorded="2026-08-20", who=pr["md"], enc=e2)
    c.medreq(med("F-0388", "Sulfate ferreux 300 mg co.", ("B03AA07", "ferrous sulfate")), "2026-08-20",
             "1 co. un jour sur deux", who=pr["md"], enc=e2, reason_ref=[ida])
    c.servicereq(tx("Consultation en gastro-entérologie : gastroscopie et coloscopie pour anémie ferriprive"), "completed",
                 "order", "2026-08-20", reason_ref=[ida], who=pr["md"], performer=pr["gi"], priority="urgent")
    c.note("2026-08-20", "progress", "GMF – résultats",
           "Hb 98, VGM 74, ferritine 5 : anémie ferriprive. Pas de méléna rapporté. Prend du naproxène depuis 2019 pour "
           "ses genoux. Cesser le naproxène, débuter le fer. Référence prioritaire en gastro-entérologie pour "
           "gastroscopie et coloscopie.", pr["md"], enc=e2)
    e3 = c.encounter("2026-09-08", "Unité d'endoscopie", who=pr["gi"], time="08:00", length_min=90)
    c.procedure(tx("Gastroscopie avec biopsies"), "completed", date=c.dt("2026-09-08", "08:15"), who=pr["gi"], enc=e3,
                reason_ref=[ida], outcome="Multiples érosions antrales, pas d'ulcère. Biopsies : gastrite chimique, H. pylori négatif.")
    c.procedure(cci("2.NM.70.^^", "Inspection, gros intestin", "Coloscopie totale"), "completed",
                date=c.dt("2026-09-08", "08:45"), who=pr["gi"], enc=e3, reason_ref=[ida],
                outcome="Coloscopie complète jusqu'au cæcum : petit polype hyperplasique rectal réséqué, sinon normale.")
    gast = c.condition(dx("K29.1", "Autres gastrites aiguës", "Gastropathie érosive aux AINS"), onset="2026-09-08",
                       who=pr["gi"], enc=e3)
    c.medreq(med("F-0720", "Pantoprazole 40 mg co.", ("A02BC02", "pantoprazole")), "2026-09-08", "1 co. DIE x 8 semaines",
             who=pr["gi"], enc=e3, reason_ref=[gast])
    c.note("2026-09-08", "procedure", "Rapport d'endoscopie",
           "Indication : anémie ferriprive (Hb 98, ferritine 5) sous AINS.\nGastroscopie : érosions antrales multiples, "
           "pas de saignement actif, duodénum normal (biopsies duodénales négatives pour la maladie cœliaque).\n"
           "Coloscopie : préparation adéquate, iléon terminal normal, polype hyperplasique rectal de 3 mm réséqué.\n"
           "Conclusion : anémie expliquée par une gastropathie érosive aux AINS. IPP 8 semaines, éviter les AINS, "
           "poursuivre le fer. Pas de suivi endoscopique requis.", pr["gi"], enc=e3)
    e4 = c.encounter("2026-11-10", "Suivi (GMF)", who=pr["md"], provider=gmf, time="10:00")
    c.lab("hb", "2026-11-10", 121, 120, 160, text="Hémoglobine")
    c.lab("ferritin", "2026-11-10", 38, 20, 200, text="Ferritine")
    c.lab("mcv", "2026-11-10", 84, 80, 100, text="VGM")
    c.note("2026-11-10", "progress", "GMF – suivi anémie",
           "Hb 121, ferritine 38. Énergie nettement meilleure. Genoux contrôlés par acétaminophène et physiothérapie. "
           "Poursuivre le fer 3 mois puis contrôle.", pr["md"], enc=e4)


def qc_fibro(c):
    pr, gmf = qc_base(c, "Gagnon", "Lise", "female", "1957-05-03", 31,
                      [("md", "Paquette", "Geneviève", "Médecin de famille"),
                       ("rh", "Bergeron", "Luc", "Rhumatologue")],
                      "1040, chemin du Lac", "J0K 2R0", marital="M")
    fm = c.condition(dx("M79.7", "Fibromyalgie"), onset="2024-05-14", who=pr["rh"])
    c.condition(dx("E78.0", "Hypercholestérolémie pure"), onset="2015-01-01", who=pr["md"])
    c.condition(dx("F51.0", "Insomnie non organique"), onset="2020-01-01", who=pr["md"])
    c.lab("esr", "2024-05-06", 12, high=30, text="VS")
    c.lab("crp", "2024-05-06", 2, high=10, text="CRP")
    c.note("2024-05-14", "consult", "Consultation en rhumatologie",
           "Douleurs diffuses depuis 2 ans, sommeil non réparateur, fatigue. Examen : multiples points sensibles, pas de "
           "synovite, force normale. VS 12, CRP 2, CK et TSH normaux. Diagnostic : fibromyalgie. Duloxétine, activité "
           "physique graduée. Retour au médecin de famille.", pr["rh"])
    c.medreq(med("F-0301", "Duloxétine 60 mg caps.", ("N06AX21", "duloxetine")), "2024-06-01", "1 caps. DIE", who=pr["md"],
             reason_ref=[fm], course="continuous")
    preg = c.medreq(med("F-0815", "Prégabaline 150 mg caps.", ("N03AX16", "pregabalin")), "2026-10-28", "1 caps. BID",
                    who=pr["md"], reason_ref=[fm], note="Augmentée de 75 mg BID à 150 mg BID le 2026-10-28.")
    c.medreq(med("F-0903", "Rosuvastatine 10 mg co.", ("C10AA07", "rosuvastatin")), "2015-01-15", "1 co. DIE", who=pr["md"])
    e1 = c.encounter("2026-08-20", "Consultation (GMF)", who=pr["md"], provider=gmf, time="13:30", reason_ref=[fm])
    c.vital("weight", "2026-08-20", 64.5, enc=e1)
    c.bp("2026-08-20", 128, 76, enc=e1)
    c.note("2026-08-20", "progress", "GMF – douleurs",
           "Depuis juin, douleurs nouvelles aux épaules et aux hanches, raideur matinale de plus d'une heure, difficulté "
           "à se lever d'une chaise. Fatigue. Perte de 3 kg. Pas de céphalée. Probable poussée de fibromyalgie. "
           "Bilan sanguin demandé.", pr["md"], enc=e1)
    labs = [c.lab("esr", "2026-09-15", 72, high=30, text="VS"), c.lab("crp", "2026-09-15", 41, high=10, text="CRP"),
            c.lab("ck", "2026-09-15", 96, 30, 170, text="CK"), c.lab("tsh", "2026-09-15", 2.2, 0.4, 4.5, text="TSH"),
            c.lab("hb", "2026-09-15", 114, 120, 160, text="Hémoglobine"), c.lab("ferritin", "2026-09-15", 210, 20, 200, text="Ferritine"),
            c.lab("alp", "2026-09-15", 118, 40, 130, text="Phosphatase alcaline")]
    c.report(cc((LOCLAB, "BIL-GEN", "Bilan général"), text="Bilan sanguin"), "2026-09-15", labs, who=pr["md"],
             conclusion="VS et CRP élevées, anémie légère normocytaire. CK normale.")
    e2 = c.encounter("2026-10-28", "Consultation (GMF)", who=pr["md"], provider=gmf, time="09:15", reason_ref=[fm])
    c.vital("weight", "2026-10-28", 62.8, enc=e2)
    c.note("2026-10-28", "progress", "GMF – suivi fibromyalgie",
           "Douleurs diffuses accrues, surtout ceintures scapulaire et pelvienne, raideur matinale d'environ 2 heures, "
           "a besoin d'aide pour se coiffer et s'habiller. VS 72, CRP 41, Hb 114. Perte de 4,5 kg depuis juin.\n"
           "Impression : exacerbation de la fibromyalgie dans un contexte de stress familial. Augmentation de la "
           "prégabaline à 150 mg BID, poursuite de la duloxétine. Revoir dans 3 mois.", pr["md"], enc=e2)
    c.impression("2026-10-28", "Réévaluation des douleurs chroniques",
                 "Exacerbation de la fibromyalgie (M79.7) dans un contexte de stress familial. Douleurs des ceintures, "
                 "raideur matinale de 2 h, perte de poids de 4,5 kg, VS 72 mm/h et CRP 41 mg/L attribuées à la fibromyalgie. "
                 "Ajustement de la prégabaline; pas d'autre investigation prévue.", pr["md"], problems=[fm], enc=e2,
                 investigations=("Bilan sanguin du 2026-09-15", labs),
                 findings=[cc(("sct", "203082005", "Fibromyalgia"), text="Fibromyalgie – poussée")])


def qc_sigmoid(c):
    pr, gmf = qc_base(c, "Bouchard", "Martin", "male", "1969-11-27", 41,
                      [("md", "Caron", "Julie", "Médecin de famille"),
                       ("surg", "Lavoie", "Étienne", "Chirurgien général"),
                       ("anes", "Morissette", "Hugo", "Anesthésiologiste")],
                      "7, rue du Moulin", "J0K 2R0", marital="M")
    c.condition(dx("I10", "Hypertension essentielle (primitive)"), onset="2016-02-01", who=pr["md"])
    c.condition(dx("E66.0", "Obésité due à un excès calorique"), onset="2016-02-01", who=pr["md"])
    c.condition(dx("K57.2", "Diverticulose du gros intestin, avec perforation et abcès", "Diverticulite sigmoïdienne avec abcès péricolique (mars 2026)"),
                onset="2026-03-09", clin="resolved", abate="2026-04-20", who=pr["surg"])
    div = c.condition(dx("K57.3", "Diverticulose du gros intestin, sans perforation ni abcès",
                         "Diverticulite sigmoïdienne récidivante (3 épisodes)"), onset="2025-06-12", who=pr["surg"])
    c.medstmt(med("F-0433", "Ramipril 10 mg caps.", ("C09AA05", "ramipril")), "active", start="2016-02-01", dosage="1 caps. DIE")
    e0 = c.encounter("2026-03-09", "Hospitalisation – chirurgie", cls="IMP", who=pr["surg"], time="02:10", end="2026-03-16",
                     admit="emd", discharge="home", priority="EM")
    c.procedure(tx("Drainage percutané d'un abcès péricolique sous guidage tomodensitométrique"), "completed",
                date=c.dt("2026-03-10", "10:00"), enc=e0, reason_ref=[div], outcome="Abcès de 4 cm drainé, drain retiré le 2026-04-02.")
    c.procedure(cci("2.NM.70.^^", "Inspection, gros intestin", "Coloscopie totale"), "completed", date="2026-06-17",
                who=pr["surg"], reason_ref=[div], outcome="Diverticulose sigmoïdienne sévère, pas de néoplasie, pas de sténose.")
    e1 = c.encounter("2026-10-21", "Clinique externe de chirurgie générale", who=pr["surg"], time="13:00", reason_ref=[div])
    c.vital("weight", "2026-10-21", 104.0, enc=e1)
    c.vital("bmi", "2026-10-21", 33.2, enc=e1)
    c.bp("2026-10-21", 138, 86, enc=e1)
    proc = c.procedure(cci("1.NM.87.^^", "Excision partielle, gros intestin",
                           "Sigmoïdectomie par laparoscopie avec anastomose primaire"), "preparation",
                       reason_ref=[div], who=pr["surg"], enc=e1,
                       note="Chirurgie élective inscrite au programme opératoire du 2027-01-19. Consentement signé le 2026-10-21.")
    c.appointment(c.dt("2027-01-19", "07:30"), c.dt("2027-01-19", "12:00"),
                  "Bloc opératoire – sigmoïdectomie laparoscopique", [pr["surg"], pr["anes"]],
                  service=tx("Chirurgie générale"), created=c.dt("2026-10-21", "14:00"))
    c.servicereq(tx("Clinique préopératoire : évaluation anesthésique et bilan"), "active", "order", "2026-10-21",
                 occurrence="2027-01-06", who=pr["surg"], performer=pr["anes"], reason_ref=[div])
    c.note("2026-10-21", "consult", "Consultation en chirurgie générale",
           "Homme de 57 ans, troisième épisode de diverticulite sigmoïdienne en 9 mois, dont un compliqué d'abcès drainé "
           "en mars. Coloscopie de juin sans néoplasie. TDM de juillet : épaississement sigmoïdien résiduel.\n"
           "Recommandation : sigmoïdectomie élective par laparoscopie avec anastomose primaire. Stomie non prévue. "
           "Risques discutés (fuite anastomotique, infection, conversion). Le patient accepte; consentement signé. "
           "Date opératoire : 19 janvier 2027. Perte de poids encouragée.", pr["surg"], enc=e1)
    labs = [c.lab("hb", "2026-10-21", 146, 135, 175, text="Hémoglobine"), c.lab("crea", "2026-10-21", 86, 60, 110, text="Créatinine"),
            c.lab("crp", "2026-10-21", 4, high=10, text="CRP")]
    c.report(cc((LOCLAB, "PREOP", "Bilan préopératoire"), text="Bilan préopératoire"), "2026-10-21", labs, who=pr["surg"])


def qc_tka(c):
    pr, gmf = qc_base(c, "Lévesque", "Francine", "female", "1954-01-30", 51,
                      [("md", "Boucher", "Nathalie", "Médecin de famille"),
                       ("orth", "Ouellet", "Patrick", "Chirurgien orthopédiste"),
                       ("pt", "Simard", "Mélissa", "Physiothérapeute")],
                      "66, avenue des Pins", "J0K 2R0", marital="M")
    oa = c.condition(dx("M17.1", "Autres gonarthroses primaires", "Gonarthrose primaire droite"), onset="2019-01-01",
                     clin="resolved", abate="2026-09-14", who=pr["orth"], note="Traitée par arthroplastie totale du genou droit le 2026-09-14.")
    c.condition(dx("Z96.6", "Présence d'implants d'articulations orthopédiques", "Prothèse totale du genou droit"),
                onset="2026-09-14", who=pr["orth"])
    dm = c.condition(dx("E11.9", "Diabète sucré de type 2 sans complication"), onset="2015-01-01", who=pr["md"])
    c.condition(dx("I10", "Hypertension essentielle (primitive)"), onset="2010-01-01", who=pr["md"])
    c.medstmt(med("F-0412", "Metformine 500 mg co.", ("A10BA02", "metformin")), "active", start="2015-01-01",
              dosage="1 co. BID", reason_ref=[dm])
    c.medstmt(med("F-0611", "Losartan 50 mg co.", ("C09CA01", "losartan")), "active", start="2010-01-01", dosage="1 co. DIE")
    sr = c.servicereq(cci("1.VG.53.^^", "Implantation d'appareil interne, articulation du genou",
                          "Arthroplastie totale du genou droit"), "completed", "order", "2026-03-25",
                      occurrence="2026-09-14", reason_ref=[oa], who=pr["orth"], performer=pr["orth"])
    e1 = c.encounter("2026-09-14", "Hospitalisation – orthopédie", cls="IMP", who=pr["orth"], time="06:30",
                     end="2026-09-17", end_time="11:00", admit="outp", discharge="home", priority="EL")
    c.procedure(cci("1.VG.53.^^", "Implantation d'appareil interne, articulation du genou",
                    "Arthroplastie totale du genou droit, cimentée"), "completed", date=c.dt("2026-09-14", "08:05"),
                end=c.dt("2026-09-14", "09:40"), who=pr["orth"], enc=e1, reason_ref=[oa], based_on=sr,
                outcome="Sans complication.")
    c.note("2026-09-17", "discharge", "Sommaire d'hospitalisation – orthopédie",
           "Arthroplastie totale du genou droit cimentée le 14 septembre sous rachianesthésie. Évolution "
           "postopératoire simple, mobilisation J0, flexion 85° au congé. Thromboprophylaxie 35 jours. "
           "Physiothérapie externe. Revoir en clinique dans 6 semaines.", pr["orth"], enc=e1)
    c.medreq(med("F-0102", "Apixaban 2,5 mg co.", ("B01AF02", "apixaban")), "2026-09-17", "1 co. BID x 35 jours",
             status="completed", who=pr["orth"], enc=e1)
    e2 = c.encounter("2026-10-26", "Clinique externe d'orthopédie – suivi postopératoire", who=pr["orth"], time="10:30")
    c.obs(cc(("https://fhir.hcras.example/CodeSystem/mesures", "AMPL-GEN", "Amplitude articulaire du genou"),
             text="Flexion du genou droit"), "2026-10-26", value=115, unit="deg", ucum="deg", cat="exam", enc=e2)
    c.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Douleur (0–10)"),
          "2026-10-26", integer=2, cat="survey", enc=e2)
    c.note("2026-10-26", "progress", "Orthopédie – suivi 6 semaines",
           "Plaie guérie, pas de signe d'infection. Extension complète, flexion 115°. Marche sans aide technique. "
           "Radiographie : prothèse bien positionnée. Poursuivre la physiothérapie. Revoir dans un an.", pr["orth"], enc=e2)
    c.servicereq(tx("Physiothérapie externe post-arthroplastie du genou, 2 fois par semaine x 6 semaines"), "active", "order",
                 "2026-09-17", who=pr["orth"], performer=pr["pt"])
    c.lab("hba1c", "2026-08-20", 6.8, high=6.0, text="HbA1c")
    c.lab("hb", "2026-09-15", 108, 120, 160, text="Hémoglobine", note="Anémie postopératoire attendue.")
    c.lab("hb", "2026-10-26", 124, 120, 160, text="Hémoglobine")


def qc_egfr(c):
    pr, gmf = qc_base(c, "Pelletier", "Serge", "male", "1962-04-18", 61,
                      [("md", "Leclerc", "François", "Médecin de famille"),
                       ("onc", "Thibault", "Mélanie", "Hémato-oncologue"),
                       ("inf", "Richard", "Annie", "Infirmière pivot en oncologie")],
                      "15, rue Notre-Dame", "J0K 2R0", marital="M")
    c.condition(dx("I10", "Hypertension essentielle (primitive)"), onset="2015-01-01", who=pr["md"])
    ca = c.condition(dx("C34.1", "Tumeur maligne du lobe supérieur, bronches ou poumon",
                        "Adénocarcinome pulmonaire LSD, EGFR délétion exon 19, stade IV (métastases osseuses)"),
                     onset="2026-03-02", who=pr["onc"], stage=tx("cT2b N2 M1c, stade IVB"))
    c.condition(dx("C79.5", "Tumeur maligne secondaire des os et de la moelle osseuse"), onset="2026-03-02", who=pr["onc"])
    c.obs(cc(("loinc", "89247-1", "ECOG Performance Status score")), "2026-03-10", integer=1, cat="survey")
    osi = c.medreq(med("F-1620", "Osimertinib 80 mg co.", ("L01EB04", "osimertinib")), "2026-03-20", "1 co. DIE",
                   who=pr["onc"], reason_ref=[ca], course="continuous")
    c.medreq(med("F-1412", "Dénosumab 120 mg s.c.", ("M05BX04", "denosumab")), "2026-03-20", "120 mg s.c. toutes les 4 semaines",
             who=pr["onc"])
    c.medstmt(med("F-0210", "Carbonate de calcium 500 mg + vitamine D 1000 UI", ("A12AX", "calcium, combinations with vitamin D")),
              "active", start="2026-03-20", dosage="1 co. BID")
    c.lab("cea", "2026-03-05", 48, high=5, text="ACE")
    c.lab("cea", "2026-06-16", 11, high=5, text="ACE")
    e1 = c.encounter("2026-06-18", "Clinique d'oncologie", who=pr["onc"], time="10:00", reason_ref=[ca])
    c.note("2026-06-18", "imaging", "TDM thoraco-abdominale – réévaluation",
           "Diminution de la masse du lobe supérieur droit de 4,8 à 2,6 cm, régression des adénopathies médiastinales. "
           "Lésions osseuses sclérotiques stables. Conclusion : réponse partielle (RECIST 1.1).", pr["onc"], enc=e1)
    e2 = c.encounter("2026-10-20", "Clinique d'oncologie", who=pr["onc"], time="10:30", reason_ref=[ca])
    c.lab("cea", "2026-10-15", 6, high=5, text="ACE")
    c.lab("alt", "2026-10-15", 28, 10, 50, text="ALT")
    c.lab("crea", "2026-10-15", 88, 60, 110, text="Créatinine")
    c.lab("hb", "2026-10-15", 138, 135, 175, text="Hémoglobine")
    c.obs(cc(("loinc", "89247-1", "ECOG Performance Status score")), "2026-10-20", integer=0, cat="survey", enc=e2)
    c.vital("weight", "2026-10-20", 81.0, enc=e2)
    c.note("2026-10-20", "progress", "Oncologie – suivi",
           "Adénocarcinome pulmonaire EGFR+ stade IV sous osimertinib depuis mars 2026. TDM du 15 octobre : réponse "
           "partielle maintenue, pas de nouvelle lésion; IRM cérébrale négative. ECOG 0, a repris le travail à temps "
           "partiel. Tolérance excellente (xérose cutanée légère).\n"
           "La maladie n'est pas curable, mais elle est bien contrôlée par le traitement ciblé, qui sera poursuivi "
           "tant qu'il est efficace; l'osimertinib peut rester efficace plusieurs années et d'autres lignes de traitement "
           "seront possibles à la progression. Pas d'indication actuelle de soins palliatifs spécialisés. "
           "Prochaine TDM dans 3 mois.", pr["onc"], enc=e2)
    c.careplan("Plan de traitement oncologique – osimertinib", "active", "plan",
               cc(("https://fhir.hcras.example/CodeSystem/type-plan", "ONCO", "Plan de traitement oncologique"), text="Plan de soins en oncologie"), "2026-03-20",
               addresses=[ca], author=pr["onc"],
               activities=[{"desc": "Osimertinib 80 mg DIE jusqu'à progression", "status": "in-progress"},
                           {"desc": "TDM de réévaluation aux 3 mois", "status": "scheduled", "when": "2027-01"}])


def qc_endo(c):
    pr, gmf = qc_base(c, "Roy", "Nathalie", "female", "1982-09-12", 71,
                      [("md", "Leclerc", "François", "Médecin de famille"),
                       ("gyn", "Dufour", "Marie-Ève", "Gynécologue-obstétricienne")],
                      "402, rue Saint-Louis, app. 3", "J0K 2R0", marital="M")
    endo = c.condition(dx("N80.1", "Endométriose de l'ovaire", "Endométriome ovarien gauche"), onset="2021-04-15", who=pr["gyn"])
    c.condition(dx("N80.3", "Endométriose du péritoine pelvien"), onset="2021-04-15", who=pr["gyn"])
    c.condition(dx("N80.0", "Endométriose de l'utérus", "Adénomyose"), onset="2026-06-22", who=pr["gyn"])
    c.procedure(tx("Laparoscopie diagnostique avec exérèse de lésions d'endométriose"), "completed", date="2021-04-15",
                who=pr["gyn"], reason_ref=[endo])
    c.medreq(med("F-1102", "Diénogest 2 mg co.", ("G03DB08", "dienogest")), "2022-01-10", "1 co. DIE en continu",
             who=pr["gyn"], reason_ref=[endo], course="continuous")
    c.medstmt(med("F-0690", "Naproxène 500 mg co.", ("M01AE02", "naproxen")), "active", start="2021-05-01",
              dosage="1 co. BID au besoin pendant les règles")
    e1 = c.encounter("2026-06-22", "Clinique de gynécologie", who=pr["gyn"], time="09:00", reason_ref=[endo])
    c.note("2026-06-22", "imaging", "IRM pelvienne",
           "Endométriome ovarien gauche de 4,1 cm. Épaississement de la zone jonctionnelle (14 mm) compatible avec une "
           "adénomyose. Nodule du torus utérin de 9 mm. Pas d'atteinte rectale.", pr["gyn"], enc=e1)
    e2 = c.encounter("2026-10-06", "Clinique de gynécologie", who=pr["gyn"], time="10:30", reason_ref=[endo])
    c.obs(cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Douleur pelvienne (0–10)"),
          "2026-10-06", integer=7, cat="survey", enc=e2)
    hyst = c.servicereq(cci("1.RM.89.^^", "Excision totale, utérus et structures adjacentes",
                            "Hystérectomie totale par laparoscopie avec salpingectomie bilatérale et kystectomie ovarienne gauche (conservation des ovaires)"),
                        "active", "proposal", "2026-10-06", reason_ref=[endo], who=pr["gyn"], performer=pr["gyn"], enc=e2,
                        note="Proposée; la patiente souhaite réfléchir. Inscription au programme opératoire à confirmer (délai prévu 3 à 4 mois).")
    c.note("2026-10-06", "consult", "Gynécologie – suivi endométriose",
           "Douleurs pelviennes chroniques et dyspareunie persistantes malgré le diénogest depuis 2022. IRM : "
           "endométriome gauche de 4 cm et adénomyose.\n"
           "Options discutées : poursuite du traitement médical, agoniste de la GnRH, kystectomie conservatrice, ou "
           "traitement définitif. Je recommande une hystérectomie totale laparoscopique avec salpingectomie bilatérale et "
           "kystectomie de l'endométriome gauche, en conservant les ovaires. La patiente est ambivalente; elle veut y réfléchir.",
           pr["gyn"], enc=e2)
    c.qresponse("https://fhir.hcras.example/Questionnaire/experience-patient-gyn", c.dt("2026-10-27", "20:14"), c.pat, [
        ("1", "Globalement, comment évaluez-vous les soins reçus à la clinique de gynécologie?", "Passable"),
        ("2", "Avez-vous eu le sentiment que vos préoccupations ont été prises au sérieux?", cc(NO)["coding"][0]),
        ("3", "Avez-vous reçu suffisamment d'information sur les options de traitement?", cc(NO)["coding"][0]),
        ("4", "Souhaitez-vous obtenir un deuxième avis médical avant de prendre une décision?", cc(YES)["coding"][0]),
        ("5", "Commentaires",
         "On me propose d'enlever l'utérus à 44 ans. J'ai l'impression qu'on veut régler ça vite et qu'on n'a pas "
         "vraiment écouté mes questions sur les autres options. "
         "J'aimerais avoir l'avis d'un autre gynécologue, idéalement dans une clinique spécialisée en endométriose, "
         "avant de décider."),
    ])
    c.bp("2026-10-06", 118, 72, enc=e2)
    c.lab("hb", "2026-10-06", 128, 120, 160, text="Hémoglobine")
    c.lab("ca199", "2026-06-15", 22, high=37, text="CA 19-9")


def qc_hba1c(c):
    pr, gmf = qc_base(c, "Morin", "Denis", "male", "1965-03-08", 81,
                      [("md", "Côté", "Alexandre", "Médecin de famille"),
                       ("inf", "Ménard", "Valérie", "Infirmière clinicienne (GMF)")],
                      "1204, boulevard Industriel", "J0K 2R0", marital="M")
    dm = c.condition(dx("E11.9", "Diabète sucré de type 2 sans complication"), onset="2018-05-01", who=pr["md"])
    c.condition(dx("I10", "Hypertension essentielle (primitive)"), onset="2019-01-01", who=pr["md"])
    c.condition(dx("E78.0", "Hypercholestérolémie pure"), onset="2018-05-01", who=pr["md"])
    c.medreq(med("F-0412", "Metformine 1000 mg co.", ("A10BA02", "metformin")), "2018-05-01", "1 co. BID", who=pr["md"],
             reason_ref=[dm], course="continuous")
    c.medreq(med("F-0455", "Gliclazide LM 60 mg co.", ("A10BB09", "gliclazide")), "2022-02-15", "2 co. DIE le matin",
             who=pr["md"], reason_ref=[dm], course="continuous", note="Dose augmentée de 60 à 120 mg le 2026-05-12.")
    c.medreq(med("F-0347", "Empagliflozine 25 mg co.", ("A10BK03", "empagliflozin")), "2025-11-04", "1 co. DIE",
             who=pr["md"], reason_ref=[dm], course="continuous")
    c.medreq(med("F-0433", "Ramipril 10 mg caps.", ("C09AA05", "ramipril")), "2019-01-01", "1 caps. DIE", who=pr["md"])
    c.medreq(med("F-0903", "Rosuvastatine 20 mg co.", ("C10AA07", "rosuvastatin")), "2018-05-01", "1 co. DIE", who=pr["md"])
    c.lab("hba1c", "2025-11-04", 7.4, high=6.0, text="HbA1c")
    for d, v, g, w in (("2026-01-20", 7.6, 8.4, 96.0), ("2026-05-12", 8.4, 9.6, 96.4), ("2026-08-25", 8.9, 10.8, 95.8),
                       ("2026-11-17", 9.6, 11.9, 95.1)):
        e = c.encounter(d, "Suivi diabète (GMF)", who=pr["md"] if d in ("2026-05-12", "2026-11-17") else pr["inf"],
                        provider=gmf, time="08:30", reason_ref=[dm])
        c.lab("hba1c", d, v, high=6.0, text="HbA1c")
        c.lab("glu_si", d, g, 3.6, 7.0, text="Glycémie à jeun")
        c.vital("weight", d, w, enc=e)
        if d == "2026-08-25":
            c.note(d, "nurse", "Suivi infirmier – diabète",
                   "HbA1c 8,9 %. Observance vérifiée au Dossier santé Québec : renouvellements réguliers de la metformine, "
                   "du gliclazide et de l'empagliflozine depuis plus d'un an. Rencontre avec la nutritionniste en juin, "
                   "marche 30 min/jour. Glycémies capillaires 9–13 mmol/L le matin.", pr["inf"], enc=e)
        if d == "2026-11-17":
            c.bp(d, 134, 80, enc=e)
            c.lab("crea", d, 84, 60, 110, text="Créatinine")
            c.lab("egfr", d, 86, low=60, text="DFGe")
            c.note(d, "progress", "GMF – diabète mal contrôlé",
                   "HbA1c 9,6 % (7,6 % en janvier) malgré metformine 2 g, gliclazide 120 mg et empagliflozine 25 mg; "
                   "observance confirmée par la pharmacie. Pas de corticostéroïdes. Polyurie légère, perte de 1 kg.\n"
                   "Discussion de l'insulinothérapie basale : patient hésitant. Référence en endocrinologie. "
                   "Dosage des anticorps anti-GAD demandé.", pr["md"], enc=e)
            c.servicereq(tx("Consultation en endocrinologie : diabète de type 2 non contrôlé sous trithérapie orale"),
                         "active", "order", d, reason_ref=[dm], who=pr["md"], enc=e)


def qc_complex(c):
    pr, gmf = qc_base(c, "Bélanger", "Gilles", "male", "1950-10-02", 91,
                      [("md", "Moreau", "Hélène", "Médecin de famille"),
                       ("card", "Roy", "Jean-François", "Cardiologue"),
                       ("neph", "Lapointe", "Amélie", "Néphrologue"),
                       ("neuro", "Giroux", "Pierre", "Neurologue"),
                       ("pneu", "Bernier", "Yves", "Pneumologue")],
                      "18, rue de l'Église", "J0K 2R0", marital="M")
    dm = c.condition(dx("E11.2", "Diabète sucré de type 2 avec complications rénales"), onset="2004-01-01", who=pr["md"])
    ckd = c.condition(dx("N18.3", "Néphropathie chronique, stade 3", "Insuffisance rénale chronique stade 3b"),
                      onset="2019-06-01", who=pr["neph"])
    hf = c.condition(dx("I50.0", "Insuffisance cardiaque congestive", "Insuffisance cardiaque à FEVG réduite (35 %)"),
                     onset="2021-02-01", who=pr["card"])
    copd = c.condition(dx("J44.8", "Autres maladies pulmonaires obstructives chroniques précisées", "MPOC GOLD 2"),
                       onset="2016-01-01", who=pr["pneu"])
    pd = c.condition(dx("G20", "Maladie de Parkinson"), onset="2020-09-01", who=pr["neuro"])
    c.careteam("Équipe de soins – multimorbidité",
               [("Médecin de famille", pr["md"]), ("Cardiologue", pr["card"]), ("Néphrologue", pr["neph"]),
                ("Neurologue", pr["neuro"]), ("Pneumologue", pr["pneu"])], start="2021-02-01",
               reason=[dm, ckd, hf, copd, pd])
    for code, text, atc, dose, why, who, start in (
            ("F-0412", "Metformine 500 mg co.", ("A10BA02", "metformin"), "1 co. BID", dm, "md", "2004-01-01"),
            ("F-1033", "Linagliptine 5 mg co.", ("A10BH05", "linagliptin"), "1 co. DIE", dm, "md", "2020-01-01"),
            ("F-0348", "Dapagliflozine 10 mg co.", ("A10BK01", "dapagliflozin"), "1 co. DIE", hf, "card", "2022-03-01"),
            ("F-0150", "Bisoprolol 5 mg co.", ("C07AB07", "bisoprolol"), "1 co. DIE", hf, "card", "2021-02-01"),
            ("F-0260", "Furosémide 40 mg co.", ("C03CA01", "furosemide"), "1 co. DIE", hf, "card", "2021-02-01"),
            ("F-1540", "Tiotropium/olodatérol 2,5/2,5 mcg inh.", ("R03AL06", "olodaterol and tiotropium bromide"), "2 inh. DIE", copd, "pneu", "2019-05-01"),
            ("F-0199", "Carbidopa/lévodopa 25/100 mg co.", ("N04BA02", "levodopa and decarboxylase inhibitor"), "1 co. QID", pd, "neuro", "2020-09-01"),
            ("F-0099", "Atorvastatine 40 mg co.", ("C10AA05", "atorvastatin"), "1 co. DIE", None, "md", "2010-01-01")):
        c.medreq(med(code, text, atc), start, dose, who=pr[who], reason_ref=[why] if why else None, course="continuous")
    for d, a1c, egfr, k in (("2026-05-05", 7.2, 38, 4.8), ("2026-10-13", 7.1, 36, 4.9)):
        c.lab("hba1c", d, a1c, high=6.0, text="HbA1c")
        c.lab("egfr", d, egfr, low=60, text="DFGe")
        c.lab("k", d, k, 3.5, 5.1, text="Potassium")
    c.lab("ntprobnp", "2026-10-13", 890, high=450, text="NT-proBNP")
    e1 = c.encounter("2026-05-12", "Clinique de cardiologie", who=pr["card"], time="09:00", reason_ref=[hf])
    c.bp("2026-05-12", 124, 70, enc=e1)
    c.note("2026-05-12", "consult", "Cardiologie – suivi",
           "IC à FEVG réduite (35 % à l'échographie de mars), NYHA II, stable. Euvolémique. Poursuite bisoprolol, "
           "furosémide, dapagliflozine; ARNI non débuté en raison de la fonction rénale et des hypotensions "
           "orthostatiques liées au Parkinson.", pr["card"], enc=e1)
    e2 = c.encounter("2026-06-09", "Clinique de néphrologie", who=pr["neph"], time="13:30", reason_ref=[ckd])
    c.note("2026-06-09", "consult", "Néphrologie – suivi",
           "IRC stade 3b d'origine diabétique et hypertensive, DFGe 38 stable sur 2 ans. RAC 45 mg/mmol. Ajustement de la "
           "metformine à 500 mg BID. Revoir dans 6 mois.", pr["neph"], enc=e2)
    e3 = c.encounter("2026-09-01", "Clinique de neurologie", who=pr["neuro"], time="10:00", reason_ref=[pd])
    c.note("2026-09-01", "consult", "Neurologie – maladie de Parkinson",
           "Maladie de Parkinson depuis 2020, Hoehn et Yahr 2,5. Fluctuations motrices légères en fin de dose. "
           "Hypotension orthostatique symptomatique. Pas de chute. Physiothérapie pour l'équilibre.", pr["neuro"], enc=e3)
    e4 = c.encounter("2026-10-20", "Rendez-vous de suivi (GMF)", who=pr["md"], provider=gmf, time="14:00", length_min=45)
    c.vital("weight", "2026-10-20", 78.2, enc=e4)
    c.bp("2026-10-20", 128, 72, enc=e4)
    c.note("2026-10-20", "progress", "GMF – révision de la médication",
           "Patient de 76 ans avec multimorbidité : diabète de type 2, IRC 3b, insuffisance cardiaque à FEVG réduite, "
           "MPOC GOLD 2 et maladie de Parkinson, suivi par quatre spécialistes en plus du GMF. Polypharmacie "
           "(12 médicaments). Bilan comparatif des médicaments fait avec la pharmacienne; pas de changement. "
           "Plan de soins concerté à mettre à jour avec l'infirmière de liaison.", pr["md"], enc=e4)


def qc_chemort(c):
    pr, gmf = qc_base(c, "Girard", "Alain", "male", "1967-06-14", 12,
                      [("md", "Lemieux", "Sylvie", "Médecin de famille"),
                       ("orl", "Gagné", "Nicolas", "Oto-rhino-laryngologiste"),
                       ("ro", "Beaulieu", "Catherine", "Radio-oncologue"),
                       ("onc", "St-Pierre", "Olivier", "Hémato-oncologue"),
                       ("inf", "Richard", "Annie", "Infirmière pivot en oncologie")],
                      "59, chemin des Patriotes", "J0K 2R0", marital="M")
    c.condition(dx("I10", "Hypertension essentielle (primitive)"), onset="2018-01-01", who=pr["md"])
    ca = c.condition(dx("C01", "Tumeur maligne de la base de la langue",
                        "Carcinome épidermoïde de la base de la langue, p16 positif"), onset="2026-10-09", who=pr["orl"],
                     stage=tx("cT3 N1 M0, stade II (AJCC 8e édition, p16+)"))
    c.medstmt(med("F-0611", "Losartan 50 mg co.", ("C09CA01", "losartan")), "active", start="2018-01-01", dosage="1 co. DIE")
    e1 = c.encounter("2026-10-09", "Clinique d'ORL", who=pr["orl"], time="09:30", reason_ref=[ca])
    c.note("2026-10-09", "consult", "ORL – masse cervicale",
           "Homme de 59 ans, ex-fumeur (20 paquets-années, cessé 2010). Masse cervicale droite depuis 2 mois. "
           "Nasofibroscopie : lésion ulcérée de la base de langue droite de 4,5 cm. Biopsie : carcinome épidermoïde, "
           "p16 positif. TEP-TDM : adénopathie cervicale droite unique de 3 cm, pas de métastase à distance.",
           pr["orl"], enc=e1)
    e2 = c.encounter("2026-11-05", "Comité des tumeurs tête et cou", who=pr["ro"], time="12:00", length_min=60)
    c.note("2026-11-05", "consult", "Comité des tumeurs tête et cou – recommandation",
           "Carcinome épidermoïde de la base de la langue p16+, cT3 N1 M0. Recommandation unanime : "
           "chimioradiothérapie concomitante à visée curative, radiothérapie IMRT 70 Gy en 35 fractions avec cisplatine "
           "100 mg/m² aux jours 1, 22 et 43. Chirurgie transorale non retenue (taille et localisation).", pr["ro"], enc=e2)
    e3 = c.encounter("2026-11-19", "Clinique de radio-oncologie", who=pr["ro"], time="10:00", reason_ref=[ca])
    c.vital("weight", "2026-11-19", 82.5, enc=e3)
    c.obs(cc(("loinc", "89247-1", "ECOG Performance Status score")), "2026-11-19", integer=0, cat="survey", enc=e3)
    cp = c.careplan("Plan de traitement – chimioradiothérapie concomitante", "active", "plan",
                    cc(("https://fhir.hcras.example/CodeSystem/type-plan", "ONCO", "Plan de traitement oncologique"), text="Plan de traitement en oncologie"), "2026-12-07",
                    end="2027-01-22", addresses=[ca], author=pr["ro"], created="2026-11-19",
                    activities=[{"code": cc(("sct", "108290001", "Radiation oncology AND/OR radiotherapy"), text="Radiothérapie IMRT 70 Gy / 35 fractions"),
                                 "status": "scheduled", "period": {"start": "2026-12-07", "end": "2027-01-22"}},
                                {"code": cci("1.ZZ.35.^^", "Pharmacothérapie (systémique), corps entier",
                                             "Cisplatine 100 mg/m² J1, J22, J43"), "status": "scheduled", "when": "2026-12-07, 2026-12-28, 2027-01-18"}])
    c.medreq(med("F-2001", "Cisplatine 100 mg/m² IV", ("L01XA01", "cisplatin")), "2026-11-19",
             "100 mg/m² IV aux jours 1, 22 et 43 de la radiothérapie, avec hyperhydratation et antiémétiques",
             intent="order", who=pr["onc"], reason_ref=[ca], start="2026-12-07", end="2027-01-18")
    c.servicereq(tx("Radiothérapie externe IMRT, base de langue et cou bilatéral, 70 Gy en 35 fractions"), "active", "order",
                 "2026-11-19", occurrence="2026-12-07", reason_ref=[ca], who=pr["ro"], performer=pr["ro"])
    c.servicereq(tx("Évaluation dentaire pré-radiothérapie"), "completed", "order", "2026-11-05", who=pr["ro"])
    c.note("2026-11-19", "consult", "Radio-oncologie – consentement",
           "Chimioradiothérapie concomitante discutée en détail. Effets attendus : mucite sévère, douleur et dysphagie "
           "nécessitant souvent des opioïdes et parfois une alimentation par sonde, radiodermite, perte de goût, "
           "xérostomie permanente, perte de poids; avec le cisplatine : nausées, néphrotoxicité, ototoxicité, "
           "neuropathie. Audiogramme de base normal. Masque de contention fait. Début le 7 décembre 2026. "
           "Consentement signé. Suivi nutritionnel hebdomadaire.", pr["ro"], enc=e3)
    labs = [c.lab("crea", "2026-11-19", 79, 60, 110, text="Créatinine"), c.lab("egfr", "2026-11-19", 95, low=60, text="DFGe"),
            c.lab("hb", "2026-11-19", 148, 135, 175, text="Hémoglobine"), c.lab("wbc", "2026-11-19", 6.9, 4.0, 11.0, text="Leucocytes"),
            c.obs(cc(("loinc", "19123-9", "Magnesium [Mass/volume] in Serum or Plasma"), text="Magnésium"), "2026-11-19",
                  value=0.85, unit="mmol/L", ucum="mmol/L", low=0.65, high=1.05)]
    c.report(cc((LOCLAB, "PRE-CHIMIO", "Bilan pré-chimiothérapie"), text="Bilan pré-chimiothérapie"), "2026-11-19", labs,
             who=pr["onc"])


CASES = [
    dict(key="qc_return", org="qc", target=PSN, kind="positive", expected=[PSN], build=qc_return,
         why="Unplanned admission for lobar pneumonia with sepsis nine days after a GMF visit for the same febrile cough: the published return-visit e-trigger (admission within 14 days of a primary-care visit).",
         summary="Admitted with pneumonia and sepsis nine days after a GMF visit labelled viral bronchitis"),
    dict(key="qc_ida", org="qc", target=PSN, kind="near-miss", expected=[], build=qc_ida,
         why="Iron-deficiency anaemia, a red flag, was followed up within four weeks by gastroscopy and colonoscopy (NSAID erosive gastropathy found) and Hb has recovered: the follow-up was done.",
         summary="Iron-deficiency anaemia promptly scoped; NSAID gastropathy, Hb recovered"),
    dict(key="qc_fibro", org="qc", target=DSM, kind="positive", expected=[DSM], build=qc_fibro,
         why="Fibromyalgia label (M79.7) since 2024; new girdle pain, two-hour morning stiffness, weight loss, ESR 72 and CRP 41 are inflammatory findings fibromyalgia cannot explain, yet they are attributed to a flare.",
         summary="Inflammatory girdle syndrome attributed to a fibromyalgia flare"),
    dict(key="qc_sigmoid", org="qc", target=MPP, kind="positive", expected=[MPP], build=qc_sigmoid,
         why="Laparoscopic sigmoid resection (CCI 1.NM.87) is a Procedure in preparation with consent signed and an operating-room date of 2027-01-19; not yet performed.",
         summary="Elective sigmoid colectomy booked after recurrent complicated diverticulitis"),
    dict(key="qc_tka", org="qc", target=MPP, kind="near-miss", expected=[], build=qc_tka,
         why="The total knee replacement was performed on 2026-09-14 (Procedure and order completed); only physiotherapy is pending.",
         summary="Total knee replacement already done, post-operative follow-up"),
    dict(key="qc_egfr", org="qc", target=UNT, kind="near-miss", expected=[], build=qc_egfr,
         why="Stage IV EGFR-mutant lung cancer is incurable but is treated with osimertinib with a sustained partial response and ECOG 0; the note states further lines exist; no palliative or hospice plan, no statement of no treatment options.",
         summary="Incurable but well-controlled EGFR lung cancer on targeted therapy"),
    dict(key="qc_endo", org="qc", target=PRC, kind="positive", expected=[PRC, MPP], build=qc_endo,
         why="In the clinic's questionnaire the patient answers 'yes' to wanting a second opinion and 'no' to feeling taken seriously. The proposed laparoscopic hysterectomy (with cystectomy) is an active proposal, so MAJOR_PROCEDURE_PLANNED is also met.",
         summary="Questionnaire asks for a second opinion on a proposed hysterectomy for endometriosis"),
    dict(key="qc_hba1c", org="qc", target=WDT, kind="positive", expected=[WDT], build=qc_hba1c,
         why="HbA1c rose 7.6 → 8.4 → 8.9 → 9.6 % over ten months, well beyond the ~0.5 % minimal important difference, while metformin, gliclazide and empagliflozin were active throughout with confirmed adherence.",
         summary="HbA1c climbing for ten months on triple oral therapy"),
    dict(key="qc_complex", org="qc", target=RARE, kind="positive", expected=[RARE], build=qc_complex,
         why="Five active chronic conditions (type 2 diabetes, CKD 3b, heart failure, COPD, Parkinson's disease) followed by five different specialties: the complexity branch.",
         summary="Multimorbidity: diabetes, CKD, heart failure, COPD and Parkinson's under five specialties"),
    dict(key="qc_chemort", org="qc", target=HIT, kind="positive", expected=[HIT], build=qc_chemort,
         why="Concurrent cisplatin chemoradiotherapy (70 Gy in 35 fractions) for oropharyngeal cancer is ordered to start 2026-12-07: chemotherapy plus radiotherapy with severe expected effects on swallowing, taste and saliva.",
         summary="Curative chemoradiotherapy for base-of-tongue cancer starting in December"),
]
