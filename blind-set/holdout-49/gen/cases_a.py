"""Cases from the Mexican public hospital (Hospital General Regional Valle del Sol).

CIE-10 (WHO ICD-10, Spanish displays), CIE-9-MC procedures, notes in Spanish, sparse structured data,
referral forms ("hoja de referencia").
"""
from fhirkit import (Case, cc, coding, txt, sct, loinc, icd10, icd9cm, ORGS)

P = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
D = "DIAGNOSIS_SYMPTOM_MISMATCH"
M = "MAJOR_PROCEDURE_PLANNED"
U = "UNTREATABLE_PROGNOSIS"
H = "HIGH_IMPACT_TREATMENT"
C = "PATIENT_REPORTED_CONCERN"
W = "WORSENING_DESPITE_TREATMENT"
R = "RARE_OR_COMPLEX_CONDITION"

LOC = ORGS["mx"]["local"]
MED = LOC + "/cuadro-basico"
LAB = LOC + "/laboratorio"
DOC = LOC + "/documentos"

NOTA = cc(coding(DOC, "NOTA-EVOL", "Nota de evolución"), coding("http://loinc.org", "11506-3", "Progress note"))
REF = cc(coding(DOC, "HOJA-REF", "Hoja de referencia y contrarreferencia"),
         coding("http://loinc.org", "57133-1", "Referral note"))
EGRESO = cc(coding(DOC, "NOTA-EGRESO", "Nota de egreso"), coding("http://loinc.org", "18842-5", "Discharge summary"))
INTERC = cc(coding(DOC, "NOTA-INTERC", "Nota de interconsulta"), coding("http://loinc.org", "11488-4", "Consult note"))
POSTQX = cc(coding(DOC, "NOTA-POSTQX", "Nota postquirúrgica"), coding("http://loinc.org", "11504-8", "Surgical operation note"))


def med(code, text):
    return cc(coding(MED, code, text), text=text)


def lab(code, text):
    return cc(coding(LAB, code, text), text=text)


def base(c, payer_id):
    imss = c.organization("IMSS-Bienestar", type_code="pay", alias="Servicios de Salud IMSS-Bienestar")
    c.coverage(imss, cc(coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"),
                        text="IMSS-Bienestar (población sin seguridad social)"), payer_id, "2023-01-01")
    return imss


def tobacco(c, date, code, disp):
    return c.obs(loinc("72166-2", "Tobacco smoking status"), date, c=sct(code, disp), cat="social-history")


# ------------------------------------------------------------------------------------------------ 1
def mx_unplanned_admission(cid):
    c = Case(cid, "mx", P, "positive", [P],
             "Unplanned admission through the emergency department 7 days after a family-medicine visit for the same "
             "abdominal pain, which had been sent home as gastroenteritis (Singh return-visit e-trigger).",
             "Abdominal pain labelled gastroenteritis at family medicine; admitted 7 days later via urgencias with "
             "perforated appendicitis")
    c.patient(["Jorge", "Alberto"], "Ramírez Solís", "male", "1992-03-14", city="Tlaquepaque",
              extra_ident=("https://www.gob.mx/curp", "RASJ920314HJCMLR07"))
    umf = c.organization("Unidad de Medicina Familiar No. 22", type_code="prov", city="Tlaquepaque", part_of=c.org)
    base(c, "IB-14-0093321")
    mf = c.practitioner("Leticia", "Navarro Ochoa", "Médica familiar", prefix="Dra.")
    urg = c.practitioner("Ernesto", "Villalobos Cruz", "Urgenciólogo", prefix="Dr.")
    cir = c.practitioner("Miguel Ángel", "Torres Lara", "Cirujano general", prefix="Dr.")
    tobacco(c, "2026-10-02", "266919005", "Never smoked tobacco")
    gea = c.condition(icd10("A09", "Diarrea y gastroenteritis de presunto origen infeccioso"), onset="2026-10-01",
                      status="resolved", cat="encounter-diagnosis", recorded="2026-10-02", abated="2026-10-09",
                      recorder=mf)
    e1 = c.encounter("2026-10-02", "AMB", type_=txt("Consulta externa de medicina familiar"), org=umf, pract=mf,
                     reason=[icd10("R10.4", "Otros dolores abdominales y los no especificados",
                                   text="Dolor abdominal")], diagnosis=[gea], time="10:20", end_time="10:40")
    c.vitals("2026-10-02", sys=122, dia=76, hr=92, temp=37.6, enc=e1)
    c.med_request(med("010.000.1206.00", "Butilhioscina 10 mg grageas"), "2026-10-02",
                  "1 gragea cada 8 horas por 3 días", status="completed", pract=mf)
    c.med_request(med("010.000.0104.00", "Paracetamol 500 mg tabletas"), "2026-10-02",
                  "1 tableta cada 8 horas en caso de dolor o fiebre", status="completed", pract=mf)
    c.note("2026-10-02",
           "NOTA DE CONSULTA EXTERNA - UMF 22\n"
           "Masculino de 34 años. Acude por dolor abdominal de 24 h de evolución, inicialmente periumbilical, "
           "tipo cólico, acompañado de náusea sin vómito y dos evacuaciones disminuidas de consistencia. "
           "Niega fiebre cuantificada.\n"
           "EF: TA 122/76, FC 92, T 37.6. Abdomen blando, depresible, dolor leve difuso a la palpación media y "
           "profunda, peristalsis presente, sin datos de irritación peritoneal.\n"
           "IDx: Gastroenteritis probablemente infecciosa.\n"
           "Plan: vida suero oral, dieta astringente, butilhioscina, paracetamol. Se explican datos de alarma. "
           "Cita abierta a urgencias.", NOTA, title="Nota de consulta externa", author=mf, enc=e1, time="10:40")
    er = c.encounter("2026-10-09", "EMER", type_=txt("Atención en urgencias adultos"), pract=urg, time="07:45",
                     end_time="11:30", reason=[txt("Dolor abdominal en fosa ilíaca derecha y fiebre")],
                     priority="EM")
    c.vitals("2026-10-09", sys=104, dia=62, hr=118, temp=38.9, rr=24, enc=er, time="07:50")
    wbc = c.lab(loinc("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), "2026-10-09", 18.6,
                "10*3/uL", "10*3/uL", low=4.5, high=11.0, enc=er)
    neu = c.lab(lab("BH-NEU%", "Neutrófilos %"), "2026-10-09", 88, "%", "%", low=40, high=75, enc=er)
    crp = c.lab(loinc("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), "2026-10-09", 210,
                "mg/L", "mg/L", high=5, enc=er)
    c.report(lab("BH-QS", "Biometría hemática y PCR de urgencias"), "2026-10-09", [wbc, neu, crp],
             conclusion="Leucocitosis con neutrofilia; PCR muy elevada.", enc=er)
    appx = c.condition(icd10("K35.2", "Apendicitis aguda con peritonitis generalizada"), onset="2026-10-09",
                       status="resolved", abated="2026-10-15", cat="encounter-diagnosis", recorder=cir)
    ct = c.report(cc(coding(LAB, "TAC-ABD", "Tomografía de abdomen y pelvis contrastada"),
                     text="Tomografía de abdomen y pelvis contrastada"), "2026-10-09", category="CT",
                  conclusion="Apéndice de 14 mm con apendicolito, perforación y líquido libre en hueco pélvico; "
                             "compatible con apendicitis complicada.", enc=er)
    adm = c.encounter("2026-10-09", "IMP", type_=txt("Hospitalización Cirugía General"), pract=cir,
                      end="2026-10-15", time="11:30", end_time="12:00", admit="emd", discharge="home",
                      diagnosis=[appx])
    c.procedure(icd9cm("47.09", "Other appendectomy", text="Apendicectomía abierta con lavado de cavidad"),
                performed="2026-10-09", performer=cir, enc=adm, reason_ref=appx,
                note="Apéndice perforado en tercio medio, peritonitis purulenta localizada a hueco pélvico.")
    c.med_admin(med("010.000.1937.00", "Ceftriaxona 1 g solución inyectable"), "2026-10-09", dose=(1, "g", "g"),
                route=txt("Intravenosa"), enc=adm)
    c.med_admin(med("010.000.1309.00", "Metronidazol 500 mg solución inyectable"), "2026-10-09",
                dose=(500, "mg", "mg"), route=txt("Intravenosa"), enc=adm, time="10:30")
    c.note("2026-10-15",
           "NOTA DE EGRESO - CIRUGÍA GENERAL\n"
           "Ingreso: 09/10/2026 vía urgencias. Egreso: 15/10/2026 por mejoría.\n"
           "Antecedente: valorado el 02/10/2026 en UMF 22 por dolor abdominal, egresado con diagnóstico de "
           "gastroenteritis. Reingresa 7 días después con dolor en FID, fiebre y rebote positivo.\n"
           "Dx de egreso: Apendicitis aguda perforada con peritonitis localizada.\n"
           "Procedimiento: apendicectomía abierta + lavado de cavidad 09/10/2026.\n"
           "Evolución: tolera vía oral, herida sin datos de infección. Completa antibiótico.\n"
           "Plan: cita en consulta externa de cirugía en 2 semanas.", EGRESO, title="Nota de egreso",
           author=cir, enc=adm)
    f = c.encounter("2026-10-29", "AMB", type_=txt("Consulta externa de cirugía general"), pract=cir,
                    reason=[txt("Control postoperatorio")], time="12:00", end_time="12:20")
    c.note("2026-10-29", "Control postoperatorio: herida cicatrizada, sin dolor, tolerando dieta normal. "
                         "Se retiran puntos. Alta de cirugía.", NOTA, title="Nota de evolución", author=cir, enc=f)
    return c


# ------------------------------------------------------------------------------------------------ 2
def mx_fit_followed(cid):
    c = Case(cid, "mx", P, "near-miss", [],
             "Positive faecal immunochemical screen followed within 23 days by colonoscopy that found only grade I "
             "haemorrhoids and diverticulosis; the red flag was followed up in time and explained.",
             "Positive faecal occult blood at screening, colonoscopy 23 days later benign")
    c.patient(["María", "Guadalupe"], "Hernández Ávila", "female", "1968-07-22", city="Zapopan",
              extra_ident=("https://www.gob.mx/curp", "HEAG680722MJCRVD03"))
    umf = c.organization("Unidad de Medicina Familiar No. 9", type_code="prov", city="Zapopan", part_of=c.org)
    base(c, "IB-14-0451870")
    mf = c.practitioner("Rogelio", "Castañeda Ruiz", "Médico familiar", prefix="Dr.")
    gi = c.practitioner("Alejandra", "Mora Quintero", "Gastroenteróloga / endoscopista", prefix="Dra.")
    dm = c.condition(icd10("E11.9", "Diabetes mellitus no insulinodependiente sin mención de complicación"),
                     onset="2016-05-10", recorder=mf)
    hta = c.condition(icd10("I10", "Hipertensión esencial (primaria)"), onset="2018-02-01", recorder=mf)
    c.med_statement(med("010.000.5165.00", "Metformina 850 mg tabletas"), "2016-05-10", "1 tableta cada 12 horas",
                    reason_ref=dm)
    c.med_statement(med("010.000.2501.00", "Enalapril 10 mg tabletas"), "2018-02-01", "1 tableta cada 24 horas",
                    reason_ref=hta)
    e1 = c.encounter("2026-08-04", "AMB", type_=txt("Consulta de medicina preventiva / detección"), org=umf,
                     pract=mf, reason=[txt("Detección de cáncer colorrectal")], time="08:30", end_time="08:50")
    c.vitals("2026-08-04", sys=128, dia=80, wt=71.5, enc=e1)
    fit = c.obs(cc(coding("http://loinc.org", "29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"),
                   text="Sangre oculta en heces (inmunoquímica)"), "2026-08-04", c=sct("10828004", "Positive"),
                interp="POS", enc=e1)
    hb = c.lab(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-08-04", 13.4, "g/dL", "g/dL",
               low=12.0, high=16.0, enc=e1)
    c.lab(loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-08-04", 6.8, "%", "%", high=7.0,
          interp="N", enc=e1)
    sr = c.service_request(cc(coding("http://hl7.org/fhir/sid/icd-9-cm", "45.23", "Colonoscopy"),
                              text="Colonoscopia diagnóstica"), "2026-08-05", status="completed", intent="order",
                           reason=[txt("Sangre oculta en heces positiva")], requester=mf, performer=gi,
                           priority="urgent", category=txt("Referencia a segundo nivel"))
    c.note("2026-08-05",
           "HOJA DE REFERENCIA\nUnidad que envía: UMF 9. Servicio al que se envía: Endoscopia gastrointestinal, "
           "HGR Valle del Sol.\nMotivo: Prueba inmunoquímica de sangre oculta en heces POSITIVA en programa de "
           "detección. Paciente femenina de 58 años, asintomática, sin pérdida de peso, Hb 13.4 g/dL.\n"
           "Se solicita colonoscopia con carácter preferente.", REF, title="Hoja de referencia", author=mf)
    e2 = c.encounter("2026-08-27", "AMB", type_=txt("Procedimiento endoscópico ambulatorio"), pract=gi,
                     time="07:30", end_time="09:30")
    c.procedure(icd9cm("45.23", "Colonoscopy", text="Colonoscopia completa hasta ciego"), performed="2026-08-27",
                performer=gi, enc=e2, based_on=sr,
                outcome=txt("Sin lesiones neoplásicas; hemorroides internas grado I; diverticulosis sigmoidea."))
    hem = c.condition(icd10("K64.0", "Hemorroides de primer grado"), onset="2026-08-27", recorder=gi)
    div = c.condition(icd10("K57.3", "Enfermedad diverticular del intestino grueso sin perforación ni absceso"),
                      onset="2026-08-27", recorder=gi)
    c.note("2026-08-27",
           "REPORTE DE COLONOSCOPIA\nPreparación Boston 8/9. Se alcanza ciego e íleon terminal.\n"
           "Hallazgos: divertículos de boca amplia en sigmoides sin signos de inflamación; hemorroides internas "
           "grado I. Mucosa colónica sin pólipos ni lesiones neoplásicas. No se toman biopsias.\n"
           "Conclusión: Diverticulosis sigmoidea. Hemorroides internas grado I como causa probable de sangre "
           "oculta positiva. Próxima colonoscopia de vigilancia en 10 años.", cc(coding(DOC, "REP-ENDO",
           "Reporte de endoscopia"), coding("http://loinc.org", "28570-0", "Procedure note")),
           title="Reporte de colonoscopia", author=gi, enc=e2)
    e3 = c.encounter("2026-09-15", "AMB", type_=txt("Consulta externa de medicina familiar"), org=umf, pract=mf,
                     reason=[txt("Revisión de resultado de colonoscopia")], diagnosis=[hem, div])
    c.vitals("2026-09-15", sys=126, dia=78, enc=e3)
    c.note("2026-09-15",
           "Contrarreferencia recibida. Colonoscopia sin neoplasia. Se explica resultado a la paciente. "
           "Dieta alta en fibra, control de DM2 e HAS sin cambios. Hb normal, sin datos de anemia.", NOTA,
           title="Nota de evolución", author=mf, enc=e3)
    return c


# ------------------------------------------------------------------------------------------------ 3
def mx_ibs_quiescent(cid):
    c = Case(cid, "mx", D, "near-miss", [],
             "Irritable-bowel label (K58.9) has stayed active for 20 months, but after a normal initial workup the "
             "patient has been symptom-free with stable weight since January 2026, so no symptoms continue that the "
             "label fails to explain.",
             "IBS (K58.9) on the problem list since 2025, asymptomatic for ten months")
    c.patient(["Daniela"], "Ortiz Bañuelos", "female", "1995-01-30", city="Guadalajara",
              extra_ident=("https://www.gob.mx/curp", "OIBD950130MJCRXN02"))
    base(c, "IB-14-0772014")
    mi = c.practitioner("Fernando", "Aguirre Paz", "Medicina interna", prefix="Dr.")
    gi = c.practitioner("Alejandra", "Mora Quintero", "Gastroenterología", prefix="Dra.")
    ibs = c.condition(icd10("K58.9", "Síndrome del colon irritable sin diarrea"), onset="2025-03-18",
                      recorder=gi, note="Criterios de Roma IV. Subtipo mixto.")
    e0 = c.encounter("2025-03-18", "AMB", type_=txt("Consulta externa de gastroenterología"), pract=gi,
                     reason=[txt("Dolor abdominal cólico y distensión de 8 meses")], diagnosis=[ibs])
    labs = [
        c.lab(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2025-03-10", 13.6, "g/dL", "g/dL", low=12.0,
              high=16.0),
        c.lab(loinc("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2025-03-10", 1.9, "m[IU]/L",
              "m[IU]/L", low=0.4, high=4.5),
        c.lab(loinc("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), "2025-03-10", 2.1, "mg/L",
              "mg/L", high=5),
        c.obs(lab("ATTG-IGA", "Anticuerpos antitransglutaminasa IgA"), "2025-03-10", c=sct("260385009", "Negative"),
              interp="NEG"),
        c.obs(lab("CPS-3", "Coproparasitoscópico seriado (3 muestras)"), "2025-03-10", s="Negativo en 3 muestras",
              interp="N"),
    ]
    c.report(lab("PERFIL-GI", "Perfil de estudio de dolor abdominal crónico"), "2025-03-10", labs,
             conclusion="Estudios dentro de parámetros normales.")
    c.med_statement(med("010.000.4201.00", "Trimebutina 200 mg tabletas"), "2025-03-18", "1 tableta cada 8 horas",
                    status="completed", end="2025-09-30", reason_ref=ibs)
    c.med_statement(med("010.000.1271.00", "Psyllium plantago polvo"), "2025-03-18", "1 sobre al día",
                    reason_ref=ibs)
    notes = [
        ("2025-06-24", "Mejoría parcial con dieta baja en FODMAP y trimebutina; distensión ocasional."),
        ("2026-01-20", "Asintomática desde hace 6 semanas. Evacuaciones diarias normales. Peso 61 kg estable. "
                       "Se suspendió trimebutina en septiembre. Continúa psyllium."),
        ("2026-06-16", "Asintomática. Sin dolor abdominal ni distensión. Sin datos de alarma (sangrado, pérdida de "
                       "peso, síntomas nocturnos). Peso 61.5 kg."),
        ("2026-11-10", "Control anual. Asintomática desde hace 10 meses. Exploración abdominal normal. "
                       "Mantener dieta y psyllium. Alta de gastroenterología a medicina familiar; el diagnóstico "
                       "permanece en la lista de problemas."),
    ]
    for d, t in notes:
        e = c.encounter(d, "AMB", type_=txt("Consulta externa de gastroenterología"), pract=gi,
                        reason=[txt("Control de síndrome de intestino irritable")], diagnosis=[ibs])
        c.vitals(d, wt=61.0 if d < "2026-06" else 61.5, enc=e)
        c.note(d, "NOTA DE EVOLUCIÓN - GASTROENTEROLOGÍA\n" + t, NOTA, title="Nota de evolución", author=gi, enc=e)
    c.condition(icd10("J30.4", "Rinitis alérgica, no especificada"), onset="2012-04-01", recorder=mi)
    return c


# ------------------------------------------------------------------------------------------------ 4
def mx_hysterectomy_referral(cid):
    c = Case(cid, "mx", M, "positive", [M],
             "Hoja de referencia and an active surgical order for total abdominal hysterectomy scheduled for "
             "January 2027, not yet performed.",
             "Large uterine fibroids; total abdominal hysterectomy ordered via hoja de referencia for Jan 2027")
    c.patient(["Verónica"], "Salazar Méndez", "female", "1982-09-03", city="Tonalá",
              extra_ident=("https://www.gob.mx/curp", "SAMV820903MJCLNR05"))
    base(c, "IB-14-0330917")
    gin = c.practitioner("Patricia", "Luna Escobedo", "Ginecología y obstetricia", prefix="Dra.")
    anes = c.practitioner("Raúl", "Gutiérrez Peña", "Anestesiología", prefix="Dr.")
    mio = c.condition(icd10("D25.9", "Leiomioma del útero, sin otra especificación"), onset="2025-11-12",
                      recorder=gin, note="Útero miomatoso de 14 cm; mioma intramural fúndico de 8 cm.")
    sua = c.condition(icd10("N92.0", "Menstruación excesiva y frecuente con ciclo regular"), onset="2025-06-01",
                      recorder=gin)
    e1 = c.encounter("2025-11-12", "AMB", type_=txt("Consulta externa de ginecología"), pract=gin,
                     reason=[txt("Sangrado menstrual abundante y dolor pélvico")], diagnosis=[mio, sua])
    c.report(cc(coding(LAB, "USG-PEL", "Ultrasonido pélvico transabdominal"), text="Ultrasonido pélvico"),
             "2025-11-05", category="US",
             conclusion="Útero de 14 x 9 x 8 cm, heterogéneo, con mioma intramural fúndico de 8 cm y dos miomas "
                        "subserosos de 3 cm. Ovarios normales.")
    c.med_statement(med("010.000.3417.00", "Ácido tranexámico 650 mg tabletas"), "2025-11-12",
                    "2 tabletas cada 8 horas durante la menstruación", reason_ref=sua)
    e2 = c.encounter("2026-10-20", "AMB", type_=txt("Consulta externa de ginecología"), pract=gin,
                     reason=[txt("Valoración quirúrgica")], diagnosis=[mio])
    c.vitals("2026-10-20", sys=118, dia=74, hr=76, wt=68.0, ht=158, enc=e2)
    hb = c.lab(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-10", 12.3, "g/dL", "g/dL",
               low=12.0, high=16.0)
    pt = c.lab(lab("TP", "Tiempo de protrombina"), "2026-11-10", 12.1, "s", "s", low=10.5, high=13.5)
    glu = c.lab(loinc("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), "2026-11-10", 88, "mg/dL", "mg/dL",
                low=70, high=100)
    c.report(lab("PREQX", "Laboratorios preoperatorios"), "2026-11-10", [hb, pt, glu],
             conclusion="Laboratorios preoperatorios sin alteraciones.")
    sr = c.service_request(cc(coding("http://hl7.org/fhir/sid/icd-9-cm", "68.49",
                                     "Other and unspecified total abdominal hysterectomy"),
                              text="Histerectomía total abdominal"), "2026-10-20", status="active",
                           intent="order", occurrence="2027-01-20", reason_ref=mio, requester=gin, enc=e2,
                           category=txt("Programación quirúrgica"),
                           note="Programada en lista de quirófano para el 20/01/2027. Conservar ovarios.")
    c.note("2026-10-20",
           "HOJA DE REFERENCIA - PROGRAMACIÓN QUIRÚRGICA\nServicio solicitante: Ginecología. "
           "Servicio receptor: Quirófano central / Anestesiología.\n"
           "Diagnóstico: Miomatosis uterina de grandes elementos con sangrado uterino anormal refractario a "
           "tratamiento médico (12 meses de ácido tranexámico).\n"
           "Procedimiento propuesto: HISTERECTOMÍA TOTAL ABDOMINAL con conservación de anexos (CIE-9-MC 68.49).\n"
           "Fecha tentativa: 20 de enero de 2027. Paridad satisfecha (G3 P3). Consentimiento informado firmado.",
           REF, title="Hoja de referencia", author=gin, enc=e2)
    e3 = c.encounter("2026-11-18", "AMB", type_=txt("Valoración preanestésica"), pract=anes,
                     reason=[txt("Valoración preanestésica para histerectomía")])
    c.note("2026-11-18", "VALORACIÓN PREANESTÉSICA\nASA II. Vía aérea Mallampati I. Laboratorios normales. "
                         "Apta para anestesia regional/general. Ayuno de 8 horas.", INTERC,
           title="Valoración preanestésica", author=anes, enc=e3)
    c.appointment("2027-01-20", 180, "Histerectomía total abdominal - Quirófano 3", [gin, anes], based_on=sr,
                  time="07:00", created="2026-10-20")
    return c


# ------------------------------------------------------------------------------------------------ 5
def mx_pancreas_palliative(cid):
    c = Case(cid, "mx", U, "positive", [U],
             "Metastatic pancreatic adenocarcinoma declared 'no candidato a tratamiento oncológico' and referred "
             "to palliative care; no second opinion on record.",
             "Metastatic pancreatic cancer, ECOG 3, not a candidate for oncological treatment, palliative referral")
    c.patient(["Rafael"], "Domínguez Treviño", "male", "1959-04-11", city="Zapopan",
              extra_ident=("https://www.gob.mx/curp", "DOTR590411HJCMRF08"))
    base(c, "IB-14-0219005")
    onc = c.practitioner("Sofía", "Cárdenas Ibarra", "Oncología médica", prefix="Dra.")
    gi = c.practitioner("Alejandra", "Mora Quintero", "Gastroenterología / endoscopia", prefix="Dra.")
    pal = c.practitioner("Héctor", "Beltrán Ríos", "Clínica del dolor y cuidados paliativos", prefix="Dr.")
    ca = c.condition(icd10("C25.0", "Tumor maligno de la cabeza del páncreas"), onset="2026-08-30",
                     recorder=onc, stage=txt("cT4 N1 M1 (estadio IV)"))
    met = c.condition(icd10("C78.7", "Tumor maligno secundario del hígado y de los conductos biliares intrahepáticos"),
                      onset="2026-08-30", recorder=onc)
    c.condition(icd10("E11.9", "Diabetes mellitus no insulinodependiente sin mención de complicación"),
                onset="2026-06-15", recorder=onc)
    e1 = c.encounter("2026-08-28", "IMP", type_=txt("Hospitalización Medicina Interna"), pract=gi,
                     end="2026-09-04", admit="emd", discharge="home", time="13:00",
                     reason=[txt("Ictericia obstructiva y pérdida de peso de 12 kg")], diagnosis=[ca, met])
    c.report(cc(coding(LAB, "TAC-ABD", "Tomografía de abdomen contrastada"), text="Tomografía de abdomen"),
             "2026-08-29", category="CT", enc=e1,
             conclusion="Masa hipodensa de 4.5 cm en cabeza de páncreas con infiltración de arteria mesentérica "
                        "superior; múltiples lesiones hepáticas metastásicas; dilatación de vía biliar.")
    c.lab(lab("CA19-9", "Antígeno CA 19-9"), "2026-08-29", 1240, "U/mL", "U/mL", high=37, enc=e1)
    c.lab(loinc("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), "2026-08-29", 11.2, "mg/dL",
          "mg/dL", high=1.2, enc=e1)
    c.procedure(icd9cm("51.87", "Endoscopic insertion of stent (tube) into bile duct",
                       text="CPRE con colocación de endoprótesis biliar metálica"), performed="2026-08-31",
                performer=gi, enc=e1, reason_ref=ca)
    c.report(cc(coding(LAB, "HP-BX", "Estudio histopatológico"), text="Biopsia hepática guiada por ultrasonido"),
             "2026-09-03", category="SP", enc=e1,
             conclusion="Adenocarcinoma moderadamente diferenciado, compatible con origen pancreatobiliar.")
    e2 = c.encounter("2026-10-28", "AMB", type_=txt("Consulta externa de oncología médica"), pract=onc,
                     reason=[txt("Definir tratamiento oncológico")], diagnosis=[ca])
    c.vitals("2026-10-28", sys=102, dia=64, hr=96, wt=51.0, enc=e2)
    c.obs(cc(coding(LAB, "ECOG", "Estado funcional ECOG"), text="ECOG"), "2026-10-28", i=3, cat="exam", enc=e2)
    c.note("2026-10-28",
           "NOTA DE ONCOLOGÍA MÉDICA\nMasculino de 67 años con adenocarcinoma de páncreas estadio IV con "
           "metástasis hepáticas. Pérdida de 14 kg, ECOG 3, albúmina 2.6 g/dL.\n"
           "Se comenta en sesión de tumores: PACIENTE NO CANDIDATO A TRATAMIENTO ONCOLÓGICO (quimioterapia ni "
           "cirugía) por enfermedad metastásica y estado funcional. Pronóstico de semanas a pocos meses.\n"
           "Se informa a paciente y familiares. Se envía a Clínica del Dolor y Cuidados Paliativos.", NOTA,
           title="Nota de oncología", author=onc, enc=e2)
    c.service_request(sct("306237005", "Referral to palliative care service", text="Referencia a cuidados paliativos"),
                      "2026-10-28", status="active", intent="order", reason_ref=ca, requester=onc, performer=pal,
                      category=txt("Referencia interna"), enc=e2)
    c.note("2026-10-28",
           "HOJA DE REFERENCIA\nServicio que envía: Oncología médica. Servicio receptor: Clínica del Dolor y "
           "Cuidados Paliativos.\nMotivo: adenocarcinoma de páncreas metastásico sin opciones de tratamiento "
           "oncológico. Dolor epigástrico EVA 7/10 con irradiación dorsal. Solicito manejo paliativo integral.",
           REF, title="Hoja de referencia a cuidados paliativos", author=onc, enc=e2)
    c.med_request(med("010.000.2102.00", "Morfina 30 mg tabletas de liberación prolongada"), "2026-10-28",
                  "1 tableta cada 12 horas", pract=onc, reason_ref=ca)
    c.med_request(med("010.000.5186.00", "Pancreatina cápsulas"), "2026-09-04", "1 cápsula con cada alimento",
                  pract=gi)
    c.obs(loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), "2026-10-28", i=7,
          cat="survey", enc=e2)
    return c


# ------------------------------------------------------------------------------------------------ 6
def mx_lung_second_opinion(cid):
    c = Case(cid, "mx", U, "near-miss", [],
             "Progressive stage IV lung adenocarcinoma on palliative care, but a second opinion from the state "
             "oncology centre (September 2026) already confirmed there are no further systemic options; the "
             "flag is suppressed.",
             "Stage IV lung adenocarcinoma, palliative care; state cancer centre second opinion on record 3 months ago")
    c.patient(["Ramón"], "Zúñiga Padilla", "male", "1955-12-02", city="El Salto",
              extra_ident=("https://www.gob.mx/curp", "ZUPR551202HJCXDM01"))
    base(c, "IB-14-0066731")
    cec = c.organization("Centro Estatal de Oncología de Occidente", type_code="prov", city="Guadalajara")
    onc = c.practitioner("Sofía", "Cárdenas Ibarra", "Oncología médica", prefix="Dra.")
    pal = c.practitioner("Héctor", "Beltrán Ríos", "Cuidados paliativos", prefix="Dr.")
    ext = c.practitioner("Gabriela", "Montes Rivera", "Oncología torácica (Centro Estatal de Oncología)",
                         prefix="Dra.")
    ca = c.condition(icd10("C34.1", "Tumor maligno del lóbulo superior, bronquio o pulmón"), onset="2026-01-20",
                     recorder=onc, stage=txt("Adenocarcinoma cT3 N2 M1c, EGFR/ALK negativos, PD-L1 <1%"))
    c.condition(icd10("J44.9", "Enfermedad pulmonar obstructiva crónica, no especificada"), onset="2014-03-01",
                recorder=onc)
    tobacco(c, "2026-01-20", "8517006", "Ex-smoker")
    for d in ["2026-02-10", "2026-03-03", "2026-03-24", "2026-04-14"]:
        c.med_admin(med("010.000.5431.00", "Carboplatino 150 mg solución inyectable"), d, dose=(450, "mg", "mg"),
                    route=txt("Intravenosa"), reason_ref=ca)
    c.med_statement(med("010.000.5430.00", "Pemetrexed 500 mg solución inyectable"), "2026-02-10",
                    "500 mg/m2 IV cada 21 días, 4 ciclos", status="completed", end="2026-04-14", reason_ref=ca)
    c.report(cc(coding(LAB, "TAC-TORAX", "Tomografía de tórax y abdomen"), text="Tomografía de reestadificación"),
             "2026-07-15", category="CT",
             conclusion="Progresión: crecimiento del tumor primario, nuevas metástasis hepáticas y óseas.")
    c.care_plan("Plan de cuidados paliativos", "active", "plan",
                sct("103735009", "Palliative care", text="Cuidados paliativos"), "2026-08-05", author=pal,
                addresses=[ca], activities=[
                    (txt("Control del dolor con opioides"), "in-progress", "Morfina de liberación prolongada"),
                    (txt("Oxigenoterapia domiciliaria"), "in-progress", None),
                    (txt("Apoyo psicológico a paciente y familia"), "scheduled", None)])
    sr = c.service_request(txt("Segunda opinión en oncología torácica"), "2026-08-10", status="completed",
                           intent="order", reason_ref=ca, requester=onc, performer=ext,
                           category=txt("Referencia a tercer nivel"))
    c.note("2026-08-10",
           "HOJA DE REFERENCIA\nServicio receptor: Oncología torácica, Centro Estatal de Oncología de Occidente.\n"
           "Motivo: solicitud de SEGUNDA OPINIÓN a petición del paciente y su familia respecto a opciones de "
           "tratamiento de segunda línea en adenocarcinoma pulmonar estadio IV en progresión.",
           REF, title="Hoja de referencia - segunda opinión", author=onc)
    e = c.encounter("2026-09-02", "AMB", type_=txt("Consulta de segunda opinión"), pract=ext, org=cec,
                    reason=[txt("Segunda opinión oncológica")], diagnosis=[ca])
    c.note("2026-09-02",
           "CONTRARREFERENCIA - SEGUNDA OPINIÓN\nSe revisan estudios de imagen, patología y marcadores "
           "moleculares. Se confirma enfermedad progresiva tras primera línea, sin alteraciones accionables, "
           "ECOG 3. No hay opciones de tratamiento sistémico ni ensayos disponibles. Coincidimos con el manejo "
           "paliativo instaurado en su hospital.", REF, title="Contrarreferencia de segunda opinión",
           author=ext, enc=e, custodian=cec)
    c.med_request(med("010.000.2102.00", "Morfina 30 mg tabletas de liberación prolongada"), "2026-08-05",
                  "1 tableta cada 12 horas", pract=pal, reason_ref=ca)
    e2 = c.encounter("2026-11-12", "AMB", type_=txt("Consulta de cuidados paliativos"), pract=pal,
                     reason=[txt("Seguimiento paliativo")], diagnosis=[ca])
    c.vitals("2026-11-12", sys=108, dia=66, hr=98, spo2=89, enc=e2)
    c.note("2026-11-12", "Seguimiento paliativo. Dolor controlado EVA 3/10. Disnea de medianos esfuerzos con O2 "
                         "2 L/min. Familia informada; se mantiene plan.", NOTA, title="Nota de cuidados paliativos",
           author=pal, enc=e2)
    return c


# ------------------------------------------------------------------------------------------------ 7
def mx_breast_chemo(cid):
    c = Case(cid, "mx", H, "positive", [H],
             "Adjuvant anthracycline chemotherapy started in October 2026 (three AC cycles given, paclitaxel and "
             "radiotherapy to follow) after breast-conserving surgery.",
             "Breast cancer after lumpectomy; adjuvant AC chemotherapy under way, radiotherapy planned")
    c.patient(["Claudia", "Ivonne"], "Pérez Macías", "female", "1977-05-19", city="Zapopan",
              extra_ident=("https://www.gob.mx/curp", "PEMC770519MJCRCL04"))
    base(c, "IB-14-0587642")
    onc = c.practitioner("Sofía", "Cárdenas Ibarra", "Oncología médica", prefix="Dra.")
    cir = c.practitioner("Julio César", "Reyes Anaya", "Cirugía oncológica", prefix="Dr.")
    ca = c.condition(icd10("C50.4", "Tumor maligno del cuadrante superior externo de la mama"),
                     onset="2026-07-02", recorder=cir, body_site=txt("Mama izquierda"),
                     stage=txt("pT2 pN1a M0, estadio IIB; RE+ RP+ HER2 negativo; Ki-67 35%"))
    c.procedure(icd9cm("85.21", "Local excision of lesion of breast", text="Cuadrantectomía de mama izquierda"),
                performed="2026-08-18", performer=cir, reason_ref=ca)
    c.procedure(icd9cm("40.51", "Radical excision of axillary lymph nodes", text="Disección axilar izquierda"),
                performed="2026-08-18", performer=cir, reason_ref=ca)
    c.report(cc(coding(LAB, "HP-QX", "Estudio histopatológico de pieza quirúrgica"), text="Histopatología"),
             "2026-08-25", category="SP",
             conclusion="Carcinoma ductal infiltrante grado 2, 3.1 cm, bordes libres; 2/14 ganglios con metástasis.")
    e1 = c.encounter("2026-09-22", "AMB", type_=txt("Consulta externa de oncología médica"), pract=onc,
                     reason=[txt("Plan de tratamiento adyuvante")], diagnosis=[ca])
    c.care_plan("Tratamiento adyuvante de cáncer de mama", "active", "plan",
                cc(coding(LOC + "/planes", "PLAN-ONCO-ADY", "Plan oncológico adyuvante"), text="Plan oncológico adyuvante"), "2026-10-06", author=onc,
                addresses=[ca], activities=[
                    (txt("Doxorrubicina 60 mg/m2 + ciclofosfamida 600 mg/m2 cada 21 días x 4"), "in-progress", None),
                    (txt("Paclitaxel semanal x 12"), "not-started", None),
                    (txt("Radioterapia adyuvante a mama izquierda"), "not-started", None),
                    (txt("Tamoxifeno 5 años"), "not-started", None)])
    for d in ["2026-10-06", "2026-10-27", "2026-11-17"]:
        e = c.encounter(d, "AMB", type_=txt("Aplicación de quimioterapia - hospital de día"), pract=onc,
                        diagnosis=[ca], time="08:00", end_time="13:00")
        c.med_admin(med("010.000.1766.00", "Doxorrubicina 50 mg solución inyectable"), d, dose=(100, "mg", "mg"),
                    route=txt("Intravenosa"), reason_ref=ca, enc=e)
        c.med_admin(med("010.000.1752.00", "Ciclofosfamida 500 mg solución inyectable"), d,
                    dose=(1000, "mg", "mg"), route=txt("Intravenosa"), reason_ref=ca, enc=e, time="11:00")
    c.lab(loinc("751-8", "Neutrophils [#/volume] in Blood by Automated count"), "2026-11-16", 1.9, "10*3/uL",
          "10*3/uL", low=1.8, high=7.7)
    c.service_request(icd9cm("92.24", "Teleradiotherapy using photons", text="Radioterapia adyuvante a mama izquierda"),
                      "2026-09-22", status="active", intent="plan", occurrence="2027-04-12", reason_ref=ca,
                      requester=onc, category=txt("Referencia a radioterapia"))
    c.note("2026-11-17",
           "NOTA DE QUIMIOTERAPIA - CICLO 3 AC\nTolerancia regular: náusea grado 2, alopecia total, fatiga que le "
           "impide trabajar. Neutrófilos 1.9. Se aplica ciclo 3. Continúa con filgrastim profiláctico. "
           "Posteriormente paclitaxel semanal x 12 y radioterapia.", NOTA, title="Nota de quimioterapia",
           author=onc)
    return c


# ------------------------------------------------------------------------------------------------ 8
def mx_amputation_letter(cid):
    c = Case(cid, "mx", C, "positive", [C, M, H],
             "The patient wrote to the hospital asking for a second opinion from vascular surgery before the planned "
             "below-knee amputation; the amputation order (December 2026) also meets the major-procedure and "
             "high-impact-treatment criteria.",
             "Diabetic foot with gangrene; below-knee amputation ordered; patient letter requests a second opinion")
    c.patient(["Gilberto"], "Fuentes Carrillo", "male", "1964-02-27", city="Tlajomulco",
              extra_ident=("https://www.gob.mx/curp", "FUCG640227HJCNRL06"))
    base(c, "IB-14-0140288")
    cir = c.practitioner("Miguel Ángel", "Torres Lara", "Cirujano general", prefix="Dr.")
    mi = c.practitioner("Fernando", "Aguirre Paz", "Medicina interna", prefix="Dr.")
    ts = c.practitioner("Lucía", "Ramos Gil", "Trabajo social", prefix="Lic.")
    dm = c.condition(icd10("E11.5", "Diabetes mellitus no insulinodependiente con complicaciones circulatorias periféricas"),
                     onset="2008-01-01", recorder=mi)
    c.condition(icd10("I10", "Hipertensión esencial (primaria)"), onset="2012-01-01", recorder=mi)
    pad = c.condition(icd10("I73.9", "Enfermedad vascular periférica, no especificada"), onset="2024-05-01",
                      recorder=mi)
    gang = c.condition(icd10("I70.2", "Aterosclerosis de las arterias de los miembros"), onset="2026-10-15",
                       recorder=cir, body_site=txt("Pie izquierdo"),
                       note="Gangrena seca del 1.º y 2.º ortejos izquierdos con osteomielitis del 1.º metatarsiano "
                            "(pie diabético Wagner 4).")
    c.med_statement(med("010.000.1050.00", "Insulina NPH 100 UI/mL"), "2019-06-01", "24 UI mañana, 12 UI noche",
                    reason_ref=dm)
    c.med_statement(med("010.000.0101.00", "Ácido acetilsalicílico 100 mg tabletas"), "2024-05-01",
                    "1 tableta al día", reason_ref=pad)
    e1 = c.encounter("2026-11-05", "IMP", type_=txt("Hospitalización Cirugía General"), pract=cir,
                     end="2026-11-20", admit="emd", discharge="home", time="16:00",
                     reason=[txt("Pie diabético izquierdo con necrosis de ortejos")], diagnosis=[gang, dm])
    c.vitals("2026-11-05", sys=148, dia=86, hr=98, temp=37.9, enc=e1)
    c.lab(loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-11-06", 9.8, "%", "%", high=7.0,
          enc=e1)
    c.lab(loinc("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), "2026-11-06", 14.2, "10*3/uL",
          "10*3/uL", low=4.5, high=11.0, enc=e1)
    c.procedure(icd9cm("86.22", "Excisional debridement of wound, infection, or burn",
                       text="Desbridamiento de pie izquierdo"), performed="2026-11-07", performer=cir, enc=e1,
                reason_ref=gang)
    sr = c.service_request(icd9cm("84.15", "Other amputation below knee", text="Amputación infracondílea izquierda"),
                           "2026-11-19", status="active", intent="order", occurrence="2026-12-10",
                           reason_ref=gang, requester=cir, enc=e1, category=txt("Programación quirúrgica"),
                           note="Índice tobillo-brazo no valorable; no se realizó estudio angiográfico.")
    c.note("2026-11-20",
           "NOTA DE EGRESO - CIRUGÍA GENERAL\nPie diabético Wagner 4 izquierdo con osteomielitis de 1.er "
           "metatarsiano. Se realizó desbridamiento. Se propone amputación infracondílea izquierda, programada "
           "para el 10/12/2026. El paciente refiere dudas sobre el procedimiento; se le explica que no hay otra "
           "alternativa.", EGRESO, title="Nota de egreso", author=cir, enc=e1)
    c.communication("2026-11-24", c.pt, [cir, ts],
                    "Buenas tardes. Soy Gilberto Fuentes Carrillo. Me programaron para que me corten la pierna "
                    "izquierda debajo de la rodilla el 10 de diciembre. Me dijeron que no había otra opción, pero "
                    "nadie me ha revisado la circulación ni me han hecho estudio de las arterias. Solicito por "
                    "favor una segunda opinión con un especialista en angiología o cirugía vascular antes de la "
                    "operación. Tengo miedo de perder la pierna sin saber si se podía salvar.",
                    category=txt("Escrito del paciente"), medium=txt("Escrito entregado en ventanilla"),
                    about=[sr])
    c.note("2026-11-25", "NOTA DE TRABAJO SOCIAL\nSe recibe escrito del paciente solicitando segunda opinión con "
                         "angiología antes de la amputación programada. Se turna a jefatura de cirugía.", NOTA,
           title="Nota de trabajo social", author=ts)
    return c


# ------------------------------------------------------------------------------------------------ 9
def mx_bp_untreated(cid):
    c = Case(cid, "mx", W, "near-miss", [],
             "Blood pressure rose from 152/94 to 170/102 over six months, but the patient had stopped enalapril in "
             "February 2026 because of cough, so the worsening happened without treatment, not despite it.",
             "Hypertension worsening over 6 months after the patient stopped enalapril")
    c.patient(["Alma", "Rosa"], "Velázquez Lomelí", "female", "1971-10-08", city="Zapopan",
              extra_ident=("https://www.gob.mx/curp", "VELA711008MJCLMR09"))
    umf = c.organization("Unidad de Medicina Familiar No. 9", type_code="prov", city="Zapopan", part_of=c.org)
    base(c, "IB-14-0698124")
    mf = c.practitioner("Rogelio", "Castañeda Ruiz", "Médico familiar", prefix="Dr.")
    hta = c.condition(icd10("I10", "Hipertensión esencial (primaria)"), onset="2021-03-15", recorder=mf)
    c.condition(icd10("E78.0", "Hipercolesterolemia pura"), onset="2022-08-01", recorder=mf)
    c.med_statement(med("010.000.2501.00", "Enalapril 10 mg tabletas"), "2021-03-15", "1 tableta cada 12 horas",
                    status="stopped", end="2026-02-15", reason_ref=hta,
                    status_reason=txt("La paciente lo suspendió por tos seca"),
                    note="Suspendido por la paciente sin indicación médica.")
    c.med_statement(med("010.000.0657.00", "Pravastatina 10 mg tabletas"), "2022-08-01", "1 tableta por la noche")
    readings = [("2025-11-18", 132, 84), ("2026-04-20", 152, 94), ("2026-07-22", 161, 98), ("2026-10-26", 170, 102)]
    for d, s, di in readings:
        e = c.encounter(d, "AMB", type_=txt("Consulta externa de medicina familiar"), org=umf, pract=mf,
                        reason=[txt("Control de hipertensión arterial")], diagnosis=[hta])
        c.vitals(d, sys=s, dia=di, hr=78, wt=74.0, enc=e)
        if d == "2026-04-20":
            c.note(d, "Control de HAS. TA 152/94. Refiere que dejó el enalapril en febrero por tos. No desea "
                      "reiniciarlo. Se dan medidas higiénico-dietéticas; se le ofrece cambio de fármaco, lo "
                      "rechaza por ahora.", NOTA, title="Nota de evolución", author=mf, enc=e)
        if d == "2026-10-26":
            c.note(d, "Control de HAS. TA 170/102. No ha tomado antihipertensivo desde febrero. Sin datos de "
                      "daño a órgano blanco. Acepta iniciar losartán 50 mg al día. Cita en 4 semanas.", NOTA,
                   title="Nota de evolución", author=mf, enc=e)
    c.med_request(med("010.000.2520.00", "Losartán 50 mg tabletas"), "2026-10-26", "1 tableta cada 24 horas",
                  pract=mf, reason_ref=hta)
    c.lab(loinc("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-10-26", 0.8, "mg/dL", "mg/dL",
          low=0.5, high=1.1)
    c.lab(loinc("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), "2026-10-26", 4.2, "mmol/L", "mmol/L",
          low=3.5, high=5.1)
    return c


# ------------------------------------------------------------------------------------------------ 10
def mx_many_resolved(cid):
    c = Case(cid, "mx", R, "near-miss", [],
             "Nine diagnoses are on the list, but five are resolved episodes (pneumonia, cholecystitis, radius "
             "fracture, inguinal hernia, depressive episode); only four active chronic conditions remain and none "
             "is rare.",
             "Long problem list of which most entries are resolved; four active chronic conditions")
    c.patient(["Eusebio"], "Ponce Arellano", "male", "1956-06-29", city="Tonalá",
              extra_ident=("https://www.gob.mx/curp", "POAE560629HJCNRS03"))
    base(c, "IB-14-0023117")
    mi = c.practitioner("Fernando", "Aguirre Paz", "Medicina interna", prefix="Dr.")
    dm = c.condition(icd10("E11.9", "Diabetes mellitus no insulinodependiente sin mención de complicación"),
                     onset="2010-01-01", recorder=mi)
    hta = c.condition(icd10("I10", "Hipertensión esencial (primaria)"), onset="2013-01-01", recorder=mi)
    oa = c.condition(icd10("M17.0", "Gonartrosis primaria, bilateral"), onset="2019-01-01", recorder=mi)
    hypo = c.condition(icd10("E03.9", "Hipotiroidismo, no especificado"), onset="2020-06-01", recorder=mi)
    for code, disp, on, ab in [("J18.9", "Neumonía, no especificada", "2025-01-12", "2025-02-01"),
                               ("K81.0", "Colecistitis aguda", "2024-03-03", "2024-04-10"),
                               ("S52.5", "Fractura de la epífisis inferior del radio", "2023-08-19", "2023-11-30"),
                               ("K40.9", "Hernia inguinal unilateral o no especificada, sin obstrucción ni gangrena",
                                "2022-02-01", "2022-05-20"),
                               ("F32.1", "Episodio depresivo moderado", "2021-09-01", "2023-01-15")]:
        c.condition(icd10(code, disp), onset=on, status="resolved", abated=ab, recorder=mi)
    c.procedure(icd9cm("51.23", "Laparoscopic cholecystectomy", text="Colecistectomía laparoscópica"),
                performed="2024-04-02", performer=mi)
    c.procedure(icd9cm("53.00", "Unilateral repair of inguinal hernia, not otherwise specified",
                       text="Plastía inguinal derecha"), performed="2022-05-05", performer=mi)
    for d, a1c in [("2026-03-09", 7.1), ("2026-09-14", 6.9)]:
        e = c.encounter(d, "AMB", type_=txt("Consulta externa de medicina interna"), pract=mi,
                        reason=[txt("Control de enfermedades crónicas")], diagnosis=[dm, hta, oa, hypo])
        c.vitals(d, sys=132, dia=80, wt=82.0, enc=e)
        c.lab(loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, a1c, "%", "%", high=7.0, enc=e)
        c.lab(loinc("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), d, 2.8, "m[IU]/L", "m[IU]/L",
              low=0.4, high=4.5, enc=e)
    c.med_statement(med("010.000.5165.00", "Metformina 850 mg tabletas"), "2010-01-01", "1 tableta cada 12 horas",
                    reason_ref=dm)
    c.med_statement(med("010.000.2501.00", "Enalapril 10 mg tabletas"), "2013-01-01", "1 tableta cada 12 horas",
                    reason_ref=hta)
    c.med_statement(med("010.000.1007.00", "Levotiroxina 100 mcg tabletas"), "2020-06-01", "1 tableta en ayuno",
                    reason_ref=hypo)
    c.med_statement(med("010.000.0104.00", "Paracetamol 500 mg tabletas"), "2019-01-01",
                    "1 g cada 8 horas si hay dolor", reason_ref=oa)
    c.note("2026-09-14",
           "NOTA DE EVOLUCIÓN - MEDICINA INTERNA\nMasculino de 70 años con DM2, HAS, hipotiroidismo y gonartrosis "
           "bilateral, todos en control. Antecedentes resueltos: neumonía adquirida en la comunidad (2025), "
           "colecistectomía (2024), fractura de radio distal consolidada (2023), plastía inguinal (2022), episodio "
           "depresivo en remisión completa sin tratamiento desde 2023.\nHbA1c 6.9%, TSH normal, TA 132/80. "
           "Continúa mismo manejo. Cita en 6 meses.", NOTA, title="Nota de evolución", author=mi)
    return c


CASES = [mx_unplanned_admission, mx_fit_followed, mx_ibs_quiescent, mx_hysterectomy_referral,
         mx_pancreas_palliative, mx_lung_second_opinion, mx_breast_chemo, mx_amputation_letter, mx_bp_untreated,
         mx_many_resolved]
