"""Cases from Helse Vestfjord HF (Norwegian hospital trust): ICD-10 (Norwegian edition), NCMP/NCSP, ATC,
notes in bokmål, patient messages through helsenorge."""
from fhirkit import loinc as loinc_
from fhirkit import (ICD10NO, LOINC, NCSP, SCT, atc, cc, local, loinc, q, scaffold)

PSNW = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"
MPP = "MAJOR_PROCEDURE_PLANNED"
UP = "UNTREATABLE_PROGNOSIS"
HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
WDT = "WORSENING_DESPITE_TREATMENT"
RARE = "RARE_OR_COMPLEX_CONDITION"


def icd(code, text):
    return cc(ICD10NO, code, text, text=text)


def ncsp(code, text):
    return cc(NCSP, code, text, text=text)


def lab(c, sfx, code, text, date, value, unit, low=None, high=None, enc=None, interp=None, ucode=None):
    return c.obs(sfx, loinc_(code, text), date, q(value, unit, ucode), low=low, high=high,
                 enc=enc, interp=interp)


POL = cc(c_sys := "https://fhir.helse-vestfjord.example.no/kodeverk/kontakttype", "POL", "Poliklinisk konsultasjon",
         text="Poliklinisk konsultasjon")
TLF = cc(c_sys, "TLF", "Telefonkonsultasjon", text="Telefonkonsultasjon")
AKUTT = cc(c_sys, "AKU", "Akuttmottak", text="Øyeblikkelig hjelp, akuttmottak")
DAG = cc(c_sys, "DAG", "Dagbehandling", text="Dagbehandling")
INN = cc(c_sys, "INN", "Innleggelse", text="Døgnopphold")
EPIKRISE = cc(LOINC, "18842-5", "Discharge summary", text="Epikrise")
POLNOTAT = cc(LOINC, "11488-4", "Consult note", text="Poliklinisk notat")
HENVISNING = cc(LOINC, "57133-1", "Referral note", text="Henvisning")
HELSENORGE = cc("https://fhir.helse-vestfjord.example.no/kodeverk/kanal", "helsenorge",
                "Helsenorge – digital dialog", text="Melding via helsenorge.no")


# ----------------------------------------------------------------------------------------------------- a01
def a01(c):
    """Palpitations and dizziness for 8 months, every examination normal, discharged back to GP."""
    R = scaffold(c, "Marte Elise", "Haugland", "female", "1991-04-22", 11,
                 [("gp", "Lars", "Eide", "Fastlege, spesialist i allmennmedisin"),
                  ("kard", "Kari", "Nygaard", "Overlege, kardiologi"),
                  ("lis", "Jonas", "Vik", "Lege i spesialisering, indremedisin")], gp="gp",
                 city="Førde", postal="6800")
    gpo = c.organization("gpo", name="Førde legesenter",
                         type_cc=cc("http://terminology.hl7.org/CodeSystem/organization-type", "prov",
                                    "Healthcare Provider", text="Fastlegekontor"))
    mig = c.condition("mig", icd("G43.0", "Migrene uten aura"), onset="2012", recorded="2019-03-02")
    c.med_statement("sumatriptan", atc("N02CC01", "sumatriptan 50 mg tablett ved behov"), "2019-03-02",
                    asserted="2026-05-27", reason=[mig], dose_text="50 mg ved migreneanfall, maks 2 per døgn")
    ref = c.service_request("henv", cc(SCT, "306206005", "Referral to service", text="Henvisning kardiologisk poliklinikk"),
                            "2026-05-04", status="completed", requester=R["gp"], performer=R["org"],
                            reason_code=[icd("R00.2", "Hjertebank"), icd("R42", "Svimmelhet og ørhet")],
                            note="Hjertebank og svimmelhet siden mars. Ingen synkope. Normal EKG hos fastlege.")
    pal = c.condition("palp", icd("R00.2", "Hjertebank"), onset="2026-03-10", recorded="2026-05-27",
                      recorder=R["kard"])
    e1 = c.encounter("e1", "2026-05-27", type_cc=POL, reason=icd("R00.2", "Hjertebank"), prac=R["kard"],
                     time="10:00", end_time="10:45")
    c.condition("dx1", icd("R42", "Svimmelhet og ørhet"), onset="2026-03-10", recorded="2026-05-27",
                category="encounter-diagnosis", enc=e1)
    c.bp("bp1", "2026-05-27", 118, 74, enc=e1)
    c.vital("hr1", "hr", "2026-05-27", 82, enc=e1)
    hb = lab(c, "hb1", "718-7", "Hemoglobin", "2026-05-27", 13.6, "g/dL", 11.7, 15.3, enc=e1)
    lab(c, "ferr1", "2276-4", "Ferritin", "2026-05-27", 46, "ug/L", 15, 200, enc=e1)
    lab(c, "tsh1", "3016-3", "TSH", "2026-05-27", 1.9, "m[IU]/L", 0.5, 4.2, enc=e1)
    lab(c, "ft41", "14920-3", "Fritt T4", "2026-05-27", 15.2, "pmol/L", 12, 22, enc=e1)
    lab(c, "k1", "2823-3", "Kalium", "2026-05-27", 4.1, "mmol/L", 3.6, 4.6, enc=e1)
    lab(c, "crp1", "1988-5", "CRP", "2026-05-27", 2, "mg/L", 0, 5, enc=e1)
    ekg = c.obs("ekg1", local(c, "EKG-12", "12-avlednings hvile-EKG"), "2026-05-27",
                cc(SCT, "64730000", "Normal sinus rhythm", text="Sinusrytme 78/min, normal PQ, QRS og QTc (412 ms)"),
                category="procedure", enc=e1, interp="N")
    c.report("ekgr", local(c, "EKG-12", "12-avlednings hvile-EKG"), "2026-05-27", results=[ekg], category="EC",
             conclusion="Normalt hvile-EKG.", enc=e1, performer=R["kard"])
    holt = c.obs("holter", local(c, "HOLTER24", "24-timers Holter-registrering"), "2026-06-10",
                 "Sinusrytme hele registreringen, frekvens 54–128/min. Sjeldne supraventrikulære ekstrasystoler "
                 "(<0,1 %). Symptomdagbok: hjertebank kl 14.20 og 21.05 korrelerer med sinusrytme 96–104/min. "
                 "Ingen pauser, ingen arytmier.", category="procedure", interp="N")
    c.report("holterr", local(c, "HOLTER24", "24-timers Holter-registrering"), "2026-06-10", results=[holt],
             category="EC", conclusion="Normal Holter-registrering. Symptomer korrelerer med sinusrytme.",
             performer=R["kard"])
    ef = c.obs("ef", cc(LOINC, "10230-1", "Left ventricular Ejection fraction", text="Ejeksjonsfraksjon venstre ventrikkel"),
               "2026-07-08", q(62, "%"), low=52, high=72, category="imaging")
    c.report("ekko", local(c, "EKKO-TT", "Transtorakal ekkokardiografi"), "2026-07-08", results=[ef],
             category="CUS", conclusion="Normal ekkokardiografi. Normale klaffer, normal systolisk og diastolisk funksjon.",
             performer=R["kard"])
    e2 = c.encounter("e2", "2026-08-19", type_cc=POL, reason=icd("R00.2", "Hjertebank"), prac=R["kard"],
                     time="13:00", end_time="13:30")
    c.condition("dx2", icd("R00.2", "Hjertebank"), onset="2026-03-10", recorded="2026-08-19",
                category="encounter-diagnosis", enc=e2)
    c.bp("bp2", "2026-08-19", 116, 76, enc=e2, note="Ortostatisk: liggende 116/76 puls 70, stående 3 min 112/78 puls 88")
    c.note("n2", "2026-08-19", "Poliklinisk notat kardiologi",
           "Kardiologisk poliklinikk, kontroll.\n"
           "Henvist fra fastlege for hjertebank og svimmelhet siden mars 2026. Ingen synkope, ingen brystsmerter.\n"
           "Utredning: normalt hvile-EKG, normal 24-timers Holter (symptomer korrelerer med sinusrytme), "
           "normal ekkokardiografi, normale blodprøver inkl. Hb, ferritin, TSH, fritt T4 og elektrolytter. "
           "Ortostatisk blodtrykk uten fall, pulsøkning 18/min.\n"
           "Vurdering: Ingen holdepunkter for hjertesykdom eller arytmi. Pasienten beroliget.\n"
           "Plan: Avsluttes ved poliklinikken. Videre oppfølging hos fastlege.\n"
           "Pasienten opplyser fortsatt daglige anfall med hjertebank og ørhet, til dels sykmeldt 40 %.",
           author=R["kard"], type_cc=POLNOTAT, enc=e2)
    e3 = c.encounter("e3", "2026-10-21", cls="EMER", type_cc=AKUTT, reason=icd("R00.2", "Hjertebank"),
                     prac=R["lis"], time="21:40", end_time="23:55",
                     admit=cc("http://terminology.hl7.org/CodeSystem/admit-source", "gp", "General Practitioner referral"))
    c.condition("dx3", icd("R00.2", "Hjertebank"), onset="2026-03-10", recorded="2026-10-21",
                category="encounter-diagnosis", enc=e3)
    c.vital("hr3", "hr", "2026-10-21", 96, enc=e3, time="21:50")
    lab(c, "tnt3", "67151-1", "Troponin T (høysensitiv)", "2026-10-21", 4, "ng/L", None, 14, enc=e3)
    lab(c, "hb3", "718-7", "Hemoglobin", "2026-10-21", 13.4, "g/dL", 11.7, 15.3, enc=e3)
    c.note("n3", "2026-10-21", "Notat akuttmottak",
           "Innkomst via legevakt med hjertebank siste 2 timer og ørhet. Våken, klar, BT 124/78, puls 96 regelmessig.\n"
           "EKG: sinusrytme 96/min, ingen ST-forandringer. Troponin T 4 ng/L. Hb 13,4.\n"
           "Vurdering: Sinustakykardi, ingen tegn til alvorlig sykdom. Tidligere fullt utredet ved kardiologisk "
           "poliklinikk uten funn. Hjem, kontakt fastlege.", author=R["lis"], type_cc=EPIKRISE, enc=e3, time="23:50")
    e4 = c.encounter("e4", "2026-11-18", cls="VR", type_cc=TLF, reason=icd("R00.2", "Hjertebank"), prac=R["kard"],
                     time="11:15", end_time="11:30")
    c.note("n4", "2026-11-18", "Telefonnotat",
           "Ringt opp etter ny henvisning fra fastlege (mottatt 12.11.2026). Pasienten har fortsatt hjertebank "
           "og svimmelhet flere ganger daglig, nå i 8 måneder. Alle undersøkelser har vært normale. "
           "Ingen indikasjon for ytterligere kardiologisk utredning; henvisningen returneres til fastlege med råd om "
           "livsstilstiltak.", author=R["kard"], type_cc=POLNOTAT, enc=e4)
    return c


A01 = dict(key="a01", org="NO", target=PSNW, kind="positive", expected=[PSNW], build=a01,
           summary="Palpitations and dizziness recorded from May to November 2026; ECG, Holter, echo and labs all normal; "
                   "discharged to the GP with symptoms ongoing",
           why="Palpitations recorded on four dates over six months with every examination normal and no "
               "explanatory diagnosis; the patient keeps getting told there is nothing wrong.")


# ----------------------------------------------------------------------------------------------------- a02
def a02(c):
    """Fatigue and bloating with normal first labs, then coeliac disease diagnosed and treated."""
    R = scaffold(c, "Ida", "Strand", "female", "1997-09-03", 12,
                 [("gp", "Siri", "Aasen", "Fastlege"),
                  ("gast", "Per Olav", "Lunde", "Overlege, fordøyelsessykdommer")], gp="gp",
                 city="Florø", postal="6900")
    fat = c.condition("fat", icd("R53", "Uvelhet og tretthet"), onset="2026-02-15", recorded="2026-03-05",
                      clinical="resolved", abatement="2026-08-20", recorder=R["gp"],
                      note="Erstattet av K90.0 cøliaki 20.08.2026")
    c.condition("blo", icd("R14", "Flatulens og beslektede tilstander"), onset="2026-02-15", recorded="2026-03-05",
                clinical="resolved", abatement="2026-08-20")
    c.service_request("henv", cc(SCT, "306206005", "Referral to service", text="Henvisning gastromedisinsk poliklinikk"),
                      "2026-03-05", status="completed", requester=R["gp"], performer=R["org"],
                      reason_code=[icd("R53", "Uvelhet og tretthet"), icd("R14", "Oppblåsthet")],
                      note="Tretthet, oppblåsthet og løs avføring siden februar. Vektnedgang 3 kg.")
    e1 = c.encounter("e1", "2026-03-26", type_cc=POL, reason=icd("R14", "Oppblåsthet"), prac=R["gast"])
    lab(c, "hb1", "718-7", "Hemoglobin", "2026-03-26", 12.6, "g/dL", 11.7, 15.3, enc=e1)
    lab(c, "fe1", "2276-4", "Ferritin", "2026-03-26", 19, "ug/L", 15, 200, enc=e1)
    lab(c, "crp1", "1988-5", "CRP", "2026-03-26", 1, "mg/L", 0, 5, enc=e1)
    lab(c, "tsh1", "3016-3", "TSH", "2026-03-26", 2.4, "m[IU]/L", 0.5, 4.2, enc=e1)
    lab(c, "calp1", "38445-3", "Kalprotektin i feces", "2026-03-26", 31, "mg/kg", None, 50, enc=e1)
    c.vital("wt1", "wt", "2026-03-26", 58.2, enc=e1)
    e2 = c.encounter("e2", "2026-05-21", type_cc=POL, reason=icd("R53", "Tretthet"), prac=R["gast"])
    lab(c, "hb2", "718-7", "Hemoglobin", "2026-05-21", 12.3, "g/dL", 11.7, 15.3, enc=e2)
    lab(c, "alat2", "1742-6", "ALAT", "2026-05-21", 31, "U/L", 10, 45, enc=e2)
    e3 = c.encounter("e3", "2026-07-02", type_cc=POL, reason=icd("R14", "Oppblåsthet"), prac=R["gast"])
    ttg = lab(c, "ttg", "31017-7", "Transglutaminase IgA-antistoff", "2026-07-02", 112, "U/mL", None, 7, enc=e3)
    iga = lab(c, "iga", "2458-8", "Immunglobulin A", "2026-07-02", 2.1, "g/L", 0.7, 4.0, enc=e3)
    c.report("serol", loinc_("31017-7", "Cøliakiserologi"), "2026-07-02",
             results=[ttg, iga], conclusion="Sterkt positiv transglutaminase-IgA med normal total-IgA.", enc=e3)
    gsk = c.procedure("gsk", ncsp("UJD02", "Gastroduodenoskopi"), "2026-08-12", performer=R["gast"],
                      note="Gastroskopi med 6 biopsier fra duodenum. Nedsatt foldemønster i pars descendens.")
    c.report("histo", local(c, "PAT-HIST", "Histopatologisk undersøkelse"), "2026-08-18", category="SP",
             conclusion="Duodenalslimhinne med total villusatrofi, kryptehyperplasi og økt antall intraepiteliale "
                        "lymfocytter (>40/100 epitelceller). Forenlig med cøliaki, Marsh 3b.")
    cel = c.condition("cel", icd("K90.0", "Cøliaki"), onset="2026-08-20", recorder=R["gast"],
                      note="Diagnose stilt på positiv serologi og typisk histologi. Henvist klinisk ernæringsfysiolog.")
    c.service_request("ern", cc(SCT, "103699006", "Referral to dietitian", text="Henvisning klinisk ernæringsfysiolog"),
                      "2026-08-20", status="completed", requester=R["gast"], reason_ref=[cel])
    e4 = c.encounter("e4", "2026-11-10", type_cc=POL, reason=icd("K90.0", "Cøliaki"), prac=R["gast"],
                     diagnoses=[cel])
    lab(c, "ttg4", "31017-7", "Transglutaminase IgA-antistoff", "2026-11-10", 38, "U/mL", None, 7, enc=e4)
    c.vital("wt4", "wt", "2026-11-10", 60.1, enc=e4)
    c.note("n4", "2026-11-10", "Poliklinisk notat gastro",
           "Kontroll 3 måneder etter diagnose av cøliaki (Marsh 3b, tTG-IgA 112).\n"
           "Streng glutenfri kost siden slutten av august, veiledet av klinisk ernæringsfysiolog. Betydelig "
           "bedring: mindre oppblåsthet, normal avføring, energinivået tiltagende. Vekt +1,9 kg.\n"
           "tTG-IgA falt til 38. Forventer normalisering i løpet av 6–12 måneder.\n"
           "Plan: Ny kontroll med serologi om 6 måneder. Tretthet og oppblåsthet forklart av cøliaki.",
           author=R["gast"], type_cc=POLNOTAT, enc=e4)
    _ = (fat, gsk)
    return c


A02 = dict(key="a02", org="NO", target=PSNW, kind="near-miss", expected=[], build=a02,
           summary="Fatigue and bloating with normal first labs; tTG-IgA then strongly positive, duodenal biopsies "
                   "Marsh 3b, coeliac disease diagnosed and improving on a gluten-free diet",
           why="The symptoms were explained by a diagnosis made within five months (coeliac disease on serology "
               "and histology) and the work-up was not all normal, so this is not an unexplained persistent symptom.")


# ----------------------------------------------------------------------------------------------------- a03
def a03(c):
    """Somatoform label since 2025; now proximal weakness and CK 2140 U/L the label cannot explain."""
    R = scaffold(c, "Hilde", "Johansen", "female", "1979-01-30", 13,
                 [("gp", "Anders", "Brekke", "Fastlege"),
                  ("rev", "Mona", "Sætre", "Overlege, revmatologi")], gp="gp", city="Sogndal", postal="6856")
    som = c.condition("som", icd("F45.1", "Udifferensiert somatoform lidelse"), onset="2025-03",
                      recorded="2025-05-14", recorder=R["gp"],
                      note="Diffuse muskelsmerter og utmattelse uten somatisk forklaring.")
    c.condition("hyp", icd("I10", "Essensiell (primær) hypertensjon"), onset="2021", recorded="2021-06-01")
    c.med_statement("amlo", atc("C08CA01", "amlodipin 5 mg tablett"), "2021-06-01", asserted="2026-10-20",
                    dose_text="5 mg x 1")
    e1 = c.encounter("e1", "2025-09-17", type_cc=POL, reason=icd("M79.1", "Myalgi"), prac=R["rev"])
    lab(c, "ck1", "2157-6", "Kreatinkinase (CK)", "2025-09-17", 182, "U/L", 35, 210, enc=e1)
    lab(c, "crp1", "1988-5", "CRP", "2025-09-17", 3, "mg/L", 0, 5, enc=e1)
    c.obs("ana1", cc(LOINC, "8061-4", "Nuclear Ab [Presence] in Serum", text="ANA screening"), "2025-09-17",
          cc(SCT, "260385009", "Negative", text="Negativ"), enc=e1, interp="NEG")
    c.note("n1", "2025-09-17", "Poliklinisk notat revmatologi",
           "Henvist for diffuse muskelsmerter og utmattelse i 6 måneder. Normal kraft i alle muskelgrupper. "
           "CK 182, CRP 3, ANA negativ. Ingen holdepunkter for inflammatorisk revmatisk sykdom eller myositt.\n"
           "Vurdering: Somatoform smertetilstand som beskrevet av fastlege. Avsluttes, tilbake til fastlege.",
           author=R["rev"], type_cc=POLNOTAT, enc=e1)
    c.note("gpn", "2026-10-28", "Henvisning (mottatt) revmatologi",
           "Ny henvisning fra fastlege.\n"
           "Kjent udifferensiert somatoform lidelse siden 2025. Siste 4–5 måneder tiltagende svakhet i lår og "
           "skuldre: klarer ikke reise seg fra stol uten å bruke armene, vansker med å gre håret, av og til "
           "vansker med å svelge fast føde. Ingen ny medisin, bruker ikke statin.\n"
           "Blodprøver 20.10.2026: CK 2140, ALAT 96, ASAT 88, LD 410, CRP 9, TSH normal.\n"
           "Fortsatt behandlet som somatoform tilstand hos meg, men funnene passer dårlig. Ber om vurdering.",
           author=R["gp"], type_cc=HENVISNING, time="08:10")
    ck = lab(c, "ck2", "2157-6", "Kreatinkinase (CK)", "2026-10-20", 2140, "U/L", 35, 210)
    alt = lab(c, "alat2", "1742-6", "ALAT", "2026-10-20", 96, "U/L", 10, 45)
    ast = lab(c, "asat2", "1920-8", "ASAT", "2026-10-20", 88, "U/L", 15, 35)
    ld = lab(c, "ld2", "2532-0", "Laktatdehydrogenase (LD)", "2026-10-20", 410, "U/L", 105, 205)
    tsh = lab(c, "tsh2", "3016-3", "TSH", "2026-10-20", 2.1, "m[IU]/L", 0.5, 4.2)
    c.report("lab2", local(c, "LABPAKKE", "Blodprøver rekvirert av fastlege"), "2026-10-20",
             results=[ck, alt, ast, ld, tsh], performer=R["gp"])
    c.obs("weak", local(c, "FUNN-PROKSSVAK", "Proksimal muskelsvakhet"), "2026-10-20",
          True, category="exam", performer=R["gp"], note="Kan ikke reise seg fra stol uten armstøtte.")
    c.service_request("henv2", cc(SCT, "306206005", "Referral to service", text="Henvisning revmatologisk poliklinikk"),
                      "2026-10-28", status="active", requester=R["gp"], performer=R["org"], priority="routine",
                      reason_ref=[som], note="Vurdert 04.11.2026: rett til nødvendig helsehjelp, frist 15.02.2027.")
    c.encounter("e2", "2027-01-19", type_cc=POL, reason=icd("F45.1", "Somatoform lidelse"), prac=R["rev"])
    return c


A03 = dict(key="a03", org="NO", target=DSM, kind="positive", expected=[DSM], build=a03,
           summary="Undifferentiated somatoform disorder label since 2025; now proximal weakness, dysphagia and CK 2140 "
                   "U/L, still managed under the somatoform label while waiting for rheumatology",
           why="An active somatoform (F45) label has persisted well over 90 days while new objective findings "
               "(proximal weakness, tenfold CK, raised transaminases) appear that the label cannot explain.")


# ----------------------------------------------------------------------------------------------------- a04
def a04(c):
    """IBS diagnosed 2023, symptom-free for 15 months; label remains on the problem list."""
    R = scaffold(c, "Jonas", "Berg", "male", "1992-11-12", 14,
                 [("gp", "Hege", "Tveit", "Fastlege"),
                  ("gast", "Per Olav", "Lunde", "Overlege, fordøyelsessykdommer"),
                  ("ern", "Synnøve", "Rød", "Klinisk ernæringsfysiolog")], gp="gp", city="Førde")
    ibs = c.condition("ibs", icd("K58.9", "Irritabel tarm uten diaré"), onset="2022-10", recorded="2023-05-09",
                      recorder=R["gast"], note="Rome IV-kriterier oppfylt. Ingen alarmsymptomer.")
    sss = local(c, "IBS-SSS", "IBS symptom severity score (IBS-SSS), 0–500")
    e1 = c.encounter("e1", "2023-05-09", type_cc=POL, reason=icd("K58.9", "Irritabel tarm"), prac=R["gast"])
    lab(c, "calp1", "38445-3", "Kalprotektin i feces", "2023-05-09", 22, "mg/kg", None, 50, enc=e1)
    lab(c, "ttg1", "31017-7", "Transglutaminase IgA-antistoff", "2023-05-09", 0.8, "U/mL", None, 7, enc=e1)
    lab(c, "hb1", "718-7", "Hemoglobin", "2023-05-09", 15.1, "g/dL", 13.4, 17.0, enc=e1)
    c.obs("sss1", sss, "2023-05-09", 320, category="survey", enc=e1)
    c.med_statement("meb", atc("A03AA04", "mebeverin 135 mg tablett"), "2023-05-09", end="2024-09-01",
                    status="completed", reason=[ibs], dose_text="135 mg x 3")
    e2 = c.encounter("e2", "2024-02-13", type_cc=POL, reason=icd("K58.9", "Irritabel tarm"), prac=R["ern"])
    c.obs("sss2", sss, "2024-02-13", 180, category="survey", enc=e2)
    e3 = c.encounter("e3", "2025-06-10", cls="VR", type_cc=TLF, reason=icd("K58.9", "Irritabel tarm"), prac=R["gast"])
    c.obs("sss3", sss, "2025-06-10", 60, category="survey", enc=e3)
    e4 = c.encounter("e4", "2026-09-15", cls="VR", type_cc=TLF, reason=icd("K58.9", "Irritabel tarm"), prac=R["gast"])
    c.obs("sss4", sss, "2026-09-15", 45, category="survey", enc=e4)
    c.vital("wt4", "wt", "2026-09-15", 79.5, enc=e4)
    c.note("n4", "2026-09-15", "Telefonnotat gastro",
           "Årlig telefonkontroll, irritabel tarm diagnostisert 2023.\n"
           "Pasienten har vært symptomfri i ca. 15 måneder etter lav-FODMAP-kost og gradvis reintroduksjon. "
           "Sluttet med mebeverin høsten 2024. Ingen smerter, normal avføring daglig, stabil vekt, ingen blod, "
           "ingen nattlige symptomer. IBS-SSS 45 (var 320 ved diagnose).\n"
           "Vurdering: Velregulert irritabel tarm i klinisk remisjon.\n"
           "Plan: Avsluttes ved poliklinikken. Diagnosen står på problemlisten. Ta kontakt ved endring.",
           author=R["gast"], type_cc=POLNOTAT, enc=e4)
    c.immunization("infl", cc("http://hl7.org/fhir/sid/cvx", "150",
                              "Influenza, injectable, quadrivalent, preservative free"), "2025-10-20")
    return c


A04 = dict(key="a04", org="NO", target=DSM, kind="near-miss", expected=[], build=a04,
           summary="Irritable bowel syndrome (K58.9) still on the problem list since 2023, but symptom-free for 15 "
                   "months with IBS-SSS falling from 320 to 45; discharged",
           why="The catch-all IBS label is old but symptoms do not continue: the patient is in sustained clinical "
               "remission with normal markers, so there is no mismatch to resolve.")


# ----------------------------------------------------------------------------------------------------- a05
def a05(c):
    """Metastatic pancreatic cancer, no tumour-directed treatment, palliative team."""
    R = scaffold(c, "Odd Harald", "Kristiansen", "male", "1952-06-18", 15,
                 [("gp", "Trond", "Hovland", "Fastlege"),
                  ("onk", "Liv", "Aarskog", "Overlege, onkologi"),
                  ("kir", "Eirik", "Flatebø", "Overlege, gastrokirurgi"),
                  ("pal", "Gunn", "Myklebust", "Overlege, palliativ medisin")], gp="gp", city="Naustdal",
                 marital=("M", "Married"))
    c.condition("htn", icd("I10", "Essensiell (primær) hypertensjon"), onset="2010", recorded="2015-01-10")
    pan = c.condition("pan", icd("C25.0", "Ondartet svulst i caput pancreatis"), onset="2026-09-15",
                      recorder=R["kir"], stage=cc(text="cT3 N1 M1 (lever), stadium IV"))
    met = c.condition("met", icd("C78.7", "Sekundær ondartet svulst i lever og intrahepatiske galleganger"),
                      onset="2026-09-15", recorder=R["kir"])
    e1 = c.encounter("e1", "2026-09-08", "2026-09-24", cls="IMP", type_cc=INN,
                     reason=icd("R17", "Ikterus, uspesifisert"), prac=R["kir"], time="16:20", end_time="12:00",
                     admit=cc("http://terminology.hl7.org/CodeSystem/admit-source", "gp", "General Practitioner referral"),
                     discharge=cc("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home"),
                     diagnoses=[pan, met])
    lab(c, "bili", "14631-6", "Bilirubin total", "2026-09-08", 186, "umol/L", 5, 25, enc=e1)
    lab(c, "alb", "1751-7", "Albumin", "2026-09-08", 29, "g/L", 36, 45, enc=e1)
    lab(c, "ca199", "24108-3", "CA 19-9", "2026-09-09", 2450, "U/mL", None, 37, enc=e1)
    lab(c, "hb", "718-7", "Hemoglobin", "2026-09-08", 11.2, "g/dL", 13.4, 17.0, enc=e1)
    c.vital("wt", "wt", "2026-09-08", 61.0, enc=e1)
    ct = c.report("ct", local(c, "CT-TAP", "CT thorax, abdomen og bekken med kontrast"), "2026-09-10", category="CT",
                  conclusion="4,2 cm hypodens tumor i caput pancreatis med innvekst mot vena mesenterica superior. "
                             "Minst 8 levermetastaser opptil 3 cm. Dilaterte galleganger. Ingen lungemetastaser.")
    c.procedure("ercp", local(c, "ERCP-STENT", "ERCP med innleggelse av selvekspanderende metallstent i galleveier"),
                "2026-09-14", performer=R["kir"], enc=e1, note="Vellykket drenasje. Børstecytologi: adenokarsinom.")
    c.obs("ecog", cc(LOINC, "89247-1", "ECOG Performance Status score", text="ECOG funksjonsstatus"), "2026-10-01",
          3, category="survey", performer=R["onk"])
    c.note("mdt", "2026-10-01", "Tverrfaglig møte (MDT) pankreas",
           "Tverrfaglig møte, pankreaskreft. Til stede: gastrokirurg, onkolog, radiolog, patolog.\n"
           "Pasient 74 år med adenokarsinom i caput pancreatis med multiple levermetastaser (stadium IV). "
           "ECOG 3, albumin 29, vekttap 12 kg siste 3 måneder.\n"
           "Konklusjon: Ikke resektabel. Ikke aktuelt med kjemoterapi grunnet redusert allmenntilstand; "
           "ingen tumorrettet behandling å tilby. Anbefaler symptomlindrende behandling og henvisning til "
           "palliativt team. Informert pasient og ektefelle samme dag.", author=R["onk"],
           type_cc=cc(LOINC, "11488-4", "Consult note", text="MDT-referat"), time="15:30", enc=None)
    c.impression("ci", "2026-10-01", "Metastatisk pankreaskreft uten behandlingsmuligheter utover palliasjon.",
                 assessor=R["onk"], problems=[pan, met],
                 prognosis=cc(text="Forventet levetid uker til få måneder"))
    pt = c.service_request("palref", cc(SCT, "306237005", "Referral to palliative care service",
                                        text="Henvisning palliativt team"), "2026-10-01", status="active",
                           requester=R["onk"], performer=R["pal"], reason_ref=[pan])
    c.care_plan("cp", "Palliativ plan", "active", "plan",
                cc(SCT, "103735009", "Palliative care", text="Palliativ behandling"), "2026-10-08",
                author=R["pal"], addresses=[pan, met], start="2026-10-08",
                description="Symptomlindring i hjemmet i samarbeid med kommunal hjemmesykepleie og kreftkoordinator.",
                activities=[{"description": "Smertelindring, oksykodon depot og ved behov", "status": "in-progress"},
                            {"description": "Hjemmesykepleie daglig", "status": "in-progress"},
                            {"description": "Samtale om livets sluttfase og ønsket dødssted", "status": "completed"}])
    c.med_request("oxy", atc("N02AA05", "oksykodon depottablett 10 mg"), "2026-10-08", requester=R["pal"],
                  reason=[pan], dose_text="10 mg x 2, i tillegg 5 mg ved behov")
    c.med_request("creon", atc("A09AA02", "pankreatin (Creon) 25 000 E kapsel"), "2026-09-24", requester=R["kir"],
                  reason=[pan], dose_text="2 kapsler til hovedmåltid")
    c.encounter("e2", "2026-11-19", cls="HH", type_cc=cc(text="Hjemmebesøk palliativt team"), prac=R["pal"],
                reason=icd("C25.0", "Pankreaskreft"))
    _ = (ct, pt)
    return c


A05 = dict(key="a05", org="NO", target=UP, kind="positive", expected=[UP], build=a05,
           summary="Stage IV pancreatic adenocarcinoma with liver metastases; MDT offers no tumour-directed treatment "
                   "(ECOG 3), referral to the palliative team and an active palliative care plan",
           why="An active cancer with an explicit no-treatment decision, a palliative referral and a palliative "
               "CarePlan, and no second opinion on record.")


# ----------------------------------------------------------------------------------------------------- a06
def a06(c):
    """Triple-negative breast cancer after breast-conserving surgery, adjuvant chemotherapy under way."""
    R = scaffold(c, "Camilla", "Andersen", "female", "1974-02-11", 16,
                 [("gp", "Ragnhild", "Sande", "Fastlege"),
                  ("kir", "Henrik", "Nesse", "Overlege, bryst- og endokrinkirurgi"),
                  ("onk", "Liv", "Aarskog", "Overlege, onkologi"),
                  ("spl", "Marit", "Hjelle", "Kreftsykepleier")], gp="gp", city="Førde",
                 marital=("M", "Married"))
    c.condition("thy", icd("E06.3", "Autoimmun tyreoiditt"), onset="2015", recorded="2015-04-01")
    c.med_statement("levo", atc("H03AA01", "levotyroksin 75 mikrog tablett"), "2015-04-01", asserted="2026-08-12",
                    dose_text="75 mikrog x 1")
    bc = c.condition("bc", icd("C50.4", "Ondartet svulst i øvre ytre kvadrant av bryst"), onset="2026-06-05",
                     recorder=R["kir"], body_site=cc(SCT, "80248007", "Left breast structure", text="Venstre bryst"),
                     stage=cc(text="pT2 (23 mm) pN0 (0/2) M0, grad 3, ER 0 %, PR 0 %, HER2 negativ (trippel negativ)"))
    c.report("mammo", local(c, "MAMMO-SCR", "Screeningmammografi (Mammografiprogrammet)"), "2026-05-28",
             category="RAD", conclusion="Spikulert lesjon 2 cm øvre ytre kvadrant venstre bryst. BI-RADS 5.")
    c.report("bx", local(c, "PAT-BIOPSI", "Histologi, grovnålsbiopsi venstre bryst"), "2026-06-05", category="SP",
             conclusion="Invasivt karsinom av ingen spesiell type, grad 3. ER 0 %, PR 0 %, HER2 1+. Ki-67 60 %.")
    op = c.procedure("op", ncsp("HAB40", "Partiell mastektomi"), "2026-07-08", performer=R["kir"], reason_ref=[bc],
                     body_site=cc(SCT, "80248007", "Left breast structure", text="Venstre bryst"),
                     note="Brystbevarende kirurgi med sentinel lymfeknutebiopsi (0/2). Frie reseksjonsrender.")
    c.note("mdt", "2026-07-22", "Tverrfaglig møte bryst, postoperativt",
           "Postoperativt MDT. pT2 pN0, trippel negativ, grad 3.\n"
           "Anbefaling: Adjuvant kjemoterapi EC90 x 4 hver 3. uke etterfulgt av paklitaksel 80 mg/m2 ukentlig x 12, "
           "deretter postoperativ strålebehandling mot venstre bryst 40,05 Gy/15 fraksjoner.\n"
           "Pasienten informert om forventede bivirkninger (håravfall, kvalme, infeksjonsfare, fatigue, nevropati) "
           "og samtykker.", author=R["onk"], type_cc=POLNOTAT, time="15:00")
    cp = c.care_plan("cp", "Adjuvant behandling brystkreft", "active", "plan",
                     cc(text="Kreftbehandlingsplan"), "2026-07-22",
                     author=R["onk"], addresses=[bc], start="2026-08-12",
                     activities=[{"description": "EC90 x 4 (epirubicin 90 mg/m2 + cyklofosfamid 600 mg/m2) hver 3. uke",
                                  "status": "completed"},
                                 {"description": "Paklitaksel 80 mg/m2 ukentlig x 12", "status": "in-progress"},
                                 {"description": "Strålebehandling venstre bryst 40,05 Gy/15", "status": "not-started"}])
    epi = c.med_request("epi", atc("L01DB03", "epirubicin 90 mg/m2 iv"), "2026-08-10", status="completed",
                        requester=R["onk"], reason=[bc], dose_text="160 mg iv dag 1 hver 21. dag, 4 kurer",
                        category=cc("http://terminology.hl7.org/CodeSystem/medicationrequest-category", "inpatient",
                                    "Inpatient"))
    cyc = c.med_request("cyc", atc("L01AA01", "cyklofosfamid 600 mg/m2 iv"), "2026-08-10", status="completed",
                        requester=R["onk"], reason=[bc], dose_text="1070 mg iv dag 1 hver 21. dag, 4 kurer")
    pac = c.med_request("pac", atc("L01CD01", "paklitaksel 80 mg/m2 iv ukentlig"), "2026-11-02", requester=R["onk"],
                        reason=[bc], dose_text="142 mg iv ukentlig, 12 doser")
    c.med_request("ond", atc("A04AA01", "ondansetron 8 mg tablett"), "2026-08-10", requester=R["onk"],
                  dose_text="8 mg x 2 dag 1–3 etter EC")
    for i, d in enumerate(["2026-08-12", "2026-09-02", "2026-09-23", "2026-10-14"], 1):
        c.med_admin(f"epi{i}", atc("L01DB03", "epirubicin"), d, dose=q(160, "mg"), performer=R["spl"],
                    request=epi, reason=[bc])
        c.med_admin(f"cyc{i}", atc("L01AA01", "cyklofosfamid"), d, dose=q(1070, "mg"), performer=R["spl"],
                    request=cyc, reason=[bc], time="11:00")
    for i, d in enumerate(["2026-11-04", "2026-11-11", "2026-11-18", "2026-11-25"], 1):
        c.med_admin(f"pac{i}", atc("L01CD01", "paklitaksel"), d, dose=q(142, "mg"), performer=R["spl"],
                    request=pac, reason=[bc])
    lab(c, "lpk", "6690-2", "Leukocytter", "2026-11-25", 3.9, "10*9/L", 3.5, 10.0)
    lab(c, "hb", "718-7", "Hemoglobin", "2026-11-25", 10.9, "g/dL", 11.7, 15.3)
    c.service_request("rt", local(c, "RT-BRYST", "Postoperativ strålebehandling venstre bryst, 40,05 Gy/15 fraksjoner"),
                      "2026-07-22", status="active", intent="plan", requester=R["onk"], reason_ref=[bc],
                      occurrence="2027-02-22", based_on=[cp])
    c.note("n5", "2026-11-25", "Poliklinisk notat onkologi",
           "Kur 4 av 12 med ukentlig paklitaksel. Har fullført EC x 4.\n"
           "Fatigue grad 2, lett perifer nevropati i fingertupper grad 1, håravfall. Sykmeldt 100 %. "
           "Forteller at hverdagen er sterkt preget av behandlingen.\n"
           "Lpk 3,9, Hb 10,9. Klar for videre behandling, fortsetter uendret.", author=R["onk"], type_cc=POLNOTAT)
    _ = op
    return c


A06 = dict(key="a06", org="NO", target=HIT, kind="positive", expected=[HIT], build=a06,
           summary="Triple-negative breast cancer after partial mastectomy; adjuvant EC x4 given and weekly paclitaxel "
                   "under way, radiotherapy planned for February 2027",
           why="Chemotherapy has started and continues (MedicationAdministrations through November 2026) with "
               "radiotherapy planned: a treatment plan that severely impacts quality of life.")


# ----------------------------------------------------------------------------------------------------- a07
def a07(c):
    """Rheumatoid arthritis on low-dose methotrexate, improving, EQ-5D stable."""
    R = scaffold(c, "Randi", "Olsen", "female", "1968-08-05", 17,
                 [("gp", "Trond", "Hovland", "Fastlege"),
                  ("rev", "Mona", "Sætre", "Overlege, revmatologi"),
                  ("spl", "Anne", "Kvamme", "Revmatologisk sykepleier")], gp="gp", city="Dale")
    c.condition("htn", icd("I10", "Essensiell (primær) hypertensjon"), onset="2016", recorded="2016-09-01")
    ra = c.condition("ra", icd("M05.8", "Annen seropositiv reumatoid artritt"), onset="2026-02", recorded="2026-05-13",
                     recorder=R["rev"], note="Anti-CCP > 300, RF positiv. Symmetrisk polyartritt i hender og føtter.")
    c.med_statement("ram", atc("C09AA05", "ramipril 5 mg tablett"), "2016-09-01", asserted="2026-05-13",
                    dose_text="5 mg x 1")
    c.med_request("mtx", atc("L04AX03", "metotreksat 20 mg tablett ukentlig"), "2026-07-15", requester=R["rev"],
                  reason=[ra], dose_text="20 mg én gang per uke (mandag). Økt fra 15 mg 15.07.2026.",
                  note="Lavdose metotreksat som sykdomsmodifiserende antirevmatisk behandling.")
    c.med_statement("mtxs", atc("L04AX03", "metotreksat tablett ukentlig"), "2026-05-20", asserted="2026-11-18",
                    reason=[ra], dose_text="15 mg/uke fra 20.05.2026, 20 mg/uke fra 15.07.2026")
    c.med_request("fol", atc("B03BB01", "folsyre 5 mg tablett"), "2026-05-20", requester=R["rev"],
                  dose_text="5 mg dagen etter metotreksat")
    c.med_statement("pred", atc("H02AB06", "prednisolon 5 mg tablett, nedtrapping"), "2026-05-13", end="2026-08-10",
                    status="completed", reason=[ra], dose_text="15 mg trappet ned til 0 over 12 uker")
    das = local(c, "DAS28-CRP", "DAS28-CRP sykdomsaktivitet")
    eq = cc(SCT, "736534008", "EuroQol five dimension five level index value", text="EQ-5D-5L indeksverdi")
    vas = local(c, "EQ-VAS", "EQ VAS (0–100)")
    rows = [("1", "2026-05-13", 5.1, 0.71, 60, 34), ("2", "2026-08-19", 3.6, 0.69, 62, 8),
            ("3", "2026-11-18", 2.8, 0.72, 66, 4)]
    for i, d, dv, ev, vv, crp in rows:
        e = c.encounter(f"e{i}", d, type_cc=POL, reason=icd("M05.8", "Reumatoid artritt"), prac=R["rev"])
        c.obs(f"das{i}", das, d, q(dv, "{score}"), category="exam", enc=e)
        c.obs(f"eq{i}", eq, d, q(ev, "1"), category="survey", enc=e)
        c.obs(f"vas{i}", vas, d, vv, category="survey", enc=e)
        lab(c, f"crp{i}", "1988-5", "CRP", d, crp, "mg/L", 0, 5, enc=e)
    lab(c, "alat", "1742-6", "ALAT", "2026-11-18", 28, "U/L", 10, 45)
    lab(c, "lpk", "6690-2", "Leukocytter", "2026-11-18", 6.1, "10*9/L", 3.5, 10.0)
    lab(c, "krea", "14682-9", "Kreatinin", "2026-11-18", 71, "umol/L", 45, 90)
    c.note("n3", "2026-11-18", "Poliklinisk notat revmatologi",
           "Kontroll seropositiv RA, 6 måneder etter oppstart av lavdose metotreksat (nå 20 mg/uke) med folsyre. "
           "Prednisolon seponert i august.\n"
           "Klart bedre: 2 ømme og 1 hoven ledd (var 12/9). DAS28-CRP 2,8 (var 5,1). CRP 4.\n"
           "Tolererer metotreksat godt, lett kvalme dagen etter inntak. Leverprøver og blodbilde normale.\n"
           "EQ-5D-5L 0,72 (0,71 ved oppstart), EQ VAS 66. Jobber fullt.\n"
           "Plan: Uendret behandling. Mål remisjon (DAS28 < 2,6). Ny kontroll om 3 måneder.",
           author=R["rev"], type_cc=POLNOTAT)
    return c


A07 = dict(key="a07", org="NO", target=HIT, kind="near-miss", expected=[], build=a07,
           summary="Seropositive rheumatoid arthritis on low-dose weekly methotrexate; DAS28 5.1 to 2.8, EQ-5D-5L "
                   "index 0.71, 0.69, 0.72 (no fall beyond the minimal important difference), working full time",
           why="Low-dose methotrexate for RA is a standard, well-tolerated DMARD, not chemotherapy, and the "
               "patient-reported quality-of-life score has not fallen by its minimal important difference.")


# ----------------------------------------------------------------------------------------------------- a08
def a08(c):
    """Lumbar disc herniation managed conservatively; patient writes on helsenorge asking for a new assessment."""
    R = scaffold(c, "Geir", "Pedersen", "male", "1981-05-29", 18,
                 [("gp", "Siri", "Aasen", "Fastlege"),
                  ("ort", "Magnus", "Fure", "Overlege, ortopedi (ryggseksjon)"),
                  ("fys", "Tone", "Hestad", "Fysioterapeut")], gp="gp", city="Askvoll",
                 phone="+47 912 34 567")
    hern = c.condition("hern", icd("M51.1", "Lumbale og andre skiveprolapser med radikulopati"), onset="2025-09",
                       recorded="2026-03-04", recorder=R["ort"],
                       body_site=cc(text="Mellomvirvelskive L5/S1"))
    mr = c.report("mr", local(c, "MR-LS", "MR lumbalcolumna"), "2026-03-04", category="RAD",
                  conclusion="Venstresidig paramedian skiveprolaps L5/S1 med kontakt mot venstre S1-rot. "
                             "Ingen spinal stenose. Lette degenerative forandringer L4/L5.")
    nrs = loinc_("72514-3", "Smerte NRS 0–10")
    e1 = c.encounter("e1", "2026-04-20", type_cc=POL, reason=icd("M51.1", "Skiveprolaps"), prac=R["ort"],
                     diagnoses=[hern])
    c.obs("nrs1", nrs, "2026-04-20", 7, category="survey", enc=e1)
    c.note("n1", "2026-04-20", "Poliklinisk notat ryggpoliklinikk",
           "Ryggsmerter med utstråling til venstre ben siden september 2025. Ingen pareser, normale reflekser, "
           "Lasègue positiv venstre ved 50 grader. Ingen blære- eller tarmforstyrrelser.\n"
           "MR: prolaps L5/S1 med rotkontakt S1 venstre.\n"
           "Vurdering: Ikke operasjonsindikasjon nå. Anbefaler aktiv fysioterapi og smertelindring via fastlege. "
           "Kontroll om 4–5 måneder.", author=R["ort"], type_cc=POLNOTAT, enc=e1)
    c.med_statement("preg", atc("N03AX16", "pregabalin 75 mg kapsel"), "2026-02-10", asserted="2026-09-14",
                    reason=[hern], dose_text="75 mg x 2", source=R["gp"])
    c.med_statement("para", atc("N02BE01", "paracetamol 1 g tablett"), "2025-10-01", asserted="2026-09-14",
                    reason=[hern], dose_text="1 g inntil x 3")
    c.service_request("fysio", cc(SCT, "91251008", "Physical therapy procedure", text="Fysioterapi, aktiv rygg"),
                      "2026-04-20", status="completed", requester=R["ort"], performer=R["fys"], reason_ref=[hern])
    e2 = c.encounter("e2", "2026-09-14", type_cc=POL, reason=icd("M51.1", "Skiveprolaps"), prac=R["ort"],
                     diagnoses=[hern])
    c.obs("nrs2", nrs, "2026-09-14", 6, category="survey", enc=e2)
    c.note("n2", "2026-09-14", "Poliklinisk notat ryggpoliklinikk",
           "Kontroll. Gjennomført 14 fysioterapitimer. Fortsatt smerter i venstre ben, NRS 6, særlig ved sitting. "
           "Ingen pareser. Fortsatt ikke operasjonsindikasjon. Fortsette egentrening. Ny kontroll ved behov, "
           "avsluttes ved poliklinikken.", author=R["ort"], type_cc=POLNOTAT, enc=e2)
    msg = c.communication(
        "msg1", c.dt("2026-11-06", "22:14"), R["pat"], [R["ort"], R["org"]],
        "Hei. Jeg har nå hatt sterke smerter i ryggen og ned i venstre ben i over ett år. Jeg har gjort alt "
        "fysioterapeuten har sagt, men jeg klarer ikke å sitte mer enn 20 minutter og er fortsatt sykmeldt. "
        "Jeg føler ikke at jeg blir tatt på alvor når jeg bare blir avsluttet. Jeg ønsker en fornyet vurdering "
        "(second opinion) av om operasjon kan være aktuelt, gjerne ved et annet sykehus. Hvordan går jeg fram? "
        "Mvh Geir Pedersen", category=cc(COMMCAT := "http://terminology.hl7.org/CodeSystem/communication-category",
                                         "notification", "Notification", text="Pasientmelding"),
        medium=HELSENORGE, topic=cc(text="Ønske om fornyet vurdering"), about=[hern])
    c.obs("nrs3", nrs, "2026-11-06", 7, category="survey", performer=R["pat"],
          note="Egenrapportert i melding via helsenorge.")
    c.communication("msg2", c.dt("2026-11-09", "10:02"), R["org"], [R["pat"]],
                    "Takk for meldingen. Den er videresendt til lege ved ryggpoliklinikken, som vil ta kontakt med "
                    "deg. Vennlig hilsen Ryggpoliklinikken, Helse Vestfjord.", in_response_to=msg,
                    category=cc(COMMCAT, "notification", "Notification"), medium=HELSENORGE)
    _ = mr
    return c


A08 = dict(key="a08", org="NO", target=PRC, kind="positive", expected=[PRC], build=a08,
           summary="Lumbar disc herniation L5/S1 managed without surgery and discharged; the patient writes through "
                   "helsenorge that he does not feel taken seriously and asks for a fornyet vurdering (second opinion)",
           why="An explicit patient-authored message asks for a second opinion and says he does not feel heard; "
               "no second opinion is on record.")


# ----------------------------------------------------------------------------------------------------- a09
def a09(c):
    """Moderate depression; PHQ-9 rising 13 to 21 despite nine months of sertraline and CBT."""
    R = scaffold(c, "Kristoffer", "Moe", "male", "1988-03-17", 19,
                 [("gp", "Hege", "Tveit", "Fastlege"),
                  ("psy", "Ingvild", "Furnes", "Overlege, psykiatri"),
                  ("psl", "Erlend", "Skarstein", "Psykologspesialist")], gp="gp", city="Førde")
    dps = c.organization("dps", name="Vestfjord DPS, allmennpsykiatrisk poliklinikk", part_of=R["org"])
    dep = c.condition("dep", icd("F32.1", "Moderat depressiv episode"), onset="2025-11", recorded="2026-01-20",
                      recorder=R["psy"])
    phq = loinc_("44261-6", "PHQ-9 totalskår")
    c.med_statement("ser", atc("N06AB06", "sertralin tablett"), "2026-02-02", asserted="2026-11-03",
                    reason=[dep], dose_text="50 mg fra 02.02, 100 mg fra 14.04, 150 mg fra 07.07.2026",
                    note="Etterlevelse bekreftet ved serumkonsentrasjonsmåling 25.08.2026.")
    c.med_request("ser1", atc("N06AB06", "sertralin 50 mg tablett"), "2026-02-02", status="stopped",
                  requester=R["psy"], reason=[dep], dose_text="50 mg x 1")
    c.med_request("ser2", atc("N06AB06", "sertralin 100 mg tablett"), "2026-04-14", status="stopped",
                  requester=R["psy"], reason=[dep], dose_text="100 mg x 1")
    c.med_request("ser3", atc("N06AB06", "sertralin 150 mg (100 mg + 50 mg)"), "2026-07-07", requester=R["psy"],
                  reason=[dep], dose_text="150 mg x 1")
    c.care_plan("cp", "Behandlingsplan depresjon", "active", "plan",
                cc(text="Behandlingsplan psykisk helse"), "2026-02-02",
                author=R["psy"], addresses=[dep], start="2026-02-02",
                activities=[{"description": "Sertralin, doseøkning etter effekt", "status": "in-progress"},
                            {"description": "Kognitiv atferdsterapi hver 2. uke hos psykologspesialist",
                             "status": "in-progress"}])
    vals = [("1", "2026-02-02", 15), ("2", "2026-04-14", 13), ("3", "2026-06-16", 16), ("4", "2026-08-25", 18),
            ("5", "2026-11-03", 21)]
    for i, d, v in vals:
        e = c.encounter(f"e{i}", d, type_cc=POL, reason=icd("F32.1", "Depressiv episode"),
                        prac=R["psy"] if i in ("1", "3", "5") else R["psl"], provider=dps)
        c.obs(f"phq{i}", phq, d, v, category="survey", enc=e)
    lab(c, "kal", "2823-3", "Kalium", "2026-08-25", 4.0, "mmol/L", 3.6, 4.6)
    c.obs("serk", local(c, "SERTRALIN-S", "Sertralin, serumkonsentrasjon"), "2026-08-25", q(96, "ug/L"),
          low=10, high=150)
    c.note("n5", "2026-11-03", "Poliklinisk notat DPS",
           "Moderat depressiv episode, behandlet ved DPS siden februar 2026.\n"
           "Behandling: sertralin opptrappet til 150 mg (etterlevelse bekreftet, serumkonsentrasjon 96 mikrog/L), "
           "kognitiv atferdsterapi hver 2. uke, totalt 17 timer.\n"
           "Forløp: PHQ-9 15 → 13 → 16 → 18 → 21. Økende tristhet, søvnvansker, initiativløshet; sykmeldt 100 % siden "
           "september. Passive dødstanker, ingen planer, ingen tidligere forsøk. Suicidalrisiko vurdert som lav–moderat.\n"
           "Vurdering: Forverring til tross for adekvat behandling i 9 måneder.\n"
           "Plan: Drøftes i behandlingsmøte. Ny time om 2 uker.", author=R["psy"], type_cc=POLNOTAT)
    return c


A09 = dict(key="a09", org="NO", target=WDT, kind="positive", expected=[WDT], build=a09,
           summary="Moderate depressive episode; PHQ-9 15, 13, 16, 18, 21 from February to November 2026 while on "
                   "sertraline (titrated to 150 mg, adherence confirmed) and fortnightly CBT",
           why="PHQ-9 rises by 8 points (MCID about 5) over more than 90 days across five values while "
               "antidepressant and psychotherapy have been running throughout.")


# ----------------------------------------------------------------------------------------------------- a10
def a10(c):
    """Granulomatosis with polyangiitis (rare vasculitis) in remission on rituximab maintenance."""
    R = scaffold(c, "Bjørn", "Halvorsen", "male", "1965-12-02", 20,
                 [("gp", "Lars", "Eide", "Fastlege"),
                  ("rev", "Mona", "Sætre", "Overlege, revmatologi"),
                  ("nef", "Sigurd", "Ulvestad", "Overlege, nyresykdommer"),
                  ("spl", "Anne", "Kvamme", "Sykepleier, medisinsk dagbehandling")], gp="gp", city="Førde",
                 marital=("M", "Married"))
    gpa = c.condition("gpa", cc(ICD10NO, "M31.3", "Wegeners granulomatose", text="Granulomatose med polyangiitt (GPA)",
                                extra=[("http://www.orpha.net", "900", "Granulomatosis with polyangiitis")]),
                      onset="2024-09", recorded="2024-10-15", recorder=R["rev"],
                      note="PR3-ANCA-positiv GPA med sinusitt, lungenoduli og glomerulonefritt (nyrebiopsi 10/2024).")
    ckd = c.condition("ckd", icd("N18.3", "Kronisk nyresykdom, stadium 3"), onset="2024-10", recorded="2025-03-01",
                      recorder=R["nef"])
    c.condition("htn", icd("I10", "Essensiell (primær) hypertensjon"), onset="2024-11", recorded="2024-11-20")
    rtx = c.med_request("rtxr", atc("L01FA01", "rituksimab 500 mg iv hver 6. måned"), "2025-04-01",
                        requester=R["rev"], reason=[gpa], dose_text="500 mg iv hver 6. måned i 18 måneder (MAINRITSAN)")
    for i, d in enumerate(["2026-04-07", "2026-10-06"], 1):
        e = c.encounter(f"dag{i}", d, type_cc=DAG, reason=icd("M31.3", "GPA"), prac=R["rev"], time="08:30",
                        end_time="13:00")
        c.med_admin(f"rtx{i}", atc("L01FA01", "rituksimab"), d, dose=q(500, "mg"), performer=R["spl"], enc=e,
                    request=rtx, reason=[gpa])
        c.obs(f"bvas{i}", local(c, "BVAS-V3", "Birmingham Vasculitis Activity Score v3"), d, 0, category="exam",
              enc=e)
        c.obs(f"anca{i}", local(c, "PR3-ANCA", "PR3-ANCA (anti-proteinase 3)"), d,
              q(14 if i == 1 else 9, "[IU]/mL"), high=2, enc=e)
    c.med_statement("tmp", atc("J01EE01", "sulfametoksazol/trimetoprim 400/80 mg"), "2024-10-20",
                    asserted="2026-10-06", reason=[gpa], dose_text="1 tablett x 1 (Pneumocystis-profylakse)")
    c.med_statement("ram", atc("C09AA05", "ramipril 5 mg"), "2024-11-20", asserted="2026-10-06", reason=[ckd],
                    dose_text="5 mg x 1")
    for i, (d, cr, eg) in enumerate([("2025-10-14", 116, 58), ("2026-04-07", 112, 61), ("2026-10-06", 115, 59)], 1):
        lab(c, f"krea{i}", "14682-9", "Kreatinin", d, cr, "umol/L", 60, 105)
        c.obs(f"egfr{i}", loinc_("62238-1", "eGFR (CKD-EPI)"), d, q(eg, "mL/min/{1.73_m2}"), low=60,
              interp="L" if eg < 60 else "N")
    e3 = c.encounter("nefk", "2026-06-16", type_cc=POL, reason=icd("N18.3", "Kronisk nyresykdom"), prac=R["nef"])
    c.obs("uacr", loinc_("9318-7", "Albumin/kreatinin-ratio i urin"), "2026-06-16", q(9, "mg/mmol"), high=3,
          enc=e3)
    c.note("n2", "2026-10-06", "Poliklinisk notat revmatologi",
           "GPA (PR3-ANCA) diagnostisert oktober 2024 med ØNH-, lunge- og nyreaffeksjon. Induksjon med rituksimab "
           "og prednisolon, nå vedlikehold med rituksimab 500 mg hver 6. måned. Prednisolon seponert 2025.\n"
           "Klinisk remisjon, BVAS 0. PR3-ANCA lavt positiv (9). Stabil nyrefunksjon, eGFR 59.\n"
           "Følges i samarbeid med nyremedisinsk og ØNH-avdeling. Neste infusjon april 2027.",
           author=R["rev"], type_cc=POLNOTAT)
    return c


A10 = dict(key="a10", org="NO", target=RARE, kind="positive", expected=[RARE], build=a10,
           summary="Granulomatosis with polyangiitis (PR3-ANCA, renal involvement) in remission on six-monthly "
                   "rituximab maintenance, followed by rheumatology and nephrology",
           why="GPA is an active rare disease in the Orphanet sense (ORPHA:900) that needs multi-specialty "
               "follow-up; it is stable, so no other criterion applies.")


CASES = [A01, A02, A03, A04, A05, A06, A07, A08, A09, A10]
