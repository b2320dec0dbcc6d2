from common import *

PS = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP"
DSM = "DIAGNOSIS_SYMPTOM_MISMATCH"


def d01(cid):
    """Chronic dizziness, extensive normal work-up, no diagnosis."""
    x = setup(cid, "gulfcoast",
              dict(given=["Danielle", "R"], family="Whitcomb", gender="female", birth="1990-03-17", mrn="GC00418276",
                   city="Mobile", state="AL", zipc="36608", line="2214 Dauphin Island Pkwy", phone="251-555-0147",
                   race=("2054-5", "Black or African American"), ethnicity=("2186-5", "Not Hispanic or Latino")),
              [("Martin", "Okafor", "MD", "1467352981", "Otolaryngology"),
               ("Leah", "Broussard", "MD", "1083746152", "Family Medicine"),
               ("Samir", "Haddad", "MD", "1639284710", "Neurology")],
              "bcbs", "BCBS Alabama Blue Advantage PPO", "XAL938274150", "2022-01-01",
              extra_orgs=[("Azalea City Family Medicine", "1902847365", "Mobile", "AL"),
                          ("Mobile Neurology Clinic", "1760293841", "Mobile", "AL")])
    b, ent, pcp, neuro = x.b, x.pr[0], x.pr[1], x.pr[2]
    fm, neu = x.orgs
    b.allergy(sct("373270004", "Substance with penicillin structure and antibacterial mechanism of action", "Penicillins"),
              sct("271807003", "Eruption of skin", "Rash"), "2011-05-02")
    b.cond(sct("61582004", "Allergic rhinitis"), onset="2015-04-01", recorded="2018-02-11")
    b.cond(sct("3135009", "Otitis externa", "Acute otitis externa, right ear"), onset="2024-07-15", clin="resolved", abated="2024-07-29")
    dz = b.cond(sct("404640003", "Dizziness", "Dizziness - episodic lightheadedness and unsteadiness"), onset="2026-06-08",
                note="Episodes most days, 10-60 min, non-positional, no hearing change, no focal deficits.")
    e1 = b.enc("2026-06-08", OFFICE_EST(4), pcp, fm, reason=sct("404640003", "Dizziness"),
               dx=[icd("R42", "Dizziness and giddiness")])
    b.vitals("2026-06-08", e1, 118, 74, 72, 64.2)
    b.obs("2026-06-08", textcc("Orthostatic vital signs"), vstr="Supine 116/74 HR 70; standing 3 min 114/76 HR 78. Negative.", cat="exam", enc=e1, interp="N")
    for code, disp, v, u, lo, hi in [("718-7", "Hemoglobin [Mass/volume] in Blood", 13.1, "g/dL", 12.0, 15.5),
                                     ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", 88, "mg/dL", 70, 99),
                                     ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.9, "m[IU]/L", 0.45, 4.5),
                                     ("2951-2", "Sodium [Moles/volume] in Serum or Plasma", 139, "mmol/L", 135, 145),
                                     ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.2, "%", 4.0, 5.6),
                                     ("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 512, "pg/mL", 232, 1245)]:
        b.lab("2026-06-09", code, disp, v, u, lo, hi, enc=e1)
    b.medreq(rx("6736", "meclizine", "meclizine 12.5 mg tablet"), "12.5 mg by mouth every 8 hours as needed for dizziness",
             "2026-06-08", pcp, reason=sct("404640003", "Dizziness"), enc=e1, refills=1, qty=(30, "tablet"))
    b.medstmt(rx("41126", "fluticasone", "fluticasone propionate 50 mcg/actuation nasal spray"), "2 sprays each nostril daily", "2019-03-01",
              reason=sct("61582004", "Allergic rhinitis"))
    b.medstmt(cc(RXN, "748962", "Sprintec 28 Day Pack", "norgestimate 0.25 mg / ethinyl estradiol 0.035 mg oral contraceptive"),
              "1 tablet daily", "2021-09-01")
    e2 = b.enc("2026-07-20", CONSULT(), ent, x.org, reason=sct("404640003", "Dizziness"), dx=[icd("R42", "Dizziness and giddiness")], minutes=45)
    b.vitals("2026-07-20", e2, 120, 76, 70)
    a1 = b.obs("2026-07-20", textcc("Pure tone audiometry, bilateral"), vstr="Hearing thresholds 5-15 dB HL 250-8000 Hz both ears; speech discrimination 100% bilaterally; type A tympanograms.",
               cat="exam", enc=e2, interp="N", performer=ent)
    b.report("2026-07-20", textcc("Comprehensive audiometry evaluation"), "Normal hearing bilaterally. Normal middle ear function.", ent, [a1], ("AU", "Audiology"), e2)
    b.report("2026-08-11", textcc("Videonystagmography (VNG) with caloric testing"),
             "No spontaneous or positional nystagmus. Dix-Hallpike negative bilaterally. Symmetric caloric responses (unilateral weakness 6%). Normal oculomotor testing. Normal study.",
             ent, cat=("OTH", "Other"))
    b.report("2026-08-25", textcc("MRI brain and internal auditory canals with and without contrast"),
             "Normal MRI of the brain. No cerebellopontine angle or internal auditory canal mass. No demyelinating lesions.", ent, cat=("RAD", "Radiology"))
    b.note("2026-09-14", """ENT follow-up. 36 y/o F with dizziness since early June, described as lightheaded, unsteady, 'rocking' sensation, nearly daily. Meclizine gives little relief.
Audiogram 07/20 normal. VNG 08/11 normal, no evidence of BPPV or peripheral vestibular hypofunction. MRI brain/IAC 08/25 normal.
Exam today: no nystagmus, HIT negative, Romberg negative, gait normal.
Impression: persistent dizziness; no peripheral vestibular or otologic cause identified. Reassured that inner ear testing is normal. Suggest neurology evaluation; vestibular PT referral placed.""",
           ent, b.enc("2026-09-14", OFFICE_EST(3), ent, x.org, reason=sct("404640003", "Dizziness"), dx=[icd("R42", "Dizziness and giddiness")]),
           title="ENT follow-up")
    e4 = b.enc("2026-10-26", CONSULT(), neuro, neu, reason=sct("404640003", "Dizziness"), dx=[icd("R42", "Dizziness and giddiness")], minutes=60)
    b.obs("2026-10-26", textcc("12-lead ECG interpretation"), vstr="Normal sinus rhythm, rate 68, normal intervals, no ST changes.", cat="procedure", enc=e4, interp="N")
    b.report("2026-11-03", textcc("Holter monitor 48 hour"), "Sinus rhythm throughout, rate 54-118. Rare isolated PACs. No pauses or arrhythmia correlating with symptomatic diary entries.", neuro, cat=("EC", "Electrocardiac"))
    b.note("2026-10-26", """Neurology consultation. Daily non-vertiginous dizziness x 5 months. No headache history, no visual aura, no syncope. Neurological examination normal including cranial nerves, cerebellar testing, tandem gait.
MRI brain reviewed: normal. No features supporting vestibular migraine or a central cause at this time. Holter ordered. Continue vestibular therapy.
Assessment: chronic dizziness of undetermined cause.""", neuro, e4, kind="consult", title="Neurology consultation")
    b.impression("2026-10-26", "Chronic non-vertiginous dizziness since 06/2026 without identified otologic, vestibular, cardiac, metabolic or central cause.", neuro,
                 problems=[dz], findings=[sct("404640003", "Dizziness")], enc=e4)
    e5 = b.enc("2026-11-16", OFFICE_EST(4), pcp, fm, reason=sct("404640003", "Dizziness"), dx=[icd("R42", "Dizziness and giddiness")])
    b.vitals("2026-11-16", e5, 116, 72, 74, 63.8)
    b.note("2026-11-16", """Follow-up dizziness. Still symptomatic most days, missing work shifts. ENT, VNG, MRI, neurology, Holter all unremarkable. Labs normal (CBC, BMP, TSH, A1c, B12).
Patient tearful, states she has been told everything is normal but she does not feel normal.
A/P: Persistent dizziness, cause not established. Continue vestibular PT, meclizine prn. Recheck 6 weeks.""", pcp, e5, title="Primary care follow-up")
    return b, cases_meta(PS, "positive", [PS],
                         "Dizziness recorded on 5 dates from 2026-06-08 to 2026-11-16 (>8 weeks); audiometry, VNG, MRI, ECG, Holter and labs all normal; no explanatory diagnosis.",
                         "Chronic dizziness, ENT + neurology work-up all normal, no diagnosis", "ENT / neurology")


def d02(cid):
    """Primary-care visit for cough labelled bronchitis, unplanned admission 10 days later with pneumococcal pneumonia."""
    x = setup(cid, "willowcreek",
              dict(given=["Marjorie", "A"], family="Lindqvist", gender="female", birth="1952-08-02", mrn="WC-0072519",
                   city="Boise", state="ID", zipc="83704", line="5810 W Ustick Rd", phone="208-555-0193",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("W", "Widowed")),
              [("Kevin", "Ashby", "MD", "1295837460", "Family Medicine"),
               ("Priya", "Raman", "MD", "1548203769", "Internal Medicine - Hospitalist")],
              "humana", "Humana Gold Plus HMO", "H48291637", "2018-01-01",
              extra_orgs=[("St. Alphonsus-Treasure Valley Medical Center", "1073925846", "Boise", "ID")])
    b, pcp, hosp = x.b, x.pr[0], x.pr[1]
    hospital = x.orgs[0]
    b.allergy(sct("387207008", "Ibuprofen"), sct("271807003", "Eruption of skin", "Hives"), "2010-02-14")
    b.cond(sct("59621000", "Essential hypertension"), onset="2009-05-01")
    b.cond(sct("40930008", "Hypothyroidism"), onset="2014-10-01")
    b.cond(sct("64859006", "Osteoporosis"), onset="2019-06-12")
    b.smoking("2026-11-02", "8517006", "Ex-smoker")
    b.medstmt(rx("29046", "lisinopril", "lisinopril 20 mg tablet"), "20 mg daily", "2012-01-01")
    b.medstmt(rx("10582", "levothyroxine", "levothyroxine 75 mcg tablet"), "75 mcg daily before breakfast", "2014-10-15")
    b.medstmt(rx("77655", "alendronate", "alendronate 70 mg tablet"), "70 mg weekly", "2019-07-01")
    b.immunization("141", "Influenza, seasonal, injectable", "2025-10-14")
    b.immunization("133", "Pneumococcal conjugate PCV 13", "2018-03-20")
    e1 = b.enc("2026-11-02", OFFICE_EST(3), pcp, x.org, reason=sct("49727002", "Cough"),
               dx=[{**icd("J20.9", "Acute bronchitis, unspecified"), "_resolved": True}], service="Family medicine")
    b.vitals("2026-11-02", e1, 138, 80, 96, 61.0, temp=37.9, spo2=95, rr=18)
    b.note("2026-11-02", """Acute visit. 74 y/o F with 4 days of productive cough, malaise, subjective fevers. No chest pain. Lungs: scattered rhonchi, no focal crackles per exam.
T 37.9, SpO2 95% RA, RR 18.
A/P: Acute bronchitis, likely viral. Supportive care, benzonatate, fluids. Return if worse. No imaging today.""", pcp, e1, title="Acute visit")
    b.medreq(rx("1091", "benzonatate", "benzonatate 100 mg capsule"), "100 mg three times daily as needed for cough", "2026-11-02", pcp,
             status="completed", enc=e1, qty=(21, "capsule"))
    e2 = b.enc("2026-11-12", EDV(), hosp, hospital, cls="EMER", reason=sct("267036007", "Dyspnea", "Shortness of breath, fever, confusion"),
               t="22:40", minutes=180)
    e3 = b.enc("2026-11-13", INPT(), hosp, hospital, cls="IMP", end="2026-11-17", t="02:15",
               admit=("emd", "From accident/emergency department"), discharge=("home", "Home"),
               priority=("EM", "emergency"), reason=sct("233604007", "Pneumonia"),
               dx=[{**icd("J13", "Pneumonia due to Streptococcus pneumoniae"), "_resolved": True}, {**icd("A40.3", "Sepsis due to Streptococcus pneumoniae"), "_resolved": True}])
    b.vitals("2026-11-12", e2, 96, 54, 118, temp=39.1, spo2=88, rr=26, t="22:55")
    wbc = b.lab("2026-11-12", "6690-2", "Leukocytes [#/volume] in Blood by Automated count", 18.2, "10*3/uL", 4.0, 10.5, enc=e2, t="23:10")
    lac = b.lab("2026-11-12", "2524-7", "Lactate [Moles/volume] in Serum or Plasma", 3.1, "mmol/L", 0.5, 2.0, enc=e2, t="23:10")
    b.lab("2026-11-12", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.4, "mg/dL", 0.5, 1.0, enc=e2, t="23:10")
    bc = b.obs("2026-11-12", loinc("600-7", "Bacteria identified in Blood by Culture"), vcc=sct("9861002", "Streptococcus pneumoniae"),
               enc=e2, interp="A", t="23:20")
    b.report("2026-11-15", loinc("600-7", "Bacteria identified in Blood by Culture", "Blood culture x2"),
             "2 of 2 sets positive for Streptococcus pneumoniae, ceftriaxone susceptible.", hosp, [bc], ("MB", "Microbiology"), e3)
    b.report("2026-11-12", textcc("XR chest 2 views"), "Dense right lower lobe consolidation with small right parapneumonic effusion.", hosp,
             cat=("RAD", "Radiology"), enc=e2)
    b.cond(sct("233604007", "Pneumonia", "Pneumococcal pneumonia, right lower lobe"), onset="2026-11-12", clin="resolved", abated="2026-11-28")
    b.medreq(rx("2193", "ceftriaxone", "ceftriaxone 1 g IV"), "1 g IV every 24 hours", "2026-11-13", hosp, status="completed", enc=e3)
    b.medreq(rx("18631", "azithromycin", "azithromycin 500 mg IV"), "500 mg IV daily x 3 days", "2026-11-13", hosp, status="completed", enc=e3)
    b.medreq(rx("20481", "cefpodoxime", "cefpodoxime 200 mg tablet"), "200 mg by mouth twice daily to complete 7 days", "2026-11-17", hosp, status="completed", enc=e3)
    b.note("2026-11-17", """Discharge summary. Admitted 11/13 via ED with sepsis due to pneumococcal RLL pneumonia with bacteremia (2/2 blood cultures S. pneumoniae). Lactate 3.1, WBC 18.2, AKI Cr 1.4 (baseline 0.8).
Of note, seen by PCP 11/02 for cough and treated as acute bronchitis without imaging.
Treated with IV fluids, ceftriaxone, azithromycin; defervesced day 2. Cr 0.9 at discharge. Discharged home on cefpodoxime. PCP follow-up 1 week.""", hosp, e3, kind="discharge", title="Discharge summary")
    e4 = b.enc("2026-11-24", OFFICE_EST(4), pcp, x.org, reason=textcc("Hospital follow-up"), dx=[icd("Z09", "Encounter for follow-up examination after completed treatment for conditions other than malignant neoplasm")])
    b.vitals("2026-11-24", e4, 132, 78, 82, 59.4, temp=36.8, spo2=96)
    return b, cases_meta(PS, "positive", [PS],
                         "Return-visit e-trigger: unplanned (emergency) hospital admission on 2026-11-13, 11 days after a primary-care visit on 2026-11-02 for the same complaint.",
                         "Cough labelled bronchitis in primary care, emergency admission 11 days later with pneumococcal sepsis", "Family medicine / hospital medicine")


def d03(cid):
    """Positive FIT, microcytic anaemia, no colonoscopy or referral for >4 months."""
    x = setup(cid, "mesaverde",
              dict(given=["Raymond", "J"], family="Archuleta", gender="male", birth="1965-01-29", mrn="MV3318842",
                   city="Albuquerque", state="NM", zipc="87110", line="4409 Menaul Blvd NE", phone="505-555-0176",
                   race=("2106-3", "White"), ethnicity=("2135-2", "Hispanic or Latino"), marital=("M", "Married")),
              [("Theresa", "Montoya", "MD", "1184629375", "Internal Medicine"),
               ("Alan", "Pruitt", "PA-C", "1992837465", "Physician Assistant")],
              "aetna", "Aetna Choice POS II", "W284716305", "2020-01-01")
    b, pcp, pa = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2015-03-02", nka=True)
    t2 = b.cond(sct("44054006", "Diabetes mellitus type 2"), onset="2016-04-11")
    b.cond(sct("59621000", "Essential hypertension"), onset="2013-09-20")
    b.cond(sct("55822004", "Hyperlipidemia"), onset="2016-04-11")
    b.cond(sct("10509002", "Acute bronchitis"), onset="2025-01-20", clin="resolved", abated="2025-02-05")
    b.smoking("2026-09-30", "266919005", "Never smoked tobacco")
    b.medstmt(rx("6809", "metformin", "metformin 1000 mg tablet"), "1000 mg twice daily with meals", "2016-05-01", reason=sct("44054006", "Diabetes mellitus type 2"))
    b.medstmt(rx("29046", "lisinopril", "lisinopril 20 mg tablet"), "20 mg daily", "2014-01-10")
    b.medstmt(rx("83367", "atorvastatin", "atorvastatin 40 mg tablet"), "40 mg nightly", "2016-05-01")
    e0 = b.enc("2026-06-24", OFFICE_EST(4), pcp, x.org, reason=textcc("Diabetes follow-up"),
               dx=[icd("E11.9", "Type 2 diabetes mellitus without complications"), icd("Z12.11", "Encounter for screening for malignant neoplasm of colon")])
    b.vitals("2026-06-24", e0, 132, 80, 76, 91.4)
    b.lab("2026-06-24", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.1, "%", 4.0, 5.6, enc=e0)
    hb = b.lab("2026-06-24", "718-7", "Hemoglobin [Mass/volume] in Blood", 12.6, "g/dL", 13.5, 17.5, enc=e0)
    mcv = b.lab("2026-06-24", "787-2", "MCV [Entitic volume] by Automated count", 78, "fL", 80, 100, enc=e0)
    b.report("2026-06-24", loinc("58410-2", "CBC panel - Blood by Automated count", "CBC"), "Mild microcytic anemia.", pcp, [hb, mcv], enc=e0)
    b.sreq(loinc("29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay", "FIT kit (mailed)"), "completed", "order",
           "2026-06-24", pcp, reason=icd("Z12.11", "Encounter for screening for malignant neoplasm of colon"), enc=e0)
    fit = b.obs("2026-07-21", loinc("29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay", "Fecal immunochemical (FIT)"),
                vcc=cc(SCT, "10828004", "Positive", "Positive"), interp="POS", ref_text="Negative")
    b.report("2026-07-21", loinc("29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay", "FIT"),
             "POSITIVE for human hemoglobin. Diagnostic colonoscopy recommended.", pa, [fit])
    b.comm("2026-07-22", pa, [b.patient], "Your stool screening result is in. Please call the office to discuss next steps.",
           category=textcc("Patient portal result notification"))
    e1 = b.enc("2026-09-30", OFFICE_EST(4), pcp, x.org, reason=textcc("Diabetes and hypertension follow-up"),
               dx=[icd("E11.9", "Type 2 diabetes mellitus without complications"), icd("I10", "Essential (primary) hypertension")])
    b.vitals("2026-09-30", e1, 128, 78, 74, 90.2)
    b.lab("2026-09-30", "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 7.0, "%", 4.0, 5.6, enc=e1)
    b.lab("2026-09-30", "2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.96, "mg/dL", 0.7, 1.3, enc=e1)
    b.lab("2026-09-30", "9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", 12, "mg/g", None, 30, enc=e1, ucum="mg/g{creat}")
    b.note("2026-09-30", """Chronic care visit. DM2 stable, A1c 7.0. BP at goal. Feels well, some fatigue with yard work. Weight down ~1 kg.
Health maintenance: colorectal screening - FIT completed 07/2026. Flu vaccine given.
Continue metformin, lisinopril, atorvastatin. Return 3 months.""", pcp, e1, title="Chronic care visit")
    b.immunization("141", "Influenza, seasonal, injectable", "2026-09-30")
    return b, cases_meta(PS, "positive", [PS],
                         "Red-flag e-trigger (Murphy 2014): positive FIT on 2026-07-21 plus microcytic anaemia, with no colonoscopy, GI referral or repeat work-up in the following 133 days.",
                         "Positive FIT and microcytic anaemia with no colonoscopy or referral for >4 months", "General internal medicine / GI")


def d04(cid):
    """Chronic pruritus with normal labs, later explained by patch-test-proven allergic contact dermatitis; resolved."""
    x = setup(cid, "bayside",
              dict(given=["Gloria", "M"], family="Esposito", gender="female", birth="1979-06-05", mrn="BDP-229184",
                   city="Tampa", state="FL", zipc="33629", line="3907 W Bay to Bay Blvd", phone="813-555-0138",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino")),
              [("Nadia", "Farouk", "MD", "1730582946", "Dermatology"),
               ("Brian", "Kessler", "DO", "1487203958", "Family Medicine")],
              "cigna", "Cigna Open Access Plus", "U73820164", "2023-01-01",
              extra_orgs=[("Westshore Primary Care", "1396028475", "Tampa", "FL")])
    b, derm, pcp = x.b, x.pr[0], x.pr[1]
    wpc = x.orgs[0]
    b.cond(sct("40930008", "Hypothyroidism"), onset="2017-03-01")
    b.cond(sct("235595009", "Gastroesophageal reflux disease"), onset="2020-08-01")
    pr = b.cond(sct("418290006", "Itching", "Generalized pruritus"), onset="2026-04-13", clin="resolved", abated="2026-10-05",
                note="Resolved after avoidance of methylisothiazolinone-containing products.")
    b.medstmt(rx("10582", "levothyroxine", "levothyroxine 88 mcg tablet"), "88 mcg daily", "2017-03-15")
    b.medstmt(rx("7646", "omeprazole", "omeprazole 20 mg capsule"), "20 mg daily", "2020-08-10")
    e1 = b.enc("2026-04-13", OFFICE_EST(3), pcp, wpc, reason=sct("418290006", "Itching"), dx=[{**icd("L29.8", "Other pruritus"), "_resolved": True}])
    b.vitals("2026-04-13", e1, 122, 78, 70, 68.0)
    for code, disp, v, u, lo, hi in [("718-7", "Hemoglobin [Mass/volume] in Blood", 13.4, "g/dL", 12.0, 15.5),
                                     ("711-2", "Eosinophils [#/volume] in Blood by Automated count", 0.2, "10*3/uL", 0.0, 0.5),
                                     ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.3, "m[IU]/L", 0.45, 4.5),
                                     ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 0.8, "mg/dL", 0.5, 1.0),
                                     ("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 22, "U/L", 7, 35),
                                     ("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", 0.6, "mg/dL", 0.2, 1.2),
                                     ("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", 64, "ng/mL", 15, 150)]:
        b.lab("2026-04-14", code, disp, v, u, lo, hi, enc=e1)
    b.medreq(rx("20610", "cetirizine", "cetirizine 10 mg tablet"), "10 mg daily", "2026-04-13", pcp, status="stopped", enc=e1)
    e2 = b.enc("2026-05-26", OFFICE_EST(3), pcp, wpc, reason=sct("418290006", "Itching"), dx=[{**icd("L29.8", "Other pruritus"), "_resolved": True}])
    b.note("2026-05-26", "Itch persists, worse on face, neck and hands. Labs 4/14 all normal. Cetirizine without benefit. Referred to dermatology.", pcp, e2)
    e3 = b.enc("2026-07-08", OFFICE_NEW(4), derm, x.org, reason=sct("418290006", "Itching"), dx=[{**icd("L29.8", "Other pruritus"), "_resolved": True}])
    b.note("2026-07-08", """Dermatology new patient. 3 months pruritus, eyelids, neck, dorsal hands with subtle eczematous patches. Uses scented wipes and a new shampoo since March.
Ddx allergic contact dermatitis vs atopic. Expanded patch series applied (80 allergens). Triamcinolone 0.1% to body lesions.""", derm, e3, kind="consult")
    b.proc(cpt("95044", "Patch or application testing, number specified", "Patch testing, expanded series (80 allergens)"), "completed", "2026-07-08", derm, enc=e3)
    e4 = b.enc("2026-08-19", OFFICE_EST(3), derm, x.org, reason=textcc("Patch testing - final reading"),
               dx=[icd("L23.5", "Allergic contact dermatitis due to other chemical products")])
    acd = b.cond(sct("238575004", "Allergic contact dermatitis", "Allergic contact dermatitis to methylisothiazolinone"), onset="2026-08-19",
                 clin="resolved", abated="2026-10-05")
    b.obs("2026-08-19", textcc("Patch testing reading, day 5"), vstr="Methylisothiazolinone 0.2% aq: ++ (strong). Methylchloroisothiazolinone/MI: +. All others negative.",
          cat="exam", enc=e4, interp="POS", performer=derm)
    b.note("2026-08-19", """Patch testing final reading: strong positive methylisothiazolinone (MI), positive MCI/MI. Relevant: MI present in her wipes, shampoo, and dish soap.
Diagnosis: allergic contact dermatitis to MI explains the pruritus and eruption. Avoidance list provided (CAMP database). Triamcinolone prn.""", derm, e4)
    b.medreq(rx("10759", "triamcinolone", "triamcinolone acetonide 0.1% cream"), "Apply thin layer twice daily to affected areas up to 2 weeks", "2026-07-08", derm, status="completed")
    e5 = b.enc("2026-10-05", OFFICE_EST(2), derm, x.org, reason=textcc("Follow-up contact dermatitis"),
               dx=[icd("L23.5", "Allergic contact dermatitis due to other chemical products")])
    b.note("2026-10-05", "Skin clear, itch fully resolved after 6 weeks of strict MI avoidance. No further treatment needed. Follow up as needed.", derm, e5)
    return b, cases_meta(PS, "near-miss", [],
                         "Pruritus on 4 dates over 4 months with normal labs, but patch testing diagnosed allergic contact dermatitis to methylisothiazolinone, which explains it; symptom resolved.",
                         "Months of itch with normal labs, explained by patch-test-proven contact allergy and resolved", "Dermatology")


def d05(cid):
    """Pre-operative primary-care visit followed by an elective admission for cholecystectomy (planned)."""
    x = setup(cid, "cumberland",
              dict(given=["Douglas", "E"], family="Hartzell", gender="male", birth="1970-11-21", mrn="CV7710394",
                   city="Chambersburg", state="PA", zipc="17201", line="118 Wayne Ave", phone="717-555-0129",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Carolyn", "Shreiner", "MD", "1619283740", "Family Medicine"),
               ("Victor", "Adeyemi", "MD", "1841920375", "General Surgery")],
              "uhc", "UnitedHealthcare Choice Plus", "918273645", "2021-01-01")
    b, pcp, surg = x.b, x.pr[0], x.pr[1]
    b.allergy(sct("716186003", "No known allergy"), None, "2016-02-01", nka=True)
    b.cond(sct("414916001", "Obesity"), onset="2015-01-01")
    b.cond(sct("235595009", "Gastroesophageal reflux disease"), onset="2018-06-01")
    gs = b.cond(sct("235919008", "Cholelithiasis", "Symptomatic cholelithiasis"), onset="2026-07-14", clin="resolved", abated="2026-10-06")
    e0 = b.enc("2026-07-14", OFFICE_EST(4), pcp, x.org, reason=sct("21522001", "Abdominal pain", "Right upper quadrant pain after meals"),
               dx=[{**icd("R10.11", "Right upper quadrant pain"), "_resolved": True}])
    b.vitals("2026-07-14", e0, 134, 84, 80, 108.5)
    b.lab("2026-07-14", "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 31, "U/L", 7, 56, enc=e0)
    b.lab("2026-07-14", "3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", 28, "U/L", 0, 160, enc=e0)
    b.report("2026-07-18", textcc("US abdomen limited, right upper quadrant"), "Multiple mobile gallstones up to 1.4 cm. No wall thickening or pericholecystic fluid. CBD 4 mm.", pcp, cat=("RAD", "Radiology"))
    e1 = b.enc("2026-09-10", CONSULT(), surg, x.org, reason=sct("235919008", "Cholelithiasis"),
               dx=[icd("K80.20", "Calculus of gallbladder without cholecystitis without obstruction")])
    sr = b.sreq(cpt("47562", "Laparoscopy, surgical; cholecystectomy", "Laparoscopic cholecystectomy"), "completed", "order", "2026-09-10", surg,
                occurrence="2026-10-06", reason=sct("235919008", "Cholelithiasis"), enc=e1,
                category=sct("387713003", "Surgical procedure"))
    b.note("2026-09-10", "Surgical consult: recurrent biliary colic x3 episodes since July, US cholelithiasis. Recommend elective laparoscopic cholecystectomy; scheduled 10/06 with planned overnight stay (OSA screen positive, BMI 36). Pre-op evaluation with PCP.", surg, e1, kind="consult")
    e2 = b.enc("2026-09-28", OFFICE_EST(3), pcp, x.org, reason=textcc("Preoperative evaluation"),
               dx=[icd("Z01.818", "Encounter for other preprocedural examination")])
    b.vitals("2026-09-28", e2, 130, 82, 76, 107.9)
    b.obs("2026-09-28", textcc("12-lead ECG interpretation"), vstr="Normal sinus rhythm, normal ECG.", cat="procedure", enc=e2, interp="N")
    b.note("2026-09-28", "Pre-op evaluation for scheduled elective lap chole 10/06. Low cardiac risk (RCRI 0). ECG normal. Cleared for surgery. Hold nothing.", pcp, e2)
    e3 = b.enc("2026-10-06", INPT(), surg, x.org, cls="IMP", end="2026-10-07", t="06:30",
               admit=("outp", "From outpatient department"), discharge=("home", "Home"), priority=("EL", "elective"),
               reason=sct("235919008", "Cholelithiasis"), dx=[icd("K80.20", "Calculus of gallbladder without cholecystitis without obstruction")])
    b.proc(cpt("47562", "Laparoscopy, surgical; cholecystectomy", "Laparoscopic cholecystectomy"), "completed", "2026-10-06", surg,
           reason=sct("235919008", "Cholelithiasis"), enc=e3, outcome="Uncomplicated", based_on=sr)
    b.note("2026-10-07", "Elective admission for scheduled laparoscopic cholecystectomy 10/06, uncomplicated. Planned overnight observation for OSA risk; no events. Discharged POD1.", surg, e3, kind="discharge")
    b.medreq(rx("161", "acetaminophen", "acetaminophen 500 mg tablet"), "1000 mg every 8 hours as needed for pain", "2026-10-07", surg, status="completed", enc=e3)
    e4 = b.enc("2026-10-20", cpt("99024", "Postoperative follow-up visit, normally included in the surgical package", "Post-op visit"), surg, x.org,
               reason=textcc("Post-op check"))
    b.note("2026-10-20", "Post-op visit: incisions healed, tolerating diet, no pain. Pathology chronic cholecystitis with cholelithiasis. Discharged from surgical care.", surg, e4)
    b.medstmt(rx("7646", "omeprazole", "omeprazole 20 mg capsule"), "20 mg daily", "2018-06-10")
    return b, cases_meta(PS, "near-miss", [],
                         "Admission 8 days after a primary-care visit, but the visit was the pre-operative evaluation and the admission was an elective, scheduled cholecystectomy, not an unplanned return; symptoms explained and resolved.",
                         "Pre-op primary-care visit then elective admission for scheduled lap cholecystectomy", "General surgery / family medicine")


def d06(cid):
    """BPPV label kept while unilateral sensorineural hearing loss and tinnitus appear."""
    x = setup(cid, "gulfcoast",
              dict(given=["Terrence", "L"], family="Boudreaux", gender="male", birth="1974-02-11", mrn="GC00397751",
                   city="Daphne", state="AL", zipc="36526", line="27 Bellaire Dr", phone="251-555-0162",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Martin", "Okafor", "MD", "1467352981", "Otolaryngology"),
               ("Kendra", "Pham", "AuD", "1528394017", "Audiology"),
               ("Jorge", "Salinas", "MD", "1750392846", "Family Medicine")],
              "bcbs", "BCBS Alabama PPO", "XAL551028374", "2019-01-01",
              extra_orgs=[("Eastern Shore Urgent Care", "1093726548", "Daphne", "AL")])
    b, ent, aud, pcp = x.b, x.pr[0], x.pr[1], x.pr[2]
    uc = x.orgs[0]
    b.cond(sct("59621000", "Essential hypertension"), onset="2015-03-01")
    b.cond(sct("55822004", "Hyperlipidemia"), onset="2017-09-01")
    bp = b.cond(sct("111541001", "Benign paroxysmal positional vertigo", "BPPV, right"), onset="2026-04-20", recorded="2026-04-20")
    tin = b.cond(sct("60862001", "Tinnitus", "Tinnitus, right ear"), onset="2026-06-02")
    b.medstmt(rx("17767", "amlodipine", "amlodipine 5 mg tablet"), "5 mg daily", "2015-04-01")
    b.medstmt(rx("36567", "simvastatin", "simvastatin 20 mg tablet"), "20 mg nightly", "2017-10-01")
    e1 = b.enc("2026-04-20", cpt("99203", "Office or other outpatient visit, new patient, low MDM", "Urgent care visit"), pcp, uc,
               reason=sct("399153001", "Vertigo"), dx=[icd("H81.11", "Benign paroxysmal vertigo, right ear")])
    b.note("2026-04-20", "Urgent care: 2 days of vertigo and imbalance. Dix-Hallpike equivocal on right. Dx BPPV right. Epley performed. Meclizine prn.", pcp, e1)
    b.medreq(rx("6736", "meclizine", "meclizine 25 mg tablet"), "25 mg every 8 hours as needed", "2026-04-20", pcp, enc=e1)
    e2 = b.enc("2026-06-02", CONSULT(), ent, x.org, reason=sct("399153001", "Vertigo", "Ongoing imbalance; new right tinnitus"),
               dx=[icd("H81.11", "Benign paroxysmal vertigo, right ear"), icd("H93.11", "Tinnitus, right ear")], minutes=45)
    a1 = b.obs("2026-06-02", textcc("Pure tone average, right ear (0.5, 1, 2, 4 kHz)"), 45, "dB", "dB", None, 25, cat="exam", enc=e2, performer=aud)
    a2 = b.obs("2026-06-02", textcc("Pure tone average, left ear (0.5, 1, 2, 4 kHz)"), 15, "dB", "dB", None, 25, cat="exam", enc=e2, performer=aud)
    a3 = b.obs("2026-06-02", textcc("Word recognition score, right ear"), 64, "%", "%", 88, None, cat="exam", enc=e2, performer=aud)
    b.report("2026-06-02", textcc("Comprehensive audiometry"), "Asymmetric sensorineural hearing loss, right worse than left (PTA 45 vs 15 dB HL), reduced right word recognition 64%. Type A tympanograms.",
             aud, [a1, a2, a3], ("AU", "Audiology"), e2)
    b.note("2026-06-02", """ENT consult. Episodic imbalance since April, treated for right BPPV; now constant unsteadiness, right tinnitus and muffled hearing.
Dix-Hallpike today negative. Audiogram: asymmetric right SNHL.
Impression: BPPV right, tinnitus. Continue Epley home exercises, re-check in 3 months.""", ent, e2, kind="consult")
    e3 = b.enc("2026-09-15", OFFICE_EST(3), pcp, uc, reason=sct("399153001", "Vertigo", "Unsteadiness"),
               dx=[icd("H81.11", "Benign paroxysmal vertigo, right ear")])
    b.vitals("2026-09-15", e3, 136, 84, 72, 94.0)
    b.note("2026-09-15", "Still unsteady walking in the dark, right ear fullness and ringing. Hearing on phone with right ear poor. BPPV per ENT. Meclizine refill.", pcp, e3)
    e4 = b.enc("2026-11-10", OFFICE_EST(4), ent, x.org, reason=sct("111541001", "Benign paroxysmal positional vertigo"),
               dx=[icd("H81.11", "Benign paroxysmal vertigo, right ear"), icd("H93.11", "Tinnitus, right ear")])
    a4 = b.obs("2026-11-10", textcc("Pure tone average, right ear (0.5, 1, 2, 4 kHz)"), 52, "dB", "dB", None, 25, cat="exam", enc=e4, performer=aud)
    a5 = b.obs("2026-11-10", textcc("Pure tone average, left ear (0.5, 1, 2, 4 kHz)"), 15, "dB", "dB", None, 25, cat="exam", enc=e4, performer=aud)
    a6 = b.obs("2026-11-10", textcc("Word recognition score, right ear"), 56, "%", "%", 88, None, cat="exam", enc=e4, performer=aud)
    b.report("2026-11-10", textcc("Comprehensive audiometry"), "Progression of right sensorineural hearing loss (PTA 52 dB HL), word recognition 56%. Left stable.",
             aud, [a4, a5, a6], ("AU", "Audiology"), e4)
    b.note("2026-11-10", "Follow-up BPPV. Persistent imbalance and right tinnitus. Audiogram shows progression of right SNHL. Continue vestibular exercises for BPPV; hearing aid evaluation offered. Return 6 months.", ent, e4)
    b.lab("2026-06-02", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.2, "m[IU]/L", 0.45, 4.5, enc=e2)
    return b, cases_meta(DSM, "positive", [DSM],
                         "Active BPPV label since 2026-04 while symptoms continue and a progressive asymmetric right sensorineural hearing loss with tinnitus appears, which BPPV does not explain (no retrocochlear imaging).",
                         "BPPV label kept despite progressive one-sided hearing loss and tinnitus", "ENT / audiology")


def d07(cid):
    """Fibromyalgia label >1 year, now proximal weakness with raised CK and transaminases."""
    x = setup(cid, "northernpines",
              dict(given=["Heidi", "K"], family="Lindahl", gender="female", birth="1977-09-30", mrn="NP-5520381",
                   city="Duluth", state="MN", zipc="55803", line="1420 Woodland Ave", phone="218-555-0184",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("D", "Divorced")),
              [("Erik", "Halvorsen", "MD", "1306928475", "Internal Medicine")],
              "bcbs", "Blue Cross MN Aware PPO", "XMN774102938", "2020-01-01")
    b, pcp = x.b, x.pr[0]
    b.allergy(rx("10180", "sulfamethoxazole", "Sulfa drugs"), sct("271807003", "Eruption of skin", "Rash"), "2004-01-01")
    fm = b.cond(sct("203082005", "Fibromyalgia"), onset="2025-09-15")
    b.cond(sct("235595009", "Gastroesophageal reflux disease"), onset="2019-02-01")
    b.cond(sct("68566005", "Urinary tract infectious disease", "Cystitis"), onset="2025-03-03", clin="resolved", abated="2025-03-10")
    b.medstmt(rx("72625", "duloxetine", "duloxetine 60 mg capsule"), "60 mg daily", "2025-09-15", reason=sct("203082005", "Fibromyalgia"))
    b.medstmt(rx("7646", "omeprazole", "omeprazole 20 mg capsule"), "20 mg daily", "2019-02-15")
    b.medstmt(rx("21949", "cyclobenzaprine", "cyclobenzaprine 5 mg tablet"), "5 mg at bedtime as needed", "2025-09-15")
    e0 = b.enc("2025-09-15", OFFICE_EST(4), pcp, x.org, reason=textcc("Widespread pain and fatigue"), dx=[icd("M79.7", "Fibromyalgia")])
    b.lab("2025-09-15", "2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", 140, "U/L", 26, 192, enc=e0)
    b.lab("2025-09-15", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.1, "m[IU]/L", 0.45, 4.5, enc=e0)
    e1 = b.enc("2026-03-10", OFFICE_EST(4), pcp, x.org, reason=sct("203082005", "Fibromyalgia"), dx=[icd("M79.7", "Fibromyalgia")])
    b.obs("2026-03-10", loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), vint=7, cat="survey", enc=e1)
    e2 = b.enc("2026-06-22", OFFICE_EST(4), pcp, x.org, reason=textcc("Fibromyalgia follow-up; difficulty with stairs"),
               dx=[icd("M79.7", "Fibromyalgia"), icd("M62.81", "Muscle weakness (generalized)")])
    b.obs("2026-06-22", loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), vint=7, cat="survey", enc=e2)
    b.vitals("2026-06-22", e2, 118, 76, 78, 70.5)
    b.lab("2026-06-22", "2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", 1840, "U/L", 26, 192, enc=e2)
    b.lab("2026-06-22", "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 68, "U/L", 7, 35, enc=e2)
    b.lab("2026-06-22", "1920-8", "Aspartate aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 82, "U/L", 10, 35, enc=e2)
    b.lab("2026-06-22", "4537-7", "Erythrocyte sedimentation rate by Westergren method", 38, "mm/h", 0, 20, ucum="mm/h", enc=e2)
    b.note("2026-06-22", """Fibromyalgia follow-up. Diffuse aches unchanged; new: trouble climbing stairs and getting out of low chairs for ~6 weeks, arms tire when washing hair.
Exam: hip flexor 4/5 bilaterally, deltoids 4+/5. Faint erythema over knuckles, ?dry skin.
CK 1840, AST/ALT mildly up. Likely exertional; she started a walking program. Continue duloxetine. Recheck CK.""", pcp, e2)
    e3 = b.enc("2026-09-08", OFFICE_EST(4), pcp, x.org, reason=sct("203082005", "Fibromyalgia"),
               dx=[icd("M79.7", "Fibromyalgia"), icd("R74.8", "Abnormal levels of other serum enzymes")])
    b.obs("2026-09-08", loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), vint=7, cat="survey", enc=e3)
    b.lab("2026-09-08", "2157-6", "Creatine kinase [Enzymatic activity/volume] in Serum or Plasma", 2210, "U/L", 26, 192, enc=e3)
    b.lab("2026-09-08", "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", 14, "mg/L", 0, 8, enc=e3)
    b.note("2026-09-08", """Fibromyalgia flare with fatigue and weakness. Not exercising since July, CK still 2210. No statin, no new meds. Weakness unchanged.
A/P: fibromyalgia flare. Increase duloxetine to 90 mg. Recheck in 3 months.""", pcp, e3)
    b.medreq(rx("72625", "duloxetine", "duloxetine 30 mg capsule (add to 60 mg)"), "30 mg daily in addition to 60 mg (total 90 mg)", "2026-09-08", pcp, enc=e3,
             reason=sct("203082005", "Fibromyalgia"))
    e4 = b.enc("2026-11-17", VIDEO(), pcp, x.org, cls="VR", reason=sct("203082005", "Fibromyalgia"), dx=[icd("M79.7", "Fibromyalgia")])
    b.obs("2026-11-17", loinc("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), vint=7, cat="survey", enc=e4)
    b.note("2026-11-17", "Video visit. Still needs to use arms to stand up, fatigue, pain 7/10. Now has trouble swallowing dry food. Fibromyalgia - discussed sleep hygiene, CBT referral.", pcp, e4)
    return b, cases_meta(DSM, "positive", [DSM],
                         "Fibromyalgia (catch-all, M79.7) active >1 year while symptoms continue, and new proximal weakness with CK 1840-2210 U/L, raised ESR/CRP and dysphagia that fibromyalgia cannot explain.",
                         "Fibromyalgia label while proximal weakness and CK >10x normal accumulate", "Internal medicine / rheumatology")


def d08(cid):
    """Generalized anxiety label; palpitations, tremor, weight loss with suppressed TSH and raised free T4."""
    x = setup(cid, "cascade",
              dict(given=["Alicia", "N"], family="Takahashi", gender="female", birth="1982-05-14", mrn="CED-118304",
                   city="Tacoma", state="WA", zipc="98405", line="901 S Cushman Ave", phone="253-555-0112",
                   race=("2028-9", "Asian"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married")),
              [("Rachel", "Goldfarb", "MD", "1871029364", "Family Medicine")],
              "kaiser", "Kaiser Permanente WA Core HMO", "KPW4418203", "2019-01-01",
              extra_orgs=[("Proctor District Family Practice", "1588203746", "Tacoma", "WA")])
    b, pcp = x.b, x.pr[0]
    fp = x.orgs[0]
    b.cond(sct("61582004", "Allergic rhinitis"), onset="2008-04-01")
    gad = b.cond(sct("21897009", "Generalized anxiety disorder"), onset="2026-03-09")
    b.cond(sct("80313002", "Palpitations"), onset="2026-03-09")
    def gad7(d, score, enc):
        return b.obs(d, loinc("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]", "GAD-7 total score"), vint=score, cat="survey", enc=enc)
    e1 = b.enc("2026-03-09", OFFICE_EST(4), pcp, fp, reason=sct("80313002", "Palpitations"),
               dx=[icd("F41.1", "Generalized anxiety disorder"), icd("R00.2", "Palpitations")])
    b.vitals("2026-03-09", e1, 124, 72, 104, 68.2)
    gad7("2026-03-09", 14, e1)
    b.note("2026-03-09", "Palpitations, restlessness, poor sleep x 2 months, work stress. HR 104. ECG sinus tachycardia. Dx GAD. Start escitalopram 10 mg, propranolol 10 mg prn. Labs deferred, had normal labs 2024.", pcp, e1)
    b.medreq(rx("321988", "escitalopram", "escitalopram 10 mg tablet"), "10 mg daily", "2026-03-09", pcp, status="stopped", enc=e1,
             reason=sct("21897009", "Generalized anxiety disorder"))
    b.medreq(rx("8787", "propranolol", "propranolol 10 mg tablet"), "10 mg up to three times daily as needed for palpitations", "2026-03-09", pcp, enc=e1)
    e2 = b.enc("2026-05-18", OFFICE_EST(3), pcp, fp, reason=sct("21897009", "Generalized anxiety disorder"),
               dx=[icd("F41.1", "Generalized anxiety disorder"), icd("R63.4", "Abnormal weight loss")])
    b.vitals("2026-05-18", e2, 126, 70, 108, 65.0)
    gad7("2026-05-18", 13, e2)
    e3 = b.enc("2026-08-24", OFFICE_EST(4), pcp, fp, reason=sct("21897009", "Generalized anxiety disorder"),
               dx=[icd("F41.1", "Generalized anxiety disorder"), icd("R00.2", "Palpitations"), icd("R25.1", "Tremor, unspecified")])
    b.vitals("2026-08-24", e3, 132, 68, 112, 62.4)
    gad7("2026-08-24", 14, e3)
    tsh = b.lab("2026-08-24", "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 0.01, "m[IU]/L", 0.45, 4.5, enc=e3)
    ft4 = b.lab("2026-08-24", "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", 3.4, "ng/dL", 0.8, 1.8, enc=e3)
    b.lab("2026-08-24", "718-7", "Hemoglobin [Mass/volume] in Blood", 13.0, "g/dL", 12.0, 15.5, enc=e3)
    b.report("2026-08-24", loinc("24348-5", "Free T4 and TSH panel - Serum or Plasma", "Thyroid panel"), "TSH suppressed, free T4 elevated.", pcp, [tsh, ft4], enc=e3)
    b.note("2026-08-24", "Anxiety follow-up: still jittery, fine tremor, heat intolerance, 6 kg weight loss since March, loose stools. Work stress persists. Increase escitalopram to 20 mg. Thyroid labs sent.", pcp, e3)
    b.medreq(rx("321988", "escitalopram", "escitalopram 20 mg tablet"), "20 mg daily", "2026-08-24", pcp, enc=e3, reason=sct("21897009", "Generalized anxiety disorder"))
    e4 = b.enc("2026-11-02", OFFICE_EST(4), pcp, fp, reason=sct("21897009", "Generalized anxiety disorder"),
               dx=[icd("F41.1", "Generalized anxiety disorder"), icd("R63.4", "Abnormal weight loss")])
    b.vitals("2026-11-02", e4, 134, 66, 110, 61.0)
    gad7("2026-11-02", 14, e4)
    b.note("2026-11-02", """GAD follow-up. On escitalopram 20 mg. Still palpitations, tremor, insomnia, weight down to 61 kg (68 kg in March). HR 110.
TSH from August noted low; likely lab variation, will repeat at next visit. Anxiety not well controlled; refer to behavioral health for CBT.""", pcp, e4)
    b.sreq(textcc("Referral to behavioral health - cognitive behavioral therapy"), "active", "order", "2026-11-02", pcp, enc=e4,
           reason=sct("21897009", "Generalized anxiety disorder"))
    return b, cases_meta(DSM, "positive", [DSM],
                         "Anxiety label (GAD) used for palpitations, tremor, tachycardia and 7 kg weight loss, but TSH <0.01 with free T4 3.4 (hyperthyroidism) is an abnormal result the label cannot account for; symptoms continue.",
                         "Anxiety label for tachycardia and weight loss despite suppressed TSH / high free T4", "Family medicine / endocrinology")


def d09(cid):
    """Child with fever and rash coded as viral infection, unspecified, 12 days ago, improving."""
    x = setup(cid, "sonoran",
              dict(given=["Mateo", "A"], family="Villalobos", gender="male", birth="2020-04-22", mrn="SCC-9902714",
                   city="Tucson", state="AZ", zipc="85713", line="3340 S 12th Ave", phone="520-555-0105",
                   race=("2106-3", "White"), ethnicity=("2135-2", "Hispanic or Latino"), lang="es"),
              [("Julia", "Ferreira", "MD", "1336928174", "Pediatrics"),
               ("Monica", "Tran", "RN", "1982736450", "Registered Nurse")],
              "medicaid", "AHCCCS Complete Care (Arizona Medicaid)", "A82736451", "2020-04-22")
    b, ped, rn = x.b, x.pr[0], x.pr[1]
    mom = b.related("Rosa", "Villalobos", "MTH", "mother", "520-555-0105")
    b.allergy(sct("716186003", "No known allergy"), None, "2021-04-22", nka=True)
    b.cond(sct("195967001", "Asthma", "Mild intermittent asthma"), onset="2024-01-10")
    b.cond(sct("65363002", "Otitis media", "Acute otitis media, left"), onset="2025-12-02", clin="resolved", abated="2025-12-14")
    b.immunization("94", "MMRV", "2024-05-01")
    b.immunization("20", "DTaP", "2024-05-01")
    b.immunization("88", "Influenza, unspecified formulation", "2026-10-03")
    ew = b.enc("2026-06-10", cpt("99393", "Periodic comprehensive preventive medicine, established patient; late childhood (age 5 through 11 years)", "Well-child visit"), ped, x.org,
               dx=[icd("Z00.129", "Encounter for routine child health examination without abnormal findings")])
    b.vitals("2026-06-10", ew, 98, 60, 92, 20.4, ht=114.0)
    b.medstmt(rx("435", "albuterol", "albuterol 90 mcg/actuation inhaler with spacer"), "2 puffs every 4 hours as needed for wheeze", "2024-01-10")
    e1 = b.enc("2026-11-19", OFFICE_EST(4), ped, x.org, reason=sct("386661006", "Fever", "Fever and rash"),
               dx=[icd("B34.9", "Viral infection, unspecified"), icd("R21", "Rash and other nonspecific skin eruption")])
    b.vitals("2026-11-19", e1, 100, 62, 118, 20.9, temp=38.6, spo2=98, rr=22)
    b.obs("2026-11-19", loinc("94558-4", "SARS-CoV-2 (COVID-19) Ag [Presence] in Respiratory specimen by Rapid immunoassay"), vcc=sct("260385009", "Negative"), interp="NEG", enc=e1)
    b.obs("2026-11-19", loinc("78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay"), vcc=sct("260385009", "Negative"), interp="NEG", enc=e1)
    vc = b.cond(sct("34014006", "Viral disease", "Viral syndrome with exanthem"), onset="2026-11-16", recorded="2026-11-19")
    b.note("2026-11-19", """Sick visit (Spanish interpreter). 3 days fever to 39.2, runny nose, mild cough; today fine blanching maculopapular rash on trunk. Eating less, drinking well, normal urine output.
No conjunctival injection, lips normal, extremities normal, no lymphadenopathy. Well-appearing.
Rapid strep and COVID negative. A/P: viral exanthem. Supportive care, acetaminophen/ibuprofen by weight. Nurse call in 48 h. Return if fever beyond day 5 or new symptoms.""", ped, e1)
    c1 = b.comm("2026-11-21", rn, [mom], "Nurse follow-up call: afebrile since last night, rash fading, eating better. Mother to call if fever returns.",
                category=textcc("Nurse telephone follow-up"), medium=cc("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "PHONE", "telephone"))
    return b, cases_meta(DSM, "near-miss", [],
                         "Non-specific label (B34.9 viral infection, unspecified) is active only 12 days and the child is improving; far short of the 90-day persistence with continuing symptoms.",
                         "Child with fever and rash coded 'viral infection, unspecified' 12 days ago, improving", "Paediatrics")


def d10(cid):
    """Fatigue coded R53.83 for 4+ months, then explained by severe OSA; CPAP, fatigue resolved."""
    x = setup(cid, "lakeshore",
              dict(given=["Gregory", "P"], family="Nowak", gender="male", birth="1968-07-08", mrn="LHS20381944",
                   city="Wauwatosa", state="WI", zipc="53213", line="7215 W North Ave", phone="414-555-0159",
                   race=("2106-3", "White"), ethnicity=("2186-5", "Not Hispanic or Latino"), marital=("M", "Married"), lang="en"),
              [("Susan", "Kowalczyk", "MD", "1245890367", "Internal Medicine"),
               ("Anil", "Bhatt", "MD", "1356029481", "Sleep Medicine")],
              "uhc", "UnitedHealthcare Choice Plus", "927364518", "2017-01-01")
    b, pcp, sleep = x.b, x.pr[0], x.pr[1]
    b.cond(sct("59621000", "Essential hypertension"), onset="2014-01-01")
    b.cond(sct("414916001", "Obesity"), onset="2012-01-01")
    fat = b.cond(sct("84229001", "Fatigue"), onset="2026-02-10", clin="resolved", abated="2026-09-30")
    b.medstmt(rx("29046", "lisinopril", "lisinopril 10 mg tablet"), "10 mg daily", "2014-02-01")
    e1 = b.enc("2026-02-10", OFFICE_EST(4), pcp, x.org, reason=sct("84229001", "Fatigue"), dx=[{**icd("R53.83", "Other fatigue"), "_resolved": True}])
    b.vitals("2026-02-10", e1, 138, 86, 78, 118.2)
    for code, disp, v, u, lo, hi in [("718-7", "Hemoglobin [Mass/volume] in Blood", 15.1, "g/dL", 13.5, 17.5),
                                     ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.6, "m[IU]/L", 0.45, 4.5),
                                     ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 5.6, "%", 4.0, 5.6),
                                     ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", 1.0, "mg/dL", 0.7, 1.3)]:
        b.lab("2026-02-11", code, disp, v, u, lo, hi, enc=e1)
    e2 = b.enc("2026-04-14", OFFICE_EST(3), pcp, x.org, reason=sct("84229001", "Fatigue"), dx=[{**icd("R53.83", "Other fatigue"), "_resolved": True}])
    b.obs("2026-04-14", loinc("89060-8", "Epworth Sleepiness Scale total score"), vint=16, cat="survey", enc=e2)
    b.note("2026-04-14", "Persistent daytime fatigue, dozes at red lights. Wife reports loud snoring and witnessed pauses. ESS 16. Labs normal in Feb. Refer sleep medicine for PSG.", pcp, e2)
    b.sreq(cpt("95810", "Polysomnography; age 6 years or older, sleep staging with 4 or more additional parameters of sleep, attended", "Polysomnography"),
           "completed", "order", "2026-04-14", pcp, occurrence="2026-06-18", performer=sleep, enc=e2, reason=sct("84229001", "Fatigue"))
    psg = b.obs("2026-06-18", textcc("Apnea-hypopnea index (AHI), attended polysomnography"), 32, "/h", "/h", None, 5, cat="procedure")
    b.obs("2026-06-18", textcc("Oxygen saturation nadir during sleep"), 79, "%", "%", 88, None, cat="procedure")
    b.report("2026-06-18", textcc("Polysomnography report"), "Severe obstructive sleep apnea, AHI 32/h, SpO2 nadir 79%.", sleep, [psg], ("OTH", "Other"))
    e3 = b.enc("2026-06-25", CONSULT(), sleep, x.org, reason=sct("78275009", "Obstructive sleep apnea syndrome"),
               dx=[icd("G47.33", "Obstructive sleep apnea (adult) (pediatric)")])
    osa = b.cond(sct("78275009", "Obstructive sleep apnea syndrome", "Obstructive sleep apnea, severe"), onset="2026-06-25")
    b.device_req(cc(HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device", "Auto-CPAP 5-15 cm H2O with heated humidifier"),
                 "2026-06-25", sleep, reason_ref=[osa])
    b.note("2026-06-25", "Sleep consult: severe OSA (AHI 32) fully explains his fatigue and sleepiness. Start APAP 5-15. Weight loss counselling.", sleep, e3, kind="consult")
    e4 = b.enc("2026-09-30", OFFICE_EST(3), sleep, x.org, reason=sct("78275009", "Obstructive sleep apnea syndrome"),
               dx=[icd("G47.33", "Obstructive sleep apnea (adult) (pediatric)")])
    b.obs("2026-09-30", loinc("89060-8", "Epworth Sleepiness Scale total score"), vint=6, cat="survey", enc=e4)
    b.obs("2026-09-30", textcc("CPAP adherence (% nights >= 4 h, last 30 days)"), 93, "%", "%", cat="procedure", enc=e4)
    b.note("2026-09-30", "CPAP download: 93% nights >4 h, residual AHI 2.1. Energy back to normal, no daytime sleepiness. Fatigue resolved.", sleep, e4)
    b.vitals("2026-09-30", e4, 128, 80, 72, 114.0)
    return b, cases_meta(DSM, "near-miss", [],
                         "R53.83 fatigue label persisted >90 days, but severe OSA was diagnosed on polysomnography, explains the symptom, CPAP was started and fatigue resolved; no active catch-all with ongoing symptoms.",
                         "Fatigue label replaced by a polysomnography diagnosis of severe OSA; fatigue resolved on CPAP", "Sleep medicine / internal medicine")


CASES = [d01, d02, d03, d04, d05, d06, d07, d08, d09, d10]
