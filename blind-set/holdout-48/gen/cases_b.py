"""Kantonsspital Alpenrhein-Jura (Swiss cantonal hospital, sites de/fr/it): 10 cases."""
import zlib

from fhirkit import (cc, coding, txt, sct, loinc, icd10gm, chop, atc, CH_SITES, LANG)

KAJ = "https://fhir.kaj-spital.example/CodeSystem/"
DOC = {
    "de": {"progress": "Verlaufsbericht", "discharge": "Austrittsbericht", "consult": "Konsiliarbericht"},
    "fr": {"progress": "Rapport de consultation", "discharge": "Lettre de sortie", "consult": "Rapport de consilium"},
    "it": {"progress": "Rapporto di visita", "discharge": "Lettera di dimissione", "consult": "Rapporto di consulto"},
}
LOINC_DOC = {"progress": ("11506-3", "Progress note"), "discharge": ("18842-5", "Discharge summary"),
             "consult": ("11488-4", "Consult note")}
INSURERS = {"de": "Krankenkasse Säntis", "fr": "Mutuelle Romande Santé", "it": "Cassa malati Ticinese Solidale"}
COVTYPE = {"de": "Obligatorische Krankenpflegeversicherung (KVG)", "fr": "Assurance obligatoire des soins (LAMal)",
           "it": "Assicurazione obbligatoria delle cure medico-sanitarie (LAMal)"}


def doctype(site, kind):
    return cc(loinc(*LOINC_DOC[kind]), coding(KAJ + "doc-type", kind.upper(), DOC[site][kind]),
              text=DOC[site][kind])


def ch_base(c, family, given, gender, birth, city, postal, docs, ahv_seq):
    site = c.site
    parent = c.organization("Kantonsspital Alpenrhein-Jura", ident=("urn:oid:2.51.1.3", "7601009990016"),
                            city="Brunnegg", country="CH", alias="KAJ", key="org")
    name, sitecity, _ = CH_SITES[site]
    siteorg = c.organization(name, part_of=parent, city=sitecity, country="CH", key="org")
    ins = c.organization(INSURERS[site], type_code="ins", type_display="Insurance Company", country="CH", key="org")
    out = {"kaj": parent, "site": siteorg, "ins": ins}
    for key, fam, giv, prefix, spec in docs:
        out[key] = c.practitioner(fam, giv, prefix=prefix, qual=("MD", "Doctor of Medicine"), specialty=spec,
                                  ident=("urn:oid:2.51.1.3", f"7601000{zlib.crc32((fam + giv).encode()) % 10**6:06d}"))
    c.patient(family, given, gender, birth, city, postal=postal, country="CH", managing=siteorg,
              mrn=f"{ahv_seq:04d}{birth[2:4]}{birth[5:7]}", marital=None,
              extra_ids=[("https://fhir.kaj-spital.example/sid/versichertenkarte", f"80756{ahv_seq:05d}{birth[:4]}{birth[5:7]}")])
    c.coverage(ins, cc(coding(KAJ + "coverage-type", "KVG", COVTYPE[site])), "2015-01-01",
               member_id=f"{ahv_seq:03d}.{birth[:4]}.{postal}")
    return out


def ch_note(c, date, kind, title, text, author, enc=None, custodian=None, time="16:30", related=None):
    return c.note(date, doctype(c.site, kind), title, text, author, enc=enc, custodian=custodian, time=time,
                  related=related)


# ------------------------------------------------------------------------------------------------
def ch_psnw_nm(c):
    b = ch_base(c, "Bernasconi", "Renzo", "male", "1962-03-08", "Valmaggiore", "6690",
                [("med", "Gianella", "Paola", "Dr. med.", "Medicina interna generale"),
                 ("uro", "Rezzonico", "Marco", "Dr. med.", "Urologia")], 11)
    med, uro = b["med"], b["uro"]
    bph = c.condition(cc(icd10gm("N40", "Iperplasia della prostata")), "2021-05-01", recorder=uro)
    c.condition(cc(icd10gm("I10.90", "Ipertensione essenziale, non specificata: senza indicazione di crisi "
                                     "ipertensiva")), "2015-02-01", recorder=med)
    c.condition(cc(icd10gm("E78.0", "Ipercolesterolemia pura")), "2017-09-01", recorder=med)
    c.medstmt(cc(atc("C09AA05", "ramipril"), text="Ramipril 5 mg compresse"), "active", "2015-03-01",
              "5 mg 1x al giorno")
    c.medstmt(cc(atc("C10AA05", "atorvastatin"), text="Atorvastatina 20 mg"), "active", "2017-10-01",
              "20 mg la sera")
    c.lab("psa", 3.8, "2025-04-22")
    e1 = c.encounter("2026-05-12", who=med, provider=b["site"], type_cc=cc(text="Ambulatorio di medicina interna"),
                     reason=cc(text="Controllo annuale"))
    c.vitals("2026-05-12", e1, bp=(136, 82), hr=70, wt=84.0)
    psa1 = c.lab("psa", 6.9, "2026-05-12", e1)
    c.lab("creat_si", 88, "2026-05-12", e1)
    c.lab("hgb", 149, "2026-05-12", e1)
    sr = c.sreq(cc(sct("103696004", "Patient referral to specialist"), text="Consulto urologico: PSA 6.9 ug/L"),
                "completed", "order", "2026-05-13", med, performer=uro, reason_ref=[psa1])
    e2 = c.encounter("2026-05-27", who=uro, provider=b["site"], type_cc=cc(text="Ambulatorio di urologia"),
                     reason=cc(text="PSA elevato"), based_on=[sr])
    ch_note(c, "2026-05-27", "consult", "Consulto urologico", """
Ospedale cantonale Alpenrhein-Jura, sede di Valmaggiore - Urologia
Consulto del 27.05.2026
Domanda: PSA 6.9 ug/L (3.8 nel 04/2025).
Anamnesi: LUTS moderati (IPSS 14), nessuna ematuria. Nessuna familiarità per carcinoma prostatico.
Esplorazione rettale: prostata aumentata di volume, liscia, di consistenza parenchimatosa, senza noduli.
Procedere: RM multiparametrica della prostata; poi decisione su eventuale biopsia.
Inizio tamsulosina 0.4 mg per i LUTS.
Dr. med. M. Rezzonico""", uro, enc=e2, custodian=b["site"])
    c.medstmt(cc(atc("G04CA02", "tamsulosin"), text="Tamsulosina 0.4 mg capsule"), "active", "2026-05-27",
              "0.4 mg 1x al giorno", reason_ref=[bph])
    mri = c.obs(cc(coding(KAJ + "rad", "PIRADS", "PI-RADS v2.1 category, prostate mpMRI")), "2026-06-16",
                value_int=2, category="imaging", note="Volume prostatico 62 mL; densità PSA 0.11 ug/L/mL.")
    c.report(cc(chop("88.95", "Risonanza magnetica di pelvi, prostata e vescica"),
                text="RM multiparametrica della prostata"), "2026-06-16", "RAD", results=[mri],
             performer=b["site"], conclusion="Iperplasia prostatica benigna (62 mL). Nessuna lesione sospetta: "
                                             "PI-RADS 2. Densità del PSA 0.11.")
    e3 = c.encounter("2026-06-30", who=uro, provider=b["site"], type_cc=cc(text="Ambulatorio di urologia"),
                     reason=cc(text="Discussione RM prostata"))
    ch_note(c, "2026-06-30", "progress", "Controllo urologico", """
Controllo urologico 30.06.2026
RM del 16.06.2026: PI-RADS 2, volume 62 mL, densità PSA 0.11. Quadro compatibile con IPB.
Nessuna indicazione a biopsia. LUTS migliorati con tamsulosina (IPSS 9).
Procedere: controllo PSA fra 6 mesi presso l'ambulatorio di urologia.""", uro, enc=e3, custodian=b["site"])
    e4 = c.encounter("2026-11-17", who=uro, provider=b["site"], type_cc=cc(text="Ambulatorio di urologia"),
                     reason=cc(text="Sorveglianza PSA"))
    c.lab("psa", 6.2, "2026-11-17", e4)
    ch_note(c, "2026-11-17", "progress", "Controllo urologico - sorveglianza", """
PSA 6.2 ug/L (6.9 in maggio), stabile. Esplorazione invariata. Paziente asintomatico.
Conclusione: IPB, sorveglianza. Prossimo controllo PSA fra 6 mesi.""", uro, enc=e4, custodian=b["site"])


def ch_dsm_pos(c):
    b = ch_base(c, "Zürcher", "Sandra", "female", "1977-01-19", "Brunnegg", "5505",
                [("med", "Baumgartner", "Felix", "Dr. med.", "Allgemeine Innere Medizin")], 12)
    med = b["med"]
    fm = c.condition(cc(icd10gm("M79.70", "Fibromyalgie: Mehrere Lokalisationen"), sct("203082005", "Fibromyalgia")),
                     "2025-02-11", recorder=med, note="Generalisierte Schmerzen seit 2024, Erschöpfung, Schlafstörung.")
    thy = c.condition(cc(icd10gm("E06.3", "Autoimmunthyreoiditis")), "2018-06-01", recorder=med)
    c.medstmt(cc(atc("N06AX21", "duloxetine"), text="Duloxetin 60 mg Kapseln"), "active", "2025-03-01",
              "60 mg 1x täglich", reason_ref=[fm])
    c.medstmt(cc(atc("N03AX16", "pregabalin"), text="Pregabalin 75 mg Kapseln"), "active", "2025-06-10",
              "75 mg 2x täglich", reason_ref=[fm])
    c.medstmt(cc(atc("H03AA01", "levothyroxine sodium"), text="Levothyroxin 75 mcg"), "active", "2018-07-01",
              "75 mcg morgens nüchtern", reason_ref=[thy])
    c.medstmt(cc(atc("M01AE01", "ibuprofen"), text="Ibuprofen 400 mg"), "active", "2026-03-10",
              "400 mg bei Bedarf, max. 3x täglich")
    e0 = c.encounter("2025-02-11", who=med, provider=b["site"], type_cc=cc(text="Medizinische Poliklinik"),
                     reason=cc(text="Generalisierte Schmerzen"))
    for k, v in (("crp", 3), ("esr", 12), ("tsh", 2.1), ("ck", 88), ("hgb", 134)):
        c.lab(k, v, "2025-02-11", e0)
    e1 = c.encounter("2026-03-10", who=med, provider=b["site"], type_cc=cc(text="Medizinische Poliklinik"),
                     reason=cc(text="Verlaufskontrolle Fibromyalgie"))
    c.obs(cc(coding(KAJ + "rheuma", "MSTIFF", "Dauer der Morgensteifigkeit der Hände")), "2026-03-10",
          value=60, unit="min", ucum="min", category="exam", enc=e1, performer=med)
    ch_note(c, "2026-03-10", "progress", "Verlaufsbericht Medizinische Poliklinik", """
Kantonsspital Alpenrhein-Jura, Standort Brunnegg - Medizinische Poliklinik
Verlaufskontrolle vom 10.03.2026
Diagnose: Fibromyalgie (ED 02/2025), Autoimmunthyreoiditis (substituiert).
Jetziges Leiden: weiterhin diffuse Schmerzen, neu Morgensteifigkeit der Hände ca. 60 Minuten.
Beurteilung: Beschwerden im Rahmen der bekannten Fibromyalgie. Ibuprofen bei Bedarf.
Procedere: Fortführung Duloxetin/Pregabalin, aktivierende Physiotherapie.""", med, enc=e1, custodian=b["site"])
    e2 = c.encounter("2026-06-23", who=med, provider=b["site"], type_cc=cc(text="Medizinische Poliklinik"),
                     reason=cc(text="Schmerzen und Schwellung der Fingergelenke"))
    c.lab("crp", 14, "2026-06-23", e2)
    c.obs(cc(coding(KAJ + "rheuma", "SJC28", "Anzahl geschwollene Gelenke (28-Gelenk-Status)")), "2026-06-23",
          value_int=3, category="exam", enc=e2, performer=med, note="MCP II-III beidseits geschwollen.")
    e3 = c.encounter("2026-10-06", who=med, provider=b["site"], type_cc=cc(text="Medizinische Poliklinik"),
                     reason=cc(text="Verlaufskontrolle"), diagnoses=[fm])
    c.vitals("2026-10-06", e3, bp=(124, 78), hr=82, wt=63.5, temp=37.2)
    labs = [c.lab(k, v, "2026-10-06", e3) for k, v in (("crp", 31), ("esr", 42), ("rf", 68), ("hgb", 118),
                                                      ("plt", 468), ("tsh", 1.8))]
    labs.append(c.obs(cc(coding(KAJ + "lab", "ACPA", "Anti-CCP-Antikörper (ACPA) IgG")), "2026-10-06", value=240,
                      unit="U/mL", ucum="U/mL", high=17, enc=e3))
    c.report(cc(coding(KAJ + "lab", "ENTZ-RHEUMA", "Entzündungs- und Rheumaserologie"),
                text="Labor Medizinische Poliklinik 06.10.2026"), "2026-10-06", "LAB", results=labs,
             performer=b["site"])
    c.obs(cc(coding(KAJ + "rheuma", "SJC28", "Anzahl geschwollene Gelenke (28-Gelenk-Status)")), "2026-10-06",
          value_int=6, category="exam", enc=e3, performer=med,
          note="MCP II-III beidseits, PIP III beidseits geschwollen, Druckschmerz.")
    c.obs(cc(coding(KAJ + "rheuma", "TJC28", "Anzahl druckdolente Gelenke (28-Gelenk-Status)")), "2026-10-06",
          value_int=10, category="exam", enc=e3, performer=med)
    ch_note(c, "2026-10-06", "progress", "Verlaufsbericht Medizinische Poliklinik", """
Kantonsspital Alpenrhein-Jura, Standort Brunnegg - Medizinische Poliklinik
Verlaufskontrolle vom 06.10.2026
Diagnosen: 1. Fibromyalgie  2. Autoimmunthyreoiditis
Anamnese: Schmerzen an Händen und Füssen zunehmend, Morgensteifigkeit > 1 Stunde, Mühe beim Faustschluss.
Befund: Schwellung MCP II-III und PIP III beidseits, Gaenslen-Zeichen positiv.
Labor: CRP 31 mg/L, BSR 42 mm/h, RF 68 IU/mL, Anti-CCP 240 U/mL, Hb 118 g/L.
Beurteilung: Exazerbation der Fibromyalgie-Beschwerden.
Procedere: Pregabalin auf 150 mg 2x täglich steigern, Physiotherapie fortsetzen, Kontrolle in 3 Monaten.""",
            med, enc=e3, custodian=b["site"])


def ch_dsm_nm(c):
    b = ch_base(c, "Rochat", "Nathalie", "female", "1981-06-04", "Montvernier", "1347",
                [("med", "Dubois", "Claire", "Dre", "Médecine interne générale")], 13)
    med = b["med"]
    uni = c.organization("Hôpital universitaire de Lémanie, Service de rhumatologie", city="Lémanie", country="CH",
                         key="org")
    rh = c.practitioner("Vuilleumier", "Laurent", prefix="Prof.", qual=("MD", "Doctor of Medicine"),
                        specialty="Rhumatologie")
    fm = c.condition(cc(icd10gm("M79.70", "Fibromyalgie: localisations multiples"), sct("203082005", "Fibromyalgia")),
                     "2024-05-14", recorder=med,
                     note="Diagnostic confirmé par deuxième avis rhumatologique (HU Lémanie, 22.04.2026).")
    c.condition(cc(icd10gm("F41.1", "Anxiété généralisée")), "2021-09-01", recorder=med)
    c.condition(cc(icd10gm("G43.0", "Migraine sans aura [migraine commune]")), "2003-01-01", recorder=med)
    c.medstmt(cc(atc("N06AX21", "duloxetine"), text="Duloxétine 60 mg"), "active", "2024-07-01", "60 mg 1x/j",
              reason_ref=[fm])
    c.medstmt(cc(atc("N02BE01", "paracetamol"), text="Paracétamol 1 g"), "active", "2024-05-14",
              "1 g jusqu'à 3x/j si douleurs")
    e1 = c.encounter("2026-03-17", who=med, provider=b["site"], type_cc=cc(text="Policlinique de médecine"),
                     reason=cc(text="Douleurs diffuses persistantes"))
    c.score(cc(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-03-17",
            6, enc=e1)
    labs = [c.lab(k, v, "2026-03-17", e1) for k, v in (("crp", 2), ("esr", 8), ("ck", 95), ("tsh", 1.8),
                                                      ("hgb", 132), ("rf", 6))]
    labs.append(c.obs(cc(coding(KAJ + "lab", "ANA-IF", "Anticorps antinucléaires (IFI HEp-2)")), "2026-03-17",
                      value_str="< 1:80", interp="N", enc=e1, ref_text="< 1:80"))
    c.report(cc(text="Bilan inflammatoire et auto-immun"), "2026-03-17", "LAB", results=labs, performer=b["site"],
             conclusion="Bilan inflammatoire et immunologique sans particularité.")
    sr = c.sreq(cc(coding(KAJ + "orders", "2ND-OPINION", "Demande de deuxième avis spécialisé"),
                   text="Deuxième avis rhumatologique (confirmation du diagnostic de fibromyalgie)"),
                "completed", "order", "2026-03-17", med, performer=uni, reason_ref=[fm], enc=e1,
                note="La patiente souhaite un deuxième avis sur le diagnostic.")
    e2 = c.encounter("2026-04-22", who=rh, provider=uni, type_cc=cc(text="Consultation de deuxième avis"),
                     reason=cc(text="Deuxième avis rhumatologique"), based_on=[sr])
    ch_note(c, "2026-04-24", "consult", "Deuxième avis rhumatologique", """
Hôpital universitaire de Lémanie - Service de rhumatologie
Consultation de deuxième avis du 22.04.2026
Question: confirmation du diagnostic de fibromyalgie, exclusion d'une maladie inflammatoire.
Status: pas de synovite, 14 points douloureux. WPI 12/19, SSS 8/12: critères ACR 2016 remplis.
Échographie articulaire des mains et des poignets: pas de synovite, pas d'érosion.
Bilan (17.03.2026): CRP, VS, CK, TSH normaux; FAN et FR négatifs.
Conclusion: le diagnostic de fibromyalgie est confirmé; pas d'argument pour une connectivite ni une
polyarthrite. Recommandations: activité physique adaptée progressive, poursuite duloxétine, TCC.
Prof. L. Vuilleumier""", rh, enc=e2, custodian=uni, related=[sr])
    e3 = c.encounter("2026-09-29", who=med, provider=b["site"], type_cc=cc(text="Policlinique de médecine"),
                     reason=cc(text="Suivi fibromyalgie"))
    c.score(cc(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-09-29",
            6, enc=e3)
    c.vitals("2026-09-29", e3, bp=(118, 74), wt=61.0)
    c.proc(cc(coding(KAJ + "therapy", "APA", "Programme d'activité physique adaptée"), text="Activité physique "
                                                                                          "adaptée (12 séances)"),
           "completed", period={"start": "2026-05-11", "end": "2026-08-03"}, reason_ref=[fm])
    ch_note(c, "2026-09-29", "progress", "Rapport de consultation", """
Hôpital cantonal Alpenrhein-Jura, site de Montvernier - Policlinique de médecine
Consultation du 29.09.2026
Diagnostics: fibromyalgie (deuxième avis HU Lémanie 04/2026: confirmé), anxiété généralisée, migraine.
Évolution: douleurs diffuses stables (EVA 6/10), meilleure tolérance à l'effort après le programme
d'activité physique adaptée. Sommeil un peu meilleur.
Plan: poursuite duloxétine 60 mg, marche 3x/semaine, TCC en cours. Contrôle dans 6 mois.""", med, enc=e3,
            custodian=b["site"])


def ch_mpp_pos(c):
    b = ch_base(c, "Pedrazzini", "Giorgio", "male", "1963-09-27", "Valmaggiore", "6690",
                [("chir", "Moretti", "Sara", "Dr. med.", "Chirurgia viscerale"),
                 ("gast", "Albertini", "Luca", "Dr. med.", "Gastroenterologia"),
                 ("anest", "Keller", "Thomas", "Dr. med.", "Anestesiologia")], 14)
    chir = b["chir"]
    div = c.condition(cc(icd10gm("K57.32", "Diverticolite del crasso senza perforazione, ascesso o indicazione di "
                                           "emorragia"), text="Diverticolite recidivante del sigma (3 episodi)"),
                      "2025-08-11", recorder=chir)
    absc = c.condition(cc(icd10gm("K57.22", "Diverticolite del crasso con perforazione e ascesso, senza "
                                            "indicazione di emorragia")), "2026-06-08", status="resolved",
                       abated="2026-07-10", cat="encounter-diagnosis", recorder=chir)
    c.condition(cc(icd10gm("I10.90", "Ipertensione essenziale, non specificata: senza indicazione di crisi "
                                     "ipertensiva")), "2016-01-01", recorder=chir)
    c.condition(cc(icd10gm("E78.0", "Ipercolesterolemia pura")), "2019-01-01", recorder=chir)
    c.medstmt(cc(atc("C09CA01", "losartan"), text="Losartan 50 mg"), "active", "2016-02-01", "50 mg 1x al giorno")
    c.medstmt(cc(atc("C10AA07", "rosuvastatin"), text="Rosuvastatina 10 mg"), "active", "2019-02-01", "10 mg la sera")
    adm = c.encounter("2026-06-08", cls="IMP", end="2026-06-14", who=chir, provider=b["site"],
                      type_cc=cc(text="Degenza chirurgia"), admit=("emd", "From accident/emergency department"),
                      discharge=("home", "Home"), diagnoses=[absc], length_days=6,
                      reason=cc(text="Dolore fossa iliaca sinistra, febbre"))
    c.lab("crp", 187, "2026-06-08", adm)
    c.lab("wbc", 16.8, "2026-06-08", adm)
    c.proc(cc(chop("54.91", "Drenaggio percutaneo addominale"), text="Drenaggio TC-guidato di ascesso pericolico"),
           "completed", "2026-06-09", performer=b["site"], reason_ref=[absc], enc=adm)
    ch_note(c, "2026-06-14", "discharge", "Lettera di dimissione", """
Ospedale cantonale Alpenrhein-Jura, sede di Valmaggiore - Chirurgia viscerale
Degenza dal 08.06.2026 al 14.06.2026
Diagnosi principale: diverticolite acuta complicata del sigma con ascesso pericolico 4 cm (Hinchey Ib),
terzo episodio (08/2025, 01/2026 trattati ambulatorialmente).
Interventi: drenaggio TC-guidato dell'ascesso (09.06.2026). Antibioterapia ev poi per os.
Gruppo SwissDRG: G67C
Procedere: colonscopia a 6-8 settimane; discussione chirurgia elettiva.""", chir, enc=adm, custodian=b["site"])
    colo = c.proc(cc(chop("45.23", "Colonscopia"), text="Colonscopia totale"), "completed", "2026-08-04",
                  performer=b["gast"], reason_ref=[div],
                  note="Diverticolosi marcata del sigma con stenosi infiammatoria lieve, superabile. Nessuna "
                       "neoplasia.")
    e1 = c.encounter("2026-09-15", who=chir, provider=b["site"], type_cc=cc(text="Ambulatorio di chirurgia"),
                     reason=cc(text="Indicazione chirurgica diverticolite"))
    c.vitals("2026-09-15", e1, bp=(138, 84), hr=72, wt=88.0, ht=178)
    sr = c.sreq(cc(chop("45.76", "Sigmoidectomia"), text="Resezione del sigma laparoscopica con anastomosi primaria"),
                "active", "order", "2026-09-15", chir, occurrence="2027-01-19", performer=b["site"],
                reason_ref=[div], enc=e1, category=cc(sct("387713003", "Surgical procedure")),
                supporting=[colo], note="Chirurgia elettiva dopo 3 episodi, di cui uno complicato. Stomia non prevista.")
    c.proc(cc(chop("45.76", "Sigmoidectomia"), text="Resezione del sigma laparoscopica"), "preparation",
           based_on=[sr], performer=chir, reason_ref=[div],
           note="Intervento programmato per il 19.01.2027. Consenso informato firmato il 10.11.2026.")
    ch_note(c, "2026-09-15", "consult", "Consulto di chirurgia viscerale", """
Ambulatorio di chirurgia viscerale - 15.09.2026
Paziente di 62 anni con diverticolite recidivante del sigma: 3 episodi in 10 mesi, l'ultimo complicato da
ascesso drenato percutaneamente (06/2026). Colonscopia 04.08.2026: diverticolosi, stenosi lieve, nessuna
neoplasia. Sintomi residui: dolore intermittente in fossa iliaca sinistra, alvo irregolare.
Indicazione: resezione del sigma laparoscopica elettiva con anastomosi primaria.
Rischi discussi (deiscenza anastomotica, conversione, stomia temporanea < 5%). Il paziente desidera procedere.
Data prevista: 19.01.2027.""", chir, enc=e1, custodian=b["site"])
    c.appointment("2026-12-10", "2026-12-10", "Visita pre-anestesiologica", [b["anest"]], start_time="10:00",
                  end_time="10:45")
    c.appointment("2027-01-19", "2027-01-19", "Resezione del sigma laparoscopica", [chir], based_on=[sr],
                  reason_ref=[div], start_time="08:00", end_time="12:00")


def ch_mpp_nm(c):
    b = ch_base(c, "Steiner", "Margrit", "female", "1955-04-03", "Brunnegg", "5505",
                [("orth", "Frei", "Andreas", "Dr. med.", "Orthopädische Chirurgie und Traumatologie"),
                 ("med", "Baumgartner", "Felix", "Dr. med.", "Allgemeine Innere Medizin")], 15)
    orth = b["orth"]
    oa_r = c.condition(cc(icd10gm("M16.1", "Sonstige primäre Koxarthrose"), text="Koxarthrose rechts"),
                       "2023-03-01", status="resolved", abated="2026-09-15", recorder=orth,
                       body_site=cc(sct("287579007", "Right hip region structure")),
                       note="Status nach Hüft-TEP rechts 15.09.2026.")
    c.condition(cc(icd10gm("M16.1", "Sonstige primäre Koxarthrose"), text="Koxarthrose links, leichtgradig"),
                "2025-05-01", recorder=orth, body_site=cc(sct("287679003", "Left hip region structure")),
                note="Kellgren-Lawrence 2, derzeit keine Operationsindikation.")
    c.condition(cc(icd10gm("I10.90", "Essentielle Hypertonie, nicht näher bezeichnet: Ohne Angabe einer "
                                     "hypertensiven Krise")), "2010-01-01", recorder=b["med"])
    c.condition(cc(icd10gm("E03.9", "Hypothyreose, nicht näher bezeichnet")), "2012-01-01", recorder=b["med"])
    c.condition(cc(icd10gm("M81.00", "Postmenopausale Osteoporose: Mehrere Lokalisationen")), "2019-06-01",
                recorder=b["med"])
    c.medstmt(cc(atc("C09AA05", "ramipril"), text="Ramipril 5 mg"), "active", "2010-02-01", "5 mg morgens")
    c.medstmt(cc(atc("H03AA01", "levothyroxine sodium"), text="Levothyroxin 50 mcg"), "active", "2012-02-01",
              "50 mcg morgens")
    c.medstmt(cc(atc("M05BA04", "alendronic acid"), text="Alendronat 70 mg"), "active", "2019-07-01",
              "70 mg 1x wöchentlich")
    sr = c.sreq(cc(chop("81.51", "Implantation einer Totalendoprothese der Hüfte"), text="Hüft-TEP rechts"),
                "completed", "order", "2026-06-20", orth, occurrence="2026-09-15", reason_ref=[oa_r],
                performer=b["site"], category=cc(sct("387713003", "Surgical procedure")))
    adm = c.encounter("2026-09-14", cls="IMP", end="2026-09-21", who=orth, provider=b["site"],
                      type_cc=cc(text="Stationär Orthopädie"), discharge=("rehab", "Rehabilitation"), diagnoses=[oa_r], length_days=7,
                      reason=cc(text="Elektive Hüft-TEP rechts"), based_on=[sr])
    tep = c.proc(cc(chop("81.51", "Implantation einer Totalendoprothese der Hüfte"),
                    text="Hüft-Totalendoprothese rechts, zementfrei, anteriorer Zugang"), "completed", "2026-09-15",
                 performer=orth, reason_ref=[oa_r], based_on=[sr], enc=adm,
                 body_site=cc(sct("287579007", "Right hip region structure")),
                 outcome=cc(sct("385669000", "Successful")))
    c.lab("hgb", 104, "2026-09-17", adm)
    c.lab("crp", 62, "2026-09-17", adm)
    ch_note(c, "2026-09-21", "discharge", "Austrittsbericht Orthopädie", """
Kantonsspital Alpenrhein-Jura, Standort Brunnegg - Klinik für Orthopädie
Austrittsbericht, Hospitalisation 14.09.2026 - 21.09.2026
Diagnosen: 1. Primäre Koxarthrose rechts - St. n. Hüft-TEP rechts (zementfrei, DAA) am 15.09.2026
2. Arterielle Hypertonie  3. Hypothyreose  4. Postmenopausale Osteoporose
Verlauf: komplikationslos. Mobilisation an Gehstöcken mit Vollbelastung. Wunde reizlos.
Postoperative Anämie (Hb 104 g/L), keine Transfusion.
SwissDRG: I47C
Procedere: Übertritt in stationäre muskuloskelettale Rehabilitation. Thromboseprophylaxe 4 Wochen.
Klinische und radiologische Kontrolle 6 Wochen postoperativ.""", orth, enc=adm, custodian=b["site"])
    e2 = c.encounter("2026-11-03", who=orth, provider=b["site"], type_cc=cc(text="Orthopädische Sprechstunde"),
                     reason=cc(text="6-Wochen-Kontrolle Hüft-TEP"))
    c.vitals("2026-11-03", e2, bp=(138, 80), hr=72, wt=67.5)
    c.obs(cc(coding(KAJ + "ortho", "HHS", "Harris Hip Score")), "2026-11-03", value_int=88, category="exam",
          enc=e2, performer=orth)
    xr = c.obs(cc(coding(KAJ + "rad", "RX-HUEFTE-RE", "Röntgen Hüfte rechts, 2 Ebenen")), "2026-11-03",
               value_str="Regelrechter Sitz der Prothese", category="imaging", enc=e2)
    c.report(cc(coding(KAJ + "rad", "RX-HUEFTE-RE", "Röntgen Hüfte rechts, 2 Ebenen")), "2026-11-03", "RAD", results=[xr], enc=e2,
             performer=b["site"], conclusion="Hüft-TEP rechts in regelrechter Stellung, keine Lockerungszeichen.")
    ch_note(c, "2026-11-03", "progress", "Verlaufsbericht Orthopädie", """
Orthopädische Sprechstunde 03.11.2026 - 7 Wochen nach Hüft-TEP rechts
Gehen ohne Stöcke, schmerzfrei, Harris Hip Score 88. Röntgen: regelrechter Sitz.
Hüfte links: gelegentliche Belastungsschmerzen, keine Operationsindikation.
Procedere: Physiotherapie ambulant, Jahreskontrolle 09/2027.""", orth, enc=e2, custodian=b["site"],
            related=[tep])


def ch_up_pos(c):
    b = ch_base(c, "Monnier", "Jacqueline", "female", "1950-11-12", "Montvernier", "1347",
                [("pneumo", "Favre", "Olivier", "Dr", "Pneumologie"),
                 ("med", "Dubois", "Claire", "Dre", "Médecine interne générale")], 16)
    pn = b["pneumo"]
    copd = c.condition(cc(icd10gm("J44.90", "Bronchopneumopathie chronique obstructive, sans précision: VEMS < 35 % "
                                            "de la valeur théorique"), sct("13645005", "Chronic obstructive lung disease"),
                          text="BPCO GOLD 4, groupe E, emphysème homogène"),
                       "2012-03-01", recorder=pn, severity=cc(sct("24484000", "Severe")),
                       note="17.11.2026: traitement maximal; aucune option thérapeutique supplémentaire (pas de "
                            "réduction de volume pulmonaire, non candidate à la transplantation). Orientation soins "
                            "palliatifs.")
    resp = c.condition(cc(icd10gm("J96.11", "Insuffisance respiratoire chronique, non classée ailleurs: Type II "
                                            "[hypercapnique]")), "2026-07-20", recorder=pn)
    c.condition(cc(icd10gm("M81.00", "Ostéoporose post-ménopausique: localisations multiples")), "2018-01-01",
                recorder=b["med"])
    c.condition(cc(icd10gm("I10.90", "Hypertension essentielle, sans précision: sans mention de crise hypertensive")),
                "2009-01-01", recorder=b["med"])
    c.medstmt(cc(atc("R03AL09", "beclometasone, formoterol and glycopyrronium bromide"),
                 text="Béclométasone/formotérol/glycopyrronium 87/5/9 mcg"), "active", "2023-01-01",
              "2 inhalations 2x/j", reason_ref=[copd])
    c.medstmt(cc(atc("R03DX07", "roflumilast"), text="Roflumilast 500 mcg"), "active", "2025-04-01", "1x/j",
              reason_ref=[copd])
    c.medstmt(cc(atc("J01FA10", "azithromycin"), text="Azithromycine 250 mg"), "active", "2025-10-01",
              "250 mg lundi, mercredi, vendredi", reason_ref=[copd])
    c.medstmt(cc(atc("V03AN01", "oxygen"), text="Oxygénothérapie de longue durée 2 L/min"), "active", "2025-02-01",
              "2 L/min > 16 h/j", reason_ref=[resp])
    for s, e_, dx in (("2026-02-03", "2026-02-12", "J44.10"), ("2026-07-18", "2026-07-29", "J44.10"),
                      ("2026-10-05", "2026-10-16", "J44.10")):
        ex = c.condition(cc(icd10gm(dx, "Bronchopneumopathie chronique obstructive avec exacerbation aiguë, sans "
                                        "précision: VEMS < 35 %")), s, status="resolved", abated=e_,
                         cat="encounter-diagnosis", recorder=pn)
        adm = c.encounter(s, cls="IMP", end=e_, who=pn, provider=b["site"], type_cc=cc(text="Hospitalisation "
                                                                                             "pneumologie"),
                          admit=("emd", "From accident/emergency department"), discharge=("home", "Home"),
                          diagnoses=[ex, copd])
    ch_note(c, "2026-10-16", "discharge", "Lettre de sortie", """
Hôpital cantonal Alpenrhein-Jura, site de Montvernier - Service de pneumologie
Hospitalisation du 05.10.2026 au 16.10.2026
Diagnostic principal: exacerbation aiguë de BPCO GOLD 4 avec insuffisance respiratoire hypercapnique
(pH 7.29, pCO2 9.1 kPa à l'admission). 3e hospitalisation en 2026.
Traitement: VNI, corticoïdes, antibiothérapie. Poursuite de la VNI nocturne à domicile.
Groupe SwissDRG: E65A
Suite: consultation de pneumologie dans 4 semaines.""", pn, enc=adm, custodian=b["site"])
    e1 = c.encounter("2026-11-17", who=pn, provider=b["site"], type_cc=cc(text="Consultation de pneumologie"),
                     reason=cc(text="Suivi BPCO sévère"), diagnoses=[copd, resp])
    c.vitals("2026-11-17", e1, bp=(132, 76), hr=96, spo2=89, rr=24, wt=47.5)
    c.obs(cc(loinc("20150-9", "FEV1"), text="VEMS"), "2026-09-08", value=0.52, unit="L", ucum="L",
          category="procedure", note="24 % de la valeur théorique; VEMS/CVF 0.38.")
    c.lab("pco2", 7.4, "2026-11-17", e1)
    c.lab("po2", 7.1, "2026-11-17", e1)
    ch_note(c, "2026-11-17", "progress", "Rapport de consultation de pneumologie", """
Consultation de pneumologie du 17.11.2026
Patiente de 76 ans, BPCO GOLD 4 (groupe E), emphysème homogène, insuffisance respiratoire chronique
hypercapnique sous O2 2 L/min et VNI nocturne. Trois hospitalisations pour exacerbation en 2026.
Dyspnée mMRC 4, IMC 18.6, distance de marche 6 min 140 m.
Discussion au colloque pneumologique du 12.11.2026: emphysème homogène sans ventilation collatérale
exploitable, pas d'indication à une réduction de volume pulmonaire chirurgicale ou par valves; non candidate
à une transplantation pulmonaire (âge, dénutrition, ostéoporose fracturaire).
Le traitement est maximal et aucune option thérapeutique supplémentaire n'est disponible pour la maladie.
Discussion avec la patiente et sa fille: objectif confort, pas d'intubation en cas de nouvelle décompensation.
Orientation vers l'équipe mobile de soins palliatifs acceptée.""", pn, enc=e1, custodian=b["site"])
    c.sreq(cc(sct("306237005", "Referral to palliative care service"), text="Orientation vers l'équipe mobile de "
                                                                            "soins palliatifs"),
           "active", "order", "2026-11-17", pn, reason_ref=[copd, resp], enc=e1, priority="urgent",
           note="Prise en charge des symptômes (dyspnée, anxiété), planification anticipée des soins.")


def ch_hit_pos(c):
    b = ch_base(c, "Fontana", "Daniela", "female", "1972-02-17", "Valmaggiore", "6690",
                [("onc", "Ferrari", "Chiara", "Dr. med.", "Oncologia medica"),
                 ("chir", "Moretti", "Sara", "Dr. med.", "Chirurgia senologica")], 17)
    onc, chir = b["onc"], b["chir"]
    ca = c.condition(cc(icd10gm("C50.4", "Tumore maligno: quadrante supero-esterno della mammella"),
                        sct("254837009", "Malignant neoplasm of breast"),
                        text="Carcinoma duttale invasivo mammella sinistra, pT2 pN1a (2/14) G3, ER 90% PR 20% "
                             "HER2 1+, Ki-67 35%"), "2026-09-08", recorder=onc,
                     body_site=cc(sct("80248007", "Left breast structure")),
                     stage=cc(text="pT2 pN1a M0, stadio IIB"))
    c.condition(cc(icd10gm("E04.1", "Nodulo tiroideo solitario non tossico")), "2019-05-01", recorder=onc)
    c.proc(cc(chop("85.41", "Mastectomia semplice unilaterale"), text="Mastectomia sinistra con dissezione "
                                                                      "ascellare"),
           "completed", "2026-10-20", performer=chir, reason_ref=[ca],
           body_site=cc(sct("80248007", "Left breast structure")))
    c.proc(cc(chop("40.51", "Dissezione radicale dei linfonodi ascellari")), "completed", "2026-10-20",
           performer=chir, reason_ref=[ca])
    path = c.obs(cc(loinc("22637-3", "Pathology report final diagnosis Narrative"), text="Diagnosi istologica"),
                 "2026-10-23", value_str="Carcinoma duttale invasivo NST, G3, 28 mm, margini liberi; 2/14 linfonodi "
                                         "metastatici", category="laboratory")
    c.report(cc(loinc("60568-3", "Pathology Synoptic report"), text="Referto istopatologico mastectomia"),
             "2026-10-23", "SP", results=[path], performer=b["site"],
             conclusion="pT2 pN1a (2/14) G3, ER 90%, PR 20%, HER2 1+ (negativo), Ki-67 35%.")
    tb = c.encounter("2026-11-04", cls="VR", who=onc, provider=b["site"], type_cc=cc(text="Tumorboard senologico"),
                     reason=cc(text="Discussione postoperatoria"))
    ch_note(c, "2026-11-04", "consult", "Protocollo Tumorboard senologico", """
Tumorboard senologico interdisciplinare - 04.11.2026
Paziente di 54 anni, carcinoma mammario sinistro pT2 pN1a (2/14) G3, HR positivo, HER2 negativo,
Ki-67 35%. Status dopo mastectomia sinistra e dissezione ascellare (20.10.2026).
Raccomandazione: chemioterapia adiuvante dose-dense EC x4 (epirubicina 90 mg/m2, ciclofosfamide
600 mg/m2 ogni 14 giorni con pegfilgrastim) seguita da paclitaxel settimanale 80 mg/m2 x12; in seguito
radioterapia della parete toracica e delle stazioni linfonodali; poi terapia endocrina (inibitore
dell'aromatasi + soppressione ovarica) per 5 anni.""", onc, enc=tb, custodian=b["site"])
    port = c.proc(cc(chop("86.07", "Impianto di dispositivo di accesso vascolare totalmente impiantabile [VAD]"),
                     text="Impianto di port-a-cath"), "completed", "2026-11-24", performer=chir, reason_ref=[ca])
    e1 = c.encounter("2026-11-26", who=onc, provider=b["site"], type_cc=cc(text="Ambulatorio di oncologia"),
                     reason=cc(text="Pianificazione chemioterapia adiuvante"))
    c.vitals("2026-11-26", e1, bp=(122, 76), hr=78, wt=66.0, ht=165)
    for k, v in (("hgb", 128), ("wbc", 6.4), ("plt", 288), ("creat_si", 66), ("alt", 22)):
        c.lab(k, v, "2026-11-26", e1)
    c.obs(cc(coding(KAJ + "onco", "LVEF-ECHO", "Frazione di eiezione VS (ecocardiografia)")), "2026-11-20",
          value=62, unit="%", ucum="%", low=55, category="imaging", note="Ecocardiografia basale prima di antracicline.")
    c.score(cc(coding(KAJ + "onco", "QLQC30-GHS", "EORTC QLQ-C30 global health status/QoL")), "2026-11-26", 66.7,
            enc=e1)
    reqs = []
    for code, disp, txt_, dose in (("L01DB03", "epirubicin", "Epirubicina 90 mg/m2 ev giorno 1, ogni 14 giorni, "
                                                              "4 cicli (dose-dense EC)", (155, "mg", "mg")),
                                   ("L01AA01", "cyclophosphamide", "Ciclofosfamide 600 mg/m2 ev giorno 1, ogni 14 "
                                                                   "giorni, 4 cicli", (1030, "mg", "mg")),
                                   ("L03AA13", "pegfilgrastim", "Pegfilgrastim 6 mg sc giorno 2 di ogni ciclo EC",
                                    (6, "mg", "mg")),
                                   ("L01CD01", "paclitaxel", "Paclitaxel 80 mg/m2 ev settimanale x12, dopo EC",
                                    (138, "mg", "mg"))):
        reqs.append(c.medreq(cc(atc(code, disp), text=disp.capitalize()), "2026-11-26", onc, txt_, status="active",
                             intent="plan", reason_ref=[ca], route=cc(sct("47625008", "Intravenous route"))
                             if code != "L03AA13" else cc(sct("34206005", "Subcutaneous route")),
                             dose=dose, enc=e1, validity={"start": "2026-12-07", "end": "2027-05-31"}))
    c.careplan("Piano terapeutico oncologico adiuvante", "active", "plan",
               cc(coding(KAJ + "careplan", "ONCO", "Piano terapeutico oncologico")), "2026-11-26", onc, addresses=[ca],
               activities=[reqs[0], reqs[1], reqs[3],
                           (cc(sct("108290001", "Radiation oncology AND/OR radiotherapy"),
                               text="Radioterapia parete toracica e stazioni linfonodali"), "not-started",
                            "Dopo la chemioterapia (circa 06/2027)"),
                           (cc(text="Terapia endocrina adiuvante 5 anni"), "not-started", None)],
               description="EC dose-dense x4 dal 07.12.2026, poi paclitaxel settimanale x12; radioterapia; terapia "
                           "endocrina.", supporting=[port])
    c.sreq(cc(chop("99.25", "Iniezione o infusione di sostanze chemioterapiche antineoplastiche"),
              text="Chemioterapia adiuvante - ciclo 1 EC"), "active", "order", "2026-11-26", onc,
           occurrence="2026-12-07", performer=b["site"], reason_ref=[ca], enc=e1)
    ch_note(c, "2026-11-26", "progress", "Rapporto di visita oncologica", """
Ambulatorio di oncologia - 26.11.2026
Colloquio di pianificazione della chemioterapia adiuvante secondo raccomandazione del Tumorboard.
Effetti collaterali discussi: alopecia completa, nausea, neutropenia febbrile, neuropatia da paclitaxel,
cardiotossicità, affaticamento; assenza dal lavoro (insegnante) per circa 6 mesi. Crioterapia del cuoio
capelluto proposta. Ecocardiografia basale normale (FEVS 62%). Port impiantato il 24.11.2026.
Inizio ciclo 1 EC: 07.12.2026. Consenso firmato.""", onc, enc=e1, custodian=b["site"])


def ch_wdt_pos(c):
    b = ch_base(c, "Perroud", "Jean-Marc", "male", "1968-07-21", "Montvernier", "1347",
                [("endo", "Girard", "Sophie", "Dre", "Endocrinologie-diabétologie")], 18)
    en = b["endo"]
    dm = c.condition(cc(icd10gm("E11.90", "Diabète sucré de type 2: sans complication: non désigné comme "
                                          "décompensé")), "2016-04-01", recorder=en)
    c.condition(cc(icd10gm("I10.90", "Hypertension essentielle, sans précision: sans mention de crise hypertensive")),
                "2014-01-01", recorder=en)
    c.condition(cc(icd10gm("E78.0", "Hypercholestérolémie pure")), "2016-04-01", recorder=en)
    c.condition(cc(icd10gm("G47.31", "Syndrome d'apnées obstructives du sommeil")), "2021-10-01", recorder=en)
    c.medstmt(cc(atc("A10BA02", "metformin"), text="Metformine 1000 mg"), "active", "2016-04-15",
              "1000 mg 2x/j", reason_ref=[dm], asserted="2026-09-22")
    c.medstmt(cc(atc("A10BK03", "empagliflozin"), text="Empagliflozine 10 mg"), "active", "2023-03-01",
              "10 mg 1x/j", reason_ref=[dm], asserted="2026-09-22")
    c.medstmt(cc(atc("A10AE04", "insulin glargine"), text="Insuline glargine 100 U/mL"), "active", "2024-06-10",
              "18 U le soir (24 U depuis 05/2026)", reason_ref=[dm], asserted="2026-09-22",
              note="Observance vérifiée: délivrances pharmacie régulières, carnet glycémique tenu.")
    c.medstmt(cc(atc("C09AA05", "ramipril"), text="Ramipril 5 mg"), "active", "2014-02-01", "5 mg 1x/j")
    c.medstmt(cc(atc("C10AA05", "atorvastatin"), text="Atorvastatine 40 mg"), "active", "2016-05-01", "40 mg le soir")
    for d, a1c, wt in (("2025-10-14", 7.3, 96.0), ("2026-01-20", 7.4, 96.4), ("2026-05-19", 8.2, 97.8),
                       ("2026-09-22", 9.1, 98.5)):
        e = c.encounter(d, who=en, provider=b["site"], type_cc=cc(text="Consultation de diabétologie"),
                        reason=cc(text="Suivi diabète de type 2"))
        c.lab("a1c", a1c, d, e)
        c.vitals(d, e, bp=(134, 84), wt=wt)
        if d == "2026-09-22":
            c.lab("glucose_si", 11.8, d, e)
            c.lab("egfr", 84, d, e)
            c.lab("creat_si", 92, d, e)
            last = e
    ch_note(c, "2026-05-19", "progress", "Rapport de consultation de diabétologie", """
Consultation de diabétologie du 19.05.2026
HbA1c 8.2 % (7.4 % en janvier). Pas d'écart alimentaire rapporté, activité physique stable.
Glycémies à jeun 8-10 mmol/L. Augmentation de l'insuline glargine de 18 à 24 U le soir.
Poursuite metformine et empagliflozine.""", en, custodian=b["site"])
    ch_note(c, "2026-09-22", "progress", "Rapport de consultation de diabétologie", """
Hôpital cantonal Alpenrhein-Jura, site de Montvernier - Endocrinologie-diabétologie
Consultation du 22.09.2026
Diagnostics: diabète de type 2 (2016), HTA, hypercholestérolémie, SAOS appareillé.
Traitement: metformine 1000 mg 2x/j, empagliflozine 10 mg, insuline glargine 24 U.
Observance: bonne (délivrances en pharmacie régulières, carnet glycémique complet, technique d'injection
contrôlée). Pas d'infection intercurrente, pas de corticothérapie.
HbA1c: 7.4 % (01/2026) -> 8.2 % (05/2026) -> 9.1 % (09/2026). Glycémies à jeun 10-13 mmol/L. Poids +2 kg.
Appréciation: détérioration progressive du contrôle glycémique malgré une triple thérapie bien suivie.
Procedere: discussion d'un agoniste du GLP-1, dosage peptide C et anticorps anti-GAD.""", en, enc=last,
            custodian=b["site"])


def ch_wdt_nm(c):
    b = ch_base(c, "Ammann", "Lukas", "male", "1992-12-05", "Brunnegg", "5505",
                [("pneumo", "Meier", "Katharina", "Dr. med.", "Pneumologie")], 19)
    pn = b["pneumo"]
    asth = c.condition(cc(icd10gm("J45.0", "Vorwiegend allergisches Asthma bronchiale"), sct("195967001", "Asthma"),
                          text="Allergisches Asthma bronchiale (Gräser-, Birkenpollen)"), "2009-04-01", recorder=pn)
    c.condition(cc(icd10gm("J30.1", "Allergische Rhinopathie durch Pollen")), "2005-05-01", recorder=pn)
    c.medstmt(cc(atc("R03AK07", "formoterol and budesonide"), text="Budesonid/Formoterol 200/6 mcg Turbuhaler"),
              "active", "2024-03-12", "2 Hübe 2x täglich und bei Bedarf (MART), max. 8 Hübe/Tag", reason_ref=[asth],
              asserted="2026-11-10")
    c.medstmt(cc(atc("R06AE07", "cetirizine"), text="Cetirizin 10 mg"), "active", "2020-03-01",
              "10 mg bei Bedarf während der Pollensaison")
    for d, act, fev in (("2026-03-17", 20, 88), ("2026-07-14", 19, 86), ("2026-11-10", 18, 87)):
        e = c.encounter(d, who=pn, provider=b["site"], type_cc=cc(text="Pneumologische Sprechstunde"),
                        reason=cc(text="Asthmakontrolle"))
        c.score(cc(coding(KAJ + "pneumo", "ACT", "Asthma Control score (ACT, 5 Fragen), Summenwert")), d, act,
                enc=e, ref_text="25 vollständig kontrolliert; 20-24 gut kontrolliert; <= 19 nicht gut kontrolliert")
        c.obs(cc(coding(KAJ + "pneumo", "FEV1-PCT", "FEV1 in % des Sollwerts")), d, value=fev, unit="%", ucum="%",
              category="procedure", enc=e, low=80)
        last = e
    c.obs(cc(coding(KAJ + "pneumo", "FENO", "Fraktioniertes exhaliertes Stickstoffmonoxid (FeNO)")), "2026-11-10",
          value=28, unit="ppb", ucum="[ppb]", high=25, category="procedure", enc=last)
    c.lab("hgb", 152, "2026-03-17")
    c.vitals("2026-11-10", last, bp=(122, 76), hr=68, spo2=98)
    ch_note(c, "2026-07-14", "progress", "Verlaufsbericht Pneumologie", """
Pneumologische Sprechstunde 14.07.2026
Pollensaison, vermehrt Reliever-Inhalationen (ca. 3x/Woche). ACT 19. FEV1 86 % Soll.
Inhalationstechnik korrekt. Keine Exazerbation, keine systemischen Steroide.
Procedere: MART unverändert, Cetirizin bei Bedarf. Kontrolle im November.""", pn, custodian=b["site"])
    ch_note(c, "2026-11-10", "progress", "Verlaufsbericht Pneumologie", """
Kantonsspital Alpenrhein-Jura, Standort Brunnegg - Pneumologie
Sprechstunde 10.11.2026
Diagnose: allergisches Asthma bronchiale, Therapie nach GINA Stufe 3 (MART).
Verlauf: ACT 18 (März 20, Juli 19), Lungenfunktion stabil (FEV1 87 % Soll), FeNO 28 ppb.
Keine Exazerbation in den letzten 12 Monaten, kein Notfallbesuch. Nächtliche Symptome 1x/Monat.
Beurteilung: Asthma weitgehend stabil, geringe Schwankung der Kontrolle im Rahmen der Pollensaison.
Procedere: Therapie unverändert, Kontrolle in 4 Monaten.""", pn, enc=last, custodian=b["site"])


def ch_roc_pos(c):
    b = ch_base(c, "Cattaneo", "Rosa", "female", "1951-08-30", "Valmaggiore", "6690",
                [("med", "Gianella", "Paola", "Dr. med.", "Medicina interna generale"),
                 ("pneumo", "Bianchi", "Federico", "Dr. med.", "Pneumologia"),
                 ("cardio", "Solari", "Elena", "Dr. med.", "Cardiologia"),
                 ("nefro", "Lurati", "Andrea", "Dr. med.", "Nefrologia")], 20)
    med = b["med"]
    dm = c.condition(cc(icd10gm("E11.90", "Diabete mellito tipo 2: senza complicanze: non definito scompensato")),
                     "2008-01-01", recorder=med)
    ckd = c.condition(cc(icd10gm("N18.3", "Malattia renale cronica, stadio 3"), text="Malattia renale cronica "
                                                                                   "stadio G3b A2"),
                      "2021-06-01", recorder=b["nefro"])
    copd = c.condition(cc(icd10gm("J44.92", "Broncopneumopatia cronica ostruttiva non specificata: VEMS >= 50% e "
                                            "< 70% del valore teorico")), "2016-03-01", recorder=b["pneumo"])
    af = c.condition(cc(icd10gm("I48.1", "Fibrillazione atriale persistente")), "2022-11-01", recorder=b["cardio"])
    oa = c.condition(cc(icd10gm("M17.1", "Altra gonartrosi primaria"), text="Gonartrosi bilaterale"), "2017-01-01",
                     recorder=med)
    dep = c.condition(cc(icd10gm("F32.1", "Episodio depressivo moderato")), "2025-02-01", recorder=med,
                      note="Dopo il decesso del marito (11/2024).")
    c.condition(cc(icd10gm("I10.90", "Ipertensione essenziale, non specificata: senza indicazione di crisi "
                                     "ipertensiva")), "2005-01-01", recorder=med)
    for code, disp, txt_, dose, reason in (
            ("A10BA02", "metformin", "Metformina 500 mg", "500 mg 2x al giorno", dm),
            ("A10BH05", "linagliptin", "Linagliptin 5 mg", "5 mg 1x al giorno", dm),
            ("B01AF02", "apixaban", "Apixaban 5 mg", "5 mg 2x al giorno", af),
            ("C07AB07", "bisoprolol", "Bisoprololo 5 mg", "5 mg 1x al giorno", af),
            ("R03BB04", "tiotropium bromide", "Tiotropio 2.5 mcg Respimat", "2 inalazioni 1x al giorno", copd),
            ("N06AB06", "sertraline", "Sertralina 50 mg", "50 mg 1x al giorno", dep),
            ("N02BE01", "paracetamol", "Paracetamolo 1 g", "1 g fino a 3x al giorno se dolore", oa)):
        c.medstmt(cc(atc(code, disp), text=txt_), "active", "2025-06-01", dose, reason_ref=[reason],
                  asserted="2026-10-13")
    for d, egfr, a1c in (("2026-04-14", 39, 7.0), ("2026-10-13", 38, 7.1)):
        e = c.encounter(d, who=med, provider=b["site"], type_cc=cc(text="Ambulatorio di medicina interna"),
                        reason=cc(text="Controllo pazienti polimorbidi"))
        c.lab("egfr", egfr, d, e)
        c.lab("a1c", a1c, d, e)
        c.lab("k", 4.8, d, e)
        c.vitals(d, e, bp=(132, 78), hr=74, wt=71.0)
        last = e
    c.lab("hgb", 124, "2026-10-13", last)
    e_p = c.encounter("2026-06-09", who=b["pneumo"], provider=b["site"], type_cc=cc(text="Ambulatorio di "
                                                                                        "pneumologia"))
    c.obs(cc(coding(KAJ + "pneumo", "FEV1-PCT", "VEMS in % del valore teorico")), "2026-06-09", value=58, unit="%", ucum="%",
          low=80, category="procedure", enc=e_p)
    e_c = c.encounter("2026-07-21", who=b["cardio"], provider=b["site"], type_cc=cc(text="Ambulatorio di "
                                                                                       "cardiologia"))
    echo = c.obs(cc(loinc("10230-1", "Left ventricular Ejection fraction")), "2026-07-21", value=55, unit="%",
                 ucum="%", low=52, category="imaging", enc=e_c)
    c.report(cc(loinc("34552-0", "Cardiac 2D echo panel"), text="Ecocardiografia transtoracica"), "2026-07-21", "CUS",
             results=[echo], enc=e_c, performer=b["site"],
             conclusion="FE VS 55%, atrio sinistro dilatato (LAVI 46 mL/m2), nessuna valvulopatia significativa.")
    c.score(cc(loinc("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")),
            "2026-10-13", 11, enc=last)
    ch_note(c, "2026-10-13", "progress", "Rapporto di visita - medicina interna", """
Ospedale cantonale Alpenrhein-Jura, sede di Valmaggiore - Ambulatorio di medicina interna
Visita del 13.10.2026
Paziente di 75 anni polimorbida, vive sola, aiuto domiciliare (Spitex) 2x/settimana.
Diagnosi attive:
1. Diabete mellito tipo 2 (HbA1c 7.1 %)
2. Malattia renale cronica G3b A2 (eGFR 38), seguita in nefrologia
3. BPCO GOLD 2 (VEMS 58 %), seguita in pneumologia
4. Fibrillazione atriale persistente, anticoagulata, seguita in cardiologia
5. Gonartrosi bilaterale (nessuna indicazione chirurgica attuale, seguita in ortopedia)
6. Episodio depressivo moderato dopo lutto (PHQ-9 11), in trattamento
7. Ipertensione arteriosa
Politerapia (7 farmaci). Coordinazione tra 5 specialità; rivalutazione della terapia (apixaban: dose
adeguata per eGFR, età e peso). Prossimo controllo fra 6 mesi.""", med, enc=last, custodian=b["site"])


def _case(key, site, fn, target, kind, expected, why, summary):
    return {"key": key, "org": "ch", "site": site, "build": fn, "target": target, "kind": kind,
            "expected": expected, "why": why, "summary": summary}


CASES = [
    _case("ch-01", "it", ch_psnw_nm, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
          "Raised PSA (6.9 ug/L, 2026-05-12) was followed up within 60 days (urology 05-27, mpMRI PI-RADS 2 on "
          "06-16) and is under urological surveillance: no unaddressed red flag, no persistent symptom.",
          "raised PSA promptly followed up by urology and mpMRI (PI-RADS 2)"),
    _case("ch-02", "de", ch_dsm_pos, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
          "Fibromyalgia (M79.70) active > 18 months while symptoms continue and new synovitis, morning stiffness, "
          "CRP 31, ESR 42, RF and anti-CCP strongly positive appear, which fibromyalgia cannot explain; no "
          "rheumatology review.",
          "fibromyalgia label; new synovitis with positive RF/anti-CCP attributed to fibromyalgia"),
    _case("ch-03", "fr", ch_dsm_nm, "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
          "Fibromyalgia label > 90 days with ongoing pain, but work-up is normal and an external rheumatology second "
          "opinion (2026-04-22) confirmed the diagnosis within the last 12 months: suppressed.",
          "fibromyalgia confirmed by a university second opinion in 04/2026"),
    _case("ch-04", "it", ch_mpp_pos, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
          "Elective laparoscopic sigmoid resection (CHOP 45.76) scheduled 2027-01-19: active ServiceRequest and a "
          "Procedure in preparation, after recurrent and complicated diverticulitis.",
          "recurrent diverticulitis; laparoscopic sigmoid resection booked for 01/2027"),
    _case("ch-05", "de", ch_mpp_nm, "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
          "The major procedure (right total hip replacement) was already performed on 2026-09-15; the order is "
          "completed and no further operation is planned (left hip: no indication).",
          "right hip replacement already performed 09/2026, uneventful follow-up"),
    _case("ch-06", "fr", ch_up_pos, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
          "GOLD 4 COPD with hypercapnic failure: pneumology records that no further disease-directed option exists "
          "(no lung-volume reduction, not a transplant candidate) and an active palliative-care referral; no second "
          "opinion.",
          "end-stage COPD; 'aucune option thérapeutique', palliative-care referral"),
    _case("ch-07", "it", ch_hit_pos, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
          "Adjuvant dose-dense EC then weekly paclitaxel planned from 2026-12-07 (MedicationRequests intent=plan, "
          "CarePlan, chemotherapy order), after mastectomy with axillary dissection.",
          "breast cancer after mastectomy; adjuvant chemotherapy starting 12/2026"),
    _case("ch-08", "fr", ch_wdt_pos, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
          "HbA1c 7.4 -> 8.2 -> 9.1 % from 2026-01 to 2026-09 (>= 0.5-point MCID, 245 days) while metformin, "
          "empagliflozin and insulin glargine were active throughout with documented adherence.",
          "type 2 diabetes; HbA1c rising on triple therapy"),
    _case("ch-09", "de", ch_wdt_nm, "WORSENING_DESPITE_TREATMENT", "near-miss", [],
          "ACT fell only 20 -> 19 -> 18 over 8 months on budesonide/formoterol (below the 3-point MCID), FEV1 "
          "stable, no exacerbation.",
          "allergic asthma; ACT 20->19->18, below the minimal important difference"),
    _case("ch-10", "it", ch_roc_pos, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
          "Seven active chronic conditions across at least five specialties (endocrinology, nephrology, "
          "pulmonology, cardiology, orthopaedics, psychiatry).",
          "multimorbid 75-year-old: diabetes, CKD 3b, COPD, AF, knee OA, depression, hypertension"),
]
