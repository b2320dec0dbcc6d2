"""Cases from the Unidade Local de Saúde do Alto Tejo (Portuguese NHS hospital): ICD-10-CM/PCS with Portuguese
displays, ATC, notes in Portuguese, primary-care (USF) referrals, patient-experience questionnaires."""
from fhirkit import (ICD10CM, ICD10PCS, SCT, atc, cc, local, loinc, q, scaffold)

PSNW = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"
MPP = "MAJOR_PROCEDURE_PLANNED"
UP = "UNTREATABLE_PROGNOSIS"
HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
WDT = "WORSENING_DESPITE_TREATMENT"
RARE = "RARE_OR_COMPLEX_CONDITION"

LOCAL_TYPES = "https://fhir.ulsat.example.pt/CodeSystem/tipo-contacto"
CONSULTA = cc(LOCAL_TYPES, "CE", "Consulta externa", text="Consulta externa hospitalar")
MGF = cc(LOCAL_TYPES, "MGF", "Consulta de Medicina Geral e Familiar", text="Consulta de Medicina Geral e Familiar (USF)")
URG = cc(LOCAL_TYPES, "URG", "Episódio de urgência", text="Serviço de Urgência Médico-Cirúrgica")
INT = cc(LOCAL_TYPES, "INT", "Internamento", text="Internamento")
TELE = cc(LOCAL_TYPES, "TC", "Teleconsulta", text="Teleconsulta")
HDIA = cc(LOCAL_TYPES, "HD", "Hospital de dia", text="Hospital de dia")
NOTA_ALTA = cc("http://loinc.org", "18842-5", "Discharge summary", text="Nota de alta")
DIARIO = cc("http://loinc.org", "11506-3", "Progress note", text="Diário clínico")
CONSULT_NOTE = cc("http://loinc.org", "11488-4", "Consult note", text="Registo de consulta")
REFERRAL = cc("http://loinc.org", "57133-1", "Referral note", text="Pedido de consulta (referenciação)")
ORGTYPE = "http://terminology.hl7.org/CodeSystem/organization-type"


def dx(code, text):
    return cc(ICD10CM, code, text, text=text)


def pcs(code, text):
    return cc(ICD10PCS, code, text, text=text)


def lab(c, sfx, code, text, date, value, unit, low=None, high=None, enc=None, interp=None):
    return c.obs(sfx, loinc(code, text), date, q(value, unit), low=low, high=high, enc=enc, interp=interp)


def usf(c, R, name="USF Rio Tejo"):
    return c.organization("usf", name=name, part_of=R["org"],
                          type_cc=cc(ORGTYPE, "prov", "Healthcare Provider", text="Unidade de Saúde Familiar"))


# ----------------------------------------------------------------------------------------------------- b01
def b01(c):
    """Chest pain called costochondritis at the USF; unplanned admission six days later with NSTEMI."""
    R = scaffold(c, "Manuel", "Rodrigues Ferreira", "male", "1961-07-14", 31,
                 [("mgf", "Ana", "Sousa", "Médica de Medicina Geral e Familiar"),
                  ("urg", "Pedro", "Lopes", "Médico de Medicina Interna (Urgência)"),
                  ("card", "Rui", "Matos", "Cardiologista")], gp="mgf", city="Abrantes", postal="2200-315",
                 marital=("M", "Married"))
    u = usf(c, R)
    c.condition("htn", dx("I10", "Hipertensão essencial (primária)"), onset="2014", recorded="2014-05-20")
    c.condition("dlp", dx("E78.2", "Hiperlipidemia mista"), onset="2018", recorded="2018-02-11")
    c.condition("tab", dx("F17.210", "Dependência de nicotina, cigarros, não complicada"), onset="1980",
                recorded="2014-05-20", note="40 UMA.")
    e0 = c.encounter("e0", "2026-09-28", type_cc=MGF, reason=dx("R07.89", "Outra dor torácica"), prac=R["mgf"],
                     provider=u, time="15:20", end_time="15:40")
    cost = c.condition("cost", dx("M94.0", "Síndrome da junção condrocostal [Tietze]"), onset="2026-09-25",
                       recorded="2026-09-28", category="encounter-diagnosis", clinical=None, verification="refuted",
                       enc=e0, recorder=R["mgf"], note="Diagnóstico de consulta na USF; não confirmado — ver internamento de 04/10/2026.")
    c.bp("bp0", "2026-09-28", 148, 90, enc=e0)
    c.note("n0", "2026-09-28", "Registo de consulta MGF (SOAP)",
           "S: Dor na região torácica esquerda há 3 dias, tipo pressão, por vezes com o esforço ao subir a rua, "
           "alivia em repouso. Nega dispneia.\n"
           "O: Bom estado geral. TA 148/90 mmHg, FC 84 bpm. Dor à palpação da 4.ª articulação condrocostal esquerda. "
           "Auscultação cardiopulmonar sem alterações. ECG não realizado na consulta.\n"
           "A: Costocondrite.\n"
           "P: Ibuprofeno 400 mg 8/8h durante 5 dias. Reavaliar se agravamento.", author=R["mgf"],
           type_cc=CONSULT_NOTE, enc=e0, custodian=u, time="15:45")
    c.med_request("ibu", atc("M01AE01", "Ibuprofeno 400 mg comprimido"), "2026-09-28", status="completed",
                  requester=R["mgf"], reason=[cost], dose_text="400 mg de 8/8 horas durante 5 dias")
    e1 = c.encounter("e1", "2026-10-04", cls="EMER", type_cc=URG, reason=dx("R07.9", "Dor torácica"),
                     prac=R["urg"], time="06:55", end_time="10:30", priority=cc(
                         "http://terminology.hl7.org/CodeSystem/v3-ActPriority", "EM", "emergency",
                         text="Triagem de Manchester: laranja"))
    mi = c.condition("mi", dx("I21.4", "Enfarte do miocárdio sem supradesnivelamento do segmento ST (NSTEMI)"),
                     onset="2026-10-04", recorded="2026-10-04", clinical="resolved", abatement="2026-11-01",
                     recorder=R["card"])
    cad = c.condition("cad", dx("I25.10", "Doença cardíaca aterosclerótica da artéria coronária nativa sem angina"),
                      onset="2026-10-05", recorder=R["card"])
    lab(c, "tn1", "67151-1", "Troponina T de alta sensibilidade", "2026-10-04", 186, "ng/L", None, 14, enc=e1)
    lab(c, "tn2", "67151-1", "Troponina T de alta sensibilidade", "2026-10-04T10:05:00+01:00", 412, "ng/L", None, 14,
        enc=e1)
    e2 = c.encounter("e2", "2026-10-04", "2026-10-08", cls="IMP", type_cc=INT, reason=dx("I21.4", "NSTEMI"),
                     prac=R["card"], time="10:30", end_time="12:00",
                     admit=cc("http://terminology.hl7.org/CodeSystem/admit-source", "emd",
                              "From accident/emergency department"),
                     discharge=cc("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home"),
                     diagnoses=[mi, cad])
    lab(c, "ldl", "13457-7", "Colesterol LDL (calculado)", "2026-10-05", 168, "mg/dL", None, 55, enc=e2)
    lab(c, "hb", "718-7", "Hemoglobina", "2026-10-05", 14.6, "g/dL", 13.0, 17.0, enc=e2)
    c.obs("fe", loinc("10230-1", "Fração de ejeção do ventrículo esquerdo"), "2026-10-06", q(48, "%"), low=52,
          category="imaging", enc=e2)
    c.procedure("pci", pcs("027034Z", "Dilatação de artéria coronária, uma artéria, com dispositivo intraluminal "
                                      "eluidor de fármaco, via percutânea"), "2026-10-05", performer=R["card"], enc=e2,
                reason_ref=[mi], note="Coronariografia: estenose de 90 % da DA média; ICP com 1 stent farmacológico.")
    for sfx, code, text in [("aas", "B01AC06", "Ácido acetilsalicílico 100 mg"), ("tica", "B01AC24", "Ticagrelor 90 mg 12/12h"),
                            ("ator", "C10AA05", "Atorvastatina 80 mg"), ("biso", "C07AB07", "Bisoprolol 2,5 mg"),
                            ("rami", "C09AA05", "Ramipril 5 mg")]:
        c.med_request(sfx, atc(code, text), "2026-10-08", requester=R["card"], reason=[cad], dose_text=text)
    c.note("alta", "2026-10-08", "Nota de alta — Cardiologia",
           "Homem de 65 anos, fumador, hipertenso e dislipidémico.\n"
           "Recorreu à consulta da USF a 28/09 por dor torácica esquerda com 3 dias de evolução, interpretada como "
           "costocondrite e medicado com ibuprofeno. A 04/10 recorre ao Serviço de Urgência por dor torácica em "
           "repouso com 2 horas de evolução. ECG com infradesnivelamento ST de V4 a V6; troponina T 186 → 412 ng/L.\n"
           "Diagnóstico: EAMSSST (NSTEMI). Coronariografia a 05/10: doença de 1 vaso (DA média), ICP com stent "
           "farmacológico. FEVE 48 %.\n"
           "Alta medicado com AAS, ticagrelor, atorvastatina 80, bisoprolol e ramipril. Referenciado para "
           "reabilitação cardíaca. Cessação tabágica aconselhada.", author=R["card"], type_cc=NOTA_ALTA, enc=e2)
    c.service_request("reab", local(c, "REAB-CARD", "Programa de reabilitação cardíaca"),
                      "2026-10-08", status="active", requester=R["card"], reason_ref=[cad], occurrence="2026-12-14")
    return c


B01 = dict(key="b01", org="PT", target=PSNW, kind="positive", expected=[PSNW], build=b01,
           summary="Exertional chest pain labelled costochondritis at the family-health unit on 28 Sep; unplanned "
                   "emergency admission with NSTEMI six days later",
           why="Published e-trigger: an unplanned hospital admission within 14 days of a primary-care visit for the "
               "same complaint, the pattern of a missed diagnosis.")


# ----------------------------------------------------------------------------------------------------- b02
def b02(c):
    """IBS label for 13 months while weight loss, nocturnal diarrhoea and raised calprotectin appear."""
    R = scaffold(c, "Sofia", "Marques Almeida", "female", "1978-05-03", 32,
                 [("mgf", "Teresa", "Vieira", "Médica de Medicina Geral e Familiar"),
                  ("gas", "Luís", "Pinheiro", "Gastrenterologista")], gp="mgf", city="Torres Novas",
                 postal="2350-421")
    u = usf(c, R, "USF Almonda")
    ibs = c.condition("ibs", dx("K58.0", "Síndrome do intestino irritável com diarreia"), onset="2025-08",
                      recorded="2025-10-15", recorder=R["mgf"])
    c.condition("hipo", dx("E06.3", "Tiroidite autoimune"), onset="2012", recorded="2012-06-01")
    c.med_statement("levo", atc("H03AA01", "Levotiroxina 50 microgramas"), "2012-06-01", asserted="2026-10-28",
                    dose_text="50 µg/dia")
    c.med_statement("meb", atc("A03AA04", "Mebeverina 200 mg cápsula de libertação prolongada"), "2025-10-15",
                    end="2026-01-20", status="stopped", asserted="2026-02-10", reason=[ibs], dose_text="200 mg 12/12h",
                    status_reason=cc(text="Sem benefício; suspensa pela médica de família"))
    c.med_statement("lop", atc("A07DA03", "Loperamida 2 mg cápsula"), "2026-06-02", asserted="2026-09-22",
                    reason=[ibs], dose_text="2 mg após cada dejeção líquida, máx. 8 mg/dia, SOS")
    visits = [("e1", "2025-10-15", 64.0), ("e2", "2026-02-10", 62.8), ("e3", "2026-06-02", 60.1),
              ("e4", "2026-09-22", 56.5)]
    encs = {}
    for sfx, d, wt in visits:
        encs[sfx] = c.encounter(sfx, d, type_cc=MGF, reason=dx("K58.0", "Síndrome do intestino irritável"),
                                prac=R["mgf"], provider=u)
        c.vital(f"wt{sfx}", "wt", d, wt, enc=encs[sfx])
    lab(c, "hb2", "718-7", "Hemoglobina", "2026-02-10", 13.1, "g/dL", 12.0, 15.5, enc=encs["e2"])
    lab(c, "pcr2", "1988-5", "Proteína C reativa", "2026-02-10", 4, "mg/L", None, 5, enc=encs["e2"])
    c.obs("sy3", loinc("75325-1", "Sintoma"), "2026-06-02",
          cc(SCT, "62315008", "Diarrhea", text="Diarreia 4–5 dejeções/dia, acorda de noite para evacuar"),
          category="exam", enc=encs["e3"])
    c.note("n3", "2026-06-02", "Registo de consulta MGF (SOAP)",
           "S: Mantém dor abdominal em cólica; agora diarreia 4–5 vezes por dia, por vezes de noite. Perdeu peso. "
           "Refere período de stress laboral.\n"
           "A: SII com predomínio de diarreia, agravado por stress.\n"
           "P: Loperamida SOS, reforço de medidas dietéticas e gestão do stress.", author=R["mgf"],
           type_cc=CONSULT_NOTE, enc=encs["e3"], custodian=u)
    c.obs("sy4", loinc("75325-1", "Sintoma"), "2026-09-22",
          cc(SCT, "405729008", "Hematochezia", text="Sangue vivo nas fezes, ocasional"), category="exam",
          enc=encs["e4"])
    hb = lab(c, "hb5", "718-7", "Hemoglobina", "2026-10-28", 11.2, "g/dL", 12.0, 15.5)
    fer = lab(c, "fer5", "2276-4", "Ferritina", "2026-10-28", 24, "ug/L", 15, 150)
    pcr = lab(c, "pcr5", "1988-5", "Proteína C reativa", "2026-10-28", 31, "mg/L", None, 5)
    alb = lab(c, "alb5", "1751-7", "Albumina", "2026-10-28", 33, "g/L", 35, 52)
    cal = lab(c, "cal5", "38445-3", "Calprotectina fecal", "2026-10-28", 620, "ug/g", None, 50)
    c.report("an5", local(c, "ANALISES-MCDT", "Análises clínicas (MCDT)"), "2026-10-28",
             results=[hb, fer, pcr, alb, cal], performer=R["mgf"])
    c.note("ref", "2026-11-12", "Pedido de consulta de Gastrenterologia",
           "Doente de 48 anos com diagnóstico de síndrome do intestino irritável desde outubro de 2025 (mebeverina "
           "sem benefício, suspensa em janeiro; loperamida SOS). Nos últimos meses: diarreia noturna, perda de 7,5 kg, sangue ocasional nas fezes.\n"
           "Análises 28/10: Hb 11,2, PCR 31, albumina 33, calprotectina fecal 620 µg/g.\n"
           "Mantém o diagnóstico de SII em tratamento. Solicito avaliação em consulta de Gastrenterologia.",
           author=R["mgf"], type_cc=REFERRAL, custodian=u)
    c.service_request("refsr", cc(SCT, "306206005", "Referral to service", text="Consulta de Gastrenterologia (CTH)"), "2026-11-12", status="active",
                      requester=R["mgf"], performer=R["gas"], reason_ref=[ibs], priority="routine")
    c.encounter("e5", "2027-01-21", type_cc=CONSULTA, reason=dx("K58.0", "Síndrome do intestino irritável"),
                prac=R["gas"])
    return c


B02 = dict(key="b02", org="PT", target=DSM, kind="positive", expected=[DSM], build=b02,
           summary="IBS-D label since October 2025; 7.5 kg weight loss, nocturnal diarrhoea, rectal bleeding, CRP 31 "
                   "and faecal calprotectin 620 µg/g, still referred as IBS",
           why="A catch-all K58 label persisting over a year while symptoms continue and red-flag findings appear "
               "(weight loss, nocturnal diarrhoea, bleeding, inflammatory markers) that IBS cannot explain.")


# ----------------------------------------------------------------------------------------------------- b03
def b03(c):
    """Severe right hip osteoarthritis: total hip arthroplasty proposed, on the surgical waiting list."""
    R = scaffold(c, "Joaquim", "Santos Pereira", "male", "1956-03-21", 33,
                 [("mgf", "Ana", "Sousa", "Médica de Medicina Geral e Familiar"),
                  ("ort", "Miguel", "Antunes", "Ortopedista"),
                  ("anest", "Beatriz", "Leal", "Anestesiologista")], gp="mgf", city="Abrantes",
                 marital=("M", "Married"))
    oa = c.condition("oa", dx("M16.11", "Coxartrose primária unilateral, anca direita"), onset="2022",
                     recorded="2026-05-12", recorder=R["ort"], severity=cc(SCT, "24484000", "Severe", text="Grave"))
    dm = c.condition("dm", dx("E11.9", "Diabetes mellitus tipo 2 sem complicações"), onset="2015", recorded="2015-09-09")
    c.condition("htn", dx("I10", "Hipertensão essencial (primária)"), onset="2012", recorded="2012-03-03")
    c.note("refn", "2026-02-16", "Pedido de consulta de Ortopedia",
           "Coxalgia direita mecânica com 4 anos de evolução, agravada no último ano. Claudicação da marcha, "
           "dificuldade em calçar-se. Sem melhoria com paracetamol, tramadol e fisioterapia (20 sessões). "
           "Rx: coxartrose direita grave.", author=R["mgf"], type_cc=REFERRAL)
    e1 = c.encounter("e1", "2026-05-12", type_cc=CONSULTA, reason=dx("M16.11", "Coxartrose direita"),
                     prac=R["ort"], diagnoses=[oa])
    c.report("rx", local(c, "RX-BACIA", "Radiografia da bacia e anca direita"), "2026-05-12", category="RAD",
             conclusion="Coxartrose direita grave (Kellgren-Lawrence grau 4): desaparecimento da entrelinha articular, "
                        "osteófitos e esclerose subcondral.", enc=e1)
    c.obs("ohs", local(c, "OHS", "Oxford Hip Score (0–48)"), "2026-05-12", 14, category="survey", enc=e1)
    c.obs("nrs", loinc("72514-3", "Dor (escala numérica 0–10)"), "2026-05-12", 8, category="survey", enc=e1)
    c.note("n1", "2026-05-12", "Registo de consulta de Ortopedia",
           "Coxartrose direita grave, KL 4, com grande limitação funcional (Oxford Hip Score 14/48, dor 8/10). "
           "Esgotado o tratamento conservador.\n"
           "Proposta: artroplastia total da anca direita não cimentada. Explicados riscos e benefícios; doente "
           "aceita e assina consentimento informado. Inscrito na Lista de Inscritos para Cirurgia (LIC) com "
           "prioridade normal. Consulta de anestesia a agendar.", author=R["ort"], type_cc=CONSULT_NOTE, enc=e1)
    sr = c.service_request("atq", pcs("0SR904A", "Substituição da articulação da anca direita por substituto "
                                                 "sintético de cerâmica em polietileno, não cimentado, via aberta"),
                           "2026-05-12", status="active", intent="order", requester=R["ort"], performer=R["ort"],
                           reason_ref=[oa], occurrence="2027-02-08", enc=e1,
                           category=cc(SCT, "387713003", "Surgical procedure", text="Cirurgia programada"),
                           note="Artroplastia total da anca direita. Inscrição LIC n.º 2026/04411.")
    lab(c, "hba1c", "4548-4", "Hemoglobina A1c", "2026-11-03", 6.9, "%", None, 6.5)
    lab(c, "hb", "718-7", "Hemoglobina", "2026-11-03", 14.2, "g/dL", 13.0, 17.0)
    lab(c, "cr", "2160-0", "Creatinina", "2026-11-03", 0.98, "mg/dL", 0.7, 1.3)
    c.vital("imc", "bmi", "2026-11-03", 29.4)
    c.encounter("e2", "2027-01-12", type_cc=CONSULTA, reason=cc(text="Consulta de anestesia pré-operatória"),
                prac=R["anest"])
    c.med_statement("para", atc("N02BE01", "Paracetamol 1 g"), "2023-01-10", asserted="2026-05-12", reason=[oa],
                    dose_text="1 g 8/8h")
    c.med_statement("tram", atc("N02AX02", "Tramadol 50 mg"), "2025-06-01", asserted="2026-05-12", reason=[oa],
                    dose_text="50 mg 12/12h")
    c.med_statement("metf", atc("A10BA02", "Metformina 1000 mg"), "2015-09-09", asserted="2026-05-12", reason=[dm],
                    dose_text="1000 mg 12/12h")
    c.med_statement("losa", atc("C09CA01", "Losartan 50 mg"), "2012-03-03", asserted="2026-05-12",
                    dose_text="50 mg/dia")
    _ = sr
    return c


B03 = dict(key="b03", org="PT", target=MPP, kind="positive", expected=[MPP], build=b03,
           summary="Severe right hip osteoarthritis (KL 4, Oxford Hip Score 14); uncemented total hip arthroplasty "
                   "ordered and on the surgical waiting list for February 2027",
           why="An active ServiceRequest (intent order) for a major joint replacement that has not yet been "
               "performed.")


# ----------------------------------------------------------------------------------------------------- b04
def b04(c):
    """Hepatocellular carcinoma BCLC D on alcoholic cirrhosis: no tumour-directed option, palliative care."""
    R = scaffold(c, "António", "Costa Nunes", "male", "1955-10-09", 34,
                 [("mgf", "Teresa", "Vieira", "Médica de Medicina Geral e Familiar"),
                  ("hep", "Inês", "Carvalho", "Gastrenterologista (Hepatologia)"),
                  ("pal", "Joana", "Moura", "Médica, Equipa Intra-Hospitalar de Suporte em Cuidados Paliativos")],
                 gp="mgf", city="Constância")
    cir = c.condition("cir", dx("K70.31", "Cirrose hepática alcoólica com ascite"), onset="2024", recorded="2024-11-20",
                      recorder=R["hep"], note="Child-Pugh C (11 pontos), MELD 21.")
    c.condition("alc", dx("F10.21", "Dependência de álcool, em remissão"), onset="1995", recorded="2024-11-20",
                note="Abstinente desde agosto de 2026.")
    chc = c.condition(
        "chc", dx("C22.0", "Carcinoma de células hepáticas"), onset="2026-08-18", recorder=R["hep"],
        stage=cc(text="BCLC D (Child-Pugh C, ECOG 3); multifocal com trombose tumoral do ramo direito da veia porta"))
    e1 = c.encounter("e1", "2026-08-14", "2026-08-26", cls="IMP", type_cc=INT,
                     reason=dx("R18.8", "Outra ascite"), prac=R["hep"], time="11:00", end_time="14:00",
                     admit=cc("http://terminology.hl7.org/CodeSystem/admit-source", "emd",
                              "From accident/emergency department"), diagnoses=[chc, cir])
    c.report("tc", local(c, "TC-ABD-TRIF", "TC abdominal trifásica"), "2026-08-17", category="CT", enc=e1,
             conclusion="Fígado cirrótico com pelo menos 4 nódulos com hipercaptação arterial e washout (maior 6,8 cm, "
                        "LI-RADS 5). Trombose tumoral do ramo direito da veia porta. Ascite moderada.")
    c.obs("afp", local(c, "AFP", "Alfa-fetoproteína sérica"), "2026-08-17", q(2840, "ng/mL"), high=7, enc=e1)
    lab(c, "bil", "14631-6", "Bilirrubina total", "2026-08-17", 58, "umol/L", 5, 21, enc=e1)
    lab(c, "alb", "1751-7", "Albumina", "2026-08-17", 26, "g/L", 35, 52, enc=e1)
    lab(c, "inr", "6301-6", "INR", "2026-08-17", 1.9, "{INR}", 0.8, 1.2, enc=e1)
    c.procedure("para1", pcs("0W9G3ZZ", "Drenagem da cavidade peritoneal, via percutânea"), "2026-08-15",
                performer=R["hep"], enc=e1, reason_ref=[cir], note="Paracentese evacuadora de 6 litros + albumina.")
    c.note("rmd", "2026-09-09", "Reunião multidisciplinar de tumores hepatobiliares",
           "Doente de 70 anos com cirrose hepática alcoólica Child-Pugh C (11) e CHC multifocal com trombose tumoral "
           "portal, AFP 2840 ng/mL, ECOG 3.\n"
           "Decisão: BCLC D. Sem indicação para tratamento dirigido ao tumor — não candidato a ressecção, "
           "transplante hepático, ablação, quimioembolização nem terapêutica sistémica. "
           "Sem opções terapêuticas com benefício. Referenciar à EIHSCP e à Rede Nacional de Cuidados Continuados "
           "Integrados (unidade de cuidados paliativos). Informados doente e filha.",
           author=R["hep"], type_cc=CONSULT_NOTE, time="13:00")
    e2 = c.encounter("e2", "2026-10-20", type_cc=CONSULTA, reason=dx("C22.0", "CHC"), prac=R["pal"])
    c.note("ref", "2026-09-10", "Pedido de colaboração — Equipa Intra-Hospitalar de Suporte em Cuidados Paliativos",
           "Solicito colaboração da EIHSCP para doente com CHC BCLC D sobre cirrose Child-Pugh C, sem opções de "
           "tratamento dirigido ao tumor segundo a reunião multidisciplinar de 09/09. Pedida também referenciação "
           "para unidade de cuidados paliativos da RNCCI quando necessário.", author=R["hep"], type_cc=REFERRAL,
           time="09:15")
    c.note("n2", "2026-10-20", "Consulta EIHSCP",
           "Primeira consulta da equipa de cuidados paliativos. Dor no hipocôndrio direito (EVA 6), anorexia, "
           "astenia marcada. Ascite recidivante com paracenteses quinzenais.\n"
           "Ajustada analgesia (morfina de libertação prolongada), laxante. Conferência familiar: doente conhece o "
           "diagnóstico e prognóstico; deseja permanecer em casa o máximo possível.", author=R["pal"],
           type_cc=CONSULT_NOTE, enc=e2)
    c.med_request("mor", cc(text="Morfina 10 mg comprimido de libertação prolongada"), "2026-10-20",
                  requester=R["pal"], reason=[chc], dose_text="10 mg 12/12h + 5 mg de morfina oral SOS")
    c.med_request("espi", atc("C03DA01", "Espironolactona 100 mg"), "2026-08-26", requester=R["hep"], reason=[cir],
                  dose_text="100 mg/dia")
    c.med_request("lact", atc("A06AD11", "Lactulose xarope"), "2026-08-26", requester=R["hep"], reason=[cir],
                  dose_text="15 mL 2–3 vezes/dia (2–3 dejeções diárias)")
    return c


B04 = dict(key="b04", org="PT", target=UP, kind="positive", expected=[UP], build=b04,
           summary="Multifocal hepatocellular carcinoma with portal tumour thrombus on Child-Pugh C alcoholic cirrhosis "
                   "(BCLC D); the MDT note says no tumour-directed option exists and a referral note asks the "
                   "palliative-care team to take over (signal in notes only)",
           why="The MDT and referral notes state there are no therapeutic options and hand care to the palliative "
               "team, which then follows him; no second opinion is on record.")


# ----------------------------------------------------------------------------------------------------- b05
def b05(c):
    """Metastatic sigmoid cancer in a frail 87-year-old: best supportive care, confirmed by a second opinion."""
    R = scaffold(c, "Maria de Lurdes", "Fonseca", "female", "1939-04-17", 35,
                 [("mgf", "Ana", "Sousa", "Médica de Medicina Geral e Familiar"),
                  ("onc", "Ricardo", "Tavares", "Oncologista"),
                  ("pal", "Joana", "Moura", "Médica, Equipa Intra-Hospitalar de Suporte em Cuidados Paliativos"),
                  ("onc2", "Helena", "Queirós", "Oncologista (IPO Lisboa)")], gp="mgf", city="Sardoal",
                 marital=("W", "Widowed"))
    ipo = c.organization("ipo", name="Instituto Português de Oncologia de Lisboa Francisco Gentil, E.P.E.",
                         city="Lisboa", ident={"system": "https://fhir.ulsat.example.pt/sid/nif", "value": "506361400"})
    c.condition("htn", dx("I10", "Hipertensão essencial (primária)"), onset="1998", recorded="2010-01-05")
    crc = c.condition("crc", dx("C18.7", "Neoplasia maligna do cólon sigmoide"), onset="2026-03-10", recorder=R["onc"],
                      stage=cc(text="cT3 N1 M1a (fígado), estádio IVA"))
    met = c.condition("met", dx("C78.7", "Neoplasia maligna secundária do fígado e das vias biliares intra-hepáticas"),
                      onset="2026-03-12", recorder=R["onc"])
    e1 = c.encounter("e1", "2026-03-05", "2026-03-15", cls="IMP", type_cc=INT,
                     reason=dx("D62", "Anemia pós-hemorrágica aguda"), prac=R["onc"], time="18:10", end_time="11:00",
                     admit=cc("http://terminology.hl7.org/CodeSystem/admit-source", "emd",
                              "From accident/emergency department"), diagnoses=[crc, met])
    lab(c, "hb1", "718-7", "Hemoglobina", "2026-03-05", 7.9, "g/dL", 12.0, 15.5, enc=e1)
    c.procedure("colo", pcs("0DBN8ZX", "Excisão do cólon sigmoide, via aberta natural ou artificial endoscópica, "
                                       "diagnóstica"), "2026-03-09", performer=R["onc"], enc=e1,
                note="Colonoscopia: lesão vegetante estenosante do sigmoide a 25 cm; biópsias: adenocarcinoma.")
    c.report("tc", local(c, "TC-TAP", "TC toraco-abdomino-pélvica"), "2026-03-12", category="CT", enc=e1,
             conclusion="Neoplasia do sigmoide com adenopatias regionais; múltiplas metástases hepáticas bilobares. "
                        "Sem lesões pulmonares.")
    c.obs("cfs", local(c, "CFS", "Clinical Frailty Scale (1–9)"), "2026-04-02", 7, category="survey")
    c.obs("ecog", loinc("89247-1", "ECOG"), "2026-04-02", 3, category="survey")
    c.note("gmd", "2026-04-02", "Reunião de grupo multidisciplinar — tumores digestivos",
           "Doente de 86 anos, dependente em AVD (CFS 7, ECOG 3), com adenocarcinoma do sigmoide estádio IV "
           "(metástases hepáticas múltiplas irressecáveis).\n"
           "Decisão: sem indicação para cirurgia nem para quimioterapia paliativa, dado o estado funcional. "
           "Tratamento de suporte e referenciação à EIHSCP. A família pede segunda opinião, que se apoia.",
           author=R["onc"], type_cc=CONSULT_NOTE, time="13:30")
    c.care_plan("cp", "Plano de cuidados paliativos", "active", "plan",
                cc(SCT, "103735009", "Palliative care", text="Cuidados paliativos"), "2026-04-10", author=R["pal"],
                addresses=[crc, met], start="2026-04-10",
                activities=[{"description": "Controlo sintomático (dor, obstipação, anorexia)", "status": "in-progress"},
                            {"description": "Apoio à cuidadora (filha); equipa comunitária de suporte em cuidados "
                                            "paliativos", "status": "in-progress"},
                            {"description": "Transfusão de concentrado eritrocitário se Hb < 7 g/dL e sintomática",
                             "status": "scheduled"}])
    so = c.service_request("so", cc(SCT, "306206005", "Referral to service", text="Pedido de segunda opinião — IPO Lisboa"),
                           "2026-04-20", status="completed", requester=R["onc"], reason_ref=[crc],
                           note="Pedido de segunda opinião a pedido da doente e da família.")
    e2 = c.encounter("e2", "2026-05-20", type_cc=cc(text="Consulta de segunda opinião — Oncologia Médica"),
                     reason=dx("C18.7", "Neoplasia do sigmoide"), prac=R["onc2"], provider=ipo, time="10:00",
                     end_time="11:00")
    c.note("parecer", "2026-05-20", "Parecer de segunda opinião — Oncologia Médica, IPO Lisboa",
           "Segunda opinião solicitada pela ULS do Alto Tejo a pedido da doente e família.\n"
           "Revistos exames de imagem, histologia e estado funcional. Adenocarcinoma do sigmoide com metástases "
           "hepáticas irressecáveis, em doente de 87 anos com CFS 7 e ECOG 3.\n"
           "Parecer: concordamos com a decisão do grupo multidisciplinar. O risco de toxicidade grave supera o "
           "benefício esperado de quimioterapia, incluindo esquemas de intensidade reduzida. Recomendamos manter "
           "cuidados paliativos. Doente e filha esclarecidas e de acordo.", author=R["onc2"],
           type_cc=cc("http://loinc.org", "11488-4", "Consult note", text="Parecer de segunda opinião"), enc=e2,
           custodian=ipo, time="11:30")
    e3 = c.encounter("e3", "2026-11-10", type_cc=CONSULTA, reason=dx("C18.7", "Neoplasia do sigmoide"), prac=R["pal"])
    lab(c, "hb3", "718-7", "Hemoglobina", "2026-11-10", 9.4, "g/dL", 12.0, 15.5, enc=e3)
    c.note("n3", "2026-11-10", "Consulta EIHSCP",
           "Estável do ponto de vista sintomático. Dor controlada com paracetamol e tramadol. Obstipação resolvida "
           "com macrogol. Alimenta-se pouco. Mantém-se em casa com a filha, apoio da equipa comunitária. "
           "Plano mantido.", author=R["pal"], type_cc=CONSULT_NOTE, enc=e3)
    c.med_request("tram", atc("N02AX02", "Tramadol 50 mg"), "2026-04-10", requester=R["pal"], reason=[crc],
                  dose_text="50 mg 12/12h")
    c.med_request("mac", atc("A06AD65", "Macrogol 10 g saqueta"), "2026-04-10", requester=R["pal"],
                  dose_text="1 saqueta/dia")
    _ = so
    return c


B05 = dict(key="b05", org="PT", target=UP, kind="near-miss", expected=[], build=b05,
           summary="Stage IV sigmoid adenocarcinoma in a frail 87-year-old; best supportive care and an active "
                   "palliative plan, confirmed by a documented second opinion at IPO Lisboa in May 2026",
           why="The no-treatment signal is real, but a second opinion on the same problem is on record within the "
               "last 12 months (20 May 2026), which suppresses the flag.")


# ----------------------------------------------------------------------------------------------------- b06
def b06(c):
    """Unresectable stage IIIB lung adenocarcinoma: concurrent chemoradiotherapy then durvalumab, starting 9 December."""
    R = scaffold(c, "Fernando", "Gomes Batista", "male", "1963-01-25", 36,
                 [("mgf", "Teresa", "Vieira", "Médica de Medicina Geral e Familiar"),
                  ("pne", "Marta", "Fialho", "Pneumologista"),
                  ("rt", "Paulo", "Rebelo", "Radioncologista"),
                  ("onc", "Ricardo", "Tavares", "Oncologista")], gp="mgf", city="Abrantes")
    c.condition("tab", dx("F17.210", "Dependência de nicotina, cigarros, não complicada"), onset="1981",
                recorded="2016-01-01", note="45 UMA; em cessação desde setembro de 2026.")
    c.condition("htn", dx("I10", "Hipertensão essencial (primária)"), onset="2016", recorded="2016-01-01")
    ca = c.condition("ca", dx("C34.11", "Neoplasia maligna do lobo superior, brônquio ou pulmão direito"),
                     onset="2026-10-08", recorder=R["pne"],
                     stage=cc(text="cT3 cN2 (4R, 7) M0 — estádio IIIB; adenocarcinoma, PD-L1 60 %, EGFR/ALK negativos"))
    c.report("tc", local(c, "TC-TORAX", "TC do tórax com contraste"), "2026-09-15", category="CT",
             conclusion="Massa de 5,2 cm no lobo superior direito com adenopatias mediastínicas paratraqueal direita "
                        "(4R, 24 mm) e subcarinal (7, 19 mm).")
    e1 = c.encounter("e1", "2026-09-22", type_cc=CONSULTA, reason=dx("R04.2", "Hemoptise"), prac=R["pne"])
    c.note("n1", "2026-09-22", "Consulta de Pneumologia",
           "Tosse há 2 meses e hemoptises escassas. Fumador 45 UMA. TC: massa do LSD com adenopatias mediastínicas. "
           "Proposta broncofibroscopia com EBUS, PET-CT e RM crânio-encefálica.", author=R["pne"],
           type_cc=CONSULT_NOTE, enc=e1)
    c.procedure("bf", pcs("0BBC8ZX", "Excisão do lobo superior do pulmão direito, via aberta natural ou artificial "
                                     "endoscópica, diagnóstica"), "2026-10-08", performer=R["pne"], reason_ref=[ca])
    c.procedure("ebus", pcs("07B74ZX", "Excisão de linfático do tórax, via endoscópica percutânea, diagnóstica"),
                "2026-10-08", performer=R["pne"], reason_ref=[ca], note="EBUS-TBNA das estações 4R e 7.")
    c.report("histo", local(c, "AP-BIOPSIA", "Exame histológico e citológico"), "2026-10-14", category="SP",
             conclusion="Adenocarcinoma do pulmão; metástases de adenocarcinoma nas estações 4R e 7. PD-L1 (22C3) "
                        "TPS 60 %. Sem mutações EGFR, sem rearranjos ALK/ROS1.")
    c.report("pet", local(c, "PET-CT", "PET-CT com 18F-FDG"), "2026-10-20", category="NMS",
             conclusion="Massa do LSD hipermetabólica (SUVmax 14) e adenopatias 4R e 7. Sem doença à distância.")
    c.obs("fev1", local(c, "FEV1-PCT", "FEV1 pós-broncodilatador, % do previsto"), "2026-10-22", q(78, "%"),
          category="exam", low=80)
    c.obs("dlco", local(c, "DLCO-PCT", "DLCO, % do previsto"), "2026-10-22", q(65, "%"), category="exam", low=75)
    c.obs("ecog", loinc("89247-1", "ECOG"), "2026-11-04", 1, category="survey")
    c.note("gmd", "2026-11-04", "Reunião de grupo multidisciplinar — tumores torácicos",
           "Adenocarcinoma do pulmão cT3 cN2 (multiestação, volumoso) M0, estádio IIIB, ECOG 1.\n"
           "Decisão: doença irressecável. Proposta de quimiorradioterapia concomitante — radioterapia 60 Gy em 30 "
           "frações com cisplatina/etoposido — seguida de imunoterapia de consolidação com durvalumab durante "
           "12 meses.\n"
           "Explicadas ao doente as toxicidades esperadas: esofagite rádica com disfagia dolorosa, fadiga marcada, "
           "neutropenia, náuseas, risco de pneumonite rádica. Doente aceita; início previsto a 09/12/2026.",
           author=R["onc"], type_cc=CONSULT_NOTE, time="14:00")
    cp = c.care_plan("cp", "Plano terapêutico — quimiorradioterapia concomitante e durvalumab", "active", "plan",
                     cc(text="Plano oncológico"), "2026-11-04", author=R["onc"], addresses=[ca],
                     start="2026-12-09", end="2028-01-31",
                     activities=[{"description": "Radioterapia IMRT torácica 60 Gy/30 fr", "status": "scheduled"},
                                 {"description": "Cisplatina 50 mg/m2 D1, D8, D29, D36 + etoposido 50 mg/m2 D1–5 e "
                                                 "D29–33", "status": "scheduled"},
                                 {"description": "Durvalumab 1500 mg de 4/4 semanas durante 12 meses",
                                  "status": "not-started"},
                                 {"description": "Consulta de Nutrição antes e durante o tratamento",
                                  "status": "scheduled"}])
    c.service_request("rtsr", local(c, "RT-IMRT-TOR", "Radioterapia externa (IMRT) torácica, 60 Gy em 30 frações"),
                      "2026-11-18", status="active", intent="order", requester=R["rt"], reason_ref=[ca],
                      occurrence="2026-12-09", based_on=[cp])
    c.med_request("cis", atc("L01XA01", "Cisplatina 50 mg/m2 perfusão IV"), "2026-11-18", intent="plan",
                  requester=R["onc"], reason=[ca], dose_text="90 mg IV nos dias 1, 8, 29 e 36 da radioterapia")
    c.med_request("eto", atc("L01CB01", "Etoposido 50 mg/m2 perfusão IV"), "2026-11-18", intent="plan",
                  requester=R["onc"], reason=[ca], dose_text="90 mg IV nos dias 1–5 e 29–33")
    c.med_request("durva", atc("L01FF03", "Durvalumab 1500 mg perfusão IV"), "2026-11-18", intent="plan",
                  requester=R["onc"], reason=[ca], dose_text="1500 mg IV de 4/4 semanas, 12 meses, após a QRT")
    e2 = c.encounter("e2", "2026-11-25", type_cc=CONSULTA, reason=dx("C34.11", "Neoplasia do pulmão"), prac=R["rt"])
    c.procedure("sim", local(c, "RT-SIM", "TC de planeamento com imobilização"), "2026-11-25", performer=R["rt"],
                enc=e2, reason_ref=[ca])
    lab(c, "cr", "2160-0", "Creatinina", "2026-11-25", 0.86, "mg/dL", 0.7, 1.3, enc=e2)
    lab(c, "hb", "718-7", "Hemoglobina", "2026-11-25", 14.1, "g/dL", 13.0, 17.0, enc=e2)
    c.vital("wt", "wt", "2026-11-25", 71.0, enc=e2)
    c.service_request("nut", cc(SCT, "103699006", "Referral to dietitian", text="Consulta de Nutrição"), "2026-11-25",
                      status="active", requester=R["rt"], reason_ref=[ca], occurrence="2026-12-02")
    return c


B06 = dict(key="b06", org="PT", target=HIT, kind="positive", expected=[HIT], build=b06,
           summary="Unresectable stage IIIB (cT3N2) lung adenocarcinoma; concurrent chemoradiotherapy (60 Gy + "
                   "cisplatin/etoposide) ordered to start 9 Dec 2026, then 12 months of durvalumab",
           why="Radiotherapy and platinum chemotherapy are planned with expected oesophagitis, fatigue and "
               "neutropenia: a treatment plan that severely impacts quality of life.")


# ----------------------------------------------------------------------------------------------------- b07 / b08
PREM_URL = "https://fhir.ulsat.example.pt/Questionnaire/experiencia-utente-consulta"
ANS = "https://fhir.ulsat.example.pt/CodeSystem/resposta-experiencia"


def _opt(code, disp):
    return {"valueCoding": {"system": ANS, "code": code, "display": disp}}


def prem(c):
    yes_no = [_opt("sim", "Sim"), _opt("parcial", "Parcialmente"), _opt("nao", "Não")]
    items = [
        {"linkId": "1", "text": "Sentiu que o médico ouviu e levou a sério as suas preocupações?", "type": "choice",
         "answerOption": yes_no},
        {"linkId": "2", "text": "O plano de tratamento foi-lhe explicado de forma compreensível?", "type": "choice",
         "answerOption": yes_no},
        {"linkId": "3", "text": "Gostaria de pedir uma segunda opinião médica sobre o seu problema de saúde?",
         "type": "choice", "answerOption": [_opt("sim", "Sim"), _opt("nao", "Não")]},
        {"linkId": "4", "text": "Comentários ou sugestões", "type": "text"},
    ]
    return c.questionnaire("prem", PREM_URL, "Questionário de experiência do utente — consulta externa", items,
                           "2025-01-15")


def prem_answers(a1, a2, a3, comment):
    disp = {"sim": "Sim", "parcial": "Parcialmente", "nao": "Não"}
    texts = ["Sentiu que o médico ouviu e levou a sério as suas preocupações?",
             "O plano de tratamento foi-lhe explicado de forma compreensível?",
             "Gostaria de pedir uma segunda opinião médica sobre o seu problema de saúde?"]
    items = []
    for i, (t, a) in enumerate(zip(texts, [a1, a2, a3]), 1):
        items.append({"linkId": str(i), "text": t, "answer": [_opt(a, disp[a])]})
    items.append({"linkId": "4", "text": "Comentários ou sugestões", "answer": [{"valueString": comment}]})
    return items


def b07(c):
    """Chronic migraine; patient-experience questionnaire: not listened to, wants a second opinion."""
    R = scaffold(c, "Catarina", "Lopes Ribeiro", "female", "1990-08-30", 37,
                 [("mgf", "Ana", "Sousa", "Médica de Medicina Geral e Familiar"),
                  ("neu", "Vasco", "Serrano", "Neurologista")], gp="mgf", city="Tomar", phone="+351 912 345 678")
    mig = c.condition("mig", dx("G43.709", "Enxaqueca crónica sem aura, não intratável, sem estado de mal enxaquecoso"),
                      onset="2024-06", recorded="2025-02-11", recorder=R["neu"])
    c.report("rm", local(c, "RM-CE", "RM crânio-encefálica"), "2025-03-04", category="NMR",
             conclusion="Sem alterações estruturais. Estudo dentro da normalidade.")
    c.med_statement("topi", atc("N03AX11", "Topiramato 50 mg"), "2025-09-15", asserted="2026-10-20", reason=[mig],
                    dose_text="50 mg 12/12h")
    c.med_statement("ami", atc("N06AA09", "Amitriptilina 10 mg"), "2026-07-07", asserted="2026-10-20", reason=[mig],
                    dose_text="10 mg ao deitar")
    days = local(c, "DIAS-CEF", "Dias de cefaleia por mês (diário de cefaleias)")
    for i, (d, v) in enumerate([("2026-03-10", 18), ("2026-07-07", 16), ("2026-10-20", 17)], 1):
        e = c.encounter(f"e{i}", d, type_cc=CONSULTA, reason=dx("G43.709", "Enxaqueca crónica"), prac=R["neu"],
                        diagnoses=[mig])
        c.obs(f"dias{i}", days, d, v, category="survey", enc=e)
    c.note("n3", "2026-10-20", "Consulta de Neurologia",
           "Enxaqueca crónica sem aura. Diário: 17 dias de cefaleia/mês (16 em julho, 18 em março), 8 com "
           "analgésico. Topiramato 100 mg/dia desde set/2025, amitriptilina 10 mg desde julho.\n"
           "Exame neurológico normal. Plano: aumentar amitriptilina para 25 mg; se falência, ponderar anticorpo "
           "anti-CGRP. Reavaliação em 4 meses.", author=R["neu"], type_cc=CONSULT_NOTE)
    prem(c)
    c.questionnaire_response(
        "qr", PREM_URL + "|2", c.dt("2026-10-22", "21:37"),
        prem_answers("nao", "parcial", "sim",
                     "Tenho dores de cabeça quase todos os dias há mais de dois anos e sinto que as consultas não "
                     "levam a nada, são sempre 10 minutos e mais um comprimido. Gostaria de ser vista por outro "
                     "médico, numa consulta de cefaleias de outro hospital."))
    return c


B07 = dict(key="b07", org="PT", target=PRC, kind="positive", expected=[PRC], build=b07,
           summary="Chronic migraine, stable headache days on topiramate and amitriptyline; patient-experience "
                   "questionnaire answers 'not listened to' and 'yes' to wanting a second opinion",
           why="An explicit patient-reported QuestionnaireResponse asks for a second opinion and says her concerns "
               "were not heard; none is on record.")


def b08(c):
    """COPD, stable; same patient-experience questionnaire answered 'No' to a second opinion."""
    R = scaffold(c, "Rui", "Carvalho Mendes", "male", "1958-12-11", 38,
                 [("mgf", "Teresa", "Vieira", "Médica de Medicina Geral e Familiar"),
                  ("pne", "Marta", "Fialho", "Pneumologista")], gp="mgf", city="Abrantes",
                 marital=("M", "Married"))
    copd = c.condition("copd", dx("J44.9", "Doença pulmonar obstrutiva crónica, não especificada"), onset="2018",
                       recorded="2019-04-02", recorder=R["pne"], note="GOLD 2, grupo B. Ex-fumador desde 2018 (50 UMA).")
    c.condition("htn", dx("I10", "Hipertensão essencial (primária)"), onset="2012", recorded="2012-01-01")
    c.med_statement("laba", atc("R03AL03", "Umeclidínio/vilanterol 55/22 µg inalador"), "2021-05-10",
                    asserted="2026-10-14", reason=[copd], dose_text="1 inalação/dia")
    c.med_statement("salb", atc("R03AC02", "Salbutamol 100 µg inalador pressurizado"), "2019-04-02",
                    asserted="2026-10-14", reason=[copd], dose_text="2 inalações SOS")
    cat = local(c, "CAT", "Questionário CAT de avaliação da DPOC (0–40)")
    fev = local(c, "FEV1-PCT", "FEV1 pós-broncodilatador, % do previsto")
    for i, (d, cv, fv) in enumerate([("2025-10-08", 14, 53), ("2026-04-15", 13, 52), ("2026-10-14", 12, 52)], 1):
        e = c.encounter(f"e{i}", d, type_cc=CONSULTA, reason=dx("J44.9", "DPOC"), prac=R["pne"], diagnoses=[copd])
        c.obs(f"cat{i}", cat, d, cv, category="survey", enc=e)
        c.obs(f"fev{i}", fev, d, q(fv, "%"), category="exam", enc=e, low=80, interp="L")
    c.immunization("flu", cc("http://hl7.org/fhir/sid/cvx", "150",
                             "Influenza, injectable, quadrivalent, preservative free"), "2026-10-20")
    c.immunization("pneu", cc("http://hl7.org/fhir/sid/cvx", "33", "pneumococcal polysaccharide vaccine, 23 valent"),
                   "2023-11-06")
    c.note("n3", "2026-10-14", "Consulta de Pneumologia",
           "DPOC GOLD 2, estável. Sem exacerbações no último ano. CAT 12, FEV1 52 % do previsto (estável). "
           "Concluiu programa de reabilitação respiratória em 2025, mantém caminhadas diárias. Técnica inalatória "
           "correta. Mantém terapêutica. Vacinação antigripal em outubro. Próxima consulta em 6 meses.",
           author=R["pne"], type_cc=CONSULT_NOTE)
    prem(c)
    c.questionnaire_response(
        "qr", PREM_URL + "|2", c.dt("2026-10-16", "10:12"),
        prem_answers("sim", "sim", "nao", "Estou satisfeito com o acompanhamento na consulta de Pneumologia."))
    return c


B08 = dict(key="b08", org="PT", target=PRC, kind="near-miss", expected=[], build=b08,
           summary="Stable COPD GOLD 2; the same patient-experience questionnaire answered 'yes, listened to' and "
                   "'no' to wanting a second opinion",
           why="The questionnaire item about a second opinion is answered 'No' and the patient reports being heard "
               "and satisfied: there is no patient-reported concern.")


# ----------------------------------------------------------------------------------------------------- b09
def b09(c):
    """Hypertension rising after the patient stopped amlodipine herself in April."""
    R = scaffold(c, "Helena", "Martins Cardoso", "female", "1964-06-02", 39,
                 [("mgf", "Ana", "Sousa", "Médica de Medicina Geral e Familiar"),
                  ("mi", "Carlos", "Domingues", "Médico de Medicina Interna (consulta de hipertensão)")], gp="mgf",
                 city="Mação")
    htn = c.condition("htn", dx("I10", "Hipertensão essencial (primária)"), onset="2025-10", recorded="2025-11-18",
                      recorder=R["mi"])
    c.condition("gerd", dx("K21.9", "Doença de refluxo gastroesofágico sem esofagite"), onset="2019",
                recorded="2019-05-05")
    c.med_statement("amlo", atc("C08CA01", "Amlodipina 5 mg"), "2025-11-18", end="2026-04-10", status="stopped",
                    asserted="2026-11-17", reason=[htn], dose_text="5 mg/dia",
                    status_reason=cc(SCT, "102572006", "Edema of lower extremity",
                                     text="Edema maleolar; suspendeu por iniciativa própria"))
    c.med_statement("ome", atc("A02BC01", "Omeprazol 20 mg"), "2019-05-05", asserted="2026-11-17",
                    dose_text="20 mg/dia")
    vals = [("e1", "2025-11-18", 158, 96), ("e2", "2026-03-10", 134, 84), ("e3", "2026-07-14", 152, 94),
            ("e4", "2026-10-06", 164, 98), ("e5", "2026-11-17", 166, 100)]
    for sfx, d, s, dd in vals:
        e = c.encounter(sfx, d, type_cc=CONSULTA if sfx != "e3" else MGF,
                        reason=dx("I10", "Hipertensão essencial"), prac=R["mi"] if sfx != "e3" else R["mgf"])
        c.bp(f"bp{sfx}", d, s, dd, enc=e)
    c.appointment("apt", c.dt("2026-06-09", "10:30"), c.dt("2026-06-09", "10:50"),
                  "Consulta de hipertensão — reavaliação", [R["mi"]], status="noshow")
    lab(c, "cr", "2160-0", "Creatinina", "2026-10-06", 0.74, "mg/dL", 0.5, 1.1)
    lab(c, "k", "2823-3", "Potássio", "2026-10-06", 4.2, "mmol/L", 3.5, 5.1)
    lab(c, "na", "2951-2", "Sódio", "2026-10-06", 139, "mmol/L", 136, 145)
    c.note("n5", "2026-11-17", "Consulta de Medicina Interna — hipertensão",
           "Hipertensão arterial essencial diagnosticada em 2025. Iniciou amlodipina 5 mg em novembro de 2025 com "
           "bom controlo (134/84 em março).\n"
           "Suspendeu a amlodipina por iniciativa própria em abril por edemas maleolares, sem contactar a consulta, e "
           "faltou à reavaliação de junho. Sem terapêutica anti-hipertensora desde abril.\n"
           "TA 152/94 (jul, USF), 164/98 (out), 166/100 hoje. Sem lesão de órgão-alvo conhecida; creatinina e "
           "ionograma normais.\n"
           "Plano: inicia ramipril 5 mg; reavaliação com MAPA em 6 semanas.", author=R["mi"],
           type_cc=CONSULT_NOTE)
    c.med_request("rami", atc("C09AA05", "Ramipril 5 mg"), "2026-11-17", requester=R["mi"], reason=[htn],
                  dose_text="5 mg/dia")
    return c


B09 = dict(key="b09", org="PT", target=WDT, kind="near-miss", expected=[], build=b09,
           summary="Essential hypertension: BP 134/84 on amlodipine, then 152/94, 164/98 and 166/100 after the patient "
                   "stopped amlodipine herself in April; ramipril started in November",
           why="Blood pressure worsened only after the treatment stopped: no antihypertensive was running from "
               "April to November, so this is not worsening despite treatment.")


# ----------------------------------------------------------------------------------------------------- b10
def b10(c):
    """Multimorbidity: diabetes, CKD 3b, HFrEF, permanent AF, COPD and knee OA across five specialties."""
    R = scaffold(c, "José", "Fernandes Oliveira", "male", "1947-02-19", 40,
                 [("mgf", "Teresa", "Vieira", "Médica de Medicina Geral e Familiar"),
                  ("card", "Rui", "Matos", "Cardiologista"),
                  ("nef", "Filipa", "Barros", "Nefrologista"),
                  ("pne", "Marta", "Fialho", "Pneumologista"),
                  ("mi", "Carlos", "Domingues", "Médico de Medicina Interna")], gp="mgf", city="Abrantes",
                 marital=("M", "Married"))
    dm = c.condition("dm", dx("E11.22", "Diabetes mellitus tipo 2 com doença renal crónica diabética"), onset="2004",
                     recorded="2010-02-01", recorder=R["mi"])
    ckd = c.condition("ckd", dx("N18.32", "Doença renal crónica, estádio 3b"), onset="2021", recorded="2021-09-14",
                      recorder=R["nef"])
    hf = c.condition("hf", dx("I50.22", "Insuficiência cardíaca sistólica (congestiva) crónica"), onset="2020",
                     recorded="2020-06-30", recorder=R["card"], note="FEVE 35 %.")
    af = c.condition("af", dx("I48.21", "Fibrilhação auricular permanente"), onset="2019", recorded="2019-11-12",
                     recorder=R["card"])
    copd = c.condition("copd", dx("J44.9", "Doença pulmonar obstrutiva crónica, não especificada"), onset="2015",
                       recorded="2016-03-03", recorder=R["pne"])
    oa = c.condition("oa", dx("M17.0", "Gonartrose primária bilateral"), onset="2017", recorded="2018-05-20")
    visits = [("card", "2026-06-03", R["card"], "I50.22", "Insuficiência cardíaca"),
              ("nef", "2026-07-15", R["nef"], "N18.32", "Doença renal crónica"),
              ("pne", "2026-09-09", R["pne"], "J44.9", "DPOC"),
              ("mi", "2026-10-21", R["mi"], "E11.22", "Diabetes tipo 2")]
    encs = {}
    for sfx, d, p, code, t in visits:
        encs[sfx] = c.encounter(f"e{sfx}", d, type_cc=CONSULTA, reason=dx(code, t), prac=p)
    for i, (d, eg) in enumerate([("2026-02-10", 38), ("2026-07-15", 37), ("2026-10-21", 39)], 1):
        c.obs(f"egfr{i}", loinc("62238-1", "TFG estimada (CKD-EPI)"), d, q(eg, "mL/min/{1.73_m2}"), low=60)
    lab(c, "a1c1", "4548-4", "Hemoglobina A1c", "2026-02-10", 7.2, "%", None, 6.5)
    lab(c, "a1c2", "4548-4", "Hemoglobina A1c", "2026-10-21", 7.0, "%", None, 6.5, enc=encs["mi"])
    lab(c, "bnp", "33762-6", "NT-proBNP", "2026-06-03", 1380, "pg/mL", None, 125, enc=encs["card"])
    lab(c, "k", "2823-3", "Potássio", "2026-07-15", 4.9, "mmol/L", 3.5, 5.1, enc=encs["nef"])
    c.obs("fev", local(c, "FEV1-PCT", "FEV1 pós-broncodilatador, % do previsto"), "2026-09-09", q(49, "%"), low=80,
          category="exam", enc=encs["pne"])
    meds = [("insg", "A10AE04", "Insulina glargina 100 U/mL", "18 U ao deitar", dm),
            ("empa", "A10BK03", "Empagliflozina 10 mg", "10 mg/dia", hf),
            ("sacu", "C09DX04", "Sacubitril/valsartan 49/51 mg", "1 comprimido 12/12h", hf),
            ("biso", "C07AB07", "Bisoprolol 5 mg", "5 mg/dia", af),
            ("furo", "C03CA01", "Furosemida 40 mg", "40 mg/dia", hf),
            ("apix", "B01AF02", "Apixabano 2,5 mg", "2,5 mg 12/12h", af),
            ("umec", "R03AL03", "Umeclidínio/vilanterol 55/22 µg", "1 inalação/dia", copd),
            ("para", "N02BE01", "Paracetamol 1 g", "1 g até 3 vezes/dia", oa)]
    for sfx, code, text, dose, reason in meds:
        c.med_statement(sfx, atc(code, text), "2025-01-01", asserted="2026-10-21", reason=[reason], dose_text=dose)
    c.care_plan("pic", "Plano Individual de Cuidados (multimorbilidade)", "active", "plan",
                cc(text="Gestão integrada de doença crónica — gestor de caso"), "2026-10-21", author=R["mi"],
                addresses=[dm, ckd, hf, af, copd, oa], start="2026-10-21",
                activities=[{"description": "Revisão da medicação com farmacêutico hospitalar", "status": "scheduled"},
                            {"description": "Consultas articuladas Cardiologia/Nefrologia/Pneumologia/Medicina Interna",
                             "status": "in-progress"},
                            {"description": "Enfermeira gestora de caso: contacto telefónico mensal",
                             "status": "in-progress"}])
    c.note("n", "2026-10-21", "Consulta de Medicina Interna — doente com multimorbilidade",
           "Homem de 79 anos com diabetes tipo 2 com nefropatia, DRC 3b (TFGe 37–39 estável), insuficiência cardíaca "
           "com FEVE reduzida (35 %), fibrilhação auricular permanente anticoagulada, DPOC GOLD 3 e gonartrose "
           "bilateral. Seguido em Cardiologia, Nefrologia, Pneumologia e Medicina Interna; 10 fármacos crónicos.\n"
           "Clinicamente estável, sem internamentos este ano. HbA1c 7,0 %.\n"
           "Integrado no programa de gestão de caso com Plano Individual de Cuidados.", author=R["mi"],
           type_cc=CONSULT_NOTE, enc=encs["mi"])
    return c


B10 = dict(key="b10", org="PT", target=RARE, kind="positive", expected=[RARE], build=b10,
           summary="79-year-old with six active chronic conditions (T2DM with nephropathy, CKD 3b, HFrEF, permanent AF, "
                   "COPD, bilateral knee OA) followed by cardiology, nephrology, pulmonology and internal medicine",
           why="Complexity: at least five active chronic conditions spanning at least three specialties, all stable "
               "(no worsening, no planned procedure).")


CASES = [B01, B02, B03, B04, B05, B06, B07, B08, B09, B10]
