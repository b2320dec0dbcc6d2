from lib import *
C=[]
def case(f): C.append(f); return f
def std(b,dates,sbp=124,dbp=76,hr=72,wt=80):
    for d in dates: b.vitals(d,sbp,dbp,hr,wt=wt)
PHQ=cc((LNC,"44261-6","Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]"))

# ---------------- PATIENT_REPORTED_CONCERN ----------------
@case
def prc_p1(cid):
    b=B(cid,"A3"); b.setup("Ashby",["Carolyn","Grace"],"female","1979-03-03","SCH7304558","Tallahassee","FL",
        [("Grayson","Elliot","Neurology"),("Nwosu","Adaeze","Family Medicine")],payer="Florida Blue")
    e1=b.enc("2026-04-07","Neurology clinic"); e2=b.enc("2026-08-18","Neurology clinic")
    mig=b.cond(cc((SCT,"37796009","Migraine"),(ICD,"G43.709","Chronic migraine without aura, not intractable, without status migrainosus")),onset="2015-01-01")
    b.cond(cc(text="Migraine"),onset="2015-01-01",recorded="2019-06-01")
    b.cond(cc((SCT,"197480006","Anxiety disorder")),onset="2017-01-01")
    b.report(cc((LNC,"24590-2","MR Brain WO contrast")),"2026-04-20","Normal MRI brain.",cat=("RAD","Radiology"))
    for d,v in [("2026-04-07",16),("2026-08-18",14)]: b.obs(cc(text="Headache days per month"),d,v,"/mo",cat="survey",interp=None)
    b.med(cc(text="Topiramate 50 mg"),"2026-04-07",dose="50 mg BID",reason=[mig]); b.med(cc((RX,"37418","sumatriptan")),"2019-01-01",dose="50 mg PRN")
    b.med(cc(text="Erenumab-aooe 70 mg/mL autoinjector"),"2026-08-18",dose="70 mg SC monthly",reason=[mig])
    pt=f"Patient/{cid}"
    m1=b.comm("2026-11-09T21:14:00Z","Dr. Grayson, I have been dealing with these headaches for years and I feel like every visit I'm just handed another prescription. I would like a second opinion from a headache specialist at another center - can you send a referral and my MRI? Thank you, Carolyn",pt,b.pr[0],
        cat=cc(text="Patient portal message"),topic="Request for second opinion",medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode","ELECTRONIC","electronic data")))
    b.comm("2026-11-10T14:02:00Z","Received, will discuss with Dr. Grayson. - RN triage",b.pr[1],pt,inreply=m1)
    b.note("2026-08-18","Neurology follow-up","Chronic migraine, 14 headache days/mo on topiramate. Starting erenumab. MRI normal. Return 3 months.",enc=e2)
    std(b,["2026-04-07","2026-08-18"],118,74,70,63)
    b.lab("cr","2026-04-07",0.7); b.lab("na","2026-04-07",139)
    return b,("PATIENT_REPORTED_CONCERN","positive",["PATIENT_REPORTED_CONCERN"],
      "Patient-authored portal Communication (2026-11-09) explicitly asks for a second opinion from another headache centre.",
      "47F chronic migraine; portal message asking for a second opinion")

@case
def prc_p2(cid):
    b=B(cid,"B1"); b.setup("Trivedi",["Sanjay","R"],"male","1976-12-18","PDLA-617504","Cary","NC",
        [("Varga","Eszter","Hepatology")],payer="Aetna")
    e1=b.enc("2026-05-21","Hepatology new patient"); e2=b.enc("2026-11-19","Hepatology follow-up")
    m=b.cond(cc((SCT,"1197357007","Metabolic dysfunction-associated steatotic liver disease"),(ICD,"K76.0","Fatty (change of) liver, not elsewhere classified"),text="MASLD with F2 fibrosis"),onset="2024-01-01")
    b.cond(cc((SCT,"44054006","Diabetes mellitus type 2")),onset="2020-01-01"); b.cond(cc((SCT,"55822004","Hyperlipidemia")),onset="2020-01-01")
    for d,alt,ast,plt in [("2026-05-21",68,44,210),("2026-11-19",61,41,205)]:
        b.lab("alt",d,alt); b.lab("ast",d,ast); b.lab("plt",d,plt)
    b.obs(cc(("urn:oid:2.16.840.1.113883.3.6620.3.55","FIB4","FIB-4 index"),text="FIB-4"),"2026-05-21",1.62,interp=None,reftext="<1.30 low risk; >2.67 high risk")
    b.obs(cc(text="Liver stiffness (VCTE, FibroScan)"),"2026-05-21",9.1,"kPa",hi=7.0,cat="imaging")
    b.obs(cc(text="Controlled attenuation parameter (CAP)"),"2026-05-21",338,"dB/m",hi=248,cat="imaging")
    b.lab("a1c","2026-11-19",7.1,reftext="target <7.0")
    b.med(cc((RX,"6809","metformin")),"2020-01-01",dose="1000 mg BID"); b.med(cc(text="Semaglutide 1 mg/0.74 mL pen"),"2026-05-21",dose="1 mg SC weekly",reason=[m])
    b.med(cc(text="Resmetirom 80 mg tablet"),"2026-11-19",status="draft",dose="80 mg daily",reason=[m])
    b.qr("http://piedmontdigestive.com/fhir/Questionnaire/previsit-hep-v3","2026-11-18T19:40:00Z",[
        qi("1","How would you rate your overall health?",(LNC,"LA8968-6","Fair")),
        qi("2","Have you had any alcohol in the past 30 days?",NO),
        qi("3","Would you like a second opinion about your diagnosis or treatment plan?",YES),
        qi("3.1","If yes, please tell us more","I read about medications and a liver biopsy. I want another liver specialist to review whether I need a biopsy before starting a new drug.")])
    b.note("2026-11-19","Hepatology follow-up","MASLD with F2 stiffness, weight down 4 kg on semaglutide. Discussed resmetirom. Pt raised request for second opinion on questionnaire; will provide records.",enc=e2)
    std(b,["2026-05-21","2026-11-19"],134,84,76,101)
    return b,("PATIENT_REPORTED_CONCERN","positive",["PATIENT_REPORTED_CONCERN"],
      "Pre-visit QuestionnaireResponse answers 'Yes' (LA33-6) to wanting a second opinion about diagnosis/treatment.",
      "49M MASLD F2, pre-visit questionnaire 'Yes' to second opinion")

@case
def prc_p3(cid):
    b=B(cid,"C2"); b.setup("Okafor",["Chidera","Grace"],"female","2020-05-30","HCH-0412266","Lincoln","NE",
        [("Basu","Rohan","Pediatric Cardiology")],payer="UnitedHealthcare Community Plan",
        contact=[{"relationship":[cc(("http://terminology.hl7.org/CodeSystem/v2-0131","N","Next-of-Kin"))],"name":{"family":"Okafor","given":["Ngozi"]},"telecom":[{"system":"phone","value":"402-555-0148"}]}])
    mom=b.add({"resourceType":"RelatedPerson","id":f"{cid}-rp-1","patient":b.P,"relationship":[cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode","MTH","mother"))],"name":[{"family":"Okafor","given":["Ngozi"]}]})
    e1=b.enc("2026-02-03","Pediatric cardiology visit"); e2=b.enc("2026-08-04","Pediatric cardiology visit")
    vsd=b.cond(cc((SCT,"30288003","Ventricular septal defect"),(ICD,"Q21.0","Ventricular septal defect")),onset="2020-05-30",note="Small-moderate perimembranous VSD with mild aortic cusp prolapse")
    b.cond(cc(text="Failure to thrive"),onset="2020-09-01",clin="resolved",abate="2021-09-01")
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2026-08-04","5 mm perimembranous VSD, L->R, peak gradient 82 mmHg. Mild right coronary cusp prolapse, trivial AI. Normal LV size.",cat=("CUS","Cardiac Ultrasound"))
    for d,w,h in [("2026-02-03",17.8,107.0),("2026-08-04",18.9,110.5)]:
        b.obs(cc((LNC,"29463-7","Body weight")),d,w,"kg",cat="vital-signs",interp=None); b.obs(cc((LNC,"8302-2","Body height")),d,h,"cm",cat="vital-signs",interp=None)
    b.vitals("2026-08-04",96,58,98)
    b.note("2026-08-04","Pediatric cardiology","Small perimembranous VSD with mild aortic cusp prolapse and trivial AI. Continue observation; echo in 6 months. Discussed with mother that surgery is not indicated now.",enc=e2)
    b.comm("2026-11-12T02:33:00Z","Hello, I am Chidera's mother. I read that cusp prolapse can make the leak worse and some children have the hole closed early. I am worried we are only waiting. I want another pediatric heart doctor to look at her echo for a second opinion. Please tell me how to do this.",mom,b.pr[0],
        cat=cc(text="Patient portal message (proxy)"),topic="Second opinion request")
    b.lab("hgbPed","2026-02-03",12.4)
    b.obs(cc(text="Ages and Stages Questionnaire - all domains"),"2026-02-03",vstr="Above cutoff in all domains",cat="survey",interp=None)
    return b,("PATIENT_REPORTED_CONCERN","positive",["PATIENT_REPORTED_CONCERN"],
      "Mother (proxy for 6-year-old) sent a portal Communication asking for a second opinion on VSD management; VSD is common, not rare.",
      "6F perimembranous VSD with cusp prolapse; mother's portal message requests second opinion")

@case
def prc_n1(cid):
    b=B(cid,"A1"); b.setup("Gallagher",["Thomas","J"],"male","1952-09-09","GLR00277304","Kalamazoo","MI",
        [("Okoye","Chinedu","Urology"),("Haddad","Samir","Internal Medicine")],payer="Medicare")
    e1=b.enc("2026-07-01","Urology clinic"); e2=b.enc("2026-11-16","Urology clinic")
    bph=b.cond(cc((ICD,"N40.1","Benign prostatic hyperplasia with lower urinary tract symptoms")),onset="2021-01-01")
    b.cond(cc(text="Hypertension"),onset="2010-01-01"); b.cond(cc(text="Gout"),onset="2017-01-01",clin="inactive")
    for d,v in [("2026-07-01",19),("2026-11-16",11)]: b.obs(cc((LNC,"80976-4","International prostate symptom score [IPSS]"),text="IPSS total"),d,v,"{score}",cat="survey",interp=None)
    b.lab("psa","2026-07-01",2.1); b.lab("cr","2026-07-01",1.0)
    b.med(cc((RX,"77492","tamsulosin")),"2021-01-01",dose="0.4 mg daily",reason=[bph]); b.med(cc((RX,"228790","dutasteride")),"2026-07-01",dose="0.5 mg daily",reason=[bph])
    b.qr("http://glrhealth.org/fhir/Questionnaire/urology-previsit","2026-11-15T10:12:00Z",[
        qi("1","Are your urinary symptoms better, same or worse since last visit?","Better"),
        qi("2","Do you have concerns about your care that you want to discuss today?",NO),
        qi("3","Would you like a second opinion about your diagnosis or treatment plan?",NO)])
    b.note("2026-11-16","Urology follow-up","BPH improved on tamsulosin + dutasteride, IPSS 19 -> 11. No interest in procedures. Continue.",enc=e2)
    std(b,["2026-07-01","2026-11-16"],136,80,70,90)
    return b,("PATIENT_REPORTED_CONCERN","near-miss",[],
      "Pre-visit questionnaire asks about a second opinion but the answer is 'No' (LA32-8); symptoms improving.",
      "74M BPH improving; questionnaire answers 'No' to second opinion")

@case
def prc_n2(cid):
    b=B(cid,"C1"); b.setup("Bergstrom",["Liam","Oskar"],"male","2016-11-02","CCH-1008839","Olympia","WA",
        [("Yamamoto","Keiko","Pediatric Cardiology")],payer="Premera Blue Cross")
    mom=b.add({"resourceType":"RelatedPerson","id":f"{cid}-rp-1","patient":b.P,"relationship":[cc(("http://terminology.hl7.org/CodeSystem/v3-RoleCode","FTH","father"))],"name":[{"family":"Bergstrom","given":["Nils"]}]})
    e1=b.enc("2026-02-17","Pediatric cardiology visit"); e2=b.enc("2026-05-12","Second opinion consultation - outside center",pr=0); e3=b.enc("2026-10-20","Pediatric cardiology visit")
    asd=b.cond(cc((SCT,"70142008","Atrial septal defect"),(ICD,"Q21.1","Atrial septal defect"),text="Secundum ASD, 9 mm"),onset="2016-11-02")
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2026-02-17","9 mm secundum ASD with L->R shunt, mild RV dilation. Rims adequate for device.",cat=("CUS","Cardiac Ultrasound"))
    b.comm("2026-02-20T18:05:00Z","We would like a second opinion before deciding about closing Liam's ASD. Can records be sent to the Children's center in Portland?",mom,b.pr[0],topic="Second opinion request")
    b.note("2026-05-12","Outside second opinion - pediatric cardiology","Second opinion at family's request. Reviewed echo. Agree with elective transcatheter device closure vs continued observation; no urgency. Family reassured and prefers to observe for now.",typ=("11488-4","Consult note"),enc=e2)
    b.note("2026-10-20","Pediatric cardiology visit","Family obtained second opinion in May; chose observation. Echo stable, RV mildly dilated. Revisit closure at 12-month echo.",enc=e3)
    for d,w in [("2026-02-17",31.5),("2026-10-20",33.4)]: b.vitals(d,104,62,84,wt=w)
    b.lab("hgbPed","2026-02-17",13.1)
    b.obs(cc(text="Vanderbilt ADHD Parent Rating Scale"),"2026-02-17",vstr="Below threshold",cat="survey",interp=None)
    b.cond(cc(text="Asthma, mild intermittent"),onset="2020-01-01")
    b.med(cc((RX,"435","albuterol")),"2020-01-01",dose="2 puffs q4h PRN")
    return b,("PATIENT_REPORTED_CONCERN","near-miss",[],
      "Father's second-opinion request (Feb 2026) was fulfilled by an outside second opinion on 2026-05-12, within 12 months, with no new request since - suppressed.",
      "10M secundum ASD; family's second-opinion request already completed May 2026")

# ---------------- WORSENING_DESPITE_TREATMENT ----------------
HBI=cc(("urn:oid:2.16.840.1.113883.3.6620.3.77","HBI","Harvey-Bradshaw Index"),text="Harvey-Bradshaw Index (Crohn's activity)")
@case
def wdt_p1(cid):
    b=B(cid,"B1"); b.setup("Kincaid",["Travis"],"male","1992-08-21","PDLA-598115","Raleigh","NC",
        [("Osei","Kwame","Gastroenterology")],payer="Blue Cross NC")
    encs=[b.enc(d,"IBD clinic") for d in ["2026-03-04","2026-06-10","2026-09-02","2026-11-18"]]
    cd=b.cond(cc((SCT,"7620006","Crohn's disease of ileum"),(ICD,"K50.00","Crohn's disease of small intestine without complications")),onset="2022-02-01")
    b.cond(cc((SCT,"35489007","Depressive disorder")),onset="2019-01-01",clin="remission")
    b.medstmt(cc((RX,"191831","infliximab")),"2025-10-15",dose="5 mg/kg IV q8 weeks, increased to 10 mg/kg q8 weeks 2026-06",reason=[cd])
    for d,dt in [("2026-01-07","2026-01-07"),("2026-03-04","x"),("2026-05-01","x"),("2026-06-26","x"),("2026-08-21","x"),("2026-10-16","x")]:
        b.proc(cc((HCPCS,"J1745","Injection, infliximab, excludes biosimilar, 10 mg")),"completed",d,reason=[cd])
    for d,h in [("2026-03-04",5),("2026-06-10",9),("2026-09-02",12),("2026-11-18",14)]: b.obs(HBI,d,h,"{score}",cat="survey",interp=None)
    for d,c,cr in [("2026-03-05",180,8),("2026-09-03",640,31),("2026-11-19",910,44)]: b.lab("calpro",d,c); b.lab("crp",d,cr)
    b.obs(cc(text="Infliximab trough level"),"2026-09-03",11.2,"ug/mL",lo=5,interp="N",note="no antibodies detected")
    b.report(cc((LNC,"18746-8","Colonoscopy study")),"2026-10-05","Ileocolonoscopy: deep ulcers in terminal ileum over 15 cm, SES-CD 14. Colon normal.",cat=("GE","Gastroenterology"))
    b.note("2026-11-18","IBD clinic","Crohn's ileitis on infliximab since 10/2025, dose-escalated in June with adequate trough and no antibodies. HBI 5 -> 14, calprotectin 180 -> 910 and endoscopic progression despite therapy (mechanistic failure). Discuss switch of class.",enc=encs[-1])
    for d,w in [("2026-03-04",78),("2026-11-18",72)]: b.vitals(d,116,72,80,wt=w)
    b.lab("hgbM","2026-11-19",12.6); b.lab("alb","2026-11-19",3.4)
    return b,("WORSENING_DESPITE_TREATMENT","positive",["WORSENING_DESPITE_TREATMENT"],
      "Harvey-Bradshaw Index rose 5 -> 9 -> 12 -> 14 over 8.5 months (MCID ~3) with calprotectin/CRP rising while infliximab ran continuously (regular infusions, therapeutic trough).",
      "34M ileal Crohn's, HBI 5->14 and calprotectin 180->910 on continuous infliximab")

@case
def wdt_p2(cid):
    b=B(cid,"A2"); b.setup("Desrosiers",["Nadine"],"female","1983-11-11","MVH-32660419","Hazleton","PA",
        [("Ibrahim","Youssef","Family Medicine")],payer="Capital Blue Cross")
    encs=[b.enc(d,"Office visit",reason="Depression follow-up") for d in ["2026-04-14","2026-06-16","2026-08-25","2026-11-03"]]
    mdd=b.cond(cc((ICD,"F33.1","Major depressive disorder, recurrent, moderate")),onset="2021-01-01")
    b.cond(cc(text="Major depression, recurrent"),onset="2021-01-01",recorded="2023-02-02")
    b.cond(cc(text="Hypothyroidism"),onset="2016-01-01"); b.cond(cc(text="Postpartum hemorrhage"),onset="2012-06-01",clin="resolved",abate="2012-06-05")
    b.med(cc((RX,"72625","duloxetine"),text="Duloxetine 60 mg DR capsule"),"2026-03-10",dose="60 mg daily; increased to 90 mg 2026-08-25",reason=[mdd])
    b.medstmt(cc((RX,"72625","duloxetine")),"2026-03-10",dose="60-90 mg daily, adherent per pharmacy fill history",reason=[mdd],asserted="2026-11-03")
    for d,v in [("2026-04-14",11),("2026-06-16",14),("2026-08-25",17),("2026-11-03",20)]: b.obs(PHQ,d,v,"{score}",cat="survey",interp=None)
    b.obs(cc((LNC,"70274-6","Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]")),"2026-11-03",14,"{score}",cat="survey",interp=None)
    b.lab("tsh","2026-06-16",2.0); b.lab("hgbF","2026-06-16",13.0)
    b.note("2026-11-03","Office visit","PHQ-9 up from 11 to 20 over 7 months despite duloxetine since March (adherent, dose up to 90 mg in August). No SI. Sleep poor. Psychiatry referral; consider augmentation.",enc=encs[-1])
    b.med(cc((RX,"10582","levothyroxine")),"2016-01-01",dose="100 mcg daily")
    std(b,["2026-04-14","2026-11-03"],116,74,78,68)
    return b,("WORSENING_DESPITE_TREATMENT","positive",["WORSENING_DESPITE_TREATMENT"],
      "PHQ-9 rose 11 -> 14 -> 17 -> 20 over 203 days (>= MCID 5) while duloxetine was active throughout.",
      "43F recurrent MDD, PHQ-9 11->20 over 7 months on duloxetine")

@case
def wdt_p3(cid):
    b=B(cid,"C2"); b.setup("Ramirez",["Diego","Alejandro"],"male","2013-04-25","HCH-0327715","Grand Island","NE",
        [("Basu","Rohan","Pediatric Cardiology - Preventive Cardiology")],payer="Nebraska Medicaid - Heritage Health",lang=("es","Spanish"))
    encs=[b.enc(d,"Preventive cardiology clinic") for d in ["2026-02-10","2026-05-12","2026-08-11","2026-11-10"]]
    htn=b.cond(cc((SCT,"38341003","Hypertensive disorder"),(ICD,"I10","Essential (primary) hypertension"),text="Stage 2 hypertension (pediatric)"),onset="2025-11-01")
    b.cond(cc((SCT,"414916001","Obesity"),(ICD,"E66.9","Obesity, unspecified")),onset="2021-01-01")
    b.cond(cc(text="Innocent murmur"),onset="2016-01-01",clin="resolved",abate="2018-01-01")
    b.med(cc((RX,"29046","lisinopril")),"2025-12-01",dose="10 mg daily, increased to 20 mg 2026-05-12",reason=[htn])
    for d,s,dd in [("2026-02-10",132,82),("2026-05-12",136,86),("2026-08-11",142,90),("2026-11-10",146,94)]:
        b.vitals(d,s,dd,86,wt={"2026-02-10":78.0,"2026-05-12":80.5,"2026-08-11":82.1,"2026-11-10":84.0}[d])
    b.report(cc(text="24-hour ambulatory blood pressure monitoring"),"2026-10-28","Mean 24h BP 141/88, >95th percentile for age/sex/height; nocturnal non-dipping. Consistent with ambulatory hypertension.",cat=("EC","Electrocardiac"))
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2026-02-10","Normal anatomy, no coarctation. Mild concentric LVH (LV mass index 42 g/m2.7).",cat=("CUS","Cardiac Ultrasound"))
    b.lab("cr","2026-02-10",0.6); b.lab("k","2026-11-10",4.6); b.obs(cc(text="Renin activity, plasma"),"2026-02-10",1.1,"ng/mL/h",lo=0.5,hi=4.0)
    b.lab("a1c","2026-02-10",5.6); b.lab("ldl","2026-02-10",112)
    b.note("2026-11-10","Preventive cardiology","13yo with stage 2 HTN on lisinopril since 12/2025 (20 mg since May), family confirms daily dosing. Office BP rising 132/82 -> 146/94; ABPM confirms. Renal US and renin normal. Plan: add amlodipine, refer to nephrology.",enc=encs[-1])
    b.report(cc(text="Renal ultrasound with Doppler"),"2026-03-02","Normal kidneys. No renal artery stenosis.",cat=("RUS","Radiology Ultrasound"))
    return b,("WORSENING_DESPITE_TREATMENT","positive",["WORSENING_DESPITE_TREATMENT"],
      "Systolic BP rose 132 -> 136 -> 142 -> 146 mmHg over 9 months (> MCID) while lisinopril was active throughout; ABPM confirms.",
      "13M stage 2 hypertension, BP rising on lisinopril over 9 months")

@case
def wdt_n1(cid):
    b=B(cid,"B2"); b.setup("Holloway",["Kendra","L"],"female","1990-01-30","BGC-2255106","Fremont","CA",
        [("Amari","Leila","Gastroenterology")],payer="Covered California - Blue Shield")
    encs=[b.enc(d,"IBD clinic") for d in ["2026-01-13","2026-06-09","2026-08-18","2026-11-10"]]
    uc=b.cond(cc((SCT,"64766004","Ulcerative colitis"),(ICD,"K51.50","Left sided colitis without complications")),onset="2019-05-01")
    b.medstmt(cc(text="Vedolizumab 300 mg IV q8 weeks"),"2024-03-01",status="stopped",end="2026-04-30",dose="300 mg IV q8wk",reason=[uc])
    b.med(cc(text="Mesalamine 1.2 g DR tablet"),"2026-08-18",dose="4.8 g daily",reason=[uc])
    b.obs(cc(text="Partial Mayo score"),"2026-01-13",1,"{score}",cat="survey",interp=None)
    for d,v in [("2026-06-09",4),("2026-08-18",6),("2026-11-10",7)]: b.obs(cc(text="Partial Mayo score"),d,v,"{score}",cat="survey",interp=None)
    b.lab("calpro","2026-06-10",420); b.lab("calpro","2026-11-11",880); b.lab("hgbF","2026-11-11",11.6)
    b.note("2026-06-09","IBD clinic","Vedolizumab stopped after 4/30 infusion: insurance lapsed with job change. Symptoms recurring. Awaiting new coverage for biologic.",enc=encs[1])
    b.note("2026-11-10","IBD clinic","Flare off biologic since May (coverage lapse). Mesalamine restarted 8/18 as bridge. New insurance active 11/1; vedolizumab reinduction approved, first infusion 12/3.",enc=encs[-1])
    b.sr(cc(text="Vedolizumab reinduction 300 mg IV weeks 0, 2, 6"),"active","order","2026-11-10",occ="2026-12-03",reason=[uc])
    std(b,["2026-01-13","2026-06-09","2026-11-10"],112,70,82,62)
    b.cond(cc(text="Iron deficiency"),onset="2026-11-10",cat="encounter-diagnosis",enc=encs[-1])
    return b,("WORSENING_DESPITE_TREATMENT","near-miss",[],
      "Partial Mayo worsened 1 -> 7, but vedolizumab stopped 2026-04-30 (coverage lapse) and only a mesalamine bridge began 2026-08-18 - treatment was not active throughout the decline.",
      "36F ulcerative colitis flare after biologic stopped for insurance lapse")

@case
def wdt_n2(cid):
    b=B(cid,"A3"); b.setup("Bledsoe",["Harold","Ray"],"male","1961-06-06","SCH6008842","Dothan","AL",
        [("Nwosu","Adaeze","Family Medicine")],payer="Blue Cross Blue Shield of Alabama")
    encs=[b.enc(d,"Office visit",reason="Diabetes follow-up") for d in ["2026-02-09","2026-05-11","2026-08-10","2026-11-09"]]
    dm=b.cond(cc((ICD,"E11.9","Type 2 diabetes mellitus without complications")),onset="2017-01-01")
    b.cond(cc(text="Type 2 diabetes"),onset="2017-01-01",recorded="2020-01-01")
    b.cond(cc(text="Hyperlipidemia"),onset="2017-01-01"); b.cond(cc(text="Knee pain"),onset="2024-01-01",clin="resolved",abate="2024-05-01")
    for d,v in [("2026-02-09",7.6),("2026-05-11",7.7),("2026-08-10",7.8),("2026-11-09",7.9)]: b.lab("a1c",d,v,reftext="4.0-5.6 %; goal <7.0 %")
    b.lab("egfr","2026-11-09",84); b.lab("uacr","2026-11-09",18); b.lab("ldl","2026-11-09",78)
    b.med(cc((RX,"6809","metformin")),"2017-01-01",dose="1000 mg BID",reason=[dm]); b.med(cc(text="Empagliflozin 10 mg"),"2025-09-01",dose="10 mg daily",reason=[dm])
    b.med(cc((RX,"83367","atorvastatin")),"2017-01-01",dose="20 mg daily")
    b.note("2026-11-09","Office visit","A1c drifting 7.6 -> 7.9 over 9 months; holiday eating. Diet counseling, consider GLP-1 RA next visit.",enc=encs[-1])
    for d in ["2026-02-09","2026-05-11","2026-08-10","2026-11-09"]: b.vitals(d,128,78,74,wt=96)
    return b,("WORSENING_DESPITE_TREATMENT","near-miss",[],
      "HbA1c rose only 0.3 percentage points (7.6 -> 7.9) over 9 months on metformin/empagliflozin - below the 0.5% MCID.",
      "65M T2DM, HbA1c drift 7.6->7.9 on therapy (below MCID)")

# ---------------- RARE_OR_COMPLEX_CONDITION ----------------
@case
def rare_p1(cid):
    b=B(cid,"C1"); b.setup("Caldwell",["Sophie","Rae"],"female","2009-01-15","CCH-0733120","Everett","WA",
        [("Kessler","Miriam","Adult Congenital Heart Disease"),("Iverson","Brooke","Medical Genetics")],payer="Regence BlueShield")
    e1=b.enc("2026-03-24","Transition clinic - congenital heart"); e2=b.enc("2026-09-22","Genetics clinic",pr=1)
    d22=b.cond(cc((SCT,"767263007","22q11.2 deletion syndrome"),(ICD,"D82.1","Di George's syndrome")),onset="2009-01-15",recorded="2009-02-20")
    b.cond(cc((SCT,"86299006","Tetralogy of Fallot"),text="Tetralogy of Fallot, s/p complete repair 2009"),onset="2009-01-15")
    b.cond(cc(text="Hypoparathyroidism"),onset="2009-01-20"); b.cond(cc(text="Learning disability"),onset="2016-01-01")
    b.obs(cc((LNC,"81247-9","Master HL7 genetic variant reporting panel"),text="Chromosomal microarray"),"2009-02-20",vstr="arr[GRCh37] 22q11.21(18648855_21800471)x1 - pathogenic 3 Mb deletion",interp="A")
    b.report(cc((LNC,"62374-4","Human reference sequence assembly version"),text="Chromosomal microarray report"),"2009-02-20","Pathogenic 22q11.2 deletion (typical A-D LCR), consistent with 22q11.2 deletion syndrome.",cat=("GE","Genetics"),pr=1)
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2026-03-24","Repaired TOF. Moderate pulmonary regurgitation, RV mildly dilated. LVEF 60%.",cat=("CUS","Cardiac Ultrasound"))
    b.lab("ca","2026-03-24",8.6); b.obs(cc((LNC,"2731-8","Parathyrin.intact [Mass/volume] in Serum or Plasma")),"2026-03-24",9,"pg/mL",lo=15,hi=65)
    b.med(cc(text="Calcitriol 0.25 mcg capsule"),"2009-03-01",dose="0.25 mcg daily"); b.med(cc(text="Calcium carbonate 500 mg"),"2009-03-01",dose="500 mg BID")
    b.note("2026-09-22","Genetics - transition of care","17yo with 22q11.2DS. Reviewed adult care plan: ACHD, endocrine, psychiatry screening (psychosis risk), audiology. Transfer to adult genetics at 18.",pr=1,enc=e2)
    for d,w in [("2026-03-24",52.0),("2026-09-22",53.1)]: b.vitals(d,108,66,78,wt=w)
    b.obs(cc(text="Full scale IQ (WISC-V)"),"2025-06-10",74,"{score}",cat="survey",interp=None)
    return b,("RARE_OR_COMPLEX_CONDITION","positive",["RARE_OR_COMPLEX_CONDITION"],
      "Active 22q11.2 deletion syndrome (SNOMED 767263007 / D82.1) confirmed by microarray - an Orphanet rare disease, with repaired tetralogy.",
      "17F 22q11.2 deletion syndrome with repaired TOF, transition to adult care")

@case
def rare_p2(cid):
    b=B(cid,"B1"); b.setup("Pettersen",["Aaron","M"],"male","2003-07-07","PDLA-640022","Chapel Hill","NC",
        [("Varga","Eszter","Hepatology")],payer="Student health plan - BCBS")
    e1=b.enc("2026-05-05","Hepatology new patient"); e2=b.enc("2026-06-30","Hepatology follow-up"); e3=b.enc("2026-10-27","Hepatology follow-up")
    w=b.cond(cc(text="Hepatolenticular degeneration"),onset="2026-06-30",note="Leipzig score 6; ATP7B compound heterozygous")
    b.cond(cc((ICD,"E83.01","Wilson's disease")),cat="encounter-diagnosis",enc=e3,noonset=True)
    b.lab("alt","2026-05-05",188); b.lab("ast","2026-05-05",142); b.lab("alp","2026-05-05",61)
    b.obs(cc((LNC,"2064-4","Ceruloplasmin [Mass/volume] in Serum or Plasma")),"2026-05-06",7,"mg/dL",lo=20,hi=60)
    b.obs(cc(text="Copper, 24 hour urine"),"2026-05-08",210,"ug/(24.h)",hi=60)
    b.obs(cc(text="Slit lamp examination - Kayser-Fleischer rings"),"2026-05-20",vstr="Present bilaterally",interp="A",cat="exam")
    b.report(cc(text="ATP7B gene sequencing"),"2026-06-22","Compound heterozygous pathogenic variants in ATP7B: c.3207C>A (p.His1069Gln) and c.2333G>T (p.Arg778Leu).",cat=("GE","Genetics"))
    b.report(cc((LNC,"22637-3","Pathology report final diagnosis Narrative")),"2026-06-10","Liver, biopsy: chronic hepatitis with steatosis, portal fibrosis (stage 2). Hepatic copper 780 ug/g dry weight.",cat=("SP","Surgical Pathology"))
    b.med(cc(text="Trientine tetrahydrochloride 300 mg tablet"),"2026-06-30",dose="600 mg BID",reason=[w])
    b.lab("alt","2026-10-27",64); b.lab("inr","2026-10-27",1.1)
    b.note("2026-06-30","Hepatology","Wilson disease confirmed: low ceruloplasmin, KF rings, urinary copper 210, hepatic copper 780, two ATP7B variants. Start trientine. Sibling screening recommended.",enc=e2)
    std(b,["2026-05-05","2026-10-27"],118,70,66,74)
    return b,("RARE_OR_COMPLEX_CONDITION","positive",["RARE_OR_COMPLEX_CONDITION"],
      "Active Wilson disease (E83.01; text 'hepatolenticular degeneration' on problem list) confirmed genetically - an Orphanet rare disease.",
      "23M Wilson disease (ATP7B), trientine, problem list wording 'hepatolenticular degeneration'")

@case
def rare_p3(cid):
    b=B(cid,"A1"); b.setup("Dombrowski",["Walter","F"],"male","1951-03-19","GLR00051826","Flint","MI",
        [("Haddad","Samir","Internal Medicine"),("Menon","Ravi","Cardiology"),("Ortega","Lucia","Neurology")],payer="Medicare Advantage - HAP")
    e1=b.enc("2026-05-19","Office visit"); e2=b.enc("2026-08-11","Cardiology clinic",pr=1); e3=b.enc("2026-10-13","Neurology clinic",pr=2)
    dm=b.cond(cc((ICD,"E11.22","Type 2 diabetes mellitus with diabetic chronic kidney disease")),onset="2009-01-01")
    b.cond(cc(text="DM2"),onset="2009-01-01",recorded="2016-04-01",note="from outside CCD")
    ckd=b.cond(cc((ICD,"N18.32","Chronic kidney disease, stage 3b")),onset="2021-01-01")
    af=b.cond(cc((SCT,"49436004","Atrial fibrillation")),onset="2019-01-01")
    b.cond(cc(text="Atrial fibrillation, permanent"),onset="2019-01-01",recorded="2026-08-11",cat="encounter-diagnosis",enc=e2)
    pd=b.cond(cc((SCT,"49049000","Parkinson's disease"),(ICD,"G20.A1","Parkinson's disease without dyskinesia, without mention of fluctuations")),onset="2022-06-01")
    copd=b.cond(cc(text="COPD, moderate"),onset="2015-01-01")
    b.cond(cc(text="Obstructive sleep apnea"),onset="2018-01-01",clin="inactive",note="CPAP intolerant, not using")
    b.cond(cc(text="Cellulitis left leg"),onset="2025-03-01",clin="resolved",abate="2025-03-20")
    b.lab("a1c","2026-05-19",7.2); b.lab("egfr","2026-05-19",38); b.lab("egfr","2026-10-13",37); b.lab("cr","2026-10-13",1.8); b.lab("k","2026-10-13",4.8); b.lab("uacr","2026-05-19",240)
    b.med(cc(text="Insulin glargine"),"2018-01-01",dose="22 units qHS",reason=[dm]); b.med(cc((RX,"1364430","apixaban")),"2019-01-01",dose="5 mg BID",reason=[af])
    b.med(cc(text="Carbidopa-levodopa 25-100 mg"),"2022-06-01",dose="1 tab TID",reason=[pd]); b.med(cc(text="Tiotropium-olodaterol inhaler"),"2015-01-01",dose="2 puffs daily",reason=[copd])
    b.med(cc((RX,"6918","metoprolol")),"2019-01-01",dose="50 mg BID",reason=[af]); b.med(cc(text="Dapagliflozin 10 mg"),"2023-01-01",dose="10 mg daily",reason=[ckd])
    b.note("2026-05-19","PCP visit","Multiple chronic conditions: T2DM with CKD 3b (nephrology), permanent AF on apixaban (cardiology), Parkinson disease (neurology), COPD (pulmonary). 11 active medications. Two falls this year. Sees 4 specialists who do not communicate; wife manages pills.",enc=e1)
    std(b,["2026-05-19","2026-08-11","2026-10-13"],134,76,78,86)
    return b,("RARE_OR_COMPLEX_CONDITION","positive",["RARE_OR_COMPLEX_CONDITION"],
      "Five distinct active chronic conditions (T2DM, CKD 3b, permanent AF, Parkinson's, COPD) across endocrine, nephrology, cardiology, neurology and pulmonology; duplicates from HIE count once.",
      "75M multimorbidity: diabetes, CKD 3b, AF, Parkinson's, COPD across 5 specialties")

@case
def rare_n1(cid):
    b=B(cid,"C2"); b.setup("Lindqvist",["Ava","Marie"],"female","2012-10-08","HCH-0299541","Kearney","NE",
        [("Basu","Rohan","Pediatric Cardiology"),("Stroud","Helena","Genetic Counseling")],payer="Aetna")
    e1=b.enc("2026-04-14","Pediatric cardiology visit",reason="Family history of Marfan syndrome; tall stature")
    e2=b.enc("2026-07-21","Genetics visit",pr=1); e3=b.enc("2026-10-20","Pediatric cardiology visit")
    b.cond(cc((SCT,"19346006","Marfan's syndrome"),(ICD,"Q87.40","Marfan's syndrome, unspecified")),onset="2026-04-14",clin=None,ver="refuted",note="Ruled out: FBN1 negative, Ghent systemic score 3, normal aortic root")
    b.cond(cc((SCT,"248328003","Tall stature")),onset="2026-04-14")
    b.cond(cc(text="Family history of Marfan syndrome (father, FBN1 c.4270C>G)"),onset="2026-04-14")
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2026-04-14","Aortic root 2.9 cm (Z-score +0.8). Normal mitral valve, no prolapse.",cat=("CUS","Cardiac Ultrasound"))
    b.report(cc(text="Targeted familial variant analysis - FBN1"),"2026-07-08","Negative for familial FBN1 c.4270C>G variant.",cat=("GE","Genetics"),pr=1)
    b.obs(cc(text="Slit lamp examination - ectopia lentis"),"2026-05-10",vstr="No lens subluxation",cat="exam",interp="N")
    for d,h,w in [("2026-04-14",172.0,52.0),("2026-10-20",174.5,54.0)]:
        b.obs(cc((LNC,"8302-2","Body height")),d,h,"cm",cat="vital-signs",interp=None); b.vitals(d,106,64,70,wt=w)
    b.note("2026-10-20","Pediatric cardiology","Marfan excluded: familial FBN1 variant not inherited, aortic root normal. Constitutional tall stature. Discharged from cardiology.",enc=e3)
    b.lab("hgbPed","2026-04-14",13.4)
    b.cond(cc(text="Mild intermittent asthma"),onset="2018-01-01")
    return b,("RARE_OR_COMPLEX_CONDITION","near-miss",[],
      "Marfan syndrome is on the record but verificationStatus 'refuted' after negative familial FBN1 analysis and normal aortic root; only tall stature remains.",
      "14F family history of Marfan, condition refuted by negative familial FBN1 variant")

@case
def rare_n2(cid):
    b=B(cid,"A4"); b.setup("Eastman",["Patricia","L"],"female","1957-04-22","PRM-4390017","Bismarck","ND",
        [("Mbeki","Thandi","Family Medicine")],payer="Medicare")
    e1=b.enc("2026-02-17","Office visit"); e2=b.enc("2026-08-18","Office visit")
    htn=b.cond(cc((ICD,"I10","Essential (primary) hypertension")),onset="2008-01-01")
    b.cond(cc(text="Hypertension"),onset="2008-01-01",recorded="2014-01-01"); b.cond(cc(text="HTN - benign essential"),onset="2008-01-01",recorded="2019-01-01")
    b.cond(cc((ICD,"E78.5","Hyperlipidemia, unspecified")),onset="2010-01-01")
    dm=b.cond(cc((ICD,"E11.9","Type 2 diabetes mellitus without complications")),onset="2015-01-01")
    b.cond(cc((ICD,"E03.9","Hypothyroidism, unspecified")),onset="2012-01-01")
    b.cond(cc(text="Pneumonia"),onset="2024-01-10",clin="resolved",abate="2024-02-01"); b.cond(cc(text="Fracture of right ankle"),onset="2022-07-01",clin="resolved",abate="2022-10-01")
    b.cond(cc(text="Acute bronchitis"),onset="2025-12-01",clin="resolved",abate="2025-12-20")
    b.lab("a1c","2026-08-18",6.6,reftext="goal <7.0"); b.lab("ldl","2026-08-18",84); b.lab("tsh","2026-08-18",2.6); b.lab("egfr","2026-08-18",79)
    b.med(cc((RX,"29046","lisinopril")),"2008-01-01",dose="20 mg daily"); b.med(cc((RX,"83367","atorvastatin")),"2010-01-01",dose="40 mg daily")
    b.med(cc((RX,"6809","metformin")),"2015-01-01",dose="500 mg BID"); b.med(cc((RX,"10582","levothyroxine")),"2012-01-01",dose="75 mcg daily")
    b.note("2026-08-18","Annual visit","Stable hypertension, hyperlipidemia, diabetes and hypothyroidism, all at goal. Several duplicate HTN entries from outside records.",enc=e2)
    std(b,["2026-02-17","2026-08-18"],128,78,72,82)
    return b,("RARE_OR_COMPLEX_CONDITION","near-miss",[],
      "Looks long (duplicated HTN entries, resolved problems) but only 4 distinct active chronic conditions (HTN, hyperlipidaemia, T2DM, hypothyroidism), essentially cardiometabolic/endocrine; none rare.",
      "69F four common cardiometabolic conditions with duplicated HTN entries from HIE")
