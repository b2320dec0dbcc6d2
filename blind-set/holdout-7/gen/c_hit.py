from fhirlib import *
from sites import SITES


def hit_p1(cid):
    """57M p16+ base-of-tongue SCC; definitive IMRT 70 Gy + weekly cisplatin ordered to start 2026-12-14."""
    r = Rec(cid, SITES["stbrendan"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Kevin", "Moriarty", npi="1982036475", gender="male")
    ent = r.practitioner("Lauren", "Castillo-Reyes", npi="1720493856", gender="female")
    ro = r.practitioner("Benjamin", "Okonkwo", npi="1366209485", gender="male")
    mo = r.practitioner("Alicia", "Fenwick", npi="1548302967", gender="female")
    r.patient("Michael Anthony", "Gallagher", "male", "1969-06-27", "SB-3390427", "19 Chandler St", "Worcester", "MA", "01609", "508-555-0193", gp=pcp)
    r.coverage("Harvard Pilgrim Health Care", "HMO Access America", "HPH60139284")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2018-01-01", recorded="2018-03-14")
    r.condition("Personal history of nicotine dependence", icd=("Z87.891", "Personal history of nicotine dependence"), sct=("8517006", "Ex-smoker"),
                onset="2005-01-01", recorded="2018-03-14", note="12 pack-years, quit 2005.")
    r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2020-01-01", recorded="2020-01-15")
    ca = r.condition("Squamous cell carcinoma of base of tongue, p16 positive, with right cervical nodal metastasis",
                     icd=("C01", "Malignant neoplasm of base of tongue"), local=(L, "PL-OPSCC", "Oropharyngeal SCC, HPV-associated"),
                     onset="2026-10-06", recorded="2026-10-08", stage="cT3 cN1 M0, AJCC 8th p16+ stage II")
    e1 = r.encounter("2026-09-29", "AMB", "Otolaryngology new patient", cpt=("99204", "Office or other outpatient visit, new patient, 45-59 minutes"),
                     reason="Right neck mass x 2 months", prac=ent)
    r.procedure("Flexible laryngoscopy", [(CPT, "31575", "Laryngoscopy, flexible; diagnostic")], date="2026-09-29T10:30:00-04:00", performer=ent, enc=e1,
                outcome="Exophytic right base-of-tongue lesion crossing into vallecula.")
    r.procedure("Biopsy of base of tongue, operative", [(CPT, "41105", "Biopsy of tongue; posterior one-third")], date="2026-10-06T08:30:00-04:00", performer=ent,
                reasons=[ca])
    r.report((LOINC, "22634-0", "Pathology report.gross and microscopic"), "2026-10-08", [
        dict(code=(LOINC, "22634-0", "Pathology report.gross and microscopic"), vstr="Base of tongue, right: invasive squamous cell carcinoma, nonkeratinizing; p16 strongly positive (block-type); HPV high-risk ISH positive.", interp="A")],
        cat=("SP", "Surgical Pathology"), conclusion="HPV-associated squamous cell carcinoma of the oropharynx.")
    r.report((L, "IMG-PETCT-SKULL", "PET/CT skull base to mid-thigh"), "2026-10-20", [
        dict(code=(L, "IMG-PETCT-SKULL", "PET/CT skull base to mid-thigh"), cat="imaging", vstr="FDG-avid right BOT primary 4.3 cm (SUV 14) and single right level II node 3.1 cm. No distant disease.", interp="A")],
        cat=("RAD", "Radiology"), conclusion="Locoregional disease only.")
    r.note("""Head and neck tumor board 10/28/2026. p16+ BOT SCC cT3N1M0 (stage II). Primary not favorable for transoral resection
(crosses midline into vallecula). Recommendation: definitive chemoradiation, IMRT 70 Gy/35 fx with weekly cisplatin 40 mg/m2.
Dental evaluation before RT. Baseline audiogram.""", "2026-10-28", author=ent)
    e2 = r.encounter("2026-11-04", "AMB", "Radiation oncology consult", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"), reasons=[ca], prac=ro)
    r.vitals("2026-11-04", e2, sbp=132, dbp=82, hr=70, wt=89.6, ht=180.3)
    r.note("""Radiation oncology 11/04/2026. Plan definitive IMRT 70 Gy in 35 fractions to BOT and bilateral neck with concurrent cisplatin.
Counseled on expected acute toxicity (mucositis, dysphagia, taste loss, weight loss, dermatitis, possible feeding tube) and late
effects (xerostomia, dysphagia, dental decay, osteoradionecrosis, hypothyroidism). Consent signed. Simulation 11/24.""",
           "2026-11-04", author=ro, enc=e2, loinc=("11488-4", "Consult note"))
    r.service_request("IMRT to oropharynx and bilateral neck, 70 Gy in 35 fractions (definitive, concurrent chemotherapy)",
                      [(CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"),
                       (SCT, "108290001", "Radiation oncology AND/OR radiotherapy"), (L, "RO-IMRT-HN70", "IMRT HEAD & NECK 70GY/35FX")],
                      status="active", intent="order", authored="2026-11-04", occ_period={"start": "2026-12-14", "end": "2027-02-01"},
                      reasons=[ca], requester=ro, performer=ro, category=("108290001", "Radiation oncology AND/OR radiotherapy"))
    e3 = r.encounter("2026-11-05", "AMB", "Medical oncology consult", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"), reasons=[ca], prac=mo)
    r.report(("24323-8", "Comprehensive metabolic 2000 panel - Serum or Plasma"), "2026-11-05", bmp(cr=0.92, egfr=95) + hepatic(short=True), enc=e3)
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-11-05", cbc(14.7, sex="M"), enc=e3)
    r.med("CISplatin 1 MG/ML Injectable Solution", rx="309311", intent="order", authored="2026-11-05T14:00:00-05:00",
          dose="40 mg/m2 (84 mg) IV over 1 h weekly x 7 doses during radiotherapy, first dose 12/14/2026, with hydration and antiemetics", reasons=[ca], requester=mo,
          local=(L, "ONC-REG-HN-CIS40", "H&N CISPLATIN WEEKLY 40 MG/M2 + RT"))
    r.note("""Medical oncology 11/05/2026. Fit for cisplatin: CrCl 98, baseline audiogram normal, ECOG 0. Weekly cisplatin 40 mg/m2 x 7
concurrent with IMRT starting 12/14/2026. Chemo teaching done.""", "2026-11-05", author=mo, enc=e3, loinc=("11488-4", "Consult note"))
    r.procedure("Radiation treatment simulation and planning CT", [(CPT, "77290", "Therapeutic radiology simulation-aided field setting; complex")],
                date="2026-11-24T09:00:00-05:00", reasons=[ca], performer=ro)
    r.procedure("Pre-radiation dental evaluation with extraction of 2 teeth", [(L, "DENT-EXT-PRERT", "DENTAL EXTRACTIONS PRIOR TO RT")], date="2026-11-20T13:00:00-05:00",
                reasons=[ca], outcome="Teeth #17 and #32 extracted; fluoride trays made.")
    r.med("Amlodipine 5 MG Oral Tablet", rx="197361", authored="2026-01-08T09:00:00-05:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Atorvastatin 20 MG Oral Tablet", rx="617310", authored="2026-01-08T09:00:00-05:00", dose="1 tablet daily", requester=pcp)
    return r


def hit_p2(cid):
    """71M high-risk prostate cancer on ADT since May (EBRT completed); FACT-P fell 27 points after ADT began."""
    r = Rec(cid, SITES["greatplains"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Dale", "Schroeder", npi="1609385247", gender="male")
    uro = r.practitioner("Nikhil", "Raman", npi="1790362518", gender="male")
    ro = r.practitioner("Jessica", "Haverkamp", npi="1194027385", gender="female")
    r.patient("Ronald Eugene", "Pfeifer", "male", "1955-03-16", "GP00119385", "3410 E Douglas Ave", "Wichita", "KS", "67218", "316-555-0172", gp=pcp)
    r.coverage("Medicare Part B", "Original Medicare", "2MX4-QP7-HT12", ptype=("SUBSIDIZ", "subsidized health program"))
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2012-01-01", recorded="2013-05-20")
    r.condition("Hyperlipidemia, mixed", icd=("E78.2", "Mixed hyperlipidemia"), sct=("55822004", "Hyperlipidemia"), onset="2012-01-01", recorded="2013-05-20")
    ca = r.condition("Adenocarcinoma of prostate, high risk", icd=("C61", "Malignant neoplasm of prostate"), sct=("399068003", "Malignant tumor of prostate"),
                     onset="2026-03-10", recorded="2026-03-14", stage="cT2c N0 M0 (PSMA PET), Gleason 4+4 (GG4), PSA 22; NCCN high risk")
    r.report((LOINC, "22634-0", "Pathology report.gross and microscopic"), "2026-03-12", [
        dict(code=(LOINC, "22634-0", "Pathology report.gross and microscopic"), vstr="Prostate, 12-core biopsy: adenocarcinoma, Gleason 4+4=8 (Grade Group 4) in 6 of 12 cores, max 70%.", interp="A")],
        cat=("SP", "Surgical Pathology"), conclusion="Prostatic adenocarcinoma, Grade Group 4.")
    r.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), 22.4, "ng/mL", "2026-02-18", low=0, high=4.0)
    e1 = r.encounter("2026-04-28", "AMB", "Urology/radiation oncology multidisciplinary clinic", cpt=("99205", "Office or other outpatient visit, new patient, 60-74 minutes"), reasons=[ca], prac=uro)
    r.score((L, "FACTP-TOT", "FACT-P (Functional Assessment of Cancer Therapy - Prostate) total score"), 124, "2026-04-28", enc=e1,
            note="Baseline before androgen deprivation. Range 0-156, higher = better.")
    r.note("""Multidisciplinary GU clinic 04/28/2026. High-risk localized prostate cancer. Options reviewed: radical prostatectomy vs EBRT with
18-24 months ADT. Patient chose EBRT + ADT. Start leuprolide now; radiation after 2-3 months of ADT.
Baseline FACT-P 124.""", "2026-04-28", author=uro, enc=e1, loinc=("11488-4", "Consult note"))
    adt = r.med("Leuprolide acetate 22.5 MG injection, depot (3-month)", rx="42375", hcpcs=("J9217", "Leuprolide acetate (for depot suspension), 7.5 mg"),
                intent="order", authored="2026-05-12T10:00:00-05:00", dose="22.5 mg IM every 12 weeks for 18 months", reasons=[ca], requester=uro,
                local=(L, "ONC-ADT-LEU22", "LEUPROLIDE 22.5 MG DEPOT"))
    r.procedure("Leuprolide depot injection", [(CPT, "96402", "Chemotherapy administration, subcutaneous or intramuscular; hormonal anti-neoplastic")], date="2026-05-12T10:30:00-05:00", reasons=[ca])
    r.procedure("Leuprolide depot injection", [(CPT, "96402", "Chemotherapy administration, subcutaneous or intramuscular; hormonal anti-neoplastic")], date="2026-08-04T10:30:00-05:00", reasons=[ca])
    r.procedure("Leuprolide depot injection", [(CPT, "96402", "Chemotherapy administration, subcutaneous or intramuscular; hormonal anti-neoplastic")], date="2026-10-27T10:30:00-05:00", reasons=[ca])
    r.procedure("External beam radiotherapy to prostate and seminal vesicles, 70 Gy in 28 fractions (IMRT/IGRT)",
                [(CPT, "77385", "Intensity modulated radiation treatment delivery (IMRT), includes guidance and tracking, when performed; simple"), (SCT, "108290001", "Radiation oncology AND/OR radiotherapy")],
                period={"start": "2026-07-13", "end": "2026-08-19"}, reasons=[ca], performer=ro)
    e2 = r.encounter("2026-08-25", "AMB", "Radiation oncology end-of-treatment visit", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[ca], prac=ro)
    r.score((L, "FACTP-TOT", "FACT-P (Functional Assessment of Cancer Therapy - Prostate) total score"), 106, "2026-08-25", enc=e2)
    r.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), 1.1, "ng/mL", "2026-08-25", low=0, high=4.0, enc=e2)
    r.note("""RT completion 08/25/2026. Completed 70 Gy/28 fx. Grade 1 urinary frequency. Hot flashes 8-10/day, fatigue, low libido on ADT.
FACT-P 106 (baseline 124).""", "2026-08-25", author=ro, enc=e2)
    e3 = r.encounter("2026-11-17", "AMB", "Urology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[ca], prac=uro)
    r.vitals("2026-11-17", e3, sbp=134, dbp=80, hr=74, wt=92.8)
    r.score((L, "FACTP-TOT", "FACT-P (Functional Assessment of Cancer Therapy - Prostate) total score"), 97, "2026-11-17", enc=e3)
    r.obs(("2857-1", "Prostate specific Ag [Mass/volume] in Serum or Plasma"), 0.2, "ng/mL", "2026-11-17", low=0, high=4.0, enc=e3)
    r.obs(("2986-8", "Testosterone [Mass/volume] in Serum or Plasma"), 18, "ng/dL", "2026-11-17", low=264, high=916, enc=e3, note="Castrate level, expected on ADT.")
    r.note("""Urology 11/17/2026. PSA 0.2, testosterone castrate. Marked treatment burden from ADT: hot flashes disrupting sleep, fatigue, weight
gain 4 kg, loss of muscle strength, low mood, stopped golfing. FACT-P down to 97 from 124 at baseline. Plan: continue leuprolide to
complete 18 months (through 11/2027); venlafaxine for hot flashes; resistance exercise; DEXA ordered.""", "2026-11-17", author=uro, enc=e3)
    r.med("Venlafaxine 37.5 MG Extended Release Oral Capsule", rx="313580", authored="2026-11-17T11:00:00-06:00", dose="1 capsule daily", reasons=[ca], requester=uro)
    r.med("Losartan Potassium 50 MG Oral Tablet", rx="979485", authored="2026-01-10T09:00:00-06:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.service_request("DXA bone density, axial skeleton", [(CPT, "77080", "Dual-energy X-ray absorptiometry (DXA), bone density study, 1 or more sites; axial skeleton")],
                      status="active", authored="2026-11-17", occurrence="2026-12-08", reasons=[ca], requester=uro)
    return r


def hit_p3(cid):
    """58M dialysis-dependent AKI after pneumococcal septic shock; outpatient in-centre haemodialysis started 2026-11-03."""
    r = Rec(cid, SITES["piedmont"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Angela", "Pruitt", npi="1336920485", gender="female")
    icu = r.practitioner("Samir", "Haddad", npi="1467093825", gender="male")
    neph = r.practitioner("Olivia", "Brandt", npi="1851029463", gender="female")
    dial = r.organization("Upstate Kidney Center - Woodruff Rd", "Greenville", "SC", npi="1902746381", line="1025 Woodruff Rd")
    r.patient("Anthony Lee", "Hutchins", "male", "1968-01-23", "PV0592014", "205 Rutherford Rd", "Greenville", "SC", "29609", "864-555-0145", gp=pcp)
    r.coverage("Cigna", "Open Access Plus", "U48201937-01")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2019-01-01", recorded="2019-06-12")
    e0 = r.encounter("2026-06-10", "AMB", "Preventive visit, established patient 40-64", cpt=("99396", "Periodic comprehensive preventive medicine reevaluation, 40-64 years"), prac=pcp)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-06-10", bmp(cr=0.92, egfr=94), enc=e0)
    e1 = r.encounter("2026-10-08", "IMP", "Inpatient admission (ICU)", reason="Septic shock, pneumonia", prac=icu, end="2026-10-30", admit=("emd", "From accident/emergency department"),
                     dispo=("home", "Home"), tstart="05:40")
    pna = r.condition("Pneumonia due to Streptococcus pneumoniae", icd=("J13", "Pneumonia due to Streptococcus pneumoniae"), sct=("233607000", "Pneumococcal pneumonia"),
                      onset="2026-10-06", clinical="resolved", abate="2026-10-28", cat="encounter-diagnosis", enc=e1)
    r.condition("Septic shock", icd=("R65.21", "Severe sepsis with septic shock"), sct=("76571007", "Septic shock"), onset="2026-10-08", clinical="resolved",
                abate="2026-10-14", cat="encounter-diagnosis", enc=e1)
    aki = r.condition("Acute kidney injury due to acute tubular necrosis, dialysis-requiring", icd=("N17.0", "Acute kidney failure with tubular necrosis"),
                      sct=("14669001", "Acute kidney injury"), onset="2026-10-08", recorded="2026-10-09", enc=e1)
    r.condition("Dependence on renal dialysis", icd=("Z99.2", "Dependence on renal dialysis"), sct=("105502003", "Dependence on renal dialysis"), onset="2026-10-09", recorded="2026-10-30")
    r.procedure("Continuous renal replacement therapy (CVVHDF)", [(CPT, "90945", "Dialysis procedure other than hemodialysis (eg, peritoneal dialysis, hemofiltration, or other continuous renal replacement therapies), with single evaluation by a physician")],
                period={"start": "2026-10-09", "end": "2026-10-14"}, reasons=[aki], performer=neph, enc=e1)
    r.procedure("Insertion of tunneled hemodialysis catheter, right internal jugular", [(CPT, "36558", "Insertion of tunneled centrally inserted central venous catheter, without subcutaneous port or pump; age 5 years or older")],
                date="2026-10-27T11:00:00-04:00", reasons=[aki], enc=e1)
    r.note("""Discharge summary 10/30/2026. Pneumococcal pneumonia with septic shock (3 pressors), intubated 6 days. Oliguric AKI from ATN,
CRRT then intermittent HD. Renal function has not recovered (UOP ~300 mL/day, creatinine rising off dialysis).
Discharged dialysis-dependent to outpatient in-center HD MWF via tunneled RIJ catheter.""", "2026-10-30", loinc=("18842-5", "Discharge summary"), author=icu, enc=e1)
    r.service_request("Outpatient in-center hemodialysis, 3 times weekly (MWF), 4 h", [(CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"),
                      (SCT, "302497006", "Hemodialysis"), (L, "NEPH-HD-OP", "OUTPATIENT HEMODIALYSIS CHRONIC SCHEDULE")], status="active", intent="order",
                      authored="2026-10-29", occ_period={"start": "2026-11-03"}, reasons=[aki], requester=neph, performer=dial,
                      note="Dialysis-requiring AKI (AKI-D). Reassess for renal recovery weekly; hold HD if pre-dialysis BUN/creatinine falling and UOP rising.")
    r.procedure("Hemodialysis, outpatient (3x weekly)", [(CPT, "90935", "Hemodialysis procedure with single evaluation by a physician or other qualified health care professional"), (SCT, "302497006", "Hemodialysis")],
                status="in-progress", period={"start": "2026-11-03"}, reasons=[aki], performer=neph)
    e2 = r.encounter("2026-11-24", "AMB", "Nephrology visit at dialysis unit", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[aki], prac=neph, org=dial)
    r.vitals("2026-11-24", e2, sbp=146, dbp=88, hr=80, wt=84.2)
    r.report((L, "LAB-PREHD", "Pre-dialysis chemistry"), "2026-11-24", [
        dict(code=("3094-0", "Urea nitrogen [Mass/volume] in Serum or Plasma"), value=68, unit="mg/dL", low=7, high=20),
        dict(code=("2160-0", "Creatinine [Mass/volume] in Serum or Plasma"), value=6.9, unit="mg/dL", low=0.57, high=1.25),
        dict(code=("2823-3", "Potassium [Moles/volume] in Serum or Plasma"), value=5.0, unit="mmol/L", low=3.5, high=5.1),
        dict(code=("718-7", "Hemoglobin [Mass/volume] in Blood"), value=9.4, unit="g/dL", low=13.5, high=17.5)], enc=e2)
    r.note("""Nephrology 11/24/2026. Week 4 of outpatient HD for AKI-D. Urine output ~400 mL/day. Interdialytic creatinine still high; no meaningful
renal recovery yet. Continue HD MWF. Discussed possibility that dialysis becomes long-term; AV fistula evaluation deferred to
January if no recovery. Renal diet, fluid restriction 1.5 L. Patient finding schedule very hard - on leave from work.""",
           "2026-11-24", author=neph, enc=e2)
    r.med("Amlodipine 10 MG Oral Tablet", rx="308135", authored="2026-10-30T12:00:00-04:00", dose="1 tablet daily", reasons=[htn], requester=neph)
    r.med("Sevelamer carbonate 800 MG Oral Tablet", rx="830861", authored="2026-11-24T12:00:00-05:00", dose="1 tablet with each meal", reasons=[aki], requester=neph)
    r.immunization("216", "Pneumococcal conjugate vaccine 20-valent", "2026-11-24")
    return r


def hit_n1(cid):
    """62F stage IA breast cancer 2021: lumpectomy, RT and 5 years of anastrozole completed; surveillance only."""
    r = Rec(cid, SITES["capitol"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Yolanda", "Harrington", npi="1154830269", gender="female")
    onc = r.practitioner("Samuel", "Greenberg", npi="1285039164", gender="male")
    r.patient("Carol Ann", "Whitfield", "female", "1964-08-04", "CH6620418", "4405 Forest Hill Ave", "Richmond", "VA", "23225", "804-555-0168", gp=pcp)
    r.coverage("Aetna", "Aetna Choice POS II", "W199203847")
    ca = r.condition("Malignant neoplasm of upper-outer quadrant of left female breast, ER+/PR+/HER2-", icd=("C50.412", "Malignant neoplasm of upper-outer quadrant of left female breast"),
                     sct=("254837009", "Malignant neoplasm of breast"), onset="2021-03-02", clinical="remission", recorded="2021-03-05", stage="pT1c pN0 (sn) M0, stage IA")
    r.condition("Personal history of malignant neoplasm of breast", icd=("Z85.3", "Personal history of malignant neoplasm of breast"), onset="2021-03-02", recorded="2026-07-20")
    htn = r.condition("Essential hypertension", icd=("I10", "Essential (primary) hypertension"), sct=("59621000", "Essential hypertension"), onset="2016-01-01", recorded="2016-04-01")
    ost = r.condition("Osteopenia", sct=("312894000", "Osteopenia"), onset="2022-06-01", recorded="2022-06-20", note="DXA T-score -1.8 lumbar spine.")
    r.procedure("Partial mastectomy (lumpectomy) with sentinel lymph node biopsy, left", [(CPT, "19301", "Mastectomy, partial (eg, lumpectomy, tylectomy, quadrantectomy, segmentectomy)")],
                date="2021-04-06", reasons=[ca], outcome="Margins negative; 0/2 sentinel nodes.")
    r.procedure("Whole-breast radiotherapy, left, 40 Gy in 15 fractions", [(SCT, "108290001", "Radiation oncology AND/OR radiotherapy")],
                period={"start": "2021-05-10", "end": "2021-05-28"}, reasons=[ca])
    r.medstmt("Anastrozole 1 MG Oral Tablet", rx="199224", status="completed", start="2021-07-01", end="2026-07-01", reasons=[ca], dose="1 tablet daily",
              note="5 years of adjuvant endocrine therapy completed.")
    e1 = r.encounter("2026-10-19", "AMB", "Survivorship clinic", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[ca], prac=onc)
    r.vitals("2026-10-19", e1, sbp=128, dbp=76, hr=72, wt=68.4, ht=165.1)
    r.report((LOINC, "24606-6", "MG Breast Screening"), "2026-10-12", [
        dict(code=(LOINC, "24606-6", "MG Breast Screening"), cat="imaging", vstr="Post-lumpectomy changes left breast, stable. No suspicious mass or calcifications.",
             interp="N"),
        dict(code=(L, "BIRADS", "BI-RADS assessment category"), cat="imaging", vstr="BI-RADS 2: Benign", interp="N")],
        cat=("RAD", "Radiology"), conclusion="BI-RADS 2, benign. Annual mammography.")
    r.report((L, "IMG-DXA", "DXA bone density"), "2026-10-12", [
        dict(code=(L, "DXA-TSPINE", "DXA lumbar spine T-score"), value=-1.7, unit="{T-score}", cat="imaging", interp="A", rr_text="Normal >= -1.0; osteopenia -1.0 to -2.5")],
        cat=("RAD", "Radiology"), conclusion="Osteopenia, stable from 2024.")
    r.note("""Survivorship 10/19/2026. 5.5 years from stage IA ER+ left breast cancer treated with lumpectomy, whole-breast RT (2021) and 5 years of
anastrozole (completed 07/2026). No evidence of recurrence. Mammogram BI-RADS 2. Bone density stable on calcium/vitamin D.
No further adjuvant therapy recommended (extended endocrine therapy discussed; low recurrence risk, patient declines).
Annual mammogram and clinical exam; transition to PCP-led survivorship care.""", "2026-10-19", author=onc, enc=e1)
    e2 = r.encounter("2026-06-15", "AMB", "Office visit, established patient", cpt=("99213", "Office or other outpatient visit, established patient, 20-29 minutes"), reasons=[htn], prac=pcp)
    r.report(("51990-0", "Basic metabolic panel - Blood"), "2026-06-15", bmp(cr=0.78, egfr=86), enc=e2)
    r.note("""PCP 06/15/2026. HTN controlled on valsartan. Finishing anastrozole next month.""", "2026-06-15", author=pcp, enc=e2)
    r.med("Valsartan 80 MG Oral Tablet", rx="349199", authored="2026-01-12T09:00:00-05:00", dose="1 tablet daily", reasons=[htn], requester=pcp)
    r.med("Calcium carbonate 600 MG / Vitamin D3 400 UNT Oral Tablet", authored="2022-06-20T09:00:00-05:00", dose="1 tablet twice daily", reasons=[ost], requester=onc)
    r.service_request("Screening mammogram, bilateral, with tomosynthesis", [(CPT, "77067", "Screening mammography, bilateral (2-view study of each breast), including computer-aided detection (CAD) when performed")],
                      status="active", authored="2026-10-19", reasons=[ca], note="Annual, due 10/2027", requester=onc)
    return r


def hit_n2(cid):
    """44M ulcerative pancolitis in remission on vedolizumab; colectomy/ileostomy discussed in 2025 but not needed."""
    r = Rec(cid, SITES["stbrendan"]); L = r.site["local"]
    r.main_org()
    pcp = r.practitioner("Diane", "Fitzgerald", npi="1750394826", gender="female")
    gi = r.practitioner("Omar", "Haddadin", npi="1093582746", gender="male")
    crs = r.practitioner("Elizabeth", "Marchetti", npi="1669203485", gender="female")
    r.patient("Jason Michael", "Albrecht", "male", "1982-10-14", "SB-7718204", "312 Park Ave", "Worcester", "MA", "01610", "508-555-0131", gp=pcp)
    r.coverage("Tufts Health Plan", "Tufts Navigator", "THP40219835")
    uc = r.condition("Ulcerative pancolitis", icd=("K51.00", "Ulcerative (chronic) pancolitis without complications"), sct=("64766004", "Ulcerative colitis"),
                     onset="2019-05-01", recorded="2019-06-10", note="Steroid-dependent 2024; failed mesalamine and adalimumab (secondary loss of response).")
    r.condition("Clostridioides difficile colitis", icd=("A04.72", "Enterocolitis due to Clostridium difficile, not specified as recurrent"), sct=("423590009", "Clostridium difficile colitis"),
                onset="2024-11-02", clinical="resolved", abate="2024-11-20", recorded="2024-11-02")
    r.note("""Colorectal surgery consult 03/11/2025. Refractory UC at the time. Discussed total proctocolectomy with end ileostomy or ileal pouch-anal
anastomosis if vedolizumab fails. Surgery not indicated now; medical therapy first. Return if refractory.""", "2025-03-11",
           author=crs, loinc=("11488-4", "Consult note"))
    vedo = r.med("Vedolizumab 300 MG Injection", rx="1538097", authored="2025-04-01T09:00:00-04:00", dose="300 mg IV every 8 weeks (after induction)", reasons=[uc], requester=gi)
    e1 = r.encounter("2025-12-09", "AMB", "Gastroenterology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[uc], prac=gi)
    r.score((L, "SIBDQ-TOT", "Short Inflammatory Bowel Disease Questionnaire (SIBDQ) total score"), 44, "2025-12-09", enc=e1, note="Range 10-70, higher = better.")
    r.obs(("38445-3", "Calprotectin [Mass/mass] in Stool"), 310, "ug/g", "2025-12-09", low=0, high=50, enc=e1, ucum="ug/g")
    e2 = r.encounter("2026-05-19", "AMB", "Gastroenterology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[uc], prac=gi)
    r.score((L, "SIBDQ-TOT", "Short Inflammatory Bowel Disease Questionnaire (SIBDQ) total score"), 55, "2026-05-19", enc=e2)
    r.obs(("38445-3", "Calprotectin [Mass/mass] in Stool"), 96, "ug/g", "2026-05-19", low=0, high=50, enc=e2, ucum="ug/g")
    r.procedure("Colonoscopy with biopsies", [(CPT, "45380", "Colonoscopy, flexible; with biopsy, single or multiple"), (SCT, "73761001", "Colonoscopy")],
                date="2026-06-16T08:45:00-04:00", reasons=[uc], performer=gi, outcome="Mayo endoscopic subscore 1; no dysplasia on surveillance biopsies.")
    e3 = r.encounter("2026-11-10", "AMB", "Gastroenterology follow-up", cpt=("99214", "Office or other outpatient visit, established patient, 30-39 minutes"), reasons=[uc], prac=gi)
    r.vitals("2026-11-10", e3, sbp=122, dbp=76, hr=68, wt=79.9)
    r.score((L, "SIBDQ-TOT", "Short Inflammatory Bowel Disease Questionnaire (SIBDQ) total score"), 61, "2026-11-10", enc=e3)
    r.obs(("38445-3", "Calprotectin [Mass/mass] in Stool"), 38, "ug/g", "2026-11-10", low=0, high=50, enc=e3, ucum="ug/g")
    r.report(("58410-2", "CBC panel - Blood by Automated count"), "2026-11-10", cbc(14.6, sex="M"), enc=e3)
    r.obs(("1988-5", "C reactive protein [Mass/volume] in Serum or Plasma"), 2.1, "mg/L", "2026-11-10", low=0, high=8, enc=e3)
    r.note("""GI 11/10/2026. Clinical and biochemical remission on vedolizumab q8w: 1-2 formed stools/day, no blood. Calprotectin 38.
SIBDQ 61 (44 a year ago). Steroid-free since 08/2025. Surgery no longer under consideration. Continue vedolizumab; surveillance
colonoscopy 2028.""", "2026-11-10", author=gi, enc=e3)
    r.procedure("Vedolizumab IV infusion", [(CPT, "96365", "Intravenous infusion, for therapy, prophylaxis, or diagnosis; initial, up to 1 hour")],
                date="2026-11-10T13:00:00-05:00", reasons=[uc])
    r.immunization("141", "Influenza, seasonal, injectable", "2026-10-02")
    return r


CASES = [
    ("HIGH_IMPACT_TREATMENT", "positive", hit_p1, ["HIGH_IMPACT_TREATMENT"],
     "Definitive chemoradiation ordered: IMRT 70 Gy/35 fx (active ServiceRequest, start 2026-12-14) with weekly cisplatin (active MedicationRequest).",
     "57M HPV+ oropharyngeal cancer, chemoradiation starts mid-December"),
    ("HIGH_IMPACT_TREATMENT", "positive", hit_p2, ["HIGH_IMPACT_TREATMENT"],
     "Ongoing androgen deprivation (after completed pelvic radiotherapy) with FACT-P falling from 124 (pre-treatment) to 97, well beyond its MCID (~6-10 points). Not a worsening-despite-treatment case: the baseline predates ADT and the cancer is responding (PSA 22 -> 0.2).",
     "71M prostate cancer on ADT, FACT-P down 27 points since starting"),
    ("HIGH_IMPACT_TREATMENT", "positive", hit_p3, ["HIGH_IMPACT_TREATMENT"],
     "Outpatient in-centre haemodialysis started 2026-11-03 for dialysis-requiring AKI (active order, in-progress procedure) with possible long-term dependence.",
     "58M started on outpatient haemodialysis after septic-shock AKI"),
    ("HIGH_IMPACT_TREATMENT", "near-miss", hit_n1, [],
     "Breast cancer treatment (lumpectomy, radiotherapy, anastrozole) all completed years or months ago; only surveillance imaging is planned.",
     "62F breast cancer survivor, all treatment completed, surveillance only"),
    ("HIGH_IMPACT_TREATMENT", "near-miss", hit_n2, [],
     "Colectomy with ileostomy was only discussed in 2025 as a contingency; UC is now in remission on vedolizumab with improving SIBDQ and no surgery planned.",
     "44M ulcerative colitis in remission; ileostomy once discussed, not planned"),
]
