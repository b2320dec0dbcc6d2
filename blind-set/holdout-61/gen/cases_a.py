"""Cases from the Estonian regional hospital (SA Peipsi Regionaalhaigla): ICD-10 (WHO), NCSP/local procedure
codes, ATC medicines, notes in Estonian, e-consultations between family doctors and specialists."""
from fhirkit import cc, cct, ref, qty, qual, isikukood, LOINC_NOTE, DR_CAT

LOCAL_LAB = "https://fhir.peipsi-rh.example.ee/CodeSystem/labor"
LOCAL_PROC = "https://fhir.peipsi-rh.example.ee/CodeSystem/toimingud"
LOCAL_DOC = "https://fhir.peipsi-rh.example.ee/CodeSystem/dokumendi-liik"
ARST = "https://fhir.peipsi-rh.example.ee/sid/arstikood"
PID = "https://fhir.ee/sid/pid/est/ni"
ECONS = cc((LOCAL_PROC, "E-KONS", "E-konsultatsioon"), text="E-konsultatsioon")


def icd(code, display, text=None):
    return cc(("icd10", code, display), text=text or display)


def atc(code, display, text):
    return cc(("atc", code, display), text=text)


def setup(R, tertiary=False, family=True):
    o = {}
    o["h"] = R.organization("org-rh", "SA Peipsi Regionaalhaigla",
                            cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                            [{"system": "https://fhir.ee/sid/org/est/br", "value": "90011526"}],
                            {"line": ["Tartu mnt 14"], "city": "Mustvee", "postalCode": "49603", "country": "EE"},
                            [{"system": "phone", "value": "+372 776 1200"}])
    o["hk"] = R.organization("org-haigekassa", "Eesti Haigekassa",
                             cc(("http://terminology.hl7.org/CodeSystem/organization-type", "pay", "Payer")),
                             address={"city": "Tallinn", "country": "EE"})
    if family:
        o["fp"] = R.organization("org-perearst", "Perearstikeskus Kask ja Partnerid OÜ",
                                 cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                                 address={"line": ["Pikk 3"], "city": "Mustvee", "country": "EE"})
    if tertiary:
        o["t"] = R.organization("org-eyk", "SA Emajõe Ülikooli Kliinikum",
                                cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                                address={"city": "Tartu", "country": "EE"})
    return o


def patient(R, given, family, gender, birth, serial, street, city, postal, lang="et"):
    ik = isikukood(birth, gender, serial)
    R.patient_res(given, family, gender, birth, [{"system": PID, "value": ik}],
                  {"line": [street], "city": city, "postalCode": postal, "country": "EE"},
                  [{"system": "phone", "value": f"+372 5{serial:03d} {serial * 7 % 10000:04d}", "use": "mobile"}],
                  cc(("urn:ietf:bcp:47", lang, {"et": "Estonian", "ru": "Russian"}[lang])))
    return ik


def coverage(R, o, ik, start="2010-01-01"):
    return R.coverage("cov", [o["hk"]], cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL",
                                           "public healthcare"), text="Kohustuslik ravikindlustus"),
                      start, subscriber_id=ik)


def _ascii(s):
    for a, b in (("õ", "o"), ("ä", "a"), ("ö", "o"), ("ü", "u"), ("š", "s"), ("ž", "z")):
        s = s.replace(a, b)
    return s


def doc(R, name, family, role, serial):
    return R.practitioner(_ascii(f"{name.lower()[:6]}-{family.lower()[:6]}"),
                          name, family, qual(role), [{"system": ARST, "value": f"D{serial:05d}"}])


def img(code, text):
    return cc((LOCAL_PROC, code, text), text=text)


def vastuvott(R, hint, date, who, org, reason_text=None, cls="AMB", type_text="Ambulatoorne vastuvõtt", **kw):
    return R.encounter(hint, date, cls, cct(type_text), cct(reason_text) if reason_text else None, who, org, **kw)


# --------------------------------------------------------------------------------------------------------------
def ee_avr_planned(R):
    """MAJOR_PROCEDURE_PLANNED positive: surgical aortic valve replacement scheduled January 2027."""
    o = setup(R)
    ik = patient(R, "Rein", "Mägi", "male", "1952-03-14", 215, "Kalda 7", "Mustvee", "49604")
    coverage(R, o, ik)
    fd = doc(R, "Kadri", "Kask", "Perearst", 4411)
    kard = doc(R, "Andres", "Raud", "Kardioloog", 2917)
    kir = doc(R, "Marek", "Lill", "Südamekirurg", 3120)
    c_as = R.condition("cond-as", icd("I35.0", "Aortic (valve) stenosis", "Raske kaltsifitseeritud aordiklapi stenoos (bikuspidaalne klapp)"),
                       "2026-07-02", recorder=kard, severity=cc(("sct", "24484000", "Severe")))
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension", "Essentsiaalne hüpertensioon"), "2011-05-10")
    c_lip = R.condition("cond-lip", icd("E78.5", "Hyperlipidaemia, unspecified", "Hüperlipideemia"), "2015-09-01")
    R.condition("cond-bph", icd("N40", "Hyperplasia of prostate", "Eesnäärme healoomuline hüperplaasia"), "2021-02-17")
    e1 = vastuvott(R, "enc-fd1", "2026-06-10", fd, o["fp"], "Õhupuudus koormusel, pearinglus")
    R.vitals("2026-06-10", e1, bp=(142, 78), hr=72, wt=86)
    R.note("note-fd1", "2026-06-10", LOINC_NOTE["progress"], """
Perearsti vastuvõtt 10.06.2026
Kaebused: viimase 3 kuu jooksul õhupuudus trepist käimisel (2. korrusele peab puhkama), kaks korda pearinglus pingutusel, üks kord minestuse-eelne seisund aias töötades. Rindkerevalu ei ole.
Objektiivselt: RR 142/78 mmHg, fr 72 x/min, rütmiline. Südametoonid: karm sistoolne kahin II roietevahemikus paremal, kiirgub kaelale. Kopsud puhtad. Säärtel turseid ei ole.
Hinnang: kahtlus aordistenoosile.
Plaan: EKG, vereanalüüsid, e-konsultatsioon kardioloogile ehhokardiograafia ja edasise taktika osas.
""", fd, e1, "Perearsti vastuvõtu kokkuvõte", "et")
    R.service_request("sr-ekons", ECONS, "2026-06-10", "completed", "order", fd, kard,
                      icd("R01.1", "Cardiac murmur, unspecified", "Sistoolne kahin, kahtlus aordistenoosile"),
                      category=cct("E-konsultatsioon perearstilt eriarstile"),
                      note="Palun hinnata ehhokardiograafiliselt ja otsustada edasine taktika.")
    R.lab("hb_gL", 141, "2026-06-11", (134, 170), e1, local=(LOCAL_LAB, "B-Hb", "Hemoglobiin"), text="Hemoglobiin")
    R.lab("crea_umol", 88, "2026-06-11", (62, 106), e1, local=(LOCAL_LAB, "S,P-Crea", "Kreatiniin"), text="Kreatiniin")
    R.lab("egfr", 77, "2026-06-11", (60, None), e1, text="eGFR (CKD-EPI)")
    R.lab("ntprobnp", 620, "2026-06-11", (None, 125), e1, text="NT-proBNP")
    R.lab("k", 4.3, "2026-06-11", (3.5, 5.1), e1, text="Kaalium")
    e2 = vastuvott(R, "enc-kard", "2026-07-02", kard, o["h"], "Aordistenoosi hindamine (e-konsultatsiooni alusel)")
    echo = R.report("dr-echo", img("EHHO-TT", "Transtorakaalne ehhokardiograafia"),
                    "2026-07-02", "Bikuspidaalne aordiklapp, raske kaltsifitseeritud aordistenoos: AVA 0,7 cm², Vmax 4,6 m/s, "
                    "keskmine gradient 52 mmHg. LV EF 55%, mõõdukas kontsentriline LV hüpertroofia. Mitraalklapp ilma oluliste muutusteta.",
                    category=DR_CAT["CUS"], performer=kard, enc=e2)
    R.note("note-kard", "2026-07-02", LOINC_NOTE["consult"], """
Kardioloogi konsultatsioon 02.07.2026 (e-konsultatsiooni alusel)
Ehhokardiograafia: bikuspidaalne aordiklapp, raske kaltsifitseeritud aordistenoos – AVA 0,7 cm², Vmax 4,6 m/s, keskmine gradient 52 mmHg. LV EF 55%.
Diagnoos: I35.0 raske sümptomaatiline aordistenoos.
Plaan: koronarograafia, seejärel arutelu südamemeeskonnas. Patsienti teavitatud, et tõenäoliselt on vajalik klapi vahetus.
""", kard, e2, "Kardioloogi konsultatsioon", "et")
    e3 = vastuvott(R, "enc-kag", "2026-09-15", kard, o["h"], "Koronarograafia", cls="SS", type_text="Päevaravi")
    R.procedure("proc-kag", cc((LOCAL_PROC, "FNG-KAG", "Koronarograafia"), text="Koronarograafia (a. radialis kaudu)"), "2026-09-15",
                performer=kard, enc=e3, reason_refs=[c_as],
                note="Koronaararterites hemodünaamiliselt olulisi stenoose ei ole.")
    e4 = vastuvott(R, "enc-tiim", "2026-10-20", [kard, kir], o["h"], "Südamemeeskonna konsiilium", type_text="Konsiilium")
    R.note("note-tiim", "2026-10-20", LOINC_NOTE["plan"], """
Südamemeeskonna konsiilium 20.10.2026 (kardioloog, südamekirurg, anestesioloog)
Raske sümptomaatiline aordistenoos bikuspidaalsel klapil. Koronarograafia 15.09.2026: olulisi stenoose ei ole. Operatsioonirisk madal (STS 1,9%).
Otsus: soovitatav kirurgiline aordiklapi protesseerimine bioloogilise proteesiga (sternotoomia). Transkateetriline ravi bikuspidaalse anatoomia tõttu ei ole esmavalik.
Patsiendiga arutatud, nõustub.
""", kir, e4, "Südamemeeskonna otsus", "et")
    e5 = vastuvott(R, "enc-kir", "2026-11-12", kir, o["h"], "Operatsiooni ettevalmistus")
    R.vitals("2026-11-12", e5, bp=(138, 76), hr=70, wt=85)
    e_plan = R.encounter("enc-op", "2027-01-17", "IMP", cct("Plaaniline hospitaliseerimine, südamekirurgia"),
                         cct("Aordiklapi protesseerimine"), kir, o["h"], status="planned", time="08:00",
                         priority=cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EL", "elective")))
    R.procedure("proc-avr", cc((LOCAL_PROC, "FMD-AVR-BIO", "Aordiklapi protesseerimine bioloogilise proteesiga"),
                               text="Aordiklapi protesseerimine bioloogilise proteesiga, sternotoomia, kunstvereringes"),
                None, status="preparation", performer=kir, reason_refs=[c_as], enc=e_plan,
                category=cc(("sct", "387713003", "Surgical procedure")),
                note="Operatsioon planeeritud 18.01.2027 (operatsiooniplaan). Hospitaliseerimine 17.01.2027.")
    R.note("note-kir", "2026-11-12", LOINC_NOTE["consult"], """
Südamekirurgi vastuvõtt 12.11.2026
Patsient informeeritud operatsiooni kulust ja riskidest (sh insult, verejooks, rütmihäired, infektsioon). Kirjalik nõusolek antakse hospitaliseerimisel.
Operatsioon planeeritud 18.01.2027: aordiklapi protesseerimine bioloogilise proteesiga sternotoomia kaudu.
Enne operatsiooni: hambaarsti ülevaatus, preoperatiivsed analüüsid 2 nädalat enne hospitaliseerimist. Ravimid jätkata, aspiriini ei ole.
""", kir, e5, "Südamekirurgi konsultatsioon", "et")
    R.med_request("mr-ramipril", atc("C09AA05", "ramipril", "Ramipriil 5 mg tablett"), "2026-01-15", "1 tablett hommikul",
                  requester=fd, reason_refs=[c_htn])
    R.med_request("mr-atorva", atc("C10AA05", "atorvastatin", "Atorvastatiin 40 mg tablett"), "2026-01-15", "1 tablett õhtul",
                  requester=fd, reason_refs=[c_lip])
    R.med_request("mr-tams", atc("G04CA02", "tamsulosin", "Tamsulosiin 0,4 mg toimeainet modifitseeritult vabastav kapsel"),
                  "2026-01-15", "1 kapsel õhtul", requester=fd)


def ee_hf_palliative(R):
    """UNTREATABLE_PROGNOSIS positive: end-stage heart failure, no further options, palliative team."""
    o = setup(R)
    ik = patient(R, "Aino", "Lepik", "female", "1945-08-22", 388, "Mere 21", "Kallaste", "60104")
    coverage(R, o, ik)
    fd = doc(R, "Kadri", "Kask", "Perearst", 4411)
    kard = doc(R, "Helle", "Sepp", "Kardioloog", 1876)
    pall = doc(R, "Triin", "Vaher", "Palliatiivravi arst", 5092)
    c_hf = R.condition("cond-hf", icd("I50.0", "Congestive heart failure",
                                      "Krooniline südamepuudulikkus, vähenenud väljutusfraktsiooniga (isheemiline kardiomüopaatia), NYHA IV"),
                       "2019-03-11", recorder=kard,
                       note="28.10.2026: lõppstaadium, ravivõimalused ammendatud; siirdamine ja mehaaniline tugi ei ole näidustatud.")
    c_af = R.condition("cond-af", icd("I48.2", "Chronic atrial fibrillation", "Püsiv kodade virvendusarütmia"), "2020-06-02")
    R.condition("cond-ckd", icd("N18.3", "Chronic kidney disease, stage 3", "Krooniline neeruhaigus, 3b staadium"), "2022-01-20")
    R.condition("cond-htn", icd("I10", "Essential (primary) hypertension", "Hüpertensioon"), "2004-04-14")
    e1 = R.encounter("enc-hosp", "2026-08-05", "IMP", cct("Statsionaarne ravi"), cct("Südamepuudulikkuse dekompensatsioon"),
                     kard, o["h"], end="2026-08-14", time="14:20", end_time="12:00",
                     hospitalization={"admitSource": cc(("http://terminology.hl7.org/CodeSystem/admit-source", "emd", "From accident/emergency department")),
                                      "dischargeDisposition": cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home"))})
    R.lab("ntprobnp", 8900, "2026-08-05", (None, 450), e1, text="NT-proBNP")
    R.lab("egfr", 36, "2026-08-05", (60, None), e1, text="eGFR (CKD-EPI)")
    R.lab("na", 131, "2026-08-05", (136, 145), e1, text="Naatrium")
    R.lab("hb_gL", 118, "2026-08-05", (117, 153), e1, text="Hemoglobiin")
    R.report("dr-echo", img("EHHO-TT", "Transtorakaalne ehhokardiograafia"), "2026-08-07",
             "Dilateeritud vasak vatsake, LV EF 15%, difuusne hüpokineesia. Raske funktsionaalne mitraalklapi puudulikkus. "
             "TAPSE 11 mm, hinnanguline sPAP 58 mmHg.", category=DR_CAT["CUS"], performer=kard, enc=e1)
    R.note("note-epikriis", "2026-08-14", LOINC_NOTE["discharge"], """
Epikriis. Statsionaarne ravi 05.08–14.08.2026, sisehaiguste osakond.
Põhidiagnoos: I50.0 kroonilise südamepuudulikkuse dekompensatsioon (LV EF 15%, isheemiline kardiomüopaatia). Kaasuvad: I48.2 püsiv kodade virvendus, N18.3 KNH, I10.
Ravi: i/v furosemiid, diurees hea, kehakaal 71 -> 66 kg. Sakubitriil/valsartaan lõpetatud sümptomaatilise hüpotensiooni tõttu, spironolaktoon hüperkaleemia tõttu.
Kodusele ravile, kontroll kardioloogi juures septembris.
""", kard, e1, "Epikriis", "et")
    e2 = vastuvott(R, "enc-kard1", "2026-09-16", kard, o["h"], "Südamepuudulikkuse kontroll")
    R.vitals("2026-09-16", e2, bp=(94, 58), hr=88, wt=67)
    e3 = vastuvott(R, "enc-kard2", "2026-10-28", kard, o["h"], "Südamepuudulikkuse kontroll")
    R.vitals("2026-10-28", e3, bp=(90, 56), hr=92, wt=68)
    R.lab("ntprobnp", 11200, "2026-10-28", (None, 450), e3, text="NT-proBNP")
    R.lab("egfr", 35, "2026-10-28", (60, None), e3, text="eGFR (CKD-EPI)")
    R.note("note-kard2", "2026-10-28", LOINC_NOTE["consult"], """
Kardioloogi vastuvõtt 28.10.2026
Kaebused: õhupuudus rahuolekus, magab istudes, ei suuda kodus iseseisvalt toimetada. NYHA IV.
Hinnang: südamepuudulikkuse lõppstaadium (LV EF 15%). Kõik ravivõimalused on ammendatud: südame siirdamine ja vasaku vatsakese abiseade ei ole vanuse ja kaasuvate haiguste tõttu näidustatud; resünkroniseeriv ravi ei ole näidustatud (QRS 98 ms); sakubitriil/valsartaan ja spironolaktoon lõpetatud kõrvaltoimete tõttu.
Edasised ravivõimalused puuduvad. Jätkame sümptomaatilist ravi diureetikumiga. Arutatud patsiendi ja tütrega, soovivad olla kodus.
Suunatud palliatiivse ravi meeskonda.
""", kard, e3, "Kardioloogi vastuvõtt", "et")
    R.impression("ci-kard", "2026-10-28", "Südamepuudulikkuse lõppstaadium, ravivõimalused ammendatud; palliatiivne käsitlus.",
                 kard, [c_hf], [icd("I50.0", "Congestive heart failure")], e3,
                 prognosis=[cc(("sct", "170969009", "Prognosis bad"), text="Halb prognoos")])
    sr = R.service_request("sr-pall", cc(("sct", "306237005", "Referral to palliative care service"), text="Suunamine palliatiivse ravi meeskonda"),
                           "2026-10-28", "active", "order", kard, pall, reason_refs=[c_hf], enc=e3)
    e4 = R.encounter("enc-pall", "2026-11-04", "HH", cct("Palliatiivse ravi koduvisiit"), cct("Palliatiivne ravi"), pall, o["h"])
    R.careplan("cp-pall", "Palliatiivse ravi plaan", "active", "plan",
               cc(("sct", "103735009", "Palliative care"), text="Palliatiivne ravi"), "2026-11-04",
               [{"description": "Õhupuuduse leevendus: furosemiid, vajadusel suukaudne morfiin väikeses annuses", "status": "in-progress"},
                {"description": "Koduõendus 2 korda nädalas", "status": "scheduled", "performer": pall},
                {"description": "Elulõpu soovide arutelu; elustamisest loobumise otsus dokumenteeritud", "status": "completed"}],
               [c_hf], pall, "Eesmärk: sümptomite kontroll kodus, haiglaravi vältimine.", enc=e4)
    R.med_request("mr-furo", atc("C03CA01", "furosemide", "Furosemiid 40 mg tablett"), "2026-08-14", "2 tabletti hommikul",
                  requester=kard, reason_refs=[c_hf])
    R.med_request("mr-biso", atc("C07AB07", "bisoprolol", "Bisoprolool 2,5 mg tablett"), "2026-08-14", "1 tablett hommikul",
                  requester=kard, reason_refs=[c_hf])
    R.med_request("mr-apix", atc("B01AF02", "apixaban", "Apiksabaan 2,5 mg tablett"), "2026-08-14", "1 tablett 2 korda päevas",
                  requester=kard, reason_refs=[c_af])
    R.med_request("mr-morf", atc("N02AA01", "morphine", "Morfiin 10 mg/5 ml suukaudne lahus"), "2026-11-04",
                  "2,5 mg vajadusel õhupuuduse korral, kuni 4 korda päevas", requester=pall, reason_refs=[c_hf])


def ee_gastric_second_opinion(R):
    """UNTREATABLE_PROGNOSIS near miss: no treatment options, but a second opinion (tertiary tumour board) is on record."""
    o = setup(R, tertiary=True)
    ik = patient(R, "Toomas", "Kull", "male", "1960-02-11", 127, "Metsa 5", "Jõgeva", "48306")
    coverage(R, o, ik)
    fd = doc(R, "Kadri", "Kask", "Perearst", 4411)
    onk = doc(R, "Siim", "Kuusk", "Onkoloog", 2384)
    onk2 = doc(R, "Katrin", "Laur", "Onkoloog (ülikooli kliinik)", 1450)
    gas = doc(R, "Peeter", "Raudsepp", "Gastroenteroloog", 3311)
    c_ca = R.condition("cond-ca", icd("C16.2", "Malignant neoplasm: Body of stomach",
                                      "Mao korpuse adenokartsinoom, maksametastaasid (cT4aN2M1)"),
                       "2026-06-18", recorder=gas)
    R.condition("cond-mets", icd("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct", "Maksametastaasid"), "2026-06-25")
    R.condition("cond-copd", icd("J44.9", "Chronic obstructive pulmonary disease, unspecified", "KOK"), "2016-11-03")
    R.condition("cond-htn", icd("I10", "Essential (primary) hypertension", "Hüpertensioon"), "2012-02-01")
    e1 = vastuvott(R, "enc-gs", "2026-06-18", gas, o["h"], "Kaalulangus, düspepsia", type_text="Endoskoopia")
    R.procedure("proc-gs", cc((LOCAL_PROC, "UJD02", "Gastroskoopia"), text="Gastroskoopia koos biopsiaga"), "2026-06-18",
                performer=gas, enc=e1, note="Mao korpuses haavandunud infiltratiivne kasvaja. Biopsia: adenokartsinoom, HER2 negatiivne.")
    R.lab("hb_gL", 102, "2026-06-18", (134, 170), e1, text="Hemoglobiin")
    R.lab("alb", 29, "2026-06-18", (35, 52), e1, text="Albumiin")
    R.report("dr-kt", img("KT-RKV", "KT rindkere, kõhuõõne ja vaagna kontrastainega"), "2026-06-25",
             "Mao korpuse seina paksenemine kuni 22 mm, regionaalsed lümfisõlmed kuni 18 mm. Maksas mitmed metastaasid kuni 41 mm. Kopsudes emfüseem.",
             category=DR_CAT["RAD"], enc=e1)
    e2 = vastuvott(R, "enc-konsiil", "2026-07-09", onk, o["h"], "Onkoloogiline konsiilium", type_text="Konsiilium")
    R.note("note-konsiil", "2026-07-09", LOINC_NOTE["plan"], """
Onkoloogiline konsiilium 09.07.2026
Mao korpuse adenokartsinoom, HER2 negatiivne, maksametastaasid. ECOG 3, kehakaal langenud 14 kg 4 kuuga, albumiin 29 g/l.
Otsus: kasvajavastane süsteemravi ei ole üldseisundi tõttu võimalik, kirurgiline ravi ei ole näidustatud. Ravivõimalused puuduvad. Parim toetav ravi, palliatiivse ravi meeskond.
Patsient soovis enne otsustamist teise arsti arvamust - suunatud ülikooli kliinikumi onkoloogilisse konsiiliumisse.
""", onk, e2, "Konsiiliumi otsus", "et")
    R.careplan("cp-pall", "Palliatiivne ravi", "active", "plan", cc(("sct", "103735009", "Palliative care"), text="Palliatiivne ravi"),
               "2026-07-15", [{"description": "Valuravi ja iivelduse leevendus", "status": "in-progress"},
                              {"description": "Toitumisnõustamine, toidulisandid", "status": "in-progress"},
                              {"description": "Koduõendus", "status": "scheduled"}], [c_ca], onk)
    R.service_request("sr-teine", cc((LOCAL_PROC, "TEINE-ARV", "Teise arvamuse konsultatsioon"), text="Teise arvamuse konsultatsioon (onkoloogia)"),
                      "2026-07-09", "completed", "order", onk, o["t"], reason_refs=[c_ca], enc=e2)
    e3 = R.encounter("enc-teine", "2026-08-20", "AMB", cct("Teise arvamuse konsultatsioon"), cct("Mao vähk, ravivõimaluste hindamine"),
                     onk2, o["t"])
    R.note("note-teine", "2026-08-20", LOINC_NOTE["consult"], """
SA Emajõe Ülikooli Kliinikum, onkoloogiline konsiilium. Teise arvamuse konsultatsioon 20.08.2026
Patsient pöördus teise arvamuse saamiseks. Üle vaadatud KT-uuringud, histoloogia (HER2 neg, MSI stabiilne, PD-L1 CPS 2) ja kliiniline seisund.
Arvamus: nõustume SA Peipsi Regionaalhaigla konsiiliumi otsusega. ECOG 3 ja kahheksia tõttu ei ole kemo- ega immuunravi näidustatud, kirurgilist ravi ei ole. Soovitame jätkata parima toetava raviga.
Patsiendile ja abikaasale selgitatud, nad on otsusega nõus.
""", onk2, e3, "Teise arvamuse konsultatsioon", "et", custodian=o["t"])
    e4 = vastuvott(R, "enc-fd", "2026-10-14", fd, o["fp"], "Palliatiivne jälgimine", type_text="Koduvisiit", cls="HH")
    R.vitals("2026-10-14", e4, bp=(112, 70), hr=94, wt=58)
    R.med_request("mr-oxy", atc("N02AA05", "oxycodone", "Oksükodoon 10 mg toimeainet prolongeeritult vabastav tablett"), "2026-09-02",
                  "1 tablett 2 korda päevas", requester=onk, reason_refs=[c_ca])
    R.med_request("mr-meto", atc("A03FA01", "metoclopramide", "Metoklopramiid 10 mg tablett"), "2026-09-02",
                  "1 tablett kuni 3 korda päevas vajadusel", requester=onk)
    R.med_request("mr-tiotr", atc("R03BB04", "tiotropium bromide", "Tiotroopium 18 mikrogrammi inhalatsioonipulber"), "2025-03-01",
                  "1 inhalatsioon päevas", requester=fd)


def ee_colon_chemo(R):
    """HIGH_IMPACT_TREATMENT positive: adjuvant CAPOX chemotherapy started after sigmoid resection."""
    o = setup(R)
    ik = patient(R, "Tiina", "Saar", "female", "1968-05-30", 246, "Jaama 18", "Jõgeva", "48309")
    coverage(R, o, ik)
    fd = doc(R, "Merike", "Org", "Perearst", 3877)
    kir = doc(R, "Jüri", "Tamme", "Üldkirurg", 2095)
    onk = doc(R, "Siim", "Kuusk", "Onkoloog", 2384)
    ode = doc(R, "Anu", "Kivi", "Keemiaravi õde", 9120)
    R.condition("cond-htn", icd("I10", "Essential (primary) hypertension", "Hüpertensioon"), "2017-03-08")
    R.condition("cond-hypot", icd("E03.9", "Hypothyroidism, unspecified", "Hüpotüreoos"), "2014-10-22")
    c_ca = R.condition("cond-ca", icd("C18.7", "Malignant neoplasm: Sigmoid colon", "Sigmakäärsoole adenokartsinoom pT3N1bM0, IIIB staadium"),
                       "2026-08-05", recorder=kir,
                       stage=[{"summary": cct("IIIB (pT3 pN1b M0)")}])
    R.lab("hb_gL", 128, "2026-07-20", (117, 153), text="Hemoglobiin")
    R.obs("lab-fit", cc(("loinc", "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"), text="Peitvere (FIT), sõeluuring"),
          "2026-07-14", cc(("sct", "10828004", "Positive"), text="Positiivne"), interp="POS")
    e1 = vastuvott(R, "enc-kolo", "2026-08-05", kir, o["h"], "Positiivne peitvere sõeluuring", type_text="Endoskoopia")
    R.procedure("proc-kolo", cc((LOCAL_PROC, "UJF32", "Kolonoskoopia"), text="Kolonoskoopia koos biopsiaga"), "2026-08-05",
                performer=kir, enc=e1, note="Sigmas 25 cm anaalavast tsirkulaarne kasvaja. Histoloogia: adenokartsinoom.")
    e2 = R.encounter("enc-op", "2026-09-10", "IMP", cct("Plaaniline operatsioon"), cct("Sigmakäärsoole vähk"), kir, o["h"],
                     end="2026-09-16", time="07:30", end_time="11:00")
    R.procedure("proc-res", cc((LOCAL_PROC, "JFB33", "Sigmakäärsoole laparoskoopiline resektsioon"),
                               text="Laparoskoopiline sigmakäärsoole resektsioon, primaarne anastomoos"), "2026-09-10",
                performer=kir, enc=e2, reason_refs=[c_ca], note="Tüsistusteta. Histoloogia: pT3 pN1b (2/18), R0.")
    e3 = vastuvott(R, "enc-onk1", "2026-10-14", onk, o["h"], "Adjuvantse ravi otsustamine")
    R.note("note-onk1", "2026-10-14", LOINC_NOTE["consult"], """
Onkoloogi vastuvõtt 14.10.2026
Sigmakäärsoole adenokartsinoom pT3N1bM0 (IIIB), opereeritud 10.09.2026, R0. ECOG 0.
Arutatud adjuvantset keemiaravi: CAPOX (oksaliplatiin + kapetsitabiin) 8 tsüklit 3-nädalaste vahedega, kestus ligi 6 kuud. Selgitatud kõrvaltoimeid: neuropaatia, iiveldus, kõhulahtisus, väsimus, käte-jalgade sündroom, infektsioonirisk; töövõime on ravi ajal oluliselt piiratud.
Patsient nõustub. Veenipordi paigaldus enne 1. tsüklit.
""", onk, e3, "Onkoloogi konsultatsioon", "et")
    R.procedure("proc-port", cc((LOCAL_PROC, "PHC-PORT", "Tsentraalveeni pordi paigaldus"), text="Veenipordi paigaldus"), "2026-10-28",
                performer=kir, reason_refs=[c_ca])
    cp = R.careplan("cp-kemo", "Adjuvantne keemiaravi CAPOX", "active", "plan",
                    cc(("sct", "367336001", "Chemotherapy"), text="Keemiaravi"), "2026-11-04",
                    [{"description": "CAPOX tsükkel 1 (oksaliplatiin 130 mg/m² i/v + kapetsitabiin 1000 mg/m² 2x päevas p1-14)", "status": "completed", "period": ("2026-11-04", "2026-11-18")},
                     {"description": "CAPOX tsükkel 2", "status": "completed", "period": ("2026-11-25", "2026-12-09")},
                     {"description": "CAPOX tsüklid 3-8", "status": "scheduled", "period": ("2026-12-16", "2027-04-21")}],
                    [c_ca], onk, end="2027-04-30")
    oxa = atc("L01XA03", "oxaliplatin", "Oksaliplatiin 5 mg/ml infusioonilahuse kontsentraat")
    mr = R.med_request("mr-oxa", oxa, "2026-11-04", "130 mg/m² (234 mg) i/v infusioon 2 tunni jooksul iga 21 päeva järel, 8 tsüklit",
                       requester=onk, reason_refs=[c_ca])
    R.med_request("mr-cape", atc("L01BC06", "capecitabine", "Kapetsitabiin 500 mg õhukese polümeerikattega tablett"), "2026-11-04",
                  "1800 mg 2 korda päevas päevadel 1-14, seejärel 7 päeva paus", requester=onk, reason_refs=[c_ca])
    for i, d in enumerate(["2026-11-04", "2026-11-25"], 1):
        e = R.encounter(f"enc-kemo{i}", d, "SS", cct("Keemiaravi päevaravi"), cct("CAPOX"), [onk, ode], o["h"], end_time="14:00")
        R.lab("wbc", [6.2, 4.9][i - 1], d, (3.5, 8.8), e, text="Leukotsüüdid")
        R.lab("plt", [241, 188][i - 1], d, (145, 390), e, text="Trombotsüüdid")
        R.med_admin(f"ma-oxa{i}", oxa, d, "Oksaliplatiin 234 mg i/v 2 h infusioon", ode, mr, e, reason_refs=[c_ca],
                    dose=(234, "mg"), time="10:30", end_time="12:30")
    R.note("note-kemo2", "2026-11-25", LOINC_NOTE["nurse"], """
Keemiaravi 2. tsükkel 25.11.2026. Patsient talus esimest tsüklit mõõdukalt: 1. astme perifeerne neuropaatia (külmatundlikkus sõrmedes), iiveldus 2 päeva, väsimus. Veeniport toimib. Oksaliplatiin manustatud tüsistusteta.
""", ode, None, "Keemiaravi õe märkus", "et")
    R.med_request("mr-levo", atc("H03AA01", "levothyroxine sodium", "Levotüroksiin 75 mikrogrammi tablett"), "2025-11-10",
                  "1 tablett hommikul tühja kõhuga", requester=fd)
    R.med_request("mr-amlo", atc("C08CA01", "amlodipine", "Amlodipiin 5 mg tablett"), "2025-11-10", "1 tablett päevas", requester=fd)


def ee_knee_portal_request(R):
    """PATIENT_REPORTED_CONCERN positive: patient portal message asking for a second orthopaedic opinion."""
    o = setup(R)
    ik = patient(R, "Priit", "Ilves", "male", "1974-01-19", 331, "Aia 9", "Mustvee", "49604")
    coverage(R, o, ik)
    fd = doc(R, "Kadri", "Kask", "Perearst", 4411)
    ort = doc(R, "Urmas", "Põld", "Ortopeed", 2776)
    ode = doc(R, "Liina", "Mets", "Ortopeedia õde", 9455)
    R.condition("cond-htn", icd("I10", "Essential (primary) hypertension", "Hüpertensioon"), "2019-05-14")
    c_oa = R.condition("cond-oa", icd("M17.1", "Other primary gonarthrosis", "Parema põlve primaarne artroos, KL II-III"), "2026-09-08",
                       recorder=ort)
    c_men = R.condition("cond-men", icd("M23.2", "Derangement of meniscus due to old tear or injury",
                                        "Parema põlve mediaalse meniski degeneratiivne rebend"), "2026-09-08", recorder=ort)
    e1 = vastuvott(R, "enc-fd", "2026-06-16", fd, o["fp"], "Parema põlve valu 4 kuud")
    R.vitals("2026-06-16", e1, bp=(136, 84), hr=68, wt=101, bmi=32.1)
    R.service_request("sr-ekons", ECONS, "2026-06-16", "completed", "order", fd, ort,
                      cct("Parema põlve valu ja turse, kahtlus meniski kahjustusele"), category=cct("E-konsultatsioon"))
    R.obs("img-mrt", img("MRT-POLV", "Parema põlve MRT"), "2026-08-21",
          "Mediaalse meniski tagasarve horisontaalne degeneratiivne rebend. Mediaalse kompartmendi kõhre hõrenemine, osteofüüdid. Vähene vedelik.",
          category="imaging", interp="A")
    e2 = vastuvott(R, "enc-ort", "2026-09-08", ort, o["h"], "Parema põlve valu")
    R.score("obs-pain1", cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Valu skoor (NRS)"),
            "2026-09-08", 6, e2)
    R.note("note-ort", "2026-09-08", LOINC_NOTE["consult"], """
Ortopeedi vastuvõtt 09/2026
Kaebused: parema põlve valu kõndimisel ja trepist laskumisel, aeg-ajalt turse. Lukustumist ei ole.
MRT: mediaalse meniski degeneratiivne rebend, mediaalse kompartmendi artroos.
Hinnang: degeneratiivne meniskirebend artroosi taustal. Artroskoopiline operatsioon ei ole näidustatud, kuna tõenduspõhiselt see sellisel juhul valu ei vähenda.
Plaan: füsioteraapia 10 korda, kehakaalu langetamine, vajadusel MSPVA. Kontroll 3 kuu pärast.
""", ort, e2, "Ortopeedi konsultatsioon", "et")
    R.service_request("sr-fyssio", cc((LOCAL_PROC, "FYS-10", "Füsioteraapia kuur"), text="Füsioteraapia, 10 seanssi"),
                      "2026-09-08", "completed", "order", ort, reason_refs=[c_oa, c_men])
    R.med_request("mr-napro", atc("M01AE02", "naproxen", "Naprokseen 500 mg tablett"), "2026-09-08",
                  "1 tablett kuni 2 korda päevas söögi ajal vajadusel", requester=ort, reason_refs=[c_oa])
    R.med_request("mr-losar", atc("C09CA01", "losartan", "Losartaan 50 mg tablett"), "2025-05-20", "1 tablett päevas", requester=fd)
    c1 = R.communication("comm-pt", "2026-11-03", R.patient, [ort], """
Tere, dr Põld!
Olen nüüd füsioteraapia kuuri läbi teinud ja kaalu langetanud 4 kg, aga põlv on endiselt valus ja õhtuks paistes. Te ütlesite, et operatsioon ei aita. Ma ei ole selles kindel ja tunnen, et mu muret ei võetud päris tõsiselt.
Soovin saada teise ortopeedi arvamust enne, kui otsustan, kuidas edasi minna. Kas saaksite mind suunata teise arsti juurde, näiteks Tartusse?
Lugupidamisega, Priit Ilves
""", category=cct("Patsiendi sõnum patsiendiportaalis"), medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "WRITTEN", "written")),
        about=[c_men])
    R.communication("comm-ode", "2026-11-05", ode, [R.patient], """
Tere! Teie soov teise arvamuse saamiseks on edastatud dr Põllule. Ta võtab Teiega ühendust järgmise nädala jooksul.
""", in_response_to=[c1], category=cct("Vastus patsiendiportaalis"), time="10:40")
    R.score("obs-pain2", cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Valu skoor (NRS)"),
            "2026-11-03", 6, note="Patsiendi enda hinnang portaalis")


def ee_endometriosis_done(R):
    """PATIENT_REPORTED_CONCERN near miss: the requested second opinion has already been given (June 2026)."""
    o = setup(R, tertiary=True)
    ik = patient(R, "Marina", "Ivanova", "female", "1987-04-03", 472, "Joala 30", "Narva", "20103", lang="ru")
    coverage(R, o, ik)
    fd = doc(R, "Olga", "Smirnova", "Perearst", 3902)
    gyn = doc(R, "Kaja", "Tammik", "Günekoloog", 2561)
    gyn2 = doc(R, "Eve", "Rätsep", "Günekoloog (ülikooli kliinik)", 1733)
    c_endo = R.condition("cond-endo", icd("N80.1", "Endometriosis of ovary", "Endometrioos, parema munasarja endometrioom 32 mm"),
                         "2026-04-08", recorder=gyn)
    c_rin = R.condition("cond-rinit", icd("J30.1", "Allergic rhinitis due to pollen", "Õietolmuallergia (kask)"), "2009-05-04")
    e1 = vastuvott(R, "enc-gyn1", "2026-04-08", gyn, o["h"], "Valulikud menstruatsioonid, vaagnavalu")
    R.score("obs-pain1", cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Vaagnavalu (NRS)"),
            "2026-04-08", 7, e1)
    R.obs("img-uh", img("UH-TV", "Transvaginaalne ultraheliuuring"), "2026-04-08",
          "Paremas munasarjas 32 mm endometrioom. Emakas normaalse suurusega.", category="imaging", interp="A")
    R.lab("hb_gL", 127, "2026-04-08", (117, 153), e1, text="Hemoglobiin")
    R.note("note-gyn1", "2026-04-08", LOINC_NOTE["consult"], """
Günekoloogi vastuvõtt 08.04.2026
Kaebused: 2 aastat süvenevad valulikud menstruatsioonid, vaagnavalu, düspareuunia. Valu NRS 7.
UH: paremas munasarjas 32 mm endometrioom.
Diagnoos: N80.1 endometrioos.
Plaan: hormoonravi dienogestiga. Kirurgiline ravi praegu ei ole näidustatud. Kontroll 3 kuu pärast.
""", gyn, e1, "Günekoloogi konsultatsioon", "et")
    c1 = R.communication("comm-pt1", "2026-04-22", R.patient, [gyn], """
Tere, dr Tammik. Lugesin dienogesti kõrvaltoimete kohta ja kardan hormoonravi alustada. Kas oleks võimalik saada enne ravi alustamist teise günekoloogi arvamust? Tänan, Marina Ivanova
""", category=cct("Patsiendi sõnum patsiendiportaalis"), about=[c_endo])
    R.service_request("sr-teine", cc((LOCAL_PROC, "TEINE-ARV", "Teise arvamuse konsultatsioon"), text="Teise arvamuse konsultatsioon (günekoloogia)"),
                      "2026-04-24", "completed", "order", gyn, o["t"], reason_refs=[c_endo],
                      note="Patsiendi soovil.")
    e2 = R.encounter("enc-teine", "2026-06-16", "AMB", cct("Teise arvamuse konsultatsioon"), cct("Endometrioos"), gyn2, o["t"])
    R.note("note-teine", "2026-06-16", LOINC_NOTE["consult"], """
SA Emajõe Ülikooli Kliinikum, naistekliinik. Teise arvamuse konsultatsioon 16.06.2026
Patsient soovis teist arvamust endometrioosi ravi osas. Üle vaadatud UH-pildid ja anamnees; korduv UH: endometrioom 30 mm, muutusteta.
Arvamus: nõustun raviarsti plaaniga – esmavalikuna hormoonravi dienogestiga, kirurgiline ravi ei ole praegu näidustatud. Kõrvaltoimeid selgitatud, patsient rahunenud ja valmis ravi alustama.
""", gyn2, e2, "Teise arvamuse konsultatsioon", "et", custodian=o["t"])
    R.med_request("mr-dieno", atc("G03DB08", "dienogest", "Dienogest 2 mg tablett"), "2026-07-01", "1 tablett päevas pidevalt",
                  requester=gyn, reason_refs=[c_endo], validity=("2026-07-01", "2026-12-31"))
    e3 = vastuvott(R, "enc-gyn2", "2026-10-06", gyn, o["h"], "Endometrioosi ravi kontroll")
    R.score("obs-pain2", cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Vaagnavalu (NRS)"),
            "2026-08-18", 4)
    R.score("obs-pain3", cc(("loinc", "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Vaagnavalu (NRS)"),
            "2026-10-06", 3, e3)
    R.note("note-gyn2", "2026-10-06", LOINC_NOTE["progress"], """
Kontrollvisiit 06.10.2026. Dienogesti kasutab 3 kuud, talub hästi, vähene määrimine esimesel kuul. Valu NRS 3 (enne 7). Jätkata ravi, kontroll 6 kuu pärast.
""", gyn, e3, "Günekoloogi kontrollvisiit", "et")
    R.communication("comm-pt2", "2026-11-18", R.patient, [gyn], """
Tere! Palun pikendage dienogesti retsepti, see lõpeb detsembris. Tunnen end hästi. Marina
""", category=cct("Patsiendi sõnum patsiendiportaalis"), in_response_to=None)
    R.med_request("mr-cetir", atc("R06AE07", "cetirizine", "Tsetirisiin 10 mg tablett"),
                  "2026-04-02", "1 tablett päevas kevadel vajadusel", requester=fd, reason_refs=[c_rin])


def ee_depression_worsening(R):
    """WORSENING_DESPITE_TREATMENT positive: PHQ-9 rising 13 -> 21 over 7 months on sertraline."""
    o = setup(R)
    ik = patient(R, "Kristjan", "Luik", "male", "1992-09-12", 508, "Kooli 4-12", "Põltsamaa", "48104")
    coverage(R, o, ik)
    fd = doc(R, "Merike", "Org", "Perearst", 3877)
    ode = doc(R, "Kaire", "Sild", "Pereõde", 9301)
    c_dep = R.condition("cond-dep", icd("F32.1", "Moderate depressive episode", "Mõõdukas depressiivne episood"), "2026-03-10", recorder=fd)
    R.condition("cond-lbp", icd("M54.5", "Low back pain", "Alaseljavalu"), "2021-10-04", clinical="resolved", abatement="2022-01-15")
    phq = cc(("loinc", "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 koondskoor")
    e0 = vastuvott(R, "enc-0", "2026-03-10", fd, o["fp"], "Meeleolu langus, unetus")
    R.score("obs-phq0", phq, "2026-03-10", 14, e0)
    R.score("obs-gad", cc(("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7 koondskoor"),
            "2026-03-10", 8, e0)
    R.lab("tsh", 1.8, "2026-03-10", (0.4, 4.0), e0, text="TSH")
    R.lab("hb_gL", 152, "2026-03-10", (134, 170), e0, text="Hemoglobiin")
    R.note("note-0", "2026-03-10", LOINC_NOTE["progress"], """
Perearsti vastuvõtt 10.03.2026
Kaebused: 2 kuud meeleolu langus, huvi kadumine, unetus, keskendumisraskused tööl (IT-tugi). Enesevigastamise mõtteid ei ole.
PHQ-9 14, GAD-7 8.
Diagnoos: F32.1 mõõdukas depressiivne episood.
Plaan: sertraliin 50 mg, pereõe jälgimine, psühhoteraapia järjekorda (Töötukassa/haigekassa kaudu). Kontroll 6 nädala pärast.
""", fd, e0, "Perearsti vastuvõtt", "et")
    sert = atc("N06AB06", "sertraline", "Sertraliin 50 mg õhukese polümeerikattega tablett")
    R.med_statement("ms-sert", sert, "active", "2026-03-10", dosage="50 mg -> 100 mg (05/2026) -> 150 mg (08/2026) päevas",
                    reason_refs=[c_dep], source=fd, asserted="2026-11-10", note="Apteegi väljaostud regulaarsed (digiretsept).")
    R.med_request("mr-sert1", sert, "2026-03-10", "50 mg hommikul", status="completed", requester=fd, reason_refs=[c_dep],
                  note="Annust suurendatud 100 mg-ni 16.06.2026")
    R.med_request("mr-sert2", atc("N06AB06", "sertraline", "Sertraliin 100 mg õhukese polümeerikattega tablett"), "2026-06-16",
                  "100 mg hommikul", status="completed", requester=fd, reason_refs=[c_dep], note="Annust suurendatud 150 mg-ni 25.08.2026")
    R.med_request("mr-sert3", atc("N06AB06", "sertraline", "Sertraliin 50 mg + 100 mg õhukese polümeerikattega tabletid"), "2026-08-25",
                  "150 mg hommikul", status="active", requester=fd, reason_refs=[c_dep])
    vals = [("2026-04-21", 13), ("2026-06-16", 16), ("2026-08-25", 18), ("2026-11-10", 21)]
    for i, (d, v) in enumerate(vals, 1):
        e = vastuvott(R, f"enc-{i}", d, fd if i != 1 else ode, o["fp"], "Depressiooni ravi kontroll")
        R.score(f"obs-phq{i}", phq, d, v, e)
    R.note("note-4", "2026-11-10", LOINC_NOTE["progress"], """
Perearsti vastuvõtt 10.11.2026
Sertraliini võtab märtsist järjepidevalt, praegu 150 mg päevas (alates augustist). Kõrvaltoimeid ei ole. Vaatamata ravile meeleolu halvenenud: PHQ-9 13 (aprill) -> 16 -> 18 -> 21. On jäänud haiguslehele, ei suuda hommikuti voodist tõusta. Suitsiidimõtteid eitab, plaani ei ole. Psühhoteraapia järjekorras alates märtsist, aega veel ei ole.
Hinnang: depressioon süveneb vaatamata 8 kuu antidepressantravile adekvaatses annuses.
Plaan: e-konsultatsioon psühhiaatrile ravi muutmise osas; kontroll 2 nädala pärast.
""", fd, None, "Perearsti vastuvõtt", "et")
    R.service_request("sr-ekons", ECONS, "2026-11-10", "active", "order", fd, None, reason_refs=[c_dep],
                      category=cct("E-konsultatsioon psühhiaatrile"), note="Depressioon süveneb sertraliin 150 mg taustal; palun soovitusi ravi muutmiseks.")
    R.service_request("sr-psyth", cc((LOCAL_PROC, "PSYTH", "Kognitiiv-käitumuslik psühhoteraapia"), text="Psühhoteraapia"), "2026-03-10",
                      "active", "order", fd, reason_refs=[c_dep], note="Järjekorras.")


def ee_diabetes_stopped(R):
    """WORSENING_DESPITE_TREATMENT near miss: HbA1c rising but metformin was stopped by the patient in January."""
    o = setup(R)
    ik = patient(R, "Ene", "Rebane", "female", "1965-12-02", 293, "Lõuna 11", "Jõgeva", "48306")
    coverage(R, o, ik)
    fd = doc(R, "Kadri", "Kask", "Perearst", 4411)
    ode = doc(R, "Kaire", "Sild", "Pereõde (diabeediõde)", 9301)
    c_dm = R.condition("cond-dm", icd("E11.9", "Type 2 diabetes mellitus without complications", "2. tüüpi diabeet"), "2020-09-14")
    c_htn = R.condition("cond-htn", icd("I10", "Essential (primary) hypertension", "Hüpertensioon"), "2016-04-20")
    R.condition("cond-ob", icd("E66.0", "Obesity due to excess calories", "Rasvumine"), "2016-04-20")
    met = atc("A10BA02", "metformin", "Metformiin 1000 mg õhukese polümeerikattega tablett")
    R.med_request("mr-met", met, "2025-06-10", "1 tablett 2 korda päevas söögi ajal", status="stopped", requester=fd, reason_refs=[c_dm],
                  status_reason=cct("Patsient lõpetas ise jaanuaris 2026 (seedehäired)"))
    R.med_statement("ms-met", met, "stopped", "2020-09-14", "2026-01-20", reason_refs=[c_dm], source=R.patient,
                    asserted="2026-10-20", status_reason=cct("Lõpetas omal algatusel kõhulahtisuse tõttu"),
                    note="Ei ole arsti teavitanud; ülejäänud retseptid välja ostmata.")
    R.med_request("mr-rami", atc("C09AA05", "ramipril", "Ramipriil 10 mg tablett"), "2025-06-10", "1 tablett hommikul",
                  requester=fd, reason_refs=[c_htn])
    hba = [("2026-02-17", 7.1), ("2026-06-09", 7.9), ("2026-10-13", 8.8)]
    bps = [(132, 80), (130, 78), (134, 82)]
    for i, (d, v) in enumerate(hba):
        e = vastuvott(R, f"enc-{i + 1}", d, ode, o["fp"], "Diabeedi kontroll", type_text="Pereõe vastuvõtt")
        R.lab("hba1c", v, d, (4.0, 6.0), e, text="HbA1c", local=(LOCAL_LAB, "B-HbA1c", "Glükohemoglobiin"))
        R.vitals(d, e, bp=bps[i], wt=[97, 98, 99][i])
    R.lab("egfr", 84, "2026-10-13", (60, None), text="eGFR (CKD-EPI)")
    R.lab("chol", 5.4, "2026-10-13", (None, 5.0), text="Kolesterool")
    e4 = vastuvott(R, "enc-fd", "2026-10-20", fd, o["fp"], "Diabeedi halvenenud tasakaal")
    R.note("note-fd", "2026-10-20", LOINC_NOTE["progress"], """
Perearsti vastuvõtt 20.10.2026
HbA1c tõusnud 7,1% -> 7,9% -> 8,8%. Selgus, et patsient lõpetas metformiini võtmise jaanuaris 2026 omal algatusel kõhulahtisuse tõttu ega ole sellest teavitanud. Teisi diabeediravimeid ei kasuta. Dieeti järgib osaliselt.
Hinnang: diabeedi tasakaalu halvenemine ravi katkestamise tõttu, mitte ravi ebaefektiivsuse tõttu.
Plaan: alustada empagliflosiiniga 10 mg; metformiini uuesti proovida toimeainet prolongeeritult vabastava vormina väikeses annuses. Diabeediõe nõustamine. HbA1c kontroll 3 kuu pärast.
""", fd, e4, "Perearsti vastuvõtt", "et")
    R.med_request("mr-empa", atc("A10BK03", "empagliflozin", "Empagliflosiin 10 mg tablett"), "2026-10-20", "1 tablett hommikul",
                  requester=fd, reason_refs=[c_dm])
    R.med_request("mr-metxr", atc("A10BA02", "metformin", "Metformiin 500 mg toimeainet prolongeeritult vabastav tablett"), "2026-10-20",
                  "1 tablett õhtusöögi ajal, 2 nädala pärast 2 tabletti", requester=fd, reason_refs=[c_dm])


def ee_myasthenia(R):
    """RARE_OR_COMPLEX_CONDITION positive: generalised AChR-antibody myasthenia gravis (ORPHA:589)."""
    o = setup(R, tertiary=False)
    ik = patient(R, "Liis", "Mänd", "female", "1979-07-07", 164, "Tähe 2", "Mustvee", "49603")
    coverage(R, o, ik)
    fd = doc(R, "Kadri", "Kask", "Perearst", 4411)
    neu = doc(R, "Rasmus", "Allik", "Neuroloog", 2203)
    c_mg = R.condition("cond-mg", cc(("icd10", "G70.0", "Myasthenia gravis"), ("orpha", "589", "Myasthenia gravis"),
                                     ("sct", "91637004", "Myasthenia gravis"),
                                     text="Generaliseerunud müasteenia, AChR-antikehad positiivsed (MGFA IIb)"),
                       "2021-04-12", recorder=neu)
    R.condition("cond-thyr", icd("E06.3", "Autoimmune thyroiditis", "Autoimmuunne türeoidiit, eutüreoidne"), "2018-03-01")
    R.procedure("proc-thym", cc((LOCAL_PROC, "GEB-THYM", "Tümektoomia"), text="Videoassisteeritud torakoskoopiline tümektoomia"),
                "2022-02-08", reason_refs=[c_mg], note="Histoloogia: tüümuse hüperplaasia, tümoomi ei ole.")
    R.obs("lab-achr", cc((LOCAL_LAB, "S-AChR-Ab", "Atsetüülkoliini retseptori antikehad"), text="AChR antikehad"), "2021-04-01",
          (8.6, "nmol/L"), ref_range=(None, 0.4, "nmol/L"), interp="H")
    mgadl = cc(("https://fhir.peipsi-rh.example.ee/CodeSystem/skaalad", "MG-ADL", "Myasthenia Gravis Activities of Daily Living"),
               text="MG-ADL koondskoor")
    for i, (d, v) in enumerate([("2026-03-17", 4), ("2026-07-14", 3), ("2026-11-10", 3)], 1):
        e = vastuvott(R, f"enc-neu{i}", d, neu, o["h"], "Müasteenia jälgimine")
        R.score(f"obs-mgadl{i}", mgadl, d, v, e)
        R.lab("wbc", [6.1, 5.8, 6.0][i - 1], d, (3.5, 8.8), e, text="Leukotsüüdid")
        R.lab("alt", [24, 28, 22][i - 1], d, (None, 35), e, text="ALAT")
    R.lab("tsh", 2.1, "2026-07-14", (0.4, 4.0), text="TSH")
    R.note("note-neu3", "2026-11-10", LOINC_NOTE["consult"], """
Neuroloogi vastuvõtt 10.11.2026
Diagnoos: G70.0 generaliseerunud müasteenia (AChR-antikehad positiivsed), tümektoomia 2022. Harvikhaigus (Orphanet ORPHA:589).
Seisund stabiilne: kerge ptoos õhtuti, närimisel väsib. MG-ADL 3 (märtsis 4). Müasteenilisi kriise ei ole olnud alates 2021.
Ravi: püridostigmiin 60 mg 3 korda päevas, prednisoloon 10 mg ülepäeviti, asatiopriin 100 mg päevas. Vereanalüüsid korras.
Plaan: jätkata samas annuses, osteoporoosi profülaktika, kontroll 4 kuu pärast. Gripi vaktsineerimine tehtud.
""", neu, None, "Neuroloogi konsultatsioon", "et")
    R.med_request("mr-pyr", atc("N07AA02", "pyridostigmine", "Püridostigmiinbromiid 60 mg tablett"), "2021-04-12",
                  "1 tablett 3 korda päevas", requester=neu, reason_refs=[c_mg])
    R.med_request("mr-pred", atc("H02AB06", "prednisolone", "Prednisoloon 5 mg tablett"), "2024-06-11",
                  "10 mg ülepäeviti hommikul", requester=neu, reason_refs=[c_mg])
    R.med_request("mr-aza", atc("L04AX01", "azathioprine", "Asatiopriin 50 mg tablett"), "2022-05-03",
                  "100 mg päevas", requester=neu, reason_refs=[c_mg])
    R.med_request("mr-cad", atc("A12AX", "calcium, combinations with vitamin D and/or other drugs", "Kaltsium + D3-vitamiin närimistablett"),
                  "2024-06-11", "1 tablett päevas", requester=neu)
    R.immunization("imm-flu", cc(("cvx", "150", "Influenza, injectable, quadrivalent, preservative free"), text="Gripivaktsiin 2026/2027"),
                   "2026-10-20", performer=fd)


def ee_gallstones_explained(R):
    """DIAGNOSIS_SYMPTOM_MISMATCH near miss: unspecified abdominal pain label replaced by gallstones and cured by surgery."""
    o = setup(R)
    ik = patient(R, "Maie", "Tamm", "female", "1971-10-25", 352, "Vee 6", "Kallaste", "60104")
    coverage(R, o, ik)
    fd = doc(R, "Kadri", "Kask", "Perearst", 4411)
    kir = doc(R, "Jüri", "Tamme", "Üldkirurg", 2095)
    rad = doc(R, "Maarja", "Kõiv", "Radioloog", 2650)
    R.condition("cond-htn", icd("I10", "Essential (primary) hypertension", "Hüpertensioon"), "2018-09-12")
    c_r10 = R.condition("cond-r10", icd("R10.4", "Other and unspecified abdominal pain", "Korduvad kõhuvalud, täpsustamata"),
                        "2026-02-12", clinical="resolved", abatement="2026-03-26", recorder=fd, category="encounter-diagnosis",
                        note="Asendatud diagnoosiga K80.2 pärast ultraheliuuringut 26.03.2026.")
    e1 = vastuvott(R, "enc-fd1", "2026-02-12", fd, o["fp"], "Ülakõhuvalu hoogudena")
    R.vitals("2026-02-12", e1, bp=(134, 82), hr=74, wt=78, temp=36.7)
    R.lab("alt", 31, "2026-02-12", (None, 35), e1, text="ALAT")
    R.lab("bili", 14, "2026-02-12", (None, 21), e1, text="Bilirubiin")
    R.lab("crp", 3, "2026-02-12", (None, 5), e1, text="CRP")
    R.lab("hb_gL", 134, "2026-02-12", (117, 153), e1, text="Hemoglobiin")
    R.note("note-fd1", "2026-02-12", LOINC_NOTE["progress"], """
Perearsti vastuvõtt 12.02.2026
Kaebused: 2 kuud hoogudena ülakõhuvalu, eriti pärast rasvast toitu, kestab 1-3 tundi. Palavikku ega kollasust ei ole.
Objektiivselt: kõht pehme, kerge palpatsioonivalu paremal roidekaare all. Murphy tunnus kahtlane.
Hinnang: R10.4 kõhuvalu, kahtlus sapikivitõvele. Plaan: analüüsid, kõhuõõne UH.
""", fd, e1, "Perearsti vastuvõtt", "et")
    e2 = vastuvott(R, "enc-fd2", "2026-03-05", fd, o["fp"], "Kõhuvalu kordub")
    R.service_request("sr-ekons", ECONS, "2026-03-05", "completed", "order", fd, kir, reason_refs=[c_r10],
                      category=cct("E-konsultatsioon kirurgile"), note="Korduvad sapikoolikataolised valud, UH järjekorras.")
    uh = R.report("dr-uh", img("UH-KOHT", "Kõhuõõne ultraheliuuring"), "2026-03-26",
                  "Sapipõies mitmed kivid kuni 14 mm, sein 3 mm, perivesikaalset vedelikku ei ole. Ühissapijuha 5 mm. Maks, pankreas iseärasusteta.",
                  category=DR_CAT["RAD"], interpreter=rad)
    c_k80 = R.condition("cond-k80", icd("K80.2", "Calculus of gallbladder without cholecystitis", "Sümptomaatiline sapikivitõbi"),
                        "2026-03-26", clinical="resolved", abatement="2026-06-18", recorder=kir,
                        evidence=[{"detail": [ref(uh)]}])
    e3 = R.encounter("enc-op", "2026-06-18", "SS", cct("Päevakirurgia"), cct("Sümptomaatiline sapikivitõbi"), kir, o["h"],
                     time="08:00", end_time="18:00")
    R.procedure("proc-lcc", cc(("ncsp", "JKA21", "Laparoscopic cholecystectomy"), text="Laparoskoopiline koletsüstektoomia"),
                "2026-06-18", performer=kir, enc=e3, reason_refs=[c_k80], note="Tüsistusteta. Histoloogia: krooniline koletsüstiit, kivid.")
    e4 = vastuvott(R, "enc-kontroll", "2026-08-04", kir, o["h"], "Operatsioonijärgne kontroll")
    R.note("note-kontroll", "2026-08-04", LOINC_NOTE["progress"], """
Kirurgi kontrollvisiit 04.08.2026
7 nädalat pärast laparoskoopilist koletsüstektoomiat. Kõhuvalusid ei ole olnud, söömine ilma piiranguteta. Haavad paranenud.
Hinnang: sümptomid taandunud, ravi lõpetatud. Kontrolli pole vaja.
""", kir, e4, "Kirurgi kontrollvisiit", "et")
    R.med_request("mr-rami", atc("C09AA05", "ramipril", "Ramipriil 5 mg tablett"), "2025-09-01", "1 tablett hommikul", requester=fd)
    R.med_request("mr-parac", atc("N02BE01", "paracetamol", "Paratsetamool 500 mg tablett"), "2026-02-12", "1-2 tabletti kuni 3 korda päevas valu korral",
                  status="completed", requester=fd, reason_refs=[c_r10])


CASES = [
    dict(key="ee_avr_planned", fn=ee_avr_planned, org="EE", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Surgical aortic valve replacement via sternotomy is booked after the heart-team decision: Procedure in status 'preparation' and a planned elective admission on 17 Jan 2027; not yet performed.",
         summary="74-y man, severe bicuspid aortic stenosis; open valve replacement scheduled Jan 2027 (Estonian notes, e-consultation)."),
    dict(key="ee_hf_palliative", fn=ee_hf_palliative, org="EE", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"],
         why="Cardiology note states treatment options are exhausted (no transplant/LVAD/CRT) and refers to palliative care; active palliative CarePlan, no second opinion on record.",
         summary="81-y woman, end-stage HFrEF (EF 15%): 'edasised ravivõimalused puuduvad', palliative team at home."),
    dict(key="ee_gastric_second_opinion", fn=ee_gastric_second_opinion, org="EE", target="UNTREATABLE_PROGNOSIS", kind="near-miss",
         expected=[],
         why="Metastatic gastric cancer with no treatment options and palliative care, but a second-opinion consultation at a university clinic (Aug 2026) already confirmed it, so the flag is suppressed.",
         summary="66-y man, metastatic gastric cancer, best supportive care; tertiary second opinion already given Aug 2026."),
    dict(key="ee_colon_chemo", fn=ee_colon_chemo, org="EE", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="Adjuvant CAPOX chemotherapy started Nov 2026 (oxaliplatin MedicationAdministrations, active chemotherapy CarePlan with cycles to April 2027).",
         summary="58-y woman, stage IIIB sigmoid cancer resected; adjuvant CAPOX cycles 1-2 given, 6 more planned."),
    dict(key="ee_knee_portal_request", fn=ee_knee_portal_request, org="EE", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"],
         why="Patient-authored portal message (Communication) asks for a referral to another orthopaedist for a second opinion and says his concern was not taken seriously; no second opinion yet.",
         summary="52-y man, knee OA with degenerative meniscal tear; portal message in Estonian requesting a second orthopaedic opinion."),
    dict(key="ee_endometriosis_done", fn=ee_endometriosis_done, org="EE", target="PATIENT_REPORTED_CONCERN", kind="near-miss",
         expected=[],
         why="The patient's April request for a second opinion was fulfilled (university clinic consultation June 2026, within 12 months); her later message is only a prescription renewal.",
         summary="39-y woman, endometriosis on dienogest; asked for a second opinion in April, received it in June; pain improving."),
    dict(key="ee_depression_worsening", fn=ee_depression_worsening, org="EE", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"],
         why="PHQ-9 rose 13 -> 16 -> 18 -> 21 (Apr-Nov 2026, +8 >= MCID 5) while sertraline has been taken continuously since March at increasing doses.",
         summary="34-y man, moderate depression; PHQ-9 worsening over 7 months despite sertraline up to 150 mg."),
    dict(key="ee_diabetes_stopped", fn=ee_diabetes_stopped, org="EE", target="WORSENING_DESPITE_TREATMENT", kind="near-miss",
         expected=[],
         why="HbA1c rose 7.1 -> 8.8% but the patient had stopped metformin herself in January 2026 and took no other glucose-lowering drug, so it is not worsening despite treatment.",
         summary="60-y woman, type 2 diabetes; HbA1c rising after she silently stopped metformin; therapy restarted Oct 2026."),
    dict(key="ee_myasthenia", fn=ee_myasthenia, org="EE", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active generalised AChR-antibody myasthenia gravis (Orphanet ORPHA:589), a rare disease; stable, so no other criterion.",
         summary="47-y woman, generalised myasthenia gravis after thymectomy, stable on pyridostigmine/prednisolone/azathioprine."),
    dict(key="ee_gallstones_explained", fn=ee_gallstones_explained, org="EE", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="near-miss",
         expected=[],
         why="The unspecified abdominal pain label (R10.4) lasted only six weeks before ultrasound showed gallstones; cholecystectomy cured the symptoms.",
         summary="55-y woman, recurrent upper abdominal pain labelled R10.4, explained by gallstones; laparoscopic cholecystectomy, symptom-free."),
]
