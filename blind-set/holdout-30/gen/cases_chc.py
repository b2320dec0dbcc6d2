"""Community health centre serving migrants and refugees (interpreters, multilingual notes)."""
from fhirlib import *

NPI = "http://hl7.org/fhir/sid/us-npi"
PN = cc((LNC, "11506-3", "Progress note"))


def chc_setup(c, clinic, pt, lang, interp_lang, payer=("Medicaid", "Medicaid"), city="Philadelphia", state="PA", screening=True, first="2025-01-01"):
    cl = c.org(clinic, ("prov", "Healthcare Provider"), {"system": NPI, "value": pt["org_npi"]}, city, state, "US", slug="org-chc")
    pay = c.org(payer[0], ("pay", "Payer"), None, slug="org-payer")
    doc = c.prac(pt["prov"][0], pt["prov"][1], ident={"system": NPI, "value": pt["prov"][2]}, qual=pt["prov"][3], slug="pr-pcp")
    itp = c.prac(pt["interp"][0], pt["interp"][1], prefix=None, qual=f"Certified medical interpreter ({interp_lang})", slug="pr-interp")
    c.pat(pt["given"], pt["family"], pt["gender"], pt["dob"],
          us_ids(pt["mrn"], f"urn:oid:2.16.840.1.113883.3.{pt['oid']}.1"), lang=lang, interp=True, city=city, state=state, country="US",
          postal=pt.get("zip"), gp=doc, org=cl, marital=pt.get("marital"),
          extra={"extension": [{"url": "http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired", "valueBoolean": True},
                               {"url": "http://hl7.org/fhir/StructureDefinition/patient-birthPlace", "valueAddress": {"country": pt["birth"]}}]})
    c.cov(pay, cc((ACT, "SUBSIDIZ", "subsidized health program"), text=payer[1]), pt["member"], first)
    if screening:
        d = pt.get("screen_date", first)
        c.obs(cc((LNC, "71773-6", "M tuberculosis stimulated gamma interferon [Presence] in Blood"), text="QuantiFERON-TB Gold Plus"), d,
              vcc=cc((SCT, "260385009", "Negative")), interp="NEG")
        c.obs(cc((LNC, "5196-1", "Hepatitis B virus surface Ag [Presence] in Serum")), d, vcc=cc((SCT, "260385009", "Negative")), interp="NEG")
        c.obs(cc((LNC, "56888-1", "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay")), d, vcc=cc((SCT, "260385009", "Negative")), interp="NEG")
    return cl, doc, itp


def rx(text, code=None, name=None):
    return cc((RX, code, name), text=text) if code else txt(text)


def chc_dyspnea(cid):
    c = Case(cid, "https://fhir.casadesalud-chc.example.org/r4")
    cl, doc, itp = chc_setup(c, "Casa de Salud Community Health Center",
                             dict(given="Lourdes", family="Mejía Cárcamo", gender="female", dob="1985-04-18", mrn="CDS-118274", oid="8812", org_npi="1295001873",
                                  prov=("Rachel", "Goldberg", "1184450092", "MD, Internal Medicine"), interp=("Ana", "Villalobos"), birth="HN",
                                  member="PA-MA-7711920334", screen_date="2025-11-04", zip="19133", marital=("M", "Married")),
                             ("es", "Spanish"), "Spanish")
    dys = c.cond(cc((SCT, "60845006", "Dyspnea on exertion"), (ICD, "R06.09", "Other forms of dyspnea")), "2026-06-02", asserter=doc,
                 note="Falta de aire al subir escaleras y al caminar rápido; empezó en mayo 2026.")
    c.cond(cc((SCT, "444814009", "Viral sinusitis")), "2025-12-02", status="resolved", abate="2025-12-20")
    visits = [("2026-06-02", "Primera visita por falta de aire al esfuerzo (2 cuadras). Sin dolor de pecho, sin tos, sin fiebre. Examen normal. SpO2 98%. Plan: CBC, TSH, BMP, radiografía de tórax, ECG."),
              ("2026-07-21", "Persiste disnea al esfuerzo. Resultados todos normales (Hb 13.4, TSH 1.8, Rx tórax normal, ECG normal). Se ordena espirometría y BNP."),
              ("2026-09-15", "Sigue igual, ahora también palpitaciones ocasionales al esfuerzo. Espirometría normal, BNP 32. Ecocardiograma ordenado. Paciente dice 'me dicen que todo está bien pero no puedo subir las escaleras del trabajo'."),
              ("2026-11-10", "Ecocardiograma normal (FEVI 63%, sin hipertensión pulmonar estimada). Ferritina normal. Disnea persiste y empeora levemente, ya no puede cargar a su hija escaleras arriba. Sin diagnóstico hasta ahora. Plan: seguir observando.")]
    for d, note in visits:
        e = c.enc(d, typ="Visita de seguimiento / Follow-up visit", reason_ref=dys, prac=[doc, itp], org=cl)
        c.vitals(d, e, sbp=116, dbp=72, hr=84, spo2=98)
        c.obs(cc((SCT, "60845006", "Dyspnea on exertion")), d, cat="exam", enc=e, vcc=cc((SCT, "52101004", "Present")), note="MRC dyspnoea grade 2")
        c.doc(PN, d, f"Nota de progreso (intérprete: Ana Villalobos). {note}", author=doc, enc=e, lang="es")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-06-05", 13.4, "g/dL", "g/dL", lo=12.0, hi=15.5)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-05", 1.8, "m[IU]/L", "m[IU]/L", lo=0.4, hi=4.5)
    c.lab("30934-4", "Natriuretic peptide B [Mass/volume] in Serum or Plasma", "2026-07-24", 32, "pg/mL", "pg/mL", hi=100)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-10-30", 48, "ng/mL", "ng/mL", lo=15, hi=150)
    c.dr(cc((LNC, "36643-5", "XR Chest 2 Views")), "2026-06-09", performer=cl, conclusion="Normal chest radiograph.", cat=cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology")))
    c.dr(txt("Spirometry with bronchodilator"), "2026-08-20", performer=cl, conclusion="Normal spirometry: FEV1 96% predicted, FVC 98%, FEV1/FVC 0.81. No bronchodilator response.")
    c.dr(cc((LNC, "34552-0", "Cardiac 2D echo panel"), text="Transthoracic echocardiogram"), "2026-10-22", conclusion="Normal biventricular size and function, LVEF 63%. No valve disease. RVSP 24 mmHg. No pericardial effusion.")
    c.dr(cc((LNC, "11524-6", "EKG study")), "2026-06-02", conclusion="Normal sinus rhythm, 82 bpm. Normal ECG.")
    c.nka("2025-11-04")
    return c


def chc_cough_asthma(cid):
    c = Case(cid, "https://fhir.welcomehealth-refugee.example.org/R4", tz="-06:00")
    cl, doc, itp = chc_setup(c, "Welcome Health Refugee Clinic",
                             dict(given="Ahmad Zia", family="Noorzai", gender="male", dob="1990-02-01", mrn="WHR-0048817", oid="6603", org_npi="1609932271",
                                  prov=("Erin", "Lutz", "1992207745", "MD, Family Medicine"), interp=("Farida", "Sultani"), birth="AF",
                                  member="TX-MCD-55190274", screen_date="2026-03-10", zip="75243"),
                             ("prs", "Dari"), "Dari", city="Dallas", state="TX", first="2026-03-01")
    cough = c.cond(cc((SCT, "68154008", "Chronic cough"), (ICD, "R05.3", "Chronic cough")), "2026-06-08", status="resolved", abate="2026-10-20", asserter=doc)
    for d, note in [("2026-06-08", "Dry cough 6 weeks, worse at night and in cold air. No fever, weight stable. IGRA neg in March. CXR ordered."),
                    ("2026-07-20", "Cough persists, nocturnal. CXR normal. Trial of cetirizine for postnasal drip. Spirometry ordered."),
                    ("2026-09-01", "Cough continues, now with chest tightness on exertion and occasional wheeze. Spirometry: obstruction with significant bronchodilator reversibility (FEV1 +18%, +420 mL). FeNO 48 ppb. Dx: asthma. Start budesonide-formoterol."),
                    ("2026-10-20", "Cough much better on ICS-formoterol, sleeping through the night. ACT 22. Cough resolved.")]:
        e = c.enc(d, typ="Primary care visit (Dari interpreter in person)", prac=[doc, itp], org=cl)
        c.doc(PN, d, f"Welcome Health progress note {d}. Interpreter: F. Sultani (Dari). {note}", author=doc, enc=e)
    asth = c.cond(cc((SCT, "195967001", "Asthma"), (ICD, "J45.40", "Moderate persistent asthma, uncomplicated")), "2026-09-01", asserter=doc)
    c.dr(cc((LNC, "36643-5", "XR Chest 2 Views")), "2026-07-02", conclusion="Lungs clear. No hilar adenopathy. Normal heart size.")
    fev = c.obs(cc((LNC, "20150-9", "FEV1")), "2026-08-28", value=q(2.31, "L"), cat="procedure", interp="L", ref_range=(3.2, None, "L"),
                note="68% predicted pre-bronchodilator; post 2.73 L (+18%); FEV1/FVC 0.64 pre")
    c.obs(txt("Fractional exhaled nitric oxide (FeNO)"), "2026-08-28", value=q(48, "ppb", "[ppb]"), cat="procedure", interp="H", ref_range=(None, 25, "ppb", "[ppb]"))
    c.dr(txt("Spirometry pre/post bronchodilator"), "2026-08-28", results=[fev], conclusion="Moderate obstructive defect with significant bronchodilator response - consistent with asthma.")
    c.med_req(rx("budesonide 160 mcg / formoterol 4.5 mcg inhaler", "1246306", "budesonide / formoterol"), "active", "2026-09-01", dose="2 puffs twice daily and as needed", reason=asth, requester=doc)
    c.obs(cc((LNC, "82673-5", None), text="ACT (asthma control) total score"), "2026-10-20", vint=22, cat="survey")
    c.lab("711-2", "Eosinophils [#/volume] in Blood by Automated count", "2026-07-20", 0.45, "10*3/uL", lo=0.0, hi=0.5)
    c.nka("2026-03-10")
    return c


def chc_somatic_eos(cid):
    c = Case(cid, "https://fhir.sante-communautaire.example.org/fhir", tz="-05:00")
    cl, doc, itp = chc_setup(c, "Riverside Family & Refugee Health Center",
                             dict(given="Espérance", family="Mukendi", gender="female", dob="1988-07-12", mrn="RFR-220913", oid="4471", org_npi="1447120093",
                                  prov=("Caroline", "Dufresne", "1376600481", "MD, Family Medicine"), interp=("Jean-Paul", "Kabongo"), birth="CD",
                                  member="OH-MCD-33018745", screen_date="2025-08-19", zip="43205", marital=("W", "Widowed")),
                             ("fr", "French"), "French / Lingala", city="Columbus", state="OH", first="2025-08-01")
    som = c.cond(cc((ICD, "F45.1", "Undifferentiated somatoform disorder"), (SCT, "719574002", "Somatic symptom disorder")), "2026-03-17", asserter=doc,
                 note="Abdominal pain, fatigue, diffuse aches with history of trauma; attributed to somatization.")
    ptsd = c.cond(cc((ICD, "F43.12", "Post-traumatic stress disorder, chronic")), "2025-09-02")
    c.med_stmt(rx("sertraline 50 mg tablet", "36437", "sertraline"), "active", "2025-10-01", dose="50 mg daily", reason=ptsd)
    for d, eo, note in [("2026-03-17", 1.4, "Douleurs abdominales diffuses depuis 6 mois, fatigue. Examen normal. Trauma history, PTSD. Impression: trouble à symptomatologie somatique. Reassurance, continue sertraline, counselling."),
                        ("2026-06-23", 1.6, "Toujours mal au ventre, 'ça brûle en bas', fatigue. Urine: sang 2+. Eosinophils 1.6 again. Told symptoms related to stress; CBT referral."),
                        ("2026-09-29", 1.8, "Douleur abdominale et pelvienne persistante, dysurie intermittente, perte de 3 kg. Urine sang 2+ de nouveau. Continue somatic symptom management."),
                        ("2026-11-17", None, "Patient returns - 'j'ai toujours mal'. Abdominal pain and fatigue unchanged. Eosinophilia and haematuria not yet explained. Plan unchanged pending counselling.")]:
        e = c.enc(d, typ="Visite de suivi / Follow-up visit (French interpreter)", reason_ref=som, prac=[doc, itp], org=cl)
        if eo:
            c.lab("711-2", "Eosinophils [#/volume] in Blood by Automated count", d, eo, "10*3/uL", lo=0.0, hi=0.5, enc=e)
        c.doc(PN, d, f"Note de suivi {d} (interprète J-P Kabongo). {note}", author=doc, enc=e, lang="fr")
    for d in ["2026-06-23", "2026-09-29"]:
        c.obs(cc((LNC, "5794-3", "Hgb Ur Ql Strip")), d, vstr="2+", interp="A", ref_range="Negative")
    c.obs(cc((LNC, "13945-1", "Erythrocytes [#/area] in Urine sediment by Microscopy high power field")), "2026-09-29", value=q(12, "/[HPF]"), interp="H", ref_range=(0, 2, "/[HPF]"))
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-29", 12.1, "g/dL", "g/dL", lo=12.0, hi=15.5)
    c.obs(cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), "2026-09-29", vint=8, cat="survey")
    c.nka("2025-08-19")
    return c


def chc_fatigue_dm(cid):
    c = Case(cid, "https://fhir.cedar-riverside-chc.example.org/r4", tz="-06:00")
    cl, doc, itp = chc_setup(c, "Cedar Riverside Community Clinic",
                             dict(given="Hodan", family="Warsame", gender="female", dob="1974-01-01", mrn="CRC-0091127", oid="5520", org_npi="1548823390",
                                  prov=("Abdirahman", "Ali", "1659934410", "MD, Internal Medicine"), interp=("Faadumo", "Hersi"), birth="SO",
                                  member="MN-MA-00719233", screen_date="2024-05-02", zip="55454", marital=("M", "Married")),
                             ("so", "Somali"), "Somali", city="Minneapolis", state="MN", first="2024-05-01")
    fat = c.cond(cc((ICD, "R53.83", "Other fatigue"), (SCT, "84229001", "Fatigue")), "2026-05-12", status="resolved", abate="2026-09-15", asserter=doc)
    e1 = c.enc("2026-05-12", typ="Primary care visit (Somali interpreter)", reason_ref=fat, prac=[doc, itp], org=cl)
    c.doc(PN, "2026-05-12", "Tiredness 2 months, thirst, waking to urinate 3x/night. Eid fasting recently. Labs ordered: CBC, CMP, TSH, HbA1c, vitamin D.", author=doc, enc=e1)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-05-14", 9.8, "%", lo=4.0, hi=5.6, enc=e1)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-05-14", 214, "mg/dL", "mg/dL", lo=70, hi=99, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-05-14", 2.1, "m[IU]/L", "m[IU]/L", lo=0.4, hi=4.5, enc=e1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-05-14", 12.8, "g/dL", "g/dL", lo=12.0, hi=15.5, enc=e1)
    vitd = c.lab("62292-8", "25-Hydroxyvitamin D2+D3 [Mass/volume] in Serum or Plasma", "2026-05-14", 11, "ng/mL", "ng/mL", lo=30, hi=100, enc=e1)
    dm = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.65", "Type 2 diabetes mellitus with hyperglycemia")), "2026-05-19", asserter=doc)
    vd = c.cond(cc((ICD, "E55.9", "Vitamin D deficiency, unspecified") if False else (SCT, "34713006", "Vitamin D deficiency")), "2026-05-19")
    e2 = c.enc("2026-05-19", typ="Primary care visit (Somali interpreter)", reason_ref=dm, prac=[doc, itp], org=cl)
    c.doc(PN, "2026-05-19", "New T2DM (A1c 9.8) explains fatigue/polyuria. Also vit D 11. Start metformin titration, vitamin D3. Diabetes education with interpreter; discussed Ramadan fasting safety.", author=doc, enc=e2)
    c.med_req(rx("metformin ER 500 mg tablet", "6809", "metformin"), "active", "2026-05-19", dose="500 mg daily, increase to 1000 mg bid over 4 weeks", reason=dm, requester=doc)
    c.med_req(rx("cholecalciferol 50,000 unit capsule", "2418", "cholecalciferol"), "completed", "2026-05-19", dose="50,000 units weekly x 8 weeks", reason=vd, requester=doc)
    for d, a in [("2026-08-18", 7.9), ("2026-11-17", 7.0)]:
        e = c.enc(d, typ="Diabetes follow-up (Somali interpreter)", reason_ref=dm, prac=[doc, itp], org=cl)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a, "%", lo=4.0, hi=5.6, enc=e)
        c.bp(d, 124, 78, e)
    c.doc(PN, "2026-09-15", "Energy back to normal, no nocturia. Fatigue resolved. A1c 7.9 in Aug. Continue metformin 1000 bid.", author=doc)
    c.doc(PN, "2026-11-17", "DM f/u: A1c 7.0. Feels well, walking daily with neighbour. Eye exam referral. Continue.", author=doc)
    c.nka("2024-05-02")
    return c


def chc_thyroidectomy(cid):
    c = Case(cid, "https://fhir.little-haiti-health.example.org/r4")
    cl, doc, itp = chc_setup(c, "Little Haiti Community Health Center",
                             dict(given="Marie-Claude", family="Jean-Baptiste", gender="female", dob="1981-09-23", mrn="LHH-557103", oid="3318", org_npi="1902283364",
                                  prov=("Fabienne", "Charles", "1770448812", "MD, Family Medicine"), interp=("Wilner", "Pierre"), birth="HT",
                                  member="FL-MCD-88120457", screen_date="2025-02-11", zip="33137"),
                             ("ht", "Haitian Creole"), "Haitian Creole / French", city="Miami", state="FL", first="2025-02-01")
    surg = c.prac("Robert", "Klein", ident={"system": NPI, "value": "1568830021"}, qual="MD, Endocrine Surgery")
    hosp = c.org("Biscayne University Hospital - Endocrine Surgery", ("prov", "Healthcare Provider"), None, "Miami", "FL", "US")
    goit = c.cond(cc((ICD, "E04.2", "Nontoxic multinodular goiter"), (SCT, "237495005", "Multinodular goiter")), "2025-02-11", asserter=doc,
                  note="Large goitre, patient reports it grew over 10 years in Haiti; dysphagia to solids, positional dyspnoea.")
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-07-08", 1.2, "m[IU]/L", "m[IU]/L", lo=0.4, hi=4.5)
    c.dr(cc((LNC, "24842-7", "US Thyroid")), "2026-07-15", conclusion="Markedly enlarged multinodular thyroid; R lobe 8.2 cm, L lobe 6.9 cm, dominant R nodule 4.1 cm TI-RADS 3. Tracheal deviation to the left.")
    c.dr(txt("CT neck and upper chest without contrast"), "2026-08-05",
         conclusion="Multinodular goitre with substernal extension to the aortic arch; tracheal narrowing to 8 mm. No lymphadenopathy.")
    c.dr(txt("FNA thyroid, right dominant nodule - cytopathology"), "2026-08-12", conclusion="Benign follicular nodule (Bethesda II).")
    e1 = c.enc("2026-09-30", typ="Endocrine surgery consultation", reason_ref=goit, prac=[surg, itp], org=hosp)
    c.doc(cc((LNC, "11488-4", "Consult note")), "2026-09-30", """
Endocrine surgery consult (Haitian Creole interpreter W. Pierre). 45F with compressive substernal multinodular goitre: dysphagia, orthopnoea, tracheal narrowing to 8 mm. Euthyroid. FNA benign.
Recommend total thyroidectomy (cervical approach, possible sternotomy standby given substernal extension). Risks: recurrent laryngeal nerve injury, hypocalcaemia, lifelong levothyroxine. Patient agrees - 'mwen vle respire byen ankò'.
Surgery scheduled 01/07/2027.""", author=surg, enc=e1)
    c.sr(cc((CPT, "60271", "Thyroidectomy, including substernal thyroid; cervical approach"), text="Total thyroidectomy for substernal goitre (cervical approach, sternotomy standby)"),
         "active", "order", "2026-09-30", occ="2027-01-07", reason=goit, requester=surg, performer=surg, category=cc((SCT, "387713003", "Surgical procedure")),
         note="Pre-op: laryngoscopy for vocal cord assessment, anaesthesia evaluation (difficult airway).")
    c.sr(txt("Flexible laryngoscopy - pre-operative vocal cord assessment"), "completed", "order", "2026-09-30", reason=goit, requester=surg)
    e2 = c.enc("2026-11-18", typ="Primary care visit (Creole interpreter)", reason_ref=goit, prac=[doc, itp], org=cl)
    c.vitals("2026-11-18", e2, sbp=122, dbp=76, hr=78, wt=66.4, spo2=97)
    c.doc(PN, "2026-11-18", "Nòt swivi: pre-op visit. Surgery confirmed for Jan 7 at Biscayne University Hospital. Cleared medically. Vocal cords normal on laryngoscopy. Transportation arranged.", author=doc, enc=e2, lang="ht")
    c.lab("17861-6", "Calcium [Mass/volume] in Serum or Plasma", "2026-11-18", 9.4, "mg/dL", "mg/dL", lo=8.6, hi=10.3)
    c.nka("2025-02-11")
    return c


def chc_cyst_excision(cid):
    c = Case(cid, "https://fhir.clinica-la-comunidad.example.org/R4", tz="-08:00")
    cl, doc, itp = chc_setup(c, "Clínica de la Comunidad",
                             dict(given="José Luis", family="Hernández Portillo", gender="male", dob="1993-12-03", mrn="CLC-771092", oid="7710", org_npi="1336610927",
                                  prov=("Andrea", "Villanueva", "1851192284", "MD, Family Medicine"), interp=("Beatriz", "Solórzano"), birth="SV",
                                  member="CA-MCAL-91822034", screen_date="2025-06-20", zip="90011"),
                             ("es", "Spanish"), "Spanish", city="Los Angeles", state="CA", first="2025-06-01")
    cyst = c.cond(cc((ICD, "L72.0", "Epidermal cyst"), (SCT, "419893006", "Epidermoid cyst of skin")), "2026-05-14", body_site=txt("Upper back, left paraspinal"),
                  note="2.5 cm cyst, two episodes of inflammation treated with doxycycline.")
    c.cond(cc((ICD, "B35.3", "Tinea pedis")), "2025-06-20", status="resolved", abate="2025-08-01")
    c.cond(cc((ICD, "E66.3", "Overweight")), "2025-06-20")
    for d, n in [("2026-05-14", "Quiste en la espalda, inflamado, drenando. Doxiciclina 7 días."),
                 ("2026-08-27", "Segundo episodio de inflamación del quiste. Doxiciclina. Plan: excisión electiva cuando esté calmado."),
                 ("2026-11-05", "Quiste sin inflamación, 2.5 cm. Se programa excisión en clínica con anestesia local el 12/17. Consentimiento firmado (intérprete B. Solórzano).")]:
        e = c.enc(d, typ="Consulta de medicina familiar", reason_ref=cyst, prac=[doc, itp], org=cl)
        c.doc(PN, d, f"Nota {d}: {n}", author=doc, enc=e, lang="es")
    c.med_req(rx("doxycycline hyclate 100 mg capsule", "3640", "doxycycline"), "completed", "2026-08-27", dose="100 mg twice daily x 7 days", reason=cyst, requester=doc)
    c.sr(cc((CPT, "11403", "Excision, benign lesion including margins, except skin tag, trunk, arms or legs; excised diameter 2.1 to 3.0 cm"), text="Excision of epidermoid cyst, upper back, under local anesthesia (in-office)"),
         "active", "order", "2026-11-05", occ="2026-12-17", reason=cyst, requester=doc, performer=doc, category=cc((SCT, "387713003", "Surgical procedure")))
    c.vitals("2026-11-05", None, sbp=124, dbp=80, hr=72, wt=84.0, bmi=28.4)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-06-01", 5.5, "%", lo=4.0, hi=5.6)
    c.imm(txt("Tdap vaccine"), "2025-06-20")
    c.nka("2025-06-20")
    return c


def chc_hcc_hospice(cid):
    c = Case(cid, "https://fhir.nile-valley-health.example.org/r4", tz="-05:00")
    cl, doc, itp = chc_setup(c, "Al-Amal Community Health Center",
                             dict(given="Osman", family="Abdelrahman", gender="male", dob="1969-03-01", mrn="AAH-330917", oid="2209", org_npi="1427730091",
                                  prov=("Leila", "Haddad", "1639927748", "MD, Internal Medicine"), interp=("Yasir", "El-Tayeb"), birth="SD",
                                  member="MI-MCD-44012987", screen_date="2024-09-10", zip="48126", marital=("M", "Married")),
                             ("ar", "Arabic"), "Arabic (Sudanese)", city="Dearborn", state="MI", screening=False, first="2024-09-01")
    c.obs(cc((LNC, "5196-1", "Hepatitis B virus surface Ag [Presence] in Serum")), "2024-09-10", vcc=cc((SCT, "10828004", "Positive")), interp="POS")
    hbv = c.cond(cc((ICD, "B18.1", "Chronic viral hepatitis B without delta-agent"), (SCT, "61977001", "Chronic type B viral hepatitis")), "2024-09-10")
    cir = c.cond(cc((ICD, "K74.69", "Other cirrhosis of liver"), text="Cirrhosis due to chronic hepatitis B, decompensated (ascites), Child-Pugh C"), "2025-06-01")
    hcc = c.cond(cc((ICD, "C22.0", "Liver cell carcinoma"), (SCT, "25370001", "Hepatocellular carcinoma")), "2026-08-20", stage=txt("BCLC stage D; multifocal with portal vein tumour thrombus"))
    c.med_stmt(rx("entecavir 0.5 mg tablet", "306266", "entecavir"), "active", "2024-10-01", dose="0.5 mg daily", reason=hbv)
    c.med_stmt(rx("spironolactone 100 mg tablet", "9997", "spironolactone"), "active", "2025-06-01", dose="100 mg daily", reason=cir)
    c.med_stmt(rx("furosemide 40 mg tablet", "4603", "furosemide"), "active", "2025-06-01", dose="40 mg daily", reason=cir)
    c.lab("1834-1", "Alpha-1-Fetoprotein [Mass/volume] in Serum or Plasma", "2026-08-14", 4820, "ng/mL", "ng/mL", hi=8.3)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-10-28", 4.1, "mg/dL", "mg/dL", hi=1.2)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-28", 2.4, "g/dL", "g/dL", lo=3.5, hi=5.0)
    c.dr(txt("MRI abdomen with contrast (liver protocol)"), "2026-08-18", conclusion="Cirrhotic liver, moderate ascites. Multifocal LI-RADS 5 lesions (largest 6.2 cm segment 8) with tumour thrombus in right portal vein.")
    c.doc(cc((LNC, "11488-4", "Consult note"), text="Hepatology / tumor board letter"), "2026-09-10", """
Regional liver tumor board - Osman Abdelrahman 57M. Decompensated HBV cirrhosis Child-Pugh C (score 11), multifocal HCC with portal vein invasion, ECOG 2-3. BCLC D.
Not a transplant candidate (outside criteria, PVTT). Not a candidate for resection, ablation, TACE or systemic therapy given liver function.
Recommendation: best supportive care; hospice referral. Continue entecavir.""", author=doc)
    e1 = c.enc("2026-09-22", typ="Primary care visit (Arabic interpreter)", reason_ref=hcc, prac=[doc, itp], org=cl)
    c.doc(PN, "2026-09-22", """
Visit with wife and son; interpreter Y. El-Tayeb (Sudanese Arabic). Reviewed tumor board letter. Patient: "qalu ma fi ilaj, ma fi shi yamkin yaamaluh" (they said there is no treatment, nothing can be done).
Family asking if there is anything else. Explained liver too weak for cancer treatment. Discussed hospice at home; family agree. Prayer and imam support requested.""", author=doc, enc=e1, lang="en")
    c.sr(txt("Referral to home hospice"), "active", "order", "2026-09-22", reason=hcc, requester=doc)
    c.careplan("Hospice plan of care", "active", "plan", "2026-10-01", category=cc((SCT, "736373009", "End of life care plan")), addresses=[hcc, cir], author=doc,
               desc="Home hospice. Comfort care; paracentesis for symptomatic ascites; lactulose; pain control. DNR.",
               activities=[{"status": "in-progress", "description": "Hospice nurse visits twice weekly; chaplain/imam visits"}])
    e2 = c.enc("2026-11-16", cls="HH", typ="Home visit (Arabic interpreter by phone)", reason_ref=hcc, prac=[doc, itp], org=cl)
    c.vitals("2026-11-16", e2, sbp=96, dbp=58, hr=98, wt=61.0)
    c.doc(PN, "2026-11-16", "Home visit. More tired, appetite poor, ascites re-accumulating. Comfortable with morphine. Family coping. Hospice engaged.", author=doc, enc=e2)
    c.med_req(rx("morphine sulfate oral solution 20 mg/mL", "7052", "morphine"), "active", "2026-10-01", dose="5 mg every 4 hours as needed for pain", reason=hcc, requester=doc)
    c.nka("2024-09-10")
    return c


def chc_haemangioma(cid):
    c = Case(cid, "https://fhir.centro-salud-latino.example.org/r4")
    cl, doc, itp = chc_setup(c, "Centro de Salud Latino",
                             dict(given="Daniela", family="Rangel Suárez", gender="female", dob="1987-06-21", mrn="CSL-440281", oid="9017", org_npi="1245561190",
                                  prov=("Miguel", "Ortega", "1932210845", "MD, Family Medicine"), interp=("Gabriela", "Núñez"), birth="VE",
                                  member="NY-MCD-EJ44019X", screen_date="2025-10-07", zip="11372"),
                             ("es", "Spanish"), "Spanish", city="Queens", state="NY", first="2025-10-01")
    e1 = c.enc("2026-10-06", typ="Consulta (dolor abdominal)", prac=[doc, itp], org=cl, reason="Dolor en hipocondrio derecho x 2 semanas tras comida grasosa")
    ap = c.cond(cc((ICD, "K80.20", "Calculus of gallbladder without cholecystitis without obstruction"), (SCT, "235919008", "Gallstone")), "2026-10-06", asserter=doc)
    us = c.dr(cc((LNC, "24558-9", "US Abdomen")), "2026-10-14",
              conclusion="Cholelithiasis without signs of cholecystitis. Incidental 1.6 cm well-defined hyperechoic lesion in segment 6 with typical features of hepatic hemangioma. Recommend MRI confirmation.")
    c.dr(txt("MRI liver with and without contrast"), "2026-11-04",
         conclusion="1.6 cm segment 6 lesion with peripheral nodular discontinuous enhancement and centripetal fill-in: typical hepatic hemangioma. No other lesion. Liver otherwise normal.")
    hem = c.cond(cc((ICD, "D18.03", "Hemangioma of intra-abdominal structures"), text="Hemangioma hepático (segmento 6), incidental"), "2026-11-04", asserter=doc)
    c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-06", 22, "U/L", lo=7, hi=35)
    c.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2026-10-06", 0.6, "mg/dL", "mg/dL", hi=1.2)
    c.lab("6768-6", "Alkaline phosphatase [Enzymatic activity/volume] in Serum or Plasma", "2026-10-06", 78, "U/L", lo=40, hi=129)
    e2 = c.enc("2026-11-12", typ="Consulta de seguimiento", reason_ref=hem, prac=[doc, itp], org=cl)
    c.doc(PN, "2026-11-12", """
Seguimiento (intérprete G. Núñez). Resonancia confirma hemangioma hepático típico de 1.6 cm. Se explica a la paciente que es una lesión benigna, muy común, que no requiere tratamiento ni seguimiento con imágenes. No hay opciones de tratamiento necesarias. Paciente aliviada.
Cálculos biliares: dolor solo ocasional; dieta baja en grasa. Si los cólicos se repiten, referir a cirugía general para valorar colecistectomía.""", author=doc, enc=e2, lang="es")
    c.vitals("2026-11-12", e2, sbp=112, dbp=70, hr=76, wt=68.2)
    c.cond(cc((ICD, "O80", "Encounter for full-term uncomplicated delivery") if False else (SCT, "289908002", "Pregnancy"), text="Pregnancy (2019), uncomplicated vaginal delivery"), "2019-01-10", status="resolved", abate="2019-09-30")
    c.med_stmt(txt("Anticonceptivo oral combinado (levonorgestrel 0.15 mg / etinilestradiol 0.03 mg)"), "active", "2024-01-01", dose="1 tableta diaria")
    c.nka("2025-10-07")
    return c


def chc_dialysis(cid):
    c = Case(cid, "https://fhir.valle-health-center.example.org/r4", tz="-08:00")
    cl, doc, itp = chc_setup(c, "Valle Central Community Health Center",
                             dict(given="Edgar", family="Tzul Ajanel", gender="male", dob="1976-10-10", mrn="VCH-112930", oid="6140", org_npi="1811920034",
                                  prov=("Sofía", "Marroquín", "1700012349", "MD, Internal Medicine"), interp=("Marvin", "Ixcoy"), birth="GT",
                                  member="CA-MCAL-20719845", screen_date="2025-03-18", zip="93706", marital=("M", "Married")),
                             ("es", "Spanish"), "Spanish / K'iche'", city="Fresno", state="CA", first="2025-03-01")
    neph = c.prac("Harpreet", "Sandhu", ident={"system": NPI, "value": "1477830026"}, qual="MD, Nephrology")
    vs = c.prac("Alan", "Berg", ident={"system": NPI, "value": "1588821102"}, qual="MD, Vascular Surgery")
    dm = c.cond(cc((ICD, "E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2012-01-01")
    ckd = c.cond(cc((ICD, "N18.5", "Chronic kidney disease, stage 5"), (SCT, "433146000", "Chronic kidney disease stage 5")), "2026-03-10", asserter=neph)
    c.cond(cc((ICD, "I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease") if False else (ICD, "I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease")), "2015-01-01")
    for d, eg in [("2026-07-14", 10), ("2026-11-10", 9)]:
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, eg, "mL/min/{1.73_m2}", lo=60)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-10", 5.6, "mmol/L", lo=3.5, hi=5.1)
    c.lab("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", "2026-11-10", 17, "mmol/L", lo=22, hi=29)
    c.proc(cc((CPT, "36821", "Arteriovenous anastomosis, open; direct, any site"), text="Left radiocephalic arteriovenous fistula creation"), "completed", "2026-08-20", reason=ckd, performer=vs,
           outcome="Fistula matured - duplex 10/2026 flow 720 mL/min")
    c.med_stmt(rx("insulin glargine 100 unit/mL", "274783", "insulin glargine"), "active", "2020-01-01", dose="18 units nightly", reason=dm)
    c.med_stmt(rx("sodium bicarbonate 650 mg tablet", "36676", "sodium bicarbonate"), "active", "2026-03-10", dose="1300 mg twice daily", reason=ckd)
    c.med_stmt(rx("amlodipine 10 mg tablet", "17767", "amlodipine"), "active", "2015-01-01", dose="10 mg daily")
    e1 = c.enc("2026-11-17", typ="Nephrology clinic (Spanish interpreter)", reason_ref=ckd, prac=[neph, itp], org=cl)
    c.doc(cc((LNC, "11488-4", "Consult note")), "2026-11-17", """
Nephrology. Edgar 50M, diabetic CKD 5, eGFR 9. Increasing nausea, fatigue, pruritus; K 5.6, bicarb 17. L RC-AVF mature.
Discussed kidney replacement options with interpreter (Spanish; K'iche' for wife). Peritoneal dialysis not suitable (prior abdominal surgery, housing). Transplant evaluation referral made (undocumented status limits options).
Plan: in-center hemodialysis 3x/week starting 01/04/2027 (Fresno Dialysis Unit, MWF). Patient and wife agree - 'no quiero, pero entiendo'. Works in agriculture; worried about losing job.""", author=neph, enc=e1)
    c.sr(cc((CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), text="Initiate maintenance in-center hemodialysis 3x/week via L RC-AVF"),
         "active", "order", "2026-11-17", occ_period={"start": "2027-01-04"}, reason=ckd, requester=neph, performer=neph)
    c.careplan("Plan de inicio de hemodiálisis / Hemodialysis initiation plan", "active", "plan", "2026-11-17", addresses=[ckd], author=neph,
               activities=[{"status": "scheduled", "description": "Hemodialysis MWF 6:00 am, Fresno Dialysis Unit, from 01/04/2027"},
                           {"status": "not-started", "description": "Social work: transport, employment, Medi-Cal emergency dialysis coverage"}])
    c.vitals("2026-11-17", e1, sbp=158, dbp=92, hr=84, wt=79.5)
    c.nka("2025-03-18")
    return c


def chc_ltbi(cid):
    c = Case(cid, "https://fhir.gateway-refugee-health.example.org/r4", tz="-05:00")
    cl, doc, itp = chc_setup(c, "Gateway Refugee Health Program",
                             dict(given="Tesfay", family="Gebremedhin", gender="male", dob="1996-05-14", mrn="GRH-905521", oid="1184", org_npi="1962288410",
                                  prov=("Monique", "Laurent", "1851199913", "NP, Family Practice"), interp=("Selam", "Haile"), birth="ER",
                                  member="GA-MCD-613392018", screen_date="2026-08-11", zip="30030"),
                             ("ti", "Tigrinya"), "Tigrinya", city="Decatur", state="GA", screening=False, first="2026-08-01")
    c.obs(cc((LNC, "71773-6", "M tuberculosis stimulated gamma interferon [Presence] in Blood"), text="QuantiFERON-TB Gold Plus"), "2026-08-11", vcc=cc((SCT, "10828004", "Positive")), interp="POS",
          note="TB1-Nil 2.14 IU/mL, TB2-Nil 2.67 IU/mL")
    c.obs(cc((LNC, "5196-1", "Hepatitis B virus surface Ag [Presence] in Serum")), "2026-08-11", vcc=cc((SCT, "260385009", "Negative")), interp="NEG")
    c.obs(cc((LNC, "56888-1", "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay")), "2026-08-11", vcc=cc((SCT, "260385009", "Negative")), interp="NEG")
    c.dr(cc((LNC, "36643-5", "XR Chest 2 Views")), "2026-08-18", conclusion="Normal chest radiograph. No evidence of active or old tuberculosis.")
    ltbi = c.cond(cc((ICD, "Z22.7", "Latent tuberculosis"), (SCT, "11999007", "Inactive tuberculosis")), "2026-08-25", asserter=doc)
    c.cond(cc((ICD, "B77.9", "Ascariasis, unspecified") if False else (SCT, "266112002", "Intestinal helminthiasis"), text="Presumptive intestinal parasites - treated empirically (albendazole pre-departure)"), "2026-06-01", status="resolved", abate="2026-06-02")
    e1 = c.enc("2026-08-25", typ="Refugee health follow-up (Tigrinya interpreter)", reason_ref=ltbi, prac=[doc, itp], org=cl)
    c.doc(PN, "2026-08-25", """
Refugee health f/u, Tigrinya interpreter S. Haile. QFT positive, CXR normal, no symptoms (no cough, fever, night sweats, weight loss). HIV neg. LFTs normal.
Dx: latent TB infection. Discussed preventive treatment; chose 4 months of daily rifampin (4R). Counselled orange urine/tears, drug interactions, report jaundice. Monthly checks.""", author=doc, enc=e1)
    c.med_req(rx("rifampin 300 mg capsule", "9384", "rifampin"), "active", "2026-08-25", dose="600 mg orally once daily x 4 months (08/26/2026 - 12/26/2026)", reason=ltbi, requester=doc,
              note="TB preventive therapy (4R) for latent TB infection", course=("continuous", "Continuous long term therapy") if False else None)
    for d, alt in [("2026-09-22", 24), ("2026-10-20", 29), ("2026-11-17", 26)]:
        e = c.enc(d, typ="LTBI monthly visit (Tigrinya interpreter)", reason_ref=ltbi, prac=[doc, itp], org=cl)
        c.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", d, alt, "U/L", lo=7, hi=55, enc=e)
        c.vit("29463-7", "Body weight", d, {"2026-09-22": 61.0, "2026-10-20": 61.8, "2026-11-17": 62.5}[d], "kg", enc=e)
    c.doc(PN, "2026-11-17", "Month 3 of 4R. Adherent (pill count 100%). No side effects, no TB symptoms. ALT normal. Working in warehouse. Finish 12/26.", author=doc)
    c.imm(txt("MMR vaccine"), "2026-08-11")
    c.imm(txt("Tdap vaccine"), "2026-08-11")
    c.nka("2026-08-11")
    return c


def _qr_item(link, text, answer):
    return {"linkId": link, "text": text, "answer": [answer]}


def chc_qr_yes(cid):
    c = Case(cid, "https://fhir.salud-familiar-chc.example.org/r4", tz="-07:00")
    cl, doc, itp = chc_setup(c, "Salud Familiar Community Health Center",
                             dict(given="Guadalupe", family="Ramírez Olvera", gender="female", dob="1992-11-30", mrn="SFC-208817", oid="3902", org_npi="1124478391",
                                  prov=("Teresa", "Aguilar", "1407723390", "MD, Family Medicine"), interp=("Rosa", "Medina"), birth="MX",
                                  member="AZ-AHCCCS-A88120934", screen_date="2024-02-13", zip="85006", marital=("M", "Married")),
                             ("es", "Spanish"), "Spanish", city="Phoenix", state="AZ", first="2024-02-01")
    gyn = c.prac("Paul", "Hendricks", ident={"system": NPI, "value": "1558810273"}, qual="MD, Obstetrics and Gynecology")
    endo = c.cond(cc((ICD, "N80.3", "Endometriosis of pelvic peritoneum") if False else (SCT, "129103003", "Endometriosis"), text="Endometriosis (laparoscopic diagnosis 2024)"), "2024-09-18", asserter=gyn)
    c.proc(txt("Diagnostic laparoscopy with excision of peritoneal endometriosis"), "completed", "2024-09-18", reason=endo, performer=gyn, outcome="Stage II endometriosis; histology confirmed")
    c.med_stmt(rx("norethindrone acetate 5 mg tablet", "7514", "norethindrone"), "active", "2024-10-15", dose="5 mg daily continuous", reason=endo)
    c.med_stmt(rx("naproxen 500 mg tablet", "7258", "naproxen"), "active", "2024-10-15", dose="500 mg twice daily as needed", reason=endo)
    for d, p in [("2026-06-16", 7), ("2026-10-27", 7)]:
        e = c.enc(d, typ="Consulta de seguimiento (intérprete)", reason_ref=endo, prac=[doc, itp], org=cl)
        c.obs(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, vint=p, cat="survey", enc=e)
    e3 = c.enc("2026-11-09", typ="Gynecology follow-up (Spanish interpreter)", reason_ref=endo, prac=[gyn, itp], org=cl)
    c.doc(PN, "2026-11-09", "GYN f/u. Persistent dysmenorrhea and dyspareunia 7/10 on norethindrone. Exam: tender posterior fornix. Options: continue current therapy, add pelvic floor PT. Pt tearful, feels 'nadie me escucha'. Return 3 months.", author=gyn, enc=e3)
    c.qr("https://fhir.salud-familiar-chc.example.org/Questionnaire/pre-visita-es", "2026-11-24", [
        _qr_item("1", "¿Cuál es el motivo principal de su visita hoy?", {"valueString": "Dolor pélvico por endometriosis, no mejora"}),
        _qr_item("2", "En las últimas 2 semanas, ¿cuánto dolor ha tenido? (0-10)", {"valueInteger": 7}),
        _qr_item("3", "¿Siente que sus preocupaciones han sido escuchadas por su equipo médico?", {"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N", "display": "No"}}),
        _qr_item("4", "¿Le gustaría obtener una segunda opinión de otro especialista sobre su diagnóstico o tratamiento?", {"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "Y", "display": "Sí"}}),
        _qr_item("5", "Comentarios", {"valueString": "Quiero que otro ginecólogo revise mi caso. Llevo dos años con el mismo dolor."}),
    ], author=c.patient, source=c.patient)
    c.vitals("2026-10-27", None, sbp=118, dbp=74, hr=76, wt=63.0)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-27", 12.9, "g/dL", "g/dL", lo=12.0, hi=15.5)
    c.nka("2024-02-13")
    return c


def chc_qr_no(cid):
    c = Case(cid, "https://fhir.harbor-international-health.example.org/R4")
    cl, doc, itp = chc_setup(c, "Harbor International Health Center",
                             dict(given="Koffi", family="N'Guessan", gender="male", dob="1978-08-08", mrn="HIH-661092", oid="5077", org_npi="1508832211",
                                  prov=("Sylvie", "Mercier", "1316645590", "MD, Internal Medicine"), interp=("Awa", "Traoré"), birth="CI",
                                  member="NJ-FC-7719203388", screen_date="2025-04-09", zip="07102", marital=("M", "Married")),
                             ("fr", "French"), "French / Dioula", city="Newark", state="NJ", first="2025-04-01")
    htn = c.cond(cc((ICD, "I10", "Essential (primary) hypertension"), (SCT, "38341003", "Hypertensive disorder")), "2025-04-09", asserter=doc)
    c.cond(cc((ICD, "B54", "Unspecified malaria") if False else (SCT, "61462000", "Malaria"), text="Paludisme (Côte d'Ivoire, 2019)"), "2019-07-01", status="resolved", abate="2019-07-20")
    c.med_stmt(rx("amlodipine 10 mg tablet", "17767", "amlodipine"), "active", "2025-04-09", dose="10 mg daily", reason=htn)
    c.med_stmt(rx("chlorthalidone 25 mg tablet", "2409", "chlorthalidone"), "active", "2025-07-15", dose="25 mg daily", reason=htn)
    for d, s, dd in [("2026-03-10", 142, 88), ("2026-07-14", 134, 84), ("2026-11-10", 128, 80)]:
        e = c.enc(d, typ="Visite de suivi - hypertension (interprète)", reason_ref=htn, prac=[doc, itp], org=cl)
        c.bp(d, s, dd, e)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-11-10", 3.9, "mmol/L", lo=3.5, hi=5.1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-10", 1.0, "mg/dL", "mg/dL", lo=0.7, hi=1.3)
    c.qr("https://fhir.harbor-international-health.example.org/Questionnaire/satisfaction-fr", "2026-11-10", [
        _qr_item("1", "Comprenez-vous votre traitement pour la tension artérielle ?", {"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "Y", "display": "Oui"}}),
        _qr_item("2", "Avez-vous eu un interprète pendant la consultation ?", {"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "Y", "display": "Oui"}}),
        _qr_item("3", "Souhaitez-vous un deuxième avis médical (seconde opinion) sur votre diagnostic ou votre traitement ?", {"valueCoding": {"system": "http://terminology.hl7.org/CodeSystem/v2-0136", "code": "N", "display": "Non"}}),
        _qr_item("4", "Commentaires", {"valueString": "Merci, je suis content du suivi. La tension est meilleure."}),
    ], author=c.patient, source=c.patient)
    c.doc(PN, "2026-11-10", "Suivi HTA (interprète A. Traoré). TA 128/80, à l'objectif. Bonne observance. Pas d'effets secondaires. Continuer amlodipine + chlorthalidone. Revoir dans 6 mois.", author=doc, lang="fr")
    c.nka("2025-04-09")
    return c


def chc_phq9(cid):
    c = Case(cid, "https://fhir.new-horizons-refugee.example.org/r4")
    cl, doc, itp = chc_setup(c, "New Horizons Refugee Health & Wellness",
                             dict(given="Zainab", family="Al-Obaidi", gender="female", dob="1984-02-14", mrn="NHR-330412", oid="2750", org_npi="1669910234",
                                  prov=("Hadi", "Karam", "1093345667", "MD, Psychiatry"), interp=("Rana", "Mahmoud"), birth="IQ",
                                  member="VA-MCD-112903847", screen_date="2025-05-06", zip="22204", marital=("W", "Widowed")),
                             ("ar", "Arabic"), "Arabic (Iraqi)", city="Arlington", state="VA", first="2025-05-01")
    mdd = c.cond(cc((ICD, "F33.1", "Major depressive disorder, recurrent, moderate"), (SCT, "370143000", "Major depressive disorder")), "2025-09-09", asserter=doc)
    ptsd = c.cond(cc((ICD, "F43.12", "Post-traumatic stress disorder, chronic")), "2025-09-09", asserter=doc)
    c.med_stmt(rx("sertraline 100 mg tablet", "36437", "sertraline"), "active", "2025-09-09", dose="titrated to 200 mg daily since 03/2026", reason=[mdd, ptsd], asserted="2026-11-17")
    c.med_stmt(rx("prazosin 2 mg capsule", "8629", "prazosin"), "active", "2026-02-10", dose="2 mg at bedtime", reason=ptsd)
    c.sr(txt("Trauma-focused psychotherapy (CPT) - weekly, Arabic-speaking therapist"), "active", "order", "2026-01-15", reason=[mdd, ptsd], requester=doc,
         note="Attending weekly since 01/2026 (attendance 90%).")
    rows = [("2026-04-14", 11), ("2026-06-16", 14), ("2026-08-18", 17), ("2026-11-17", 21)]
    for d, s in rows:
        e = c.enc(d, typ="Behavioral health visit (Arabic interpreter)", reason_ref=mdd, prac=[doc, itp], org=cl)
        c.obs(cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), d, vint=s, cat="survey", enc=e,
              interp="H", ref_range="0-4 minimal; 5-9 mild; 10-14 moderate; 15-19 moderately severe; 20-27 severe")
    c.qr("http://loinc.org/q/44249-1", "2026-11-17", [
        _qr_item("44250-9", "Little interest or pleasure in doing things", {"valueCoding": {"system": LNC, "code": "LA6570-1", "display": "More than half the days"}}),
        _qr_item("44255-8", "Feeling down, depressed, or hopeless", {"valueCoding": {"system": LNC, "code": "LA6571-9", "display": "Nearly every day"}}),
        _qr_item("44261-6", "PHQ-9 total score", {"valueInteger": 21})], author=c.patient, source=c.patient)
    c.doc(PN, "2026-11-17", """
Psychiatry f/u, interpreter R. Mahmoud (Iraqi Arabic). Trauma-informed approach; patient chose to sit near door, female interpreter as requested.
Mood worse. PHQ-9 21 (11 in April, 14 June, 17 Aug) despite sertraline 200 mg since March (adherent, pharmacy fills on time) and weekly CPT therapy. Sleep 3-4 h, nightmares despite prazosin. "Ana ta'bana kulish" (I am very tired). Passive death wish, no plan or intent; safety plan reviewed; children are protective factor.
Plan: consider augmentation; discuss at team meeting; crisis line in Arabic provided.""", author=doc)
    c.obs(cc((LNC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-11-17", vint=16, cat="survey")
    c.nka("2025-05-06")
    return c


def chc_ra_stopped(cid):
    c = Case(cid, "https://fhir.esperanza-health.example.org/r4", tz="-06:00")
    cl, doc, itp = chc_setup(c, "Esperanza Health Center",
                             dict(given="Claudia", family="Muñoz Restrepo", gender="female", dob="1980-05-05", mrn="EHC-771204", oid="6921", org_npi="1215532208",
                                  prov=("Daniel", "Ocampo", "1326678801", "MD, Internal Medicine"), interp=("Luisa", "Cardona"), birth="CO",
                                  member="IL-HFS-55102984", screen_date="2024-11-12", zip="60623", marital=("M", "Married")),
                             ("es", "Spanish"), "Spanish", city="Chicago", state="IL", first="2024-11-01")
    ra = c.cond(cc((ICD, "M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), (SCT, "69896004", "Rheumatoid arthritis")), "2025-02-18")
    c.med_stmt(rx("methotrexate 2.5 mg tablet", "6851", "methotrexate"), "stopped", "2025-03-01", "2026-06-05", dose="15 mg weekly", reason=ra,
               note="Suspendido por la paciente en junio 2026 - perdió cobertura de farmacia temporalmente y luego por miedo a efectos secundarios; reanudado 11/2026.")
    c.med_stmt(rx("folic acid 1 mg tablet", "4511", "folic acid"), "stopped", "2025-03-01", "2026-06-05", dose="1 mg daily")
    c.med_stmt(rx("methotrexate 2.5 mg tablet", "6851", "methotrexate"), "active", "2026-11-10", dose="restarted 10 mg weekly, increase to 15 mg", reason=ra)
    for d, das, pain in [("2026-05-19", 2.9, 3), ("2026-08-11", 4.4, 6), ("2026-10-06", 5.2, 7), ("2026-11-10", 5.6, 8)]:
        e = c.enc(d, typ="Consulta de reumatología en clínica (intérprete)", reason_ref=ra, prac=[doc, itp], org=cl)
        c.obs(txt("DAS28-CRP disease activity score"), d, value={"value": das}, cat="exam", enc=e)
        c.obs(cc((LNC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), d, vint=pain, cat="survey", enc=e)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-11-10", 2.4, "mg/dL", "mg/dL", hi=0.8)
    c.doc(PN, "2026-11-10", """
Nota (intérprete L. Cardona). Artritis reumatoide con brote: DAS28 2.9 (mayo) -> 5.6 hoy. La paciente dejó el metotrexato el 5 de junio (perdió cobertura de Medicaid 2 meses, luego miedo a caída de cabello). El empeoramiento comenzó después de suspender el tratamiento.
Cobertura restablecida. Se reinicia metotrexato 10 mg semanal + ácido fólico; prednisona puente 10 mg x 4 semanas. Educación. Revisar en 6 semanas.""", author=doc, lang="es")
    c.med_req(rx("prednisone 10 mg tablet", "8640", "prednisone"), "active", "2026-11-10", dose="10 mg daily x 2 weeks then 5 mg x 2 weeks", reason=ra, requester=doc)
    c.nka("2024-11-12")
    return c


def chc_complex(cid):
    c = Case(cid, "https://fhir.unity-newcomer-clinic.example.org/r4", tz="-08:00")
    cl, doc, itp = chc_setup(c, "Unity Newcomer Health Clinic",
                             dict(given="Mohammad Nabi", family="Sharifi", gender="male", dob="1961-01-01", mrn="UNH-009182", oid="4096", org_npi="1841102234",
                                  prov=("Karen", "Yoshida", "1578892230", "MD, Internal Medicine"), interp=("Omid", "Rahimi"), birth="AF",
                                  member="CA-MCAL-92018833", screen_date="2024-12-03", zip="95825", marital=("M", "Married")),
                             ("prs", "Dari"), "Dari", city="Sacramento", state="CA", screening=False, first="2024-12-01")
    dm = c.cond(cc((ICD, "E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy")), "2018-01-01")
    htn = c.cond(cc((ICD, "I10", "Essential (primary) hypertension")), "2015-01-01")
    ckd = c.cond(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b")), "2025-03-01")
    hbv = c.cond(cc((ICD, "B18.1", "Chronic viral hepatitis B without delta-agent")), "2024-12-03", note="HBeAg negative, HBV DNA 4,200 IU/mL, on tenofovir alafenamide")
    ptsd = c.cond(cc((ICD, "F43.12", "Post-traumatic stress disorder, chronic")), "2025-01-14")
    oa = c.cond(cc((ICD, "M17.0", "Bilateral primary osteoarthritis of knee")), "2025-01-14")
    c.cond(cc((SCT, "266112002", "Intestinal helminthiasis")), "2024-12-03", status="resolved", abate="2025-01-10")
    meds = [("metformin 500 mg tablet", "6809", "metformin", "500 mg twice daily (renal dose)", dm),
            ("insulin glargine 100 unit/mL", "274783", "insulin glargine", "22 units nightly", dm),
            ("losartan 100 mg tablet", "52175", "losartan", "100 mg daily", [htn, ckd]),
            ("tenofovir alafenamide 25 mg tablet", "1864392", "tenofovir alafenamide", "25 mg daily", hbv),
            ("sertraline 100 mg tablet", "36437", "sertraline", "100 mg daily", ptsd),
            ("acetaminophen 500 mg tablet", "161", "acetaminophen", "1 g three times daily as needed", oa)]
    for t, code, nm, dose, rs in meds:
        c.med_stmt(rx(t, code, nm), "active", "2025-02-01", dose=dose, reason=rs)
    for d, a1c, eg in [("2026-05-12", 7.6, 39), ("2026-11-10", 7.5, 40)]:
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, a1c, "%", lo=4.0, hi=5.6)
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, eg, "mL/min/{1.73_m2}", lo=60)
    c.lab("29615-2", "Hepatitis B virus DNA [#/volume] (viral load) in Serum or Plasma by NAA with probe detection", "2026-08-04", 20, "[IU]/mL", "[IU]/mL", hi=20, interp="N")
    c.obs(cc((LNC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), "2026-11-10", vint=9, cat="survey")
    for d, typ, p in [("2026-08-18", "Hepatology (Dari interpreter)", None), ("2026-09-15", "Nephrology (Dari interpreter)", None), ("2026-11-10", "Primary care - chronic care visit (Dari interpreter)", None)]:
        c.enc(d, typ=typ, prac=[doc, itp], org=cl)
    c.doc(PN, "2026-11-10", """
Chronic care visit, Dari interpreter O. Rahimi. 65M former farmer, arrived 2024 (SIV). Problems: T2DM with neuropathy (A1c 7.5), HTN (132/80), CKD 3b (eGFR 40, ACR 48 mg/g), chronic HBV on TAF (DNA undetectable), PTSD (PHQ-9 9, sees counsellor), bilateral knee OA (walks with cane).
Care coordinated across endocrine/nephrology/hepatology/behavioral health/physio; 11 medications; transport and literacy barriers (cannot read Dari or English). Pill packs by pharmacy.
Plan: continue, CKD-safe dosing review by pharmacist, HCC surveillance US 6-monthly (due 02/2027).""", author=doc)
    c.bp("2026-11-10", 132, 80)
    c.nka("2024-12-03")
    return c


def chc_sickle_trait(cid):
    c = Case(cid, "https://fhir.akwaaba-family-health.example.org/r4")
    cl, doc, itp = chc_setup(c, "Bronx Newcomers Family Health Center",
                             dict(given="Abena", family="Owusu", gender="female", dob="1998-03-09", mrn="BNF-442198", oid="8230", org_npi="1063320091",
                                  prov=("Nkechi", "Okonkwo", "1982231147", "MD, Family Medicine"), interp=("Kwame", "Asante"), birth="GH",
                                  member="NY-MCD-KL88127Q", screen_date="2026-02-17", zip="10453"),
                             ("ak", "Akan (Twi)"), "Twi", city="Bronx", state="NY", first="2026-02-01")
    st = c.cond(cc((ICD, "D57.3", "Sickle-cell trait"), (SCT, "16402000", "Sickle cell trait")), "2026-03-03", asserter=doc,
                note="Hb electrophoresis: HbA 58%, HbS 38%, HbA2 3%. Carrier state; not sickle cell disease.")
    hemo = c.obs(txt("Hemoglobin fractionation (HPLC)"), "2026-02-24", vstr="HbA 58.1%, HbS 38.2%, HbA2 3.1%, HbF 0.6% - pattern consistent with sickle cell trait (HbAS)", interp="A")
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-02-24", 12.9, "g/dL", "g/dL", lo=12.0, hi=15.5)
    c.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-02-24", 86, "fL", lo=80, hi=100)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-02-24", 41, "ng/mL", "ng/mL", lo=15, hi=150)
    c.cond(cc((ICD, "B65.9", "Schistosomiasis, unspecified") if False else (SCT, "61462000", "Malaria"), text="Malaria (Ghana, childhood), treated"), "2010-01-01", status="resolved", abate="2010-02-01")
    c.cond(cc((ICD, "N39.0", "Urinary tract infection, site not specified")), "2026-07-20", status="resolved", abate="2026-07-30")
    e1 = c.enc("2026-03-03", typ="New-arrival health assessment follow-up (Twi interpreter)", reason_ref=st, prac=[doc, itp], org=cl)
    c.doc(PN, "2026-03-03", "Results reviewed with interpreter. Sickle cell trait - explained it is a carrier state, not a disease; normally no symptoms. Reproductive counselling: partner screening advised if planning pregnancy. Stay hydrated in extreme exertion. Genetic counselling leaflet (English/Twi).", author=doc, enc=e1)
    e2 = c.enc("2026-07-20", typ="Acute visit - dysuria", prac=doc, org=cl)
    c.med_req(rx("nitrofurantoin monohydrate/macrocrystals 100 mg capsule", "7454", "nitrofurantoin"), "completed", "2026-07-20", dose="100 mg twice daily x 5 days", requester=doc,
              reason_cc=cc((ICD, "N39.0", "Urinary tract infection, site not specified")))
    e3 = c.enc("2026-11-05", typ="Well-woman visit", prac=doc, org=cl)
    c.vitals("2026-11-05", e3, sbp=112, dbp=70, hr=70, wt=61.0, bmi=22.4)
    c.doc(PN, "2026-11-05", "Well-woman visit. Pap done. Contraception: condoms, considering implant. Partner screened: HbAA. Reassured. Flu shot given. Working as home health aide.", author=doc, enc=e3)
    c.imm(txt("Influenza vaccine, quadrivalent"), "2026-11-05")
    c.imm(txt("HPV vaccine (9-valent) dose 2"), "2026-11-05")
    c.nka("2026-02-17")
    return c
