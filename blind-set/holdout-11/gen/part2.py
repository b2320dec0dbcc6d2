from common import *

# ---------------- MAJOR_PROCEDURE_PLANNED ----------------

def c3_pos_peds_spinal_fusion(c):
    """14-year-old girl, adolescent idiopathic scoliosis progressed to 54 degrees despite bracing; posterior spinal fusion T4-L1 ordered for 2027-01-19."""
    rp, (ortho, pcp), _ = P_setup(c, ["Sophie", "Anne"], "Nguyen-Baker", "female", "2012-04-18", "LCH6014127", ("Linh", "Nguyen-Baker"),
                                  payer=("Badger Family Health PPO", "Employer family PPO"),
                                  clinicians=((["Thomas"], "Achterberg", "Dr.", "MD, Pediatric Orthopaedic Surgery"), (["Nadia"], "Rahman", "Dr.", "MD, General Pediatrics")))
    sco = c.condition(cc((ICD, "M41.124", "Adolescent idiopathic scoliosis, thoracic region"), (SCT, "298382003", "Scoliosis deformity of spine")), "2023-10-02", asserter=ortho,
                      note="Right thoracic curve. Risser 1 at diagnosis. Boston brace 2024-2026.")
    c.condition(cc((ICD, "J30.2", "Other seasonal allergic rhinitis")), "2019-04-01")
    c.condition(cc((ICD, "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), "2025-05-10", clinical="resolved", abated="2025-06-15")
    for d, cobb in [("2024-04-15", 32), ("2025-10-06", 44), ("2026-10-12", 54)]:
        e = c.encounter(d, typ=OFFICE_EST, pract=ortho, reason_ref=[sco])
        c.obs(cc(text="Cobb angle, main thoracic curve (standing PA spine radiograph)"), d, cobb, "deg", ucum="deg", cat="imaging", enc=e)
    c.vitals("2026-10-12", None, sbp=108, dbp=64, hr=76, wt=49.5, ht=161.0, bmi=19.1)
    c.obs(cc(text="Risser grade"), "2026-10-12", text_value="Risser 3", cat="imaging")
    c.procedure(cc((HCPCS, "L1200", "Thoracic-lumbar-sacral orthosis (TLSO), inclusive of furnishing initial orthosis only"), text="Boston brace fitting"), "completed", "2024-05-02", reason_ref=sco)
    c.note("2026-10-12", NOTE_PROGRESS, ortho, """
Pediatric Orthopaedics - Spine clinic
Sophie, 14, AIS. Main thoracic curve 54 degrees (44 last year) despite brace wear ~16 h/day; Risser 3. Rib prominence 12 degrees scoliometer. Neuro exam normal, abdominal reflexes symmetric. MRI whole spine 2023 normal.
Discussed with Sophie and mother: curve now surgical. Recommend posterior spinal fusion with segmental pedicle screw instrumentation T4-L1 (10 levels) with neuromonitoring. Risks reviewed (bleeding, infection, neuro injury 0.5-1%, pseudarthrosis, adjacent segment). Family wishes to proceed; surgery booked for 19 January 2027. Pre-op labs, type and screen, pre-anesthesia clinic.
""")
    c.servicereq(cc((CPT, "22802", "Arthrodesis, posterior, for spinal deformity, with or without cast; 7 to 12 vertebral segments"), text="Posterior spinal fusion T4-L1"), "2026-10-12",
                 status="active", intent="order", occurrence="2027-01-19T07:30:00-06:00", requester=ortho, performer=ortho, reason_ref=sco,
                 category=cc((SCT, "387713003", "Surgical procedure")), note="With autograft/allograft; neuromonitoring (SSEP/MEP); cell saver.")
    c.servicereq(cc((CPT, "22843", "Posterior segmental instrumentation (eg, pedicle fixation, dual rods with multiple hooks and sublaminar wires); 7 to 12 vertebral segments")), "2026-10-12",
                 status="active", intent="order", occurrence="2027-01-19T07:30:00-06:00", requester=ortho, reason_ref=sco)
    c.servicereq(cc((LN, "58410-2", "CBC panel - Blood by Automated count")), "2026-10-12", occurrence="2027-01-12", requester=ortho)
    c.servicereq(cc((LN, "883-9", "ABO group [Type] in Blood"), text="Type and screen"), "2026-10-12", occurrence="2027-01-12", requester=ortho)
    c.servicereq(cc(text="Pre-anesthesia evaluation clinic"), "2026-10-12", occurrence="2027-01-05", requester=ortho)
    c.medreq(cc((RX, "20610", "cetirizine"), text="Cetirizine 10 mg tablet"), "2026-03-01", dosage="1 tablet daily in spring", requester=pcp)
    c.obs(cc((LN, "59576-9", "Body mass index (BMI) [Percentile] Per age and sex")), "2026-10-12", 38, "%", cat="vital-signs")


def c3_pos_va_evar(c):
    """75-year-old veteran with 5.7 cm infrarenal AAA; vascular surgery plans elective EVAR (aorto-bi-iliac endograft) 2027-01-07."""
    pcp, vasc = V_setup(c, ["Harold", "Eugene"], "Brinkman", "male", "1951-09-09", "5109091",
                        clinicians=((["Anita"], "Kapoor", "Dr.", "MD, PACT Primary Care"), (["Michael"], "Thorsen", "Dr.", "MD, Vascular Surgery")), era="Vietnam")
    aaa = c.condition(cc((ICD, "I71.40", "Abdominal aortic aneurysm, without rupture, unspecified"), (SCT, "233985008", "Abdominal aortic aneurysm")), "2023-11-14",
                      note="Found on screening ultrasound 4.6 cm.")
    c.condition(cc((ICD, "I10", "Essential (primary) hypertension")), "2005-01-01")
    c.condition(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2005-01-01")
    c.condition(cc((ICD, "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1968-01-01", clinical="inactive", note="Quit 2019, 45 pack-years.")
    c.condition(cc((ICD, "N20.0", "Calculus of kidney")), "2014-03-02", clinical="resolved", abated="2014-04-01")
    c.medreq(cc((RX, "83367", "atorvastatin"), text="Atorvastatin 80 mg tablet"), "2026-01-05", dosage="1 tablet daily", requester=pcp)
    c.medreq(cc((RX, "1191", "aspirin"), text="Aspirin 81 mg EC tablet"), "2026-01-05", dosage="1 tablet daily", requester=pcp)
    c.medreq(cc((RX, "20352", "carvedilol"), text="Carvedilol 12.5 mg tablet"), "2026-01-05", dosage="1 tablet twice daily", requester=pcp)
    c.obs(cc(text="Abdominal aorta maximal diameter (ultrasound)"), "2025-10-20", 5.1, "cm", cat="imaging")
    ct = c.obs(cc(text="Infrarenal abdominal aorta maximal diameter (CTA)"), "2026-10-26", 5.7, "cm", cat="imaging", interp="A")
    c.diagreport(cc((LN, "36813-4", "CT Abdomen and Pelvis W contrast IV"), text="CTA abdomen/pelvis - EVAR planning"), "2026-10-26", [ct], cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"),
                 conclusion="Fusiform infrarenal AAA 5.7 cm, neck length 22 mm, angulation 35 deg, iliacs 9-10 mm; anatomy suitable for EVAR.")
    c.obs(cc((LN, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "2026-10-20", 1.0, "mg/dL", low=0.7, high=1.3, interp="N")
    c.obs(cc((LN, "98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)")), "2026-10-20", 76, "mL/min/{1.73_m2}", low=60, interp="N")
    c.obs(cc((LN, "10230-1", "Left ventricular Ejection fraction")), "2026-11-02", 58, "%", cat="imaging", interp="N")
    e = c.encounter("2026-11-04", typ=cc(text="Vascular surgery clinic"), pract=vasc, reason_ref=[aaa])
    c.vitals("2026-11-04", e, sbp=128, dbp=74, hr=62, wt=84.0)
    c.note("2026-11-04", NOTE_CONSULT, vasc, """
VASCULAR SURGERY CLINIC NOTE
75 y/o veteran with infrarenal AAA grown from 5.1 cm (10/2025) to 5.7 cm on CTA 10/26/2026. Asymptomatic. Echo EF 58%, stress MPI 2025 without ischemia, eGFR 76.
Anatomy favorable for standard EVAR. Discussed open vs endovascular repair and surveillance; veteran prefers EVAR. Plan elective EVAR with bifurcated endograft, percutaneous femoral access, on 01/07/2027. Informed consent signed today. Needs lifelong CT/US surveillance.
""", enc=e)
    c.servicereq(cc((CPT, "34705", "Endovascular repair of infrarenal aorta and/or iliac artery(ies) by deployment of an aorto-bi-iliac endograft"), text="EVAR - bifurcated endograft"), "2026-11-04",
                 status="active", intent="order", occurrence="2027-01-07T08:00:00-06:00", requester=vasc, performer=vasc, reason_ref=aaa,
                 category=cc((SCT, "387713003", "Surgical procedure")))
    c.servicereq(cc(text="PRE-OP ANESTHESIA CONSULT"), "2026-11-04", occurrence="2026-12-17", requester=vasc, reason_ref=aaa)
    c.note("2026-11-10", NOTE_PROGRESS, pcp, "PACT note: reviewed vascular plan for EVAR 1/7/2027. Continue aspirin, statin and carvedilol peri-operatively. BP at goal.")


def c3_pos_w_sacrocolpopexy(c):
    """64-year-old with symptomatic post-hysterectomy vaginal vault prolapse (POP-Q stage III), failed pessary; laparoscopic sacrocolpopexy in preparation for late January."""
    uro, np = W_setup(c, ["Margaret", "Louise"], "Abernathy", "1962-12-03", "HW0215574", payer=("Medicare Part B", "Medicare"),
                      clinicians=((["Ingrid"], "Solberg", "Dr.", "MD, Urogynecology and Reconstructive Pelvic Surgery"), (["Carla"], "Duarte", "", "NP, Pelvic Health")))
    c.condition(cc((ICD, "Z90.710", "Acquired absence of both cervix and uterus")), "2009-05-12", clinical="inactive", note="TAH for fibroids 2009.")
    prol = c.condition(cc((ICD, "N99.3", "Prolapse of vaginal vault after hysterectomy"), text="Post-hysterectomy vaginal vault prolapse, POP-Q stage III"), "2025-08-19", asserter=uro)
    c.condition(cc((ICD, "N39.3", "Stress incontinence (female) (male)")), "2025-08-19", clinical="resolved", abated="2026-02-01", note="Improved with pelvic floor PT.")
    c.condition(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2018-02-01")
    c.condition(cc((ICD, "M81.0", "Age-related osteoporosis without current pathological fracture")), "2021-06-01")
    c.medreq(cc((RX, "6809", "metformin"), text="Metformin ER 500 mg tablet"), "2026-01-10", dosage="2 tablets with evening meal")
    c.medreq(cc((RX, "4083", "estradiol"), text="Estradiol 0.01% vaginal cream"), "2025-09-01", dosage="1 g vaginally twice weekly", requester=uro)
    c.medreq(cc((RX, "77655", "alendronate"), text="Alendronate 70 mg tablet"), "2026-01-10", dosage="1 tablet weekly")
    c.procedure(cc((HCPCS, "A4562", "Pessary, non rubber, any type"), text="Ring pessary with support fitted"), "completed", "2025-09-10", reason_ref=prol, performer=np)
    c.obs(cc(text="POP-Q point C (cm)"), "2026-10-21", 3, "cm", cat="exam")
    c.obs(cc(text="POP-Q stage"), "2026-10-21", text_value="Stage III (apical/vault)", cat="exam", interp="A")
    c.obs(cc((LN, "4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood")), "2026-10-15", 6.6, "%", low=4.0, high=5.6, interp="H")
    e = c.encounter("2026-10-21", typ=OFFICE_EST, pract=uro, reason_ref=[prol])
    c.vitals("2026-10-21", e, sbp=130, dbp=78, hr=70, wt=68.0, bmi=25.9)
    c.note("2026-10-21", NOTE_PROGRESS, uro, """
Urogynecology visit
64 y/o with bulge and pressure, splinting to void. Ring pessary repeatedly expelled and caused erosion; removed. POP-Q: C +3, Ba +2, Bp +1 (stage III vault prolapse).
Options reviewed: colpocleisis (declined, sexually active), vaginal apical suspension, laparoscopic sacrocolpopexy. Chooses laparoscopic sacrocolpopexy with cystoscopy. Booked late January 2027, pending medical clearance.
""", enc=e)
    c.procedure(cc((CPT, "57425", "Laparoscopy, surgical, colpopexy (suspension of vaginal apex)"), (SCT, "699782009", "Laparoscopic sacrocolpopexy"), text="Laparoscopic sacrocolpopexy with cystoscopy"),
                "preparation", reason_ref=prol, performer=uro, note="Scheduled 2027-01-26. Pre-op clearance and consent in progress.")
    c.add({"resourceType": "Appointment", "status": "booked", "serviceType": [cc(text="Urogynecology surgery - laparoscopic sacrocolpopexy")],
           "reasonReference": [{"reference": prol}], "start": "2027-01-26T07:30:00-05:00", "end": "2027-01-26T11:30:00-05:00",
           "participant": [{"actor": {"reference": c.pref}, "status": "accepted"}, {"actor": {"reference": uro}, "status": "accepted"}]}, "appt")
    c.servicereq(cc(text="Preoperative medical clearance"), "2026-10-21", occurrence="2026-12-28", requester=uro, reason_ref=prol)


def c3_nm_peds_ear_tubes(c):
    """2-year-old with recurrent acute otitis media; bilateral tympanostomy tubes (minor procedure) scheduled."""
    rp, (ent, pcp), _ = P_setup(c, ["Noah"], "Achebe", "male", "2024-06-21", "LCH8801244", ("Chioma", "Achebe"),
                                clinicians=((["Greta"], "Halvorsen", "Dr.", "MD, Pediatric Otolaryngology"), (["Isaac"], "Moreno", "Dr.", "MD, General Pediatrics")))
    aom = c.condition(cc((ICD, "H66.93", "Otitis media, unspecified, bilateral"), (SCT, "65363002", "Otitis media"), text="Recurrent acute otitis media, bilateral"), "2025-09-01",
                      note="5 episodes in 6 months (Jun-Nov 2026).")
    c.condition(cc((ICD, "P07.38", "Preterm newborn, gestational age 35 completed weeks")), "2024-06-21", clinical="resolved", abated="2024-07-10")
    c.condition(cc((ICD, "L22", "Diaper dermatitis")), "2025-01-10", clinical="resolved", abated="2025-01-20")
    for d, drug in [("2026-06-03", "amoxicillin"), ("2026-07-15", "amoxicillin"), ("2026-08-30", "amoxicillin-clavulanate"), ("2026-10-04", "amoxicillin-clavulanate"), ("2026-11-09", "cefdinir")]:
        e = c.encounter(d, typ=OFFICE_EST3, pract=pcp, reason=cc((SCT, "3110003", "Acute otitis media")))
        c.medreq(cc(text={"amoxicillin": "Amoxicillin 400 mg/5 mL suspension", "amoxicillin-clavulanate": "Amoxicillin-clavulanate ES-600 mg/5 mL suspension", "cefdinir": "Cefdinir 250 mg/5 mL suspension"}[drug]),
                 d, status="completed", dosage={"amoxicillin": "90 mg/kg/day divided BID x 10 days (5.2 mL BID, weight 11.6 kg)", "amoxicillin-clavulanate": "90 mg/kg/day amoxicillin component divided BID x 10 days", "cefdinir": "14 mg/kg/day once daily x 10 days"}[drug], requester=pcp, enc=e)
    c.vitals("2026-11-09", None, temp=38.4, wt=11.9, hr=128)
    c.obs(cc((LN, "9843-4", "Head Occipital-frontal circumference"), text="Head circumference"), "2026-06-03", 48.0, "cm", cat="vital-signs")
    c.obs(cc(text="Tympanometry"), "2026-11-18", text_value="Type B bilaterally (middle ear effusion)", cat="exam", interp="A")
    c.obs(cc(text="ASQ-3 communication domain"), "2026-06-03", text_value="Above cutoff - on schedule", cat="survey", interp="N")
    e = c.encounter("2026-11-18", typ=OFFICE_NEW, pract=ent, reason_ref=[aom])
    c.note("2026-11-18", NOTE_CONSULT, ent, """
Pediatric ENT consult
Noah, 2 y 5 mo, 5 AOM episodes in 6 months, bilateral effusion today (type B). Speech on track. Mother in daycare setting.
Plan: bilateral myringotomy with tympanostomy tube insertion under brief mask anesthesia, day surgery, ~15 minutes. Parent consented. Booked 12/22/2026.
""", enc=e)
    c.servicereq(cc((CPT, "69436", "Tympanostomy (requiring insertion of ventilating tube), general anesthesia"), text="Bilateral myringotomy and tympanostomy tubes"), "2026-11-18",
                 status="active", intent="order", occurrence="2026-12-22T09:00:00-06:00", requester=ent, performer=ent, reason_ref=aom)


def c3_nm_va_cabg_done(c):
    """68-year-old veteran, three-vessel CAD; CABG x3 completed September 2026; now in cardiac rehabilitation."""
    pcp, cts, cards = V_setup(c, ["Leonard", "Ray"], "Fitzgerald", "male", "1958-03-27", "5803273",
                              clinicians=((["Joanne"], "Pruitt", "Dr.", "MD, PACT Primary Care"), (["Vikram"], "Desai", "Dr.", "MD, Cardiothoracic Surgery"), (["Helen"], "Strand", "Dr.", "MD, Cardiology")))
    cad = c.condition(cc((ICD, "I25.10", "Atherosclerotic heart disease of native coronary artery without angina pectoris"), (SCT, "53741008", "Coronary arteriosclerosis")), "2026-08-12")
    c.condition(cc((ICD, "I21.4", "Non-ST elevation (NSTEMI) myocardial infarction")), "2026-08-10", clinical="resolved", abated="2026-09-10", cat="encounter-diagnosis")
    c.condition(cc((ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2012-01-01")
    c.condition(cc((ICD, "E78.5", "Hyperlipidemia, unspecified")), "2012-01-01")
    c.condition(cc((ICD, "Z95.1", "Presence of aortocoronary bypass graft")), "2026-09-15")
    e1 = c.encounter("2026-08-10T06:00:00Z", "2026-08-14T16:00:00Z", cls="IMP", typ=cc(text="Cardiology inpatient"), pract=cards, admit_source="emd", discharge="home")
    c.obs(cc((LN, "89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method")), "2026-08-10", 1840, "ng/L", low=0, high=20, interp="H", enc=e1)
    c.procedure(cc((CPT, "93458", "Catheter placement in coronary artery(s) for coronary angiography, including left heart catheterization")), "completed", "2026-08-12", performer=cards, enc=e1,
                outcome="LM 50%, LAD 90% proximal, Cx 80%, RCA 95%. Heart team: CABG recommended.")
    sr = c.servicereq(cc((CPT, "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft")), "2026-08-13", status="completed", requester=cards, performer=cts, reason_ref=cad)
    e2 = c.encounter("2026-09-15T06:00:00Z", "2026-09-21T15:00:00Z", cls="IMP", typ=cc(text="Cardiothoracic surgery admission - elective"), pract=cts, discharge="home")
    c.procedure(cc((CPT, "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), text="CABG x3: LIMA-LAD, SVG-OM, SVG-PDA"), "completed", ("2026-09-15T08:10:00Z", "2026-09-15T12:40:00Z"),
                reason_ref=cad, performer=cts, enc=e2, based_on=sr, outcome="Uncomplicated; extubated POD0.")
    c.procedure(cc((CPT, "33518", "Coronary artery bypass, using venous graft(s) and arterial graft(s); 2 venous grafts")), "completed", "2026-09-15", reason_ref=cad, performer=cts, enc=e2, based_on=sr)
    c.note("2026-09-21", NOTE_DISCHARGE, cts, "Discharge summary: CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) 9/15/2026. Post-op AF POD2 converted on amiodarone, now sinus. Discharged home POD6. Cardiac rehab referral.", enc=e2)
    c.servicereq(cc((CPT, "93798", "Physician or other qualified health care professional services for outpatient cardiac rehabilitation; with continuous ECG monitoring (per session)")), "2026-09-21",
                 status="active", occurrence="2026-10-05", requester=cts, reason_ref=cad, note="36 sessions, home-based option (VA Home-Based Cardiac Rehab).")
    for m, t in [("1191", "Aspirin 81 mg EC tablet"), ("83367", "Atorvastatin 80 mg tablet"), ("6918", "Metoprolol tartrate 25 mg tablet"), ("6809", "Metformin 1000 mg tablet")]:
        c.medreq(cc((RX, m, t.split()[0].lower()), text=t), "2026-09-21", dosage="as directed", requester=cts)
    e3 = c.encounter("2026-11-09", typ=cc(text="Cardiology clinic follow-up"), pract=cards, reason_ref=[cad])
    c.vitals("2026-11-09", e3, sbp=124, dbp=72, hr=64, wt=89.2)
    c.obs(cc((LN, "10230-1", "Left ventricular Ejection fraction")), "2026-11-09", 52, "%", cat="imaging", interp="N")
    c.note("2026-11-09", NOTE_PROGRESS, cards, "Cardiology: 7 weeks post CABG. Sternum healing, walking 2 miles, in cardiac rehab session 12/36. No angina. EF 52%. Continue GDMT. No further intervention planned.", enc=e3)


# ---------------- UNTREATABLE_PROGNOSIS ----------------

def c4_pos_va_hf_hospice(c):
    """82-year-old veteran with end-stage HFrEF (EF 15%), not a candidate for LVAD/transplant; cardiology states no further options; hospice referral placed."""
    pcp, hf, sw = V_setup(c, ["Walter", "Francis"], "Okonkwo-Reilly", "male", "1944-05-16", "4405163",
                          clinicians=((["Ruth"], "Camacho", "Dr.", "MD, PACT Primary Care"), (["Daniel"], "Eriksen", "Dr.", "MD, Advanced Heart Failure Cardiology"), (["Patricia"], "Lowe", "", "LCSW, Social Work")), era="Korea/Vietnam")
    hfr = c.condition(cc((ICD, "I50.22", "Chronic systolic (congestive) heart failure"), (SCT, "703272007", "Heart failure with reduced ejection fraction")), "2016-03-01", asserter=hf,
                      severity=cc((SCT, "24484000", "Severe")), note="Ischemic cardiomyopathy, ICD in situ 2017. NYHA IV since mid-2026.")
    c.condition(cc((ICD, "N18.32", "Chronic kidney disease, stage 3b")), "2021-01-01")
    c.condition(cc((ICD, "I48.20", "Chronic atrial fibrillation, unspecified")), "2018-07-01")
    c.condition(cc((ICD, "I25.2", "Old myocardial infarction")), "2015-10-01", clinical="inactive")
    c.condition(cc((ICD, "J18.9", "Pneumonia, unspecified organism")), "2025-01-12", clinical="resolved", abated="2025-02-02")
    for m, t in [("20352", "Carvedilol 3.125 mg tablet"), ("4603", "Furosemide 80 mg tablet"), ("9997", "Spironolactone 12.5 mg"), ("1364430", "Apixaban 2.5 mg tablet")]:
        c.medreq(cc((RX, m, t.split()[0].lower()), text=t), "2026-09-01", dosage="as directed", requester=hf, reason_ref=hfr if m != "1364430" else None)
    c.obs(cc((LN, "10230-1", "Left ventricular Ejection fraction")), "2026-09-18", 15, "%", cat="imaging", low=52, interp="L")
    c.obs(cc((LN, "33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma")), "2026-11-02", 14800, "pg/mL", low=0, high=450, interp="H")
    c.obs(cc((LN, "2160-0", "Creatinine [Mass/volume] in Serum or Plasma")), "2026-11-02", 2.3, "mg/dL", low=0.7, high=1.3, interp="H")
    c.obs(cc((LN, "2951-2", "Sodium [Moles/volume] in Serum or Plasma")), "2026-11-02", 129, "mmol/L", low=135, high=145, interp="L")
    c.obs(cc((LN, "88020-3", "Functional capacity NYHA")), "2026-11-05", concept=cc(text="NYHA class IV"), cat="exam")
    ad = c.encounter("2026-10-19T03:00:00Z", "2026-10-28T15:00:00Z", cls="IMP", typ=cc(text="Medicine admission - acute on chronic HF"), pract=hf, admit_source="emd", discharge="home")
    c.condition(cc((ICD, "I50.23", "Acute on chronic systolic (congestive) heart failure")), "2026-10-19", cat="encounter-diagnosis", clinical="resolved", abated="2026-10-28", enc=ad)
    c.note("2026-10-28", NOTE_DISCHARGE, hf, "Third HF admission in 6 months; diuresed 6 kg, required milrinone 48 h. Diuretic resistance. Discharged home on furosemide 80 mg BID.", enc=ad)
    e = c.encounter("2026-11-05", typ=cc(text="Advanced heart failure clinic"), pract=hf, reason_ref=[hfr])
    c.vitals("2026-11-05", e, sbp=88, dbp=56, hr=92, wt=71.0, spo2=93)
    c.note("2026-11-05", NOTE_CONSULT, hf, """
ADVANCED HEART FAILURE CLINIC
82 y/o veteran, ischemic CMP EF 15%, NYHA IV, 3 admissions in 6 months, inotrope-dependent during last stay, cardiorenal (Cr 2.3), hyponatremia, cachexia. GDMT limited by hypotension and renal function; no further revascularization targets (cath 2025).
Candidacy: not a candidate for heart transplant (age, CKD, frailty) or durable LVAD (RV dysfunction, frailty). Home inotropes discussed; veteran declines as bridge to nothing.
Assessment: end-stage HFrEF. No further disease-modifying treatment options are available. Goals-of-care conversation with veteran and daughter: focus on comfort, wants to be at home.
Plan: hospice referral (VA community hospice), ICD shock therapy deactivation to be arranged, DNR/DNI LST order entered.
""", enc=e)
    c.servicereq(cc((SCT, "306205009", "Referral to hospice service"), text="COMMUNITY CARE - HOSPICE (HOME)"), "2026-11-05", status="active", intent="order",
                 requester=hf, reason_ref=hfr, note="Home hospice, end-stage HF. Veteran and daughter agree.")
    c.add({"resourceType": "Consent", "status": "active",
           "scope": cc(("http://terminology.hl7.org/CodeSystem/consentscope", "treatment", "Treatment")),
           "category": [cc((LN, "59284-0", "Patient Consent"))], "patient": {"reference": c.pref}, "dateTime": "2026-11-05",
           "policyRule": cc(text="VA Life-Sustaining Treatment (LST) decisions"),
           "provision": {"type": "deny", "code": [cc(text="Cardiopulmonary resuscitation"), cc(text="Intubation and mechanical ventilation")]}}, "consent")
    c.note("2026-11-12", NOTE_PROGRESS, sw, "SW: hospice intake with community agency scheduled. Daughter is caregiver; DME (hospital bed) ordered. Veteran at peace with plan.")


def c4_pos_va_copd_palliative(c):
    """78-year-old veteran with GOLD 4 COPD on home oxygen; pulmonology documents no remaining options; active palliative care plan."""
    pcp, pulm, pal = V_setup(c, ["Clarence", "Otis"], "Mayfield", "male", "1948-10-04", "4810048",
                             clinicians=((["Sandra"], "Velez", "Dr.", "MD, PACT Primary Care"), (["Paul"], "Ibarra", "Dr.", "MD, Pulmonary"), (["Grace"], "Huang", "Dr.", "MD, Palliative Care")), marital="W", era="Vietnam")
    copd = c.condition(cc((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified"), (SCT, "13645005", "Chronic obstructive lung disease")), "2009-01-01", asserter=pulm,
                       note="GOLD 4, group E. Agent Orange exposure. Home O2 since 2022.")
    c.condition(cc((ICD, "J96.11", "Chronic respiratory failure with hypoxia")), "2022-05-01")
    c.condition(cc((ICD, "F32.A", "Depression, unspecified")), "2023-03-01")
    c.condition(cc((ICD, "R64", "Cachexia")), "2026-06-01")
    c.condition(cc((ICD, "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation")), "2026-08-04", clinical="resolved", abated="2026-08-20", cat="encounter-diagnosis")
    c.medreq(cc(text="Fluticasone furoate/umeclidinium/vilanterol 100/62.5/25 mcg inhaler"), "2026-01-10", dosage="1 inhalation daily", requester=pulm, reason_ref=copd)
    c.medreq(cc((RX, "435", "albuterol"), text="Albuterol 2.5 mg/3 mL nebulizer solution"), "2026-01-10", dosage="1 vial nebulized every 4 h as needed", requester=pulm)
    c.medreq(cc((RX, "7052", "morphine"), text="Morphine sulfate oral solution 10 mg/5 mL"), "2026-10-14", dosage="2.5 mg by mouth every 4 h as needed for dyspnea", requester=pal)
    c.servicereq(cc((HCPCS, "E1390", "Oxygen concentrator, single delivery port")), "2022-05-01", status="active", requester=pulm, note="3 L/min continuous, 4 L with exertion.")
    fev = c.obs(cc((LN, "20152-5", "FEV1 measured/predicted"), text="FEV1 % predicted (post-bronchodilator)"), "2026-09-20", 22, "%", cat="procedure", interp="L")
    c.obs(cc((LN, "19926-5", "FEV1/FVC"), text="FEV1/FVC ratio"), "2026-09-20", 0.38, "1", ucum="1", cat="procedure", interp="L")
    c.vitals("2026-10-14", None, spo2=88, rr=24, hr=104, wt=54.0, bmi=17.6)
    e = c.encounter("2026-10-14", typ=cc(text="Pulmonary clinic"), pract=pulm, reason_ref=[copd])
    c.note("2026-10-14", NOTE_PROGRESS, pulm, """
PULMONARY CLINIC
78 y/o with very severe COPD (FEV1 22%), chronic hypoxic failure on 3 L, BMI 17.6, 4 exacerbations in 12 months (2 hospitalizations). Maximal inhaled therapy, roflumilast stopped for weight loss, azithromycin prophylaxis failed.
Not a candidate for lung volume reduction surgery or endobronchial valves (homogeneous emphysema, DLCO 18%, hypercapnia) and not a transplant candidate (age, frailty).
Nothing further to offer from a disease-directed standpoint. Referred to palliative care; veteran agreeable.
""", enc=e)
    e2 = c.encounter("2026-10-28", typ=cc(text="Palliative care consult"), pract=pal, reason_ref=[copd])
    c.careplan("Palliative care plan - very severe COPD", "active", "plan", "2026-10-28",
               [cc((SCT, "734163000", "Care plan")), cc((SCT, "103735009", "Palliative care"))], addresses=[copd], author=pal,
               description="Comfort-focused care at home; symptom control of dyspnea and anxiety; avoid re-hospitalization where possible per veteran's wishes.",
               activities=[{"status": "in-progress", "description": "Low-dose oral morphine for refractory dyspnea, fan therapy, breathing techniques"},
                           {"status": "in-progress", "description": "Home-based primary care (HBPC) enrollment and caregiver support"},
                           {"status": "scheduled", "description": "Revisit hospice enrollment at next visit", "scheduledString": "December 2026"}])
    c.note("2026-10-28", NOTE_CONSULT, pal, "PALLIATIVE CARE CONSULT: Goals are to stay home with his dog, avoid ICU. DNR/DNI confirmed (LST order). Started morphine 2.5 mg PRN for dyspnea. Daughter lives nearby.", enc=e2)
    c.obs(cc((LN, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), "2026-10-28", 9, cat="survey")


def c4_pos_w_cervical_no_options(c):
    """55-year-old with metastatic cervical squamous cell carcinoma progressing after chemoradiation and two systemic lines; gyn-onc states no further treatment options."""
    gonc, pal = W_setup(c, ["Denise", "Lorraine"], "Tran-Morales", "1971-03-28", "HW0733019", payer=("MaineCare", "Medicaid"),
                        clinicians=((["Rebecca"], "Holloway", "Dr.", "MD, Gynecologic Oncology"), (["Samuel"], "Ortiz", "Dr.", "MD, Palliative Medicine")))
    ca = c.condition(cc((ICD, "C53.9", "Malignant neoplasm of cervix uteri, unspecified"), (SCT, "363354003", "Malignant tumor of cervix")), "2024-11-20", asserter=gonc,
                     stage=cc(text="FIGO 2018 IIIC1r at diagnosis; now stage IVB (lung, para-aortic nodes)"),
                     note="Squamous cell carcinoma, PD-L1 CPS 5. Progression 2026-10 after second-line therapy. No further treatment options.")
    c.condition(cc((ICD, "C78.00", "Secondary malignant neoplasm of unspecified lung")), "2025-12-01")
    c.condition(cc((ICD, "C77.2", "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes")), "2025-12-01")
    c.condition(cc((ICD, "N13.30", "Unspecified hydronephrosis")), "2026-07-10", note="Left nephrostomy tube 2026-07.")
    c.condition(cc((ICD, "F41.9", "Anxiety disorder, unspecified")), "2025-01-10")
    c.procedure(cc((CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), text="Pelvic EBRT 45 Gy + brachytherapy with weekly cisplatin"),
                "completed", ("2025-01-06", "2025-02-24"), reason_ref=ca)
    c.medreq(cc((RX, "2555", "cisplatin")), "2025-01-06", status="completed", intent="order", dosage="40 mg/m2 IV weekly x 5 with radiation", requester=gonc, reason_ref=ca)
    c.medreq(cc(text="Carboplatin AUC5 + paclitaxel 175 mg/m2 + pembrolizumab 200 mg q3w"), "2025-12-15", status="stopped", dosage="q21 days", requester=gonc, reason_ref=ca, status_reason="Progressive disease 2026-06")
    c.medreq(cc(text="Tisotumab vedotin 2 mg/kg IV q3w"), "2026-07-01", status="stopped", dosage="q21 days", requester=gonc, reason_ref=ca, status_reason="Progressive disease on CT 2026-10-22; ocular toxicity")
    ct = c.obs(cc(text="CT chest/abdomen/pelvis - response assessment (RECIST 1.1)"), "2026-10-22", cat="imaging", text_value="Progressive disease: enlarging pulmonary nodules (largest 3.1 cm), new liver lesions, para-aortic nodes increased.", interp="A")
    c.diagreport(cc((LN, "24627-2", "CT Chest"), text="CT chest abdomen pelvis with contrast"), "2026-10-22", [ct], cat=("http://terminology.hl7.org/CodeSystem/v2-0074", "RAD", "Radiology"), conclusion="Progressive metastatic disease.")
    c.obs(cc((LN, "89247-1", "ECOG Performance Status score")), "2026-11-18", 3, cat="survey")
    c.obs(cc((LN, "1751-7", "Albumin [Mass/volume] in Serum or Plasma")), "2026-11-16", 2.7, "g/dL", low=3.5, high=5.0, interp="L")
    c.obs(cc((LN, "718-7", "Hemoglobin [Mass/volume] in Blood")), "2026-11-16", 8.6, "g/dL", low=12.0, high=15.5, interp="L")
    e = c.encounter("2026-11-18", typ=OFFICE_EST, pract=gonc, reason_ref=[ca])
    c.vitals("2026-11-18", e, sbp=104, dbp=66, hr=102, wt=49.8)
    c.note("2026-11-18", NOTE_PROGRESS, gonc, """
GYNECOLOGIC ONCOLOGY - follow-up, results of restaging
Ms. Tran-Morales, 55, recurrent/metastatic SCC of the cervix. Prior: chemoradiation (2025), carboplatin/paclitaxel/pembrolizumab (PD), tisotumab vedotin (PD 10/2026). ECOG 3, albumin 2.7, Hb 8.6, left nephrostomy.
No clinical trial for which she is eligible (ECOG, organ function). There are no further treatment options that would be expected to benefit her; further chemotherapy would cause more harm than good.
Discussed with patient and her sister. She understands. Plan: best supportive care, referral to palliative medicine, transfusion for symptomatic anemia, discuss hospice.
""", enc=e)
    c.servicereq(cc((SCT, "306237005", "Referral to palliative care service")), "2026-11-18", status="active", requester=gonc, performer=pal, reason_ref=ca)
    c.medreq(cc((RX, "7804", "oxycodone"), text="Oxycodone 5 mg tablet"), "2026-11-18", dosage="1 tablet every 4 h as needed for pain", requester=gonc)


def c4_nm_va_nsclc_second_opinion(c):
    """71-year-old veteran with metastatic NSCLC after 3 lines, hospice-oriented plan; independent second opinion from academic thoracic oncology obtained Sept 2026 concurred."""
    onc, pcp = V_setup(c, ["Bernard", "Alan"], "Szymanski", "male", "1955-02-12", "5502121",
                       clinicians=((["Farah"], "Qureshi", "Dr.", "MD, Hematology/Oncology"), (["Lewis"], "Carver", "Dr.", "MD, PACT Primary Care")), era="Vietnam era")
    outside = c.practitioner(["Elena"], "Markovic", "Dr.", "MD, Thoracic Oncology (Community Care - University Cancer Center)")
    ca = c.condition(cc((ICD, "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"), (SCT, "254637007", "Non-small cell lung cancer")), "2024-09-03", asserter=onc,
                     stage=cc(text="Stage IVB adenocarcinoma, EGFR/ALK/ROS1/KRAS G12C negative, PD-L1 10%"))
    c.condition(cc((ICD, "C79.51", "Secondary malignant neoplasm of bone")), "2024-09-03")
    c.condition(cc((ICD, "C79.31", "Secondary malignant neoplasm of brain")), "2026-05-14", note="SRS 2026-05.")
    c.condition(cc((ICD, "J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2016-01-01")
    for t, s, e_, why in [("Carboplatin/pemetrexed/pembrolizumab", "2024-09-20", "2025-08-01", "Progression"), ("Docetaxel/ramucirumab", "2025-08-20", "2026-03-01", "Progression"), ("Gemcitabine", "2026-06-01", "2026-08-20", "Progression, poor tolerance")]:
        c.medreq(cc(text=t), s, status="stopped", requester=onc, reason_ref=ca, status_reason=why, end=e_)
    sr = c.servicereq(cc(text="COMMUNITY CARE - HEMATOLOGY/ONCOLOGY SECOND OPINION"), "2026-08-25", status="completed", requester=onc, performer=outside, reason_ref=ca,
                      note="Veteran requests second opinion regarding further treatment / trials before hospice.")
    e1 = c.encounter("2026-09-15", typ=cc(text="Community care - outside thoracic oncology consultation"), pract=outside, reason_ref=[ca])
    c.note("2026-09-15", NOTE_CONSULT, outside, """
University Cancer Center - Thoracic Oncology - Second opinion consultation (community care)
Reviewed VA records, pathology and imaging. Metastatic NSCLC, driver-negative, progressed through 3 lines. ECOG 2-3. Screened for open phase I trials: not eligible (brain metastases within 6 months, ECOG).
Opinion: I concur with the VA oncology team that there are no further disease-directed options likely to help. Agree with transition to hospice-focused care.
""", enc=e1)
    e2 = c.encounter("2026-10-02", typ=cc(text="Hematology/Oncology clinic"), pract=onc, reason_ref=[ca])
    c.vitals("2026-10-02", e2, sbp=110, dbp=70, hr=98, spo2=91, wt=60.2)
    c.note("2026-10-02", NOTE_PROGRESS, onc, """
HEM/ONC CLINIC
Outside second opinion (9/15/2026, University Cancer Center) concurred: no further treatment options. Veteran accepts. Transition to hospice; palliative radiation only if painful bone lesion.
""", enc=e2)
    c.careplan("Hospice plan of care", "active", "plan", "2026-10-05", [cc((SCT, "385763009", "Hospice care"))], addresses=[ca], author=onc,
               activities=[{"status": "in-progress", "description": "VA community hospice - home"}, {"status": "in-progress", "description": "Dexamethasone taper; pain and dyspnea management"}])
    c.medreq(cc((RX, "3264", "dexamethasone"), text="Dexamethasone 2 mg tablet"), "2026-10-02", dosage="1 tablet daily", requester=onc)
    c.medreq(cc((RX, "7804", "oxycodone"), text="Oxycodone 5 mg tablet"), "2026-10-02", dosage="1-2 tablets every 4 h as needed", requester=onc)
    c.obs(cc((LN, "89247-1", "ECOG Performance Status score")), "2026-10-02", 3, cat="survey")
    c.encounter("2026-11-16", typ=cc(text="Hospice interdisciplinary visit (community)"), cls="HH")


def c4_nm_peds_hemangioma(c):
    """5-month-old with small superficial infantile haemangioma; dermatology: no treatment needed, expected to involute."""
    rp, (derm, pcp), rp2 = P_setup(c, ["Lily", "Mae"], "Horvath", "female", "2026-06-22", "LCH9021433", ("Katie", "Horvath"),
                                   clinicians=((["Monique"], "Baptiste", "Dr.", "MD, Pediatric Dermatology"), (["Aaron"], "Feldman", "Dr.", "MD, General Pediatrics")),
                                   second_parent=(["Jordan"], "Horvath", "FTH", "father"))
    hem = c.condition(cc((ICD, "D18.01", "Hemangioma of skin and subcutaneous tissue"), text="Infantile hemangioma, superficial, left thigh 1.2 cm"), "2026-07-20", asserter=derm)
    c.condition(cc((ICD, "P59.9", "Neonatal jaundice, unspecified")), "2026-06-24", clinical="resolved", abated="2026-07-05")
    for d, w, l, hc in [("2026-06-25", 3.3, 50.5, 34.5), ("2026-08-24", 5.4, 58.0, 39.0), ("2026-10-23", 6.6, 63.0, 41.0), ("2026-11-24", 7.0, 64.6, 41.8)]:
        e = c.encounter(d, typ=cc((CPT, "99391", "Periodic comprehensive preventive medicine, infant (age younger than 1 year)")), pract=pcp)
        c.vitals(d, e, wt=w, ht=l)
        c.obs(cc((LN, "9843-4", "Head Occipital-frontal circumference")), d, hc, "cm", cat="vital-signs", enc=e)
    c.obs(cc(text="ASQ-3 (4 month)"), "2026-10-23", text_value="All domains above cutoff", cat="survey", interp="N")
    for v, d in [("DTaP-HepB-IPV (Pediarix)", "2026-10-23"), ("Pneumococcal conjugate PCV20", "2026-10-23"), ("Rotavirus RV1", "2026-10-23")]:
        c.add({"resourceType": "Immunization", "status": "completed", "vaccineCode": cc(text=v), "patient": {"reference": c.pref}, "occurrenceDateTime": d, "primarySource": True}, "imm")
    e = c.encounter("2026-11-03", typ=OFFICE_NEW, pract=derm, reason_ref=[hem])
    c.note("2026-11-03", NOTE_CONSULT, derm, """
Pediatric Dermatology
Lily, 4.5 months, 1.2 cm superficial infantile hemangioma on lateral left thigh, noticed at 4 weeks. Growth plateauing. Not ulcerated, not periocular/airway/beard or segmental; no other lesions (liver ultrasound not indicated with <5 lesions).
Assessment: uncomplicated small infantile hemangioma in a low-risk location. No treatment needed - expected to involute over the next few years. Propranolol not indicated.
Reassured parents; photos for comparison; return if ulceration or rapid growth.
""", enc=e)
    c.obs(cc(text="Hemangioma size, longest diameter"), "2026-11-03", 1.2, "cm", cat="exam")
    c.medstmt(cc(text="Cholecalciferol 400 IU/mL oral drops"), "active", start="2026-06-25", dosage="1 mL by mouth daily (breastfed infant)", source=rp)
