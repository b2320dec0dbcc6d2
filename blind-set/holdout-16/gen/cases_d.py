from fhirlib import *
from orgs import make

Q = "PATIENT_REPORTED_CONCERN"
R = "RARE_OR_COMPLEX_CONDITION"
YES = ("http://loinc.org", "LA33-6", "Yes")
NO = ("http://loinc.org", "LA32-8", "No")


def prc_pos_portal_migraine(cid):
    c = make(cid, "sunbelt")
    c.patient(["Alexis", "N"], "Brandvold", "female", "1995-03-08", "SIC-8841206", "1220 W University Dr", "Tempe", "AZ", "85281", "480-555-0193", marital="S")
    c.payer("Sunbelt Health Plan", "Sunbelt Commercial HMO", "SHP12093388", kind="MCPOL", start="2022-01-01")
    pcp = c.practitioner("Jonathan", "Reyes-Albright", "1184627730", "DO, Family Medicine")
    neu = c.practitioner("Farida", "Nazari", "1639902281", "MD, General Neurology")
    mig = c.cond([icd("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus"), sct("37796009", "Migraine")], "2023-06-01", text="Chronic migraine without aura")
    c.cond([icd("F41.1", "Generalized anxiety disorder")], "2021-01-01", status="inactive", text="Anxiety (in remission)")
    c.cond([icd("J02.0", "Streptococcal pharyngitis")], "2025-02-10", status="resolved", abated="2025-02-20", cat="encounter-diagnosis")
    c.med(rx("38404", "topiramate"), "2025-01-15", prac=neu, dose="50 mg twice daily", reason=[mig], supply_days=30)
    c.med(rx("37418", "sumatriptan"), "2023-06-01", prac=pcp, dose="100 mg at onset, may repeat in 2 h; max 2/day", reason=[mig], supply_days=30)
    c.med((rx("37418", "sumatriptan"),), "2026-10-22", text="sumatriptan 100 mg oral tablet (9 tablets)", rt="MedicationDispense", supply_days=30)
    e1 = c.enc("2025-01-15", "Neurology consult", prac=neu, reason="Frequent headaches")
    c.dr([cpt("70551", "Magnetic resonance imaging, brain, without contrast material")], "2025-01-22", "Normal MRI brain.", cat=("RAD", "Radiology"))
    c.note("2025-01-15", "Neurology consult", "29F with chronic migraine, ~16 headache days/month. Normal exam. Started topiramate. Stress, sleep and caffeine counselling. Follow up PRN.", author=neu, enc=e1)
    e2 = c.enc("2026-09-30", "Office visit", prac=pcp, reason="Migraines")
    c.vitals("2026-09-30", e2, 114, 72, 70, wt=61.0)
    c.obs(c.lc("MIDAS", "MIDAS (Migraine Disability Assessment) total score"), "2026-09-30", 34, "{score}", cat="survey", enc=e2)
    c.obs(c.lc("HA-DAYS", "Headache days per month (diary)"), "2026-09-30", 15, "/mo", cat="survey", enc=e2)
    c.note("2026-09-30", "PCP visit", "Chronic migraine, 15 headache days/month on topiramate 50 bid with cognitive side effects. Missed 4 workdays last month. Neurology previously attributed to stress. Discussed CGRP options, needs neurology follow-up; patient states she felt dismissed at last neurology visit.", author=pcp, enc=e2)
    msg = c.comm("2026-11-14T22:41:00-07:00", "Hi Dr. Reyes-Albright, I've had these headaches for over three years and every time I'm told it's just stress and to sleep more. I'm missing work and I don't feel anyone is really listening. I would like a second opinion from a headache specialist (not the same neurology clinic) before I keep going on topiramate. Can you refer me? Thank you, Alexis", c.pt, pcp, cat_text="Patient portal message", topic="Request for second opinion - migraines", about=[mig])
    c.comm("2026-11-16T08:20:00-07:00", "Thanks for reaching out, Alexis. I hear you. Let's talk about options at your visit on 12/9 - message received.", pcp, c.pt, cat_text="Patient portal message", in_response_to=msg)
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-12")
    return c, dict(target=Q, kind="positive", expected=[Q],
                   why="Patient-authored portal message (Communication, sender Patient) on 2026-11-14 explicitly asks for a second opinion from a headache specialist; no second opinion on record.",
                   summary="Managed-care: 31F chronic migraine, feels dismissed ('just stress'); portal message requesting a second opinion.")


def prc_pos_intake_danc(cid):
    c = make(cid, "glbmt")
    c.patient(["Imani", "T"], "Oduya-Clarke", "female", "1990-07-22", "GL-00877314", "3321 N 12th St", "Milwaukee", "WI", "53206", "414-555-0107", race="Black or African American", marital="M")
    c.payer("UnitedHealthcare", "UHC Choice Plus", "UHC771029384")
    heme = c.practitioner("Gabriel", "Moretti", "1457730214", "MD, Benign Hematology")
    dx = c.cond([icd("D70.8", "Other neutropenia"), sct("165517008", "Neutropenia")], "2024-05-14", text="Duffy-null associated neutrophil count (benign)")
    c.cond([icd("O99.012", "Anemia complicating pregnancy, second trimester")], "2021-07-01", status="resolved", abated="2022-01-10", cat="encounter-diagnosis", text="Anemia in pregnancy")
    c.cond([icd("J45.20", "Mild intermittent asthma, uncomplicated")], "2008-01-01", text="Mild intermittent asthma")
    for d, anc, wbc in [("2024-05-14", 1.1, 3.1), ("2025-05-20", 1.0, 3.0), ("2026-10-28", 1.2, 3.3)]:
        c.obs(loinc("751-8", "Neutrophils [#/volume] in Blood by Automated count"), d, anc, "10*3/uL", 1.5, 7.8, "L")
        c.obs(loinc("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), d, wbc, "10*3/uL", 3.8, 10.8, "L")
    c.obs(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-10-28", 12.6, "g/dL", 12.0, 15.5, "N")
    c.obs(loinc("777-3", "Platelets [#/volume] in Blood by Automated count"), "2026-10-28", 236, "10*3/uL", 150, 400, "N")
    c.obs(c.lc("FY-PHENO", "Duffy blood group phenotype"), "2024-05-14", text_value="Fy(a-b-)", note="Duffy-null phenotype")
    c.obs(loinc("18314-5", "Morphology [Interpretation] in Blood Narrative"), "2024-05-14", text_value="Normal neutrophil morphology, no dysplasia, no blasts, no large granular lymphocytes", interp="N")
    e1 = c.enc("2024-05-14", "Hematology consult", prac=heme, reason="Low white count")
    c.note("2024-05-14", "Hematology consult", "33F referred for ANC 1.1. No recurrent infections, no oral ulcers, no splenomegaly. Duffy-null phenotype. Assessment: Duffy-null associated neutrophil count, a normal variant; no further workup or restrictions needed. Discharged to PCP.", author=heme, enc=e1)
    e2 = c.enc("2026-12-16", "Hematology return visit (self-referred)", prac=heme, status="planned", reason="Low white count - employer screening")
    q = c.qr("2026-11-10T19:32:00-06:00", "https://glbmt.org/fhir/Questionnaire/new-visit-intake-heme-v3", [
        ("1", "What is the main reason for your visit?", "My work health screening keeps flagging my low white count and I keep being told it's normal for me."),
        ("2", "Have you had fevers, mouth sores or frequent infections in the past year?", NO),
        ("3", "Would you like a second opinion about your diagnosis or treatment plan?", YES),
        ("3.1", "If yes, please tell us more", "I would like a different hematologist to review whether this is really benign. Last time it felt like my concerns were brushed off in 10 minutes."),
        ("4", "Preferred language", "English")], enc=e2)
    c.immunization("141", "Influenza, seasonal, injectable", "2026-10-01")
    c.med(rx("435", "albuterol"), "2015-01-01", rt="MedicationStatement", dose="2 puffs every 4-6 hours as needed")
    c.allergy("Penicillin (hives)", "2005-01-01", codings=[rx("7980", "penicillin G")])
    return c, dict(target=Q, kind="positive", expected=[Q],
                   why="Patient-completed intake QuestionnaireResponse answers 'Yes' (LA33-6) to wanting a second opinion, with free text saying she felt brushed off; no second opinion recorded.",
                   summary="Haematology: 36F Duffy-null associated neutrophil count; intake questionnaire asks for a second opinion.")


def prc_pos_flag_ssnhl(cid):
    c = make(cid, "rockymtn")
    c.patient(["Anders", "K"], "Bergstrom", "male", "1979-02-15", "RM-6613072", "615 Pearl St", "Boulder", "CO", "80302", "720-555-0116", marital="M")
    c.payer("Rocky Mountain Health Plans", "RMHP PPO", "RMH20938114")
    oto = c.practitioner("Maya", "Silverberg", "1780220947", "MD, Otology/Neurotology")
    aud = c.practitioner("Trent", "Nakamura", "1922085517", "AuD, Audiology")
    c.cond([icd("E78.5", "Hyperlipidemia, unspecified")], "2020-01-01", text="Hyperlipidemia")
    ss = c.cond([icd("H91.22", "Sudden idiopathic hearing loss, left ear"), sct("15188001", "Hearing loss")], "2026-08-04", text="Sudden sensorineural hearing loss, left ear (idiopathic)")
    c.cond([icd("H93.12", "Tinnitus, left ear")], "2026-08-04", text="Tinnitus, left ear")
    c.med(rx("83367", "atorvastatin"), "2020-01-01", rt="MedicationStatement", dose="10 mg daily")
    e1 = c.enc("2026-08-06", "Otology urgent visit", prac=oto, reason="Sudden left hearing loss")
    c.obs(c.lc("AUD-PTA-L", "Pure tone average 500/1000/2000/4000 Hz, left ear"), "2026-08-06", 68, "dB", None, 25, "H", cat="exam", enc=e1, performer=aud)
    c.obs(c.lc("AUD-PTA-R", "Pure tone average 500/1000/2000/4000 Hz, right ear"), "2026-08-06", 12, "dB", None, 25, "N", cat="exam", enc=e1, performer=aud)
    c.obs(c.lc("AUD-WRS-L", "Word recognition score, left ear"), "2026-08-06", 44, "%", 90, None, "L", cat="exam", enc=e1, performer=aud)
    c.med(rx("8640", "prednisone"), "2026-08-06", prac=oto, status="completed", dose="60 mg daily x7 days then taper over 7 days", reason=[ss])
    c.note("2026-08-06", "Otology note", "47M woke 8/4 with left hearing loss and tinnitus, no vertigo. Weber lateralizes right. Audiogram: left moderate-severe flat SNHL. Started high-dose oral prednisone; MRI IAC ordered; intratympanic steroid salvage if incomplete.", author=oto, enc=e1)
    c.dr([cpt("70553", "MRI brain and internal auditory canals without and with contrast")], "2026-08-12", "No vestibular schwannoma or other retrocochlear lesion. Normal study.", cat=("RAD", "Radiology"))
    for d in ["2026-08-25", "2026-09-01", "2026-09-08"]:
        c.proc([cpt("69801", "Labyrinthotomy, with perfusion of vestibuloactive drug(s), transcanal")], d, prac=oto, reason=[ss], text="Intratympanic dexamethasone injection, left")
    e2 = c.enc("2026-10-20", "Otology follow-up", prac=oto, reason="SSNHL follow-up")
    c.obs(c.lc("AUD-PTA-L", "Pure tone average 500/1000/2000/4000 Hz, left ear"), "2026-10-20", 50, "dB", None, 25, "H", cat="exam", enc=e2, performer=aud)
    c.obs(c.lc("AUD-WRS-L", "Word recognition score, left ear"), "2026-10-20", 68, "%", 90, None, "L", cat="exam", enc=e2, performer=aud)
    c.note("2026-10-20", "Otology follow-up", "Partial recovery (PTA 68 -> 50 dB, WRS 44 -> 68%). Further recovery unlikely after 3 months. Options: hearing aid trial, CROS if needed. Patient disappointed; asks whether hyperbaric oxygen or anything else could have been or still could be done.", author=oto, enc=e2)
    c.flag("Patient requests second opinion regarding left sudden hearing loss treatment", "2026-11-03", c.pt, cat=("admin", "Administrative"))
    c.note("2026-11-03", "Front desk / portal intake note", "Second-opinion request submitted by patient through the portal form: 'I want an independent otologist to review my sudden hearing loss treatment and whether other options exist.' Records release signed.", loinc_type=("34109-9", "Note"))
    c.sr([cpt("92590", "Hearing aid examination and selection; monaural")], "2026-10-20", status="active", prac=aud, reason=[ss], text="Hearing aid evaluation, left")
    return c, dict(target=Q, kind="positive", expected=[Q],
                   why="A Flag authored by the patient (via portal form, 2026-11-03) requests a second opinion about treatment of his sudden hearing loss; no second opinion on record.",
                   summary="EENT: 47M idiopathic sudden SNHL with partial recovery; patient-authored portal Flag requesting a second opinion.")


def prc_nm_survey_no(cid):
    c = make(cid, "prairie")
    c.patient(["Raúl", "E"], "Castañeda", "male", "1968-11-11", "PM5590338", "44 Meadowlark Ln", "Grand Island", "NE", "68801", "308-555-0170", lang="es", race="White; Hispanic or Latino")
    c.payer("Prairie Mutual Health Plan", "PM Employer PPO", "PME40011267", kind="MCPOL", start="2018-01-01")
    pcp = c.practitioner("Nadia", "Kovac", "1770843325", "MD, Internal Medicine")
    cm = c.practitioner("Lupe", "Garza", "1659931127", "RN, Diabetes Care Manager", prefix=None)
    dm = c.cond([icd("E11.9", "Type 2 diabetes mellitus without complications"), sct("44054006", "Diabetes mellitus type 2")], "2014-01-01", text="Type 2 diabetes")
    c.cond([icd("I10", "Essential (primary) hypertension")], "2014-01-01")
    c.cond([icd("E78.5", "Hyperlipidemia, unspecified")], "2014-01-01", text="Hyperlipidemia")
    c.cond([icd("M54.50", "Low back pain, unspecified")], "2024-04-10", status="resolved", abated="2024-06-01", cat="encounter-diagnosis", text="Acute low back pain")
    for rxc, nm, dose in [("6809", "metformin", "1000 mg twice daily"), ("1545653", "empagliflozin", "10 mg daily"), ("29046", "lisinopril", "20 mg daily"), ("83367", "atorvastatin", "40 mg daily")]:
        c.med(rx(rxc, nm), "2022-01-01", prac=pcp, dose=dose, supply_days=90)
    c.med((rx("6809", "metformin"),), "2026-09-14", text="metformin hydrochloride 1000 mg oral tablet", rt="MedicationDispense", supply_days=90)
    for d, v in [("2026-02-03", 7.1), ("2026-06-09", 7.0), ("2026-10-13", 7.2)]:
        c.obs(loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), d, v, "%", 4.0, 5.6, "H")
    c.obs(loinc("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine"), "2026-10-13", 18, "mg/g", None, 30, "N")
    e1 = c.enc("2026-10-13", "Office visit", prac=pcp, reason="Diabetes follow-up")
    c.vitals("2026-10-13", e1, 128, 78, 72, wt=88.0)
    c.note("2026-10-13", "PCP visit", "58M T2DM stable, A1c 7.2, at individualized goal. BP at goal. Retinal exam up to date (no retinopathy). Continue current regimen.", author=pcp, enc=e1)
    e2 = c.enc("2026-11-05", "Care management telephone outreach", cls="VR", prac=cm, reason="Annual care management check-in")
    c.qr("2026-11-05T10:15:00-06:00", "https://api.prairiemutual.org/fhir/R4/Questionnaire/cm-annual-experience-2026", [
        ("1", "Overall, how confident are you in managing your diabetes?", "Muy seguro / very confident"),
        ("2", "Do you feel your care team listens to your concerns?", YES),
        ("3", "Would you like help getting a second opinion about any of your health conditions?", NO),
        ("4", "Any other comments?", "Estoy contento con la Dra. Kovac. Happy with my doctor.")], author=cm, enc=e2)
    c.note("2026-11-05", "Care management note", "Annual outreach in Spanish. Patient satisfied with care; declines second opinion offer; no barriers. Reviewed foot care and flu shot (done).", author=cm, enc=e2, loinc_type=("34746-8", "Nurse Note"))
    c.immunization("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-13")
    return c, dict(target=Q, kind="near-miss", expected=[],
                   why="Care-management questionnaire asks about a second opinion and the patient answers 'No' (LA32-8); he reports feeling listened to; no patient request anywhere.",
                   summary="Managed-care: 58M stable diabetes; annual experience survey answers 'No' to second-opinion help.")


def prc_nm_second_dose(cid):
    c = make(cid, "swcti")
    c.patient(["Jasmine", "R"], "Whitehorse", "female", "1992-04-30", "SW1022407", "950 Alameda Blvd NW", "Albuquerque", "NM", "87114", "505-555-0185", race="American Indian or Alaska Native", marital="M")
    c.payer("BlueCross BlueShield of New Mexico", "Blue Choice HMO", "YIH339102187")
    heme = c.practitioner("Eleanor", "Fischer", "1245590038", "MD, Hematology")
    inf = c.practitioner("Paula", "Tsosie", "1366207715", "RN, Infusion Center", prefix=None)
    c.cond([icd("Z98.84", "Bariatric surgery status")], "2022-03-15", text="Status post Roux-en-Y gastric bypass (2022)")
    ida = c.cond([icd("D50.8", "Other iron deficiency anemias"), sct("87522002", "Iron deficiency anemia")], "2026-10-06", text="Iron deficiency anemia due to malabsorption after gastric bypass")
    c.cond([icd("N92.0", "Excessive and frequent menstruation with regular cycle")], "2025-01-01", text="Heavy menstrual bleeding")
    c.med(rx("24947", "ferrous sulfate"), "2025-06-01", rt="MedicationStatement", status="stopped", end="2026-09-30", dose="325 mg daily", note="Not absorbed / GI upset")
    r = [c.obs(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-10-06", 9.2, "g/dL", 12.0, 15.5, "L"),
         c.obs(loinc("787-2", "MCV [Entitic volume] by Automated count"), "2026-10-06", 71, "fL", 80, 100, "L"),
         c.obs(loinc("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-10-06", 5, "ng/mL", 15, 150, "L"),
         c.obs(loinc("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma"), "2026-10-06", 4, "%", 15, 50, "L")]
    c.dr([c.lc("ANEM-PNL", "Anemia panel")], "2026-10-06", "Microcytic iron deficiency anemia.", results=r, text="Anemia panel")
    e1 = c.enc("2026-10-06", "Hematology consult", prac=heme, reason="Iron deficiency anemia")
    c.note("2026-10-06", "Hematology consult", "34F, RYGB 2022, heavy periods, Hb 9.2, ferritin 5, intolerant of oral iron. IDA explained by bypass malabsorption plus menstrual loss. EGD 7/2026 by her surgeon: healthy anastomosis, no marginal ulcer; celiac serology negative. Plan: ferric carboxymaltose 750 mg x2 one week apart; gynecology referral for HMB; recheck 8 weeks.", author=heme, enc=e1)
    c.dr([cpt("43235", "Esophagogastroduodenoscopy, flexible, transoral; diagnostic")], "2026-07-15", "Normal gastrojejunal anastomosis, no marginal ulcer, no bleeding source.", cat=("OTH", "Other"))
    c.sr([c.lc("REF-GYN", "Referral to gynecology")], "2026-10-06", status="completed", prac=heme, reason=[ida], text="Gynecology referral - heavy menstrual bleeding")
    c.med("ferric carboxymaltose", "2026-10-06", prac=heme, dose="750 mg IV, 2 doses 7 days apart", reason=[ida])
    e2 = c.enc("2026-10-14", "Infusion center", prac=inf, reason="IV iron dose 1")
    c.proc([hcpcs("J1439", "Injection, ferric carboxymaltose, 1 mg")], "2026-10-14", prac=inf, enc=e2, reason=[ida], text="Ferric carboxymaltose 750 mg IV (dose 1 of 2)")
    msg = c.comm("2026-10-16T12:05:00-06:00", "Hi, I had my first iron infusion Tuesday and felt fine. The scheduler hasn't called about my second dose of the iron - is it supposed to be next week? Also can I take ibuprofen for cramps? Thanks, Jasmine", c.pt, heme, cat_text="Patient portal message", topic="IV iron - second dose scheduling")
    c.comm("2026-10-16T15:40:00-06:00", "Second dose booked 10/21 at 9 am. Ibuprofen is fine with food. - Infusion RN", inf, c.pt, cat_text="Patient portal message", in_response_to=msg)
    e3 = c.enc("2026-10-21", "Infusion center", prac=inf, reason="IV iron dose 2")
    c.proc([hcpcs("J1439", "Injection, ferric carboxymaltose, 1 mg")], "2026-10-21", prac=inf, enc=e3, reason=[ida], text="Ferric carboxymaltose 750 mg IV (dose 2 of 2)")
    c.obs(loinc("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-24", 11.9, "g/dL", 12.0, 15.5, "L")
    c.obs(loinc("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-11-24", 212, "ng/mL", 15, 150, "H")
    return c, dict(target=Q, kind="near-miss", expected=[],
                   why="The patient's portal message asks about the 'second dose' of IV iron scheduling, not a second opinion; no questionnaire, flag or request for a second opinion exists. Iron deficiency was promptly worked up and treated.",
                   summary="Haematology: 34F iron deficiency after gastric bypass; portal message about her 'second dose' of IV iron.")


def roc_pos_pnh(cid):
    c = make(cid, "glbmt")
    c.patient(["Dominic", "J"], "Ferraro", "male", "1997-09-03", "GL-00660125", "1845 S 1st St", "Milwaukee", "WI", "53204", "414-555-0151", marital="S")
    c.payer("Network Health", "Network Health Commercial HMO", "NH99201845")
    heme = c.practitioner("Katarzyna", "Nowak", "1992036641", "MD, Hematology - Bone Marrow Failure Program")
    inf = c.practitioner("Derek", "Hollis", "1073395524", "RN, Infusion Center", prefix=None)
    pnh = c.cond([icd("D59.5", "Paroxysmal nocturnal hemoglobinuria [Marchiafava-Micheli]"), sct("1963002", "Paroxysmal nocturnal hemoglobinuria")], "2025-03-11", text="Paroxysmal nocturnal hemoglobinuria (classic, hemolytic)")
    c.cond([icd("I81", "Portal vein thrombosis")], "2025-02-20", status="resolved", abated="2025-09-01", text="Portal vein thrombosis at presentation (recanalized)")
    fl1 = c.obs(c.lc("PNH-GRAN", "PNH clone size, granulocytes (FLAER/CD24), high-sensitivity flow"), "2025-03-11", 78.4, "%", None, 0.01, "H")
    fl2 = c.obs(c.lc("PNH-MONO", "PNH clone size, monocytes (FLAER/CD14)"), "2025-03-11", 80.1, "%", None, 0.01, "H")
    fl3 = c.obs(c.lc("PNH-RBC3", "PNH type III red cells (CD59 negative)"), "2025-03-11", 31.0, "%", None, 0.01, "H")
    c.dr([c.lc("PNH-FLOW", "PNH high-sensitivity flow cytometry")], "2025-03-11", "Large PNH clone: granulocytes 78.4%, monocytes 80.1%, RBC type III 31%, type II 4%.", results=[fl1, fl2, fl3], text="PNH high-sensitivity flow cytometry", prac=heme)
    c.obs(c.lc("BM-BX", "Bone marrow biopsy interpretation"), "2025-03-20", text_value="Normocellular marrow (50%) with erythroid hyperplasia; no aplasia, no dysplasia; normal karyotype 46,XY.", interp="N")
    c.immunization("136", "Meningococcal MCV4O (MenACWY-CRM)", "2025-03-25")
    c.immunization("163", "meningococcal B vaccine, recombinant, OMV, adjuvanted", "2025-03-25")
    c.med(rx("7984", "penicillin V"), "2025-04-01", prac=heme, dose="250 mg twice daily (meningococcal prophylaxis while on C5 inhibitor)", supply_days=90)
    c.med("ravulizumab-cwvz (Ultomiris) IV", "2025-04-08", prac=heme, dose="Maintenance 3300 mg IV every 8 weeks", reason=[pnh])
    for d in ["2026-06-02", "2026-07-28", "2026-09-22", "2026-11-17"]:
        c.proc([hcpcs("J1303", "Injection, ravulizumab-cwvz, 10 mg")], d, prac=inf, reason=[pnh], text="Ravulizumab 3300 mg IV infusion")
    e1 = c.enc("2026-11-17", "Bone marrow failure clinic", prac=heme, reason="PNH on C5 inhibition")
    c.vitals("2026-11-17", e1, 122, 74, 68, wt=77.5)
    for code, disp, v, u, lo, hi, it in [("718-7", "Hemoglobin [Mass/volume] in Blood", 12.4, "g/dL", 13.5, 17.5, "L"),
                                        ("2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma", 248, "U/L", 125, 220, "H"),
                                        ("4679-7", "Reticulocytes/100 erythrocytes in Blood", 2.6, "%", 0.5, 2.0, "H"),
                                        ("777-3", "Platelets [#/volume] in Blood by Automated count", 168, "10*3/uL", 150, 400, "N")]:
        c.obs(loinc(code, disp), "2026-11-17", v, u, lo, hi, it, enc=e1)
    c.note("2026-11-17", "PNH clinic", "29M with classic PNH diagnosed 3/2025 after portal vein thrombosis, on ravulizumab since 4/2025. Transfusion-independent, Hb 12.4, LDH near normal, mild extravascular hemolysis. No breakthrough hemolysis, no thrombosis since. Vaccinations current; penicillin prophylaxis. Continue q8-week infusions.", author=heme, enc=e1)
    return c, dict(target=R, kind="positive", expected=[R],
                   why="Active paroxysmal nocturnal haemoglobinuria (ICD-10 D59.5, an Orphanet rare disease) confirmed by high-sensitivity flow cytometry, on complement inhibitor.",
                   summary="Haematology: 29M PNH diagnosed after portal vein thrombosis, stable on ravulizumab.")


def roc_pos_lhon(cid):
    c = make(cid, "bayview")
    c.patient(["Elijah", "W"], "Thornbury", "male", "2003-05-27", "BV-6680214", "77 Harbor View Rd", "Aptos", "CA", "95003", "831-555-0160", marital="S")
    c.payer("Blue Shield of California", "Blue Shield PPO (dependent)", "XEB661920447")
    no = c.practitioner("Miriam", "Sato", "1043318875", "MD, Neuro-ophthalmology")
    gc = c.practitioner("Ava", "Lindgren", "1508312290", "MS, CGC, Genetic Counselor", prefix=None)
    lv = c.practitioner("Rosa", "Calderón", "1669037754", "OD, Low Vision Rehabilitation")
    c.obs(loinc("72166-2", "Tobacco smoking status"), "2026-06-02", code_value=(sct("8517006", "Ex-smoker"),), cat="social-history", note="Vaped nicotine 2021-2026; quit 6/2026. Alcohol: advised to avoid.")
    e1 = c.enc("2026-06-02", "Neuro-ophthalmology consult", prac=no, reason="Painless vision loss left eye, then right")
    c.obs(c.lc("VA-OD", "Best corrected visual acuity, right eye"), "2026-06-02", text_value="20/60", cat="exam", enc=e1)
    c.obs(c.lc("VA-OS", "Best corrected visual acuity, left eye"), "2026-06-02", text_value="20/400", cat="exam", enc=e1)
    c.obs(c.lc("FUNDUS", "Dilated fundus examination, optic discs"), "2026-06-02", text_value="OU: disc hyperemia with peripapillary telangiectatic microangiopathy, no leakage suspected; pseudo-edema of RNFL", interp="A", cat="exam", enc=e1)
    c.dr([cpt("92083", "Visual field examination, extended")], "2026-06-02", "Dense central scotoma OS; early cecocentral scotoma OD.", cat=("PHY", "Physician"), prac=no)
    c.dr([cpt("70553", "MRI brain without and with contrast")], "2026-06-05", "MRI brain and orbits: no optic nerve enhancement, no demyelinating lesions, no compressive lesion.", cat=("RAD", "Radiology"))
    c.obs(c.lc("AQP4-IGG", "Aquaporin-4 IgG (cell-based assay)"), "2026-06-05", code_value=(sct("260385009", "Negative"),), interp="NEG")
    c.obs(c.lc("MOG-IGG", "MOG IgG (cell-based assay)"), "2026-06-05", code_value=(sct("260385009", "Negative"),), interp="NEG")
    var = c.obs(c.lc("MTDNA-LHON", "Mitochondrial DNA LHON primary variants (m.3460, m.11778, m.14484)"), "2026-06-24", text_value="MT-ND4 m.11778G>A detected, homoplasmic. Pathogenic.", interp="A", comps=[c.comp(loinc("48018-6", "Gene studied [ID]"), None, text_value="MT-ND4"), c.comp(loinc("81290-9", "Genomic DNA change (gHGVS)"), None, text_value="m.11778G>A")])
    c.dr([loinc("51969-4", "Genetic analysis report")], "2026-06-24", "Homoplasmic MT-ND4 m.11778G>A - diagnostic of Leber hereditary optic neuropathy.", results=[var], cat=("GE", "Genetics"), prac=gc)
    lhon = c.cond([icd("H47.22", "Hereditary optic atrophy"), sct("58610003", "Leber's optic atrophy")], "2026-06-24", text="Leber hereditary optic neuropathy (m.11778G>A), bilateral")
    c.med("idebenone 150 mg capsule (compounded/imported)", "2026-07-01", prac=no, dose="300 mg three times daily with food", reason=[lhon])
    e2 = c.enc("2026-07-01", "Genetic counseling", prac=gc, reason="LHON result disclosure")
    c.note("2026-07-01", "Genetic counseling note", "Result: homoplasmic m.11778G>A. Maternal inheritance discussed; mother and maternal uncle (vision loss at 30) offered cascade evaluation. Lifestyle: avoid smoking and heavy alcohol.", author=gc, enc=e2)
    e3 = c.enc("2026-11-17", "Neuro-ophthalmology follow-up", prac=no, reason="LHON")
    c.obs(c.lc("VA-OD", "Best corrected visual acuity, right eye"), "2026-11-17", text_value="20/400", cat="exam", enc=e3)
    c.obs(c.lc("VA-OS", "Best corrected visual acuity, left eye"), "2026-11-17", text_value="20/400", cat="exam", enc=e3)
    c.obs(c.lc("OCT-RNFL-AVG-OD", "OCT average RNFL thickness, right eye"), "2026-11-17", 74, "um", 80, 110, "L", cat="imaging", enc=e3)
    c.note("2026-11-17", "Neuro-ophthalmology follow-up", "23M with LHON (m.11778G>A), nadir reached OU (20/400). Continuing idebenone (subacute phase). Low vision rehabilitation and Department of Rehabilitation referral; driving restriction. Discussed gene therapy trial registries.", author=no, enc=e3)
    c.sr([c.lc("REF-LOWVIS", "Referral to low vision rehabilitation")], "2026-11-17", status="active", prac=no, reason=[lhon], performer=lv, text="Low vision rehabilitation evaluation")
    return c, dict(target=R, kind="positive", expected=[R],
                   why="Active Leber hereditary optic neuropathy (SNOMED 58610003 / ICD-10 H47.22), genetically confirmed m.11778G>A - an Orphanet rare disease.",
                   summary="EENT: 23M bilateral sequential vision loss; LHON confirmed genetically, on idebenone.")


def roc_pos_multimorbidity(cid):
    c = make(cid, "cascade")
    c.patient(["Gloria", "P"], "Nakamura-Wells", "female", "1957-01-30", "CV00093317", "1500 SE 122nd Ave", "Portland", "OR", "97233", "503-555-0191", marital="W")
    c.payer("Cascade Valley Health Plan", "CVHP Medicare Advantage HMO-SNP", "CVM7720019", kind="MCPOL", start="2022-01-01")
    pcp = c.practitioner("Rafael", "Quintero", "1912045588", "MD, Family Medicine")
    cm = c.practitioner("Beth", "Olander", "1548097362", "RN, Complex Care Manager", prefix=None)
    rheum = c.practitioner("Sanjay", "Iyer", "1780566013", "MD, Rheumatology")
    card = c.practitioner("Owen", "Mbeki", "1093007731", "MD, Cardiology")
    conds = [([icd("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")], "2008-01-01", "Type 2 diabetes with diabetic CKD"),
             ([icd("N18.32", "Chronic kidney disease, stage 3b")], "2019-06-01", "CKD stage 3b"),
             ([icd("I50.32", "Chronic diastolic (congestive) heart failure"), sct("446221000", "Heart failure with normal ejection fraction")], "2021-02-01", "Heart failure with preserved EF"),
             ([icd("J44.9", "Chronic obstructive pulmonary disease, unspecified"), sct("13645005", "Chronic obstructive lung disease")], "2015-01-01", "COPD, GOLD 2"),
             ([icd("M05.79", "Rheumatoid arthritis with rheumatoid factor of multiple sites without organ or systems involvement"), sct("69896004", "Rheumatoid arthritis")], "2012-01-01", "Seropositive rheumatoid arthritis"),
             ([icd("F33.0", "Major depressive disorder, recurrent, mild")], "2018-01-01", "Recurrent depression, mild"),
             ([icd("M17.0", "Bilateral primary osteoarthritis of knee")], "2016-01-01", "Bilateral knee osteoarthritis")]
    refs = [c.cond(cd, on, text=t, cat="problem-list-item") for cd, on, t in conds]
    c.cond([icd("N39.0", "Urinary tract infection, site not specified")], "2026-03-02", status="resolved", abated="2026-03-12", cat="encounter-diagnosis")
    meds = [("6809", "metformin", "500 mg twice daily (renal dose)"), ("1545653", "empagliflozin", "10 mg daily"), ("4603", "furosemide", "20 mg daily"),
            ("6851", "methotrexate", "15 mg once weekly (RA)"), ("4511", "folic acid", "1 mg daily"), ("69120", "tiotropium", "Respimat 2.5 mcg 2 inhalations daily"),
            ("36437", "sertraline", "50 mg daily"), ("29046", "lisinopril", "10 mg daily"), ("83367", "atorvastatin", "40 mg daily")]
    for rxc, nm, dose in meds:
        c.med(rx(rxc, nm), "2025-01-01", prac=pcp, dose=dose, supply_days=90)
    for code, disp, v, u, lo, hi, it in [("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.4, "%", 4.0, 5.6, "H"),
                                        ("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", 38, "mL/min/{1.73_m2}", 60, None, "L"),
                                        ("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 410, "pg/mL", None, 450, "N"),
                                        ("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", 4.1, "mg/L", None, 5.0, "N"),
                                        ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 22, "U/L", 7, 35, "N")]:
        c.obs(loinc(code, disp), "2026-10-14", v, u, lo, hi, it)
    e1 = c.enc("2026-10-14", "Office visit", prac=pcp, reason="Chronic disease follow-up")
    c.vitals("2026-10-14", e1, 134, 72, 74, wt=81.6, spo2=94)
    c.enc("2026-08-19", "Rheumatology follow-up", prac=rheum, reason="Rheumatoid arthritis")
    c.enc("2026-09-09", "Cardiology follow-up", prac=card, reason="HFpEF")
    c.careplan("Complex care management plan", "2026-01-15", cats=[(sct("734163000", "Care plan"),)], addresses=refs[:6], author=cm,
               desc="Enrolled in complex care management (6 chronic conditions, 5 specialists, 14 medications).",
               activities=[(None, "in-progress", "Monthly RN calls; medication reconciliation across specialties"), (None, "in-progress", "Home BP and weight monitoring (HF)"), (None, "completed", "Pharmacist polypharmacy review 9/2026")])
    c.note("2026-11-02", "Complex care management note", "69F with T2DM + CKD 3b, HFpEF, COPD, seropositive RA on methotrexate, recurrent depression and knee OA. Followed by PCP, nephrology, cardiology, pulmonology, rheumatology and behavioral health. Conditions currently stable; main issue is coordination (methotrexate dosing with declining GFR, diuretic vs SGLT2i volume, steroid bursts for COPD affecting glucose). No hospitalizations in 2026.", author=cm, loinc_type=("34746-8", "Nurse Note"))
    return c, dict(target=R, kind="positive", expected=[R],
                   why="Seven active chronic conditions (diabetes, CKD 3b, HFpEF, COPD, rheumatoid arthritis, depression, OA) managed by at least five specialties - meets the complexity arm (>=5 conditions across >=3 specialties). Weekly low-dose methotrexate for RA is not chemotherapy.",
                   summary="Managed-care: 69F complex multimorbidity (diabetes, CKD, HFpEF, COPD, RA, depression) in complex care management.")


def roc_nm_bell(cid):
    c = make(cid, "rockymtn")
    c.patient(["Heather", "L"], "Oyelaran-Price", "female", "1988-08-08", "RM-7720519", "3400 S Broadway", "Englewood", "CO", "80113", "303-555-0146", marital="M")
    c.payer("Anthem Blue Cross Blue Shield Colorado", "Anthem HMO Colorado", "ACO55018273")
    fp = c.practitioner("Marco", "DeLuca", "1336019742", "MD, Otology and Facial Nerve Center")
    oph = c.practitioner("Jia", "Wen", "1477230569", "MD, Comprehensive Ophthalmology")
    c.cond([icd("E03.9", "Hypothyroidism, unspecified")], "2016-01-01", text="Hypothyroidism")
    c.med(rx("10582", "levothyroxine"), "2016-01-01", rt="MedicationStatement", dose="88 mcg daily")
    e1 = c.enc("2026-10-03", "Facial nerve clinic (urgent)", prac=fp, reason="Right facial droop since yesterday")
    bell = c.cond([icd("G51.0", "Bell's palsy"), sct("193093009", "Bell's palsy")], "2026-10-02", text="Bell palsy, right", enc=e1)
    c.obs(c.lc("HB-GRADE-R", "House-Brackmann facial nerve grade, right"), "2026-10-03", text_value="Grade IV", interp="A", cat="exam", enc=e1)
    c.obs(c.lc("SUNNYBROOK", "Sunnybrook facial grading composite score"), "2026-10-03", 38, "{score}", cat="exam", enc=e1)
    c.obs(loinc("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-03", 5.2, "%", 4.0, 5.6, "N", enc=e1)
    c.obs(c.lc("LYME-AB", "Lyme disease antibody screen"), "2026-10-03", code_value=(sct("260385009", "Negative"),), interp="NEG", enc=e1)
    c.dr([cpt("92557", "Comprehensive audiometry")], "2026-10-03", "Normal hearing bilaterally; right stapedial reflex absent.", cat=("AU", "Audiology"))
    c.note("2026-10-03", "Facial nerve clinic", "38F, acute right complete-appearing facial weakness over 24 h with forehead involvement, hyperacusis, altered taste. No vesicles, no other cranial neuropathies, ears normal. Impression Bell palsy (HB IV). Prednisone 60 mg x7d, valacyclovir; eye protection.", author=fp, enc=e1)
    c.med(rx("8640", "prednisone"), "2026-10-03", prac=fp, status="completed", dose="60 mg daily x7 days", reason=[bell])
    c.med(rx("73645", "valacyclovir"), "2026-10-03", prac=fp, status="completed", dose="1 g three times daily x7 days", reason=[bell])
    e2 = c.enc("2026-10-06", "Ophthalmology visit", prac=oph, reason="Right eye exposure")
    c.obs(c.lc("SLE-CORNEA-OD", "Slit lamp, cornea, right eye"), "2026-10-06", text_value="Mild inferior punctate keratopathy; incomplete closure 2 mm", interp="A", cat="exam", enc=e2)
    c.cond([icd("H16.141", "Punctate keratitis, right eye")], "2026-10-06", status="resolved", abated="2026-11-20", cat="encounter-diagnosis", enc=e2, text="Exposure keratopathy, right")
    c.med("Carboxymethylcellulose 1% eye drops and lubricating ointment at night; moisture chamber", "2026-10-06", prac=oph, dose="Drops hourly while awake; ointment + tape at bedtime")
    e3 = c.enc("2026-11-20", "Facial nerve clinic follow-up", prac=fp, reason="Bell palsy recovery")
    c.obs(c.lc("HB-GRADE-R", "House-Brackmann facial nerve grade, right"), "2026-11-20", text_value="Grade II", interp="A", cat="exam", enc=e3)
    c.obs(c.lc("SUNNYBROOK", "Sunnybrook facial grading composite score"), "2026-11-20", 82, "{score}", cat="exam", enc=e3)
    c.note("2026-11-20", "Facial nerve follow-up", "Good recovery to HB II, complete eye closure, no synkinesis yet. Facial neuromuscular retraining with PT; prognosis for near-complete recovery is excellent.", author=fp, enc=e3)
    c.sr([c.lc("PT-FACIAL", "Physical therapy - facial neuromuscular retraining")], "2026-11-20", status="active", prac=fp, reason=[bell], text="Facial neuromuscular retraining, 6 sessions")
    return c, dict(target=R, kind="near-miss", expected=[],
                   why="Bell palsy is an eponymous but common condition (not in Orphanet rare-disease lists), recovering well; only two active chronic conditions, so no complexity either.",
                   summary="EENT: 38F right Bell palsy (HB IV to II) with exposure keratopathy, recovering.")


def roc_nm_four_chronic(cid):
    c = make(cid, "sunbelt")
    c.patient(["Leonard", "B"], "Fitzwater", "male", "1962-06-04", "SIC-1109384", "7021 N 19th Ave", "Phoenix", "AZ", "85021", "602-555-0118", marital="M")
    c.payer("Sunbelt Health Plan", "Sunbelt Employer PPO", "SHP44102935", kind="MCPOL", start="2016-01-01")
    pcp = c.practitioner("Carmen", "Ibarra", "1750612298", "MD, Internal Medicine")
    uro = c.practitioner("Philip", "Ng", "1629381105", "MD, Urology")
    active = [([icd("I10", "Essential (primary) hypertension")], "2012-01-01", "Hypertension"),
              ([icd("E78.5", "Hyperlipidemia, unspecified")], "2012-01-01", "Hyperlipidemia"),
              ([icd("M1A.071", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)")], "2019-01-01", "Chronic gout"),
              ([icd("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")], "2021-01-01", "BPH with LUTS")]
    for cd, on, t in active:
        c.cond(cd, on, text=t)
    resolved = [([icd("J18.9", "Pneumonia, unspecified organism")], "2024-01-12", "2024-02-01", "Community-acquired pneumonia"),
                ([icd("N20.0", "Calculus of kidney")], "2023-05-03", "2023-05-20", "Left renal colic, stone passed"),
                ([icd("L03.116", "Cellulitis of left lower limb")], "2025-07-14", "2025-07-28", "Cellulitis left leg"),
                ([icd("N17.9", "Acute kidney failure, unspecified")], "2024-01-12", "2024-01-20", "AKI with pneumonia (resolved)"),
                ([icd("K64.1", "Second degree hemorrhoids")], "2022-03-01", "2022-06-01", "Internal hemorrhoids")]
    for cd, on, ab, t in resolved:
        c.cond(cd, on, status="resolved", abated=ab, text=t, cat="encounter-diagnosis")
    c.cond([icd("Z87.442", "Personal history of urinary calculi")], "2023-05-20", text="History of kidney stone")
    c.cond([icd("Z87.01", "Personal history of pneumonia (recurrent)")], "2024-02-01", text="History of pneumonia")
    for rxc, nm, dose in [("17767", "amlodipine", "10 mg daily"), ("83367", "atorvastatin", "20 mg daily"), ("519", "allopurinol", "300 mg daily"), ("77492", "tamsulosin", "0.4 mg nightly")]:
        c.med(rx(rxc, nm), "2024-06-01", prac=pcp, dose=dose, supply_days=90)
    for code, disp, v, u, lo, hi, it in [("3084-1", "Urate [Mass/volume] in Serum or Plasma", 5.4, "mg/dL", 3.5, 7.2, "N"),
                                        ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.0, "mg/dL", 0.7, 1.3, "N"),
                                        ("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", 88, "mg/dL", None, 100, "N"),
                                        ("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", 1.6, "ng/mL", None, 4.0, "N")]:
        c.obs(loinc(code, disp), "2026-09-22", v, u, lo, hi, it)
    e1 = c.enc("2026-09-22", "Annual physical", prac=pcp, reason="Preventive visit, chronic conditions")
    c.vitals("2026-09-22", e1, 128, 80, 66, wt=94.0)
    c.obs(c.lc("IPSS", "International Prostate Symptom Score"), "2026-09-22", 9, "{score}", cat="survey", enc=e1)
    c.note("2026-09-22", "Annual physical", "64M with HTN, hyperlipidemia, chronic gout (no flares in 18 months on allopurinol), BPH on tamsulosin - all controlled. Past pneumonia with AKI (2024), kidney stone (2023), cellulitis (2025) all resolved. Colonoscopy 2022 normal. No new concerns.", author=pcp, enc=e1)
    c.enc("2026-05-12", "Urology follow-up", prac=uro, reason="BPH")
    c.immunization("150", "Influenza, injectable, quadrivalent, preservative free", "2026-09-22")
    return c, dict(target=R, kind="near-miss", expected=[],
                   why="Only four active chronic conditions (HTN, hyperlipidaemia, gout, BPH); the other entries are resolved episodes or personal-history codes - below the >=5 chronic-conditions complexity threshold and nothing rare.",
                   summary="Managed-care: 64M four controlled chronic conditions plus many resolved/history diagnoses.")


CASES = [prc_pos_portal_migraine, prc_pos_intake_danc, prc_pos_flag_ssnhl, prc_nm_survey_no, prc_nm_second_dose,
         roc_pos_pnh, roc_pos_lhon, roc_pos_multimorbidity, roc_nm_bell, roc_nm_four_chronic]
