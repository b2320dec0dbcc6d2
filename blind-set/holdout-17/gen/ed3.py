from lib import *
from ed import std_cov

def up_cirrhosis(cid):
    c = Case(cid, "MCM")
    c.patient("Ernesto", "Valdez", "male", "1968-03-30", "MC2290415", "1102 S Flores St", lang=("es", "Spanish"), marital=("S", "Never Married"))
    hm = c.pract("Derek", "Olamide", "Hospital Medicine")
    hep = c.pract("Irene", "Castellanos", "Gastroenterology and Hepatology")
    sw = c.pract("Monica", "Reyes", "Licensed Clinical Social Worker", "LCSW")
    std_cov(c, "mcaid")
    cir = c.cond(cc(C("icd", "K70.31", "Alcoholic cirrhosis of liver with ascites"), C("sct", "420054005", "Alcoholic cirrhosis")), "2024-05-01")
    aud = c.cond(cc(C("icd", "F10.20", "Alcohol dependence, uncomplicated"), C("sct", "7200002", "Alcoholism")), "2010-01-01")
    he = c.cond(cc(C("icd", "K76.82", "Hepatic encephalopathy")), "2026-08-01")
    c.cond(cc(C("icd", "I85.11", "Secondary esophageal varices with bleeding")), "2026-08-03", status="resolved", abate="2026-08-10")
    c.proc(cc(C("cpt", "43244", "Esophagogastroduodenoscopy, flexible, transoral; with band ligation of esophageal/gastric varices")), "2026-08-04", reason=cir, performer=hep)
    c.med(cc(C("rx", "6218", "lactulose")), "2026-08-10", "lactulose 20 g three times daily, titrate to 2-3 BMs", reason=he)
    c.med(cc(C("rx", "35619", "rifaximin")), "2026-08-10", "rifaximin 550 mg twice daily", reason=he)
    c.med(cc(C("rx", "9997", "spironolactone")), "2025-01-01", "spironolactone 100 mg daily (held 11/14 for AKI)", reason=cir, status="on-hold")
    e1 = c.enc("2026-11-14T02:10:00-06:00", "IMP", "Inpatient admission", "Confusion, tense ascites", end="2026-11-22T15:00:00-06:00", pract=hm, disp="Home hospice")
    c.vitals("2026-11-14T02:10:00-06:00", e1, bp=(96, 58), hr=104, wt=81.0)
    for n, v in [("tbili", 9.8), ("inr", 2.6), ("alb", 2.2), ("na", 126), ("cr_m", 2.4)]:
        c.lab(n, "2026-11-14T03:00:00-06:00", v, e1)
    c.lab("cr_m", "2026-11-21", 1.7, e1)
    c.obs(cc(text="MELD-Na score"), "2026-11-15", 33, "{score}", "{score}", cat="laboratory", enc=e1)
    c.proc(cc(C("cpt", "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")), "2026-11-15", reason=cir, enc=e1, outcome="6.5 L removed, no SBP")
    c.note("2026-11-20", NOTE_CONSULT, "Hepatology consult", """
HEPATOLOGY - Dr. Castellanos
Decompensated alcohol-related cirrhosis: refractory ascites, grade 3 HE, HRS-AKI, MELD-Na 33. Relapsed on alcohol Sept 2026 after variceal bleed.
Transplant center (phone review 11/19): declined - active alcohol use <3 months, no stable caregiver. TIPS contraindicated (MELD, HE).
No further disease-directed treatment options available from our service. Recommend goals-of-care discussion and hospice.""", author=hep, enc=e1)
    c.note("2026-11-21", NOTE_GENERIC, "Social work note", "Met pt and sister Rosa (Spanish). Pt states 'the doctors say nothing more can be done for my liver.' Sister asks whether any other hospital could look at him for transplant. Hospice agencies reviewed; pt chooses home hospice with sister. Medicaid hospice benefit elected.", author=sw, enc=e1)
    c.note("2026-11-22T14:00:00-06:00", NOTE_DC, "Discharge summary", "Dx: decompensated alcoholic cirrhosis, HE, HRS-AKI (Cr 2.4 -> 1.7). Transplant declined; not TIPS candidate. Transitioned to comfort-focused care. Discharged home with hospice. Continue lactulose/rifaximin for comfort. DNR/DNI (POLST completed).", author=hm, enc=e1)
    c.add("CarePlan", "cp-1", {"status": "active", "intent": "plan", "category": [cc(C("sct", "385763009", "Hospice care"))], "title": "Home hospice plan of care",
          "subject": {"reference": c.P}, "period": {"start": "2026-11-22"}, "created": "2026-11-22", "author": {"reference": hm}, "addresses": [{"reference": cir}],
          "activity": [{"detail": {"status": "in-progress", "description": "Home hospice enrollment; symptom management of ascites (palliative paracentesis prn), encephalopathy; no transfers for disease-directed treatment"}}]})
    return c, dict(target="UNTREATABLE_PROGNOSIS", kind="positive", expected=["UNTREATABLE_PROGNOSIS"],
                   why="Decompensated cirrhosis declared to have no further disease-directed options (transplant declined, TIPS contraindicated) with an active hospice CarePlan and no second opinion on record; family asks about another centre.",
                   summary="58M decompensated alcohol-related cirrhosis, transplant declined, discharged to home hospice")

def up_nm_graduate(cid):
    c = Case(cid, "RPH")
    c.patient("Mildred", "Oyelowo", "female", "1952-09-14", "RPH-0770512", "6031 S King Dr", marital=("W", "Widowed"))
    hf = c.pract("Thomas", "Reinholt", "Cardiovascular Disease")
    pal = c.pract("Ingrid", "Solberg", "Hospice and Palliative Medicine")
    std_cov(c, "mcare")
    hfr = c.cond(cc(C("icd", "I50.22", "Chronic systolic (congestive) heart failure"), C("sct", "703272007", "Heart failure with reduced ejection fraction")), "2025-09-01", note="Non-ischemic cardiomyopathy; EF 20% (9/2025) -> 40% (3/2026)")
    htn = c.cond(cc(C("icd", "I10", "Essential (primary) hypertension")), "2000-01-01")
    c.cond(cc(C("icd", "M17.0", "Bilateral primary osteoarthritis of knee")), "2015-01-01")
    c.add("CarePlan", "cp-1", {"status": "completed", "intent": "plan", "category": [cc(C("sct", "385763009", "Hospice care"))], "title": "Hospice plan of care",
          "subject": {"reference": c.P}, "period": {"start": "2025-10-05", "end": "2026-04-10"}, "created": "2025-10-05", "author": {"reference": pal}, "addresses": [{"reference": hfr}],
          "note": [{"text": "Live discharge from hospice 2026-04-10: no longer meets terminal prognosis criteria after GDMT response (EF 40%, NYHA II)."}]})
    for rx, n, d in [("20352", "carvedilol", "25 mg twice daily"), ("9997", "spironolactone", "25 mg daily"), ("1488564", "dapagliflozin", "10 mg daily"), ("4603", "furosemide", "20 mg daily")]:
        c.med(cc(C("rx", rx, n)), "2025-12-01", f"{n} {d}", reason=hfr)
    c.med(cc(C("rx", "1656340", "sacubitril 49 MG / valsartan 51 MG Oral Tablet"), text="sacubitril-valsartan 49-51 mg"), "2025-12-01", "1 tablet twice daily", reason=hfr)
    for d, ef in [("2025-09-20", 20), ("2026-03-18", 40), ("2026-10-28", 42)]:
        c.obs(LN("10230-1", "Left ventricular Ejection fraction"), d, ef, "%", "%", 52, 72, "L" if ef < 52 else "N", cat="imaging")
    e1 = c.enc("2026-11-10", "AMB", "Heart failure clinic", "HF follow-up", pract=hf)
    c.vitals("2026-11-10", e1, bp=(118, 70), hr=64, wt=68.3)
    for n, v in [("ntbnp", 610), ("k", 4.6), ("cr_f", 1.0)]:
        c.lab(n, "2026-11-10", v, e1)
    c.note("2026-11-10", NOTE_PROGRESS, "Heart failure clinic note", """
74F NICM, enrolled in hospice 10/2025 (EF 20%, NYHA IV, declined device). GDMT continued under hospice and titrated; EF improved to 40% by 3/2026 and she was discharged alive from hospice 4/2026.
Today NYHA II, walks to church, euvolemic. Echo 10/28: EF 42%. Plan: continue quadruple GDMT, recheck echo 6 mo, cardiac rehab referral. Goals: full active treatment. Code status full code.""", enc=e1, author=hf)
    c.sr(cc(C("cpt", "93798", "Physician or other qualified health care professional services for outpatient cardiac rehabilitation; with continuous ECG monitoring (per session)")), "2026-11-10", "active", "order", reason=hfr, requester=hf)
    return c, dict(target="UNTREATABLE_PROGNOSIS", kind="near-miss", expected=[],
                   why="Hospice CarePlan exists but is completed (live discharge April 2026) after the heart failure responded to treatment; she is now on full active therapy with no no-treatment signal.",
                   summary="74F HFrEF who graduated from hospice after GDMT recovery, now on active treatment")
