from fhirlib import *
from sites import SITES

COMMCAT = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/communication-category", "code": "notification", "display": "Notification"}],
           "text": "Patient medical advice request (portal)"}
PORTAL = {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "code": "EMAILWRIT", "display": "email"}],
          "text": "Patient portal message"}


def prc_p1(cid):
    """47F chronic migraine on Botox; portal pre-visit questionnaire answers YES to wanting a second opinion."""
    r = Rec(cid, SITES["mesaverde"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Alejandra", "Villarreal", npi="1083920475", gender="female")
    neuro = r.practitioner("Craig", "Henningsen", npi="1538207496", gender="male")
    r.patient("Stephanie Marie", "Larkin", "female", "1979-07-07", "MV30019284", "905 N Stapley Dr", "Mesa", "AZ", "85203", "480-555-0117", gp=pcp,
              email="slarkin79@example.com")
    r.coverage("Blue Cross Blue Shield of Arizona", "BlueCross BlueShield PPO", "AZB302918472")
    mig = r.condition("Chronic migraine without aura", icd=("G43.709", "Chronic migraine without aura, not intractable, without status migrainosus"),
                      sct=("56097005", "Migraine without aura"), onset="2019-01-01", recorded="2023-04-11",
                      note="Transformed to chronic (>= 15 headache days/month) in 2023.")
    rhin = r.condition("Allergic rhinitis due to pollen", icd=("J30.1", "Allergic rhinitis due to pollen"), sct=("21719001", "Allergic rhinitis due to pollen"), onset="2000-01-01", recorded="2019-02-01")
    r.procedure("Laparoscopic cholecystectomy", [(CPT, "47562", "Laparoscopy, surgical; cholecystectomy")], date="2017-08-22")
    r.medstmt("Topiramate 50 MG Oral Tablet", rx="205315", status="stopped", start="2023-05-01", end="2025-12-15", reasons=[mig],
              note="Stopped: cognitive slowing, paresthesias; modest benefit.")
    e1 = r.encounter("2026-05-12", "AMB", "Neurology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[mig], prac=neuro)
    r.score((L, "HA-DAYS-MO", "Headache days per month (patient diary)"), 16, "2026-05-12", enc=e1, unit="/mo")
    r.procedure("Chemodenervation for chronic migraine (onabotulinumtoxinA 155 units, PREEMPT)", [(CPT, "64615", "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)")],
                date="2026-05-12T10:30:00-07:00", reasons=[mig], performer=neuro, enc=e1)
    e2 = r.encounter("2026-08-18", "AMB", "Neurology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[mig], prac=neuro)
    r.score((L, "HA-DAYS-MO", "Headache days per month (patient diary)"), 15, "2026-08-18", enc=e2, unit="/mo")
    r.procedure("Chemodenervation for chronic migraine (onabotulinumtoxinA 155 units, PREEMPT)", [(CPT, "64615", "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)")],
                date="2026-08-18T10:30:00-07:00", reasons=[mig], performer=neuro, enc=e2)
    r.note("""Neurology 08/18/2026. Chronic migraine, third Botox cycle. Headache days 15/month (16 in May), severity a bit lower. Using
rizatriptan ~8 days/month. MRI brain 2023 normal. Continue Botox q12 weeks; consider CGRP antibody if insurance approves.""",
           "2026-08-18", author=neuro, enc=e2)
    e3 = r.encounter("2026-11-10", "AMB", "Neurology procedure visit", cpt=("64615", "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)"),
                     reasons=[mig], prac=neuro)
    r.score((L, "HA-DAYS-MO", "Headache days per month (patient diary)"), 16, "2026-11-10", enc=e3, unit="/mo")
    r.procedure("Chemodenervation for chronic migraine (onabotulinumtoxinA 155 units, PREEMPT)", [(CPT, "64615", "Chemodenervation of muscle(s); muscle(s) innervated by facial, trigeminal, cervical spinal and accessory nerves, bilateral (eg, for chronic migraine)")],
                date="2026-11-10T10:30:00-07:00", reasons=[mig], performer=neuro, enc=e3)
    r.qr("https://fhir.mesaverde-health.com/Questionnaire/neuro-previsit|2.1", "2026-11-20", [
        {"linkId": "1", "text": "Since your last visit, how would you describe your headaches?", "answer": [{"valueString": "About the same - still most days"}]},
        {"linkId": "2", "text": "How many days in the last month did headaches keep you from work or family activities?", "answer": [{"valueInteger": 9}]},
        {"linkId": "3", "text": "Do you feel your concerns are being addressed by your care team?", "answer": [yesno(False)]},
        {"linkId": "4", "text": "Would you like to request a second opinion about your diagnosis or treatment plan?", "answer": [yesno(True)]},
        {"linkId": "4.1", "text": "If yes, please tell us more", "answer": [{"valueString": "I have had headaches almost every day for 3 years. I keep getting the same shots and nothing really changes. I would like a headache specialist at another center to review everything."}]},
    ])
    r.med("Rizatriptan 10 MG Oral Tablet", rx="208467", authored="2026-05-12T11:00:00-07:00", dose="1 tablet at onset, may repeat in 2 h, max 2/day, max 9 days/month",
          reasons=[mig], requester=neuro)
    r.med("Fluticasone Propionate 0.05 MG/ACTUAT Nasal Spray", rx="847220", authored="2026-03-01T09:00:00-07:00", dose="2 sprays each nostril daily", reasons=[rhin], requester=pcp)
    return r


def prc_p2(cid):
    """58M painful diabetic neuropathy; portal message asking for a second opinion because he feels unheard."""
    r = Rec(cid, SITES["sierra"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Vanessa", "Ortiz-Blum", npi="1255019384", gender="female")
    neuro = r.practitioner("Henry", "Achterberg", npi="1366120487", gender="male")
    r.patient("Richard Allen", "Moffitt", "male", "1968-02-09", "SF-0591846", "10218 Alta Sierra Dr", "Grass Valley", "CA", "95949", "530-555-0198", gp=pcp)
    r.coverage("Blue Shield of California", "Blue Shield PPO Gold 80", "XEA938104572")
    dm = r.condition("Type 2 diabetes mellitus with diabetic polyneuropathy", icd=("E11.42", "Type 2 diabetes mellitus with diabetic polyneuropathy"),
                     sct=("44054006", "Diabetes mellitus type 2"), onset="2014-01-01", recorded="2015-02-03")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2014-01-01", recorded="2015-02-03")
    r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2015-01-01", recorded="2015-02-03")
    r.condition("Plantar fasciitis, left", icd=("M72.2", "Plantar fascial fibromatosis"), sct=("202882003", "Plantar fasciitis"), onset="2022-04-01", clinical="resolved", abate="2022-10-01", recorded="2022-04-10")
    r.report((L, "NCS-EMG", "Nerve conduction studies and EMG, lower extremities"), "2026-03-17", [
        dict(code=(L, "NCS-EMG", "Nerve conduction studies and EMG, lower extremities"), cat="procedure",
             vstr="Absent sural responses bilaterally, reduced peroneal CMAP amplitudes; length-dependent axonal sensorimotor polyneuropathy.", interp="A")],
        cat=("OTH", "Other"),
        conclusion="Length-dependent axonal sensorimotor polyneuropathy, consistent with diabetic neuropathy.")
    for d, v in (("2026-02-10", 7.3), ("2026-06-09", 7.2), ("2026-10-13", 7.4)):
        e = r.encounter(d, "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[dm, htn], prac=pcp)
        r.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), v, "%", d, low=4.0, high=5.6, enc=e)
    r.vitals("2026-10-13", e, sbp=132, dbp=80, hr=76, wt=101.6)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-10-13", bmp(cr=1.0, glu=148, egfr=86), enc=e)
    r.obs(("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine"), 18, "mg/g", "2026-10-13", low=0, high=30, enc=e)
    r.note("""PCP 10/13/2026. Diabetes stable, A1c 7.4. Ongoing burning pain and numbness both feet to mid-shin, worse at night; on gabapentin
900 mg TID and duloxetine 60 mg; partial relief. Neurology (03/2026) confirmed diabetic polyneuropathy. Discussed that neuropathy
pain is hard to treat; continue current regimen, foot care.""", "2026-10-13", author=pcp, enc=e)
    r.note("""Neurology 03/24/2026. EMG/NCS: axonal sensorimotor polyneuropathy, length-dependent. B12, SPEP, TSH normal. Diabetic neuropathy.
Add duloxetine to gabapentin. Follow up PRN.""", "2026-03-24", author=neuro, loinc=("11488-4", "Consult note"))
    msg = r.communication("Dr. Ortiz-Blum, I have been telling you and the neurologist for almost a year that the burning in my feet keeps me up most "
                          "nights. Every visit I am told it is just the diabetes and to keep taking the same pills. I don't feel like anyone is really "
                          "listening. I would like a second opinion from a different neurologist or a pain specialist outside Sierra Foothills. "
                          "Can you please send a referral? - Richard Moffitt", "2026-11-12", r.pt, pcp, category=COMMCAT, medium=PORTAL,
                          topic="Request for second opinion referral")
    r.communication("Hi Mr. Moffitt, thank you for your message. I am sorry the pain is still affecting your sleep. Let's talk about options, including "
                    "a referral, at your visit on 12/10. - V. Ortiz-Blum, MD", "2026-11-13", pcp, r.pt, in_response_to=msg, medium=PORTAL)
    r.med("Gabapentin 300 MG Oral Capsule", rx="310431", authored="2025-06-01T09:00:00-08:00", dose="3 capsules (900 mg) three times daily", reasons=[dm], requester=pcp)
    r.med("DULoxetine 60 MG Delayed Release Oral Capsule", rx="596930", authored="2026-03-24T09:00:00-07:00", dose="1 capsule daily", reasons=[dm], requester=neuro)
    r.med("metFORMIN Hydrochloride 1000 MG Oral Tablet", rx="861004", authored="2025-06-01T09:00:00-08:00", dose="1 tablet twice daily", reasons=[dm], requester=pcp)
    r.med("Semaglutide 1 MG/DOSE Pen Injector", rx="1991311", authored="2025-06-01T09:00:00-08:00", dose="1 mg subcutaneously weekly", reasons=[dm], requester=pcp)
    r.med("Lisinopril 20 MG Oral Tablet", rx="314077", authored="2025-06-01T09:00:00-08:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    return r


def prc_p3(cid):
    """34F endometriosis; patient-authored portal Flag requesting a second opinion on management."""
    r = Rec(cid, SITES["cascadia"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Hannah", "Bjornstad", npi="1487203956", gender="female")
    gyn = r.practitioner("Marisol", "Quintero", npi="1629304857", gender="female")
    r.patient("Kaitlyn Rose", "McAllister", "female", "1992-05-25", "CH50382917", "2145 NW Irving St", "Portland", "OR", "97210", "503-555-0187", gp=pcp,
              marital=("M", "Married"), email="kr.mcallister@example.com")
    r.coverage("Moda Health", "Moda Synergy PPO", "MDA7302948")
    endo = r.condition("Endometriosis of pelvic peritoneum and left ovary, rASRM stage II", sct=("129103003", "Endometriosis"),
                       onset="2021-01-01", recorded="2025-03-20", note="Laparoscopic diagnosis 03/2025 with excision.")
    r.condition("Vitamin D deficiency", icd=("E55.9", "Vitamin D deficiency, unspecified"), sct=("34713006", "Vitamin D deficiency"), onset="2023-01-10", clinical="resolved",
                abate="2023-06-01", recorded="2023-01-10")
    r.procedure("Laparoscopy with excision of endometriosis", [(CPT, "58662", "Laparoscopy, surgical; with fulguration or excision of lesions of the ovary, pelvic viscera, or peritoneal surface by any method")],
                date="2025-03-18T07:45:00-07:00", reasons=[endo], performer=gyn, outcome="Superficial peritoneal lesions and 1.5 cm left endometrioma excised.")
    r.med("Elagolix 150 MG Oral Tablet", rx="2058880", authored="2026-03-10T10:00:00-08:00", dose="1 tablet daily", reasons=[endo], requester=gyn)
    for d, nrs in (("2026-03-10", 7), ("2026-07-07", 6), ("2026-10-14", 7)):
        e = r.encounter(d, "AMB", "Gynecology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[endo], prac=gyn)
        r.obs(("72514-3", "Pain severity - 0-10 verbal numeric rating [Score] - Reported"), nrs, "{score}", d, cat="survey", enc=e, interp=None)
    r.vitals("2026-10-14", e, sbp=112, dbp=70, wt=62.0)
    r.note("""Gyn 10/14/2026. Endometriosis stage II, s/p excision 03/2025. On elagolix since March; dysmenorrhea improved but still daily pelvic
pain 6-7/10 and dyspareunia. Desires pregnancy in 1-2 years, so definitive surgery not appropriate. Options: continue elagolix with
add-back, pelvic floor PT, or repeat laparoscopy later. Patient tearful, feels her pain is being minimized.""", "2026-10-14", author=gyn, enc=e)
    r.service_request("Pelvic floor physical therapy", [(CPT, "97161", "Physical therapy evaluation: low complexity"), (L, "REF-PT-PELVIC", "AMB REFERRAL PELVIC FLOOR PT")],
                      status="active", authored="2026-10-14", reasons=[endo], requester=gyn, category=("3457005", "Patient referral"))
    r.flag("Patient request: second opinion regarding endometriosis management (submitted by patient via MyChart request form)", "2026-11-08", r.pt,
           codings=[(L, "FLG-2OP-REQ", "Second opinion requested by patient")])
    e2 = r.encounter("2026-08-26", "AMB", "Preventive visit, established patient 18-39", cpt=("99395", "Periodic comprehensive preventive medicine reevaluation, 18-39 years"), prac=pcp)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-08-26", cbc(12.9), enc=e2)
    r.note("""Annual 08/26/2026. Endometriosis followed by gynecology. Pap 2025 normal. Mood stable, PHQ-2 negative.""", "2026-08-26", author=pcp, enc=e2)
    r.obs(("55758-7", "Patient Health Questionnaire 2 item (PHQ-2) total score [Reported]"), 1, "{score}", "2026-08-26", cat="survey", enc=e2, interp=None)
    r.med("Naproxen sodium 550 MG Oral Tablet", rx="849574", authored="2026-03-10T10:00:00-08:00", dose="1 tablet twice daily with food as needed", reasons=[endo], requester=gyn)
    return r


def prc_n1(cid):
    """52M non-dysplastic Barrett's; GI portal questionnaire answers NO to second opinion."""
    r = Rec(cid, SITES["allegheny"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Gregory", "Tomasello", npi="1740293856", gender="male")
    gi = r.practitioner("Nadia", "Kowalski-Reyes", npi="1295038476", gender="female")
    r.patient("Mark Steven", "Dudek", "male", "1974-09-03", "AR3390176", "4420 Murray Ave", "Pittsburgh", "PA", "15217", "412-555-0183", gp=pcp)
    r.coverage("Highmark Blue Shield", "Community Blue Flex", "HMK330291845")
    be = r.condition("Barrett's esophagus without dysplasia", icd=("K22.70", "Barrett's esophagus without dysplasia"), sct=("302914006", "Barrett's esophagus"),
                     onset="2023-09-12", recorded="2023-09-20", note="C2M3 segment.")
    gerd = r.condition("Gastroesophageal reflux disease without esophagitis", icd=("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
                       sct=("235595009", "Gastroesophageal reflux disease"), onset="2015-01-01", recorded="2016-01-05")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2020-01-01", recorded="2020-03-02")
    r.qr("https://fhir.alleghenyridge.edu/Questionnaire/gi-previsit|1.4", "2026-10-06", [
        {"linkId": "1", "text": "Are you having heartburn or regurgitation more than twice a week?", "answer": [yesno(False)]},
        {"linkId": "2", "text": "Any trouble swallowing, black stools or weight loss?", "answer": [yesno(False)]},
        {"linkId": "3", "text": "Do you feel your concerns are being addressed by your care team?", "answer": [yesno(True)]},
        {"linkId": "4", "text": "Would you like to request a second opinion about your diagnosis or treatment plan?", "answer": [yesno(False)]},
    ])
    e1 = r.encounter("2026-10-13", "AMB", "Endoscopy", cpt=("43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple"), reasons=[be], prac=gi,
                     tstart="08:00", tend="10:00")
    r.procedure("EGD with surveillance biopsies (Seattle protocol)", [(CPT, "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")],
                date="2026-10-13T08:30:00-04:00", reasons=[be], performer=gi, enc=e1, outcome="C2M3 Barrett's, no nodularity.")
    r.report((LOINC, "22634-0", "Pathology report.gross and microscopic"), "2026-10-15", [
        dict(code=(LOINC, "22634-0", "Pathology report.gross and microscopic"), vstr="Distal esophagus biopsies: columnar mucosa with intestinal metaplasia; negative for dysplasia.", interp="A")],
        cat=("SP", "Surgical Pathology"), conclusion="Barrett's esophagus, negative for dysplasia.")
    r.note("""GI 10/20/2026 (result note). Non-dysplastic Barrett's, stable segment. Continue omeprazole daily. Next surveillance EGD in 3-5 years.
Patient informed via portal; no questions.""", "2026-10-20", author=gi)
    e2 = r.encounter("2026-07-14", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[htn], prac=pcp)
    r.vitals("2026-07-14", e2, sbp=128, dbp=82, hr=70, wt=96.3, ht=178.0)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-07-14", bmp(cr=1.05, egfr=84), enc=e2)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-07-14", lipids(184, 110, 45, 145), enc=e2)
    r.note("""PCP 07/14/2026. HTN controlled on chlorthalidone. GERD symptoms controlled. Due for Barrett's surveillance in October.""", "2026-07-14", author=pcp, enc=e2)
    r.med("Omeprazole 40 MG Delayed Release Oral Capsule", rx="200329", authored="2026-01-08T09:00:00-05:00", dose="1 capsule daily before breakfast", reasons=[be, gerd], requester=gi)
    r.med("Chlorthalidone 25 MG Oral Tablet", rx="197499", authored="2026-01-08T09:00:00-05:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    return r


def prc_n2(cid):
    """61F CKD 3a; asked for a second opinion in May; outside nephrology second opinion completed Aug 2026."""
    r = Rec(cid, SITES["capitol"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Lorraine", "Pettaway", npi="1326590481", gender="female")
    neph = r.practitioner("Curtis", "Ambrose", npi="1184920375", gender="male")
    outorg = r.organization("Commonwealth University Kidney Center", "Charlottesville", "VA", npi="1407283916", line="1300 Jefferson Park Ave")
    outneph = r.practitioner("Priyanka", "Raghunathan", npi="1952038476", gender="female")
    r.patient("Gwendolyn Faye", "Tolliver", "female", "1965-12-01", "CH8830265", "1907 Grove Ave", "Richmond", "VA", "23220", "804-555-0102", gp=pcp,
              marital=("M", "Married"))
    r.coverage("Optima Health", "Optima Health POS", "OPT50392184")
    ckd = r.condition("Chronic kidney disease stage 3a due to hypertensive nephrosclerosis", icd=("N18.31", "Chronic kidney disease, stage 3a"),
                      sct=("433144002", "Chronic kidney disease stage 3"), onset="2022-01-01", recorded="2022-09-14")
    htn = r.condition("Hypertensive chronic kidney disease", icd=("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease"),
                      sct=("38341003", "Hypertensive disorder"), onset="2010-01-01", recorded="2012-02-10")
    r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2012-01-01", recorded="2012-02-10")
    for d, cr, eg, na, k, bun, glu in (("2026-02-17", 1.16, 52, 140, 4.6, 22, 97), ("2026-05-12", 1.20, 50, 138, 4.9, 25, 104), ("2026-11-03", 1.14, 53, 141, 4.5, 21, 94)):
        e = r.encounter(d, "AMB", "Nephrology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[ckd], prac=neph)
        r.report(("51990-0", "Basic metabolic panel - Blood"), d, bmp(na=na, k=k, bun=bun, glu=glu, cr=cr, egfr=eg), enc=e)
    r.obs(("14959-1", "Microalbumin/Creatinine [Mass Ratio] in Urine"), 96, "mg/g", "2026-11-03", low=0, high=30, enc=e)
    r.vitals("2026-11-03", e, sbp=128, dbp=76, wt=77.2)
    msg = r.communication("Hello, I read my kidney results online and I am worried. My mother was on dialysis. I would like to get a second opinion "
                          "from a kidney specialist at the university to make sure nothing is being missed. Thank you, Gwen Tolliver",
                          "2026-05-18", r.pt, neph, category=COMMCAT, medium=PORTAL, topic="Second opinion request")
    r.service_request("Referral for second opinion - nephrology", [(L, "REF-2OP-NEPH", "REFERRAL FOR SECOND OPINION, OUTSIDE")], status="completed", authored="2026-05-20",
                      reasons=[ckd], requester=neph, performer=outorg, category=("3457005", "Patient referral"))
    e2 = r.encounter("2026-08-14", "AMB", "Second opinion consultation, nephrology", cpt=("99204", "Office or other outpatient visit, new patient, 45-59 minutes"), reasons=[ckd],
                     prac=outneph, org=outorg)
    r.note("""Nephrology second opinion, Commonwealth University Kidney Center, 08/14/2026. Patient-requested second opinion on CKD.
Reviewed records 2019-2026: eGFR stable 50-55 for 3 years, UACR ~100 mg/g, bland sediment, normal renal US, negative serologies.
Opinion: agree with diagnosis of hypertensive nephrosclerosis, CKD G3a A2, low risk of progression to kidney failure (KFRE 5-yr 2.9%).
Current management (lisinopril, dapagliflozin, statin, BP goal < 130/80) is appropriate. No kidney biopsy needed. Return to
primary nephrologist.""", "2026-08-14", loinc=("11488-4", "Consult note"), author=outneph, enc=e2, custodian=outorg, title="Second opinion consultation - nephrology")
    r.note("""Nephrology 11/03/2026. Reviewed university second opinion (concurs). eGFR 53, stable. Patient reassured. Continue regimen.""", "2026-11-03", author=neph, enc=e)
    r.med("Lisinopril 40 MG Oral Tablet", rx="197884", authored="2026-01-05T09:00:00-05:00", dose="1 tablet daily", reasons=[htn, ckd], requester=neph)
    r.med("Dapagliflozin 10 MG Oral Tablet", rx="1488569", authored="2026-01-05T09:00:00-05:00", dose="1 tablet daily", reasons=[ckd], requester=neph)
    r.med("Atorvastatin 40 MG Oral Tablet", rx="617311", authored="2026-01-05T09:00:00-05:00", dose="1 tablet daily", requester=pcp)
    return r


CASES = [
    ("PATIENT_REPORTED_CONCERN", "positive", prc_p1, ["PATIENT_REPORTED_CONCERN"],
     "Portal pre-visit QuestionnaireResponse (2026-11-20) answers 'Yes' to 'Would you like to request a second opinion about your diagnosis or treatment plan?' with free-text explanation.",
     "47F chronic migraine, questionnaire answer 'Yes' to second opinion"),
    ("PATIENT_REPORTED_CONCERN", "positive", prc_p2, ["PATIENT_REPORTED_CONCERN"],
     "Patient-authored portal Communication (2026-11-12) says he feels unheard and asks for a second-opinion referral; no second opinion on record yet.",
     "58M painful diabetic neuropathy, portal message asking for a second opinion"),
    ("PATIENT_REPORTED_CONCERN", "positive", prc_p3, ["PATIENT_REPORTED_CONCERN"],
     "Active Flag authored by the patient (portal request form, 2026-11-08) requesting a second opinion on endometriosis management.",
     "34F endometriosis, patient-entered flag requesting second opinion"),
    ("PATIENT_REPORTED_CONCERN", "near-miss", prc_n1, [],
     "Portal questionnaire asks the second-opinion question but the answer is 'No'; no other patient signal.",
     "52M Barrett's surveillance, questionnaire answer 'No'"),
    ("PATIENT_REPORTED_CONCERN", "near-miss", prc_n2, [],
     "Patient asked for a second opinion in May, but the outside nephrology second opinion was completed 2026-08-14 (within 12 months) and no new request since: suppressed.",
     "61F CKD 3a, requested second opinion already completed in August"),
]
