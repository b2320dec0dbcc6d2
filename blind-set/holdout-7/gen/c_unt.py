from fhirlib import *
from sites import SITES


def unt_p1(cid):
    """79M end-stage ischemic HFrEF, not an LVAD/transplant candidate; hospice referral placed."""
    r = Rec(cid, SITES["allegheny"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Joseph", "Wozniak", npi="1285930476", gender="male")
    hf = r.practitioner("Leah", "Rosenthal", npi="1952730184", gender="female")
    hosp = r.practitioner("Marcus", "DeLuca", npi="1518304926", gender="male")
    pal = r.practitioner("Ingrid", "Solberg", npi="1730284659", gender="female")
    r.patient("Walter Francis", "Kaminski", "male", "1947-05-14", "AR2019478", "1412 Brookline Blvd", "Pittsburgh", "PA", "15226", "412-555-0109",
              marital=("M", "Married"), gp=pcp)
    r.coverage("UPMC for Life", "UPMC for Life HMO", "UL70318842", ptype=("MCPOL", "managed care policy"))
    hfc = r.condition("End stage heart failure with reduced ejection fraction", icd=("I50.84", "End stage heart failure"),
                      sct=("703272007", "Heart failure with reduced ejection fraction"), onset="2019-03-01", recorded="2019-03-10",
                      stage="ACC/AHA stage D, NYHA class IV", note="LVEF 15% (TTE 09/2026).")
    icm = r.condition("Ischemic cardiomyopathy", icd=("I25.5", "Ischemic cardiomyopathy"), sct=("426856002", "Ischemic congestive cardiomyopathy"),
                      onset="2012-01-01", recorded="2012-06-01")
    af = r.condition("Persistent atrial fibrillation", icd=("I48.19", "Other persistent atrial fibrillation"), sct=("49436004", "Atrial fibrillation"),
                     onset="2021-01-01", recorded="2021-02-14")
    ckd = r.condition("Chronic kidney disease stage 3b", icd=("N18.32", "Chronic kidney disease, stage 3b"), sct=("433144002", "Chronic kidney disease stage 3"),
                      onset="2022-01-01", recorded="2022-05-03")
    r.condition("Pneumonia", icd=("J18.9", "Pneumonia, unspecified organism"), sct=("233604007", "Pneumonia"), onset="2024-02-02", clinical="resolved",
                abate="2024-02-20", recorded="2024-02-02")
    r.procedure("Coronary artery bypass graft x3", [(CPT, "33533", "Coronary artery bypass, using arterial graft(s); single arterial graft"), (SCT, "232717009", "Coronary artery bypass grafting")],
                date="2012-06-11", reasons=[icm])
    r.procedure("Implantation of cardioverter-defibrillator (dual chamber)", [(CPT, "33249", "Insertion or replacement of permanent implantable defibrillator system, with transvenous lead(s), single or dual chamber")],
                date="2019-05-20", reasons=[hfc])
    e1 = r.encounter("2026-09-03", "IMP", "Inpatient admission", reasons=[hfc], prac=hosp, end="2026-09-09", admit=("emd", "From accident/emergency department"),
                     dispo=("home", "Home"), tstart="14:20")
    r.report((LOINC, "34552-0", "Cardiac 2D echo panel"), "2026-09-05", [
        dict(code=("10230-1", "Left ventricular Ejection fraction"), value=15, unit="%", low=52, high=72, cat="imaging"),
        dict(code=(L, "ECHO-RVFX", "Right ventricular systolic function"), vstr="Moderately reduced (TAPSE 12 mm)", cat="imaging", interp="A")],
        cat=("CUS", "Cardiac Ultrasound"), enc=e1, conclusion="Severe LV dilation and global hypokinesis, LVEF 15%. Moderate RV dysfunction. Moderate functional MR.")
    r.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), 6850, "pg/mL", "2026-09-03", low=0, high=450, enc=e1)
    r.note("""Discharge summary 09/09/2026. Acute on chronic HFrEF exacerbation; IV diuresis 6 L. Sacubitril-valsartan stopped for
symptomatic hypotension (SBP 80s). Carvedilol reduced. Discharged on torsemide 40 mg BID. Third admission in 2026.""",
           "2026-09-09", loinc=("18842-5", "Discharge summary"), author=hosp, enc=e1)
    e2 = r.encounter("2026-10-15", "AMB", "Heart failure clinic", cpt=("99215", "Office or other outpatient visit, established patient, 40-54 minutes"), reasons=[hfc], prac=hf)
    r.vitals("2026-10-15", e2, sbp=86, dbp=58, hr=88, wt=71.4)
    r.note("""HF clinic 10/15/2026. NYHA IV: dyspneic dressing, sleeps in recliner. SBP 86. Not tolerating GDMT. Refer advanced HF team
for therapy options.""", "2026-10-15", author=hf, enc=e2)
    e3 = r.encounter("2026-11-14", "IMP", "Inpatient admission", reasons=[hfc], prac=hosp, end="2026-11-21", admit=("emd", "From accident/emergency department"),
                     dispo=("home", "Home"), tstart="03:15")
    r.obs(("33762-6", "Natriuretic peptide.B prohormone N-Terminal [Mass/volume] in Serum or Plasma"), 12400, "pg/mL", "2026-11-14", low=0, high=450, enc=e3)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-11-14", bmp(na=129, k=4.9, bun=62, cr=2.18, egfr=30), enc=e3)
    r.note("""Advanced heart failure consult 11/18/2026. 79M, stage D ischemic cardiomyopathy, LVEF 15%, cardiorenal syndrome, dependent on
milrinone during this admission. Evaluated for advanced therapies: not a candidate for LVAD or heart transplantation
(age, frailty - 5 m walk 9 s, CKD 3b/4, RV dysfunction). No further disease-modifying options.
Discussed with patient and wife: recommend comfort-focused care and hospice. ICD shock therapy deactivation discussed.""",
           "2026-11-18", loinc=("11488-4", "Consult note"), author=hf, enc=e3)
    r.note("""Palliative care consult 11/19/2026. Goals: be at home with wife, avoid ICU and further hospitalizations. Code status DNR/DNI.
ICD shocks deactivated 11/20. Agrees with home hospice enrollment.""", "2026-11-19", loinc=("11488-4", "Consult note"), author=pal, enc=e3)
    r.service_request("Referral to hospice", [(SCT, "306205009", "Referral to hospice"), (L, "REF-HOSPICE-HOME", "REFERRAL TO HOME HOSPICE")], status="active",
                      intent="order", authored="2026-11-21", reasons=[hfc], requester=hosp, category=("3457005", "Patient referral"),
                      performer={"display": "Three Rivers Home Hospice"}, note="Hospice-eligible: stage D HF, not a candidate for advanced therapies.")
    r.med("Torsemide 20 MG Oral Tablet", rx="198372", authored="2026-11-21T11:00:00-05:00", dose="40 mg by mouth twice daily", reasons=[hfc], requester=hosp)
    r.med("Carvedilol 3.125 MG Oral Tablet", rx="200031", authored="2026-09-09T11:00:00-05:00", dose="1 tablet twice daily; hold if SBP < 85", reasons=[hfc], requester=hosp)
    r.med("Apixaban 2.5 MG Oral Tablet", rx="1364435", authored="2026-01-12T11:00:00-05:00", dose="1 tablet twice daily", reasons=[af], requester=hf)
    r.med("Sacubitril 49 MG / Valsartan 51 MG Oral Tablet", rx="1656349", status="stopped", authored="2025-04-02T11:00:00-05:00", dose="1 tablet twice daily",
          reasons=[hfc], requester=hf, note="Stopped 09/2026 for symptomatic hypotension.")
    r.med("Morphine Sulfate 20 MG/ML Oral Solution", rx="1543818", authored="2026-11-21T11:00:00-05:00",
          dose="0.25 mL (5 mg) by mouth every 4 h as needed for dyspnea", reasons=[hfc], requester=pal)
    return r


def unt_p2(cid):
    """56M decompensated alcohol-associated cirrhosis, declined for transplant; note: no further treatment options; palliative referral."""
    r = Rec(cid, SITES["bayou"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Renee", "Guidry", qual="NP", npi="1740382951", gender="female")
    hep = r.practitioner("Anand", "Krishnaswamy", npi="1083927465", gender="male")
    r.patient("Curtis Allen", "Robichaux", "male", "1970-12-03", "BC2284710", "7720 Plum St", "New Orleans", "LA", "70118", "504-555-0154",
              marital=("D", "Divorced"), gp=pcp)
    r.coverage("Louisiana Healthcare Connections", "Medicaid Managed Care", "LHC88201937", ptype=("MCPOL", "managed care policy"))
    cir = r.condition("Alcoholic cirrhosis of liver with ascites", icd=("K70.31", "Alcoholic cirrhosis of liver with ascites"), sct=("420054005", "Alcoholic cirrhosis"),
                      onset="2024-11-01", recorded="2024-11-20", stage="Child-Pugh C (11), MELD-Na 28 (11/2026)")
    he = r.condition("Hepatic encephalopathy", icd=("K76.82", "Hepatic encephalopathy"), sct=("13920009", "Hepatic encephalopathy"), onset="2026-08-01", recorded="2026-08-12")
    aud = r.condition("Alcohol use disorder, severe, in early remission", icd=("F10.21", "Alcohol dependence, in remission"), sct=("7200002", "Alcoholism"),
                      onset="2010-01-01", recorded="2024-11-20", note="Last drink 08/2026.")
    var = r.condition("Esophageal varices in cirrhosis of liver", icd=("I85.10", "Secondary esophageal varices without bleeding"), sct=("28670008", "Esophageal varices"),
                      onset="2024-11-20", recorded="2024-11-20")
    r.procedure("EGD with band ligation of esophageal varices", [(CPT, "43244", "Esophagogastroduodenoscopy, flexible, transoral; with band ligation of esophageal/gastric varices")],
                date="2025-01-14", reasons=[var], performer=hep)
    e1 = r.encounter("2026-08-10", "IMP", "Inpatient admission", reasons=[he], prac=hep, end="2026-08-16", admit=("emd", "From accident/emergency department"),
                     dispo=("home", "Home"), tstart="22:10")
    r.note("""Discharge summary 08/16/2026. Grade 3 hepatic encephalopathy precipitated by alcohol relapse and constipation. Improved with lactulose
and rifaximin. Large-volume paracentesis 7 L. Counseled on alcohol cessation; enrolled in IOP.""", "2026-08-16",
           loinc=("18842-5", "Discharge summary"), author=hep, enc=e1)
    e2 = r.encounter("2026-10-06", "AMB", "Transplant hepatology evaluation", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"), reasons=[cir], prac=hep)
    r.report((L, "LAB-HEPFX", "Hepatic function and MELD labs"), "2026-10-06", [
        dict(code=("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), value=4.8, unit="mg/dL", low=0.2, high=1.2),
        dict(code=("6301-6", "INR in Platelet poor plasma by Coagulation assay"), value=2.0, unit="{INR}", low=0.9, high=1.1),
        dict(code=("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), value=2.7, unit="g/dL", low=3.5, high=5.0),
        dict(code=("2951-2", "Sodium [Moles/volume] in Serum or Plasma"), value=130, unit="mmol/L", low=135, high=145),
        dict(code=("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), value=1.3, unit="mg/dL", low=0.57, high=1.25),
        dict(code=("777-3", "Platelets [#/volume] in Blood by Automated count"), value=64, unit="10*3/uL", low=150, high=400)], enc=e2)
    r.note("""Transplant hepatology 10/06/2026. Decompensated alcohol-associated cirrhosis (ascites requiring LVP every 2-3 weeks, HE, varices).
MELD-Na 27. Abstinent since 08/10/2026 (PEth negative). Presented at selection committee 10/29/2026.""",
           "2026-10-06", author=hep, enc=e2, loinc=("11488-4", "Consult note"))
    r.note("""Liver transplant selection committee 10/29/2026. Decision: not a candidate at this time. Reasons: < 3 months of documented
abstinence with a relapse in 08/2026, no identified post-transplant caregiver, incomplete addiction treatment engagement.
Will not be re-reviewed unless circumstances change.""", "2026-10-29", author=hep, loinc=("11506-3", "Progress note"))
    e3 = r.encounter("2026-11-12", "AMB", "Hepatology follow-up", cpt=("99215", "Office or other outpatient visit, established patient, 40-54 minutes"), reasons=[cir], prac=hep)
    r.vitals("2026-11-12", e3, sbp=98, dbp=60, hr=92, wt=79.8)
    r.report((L, "LAB-HEPFX", "Hepatic function and MELD labs"), "2026-11-12", [
        dict(code=("1975-2", "Bilirubin.total [Mass/volume] in Serum or Plasma"), value=5.9, unit="mg/dL", low=0.2, high=1.2),
        dict(code=("6301-6", "INR in Platelet poor plasma by Coagulation assay"), value=2.2, unit="{INR}", low=0.9, high=1.1),
        dict(code=("2951-2", "Sodium [Moles/volume] in Serum or Plasma"), value=128, unit="mmol/L", low=135, high=145),
        dict(code=("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), value=1.5, unit="mg/dL", low=0.57, high=1.25)], enc=e3)
    r.note("""Hepatology 11/12/2026. Refractory ascites (paracentesis q2 weeks), diuretics stopped for hyponatremia/AKI. MELD-Na 28.
Declined for liver transplant by committee. TIPS contraindicated (MELD > 18, prior HE). There are no further treatment options
for his liver disease beyond supportive care. Estimated prognosis months. Referred to palliative care; discussed hospice
eligibility and code status with patient and sister.""", "2026-11-12", author=hep, enc=e3)
    r.service_request("Referral to palliative care service", [(SCT, "306237005", "Referral to palliative care service"), (L, "REF-PALL", "AMB REFERRAL TO PALLIATIVE MEDICINE")],
                      status="active", intent="order", authored="2026-11-12", occurrence="2026-12-03", reasons=[cir], requester=hep, category=("3457005", "Patient referral"))
    r.procedure("Paracentesis, abdominal, with imaging guidance", [(CPT, "49083", "Abdominal paracentesis (diagnostic or therapeutic); with imaging guidance")],
                date="2026-11-12T13:00:00-06:00", reasons=[cir], performer=hep, outcome="6.5 L removed; 25% albumin 50 g given")
    r.med("Lactulose 10 GM/15ML Oral Solution", rx="377071", authored="2026-08-16T10:00:00-05:00", dose="30 mL by mouth 3 times daily, titrate to 2-3 soft stools", reasons=[he], requester=hep)
    r.med("Rifaximin 550 MG Oral Tablet", rx="1052705", authored="2026-08-16T10:00:00-05:00", dose="1 tablet twice daily", reasons=[he], requester=hep)
    r.med("Spironolactone 100 MG Oral Tablet", rx="313096", status="stopped", authored="2025-03-01T10:00:00-05:00", dose="1 tablet daily", reasons=[cir], requester=hep,
          note="Stopped 10/2026: hyponatremia, AKI.")
    r.med("Acamprosate Calcium 333 MG Delayed Release Oral Tablet", rx="283742", authored="2026-08-20T10:00:00-05:00", dose="2 tablets three times daily",
          reasons=[aud], requester=pcp)
    return r


def unt_p3(cid):
    """66F metastatic pancreatic adenocarcinoma, ECOG 3, not a chemo candidate; hospice CarePlan."""
    r = Rec(cid, SITES["harbor"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Thomas", "Adebayo", npi="1669204835", gender="male")
    gi = r.practitioner("Sarah", "Lindqvist-Moore", npi="1245093817", gender="female")
    onc = r.practitioner("Daniel", "Perlmutter", npi="1093827461", gender="male")
    r.patient("Margaret Ellen", "Donnelly", "female", "1960-03-08", "HP5530172", "3408 Keswick Rd", "Baltimore", "MD", "21211", "410-555-0117",
              marital=("W", "Widowed"), gp=pcp)
    r.coverage("Johns Hopkins Advantage MD", "Advantage MD PPO", "AMD40293817", ptype=("MCPOL", "managed care policy"))
    dm = r.condition("Type 2 diabetes mellitus", icd=("E11.9", "Type 2 diabetes mellitus without complications"), sct=("44054006", "Diabetes mellitus type 2"),
                     onset="2026-04-01", recorded="2026-04-20", note="New onset 04/2026.")
    r.condition("Osteoarthritis of both hands", icd=("M19.041", "Primary osteoarthritis, right hand"), sct=("396275006", "Osteoarthritis"), onset="2018-01-01",
                clinical="inactive", recorded="2018-06-01")
    e1 = r.encounter("2026-09-22", "AMB", "Office visit, established patient", cpt=("99215", "Office or other outpatient visit, established patient, 40-54 minutes"),
                     reason="Yellow skin, dark urine, itching", prac=pcp)
    r.vitals("2026-09-22", e1, sbp=124, dbp=72, hr=84, wt=61.0)
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-09-22", bmp(glu=188, cr=0.7, egfr=93) + hepatic(alt=212, ast=166, alp=588, tbil=8.4, alb=3.4), enc=e1)
    r.report((LOINC, "36813-4", "CT Abdomen and Pelvis W contrast IV"), "2026-09-25", [
        dict(code=(LOINC, "36813-4", "CT Abdomen and Pelvis W contrast IV"), cat="imaging",
             vstr="3.6 cm hypoenhancing mass pancreatic head with CBD and PD dilatation, abutting SMV. At least 6 hypodense liver lesions up to 2.8 cm.", interp="A")],
        cat=("RAD", "Radiology"), conclusion="Pancreatic head mass with hepatic metastases.")
    e2 = r.encounter("2026-10-02", "AMB", "Endoscopy - ERCP/EUS", cpt=("43274", "ERCP; with placement of endoscopic stent into biliary or pancreatic duct"), prac=gi,
                     reason="Obstructive jaundice, pancreatic mass", tstart="07:30", tend="12:00")
    ca = r.condition("Adenocarcinoma of head of pancreas, metastatic to liver", icd=("C25.0", "Malignant neoplasm of head of pancreas"),
                     sct=("363418001", "Malignant tumor of pancreas"), onset="2026-10-02", recorded="2026-10-05", stage="cT2N1M1, stage IV")
    mets = r.condition("Secondary malignant neoplasm of liver", icd=("C78.7", "Secondary malignant neoplasm of liver and intrahepatic bile duct"),
                       sct=("94381002", "Secondary malignant neoplasm of liver"), onset="2026-10-02", recorded="2026-10-05")
    r.procedure("ERCP with biliary metal stent placement", [(CPT, "43274", "ERCP; with placement of endoscopic stent into biliary or pancreatic duct, including pre- and post-dilation and guide wire passage, when performed, including sphincterotomy, when performed, each stent")],
                date="2026-10-02T08:10:00-04:00", reasons=[ca], performer=gi, enc=e2, outcome="Fully covered metal stent placed; good drainage.")
    r.procedure("EUS-guided fine needle biopsy of pancreatic head mass", [(CPT, "43242", "Esophagogastroduodenoscopy, flexible, transoral; with transendoscopic ultrasound-guided intramural or transmural fine needle aspiration/biopsy(s)")],
                date="2026-10-02T08:55:00-04:00", reasons=[ca], performer=gi, enc=e2)
    r.report((LOINC, "22634-0", "Pathology report.gross and microscopic"), "2026-10-05", [
        dict(code=(LOINC, "22634-0", "Pathology report.gross and microscopic"), vstr="Pancreas, head, FNB: invasive ductal adenocarcinoma, moderately differentiated.", interp="A")],
        cat=("SP", "Surgical Pathology"), conclusion="Pancreatic ductal adenocarcinoma.")
    r.obs(("24108-3", "Cancer Ag 19-9 [Units/volume] in Serum or Plasma"), 1840, "U/mL", "2026-10-05", low=0, high=35, ucum="[U]/mL")
    e3 = r.encounter("2026-10-20", "AMB", "Medical oncology new patient", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"), reasons=[ca], prac=onc)
    r.vitals("2026-10-20", e3, sbp=112, dbp=68, hr=92, wt=57.2)
    r.score(("89247-1", "ECOG Performance Status score"), 2, "2026-10-20", enc=e3, note="Ambulatory, capable of self-care, unable to work; up > 50% of waking hours.")
    r.note("""Oncology 10/20/2026. Stage IV pancreatic adenocarcinoma (liver metastases). ECOG 2. Bilirubin normalizing after stent.
Discussed palliative-intent chemotherapy options versus best supportive care; she wants time to consider with family.
Start pancrelipase, mirtazapine for appetite. Return 4 weeks.""", "2026-10-20", author=onc, enc=e3, loinc=("11488-4", "Consult note"))
    e4 = r.encounter("2026-11-18", "AMB", "Medical oncology follow-up", cpt=("99215", "Office or other outpatient visit, established patient, 40-54 minutes"), reasons=[ca], prac=onc)
    r.vitals("2026-11-18", e4, sbp=104, dbp=62, hr=104, wt=52.3)
    r.score(("89247-1", "ECOG Performance Status score"), 3, "2026-11-18", enc=e4, note="Limited self-care; in bed or chair > 50% of waking hours.")
    r.obs(("1751-7", "Albumin [Mass/volume] in Serum or Plasma"), 2.5, "g/dL", "2026-11-18", low=3.5, high=5.0, enc=e4)
    r.note("""Oncology 11/18/2026. Rapid decline: ECOG 3, in bed > 50% of day, 8.7 kg weight loss since September, albumin 2.5,
new malignant ascites. She is not a candidate for systemic chemotherapy given performance status and nutrition.
No cancer-directed treatment options remain that would be expected to help her. Recommend hospice; patient and son agree.
Home hospice enrollment 11/20. Pain controlled on oxycodone.""", "2026-11-18", author=onc, enc=e4)
    r.careplan("Hospice plan of care", "Home hospice for metastatic pancreatic adenocarcinoma: symptom management (pain, nausea, ascites), family support, no further cancer-directed therapy.",
               cc((SCT, "385763009", "Hospice care")), start="2026-11-20", addresses=[ca, mets], author=onc, created="2026-11-20",
               activities=[("Oxycodone / morphine titration for abdominal pain", "in-progress"), ("Indwelling peritoneal catheter if ascites recurs", "not-started"),
                           ("Chaplain and social work visits", "scheduled")])
    r.med("oxyCODONE Hydrochloride 5 MG Oral Tablet", rx="1049621", authored="2026-11-18T15:00:00-05:00", dose="1-2 tablets every 4 h as needed for pain", reasons=[ca], requester=onc)
    r.med("Pancrelipase (Lipase 24000 UNT / Protease 76000 UNT / Amylase 120000 UNT) Delayed Release Oral Capsule", authored="2026-10-20T15:00:00-04:00",
          dose="2 capsules with meals, 1 with snacks", reasons=[ca], requester=onc)
    r.med("Mirtazapine 15 MG Oral Tablet", rx="311725", authored="2026-10-20T15:00:00-04:00", dose="1 tablet at bedtime", reasons=[ca], requester=onc)
    r.med("Insulin glargine 100 UNT/ML Pen Injector", rx="847232", authored="2026-06-01T09:00:00-04:00", dose="12 units subcutaneously at bedtime", reasons=[dm], requester=pcp)
    return r


def unt_n1(cid):
    """69M stage IV lung adenocarcinoma, progressed after two lines; outside second opinion Oct 2026 confirmed; hospice."""
    r = Rec(cid, SITES["sierra"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Robert", "Castellanos", npi="1922048357", gender="male")
    onc = r.practitioner("Helen", "Takahashi", npi="1366294051", gender="female")
    outorg = r.organization("Bay Area University Cancer Center", "San Francisco", "CA", npi="1801957362", line="1600 Divisadero St")
    outonc = r.practitioner("Rajiv", "Banerjee", npi="1457029386", gender="male")
    r.patient("Gerald Wayne", "Pruitt", "male", "1957-08-21", "SF-0338145", "17450 Lake Wildwood Dr", "Penn Valley", "CA", "95946", "530-555-0126",
              marital=("M", "Married"), gp=pcp)
    r.coverage("Medicare Part B", "Original Medicare", "4TR9-GH2-PK55", ptype=("SUBSIDIZ", "subsidized health program"))
    ca = r.condition("Adenocarcinoma of upper lobe of right lung, metastatic", icd=("C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung"),
                     sct=("254637007", "Non-small cell lung cancer"), onset="2025-10-14", recorded="2025-10-20", stage="cT3N2M1c, stage IVB; PD-L1 TPS 20%; no actionable driver (NGS)")
    bone = r.condition("Secondary malignant neoplasm of bone", icd=("C79.51", "Secondary malignant neoplasm of bone"), sct=("94222008", "Secondary malignant neoplasm of bone"),
                       onset="2025-10-14", recorded="2025-10-20")
    copd = r.condition("Chronic obstructive pulmonary disease", icd=("J44.89", "Other specified chronic obstructive pulmonary disease"), sct=("13645005", "Chronic obstructive lung disease"),
                       onset="2018-01-01", recorded="2018-09-10")
    r.medstmt("CARBOplatin + PEMEtrexed + pembrolizumab (4 cycles) then pemetrexed/pembrolizumab maintenance", status="completed", start="2025-11-04", end="2026-08-04",
              reasons=[ca], note="Discontinued for progression (new liver and adrenal metastases).")
    r.medstmt("DOCEtaxel + ramucirumab (second line)", status="stopped", start="2026-08-20", end="2026-10-08", reasons=[ca],
              note="Stopped after 3 cycles: progression and decline to ECOG 3.")
    r.report((LOINC, "24627-2", "CT Chest"), "2026-10-06", [
        dict(code=(LOINC, "24627-2", "CT Chest"), cat="imaging", vstr="Enlarging RUL mass 7.1 cm (5.2), new bilateral pulmonary nodules, enlarging liver metastases.", interp="A")],
        cat=("RAD", "Radiology"), conclusion="Progressive disease (RECIST).")
    e1 = r.encounter("2026-10-13", "AMB", "Medical oncology follow-up", cpt=("99215", "Office or other outpatient visit, established patient, 40-54 minutes"), reasons=[ca], prac=onc)
    r.vitals("2026-10-13", e1, sbp=108, dbp=66, hr=98, wt=64.1, spo2=91)
    r.note("""Oncology 10/13/2026. Progression after second-line docetaxel/ramucirumab. ECOG 3. No targetable alteration. No further standard
treatment options likely to provide benefit; recommend hospice. Patient requests second opinion at university center before
deciding; referral sent.""", "2026-10-13", author=onc, enc=e1)
    r.service_request("Referral for second opinion - thoracic oncology", [(L, "REF-2OP-ONC", "REFERRAL FOR SECOND OPINION, OUTSIDE")], status="completed", authored="2026-10-13",
                      reasons=[ca], requester=onc, performer=outorg, category=("3457005", "Patient referral"))
    e2 = r.encounter("2026-10-28", "AMB", "Second opinion consultation, thoracic oncology", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"),
                     reasons=[ca], prac=outonc, org=outorg)
    r.note("""SECOND OPINION CONSULTATION - Thoracic Oncology, Bay Area University Cancer Center, 10/28/2026.
Reason: patient-requested second opinion regarding treatment options for stage IVB lung adenocarcinoma.
Records, imaging and NGS reviewed (KRAS G12V, TP53; no actionable alteration). Progressed on platinum-doublet plus
pembrolizumab and on docetaxel/ramucirumab. ECOG 3, SpO2 91% RA.
Opinion: I agree with Dr. Takahashi. There are no further standard-of-care options with meaningful expected benefit, and he
does not meet performance-status eligibility for our open phase I trials. Recommend transition to hospice.""",
           "2026-10-28", loinc=("11488-4", "Consult note"), author=outonc, enc=e2, custodian=outorg, title="Second opinion consultation")
    e3 = r.encounter("2026-11-04", "AMB", "Medical oncology follow-up", cpt=("99215", "Office or other outpatient visit, established patient, 40-54 minutes"), reasons=[ca], prac=onc)
    r.note("""Oncology 11/04/2026. Reviewed second opinion from university thoracic oncology (concurs). Patient and wife choose hospice.
Hospice referral placed; home O2 2 L.""", "2026-11-04", author=onc, enc=e3)
    r.service_request("Referral to hospice", [(SCT, "306205009", "Referral to hospice")], status="completed", authored="2026-11-04", reasons=[ca],
                      requester=onc, category=("3457005", "Patient referral"))
    r.careplan("Hospice plan of care", "Home hospice: dyspnea and pain management, oxygen, caregiver support.", cc((SCT, "385763009", "Hospice care")),
               start="2026-11-06", addresses=[ca], author=onc)
    r.med("Morphine Sulfate 15 MG Extended Release Oral Tablet", rx="892646", authored="2026-11-04T15:00:00-08:00", dose="1 tablet every 12 h", reasons=[bone], requester=onc)
    r.med("Tiotropium 0.0025 MG/ACTUAT / Olodaterol 0.0025 MG/ACTUAT Inhalation Spray", rx="1652495", authored="2026-02-10T09:00:00-08:00",
          dose="2 inhalations once daily", reasons=[copd], requester=pcp)
    return r


def unt_n2(cid):
    """67M low-risk IgG-kappa MGUS; haematology: no treatment indicated, annual surveillance."""
    r = Rec(cid, SITES["northwoods"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Anders", "Nygaard", npi="1376049285", gender="male")
    heme = r.practitioner("Fatima", "Qureshi", npi="1588203947", gender="female")
    r.patient("Dennis Paul", "Mattson", "male", "1959-11-19", "NW0072613", "1120 E 8th St", "Duluth", "MN", "55805", "218-555-0137", gp=pcp)
    r.coverage("HealthPartners", "HealthPartners Open Access", "HPA220938471")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2013-01-01", recorded="2014-02-01")
    gerd = r.condition("Gastroesophageal reflux disease without esophagitis", icd=("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
                       sct=("235595009", "Gastroesophageal reflux disease"), onset="2016-01-01", recorded="2016-05-01")
    r.condition("Kidney stone", icd=("N20.0", "Calculus of kidney"), sct=("95570007", "Kidney stone"), onset="2020-03-02", clinical="resolved", abate="2020-03-25", recorded="2020-03-02")
    mgus = r.condition("Monoclonal gammopathy of undetermined significance (IgG kappa)", icd=("D47.2", "Monoclonal gammopathy"),
                       local=(L, "PL-MGUS", "MGUS"), onset="2025-09-30", recorded="2025-10-15", note="Found on workup of elevated total protein. Mayo risk: low.")
    e0 = r.encounter("2025-10-15", "AMB", "Hematology new patient", cpt=("99204", "Office or other outpatient visit, new patient, 45-59 minutes"), reasons=[mgus], prac=heme)
    r.report((L, "LAB-SPEP", "Protein electrophoresis panel, serum"), "2025-10-15", [
        dict(code=("33358-3", "Protein.monoclonal [Mass/volume] in Serum or Plasma by Electrophoresis"), value=0.5, unit="g/dL", low=0, high=0),
        dict(code=(L, "LAB-FLCR", "Free kappa/lambda light chain ratio"), value=1.38, unit="{ratio}", low=0.26, high=1.65)], enc=e0)
    r.note("""Hematology 10/15/2025. IgG kappa M-protein 0.5 g/dL, normal FLC ratio, Hgb/Ca/creatinine normal, no bone pain.
Low-risk MGUS. Bone marrow biopsy and skeletal survey not indicated. No treatment is indicated for MGUS.
Annual SPEP/FLC with PCP or hematology.""", "2025-10-15", author=heme, enc=e0, loinc=("11488-4", "Consult note"))
    e1 = r.encounter("2026-10-06", "AMB", "Hematology follow-up", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[mgus], prac=heme)
    r.report((L, "LAB-SPEP", "Protein electrophoresis panel, serum"), "2026-10-06", [
        dict(code=("33358-3", "Protein.monoclonal [Mass/volume] in Serum or Plasma by Electrophoresis"), value=0.5, unit="g/dL", low=0, high=0),
        dict(code=(L, "LAB-FLCR", "Free kappa/lambda light chain ratio"), value=1.41, unit="{ratio}", low=0.26, high=1.65)], enc=e1)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-10-06", cbc(14.8, sex="M"), enc=e1)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-10-06", bmp(cr=0.98, ca=9.3, egfr=82), enc=e1)
    r.note("""Hematology 10/06/2026. Stable low-risk MGUS: M-protein 0.5 g/dL (unchanged), FLC ratio normal, CBC, calcium and creatinine
normal. No symptoms of progression. MGUS is a precursor state and does not require treatment. Continue annual monitoring;
return sooner for bone pain, anemia or kidney changes.""", "2026-10-06", author=heme, enc=e1)
    r.service_request("Protein electrophoresis, serum, with free light chains", [(CPT, "84165", "Protein; electrophoretic fractionation and quantitation, serum"), (L, "LAB-SPEP", "SPEP + FLC")],
                      status="active", authored="2026-10-06", reasons=[mgus], note="Annual, due 10/2027", requester=heme)
    e2 = r.encounter("2026-08-11", "AMB", "Office visit, established patient", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[htn, gerd], prac=pcp)
    r.vitals("2026-08-11", e2, sbp=130, dbp=80, hr=66, wt=92.7, ht=181.0)
    r.report(("57698-3", "Lipid panel with direct LDL - Serum or Plasma"), "2026-08-11", lipids(176, 98, 48, 150), enc=e2)
    r.note("""PCP 08/11/2026. HTN controlled on losartan. GERD controlled on omeprazole. MGUS followed by hematology.""", "2026-08-11", author=pcp, enc=e2)
    r.med("Losartan Potassium 50 MG Oral Tablet", rx="979485", authored="2026-01-05T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Omeprazole 20 MG Delayed Release Oral Capsule", rx="402014", authored="2026-01-05T09:00:00-06:00", dose="1 capsule daily", reasons=[gerd], requester=pcp)
    r.immunization("197", "Influenza, high-dose, quadrivalent", "2026-10-06")
    return r


CASES = [
    ("UNTREATABLE_PROGNOSIS", "positive", unt_p1, ["UNTREATABLE_PROGNOSIS"],
     "Stage D HFrEF (LVEF 15%) judged not a candidate for LVAD or transplant, 'no further disease-modifying options', with an active hospice referral and no second opinion on record.",
     "79M end-stage heart failure, no advanced-therapy options, hospice referral"),
    ("UNTREATABLE_PROGNOSIS", "positive", unt_p2, ["UNTREATABLE_PROGNOSIS"],
     "Decompensated alcohol-associated cirrhosis declined for transplant; hepatology note states 'no further treatment options ... beyond supportive care' and palliative-care referral is active; no second opinion.",
     "56M decompensated cirrhosis declined for transplant, told no further options"),
    ("UNTREATABLE_PROGNOSIS", "positive", unt_p3, ["UNTREATABLE_PROGNOSIS"],
     "Metastatic pancreatic adenocarcinoma, ECOG 3, oncologist states she is not a chemotherapy candidate and no cancer-directed options remain; active hospice CarePlan; no second opinion. Sporadic pancreatic ductal adenocarcinoma is not treated as an Orphanet rare disease here.",
     "66F stage IV pancreatic cancer, no chemo offered, hospice CarePlan"),
    ("UNTREATABLE_PROGNOSIS", "near-miss", unt_n1, [],
     "No-treatment signal (hospice) is present, but an outside second-opinion consultation for the same cancer is on record (2026-10-28), so the flag is suppressed; prior chemotherapy lines are stopped, none planned.",
     "69M stage IV lung cancer to hospice after an outside second opinion in October"),
    ("UNTREATABLE_PROGNOSIS", "near-miss", unt_n2, [],
     "Low-risk MGUS where 'no treatment is indicated' means no need for therapy (surveillance), not an untreatable condition; no palliative or hospice plan.",
     "67M low-risk MGUS, 'no treatment indicated', annual surveillance"),
]
