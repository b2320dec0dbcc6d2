#!/usr/bin/env python3
"""Build this directory/cases/*.json, expectations.json and README.md."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import cases_au as A, cases_cv as V, cases_chc as C

P1, P2, P3, P4 = "PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS"
P5, P6, P7, P8 = "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION"
POS, NM = "positive", "near-miss"

SPECS = [
    (A.au_syncope, P1, POS, "Unplanned emergency admission for syncope 9 days after a GP visit for presyncope (Singh return-visit e-trigger); inpatient work-up all normal, no cause established, spells continue.", "AU: 74F presyncope at GP, admitted via ED 9 days later with syncope; work-up normal"),
    (C.chc_dyspnea, P1, POS, "Exertional dyspnoea recorded at 4 visits over 23 weeks (Jun-Nov 2026); CBC, TSH, BNP, ferritin, CXR, ECG, spirometry and echo all normal; no explanatory diagnosis.", "CHC: 41F Honduran, exertional dyspnoea 5 months, all investigations normal (Spanish notes)"),
    (V.cv_ida, P1, POS, "New iron-deficiency anaemia (Hb 10.2, ferritin 7) in a 67M on 18 Aug 2026 with no GI evaluation ordered or done in the 105 days since (Murphy red-flag without follow-up).", "CV: 67M post-CABG, iron-deficiency anaemia deferred to PCP, no GI work-up >60 days"),
    (C.chc_cough_asthma, P1, NM, "Chronic cough over 3 visits with normal CXR, but spirometry then showed reversible obstruction and asthma was diagnosed; cough resolved on ICS-formoterol.", "CHC: 36M Afghan, chronic cough explained by later asthma diagnosis"),
    (A.au_psa, P1, NM, "Raised PSA (red flag) was followed up within 60 days: urology referral, mpMRI PI-RADS 2 and urology review with a surveillance plan.", "AU: 63M raised PSA, promptly referred, MRI PI-RADS 2, surveillance"),

    (A.au_ibs, P2, POS, "IBS (K58.9) label active >14 months while diarrhoea continues and new nocturnal diarrhoea, 6 kg weight loss, raised calprotectin/CRP and low albumin appear that IBS cannot explain.", "AU: 31F IBS label with nocturnal diarrhoea, weight loss, calprotectin 410"),
    (C.chc_somatic_eos, P2, POS, "Somatic symptom disorder (F45.1) active since Mar 2026 (>8 months) while pain and fatigue continue, alongside persistent eosinophilia and microscopic haematuria that the label does not explain.", "CHC: 38F Congolese, somatisation label despite eosinophilia and haematuria (French notes)"),
    (V.cv_sciatica_abi, P2, POS, "Calf pain on walking labelled sciatica for 11 months, lumbar MRI without nerve compression, then an abnormal ABI (0.58/0.71) that sciatica does not explain; label unchanged.", "CV: 64M smoker, 'sciatica' with walking calf pain; vascular lab ABI 0.58"),
    (A.au_viral_child, P2, NM, "Catch-all 'viral infection, unspecified' (B34.9) was a short ED diagnosis that resolved in a week; no persisting symptoms or unexplained findings.", "AU: 7M ED 'viral illness' B34.9, resolved within days"),
    (C.chc_fatigue_dm, P2, NM, "Fatigue (R53.83) was explained by the subsequent diagnosis of type 2 diabetes and vitamin D deficiency; fatigue resolved with treatment and HbA1c improving.", "CHC: 52F Somali, fatigue explained by new T2DM, resolved"),

    (V.cv_avr, P3, POS, "Heart-team recommended surgical aortic valve replacement; ServiceRequest active/order (CPT 33405) scheduled 2027-01-12, not yet performed.", "CV: 74M severe bicuspid AS, SAVR scheduled Jan 2027 after heart-team"),
    (A.au_hyst, P3, POS, "Total abdominal hysterectomy ordered and on the elective surgery waiting list, theatre date 2027-01-20, pre-admission done; not yet performed.", "AU: 47F fibroid uterus, total abdominal hysterectomy booked Jan 2027"),
    (C.chc_thyroidectomy, P3, POS, "Total thyroidectomy for a compressive substernal goitre ordered (CPT 60271) and scheduled 2027-01-07 at a referral hospital; not yet performed.", "CHC: 45F Haitian, substernal goitre, total thyroidectomy scheduled (Creole notes)"),
    (V.cv_cabg_done, P3, NM, "CABG was already performed on 2026-10-14 (Procedure completed, order completed); only cardiac rehab is pending.", "CV: 67M CABG x3 already done Oct 2026, post-op follow-up"),
    (C.chc_cyst_excision, P3, NM, "Only a minor in-office excision of a 2.5 cm epidermoid cyst under local anaesthesia is planned.", "CHC: 32M Salvadoran, minor cyst excision scheduled (Spanish notes)"),

    (A.au_pancreas, P4, POS, "Metastatic pancreatic cancer; MDT states no anticancer treatment options, best supportive care; palliative care referral and comfort-focused care plan; no second opinion on record.", "AU: 81F metastatic pancreatic cancer, 'no treatment options', palliative referral"),
    (V.cv_icm_palliative, P4, POS, "End-stage ischaemic cardiomyopathy: heart team found no revascularisation, transplant or LVAD options; palliative referral and end-of-life care plan; no second opinion recorded.", "CV: 79M stage D ischaemic HF, no further options, palliative care plan"),
    (C.chc_hcc_hospice, P4, POS, "Decompensated HBV cirrhosis with BCLC-D HCC; tumour board: no treatment possible, hospice care plan; patient told 'no treatment' (Arabic in note); no second opinion.", "CHC: 57M Sudanese, HCC 'ma fi ilaj' - hospice plan (Arabic transliteration)"),
    (A.au_copd_2nd, P4, NM, "Palliative plan for very severe COPD, but an independent second respiratory opinion (RAH, 22 Jul 2026) is on record within 12 months and concurred.", "AU: 74M GOLD 4 COPD palliative plan after second opinion in Jul 2026"),
    (C.chc_haemangioma, P4, NM, "'No requiere tratamiento' refers to a benign incidental hepatic haemangioma; not a serious condition called untreatable.", "CHC: 39F Venezuelan, benign hepatic haemangioma needing no treatment (Spanish notes)"),

    (A.au_breast_rt, P5, POS, "Adjuvant whole-breast radiotherapy (40 Gy/15 + boost) ordered to start 2026-12-14 after breast-conserving surgery.", "AU: 61F early breast cancer, adjuvant radiotherapy from 14 Dec 2026"),
    (C.chc_dialysis, P5, POS, "In-centre maintenance haemodialysis ordered to start 2027-01-04 for CKD stage 5 (fistula already created).", "CHC: 50M Guatemalan, CKD5, haemodialysis start Jan 2027 (Spanish/K'iche')"),
    (V.cv_lung_crt_qol, P5, POS, "Concurrent chemoradiotherapy started Sep 2026 with durvalumab planned; EORTC QLQ-C30 global health fell 66.7 -> 33.3 (far beyond the ~10-point MCID) after treatment began.", "CV: 64F stage IIIA lung cancer, chemoradiation, QLQ-C30 global health halved"),
    (V.cv_bka_done, P5, NM, "Below-knee amputation was performed 8 months ago; patient rehabilitated with improving mobility/QoL scores; no high-impact treatment planned or ongoing.", "CV: 65M BKA April 2026, rehab going well"),
    (C.chc_ltbi, P5, NM, "Rifampicin preventive therapy for latent TB is a low-burden 4-month course, not chemotherapy or another high-impact treatment.", "CHC: 30M Eritrean, latent TB on 4 months rifampicin"),

    (A.au_pcos_portal, P6, POS, "Patient-authored portal Communication explicitly asks for referral for a second opinion because her pelvic pain has not been investigated.", "AU: 29F PCOS, portal message asking for a second opinion"),
    (C.chc_qr_yes, P6, POS, "Pre-visit QuestionnaireResponse: 'Would you like a second opinion?' answered 'Sí', plus comment asking for another gynaecologist.", "CHC: 34F Mexican, endometriosis, questionnaire 'segunda opinión: Sí'"),
    (V.cv_taa_flag, P6, POS, "Patient-authored Flag and MyChart message request a second opinion from another aortic surgeon on aneurysm management.", "CV: 69F ascending aneurysm 4.6 cm on surveillance, patient requests second opinion"),
    (C.chc_qr_no, P6, NM, "Questionnaire second-opinion item answered 'Non'; patient satisfied with hypertension care.", "CHC: 48M Ivorian, hypertension, questionnaire 'deuxième avis: Non' (French)"),
    (A.au_declined, P6, NM, "Second opinion was offered by the neurologist and declined; the patient's portal message concerns rescheduling and a prescription only.", "AU: 67M Parkinson disease, declined offered second opinion; admin portal message"),

    (A.au_hba1c, P7, POS, "HbA1c rose 7.4% -> 9.9% (57 -> 85 mmol/mol) over 12 months across 5 results while metformin, empagliflozin and insulin glargine were active throughout with confirmed adherence.", "AU: 57M Tongan T2DM, HbA1c rising on triple therapy incl. insulin"),
    (C.chc_phq9, P7, POS, "PHQ-9 rose 11 -> 21 over 7 months (4 values, >= 5-point MCID) while sertraline, prazosin and weekly trauma-focused therapy were active throughout.", "CHC: 42F Iraqi, depression/PTSD, PHQ-9 11->21 on treatment (Arabic interpreter)"),
    (V.cv_hf_worse, P7, POS, "KCCQ 79 -> 41, 6MWD 412 -> 248 m, NT-proBNP 1180 -> 4120 over 9 months (4 visits) on stable target-dose quadruple GDMT.", "CV: 60F NICM HFrEF worsening on optimal GDMT"),
    (A.au_egfr_small, P7, NM, "eGFR drifted 47 -> 45 over 10 months on ramipril/dapagliflozin - below any MCID; albuminuria improving; nephrologist calls it stable.", "AU: 68M CKD 3, eGFR 47->45 (below MCID), stable"),
    (C.chc_ra_stopped, P7, NM, "RA activity worsened (DAS28 2.9 -> 5.6) only after methotrexate was stopped in June 2026; treatment was not active during the decline.", "CHC: 46F Colombian RA flare after stopping methotrexate (Spanish notes)"),

    (A.au_nmosd, P8, POS, "AQP4-IgG positive neuromyelitis optica spectrum disorder (Orphanet rare disease), active, on rituximab.", "AU: 35F NMOSD on 6-monthly rituximab"),
    (C.chc_complex, P8, POS, "Six active chronic conditions (T2DM with neuropathy, HTN, CKD 3b, chronic hepatitis B, PTSD, bilateral knee OA) across endocrinology, nephrology, hepatology, psychiatry and rheumatology/orthopaedics.", "CHC: 65M Afghan, 6 chronic conditions across 5 specialties (Dari)"),
    (V.cv_takayasu, P8, POS, "Takayasu arteritis (Orphanet rare vasculitis), active problem under rheumatology and vascular co-management.", "CV: 28F Takayasu arteritis on tocilizumab, surveillance"),
    (A.au_four_chronic, P8, NM, "Only 4 active chronic conditions (T2DM, HTN, hyperlipidaemia, obesity) essentially managed in general practice; other problems resolved; nothing rare.", "AU: 70F four common chronic conditions plus resolved acute problems"),
    (C.chc_sickle_trait, P8, NM, "Sickle cell trait is a common carrier state, not the rare disease sickle cell disease; otherwise healthy.", "CHC: 28F Ghanaian, sickle cell trait (carrier) only"),
]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    order = list(range(len(SPECS)))
    random.Random(3030).shuffle(order)
    cases_dir = os.path.join(root, "cases")
    os.makedirs(cases_dir, exist_ok=True)
    for f in os.listdir(cases_dir):
        if f.endswith(".json"):
            os.remove(os.path.join(cases_dir, f))
    exp, rows = [], []
    for num, idx in enumerate(order, 1):
        fn, target, kind, why, summary = SPECS[idx]
        cid = f"co-{num:02d}"
        b = fn(cid).bundle()
        with open(os.path.join(cases_dir, f"{cid}.json"), "w", encoding="utf-8") as fh:
            json.dump(b, fh, indent=2, ensure_ascii=False)
        expected = [target] if kind == POS else []
        exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why})
        rows.append((cid, target, kind, summary, len(b["entry"])))
    with open(os.path.join(root, "expectations.json"), "w", encoding="utf-8") as fh:
        json.dump({"anchorDate": "2026-12-01", "cases": exp}, fh, indent=2, ensure_ascii=False)
    readme = ["# Held-out evaluation set blind-30 (40 synthetic FHIR R4 patient records)", "",
              "Written blind: only from the eight criterion descriptions in the brief, the FHIR R4 specification and public",
              "terminology references (SNOMED CT / SNOMED CT-AU, ICD-10-CM, CPT, HCPCS, LOINC, RxNorm, UCUM, AMT/PBS).",
              "No product code, rules, value sets, tests, documentation or other evaluation sets were consulted.", "",
              "- Anchor date: **2026-12-01** (history before it; planned operations/treatments 1-10 weeks after it).",
              "- Format: `cases/co-NN.json`, one FHIR R4 `Bundle` (`type: transaction`) per patient; every entry has a `fullUrl` on the",
              "  originating organisation's FHIR base, an explicit `id` and `request: PUT <Type>/<id>`; references are relative and resolve",
              "  in the bundle; notes are `DocumentReference`s with base64 `text/plain` attachments.",
              "- Three kinds of source organisation: (1) Australian public hospital networks via a national gateway (IHI, Medicare number,",
              "  SNOMED CT-AU, AMT/PBS or text medicines, Australian spelling, discharge summaries and specialist letters);",
              "  (2) US cardiothoracic and vascular surgery centres (heart-team notes, echo/CTA reports, surgical scheduling, CPT/HCPCS);",
              "  (3) US community health centres for migrants and refugees (interpreters, Spanish/French/Creole notes, Arabic transliteration,",
              "  infectious-disease screening, trauma-informed notes).",
              "- `expectations.json`: per case the target criterion, kind (positive / near-miss), the full list of criteria the record meets",
              "  and a short rationale. Case numbers are shuffled (seeded) and say nothing about the expectation.",
              "- Generator: `gen/build.py` (helpers in `gen/fhirlib.py`, stories in `gen/cases_*.py`). Check: `python3 check.py`.", "",
              "| case | target | kind | entries | summary |", "| --- | --- | --- | --- | --- |"]
    for cid, t, k, s, n in rows:
        readme.append(f"| {cid} | {t} | {k} | {n} | {s} |")
    with open(os.path.join(root, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(readme) + "\n")
    print("built", len(rows))


if __name__ == "__main__":
    main()
