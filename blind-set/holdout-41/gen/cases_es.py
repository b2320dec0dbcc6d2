"""Spanish public hospital cases (CIE-10-ES, local lab codes, ATC, Spanish notes)."""
from lib import *


def cp_cat(c, code, disp):
    return cc((c.o["local"] + "tipo-plan", code, disp), text=disp)


def es_dizzy(c):  # PERSISTENT_SYMPTOMS positive: symptoms on 4 dates over 20 weeks, all work-up normal
    c.cond(cie("J30.1", "Rinitis alérgica debida a polen"), "2012-04-01")
    c.cond(cie("S93.401A", "Esguince de tobillo derecho, contacto inicial"), "2024-03-10", status="resolved", abate="2024-04-20")
    c.allergy(atc("J01CA04", "Amoxicilina"), "2015-06-01")
    visits = [("2026-06-03", "Mareo inestable y cansancio desde hace 3 semanas", 118, 74),
              ("2026-07-15", "Persisten mareos casi diarios y palpitaciones ocasionales", 121, 76),
              ("2026-09-02", "Sin mejoría; episodios de inestabilidad al caminar, astenia", 116, 72),
              ("2026-10-21", "Revisión de resultados; sigue con mareo y cansancio", 119, 75)]
    encs = []
    for d, r, s, dd in visits:
        e = c.enc(d, "Consulta externa Medicina Interna", reason=r, pr=0)
        encs.append(e)
        c.obs(sct("404640003", "Dizziness", "Mareo"), d, cat="exam", vcc=PRESENT, enc=e, pr=0)
        c.obs(sct("84229001", "Fatigue", "Astenia / cansancio"), d, cat="exam", vcc=PRESENT, enc=e, pr=0)
        c.vitals(d, s, dd, hr=72, enc=e)
    r = c.labs("2026-06-05", encs[0], hb=13.4, mcv=89, wbc=6.2, ferr=64, glu=88, tsh=1.9, na=140, k=4.2, cre=0.74, b12=412)
    c.panel("2026-06-05", "Hemograma y bioquímica general", r, encs[0], concl="Sin alteraciones.")
    ecg = c.obs(local(c, "pruebas-funcionales", "ECG12", "Electrocardiograma de 12 derivaciones"), "2026-07-15", cat="procedure",
                vstr="Ritmo sinusal a 70 lpm, PR 160 ms, QRS estrecho, sin alteraciones de la repolarización.", it="N", enc=encs[1])
    c.panel("2026-08-04", "Holter ECG 24 horas", [ecg], concl="Ritmo sinusal durante todo el registro. Extrasístoles supraventriculares aisladas (<1%). Sin pausas ni arritmias significativas. Estudio normal.", cat="OTH")
    c.panel("2026-08-28", "RM craneal sin contraste", None, concl="Resonancia magnética craneal sin hallazgos patológicos. Conductos auditivos internos normales.", cat="RAD")
    c.obs(local(c, "pruebas-funcionales", "VNG", "Videonistagmografía"), "2026-09-20", cat="procedure",
          vstr="Pruebas calóricas simétricas. Sin nistagmo espontáneo ni posicional.", it="N")
    c.medst(atc("N02BE01", "Paracetamol"), "2026-06-03", dose="1 g si precisa")
    c.note("2026-10-21", "Nota de evolución - Medicina Interna",
           "Mujer de 47 años con mareo inestable y astenia desde mayo de 2026. Cuarta visita. Persisten los síntomas sin cambios; "
           "refiere que le limitan para trabajar.\nExploración neurológica normal, Romberg negativo, Dix-Hallpike negativo.\n"
           "Analítica completa (hemograma, ferritina, TSH, B12, iones, función renal) normal. ECG y Holter normales. RM craneal normal. "
           "Videonistagmografía normal.\nJuicio: no se objetiva patología orgánica que explique la clínica. Se tranquiliza a la paciente. "
           "Alta a Atención Primaria.\n\nEnglish summary: persistent dizziness and fatigue for 5 months, complete work-up normal, no diagnosis made, "
           "discharged to primary care.", enc=encs[-1])


def es_ida(c):  # PERSISTENT_SYMPTOMS positive via red flag: iron-deficiency anaemia, no GI follow-up in >60 days
    hta = c.cond(cie("I10", "Hipertensión esencial (primaria)"), "2014-05-12")
    c.cond(cie("N40.0", "Hiperplasia benigna de próstata sin síntomas del tracto urinario inferior"), "2019-09-03")
    c.medst(atc("C09AA02", "Enalapril"), "2014-05-12", reason=hta, dose="20 mg cada 24 h")
    c.medst(atc("G04CA02", "Tamsulosina"), "2019-09-03", dose="0,4 mg cada 24 h")
    e0 = c.enc("2026-02-10", "Consulta Atención Primaria - control HTA", pr=1)
    c.vitals("2026-02-10", 138, 82, hr=70, wt=78.5, enc=e0)
    r0 = c.labs("2026-02-12", e0, hb=13.9, mcv=86, cre=1.02, glu=101, k=4.5)
    c.panel("2026-02-12", "Analítica de control", r0, e0)
    e1 = c.enc("2026-08-10", "Consulta Atención Primaria", reason="Cansancio y disnea de esfuerzo", pr=1)
    c.vitals("2026-08-10", 132, 78, hr=88, wt=75.9, enc=e1)
    r1 = c.labs("2026-08-10", e1, hb=9.8, mcv=71, ferr=7, tsat=6, wbc=6.8, plt=412, cre=1.05)
    c.panel("2026-08-10", "Hemograma y perfil férrico", r1, e1, concl="Anemia microcítica hipocrómica con ferropenia.")
    c.med(atc("B03AA07", "Sulfato ferroso"), "2026-08-12", "105 mg de hierro elemental cada 24 h en ayunas", pr=1)
    c.note("2026-08-12", "Nota Atención Primaria",
           "Varón de 71 años. Hb 9,8 g/dL (previa 13,9 en febrero), VCM 71, ferritina 7. Anemia ferropénica. No refiere sangrado visible. "
           "No toma AINE. Se inicia hierro oral. Pendiente valorar estudio digestivo.", enc=e1, pr=1)
    e2 = c.enc("2026-10-14", "Consulta Atención Primaria - control HTA", pr=1)
    c.vitals("2026-10-14", 136, 80, hr=84, wt=75.1, enc=e2)
    c.note("2026-10-14", "Nota Atención Primaria",
           "Control de tensión arterial, correcta. Continúa con hierro oral, refiere algo de estreñimiento. Sigue cansado. "
           "Se renueva medicación crónica. Próximo control en 6 meses.", enc=e2, pr=1)
    c.obs(local(c, "habitos", "TABACO", "Hábito tabáquico"), "2026-02-10", cat="social-history", vstr="Exfumador desde 2005 (30 paquetes-año)")


def es_fit(c):  # PERSISTENT near miss: positive FIT followed up promptly, benign result
    dm = c.cond(cie("E11.9", "Diabetes mellitus tipo 2 sin complicaciones"), "2017-03-01")
    hipo = c.cond(cie("E03.9", "Hipotiroidismo, no especificado"), "2011-06-15")
    c.medst(atc("A10BA02", "Metformina"), "2017-03-01", reason=dm, dose="850 mg cada 12 h")
    c.medst(atc("H03AA01", "Levotiroxina sódica"), "2011-06-15", reason=hipo, dose="75 mcg cada 24 h")
    e0 = c.enc("2026-05-06", "Programa de cribado de cáncer colorrectal", pr=1)
    fit = c.lab("fit", "2026-04-28", 86, e0)
    c.panel("2026-04-28", "Sangre oculta en heces (cribado)", [fit], e0, concl="Resultado positivo (86 µg Hb/g heces; punto de corte 20).")
    s = c.sr(cc((CIEP, "0DJD8ZZ", "Inspección de tracto intestinal inferior, abordaje por orificio natural o artificial endoscópico"), text="Colonoscopia"),
             "2026-05-06", status="completed", occ="2026-06-02", reasontxt="SOH positiva en cribado", pr=1, prio="urgent")
    e1 = c.enc("2026-06-02", "Unidad de Endoscopia Digestiva", reason="Colonoscopia por SOH positiva", pr=0)
    c.proc(cc((CIEP, "0DBN8ZX", "Escisión en colon sigmoide, abordaje endoscópico, diagnóstico"), text="Colonoscopia con polipectomía"),
           date="2026-06-02", based=s, enc=e1, outcome="Colonoscopia completa hasta ciego. Pólipo sésil de 6 mm en sigma, resecado.")
    c.panel("2026-06-09", "Anatomía patológica - pólipo de sigma", None, e1, cat="PAT",
            concl="Pólipo hiperplásico. Ausencia de displasia.")
    c.note("2026-06-16", "Informe de Digestivo",
           "Colonoscopia completa por SOH positiva en cribado: pólipo hiperplásico de sigma resecado. Sin otras lesiones. "
           "Hemograma normal. Vuelve al programa de cribado poblacional en 10 años. Alta.\n\nEnglish summary: positive FIT, "
           "colonoscopy within 5 weeks, benign hyperplastic polyp removed; discharged.", typ=("11488-4", "Consult note"), enc=e1)
    r = c.labs("2026-05-08", e0, hb=13.1, mcv=88, ferr=58, a1c=6.6, cre=0.81, tsh=2.2, glu=118)
    c.panel("2026-05-08", "Analítica general", r, e0)
    e2 = c.enc("2026-10-05", "Consulta Atención Primaria - control DM2", pr=1)
    c.vitals("2026-10-05", 128, 76, wt=71.2, enc=e2)
    c.lab("a1c", "2026-10-01", 6.5, e2)


def es_ibs(c):  # DIAGNOSIS_SYMPTOM_MISMATCH positive: IBS label >1 year with new red flags it cannot explain
    sii = c.cond(cie("K58.0", "Síndrome del intestino irritable con diarrea"), "2025-08-20",
                 note="Diagnóstico clínico (criterios de Roma IV) en consulta de Atención Primaria.")
    c.cond(cie("F41.1", "Trastorno de ansiedad generalizada"), "2021-02-01")
    c.medst(atc("A03AA04", "Mebeverina"), "2025-08-20", reason=sii, dose="135 mg cada 8 h")
    c.medst(atc("A07DA03", "Loperamida"), "2026-02-17", reason=sii, dose="2 mg si precisa")
    for d, w, r in [("2025-08-20", 63.5, "Dolor abdominal y diarrea de 4 meses de evolución"),
                    ("2026-02-17", 62.0, "Persisten deposiciones líquidas 3-4 al día"),
                    ("2026-06-09", 60.1, "Sin mejoría con mebeverina; urgencia defecatoria"),
                    ("2026-10-15", 57.4, "Diarrea nocturna, pérdida de peso")]:
        e = c.enc(d, "Consulta Atención Primaria", reason=r, pr=1)
        c.obs(sct("62315008", "Diarrhea", "Diarrea"), d, cat="exam", vcc=PRESENT, enc=e)
        c.vitals(d, 112, 70, wt=w, enc=e)
    r0 = c.labs("2025-08-22", None, hb=13.0, ferr=45, crp=2.1, tsh=1.6)
    c.panel("2025-08-22", "Analítica general", r0)
    r1 = c.labs("2026-10-16", e, hb=11.2, ferr=14, crp=18, alb=3.3)
    r1.append(c.lab("calpro", "2026-10-16", 410, e))
    c.panel("2026-10-16", "Analítica y calprotectina fecal", r1, e, concl="Calprotectina fecal muy elevada. Anemia leve con ferropenia. PCR elevada.")
    c.note("2026-10-15", "Nota Atención Primaria",
           "Mujer de 34 años con SII-D diagnosticado en agosto de 2025. Refiere ahora deposiciones nocturnas que la despiertan, "
           "pérdida de 6 kg en un año y cansancio. Exploración: abdomen blando, molestia difusa. Se mantiene el diagnóstico de "
           "síndrome de intestino irritable y se ajusta tratamiento (aumentar mebeverina, dieta baja en FODMAP).\n"
           "Revisión de analítica 16/10: calprotectina 410 µg/g, PCR 18 mg/L, Hb 11,2 g/dL.", enc=e, pr=1)


def es_hip(c):  # MAJOR_PROCEDURE_PLANNED positive: total hip arthroplasty on the waiting list
    oa = c.cond(cie("M16.11", "Coxartrosis primaria unilateral, cadera derecha"), "2022-01-18", sev="grave")
    hta = c.cond(cie("I10", "Hipertensión esencial (primaria)"), "2015-04-01")
    c.cond(cie("E78.5", "Hiperlipidemia, no especificada"), "2016-09-01")
    c.medst(atc("C09AA02", "Enalapril"), "2015-04-01", reason=hta, dose="10 mg cada 24 h")
    c.medst(atc("C10AA05", "Atorvastatina"), "2016-09-01", dose="20 mg cada 24 h")
    c.medst(atc("N02BB02", "Metamizol"), "2025-06-01", reason=oa, dose="575 mg cada 8 h si dolor")
    e1 = c.enc("2026-10-05", "Consulta externa Traumatología", reason="Coxalgia derecha invalidante", pr=0)
    c.panel("2026-09-20", "Radiografía de pelvis AP y cadera derecha axial", None, e1, cat="RAD",
            concl="Coxartrosis derecha grado IV de Kellgren-Lawrence con pinzamiento completo y quistes subcondrales.")
    s = c.sr(cc((CIEP, "0SR90JZ", "Sustitución de articulación de cadera derecha con sustituto sintético, abordaje abierto"),
                text="Artroplastia total de cadera derecha"), "2026-10-05", status="active", intent="order",
             occ="2027-02-15", reason=oa, note="Inclusión en lista de espera quirúrgica. Prioridad 2.", pr=0)
    e2 = c.enc("2026-11-10", "Consulta de preanestesia", reason="Valoración preoperatoria artroplastia de cadera", pr=0)
    c.vitals("2026-11-10", 134, 80, hr=68, wt=86.0, enc=e2)
    r = c.labs("2026-11-10", e2, hb=14.6, plt=231, cre=0.98, glu=104, na=141, k=4.4)
    c.panel("2026-11-10", "Analítica preoperatoria", r, e2, concl="Sin alteraciones relevantes.")
    c.obs(local(c, "pruebas-funcionales", "ASA", "Clasificación ASA"), "2026-11-10", cat="exam", vstr="ASA II", enc=e2)
    c.enc("2027-02-15", "Ingreso programado Traumatología", cls="IMP", status="planned", reason="Artroplastia total de cadera derecha", pr=0)
    c.note("2026-10-05", "Consulta Traumatología",
           "Varón de 68 años, coxartrosis derecha grado IV con dolor nocturno y limitación para caminar más de 200 m pese a analgesia "
           "y fisioterapia. Se propone artroplastia total de cadera derecha; el paciente acepta y firma consentimiento. "
           "Se incluye en lista de espera quirúrgica.\n\nEnglish summary: total hip replacement booked (waiting list, Feb 2027).", enc=e1)


def es_hf(c):  # UNTREATABLE_PROGNOSIS positive: end-stage heart failure, no advanced therapy, palliative plan
    ic = c.cond(cie("I50.84", "Insuficiencia cardiaca terminal"), "2019-11-02", sev="grave")
    mci = c.cond(cie("I25.5", "Miocardiopatía isquémica"), "2017-02-14")
    fa = c.cond(cie("I48.20", "Fibrilación auricular crónica, no especificada"), "2018-06-20")
    c.cond(cie("N18.31", "Enfermedad renal crónica, estadio 3a"), "2021-03-09")
    for code, name, dose, r in [("C03CA01", "Furosemida", "80 mg cada 12 h", ic), ("C07AB07", "Bisoprolol", "2,5 mg cada 24 h", ic),
                                ("C03DA01", "Espironolactona", "25 mg cada 24 h", ic), ("B01AF02", "Apixabán", "2,5 mg cada 12 h", fa)]:
        c.medst(atc(code, name), "2020-01-01", reason=r, dose=dose)
    e1 = c.enc("2026-10-02", "Hospitalización Cardiología", cls="IMP", end="2026-10-12", reason="Insuficiencia cardiaca descompensada", pr=2,
               hosp={"admitSource": txt("Urgencias"), "dischargeDisposition": txt("Domicilio con soporte de cuidados paliativos")})
    c.vitals("2026-10-02", 96, 58, hr=104, wt=71.0, enc=e1)
    r = c.labs("2026-10-02", e1, bnp=9820, cre=1.62, na=131, k=5.0, hb=11.1)
    r.append(c.lab("egfr", "2026-10-02", 41, e1))
    c.panel("2026-10-02", "Analítica de ingreso", r, e1)
    c.obs(cc((LNC, "10230-1", "Left ventricular Ejection fraction"), text="FEVI (ecocardiograma)"), "2026-10-05", cat="imaging",
          val=15, unit="%", lo=52, hi=72, enc=e1)
    ref = c.sr(sct("306237005", "Referral to palliative care service", "Derivación a Unidad de Cuidados Paliativos"), "2026-10-11",
               status="active", intent="order", reason=ic, pr=2)
    c.careplan("Plan de cuidados paliativos - insuficiencia cardiaca avanzada", "2026-10-12", cp_cat(c, "PAL", "Cuidados paliativos"),
               addresses=ic, pr=2, desc="Control sintomático (disnea, congestión), furosemida subcutánea domiciliaria si precisa, "
               "planificación anticipada de decisiones. No reingreso en UCI. No RCP.",
               acts=[("Seguimiento domiciliario por Equipo de Soporte de Cuidados Paliativos", "scheduled", "Visita semanal")])
    c.note("2026-10-12", "Informe de alta - Cardiología",
           "Varón de 79 años con miocardiopatía isquémica, FEVI 15%, cuarto ingreso en 2026 por descompensación.\n"
           "Valorado en sesión del Comité de Insuficiencia Cardiaca Avanzada: no candidato a trasplante cardiaco ni a asistencia "
           "ventricular por edad, fragilidad y ERC. No hay opciones de tratamiento más allá del control sintomático. "
           "Se acuerda con paciente y familia adecuación del esfuerzo terapéutico y seguimiento por Cuidados Paliativos.\n\n"
           "English summary: end-stage heart failure, not a candidate for transplant or LVAD; no further treatment options; "
           "palliative care referral.", typ=("18842-5", "Discharge summary"), enc=e1, pr=2)


def es_colostomy(c):  # HIGH_IMPACT_TREATMENT positive: Hartmann's with end colostomy done, adjuvant chemo ordered
    ca = c.cond(cie("C18.7", "Neoplasia maligna de colon sigmoide"), "2026-10-30", note="Adenocarcinoma pT3 pN1b (3/18) M0. Estadio IIIB.")
    c.cond(cie("Z93.3", "Estado de colostomía"), "2026-11-04")
    c.cond(cie("I10", "Hipertensión esencial (primaria)"), "2012-01-01")
    c.medst(atc("C08CA01", "Amlodipino"), "2012-01-01", dose="5 mg cada 24 h")
    e1 = c.enc("2026-10-30", "Urgencias / Hospitalización Cirugía General", cls="IMP", end="2026-11-13",
               reason="Obstrucción intestinal por neoplasia de sigma", pr=0)
    c.panel("2026-10-30", "TC abdomen-pelvis con contraste", None, e1, cat="RAD",
            concl="Neoformación estenosante de sigma con dilatación retrógrada de colon. Sin lesiones hepáticas.")
    c.proc(cc((CIEP, "0DTN0ZZ", "Resección de colon sigmoide, abordaje abierto"), text="Intervención de Hartmann (sigmoidectomía)"),
           date="2026-11-04", reason=ca, enc=e1)
    c.proc(cc((CIEP, "0D1N0Z4", "Derivación de colon sigmoide a cutáneo, abordaje abierto"), text="Colostomía terminal"),
           date="2026-11-04", reason=ca, enc=e1)
    c.panel("2026-11-10", "Anatomía patológica - pieza de sigmoidectomía", None, e1, cat="PAT",
            concl="Adenocarcinoma moderadamente diferenciado, pT3 pN1b (3/18). Márgenes libres.")
    r = c.labs("2026-11-12", e1, hb=11.6, wbc=8.1, alb=3.4, cre=0.88)
    c.panel("2026-11-12", "Analítica al alta", r, e1)
    e2 = c.enc("2026-11-25", "Consulta Oncología Médica", reason="Valoración de adyuvancia", pr=0)
    c.vitals("2026-11-25", 130, 78, wt=70.3, enc=e2)
    c.med(atc("L01XA03", "Oxaliplatino"), "2026-11-25", "130 mg/m2 IV día 1 cada 21 días, 8 ciclos (CAPOX), inicio 10/12/2026", reason=ca)
    c.med(atc("L01BC06", "Capecitabina"), "2026-11-25", "1000 mg/m2 cada 12 h días 1-14 cada 21 días", reason=ca)
    c.careplan("Plan oncológico: quimioterapia adyuvante CAPOX", "2026-12-10", cp_cat(c, "ONC", "Oncología"), addresses=ca,
               desc="8 ciclos de CAPOX adyuvante. Reevaluación con TC tras 4 ciclos.")
    c.note("2026-11-20", "Nota de enfermería - estomaterapia",
           "Paciente portador de colostomía terminal en FII desde 04/11. Aprendiendo cambio de dispositivo; refiere gran impacto en su "
           "imagen corporal y miedo a salir de casa. Se programa seguimiento semanal.", pr=0)
    c.note("2026-11-25", "Consulta Oncología Médica",
           "Adenocarcinoma de sigma estadio IIIB intervenido de urgencia (Hartmann con colostomía terminal). ECOG 1. "
           "Se indica quimioterapia adyuvante CAPOX x 8 ciclos, inicio 10/12/2026. Se explican toxicidades (neuropatía, diarrea, "
           "síndrome mano-pie).\n\nEnglish summary: end colostomy formed 4 Nov; adjuvant CAPOX chemotherapy ordered to start 10 Dec.", enc=e2)


def es_flag(c):  # PATIENT_REPORTED_CONCERN positive: patient-authored Flag requesting second opinion
    mig = c.cond(cie("G43.709", "Migraña crónica sin aura, no intratable, sin estado migrañoso"), "2019-05-14")
    c.cond(cie("E66.9", "Obesidad, no especificada"), "2020-01-01")
    c.medst(atc("N03AX11", "Topiramato"), "2023-02-01", status="stopped", end="2025-09-01", reason=mig,
            note="Suspendido por parestesias y dificultad de concentración.")
    c.medst(atc("N02CD01", "Erenumab"), "2025-09-15", reason=mig, dose="140 mg s.c. mensual")
    c.medst(atc("N02CC01", "Sumatriptán"), "2021-01-01", reason=mig, dose="50 mg si crisis")
    for d, n in [("2026-03-11", 15), ("2026-07-08", 14), ("2026-11-04", 15)]:
        e = c.enc(d, "Consulta externa Neurología - Unidad de Cefaleas", reason="Seguimiento migraña crónica", pr=0)
        c.obs(local(c, "escalas", "DIAS-CEF", "Días de cefalea al mes (diario)"), d, cat="survey", val=n, unit=("días/mes", "d/mo"), enc=e)
        c.vitals(d, 122, 78, wt=88, enc=e)
    r = c.labs("2026-03-12", None, hb=13.6, glu=94, cre=0.7, alt=22, tsh=2.4)
    c.panel("2026-03-12", "Analítica general", r)
    c.put("Flag", "flag", {
        "status": "active", "category": [cc((V2 + "flag-category", "admin", "Administrative"))],
        "code": local(c, "alertas", "SEGOP-PAC", "La paciente solicita segunda opinión médica en otro centro (Neurología)"),
        "subject": c.R(c.pat), "period": {"start": "2026-11-04"}, "author": c.R(c.pat)})
    c.note("2026-11-04", "Consulta Unidad de Cefaleas",
           "Mujer de 41 años con migraña crónica. Con erenumab mantiene unos 15 días de cefalea/mes, sin cambios respecto a visitas previas. "
           "La paciente expresa que siente que no se le escucha y que no se le ofrecen alternativas; solicita por escrito segunda opinión "
           "(Real Decreto de libre elección / segunda opinión). Se le informa del procedimiento.", enc=e)


def es_a1c(c):  # WORSENING_DESPITE_TREATMENT positive: HbA1c rising over 8 months on metformin + sitagliptin
    dm = c.cond(cie("E11.65", "Diabetes mellitus tipo 2 con hiperglucemia"), "2018-04-10")
    c.cond(cie("I10", "Hipertensión esencial (primaria)"), "2018-04-10")
    c.cond(cie("E78.5", "Hiperlipidemia, no especificada"), "2019-01-20")
    c.medst(atc("A10BA02", "Metformina"), "2018-04-10", reason=dm, dose="1000 mg cada 12 h")
    c.medst(atc("A10BH01", "Sitagliptina"), "2024-05-02", reason=dm, dose="100 mg cada 24 h")
    c.medst(atc("C09AA05", "Ramipril"), "2018-04-10", dose="5 mg cada 24 h")
    c.medst(atc("C10AA05", "Atorvastatina"), "2019-01-20", dose="40 mg cada 24 h")
    last = None
    for d, a1c, glu, wt in [("2026-01-20", 7.3, 142, 94.0), ("2026-05-18", 8.1, 168, 95.2), ("2026-09-21", 9.0, 197, 96.1)]:
        e = c.enc(d, "Consulta Atención Primaria - enfermería y medicina", reason="Control diabetes mellitus tipo 2", pr=1)
        r = [c.lab("a1c", d, a1c, e), c.lab("glu", d, glu, e)]
        c.panel(d, "Perfil diabético", r, e)
        c.vitals(d, 138, 84, wt=wt, enc=e)
        last = e
    c.lab("cre", "2026-09-21", 0.95, last); c.lab("egfr", "2026-09-21", 84, last); c.lab("uacr", "2026-09-21", 22, last)
    c.med(atc("A10BA02", "Metformina"), "2026-09-21", "1000 mg cada 12 h (renovación)", reason=dm, pr=1)
    c.note("2026-09-21", "Nota Atención Primaria",
           "Varón de 58 años con DM2. HbA1c 9,0% (7,3% en enero y 8,1% en mayo) pese a metformina 2 g/día y sitagliptina 100 mg, con "
           "adherencia referida buena y recuento de comprimidos correcto. Se refuerza dieta. Valorar intensificación.\n\n"
           "English summary: HbA1c rising 7.3 -> 9.0% over 8 months on dual oral therapy.", enc=last, pr=1)


def es_multi(c):  # RARE_OR_COMPLEX positive: 6 active chronic conditions across 5 specialties
    conds = [("E11.9", "Diabetes mellitus tipo 2 sin complicaciones", "2009-01-01"), ("J44.9", "Enfermedad pulmonar obstructiva crónica, no especificada", "2012-01-01"),
             ("I48.20", "Fibrilación auricular crónica, no especificada", "2016-05-01"), ("N18.32", "Enfermedad renal crónica, estadio 3b", "2020-02-01"),
             ("G20", "Enfermedad de Parkinson", "2021-09-01"), ("M17.0", "Gonartrosis primaria bilateral", "2015-01-01")]
    ids = [c.cond(cie(a, b), d) for a, b, d in conds]
    for code, name, dose, i in [("A10BH01", "Sitagliptina", "50 mg cada 24 h (ajustada a FG)", 0), ("R03BB04", "Tiotropio", "18 mcg inhalado cada 24 h", 1),
                                ("B01AF02", "Apixabán", "2,5 mg cada 12 h", 2), ("C07AB07", "Bisoprolol", "5 mg cada 24 h", 2),
                                ("N04BA02", "Levodopa y carbidopa", "100/25 mg cada 8 h", 4), ("N02BE01", "Paracetamol", "1 g cada 8 h si dolor", 5)]:
        c.medst(atc(code, name), "2022-01-01", reason=ids[i], dose=dose)
    for d, spec, pr in [("2026-04-14", "Consulta Nefrología", 0), ("2026-06-22", "Consulta Neurología - trastornos del movimiento", 0),
                        ("2026-09-29", "Consulta Neumología", 0), ("2026-11-03", "Consulta Cardiología", 2)]:
        e = c.enc(d, spec, pr=pr)
        c.vitals(d, 132, 74, hr=76, enc=e)
    r = c.labs("2026-04-14", None, a1c=7.1, cre=1.45, hb=12.3, k=4.9)
    r.append(c.lab("egfr", "2026-04-14", 37))
    c.panel("2026-04-14", "Analítica Nefrología", r)
    r2 = [c.lab("a1c", "2026-10-20", 7.0), c.lab("egfr", "2026-10-20", 36), c.lab("cre", "2026-10-20", 1.48)]
    c.panel("2026-10-20", "Analítica de control", r2)
    c.obs(cc((LNC, "19926-5", "FEV1/FVC"), text="FEV1/FVC posbroncodilatador"), "2026-09-29", cat="procedure", val=58, unit="%", lo=70, it="L")
    c.note("2026-11-03", "Consulta Cardiología",
           "Mujer de 76 años pluripatológica: DM2, EPOC GOLD 2, FA permanente anticoagulada, ERC 3b, enfermedad de Parkinson y gonartrosis. "
           "Seguimiento en Endocrinología, Neumología, Cardiología, Nefrología y Neurología. Situación estable. Polimedicada (revisión de "
           "interacciones). Se propone valoración por Unidad de Pacientes Crónicos Complejos.", pr=2)


BUILDERS = [
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", es_dizzy, ("Navarro Pérez", "Marta", "female", "1979-03-22"), [],
     "Dizziness and fatigue on four visits over 20 weeks; blood panel, ECG, Holter, brain MRI and VNG all normal; no diagnosis, discharged reassured.",
     "Dizziness/fatigue on 4 visits over 20 weeks, all work-up normal, no diagnosis"),
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", es_ida, ("Herrera Gil", "Antonio", "male", "1955-07-09"), [],
     "Iron-deficiency anaemia found 2026-08-10 in a 71-year-old man; only oral iron, no endoscopy/colonoscopy or referral in the 113 days since (Murphy red flag without follow-up).",
     "New iron-deficiency anaemia in a 71-year-old, no GI work-up for >60 days"),
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", es_fit, ("Domínguez Sanz", "Rosario", "female", "1964-01-30"), [],
     "Positive FIT was followed by colonoscopy within 5 weeks (benign hyperplastic polyp); red flag followed up, no persistent symptoms.",
     "Positive FIT followed by colonoscopy in 5 weeks, benign polyp"),
    ("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", es_ibs, ("Romero Castillo", "Laura", "female", "1992-05-17"), [],
     "IBS-D label kept for 15 months while nocturnal diarrhoea, 6 kg weight loss, faecal calprotectin 410, raised CRP and anaemia appear, which IBS cannot explain.",
     "IBS label for 15 months despite weight loss, nocturnal diarrhoea, calprotectin 410"),
    ("MAJOR_PROCEDURE_PLANNED", "positive", es_hip, ("Ortiz Molina", "Francisco", "male", "1958-11-02"), [],
     "Active order for total hip arthroplasty, on the surgical waiting list for 2027-02-15, pre-anaesthesia done.",
     "Total hip replacement on waiting list (Feb 2027)"),
    ("UNTREATABLE_PROGNOSIS", "positive", es_hf, ("Vidal Prieto", "Ramón", "male", "1947-02-25"), [],
     "End-stage heart failure, heart-failure committee: not a candidate for transplant or LVAD, no options beyond symptom control, palliative CarePlan and referral; no second opinion.",
     "End-stage HF, no transplant/LVAD, palliative plan"),
    ("HIGH_IMPACT_TREATMENT", "positive", es_colostomy, ("Cano Fuentes", "Manuel", "male", "1962-08-14"), [],
     "End colostomy formed 2026-11-04 (Hartmann's) and adjuvant CAPOX chemotherapy ordered to start 2026-12-10.",
     "End colostomy formed, adjuvant CAPOX chemotherapy ordered"),
    ("PATIENT_REPORTED_CONCERN", "positive", es_flag, ("Iglesias Moreno", "Cristina", "female", "1985-06-03"), [],
     "Patient-authored Flag requesting a second medical opinion (neurology); headache days stable so no worsening.",
     "Patient-authored Flag asking for second opinion on chronic migraine"),
    ("WORSENING_DESPITE_TREATMENT", "positive", es_a1c, ("Rubio Delgado", "José Luis", "male", "1968-12-11"), [],
     "HbA1c 7.3 -> 8.1 -> 9.0% over 8 months (MCID 0.5) with metformin and sitagliptin active throughout.",
     "HbA1c 7.3 to 9.0% over 8 months on metformin + sitagliptin"),
    ("RARE_OR_COMPLEX_CONDITION", "positive", es_multi, ("Marín Calvo", "Dolores", "female", "1950-10-19"), [],
     "Six active chronic conditions (DM2, COPD, AF, CKD 3b, Parkinson's, knee OA) followed by five specialties; all stable.",
     "Six chronic conditions across five specialties, stable"),
]
