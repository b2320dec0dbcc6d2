"""Org B: a Saudi Ministry of Health hospital (ICD-10-AM, ACHI, English notes with Arabic phrases, families in decisions)."""
from fhirkit import (Case, Org, cc, txt, qty, ref, SCT, LOINC, ICD10AM, ACHI, ATC)

ORG = Org("alrawabi", "https://fhir.alrawabi-gh.med.sa/R4", "+03:00", "en-SA")
MRN = "https://fhir.alrawabi-gh.med.sa/NamingSystem/mrn"
NID = "https://fhir.alrawabi-gh.med.sa/NamingSystem/national-id"
SCFHS = "https://fhir.alrawabi-gh.med.sa/NamingSystem/scfhs-licence"
CLINIC = "https://fhir.alrawabi-gh.med.sa/CodeSystem/clinic"
LOCAL = "https://fhir.alrawabi-gh.med.sa/CodeSystem/local-orders"
RAD = cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"))


def am(code, display):
    return cc((ICD10AM, code, display), text=display)


def achi(code, display):
    return cc((ACHI, code, display), text=display)


def med(atc, name):
    return cc((ATC, atc, None), text=name)


def clinic(code, label):
    return cc((CLINIC, code, label), text=label)


def doc(loinc, label):
    return cc((LOINC, loinc, None), text=label)


def hospital(k):
    cluster = k.organization("Qassim Health Cluster (Ministry of Health)",
                             {"system": "https://fhir.alrawabi-gh.med.sa/NamingSystem/facility", "value": "QHC"},
                             cc(("http://terminology.hl7.org/CodeSystem/organization-type", "govt", "Government")),
                             {"city": "Buraydah", "country": "SA"})
    return k.organization("Al-Rawabi General Hospital", {"system": "https://fhir.alrawabi-gh.med.sa/NamingSystem/facility", "value": "MOH-QSM-0412"},
                          cc(("http://terminology.hl7.org/CodeSystem/organization-type", "prov", "Healthcare Provider")),
                          {"line": ["King Abdulaziz Road"], "city": "Buraydah", "district": "Al-Qassim", "country": "SA"},
                          part_of=cluster), cluster


def doctor(k, family, given, spec, lic, gender="male"):
    return k.practitioner(family, given, "Dr.", spec, {"system": SCFHS, "value": lic}, gender)


def patient(k, family, given, gender, birth, mrn, nid, phone, org, marital="M"):
    return k.patient(family, given, gender, birth, {"system": MRN, "value": mrn},
                     {"city": "Buraydah", "district": "Al-Qassim", "country": "SA"}, phone, "ar",
                     cc(("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", marital, None)), org=org,
                     extra_ident={"system": NID, "value": nid})


def cover(k, cluster):
    return k.coverage(cluster, cc(("http://terminology.hl7.org/CodeSystem/v3-ActCode", "PUBLICPOL", "public healthcare"),
                                  text="MOH government eligibility (Saudi citizen)"), None, "2020-01-01")


# ---------------------------------------------------------------------------------------------------------------
def b01(cid):
    """Iron-deficiency anaemia found July 2026 in a 58-year-old man, never investigated or referred."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    fm = doctor(k, "Al-Rashidi", "Turki", "Family Medicine", "11-R-20931")
    patient(k, "Al-Harbi", "Saleh", "male", "1968-03-02", "MRN-0048812", "1023344556", "+966503118420", h)
    cover(k, cl)
    dm = k.condition(am("E11.9", "Type 2 diabetes mellitus without complication"), "2014-01-01", recorded="2015-02-11")
    htn = k.condition(am("I10", "Essential (primary) hypertension"), "2016-01-01", recorded="2016-05-03")
    lip = k.condition(am("E78.5", "Hyperlipidaemia, unspecified"), "2016-01-01", recorded="2016-05-03")
    for code, name, dose, r in (("A10BA02", "Metformin 1 g tablet", "1 g twice daily", dm), ("A10BH01", "Sitagliptin 100 mg tablet", "100 mg daily", dm),
                                ("C09AA02", "Enalapril 10 mg tablet", "10 mg daily", htn), ("C10AA05", "Atorvastatin 40 mg tablet", "40 mg at night", lip)):
        k.med_request(med(code, name), "2026-01-19", "active", dosage=dose, requester=fm, reason_ref=[r], repeats=5, supply_days=30)
    k.labs("2026-01-12", {"hb": 14.1, "mcv": 86, "plt": 250, "hba1c": 7.2, "creat": 88, "egfr": 84}, "Diabetes clinic bloods",
           ranges={"hb": (13.0, 17.0), "hba1c": (4.0, 7.0)})
    e1 = k.encounter("2026-01-19", "AMB", type_cc=clinic("FM-DM", "Family medicine - chronic disease clinic"), reason="Diabetes review",
                     practitioner=fm, org=h)
    k.vitals("2026-01-19", 132, 80, 76, 88, bmi=29.4, encounter=e1)
    rep, obs = k.labs("2026-07-14", {"hb": 10.4, "mcv": 72, "ferritin": 9, "tsat": 8, "plt": 410, "hba1c": 7.3, "creat": 90, "egfr": 82},
                      "Diabetes clinic bloods", ranges={"hb": (13.0, 17.0), "hba1c": (4.0, 7.0)},
                      conclusion="Microcytic anaemia with low ferritin and transferrin saturation (iron deficiency pattern).")
    e2 = k.encounter("2026-07-21", "AMB", type_cc=clinic("FM-DM", "Family medicine - chronic disease clinic"), reason="Diabetes review",
                     practitioner=fm, org=h)
    k.vitals("2026-07-21", 130, 78, 84, 86, encounter=e2)
    k.note("2026-07-21", (
        "Family Medicine - Chronic Disease Clinic\n"
        "58M, T2DM/HTN/dyslipidaemia. Feels ok, alhamdulillah. Fasting all Mondays and Thursdays.\n"
        "HbA1c 7.3% (7.2% in Jan). BP 130/78. Foot exam normal. Retinal screen due.\n"
        "Labs reviewed.\nPlan: continue current medications, diet advice reinforced, review in 4 months with HbA1c."),
        doc("11506-3", "Progress note"), fm, e2, "Chronic disease clinic 21/07/2026")
    e3 = k.encounter("2026-11-17", "AMB", type_cc=clinic("FM-DM", "Family medicine - chronic disease clinic"), reason="Diabetes review",
                     practitioner=fm, org=h)
    k.vitals("2026-11-17", 128, 76, 92, 84, bmi=28.1, encounter=e3)
    k.labs("2026-11-10", {"hba1c": 7.2, "creat": 91, "egfr": 81}, "Diabetes clinic bloods", ranges={"hba1c": (4.0, 7.0)})
    k.note("2026-11-17", (
        "Family Medicine - Chronic Disease Clinic\n"
        "Complains of being ta'ban (tired) for some months and short of breath on the stairs to his flat. Lost 2 kg. "
        "No chest pain. Son (Abdulrahman) drove him today.\n"
        "HbA1c 7.2%. BP 128/76, HR 92.\n"
        "Plan: tiredness likely deconditioning, advised daily walking, continue medications, review 4 months, inshallah."),
        doc("11506-3", "Progress note"), fm, e3, "Chronic disease clinic 17/11/2026")
    return k


def b02(cid):
    """Fibromyalgia label for a year while proximal weakness, CK 2450, raised ALT/ESR and positive ANA appear."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    rh = doctor(k, "Al-Saleh", "Mona", "Rheumatology", "11-R-31207", "female")
    fm = doctor(k, "Al-Otaibi", "Nasser", "Family Medicine", "11-R-20877")
    patient(k, "Al-Qahtani", "Reem", "female", "1992-06-21", "MRN-0061290", "1098765234", "+966551204867", h)
    cover(k, cl)
    k.related("HUSB", "husband", "Al-Qahtani", "Majed", "male", "+966551209911")
    fmy = k.condition(am("M79.7", "Fibromyalgia"), "2025-08-01", recorded="2025-11-03", recorder=rh)
    k.condition(am("D56.3", "Thalassaemia minor"), "2012-01-01", recorded="2016-03-01", note="Beta-thalassaemia trait, premarital screening.")
    k.labs("2025-10-27", {"ck": 180, "esr": 14, "crp": 3.0, "tsh": 1.9, "hb": 11.8, "mcv": 66}, "Rheumatology work-up",
           ranges={"hb": (11.5, 15.5)}, interp_over={"mcv": "L"})
    e1 = k.encounter("2025-11-03", "AMB", type_cc=clinic("RHEUM", "Rheumatology clinic"), reason="Widespread body pain",
                     practitioner=rh, org=h, diagnosis=[fmy])
    k.vitals("2025-11-03", 112, 70, 78, 58, encounter=e1)
    k.med_request(med("N03AX16", "Pregabalin 75 mg capsule"), "2025-11-03", "active", dosage="75 mg twice daily", requester=rh,
                  reason_ref=[fmy], repeats=3, supply_days=30)
    k.note("2025-11-03", (
        "Rheumatology clinic\n33F, widespread pain and fatigue for 3 months after the birth of her third child. "
        "Tender points, normal power. CK, ESR, CRP, TSH normal.\nImpression: fibromyalgia. Pregabalin, graded exercise, sleep hygiene."),
        doc("11488-4", "Rheumatology consult note"), rh, e1, "Rheumatology 03/11/2025")
    e2 = k.encounter("2026-03-16", "AMB", type_cc=clinic("RHEUM", "Rheumatology clinic"), reason="Follow-up fibromyalgia",
                     practitioner=rh, org=h)
    k.vitals("2026-03-16", 110, 72, 80, 57, encounter=e2)
    k.med_request(med("N06AX21", "Duloxetine 30 mg capsule"), "2026-03-16", "active", dosage="30 mg once daily", requester=rh,
                  reason_ref=[fmy], repeats=3, supply_days=30)
    e3 = k.encounter("2026-08-25", "AMB", type_cc=clinic("FM", "Family medicine clinic"), reason="Weakness and muscle pain",
                     practitioner=fm, org=h)
    k.vitals("2026-08-25", 114, 70, 88, 55, encounter=e3)
    k.note("2026-08-25", (
        "Family Medicine clinic\nKnown fibromyalgia. Now difficulty climbing stairs and lifting arms to comb her hair for 6 weeks. "
        "Husband (Majed) says she cannot lift the baby anymore. Mild dysphagia to solids. Faint violaceous rash on eyelids?\n"
        "Power 4/5 hip flexors and deltoids bilaterally.\nPlan: CK, LFT, ESR, ANA; rheumatology follow-up."),
        doc("11506-3", "Progress note"), fm, e3, "Family medicine 25/08/2026")
    k.labs("2026-10-20", {"ck": 2450, "alt": 88, "esr": 42, "crp": 9.0, "ldh": 410}, "Muscle enzymes")
    k.obs(cc((LOCAL, "ANA-IIF", "Antinuclear antibodies by indirect immunofluorescence"), text="ANA (IIF, HEp-2)"), "2026-10-20",
          "Positive 1:640, speckled pattern", interp="POS")
    e4 = k.encounter("2026-11-10", "AMB", type_cc=clinic("RHEUM", "Rheumatology clinic"), reason="Follow-up fibromyalgia",
                     practitioner=rh, org=h, diagnosis=[fmy])
    k.vitals("2026-11-10", 116, 74, 86, 54, encounter=e4)
    k.note("2026-11-10", (
        "Rheumatology clinic - follow-up\nKnown fibromyalgia. Ongoing widespread pain, fatigue, difficulty with stairs. "
        "She says \"kulluh nafsi?\" - reassured.\nLabs: CK 2450, ALT 88, ESR 42, ANA 1:640 speckled.\n"
        "Impression: fibromyalgia; CK rise probably post-exertional (she started walking). Continue pregabalin and duloxetine. "
        "Repeat CK in 6 months."),
        doc("11488-4", "Rheumatology follow-up note"), rh, e4, "Rheumatology 10/11/2026")
    k.impression("2026-11-10", "Rheumatology reassessment of widespread pain", 
                 "Fibromyalgia, unchanged. Raised CK (2450) attributed to exertion; ANA 1:640 noted. No change to diagnosis.",
                 rh, [fmy], [am("M79.7", "Fibromyalgia")], encounter=e4)
    return k


def b03(cid):
    """Left main + three-vessel disease: heart team recommends CABG, booked for 10 January 2027 after family meeting."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    card = doctor(k, "Al-Mutlaq", "Fahad", "Interventional Cardiology", "11-R-18852")
    cs = doctor(k, "Bin Saeed", "Omar", "Cardiac Surgery", "11-R-17409")
    patient(k, "Al-Dosari", "Abdullah", "male", "1963-11-14", "MRN-0033107", "1011220987", "+966505772310", h)
    cover(k, cl)
    son = k.related("SON", "son", "Al-Dosari", "Khalid", "male", "+966506611204")
    dm = k.condition(am("E11.9", "Type 2 diabetes mellitus without complication"), "2008-01-01", recorded="2009-04-10")
    htn = k.condition(am("I10", "Essential (primary) hypertension"), "2010-01-01", recorded="2010-06-21")
    lip = k.condition(am("E78.0", "Pure hypercholesterolaemia"), "2010-01-01", recorded="2010-06-21")
    cad = k.condition(am("I25.11", "Atherosclerotic heart disease of native coronary artery"), "2026-09-01", recorded="2026-10-20",
                      recorder=card, note="Left main 60% + three-vessel disease, SYNTAX score 33.")
    ang = k.condition(am("I20.8", "Other forms of angina pectoris"), "2026-08-15", recorded="2026-09-07",
                      note="Exertional angina CCS class III.")
    e1 = k.encounter("2026-09-07", "AMB", type_cc=clinic("CARD", "Cardiology clinic"), reason="Exertional chest pain",
                     practitioner=card, org=h)
    k.vitals("2026-09-07", 138, 84, 70, 92, bmi=30.2, encounter=e1)
    k.labs("2026-09-07", {"hba1c": 7.4, "chol": 5.6, "creat": 96, "egfr": 76, "hb": 14.4}, "Cardiology bloods",
           ranges={"hba1c": (4.0, 7.0)})
    for code, name, dose, r in (("B01AC06", "Aspirin 81 mg tablet", "81 mg daily", cad), ("C07AB07", "Bisoprolol 5 mg tablet", "5 mg daily", ang),
                                ("C01DA14", "Isosorbide mononitrate 60 mg MR tablet", "60 mg in the morning", ang),
                                ("C10AA07", "Rosuvastatin 20 mg tablet", "20 mg daily", lip), ("A10BA02", "Metformin 1 g tablet", "1 g twice daily", dm),
                                ("C09CA01", "Losartan 50 mg tablet", "50 mg daily", htn)):
        k.med_request(med(code, name), "2026-09-07", "active", dosage=dose, requester=card, reason_ref=[r], repeats=3, supply_days=30)
    e2 = k.encounter("2026-10-20", "SS", type_cc=clinic("CATH", "Cardiac catheterisation laboratory (day case)"),
                     reason="Coronary angiography", practitioner=card, org=h, end="2026-10-20")
    k.procedure(achi("38218-00", "Coronary angiography"), "completed", "2026-10-20", card, [ang], encounter=e2,
                outcome="Left main 60%, proximal LAD 85%, LCx 80%, RCA 90%. SYNTAX 33.")
    k.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF (echocardiography)"), "2026-10-22", qty(50, "%"),
          "imaging", "N", [{"low": qty(50, "%")}])
    e3 = k.encounter("2026-10-28", "AMB", type_cc=clinic("HEART-TEAM", "Heart team meeting"), reason="Revascularisation strategy",
                     practitioner=cs, org=h)
    k.note("2026-10-28", (
        "Heart Team meeting\n62M, diabetic, CCS III angina, LM + 3VD, SYNTAX 33, LVEF 50%.\n"
        "Recommendation: surgical revascularisation - CABG x3 (LIMA-LAD, SVG-OM, SVG-RCA), in preference to PCI given diabetes and SYNTAX > 32."),
        doc("11488-4", "Heart team note"), cs, e3, "Heart team 28/10/2026")
    e4 = k.encounter("2026-11-02", "AMB", type_cc=clinic("CSURG", "Cardiac surgery clinic"), reason="Surgical consent - family meeting",
                     practitioner=cs, org=h)
    k.note("2026-11-02", (
        "Cardiac surgery clinic - family meeting\nPresent: patient, wife, eldest son Khalid (Abu Faisal) and second son. "
        "Explained CABG x3 via sternotomy, ICU stay, risks (STS mortality 1.4%), recovery 6-8 weeks.\n"
        "Patient: \"inshallah khair\". Family discussed together and agreed; son Khalid will accompany on admission.\n"
        "Consent signed. Surgery booked 10/01/2027, pre-admission clinic 03/01/2027. Continue aspirin; hold metformin 48 h pre-op."),
        doc("11488-4", "Cardiac surgery consult note"), cs, e4, "Cardiac surgery 02/11/2026")
    k.service_request(cc((ACHI, "38500-00", "Coronary artery bypass, using 1 LIMA graft"),
                         (ACHI, "38497-01", "Coronary artery bypass, using 2 saphenous vein grafts"),
                         text="CABG x3 (LIMA-LAD, SVG-OM1, SVG-RCA)"),
                      "2026-11-02", "active", "order", requester=cs, performer=cs, reason_ref=[cad, ang], occurrence="2027-01-10",
                      encounter=e4, note="Elective admission 09/01/2027.")
    k.appointment("2027-01-03", "Pre-admission clinic before CABG", [cs])
    return k


def b04(cid):
    """Right total knee arthroplasty already performed in September 2026; good six-week review."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    ortho = doctor(k, "Al-Shehri", "Yasser", "Orthopaedic Surgery", "11-R-19960")
    pt = doctor(k, "Al-Harthi", "Lama", "Physiotherapy", "11-R-40022", "female")
    patient(k, "Al-Mutairi", "Noura", "female", "1962-02-08", "MRN-0052774", "1034567812", "+966554430281", h, marital="W")
    cover(k, cl)
    k.related("SON", "son", "Al-Mutairi", "Bandar", "male", "+966554438810")
    oa = k.condition(am("M17.1", "Other primary gonarthrosis"), "2018-01-01", recorded="2019-09-12",
                     note="Right knee worse; left knee mild, stable.")
    dm = k.condition(am("E11.9", "Type 2 diabetes mellitus without complication"), "2012-01-01", recorded="2013-01-22")
    k.condition(am("E66.9", "Obesity, unspecified"), "2010-01-01", recorded="2013-01-22")
    k.med_request(med("A10BA02", "Metformin 850 mg tablet"), "2026-06-01", "active", dosage="850 mg twice daily", requester=ortho,
                  reason_ref=[dm], repeats=5, supply_days=30)
    sr = k.service_request(achi("49518-00", "Total arthroplasty of knee, unilateral"), "2026-06-14", "completed", "order",
                           requester=ortho, reason_ref=[oa], occurrence="2026-09-22", note="Right TKA")
    e1 = k.encounter("2026-09-21", "IMP", type_cc=clinic("ORTHO-W", "Orthopaedic ward"), reason="Elective right TKA", practitioner=ortho,
                     org=h, end="2026-09-25",
                     discharge=cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition", "home", "Home")))
    k.procedure(achi("49518-00", "Total arthroplasty of knee, unilateral"), "completed", "2026-09-22", ortho, [oa], based_on=[sr],
                encounter=e1, body_site=cc((SCT, "6757004", "Right knee region structure"), text="Right knee"), outcome="Uncomplicated")
    k.labs("2026-09-23", {"hb": 11.6, "creat": 68, "crp": 62}, "Post-operative bloods", e1, ranges={"hb": (11.5, 15.5)},
           interp_over={"crp": "H"})
    k.note("2026-09-25", (
        "Discharge summary - Orthopaedics\nElective right TKA 22/09/2026 under spinal anaesthesia. Uneventful. Mobilising with frame. "
        "Enoxaparin 40 mg daily for 14 days. Physiotherapy 2x/week. Review 6 weeks."),
        doc("18842-5", "Discharge summary"), ortho, e1, "Discharge summary")
    k.med_request(med("B01AB05", "Enoxaparin 40 mg injection"), "2026-09-25", "completed", dosage="40 mg SC daily for 14 days",
                  requester=ortho, course="acute")
    for d in ("2026-10-06", "2026-10-20"):
        e = k.encounter(d, "AMB", type_cc=clinic("PHYSIO", "Physiotherapy"), reason="Post-TKA rehabilitation", practitioner=pt, org=h)
        k.obs(cc((LOCAL, "ROM-KNEE-FLEX", "Knee flexion range (goniometer)"), text="Right knee flexion"), d, qty(85 if d.endswith("06") else 100, "deg"),
              "exam", encounter=e)
    e4 = k.encounter("2026-11-03", "AMB", type_cc=clinic("ORTHO", "Orthopaedic clinic"), reason="6-week post-op review", practitioner=ortho, org=h)
    k.vitals("2026-11-03", 128, 78, 74, 91, encounter=e4)
    k.obs(cc((LOCAL, "ROM-KNEE-FLEX", "Knee flexion range (goniometer)"), text="Right knee flexion"), "2026-11-03", qty(110, "deg"), "exam", encounter=e4)
    k.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain score"), "2026-11-03", 2, e4)
    k.note("2026-11-03", (
        "Orthopaedic clinic - 6 weeks post right TKA\nWalking without aid, pain 2/10, flexion 0-110. Wound healed. X-ray: well-fixed components.\n"
        "\"Alhamdulillah, I can pray standing again.\" Son present.\nPlan: continue home exercises, review 6 months. No further surgery planned."),
        doc("11506-3", "Progress note"), ortho, e4, "Ortho review 03/11/2026")
    return k


def b05(cid):
    """Metastatic pancreatic cancer, ECOG 3, MDT: best supportive care only; palliative referral; family-led decisions."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    onc = doctor(k, "Al-Jubran", "Hind", "Medical Oncology", "11-R-22874", "female")
    gi = doctor(k, "Al-Zahrani", "Sami", "Gastroenterology", "11-R-21190")
    pal = doctor(k, "Al-Fayez", "Abeer", "Palliative Medicine", "11-R-30415", "female")
    patient(k, "Al-Shammari", "Fatimah", "female", "1959-05-03", "MRN-0070318", "1005588123", "+966500981234", h, marital="W")
    cover(k, cl)
    k.related("SON", "son", "Al-Shammari", "Khalid", "male", "+966500981777", text="Eldest son, family decision-maker")
    k.condition(am("I10", "Essential (primary) hypertension"), "2011-01-01", recorded="2012-08-14")
    ca = k.condition(am("C25.0", "Malignant neoplasm head of pancreas"), "2026-09-01", recorded="2026-09-18", recorder=onc,
                     stage=txt("cT4 N1 M1 (liver), stage IV"))
    mets = k.condition(am("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"), "2026-09-01", recorded="2026-09-18")
    k.report(cc((LOCAL, "CT-CAP", "CT chest abdomen pelvis with contrast"), text="CT chest/abdomen/pelvis"), "2026-09-10",
             "4.2 cm pancreatic head mass encasing SMA, multiple liver metastases (largest 3.8 cm), biliary dilatation.", RAD, performer=h)
    k.procedure(cc((LOCAL, "ERCP-STENT", "ERCP with biliary stent insertion"), text="ERCP with metal biliary stent"), "completed", "2026-09-14", gi, [ca],
                outcome="Metal biliary stent placed; brushings adenocarcinoma.")
    k.labs("2026-10-12", {"bili": 38, "alb": 28, "ca199": 2840, "hb": 10.9, "creat": 70}, "Oncology bloods",
           ranges={"hb": (11.5, 15.5)})
    e1 = k.encounter("2026-10-14", "AMB", type_cc=clinic("MDT-GI", "GI oncology multidisciplinary meeting"), reason="Treatment planning",
                     practitioner=onc, org=h)
    k.obs(cc((LOINC, "89247-1", "ECOG Performance Status score"), text="ECOG"), "2026-10-14", 3, "survey", encounter=e1)
    k.note("2026-10-14", (
        "GI Oncology MDT\n67F, metastatic adenocarcinoma of pancreatic head (liver mets), ECOG 3, albumin 28, weight loss 14 kg.\n"
        "Not fit for systemic chemotherapy (FOLFIRINOX or gemcitabine-based); no surgical or radiotherapy option.\n"
        "Outcome: no active oncological treatment options - best supportive care. Refer to palliative medicine and home healthcare."),
        doc("11488-4", "MDT outcome"), onc, e1, "GI oncology MDT 14/10/2026")
    e2 = k.encounter("2026-10-19", "AMB", type_cc=clinic("ONC", "Oncology clinic"), reason="Breaking news / family meeting",
                     practitioner=onc, org=h)
    k.note("2026-10-19", (
        "Oncology clinic - family meeting\nPresent: patient, sons Khalid and Turki, daughter Maha. Sons asked beforehand that the word "
        "'cancer' is not used with their mother; agreed to disclose gradually as she wishes.\n"
        "Explained that no chemotherapy can be given safely and that care will focus on comfort. Khalid: \"mafi 'ilaj? nothing at all?\" "
        "Family accept, \"Allah yashfeeha\". Palliative referral and home healthcare program enrolment."),
        doc("11488-4", "Oncology family meeting"), onc, e2, "Family meeting 19/10/2026")
    k.service_request(cc((SCT, "306237005", "Referral to palliative care service"), text="Referral to palliative medicine"), "2026-10-19",
                      "active", "order", requester=onc, performer=pal, reason_ref=[ca, mets])
    k.careplan("Palliative and home healthcare plan", "2026-10-26", category=cc((SCT, "103735009", "Palliative care"), text="Palliative care"),
               addresses=[ca, mets], author=pal,
               activities=[(cc((SCT, "103735009", "Palliative care"), text="Home healthcare visits twice weekly"), "in-progress", None),
                           (None, "in-progress", "Symptom control: pain, nausea, pruritus")],
               description="Best supportive care; no disease-directed treatment.")
    k.med_request(med("N02AA01", "Morphine sulfate oral solution 10 mg/5 mL"), "2026-10-26", "active", dosage="5 mg every 4 hours as needed",
                  requester=pal, reason_ref=[ca])
    k.med_request(med("N05AD01", "Haloperidol 0.5 mg tablet"), "2026-10-26", "active", dosage="0.5 mg at night for nausea", requester=pal)
    e3 = k.encounter("2026-11-23", "HH", type_cc=clinic("HHC", "Home healthcare visit"), reason="Palliative home visit", practitioner=pal, org=h)
    k.vitals("2026-11-23", 102, 64, 96, 47, encounter=e3)
    k.note("2026-11-23", (
        "Home healthcare - palliative visit\nBedbound most of the day, pain 3/10 on oral morphine, eating little. Daughter providing care. "
        "Family at peace with the plan."),
        doc("11506-3", "Home visit note"), pal, e3, "Home visit 23/11/2026")
    return k


def b06(cid):
    """End-stage diabetic kidney disease: AV fistula created, maintenance haemodialysis to start 7 December 2026."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    neph = doctor(k, "Al-Sayyari", "Abdulkareem", "Nephrology", "11-R-16641")
    vs = doctor(k, "Al-Omran", "Mohammed", "Vascular Surgery", "11-R-18003")
    patient(k, "Al-Ghamdi", "Mohammed", "male", "1965-08-30", "MRN-0029914", "1009876543", "+966509234871", h)
    cover(k, cl)
    k.related("WIFE", "wife", "Al-Ghamdi", "Aisha", "female", "+966509234800")
    dm = k.condition(am("E11.23", "Type 2 diabetes mellitus with advanced diabetic nephropathy"), "2002-01-01", recorded="2008-03-19")
    htn = k.condition(am("I12.0", "Hypertensive kidney disease with kidney failure"), "2006-01-01", recorded="2021-07-01")
    ckd = k.condition(am("N18.5", "Chronic kidney disease, stage 5"), "2025-10-01", recorded="2025-10-20", recorder=neph)
    an = k.condition(am("D63.8", "Anaemia in other chronic diseases classified elsewhere"), "2024-01-01", recorded="2024-04-02",
                     note="Renal anaemia on ESA; iron stores replete.")
    for code, name, dose, r in (("A10AE04", "Insulin glargine 100 units/mL", "18 units at night", dm),
                                ("C08CA01", "Amlodipine 10 mg tablet", "10 mg daily", htn), ("C03CA01", "Furosemide 80 mg tablet", "80 mg twice daily", ckd),
                                ("V03AE02", "Sevelamer carbonate 800 mg tablet", "800 mg with meals", ckd),
                                ("B03XA01", "Epoetin alfa 4000 IU injection", "4000 IU SC weekly", an)):
        k.med_request(med(code, name), "2026-05-12", "active", dosage=dose, requester=neph, reason_ref=[r], repeats=5, supply_days=30)
    k.labs("2026-05-12", {"creat": 610, "egfr": 9, "k": 5.3, "hb": 10.1, "phos": 1.9, "ferritin": 340}, "Renal bloods",
           ranges={"hb": (13.0, 17.0)})
    e1 = k.encounter("2026-06-02", "AMB", type_cc=clinic("NEPH", "Nephrology clinic"), reason="Renal replacement therapy planning",
                     practitioner=neph, org=h)
    k.vitals("2026-06-02", 152, 88, 80, 82, encounter=e1)
    k.note("2026-06-02", (
        "Nephrology clinic - RRT planning\n60M, CKD 5 (diabetic/hypertensive), eGFR 9. Symptoms: anorexia, itch, fatigue. "
        "Patient initially said \"mafi faida\" about dialysis. Long discussion with patient, wife and sons on options: haemodialysis, "
        "peritoneal dialysis (poor vision, declined), transplant work-up (no living donor yet).\n"
        "Family decision: in-centre haemodialysis. Referred to vascular surgery for AV fistula."),
        doc("11488-4", "Nephrology consult note"), neph, e1, "Nephrology 02/06/2026")
    k.procedure(cc((LOCAL, "VASC-AVF-RC", "Creation of radiocephalic arteriovenous fistula"), text="Left radiocephalic AV fistula creation"),
                "completed", "2026-09-08", vs, [ckd], outcome="Good thrill; matured by 8 weeks")
    k.labs("2026-11-10", {"creat": 702, "egfr": 8, "k": 5.6, "hb": 9.6, "phos": 2.1, "ferritin": 320, "alb": 34}, "Renal bloods",
           ranges={"hb": (13.0, 17.0)})
    e2 = k.encounter("2026-11-17", "AMB", type_cc=clinic("NEPH", "Nephrology clinic"), reason="Dialysis start", practitioner=neph, org=h)
    k.vitals("2026-11-17", 158, 90, 84, 84, encounter=e2)
    k.note("2026-11-17", (
        "Nephrology clinic\nFistula matured (flow 780 mL/min on Doppler). Uraemic symptoms worse: nausea, itch, ankle oedema. K 5.6.\n"
        "Plan agreed with patient and family: start maintenance haemodialysis 3 sessions/week (4 h) from 07/12/2026, "
        "Sun-Tue-Thu morning shift. Transport arranged by son. Dietitian referral."),
        doc("11506-3", "Progress note"), neph, e2, "Nephrology 17/11/2026")
    k.service_request(achi("13100-00", "Haemodialysis"), "2026-11-17", "active", "order", requester=neph, reason_ref=[ckd],
                      occurrence_period={"start": "2026-12-07"}, note="Maintenance in-centre haemodialysis 3x/week via left RC-AVF.",
                      encounter=e2)
    k.careplan("Renal replacement therapy - maintenance haemodialysis", "2026-11-17", category=txt("Renal replacement therapy"),
               addresses=[ckd], author=neph, start="2026-12-07",
               activities=[(achi("13100-00", "Haemodialysis"), "scheduled", "3 x 4 h/week from 07/12/2026"),
                           (None, "scheduled", "Transplant work-up when eligible")])
    return k


def b07(cid):
    """Breast cancer treated in 2021 (lumpectomy + radiotherapy, finished); on letrozole, surveillance normal."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    onc = doctor(k, "Al-Hussaini", "Hana", "Medical Oncology", "11-R-24410", "female")
    rad = doctor(k, "Al-Tamimi", "Ruba", "Breast Imaging", "11-R-28861", "female")
    patient(k, "Al-Otaibi", "Hessa", "female", "1969-10-12", "MRN-0041566", "1045566778", "+966553390021", h)
    cover(k, cl)
    k.related("HUSB", "husband", "Al-Otaibi", "Saad", "male", "+966553390077")
    bc = k.condition(am("C50.4", "Malignant neoplasm upper outer quadrant of breast"), "2021-02-01", clinical="remission",
                     recorded="2021-02-20", recorder=onc, stage=txt("pT1c N0 M0, ER+/PR+/HER2-"))
    k.condition(am("Z85.3", "Personal history of malignant neoplasm of breast"), "2021-08-01", recorded="2021-08-15")
    ost = k.condition(am("M85.8", "Other specified disorders of bone density and structure"), "2024-01-01",
                      recorded="2024-03-05", note="Osteopenia on DEXA (aromatase inhibitor).")
    k.procedure(cc((LOCAL, "BR-WLE-SLNB", "Wide local excision of breast with sentinel node biopsy"), text="Left breast lumpectomy + SLNB"),
                "completed", "2021-03-08", reason_ref=[bc])
    k.procedure(cc((SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), text="Adjuvant whole-breast radiotherapy 40 Gy/15 fractions"),
                "completed", "2021-05-20", reason_ref=[bc], note="Course 12/04/2021 - 30/04/2021, completed without interruption.")
    k.med_request(med("L02BG04", "Letrozole 2.5 mg tablet"), "2026-04-19", "active", dosage="2.5 mg daily", requester=onc, reason_ref=[bc],
                  repeats=5, supply_days=30, note="Started 06/2021; planned 7 years total.")
    k.med_request(med("M05BA08", "Zoledronic acid 4 mg infusion"), "2026-04-19", "active", dosage="4 mg IV every 6 months", requester=onc,
                  reason_ref=[ost])
    mg = k.report(cc((LOINC, "24606-6", "MG Breast Screening"), text="Bilateral mammogram (surveillance)"), "2026-10-05",
                  "Post-lumpectomy changes left breast, stable. No suspicious mass or calcification. BI-RADS 2.", RAD, performer=rad)
    k.labs("2026-10-12", {"hb": 13.1, "alt": 24, "alp": 88, "ca": 2.34, "creat": 66}, "Oncology surveillance bloods",
           ranges={"hb": (11.5, 15.5)})
    e1 = k.encounter("2026-10-19", "AMB", type_cc=clinic("ONC", "Oncology clinic"), reason="Annual surveillance", practitioner=onc, org=h)
    k.vitals("2026-10-19", 124, 76, 70, 72, bmi=27.0, encounter=e1)
    k.note("2026-10-19", (
        "Oncology clinic - survivorship\n57F, left breast cancer 2021 (lumpectomy, SLNB negative, whole-breast radiotherapy completed April 2021), "
        "on letrozole since June 2021. Mild arthralgia, tolerable. No new symptoms, alhamdulillah.\n"
        "Mammogram BI-RADS 2, bloods normal. No evidence of recurrence.\nPlan: continue letrozole, zoledronic acid 6-monthly, "
        "mammogram and review in 12 months."),
        doc("11506-3", "Progress note"), onc, e1, "Oncology survivorship 19/10/2026")
    return k


def b08(cid):
    """Chronic migraine on topiramate; patient writes through the portal asking for a second opinion from another neurologist."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    neu = doctor(k, "Al-Qahtani", "Ibrahim", "Neurology", "11-R-20558")
    patient(k, "Al-Zahrani", "Amal", "female", "1981-01-25", "MRN-0058130", "1076655443", "+966552017735", h)
    cover(k, cl)
    mig = k.condition(am("G43.0", "Migraine without aura"), "2015-01-01", recorded="2019-11-04", recorder=neu,
                      note="Chronic migraine pattern (>=15 headache days/month) since 2024.")
    k.condition(am("E55.9", "Vitamin D deficiency, unspecified"), "2023-01-01", recorded="2023-02-02")
    k.med_request(med("N03AX11", "Topiramate 50 mg tablet"), "2026-03-09", "active", dosage="50 mg twice daily", requester=neu,
                  reason_ref=[mig], repeats=5, supply_days=30)
    k.med_request(med("N02CC01", "Sumatriptan 50 mg tablet"), "2026-03-09", "active", dosage="50 mg at onset, max 2/day, max 8 days/month",
                  requester=neu, reason_ref=[mig], repeats=5)
    hd = cc((LOCAL, "HA-DAYS", "Headache days per month (diary)"), text="Headache days/month")
    for d, v in (("2026-03-09", 18), ("2026-06-15", 16), ("2026-10-12", 17)):
        e = k.encounter(d, "AMB", type_cc=clinic("NEURO", "Neurology clinic"), reason="Chronic migraine follow-up", practitioner=neu, org=h)
        k.vitals(d, 118, 74, 72, 68, encounter=e)
        k.obs(hd, d, qty(v, "/mo", "/mo"), "survey", encounter=e)
    k.report(cc((LOCAL, "MRI-BRAIN", "MRI brain without contrast"), text="MRI brain"), "2025-12-04", "Normal MRI brain.", RAD, performer=h)
    k.note("2026-10-12", (
        "Neurology clinic\nChronic migraine, 17 headache days/month, topiramate 100 mg/day tolerated. MRI normal. "
        "Patient asked about other treatments (CGRP antibody, botulinum toxin); told to continue current plan for 3 more months.\n"
        "Plan: continue topiramate, headache diary, review February 2027."),
        doc("11506-3", "Progress note"), neu, None, "Neurology 12/10/2026")
    c1 = k.communication("2026-11-08",
                         "Assalamu alaikum. I have had headaches most days for two years. Every visit is five minutes and I am told to continue "
                         "the same tablets. I feel nobody is listening to me. I would like a second opinion (abi ra'y thani) from another "
                         "neurologist, preferably at the specialist headache clinic in Riyadh. My husband agrees and can take me. Please arrange a referral.",
                         k.patient_ref, neu, category=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification"),
                                                        text="Patient portal message"),
                         medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data"), text="Patient portal"),
                         about=[mig])
    k.communication("2026-11-10", "Message received; your request will be discussed at your next appointment.", neu, k.patient_ref,
                    in_response_to=[c1])
    return k


def b09(cid):
    """Depression on sertraline: PHQ-9 14 -> 12 -> 13 -> 14 over eight months - no improvement but no meaningful worsening."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    psy = doctor(k, "Al-Habeeb", "Abdulhameed", "Psychiatry", "11-R-23390")
    patient(k, "Al-Subaie", "Sara", "female", "1987-04-17", "MRN-0066021", "1087654321", "+966559901274", h)
    cover(k, cl)
    dep = k.condition(am("F32.1", "Moderate depressive episode"), "2026-01-01", recorded="2026-03-02", recorder=psy)
    k.condition(am("E03.9", "Hypothyroidism, unspecified"), "2018-01-01", recorded="2018-06-11")
    k.med_request(med("N06AB06", "Sertraline 100 mg tablet"), "2026-04-13", "active", dosage="100 mg daily", requester=psy,
                  reason_ref=[dep], repeats=5, supply_days=30, note="Started 50 mg on 02/03/2026, increased to 100 mg on 13/04/2026.")
    k.med_request(med("H03AA01", "Levothyroxine 75 mcg tablet"), "2026-01-10", "active", dosage="75 mcg daily", requester=psy, repeats=5)
    phq = cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 total")
    for d, v in (("2026-03-02", 14), ("2026-06-01", 12), ("2026-09-07", 13), ("2026-11-16", 14)):
        e = k.encounter(d, "AMB", type_cc=clinic("PSY", "Psychiatry outpatient clinic"), reason="Depression follow-up", practitioner=psy, org=h)
        k.score(phq, d, v, e)
    k.labs("2026-06-01", {"tsh": 2.1, "hb": 12.8}, "Routine bloods", ranges={"hb": (11.5, 15.5)})
    k.note("2026-11-16", (
        "Psychiatry clinic\n39F, moderate depression, sertraline 100 mg since April; adherent. Sleeping better, still low energy, "
        "working part-time. No suicidal ideation. PHQ-9 14 (14 at baseline, 12 in June, 13 in September).\n"
        "Plan: partial response - add CBT (referral to psychology), continue sertraline, review 6 weeks."),
        doc("11506-3", "Progress note"), psy, None, "Psychiatry 16/11/2026")
    k.service_request(cc((LOCAL, "PSYCHOL-CBT", "Cognitive behavioural therapy - psychology"), text="Referral for CBT"), "2026-11-16",
                      "active", "order", requester=psy, reason_ref=[dep])
    return k


def b10(cid):
    """Gaucher disease type 1 on imiglucerase enzyme replacement since 2019; stable."""
    k = Case(cid, ORG)
    h, cl = hospital(k)
    hem = doctor(k, "Al-Mulla", "Nourah", "Haematology (metabolic clinic)", "11-R-25518", "female")
    patient(k, "Al-Anazi", "Faisal", "male", "1997-09-09", "MRN-0025077", "1112233445", "+966507745120", h, marital="S")
    cover(k, cl)
    k.related("FTH", "father", "Al-Anazi", "Mutlaq", "male", "+966507745000")
    gd = k.condition(am("E75.22", "Gaucher disease"), "2018-06-01", recorded="2018-09-03", recorder=hem,
                     note="Type 1; GBA N370S/L444P; parents first cousins. Splenomegaly and thrombocytopenia at diagnosis.")
    k.condition(am("D69.6", "Thrombocytopenia, unspecified"), "2018-06-01", clinical="resolved", abatement="2020-06-01", recorded="2018-09-03")
    ert = k.med_request(med("A16AB02", "Imiglucerase 400 units vial"), "2026-01-05", "active", dosage="60 units/kg IV every 2 weeks",
                        requester=hem, reason_ref=[gd], course="continuous")
    for d in ("2026-10-19", "2026-11-02", "2026-11-16"):
        k.med_admin(med("A16AB02", "Imiglucerase"), d, dose_text="4200 units IV over 2 h (60 units/kg)", reason_ref=[gd], request=ert)
    chito = cc((LOCAL, "CHITO", "Chitotriosidase activity, plasma"), text="Chitotriosidase")
    for d, hb, plt, ch, alt in (("2026-05-11", 14.2, 168, 410, 26), ("2026-11-02", 14.5, 175, 360, 24)):
        rep, obs = k.labs(d, {"hb": hb, "plt": plt, "alt": alt}, "Gaucher monitoring", ranges={"hb": (13.0, 17.0)})
        k.obs(chito, d, qty(ch, "nmol/h/mL", "nmol/h/mL"), interp="H", rr=[{"high": qty(120, "nmol/h/mL", "nmol/h/mL")}])
    k.report(cc((LOCAL, "MRI-ABD-VOL", "MRI abdomen - organ volumetry"), text="MRI liver/spleen volumetry"), "2026-05-20",
             "Spleen 5.1 MN (multiples of normal), liver 1.1 MN, stable versus 2025. No bone infarcts.", RAD, performer=h)
    e1 = k.encounter("2026-11-16", "AMB", type_cc=clinic("METAB", "Metabolic / haematology clinic"), reason="Gaucher disease review",
                     practitioner=hem, org=h)
    k.vitals("2026-11-16", 122, 76, 68, 74, encounter=e1)
    k.note("2026-11-16", (
        "Metabolic clinic - Gaucher disease type 1\n29M, on imiglucerase 60 U/kg every 2 weeks since 2019 (day-unit infusions). "
        "No bone crises this year. Hb 14.5, platelets 175, chitotriosidase falling (410 -> 360). Spleen volume stable.\n"
        "Family screening: younger brother also affected, followed here. Plan: continue ERT, annual MRI and DEXA."),
        doc("11506-3", "Progress note"), hem, e1, "Metabolic clinic 16/11/2026")
    return k


CASES = [
    dict(key="B01", build=b01, target="PERSISTENT_SYMPTOMS_NORMAL_WORKUP", kind="positive",
         expected=["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
         why="Iron-deficiency anaemia (Hb 10.4, MCV 72, ferritin 9) in a 58-year-old man in July 2026 with no endoscopy, referral or "
             "even acknowledgement within 60 days, and new tiredness and breathlessness attributed to deconditioning.",
         summary="Saudi MOH: diabetic man, new iron-deficiency anaemia July 2026 never followed up (red-flag e-trigger)"),
    dict(key="B02", build=b02, target="DIAGNOSIS_SYMPTOM_MISMATCH", kind="positive", expected=["DIAGNOSIS_SYMPTOM_MISMATCH"],
         why="Fibromyalgia (M79.7) active for a year while symptoms continue, and proximal weakness, dysphagia, CK 2450, raised ALT/ESR "
             "and ANA 1:640 appeared that fibromyalgia cannot explain; the label was kept.",
         summary="Saudi MOH: fibromyalgia label despite proximal weakness and CK 2450 (possible myositis)"),
    dict(key="B03", build=b03, target="MAJOR_PROCEDURE_PLANNED", kind="positive", expected=["MAJOR_PROCEDURE_PLANNED"],
         why="Heart team recommended CABG x3; consent signed after a family meeting and an active ServiceRequest (ACHI 38500-00/38497-01) "
             "books surgery for 10 January 2027.",
         summary="Saudi MOH: left main + 3-vessel disease, CABG x3 booked January 2027 after family meeting"),
    dict(key="B04", build=b04, target="MAJOR_PROCEDURE_PLANNED", kind="near-miss", expected=[],
         why="The total knee arthroplasty was already performed on 22 Sept 2026 (ServiceRequest completed, Procedure completed) and the "
             "6-week review is good; nothing further is planned.",
         summary="Saudi MOH: right TKA already done, good recovery, no further surgery planned"),
    dict(key="B05", build=b05, target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
         why="Metastatic pancreatic cancer; MDT states no active oncological treatment options (best supportive care), palliative "
             "referral and CarePlan active, and no second opinion on record.",
         summary="Saudi MOH: stage IV pancreatic cancer, ECOG 3, best supportive care only, family-led palliative plan"),
    dict(key="B06", build=b06, target="HIGH_IMPACT_TREATMENT", kind="positive", expected=["HIGH_IMPACT_TREATMENT"],
         why="Maintenance haemodialysis three times a week ordered to start 7 Dec 2026 (ServiceRequest ACHI 13100-00 and CarePlan); "
             "the AV fistula has already been created.",
         summary="Saudi MOH: CKD 5, AV fistula matured, in-centre haemodialysis starting December 2026"),
    dict(key="B07", build=b07, target="HIGH_IMPACT_TREATMENT", kind="near-miss", expected=[],
         why="Lumpectomy and radiotherapy were completed in 2021; the only current treatment is letrozole and 6-monthly zoledronic acid, "
             "with normal surveillance - no high-impact treatment is planned or running.",
         summary="Saudi MOH: breast cancer survivor, radiotherapy finished 2021, on letrozole, surveillance normal"),
    dict(key="B08", build=b08, target="PATIENT_REPORTED_CONCERN", kind="positive", expected=["PATIENT_REPORTED_CONCERN"],
         why="A patient-authored portal Communication says nobody is listening and explicitly asks for a second opinion from another neurologist.",
         summary="Saudi MOH: chronic migraine, patient portal message requesting a second neurology opinion"),
    dict(key="B09", build=b09, target="WORSENING_DESPITE_TREATMENT", kind="near-miss", expected=[],
         why="PHQ-9 went 14 -> 12 -> 13 -> 14 over eight months on sertraline: a partial response, but no worsening of 5 points or more.",
         summary="Saudi MOH: depression on sertraline, PHQ-9 flat (no change beyond MCID)"),
    dict(key="B10", build=b10, target="RARE_OR_COMPLEX_CONDITION", kind="positive", expected=["RARE_OR_COMPLEX_CONDITION"],
         why="Active Gaucher disease type 1 (Orphanet rare lysosomal disease) on enzyme replacement therapy.",
         summary="Saudi MOH: Gaucher disease type 1 on imiglucerase infusions, consanguineous family"),
]
