from common import *

# ---------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP ----------------

def c1_pos_peds_limb_pain(c):
    """10-year-old boy, recurrent knee/ankle pain and morning stiffness on 4 visits over 5 months; all work-up normal; no diagnosis."""
    rp, prs, _ = P_setup(c, ["Mateo", "Luis"], "Ramirez", "male", "2016-03-14", "LCH4471208", ("Daniela", "Ramirez"),
                         clinicians=((["Hannah"], "Okafor", "Dr.", "MD, General Pediatrics"), (["Raj"], "Venkataraman", "Dr.", "MD, Pediatric Rheumatology")))
    pcp, rheum = prs
    c.condition(cc((ICD, "J45.20", "Mild intermittent asthma, uncomplicated"), (SCT, "195967001", "Asthma")), "2021-05-02", note="Uses albuterol a few times a year with colds.")
    c.condition(cc((ICD, "S52.521A", "Torus fracture of lower end of right radius, initial encounter")), "2023-07-09", clinical="resolved", abated="2023-08-20")
    dates = ["2026-06-10", "2026-07-22", "2026-09-09", "2026-11-04"]
    encs = []
    for i, d in enumerate(dates):
        e = c.encounter(d, typ=OFFICE_EST if i else OFFICE_EST3, reason=cc((SCT, "57676002", "Pain in joint")), pract=pcp if i != 2 else rheum,
                        service=cc((SCT, "394537008", "Pediatric specialty")) if i == 2 else None)
        encs.append(e)
    c.condition(cc((ICD, "M25.561", "Pain in right knee"), (SCT, "57676002", "Pain in joint"), text="Recurrent right knee and left ankle pain with morning stiffness"),
                "2026-06-10", cat="problem-list-item", recorded="2026-06-10",
                note="Episodes every 1-2 weeks, wakes at night some nights, stiff for ~30 min in the morning. Seen again 2026-07-22, 2026-09-09 (rheumatology), 2026-11-04: ongoing.")
    c.condition(cc((ICD, "M25.572", "Pain in left ankle and joints of left foot")), "2026-07-22", recorded="2026-07-22", enc=encs[1])
    c.vitals("2026-06-10", encs[0], hr=88, temp=36.8, wt=33.1, ht=140.2)
    c.vitals("2026-11-04", encs[3], hr=84, temp=36.9, wt=34.0, ht=141.5)
    cbc = [c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-06-12", 12.9, "g/dL", low=11.5, high=15.5, interp="N"),
           c.obs(cc((LN, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")), "2026-06-12", 7.2, "10*3/uL", low=4.5, high=13.5, interp="N"),
           c.obs(cc((LN, "777-3", "Platelets [#/volume] in Blood by Automated count")), "2026-06-12", 286, "10*3/uL", low=150, high=450, interp="N")]
    c.diagreport(cc((LN, "58410-2", "CBC panel - Blood by Automated count")), "2026-06-12", cbc, conclusion="CBC within normal limits, no blasts on smear.")
    c.obs(cc((LN, "4537-7", "Erythrocyte sedimentation rate by Westergren method")), "2026-06-12", 8, "mm/h", low=0, high=15, interp="N")
    c.obs(cc((LN, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), "2026-09-09", 0.3, "mg/dL", low=0, high=0.9, interp="N")
    c.obs(cc((LN, "8061-4", "Nuclear Ab [Presence] in Serum")), "2026-09-09", concept=cc((SCT, "260385009", "Negative")), interp="N")
    c.obs(cc((LN, "11572-5", "Rheumatoid factor [Units/volume] in Serum or Plasma")), "2026-09-09", 6, "[IU]/mL", low=0, high=14, interp="N")
    c.obs(cc((LN, "2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma")), "2026-09-09", 210, "U/L", low=120, high=300, interp="N")
    c.obs(cc(text="Lyme disease Ab panel (EIA with reflex)"), "2026-07-23", concept=cc((SCT, "260385009", "Negative")), interp="N")
    xr = c.obs(cc((CPT, "73562", "Radiologic examination, knee; 3 views"), text="XR knee right 3 views"), "2026-07-22", cat="imaging",
               text_value="No fracture, effusion, periosteal reaction or lytic/sclerotic lesion. Growth plates normal.", interp="N")
    c.diagreport(cc((LN, "36572-5", "XR Knee Views"), text="XR knee right 3 views"), "2026-07-22", [xr], cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), conclusion="Normal right knee radiographs.")
    c.medstmt(cc((RX, "5640", "ibuprofen"), text="Ibuprofen 100 mg/5 mL suspension"), "active", start="2026-06-10", dosage="10 mL (200 mg, ~6 mg/kg) by mouth every 8 hours as needed for pain", source="RelatedPerson/" + rp.split("/")[1])
    c.medreq(cc((RX, "435", "albuterol"), text="Albuterol HFA 90 mcg/actuation inhaler with spacer"), "2026-01-15", dosage="2 puffs every 4 hours as needed for wheeze", requester=pcp)
    c.note("2026-09-09", NOTE_CONSULT, rheum, """
Pediatric Rheumatology consult
Reason: recurrent right knee and left ankle pain since early June 2026.
HPI: 10 y/o boy, pain episodes every 1-2 weeks lasting 1-3 days, sometimes wakes at night, 20-30 min morning stiffness on bad days. No fever, rash, weight loss, diarrhea, mouth ulcers or eye redness. Plays soccer, reduced participation. Mom (Daniela) very worried he is limping after school.
Exam: no effusion, warmth or restricted range at knees, ankles, hips, wrists, small joints; entheses non-tender; Schober normal; gait normal in clinic. Hypermobility Beighton 3/9.
Data: CBC, ESR, CRP, LDH, ANA, RF, Lyme serology and knee radiographs all normal.
Assessment: recurrent lower-limb pain without objective arthritis. No inflammatory arthritis or other diagnosis established at this visit.
Plan: symptom diary, ibuprofen as needed, review with PCP. Return if swelling, fever or persistent limp.
""", enc=encs[2])
    c.note("2026-11-04", NOTE_PROGRESS, pcp, """
General Pediatrics follow-up
Mateo continues to have knee and ankle pain episodes (diary: 9 painful days in October, 2 night wakings). Missed 3 school days and stopped soccer. Mom says they have been told 'nothing is wrong' at each visit and the pain has not settled in five months.
Exam today again unremarkable; no swelling. Growth along 60th centile.
All investigations so far within normal limits. No unifying diagnosis. Discussed options; family to keep diary and return in 6 weeks.
""", enc=encs[3])


def c1_pos_va_return_admission(c):
    """72-year-old veteran, primary care visit for cough/fatigue sent home; unplanned admission 8 days later with pneumonia and sepsis."""
    pcp, hosp, rn = V_setup(c, ["Gerald", "Wayne"], "Kowalczyk", "male", "1954-08-02", "7102954",
                            clinicians=((["Maria"], "Estevez", "Dr.", "MD, PACT Primary Care"), (["Aaron"], "Lindqvist", "Dr.", "DO, Hospital Medicine"), (["Tonya"], "Reed", "", "RN, PACT RN Care Manager")))
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension")), "2008-03-01")
    c.condition(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2010-05-01")
    c.condition(cc((ICD, "H90.3", "Sensorineural hearing loss, bilateral")), "2012-01-01", note="Service-connected 10%.")
    c.condition(cc((ICD, "Z87.891", "Personal history of nicotine dependence")), "1999-01-01", clinical="inactive")
    c.medreq(cc((RX, "29046", "lisinopril"), text="Lisinopril 20 mg tablet"), "2025-11-02", dosage="1 tablet by mouth daily", requester=pcp)
    c.medreq(cc((RX, "83367", "atorvastatin"), text="Atorvastatin 40 mg tablet"), "2025-11-02", dosage="1 tablet by mouth at bedtime", requester=pcp)
    e1 = c.encounter("2026-10-14", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care visit"), pract=pcp,
                     reason=cc((ICD, "R05.9", "Cough, unspecified")))
    c.vitals("2026-10-14", e1, sbp=134, dbp=78, hr=96, temp=37.6, spo2=94, rr=20, wt=88.4)
    c.condition(cc((ICD, "J06.9", "Acute upper respiratory infection, unspecified")), "2026-10-14", cat="encounter-diagnosis", clinical="resolved", abated="2026-10-22", enc=e1)
    c.medreq(cc((RX, "19860", "benzonatate"), text="Benzonatate 100 mg capsule"), "2026-10-14", status="completed", dosage="1 capsule three times daily as needed for cough x 7 days", requester=pcp)
    c.note("2026-10-14", NOTE_PROGRESS, pcp, """
PACT PRIMARY CARE NOTE
S: 72 y/o Gulf War era Army veteran with 6 days of productive cough, fatigue, poor appetite, 'feels washed out'. Wife drove him in. Denies chest pain. Some chills.
O: T 37.6, HR 96, RR 20, SpO2 94% RA. Scattered rhonchi, no focal consolidation appreciated. 
A/P: Likely viral URI/bronchitis. Supportive care, benzonatate, fluids. No imaging today. Return or call if worse.
""", enc=e1)
    ed = c.encounter("2026-10-22T21:40:00Z", "2026-10-27T14:00:00Z", cls="IMP", typ=cc((CPT, "99223", "Initial hospital inpatient care, high MDM"), text="Unplanned admission via emergency department"),
                     pract=hosp, admit_source="emd", discharge="home", reason=cc((ICD, "J18.9", "Pneumonia, unspecified organism")))
    c.vitals("2026-10-22", ed, sbp=96, dbp=58, hr=118, temp=38.9, spo2=87, rr=28)
    lac = c.obs(cc((LN, "2524-7", "Lactate [Moles/volume] in Serum or Plasma")), "2026-10-22", 3.4, "mmol/L", low=0.5, high=2.0, interp="H", enc=ed)
    wbc = c.obs(cc((LN, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")), "2026-10-22", 19.8, "10*3/uL", low=4.0, high=10.5, interp="H", enc=ed)
    cxr = c.obs(cc((CPT, "71046", "Radiologic examination, chest; 2 views"), text="Chest X-ray PA and lateral"), "2026-10-22", cat="imaging", enc=ed,
                text_value="Dense right lower lobe consolidation with small parapneumonic effusion.", interp="A")
    c.diagreport(cc((LN, "36643-5", "XR Chest 2 Views")), "2026-10-22", [cxr], cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), conclusion="Right lower lobe pneumonia with small effusion.", enc=ed)
    c.condition(cc((ICD, "J18.9", "Pneumonia, unspecified organism"), (SCT, "233604007", "Pneumonia")), "2026-10-22", cat="encounter-diagnosis", clinical="resolved", abated="2026-11-10", enc=ed)
    c.condition(cc((ICD, "A41.9", "Sepsis, unspecified organism")), "2026-10-22", cat="encounter-diagnosis", clinical="resolved", abated="2026-10-26", enc=ed)
    c.medreq(cc((RX, "2193", "ceftriaxone"), text="Ceftriaxone 1 g IV"), "2026-10-22", status="completed", dosage="1 g IV every 24 hours", requester=hosp, enc=ed, category="inpatient")
    c.medreq(cc((RX, "18631", "azithromycin"), text="Azithromycin 500 mg IV"), "2026-10-22", status="completed", dosage="500 mg IV daily x 3 days", requester=hosp, enc=ed, category="inpatient")
    c.medreq(cc((RX, "2231", "cefpodoxime"), text="Cefpodoxime 200 mg tablet"), "2026-10-27", status="completed", dosage="200 mg by mouth twice daily to complete 7 days", requester=hosp)
    c.note("2026-10-27", NOTE_DISCHARGE, hosp, """
DISCHARGE SUMMARY
Admission 10/22/2026 via ED - unplanned. Discharged 10/27/2026 home.
Presented with fever 38.9, hypotension 96/58, hypoxia 87% RA, lactate 3.4. CXR RLL consolidation with small effusion. Treated for CAP with sepsis: IV fluids, ceftriaxone + azithromycin, O2 2L. Blood cultures no growth. Improved, off O2 day 4.
Of note seen in PACT clinic 10/14/2026 with cough and low-grade fever; no imaging then.
Follow-up: PACT in 1 week; repeat CXR in 6-8 weeks.
""", enc=ed)
    e3 = c.encounter("2026-11-03", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT post-discharge follow-up"), pract=pcp)
    c.vitals("2026-11-03", e3, sbp=128, dbp=76, hr=82, temp=36.7, spo2=96, wt=86.1)
    c.note("2026-11-03", NOTE_TELEPHONE, rn, "Post-discharge call/visit: afebrile, eating better, finished cefpodoxime. Repeat CXR ordered for mid-December.", enc=e3)
    c.servicereq(cc((CPT, "71046", "Radiologic examination, chest; 2 views")), "2026-11-03", occurrence="2026-12-15", requester=pcp, reason=cc((ICD, "Z09", "Encounter for follow-up examination after completed treatment")))


def c1_pos_w_ida_no_followup(c):
    """53-year-old postmenopausal woman, iron-deficiency anaemia found at menopause clinic; iron started; no GI evaluation after 100+ days."""
    gyn, np = W_setup(c, ["Colleen", "Marie"], "Doherty", "1973-04-21", "HW0388215",
                      clinicians=((["Priya"], "Nair", "Dr.", "MD, Menopause and Midlife Gynecology"), (["Beth"], "Saunders", "", "NP, Women's Primary Care")))
    c.condition(cc((ICD, "N95.1", "Menopausal and female climacteric states"), (SCT, "276477006", "Menopause present")), "2022-09-01", clinical="inactive", note="LMP 2022. Vasomotor symptoms settled on no therapy.")
    c.condition(cc((ICD, "E03.9", "Hypothyroidism, unspecified")), "2015-02-10")
    c.condition(cc((ICD, "Z90.49", "Acquired absence of other specified parts of digestive tract"), text="Status post laparoscopic cholecystectomy 2011"), "2011-06-01", clinical="inactive")
    c.medreq(cc((RX, "10582", "levothyroxine"), text="Levothyroxine 75 mcg tablet"), "2026-02-01", dosage="1 tablet daily before breakfast", requester=np)
    e1 = c.encounter("2026-08-18", typ=cc((CPT, "99396", "Periodic comprehensive preventive medicine, 40-64 years")), pract=gyn, reason=cc((SCT, "84229001", "Fatigue")))
    c.vitals("2026-08-18", e1, sbp=118, dbp=72, hr=92, wt=64.0, ht=165, bmi=23.5)
    c.note("2026-08-18", NOTE_PROGRESS, gyn, """
Midlife gynecology annual visit
53 y/o G2P2, postmenopausal since 2022, no postmenopausal bleeding. Reports 4 months of tiredness, breathless on stairs, craving ice. Diet omnivorous. No NSAID use. Bowels: 'a bit looser lately', no visible blood.
Pelvic exam normal. Mammogram and cervical screening up to date. Colonoscopy: never had one (declined FIT kit 2024).
Plan: CBC, ferritin, TSH.
""", enc=e1)
    hb = c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-08-20", 9.4, "g/dL", low=12.0, high=15.5, interp="L")
    mcv = c.obs(cc((LN, "787-2", "MCV [Entitic volume] by Automated count")), "2026-08-20", 71, "fL", low=80, high=100, interp="L")
    plt = c.obs(cc((LN, "777-3", "Platelets [#/volume] in Blood by Automated count")), "2026-08-20", 468, "10*3/uL", low=150, high=400, interp="H")
    c.diagreport(cc((LN, "58410-2", "CBC panel - Blood by Automated count")), "2026-08-20", [hb, mcv, plt], conclusion="Microcytic anemia with reactive thrombocytosis.")
    c.obs(cc((LN, "2276-4", "Ferritin [Mass/volume] in Serum or Plasma")), "2026-08-20", 5, "ng/mL", low=15, high=150, interp="L")
    c.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-08-20", 2.1, "m[IU]/L", low=0.4, high=4.0, interp="N")
    ida = c.condition(cc((ICD, "D50.9", "Iron deficiency anemia, unspecified"), (SCT, "87522002", "Iron deficiency anemia")), "2026-08-20", recorded="2026-08-21", asserter=gyn)
    c.medreq(cc((RX, "4450", "ferrous sulfate"), text="Ferrous sulfate 325 mg (65 mg elemental iron) tablet"), "2026-08-21", dosage="1 tablet by mouth every other day", requester=gyn, reason_ref=ida)
    c.communication("2026-08-21T15:10:00Z", gyn, c.pref, "Your blood count shows low iron (anemia). Please start the iron tablets sent to your pharmacy. We will recheck in 3 months.", category=cc(("http://terminology.hl7.org/CodeSystem/communication-category", "notification", "Notification")))
    e2 = c.encounter("2026-11-19", typ=OFFICE_EST3, pract=np, reason=cc((SCT, "84229001", "Fatigue")))
    c.vitals("2026-11-19", e2, sbp=116, dbp=70, hr=88, wt=63.1)
    hb2 = c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-11-19", 10.1, "g/dL", low=12.0, high=15.5, interp="L", enc=e2)
    c.obs(cc((LN, "2276-4", "Ferritin [Mass/volume] in Serum or Plasma")), "2026-11-19", 11, "ng/mL", low=15, high=150, interp="L", enc=e2)
    c.note("2026-11-19", NOTE_PROGRESS, np, """
Women's primary care follow-up
Still tired. Taking iron most days, some constipation. Weight down 0.9 kg since August. Hb 10.1, ferritin 11.
Plan: continue oral iron, recheck CBC in 3 months.
""", enc=e2)
    c.obs(cc((LN, "72166-2", "Tobacco smoking status")), "2026-08-18", concept=cc((SCT, "8517006", "Ex-smoker")), cat="social-history")


def c1_nm_peds_coeliac(c):
    """7-year-old girl, abdominal pain and loose stools on 3 visits over 12 weeks; tTG strongly positive; coeliac disease confirmed on biopsy; improving."""
    rp, (pcp, gi), _ = P_setup(c, ["Ava", "Grace"], "Lindholm", "female", "2019-05-30", "LCH5520917", ("Erik", "Lindholm"), ("FTH", "father"),
                               payer=("Badger Family Health PPO", "Employer family PPO"),
                               clinicians=((["Lucia"], "Ferrante", "Dr.", "MD, General Pediatrics"), (["Samuel"], "Oyelaran", "Dr.", "MD, Pediatric Gastroenterology")))
    c.condition(cc((ICD, "L20.9", "Atopic dermatitis, unspecified"), (SCT, "24079001", "Atopic dermatitis")), "2020-02-01", note="Mild, flexural, emollients.")
    c.condition(cc((ICD, "H66.90", "Otitis media, unspecified, unspecified ear")), "2022-11-10", clinical="resolved", abated="2022-11-24")
    dates = ["2026-05-06", "2026-06-24", "2026-07-29"]
    encs = [c.encounter(d, typ=OFFICE_EST3, pract=pcp, reason=cc((SCT, "21522001", "Abdominal pain"))) for d in dates]
    c.condition(cc((ICD, "R10.84", "Generalized abdominal pain"), (SCT, "21522001", "Abdominal pain")), "2026-05-06", clinical="resolved", abated="2026-10-20", note="Explained by celiac disease (biopsy 2026-08-26).")
    c.condition(cc((ICD, "R19.7", "Diarrhea, unspecified")), "2026-06-24", clinical="resolved", abated="2026-10-20", enc=encs[1])
    c.vitals("2026-05-06", encs[0], wt=21.8, ht=121.0, temp=36.7)
    c.vitals("2026-07-29", encs[2], wt=21.2, ht=121.6)
    c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-05-08", 11.9, "g/dL", low=11.5, high=15.5, interp="N")
    c.obs(cc((LN, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), "2026-05-08", 0.2, "mg/dL", low=0, high=0.9, interp="N")
    c.obs(cc((LN, "2276-4", "Ferritin [Mass/volume] in Serum or Plasma")), "2026-06-26", 9, "ng/mL", low=12, high=110, interp="L")
    ttg = c.obs(cc((LN, "31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum")), "2026-06-26", 128, "U/mL", low=0, high=4, interp="H")
    c.obs(cc((LN, "2458-8", "IgA [Mass/volume] in Serum or Plasma")), "2026-06-26", 96, "mg/dL", low=33, high=235, interp="N")
    egd = c.procedure(cc((CPT, "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")), "completed", "2026-08-26", performer=gi)
    path = c.obs(cc((LN, "22634-0", "Pathology report.gross observation Narrative"), text="Duodenal biopsy pathology"), "2026-08-28", cat="laboratory",
                 text_value="Duodenal mucosa with total villous atrophy, crypt hyperplasia and increased intraepithelial lymphocytes (Marsh 3c).", interp="A")
    cd = c.condition(cc((ICD, "K90.0", "Celiac disease"), (SCT, "396331005", "Celiac disease")), "2026-08-28", recorded="2026-08-29", asserter=gi, evidence=[ttg, path])
    c.diagreport(cc((LN, "60567-5", "Comprehensive pathology report panel")), "2026-08-28", [path], conclusion="Findings consistent with celiac disease, Marsh 3c.", conclusion_code=cc((SCT, "396331005", "Celiac disease")))
    c.careplan("Gluten-free diet and celiac follow-up", "active", "plan", "2026-08-29", [cc((SCT, "734163000", "Care plan"))], addresses=[cd], author=gi,
               activities=[{"status": "in-progress", "description": "Strict gluten-free diet; dietitian teaching completed 2026-09-04"},
                           {"status": "scheduled", "description": "Repeat tTG-IgA at 6 months", "scheduledString": "February 2027"}])
    e4 = c.encounter("2026-10-20", typ=OFFICE_EST, pract=gi, reason=cc((ICD, "K90.0", "Celiac disease")))
    c.vitals("2026-10-20", e4, wt=22.6, ht=122.3)
    c.note("2026-10-20", NOTE_PROGRESS, gi, """
Pediatric GI follow-up
Ava, 7, celiac disease confirmed on EGD biopsy 8/26 (Marsh 3c, tTG-IgA 128). Strict gluten-free diet since early September; dad reports tummy aches gone, stools formed daily, more energy, gained 1.4 kg.
Plan: continue GFD, iron sulfate 3 mg/kg/day for 3 months, repeat tTG in February, screen first-degree relatives.
""", enc=e4)
    c.medreq(cc((RX, "4450", "ferrous sulfate"), text="Ferrous sulfate 75 mg/mL (15 mg/mL elemental iron) oral drops"), "2026-10-20", dosage="4.5 mL (67 mg elemental iron, 3 mg/kg) by mouth once daily", requester=gi, reason_ref=cd)


def c1_nm_va_psa_followed(c):
    """66-year-old veteran with raised PSA promptly followed up: urology within 3 weeks, MRI prostate PI-RADS 2, surveillance plan."""
    pcp, uro = V_setup(c, ["Dwayne", "Earl"], "Whitfield", "male", "1960-01-17", "6601175",
                       clinicians=((["Kimberly"], "Sato", "Dr.", "MD, PACT Primary Care"), (["Omar"], "Haddad", "Dr.", "MD, Urology")))
    c.condition(cc((ICD, "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms")), "2019-04-01")
    c.condition(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2017-09-12")
    c.condition(cc((ICD, "M17.0", "Bilateral primary osteoarthritis of knee")), "2020-01-20")
    c.medreq(cc((RX, "6809", "metformin"), text="Metformin 1000 mg tablet"), "2026-03-01", dosage="1 tablet twice daily with meals", requester=pcp)
    c.medreq(cc((RX, "77492", "tamsulosin"), text="Tamsulosin 0.4 mg capsule"), "2026-03-01", dosage="1 capsule daily 30 min after same meal", requester=pcp)
    e1 = c.encounter("2026-08-04", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care"), pract=pcp)
    c.vitals("2026-08-04", e1, sbp=132, dbp=80, hr=74, wt=97.0, bmi=30.6)
    c.obs(cc((LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "2025-07-30", 3.6, "ng/mL", low=0, high=4.0, interp="N")
    psa = c.obs(cc((LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "2026-08-05", 6.9, "ng/mL", low=0, high=4.0, interp="H")
    c.obs(cc((LN, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), "2026-08-05", 6.8, "%", low=4.0, high=5.6, interp="H")
    pe = c.condition(cc((ICD, "R97.20", "Elevated prostate specific antigen [PSA]")), "2026-08-05", recorded="2026-08-06", asserter=pcp)
    sr = c.servicereq(cc(text="CONSULT TO UROLOGY - OUTPATIENT"), "2026-08-06", status="completed", requester=pcp, performer=uro, reason_ref=pe,
                      note="Reason for request: PSA rose from 3.6 (7/2025) to 6.9 (8/2026). On tamsulosin for BPH, no finasteride. Please evaluate.")
    e2 = c.encounter("2026-08-27", typ=cc(text="Urology clinic new consult"), pract=uro, reason_ref=[pe])
    c.note("2026-08-27", NOTE_CONSULT, uro, """
UROLOGY CONSULT
66 y/o veteran referred for PSA 6.9 (prior 3.6). DRE: ~40 g smooth gland, no nodules. PSA density pending MRI volume. Discussed options; ordered multiparametric MRI prostate.
""", enc=e2)
    mri = c.procedure(cc((CPT, "72197", "Magnetic resonance imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences")), "completed", "2026-09-10", reason_ref=pe, based_on=None)
    mo = c.obs(cc(text="MRI prostate PI-RADS v2.1 assessment"), "2026-09-10", cat="imaging", text_value="Prostate volume 62 mL, PSA density 0.11. No focal lesion; PI-RADS 2.", interp="N")
    c.diagreport(cc((LN, "30692-8", "MR Pelvis WO and W contrast IV")), "2026-09-10", [mo], cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), conclusion="PI-RADS 2. Enlarged gland, no suspicious lesion.")
    e3 = c.encounter("2026-09-24", typ=cc(text="Urology clinic follow-up"), pract=uro)
    c.note("2026-09-24", NOTE_PROGRESS, uro, """
UROLOGY FOLLOW-UP
MRI PI-RADS 2, gland 62 mL, PSAD 0.11. Low suspicion for clinically significant cancer. Shared decision: no biopsy now; repeat PSA in 6 months with free PSA; return sooner for rise.
""", enc=e3)
    c.servicereq(cc((LN, "2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma")), "2026-09-24", occurrence="2027-03-15", requester=uro, reason_ref=pe)


# ---------------- DIAGNOSIS_SYMPTOM_MISMATCH ----------------

def c2_pos_w_menopause_label(c):
    """48-year-old perimenopausal woman: night sweats/fatigue labelled menopausal; then weight loss, supraclavicular node, raised LDH unexplained and not worked up."""
    gyn, pcp = W_setup(c, ["Renata"], "Kowalski-Hart", "1978-02-11", "HW0457730",
                       clinicians=((["Elaine"], "Marchetti", "Dr.", "MD, Menopause and Midlife Gynecology"), (["Gloria"], "Adeyemi", "Dr.", "MD, Internal Medicine")))
    c.condition(cc((ICD, "F41.1", "Generalized anxiety disorder")), "2018-01-15")
    c.condition(cc((ICD, "N92.0", "Excessive and frequent menstruation with regular cycle")), "2021-04-01", clinical="resolved", abated="2023-06-01")
    e1 = c.encounter("2026-05-20", typ=OFFICE_EST, pract=gyn, reason=cc((ICD, "R61", "Generalized hyperhidrosis"), text="Night sweats"))
    c.vitals("2026-05-20", e1, sbp=122, dbp=74, hr=84, temp=37.0, wt=71.5, bmi=26.3)
    c.obs(cc((LN, "15067-2", "Follitropin [Units/volume] in Serum or Plasma")), "2026-05-21", 38, "m[IU]/mL", ref_text="Follicular 3.5-12.5; postmenopausal 25-135", interp="H")
    c.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-05-21", 1.8, "m[IU]/L", low=0.4, high=4.0, interp="N")
    meno = c.condition(cc((ICD, "N95.1", "Menopausal and female climacteric states"), (SCT, "161712005", "Perimenopausal state"), text="Perimenopausal vasomotor symptoms"),
                       "2026-05-20", recorded="2026-05-21", asserter=gyn, note="Night sweats, fatigue and poor sleep attributed to perimenopause. Cycles irregular since late 2025.")
    c.medreq(cc((RX, "4083", "estradiol"), text="Estradiol 0.05 mg/24 hr transdermal patch"), "2026-05-21", dosage="Apply 1 patch twice weekly", requester=gyn, reason_ref=meno)
    c.medreq(cc((RX, "8727", "progesterone"), text="Progesterone 100 mg capsule (micronized)"), "2026-05-21", dosage="1 capsule at bedtime", requester=gyn, reason_ref=meno)
    e2 = c.encounter("2026-08-12", typ=OFFICE_EST3, pract=gyn, reason=cc((ICD, "N95.1", "Menopausal and female climacteric states")))
    c.vitals("2026-08-12", e2, sbp=118, dbp=72, hr=90, temp=37.4, wt=68.9)
    c.note("2026-08-12", NOTE_PROGRESS, gyn, """
Menopause clinic follow-up
On estradiol patch + progesterone 12 weeks. Hot flushes somewhat better but still drenching night sweats 4-5 nights/week, needs to change sheets. Fatigue persists. Weight down 2.6 kg 'without trying'. Itchy skin.
Impression: perimenopausal symptoms, partial response to HRT. Plan: continue, consider dose increase at next visit.
""", enc=e2)
    c.condition(cc((ICD, "R63.4", "Abnormal weight loss"), (SCT, "89362005", "Weight loss")), "2026-08-12", recorded="2026-08-12", enc=e2)
    c.condition(cc((ICD, "L29.9", "Pruritus, unspecified")), "2026-08-12", recorded="2026-08-12", enc=e2)
    e3 = c.encounter("2026-10-28", typ=OFFICE_EST, pract=pcp, reason=cc((SCT, "84229001", "Fatigue")))
    c.vitals("2026-10-28", e3, sbp=116, dbp=70, hr=96, temp=37.8, wt=65.4)
    ln_ = c.condition(cc((ICD, "R59.0", "Localized enlarged lymph nodes"), (SCT, "30746006", "Lymphadenopathy"), text="Left supraclavicular lymph node 2.5 cm, firm, non-tender"),
                      "2026-10-28", recorded="2026-10-28", enc=e3)
    c.obs(cc((LN, "2532-0", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma")), "2026-10-29", 412, "U/L", low=120, high=246, interp="H")
    c.obs(cc((LN, "4537-7", "Erythrocyte sedimentation rate by Westergren method")), "2026-10-29", 58, "mm/h", low=0, high=20, interp="H")
    c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-10-29", 11.2, "g/dL", low=12.0, high=15.5, interp="L")
    c.obs(cc((LN, "6690-2", "Leukocytes [#/volume] in Blood by Automated count")), "2026-10-29", 9.8, "10*3/uL", low=4.0, high=10.5, interp="N")
    c.note("2026-10-28", NOTE_PROGRESS, pcp, """
Internal medicine visit
48 y/o on HRT for perimenopausal symptoms (menopause clinic). Continued night sweats, evening temps to 37.8-38.0 at home, weight 71.5 -> 65.4 kg since May (-8.5%), generalized itch, fatigue.
Exam: firm 2.5 cm left supraclavicular node, non-tender. No hepatosplenomegaly palpable.
Assessment: symptoms felt to be menopausal; patient reassured. Labs drawn (LDH, ESR, CBC). Recheck node in 3 months.
""", enc=e3)
    c.condition(cc((ICD, "R50.9", "Fever, unspecified"), (SCT, "386661006", "Fever")), "2026-10-28", recorded="2026-10-28", enc=e3, ver="provisional")


def c2_pos_peds_abdpain_label(c):
    """12-year-old boy labelled 'abdominal pain, unspecified / functional' for 6 months; growth faltering, raised ESR/CRP, low albumin and perianal tag unexplained."""
    rp, (pcp,), _ = P_setup(c, ["Tyler", "James"], "Brandt", "male", "2014-09-03", "LCH3309412", ("Melissa", "Brandt"),
                            clinicians=((["Kevin"], "Osei", "Dr.", "MD, General Pediatrics"),))
    c.condition(cc((ICD, "F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type"), (SCT, "406506008", "Attention deficit hyperactivity disorder")), "2021-10-05")
    c.condition(cc((ICD, "J02.0", "Streptococcal pharyngitis")), "2025-02-11", clinical="resolved", abated="2025-02-21")
    c.medreq(cc((RX, "6901", "methylphenidate"), text="Methylphenidate ER 27 mg tablet"), "2026-04-02", dosage="1 tablet by mouth every morning", requester=pcp)
    dates = [("2026-05-12", 38.6, 152.0), ("2026-07-14", 37.9, 152.6), ("2026-09-22", 37.1, 153.0), ("2026-11-10", 36.8, 153.2)]
    encs = []
    for d, w, h in dates:
        e = c.encounter(d, typ=OFFICE_EST3, pract=pcp, reason=cc((SCT, "21522001", "Abdominal pain")))
        c.vitals(d, e, wt=w, ht=h, temp=37.2 if d > "2026-08" else 36.8)
        encs.append(e)
    lab = c.condition(cc((ICD, "R10.9", "Unspecified abdominal pain"), (SCT, "21522001", "Abdominal pain"), text="Abdominal pain, unspecified - likely functional"),
                      "2026-05-12", recorded="2026-05-12", asserter=pcp, note="Periumbilical pain after meals. Felt to be functional; possibly stimulant-related appetite effect.")
    c.obs(cc((LN, "59576-9", "Body mass index (BMI) [Percentile] Per age and sex")), "2026-05-12", 52, "%", cat="vital-signs")
    c.obs(cc((LN, "59576-9", "Body mass index (BMI) [Percentile] Per age and sex")), "2026-11-10", 14, "%", cat="vital-signs")
    c.obs(cc((LN, "4537-7", "Erythrocyte sedimentation rate by Westergren method")), "2026-09-23", 41, "mm/h", low=0, high=15, interp="H")
    c.obs(cc((LN, "1988-5", "C reactive protein [Mass/volume] in Serum or Plasma")), "2026-09-23", 3.1, "mg/dL", low=0, high=0.9, interp="H")
    c.obs(cc((LN, "1751-7", "Albumin [Mass/volume] in Serum or Plasma")), "2026-09-23", 3.0, "g/dL", low=3.8, high=5.4, interp="L")
    c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-09-23", 12.6, "g/dL", low=12.0, high=16.0, interp="N")
    c.obs(cc((LN, "777-3", "Platelets [#/volume] in Blood by Automated count")), "2026-09-23", 512, "10*3/uL", low=150, high=450, interp="H")
    c.obs(cc(text="Perianal inspection"), "2026-11-10", cat="exam", enc=encs[3], text_value="Two perianal skin tags at 6 o'clock; no fistula opening seen.", interp="A")
    c.condition(cc((ICD, "R62.51", "Failure to thrive (child)"), text="Weight loss 1.8 kg with falling BMI centile (52nd to 14th)"), "2026-11-10", recorded="2026-11-10", enc=encs[3])
    c.note("2026-09-22", NOTE_PROGRESS, pcp, """
Follow-up abdominal pain
Tyler still has periumbilical pain most days, now with 2-3 loose stools/day and waking at night to stool twice this month. Mom reports he is 'not growing' and has missed school. Weight down 1.5 kg since May.
Impression: abdominal pain, unspecified, likely functional; may be stimulant related. Held methylphenidate on weekends. Labs ordered.
""", enc=encs[2])
    c.note("2026-11-10", NOTE_PROGRESS, pcp, """
Follow-up
Labs from 9/23: ESR 41, CRP 3.1, albumin 3.0, platelets 512. Pain unchanged, intermittent low-grade evening fevers, mouth ulcers x2. Perianal skin tags noted. BMI centile 52 -> 14.
Assessment unchanged: abdominal pain, unspecified. Continue fiber, probiotic, reassurance. Review in 3 months.
""", enc=encs[3])
    c.medstmt(cc(text="Lactobacillus rhamnosus GG probiotic capsule"), "active", start="2026-07-14", dosage="1 capsule daily", source=rp)


def c2_pos_va_bppv_ataxia(c):
    """64-year-old veteran diagnosed BPPV for dizziness; since then progressive gait ataxia, dysarthria, limb dysmetria and falls that BPPV cannot explain; no neuroimaging."""
    pcp, pt = V_setup(c, ["Raymond", "Lee"], "Castellano", "male", "1962-06-25", "6206254",
                      clinicians=((["Susan"], "Whitaker", "Dr.", "MD, PACT Primary Care"), (["Derek"], "Mullins", "", "DPT, Physical Therapy - Vestibular")), era="Vietnam era")
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension")), "2011-04-05")
    c.condition(cc((ICD, "F43.10", "Post-traumatic stress disorder, unspecified")), "2009-02-10", note="Stable, followed by PCMHI.")
    c.condition(cc((ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2016-03-02")
    c.medreq(cc((RX, "17767", "amlodipine"), text="Amlodipine 5 mg tablet"), "2026-01-10", dosage="1 tablet daily", requester=pcp)
    c.medreq(cc((RX, "7646", "omeprazole"), text="Omeprazole 20 mg capsule"), "2026-01-10", dosage="1 capsule daily before breakfast", requester=pcp)
    e1 = c.encounter("2026-04-08", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care"), pract=pcp, reason=cc((ICD, "R42", "Dizziness and giddiness")))
    c.vitals("2026-04-08", e1, sbp=138, dbp=82, hr=72)
    bppv = c.condition(cc((ICD, "H81.10", "Benign paroxysmal vertigo, unspecified ear"), (SCT, "111541001", "Benign paroxysmal positional vertigo")), "2026-04-08", recorded="2026-04-08", asserter=pcp,
                       note="Dizziness with head turns; Dix-Hallpike equivocal on right.")
    c.procedure(cc((CPT, "95992", "Canalith repositioning procedure(s) (eg, Epley maneuver, Semont maneuver), per day")), "completed", "2026-04-08", reason_ref=bppv, performer=pcp)
    c.servicereq(cc(text="PHYSICAL THERAPY CONSULT - VESTIBULAR REHAB"), "2026-04-08", status="completed", requester=pcp, performer=pt, reason_ref=bppv)
    for d in ["2026-05-06", "2026-06-03", "2026-07-01"]:
        c.encounter(d, typ=cc((CPT, "97112", "Neuromuscular reeducation")), pract=pt, reason=cc((ICD, "H81.10", "Benign paroxysmal vertigo, unspecified ear")))
    c.note("2026-07-01", NOTE_PROGRESS, pt, """
PHYSICAL THERAPY - VESTIBULAR DISCHARGE NOTE
Pt completed 3 sessions. Positional testing now negative bilaterally. However ongoing constant unsteadiness not positional; wide-based gait, cannot tandem walk, veers to the left. Dynamic Gait Index 14/24 (fall risk). Recommend follow-up with PCP as imbalance is not typical of BPPV.
""")
    c.condition(cc((ICD, "R26.81", "Unsteadiness on feet")), "2026-07-01", recorded="2026-07-01")
    e3 = c.encounter("2026-09-16", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care"), pract=pcp, reason=cc((ICD, "R42", "Dizziness and giddiness")))
    c.vitals("2026-09-16", e3, sbp=136, dbp=80, hr=70)
    c.condition(cc((ICD, "R47.1", "Dysarthria and anarthria"), (SCT, "8011004", "Dysarthria")), "2026-09-16", recorded="2026-09-16", enc=e3)
    c.condition(cc((ICD, "R27.0", "Ataxia, unspecified"), (SCT, "20262006", "Ataxia")), "2026-09-16", recorded="2026-09-16", enc=e3, note="Finger-nose dysmetria L>R, dysdiadochokinesia, wide-based gait.")
    c.condition(cc((ICD, "R29.6", "Repeated falls")), "2026-09-16", recorded="2026-09-16", enc=e3, note="Two falls at home (Aug, Sept), no head strike.")
    c.note("2026-09-16", NOTE_PROGRESS, pcp, """
PACT PRIMARY CARE NOTE
CC: still dizzy. Wife reports slurred speech over the last 6 weeks, dropping things with left hand, two falls.
Exam: scanning dysarthria; L finger-nose dysmetria; dysdiadochokinesia L; wide-based ataxic gait; Romberg negative. No nystagmus on primary gaze.
A/P: BPPV - persistent imbalance. Continue vestibular home exercises, meclizine trial, fall precautions, walker evaluation. RTC 3 months.
""", enc=e3)
    c.medreq(cc((RX, "6691", "meclizine"), text="Meclizine 12.5 mg tablet"), "2026-09-16", dosage="1 tablet up to three times daily as needed for dizziness", requester=pcp, reason_ref=bppv)
    c.servicereq(cc((HCPCS, "E0143", "Walker, folding, wheeled, adjustable or fixed height")), "2026-09-16", status="completed", requester=pcp)
    c.obs(cc((LN, "2345-7", "Glucose [Mass/volume] in Serum or Plasma")), "2026-09-17", 96, "mg/dL", low=70, high=99, interp="N")
    c.obs(cc((LN, "2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma")), "2026-09-17", 512, "pg/mL", low=232, high=1245, interp="N")
    c.communication("2026-11-18T14:20:00Z", c.pref, pcp, "My husband's speech is getting worse and he fell again Sunday. Is this still the ear crystals? - typed by spouse on his behalf", status="completed")


def c2_nm_w_postpartum_thyroiditis(c):
    """31-year-old, 6 weeks postpartum, fatigue and palpitations initially coded as fatigue; within 5 weeks TSH suppressed and postpartum thyroiditis diagnosed; symptoms resolving."""
    ob, endo = W_setup(c, ["Hannah", "Rose"], "Pellegrino", "1995-07-09", "HW0612298",
                       clinicians=((["Marisol"], "Cabrera", "Dr.", "MD, Obstetrics & Gynecology"), (["Victor"], "Lam", "Dr.", "MD, Endocrinology")))
    c.condition(cc((ICD, "O99.824", "Streptococcus B carrier state complicating childbirth")), "2026-06-20", clinical="resolved", abated="2026-07-06")
    birth = c.procedure(cc((SCT, "48782003", "Delivery normal"), text="Spontaneous vaginal delivery, live born female 3.4 kg"), "completed", "2026-07-06", performer=ob)
    c.condition(cc((ICD, "Z39.2", "Encounter for routine postpartum follow-up")), "2026-08-18", clinical="resolved", abated="2026-08-18", cat="encounter-diagnosis")
    e1 = c.encounter("2026-08-18", typ=cc((CPT, "59430", "Postpartum care only")), pract=ob, reason=cc((SCT, "84229001", "Fatigue")))
    c.vitals("2026-08-18", e1, sbp=112, dbp=68, hr=108, wt=66.2)
    fat = c.condition(cc((ICD, "R53.83", "Other fatigue"), (SCT, "84229001", "Fatigue")), "2026-08-18", clinical="resolved", abated="2026-09-22", recorded="2026-08-18", enc=e1,
                      note="Tired, jittery, palpitations; breastfeeding. EPDS 6.")
    c.condition(cc((ICD, "R00.2", "Palpitations")), "2026-08-18", clinical="resolved", abated="2026-10-30", enc=e1)
    c.obs(cc((LN, "99046-5", "Edinburgh Postnatal Depression Scale [EPDS]"), text="Edinburgh Postnatal Depression Scale total score"), "2026-08-18", 6, cat="survey", ref_text="<10 low likelihood of depression")
    c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-08-19", 12.4, "g/dL", low=12.0, high=15.5, interp="N")
    tsh = c.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-08-19", 0.02, "m[IU]/L", low=0.4, high=4.0, interp="L")
    ft4 = c.obs(cc((LN, "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma")), "2026-08-19", 2.6, "ng/dL", low=0.8, high=1.8, interp="H")
    c.obs(cc((LN, "5385-0", "Thyrotropin receptor Ab [Units/volume] in Serum")), "2026-09-02", 0.6, "[IU]/L", low=0, high=1.75, interp="N")
    c.obs(cc((LN, "8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma")), "2026-09-02", 310, "[IU]/mL", low=0, high=34, interp="H")
    e2 = c.encounter("2026-09-22", typ=OFFICE_NEW, pract=endo, reason_ref=None, reason=cc((ICD, "E05.90", "Thyrotoxicosis, unspecified without thyrotoxic crisis or storm")))
    ppt = c.condition(cc((ICD, "O90.5", "Postpartum thyroiditis"), (SCT, "52916001", "Postpartum thyroiditis")), "2026-09-22", recorded="2026-09-22", asserter=endo, evidence=[tsh, ft4], enc=e2)
    c.medreq(cc((RX, "8787", "propranolol"), text="Propranolol 10 mg tablet"), "2026-09-22", status="completed", dosage="1 tablet up to three times daily for palpitations; compatible with breastfeeding", requester=endo, reason_ref=ppt, end="2026-10-30")
    c.note("2026-09-22", NOTE_CONSULT, endo, """
Endocrinology consult
31 y/o 11 weeks postpartum with fatigue, palpitations, heat intolerance and 3 kg weight loss. TSH 0.02, FT4 2.6, TRAb negative, TPO Ab 310. Painless, non-enlarged thyroid, no eye signs.
Assessment: thyrotoxic phase of postpartum (painless) thyroiditis - accounts for her fatigue, palpitations and weight loss. Graves unlikely (TRAb negative).
Plan: propranolol PRN, repeat TFTs 6 weeks for hypothyroid phase, counsel re future pregnancies.
""", enc=e2)
    e3 = c.encounter("2026-11-05", typ=OFFICE_EST3, pract=endo, reason_ref=[ppt])
    c.vitals("2026-11-05", e3, sbp=110, dbp=66, hr=76, wt=64.8)
    c.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-11-03", 3.1, "m[IU]/L", low=0.4, high=4.0, interp="N")
    c.obs(cc((LN, "3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma")), "2026-11-03", 1.0, "ng/dL", low=0.8, high=1.8, interp="N")
    c.note("2026-11-05", NOTE_PROGRESS, endo, "Palpitations resolved, off propranolol since 10/30. Energy improving, sleeping when baby sleeps. TFTs normal today. Recheck TSH 6-8 weeks and at 12 months postpartum.", enc=e3)
    c.medreq(cc((RX, "1000", "prenatal multivitamin"), text="Prenatal multivitamin tablet"), "2026-01-10", dosage="1 tablet daily while breastfeeding", requester=ob)


def c2_nm_va_fatigue_osa(c):
    """57-year-old veteran: fatigue (R53.83) for 2 months, polysomnography shows severe OSA, CPAP started, fatigue resolved; label closed."""
    pcp, sleep = V_setup(c, ["Marcus", "Anthony"], "Boateng", "male", "1969-11-30", "6911304",
                         clinicians=((["Linda"], "Hruska", "Dr.", "MD, PACT Primary Care"), (["Jonah"], "Feld", "Dr.", "MD, Sleep Medicine")), era="Post-9/11")
    c.condition(cc((ICD, "E66.9", "Obesity, unspecified")), "2015-01-01")
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension")), "2019-06-01")
    c.condition(cc((ICD, "S83.511A", "Sprain of anterior cruciate ligament of right knee, initial encounter")), "2004-05-01", clinical="resolved", abated="2005-03-01")
    c.medreq(cc((RX, "5487", "hydrochlorothiazide"), text="Hydrochlorothiazide 25 mg tablet"), "2026-02-01", dosage="1 tablet daily", requester=pcp)
    e1 = c.encounter("2026-03-10", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care"), pract=pcp, reason=cc((SCT, "84229001", "Fatigue")))
    c.vitals("2026-03-10", e1, sbp=146, dbp=92, hr=80, wt=118.0, bmi=36.4)
    fat = c.condition(cc((ICD, "R53.83", "Other fatigue")), "2026-03-10", clinical="resolved", abated="2026-07-14", recorded="2026-03-10", enc=e1,
                      note="Daytime sleepiness, fell asleep at red light once. Wife reports loud snoring and pauses.")
    c.obs(cc((LN, "3016-3", "Thyrotropin [Units/volume] in Serum or Plasma")), "2026-03-11", 2.4, "m[IU]/L", low=0.4, high=4.0, interp="N")
    c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-03-11", 15.1, "g/dL", low=13.5, high=17.5, interp="N")
    c.obs(cc(text="Epworth Sleepiness Scale total score"), "2026-03-10", 16, cat="survey", ref_text="0-10 normal", interp="H")
    c.servicereq(cc((CPT, "95810", "Polysomnography; age 6 years or older, sleep staging with 4 or more additional parameters, attended")), "2026-03-10", status="completed", requester=pcp, performer=sleep, reason_ref=fat)
    psg = c.obs(cc((LN, "69990-0", "Apnea hypopnea index 24 hour"), text="Apnea-hypopnea index (AHI)"), "2026-04-22", 34, "/h", ucum="/h", ref_text="<5 events/h", interp="H", cat="procedure")
    c.diagreport(cc((CPT, "95810", "Polysomnography"), text="Attended polysomnography report"), "2026-04-22", [psg], conclusion="Severe obstructive sleep apnea, AHI 34/h, nadir SpO2 79%.")
    osa = c.condition(cc((ICD, "G47.33", "Obstructive sleep apnea (adult) (pediatric)"), (SCT, "78275009", "Obstructive sleep apnea syndrome")), "2026-04-22", recorded="2026-04-28", asserter=sleep, evidence=[psg])
    c.servicereq(cc((HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device")), "2026-04-28", status="completed", requester=sleep, reason_ref=osa)
    e2 = c.encounter("2026-07-14", typ=cc(text="Sleep medicine CPAP follow-up (VA Video Connect)"), cls="VR", pract=sleep, reason_ref=[osa])
    c.obs(cc(text="CPAP adherence - % nights with usage >= 4 hours (30 days)"), "2026-07-14", 90, "%", cat="procedure")
    c.obs(cc(text="Epworth Sleepiness Scale total score"), "2026-07-14", 6, cat="survey", ref_text="0-10 normal", interp="N")
    c.note("2026-07-14", NOTE_PROGRESS, sleep, """
SLEEP MEDICINE - CPAP FOLLOW-UP (VVC)
Auto-CPAP 6-14 cm since 5/2026. Download: 90% nights >4 h, residual AHI 2.1. ESS 16 -> 6. Veteran reports 'feel like a new man', no more drowsy driving. Fatigue resolved.
Plan: continue CPAP, annual supplies, weight management (MOVE!) referral.
""", enc=e2)
    e3 = c.encounter("2026-10-06", typ=cc((c.local("stop-code", "323", "PRIMARY CARE/MEDICINE")), text="PACT primary care"), pract=pcp)
    c.vitals("2026-10-06", e3, sbp=132, dbp=84, hr=74, wt=114.5, bmi=35.3)
    c.note("2026-10-06", NOTE_PROGRESS, pcp, "Routine PACT visit. Energy good on CPAP. BP improved. Lost 3.5 kg with MOVE!. Continue current plan.", enc=e3)
