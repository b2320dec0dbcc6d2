import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import heart, cancer, kidney

P1, P2, P3, P4 = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS"
P5, P6, P7, P8 = "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"
S = [
 (heart.s_palp, P1, "positive", [P1], "Palpitations/presyncope recorded at 4 visits May-Nov 2026 (>8 weeks); ECG, echo, 14-day patch, treadmill ECG, 30-day telemetry and labs all normal; no explanatory diagnosis.", "Heart institute: 34F persistent palpitations, exhaustive normal cardiac workup"),
 (kidney.s_etrig, P1, "positive", [P1], "Unplanned (ED) admission 9 days after a primary-care visit for the same pain treated as dyspepsia without workup - Singh return-visit e-trigger.", "GI/health system: PCP 'dyspepsia' visit then unplanned admission for cholecystitis 9 days later"),
 (cancer.s_survback, P1, "positive", [P1], "Thoracic back pain documented at 4 visits over ~6 months in a breast-cancer survivor; bone scan, MRI, CT, labs and tumour marker all normal; no diagnosis explains it.", "Cancer centre survivorship: persistent thoracic back pain, normal restaging"),
 (kidney.s_hpylori, P1, "near-miss", [], "Epigastric pain over 3 months with normal early workup, but EGD/biopsy then diagnosed H. pylori gastritis with duodenal ulcer and symptoms resolved after treatment.", "GI: dyspepsia explained by later H. pylori ulcer, resolved"),
 (heart.s_elective, P1, "near-miss", [], "Primary-care visit followed 7 days later by an admission, but it was an elective scheduled ablation admission (priority elective), not unplanned; patient well afterwards.", "Heart institute: PCP pre-procedure visit then elective flutter-ablation admission"),
 (heart.s_panic, P2, "positive", [P2], "Panic disorder label (Feb 2026) for exertional dyspnoea; symptoms continue and new elevated NT-proBNP, exertional desaturation and ECG right-axis/RBBB changes that the label cannot explain; no new diagnosis yet.", "Heart institute: 'panic disorder' with raised NT-proBNP and exertional hypoxaemia"),
 (kidney.s_fatchol, P2, "positive", [P2], "Catch-all R53.83 fatigue active since Dec 2025 (>90 days) while fatigue and new pruritus continue with persistently raised ALP/GGT the label does not explain.", "Hepatology referral: 'fatigue, unspecified' for a year with cholestatic LFTs and itch"),
 (cancer.s_strain, P2, "positive", [P2], "Back pain labelled lumbar strain since May 2026; pain persists and spreads with new anaemia, hypercalcaemia, renal insufficiency and protein gap that the strain label cannot account for.", "Haematology: 'lumbar strain' with anaemia, hypercalcaemia, rising creatinine"),
 (kidney.s_ibsquiet, P2, "near-miss", [], "IBS (K58.9) has been on the problem list since 2023 but symptoms are quiescent (no pain for 6 months, IBS-SSS 52) with normal prior workup - symptoms do not continue.", "GI: long-standing IBS label with symptoms in remission"),
 (kidney.s_fatanemia, P2, "near-miss", [], "R53.83 fatigue was recorded but resolved once anaemia of CKD was diagnosed and treated; the specific diagnosis explains the symptom.", "Nephrology: fatigue label replaced by anaemia of CKD, fatigue resolved on ESA"),
 (heart.s_cabg, P3, "positive", [P3], "Active ServiceRequest (order) for CABG x4 scheduled 2026-12-17 after heart-team review; not yet performed.", "Heart institute: left main + 3-vessel CAD, CABG ordered for Dec 17"),
 (kidney.s_tips, P3, "positive", [P3], "TIPS recorded as a Procedure with status 'preparation' for refractory ascites, scheduled 2027-01-06; not yet performed.", "Hepatology: TIPS in preparation for refractory ascites"),
 (cancer.s_nephrect, P3, "positive", [P3], "Robotic partial nephrectomy ServiceRequest (intent plan, status on-hold pending anaesthesia clearance) for a cT1a renal mass, target Jan 2027.", "Cancer centre: partial nephrectomy planned, on hold for OSA clearance"),
 (heart.s_pvi, P3, "near-miss", [], "Pulmonary vein isolation was ordered and already performed on 2026-10-14 (ServiceRequest and Procedure completed).", "Heart institute: AF ablation already done"),
 (kidney.s_colo, P3, "near-miss", [], "The only planned procedure is a routine surveillance colonoscopy - a minor endoscopic procedure.", "GI: surveillance colonoscopy planned"),
 (cancer.s_pancpall, P4, "positive", [P4], "Stage IV pancreatic cancer, ECOG 3; tumour board states no disease-directed treatment options; hospice referral and palliative care plan; no second opinion on record.", "Cancer centre: metastatic pancreatic cancer, best supportive care/hospice"),
 (heart.s_stageD, P4, "positive", [P4], "Stage D HFrEF declined for transplant and LVAD by the selection committee ('no advanced heart failure therapies available'); active palliative CarePlan; no second opinion.", "Heart institute: stage D HF, not a transplant/LVAD candidate, palliative inotrope"),
 (kidney.s_cirrhdecl, P4, "positive", [P4], "Decompensated cirrhosis MELD-Na 31 declined for transplant listing; note states no further treatment options; hospice referral and palliative plan; no second opinion.", "Transplant hepatology: listing declined, hospice referral"),
 (heart.s_asprohib, P4, "near-miss", [], "Inoperable severe aortic stenosis with palliative plan, but an outside structural-heart second opinion (Aug 2026) is on record for the same problem within 12 months - suppressed.", "Heart institute: prohibitive-risk AS, outside second opinion already obtained"),
 (cancer.s_prostAS, P4, "near-miss", [], "'No treatment at this time' refers to active surveillance of very-low-risk prostate cancer with curative options available - not an untreatable condition.", "Cancer centre: low-risk prostate cancer on active surveillance"),
 (kidney.s_hdstart, P5, "positive", [P5], "Chronic in-centre haemodialysis ordered to start 2027-01-04 (ServiceRequest active, CarePlan) for CKD 5.", "Nephrology: haemodialysis start planned via matured AVF"),
 (cancer.s_adtqol, P5, "positive", [P5], "After ADT (leuprolide + apalutamide) began in May 2026, FACT-P total fell 121 -> 108 -> 99 (22 points, > MCID 6-10).", "Cancer centre: ADT with quality-of-life fall on FACT-P"),
 (cancer.s_capox, P5, "positive", [P5], "Adjuvant CAPOX chemotherapy started 2026-10-21 (cycle 2 of 4 given; CarePlan and MedicationRequests active).", "Cancer centre: adjuvant CAPOX in progress after hemicolectomy"),
 (kidney.s_akirev, P5, "near-miss", [], "Haemodialysis was ordered during AKI but the order was revoked the next day when renal function recovered; no dialysis performed or planned.", "Nephrology: AKI with cancelled (revoked) dialysis order"),
 (heart.s_allsurv, P5, "near-miss", [], "Chemotherapy appears only as remote history (childhood ALL 2005-2008, Z92.21); no current or planned high-impact treatment.", "Cardio-oncology: childhood leukaemia survivor, anthracycline surveillance"),
 (cancer.s_thyroidqr, P6, "positive", [P6], "Patient pre-visit QuestionnaireResponse answers 'Yes' to 'Would you like help arranging a second opinion?' with a comment about feeling not taken seriously.", "Cancer centre: thyroid microcarcinoma on surveillance, questionnaire requests second opinion"),
 (heart.s_hfportal, P6, "positive", [P6], "Patient-authored portal Communication explicitly asks for a second opinion from another heart-failure specialist and says nobody is listening.", "Heart institute: HFrEF patient portal message requesting second opinion"),
 (kidney.s_ckdflag, P6, "positive", [P6], "Active Flag authored by the patient (portal) requesting a second opinion on the cause of his CKD, plus a matching patient message.", "Nephrology: patient-authored flag requesting second opinion on CKD cause"),
 (cancer.s_melno, P6, "near-miss", [], "Survivorship questionnaire answers 'No' to wanting a second opinion and 'No' to concerns about the plan.", "Cancer centre: melanoma surveillance questionnaire, second opinion 'No'"),
 (heart.s_declineSO, P6, "near-miss", [], "Patient message mentions a second opinion only to decline it and confirm she wants to proceed with the plan.", "Heart institute: patient message declining offered second opinion"),
 (heart.s_kccq, P7, "positive", [P7], "KCCQ-12 overall summary fell 66 -> 54 -> 41 over 6 months (>> MCID 5) with rising NT-proBNP while on GDMT started 2022-2023.", "Heart failure clinic: KCCQ decline despite optimised GDMT"),
 (kidney.s_dkd, P7, "positive", [P7], "eGFR fell 51 -> 46 -> 40 -> 34 over 10 months (4 values) while losartan, empagliflozin and finerenone were active throughout.", "Nephrology: diabetic kidney disease, eGFR decline on full therapy"),
 (cancer.s_cipn, P7, "positive", [P7], "Neuropathic pain NRS 4 -> 6 -> 7 over 6 months while on duloxetine continuously since Nov 2025.", "Supportive oncology: worsening chemotherapy-induced neuropathic pain on duloxetine"),
 (kidney.s_a1c, P7, "near-miss", [], "HbA1c 7.4 -> 7.6 -> 7.7 on treatment: a 0.3% rise, below the ~0.5% minimal clinically important difference.", "Hepatology: MASH/T2DM with small HbA1c drift"),
 (kidney.s_bpoff, P7, "near-miss", [], "BP rose 134/84 -> 164/100 only while the patient was off all antihypertensives (stopped May, restarted Oct) - treatment not active during the decline.", "Hypertension clinic: BP rise while off medication"),
 (heart.s_attr, P8, "positive", [P8], "Active wild-type ATTR amyloid cardiomyopathy (E85.82), an Orphanet rare disease, on tafamidis.", "Heart institute: ATTRwt cardiomyopathy"),
 (cancer.s_net, P8, "positive", [P8], "Active metastatic well-differentiated ileal neuroendocrine tumour with carcinoid syndrome (rare cancer) on lanreotide.", "Cancer centre: metastatic small-bowel NET"),
 (kidney.s_complex, P8, "positive", [P8], "Eight active chronic conditions managed by at least five specialties (endocrinology, nephrology, cardiology, pulmonology, orthopaedics, psychiatry).", "Nephrology: multimorbidity across six specialties"),
 (kidney.s_wilson, P8, "near-miss", [], "Wilson disease was suspected but refuted; final diagnosis is common MASLD; only 2-3 active chronic conditions.", "Hepatology: Wilson disease ruled out, MASLD"),
 (heart.s_amyrule, P8, "near-miss", [], "Cardiac amyloidosis suspected but refuted (PYP grade 0, no monoclonal protein); 4 active chronic conditions only; diagnosis hypertensive heart disease.", "Heart institute: amyloidosis excluded, hypertensive heart disease"),
]

here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
outdir = os.path.join(here, "cases")
for f in os.listdir(outdir):
    if f.endswith(".json"): os.remove(os.path.join(outdir, f))
order = list(range(len(S)))
random.Random(1207).shuffle(order)
cases, rows = [], []
for num, idx in enumerate(order, 1):
    fn, target, kind, expected, why, summary = S[idx]
    cid = f"bw-{num:02d}"
    c = fn(cid)
    n = c.write(outdir)
    cases.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
    rows.append((cid, target, kind, summary, n))
cases.sort(key=lambda x: x["case"])
json.dump({"anchorDate": "2026-12-01", "cases": cases}, open(os.path.join(here, "expectations.json"), "w"), indent=2)
rows.sort()
lines = ["| case | target | kind | summary | resources |", "| --- | --- | --- | --- | --- |"] + [f"| {a} | `{b}` | {c} | {d} | {e} |" for a, b, c, d, e in rows]
open(os.path.join(here, "cases_table.md"), "w").write("\n".join(lines) + "\n")
print("wrote", len(cases))
