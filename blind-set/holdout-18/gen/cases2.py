from lib import *
C=[]
def case(f): C.append(f); return f
def std(b,dates,sbp=124,dbp=76,hr=72,wt=80):
    for d in dates: b.vitals(d,sbp,dbp,hr,wt=wt)

# ---------------- MAJOR_PROCEDURE_PLANNED ----------------
@case
def mpp_p1(cid):
    b=B(cid,"B2"); b.setup("Mahmoud",["Farid"],"male","1959-10-03","BGC-2198830","San Leandro","CA",
        [("Leung","Victor","Colon and Rectal Surgery"),("Chen","Howard","Gastroenterology")],payer="Medicare Part B")
    e1=b.enc("2026-09-30","Colonoscopy",pr=1); e2=b.enc("2026-10-21","Colorectal surgery consult"); e3=b.enc("2026-11-18","Pre-operative visit")
    b.cond(cc((SCT,"59621000","Essential hypertension")),onset="2010-01-01")
    b.cond(cc((SCT,"55822004","Hyperlipidemia")),onset="2012-01-01")
    ad=b.cond(cc((SCT,"444408007","Tubulovillous adenoma"),(ICD,"D12.2","Benign neoplasm of ascending colon")),onset="2026-09-30",bodysite=cc((SCT,"9040008","Ascending colon structure")))
    b.report(cc((LNC,"18746-8","Colonoscopy study")),"2026-09-30","4 cm laterally spreading lesion ascending colon involving ileocecal valve, non-lifting sign positive. Biopsied and tattooed. Not amenable to endoscopic resection.",cat=("GE","Gastroenterology"),pr=1)
    b.report(cc((LNC,"22637-3","Pathology report final diagnosis Narrative")),"2026-10-04","Ascending colon, biopsy: tubulovillous adenoma with low-grade dysplasia. No invasive carcinoma identified.",cat=("SP","Surgical Pathology"))
    b.report(cc(text="CT chest/abdomen/pelvis with contrast"),"2026-10-12","No lymphadenopathy or metastatic disease.",cat=("RAD","Radiology"))
    b.sr(cc((CPT,"44205","Laparoscopic colectomy, partial, with removal of terminal ileum with ileocolostomy"),(SCT,"787862002","Laparoscopic right hemicolectomy"),text="Laparoscopic right hemicolectomy"),"active","order","2026-10-21",occ="2027-01-12",reason=[ad],priority="routine")
    b.lab("hgbM","2026-11-18",14.2); b.lab("cr","2026-11-18",1.1); b.lab("k","2026-11-18",4.3); b.lab("inr","2026-11-18",1.0)
    b.obs(cc((LNC,"2039-6","Carcinoembryonic Ag [Mass/volume] in Serum or Plasma")),"2026-10-12",1.8,"ng/mL",hi=3.0)
    std(b,["2026-10-21","2026-11-18"],132,80,68,86)
    b.med(cc((RX,"29046","lisinopril")),"2015-01-01",dose="10 mg daily"); b.med(cc((RX,"83367","atorvastatin")),"2015-01-01",dose="20 mg daily")
    b.note("2026-10-21","Colorectal surgery consult","67M with 4 cm non-lifting LST of ascending colon at the IC valve, TVA LGD on biopsy, failed lift. Discussed EMR/ESD vs surgery; advanced endoscopy declined resection. Recommend laparoscopic right hemicolectomy. Risks discussed; consent signed. Surgery booked 01/12/2027.",typ=("11488-4","Consult note"),enc=e2)
    return b,("MAJOR_PROCEDURE_PLANNED","positive",["MAJOR_PROCEDURE_PLANNED"],
      "Active order for laparoscopic right hemicolectomy (CPT 44205) scheduled 2027-01-12 for a benign non-lifting adenoma; not yet performed.",
      "67M benign non-lifting colonic adenoma, laparoscopic right hemicolectomy booked Jan 2027")

@case
def mpp_p2(cid):
    b=B(cid,"C1"); b.setup("Delgado",["Arturo","J"],"male","1981-06-22","CCH-0091735","Spokane","WA",
        [("Kessler","Miriam","Adult Congenital Heart Disease"),("Achebe","Tobi","Cardiothoracic Surgery")],payer="Premera Blue Cross")
    e1=b.enc("2026-06-04","ACHD clinic"); e2=b.enc("2026-10-01","ACHD clinic"); e3=b.enc("2026-11-12","Cardiac surgery consult",pr=1)
    bav=b.cond(cc((SCT,"72352009","Bicuspid aortic valve"),(ICD,"Q23.1","Congenital insufficiency of aortic valve")),onset="1981-06-22",recorded="2019-03-01",note="Type 1 L-R fusion")
    as_=b.cond(cc((SCT,"60573004","Aortic valve stenosis"),(ICD,"I35.0","Nonrheumatic aortic (valve) stenosis")),onset="2019-03-01",sev=cc((SCT,"24484000","Severe")))
    b.cond(cc((SCT,"59621000","Essential hypertension")),onset="2020-01-01")
    for d,v,g in [("2025-05-20",3.6,31),("2026-06-04",4.3,46),("2026-10-01",4.7,54)]:
        b.obs(cc(text="Aortic valve peak velocity (echo)"),d,v,"m/s",cat="imaging",interp="H" if v>=4 else "A")
        b.obs(cc(text="Aortic valve mean gradient (echo)"),d,g,"mm[Hg]",cat="imaging",interp="H" if g>=40 else "A")
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2026-10-01","Bicuspid aortic valve with severe calcific stenosis: Vmax 4.7 m/s, mean gradient 54 mmHg, AVA 0.8 cm2. LVEF 58%. Ascending aorta 4.1 cm.",cat=("CUS","Cardiac Ultrasound"))
    b.report(cc(text="Cardiopulmonary exercise study"),"2026-10-15","Exercise stopped at 6.5 min for dyspnea with blunted BP response; peak VO2 62% predicted.",cat=("EC","Electrocardiac"))
    b.sr(cc((SCT,"725351001","Replacement of aortic valve"),(CPT,"33405","Replacement, aortic valve, open, with cardiopulmonary bypass; with prosthetic valve other than homograft or stented valve"),text="Surgical AVR (mechanical vs tissue per shared decision)"),
        "active","order","2026-11-12",occ="2027-01-26",reason=[as_,bav],pr=1)
    b.lab("hgbM","2026-11-12",15.0); b.lab("cr","2026-11-12",0.9); b.lab("ntbnp","2026-10-01",410)
    std(b,["2026-06-04","2026-10-01","2026-11-12"],126,72,66,82)
    b.med(cc((RX,"17767","amlodipine")),"2020-01-01",dose="5 mg daily")
    b.note("2026-11-12","Cardiac surgery consult","45M bicuspid AV with now severe symptomatic AS (exertional dyspnea, abnormal exercise BP response). Not a TAVR candidate given age and anatomy. Plan surgical AVR; valve choice discussed. Dental clearance ordered. OR date 1/26/2027.",pr=1,typ=("11488-4","Consult note"),enc=e3)
    return b,("MAJOR_PROCEDURE_PLANNED","positive",["MAJOR_PROCEDURE_PLANNED"],
      "Open surgical aortic valve replacement ordered (SNOMED/CPT 33405) for 2027-01-26; bicuspid valve is a common congenital variant, not rare.",
      "45M bicuspid aortic valve, severe AS, open AVR ordered for Jan 2027 (ACHD programme)")

@case
def mpp_p3(cid):
    b=B(cid,"A1"); b.setup("Szabo",["Margit"],"female","1954-02-11","GLR00127740","Ann Arbor","MI",
        [("Patel","Nirav","Orthopaedic Spine Surgery"),("Haddad","Samir","Internal Medicine")],payer="Priority Health Medicare")
    e1=b.enc("2026-05-05","Spine clinic"); e2=b.enc("2026-09-15","Spine clinic"); e3=b.enc("2026-11-20","Pre-admission testing visit".replace("testing","screening"),pr=1)
    st=b.cond(cc(text="Lumbar spinal stenosis with neurogenic claudication"),onset="2024-01-01",recorded="2026-05-05")
    b.cond(cc((ICD,"M48.062","Spinal stenosis, lumbar region with neurogenic claudication")),cat="encounter-diagnosis",enc=e2,noonset=True)
    b.cond(cc((ICD,"M43.16","Spondylolisthesis, lumbar region")),onset="2026-05-05")
    b.cond(cc(text="Hypothyroidism"),onset="2005-01-01"); b.cond(cc(text="Osteopenia"),onset="2019-01-01")
    b.report(cc((LNC,"24967-2","MR Lumbar spine WO contrast")),"2026-06-02","Grade 1 degenerative spondylolisthesis L4-5 with severe central and bilateral lateral recess stenosis.",cat=("RAD","Radiology"))
    b.proc(cc(text="Epidural steroid injection L4-5"),"completed","2026-03-10",pr=0)
    b.proc(cc((CPT,"22633","Arthrodesis, combined posterior or posterolateral technique with posterior interbody technique including laminectomy, single interspace; lumbar"),text="L4-5 decompression and TLIF"),"preparation",reason=[st],note="Scheduled 12/15/2026, University Hospital OR 4")
    b.lab("hgbF","2026-11-20",12.9); b.lab("cr","2026-11-20",0.8); b.lab("a1c","2026-11-20",5.5); b.lab("inr","2026-11-20",1.0)
    std(b,["2026-05-05","2026-09-15","2026-11-20"],138,80,70,68)
    b.med(cc((RX,"10582","levothyroxine")),"2005-01-01",dose="75 mcg daily"); b.med(cc((RX,"25480","gabapentin")),"2026-05-05",dose="300 mg TID")
    b.note("2026-09-15","Spine clinic note","Walking tolerance 1 block, failed PT x12 weeks and ESI. Recommend L4-5 laminectomy with TLIF. Patient wishes to proceed. Surgery scheduled 12/15/2026.",enc=e2)
    return b,("MAJOR_PROCEDURE_PLANNED","positive",["MAJOR_PROCEDURE_PLANNED"],
      "Procedure in 'preparation' for L4-5 decompression and TLIF (CPT 22633) scheduled 2026-12-15 - major spine surgery within 30 days.",
      "72F lumbar stenosis, L4-5 laminectomy/fusion in preparation for 2026-12-15 (HIE export)")

@case
def mpp_n1(cid):
    b=B(cid,"B1"); b.setup("Lundgren",["Erik","P"],"male","1971-03-08","PDLA-588214","Winston-Salem","NC",
        [("Osei","Kwame","Gastroenterology")],payer="Cigna")
    e1=b.enc("2026-10-14","GI new patient",reason="Heartburn"); e2=b.enc("2026-11-25","GI follow-up")
    g=b.cond(cc((SCT,"235595009","Gastroesophageal reflux disease"),(ICD,"K21.9","Gastro-esophageal reflux disease without esophagitis")),onset="2019-01-01")
    b.cond(cc((SCT,"414916001","Obesity")),onset="2015-01-01")
    b.cond(cc((SCT,"73430006","Sleep apnea"),text="OSA on CPAP"),onset="2020-01-01")
    b.lab("hgbM","2026-10-14",15.2); b.lab("alt","2026-10-14",34); b.lab("ferr","2026-10-14",120)
    std(b,["2026-10-14","2026-11-25"],130,82,74,108)
    b.med(cc((RX,"40790","pantoprazole")),"2026-10-14",dose="40 mg daily before breakfast",reason=[g])
    b.sr(cc((CPT,"43239","Esophagogastroduodenoscopy, flexible, transoral; with biopsy, single or multiple"),text="EGD with biopsy"),"active","order","2026-11-25",occ="2027-01-08",reason=[g],note="Screen for Barrett's: >50 yo male, obesity, GERD >5 yrs")
    b.note("2026-11-25","GI follow-up","Heartburn improved on pantoprazole. Meets criteria for Barrett's screening. Outpatient EGD with biopsies scheduled 1/8/2027 under MAC.",enc=e2)
    b.obs(cc(text="GERD-Q score"),"2026-11-25",7,interp=None,cat="survey")
    b.obs(cc(text="GERD-Q score"),"2026-10-14",11,interp=None,cat="survey")
    return b,("MAJOR_PROCEDURE_PLANNED","near-miss",[],
      "Planned procedure is a diagnostic EGD with biopsy (CPT 43239), a minor outpatient endoscopy, not major/invasive surgery.",
      "55M GERD, Barrett's screening EGD with biopsy scheduled (minor)")

@case
def mpp_n2(cid):
    b=B(cid,"A2"); b.setup("Oyelaran",["Beatrice"],"female","1958-08-25","MVH-30177651","Wilkes-Barre","PA",
        [("Fitzgerald","Liam","Orthopaedic Surgery"),("Ibrahim","Youssef","Family Medicine")],payer="Geisinger Gold")
    e1=b.enc("2026-06-10","Orthopaedic clinic"); e2=b.enc("2026-09-10","Inpatient admission - elective surgery",cls="IMP",end="2026-09-12")
    e3=b.enc("2026-10-22","Post-op visit"); e4=b.enc("2026-11-19","Physical therapy",pr=0)
    oa=b.cond(cc((ICD,"M17.11","Unilateral primary osteoarthritis, right knee")),onset="2021-01-01",clin="resolved",abate="2026-09-10")
    b.cond(cc(text="Primary osteoarthritis of right knee"),onset="2021-01-01",recorded="2022-05-01",clin="active",note="from outside problem list")
    b.cond(cc((SCT,"59621000","Essential hypertension")),onset="2016-01-01")
    b.cond(cc((SCT,"44054006","Diabetes mellitus type 2")),onset="2019-01-01")
    s=b.sr(cc((CPT,"27447","Arthroplasty, knee, condyle and plateau; medial AND lateral compartments (total knee arthroplasty)")),"completed","order","2026-06-10",occ="2026-09-10",reason=[oa])
    b.proc(cc((CPT,"27447","Total knee arthroplasty"),(SCT,"609588000","Total knee replacement")),"completed","2026-09-10",reason=[oa],basedOn=s,enc=e2,outcome="Uncomplicated R TKA")
    b.sr(cc((CPT,"97110","Therapeutic exercises")),"active","order","2026-10-22",note="Outpatient PT 2x/week x 8 weeks")
    b.lab("hgbF","2026-09-11",10.9); b.lab("hgbF","2026-10-22",12.4); b.lab("a1c","2026-10-22",6.8,reftext="target <7.0"); b.lab("cr","2026-10-22",0.9)
    std(b,["2026-06-10","2026-10-22"],132,78,72,88)
    b.med(cc((RX,"1364430","apixaban")),"2026-09-12",status="completed",dose="2.5 mg BID x 35 days")
    b.med(cc((RX,"6809","metformin")),"2019-01-01",dose="500 mg BID"); b.med(cc((RX,"29046","lisinopril")),"2016-01-01",dose="10 mg daily")
    b.note("2026-10-22","Post-op visit","6 weeks s/p right TKA 9/10/2026. Incision healed, ROM 0-115. Continue PT.",enc=e3)
    return b,("MAJOR_PROCEDURE_PLANNED","near-miss",[],
      "Total knee arthroplasty was already performed on 2026-09-10 (Procedure completed, ServiceRequest completed); only outpatient PT is pending.",
      "68F right TKA already done Sept 2026, stale osteoarthritis entry still active via HIE")

# ---------------- UNTREATABLE_PROGNOSIS ----------------
@case
def up_p1(cid):
    b=B(cid,"B1"); b.setup("Briggs",["Raymond","T"],"male","1958-01-19","PDLA-420771","High Point","NC",
        [("Varga","Eszter","Transplant Hepatology"),("Lowe","Jasmine","Palliative Medicine")],payer="NC Medicaid")
    e1=b.enc("2026-07-15","Hepatology clinic"); e2=b.enc("2026-09-03","Inpatient admission",cls="IMP",end="2026-09-11",reason="Hepatic encephalopathy")
    e3=b.enc("2026-10-08","Transplant selection committee review",cls="VR"); e4=b.enc("2026-11-12","Hepatology clinic")
    ci=b.cond(cc((SCT,"420054005","Alcoholic cirrhosis"),(ICD,"K70.31","Alcoholic cirrhosis of liver with ascites")),onset="2023-04-01",sev=cc((SCT,"24484000","Severe")))
    b.cond(cc((SCT,"72836002","Hepatic encephalopathy")),onset="2026-09-03")
    b.cond(cc((SCT,"389026000","Ascites")),onset="2024-06-01")
    b.cond(cc((SCT,"66590003","Alcohol dependence"),text="Alcohol use disorder, in early remission"),onset="2010-01-01",clin="remission")
    for d,bi,inr,cr,na,alb in [("2026-07-15",4.2,1.9,1.4,131,2.6),("2026-09-04",7.8,2.3,1.9,127,2.3),("2026-11-12",9.1,2.5,2.1,126,2.2)]:
        b.lab("bili",d,bi); b.lab("inr",d,inr); b.lab("cr",d,cr); b.lab("na",d,na)
    b.obs(cc(text="MELD-Na score"),"2026-11-12",31,interp=None,note="calculated")
    b.note("2026-10-08","Transplant committee letter","Mr Briggs was reviewed by the liver transplant selection committee. He is not a candidate for liver transplantation because of <6 months documented sobriety with relapse in July 2026 and lack of a caregiver. There are no other disease-modifying treatment options for his decompensated cirrhosis. Recommend transition to palliative focus; re-referral would require 6 months sobriety.",typ=("11488-4","Consult note"),enc=e3)
    b.sr(cc((SCT,"306205009","Referral to hospice service")),"active","order","2026-11-12",reason=[ci],pr=1)
    b.careplan(cc((SCT,"736372004","Palliative care plan")),"Palliative care - comfort-focused","active","plan","2026-11-12",addresses=[ci],
        acts=[("Paracentesis as needed for comfort","scheduled","PRN large-volume paracentesis"),("Hospice enrollment","in-progress","Home hospice intake pending")])
    b.med(cc((RX,"6218","lactulose")),"2026-09-11",dose="20 g TID titrate to 2-3 BM"); b.med(cc((RX,"35619","rifaximin")),"2026-09-11",dose="550 mg BID")
    b.med(cc((RX,"9997","spironolactone")),"2024-06-01",dose="100 mg daily")
    std(b,["2026-07-15","2026-11-12"],102,62,88,74)
    return b,("UNTREATABLE_PROGNOSIS","positive",["UNTREATABLE_PROGNOSIS"],
      "Decompensated alcohol-related cirrhosis (MELD-Na 31) declined for transplant, note says no other treatment options; hospice referral and palliative CarePlan active; no second opinion recorded.",
      "68M decompensated cirrhosis declined for transplant, hospice referral, palliative care plan")

@case
def up_p2(cid):
    b=B(cid,"A3"); b.setup("Fontaine",["Louise","Marie"],"female","1945-04-06","SCH6620917","Pensacola","FL",
        [("Acheampong","Kojo","Hospital Medicine"),("Rasmussen","Ida","Cardiology")],payer="Medicare")
    e1=b.enc("2026-06-22","Cardiology clinic",pr=1); e2=b.enc("2026-10-30","Inpatient admission",cls="IMP",end="2026-11-06",reason="Acute on chronic systolic heart failure",
        hosp={"dischargeDisposition":cc(("http://terminology.hl7.org/CodeSystem/discharge-disposition","home","Home"),text="Home with hospice")})
    hf=b.cond(cc((ICD,"I50.22","Chronic systolic (congestive) heart failure")),onset="2019-01-01")
    b.cond(cc(text="HFrEF, NYHA class IV"),onset="2019-01-01",recorded="2026-10-30",cat="encounter-diagnosis",enc=e2)
    b.cond(cc((SCT,"49436004","Atrial fibrillation")),onset="2020-01-01")
    b.cond(cc(text="Chronic kidney disease stage 3"),onset="2021-01-01")
    b.cond(cc(text="Pneumonia"),onset="2025-01-10",clin="resolved",abate="2025-01-25")
    b.obs(cc((LNC,"10230-1","Left ventricular Ejection fraction")),"2026-10-31",15,"%",lo=52,cat="imaging")
    b.lab("ntbnp","2026-10-30",14800); b.lab("ntbnp","2026-11-05",9900); b.lab("cr","2026-11-05",1.9); b.lab("na","2026-11-05",131); b.lab("egfr","2026-11-05",26)
    b.note("2026-11-06","Discharge summary","Third HF admission in 6 months. Inotrope-dependent trial failed to wean. Evaluated by advanced HF: not a candidate for LVAD or heart transplant due to age, frailty and renal function. Goals of care discussed with patient and daughter: no further advanced therapies are available; patient chooses comfort. Discharged home with hospice. DNR/DNI.",typ=("18842-5","Discharge summary"),enc=e2)
    b.sr(cc((SCT,"306205009","Referral to hospice service")),"completed","order","2026-11-05",reason=[hf])
    b.careplan(cc(text="Hospice plan of care"),"Home hospice - heart failure","active","plan","2026-11-06",addresses=[hf])
    b.med(cc((RX,"4603","furosemide")),"2026-11-06",dose="40 mg BID"); b.med(cc((RX,"1364430","apixaban")),"2020-01-01",dose="2.5 mg BID")
    b.med(cc((RX,"7052","morphine")),"2026-11-06",dose="2.5-5 mg PO q4h PRN dyspnea")
    b.med(cc((RX,"1656339","sacubitril / valsartan")),"2022-01-01",status="stopped",dose="stopped for hypotension")
    std(b,["2026-06-22","2026-11-06"],92,58,96,58)
    return b,("UNTREATABLE_PROGNOSIS","positive",["UNTREATABLE_PROGNOSIS"],
      "End-stage HFrEF (EF 15%) judged not a candidate for LVAD/transplant, 'no further advanced therapies', discharged to hospice; no second opinion on record.",
      "81F end-stage HFrEF, not LVAD/transplant candidate, discharged home with hospice")

@case
def up_p3(cid):
    b=B(cid,"A4"); b.setup("Lindahl",["Gunnar"],"male","1947-12-01","PRM-4021993","Fargo","ND",
        [("Mbeki","Thandi","Family Medicine"),("Torvik","Anders","Pulmonology")],payer="Medicare Advantage - Medica")
    e1=b.enc("2026-04-14","Pulmonology clinic",pr=1); e2=b.enc("2026-08-02","Hospital admission",cls="IMP",end="2026-08-09",reason="COPD exacerbation")
    e3=b.enc("2026-10-19","Pulmonology clinic",pr=1); e4=b.enc("2026-11-16","Home visit")
    co=b.cond(cc(text="COPD, severe, GOLD 4, on home oxygen"),onset="2012-01-01")
    b.cond(cc((ICD,"J44.9","Chronic obstructive pulmonary disease, unspecified")),cat="encounter-diagnosis",enc=e2,noonset=True)
    b.cond(cc((ICD,"J96.11","Chronic respiratory failure with hypoxia")),onset="2022-01-01")
    b.cond(cc(text="Benign prostatic hyperplasia"),onset="2015-01-01")
    b.obs(cc((LNC,"20150-9","FEV1")),"2026-04-14",0.62,"L",lo=2.2,cat="procedure"); b.obs(cc((LNC,"19926-5","FEV1/FVC")),"2026-04-14",0.34,"1",lo=0.70,cat="procedure")
    b.vitals("2026-10-19",118,70,98,wt=54.0,spo2=88); b.vitals("2026-11-16",112,66,102,wt=52.5,spo2=87)
    b.lab("hgbM","2026-08-03",16.8); b.obs(cc((LNC,"2019-8","Carbon dioxide [Partial pressure] in Arterial blood")),"2026-08-03",62,"mm[Hg]",lo=35,hi=45)
    b.careplan(cc(text="Palliative care"),"Symptom-focused plan","active","plan","2026-10-19",addresses=[co],
        desc="Lung disease has progressed despite maximal inhaled therapy, pulmonary rehab and oxygen. Not a candidate for lung volume reduction or transplant. Focus on breathlessness control and staying at home.")
    b.note("2026-10-19","Pulmonology note","GOLD 4 COPD, FEV1 0.62 L (21%), hypercapnic. Two admissions in 2026. He is on maximal therapy. There are no further treatment options for his lung disease beyond symptom control; he is not a candidate for LVRS/valves (homogeneous emphysema, DLCO 18%) or transplant (age). Palliative care referral placed; discussed code status.",pr=1,enc=e3)
    b.sr(cc((SCT,"103735009","Palliative care"),text="Referral to palliative care"),"active","order","2026-10-19",reason=[co],pr=1)
    b.med(cc(text="Budesonide/glycopyrrolate/formoterol 160-9-4.8 mcg inhaler"),"2023-01-01",dose="2 puffs BID")
    b.med(cc(text="Home oxygen 2 L/min continuous"),"2022-01-01",dose="2 L/min via NC 24h")
    b.med(cc((RX,"77492","tamsulosin")),"2015-01-01",dose="0.4 mg daily")
    return b,("UNTREATABLE_PROGNOSIS","positive",["UNTREATABLE_PROGNOSIS"],
      "GOLD 4 COPD with a note 'no further treatment options' beyond symptom control and an active palliative care referral and plan; no second opinion on record.",
      "79M GOLD 4 COPD, 'no further treatment options', palliative referral (text-only CarePlan)")

@case
def up_n1(cid):
    b=B(cid,"B2"); b.setup("Quintero",["Yolanda"],"female","1964-09-14","BGC-2077415","Hayward","CA",
        [("Abbasi","Nadia","Hepatology"),("Lowe","Jasmine","Palliative Medicine")],payer="Medi-Cal")
    e1=b.enc("2026-05-06","Hepatology clinic"); e2=b.enc("2026-06-18","Palliative care consult",pr=1)
    e3=b.enc("2026-08-20","Outside second opinion - transplant hepatology",pr=0); e4=b.enc("2026-11-04","Hepatology clinic")
    ci=b.cond(cc((SCT,"1197307001","Cirrhosis of liver due to metabolic dysfunction-associated steatohepatitis"),(ICD,"K75.81","Nonalcoholic steatohepatitis (NASH)"),text="MASH cirrhosis, decompensated"),onset="2022-01-01")
    b.cond(cc((SCT,"44054006","Diabetes mellitus type 2")),onset="2012-01-01")
    b.cond(cc((SCT,"389026000","Ascites")),onset="2025-09-01")
    b.lab("bili","2026-11-04",3.4); b.lab("inr","2026-11-04",1.7); b.lab("alb","2026-11-04",2.7); b.lab("cr","2026-11-04",1.2)
    b.obs(cc(text="MELD-Na score"),"2026-11-04",22,interp=None)
    b.sr(cc((SCT,"103735009","Palliative care"),text="Palliative care referral"),"completed","order","2026-05-06",reason=[ci])
    b.careplan(cc((SCT,"736372004","Palliative care plan")),"Concurrent palliative care","active","plan","2026-06-18",addresses=[ci])
    b.note("2026-06-18","Palliative care consult","Told at outside hospital she was 'too high risk' for transplant and nothing more could be done. Patient asked for a second opinion. Referral sent to University transplant center.",pr=1,typ=("11488-4","Consult note"),enc=e2)
    b.sr(cc((SCT,"183519002","Referral to hepatology service"),text="Second opinion - liver transplant evaluation"),"completed","order","2026-06-18",reason=[ci],pr=1)
    b.note("2026-08-20","Second opinion consultation - transplant hepatology","Second opinion requested by patient. Reviewed imaging, labs and cardiac workup. Agree she is not currently a transplant candidate (BMI 44, untreated CAD); may be reconsidered after weight loss program. Agree with concurrent palliative care. Patient and family accepted the opinion.",typ=("11488-4","Consult note"),enc=e3)
    b.med(cc((RX,"4603","furosemide")),"2025-09-01",dose="40 mg daily"); b.med(cc((RX,"9997","spironolactone")),"2025-09-01",dose="100 mg daily")
    b.med(cc(text="Insulin glargine 100 unit/mL"),"2020-01-01",dose="30 units qHS")
    std(b,["2026-05-06","2026-11-04"],118,70,80,118)
    return b,("UNTREATABLE_PROGNOSIS","near-miss",[],
      "Palliative signal present, but an external transplant-hepatology second opinion for the same problem was completed 2026-08-20 (within 12 months); flag suppressed.",
      "62F MASH cirrhosis told nothing more can be done; second opinion already done Aug 2026")

@case
def up_n2(cid):
    b=B(cid,"A1"); b.setup("Brennan",["Maureen","E"],"female","1956-07-02","GLR00391102","Dearborn","MI",
        [("Haddad","Samir","Internal Medicine"),("Novak","Petra","Physical Medicine and Rehabilitation")],payer="Blue Care Network")
    e1=b.enc("2026-03-03","Office visit",reason="Low back pain"); e2=b.enc("2026-06-16","PM&R consult",pr=1); e3=b.enc("2026-10-06","Office visit")
    lbp=b.cond(cc((ICD,"M54.50","Low back pain, unspecified"),text="Chronic low back pain, mechanical"),onset="2026-02-01",recorded="2026-03-03",clin="resolved",abate="2026-10-06")
    b.cond(cc((ICD,"M47.816","Spondylosis without myelopathy or radiculopathy, lumbar region")),onset="2026-03-03")
    b.cond(cc(text="Osteoarthritis of both hands"),onset="2018-01-01")
    b.report(cc((LNC,"24967-2","MR Lumbar spine WO contrast")),"2026-05-20","Multilevel facet arthropathy L3-S1. No significant canal or foraminal stenosis. No nerve root compression.",cat=("RAD","Radiology"))
    b.note("2026-06-16","PM&R consult","No surgical options at this time as there is no compressive lesion; this is not a surgical problem. Plan: core-strengthening PT, topical diclofenac, consider medial branch blocks if no improvement.",pr=1,typ=("11488-4","Consult note"),enc=e2)
    b.careplan(cc(text="Rehabilitation"),"Low back rehab","completed","plan","2026-06-16",addresses=[lbp],acts=[("Physical therapy 2x/week","completed","12 sessions completed")],end="2026-09-30")
    for d,v in [("2026-03-03",7),("2026-06-16",6),("2026-10-06",2)]:
        b.obs(cc((LNC,"72514-3","Pain severity - 0-10 verbal numeric rating [Score] - Reported")),d,v,"{score}",cat="survey",interp=None)
    b.med(cc(text="Diclofenac sodium 1% topical gel"),"2026-06-16",dose="apply to low back QID PRN")
    b.sr(cc((CPT,"97110","Therapeutic exercises")),"completed","order","2026-06-16")
    b.note("2026-10-06","Office visit","Back pain much improved after PT, pain 2/10, walking 2 miles. Continue home exercise program.",enc=e3)
    std(b,["2026-03-03","2026-10-06"],128,80,70,72)
    b.lab("cr","2026-03-03",0.8); b.lab("esr","2026-03-03",12)
    return b,("UNTREATABLE_PROGNOSIS","near-miss",[],
      "Note says 'no surgical options' but the condition is treatable and was treated successfully with PT (pain 7 -> 2); no palliative/hospice signal.",
      "70F mechanical back pain, 'no surgical options' but improved with PT")

# ---------------- HIGH_IMPACT_TREATMENT ----------------
@case
def hit_p1(cid):
    b=B(cid,"B1"); b.setup("Nakashima",["Daniel","K"],"male","1968-05-17","PDLA-633870","Durham","NC",
        [("Rao","Priya","Medical Oncology"),("Whitcomb","James","Colon and Rectal Surgery")],payer="Blue Cross NC")
    e1=b.enc("2026-09-08","Colonoscopy"); e2=b.enc("2026-10-06","Inpatient admission - surgery",cls="IMP",end="2026-10-09",pr=1)
    e3=b.enc("2026-11-17","Medical oncology consult")
    ca=b.cond(cc((SCT,"363406005","Malignant neoplasm of colon"),(ICD,"C18.7","Malignant neoplasm of sigmoid colon")),onset="2026-09-08",
        note="pT3 N1b (3/21 nodes) M0, stage IIIB, MMR proficient")
    b.cond(cc((SCT,"59621000","Essential hypertension")),onset="2014-01-01")
    b.proc(cc((CPT,"44207","Laparoscopic partial colectomy with anastomosis, with coloproctostomy (low pelvic anastomosis)"),text="Laparoscopic sigmoid colectomy"),"completed","2026-10-06",reason=[ca],pr=1,enc=e2)
    b.report(cc((LNC,"22637-3","Pathology report final diagnosis Narrative")),"2026-10-12","Sigmoid colon, resection: invasive adenocarcinoma, moderately differentiated, invading pericolic fat (pT3). 3 of 21 lymph nodes positive (pN1b). Margins negative. MLH1/PMS2/MSH2/MSH6 retained.",cat=("SP","Surgical Pathology"))
    b.obs(cc((LNC,"2039-6","Carcinoembryonic Ag [Mass/volume] in Serum or Plasma")),"2026-11-17",2.1,"ng/mL",hi=3.0)
    b.lab("hgbM","2026-11-17",13.1); b.lab("wbc","2026-11-17",6.4); b.lab("plt","2026-11-17",288); b.lab("cr","2026-11-17",0.9); b.lab("bili","2026-11-17",0.6)
    for rx,nm,d in [("32592","oxaliplatin","130 mg/m2 IV day 1 q21d x 4 cycles"),("194000","capecitabine","1000 mg/m2 PO BID days 1-14 q21d")]:
        b.med(cc((RX,rx,nm)),"2026-11-17",status="active",intent="plan",dose=d,reason=[ca],start="2026-12-08")
    b.careplan(cc(text="Oncology treatment plan"),"Adjuvant CAPOX x 3 months","active","plan","2026-12-08",addresses=[ca])
    b.proc(cc((CPT,"36561","Insertion of tunneled centrally inserted central venous access device, with subcutaneous port"),text="Port placement"),"completed","2026-11-24",pr=1)
    b.note("2026-11-17","Oncology consult","Stage IIIB sigmoid adenocarcinoma s/p lap sigmoid colectomy 10/6. Recommend adjuvant CAPOX x 3 months (IDEA). Discussed neuropathy risk. C1D1 planned 12/8/2026.",typ=("11488-4","Consult note"),enc=e3)
    b.med(cc((RX,"17767","amlodipine")),"2014-01-01",dose="5 mg daily")
    std(b,["2026-11-17"],130,80,70,79)
    return b,("HIGH_IMPACT_TREATMENT","positive",["HIGH_IMPACT_TREATMENT"],
      "Adjuvant CAPOX chemotherapy (oxaliplatin + capecitabine, intent plan) starting 2026-12-08; colectomy already performed.",
      "58M stage III sigmoid cancer after colectomy, adjuvant CAPOX chemotherapy planned Dec 2026")

@case
def hit_p2(cid):
    b=B(cid,"A2"); b.setup("Hargrove",["Leon","D"],"male","1963-01-27","MVH-31884502","Allentown","PA",
        [("Sandoval","Ana","Nephrology"),("Ibrahim","Youssef","Family Medicine")],payer="Medicare")
    e1=b.enc("2026-03-12","Nephrology clinic"); e2=b.enc("2026-07-09","Nephrology clinic"); e3=b.enc("2026-11-05","Nephrology clinic - dialysis planning")
    ckd=b.cond(cc((ICD,"N18.5","Chronic kidney disease, stage 5")),onset="2025-06-01")
    b.cond(cc(text="Diabetic nephropathy"),onset="2018-01-01"); b.cond(cc((SCT,"44054006","Diabetes mellitus type 2")),onset="2008-01-01")
    b.cond(cc((SCT,"59621000","Essential hypertension")),onset="2006-01-01")
    for d,e,c,k in [("2026-03-12",10,5.9,5.0),("2026-07-09",9,6.3,5.2),("2026-11-05",9,6.4,5.3)]:
        b.lab("egfr",d,e); b.lab("cr",d,c); b.lab("k",d,k)
    b.lab("hgbM","2026-11-05",10.2,note="anemia of CKD, on ESA"); b.lab("a1c","2026-11-05",6.9)
    b.proc(cc((CPT,"36821","Arteriovenous anastomosis, open; direct, any site"),text="Left radiocephalic AV fistula creation"),"completed","2026-06-02",reason=[ckd])
    b.sr(cc((CPT,"90935","Hemodialysis procedure with single evaluation by a physician"),(SCT,"302497006","Hemodialysis"),text="Initiate in-center hemodialysis 3x/week"),
        "active","order","2026-11-05",occ="2026-12-14",reason=[ckd])
    b.note("2026-11-05","Nephrology note","CKD 5 from diabetic nephropathy, eGFR stable 9-10 but uremic symptoms (nausea, pruritus, poor appetite) and fatigue. AVF matured. Shared decision: start in-center HD week of 12/14/2026. Transplant referral also sent.",enc=e3)
    b.med(cc(text="Epoetin alfa"),"2026-03-12",dose="10,000 units SC weekly"); b.med(cc(text="Insulin glargine"),"2015-01-01",dose="18 units qHS")
    b.med(cc((RX,"4603","furosemide")),"2025-06-01",dose="80 mg BID"); b.med(cc((RX,"17767","amlodipine")),"2010-01-01",dose="10 mg daily")
    std(b,["2026-03-12","2026-07-09","2026-11-05"],138,82,76,91)
    return b,("HIGH_IMPACT_TREATMENT","positive",["HIGH_IMPACT_TREATMENT"],
      "In-center haemodialysis initiation ordered for 2026-12-14 (CPT 90935); eGFR stable 9-10 so no MCID worsening.",
      "63M CKD 5, AV fistula done, haemodialysis start ordered for mid-December")

@case
def hit_p3(cid):
    b=B(cid,"A4"); b.setup("Moreau",["Colette","A"],"female","1960-10-30","PRM-4177320","Rapid City","SD",
        [("Halloran","Bridget","Radiation Oncology"),("Kline","Jonas","Surgical Oncology")],payer="Wellmark")
    e1=b.enc("2026-09-22","Breast surgery clinic",pr=1); e2=b.enc("2026-10-14","Outpatient surgery",pr=1); e3=b.enc("2026-11-23","Radiation oncology consult")
    bc=b.cond(cc(text="Invasive ductal carcinoma, left breast, pT1c N0, ER+/PR+/HER2-"),onset="2026-09-18")
    b.cond(cc((ICD,"C50.412","Malignant neoplasm of upper-outer quadrant of left female breast")),cat="encounter-diagnosis",enc=e2,noonset=True)
    b.cond(cc(text="Hypothyroidism"),onset="2012-01-01")
    b.proc(cc((CPT,"19301","Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)"),text="Left lumpectomy with sentinel node biopsy"),"completed","2026-10-14",reason=[bc],pr=1)
    b.report(cc((LNC,"22637-3","Pathology report final diagnosis Narrative")),"2026-10-18","Left breast lumpectomy: invasive ductal carcinoma, grade 2, 1.6 cm, margins negative (closest 3 mm). Sentinel nodes 0/2. ER 95%, PR 60%, HER2 1+.",cat=("SP","Surgical Pathology"))
    b.sr(cc((SCT,"33195004","Teletherapy"),(CPT,"77427","Radiation treatment management, 5 treatments"),text="Whole breast radiotherapy, hypofractionated 40 Gy/15 fx"),"active","order","2026-11-23",occ="2026-12-21",reason=[bc])
    b.med(cc((RX,"84857","anastrozole")),"2026-11-23",status="active",intent="plan",dose="1 mg daily to start after radiation",reason=[bc])
    b.med(cc((RX,"10582","levothyroxine")),"2012-01-01",dose="50 mcg daily")
    b.lab("hgbF","2026-11-23",13.5); b.lab("tsh","2026-11-23",2.3); b.lab("cr","2026-11-23",0.7)
    b.note("2026-11-23","Radiation oncology consult","66F s/p L lumpectomy for pT1cN0 ER+ IDC. Recommend adjuvant whole-breast RT 40 Gy in 15 fractions; CT simulation 12/10, start 12/21. Side effects reviewed; consent signed.",typ=("11488-4","Consult note"),enc=e3)
    std(b,["2026-09-22","2026-11-23"],124,76,72,66)
    return b,("HIGH_IMPACT_TREATMENT","positive",["HIGH_IMPACT_TREATMENT"],
      "Adjuvant whole-breast radiotherapy ordered to start 2026-12-21; lumpectomy already done.",
      "66F early breast cancer after lumpectomy, whole-breast radiotherapy ordered for December")

@case
def hit_n1(cid):
    b=B(cid,"C1"); b.setup("Whitaker",["Jordan","M"],"male","1987-02-14","CCH-0577318","Bellevue","WA",
        [("Kessler","Miriam","Adult Congenital Heart Disease")],payer="Regence BlueShield")
    e1=b.enc("2026-03-18","ACHD clinic"); e2=b.enc("2026-06-24","ACHD clinic"); e3=b.enc("2026-10-07","ACHD clinic")
    b.cond(cc((SCT,"30288003","Ventricular septal defect"),text="Perimembranous VSD, surgically closed age 2"),onset="1987-02-14",note="Patch closure 1989, no residual shunt")
    pvc=b.cond(cc((SCT,"427172004","Premature ventricular contractions")),onset="2026-03-18")
    b.cond(cc(text="Migraine without aura"),onset="2008-01-01")
    b.med(cc((RX,"6918","metoprolol"),text="Metoprolol succinate ER 25 mg"),"2026-03-18",dose="25 mg daily",reason=[pvc])
    for d,v in [("2026-03-10",51.2),("2026-06-20",48.9),("2026-10-01",49.6)]:
        b.obs(cc(text="PROMIS Global Health - physical health T-score"),d,v,"{T-score}",cat="survey",interp=None)
    b.report(cc(text="24-hour Holter"),"2026-09-28","PVC burden 3% (down from 9% in March). No NSVT.",cat=("EC","Electrocardiac"))
    b.report(cc((LNC,"34552-0","Cardiac 2D echo panel")),"2026-03-18","Intact VSD patch, no residual shunt. Normal LV size, LVEF 60%.",cat=("CUS","Cardiac Ultrasound"))
    b.note("2026-10-07","ACHD clinic","Palpitations much less on metoprolol. Mild fatigue early on, now adapted. PROMIS physical 51 -> 49 -> 50 (no meaningful change). Continue.",enc=e3)
    b.lab("k","2026-03-18",4.2); b.lab("tsh","2026-03-18",1.4); b.obs(cc((LNC,"19123-9","Magnesium [Mass/volume] in Serum or Plasma")),"2026-03-18",2.1,"mg/dL",lo=1.7,hi=2.3)
    std(b,["2026-03-18","2026-06-24","2026-10-07"],118,72,62,84)
    return b,("HIGH_IMPACT_TREATMENT","near-miss",[],
      "Low-dose beta-blocker is not a high-impact treatment, and PROMIS physical T-score moved only 51.2 -> 49.6 (< MCID of ~5 points) after it started.",
      "39M repaired VSD, metoprolol for PVCs; PROMIS quality-of-life dip below MCID")

@case
def hit_n2(cid):
    b=B(cid,"B2"); b.setup("Esposito",["Gianna"],"female","1995-06-09","BGC-2400912","Berkeley","CA",
        [("Chen","Howard","Gastroenterology")],payer="Blue Shield of California")
    e1=b.enc("2026-02-11","IBD clinic"); e2=b.enc("2026-05-13","IBD clinic"); e3=b.enc("2026-09-09","IBD clinic")
    cd=b.cond(cc((SCT,"34000006","Crohn's disease"),(ICD,"K50.00","Crohn's disease of small intestine without complications")),onset="2021-04-01",note="Ileal, inflammatory (Montreal A2 L1 B1)")
    b.cond(cc(text="Anxiety"),onset="2018-01-01")
    b.med(cc((RX,"6851","methotrexate"),text="Methotrexate 25 mg/mL injection"),"2026-02-11",dose="25 mg SC weekly",reason=[cd])
    b.med(cc((RX,"4511","folic acid")),"2026-02-11",dose="1 mg daily")
    b.med(cc((RX,"327361","adalimumab")),"2024-08-01",dose="40 mg SC every 2 weeks",reason=[cd])
    for d,h in [("2026-02-11",9),("2026-05-13",5),("2026-09-09",3)]:
        b.obs(cc(("urn:oid:2.16.840.1.113883.3.8871.1.77","HBI","Harvey-Bradshaw Index"),text="Harvey-Bradshaw Index"),d,h,"{score}",cat="survey",interp=None)
    b.lab("calpro","2026-02-12",410); b.lab("calpro","2026-09-10",70); b.lab("alt","2026-05-13",28); b.lab("wbc","2026-05-13",5.8)
    b.obs(cc(text="Adalimumab trough level"),"2026-02-12",3.1,"ug/mL",lo=8,interp="L",note="antibodies to adalimumab 4 U/mL (low titer)")
    b.note("2026-02-11","IBD clinic","Partial loss of response to adalimumab with low trough and low-titer antibodies. Add methotrexate 25 mg SC weekly as immunomodulator to reduce immunogenicity. Counseled on contraception, LFT monitoring.",enc=e1)
    b.note("2026-09-09","IBD clinic","Clinical remission, HBI 3. Calprotectin 70. Plan to reduce MTX to 15 mg weekly in 2027.",enc=e3)
    std(b,["2026-02-11","2026-09-09"],110,70,70,60)
    return b,("HIGH_IMPACT_TREATMENT","near-miss",[],
      "Low-dose weekly methotrexate as an immunomodulator for Crohn's is not antineoplastic chemotherapy; disease is improving (HBI 9 -> 3).",
      "31F Crohn's on adalimumab + low-dose methotrexate (not chemo), in remission")
