"""Organisation 1: Hospital Regional Santa Luzia (SUS), Vitória da Conquista - BA, Brazil.

CID-10 diagnoses, SIGTAP procedure codes, ATC + local formulary drug codes, notes and forms in
Brazilian Portuguese, referrals through the Central Estadual de Regulação.
"""
from fhirkit import (BR, CID10, SIGTAP, SCT, LOINC, V20074, YESNO, COMMCAT, cc, cct, coding, qty, ref)

ATC = "http://www.whocc.no/atc"
FORM = "https://hrsantaluzia.example/fhir/CodeSystem/padronizacao-medicamentos"
LOCAL = "https://hrsantaluzia.example/fhir/CodeSystem/procedimentos-internos"
CNS = "http://rnds.saude.gov.br/fhir/r4/NamingSystem/cns"
CPF = "http://rnds.saude.gov.br/fhir/r4/NamingSystem/cpf"
PRONT = "https://hrsantaluzia.example/fhir/NamingSystem/prontuario"
CONSULT_NOTE = cc((LOINC, "11488-4", "Consult note"), text="Parecer / consulta especializada")
PROGRESS = cc((LOINC, "11506-3", "Progress note"), text="Evolução clínica")
DISCHARGE = cc((LOINC, "18842-5", "Discharge summary"), text="Resumo de alta")
REFERRAL = cc((LOINC, "57133-1", "Referral note"), text="Ficha de referência / contrarreferência")


def med(name, atc=None, local=None):
    cods = []
    if local:
        cods.append((FORM, local, name))
    if atc:
        cods.append((ATC, atc[0], atc[1]))
    return cc(*cods, text=name)


def cid(code, display, text=None):
    return cc((CID10, code, display), text=text or display)


def sigtap(code, display, sct=None):
    cods = [(SIGTAP, code, display)]
    if sct:
        cods.append((SCT, sct[0], sct[1]))
    return cc(*cods, text=display.capitalize())


def base(c, given, family, gender, birth, cns, cpf, pront, phone, street, district, postal="45000-000", marital=None):
    c.organization("hosp")
    c.patient(given, family, gender, birth,
              identifiers=[{"use": "official", "system": CNS, "value": cns},
                           {"use": "secondary", "system": CPF, "value": cpf},
                           {"use": "usual", "type": cc(("http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number")),
                            "system": PRONT, "value": pront}],
              phone=phone,
              address={"line": [street, district], "city": "Vitória da Conquista", "state": "BA", "postalCode": postal, "country": "BR"},
              lang=[("pt-BR", "Portuguese (Brazil)")],
              marital=marital)
    c.coverage("payer", cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"), text="SUS - Cartão Nacional de Saúde"),
               subscriber_id=cns, start="2010-01-01")


MARRIED = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "M", "Married"), text="Casado(a)")
SINGLE = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "S", "Never Married"), text="Solteiro(a)")
WIDOWED = cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "W", "Widowed"), text="Viúvo(a)")


# --------------------------------------------------------------------------------------------
def br_palpitacoes(c):
    """PSNW positive: palpitations + dyspnoea over 7 months, extensive normal workup, no diagnosis."""
    base(c, ["Jéssica", "Aparecida"], "Santos Moreira", "female", "1992-03-14", "704508218930017", "41322876055", "HRSL-0381244",
         "+55 77 98811-4402", "Rua Sete de Setembro, 412", "Bairro Brasil", "45051-160", SINGLE)
    c.organization("ubs")
    pal = cid("R00.2", "Palpitações")
    dis = cid("R06.0", "Dispnéia")
    e1 = c.encounter("2026-05-12", "AMB", "Consulta médica em atenção primária - demanda espontânea", reason=[pal], prac="mfc", org="ubs",
                     service_type=sigtap("0301010064", "CONSULTA MEDICA EM ATENÇÃO BÁSICA"))
    c1 = c.condition(pal, onset="2026-04-20", recorded="2026-05-12", enc=e1, recorder="mfc",
                     note="Episódios de 'coração disparado' quase diários desde meados de abril, duração 5-10 min.")
    c2 = c.condition(dis, onset="2026-04-20", recorded="2026-05-12", enc=e1, recorder="mfc",
                     note="Falta de ar aos esforços moderados (subir ladeira), sem ortopneia.")
    c.condition(cid("J30.4", "Rinite alérgica não especificada"), onset="2015", recorded="2019-03-02", recorder="mfc")
    c.vitals("2026-05-12", e1, bp=(118, 76), hr=88, weight=61.0)
    s1 = c.obs(cc((SCT, "80313002", "Palpitations"), text="Palpitações"), "2026-05-12", e1, "exam",
               "Palpitações quase diárias, 5-10 minutos, em repouso e aos esforços", performer="mfc")
    l1 = c.labs("2026-05-14", e1, [("hb", 13.1), ("wbc", 6.8), ("plt", 251), ("tsh", 1.9), ("glucose", 86), ("k", 4.2)])
    ecg1 = c.report(cc((LOINC, "11524-6", "EKG study"), text="Eletrocardiograma de repouso"), "2026-05-12", [],
                    "Ritmo sinusal, FC 84 bpm, eixo normal, sem alterações de repolarização. ECG normal.",
                    category=("EC", "Electrocardiac (e.g., EKG, EEC, Holter)"), performer="mfc", org_perf="ubs", enc=e1)
    c.report(cc((LOINC, "58410-2", "CBC panel - Blood by Automated count"), text="Hemograma e bioquímica"), "2026-05-14", l1,
             "Hemograma, TSH, glicemia, eletrólitos e creatinina dentro da normalidade.", performer="mfc", enc=e1)

    e2 = c.encounter("2026-06-20", "EMER", "Pronto atendimento", reason=[pal], prac="clin", time="21:40", end="2026-06-21", end_time="02:10",
                     priority=cc(("http://terminology.hl7.org/CodeSystem/v3-ActPriority", "UR", "urgent")))
    s2 = c.obs(cc((SCT, "80313002", "Palpitations"), text="Palpitações"), "2026-06-20", e2, "exam",
               "Palpitações há 40 minutos com aperto torácico leve e dispneia; melhora espontânea durante observação",
               performer="clin", time="21:50")
    c.vitals("2026-06-20", e2, bp=(124, 80), hr=96, spo2=99, time="21:50")
    c.lab("trop", 0.01, "2026-06-20", e2, time="22:10")
    c.lab("ddimer", 310, "2026-06-20", e2, time="22:10")
    c.lab("k", 4.0, "2026-06-20", e2, time="22:10")
    c.report(cc((LOINC, "11524-6", "EKG study"), text="Eletrocardiograma (PA)"), "2026-06-20", [],
             "Ritmo sinusal, FC 96 bpm, sem alterações isquêmicas.", category=("EC", "Electrocardiac (e.g., EKG, EEC, Holter)"),
             performer="clin", enc=e2, time="21:55")
    c.note("Evolução - Pronto Atendimento", "2026-06-21T02:00:00-03:00",
           "Paciente 34a, palpitações recorrentes há 2 meses, hoje com aperto torácico leve. ECG ritmo sinusal, troponina e "
           "D-dímero negativos, potássio normal. Observada por 4 h, assintomática. Alta com orientações, retorno à UBS e "
           "encaminhamento à cardiologia via regulação já solicitado pela UBS.", author="clin", type_cc=PROGRESS, enc=e2)

    e3 = c.encounter("2026-08-04", "AMB", "Consulta especializada - Cardiologia (regulada)", reason=[pal, dis], prac="cardio",
                     service_type=sigtap("0301010072", "CONSULTA MEDICA EM ATENÇÃO ESPECIALIZADA"))
    s3 = c.obs(cc((SCT, "267036007", "Dyspnea"), text="Dispneia"), "2026-08-04", e3, "exam",
               "Dispneia aos esforços moderados mantida; palpitações 3-4x/semana", performer="cardio")
    echo = c.report(sigtap("0205010032", "ECOCARDIOGRAFIA TRANSTORACICA"), "2026-07-28", [],
                    "Câmaras de dimensões normais, FEVE 64% (Teichholz), valvas sem alterações, PSAP estimada 24 mmHg. Exame normal.",
                    category=("CUS", "Cardiac Ultrasound"), performer="cardio", enc=e3)
    holter = c.report(cc((LOINC, "18754-2", "Ambulatory cardiac rhythm monitor (Holter) study"), text="Holter 24 horas"), "2026-07-29", [],
                      "Ritmo sinusal em todo o registro, FC média 78 bpm (mín 54, máx 138 ao esforço). Extrassístoles "
                      "supraventriculares isoladas raras (<1%). Sem pausas ou taquiarritmias sustentadas. Sintomas anotados no "
                      "diário coincidem com ritmo sinusal.", category=("EC", "Electrocardiac (e.g., EKG, EEC, Holter)"), performer="cardio", enc=e3)
    ergo = c.report(cc((LOCAL, "ERGO-BRUCE", "Ergometria em esteira - protocolo de Bruce"), text="Ergometria (protocolo de Bruce)"), "2026-07-30", [],
                    "Atingiu 100% da FC máxima prevista, 10 METs, sem alterações isquêmicas ou arritmias. Exame normal.",
                    category=("EC", "Electrocardiac (e.g., EKG, EEC, Holter)"), performer="cardio", enc=e3)
    c.note("Parecer Cardiologia - contrarreferência", "2026-08-04",
           "Encaminhada pela UBS Jardim Valéria por palpitações e dispneia há 3 meses. ECO, Holter 24h e ergometria normais. "
           "Sem cardiopatia estrutural ou arritmia documentada. Não há indicação de seguimento cardiológico. "
           "Contrarreferência à UBS para acompanhamento.", author="cardio", type_cc=CONSULT_NOTE, enc=e3)

    e4 = c.encounter("2026-09-15", "AMB", "Consulta médica em atenção primária - retorno", reason=[pal, dis], prac="mfc", org="ubs")
    s4 = c.obs(cc((SCT, "80313002", "Palpitations"), text="Palpitações"), "2026-09-15", e4, "exam",
               "Palpitações e falta de ar persistem, refere piora no trabalho (professora)", performer="mfc")
    spiro = c.obs(cc((LOINC, "19926-5", "FEV1/FVC"), text="Espirometria - VEF1/CVF"), "2026-09-10", e4, "exam", qty(83, "%", "%"),
                  interp="N", note="Espirometria sem distúrbio ventilatório; sem resposta a broncodilatador.", performer="mfc")
    l4 = c.labs("2026-09-10", e4, [("hb", 13.3), ("ferritin", 48), ("tsh", 2.2)])
    c.vitals("2026-09-15", e4, bp=(116, 72), hr=84)

    e5 = c.encounter("2026-11-10", "AMB", "Consulta médica em atenção primária - retorno", reason=[pal, dis], prac="mfc", org="ubs")
    s5 = c.obs(cc((SCT, "267036007", "Dyspnea"), text="Dispneia"), "2026-11-10", e5, "exam",
               "Dispneia e palpitações persistentes há cerca de 7 meses; faltou 6 dias ao trabalho no último mês", performer="mfc")
    c.report(cc((LOINC, "36643-5", "XR Chest 2 Views"), text="Radiografia de tórax PA e perfil"), "2026-10-06", [],
             "Campos pulmonares livres, área cardíaca normal. Exame sem alterações.", category=("RAD", "Radiology"), performer="clin", enc=e5)
    gad = c.score(cc((LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7"), 4, "2026-11-10", e5, performer="mfc")
    c.vitals("2026-11-10", e5, bp=(116, 74), hr=90)
    c.medrx(med("Loratadina 10 mg comprimido", ("R06AX13", "loratadine"), "LOR10"), "2026-03-02", "1 comprimido VO 1x/dia se crise de rinite",
            requester="mfc", reason_ref=None)
    c.note("Evolução - UBS Jardim Valéria", "2026-11-10",
           "S: Mantém palpitações quase diárias e falta de ar aos esforços desde abril/2026. Diz que 'todo mundo fala que não é nada' "
           "mas não consegue dar aula sem parar para respirar.\n"
           "O: PA 116x74, FC 90, SatO2 98%, ausculta normal.\n"
           "A: Sintomas persistentes há ~7 meses. Investigação normal: ECG x2, troponina, D-dímero, ECO, Holter, ergometria, "
           "espirometria, RX tórax, hemograma, ferritina, TSH. GAD-7 = 4 (sem critério para transtorno de ansiedade). "
           "Sem diagnóstico que explique o quadro até o momento.\n"
           "P: Orientada. Reavaliar em 60 dias.", author="mfc", type_cc=PROGRESS, enc=e5)


# --------------------------------------------------------------------------------------------
def br_tosse(c):
    """PSNW near miss: cough 3 weeks, scheduled returns only, normal X-ray, URTI diagnosed and resolved."""
    base(c, ["Antônio", "Carlos"], "Ferreira Barbosa", "male", "1981-07-22", "898001457726314", "30847219960", "HRSL-0290517",
         "+55 77 99140-3381", "Travessa Lauro de Freitas, 27", "Patagônia", "45065-210", MARRIED)
    c.organization("ubs")
    tosse = cid("R05", "Tosse")
    has = c.condition(cid("I10", "Hipertensão essencial (primária)"), onset="2019-05-10", recorded="2019-05-10", recorder="mfc")
    c.medrx(med("Losartana potássica 50 mg comprimido", ("C09CA01", "losartan"), "LOS50"), "2026-01-14", "1 comprimido VO 12/12h",
            requester="mfc", reason_ref=[has])
    c.medrx(med("Hidroclorotiazida 25 mg comprimido", ("C03AA03", "hydrochlorothiazide"), "HCT25"), "2026-01-14", "1 comprimido VO pela manhã",
            requester="mfc", reason_ref=[has])
    e0 = c.encounter("2026-06-03", "AMB", "Consulta de hipertensão (HIPERDIA)", prac="mfc", org="ubs")
    c.vitals("2026-06-03", e0, bp=(128, 82), hr=72, weight=84.0, height=174, bmi=27.7)
    c.labs("2026-05-28", e0, [("glucose", 94), ("creat", 1.0), ("k", 4.4), ("chol", 186), ("ldl", 112)])
    a1 = c.appointment("2026-10-05", "fulfilled", "Consulta agendada - HIPERDIA", "mfc", created="2026-06-03", time="08:00")
    e1 = c.encounter("2026-10-05", "AMB", "Consulta agendada (HIPERDIA) - queixa de tosse", reason=[tosse], prac="mfc", org="ubs",
                     appointment=[a1], time="08:00")
    c1 = c.condition(tosse, onset="2026-10-02", recorded="2026-10-05", enc=e1, recorder="mfc", clinical="resolved", abatement="2026-10-24",
                     category="encounter-diagnosis")
    c.vitals("2026-10-05", e1, bp=(132, 84), hr=80, temp=37.4, spo2=97)
    c.obs(cc((SCT, "49727002", "Cough"), text="Tosse"), "2026-10-05", e1, "exam", "Tosse seca há 3 dias, coriza, odinofagia leve",
          performer="mfc")
    ivas = c.condition(cid("J06.9", "Infecção aguda das vias aéreas superiores não especificada"), onset="2026-10-02", recorded="2026-10-05",
                       enc=e1, recorder="mfc", clinical="resolved", abatement="2026-10-24", category="encounter-diagnosis")
    c.medrx(med("Paracetamol 500 mg comprimido", ("N02BE01", "paracetamol"), "PAR500"), "2026-10-05", "1 comprimido VO 6/6h se dor ou febre, por 5 dias",
            requester="mfc", reason_ref=[ivas], status="completed")
    sr = c.sreq(sigtap("0204030153", "RADIOGRAFIA DE TORAX (PA E PERFIL)"), "completed", "order", "2026-10-05", requester="mfc",
                reason_ref=[c1], note="Tabagista 10 maços-ano; afastar alteração pulmonar.")
    a2 = c.appointment("2026-10-13", "fulfilled", "Retorno agendado com resultado de RX", "mfc", created="2026-10-05", time="08:30")
    e2 = c.encounter("2026-10-13", "AMB", "Retorno agendado", reason=[tosse], prac="mfc", org="ubs", appointment=[a2], time="08:30")
    c.report(cc((LOINC, "36643-5", "XR Chest 2 Views"), text="Radiografia de tórax PA e perfil"), "2026-10-09", [],
             "Pulmões sem consolidações ou nódulos. Seios costofrênicos livres. Exame normal.", category=("RAD", "Radiology"),
             based_on=[sr], performer="clin", enc=e2)
    c.labs("2026-10-09", e2, [("hb", 14.8), ("wbc", 7.9), ("crp", 4)])
    c.vitals("2026-10-13", e2, bp=(126, 80), hr=74, temp=36.6, spo2=98)
    a3 = c.appointment("2026-10-27", "fulfilled", "Retorno agendado - reavaliação", "mfc", created="2026-10-13", time="08:30")
    e3 = c.encounter("2026-10-27", "AMB", "Retorno agendado", prac="mfc", org="ubs", appointment=[a3], time="08:30")
    c.vitals("2026-10-27", e3, bp=(124, 80), hr=70, spo2=98)
    c.note("Evolução - retorno", "2026-10-27",
           "Tosse resolvida desde 24/10. Quadro compatível com IVAS viral, RX de tórax normal. Reforçada cessação do tabagismo; "
           "aceitou grupo de tabagismo da UBS. PA controlada. Próxima consulta HIPERDIA em 3 meses.", author="mfc", type_cc=PROGRESS, enc=e3)
    c.obs(cc((LOINC, "72166-2", "Tobacco smoking status"), text="Tabagismo"), "2026-10-27", e3, "social-history",
          cc((SCT, "77176002", "Smoker"), text="Fumante atual, 10 maços-ano"))


# --------------------------------------------------------------------------------------------
def br_lombalgia(c):
    """DSM positive: 'lombalgia' label for 7 months while anaemia, high ESR, hypercalcaemia, renal impairment appear."""
    base(c, ["José", "Raimundo"], "Oliveira Pinto", "male", "1963-02-09", "700002913384551", "22817466320", "HRSL-0177930",
         "+55 77 98855-0127", "Rua Siqueira Campos, 1033", "Recreio", "45020-470", MARRIED)
    c.organization("ubs")
    lomb = cid("M54.5", "Dor lombar baixa", "Lombalgia mecânica")
    e1 = c.encounter("2026-04-08", "AMB", "Consulta médica em atenção primária", reason=[cct("Dor nas costas")], prac="mfc", org="ubs")
    cl = c.condition(lomb, onset="2026-03-20", recorded="2026-04-08", enc=e1, recorder="mfc",
                     note="Dor lombar sem irradiação após carregar sacos na feira. Diagnóstico: lombalgia mecânica.")
    c.condition(cid("I10", "Hipertensão essencial (primária)"), onset="2014", recorded="2014-08-11", recorder="mfc")
    c.vitals("2026-04-08", e1, bp=(134, 84), hr=76, weight=78.0, height=170, bmi=27.0)
    c.medrx(med("Dipirona sódica 500 mg comprimido", ("N02BB02", "metamizole sodium"), "DIP500"), "2026-04-08", "1 comprimido VO 6/6h se dor",
            requester="mfc", reason_ref=[cl])
    c.medrx(med("Ciclobenzaprina 5 mg comprimido", ("M03BX08", "cyclobenzaprine"), "CIC5"), "2026-04-08", "1 comprimido VO à noite por 10 dias",
            requester="mfc", reason_ref=[cl], status="completed")
    c.medrx(med("Enalapril 10 mg comprimido", ("C09AA02", "enalapril"), "ENA10"), "2025-11-03", "1 comprimido VO 12/12h", requester="mfc")
    e2 = c.encounter("2026-05-20", "AMB", "Retorno - lombalgia", reason=[lomb], prac="mfc", org="ubs")
    c.report(cc((LOCAL, "RX-COL-LOMB", "Radiografia de coluna lombo-sacra AP e perfil"), text="Radiografia de coluna lombar AP e perfil"), "2026-05-15", [],
             "Redução difusa da densidade óssea. Alterações degenerativas leves L4-L5. Sem fraturas evidentes.",
             category=("RAD", "Radiology"), performer="clin", enc=e2)
    c.sreq(sigtap("0302050027", "ATENDIMENTO FISIOTERAPEUTICO NAS ALTERACOES MOTORAS"), "completed", "order", "2026-05-20", requester="mfc",
           reason_ref=[cl], note="Fisioterapia 10 sessões - lombalgia mecânica.")
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Dor (EVN 0-10)"), "2026-05-20", e2, "survey", 6)
    e3 = c.encounter("2026-07-15", "AMB", "Retorno - lombalgia", reason=[lomb], prac="mfc", org="ubs")
    c.obs(cc((SCT, "279039007", "Low back pain"), text="Dor lombar"), "2026-07-15", e3, "exam",
          "Dor lombar persistente apesar de fisioterapia; agora também à noite, acorda com dor", performer="mfc")
    c.vitals("2026-07-15", e3, bp=(130, 80), hr=80, weight=75.5)
    e4 = c.encounter("2026-09-02", "AMB", "Retorno - lombalgia", reason=[lomb], prac="mfc", org="ubs")
    c.vitals("2026-09-02", e4, bp=(128, 78), hr=86, weight=73.0)
    l4 = c.labs("2026-08-28", e4, [("hb", 10.2), ("wbc", 5.1), ("plt", 178), ("esr", 78), ("ca", 11.2), ("creat", 1.5), ("urea", 58),
                                    ("protein", 9.1), ("alb", 3.2)])
    c.report(cc((LOINC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Exames de rotina"), "2026-08-28", l4,
             "Anemia normocítica (Hb 10,2), VHS 78, cálcio 11,2, creatinina 1,5, proteínas totais 9,1 com albumina 3,2.",
             performer="mfc", enc=e4)
    c.note("Evolução - UBS", "2026-09-02",
           "Dor lombar há 5 meses, pior à noite, emagreceu 5 kg. Exames: anemia, VHS elevado, cálcio e creatinina aumentados. "
           "Mantida conduta para lombalgia mecânica; aumentar hidratação. Repetir exames.", author="mfc", type_cc=PROGRESS, enc=e4)
    e5 = c.encounter("2026-10-28", "AMB", "Retorno - lombalgia", reason=[lomb], prac="mfc", org="ubs")
    l5 = c.labs("2026-10-23", e5, [("hb", 9.6), ("esr", 84), ("ca", 11.4), ("creat", 1.7)])
    c.vitals("2026-10-28", e5, bp=(126, 78), hr=88, weight=72.0)
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Dor (EVN 0-10)"), "2026-10-28", e5, "survey", 8)
    c.sreq(cc((SIGTAP, "0202020380", "HEMOGRAMA COMPLETO"), text="Hemograma completo"), "active", "order", "2026-10-28", requester="mfc",
           reason_ref=[cl], occurrence="2026-12-10", note="Controle em 6 semanas.")
    c.note("Evolução - UBS", "2026-10-28",
           "Paciente 63a com lombalgia desde março, sem melhora com analgésicos e fisioterapia. Dor noturna, fadiga, perda de 6 kg. "
           "Hb 9,6, VHS 84, Ca 11,4, creatinina 1,7. Hipótese mantida: lombalgia mecânica + desidratação. "
           "Conduta: analgesia, hidratação oral, repetir hemograma em 6 semanas.", author="mfc", type_cc=PROGRESS, enc=e5)


# --------------------------------------------------------------------------------------------
def br_revascularizacao(c):
    """MPP positive: CABG requested through the state regulation centre, planned January 2027."""
    base(c, ["Manoel", "Messias"], "da Silva Rocha", "male", "1959-11-30", "702409127743318", "15580342791", "HRSL-0112806",
         "+55 77 98127-5530", "Avenida Bartolomeu de Gusmão, 250", "Candeias", "45028-000", MARRIED)
    c.organization("reg")
    dac = c.condition(cid("I25.1", "Doença aterosclerótica do coração"), onset="2026-08", recorded="2026-09-18", recorder="cardio")
    ang = c.condition(cid("I20.8", "Outras formas de angina pectoris", "Angina estável CCS III"), onset="2026-03", recorded="2026-07-14", recorder="cardio")
    dm = c.condition(cid("E11.9", "Diabetes mellitus não-insulino-dependente - sem complicações"), onset="2012", recorded="2012-06-01", recorder="clin")
    has = c.condition(cid("I10", "Hipertensão essencial (primária)"), onset="2008", recorded="2008-04-21", recorder="clin")
    c.condition(cid("E78.5", "Hiperlipidemia não especificada"), onset="2012", recorded="2012-06-01", recorder="clin")
    e1 = c.encounter("2026-07-14", "AMB", "Consulta especializada - Cardiologia", reason=[cct("Dor torácica aos esforços")], prac="cardio",
                     service_type=sigtap("0301010072", "CONSULTA MEDICA EM ATENÇÃO ESPECIALIZADA"))
    c.vitals("2026-07-14", e1, bp=(138, 84), hr=68, weight=80.0, height=168, bmi=28.3)
    c.labs("2026-07-10", e1, [("hba1c", 7.1), ("glucose", 132), ("creat", 1.0), ("k", 4.5), ("ldl", 88), ("hb", 14.1)])
    cat = c.proc(sigtap("0211020010", "CATETERISMO CARDIACO", ("33367005", "Coronary angiography")), "completed", "2026-09-18T10:30:00-03:00",
                 reason_ref=[ang], performer=["cardio"],
                 note="Lesão de 70% em tronco de coronária esquerda distal, 90% em DA proximal, 80% em Cx média, 75% em CD. FEVE 50% na ventriculografia.")
    eco = c.report(sigtap("0205010032", "ECOCARDIOGRAFIA TRANSTORACICA"), "2026-09-25", [],
                   "Hipocinesia inferior leve, FEVE 52% (Simpson), sem valvopatia significativa.", category=("CUS", "Cardiac Ultrasound"),
                   performer="cardio")
    e2 = c.encounter("2026-10-06", "AMB", "Reunião Heart Team / consulta Cirurgia Cardiovascular", reason=[cct("Doença coronariana triarterial com lesão de tronco")],
                     prac=["ccv", "cardio"])
    c.note("Parecer Heart Team", "2026-10-06",
           "Paciente 66a, DM2, HAS, dislipidemia, angina estável CCS III apesar de terapia otimizada. Cateterismo 18/09/2026: lesão "
           "de tronco distal 70% + triarterial (DA 90%, Cx 80%, CD 75%). SYNTAX score 33. FEVE 52%. EuroSCORE II 1,9%.\n"
           "Decisão: indicada revascularização miocárdica cirúrgica com CEC (mamária esquerda para DA + safenas para Cx e CD).\n"
           "Solicitação de internação eletiva enviada à Central Estadual de Regulação. Paciente e esposa orientados e de acordo.",
           author="ccv", type_cc=CONSULT_NOTE, enc=e2)
    sr = c.sreq(sigtap("0406010935", "REVASCULARIZACAO MIOCARDICA C/ USO DE EXTRACORPOREA (C/ 2 OU MAIS ENXERTOS)", ("232717009", "Coronary artery bypass grafting")),
                "active", "order", "2026-10-06", requester="ccv", performer=[c.O("hosp")], occurrence=("2027-01-11", "2027-01-25"),
                reason_ref=[dac, ang], priority="urgent", enc=e2,
                category=[cc((SCT, "387713003", "Surgical procedure"), text="Cirurgia eletiva - alta complexidade")],
                note="AIH eletiva nº 2926100483715 em análise na Central Estadual de Regulação. Previsão de internação: 11/01/2027.",
                supporting=[cat])
    c.encounter("2027-01-11", "IMP", "Internação eletiva - cirurgia cardiovascular", status="planned", prac="ccv", time="07:00",
                reason_ref=[dac])
    c.comm("2026-10-09T14:20:00-03:00", c.O("reg"), [c.O("hosp")],
           ["Solicitação de procedimento de alta complexidade recebida e autorizada. Procedimento 04.06.01.093-5. Leito de UTI "
            "cardiológica reservado para 11/01/2027."], category=[cc((COMMCAT, "notification", "Notification"))], about=[sr])
    for name, atc, loc, dose in [
        ("Ácido acetilsalicílico 100 mg comprimido", ("B01AC06", "acetylsalicylic acid"), "AAS100", "1 comprimido VO após almoço"),
        ("Atorvastatina 40 mg comprimido", ("C10AA05", "atorvastatin"), "ATO40", "1 comprimido VO à noite"),
        ("Metoprolol succinato 50 mg comprimido", ("C07AB02", "metoprolol"), "MET50", "1 comprimido VO 1x/dia"),
        ("Mononitrato de isossorbida 20 mg comprimido", ("C01DA14", "isosorbide mononitrate"), "ISO20", "1 comprimido VO 8h e 16h"),
        ("Metformina 850 mg comprimido", ("A10BA02", "metformin"), "MTF850", "1 comprimido VO 2x/dia (suspender 48h antes da cirurgia)"),
        ("Losartana potássica 50 mg comprimido", ("C09CA01", "losartan"), "LOS50", "1 comprimido VO 12/12h"),
    ]:
        c.medrx(med(name, atc, loc), "2026-07-14", dose, requester="cardio")
    c.vitals("2026-10-06", e2, bp=(132, 80), hr=62)


# --------------------------------------------------------------------------------------------
def br_colecistectomia(c):
    """MPP near miss: cholecystectomy requested, performed in August, post-op follow-up completed."""
    base(c, ["Rosângela", "Maria"], "Cardoso Lima", "female", "1974-05-18", "706803441297723", "52790144872", "HRSL-0254419",
         "+55 77 99204-8816", "Rua Ernesto Dantas, 77", "Centro", "45020-000", MARRIED)
    c.organization("ubs")
    c.organization("reg")
    col = c.condition(cid("K80.2", "Calculose da vesícula biliar sem colecistite"), onset="2026-02", recorded="2026-03-10", recorder="mfc",
                      clinical="resolved", abatement="2026-08-19")
    c.condition(cid("E03.9", "Hipotireoidismo não especificado"), onset="2016", recorded="2016-09-12", recorder="mfc")
    c.condition(cid("E66.9", "Obesidade não especificada"), onset="2018", recorded="2018-03-01", recorder="mfc")
    c.medrx(med("Levotiroxina sódica 75 mcg comprimido", ("H03AA01", "levothyroxine sodium"), "LEV75"), "2026-01-20", "1 comprimido VO em jejum",
            requester="mfc")
    e0 = c.encounter("2026-03-10", "AMB", "Consulta médica em atenção primária", reason=[cct("Dor em hipocôndrio direito pós-prandial")], prac="mfc", org="ubs")
    c.report(cc((LOINC, "24558-9", "US Abdomen"), text="Ultrassonografia de abdome total"), "2026-03-05", [],
             "Vesícula biliar com múltiplos cálculos, maior 1,8 cm, paredes finas. Vias biliares não dilatadas.", category=("RAD", "Radiology"), performer="clin", enc=e0)
    sr = c.sreq(sigtap("0407030034", "COLECISTECTOMIA VIDEOLAPAROSCOPICA", ("45595009", "Laparoscopic cholecystectomy")), "completed", "order", "2026-03-10",
                requester="mfc", reason_ref=[col], performer=[c.O("hosp")], occurrence="2026-08-19",
                note="Encaminhada via regulação para cirurgia geral eletiva.")
    e1 = c.encounter("2026-05-26", "AMB", "Consulta Cirurgia Geral (regulada)", reason=[cct("Colelitíase sintomática")], prac="cirg")
    c.labs("2026-05-20", e1, [("hb", 13.4), ("plt", 262), ("alt", 28), ("ast", 25), ("alp", 92), ("bili", 0.7), ("tsh", 2.1), ("glucose", 96)])
    c.vitals("2026-05-26", e1, bp=(126, 78), hr=74, weight=92.0, height=160, bmi=35.9)
    e2 = c.encounter("2026-08-19", "IMP", "Internação cirúrgica eletiva", reason=[cct("Colelitíase sintomática")], prac="cirg", time="06:30",
                     end="2026-08-20", end_time="10:00")
    p = c.proc(sigtap("0407030034", "COLECISTECTOMIA VIDEOLAPAROSCOPICA", ("45595009", "Laparoscopic cholecystectomy")), "completed",
               ("2026-08-19T08:10:00-03:00", "2026-08-19T09:25:00-03:00"), reason_ref=[col], performer=["cirg"], enc=e2, based_on=[sr],
               outcome=cct("Sem intercorrências"))
    c.report(cc((LOINC, "60567-5", "Comprehensive pathology report panel"), text="Anatomopatológico - vesícula biliar"), "2026-08-19", [],
             "Colecistite crônica calculosa. Ausência de neoplasia.", category=("SP", "Surgical Pathology"), performer="cirg", enc=e2,
             issued_date="2026-09-01")
    c.note("Resumo de alta", "2026-08-20",
           "Colecistectomia videolaparoscópica em 19/08/2026 sem intercorrências. Alta no 1º PO, dieta leve, dipirona se dor. "
           "Retorno ambulatorial em 14 dias.", author="cirg", type_cc=DISCHARGE, enc=e2)
    e3 = c.encounter("2026-09-02", "AMB", "Retorno pós-operatório", prac="cirg")
    c.vitals("2026-09-02", e3, bp=(122, 76), hr=70, temp=36.4)
    c.note("Retorno pós-operatório", "2026-09-02",
           "14º PO. Incisões cicatrizadas, sem dor. AP: colecistite crônica calculosa. Alta da cirurgia geral, contrarreferência à UBS.",
           author="cirg", type_cc=CONSULT_NOTE, enc=e3)
    e4 = c.encounter("2026-10-14", "AMB", "Consulta médica em atenção primária", prac="mfc", org="ubs")
    c.vitals("2026-10-14", e4, bp=(124, 78), hr=72, weight=90.5)
    c.note("Evolução - UBS", "2026-10-14", "Assintomática após colecistectomia. Mantém levotiroxina. Orientada dieta e atividade física.",
           author="mfc", type_cc=PROGRESS, enc=e4)


# --------------------------------------------------------------------------------------------
def br_cirrose(c):
    """UP positive: decompensated alcoholic cirrhosis, deemed not transplant candidate, palliative referral (note only)."""
    base(c, ["Gilberto"], "Sousa Neves", "male", "1968-08-03", "700501222918736", "61493028734", "HRSL-0339172",
         "+55 77 98877-2094", "Rua Itabuna, 58", "Alto Maron", "45005-112", WIDOWED)
    cir = c.condition(cid("K70.3", "Cirrose hepática alcoólica"), onset="2024-05", recorded="2024-05-22", recorder="hepato",
                      stage=[{"summary": cct("Child-Pugh C (11 pontos), MELD-Na 24")}])
    alc = c.condition(cid("F10.2", "Transtornos mentais e comportamentais devidos ao uso de álcool - síndrome de dependência"),
                      onset="1995", recorded="2024-05-22", recorder="hepato", clinical="remission",
                      note="Abstinente desde agosto/2026 (3 meses) segundo o paciente e a irmã.")
    c.condition(cid("I85.9", "Varizes esofagianas sem sangramento"), onset="2024-06", recorded="2024-06-10", recorder="hepato")
    asc = c.condition(cid("R18", "Ascite"), onset="2026-04", recorded="2026-04-14", recorder="hepato")
    e1 = c.encounter("2026-09-09", "IMP", "Internação - ascite tensa e encefalopatia grau II", reason=[cct("Ascite volumosa, confusão mental")],
                     prac="hepato", time="15:00", end="2026-09-16", end_time="11:00")
    c.proc(cc((SIGTAP, "0407040196", "PARACENTESE ABDOMINAL"), text="Paracentese de alívio (6 L)"),
           "completed", "2026-09-10T10:00:00-03:00", reason_ref=[asc], performer=["hepato"], enc=e1)
    c.labs("2026-09-10", e1, [("hb", 10.4), ("plt", 68), ("inr", 2.1), ("bili", 4.8), ("alb", 2.4), ("creat", 1.4), ("na", 129)], time="06:00")
    c.note("Resumo de alta", "2026-09-16",
           "Internado por ascite tensa e encefalopatia hepática grau II. Paracentese de 6 L com albumina. Lactulona ajustada. "
           "Alta com espironolactona 200 mg + furosemida 80 mg.", author="hepato", type_cc=DISCHARGE, enc=e1)
    e2 = c.encounter("2026-10-20", "AMB", "Ambulatório de Hepatologia", reason=[cct("Cirrose descompensada")], prac="hepato")
    c.vitals("2026-10-20", e2, bp=(98, 60), hr=92, weight=64.0)
    c.labs("2026-10-19", e2, [("inr", 2.3), ("bili", 5.6), ("alb", 2.3), ("creat", 1.5), ("na", 127), ("plt", 61)])
    c.proc(cc((SIGTAP, "0407040196", "PARACENTESE ABDOMINAL"), text="Paracentese de alívio (5 L)"),
           "completed", "2026-10-20T11:00:00-03:00", reason_ref=[asc], performer=["hepato"], enc=e2)
    c.note("Ambulatório de Hepatologia - evolução", "2026-10-20",
           "Paciente 58a, cirrose alcoólica Child-Pugh C / MELD-Na 24, ascite refratária (3ª paracentese em 6 semanas), "
           "encefalopatia recorrente, sarcopenia importante. Abstinência de apenas 3 meses.\n"
           "Avaliação da equipe: paciente não é candidato a transplante hepático no momento (abstinência inferior a 6 meses, "
           "fragilidade e ausência de suporte familiar contínuo). Não foi referenciado ao centro transplantador. "
           "Sem opções de tratamento modificador da doença; TIPS contraindicado pela encefalopatia.\n"
           "Conversado com paciente e irmã (Sra. Lúcia): prognóstico reservado, foco em conforto. Encaminhado à equipe de "
           "cuidados paliativos do hospital (contato telefônico realizado, avaliação agendada). Manter paracenteses de alívio "
           "conforme necessidade.", author="hepato", type_cc=PROGRESS, enc=e2)
    for name, atc, loc, dose in [
        ("Espironolactona 100 mg comprimido", ("C03DA01", "spironolactone"), "ESP100", "2 comprimidos VO pela manhã"),
        ("Furosemida 40 mg comprimido", ("C03CA01", "furosemide"), "FUR40", "2 comprimidos VO pela manhã"),
        ("Lactulose 667 mg/mL xarope", ("A06AD11", "lactulose"), "LAC667", "20 mL VO 3x/dia, ajustar para 2-3 evacuações/dia"),
        ("Propranolol 40 mg comprimido", ("C07AA05", "propranolol"), "PRO40", "1/2 comprimido VO 12/12h"),
    ]:
        c.medrx(med(name, atc, loc), "2026-09-16", dose, requester="hepato", reason_ref=[cir])
    c.related_person(["Lúcia", "Helena"], "Sousa Neves", "SIS", "sister", phone="+55 77 99130-4471", text="Irmã - cuidadora principal")
    c.vitals("2026-09-09", e1, bp=(102, 62), hr=96, temp=36.8, time="15:20")


# --------------------------------------------------------------------------------------------
def br_hemodialise(c):
    """HIT positive: end-stage kidney disease, haemodialysis started October 2026 via tunnelled catheter."""
    base(c, ["Maria", "das Graças"], "Pereira Santana", "female", "1965-01-27", "708205513827940", "70241598315", "HRSL-0208864",
         "+55 77 99163-0275", "Rua João Pessoa, 340", "Jurema", "45023-050", MARRIED)
    c.organization("ubs")
    drc = c.condition(cid("N18.0", "Doença renal em estádio final", "Doença renal crônica estágio 5 (nefroesclerose hipertensiva)"),
                      onset="2022", recorded="2022-10-04", recorder="nefro")
    c.condition(cid("I12.0", "Doença renal hipertensiva com insuficiência renal"), onset="2022", recorded="2022-10-04", recorder="nefro")
    an = c.condition(cid("D63.8", "Anemia em outras doenças crônicas classificadas em outra parte", "Anemia da doença renal crônica"),
                     onset="2024", recorded="2024-02-15", recorder="nefro")
    e1 = c.encounter("2026-08-25", "AMB", "Ambulatório de Nefrologia - pré-dialítico", reason=[drc], prac="nefro")
    c.vitals("2026-08-25", e1, bp=(152, 92), hr=80, weight=66.0)
    c.labs("2026-08-20", e1, [("creat", 6.4), ("egfr", 7), ("urea", 162), ("k", 5.4), ("hb", 9.3), ("phos", 5.9), ("pth", 290)])
    c.note("Ambulatório de Nefrologia", "2026-08-25",
           "DRC estágio 5 por nefroesclerose hipertensiva. TFGe 7. Náuseas matinais, prurido e inapetência. Discutida terapia renal "
           "substitutiva: paciente opta por hemodiálise (sem condições domiciliares para diálise peritoneal). Programado implante de "
           "cateter de longa permanência e início de hemodiálise.", author="nefro", type_cc=CONSULT_NOTE, enc=e1)
    e2 = c.encounter("2026-10-21", "IMP", "Internação para início de terapia renal substitutiva", reason=[drc], prac="nefro", time="14:00",
                     end="2026-10-27", end_time="10:00")
    c.labs("2026-10-21", e2, [("creat", 7.8), ("egfr", 6), ("urea", 181), ("k", 5.9), ("hb", 8.9)], time="15:00")
    c.proc(cc((LOCAL, "CAT-TUN-HD", "Implante de cateter tunelizado para hemodiálise"), text="Implante de cateter tunelizado em veia jugular interna direita"),
           "completed", "2026-10-22T09:00:00-03:00", reason_ref=[drc], performer=["nefro"], enc=e2)
    sr = c.sreq(sigtap("0305010107", "HEMODIALISE (MAXIMO 3 SESSOES POR SEMANA)", ("302497006", "Hemodialysis")), "active", "order", "2026-10-22",
                requester="nefro", occurrence=("2026-10-24", None), reason_ref=[drc], performer=[c.O("hosp")],
                note="Programa crônico: 3 sessões/semana (seg-qua-sex), 4 h, dialisato K 2,0, heparina. APAC emitida.")
    c.proc(sigtap("0305010107", "HEMODIALISE (MAXIMO 3 SESSOES POR SEMANA)", ("302497006", "Hemodialysis")), "in-progress",
           ("2026-10-24T07:00:00-03:00", None), reason_ref=[drc], performer=["nefro"], based_on=[sr],
           note="Hemodiálise crônica em andamento desde 24/10/2026. 16 sessões realizadas até 27/11/2026.")
    c.note("Resumo de alta", "2026-10-27",
           "Implantado cateter tunelizado em VJI direita em 22/10. Iniciada hemodiálise em 24/10/2026, três sessões sem intercorrências. "
           "Segue em programa de hemodiálise ambulatorial 3x/semana no Serviço de Nefrologia do HRSL. Orientada restrição hídrica "
           "(500 mL + diurese) e de potássio. Avaliar confecção de fístula arteriovenosa após adaptação.", author="nefro", type_cc=DISCHARGE, enc=e2)
    e3 = c.encounter("2026-11-27", "AMB", "Sessão de hemodiálise - avaliação mensal", reason=[drc], prac="nefro", time="07:00", end_time="11:15")
    c.vitals("2026-11-27", e3, bp=(146, 88), hr=78, weight=63.5)
    c.labs("2026-11-27", e3, [("urea", 118), ("k", 5.0), ("hb", 9.1), ("phos", 5.2)], time="07:05")
    c.note("Evolução mensal - hemodiálise", "2026-11-27",
           "Paciente em HD há 5 semanas. Refere cansaço intenso nos dias de diálise, cãibras, dificuldade de manter o trabalho como "
           "costureira. Kt/V 1,3. Ganho interdialítico 2,1 kg. Mantém programa 3x/semana; ajustar eritropoetina.", author="nefro",
           type_cc=PROGRESS, enc=e3)
    for name, atc, loc, dose, rs in [
        ("Alfaepoetina 4.000 UI/mL solução injetável", ("B03XA01", "erythropoietin"), "EPO4000", "4.000 UI SC 3x/semana após a hemodiálise", [an]),
        ("Sacarato de hidróxido férrico 100 mg/5 mL injetável", ("B03AC02", "saccharated iron oxide"), "FESAC100", "100 mg EV semanal na hemodiálise", [an]),
        ("Anlodipino 10 mg comprimido", ("C08CA01", "amlodipine"), "ANL10", "1 comprimido VO 1x/dia", [drc]),
        ("Carbonato de cálcio 500 mg comprimido", ("A12AA04", "calcium carbonate"), "CACO500", "1 comprimido VO junto às refeições", [drc]),
    ]:
        c.medrx(med(name, atc, loc), "2026-10-27", dose, requester="nefro", reason_ref=rs)


# --------------------------------------------------------------------------------------------
def br_ouvidoria(c):
    """PRC positive: patient listening form - 'Sim' to wanting a second medical opinion about her knees."""
    base(c, ["Terezinha", "de Jesus"], "Almeida Costa", "female", "1955-06-12", "703600918847225", "08852371409", "HRSL-0098813",
         "+55 77 98760-1142", "Rua Góes Calmon, 19", "Ibirapuera", "45075-310", WIDOWED)
    c.organization("ubs")
    oa = c.condition(cid("M17.0", "Gonartrose primária bilateral"), onset="2020", recorded="2021-02-11", recorder="orto")
    c.condition(cid("I10", "Hipertensão essencial (primária)"), onset="2009", recorded="2009-10-01", recorder="mfc")
    c.condition(cid("E78.5", "Hiperlipidemia não especificada"), onset="2016", recorded="2016-04-05", recorder="mfc")
    c.medrx(med("Paracetamol 750 mg comprimido", ("N02BE01", "paracetamol"), "PAR750"), "2026-06-17", "1 comprimido VO 8/8h se dor", requester="orto",
            reason_ref=[oa])
    c.medrx(med("Losartana potássica 50 mg comprimido", ("C09CA01", "losartan"), "LOS50"), "2026-02-10", "1 comprimido VO 12/12h", requester="mfc")
    c.medrx(med("Sinvastatina 20 mg comprimido", ("C10AA01", "simvastatin"), "SIN20"), "2026-02-10", "1 comprimido VO à noite", requester="mfc")
    e1 = c.encounter("2026-06-17", "AMB", "Consulta especializada - Ortopedia (regulada)", reason=[oa], prac="orto",
                     service_type=sigtap("0301010072", "CONSULTA MEDICA EM ATENÇÃO ESPECIALIZADA"))
    c.report(cc((LOCAL, "RX-JOE-BIL", "Radiografia de joelhos bilateral com carga"), text="Radiografia de joelhos AP com carga e perfil"), "2026-06-10", [],
             "Redução do espaço articular medial bilateral, osteófitos marginais. Kellgren-Lawrence grau 2-3.", category=("RAD", "Radiology"),
             performer="orto", enc=e1)
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Dor (EVN 0-10)"), "2026-06-17", e1, "survey", 7)
    c.vitals("2026-06-17", e1, bp=(138, 82), hr=76, weight=74.0, height=155, bmi=30.8)
    c.note("Consulta Ortopedia", "2026-06-17",
           "Gonartrose bilateral KL 2-3. Orientado perda de peso, fisioterapia e analgesia simples. Sem indicação cirúrgica. Retorno "
           "na UBS.", author="orto", type_cc=CONSULT_NOTE, enc=e1)
    e2 = c.encounter("2026-11-12", "AMB", "Consulta médica em atenção primária", reason=[oa], prac="mfc", org="ubs")
    c.vitals("2026-11-12", e2, bp=(134, 80), hr=78, weight=73.0)
    c.obs(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Dor (EVN 0-10)"), "2026-11-12", e2, "survey", 7)
    c.labs("2026-11-05", e2, [("glucose", 101), ("creat", 0.9), ("ldl", 104), ("hb", 12.9)])
    c.sreq(sigtap("0302050027", "ATENDIMENTO FISIOTERAPEUTICO NAS ALTERACOES MOTORAS"), "active", "order", "2026-11-12", requester="mfc",
           reason_ref=[oa], note="Fisioterapia para gonartrose - aguardando vaga.")
    c.qr("https://hrsantaluzia.example/fhir/Questionnaire/escuta-usuario-ouvidoria", "2026-11-12T10:40:00-03:00",
         [("1", "Em qual serviço você foi atendido(a)?", "UBS Jardim Valéria e ambulatório de Ortopedia do HRSL"),
          ("2", "Você se sentiu ouvido(a) pelo profissional que o(a) atendeu?", coding(YESNO, "N", "Não")),
          ("3", "O profissional explicou seu diagnóstico e tratamento de forma que você entendeu?", coding(YESNO, "N", "Não")),
          ("4", "Você gostaria de solicitar uma segunda opinião médica sobre o seu problema?", coding(YESNO, "Y", "Sim")),
          ("5", "Conte com suas palavras o que aconteceu",
           "Tenho dor nos dois joelhos há anos e piorou muito, não consigo ir à igreja a pé. O ortopedista nem examinou meu joelho, "
           "olhou o raio-X e disse que é da idade e que não tem o que fazer. Quero ser vista por outro médico.")],
         author=c.P(), source=c.P(), enc=e2)
    c.note("Registro da Ouvidoria / Acolhimento", "2026-11-12",
           "Usuária preencheu formulário de escuta da Ouvidoria após consulta. Solicita segunda opinião médica sobre dor nos joelhos. "
           "Demanda registrada e encaminhada à coordenação da UBS para análise.", author="enf", type_cc=PROGRESS, enc=e2, custodian="ubs")


# --------------------------------------------------------------------------------------------
def br_diabetes(c):
    """WDT positive: HbA1c 7.9 -> 10.2 over 9 months on metformin + glibenclamide + NPH insulin throughout."""
    base(c, ["Edvaldo"], "Brito Conceição", "male", "1972-04-04", "705009433218620", "44318290547", "HRSL-0203377",
         "+55 77 98134-6618", "Rua Coronel Gugé, 901", "Boa Vista", "45026-340", MARRIED)
    c.organization("ubs")
    dm = c.condition(cid("E11.9", "Diabetes mellitus não-insulino-dependente - sem complicações"), onset="2019", recorded="2019-07-23", recorder="mfc")
    c.condition(cid("I10", "Hipertensão essencial (primária)"), onset="2017", recorded="2017-05-02", recorder="mfc")
    c.medstmt(med("Metformina 850 mg comprimido", ("A10BA02", "metformin"), "MTF850"), "active", start="2019-07-23", asserted="2026-11-09",
              reason_ref=[dm], dosage="1 comprimido VO 3x/dia", note="Refere uso regular; confere cartela na consulta.")
    c.medstmt(med("Glibenclamida 5 mg comprimido", ("A10BB01", "glibenclamide"), "GLI5"), "active", start="2023-03-14", asserted="2026-11-09",
              reason_ref=[dm], dosage="1 comprimido VO 2x/dia")
    ins = c.medrx(med("Insulina humana NPH 100 UI/mL suspensão injetável", ("A10AC01", "insulin (human)"), "NPH100"), "2026-02-10",
                  "10 UI SC às 22h; titular 2 UI a cada 3 dias até glicemia de jejum < 130 mg/dL", requester="mfc", reason_ref=[dm])
    c.medstmt(med("Insulina humana NPH 100 UI/mL suspensão injetável", ("A10AC01", "insulin (human)"), "NPH100"), "active", start="2026-02-10",
              asserted="2026-11-09", reason_ref=[dm], dosage="28 UI SC às 22h + 10 UI SC antes do café (desde agosto)", based_on=[ins],
              note="Aplicação conferida pela enfermagem; técnica adequada; canetas/seringas retiradas mensalmente na farmácia.")
    c.medrx(med("Enalapril 10 mg comprimido", ("C09AA02", "enalapril"), "ENA10"), "2026-02-10", "1 comprimido VO 12/12h", requester="mfc")
    hb = []
    for d, v, w, note in [("2026-02-10", 7.9, 86.0, "Glicemia de jejum 168. Iniciada insulina NPH bedtime."),
                          ("2026-05-12", 8.6, 87.5, "Titulada NPH para 20 UI. Reforço dietético com nutricionista do NASF."),
                          ("2026-08-11", 9.3, 88.0, "NPH 28 UI bedtime + 10 UI manhã. Adesão confirmada."),
                          ("2026-11-09", 10.2, 89.0, "HbA1c em ascensão apesar de esquema triplo em uso regular.")]:
        e = c.encounter(d, "AMB", "Consulta de diabetes (HIPERDIA)", reason=[dm], prac="mfc", org="ubs")
        hb.append(c.lab("hba1c", v, d, e, time="07:30"))
        c.lab("glucose", {"2026-02-10": 168, "2026-05-12": 182, "2026-08-11": 204, "2026-11-09": 231}[d], d, e, time="07:30")
        c.vitals(d, e, bp=(134, 82), weight=w)
        if d == "2026-11-09":
            c.labs(d, e, [("creat", 1.0), ("uacr", 42), ("ldl", 118)], time="07:30")
            c.note("Evolução HIPERDIA", d,
                   "DM2 há 7 anos. HbA1c: 7,9% (fev) -> 8,6% (mai) -> 9,3% (ago) -> 10,2% (nov), apesar de metformina 2.550 mg/dia, "
                   "glibenclamida 10 mg/dia e insulina NPH desde fevereiro, com adesão confirmada pela enfermagem. Poliúria e "
                   "perda de energia. Microalbuminúria 42 mg/g. Encaminhado à endocrinologia via regulação; associar insulina regular.",
                   author="mfc", type_cc=PROGRESS, enc=e)
    c.sreq(cc((SIGTAP, "0301010072", "CONSULTA MEDICA EM ATENÇÃO ESPECIALIZADA"), text="Consulta em Endocrinologia"), "active", "order", "2026-11-09",
           requester="mfc", reason_ref=[dm], performer=[c.O("hosp")], note="Regulação: DM2 descompensado em uso de insulina.")


# --------------------------------------------------------------------------------------------
def br_miastenia(c):
    """ROC positive: generalised myasthenia gravis (rare disease), stable on treatment."""
    base(c, ["Camila", "Regina"], "Teixeira Amorim", "female", "1990-09-21", "709104826530015", "03719426588", "HRSL-0341905",
         "+55 77 99981-2270", "Avenida Juracy Magalhães, 1880", "Felícia", "45055-090", MARRIED)
    mg = c.condition(cid("G70.0", "Miastenia gravis", "Miastenia gravis generalizada AChR+ (MGFA IIb)"), onset="2024-02", recorded="2024-04-16",
                     recorder="neuro", note="Anticorpo anti-receptor de acetilcolina positivo (14,2 nmol/L); ENMG com decremento de 28%.")
    c.condition(cid("E04.9", "Bócio não-tóxico, não especificado"), onset="2023", recorded="2023-11-08", recorder="clin")
    c.proc(cc((LOCAL, "TIMECT-VATS", "Timectomia por videotoracoscopia"), text="Timectomia por videotoracoscopia"), "completed",
           "2025-03-18T08:00:00-03:00", reason_ref=[mg], note="Hiperplasia tímica, sem timoma.")
    for name, atc, loc, dose in [
        ("Piridostigmina 60 mg comprimido", ("N07AA02", "pyridostigmine"), "PIR60", "1 comprimido VO 4x/dia"),
        ("Prednisona 5 mg comprimido", ("H02AB07", "prednisone"), "PRED5", "2 comprimidos VO pela manhã"),
        ("Azatioprina 50 mg comprimido", ("L04AX01", "azathioprine"), "AZA50", "2 comprimidos VO 1x/dia"),
        ("Carbonato de cálcio 500 mg + colecalciferol 400 UI comprimido", ("A12AX", "calcium, combinations with vitamin D"), "CACOD", "1 comprimido VO 12/12h"),
    ]:
        c.medrx(med(name, atc, loc), "2026-06-02", dose, requester="neuro", reason_ref=[mg])
    c.allergy(cct("Ciprofloxacino (piora miastênica)"), "2024-04-16", criticality="high", reaction_text="Piora da fraqueza e disfagia")
    for d, adl, note in [("2026-06-02", 3, "Ptose leve ao fim do dia, sem disfagia."), ("2026-09-08", 2, "Estável."), ("2026-11-24", 2, "Estável, sem crises.")]:
        e = c.encounter(d, "AMB", "Ambulatório de Doenças Neuromusculares", reason=[mg], prac="neuro")
        c.score(cc((LOCAL, "MG-ADL", "Myasthenia Gravis Activities of Daily Living - escore total"), text="MG-ADL (0-24)"), adl, d, e, performer="neuro", note=note)
        c.vitals(d, e, bp=(112, 72), hr=74, weight=63.0)
        if d == "2026-09-08":
            c.labs("2026-09-04", e, [("hb", 12.8), ("wbc", 6.2), ("plt", 240), ("alt", 22), ("ast", 20), ("glucose", 92)])
    c.note("Ambulatório de Doenças Neuromusculares", "2026-11-24",
           "Miastenia gravis generalizada AChR+, doença rara, em acompanhamento no ambulatório de referência. Pós-timectomia (2025). "
           "MG-ADL 2, sem crise miastênica no último ano. Mantém piridostigmina, prednisona 10 mg/dia e azatioprina 100 mg/dia. "
           "Hemograma e transaminases normais. Cartão de alerta de medicamentos contraindicados entregue. Retorno em 3 meses.",
           author="neuro", type_cc=PROGRESS)
    c.immunization(cc(("http://hl7.org/fhir/sid/cvx", "150", "Influenza, injectable, quadrivalent, preservative free"), text="Influenza (campanha 2026)"),
                   "2026-04-22", lot="UF226B", performer_org="hosp")


CASES = [
    dict(key="br_palpitacoes", build=br_palpitacoes, org="BR", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Palpitations and exertional dyspnoea recorded on five dates over seven months; ECGs, troponin, D-dimer, echo, Holter, exercise ECG, spirometry, chest X-ray and bloods all normal, and no diagnosis (anxiety screened negative).",
         summary="34F, palpitations + dyspnoea Apr-Nov 2026, extensive normal cardiac/respiratory workup, no diagnosis"),
    dict(key="br_tosse", build=br_tosse, org="BR", target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="near-miss", expected=[],
         why="Cough lasted three weeks (well under 8 weeks), the two returns within 14 days were scheduled appointments, the X-ray was normal and the illness was diagnosed as a viral URTI that resolved.",
         summary="45M hypertensive smoker, 3-week cough, scheduled returns, normal CXR, URTI resolved"),
    dict(key="br_lombalgia", build=br_lombalgia, org="BR", target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive",
         expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="'Lombalgia mecânica' (M54.5) kept for 7 months while night pain, weight loss, anaemia, ESR 84, hypercalcaemia, high protein and rising creatinine appeared - findings the label cannot explain (myeloma pattern).",
         summary="63M, low back pain label since April; anaemia, high ESR, hypercalcaemia, renal impairment unexplained"),
    dict(key="br_revascularizacao", build=br_revascularizacao, org="BR", target="MAJOR_PROCEDURE_PLANNED", kind="positive",
         expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Active ServiceRequest (intent order) for on-pump CABG (SIGTAP 04.06.01.093-5) authorised by the regulation centre for January 2027, not yet performed.",
         summary="66M, left-main + 3-vessel CAD, CABG requested via regulation centre for Jan 2027"),
    dict(key="br_colecistectomia", build=br_colecistectomia, org="BR", target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
         why="The laparoscopic cholecystectomy request is completed: the operation was done on 2026-08-19 and post-operative follow-up discharged her; nothing is pending.",
         summary="52F, cholecystectomy requested in March and performed in August, discharged from surgery"),
    dict(key="br_cirrose", build=br_cirrose, org="BR", target="UNTREATABLE_PROGNOSIS", kind="positive",
         expected=["UNTREATABLE_PROGNOSIS"],
         why="Hepatology note states no disease-modifying options, not a transplant candidate (never referred to a transplant centre) and refers to palliative care; no second opinion on record.",
         summary="58M, Child C alcoholic cirrhosis, 'no options', palliative referral stated only in the clinic note"),
    dict(key="br_hemodialise", build=br_hemodialise, org="BR", target="HIGH_IMPACT_TREATMENT", kind="positive",
         expected=["HIGH_IMPACT_TREATMENT"],
         why="Chronic haemodialysis three times a week started on 2026-10-24 (active ServiceRequest, in-progress Procedure) with documented impact on work and daily life.",
         summary="61F, ESKD from hypertensive nephrosclerosis, tunnelled catheter and haemodialysis started Oct 2026"),
    dict(key="br_ouvidoria", build=br_ouvidoria, org="BR", target="PATIENT_REPORTED_CONCERN", kind="positive",
         expected=["PATIENT_REPORTED_CONCERN"],
         why="Patient-completed listening form (QuestionnaireResponse) answers 'Sim' to wanting a second medical opinion and says she was not examined or heard.",
         summary="71F, knee osteoarthritis told 'it's age', ombudsman form: wants second opinion = Sim"),
    dict(key="br_diabetes", build=br_diabetes, org="BR", target="WORSENING_DESPITE_TREATMENT", kind="positive",
         expected=["WORSENING_DESPITE_TREATMENT"],
         why="HbA1c 7.9 -> 8.6 -> 9.3 -> 10.2% over 9 months (rise 2.3%, MCID 0.5%) while metformin, glibenclamide and NPH insulin were taken throughout with confirmed adherence.",
         summary="54M, type 2 diabetes, HbA1c rising quarterly on triple therapy incl. insulin"),
    dict(key="br_miastenia", build=br_miastenia, org="BR", target="RARE_OR_COMPLEX_CONDITION", kind="positive",
         expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active generalised AChR-positive myasthenia gravis (G70.0), a rare disease in the Orphanet sense, followed in a neuromuscular clinic.",
         summary="36F, generalised myasthenia gravis post-thymectomy, stable on pyridostigmine/prednisone/azathioprine"),
]
