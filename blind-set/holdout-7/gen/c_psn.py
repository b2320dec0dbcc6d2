from fhirlib import *
from sites import SITES


def psn_p1(cid):
    """41F palpitations/presyncope, 4 dates over ~6 months, complete cardiac workup normal, no diagnosis."""
    r = Rec(cid, SITES["lakeshore"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Anita R", "Deshmukh", npi="1457392810", gender="female")
    card = r.practitioner("Gregory", "Halvorsen", npi="1639201847", gender="male")
    r.patient("Megan Elise", "Kowalczyk", "female", "1985-03-22", "E4471932", "2219 N Kedzie Ave Apt 3",
              "Chicago", "IL", "60647", "773-555-0192", gp=pcp, email="mkowalczyk85@example.com")
    r.coverage("Blue Cross Blue Shield of Illinois", "PPO Choice Gold", "XOF884210573")
    mig = r.condition("Migraine without aura", icd=("G43.009", "Migraine without aura, not intractable, without status migrainosus"),
                      sct=("56097005", "Migraine without aura"), onset="2011-06-01", recorded="2016-02-10")
    r.condition("Appendicitis, acute", icd=("K35.80", "Unspecified acute appendicitis"), sct=("85189001", "Acute appendicitis"),
                onset="2009-04-11", clinical="resolved", abate="2009-04-12", recorded="2016-02-10")
    r.procedure("Laparoscopic appendectomy", [(CPT, "44970", "Laparoscopy, surgical, appendectomy")], date="2009-04-12")
    r.allergy("Sulfamethoxazole / trimethoprim", rx="10831", reaction="Hives")
    palp = r.condition("Palpitations", icd=("R00.2", "Palpitations"), sct=("80313002", "Palpitations"),
                       onset="2026-04-28", recorded="2026-05-12", recorder=pcp,
                       note="Episodes of racing/pounding heartbeat with lightheadedness, 2-4 times per week, lasting 5-20 minutes.")
    e1 = r.encounter("2026-05-12", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reason="Palpitations and near-fainting spells", prac=pcp)
    r.vitals("2026-05-12", e1, sbp=118, dbp=74, hr=78, wt=64.2)
    ecg = r.obs((SCT, "29303009", "Electrocardiographic procedure"), date="2026-05-12", cat="procedure", enc=e1,
                vstr="Normal sinus rhythm, rate 76. PR 152 ms, QRS 86 ms, QTc 412 ms. No pre-excitation. Normal ECG.",
                interp="N", extra_codes=[(LOINC, "11524-6", "EKG study")])
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-05-12", cbc(13.4), enc=e1)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-05-12", bmp(cr=0.74, egfr=104, extra=[
        dict(code=("19123-9", "Magnesium [Mass/volume] in Serum or Plasma"), value=2.0, unit="mg/dL", low=1.6, high=2.6),
        tsh(1.62)]), enc=e1)
    r.score(("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"), 3, "2026-05-12", enc=e1)
    r.score(("70274-6", "Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]"), 4, "2026-05-12", enc=e1)
    r.note("""PCP visit 05/12/2026. 41 y/o F with 2 weeks of episodic palpitations, sudden onset, some with lightheadedness and
tunnel vision while standing; no syncope. No caffeine excess, no stimulants, no new meds. Exam normal, no murmur.
ECG NSR, normal intervals. CBC, BMP, Mg, TSH normal. PHQ-9 3, GAD-7 4.
A/P: Palpitations with presyncope, unclear cause. Refer cardiology; ambulatory monitor.""", "2026-05-12", author=pcp, enc=e1)
    e2 = r.encounter("2026-06-30", "AMB", "Cardiology new patient consult", cpt=("99204", "Office or other outpatient visit, new patient, 45-59 minutes"),
                     reasons=[palp], prac=card)
    r.vitals("2026-06-30", e2, sbp=116, dbp=72)
    r.obs(("8867-4", "Heart rate"), 72, "/min", "2026-06-30", cat="vital-signs", enc=e2, interp=None,
          note="Orthostatic set: supine 72 / standing 3 min 86; BP 116/72 -> 112/74. Not consistent with POTS.", tt="09:25")
    r.service_request("Extended ambulatory ECG monitor, 14 days", [(CPT, "93247", "External electrocardiographic recording for more than 7 days up to 15 days"),
                      (L, "CARD-PATCH14", "ZIO XT 14-day patch")], status="completed", authored="2026-06-30", reasons=[palp], requester=card)
    r.service_request("Transthoracic echocardiogram complete", [(CPT, "93306", "Echocardiography, transthoracic, complete, with Doppler")],
                      status="completed", authored="2026-06-30", reasons=[palp], requester=card)
    r.report((L, "CARD-ECGMON14", "Extended ambulatory ECG monitor report"), "2026-07-20", [
        dict(code=(SCT, "29303009", "Electrocardiographic procedure"), cat="procedure",
             vstr="Predominant rhythm sinus, HR 54-148 (avg 79). Rare PACs (<0.1%), rare PVCs (<0.1%). No AF, SVT, VT or pauses. 9 patient-triggered events correlate with sinus rhythm 88-104 bpm.",
             interp="N")], cat=("CUS", "Cardiac Ultrasound"),
        conclusion="Normal 14-day ambulatory ECG. Symptoms correlate with sinus rhythm.")
    r.report((LOINC, "34552-0", "Cardiac 2D echo panel"), "2026-07-08", [
        dict(code=("10230-1", "Left ventricular Ejection fraction"), value=62, unit="%", low=52, high=72, cat="imaging"),
        dict(code=(L, "ECHO-MR-SEV", "Mitral regurgitation severity"),
             vstr="Trace, physiologic", cat="imaging", interp="N")],
        cat=("CUS", "Cardiac Ultrasound"),
        conclusion="Structurally normal heart. Normal biventricular size and function. No significant valve disease. No pericardial effusion.")
    r.note("""Cardiology consult 06/30/2026. Palpitations ~3x/week for 2 months with presyncope. Orthostatics negative for POTS.
ECG normal. Plan 14-day patch, TTE, exercise treadmill ECG.""", "2026-06-30", loinc=("11488-4", "Consult note"), author=card, enc=e2)
    e3 = r.encounter("2026-08-18", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"),
                     reasons=[palp], prac=pcp)
    r.vitals("2026-08-18", e3, sbp=120, dbp=76, wt=63.8)
    r.obs((r.site["local"], "CARD-ETT", "Exercise treadmill ECG (Bruce protocol)"), date="2026-08-04", cat="procedure",
          vstr="Bruce protocol 11:02 min, 13.4 METs, peak HR 176 (98% MPHR). No ischemic ST changes, no arrhythmia; symptoms not reproduced.",
          interp="N")
    r.note("""PCP follow-up 08/18/2026. Palpitations continue 2-3x/week, now also waking her at night twice. Cardiology workup
(14-day patch, echo, exercise treadmill ECG) all normal. Reassured that her heart is structurally normal.
Patient frustrated that episodes continue. Advised hydration, limit caffeine. Return to cardiology as scheduled.""",
           "2026-08-18", author=pcp, enc=e3)
    e4 = r.encounter("2026-10-27", "AMB", "Cardiology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[palp], prac=card)
    r.vitals("2026-10-27", e4, sbp=114, dbp=70, hr=76)
    r.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), 13.2, "g/dL", "2026-10-27", low=12.0, high=15.5, enc=e4)
    r.obs(("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), 48, "ng/mL", "2026-10-27", low=11, high=307, enc=e4)
    r.note("""Cardiology follow-up 10/27/2026. Ongoing palpitations with lightheadedness, about 3 episodes weekly, one
near-syncopal episode at work last month. Patch monitor: symptoms correlate with sinus rhythm. Echo normal, exercise
ECG normal. Repeat CBC and ferritin normal. No arrhythmic or structural cause identified. No specific diagnosis.
Reassurance provided. Follow up as needed; return if syncope.""", "2026-10-27", author=card, enc=e4)
    r.impression("2026-10-27", "Recurrent palpitations with presyncope for 6 months. Normal ECG, 14-day ambulatory monitor (symptoms = sinus rhythm), echocardiogram, exercise ECG, CBC, ferritin, TSH, electrolytes. No cardiac or metabolic cause identified; no diagnosis established.",
                 assessor=card, problems=[palp], enc=e4, findings=[cc((SCT, "80313002", "Palpitations"))], description="Cardiology reassessment")
    r.med("SUMAtriptan 50 MG Oral Tablet", rx="313207", authored="2025-11-03T10:00:00-06:00", dose="1 tab at migraine onset, may repeat in 2 h; max 200 mg/day",
          reasons=[mig], requester=pcp)
    r.immunization("141", "Influenza, seasonal, injectable", "2026-10-27")
    return r


def psn_p2(cid):
    """36M epigastric/chest discomfort: PCP visit then 2 ED visits within 14 days, all normal, still symptomatic."""
    r = Rec(cid, SITES["mesaverde"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Luis Alberto", "Ochoa", qual="DO", npi="1588210934", gender="male")
    edoc1 = r.practitioner("Hannah", "Whitcombe", npi="1740395128", gender="female")
    edoc2 = r.practitioner("Kwame", "Asante", npi="1265039847", gender="male")
    r.patient("Daniel Joseph", "Ruiz", "male", "1990-08-09", "MV20583361", "1408 W Isabella Ave", "Mesa", "AZ",
              "85202", "480-555-0124", marital=("S", "Never Married"), gp=pcp)
    r.coverage("Aetna", "Open Access Managed Choice", "W287731945")
    rhin = r.condition("Seasonal allergic rhinitis due to pollen", icd=("J30.2", "Other seasonal allergic rhinitis"),
                       sct=("21719001", "Allergic rhinitis due to pollen"), onset="2008-03-01", recorded="2019-05-14")
    r.condition("Closed fracture of distal radius, left", icd=("S52.502A", "Unspecified fracture of the lower end of left radius, initial encounter for closed fracture"),
                sct=("263199001", "Fracture of distal end of radius"), onset="2017-01-21", clinical="resolved", abate="2017-03-15",
                recorded="2019-05-14")
    r.obs(("72166-2", "Tobacco smoking status"), date="2026-10-06", cat="social-history",
          vcc=cc((SCT, "8517006", "Ex-smoker")), interp=None)
    sx = r.condition("Epigastric pain", icd=("R10.13", "Epigastric pain"), sct=("79922009", "Epigastric pain"),
                     onset="2026-09-10", recorded="2026-10-06", recorder=pcp,
                     note="Burning/pressure epigastric and lower substernal discomfort, intermittent, worse after meals and at night.")
    e1 = r.encounter("2026-10-06", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[sx], prac=pcp)
    r.vitals("2026-10-06", e1, sbp=124, dbp=78, hr=72, wt=86.4)
    r.obs((SCT, "29303009", "Electrocardiographic procedure"), date="2026-10-06", cat="procedure", enc=e1,
          vstr="Sinus rhythm 70, normal axis, no ST/T abnormality.", interp="N", extra_codes=[(LOINC, "11524-6", "EKG study")])
    r.note("""Office visit 10/06/2026. 36M, ~4 weeks of intermittent epigastric/lower chest burning and pressure, 3-4 episodes/week,
some waking him at night. No dysphagia, no melena, no weight loss. Exam benign. ECG normal in clinic.
Likely benign; reassured. Trial omeprazole 20 mg daily x 8 weeks. Return if not better.""", "2026-10-06", author=pcp, enc=e1)
    ppi = r.med("Omeprazole 20 MG Delayed Release Oral Capsule", rx="402014", authored="2026-10-06T10:20:00-07:00",
                dose="1 capsule by mouth daily before breakfast", reasons=[sx], requester=pcp)
    e2 = r.encounter("2026-10-11", "EMER", "Emergency department visit", cpt=("99284", "Emergency department visit, moderate medical decision making"),
                     reason="Chest pain", prac=edoc1, tstart="22:40", end="2026-10-12", tend="04:10",
                     dispo=("home", "Home"))
    r.vitals("2026-10-11", e2, sbp=132, dbp=84, hr=88, t="22:52")
    r.report(("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), "2026-10-11", [
        dict(code=("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), value=3, unit="ng/L", low=None, high=20, tt="23:05"),
        dict(code=("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), value=3, unit="ng/L", low=None, high=20, date="2026-10-12", tt="01:10")], enc=e2)
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-10-11",
             bmp(cr=0.98, glu=97, egfr=101) + hepatic(short=True) + [dict(code=("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma"), value=34, unit="U/L", low=11, high=82)], enc=e2)
    r.obs((LOINC, "36643-5", "XR Chest 2 Views"), date="2026-10-11", cat="imaging", enc=e2,
          vstr="No acute cardiopulmonary abnormality.", interp="N", tt="23:30")
    r.note("""ED note 10/11/2026 22:40. Epigastric/substernal burning pressure x 1 month, worse tonight after dinner. Started PPI 5 days ago.
ECG: NSR, no ischemia. hsTnI 3 -> 3 ng/L. CMP and lipase normal. CXR clear. HEART score 1.
Impression: chest pain, non-cardiac, low risk. Discharged; continue PPI, follow up with PCP.""", "2026-10-12",
           loinc=("34111-1", "Emergency department Note"), author=edoc1, enc=e2, t="04:00")
    e3 = r.encounter("2026-10-17", "EMER", "Emergency department visit", cpt=("99284", "Emergency department visit, moderate medical decision making"),
                     reason="Abdominal pain, epigastric", prac=edoc2, tstart="19:15", end="2026-10-17", tend="23:58",
                     dispo=("home", "Home"))
    r.vitals("2026-10-17", e3, sbp=128, dbp=80, t="19:25")
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-10-17", cbc(14.9, wct=7.4, sex="M")[:2], enc=e3)
    r.report(("24325-3", "Hepatic function 2000 panel - Serum or Plasma"), "2026-10-17",
             hepatic(alt=26, ast=22, short=True) + [dict(code=("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma"), value=29, unit="U/L", low=11, high=82)], enc=e3)
    r.report((L, "IMG-USRUQ", "US abdomen limited (RUQ)"), "2026-10-17", [
        dict(code=(L, "IMG-USRUQ", "US abdomen limited (RUQ)"), cat="imaging", vstr="Normal gallbladder without stones or wall thickening. CBD 3 mm. Normal liver and pancreas head.", interp="N")],
        cat=("RAD", "Radiology"), enc=e3, conclusion="Normal right upper quadrant ultrasound.")
    r.note("""ED note 10/17/2026. Second ED visit in 6 days for recurrent epigastric pain despite omeprazole. Afebrile, soft abdomen,
mild epigastric tenderness, no Murphy sign. CBC, CMP, lipase normal. RUQ US normal. Repeat ECG unchanged.
Impression: epigastric pain, etiology unclear. Discharged with famotidine PRN, PCP follow-up, GI referral suggested.""",
           "2026-10-17", loinc=("34111-1", "Emergency department Note"), author=edoc2, enc=e3, t="23:50")
    e4 = r.encounter("2026-11-09", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"),
                     reasons=[sx], prac=pcp)
    r.vitals("2026-11-09", e4, sbp=122, dbp=78, wt=85.9)
    r.obs((L, "LAB-HPSA", "H. pylori stool antigen"),
          date="2026-11-02", vcc=cc((LOINC, "LA6577-6", "Negative")), interp="N")
    r.note("""Follow-up 11/09/2026 after two ED visits. Symptoms unchanged on omeprazole for 5 weeks: epigastric burning/pressure
4x/week, nocturnal. Labs, ECGs, troponins, RUQ US and stool H. pylori antigen all normal. No diagnosis established.
Told findings are reassuring. Continue PPI. GI referral placed at patient's request; first available appointment 02/2027.""",
           "2026-11-09", author=pcp, enc=e4)
    r.service_request("Referral to Gastroenterology", [(SCT, "306174007", "Referral to gastroenterology service"), (L, "REF-GI", "AMB REFERRAL TO GASTROENTEROLOGY")],
                      status="active", authored="2026-11-09", reasons=[sx], requester=pcp, category=("3457005", "Patient referral"),
                      occurrence="2027-01-26")
    r.med("Cetirizine 10 MG Oral Tablet", rx="1014676", authored="2026-03-02T10:00:00-07:00", dose="1 tab daily as needed", reasons=[rhin], requester=pcp)
    return r


def psn_p3(cid):
    """72F positive FIT in July with no colonoscopy/GI follow-up through December."""
    r = Rec(cid, SITES["northwoods"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Karin", "Lindqvist", npi="1316940285", gender="female")
    r.patient("Dorothy Mae", "Halverson", "female", "1954-02-17", "NW0038814", "5120 Glenwood St", "Duluth", "MN", "55804",
              "218-555-0166", marital=("W", "Widowed"), gp=pcp)
    r.coverage("Medica", "Medica Advantage Solution PPO", "MA44019372", ptype=("MCPOL", "managed care policy"))
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"),
                      onset="2012-05-01", recorded="2014-08-12")
    hypo = r.condition("Hypothyroidism due to Hashimoto thyroiditis", icd=("E06.3", "Autoimmune thyroiditis"),
                       sct=("21983002", "Hashimoto thyroiditis"), onset="2005-01-01", recorded="2014-08-12")
    oa = r.condition("Primary osteoarthritis of right knee", icd=("M17.11", "Unilateral primary osteoarthritis, right knee"),
                     sct=("239873007", "Osteoarthritis of knee"), onset="2019-01-01", recorded="2019-10-02")
    r.condition("Community acquired pneumonia", icd=("J18.9", "Pneumonia, unspecified organism"), sct=("385093006", "Community acquired pneumonia"),
                onset="2024-01-08", clinical="resolved", abate="2024-01-29", recorded="2024-01-08")
    r.procedure("Colonoscopy", [(CPT, "45378", "Colonoscopy, flexible; diagnostic")], date="2015-06-03",
                note="Screening colonoscopy; diverticulosis, no polyps. Repeat screening interval 10 years.")
    e1 = r.encounter("2026-07-08", "AMB", "Annual wellness visit, subsequent", cpt=None, sct=("185349003", "Encounter for check up"),
                     reason="Medicare annual wellness visit", prac=pcp)
    r.vitals("2026-07-08", e1, sbp=134, dbp=78, hr=70, wt=71.8, ht=160.0)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-07-08", cbc(12.6, mcv=86), enc=e1)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-07-08", bmp(cr=0.86, egfr=71, extra=[tsh(2.3)]), enc=e1)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-07-08", lipids(196, 112, 61, 118), enc=e1)
    r.service_request("Fecal immunochemical occult blood screen (FIT)", [(CPT, "82274", "Blood, occult, by fecal hemoglobin determination by immunoassay, qualitative, feces, 1-3 simultaneous determinations"),
                      (L, "LAB8821", "FIT, STOOL, HOME KIT")], status="completed", authored="2026-07-08", requester=pcp,
                      reason_text="Colorectal cancer screening; last colonoscopy 2015")
    fit = r.obs(("29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), date="2026-07-22",
                vcc=cc((LOINC, "LA6576-8", "Positive")), interp="A", rr_text="Negative")
    r.report(("29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), "2026-07-22", [fit],
             conclusion="POSITIVE for fecal hemoglobin.")
    r.note("""Annual wellness visit 07/08/2026. 72F, feels well. Occasional constipation, no bleeding noticed. BP at goal.
Screening: last colonoscopy 2015 (diverticulosis). FIT kit given. Mammogram ordered. Labs reviewed: CBC, BMP, TSH, lipids ok.""",
           "2026-07-08", author=pcp, enc=e1)
    e2 = r.encounter("2026-09-15", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"),
                     reasons=[htn, oa], prac=pcp)
    r.vitals("2026-09-15", e2, sbp=132, dbp=76, hr=72, wt=71.2)
    r.note("""Follow-up 09/15/2026. Hypertension well controlled on lisinopril. Right knee OA pain manageable with acetaminophen
and topical diclofenac; continue home exercises. Patient reports some intermittent constipation, using fiber.
RTC 6 months.""", "2026-09-15", author=pcp, enc=e2)
    e3 = r.encounter("2026-10-20", "AMB", "Nurse visit - immunization", sct=("185389009", "Follow-up visit"), reason="Seasonal influenza vaccination")
    r.immunization("197", "Influenza, high-dose, quadrivalent", "2026-10-20")
    r.med("Lisinopril 20 MG Oral Tablet", rx="314077", authored="2025-09-12T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Levothyroxine Sodium 0.075 MG Oral Tablet", rx="966247", authored="2025-09-12T09:00:00-06:00", dose="1 tablet daily before breakfast", reasons=[hypo], requester=pcp)
    r.med("Diclofenac Sodium 10 MG/ML Topical Gel", rx="855633", authored="2026-03-04T09:00:00-06:00", dose="Apply 4 g to right knee four times daily as needed", reasons=[oa], requester=pcp)
    r.med("Acetaminophen 500 MG Oral Tablet", rx="198440", authored="2026-03-04T09:00:00-06:00", dose="1000 mg up to three times daily as needed", reasons=[oa], requester=pcp)
    return r


def psn_n1(cid):
    """47M chronic cough, later diagnosed cough-variant asthma (methacholine positive), improved on ICS/LABA."""
    r = Rec(cid, SITES["allegheny"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Colleen", "Brannigan", npi="1972045318", gender="female")
    pulm = r.practitioner("Ravi", "Subramanian", npi="1861930457", gender="male")
    r.patient("Thomas Edward", "Pacelli", "male", "1979-11-30", "AR7730154", "77 Greenfield Ave", "Pittsburgh", "PA", "15207",
              "412-555-0157", gp=pcp)
    r.coverage("Highmark Blue Shield", "PPOBlue", "HMK550193822")
    gerd = r.condition("Gastroesophageal reflux disease without esophagitis", icd=("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
                       sct=("235595009", "Gastroesophageal reflux disease"), onset="2018-01-01", recorded="2018-04-03")
    r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2020-01-01", recorded="2020-02-11")
    cough = r.condition("Chronic cough", icd=("R05.3", "Chronic cough"), sct=("68154008", "Chronic cough"), onset="2026-02-15",
                        clinical="resolved", abate="2026-09-08", recorded="2026-03-10", recorder=pcp)
    e1 = r.encounter("2026-03-10", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[cough], prac=pcp)
    r.vitals("2026-03-10", e1, sbp=126, dbp=80, hr=70, wt=91.2, ht=180.3, spo2=98)
    r.report((LOINC, "36643-5", "XR Chest 2 Views"), "2026-03-10", [dict(code=(LOINC, "36643-5", "XR Chest 2 Views"), cat="imaging", vstr="Lungs clear. No mass, infiltrate or effusion.", interp="N")],
             cat=("RAD", "Radiology"), enc=e1, conclusion="Normal chest radiograph.")
    r.note("""Visit 03/10/2026. Dry cough x 3-4 weeks after a cold, worse at night and with cold air. Non-smoker. Not on ACE inhibitor.
CXR normal. Plan: intranasal fluticasone for postnasal drip, increase PPI to BID, recheck 6 weeks.""", "2026-03-10", author=pcp, enc=e1)
    e2 = r.encounter("2026-04-21", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[cough], prac=pcp)
    r.report((L, "PFT-SPIRO", "Spirometry pre/post bronchodilator"), "2026-04-21", [
        dict(code=("20150-9", "FEV1"), value=3.62, unit="L", cat="procedure", interp="N"),
        dict(code=("19870-5", "Forced vital capacity [Volume] Respiratory system"), value=4.71, unit="L", cat="procedure", interp="N"),
        dict(code=("19926-5", "FEV1/FVC"), value=77, unit="%", cat="procedure", low=70, high=None)],
        cat=("PF", "Pulmonary Function"), enc=e2, conclusion="Normal spirometry, no significant bronchodilator response.")
    r.note("""Follow-up 04/21/2026. Cough persists despite PPI BID and nasal steroid. Spirometry normal. Refer pulmonology.""", "2026-04-21", author=pcp, enc=e2)
    e3 = r.encounter("2026-06-02", "AMB", "Pulmonology new patient consult", cpt=("99204", "Office or other outpatient visit, new patient, 45-59 minutes"), reasons=[cough], prac=pulm)
    mch = r.obs((L, "PFT-MCH", "Methacholine challenge PC20"), 1.8, "mg/mL", "2026-06-09", cat="procedure", interp="A",
                rr_text="PC20 > 16 mg/mL normal; < 4 mg/mL consistent with airway hyperresponsiveness", ucum="mg/mL")
    r.report((L, "PFT-BPC", "Bronchoprovocation study (methacholine)"), "2026-06-09", [mch], cat=("PF", "Pulmonary Function"),
             conclusion="Positive methacholine challenge, PC20 1.8 mg/mL: moderate airway hyperresponsiveness.")
    cva = r.condition("Cough variant asthma", icd=("J45.991", "Cough variant asthma"), sct=("195967001", "Asthma"), onset="2026-06-16",
                      recorded="2026-06-16", recorder=pulm)
    e4 = r.encounter("2026-06-16", "AMB", "Pulmonology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[cva], prac=pulm)
    r.note("""Pulmonology 06/16/2026. Methacholine challenge positive (PC20 1.8). Diagnosis: cough-variant asthma, which explains
the 4-month nocturnal cough. Start budesonide-formoterol 160/4.5 two puffs BID. FeNO 46 ppb.""", "2026-06-16",
           author=pulm, enc=e4, loinc=("11488-4", "Consult note"))
    r.obs((L, "PFT-FENO", "Fractional exhaled nitric oxide (FeNO)"), 46, "ppb", "2026-06-16", cat="procedure",
          low=None, high=25, ucum="[ppb]", enc=e4)
    r.med("Budesonide 0.16 MG/ACTUAT / Formoterol 0.0045 MG/ACTUAT Metered Dose Inhaler", rx="1245440", authored="2026-06-16T11:00:00-05:00",
          dose="2 puffs inhaled twice daily; rinse mouth after use", reasons=[cva], requester=pulm)
    e5 = r.encounter("2026-09-08", "AMB", "Pulmonology follow-up", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[cva], prac=pulm)
    r.score((L, "ACT-TOT", "Asthma control score (ACT) total"), 23, "2026-09-08", enc=e5)
    r.note("""Pulmonology 09/08/2026. Cough resolved within 6 weeks of ICS/LABA. Sleeping through the night. Asthma control score 23.
Continue current inhaler; step-down considered at 6 months.""", "2026-09-08", author=pulm, enc=e5)
    r.med("Omeprazole 20 MG Delayed Release Oral Capsule", rx="402014", authored="2026-04-21T09:00:00-05:00", dose="1 capsule daily", reasons=[gerd], requester=pcp)
    r.med("Atorvastatin 20 MG Oral Tablet", rx="617310", authored="2025-12-01T09:00:00-05:00", dose="1 tablet nightly", requester=pcp)
    return r


def psn_n2(cid):
    """64M elevated PSA with prompt urology follow-up, repeat PSA, MRI PI-RADS 2: surveillance."""
    r = Rec(cid, SITES["bayou"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Monique", "Batiste", npi="1548203917", gender="female")
    uro = r.practitioner("Edward", "Thibodeaux", npi="1093374628", gender="male")
    r.patient("Raymond Lee", "Fontenot", "male", "1962-04-05", "BC1193027", "3121 Esplanade Ave", "New Orleans", "LA", "70119",
              "504-555-0181", gp=pcp)
    r.coverage("UnitedHealthcare", "Choice Plus", "UHC932018847")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2015-01-01", recorded="2016-06-20")
    bph = r.condition("Benign prostatic hyperplasia with lower urinary tract symptoms", icd=("N40.1", "Benign prostatic hyperplasia with lower urinary tract symptoms"),
                      sct=("266569009", "Benign prostatic hyperplasia"), onset="2021-01-01", recorded="2021-03-09")
    r.condition("Kidney stone", icd=("N20.0", "Calculus of kidney"), sct=("95570007", "Kidney stone"), onset="2022-08-14", clinical="resolved", abate="2022-09-02", recorded="2022-08-14")
    e1 = r.encounter("2026-06-03", "AMB", "Preventive visit, established patient 40-64", cpt=("99396", "Periodic comprehensive preventive medicine reevaluation, 40-64 years"), prac=pcp)
    r.vitals("2026-06-03", e1, sbp=128, dbp=80, hr=68, wt=94.1, ht=182.9)
    psa1 = r.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), 6.8, "ng/mL", "2026-06-03", low=0, high=4.0, enc=e1)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-06-03", bmp(cr=1.02, egfr=81), enc=e1)
    pf = r.condition("Elevated prostate specific antigen (PSA)", icd=("R97.20", "Elevated prostate specific antigen [PSA]"), onset="2026-06-03", recorded="2026-06-05",
                     clinical="inactive", evidence=[psa1], note="Worked up by urology 06-07/2026; MRI PI-RADS 2. Surveillance.")
    r.note("""Preventive visit 06/03/2026. PSA 6.8 (2024: 3.1). BPH with nocturia x2 on tamsulosin. DRE: smooth, enlarged ~40 g, no nodules.
Urology referral placed today.""", "2026-06-03", author=pcp, enc=e1)
    r.service_request("Referral to Urology", [(SCT, "183524004", "Referral to urological service"), (L, "REF-URO", "AMB REFERRAL TO UROLOGY")],
                      status="completed", authored="2026-06-03", reasons=[pf], requester=pcp, category=("3457005", "Patient referral"))
    e2 = r.encounter("2026-06-24", "AMB", "Urology new patient", cpt=("99204", "Office or other outpatient visit, new patient, 45-59 minutes"), reasons=[pf], prac=uro)
    r.report(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), "2026-06-24", [
        dict(code=("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), value=6.1, unit="ng/mL", low=0, high=4.0),
        dict(code=("12841-4", "Prostate Specific Ag Free/Prostate specific Ag.total in Serum or Plasma"), value=24, unit="%", low=25, high=None,
             rr_text=">25% favors benign")], enc=e2)
    r.service_request("MRI prostate without and with contrast", [(CPT, "72197", "Magnetic resonance imaging, pelvis; without contrast material(s), followed by contrast material(s) and further sequences"), (L, "IMG-MRPROS", "MR PROSTATE MULTIPARAMETRIC")],
                      status="completed", authored="2026-06-24", reasons=[pf], requester=uro)
    r.report((L, "IMG-MRPROS", "MR prostate multiparametric"), "2026-07-15", [
        dict(code=(L, "IMG-MRPROS", "MR prostate multiparametric"), cat="imaging",
             vstr="Prostate volume 58 mL (PSA density 0.11). Diffuse BPH nodules in transition zone. No focal lesion in peripheral zone. PI-RADS 2.", interp="N")],
        cat=("RAD", "Radiology"), conclusion="PI-RADS v2.1 category 2: clinically significant cancer unlikely. Enlarged gland.")
    e3 = r.encounter("2026-07-22", "AMB", "Urology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[pf], prac=uro)
    r.note("""Urology 07/22/2026. PSA 6.8 -> 6.1, free PSA 24%, MRI PI-RADS 2, PSA density 0.11; elevation consistent with BPH (58 mL gland).
Biopsy not indicated. Plan repeat PSA in 6 months; continue tamsulosin; add finasteride discussed and declined.""", "2026-07-22", author=uro, enc=e3)
    r.service_request("PSA, total", [(CPT, "84153", "Prostate specific antigen (PSA); total"), (L, "LAB2210", "PSA TOTAL")], status="active",
                      authored="2026-07-22", occurrence="2027-01-20", reasons=[pf], requester=uro)
    e4 = r.encounter("2026-10-14", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[htn], prac=pcp)
    r.vitals("2026-10-14", e4, sbp=126, dbp=78, hr=70, wt=93.6)
    r.note("""Follow-up 10/14/2026. BP controlled. Urology evaluation of PSA complete (MRI PI-RADS 2); surveillance PSA January.""", "2026-10-14", author=pcp, enc=e4)
    r.med("Tamsulosin Hydrochloride 0.4 MG Oral Capsule", rx="863669", authored="2025-11-20T09:00:00-06:00", dose="1 capsule nightly", reasons=[bph], requester=pcp)
    r.med("Amlodipine 5 MG Oral Tablet", rx="197361", authored="2025-11-20T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    return r


CASES = [
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", psn_p1, ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
     "Palpitations with presyncope recorded on 4 dates over ~6 months (May-Oct 2026); ECG, 14-day patch, echo, exercise ECG and labs all normal; no explanatory diagnosis and symptoms continue.",
     "41F palpitations/presyncope for 6 months, full cardiac workup normal, no diagnosis"),
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", psn_p2, ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
     "Primary-care visit 2026-10-06 followed by two unscheduled ED visits (10-11, 10-17) within 14 days (Singh return-visit trigger); troponins, labs, US and H. pylori normal, symptoms ongoing with no diagnosis.",
     "36M epigastric/chest pain, PCP visit then two ED visits in 11 days, all normal"),
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", psn_p3, ["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
     "Positive FIT on 2026-07-22 with no colonoscopy, GI referral or repeat in the 132 days since (red flag without follow-up > 60 days, Murphy trigger).",
     "72F positive FIT in July, never followed up"),
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", psn_n1, [],
     "Chronic cough with normal CXR/spirometry, but a positive methacholine challenge led to a diagnosis of cough-variant asthma that explains it; cough resolved on ICS/LABA.",
     "47M chronic cough explained by cough-variant asthma, resolved"),
    ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", psn_n2, [],
     "Raised PSA (6.8) followed up within 3 weeks: urology, repeat PSA, free PSA, MRI PI-RADS 2 and planned surveillance PSA, so the red flag was not left without follow-up.",
     "64M raised PSA promptly worked up by urology (MRI PI-RADS 2)"),
]
