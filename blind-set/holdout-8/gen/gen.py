#!/usr/bin/env python3
"""Generate /work/blind-8/cases/bs-NN.json, expectations.json and the README case table."""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_ps_dm as A
import cases_mp_up as B
import cases_hi_pc as C
import cases_wd_rc as D

PS, DM, MP, UP = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS"
HI, PC, WD, RC = "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"

STORIES = [
    # (function, target, kind, expected, why, summary)
    (A.ps_syncope_teen, PS, "positive", [PS],
     "Dizziness/presyncope recorded on 4 dates over ~5 months (Jun-Nov 2026); CBC, ferritin, BMP, TSH, hCG, ECG, echo and Holter all normal; no explaining diagnosis.",
     "15F recurrent lightheadedness and one syncope, paediatric + cardiology workup all normal, no diagnosis"),
    (A.ps_admit_after_pcp, PS, "positive", [PS],
     "Scheduled primary-care visit 2026-10-20 for malaise (no labs) followed 9 days later by an unplanned emergency admission for E. coli urosepsis - the Singh return-visit e-trigger.",
     "79M sent home from PCP with 'viral illness', admitted via ED 9 days later with urosepsis/hyponatraemia"),
    (A.ps_fit_no_followup, PS, "positive", [PS],
     "Positive FIT on 2026-06-22 with no colonoscopy, GI referral or documented follow-up in the 5 months since (two later visits do not address it) - Murphy red-flag e-trigger.",
     "64F positive mailed FIT in June, never followed up"),
    (A.psn_cough_asthma, PS, "near-miss", [],
     "Chronic cough over 3 visits with a normal chest X-ray, but spirometry showed reversibility and cough-variant asthma was diagnosed; cough resolved on inhaled steroid.",
     "9M chronic cough explained by later diagnosis of cough-variant asthma"),
    (A.psn_planned_induction, PS, "near-miss", [],
     "Admission 6 days after a prenatal visit was a scheduled elective induction (priority EL, admit source outpatient), not an unplanned admission; normal course.",
     "30F scheduled induction of labour after routine prenatal visit"),
    (A.dm_ibs_calprotectin, DM, "positive", [DM],
     "IBS-D (K58.0) active since 2024 while diarrhoea continues and new nocturnal stools, weight loss, anaemia, raised calprotectin (410) and CRP appear that IBS cannot explain.",
     "31F labelled IBS-D for 2 years with weight loss, raised calprotectin/CRP and iron deficiency"),
    (A.dm_viral_periodic_fever, DM, "positive", [DM],
     "Catch-all 'viral infection, unspecified' (B34.9) active >5 months while stereotyped 4-5-weekly febrile episodes with aphthae, pharyngitis and adenitis continue.",
     "10F 'viral syndrome' label persisting through five regular febrile episodes"),
    (A.dm_gad_thyrotoxic, DM, "positive", [DM],
     "Generalized anxiety disorder made for palpitations/tremor does not explain continuing weight loss, tachycardia, menstrual change and suppressed TSH with high free T4.",
     "24F GAD label while thyrotoxic labs and weight loss go unaddressed"),
    (A.dmn_fatigue_osa, DM, "near-miss", [],
     "Catch-all 'other fatigue' (R53.83) was explained by severe OSA on polysomnography and resolved on CPAP (clinical status resolved).",
     "67M fatigue label resolved after OSA diagnosis and CPAP"),
    (A.dmn_acute_lbp, DM, "near-miss", [],
     "Unspecified low back pain code present only ~6 weeks, no red flags, and symptoms improving with PT - not persisting >90 days.",
     "36M acute mechanical low back pain improving"),
    (B.mp_lumbar_decompression, MP, "positive", [MP],
     "Active ServiceRequest (intent order) for L3-L5 laminectomy with L4-5 instrumented fusion booked 2027-01-12, not yet performed.",
     "68M lumbar stenosis, decompression and fusion ordered for January"),
    (B.mp_hysterectomy, MP, "positive", [MP],
     "Procedure in status 'preparation' for total laparoscopic hysterectomy + bilateral salpingectomy booked 2026-12-18.",
     "46F fibroid uterus with menorrhagia, hysterectomy scheduled"),
    (B.mp_scoliosis_fusion, MP, "positive", [MP],
     "Active order (local code, text) for posterior spinal fusion T4-L1 with instrumentation on 2027-01-05.",
     "14F adolescent idiopathic scoliosis 52 degrees, spinal fusion ordered"),
    (B.mpn_chole_done, MP, "near-miss", [],
     "Laparoscopic cholecystectomy already performed 2026-11-09 (Procedure completed, ServiceRequest completed); only a routine post-op visit follows.",
     "41F cholecystectomy already done, post-op check"),
    (B.mpn_iud, MP, "near-miss", [],
     "Planned procedure is an office levonorgestrel IUD insertion (CPT 58300) - a minor procedure, not major/invasive surgery.",
     "32F migraine with aura, IUD insertion scheduled"),
    (B.up_dementia_hospice, UP, "positive", [UP],
     "End-stage Alzheimer disease with documented 'no treatment that will alter the course', active hospice referral (SNOMED 306205009) and no second opinion on record.",
     "88F advanced dementia, recurrent aspiration, hospice referral"),
    (B.up_hf_palliative, UP, "positive", [UP],
     "End-stage HFrEF with 'no further advanced heart failure therapies to offer', not an LVAD/transplant candidate, active palliative-care CarePlan; no second opinion.",
     "81M stage D heart failure moved to home palliative care"),
    (B.up_cirrhosis_no_options, UP, "positive", [UP],
     "Hepatology note states 'no treatment options left for his liver disease beyond supportive care' after transplant declined; no second opinion recorded.",
     "62M decompensated alcohol-associated cirrhosis, transplant declined, no options"),
    (B.upn_hemangioma, UP, "near-miss", [],
     "'No treatment is needed' refers to a benign incidental hepatic hemangioma - not a no-treatment prognosis; no palliative plan.",
     "52F incidental liver hemangioma, reassured"),
    (B.upn_copd_hospice_2nd_op, UP, "near-miss", [],
     "Very severe COPD on hospice, but a pulmonary second opinion on the same problem was obtained 2026-06-18 (within 12 months) - suppressed.",
     "76M end-stage COPD in hospice after academic second opinion in June"),
    (C.hi_breast_chemo_planned, HI, "positive", [HI],
     "Adjuvant dose-dense AC then paclitaxel (chemotherapy CarePlan + active orders) starting 2026-12-10, radiotherapy to follow; port and lumpectomy already done.",
     "52F triple-negative breast cancer, adjuvant chemotherapy starting in 9 days"),
    (C.hi_dialysis_started, HI, "positive", [HI],
     "Maintenance in-centre hemodialysis started 2026-11-09 (Procedure in-progress, active order) for diabetic ESRD; fistula created earlier.",
     "68M diabetic ESRD, started hemodialysis 3 weeks ago"),
    (C.hi_adt_qol_drop, HI, "positive", [HI],
     "After leuprolide started 2026-08-25, EORTC QLQ-C30 global health fell 75 -> 50 (25 points, MCID ~10) with disabling hot flashes and fatigue.",
     "72M recurrent prostate cancer, quality of life fell sharply on ADT"),
    (C.hin_5fu_cream, HI, "near-miss", [],
     "Only topical 5-fluorouracil cream and cryotherapy for actinic keratoses - 'chemotherapy' in name only, minor field treatment.",
     "66M actinic keratoses treated with topical 5-FU"),
    (C.hin_breast_survivor, HI, "near-miss", [],
     "Breast cancer treatment (lumpectomy 2019, radiotherapy 2019, anastrozole ending 7/2024) completed long ago; surveillance only, QoL scores normal.",
     "61F breast cancer survivor in routine surveillance"),
    (C.pc_adhd_mother_portal, PC, "positive", [PC],
     "Mother (proxy for an 8-year-old) sent a portal Communication explicitly asking for a second opinion on the ADHD diagnosis.",
     "8M new ADHD diagnosis, parent portal message requests second opinion"),
    (C.pc_depression_qr_yes, PC, "positive", [PC],
     "Practice check-in QuestionnaireResponse: 'Would you like a referral for a second opinion about your diagnosis or treatment?' answered Yes (LA33-6).",
     "55F recurrent depression, questionnaire answer Yes to second opinion"),
    (C.pc_parkinson_flag, PC, "positive", [PC],
     "Patient-authored Flag (author = Patient) requesting a second opinion on his new Parkinson disease diagnosis, with a telephone note.",
     "70M new Parkinson diagnosis, patient asks for movement-disorders second opinion"),
    (C.pcn_qr_no, PC, "near-miss", [],
     "Pre-visit questionnaire answers 'No' to wanting a second opinion; no other patient concern.",
     "44F hypertension annual physical, questionnaire answer No"),
    (C.pcn_endometriosis_2nd_done, PC, "near-miss", [],
     "The portal message is a thank-you/refill after a second opinion already completed 2026-07-22 (within 12 months) that agreed with the plan; no new request.",
     "39F endometriosis, second opinion already obtained in July"),
    (D.wd_ppd_phq9, WD, "positive", [WD],
     "PHQ-9 rose 11 -> 14 -> 17 -> 20 (June-November, 161 days, +9 vs MCID 5) while sertraline was taken continuously with dose increases plus therapy.",
     "34F postpartum depression worsening on sertraline and therapy"),
    (D.wd_lbp_pain_nrs, WD, "positive", [WD],
     "Pain NRS 5 -> 6 -> 7 -> 8 (+3 vs MCID 2) and ODI 32 -> 48 over 196 days on continuous duloxetine and gabapentin.",
     "48F chronic lumbar radicular pain worsening despite duloxetine/gabapentin"),
    (D.wd_t1d_teen_hba1c, WD, "positive", [WD],
     "HbA1c 7.8 -> 8.4 -> 9.1 -> 9.8 % over 9 months (+2.0 vs MCID 0.5) with basal-bolus insulin and CGM throughout.",
     "14M type 1 diabetes with rising HbA1c on insulin"),
    (D.wdn_t2d_small_rise, WD, "near-miss", [],
     "HbA1c 7.1 -> 7.3 -> 7.4 % over 8 months on metformin: +0.3, below the 0.5% MCID; clinician judges it stable.",
     "71M type 2 diabetes, small HbA1c drift below MCID"),
    (D.wdn_gad_untreated, WD, "near-miss", [],
     "GAD-7 worsened 8 -> 12 -> 16 while the patient declined medication and never started therapy; escitalopram began only on 2026-11-04, after the decline.",
     "45F anxiety worsening while untreated, medication only just started"),
    (D.rc_dmd, RC, "positive", [RC],
     "Active Duchenne muscular dystrophy (G71.01, ORPHA:98896) - a rare disease.",
     "6M Duchenne muscular dystrophy on deflazacort"),
    (D.rc_multimorbidity, RC, "positive", [RC],
     "Six active chronic conditions (T2DM with CKD, CKD 3b, HFpEF, COPD, RA, osteoporosis) spanning endocrinology, nephrology, cardiology, pulmonology and rheumatology.",
     "77F rural patient with six chronic conditions across five specialties"),
    (D.rc_hae, RC, "positive", [RC],
     "Active hereditary angioedema type I (D84.1, ORPHA:91378) - a rare disease.",
     "41F hereditary angioedema on lanadelumab"),
    (D.rcn_four_chronic, RC, "near-miss", [],
     "Only four active chronic conditions (HTN, hypercholesterolaemia, T2DM, knee OA); the other problems are resolved - below the 5-condition complexity threshold.",
     "63M four controlled chronic conditions plus resolved history"),
    (D.rcn_sickle_trait, RC, "near-miss", [],
     "Sickle-cell trait (D57.3) is a common carrier state, not sickle cell disease; healthy child.",
     "8F sickle cell trait, healthy well-child visit"),
]


def main():
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    rng = random.Random(80817)
    order = list(range(len(STORIES)))
    rng.shuffle(order)
    os.makedirs(os.path.join(here, "cases"), exist_ok=True)
    exp = []
    rows = []
    for num, idx in enumerate(order, start=1):
        fn, target, kind, expected, why, summary = STORIES[idx]
        cid = f"bs-{num:02d}"
        case = fn(cid)
        with open(os.path.join(here, "cases", f"{cid}.json"), "w") as f:
            json.dump(case.bundle(), f, indent=2)
        exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
        rows.append((cid, target, kind, summary, len(case.entries)))
    with open(os.path.join(here, "expectations.json"), "w") as f:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=2)
    with open(os.path.join(here, "gen", "case_table.md"), "w") as f:
        f.write("| case | target | kind | summary | resources |\n| --- | --- | --- | --- | --- |\n")
        for r in rows:
            f.write(f"| {r[0]} | `{r[1]}` | {r[2]} | {r[3]} | {r[4]} |\n")
    for r in rows:
        print(r[0], r[1], r[2], r[4])


if __name__ == "__main__":
    main()
