"""Cases from the Chilean public hospital (Hospital Clínico Regional San Gregorio, Valdivia)."""
from fhirkit import (Case, case, cc, q, coding, LOINC, SCT, ICD10, UCUM, T, CHILE, CL_FONASA, CL_GES, CL_LOCAL,
                     CL_FARMA, cl_patient, cl_coverage, ges, sym_obs, score_obs)

ORG = "chile"


def cie(code, display, text=None, sct=None):
    codings = [(ICD10, code, display)]
    if sct:
        codings.append((SCT, sct[0], sct[1]))
    return cc(*codings, text=text or display)


def med(name, code=None):
    return cc((CL_FARMA, code or name.split()[0].upper()[:8], name), text=name)


def fonasa(code, display):
    return cc((CL_FONASA, code, display), text=display)


ENC_CONS = cc((SCT, "11429006", "Consultation"), text="Consulta de especialidad")
ENC_CTRL = cc((CL_LOCAL, "CTRL", "Control de especialidad"), text="Control de especialidad")
NOTE_EVOL = cc((LOINC, "11506-3", "Progress note"), text="Evolución ambulatoria")
NOTE_IC = cc((LOINC, "57133-1", "Referral note"), text="Solicitud de interconsulta")
NOTE_CONS = cc((LOINC, "11488-4", "Consult note"), text="Informe de interconsulta")


# --------------------------------------------------------------------------------- A1
@case("a01-palpitaciones", ORG, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive",
      ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Palpitations and exertional dyspnoea recorded at four visits over 22 weeks; ECG, Holter, echocardiogram, "
      "exercise ergometry and labs all normal, no explaining disorder diagnosed; patient told 'nothing wrong' while symptoms go on.",
      "39-year-old woman, palpitations and dyspnoea at 4 visits Jun-Nov 2026, every cardiac and lab study normal, no diagnosis")
def a01(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Carolina", "Andrea"], "Fuentealba Riquelme", "female", "1987-03-14", 16789432,
                       line="Calle General Lagos 1870, depto 42", marital="M"),
            cl_coverage("B", 16789432), practitioners=["mi", "ca", "gs"])
    C.cond(cie("J30.1", "Rinitis alérgica debida al polen", text="Rinitis alérgica estacional"), onset="2012",
           recorded="2024-03-11", who="gs")
    C.med_statement(med("Loratadina 10 mg comprimido", "LORAT10"), "active", "2024-03-11",
                    "1 comprimido al día en primavera, SOS")
    sr = C.service_request(cc((CL_LOCAL, "IC-MI", "Interconsulta a Medicina Interna"), text="Interconsulta a Medicina Interna"),
                           "2026-05-04", "gs", status="completed", intent="order",
                           reason=cc((SCT, "80313002", "Palpitations"), text="Palpitaciones de 1 mes de evolución"),
                           category=cc((SCT, "3457005", "Patient referral"), text="Derivación desde CESFAM"))
    dates = [("2026-06-09", "mi", 112, 70, 88), ("2026-07-21", "mi", 108, 68, 84),
             ("2026-09-15", "ca", 114, 72, 92), ("2026-11-10", "mi", 110, 70, 90)]
    encs = []
    for d, who, s, di, hr in dates:
        e = C.enc(d, cls="AMB", type_=ENC_CONS if not encs else ENC_CTRL, who=who,
                  reason=cc((SCT, "80313002", "Palpitations"), text="Palpitaciones"))
        encs.append(e)
        C.vitals(d, enc=e, sbp=s, dbp=di, hr=hr, wt=61.5 if d < "2026-09-01" else 61.0)
        sym_obs(C, "80313002", "Palpitations", "Palpitaciones (episodios de 10-30 min, 2-4 por semana)", d, enc=e)
    sym_obs(C, "267036007", "Dyspnea", "Disnea de esfuerzos moderados", "2026-07-21", enc=encs[1])
    sym_obs(C, "267036007", "Dyspnea", "Disnea de esfuerzos, persiste", "2026-11-10", enc=encs[3])
    e0 = encs[0]
    labs = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-06-09", 13.4, "g/dL", 12.0, 16.0, enc=e0, text="Hemoglobina"),
            C.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-06-09", 6.8, "10*3/uL", 4.5, 11.0, enc=e0, text="Leucocitos"),
            C.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-09", 1.8, "m[IU]/L", 0.4, 4.5, enc=e0, text="TSH"),
            C.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2026-06-09", 1.2, "ng/dL", 0.9, 1.7, enc=e0, text="T4 libre"),
            C.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-06-09", 4.2, "mmol/L", 3.5, 5.1, enc=e0, text="Potasio"),
            C.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-06-09", 88, "mg/dL", 70, 100, enc=e0, text="Glicemia")]
    C.report(cc((LOINC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Perfil bioquímico, hemograma y perfil tiroideo"),
             "2026-06-09", labs, conclusion="Valores dentro de rangos de referencia.", enc=e0)
    ecg = C.obs(cc((LOINC, "11524-6", "EKG study"), text="Electrocardiograma de reposo"), "2026-06-09",
                "Ritmo sinusal 76 lpm, PR 150 ms, QRS 84 ms, QTc 410 ms, sin alteraciones de repolarización",
                category="procedure", interp="N", enc=e0)
    holter = C.obs(cc((CL_LOCAL, "HOLTER-24", "Holter de ritmo 24 horas"), text="Holter de ritmo 24 h"), "2026-07-03",
                   "Ritmo sinusal, FC media 78 lpm; extrasístoles supraventriculares aisladas (<1%), sin pausas ni taquiarritmias sostenidas. Síntomas anotados en diario sin correlato arrítmico.",
                   category="procedure", interp="N")
    C.report(fonasa("1701006", "Holter de ritmo (24 horas)"), "2026-07-03", [holter], category=("EC", "Electrocardiac"),
             conclusion="Holter de ritmo sin arritmias significativas.", who="ca")
    ef = C.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="Fracción de eyección VI (Simpson)"), "2026-09-15",
               q(63, "%"), category="imaging", low=52, interp="N", enc=encs[2])
    C.report(fonasa("1701045", "Ecocardiograma Doppler color"), "2026-09-15", [ef], category=("CUS", "Cardiac Ultrasound"),
             conclusion="Ecocardiograma normal: cavidades de tamaño normal, FEVI 63%, sin valvulopatía, PSAP 22 mmHg.",
             who="ca", enc=encs[2])
    ergo = C.obs(cc((CL_LOCAL, "ERGO", "Ergometría (protocolo de Bruce)"), text="Ergometría"), "2026-10-20",
                 "Protocolo de Bruce, 10 min 30 s (11,8 METs), 96% FC máx. Sin angor, sin arritmias, sin cambios del ST. Palpitaciones referidas en recuperación con ritmo sinusal en monitor.",
                 category="procedure", interp="N")
    C.report(fonasa("1701009", "Ergometría"), "2026-10-20", [ergo], category=("EC", "Electrocardiac"),
             conclusion="Ergometría negativa para isquemia, capacidad funcional normal.", who="ca")
    l2 = [C.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-09-15", 48, "ng/mL", 15, 150, enc=encs[2], text="Ferritina"),
          C.lab("19123-9", "Magnesium [Mass/volume] in Serum or Plasma", "2026-09-15", 2.1, "mg/dL", 1.6, 2.6, enc=encs[2], text="Magnesio")]
    C.report(cc((CL_LOCAL, "FERR-MG", "Ferritina y magnesio"), text="Ferritina y magnesio"), "2026-09-15", l2,
             conclusion="Normal.", enc=encs[2])
    C.note("2026-06-09", "Ingreso policlínico Medicina Interna",
           "PoliMI - 09/06/2026\nPaciente de 39 años, dueña de casa, derivada desde CESFAM Las Ánimas por palpitaciones de ~2 meses. "
           "Refiere episodios de 'corazón acelerado' de 10 a 30 minutos, 2-4 veces por semana, a veces en reposo, con sensación de falta de aire al subir escaleras. "
           "Niega síncope, dolor torácico, baja de peso. No consume café en exceso, no fuma.\n"
           "Ex. físico: PA 112/70, FC 88, sin soplos, tiroides no palpable.\n"
           "ECG: ritmo sinusal normal.\nPlan: hemograma, perfil bioquímico, TSH/T4L; Holter 24 h. Control con resultados.", "mi", enc=e0,
           type_=NOTE_EVOL)
    C.note("2026-09-15", "Control Cardiología",
           "Control cardiología 15/09/2026. Persisten palpitaciones casi semanales y disnea de esfuerzos. Holter sin arritmias, ecocardiograma hoy normal (FEVI 63%). "
           "Se solicita ergometría. Se tranquiliza a la paciente.", "ca", enc=encs[2], type_=NOTE_EVOL)
    C.note("2026-11-10", "Control Medicina Interna",
           "Control 10/11/2026. Paciente sigue con palpitaciones 2-3 veces por semana y disnea al caminar rápido, ahora con insomnio por temor a los episodios. "
           "Se revisan exámenes: ECG, Holter, eco y ergometría normales, laboratorio normal. Se le explica que 'el corazón está sano, no tiene nada'. "
           "Paciente se muestra angustiada, dice que los síntomas son reales y le impiden trabajar. Sin diagnóstico que explique el cuadro. "
           "Plan: control en 3 meses, reconsultar en urgencia si síncope.", "mi", enc=encs[3], type_=NOTE_EVOL)
    return C


# --------------------------------------------------------------------------------- A2
@case("a02-colon-irritable", ORG, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Irritable bowel syndrome (K58.9) labelled a year ago in a 57-year-old and kept while symptoms continue; since then "
      "7 kg weight loss, positive faecal occult blood and microcytic iron-deficiency anaemia that the label cannot explain "
      "(the red flags are 42 days old, so not yet the 60-day no-follow-up trigger).",
      "58-year-old man, 'colon irritable' kept >12 months despite weight loss, positive FOBT and iron-deficiency anaemia")
def a02(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Luis", "Alberto"], "Cárcamo Henríquez", "male", "1968-08-02", 10345221,
                       line="Los Castaños 455", comuna="Paillaco", marital="M"),
            cl_coverage("C", 10345221), practitioners=["mi", "gs", "en"])
    C.cond(cie("I10", "Hipertensión esencial (primaria)"), onset="2017", recorded="2017-05-02", who="gs",
           extension=None, category="problem-list-item")
    C.med_statement(med("Losartán 50 mg comprimido", "LOSAR50"), "active", "2017-05-02", "1 comprimido cada 12 horas")
    ibs = C.cond(cie("K58.9", "Síndrome del colon irritable sin diarrea", sct=("10743008", "Irritable bowel syndrome"),
                     text="Síndrome de intestino irritable"), onset="2025-11-18", recorded="2025-11-18", who="gs",
                 note="Dg clínico en CESFAM: dolor abdominal cólico, distensión, alternancia de hábito. Sin colonoscopía.")
    encs = {}
    for d, w, note in (("2025-11-18", 82.0, "Dolor abdominal cólico y distensión de 3 meses"),
                       ("2026-02-10", 81.2, "Persiste dolor y distensión pese a trimebutina"),
                       ("2026-06-16", 78.3, "Persiste dolor, deposiciones alternantes, baja de peso"),
                       ("2026-10-20", 75.1, "Persiste dolor, deposiciones nocturnas, astenia")):
        e = C.enc(d, type_=ENC_CTRL, who="gs" if d < "2026-06-01" else "mi",
                  reason=cc((SCT, "21522001", "Abdominal pain"), text=note))
        encs[d] = e
        C.vitals(d, enc=e, sbp=132, dbp=82, wt=w)
        sym_obs(C, "21522001", "Abdominal pain", note, d, enc=e)
    C.med_request(med("Trimebutina 200 mg comprimido", "TRIMEB200"), "2025-11-18", "1 comprimido cada 8 horas antes de las comidas",
                  "gs", reason_ref=[ibs])
    C.med_request(med("Psyllium 3,4 g sobre", "PSYL"), "2026-02-10", "1 sobre al día en agua", "gs", reason_ref=[ibs])
    e = encs["2026-10-20"]
    labs = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-20", 10.2, "g/dL", 13.0, 17.0, enc=e, text="Hemoglobina"),
            C.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-10-20", 73, "fL", 80, 100, enc=e, text="VCM"),
            C.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-10-20", 8, "ng/mL", 30, 400, enc=e, text="Ferritina"),
            C.lab("777-3", "Platelets [#/volume] in Blood by Automated count", "2026-10-20", 412, "10*3/uL", 150, 450, enc=e, text="Plaquetas"),
            C.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-10-20", 14, "mg/L", None, 5, enc=e, text="PCR")]
    C.report(cc((LOINC, "58410-2", "CBC panel - Blood by Automated count"), text="Hemograma, ferritina y PCR"), "2026-10-20", labs,
             conclusion="Anemia microcítica hipocrómica con ferropenia.", enc=e)
    fobt = C.obs(cc((LOINC, "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"), text="Hemorragias ocultas en deposiciones (inmunológico)"),
                 "2026-10-20", cc((SCT, "10828004", "Positive"), text="Positivo"), interp="POS", enc=e)
    C.report(fonasa("0306011", "Hemorragias ocultas en deposiciones, método inmunológico"), "2026-10-20", [fobt],
             conclusion="Positivo.", enc=e)
    C.note("2025-11-18", "Atención CESFAM",
           "Consulta morbilidad 18/11/2025. Hombre 57 años, HTA. Dolor abdominal cólico difuso y distensión de 3 meses, alterna estitiquez y deposiciones blandas. "
           "Sin fiebre. Examen abdominal sin masas. Impresiona colon irritable. Se indica trimebutina, dieta, control.", "gs",
           enc=encs["2025-11-18"], type_=NOTE_EVOL)
    C.note("2026-06-16", "Control Medicina Interna",
           "Control 16/06/2026. Persisten dolor abdominal y distensión, ahora deposiciones alternantes casi diarias. Baja de peso de 82 a 78 kg en 7 meses, la atribuye a comer menos. "
           "Se mantiene diagnóstico de colon irritable. Se agrega psyllium. Control en 4 meses.", "mi", enc=encs["2026-06-16"], type_=NOTE_EVOL)
    C.note("2026-10-20", "Control Medicina Interna",
           "Control 20/10/2026. Dolor persiste, ahora con deposiciones nocturnas y astenia marcada. Peso 75,1 kg (-7 kg en 11 meses). "
           "Hb 10,2, VCM 73, ferritina 8. Hemorragias ocultas (+). "
           "Dg: SII. Anemia ferropénica. Se indica sulfato ferroso y control con hemograma en 3 meses. Mantener trimebutina.", "mi",
           enc=e, type_=NOTE_EVOL)
    C.med_request(med("Sulfato ferroso 200 mg comprimido", "FESO4"), "2026-10-20", "1 comprimido al día en ayunas", "mi")
    return C


# --------------------------------------------------------------------------------- A3
@case("a03-fatiga-tiroiditis", ORG, "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "A catch-all fatigue label (R53) stood for only five weeks before autoimmune thyroiditis with hypothyroidism was "
      "diagnosed; levothyroxine normalised TSH and the fatigue resolved, so the diagnosis explains the symptoms.",
      "47-year-old woman, fatigue (R53) replaced after 5 weeks by Hashimoto hypothyroidism; TSH normal and fatigue gone on levothyroxine")
def a03(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["María", "José"], "Espinoza Carrasco", "female", "1979-11-23", 13987554,
                       line="Av. Pedro Aguirre Cerda 2210", marital="D"),
            cl_coverage("B", 13987554), practitioners=["mi", "gs"])
    C.cond(cie("E78.0", "Hipercolesterolemia pura"), onset="2022", recorded="2022-08-30", who="gs")
    fat = C.cond(cie("R53", "Malestar y fatiga", sct=("84229001", "Fatigue"), text="Cansancio"), onset="2026-01",
                 recorded="2026-04-14", clinical="resolved", abatement="2026-05-19", category="encounter-diagnosis", who="gs",
                 note="Reemplazado por diagnóstico de tiroiditis autoinmune con hipotiroidismo (19/05/2026).")
    e1 = C.enc("2026-04-14", type_=ENC_CONS, who="gs", reason=cc((SCT, "84229001", "Fatigue"), text="Cansancio de 3 meses"))
    C.vitals("2026-04-14", enc=e1, sbp=118, dbp=74, hr=62, wt=71.4)
    sym_obs(C, "84229001", "Fatigue", "Cansancio, somnolencia diurna, intolerancia al frío", "2026-04-14", enc=e1)
    l1 = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-04-14", 12.9, "g/dL", 12.0, 16.0, enc=e1, text="Hemoglobina"),
          C.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-04-14", 91, "mg/dL", 70, 100, enc=e1, text="Glicemia"),
          C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-04-14", 0.8, "mg/dL", 0.5, 1.1, enc=e1, text="Creatinina"),
          C.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-04-14", 12.4, "m[IU]/L", 0.4, 4.5, enc=e1, text="TSH"),
          C.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2026-04-14", 0.7, "ng/dL", 0.9, 1.7, enc=e1, text="T4 libre")]
    C.report(cc((LOINC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Hemograma, bioquímico y perfil tiroideo"),
             "2026-04-14", l1, conclusion="TSH elevada con T4 libre baja: hipotiroidismo primario.", enc=e1)
    e2 = C.enc("2026-05-19", type_=ENC_CTRL, who="mi", reason=cc((SCT, "40930008", "Hypothyroidism"), text="Hipotiroidismo"))
    tpo = C.lab("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma", "2026-05-12", 486, "[IU]/mL", None, 34,
                text="Anticuerpos antiperoxidasa (anti-TPO)")
    hashi = C.cond(cie("E06.3", "Tiroiditis autoinmune", sct=("21983002", "Hashimoto thyroiditis"),
                       text="Tiroiditis de Hashimoto con hipotiroidismo primario"), onset="2026-05-19", recorded="2026-05-19",
                   who="mi", enc=e2, evidence=[{"detail": [C.ref(tpo)]}])
    C.med_request(med("Levotiroxina 75 mcg comprimido", "LEVO75"), "2026-07-07", "1 comprimido en ayunas", "mi",
                  reason_ref=[hashi], note="Dosis aumentada desde 50 mcg (inicio 19/05/2026).")
    e3 = C.enc("2026-07-07", type_=ENC_CTRL, who="mi")
    C.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-07-01", 5.9, "m[IU]/L", 0.4, 4.5, enc=e3, text="TSH")
    e4 = C.enc("2026-10-06", type_=ENC_CTRL, who="mi")
    C.vitals("2026-10-06", enc=e4, sbp=116, dbp=72, hr=70, wt=69.0)
    C.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-09-29", 2.1, "m[IU]/L", 0.4, 4.5, enc=e4, text="TSH")
    C.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2026-09-29", 1.3, "ng/dL", 0.9, 1.7, enc=e4, text="T4 libre")
    C.note("2026-05-19", "Control Medicina Interna",
           "19/05/2026. Derivada por cansancio de 4 meses, intolerancia al frío, piel seca, constipación. TSH 12,4 con T4L 0,7; anti-TPO 486. "
           "Dg: Tiroiditis de Hashimoto con hipotiroidismo primario. Explica el cansancio. Inicia levotiroxina 50 mcg. Control TSH en 6 semanas.",
           "mi", enc=e2, type_=NOTE_EVOL)
    C.note("2026-10-06", "Control Medicina Interna",
           "06/10/2026. Con levotiroxina 75 mcg, TSH 2,1. Refiere que el cansancio desapareció hace ~2 meses, duerme bien, retomó ejercicio. "
           "Baja 2 kg. Mantener dosis, control anual con TSH.", "mi", enc=e4, type_=NOTE_EVOL)
    C.med_statement(med("Atorvastatina 20 mg comprimido", "ATOR20"), "active", "2022-08-30", "1 comprimido en la noche")
    return C


# --------------------------------------------------------------------------------- A4
@case("a04-endoprotesis-cadera", ORG, "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Active order for a right total hip replacement (GES hip-arthroplasty guarantee) scheduled for January 2027, "
      "pre-operative work-up done, not yet performed.",
      "68-year-old man, severe right hip osteoarthritis, total hip arthroplasty ordered for 2027-01-18 under GES")
def a04(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Héctor", "Manuel"], "Vidal Sepúlveda", "male", "1958-05-30", 7654321,
                       line="Camino a Niebla km 4", marital="M"),
            cl_coverage("A", 7654321), practitioners=["tr", "mi", "en"])
    C.cond(cie("I10", "Hipertensión esencial (primaria)"), onset="2009", recorded="2012-01-10", who="mi",
           extension=None)
    C.cond(cie("E11.9", "Diabetes mellitus tipo 2 sin mención de complicación", sct=("44054006", "Diabetes mellitus type 2")),
           onset="2015", recorded="2015-06-02", who="mi")
    oa = C.cond({"coding": [coding(ICD10, "M16.1", "Otras coxartrosis primarias"), coding(SCT, "239872002", "Osteoarthritis of hip")],
                 "text": "Coxartrosis derecha severa"}, onset="2021", recorded="2024-09-17", who="tr",
                severity=cc((SCT, "24484000", "Severe"), text="Severa"),
                body_site=[cc((SCT, "24136001", "Hip joint structure"), text="Cadera derecha")])
    e1 = C.enc("2026-07-14", type_=ENC_CONS, who="tr", reason=cc(text="Dolor de cadera derecha, claudicación a 1 cuadra"))
    C.vitals("2026-07-14", enc=e1, sbp=138, dbp=84, hr=72, wt=88.0, ht=171)
    rx = C.obs(cc((CL_LOCAL, "RX-PELV-CAD", "Radiografía de pelvis AP y cadera axial"), text="Radiografía pelvis AP y cadera derecha axial"), "2026-07-14",
               "Pinzamiento articular completo coxofemoral derecho, esclerosis subcondral, osteofitos y quistes. Kellgren-Lawrence 4.",
               category="imaging", interp="A", enc=e1)
    hhs = score_obs(C, cc((CL_LOCAL, "HHS", "Harris Hip Score"), text="Harris Hip Score cadera derecha"), "2026-07-14", 41, enc=e1,
                    note="Resultado pobre (<70)")
    C.procedure(cc((CL_LOCAL, "INF-CAD", "Infiltración intraarticular de cadera"), text="Infiltración de cadera derecha con corticoide"),
                "completed", "2025-03-11", who="tr", reason_ref=[oa], note="Alivio parcial por 6 semanas.")
    C.med_statement(med("Paracetamol 1 g comprimido", "PARA1G"), "active", "2024-09-17", "1 g cada 8 horas")
    C.med_statement(med("Tramadol 50 mg cápsula", "TRAM50"), "active", "2025-08-05", "50 mg cada 12 horas si dolor intenso")
    C.med_statement(med("Metformina 850 mg comprimido", "METF850"), "active", "2015-06-02", "1 comprimido con almuerzo y cena")
    C.med_statement(med("Enalapril 10 mg comprimido", "ENAL10"), "active", "2012-01-10", "1 comprimido cada 12 horas")
    e2 = C.enc("2026-10-27", type_=cc((CL_LOCAL, "PREOP", "Evaluación preoperatoria"), text="Evaluación preoperatoria"), who="mi")
    labs = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-20", 14.1, "g/dL", 13.0, 17.0, enc=e2, text="Hemoglobina"),
            C.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-10-20", 6.9, "%", 4.0, 6.0, enc=e2, text="HbA1c",
                  interp="H", note="Meta <7% en diabético cumplida"),
            C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-20", 0.98, "mg/dL", 0.7, 1.3, enc=e2, text="Creatinina"),
            C.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", "2026-10-20", 1.0, "{INR}", 0.8, 1.2, enc=e2, text="INR"),
            C.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-10-20", 4.4, "mmol/L", 3.5, 5.1, enc=e2, text="Potasio")]
    C.report(cc((CL_LOCAL, "PREQX", "Exámenes preoperatorios"), text="Exámenes preoperatorios"), "2026-10-20", labs,
             conclusion="Sin contraindicación de laboratorio.", enc=e2)
    C.obs(cc((LOINC, "11524-6", "EKG study"), text="Electrocardiograma preoperatorio"), "2026-10-27",
          "Ritmo sinusal 70 lpm, sin alteraciones agudas", category="procedure", interp="N", enc=e2)
    sr = C.service_request(fonasa("2104131", "Artroplastía total de cadera (endoprótesis total)"), "2026-09-08", "tr",
                           status="active", intent="order", reason_ref=[oa],
                           category=cc((SCT, "387713003", "Surgical procedure"), text="Cirugía electiva"),
                           occurrence="2027-01-18", priority="routine",
                           note="GES N° 12: Endoprótesis total de cadera en personas de 65 años y más con artrosis de cadera con limitación funcional severa. Garantía de oportunidad vigente.",
                           patient_instruction="Suspender metformina 48 h antes; ingreso 07:00 del 18/01/2027.")
    C.enc("2027-01-18", cls="IMP", status="planned", type_=cc(text="Hospitalización electiva Traumatología"), who="tr",
          reason=cc(text="Artroplastía total de cadera derecha"))
    C.careplan("Plan de tratamiento GES artrosis de cadera", "active", "plan", "2026-09-08", "tr",
               category=ges(C, 12, "Endoprótesis total de cadera en personas de 65 años y más con artrosis de cadera con limitación funcional severa"),
               addresses=[oa], activities=[{"reference": C.ref(sr)}],
               description="Cirugía de reemplazo total de cadera derecha; kinesiología pre y postoperatoria.")
    C.note("2026-09-08", "Control Traumatología",
           "08/09/2026. Coxartrosis derecha severa (K-L 4), HHS 41. Dolor nocturno, usa bastón, claudicación a 1 cuadra pese a paracetamol, tramadol y kinesiología. "
           "Se indica endoprótesis total de cadera derecha. Se explican riesgos (luxación, TVP, infección). Paciente acepta y firma consentimiento. "
           "Se ingresa a lista GES, fecha quirúrgica 18/01/2027.", "tr", type_=NOTE_EVOL)
    C.note("2026-10-27", "Evaluación preoperatoria",
           "27/10/2026. HTA y DM2 compensadas (HbA1c 6,9). ECG normal. Riesgo quirúrgico ASA II. Apto para cirugía programada.", "mi",
           enc=e2, type_=NOTE_EVOL)
    return C


# --------------------------------------------------------------------------------- A5
@case("a05-cancer-gastrico-paliativo", ORG, "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "Stage IV gastric adenocarcinoma; the oncology committee found no active oncological treatment option (ECOG 3) and "
      "referred to the GES palliative care programme; no second opinion on record.",
      "72-year-old man, metastatic gastric cancer declared 'sin opciones de tratamiento oncológico', GES palliative care plan")
def a05(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Juan", "Carlos"], "Huenchullán Millapán", "male", "1954-02-11", 6123457,
                       line="Sector Huellelhue s/n", comuna="Valdivia", marital="W"),
            cl_coverage("A", 6123457), practitioners=["on", "cp", "mi", "en"])
    C.cond(cie("I10", "Hipertensión esencial (primaria)"), onset="2010", recorded="2013-04-01", who="mi")
    ca = C.cond({"coding": [coding(ICD10, "C16.2", "Tumor maligno del cuerpo del estómago"),
                            coding(SCT, "363349007", "Malignant tumor of stomach")],
                 "text": "Adenocarcinoma gástrico difuso de cuerpo, estadio IV (carcinomatosis peritoneal, metástasis hepáticas)"},
                onset="2026-08-11", recorded="2026-08-11", who="on",
                stage=[{"summary": cc(text="Estadio IV (cT4a N2 M1)")}])
    C.cond(cie("C78.7", "Tumor maligno secundario del hígado y de los conductos biliares intrahepáticos"), onset="2026-08-25",
           recorded="2026-08-25", who="on")
    e1 = C.enc("2026-08-11", type_=cc(text="Endoscopía digestiva alta"), who="mi", reason=cc(text="Epigastralgia, baja de peso 12 kg, anemia"))
    bx = C.obs(cc((LOINC, "22637-3", "Pathology report final diagnosis Narrative"), text="Biopsia gástrica"), "2026-08-14",
               "Adenocarcinoma poco cohesivo (difuso) con células en anillo de sello, HER2 negativo (score 0).",
               category="laboratory", interp="A", enc=e1)
    C.report(fonasa("0801001", "Estudio histopatológico de biopsia"), "2026-08-14", [bx], category=("SP", "Surgical Pathology"),
             conclusion="Adenocarcinoma gástrico difuso, HER2 negativo.")
    tac = C.obs(cc((LOINC, "36813-4", "CT Abdomen and Pelvis W contrast"), text="TAC tórax-abdomen-pelvis con contraste"),
                "2026-08-25", "Engrosamiento parietal gástrico de cuerpo, adenopatías perigástricas, 4 lesiones hepáticas secundarias (mayor 3,8 cm), ascitis leve e implantes peritoneales.",
                category="imaging", interp="A")
    C.report(fonasa("0403014", "TAC de abdomen y pelvis"), "2026-08-25", [tac], category=("RAD", "Radiology"),
             conclusion="Neoplasia gástrica con diseminación hepática y peritoneal (M1).")
    labs = [C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-15", 9.1, "g/dL", 13.0, 17.0, text="Hemoglobina"),
            C.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-09-15", 2.7, "g/dL", 3.5, 5.2, text="Albúmina"),
            C.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-09-15", 1.4, "mg/dL", 0.2, 1.2, text="Bilirrubina total")]
    C.report(cc((LOINC, "24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), text="Hemograma y perfil hepático"),
             "2026-09-15", labs, conclusion="Anemia, hipoalbuminemia.")
    ecog = score_obs(C, cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG"), "2026-09-22", 3)
    e2 = C.enc("2026-09-22", type_=cc(text="Comité Oncológico Digestivo"), who="on")
    C.impression("2026-09-22", "on", "Comité oncológico digestivo",
                 "Adenocarcinoma gástrico estadio IV, ECOG 3, desnutrición (albúmina 2,7). Sin opciones de tratamiento oncológico activo: "
                 "no candidato a quimioterapia paliativa ni a cirugía. Se deriva a Programa GES Alivio del Dolor y Cuidados Paliativos.",
                 problems=[ca], enc=e2, investigation=[{"code": cc(text="Estudio de etapificación"), "item": [C.ref(tac), C.ref(ecog)]}],
                 prognosis=cc((SCT, "170968001", "Prognosis bad"), text="Pronóstico ominoso, sobrevida estimada en semanas a pocos meses"))
    ref = C.service_request(cc((SCT, "306237005", "Referral to palliative care service"), text="Derivación a Unidad de Cuidados Paliativos"),
                            "2026-09-22", "on", status="completed", intent="order", reason_ref=[ca], enc=e2,
                            category=cc((SCT, "3457005", "Patient referral")))
    cp = C.careplan("Plan de cuidados paliativos", "active", "plan", "2026-09-29", "cp",
                    category=ges(C, 4, "Alivio del dolor y cuidados paliativos por cáncer avanzado"),
                    addresses=[ca],
                    description="Control de síntomas, manejo del dolor, apoyo familiar, visitas domiciliarias. Sin tratamiento oncológico específico.",
                    activities=[{"detail": {"kind": "MedicationRequest", "status": "in-progress",
                                            "description": "Morfina oral de liberación inmediata, titulación según dolor"}},
                                {"detail": {"kind": "ServiceRequest", "status": "scheduled",
                                            "description": "Visita domiciliaria de enfermería cada 7 días"}}])
    C.med_request(med("Morfina solución oral 2%", "MORF2"), "2026-09-29", "5 mg (5 gotas) cada 4 horas, rescate 5 mg SOS", "cp",
                  reason=cc(text="Dolor oncológico"))
    C.med_request(med("Metoclopramida 10 mg comprimido", "METOC10"), "2026-09-29", "1 comprimido cada 8 horas SOS náuseas", "cp")
    C.med_request(med("Lactulosa jarabe", "LACTUL"), "2026-09-29", "15 mL cada noche", "cp")
    e3 = C.enc("2026-11-17", cls="HH", type_=cc(text="Visita domiciliaria cuidados paliativos"), who=["cp", "en"])
    pain = score_obs(C, cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="EVA dolor"),
                     "2026-11-17", 3, enc=e3)
    C.note("2026-09-22", "Acta comité oncológico",
           "Comité Oncológico Digestivo 22/09/2026.\nPaciente 72 años, adenocarcinoma gástrico difuso HER2 (-), estadio IV con metástasis hepáticas y carcinomatosis peritoneal. "
           "ECOG 3, baja de peso 14 kg, albúmina 2,7.\nConclusión: paciente sin opciones de tratamiento oncológico activo; no es candidato a quimioterapia ni a cirugía paliativa. "
           "Se informa a paciente e hija. Deriva a Cuidados Paliativos (GES 4). Se activa GES.", "on", enc=e2,
           type_=cc((LOINC, "11488-4", "Consult note"), text="Acta de comité"))
    C.note("2026-11-17", "Visita domiciliaria paliativos",
           "VD 17/11/2026. Paciente en cama la mayor parte del día, dolor EVA 3 con morfina 5 mg c/4h, 2 rescates/día. Come poco. "
           "Hija cuidadora informada del pronóstico. Se ajusta laxante. Próxima visita en 7 días.", "cp", enc=e3, type_=NOTE_EVOL)
    return C


# --------------------------------------------------------------------------------- A6
@case("a06-quiste-renal-simple", ORG, "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "The note says 'no requiere tratamiento' about a Bosniak I simple renal cyst: a benign finding that needs no "
      "treatment is not an untreatable condition, and there is no palliative plan.",
      "55-year-old woman, incidental Bosniak I renal cyst, urology: 'no requiere tratamiento ni seguimiento'")
def a06(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Patricia", "Elena"], "Toledo Barrientos", "female", "1971-09-05", 11209876,
                       line="Errázuriz 1544", marital="M"),
            cl_coverage("C", 11209876), practitioners=["ur", "gs", "mi"])
    C.cond(cie("I10", "Hipertensión esencial (primaria)"), onset="2019", recorded="2019-10-08", who="gs")
    gerd = C.cond(cie("K21.9", "Enfermedad del reflujo gastroesofágico sin esofagitis"), onset="2026-05", recorded="2026-06-02", who="gs")
    C.med_statement(med("Omeprazol 20 mg cápsula", "OMEP20"), "active", "2026-06-02", "1 cápsula en ayunas")
    C.med_statement(med("Amlodipino 5 mg comprimido", "AMLO5"), "active", "2019-10-08", "1 comprimido al día")
    e1 = C.enc("2026-06-02", type_=ENC_CONS, who="gs", reason=cc(text="Pirosis y epigastralgia"))
    C.vitals("2026-06-02", enc=e1, sbp=128, dbp=80, hr=74, wt=67.2)
    eco = C.obs(cc((CL_LOCAL, "ECO-ABD", "Ecotomografía abdominal"), text="Ecografía abdominal"), "2026-07-07",
                "Hígado, vesícula y páncreas sin alteraciones. Riñón izquierdo con imagen quística cortical simple de 32 mm, pared fina, sin tabiques ni calcificaciones.",
                category="imaging", interp="A")
    C.report(fonasa("0404003", "Ecotomografía abdominal"), "2026-07-07", [eco], category=("RAD", "Radiology"),
             conclusion="Quiste renal simple izquierdo de 32 mm. Sugiere caracterizar con TAC.")
    tac = C.obs(cc((LOINC, "36813-4", "CT Abdomen and Pelvis W contrast"), text="Pielo-TAC trifásico"), "2026-08-18",
                "Quiste cortical polo superior de riñón izquierdo de 33 mm, densidad agua (4 UH), sin realce, sin septos ni calcificaciones. Bosniak I.",
                category="imaging", interp="A")
    C.report(fonasa("0403014", "TAC de abdomen y pelvis"), "2026-08-18", [tac], category=("RAD", "Radiology"),
             conclusion="Quiste renal simple Bosniak I.")
    cyst = C.cond({"coding": [coding(ICD10, "N28.1", "Quiste de riñón, adquirido"), coding(SCT, "36171008", "Cyst of kidney")],
                   "text": "Quiste renal simple izquierdo Bosniak I"}, onset="2026-07-07", recorded="2026-09-29", who="ur",
                  note="Benigno. No requiere tratamiento ni seguimiento imagenológico.")
    labs = [C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-09-22", 0.74, "mg/dL", 0.5, 1.1, text="Creatinina"),
            C.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
                  "2026-09-22", 96, "mL/min/{1.73_m2}", 60, None, text="VFG estimada (CKD-EPI)"),
            C.lab("13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field", "2026-09-22", 1, "/[HPF]", 0, 3,
                  text="Glóbulos rojos en sedimento urinario")]
    C.report(cc((LOINC, "24362-6", "Renal function 2000 panel - Serum or Plasma"), text="Función renal y orina completa"),
             "2026-09-22", labs, conclusion="Normal.")
    e2 = C.enc("2026-09-29", type_=ENC_CONS, who="ur", reason=cc(text="Quiste renal izquierdo"))
    C.vitals("2026-09-29", enc=e2, sbp=126, dbp=78, hr=70)
    C.note("2026-09-29", "Interconsulta Urología",
           "Urología 29/09/2026. Derivada por quiste renal izquierdo incidental en ecografía. Asintomática desde el punto de vista urinario. "
           "TAC: quiste simple Bosniak I de 33 mm. Función renal normal, sin hematuria.\n"
           "Conclusión: hallazgo benigno. No requiere tratamiento ni seguimiento imagenológico. Se explica a la paciente, queda tranquila. Alta de Urología, contrarreferencia a CESFAM.",
           "ur", enc=e2, type_=NOTE_CONS)
    C.note("2026-10-13", "Control CESFAM",
           "Control 13/10/2026. Reflujo controlado con omeprazol, sin pirosis. PA 124/78. Se informa resultado de Urología: quiste simple, no requiere tratamiento. Control cardiovascular en 6 meses.",
           "gs", type_=NOTE_EVOL)
    C.service_request(cc((CL_LOCAL, "CONTRAREF", "Contrarreferencia a atención primaria"), text="Contrarreferencia a CESFAM"),
                      "2026-09-29", "ur", status="completed", intent="order", reason_ref=[cyst], enc=e2)
    return C


# --------------------------------------------------------------------------------- A7
@case("a07-hemodialisis", ORG, "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Chronic haemodialysis three times a week was started in October 2026 for stage 5 diabetic kidney disease "
      "(arteriovenous fistula created in June) under the GES CKD 4-5 guarantee: a started high-impact treatment.",
      "64-year-old woman, CKD stage 5, chronic haemodialysis started 2026-10-05 via AV fistula")
def a07(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Rosa", "Inés"], "Catalán Zúñiga", "female", "1961-12-19", 9456123,
                       line="Villa Los Alcaldes, pasaje 7 casa 23", comuna="Valdivia", marital="M"),
            cl_coverage("A", 9456123), practitioners=["ne", "mi", "en"])
    ckd = C.cond({"coding": [coding(ICD10, "N18.5", "Enfermedad renal crónica, etapa 5"), coding(SCT, "433146000", "Chronic kidney disease stage 5")],
                  "text": "ERC etapa 5 secundaria a nefropatía diabética"}, onset="2025-10", recorded="2025-10-21", who="ne",
                 extension=None)
    C.cond(cie("E11.2", "Diabetes mellitus tipo 2 con complicaciones renales", sct=("44054006", "Diabetes mellitus type 2")),
           onset="2004", recorded="2010-03-02", who="mi")
    C.cond(cie("I10", "Hipertensión esencial (primaria)"), onset="2006", recorded="2010-03-02", who="mi")
    C.cond(cie("D63.8", "Anemia en otras enfermedades crónicas clasificadas en otra parte", text="Anemia de la enfermedad renal crónica"),
           onset="2025-10", recorded="2025-10-21", who="ne")
    fav = C.procedure(fonasa("1802040", "Fístula arteriovenosa para hemodiálisis"), "completed", "2026-06-24", who="ne",
                      reason_ref=[ckd], note="FAV radiocefálica izquierda, madura en 8 semanas.")
    e1 = C.enc("2026-08-18", type_=ENC_CTRL, who="ne")
    labs = [C.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-08-18", 6.4, "mg/dL", 0.5, 1.1, enc=e1, text="Creatinina"),
            C.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)",
                  "2026-08-18", 7, "mL/min/{1.73_m2}", 60, None, enc=e1, text="VFG estimada (CKD-EPI)"),
            C.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-08-18", 5.8, "mmol/L", 3.5, 5.1, enc=e1, text="Potasio"),
            C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-08-18", 9.3, "g/dL", 12.0, 16.0, enc=e1, text="Hemoglobina")]
    C.report(cc((LOINC, "24362-6", "Renal function 2000 panel - Serum or Plasma"), text="Perfil renal y hemograma"), "2026-08-18", labs,
             conclusion="ERC etapa 5, hiperkalemia leve, anemia.", enc=e1)
    hd = C.service_request(fonasa("1901020", "Hemodiálisis crónica (sesión)"), "2026-09-15", "ne", status="active", intent="order",
                           reason_ref=[ckd], category=cc((SCT, "277132007", "Therapeutic procedure"), text="Terapia de reemplazo renal"),
                           occurrence="2026-10-05", note="3 sesiones semanales (lunes, miércoles, viernes) de 4 horas, centro de diálisis en convenio. GES N° 1.")
    C.careplan("Plan GES ERC etapa 5: hemodiálisis crónica", "active", "plan", "2026-09-15", "ne",
               category=ges(C, 1, "Enfermedad renal crónica etapa 4 y 5"), addresses=[ckd],
               activities=[{"reference": C.ref(hd)}],
               description="Hemodiálisis crónica 3 veces por semana, eritropoyetina, restricción hídrica 800 mL/día, evaluación para trasplante renal.")
    e2 = C.enc("2026-10-05", type_=cc(text="Primera sesión de hemodiálisis"), who=["ne", "en"])
    C.procedure(fonasa("1901020", "Hemodiálisis crónica (sesión)"), "completed", C.dt("2026-10-05", "08:00"), who="en", enc=e2,
                based_on=[hd], reason_ref=[ckd], end=C.dt("2026-10-05", "12:00"), note="Primera sesión por FAV, sin incidentes.")
    e3 = C.enc("2026-11-27", type_=cc(text="Sesión de hemodiálisis"), who="en")
    C.procedure(fonasa("1901020", "Hemodiálisis crónica (sesión)"), "completed", C.dt("2026-11-27", "08:00"), who="en", enc=e3,
                based_on=[hd], reason_ref=[ckd], end=C.dt("2026-11-27", "12:00"), note="Sesión 24. Hipotensión intradiálisis leve, cede con volumen.")
    C.obs(cc((CL_LOCAL, "KTV-SP", "Kt/V single pool"), text="Kt/V (single pool)"), "2026-11-13", q(1.3, "1", "Kt/V"),
          ref_text="Meta ≥1,2", interp="N")
    C.med_request(med("Eritropoyetina 4000 UI jeringa prellenada", "EPO4000"), "2026-10-05", "4000 UI subcutánea post-diálisis 2 veces por semana", "ne")
    C.med_request(med("Carbonato de calcio 500 mg comprimido", "CACO3"), "2026-10-05", "1 comprimido con cada comida", "ne")
    C.med_statement(med("Insulina NPH 100 UI/mL", "NPH"), "active", "2018-04-10", "12 UI en la mañana, 6 UI en la noche")
    C.note("2026-09-15", "Control Nefrología",
           "15/09/2026. ERC etapa 5 (VFGe 7), síntomas urémicos: náuseas, prurito, edema. FAV funcionante. "
           "Se decide inicio de hemodiálisis crónica trisemanal desde 05/10/2026. Se explica a paciente y familia impacto en calidad de vida: 12 horas semanales en diálisis, restricción de líquidos, traslados. Acepta.",
           "ne", type_=NOTE_EVOL)
    C.note("2026-11-27", "Evolución enfermería diálisis",
           "27/11/2026. Sesión N° 24. Paciente refiere cansancio post-diálisis y ánimo bajo por 'vivir amarrada a la máquina'. Ganancia interdialítica 2,1 kg. Se refuerza restricción hídrica.",
           "en", enc=e3, type_=cc((LOINC, "34746-8", "Nurse Note"), text="Evolución enfermería"))
    return C


# --------------------------------------------------------------------------------- A8
@case("a08-segunda-opinion-migrana", ORG, "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "The patient wrote through the portal asking for a second opinion from another neurologist because he feels his "
      "headaches were dismissed: an explicit patient-authored request.",
      "36-year-old man with migraine on propranolol; patient portal message asking for 'una segunda opinión'")
def a08(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Ignacio", "Andrés"], "Bravo Molina", "male", "1990-04-08", 17234990,
                       line="Yungay 740, depto 305", phone="+56 9 6123 4477", marital="S"),
            cl_coverage("D", 17234990), practitioners=["ne2", "gs", "en"])
    mig = C.cond(cie("G43.0", "Migraña sin aura [migraña común]", sct=("56097005", "Migraine without aura")),
                 onset="2019", recorded="2025-04-22", who="ne2")
    C.cond(cie("K21.9", "Enfermedad del reflujo gastroesofágico sin esofagitis"), onset="2023", recorded="2023-09-01", who="gs")
    rm = C.obs(cc((LOINC, "24590-2", "MR Brain W and WO contrast"), text="Resonancia magnética de cerebro"), "2025-05-13",
               "Sin lesiones estructurales. Ventrículos y surcos normales. Senos paranasales sin alteraciones.",
               category="imaging", interp="N")
    C.report(fonasa("0405012", "Resonancia magnética de cerebro"), "2025-05-13", [rm], category=("RAD", "Radiology"),
             conclusion="RM cerebral normal.")
    C.med_request(med("Propranolol 40 mg comprimido", "PROP40"), "2025-06-10", "40 mg cada 12 horas", "ne2", reason_ref=[mig])
    C.med_request(med("Naproxeno 550 mg comprimido", "NAPRO550"), "2025-06-10", "550 mg al inicio de la crisis, máximo 2 al día", "ne2",
                  reason_ref=[mig])
    encs = []
    for d, days in (("2026-03-10", 11), ("2026-07-14", 10), ("2026-11-03", 10)):
        e = C.enc(d, type_=ENC_CTRL, who="ne2", reason=cc((SCT, "37796009", "Migraine"), text="Control migraña"))
        encs.append(e)
        C.vitals(d, enc=e, sbp=118, dbp=76, hr=62)
        score_obs(C, cc((CL_LOCAL, "DIAS-CEF", "Días de cefalea en el último mes"), text="Días de cefalea al mes (diario de cefalea)"),
                  d, days, enc=e)
    C.note("2026-11-03", "Control Neurología",
           "03/11/2026. Migraña sin aura. Diario: 10 días de cefalea al mes, 4 con ausentismo laboral. Propranolol 40 c/12h bien tolerado. "
           "Paciente pregunta por otras alternativas; se le indica que debe mantener tratamiento y hábitos, 'es una enfermedad con la que hay que aprender a vivir'. "
           "Control en 6 meses.", "ne2", enc=encs[-1], type_=NOTE_EVOL)
    msg = C.comm("2026-11-18",
                 "Estimada Dra. Catrileo: le escribo porque sigo con dolores de cabeza casi 10 días al mes y siento que en el control no me escucharon, "
                 "solo me dijeron que tengo que aprender a vivir con esto. Quisiera pedir una segunda opinión con otro neurólogo, idealmente en la Unidad de Cefaleas "
                 "del hospital de Concepción o donde corresponda por FONASA. ¿Me puede hacer la interconsulta? Gracias. Ignacio Bravo.",
                 C.pat, [C.pr["ne2"]], status="completed",
                 category=cc((CL_LOCAL, "MSJ-PAC", "Mensaje de paciente vía portal"), text="Mensaje de paciente (portal Mi Hospital)"),
                 medium=cc((T + "v3-ParticipationMode", "ELECTRONIC", "electronic data"), text="Portal de pacientes"),
                 about=[mig], topic=cc(text="Solicitud de segunda opinión"))
    C.comm("2026-11-19T10:12:00-03:00",
           "Estimado Ignacio, recibimos su mensaje. La Dra. revisará su solicitud en el próximo comité; le contactaremos desde SOME.",
           C.pr["en"], [C.pat], in_response_to=msg, category=cc(text="Respuesta institucional"))
    C.immunization(cc((CL_LOCAL, "INFLU-2026", "Vacuna influenza campaña 2026"), text="Vacuna antiinfluenza 2026"), "2026-04-20", who="en")
    return C


# --------------------------------------------------------------------------------- A9
@case("a09-depresion-phq9", ORG, "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "PHQ-9 rose from 13 to 21 over seven months (change 8, above the 5-point minimal important difference) while "
      "sertraline (dose escalated, adherent) and psychotherapy for the depressive episode were active throughout.",
      "43-year-old woman, GES depression, PHQ-9 13 -> 15 -> 18 -> 21 (Apr-Nov 2026) on sertraline and psychotherapy")
def a09(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Daniela", "Fernanda"], "Orellana Pino", "female", "1983-06-27", 15001223,
                       line="Av. Ramón Picarte 3120", marital="D"),
            cl_coverage("B", 15001223), practitioners=["ps", "gs", "en"])
    dep = C.cond({"coding": [coding(ICD10, "F32.1", "Episodio depresivo moderado"), coding(SCT, "370143000", "Major depressive disorder")],
                  "text": "Episodio depresivo moderado"}, onset="2026-03", recorded="2026-04-07", who="ps",
                 category="problem-list-item")
    C.cond(cie("E66.0", "Obesidad debida a exceso de calorías", text="Obesidad (IMC 31)"), onset="2018", recorded="2020-05-05", who="gs",
           clinical="active")
    C.careplan("Plan GES depresión", "active", "plan", "2026-04-07", "ps",
               category=ges(C, 34, "Depresión en personas de 15 años y más"), addresses=[dep],
               activities=[{"detail": {"kind": "MedicationRequest", "status": "in-progress", "description": "Sertralina"}},
                           {"detail": {"kind": "ServiceRequest", "status": "in-progress",
                                       "description": "Psicoterapia cognitivo-conductual quincenal con psicóloga del equipo de salud mental"}}])
    series = (("2026-04-07", 13), ("2026-06-09", 15), ("2026-08-18", 18), ("2026-11-03", 21))
    encs = []
    for d, s in series:
        e = C.enc(d, type_=ENC_CTRL, who="ps", reason=cc(text="Control salud mental"))
        encs.append(e)
        score_obs(C, cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 puntaje total"),
                  d, s, enc=e)
    C.qr("http://loinc.org/q/44249-1", "2026-11-03", [
        ("44250-9", "Poco interés o placer en hacer cosas", {"valueCoding": coding(LOINC, "LA6570-1", "More than half the days")}),
        ("44255-8", "Se ha sentido decaída, deprimida o sin esperanzas", {"valueCoding": coding(LOINC, "LA6571-9", "Nearly every day")}),
        ("44259-0", "Dificultad para dormir o dormir demasiado", {"valueCoding": coding(LOINC, "LA6571-9", "Nearly every day")}),
        ("44254-1", "Se ha sentido cansada o con poca energía", {"valueCoding": coding(LOINC, "LA6571-9", "Nearly every day")}),
        ("44251-7", "Sin apetito o ha comido en exceso", {"valueCoding": coding(LOINC, "LA6570-1", "More than half the days")}),
        ("44258-2", "Se ha sentido mal con usted misma", {"valueCoding": coding(LOINC, "LA6571-9", "Nearly every day")}),
        ("44252-5", "Dificultad para concentrarse", {"valueCoding": coding(LOINC, "LA6571-9", "Nearly every day")}),
        ("44253-3", "Se mueve o habla muy lento, o muy inquieta", {"valueCoding": coding(LOINC, "LA6569-3", "Several days")}),
        ("44260-8", "Pensamientos de que estaría mejor muerta o de hacerse daño", {"valueCoding": coding(LOINC, "LA6568-5", "Not at all")}),
        ("44261-6", "Puntaje total PHQ-9", {"valueInteger": 21}),
    ], author=C.pat, source=C.pat, enc=encs[-1])
    C.med_request(med("Sertralina 50 mg comprimido", "SERT50"), "2026-04-07", "50 mg al día", "ps", status="completed",
                  reason_ref=[dep], note="Reemplazada por dosis de 100 mg el 14/07/2026.")
    C.med_request(med("Sertralina 100 mg comprimido", "SERT100"), "2026-07-14", "100 mg al día", "ps", status="completed",
                  reason_ref=[dep], note="Reemplazada por dosis de 150 mg el 18/08/2026.")
    C.med_request(med("Sertralina 50 mg comprimido", "SERT50"), "2026-08-18", "150 mg al día (3 comprimidos de 50 mg)", "ps",
                  reason_ref=[dep])
    C.med_statement(med("Sertralina", "SERT"), "active", "2026-04-07", "Toma diaria sin olvidos según paciente y retiro de farmacia",
                    note="Retiro mensual puntual en farmacia (abril a noviembre).", date_asserted="2026-11-03", info_source=C.pat)
    C.procedure(cc((SCT, "304891004", "Cognitive behavioral therapy"), text="Psicoterapia cognitivo-conductual (12 sesiones)"),
                "in-progress", "2026-04-21", who="ps", reason_ref=[dep], end=None)
    C.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-04-07", 2.3, "m[IU]/L", 0.4, 4.5, enc=encs[0], text="TSH")
    C.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-04-07", 13.1, "g/dL", 12.0, 16.0, enc=encs[0], text="Hemoglobina")
    C.note("2026-08-18", "Control Psiquiatría",
           "18/08/2026. Sin respuesta a sertralina 100 mg por 5 semanas. PHQ-9 18. Asiste a psicoterapia quincenal. Adherente, retira fármacos puntualmente. "
           "Se sube sertralina a 150 mg. Sin ideación suicida.", "ps", enc=encs[2], type_=NOTE_EVOL)
    C.note("2026-11-03", "Control Psiquiatría",
           "03/11/2026. Empeoramiento: PHQ-9 21 (basal abril 13). Anhedonia, insomnio, licencia médica desde septiembre. "
           "Tratamiento completo y adherente desde abril (sertralina hasta 150 mg, 10 sesiones de TCC). Niega ideación suicida. "
           "Se plantea cambio de antidepresivo. Control en 4 semanas.", "ps", enc=encs[3], type_=NOTE_EVOL)
    return C


# --------------------------------------------------------------------------------- A10
@case("a10-fibrosis-quistica", ORG, "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Active cystic fibrosis (an Orphanet rare disease) with pancreatic insufficiency and chronic Pseudomonas, "
      "followed in the GES cystic fibrosis programme; lung function is stable.",
      "25-year-old man with cystic fibrosis (F508del/G542X), CFTR modulator, stable FEV1")
def a10(cid):
    C = Case(cid, CHILE)
    C.setup(cl_patient(C, ["Tomás", "Alejandro"], "Reyes Gallardo", "male", "2001-01-15", 20765432,
                       line="Bueras 1021", marital="S"),
            cl_coverage("B", 20765432), practitioners=["br", "mi", "en"])
    cf = C.cond({"coding": [coding(ICD10, "E84.0", "Fibrosis quística con manifestaciones pulmonares"),
                            coding(SCT, "190905008", "Cystic fibrosis")],
                 "text": "Fibrosis quística (F508del / G542X)"}, onset="2001-03", recorded="2019-02-01", who="br",
                extension=None)
    C.cond(cie("K86.8", "Otras enfermedades especificadas del páncreas", text="Insuficiencia pancreática exocrina por fibrosis quística"),
           onset="2001", recorded="2019-02-01", who="br")
    C.cond(cie("B96.5", "Pseudomonas (aeruginosa) como causa de enfermedades clasificadas en otros capítulos",
               text="Colonización bronquial crónica por Pseudomonas aeruginosa"), onset="2016", recorded="2019-02-01", who="br")
    C.lab("2078-4", "Chloride [Moles/volume] in Sweat", "2001-05-10", 104, "mmol/L", None, 29, text="Cloruro en sudor (diagnóstico)",
          ref_text="Normal <30; intermedio 30-59; compatible con FQ ≥60")
    C.obs(cc((CL_LOCAL, "GEN-CFTR", "Estudio genético CFTR"), text="Estudio genético CFTR (panel de variantes)"), "2015-08-20", "c.1521_1523delCTT (F508del) / c.1624G>T (G542X)", interp="A")
    encs = []
    for d, fev, pct in (("2026-03-17", 3.05, 68), ("2026-07-14", 3.12, 70), ("2026-11-10", 3.09, 69)):
        e = C.enc(d, type_=ENC_CTRL, who="br", reason=cc(text="Control programa fibrosis quística"))
        encs.append(e)
        C.vitals(d, enc=e, wt=63.5, spo2=96, bmi=20.7)
        C.obs(cc((LOINC, "20150-9", "FEV1"), text="VEF1 post-broncodilatador"), d, q(fev, "L"), category="exam", enc=e,
              note=f"{pct}% del predicho (GLI)", issued=False)
    C.med_statement(med("Elexacaftor/tezacaftor/ivacaftor + ivacaftor comprimidos", "ETI"), "active", "2024-05-02",
                    "2 comprimidos en la mañana, 1 comprimido de ivacaftor en la noche, con comida grasa",
                    note="Cobertura Ley Ricarte Soto.")
    C.med_statement(med("Pancrelipasa 25.000 UI cápsula", "PANCRE25"), "active", "2010-01-01", "2 cápsulas con comidas, 1 con colaciones")
    C.med_statement(med("Dornasa alfa 2,5 mg nebulización", "DORNASA"), "active", "2012-01-01", "2,5 mg nebulizado una vez al día")
    C.med_statement(med("Tobramicina inhalada 300 mg/5 mL", "TOBRAINH"), "active", "2016-09-01", "300 mg c/12h en ciclos de 28 días alternos")
    C.med_statement(med("Azitromicina 500 mg comprimido", "AZITRO500"), "active", "2016-09-01", "500 mg lunes, miércoles y viernes")
    cult = C.obs(cc((LOINC, "624-7", "Bacteria identified in Sputum by Culture"), text="Cultivo de expectoración"), "2026-11-10",
                 "Pseudomonas aeruginosa mucoide, sensible a tobramicina y ciprofloxacino", enc=encs[-1], interp="A")
    C.report(fonasa("0306091", "Cultivo corriente de expectoración"), "2026-11-10", [cult], conclusion="P. aeruginosa mucoide (colonización crónica conocida).",
             enc=encs[-1], category=("MB", "Microbiology"))
    C.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-10", 5.6, "%", 4.0, 6.0, enc=encs[-1], text="HbA1c")
    C.careplan("Plan GES fibrosis quística", "active", "plan", "2019-02-01", "br",
               category=ges(C, 30, "Fibrosis quística"), addresses=[cf],
               description="Controles trimestrales, kinesiterapia respiratoria diaria, cultivo de expectoración cada control, espirometría, apoyo nutricional.")
    C.note("2026-11-10", "Control Broncopulmonar FQ",
           "Control FQ 10/11/2026. Paciente 25 años, FQ F508del/G542X, en ETI desde 2024 con buena respuesta. VEF1 69% estable (68-70% en el año). "
           "Sin exacerbaciones este año. Peso estable. Cultivo con P. aeruginosa mucoide (conocida). HbA1c normal, sin diabetes relacionada a FQ. "
           "Mantener tratamiento y kinesiterapia. Control en 3 meses.", "br", enc=encs[-1], type_=NOTE_EVOL)
    return C
