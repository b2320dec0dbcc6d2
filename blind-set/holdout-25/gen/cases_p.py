from quick import *
from cases_m import case, CASES

PFT = lambda b, d, fev1p, fvcp, ratio, dlco=None, enc=None, fev1l=None, fvcl=None: [
    b.obs(L("20152-5", "FEV1 measured/predicted"), d, fev1p, "%", low=80, interp="N" if fev1p >= 80 else "L", cat="procedure", enc=enc),
    b.obs(L("19876-2", "FVC measured/predicted"), d, fvcp, "%", low=80, interp="N" if fvcp >= 80 else "L", cat="procedure", enc=enc),
    b.obs(L("19926-5", "FEV1/FVC"), d, ratio, "{ratio}", "1", low=0.70, interp="N" if ratio >= 0.70 else "L", cat="procedure", enc=enc)] + (
    [b.obs(L("19911-7", "Diffusion capacity.carbon monoxide measured/predicted"), d, dlco, "%", low=75, interp="N" if dlco >= 75 else "L", cat="procedure", enc=enc)] if dlco else []) + (
    [b.obs(L("20150-9", "FEV1"), d, fev1l, "L", low=None, cat="procedure", enc=enc)] if fev1l else []) + (
    [b.obs(L("19870-5", "Forced vital capacity [Volume] Respiratory system"), d, fvcl, "L", cat="procedure", enc=enc)] if fvcl else [])


@case("p_cough_cva", "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "near-miss", [],
      "Chronic cough on 3 visits over 12 weeks with normal CXR and spirometry, but methacholine challenge was positive and cough-variant asthma was diagnosed; cough resolved on ICS-formoterol - the symptom is explained.",
      "Chronic cough with normal CXR/spirometry, then positive methacholine challenge: cough-variant asthma, resolved on treatment")
def p_cough_cva(cid):
    b, org, (pcp, pul), _ = base(cid, "P", "cascade", "Vanderpool", ["Heather", "L"], "female", "1982-04-23", "CPS-0081723",
                                home("4821 SE Lincoln St", "Portland", "OR", "97215"), [("Hale", ["Jonathan"], "Dr.", None, "MD, Internal Medicine (referring)"), ("Ishikawa", ["Mei"], "Dr.", None, "MD, Pulmonary Medicine")],
                                cov=("Regence BlueCross BlueShield of Oregon", "PPO:Regence Preferred PPO", "ZGX448190221"))
    cough = S("68154008", "Chronic cough", "R05.3", "Chronic cough")
    b.cond(cough, "2026-04-01", status="resolved", abate="2026-10-27", recorded="2026-05-12", recorder=pcp)
    a = b.cond(S("11641008", "Cough variant asthma", "J45.991", "Cough variant asthma"), "2026-08-25", recorder=pul)
    b.cond(I("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2020-01-01")
    e1 = visit(b, "2026-06-23", org, pul, "Chronic cough x 3 months", code="99204", disp="Office or other outpatient visit, new patient")
    b.cond(cough, "2026-04-01", cat="encounter-diagnosis", enc=e1, recorded="2026-06-23", status="resolved", abate="2026-10-27")
    b.obs(L("36643-5", "XR Chest 2 Views"), "2026-05-12", value_str="Normal chest radiograph.", cat="imaging", interp="N")
    PFT(b, "2026-06-23", 97, 101, 0.79, enc=e1)
    b.obs({"text": "Fractional exhaled nitric oxide (FeNO)"}, "2026-06-23", 22, "ppb", high=25, interp="N", cat="procedure", enc=e1)
    e2 = visit(b, "2026-08-04", org, pul, "Cough persists despite 8 wk PPI trial")
    b.cond(cough, "2026-04-01", cat="encounter-diagnosis", enc=e2, recorded="2026-08-04", status="resolved", abate="2026-10-27")
    mc = b.obs({"text": "Methacholine challenge PC20"}, "2026-08-18", 1.8, "mg/mL", low=16, interp="A", cat="procedure", note="Positive: PC20 1.8 mg/mL; cough reproduced.")
    b.proc(P("94070", "Bronchospasm provocation evaluation, multiple spirometric determinations"), date="2026-08-18", performer=pul)
    e3 = visit(b, "2026-08-25", org, pul, "Results - methacholine challenge")
    b.medreq(R("1246306", "budesonide 160 MCG/ACTUAT / formoterol fumarate 4.5 MCG/ACTUAT Metered Dose Inhaler"), "2026-08-25", dose="2 puffs BID and PRN (MART)", reason=a, requester=pul)
    b.medreq(R("198051", "omeprazole 20 MG Delayed Release Oral Capsule"), "2026-05-12", status="stopped", dose="stopped after 8-wk trial, no benefit", requester=pcp)
    e4 = visit(b, "2026-10-27", org, pul, "Asthma follow-up")
    b.obs({"text": "Leicester Cough Questionnaire total score"}, "2026-08-04", 11.2, "{score}", cat="survey", enc=e2)
    b.obs({"text": "Leicester Cough Questionnaire total score"}, "2026-10-27", 19.6, "{score}", cat="survey", enc=e4)
    b.note("2026-10-27", "Pulmonary follow-up", """
44 y/o with 6 months chronic dry cough. CXR, spirometry, FeNO normal; PPI trial no help. Methacholine PC20 1.8 mg/mL -> cough-variant asthma.
On budesonide-formoterol MART since 8/25: cough essentially resolved, sleeping through the night, LCQ 11.2 -> 19.6.
Plan: continue, step down in 3 months if controlled. Cough resolved.""", author=pul, enc=e4)
    b.imm("150", "Influenza, injectable, quadrivalent, preservative free", "2026-10-01", "FL2290C")
    return b


@case("p_copd_mislabel", "DIAGNOSIS_SYMPTOM_MISMATCH", "positive", ["DIAGNOSIS_SYMPTOM_MISMATCH"],
      "Never-smoker carrying a COPD diagnosis since 2023 with continuing, worsening dyspnoea, but current spirometry shows no obstruction (FEV1/FVC 0.84) with restriction (FVC 61%), DLCO 44%, bibasilar crackles, clubbing and exertional desaturation - findings COPD cannot explain.",
      "Never-smoker labelled COPD for 3 years; restrictive PFTs, low DLCO and crackles don't fit")
def p_copd_mislabel(cid):
    b, org, (np_, pul), _ = base(cid, "P", "lakeshore", "Kaminski", ["Dorota"], "female", "1968-01-30", "LCS-2290417",
                                home("5512 W Addison St", "Chicago", "IL", "60641"), [("Greer", ["Allison"], "", None, "APRN, Pulmonary clinic"), ("Bamgbose", ["Tunde"], "Dr.", None, "MD, Pulmonary & Critical Care")],
                                cov=("Blue Cross and Blue Shield of Illinois", "HMO:Blue Precision HMO", "XOF882013774"))
    copd = b.cond(S("13645005", "Chronic obstructive lung disease", "J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2023-03-14", recorder=np_,
                  note="Dx by PCP 2023 on symptoms; 2023 spirometry 'borderline' (post-BD ratio 0.71). Never smoker; worked 20 yrs in a commercial bakery.")
    b.cond(I("E03.9", "Hypothyroidism, unspecified"), "2012-01-01")
    b.cond(I("J18.9", "Pneumonia, unspecified organism"), "2024-01-10", status="resolved", abate="2024-02-01")
    b.obs(L("72166-2", "Tobacco smoking status"), "2026-10-06", value_cc=cc((SCT, "266919005", "Never smoked tobacco")), cat="social-history")
    dysp = S("267036007", "Dyspnea", "R06.09", "Other forms of dyspnea")
    e1 = visit(b, "2025-10-07", org, np_, "COPD follow-up")
    b.obs({"text": "mMRC dyspnea scale"}, "2025-10-07", 2, "{grade}", cat="survey", enc=e1)
    e2 = visit(b, "2026-10-06", org, np_, "COPD follow-up - worse breathlessness")
    b.cond(dysp, "2025-06-01", cat="encounter-diagnosis", enc=e2, recorded="2026-10-06")
    b.obs({"text": "mMRC dyspnea scale"}, "2026-10-06", 3, "{grade}", cat="survey", enc=e2)
    res = PFT(b, "2026-10-06", 63, 61, 0.84, 44, enc=e2)
    b.dr(L("81459-0", "Pulmonary function study panel"), "2026-10-06", res, "No airflow obstruction. Reduced FVC suggests restriction - recommend lung volumes. Moderately-severely reduced DLCO.", cat=("PF", "Pulmonary Function"), performer=pul)
    b.obs({"text": "6 minute walk - lowest SpO2"}, "2026-10-06", 85, "%", low=88, interp="L", cat="procedure", enc=e2, note="6MWD 298 m; SpO2 95% -> 85% on RA.")
    b.obs({"text": "Lung auscultation"}, "2026-10-06", value_str="Fine bibasilar inspiratory crackles ('velcro'). Digital clubbing.", cat="exam", interp="A", enc=e2)
    b.obs(L("36643-5", "XR Chest 2 Views"), "2025-10-07", value_str="Low lung volumes. Increased reticular markings at both bases. No hyperinflation.", cat="imaging", interp="A")
    b.medreq(R("1605072", "fluticasone furoate 100 MCG/ACTUAT / umeclidinium 62.5 MCG/ACTUAT / vilanterol 25 MCG/ACTUAT Dry Powder Inhaler"), "2024-05-01", dose="1 inhalation daily", reason=copd, requester=np_)
    b.medreq(R("745679", "albuterol 90 MCG/ACTUAT Metered Dose Inhaler"), "2023-03-14", dose="2 puffs q4h PRN - using 4-5x/day", reason=copd, requester=np_)
    b.medreq(R("966222", "levothyroxine sodium 0.075 MG Oral Tablet"), "2012-01-01", dose="75 mcg daily")
    b.note("2026-10-06", "Pulmonary clinic follow-up", """
58 y/o never-smoker with COPD (dx 2023) on Trelegy + PRN albuterol. Progressive exertional dyspnea over the past year, mMRC 2 -> 3. Dry cough. No exacerbations.
Exam: bibasilar velcro crackles, clubbing. 6MWD 298 m, nadir SpO2 85%.
Spirometry today: FEV1 63%, FVC 61%, ratio 0.84, DLCO 44%.
A/P: COPD - dyspnea worse. Continue Trelegy, albuterol PRN, pulmonary rehab referral. Ambulatory O2 qualification next visit. RTC 3 months.""", author=np_, enc=e2)
    b.sr(cc((CPT, "94625", "Physician or other qualified health care professional services for outpatient pulmonary rehabilitation; with continuous oximetry monitoring")), "2026-10-06", requester=np_, reason=copd)
    return b


@case("p_osa_explained", "DIAGNOSIS_SYMPTOM_MISMATCH", "near-miss", [],
      "Catch-all chronic fatigue label was superseded when polysomnography showed severe OSA; the label is resolved, CPAP is used and sleepiness resolved (ESS 17 -> 6) - the diagnosis explains the symptoms.",
      "Truck driver with 'chronic fatigue' label replaced by severe OSA diagnosis; fatigue gone on CPAP")
def p_osa_explained(cid):
    b, org, (slp, rt), _ = base(cid, "P", "sonoran", "Whitehorse", ["Dale", "R"], "male", "1979-08-02", "SLS-7718204",
                               home("2650 W Pinnacle Peak Rd", "Phoenix", "AZ", "85027"), [("Mendoza", ["Ana"], "Dr.", None, "MD, Sleep Medicine"), ("Ford", ["Kyle"], "", None, "RRT, Sleep lab")],
                               cov=("UnitedHealthcare", "CHOICE:UHC Choice Plus", "918223045"))
    b.cond(I("R53.82", "Chronic fatigue, unspecified"), "2025-11-04", status="resolved", abate="2026-08-05", note="Problem resolved - see OSA.")
    osa = b.cond(S("78275009", "Obstructive sleep apnea syndrome", "G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2026-08-05", recorder=slp)
    b.cond(I("E66.811", "Obesity, class 1"), "2020-01-01")
    e1 = visit(b, "2026-07-08", org, slp, "Daytime sleepiness, snoring, fatigue", code="99204", disp="Office or other outpatient visit, new patient")
    b.obs({"text": "Epworth Sleepiness Scale total score"}, "2026-07-08", 17, "{score}", high=10, interp="H", cat="survey", enc=e1)
    b.vital("bmi", "2026-07-08", 33.4, e1); b.bp("2026-07-08", 136, 86, e1)
    ahi = b.obs({"text": "Apnea-hypopnea index (AHI)"}, "2026-07-29", 41.6, "/h", high=5, interp="H", cat="procedure")
    nad = b.obs({"text": "Oxygen saturation nadir during sleep"}, "2026-07-29", 78, "%", low=88, interp="L", cat="procedure")
    b.dr(L("28633-6", "Polysomnography (sleep) study"), "2026-07-29", [ahi, nad], "Severe obstructive sleep apnea, AHI 41.6/h, nadir SpO2 78%.", cat=("OTH", "Other"), performer=slp)
    b.proc(P("95810", "Polysomnography; age 6 years or older, sleep staging with 4 or more additional parameters of sleep, attended"), date="2026-07-29", performer=rt)
    b.sr(cc((HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device")), "2026-08-05", status="completed", requester=slp, reason=osa)
    e3 = visit(b, "2026-11-10", org, slp, "CPAP follow-up")
    b.obs({"text": "Epworth Sleepiness Scale total score"}, "2026-11-10", 6, "{score}", high=10, interp="N", cat="survey", enc=e3)
    b.obs({"text": "CPAP adherence - nights with use >= 4 h (last 30 days)"}, "2026-11-10", 87, "%", cat="procedure", enc=e3)
    b.obs({"text": "Residual AHI (device download)"}, "2026-11-10", 2.1, "/h", high=5, interp="N", cat="procedure", enc=e3)
    b.note("2026-11-10", "Sleep medicine follow-up", """
47 y/o CDL driver. Previously carried 'chronic fatigue' on PCP problem list (11/2025) after normal labs. PSG 7/29: severe OSA AHI 41.6.
On auto-CPAP 5-15 cm since 8/20. Adherence 87%, residual AHI 2.1. ESS 17 -> 6. Fatigue resolved; no drowsy driving. DOT medical card renewed.
Continue CPAP; weight management.""", author=slp, enc=e3)
    b.medreq(R("197361", "amlodipine 5 MG Oral Tablet"), "2025-01-10", dose="5 mg daily")
    return b


@case("p_vats_biopsy", "MAJOR_PROCEDURE_PLANNED", "positive", ["MAJOR_PROCEDURE_PLANNED"],
      "Video-assisted thoracoscopic surgical lung biopsy (CPT 32607) ordered and scheduled 2027-01-14 after ILD multidisciplinary discussion; not yet performed.",
      "Retired machinist with unclassifiable fibrotic ILD; VATS surgical lung biopsy scheduled in 6 weeks")
def p_vats_biopsy(cid):
    b, org, (pul, ts), _ = base(cid, "P", "cascade", "Lundgren", ["Walter", "H"], "male", "1963-11-19", "CPS-0045519",
                               home("1180 NE Cleveland Ave", "Gresham", "OR", "97030"), [("Ishikawa", ["Mei"], "Dr.", None, "MD, ILD clinic"), ("Brennan", ["Colm"], "Dr.", None, "MD, Thoracic Surgery")],
                               cov=("Aetna", "PPO:Aetna Open Access PPO", "W238812045"))
    surg = b.org("Providence St. Ansgar Medical Center - Thoracic Surgery", typ="prov")
    ild = b.cond(S("233703007", "Interstitial lung disease", "J84.89", "Other specified interstitial pulmonary diseases", text="Fibrotic interstitial lung disease, unclassifiable pending biopsy"), "2026-06-01", recorder=pul)
    b.cond(I("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2018-01-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2015-01-01")
    b.obs(L("24627-2", "CT Chest"), "2026-06-16", value_str="HRCT: upper/mid-zone predominant reticulation with traction bronchiectasis, mosaic attenuation and air trapping on expiratory images. Pattern: alternative diagnosis (not UIP). DDx fibrotic HP vs NSIP vs occupational.", cat="imaging", interp="A")
    e1 = visit(b, "2026-07-07", org, pul, "ILD evaluation", code="99205", disp="Office or other outpatient visit, new patient, high MDM")
    PFT(b, "2026-07-07", 74, 70, 0.82, 58, enc=e1)
    lab(b, "2026-07-07", "5048-4", "Nuclear Ab [Titer] in Serum", 40, "{titer}", None, 80, "N", e1)
    b.obs({"text": "Hypersensitivity pneumonitis antibody panel"}, "2026-07-07", value_str="Negative for all antigens", interp="N", enc=e1)
    b.proc(P("31624", "Bronchoscopy with bronchial alveolar lavage"), date="2026-08-20", performer=pul, outcome="BAL lymphocytes 12%; cultures negative; nondiagnostic")
    b.note("2026-10-22", "ILD multidisciplinary discussion", """
MDD (pulmonary, radiology, pathology, rheumatology): 62 y/o retired machinist (metalworking fluids, 30 yrs), ex-smoker 10 pk-yr quit 1998. Fibrotic ILD, non-UIP pattern. Serologies negative, BAL lymphocytes 12%.
No confident diagnosis; treatment choice (antigen avoidance/immunosuppression vs antifibrotic) depends on histology.
Recommendation: VATS surgical lung biopsy, 3 lobes (RUL, RML, RLL). Referred to Dr Brennan.""", author=pul, typ=("11488-4", "Consult note"))
    e2 = visit(b, "2026-11-12", surg, ts, "Thoracic surgery consult - lung biopsy", code="99244", disp="Office consultation")
    b.sr(cc((CPT, "32607", "Thoracoscopy; with diagnostic biopsy(ies) of lung infiltrate(s) (eg, wedge, incisional), unilateral"),
            (SCT, "173171007", "Thoracoscopic biopsy of lung"), text="Right VATS wedge lung biopsies x3 lobes"), "2026-11-12", occ="2027-01-14T07:30:00-08:00",
         requester=ts, performer=surg, reason=ild, enc=e2, cat=cc((SCT, "387713003", "Surgical procedure")), note="General anesthesia, single-lung ventilation, 1-night stay anticipated. FVC 70%, DLCO 58% acceptable risk.")
    b.medreq(R("198051", "omeprazole 20 MG Delayed Release Oral Capsule"), "2018-01-01", dose="20 mg daily")
    b.medreq(R("979485", "losartan potassium 50 MG Oral Tablet"), "2015-01-01", dose="50 mg daily")
    return b


@case("p_pleurodesis_done", "MAJOR_PROCEDURE_PLANNED", "near-miss", [],
      "VATS bullectomy with pleurodesis for recurrent pneumothorax was already performed (2026-10-02, Procedure completed, order completed); only routine follow-up remains.",
      "Young man with recurrent spontaneous pneumothorax; VATS bullectomy/pleurodesis already done")
def p_pleurodesis_done(cid):
    b, org, (pul, ts), _ = base(cid, "P", "lakeshore", "Delacroix", ["Julien"], "male", "2002-05-11", "LCS-3390128",
                               home("1440 W Taylor St Apt 4", "Chicago", "IL", "60607"), [("Bamgbose", ["Tunde"], "Dr.", None, "MD, Pulmonary & Critical Care"), ("Whitcomb", ["Sarah"], "Dr.", None, "MD, Thoracic Surgery")],
                               cov=("Blue Cross and Blue Shield of Illinois", "PPO:BlueCross PPO (parent plan)", "XOF551207731", "child"))
    ptx = b.cond(S("17742005", "Spontaneous pneumothorax", "J93.11", "Primary spontaneous pneumothorax"), "2026-09-18", status="resolved", abate="2026-10-02", recorder=pul, note="Second right-sided episode (first 2025-02).")
    b.cond(I("J93.11", "Primary spontaneous pneumothorax"), "2025-02-03", status="resolved", abate="2025-02-10")
    ea = b.enc("2026-09-18", "Emergency department visit and admission", cls="IMP", org=org, pract=pul, end="2026-10-04", reason="Recurrent right pneumothorax")
    b.obs(L("36643-5", "XR Chest 2 Views"), "2026-09-18", value_str="Large right pneumothorax (~40%).", cat="imaging", interp="A", enc=ea)
    b.proc(P("32551", "Tube thoracostomy, includes connection to drainage system"), date="2026-09-18", enc=ea)
    s = b.sr(cc((CPT, "32655", "Thoracoscopy, surgical; with resection-plication of bullae, includes any pleural procedure when performed"), text="Right VATS apical bullectomy with mechanical pleurodesis"), "2026-09-25",
             status="completed", requester=ts, reason=ptx, occ="2026-10-02T08:00:00-06:00", enc=ea)
    b.proc(cc((CPT, "32655", "Thoracoscopy, surgical; with resection-plication of bullae, includes any pleural procedure when performed")), date="2026-10-02", based_on=s, performer=ts, reason=ptx, enc=ea, outcome="Uncomplicated; chest tube removed POD2")
    b.note("2026-10-04", "Discharge summary", """
24 y/o M, second R PSP. VATS apical bullectomy + mechanical pleural abrasion 10/2. Chest tube removed POD2, no air leak. Discharged home on oxycodone PRN x 3 days.""", author=ts, enc=ea, typ=("18842-5", "Discharge summary"))
    e2 = visit(b, "2026-11-05", org, ts, "Post-operative check")
    b.obs(L("36643-5", "XR Chest 2 Views"), "2026-11-05", value_str="Right lung fully expanded. Postsurgical apical changes.", cat="imaging", interp="N", enc=e2)
    b.vital("spo2", "2026-11-05", 99, e2); b.vital("pain", "2026-11-05", 1, e2)
    b.note("2026-11-05", "Post-op visit", """
Doing well. Incisions healed. Back to campus. No flying or scuba for 6 weeks; lifetime scuba contraindication discussed. No further surgery needed; PRN follow-up.""", author=ts, enc=e2)
    b.medreq(R("1049683", "oxycodone hydrochloride 5 MG Oral Tablet"), "2026-10-04", status="completed", dose="5 mg q6h PRN x 3 days")
    b.obs(L("72166-2", "Tobacco smoking status"), "2026-09-18", value_cc=cc((SCT, "8517006", "Ex-smoker")), cat="social-history", note="Vaped nicotine 2021-2025; quit.")
    return b


@case("p_copd_palliative", "UNTREATABLE_PROGNOSIS", "positive", ["UNTREATABLE_PROGNOSIS"],
      "GOLD 4 COPD with chronic hypoxic/hypercapnic failure; not a transplant, LVRS or valve candidate; note states no further disease-modifying options, palliative referral and palliative care plan active; no second opinion on record.",
      "End-stage COPD on home oxygen and NIV, no further options, palliative care plan")
def p_copd_palliative(cid):
    b, org, (pul,), _ = base(cid, "P", "sonoran", "Castillo", ["Rosa", "M"], "female", "1952-02-26", "SLS-1102287",
                            home("7021 N 35th Ave", "Phoenix", "AZ", "85051"), [("Okoro", ["Chidi"], "Dr.", None, "MD, Pulmonary & Critical Care")],
                            cov=("Centers for Medicare and Medicaid Services", "AB:Medicare Part A and B", "3KT7WD2RP18"))
    copd = b.cond(S("13645005", "Chronic obstructive lung disease", "J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation", text="COPD GOLD 4, group E, emphysema"), "2009-01-01", recorder=pul)
    b.cond(I("J96.12", "Chronic respiratory failure with hypercapnia"), "2024-05-01")
    b.cond(S("64859006", "Osteoporosis", "M81.0", "Age-related osteoporosis without current pathological fracture"), "2019-01-01")
    b.cond(I("F41.1", "Generalized anxiety disorder"), "2020-01-01")
    for d in ("2026-03-02", "2026-07-19", "2026-10-28"):
        b.enc(d, "Inpatient admission - COPD exacerbation", cls="IMP", org=org, pract=pul, reason="AECOPD with hypercapnic respiratory failure")
    PFT(b, "2026-01-12", 22, 51, 0.33, 29, fev1l=0.48)
    lab(b, "2026-10-28", "2019-8", "Carbon dioxide [Partial pressure] in Arterial blood", 68, "mm[Hg]", 35, 45, "H")
    e = visit(b, "2026-11-19", org, pul, "Post-hospital follow-up, goals of care", code="99215", disp="Office or other outpatient visit, established patient, high MDM")
    b.vital("spo2", "2026-11-19", 89, e); b.vital("bmi", "2026-11-19", 16.9, e)
    b.note("2026-11-19", "Pulmonary clinic - goals of care", """
74 y/o, COPD GOLD 4 (FEV1 0.48 L, 22%), 3 L O2 continuous, nightly home NIV since 2024. Three admissions this year, last 10/28 with pCO2 68. BMI 16.9.
Not a transplant candidate (age, BMI, frailty). Not a candidate for LVRS or endobronchial valves (homogeneous emphysema, DLCO 29%, hypercapnia). Already on maximal inhaled therapy, roflumilast, azithromycin.
There are no further disease-modifying options. Patient wants to avoid intubation and future ICU stays. POLST: DNR, selective treatment.
Plan: palliative care referral; low-dose morphine for refractory dyspnea; continue O2/NIV.""", author=pul, enc=e)
    b.sr(cc((SCT, "103735009", "Palliative care"), text="Referral to outpatient palliative care"), "2026-11-19", requester=pul, reason=copd, enc=e)
    b.careplan("Palliative plan of care - advanced COPD", "2026-11-19", cc((SCT, "103735009", "Palliative care")),
               [(cc((SCT, "103735009", "Palliative care")), "scheduled", "Palliative medicine home visit"), (cc(text="Refractory dyspnea management"), "in-progress", "Morphine IR 2.5 mg q4h PRN, fan, pursed-lip breathing")], addresses=[copd], author=pul)
    b.medreq(R("1605072", "fluticasone furoate 100 MCG/ACTUAT / umeclidinium 62.5 MCG/ACTUAT / vilanterol 25 MCG/ACTUAT Dry Powder Inhaler"), "2022-01-01", dose="1 inhalation daily", reason=copd, requester=pul)
    b.medreq(cc(text="morphine sulfate 10 mg/5 mL oral solution"), "2026-11-19", dose="2.5 mg PO q4h PRN dyspnea", requester=pul)
    b.sr(cc((HCPCS, "E1390", "Oxygen concentrator, single delivery port")), "2023-04-10", requester=pul, reason=copd, note="3 L/min continuous, 4 L with exertion")
    b.flag(cc((SCT, "304253006", "Not for resuscitation")), "2026-11-19", pul)
    return b


@case("p_nsclc_second_op", "UNTREATABLE_PROGNOSIS", "near-miss", [],
      "Stage IV lung adenocarcinoma with best-supportive-care/palliative plan, but a documented second-opinion consultation at an academic cancer centre in July 2026 (within 12 months) concurred - the flag is suppressed.",
      "Stage IV lung adenocarcinoma, palliative care after an outside second opinion in July 2026")
def p_nsclc_second_op(cid):
    b, org, (pul, onc), _ = base(cid, "P", "sonoran", "Brandt", ["Eugene", "F"], "male", "1959-03-04", "SLS-5520981",
                                home("14802 W Bell Rd", "Surprise", "AZ", "85374"), [("Okoro", ["Chidi"], "Dr.", None, "MD, Pulmonary & Interventional"), ("Farouk", ["Leila"], "Dr.", None, "MD, Thoracic Oncology, Desert University Cancer Center")],
                                cov=("Humana", "MAPD:Humana Gold Plus HMO (Medicare Advantage)", "H58817720"))
    du = b.org("Desert University Cancer Center", typ="prov")
    ca = b.cond(S("254637007", "Non-small cell lung cancer", "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", text="Adenocarcinoma RUL, stage IVB (bone, liver, adrenal), EGFR/ALK/ROS1/KRAS negative, PD-L1 <1%"), "2026-05-14", recorder=pul)
    b.cond(S("44054006", "Diabetes mellitus type 2", "E11.9", "Type 2 diabetes mellitus without complications"), "2014-01-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2012-01-01")
    b.proc(P("31653", "Bronchoscopy with EBUS guided transtracheal/transbronchial sampling, 3 or more mediastinal and/or hilar lymph node stations"), date="2026-05-14", performer=pul)
    b.obs(L("44136-0", "PET+CT Whole body"), "2026-05-06", value_str="RUL 4.1 cm FDG-avid mass; mediastinal nodes; multiple liver and osseous metastases; left adrenal metastasis.", cat="imaging", interp="A")
    e2 = b.enc("2026-07-21", "Second opinion consultation - thoracic oncology", org=du, pract=onc, reason="Second opinion: treatment options stage IV NSCLC")
    b.note("2026-07-21", "Second opinion consultation - thoracic oncology", """
Seen at patient request for a second opinion regarding stage IVB lung adenocarcinoma, no actionable driver, PD-L1 <1%, ECOG 2-3.
Options reviewed: carboplatin/pemetrexed/pembrolizumab (expected modest benefit), clinical trials (not eligible - ECOG, hepatic function).
I agree with Dr Okoro's assessment. Patient declines systemic therapy; best supportive care with hospice when appropriate is reasonable.""", author=onc, enc=e2, typ=("11488-4", "Consult note"))
    b.sr(cc((SCT, "103735009", "Palliative care")), "2026-08-04", requester=pul, reason=ca)
    b.careplan("Palliative care plan", "2026-08-04", cc((SCT, "103735009", "Palliative care")), [(cc((SCT, "103735009", "Palliative care")), "in-progress", "Symptom management, advance care planning")], addresses=[ca], author=pul)
    e3 = visit(b, "2026-11-10", org, pul, "Follow-up - cough, dyspnea")
    b.vital("spo2", "2026-11-10", 92, e3); b.vital("wt", "2026-11-10", 66.2, e3)
    lab(b, "2026-11-10", "1742-6", "Alanine aminotransferase [Enzymatic activity/volume] in Serum or Plasma", 71, "U/L", None, 55, "H", e3)
    b.note("2026-11-10", "Pulmonary follow-up", """
67 y/o with stage IVB adenocarcinoma, no systemic therapy by choice after second opinion at DUCC (7/21) concurred. On palliative care. Weight down 4 kg. Cough controlled on benzonatate. Hospice discussion ongoing; patient not ready yet.""", author=pul, enc=e3)
    b.medreq(R("861007", "metformin hydrochloride 500 MG Oral Tablet"), "2014-01-01", dose="500 mg BID")
    b.medreq(cc(text="benzonatate 200 mg capsule"), "2026-08-04", dose="200 mg TID PRN cough")
    return b


@case("p_sbrt", "HIGH_IMPACT_TREATMENT", "positive", ["HIGH_IMPACT_TREATMENT"],
      "Stereotactic body radiotherapy (radiotherapy, 54 Gy/3 fractions) for stage IA lung cancer ordered to start 2026-12-14 in a patient unfit for lobectomy - a planned high-impact treatment within 30 days.",
      "Octogenarian ex-smoker with stage IA lung adenocarcinoma and severe COPD; SBRT starting in 2 weeks")
def p_sbrt(cid):
    b, org, (pul, ro), _ = base(cid, "P", "cascade", "Hargrove", ["Milton"], "male", "1947-07-21", "CPS-0019932",
                               home("2301 SW Vista Ave", "Portland", "OR", "97201"), [("Ishikawa", ["Mei"], "Dr.", None, "MD, Pulmonary Medicine"), ("Adeyemi", ["Folake"], "Dr.", None, "MD, Radiation Oncology")],
                               cov=("Centers for Medicare and Medicaid Services", "AB:Medicare Part A and B", "5PX2RM8TT41"))
    rad = b.org("Willamette Radiation Oncology", typ="prov")
    ca = b.cond(S("254637007", "Non-small cell lung cancer", "C34.11", "Malignant neoplasm of upper lobe, right bronchus or lung", text="Adenocarcinoma RUL, cT1bN0M0, stage IA2"), "2026-10-14", recorder=pul)
    b.cond(S("13645005", "Chronic obstructive lung disease", "J44.9", "Chronic obstructive pulmonary disease, unspecified"), "2012-01-01")
    b.cond(I("I10", "Essential (primary) hypertension"), "2005-01-01")
    b.obs(L("24627-2", "CT Chest"), "2026-08-19", value_str="Lung cancer screening LDCT: 1.6 cm solid spiculated RUL nodule, Lung-RADS 4B.", cat="imaging", interp="A")
    b.obs(L("44136-0", "PET+CT Whole body"), "2026-09-10", value_str="RUL nodule SUV 6.2. No FDG-avid nodes or distant disease.", cat="imaging", interp="A")
    b.proc(P("31627", "Bronchoscopy with computer-assisted, image-guided navigation"), date="2026-10-14", performer=pul, outcome="Adenocarcinoma, acinar predominant; EBUS staging N0")
    PFT(b, "2026-09-22", 38, 69, 0.42, 41, fev1l=0.96)
    b.note("2026-10-28", "Thoracic tumor board", """
79 y/o, stage IA2 RUL adenocarcinoma. FEV1 38%, DLCO 41%, ppoFEV1 ~28% - high risk for lobectomy/segmentectomy; patient also prefers non-surgical approach.
Recommendation: SBRT 54 Gy in 3 fractions.""", author=pul)
    e = visit(b, "2026-11-16", rad, ro, "Radiation oncology consultation", code="99245", disp="Office consultation, high MDM")
    b.sr(cc((CPT, "77373", "Stereotactic body radiation therapy, treatment delivery, per fraction to 1 or more lesions"), (SCT, "1156530009", "Stereotactic body radiation therapy"), text="SBRT RUL 54 Gy in 3 fractions"),
         "2026-11-16", occ="2026-12-14T10:00:00-08:00", requester=ro, performer=rad, reason=ca, enc=e, note="Fractions 12/14, 12/16, 12/18. Simulation 4D-CT 12/3.")
    b.sr(cc((CPT, "77295", "3-dimensional radiotherapy plan, including dose-volume histograms")), "2026-11-16", occ="2026-12-03", requester=ro, reason=ca)
    b.note("2026-11-16", "Radiation oncology consult", """
Discussed SBRT: local control ~90%; risks fatigue, radiation pneumonitis (~10%), chest wall pain/rib fracture. Consent obtained. Sim 12/3, treatment start 12/14.""", author=ro, enc=e, typ=("11488-4", "Consult note"))
    b.medreq(R("1605072", "fluticasone furoate 100 MCG/ACTUAT / umeclidinium 62.5 MCG/ACTUAT / vilanterol 25 MCG/ACTUAT Dry Powder Inhaler"), "2021-01-01", dose="1 inhalation daily")
    b.medreq(R("979485", "losartan potassium 50 MG Oral Tablet"), "2010-01-01", dose="50 mg daily")
    return b


@case("p_ilo_portal", "PATIENT_REPORTED_CONCERN", "positive", ["PATIENT_REPORTED_CONCERN"],
      "Patient-authored portal message explicitly asks for a referral for a second opinion before stopping her asthma medicines after being told she has inducible laryngeal obstruction rather than asthma.",
      "Woman re-diagnosed with inducible laryngeal obstruction instead of asthma asks via portal for a second opinion")
def p_ilo_portal(cid):
    b, org, (pul, slp), _ = base(cid, "P", "lakeshore", "Ferreira-Watts", ["Nicole"], "female", "1985-12-09", "LCS-4471120",
                                home("2210 N Clybourn Ave Apt 2R", "Chicago", "IL", "60614"), [("Bamgbose", ["Tunde"], "Dr.", None, "MD, Pulmonary & Critical Care"), ("Liang", ["Grace"], "", None, "MS CCC-SLP, Speech-Language Pathology")],
                                cov=("Aetna", "HMO:Aetna HMO", "W771204419"))
    b.cond(S("195967001", "Asthma", "J45.50", "Severe persistent asthma, uncomplicated"), "2019-01-01", ver="refuted", status="inactive", note="Not supported: normal spirometry x3, negative methacholine challenge (PC20 > 16), FeNO 12.")
    ilo = b.cond(cc((SCT, "1269362006", "Inducible laryngeal obstruction"), (ICD, "J38.3", "Other diseases of vocal cords"), text="Inducible laryngeal obstruction (paradoxical vocal fold motion)"), "2026-09-29", recorder=pul)
    b.cond(I("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2021-01-01")
    e1 = visit(b, "2026-08-11", org, pul, "Second-line evaluation of 'severe asthma', 6 prednisone bursts/yr")
    PFT(b, "2026-08-11", 98, 99, 0.83, enc=e1)
    b.obs({"text": "Methacholine challenge PC20"}, "2026-08-25", value_str="PC20 > 16 mg/mL; negative", interp="N", cat="procedure")
    b.obs(L("2276-4", "Ferritin [Mass/volume] in Serum or Plasma"), "2026-08-11", 54, "ng/mL", low=15, high=150, interp="N")
    b.proc(P("31579", "Laryngoscopy, flexible or rigid telescopic, with stroboscopy"), date="2026-09-29", outcome="Paradoxical inspiratory adduction of vocal folds with exercise provocation; symptoms reproduced")
    e2 = visit(b, "2026-09-29", org, pul, "Results - exercise laryngoscopy")
    b.note("2026-09-29", "Pulmonary note", """
Results reviewed: normal spirometry, negative methacholine, low FeNO, exercise laryngoscopy shows inducible laryngeal obstruction reproducing her attacks.
Asthma not supported. Plan: SLP laryngeal control therapy, taper off ICS/LABA over 8 weeks, no further prednisone bursts, treat reflux.""", author=pul, enc=e2)
    b.sr(P("92507", "Treatment of speech, language, voice, communication, and/or auditory processing disorder; individual", text="Laryngeal control therapy"), "2026-09-29", requester=pul, performer=slp, reason=ilo)
    b.medreq(R("896188", "fluticasone propionate 250 MCG/ACTUAT / salmeterol 50 MCG/ACTUAT Dry Powder Inhaler"), "2020-03-01", dose="Taper: 1 inh daily x 4 wk then stop", requester=pul)
    b.comm("2026-11-20", b.pat, f"Practitioner/{pul.split('/')[1]}", "Dr. B - I've been thinking about what you said at my last visit. I have been treated for severe asthma for 7 years and I'm scared to stop my Advair. I would like a second opinion before I stop my asthma medicines. Can you refer me to National Jewish or another asthma center? Thank you, Nicole",
           cat=cc(text="Patient portal message"), medium=cc(("http://terminology.hl7.org/CodeSystem/v3-ParticipationMode", "ELECTRONIC", "electronic data")), topic="Request for second opinion")
    b.comm("2026-11-21", f"Practitioner/{pul.split('/')[1]}", b.pat, "Message received - routed to referral coordinator. Please keep using your inhaler as directed until we talk.", cat=cc(text="Patient portal message"))
    return b


@case("p_railid_fvc", "WORSENING_DESPITE_TREATMENT", "positive", ["WORSENING_DESPITE_TREATMENT"],
      "FVC fell 78% -> 72% -> 66% -> 62% predicted (2.41 -> 1.91 L) over nine months while nintedanib has been active continuously since December 2025 - a decline well beyond the 5%-predicted MCID.",
      "Rheumatoid arthritis-associated ILD: FVC falling over 9 months despite continuous nintedanib")
def p_railid_fvc(cid):
    b, org, (pul, rh), _ = base(cid, "P", "cascade", "Whitcombe", ["Patricia", "J"], "female", "1965-06-02", "CPS-0066120",
                               home("9902 SW Hall Blvd", "Tigard", "OR", "97223"), [("Ishikawa", ["Mei"], "Dr.", None, "MD, ILD clinic"), ("Sandoval", ["Marco"], "Dr.", None, "MD, Rheumatology (outside)")],
                               cov=("Moda Health", "PPO:Moda Synergy PPO", "MD44120876"))
    ra = b.cond(S("398726004", "Rheumatoid lung disease", "M05.10", "Rheumatoid lung disease with rheumatoid arthritis of unspecified site"), "2019-01-01")
    ild = b.cond(S("233703007", "Interstitial lung disease", "J84.10", "Pulmonary fibrosis, unspecified", text="Progressive pulmonary fibrosis, RA-ILD (UIP pattern)"), "2024-02-01", recorder=pul)
    b.cond(I("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2019-01-01")
    b.medreq(cc((RX, "1592258", "nintedanib 150 MG Oral Capsule"), text="nintedanib (Ofev) 150 mg capsule"), "2025-12-02", dose="150 mg PO BID", reason=ild, requester=pul, note="Specialty pharmacy fills monthly, adherent.")
    b.medreq(R("979092", "hydroxychloroquine sulfate 200 MG Oral Tablet"), "2019-03-01", dose="200 mg BID", reason=ra, requester=rh)
    b.medreq(R("312617", "prednisone 5 MG Oral Tablet"), "2023-01-01", dose="5 mg daily", reason=ra, requester=rh)
    for d, fvcl, fvcp, dl in [("2026-02-10", 2.41, 78, 52), ("2026-05-19", 2.22, 72, 49), ("2026-08-25", 2.05, 66, 45), ("2026-11-17", 1.91, 62, 41)]:
        e = visit(b, d, org, pul, "ILD follow-up on nintedanib")
        b.obs(L("19870-5", "Forced vital capacity [Volume] Respiratory system"), d, fvcl, "L", cat="procedure", enc=e)
        b.obs(L("19876-2", "FVC measured/predicted"), d, fvcp, "%", low=80, interp="L", cat="procedure", enc=e)
        b.obs(L("19911-7", "Diffusion capacity.carbon monoxide measured/predicted"), d, dl, "%", low=75, interp="L", cat="procedure", enc=e)
    b.obs(L("24627-2", "CT Chest"), "2026-11-03", value_str="Progression of basal reticulation and honeycombing compared to 11/2025.", cat="imaging", interp="A")
    b.note("2026-11-17", "ILD clinic note", """
61 y/o with RA-ILD (UIP pattern). Nintedanib 150 BID since 12/2/2025, tolerating with loperamide PRN, no missed doses per specialty pharmacy.
FVC 2.41 -> 2.22 -> 2.05 -> 1.91 L (78 -> 62% pred) over 9 months; DLCO 52 -> 41%. HRCT progression. Now desaturates to 86% on exertion; ambulatory O2 ordered.
Progressive despite antifibrotic. Discussed lung transplant candidacy evaluation - patient wants to think about it.""", author=pul)
    b.sr(cc((HCPCS, "E0431", "Portable gaseous oxygen system, rental")), "2026-11-17", requester=pul, reason=ild)
    return b


@case("p_copd_offrx", "WORSENING_DESPITE_TREATMENT", "near-miss", [],
      "FEV1 declined 1.62 -> 1.31 L, but the patient stopped his maintenance inhaler from March to late October 2026 (cost), so treatment was not active during the decline.",
      "COPD with FEV1 decline during months off maintenance inhaler (Part D coverage gap)")
def p_copd_offrx(cid):
    b, org, (pul,), _ = base(cid, "P", "lakeshore", "Novak", ["Richard", "A"], "male", "1957-09-09", "LCS-1183306",
                            home("8120 S Pulaski Rd", "Chicago", "IL", "60652"), [("Bamgbose", ["Tunde"], "Dr.", None, "MD, Pulmonary & Critical Care")],
                            cov=("Centers for Medicare and Medicaid Services", "ABD:Medicare Parts A, B and D", "7HU3PX1NM22"))
    copd = b.cond(S("13645005", "Chronic obstructive lung disease", "J44.9", "Chronic obstructive pulmonary disease, unspecified", text="COPD GOLD 3"), "2017-01-01", recorder=pul)
    b.cond(I("I10", "Essential (primary) hypertension"), "2011-01-01")
    b.cond(I("J44.1", "Chronic obstructive pulmonary disease with (acute) exacerbation"), "2026-08-03", status="resolved", abate="2026-08-20")
    rx = R("1487518", "umeclidinium 62.5 MCG/ACTUAT / vilanterol 25 MCG/ACTUAT Dry Powder Inhaler")
    b.medstmt(rx, "2025-04-01", status="stopped", end="2026-03-10", dose="1 inhalation daily", reason=copd, note="Patient stopped - could not afford copay in coverage gap.")
    b.medstmt(rx, "2026-10-22", status="active", dose="1 inhalation daily", reason=copd, note="Restarted after manufacturer assistance approved.")
    b.medreq(rx, "2026-10-22", dose="1 inhalation daily", reason=copd, requester=pul)
    for d, f in [("2026-02-17", 1.62), ("2026-06-16", 1.44), ("2026-09-15", 1.31), ("2026-11-17", 1.38)]:
        e = visit(b, d, org, pul, "COPD follow-up")
        b.obs(L("20150-9", "FEV1"), d, f, "L", cat="procedure", enc=e)
    b.enc("2026-08-03", "Emergency department visit", cls="EMER", org=org, reason="COPD exacerbation")
    b.note("2026-06-16", "Pulmonary follow-up", "Off Anoro since March - says copay $480 in coverage gap. More dyspnea. Samples given x1; applying to manufacturer PAP.", author=pul)
    b.note("2026-11-17", "Pulmonary follow-up", """
COPD GOLD 3. Off maintenance LAMA/LABA 3/10 - 10/22 (cost). ED visit 8/3 for exacerbation. PAP approved, back on Anoro since 10/22 - breathing a bit better, FEV1 1.38 (1.31 in Sept).
Plan: continue Anoro, pulmonary rehab, recheck 3 months.""", author=pul)
    b.medreq(R("745679", "albuterol 90 MCG/ACTUAT Metered Dose Inhaler"), "2017-01-01", dose="2 puffs q4h PRN", reason=copd)
    b.imm("197", "Influenza, high-dose, quadrivalent", "2026-10-02", "HD1188B")
    return b


@case("p_lam", "RARE_OR_COMPLEX_CONDITION", "positive", ["RARE_OR_COMPLEX_CONDITION"],
      "Sporadic lymphangioleiomyomatosis (J84.81, Orphanet rare disease) confirmed by VEGF-D and CT, active on sirolimus.",
      "Woman with sporadic lymphangioleiomyomatosis on sirolimus, stable lung function")
def p_lam(cid):
    b, org, (pul,), _ = base(cid, "P", "cascade", "Moreau", ["Elise", "C"], "female", "1988-02-15", "CPS-0093381",
                            home("3625 N Williams Ave", "Portland", "OR", "97227"), [("Ishikawa", ["Mei"], "Dr.", None, "MD, LAM clinic")],
                            cov=("Providence Health Plan", "PPO:Providence Choice", "PHP30192871"))
    lam = b.cond(S("277844007", "Pulmonary lymphangioleiomyomatosis", "J84.81", "Lymphangioleiomyomatosis"), "2024-06-01", recorder=pul)
    b.cond(S("254915003", "Angiomyolipoma of kidney", "D30.01", "Benign neoplasm of right kidney", text="Right renal angiomyolipoma 2.1 cm"), "2024-06-01")
    b.cond(I("J93.11", "Primary spontaneous pneumothorax"), "2024-04-20", status="resolved", abate="2024-05-10")
    b.obs(L("24627-2", "CT Chest"), "2024-05-02", value_str="Innumerable thin-walled cysts throughout both lungs.", cat="imaging", interp="A")
    b.obs({"text": "VEGF-D, serum"}, "2024-06-12", 1240, "pg/mL", high=600, interp="H")
    b.medreq(cc((RX, "198440", "sirolimus 1 MG Oral Tablet"), text="sirolimus 1 mg tablet"), "2024-09-01", dose="2 mg daily; goal trough 5-10", reason=lam, requester=pul)
    for d, fev, dl, tr in [("2025-11-18", 81, 68, 6.8), ("2026-05-19", 80, 67, 7.4), ("2026-11-17", 81, 68, 7.1)]:
        e = visit(b, d, org, pul, "LAM clinic")
        b.obs(L("20152-5", "FEV1 measured/predicted"), d, fev, "%", low=80, interp="N", cat="procedure", enc=e)
        b.obs(L("19911-7", "Diffusion capacity.carbon monoxide measured/predicted"), d, dl, "%", low=75, interp="L", cat="procedure", enc=e)
        b.obs({"text": "Sirolimus [Mass/volume] in Blood, trough"}, d, tr, "ng/mL", low=5, high=15, interp="N", enc=e)
    b.note("2026-11-17", "LAM clinic note", """
38 y/o with sporadic LAM (dx 2024 after pneumothorax, VEGF-D 1240), R renal AML 2.1 cm stable. Sirolimus since 9/2024: FEV1 stable ~80%, trough 7.1. Mild mouth ulcers.
Avoid estrogen. Enrolled in LAM Foundation registry. Continue; renal MRI 2027.""", author=pul)
    b.allergy(cc(text="Estrogen-containing medications (contraindicated - LAM)"), crit="high")
    return b


@case("p_four_conditions", "RARE_OR_COMPLEX_CONDITION", "near-miss", [],
      "Four active chronic conditions (OSA, obesity, hypertension, GERD) - common conditions and fewer than five active chronic problems (two other listed problems are resolved).",
      "Sleep clinic patient with OSA, obesity, hypertension and GERD; prior pneumonia and gout flare resolved")
def p_four_conditions(cid):
    b, org, (slp,), _ = base(cid, "P", "sonoran", "Begay", ["Franklin"], "male", "1970-10-30", "SLS-3381902",
                            home("1820 E Apache Blvd", "Tempe", "AZ", "85281"), [("Mendoza", ["Ana"], "Dr.", None, "MD, Sleep Medicine")],
                            cov=("Blue Cross Blue Shield of Arizona", "PPO:BCBSAZ PPO", "AZB9930118"))
    osa = b.cond(S("78275009", "Obstructive sleep apnea syndrome", "G47.33", "Obstructive sleep apnea (adult) (pediatric)"), "2021-05-01", recorder=slp)
    b.cond(I("E66.812", "Obesity, class 2"), "2015-01-01")
    b.cond(S("38341003", "Hypertensive disorder", "I10", "Essential (primary) hypertension"), "2016-01-01")
    b.cond(I("K21.9", "Gastro-esophageal reflux disease without esophagitis"), "2018-01-01")
    b.cond(I("J18.9", "Pneumonia, unspecified organism"), "2025-01-15", status="resolved", abate="2025-02-05")
    b.cond(I("M10.071", "Idiopathic gout, right ankle and foot"), "2024-07-01", status="resolved", abate="2024-07-20")
    for d, esc, adh in [("2026-05-12", 8, 82), ("2026-11-10", 7, 85)]:
        e = visit(b, d, org, slp, "OSA - CPAP follow-up")
        b.obs({"text": "Epworth Sleepiness Scale total score"}, d, esc, "{score}", high=10, interp="N", cat="survey", enc=e)
        b.obs({"text": "CPAP adherence - nights with use >= 4 h (last 30 days)"}, d, adh, "%", cat="procedure", enc=e)
        b.bp(d, 132, 82, e); b.vital("bmi", d, 36.2, e)
    b.medreq(R("197361", "amlodipine 5 MG Oral Tablet"), "2016-01-01", dose="5 mg daily")
    b.medreq(R("198051", "omeprazole 20 MG Delayed Release Oral Capsule"), "2018-01-01", dose="20 mg daily")
    b.sr(cc((HCPCS, "E0601", "Continuous positive airway pressure (CPAP) device")), "2021-06-01", status="completed", requester=slp, reason=osa)
    b.note("2026-11-10", "Sleep follow-up", "56 y/o, OSA on APAP, adherent 85%, ESS 7. Weight stable. BP 132/82 per PCP. Replace mask/cushions. RTC 1 year.", author=slp)
    return b
