from fhirlib import *

EST = lambda lvl="99213": cc((CPT, lvl, "Office/outpatient visit, established patient"), text="Office visit")
NEW = lambda lvl="99204": cc((CPT, lvl, "Office/outpatient visit, new patient"), text="New patient visit")


# ---------------------------------------------------------------- PERSISTENT positives
def ps_syncope_teen(cid):
    """15F recurrent dizziness / near-syncope, months of normal workup, no diagnosis."""
    c = Case(cid, "https://fhir.prairiekidsclinic.org/r4")
    org = c.org("Prairie Kids Pediatric Clinic", npi="1396721458", city="Salina", state="KS", phone="(785) 555-0142")
    cardorg = c.org("Wichita Children's Heart Specialists", npi="1548872203", city="Wichita", state="KS")
    payer = c.org("KanCare - Sunflower Health Plan", kind="pay")
    dr = c.prac("Rebecca", "Lindqvist", "MD", "1790654412")
    card = c.prac("Tomasz", "Wojcik", "MD", "1902281736")
    mom = c.related("Dana", "Hollister", "MTH", "mother", "(785) 555-3381")
    c.patient("Kaylee Marie", "Hollister", "female", "2011-04-19", "PK-0048213", "urn:oid:2.16.840.1.113883.3.8841.1",
              "Salina", "KS", "67401", "1408 Gypsum Ave", "(785) 555-3381", org, dr)
    c.coverage(payer, "KanCare Medicaid", "KC77120458", relationship="child", subscriber=mom)
    c.allergy(txt("Amoxicillin"), "2016-02-10", "hives")
    c.cond(sct("195967001", "Asthma"), onset="2017-09", recorded="2017-09-12", clinical="inactive",
           note="Mild intermittent as a younger child; no albuterol use in > 3 years.")
    # visit 1
    e1 = c.enc("2026-06-10T09:20:00-05:00", EST("99214"), prac=dr, org=org, reason="Dizzy spells, almost passed out x2")
    c.cond(sct("404640003", "Dizziness", text="Lightheadedness / near-fainting spells"), onset="2026-05-20", recorded="2026-06-10", category="encounter-diagnosis", enc=e1)
    c.vitals("2026-06-10", e1, bp=(104, 64), hr=82, wt=52.3, temp=36.8)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-06-10", 13.1, "g/dL", "g/dL", 11.5, 15.5, enc=e1)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-06-10", 41, "ng/mL", "ng/mL", 15, 150, enc=e1)
    c.lab("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "2026-06-10", 88, "mg/dL", "mg/dL", 70, 99, enc=e1)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-06-10", 139, "mmol/L", "mmol/L", 135, 145, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-10", 1.9, "m[IU]/L", "m[IU]/L", 0.5, 4.3, enc=e1)
    c.obs(cc((LOINC, "2106-3", "Choriogonadotropin [Presence] in Urine")), "2026-06-10", sct("260385009", "Negative"), interp="NEG", enc=e1)
    ekg = c.obs(cc((LOINC, "11524-6", "EKG study")), "2026-06-10", "Normal sinus rhythm, rate 78, QTc 412 ms, no pre-excitation", category="procedure", interp="N", enc=e1)
    c.note("2026-06-10", "Office visit - dizziness", """
Kaylee, 15 y/o, here with mom. 3 weeks of lightheaded spells, mostly on standing or in the shower, twice nearly
fainted (vision greyed out, sat down, no LOC, no injury). No chest pain, no palpitations reported, no exertional
symptoms. Periods regular, not heavy. Eats 2 meals/day, water intake low.
Exam normal, orthostatics: supine HR 76 BP 106/66, standing 10 min HR 98 BP 102/64.
ECG in office normal (QTc 412). CBC, ferritin, BMP, TSH, urine hCG all normal.
A/P: lightheadedness - likely inadequate fluid intake. Increase fluids 2-2.5 L/day and salt. Return if worse.
""", dr, e1)
    # visit 2
    e2 = c.enc("2026-07-22T14:00:00-05:00", EST("99214"), prac=dr, org=org, reason="Passed out at church, still dizzy")
    c.cond(sct("271594007", "Syncope", text="Syncope, single episode 7/19"), onset="2026-07-19", recorded="2026-07-22", category="encounter-diagnosis", enc=e2)
    c.vitals("2026-07-22", e2, bp=(102, 62), hr=88, wt=51.6)
    c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", "2026-07-22", 4.1, "mmol/L", "mmol/L", 3.5, 5.1, enc=e2)
    c.note("2026-07-22", "Office visit - syncope", """
Brief LOC (< 30 s) standing in line at church 7/19, witnessed, no jerking, no incontinence, prompt recovery.
Still dizzy most mornings despite drinking more. Missed 3 days of summer camp.
Exam normal. Repeat electrolytes normal. Referred to pediatric cardiology for evaluation.
""", dr, e2)
    # cardiology
    e3 = c.enc("2026-09-15T10:30:00-05:00", NEW("99244"), prac=card, org=cardorg, reason="Syncope evaluation")
    echo = c.dr(cc((CPT, "93306", "Echocardiography, transthoracic, complete with spectral and color flow Doppler"), text="Transthoracic echocardiogram"),
                "2026-09-15", "Structurally and functionally normal heart. LVEF 64%. No outflow obstruction. Normal coronary origins.", performer=card, enc=e3)
    holter = c.dr(cc((CPT, "93224", "External electrocardiographic recording up to 48 hours"), text="48-hour Holter monitor"),
                  "2026-09-17", "Sinus rhythm throughout, HR 52-148. No pauses, no ventricular or supraventricular arrhythmia. Symptom diary entries (dizzy x3) correlate with sinus rhythm 84-96 bpm.",
                  performer=card, enc=e3)
    c.note("2026-09-15", "Pediatric cardiology consultation", """
Referred for recurrent presyncope and one syncopal episode. Cardiac exam normal. 10-minute stand: HR 74 -> 99
(rise 25 bpm), BP stable - does not meet postural tachycardia criteria for age.
Echo today normal. Holter arranged - subsequently normal (no arrhythmia with symptoms).
Impression: no cardiac cause identified. Nothing further from a cardiac standpoint; return to primary care.
""", card, e3, loinc=("11488-4", "Consult note"))
    # visit 4
    e4 = c.enc("2026-11-03T15:40:00-06:00", EST("99214"), prac=dr, org=org, reason="Ongoing dizziness, fatigue, missing school")
    c.cond(sct("404640003", "Dizziness", text="Persistent lightheadedness"), onset="2026-05-20", recorded="2026-11-03", category="encounter-diagnosis", enc=e4)
    c.vitals("2026-11-03", e4, bp=(100, 62), hr=86, wt=50.9)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-11-03", 12.9, "g/dL", "g/dL", 11.5, 15.5, enc=e4)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-11-03", 1.2, "mg/L", "mg/L", None, 5.0, enc=e4)
    c.note("2026-11-03", "Office visit - follow-up dizziness", """
Still lightheaded most days, now also headaches and fatigue; 12 school days missed this semester; stopped
volleyball. Mom frustrated - "everything comes back normal and she is still not right".
Cardiology workup normal (echo, Holter). Labs again normal today.
A/P: persistent lightheadedness, cause not identified. Continue fluids/salt, compression socks. Recheck 6 weeks.
""", dr, e4)
    return c


def ps_admit_after_pcp(cid):
    """79M seen in primary care for weakness/poor appetite, sent home; unplanned admission 9 days later (urosepsis)."""
    c = Case(cid, "https://ehr.bluffcountyhealth.org/fhir/R4")
    org = c.org("Bluff County Family Practice", npi="1124587690", city="Decorah", state="IA", phone="(563) 555-0190")
    hosp = c.org("Bluff County Memorial Hospital", npi="1336201458", city="Decorah", state="IA")
    payer = c.org("Medicare Part A/B (Traditional)", kind="pay")
    pcp = c.prac("Gerald", "Huebner", "DO", "1609812234")
    hosp_dr = c.prac("Anita", "Raghunathan", "MD", "1770345512")
    c.patient("Leonard James", "Stottlemyer", "male", "1947-03-02", "BC-221587", "urn:oid:2.16.840.1.113883.3.4471.5",
              "Decorah", "IA", "52101", "2207 Old Stage Rd", "(563) 555-2274", org, pcp, marital="W")
    c.coverage(payer, "Medicare", "1EG4TE5MK72", cov_type=("SUBSIDIZ", "subsidized health program"), start="2012-03-01")
    htn = c.cond(sct("38341003", "Hypertensive disorder, systemic arterial", text="Hypertension"), onset="2004", recorded="2011-06-01")
    c.cond(icd("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms", text="BPH with LUTS"), onset="2015", recorded="2015-08-19")
    c.cond(sct("55822004", "Hyperlipidemia"), onset="2009", recorded="2011-06-01")
    c.medstmt(cc((RX, "17767", "amlodipine"), text="amlodipine 5 mg tablet"), "active", "2026-10-20", start="2018-02-01", dosage="5 mg by mouth daily")
    c.medstmt(cc((RX, "5487", "hydrochlorothiazide"), text="hydrochlorothiazide 25 mg tablet"), "stopped", "2026-11-03", start="2016-05-01", end="2026-10-29", dosage="25 mg daily", note="Stopped on admission for hyponatremia.")
    c.medstmt(cc((RX, "77492", "tamsulosin"), text="tamsulosin 0.4 mg capsule"), "active", "2026-10-20", start="2015-08-19", dosage="0.4 mg at bedtime")
    c.medstmt(cc((RX, "83367", "atorvastatin"), text="atorvastatin 20 mg tablet"), "active", "2026-10-20", start="2011-06-01", dosage="20 mg daily")
    # PCP visit (scheduled)
    e1 = c.enc("2026-10-20T10:15:00-05:00", EST("99213"), prac=pcp, org=org, reason="Tired, not eating well - daughter concerned")
    c.vitals("2026-10-20", e1, bp=(118, 66), hr=96, temp=37.6, wt=71.2)
    c.note("2026-10-20", "Office visit", """
79 y/o M brought by daughter. ~1 week of feeling weak and washed out, poor appetite, "a little foggy" per daughter.
Some increased nocturia, attributes to his prostate. Denies cough, chest pain. Temp 37.6.
Exam: tired appearing, mucous membranes slightly dry, lungs clear, abdomen benign.
No labs today (pt declined blood draw, "just a bug going around").
A/P: malaise, probable viral illness. Fluids, rest, Tylenol prn. Call if not improving.
""", pcp, e1)
    # ED -> admission 9 days later
    e2 = c.enc("2026-10-29T06:40:00-05:00", cc((CPT, "99285", "Emergency department visit, high MDM"), text="Emergency department visit"),
               cls="EMER", prac=hosp_dr, org=hosp, reason="Confusion, fever, found on floor", end="2026-10-29T11:05:00-05:00")
    e3 = c.enc("2026-10-29T11:05:00-05:00", txt("Inpatient admission - medicine"), cls="IMP", prac=hosp_dr, org=hosp,
               reason="Sepsis, acute metabolic encephalopathy", end="2026-11-03T13:30:00-06:00", priority="EM",
               admit_source="emd", discharge="home")
    sep = c.cond(icd("A41.51", "Sepsis due to Escherichia coli [E. coli]"), onset="2026-10-29", recorded="2026-10-29",
                 clinical="resolved", abatement="2026-11-03", category="encounter-diagnosis", enc=e3)
    c.cond(icd("N10", "Acute pyelonephritis"), onset="2026-10-29", recorded="2026-10-29", clinical="resolved", abatement="2026-11-12", category="encounter-diagnosis", enc=e3)
    c.cond(icd("E87.1", "Hypo-osmolality and hyponatremia"), onset="2026-10-29", recorded="2026-10-29", clinical="resolved", abatement="2026-11-02", category="encounter-diagnosis", enc=e3)
    c.vitals("2026-10-29T06:50:00-05:00", e2, bp=(92, 54), hr=118, temp=39.1, spo2=94, rr=22)
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-10-29T07:10:00-05:00", 18.4, "10*3/uL", "10*3/uL", 4.0, 10.5, enc=e2)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-10-29T07:10:00-05:00", 124, "mmol/L", "mmol/L", 135, 145, enc=e2)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-10-29T07:10:00-05:00", 1.9, "mg/dL", "mg/dL", 0.7, 1.3, enc=e2)
    c.lab("2524-7", "Lactate [Moles/volume] in Serum or Plasma", "2026-10-29T07:10:00-05:00", 3.4, "mmol/L", "mmol/L", 0.5, 2.0, enc=e2)
    c.obs(cc((LOINC, "630-4", "Bacteria identified in Urine by Culture")), "2026-10-29T07:30:00-05:00",
          ">100,000 CFU/mL Escherichia coli (pan-sensitive except ampicillin)", interp="A", enc=e2)
    c.obs(cc((LOINC, "600-7", "Bacteria identified in Blood by Culture")), "2026-10-29T07:20:00-05:00",
          "Escherichia coli, 2 of 2 sets", interp="A", enc=e2)
    c.note("2026-11-03", "Discharge summary", """
Admit 10/29 via ED: fever 39.1, hypotension responsive to fluids, confusion, Na 124, AKI (Cr 1.9).
E. coli bacteremia from pyelonephritis. CT A/P: right pyelonephritis, no obstruction; prostate 48 g.
Treated ceftriaxone -> oral cephalexin to complete 14 days. HCTZ stopped (hyponatremia). Mentation back to baseline
by day 3. Na 134, Cr 1.1 at discharge.
Of note pt was seen in clinic 10/20 with 1 week of malaise and poor intake - in retrospect likely early UTI.
F/u PCP 1 week, BMP at that visit.
""", hosp_dr, e3, loinc=("18842-5", "Discharge summary"))
    e4 = c.enc("2026-11-10T09:00:00-06:00", EST("99496"), prac=pcp, org=org, reason="Hospital follow-up")
    c.vitals("2026-11-10", e4, bp=(132, 74), hr=74, temp=36.7, wt=69.8)
    c.lab("2951-2", "Sodium [Moles/volume] in Serum or Plasma", "2026-11-10", 137, "mmol/L", "mmol/L", 135, 145, enc=e4)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-11-10", 1.0, "mg/dL", "mg/dL", 0.7, 1.3, enc=e4)
    c.note("2026-11-10", "Transitional care visit", """
Home, feeling much better, finishing cephalexin. Na and Cr normal. BP 132/74 off HCTZ - will monitor.
""", pcp, e4)
    return c


def ps_fit_no_followup(cid):
    """64F positive mailed FIT in June with no colonoscopy or GI referral in the following 5 months."""
    c = Case(cid, "https://fhir.riverbendinternalmed.com/api/FHIR/R4")
    org = c.org("Riverbend Internal Medicine Associates", npi="1467795520", city="Chillicothe", state="OH", phone="(740) 555-0133")
    lab = c.org("Scioto Valley Reference Laboratory", npi="1811094456", city="Chillicothe", state="OH")
    payer = c.org("Anthem Blue Cross Blue Shield Ohio", kind="pay")
    dr = c.prac("Mei-Ling", "Castellanos", "MD", "1255487710")
    np = c.prac("Jordan", "Pruitt", "CNP", "1386622194")
    c.patient("Sharon Elaine", "Bickford", "female", "1962-08-11", "RIM-0093318", "urn:oid:2.16.840.1.113883.3.5521.2",
              "Chillicothe", "OH", "45601", "88 Tanglewood Dr", "(740) 555-6621", org, dr, marital="M")
    c.coverage(payer, "Anthem Blue Access PPO", "YRP884410732")
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2014", recorded="2014-03-12")
    c.cond(icd("E03.9", "Hypothyroidism, unspecified", text="Hypothyroidism (post-Hashimoto)"), onset="2010", recorded="2012-01-05")
    c.cond(txt("Osteopenia"), onset="2022-05", recorded="2022-05-20")
    c.cond(icd("J01.90", "Acute sinusitis, unspecified"), onset="2026-08-20", recorded="2026-08-24", clinical="resolved", abatement="2026-09-10", category="encounter-diagnosis")
    c.medstmt(cc((RX, "314076", "lisinopril 10 MG Oral Tablet")), "active", "2026-10-19", start="2014-03-12", dosage="10 mg daily")
    c.medstmt(cc((RX, "10582", "levothyroxine"), text="levothyroxine 75 mcg tablet"), "active", "2026-10-19", start="2012-01-05", dosage="75 mcg daily before breakfast")
    c.medstmt(txt("Calcium 600 mg + vitamin D3 800 IU"), "active", "2026-10-19", dosage="1 tab twice daily")
    e1 = c.enc("2026-06-08T08:30:00-04:00", cc((HCPCS, "G0439", "Annual wellness visit, subsequent"), text="Annual wellness visit"), prac=dr, org=org, reason="Annual wellness")
    c.vitals("2026-06-08", e1, bp=(128, 78), hr=70, wt=68.4, bmi=26.1)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-06-08", 12.6, "g/dL", "g/dL", 12.0, 15.5, enc=e1)
    c.lab("787-2", "MCV [Entitic volume] by Automated count", "2026-06-08", 86, "fL", "fL", 80, 100, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-06-08", 2.4, "m[IU]/L", "m[IU]/L", 0.4, 4.5, enc=e1)
    c.lab("2089-1", "Cholesterol in LDL [Mass/volume] in Serum or Plasma", "2026-06-08", 118, "mg/dL", "mg/dL", None, 130, enc=e1)
    sr = c.sr(cc((LOINC, "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"), text="FIT kit - colorectal cancer screening"),
              "2026-06-08", status="completed", requester=dr, reason=icd("Z12.11", "Encounter for screening for malignant neoplasm of colon"), enc=e1)
    c.note("2026-06-08", "Annual wellness visit", """
AWV. Feels well. Last colonoscopy 2014 (normal per pt, outside records not available) - due. Declines colonoscopy
for now ("not ready for the prep"), agreeable to FIT - kit given. Mammogram ordered. BP at goal.
Labs: CBC/TSH/lipids ok.
""", dr, e1)
    fit = c.obs(cc((LOINC, "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay")), "2026-06-22",
                sct("10828004", "Positive"), interp="POS", ref_text="Negative", performer=lab,
                note="Specimen collected 06/19/2026. Result POSITIVE. Diagnostic colonoscopy recommended.")
    c.dr(cc((LOINC, "29771-3", "Hemoglobin.gastrointestinal [Presence] in Stool by Immunoassay"), text="FIT"), "2026-06-22",
         "POSITIVE for fecal hemoglobin.", results=[fit], performer=lab,
         category=cc(("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory")))
    e2 = c.enc("2026-08-24T13:10:00-04:00", EST("99213"), prac=np, org=org, reason="Sinus congestion, facial pressure")
    c.vitals("2026-08-24", e2, bp=(126, 80), hr=78, temp=37.4)
    c.medreq(txt("amoxicillin-clavulanate 875-125 mg tablet"), "2026-08-24", "1 tab twice daily x 7 days",
             requester=np, status="completed", enc=e2)
    c.note("2026-08-24", "Acute visit - sinusitis", """
10 days of nasal congestion, purulent drainage, maxillary pressure, worsening after initial improvement.
Afebrile. Tender maxillary sinuses. A/P: acute bacterial sinusitis - Augmentin x 7 d.
""", np, e2)
    e3 = c.enc("2026-10-19T11:00:00-04:00", EST("99213"), prac=dr, org=org, reason="BP check, flu vaccine")
    c.vitals("2026-10-19", e3, bp=(124, 76), hr=72, wt=68.0)
    c.imm("135", "Influenza, high dose seasonal, preservative-free", "2026-10-19")
    c.note("2026-10-19", "Office visit - hypertension follow-up", """
BP well controlled on lisinopril 10. No complaints; denies chest pain, dyspnea. Sinus symptoms resolved.
Flu vaccine given. Continue current meds. Return 6 months.
""", dr, e3)
    return c


# ---------------------------------------------------------------- PERSISTENT near misses
def psn_cough_asthma(cid):
    """9M chronic cough over 3 visits, CXR normal, then spirometry -> cough-variant asthma; resolved on ICS."""
    c = Case(cid, "https://fhir.lakeshorepeds.net/r4")
    org = c.org("Lakeshore Pediatrics", npi="1518842296", city="Sheboygan", state="WI", phone="(920) 555-0111")
    payer = c.org("Security Health Plan", kind="pay")
    dr = c.prac("Anders", "Kjellberg", "MD", "1447213390")
    dad = c.related("Marcus", "Oyelaran", "FTH", "father")
    c.patient("Tobi Daniel", "Oyelaran", "male", "2017-02-14", "LSP-557102", "urn:oid:2.16.840.1.113883.3.9012.7",
              "Sheboygan", "WI", "53081", "1915 N 11th St", "(920) 555-4470", org, dr)
    c.coverage(payer, "Security Health Plan HMO - family", "SHP3310928-03", relationship="child", subscriber=dad)
    c.cond(sct("61582004", "Allergic rhinitis"), onset="2022-04", recorded="2022-04-18")
    c.cond(icd("L20.9", "Atopic dermatitis, unspecified", text="Eczema"), onset="2017-08", recorded="2017-09-01", clinical="inactive")
    e1 = c.enc("2026-03-10T16:00:00-06:00", EST("99213"), prac=dr, org=org, reason="Cough for 5 weeks")
    cough = c.cond(icd("R05.3", "Chronic cough"), onset="2026-02-01", recorded="2026-03-10", clinical="resolved", abatement="2026-07-20", enc=e1)
    c.vitals("2026-03-10", e1, hr=92, temp=36.9, spo2=98, wt=29.8)
    c.note("2026-03-10", "Sick visit - cough", """
Dry cough 5 weeks, worse at night and with running at recess. No fever now. Lungs clear. Likely post-viral.
Honey at bedtime, cetirizine daily. Recheck if persists.
""", dr, e1)
    e2 = c.enc("2026-04-14T15:30:00-05:00", EST("99214"), prac=dr, org=org, reason="Cough still present")
    c.vitals("2026-04-14", e2, hr=88, temp=36.7, spo2=98)
    cxr = c.dr(cc((CPT, "71046", "Radiologic examination, chest; 2 views"), text="Chest X-ray 2 views"), "2026-04-14",
               "Normal chest radiograph. No infiltrate, no hyperinflation, no foreign body.", enc=e2)
    c.note("2026-04-14", "Follow-up cough", """
Cough persisting > 10 weeks, nocturnal, triggered by cold air and soccer. CXR normal. Trial of nothing else yet.
Plan spirometry with bronchodilator at next visit.
""", dr, e2)
    e3 = c.enc("2026-05-19T15:45:00-05:00", EST("99214"), prac=dr, org=org, reason="Cough, spirometry")
    c.obs(cc((LOINC, "20150-9", "FEV1")), "2026-05-19", qty(1.62, "L", "L"), category="procedure", enc=e3,
          note="Pre-bronchodilator 84% predicted; FEV1/FVC 0.78")
    c.obs(cc((LOINC, "20155-8", "Forced expiratory volume in 1 second [Volume] Respiratory system --post bronchodilation"), text="FEV1 post bronchodilator"),
          "2026-05-19", qty(1.86, "L", "L"), category="procedure", enc=e3, interp="A", note="Post-albuterol improvement 15% (240 mL) - significant reversibility")
    asthma = c.cond(icd("J45.991", "Cough variant asthma"), onset="2026-02-01", recorded="2026-05-19", enc=e3)
    c.medreq(cc((RX, "41126", "fluticasone"), text="fluticasone propionate HFA 44 mcg/actuation inhaler"), "2026-05-19",
             "2 puffs twice daily with spacer", requester=dr, reason=asthma, enc=e3)
    c.medreq(cc((RX, "435", "albuterol"), text="albuterol HFA 90 mcg/actuation"), "2026-05-19", "2 puffs q4h prn cough/wheeze", requester=dr, reason=asthma, enc=e3)
    c.note("2026-05-19", "Spirometry and asthma diagnosis", """
Spirometry: FEV1 84% pred with 15% post-bronchodilator improvement. Diagnosis: cough-variant asthma.
Start fluticasone 44 mcg 2 puffs BID with spacer, albuterol prn. Asthma action plan given to dad.
""", dr, e3)
    e4 = c.enc("2026-07-20T10:00:00-05:00", EST("99213"), prac=dr, org=org, reason="Asthma follow-up")
    c.vitals("2026-07-20", e4, hr=84, spo2=99, wt=30.5)
    c.note("2026-07-20", "Asthma follow-up", """
Cough gone within 3 weeks of starting ICS. Sleeping through the night, playing soccer without symptoms.
Albuterol used once in June. Well-controlled cough-variant asthma. Continue ICS through winter, reassess spring.
""", dr, e4)
    e5 = c.enc("2026-10-27T16:20:00-05:00", EST("99213"), prac=dr, org=org, reason="Flu shot, asthma check")
    c.imm("140", "Influenza, seasonal, injectable, preservative free", "2026-10-27")
    c.note("2026-10-27", "Asthma check", "No cough since July. Adherent to ICS. Flu vaccine today. Well controlled.", dr, e5)
    return c


def psn_planned_induction(cid):
    """30F G1 pregnancy; prenatal visit then scheduled (elective) induction admission 6 days later; uneventful."""
    c = Case(cid, "https://fhir.harborwomenscare.org/r4")
    org = c.org("Harbor Women's Care OB/GYN", npi="1932205581", city="Aberdeen", state="WA", phone="(360) 555-0165")
    hosp = c.org("Grays Harbor Community Hospital - Birth Center", npi="1639148822", city="Aberdeen", state="WA")
    payer = c.org("Premera Blue Cross", kind="pay")
    mw = c.prac("Siobhan", "Farrelly", "CNM", "1093374420")
    ob = c.prac("Daniel", "Aguilar-Reyes", "MD", "1528876610")
    c.patient("Hannah Rose", "Nakamura-Price", "female", "1996-01-27", "HWC-31877", "urn:oid:2.16.840.1.113883.3.7744.3",
              "Aberdeen", "WA", "98520", "412 W 2nd St", "(360) 555-9018", org, mw, marital="M")
    c.coverage(payer, "Premera Heritage Plus PPO", "PRM55208714")
    preg = c.cond(icd("Z34.03", "Encounter for supervision of normal first pregnancy, third trimester", text="Intrauterine pregnancy, G1P0"),
                  onset="2026-01-05", recorded="2026-02-18", clinical="resolved", abatement="2026-09-29")
    c.cond(sct("4473006", "Migraine with aura"), onset="2014", recorded="2019-05-02", clinical="inactive", note="No episodes during pregnancy.")
    c.medstmt(txt("Prenatal multivitamin with DHA"), "active", "2026-09-22", start="2026-01-20", dosage="1 daily")
    e1 = c.enc("2026-09-22T09:00:00-07:00", EST("99213"), prac=mw, org=org, reason="Prenatal visit 39w6d")
    c.vitals("2026-09-22", e1, bp=(114, 72), hr=84, wt=78.2)
    c.obs(cc((LOINC, "11881-0", "Uterus Fundal height Tape measure")), "2026-09-22", qty(39, "cm", "cm"), category="exam", enc=e1)
    c.obs(cc((LOINC, "55283-6", "Fetal Heart rate"), text="Fetal heart rate"), "2026-09-22", qty(138, "/min", "/min"), category="exam", enc=e1)
    c.obs(txt("Group B Streptococcus screen (rectovaginal culture)"), "2026-08-28", sct("260385009", "Negative"), interp="NEG")
    c.note("2026-09-22", "Prenatal visit 39w6d", """
G1P0 at 39w6d by 8-wk US. Feels well, good fetal movement, no contractions, no LOF/VB. BP 114/72, urine neg protein.
FH 39, FHR 138. Cervix 1/50/-2. GBS neg. Discussed options at 41 weeks; pt prefers scheduled induction at 40w5d
(ARRIVE counseling done). Induction scheduled 9/28 AM at Birth Center. NST/AFI if not delivered.
""", mw, e1)
    sr = c.sr(txt("Induction of labor - scheduled"), "2026-09-22", status="completed", requester=mw, occurrence="2026-09-28T07:00:00-07:00",
              reason=txt("Elective induction at 40w5d, nulliparous, patient preference"), enc=e1)
    e2 = c.enc("2026-09-28T07:05:00-07:00", txt("Labor and delivery admission - scheduled induction"), cls="IMP", prac=ob, org=hosp,
               reason="Scheduled induction of labor at 40w5d", end="2026-09-30T11:00:00-07:00", priority="EL", admit_source="outp", discharge="home")
    c.proc(sct("236958009", "Induction of labor"), "completed", "2026-09-28T08:00:00-07:00", performer=ob, enc=e2, based_on=sr,
           note="Misoprostol 25 mcg x2 then oxytocin.")
    c.proc(cc((CPT, "59400", "Routine obstetric care including antepartum care, vaginal delivery and postpartum care"), text="Spontaneous vaginal delivery"),
           "completed", "2026-09-29T03:42:00-07:00", performer=ob, enc=e2, note="Viable female 3340 g, Apgars 8/9. 2nd degree laceration repaired.")
    c.cond(icd("Z37.0", "Single live birth"), onset="2026-09-29", recorded="2026-09-29", clinical="resolved", abatement="2026-09-29", category="encounter-diagnosis", enc=e2)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-09-29T10:00:00-07:00", 11.2, "g/dL", "g/dL", 11.0, 15.0, enc=e2)
    c.note("2026-09-30", "Delivery discharge summary", """
Admitted 9/28 for scheduled induction at 40w5d. SVD 9/29 03:42, EBL 350 mL. Uncomplicated postpartum course.
Breastfeeding well. Discharged home PPD#1 with infant.
""", ob, e2, loinc=("18842-5", "Discharge summary"))
    e3 = c.enc("2026-11-10T10:30:00-08:00", cc((CPT, "59430", "Postpartum care only"), text="Postpartum visit"), prac=mw, org=org, reason="6-week postpartum visit")
    c.vitals("2026-11-10", e3, bp=(112, 70), hr=72, wt=70.1)
    c.score(cc((LOINC, "71354-5", "Edinburgh Postnatal Depression Scale [EPDS]"), text="EPDS total score"), "2026-11-10", 4, enc=e3)
    c.note("2026-11-10", "Postpartum visit", """
6 weeks PP. Lochia resolved, laceration healed. Mood good, EPDS 4, good support. Breastfeeding.
Contraception: progestin-only pill, started today. Routine follow-up in 1 year.
""", mw, e3)
    c.medreq(cc((RX, "7514", "norethindrone"), text="norethindrone 0.35 mg tablet"), "2026-11-10", "1 tab daily same time each day", requester=mw, enc=e3)
    return c


# ---------------------------------------------------------------- DIAGNOSIS MISMATCH positives
def dm_ibs_calprotectin(cid):
    """31F labelled IBS-D for 2 years; ongoing diarrhoea, nocturnal stools, weight loss, raised calprotectin/CRP."""
    c = Case(cid, "https://fhir.mesaverdefamilyhealth.org/R4")
    org = c.org("Mesa Verde Family Health Center", npi="1982347716", city="Farmington", state="NM", phone="(505) 555-0122")
    payer = c.org("Presbyterian Health Plan", kind="pay")
    dr = c.prac("Lucia", "Benavidez", "MD", "1366508813")
    pa = c.prac("Cody", "Ramsbottom", "PA-C", "1710442209")
    c.patient("Alyssa Nicole", "Tsosie", "female", "1995-06-03", "MVFH-204476", "urn:oid:2.16.840.1.113883.3.6680.1",
              "Farmington", "NM", "87401", "3310 E 30th St Apt 12", "505-555-7713", org, dr, marital="S")
    c.coverage(payer, "Presbyterian Centennial Care", "PHP0098812")
    ibs = c.cond(icd("K58.0", "Irritable bowel syndrome with diarrhea"), onset="2024-07", recorded="2024-09-12", recorder=pa,
                 note="Dx per Rome IV after normal celiac serology and CBC.")
    c.cond(sct("35489007", "Depressive disorder", text="Depression, mild - in remission"), onset="2019", recorded="2020-02-11", clinical="remission")
    c.medstmt(cc((RX, "3361", "dicyclomine"), text="dicyclomine 20 mg tablet"), "active", "2026-10-06", start="2024-09-12", dosage="20 mg up to 4x daily prn cramping", reason=ibs)
    c.medstmt(cc((RX, "6468", "loperamide"), text="loperamide 2 mg"), "active", "2026-10-06", start="2025-05-01", dosage="2 mg after loose stools, max 8 mg/day")
    c.lab("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum", "2024-09-03", 1.1, "U/mL", "U/mL", None, 4.0)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2024-09-03", 13.2, "g/dL", "g/dL", 12.0, 15.5)
    e1 = c.enc("2025-05-14T10:00:00-06:00", EST("99213"), prac=pa, org=org, reason="IBS follow-up, still loose stools")
    c.vitals("2025-05-14", e1, bp=(112, 70), hr=80)
    c.note("2025-05-14", "Follow-up IBS", """
Still 3-4 loose stools/day, cramping relieved by BM. Stress at work. Continue dicyclomine, add loperamide prn,
low-FODMAP handout. IBS-D.
""", pa, e1)
    e2 = c.enc("2026-03-18T15:20:00-06:00", EST("99213"), prac=pa, org=org, reason="Diarrhea worse")
    c.vitals("2026-03-18", e2, bp=(108, 68), hr=88)
    c.note("2026-03-18", "Follow-up IBS", """
4-6 loose stools/day, some waking her at night. Low-FODMAP not helping. Attributed to IBS flare with stress.
Consider rifaximin if no better. Labs deferred.
""", pa, e2)
    e3 = c.enc("2026-10-06T09:40:00-06:00", EST("99214"), prac=dr, org=org, reason="Diarrhea, weight loss, fatigue")
    c.vitals("2026-10-06", e3, bp=(104, 66), hr=96, wt=58.9, temp=37.3)
    c.cond(icd("R63.4", "Abnormal weight loss"), onset="2026-03", recorded="2026-10-06", category="encounter-diagnosis", enc=e3)
    c.lab("38445-3", "Calprotectin [Mass/mass] in Stool", "2026-10-09", 410, "ug/g", "ug/g", None, 50, enc=e3)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-10-09", 14.2, "mg/L", "mg/L", None, 5.0, enc=e3)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-10-09", 11.1, "g/dL", "g/dL", 12.0, 15.5, enc=e3)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", "2026-10-09", 9, "ng/mL", "ng/mL", 15, 150, enc=e3)
    c.lab("1751-7", "Albumin [Mass/volume] in Serum or Plasma", "2026-10-09", 3.4, "g/dL", "g/dL", 3.5, 5.0, enc=e3)
    c.note("2026-10-06", "Office visit", """
31F with "IBS-D" since 2024. Now 5-7 watery stools daily incl. 2 nocturnal, occasional blood streaks, 4.6 kg weight
loss since March, low-grade temps, fatigue. Mouth ulcers x2 this year. Not consistent with IBS alone.
Labs 10/9: fecal calprotectin 410, CRP 14, Hgb 11.1, ferritin 9, albumin 3.4.
Plan: GI referral (expedited), stool culture/C. diff. Oral iron. IBS remains on problem list pending GI.
""", dr, e3)
    c.sr(txt("Referral to gastroenterology - chronic diarrhea, elevated calprotectin"), "2026-10-12", requester=dr,
         category=sct("3457005", "Patient referral"), priority="urgent", reason_ref=ibs)
    c.medreq(txt("ferrous sulfate 325 mg (65 mg elemental iron) tablet"), "2026-10-12", "1 tab every other day", requester=dr)
    e4 = c.enc("2026-11-16T11:00:00-07:00", cc((CPT, "99442", "Telephone E/M, 11-20 minutes"), text="Telephone visit"), cls="VR", prac=pa, org=org, reason="Follow-up diarrhea")
    c.note("2026-11-16", "Telephone follow-up", """
Still 5-6 stools/day. Stool culture and C. diff negative. GI appt 12/22. Continue loperamide prn and iron.
""", pa, e4)
    return c


def dm_viral_periodic_fever(cid):
    """10F labelled 'viral syndrome' since June; regular 4-5 weekly febrile episodes with aphthae and pharyngitis continue."""
    c = Case(cid, "https://fhir.peachtreeped.com/R4")
    org = c.org("Peachtree Pediatric Associates", npi="1184927730", city="Macon", state="GA", phone="(478) 555-0158")
    uc = c.org("QuickCare Urgent Care - Riverside", npi="1275596613", city="Macon", state="GA")
    payer = c.org("Peach State Health Plan", kind="pay")
    dr = c.prac("Olivia", "Whitfield", "MD", "1598730025")
    np = c.prac("Terrence", "Oduya", "FNP-C", "1053394421")
    mom = c.related("Keisha", "Dunmore", "MTH", "mother", "478-555-2290")
    c.patient("Amara Joy", "Dunmore", "female", "2016-05-30", "PPA-772014", "urn:oid:2.16.840.1.113883.3.3309.4",
              "Macon", "GA", "31204", "1776 Vineville Ave", "478-555-2290", org, dr)
    c.coverage(payer, "Georgia Medicaid - Peach State", "GA40021783", relationship="child", subscriber=mom)
    vs = c.cond(icd("B34.9", "Viral infection, unspecified", text="Viral syndrome"), onset="2026-06-16", recorded="2026-06-18", recorder=dr)
    e1 = c.enc("2026-06-18T10:10:00-04:00", EST("99213"), prac=dr, org=org, reason="Fever 3 days, sore throat")
    c.vitals("2026-06-18", e1, temp=39.6, hr=122, wt=33.0)
    c.obs(cc((LOINC, "78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay")), "2026-06-18", sct("260385009", "Negative"), interp="NEG", enc=e1)
    c.note("2026-06-18", "Sick visit", """
Fever to 40 x3 days, sore throat, tender neck glands. Exudative pharyngitis, bilateral tender anterior cervical nodes.
Rapid strep neg (culture neg). A/P: viral syndrome. Supportive care.
""", dr, e1)
    e2 = c.enc("2026-07-20T14:30:00-04:00", EST("99213"), prac=np, org=org, reason="Fever again, mouth sores")
    c.vitals("2026-07-20", e2, temp=39.4, hr=118)
    c.obs(cc((LOINC, "78012-2", "Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay")), "2026-07-20", sct("260385009", "Negative"), interp="NEG", enc=e2)
    c.note("2026-07-20", "Sick visit", """
Fever since yesterday 39-40, painful aphthous ulcers inner lip/buccal, pharyngitis. Strep neg. Well between episodes.
A/P: viral syndrome, recurrent. Magic mouthwash, ibuprofen.
""", np, e2)
    e3 = c.enc("2026-08-24T19:05:00-04:00", cc((CPT, "99214", "Office/outpatient visit, established patient"), text="Urgent care visit"), prac=None, org=uc, reason="Fever 39.8, neck swelling")
    c.vitals("2026-08-24", e3, temp=39.8, hr=124)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-08-24", 68, "mg/L", "mg/L", None, 10, enc=e3)
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-08-24", 14.2, "10*3/uL", "10*3/uL", 4.5, 13.5, enc=e3)
    c.note("2026-08-24", "Urgent care note", "Fever 2 d, cervical adenitis, pharyngitis. Mono spot negative. Dx viral illness. F/u PCP.", None, e3)
    e4 = c.enc("2026-09-14T08:40:00-04:00", cc((CPT, "99393", "Periodic preventive medicine, established patient, age 5-11"), text="Well child check"), prac=dr, org=org, reason="10-year well visit")
    c.vitals("2026-09-14", e4, temp=36.8, hr=88, wt=33.4, ht=140.0, bp=(100, 62))
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-09-14", 2.1, "mg/L", "mg/L", None, 10, enc=e4)
    c.lab("6690-2", "Leukocytes [#/volume] in Blood by Automated count", "2026-09-14", 7.1, "10*3/uL", "10*3/uL", 4.5, 13.5, enc=e4)
    c.note("2026-09-14", "Well child 10 y", "Growing well. Between illnesses completely well. Mom keeping a fever calendar. CBC/CRP normal today.", dr, e4)
    e5 = c.enc("2026-10-26T09:30:00-04:00", EST("99214"), prac=dr, org=org, reason="5th fever episode since June")
    c.vitals("2026-10-26", e5, temp=39.5, hr=120)
    c.lab("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma", "2026-10-26", 74, "mg/L", "mg/L", None, 10, enc=e5)
    c.note("2026-10-26", "Sick visit", """
Mom's calendar: fever episodes starting 6/16, 7/19, 8/23, 9/26 (home, not seen), 10/24 - each 3-5 days, temp 39-40,
sore throat, mouth ulcers, neck nodes, then completely well. Missed ~15 school days. Siblings not ill.
CRP 74 during episode, normal between. Still coding as viral syndrome; recurrent viral infections felt most likely.
Mom asks why it keeps coming back at the same interval. Plan: observe, return with next episode.
""", dr, e5)
    return c


def dm_gad_thyrotoxic(cid):
    """24F diagnosed GAD for palpitations/tremor; weight loss, tachycardia and suppressed TSH/high FT4 unexplained by label."""
    c = Case(cid, "https://fhir.cascadiabh.org/r4")
    org = c.org("Cascadia Behavioral Health - Eugene", npi="1851204473", city="Eugene", state="OR", phone="(541) 555-0171")
    gyn = c.org("Willamette Women's Clinic", npi="1700021188", city="Eugene", state="OR")
    payer = c.org("PacificSource Health Plans", kind="pay")
    pmhnp = c.prac("Rachel", "Abernathy", "PMHNP-BC", "1164780092")
    gyndr = c.prac("Priya", "Venkataraman", "MD", "1881926650")
    c.patient("Megan Claire", "Sorensen", "female", "2002-09-14", "CBH-118842", "urn:oid:2.16.840.1.113883.3.2218.9",
              "Eugene", "OR", "97401", "2250 Alder St #4", "541-555-0388", org, pmhnp, marital="S")
    c.coverage(payer, "PacificSource Navigator", "PSH71190045")
    gad = c.cond(icd("F41.1", "Generalized anxiety disorder"), onset="2026-03", recorded="2026-05-12", recorder=pmhnp)
    e1 = c.enc("2026-05-12T13:00:00-07:00", cc((CPT, "90792", "Psychiatric diagnostic evaluation with medical services"), text="Psychiatric intake"), prac=pmhnp, org=org, reason="Anxiety, racing heart, can't sleep")
    c.vitals("2026-05-12", e1, bp=(128, 70), hr=104, wt=58.1)
    c.score(cc((LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7 total"), "2026-05-12", 15, enc=e1)
    c.score(cc((LOINC, "44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), text="PHQ-9 total"), "2026-05-12", 7, enc=e1)
    c.note("2026-05-12", "Psychiatric intake", """
24F graduate student, 2-3 months of feeling on edge, heart racing, shaky hands, trouble sleeping, irritability.
New job stress. No panic attacks per se. No substance use, 1 coffee/day. HR 104 (attributed to anxiety).
Dx generalized anxiety disorder. Start sertraline 25 mg x1 wk then 50 mg. CBT referral.
""", pmhnp, e1, loinc=("11488-4", "Consult note"))
    c.medreq(cc((RX, "312940", "sertraline 50 MG Oral Tablet")), "2026-05-12", "25 mg daily x 7 days then 50 mg daily", requester=pmhnp, reason=gad, enc=e1, status="stopped")
    e2 = c.enc("2026-07-14T13:00:00-07:00", cc((CPT, "99214", "Office/outpatient visit, established patient"), text="Medication management"), prac=pmhnp, org=org, reason="Med check")
    c.vitals("2026-07-14", e2, hr=108)
    c.note("2026-07-14", "Medication management", """
Still jittery, palpitations, sweats at night, feels hot all the time. Lost ~2 kg "from stress, not hungry"
(though she reports eating more). GI upset on sertraline. Continue 50 mg, add hydroxyzine prn.
""", pmhnp, e2)
    c.medreq(cc((RX, "5553", "hydroxyzine"), text="hydroxyzine HCl 25 mg tablet"), "2026-07-14", "25 mg up to TID prn anxiety", requester=pmhnp, reason=gad, enc=e2)
    e3 = c.enc("2026-10-28T09:00:00-07:00", cc((CPT, "99395", "Periodic preventive medicine, established, 18-39"), text="Annual gynecologic exam"), prac=gyndr, org=gyn, reason="Annual exam, periods lighter and irregular")
    c.vitals("2026-10-28", e3, bp=(132, 64), hr=116, temp=37.2)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-10-28", 0.01, "m[IU]/L", "m[IU]/L", 0.4, 4.0, enc=e3)
    c.lab("3024-7", "Thyroxine (T4) free [Mass/volume] in Serum or Plasma", "2026-10-28", 3.4, "ng/dL", "ng/dL", 0.8, 1.8, enc=e3)
    c.obs(cc((LOINC, "2106-3", "Choriogonadotropin [Presence] in Urine")), "2026-10-28", sct("260385009", "Negative"), interp="NEG", enc=e3)
    c.note("2026-10-28", "Annual gynecologic visit", """
Cycles lighter and every 5-7 weeks for 4 months. Weight down ~6 kg this year. HR 116. Fine tremor. Thyroid slightly
full, non-tender. Urine hCG neg. Checked TSH/free T4 - results to patient portal and to PCP of record.
""", gyndr, e3)
    e4 = c.enc("2026-11-12T13:00:00-08:00", cc((CPT, "99214", "Office/outpatient visit, established patient"), text="Medication management"), prac=pmhnp, org=org, reason="Anxiety not improving")
    c.vitals("2026-11-12", e4, hr=112, wt=52.0, bp=(130, 66))
    c.score(cc((LOINC, "70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), text="GAD-7 total"), "2026-11-12", 14, enc=e4)
    c.note("2026-11-12", "Medication management", """
Persistent restlessness, palpitations, heat intolerance, poor sleep, tremor, weight loss (58 -> 52 kg since May).
Attributed to ongoing generalized anxiety. Switch sertraline to escitalopram 10 mg; continue hydroxyzine prn.
Outside labs not available at this visit.
""", pmhnp, e4)
    c.medreq(cc((RX, "321988", "escitalopram"), text="escitalopram 10 mg tablet"), "2026-11-12", "10 mg daily", requester=pmhnp, reason=gad, enc=e4)
    return c


# ---------------------------------------------------------------- DIAGNOSIS MISMATCH near misses
def dmn_fatigue_osa(cid):
    """67M 'other fatigue' label explained by severe OSA on polysomnography; fatigue resolved on CPAP."""
    c = Case(cid, "https://fhir.tristatefamilymed.com/r4")
    org = c.org("Tri-State Family Medicine", npi="1619084432", city="Huntington", state="WV", phone="(304) 555-0126")
    sleep = c.org("Cabell Sleep Disorders Center", npi="1245563370", city="Huntington", state="WV")
    payer = c.org("Humana Medicare Advantage", kind="pay")
    dr = c.prac("Walter", "Greenlee", "MD", "1487721105")
    sdr = c.prac("Nadia", "Farouk", "MD", "1326665018")
    c.patient("Ronald Eugene", "Pettry", "male", "1959-02-22", "TSF-66104", "urn:oid:2.16.840.1.113883.3.1004.6",
              "Huntington", "WV", "25701", "514 W 11th Ave", "(304) 555-8843", org, dr, marital="M")
    c.coverage(payer, "Humana Gold Plus HMO", "H55420193", cov_type=("SUBSIDIZ", "subsidized health program"))
    c.cond(icd("I10", "Essential (primary) hypertension"), onset="2012", recorded="2013-01-08")
    c.cond(sct("414916001", "Obesity"), onset="2005", recorded="2013-01-08")
    c.medstmt(cc((RX, "52175", "losartan"), text="losartan 50 mg tablet"), "active", "2026-10-14", start="2015-06-01", dosage="50 mg daily")
    e1 = c.enc("2026-02-10T09:15:00-05:00", EST("99214"), prac=dr, org=org, reason="Tired all the time")
    fat = c.cond(icd("R53.83", "Other fatigue"), onset="2025-10", recorded="2026-02-10", clinical="resolved", abatement="2026-08-18", enc=e1)
    c.vitals("2026-02-10", e1, bp=(146, 88), hr=76, wt=112.0, bmi=35.4)
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", "2026-02-10", 15.1, "g/dL", "g/dL", 13.5, 17.5, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "2026-02-10", 2.2, "m[IU]/L", "m[IU]/L", 0.4, 4.5, enc=e1)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "2026-02-10", 5.6, "%", "%", None, 5.7, enc=e1)
    c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "2026-02-10", 1.0, "mg/dL", "mg/dL", 0.7, 1.3, enc=e1)
    c.score(txt("Epworth Sleepiness Scale total"), "2026-02-10", 15, enc=e1)
    c.note("2026-02-10", "Office visit - fatigue", """
4 months of fatigue, dozing off watching TV and once at a red light. Wife reports loud snoring and witnessed pauses.
ESS 15. BP up. CBC, TSH, A1c, CMP normal. Neck 46 cm.
A/P: fatigue - suspect OSA. Refer for in-lab polysomnography. No driving when drowsy.
""", dr, e1)
    c.sr(cc((CPT, "95810", "Polysomnography, age 6 years or older, 4 or more parameters"), text="In-lab polysomnogram"), "2026-02-10",
         status="completed", requester=dr, reason_ref=fat, enc=e1)
    e2 = c.enc("2026-04-20T21:00:00-04:00", txt("Sleep study - overnight polysomnography"), prac=sdr, org=sleep, reason="Suspected OSA", end="2026-04-21T06:00:00-04:00")
    c.dr(cc((CPT, "95810", "Polysomnography, age 6 years or older, 4 or more parameters"), text="Polysomnogram"), "2026-04-21",
         "AHI 34/h (severe obstructive sleep apnea), nadir SpO2 79%. Recommend CPAP titration.", performer=sdr, enc=e2)
    osa = c.cond(icd("G47.33", "Obstructive sleep apnea (adult) (pediatric)"), onset="2026-04-21", recorded="2026-04-28", recorder=sdr)
    c.medreq(txt("CPAP auto-titrating 6-14 cm H2O with heated humidifier, full-face mask (DME)"), "2026-04-28", "Use nightly, all sleep periods", requester=sdr, reason=osa)
    e3 = c.enc("2026-08-18T10:30:00-04:00", EST("99213"), prac=dr, org=org, reason="Follow-up fatigue, CPAP")
    c.vitals("2026-08-18", e3, bp=(132, 80), hr=70, wt=108.5)
    c.score(txt("Epworth Sleepiness Scale total"), "2026-08-18", 5, enc=e3)
    c.note("2026-08-18", "Follow-up", """
On CPAP since mid-May, download 92% nights > 4 h, residual AHI 2.1. Energy "back to normal", no drowsy driving. ESS 5.
BP improved. Fatigue resolved - explained by severe OSA. Continue CPAP.
""", dr, e3)
    e4 = c.enc("2026-10-14T09:00:00-04:00", EST("99213"), prac=dr, org=org, reason="BP follow-up")
    c.vitals("2026-10-14", e4, bp=(128, 78), hr=68, wt=107.2)
    c.note("2026-10-14", "BP check", "Doing well. CPAP nightly. BP at goal on losartan 50. Flu shot given.", dr, e4)
    c.imm("168", "influenza, trivalent, adjuvanted", "2026-10-14")
    return c


def dmn_acute_lbp(cid):
    """36M acute mechanical low back pain after lifting, 6 weeks, improving with PT; no red flags."""
    c = Case(cid, "https://fhir.ironrangeoccmed.org/r4")
    org = c.org("Iron Range Occupational & Family Medicine", npi="1932556014", city="Virginia", state="MN", phone="(218) 555-0177")
    pt = c.org("Northland Physical Therapy", npi="1417760093", city="Virginia", state="MN")
    payer = c.org("Medica", kind="pay")
    dr = c.prac("Kristin", "Haugen", "MD", "1174498530")
    ptx = c.prac("Brent", "Niskanen", "DPT", "1629903371")
    c.patient("Tyler Scott", "Maki", "male", "1990-07-09", "IRO-40988", "urn:oid:2.16.840.1.113883.3.5560.2",
              "Virginia", "MN", "55792", "1102 6th Ave S", "218-555-3312", org, dr, marital="M")
    c.coverage(payer, "Medica Choice Passport", "MED6609914")
    c.cond(sct("235595009", "Gastroesophageal reflux disease"), onset="2021", recorded="2021-11-02")
    c.medstmt(cc((RX, "7646", "omeprazole"), text="omeprazole 20 mg capsule"), "active", "2026-10-22", start="2021-11-02", dosage="20 mg daily")
    e1 = c.enc("2026-10-22T08:00:00-05:00", EST("99214"), prac=dr, org=org, reason="Low back pain after lifting at work")
    lbp = c.cond(icd("M54.50", "Low back pain, unspecified"), onset="2026-10-20", recorded="2026-10-22", category="encounter-diagnosis", enc=e1)
    c.vitals("2026-10-22", e1, bp=(128, 82), hr=78, temp=36.7, wt=92.0)
    c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-10-22", 7, enc=e1)
    c.note("2026-10-22", "Office visit - low back pain", """
Pain right low back after lifting a 60-lb tire 10/20. No radiation below knee, no numbness/weakness, no bowel or
bladder change, no fever, no trauma, no weight loss, no cancer history. Paraspinal spasm, SLR neg, neuro intact.
A/P: acute mechanical low back pain, no red flags - imaging not indicated. Naproxen, cyclobenzaprine qhs x 7 d,
PT, light duty 2 weeks.
""", dr, e1)
    c.medreq(cc((RX, "7258", "naproxen"), text="naproxen 500 mg tablet"), "2026-10-22", "500 mg BID with food x 14 days", requester=dr, reason=lbp, enc=e1, status="completed")
    c.medreq(cc((RX, "21949", "cyclobenzaprine"), text="cyclobenzaprine 5 mg tablet"), "2026-10-22", "5 mg at bedtime x 7 days", requester=dr, reason=lbp, enc=e1, status="completed")
    c.sr(txt("Physical therapy evaluation and treatment - lumbar"), "2026-10-22", status="active", requester=dr, performer=ptx, reason_ref=lbp, enc=e1,
         category=sct("3457005", "Patient referral"))
    e2 = c.enc("2026-10-27T15:00:00-05:00", cc((CPT, "97162", "Physical therapy evaluation, moderate complexity"), text="PT evaluation"), prac=ptx, org=pt, reason="Low back pain")
    c.note("2026-10-27", "PT initial evaluation", "Mechanical LBP, directional preference extension. HEP given. 2x/week x 4 weeks.", ptx, e2)
    e3 = c.enc("2026-11-19T08:20:00-06:00", EST("99213"), prac=dr, org=org, reason="Back pain follow-up")
    c.vitals("2026-11-19", e3, bp=(124, 80), hr=72)
    c.score(cc((LOINC, "72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported")), "2026-11-19", 2, enc=e3)
    c.note("2026-11-19", "Follow-up", """
Much better; pain 2/10, mostly stiffness in the morning. Back to full duty since 11/9. Continue PT HEP.
Return prn. No imaging needed.
""", dr, e3)
    return c
