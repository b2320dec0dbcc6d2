from lib import *
C=[]
def case(f): C.append(f); return f

# ---------------- PERSISTENT_SYMPTOMS_NORMAL_WORKUP ----------------
@case
def psnw_p1(cid):
    b=B(cid,"A1"); b.setup("Okonkwo-Barnes",["Danielle","R"],"female","1996-03-14","GLR00482913","Toledo","OH",
        [("Haddad","Samir","Internal Medicine"),("Lindqvist","Maren","Pulmonology")],payer="Medical Mutual of Ohio")
    e1=b.enc("2026-05-12","Office visit - primary care",reason="Shortness of breath with exertion")
    e2=b.enc("2026-06-30","Office visit - primary care",reason="Dyspnea, follow-up")
    e3=b.enc("2026-08-25","Pulmonology new patient consult",pr=1,reason="Exertional dyspnea")
    e4=b.enc("2026-10-27","Office visit - primary care",reason="Breathlessness persists")
    # HIE duplicates: text-only symptom entries from visit summaries
    b.cond(cc(text="Shortness of breath on exertion"),onset="2026-05-12",cat="encounter-diagnosis",enc=e1,clin=None,ver=None,noonset=True)
    b.cond(cc((ICD,"R06.02","Shortness of breath")),onset="2026-05-12",recorded="2026-06-30",cat="encounter-diagnosis",enc=e2)
    b.cond(cc((SCT,"60845006","Dyspnea on exertion")),onset="2026-05-12",recorded="2026-08-25",enc=e3)
    b.cond(cc((ICD,"R06.02","Shortness of breath"),text="SOB - ongoing"),onset="2026-05-12",recorded="2026-10-27",cat="encounter-diagnosis",enc=e4)
    b.cond(cc((SCT,"195967001","Asthma"),text="Childhood asthma"),onset="2003",clin="resolved",abate="2010",note="No inhaler use since adolescence")
    b.cond(cc((SCT,"68566005","Urinary tract infectious disease")),onset="2025-02-02",clin="resolved",abate="2025-02-12")
    for d,s,dd,h,sp in [("2026-05-12",118,72,88,99),("2026-06-30",116,70,84,98),("2026-08-25",120,74,90,99),("2026-10-27",114,70,86,98)]:
        b.vitals(d,s,dd,h,wt=64.1,spo2=sp)
    r1=[b.lab("hgbF","2026-05-13",13.4),b.lab("tsh","2026-05-13",1.9),b.lab("ferr","2026-05-13",48),b.lab("ntbnp","2026-06-30",38),b.lab("dimer","2026-06-30",0.31)]
    b.report(cc((LNC,"24627-2","Chest CT"),text="XR chest 2 views"),"2026-05-14","Lungs clear. No acute cardiopulmonary process.",cat=("RAD","Radiology"))
    b.report(cc((LNC,"81459-0","Pulmonary function panel")),"2026-08-25","Normal spirometry, lung volumes and DLCO. No bronchodilator response. Methacholine challenge negative.",cat=("PF","Pulmonary function"),pr=1,
       results=[b.obs(cc((LNC,"19926-5","FEV1/FVC")),"2026-08-25",0.82,"1",lo=0.70,cat="procedure"),b.obs(cc((LNC,"20150-9","FEV1")),"2026-08-25",3.05,"L",lo=2.4,cat="procedure")])
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel"),text="Transthoracic echocardiogram"),"2026-09-15","Normal biventricular size and function, LVEF 62%. No valvular disease. Estimated RVSP 24 mmHg. No shunt on agitated saline.",cat=("CUS","Cardiac Ultrasound"))
    b.note("2026-10-27","Primary care progress note","Danielle returns for the fourth visit about breathlessness climbing one flight of stairs, now about 6 months. Spirometry with methacholine, full PFTs, echo with bubble study, CXR, CBC, ferritin, TSH, BNP and D-dimer all normal. Pulmonology found no lung disease. She is frustrated; symptoms unchanged. No diagnosis established. Plan: cardiopulmonary exercise study to be discussed; continue to observe.",enc=e4)
    b.medstmt(cc((RX,"435","albuterol"),text="Albuterol HFA 90 mcg 2 puffs PRN"),"2026-05-12",status="stopped",end="2026-08-25",dose="2 puffs q4h PRN")
    b.medstmt(cc(text="Norgestimate-ethinyl estradiol tablet"),"2022-01-10",dose="1 tab daily")
    return b,("PERSISTENT_SYMPTOMS_NORMAL_WORKUP","positive",["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Exertional dyspnoea documented at 4 visits over 24 weeks with normal CXR, PFTs, methacholine, echo and labs and no explanatory diagnosis.",
      "30F exertional dyspnoea, 4 visits over 6 months, entire pulmonary/cardiac workup normal, HIE export")

@case
def psnw_p2(cid):
    b=B(cid,"B2"); b.setup("Valdez",["Rosa","Maria"],"female","1973-09-02","BGC-2291047","Oakland","CA",
        [("Chen","Howard","Gastroenterology"),("Amari","Leila","Gastroenterology")],payer="Kaiser Permanente",lang=("es","Spanish"))
    e1=b.enc("2026-04-08","GI new patient visit",reason=cc((SCT,"422587007","Nausea")))
    e2=b.enc("2026-05-20","Upper endoscopy",reason="Nausea, early satiety")
    e3=b.enc("2026-07-01","GI follow-up visit",pr=1)
    e4=b.enc("2026-09-16","GI follow-up visit",pr=0)
    b.cond(cc((ICD,"R11.0","Nausea"),(SCT,"422587007","Nausea")),onset="2026-02-15",recorded="2026-04-08",cat="encounter-diagnosis",enc=e1)
    b.cond(cc((SCT,"162061007","Early satiety")),onset="2026-02-15",recorded="2026-04-08",enc=e1)
    b.obs(cc((SCT,"422587007","Nausea"),text="Nausea"),"2026-04-08",vstr="Daily nausea, worse after meals, no vomiting",cat="exam",interp=None,enc=e1)
    b.obs(cc((SCT,"422587007","Nausea"),text="Nausea"),"2026-07-01",vstr="Persistent daily nausea and early satiety; weight stable",cat="exam",interp=None,enc=e3)
    b.obs(cc((SCT,"422587007","Nausea"),text="Nausea"),"2026-09-16",vstr="Unchanged daily postprandial nausea",cat="exam",interp=None,enc=e4)
    b.cond(cc((SCT,"38341003","Hypertensive disorder")),onset="2015-06-01")
    b.cond(cc((SCT,"302914006","Barrett's esophagus"),text="r/o Barrett's"),onset="2026-05-20",ver="refuted",clin=None)
    b.cond(cc((SCT,"235595009","Gastroesophageal reflux disease")),onset="2014-01-01",clin="inactive")
    for d in ["2026-04-08","2026-07-01","2026-09-16"]: b.vitals(d,128,78,72,wt=71.0)
    b.lab("hgbF","2026-04-09",13.1); b.lab("alt","2026-04-09",22); b.lab("lipase","2026-04-09",31); b.lab("tsh","2026-04-09",2.2); b.lab("a1c","2026-04-09",5.4); b.lab("ca","2026-04-09",9.4)
    b.obs(cc((LNC,"24325-3","Gastroenterology panel"),text="H. pylori stool antigen"),"2026-04-09",vcc=cc((SCT,"260385009","Negative")),interp="NEG")
    b.report(cc((LNC,"28014-7","Upper GI endoscopy study"),text="EGD report"),"2026-05-20","Normal esophagus, stomach and duodenum. No retained food. Random gastric and duodenal biopsies taken.",cat=("GE","Gastroenterology"))
    b.report(cc((LNC,"22637-3","Pathology report final diagnosis Narrative")),"2026-05-24","A. Stomach, biopsy: gastric mucosa without diagnostic abnormality; no H. pylori on IHC. B. Duodenum, biopsy: normal villous architecture.",cat=("SP","Surgical Pathology"))
    b.report(cc(text="Gastric emptying scintigraphy, 4 hour"),"2026-07-10","Normal gastric emptying: 8% retention at 4 hours (normal <10%).",cat=("NMR","Nuclear Magnetic Resonance"))
    b.report(cc((LNC,"24558-9","US Abdomen"),text="RUQ ultrasound"),"2026-04-20","Normal liver and gallbladder. No gallstones. CBD 4 mm.",cat=("RUS","Radiology Ultrasound"))
    b.med(cc((RX,"26225","ondansetron")),"2026-04-08",dose="4 mg ODT q8h PRN nausea")
    b.medstmt(cc((RX,"17767","amlodipine")),"2015-06-01",dose="5 mg daily")
    b.note("2026-09-16","GI follow-up","Ms Valdez continues to have daily postprandial nausea and early satiety since February (7 months). EGD with biopsies, H. pylori, RUQ US, 4-h gastric emptying and labs all normal. No cause found. Weight stable. She is worried something is being missed. Plan: trial of meal changes; return in 3 months. Not labeled functional at this point pending further evaluation.",enc=e4)
    return b,("PERSISTENT_SYMPTOMS_NORMAL_WORKUP","positive",["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Nausea/early satiety recorded on 3+ dates over 7 months with normal EGD, pathology, gastric emptying, US and labs; no explaining diagnosis.",
      "52F chronic postprandial nausea, normal EGD/biopsies/gastric emptying, no diagnosis, GI group")

@case
def psnw_p3(cid):
    b=B(cid,"A3"); b.setup("Pruitt",["Gerald","Wayne"],"male","1966-11-21","SCH7710384","Mobile","AL",
        [("Nwosu","Adaeze","Family Medicine")],payer="Humana Gold Plus")
    e1=b.enc("2026-08-11","Annual wellness visit",reason="Fatigue")
    e2=b.enc("2026-11-03","Office visit",reason="Medication refill")
    b.cond(cc((SCT,"44054006","Diabetes mellitus type 2")),onset="2018-04-01")
    b.cond(cc((SCT,"55822004","Hyperlipidemia")),onset="2016-01-01")
    b.cond(cc((SCT,"235595009","Gastroesophageal reflux disease")),onset="2019-05-01")
    b.cond(cc(text="Fatigue"),cat="encounter-diagnosis",enc=e1,clin=None,ver=None,noonset=True)
    b.cond(cc((SCT,"6072007","Bleeding from anus")),onset="2021-03-01",clin="resolved",abate="2021-04-01",note="hemorrhoidal per pt, no workup")
    b.vitals("2026-08-11",132,80,84,wt=88.4,bmi=28.9); b.vitals("2026-11-03",128,76,92,wt=85.9,bmi=28.1)
    h=b.lab("hgbM","2026-08-12",10.1); m=b.lab("mcv","2026-08-12",71); f=b.lab("ferr","2026-08-12",6)
    b.obs(cc((LNC,"2502-3","Iron saturation [Mass Fraction] in Serum or Plasma")),"2026-08-12",5,"%",lo=20,hi=50)
    b.lab("plt","2026-08-12",412); b.lab("a1c","2026-08-12",6.9,reftext="<5.7 normal; target <7.0 in diabetes"); b.lab("cr","2026-08-12",0.9)
    b.report(cc((LNC,"58410-2","CBC panel - Blood by Automated count")),"2026-08-12","Microcytic anemia. Low ferritin.",results=[h,m,f])
    b.med(cc((RX,"6809","metformin")),"2024-01-15",dose="1000 mg BID")
    b.med(cc((RX,"83367","atorvastatin")),"2024-01-15",dose="40 mg daily")
    b.med(cc((RX,"7646","omeprazole")),"2023-02-01",dose="20 mg daily")
    b.note("2026-08-11","Wellness visit","58 y/o male for AWV. Reports tiredness. Last colonoscopy: never (declined Cologuard 2023). Labs ordered. Plan: f/u labs.",enc=e1)
    b.note("2026-11-03","Refill visit","Seen for metformin and statin refills. Weight down 2.5 kg. A1c acceptable. Continue current regimen. RTC 6 months.",enc=e2)
    return b,("PERSISTENT_SYMPTOMS_NORMAL_WORKUP","positive",["PERSISTENT_SYMPTOMS_NORMAL_WORKUP"],
      "Iron-deficiency anaemia (Hb 10.1, MCV 71, ferritin 6) in a 59-year-old man on 2026-08-12 with no GI referral, endoscopy or repeat labs after 111 days - red-flag finding without follow-up (Murphy e-trigger).",
      "59M new iron-deficiency anaemia, never screened, no colonoscopy/referral >60 days, weight loss")

@case
def psnw_n1(cid):
    b=B(cid,"C2"); b.setup("Halvorsen",["Ingrid"],"female","2011-02-17","HCH-0388172","Omaha","NE",
        [("Basu","Rohan","Pediatric Cardiology"),("Ferreira","Lucia","Pediatric Electrophysiology")],payer="Nebraska Medicaid - Heritage Health",
        contact=[{"relationship":[cc(("http://terminology.hl7.org/CodeSystem/v2-0131","N","Next-of-Kin"))],"name":{"family":"Halvorsen","given":["Karin"]}}])
    e1=b.enc("2026-03-10","Pediatric cardiology new visit",reason=cc((SCT,"80313002","Palpitations")))
    e2=b.enc("2026-04-21","Pediatric cardiology follow-up")
    e3=b.enc("2026-06-02","Pediatric cardiology follow-up",pr=1)
    e4=b.enc("2026-07-14","Electrophysiology study and ablation",cls="AMB",pr=1)
    e5=b.enc("2026-10-06","Post-ablation follow-up",pr=1)
    c=b.cond(cc((SCT,"80313002","Palpitations")),onset="2026-02-01",clin="resolved",abate="2026-07-14",recorded="2026-03-10")
    for d in ["2026-03-10","2026-04-21","2026-06-02"]:
        b.obs(cc((SCT,"80313002","Palpitations")),d,vstr="Episodes of sudden racing heartbeat, 2-3/week, abrupt onset/offset",cat="exam",interp=None)
    b.report(cc((LNC,"11524-6","EKG study")),"2026-03-10","Normal sinus rhythm, no pre-excitation, normal QTc 418 ms.",cat=("EC","Electrocardiac"))
    b.report(cc(text="24-hour Holter monitor"),"2026-03-24","Sinus rhythm throughout, rare PACs. No symptom-correlated arrhythmia.",cat=("EC","Electrocardiac"))
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2026-04-21","Structurally normal heart. Normal function.",cat=("CUS","Cardiac Ultrasound"))
    b.report(cc(text="30-day event monitor"),"2026-05-28","Narrow-complex tachycardia at 228 bpm, abrupt onset and termination, symptom-correlated. Consistent with SVT.",cat=("EC","Electrocardiac"),pr=1)
    svt=b.cond(cc((SCT,"251166008","Atrioventricular nodal re-entry tachycardia"),(ICD,"I47.1","Supraventricular tachycardia")),onset="2026-05-28",clin="resolved",abate="2026-07-14",recorded="2026-06-02")
    b.proc(cc((CPT,"93653","Comprehensive EP evaluation with ablation of SVT"),(SCT,"18286008","Catheter ablation of tissue of heart")),"completed","2026-07-14",reason=[svt],pr=1,outcome="Successful slow pathway ablation; noninducible post-ablation")
    b.lab("hgbPed","2026-03-10",13.2); b.lab("tsh","2026-03-10",1.7); b.lab("k","2026-03-10",4.1)
    for d in ["2026-03-10","2026-06-02","2026-10-06"]: b.vitals(d,108,64,82,wt=52.3)
    b.note("2026-10-06","EP follow-up","Ingrid is 3 months post slow-pathway ablation for AVNRT. No recurrent palpitations. ECG normal. Discharged from EP follow-up; PRN return.",pr=1,enc=e5)
    b.medstmt(cc((RX,"1202","atenolol")),"2026-06-02",status="completed",end="2026-07-14",dose="25 mg daily until ablation")
    return b,("PERSISTENT_SYMPTOMS_NORMAL_WORKUP","near-miss",[],
      "Palpitations over 3 visits with initially normal ECG/Holter/echo, but the event monitor found AVNRT, which was diagnosed and ablated; symptom explained and resolved.",
      "15F palpitations with normal early workup, later diagnosed AVNRT and ablated (completed)")

@case
def psnw_n2(cid):
    b=B(cid,"B1"); b.setup("Whitfield",["Marcus","Lee"],"male","1963-07-30","PDLA-551920","Greensboro","NC",
        [("Osei","Kwame","Gastroenterology")],payer="Aetna Medicare")
    e1=b.enc("2026-09-02","Primary care referral review")
    e2=b.enc("2026-09-24","Colonoscopy",reason="Positive FIT")
    b.cond(cc((SCT,"38341003","Hypertensive disorder")),onset="2012-01-01")
    b.cond(cc((SCT,"59621000","Essential hypertension"),text="HTN"),onset="2012-01-01",recorded="2019-05-05")
    b.cond(cc((SCT,"190331003","Hyperglycemia"),text="Prediabetes"),onset="2022-03-01")
    b.obs(cc((LNC,"29771-3","Hemoglobin.gastrointestinal.lower [Presence] in Stool by Immunoassay"),text="FIT"),"2026-08-28",vcc=cc((SCT,"10828004","Positive")),interp="POS")
    b.lab("hgbM","2026-08-28",14.6); b.lab("mcv","2026-08-28",89); b.lab("ferr","2026-08-28",96); b.lab("cr","2026-09-02",1.0); b.lab("a1c","2026-08-28",5.9,reftext="4.0-5.6 %")
    b.sr(cc((CPT,"45378","Colonoscopy, flexible; diagnostic")),"completed","order","2026-09-02",occ="2026-09-24")
    pol=b.proc(cc((CPT,"45385","Colonoscopy with removal of lesion by snare"),(SCT,"73761001","Colonoscopy")),"completed","2026-09-24",outcome="Two small polyps removed; internal hemorrhoids")
    b.report(cc((LNC,"18746-8","Colonoscopy study")),"2026-09-24","Cecum reached, BBPS 8. Two 4-5 mm sessile polyps in sigmoid removed with cold snare. Grade I internal hemorrhoids. Otherwise normal.",cat=("GE","Gastroenterology"))
    b.report(cc((LNC,"22637-3","Pathology report final diagnosis Narrative")),"2026-09-27","Sigmoid polyps x2: hyperplastic polyps. Negative for dysplasia.",cat=("SP","Surgical Pathology"))
    b.cond(cc((SCT,"90458007","Internal hemorrhoids")),onset="2026-09-24")
    b.vitals("2026-09-02",134,82,70,wt=92); b.vitals("2026-09-24",128,78,66)
    b.med(cc((RX,"29046","lisinopril")),"2020-01-01",dose="20 mg daily")
    b.med(cc(text="Polyethylene glycol 3350 / electrolytes bowel prep"),"2026-09-02",status="completed",dose="Split dose per instructions")
    b.note("2026-09-27","Colonoscopy results letter","Dear Mr Whitfield, your colonoscopy for the positive stool immunochemical screen found two small hyperplastic (non-precancerous) polyps and internal hemorrhoids, the likely source. Repeat colonoscopy in 10 years.")
    return b,("PERSISTENT_SYMPTOMS_NORMAL_WORKUP","near-miss",[],
      "Positive FIT (red flag) was followed by colonoscopy within 27 days with benign findings; red flag followed up, no persistent unexplained symptom.",
      "63M positive FIT followed by timely colonoscopy (hyperplastic polyps, haemorrhoids)")

# ---------------- DIAGNOSIS_SYMPTOM_MISMATCH ----------------
@case
def dsm_p1(cid):
    b=B(cid,"B1"); b.setup("Castellanos",["Brianna"],"female","2002-01-09","PDLA-602331","Charlotte","NC",
        [("Osei","Kwame","Gastroenterology"),("Greer","Alana","Physician Assistant, Gastroenterology")],payer="UnitedHealthcare")
    e1=b.enc("2025-06-17","GI new patient",reason="Diarrhea and cramping")
    e2=b.enc("2026-02-10","GI follow-up",pr=1)
    e3=b.enc("2026-06-23","GI follow-up",pr=1)
    e4=b.enc("2026-10-20","GI follow-up",pr=1)
    ibs=b.cond(cc((ICD,"K58.0","Irritable bowel syndrome with diarrhea"),(SCT,"197125005","Irritable bowel syndrome characterized by diarrhea")),onset="2025-06-17",enc=e1)
    b.cond(cc((SCT,"35489007","Depressive disorder"),text="Depression, mild"),onset="2023-01-01",clin="remission")
    for d,w in [("2025-06-17",61.2),("2026-02-10",59.0),("2026-06-23",57.1),("2026-10-20",55.4)]: b.vitals(d,108,66,84,wt=w)
    for d,t in [("2026-02-10","5-6 loose stools/day, urgency"),("2026-06-23","Diarrhea with nocturnal stools, occasional blood on tissue"),("2026-10-20","6-8 loose stools/day incl. nocturnal; cramping")]:
        b.obs(cc((SCT,"62315008","Diarrhea")),d,vstr=t,cat="exam",interp=None)
    b.lab("calpro","2026-06-24",620); b.lab("crp","2026-06-24",24); b.lab("hgbF","2026-06-24",12.3); b.lab("ferr","2026-06-24",21); b.lab("alb","2026-06-24",3.3)
    b.lab("calpro","2026-10-21",780); b.lab("ttg","2025-06-18",1.2); b.lab("tsh","2025-06-18",1.8)
    b.med(cc((RX,"1313","dicyclomine"),text="Dicyclomine 20 mg"),"2025-06-17",dose="20 mg QID PRN",reason=[ibs])
    b.med(cc((RX,"6468","loperamide")),"2025-06-17",dose="2 mg PRN")
    b.note("2026-10-20","GI follow-up (PA)","IBS-D follow-up. Still 6-8 loose stools/day including at night, 6 kg weight loss since 06/2025, albumin 3.3. Fecal calprotectin 620 then 780 ug/g; CRP 24. Continue dicyclomine/loperamide, add fiber. Colonoscopy not yet scheduled; will discuss at next visit.",pr=1,enc=e4)
    return b,("DIAGNOSIS_SYMPTOM_MISMATCH","positive",["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "IBS-D label (K58.0) for 16 months while diarrhoea continues with nocturnal stools, weight loss, low albumin and calprotectin 620-780 - findings a functional diagnosis cannot explain.",
      "24F labelled IBS-D 16 months, nocturnal diarrhoea, weight loss, calprotectin 780, no colonoscopy")

@case
def dsm_p2(cid):
    b=B(cid,"A2"); b.setup("Kowalczyk",["Teresa","Ann"],"female","1965-05-28","MVH-33019284","Scranton","PA",
        [("Ibrahim","Youssef","Family Medicine"),("Delacroix","Renee","Rheumatology")],payer="Highmark Blue Shield")
    e1=b.enc("2024-09-10","Office visit",reason="Widespread aches")
    e2=b.enc("2026-03-19","Office visit",reason="Muscle pain, fatigue")
    e3=b.enc("2026-07-08","Office visit",reason="Difficulty climbing stairs")
    e4=b.enc("2026-10-14","Office visit",reason="Aches worse")
    fm=b.cond(cc((ICD,"M79.7","Fibromyalgia")),onset="2024-09-10",enc=e1)
    b.cond(cc(text="FIBROMYALGIA"),onset="2024-09-10",recorded="2025-01-22",note="imported from outside record")
    b.cond(cc((SCT,"40930008","Hypothyroidism")),onset="2011-01-01")
    b.cond(cc(text="Myalgia"),cat="encounter-diagnosis",enc=e3,clin=None,ver=None,noonset=True)
    b.cond(cc((SCT,"89627008","Vitamin D deficiency"),text="Vit D deficiency"),onset="2024-09-10",clin="resolved",abate="2025-03-01")
    for d in ["2024-09-10","2026-03-19","2026-07-08","2026-10-14"]: b.vitals(d,126,78,76,wt=70.5)
    b.lab("ck","2026-07-09",1850); b.lab("ck","2026-10-15",2240); b.lab("ast","2026-07-09",88); b.lab("alt","2026-07-09",71)
    b.lab("tsh","2026-07-09",2.1); b.lab("esr","2026-07-09",38); b.lab("crp","2026-07-09",6)
    b.obs(cc((LNC,"8061-4","Nuclear Ab [Presence] in Serum")),"2026-07-09",vcc=cc((SCT,"10828004","Positive")),interp="POS",note="1:320 speckled")
    b.med(cc((RX,"72625","duloxetine")),"2024-10-01",dose="60 mg daily",reason=[fm])
    b.med(cc((RX,"10582","levothyroxine")),"2011-01-01",dose="88 mcg daily")
    b.med(cc((RX,"25480","gabapentin")),"2026-03-19",dose="300 mg TID",reason=[fm])
    b.note("2026-07-08","Office visit","Longstanding fibromyalgia. Now can't get up from low chair, trouble climbing stairs and lifting arms to wash hair. Exam: hip flexor and deltoid strength 4-/5 bilaterally. CK 1850, ANA positive. Statin never used. Continue duloxetine and gabapentin; rheumatology referral placed but not yet scheduled.",enc=e3)
    b.note("2026-10-14","Office visit","Pain and weakness worse. CK now 2240. Pt still awaiting rheumatology. Dx fibromyalgia on problem list. Increase gabapentin.",enc=e4)
    b.sr(cc(text="Referral to rheumatology"),"active","order","2026-07-08",reason=[fm])
    return b,("DIAGNOSIS_SYMPTOM_MISMATCH","positive",["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Fibromyalgia (M79.7) on the list for 2 years while she develops proximal weakness with CK 1850-2240, raised transaminases and positive ANA, which fibromyalgia cannot explain.",
      "61F fibromyalgia label; new proximal weakness with CK >1800 and +ANA unexplained")

@case
def dsm_p3(cid):
    b=B(cid,"C1"); b.setup("Tran",["Minh","Anh"],"male","2013-08-05","CCH-1182094","Tacoma","WA",
        [("Osterberg","Paul","Pediatrics"),("Yamamoto","Keiko","Pediatric Cardiology")],payer="Apple Health (Washington Medicaid)",
        contact=[{"relationship":[cc(("http://terminology.hl7.org/CodeSystem/v2-0131","N","Next-of-Kin"))],"name":{"family":"Nguyen","given":["Lan"]}}])
    e1=b.enc("2025-11-04","Emergency department visit",cls="EMER",reason="Fainted at soccer practice")
    e2=b.enc("2025-11-18","Pediatric cardiology consult",pr=1)
    e3=b.enc("2026-04-02","Emergency department visit",cls="EMER",reason="Syncope while swimming")
    e4=b.enc("2026-09-15","Well child visit")
    vv=b.cond(cc((SCT,"398665005","Vasovagal syncope"),(ICD,"R55","Syncope and collapse")),onset="2025-11-04",recorded="2025-11-18",enc=e2)
    b.cond(cc((SCT,"24079001","Atopic dermatitis")),onset="2014-06-01",clin="inactive")
    b.cond(cc((SCT,"232208008","Ear, nose and throat disorder"),text="Recurrent otitis media (infancy), tubes 2015"),onset="2014-01-01",clin="resolved",abate="2016-01-01")
    for d,t in [("2025-11-04","Collapsed during sprint drill at soccer, LOC ~20 s, no prodrome"),("2026-04-02","Syncope while swimming laps; pulled from pool by lifeguard"),("2026-09-15","Near-syncope running; father reports 'heart racing' before")]:
        b.obs(cc((SCT,"271594007","Syncope")),d,vstr=t,cat="exam",interp=None)
    b.obs(cc((LNC,"8636-3","Q-T interval corrected"),text="QTc"),"2025-11-04",489,"ms",hi=460)
    b.obs(cc((LNC,"8636-3","Q-T interval corrected"),text="QTc"),"2026-04-02",497,"ms",hi=460)
    b.report(cc((LNC,"11524-6","EKG study")),"2026-04-02","Sinus rhythm 74. QTc 497 ms (Bazett). Notched T waves in V2-V3. Abnormal ECG.",cat=("EC","Electrocardiac"))
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2025-11-18","Structurally normal heart.",cat=("CUS","Cardiac Ultrasound"),pr=1)
    b.lab("k","2026-04-02",4.0); b.obs(cc((LNC,"19123-9","Magnesium [Mass/volume] in Serum or Plasma")),"2026-04-02",2.0,"mg/dL",lo=1.7,hi=2.3); b.lab("hgbPed","2026-04-02",13.6)
    for d in ["2025-11-04","2026-04-02","2026-09-15"]: b.vitals(d,112,68,76,wt=44.0)
    b.note("2025-11-18","Pediatric cardiology consult","13yo with single syncopal episode during exercise. ECG QTc 489 reported by ED; on my read borderline, likely overestimate with sinus arrhythmia. Echo normal. Impression: vasovagal syncope. Hydration, salt. No follow-up needed.",pr=1,enc=e2,typ=("11488-4","Consult note"))
    b.note("2026-09-15","Well child visit","Hx vasovagal syncope. Two ED visits for exertional syncope (soccer, swimming). Advised hydration. Sports clearance given. Due for HPV #2.",enc=e4)
    b.obs(cc(text="Family history of sudden death"),"2026-09-15",vstr="Maternal uncle drowned age 19 (strong swimmer)",cat="social-history",interp=None)
    return b,("DIAGNOSIS_SYMPTOM_MISMATCH","positive",["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Label 'vasovagal syncope' for 13 months while syncope recurs during exertion/swimming with QTc 489-497 ms and a family sudden death - red flags a vasovagal diagnosis does not explain.",
      "13M labelled vasovagal syncope; exertional/swimming syncope, QTc ~495 ms, family drowning")

@case
def dsm_n1(cid):
    b=B(cid,"A4"); b.setup("Reinholt",["Cody"],"male","1990-12-12","PRM-4408172","Sioux Falls","SD",
        [("Mbeki","Thandi","Family Medicine")],payer="Sanford Health Plan")
    e0=b.enc("2025-05-02","Office visit",reason="Sprained ankle")
    e1=b.enc("2026-11-10","Urgent care visit",reason="Fever, body aches, sore throat")
    e2=b.enc("2026-11-24","Telehealth follow-up",cls="VR")
    b.cond(cc((ICD,"B34.9","Viral infection, unspecified"),text="Viral syndrome"),onset="2026-11-09",clin="resolved",abate="2026-11-20",recorded="2026-11-10",cat="encounter-diagnosis",enc=e1)
    b.cond(cc((SCT,"44465007","Sprain of ankle")),onset="2025-05-01",clin="resolved",abate="2025-06-15")
    b.cond(cc((SCT,"68962001","Myalgia")),onset="2026-11-09",clin="resolved",abate="2026-11-20",cat="encounter-diagnosis",enc=e1)
    b.cond(cc((SCT,"449868002","Smokes tobacco daily"),text="Current every day smoker"),onset="2010-01-01")
    b.vitals("2025-05-02",124,78,70,wt=84); b.vitals("2026-11-10",122,76,102,temp=38.6,spo2=97,wt=83)
    b.obs(cc((LNC,"94500-6","SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection")),"2026-11-10",vcc=cc((SCT,"260385009","Negative")),interp="NEG")
    b.obs(cc((LNC,"92142-9","Influenza virus A RNA [Presence] in Respiratory system specimen by NAA with probe detection")),"2026-11-10",vcc=cc((SCT,"260385009","Negative")),interp="NEG")
    b.obs(cc((LNC,"78012-2","Streptococcus pyogenes Ag [Presence] in Throat by Rapid immunoassay")),"2026-11-10",vcc=cc((SCT,"260385009","Negative")),interp="NEG")
    b.lab("wbc","2026-11-10",6.2); b.lab("hgbM","2026-11-10",15.1); b.lab("plt","2026-11-10",221)
    b.med(cc((RX,"5640","ibuprofen")),"2026-11-10",status="completed",dose="600 mg q6h PRN x5 days")
    b.med(cc(text="Nicotine 21 mg/24 hr patch"),"2026-11-24",dose="Apply 1 patch daily")
    b.note("2026-11-24","Telehealth follow-up","Fever and aches resolved by day 10; back at work. Discussed smoking cessation; started nicotine patch. No further follow-up needed for the viral illness.",enc=e2,typ=("34109-9","Note"))
    b.note("2026-11-10","Urgent care note","2 days fever 38.6, myalgia, sore throat. COVID/flu PCR and rapid strep negative. Likely viral syndrome. Supportive care.",enc=e1)
    return b,("DIAGNOSIS_SYMPTOM_MISMATCH","near-miss",[],
      "Catch-all 'viral infection, unspecified' (B34.9) lasted only 11 days and is resolved with symptoms gone - not persisting > 90 days.",
      "35M viral syndrome B34.9, resolved within 2 weeks")

@case
def dsm_n2(cid):
    b=B(cid,"B2"); b.setup("Abernathy",["Claire","Jo"],"female","1984-04-19","BGC-2310665","Walnut Creek","CA",
        [("Amari","Leila","Gastroenterology")],payer="Anthem Blue Cross")
    e1=b.enc("2025-07-09","GI new patient",reason="Abdominal pain, bloating")
    e2=b.enc("2026-02-24","Upper endoscopy with biopsy")
    e3=b.enc("2026-03-10","GI follow-up")
    e4=b.enc("2026-09-08","GI follow-up")
    b.cond(cc((ICD,"R10.9","Unspecified abdominal pain")),onset="2025-05-01",clin="resolved",abate="2026-03-10",recorded="2025-07-09",cat="encounter-diagnosis",enc=e1)
    b.cond(cc((ICD,"R14.0","Abdominal distension (gaseous)")),onset="2025-05-01",clin="resolved",abate="2026-06-01",recorded="2025-07-09",cat="encounter-diagnosis",enc=e1)
    cel=b.cond(cc((SCT,"396331005","Celiac disease"),(ICD,"K90.0","Celiac disease")),onset="2026-03-10",enc=e3)
    b.cond(cc((SCT,"87522002","Iron deficiency anemia")),onset="2025-07-09",clin="resolved",abate="2026-09-08")
    b.lab("ttg","2026-01-20",142); b.lab("hgbF","2026-01-20",11.2); b.lab("ferr","2026-01-20",8)
    b.lab("ttg","2026-09-09",11); b.lab("hgbF","2026-09-09",13.3); b.lab("ferr","2026-09-09",41)
    b.report(cc((LNC,"28014-7","Upper GI endoscopy study")),"2026-02-24","Scalloping of duodenal folds. Biopsies x6 from D2 and bulb.",cat=("GE","Gastroenterology"))
    b.report(cc((LNC,"22637-3","Pathology report final diagnosis Narrative")),"2026-02-27","Duodenum, biopsies: total villous atrophy with crypt hyperplasia and increased intraepithelial lymphocytes (Marsh 3c), consistent with celiac disease in the appropriate serologic setting.",cat=("SP","Surgical Pathology"),
        concl_code=cc((SCT,"396331005","Celiac disease")))
    b.careplan(cc(text="Dietitian-led nutrition plan"),"Gluten-free diet","active","plan","2026-03-10",addresses=[cel],acts=[("Gluten-free diet education","completed","Dietitian visit 2026-03-24")])
    for d in ["2025-07-09","2026-03-10","2026-09-08"]: b.vitals(d,112,70,68,wt=[58.0,57.2,60.1][["2025-07-09","2026-03-10","2026-09-08"].index(d)])
    b.med(cc(text="Ferrous sulfate 325 mg tablet"),"2026-03-10",status="completed",dose="325 mg every other day",end=None)
    b.note("2026-09-08","GI follow-up","Celiac disease on strict GFD 6 months. Bloating and abdominal pain resolved. tTG down 142 -> 11. Hb and ferritin normalized. Repeat tTG 6 months.",enc=e4)
    return b,("DIAGNOSIS_SYMPTOM_MISMATCH","near-miss",[],
      "The unspecified abdominal pain/bloating codes were resolved once biopsy-proven coeliac disease explained them; symptoms and labs resolved on gluten-free diet.",
      "42F R10.9 abdominal pain replaced by biopsy-proven coeliac disease, symptoms resolved")
