from lib import *

HC = ("https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets",)


def s_etrig(cid):
    c = Case(cid, "K3")
    c.patient("Denise Marie", "Arceneaux", "female", "1971-04-16", "GCD-3308812", "2560 Dauphin Island Pkwy", "36605", "251-555-0117", marital="M")
    pcp = c.pract("Warren", "Tillman", "MD", "1225503318")
    hosp = c.pract("Kimberly", "Odom", "MD", "1740559126")
    gi = c.pract("Rashid", "Benjelloun", "MD", "1588702249")
    sys_ = c.extorg("Gulf Coast Health Partners - Internal Medicine, West Mobile")
    hospital = c.extorg("Gulf Coast Regional Medical Center")
    c.coverage("Blue Cross and Blue Shield of Alabama", "Blue Advantage PPO", "2018-01-01", "ALB440917263")
    c.nkda()
    c.cond(cc(S("40930008", "Hypothyroidism"), I("E03.9", "Hypothyroidism, unspecified")), "2013-01-01")
    c.cond(cc(S("414916001", "Obesity"), I("E66.9", "Obesity, unspecified")), "2015-01-01")
    e1 = c.enc("2026-10-19", "Office visit, established patient", reason="Upper abdominal pain after meals, nausea x 10 days", who=pcp, org=sys_, service="Internal Medicine - Primary Care",
               typecode=(CPT, "99214", "Office or other outpatient visit, established patient, moderate MDM"))
    dys = c.cond(cc(I("K30", "Functional dyspepsia"), S("162031009", "Indigestion")), "2026-10-09", cat="encounter-diagnosis", enc=e1, who=pcp, status="resolved", abated="2026-10-28")
    c.vitals("2026-10-19", 132, 84, 88, 97.4, temp=36.9, enc=e1)
    c.medreq(cc(RX("7646", "omeprazole"), text="omeprazole 40 mg capsule"), "2026-10-19", "40 mg daily before breakfast", who=pcp, reason=dys, status="completed")
    c.note("2026-10-19", "Primary care visit", """
Upper abdominal/epigastric and right upper quadrant discomfort after fatty meals x 10 days with nausea, no vomiting, no fever. Exam: mild epigastric tenderness, Murphy sign equivocal. No labs or imaging today.
Assessment: dyspepsia / gastritis. Start omeprazole 40 mg, avoid NSAIDs, bland diet. Return if not improved in 4-6 weeks.
""", author=pcp, enc=e1)
    e2 = c.enc("2026-10-28", "Emergency department visit", "EMER", reason="Severe RUQ pain, fever, vomiting", who=hosp, org=hospital, service="Emergency Medicine")
    c.vitals("2026-10-28", 146, 90, 112, 96.8, temp=38.6, enc=e2)
    c.cbc("2026-10-28", 13.5, wbc=16.8, enc=e2)
    c.lft("2026-10-28", alt=212, ast=188, alp=296, tbili=3.4, alb=3.8, enc=e2, extra=[c.lab("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", 88, "U/L", "2026-10-28", 13, 60)])
    c.report(cc(L("24558-9", "US Abdomen"), text="Ultrasound right upper quadrant"), "2026-10-28", conclusion="Distended gallbladder with multiple stones, wall thickening 5 mm, pericholecystic fluid, positive sonographic Murphy sign. CBD 9 mm. Acute calculous cholecystitis; suspected choledocholithiasis.", cat=("RAD", "Radiology"))
    e3 = c.enc("2026-10-28", "Inpatient admission", "IMP", reason="Acute calculous cholecystitis with choledocholithiasis", end="2026-11-01", who=hosp, org=hospital, service="Hospital Medicine",
               priority="EM", admit=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    cho = c.cond(cc(I("K80.62", "Calculus of gallbladder and bile duct with acute cholecystitis without obstruction"), S("235919008", "Calculus of bile duct with acute cholecystitis")), "2026-10-28",
                 cat="encounter-diagnosis", enc=e3, status="resolved", abated="2026-11-18", who=hosp)
    c.proc(cc(P("43264", "Endoscopic retrograde cholangiopancreatography (ERCP); with removal of calculi/debris from biliary/pancreatic duct(s)")), "2026-10-29", reason=cho, who=gi, enc=e3, outcome="Sphincterotomy, 2 CBD stones extracted")
    c.proc(cc(P("47562", "Laparoscopy, surgical; cholecystectomy")), "2026-10-31", reason=cho, enc=e3, outcome="Uncomplicated")
    c.note("2026-11-01", "Discharge summary", """
DISCHARGE SUMMARY - Gulf Coast Regional Medical Center
Admitted 10/28/2026 via ED (unplanned) with fever 38.6, RUQ pain, WBC 16.8, bilirubin 3.4: acute calculous cholecystitis with choledocholithiasis. Note: seen by PCP 10/19 for postprandial RUQ/epigastric pain, treated as dyspepsia without labs or imaging.
ERCP 10/29 with sphincterotomy and stone extraction; laparoscopic cholecystectomy 10/31. IV piperacillin-tazobactam -> oral amoxicillin-clavulanate to complete 4 days post-op.
Discharged home 11/1. GI clinic follow-up 2-3 weeks; PCP 1 week.
""", typ=("18842-5", "Discharge summary"), author=hosp, enc=e3)
    e4 = c.enc("2026-11-18", "GI clinic follow-up", reason="Post ERCP / cholecystectomy", who=gi, service="Gastroenterology")
    c.lft("2026-11-18", alt=34, ast=28, alp=128, tbili=0.8, enc=e4)
    c.medstmt(cc(RX("10582", "levothyroxine"), text="levothyroxine 100 mcg tablet"), "2013-02-01", dosage="100 mcg daily")
    return c


def s_hpylori(cid):
    c = Case(cid, "K3")
    c.patient("Luis Alberto", "Ortega", "male", "1980-11-03", "GCD-4417203", "780 Government Blvd", "36606", "251-555-0161", lang="es", marital="M")
    gi = c.pract("Rashid", "Benjelloun", "MD", "1588702249", key="pr")
    pa = c.pract("Tessa", "Morrow", "PA-C", "1023781445")
    c.coverage("UnitedHealthcare", "UHC Navigate HMO", "2022-01-01", "UHC118902244")
    c.nkda()
    c.cond(cc(S("55822004", "Hyperlipidemia"), I("E78.5", "Hyperlipidemia, unspecified")), "2021-01-01")
    ep = c.cond(cc(S("79922009", "Epigastric pain"), I("R10.13", "Epigastric pain")), "2026-07-01", status="resolved", abated="2026-11-10", recorded="2026-07-14", who=pa,
                note="Burning epigastric pain, postprandial nausea, early satiety. Resolved after H. pylori eradication.")
    for d, who in (("2026-07-14", pa), ("2026-08-18", pa), ("2026-09-22", gi)):
        e = c.enc(d, "GI clinic visit", reason="Epigastric pain and nausea", who=who, service="Gastroenterology")
        c.obs(cc(S("79922009", "Epigastric pain")), date=d, cat="exam", enc=e, vcc=cc(S("52101004", "Present")), key="sx")
        if d == "2026-07-14":
            c.vitals(d, 126, 80, 74, 82.6, enc=e)
            c.cbc(d, 15.1, sex="M", enc=e)
            c.lft(d, enc=e, extra=[c.lab("3040-3", "Lipase [Enzymatic activity/volume] in Serum or Plasma", 32, "U/L", d, 13, 60)])
            c.medreq(cc(RX("40790", "pantoprazole"), text="pantoprazole 40 mg tablet"), d, "40 mg daily", who=pa, reason=ep)
    c.report(cc(L("24558-9", "US Abdomen"), text="Ultrasound abdomen complete"), "2026-08-05", conclusion="Normal liver, gallbladder, pancreas and kidneys. No gallstones.", cat=("RAD", "Radiology"))
    e4 = c.enc("2026-10-13", "Endoscopy unit - outpatient procedure", reason="Persistent dyspepsia", who=gi, service="Endoscopy")
    c.proc(cc(P("43239", "Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple")), "2026-10-13", reason=ep, who=gi, enc=e4)
    c.report(cc(L("28016-4", "Endoscopy study"), text="Upper endoscopy report"), "2026-10-13", conclusion="Nodular antral gastritis. 8 mm clean-based ulcer in duodenal bulb (Forrest III). Biopsies antrum/body for H. pylori.", cat=("GE", "Gastroenterology"), enc=e4)
    c.report(cc(L("60567-5", "Comprehensive pathology report panel"), text="Gastric biopsies"), "2026-10-16", conclusion="Chronic active gastritis with Helicobacter pylori organisms (confirmed by immunostain). No intestinal metaplasia, no dysplasia.", cat=("PAT", "Pathology"))
    hp = c.cond(cc(I("K29.70", "Gastritis, unspecified, without bleeding"), I("B96.81", "Helicobacter pylori [H. pylori] as the cause of diseases classified elsewhere"), text="H. pylori chronic active gastritis"), "2026-10-16", who=gi)
    c.cond(cc(I("K26.9", "Duodenal ulcer, unspecified as acute or chronic, without hemorrhage or perforation"), S("51868009", "Ulcer of duodenum")), "2026-10-13", who=gi)
    c.medreq(cc(text="bismuth subcitrate potassium/metronidazole/tetracycline 140-125-125 mg capsule (Pylera)"), "2026-10-17", "3 capsules four times daily x 14 days with omeprazole 20 mg BID", who=gi, reason=hp, status="completed")
    c.sr(cc(L("29891-8", "Helicobacter pylori [Presence] in Exhaled gas"), text="Urea breath - H. pylori eradication check"), "2026-11-24", status="active", reason=hp, occ="2026-12-15", who=gi,
         note="At least 4 weeks after antibiotics, hold PPI 2 weeks prior.")
    e5 = c.enc("2026-11-24", "GI clinic visit", reason="Follow-up H. pylori / duodenal ulcer", who=gi, service="Gastroenterology")
    c.vitals("2026-11-24", 122, 78, 70, 83.1, enc=e5)
    c.note("2026-11-24", "GI follow-up", """
GI CLINIC - Dr. R. Benjelloun
46M with 3 months of epigastric pain/nausea; EGD 10/13 showed duodenal bulb ulcer and nodular gastritis, biopsies positive for H. pylori. Completed 14 days bismuth quadruple therapy 10/31.
Today: symptoms fully resolved since ~11/10, eating normally, weight stable.
Plan: pantoprazole 40 mg daily until eradication confirmed; urea breath check 12/15 (hold PPI 2 weeks prior); avoid NSAIDs.
""", author=gi, enc=e5)
    return c


def s_fatchol(cid):
    c = Case(cid, "K2")
    c.patient("Karen Joyce", "Mazur", "female", "1974-05-29", "ALT-00738214", "412 Beechwood Blvd", "15217", "412-555-0168", marital="M")
    pcp = c.pract("Gregory", "Lasko", "DO", "1902273316")
    hep = c.pract("Anjali", "Mehra", "MD", "1477380022")
    pco = c.extorg("Three Rivers Primary Care - Squirrel Hill")
    c.coverage("Highmark Blue Cross Blue Shield", "Highmark PPO Blue", "2016-01-01", "HMK552017364")
    c.allergy(RX("2551", "ciprofloxacin"), "Ciprofloxacin", "Tendon pain", "2017-01-01")
    c.cond(cc(S("267432004", "Pure hypercholesterolemia"), I("E78.00", "Pure hypercholesterolemia, unspecified")), "2019-01-01")
    e0 = c.enc("2025-12-03", "Office visit", reason="Fatigue", who=pcp, org=pco, service="Family Medicine")
    fat = c.cond(cc(I("R53.83", "Other fatigue"), S("84229001", "Fatigue")), "2025-10-01", recorded="2025-12-03", enc=e0, who=pcp,
                 note="Progressive tiredness since fall 2025; sleeping 9 h, still exhausted.")
    c.cbc("2025-12-03", 13.0, enc=e0)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 2.6, "m[IU]/L", "2025-12-03", 0.4, 4.0, enc=e0)
    c.lft("2025-12-03", alt=52, ast=44, alp=268, tbili=0.9, alb=4.1, enc=e0)
    for d, alp, ggt, why in (("2026-03-17", 298, 264, "Fatigue, now generalized itching"), ("2026-07-14", 322, 281, "Fatigue and itching persist"), ("2026-10-27", 341, 302, "Fatigue, itching worse at night")):
        e = c.enc(d, "Office visit", reason=why, who=pcp, org=pco, service="Family Medicine")
        c.obs(cc(S("418290006", "Itching of skin"), text="Pruritus"), date=d, cat="exam", enc=e, vcc=cc(S("52101004", "Present")), note="Generalized pruritus without rash", key="sx")
        c.lft(d, alt=58, ast=47, alp=alp, tbili=1.0, alb=4.0, enc=e, extra=[c.lab("2324-2", "Gamma glutamyl transferase [Enzymatic activity/volume] in Serum or Plasma", ggt, "U/L", d, 8, 61, enc=e)])
    c.vitals("2026-10-27", 122, 78, 76, 63.4, enc=e)
    c.medreq(cc(RX("1347", "cetirizine"), text="cetirizine 10 mg tablet"), "2026-03-17", "10 mg daily", who=pcp, reason=fat)
    c.medstmt(cc(RX("36567", "simvastatin"), text="simvastatin 20 mg tablet"), "2019-02-01", dosage="20 mg nightly")
    c.report(cc(L("24558-9", "US Abdomen"), text="Ultrasound abdomen"), "2026-04-02", conclusion="Normal liver echotexture. No biliary dilatation. Gallbladder normal.", cat=("RAD", "Radiology"))
    c.note("2026-10-27", "Primary care follow-up", """
Fatigue (R53.83) on problem list since 12/2025, unchanged despite sleep hygiene, normal TSH and CBC. Also generalized itching since March, cetirizine no help. ALP persistently raised 268 -> 298 -> 322 -> 341 with GGT ~300, normal bilirubin; ultrasound without biliary dilatation.
Assessment: fatigue, unspecified - persistent. Cholestatic liver enzyme pattern unexplained.
Plan: refer hepatology (first available 12/14/2026).
""", author=pcp, enc=e)
    c.sr(cc(S("183524004", "Referral to hepatology service"), text="Referral to hepatology"), "2026-10-27", status="active", reason=fat, who=pcp, performer=hep, occ="2026-12-14")
    return c


def s_ibsquiet(cid):
    c = Case(cid, "K3")
    c.patient("Priya", "Raman", "female", "1990-08-21", "GCD-5190448", "301 Tuthill Ln", "36608", "251-555-0198", marital="M")
    gi = c.pract("Helena", "Strickland", "MD", "1689155820")
    c.coverage("Aetna", "Aetna Open Access Managed Choice", "2021-01-01", "W300128845")
    c.nkda()
    ibs = c.cond(cc(I("K58.9", "Irritable bowel syndrome without diarrhea"), S("10743008", "Irritable bowel syndrome"), text="Irritable bowel syndrome (mixed)"), "2023-04-11", who=gi)
    c.cond(cc(S("21522001", "Abdominal pain"), I("R10.84", "Generalized abdominal pain")), "2022-11-01", status="resolved", abated="2026-02-01", who=gi)
    c.cond(cc(S("40930008", "Hypothyroidism"), I("E06.3", "Autoimmune thyroiditis")), "2019-01-01")
    c.proc(cc(P("45380", "Colonoscopy, flexible; with biopsy, single or multiple")), "2023-03-28", reason=ibs, who=gi, outcome="Normal colon and terminal ileum; random biopsies without microscopic colitis")
    c.lab("31017-7", "Tissue transglutaminase Ab.IgA [Units/volume] in Serum", 1.2, "U/mL", "2023-03-01", None, 4.0)
    c.lab("38445-3", "Calprotectin [Mass/mass] in Stool", 22, "ug/g", "2023-03-01", None, 50)
    c.medstmt(cc(text="psyllium husk powder"), "2023-04-11", dosage="1 tablespoon daily", reason=ibs)
    c.medstmt(cc(text="peppermint oil enteric-coated capsule 180 mg (IBgard)"), "2024-02-01", dosage="1-2 capsules as needed before meals", reason=ibs)
    c.medstmt(cc(RX("10582", "levothyroxine"), text="levothyroxine 50 mcg tablet"), "2019-02-01", dosage="50 mcg daily")
    for d, score in (("2026-03-10", 88), ("2026-09-15", 52)):
        e = c.enc(d, "GI follow-up visit", reason="IBS follow-up", who=gi, service="Gastroenterology")
        c.obs(cc(("https://gulfcoastdigestive.com/codes/pro", "IBS-SSS", "IBS Symptom Severity Score"), text="IBS-SSS total"), score, "{score}", d, cat="survey", enc=e, text_range="<75 remission; 75-174 mild; 175-299 moderate; >=300 severe")
        c.vitals(d, 108, 68, 70, 58.0, enc=e)
    c.cbc("2026-09-15", 13.2)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.8, "m[IU]/L", "2026-09-15", 0.4, 4.0)
    c.note("2026-09-15", "GI follow-up", """
GI CLINIC - Dr. H. Strickland
36F with IBS-M since 2023 (normal colonoscopy with random biopsies, negative celiac serology, normal calprotectin). Over the past 6 months: no abdominal pain, 1-2 formed BMs daily, no bloating of note. Uses psyllium daily and peppermint oil rarely. No weight loss, no nocturnal symptoms, no bleeding. IBS-SSS 52 (remission range).
Plan: continue current regimen; return as needed or in 12 months.
""", author=gi, enc=e)
    c.immun("2026-10-02", "150", "Influenza, injectable, quadrivalent, preservative free")
    return c


def s_fatanemia(cid):
    c = Case(cid, "K4")
    c.patient("Dorothy Jean", "Lindqvist", "female", "1960-01-11", "NWK-220174", "1423 E 5th St", "55812", "218-555-0120", marital="W")
    neph = c.pract("Erik", "Halvorson", "MD", "1326059118")
    c.coverage("Blue Cross and Blue Shield of Minnesota", "Platinum Blue (Medicare Cost)", "2025-02-01", "XZM300918227", ("MCPOL", "Managed care policy"))
    c.nkda()
    htn = c.cond(cc(S("38481006", "Hypertensive renal disease"), I("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")), "2018-01-01")
    ckd = c.cond(cc(S("700379002", "Chronic kidney disease stage 3B"), I("N18.32", "Chronic kidney disease, stage 3b")), "2021-06-01", who=neph)
    c.cond(cc(S("90560007", "Gout"), I("M10.9", "Gout, unspecified")), "2017-01-01")
    e1 = c.enc("2026-03-17", "Nephrology clinic visit", reason="CKD 3b follow-up; fatigue", who=neph, service="Nephrology")
    fat = c.cond(cc(I("R53.83", "Other fatigue"), S("84229001", "Fatigue")), "2026-02-01", recorded="2026-03-17", status="resolved", abated="2026-09-15", enc=e1, who=neph)
    c.cbc("2026-03-17", 9.4, mcv=86, enc=e1)
    c.bmp("2026-03-17", 1.48, 39, enc=e1)
    c.lab("2276-4", "Ferritin [Mass/volume] in Serum or Plasma", 84, "ng/mL", "2026-03-17", 15, 150, enc=e1)
    c.lab("2502-3", "Iron saturation [Mass Fraction] in Serum or Plasma", 14, "%", "2026-03-17", 20, 50, enc=e1)
    c.lab("2132-9", "Cobalamin (Vitamin B12) [Mass/volume] in Serum or Plasma", 410, "pg/mL", "2026-03-17", 232, 1245, enc=e1)
    c.lab("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", 1.7, "m[IU]/L", "2026-03-17", 0.4, 4.0, enc=e1)
    an = c.cond(cc(I("D63.1", "Anemia in chronic kidney disease"), S("707323002", "Anemia in chronic kidney disease")), "2026-04-21", who=neph,
                note="Hb 9.4, normocytic, TSAT 14%, ferritin 84 - anemia of CKD with functional iron deficiency. Colonoscopy 2024 normal; stool immunochemical negative 3/2026.")
    c.obs(cc(L("29771-3", "Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay")), date="2026-03-24", vcc=cc((LNC, "LA6577-6", "Negative")), interp="N", key="lab")
    c.proc(cc(HC + ("J1756", "Injection, iron sucrose, 1 mg"), text="Iron sucrose 200 mg IV x 5 doses"), "2026-04-28", end="2026-05-26", reason=an)
    c.medreq(cc(RX("283838", "darbepoetin alfa"), HC + ("J0881", "Injection, darbepoetin alfa, 1 microgram (non-ESRD use)"), text="darbepoetin alfa 40 mcg/0.4 mL syringe"), "2026-05-05",
             "40 mcg subcutaneously every 2 weeks; hold if Hb >11.5", who=neph, reason=an)
    for d, hb in (("2026-06-16", 10.2), ("2026-09-15", 11.1), ("2026-11-17", 11.3)):
        e = c.enc(d, "Nephrology clinic visit", reason="CKD 3b, anemia of CKD on ESA", who=neph, service="Nephrology")
        c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", hb, "g/dL", d, 12.0, 15.5, enc=e)
        c.vitals(d, 132, 76, 70, 71.0, enc=e)
    c.bmp("2026-11-17", 1.45, 40)
    c.medstmt(cc(RX("52175", "losartan"), text="losartan 50 mg tablet"), "2018-02-01", dosage="50 mg daily", reason=htn)
    c.medstmt(cc(RX("519", "allopurinol"), text="allopurinol 100 mg tablet"), "2017-02-01", dosage="100 mg daily")
    c.note("2026-09-15", "Nephrology follow-up", """
NEPHROLOGY - Dr. E. Halvorson
66F CKD 3b (hypertensive), eGFR stable ~39-40. Fatigue reported in March was due to anemia of CKD (Hb 9.4, TSAT 14%); received IV iron sucrose x5 and darbepoetin since May. Hb 11.1 today. Energy back to normal - walking daily, back to volunteering. Fatigue resolved.
Plan: continue darbepoetin 40 mcg q2 weeks, iron indices every 3 months, Hb target 10-11.5.
""", author=neph)
    return c


def s_tips(cid):
    c = Case(cid, "K2")
    c.patient("Raymond Joseph", "Kowalczyk", "male", "1967-07-08", "ALT-00419955", "1816 Brownsville Rd", "15210", "412-555-0153", marital="D")
    hep = c.pract("Samuel", "Adeyinka", "MD", "1154609923")
    ir = c.pract("Laura", "Pietrangelo", "MD", "1932018476")
    c.coverage("UPMC Health Plan", "UPMC for You (Medicaid)", "2023-01-01", "UFY40028117", ("SUBSIDIZ", "subsidized health program"))
    c.nkda()
    cir = c.cond(cc(I("K70.31", "Alcoholic cirrhosis of liver with ascites"), S("420054005", "Alcoholic cirrhosis"), text="Alcohol-associated cirrhosis, Child-Pugh B8, with refractory ascites"), "2023-09-01", who=hep)
    asc = c.cond(cc(S("389026000", "Ascites"), I("R18.8", "Other ascites"), text="Diuretic-refractory ascites requiring large-volume paracentesis"), "2025-11-01", who=hep)
    c.cond(cc(I("F10.21", "Alcohol dependence, in remission"), text="Alcohol use disorder, in sustained remission (sober since 6/2024)"), "2015-01-01", status="remission")
    c.cond(cc(S("28670008", "Esophageal varices"), I("I85.00", "Esophageal varices without bleeding")), "2024-03-01", note="Small varices on EGD 2/2026, no red wale signs.")
    c.medstmt(cc(RX("9997", "spironolactone"), text="spironolactone 100 mg tablet"), "2024-01-01", status="stopped", end="2026-08-01", dosage="100 mg daily", note="Stopped - refractory ascites with hyponatremia and AKI.")
    c.medstmt(cc(RX("7226", "nadolol"), text="nadolol 20 mg tablet"), "2024-03-10", dosage="20 mg daily")
    c.medstmt(cc(RX("6218", "lactulose"), text="lactulose 10 g/15 mL solution"), "2025-06-01", dosage="15 mL twice daily titrated to 2-3 BMs")
    for d in ("2026-09-23", "2026-10-07", "2026-10-21", "2026-11-04", "2026-11-18"):
        c.proc(cc(P("49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance"), text="Large-volume paracentesis with albumin"), d, reason=asc, who=ir,
               outcome=f"{'6.8' if d < '2026-11' else '7.4'} L removed; 25% albumin 50 g given")
    c.lft("2026-11-18", alt=28, ast=46, alp=132, tbili=1.9, alb=3.0, extra=[c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", 1.4, "{INR}", "2026-11-18", 0.9, 1.1)])
    c.bmp("2026-11-18", 1.12, 74, na=131, k=4.4, sex="M")
    c.cbc("2026-11-18", 11.6, plt=88, wbc=4.1, sex="M")
    c.obs(cc(("https://alleghenyliver.org/codes/scores", "MELDNA", "MELD-Na score"), text="MELD-Na"), 14, "{score}", "2026-11-18", cat="exam", key="score")
    c.obs(cc(("https://alleghenyliver.org/codes/scores", "CTP", "Child-Turcotte-Pugh score"), text="Child-Pugh"), date="2026-11-18", cat="exam", vstring="B (8 points)", key="score")
    o = c.obs(cc(L("10230-1", "Left ventricular Ejection fraction")), 62, "%", "2026-11-10", 52, 72, "N", cat="imaging")
    c.report(cc(L("34552-0", "2D echocardiogram panel"), text="Pre-TIPS transthoracic echocardiogram"), "2026-11-10", [o], conclusion="LVEF 60-65%, normal diastolic function, RVSP 28 mmHg. No contraindication to TIPS from a cardiac standpoint.", cat=("CUS", "Cardiac Ultrasound"))
    e1 = c.enc("2026-11-18", "Hepatology clinic", reason="Refractory ascites", who=hep, service="Hepatology")
    c.vitals("2026-11-18", 104, 64, 62, 78.3, enc=e1)
    c.proc(cc(P("37182", "Insertion of transvenous intrahepatic portosystemic shunt(s) (TIPS)"), S("233420007", "Transjugular intrahepatic portosystemic shunt"), text="TIPS creation (8 mm covered stent)"),
           status="preparation", reason=asc, who=ir,
           note="Scheduled 1/6/2027 in IR suite under general anesthesia. Pre-procedure: echo done, cross-sectional imaging patent portal vein, consent signed 11/18/2026.")
    c.add({"resourceType": "Encounter", "status": "planned", "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP", "display": "inpatient encounter"},
           "type": [{"text": "Planned admission - TIPS"}], "subject": {"reference": c.pt}, "period": {"start": "2027-01-06"}, "serviceProvider": {"reference": c.org},
           "reasonReference": [{"reference": asc}]}, "enc")
    c.note("2026-11-18", "Hepatology note", """
HEPATOLOGY - Dr. S. Adeyinka
59M alcohol-associated cirrhosis, abstinent since 6/2024 (PEth negative x3), Child-Pugh B8, MELD-Na 14. Diuretic-refractory ascites (diuretics stopped for hyponatremia/AKI), now needing 7 L paracentesis every 2 weeks. No prior HE episodes on lactulose; no variceal bleeding.
Discussed with IR: good TIPS candidate (MELD <18, normal cardiac function, no recurrent HE, patent portal vein).
Plan: TIPS 1/6/2027 (IR, Dr. Pietrangelo); continue biweekly LVP until then; nadolol; lactulose.
""", author=hep, enc=e1)
    return c


def s_colo(cid):
    c = Case(cid, "K3")
    c.patient("Samuel Kofi", "Yeboah", "male", "1962-02-14", "GCD-2057731", "5108 Cottage Hill Rd", "36609", "251-555-0133", marital="M")
    gi = c.pract("Helena", "Strickland", "MD", "1689155821")
    c.coverage("Humana", "Humana ChoiceCare PPO", "2019-01-01", "H19827740")
    c.nkda()
    c.cond(cc(I("Z86.010", "Personal history of colonic polyps"), text="History of 3 tubular adenomas (largest 12 mm) - 2023"), "2023-12-05", status="resolved", abated="2023-12-05")
    c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2012-01-01")
    c.cond(cc(S("44054006", "Diabetes mellitus type 2"), I("E11.9", "Type 2 diabetes mellitus without complications")), "2018-01-01")
    c.proc(cc(P("45385", "Colonoscopy, flexible; with removal of tumor(s), polyp(s), or other lesion(s) by snare technique")), "2023-12-05", who=gi, outcome="3 polyps removed (4, 7, 12 mm) - tubular adenomas, no high-grade dysplasia")
    c.report(cc(L("60567-5", "Comprehensive pathology report panel"), text="Colon polypectomy specimens"), "2023-12-08", conclusion="Three tubular adenomas, largest 12 mm. No high-grade dysplasia.", cat=("PAT", "Pathology"))
    e1 = c.enc("2026-11-12", "GI clinic - pre-procedure visit", reason="Surveillance colonoscopy planning", who=gi, service="Gastroenterology")
    c.vitals("2026-11-12", 134, 82, 74, 90.2, enc=e1)
    c.cbc("2026-11-12", 14.2, sex="M", enc=e1)
    c.bmp("2026-11-12", 1.04, 80, glu=128, sex="M", enc=e1)
    c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", 6.9, "%", "2026-11-12", None, 5.6, enc=e1)
    c.sr(cc(P("45378", "Colonoscopy, flexible; diagnostic"), S("73761001", "Colonoscopy"), text="Surveillance colonoscopy (3-year, history of advanced adenoma)"), "2026-11-12",
         status="active", intent="order", who=gi, occ="2027-01-14", note="Split-dose PEG prep. Hold metformin morning of procedure. Monitored anesthesia care.")
    c.medstmt(cc(RX("6809", "metformin"), text="metformin 500 mg tablet"), "2018-02-01", dosage="1000 mg twice daily")
    c.medstmt(cc(RX("17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2012-02-01", dosage="10 mg daily")
    c.medreq(cc(text="polyethylene glycol 3350 / electrolytes oral solution (GoLYTELY) 4 L"), "2026-11-12", "Split dose: 2 L evening before, 2 L 5 h before procedure", who=gi)
    c.note("2026-11-12", "Pre-procedure visit", """
GI CLINIC - Dr. H. Strickland
64M with 3 tubular adenomas (one 12 mm) removed 12/2023; due for 3-year surveillance colonoscopy per USMSTF. No GI symptoms, no bleeding, weight stable, Hgb normal.
Plan: outpatient surveillance colonoscopy 1/14/2027 under MAC; prep instructions given; A1c 6.9 - hold metformin day of.
""", author=gi, enc=e1)
    c.immun("2026-10-15", "150", "Influenza, injectable, quadrivalent, preservative free")
    return c


def s_cirrhdecl(cid):
    c = Case(cid, "K2")
    c.patient("Teresa Lynn", "Danforth", "female", "1968-03-02", "ALT-00862047", "77 Orchard Pl", "15210", "412-555-0184", marital="D")
    hep = c.pract("Anjali", "Mehra", "MD", "1477380022")
    pal = c.pract("Brian", "Kessler", "MD", "1609928834")
    hospice = c.extorg("Three Rivers Hospice")
    c.coverage("Pennsylvania Medicaid", "Highmark Wholecare (Medicaid)", "2022-06-01", "PAM77019235", ("SUBSIDIZ", "subsidized health program"))
    c.nkda()
    cir = c.cond(cc(I("K70.31", "Alcoholic cirrhosis of liver with ascites"), S("420054005", "Alcoholic cirrhosis"), text="Decompensated alcohol-associated cirrhosis (ascites, hepatic encephalopathy), MELD-Na 31"), "2022-05-01", who=hep)
    c.cond(cc(S("13920009", "Hepatic encephalopathy"), I("K76.82", "Hepatic encephalopathy")), "2025-12-01")
    c.cond(cc(I("F10.20", "Alcohol dependence, uncomplicated"), text="Alcohol use disorder, severe - relapse 8/2026"), "2010-01-01")
    c.cond(cc(I("K76.7", "Hepatorenal syndrome"), S("51292008", "Hepatorenal syndrome"), text="Hepatorenal syndrome-AKI"), "2026-09-02", status="resolved", abated="2026-09-20")
    e1 = c.enc("2026-09-01", "Inpatient admission", "IMP", reason="Hepatic encephalopathy grade 3, HRS-AKI", end="2026-09-21", who=hep, service="Transplant Hepatology",
               admit=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    c.lab("72707-3", "Phosphatidylethanol [Mass/volume] in Blood", 212, "ng/mL", "2026-09-01", None, 20, enc=e1)
    c.lft("2026-11-16", alt=44, ast=98, alp=188, tbili=9.8, alb=2.4, extra=[c.lab("6301-6", "INR in Platelet poor plasma by Coagulation assay", 2.3, "{INR}", "2026-11-16", 0.9, 1.1)])
    c.bmp("2026-11-16", 1.9, 29, na=126, k=4.6, bun=38)
    c.obs(cc(("https://alleghenyliver.org/codes/scores", "MELDNA", "MELD-Na score"), text="MELD-Na"), 31, "{score}", "2026-11-16", cat="exam", key="score")
    c.add({"resourceType": "ClinicalImpression", "status": "completed", "subject": {"reference": c.pt}, "date": "2026-10-29", "assessor": {"reference": hep},
           "code": {"text": "Liver transplant selection committee"}, "problem": [{"reference": cir}],
           "summary": "Listing evaluation completed 9-10/2026. Committee decision 10/29/2026: not a candidate for liver transplantation - active alcohol use with relapse 8/2026 (PEth 212), declined addiction treatment engagement, severe sarcopenia and frailty (LFI 5.1). Not eligible for re-evaluation per program policy before 6 months of documented engagement; given MELD-Na 31 and frailty, re-evaluation not expected to be feasible. No further disease-directed treatment options; recommend palliative care and hospice."}, "ci")
    c.sr(cc(S("305911006", "Referral to hospice service"), text="Hospice referral"), "2026-11-16", status="active", reason=cir, who=hep, performer=hospice)
    c.careplan("Palliative care - end-stage liver disease", "2026-11-16", cat=cc(S("103735009", "Palliative care")), addresses=[cir], author=pal,
               desc="Comfort-focused care; PleurX tunneled peritoneal catheter for ascites drainage at home; lactulose/rifaximin for encephalopathy; DNR.")
    c.medstmt(cc(RX("6218", "lactulose"), text="lactulose 10 g/15 mL solution"), "2025-12-01", dosage="30 mL three times daily")
    c.medstmt(cc(RX("35619", "rifaximin"), text="rifaximin 550 mg tablet"), "2025-12-15", dosage="550 mg twice daily")
    e2 = c.enc("2026-11-16", "Transplant hepatology clinic", reason="Decompensated cirrhosis - post committee decision", who=hep, service="Transplant Hepatology")
    c.vitals("2026-11-16", 96, 58, 94, 58.1, enc=e2)
    c.note("2026-11-16", "Transplant hepatology note", """
TRANSPLANT HEPATOLOGY - Dr. A. Mehra
58F decompensated alcohol-associated cirrhosis, MELD-Na 31, recurrent HE, ascites, recent HRS-AKI admission. Selection committee 10/29 declined listing (alcohol relapse 8/2026, frailty). Met with patient and sister: there are no further treatment options for her liver disease beyond comfort and symptom care. She accepted hospice referral.
Plan: hospice intake this week; palliative medicine co-management; continue lactulose/rifaximin; tunneled drain for ascites.
""", author=hep, enc=e2)
    return c


def s_hdstart(cid):
    c = Case(cid, "K4")
    c.patient("Arthur Leon", "Beaulieu", "male", "1962-06-25", "NWK-118840", "2130 W 3rd St", "55806", "218-555-0172", marital="M")
    neph = c.pract("Ingrid", "Solberg", "MD", "1508839210")
    vs = c.pract("Paul", "Rasmussen", "MD", "1437100652")
    unit = c.extorg("Northwoods Dialysis - Duluth West")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B (ESRD)", "2026-12-01", "4HK7XP2MN81", ("SUBSIDIZ", "subsidized health program"))
    c.allergy(RX("733", "ampicillin"), "Ampicillin", "Rash", "1998-01-01")
    htn = c.cond(cc(S("38481006", "Hypertensive renal disease"), I("I12.0", "Hypertensive chronic kidney disease with stage 5 chronic kidney disease or end stage renal disease")), "2015-01-01")
    ckd5 = c.cond(cc(S("433146000", "Chronic kidney disease stage 5"), I("N18.5", "Chronic kidney disease, stage 5")), "2026-02-01", who=neph, note="Hypertensive nephrosclerosis; uremic symptoms (nausea, pruritus, dysgeusia) since 10/2026.")
    c.cond(cc(I("D63.1", "Anemia in chronic kidney disease")), "2024-01-01")
    c.cond(cc(I("N25.81", "Secondary hyperparathyroidism of renal origin")), "2025-01-01")
    for d, cr, eg, k, bun in (("2026-03-10", 4.9, 12, 4.8, 58), ("2026-07-14", 5.3, 11, 5.2, 66), ("2026-11-10", 6.2, 9, 5.4, 84)):
        c.bmp(d, cr, eg, k=k, bun=bun, sex="M", extra=[c.lab("1963-8", "Bicarbonate [Moles/volume] in Serum or Plasma", 19, "mmol/L", d, 22, 29)])
    c.lab("718-7", "Hemoglobin [Mass/volume] in Blood", 9.8, "g/dL", "2026-11-10", 13.5, 17.5)
    c.lab("2731-8", "Parathyrin.intact [Mass/volume] in Serum or Plasma", 342, "pg/mL", "2026-11-10", 15, 65)
    c.lab("2777-1", "Phosphate [Mass/volume] in Serum or Plasma", 5.9, "mg/dL", "2026-11-10", 2.5, 4.5)
    c.proc(cc(P("36821", "Arteriovenous anastomosis, open; direct, any site (eg, Cimino type) (separate procedure)"), text="Left brachiocephalic AV fistula creation"), "2026-08-12", reason=ckd5, who=vs, outcome="Good thrill")
    c.report(cc(L("38029-5", "US Upper extremity veins"), text="AV fistula maturation duplex"), "2026-10-20", conclusion="Left brachiocephalic AVF: flow 780 mL/min, diameter 6.5 mm, depth 4 mm. Mature, suitable for cannulation.", cat=("RAD", "Radiology"))
    c.medstmt(cc(RX("52175", "losartan"), text="losartan 100 mg tablet"), "2016-01-01", status="stopped", end="2026-06-15", dosage="100 mg daily", note="Stopped for hyperkalemia.")
    c.medstmt(cc(RX("17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2016-01-01", dosage="10 mg daily", reason=htn)
    c.medstmt(cc(RX("38413", "torsemide"), text="torsemide 40 mg tablet"), "2026-03-10", dosage="40 mg daily")
    c.medstmt(cc(text="sevelamer carbonate 800 mg tablet"), "2026-07-14", dosage="800 mg with meals")
    c.careplan("Renal replacement therapy plan", "2026-11-10", addresses=[ckd5], author=neph,
               desc="Modality education completed (9/2026); patient chose in-center hemodialysis. Start HD via left BC-AVF week of 1/4/2027, MWF second shift at Northwoods Dialysis - Duluth West.",
               acts=[{"detail": {"status": "scheduled", "description": "Initiate in-center hemodialysis 3x/week", "scheduledString": "2027-01-04"}}])
    c.sr(cc(P("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), S("302497006", "Hemodialysis"), text="Initiate chronic in-center hemodialysis"),
         "2026-11-10", status="active", intent="order", reason=ckd5, who=neph, performer=unit, occ="2027-01-04",
         note="3x/week, 3.5 h, 2K/2.5Ca bath, EDW to be established; CMS-2728 completed.")
    e1 = c.enc("2026-11-10", "Nephrology clinic - CKD 5", reason="CKD stage 5, uremic symptoms, dialysis planning", who=neph, service="Nephrology")
    c.vitals("2026-11-10", 158, 88, 78, 94.2, enc=e1)
    c.note("2026-11-10", "Nephrology - dialysis planning", """
NEPHROLOGY - Dr. I. Solberg
64M CKD 5 (hypertensive nephrosclerosis), eGFR 9, K 5.4, bicarbonate 19, now nausea, itching and dysgeusia. Left BC-AVF (8/12) mature on duplex.
After modality education he has chosen in-center hemodialysis. Plan to start HD week of 1/4/2027, sooner if hyperkalemia or volume overload. Discussed impact on work schedule and travel.
Transplant: he has declined referral at this time; will revisit.
""", author=neph, enc=e1)
    return c


def s_akirev(cid):
    c = Case(cid, "K4")
    c.patient("Bernard Francis", "Achterberg", "male", "1955-09-14", "NWK-097713", "5520 London Rd", "55804", "218-555-0111", marital="M")
    neph = c.pract("Erik", "Halvorson", "MD", "1326059119")
    hosp = c.pract("Rachel", "Dunn", "MD", "1851036694")
    hospital = c.extorg("St. Lawrence Regional Hospital", "Duluth", "MN")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2020-09-01", "6NW4JT8RA33", ("SUBSIDIZ", "subsidized health program"))
    c.allergy(None, "Iodinated contrast media", "Acute kidney injury 9/2026 (avoid / prophylaxis required)", "2026-09-10")
    ckd = c.cond(cc(S("700378005", "Chronic kidney disease stage 3A"), I("N18.31", "Chronic kidney disease, stage 3a")), "2021-01-01", who=neph)
    c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2010-01-01")
    c.cond(cc(S("239873007", "Osteoarthritis of knee"), I("M17.0", "Bilateral primary osteoarthritis of knee")), "2016-01-01")
    c.bmp("2026-07-08", 1.42, 52, sex="M")
    e1 = c.enc("2026-09-03", "Inpatient admission", "IMP", reason="Acute kidney injury, hyperkalemia", end="2026-09-10", who=hosp, org=hospital, service="Hospital Medicine",
               admit=("emd", "From accident/emergency department"), discharge=("home", "Home"))
    aki = c.cond(cc(I("N17.9", "Acute kidney failure, unspecified"), S("14669001", "Acute renal failure syndrome"), text="AKI (KDIGO stage 3) - contrast, ibuprofen and volume depletion"), "2026-09-03",
                 cat="encounter-diagnosis", enc=e1, status="resolved", abated="2026-10-15", who=hosp)
    for d, cr, eg, k in (("2026-09-03", 4.4, 13, 5.9), ("2026-09-05", 4.9, 11, 5.6), ("2026-09-08", 3.1, 20, 4.8), ("2026-09-10", 2.3, 29, 4.5)):
        c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", cr, "mg/dL", d, 0.7, 1.3, enc=e1)
        c.lab("2823-3", "Potassium [Moles/volume] in Serum or Plasma", k, "mmol/L", d, 3.5, 5.1, enc=e1)
    c.sr(cc(P("90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), S("302497006", "Hemodialysis"), text="Hemodialysis - urgent, via temporary catheter"),
         "2026-09-05", status="revoked", intent="order", reason=aki, who=neph, enc=e1,
         note="Cancelled 9/6 - urine output improved to >1 L/day with IV fluids, K corrected medically; no dialysis indication.")
    c.note("2026-09-05", "Nephrology consult", """
NEPHROLOGY CONSULT - Dr. E. Halvorson
71M CKD 3a (baseline Cr 1.4) with AKI after CT with IV contrast 8/30, daily ibuprofen for knee pain and poor oral intake from gastroenteritis. Cr 4.9, K 5.6 after insulin/dextrose, oliguric overnight.
Ordered urgent HD for 9/6 if oliguria/hyperkalemia persist; temporary catheter placement on hold.
Addendum 9/6: UOP 1.4 L overnight, K 4.9, Cr 4.6 and falling. No indication for dialysis - HD order cancelled.
""", typ=("11488-4", "Consult note"), author=neph, enc=e1)
    e2 = c.enc("2026-11-17", "Nephrology clinic visit", reason="Post-AKI follow-up, CKD 3a", who=neph, service="Nephrology")
    c.bmp("2026-11-17", 1.51, 48, sex="M", enc=e2)
    c.vitals("2026-11-17", 134, 80, 70, 86.4, enc=e2)
    c.medstmt(cc(RX("29046", "lisinopril"), text="lisinopril 10 mg tablet"), "2012-01-01", dosage="10 mg daily (held 9/3-10/15, resumed)")
    c.medstmt(cc(RX("161", "acetaminophen"), text="acetaminophen 500 mg tablet"), "2026-09-10", dosage="1000 mg up to 3 times daily for knee pain (NSAIDs to be avoided)")
    c.note("2026-11-17", "Nephrology follow-up", """
Recovered from AKI; Cr 1.51 (baseline 1.4), eGFR 48. Back to usual activity. Lisinopril resumed 10/15 without hyperkalemia. NSAIDs discontinued permanently; contrast allergy-list alert added.
Plan: BMP and UACR in 3 months; CKD 3a routine follow-up.
""", author=neph, enc=e2)
    return c


def s_ckdflag(cid):
    c = Case(cid, "K4")
    c.patient("Marcus Andre", "Greene", "male", "1982-10-07", "NWK-301264", "318 N 40th Ave W", "55807", "218-555-0147", marital="M")
    neph = c.pract("Ingrid", "Solberg", "MD", "1508839211")
    c.coverage("HealthPartners", "HealthPartners Open Access", "2021-01-01", "HPA600193847")
    c.nkda()
    htn = c.cond(cc(S("38481006", "Hypertensive renal disease"), I("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")), "2024-04-01", who=neph)
    ckd = c.cond(cc(S("700378005", "Chronic kidney disease stage 3A"), I("N18.31", "Chronic kidney disease, stage 3a"), text="CKD 3a attributed to hypertensive nephrosclerosis"), "2024-04-01", who=neph)
    c.cond(cc(I("Z82.49", "Family history of ischemic heart disease and other diseases of the circulatory system")), "2024-04-01")
    c.cond(cc(I("Z84.1", "Family history of disorders of kidney and ureter"), text="Mother on hemodialysis since age 52 (cause unknown)"), "2024-04-01")
    for d, cr, eg, acr in (("2025-11-18", 1.52, 58, 168), ("2026-05-19", 1.55, 57, 182), ("2026-11-17", 1.57, 56, 176)):
        c.bmp(d, cr, eg, sex="M")
        c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", acr, "mg/g", d, None, 30, ucum="mg/g{creat}")
    c.obs(cc(L("5794-3", "Hemoglobin [Presence] in Urine by Test strip".replace("by Test strip", "by Dipstick"))), date="2026-11-17", vcc=cc((LNC, "LA6577-6", "Negative")), interp="N", key="lab")
    c.report(cc(L("24558-9", "US Abdomen"), text="Renal ultrasound"), "2024-04-22", conclusion="Kidneys 10.6 and 10.9 cm, mildly increased echogenicity, no cysts, no hydronephrosis.", cat=("RAD", "Radiology"))
    c.medstmt(cc(RX("52175", "losartan"), text="losartan 100 mg tablet"), "2024-04-22", dosage="100 mg daily", reason=htn)
    c.medstmt(cc(RX("1545653", "empagliflozin"), text="empagliflozin 10 mg tablet"), "2025-01-15", dosage="10 mg daily", reason=ckd)
    c.medstmt(cc(RX("2409", "chlorthalidone"), text="chlorthalidone 12.5 mg tablet"), "2024-06-01", dosage="12.5 mg daily", reason=htn)
    e1 = c.enc("2026-11-17", "Nephrology clinic visit", reason="CKD 3a follow-up", who=neph, service="Nephrology")
    c.vitals("2026-11-17", 128, 80, 72, 96.0, enc=e1)
    c.note("2026-11-17", "Nephrology follow-up", """
NEPHROLOGY - Dr. I. Solberg
44M CKD 3a with moderately increased albuminuria, attributed to hypertensive nephrosclerosis. eGFR stable 56-58, UACR 168-182 on losartan, empagliflozin and chlorthalidone. BP at goal.
He asked again whether his kidney disease could be genetic given his mother's ESKD; explained the working diagnosis. He is not fully reassured.
Plan: continue current regimen; labs in 6 months.
""", author=neph, enc=e1)
    c.add({"resourceType": "Flag", "status": "active",
           "category": [cc(("http://terminology.hl7.org/CodeSystem/flag-category", "admin", "Administrative"))],
           "code": {"coding": [{"system": "https://northwoodskidney.org/codes/flags", "code": "PT-2ND-OP", "display": "Patient request: second opinion"}],
                    "text": "Patient has requested a second opinion about the cause of his kidney disease (submitted via patient portal)"},
           "subject": {"reference": c.pt}, "period": {"start": "2026-11-19"}, "author": {"reference": c.pt}}, "flag")
    c.add({"resourceType": "Communication", "status": "completed", "subject": {"reference": c.pt}, "category": [{"text": "Patient portal message"}],
           "sent": "2026-11-19T02:11:00Z", "sender": {"reference": c.pt}, "recipient": [{"reference": neph}],
           "payload": [{"contentString": "I'd like a second opinion on why my kidneys are failing. My mom went on dialysis young and I don't think high blood pressure explains it - I want someone to look at genetic causes like APOL1. Please help me get a referral."}]}, "comm")
    return c


def s_dkd(cid):
    c = Case(cid, "K1")
    c.patient("Roberto Luis", "Sandoval", "male", "1965-04-12", "RMK-7710352", "4120 W 38th Ave", "80212", "303-555-0125", lang="es", marital="M")
    neph = c.pract("Claire", "Whitaker-Ross", "MD", "1790883412")
    c.coverage("Kaiser Permanente Colorado", "KP CO Gold 20", "2017-01-01", "KPC8800146")
    c.allergy(RX("29046", "lisinopril"), "Lisinopril", "Cough", "2019-01-01")
    dm = c.cond(cc(I("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease"), S("127013003", "Disorder of kidney due to diabetes mellitus")), "2011-01-01", who=neph)
    ckd = c.cond(cc(S("700379002", "Chronic kidney disease stage 3B"), I("N18.32", "Chronic kidney disease, stage 3b"), text="Diabetic kidney disease, CKD G3b A3"), "2024-02-01", who=neph)
    c.cond(cc(S("38481006", "Hypertensive renal disease"), I("I12.9", "Hypertensive chronic kidney disease with stage 1 through stage 4 chronic kidney disease, or unspecified chronic kidney disease")), "2012-01-01")
    for med, start, dose in ((cc(RX("52175", "losartan"), text="losartan 100 mg tablet"), "2019-03-01", "100 mg daily"),
                             (cc(RX("1545653", "empagliflozin"), text="empagliflozin 10 mg tablet"), "2024-06-10", "10 mg daily"),
                             (cc(RX("2562811", "finerenone"), text="finerenone 20 mg tablet"), "2025-08-05", "20 mg daily (10 mg 8/2025, increased 10/2025)")):
        c.medstmt(med, start, dosage=dose, reason=ckd, asserted="2026-11-02", note="Adherent - pharmacy refill data reviewed.")
    c.medstmt(cc(RX("274783", "insulin glargine"), text="insulin glargine 100 units/mL pen"), "2020-01-01", dosage="28 units nightly", reason=dm)
    c.medstmt(cc(RX("1991302", "semaglutide"), text="semaglutide 1 mg/dose pen"), "2024-09-01", dosage="1 mg weekly", reason=dm)
    data = (("2026-01-12", 1.55, 51, 620, 7.3), ("2026-04-20", 1.69, 46, 790, 7.1), ("2026-07-27", 1.90, 40, 980, 7.2), ("2026-11-02", 2.18, 34, 1350, 7.2))
    for d, cr, eg, acr, a1c in data:
        e = c.enc(d, "Nephrology clinic visit", reason="Diabetic kidney disease", who=neph, service="Nephrology")
        c.lab("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", cr, "mg/dL", d, 0.7, 1.3, enc=e)
        c.lab("98979-8", "Glomerular filtration rate/1.73 sq M.predicted [Volume Rate/Area] in Serum, Plasma or Blood by Creatinine-based formula (CKD-EPI 2021)", eg, "mL/min/{1.73_m2}", d, 60, None, enc=e)
        c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", acr, "mg/g", d, None, 30, ucum="mg/g{creat}", enc=e)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", d, None, 5.6, enc=e)
        c.vitals(d, 128, 76, 72, 92.0, enc=e)
    c.note("2026-11-02", "Nephrology follow-up", """
NEPHROLOGY - Dr. C. Whitaker-Ross
61M T2DM with diabetic kidney disease G3b A3. On maximal kidney-protective therapy throughout the year: losartan 100 (since 2019), empagliflozin (since 6/2024), finerenone 20 (since 8/2025), plus semaglutide; adherent; BP 128/76; A1c 7.1-7.3.
Despite this, eGFR has fallen 51 -> 46 -> 40 -> 34 mL/min/1.73m2 over 10 months and UACR has risen 620 -> 1350 mg/g. No NSAIDs, no contrast, no obstruction (ultrasound 8/2026 normal).
Assessment: progressive CKD despite full guideline-directed therapy; atypically rapid for DKD - consider superimposed glomerular disease.
Plan: serologies (ANCA, anti-PLA2R, complements, SPEP/FLC); discuss kidney biopsy at next visit; CKD education.
""", author=neph)
    return c


def s_a1c(cid):
    c = Case(cid, "K2")
    c.patient("Donna Kay", "Pulaski", "female", "1966-12-01", "ALT-00530981", "2205 Perrysville Ave", "15214", "412-555-0129", lang="pl", marital="M")
    hep = c.pract("Samuel", "Adeyinka", "MD", "1154609924")
    c.coverage("Highmark Blue Cross Blue Shield", "Highmark Community Blue", "2014-01-01", "HMK110284473")
    c.nkda()
    masld = c.cond(cc(I("K75.81", "Nonalcoholic steatohepatitis (NASH)"), text="MASH (metabolic dysfunction-associated steatohepatitis), F2 fibrosis"), "2023-05-01", who=hep)
    dm = c.cond(cc(S("44054006", "Diabetes mellitus type 2"), I("E11.9", "Type 2 diabetes mellitus without complications")), "2016-01-01")
    c.cond(cc(S("414916001", "Obesity"), I("E66.9", "Obesity, unspecified")), "2010-01-01")
    c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2014-01-01")
    c.medstmt(cc(RX("6809", "metformin"), text="metformin ER 750 mg tablet"), "2016-02-01", dosage="1500 mg daily", reason=dm, asserted="2026-10-20")
    c.medstmt(cc(RX("1991302", "semaglutide"), text="semaglutide 1 mg/dose pen"), "2024-03-01", dosage="1 mg weekly", reason=dm, asserted="2026-10-20")
    c.medstmt(cc(RX("52175", "losartan"), text="losartan 50 mg tablet"), "2014-02-01", dosage="50 mg daily")
    data = (("2026-02-10", 7.4, 88, 9.6), ("2026-06-09", 7.6, 87.2, 9.3), ("2026-10-20", 7.7, 86.6, 9.1))
    for d, a1c, wt, lsm in data:
        e = c.enc(d, "Hepatology clinic visit", reason="MASH with F2 fibrosis, T2DM", who=hep, service="Hepatology - Fatty Liver Clinic")
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", d, None, 5.6, enc=e)
        c.lft(d, alt=48, ast=36, enc=e)
        c.vitals(d, 128, 78, 74, wt, enc=e)
        c.obs(cc(("https://alleghenyliver.org/codes/fibroscan", "LSM", "Liver stiffness measurement (VCTE)"), text="FibroScan liver stiffness"), lsm, "kPa", d, cat="imaging", enc=e, key="fs")
    c.cbc("2026-10-20", 13.4, plt=212)
    c.note("2026-10-20", "Fatty liver clinic note", """
HEPATOLOGY - Dr. S. Adeyinka
59F MASH F2 with T2DM on metformin and semaglutide 1 mg (both since 2024 or earlier). A1c 7.4 -> 7.6 -> 7.7 over 8 months (change 0.3%, not clinically meaningful); weight down 1.4 kg; FibroScan LSM 9.6 -> 9.1 kPa; ALT stable.
Plan: continue; discuss semaglutide 2 mg with PCP; repeat FibroScan 12 months; HCC screening not indicated at F2.
""", author=hep)
    return c


def s_bpoff(cid):
    c = Case(cid, "K1")
    c.patient("Tanisha Renee", "Brooks", "female", "1977-07-30", "RMK-8823119", "15820 E Colfax Ave", "80011", "720-555-0103", marital="S")
    neph = c.pract("Michael", "Okafor", "MD", "1578230046")
    c.coverage("Colorado Medicaid", "Health First Colorado", "2024-07-01", "CO-M7703114", ("SUBSIDIZ", "subsidized health program"))
    c.nkda()
    htn = c.cond(cc(S("59621000", "Essential hypertension"), I("I10", "Essential (primary) hypertension")), "2019-01-01", who=neph)
    c.cond(cc(S("414916001", "Obesity"), I("E66.01", "Morbid (severe) obesity due to excess calories")), "2015-01-01")
    c.cond(cc(I("O13.9", "Gestational [pregnancy-induced] hypertension without significant proteinuria, unspecified trimester")), "2009-03-01", status="resolved", abated="2009-06-01")
    c.medstmt(cc(RX("17767", "amlodipine"), text="amlodipine 10 mg tablet"), "2024-01-10", status="stopped", end="2026-05-10", dosage="10 mg daily", reason=htn,
              note="Patient stopped 5/2026 - lost Medicaid coverage during redetermination and ankle swelling.")
    c.medstmt(cc(RX("2409", "chlorthalidone"), text="chlorthalidone 25 mg tablet"), "2024-01-10", status="stopped", end="2026-05-10", dosage="25 mg daily", reason=htn,
              note="Patient stopped 5/2026 - cost.")
    data = (("2026-04-14", 134, 84), ("2026-06-23", 146, 92), ("2026-08-25", 158, 98), ("2026-10-21", 164, 100))
    for d, s_, d_ in data:
        e = c.enc(d, "Hypertension clinic visit", reason="Hypertension", who=neph, service="Nephrology - Hypertension Clinic")
        c.vitals(d, s_, d_, 80, 112.0, enc=e)
    c.bmp("2026-10-21", 0.86, 86, k=3.9)
    c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", 18, "mg/g", "2026-10-21", None, 30, ucum="mg/g{creat}")
    c.lab("2915-2", "Aldosterone [Mass/volume] in Serum or Plasma", 9.2, "ng/dL", "2026-10-21", 3.0, 16.0)
    c.lab("2889-4", "Renin [Enzymatic activity/volume] in Plasma", 1.9, "ng/mL/h", "2026-10-21", 0.25, 5.82, ucum="ng/mL/h")
    c.medreq(cc(RX("52175", "losartan"), text="losartan 50 mg tablet"), "2026-10-21", "50 mg daily", who=neph, reason=htn)
    c.medreq(cc(RX("2409", "chlorthalidone"), text="chlorthalidone 25 mg tablet"), "2026-10-21", "25 mg daily", who=neph, reason=htn)
    c.note("2026-10-21", "Hypertension clinic note", """
HYPERTENSION CLINIC - Dr. M. Okafor
49F essential hypertension, previously controlled on amlodipine 10 + chlorthalidone 25 (134/84 in April). She stopped both in May after losing Medicaid coverage during redetermination (also disliked ankle swelling on amlodipine). Coverage restored 10/2026.
Off all antihypertensives May-October: BP 146/92 (June), 158/98 (Aug), 164/100 today. No end-organ symptoms; UACR normal; aldosterone/renin ratio unremarkable.
Plan: restart chlorthalidone 25 and start losartan 50 (instead of amlodipine); home BP log; recheck BMP and BP in 4 weeks.
""", author=neph)
    e = c.enc("2026-11-18", "Nurse visit - BP check", reason="BP recheck after restart", service="Nephrology - Hypertension Clinic")
    c.vitals("2026-11-18", 138, 86, 76, 111.4, enc=e)
    return c


def s_complex(cid):
    c = Case(cid, "K1")
    c.patient("Howard Glen", "Pennington", "male", "1959-01-19", "RMK-3390214", "7710 S Broadway", "80122", "303-555-0189", marital="M")
    neph = c.pract("Claire", "Whitaker-Ross", "MD", "1790883413")
    c.coverage("Centers for Medicare & Medicaid Services", "Medicare Part A and B", "2024-01-01", "9XR2MN4WE67", ("SUBSIDIZ", "subsidized health program"))
    c.allergy(RX("36567", "simvastatin"), "Simvastatin", "Myalgia", "2014-01-01")
    dm = c.cond(cc(I("E11.22", "Type 2 diabetes mellitus with diabetic chronic kidney disease")), "2008-01-01", note="Endocrinology (Dr. Lam) follows.")
    ckd = c.cond(cc(S("700379002", "Chronic kidney disease stage 3B"), I("N18.32", "Chronic kidney disease, stage 3b")), "2020-01-01", who=neph)
    hf = c.cond(cc(S("446221000", "Heart failure with normal ejection fraction"), I("I50.32", "Chronic diastolic (congestive) heart failure")), "2022-01-01", note="Cardiology (Dr. Foster) follows.")
    copd = c.cond(cc(S("13645005", "Chronic obstructive lung disease"), I("J44.9", "Chronic obstructive pulmonary disease, unspecified")), "2016-01-01", note="Pulmonology follows; GOLD 2.")
    c.cond(cc(S("78275009", "Obstructive sleep apnea syndrome"), I("G47.33", "Obstructive sleep apnea (adult) (pediatric)")), "2018-01-01")
    c.cond(cc(S("239873007", "Osteoarthritis of knee"), I("M17.0", "Bilateral primary osteoarthritis of knee")), "2015-01-01", note="Orthopedics - injections.")
    c.cond(cc(S("35489007", "Depressive disorder"), I("F33.1", "Major depressive disorder, recurrent, moderate")), "2019-01-01", note="Psychiatry follows.")
    c.cond(cc(S("90560007", "Gout"), I("M1A.9XX0", "Chronic gout, unspecified, without tophus (tophi)")), "2017-01-01")
    meds = ((RX("274783", "insulin glargine"), "insulin glargine 100 units/mL pen", "34 units nightly"),
            (RX("1545653", "empagliflozin"), "empagliflozin 10 mg tablet", "10 mg daily"),
            (RX("52175", "losartan"), "losartan 50 mg tablet", "50 mg daily"),
            (RX("38413", "torsemide"), "torsemide 20 mg tablet", "20 mg daily"),
            (RX("1547660", "tiotropium / olodaterol"), "tiotropium-olodaterol inhaler", "2 inhalations daily"),
            (RX("36437", "sertraline"), "sertraline 100 mg tablet", "100 mg daily"),
            (RX("519", "allopurinol"), "allopurinol 100 mg tablet", "100 mg daily"),
            (RX("83367", "atorvastatin"), "atorvastatin 40 mg tablet", "40 mg daily"))
    for code, text, dose in meds:
        c.medstmt(cc(code, text=text), "2023-01-01", dosage=dose, asserted="2026-11-09")
    for d, cr, eg, a1c in (("2026-05-11", 1.86, 39, 7.4), ("2026-11-09", 1.84, 40, 7.3)):
        e = c.enc(d, "Nephrology clinic visit", reason="CKD 3b, multimorbidity", who=neph, service="Nephrology")
        c.bmp(d, cr, eg, k=4.7, glu=152, sex="M", enc=e)
        c.lab("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", a1c, "%", d, None, 5.6, enc=e)
        c.lab("9318-7", "Albumin/Creatinine [Mass Ratio] in Urine", 210 if d < "2026-06" else 196, "mg/g", d, None, 30, ucum="mg/g{creat}", enc=e)
        c.vitals(d, 132, 74, 70, 108.0, spo2=94, enc=e)
    c.lab("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma", 640, "pg/mL", "2026-11-09", None, 450)
    c.obs(cc(L("44261-6", "Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]")), date="2026-11-09", cat="survey", vint=8)
    c.note("2026-11-09", "Nephrology follow-up", """
NEPHROLOGY - Dr. C. Whitaker-Ross
67M with T2DM (endocrinology), CKD 3b with A2 albuminuria (stable eGFR 39-40), HFpEF (cardiology), COPD GOLD 2 (pulmonology), OSA on CPAP, bilateral knee OA (orthopedics), recurrent depression (psychiatry), chronic gout. Sees 6 specialty services; 14 medications; 2 ED visits in 2025. Currently stable.
Care coordination: overlapping diuretic, SGLT2 and RAAS decisions between nephrology and cardiology; knee OA limits activity; depression affects adherence.
Plan: continue; pharmacist medication reconciliation; care-coordination referral; labs 6 months.
""", author=neph)
    return c


def s_wilson(cid):
    c = Case(cid, "K3")
    c.patient("Tyler James", "Jankowski", "male", "2002-05-09", "GCD-6603127", "1460 Hillcrest Rd", "36695", "251-555-0156", marital="S")
    hep = c.pract("Olivia", "Fairbanks", "MD", "1346782201")
    c.coverage("Blue Cross and Blue Shield of Alabama", "Blue Advantage PPO", "2020-01-01", "ALB771029384")
    c.nkda()
    c.cond(cc(S("414916001", "Obesity"), I("E66.9", "Obesity, unspecified")), "2018-01-01")
    c.cond(cc(S("237602007", "Metabolic syndrome X"), I("E88.810", "Metabolic syndrome")), "2025-06-01")
    c.cond(cc(S("10509002", "Acute bronchitis"), I("J20.9", "Acute bronchitis, unspecified")), "2026-02-03", status="resolved", abated="2026-02-20")
    c.lft("2026-06-10", alt=118, ast=64, alp=96, tbili=0.7, alb=4.5)
    e1 = c.enc("2026-07-15", "Hepatology new patient visit", reason="Elevated aminotransferases", who=hep, service="Hepatology")
    c.vitals("2026-07-15", 132, 84, 78, 118.0, bmi=36.4, enc=e1)
    wd = c.cond(cc(S("88518009", "Wilson's disease"), I("E83.01", "Wilson's disease"), text="Wilson disease - suspected"), "2026-07-15", status="inactive", ver="refuted", abated="2026-08-26", enc=e1, who=hep,
                note="Excluded: ceruloplasmin normal, 24-h urine copper normal, no Kayser-Fleischer rings.")
    for code, disp, v, u, lo, hi in (("2064-4", "Ceruloplasmin [Mass/volume] in Serum or Plasma", 28, "mg/dL", 20, 40),
                                     ("5631-7", "Copper [Mass/time] in 24 hour Urine", 24, "ug/(24.h)", None, 40),
                                     ("13955-0", "Hepatitis C virus Ab [Presence] in Serum or Plasma", None, None, None, None),
                                     ("5196-1", "Hepatitis B virus surface Ag [Presence] in Serum", None, None, None, None)):
        if v is None:
            c.obs(cc(L(code, disp)), date="2026-07-15", vcc=cc((LNC, "LA6577-6", "Negative")), interp="N", key="lab")
        else:
            c.lab(code, disp, v, u, "2026-07-22", lo, hi)
    c.lab("5048-4", "Nuclear Ab [Titer] in Serum", 40, "{titer}", "2026-07-15", None, 80, text_range="<1:80")
    c.lab("1834-1", "Alpha-1-Antitrypsin [Mass/volume] in Serum or Plasma", 138, "mg/dL", "2026-07-15", 90, 200)
    c.obs(cc(("https://gulfcoastdigestive.com/codes/fibroscan", "CAP", "Controlled attenuation parameter"), text="FibroScan CAP"), 338, "dB/m", "2026-07-15", cat="imaging", key="fs")
    c.obs(cc(("https://gulfcoastdigestive.com/codes/fibroscan", "LSM", "Liver stiffness measurement (VCTE)"), text="FibroScan liver stiffness"), 6.1, "kPa", "2026-07-15", cat="imaging", key="fs")
    c.obs(cc(text="Slit-lamp examination for Kayser-Fleischer rings (ophthalmology)"), date="2026-08-12", cat="exam", vstring="No Kayser-Fleischer rings bilaterally", interp="N")
    masld = c.cond(cc(I("K76.0", "Fatty (change of) liver, not elsewhere classified"), S("197321007", "Steatosis of liver"), text="MASLD (metabolic dysfunction-associated steatotic liver disease), F0-F1"), "2026-08-26", who=hep)
    e2 = c.enc("2026-08-26", "Hepatology follow-up", reason="Results review", who=hep, service="Hepatology")
    c.note("2026-08-26", "Hepatology follow-up", """
HEPATOLOGY - Dr. O. Fairbanks
24M with ALT 118 / AST 64, obesity (BMI 36), metabolic syndrome. Because of young age, Wilson disease was screened for: ceruloplasmin 28 (normal), 24-h urine copper 24 mcg (normal), no KF rings on slit lamp - Wilson disease excluded. Viral hepatitis, autoimmune and A1AT screens negative. FibroScan CAP 338, LSM 6.1 kPa.
Diagnosis: MASLD with low fibrosis risk.
Plan: lifestyle intervention with dietitian, target 7-10% weight loss; recheck LFTs 6 months.
""", author=hep, enc=e2)
    c.lft("2026-11-18", alt=86, ast=49, alp=92)
    c.sr(cc(S("103699006", "Patient referral to dietitian"), text="Medical nutrition therapy referral"), "2026-08-26", status="completed", reason=masld, who=hep)
    return c
