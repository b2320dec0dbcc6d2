"""Organisation A: a Romanian county emergency hospital (fictitious).

ICD-10-AM diagnoses with Romanian labels (as the Romanian DRG system uses them),
hospital-local procedure codes, Romanian laboratory names next to LOINC,
notes in Romanian, CNAS (national health insurance) coverage.
"""
from fhirkit import (ATC, ICD10AM, LOINC, ORGTYPE, SCT, V20074, Case, OrgProfile, cc, qty, txt)

BASE = "https://fhir.sju-ramnicuolt.example.org/fhir/"
LOCAL = "https://fhir.sju-ramnicuolt.example.org/fhir/CodeSystem/"
LAB_SYS = LOCAL + "analize-laborator"
PROC = LOCAL + "proceduri-spital"
CONTACT = LOCAL + "tip-contact"

LAB_NAMES = {
    "hb": ("HEM-HGB", "Hemoglobină"), "hb_m": ("HEM-HGB", "Hemoglobină"), "hct": ("HEM-HCT", "Hematocrit"),
    "wbc": ("HEM-WBC", "Leucocite"), "neut": ("HEM-NEU", "Neutrofile"), "plt": ("HEM-PLT", "Trombocite"),
    "mcv": ("HEM-VEM", "Volum eritrocitar mediu (VEM)"), "mch": ("HEM-HEM", "Hemoglobină eritrocitară medie (HEM)"),
    "ferritin": ("BIO-FER", "Feritină serică"), "ferritin_f": ("BIO-FER", "Feritină serică"),
    "iron": ("BIO-SID", "Sideremie"), "glucose": ("BIO-GLI", "Glicemie à jeun"),
    "hba1c": ("BIO-HBA1C", "Hemoglobină glicată (HbA1c)"), "creat": ("BIO-CRE", "Creatinină serică"),
    "egfr": ("BIO-RFGE", "Rată de filtrare glomerulară estimată (CKD-EPI)"), "urea": ("BIO-UREE", "Uree serică"),
    "na": ("BIO-NA", "Sodiu seric"), "k": ("BIO-K", "Potasiu seric"), "alt": ("BIO-TGP", "TGP (ALAT)"),
    "ast": ("BIO-TGO", "TGO (ASAT)"), "crp": ("IMU-PCR", "Proteina C reactivă cantitativ"), "esr": ("HEM-VSH", "VSH"),
    "tsh": ("IMU-TSH", "TSH"), "ft4": ("IMU-FT4", "FT4"), "calpro": ("IMU-CALP", "Calprotectină fecală"),
    "ttg": ("IMU-ATTG", "Anticorpi anti-transglutaminază tisulară IgA"), "chol": ("BIO-COL", "Colesterol total"),
    "ldl": ("BIO-LDL", "LDL-colesterol"), "hdl": ("BIO-HDL", "HDL-colesterol"), "tg_lipid": ("BIO-TGL", "Trigliceride"),
    "uric": ("BIO-AU", "Acid uric"), "ntprobnp": ("IMU-NTBNP", "NT-proBNP"), "trop": ("IMU-TNIHS", "Troponină I înalt sensibilă"),
    "ddimer": ("HEM-DD", "D-dimeri"), "cea": ("IMU-ACE", "Antigen carcinoembrionar (ACE)"), "rf": ("IMU-FR", "Factor reumatoid"),
    "alb": ("BIO-ALB", "Albumină serică"), "bili": ("BIO-BT", "Bilirubină totală"), "alp": ("BIO-FAL", "Fosfatază alcalină"),
    "uacr": ("URI-RAC", "Raport albumină/creatinină urinară"), "inr": ("HEM-INR", "INR"), "mg": ("BIO-MG", "Magneziu seric"),
    "b12": ("IMU-B12", "Vitamina B12"), "folate": ("IMU-FOL", "Acid folic seric"), "ck": ("BIO-CK", "Creatinkinază (CK)"),
    "ca199": ("IMU-CA199", "CA 19-9"),
}

ORG = OrgProfile("A", BASE, "Europe/Bucharest", "ro-RO", LAB_NAMES, LAB_SYS)

STAFF = {
    "urg": ("Popa", "Andrei", "MS-URG", "Medic specialist medicină de urgență", "male", "B41207"),
    "mi": ("Ionescu", "Mihaela", "MP-MI", "Medic primar medicină internă", "female", "C22819"),
    "card": ("Georgescu", "Ana", "MP-CARD", "Medic primar cardiologie", "female", "C30457"),
    "gastro": ("Marinescu", "Elena", "MP-GE", "Medic primar gastroenterologie", "female", "D11384"),
    "nch": ("Dumitrescu", "Vlad", "MP-NCH", "Medic primar neurochirurgie", "male", "A90312"),
    "recup": ("Pavel", "Sorin", "MS-RM", "Medic specialist reabilitare medicală", "male", "E77120"),
    "chir": ("Stănescu", "Radu", "MP-CG", "Medic primar chirurgie generală", "male", "A55601"),
    "onco": ("Constantinescu", "Dan", "MP-OM", "Medic primar oncologie medicală", "male", "B88214"),
    "diab": ("Nistor", "Ioana", "MP-DZN", "Medic primar diabet zaharat, nutriție și boli metabolice", "female", "C67341"),
    "reum": ("Lungu", "Cristina", "MP-REU", "Medic primar reumatologie", "female", "D40918"),
    "nefro": ("Zamfir", "Bogdan", "MS-NEF", "Medic specialist nefrologie", "male", "E12077"),
    "pneumo": ("Olteanu", "Simona", "MP-PNE", "Medic primar pneumologie", "female", "C59120"),
    "ap": ("Rusu", "Livia", "MP-AP", "Medic primar anatomie patologică", "female", "B30662"),
    "rad": ("Matei", "Cosmin", "MP-RIM", "Medic primar radiologie și imagistică medicală", "male", "D82246"),
    "mf": ("Tudor", "Carmen", "MS-MF", "Medic specialist medicină de familie", "female", "F10493"),
}


def icd(code, label):
    return cc((ICD10AM, code, label), text=label)


def icd_sct(code, label, sct, sct_label):
    return cc((ICD10AM, code, label), (SCT, sct, sct_label), text=label)


def med(atc, inn, text):
    return cc((ATC, atc, inn), text=text)


def proc(code, label):
    return cc((PROC, code, label), text=label)


def ctype(code):
    labels = {"UPU": "Prezentare în Unitatea de Primiri Urgențe (UPU)",
              "AMB": "Consultație în ambulatoriul integrat de specialitate",
              "SPC": "Spitalizare continuă", "SPZ": "Spitalizare de zi",
              "COM": "Comisie oncologică multidisciplinară"}
    return cc((CONTACT, code, labels[code]), text=labels[code])


NOTE_TYPES = {
    "scrisoare": ((LOINC, "11488-4", "Consult note"), "Scrisoare medicală"),
    "externare": ((LOINC, "18842-5", "Discharge summary"), "Bilet de externare / Scrisoare medicală"),
    "upu": ((LOINC, "34111-5", "Emergency department Note"), "Fișa de prezentare UPU"),
    "fo": ((LOINC, "34117-2", "History and physical note"), "Foaie de observație clinică generală"),
    "comisie": ((LOINC, "11488-4", "Consult note"), "Proces-verbal comisie oncologică"),
    "ap": ((LOINC, "11526-1", "Pathology study"), "Buletin histopatologic"),
}


def note(c, key, kind, when, text, author, enc=None):
    code, label = NOTE_TYPES[kind]
    return c.note(key, cc(code, text=label), when, text, label, author=author, enc=enc,
                  custodian=c.ref("Organization", "org-sju"))


def setup(c, fam, given, sex, birth, cnp, street, staff, category=("salariat", "Salariat"), phone=None,
          city="Râmnicu Olt", cov_start="2018-01-01", marital=None):
    c.organization("org-sju", "Spitalul Județean de Urgență Râmnicu Olt",
                   ident=[{"system": "https://fhir.sju-ramnicuolt.example.org/fhir/sid/cui", "value": "RO4316229"},
                          {"system": "https://fhir.sju-ramnicuolt.example.org/fhir/sid/contract-cnas", "value": "SP-0412/2026"}],
                   typ=cc((ORGTYPE, "prov", "Healthcare Provider")),
                   address={"line": ["Bd. Tudor Vladimirescu nr. 45"], "city": "Râmnicu Olt", "district": "Vâlcea",
                            "postalCode": "240318", "country": "RO"},
                   telecom=[{"system": "phone", "value": "+40 250 700 411"}])
    c.organization("org-cnas", "Casa Națională de Asigurări de Sănătate", typ=cc((ORGTYPE, "pay", "Payer")),
                   address={"city": "București", "country": "RO"})
    c.organization("org-cas", "Casa de Asigurări de Sănătate Vâlcea", typ=cc((ORGTYPE, "pay", "Payer")),
                   part_of=c.ref("Organization", "org-cnas"), address={"city": "Râmnicu Vâlcea", "district": "Vâlcea", "country": "RO"})
    for k in staff:
        fam_p, given_p, qcode, qlabel, g, parafa = STAFF[k]
        c.practitioner(f"pr-{k}", fam_p, given_p, prefix="Dr.", gender=g,
                       ident=[{"system": "https://cmr.example.org/sid/cod-parafa", "value": parafa}],
                       qual=cc((LOCAL + "grad-specialitate", qcode, qlabel), text=qlabel))
    tel = [{"system": "phone", "value": phone or "+40 745 000 000", "use": "mobile"}]
    c.patient(fam, given, sex, birth,
              ident=[{"use": "official", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "NI", "National unique individual identifier")),
                      "system": "https://cnas.example.org/sid/cnp", "value": cnp},
                     {"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                      "system": "https://fhir.sju-ramnicuolt.example.org/fhir/sid/nr-fo", "value": "FO-" + cnp[-6:]}],
              address={"use": "home", "line": [street], "city": city, "district": "Vâlcea", "country": "RO"},
              telecom=tel, language="ro", org=c.ref("Organization", "org-sju"),
              marital=marital)
    c.coverage("cov-cnas", c.ref("Organization", "org-cas"),
               cc((LOCAL + "tip-asigurare", "FNUASS", "Asigurat în sistemul de asigurări sociale de sănătate"),
                  text="Asigurat CNAS (FNUASS)"),
               cov_start, subscriber_id=cnp,
               klass=[("plan", "PB", "Pachetul de bază"), ("group", category[0], category[1])])
    return c.ref("Organization", "org-sju")


def P(c, k):
    return c.ref("Practitioner", f"pr-{k}")


# =====================================================================================
def a01(c):
    """Palpitations and dizziness on three dates over 11 weeks; every examination normal; no diagnosis."""
    hosp = setup(c, "Vasilescu", ["Andreea", "Ioana"], "female", "1988-04-17", "2880417384512",
                 "Str. Teilor nr. 7, bl. B2, ap. 14", ("urg", "card", "mi"), phone="+40 745 218 330")
    urg, card, mi = P(c, "urg"), P(c, "card"), P(c, "mi")
    palp = cc((SCT, "80313002", "Palpitations"), text="Palpitații")
    dizz = cc((SCT, "404640003", "Dizziness"), text="Amețeală")

    e1 = c.encounter("enc-upu1", "EMER", "2026-09-07 21:40", "2026-09-08 01:15", typ=ctype("UPU"), priority="EM",
                     pract=urg, provider=hosp, reason=palp)
    cp1 = c.condition("cond-palp-upu1", icd("R00.2", "Palpitații"), onset="2026-09-07", recorded="2026-09-08",
                      cat="encounter-diagnosis", enc=e1, asserter=urg,
                      note="Episoade de palpitații cu debut brusc, durată 10-20 minute, însoțite de senzație de leșin.")
    c.vitals("v-upu1", "2026-09-07 21:55", bp=(128, 79), hr=92, spo2=99, enc=e1)
    c.observation("ecg-upu1", cc((LOINC, "11524-6", "EKG study"), text="Electrocardiogramă 12 derivații"),
                  "2026-09-07 22:05", "Ritm sinusal, AV 92/min, ax QRS normal, PR 150 ms, QTc 418 ms, fără modificări de fază terminală.",
                  cat="procedure", interp="N", enc=e1, performer=urg)
    r1 = c.labs("lab-upu1", "2026-09-07 22:30", [("hb", 13.6), ("k", 4.2), ("glucose", 94), ("trop", 3.0), ("tsh", 1.9)],
                enc=e1, report="Analize UPU 07.09.2026", performer=hosp)
    note(c, "doc-upu1", "upu", "2026-09-08 01:15", """
FIȘA DE PREZENTARE UPU – 07.09.2026, ora 21:40
Pacientă 38 ani, profesoară, se prezintă pentru palpitații cu debut brusc, repetate de 3 zile, însoțite de amețeală și senzație de leșin, fără pierdere de conștiență, fără durere toracică.
APP: nesemnificative. Nu fumează, cafea 2/zi. Fără medicație cronică.
Ex. obiectiv: stare generală bună, TA 128/79 mmHg, AV 92/min ritmic, SpO2 99%. Auscultație cardio-pulmonară normală.
ECG: ritm sinusal, fără modificări. Troponina hs, hemoglobina, potasiul, glicemia, TSH: în limite normale.
Diagnostic la externare din UPU: Palpitații (R00.2).
Recomandări: consult cardiologic în ambulatoriu, monitorizare Holter ECG 24 h, evitarea excesului de cafeină. Revine la nevoie.
Dr. Popa Andrei, medic specialist medicină de urgență
""", urg, e1)

    e2 = c.encounter("enc-card", "AMB", "2026-09-22 10:00", "2026-09-22 10:40", typ=ctype("AMB"), pract=card,
                     provider=hosp, reason=palp)
    c.report("eco-card", cc((SCT, "40701008", "Echocardiography"), text="Ecocardiografie transtoracică"),
             "2026-09-22 10:20", conclusion="VS nedilatat, FEVS 62%, fără tulburări de kinetică segmentară. Valve normale morfologic și funcțional. Pericard liber. Aspect ecocardiografic normal.",
             cat=cc((V20074, "CUS", "Cardiac Ultrasound")), enc=e2, performer=card,
             conclusion_code=cc((SCT, "17621005", "Normal")))
    c.report("holter", cc((PROC, "CARD-HOLTER24", "Monitorizare Holter ECG 24 ore"), text="Monitorizare Holter ECG 24 ore"),
             "2026-09-23 09:00", conclusion="Ritm sinusal pe toată durata înregistrării, AV medie 78/min (min 54, max 131 la efort). Extrasistole supraventriculare izolate rare (12/24h), fără pauze, fără aritmii susținute. Pacienta a notat 2 episoade de palpitații în jurnal: corelate cu tahicardie sinusală 104-112/min. Înregistrare normală.",
             cat=cc((V20074, "EC", "Electrocardiac")), enc=e2, performer=card, issued="2026-09-25 12:00",
             conclusion_code=cc((SCT, "17621005", "Normal")))
    note(c, "doc-card", "scrisoare", "2026-09-25 12:30", """
SCRISOARE MEDICALĂ – Ambulatoriu Cardiologie
Motivul prezentării: palpitații și amețeli episodice din 04.09.2026.
Examen clinic: normal. TA 124/76 mmHg, AV 80/min.
Investigații: ECG normal; ecocardiografie transtoracică normală (FEVS 62%); Holter ECG 24 h: ritm sinusal, extrasistole supraventriculare rare, episoadele simptomatice corelate cu tahicardie sinusală.
Concluzie: fără patologie cardiacă structurală sau aritmică documentată. Nu se impune tratament cardiologic.
Recomandări: hidratare adecvată, reducerea cafeinei, reevaluare la medicul de familie.
Dr. Georgescu Ana, medic primar cardiologie
""", card, e2)

    e3 = c.encounter("enc-upu2", "EMER", "2026-10-19 18:10", "2026-10-19 22:30", typ=ctype("UPU"), priority="EM",
                     pract=urg, provider=hosp, reason=[dizz, palp])
    c.condition("cond-dizz-upu2", icd("R42", "Amețeală și vertij"), onset="2026-09-07", recorded="2026-10-19",
                cat="encounter-diagnosis", enc=e3, asserter=urg,
                note="Amețeală și palpitații recurente, dispnee la urcatul scărilor. Al doilea episod adus în UPU.")
    c.vitals("v-upu2", "2026-10-19 18:20", bp=(118, 74), hr=96, spo2=98, enc=e3,
             note="TA ortostatic la 3 minute: 116/76 mmHg, AV 101/min – fără hipotensiune ortostatică.")
    c.observation("ecg-upu2", cc((LOINC, "11524-6", "EKG study"), text="Electrocardiogramă 12 derivații"),
                  "2026-10-19 18:30", "Ritm sinusal 96/min, fără tulburări de conducere sau repolarizare.",
                  cat="procedure", interp="N", enc=e3, performer=urg)
    c.labs("lab-upu2", "2026-10-19 19:00", [("hb", 13.4), ("ddimer", 210), ("mg", 2.0), ("na", 139)], enc=e3,
           report="Analize UPU 19.10.2026", performer=hosp)
    note(c, "doc-upu2", "upu", "2026-10-19 22:30", """
FIȘA DE PREZENTARE UPU – 19.10.2026, ora 18:10
Revine pentru amețeală, palpitații și dispnee de efort mic, de aproximativ 6 săptămâni, cu agravare în ultimele zile. A fost evaluată cardiologic (eco, Holter normale).
Ex. obiectiv: fără modificări patologice. Fără hipotensiune ortostatică.
ECG, hemoleucogramă, D-dimeri, Mg, Na: normale.
Diagnostic: Amețeală (R42). Nu se identifică patologie acută. Pacienta întreabă de ce persistă simptomele; i s-a explicat că analizele sunt normale.
Recomandări: consult medicină internă în ambulatoriu.
Dr. Popa Andrei
""", urg, e3)

    e4 = c.encounter("enc-mi", "AMB", "2026-11-23 11:00", "2026-11-23 11:45", typ=ctype("AMB"), pract=mi,
                     provider=hosp, reason=[palp, dizz])
    c.labs("lab-mi", "2026-11-23 08:30", [("ferritin_f", 48), ("b12", 410), ("ft4", 15.2)], enc=e4, performer=hosp)
    c.observation("simpt-mi", cc((LOINC, "75325-1", "Symptom"), text="Simptom"), "2026-11-23 11:10",
                  cc((SCT, "80313002", "Palpitations"), text="Palpitații și amețeală persistente, aproape zilnic"),
                  cat="exam", enc=e4, performer=mi)
    c.condition("cond-palp", icd("R00.2", "Palpitații"), onset="2026-09-04", recorded="2026-11-23", asserter=mi,
                note="Simptomatologie persistentă din septembrie 2026 (UPU 07.09, cardiologie 22.09, UPU 19.10, MI 23.11). Investigații normale.")
    c.impression("ci-mi", "2026-11-23 11:40",
                 "Palpitații și amețeli persistente de aproximativ 12 săptămâni, cu bilanț cardiologic, hematologic, tiroidian și metabolic normal. Fără substrat organic identificat până în prezent.",
                 assessor=mi, enc=e4, problems=[c.ref("Condition", "cond-palp")],
                 findings=[cc((SCT, "80313002", "Palpitations")), cc((SCT, "404640003", "Dizziness"))])
    note(c, "doc-mi", "scrisoare", "2026-11-23 11:45", """
SCRISOARE MEDICALĂ – Ambulatoriu Medicină Internă, 23.11.2026
Pacientă 38 ani cu palpitații, amețeli și oboseală la efort, debutate la începutul lunii septembrie 2026, prezentă de două ori în UPU (07.09 și 19.10) și evaluată cardiologic (22.09).
Acuze actuale: palpitații aproape zilnic, amețeli, a redus programul la școală. Spune că „toată lumea îi spune că nu are nimic”.
Bilanț: ECG x2, troponină, ecocardiografie, Holter 24 h, hemoleucogramă, feritină, B12, TSH, FT4, electroliți, glicemie, D-dimeri – toate în limite normale.
Concluzie: simptomatologie persistentă, fără diagnostic etiologic. Nu s-a stabilit un diagnostic care să explice acuzele.
Recomandări: reevaluare la nevoie; jurnal al simptomelor.
Dr. Ionescu Mihaela, medic primar medicină internă
""", mi, e4)
    return c


# =====================================================================================
def a02(c):
    """IBS label for 13 months while calprotectin, anaemia and weight loss appear."""
    hosp = setup(c, "Dobre", ["Mihai"], "male", "1979-02-11", "1790211384407", "Str. Libertății nr. 22",
                 ("gastro", "urg", "mf"), phone="+40 722 410 993", cov_start="2001-09-01")
    ge, urg, mf = P(c, "gastro"), P(c, "urg"), P(c, "mf")
    ibs_code = icd_sct("K58.0", "Sindrom de intestin iritabil cu diaree", "10743008", "Irritable bowel syndrome")

    e1 = c.encounter("enc-ge1", "AMB", "2025-10-14 09:30", "2025-10-14 10:15", typ=ctype("AMB"), pract=ge, provider=hosp,
                     reason=cc((SCT, "62315008", "Diarrhea"), text="Scaune diareice și crampe abdominale de 3 luni"))
    ibs = c.condition("cond-sii", ibs_code, onset="2025-07", recorded="2025-10-14", asserter=ge,
                      note="Criterii Roma IV îndeplinite la prima evaluare. Reevaluare dacă apar semne de alarmă.")
    c.labs("lab-ge1", "2025-10-14 08:15", [("hb_m", 14.6), ("crp", 3.1), ("tsh", 2.2)], enc=e1, performer=hosp,
           report="Analize ambulatoriu 14.10.2025")
    c.observation("copro-ge1", cc((LAB_SYS, "MIC-COPRO", "Coprocultură"), text="Coprocultură (Salmonella, Shigella, Campylobacter)"),
                  "2025-10-14 08:15", "Negativă", interp="N", enc=e1)
    c.observation("wt-ge1", cc((LOINC, "29463-7", "Body weight"), text="Greutate"), "2025-10-14 09:40", qty(71, "kg"),
                  cat="vital-signs", enc=e1)
    c.med_request("rx-mebev", med("A03AA04", "mebeverine", "Mebeverină 200 mg capsule cu eliberare prelungită"),
                  "2025-10-14 10:10", "1 capsulă de 2 ori pe zi, înainte de masă", requester=ge, enc=e1,
                  reason_ref=ibs, course="continuous", category="outpatient")
    c.med_request("rx-loper", med("A07DA03", "loperamide", "Loperamid 2 mg capsule"), "2025-10-14 10:10",
                  "1 capsulă după fiecare scaun diareic, maximum 4 pe zi, la nevoie", requester=ge, enc=e1, reason_ref=ibs,
                  category="outpatient")
    note(c, "doc-ge1", "scrisoare", "2025-10-14 10:15", """
SCRISOARE MEDICALĂ – Ambulatoriu Gastroenterologie, 14.10.2025
Bărbat 46 ani, inginer, cu scaune moi 3-4/zi și crampe abdominale ameliorate de defecație, de aproximativ 3 luni. Fără sânge în scaun, fără scădere ponderală, fără simptome nocturne la acest moment.
Ex. obiectiv: abdomen suplu, ușor sensibil difuz. G 71 kg.
Hemoleucogramă normală, PCR 3,1 mg/L, TSH normal, coprocultură negativă.
Diagnostic: Sindrom de intestin iritabil cu predominanța diareei (K58.0).
Tratament: mebeverină 200 mg x2/zi, loperamid la nevoie. Dietă săracă în FODMAP.
Reevaluare la 6 luni sau mai devreme dacă apar semne de alarmă.
Dr. Marinescu Elena, medic primar gastroenterologie
""", ge, e1)

    e2 = c.encounter("enc-ge2", "AMB", "2026-03-03 10:00", "2026-03-03 10:30", typ=ctype("AMB"), pract=ge, provider=hosp,
                     reason=cc((SCT, "21522001", "Abdominal pain"), text="Control SII – dureri abdominale persistente"))
    c.med_request("rx-trimeb", med("A03AA05", "trimebutine", "Trimebutină 200 mg comprimate"), "2026-03-03 10:25",
                  "1 comprimat de 3 ori pe zi", requester=ge, enc=e2, reason_ref=ibs, category="outpatient", course="continuous")
    note(c, "doc-ge2", "scrisoare", "2026-03-03 10:30", """
Control gastroenterologie 03.03.2026. Persistă scaunele moi 4-5/zi și durerile abdominale, parțial ameliorate de mebeverină. G 70 kg.
Diagnostic: Sindrom de intestin iritabil cu diaree (K58.0) – evoluție staționară.
Se asociază trimebutină 200 mg x3/zi. Continuă dieta. Control în 6 luni.
Dr. Marinescu Elena
""", ge, e2)

    e3 = c.encounter("enc-upu", "EMER", "2026-10-20 02:10", "2026-10-20 07:40", typ=ctype("UPU"), priority="EM",
                     pract=urg, provider=hosp, reason=cc((SCT, "21522001", "Abdominal pain"), text="Dureri abdominale, diaree nocturnă"),
                     diagnoses=[(ibs, "DD")])
    c.labs("lab-upu", "2026-10-20 02:40", [("hb_m", 11.2), ("crp", 38.0), ("alb", 3.3), ("ferritin", 19), ("wbc", 9.1)],
           enc=e3, performer=hosp, report="Analize UPU 20.10.2026")
    c.lab("calpro", "calpro", "2026-10-22 10:00", 620, enc=e3,
          note="Probă recoltată la 48 h după prezentarea în UPU.")
    c.observation("wt-upu", cc((LOINC, "29463-7", "Body weight"), text="Greutate"), "2026-10-20 02:30", qty(66, "kg"),
                  cat="vital-signs", enc=e3)
    note(c, "doc-upu", "upu", "2026-10-20 07:40", """
FIȘA DE PREZENTARE UPU – 20.10.2026, ora 02:10
Pacient 47 ani, cunoscut cu sindrom de intestin iritabil din 2025, se prezintă pentru dureri abdominale în fosa iliacă dreaptă și 6-8 scaune diareice/zi, inclusiv nocturne, de aproximativ 3 săptămâni. Scădere ponderală de 5 kg în 4 luni.
Ex. obiectiv: afebril, abdomen sensibil în FID, fără apărare. TA 118/72 mmHg, AV 94/min.
Laborator: Hb 11,2 g/dL, PCR 38 mg/L, albumină 3,3 g/dL, feritină 19 ng/mL.
Diagnostic: Sindrom de intestin iritabil cu diaree (K58.0) – acutizare.
Tratament: hidratare iv, antispastic. Se externează cu recomandarea de a continua tratamentul simptomatic și control gastroenterologic.
Dr. Popa Andrei
""", urg, e3)

    e4 = c.encounter("enc-ge3", "AMB", "2026-11-18 09:00", "2026-11-18 09:30", typ=ctype("AMB"), pract=ge, provider=hosp,
                     reason=cc((SCT, "62315008", "Diarrhea"), text="Control SII"))
    c.labs("lab-ge3", "2026-11-18 08:00", [("hb_m", 10.6), ("crp", 41.0)], enc=e4, performer=hosp)
    c.observation("wt-ge3", cc((LOINC, "29463-7", "Body weight"), text="Greutate"), "2026-11-18 09:05", qty(64, "kg"),
                  cat="vital-signs", enc=e4)
    c.observation("simpt-ge3", cc((LOINC, "75325-1", "Symptom"), text="Simptom"), "2026-11-18 09:10",
                  cc((SCT, "62315008", "Diarrhea"), text="Diaree nocturnă, 6-7 scaune/zi, fără sânge vizibil"),
                  cat="exam", enc=e4, performer=ge)
    note(c, "doc-ge3", "scrisoare", "2026-11-18 09:30", """
SCRISOARE MEDICALĂ – Control gastroenterologie, 18.11.2026
Persistă diareea (6-7 scaune/zi, și nocturn), dureri în FID, astenie. Scădere ponderală totală 7 kg (71 → 64 kg) în ultimul an.
Laborator: Hb 10,6 g/dL (în scădere), PCR 41 mg/L, calprotectină fecală 620 µg/g (22.10.2026).
Diagnostic: Sindrom de intestin iritabil cu diaree (K58.0).
Conduită: se continuă mebeverină și trimebutină, loperamid la nevoie; probiotic. Reevaluare în 3 luni.
Dr. Marinescu Elena
""", ge, e4)
    c.med_request("rx-probio", cc(text="Probiotic (Saccharomyces boulardii 250 mg) capsule"), "2026-11-18 09:25",
                  "1 capsulă de 2 ori pe zi, 4 săptămâni", requester=ge, enc=e4, reason_ref=ibs, category="outpatient")
    return c


# =====================================================================================
def a03(c):
    """Lumbar decompression and instrumented fusion L4-L5 ordered for January 2027."""
    hosp = setup(c, "Stoica", ["Gheorghe"], "male", "1968-06-02", "1680602384921", "Str. Câmpului nr. 3, sat Olănești",
                 ("nch", "recup", "rad"), category=("salariat", "Salariat"), phone="+40 740 318 552", cov_start="1990-01-01",
                 city="Olănești")
    nch, rm, rad = P(c, "nch"), P(c, "recup"), P(c, "rad")
    lbp = cc((SCT, "279039007", "Low back pain"), text="Lombalgie cronică cu iradiere în membrul inferior stâng")
    spl = c.condition("cond-spl", icd("M43.16", "Spondilolisteză, regiunea lombară"), onset="2025-03", recorded="2025-04-08",
                      asserter=nch, note="Spondilolisteză degenerativă L4-L5 grad I Meyerding.")
    sten = c.condition("cond-sten", icd("M48.06", "Stenoză spinală, regiunea lombară"), onset="2025-03", recorded="2025-04-08",
                       asserter=nch)
    c.condition("cond-rad", icd("M51.1", "Tulburări ale discurilor intervertebrale lombare și altele cu radiculopatie"),
                onset="2025-03", recorded="2025-04-08", asserter=nch, note="Radiculopatie L5 stângă.")
    c.condition("cond-hta", icd("I10", "Hipertensiune esențială (primară)"), onset="2014", recorded="2025-04-08")

    e1 = c.encounter("enc-nch1", "AMB", "2025-04-08 12:00", "2025-04-08 12:40", typ=ctype("AMB"), pract=nch, provider=hosp,
                     reason=lbp)
    c.report("irm-2025", cc((PROC, "IMG-IRM-LOMB", "IRM coloană lombară nativ"), text="IRM coloană lombară"),
             "2025-04-02 16:00", conclusion="Spondilolisteză degenerativă L4-L5 grad I. Hipertrofie de ligamente galbene și artroză interapofizară L4-L5 cu stenoză de canal moderată și stenoză foraminală stângă. Protruzie discală L5-S1 fără conflict radicular.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    c.observation("nrs-2025", cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Scor durere (SNV 0-10)"),
                  "2025-04-08 12:10", 7, cat="survey", enc=e1)
    c.observation("odi-2025", cc((PROC, "SCOR-ODI", "Oswestry Disability Index"), text="Indice de dizabilitate Oswestry (ODI)"),
                  "2025-04-08 12:15", qty(46, "%"), cat="survey", enc=e1)
    c.med_statement("ms-meloxicam", med("M01AC06", "meloxicam", "Meloxicam 15 mg comprimate"), "completed",
                    start="2025-04-08", end="2025-07-01", dosage="1 comprimat/zi după masă, în cure", reason=[lbp])
    c.med_statement("ms-pregab", med("N03AX16", "pregabalin", "Pregabalin 75 mg capsule"), "active", start="2025-04-08",
                    dosage="1 capsulă de 2 ori pe zi", reason=[lbp], asserted="2026-11-10")
    c.med_statement("ms-perind", med("C09AA04", "perindopril", "Perindopril 5 mg comprimate"), "active", start="2014",
                    dosage="1 comprimat dimineața", reason=[icd("I10", "Hipertensiune esențială (primară)")], asserted="2026-11-10")

    e2 = c.encounter("enc-recup", "IMP", "2025-10-06 08:00", "2025-10-17 12:00", typ=ctype("SPC"), pract=rm, provider=hosp,
                     reason=lbp, admit=("outp", "From outpatient department"), discharge=("home", "Home"))
    c.procedure("kt-2025", proc("REC-KT-10", "Program de kinetoterapie și electroterapie antalgică, 10 ședințe"),
                performed=("2025-10-06", "2025-10-17"), performer=rm, enc=e2, reason=[lbp])
    note(c, "doc-recup", "externare", "2025-10-17 12:00", """
BILET DE EXTERNARE – Secția Recuperare, Medicină Fizică și Balneologie, 06.10–17.10.2025
Diagnostic: Lombosciatică stângă L5 pe fond de spondilolisteză degenerativă L4-L5 grad I și stenoză de canal lombar.
Tratament efectuat: kinetoterapie, electroterapie antalgică (TENS, ultrasunet), masaj. Ameliorare parțială a durerii (SNV 7 → 5 la externare).
Recomandări: program de exerciții la domiciliu, evitarea ridicării de greutăți, control neurochirurgical.
Dr. Pavel Sorin, medic specialist reabilitare medicală
""", rm, e2)

    e3 = c.encounter("enc-infilt", "AMB", "2026-05-12 09:00", "2026-05-12 11:00", typ=ctype("SPZ"), pract=nch, provider=hosp,
                     reason=lbp)
    c.procedure("infilt", proc("NCH-INF-EPI", "Infiltrație epidurală transforaminală L4-L5 stânga, ghidată fluoroscopic"),
                performed="2026-05-12 09:40", performer=nch, enc=e3, reason=[lbp],
                outcome=txt("Ameliorare de aproximativ 4 săptămâni, apoi reapariția durerii."))

    e4 = c.encounter("enc-nch2", "AMB", "2026-11-10 12:00", "2026-11-10 12:50", typ=ctype("AMB"), pract=nch, provider=hosp,
                     reason=lbp)
    c.report("irm-2026", cc((PROC, "IMG-IRM-LOMB", "IRM coloană lombară nativ"), text="IRM coloană lombară"),
             "2026-10-28 15:30", conclusion="Comparativ cu 04.2025: spondilolisteză L4-L5 grad I, nemodificată; stenoză de canal L4-L5 moderat-severă, stenoză foraminală stângă severă cu compresiunea rădăcinii L5 stângi.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    c.report("rx-func", cc((PROC, "IMG-RX-FUNC", "Radiografie coloană lombară funcțională (flexie-extensie)"), text="Radiografie funcțională lombară"),
             "2026-10-28 14:40", conclusion="Listezis L4 pe L5 de 6 mm în flexie și 3 mm în extensie – instabilitate segmentară L4-L5.",
             cat=cc((V20074, "RAD", "Radiology")), performer=rad)
    c.observation("nrs-2026", cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Scor durere (SNV 0-10)"),
                  "2026-11-10 12:10", 7, cat="survey", enc=e4)
    c.observation("odi-2026", cc((PROC, "SCOR-ODI", "Oswestry Disability Index"), text="Indice de dizabilitate Oswestry (ODI)"),
                  "2026-11-10 12:15", qty(48, "%"), cat="survey", enc=e4)
    c.labs("lab-preop", "2026-11-10 08:00", [("hb_m", 14.9), ("glucose", 102), ("creat", 0.9), ("inr", 1.0)], enc=e4,
           performer=hosp)
    fusion = c.service_request("sr-artrodeza", cc((PROC, "NCH-TLIF-1N", "Decompresie și artrodeză lombară intersomatică transforaminală (TLIF) un nivel, cu fixare transpediculară"),
                                                  text="Decompresie L4-L5 și artrodeză intersomatică TLIF L4-L5 cu fixare transpediculară"),
                               "2026-11-10 12:45", status="active", intent="order", priority="routine",
                               category=cc((SCT, "387713003", "Surgical procedure"), text="Intervenție chirurgicală"),
                               requester=nch, performer=nch, occurrence="2027-01-19", enc=e4, reason_ref=[spl, sten],
                               note="Internare programată 18.01.2027, secția Neurochirurgie. Pacientul a acceptat intervenția; consimțământ informat semnat.")
    c.service_request("sr-ati", cc((PROC, "ATI-CONS-PREOP", "Consult preanestezic"), text="Consult preanestezic ATI"),
                      "2026-11-10 12:46", status="active", intent="order", requester=nch, occurrence="2027-01-12",
                      enc=e4, based_on=[fusion])
    note(c, "doc-nch2", "scrisoare", "2026-11-10 12:50", """
SCRISOARE MEDICALĂ – Ambulatoriu Neurochirurgie, 10.11.2026
Pacient 58 ani, cu lombosciatică stângă L5 de aproximativ 20 luni, refractară la tratament conservator complet: AINS, pregabalin, două cure de recuperare (10.2025), infiltrație epidurală transforaminală (05.2026) cu beneficiu tranzitoriu.
Acuze: durere lombară și radiculară SNV 7/10, claudicație neurogenă la 200 m, ODI 48%.
Ex. neurologic: Lasègue stâng 45°, hipoestezie L5 stângă, forță extensor haluce stâng 4/5.
IRM 28.10.2026: spondilolisteză L4-L5 grad I, stenoză de canal moderat-severă, compresiune L5 stângă. Radiografie funcțională: instabilitate L4-L5.
Indicație: tratament chirurgical – decompresie și artrodeză intersomatică TLIF L4-L5 cu fixare transpediculară.
Programare: internare 18.01.2027, intervenție 19.01.2027. Consult preanestezic 12.01.2027.
Dr. Dumitrescu Vlad, medic primar neurochirurgie
""", nch, e4)
    return c


# =====================================================================================
def a04(c):
    """Four active chronic conditions; the other problems on the list are resolved episodes."""
    hosp = setup(c, "Munteanu", ["Maria"], "female", "1954-09-30", "2540930384216", "Str. Florilor nr. 18",
                 ("diab", "mi", "pneumo"), category=("pensionar", "Pensionar"), phone="+40 250 731 208", cov_start="2000-01-01",
                 marital=cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "W", "Widowed")))
    diab, mi, pn = P(c, "diab"), P(c, "mi"), P(c, "pneumo")
    dm = c.condition("cond-dz2", icd_sct("E11.9", "Diabet zaharat tip 2 fără complicații", "44054006", "Diabetes mellitus type 2"),
                     onset="2012", recorded="2012-05-10", asserter=diab)
    hta = c.condition("cond-hta", icd("I10", "Hipertensiune esențială (primară)"), onset="2008", recorded="2012-05-10")
    c.condition("cond-gon", icd("M17.0", "Gonartroză primară bilaterală"), onset="2016", recorded="2019-02-14",
                note="Gonartroză bilaterală grad II Kellgren-Lawrence; tratament simptomatic.")
    c.condition("cond-hcol", icd("E78.0", "Hipercolesterolemie pură"), onset="2012", recorded="2012-05-10")
    pneu = c.condition("cond-pneu", icd("J18.1", "Pneumonie lobară, neprecizată"), onset="2025-02-03", recorded="2025-02-03",
                       clinical="resolved", abate="2025-02-14", cat="encounter-diagnosis")
    c.condition("cond-lit", icd("K80.20", "Calcul al vezicii biliare fără colecistită, fără obstrucție"), onset="2023-03",
                recorded="2023-03-20", clinical="resolved", abate="2023-05-09",
                note="Colecistectomie laparoscopică 09.05.2023, evoluție fără complicații.")
    c.condition("cond-itu", icd("N39.0", "Infecție de tract urinar, localizare nespecificată"), onset="2026-06-11",
                recorded="2026-06-11", clinical="resolved", abate="2026-06-20", cat="encounter-diagnosis")
    c.procedure("colecist", proc("CHG-COLECIST-LAP", "Colecistectomie laparoscopică"), performed="2023-05-09",
                note="Efectuată în Secția Chirurgie Generală I.")

    e0 = c.encounter("enc-pneu", "IMP", "2025-02-03 14:00", "2025-02-14 11:00", typ=ctype("SPC"), pract=pn, provider=hosp,
                     priority="EM", admit=("emd", "From accident/emergency department"), discharge=("home", "Home"),
                     diagnoses=[(pneu, "DD"), (dm, "CM")], reason=cc((SCT, "233604007", "Pneumonia"), text="Pneumonie"))
    note(c, "doc-pneu", "externare", "2025-02-14 11:00", """
BILET DE EXTERNARE – Secția Pneumologie, 03.02–14.02.2025
Diagnostic principal: Pneumonie lobară inferioară dreaptă (J18.1). Diagnostice secundare: Diabet zaharat tip 2 (E11.9), HTA esențială (I10).
Tratament: ceftriaxonă 2 g/zi iv 7 zile, claritromicină 500 mg x2/zi 5 zile, oxigenoterapie 2 zile. Evoluție favorabilă, radiografie de control cu resorbția opacității.
Recomandări: vaccinare antipneumococică, control la medicul de familie.
Dr. Olteanu Simona, medic primar pneumologie
""", pn, e0)
    c.immunization("vacc-pcv", cc((ATC, "J07AL02", "pneumococcus, purified polysaccharides antigen conjugated"),
                                  text="Vaccin pneumococic conjugat 20-valent"), "2025-03-18", lot="LP2241")

    e1 = c.encounter("enc-diab", "AMB", "2026-11-16 10:00", "2026-11-16 10:40", typ=ctype("AMB"), pract=diab, provider=hosp,
                     reason=cc((SCT, "44054006", "Diabetes mellitus type 2"), text="Control periodic diabet zaharat tip 2"))
    c.labs("lab-2605", "2026-05-19 08:00", [("hba1c", 7.0), ("creat", 0.9), ("egfr", 66)], performer=hosp)
    c.labs("lab-2611", "2026-11-16 08:00", [("hba1c", 6.9), ("glucose", 128), ("creat", 0.9), ("egfr", 65), ("ldl", 92),
                                             ("uacr", 18)], enc=e1, performer=hosp, report="Bilanț diabet 16.11.2026")
    c.vitals("v-diab", "2026-11-16 10:05", bp=(134, 78), hr=72, weight=74, enc=e1)
    c.med_statement("ms-metf", med("A10BA02", "metformin", "Metformin 850 mg comprimate"), "active", start="2012-05",
                    dosage="1 comprimat de 2 ori pe zi", reason_ref=dm, asserted="2026-11-16")
    c.med_statement("ms-amlo", med("C08CA01", "amlodipine", "Amlodipină 5 mg comprimate"), "active", start="2016",
                    dosage="1 comprimat/zi", reason_ref=hta, asserted="2026-11-16")
    c.med_statement("ms-perind", med("C09AA04", "perindopril", "Perindopril 10 mg comprimate"), "active", start="2012",
                    dosage="1 comprimat/zi", reason_ref=hta, asserted="2026-11-16")
    c.med_statement("ms-ator", med("C10AA05", "atorvastatin", "Atorvastatină 20 mg comprimate"), "active", start="2012",
                    dosage="1 comprimat seara", asserted="2026-11-16")
    c.med_statement("ms-parac", med("N02BE01", "paracetamol", "Paracetamol 500 mg comprimate"), "active", start="2019",
                    dosage="1-2 comprimate la nevoie, maximum 6/zi", asserted="2026-11-16")
    note(c, "doc-diab", "scrisoare", "2026-11-16 10:40", """
SCRISOARE MEDICALĂ – Ambulatoriu Diabet, Nutriție și Boli Metabolice, 16.11.2026
Pacientă 72 ani, pensionară, cu diabet zaharat tip 2 din 2012, HTA esențială și hipercolesterolemie, gonartroză bilaterală.
Antecedente: pneumonie lobară dreaptă (02.2025) vindecată; colecistectomie laparoscopică (2023); ITU (06.2026) tratată, vindecată.
Evoluție: echilibru glicemic bun, HbA1c 6,9%. TA 134/78 mmHg. eRFG 65, fără albuminurie semnificativă. LDL 92 mg/dL.
Fără complicații cronice decelabile (examen FO 04.2026 fără retinopatie).
Diagnostic: Diabet zaharat tip 2 fără complicații (E11.9), echilibrat.
Tratament: se continuă schema actuală. Control peste 6 luni.
Dr. Nistor Ioana, medic primar diabet, nutriție și boli metabolice
""", diab, e1)
    return c


# =====================================================================================
def a05(c):
    """Stage III colon cancer after right hemicolectomy; adjuvant CAPOX planned from December."""
    hosp = setup(c, "Radu", ["Ion"], "male", "1961-12-05", "1611205384630", "Str. Pieței nr. 9",
                 ("gastro", "chir", "onco", "ap"), category=("salariat", "Salariat"), phone="+40 744 902 117", cov_start="1985-01-01")
    ge, chir, onco, ap = P(c, "gastro"), P(c, "chir"), P(c, "onco"), P(c, "ap")
    e1 = c.encounter("enc-ge", "AMB", "2026-08-25 09:00", "2026-08-25 09:40", typ=ctype("AMB"), pract=ge, provider=hosp,
                     reason=cc((SCT, "87522002", "Iron deficiency anemia"), text="Anemie feriprivă descoperită la medicul de familie"))
    c.labs("lab-ge", "2026-08-25 08:00", [("hb_m", 10.1), ("mcv", 74), ("ferritin", 9), ("cea", 6.8)], enc=e1,
           performer=hosp, report="Analize 25.08.2026")
    colono = c.procedure("colono", proc("GE-COLONO-BIOP", "Colonoscopie totală cu biopsie"), performed="2026-09-03 10:30",
                         performer=ge, reason=[cc((SCT, "87522002", "Iron deficiency anemia"))],
                         outcome=txt("Formațiune vegetantă, stenozantă, colon ascendent la 5 cm de valva ileocecală; biopsii."))
    c.report("ap-biopsie", cc((LOINC, "11526-1", "Pathology study"), text="Examen histopatologic biopsie colon"),
             "2026-09-08", conclusion="Adenocarcinom colonic moderat diferențiat (G2), infiltrativ.",
             cat=cc((V20074, "SP", "Surgical Pathology")), performer=ap)
    crc = c.condition("cond-ccr", icd_sct("C18.2", "Tumoră malignă a colonului ascendent", "363406005", "Malignant tumor of colon"),
                      onset="2026-09-08", recorded="2026-09-08", asserter=onco,
                      stage=cc(text="pT3 pN1b (2/18) M0, stadiul IIIB (TNM 8)"))
    c.report("ct-stadializare", cc((PROC, "IMG-CT-TAP", "CT torace-abdomen-pelvis cu substanță de contrast"), text="CT torace-abdomen-pelvis"),
             "2026-09-12", conclusion="Îngroșare parietală circumferențială colon ascendent cu adenopatii pericolice sub 1 cm. Fără leziuni secundare hepatice sau pulmonare.",
             cat=cc((V20074, "RAD", "Radiology")))
    e2 = c.encounter("enc-chir", "IMP", "2026-10-05 08:00", "2026-10-13 12:00", typ=ctype("SPC"), pract=chir, provider=hosp,
                     reason=cc((SCT, "363406005", "Malignant tumor of colon")), admit=("outp", "From outpatient department"),
                     discharge=("home", "Home"), diagnoses=[(crc, "DD")], priority="EL")
    hemi = c.procedure("hemicol", proc("CHG-HEMICOL-D-LAP", "Hemicolectomie dreaptă laparoscopică cu limfadenectomie D2 și anastomoză ileo-transversă"),
                       performed="2026-10-06 09:00", performer=chir, enc=e2, reason_ref=[crc])
    c.report("ap-piesa", cc((LOINC, "11526-1", "Pathology study"), text="Examen histopatologic piesă de hemicolectomie dreaptă"),
             "2026-10-14", conclusion="Adenocarcinom moderat diferențiat, invazie în subseroasă (pT3), 2 din 18 ganglioni metastatici (pN1b), margini de rezecție libere (R0), fără invazie perineurală. MSS (MLH1, PMS2, MSH2, MSH6 prezente).",
             cat=cc((V20074, "SP", "Surgical Pathology")), performer=ap)
    note(c, "doc-chir", "externare", "2026-10-13 12:00", """
BILET DE EXTERNARE – Secția Chirurgie Generală, 05.10–13.10.2026
Diagnostic: Adenocarcinom de colon ascendent (C18.2). Intervenție: hemicolectomie dreaptă laparoscopică cu limfadenectomie D2 (06.10.2026). Evoluție postoperatorie favorabilă, reluarea tranzitului în ziua 3.
Recomandări: prezentare la Comisia oncologică după rezultatul histopatologic definitiv.
Dr. Stănescu Radu, medic primar chirurgie generală
""", chir, e2)

    e3 = c.encounter("enc-com", "AMB", "2026-11-12 13:00", "2026-11-12 14:00", typ=ctype("COM"), pract=[onco, chir, ap],
                     provider=hosp, reason=cc((SCT, "363406005", "Malignant tumor of colon")))
    c.observation("ecog", cc((LOINC, "89247-1", "ECOG Performance Status score"), text="Status de performanță ECOG"),
                  "2026-11-12 13:10", 0, cat="survey", enc=e3)
    c.labs("lab-onco", "2026-11-12 08:00", [("hb_m", 12.4), ("neut", 3.9), ("plt", 262), ("creat", 0.95), ("bili", 0.7), ("cea", 2.1)],
           enc=e3, performer=hosp, report="Bilanț pre-chimioterapie 12.11.2026")
    plan = c.careplan("cp-adjuvant", "Chimioterapie adjuvantă CAPOX, 8 cicluri (6 luni)", "active", "plan",
                      cc((SCT, "367336001", "Chemotherapy"), text="Chimioterapie"), "2026-12-08", end="2027-05-25",
                      description="CAPOX adjuvant: oxaliplatină 130 mg/m² iv ziua 1 + capecitabină 1000 mg/m² x2/zi zilele 1-14, la 21 de zile, 8 cicluri. Internare de zi în Secția Oncologie Medicală.",
                      addresses=[crc], author=onco, created="2026-11-12",
                      activities=[{"code": cc((SCT, "367336001", "Chemotherapy")), "status": "scheduled",
                                   "description": "Ciclul 1 CAPOX – 08.12.2026", "when": "2026-12-08"}])
    c.med_request("rx-oxali", med("L01XA03", "oxaliplatin", "Oxaliplatină 130 mg/m² perfuzie iv (doză calculată 250 mg)"),
                  "2026-11-12 14:00", {"text": "250 mg în 500 mL glucoză 5%, perfuzie iv în 2 ore, ziua 1 la fiecare 21 de zile, 8 cicluri",
                                       "timing": {"repeat": {"frequency": 1, "period": 21, "periodUnit": "d", "count": 8}},
                                       "route": cc((SCT, "47625008", "Intravenous route"))},
                  status="active", intent="plan", requester=onco, enc=e3, reason_ref=crc, based_on=[plan],
                  note="Start planificat 08.12.2026 (ciclul 1).")
    c.med_request("rx-cape", med("L01BC06", "capecitabine", "Capecitabină 500 mg comprimate filmate"),
                  "2026-11-12 14:00", "1000 mg/m² (2000 mg) de 2 ori pe zi, zilele 1-14 din fiecare ciclu de 21 de zile",
                  status="active", intent="plan", requester=onco, enc=e3, reason_ref=crc, based_on=[plan])
    note(c, "doc-com", "comisie", "2026-11-12 14:00", """
PROCES-VERBAL – Comisia oncologică multidisciplinară, 12.11.2026
Pacient: Radu Ion, 64 ani. Diagnostic: adenocarcinom colon ascendent pT3 pN1b (2/18) M0, stadiul IIIB, R0, MSS. Operat 06.10.2026 (hemicolectomie dreaptă laparoscopică).
ECOG 0, funcție renală și hepatică normale, CEA postoperator normalizat (2,1 ng/mL).
Decizie: chimioterapie adjuvantă tip CAPOX, 8 cicluri (6 luni), începând cu 08.12.2026, internare de zi Oncologie Medicală.
S-au discutat cu pacientul efectele adverse (neuropatie periferică indusă de oxaliplatină, sindrom mână-picior, diaree, mielosupresie). Pacientul este de acord.
Membri: Dr. Constantinescu Dan (oncologie), Dr. Stănescu Radu (chirurgie), Dr. Rusu Livia (anatomie patologică).
""", onco, e3)
    return c


# =====================================================================================
def a06(c):
    """Pneumonia admission, recovered; patient experience questionnaire answers 'No' to a second opinion."""
    hosp = setup(c, "Ene", ["Florin"], "male", "1957-03-19", "1570319384055", "Str. Gării nr. 31",
                 ("pneumo", "urg", "mf"), category=("pensionar", "Pensionar"), phone="+40 751 227 630", cov_start="1980-01-01")
    pn, urg, mf = P(c, "pneumo"), P(c, "urg"), P(c, "mf")
    copd = c.condition("cond-bpoc", icd_sct("J44.9", "Boală pulmonară obstructivă cronică, nespecificată", "13645005", "Chronic obstructive lung disease"),
                       onset="2019", recorded="2019-11-04", note="BPOC GOLD 2, grup B; fost fumător 35 PA, abstinent din 2019.")
    c.condition("cond-hta", icd("I10", "Hipertensiune esențială (primară)"), onset="2011", recorded="2019-11-04")
    pneu = c.condition("cond-pneu", icd("J18.1", "Pneumonie lobară, neprecizată"), onset="2026-10-03", recorded="2026-10-05",
                       clinical="resolved", abate="2026-11-09", cat="encounter-diagnosis", asserter=pn)
    e1 = c.encounter("enc-sp", "IMP", "2026-10-05 11:20", "2026-10-12 12:00", typ=ctype("SPC"), pract=pn, provider=hosp,
                     priority="EM", admit=("emd", "From accident/emergency department"), discharge=("home", "Home"),
                     reason=cc((SCT, "233604007", "Pneumonia"), text="Febră, tuse productivă, dispnee"),
                     diagnoses=[(pneu, "DD"), (copd, "CM")])
    c.vitals("v-adm", "2026-10-05 11:30", bp=(132, 80), hr=104, rr=24, temp=38.9, spo2=91, enc=e1)
    c.labs("lab-adm", "2026-10-05 11:45", [("wbc", 16.2), ("crp", 142.0), ("creat", 1.1), ("na", 136)], enc=e1,
           performer=hosp, report="Analize internare 05.10.2026")
    c.report("rx-adm", cc((PROC, "IMG-RX-TORACE", "Radiografie toracică PA"), text="Radiografie toracică"), "2026-10-05 12:10",
             conclusion="Opacitate de tip alveolar lob inferior stâng, cu bronhogramă aerică. Fără revărsat pleural.",
             cat=cc((V20074, "RAD", "Radiology")), enc=e1)
    c.med_admin("adm-ceftr", med("J01DD04", "ceftriaxone", "Ceftriaxonă 2 g pulbere pentru soluție perfuzabilă"),
                "2026-10-05 13:00", "2026-10-11 13:00", dose_text="2 g iv o dată pe zi, 7 zile",
                route=cc((SCT, "47625008", "Intravenous route")), enc=e1, performer=pn)
    c.med_admin("adm-clari", med("J01FA09", "clarithromycin", "Claritromicină 500 mg comprimate"),
                "2026-10-05 13:00", "2026-10-09 20:00", dose_text="500 mg x2/zi po, 5 zile", enc=e1, performer=pn)
    c.labs("lab-ext", "2026-10-11 08:00", [("wbc", 8.4), ("crp", 12.0)], enc=e1, performer=hosp)
    note(c, "doc-ext", "externare", "2026-10-12 12:00", """
BILET DE EXTERNARE – Secția Pneumologie, 05.10–12.10.2026
Diagnostic principal: Pneumonie lobară inferioară stângă (J18.1). Diagnostice secundare: BPOC GOLD 2 (J44.9), HTA (I10).
Evoluție: afebril din ziua 3, normalizarea leucocitelor, PCR 142 → 12 mg/L. SpO2 96% aa la externare.
Tratament efectuat: ceftriaxonă 2 g/zi iv 7 zile, claritromicină 5 zile, bronhodilatatoare.
Recomandări: continuă tiotropium/olodaterol, radiografie toracică de control la 4-6 săptămâni, vaccinare antigripală și antipneumococică.
Dr. Olteanu Simona, medic primar pneumologie
""", pn, e1)
    c.med_statement("ms-tio", med("R03AL06", "olodaterol and tiotropium bromide", "Tiotropium/olodaterol 2,5/2,5 µg inhalator Respimat"),
                    "active", start="2020-01", dosage="2 pufuri o dată pe zi", reason_ref=copd, asserted="2026-10-12")
    c.med_statement("ms-cand", med("C09CA06", "candesartan", "Candesartan 8 mg comprimate"), "active", start="2011",
                    dosage="1 comprimat/zi", asserted="2026-10-12")
    c.questionnaire_response("qr-feedback", "2026-10-12 10:30", [
        ("1", "Ați primit informații clare despre diagnosticul și tratamentul dumneavoastră?", "Da"),
        ("2", "Considerați că medicii v-au ascultat și au ținut cont de îngrijorările dumneavoastră?", "Da"),
        ("3", "Doriți o a doua opinie medicală privind diagnosticul sau tratamentul primit?", "Nu"),
        ("4", "Cum apreciați, în general, îngrijirile primite (1 = foarte slab, 5 = foarte bine)?", 5),
        ("5", "Observații", "Mulțumesc personalului de pe secție, m-am simțit bine îngrijit."),
    ], author=c.pt, source=c.pt, questionnaire="https://fhir.sju-ramnicuolt.example.org/fhir/Questionnaire/chestionar-feedback-pacient",
        enc=e1)
    e2 = c.encounter("enc-ctrl", "AMB", "2026-11-09 10:00", "2026-11-09 10:30", typ=ctype("AMB"), pract=pn, provider=hosp,
                     reason=cc((SCT, "233604007", "Pneumonia"), text="Control post-pneumonie"))
    c.report("rx-ctrl", cc((PROC, "IMG-RX-TORACE", "Radiografie toracică PA"), text="Radiografie toracică de control"),
             "2026-11-09 09:30", conclusion="Resorbția completă a opacității din lobul inferior stâng. Fără alte modificări.",
             cat=cc((V20074, "RAD", "Radiology")), enc=e2)
    c.vitals("v-ctrl", "2026-11-09 10:05", bp=(130, 78), hr=76, spo2=96, enc=e2)
    note(c, "doc-ctrl", "scrisoare", "2026-11-09 10:30", """
Control pneumologic 09.11.2026: pacient asimptomatic respirator, fără febră, tuse rară matinală (cunoscută din BPOC). Radiografia de control: resorbție completă.
Diagnostic: Pneumonie lobară stângă vindecată; BPOC GOLD 2 stabil.
Recomandări: continuă tratamentul inhalator. Control pneumologic anual.
Dr. Olteanu Simona
""", pn, e2)
    return c


# =====================================================================================
def a07(c):
    """Type 2 diabetes: HbA1c 7.2 -> 9.3 % over nine months on metformin + gliclazide taken throughout."""
    hosp = setup(c, "Preda", ["Vasile"], "male", "1963-07-22", "1630722384118", "Str. Viilor nr. 56",
                 ("diab", "mf"), category=("salariat", "Salariat"), phone="+40 766 104 882", cov_start="1985-01-01")
    diab, mf = P(c, "diab"), P(c, "mf")
    dm = c.condition("cond-dz2", icd_sct("E11.9", "Diabet zaharat tip 2 fără complicații", "44054006", "Diabetes mellitus type 2"),
                     onset="2019-05", recorded="2019-05-14", asserter=diab)
    c.condition("cond-hta", icd("I10", "Hipertensiune esențială (primară)"), onset="2017", recorded="2019-05-14")
    c.condition("cond-disl", icd("E78.2", "Hiperlipidemie mixtă"), onset="2019", recorded="2019-05-14")
    metf = med("A10BA02", "metformin", "Metformin 1000 mg comprimate filmate")
    glic = med("A10BB09", "gliclazide", "Gliclazidă 60 mg comprimate cu eliberare modificată")
    c.med_statement("ms-metf", metf, "active", start="2019-05-14", dosage="1 comprimat de 2 ori pe zi, la mese",
                    reason_ref=dm, asserted="2026-11-17", note="Aderență bună; rețete compensate ridicate lunar.")
    c.med_statement("ms-glic", glic, "active", start="2023-02-20", dosage="1 comprimat dimineața la micul dejun",
                    reason_ref=dm, asserted="2026-11-17")
    c.med_statement("ms-perind", med("C09BA04", "perindopril and diuretics", "Perindopril/indapamidă 5/1,25 mg"), "active",
                    start="2017", dosage="1 comprimat/zi", asserted="2026-11-17")
    c.med_statement("ms-rosu", med("C10AA07", "rosuvastatin", "Rosuvastatină 10 mg"), "active", start="2019", dosage="1 comprimat seara",
                    asserted="2026-11-17")
    visits = [("2026-02-10", 7.2, 142, 92.5), ("2026-05-19", 7.9, 158, 92.0), ("2026-08-25", 8.5, 171, 92.8),
              ("2026-11-17", 9.3, 196, 92.4)]
    for i, (d, a1c, glu, wt) in enumerate(visits, 1):
        e = c.encounter(f"enc-{i}", "AMB", f"{d} 10:00", f"{d} 10:30", typ=ctype("AMB"), pract=diab, provider=hosp,
                        reason=cc((SCT, "44054006", "Diabetes mellitus type 2"), text="Control diabet zaharat tip 2"))
        c.labs(f"lab-{i}", f"{d} 08:00", [("hba1c", a1c), ("glucose", glu)], enc=e, performer=hosp)
        c.observation(f"wt-{i}", cc((LOINC, "29463-7", "Body weight"), text="Greutate"), f"{d} 10:05", qty(wt, "kg"),
                      cat="vital-signs", enc=e)
        c.med_request(f"rx-{i}", metf, f"{d} 10:25", "1 comprimat de 2 ori pe zi, 90 de zile", requester=diab, enc=e,
                      status="active" if i == 4 else "completed",
                      reason_ref=dm, category="outpatient", course="continuous",
                      note="Rețetă compensată CNAS; asociat gliclazidă 60 mg MR 1 cp/zi.")
        if i == 4:
            e_last = e
    c.labs("lab-renal", "2026-11-17 08:00", [("creat", 0.98), ("egfr", 84), ("ldl", 88), ("uacr", 22)], enc=e_last, performer=hosp)
    note(c, "doc-0519", "scrisoare", "2026-05-19 10:30", """
Control diabet 19.05.2026: HbA1c 7,9% (față de 7,2% în februarie). Pacientul declară că ia tratamentul corect, fără omisiuni; ridică rețetele lunar. Dietă respectată parțial. G 92 kg, stabil.
Conduită: se întărește educația terapeutică; continuă metformin 1000 mg x2 și gliclazidă MR 60 mg. Control în 3 luni.
Dr. Nistor Ioana
""", diab, c.ref("Encounter", "enc-2"))
    note(c, "doc-1117", "scrisoare", "2026-11-17 10:30", """
SCRISOARE MEDICALĂ – Ambulatoriu Diabet, 17.11.2026
Pacient 63 ani cu DZ tip 2 din 2019, tratat cu metformin 2000 mg/zi (din 2019) și gliclazidă MR 60 mg/zi (din 02.2023), cu aderență verificată (rețete ridicate lunar, jurnal de automonitorizare adus la consult).
Evoluția HbA1c: 7,2% (02.2026) → 7,9% (05.2026) → 8,5% (08.2026) → 9,3% (11.2026). Glicemii à jeun 180-210 mg/dL. Greutate stabilă (92 kg), fără corticoterapie, fără infecții intercurente.
Concluzie: dezechilibru glicemic progresiv sub tratament oral dublu, urmat corect.
Recomandări: intensificarea tratamentului – se propune insulină bazală sau agonist GLP-1 (dosar pentru aprobare CNAS). Control în 4 săptămâni.
Dr. Nistor Ioana, medic primar diabet, nutriție și boli metabolice
""", diab, e_last)
    return c


# =====================================================================================
def a08(c):
    """Six active chronic conditions followed by five specialties."""
    hosp = setup(c, "Nedelcu", ["Constantin"], "male", "1950-01-14", "1500114384772", "Str. Republicii nr. 102",
                 ("mi", "card", "nefro", "pneumo", "diab"), category=("pensionar", "Pensionar"), phone="+40 250 735 419",
                 cov_start="1975-01-01")
    mi, card, nef, pn, diab = P(c, "mi"), P(c, "card"), P(c, "nefro"), P(c, "pneumo"), P(c, "diab")
    dm = c.condition("cond-dz2", icd_sct("E11.9", "Diabet zaharat tip 2 fără complicații", "44054006", "Diabetes mellitus type 2"),
                     onset="2009", recorded="2009-03-02", asserter=diab)
    bcr = c.condition("cond-bcr", icd_sct("N18.3", "Boală cronică de rinichi, stadiul 3", "709044004", "Chronic kidney disease"),
                      onset="2018", recorded="2018-06-11", asserter=nef, stage=cc(text="G3b A2"))
    ic = c.condition("cond-ic", icd_sct("I50.0", "Insuficiență cardiacă congestivă", "84114007", "Heart failure"), onset="2020",
                     recorded="2020-09-15", asserter=card, note="Cardiomiopatie ischemică, FEVS 35%, NYHA II.")
    fa = c.condition("cond-fa", icd_sct("I48", "Fibrilație și flutter atrial", "49436004", "Atrial fibrillation"), onset="2020",
                     recorded="2020-09-15", asserter=card, note="FA permanentă, CHA2DS2-VASc 5.")
    bpoc = c.condition("cond-bpoc", icd_sct("J44.9", "Boală pulmonară obstructivă cronică, nespecificată", "13645005", "Chronic obstructive lung disease"),
                       onset="2016", recorded="2016-04-20", asserter=pn, note="GOLD 2, grup B.")
    guta = c.condition("cond-guta", icd_sct("M10.07", "Gută idiopatică, gleznă și picior", "90560007", "Gout"), onset="2015",
                       recorded="2015-10-02", note="Ultimul puseu 03.2025; sub alopurinol.")
    encs = [("enc-card", "2026-06-16", card, "Control cardiologic"), ("enc-nefro", "2026-08-18", nef, "Control nefrologic"),
            ("enc-pneumo", "2026-09-22", pn, "Control pneumologic"), ("enc-mi", "2026-11-17", mi, "Evaluare medicină internă")]
    for key, d, pr, label in encs:
        c.encounter(key, "AMB", f"{d} 09:00", f"{d} 09:40", typ=ctype("AMB"), pract=pr, provider=hosp, reason=txt(label))
    c.labs("lab-06", "2026-06-16 08:00", [("ntprobnp", 1450), ("creat", 1.62), ("egfr", 42), ("k", 4.8)],
           enc=c.ref("Encounter", "enc-card"), performer=hosp)
    c.labs("lab-08", "2026-08-18 08:00", [("creat", 1.66), ("egfr", 41), ("uacr", 120), ("hba1c", 7.1), ("uric", 6.1)],
           enc=c.ref("Encounter", "enc-nefro"), performer=hosp)
    c.labs("lab-11", "2026-11-17 08:00", [("creat", 1.64), ("egfr", 41), ("ntprobnp", 1380), ("hba1c", 7.0), ("hb_m", 12.9),
                                           ("k", 4.9)], enc=c.ref("Encounter", "enc-mi"), performer=hosp, report="Bilanț 17.11.2026")
    c.vitals("v-11", "2026-11-17 09:05", bp=(128, 74), hr=78, spo2=94, weight=86, enc=c.ref("Encounter", "enc-mi"))
    meds = [("ms-bisop", "C07AB07", "bisoprolol", "Bisoprolol 5 mg", "1 cp/zi", ic),
            ("ms-sacval", "C09DX04", "valsartan and sacubitril", "Sacubitril/valsartan 49/51 mg", "1 cp x2/zi", ic),
            ("ms-spiro", "C03DA01", "spironolactone", "Spironolactonă 25 mg", "1 cp/zi", ic),
            ("ms-furo", "C03CA01", "furosemide", "Furosemid 40 mg", "1 cp dimineața", ic),
            ("ms-apix", "B01AF02", "apixaban", "Apixaban 2,5 mg", "1 cp x2/zi", fa),
            ("ms-dapa", "A10BK01", "dapagliflozin", "Dapagliflozin 10 mg", "1 cp/zi", dm),
            ("ms-lina", "A10BH05", "linagliptin", "Linagliptin 5 mg", "1 cp/zi", dm),
            ("ms-tio", "R03AL06", "olodaterol and tiotropium bromide", "Tiotropium/olodaterol 2,5/2,5 µg", "2 pufuri/zi", bpoc),
            ("ms-alop", "M04AA01", "allopurinol", "Alopurinol 100 mg", "1 cp/zi", guta)]
    for key, atc, inn, text, dose, reason in meds:
        c.med_statement(key, med(atc, inn, text), "active", start="2024-01", dosage=dose, reason_ref=reason, asserted="2026-11-17")
    c.impression("ci-mi", "2026-11-17 09:35",
                 "Pacient vârstnic cu polipatologie cronică activă: DZ tip 2, BCR stadiul 3b, insuficiență cardiacă cu FEVS redusă, FA permanentă, BPOC GOLD 2, gută. Polimedicație (≥ 9 medicamente). Parametri stabili în ultimele 6 luni. Necesită coordonarea îngrijirilor între cardiologie, nefrologie, pneumologie, diabet și reumatologie.",
                 assessor=mi, enc=c.ref("Encounter", "enc-mi"), problems=[dm, bcr, ic, fa, bpoc, guta])
    note(c, "doc-mi", "scrisoare", "2026-11-17 09:40", """
SCRISOARE MEDICALĂ – Ambulatoriu Medicină Internă, 17.11.2026
Pacient 76 ani, pensionar, cu:
1. Insuficiență cardiacă cu FEVS redusă (35%), cardiomiopatie ischemică, NYHA II – urmărit Cardiologie (06.2026).
2. Fibrilație atrială permanentă, anticoagulat cu apixaban.
3. Boală cronică de rinichi stadiul 3b (eRFG 41, RAC 120 mg/g) – urmărit Nefrologie (08.2026).
4. Diabet zaharat tip 2, HbA1c 7,0% – urmărit Diabetologie.
5. BPOC GOLD 2 – urmărit Pneumologie (09.2026), fără exacerbări în ultimul an.
6. Gută idiopatică, fără pusee din 03.2025.
Stare actuală stabilă: TA 128/74, AV 78/min, SpO2 94%, G 86 kg (stabilă). NT-proBNP 1380 pg/mL (1450 în iunie).
Polimedicație – s-a efectuat reconcilierea tratamentului. Fără interacțiuni majore.
Recomandări: continuă schema; coordonare interdisciplinară; control MI la 6 luni.
Dr. Ionescu Mihaela, medic primar medicină internă
""", mi, c.ref("Encounter", "enc-mi"))
    return c


# =====================================================================================
def a09(c):
    """Chronic diarrhoea and tiredness for months; coeliac serology and biopsy explain them; improving."""
    hosp = setup(c, "Toma", ["Ioana"], "female", "1993-05-08", "2930508384339", "Aleea Castanilor nr. 4, ap. 9",
                 ("mi", "gastro", "ap"), category=("salariat", "Salariat"), phone="+40 733 560 214", cov_start="2015-09-01")
    mi, ge, ap = P(c, "mi"), P(c, "gastro"), P(c, "ap")
    diar = cc((SCT, "62315008", "Diarrhea"), text="Diaree cronică, balonare")
    e1 = c.encounter("enc-mi1", "AMB", "2026-07-14 10:00", "2026-07-14 10:40", typ=ctype("AMB"), pract=mi, provider=hosp, reason=diar)
    cdiar = c.condition("cond-diaree", icd("R19.7", "Diaree, nespecificată"), onset="2026-05", recorded="2026-07-14",
                        clinical="resolved", abate="2026-11-24", asserter=mi,
                        note="Simptom – etiologie clarificată ulterior (boală celiacă, 10.2026).")
    c.labs("lab-mi1", "2026-07-14 08:00", [("hb", 12.3), ("crp", 2.0), ("tsh", 2.6), ("ferritin_f", 21)], enc=e1, performer=hosp)
    c.observation("copro", cc((LAB_SYS, "MIC-COPRO", "Coprocultură"), text="Coprocultură și examen coproparazitologic"),
                  "2026-07-14 08:00", "Negativ (Salmonella, Shigella, Campylobacter; fără paraziți)", interp="N", enc=e1)
    c.med_request("rx-smecta", cc(text="Diosmectită 3 g plicuri"), "2026-07-14 10:35", "1 plic de 3 ori pe zi, 7 zile",
                  requester=mi, enc=e1, category="outpatient", status="completed")
    e2 = c.encounter("enc-mi2", "AMB", "2026-08-25 10:00", "2026-08-25 10:30", typ=ctype("AMB"), pract=mi, provider=hosp, reason=diar)
    c.report("eco-abd", cc((PROC, "IMG-ECO-ABD", "Ecografie abdominală"), text="Ecografie abdominală"), "2026-08-25 10:10",
             conclusion="Ficat, căi biliare, pancreas, splină și rinichi cu aspect ecografic normal. Anse intestinale cu conținut lichidian crescut.",
             cat=cc((V20074, "RAD", "Radiology")), enc=e2, performer=mi)
    c.observation("simpt-2", cc((LOINC, "75325-1", "Symptom"), text="Simptom"), "2026-08-25 10:05",
                  cc((SCT, "84229001", "Fatigue"), text="Oboseală, balonare postprandială, 3-4 scaune moi/zi"), cat="exam", enc=e2)
    e3 = c.encounter("enc-ge", "AMB", "2026-09-22 09:00", "2026-09-22 09:45", typ=ctype("AMB"), pract=ge, provider=hosp, reason=diar)
    c.lab("ttg", "ttg", "2026-09-22 08:00", 142, enc=e3)
    c.observation("iga", cc((LOINC, "2458-8", "IgA [Mass/volume] in Serum or Plasma"), text="IgA seric total"), "2026-09-22 08:00",
                  qty(2.1, "g/L"), unit="g/L", low=0.7, high=4.0, interp="N", enc=e3)
    egd = c.procedure("egd", proc("GE-EGD-BIOP", "Esofagogastroduodenoscopie cu biopsii duodenale"), performed="2026-10-06 09:30",
                      performer=ge, reason=[diar], outcome=txt("Aspect festonat al pliurilor duodenale, 4 biopsii D2 + 2 bulb."))
    c.report("ap-duoden", cc((LOINC, "11526-1", "Pathology study"), text="Examen histopatologic biopsii duodenale"), "2026-10-13",
             conclusion="Atrofie vilozitară subtotală, hiperplazie criptică, limfocite intraepiteliale > 40/100 enterocite: aspect compatibil cu boală celiacă, Marsh-Oberhuber 3b.",
             cat=cc((V20074, "SP", "Surgical Pathology")), performer=ap)
    cel = c.condition("cond-celiac", icd_sct("K90.0", "Boală celiacă", "396331005", "Celiac disease"), onset="2026-10-13",
                      recorded="2026-10-13", asserter=ge)
    e4 = c.encounter("enc-ge2", "AMB", "2026-10-20 09:00", "2026-10-20 09:30", typ=ctype("AMB"), pract=ge, provider=hosp,
                     reason=cc((SCT, "396331005", "Celiac disease")))
    c.careplan("cp-dieta", "Dietă strictă fără gluten", "active", "plan", cc((SCT, "182922004", "Dietary regime"), text="Regim alimentar"),
               "2026-10-20", addresses=[cel], author=ge,
               description="Dietă fără gluten pe viață; consiliere nutrițională; anticorpi anti-tTG de control la 6 luni.")
    note(c, "doc-ge2", "scrisoare", "2026-10-20 09:30", """
SCRISOARE MEDICALĂ – Ambulatoriu Gastroenterologie, 20.10.2026
Pacientă 33 ani cu diaree cronică, balonare și oboseală din 05.2026 (consultații MI 14.07 și 25.08.2026, coprocultură, ecografie normale).
Anti-tTG IgA 142 U/mL (IgA total normal). EDS 06.10.2026 cu biopsii duodenale: atrofie vilozitară Marsh 3b.
Diagnostic: Boală celiacă (K90.0).
Tratament: dietă strictă fără gluten, consiliere nutrițională. Control clinic la 4-6 săptămâni, anti-tTG la 6 luni.
Dr. Marinescu Elena, medic primar gastroenterologie
""", ge, e4)
    e5 = c.encounter("enc-ge3", "AMB", "2026-11-24 09:00", "2026-11-24 09:20", typ=ctype("AMB"), pract=ge, provider=hosp,
                     reason=cc((SCT, "396331005", "Celiac disease"), text="Control boală celiacă"))
    c.observation("wt-5", cc((LOINC, "29463-7", "Body weight"), text="Greutate"), "2026-11-24 09:05", qty(57.5, "kg"),
                  cat="vital-signs", enc=e5)
    c.impression("ci-ge3", "2026-11-24 09:15",
                 "Boală celiacă diagnosticată 10.2026; după 5 săptămâni de dietă fără gluten: 1-2 scaune formate/zi, balonare minimă, energie îmbunătățită, +1,5 kg. Simptomele care au motivat investigațiile sunt explicate de boala celiacă și sunt în remisie.",
                 assessor=ge, enc=e5, problems=[cel])
    note(c, "doc-ge3", "scrisoare", "2026-11-24 09:20", """
Control gastroenterologie 24.11.2026. Dietă fără gluten respectată. Tranzit normalizat (1-2 scaune formate/zi), balonare rară, oboseala mult ameliorată. G 57,5 kg (+1,5 kg).
Concluzie: boală celiacă în curs de remisie clinică sub dietă. Continuă dieta; anti-tTG de control în 04.2027.
Dr. Marinescu Elena
""", ge, e5)
    return c


# =====================================================================================
def a10(c):
    """Seropositive rheumatoid arthritis improving on weekly low-dose methotrexate."""
    hosp = setup(c, "Barbu", ["Daniela"], "female", "1971-10-11", "2711011384590", "Str. Dealului nr. 27",
                 ("reum", "mf"), category=("salariat", "Salariat"), phone="+40 727 883 041", cov_start="1995-01-01")
    reu, mf = P(c, "reum"), P(c, "mf")
    ra = c.condition("cond-pr", icd_sct("M05.8", "Alte forme de poliartrită reumatoidă seropozitivă", "69896004", "Rheumatoid arthritis"),
                     onset="2026-03", recorded="2026-06-09", asserter=reu)
    c.condition("cond-hta", icd("I10", "Hipertensiune esențială (primară)"), onset="2020", recorded="2026-06-09")
    e1 = c.encounter("enc-reu1", "AMB", "2026-06-09 11:00", "2026-06-09 11:50", typ=ctype("AMB"), pract=reu, provider=hosp,
                     reason=cc((SCT, "57676002", "Joint pain"), text="Poliartralgii de tip inflamator, redoare matinală 2 ore"))
    c.labs("lab-1", "2026-06-09 08:00", [("esr", 48), ("crp", 22.0), ("rf", 86), ("alt", 21), ("creat", 0.7), ("hb", 12.4)],
           enc=e1, performer=hosp, report="Bilanț reumatologic 09.06.2026")
    c.observation("accp", cc((LOINC, "32218-0", "Cyclic citrullinated peptide Ab [Units/volume] in Serum by Immunoassay"), text="Anticorpi anti-CCP"),
                  "2026-06-09 08:00", qty(210, "U/mL"), unit="U/mL", high=17, interp="H", enc=e1)
    das = [("2026-06-09", 5.1, 1.25, e1)]
    e2 = c.encounter("enc-reu2", "AMB", "2026-09-08 11:00", "2026-09-08 11:30", typ=ctype("AMB"), pract=reu, provider=hosp,
                     reason=cc((SCT, "69896004", "Rheumatoid arthritis"), text="Control poliartrită reumatoidă"))
    e3 = c.encounter("enc-reu3", "AMB", "2026-11-24 11:00", "2026-11-24 11:30", typ=ctype("AMB"), pract=reu, provider=hosp,
                     reason=cc((SCT, "69896004", "Rheumatoid arthritis"), text="Control poliartrită reumatoidă"))
    das += [("2026-09-08", 3.9, 1.0, e2), ("2026-11-24", 3.1, 0.875, e3)]
    for i, (d, score, haq, e) in enumerate(das, 1):
        c.observation(f"das-{i}", cc((LAB_SYS, "SCOR-DAS28CRP", "DAS28-CRP"), text="Scor de activitate DAS28-CRP"), f"{d} 11:20",
                      qty(score, "score"), cat="survey", enc=e, performer=reu)
        c.observation(f"haq-{i}", cc((LAB_SYS, "SCOR-HAQDI", "HAQ-DI"), text="Health Assessment Questionnaire – indice de dizabilitate"),
                      f"{d} 11:10", qty(haq, "score"), cat="survey", enc=e)
    c.labs("lab-2", "2026-09-08 08:00", [("alt", 28), ("wbc", 6.1), ("crp", 9.0)], enc=e2, performer=hosp)
    c.labs("lab-3", "2026-11-24 08:00", [("alt", 25), ("wbc", 5.8), ("crp", 4.1), ("creat", 0.72)], enc=e3, performer=hosp)
    mtx = med("L04AX03", "methotrexate", "Metotrexat 2,5 mg comprimate")
    c.med_request("rx-mtx1", mtx, "2026-06-09 11:45", "15 mg (6 comprimate) o dată pe săptămână, în aceeași zi (luni)",
                  status="stopped", requester=reu, enc=e1, reason_ref=ra, category="outpatient", course="continuous",
                  note="Înlocuită la 08.09.2026 de doza de 20 mg/săptămână.")
    c.med_request("rx-mtx2", mtx, "2026-09-08 11:25", "20 mg (8 comprimate) o dată pe săptămână (luni)", requester=reu, enc=e2,
                  reason_ref=ra, category="outpatient", course="continuous")
    c.med_request("rx-folic", med("B03BB01", "folic acid", "Acid folic 5 mg comprimate"), "2026-06-09 11:45",
                  "5 mg o dată pe săptămână, marți (la 24 h după metotrexat)", requester=reu, enc=e1, category="outpatient",
                  course="continuous")
    c.med_request("rx-pred", med("H02AB06", "prednisolone", "Prednisolon 5 mg comprimate"), "2026-06-09 11:45",
                  "10 mg/zi 4 săptămâni, apoi scădere cu 2,5 mg la 2 săptămâni până la oprire", status="completed",
                  requester=reu, enc=e1, category="outpatient")
    note(c, "doc-reu1", "scrisoare", "2026-06-09 11:50", """
SCRISOARE MEDICALĂ – Ambulatoriu Reumatologie, 09.06.2026
Pacientă 55 ani cu poliartrită simetrică a articulațiilor MCF, IFP și pumnilor, redoare matinală 2 ore, din 03.2026.
FR 86 UI/mL, anti-CCP 210 U/mL, VSH 48 mm/h, PCR 22 mg/L. DAS28-CRP 5,1 (activitate înaltă). Radiografii mâini: fără eroziuni.
Diagnostic: Poliartrită reumatoidă seropozitivă (M05.8).
Tratament: metotrexat 15 mg o dată pe săptămână + acid folic 5 mg/săptămână; prednisolon 10 mg/zi în scădere progresivă (terapie de punte).
Monitorizare: hemoleucogramă, TGP, creatinină la 4-6 săptămâni, apoi la 3 luni.
Dr. Lungu Cristina, medic primar reumatologie
""", reu, e1)
    note(c, "doc-reu3", "scrisoare", "2026-11-24 11:30", """
Control reumatologie 24.11.2026. Sub metotrexat 20 mg/săptămână (din 09.2026) + acid folic, bine tolerat (greață ușoară în ziua administrării). Prednisolonul a fost oprit în 08.2026.
DAS28-CRP 3,1 (de la 5,1 în iunie și 3,9 în septembrie), HAQ-DI 0,875. TGP, hemoleucogramă, creatinină normale.
Concluzie: răspuns bun la tratament, activitate scăzută a bolii. Se continuă aceeași schemă; țintă remisie. Control în 3 luni.
Dr. Lungu Cristina
""", reu, e3)
    return c


CASES = [
    dict(fn=a01, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive", expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Palpitations and dizziness recorded on four dates from 7 Sep to 23 Nov 2026 (11 weeks), with ECG x2, troponin, echocardiogram, Holter, blood count, thyroid and iron studies all normal, and no diagnosis that explains them.",
         summary="Romania: 38-year-old teacher, palpitations/dizziness, two ED visits, cardiology and internal medicine, every examination normal, told nothing is wrong."),
    dict(fn=a02, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="Irritable bowel syndrome (K58.0) has been the active label for 13 months while diarrhoea continues and red flags it cannot explain appear (nocturnal diarrhoea, 7 kg weight loss, falling haemoglobin, CRP 41, faecal calprotectin 620); the label is simply continued.",
         summary="Romania: 47-year-old man labelled IBS since 2025; now nocturnal diarrhoea, weight loss, anaemia, high calprotectin, label kept."),
    dict(fn=a03, target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
         why="An active ServiceRequest orders L4-L5 decompression with TLIF instrumented fusion for 19 Jan 2027; not yet performed.",
         summary="Romania: 58-year-old man with degenerative spondylolisthesis and L5 radiculopathy; lumbar fusion booked for January 2027."),
    dict(fn=a04, target="RARE_OR_COMPLEX_CONDITION", kind="near-miss", expected=[],
         why="Seven conditions are listed but only four are active chronic ones (type 2 diabetes, hypertension, hypercholesterolaemia, knee osteoarthritis); pneumonia, gallstones and UTI are resolved, so the complexity threshold is not reached and nothing is rare.",
         summary="Romania: 72-year-old woman, diabetes review; long problem list but three entries are resolved acute episodes."),
    dict(fn=a05, target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="Adjuvant CAPOX chemotherapy (oxaliplatin + capecitabine, 8 cycles) is planned to start 8 Dec 2026 (CarePlan and MedicationRequests with intent plan) after right hemicolectomy for stage IIIB colon cancer.",
         summary="Romania: 64-year-old man, stage III colon cancer operated in October; tumour board plans six months of CAPOX."),
    dict(fn=a06, target="PATIENT_REPORTED_CONCERN", kind="near-miss", expected=[],
         why="The patient-experience questionnaire asks explicitly about a second opinion and the patient answered 'Nu' (No), and 'Da' to being listened to; he recovered fully from the pneumonia.",
         summary="Romania: 69-year-old man with COPD admitted for lobar pneumonia, recovered; discharge feedback form declines a second opinion."),
    dict(fn=a07, target="WORSENING_DESPITE_TREATMENT", kind="positive", expected=["WORSENING_DESPITE_TREATMENT"],
         why="HbA1c rose 7.2 -> 7.9 -> 8.5 -> 9.3 % from Feb to Nov 2026 (+2.1 points, MCID about 0.5) while metformin (since 2019) and gliclazide (since 2023) were active and adherence documented.",
         summary="Romania: 63-year-old man with type 2 diabetes, four quarterly HbA1c values rising on dual oral therapy."),
    dict(fn=a08, target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Six active chronic conditions (type 2 diabetes, CKD 3b, HFrEF, permanent AF, COPD, gout) managed by five specialties (diabetology, nephrology, cardiology, pulmonology, rheumatology/internal medicine).",
         summary="Romania: 76-year-old man with multimorbidity and polypharmacy, stable, seen by four specialist clinics and internal medicine."),
    dict(fn=a09, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
         why="Diarrhoea and fatigue were recorded on several dates over more than 8 weeks, but anti-tTG serology and duodenal biopsy (Marsh 3b) established coeliac disease, which explains them, and she is improving on a gluten-free diet.",
         summary="Romania: 33-year-old woman with months of diarrhoea; initial work-up normal, then coeliac disease diagnosed and treated."),
    dict(fn=a10, target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="Methotrexate here is a weekly low-dose DMARD for rheumatoid arthritis, not cytotoxic chemotherapy; it is well tolerated and disease activity and HAQ-DI are improving.",
         summary="Romania: 55-year-old woman with new seropositive RA on weekly methotrexate 15 -> 20 mg, DAS28 5.1 -> 3.1."),
]
