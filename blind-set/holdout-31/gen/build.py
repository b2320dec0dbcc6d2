import json, os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
import cases_a as A, cases_b as B, cases_c as C

P, D, M, U, H, R, W, X = ("PERSISTENT_SYMPTOMS_NORMAL_WORKUP", "DIAGNOSIS_SYMPTOM_MISMATCH", "MAJOR_PROCEDURE_PLANNED", "UNTREATABLE_PROGNOSIS",
                          "HIGH_IMPACT_TREATMENT", "PATIENT_REPORTED_CONCERN", "WORSENING_DESPITE_TREATMENT", "RARE_OR_COMPLEX_CONDITION")
SPECS = [
    (A.ps_pos_paresthesia, P, "positive", [P], "Burning foot paresthesias recorded on 4 dates over ~6 months (since 03/2026); HbA1c, B12, TSH, SPEP, NCS/EMG and lumbar MRI all normal; no explanatory diagnosis.", "PM&R: burning feet, normal neuropathy work-up"),
    (A.ps_pos_flushing, P, "positive", [P], "Flushing/diarrhoea/lightheadedness episodes documented at 4 visits over 7 months; tryptase (baseline and event), urine N-methylhistamine, 5-HIAA, metanephrines, CBC, TSH normal; no diagnosis.", "Allergy: recurrent flushing, normal mast-cell/carcinoid work-up"),
    (A.ps_pos_fit, P, "positive", [P], "Positive FIT on 2026-07-14 with no colonoscopy, GI referral or documented follow-up in the 140 days since (red-flag finding without follow-up > 60 days).", "Family medicine: positive FIT never followed up"),
    (A.ps_nm_ra, P, "near-miss", [], "Arthralgia and fatigue over 6 months with initially normal labs, but seropositive RA was diagnosed 10/2026 and explains the symptoms (symptom problems resolved); treatment started.", "Internal medicine/rheum: arthralgia explained by later RA diagnosis"),
    (A.ps_nm_dizzy, P, "near-miss", [], "Dizziness recorded on 3 dates with normal work-up, but only over ~5 weeks (10/06-11/10/2026), short of the 8-week window; all visits scheduled.", "ENT: dizziness with normal work-up, only 5 weeks"),
    (A.dm_pos_contact, D, "positive", [D], "'Unspecified contact dermatitis' label held for 12 months despite negative patch testing; now erythroderma, lymphadenopathy, weight loss, eosinophilia, raised LDH and atypical lymphocytes on biopsy that the label cannot explain.", "Dermatology: 'contact dermatitis' with negative patch tests, nodes, weight loss"),
    (A.dm_pos_chronicpain, D, "positive", [D], "Catch-all 'chronic pain syndrome' (G89.4) for 15 months; new night pain, 7 kg weight loss, fevers, ESR 68, CRP 42, ALP 212, anaemia are not accounted for and plan continues the label.", "Pain practice: chronic pain syndrome label despite red flags and abnormal labs"),
    (A.dm_pos_gerd, D, "positive", [D], "GERD diagnosis (03/2026) continues to be treated while progressive solid-food dysphagia, 9 kg weight loss and new iron-deficiency anaemia (found 11/10) appear that GERD does not explain.", "Internal medicine: GERD label with progressive dysphagia, weight loss, IDA"),
    (A.dm_nm_viral, D, "near-miss", [], "Catch-all 'viral syndrome' (B34.9) but only 43 days ago, negative work-up and symptoms resolved by 10/30 (condition resolved).", "Paediatrics: viral syndrome that resolved"),
    (A.dm_nm_nickel, D, "near-miss", [], "Allergic contact dermatitis confirmed by positive nickel/cobalt patch tests; the ongoing flare follows documented re-exposure and is fully explained.", "Dermatology/allergy: nickel ACD with explained flare"),
    (A.mp_pos_cabg, M, "positive", [M], "Active ServiceRequest (intent order) for CABG x3 (CPT 33533/33518) scheduled 2027-01-06, not yet performed.", "Cardiology/CT surgery: CABG scheduled"),
    (A.mp_pos_fusion, M, "positive", [M], "Active ServiceRequest (intent plan) for L4-5 laminectomy and TLIF (CPT 22633/63047) dated 2027-01-19, carried in a pain practice record from a neurosurgery consult.", "Pain practice: lumbar fusion planned by neurosurgery"),
    (A.mp_pos_hyst, M, "positive", [M], "Procedure in status 'preparation' plus active order for total abdominal hysterectomy (CPT 58150) on 2027-01-14.", "Gynaecology: abdominal hysterectomy in preparation"),
    (A.mp_nm_tfesi, M, "near-miss", [], "Only planned procedure is a single-level lumbar transforaminal epidural steroid injection (CPT 64483) - a minor outpatient procedure.", "PM&R spine: TFESI scheduled"),
    (A.mp_nm_chole, M, "near-miss", [], "Laparoscopic cholecystectomy already performed 2026-10-14 (Procedure completed, order completed); post-op discharge from surgical care.", "General surgery: cholecystectomy already done"),
    (B.up_pos_hf, U, "positive", [U], "Stage D HFrEF, not an LVAD/transplant candidate; hospice referral and palliative/hospice CarePlan; note states no further treatment options; no second opinion on record.", "Advanced HF: hospice plan, no options"),
    (B.up_pos_cirrhosis, U, "positive", [U], "Decompensated alcohol-associated cirrhosis declined for transplant, TIPS contraindicated; note: no treatment will change course; palliative care referral (SNOMED 306237005); no second opinion on record.", "Hepatology: transplant declined, palliative referral"),
    (B.up_pos_scc, U, "positive", [U], "Locally advanced scalp cSCC judged unresectable/non-irradiable; condition note and derm note record that no treatment options remain; no second opinion on record (signal only in text).", "Dermatology: unresectable scalp SCC, 'nothing more can be done'"),
    (B.up_nm_colon, U, "near-miss", [], "Palliative CarePlan for metastatic colon cancer, but an outside oncology second opinion (2026-08-19) is on record within 12 months and concurred - suppressed.", "Palliative pain clinic: metastatic colon cancer, second opinion done"),
    (B.up_nm_sk, U, "near-miss", [], "'No treatment needed' refers to benign seborrhoeic keratoses and cherry angiomas - not a no-treatment prognosis for a serious condition.", "Dermatology: benign SKs 'no treatment required'"),
    (B.hi_pos_dialysis, H, "positive", [H], "Maintenance in-centre haemodialysis started 2026-11-05 (active order, sessions, dialysis CarePlan) - dialysis is a high-impact treatment.", "Nephrology: haemodialysis started"),
    (B.hi_pos_dlqi, H, "positive", [H], "After methotrexate began (2026-08-12) DLQI rose 8 -> 14 -> 17 (>= MCID of 4 = QoL fall) with treatment toxicity, despite better PASI; span 84 days so not a >= 90-day worsening trend.", "Dermatology: methotrexate, DLQI worsens after start"),
    (B.hi_pos_ebrt, H, "positive", [H], "External-beam radiotherapy 30 Gy/10 fx to T10 metastasis ordered, starting 2026-12-09.", "Pain practice/rad onc: spinal radiotherapy planned"),
    (B.hi_nm_5fu, H, "near-miss", [], "Field therapy with topical 5-fluorouracil cream and cryotherapy for actinic keratoses - topical, low-impact, not systemic chemotherapy.", "Dermatology: topical 5-FU for AKs"),
    (B.hi_nm_promis, H, "near-miss", [], "After duloxetine began, PROMIS Global Physical Health 42 -> 40 -> 41 and ODI 36 -> 38 -> 36: changes below MCID; duloxetine/PT not high-impact.", "Pain practice: duloxetine, PROMIS change below MCID"),
    (B.pc_pos_qr, R, "positive", [R], "Pre-visit QuestionnaireResponse answers 'Yes' to wanting a second opinion and 'No' to feeling heard, with free-text request.", "Dermatology: intake questionnaire requests second opinion"),
    (B.pc_pos_portal, R, "positive", [R], "Patient-authored portal Communication (2026-11-09) explicitly asks for a second opinion and says she feels unheard.", "PM&R: portal message asking for second opinion"),
    (B.pc_pos_flag, R, "positive", [R], "Patient-authored Flag and portal message (2026-11-20) requesting a second opinion on thyroid nodule management.", "Endocrinology: patient flag requesting second opinion"),
    (B.pc_nm_qr_no, R, "near-miss", [], "Annual questionnaire answers 'No' to second opinion and 'Yes' to feeling heard.", "Sleep medicine: questionnaire says No"),
    (B.pc_nm_done, R, "near-miss", [], "Patient's 06/2026 second-opinion request was fulfilled (outside second opinion 2026-09-10, within 12 months); latest message is only a scheduling request.", "Pain practice: second opinion already obtained"),
    (C.wd_pos_asthma, W, "positive", [W], "FEV1 2.62 -> 2.31 -> 2.04 L and ACT 19 -> 15 -> 12 over 6 months (>= MCID) while on step-5 inhaled therapy throughout.", "Pulmonology: severe asthma worsening on maximal inhalers"),
    (C.wd_pos_odi, W, "positive", [W], "Pain NRS 5 -> 7 -> 8 and ODI 30 -> 44 -> 56 over 168 days while buprenorphine, pregabalin and PT were active throughout.", "Pain practice: post-laminectomy pain worsening on treatment"),
    (C.wd_pos_easi, W, "positive", [W], "EASI 9.6 -> 17.8 -> 26.4 (MCID ~6.6) and itch NRS 4 -> 9 over 168 days on continuous dupilumab with documented adherence.", "Dermatology: atopic dermatitis worsening on dupilumab"),
    (C.wd_nm_a1c, W, "near-miss", [], "HbA1c 7.1 -> 7.2 -> 7.4 over 8 months on treatment: rise of 0.3%, below the 0.5% MCID.", "Internal medicine: HbA1c drift below MCID"),
    (C.wd_nm_phq, W, "near-miss", [], "PHQ-9 8 -> 14 -> 19, but sertraline was stopped 2026-06-01, so treatment was not active during the decline (new drug only started 11/10).", "Psychiatry: PHQ-9 worsening after stopping SSRI"),
    (C.rc_pos_hae, X, "positive", [X], "Active hereditary angioedema type I (D84.1 / SNOMED 82966003), an Orphanet rare disease, on lanadelumab.", "Allergy/immunology infusion: hereditary angioedema"),
    (C.rc_pos_complex, X, "positive", [X], "Six active chronic conditions (T2DM, CKD 3b, HFpEF, emphysema, RA, osteoporosis) across endocrinology, nephrology, cardiology, pulmonology and rheumatology; all stable.", "Primary care: multimorbidity across 5 specialties"),
    (C.rc_pos_heds, X, "positive", [X], "Active hypermobile Ehlers-Danlos syndrome (Q79.62), an Orphanet rare disease, managed in PM&R.", "PM&R: hypermobile Ehlers-Danlos syndrome"),
    (C.rc_nm_four, X, "near-miss", [], "Only four active chronic conditions (HTN, hyperlipidaemia, Hashimoto, GERD); others resolved; all common.", "Internal medicine: 4 common chronic conditions"),
    (C.rc_nm_kawasaki, X, "near-miss", [], "Kawasaki disease is resolved (2012, no sequelae); active problems are common (allergic rhinitis, acne).", "Allergy/dermatology: resolved childhood Kawasaki disease"),
]
assert len(SPECS) == 40
rng = random.Random(3141)
order = list(range(40))
rng.shuffle(order)
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
os.makedirs(os.path.join(HERE, "cases"), exist_ok=True)
for f in os.listdir(os.path.join(HERE, "cases")):
    os.remove(os.path.join(HERE, "cases", f))
exp = []
for num, idx in enumerate(order, 1):
    fn, target, kind, expected, why, summary = SPECS[idx]
    cid = f"cp-{num:02d}"
    case = fn(cid)
    with open(os.path.join(HERE, "cases", cid + ".json"), "w") as fh:
        json.dump(case.bundle(), fh, indent=1)
    exp.append({"case": cid, "target": target, "kind": kind, "expected": expected, "why": why, "_summary": summary, "_org": case.org["name"], "_n": len(case.entries)})
with open(os.path.join(HERE, "expectations.json"), "w") as fh:
    json.dump({"anchorDate": "2026-12-01", "cases": [{k: v for k, v in e.items() if not k.startswith("_")} for e in exp]}, fh, indent=1)
json.dump(exp, open(os.path.join(HERE, "gen", "summary.json"), "w"), indent=1)
print("written", len(exp))
