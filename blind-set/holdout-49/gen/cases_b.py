"""Cases from the Polish university hospital (USK im. prof. Adama Wierzbickiego).

ICD-10 with Polish displays, ICD-9-PL procedures, notes and questionnaires in Polish, laboratory results
with the hospital LIS's local codes only, ATC-coded medicines.
"""
from fhirkit import (Case, cc, coding, txt, sct, icd10, icd9pl, atc, comp, qi, ORGS)

P = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
D = "DIAGNOSIS_SYMPTOM_MISMATCH"
M = "MAJOR_PROCEDURE_PLANNED"
U = "UNTREATABLE_PROGNOSIS"
H = "HIGH_IMPACT_TREATMENT"
C = "PATIENT_REPORTED_CONCERN"
W = "WORSENING_DESPITE_TREATMENT"
R = "RARE_OR_COMPLEX_CONDITION"

LIS = ORGS["pl"]["local"]
LOCBASE = "https://ehr.usk-wierzbicki.example.pl/fhir/CodeSystem/"
DOCS = LOCBASE + "typy-dokumentow"
PESEL = "urn:oid:2.16.840.1.113883.3.4424.1.1.616"

PORADA = cc(coding(DOCS, "PORADA", "Porada ambulatoryjna"), text="Porada ambulatoryjna")
KARTA = cc(coding(DOCS, "KARTA-INF", "Karta informacyjna leczenia szpitalnego"),
           text="Karta informacyjna leczenia szpitalnego")
KONS = cc(coding(DOCS, "KONSULTACJA", "Konsultacja specjalistyczna"), text="Konsultacja")
OPIS = cc(coding(DOCS, "OPIS-BAD", "Opis badania obrazowego"), text="Opis badania")
SKIER = cc(coding(DOCS, "SKIEROWANIE", "Skierowanie"), text="Skierowanie")

# local LIS catalogue: code -> (name, unit, ucum, low, high)
LABS = {
    "HGB": ("Hemoglobina", "g/dL", "g/dL", 12.0, 16.0),
    "HGB-M": ("Hemoglobina", "g/dL", "g/dL", 13.5, 17.5),
    "WBC": ("Leukocyty", "tys/µl", "10*3/uL", 4.0, 10.0),
    "PLT": ("Płytki krwi", "tys/µl", "10*3/uL", 150, 400),
    "MCV": ("MCV", "fl", "fL", 80, 100),
    "OB": ("Odczyn Biernackiego", "mm/h", "mm/h", 0, 30),
    "CRP": ("Białko C-reaktywne", "mg/l", "mg/L", 0, 5),
    "GLU": ("Glukoza na czczo", "mg/dl", "mg/dL", 70, 99),
    "HBA1C": ("Hemoglobina glikowana HbA1c", "%", "%", 4.0, 5.6),
    "KREA": ("Kreatynina", "mg/dl", "mg/dL", 0.6, 1.2),
    "EGFR": ("eGFR (CKD-EPI)", "ml/min/1,73m2", "mL/min/{1.73_m2}", 60, None),
    "TSH": ("TSH", "µIU/ml", "u[IU]/mL", 0.27, 4.2),
    "FT4": ("FT4", "ng/dl", "ng/dL", 0.93, 1.7),
    "K": ("Potas", "mmol/l", "mmol/L", 3.5, 5.1),
    "NA": ("Sód", "mmol/l", "mmol/L", 135, 145),
    "FERR": ("Ferrytyna", "ng/ml", "ng/mL", 15, 150),
    "FERR-M": ("Ferrytyna", "ng/ml", "ng/mL", 30, 400),
    "B12": ("Witamina B12", "pg/ml", "pg/mL", 197, 771),
    "CK": ("Kinaza kreatynowa (CK)", "U/l", "U/L", 26, 140),
    "NTPROBNP": ("NT-proBNP", "pg/ml", "pg/mL", None, 450),
    "CA": ("Wapń całkowity", "mmol/l", "mmol/L", 2.15, 2.55),
    "CEA": ("Antygen karcynoembrionalny CEA", "ng/ml", "ng/mL", None, 5.0),
    "MPROT": ("Białko monoklonalne (elektroforeza)", "g/l", "g/L", None, None),
    "BTOT": ("Białko całkowite", "g/dl", "g/dL", 6.4, 8.3),
    "FLCR": ("Stosunek łańcuchów lekkich kappa/lambda", "1", "1", 0.26, 1.65),
    "PTH": ("Parathormon", "pg/ml", "pg/mL", 15, 65),
    "MOCZNIK": ("Mocznik", "mg/dl", "mg/dL", 17, 43),
    "TSAT": ("Wysycenie transferyny", "%", "%", 20, 50),
    "LDL": ("Cholesterol LDL", "mg/dl", "mg/dL", None, 115),
    "ALB": ("Albumina", "g/dl", "g/dL", 3.5, 5.2),
    "RF": ("Czynnik reumatoidalny", "IU/ml", "[IU]/mL", None, 14),
    "ACCP": ("Przeciwciała anty-CCP", "U/ml", "U/mL", None, 17),
}


def L(c, code, date, value, **kw):
    name, unit, ucum, low, high = LABS[code]
    return c.lab(cc(coding(LIS, code.split("-")[0] if code in ("HGB-M", "FERR-M") else code, name), text=name),
                 date, value, ucum, ucum, low=low, high=high, **kw)


def base(c, pesel, oddzial="07"):
    nfz = c.organization(f"Narodowy Fundusz Zdrowia - Lubelski Oddział Wojewódzki", type_code="pay",
                         ident=("urn:oid:2.16.840.1.113883.3.4424.2.4.1", oddzial))
    c.coverage(nfz, cc(coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"),
                       text="Ubezpieczenie zdrowotne NFZ"), pesel, "2020-01-01")
    return nfz


def symptom(c, date, code, disp, text, enc, note=None):
    return c.obs(cc(coding("http://snomed.info/sct", code, disp), text=text), date,
                 c=sct("52101004", "Present", text="obecne"), cat="exam", enc=enc, note=note, time="10:00")


# ------------------------------------------------------------------------------------------------ 1
def pl_dizziness(cid):
    c = Case(cid, "pl", P, "positive", [P],
             "Dizziness recorded at five visits over five months (May-October 2026) with a complete normal workup "
             "(bloods, ECG, Holter, brain MRI, audiometry/VNG, carotid Doppler) and no explaining diagnosis; the "
             "patient was told nothing serious is wrong.",
             "Five months of dizziness, all examinations normal, no diagnosis, reassured and discharged to observation")
    c.patient(["Anna"], "Kowalczyk-Wróbel", "female", "1979-02-11", extra_ident=(PESEL, "79021112345"))
    base(c, "79021112345")
    neu = c.practitioner("Tomasz", "Sikora", "Specjalista neurologii", prefix="lek.")
    ent = c.practitioner("Joanna", "Pietrzak", "Specjalista otorynolaryngologii", prefix="dr n. med.")
    kar = c.practitioner("Paweł", "Michalski", "Specjalista kardiologii", prefix="lek.")
    dz = c.condition(icd10("R42", "Zawroty głowy i odurzenie"), onset="2026-05-02", recorder=neu,
                     recorded="2026-05-12", note="Niesystemowe zawroty głowy, codzienne, nasilane w pozycji stojącej.")
    c.condition(icd10("J30.4", "Alergiczny nieżyt nosa, nieokreślony"), onset="2005-01-01", recorder=ent)
    visits = [
        ("2026-05-12", neu, "Poradnia Neurologiczna", "Zawroty głowy od 10 dni, niesystemowe, bez utraty "
         "przytomności. Badanie neurologiczne bez objawów ogniskowych. Zlecono badania laboratoryjne i MRI głowy."),
        ("2026-06-30", neu, "Poradnia Neurologiczna", "Zawroty utrzymują się codziennie. MRI głowy i badania "
         "krwi prawidłowe. Włączono betahistynę na próbę. Skierowanie do laryngologa i kardiologa."),
        ("2026-08-25", ent, "Poradnia Otolaryngologiczna", "Audiogram i wideonystagmografia prawidłowe, próby "
         "położeniowe (Dix-Hallpike) ujemne. Brak cech uszkodzenia błędnika. Nie stwierdzono przyczyny "
         "laryngologicznej."),
        ("2026-09-22", kar, "Poradnia Kardiologiczna", "EKG i Holter 24 h prawidłowe, pomiary ortostatyczne bez "
         "spadku ciśnienia. Bez przyczyny kardiologicznej."),
        ("2026-10-20", neu, "Poradnia Neurologiczna", "Zawroty głowy trwają 5,5 miesiąca, bez poprawy po "
         "betahistynie. Wszystkie wykonane badania prawidłowe. Poinformowano pacjentkę, że nie stwierdza się "
         "poważnej choroby; zalecono obserwację. Pacjentka zgłasza, że objawy utrudniają jej pracę."),
    ]
    encs = []
    for d, pr, clinic, t in visits:
        e = c.encounter(d, "AMB", type_=txt(clinic), pract=pr, reason=[icd10("R42", "Zawroty głowy i odurzenie")],
                        diagnosis=[dz])
        encs.append(e)
        symptom(c, d, "404640003", "Dizziness", "Zawroty głowy", e)
        c.note(d, f"{clinic.upper()} - PORADA\n{t}", PORADA, title="Porada ambulatoryjna", author=pr, enc=e)
    res = [L(c, "HGB", "2026-05-14", 13.8), L(c, "WBC", "2026-05-14", 6.2), L(c, "GLU", "2026-05-14", 88),
           L(c, "TSH", "2026-05-14", 1.7), L(c, "B12", "2026-05-14", 420), L(c, "NA", "2026-05-14", 140),
           L(c, "K", "2026-05-14", 4.3)]
    c.report(cc(coding(LIS, "PAKIET-NEURO", "Pakiet badań - zawroty głowy"), text="Badania laboratoryjne"),
             "2026-05-14", res, conclusion="Wszystkie wyniki w granicach normy.")
    c.report(cc(coding(LOCBASE + "pracownie", "MR-GLOWA", "MR głowy bez i z kontrastem"), text="MR głowy"),
             "2026-06-10", category="NMR", conclusion="Badanie MR głowy bez zmian ogniskowych. Kąty mostowo-móżdżkowe "
             "i przewody słuchowe wewnętrzne prawidłowe.")
    c.report(cc(coding(LOCBASE + "pracownie", "HOLTER", "Holter EKG 24 h"), text="Holter EKG"), "2026-09-15",
             category="EC", conclusion="Rytm zatokowy 58-124/min, bez istotnych zaburzeń rytmu i przewodzenia.")
    c.report(cc(coding(LOCBASE + "pracownie", "USG-TS", "USG Doppler tętnic szyjnych i kręgowych"),
                text="USG Doppler tętnic szyjnych"), "2026-09-18", category="US",
             conclusion="Tętnice szyjne i kręgowe bez zwężeń, przepływy prawidłowe.")
    c.obs(cc(coding(LOCBASE + "pracownie", "AUDIO", "Audiometria tonalna"), text="Audiometria tonalna"),
          "2026-08-25", s="Słuch obustronnie w normie", interp="N", cat="exam", enc=encs[2])
    c.vitals("2026-09-22", sys=118, dia=76, hr=70, enc=encs[3])
    c.med_statement(atc("N07CA01", "betahistyna"), "2026-06-30", "24 mg 2 x dziennie", status="active",
                    reason_ref=dz, note="Bez poprawy")
    return c


# ------------------------------------------------------------------------------------------------ 2
def pl_fibromyalgia_pmr(cid):
    c = Case(cid, "pl", D, "positive", [D],
             "Fibromyalgia label (M79.7) active for 15 months while new-onset shoulder and hip-girdle pain with long "
             "morning stiffness continues, with ESR 58-64 mm/h and CRP 31-38 mg/l that fibromyalgia cannot explain "
             "(polymyalgia rheumatica never considered).",
             "Woman of 69 labelled fibromyalgia; girdle pain, morning stiffness and raised ESR/CRP persist")
    c.patient(["Halina"], "Jabłońska", "female", "1957-04-03", extra_ident=(PESEL, "57040398761"))
    base(c, "57040398761")
    bol = c.practitioner("Grzegorz", "Wasilewski", "Specjalista anestezjologii, Poradnia Leczenia Bólu", prefix="lek.")
    poz = c.practitioner("Małgorzata", "Kubiak", "Specjalista medycyny rodzinnej", prefix="lek.")
    fm = c.condition(icd10("M79.7", "Fibromialgia"), onset="2025-08-20", recorder=bol)
    c.condition(icd10("I10", "Samoistne (pierwotne) nadciśnienie"), onset="2012-01-01", recorder=poz)
    visits = [
        ("2025-08-20", "Od 2 miesięcy bóle obu barków i bioder, sztywność poranna ok. 1 godziny, trudność ze "
                       "wstawaniem z krzesła. Rozpoznano fibromialgię. Włączono pregabalinę."),
        ("2026-02-10", "Bez poprawy. Bóle obręczy barkowej i biodrowej, sztywność poranna 90 minut, nie może "
                       "unieść rąk do czesania. Dołączono amitryptylinę. Kontynuacja leczenia fibromialgii."),
        ("2026-06-16", "Utrzymujące się bóle obręczy, spadek masy ciała o 4 kg, stany podgorączkowe wieczorem. "
                       "OB 58 mm/h, CRP 31 mg/l. Zalecono kontynuację leczenia."),
        ("2026-10-13", "Dolegliwości bez zmian, sztywność poranna do 2 godzin. OB 64 mm/h, CRP 38 mg/l, "
                       "Hgb 11,4 g/dl. Rozpoznanie: fibromialgia - kontynuacja pregabaliny i amitryptyliny. "
                       "Kontrola za 4 miesiące."),
    ]
    for d, t in visits:
        e = c.encounter(d, "AMB", type_=txt("Poradnia Leczenia Bólu"), pract=bol, diagnosis=[fm],
                        reason=[txt("Bóle obręczy barkowej i biodrowej")])
        symptom(c, d, "57676002", "Joint pain", "Ból obręczy barkowej i biodrowej", e)
        c.note(d, "PORADNIA LECZENIA BÓLU - PORADA\n" + t, PORADA, title="Porada ambulatoryjna", author=bol, enc=e)
    for d, ob, crp, hgb in [("2026-06-12", 58, 31, 11.9), ("2026-10-09", 64, 38, 11.4)]:
        r = [L(c, "OB", d, ob), L(c, "CRP", d, crp), L(c, "HGB", d, hgb), L(c, "CK", d, 64),
             L(c, "FERR", d, 210)]
        c.report(cc(coding(LIS, "PAKIET-ZAPAL", "Pakiet parametrów zapalnych"), text="Parametry zapalne"), d, r,
                 conclusion="Podwyższone OB i CRP, niedokrwistość normocytowa; CK prawidłowa.")
    L(c, "RF", "2026-06-12", 8)
    L(c, "ACCP", "2026-06-12", 3)
    L(c, "TSH", "2026-06-12", 2.1)
    c.med_statement(atc("N03AX16", "pregabalina"), "2025-08-20", "75 mg 2 x dziennie", reason_ref=fm)
    c.med_statement(atc("N06AA09", "amitryptylina"), "2026-02-10", "10 mg wieczorem", reason_ref=fm)
    c.med_statement(atc("C09AA05", "ramipryl"), "2012-01-01", "5 mg rano")
    c.vitals("2026-10-13", sys=134, dia=82, wt=62.0, temp=37.3)
    return c


# ------------------------------------------------------------------------------------------------ 3
def pl_thyroidectomy(cid):
    c = Case(cid, "pl", M, "positive", [M],
             "Total thyroidectomy (ICD-9-PL 06.4) for a compressive retrosternal multinodular goitre is recorded as "
             "a Procedure in preparation with an admission planned for 13 December 2026.",
             "Compressive multinodular goitre; total thyroidectomy booked for December 2026")
    c.patient(["Elżbieta"], "Nowicka", "female", "1970-11-21", extra_ident=(PESEL, "70112154329"))
    base(c, "70112154329")
    end = c.practitioner("Katarzyna", "Lis", "Specjalista endokrynologii", prefix="dr n. med.")
    chir = c.practitioner("Andrzej", "Kołodziej", "Specjalista chirurgii ogólnej i endokrynnej", prefix="dr hab. n. med.")
    ane = c.practitioner("Marta", "Głowacka", "Specjalista anestezjologii", prefix="lek.")
    goitre = c.condition(icd10("E04.2", "Wole wieloguzkowe nietoksyczne"), onset="2019-05-01", recorder=end,
                         note="Wole zamostkowe z uciskiem na tchawicę; duszność przy wysiłku i dysfagia.")
    c.condition(icd10("I10", "Samoistne (pierwotne) nadciśnienie"), onset="2016-01-01", recorder=end)
    L(c, "TSH", "2026-08-04", 1.3)
    L(c, "FT4", "2026-08-04", 1.2)
    c.report(cc(coding(LOCBASE + "pracownie", "USG-TARCZ", "USG tarczycy"), text="USG tarczycy"), "2026-06-02",
             category="US", conclusion="Tarczyca powiększona, objętość 78 ml, liczne guzki do 42 mm w płacie lewym, "
                                       "schodzi za mostek.")
    c.report(cc(coding(LOCBASE + "pracownie", "BACC", "Biopsja aspiracyjna cienkoigłowa tarczycy"),
                text="BACC tarczycy"), "2026-06-16", category="PAT",
             conclusion="Kategoria II wg Bethesda - zmiana łagodna (guzek koloidowy).")
    c.report(cc(coding(LOCBASE + "pracownie", "TK-SZYJA", "TK szyi i śródpiersia"), text="TK szyi"), "2026-08-20",
             category="CT", conclusion="Wole zamostkowe sięgające do łuku aorty, zwężenie tchawicy do 9 mm.")
    e1 = c.encounter("2026-09-15", "AMB", type_=txt("Poradnia Chirurgii Endokrynnej"), pract=chir,
                     reason=[txt("Kwalifikacja do leczenia operacyjnego wola")], diagnosis=[goitre])
    c.vitals("2026-09-15", sys=136, dia=84, hr=74, wt=79.0, ht=164, enc=e1)
    c.note("2026-09-15",
           "PORADNIA CHIRURGII ENDOKRYNNEJ\nWole guzkowe zamostkowe z objawami uciskowymi (duszność wysiłkowa, "
           "dysfagia). BACC - Bethesda II. TK: zwężenie tchawicy do 9 mm.\nKwalifikacja: całkowite wycięcie "
           "tarczycy (ICD-9-PL 06.4) w znieczuleniu ogólnym, z możliwością dostępu przez sternotomię. Termin "
           "przyjęcia: 13.12.2026, zabieg 14.12.2026. Omówiono ryzyko uszkodzenia nerwów krtaniowych wstecznych i "
           "niedoczynności przytarczyc. Pacjentka wyraziła zgodę.", PORADA, title="Kwalifikacja do zabiegu",
           author=chir, enc=e1)
    c.procedure(icd9pl("06.4", "Wycięcie całkowite tarczycy", text="Całkowite wycięcie tarczycy"),
                status="preparation", reason_ref=goitre, performer=chir,
                note="Planowany termin zabiegu: 14.12.2026 (Klinika Chirurgii Endokrynnej).")
    c.encounter("2026-12-13", "IMP", status="planned", type_=txt("Klinika Chirurgii Endokrynnej - przyjęcie planowe"),
                pract=chir, reason=[txt("Planowe całkowite wycięcie tarczycy")], time="08:00")
    e2 = c.encounter("2026-11-24", "AMB", type_=txt("Poradnia Anestezjologiczna"), pract=ane,
                     reason=[txt("Konsultacja przedoperacyjna")])
    c.note("2026-11-24", "KONSULTACJA ANESTEZJOLOGICZNA\nASA II. Przewidywana trudna intubacja (zwężenie "
                         "tchawicy) - planowana intubacja fiberoskopowa. Zgoda na znieczulenie ogólne podpisana.",
           KONS, title="Konsultacja anestezjologiczna", author=ane, enc=e2)
    e3 = c.encounter("2026-10-08", "AMB", type_=txt("Poradnia Otolaryngologiczna"),
                     reason=[txt("Ocena ruchomości fałdów głosowych przed strumektomią")])
    c.obs(cc(coding(LOCBASE + "pracownie", "LARYNGO", "Laryngoskopia pośrednia"), text="Laryngoskopia"),
          "2026-10-08", s="Fałdy głosowe ruchome symetrycznie, szpara głośni prawidłowa.", interp="N", cat="exam",
          enc=e3)
    c.med_statement(atc("C08CA01", "amlodypina"), "2016-01-01", "5 mg rano")
    L(c, "CA", "2026-11-20", 2.36)
    L(c, "HGB", "2026-11-20", 13.6)
    return c


# ------------------------------------------------------------------------------------------------ 4
def pl_hf_hospice(cid):
    c = Case(cid, "pl", U, "positive", [U],
             "End-stage ischaemic heart failure (EF 15%, NYHA IV) judged ineligible for heart transplant or LVAD with "
             "causal treatment exhausted; an active home-hospice care plan, no second opinion on record.",
             "End-stage heart failure, not eligible for transplant/LVAD, home hospice care plan")
    c.patient(["Stanisław"], "Wiśniewski", "male", "1945-08-17", extra_ident=(PESEL, "45081701234"))
    base(c, "45081701234")
    kar = c.practitioner("Paweł", "Michalski", "Specjalista kardiologii", prefix="dr n. med.")
    pal = c.practitioner("Ewa", "Dudek", "Specjalista medycyny paliatywnej", prefix="lek.")
    hf = c.condition(icd10("I50.0", "Niewydolność serca zastoinowa"), onset="2018-03-01", recorder=kar,
                     severity=txt("NYHA IV"))
    ihd = c.condition(icd10("I25.5", "Kardiomiopatia niedokrwienna"), onset="2016-01-01", recorder=kar)
    c.condition(icd10("I48", "Migotanie i trzepotanie przedsionków"), onset="2019-01-01", recorder=kar)
    c.condition(icd10("E11.9", "Cukrzyca insulinoniezależna bez powikłań"), onset="2010-01-01", recorder=kar)
    e1 = c.encounter("2026-10-05", "IMP", type_=txt("Klinika Kardiologii"), pract=kar, end="2026-10-19",
                     admit="emd", discharge="home", reason=[txt("Zaostrzenie przewlekłej niewydolności serca")],
                     diagnosis=[hf, ihd], time="22:10", end_time="12:00")
    c.vitals("2026-10-05", sys=92, dia=58, hr=104, spo2=88, enc=e1, time="22:20")
    L(c, "NTPROBNP", "2026-10-06", 12400, enc=e1)
    L(c, "KREA", "2026-10-06", 1.5, enc=e1)
    L(c, "NA", "2026-10-06", 131, enc=e1)
    c.report(cc(coding(LOCBASE + "pracownie", "ECHO", "Echokardiografia przezklatkowa"), text="ECHO serca"),
             "2026-10-07", category="CUS", enc=e1,
             conclusion="Lewa komora znacznie poszerzona (LVEDd 74 mm), LVEF 15%, ciężka czynnościowa niedomykalność "
                        "mitralna, TAPSE 11 mm, RVSP 62 mmHg.")
    c.impression("2026-10-16", "Pacjent nie kwalifikuje się do przeszczepienia serca ani do wszczepienia LVAD "
                               "(wiek, krucha budowa, współchorobowość). Wyczerpane możliwości leczenia przyczynowego "
                               "i interwencyjnego; niekwalifikowany do przezcewnikowej naprawy zastawki mitralnej. "
                               "Leczenie objawowe i opieka paliatywna.",
                 assessor=kar, problems=[hf], enc=e1, description="Konsylium kardiologiczne (Heart Team)")
    c.note("2026-10-19",
           "KARTA INFORMACYJNA LECZENIA SZPITALNEGO\nRozpoznanie: Zaostrzenie przewlekłej niewydolności serca "
           "(NYHA IV) w przebiegu kardiomiopatii niedokrwiennej. Migotanie przedsionków utrwalone. Cukrzyca t. 2.\n"
           "Decyzja Heart Team: brak kwalifikacji do transplantacji serca, LVAD i zabiegów przezcewnikowych. "
           "Sakubitryl/walsartan odstawiono z powodu hipotonii.\nZalecenia: skierowanie do hospicjum domowego, "
           "furosemid, bisoprolol, spironolakton, apiksaban. Deaktywacja funkcji defibrylacji ICD omówiona z "
           "pacjentem i rodziną.", KARTA, title="Karta informacyjna", author=kar, enc=e1)
    c.service_request(sct("385763009", "Hospice care", text="Skierowanie do hospicjum domowego"), "2026-10-19",
                      status="completed", intent="order", reason_ref=hf, requester=kar, performer=pal,
                      category=txt("Skierowanie"))
    c.care_plan("Opieka paliatywna - hospicjum domowe", "active", "plan",
                sct("103735009", "Palliative care", text="Opieka paliatywna"), "2026-10-22", author=pal,
                addresses=[hf], description="Leczenie objawowe duszności i obrzęków w domu; bez ponownych "
                                            "hospitalizacji intensywnoterapeutycznych zgodnie z wolą pacjenta.",
                activities=[(txt("Wizyty lekarza hospicjum"), "in-progress", "co tydzień"),
                            (txt("Wizyty pielęgniarskie"), "in-progress", "2 x w tygodniu"),
                            (txt("Tlenoterapia domowa"), "in-progress", None)])
    for code, name, dose in [("C03CA01", "furosemid", "80 mg rano, 40 mg w południe"),
                             ("C07AB07", "bisoprolol", "2,5 mg rano"),
                             ("C03DA01", "spironolakton", "25 mg rano"),
                             ("B01AF02", "apiksaban", "2,5 mg 2 x dziennie")]:
        c.med_statement(atc(code, name), "2026-10-19", dose)
    c.med_statement(atc("C09DX04", "sakubitryl z walsartanem"), "2024-02-01", "24/26 mg 2 x dziennie",
                    status="stopped", end="2026-10-10", status_reason=txt("Hipotonia"))
    return c


# ------------------------------------------------------------------------------------------------ 5
def pl_mgus(cid):
    c = Case(cid, "pl", U, "near-miss", [],
             "The haematology note says 'nie wymaga leczenia' only because low-risk MGUS needs no treatment, just "
             "yearly observation; this is a benign finding, not an untreatable condition.",
             "Incidental low-risk MGUS; 'no treatment required, observation'")
    c.patient(["Krzysztof"], "Zieliński", "male", "1960-01-25", extra_ident=(PESEL, "60012509876"))
    base(c, "60012509876")
    hem = c.practitioner("Agnieszka", "Szymańska", "Specjalista hematologii", prefix="dr n. med.")
    poz = c.practitioner("Małgorzata", "Kubiak", "Specjalista medycyny rodzinnej", prefix="lek.")
    mg = c.condition(icd10("D47.2", "Gammapatia monoklonalna"), onset="2026-07-14", recorder=hem,
                     note="MGUS IgG kappa, niskie ryzyko progresji (Mayo).")
    c.condition(icd10("I10", "Samoistne (pierwotne) nadciśnienie"), onset="2014-01-01", recorder=poz)
    c.condition(icd10("E78.0", "Czysta hipercholesterolemia"), onset="2018-01-01", recorder=poz)
    L(c, "BTOT", "2026-06-20", 8.5)
    r = [L(c, "MPROT", "2026-07-14", 6.0, interp="A"), L(c, "FLCR", "2026-07-14", 1.42),
         L(c, "HGB-M", "2026-07-14", 14.6), L(c, "CA", "2026-07-14", 2.34), L(c, "KREA", "2026-07-14", 0.9)]
    c.report(cc(coding(LIS, "PAKIET-GAMMA", "Diagnostyka gammapatii"), text="Diagnostyka gammapatii"),
             "2026-07-14", r, conclusion="Białko M IgG kappa 6 g/l. Stosunek FLC prawidłowy. Morfologia, wapń i "
                                         "kreatynina w normie.")
    c.report(cc(coding(LOCBASE + "pracownie", "TK-NISKODAWK", "Niskodawkowa TK całego ciała"),
                text="Niskodawkowa TK całego ciała"), "2026-08-03", category="CT",
             conclusion="Bez zmian osteolitycznych.")
    e = c.encounter("2026-08-18", "AMB", type_=txt("Poradnia Hematologiczna"), pract=hem, diagnosis=[mg],
                    reason=[txt("Gammapatia monoklonalna wykryta przypadkowo")])
    c.note("2026-08-18",
           "PORADNIA HEMATOLOGICZNA\nRozpoznanie: gammapatia monoklonalna o nieokreślonym znaczeniu (MGUS) IgG "
           "kappa, białko M 6 g/l, FLC prawidłowe, brak cech CRAB, TK bez osteolizy. Niskie ryzyko progresji.\n"
           "Stan ten NIE WYMAGA LECZENIA - brak wskazań do terapii. Zalecono obserwację: kontrola białka M, "
           "morfologii, wapnia i kreatyniny za 12 miesięcy. Pacjent uspokojony, poinformowany o objawach "
           "wymagających wcześniejszej wizyty.", PORADA, title="Porada hematologiczna", author=hem, enc=e)
    c.service_request(cc(coding(LIS, "PAKIET-GAMMA", "Diagnostyka gammapatii"), text="Kontrola białka M"),
                      "2026-08-18", status="active", intent="order", occurrence="2027-08-16", requester=hem,
                      reason_ref=mg)
    c.med_statement(atc("C09AA05", "ramipryl"), "2014-01-01", "10 mg rano")
    c.med_statement(atc("C10AA05", "atorwastatyna"), "2018-01-01", "20 mg wieczorem")
    c.vitals("2026-08-18", sys=132, dia=80, hr=68, wt=86.0, enc=e)
    e2 = c.encounter("2026-11-05", "AMB", type_=txt("Poradnia POZ"), pract=poz, reason=[txt("Kontrola nadciśnienia")])
    c.vitals("2026-11-05", sys=128, dia=78, enc=e2)
    return c


# ------------------------------------------------------------------------------------------------ 6
def pl_dialysis(cid):
    c = Case(cid, "pl", H, "positive", [H],
             "Chronic haemodialysis three times a week started in September 2026 for stage 5 CKD (fistula created in "
             "July) - a treatment that severely impacts quality of life.",
             "Diabetic CKD stage 5; maintenance haemodialysis started September 2026")
    c.patient(["Tadeusz"], "Lewandowski", "male", "1963-06-08", extra_ident=(PESEL, "63060811223"))
    base(c, "63060811223")
    nef = c.practitioner("Barbara", "Wójtowicz", "Specjalista nefrologii", prefix="dr n. med.")
    chn = c.practitioner("Marcin", "Adamczyk", "Specjalista chirurgii naczyniowej", prefix="lek.")
    ckd = c.condition(icd10("N18.5", "Przewlekła choroba nerek, stadium 5"), onset="2025-11-01", recorder=nef)
    dm = c.condition(icd10("E11.2", "Cukrzyca insulinoniezależna z powikłaniami nerkowymi"), onset="2004-01-01",
                     recorder=nef)
    c.condition(icd10("I12.0", "Choroba nerek w przebiegu nadciśnienia z niewydolnością nerek"),
                onset="2015-01-01", recorder=nef)
    anem = c.condition(icd10("D63.8", "Niedokrwistość w przebiegu innych chorób przewlekłych sklasyfikowanych gdzie indziej"),
                       onset="2025-11-01", recorder=nef)
    c.procedure(icd9pl("39.27", "Arteriowenostomia dla dializy nerkowej", text="Wytworzenie przetoki tętniczo-żylnej "
                "przedramię lewe"), performed="2026-07-21", performer=chn, reason_ref=ckd)
    r = [L(c, "KREA", "2026-09-10", 7.8), L(c, "EGFR", "2026-09-10", 7), L(c, "K", "2026-09-10", 5.6),
         L(c, "MOCZNIK", "2026-09-10", 198), L(c, "HGB-M", "2026-09-10", 9.6), L(c, "FERR-M", "2026-09-10", 380),
         L(c, "TSAT", "2026-09-10", 28), L(c, "PTH", "2026-09-10", 310)]
    c.report(cc(coding(LIS, "PAKIET-NEF", "Pakiet nefrologiczny"), text="Badania przed rozpoczęciem dializ"),
             "2026-09-10", r, conclusion="Schyłkowa niewydolność nerek; niedokrwistość nerkopochodna; zapasy żelaza "
                                         "prawidłowe.")
    c.care_plan("Program przewlekłej hemodializy", "active", "plan",
                cc(coding(LOCBASE + "plany", "HD-PRZEWL", "Przewlekła hemodializa"), text="Przewlekła hemodializa"),
                "2026-09-14", author=nef, addresses=[ckd],
                activities=[(icd9pl("39.95", "Hemodializa"), "in-progress", "3 x w tygodniu po 4 godziny, przetoka "
                                                                             "lewe przedramię"),
                            (txt("Edukacja dietetyczna - ograniczenie płynów i potasu"), "completed", None)])
    for d in ["2026-09-14", "2026-10-19", "2026-11-27"]:
        e = c.encounter(d, "AMB", type_=txt("Stacja Dializ"), pract=nef, diagnosis=[ckd], time="07:00",
                        end_time="11:30")
        c.procedure(icd9pl("39.95", "Hemodializa"), performed=d, performer=nef, enc=e, reason_ref=ckd)
        c.vitals(d, sys=148, dia=82, wt=81.5 if d != "2026-09-14" else 84.0, enc=e, time="07:05")
    c.med_admin(atc("B03XA01", "erytropoetyna"), "2026-11-27", dose=(4000, "[IU]", "[IU]"), route=txt("dożylnie"),
                reason_ref=anem, time="11:00")
    c.med_statement(atc("A10AE04", "insulina glargina"), "2018-01-01", "14 j. wieczorem", reason_ref=dm)
    c.med_statement(atc("C08CA01", "amlodypina"), "2015-01-01", "10 mg rano")
    c.note("2026-11-27",
           "STACJA DIALIZ - OCENA MIESIĘCZNA\nPacjent dializowany od 14.09.2026 3 x w tygodniu. Dobrze funkcjonująca "
           "przetoka. Zgłasza znaczne zmęczenie po dializach, musiał zrezygnować z pracy, ograniczenie płynów "
           "trudne do przestrzegania. Kt/V 1,3. Kontynuacja programu hemodializ.", PORADA,
           title="Ocena miesięczna", author=nef)
    return c


# ------------------------------------------------------------------------------------------------ 7
def pl_colon_remission(cid):
    c = Case(cid, "pl", H, "near-miss", [],
             "Sigmoid cancer treated with resection and adjuvant FOLFOX completed in 2019, in remission with normal "
             "surveillance; no high-impact treatment is current or planned and no quality-of-life fall is recorded.",
             "Colon cancer treated in 2019 (surgery + FOLFOX), in remission on routine surveillance")
    c.patient(["Barbara"], "Kamińska", "female", "1965-03-12", extra_ident=(PESEL, "65031245678"))
    base(c, "65031245678")
    onk = c.practitioner("Jacek", "Borkowski", "Specjalista onkologii klinicznej", prefix="dr n. med.")
    chir = c.practitioner("Andrzej", "Kołodziej", "Specjalista chirurgii ogólnej", prefix="dr hab. n. med.")
    ca = c.condition(icd10("C18.7", "Nowotwór złośliwy okrężnicy esowatej"), onset="2019-02-04", status="remission",
                     abated="2019-10-01", recorder=onk, stage=txt("pT3 N1a M0, stopień IIIB"))
    c.condition(icd10("G62.0", "Polineuropatia polekowa"), onset="2019-08-01", recorder=onk,
                note="Łagodna czuciowa polineuropatia po oksaliplatynie, stabilna.")
    c.condition(icd10("I10", "Samoistne (pierwotne) nadciśnienie"), onset="2017-01-01", recorder=onk)
    c.procedure(icd9pl("45.76", "Sigmoidektomia", text="Resekcja esicy z pierwotnym zespoleniem"),
                performed="2019-03-06", performer=chir, reason_ref=ca)
    c.med_statement(atc("L01BC02", "fluorouracyl"), "2019-04-08", "schemat FOLFOX4, 12 cykli", status="completed",
                    end="2019-09-23", reason_ref=ca)
    c.med_statement(atc("L01XA03", "oksaliplatyna"), "2019-04-08", "schemat FOLFOX4, 12 cykli", status="completed",
                    end="2019-09-23", reason_ref=ca)
    for d, cea in [("2025-11-17", 1.6), ("2026-05-18", 1.8)]:
        L(c, "CEA", d, cea)
    c.report(cc(coding(LOCBASE + "pracownie", "TK-KLP", "TK klatki piersiowej, jamy brzusznej i miednicy"),
                text="TK kontrolna"), "2026-05-20", category="CT",
             conclusion="Bez cech wznowy miejscowej ani przerzutów odległych.")
    c.procedure(icd9pl("45.23", "Kolonoskopia"), performed="2025-03-11", outcome=txt("Zespolenie bez zmian, "
                "bez polipów"))
    e = c.encounter("2026-11-16", "AMB", type_=txt("Poradnia Onkologiczna"), pract=onk, diagnosis=[ca],
                    reason=[txt("Kontrola onkologiczna po leczeniu raka esicy")])
    c.vitals("2026-11-16", sys=128, dia=80, wt=66.0, enc=e)
    c.note("2026-11-16",
           "PORADNIA ONKOLOGICZNA\nStan po resekcji esicy (03.2019) i chemioterapii uzupełniającej FOLFOX4 "
           "(zakończona 09.2019). 7 lat bez wznowy. CEA prawidłowe, TK 05.2026 bez cech wznowy. Pacjentka czynna "
           "zawodowo, dobra jakość życia, łagodne parestezje stóp. Dalsza obserwacja - kontrola za 12 miesięcy.",
           PORADA, title="Kontrola onkologiczna", author=onk, enc=e)
    c.med_statement(atc("C09CA01", "losartan"), "2017-01-01", "50 mg rano")
    return c


# ------------------------------------------------------------------------------------------------ 8
def pl_questionnaire_tak(cid):
    c = Case(cid, "pl", C, "positive", [C],
             "In the clinic's patient questionnaire he answered 'Tak' to wanting a second opinion from another "
             "specialist and wrote that his complaints are being played down.",
             "Hip osteoarthritis on conservative care; patient questionnaire answers yes to wanting a second opinion")
    c.patient(["Piotr"], "Mazur", "male", "1974-09-30", extra_ident=(PESEL, "74093067890"))
    base(c, "74093067890")
    ort = c.practitioner("Robert", "Kaczmarek", "Specjalista ortopedii i traumatologii", prefix="lek.")
    fiz = c.practitioner("Dorota", "Sobczak", "Fizjoterapeutka", prefix="mgr")
    oa = c.condition(icd10("M16.1", "Inna pierwotna koksartroza"), onset="2025-10-01", recorder=ort,
                     body_site=txt("Staw biodrowy prawy"))
    c.condition(icd10("E66.0", "Otyłość spowodowana nadmierną podażą energii"), onset="2015-01-01", recorder=ort)
    c.report(cc(coding(LOCBASE + "pracownie", "RTG-BIODRA", "RTG stawów biodrowych AP"), text="RTG bioder"),
             "2025-10-07", category="RAD", conclusion="Zmiany zwyrodnieniowe prawego stawu biodrowego, zwężenie szpary "
                                                      "stawowej, osteofity (Kellgren-Lawrence 3).")
    for d in ["2025-10-14", "2026-04-21", "2026-10-27"]:
        e = c.encounter(d, "AMB", type_=txt("Poradnia Ortopedyczna"), pract=ort, diagnosis=[oa],
                        reason=[txt("Ból prawego biodra")])
        c.note(d, "PORADNIA ORTOPEDYCZNA\nBól prawego biodra, ograniczenie rotacji wewnętrznej. " +
               ("Zalecono redukcję masy ciała i fizjoterapię." if d < "2026-10" else
                "Dolegliwości bez poprawy mimo fizjoterapii. Na obecnym etapie leczenie zachowawcze, do "
                "endoprotezoplastyki za wcześnie. Kontrola za 6 miesięcy."), PORADA, title="Porada ortopedyczna",
               author=ort, enc=e)
    c.procedure(cc(coding("http://hl7.org.pl/fhir/CodeSystem/pl-icd9plServiceCode-CS", "93.39",
                          "Inna fizjoterapia"), text="Kinezyterapia - 10 zabiegów"), performed="2026-02-02",
                performed_end="2026-02-13", performer=fiz, reason_ref=oa)
    c.med_statement(atc("M01AE02", "naproksen"), "2025-10-14", "500 mg 2 x dziennie doraźnie", reason_ref=oa)
    c.vitals("2026-10-27", sys=138, dia=86, wt=104.0, ht=181)
    c.questionnaire_response("2026-10-27", [
        qi("1", "Nasilenie bólu biodra w ostatnim tygodniu (0-10)", valueInteger=7),
        qi("2", "Czy ból budzi Pana/Panią w nocy?", valueCoding=coding("http://loinc.org", "LA33-6", "Yes")),
        qi("3", "Czy czuje się Pan/Pani wysłuchany(-a) przez lekarza prowadzącego?",
           valueCoding=coding("http://loinc.org", "LA32-8", "No")),
        qi("4", "Czy chciałby Pan/chciałaby Pani uzyskać drugą opinię innego specjalisty?",
           valueCoding=coding("http://loinc.org", "LA33-6", "Yes")),
        qi("5", "Uwagi pacjenta", valueString="Od roku słyszę, że to tylko zwyrodnienie i że mam czekać. Nie mogę "
                                              "pracować ani spać. Chciałbym, żeby ktoś inny obejrzał moje biodro."),
    ], questionnaire="https://ehr.usk-wierzbicki.example.pl/fhir/Questionnaire/ankieta-pacjenta-poradnia",
        author=c.pt, source=c.pt)
    return c


# ------------------------------------------------------------------------------------------------ 9
def pl_hba1c_rising(cid):
    c = Case(cid, "pl", W, "positive", [W],
             "HbA1c rose 7.3 -> 8.1 -> 8.9% over eight months (January-September 2026) while metformin and "
             "gliclazide were taken throughout - a rise well above the 0.5% minimal important difference.",
             "Type 2 diabetes; HbA1c climbing over 8 months on metformin and gliclazide")
    c.patient(["Marek"], "Wójcik", "male", "1968-12-05", extra_ident=(PESEL, "68120554321"))
    base(c, "68120554321")
    dia = c.practitioner("Izabela", "Grabowska", "Specjalista diabetologii", prefix="dr n. med.")
    dm = c.condition(icd10("E11.9", "Cukrzyca insulinoniezależna bez powikłań"), onset="2019-04-01", recorder=dia)
    c.condition(icd10("I10", "Samoistne (pierwotne) nadciśnienie"), onset="2017-01-01", recorder=dia)
    c.condition(icd10("E78.0", "Czysta hipercholesterolemia"), onset="2019-04-01", recorder=dia)
    c.med_statement(atc("A10BA02", "metformina"), "2019-04-01", "1000 mg 2 x dziennie", reason_ref=dm)
    c.med_statement(atc("A10BB09", "gliklazyd"), "2025-06-10", "60 mg MR rano", reason_ref=dm)
    c.med_statement(atc("C09AA05", "ramipryl"), "2017-01-01", "5 mg rano")
    c.med_statement(atc("C10AA05", "atorwastatyna"), "2019-04-01", "20 mg wieczorem")
    L(c, "HBA1C", "2025-09-15", 6.9)
    for d, a1c, glu, wt in [("2026-01-19", 7.3, 138, 94.0), ("2026-05-18", 8.1, 162, 95.5),
                            ("2026-09-21", 8.9, 181, 97.0)]:
        e = c.encounter(d, "AMB", type_=txt("Poradnia Diabetologiczna"), pract=dia, diagnosis=[dm],
                        reason=[txt("Kontrola cukrzycy typu 2")])
        L(c, "HBA1C", d, a1c, enc=e)
        L(c, "GLU", d, glu, enc=e)
        c.vitals(d, sys=136, dia=84, wt=wt, enc=e)
    L(c, "KREA", "2026-09-21", 1.0)
    L(c, "LDL", "2026-09-21", 92)
    c.note("2026-09-21",
           "PORADNIA DIABETOLOGICZNA\nPogorszenie wyrównania metabolicznego mimo regularnego przyjmowania "
           "metforminy 2 x 1000 mg i gliklazydu 60 mg (pacjent potwierdza, liczba wykupionych opakowań zgodna). "
           "HbA1c: 7,3% (01.2026) -> 8,1% (05.2026) -> 8,9% (09.2026). Przyrost masy ciała o 3 kg. "
           "Zaplanowano modyfikację leczenia na kolejnej wizycie.", PORADA, title="Porada diabetologiczna",
           author=dia)
    return c


# ------------------------------------------------------------------------------------------------ 10
def pl_multimorbid(cid):
    c = Case(cid, "pl", R, "positive", [R],
             "Six active chronic conditions followed in four specialist clinics (cardiology, pulmonology, "
             "nephrology, diabetology/endocrinology) with eleven regular medicines - complexity criterion met.",
             "Multimorbid woman of 74: heart failure, AF, COPD, CKD 3b, type 2 diabetes, osteoporosis")
    c.patient(["Zofia"], "Krawczyk", "female", "1952-05-14", extra_ident=(PESEL, "52051467812"))
    base(c, "52051467812")
    kar = c.practitioner("Paweł", "Michalski", "Specjalista kardiologii", prefix="dr n. med.")
    pul = c.practitioner("Renata", "Ostrowska", "Specjalista chorób płuc", prefix="lek.")
    nef = c.practitioner("Barbara", "Wójtowicz", "Specjalista nefrologii", prefix="dr n. med.")
    dia = c.practitioner("Izabela", "Grabowska", "Specjalista diabetologii", prefix="dr n. med.")
    conds = [
        (icd10("I50.0", "Niewydolność serca zastoinowa"), "2019-02-01", kar),
        (icd10("I48", "Migotanie i trzepotanie przedsionków"), "2017-06-01", kar),
        (icd10("J44.9", "Przewlekła obturacyjna choroba płuc, nie określona"), "2012-01-01", pul),
        (icd10("N18.3", "Przewlekła choroba nerek, stadium 3"), "2021-09-01", nef),
        (icd10("E11.9", "Cukrzyca insulinoniezależna bez powikłań"), "2008-01-01", dia),
        (icd10("M81.0", "Osteoporoza pomenopauzalna"), "2016-01-01", dia),
    ]
    refs = [c.condition(code, onset=on, recorder=pr) for code, on, pr in conds]
    clinics = [("2026-03-10", kar, "Poradnia Kardiologiczna", refs[:2]),
               ("2026-05-12", pul, "Poradnia Chorób Płuc", refs[2:3]),
               ("2026-07-07", nef, "Poradnia Nefrologiczna", refs[3:4]),
               ("2026-09-15", dia, "Poradnia Diabetologiczna", refs[4:6])]
    for d, pr, name, dx in clinics:
        e = c.encounter(d, "AMB", type_=txt(name), pract=pr, diagnosis=dx, reason=[txt("Wizyta kontrolna")])
        c.vitals(d, sys=126, dia=74, hr=72, wt=68.0, enc=e)
    L(c, "EGFR", "2026-07-03", 38)
    L(c, "KREA", "2026-07-03", 1.4)
    L(c, "K", "2026-07-03", 4.8)
    L(c, "HBA1C", "2026-09-11", 7.0)
    L(c, "NTPROBNP", "2026-03-06", 820)
    c.obs(cc(coding(LOCBASE + "pracownie", "SPIRO-FEV1", "Spirometria - FEV1 % wartości należnej"),
             text="FEV1 % wn."), "2026-05-12", q=(54, "%", "%"), cat="exam")
    meds = [("C03CA01", "furosemid", "40 mg rano"), ("C07AB07", "bisoprolol", "5 mg rano"),
            ("A10BK01", "dapagliflozyna", "10 mg rano"), ("B01AF02", "apiksaban", "2,5 mg 2 x dziennie"),
            ("C09AA05", "ramipryl", "2,5 mg rano"), ("R03AL04", "indakaterol z glikopironium", "1 inhalacja rano"),
            ("A10BA02", "metformina", "500 mg 2 x dziennie"), ("M05BA04", "kwas alendronowy", "70 mg raz w tygodniu"),
            ("A11CC05", "cholekalcyferol", "2000 j. dziennie"), ("C10AA05", "atorwastatyna", "20 mg wieczorem"),
            ("A02BC02", "pantoprazol", "20 mg rano")]
    for code, name, dose in meds:
        c.med_statement(atc(code, name), "2026-01-01", dose)
    c.note("2026-09-15",
           "PORADNIA DIABETOLOGICZNA\nPacjentka wielochorobowa: niewydolność serca (NYHA II, stabilna), migotanie "
           "przedsionków, POChP (GOLD 2), przewlekła choroba nerek G3b, cukrzyca typu 2, osteoporoza. Leczona "
           "równolegle w poradniach kardiologicznej, pulmonologicznej, nefrologicznej i diabetologicznej. "
           "Polipragmazja - 11 leków. Stan stabilny, HbA1c 7,0%. Wskazany przegląd lekowy i koordynacja opieki.",
           PORADA, title="Porada diabetologiczna", author=dia)
    return c


CASES = [pl_dizziness, pl_fibromyalgia_pmr, pl_thyroidectomy, pl_hf_hospice, pl_mgus, pl_dialysis,
         pl_colon_remission, pl_questionnaire_tak, pl_hba1c_rising, pl_multimorbid]
