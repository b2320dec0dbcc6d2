"""Organisation 2: Mabini Memorial Medical Center (Philippine tertiary hospital).

WHO ICD-10 diagnoses, PhilHealth RVS procedure codes, Taglish notes, family members speaking for the patient,
PhilHealth coverage.
"""
from fhirkit import Case, cc, sct, lnc, icd, qty, atc

PCS = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"
MPP = "MAJOR_PROCEDURE_PLANNED"
UP = "UNTREATABLE_PROGNOSIS"
HIT = "HIGH_IMPACT_TREATMENT"
PRC = "PATIENT_REPORTED_CONCERN"
WDT = "WORSENING_DESPITE_TREATMENT"
ROC = "RARE_OR_COMPLEX_CONDITION"


def rvs(c, code, disp, *extra, text=None):
    return cc(c.local("philhealth-rvs", code, disp), *extra, text=text or disp)


def dx(code, disp, *extra, text=None):
    return cc(icd(code, disp), *extra, text=text or disp)


def addr(line, city, prov="Metro Manila"):
    return {"use": "home", "line": [line], "city": city, "district": prov, "country": "PH"}


def pin(n):
    return f"{n[:2]}-{n[2:11]}-{n[11]}"


# --------------------------------------------------------------------------- B1
def b_return_visits(cid):
    c = Case(cid, "ph")
    p = c.patient("Manalo", ["Lourdes"], "female", "1957-09-14", pin("190512345678"),
                  addr("Blk 12 Lot 7, Sampaguita St., Brgy. Commonwealth", "Quezon City"), phone="+63 917 555 0414",
                  lang="fil", marital="W")
    c.coverage(pin("190512345678"), "2017-09-14", plan=("SC", "Senior Citizen – Lifetime Member"))
    dau = c.related("Manalo-Cruz", "Maricel", "DAU", "daughter", "female", phone="+63 918 555 2231", text="anak (daughter)")
    c.condition(dx("I10", "Essential (primary) hypertension"), onset="2012-01-01", recorded="2012-03-05")
    c.condition(dx("M17.0", "Primary gonarthrosis, bilateral"), onset="2018-01-01", recorded="2018-06-11")
    e1 = c.encounter("2026-11-03", type_text="OPD – Family Medicine (scheduled consult)", pract="fm",
                     reason=cc(sct("404640003", "Dizziness"), text="Dizziness and generalized weakness x 1 week"))
    e2 = c.encounter("2026-11-07", cls="EMER", type_text="Emergency Room – unscheduled", pract="er", priority="UR",
                     reason=cc(text="Persistent dizziness, near-fall in bathroom per daughter"))
    e3 = c.encounter("2026-11-12", cls="EMER", type_text="Emergency Room – unscheduled (return)", pract="er",
                     priority="UR", reason=cc(text="Weakness, poor oral intake, afternoon confusion per daughter"))
    e4 = c.encounter("2026-11-12", cls="IMP", type_text="Internal Medicine ward – unplanned admission via ER", pract="im",
                     end="2026-11-17", admit="emd", discharge="home",
                     reason=cc(text="Generalized body weakness and recurrent dizziness, for work-up"))
    c.condition(dx("R42", "Dizziness and giddiness", sct("404640003", "Dizziness")), onset="2026-10-27",
                recorded="2026-11-03", category="encounter-diagnosis", enc=e1, asserter="fm",
                note="t/c BPPV vs. vestibular; advised rest and hydration.")
    wk = c.condition(dx("R53", "Malaise and fatigue", sct("13791008", "Asthenia"),
                        text="Generalized body weakness, etiology not yet determined"), onset="2026-10-27",
                     recorded="2026-11-12", category="encounter-diagnosis", enc=e4, asserter="im",
                     verification="provisional")
    c.vitals("2026-11-03", 150, 88, 84, weight=54, temp=36.7, enc=e1)
    c.vitals("2026-11-07", 138, 80, 90, temp=36.8, spo2=98, enc=e2)
    c.vitals("2026-11-12", 132, 78, 88, weight=52, temp=36.6, spo2=97, enc=e3)
    c.med_request(atc("N07CA01", "betahistine", "Betahistine 16 mg tablet"), "2026-11-03", requester="fm",
                  dose="1 tab three times a day x 2 weeks", enc=e1, status="completed")
    c.labs("2026-11-07", [("hb", 124), ("wbc", 7.2), ("plt", 260), ("na", 137), ("k", 3.9), ("glu", 5.8),
                          ("crea", 78, {"low": 44, "high": 80})], enc=e2, panel="ER laboratory panel",
           conclusion="Within normal limits.")
    c.med_admin(atc("B05BB01", "electrolytes", "Plain Normal Saline Solution (PNSS) 0.9% 1 L"), "2026-11-07",
                performer="er", enc=e2, dose_text="1 L IV over 4 hours")
    c.obs(cc(lnc("11524-6", "EKG study"), text="12-lead ECG"), "2026-11-07", category="procedure", enc=e2,
          interp_code="N", value_string="Normal sinus rhythm, 86/min, no ST-T changes.")
    c.labs("2026-11-12", [("hb", 122), ("wbc", 6.8), ("na", 136), ("k", 4.0), ("ca", 2.31), ("tsh", 2.2),
                          ("crea", 80, {"low": 44, "high": 80}), ("glu", 5.4), ("alt", 22)], enc=e4,
           panel="Admission laboratory panel", conclusion="Unremarkable.")
    c.report(rvs(c, "70450", "CT head/brain without contrast"), "2026-11-12", enc=e4, category="CT",
             conclusion="No acute intracranial hemorrhage or infarct. Age-appropriate involutional changes.")
    c.note("2026-11-03", "OPD consult note", """OPD Family Medicine – consult

S: 69 y/o F, accompanied by daughter Maricel. C/o pagkahilo (dizziness) and panghihina x 1 week, nawalan ng gana
kumain. No vomiting, no chest pain. Hypertensive, on amlodipine.
O: BP 150/88, HR 84, afebrile. Dix-Hallpike equivocal. No focal deficits.
A: Dizziness, t/c BPPV.
P: Betahistine 16 mg TID x 2 weeks. Hydration, rest. Sabi ko kay nanay normal lang po ito sa edad, balik kung lumala.

Dr. Roberto Salazar""", kind="progress", author="fm", enc=e1)
    c.note("2026-11-17", "Discharge summary", """DISCHARGE SUMMARY – Internal Medicine

69 y/o F, brought in by daughter dahil sa paulit-ulit na pagkahilo at panghihina. First seen OPD 11/03 (given
betahistine), ER 11/07 (IV fluids, sent home), back to ER 11/12 and admitted. Sabi ng anak: "Parang hindi na po siya
yung dati, minsan nalilito sa hapon, halos hindi na kumakain."

Work-up: CBC, electrolytes, calcium, creatinine, glucose, TSH, ALT – normal. ECG – NSR. CT brain plain – no acute
findings. Neuro exam non-focal.
Course: given IV hydration, improved oral intake. Dizziness improved but persistent weakness.
Final diagnosis: Generalized body weakness, etiology not yet determined; dizziness.
Disposition: discharged improved. For OPD follow-up in 2 weeks; for 2D echo and Holter as outpatient.

Dr. Maria Theresa Dela Cruz""", kind="discharge", author="im", enc=e4, related=[wk])
    c.med_statement(atc("C08CA01", "amlodipine", "Amlodipine 5 mg tablet"), "2012-03-05", dose="1 tab once a day",
                    source=dau, asserted="2026-11-12")
    return c


# --------------------------------------------------------------------------- B2
def b_psa_followed(cid):
    c = Case(cid, "ph")
    p = c.patient("Dimaculangan", ["Rogelio"], "male", "1960-03-08", pin("010298765432"),
                  addr("45 Kamias Road, Brgy. Pinyahan", "Quezon City"), phone="+63 917 555 7781", marital="M")
    c.coverage(pin("010298765432"), "1990-01-01", plan=("EMP", "Formal Economy – Private"))
    wife = c.related("Dimaculangan", "Nenita", "WIFE", "wife", "female", phone="+63 917 555 7782", text="asawa (wife)")
    c.condition(dx("E78.0", "Pure hypercholesterolaemia"), onset="2017-01-01", recorded="2017-02-02")
    e1 = c.encounter("2026-06-16", type_text="OPD – Internal Medicine (annual executive check-up)", pract="im")
    e2 = c.encounter("2026-06-30", type_text="OPD – Urology", pract="uro", reason=cc(text="Elevated PSA"))
    e3 = c.encounter("2026-07-21", type_text="OPD – Urology (MRI results)", pract="uro")
    e4 = c.encounter("2026-09-15", type_text="OPD – Urology (repeat PSA)", pract="uro")
    c.family_history("BRO", "brother", [(cc(icd("C61", "Malignant neoplasm of prostate")), "Diagnosed at age 68")],
                     date="2026-06-30", sex="male")
    psa1 = c.lab("psa", "2026-06-16", 7.8, enc=e1)
    c.labs("2026-06-16", [("ldl", 2.9), ("glu", 5.6), ("crea", 92)], enc=e1, panel="Executive check-up chemistry")
    c.service_request(cc(text="Referral to Urology – elevated PSA"), "2026-06-16", status="completed", intent="order",
                      requester="im", performer="uro", reason_ref=psa1, enc=e1)
    ipss = cc(c.local("instruments", "IPSS", "International Prostate Symptom Score (IPSS) total"), text="IPSS total")
    c.score(ipss, "2026-06-30", 14, enc=e2, performer=p)
    c.obs(cc(text="Digital rectal examination"), "2026-06-30", category="exam", enc=e2,
          value_string="Prostate enlarged approx. 50 g, smooth, rubbery, non-nodular, non-tender.")
    mri = c.report(rvs(c, "72197", "MRI pelvis without and with contrast (multiparametric prostate)"), "2026-07-14",
                   category="NMR", performer="Organization/" + cid + "-org1",
                   conclusion="Prostate volume 68 mL. Diffuse BPH nodularity of the transition zone. No focal lesion "
                              "suspicious for clinically significant cancer. PI-RADS 2. PSA density 0.11 ng/mL/mL.")
    bph = c.condition(dx("N40", "Hyperplasia of prostate"), onset="2026-07-21", recorded="2026-07-21", enc=e3,
                      asserter="uro")
    c.med_request(atc("G04CA02", "tamsulosin", "Tamsulosin 400 mcg modified-release capsule"), "2026-07-21",
                  requester="uro", dose="1 cap at bedtime", reason_ref=bph, enc=e3)
    c.lab("psa", "2026-09-15", 6.1, enc=e4)
    c.score(ipss, "2026-09-15", 8, enc=e4, performer=p)
    c.service_request(cc(lnc("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), text="Repeat PSA"),
                      "2026-09-15", status="active", intent="order", occurrence="2027-03-15", requester="uro",
                      reason_ref=bph, enc=e4, category=cc(sct("108252007", "Laboratory procedure")))
    c.vitals("2026-06-16", 128, 80, 72, weight=74, height=168, enc=e1)
    c.med_statement(atc("C10AA07", "rosuvastatin", "Rosuvastatin 10 mg tablet"), "2017-02-02", dose="1 tab at night")
    c.note("2026-06-30", "Urology consult note", """OPD Urology – consult

66 y/o M referred for PSA 7.8 ng/mL on annual check-up. Nocturia x2-3, weak stream. Kasama si misis (Nenita);
nag-aalala siya kasi yung kuya ni sir nagka-prostate cancer at 68.
DRE: enlarged ~50 g, smooth, non-nodular. IPSS 14 (moderate).
Plan: multiparametric MRI of prostate first; if PI-RADS >= 3 or high PSA density -> prostate biopsy.
Explained to patient and wife na hindi pa po ibig sabihin na cancer ang mataas na PSA.

Dr. Ramon Garcia""", kind="consult", author="uro", enc=e2)
    c.note("2026-09-15", "Urology follow-up note", """OPD Urology – follow-up

MRI 07/14: PI-RADS 2, volume 68 mL, PSA density 0.11. Repeat PSA 6.1 (from 7.8) on tamsulosin.
LUTS improved, IPSS 8. Nakahinga na raw ng maluwag si misis.
A: BPH; elevated PSA explained by gland volume, low-risk MRI. No biopsy indicated at this time.
P: Continue tamsulosin. Repeat PSA in 6 months (March 2027); earlier if rising.

Dr. Ramon Garcia""", author="uro", enc=e4)
    return c


# --------------------------------------------------------------------------- B3
def b_viral_label_fevers(cid):
    c = Case(cid, "ph")
    p = c.patient("Navarro", ["Jericho"], "male", "1992-10-22", pin("030456789012"),
                  addr("Unit 3B, 18 Scout Tobias St., Brgy. Laging Handa", "Quezon City"), phone="+63 927 555 1022",
                  marital="S")
    c.coverage(pin("030456789012"), "2014-06-01", plan=("EMP", "Formal Economy – Private (BPO)"))
    mom = c.related("Navarro", "Lorna", "MTH", "mother", "female", phone="+63 927 555 3310", text="nanay (mother)")
    e1 = c.encounter("2026-07-14", type_text="OPD – Internal Medicine", pract="im",
                     reason=cc(sct("386661006", "Fever"), text="Fever x 4 days, body malaise"))
    e2 = c.encounter("2026-08-11", type_text="OPD – Internal Medicine", pract="im",
                     reason=cc(text="Recurrent fever, body malaise"))
    e3 = c.encounter("2026-09-22", type_text="OPD – Internal Medicine", pract="im",
                     reason=cc(text="Intermittent fever, night sweats, weight loss"))
    e4 = c.encounter("2026-11-10", type_text="OPD – Internal Medicine", pract="im",
                     reason=cc(text="Persistent fever, weight loss, neck mass per mother"))
    vir = c.condition(dx("B34.9", "Viral infection, unspecified", text="Viral syndrome"), onset="2026-07-10",
                      recorded="2026-07-14", enc=e1, asserter="im",
                      note="Re-affirmed 08/11, 09/22 and 11/10: 'prolonged viral syndrome'.")
    for d, w, t, e in [("2026-07-14", 70, 38.5, e1), ("2026-08-11", 69, 38.0, e2), ("2026-09-22", 63, 38.2, e3),
                       ("2026-11-10", 60, 38.1, e4)]:
        c.vitals(d, 118, 74, 96, weight=w, temp=t, enc=e)
    c.labs("2026-07-14", [("hb", 146, {"low": 130, "high": 170}), ("wbc", 5.1), ("plt", 210)], enc=e1, panel="CBC")
    c.obs(cc(c.local("lab", "DENV-NS1", "Dengue NS1 antigen rapid"), text="Dengue NS1 antigen"), "2026-07-14",
          enc=e1, value_cc=cc(sct("260385009", "Negative")), interp_code="NEG")
    c.labs("2026-09-22", [("hb", 118, {"low": 130, "high": 170}), ("mcv", 86), ("wbc", 9.8), ("plt", 420),
                          ("esr", 72, {"high": 15}), ("crp", 48), ("ldh", 410), ("alt", 31), ("crea", 84)],
           enc=e3, panel="CBC, ESR, CRP, chemistry")
    c.report(rvs(c, "71020", "Radiologic examination, chest, two views"), "2026-09-22", enc=e3, category="RAD",
             conclusion="No active lung infiltrates. Heart and mediastinum within normal limits.")
    c.med_request(atc("N02BE01", "paracetamol", "Paracetamol 500 mg tablet"), "2026-07-14", requester="im",
                  dose="1 tab every 4 hours as needed for fever", reason_ref=vir)
    c.med_request(atc("A11AA03", "multivitamins and other minerals", "Multivitamins + minerals tablet"), "2026-09-22",
                  requester="im", dose="1 tab once a day", reason_ref=vir)
    c.note("2026-09-22", "OPD progress note", """OPD Internal Medicine – follow-up

S: 33 y/o M, call-center agent (night shift). Since July may lagnat on and off, 3x a week, mostly at night.
Sabi ng nanay niya, gabi-gabi basa ang damit sa pawis. Nabawasan ng ~7 kg since July. No cough, no diarrhea.
O: T 38.2, wt 63 kg (70 kg in July). No lymphadenopathy noted today. Lungs clear.
Labs: Hb 118, ESR 72, CRP 48, LDH 410. CXR – no infiltrates.
A: Prolonged viral syndrome (B34.9), probably post-viral.
P: Rest, hydration, multivitamins. Balik kung lumala.

Dr. Maria Theresa Dela Cruz""", author="im", enc=e3)
    c.note("2026-11-10", "OPD progress note", """OPD Internal Medicine – follow-up

S: Still with intermittent fever and night sweats. Mother (Lorna) says "may bukol po sa leeg niya, mga isang
buwan na" and he is getting thinner; absent from work 6 days this month.
O: T 38.1, wt 60 kg. Right posterior cervical lymph node approx. 2 cm, firm, non-tender, mobile.
A: Viral syndrome (B34.9), prolonged.
P: Continue supportive care; observe node, balik after 1 month if may lagnat pa.

Dr. Maria Theresa Dela Cruz""", author="im", enc=e4)
    return c


# --------------------------------------------------------------------------- B4
def b_gallstones_resolved(cid):
    c = Case(cid, "ph")
    p = c.patient("Villareal", ["Rosario"], "female", "1984-01-30", pin("080567890123"),
                  addr("22 Maginhawa St., Brgy. Teachers Village East", "Quezon City"), phone="+63 915 555 3001",
                  marital="M")
    c.coverage(pin("080567890123"), "2008-03-01", plan=("EMP", "Formal Economy – Government"))
    e1 = c.encounter("2026-08-05", cls="EMER", type_text="Emergency Room", pract="er", priority="UR",
                     reason=cc(sct("21522001", "Abdominal pain"), text="RUQ/epigastric pain after fatty meal x 6 hours"))
    e2 = c.encounter("2026-08-12", type_text="OPD – General Surgery", pract="surg")
    e3 = c.encounter("2026-09-15", cls="IMP", type_text="Surgery ward – elective admission", pract="surg",
                     end="2026-09-16", admit="outp", discharge="home", priority="EL")
    e4 = c.encounter("2026-09-29", type_text="OPD – General Surgery (post-op)", pract="surg")
    c.condition(dx("R10.4", "Other and unspecified abdominal pain", text="Abdominal pain, RUQ"), clinical="resolved",
                onset="2026-08-05", abatement="2026-09-15", recorded="2026-08-05", category="encounter-diagnosis",
                enc=e1, asserter="er")
    c.med_admin(atc("A03BB01", "butylscopolamine", "Hyoscine N-butylbromide 20 mg/mL injection"), "2026-08-05",
                performer="er", enc=e1, dose_text="20 mg IV once")
    c.labs("2026-08-05", [("wbc", 8.9), ("hb", 128), ("alt", 38), ("bili", 14), ("crea", 62, {"low": 44, "high": 80})],
           enc=e1, panel="ER laboratory panel")
    us = c.report(rvs(c, "76700", "Ultrasound, abdominal, complete"), "2026-08-10", category="RAD",
                  conclusion="Multiple gallstones, largest 1.2 cm; gallbladder wall 2 mm, no pericholecystic fluid. "
                             "CBD 4 mm. Liver and pancreas unremarkable.")
    gs = c.condition(dx("K80.2", "Calculus of gallbladder without cholecystitis", sct("235919008", "Cholelithiasis")),
                     clinical="resolved", onset="2026-08-10", abatement="2026-09-15", recorded="2026-08-12", enc=e2,
                     asserter="surg", evidence=[us])
    sr = c.service_request(rvs(c, "47562", "Laparoscopic cholecystectomy"), "2026-08-12", status="completed",
                           intent="order", occurrence="2026-09-15", requester="surg", reason_ref=gs, enc=e2)
    c.procedure(rvs(c, "47562", "Laparoscopic cholecystectomy", sct("45595009", "Laparoscopic cholecystectomy")),
                "2026-09-15", performer="surg", reason_ref=gs, enc=e3, based_on=sr, outcome="Uneventful")
    c.report(cc(text="Histopathology – gallbladder"), "2026-09-18", category="SP",
             conclusion="Chronic cholecystitis with cholelithiasis. No dysplasia or malignancy.")
    pain = cc(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Pain score (0-10)")
    for d, v, e in [("2026-08-05", 8, e1), ("2026-08-12", 3, e2), ("2026-09-29", 0, e4)]:
        c.score(pain, d, v, enc=e, performer=p)
    c.vitals("2026-08-05", 126, 80, 98, temp=37.2, enc=e1)
    c.vitals("2026-09-29", 118, 76, 76, weight=66, enc=e4)
    c.note("2026-09-29", "Post-op follow-up note", """OPD General Surgery – post-op day 14

S/p laparoscopic cholecystectomy 09/15 for symptomatic cholelithiasis. Wala nang sakit ng tiyan since operation,
nakakakain na ng normal, back to work as teacher.
O: Port sites healed, no tenderness. Histopath: chronic cholecystitis with cholelithiasis, benign.
A: S/p lap chole, recovered. Abdominal pain resolved.
P: Discharged from surgical clinic. Balik PRN.

Dr. Jose Ramon Santos""", author="surg", enc=e4)
    return c


# --------------------------------------------------------------------------- B5
def b_hysterectomy_planned(cid):
    c = Case(cid, "ph")
    p = c.patient("Soriano", ["Evangeline"], "female", "1978-06-11", pin("120678901234"),
                  addr("88 Aurora Blvd., Brgy. Mariana", "Quezon City"), phone="+63 916 555 0611", marital="M")
    c.coverage(pin("120678901234"), "2000-01-01", plan=("IND", "Informal Economy – Self-Earning"))
    hus = c.related("Soriano", "Ernesto", "HUSB", "husband", "male", phone="+63 916 555 0612", text="asawa (husband)")
    e1 = c.encounter("2026-08-20", type_text="OPD – Obstetrics & Gynecology", pract="obgyn",
                     reason=cc(text="Heavy menstrual bleeding with clots, fatigue"))
    e2 = c.encounter("2026-09-30", type_text="OPD – Obstetrics & Gynecology (counselling)", pract="obgyn")
    e3 = c.encounter("2026-11-25", type_text="OPD – Internal Medicine (pre-operative clearance)", pract="im")
    myo = c.condition(dx("D25.1", "Intramural leiomyoma of uterus", sct("95315005", "Uterine leiomyoma")),
                      onset="2026-09-02", recorded="2026-09-02", asserter="obgyn")
    c.condition(dx("N92.0", "Excessive and frequent menstruation with regular cycle"), onset="2025-12-01",
                recorded="2026-08-20", enc=e1)
    ida = c.condition(dx("D50.0", "Iron deficiency anaemia secondary to blood loss (chronic)"), onset="2026-08-20",
                      recorded="2026-08-20", enc=e1, asserter="obgyn")
    c.labs("2026-08-20", [("hb", 92), ("mcv", 71), ("ferritin", 6), ("plt", 388)], enc=e1, panel="CBC and iron studies")
    c.report(rvs(c, "76830", "Ultrasound, transvaginal"), "2026-09-02", category="RAD",
             conclusion="Enlarged uterus 14 x 10 x 9 cm with multiple intramural myomas, largest 8.1 cm fundal. "
                        "Endometrium 9 mm. Both ovaries normal.")
    c.procedure(rvs(c, "58100", "Endometrial sampling (biopsy)"), "2026-09-09", performer="obgyn", reason_ref=myo)
    c.report(cc(text="Histopathology – endometrial sampling"), "2026-09-14", category="SP",
             conclusion="Proliferative endometrium. No hyperplasia or atypia.")
    c.med_request(atc("B03AA07", "ferrous sulfate", "Ferrous sulfate 325 mg tablet"), "2026-08-20", requester="obgyn",
                  dose="1 tab twice a day", reason_ref=ida, enc=e1)
    c.med_request(atc("B02AA02", "tranexamic acid", "Tranexamic acid 500 mg capsule"), "2026-08-20", requester="obgyn",
                  dose="2 caps three times a day during heavy menses (max 5 days)", reason_ref=myo, enc=e1)
    c.labs("2026-11-25", [("hb", 108), ("plt", 301), ("crea", 64, {"low": 44, "high": 80}), ("glu", 5.2), ("k", 4.1)],
           enc=e3, panel="Pre-operative laboratory panel")
    c.obs(cc(lnc("11524-6", "EKG study"), text="12-lead ECG"), "2026-11-25", category="procedure", enc=e3,
          interp_code="N", value_string="Sinus rhythm 78/min, normal ECG.")
    c.vitals("2026-11-25", 122, 78, 78, weight=63, height=156, enc=e3)
    hyst = c.service_request(rvs(c, "58150", "Total abdominal hysterectomy (corpus and cervix), with or without removal of "
                                 "tube(s), with or without removal of ovary(s)",
                                 text="Total abdominal hysterectomy with bilateral salpingectomy (ovaries conserved)"),
                             "2026-09-30", status="active", intent="order", occurrence="2027-01-18", requester="obgyn",
                             performer="obgyn", reason_ref=[myo, ida], enc=e2, priority="routine",
                             note="Under spinal-epidural anesthesia. 2 units PRBC on standby. PhilHealth case rate.")
    c.appointment("2027-01-17T14:00", 30, "booked", "Admission for TAH-BS (OB-GYN ward)", ["obgyn"], service="Gynecology",
                  based_on=hyst)
    c.note("2026-09-30", "OB-GYN counselling note", """OPD OB-GYN – counselling

48 y/o G4P4, done with childbearing. Symptomatic multiple myoma uteri (largest 8.1 cm) with menorrhagia and
iron-deficiency anemia (Hb 92 -> on ferrous sulfate). Endometrial sampling benign.
Options discussed: medical management, myomectomy, hysterectomy. Pasyente at si mister (Ernesto) ay pumayag na sa
operasyon: "Pagod na po ako sa pagdurugo buwan-buwan." Sabi ni mister, okay lang basta safe.
Plan: Total abdominal hysterectomy with bilateral salpingectomy, ovaries conserved, on 01/18/2027.
Pre-op clearance with IM; continue iron.

Dr. Angelica Reyes""", kind="consult", author="obgyn", enc=e2)
    return c


# --------------------------------------------------------------------------- B6
def b_hcc_hospice(cid):
    c = Case(cid, "ph")
    p = c.patient("Pangilinan", ["Danilo"], "male", "1963-04-04", pin("020345678901"),
                  addr("7 Mabuhay St., Brgy. Bagong Silangan", "Quezon City"), phone="+63 919 555 0404", marital="M")
    c.coverage(pin("020345678901"), "1995-01-01", plan=("IND", "Informal Economy"))
    son = c.related("Pangilinan", "Mark Anthony", "SON", "son", "male", phone="+63 919 555 0405", text="anak (son)")
    hbv = c.condition(dx("B18.1", "Chronic viral hepatitis B without delta-agent"), onset="2005-01-01",
                      recorded="2005-06-20")
    cir = c.condition(dx("K74.6", "Other and unspecified cirrhosis of liver",
                         text="Liver cirrhosis secondary to chronic hepatitis B"), onset="2024-02-01",
                      recorded="2024-02-15", stage=cc(text="Child-Pugh C (11) since 08/2026"))
    e1 = c.encounter("2026-08-24", cls="IMP", type_text="Internal Medicine – GI service", pract="gi", end="2026-09-02",
                     admit="emd", discharge="home", reason=cc(text="Abdominal distension, jaundice, weight loss"))
    e2 = c.encounter("2026-09-18", type_text="Hepatobiliary multidisciplinary tumor board", pract="gi")
    e3 = c.encounter("2026-11-06", type_text="OPD – Hepatology (with family)", pract="gi")
    hcc = c.condition(dx("C22.0", "Liver cell carcinoma", text="Hepatocellular carcinoma, BCLC stage D"),
                      onset="2026-08-27", recorded="2026-08-27", enc=e1, asserter="gi",
                      stage=cc(text="BCLC D – multifocal, main portal vein tumor thrombus, Child-Pugh C, ECOG 3"))
    c.condition(dx("I81", "Portal vein thrombosis"), onset="2026-08-26", recorded="2026-08-27", enc=e1)
    c.report(rvs(c, "74170", "CT abdomen without contrast followed by contrast (triphasic liver)"), "2026-08-26",
             enc=e1, category="CT",
             conclusion="Cirrhotic liver. Dominant 9.2 cm arterially enhancing mass with washout in the right lobe plus "
                        "multiple satellite lesions (LI-RADS 5). Tumor thrombus in the main portal vein. Moderate ascites.")
    c.labs("2026-08-25", [("afp", 18400), ("bili", 58), ("alb", 24), ("inr", 1.9), ("plt", 88), ("hb", 112, {"low": 130, "high": 170}),
                          ("crea", 96)], enc=e1, panel="Admission laboratory panel")
    c.obs(cc(c.local("scores", "CHILD-PUGH", "Child-Pugh score"), text="Child-Pugh score"), "2026-08-27",
          qty(11, "points", "{score}"), category="exam", enc=e1, note="Class C")
    c.obs(cc(lnc("89247-1", "ECOG Performance Status score"), text="ECOG performance status"), "2026-09-18",
          category="exam", enc=e2, value_int=3)
    c.impression("2026-09-18", "BCLC D hepatocellular carcinoma on HBV cirrhosis, Child-Pugh C, ECOG 3, main portal vein "
                 "tumor thrombus. Not a candidate for resection, liver transplantation, ablation, TACE or systemic "
                 "therapy. No treatment options are available that would prolong life; recommend best supportive care "
                 "and home hospice.", assessor="gi", problems=[hcc, cir], enc=e2,
                 description="Hepatobiliary tumor board (GI, surgery, oncology, radiology)")
    c.careplan("Home hospice and comfort care plan", "2026-09-20", status="active", intent="plan",
               category=cc(sct("103735009", "Palliative care"), text="Hospice / palliative care"), addresses=[hcc],
               author="onco", period_start="2026-09-20",
               description="Comfort-focused care at home; family (son Mark Anthony) as primary caregivers.",
               activities=[(cc(sct("385763009", "Hospice care")), "in-progress", "Home hospice nurse visits twice weekly"),
                           (cc(text="Symptom control"), "in-progress", "Diuretics, lactulose, analgesia"),
                           (cc(text="Therapeutic paracentesis"), "scheduled", "As needed for tense ascites")])
    c.med_request(atc("J05AF10", "entecavir", "Entecavir 500 mcg tablet"), "2024-02-15", requester="gi",
                  dose="1 tab once a day", reason_ref=hbv)
    c.med_request(atc("C03DA01", "spironolactone", "Spironolactone 100 mg tablet"), "2026-09-02", requester="gi",
                  dose="1 tab once a day", reason_ref=cir)
    c.med_request(atc("C03CA01", "furosemide", "Furosemide 40 mg tablet"), "2026-09-02", requester="gi",
                  dose="1 tab once a day", reason_ref=cir)
    c.med_request(atc("A06AD11", "lactulose", "Lactulose 3.35 g/5 mL syrup"), "2026-09-02", requester="gi",
                  dose="30 mL twice a day, titrate to 2-3 soft stools", reason_ref=cir)
    c.vitals("2026-11-06", 102, 64, 98, weight=58, enc=e3)
    c.note("2026-11-06", "Hepatology follow-up note", """OPD Hepatology – with family

63 y/o M with BCLC D HCC on HBV cirrhosis, on home hospice since 09/20. Kasama ang anak na si Mark Anthony at asawa.
Mas mahina na, mostly bedbound, may ascites ulit. Mild asterixis.
Family informed again na wala nang treatment na pwedeng gawin para sa cancer; tanggap na po ng pamilya at gusto nila
sa bahay na lang si Papa. Goals of care: comfort. DNR discussed and signed by patient.
Plan: continue hospice, paracentesis PRN, adjust lactulose.

Dr. Carmela Bautista""", author="gi", enc=e3)
    return c


# --------------------------------------------------------------------------- B7
def b_caregiver_mother_hospice(cid):
    c = Case(cid, "ph")
    p = c.patient("Aguinaldo", ["Teresita"], "female", "1975-12-19", pin("150789012345"),
                  addr("31 Kalayaan Ave., Brgy. Central", "Quezon City"), phone="+63 917 555 1219", marital="M")
    c.coverage(pin("150789012345"), "1998-01-01", plan=("EMP", "Formal Economy – Private"))
    dm = c.condition(dx("E11.9", "Type 2 diabetes mellitus without complications"), onset="2019-05-01",
                     recorded="2019-05-20")
    ht = c.condition(dx("I10", "Essential (primary) hypertension"), onset="2018-01-01", recorded="2018-03-08")
    e1 = c.encounter("2026-04-14", type_text="OPD – Internal Medicine (DM/HTN follow-up)", pract="im")
    e2 = c.encounter("2026-10-20", type_text="OPD – Internal Medicine (DM/HTN follow-up)", pract="im")
    c.condition(dx("Z63.6", "Dependent relative needing care at home"), onset="2026-10-01", recorded="2026-10-20",
                category="encounter-diagnosis", enc=e2)
    c.condition(dx("G47.0", "Disorders of initiating and maintaining sleep"), onset="2026-10-01", recorded="2026-10-20",
                category="encounter-diagnosis", enc=e2, severity="mild")
    c.family_history("MTH", "mother", [(cc(icd("C25.0", "Malignant neoplasm of head of pancreas")),
                                        "Diagnosed 2026-06, stage IV. On home hospice care since October 2026; her "
                                        "oncologist said there are no further treatment options.")],
                     date="2026-10-20", sex="female")
    c.labs("2026-04-14", [("hba1c", 6.8), ("glu", 6.9), ("crea", 66, {"low": 44, "high": 80}), ("ldl", 2.4)], enc=e1,
           panel="DM follow-up panel")
    c.labs("2026-10-20", [("hba1c", 6.6), ("glu", 6.7), ("k", 4.3), ("alt", 24)], enc=e2, panel="DM follow-up panel")
    c.vitals("2026-04-14", 132, 82, 78, weight=64, height=154, enc=e1)
    c.vitals("2026-10-20", 128, 80, 80, weight=62, enc=e2)
    c.med_request(atc("A10BA02", "metformin", "Metformin 500 mg tablet"), "2019-05-20", requester="im",
                  dose="1 tab twice a day after meals", reason_ref=dm)
    c.med_request(atc("C09CA01", "losartan", "Losartan 50 mg tablet"), "2018-03-08", requester="im",
                  dose="1 tab once a day", reason_ref=ht)
    c.service_request(cc(text="Referral to Psychology – caregiver support group"), "2026-10-20", status="active",
                      intent="order", requester="im", enc=e2,
                      note="Caregiver stress; mother on home hospice.")
    c.note("2026-10-20", "OPD progress note", """OPD Internal Medicine – DM/HTN follow-up

S: 50 y/o F, doing well on meds. Pagod at puyat lately: siya ang nag-aalaga sa nanay niya (78 y/o) na may pancreatic
cancer stage IV, naka-home hospice na since October; sabi ng oncologist ng nanay, wala na raw treatment options.
Hirap makatulog (initial insomnia), pero kumakain naman.
O: BP 128/80, wt 62 kg. HbA1c 6.6% (from 6.8%).
A: T2DM, controlled. HTN, controlled. Caregiver stress with insomnia.
P: Continue metformin and losartan. Sleep hygiene. Referred to psychology caregiver support group.
Balik after 6 months.

Dr. Maria Theresa Dela Cruz""", author="im", enc=e2)
    return c


# --------------------------------------------------------------------------- B8
def b_hemodialysis_started(cid):
    c = Case(cid, "ph")
    p = c.patient("Castillo", ["Arnel"], "male", "1970-07-07", pin("070890123456"),
                  addr("56 Payatas Road, Brgy. Payatas", "Quezon City"), phone="+63 918 555 0707", marital="M")
    c.coverage(pin("070890123456"), "1996-01-01", plan=("IND", "Informal Economy – Transport"))
    wife = c.related("Castillo", "Gina", "WIFE", "wife", "female", phone="+63 918 555 0708", text="asawa (wife)")
    dm = c.condition(dx("E11.2", "Type 2 diabetes mellitus with renal complications"), onset="2012-01-01",
                     recorded="2012-04-02")
    c.condition(dx("I12.0", "Hypertensive renal disease with renal failure"), onset="2016-01-01", recorded="2016-02-10")
    ckd = c.condition(dx("N18.5", "Chronic kidney disease, stage 5", sct("433146000", "Chronic kidney disease stage 5")),
                      onset="2026-06-01", recorded="2026-07-08", asserter="nephro")
    an = c.condition(dx("D63.8", "Anaemia in other chronic diseases classified elsewhere", text="Anemia of CKD"),
                     onset="2026-06-01", recorded="2026-07-08")
    e1 = c.encounter("2026-07-08", type_text="OPD – Nephrology", pract="nephro")
    e2 = c.encounter("2026-08-20", cls="SS", type_text="Day surgery – vascular access", pract="surg", end="2026-08-20")
    e3 = c.encounter("2026-09-23", type_text="OPD – Nephrology", pract="nephro")
    e4 = c.encounter("2026-10-19", type_text="Hemodialysis Unit – initiation", pract="nephro")
    e5 = c.encounter("2026-11-24", type_text="OPD – Nephrology (post-initiation review)", pract="nephro")
    c.labs("2026-07-08", [("crea", 520), ("egfr", 10), ("k", 5.4), ("hb", 92, {"low": 130, "high": 170}), ("hba1c", 7.2)],
           enc=e1, panel="Renal panel")
    c.labs("2026-09-23", [("crea", 640), ("egfr", 8), ("k", 5.6), ("hb", 88, {"low": 130, "high": 170}), ("urea", 32)],
           enc=e3, panel="Renal panel")
    c.procedure(rvs(c, "36821", "Arteriovenous anastomosis, direct, any site (e.g., Cimino type)"), "2026-08-20",
                performer="surg", reason_ref=ckd, enc=e2, outcome="Left radiocephalic AV fistula, good thrill",
                body_site=cc(text="left forearm"))
    hd = rvs(c, "90935", "Hemodialysis procedure with single physician evaluation",
             sct("302497006", "Hemodialysis"), text="Maintenance hemodialysis")
    c.procedure(hd, "2026-10-19", performer="nephro", reason_ref=ckd, enc=e4,
                note="First session, 2.5 hours, uneventful. Maintenance HD 3x/week, 4 h, via left AVF from now on.")
    c.procedure(hd, "2026-11-23", performer="nephro", reason_ref=ckd, note="Routine session, 4 hours.")
    c.careplan("Renal replacement therapy – maintenance hemodialysis", "2026-10-19", status="active", intent="plan",
               category=cc(text="Nephrology care plan"), addresses=[ckd], author="nephro", period_start="2026-10-19",
               activities=[(cc(sct("302497006", "Hemodialysis")), "in-progress", "HD Mon-Wed-Fri, 4 h, via left AVF"),
                           (cc(text="Renal diet"), "in-progress", "Fluid restriction 1 L/day, low potassium"),
                           (cc(text="Anemia management"), "in-progress", "Epoetin alfa, IV iron as needed")])
    c.obs(cc(c.local("lab", "KTV", "Dialysis adequacy spKt/V"), text="spKt/V"), "2026-11-23", qty(1.3, "{ratio}", "1"),
          enc=e5, low=1.2, category="procedure")
    c.labs("2026-11-23", [("hb", 101, {"low": 130, "high": 170}), ("k", 4.8)], enc=e5, panel="Pre-dialysis laboratory panel")
    c.med_request(atc("B03XA01", "erythropoietin", "Epoetin alfa 4,000 IU prefilled syringe"), "2026-07-08",
                  requester="nephro", dose="4,000 IU SC twice a week", reason_ref=an)
    c.med_request(atc("A10AE04", "insulin glargine", "Insulin glargine 100 IU/mL pen"), "2026-07-08", requester="nephro",
                  dose="12 units SC at bedtime", reason_ref=dm)
    c.med_request(atc("C08CA01", "amlodipine", "Amlodipine 10 mg tablet"), "2016-02-10", requester="nephro",
                  dose="1 tab once a day")
    c.med_request(atc("A12AA04", "calcium carbonate", "Calcium carbonate 500 mg tablet"), "2026-09-23",
                  requester="nephro", dose="1 tab three times a day with meals", reason_ref=ckd)
    c.vitals("2026-11-24", 148, 86, 80, weight=67, enc=e5)
    c.note("2026-11-24", "Nephrology progress note", """OPD Nephrology – post HD initiation

56 y/o M, ESKD from diabetic/hypertensive nephropathy, started maintenance HD 10/19 via left AVF (created 08/20).
Now 3x/week, 4 hours. Kt/V 1.3. Less nausea and itching.
Sabi ni misis (Gina): "Hirap po si mister, tatlong beses isang linggo kami bumibiyahe papuntang dialysis, hindi na po
siya makapagpasada ng jeep. Kami na lang po ng panganay ang kumikita." Patient feels down, nahihiya raw siya.
Discussed transplant work-up in the future; for now continue HD.
Plan: continue HD 3x/week, epoetin, renal diet; social service referral for PhilHealth dialysis benefit.

Dr. Paolo Villanueva""", author="nephro", enc=e5)
    return c


# --------------------------------------------------------------------------- B9
def b_family_second_opinion(cid):
    c = Case(cid, "ph")
    p = c.patient("Ocampo", ["Marites"], "female", "1981-02-14", pin("100901234567"),
                  addr("14 Mayaman St., Brgy. UP Village", "Quezon City"), phone="+63 917 555 0214", marital="M")
    c.coverage(pin("100901234567"), "2003-01-01", plan=("OFW", "Migrant Worker Dependent"))
    dau = c.related("Ocampo", "Angela", "DAU", "daughter", "female", phone="+63 917 555 0215",
                    text="anak (daughter), registered nurse")
    e1 = c.encounter("2026-08-18", type_text="OPD – Endocrinology", pract="endo",
                     reason=cc(text="Anterior neck mass noted by patient"))
    e2 = c.encounter("2026-09-08", cls="SS", type_text="Ultrasound-guided FNAB (day procedure)", pract="endo",
                     end="2026-09-08")
    e3 = c.encounter("2026-09-22", type_text="OPD – Endocrinology (cytology results)", pract="endo")
    nod = c.condition(dx("E04.1", "Nontoxic single thyroid nodule", sct("237495005", "Thyroid nodule")),
                      onset="2026-08-01", recorded="2026-08-18", enc=e1, asserter="endo")
    c.labs("2026-08-18", [("tsh", 1.6), ("ft4", 15.8), ("ca", 2.36)], enc=e1, panel="Thyroid function")
    c.report(rvs(c, "76536", "Ultrasound, soft tissues of head and neck"), "2026-08-18", enc=e1, category="RAD",
             conclusion="Right thyroid lobe solid hypoechoic nodule 2.4 x 1.9 x 1.7 cm, smooth margins, no "
                        "microcalcifications (ACR TI-RADS TR4). No suspicious cervical lymph nodes.")
    c.procedure(rvs(c, "10022", "Fine needle aspiration with imaging guidance"), "2026-09-08", performer="endo",
                reason_ref=nod, enc=e2)
    c.report(cc(text="Thyroid FNA cytology"), "2026-09-12", category="PAT",
             conclusion="Bethesda category III – atypia of undetermined significance (AUS).")
    c.service_request(rvs(c, "76536", "Ultrasound, soft tissues of head and neck", text="Repeat thyroid ultrasound"),
                      "2026-09-22", status="active", intent="order", occurrence="2026-12-15", requester="endo",
                      reason_ref=nod, enc=e3)
    c.vitals("2026-08-18", 118, 74, 76, weight=58, height=155, enc=e1)
    c.note("2026-09-22", "Endocrinology progress note", """OPD Endocrinology – FNAB results

45 y/o F with 2.4 cm right thyroid nodule, TI-RADS 4, euthyroid. FNAB 09/08: Bethesda III (AUS).
Explained to patient: indeterminate result, malignancy risk roughly 10-30%. Options: repeat ultrasound and FNAB vs.
diagnostic hemithyroidectomy. Pasyente ay naguguluhan at natatakot; she prefers to think it over with family.
Plan: repeat thyroid ultrasound 12/15, then decide on repeat FNAB.

Dr. Kristine Mendoza""", author="endo", enc=e3)
    msg = c.communication("2026-10-30", "Good afternoon po Doc Mendoza. Ako po si Angela, anak ni Mrs. Marites Ocampo. "
                          "Pinapasabi po ni Mama na gusto po niya ng second opinion from another endocrinologist or "
                          "thyroid surgeon bago po siya mag-decide, kasi naguguluhan po kami sa 'indeterminate' na "
                          "result at hindi po siya makatulog sa pag-aalala. Pwede po ba kaming ma-refer at mabigyan ng "
                          "copy ng ultrasound, FNAB slides at results niya? Salamat po.", dau, [c.P("endo")],
                          category_text="Patient portal message (family proxy)", topic="Request for second opinion",
                          about=[nod])
    c.communication("2026-11-02", "Noted po. We will prepare the referral letter and copies of the results and slides. "
                    "Paki-confirm po ni Mrs. Ocampo ang request sa next visit o sa telepono.", c.P("endo"), [dau],
                    status="in-progress", category_text="Patient portal message", topic="Request for second opinion",
                    about=[nod], in_response_to=msg)
    c.note("2026-11-03", "Telephone encounter – nursing", """Telephone call – Endocrinology clinic nurse

Patient Mrs. Marites Ocampo called back herself. Confirmed: "Opo, ako po mismo ang may gusto ng second opinion bago
ako magpa-opera o magpa-biopsy ulit. Hindi po ako panatag." Daughter Angela will accompany her.
Forwarded to Dr. Mendoza for referral letter.""", kind="nurse", enc=None)
    return c


# --------------------------------------------------------------------------- B10
def b_knee_pain_worsening(cid):
    c = Case(cid, "ph")
    p = c.patient("Espiritu", ["Corazon"], "female", "1958-08-25", pin("110123456789"),
                  addr("9 Matahimik St., Brgy. Malaya", "Quezon City"), phone="+63 921 555 0825", lang="fil",
                  marital="W")
    c.coverage(pin("110123456789"), "2018-08-25", plan=("SC", "Senior Citizen – Lifetime Member"))
    son = c.related("Espiritu", "Rodolfo Jr.", "SON", "son", "male", phone="+63 921 555 0826", text="anak (son), 'Jun'")
    oa = c.condition(dx("M17.0", "Primary gonarthrosis, bilateral", sct("239873007", "Osteoarthritis of knee")),
                     onset="2021-01-01", recorded="2021-03-10", stage=cc(text="Kellgren-Lawrence grade 3 bilateral"))
    ht = c.condition(dx("I10", "Essential (primary) hypertension"), onset="2015-01-01", recorded="2015-05-06")
    c.condition(dx("E66.0", "Obesity due to excess calories"), onset="2015-01-01", recorded="2015-05-06")
    dates = ["2026-04-10", "2026-06-20", "2026-08-28", "2026-11-06"]
    encs = [c.encounter(d, type_text="OPD – Rehabilitation Medicine (knee OA)", pract="rehab") for d in dates]
    c.report(rvs(c, "73560", "Radiologic examination, knee; 1 or 2 views"), "2026-04-10", enc=encs[0], category="RAD",
             conclusion="Bilateral moderate medial joint space narrowing with osteophytes and subchondral sclerosis "
                        "(Kellgren-Lawrence 3).")
    pain = cc(lnc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), text="Knee pain (NRS 0-10)")
    womac = cc(c.local("instruments", "WOMAC-PAIN", "WOMAC pain subscale (0-20)"), text="WOMAC pain subscale")
    for d, v, w, e in zip(dates, [5, 6, 7, 8], [9, 11, 12, 15], encs):
        c.score(pain, d, v, enc=e, performer=p)
        c.score(womac, d, w, enc=e, performer=p)
    for d, bp, wt, e in zip(dates, [(136, 84), (134, 82), (138, 84), (136, 82)], [78, 78, 79, 79], encs):
        c.vitals(d, bp[0], bp[1], 78, weight=wt, enc=e)
    cel = c.med_request(atc("M01AH01", "celecoxib", "Celecoxib 200 mg capsule"), "2026-04-10", requester="rehab",
                        dose="1 cap once a day after meals", reason_ref=oa, course="continuous", enc=encs[0])
    c.med_statement(atc("M01AH01", "celecoxib", "Celecoxib 200 mg capsule"), "2026-04-10", dose="1 cap once a day",
                    reason_ref=oa, source=son, asserted="2026-11-06",
                    note="Son confirms daily intake; refills bought monthly.")
    c.med_request(atc("N02BE01", "paracetamol", "Paracetamol 500 mg tablet"), "2026-06-20", requester="rehab",
                  dose="1-2 tabs up to three times a day as needed", reason_ref=oa)
    c.med_request(atc("C09CA01", "losartan", "Losartan 50 mg tablet"), "2015-05-06", requester="rehab",
                  dose="1 tab once a day", reason_ref=ht)
    c.careplan("Knee osteoarthritis – physiotherapy programme", "2026-04-10", status="active", intent="plan",
               category=cc(text="Rehabilitation"), addresses=[oa], author="rehab", period_start="2026-04-10",
               activities=[(cc(text="Physiotherapy"), "in-progress", "Quadriceps strengthening, 2x/week at PT unit"),
                           (cc(text="Weight reduction"), "in-progress", "Dietitian counselling")])
    c.labs("2026-04-10", [("crea", 70, {"low": 44, "high": 80}), ("alt", 20), ("hb", 128)], enc=encs[0],
           panel="Baseline laboratory panel")
    c.note("2026-11-06", "Rehabilitation medicine progress note", """OPD Rehab Medicine – knee OA follow-up

68 y/o F, bilateral knee OA KL3. On celecoxib 200 mg daily since April, PT twice a week (attended 26 of 28
sessions), paracetamol PRN. Despite this, pain worse: NRS 5 -> 6 -> 7 -> 8; WOMAC pain 9 -> 15.
Sabi ni Jun (anak): "Hindi na po makaakyat ng hagdan si Nanay, hirap na rin magsimba tuwing Linggo."
A: Bilateral knee OA, worsening despite 7 months of NSAID + physiotherapy.
P: Continue PT. Consider intra-articular corticosteroid injection next visit. Patient not keen on surgery at this time.

Dr. Patricia Tan""", author="rehab", enc=encs[3])
    return c


CASES = [
    dict(key="B1", build=b_return_visits, target=PCS, kind="positive", expected=[PCS],
         why="Return-visit e-trigger: a scheduled primary-care visit on 11/03 followed by two unscheduled ER visits and an "
             "unplanned admission within 9 days; work-up normal and the weakness remains unexplained.",
         summary="Filipino 69F, OPD visit then 2 ER visits and unplanned admission within 9 days, work-up normal"),
    dict(key="B2", build=b_psa_followed, target=PCS, kind="near-miss", expected=[],
         why="Raised PSA (7.8) was followed up within 14 days by urology and within 4 weeks by multiparametric MRI (PI-RADS 2); "
             "elevation explained by BPH, surveillance planned.",
         summary="Filipino 66M, raised PSA promptly followed up: urology, MRI PI-RADS 2, BPH, PSA falling"),
    dict(key="B3", build=b_viral_label_fevers, target=DSM, kind="positive", expected=[DSM],
         why="'Viral infection, unspecified' (B34.9) kept for 4 months while fevers, night sweats, 10 kg weight loss, raised "
             "ESR/CRP/LDH, anaemia and a new cervical node accumulate, none of which the label explains.",
         summary="Filipino 34M, B34.9 viral syndrome label for 4 months despite fevers, weight loss, ESR 72, LDH, neck node"),
    dict(key="B4", build=b_gallstones_resolved, target=DSM, kind="near-miss", expected=[],
         why="The catch-all abdominal pain label lasted one week before ultrasound showed gallstones; after laparoscopic "
             "cholecystectomy the pain resolved and both conditions are resolved.",
         summary="Filipino 42F, abdominal pain label replaced by gallstones, cholecystectomy done, symptom-free"),
    dict(key="B5", build=b_hysterectomy_planned, target=MPP, kind="positive", expected=[MPP],
         why="Active ServiceRequest (intent order) for total abdominal hysterectomy (RVS 58150) scheduled 2027-01-18 with "
             "booked admission, not yet performed.",
         summary="Filipino 48F, symptomatic myomas with anaemia, total abdominal hysterectomy scheduled Jan 2027"),
    dict(key="B6", build=b_hcc_hospice, target=UP, kind="positive", expected=[UP],
         why="BCLC D hepatocellular carcinoma; tumour board impression says no treatment options, active hospice CarePlan, "
             "no second opinion on record.",
         summary="Filipino 63M, BCLC D HCC on HBV cirrhosis, tumour board: no treatment options, home hospice"),
    dict(key="B7", build=b_caregiver_mother_hospice, target=UP, kind="near-miss", expected=[],
         why="The hospice care and 'no further treatment options' refer to the patient's mother (FamilyMemberHistory, note); "
             "the patient's own diabetes and hypertension are controlled.",
         summary="Filipino 50F, controlled DM/HTN; her mother is on hospice with no treatment options (family history)"),
    dict(key="B8", build=b_hemodialysis_started, target=HIT, kind="positive", expected=[HIT],
         why="Maintenance haemodialysis three times a week started 2026-10-19 after AV fistula creation; patient lost his "
             "livelihood (high-impact treatment started).",
         summary="Filipino 56M, ESKD, maintenance hemodialysis started Oct 2026"),
    dict(key="B9", build=b_family_second_opinion, target=PRC, kind="positive", expected=[PRC],
         why="Portal message from the daughter on the patient's behalf asks for a second opinion, and the patient herself "
             "confirms the request by telephone; no second opinion on record yet.",
         summary="Filipino 45F, Bethesda III thyroid nodule; daughter writes, patient confirms: wants second opinion"),
    dict(key="B10", build=b_knee_pain_worsening, target=WDT, kind="positive", expected=[WDT],
         why="Knee pain NRS rose 5 to 8 (and WOMAC pain 9 to 15) over 7 months in four readings while daily celecoxib and "
             "physiotherapy ran throughout (MCID 2 points).",
         summary="Filipino 68F, knee OA pain NRS 5 to 8 over 7 months on celecoxib + physio"),
]
