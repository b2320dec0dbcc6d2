from lib import *

H = {
 1: ("https://fhir.example-hospital.org/r4", "Riverside Regional Medical Center", "Columbus", "OH"),
 2: ("https://ehr.mercyvalley-health.example.org/fhir/R4", "Mercy Valley Health", "Sacramento", "CA"),
 3: ("https://fhir.lakeshore-clinic.example.com/api/FHIR/R4", "Lakeshore Clinic", "Milwaukee", "WI"),
 4: ("https://interop.stcatherine-med.example.org/fhir", "St. Catherine Medical Center", "Baltimore", "MD"),
 5: ("https://fhir.pinecrest-family.example.net/r4", "Pinecrest Family Practice", "Asheville", "NC"),
 6: ("https://api.desertsun-health.example.org/fhir/r4", "Desert Sun Health System", "Tucson", "AZ"),
 7: ("https://fhir.northshore-cardiac.example.org/R4", "North Shore Heart and Vascular", "Evanston", "IL"),
 8: ("https://fhir.bayview-childrens.example.org/r4", "Bayview Children's Hospital", "Tampa", "FL"),
 9: ("https://ehr.granite-state-med.example.org/fhir/R4", "Granite State Medical Group", "Manchester", "NH"),
 10: ("https://fhir.cascade-cancer.example.org/r4", "Cascade Cancer Institute", "Portland", "OR"),
 11: ("https://fhir.lonestar-university.example.edu/R4", "Lone Star University Hospital", "Houston", "TX"),
 12: ("https://fhir.heartland-kidney.example.org/fhir", "Heartland Kidney and Diabetes Associates", "Omaha", "NE"),
}

def mk(cid, h):
    return B(cid, *H[h])

PRESENT = cc(("sct", "52101004", "Present"))

def sym(b, code, date, enc=None, note=None):
    return b.obs(code, date, cat="exam", text_value=PRESENT, interp=None, enc=enc, note=note)

def cbc(b, d, hb, wbc=7.1, plt=245, male=False, enc=None):
    b.lab("718-7", "Hemoglobin [Mass/volume] in Blood", d, hb, "g/dL", 13.5 if male else 12.0, 17.5 if male else 15.5, enc=enc)
    b.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", d, wbc, "10*3/uL", 4.0, 11.0, enc=enc)
    b.lab("777-3", "Platelets [#/volume] in Blood by Automated count", d, plt, "10*3/uL", 150, 400, enc=enc)

def bmp(b, d, creat=0.8, na=139, k=4.2, glu=92, enc=None, egfr=None):
    b.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", d, na, "mmol/L", 135, 145, enc=enc)
    b.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", d, k, "mmol/L", 3.5, 5.1, enc=enc)
    b.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", d, creat, "mg/dL", 0.6, 1.3 if creat > 1.0 else 1.1, enc=enc)
    b.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", d, glu, "mg/dL", 70, 99, enc=enc)
    if egfr:
        b.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", d, egfr, "mL/min/{1.73_m2}", 60, None, enc=enc)

def tsh(b, d, v, enc=None):
    return b.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", d, v, "m[IU]/L", 0.45, 4.5, enc=enc)

def a1c(b, d, v, enc=None):
    return b.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", d, v, "%", 4.0, 5.6, enc=enc)

FM = ("419772000", "Family practice")
IM = ("419192003", "Internal medicine")

# ---------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP ----------------
def psnw_p1(cid):
    b = mk(cid, 7)
    b.patient("Danielle Renee", "Okafor", "female", "1992-03-14", "NSH-4471902", line="2217 Ridge Ave", postal="60201")
    b.prac("pcp", "Laura", "Kim", *FM, "1457382910")
    b.prac("cards", "Michael", "Feldstein", "394579002", "Cardiology", "1922083417")
    b.coverage("Blue Cross Blue Shield of Illinois", "commercial", "XOF884120931")
    pal = cc(("sct", "80313002", "Palpitations"), ("icd", "R00.2", "Palpitations"))
    b.cond(cc(("sct", "61582004", "Allergic rhinitis"), ("icd", "J30.2", "Other seasonal allergic rhinitis")), "2012-04-01")
    b.cond(cc(("sct", "74400008", "Appendicitis"), ("icd", "K35.80", "Unspecified acute appendicitis")), "2009-08-11", status="resolved", abated="2009-08-20")
    c = b.cond(pal, "2026-04-28", recorded="2026-05-06", recorder="pcp",
               note="Episodes of rapid pounding heartbeat lasting 5-20 min with lightheadedness, 3-4 per week.")
    e1 = b.enc("2026-05-06", "Office visit", prac="pcp", reason=pal)
    sym(b, pal, "2026-05-06", e1)
    b.vitals("2026-05-06", 118, 74, 78, 61.2, e1)
    b.obs(cc(("loinc", "11524-6", "EKG study")), "2026-05-06", cat="procedure", text_value="Normal sinus rhythm, rate 76, normal intervals, no pre-excitation", interp="N", enc=e1)
    cbc(b, "2026-05-06", 13.4, enc=e1)
    bmp(b, "2026-05-06", enc=e1)
    tsh(b, "2026-05-06", 1.8, e1)
    b.lab("2601-3", "Magnesium [Mass/volume] in Serum or Plasma", "2026-05-06", 2.1, "mg/dL", 1.7, 2.4, enc=e1)
    e2 = b.enc("2026-07-14", "New patient consultation", prac="cards", reason=pal, svc="Cardiology")
    sym(b, pal, "2026-07-14", e2)
    b.vitals("2026-07-14", 116, 72, 82, 61.0, e2)
    ef = b.obs(cc(("loinc", "10230-1", "Left ventricular Ejection fraction")), "2026-07-28", 62, "%", 52, 72, cat="imaging")
    b.dr(cc(("loinc", "34552-0", "Cardiac 2D echo panel")), "2026-07-28", "Structurally normal heart. LVEF 62%. No valvular disease.", results=[ef], cat=("CUS", "Cardiac Ultrasound"), prac="cards")
    hol = b.obs(cc(text="14-day ambulatory ECG patch monitor"), "2026-08-15", cat="procedure", text_value="Sinus rhythm throughout, rare isolated PACs (<1%). 9 patient-triggered events correlated with sinus rhythm 88-104 bpm.", interp="N")
    b.dr(cc(text="Extended ambulatory ECG monitor report"), "2026-08-18", "No arrhythmia identified. Symptom-rhythm correlation: sinus rhythm.", results=[hol], cat=("EC", "Electrocardiac"), prac="cards")
    e3 = b.enc("2026-09-22", "Follow-up visit", prac="cards", reason=pal, svc="Cardiology")
    sym(b, pal, "2026-09-22", e3)
    b.note("2026-09-22", "Cardiology follow-up", """Cardiology follow-up. 34F with palpitations and lightheadedness since late April.
Echo normal, 14-day monitor without arrhythmia; triggered events sinus rhythm. Exam normal.
Impression: no cardiac cause identified. Reassured; nothing further from a cardiology standpoint. Return as needed.""", prac="cards", enc=e3)
    e4 = b.enc("2026-11-17", "Office visit", prac="pcp", reason=pal)
    sym(b, pal, "2026-11-17", e4, note="Still 3-5 episodes/week, two near-faints at work in October.")
    b.vitals("2026-11-17", 114, 70, 80, 60.1, e4)
    b.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-11-17", 48, "ng/mL", 15, 150, enc=e4)
    b.note("2026-11-17", "Office visit", """Follow-up palpitations. Ongoing episodes, now with two near-syncopal spells at work. She reports being told by cardiology that 'everything is normal'.
Orthostatic vitals unremarkable. Labs including TSH, CBC, electrolytes, magnesium, ferritin all within normal limits. ECG, echo and 2-week monitor normal.
No diagnosis established. Discussed options; she is frustrated. Plan: symptom diary, hydration, recheck in 6 weeks.""", prac="pcp", enc=e4)
    b.medstmt(cc(("rx", "28889", "loratadine"), text="loratadine 10 mg tablet"), "2019-04-01", "10 mg by mouth daily in spring")
    return b, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], \
        "Palpitations with near-syncope recorded on 4 dates over ~7 months (Apr-Nov 2026); ECG, echo, 14-day monitor and labs all normal; no explanatory diagnosis.", \
        "34F palpitations/near-syncope for 7 months, entirely normal cardiac work-up, no diagnosis"

def psnw_p2(cid):
    b = mk(cid, 9)
    b.patient("Karen Louise", "Whitcomb", "female", "1979-09-02", "GSM00718842", line="48 Elm St", postal="03104")
    b.prac("pcp", "Steven", "Archambault", *IM, "1548203391")
    b.prac("neuro", "Priya", "Raman", "394591006", "Neurology", "1679320014")
    b.coverage("Harvard Pilgrim Health Care", "hmo", "HP7730218")
    num = cc(("sct", "44077006", "Numbness"), text="Numbness and tingling in both feet and hands")
    b.cond(cc(("sct", "235595009", "Gastroesophageal reflux disease"), ("icd", "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2018-02-10")
    b.cond(cc(("sct", "202882003", "Plantar fasciitis"), ("icd", "M72.2", "Plantar fascial fibromatosis")), "2023-03-01", status="resolved", abated="2023-09-01")
    b.medstmt(cc(("rx", "7646", "omeprazole"), text="omeprazole 20 mg capsule"), "2018-02-10", "20 mg daily before breakfast")
    e1 = b.enc("2026-06-03", "Office visit", prac="pcp", reason=num)
    sym(b, num, "2026-06-03", e1, note="Burning tingling both soles, fingertips numb in the mornings; 6 weeks.")
    b.vitals("2026-06-03", 122, 78, 70, 68.4, e1)
    b.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", "2026-06-03", 512, "pg/mL", 200, 900, enc=e1)
    a1c(b, "2026-06-03", 5.3, e1)
    tsh(b, "2026-06-03", 2.2, e1)
    cbc(b, "2026-06-03", 13.1, enc=e1)
    bmp(b, "2026-06-03", enc=e1)
    b.lab("1989-3", "25-hydroxyvitamin D3 [Mass/volume] in Serum or Plasma", "2026-06-03", 34, "ng/mL", 30, 100, enc=e1)
    e2 = b.enc("2026-08-12", "Office visit", prac="pcp", reason=num)
    sym(b, num, "2026-08-12", e2)
    b.obs(cc(("loinc", "35508-1", "Protein electrophoresis panel - Serum")), "2026-08-12", cat="laboratory", text_value="No monoclonal protein detected", interp="N", enc=e2)
    e3 = b.enc("2026-10-07", "New patient consultation", prac="neuro", reason=num, svc="Neurology")
    sym(b, num, "2026-10-07", e3)
    ncs = b.obs(cc(text="Nerve conduction studies and needle EMG, upper and lower limbs"), "2026-09-24", cat="procedure", text_value="Normal study. No electrodiagnostic evidence of large-fiber polyneuropathy, radiculopathy or carpal tunnel syndrome.", interp="N")
    b.dr(cc(text="Electrodiagnostic report"), "2026-09-24", "Normal nerve conduction and EMG study.", results=[ncs], cat=("NRS", "Nursing service measures"), prac="neuro")
    b.dr(cc(("loinc", "30597-9", "MR Cervical spine WO contrast")), "2026-10-02", "Normal MRI cervical spine. No cord signal abnormality or stenosis.", prac="neuro")
    b.note("2026-10-07", "Neurology consultation", """Neurology consult for paresthesias of hands and feet since April 2026.
Exam: strength, reflexes, vibration, proprioception and pinprick normal. Romberg negative.
B12, A1c, TSH, SPEP, vitamin D normal. NCS/EMG normal. MRI C-spine normal.
Impression: sensory symptoms without objective neurological deficit. No neurological disease identified. Follow up as needed.""", prac="neuro", enc=e3)
    e4 = b.enc("2026-11-18", "Office visit", prac="pcp", reason=num)
    sym(b, num, "2026-11-18", e4, note="Symptoms unchanged, now waking at night with burning feet.")
    b.vitals("2026-11-18", 120, 76, 72, 67.9, e4)
    b.note("2026-11-18", "Office visit", """Persistent numbness/tingling hands and feet, now ~7 months, interfering with sleep.
All investigations so far normal (B12, A1c, TSH, SPEP, CBC, CMP, NCS/EMG, MRI C-spine). Neurology found no deficit and discharged her.
No unifying diagnosis. Patient asks what else can be done. Will discuss at next visit.""", prac="pcp", enc=e4)
    return b, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], \
        "Symptom Observations of limb numbness on 4 dates Jun-Nov 2026 (>8 weeks); labs, electrodiagnostics and MRI all normal; no diagnosis made.", \
        "47F distal paresthesias 7 months, normal labs/NCS/MRI, discharged by neurology"

def psnw_p3(cid):
    b = mk(cid, 6)
    b.patient("Marcus Anthony", "Delgado", "male", "1988-01-22", "DSH-20931177", line="915 W Speedway Blvd", postal="85705")
    b.prac("pcp", "Helen", "Tsosie", *FM, "1730592286")
    b.prac("ed", "Craig", "Hollister", "773568002", "Emergency medicine", "1093847261")
    b.coverage("Arizona Health Care Cost Containment System", "medicaid", "A55102938")
    dz = cc(("sct", "404640003", "Dizziness"), ("icd", "R42", "Dizziness and giddiness"))
    b.cond(cc(("sct", "195967001", "Asthma"), ("icd", "J45.20", "Mild intermittent asthma, uncomplicated")), "2004-05-01")
    b.cond(cc(("sct", "44465007", "Sprain of ankle"), ("icd", "S93.401A", "Sprain of unspecified ligament of right ankle, initial encounter")), "2022-06-18", status="resolved", abated="2022-08-01")
    b.medstmt(cc(("rx", "435", "albuterol"), text="albuterol 90 mcg/actuation inhaler"), "2015-01-01", "2 puffs every 4-6 h as needed")
    e1 = b.enc("2026-11-03", "Office visit", prac="pcp", reason=dz, etype=cc(("cpt", "99213", "Office or other outpatient visit, established patient, low MDM")))
    b.vitals("2026-11-03", 126, 80, 76, 82.0, e1)
    b.cond(dz, "2026-10-28", cat="encounter-diagnosis", recorded="2026-11-03", enc=e1, note="Episodic imbalance and lightheadedness x1 week; no vertigo on Dix-Hallpike.")
    cbc(b, "2026-11-03", 15.2, male=True, enc=e1)
    bmp(b, "2026-11-03", creat=0.9, enc=e1)
    b.medreq(cc(("rx", "6754", "meclizine"), text="meclizine 25 mg tablet"), "2026-11-03", "25 mg every 8 h as needed for dizziness", prac="pcp")
    b.note("2026-11-03", "Office visit", """38M with 1 week of episodic unsteadiness and lightheadedness, mild headache. No focal deficits. Dix-Hallpike negative. Orthostatics negative.
Likely benign; trial meclizine, hydrate. Return if worse.""", prac="pcp", enc=e1)
    e2 = b.enc("2026-11-08T22:14:00-07:00", "Emergency department visit", cls="EMER", prac="ed", reason=dz, end="2026-11-09T03:40:00-07:00",
               admit=("emd", "From accident/emergency department"), disp=("home", "Home"))
    b.vitals("2026-11-08T22:30:00-07:00", 138, 86, 88, 82.0, e2)
    b.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-11-08T22:40:00-07:00", 101, "mg/dL", 70, 140, enc=e2)
    b.obs(cc(("loinc", "11524-6", "EKG study")), "2026-11-08T22:35:00-07:00", cat="procedure", text_value="Sinus rhythm, normal ECG", interp="N", enc=e2)
    b.dr(cc(("loinc", "30799-1", "CT Head WO contrast")), "2026-11-08", "No acute intracranial abnormality.", prac="ed")
    b.note("2026-11-08", "ED provider note", """Returns with worsening dizziness, felt 'drunk' walking, vomited twice. Neuro exam nonfocal per ED exam. CT head negative. ECG normal.
Dx: dizziness. Meclizine and ondansetron given, improved. Discharged home, follow up with PCP.""", prac="ed", enc=e2)
    e3 = b.enc("2026-11-14", "Urgent care visit (walk-in)", reason=dz, svc="Urgent care",
               etype=cc(("cpt", "S9088", "Services provided in an urgent care center")))
    b.vitals("2026-11-14", 132, 84, 84, 81.6, e3)
    b.note("2026-11-14", "Urgent care note", """Walk-in. Third visit in under 2 weeks for dizziness; now also intermittent double vision when tired. Neuro screen 'grossly normal'. Told ED workup was normal.
Advised rest, continue meclizine, follow up with primary care.""", enc=e3)
    return b, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"], \
        "Return-visit e-trigger: primary-care visit 2026-11-03 followed by two unscheduled visits (ED 11-08, urgent care 11-14) within 14 days, each with normal work-up and no diagnosis.", \
        "38M dizziness: PCP visit then ED and urgent-care returns within 14 days, all 'normal'"

def psnw_n1(cid):
    b = mk(cid, 3)
    b.patient("Janet Marie", "Kowalczyk", "female", "1974-06-30", "LKC-0092231", line="3320 S Kinnickinnic Ave", postal="53207")
    b.prac("pcp", "Robert", "Lindqvist", *FM, "1205938847")
    b.coverage("Quartz Health Solutions", "commercial", "QZ1190024")
    fat = cc(("sct", "84229001", "Fatigue"), ("icd", "R53.83", "Other fatigue"))
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2019-01-15")
    b.cond(cc(("sct", "161891005", "Backache"), ("icd", "M54.50", "Low back pain, unspecified")), "2021-09-01", status="resolved", abated="2021-12-01")
    b.medstmt(cc(("rx", "83367", "atorvastatin"), text="atorvastatin 20 mg tablet"), "2019-02-01", "20 mg nightly")
    e1 = b.enc("2026-04-14", "Office visit", prac="pcp", reason=fat)
    fc = b.cond(fat, "2026-03-01", recorded="2026-04-14", status="resolved", abated="2026-11-10", enc=e1,
                note="Tiredness, weight gain ~4 kg, feeling cold; resolved on thyroid replacement.")
    sym(b, fat, "2026-04-14", e1)
    b.vitals("2026-04-14", 124, 80, 64, 78.3, e1)
    cbc(b, "2026-04-14", 12.8, enc=e1)
    bmp(b, "2026-04-14", enc=e1)
    tsh(b, "2026-04-14", 4.1, e1)
    e2 = b.enc("2026-06-20", "Office visit", prac="pcp", reason=fat)
    sym(b, fat, "2026-06-20", e2)
    e3 = b.enc("2026-08-25", "Office visit", prac="pcp", reason=fat)
    sym(b, fat, "2026-08-25", e3, note="Worse; constipation, dry skin, hair thinning.")
    b.vitals("2026-08-25", 128, 82, 58, 81.0, e3)
    tsh(b, "2026-08-25", 11.8, e3)
    b.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2026-08-25", 0.6, "ng/dL", 0.8, 1.8, enc=e3)
    b.lab("8099-4", "Thyroperoxidase Ab [Units/volume] in Serum or Plasma", "2026-08-25", 412, "[IU]/mL", None, 34, enc=e3)
    hc = b.cond(cc(("sct", "21983002", "Hashimoto thyroiditis"), ("icd", "E06.3", "Autoimmune thyroiditis")), "2026-08-25", enc=e3, recorder="pcp")
    b.medreq(cc(("rx", "10582", "levothyroxine"), text="levothyroxine 75 mcg tablet"), "2026-08-27", "75 mcg daily on empty stomach", reason=hc, prac="pcp")
    b.note("2026-08-25", "Office visit", """Fatigue, weight gain, cold intolerance since spring. April TSH 4.1 (upper normal). Now TSH 11.8, free T4 low, TPO antibodies strongly positive.
Assessment: primary hypothyroidism due to Hashimoto thyroiditis, explains symptoms. Start levothyroxine 75 mcg, recheck 8-10 weeks.""", prac="pcp", enc=e3)
    e4 = b.enc("2026-11-10", "Office visit", prac="pcp")
    b.vitals("2026-11-10", 122, 78, 66, 79.1, e4)
    tsh(b, "2026-11-10", 3.2, e4)
    b.note("2026-11-10", "Office visit", """Thyroid follow-up. Energy much better, no longer cold, lost 2 kg. TSH 3.2 on 75 mcg.
Fatigue resolved. Continue current dose, TSH in 6 months.""", prac="pcp", enc=e4)
    return b, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [], \
        "Fatigue recorded on 3 dates over >8 weeks with initially normal labs, but Hashimoto hypothyroidism was diagnosed in August and explains it; symptoms resolved on levothyroxine.", \
        "52F fatigue/weight gain later explained by Hashimoto hypothyroidism, resolved on treatment"

def psnw_n2(cid):
    b = mk(cid, 8)
    b.patient("Elijah James", "Thornton", "male", "2017-02-11", "BCH-5518830", line="7702 N Florida Ave", postal="33604")
    b.prac("ped", "Natalie", "Ruiz", "394537008", "Pediatrics", "1336094728")
    b.prac("oph", "Samuel", "Osei", "394594003", "Ophthalmology", "1841220093")
    b.coverage("Florida Healthy Kids", "medicaid", "FHK30019922")
    ha = cc(("sct", "25064002", "Headache"), ("icd", "R51.9", "Headache, unspecified"))
    b.cond(cc(("sct", "24079001", "Atopic dermatitis"), ("icd", "L20.9", "Atopic dermatitis, unspecified")), "2018-01-10", status="resolved", abated="2022-05-01")
    b.imm("20", "DTaP", "2021-03-02")
    b.imm("88", "influenza virus vaccine, unspecified formulation", "2026-10-01")
    e1 = b.enc("2026-09-29", "Well child / sick visit", prac="ped", reason=ha)
    hc = b.cond(ha, "2026-09-15", cat="encounter-diagnosis", recorded="2026-09-29", status="resolved", abated="2026-11-20", enc=e1,
                note="Frontal headaches late afternoon on school days, since start of 4th grade.")
    sym(b, ha, "2026-09-29", e1)
    b.vitals("2026-09-29", 102, 64, 88, 29.5, e1)
    b.obs(cc(("loinc", "8302-2", "Body height")), "2026-09-29", 134, "cm", cat="vital-signs", interp=None, enc=e1)
    e2 = b.enc("2026-10-13", "Office visit", prac="ped", reason=ha)
    sym(b, ha, "2026-10-13", e2, note="Teacher reports squinting at the board.")
    cbc(b, "2026-10-13", 12.9, wbc=6.8, enc=e2)
    b.obs(cc(("loinc", "79894-2", "Visual acuity screening panel")), "2026-10-13", cat="exam", text_value="Right 20/50, left 20/50 (Snellen, uncorrected)", interp="A", enc=e2)
    b.sr(cc(("sct", "183542007", "Referral to ophthalmology service")), "2026-10-13", status="completed", reason=hc, prac="ped")
    e3 = b.enc("2026-10-27", "Ophthalmology consultation", prac="oph", reason=ha, svc="Pediatric ophthalmology")
    sym(b, ha, "2026-10-27", e3)
    b.obs(cc(text="Cycloplegic refraction"), "2026-10-27", cat="exam", text_value="OD -1.75 DS, OS -1.50 -0.25 x 180", interp="A", enc=e3)
    b.obs(cc(text="Dilated fundus examination"), "2026-10-27", cat="exam", text_value="Normal optic discs, no papilledema, normal retina both eyes", interp="N", enc=e3)
    my = b.cond(cc(("sct", "57190000", "Myopia"), ("icd", "H52.13", "Myopia, bilateral")), "2026-10-27", enc=e3, recorder="oph")
    b.note("2026-10-27", "Pediatric ophthalmology consult", """9-year-old with 6 weeks of late-day frontal headaches. Uncorrected VA 20/50 OU. Cycloplegic refraction: bilateral myopia.
Fundi normal, no papilledema; motility and alignment normal.
Assessment: uncorrected myopia, likely cause of headaches/eyestrain. Glasses prescribed. Recheck 12 months.""", prac="oph", enc=e3)
    b.comm("2026-11-20T10:12:00-05:00", "Phone follow-up with mother: glasses worn since 11/3, no headaches for two weeks, doing well at school.",
           b.pr["ped"], b.pats)
    return b, "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [], \
        "Headaches recorded on 3 dates but over only 4 weeks, and explained by newly diagnosed myopia; resolved with glasses.", \
        "9M school-day headaches over 4 weeks, explained by myopia, resolved with glasses"

# ---------------- DIAGNOSIS_SYMPTOM_MISMATCH ----------------
def dsm_p1(cid):
    b = mk(cid, 4)
    b.patient("Gerald Wayne", "Pruitt", "male", "1969-11-05", "SCM-00620418", line="1408 Harford Rd", postal="21218")
    b.prac("pcp", "Angela", "Moreau", *IM, "1619283745")
    b.coverage("CareFirst BlueChoice", "hmo", "CFB445120977")
    fd = cc(("sct", "3696007", "Functional dyspepsia"), ("icd", "K30", "Functional dyspepsia"))
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2016-03-01")
    b.cond(cc(("sct", "77176002", "Smoker"), ("icd", "F17.210", "Nicotine dependence, cigarettes, uncomplicated")), "1987-01-01")
    b.medstmt(cc(("rx", "29046", "lisinopril"), text="lisinopril 20 mg tablet"), "2016-03-01", "20 mg daily")
    b.dr(cc(("cpt", "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy")), "2025-07-22",
         "Normal esophagus, stomach and duodenum. Gastric biopsies: no H. pylori, no intestinal metaplasia.", cat=("GE", "Gastroenterology"))
    e0 = b.enc("2025-08-12", "Office visit", prac="pcp", reason=fd)
    b.cond(fd, "2025-04-01", recorded="2025-08-12", enc=e0, recorder="pcp")
    b.vitals("2025-08-12", 134, 84, 72, 84.1, e0)
    b.medreq(cc(("rx", "7646", "omeprazole"), text="omeprazole 40 mg capsule"), "2025-08-12", "40 mg daily before breakfast", prac="pcp")
    e1 = b.enc("2026-03-10", "Office visit", prac="pcp", reason=fd)
    b.vitals("2026-03-10", 132, 82, 70, 82.9, e1)
    sym(b, cc(("sct", "79922009", "Epigastric pain")), "2026-03-10", e1)
    e2 = b.enc("2026-08-19", "Office visit", prac="pcp", reason=fd)
    b.vitals("2026-08-19", 130, 80, 74, 79.6, e2)
    sym(b, cc(("sct", "40739000", "Dysphagia"), text="Food sticking behind breastbone (solids)"), "2026-08-19", e2)
    cbc(b, "2026-08-19", 14.1, male=True, enc=e2)
    bmp(b, "2026-08-19", creat=0.9, enc=e2)
    e3 = b.enc("2026-11-05", "Office visit", prac="pcp", reason=fd)
    b.vitals("2026-11-05", 128, 80, 78, 76.6, e3)
    sym(b, cc(("sct", "40739000", "Dysphagia")), "2026-11-05", e3, note="Now daily with meat and bread; sometimes regurgitates.")
    sym(b, cc(("sct", "448765001", "Unintentional weight loss")), "2026-11-05", e3, note="84.1 kg (8/2025) -> 76.6 kg, ~9% loss.")
    b.note("2026-11-05", "Office visit", """56M, long-standing functional dyspepsia (EGD 7/2025 normal). Still epigastric discomfort.
Since summer: progressive solid-food dysphagia and ~7.5 kg unintentional weight loss. Smoker 35 pack-years.
Assessment: functional dyspepsia, symptoms ongoing. Plan: change to pantoprazole BID, small meals, revisit in 3 months.""", prac="pcp", enc=e3)
    b.medreq(cc(("rx", "40790", "pantoprazole"), text="pantoprazole 40 mg tablet"), "2026-11-05", "40 mg twice daily", prac="pcp")
    return b, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], \
        "Functional dyspepsia label active 15 months while symptoms continue; new progressive dysphagia and 9% weight loss in a smoker are alarm features the functional label cannot explain.", \
        "56M 'functional dyspepsia' for 15 months, now progressive dysphagia and weight loss"

def dsm_p2(cid):
    b = mk(cid, 5)
    b.patient("Brenda Kay", "Hollifield", "female", "1965-04-19", "PFP-118204", line="22 Sunset Dr", postal="28806")
    b.prac("pcp", "Thomas", "Greer", *FM, "1386029475")
    b.coverage("Aetna Choice POS II", "commercial", "W228417735")
    gad = cc(("sct", "21897009", "Generalized anxiety disorder"), ("icd", "F41.1", "Generalized anxiety disorder"))
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.00", "Pure hypercholesterolemia, unspecified")), "2021-05-10")
    b.cond(cc(("sct", "312894000", "Osteopenia"), ("icd", "M85.80", "Other specified disorders of bone density and structure, unspecified site")), "2023-02-01")
    b.cond(cc(("sct", "10509002", "Acute bronchitis"), ("icd", "J20.9", "Acute bronchitis, unspecified")), "2025-01-15", status="resolved", abated="2025-02-05")
    e1 = b.enc("2026-06-10", "Office visit", prac="pcp", reason=cc(("sct", "29857009", "Chest pain"), text="Chest tightness episodes"))
    g = b.cond(gad, "2026-06-10", enc=e1, recorder="pcp", note="Episodes of chest tightness, breathlessness and sweating attributed to anxiety.")
    b.vitals("2026-06-10", 138, 86, 84, 71.0, e1)
    b.obs(cc(("loinc", "11524-6", "EKG study")), "2026-06-10", cat="procedure", text_value="Sinus rhythm, nonspecific T-wave flattening", interp="N", enc=e1)
    b.obs(cc(("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-06-10", 12, "{score}", cat="survey", interp=None, enc=e1)
    b.medreq(cc(("rx", "36437", "sertraline"), text="sertraline 50 mg tablet"), "2026-06-10", "50 mg daily", reason=g, prac="pcp")
    e2 = b.enc("2026-09-02", "Office visit", prac="pcp", reason=gad)
    b.obs(cc(("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-09-02", 6, "{score}", cat="survey", interp=None, enc=e2)
    sym(b, cc(("sct", "29857009", "Chest pain"), text="Chest pressure with exertion radiating to jaw"), "2026-09-02", e2, note="Comes on climbing stairs at work, eases with rest.")
    b.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-09-02", 178, "mg/dL", None, 100, enc=e2)
    e3 = b.enc("2026-11-12", "Office visit", prac="pcp", reason=gad)
    sym(b, cc(("sct", "29857009", "Chest pain"), text="Exertional chest pressure"), "2026-11-12", e3, note="Now with walking uphill, 2-3 times a week, left arm heaviness.")
    b.obs(cc(("loinc", "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")), "2026-11-12", 5, "{score}", cat="survey", interp=None, enc=e3)
    b.obs(cc(("loinc", "11524-6", "EKG study")), "2026-11-12", cat="procedure", text_value="Sinus rhythm 88. 1 mm horizontal ST depression V4-V6, new compared with 6/2026", interp="A", enc=e3)
    b.lab("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method", "2026-11-12", 4, "ng/L", None, 16, enc=e3)
    b.vitals("2026-11-12", 142, 88, 88, 71.4, e3)
    b.note("2026-11-12", "Office visit", """61F with GAD diagnosed June for chest tightness/sweating episodes. Anxiety much improved on sertraline (GAD-7 12 -> 5).
However episodes continue and are now exertional with jaw and left arm heaviness, relieved by rest. ECG today: new 1 mm ST depression V4-V6. hs-troponin normal.
Assessment: anxiety, well controlled; chest symptoms likely somatic anxiety. Continue sertraline 50 mg. Consider statin at next visit.""", prac="pcp", enc=e3)
    return b, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], \
        "Chest symptoms labelled as generalized anxiety; anxiety scores improved yet exertional angina-type pain and new ST depression persist, which the anxiety diagnosis does not explain.", \
        "61F exertional chest pressure with new ST depression attributed to anxiety"

def dsm_p3(cid):
    b = mk(cid, 11)
    b.patient("Alyssa Nicole", "Breaux", "female", "1999-07-08", "LSU-7720391", line="5403 Bellaire Blvd Apt 12", postal="77081")
    b.prac("pcp", "Kevin", "Nguyen", *FM, "1770394851")
    b.prac("opt", "Rachel", "Stein", "394594003", "Ophthalmology", "1912834750")
    b.coverage("UnitedHealthcare Choice Plus", "commercial", "UHC902837461")
    mig = cc(("sct", "56097005", "Migraine without aura"), ("icd", "G43.009", "Migraine without aura, not intractable, without status migrainosus"))
    b.cond(cc(("sct", "414916001", "Obesity"), ("icd", "E66.9", "Obesity, unspecified")), "2021-01-01")
    b.cond(cc(("sct", "69878008", "Polycystic ovaries"), ("icd", "E28.2", "Polycystic ovarian syndrome")), "2019-05-01")
    e1 = b.enc("2026-02-18", "Office visit", prac="pcp", reason=cc(("sct", "25064002", "Headache")))
    m = b.cond(mig, "2026-01-10", recorded="2026-02-18", enc=e1, recorder="pcp")
    b.vitals("2026-02-18", 124, 78, 76, 101.2, e1)
    b.obs(cc(("loinc", "39156-5", "Body mass index (BMI) [Ratio]")), "2026-02-18", 36.9, "kg/m2", cat="vital-signs", interp=None, enc=e1)
    b.medreq(cc(("rx", "37418", "sumatriptan"), text="sumatriptan 50 mg tablet"), "2026-02-18", "50 mg at onset, may repeat in 2 h", reason=m, prac="pcp")
    b.medreq(cc(("rx", "8787", "propranolol"), text="propranolol ER 60 mg capsule"), "2026-04-22", "60 mg daily; increased to 120 mg 11/2026", reason=m, prac="pcp")
    e2 = b.enc("2026-07-14", "Office visit", prac="pcp", reason=mig)
    sym(b, cc(("sct", "25064002", "Headache"), text="Daily headache, worse lying down and in the morning"), "2026-07-14", e2)
    sym(b, cc(text="Transient visual obscurations (vision greys out for seconds on standing)"), "2026-07-14", e2)
    e3 = b.enc("2026-10-20", "Eye examination", prac="opt", svc="Optometry/ophthalmology")
    b.obs(cc(("sct", "423341008", "Optic disc edema")), "2026-10-20", cat="exam", text_value=cc(("sct", "52101004", "Present"), text="Bilateral optic disc swelling, Frisen grade 2"), interp="A", enc=e3)
    b.obs(cc(text="Automated visual field, 24-2"), "2026-10-20", cat="exam", text_value="Enlarged physiologic scotoma both eyes", interp="A", enc=e3)
    b.note("2026-10-20", "Eye examination", """Routine eye exam, 27F. Reports daily headaches and whooshing noise in ears. VA 20/20 OU.
Fundus: bilateral optic disc swelling with obscured margins (Frisen 2). Visual fields: enlarged physiologic scotoma OU.
Impression: bilateral papilledema. Letter sent to primary care recommending urgent neuroimaging and neuro-ophthalmology.""", prac="opt", enc=e3)
    e4 = b.enc("2026-11-09", "Office visit", prac="pcp", reason=mig)
    sym(b, cc(("sct", "60862001", "Tinnitus"), text="Pulsatile tinnitus, both ears"), "2026-11-09", e4)
    b.vitals("2026-11-09", 126, 80, 74, 103.0, e4)
    b.note("2026-11-09", "Office visit", """Migraine follow-up. Headaches near-daily despite propranolol; positional, worse mornings; whooshing in ears. Eye doctor letter noted.
Assessment: chronic migraine, poorly controlled. Increase propranolol ER to 120 mg. Headache diary. Follow up 3 months.""", prac="pcp", enc=e4)
    return b, "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"], \
        "Migraine diagnosis kept while papilledema, transient visual obscurations and pulsatile tinnitus appear; migraine does not account for optic disc swelling (raised intracranial pressure picture).", \
        "27F obese 'migraine' with new papilledema, visual obscurations, pulsatile tinnitus"

def dsm_n1(cid):
    b = mk(cid, 2)
    b.patient("Luis Alberto", "Carrillo", "male", "1982-12-01", "MVH-3309128", line="4120 Franklin Blvd", postal="95820")
    b.prac("pcp", "Jennifer", "Ambrose", *FM, "1447283910")
    b.prac("surg", "Daniel", "Okimoto", "394609007", "General surgery", "1093384756")
    b.coverage("Anthem Blue Cross PPO", "commercial", "ABC55813920")
    ap = cc(("icd", "R10.9", "Unspecified abdominal pain"), ("sct", "21522001", "Abdominal pain"))
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2020-06-01")
    b.cond(cc(("sct", "197315008", "Non-alcoholic fatty liver"), ("icd", "K76.0", "Fatty (change of) liver, not elsewhere classified")), "2024-03-01")
    b.medstmt(cc(("rx", "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "2020-06-01", "5 mg daily")
    e1 = b.enc("2025-11-04", "Office visit", prac="pcp", reason=ap)
    b.cond(ap, "2025-10-20", cat="encounter-diagnosis", recorded="2025-11-04", status="resolved", abated="2026-03-17", enc=e1,
           note="Intermittent post-prandial upper abdominal pain.")
    b.vitals("2025-11-04", 132, 84, 76, 96.0, e1)
    b.lab("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", "2025-11-04", 38, "U/L", 7, 56, enc=e1)
    b.lab("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma", "2025-11-04", 0.8, "mg/dL", 0.2, 1.2, enc=e1)
    b.lab("1798-8", "Amylase [Enzymatic activity/volume] in Serum or Plasma", "2025-11-04", 62, "U/L", 28, 100, enc=e1)
    e2 = b.enc("2026-01-28", "Office visit", prac="pcp", reason=ap)
    sym(b, cc(("sct", "285388007", "Right upper quadrant pain")), "2026-01-28", e2, note="After fatty meals, lasting 1-3 hours, radiating to right shoulder.")
    b.dr(cc(("loinc", "24558-9", "US Abdomen")), "2026-02-11", "Multiple gallstones up to 1.4 cm, gallbladder wall 4 mm. Mild hepatic steatosis. CBD 4 mm.", prac="surg")
    gs = b.cond(cc(("sct", "266474003", "Calculus of gallbladder with cholecystitis"), ("icd", "K80.10", "Calculus of gallbladder with chronic cholecystitis without obstruction")),
                "2026-02-11", status="resolved", abated="2026-03-17", recorder="surg")
    e3 = b.enc("2026-02-24", "Surgical consultation", prac="surg", reason=gs, svc="General surgery")
    sr = b.sr(cc(("cpt", "47562", "Laparoscopy, surgical; cholecystectomy")), "2026-02-24", status="completed", reason=gs, prac="surg", occ="2026-03-17")
    e4 = b.enc("2026-03-17", "Day surgery", cls="IMP", prac="surg", end="2026-03-17", reason=gs)
    b.proc(cc(("cpt", "47562", "Laparoscopy, surgical; cholecystectomy")), "completed", "2026-03-17T10:30:00-07:00", reason=gs, prac="surg", based_on=sr)
    b.dr(cc(("loinc", "22634-0", "Pathology report")), "2026-03-19", "Gallbladder: chronic cholecystitis with cholelithiasis. No dysplasia.", cat=("SP", "Surgical Pathology"))
    e5 = b.enc("2026-04-01", "Post-operative visit", prac="surg")
    e6 = b.enc("2026-10-15", "Annual wellness visit", prac="pcp")
    b.vitals("2026-10-15", 128, 80, 70, 92.5, e6)
    b.note("2026-10-15", "Annual visit", """44M annual visit. Cholecystectomy in March for symptomatic gallstones; abdominal pain fully resolved since surgery, tolerating all foods.
BP at goal on amlodipine. Weight down 3.5 kg. Continue lifestyle measures for fatty liver.""", prac="pcp", enc=e6)
    return b, "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [], \
        "Unspecified abdominal pain (R10.9) was replaced within 4 months by gallstone disease, treated by cholecystectomy; the catch-all code is resolved and symptoms stopped.", \
        "44M R10.9 abdominal pain resolved after gallstones found and gallbladder removed"

def dsm_n2(cid):
    b = mk(cid, 9)
    b.patient("Richard Allen", "Beaulieu", "male", "1958-05-27", "GSM00533019", line="9 Pine Hill Rd", postal="03102")
    b.prac("pcp", "Susan", "Marchetti", *IM, "1568301942")
    b.prac("uro", "Ahmed", "Farouk", "394612005", "Urology", "1053928476")
    b.coverage("Medicare Part B", "medicare", "1EG4-TE5-MK73")
    bph = cc(("sct", "266569009", "Benign prostatic hyperplasia"), ("icd", "N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"))
    b.cond(cc(("sct", "38341003", "Hypertensive disorder"), ("icd", "I10", "Essential (primary) hypertension")), "2012-01-01")
    b.cond(cc(("sct", "55822004", "Hyperlipidemia"), ("icd", "E78.5", "Hyperlipidemia, unspecified")), "2014-01-01")
    c = b.cond(bph, "2023-05-10", recorder="uro")
    b.medstmt(cc(("rx", "77492", "tamsulosin"), text="tamsulosin 0.4 mg capsule"), "2023-05-10", "0.4 mg nightly", reason=c)
    b.medstmt(cc(("rx", "29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2012-02-01", "10 mg daily")
    b.medstmt(cc(("rx", "36567", "simvastatin"), text="simvastatin 20 mg tablet"), "2014-02-01", "20 mg nightly")
    ipss = cc(text="International Prostate Symptom Score (IPSS) total")
    for d, v, psa in (("2026-03-16", 14, None), ("2026-07-20", 12, 2.0), ("2026-11-16", 13, None)):
        e = b.enc(d, "Urology follow-up", prac="uro", reason=bph, svc="Urology")
        b.obs(ipss, d, v, "{score}", cat="survey", interp=None, enc=e)
        sym(b, cc(("sct", "139394000", "Nocturia"), text="Nocturia x2, weak stream, frequency"), d, e)
        if psa:
            b.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", d, psa, "ng/mL", None, 4.0, enc=e)
            b.obs(cc(("loinc", "24357-6", "Urinalysis macro (dipstick) panel - Urine")), d, cat="laboratory", text_value="Negative for blood, leukocytes, nitrite, protein, glucose", interp="N", enc=e)
    b.lab("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma", "2025-07-14", 1.9, "ng/mL", None, 4.0)
    b.obs(cc(text="Post-void residual volume by bladder scan"), "2026-07-20", 60, "mL", cat="exam", interp="N", ref_text="<100 mL")
    b.note("2026-11-16", "Urology follow-up", """68M with BPH/LUTS on tamsulosin. Nocturia x2, mild weak stream, frequency; stable, moderately bothersome. IPSS 13 (12-14 over the year).
DRE: smooth, ~40 g, no nodules. PSA 2.0 stable. UA negative. PVR 60 mL.
Symptoms consistent with BPH. Discussed adding finasteride; he prefers to continue current plan. Return 6 months.""", prac="uro")
    return b, "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [], \
        "BPH with LUTS is a specific diagnosis that accounts for all recorded symptoms (nocturia, weak stream, frequency); PSA, urinalysis and residual volume are normal and IPSS is stable.", \
        "68M BPH with stable lower urinary tract symptoms fully explained by the diagnosis"

CASES = [psnw_p1, psnw_p2, psnw_p3, psnw_n1, psnw_n2, dsm_p1, dsm_p2, dsm_p3, dsm_n1, dsm_n2]
