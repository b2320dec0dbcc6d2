from lib import *


def med(rx, disp, sys=RXN):
    return cc((sys, rx, disp), text=disp) if rx else cc(text=disp)


def fqhc_base(c, pt, prov=("Lucia", "Barraza", "FNP-C", "Family medicine"), cov=("AHCCCS Complete Care", "Medicaid")):
    c.patient(*pt)
    doc = c.pract(*prov)
    prom = c.pract("Rosa", "Villegas", "CHW", "Promotora de salud / community health worker")
    if cov:
        c.coverage(*cov)
    else:
        c.add("Coverage", "cov", {"status": "active", "type": cc(text="Sliding fee scale - Tier B (101-150% FPL)"),
                                  "beneficiary": c.P, "payor": [ref(c.org)], "period": {"start": "2026-01-01"}})
    return doc, prom


# ---------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP positive: palpitations, all normal
def psnw_pos_a(c):
    doc, prom = fqhc_base(c, ("Ramiro Esteban", "Quintero", "male", "1982-03-14", "VDS-4418207"), cov=None)
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified"), (SCT, "55822004", "Hyperlipidemia"), text="Colesterol alto"), "2023-02-10")
    c.cond(cc((ICD, "S61.412A", "Laceration without foreign body of right hand, initial encounter"), text="Herida mano derecha (cuchillo de cosecha)"),
           "2025-08-03", clinical="resolved", abate="2025-08-20", cat="encounter-diagnosis")
    pal = c.cond(cc((SCT, "80313002", "Palpitations"), (ICD, "R00.2", "Palpitations"), text="Palpitaciones con mareo"), "2026-05-28",
                 note="Episodios de corazon acelerado y mareo, 2-4 veces por semana, tambien en reposo por la noche. Sin sincope.")
    dates = ["2026-05-28", "2026-07-09", "2026-08-27", "2026-10-22"]
    encs = []
    for i, d in enumerate(dates):
        e = c.enc(d, "Consulta medica - visita de seguimiento" if i else "Consulta medica - cuota deslizante", pract=doc,
                  reason=cc((SCT, "80313002", "Palpitations")))
        encs.append(e)
        c.obs(cc((SCT, "80313002", "Palpitations"), text="Palpitaciones (sintoma reportado)"), d, cat="exam", enc=e,
              vstring=["2-3 episodios/semana, 5-10 min", "casi diario, con mareo", "sigue igual, despierta de noche", "peor, 4-5 episodios/semana, falta de aire leve"][i])
        c.vitals(d, [124, 122, 126, 121][i], [78, 76, 80, 77][i], [78, 82, 76, 80][i], 81 + i * 0.3, enc=e)
    ecg = c.obs(cc((LNC, "11524-6", "EKG study"), text="ECG 12 derivaciones"), "2026-05-28", cat="procedure", enc=encs[0], vstring="Ritmo sinusal normal 76 lpm, PR 160 ms, QTc 412 ms. Sin preexcitacion.", interp="N")
    labs = [c.lab("3016-3", "TSH", "2026-05-28", 1.9, "m[IU]/L", 0.4, 4.0, enc=encs[0]),
            c.lab("718-7", "Hemoglobin", "2026-05-28", 15.1, "g/dL", 13.5, 17.5, enc=encs[0]),
            c.lab("2823-3", "Potassium", "2026-05-28", 4.2, "mmol/L", 3.5, 5.1, enc=encs[0]),
            c.lab("19123-9", "Magnesium", "2026-05-28", 2.0, "mg/dL", 1.7, 2.4, enc=encs[0]),
            c.lab("2345-7", "Glucose", "2026-05-28", 94, "mg/dL", 70, 99, enc=encs[0])]
    holter = c.obs(cc(text="Monitor Holter 48 h (Hospital Santa Cruz - telecardiologia)"), "2026-07-20", cat="procedure", interp="N",
                   vstring="Ritmo sinusal 58-124 lpm. Extrasistoles auriculares aisladas (<1%). Sin arritmias sostenidas. Sintomas del diario sin correlacion con arritmia.")
    c.dr(cc((LNC, "18750-0", "Cardiac echo study"), text="Ecocardiograma transtoracico"), "2026-09-15",
         "Normal: FEVI 60%, sin valvulopatia, camaras normales.", cat="CUS")
    c.dr(cc(text="Panel metabolico y tiroides"), "2026-05-28", "Todos los resultados dentro de limites normales.", results=labs, cat="LAB")
    c.note("2026-08-27", "Nota de seguimiento", "Paciente de 44 anos, trabajador agricola, regresa por palpitaciones y mareo que continuan desde finales de mayo. "
           "Holter de 48 h por telecardiologia normal, ECG normal, TSH, electrolitos y hemoglobina normales. Niega cafeina en exceso, alcohol o drogas. "
           "Se le explico que los estudios salieron normales y que no encontramos nada del corazon. Plan: hidratacion, reducir cafe, regresar si empeora.", author=doc, enc=encs[2])
    c.note("2026-10-22", "Nota de seguimiento", "Persisten palpitaciones, ahora 4-5 episodios por semana con leve falta de aire; dice que el mes pasado tuvo que parar de trabajar en el campo dos veces. "
           "Ecocardiograma normal. Todo el estudio ha salido normal. Paciente frustrado: 'me dicen que no tengo nada pero sigo igual'. "
           "Plan: continuar observacion, control en 2 meses.", author=doc, enc=encs[3])
    c.note("2026-09-02", "Visita domiciliaria promotora", "Visita de promotora. Paciente vive con esposa y 3 hijos, trabaja en empaque de melon. Se reviso diario de sintomas: 11 episodios en 3 semanas.", author=prom)
    return "Palpitations with light-headedness recorded at 4 visits over 5 months (May-Oct 2026); ECG, 48-h Holter, echo, TSH and electrolytes all normal; no explanatory diagnosis, symptoms worsening."


# ---------------- PSNW near miss: fatigue/polyuria explained by new type 2 diabetes
def psnw_nm_a(c):
    doc, prom = fqhc_base(c, ("Guadalupe", "Sandoval Ortiz", "female", "1976-11-02", "VDS-3390115"))
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder"), text="Hipertension"), "2021-04-12")
    fat = c.cond(cc((SCT, "84229001", "Fatigue"), (ICD, "R53.83", "Other fatigue"), text="Cansancio"), "2026-06-04", clinical="resolved", abate="2026-10-15")
    poly = c.cond(cc((SCT, "28442001", "Polyuria"), (ICD, "R35.8", "Other polyuria"), text="Orina mucho"), "2026-06-04", clinical="resolved", abate="2026-10-15")
    encs = []
    for i, d in enumerate(["2026-06-04", "2026-07-16", "2026-08-27", "2026-10-15"]):
        e = c.enc(d, "Visita medica", pract=doc)
        encs.append(e)
        c.vitals(d, [132, 130, 128, 126][i], [82, 80, 80, 78][i], 76, [88.2, 87.5, 86.9, 86.1][i], enc=e)
        if i < 3:
            c.obs(cc((SCT, "84229001", "Fatigue"), text="Cansancio"), d, cat="exam", enc=e, vstring="Refiere cansancio y sed, orina frecuente")
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-06-04", 108, "mg/dL", 70, 99, enc=encs[0])
    c.lab("3016-3", "TSH", "2026-06-04", 2.4, "m[IU]/L", 0.4, 4.0, enc=encs[0])
    c.lab("718-7", "Hemoglobin", "2026-06-04", 13.2, "g/dL", 12.0, 15.5, enc=encs[0])
    a1c = c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-08-27", 8.4, "%", 4.0, 5.6, enc=encs[2])
    dm = c.cond(cc((ICD, "E11.65", "Type 2 diabetes mellitus with hyperglycemia"), (SCT, "44054006", "Diabetes mellitus type 2"), text="Diabetes tipo 2"), "2026-08-27",
                note="Diagnostico nuevo. Explica sed, poliuria y cansancio.")
    c.medreq(med("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2026-08-27", dosage="1 tableta dos veces al dia con comida", reason=dm, requester=doc)
    c.medreq(med("314076", "lisinopril 10 MG Oral Tablet"), "2025-01-10", dosage="1 tableta diaria", requester=doc)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-11-19", 7.1, "%", 4.0, 5.6)
    c.note("2026-10-15", "Nota de seguimiento - registro de diabetes", "Paciente de 50 anos incluida en el registro de diabetes. Desde que inicio metformina ya no tiene sed, orina normal y el cansancio mejoro mucho. "
           "Glucosas en casa 110-140. Clase de nutricion con promotora completada. Plan: A1c en noviembre.", author=doc, enc=encs[3])
    c.note("2026-09-10", "Promotora - educacion diabetes", "Sesion de educacion en diabetes (grupo). Paciente asistio con su hija. Se entrego glucometro.", author=prom)
    return "Fatigue/polyuria recorded on 3 dates over 12 weeks with mostly normal labs, but HbA1c 8.4% led to a type 2 diabetes diagnosis that explains them; symptoms resolved on metformin."


# ---------------- DSM positive: 'viral infection unspecified' label, months of fever (brucellosis picture)
def dsm_pos_a(c):
    doc, prom = fqhc_base(c, ("Jose Angel", "Mendivil", "male", "1993-01-22", "RG-0077312"), prov=("Hector", "Garza", "MD", "Family medicine"), cov=None)
    c.cond(cc((ICD, "J45.20", "Mild intermittent asthma, uncomplicated"), text="Asma leve intermitente"), "2012-05-01")
    vir = c.cond(cc((ICD, "B34.9", "Viral infection, unspecified"), text="Infeccion viral"), "2026-07-14", recorded="2026-07-14",
                 note="Fiebre, dolor de cuerpo. Probable virus.")
    dates = ["2026-07-14", "2026-08-11", "2026-09-22", "2026-11-03"]
    encs = []
    for i, d in enumerate(dates):
        e = c.enc(d, "Visita medica", pract=doc, reason=cc(text="Fiebre y dolor de cuerpo"))
        encs.append(e)
        c.vitals(d, 118, 72, [96, 92, 98, 94][i], [72.0, 70.1, 68.4, 66.9][i], enc=e, temp=[38.4, 37.9, 38.6, 38.2][i])
    c.obs(cc((SCT, "161859009", "Night sweats"), text="Sudores nocturnos"), "2026-09-22", cat="exam", enc=encs[2], vstring="Sudores de noche casi diario, tiene que cambiar camisa")
    c.obs(cc((SCT, "57676002", "Joint pain"), text="Dolor de rodilla y espalda baja"), "2026-11-03", cat="exam", enc=encs[3], vstring="Artralgia rodilla izquierda y dolor sacroiliaco")
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-09-22", 3.4, "10*3/uL", 4.0, 10.5, enc=encs[2])
    c.lab("718-7", "Hemoglobin", "2026-09-22", 12.4, "g/dL", 13.5, 17.5, enc=encs[2])
    c.lab("1742-6", "Alanine aminotransferase", "2026-09-22", 88, "U/L", 7, 55, enc=encs[2])
    c.lab("1988-5", "C reactive protein", "2026-11-03", 34, "mg/L", 0, 10, enc=encs[3])
    c.obs(cc((LNC, "94500-6", "SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection")), "2026-07-14", vcc=cc((SCT, "260385009", "Negative")), interp="NEG", enc=encs[0])
    c.obs(cc((LNC, "80382-5", "Influenza virus A Ag [Presence] in Upper respiratory specimen by Rapid immunoassay")), "2026-07-14", vcc=cc((SCT, "260385009", "Negative")), interp="NEG", enc=encs[0])
    c.obs(cc(text="Exposicion alimentaria y ocupacional"), "2026-09-22", cat="social-history",
          vstring="Come queso fresco sin pasteurizar que trae su suegra de Tamaulipas; ayuda con cabras los fines de semana")
    c.medreq(med("308182", "amoxicillin 500 MG Oral Capsule"), "2026-08-11", status="completed", dosage="500 mg tres veces al dia x 10 dias", requester=doc)
    c.medreq(med(None, "acetaminofen 500 mg tableta"), "2026-07-14", dosage="1-2 tabletas cada 6 h si hay fiebre", requester=doc)
    c.medreq(med("745679", "albuterol 0.09 MG/ACTUAT Metered Dose Inhaler"), "2025-03-01", dosage="2 inhalaciones cada 4-6 h prn", requester=doc)
    c.note("2026-11-03", "Nota de seguimiento", "Hombre de 33 anos con fiebre intermitente desde julio, sudores nocturnos, perdida de 5 kg, ahora dolor de rodilla izquierda y sacroiliaco. "
           "Diagnostico en el expediente: infeccion viral. Amoxicilina en agosto sin mejoria. Leucopenia leve, ALT elevada, PCR 34. "
           "Sigue con el mismo diagnostico de virus. Plan: seguir con acetaminofen, control en 1 mes.", author=doc, enc=encs[3])
    c.note("2026-10-05", "Promotora - llamada", "Llamada de seguimiento por promotora. Sigue con fiebre en la tarde, no ha podido trabajar en la bodega. Pregunta si puede ser algo del queso que come.", author=prom)
    return "'Viral infection, unspecified' (B34.9) active since July 2026 (>90 days) while fever, night sweats, 5 kg weight loss, arthralgia, leukopenia and raised ALT/CRP continue; the label explains none of the persisting findings."


# ---------------- DSM near miss: R53.83 fatigue only 6 weeks, workup in progress
def dsm_nm_a(c):
    doc, prom = fqhc_base(c, ("Alfredo", "Ybarra", "male", "1979-07-30", "VDS-5102448"))
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension"), text="Presion alta"), "2019-03-02")
    c.cond(cc((ICD, "M54.50", "Low back pain, unspecified"), text="Lumbalgia mecanica"), "2024-06-10", clinical="resolved", abate="2024-08-01")
    fat = c.cond(cc((ICD, "R53.83", "Other fatigue"), (SCT, "84229001", "Fatigue"), text="Fatiga"), "2026-10-20")
    e1 = c.enc("2026-10-20", "Visita medica", pract=doc)
    e2 = c.enc("2026-11-17", "Telesalud con medico", cls="VR", pract=doc)
    c.vitals("2026-10-20", 136, 84, 70, 92.4, enc=e1)
    c.lab("718-7", "Hemoglobin", "2026-10-20", 14.8, "g/dL", 13.5, 17.5, enc=e1)
    c.lab("3016-3", "TSH", "2026-10-20", 2.2, "m[IU]/L", 0.4, 4.0, enc=e1)
    c.lab("2345-7", "Glucose", "2026-10-20", 96, "mg/dL", 70, 99, enc=e1)
    c.lab("2160-0", "Creatinine", "2026-10-20", 0.9, "mg/dL", 0.7, 1.3, enc=e1)
    c.sr(cc((CPT, "95806", "Sleep study, unattended"), text="Estudio de sueno en casa"), "2026-11-17", occ="2026-12-09", requester=doc,
         note="Ronquidos fuertes, pausas observadas por esposa; STOP-BANG 5")
    c.medreq(med("197361", "amlodipine 5 MG Oral Tablet"), "2023-03-02", dosage="1 diaria", requester=doc)
    c.obs(cc(text="STOP-BANG score"), "2026-11-17", 5, "{score}", "{score}", cat="survey", enc=e2)
    c.note("2026-11-17", "Telesalud", "Cansancio de 6 semanas, trabaja turno de noche en empacadora. Laboratorios normales. Esposa reporta ronquidos y pausas al dormir. Se ordena estudio de sueno en casa. Control despues del estudio.", author=doc, enc=e2)
    return "Catch-all 'Other fatigue' (R53.83) recorded only six weeks ago (<90 days), with a sleep-apnoea work-up under way; not a persisting unexplained label."


# ---------------- MPP positive: carotid endarterectomy in preparation (Procedure.status=preparation)
def mpp_pos_a(c):
    doc, prom = fqhc_base(c, ("Eusebio", "Cardenas Lujan", "male", "1960-09-08", "RG-0021984"), prov=("Hector", "Garza", "MD", "Family medicine"),
                          cov=("Medicare Part B", "Medicare"))
    vs = c.pract("Anjali", "Raman", "MD", "Vascular surgery - Valley Regional Medical Center (partner hospital)")
    c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications"), text="Diabetes tipo 2"), "2015-01-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2012-01-01")
    tia = c.cond(cc((ICD, "G45.9", "Transient cerebral ischemic attack, unspecified"), (SCT, "266257000", "Transient ischemic attack"), text="Ataque isquemico transitorio"),
                 "2026-10-19", clinical="resolved", abate="2026-10-19", cat="encounter-diagnosis")
    cs = c.cond(cc((ICD, "I65.21", "Occlusion and stenosis of right carotid artery"), (SCT, "64586002", "Carotid artery stenosis"), text="Estenosis carotidea derecha 80%"), "2026-10-21")
    e1 = c.enc("2026-10-19", "Urgencias - Valley Regional (hospital asociado)", cls="EMER", end="2026-10-19T23:00:00-05:00")
    e2 = c.enc("2026-10-29", "Visita medica post-urgencias", pract=doc)
    e3 = c.enc("2026-11-12", "Telesalud cirugia vascular", cls="VR", pract=vs)
    c.vitals("2026-10-29", 138, 80, 72, 79, enc=e2)
    c.lab("4548-4", "Hemoglobin A1c", "2026-10-29", 7.0, "%", 4.0, 5.6, enc=e2)
    c.lab("13457-7", "Cholesterol in LDL [Mass/volume] in Serum or Plasma by calculation", "2026-10-29", 96, "mg/dL", 0, 99, enc=e2)
    c.dr(cc((LNC, "36940-9", "US Carotid arteries Doppler"), text="Duplex carotideo"), "2026-10-21", "Estenosis de ACI derecha 80-99% (VSP 310 cm/s), placa heterogenea. ACI izquierda <50%.")
    c.dr(cc(text="CTA head and neck"), "2026-10-28", "Right ICA origin stenosis approx. 80% by NASCET. No intracranial large-vessel occlusion.")
    c.proc(cc((CPT, "35301", "Thromboendarterectomy, including patch graft, if performed; carotid, vertebral, subclavian, by neck incision"),
              (SCT, "18674003", "Carotid endarterectomy"), text="Endarterectomia carotidea derecha"), None, status="preparation", reason=cs, performer=vs,
           note="Programada 2027-01-07 en Valley Regional Medical Center. Preoperatorio en proceso.")
    c.sr(cc((CPT, "93000", "Electrocardiogram, routine ECG with at least 12 leads"), text="ECG preoperatorio"), "2026-11-12", occ="2026-12-15", requester=vs)
    c.medreq(med("243670", "aspirin 81 MG Oral Tablet"), "2026-10-19", dosage="1 diaria", requester=doc)
    c.medreq(med("259255", "atorvastatin 80 MG Oral Tablet"), "2026-10-19", dosage="1 diaria en la noche", requester=doc)
    c.medreq(med("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2016-01-10", dosage="2 tabletas dos veces al dia", requester=doc)
    c.note("2026-11-12", "Telesalud - cirugia vascular", "66-year-old man, right hand weakness and slurred speech x 20 min on 10/19 (TIA). Duplex and CTA: right ICA 80% stenosis, symptomatic. "
           "Recommend right carotid endarterectomy. Consent discussed via Spanish interpreter. Surgery scheduled 01/07/2027 at Valley Regional. Pre-op ECG and labs ordered.", author=vs, enc=e3, typ=("11488-4", "Consult note"))
    return "Symptomatic 80% right carotid stenosis after TIA; right carotid endarterectomy (CPT 35301) recorded as Procedure status 'preparation', scheduled 2027-01-07 at the partner hospital."


# ---------------- UP positive: decompensated cirrhosis, told no options, palliative referral
def up_pos_a(c):
    doc, prom = fqhc_base(c, ("Refugio", "Alvarado Nunez", "male", "1968-04-19", "VDS-2205581"), cov=None)
    hep = c.pract("Daniel", "Okafor", "MD", "Hepatology - Tucson partner hospital telehealth")
    cir = c.cond(cc((ICD, "K70.31", "Alcoholic cirrhosis of liver with ascites"), (SCT, "420054005", "Alcoholic cirrhosis"), text="Cirrosis hepatica alcoholica con ascitis"), "2024-11-05")
    c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications"), text="Diabetes tipo 2"), "2018-02-01")
    c.cond(cc((ICD, "F10.21", "Alcohol dependence, in remission"), text="Dependencia de alcohol en remision (sobrio desde 2024)"), "2024-11-05")
    c.cond(cc((ICD, "K72.90", "Hepatic failure, unspecified without coma"), text="Encefalopatia hepatica episodica"), "2026-06-02", clinical="resolved", abate="2026-06-10", cat="encounter-diagnosis")
    e_adm = c.enc("2026-06-02", "Hospitalizacion - encefalopatia hepatica", cls="IMP", end="2026-06-10")
    e1 = c.enc("2026-09-15", "Telesalud hepatologia", cls="VR", pract=hep)
    e2 = c.enc("2026-10-28", "Visita medica", pract=doc)
    for d, bil, alb, inr, cr, na in [("2026-06-09", 4.1, 2.6, 1.9, 1.3, 131), ("2026-10-28", 4.6, 2.5, 2.0, 1.4, 130)]:
        c.lab("1975-2", "Bilirubin.total", d, bil, "mg/dL", 0.2, 1.2)
        c.lab("1751-7", "Albumin", d, alb, "g/dL", 3.5, 5.0)
        c.lab("6301-6", "INR", d, inr, "{INR}", 0.9, 1.1)
        c.lab("2160-0", "Creatinine", d, cr, "mg/dL", 0.7, 1.3)
        c.lab("2951-2", "Sodium", d, na, "mmol/L", 135, 145)
    c.obs(cc(text="MELD-Na score"), "2026-10-28", 24, "{score}", "{score}", cat="survey")
    c.medreq(med("313988", "furosemide 40 MG Oral Tablet"), "2025-01-10", dosage="1 diaria", requester=doc)
    c.medreq(med("313096", "spironolactone 100 MG Oral Tablet"), "2025-01-10", dosage="1 diaria", requester=doc)
    c.medreq(med("197807", "lactulose 10 GM/15ML Oral Solution"), "2026-06-10", dosage="30 mL 2-3 veces al dia", requester=doc)
    c.medreq(med("198211", "rifaximin 550 MG Oral Tablet"), "2026-06-10", dosage="1 dos veces al dia", requester=doc)
    c.sr(cc((SCT, "306237005", "Referral to palliative care service"), text="Referencia a cuidados paliativos"), "2026-10-28", status="active", intent="order",
         reason=cir, requester=doc, performer=hep)
    c.note("2026-09-15", "Telehealth hepatology consult", "58-year-old with alcohol-associated cirrhosis, Child-Pugh C, MELD-Na 24, refractory ascites needing paracentesis every 3 weeks. Sober since 11/2024. "
           "Uninsured, no transplant center will evaluate without coverage. Not a candidate for TIPS given HE. No further treatment options beyond supportive care; recommend palliative care and goals-of-care discussion.",
           author=hep, enc=e1, typ=("11488-4", "Consult note"))
    c.note("2026-10-28", "Nota de seguimiento", "Paciente y esposa informados por hepatologia que no hay mas tratamiento para el higado y que no es candidato a trasplante por falta de seguro. "
           "Se refiere a cuidados paliativos. Esposa pregunta si otro hospital podria evaluarlo. Sigue sobrio, asiste a AA en espanol.", author=doc, enc=e2)
    return "Decompensated alcohol-associated cirrhosis; hepatology note says no further treatment options and not a transplant candidate (uninsured); palliative care referral active, no second opinion on record."


# ---------------- UP near miss: 'no requiere mas tratamiento' after cured hepatitis C
def up_nm_a(c):
    doc, prom = fqhc_base(c, ("Maria Elena", "Robles", "female", "1971-12-05", "RG-0049920"), prov=("Hector", "Garza", "MD", "Family medicine"))
    hcv = c.cond(cc((ICD, "B18.2", "Chronic viral hepatitis C"), (SCT, "128302006", "Chronic hepatitis C"), text="Hepatitis C cronica"), "2025-09-03",
                 clinical="resolved", abate="2026-08-20", note="RVS12 alcanzada 08/2026")
    c.cond(cc((ICD, "E66.9", "Obesity, unspecified"), text="Obesidad"), "2018-01-01")
    c.cond(cc((ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis"), text="Reflujo"), "2020-05-01")
    for i, d in enumerate(["2026-02-10", "2026-05-12", "2026-08-20"]):
        e = c.enc(d, "Clinica de hepatitis C - visita", pract=doc)
        c.vitals(d, 122, 76, 74, 94 - i, enc=e)
    c.obs(cc((LNC, "11011-4", "Hepatitis C virus RNA [Units/volume] (viral load) in Serum or Plasma by NAA with probe detection")), "2026-02-10", 1850000, "[IU]/mL", interp="H")
    c.obs(cc((LNC, "11011-4", "Hepatitis C virus RNA [Units/volume] (viral load) in Serum or Plasma by NAA with probe detection")), "2026-08-20", vstring="Not detected", interp="N")
    c.lab("1742-6", "ALT", "2026-08-20", 22, "U/L", 7, 35)
    c.obs(cc(text="Elastografia hepatica (FibroScan) kPa"), "2026-02-10", 6.1, "kPa", "kPa", cat="procedure", interp="N", note="F0-F1")
    c.medreq(med("1940261", "sofosbuvir 400 MG / velpatasvir 100 MG Oral Tablet"), "2026-02-10", status="completed", dosage="1 diaria x 12 semanas", reason=hcv, requester=doc)
    c.medreq(med("198051", "omeprazole 20 MG Delayed Release Oral Capsule"), "2021-01-01", dosage="1 diaria", requester=doc)
    c.note("2026-08-20", "Nota - clinica de hepatitis C", "Carga viral indetectable 12 semanas despues del tratamiento (RVS12). Hepatitis C curada. No requiere mas tratamiento. "
           "Fibrosis minima, no necesita vigilancia de cancer de higado. Continuar control en clinica primaria.", author=doc)
    return "Note says 'no requiere mas tratamiento', but because hepatitis C was cured (SVR12) with minimal fibrosis; no incurable condition, no palliative plan."


# ---------------- HIT positive: haemodialysis start planned
def hit_pos_a(c):
    doc, prom = fqhc_base(c, ("Aurelio", "Tapia", "male", "1969-02-11", "VDS-1187732"), cov=("Arizona Medicaid (AHCCCS) - emergency services + ESRD", "Medicaid"))
    neph = c.pract("Sofia", "Ledesma", "MD", "Nephrology - partner hospital")
    c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), text="Diabetes tipo 2 con nefropatia"), "2010-06-01")
    c.cond(cc((ICD, "I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease"), text="Hipertension con ERC"), "2014-06-01")
    ckd = c.cond(cc((ICD, "N18.5", "Chronic kidney disease, stage 5"), (SCT, "433146000", "Chronic kidney disease stage 5"), text="Enfermedad renal cronica etapa 5"), "2025-12-01")
    c.cond(cc((ICD, "D63.1", "Anemia in chronic kidney disease"), text="Anemia por ERC"), "2025-12-01")
    e1 = c.enc("2026-08-18", "Telesalud nefrologia", cls="VR", pract=neph)
    e2 = c.enc("2026-10-06", "Cirugia ambulatoria - acceso vascular", pract=neph)
    e3 = c.enc("2026-11-17", "Telesalud nefrologia", cls="VR", pract=neph)
    for d, eg, k, cr in [("2026-05-12", 10, 5.0, 5.9), ("2026-08-18", 9, 5.2, 6.3), ("2026-11-17", 9, 5.3, 6.4)]:
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, eg, "mL/min/{1.73_m2}", 60, None)
        c.lab("2823-3", "Potassium", d, k, "mmol/L", 3.5, 5.1)
        c.lab("2160-0", "Creatinine", d, cr, "mg/dL", 0.7, 1.3)
    c.lab("718-7", "Hemoglobin", "2026-11-17", 9.8, "g/dL", 13.5, 17.5)
    c.proc(cc((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site"), text="Fistula arteriovenosa radiocefalica izquierda"), "2026-10-06", reason=ckd, performer=neph, enc=e2)
    c.sr(cc((CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
            (SCT, "302497006", "Hemodialysis"), text="Inicio de hemodialisis en centro, 3 veces por semana"), "2026-11-17", occ="2027-01-11", reason=ckd, requester=neph,
       note="Fistula madura en ultrasonido 11/2026. Inicio programado 11 de enero 2027, unidad de dialisis Nogales.")
    c.careplan("Plan de terapia de reemplazo renal", cc((SCT, "736285004", "Hemodialysis care plan"), text="Plan de hemodialisis"), "2026-11-17", addresses=[ckd], author=neph,
               desc="Hemodialisis en centro lunes/miercoles/viernes a partir de enero 2027; evaluacion de trasplante renal pendiente de cobertura.")
    c.medreq(med(None, "epoetin alfa 10,000 units/mL injection"), "2026-05-12", dosage="10,000 unidades SC semanal", requester=neph)
    c.medreq(med("979485", "losartan potassium 25 MG Oral Tablet"), "2022-01-01", dosage="1 diaria", requester=doc)
    c.medreq(med(None, "insulina glargina 100 unidades/mL"), "2023-01-01", dosage="18 unidades en la noche", requester=doc)
    c.note("2026-11-17", "Telehealth nephrology", "57M with diabetic/hypertensive CKD 5, eGFR 9, uremic symptoms: nausea, pruritus, poor appetite. Left RC-AVF created 10/06 is mature. "
           "Plan: start in-center hemodialysis 3x/week on 01/11/2027. Patient works in irrigation; worried about losing job. Discussed schedule and peritoneal dialysis alternative.", author=neph, enc=e3, typ=("11488-4", "Consult note"))
    return "CKD stage 5 with a mature AV fistula and in-center haemodialysis (CPT 90935) ordered to start 2027-01-11; a planned high-impact treatment (dialysis). eGFR stable 10→9 (no worsening beyond MCID)."


# ---------------- HIT near miss: CKD 3b, nephrology says dialysis not needed
def hit_nm_a(c):
    doc, prom = fqhc_base(c, ("Tomasa", "Villalobos", "female", "1966-08-23", "RG-0063301"), prov=("Hector", "Garza", "MD", "Family medicine"))
    neph = c.pract("Sofia", "Ledesma", "MD", "Nephrology - partner hospital")
    c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2016-01-01")
    ckd = c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b"), text="ERC etapa 3b"), "2024-03-01")
    c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2014-01-01")
    for d, eg in [("2026-02-10", 38), ("2026-06-09", 37), ("2026-10-13", 38)]:
        e = c.enc(d, "Visita medica - registro de diabetes", pract=doc)
        c.lab("98979-8", "eGFR CKD-EPI 2021", d, eg, "mL/min/{1.73_m2}", 60, None, enc=e)
        c.lab("4548-4", "Hemoglobin A1c", d, 7.0, "%", 4.0, 5.6, enc=e)
        c.vitals(d, 128, 76, 72, 77, enc=e)
    c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", "2026-10-13", 120, "mg/g", 0, 30)
    e4 = c.enc("2026-11-03", "Telesalud nefrologia", cls="VR", pract=neph)
    c.medreq(med("1545658", "empagliflozin 10 MG Oral Tablet"), "2025-05-01", dosage="1 diaria", requester=doc)
    c.medreq(med("979485", "losartan potassium 50 MG Oral Tablet"), "2024-03-01", dosage="1 diaria", requester=doc)
    c.medreq(med("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2016-01-01", dosage="1 dos veces al dia", requester=doc)
    c.note("2026-11-03", "Telehealth nephrology", "CKD 3b, eGFR stable 37-38 for 12 months on SGLT2i + ARB. UACR 120. No indication for dialysis; discussed that dialysis is not expected in the near term. "
           "Continue current regimen, labs every 4 months.", author=neph, enc=e4, typ=("11488-4", "Consult note"))
    c.note("2026-11-04", "Promotora", "Paciente pregunto si va a necesitar dialisis como su hermano. Se explico lo que dijo la nefrologa: por ahora no. Se reforzo dieta baja en sal.", author=prom)
    return "Dialysis is mentioned only to say it is not indicated: stable CKD 3b on SGLT2 inhibitor/ARB; no high-impact treatment planned or started."


# ---------------- PRC positive: Spanish portal message asking for another doctor's opinion
def prc_pos_a(c):
    doc, prom = fqhc_base(c, ("Yesenia", "Carrillo", "female", "1980-05-17", "VDS-6620019"))
    dm = c.cond(cc((ICD, "E11.65", "Type 2 diabetes mellitus with hyperglycemia"), text="Diabetes tipo 2"), "2019-09-01")
    c.cond(cc((ICD, "E03.9", "Hypothyroidism, unspecified"), text="Hipotiroidismo"), "2017-01-01")
    c.cond(cc((ICD, "O24.410", "Gestational diabetes mellitus in pregnancy, diet controlled"), text="Diabetes gestacional"), "2012-03-01", clinical="resolved", abate="2012-09-30")
    for d, a in [("2026-03-10", 8.2), ("2026-07-14", 8.0), ("2026-11-10", 8.1)]:
        e = c.enc(d, "Visita medica - registro de diabetes", pract=doc)
        c.lab("4548-4", "Hemoglobin A1c", d, a, "%", 4.0, 5.6, enc=e)
        c.vitals(d, 126, 78, 76, 84, enc=e)
    c.lab("3016-3", "TSH", "2026-07-14", 2.1, "m[IU]/L", 0.4, 4.0)
    c.medreq(med("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2019-09-01", dosage="2 tabletas dos veces al dia", requester=doc)
    c.medreq(med("310488", "glipizide 10 MG Oral Tablet"), "2022-01-01", dosage="1 diaria", requester=doc)
    c.medreq(med("966222", "levothyroxine sodium 0.075 MG Oral Tablet"), "2017-01-01", dosage="1 diaria", requester=doc)
    c.medreq(med(None, "insulina glargina 100 unidades/mL pluma"), "2026-11-10", status="draft", dosage="10 unidades en la noche", reason=dm, requester=doc)
    c.comm("2026-11-14", "Buenas tardes. En mi ultima cita la enfermera practicante me dijo que ya tengo que empezar insulina y siento que no me escucho: le dije que llevo 2 meses "
           "trabajando doble turno en la empacadora y comiendo mal, y que quiero intentar otra cosa primero. Quisiera una segunda opinion con otro medico antes de empezar la insulina. Gracias. - Yesenia",
           recipient=doc, topic="Mensaje del portal del paciente")
    c.comm("2026-11-15", "Recibimos su mensaje. Lo pasamos a la coordinadora de citas.", sender=ref(prom), recipient=None, topic="Respuesta")
    c.note("2026-11-10", "Nota - registro de diabetes", "A1c 8.1, sin mejoria en 8 meses con metformina + glipizida. Se recomienda insulina basal. Paciente no esta de acuerdo, prefiere cambiar dieta. Se le dio educacion.", author=doc)
    return "Patient-authored portal Communication (Spanish) explicitly asks for a second opinion from another doctor before starting insulin; A1c flat (8.2→8.1), no other criterion."


# ---------------- WDT positive: GAD-7 rising on sertraline throughout
def wdt_pos_a(c):
    doc, prom = fqhc_base(c, ("Marisol", "Encinas", "female", "1986-10-09", "RG-0080457"), prov=("Hector", "Garza", "MD", "Family medicine"), cov=None)
    bh = c.pract("Irene", "Saucedo", "LCSW", "Behavioral health - integrated care")
    gad = c.cond(cc((ICD, "F41.1", "Generalized anxiety disorder"), (SCT, "21897009", "Generalized anxiety disorder"), text="Trastorno de ansiedad generalizada"), "2025-06-03")
    c.cond(cc((ICD, "K29.70", "Gastritis, unspecified, without bleeding"), text="Gastritis"), "2025-02-01", clinical="resolved", abate="2025-05-01")
    c.cond(cc((ICD, "E66.3", "Overweight"), text="Sobrepeso"), "2020-01-01")
    c.medreq(med("312940", "sertraline 50 MG Oral Tablet"), "2025-06-03", status="completed", dosage="1 diaria", reason=gad, requester=doc, end="2026-03-01")
    c.medreq(med("312941", "sertraline 100 MG Oral Tablet"), "2026-03-01", dosage="1 diaria", reason=gad, requester=doc, note="Aumento de dosis; adherencia confirmada por farmacia 340B")
    c.medstmt(med("312941", "sertraline 100 MG Oral Tablet"), "2026-03-01", reason=gad, note="Surtido mensual puntual en farmacia del centro")
    scores = [("2026-04-07", 9), ("2026-06-30", 12), ("2026-09-08", 15), ("2026-11-10", 17)]
    for d, s in scores:
        e = c.enc(d, "Salud conductual integrada - sesion", pract=bh)
        c.obs(cc((LNC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7 total"), d, s, "{score}", "{score}", cat="survey", enc=e,
              rr_text="0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe")
    for d, s in [("2026-04-07", 6), ("2026-11-10", 8)]:
        c.obs(cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9"), d, s, "{score}", "{score}", cat="survey")
    c.vitals("2026-11-10", 118, 74, 84, 71)
    c.lab("3016-3", "TSH", "2026-06-30", 1.6, "m[IU]/L", 0.4, 4.0)
    c.note("2026-11-10", "Nota de salud conductual", "Paciente de 40 anos, TAG desde 2025. Sertralina 100 mg diaria desde marzo, la toma todos los dias (confirma farmacia). Terapia breve cada 6-8 semanas. "
           "GAD-7 subio de 9 en abril a 17 hoy. Mas preocupacion por estatus migratorio de su esposo y por su hijo. Dificultad para dormir, tension muscular. Sin ideacion suicida.", author=bh)
    return "GAD-7 rose 9→12→15→17 from April to November 2026 (+8, above the ~4-point MCID, >90 days, 4 values) while sertraline 100 mg was active and dispensed throughout."


# ---------------- WDT near miss: A1c rising while metformin lapsed
def wdt_nm_a(c):
    doc, prom = fqhc_base(c, ("Crisanto", "Beltran", "male", "1971-01-28", "VDS-7731005"), cov=None)
    dm = c.cond(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications"), (SCT, "44054006", "Diabetes mellitus type 2"), text="Diabetes tipo 2"), "2021-05-01")
    c.cond(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2021-05-01")
    for d, a in [("2026-03-03", 7.4), ("2026-06-16", 8.0), ("2026-09-29", 8.9)]:
        e = c.enc(d, "Visita medica - registro de diabetes", pract=doc)
        c.lab("4548-4", "Hemoglobin A1c", d, a, "%", 4.0, 5.6, enc=e)
        c.vitals(d, 128, 78, 74, 90, enc=e)
    c.medreq(med("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2021-05-01", status="stopped", dosage="2 tabletas dos veces al dia", reason=dm, requester=doc, end="2026-04-20",
             note="Paciente sin medicamento desde abril: trabajo temporal en Washington (cosecha de manzana), sin farmacia")
    c.medreq(med("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2026-09-29", dosage="2 tabletas dos veces al dia", reason=dm, requester=doc)
    c.medreq(med("617311", "atorvastatin 40 MG Oral Tablet"), "2021-05-01", dosage="1 diaria", requester=doc)
    c.note("2026-09-29", "Nota - registro de diabetes", "Regreso de temporada de cosecha en Washington (abril-septiembre). No tomo metformina desde fines de abril, no encontro clinica. A1c 8.9. "
           "Se reinicia metformina. Referido al programa de salud para trabajadores migrantes para surtido en otros estados.", author=doc)
    c.note("2026-10-20", "Promotora", "Llamada: ya esta tomando la metformina, glucosas 140-170 en ayunas.", author=prom)
    return "HbA1c rose 7.4→8.9 but metformin was not taken from April to late September (migrant season); treatment was not active throughout the decline."


# ---------------- RCC positive (complexity): >=5 chronic conditions across >=3 specialties
def rcc_pos_a(c):
    doc, prom = fqhc_base(c, ("Nicanor", "Olivas Paredes", "male", "1958-06-30", "RG-0012276"), prov=("Hector", "Garza", "MD", "Family medicine"), cov=("Medicare Advantage - Rio Grande", "Medicare"))
    conds = [
        cc((ICD, "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"), text="Diabetes tipo 2 con neuropatia"),
        cc((ICD, "I50.22", "Chronic systolic (congestive) heart failure"), (SCT, "441481004", "Chronic systolic heart failure"), text="Insuficiencia cardiaca FEVI 35%"),
        cc((ICD, "N18.31", "Chronic kidney disease, stage 3a"), text="ERC 3a"),
        cc((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified"), text="EPOC (humo de quema de cana y tabaco)"),
        cc((ICD, "M1A.0710", "Idiopathic chronic gout, right ankle and foot, without tophus"), text="Gota cronica"),
        cc((ICD, "I48.20", "Chronic atrial fibrillation, unspecified"), text="Fibrilacion auricular permanente"),
    ]
    onsets = ["2008-01-01", "2022-04-01", "2023-01-01", "2019-01-01", "2016-01-01", "2022-04-01"]
    cs = [c.cond(k, o) for k, o in zip(conds, onsets)]
    c.cond(cc((ICD, "J18.9", "Pneumonia, unspecified organism"), text="Neumonia"), "2025-01-10", clinical="resolved", abate="2025-02-01", cat="encounter-diagnosis")
    for d in ["2026-05-05", "2026-08-11", "2026-11-03"]:
        e = c.enc(d, "Visita medica - manejo de cronicos", pract=doc)
        c.vitals(d, 124, 72, 74, 86, enc=e)
    c.lab("4548-4", "Hemoglobin A1c", "2026-11-03", 7.2, "%", 4.0, 5.6)
    c.lab("98979-8", "eGFR CKD-EPI 2021", "2026-11-03", 52, "mL/min/{1.73_m2}", 60, None)
    c.lab("33762-6", "NT-proBNP", "2026-11-03", 640, "pg/mL", 0, 125)
    c.lab("3084-1", "Urate", "2026-11-03", 5.8, "mg/dL", 3.5, 7.2)
    for rx, nm in [("866436", "metoprolol succinate 50 MG Extended Release Oral Tablet"), ("1656340", "sacubitril 49 MG / valsartan 51 MG Oral Tablet"),
                   ("1545658", "empagliflozin 10 MG Oral Tablet"), ("1364430", "apixaban 5 MG Oral Tablet"), ("197319", "allopurinol 100 MG Oral Tablet"),
                   (None, "tiotropio 2.5 mcg inhalador Respimat"), (None, "insulina glargina 100 unidades/mL")]:
        c.medreq(med(rx, nm), "2025-06-01", requester=doc)
    for sp, d in [("Cardiologia (telesalud, hospital asociado)", "2026-09-09"), ("Nefrologia (telesalud)", "2026-07-21"), ("Neumologia", "2026-06-15")]:
        c.enc(d, sp, cls="VR")
    c.note("2026-11-03", "Nota - manejo de cronicos", "68 anos, ex-cortador de cana. ICC FEVI 35%, FA permanente anticoagulado, DM2 con neuropatia, ERC 3a, EPOC GOLD 2, gota. "
           "Lo siguen cardiologia, nefrologia y neumologia por telesalud; 14 medicamentos. Estable hoy. Promotora ayuda con pastillero semanal.", author=doc)
    return "Six active chronic conditions (diabetes, HFrEF, CKD 3a, COPD, chronic gout, permanent AF) managed across endocrine/primary care, cardiology, nephrology, pulmonology and rheumatology: complexity threshold met."
