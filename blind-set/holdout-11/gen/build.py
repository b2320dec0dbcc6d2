import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from fhirlib import Case, write
import part1, part2, part3, part4

P1, P2, P3, P4 = part1, part2, part3, part4
PS, DM, MP, UP, HI, PR, WD, RC = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS",
                                  "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
S = [
 (P1.c1_pos_peds_limb_pain, "P", PS, "positive", [PS], "Knee/ankle pain recorded on 4 dates over 5 months (Jun-Nov 2026); CBC, ESR, CRP, ANA, RF, LDH, Lyme and radiographs all normal; no explaining diagnosis.", "Child, recurrent limb pain 5 months, all work-up normal, no diagnosis"),
 (P1.c1_pos_va_return_admission, "V", PS, "positive", [PS], "Primary-care visit 2026-10-14 (cough, fever, sent home as viral URI) followed by unplanned admission 8 days later with pneumonia and sepsis: Singh return-visit e-trigger (admission within 14 days).", "Veteran admitted with pneumonia/sepsis 8 days after PACT visit"),
 (P1.c1_pos_w_ida_no_followup, "W", PS, "positive", [PS], "Iron-deficiency anaemia (Hb 9.4, ferritin 5) in a 53-year-old postmenopausal woman on 2026-08-20 with only oral iron and no GI evaluation/referral >100 days later: Murphy red flag without follow-up.", "Postmenopausal iron-deficiency anaemia, no GI work-up >60 days"),
 (P1.c1_nm_peds_coeliac, "P", PS, "near-miss", [], "Abdominal pain/diarrhoea over 12 weeks, but tTG-IgA was raised and coeliac disease confirmed on biopsy; the diagnosis explains the symptoms, which resolved on a gluten-free diet.", "Child abdominal pain explained by biopsy-proven coeliac disease"),
 (P1.c1_nm_va_psa_followed, "V", PS, "near-miss", [], "Raised PSA (6.9) was followed up within 3 weeks (urology consult, MRI prostate PI-RADS 2, surveillance plan), so the red flag was not left without follow-up.", "Raised PSA promptly followed by urology and MRI"),
 (P1.c2_pos_w_menopause_label, "W", DM, "positive", [DM], "Night sweats/fatigue labelled perimenopausal (N95.1) and treated with HRT; later weight loss 8.5%, fevers, pruritus, supraclavicular node, LDH/ESR raised and anaemia, which a menopausal label cannot explain, with no work-up.", "Menopause label with B-symptoms and supraclavicular node"),
 (P1.c2_pos_peds_abdpain_label, "P", DM, "positive", [DM], "'Abdominal pain, unspecified' (R10.9) active >6 months while symptoms continue, and raised ESR/CRP, low albumin, thrombocytosis, nocturnal stools, weight loss and perianal tags are not explained by the label.", "Child labelled R10.9 for 6 months with inflammatory red flags"),
 (P1.c2_pos_va_bppv_ataxia, "V", DM, "positive", [DM], "BPPV diagnosed for dizziness; afterwards progressive ataxia, dysarthria, limb dysmetria and falls that BPPV does not explain, still managed as BPPV without neuroimaging.", "Veteran with BPPV label and new cerebellar signs"),
 (P1.c2_nm_w_postpartum_thyroiditis, "W", DM, "near-miss", [], "Fatigue (R53.83) was a temporary label for 5 weeks; postpartum thyroiditis was then diagnosed from TFTs and explains fatigue, palpitations and weight loss, which resolved.", "Postpartum fatigue explained by postpartum thyroiditis"),
 (P1.c2_nm_va_fatigue_osa, "V", DM, "near-miss", [], "Fatigue (R53.83) for about 6 weeks before polysomnography found severe OSA; CPAP resolved it and the catch-all was closed before 90 days of unexplained symptoms.", "Veteran fatigue explained by OSA, resolved on CPAP"),
 (P2.c3_pos_peds_spinal_fusion, "P", MP, "positive", [MP], "Active ServiceRequest (order) for posterior spinal fusion T4-L1 with instrumentation (CPT 22802/22843) scheduled 2027-01-19, not yet performed.", "Adolescent scoliosis, spinal fusion ordered for Jan 2027"),
 (P2.c3_pos_va_evar, "V", MP, "positive", [MP], "Active order for elective endovascular AAA repair (CPT 34705) on 2027-01-07 for a 5.7 cm aneurysm; not yet performed.", "Veteran AAA 5.7 cm, EVAR ordered"),
 (P2.c3_pos_w_sacrocolpopexy, "W", MP, "positive", [MP], "Procedure in status 'preparation' for laparoscopic sacrocolpopexy (CPT 57425) with booked appointment 2027-01-26; major reconstructive pelvic surgery not yet done.", "Vault prolapse, sacrocolpopexy in preparation"),
 (P2.c3_nm_peds_ear_tubes, "P", MP, "near-miss", [], "Only a minor procedure is planned (bilateral tympanostomy tubes, CPT 69436, ~15 minutes, day case); not major or invasive surgery.", "Toddler recurrent AOM, ear tubes booked"),
 (P2.c3_nm_va_cabg_done, "V", MP, "near-miss", [], "CABG x3 was already performed (Procedure completed 2026-09-15, ServiceRequest completed); only cardiac rehabilitation is active.", "Veteran post-CABG in cardiac rehab"),
 (P2.c4_pos_va_hf_hospice, "V", UP, "positive", [UP], "End-stage HFrEF (EF 15%), not a candidate for transplant/LVAD; cardiology note states no further disease-modifying treatment options; active hospice referral; no second opinion on record.", "End-stage heart failure, hospice referral"),
 (P2.c4_pos_va_copd_palliative, "V", UP, "positive", [UP], "Very severe COPD; pulmonology documents nothing further to offer (no LVRS/valves/transplant) and an active palliative CarePlan is in place; no second opinion on record.", "GOLD 4 COPD, palliative care plan"),
 (P2.c4_pos_w_cervical_no_options, "W", UP, "positive", [UP], "Metastatic cervical cancer progressing after all lines; gyn-onc note and Condition note state no further treatment options; palliative referral; no second opinion. Prior chemoradiation/systemic therapy is finished, not planned.", "Metastatic cervical cancer, no further options"),
 (P2.c4_nm_va_nsclc_second_opinion, "V", UP, "near-miss", [], "Untreatable metastatic NSCLC with hospice plan, but an outside second opinion (2026-09-15) concurring is on record within 12 months, so the flag is suppressed.", "Metastatic NSCLC with outside second opinion Sept 2026"),
 (P2.c4_nm_peds_hemangioma, "P", UP, "near-miss", [], "'No treatment needed' refers to an uncomplicated infantile haemangioma expected to involute; not a poor-prognosis or untreatable condition.", "Infant haemangioma, no treatment needed"),
 (P3.c5_pos_w_tnbc_neoadjuvant, "W", HI, "positive", [HI], "Neoadjuvant chemo-immunotherapy (paclitaxel/carboplatin/pembrolizumab) ordered to start 2026-12-14 for triple-negative breast cancer: planned chemotherapy within 30 days (urgent).", "Triple-negative breast cancer, neoadjuvant chemo Dec 14"),
 (P3.c5_pos_va_prostate_rt, "V", HI, "positive", [HI], "Definitive IMRT 70 Gy/28 fractions ordered to start 2027-01-11 (plus ADT) for prostate cancer: planned radiotherapy.", "Prostate cancer, IMRT ordered for Jan 2027"),
 (P3.c5_pos_peds_peritoneal_dialysis, "P", HI, "positive", [HI], "Chronic peritoneal dialysis (home CCPD) ordered to start 2027-01-05 for CKD stage 5 in an 11-year-old; transplant evaluation to follow.", "Child CKD 5, peritoneal dialysis starting Jan 2027"),
 (P3.c5_nm_w_tamoxifen_qol, "W", HI, "near-miss", [], "Surgery and radiotherapy were completed in 2023; only endocrine therapy (letrozole) continues and FACT-B fell just 4 points (below the ~7-8 point MCID).", "Breast cancer survivor on letrozole, small FACT-B change"),
 (P3.c5_nm_va_topical_5fu, "V", HI, "near-miss", [], "Fluorouracil is topical 5% cream field therapy for actinic keratoses plus cryotherapy, not systemic chemotherapy or another high-impact treatment.", "Actinic keratoses treated with topical 5-FU"),
 (P3.c6_pos_peds_parent_message, "P", PR, "positive", [PR], "Mother's portal Communication (sender RelatedPerson) explicitly asks for a second opinion from another developmental paediatrician/neurologist and says concerns were brushed aside.", "Parent portal message requesting second opinion for ADHD/tics"),
 (P3.c6_pos_va_questionnaire_yes, "V", PR, "positive", [PR], "QuestionnaireResponse item 'Would you like a second opinion about your diagnosis or treatment plan?' answered Yes (LA33-6) with a free-text request.", "Veteran answers Yes to second-opinion question"),
 (P3.c6_pos_w_flag_ivf, "W", PR, "positive", [PR], "Patient-authored Flag and portal message request a second opinion before donor-oocyte IVF.", "IVF patient flags second-opinion request"),
 (P4.c6_nm_va_questionnaire_no, "V", PR, "near-miss", [], "Same questionnaire but the second-opinion item is answered No (LA32-8); veteran satisfied.", "Veteran answers No to second-opinion question"),
 (P4.c6_nm_w_declined_offer, "W", PR, "near-miss", [], "The clinician offered a second opinion; the patient's reply declines it ('No, I don't need a second opinion'), so there is no patient request.", "Patient declines offered second opinion for LSIL"),
 (P4.c7_pos_va_pcl5, "V", WD, "positive", [WD], "PCL-5 rose 41 -> 47 -> 52 -> 58 (+17, above the ~10-point MCID) from May to Nov 2026 (>90 days) while sertraline and weekly CPT were continuously active.", "PTSD worsening on PCL-5 despite sertraline and CPT"),
 (P4.c7_pos_w_endometriosis_pain, "W", WD, "positive", [WD], "Pain NRS 4 -> 6 -> 7 -> 8 (+4, above the 2-point MCID) over 6 months on continuous dienogest started Feb 2026.", "Endometriosis pain worsening on dienogest"),
 (P4.c7_pos_peds_asthma, "P", WD, "positive", [WD], "C-ACT 22 -> 13 and FEV1 91 -> 72% predicted over 5 months (Jun-Nov) with ICS/LABA + montelukast active and adherence confirmed throughout.", "Child asthma control falling despite ICS/LABA"),
 (P4.c7_nm_va_phq9_off_treatment, "V", WD, "near-miss", [], "PHQ-9 rose 8 -> 18, but sertraline was stopped on 2026-06-05 and no treatment was active during the decline (bupropion only started 2026-11-20).", "Depression worsening after stopping antidepressant"),
 (P4.c7_nm_w_hba1c_small, "W", WD, "near-miss", [], "HbA1c 6.6 -> 6.8 -> 6.9 over 8 months on metformin: rise 0.3%, below the 0.5% MCID.", "PCOS/T2DM HbA1c small rise on metformin"),
 (P4.c8_pos_peds_noonan, "P", RC, "positive", [RC], "Active Noonan syndrome (SNOMED 205824006; PTPN11 variant), an Orphanet rare disease.", "Child with Noonan syndrome on growth hormone"),
 (P4.c8_pos_w_mrkh, "W", RC, "positive", [RC], "Active Mayer-Rokitansky-Kuster-Hauser syndrome (uterovaginal agenesis, Q51.0/Q52.0), an Orphanet rare disease.", "Young woman with MRKH syndrome"),
 (P4.c8_pos_va_multimorbidity, "V", RC, "positive", [RC], "Eight active chronic conditions across neurology, psychiatry, endocrinology, nephrology, pulmonology and audiology: complexity rule met.", "Veteran polytrauma with 8 chronic conditions across 6 services"),
 (P4.c8_nm_va_four_conditions, "V", RC, "near-miss", [], "Only four active chronic conditions (HTN, hyperlipidaemia, GERD, BPH), all common; other problems resolved.", "Veteran with 4 well-controlled common conditions"),
 (P4.c8_nm_peds_osgood, "P", RC, "near-miss", [], "Osgood-Schlatter disease is an eponymous but common, self-limiting condition, not rare; two active conditions only.", "Teen with Osgood-Schlatter disease"),
]
assert len(S) == 40
order = list(range(40))
random.Random(20261201).shuffle(order)
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
exp, rows = [], []
for n, idx in enumerate(order, 1):
    fn, org, tgt, kind, expd, why, summ = S[idx]
    cid = f"bv-{n:02d}"
    c = Case(cid, org)
    fn(c)
    write(c, os.path.join(HERE, "cases", cid + ".json"))
    exp.append({"case": cid, "target": tgt, "kind": kind, "expected": expd, "why": why})
    rows.append((cid, tgt, kind, {"P": "Children's hospital", "V": "Veterans health system", "W": "Women's health"}[org], summ, len(c.entries)))
with open(os.path.join(HERE, "expectations.json"), "w") as f:
    json.dump({"anchorDate": "2026-12-01", "cases": exp}, f, indent=2)
readme = ["# Held-out evaluation set blind-11 (40 synthetic FHIR R4 records)", "",
          "Written blind: only the eight criterion descriptions in the brief, the FHIR R4 specification and public terminology references (SNOMED CT, ICD-10-CM, CPT, HCPCS, LOINC, RxNorm, UCUM) were used. No product code, rules, value sets, tests, docs or other evaluation sets were read.", "",
          "- Anchor date: **2026-12-01** (history before it; planned treatments 1-10 weeks after).",
          "- Format: `cases/bv-NN.json`, one FHIR R4 `transaction` Bundle per case; every entry has `fullUrl`, `resource.id` and `request: PUT <Type>/<id>`; references are relative and resolve inside the bundle; notes are `DocumentReference`s with base64 `text/plain`.",
          "- Three exporting organisations: a children's hospital (parents as RelatedPerson, weight-based dosing, growth/developmental screening), a federal veterans health system (ICD-10-CM, local stop codes, consult ServiceRequests with text reasons, PTSD/pain/polytrauma), and a women's health & maternity service.",
          "- `expectations.json`: target, kind (positive / near-miss), every criterion the record meets (`expected`) and a short rationale. 3 positives + 2 near misses per criterion; case numbers are shuffled.",
          "- Generator: `gen/build.py` (helpers `gen/fhirlib.py`, `gen/common.py`; stories in `gen/part1-4.py`). Run `python3 gen/build.py` then `python3 check.py`.", "",
          "| case | target | kind | source | summary | resources |", "| --- | --- | --- | --- | --- | --- |"]
for r in sorted(rows):
    readme.append(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} | {r[5]} |")
open(os.path.join(HERE, "README.md"), "w").write("\n".join(readme) + "\n")
print("built", len(rows))
