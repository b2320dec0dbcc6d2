from lib import *

SITES = [
 dict(name="Lakeshore Regional Medical Center", base="https://fhir.lakeshore-rmc.org/r4", npi="1588667638", mrn="urn:oid:2.16.840.1.113883.3.7204.1", street="Harbor View Dr", zip="60614"),
 dict(name="Mesa Verde Family Health", base="https://ehr.mesaverdefh.com/fhir/R4", npi="1215932847", mrn="urn:oid:2.16.840.1.113883.3.5511.2", street="Saguaro Ln", zip="85004"),
 dict(name="St. Brendan's Hospital", base="https://api.stbrendans.org/fhir/r4", npi="1902837465", mrn="http://stbrendans.org/mrn", street="Abbey Rd", zip="02134"),
 dict(name="Piedmont Valley Health System", base="https://fhir.pvhs.net/api/FHIR/R4", npi="1730284956", mrn="urn:oid:1.2.840.114350.1.13.812.2.7.5.737384.14", street="Magnolia Ct", zip="28202"),
 dict(name="Cascade Kidney & Internal Medicine", base="https://cascade-kim.example.org/fhir", npi="1467395028", mrn="urn:oid:2.16.840.1.113883.3.9921.4", street="Alder St", zip="98101"),
 dict(name="Gulf Coast University Hospital", base="https://fhir.gcuh.edu/r4", npi="1093847562", mrn="https://gcuh.edu/identifiers/mrn", street="Bayou Blvd", zip="77030"),
 dict(name="Northern Plains Clinic", base="https://fhir.npclinic.org/R4", npi="1386472950", mrn="urn:oid:2.16.840.1.113883.3.3100.8", street="Prairie Ave", zip="58102"),
 dict(name="Hudson River Children's & Women's Hospital", base="https://fhir.hrcwh.org/r4", npi="1629384750", mrn="urn:oid:2.16.840.1.113883.3.441.1", street="Riverside Dr", zip="12207"),
 dict(name="Sierra Foothills Medical Group", base="https://mg.sierrafoothills.org/fhir/r4", npi="1952048371", mrn="urn:oid:2.16.840.1.113883.3.6620.3", street="Gold Rush Way", zip="95603"),
 dict(name="Blue Ridge Oncology & Hematology", base="https://fhir.blueridgeonc.com/r4", npi="1174950382", mrn="urn:oid:2.16.840.1.113883.3.8812.2", street="Parkway Rd", zip="24016"),
 dict(name="Twin Cities Heart & Vascular", base="https://fhir.tchv.org/r4", npi="1548203967", mrn="urn:oid:2.16.840.1.113883.3.1717.6", street="Nicollet Ave", zip="55403"),
 dict(name="Desert Sun Health Partners", base="https://fhir.desertsunhp.com/R4", npi="1306827451", mrn="urn:oid:2.16.840.1.113883.3.2525.9", street="Palo Verde Rd", zip="89109"),
]

CASES = []
def case(target, kind, site, expected=None, summary="", why=""):
    def deco(f):
        CASES.append(dict(fn=f, target=target, kind=kind, site=SITES[site],
                          expected=expected if expected is not None else ([target] if kind == "positive" else []),
                          summary=summary, why=why))
        return f
    return deco

def visit(c, date, typ, sbp, dbp, hr, wt=None, who=0, cls="AMB", reason=None, **kw):
    e = c.enc(date, typ, cls=cls, who=who, reason=reason, **kw)
    c.vitals(date, e, sbp, dbp, hr, wt, **{k: v for k, v in kw.items() if k in ()})
    return e

HTN = cc((SCT, "38341003", "Hypertensive disorder, systemic arterial"), (ICD, "I10", "Essential (primary) hypertension"), text="Essential hypertension")
HLD = cc((SCT, "55822004", "Hyperlipidemia"), (ICD, "E78.5", "Hyperlipidemia, unspecified"), text="Hyperlipidemia")

# ---------------- 1 PERSISTENT_SYMPTOMS_NORMAL_WORKUP ----------------
@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", 0,
      summary="31F exertional dyspnoea on 4 visits over 5 months; CXR, echo, PFTs, labs, CT-PA all normal; no diagnosis",
      why="Dyspnoea recorded on four dates from June to November 2026 (>8 weeks); every test in the window normal; no explanatory diagnosis made and she was told the work-up is reassuring.")
def p1a(c):
    c.setup("Danielle Marie", "Okafor", "female", "1995-03-14", "Chicago", "IL", "Blue Cross Blue Shield of Illinois",
            clinicians=[("Hartigan, Colleen", "Internal Medicine"), ("Basu, Arjun", "Pulmonology"), ("Feld, Miriam", "Cardiology")])
    c.cond(cc((SCT, "35489007", "Depressive disorder"), (ICD, "F32.A", "Depression, unspecified"), text="Depression, in remission"), "2019-05-01", status="resolved", abate="2021-02-01")
    dates = ["2026-06-09", "2026-07-21", "2026-09-15", "2026-11-10"]
    encs = []
    for i, d in enumerate(dates):
        e = visit(c, d, "Office visit", 112 + i, 70, 78 + i, 63.5, who=[0, 1, 2, 0][i], reason="Shortness of breath on exertion")
        encs.append(e)
        c.cond(cc((SCT, "60845006", "Dyspnea on exertion"), (ICD, "R06.09", "Other forms of dyspnea")), "2026-05-20", cat="encounter-diagnosis", enc=e, recorded=d)
        c.obs(("59408-5", "Oxygen saturation in Arterial blood by Pulse oximetry"), d, 98, "%", cat="vital-signs", enc=e, low=95)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-06-09", 13.4, "g/dL", low=12.0, high=15.5, enc=encs[0])
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-06-09", 1.9, "m[IU]/L", low=0.4, high=4.5, enc=encs[0])
    c.obs(("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-06-09", 54, "ng/mL", low=15, high=150, enc=encs[0])
    c.obs(("33762-6", "NT-proBNP [Mass/volume] in Serum or Plasma"), "2026-07-21", 41, "pg/mL", high=125, enc=encs[1])
    c.obs(("48065-7", "Fibrin D-dimer FEU [Mass/volume] in Platelet poor plasma"), "2026-07-21", 0.28, "ug/mL", "ug/mL{FEU}", high=0.50, enc=encs[1])
    f1 = c.obs(("20150-9", "FEV1"), "2026-07-30", 3.21, "L", low=2.6, cat="procedure")
    f2 = c.obs(("19926-5", "FEV1/FVC"), "2026-07-30", 84, "%", low=70, cat="procedure")
    f3 = c.obs(cc((LOINC, "19911-7", "Diffusion capacity.carbon monoxide"), text="DLCO % predicted"), "2026-07-30", 96, "%", low=75, cat="procedure")
    c.dr(cc((LOINC, "81459-0", "Pulmonary function panel"), text="Pulmonary function studies (spirometry, lung volumes, DLCO)"), "2026-07-30", [f1, f2, f3], "Normal spirometry, lung volumes and diffusion capacity. No bronchodilator response.", cat=("PF", "Pulmonary function"), who=1)
    e1 = c.obs(cc((LOINC, "10230-1", "Left ventricular Ejection fraction"), text="LVEF (TTE)"), "2026-08-18", 62, "%", low=52, cat="imaging")
    c.dr(cc((LOINC, "34552-0", "Cardiac 2D echo panel"), text="Transthoracic echocardiogram"), "2026-08-18", [e1], "Structurally normal heart. Normal biventricular size and function, no valvular disease, estimated RVSP 22 mmHg.", cat=("CUS", "Cardiac Ultrasound"), who=2)
    c.dr(cc((LOINC, "24627-2", "Chest CT"), text="CT angiography chest (pulmonary embolism protocol)"), "2026-09-22", [], "No pulmonary embolism. Lungs clear. No adenopathy.", cat=("RAD", "Radiology"), who=1)
    c.note("2026-11-10", "Internal medicine follow-up",
           """Follow-up for breathlessness on stairs and when walking uphill, now about 6 months. Reports she has to stop after 2 flights, which is new for her (previously ran 5k). No wheeze, no chest pain, no orthopnea.
Work-up to date: CBC, TSH, ferritin, NT-proBNP, D-dimer normal. PFTs with DLCO normal. TTE normal. CTPA negative.
Pulmonology and cardiology both advise no pulmonary or cardiac cause found. Patient tearful, says she keeps being told 'everything is normal' but she cannot keep up with her kids.
Assessment: exertional dyspnea, etiology not established.
Plan: continue to monitor; return in 3 months.""", who=0, enc=encs[-1])


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", 6,
      summary="66M iron-deficiency anaemia on labs Aug 2026, no colonoscopy, GI referral or repeat labs in >60 days",
      why="Red-flag finding (microcytic iron-deficiency anaemia in a man over 60) from 2026-08-12 with no follow-up action in the following 111 days, the Murphy et al. missed-follow-up e-trigger.")
def p1b(c):
    c.setup("Gerald Wayne", "Lindqvist", "male", "1960-04-02", "Fargo", "ND", "Medicare Part B", plan="Medicare",
            clinicians=[("Thorsen, Karl", "Family Medicine")])
    htn = c.cond(HTN, "2014-06-01")
    c.cond(cc((SCT, "239873007", "Osteoarthritis of knee"), (ICD, "M17.11", "Unilateral primary osteoarthritis, right knee")), "2020-01-15")
    c.cond(cc((SCT, "195967001", "Asthma"), text="Seasonal allergic rhinitis") if False else cc((SCT, "367498001", "Seasonal allergic rhinitis"), (ICD, "J30.2", "Other seasonal allergic rhinitis")), "2001-04-01")
    c.med("17767", "amlodipine 5 MG Oral Tablet", "2022-03-01", dose="1 tablet by mouth daily", reason=htn)
    c.med("5640", "ibuprofen 400 MG Oral Tablet", "2024-10-10", dose="1 tablet every 8 hours as needed for knee pain")
    e0 = visit(c, "2026-02-10", "Office visit", 134, 80, 72, 91.0, reason="Hypertension follow-up")
    e = visit(c, "2026-08-12", "Annual wellness visit", 132, 78, 80, 88.4, reason="Medicare annual wellness visit")
    hb = c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-08-12", 10.1, "g/dL", low=13.5, high=17.5, enc=e)
    mcv = c.obs(("787-2", "MCV [Entitic volume] by Automated count"), "2026-08-12", 71, "fL", low=80, high=100, enc=e)
    plt = c.obs(("777-3", "Platelets [#/volume] in Blood by Automated count"), "2026-08-12", 412, "10*3/uL", low=150, high=400, enc=e)
    c.dr(("58410-2", "CBC panel - Blood by Automated count"), "2026-08-12", [hb, mcv, plt], "Microcytic anemia.")
    fe = c.obs(("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-08-12", 7, "ng/mL", low=30, high=400, enc=e)
    ts = c.obs(("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma"), "2026-08-12", 6, "%", low=20, high=50, enc=e)
    c.dr(("75689-0", "Iron panel - Serum or Plasma"), "2026-08-12", [fe, ts], "Iron deficiency.")
    c.obs(("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), "2026-08-12", 0.98, "mg/dL", low=0.7, high=1.3, enc=e)
    c.note("2026-08-12", "Annual wellness visit",
           """AWV. Feels 'a bit more tired than usual', attributes it to age. Weight down 2.6 kg since February, not trying. No overt GI bleeding reported. Last colonoscopy 2012 (normal per patient). Takes ibuprofen most days for right knee.
Labs today: Hgb 10.1, MCV 71, ferritin 7.
Plan: labs resulted after visit - portal message sent to start ferrous sulfate. Recheck CBC 6-8 weeks.""", enc=e)
    c.med("24947", "ferrous sulfate 325 MG Oral Tablet", "2026-08-14", dose="1 tablet by mouth daily")
    c.cond(cc((SCT, "87522002", "Iron deficiency anemia"), (ICD, "D50.9", "Iron deficiency anemia, unspecified")), "2026-08-12")


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "positive", 3,
      summary="72M seen in primary care for light-headedness; unplanned admission via ED 9 days later with syncope, discharged without a cause",
      why="Unplanned inpatient admission within 14 days of a primary-care visit for the same complaint (Singh return-visit e-trigger); symptom ongoing after a normal inpatient work-up.")
def p1c(c):
    c.setup("Harold James", "Pettigrew", "male", "1954-09-30", "Charlotte", "NC", "Humana Medicare Advantage", plan="Medicare Advantage HMO",
            clinicians=[("Nwosu, Chidi", "Internal Medicine"), ("Albright, Susan", "Hospital Medicine")])
    c.cond(HLD, "2011-01-01")
    c.cond(cc((SCT, "266569009", "Benign prostatic hyperplasia"), (ICD, "N40.0", "Benign prostatic hyperplasia without lower urinary tract symptoms")), "2018-03-01")
    c.med("83367", "atorvastatin 20 MG Oral Tablet", "2021-01-01", dose="1 tablet nightly")
    c.med("77492", "tamsulosin 0.4 MG Oral Capsule", "2019-03-01", dose="1 capsule daily")
    visit(c, "2026-05-04", "Office visit", 128, 76, 68, 82.1, reason="Routine follow-up")
    e1 = visit(c, "2026-10-27", "Office visit", 124, 74, 64, 81.0, reason="Light-headedness, fatigue")
    c.cond(cc((SCT, "386705008", "Lightheadedness"), (ICD, "R42", "Dizziness and giddiness")), "2026-10-15", cat="encounter-diagnosis", enc=e1)
    c.note("2026-10-27", "Office visit", """2 weeks of intermittent light-headedness, worse on standing quickly, and tiredness. No chest pain, no palpitations noted. Orthostatics: 124/74 lying, 118/72 standing. ECG sinus rhythm 64, normal intervals.
Impression: likely mild orthostasis, possibly tamsulosin. Advised hydration, rise slowly. Return if worse.""", enc=e1)
    ed = c.enc("2026-11-05", cc((SCT, "50849002", "Emergency room admission")), cls="EMER", end="2026-11-05", who=1, reason="Syncope at home")
    ip = c.enc("2026-11-05", "Inpatient admission", cls="IMP", end="2026-11-08", who=1, reason=cc((SCT, "271594007", "Syncope"), (ICD, "R55", "Syncope and collapse")), admit=("emd", "From accident/emergency department"))
    c.vitals("2026-11-05", ed, 112, 68, 58)
    c.obs(("89579-7", "Troponin I.cardiac [Mass/volume] in Serum or Plasma by High sensitivity method"), "2026-11-05", 6, "ng/L", high=20, enc=ed)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-05", 14.2, "g/dL", low=13.5, high=17.5, enc=ed)
    c.obs(("2951-2", "Sodium [Moles/volume] in Serum or Plasma"), "2026-11-05", 139, "mmol/L", low=135, high=145, enc=ed)
    c.obs(("2345-7", "Glucose [Mass/volume] in Serum or Plasma"), "2026-11-05", 102, "mg/dL", low=70, high=140, enc=ed)
    c.dr(cc((LOINC, "34552-0", "Cardiac 2D echo panel")), "2026-11-06", [], "Normal LV size and function, EF 60%. No significant valvular disease.", cat=("CUS", "Cardiac Ultrasound"), who=1, enc=ip)
    c.dr(cc(text="Telemetry monitoring 72 h"), "2026-11-08", [], "Sinus rhythm 52-88 bpm. No pauses, no arrhythmia captured.", cat=("EC", "Electrocardiac"), who=1, enc=ip)
    c.cond(cc((SCT, "271594007", "Syncope"), (ICD, "R55", "Syncope and collapse")), "2026-11-05", cat="encounter-diagnosis", enc=ip)
    c.note("2026-11-08", "Discharge summary", """Admitted via ED after witnessed syncope at home 9 days after PCP visit for light-headedness. Telemetry, echo, troponins, electrolytes unremarkable. Orthostatic vitals negative on day 2. Tamsulosin held.
Discharge diagnosis: syncope, etiology unclear. Follow up with PCP. Outpatient event monitor not arranged (insurance authorisation pending).""", who=1, enc=ip, typ=("18842-5", "Discharge summary"))


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", 9,
      summary="38F months of bloating and diarrhoea with initially normal labs; tTG-IgA then biopsy confirm coeliac disease, symptoms settle on gluten-free diet",
      why="Symptoms were explained by a diagnosis made in the window (coeliac disease, serology and duodenal biopsy abnormal) and have resolved on treatment.")
def p1n1(c):
    c.setup("Rebecca Lynn", "Castellano", "female", "1988-11-21", "Roanoke", "VA", "Aetna Choice POS II",
            clinicians=[("Whitfield, Amos", "Family Medicine"), ("Quintero, Paula", "Gastroenterology")])
    c.cond(cc((SCT, "37796009", "Migraine"), (ICD, "G43.909", "Migraine, unspecified, not intractable, without status migrainosus")), "2010-06-01")
    for i, d in enumerate(["2026-02-17", "2026-03-31", "2026-05-12"]):
        e = visit(c, d, "Office visit", 108, 68, 74, 58.0 - i * 0.6, who=0 if i < 2 else 1, reason="Bloating, loose stools")
        c.cond(cc((SCT, "116289008", "Abdominal bloating"), (ICD, "R14.0", "Abdominal distension (gaseous)")), "2026-01-10", cat="encounter-diagnosis", enc=e, status="resolved", abate="2026-08-01")
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-02-17", 12.3, "g/dL", low=12.0, high=15.5)
    c.obs(("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma"), "2026-02-17", 2.2, "m[IU]/L", low=0.4, high=4.5)
    t = c.obs(("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum"), "2026-03-31", 118, "U/mL", "[arb'U]/mL", high=15)
    c.obs(("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-03-31", 11, "ng/mL", low=15, high=150)
    c.proc(cc((CPT, "43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")), "2026-04-22", who=1)
    c.dr(cc((LOINC, "66117-3", "Pathology biopsy report")), "2026-04-24", [], "Duodenum, biopsies: marked intraepithelial lymphocytosis with total villous atrophy (Marsh 3c), consistent with celiac disease.", cat=("PAT", "Pathology"), who=1)
    cel = c.cond(cc((SCT, "396331005", "Celiac disease"), (ICD, "K90.0", "Celiac disease")), "2026-04-24", who=1)
    c.note("2026-05-12", "GI follow-up", """Celiac disease confirmed (tTG-IgA 118, Marsh 3c). Seen by dietitian, strict gluten-free diet started 4/28. Already less bloating.
Plan: repeat tTG in 6 months, DEXA, iron replacement.""", who=1)
    e = visit(c, "2026-10-20", "Office visit", 106, 66, 70, 60.2, who=1, reason="Celiac follow-up")
    c.obs(("31017-7", "Tissue transglutaminase IgA Ab [Units/volume] in Serum"), "2026-10-20", 19, "U/mL", "[arb'U]/mL", high=15, enc=e)
    c.note("2026-10-20", "GI follow-up", "Bowel habit normal, no bloating, weight regained 2 kg. tTG falling (118 -> 19). Continue gluten-free diet.", who=1, enc=e)
    c.med("24947", "ferrous sulfate 325 MG Oral Tablet", "2026-04-01", dose="1 tablet every other day", status="completed")


@case("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", 1,
      summary="61F positive FIT in July 2026 followed by colonoscopy 3 weeks later (hyperplastic polyps removed); no ongoing symptoms",
      why="The red-flag result was followed up promptly (colonoscopy within 60 days) and explained; there is no persisting unexplained symptom.")
def p1n2(c):
    c.setup("Lorraine Ann", "Begay", "female", "1965-07-08", "Phoenix", "AZ", "UnitedHealthcare Choice Plus",
            clinicians=[("Saldana, Victor", "Family Medicine"), ("Cheng, Howard", "Gastroenterology")])
    t2 = c.cond(cc((SCT, "44054006", "Diabetes mellitus type 2"), (ICD, "E11.9", "Type 2 diabetes mellitus without complications")), "2019-02-01")
    c.cond(HLD, "2019-02-01")
    c.med("6809", "metformin hydrochloride 1000 MG Oral Tablet", "2019-02-15", dose="1 tablet twice daily", reason=t2)
    c.med("83367", "atorvastatin 40 MG Oral Tablet", "2019-02-15", dose="1 tablet daily")
    e = visit(c, "2026-06-30", "Office visit", 126, 78, 70, 79.3, reason="Diabetes follow-up")
    c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-06-30", 6.7, "%", high=5.7, enc=e)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-06-30", 13.1, "g/dL", low=12.0, high=15.5, enc=e)
    c.obs(("29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"), "2026-07-09", coded=cc((SCT, "10828004", "Positive")), interp="POS")
    c.sr(cc((CPT, "45378", "Colonoscopy, flexible; diagnostic")), "2026-07-10", status="completed", who=0, performer=1, reason_code=[cc(text="Positive FIT")])
    c.proc(cc((CPT, "45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare technique")), "2026-07-30", who=1)
    c.dr(cc((LOINC, "66117-3", "Pathology biopsy report")), "2026-08-03", [], "Sigmoid colon polyps x2 (4 mm, 6 mm): hyperplastic polyps. No dysplasia.", cat=("PAT", "Pathology"), who=1)
    c.note("2026-07-30", "Colonoscopy report", "Indication: positive FIT. Excellent prep. Two small sigmoid polyps removed by cold snare. Internal hemorrhoids grade 1. Otherwise normal to cecum. Recommend repeat colonoscopy in 10 years pending pathology.", who=1, typ=("28570-0", "Procedure note"))
    e2 = visit(c, "2026-10-06", "Office visit", 124, 76, 68, 79.0, reason="Diabetes follow-up")
    c.note("2026-10-06", "Office visit", "Colonoscopy reviewed: hyperplastic polyps only. No GI symptoms. Diabetes well controlled. Continue current therapy.", enc=e2)
    c.obs(("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood"), "2026-10-06", 6.6, "%", high=5.7, enc=e2)

# ---------------- 2 DIAGNOSIS_SYMPTOM_MISMATCH ----------------
@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", 2,
      summary="35M labelled IBS-D in 2025; diarrhoea continues and now nocturnal, 7 kg weight loss, calprotectin 410, CRP raised",
      why="A functional catch-all label (K58.0) active for >1 year while symptoms continue, and new red-flag findings (nocturnal diarrhoea, weight loss, raised calprotectin/CRP) that IBS cannot explain.")
def p2a(c):
    c.setup("Marcus Allen", "Whitlock", "male", "1991-01-19", "Boston", "MA", "Harvard Pilgrim HMO",
            clinicians=[("Doherty, Siobhan", "Internal Medicine"), ("Reyes, Tomas", "Gastroenterology")])
    ibs = c.cond(cc((SCT, "197125005", "Irritable bowel syndrome with diarrhea"), (ICD, "K58.0", "Irritable bowel syndrome with diarrhea")), "2025-09-16", who=1)
    c.med("3361", "dicyclomine 20 MG Oral Tablet", "2025-09-16", dose="1 tablet up to four times daily as needed", reason=ibs, who=1)
    c.med("6468", "loperamide 2 MG Oral Capsule", "2025-09-16", dose="as needed", reason=ibs, who=1, stmt=True)
    wts = [82.0, 80.5, 77.6, 75.1]
    for i, d in enumerate(["2025-09-16", "2026-04-07", "2026-08-25", "2026-11-17"]):
        e = visit(c, d, "Office visit", 118, 74, 76 + 2 * i, wts[i], who=1 if i in (0, 3) else 0, reason="Diarrhea")
        c.cond(cc((SCT, "62315008", "Diarrhea"), (ICD, "R19.7", "Diarrhea, unspecified")), "2025-07-01", cat="encounter-diagnosis", enc=e, recorded=d)
    c.obs(("38445-3", "Calprotectin [Mass/mass] in Stool"), "2025-09-16", 38, "ug/g", high=50)
    c.obs(("38445-3", "Calprotectin [Mass/mass] in Stool"), "2026-11-17", 410, "ug/g", high=50)
    c.obs(("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), "2026-11-17", 24, "mg/L", high=5)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-17", 12.6, "g/dL", low=13.5, high=17.5)
    c.obs(("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), "2026-11-17", 3.3, "g/dL", low=3.5, high=5.0)
    c.note("2026-11-17", "GI follow-up", """Known IBS-D (dx 09/2025 after normal calprotectin). Now reports 5-6 loose stools/day including waking at night 3x/week, occasional blood on paper, 7 kg weight loss since last year, mouth ulcers.
Labs: calprotectin 410 (was 38), CRP 24, Hgb 12.6, albumin 3.3.
A: IBS-D - symptoms persisting. Continue dicyclomine, increase fibre. Return 3 months.""", who=1)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", 7,
      summary="8-year-old boy labelled 'growing pains'; leg pain now wakes him nightly with limp, intermittent fevers, ESR 52 and platelets 118",
      why="The diagnosis given (growing pains, a benign catch-all) does not explain night pain with limp, fevers and abnormal ESR/platelet count that have appeared since.")
def p2b(c):
    c.setup("Ethan Mateo", "Russo", "male", "2018-05-03", "Albany", "NY", "Fidelis Care Child Health Plus", plan="CHIP",
            clinicians=[("Adebayo, Funmi", "Pediatrics")])
    c.cond(cc((SCT, "24079001", "Atopic dermatitis"), (ICD, "L20.9", "Atopic dermatitis, unspecified")), "2019-01-10")
    c.cond(cc((SCT, "65363002", "Otitis media"), (ICD, "H66.90", "Otitis media, unspecified, unspecified ear")), "2022-02-01", status="resolved", abate="2022-02-20")
    gp = c.cond(cc((SCT, "248527008", "Growing pains"), (ICD, "R29.898", "Other symptoms and signs involving the musculoskeletal system"), text="Growing pains"), "2026-08-11")
    e1 = c.enc("2026-08-11", "Well child visit", reason="Leg pain at night")
    c.obs(("8302-2", "Body height"), "2026-08-11", 128, "cm", cat="vital-signs", enc=e1)
    c.obs(("29463-7", "Body weight"), "2026-08-11", 26.4, "kg", cat="vital-signs", enc=e1)
    c.note("2026-08-11", "Well child visit", "8 yo here for annual. Mom reports bilateral shin pain in evenings for ~1 month, relieved by massage. Normal exam, full ROM, no swelling. Reassured - growing pains. Ibuprofen prn.", enc=e1)
    e2 = c.enc("2026-10-14", "Sick visit", reason="Leg pain, fever")
    c.obs(("8310-5", "Body temperature"), "2026-10-14", 38.3, "Cel", cat="vital-signs", enc=e2)
    c.obs(("29463-7", "Body weight"), "2026-10-14", 25.6, "kg", cat="vital-signs", enc=e2)
    c.note("2026-10-14", "Sick visit", "Fever 38.3 x2 days, leg pain continues. Likely viral illness on top of growing pains. Supportive care.", enc=e2)
    e3 = c.enc("2026-11-20", "Sick visit", reason="Leg pain waking from sleep, limping")
    c.obs(("8310-5", "Body temperature"), "2026-11-20", 37.9, "Cel", cat="vital-signs", enc=e3)
    c.obs(("29463-7", "Body weight"), "2026-11-20", 25.1, "kg", cat="vital-signs", enc=e3)
    c.obs(("8867-4", "Heart rate"), "2026-11-20", 112, "/min", cat="vital-signs", enc=e3)
    w = c.obs(("6690-2", "Leukocytes [#/volume] in Blood by Automated count"), "2026-11-20", 4.1, "10*3/uL", low=4.5, high=13.5, enc=e3)
    h = c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-20", 10.8, "g/dL", low=11.5, high=15.5, enc=e3)
    p = c.obs(("777-3", "Platelets [#/volume] in Blood by Automated count"), "2026-11-20", 118, "10*3/uL", low=150, high=450, enc=e3)
    c.dr(("58410-2", "CBC panel - Blood by Automated count"), "2026-11-20", [w, h, p], "Mild pancytopenia. Smear pending.", enc=e3)
    c.obs(("4537-7", "Erythrocyte sedimentation rate by Westergren method"), "2026-11-20", 52, "mm/h", "mm/h", high=15, enc=e3)
    c.obs(("14804-9", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma by Lactate to pyruvate reaction"), "2026-11-20", 612, "U/L", low=120, high=300, enc=e3)
    c.note("2026-11-20", "Sick visit", """Leg pain now wakes him most nights, limping in the mornings, missed 4 days of school. Pale. Low-grade temps. No rash.
Labs: WBC 4.1, Hgb 10.8, plt 118, ESR 52, LDH 612.
A/P: growing pains with recent viral illness, labs likely post-viral. Recheck CBC in 4 weeks.""", enc=e3)


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "positive", 5,
      summary="58M with 'viral syndrome' (B34.9) since June 2026; fevers, drenching night sweats and weight loss continue >5 months, LDH high",
      why="An unspecified viral infection label (B34.9) has stayed active >90 days while fevers, night sweats and weight loss persist, which a self-limiting viral illness cannot explain.")
def p2c(c):
    c.setup("Ramon Esteban", "Villarreal", "male", "1968-02-25", "Houston", "TX", "Cigna Open Access Plus", lang=("es", "Spanish"),
            clinicians=[("Pham, Linh", "Internal Medicine"), ("Okonjo, Ifeanyi", "Infectious Disease")])
    c.cond(HTN, "2016-05-01")
    c.med("29046", "lisinopril 20 MG Oral Tablet", "2016-05-01", dose="1 tablet daily")
    vs = c.cond(cc((SCT, "34014006", "Viral disease"), (ICD, "B34.9", "Viral infection, unspecified"), text="Viral syndrome"), "2026-06-18")
    wts = [88.0, 85.9, 83.1, 80.8]
    for i, d in enumerate(["2026-06-18", "2026-08-04", "2026-09-29", "2026-11-16"]):
        e = visit(c, d, "Office visit", 126, 78, 88, wts[i], who=0 if i != 2 else 1, reason="Fevers and night sweats")
        c.obs(("8310-5", "Body temperature"), d, [38.4, 37.9, 38.6, 38.2][i], "Cel", cat="vital-signs", enc=e)
        c.cond(cc((SCT, "161859009", "Night sweats"), (ICD, "R61", "Generalized hyperhidrosis")), "2026-06-10", cat="encounter-diagnosis", enc=e, recorded=d)
    c.obs(("14804-9", "Lactate dehydrogenase [Enzymatic activity/volume] in Serum or Plasma by Lactate to pyruvate reaction"), "2026-11-16", 488, "U/L", low=120, high=250)
    c.obs(("4537-7", "Erythrocyte sedimentation rate by Westergren method"), "2026-11-16", 64, "mm/h", "mm/h", high=20)
    c.obs(("718-7", "Hemoglobin [Mass/volume] in Blood"), "2026-11-16", 12.4, "g/dL", low=13.5, high=17.5)
    c.obs(cc((LOINC, "7917-8", "HIV 1 Ab [Presence] in Serum"), text="HIV-1/2 Ag/Ab screen"), "2026-08-04", coded=cc((SCT, "260385009", "Negative")), interp="NEG")
    c.note("2026-11-16", "Office visit", """Continues to have evening fevers to 38-38.6 and soaking night sweats, now 5 months. Weight 88 -> 80.8 kg. ID saw him in Sept: blood cultures, HIV, quantiferon, EBV/CMV serologies negative; felt post-viral.
Small rubbery nodes in R axilla on exam today?
A/P: viral syndrome, prolonged. Symptomatic treatment. Recheck in 6 weeks.""")


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", 11,
      summary="49F 'abdominal pain, unspecified' in spring 2026 replaced by symptomatic cholelithiasis; laparoscopic cholecystectomy done in July, pain resolved",
      why="The catch-all label was superseded within weeks by a diagnosis that explains the symptoms; surgery done and symptoms resolved, so no mismatch persists.")
def p2n1(c):
    c.setup("Tanya Michelle", "Haskins", "female", "1977-10-12", "Las Vegas", "NV", "Anthem Blue Cross HMO",
            clinicians=[("Kaur, Simran", "Family Medicine"), ("Delacroix, Henri", "General Surgery")])
    c.cond(cc((SCT, "162864005", "Body mass index 30+ - obesity"), (ICD, "E66.9", "Obesity, unspecified")), "2015-01-01")
    e1 = visit(c, "2026-04-14", "Office visit", 130, 82, 84, 96.2, reason="Abdominal pain after meals")
    c.cond(cc((SCT, "21522001", "Abdominal pain"), (ICD, "R10.9", "Unspecified abdominal pain")), "2026-04-01", status="resolved", abate="2026-05-02", enc=e1, cat="encounter-diagnosis")
    c.obs(("1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma"), "2026-04-14", 34, "U/L", low=7, high=35, enc=e1)
    c.obs(("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), "2026-04-14", 0.8, "mg/dL", low=0.1, high=1.2, enc=e1)
    c.obs(("1798-8", "Amylase [Enzymatic activity/volume] in Serum or Plasma"), "2026-04-14", 62, "U/L", low=30, high=110, enc=e1)
    c.dr(cc((LOINC, "24558-9", "US Abdomen"), text="Ultrasound right upper quadrant"), "2026-05-02", [], "Multiple mobile gallstones up to 1.4 cm. Gallbladder wall 2 mm, no pericholecystic fluid. CBD 4 mm.", cat=("RAD", "Radiology"))
    gs = c.cond(cc((SCT, "266474003", "Calculus of gallbladder"), (ICD, "K80.20", "Calculus of gallbladder without cholecystitis without obstruction")), "2026-05-02", status="resolved", abate="2026-07-08")
    c.proc(cc((CPT, "47562", "Laparoscopy, surgical; cholecystectomy"), (SCT, "45595009", "Laparoscopic cholecystectomy")), "2026-07-08", reason=gs, who=1)
    e2 = visit(c, "2026-07-22", "Postoperative visit", 124, 80, 76, 94.5, who=1)
    c.note("2026-07-22", "Post-op visit", "2 weeks s/p lap chole. Incisions healing. No pain since surgery, eating normally. Pathology chronic cholecystitis with cholelithiasis. Discharged from surgical clinic.", who=1, enc=e2)
    e3 = visit(c, "2026-10-27", "Office visit", 126, 80, 74, 93.0, reason="Annual physical")
    c.note("2026-10-27", "Annual physical", "Feels well. No abdominal pain since cholecystectomy. Discussed weight, exercise. Mammogram ordered.", enc=e3)
    c.sr(cc((CPT, "77067", "Screening mammography, bilateral")), "2026-10-27", status="active", intent="order")


@case("DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", 9,
      summary="54M recurrent positional vertigo, positive Dix-Hallpike, diagnosed BPPV; brief relapses typical of BPPV treated with repositioning",
      why="A specific diagnosis (posterior-canal BPPV, confirmed on exam) that fully explains the continuing brief positional vertigo; no unexplained or red-flag findings.")
def p2n2(c):
    c.setup("Douglas Ray", "Kittredge", "male", "1972-08-17", "Roanoke", "VA", "Anthem HealthKeepers",
            clinicians=[("Whitfield, Amos", "Family Medicine"), ("Osei, Nana", "Otolaryngology")])
    c.cond(cc((SCT, "235595009", "Gastroesophageal reflux disease"), (ICD, "K21.9", "Gastro-esophageal reflux disease without esophagitis")), "2017-01-01")
    c.med("7646", "omeprazole 20 MG Delayed Release Oral Capsule", "2017-01-01", dose="1 capsule daily", stmt=True)
    bppv = c.cond(cc((SCT, "111541001", "Benign paroxysmal positional vertigo"), (ICD, "H81.11", "Benign paroxysmal vertigo, right ear")), "2026-03-09", who=1)
    for i, d in enumerate(["2026-03-09", "2026-06-15", "2026-10-19"]):
        e = visit(c, d, "ENT clinic visit", 128, 80, 70, 84.0, who=1, reason="Positional vertigo")
        c.obs(cc((SCT, "446461004", "Dix-Hallpike maneuver"), text="Dix-Hallpike maneuver, right"), d, coded=cc((SCT, "10828004", "Positive")), cat="exam", enc=e, interp="A")
        c.proc(cc((CPT, "95992", "Canalith repositioning procedure(s) (eg, Epley maneuver, Semont maneuver), per day")), d, reason=bppv, who=1, enc=e)
    c.dr(cc(text="Audiogram"), "2026-03-09", [], "Hearing within normal limits bilaterally. Tympanometry type A.", cat=("OTH", "Other"), who=1)
    c.note("2026-10-19", "ENT follow-up", """Second recurrence of brief (<30 s) room-spinning vertigo on rolling to the right in bed. No hearing loss, tinnitus, headache, diplopia or limb symptoms. Neuro exam normal. Right Dix-Hallpike positive with upbeating torsional nystagmus, fatigable.
A: recurrent right posterior canal BPPV. Epley performed with resolution. Brandt-Daroff exercises taught. Recurrence common; return prn.""", who=1)
